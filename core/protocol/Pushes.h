#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace mms {

enum class Carrier { Mobile = 1, Unicom = 2, Telecom = 3 };

struct AuditRecord
{
    QString username;
    QString mmsid;
    int status = 0; // 1 approved, 2 rejected
    QString message;
    int carrier = 0; // 1 移动, 2 联通, 3 电信
};

struct ReportRecord
{
    QString mobile;
    QString status;    // DELIVRD or a failure code shown as-is
    QString messageId; // field 3: the taskid of the send
    QString time;      // yyyyMMddHHmmss as received
    QString serial;    // optional field 5
    bool delivered() const { return status == QLatin1String("DELIVRD"); }
};

struct ReplyRecord
{
    QString mobile;
    QString extension;
    QString text;
    QString time;
};

struct RecordError
{
    int index = 0; // 1-based position of the record within the push
    QString raw;
    QString reason;
};

template<typename R>
struct PushBatch
{
    QList<R> records;
    QList<RecordError> errors;
};

namespace pushes {

// A push of more records than this is refused whole (413): PROTOCOL.md says at most 500.
constexpr int kMaxRecordsPerPush = 1000;
// Bytes fit for a log line or an error: control characters escaped (\n, \x00…), at most max
// characters, "…" when cut. A decoded newline can no more forge a log line.
QString printable(const QByteArray &bytes, int max = 200);
QString printable(const QString &text, int max = 200);
// What a person needs of a push's bad records: the first few, each printable, and how many more.
QStringList describeErrors(const QString &endpoint, const QList<RecordError> &errors, int first = 5);

std::optional<AuditRecord> parseAudit(const QByteArray &body, QString *error);
// rpts / mos values as received, before any percent-decoding (see PROTOCOL.md 6-7).
PushBatch<ReportRecord> parseReports(const QByteArray &rawValue);
PushBatch<ReplyRecord> parseReplies(const QByteArray &rawValue);

// The raw (still percent-encoded) value of a parameter from the URL's query or a
// form-encoded body. Values found in both places are joined with ';'.
std::optional<QByteArray> rawParameter(const QByteArray &name, const QUrl &url, const QByteArray &body);

QDateTime parsePushTime(const QString &yyyyMMddHHmmss);
// The carrier's short Chinese name (移动, 联通, 电信) as a stable key of mmsctl's JSON; what a
// person reads is Carriers::name().
QString carrierName(int carrier);

} // namespace pushes
} // namespace mms
