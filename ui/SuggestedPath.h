#pragma once

#include <QStandardPaths>
#include <QString>

namespace mms {

// Where a save dialog starts: name (a campaign's, a template's: the user's words, so characters
// no file name may hold become "_") in the user's Documents or Pictures folder, else home.
QString suggestedPath(const QString &name, QStandardPaths::StandardLocation where = QStandardPaths::DocumentsLocation);

} // namespace mms
