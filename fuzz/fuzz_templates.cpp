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
        // What a loaded project names must never be a path (it becomes one on export and fit).
        for (const mms::Frame &f : project->tpl.frames)
            for (const mms::Attachment &a : f.attachments)
                if (!mms::isSafeFileName(a.fileName, nullptr) || a.fileName.contains(u'/') || a.fileName.contains(u'\\')
                    || a.fileName.startsWith(u"..") || QDir::isAbsolutePath(a.fileName))
                    __builtin_trap();
    }
    const QString text = QString::fromUtf8(bytes);
    // The name check itself, on any text: a name it accepts stays in its folder.
    if (mms::isSafeFileName(text, nullptr)) {
        const QString inside = QDir::cleanPath(QStringLiteral("/base/") + text);
        if (!inside.startsWith(QStringLiteral("/base/")) || inside == QStringLiteral("/base"))
            __builtin_trap();
    }
    (void)mms::placeholders::malformed(text);
    (void)mms::placeholders::substitute(text, {{QStringLiteral("Text1"), QStringLiteral("张三")}});
    (void)mms::MediaProbe::mp4DurationMs(bytes);
    (void)mms::MediaProbe::contentMatchesName(bytes.left(64), QStringLiteral("a.mp4"));
    return 0;
}
