// Fit to budget: time to fit a 20-second 1080p video (test pattern with a tone) into a 1900 KB
// template, and the quality reached, side by side with a plain one-pass `ffmpeg -b:v` at the
// same bit rate and the source's size. Quality is SSIM and PSNR against the source (each output
// scaled back to 1920×1080), from FFmpeg's own filters. Run by hand; see bench/README.md.
#include "design/TemplateFitter.h"
#include "media/Ffmpeg.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
QTextStream out(stdout);

bool ff(const QStringList &args, QString *log = nullptr)
{
    QProcess p;
    p.start(mms::ffmpeg::program(u"ffmpeg"_s), QStringList{u"-hide_banner"_s, u"-nostdin"_s, u"-y"_s} + args);
    p.waitForFinished(-1);
    if (log)
        *log = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode() == 0;
}

// Both scaled to w×h: at the source's size, and at a phone's (what the recipient sees).
QPair<double, double> quality(const QString &encoded, const QString &source, int w, int h)
{
    QString log;
    const QString graph = u"[0:v]scale=%1:%2:flags=bicubic,split[a][b];[1:v]scale=%1:%2:flags=bicubic,split[c][d];[a][c]ssim;[b][d]psnr"_s.arg(w).arg(h);
    ff({u"-i"_s, encoded, u"-i"_s, source, u"-lavfi"_s, graph, u"-f"_s, u"null"_s, u"-"_s}, &log);
    const auto ssim = QRegularExpression(u"SSIM .*All:([0-9.]+)"_s).match(log);
    const auto psnr = QRegularExpression(u"PSNR .*average:([0-9.inf]+)"_s).match(log);
    return {ssim.captured(1).toDouble(), psnr.captured(1).toDouble()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!mms::ffmpeg::available()) {
        out << "FFmpeg is not installed\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString src = dir.filePath(u"source.mp4"_s);
    out << "making a 20 s 1080p source…\n";
    out.flush();
    ff({u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=1920x1080:rate=25:duration=20"_s, u"-f"_s, u"lavfi"_s,
        u"-i"_s, u"sine=frequency=440:duration=20"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, u"-crf"_s, u"16"_s,
        u"-c:a"_s, u"aac"_s, u"-shortest"_s, src});
    const QByteArray source = readAll(src);

    mms::MmsTemplate tpl;
    tpl.subject = u"bench"_s;
    tpl.frames.append({20000, {{u"1.txt"_s, "hello"_ba}, {u"product.mp4"_s, source}}});
    const qint64 limit = 1900 * 1024;
    QElapsedTimer t;
    t.start();
    const mms::FitResult r = mms::TemplateFitter::fit(tpl, {limit, {}, -1, -1}, {}, nullptr);
    const qint64 fitMs = t.elapsed();
    if (!r.ok || r.changes.isEmpty()) {
        out << "fit failed: " << r.error << "\n";
        return 1;
    }
    const QByteArray fitted = r.changes.first().after.data;
    const QString fittedPath = dir.filePath(u"fitted.mp4"_s);
    QFile f(fittedPath);
    f.open(QIODevice::WriteOnly);
    f.write(fitted);
    f.close();
    const int kbps = int(fitted.size() * 8 / 20 / 1000);

    // The plain way: one pass at the same total bit rate, full size, audio as is.
    const QString plainPath = dir.filePath(u"plain.mp4"_s);
    t.restart();
    ff({u"-v"_s, u"error"_s, u"-i"_s, src, u"-c:v"_s, u"libx264"_s, u"-b:v"_s, u"%1k"_s.arg(kbps - 64), u"-c:a"_s, u"aac"_s,
        u"-b:a"_s, u"64k"_s, plainPath});
    const qint64 plainMs = t.elapsed();
    const qint64 plainBytes = QFile(plainPath).size();

    const auto qFit = quality(fittedPath, src, 1920, 1080);
    const auto qPlain = quality(plainPath, src, 1920, 1080);
    const auto pFit = quality(fittedPath, src, 480, 270);
    const auto pPlain = quality(plainPath, src, 480, 270);
    mms::ffmpeg::Facts facts = *mms::ffmpeg::probe(fittedPath, nullptr);
    out << u"source: %1 bytes, 1920x1080, 20 s\n"_s.arg(source.size());
    out << u"| encode | time | size | fits 1900 KB | resolution | SSIM / PSNR at 1920x1080 | SSIM / PSNR at 480x270 (phone) |\n|---|---|---|---|---|---|---|\n"_s;
    out << u"| MMS Studio fit | %1 s | %2 KB | %3 | %4x%5 | %6 / %7 dB | %8 / %9 dB |\n"_s.arg(fitMs / 1000.0, 0, 'f', 1)
               .arg(fitted.size() / 1024).arg(r.bytesAfter <= limit ? u"yes"_s : u"no"_s).arg(facts.width).arg(facts.height)
               .arg(qFit.first, 0, 'f', 4).arg(qFit.second, 0, 'f', 2).arg(pFit.first, 0, 'f', 4).arg(pFit.second, 0, 'f', 2);
    out << u"| ffmpeg -b:v %1k, one pass | %2 s | %3 KB | %4 | 1920x1080 | %5 / %6 dB | %7 / %8 dB |\n"_s.arg(kbps - 64).arg(plainMs / 1000.0, 0, 'f', 1)
               .arg(plainBytes / 1024).arg(plainBytes <= limit ? u"yes"_s : u"no"_s)
               .arg(qPlain.first, 0, 'f', 4).arg(qPlain.second, 0, 'f', 2).arg(pPlain.first, 0, 'f', 4).arg(pPlain.second, 0, 'f', 2);
    return 0;
}
