#include "receiver/ReceiverAccess.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::ReceiverAccess", text);
}

bool isLoopback(const QHostAddress &a)
{
    return a.isLoopback();
}
} // namespace

QString ReceiverAccess::generateSecret()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; // no look-alikes
    const int n = int(sizeof alphabet) - 1;
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

bool ReceiverAccess::isStrong(const QString &secret, QString *why)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]*$"_s);
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!safe.match(secret).hasMatch())
        return no(tr("the secret may hold letters, digits, '-' and '_' only"));
    if (secret.size() < kMinSecretLength)
        return no(tr("the secret must be at least %1 characters long (it is %2)").arg(kMinSecretLength).arg(secret.size()));
    // Known to everyone: the examples in our own documents and configuration.
    for (const char16_t *known : {u"change-me", u"k3y9x", u"secret", u"password"})
        if (secret.contains(QString::fromUtf16(known), Qt::CaseInsensitive))
            return no(tr("the secret is an example everyone knows; generate one"));
    // "aaaaaaaaaaaaaaaa" or "1234123412341234" are long but guessable.
    const QSet<QChar> distinct(secret.cbegin(), secret.cend());
    if (distinct.size() < 8)
        return no(tr("the secret repeats too few characters (%1 different); generate one").arg(distinct.size()));
    return true;
}

QString ReceiverAccess::refusal(const QHostAddress &address, const QString &secret)
{
    if (isLoopback(address))
        return {};
    QString why;
    if (secret.isEmpty())
        return tr("listening on %1 (beyond this computer) needs a secret path: anyone who finds the port could post fake "
                  "reports and replies").arg(address.toString());
    if (!isStrong(secret, &why))
        return tr("listening on %1 needs a strong secret path: %2").arg(address.toString(), why);
    return {};
}

std::optional<QList<ReceiverAccess::Network>> ReceiverAccess::parseAllowList(const QString &text, QString *error)
{
    QList<Network> out;
    for (const QString &item : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts)) {
        Network n = QHostAddress::parseSubnet(item.contains(u'/') ? item : item + (item.contains(u':') ? u"/128"_s : u"/32"_s));
        if (n.first.isNull()) {
            if (error)
                *error = tr("\"%1\" is not an address or a network such as 203.0.113.0/24").arg(item);
            return std::nullopt;
        }
        out << n;
    }
    return out;
}

bool ReceiverAccess::secretMatches(const QString &candidate) const
{
    // Every character is looked at whatever the first difference, and the length difference
    // counts too.
    const QByteArray a = candidate.toUtf8(), b = secret.toUtf8();
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= unsigned(uchar(b.at(i)) ^ uchar(i < a.size() ? a.at(i) : 0));
    return diff == 0;
}

bool ReceiverAccess::allows(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    if (allowed.isEmpty())
        return true;
    QHostAddress who = peer;
    // The local nginx says who it forwards for: the last address it added is the one it saw.
    if (trustForwardedFor && isLoopback(peer) && !forwardedFor.isEmpty())
        who = QHostAddress(QString::fromLatin1(forwardedFor.split(',').constLast().trimmed()));
    if (who.isNull())
        return false;
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d.
    bool v4 = false;
    const quint32 ip4 = who.toIPv4Address(&v4);
    if (v4)
        who = QHostAddress(ip4);
    for (const Network &n : allowed)
        if (who.isInSubnet(n))
            return true;
    return false;
}

} // namespace mms
