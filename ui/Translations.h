#pragma once

#include <QString>

namespace mms {

// Loads MMS Studio's catalogue (embedded under :/i18n) and Qt's own for a language:
// "zh_CN", "en", or empty for the system's. Returns the language installed.
QString installTranslations(const QString &language);
// Takes back what installTranslations() installed (tests switch languages).
void removeTranslations();

} // namespace mms
