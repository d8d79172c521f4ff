#pragma once

#include <QStringList>

// Punctuation that joins words in what a person reads: full-width in Chinese (、 ； ： （）),
// ASCII in English. Code that builds a sentence from parts uses these, never ", " or ": ".
namespace mms::words {

QString list(const QStringList &items);                       // 甲、乙、丙 / a, b, c
QString clauses(const QStringList &items);                    // 甲；乙 / a; b
QString labelled(const QString &label, const QString &value); // 标签：值 / label: value
QString aside(const QString &text, const QString &note);      // 文字（注） / text (note)

// A tooltip that shows text as it is: Qt renders a tooltip that looks like HTML as HTML, and
// report statuses, reply texts and file cells come from outside.
QString plainTip(const QString &text);

} // namespace mms::words
