#include "sim/SimulatorConfig.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace mms::sim {
namespace {
const QList<QPair<QString, Fault::Kind>> &kindNames()
{
    static const QList<QPair<QString, Fault::Kind>> names = {
        {u"latency"_s, Fault::Kind::Latency},   {u"http500"_s, Fault::Kind::Http500},
        {u"drop"_s, Fault::Kind::Drop},         {u"drop-after"_s, Fault::Kind::DropAfter},
        {u"no-answer"_s, Fault::Kind::NoAnswer}, {u"malformed"_s, Fault::Kind::Malformed},
        {u"truncated"_s, Fault::Kind::Truncated}, {u"code"_s, Fault::Kind::Code},
    };
    return names;
}
} // namespace

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    Fault f;
    const QString kind = o.value(u"kind"_s).toString();
    bool found = false;
    for (const auto &[name, k] : kindNames()) {
        if (name == kind) {
            f.kind = k;
            found = true;
        }
    }
    if (!found) {
        if (error)
            *error = u"unknown fault kind \"%1\""_s.arg(kind);
        return std::nullopt;
    }
    f.call = o.value(u"call"_s).toString();
    f.count = o.value(u"count"_s).toInt(-1);
    f.latencyMs = o.value(u"latencyMs"_s).toInt(0);
    f.code = o.value(u"code"_s).toInt(-100);
    return f;
}

QJsonObject Fault::toJson() const
{
    QString name;
    for (const auto &[n, k] : kindNames()) {
        if (k == kind)
            name = n;
    }
    return {{u"kind"_s, name}, {u"call"_s, call}, {u"count"_s, count}, {u"latencyMs"_s, latencyMs}, {u"code"_s, code}};
}

bool SimulatorConfig::apply(const QJsonObject &o, QString *error)
{
    auto bad = [error](const QString &key) {
        if (error)
            *error = u"bad value for \"%1\""_s.arg(key);
        return false;
    };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString &k = it.key();
        const QJsonValue &v = it.value();
        if (k == u"userid"_s || k == u"username"_s || k == u"password"_s || k == u"productid"_s) {
            if (!v.isString())
                return bad(k);
            (k == u"userid"_s ? userid : k == u"username"_s ? username : k == u"password"_s ? password : productid) = v.toString();
        } else if (k == u"balance"_s) {
            if (!v.isDouble())
                return bad(k);
            balance = static_cast<qint64>(v.toDouble());
        } else if (k == u"templateLimitBytes"_s) {
            if (!v.isDouble() || v.toDouble() <= 0)
                return bad(k);
            templateLimitBytes = static_cast<qint64>(v.toDouble());
        } else if (k == u"auditUrl"_s || k == u"reportUrl"_s || k == u"moUrl"_s) {
            const QUrl url(v.toString());
            if (!v.isString() || (!v.toString().isEmpty() && !url.isValid()))
                return bad(k);
            (k == u"auditUrl"_s ? auditUrl : k == u"reportUrl"_s ? reportUrl : moUrl) = url;
        } else if (k == u"auditDelayMs"_s || k == u"reportDelayMs"_s || k == u"replyDelayMs"_s) {
            if (!v.isDouble() || v.toDouble() < 0)
                return bad(k);
            (k == u"auditDelayMs"_s ? auditDelayMs : k == u"reportDelayMs"_s ? reportDelayMs : replyDelayMs) = v.toInt();
        } else if (k == u"auditVerdicts"_s) {
            const QJsonArray a = v.toArray();
            if (a.size() != 3)
                return bad(k);
            auditVerdicts.clear();
            for (const QJsonValue &x : a) {
                if (x.toInt(-1) < 0 || x.toInt(-1) > 2)
                    return bad(k);
                auditVerdicts << x.toInt();
            }
        } else if (k == u"deliveredRatio"_s || k == u"replyRatio"_s) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                return bad(k);
            (k == u"deliveredRatio"_s ? deliveredRatio : replyRatio) = v.toDouble();
        } else if (k == u"seed"_s) {
            seed = static_cast<quint32>(v.toDouble());
        } else {
            if (error)
                *error = u"unknown setting \"%1\""_s.arg(k);
            return false;
        }
    }
    return true;
}

QJsonObject SimulatorConfig::toJson() const
{
    QJsonArray verdicts;
    for (int v : auditVerdicts)
        verdicts.append(v);
    // The password is the sandbox's public demo password, never a real one.
    return {{u"userid"_s, userid},
            {u"username"_s, username},
            {u"productid"_s, productid},
            {u"balance"_s, static_cast<double>(balance)},
            {u"templateLimitBytes"_s, static_cast<double>(templateLimitBytes)},
            {u"auditUrl"_s, auditUrl.toString()},
            {u"reportUrl"_s, reportUrl.toString()},
            {u"moUrl"_s, moUrl.toString()},
            {u"auditDelayMs"_s, auditDelayMs},
            {u"auditVerdicts"_s, verdicts},
            {u"reportDelayMs"_s, reportDelayMs},
            {u"deliveredRatio"_s, deliveredRatio},
            {u"replyRatio"_s, replyRatio},
            {u"replyDelayMs"_s, replyDelayMs}};
}

} // namespace mms::sim
