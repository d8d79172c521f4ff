#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mms {

struct DetectedCharset
{
    QByteArray codec;  // a name QStringDecoder accepts: "UTF-8", "GB18030", "UTF-16LE"…
    int bomLength = 0; // bytes to skip at the start
    QString label;     // for people: "UTF-8 with BOM", "GBK/GB18030"…
    bool guessed = false; // the detector was unsure: the user should look at the preview
};

// Decides how a recipients file is encoded from its first bytes: a BOM, else valid UTF-8,
// else uchardet's verdict (GBK, GB2312 and GB18030 are all read as GB18030, their superset).
// When it is unsure (a single-byte charset for bytes that are valid GB18030, or too few bytes
// to tell) it prefers GB18030 and says so (guessed).
DetectedCharset detectCharset(const QByteArray &sample);

// The encodings a user can choose in place of the detected one.
QList<QByteArray> choosableCharsets(); // "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"
// A chosen encoding for a file starting with sample (its BOM, if any, is skipped); nullopt for
// a name not in choosableCharsets().
std::optional<DetectedCharset> chosenCharset(const QByteArray &codec, const QByteArray &sample);

} // namespace mms
