#include "design/ContentRules.h"

#include "util/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

ContentRules ContentRules::fromJson(const QByteArray &json, bool *ok)
{
    ContentRules r;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isObject();
    if (!doc.isObject())
        return r;
    const QJsonObject o = doc.object();
    r.mediaMaxBytes = o.value(u"mediaMaxBytes"_s).toInteger(r.mediaMaxBytes);
    r.mediaMinBytes = o.value(u"mediaMinBytes"_s).toInteger(r.mediaMinBytes);
    r.maxFrames = o.value(u"maxFrames"_s).toInt(r.maxFrames);
    r.maxVideos = o.value(u"maxVideos"_s).toInt(r.maxVideos);
    r.imageFormats = strings(o.value(u"imageFormats"_s));
    r.videoFormats = strings(o.value(u"videoFormats"_s));
    r.videoCodec = o.value(u"videoCodec"_s).toString();
    r.audioFormats = strings(o.value(u"audioFormats"_s));
    r.requireTextAndMedia = o.value(u"requireTextAndMedia"_s).toBool(true);
    r.forbiddenText = strings(o.value(u"forbiddenText"_s));
    for (const QJsonValue &c : o.value(u"optOutCarriers"_s).toArray())
        r.optOutCarriers << c.toInt();
    r.optOutPattern = o.value(u"optOutPattern"_s).toString();
    r.variableMaxChars = o.value(u"variableMaxChars"_s).toInt(0);
    return r;
}

ContentRules ContentRules::builtIn()
{
    return fromJson(readAll(u":/mms/content-rules.json"_s));
}

ContentRules ContentRules::load()
{
    const QString user = QDir(paths::dataDir()).filePath(u"content-rules.json"_s);
    if (QFile::exists(user)) {
        bool ok = false;
        ContentRules r = fromJson(readAll(user), &ok);
        if (ok)
            return r;
    }
    return builtIn();
}

} // namespace mms
