#include "SendConfirmDialog.h"

#include "util/MoneyText.h"

#include "protocol/Carriers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return SendConfirmDialog::tr("under a minute");
    if (seconds < 3600)
        return SendConfirmDialog::tr("about %n minute(s)", nullptr, int((seconds + 59) / 60));
    return SendConfirmDialog::tr("about %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

QString auditText(const SendEstimate &e, int carrier)
{
    if (!e.tpl)
        return SendConfirmDialog::tr("not known here");
    const AuditState &a = e.tpl->audits[size_t(carrier - 1)];
    return a.status == 1 ? SendConfirmDialog::tr("approved") : a.status == 2 ? SendConfirmDialog::tr("rejected") : SendConfirmDialog::tr("waiting");
}
} // namespace

QString SendConfirmDialog::summaryHtml(const SendEstimate &e, bool scheduled)
{
    const QLocale locale;
    QString html;
    const QString subject = e.tpl ? e.tpl->subject : tr("(not in this library)");
    html += tr("<p><b>Template:</b> %1 (%2)</p>").arg(subject.toHtmlEscaped(), e.mmsid.toHtmlEscaped());
    html += u"<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='right'>%2</th><th align='left'>%3</th></tr>"_s
                .arg(tr("Carrier (by number)"), tr("Recipients"), tr("Audit"));
    for (int c = 1; c <= 3; ++c) {
        const qint64 n = e.byCarrier.value(c);
        const bool blocked = n > 0 && !e.approvedBy(c);
        html += u"<tr%1><td>%2</td><td align='right'>%3</td><td>%4</td></tr>"_s.arg(
            blocked ? u" style='color:#b04000'"_s : QString(), Carriers::name(c), locale.toString(n), auditText(e, c));
    }
    if (const qint64 other = e.byCarrier.value(0); other > 0)
        html += u"<tr><td>%1</td><td align='right'>%2</td><td></td></tr>"_s.arg(Carriers::name(0), locale.toString(other));
    html += u"<tr><td><b>%1</b></td><td align='right'><b>%2</b></td><td>%3</td></tr></table>"_s.arg(
        tr("In all"), locale.toString(e.recipients), tr("%n batch(es)", nullptr, e.batches));
    if (e.notApproved > 0)
        html += u"<p style='color:#b04000'>%1</p>"_s.arg(
            tr("%1 recipients are on carriers that have not approved this template: they will not receive it, "
               "and the platform may still count them.").arg(locale.toString(e.notApproved)).toHtmlEscaped());
    if (e.blockedLeftOut > 0)
        html += u"<p>%1</p>"_s.arg(tr("%1 numbers on the blocklist are left out.").arg(locale.toString(e.blockedLeftOut)).toHtmlEscaped());
    if (e.cappedLeftOut > 0)
        html += u"<p>%1</p>"_s.arg(tr("%1 numbers are left out: they already got what the frequency caps allow today.")
                                       .arg(locale.toString(e.cappedLeftOut)).toHtmlEscaped());
    if (!e.caps.isOff())
        html += tr("<p><b>Frequency caps:</b> %1 per number, checked again as each batch goes out</p>").arg(e.caps.displayText().toHtmlEscaped());
    html += tr("<p><b>Estimated cost:</b> %1</p>").arg(money::amount(e.cost, e.terms));
    if (const auto after = e.balanceAfter())
        html += tr("<p><b>Balance:</b> %1 now, %2 after this send</p>").arg(money::amount(*e.balance, e.terms), money::amount(*after, e.terms));
    else
        html += tr("<p><b>Balance:</b> not known yet</p>");
    if (e.balanceShort())
        html += u"<p style='color:#b02020'>%1</p>"_s.arg(tr("The balance is not enough: the campaign pauses when it runs out.").toHtmlEscaped());
    html += tr("<p><b>Starts:</b> %1 · <b>takes</b> %2 at the set speed</p>")
                .arg(scheduled ? locale.toString(e.startAt, QLocale::ShortFormat) : tr("now"), durationText(e.durationSeconds));
    if (!e.window.isAnyTime())
        html += tr("<p><b>Sending window:</b> %1 China time%2</p>")
                    .arg(e.window.displayText(),
                         e.startsLater ? tr("; outside it now, so it waits until %1").arg(SendWindow::hhmm(e.window.startMinute())) : QString());
    return html;
}

SendConfirmDialog::SendConfirmDialog(const SendEstimate &estimate, bool scheduled, QWidget *parent)
    : QDialog(parent)
    , m_estimate(estimate)
{
    setObjectName(u"sendConfirmDialog"_s);
    setWindowTitle(scheduled ? tr("Confirm the scheduled send") : tr("Confirm the send"));
    auto *summary = new QLabel(summaryHtml(estimate, scheduled));
    summary->setObjectName(u"confirmSummary"_s);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A long summary scrolls instead of growing past a small screen.
    auto *scroll = new QScrollArea;
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    const QLocale locale;
    if (estimate.large) {
        auto *ask = new QLabel(tr("This is a large send. Type the number of recipients (%1) to confirm:").arg(locale.toString(estimate.recipients)));
        ask->setWordWrap(true);
        m_count = new QLineEdit;
        m_count->setObjectName(u"confirmCountEdit"_s);
        m_count->setPlaceholderText(QString::number(estimate.recipients));
        ask->setBuddy(m_count);
        layout->addWidget(ask);
        layout->addWidget(m_count);
        connect(m_count, &QLineEdit::textChanged, this, &SendConfirmDialog::updateButton);
    }
    auto *buttons = new QDialogButtonBox;
    m_send = buttons->addButton(scheduled ? tr("Schedule the send to %1 recipients").arg(locale.toString(estimate.recipients))
                                          : tr("Send to %1 recipients").arg(locale.toString(estimate.recipients)),
                                QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"confirmSendButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"confirmCancelButton"_s);
    // Enter must not spend money by accident: Cancel is the default.
    cancel->setDefault(true);
    m_send->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    resize(520, 460);
}

void SendConfirmDialog::updateButton()
{
    if (!m_count)
        return;
    // Digits only: "30,000", "30 000" and "30000" all count.
    QString typed = m_count->text();
    typed.remove(QRegularExpression(u"[^0-9]"_s));
    m_send->setEnabled(typed == QString::number(m_estimate.recipients));
}

} // namespace mms
