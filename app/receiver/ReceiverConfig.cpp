#include "ReceiverConfig.h"

#include "receiver/ReceiverAccess.h"

#include "protocol/Pushes.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
// INI reads "a, b" as a list: either way, one string.
QString text(const QSettings &s, const QString &key)
{
    const QVariant v = s.value(key);
    return v.metaType().id() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString().trimmed();
}
} // namespace

bool ReceiverConfig::load(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = u"cannot read the config file %1"_s.arg(path);
        return false;
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        *error = u"%1 is not a valid config file (INI: key = value under [receiver])"_s.arg(path);
        return false;
    }
    s.beginGroup(u"receiver"_s);
    const QString listen = text(s, u"listen"_s).isEmpty() ? u"127.0.0.1:8090"_s : text(s, u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int p = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
    address = QHostAddress(listen.left(colon).remove(u'[').remove(u']'));
    if (!ok || p < 0 || p > 65535 || address.isNull()) {
        *error = u"listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8090 (got \"%1\")"_s.arg(listen);
        return false;
    }
    port = quint16(p);
    pathSecret = text(s, u"path-secret"_s);
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]*$"_s);
    if (!safe.match(pathSecret).hasMatch()) {
        *error = u"path-secret may hold letters, digits, '-' and '_' only"_s;
        return false;
    }
    // The example config's value, known to anyone who has the package: not a secret.
    if (pathSecret.startsWith(u"change-me"_s)) {
        *error = u"path-secret is still the example's; make one with: openssl rand -hex 16"_s;
        return false;
    }
    // Beyond loopback the secret path is the receiver's only password (the protocol has none).
    if (const QString why = mms::ReceiverAccess::refusal(address, pathSecret); !why.isEmpty()) {
        *error = why + u"; for example: path-secret = "_s + mms::ReceiverAccess::generateSecret();
        return false;
    }
    QString allowError;
    const auto allow = mms::ReceiverAccess::parseAllowList(text(s, u"allow"_s), &allowError);
    if (!allow) {
        *error = u"allow: "_s + allowError;
        return false;
    }
    allowed = *allow;
    trustForwardedFor = QVariant(text(s, u"trust-forwarded-for"_s)).toBool();
    database = text(s, u"database"_s);
    if (database.isEmpty()) {
        *error = u"database is missing: a file path or postgresql://user@host:port/database"_s;
        return false;
    }
    m_databaseWithPassword = database;
    const QString passwordFile = text(s, u"database-password-file"_s);
    if (!passwordFile.isEmpty()) {
        if (!mms::Database::isPostgres(database)) {
            *error = u"database-password-file goes with a postgresql:// database"_s;
            return false;
        }
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot read database-password-file %1: %2"_s.arg(passwordFile, f.errorString());
            return false;
        }
        QUrl url(database);
        url.setPassword(QString::fromUtf8(f.readAll().trimmed()));
        m_databaseWithPassword = url.toString();
    }
    const QString block = s.contains(u"auto-block"_s) ? text(s, u"auto-block"_s) : u"TD,T,退订,取消订阅"_s;
    autoBlock.clear();
    for (const QString &k : block.split(u',', Qt::SkipEmptyParts))
        autoBlock << k.trimmed();
    auto number = [&](const QString &key, double fallback, double min, double *out) {
        if (!s.contains(key)) {
            *out = fallback;
            return true;
        }
        bool good = false;
        *out = text(s, key).toDouble(&good);
        if (!good || *out < min) {
            *error = u"%1 must be a number of at least %2 (got \"%3\")"_s.arg(key).arg(min).arg(text(s, key));
            return false;
        }
        return true;
    };
    double v = 0;
    if (!number(u"max-request-bytes"_s, double(limits.maxRequestBytes), 1024, &v))
        return false;
    limits.maxRequestBytes = qint64(v);
    if (!number(u"request-timeout"_s, limits.requestTimeoutMs / 1000.0, 0.1, &v))
        return false;
    limits.requestTimeoutMs = int(v * 1000);
    if (!number(u"idle-timeout"_s, limits.idleTimeoutMs / 1000.0, 0.1, &v))
        return false;
    limits.idleTimeoutMs = int(v * 1000);
    if (!number(u"max-connections"_s, limits.maxConnections, 1, &v))
        return false;
    limits.maxConnections = int(v);
    if (!number(u"auto-block-per-push"_s, autoBlockPerPush, 0, &v))
        return false;
    if (v > mms::pushes::kMaxRecordsPerPush || v != double(int(v))) {
        *error = u"auto-block-per-push must be a whole number from 0 to %1 (got \"%2\")"_s.arg(mms::pushes::kMaxRecordsPerPush).arg(v);
        return false;
    }
    autoBlockPerPush = int(v);
    return true;
}
