// Strings of Qt's own that Qt 6.4's Chinese catalogue (qtbase_zh_CN.qm) lacks, so that its file
// dialogs are Chinese throughout (the Kind column said "Folder"). lupdate finds them here and
// mmsstudio_zh_CN.ts translates them; Qt looks them up under its own context at run time.
#include <QtGlobal>

namespace {
struct WithComment
{
    const char *source, *comment;
};
[[maybe_unused]] const WithComment kFileKinds[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
};
[[maybe_unused]] const char *const kFileKindsPlain[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};
} // namespace
