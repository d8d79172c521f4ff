#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mms {

// Who may feed the receiver. The protocol has no authentication (PROTOCOL.md 6-7), so the
// secret path is the receiver's password: anything but loopback needs a long random one. An
// optional allow-list of the platform's addresses narrows it further; behind the local nginx
// the platform's address comes in X-Forwarded-For, trusted only from a loopback peer.
struct ReceiverAccess
{
    using Network = QPair<QHostAddress, int>;

    QString secret;           // the path prefix: /SECRET/report
    QList<Network> allowed;   // empty: any address
    bool trustForwardedFor = false;

    static constexpr int kMinSecretLength = 16;
    // 24 characters from a cryptographic source (143 bits).
    static QString generateSecret();
    // Long enough and varied enough to stand for a password; *why says what is wrong.
    static bool isStrong(const QString &secret, QString *why);
    // Why the receiver must not listen on address with this secret (empty: it may).
    static QString refusal(const QHostAddress &address, const QString &secret);
    // "203.0.113.0/24, 198.51.100.7": networks, or nullopt with *error.
    static std::optional<QList<Network>> parseAllowList(const QString &text, QString *error);

    // The secret of a request's path compared in constant time (no timing tells how much of
    // a guess was right).
    bool secretMatches(const QString &candidate) const;
    // Whether a request from peer (with this X-Forwarded-For header, maybe empty) may push.
    bool allows(const QHostAddress &peer, const QByteArray &forwardedFor) const;
};

} // namespace mms
