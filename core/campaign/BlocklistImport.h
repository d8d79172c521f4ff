#pragma once

#include "import/RecipientImport.h"

#include <QString>

#include <functional>

namespace mms {

class Database;

// A suppression file (numbers that must never be sent to: a competitor's opt-out list, the
// carrier's complaints) put on the blocklist. The file is any recipients file (CSV, TXT, an
// Excel sheet) and is checked as one: invalid rows are listed with their reasons, duplicates
// counted, numbers already blocked counted apart.
struct BlocklistImportResult
{
    ImportSummary summary; // summary.valid: numbers new to the blocklist; summary.blocked: already on it
    int added = 0;         // actually added (0 for a check)
    QString error;
    bool ok() const { return error.isEmpty() && summary.ok(); }
};

// apply false: only checks (what the confirmation shows). reason: kept with each number.
BlocklistImportResult importBlocklist(Database &db, const QString &path, const ImportOptions &options, const QString &reason,
                                      bool apply, const std::function<bool(qint64, qint64)> &progress = {});

} // namespace mms
