#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mms {

// How many messages one number may get from an account (SENDING-RULES.md in ../shared/spec/:
// Aliyun allows one template once a day per number and 10 messages a day per number overall,
// JD Cloud 20 a day). Days and hours are China's (UTC+8, as SendWindow). A send reported failed
// does not count, nor one decided as not sent; test sends neither count nor are capped.
class FrequencyCaps
{
    Q_DECLARE_TR_FUNCTIONS(FrequencyCaps)
public:
    enum class Reason { None, SameTemplate, Day, Hour };

    FrequencyCaps() = default; // off: nothing capped (campaigns made before caps, --ignore-caps)
    FrequencyCaps(int sameTemplatePerDay, int perDay, int perHour = 0);
    static FrequencyCaps standard() { return {1, 10, 0}; }
    static FrequencyCaps off() { return {}; }

    // "1/10" or "1/10/2" (same template a day / all a day / all an hour, 0 for no hourly cap), or
    // "off" / "" for none. nullopt with *error in words (a cap of 0 would send nothing).
    static std::optional<FrequencyCaps> parse(const QString &text, QString *error);
    // Checks each cap as Preferences and mmsctl take them; nullopt with *error.
    static std::optional<FrequencyCaps> make(int sameTemplatePerDay, int perDay, int perHour, QString *error);

    bool isOff() const { return m_template <= 0; }
    int sameTemplatePerDay() const { return m_template; }
    int perDay() const { return m_day; }
    int perHour() const { return m_hour; } // 0: none

    // "1/10/0" or "off": what the store keeps and parse() reads.
    QString toString() const;
    // "同一模板每天 1 条，每天共 10 条", for people; "不限" when off.
    QString displayText() const;

    // Given what a number already got (same template today, all today, all this hour), why one
    // more would exceed a cap.
    Reason check(int sameTemplateToday, int allToday, int allThisHour) const;
    QString reasonText(Reason r) const;
    // Reasons as the store keeps them in a campaign's problem rows (kind "capped").
    static QString reasonKey(Reason r);

    // The China calendar day of t as yyyymmdd, and its hour 0–23.
    static int chinaDay(const QDateTime &t);
    static int chinaHour(const QDateTime &t);

    bool operator==(const FrequencyCaps &o) const
    {
        return m_template == o.m_template && m_day == o.m_day && m_hour == o.m_hour;
    }

    static constexpr int kMaxCap = 1000;

private:
    int m_template = 0;
    int m_day = 0;
    int m_hour = 0;
};

} // namespace mms
