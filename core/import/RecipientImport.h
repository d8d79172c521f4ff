#pragma once

#include "import/RecipientFile.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace mms {

class RowReader;

struct ImportOptions
{
    FileFormat format = FileFormat::Text;
    int sheet = 0;                        // of a workbook
    DetectedCharset charset;
    QChar delimiter = u',';
    int skipRows = 0;                     // title rows above the header
    bool hasHeader = false;
    int mobileColumn = 0;
    QList<QPair<QString, int>> variables; // "Text1" -> column
    QSet<QString> blocklist;              // normalised numbers that opted out
    // Why a frequency cap leaves this number (13812345678 as an integer) out; empty: it goes.
    // DraftImport fills it from the send ledger.
    std::function<QString(qint64)> capReason;
    // Rows with an empty variable value block the send unless they are skipped.
    bool skipRowsWithEmptyValues = false;
    // Empty values are values (an audience keeps every column, filled or not).
    bool emptyValuesAllowed = false;
    // Only numbers of these carriers (by prefix): bit 1 << carrier (0 other, 1 移动, 2 联通, 3 电信),
    // 0 for all. A send to the carriers that approved leaves the others out, counted.
    unsigned carriers = 0;
    static unsigned carrierBit(int carrier) { return 1u << unsigned(qBound(0, carrier, 15)); }

    static ImportOptions fromSniff(const FileSniff &sniff);
};

struct RowIssue
{
    enum class Kind { Invalid, Duplicate, Blocked, EmptyValue, Capped };
    qint64 line = 0;
    QString value;
    QString reason;
    Kind kind = Kind::Invalid;
    bool blocking = false; // the send cannot go ahead while this row is unresolved
};

struct ImportSummary
{
    qint64 rows = 0;       // data rows read
    qint64 valid = 0;      // handed to the sink
    qint64 invalid = 0;    // not a valid mainland mobile number
    qint64 duplicates = 0;
    qint64 blocked = 0;    // on the blocklist
    qint64 capped = 0;     // left out by a frequency cap (ImportOptions::capReason)
    qint64 emptyValues = 0;
    qint64 otherCarriers = 0; // left out: a carrier not chosen (ImportOptions::carriers)
    qint64 blockingRows = 0;
    QList<RowIssue> issues; // in file order, at most kMaxIssues
    qint64 issuesNotListed = 0;
    QMap<int, qint64> byCarrier; // carrier -> valid numbers
    bool cancelled = false;
    QString error; // the import could not finish (file unreadable, sink failure)

    bool ok() const { return error.isEmpty() && !cancelled; }
    static constexpr int kMaxIssues = 100000;
};

// Where valid recipients go: a store, a list in memory…
class RecipientSink
{
public:
    virtual ~RecipientSink() = default;
    // values follow ImportOptions::variables. false stops the import (see error()).
    virtual bool add(const QString &mobile, const QStringList &values) = 0;
    virtual QString error() const { return {}; }
};

class MemorySink : public RecipientSink
{
public:
    bool add(const QString &mobile, const QStringList &values) override
    {
        mobiles.append(mobile);
        rows.append(values);
        return true;
    }
    QStringList mobiles;
    QList<QStringList> rows;
};

// Reads the file, normalises and validates each number, removes duplicates and blocked
// numbers, checks variable values, and hands valid rows to the sink. progress(done, total)
// is called now and then with bytes; returning false cancels.
ImportSummary importRecipients(const QString &path, const ImportOptions &options, RecipientSink &sink,
                               const std::function<bool(qint64, qint64)> &progress = {});
// The same from an open device holding text (a file, or bytes in memory for the fuzzer).
ImportSummary importRecipients(QIODevice &device, const ImportOptions &options, RecipientSink &sink,
                               const std::function<bool(qint64, qint64)> &progress = {});
// The same from any reader of rows (an Excel sheet…).
ImportSummary importRows(RowReader &reader, const ImportOptions &options, RecipientSink &sink,
                         const std::function<bool(qint64, qint64)> &progress = {});

// The issues for Excel (.xlsx, or CSV by the suffix): line, value, problem.
bool writeIssues(const QString &path, const QList<RowIssue> &issues, QString *error);

} // namespace mms
