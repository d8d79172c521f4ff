#include "media/Ffmpeg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace mms::ffmpeg {
namespace {
bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

QString program(const QString &name)
{
    const QString dir = qEnvironmentVariable("MMS_FFMPEG_DIR");
    if (!dir.isEmpty()) {
        const QString path = QDir(dir).filePath(name);
        return QFileInfo::exists(path) ? path : QString();
    }
    return QStandardPaths::findExecutable(name);
}

bool available()
{
    return !program(u"ffmpeg"_s).isEmpty() && !program(u"ffprobe"_s).isEmpty();
}

namespace {
QStringList guarded()
{
    return {u"-protocol_whitelist"_s, u"file"_s,
            u"-format_whitelist"_s, u"mov,mp4,m4a,3gp,3g2,mj2,mp3,aac,amr,wav,gif,image2,jpeg_pipe,png_pipe"_s};
}
} // namespace

QStringList inputArgs(const QString &path)
{
    return guarded() + QStringList{u"-i"_s, path};
}

std::optional<Facts> probe(const QString &path, QString *error)
{
    const QString exe = program(u"ffprobe"_s);
    if (exe.isEmpty()) {
        fail(error, QCoreApplication::translate("mms::ffmpeg", "ffprobe is not installed (Debian package ffmpeg)"));
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, QStringList{u"-v"_s, u"error"_s, u"-print_format"_s, u"json"_s, u"-show_format"_s, u"-show_streams"_s} + guarded()
                     + QStringList{path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        fail(error, QCoreApplication::translate("mms::ffmpeg", "the file cannot be read as media: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed().left(300)));
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    Facts f;
    const double seconds = root.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
    if (seconds > 0)
        f.durationMs = qint64(seconds * 1000 + 0.5);
    for (const QJsonValue &sv : root.value(u"streams"_s).toArray()) {
        const QJsonObject s = sv.toObject();
        const QString type = s.value(u"codec_type"_s).toString();
        if (type == u"video"_s && !f.hasVideo) {
            f.hasVideo = true;
            f.videoCodec = s.value(u"codec_name"_s).toString();
            f.width = s.value(u"width"_s).toInt();
            f.height = s.value(u"height"_s).toInt();
            f.frames = s.value(u"nb_frames"_s).toString().toInt();
        } else if (type == u"audio"_s && !f.hasAudio) {
            f.hasAudio = true;
            f.audioCodec = s.value(u"codec_name"_s).toString();
        }
    }
    return f;
}

bool run(const QStringList &args, const std::function<void(qint64)> &onProgress,
         const std::atomic<bool> *cancel, QString *error)
{
    const QString exe = program(u"ffmpeg"_s);
    if (exe.isEmpty())
        return fail(error, QCoreApplication::translate("mms::ffmpeg", "ffmpeg is not installed (Debian package ffmpeg)"));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(exe, QStringList{u"-hide_banner"_s, u"-nostdin"_s, u"-nostats"_s, u"-loglevel"_s, u"error"_s,
                             u"-progress"_s, u"pipe:1"_s, u"-y"_s} + args);
    if (!p.waitForStarted(10000))
        return fail(error, QCoreApplication::translate("mms::ffmpeg", "ffmpeg could not start: %1").arg(p.errorString()));
    QByteArray pending;
    QByteArray errors;
    while (p.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            p.kill();
            p.waitForFinished(5000);
            return fail(error, QCoreApplication::translate("mms::ffmpeg", "cancelled"));
        }
        p.waitForReadyRead(100);
        pending += p.readAllStandardOutput();
        errors += p.readAllStandardError();
        if (errors.size() > 64 * 1024)
            errors = errors.right(16 * 1024);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            // out_time_us (out_time_ms is microseconds too, despite its name).
            if (line.startsWith("out_time_us=") && onProgress) {
                const qint64 us = line.mid(12).toLongLong();
                if (us > 0)
                    onProgress(us / 1000);
            }
        }
    }
    errors += p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(error, QCoreApplication::translate("mms::ffmpeg", "ffmpeg failed: %1").arg(QString::fromUtf8(errors).trimmed().right(400)));
    return true;
}

} // namespace mms::ffmpeg
