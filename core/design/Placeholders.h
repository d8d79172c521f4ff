#pragma once

#include "protocol/MmsTemplate.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mms {

// Where a variable ${TextN} appears: frame and attachment indexes (0-based).
struct PlaceholderUse
{
    QString name; // "Text1"
    int frame = -1;
    int attachment = -1;
};

// Something that looks like a placeholder but is not one the platform will fill in:
// ${text1}, $Text1, ${Text1, {Text1}, ${ Text1 }, ${Text0}.
struct MalformedPlaceholder
{
    QString found;      // the text as written
    QString suggestion; // what was probably meant, e.g. "${Text1}"
    int position = 0;   // in the text, in QChar units
    int frame = -1;
    int attachment = -1;
};

namespace placeholders {

QList<PlaceholderUse> uses(const MmsTemplate &tpl);
QList<MalformedPlaceholder> malformed(const QString &text);
QList<MalformedPlaceholder> malformed(const MmsTemplate &tpl);
// Numbers missing below the highest one used: Text1, Text3 -> {"Text2"}.
QStringList gaps(const QStringList &names);
// The first N for which ${TextN} is not used yet.
QString nextFree(const QStringList &names);
// ${TextN} replaced by samples[TextN]; unknown names stay as written.
QString substitute(const QString &text, const QMap<QString, QString> &samples);

} // namespace placeholders
} // namespace mms
