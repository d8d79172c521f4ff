#include "SendConfirm.h"

#include "protocol/Carriers.h"
#include "util/MoneyText.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace sendconfirm {
namespace {
// The studio's wording (mmsctl loads no translation: English).
QString amount(double v, const mms::BalanceTerms &t)
{
    return mms::money::amount(v, t);
}
} // namespace

QString summaryText(const mms::SendEstimate &e)
{
    QStringList lines;
    lines << u"template: %1 (%2)"_s.arg(e.tpl ? e.tpl->subject : u"not in this store"_s, e.mmsid);
    for (int c = 1; c <= 3; ++c) {
        const QString audit = !e.tpl ? u"audit unknown"_s
                              : e.tpl->audits[size_t(c - 1)].status == 1 ? u"approved"_s
                              : e.tpl->audits[size_t(c - 1)].status == 2 ? u"rejected"_s
                                                                         : u"waiting for audit"_s;
        lines << u"  %1: %2 recipients, %3"_s.arg(mms::Carriers::englishName(c)).arg(e.byCarrier.value(c)).arg(audit);
    }
    if (e.byCarrier.value(0) > 0)
        lines << u"  other: %1 recipients"_s.arg(e.byCarrier.value(0));
    lines << u"recipients: %1 in %2 batches"_s.arg(e.recipients).arg(e.batches);
    if (e.blockedLeftOut > 0)
        lines << u"%1 numbers on the blocklist are left out"_s.arg(e.blockedLeftOut);
    if (e.cappedLeftOut > 0)
        lines << u"%1 numbers are left out: they already got what the frequency caps allow today"_s.arg(e.cappedLeftOut);
    if (!e.caps.isOff())
        lines << u"frequency caps: %1 per number, checked again as each batch goes out (--ignore-caps to send without)"_s.arg(e.caps.displayText());
    if (e.notApproved > 0)
        lines << u"warning: %1 recipients are on carriers that have not approved this template: they will not receive it"_s.arg(e.notApproved);
    lines << u"estimated cost: %1"_s.arg(amount(e.cost, e.terms));
    if (const auto after = e.balanceAfter())
        lines << u"balance: %1 now, %2 after this send"_s.arg(amount(*e.balance, e.terms), amount(*after, e.terms));
    if (e.balanceShort())
        lines << u"warning: the balance is not enough; the send pauses when it runs out"_s;
    lines << u"takes about %1 s at the set speed"_s.arg(e.durationSeconds);
    if (!e.window.isAnyTime())
        lines << u"sends only %1 China time%2 (change it with --window HH:MM-HH:MM or --window any)"_s
                     .arg(e.window.displayText() + (e.window.overMidnight() ? u", over midnight"_s : QString()), e.startsLater ? u"; it is outside that now, so it waits until %1"_s.arg(mms::SendWindow::hhmm(e.window.startMinute()))
                                                                 : QString());
    return lines.join(u'\n');
}

bool interactive()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

bool ask(const mms::SendEstimate &e)
{
    QTextStream err(stderr);
    err << summaryText(e) << Qt::endl;
    const QString expected = e.large ? QString::number(e.recipients) : u"yes"_s;
    err << (e.large ? u"A large send: type the number of recipients (%1) to send, anything else cancels: "_s.arg(e.recipients)
                    : u"Send? Type yes to send, anything else cancels: "_s)
        << Qt::flush;
    QTextStream in(stdin);
    QString answer = in.readLine().trimmed();
    if (e.large)
        answer.remove(QRegularExpression(u"[^0-9]"_s));
    return answer.compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace sendconfirm
