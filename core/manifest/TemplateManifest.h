#pragma once

#include "protocol/MmsTemplate.h"

#include <QString>
#include <QStringList>

namespace mms {

// Default limit on a template's media: 1900 KB, as the carriers publish (CARRIER-RULES.md).
constexpr qint64 kDefaultMediaLimitBytes = 1900 * 1024;

// The plain JSON interchange format (docs/manifest.md):
// {"subject": "...", "frames": [{"dur": 5000, "attachments": ["1.txt", "logo.jpg"]}]}
// with paths relative to the manifest file.
struct ManifestResult
{
    MmsTemplate tpl;
    QStringList errors;   // each names the frame / file and what is wrong
    QStringList warnings; // not blocking (e.g. a frame over the carriers' count)
    bool ok() const { return errors.isEmpty(); }
};

class TemplateManifest
{
public:
    static ManifestResult load(const QString &path, qint64 mediaLimitBytes = kDefaultMediaLimitBytes);
    static ManifestResult parse(const QByteArray &json, const QString &baseDir,
                                qint64 mediaLimitBytes = kDefaultMediaLimitBytes);
    // Validation of an in-memory template (frames, durations, types, UTF-8 text, size).
    static QStringList validate(const MmsTemplate &tpl, qint64 mediaLimitBytes = kDefaultMediaLimitBytes);

    static constexpr qint64 kMaxManifestBytes = 1024 * 1024;
};

} // namespace mms
