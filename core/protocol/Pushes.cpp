#include "protocol/Pushes.h"

#include "protocol/Encoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace mms::pushes {
namespace {
// "1" or 1 -> 1; anything else -> nullopt
std::optional<int> smallInt(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == static_cast<int>(v.toDouble()))
        return static_cast<int>(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

QString plusAsSpace(QByteArray b)
{
    b.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(b));
}

bool isMobileField(const QString &s)
{
    static const QRegularExpression re(u"^\\+?[0-9]{5,20}$"_s);
    return re.match(s).hasMatch();
}

// Splits a push into records; empty records (a trailing ';', line breaks) are skipped.
QList<QByteArray> splitRecords(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &r : value.split(';')) {
        const QByteArray t = r.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QList<QByteArray> splitFields(const QByteArray &record)
{
    QList<QByteArray> fields = record.split(',');
    for (QByteArray &f : fields)
        f = f.trimmed();
    return fields;
}

// Control characters (NUL, line breaks, escapes) have no place in a report or a reply: they
// break PostgreSQL's COPY (NUL), forge log lines and terminal output.
bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString controlReason()
{
    return QCoreApplication::translate("mms::pushes", "a control character (such as NUL or a line break) in the record");
}

bool checkTime(const QString &time, QString *reason)
{
    if (!parsePushTime(time).isValid()) {
        *reason = QCoreApplication::translate("mms::pushes", "time \"%1\" is not yyyyMMddHHmmss").arg(time);
        return false;
    }
    return true;
}
} // namespace

QString printable(const QString &text, int max)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= max) {
            out += u'…';
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += u"\\x%1"_s.arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString printable(const QByteArray &bytes, int max)
{
    // Cut before decoding: a megabyte of garbage is not decoded to be thrown away.
    return printable(QString::fromUtf8(bytes.left(qsizetype(max) * 4)), max);
}

QStringList describeErrors(const QString &endpoint, const QList<RecordError> &errors, int first)
{
    QStringList lines;
    for (const RecordError &e : errors) {
        if (lines.size() == first)
            break;
        lines << QCoreApplication::translate("mms::pushes", "/%1: record %2 left out: %3 (%4)")
                     .arg(endpoint).arg(e.index).arg(printable(e.reason), printable(e.raw));
    }
    if (errors.size() > first)
        lines << QCoreApplication::translate("mms::pushes", "/%1: and %2 more bad records in this push").arg(endpoint).arg(errors.size() - first);
    return lines;
}

QDateTime parsePushTime(const QString &s)
{
    if (s.size() != 14)
        return {};
    // By hand, not QDateTime::fromString: that one goes through the local time zone (the tz
    // file, once per record), which cost the receiver most of its time.
    int v[6] = {};
    const int widths[6] = {4, 2, 2, 2, 2, 2};
    int pos = 0;
    for (int f = 0; f < 6; ++f) {
        for (int k = 0; k < widths[f]; ++k, ++pos) {
            const char16_t c = s.at(pos).unicode();
            if (c < u'0' || c > u'9')
                return {};
            v[f] = v[f] * 10 + (c - u'0');
        }
    }
    const QDate date(v[0], v[1], v[2]);
    const QTime time(v[3], v[4], v[5]);
    if (!date.isValid() || !time.isValid())
        return {};
    // The platform's clock is China Standard Time.
    return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600);
}

QString carrierName(int carrier)
{
    switch (carrier) {
    case 1:
        return u"移动"_s;
    case 2:
        return u"联通"_s;
    case 3:
        return u"电信"_s;
    }
    return QCoreApplication::translate("mms::pushes", "carrier %1").arg(carrier);
}

