#pragma once

#include <QFrame>

class QLabel;
class QScrollArea;
class QToolButton;

namespace mms {

// A message across the top of an area (saved, refused, fitted…) that the user can close. Its
// height is capped at a few lines (a long message scrolls), so it never grows the window
// past a small screen.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error, Warning };
    explicit MessageBanner(QWidget *parent = nullptr);

    // Empty text hides the banner.
    void show(const QString &text, Kind kind);
    QString text() const;
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
    QScrollArea *m_scroll;
    QToolButton *m_close;
};

} // namespace mms
