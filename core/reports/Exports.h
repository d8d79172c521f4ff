#pragma once

#include "storage/RecipientPager.h"
#include "storage/ReplyPager.h"

#include <QString>

#include <functional>

namespace mms {

class Database;
class TableWriter;

// The tables users take to Excel, written as .xlsx or CSV by the file's suffix (TableWriter),
// for the studio (on its report thread) and mmsctl alike.
struct ExportOutcome
{
    qint64 rows = 0;
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};
// Told the share done in permille now and then; returning false cancels (no file is left).
using ExportProgress = std::function<bool(int permille)>;

// A campaign's recipients as the Reports table shows them (number, carrier, status, report
// code and time, replied, the variables), filtered as the query says.
ExportOutcome exportRecipients(Database &db, const RecipientQuery &query, const QString &path, const ExportProgress &progress = {});
// The same rows into a table already open (its current sheet), not committed.
ExportOutcome writeRecipientRows(Database &db, const RecipientQuery &query, TableWriter &table, const ExportProgress &progress = {});
// The replies the query selects (all by default), newest first, read a page at a time.
ExportOutcome exportReplies(Database &db, const ReplyQuery &query, const QString &path, const ExportProgress &progress = {});
// The blocklist: number, reason, when it was added.
ExportOutcome exportBlocklist(Database &db, const QString &path);

} // namespace mms
