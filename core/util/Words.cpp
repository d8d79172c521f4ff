#include "util/Words.h"

#include <QCoreApplication>

namespace mms::words {

QString list(const QStringList &items)
{
    return items.join(QCoreApplication::translate("mms::words", ", ", "between the items of a list"));
}

QString clauses(const QStringList &items)
{
    return items.join(QCoreApplication::translate("mms::words", "; ", "between clauses"));
}

QString labelled(const QString &label, const QString &value)
{
    return QCoreApplication::translate("mms::words", "%1: %2", "a label and its value").arg(label, value);
}

QString aside(const QString &text, const QString &note)
{
    return QCoreApplication::translate("mms::words", "%1 (%2)", "a text and a note on it").arg(text, note);
}

QString plainTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</qt>");
}

} // namespace mms::words
