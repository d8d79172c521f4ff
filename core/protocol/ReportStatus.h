#pragma once

#include <QString>

namespace mms {

// A plain explanation of a delivery report status, where one is known (DELIVRD, UNDELIV…).
// Gateways add their own codes (MK:xxxx, DB:xxxx…), which differ by carrier: the explanations
// are data (core/data/report-statuses.json, tried after report-statuses.json in the data folder),
// by status, prefix or pattern and, where it matters, by carrier (1-3; 0: not known).
QString explainReportStatus(const QString &status, int carrier = 0);

// The language explanations are given in ("zh_CN" or "en"): the studio's, set where its
// translations are installed; mmsctl speaks English.
void setReportStatusLanguage(const QString &language);

} // namespace mms