std::optional<AuditRecord> parseAudit(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<AuditRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (body.trimmed().isEmpty())
        return fail(QCoreApplication::translate("mms::pushes", "empty audit notification"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("mms::pushes", "audit notification is not a JSON object (%1)").arg(err.errorString()));
    const QJsonObject o = doc.object();
    AuditRecord a;
    a.mmsid = o.value(u"mmsid"_s).toString().trimmed();
    if (a.mmsid.isEmpty())
        return fail(QCoreApplication::translate("mms::pushes", "audit notification without mmsid"));
    const auto status = smallInt(o.value(u"status"_s));
    if (!status || (*status != 1 && *status != 2))
        return fail(QCoreApplication::translate("mms::pushes", "audit notification for %1: status must be 1 (approved) or 2 (rejected)").arg(a.mmsid));
    const auto type = smallInt(o.value(u"type"_s));
    if (!type || *type < 1 || *type > 3)
        return fail(QCoreApplication::translate("mms::pushes", "audit notification for %1: type must be 1, 2 or 3 (carrier)").arg(a.mmsid));
    a.status = *status;
    a.carrier = *type;
    a.username = o.value(u"username"_s).toString();
    a.message = o.value(u"message"_s).toString();
    return a;
}

PushBatch<ReportRecord> parseReports(const QByteArray &rawValue)
{
    PushBatch<ReportRecord> batch;
    // Report fields hold no separators, so a value that arrives encoded as a whole
    // (%2C, %3B) can be decoded before splitting.
    const QByteArray value = QByteArray::fromPercentEncoding(QByteArray(rawValue).replace('+', ' '));
    int index = 0;
    for (const QByteArray &rec : splitRecords(value)) {
        ++index;
        const QList<QByteArray> f = splitFields(rec);
        RecordError e{index, printable(rec), {}};
        if (f.size() != 4 && f.size() != 5) {
            e.reason = QCoreApplication::translate("mms::pushes", "%1 fields, a report has 4 or 5").arg(f.size());
        } else {
            ReportRecord r{QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]),
                           QString::fromUtf8(f[3]), f.size() == 5 ? QString::fromUtf8(f[4]) : QString()};
            if (hasControl(r.mobile) || hasControl(r.status) || hasControl(r.messageId) || hasControl(r.time) || hasControl(r.serial))
                e.reason = controlReason();
            else if (!isMobileField(r.mobile))
                e.reason = QCoreApplication::translate("mms::pushes", "mobile \"%1\" is not a number").arg(r.mobile);
            else if (r.status.isEmpty())
                e.reason = QCoreApplication::translate("mms::pushes", "empty status");
            else if (checkTime(r.time, &e.reason)) {
                batch.records.append(r);
                continue;
            }
        }
        batch.errors.append(e);
    }
    return batch;
}

PushBatch<ReplyRecord> parseReplies(const QByteArray &rawValue)
{
    PushBatch<ReplyRecord> batch;
    QByteArray value = rawValue;
    // Split first, then decode the text (PROTOCOL.md 7). Only when the whole value
    // arrived encoded (no literal separators at all) is it decoded once before splitting.
    if (!value.contains(',') && (value.contains("%2C") || value.contains("%2c")))
        value = QByteArray::fromPercentEncoding(value);
    int index = 0;
    for (const QByteArray &rec : splitRecords(value)) {
        ++index;
        const QList<QByteArray> f = splitFields(rec);
        RecordError e{index, printable(rec), {}};
        if (f.size() != 4 && f.size() != 5) {
            e.reason = QCoreApplication::translate("mms::pushes", "%1 fields, a reply has 4 (mobile, extension, text, time)").arg(f.size());
        } else {
            ReplyRecord r{QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), plusAsSpace(f[2]),
                          QString::fromUtf8(f[3])};
            if (hasControl(r.mobile) || hasControl(r.extension) || hasControl(r.text) || hasControl(r.time))
                e.reason = controlReason();
            else if (!isMobileField(r.mobile))
                e.reason = QCoreApplication::translate("mms::pushes", "mobile \"%1\" is not a number").arg(r.mobile);
            else if (!encoding::isValidUtf8(QByteArray::fromPercentEncoding(f[2])))
                e.reason = QCoreApplication::translate("mms::pushes", "reply text is not UTF-8");
            else if (checkTime(r.time, &e.reason)) {
                batch.records.append(r);
                continue;
            }
        }
        batch.errors.append(e);
    }
    return batch;
}

std::optional<QByteArray> rawParameter(const QByteArray &name, const QUrl &url, const QByteArray &body)
{
    QList<QByteArray> found;
    auto scan = [&](const QByteArray &pairs) {
        for (const QByteArray &pair : pairs.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && pair.left(eq).trimmed() == name)
                found.append(pair.mid(eq + 1));
        }
    };
    scan(url.query(QUrl::FullyEncoded).toLatin1());
    scan(body);
    if (found.isEmpty())
        return std::nullopt;
    return found.join(';');
}

} // namespace mms::pushes
