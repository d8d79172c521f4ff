// Exporting the preview of a 9-frame, 30-second template as an MP4 (PreviewExport: a piece per
// frame, then joined), beside one plain FFmpeg encode of 30 s of video with sound at the same
// size and settings in the same run. Goal (issue 22): faster than real time on 2 cores (≤ 15 s).
#include "design/PreviewExport.h"
#include "media/Ffmpeg.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
bool ffmpegRun(const QStringList &args)
{
    QProcess p;
    p.start(mms::ffmpeg::program(u"ffmpeg"_s), QStringList{u"-v"_s, u"error"_s, u"-y"_s} + args);
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    // Three 4 s videos with sound, three 3 s pictures with text, three 10/3 s texts with an MP3.
    if (!ffmpegRun({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=640x360:rate=25:duration=4"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"sine=frequency=440:duration=4"_s, u"-c:v"_s, u"libx264"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-c:a"_s, u"aac"_s,
                    u"-shortest"_s, dir.filePath(u"clip.mp4"_s)})
        || !ffmpegRun({u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=660:duration=4"_s, u"-c:a"_s, u"libmp3lame"_s, dir.filePath(u"tone.mp3"_s)})) {
        std::printf("ffmpeg could not make the media\n");
        return 1;
    }
    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(0xc0, 0x39, 0x2b));
    QPainter(&photo).fillRect(100, 100, 600, 400, QColor(0xf1, 0xc4, 0x0f));
    photo.save(dir.filePath(u"photo.jpg"_s));
    mms::MmsTemplate tpl;
    tpl.subject = u"双十二预热"_s;
    const QByteArray text = u"${Text1}您好，双十二全场五折起，限时三天。拒收请回复R"_s.toUtf8();
    for (int i = 0; i < 3; ++i) {
        tpl.frames << mms::Frame{4000, {mms::Attachment{u"clip%1.mp4"_s.arg(i), readAll(dir.filePath(u"clip.mp4"_s))}}};
        tpl.frames << mms::Frame{3000, {mms::Attachment{u"p%1.jpg"_s.arg(i), readAll(dir.filePath(u"photo.jpg"_s))},
                                        mms::Attachment{u"t%1.txt"_s.arg(i), text}}};
        tpl.frames << mms::Frame{3333, {mms::Attachment{u"u%1.txt"_s.arg(i), text}, mms::Attachment{u"a%1.mp3"_s.arg(i), readAll(dir.filePath(u"tone.mp3"_s))}}};
    }
    qint64 total = 0;
    for (const mms::Frame &f : tpl.frames)
        total += f.durationMs;
    mms::PreviewExportOptions options;
    options.values.insert(u"Text1"_s, u"张三"_s);
    QElapsedTimer t;
    t.start();
    const mms::PreviewExportResult r = mms::exportPreview(tpl, dir.filePath(u"preview.mp4"_s), options);
    const double exportS = t.elapsed() / 1000.0;
    if (!r.ok) {
        std::printf("export failed: %s\n", qPrintable(r.error));
        return 1;
    }
    QString error;
    const auto facts = mms::ffmpeg::probe(dir.filePath(u"preview.mp4"_s), &error);
    t.start();
    ffmpegRun({u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=540x960:rate=25:duration=%1"_s.arg(total / 1000.0), u"-f"_s, u"lavfi"_s, u"-i"_s,
               u"sine=frequency=440:duration=%1"_s.arg(total / 1000.0), u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, u"-crf"_s,
               u"26"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"96k"_s, dir.filePath(u"plain.mp4"_s)});
    const double plainS = t.elapsed() / 1000.0;
    std::printf("template: %lld frames, %.1f s of slideshow\n", static_cast<long long>(tpl.frames.size()), total / 1000.0);
    std::printf("preview export (MP4, 540x960): %.1f s (%.2fx real time), output %.1f s, %.0f KB\n", exportS, exportS / (total / 1000.0),
                facts ? facts->durationMs / 1000.0 : -1.0, QFile(dir.filePath(u"preview.mp4"_s)).size() / 1024.0);
    std::printf("baseline, one plain FFmpeg encode of %.1f s at the same size and settings: %.1f s\n", total / 1000.0, plainS);
    return 0;
}
