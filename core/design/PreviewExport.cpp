#include "design/PreviewExport.h"

#include "media/Ffmpeg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::PreviewExport", text);
}

PreviewExportResult failed(const QString &error)
{
    PreviewExportResult r;
    r.error = error;
    return r;
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A template's file as a temporary file of its own name's kind (never its own name: a name
// from a project file is hostile).
QString mediaFile(const QTemporaryDir &work, int frame, int attachment, const Attachment &a)
{
    const QString suffix = QFileInfo(a.fileName).suffix().toLower().left(8);
    return work.filePath(u"m%1-%2.%3"_s.arg(frame).arg(attachment).arg(suffix.isEmpty() ? u"bin"_s : suffix));
}

bool putInPlace(const QString &part, const QString &path, QString *error)
{
    // rename(2) replaces an older file at once.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}
} // namespace

PreviewExportResult exportPreview(const MmsTemplate &tpl, const QString &path, const PreviewExportOptions &options,
                                  const std::function<void(int)> &progress, const std::atomic<bool> *cancel)
{
    const bool video = path.endsWith(u".mp4"_s, Qt::CaseInsensitive);
    if (!video && !path.endsWith(u".png"_s, Qt::CaseInsensitive))
        return failed(tr("a preview is saved as .mp4 (the slideshow) or .png (the conversation view)"));
    if (tpl.frames.isEmpty())
        return failed(tr("the template has no frame"));
    if (!ffmpeg::available())
        return failed(tr("FFmpeg is not installed (Debian package ffmpeg)"));
    QTemporaryDir work; // removed when this returns, whatever happens
    if (!work.isValid())
        return failed(tr("cannot make a temporary folder"));
    const PreviewRenderer renderer(tpl, options.values, options.style);
    const QString part = QFileInfo(path).dir().filePath(u".%1.part"_s.arg(QFileInfo(path).fileName()));
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    // Every attachment FFmpeg reads, written out once.
    QHash<QString, QString> files; // "frame/attachment" -> temporary file
    for (int f = 0; f < tpl.frames.size(); ++f)
        for (int i = 0; i < tpl.frames.at(f).attachments.size(); ++i) {
            const Attachment &a = tpl.frames.at(f).attachments.at(i);
            if (a.kind() != MediaKind::Video && a.kind() != MediaKind::Audio)
                continue;
            const QString file = mediaFile(work, f, i, a);
            if (!writeBytes(file, a.data))
                return failed(tr("cannot write a temporary file"));
            files.insert(u"%1/%2"_s.arg(f).arg(i), file);
        }

    if (!video) {
        // The conversation view: each video as its first picture.
        QHash<QString, QImage> posters;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (cancelled())
                return PreviewExportResult{false, true, {}, 0};
            const QStringList fa = it.key().split(u'/');
            if (tpl.frames.at(fa.at(0).toInt()).attachments.at(fa.at(1).toInt()).kind() != MediaKind::Video)
                continue;
            const QString poster = work.filePath(u"poster-%1.png"_s.arg(QString(it.key()).replace(u'/', u'-')));
            QString why;
            if (ffmpeg::run(ffmpeg::inputArgs(it.value()) + QStringList{u"-frames:v"_s, u"1"_s, poster}, {}, cancel, &why))
                posters.insert(it.key(), QImage(poster));
        }
        const QImage picture = renderer.conversation(posters, 720);
        if (!picture.save(part, "PNG")) {
            QFile::remove(part);
            return failed(tr("cannot write %1").arg(path));
        }
        PreviewExportResult r;
        if (!putInPlace(part, path, &r.error))
            return r;
        r.ok = true;
        if (progress)
            progress(1000);
        return r;
    }

    // The slideshow: one piece per frame (its picture with the video drawn over it, its sound or
    // the video's, or silence), all of one format, then joined without encoding again.
    const QSize size = options.videoSize;
    qint64 total = 0;
    for (const Frame &f : tpl.frames)
        total += qMax(100, f.durationMs);
    qint64 done = 0;
    QStringList pieces;
    for (int f = 0; f < tpl.frames.size(); ++f) {
        if (cancelled())
            return PreviewExportResult{false, true, {}, 0};
        const Frame &frame = tpl.frames.at(f);
        const qint64 ms = qMax(100, frame.durationMs);
        const QString seconds = QString::number(ms / 1000.0, 'f', 3);
        QRect videoRect;
        const QString still = work.filePath(u"slide-%1.png"_s.arg(f));
        if (!renderer.slide(f, size, &videoRect).save(still, "PNG"))
            return failed(tr("cannot write a temporary file"));
        QString videoFile, audioFile;
        bool videoHasAudio = false;
        for (int i = 0; i < frame.attachments.size(); ++i) {
            const MediaKind k = frame.attachments.at(i).kind();
            const QString file = files.value(u"%1/%2"_s.arg(f).arg(i));
            if (k == MediaKind::Video && videoFile.isEmpty()) {
                videoFile = file;
                QString why;
                const auto facts = ffmpeg::probe(file, &why);
                videoHasAudio = facts && facts->hasAudio;
            } else if (k == MediaKind::Audio && audioFile.isEmpty()) {
                audioFile = file;
            }
        }
        QStringList args{u"-loop"_s, u"1"_s, u"-framerate"_s, u"25"_s, u"-t"_s, seconds, u"-i"_s, still};
        int next = 1, videoInput = -1, audioInput = -1;
        if (!videoFile.isEmpty()) {
            args += ffmpeg::inputArgs(videoFile);
            videoInput = next++;
        }
        if (!audioFile.isEmpty()) {
            args += ffmpeg::inputArgs(audioFile);
            audioInput = next++;
        } else if (videoHasAudio) {
            audioInput = videoInput;
        }
        if (audioInput < 0) {
            args << u"-f"_s << u"lavfi"_s << u"-t"_s << seconds << u"-i"_s << u"anullsrc=channel_layout=stereo:sample_rate=44100"_s;
            audioInput = next++;
        }
        QString graph;
        if (videoInput >= 0) {
            // The video in its room, its last picture held if it is shorter than the frame.
            const QRect r = videoRect.isNull() ? QRect(0, size.height() / 4, size.width(), size.width() * 9 / 16) : videoRect;
            graph = u"[%1:v]scale=%2:%3:force_original_aspect_ratio=decrease,pad=%2:%3:(ow-iw)/2:(oh-ih)/2:color=black,"
                    "fps=25,tpad=stop_mode=clone:stop_duration=%4[v];[0:v][v]overlay=%5:%6:eof_action=repeat,format=yuv420p[out]"_s
                        .arg(videoInput)
                        .arg(r.width() / 2 * 2)
                        .arg(r.height() / 2 * 2)
                        .arg(seconds)
                        .arg(r.x())
                        .arg(r.y());
        } else {
            graph = u"[0:v]format=yuv420p[out]"_s;
        }
        graph += u";[%1:a]aresample=44100,aformat=channel_layouts=stereo,apad[a]"_s.arg(audioInput);
        const QString piece = work.filePath(u"piece-%1.mp4"_s.arg(f));
        args << u"-filter_complex"_s << graph << u"-map"_s << u"[out]"_s << u"-map"_s << u"[a]"_s << u"-t"_s << seconds
             << u"-r"_s << u"25"_s << u"-c:v"_s << u"libx264"_s << u"-preset"_s << u"veryfast"_s << u"-crf"_s << u"26"_s
             << u"-pix_fmt"_s << u"yuv420p"_s << u"-c:a"_s << u"aac"_s << u"-b:a"_s << u"96k"_s << u"-ar"_s << u"44100"_s
             << u"-ac"_s << u"2"_s << piece;
        QString why;
        const bool ran = ffmpeg::run(args, [&](qint64 at) {
            if (progress)
                progress(int(qBound(qint64(0), (done + qMin(at, ms)) * 950 / total, qint64(950))));
        }, cancel, &why);
        if (!ran)
            return cancelled() ? PreviewExportResult{false, true, {}, 0} : failed(tr("frame %1 could not be made into video: %2").arg(f + 1).arg(why));
        pieces << piece;
        done += ms;
    }
    QFile list(work.filePath(u"pieces.txt"_s));
    if (!list.open(QIODevice::WriteOnly))
        return failed(tr("cannot write a temporary file"));
    for (const QString &p : std::as_const(pieces))
        list.write("file '" + QFile::encodeName(p) + "'\n");
    list.close();
    QString why;
    // Joined as they are (one format), the index first so a phone starts playing at once.
    if (!ffmpeg::run({u"-f"_s, u"concat"_s, u"-safe"_s, u"0"_s, u"-i"_s, list.fileName(), u"-c"_s, u"copy"_s, u"-movflags"_s,
                      u"+faststart"_s, u"-f"_s, u"mp4"_s, part},
                     {}, cancel, &why)) {
        QFile::remove(part);
        return cancelled() ? PreviewExportResult{false, true, {}, 0} : failed(tr("the frames could not be joined: %1").arg(why));
    }
    PreviewExportResult r;
    if (!putInPlace(part, path, &r.error))
        return r;
    r.ok = true;
    r.durationMs = total;
    if (progress)
        progress(1000);
    return r;
}

PreviewExportJob::PreviewExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewExportResult>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_path, m_watcher.result());
    });
}

PreviewExportJob::~PreviewExportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void PreviewExportJob::start(const MmsTemplate &tpl, const QString &path, const PreviewExportOptions &options)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_running = true;
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([this, tpl, path, options] {
        return exportPreview(tpl, path, options, [this](int permille) {
            QMetaObject::invokeMethod(this, [this, permille] { Q_EMIT progress(permille); }, Qt::QueuedConnection);
        }, &m_cancel);
    }));
}

} // namespace mms
