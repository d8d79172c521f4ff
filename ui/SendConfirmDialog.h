#pragma once

#include "campaign/SendEstimate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mms {

// The one confirmation before money is spent: template and its audits, recipients by carrier
// (and how many cannot receive it), batches, cost and balance after, start and duration. A
// large send (Config::largeSendThreshold) is confirmed by typing its count.
class SendConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    SendConfirmDialog(const SendEstimate &estimate, bool scheduled, QWidget *parent = nullptr);

    // The summary as rich text (also what the dialog shows).
    static QString summaryHtml(const SendEstimate &e, bool scheduled);

private:
    void updateButton();

    SendEstimate m_estimate;
    QLineEdit *m_count = nullptr;
    QPushButton *m_send;
};

} // namespace mms
