#pragma once

#include "protocol/Pushes.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace mms::postgres {

// ReportWriter's link-and-fold step on PostgreSQL, as a few set statements instead of a round
// trip per report: the reports chosen by `condition` (on reports `r`, with `binds`) are linked
// to their batch (taskid) and recipient (number, in that very batch), reports of unknown sends
// are noted in unmatched_tasks when noteUnmatched, and the new links are folded into the
// recipients' outcomes (delivered sticks; else the latest), the batches' counts and the
// per-minute counts, with the same rules as the SQLite path. Within the caller's transaction.
// *linked: reports linked to a send. false with *error on failure.
bool linkAndFold(QSqlDatabase &db, const QString &condition, const QVariantList &binds, bool noteUnmatched, int *linked,
                 QString *error);

// Appends reports through COPY on the store's own connection (libpq, the connection Qt SQL
// holds), within the caller's transaction: what a push costs is then close to PostgreSQL's bulk
// load. receivedAt: the time of arrival, for every record.
bool copyReports(QSqlDatabase &db, const QList<ReportRecord> &reports, const QString &receivedAt, QString *error);

} // namespace mms::postgres
