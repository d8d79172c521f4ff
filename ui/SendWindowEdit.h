#pragma once

#include "campaign/SendWindow.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace mms {

// "Send only between 08:00 and 22:00 China time": the wizard, Preferences and a campaign's
// Sending window… dialog. Unticked: any time. An end before the start runs over midnight.
class SendWindowEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SendWindowEdit(QWidget *parent = nullptr);

    void setWindow(const SendWindow &window);
    // nullopt while the two times are the same (a window of no time); note() says so.
    std::optional<SendWindow> window() const;

    // A small window-modal dialog (objectName sendWindowDialog) to change a campaign's window;
    // done() gets the choice when the user says OK.
    static void openDialog(QWidget *parent, const QString &campaignName, const SendWindow &current,
                           std::function<void(const SendWindow &)> done);

Q_SIGNALS:
    void changed();

private:
    void update();

    QCheckBox *m_only;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_note;
};

} // namespace mms
