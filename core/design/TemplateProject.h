#pragma once

#include "manifest/TemplateManifest.h"
#include "protocol/MmsTemplate.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace mms {

// A template being designed, as kept in a single project file (*.mmstpl): JSON holding the
// subject, the frames, every attachment's bytes (base64) and the preview's sample values.
struct TemplateProject
{
    MmsTemplate tpl;
    QMap<QString, QString> samples; // Text1 -> sample value shown by the preview

    QByteArray toJson() const;
    // nullopt with *error set when the bytes are not a project file.
    static std::optional<TemplateProject> fromJson(const QByteArray &json, QString *error);

    // Atomic (QSaveFile): a crash while saving leaves the previous file intact.
    bool save(const QString &path, QString *error) const;
    static std::optional<TemplateProject> load(const QString &path, QString *error);

    // The manifest format (docs/manifest.md): template.json plus the attachments, in a folder.
    bool exportManifest(const QString &folder, QString *error) const;
    static std::optional<TemplateProject> importManifest(const QString &manifestPath, QString *error);

    // A template from either kind of file, as every `mmsctl template` command reads one: a
    // project (*.mmstpl) or a manifest (template.json beside its files), checked against limit.
    static ManifestResult loadAny(const QString &path, qint64 limit);

    static constexpr const char *kSuffix = "mmstpl";
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
};

} // namespace mms
