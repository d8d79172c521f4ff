#pragma once

#include "import/RecipientFile.h"

#include <QMap>

namespace mms {

// A recipients file's row as the variables' values, for previews: the first column after the
// number fills the first variable (Text1), the next the second…, as the send wizard maps them
// unless told otherwise. row counts from 0 among the rows read (sniff.preview).
QMap<QString, QString> sampleValues(const FileSniff &sniff, int row, const QStringList &variables);
// The row whose values for the variables are longest together: where a text may run over.
int longestSampleRow(const FileSniff &sniff, const QStringList &variables);

} // namespace mms
