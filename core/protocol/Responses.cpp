#include "protocol/Responses.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace mms::responses {
namespace {
QString excerpt(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80)
        s += u"…"_s;
    return s;
}
} // namespace

PlatformAnswer parseAnswer(const QByteArray &body, CallKind kind)
{
    PlatformAnswer a;
    if (body.trimmed().isEmpty()) {
        a.parseError = QCoreApplication::translate("mms::responses", "the platform answered with an empty body");
        return a;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        a.parseError = QCoreApplication::translate("mms::responses", "the platform's answer is not a JSON object: %1").arg(excerpt(body));
        return a;
    }
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(u"code"_s);
    // Documented as Int, sent as a string in the example: accept both.
    bool ok = false;
    if (code.isDouble()) {
        const double d = code.toDouble();
        // Range first: casting 8e60 to int is undefined (found by fuzzing).
        ok = d >= -1e9 && d <= 1e9 && d == std::floor(d);
        a.code = ok ? static_cast<int>(d) : 0;
    } else if (code.isString()) {
        a.code = code.toString().trimmed().toInt(&ok);
    }
    if (!ok) {
        a.parseError = code.isUndefined() ? QCoreApplication::translate("mms::responses", "the platform's answer has no code")
                                          : QCoreApplication::translate("mms::responses", "the platform's answer has an unreadable code: %1").arg(excerpt(body));
        return a;
    }
    a.message = o.value(u"message"_s).toString();
    if (a.code == 0) {
        const QString idKey = kind == CallKind::SaveTemplate ? u"mmsid"_s : u"taskid"_s;
        const QJsonValue id = o.value(idKey);
        a.id = id.isString() ? id.toString().trimmed() : (id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : QString());
        if (a.id.isEmpty()) {
            a.parseError = QCoreApplication::translate("mms::responses", "the platform reported success but sent no %1").arg(idKey);
            return a;
        }
    }
    a.wellFormed = true;
    return a;
}

BalanceAnswer parseBalance(const QByteArray &body)
{
    BalanceAnswer b;
    b.raw = QString::fromUtf8(body).trimmed();
    static const QRegularExpression number(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    if (!number.match(b.raw).hasMatch()) {
        b.parseError = b.raw.isEmpty() ? QCoreApplication::translate("mms::responses", "the platform answered the balance query with an empty body")
                                       : QCoreApplication::translate("mms::responses", "the balance answer is not a number: %1").arg(excerpt(body));
        return b;
    }
    b.wellFormed = true;
    const double v = b.raw.toDouble();
    if (v >= 0) {
        b.ok = true;
        b.balance = v;
    } else if (v >= -1000000) {
        b.code = static_cast<int>(v);
    } else {
        // Not a code the platform has (found by fuzzing: -8.5e69 does not fit in an int).
        b.wellFormed = false;
        b.parseError = QCoreApplication::translate("mms::responses", "the balance answer is not a number: %1").arg(excerpt(body));
    }
    return b;
}

} // namespace mms::responses
