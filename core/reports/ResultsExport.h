#pragma once

#include "reports/Breakdown.h"
#include "reports/Exports.h"

namespace mms {

// A campaign's results for the weekly meeting, as one workbook (or, for a .csv, the breakdown
// `only`): a summary sheet (the funnel, the failures by status with what they mean, the segment
// table used), a sheet per breakdown (carrier, province, city, hour: counts as numbers, rates
// as percentages, a column per failure status) and every recipient.
ExportOutcome exportResults(Database &db, qint64 campaignId, const QString &path, std::optional<BreakdownBy> only = std::nullopt,
                            const ExportProgress &progress = {});

} // namespace mms
