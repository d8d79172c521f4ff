#pragma once

#include <QString>

namespace mms {

// A plain explanation of a delivery report status, where one is known (DELIVRD, UNDELIV…).
// Gateways add their own codes (MK:xxxx, DB:xxxx…): those are explained by family.
QString explainReportStatus(const QString &status);

} // namespace mms
