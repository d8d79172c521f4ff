#pragma once

#include <QByteArray>
#include <QString>

namespace mms {

struct DetectedCharset
{
    QByteArray codec;  // a name QStringDecoder accepts: "UTF-8", "GB18030", "UTF-16LE"…
    int bomLength = 0; // bytes to skip at the start
    QString label;     // for people: "UTF-8 with BOM", "GBK/GB18030"…
};

// Decides how a recipients file is encoded from its first bytes: a BOM, else valid UTF-8,
// else uchardet's verdict (GBK, GB2312 and GB18030 are all read as GB18030, their superset).
DetectedCharset detectCharset(const QByteArray &sample);

} // namespace mms
