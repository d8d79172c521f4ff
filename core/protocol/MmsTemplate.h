#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mms {

enum class MediaKind { Text, Image, Video, Audio, Unsupported };

MediaKind mediaKindForFileName(const QString &fileName);
QString mediaKindName(MediaKind kind);
// Extensions the studio accepts, lowercase, without the dot.
QStringList supportedExtensions(MediaKind kind);

struct Attachment
{
    QString fileName; // as sent to the platform, e.g. "1.txt"
    QByteArray data;  // the file's bytes; text is UTF-8
    MediaKind kind() const { return mediaKindForFileName(fileName); }
};

struct Frame
{
    int durationMs = 0;
    QList<Attachment> attachments;
};

struct MmsTemplate
{
    QString subject;
    QList<Frame> frames;

    // Bytes of all attachments together (the size the carriers limit).
    qint64 mediaBytes() const;
    int totalDurationMs() const;
    // Variable names used in text attachments, e.g. {"Text1", "Text2"}, sorted by number.
    QStringList variables() const;
    // A fingerprint of what the platform would be sent: subject, frames in order, their
    // durations, and every attachment's name and bytes (SHA-256, hex). Two templates with
    // the same hash would make the same template at the platform.
    QString contentHash() const;
};

// An attachment's name must be a bare file name: it becomes a path when a template is exported,
// fitted or previewed, and a template file may come from a stranger. Refused (with *why):
// separators, "." and "..", drive letters, control characters, Windows' reserved device names
// (con, nul, com1…), a trailing dot or space, more than 200 characters.
bool isSafeFileName(const QString &name, QString *why);

// Variable names (Text1, Text2, ...) used in a UTF-8 text, case-sensitive as on the platform.
QStringList variablesInText(const QString &text);

} // namespace mms
