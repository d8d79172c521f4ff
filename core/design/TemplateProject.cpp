#include "design/TemplateProject.h"

#include "manifest/TemplateManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
constexpr auto kFormat = u"mms-studio-template";

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("mms::TemplateProject", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

QByteArray TemplateProject::toJson() const
{
    QJsonArray frames;
    for (const Frame &f : tpl.frames) {
        QJsonArray atts;
        for (const Attachment &a : f.attachments)
            atts.append(QJsonObject{{u"name"_s, a.fileName}, {u"data"_s, QString::fromLatin1(a.data.toBase64())}});
        frames.append(QJsonObject{{u"dur"_s, f.durationMs}, {u"attachments"_s, atts}});
    }
    QJsonObject sampleObj;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        sampleObj.insert(it.key(), it.value());
    const QJsonObject root{{u"format"_s, QString::fromUtf16(kFormat)},
                           {u"version"_s, 1},
                           {u"subject"_s, tpl.subject},
                           {u"frames"_s, frames},
                           {u"samples"_s, sampleObj}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<TemplateProject> TemplateProject::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("mms::TemplateProject", "not an MMS Studio template file (%1)").arg(perr.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QStringView(kFormat))
        return fail(QCoreApplication::translate("mms::TemplateProject", "not an MMS Studio template file"));
    if (root.value(u"version"_s).toInt() > 1)
        return fail(QCoreApplication::translate("mms::TemplateProject", "made by a newer MMS Studio (format version %1)").arg(root.value(u"version"_s).toInt()));
    TemplateProject p;
    p.tpl.subject = root.value(u"subject"_s).toString();
    const QJsonArray frames = root.value(u"frames"_s).toArray();
    for (const QJsonValue &fv : frames) {
        const QJsonObject fo = fv.toObject();
        Frame f;
        f.durationMs = fo.value(u"dur"_s).toInt();
        for (const QJsonValue &av : fo.value(u"attachments"_s).toArray()) {
            const QJsonObject ao = av.toObject();
            const QString name = ao.value(u"name"_s).toString();
            // A template file may come from a stranger: its names must not be paths.
            QString why;
            if (!isSafeFileName(name, &why))
                return fail(why);
            const auto data = QByteArray::fromBase64Encoding(ao.value(u"data"_s).toString().toLatin1(),
                                                             QByteArray::AbortOnBase64DecodingErrors);
            if (!data)
                return fail(QCoreApplication::translate("mms::TemplateProject", "the data of %1 is damaged").arg(name));
            f.attachments.append({name, *data});
        }
        p.tpl.frames.append(f);
    }
    const QJsonObject sampleObj = root.value(u"samples"_s).toObject();
    for (auto it = sampleObj.begin(); it != sampleObj.end(); ++it)
        p.samples.insert(it.key(), it.value().toString());
    return p;
}

bool TemplateProject::save(const QString &path, QString *error) const
{
    return writeFile(path, toJson(), error);
}

ManifestResult TemplateProject::loadAny(const QString &path, qint64 limit)
{
    if (!path.endsWith(u'.' + QString::fromLatin1(kSuffix), Qt::CaseInsensitive))
        return TemplateManifest::load(path, limit);
    ManifestResult r;
    QString error;
    if (const auto project = load(path, &error)) {
        r.tpl = project->tpl;
        r.errors = TemplateManifest::validate(r.tpl, limit);
    } else {
        r.errors << error;
    }
    return r;
}

std::optional<TemplateProject> TemplateProject::load(const QString &path, QString *error)
{
    const QFileInfo fi(path);
    if (!fi.isFile()) {
        if (error)
            *error = QCoreApplication::translate("mms::TemplateProject", "%1 is not a file").arg(path);
        return std::nullopt;
    }
    if (fi.size() > kMaxFileBytes) {
        if (error)
            *error = QCoreApplication::translate("mms::TemplateProject", "%1 is too large for a template file").arg(path);
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("mms::TemplateProject", "cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString why;
    auto p = fromJson(f.readAll(), &why);
    if (!p && error)
        *error = QCoreApplication::translate("mms::TemplateProject", "%1: %2").arg(fi.fileName(), why);
    return p;
}

bool TemplateProject::exportManifest(const QString &folder, QString *error) const
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s)) {
        if (error)
            *error = QCoreApplication::translate("mms::TemplateProject", "cannot create the folder %1").arg(folder);
        return false;
    }
    QJsonArray frames;
    QSet<QString> written;
    for (const Frame &f : tpl.frames) {
        QJsonArray names;
        for (const Attachment &a : f.attachments) {
            names.append(a.fileName);
            if (written.contains(a.fileName))
                continue;
            // Every name becomes a path inside the folder, and stays inside it.
            QString why;
            if (!isSafeFileName(a.fileName, &why)) {
                if (error)
                    *error = why;
                return false;
            }
            if (!writeFile(dir.filePath(a.fileName), a.data, error))
                return false;
            written.insert(a.fileName);
        }
        frames.append(QJsonObject{{u"dur"_s, f.durationMs}, {u"attachments"_s, names}});
    }
    const QJsonObject root{{u"subject"_s, tpl.subject}, {u"frames"_s, frames}};
    return writeFile(dir.filePath(u"template.json"_s), QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

std::optional<TemplateProject> TemplateProject::importManifest(const QString &manifestPath, QString *error)
{
    // Read leniently: the designer shows the remaining problems; only unreadable files refuse.
    const ManifestResult r = TemplateManifest::load(manifestPath, std::numeric_limits<qint64>::max());
    if (r.tpl.frames.isEmpty()) {
        if (error)
            *error = r.errors.join(u'\n');
        return std::nullopt;
    }
    TemplateProject p;
    p.tpl = r.tpl;
    return p;
}

} // namespace mms
