#pragma once

#include "protocol/MmsTemplate.h"

#include <QString>

namespace mms {

// Checks a file the user drops or picks before it becomes an attachment, so that a folder,
// an empty file, a renamed file or a huge video gets a clear message instead of a broken template.
struct ProbedFile
{
    bool ok = false;
    QString error;         // for people, when !ok
    Attachment attachment; // when ok
    // A text file that is not UTF-8 (GBK from Notepad): the caller offers the conversion.
    bool needsConversion = false;
    QString encodingLabel; // "GBK/GB18030"
    QByteArray convertedUtf8;
};

class MediaProbe
{
public:
    // Files above this are refused outright. Below it, a file over the template's 1900 KB is
    // accepted so that "Fit to budget" can shrink it (an agency's 30 MB video, say).
    static constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;

    static ProbedFile probe(const QString &path);
    // Does the content match the kind its name claims (JPEG, PNG, GIF, MP4/3GP, MP3…)?
    static bool contentMatchesName(const QByteArray &head, const QString &fileName);
    // Play length of an MP4/3GP file from its movie header (mvhd); -1 when not found.
    static qint64 mp4DurationMs(const QByteArray &data);
};

} // namespace mms
