#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mms {

// The hours of a China calendar day in which a campaign may send (SENDING-RULES.md: Aliyun,
// Huawei and JD allow promotional sends only 08:00–21:00/22:00; SUBMAIL holds a late bulk send
// until 08:00). A window may run over midnight (22:00–02:00). Test sends ignore it.
//
// China has kept UTC+8 all year since 1991, so a fixed offset is exact and needs no tz data.
class SendWindow
{
    Q_DECLARE_TR_FUNCTIONS(SendWindow)
public:
    SendWindow() = default; // any time
    SendWindow(int startMinute, int endMinute);

    static SendWindow anyTime() { return {}; }
    static SendWindow standard() { return {8 * 60, 22 * 60}; } // the default: 08:00–22:00
    // "08:00-22:00" (also with – or ~), "any" or "" (any time). nullopt with *error in words.
    static std::optional<SendWindow> parse(const QString &text, QString *error);

    bool isAnyTime() const { return m_start < 0; }
    bool overMidnight() const { return !isAnyTime() && m_end < m_start; }
    int startMinute() const { return m_start; }
    int endMinute() const { return m_end; }

    // "08:00-22:00" or "any": what the store keeps and parse() reads.
    QString toString() const;
    // "08:00–22:00" (en dash), for people; empty for any time.
    QString displayText() const;
    static QString hhmm(int minute);

    bool contains(const QDateTime &t) const;
    // When sending may go on: t itself while the window is open, else its next opening.
    QDateTime nextOpen(const QDateTime &t) const;

    bool operator==(const SendWindow &o) const { return m_start == o.m_start && m_end == o.m_end; }

private:
    int minuteOfDay(const QDateTime &t) const;
    int m_start = -1; // minutes after China midnight; -1: any time
    int m_end = -1;
};

} // namespace mms
