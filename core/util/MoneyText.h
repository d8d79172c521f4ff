#pragma once

#include "campaign/BalanceTerms.h"

#include <QString>

namespace mms::money {

// An amount in the account's balance unit, as a person reads it: "12,345 条" or "¥1,234.50".
QString amount(double value, const BalanceTerms &terms);
// The unit's name for a settings list: "messages (条)" / "yuan (元)".
QString unitName(BalanceUnit unit);

} // namespace mms::money
