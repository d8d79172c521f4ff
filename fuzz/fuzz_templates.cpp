// Template files from outside: manifests (JSON naming files), project files (*.mmstpl),
// placeholders in texts, and MP4 headers read for a video's length.
#include "design/MediaProbe.h"
#include "design/Placeholders.h"
#include "design/TemplateCheck.h"
#include "design/TemplateProject.h"
#include "manifest/TemplateManifest.h"

#include <QDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Paths in a manifest resolve in an empty folder: only the JSON and path handling run.
    static const QString empty = QDir::tempPath() + QStringLiteral("/mms-fuzz-empty");
    QDir().mkpath(empty);
    (void)mms::TemplateManifest::parse(bytes, empty);
    QString error;
    if (const auto project = mms::TemplateProject::fromJson(bytes, &error)) {
        (void)mms::TemplateCheck::check(project->tpl, mms::ContentRules{});
        (void)project->toJson();
    }
    const QString text = QString::fromUtf8(bytes);
    (void)mms::placeholders::malformed(text);
    (void)mms::placeholders::substitute(text, {{QStringLiteral("Text1"), QStringLiteral("张三")}});
    (void)mms::MediaProbe::mp4DurationMs(bytes);
    (void)mms::MediaProbe::contentMatchesName(bytes.left(64), QStringLiteral("a.mp4"));
    return 0;
}
