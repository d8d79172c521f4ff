#include "manifest/TemplateManifest.h"

#include "protocol/Encoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString kb(qint64 bytes)
{
    return QString::number(bytes / 1024.0, 'f', 1) + u" KB"_s;
}

// A positive whole number of milliseconds, given as a JSON number or a numeric string.
std::optional<int> durationOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d > 0 && d <= 3600000 && d == static_cast<int>(d))
            return static_cast<int>(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        if (ok && i > 0 && i <= 3600000 && v.toString() == QString::number(i))
            return i;
    }
    return std::nullopt;
}
} // namespace

ManifestResult TemplateManifest::load(const QString &path, qint64 limit)
{
    ManifestResult r;
    QFileInfo info(path);
    if (!info.exists()) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "manifest %1 does not exist").arg(path);
        return r;
    }
    if (info.isDir()) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1 is a folder, not a manifest file").arg(path);
        return r;
    }
    if (info.size() > kMaxManifestBytes) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "manifest %1 is %2, too large for a manifest (at most %3)")
                        .arg(path, kb(info.size()), kb(kMaxManifestBytes));
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "cannot read manifest %1: %2").arg(path, f.errorString());
        return r;
    }
    return parse(f.readAll(), info.absolutePath(), limit);
}

ManifestResult TemplateManifest::parse(const QByteArray &json, const QString &baseDir, qint64 limit)
{
    ManifestResult r;
    if (json.trimmed().isEmpty()) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "the manifest is empty");
        return r;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "the manifest is not valid JSON: %1 at byte %2").arg(err.errorString()).arg(err.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "the manifest must be a JSON object with \"subject\" and \"frames\"");
        return r;
    }
    const QJsonObject root = doc.object();
    const QJsonValue subject = root.value(u"subject"_s);
    if (!subject.isString() || subject.toString().trimmed().isEmpty())
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "\"subject\" is missing or empty");
    else
        r.tpl.subject = subject.toString();

    const QJsonValue frames = root.value(u"frames"_s);
    if (!frames.isArray() || frames.toArray().isEmpty()) {
        r.errors << QCoreApplication::translate("mms::TemplateManifest", "the template has no frames (\"frames\" must be a non-empty array)");
        return r;
    }
    const QDir dir(baseDir);
    const QJsonArray arr = frames.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QString where = QCoreApplication::translate("mms::TemplateManifest", "frame %1").arg(i + 1);
        if (!arr.at(i).isObject()) {
            r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: must be an object with \"dur\" and \"attachments\"").arg(where);
            continue;
        }
        const QJsonObject fo = arr.at(i).toObject();
        Frame frame;
        const auto dur = durationOf(fo.value(u"dur"_s));
        if (!dur)
            r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: \"dur\" must be a positive whole number of milliseconds (got %2)")
                            .arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{fo.value(u"dur"_s)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        else
            frame.durationMs = *dur;
        const QJsonValue atts = fo.value(u"attachments"_s);
        if (!atts.isArray() || atts.toArray().isEmpty()) {
            r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1 has no attachments").arg(where);
            continue;
        }
        for (const QJsonValue &av : atts.toArray()) {
            if (!av.isString() || av.toString().trimmed().isEmpty()) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: each attachment must be a file path").arg(where);
                continue;
            }
            const QString rel = av.toString();
            const QString path = dir.absoluteFilePath(rel);
            const QFileInfo fi(path);
            Attachment a;
            a.fileName = fi.fileName();
            if (a.kind() == MediaKind::Unsupported) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 has an unsupported type (.%3); use txt, jpg/png/gif, mp4/3gp, mp3/amr/aac/m4a/wav")
                                .arg(where, rel, fi.suffix());
                continue;
            }
            if (!fi.exists()) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: file %2 is missing").arg(where, rel);
                continue;
            }
            if (fi.isDir()) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 is a folder, not a file").arg(where, rel);
                continue;
            }
            if (fi.size() > 64 * 1024 * 1024) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 is %3, far over the template limit of %4").arg(where, rel, kb(fi.size()), kb(limit));
                continue;
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                r.errors << QCoreApplication::translate("mms::TemplateManifest", "%1: cannot read %2: %3").arg(where, rel, f.errorString());
                continue;
            }
            a.data = f.readAll();
            frame.attachments.append(a);
        }
        r.tpl.frames.append(frame);
    }
    if (r.errors.isEmpty())
        r.errors << validate(r.tpl, limit);
    if (r.tpl.frames.size() > 9)
        r.warnings << QCoreApplication::translate("mms::TemplateManifest", "%1 frames; carriers publish a limit of 9 (some 8)").arg(r.tpl.frames.size());
    return r;
}

QStringList TemplateManifest::validate(const MmsTemplate &tpl, qint64 limit)
{
    QStringList errors;
    if (tpl.subject.trimmed().isEmpty())
        errors << QCoreApplication::translate("mms::TemplateManifest", "the template has no subject");
    if (tpl.frames.isEmpty())
        errors << QCoreApplication::translate("mms::TemplateManifest", "the template has no frames");
    QHash<QString, QByteArray> byName;
    for (int i = 0; i < tpl.frames.size(); ++i) {
        const Frame &f = tpl.frames.at(i);
        const QString where = QCoreApplication::translate("mms::TemplateManifest", "frame %1").arg(i + 1);
        if (f.durationMs <= 0)
            errors << QCoreApplication::translate("mms::TemplateManifest", "%1: the duration must be a positive number of milliseconds").arg(where);
        if (f.attachments.isEmpty())
            errors << QCoreApplication::translate("mms::TemplateManifest", "%1 has no attachments").arg(where);
        for (const Attachment &a : f.attachments) {
            if (a.kind() == MediaKind::Unsupported)
                errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 has an unsupported type").arg(where, a.fileName);
            if (a.data.isEmpty())
                errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 is empty (0 bytes)").arg(where, a.fileName);
            if (a.kind() == MediaKind::Text && !encoding::isValidUtf8(a.data))
                errors << QCoreApplication::translate("mms::TemplateManifest", "%1: %2 is not UTF-8 text (GBK? save it as UTF-8)").arg(where, a.fileName);
            // The platform knows attachments by file name: one name, one content.
            const auto seen = byName.constFind(a.fileName);
            if (seen != byName.constEnd() && *seen != a.data)
                errors << QCoreApplication::translate("mms::TemplateManifest", "%1: two different files are both named %2; rename one").arg(where, a.fileName);
            byName.insert(a.fileName, a.data);
        }
    }
    const qint64 bytes = tpl.mediaBytes();
    if (bytes > limit)
        errors << QCoreApplication::translate("mms::TemplateManifest", "the template's media is %1, over the limit of %2").arg(kb(bytes), kb(limit));
    return errors;
}

} // namespace mms
