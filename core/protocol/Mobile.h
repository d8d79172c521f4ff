#pragma once

#include <QString>
#include <optional>

namespace mms::mobile {

// Normalises a mainland China mobile number as people type or paste it: spaces, dashes,
// dots and parentheses dropped, full-width digits folded, +86 / 0086 / 86 prefixes removed.
// Returns the 11-digit number, or nullopt (with the reason in *why) when it is not one.
// Scientific notation (Excel's 1.3681E+10) is reported as damaged, never guessed.
std::optional<QString> normalize(const QString &input, QString *why = nullptr);

bool isValid(const QString &normalized);

} // namespace mms::mobile
