#include "design/TemplateFitter.h"

#include "design/MediaProbe.h"
#include "media/Ffmpeg.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString withSuffix(const QString &name, const QString &suffix)
{
    return QFileInfo(name).completeBaseName() + u'.' + suffix;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Flat
{
    int frame;
    int attachment;
    const Attachment *a;
};

QList<Flat> flatten(const MmsTemplate &tpl)
{
    QList<Flat> out;
    for (int f = 0; f < tpl.frames.size(); ++f)
        for (int i = 0; i < tpl.frames.at(f).attachments.size(); ++i)
            out.append({f, i, &tpl.frames.at(f).attachments.at(i)});
    return out;
}

// Scales to the long side and re-compresses until the image fits its budget.
std::optional<Attachment> fitImage(const Attachment &in, const ItemPlan &plan, QString *error)
{
    QBuffer buf;
    buf.setData(in.data);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf);
    reader.setAutoTransform(true);
    QImage img = reader.read();
    if (img.isNull()) {
        *error = QCoreApplication::translate("mms::TemplateFitter", "%1 cannot be read as a picture").arg(in.fileName);
        return std::nullopt;
    }
    int longSide = plan.image.maxLongSide;
    for (int attempt = 0; attempt < 8; ++attempt, longSide = longSide * 3 / 4) {
        QImage scaled = img;
        if (qMax(img.width(), img.height()) > longSide)
            scaled = img.scaled(QSize(longSide, longSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        // Transparency needs PNG; try it first when the original has it.
        if (img.hasAlphaChannel() && in.fileName.endsWith(u".png"_s, Qt::CaseInsensitive)) {
            QByteArray png;
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            scaled.save(&out, "PNG");
            if (png.size() <= plan.budget)
                return Attachment{in.fileName, png};
        }
        // JPEG has no transparency: flatten onto white, as a phone's screen shows it.
        QImage opaque(scaled.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        {
            QPainter painter(&opaque);
            painter.drawImage(0, 0, scaled);
        }
        // The best quality that fits: binary search on JPEG quality.
        QByteArray best;
        int lo = 25, hi = 92;
        while (lo <= hi) {
            const int q = (lo + hi) / 2;
            QByteArray jpg;
            QBuffer out(&jpg);
            out.open(QIODevice::WriteOnly);
            opaque.save(&out, "JPEG", q);
            if (jpg.size() <= plan.budget) {
                best = jpg;
                lo = q + 1;
            } else {
                hi = q - 1;
            }
        }
        if (!best.isEmpty())
            return Attachment{withSuffix(in.fileName, u"jpg"_s), best};
    }
    *error = QCoreApplication::translate("mms::TemplateFitter", "%1 cannot be made small enough (%2 bytes)").arg(in.fileName).arg(plan.budget);
    return std::nullopt;
}

// A temporary file's suffix from an attachment's name: letters and digits only.
QString tempSuffix(const QString &fileName)
{
    static const QRegularExpression plain(u"^[a-z0-9]{1,5}$"_s);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return plain.match(suffix).hasMatch() ? suffix : u"bin"_s;
}

std::optional<Attachment> fitVideo(const Attachment &in, const ItemPlan &plan, const ffmpeg::Facts &facts,
                                   const QString &work, const std::function<void(int)> &progress,
                                   const std::atomic<bool> *cancel, QString *error)
{
    // Never the attachment's own name in a path: a hostile one ("../x") would leave the folder.
    const QString src = work + u"/in."_s + tempSuffix(in.fileName);
    const QString dst = work + u"/out.mp4"_s;
    if (!writeBytes(src, in.data)) {
        *error = QCoreApplication::translate("mms::TemplateFitter", "cannot write a temporary file");
        return std::nullopt;
    }
    VideoTarget t = plan.video;
    for (int attempt = 0; attempt < 4; ++attempt) {
        // Even sizes (H.264 needs them), never larger than the original.
        const QString scale = u"scale='min(%1,iw)':'min(%1,ih)':force_original_aspect_ratio=decrease,"
                              "scale=trunc(iw/2)*2:trunc(ih/2)*2,fps=%2"_s.arg(t.maxLongSide).arg(t.fps);
        QStringList args = ffmpeg::inputArgs(src) + QStringList{u"-map"_s, u"0:v:0"_s};
        if (t.audioKbps > 0)
            args << u"-map"_s << u"0:a:0"_s;
        args << u"-vf"_s << scale << u"-c:v"_s << u"libx264"_s << u"-preset"_s << u"medium"_s
             << u"-profile:v"_s << u"main"_s << u"-pix_fmt"_s << u"yuv420p"_s
             << u"-b:v"_s << u"%1k"_s.arg(t.videoKbps) << u"-maxrate"_s << u"%1k"_s.arg(t.videoKbps * 3 / 2)
             << u"-bufsize"_s << u"%1k"_s.arg(t.videoKbps * 2);
        if (t.audioKbps > 0)
            args << u"-c:a"_s << u"aac"_s << u"-b:a"_s << u"%1k"_s.arg(t.audioKbps) << u"-ac"_s << u"1"_s;
        else
            args << u"-an"_s;
        args << u"-movflags"_s << u"+faststart"_s << dst;
        QString why;
        const bool ok = ffmpeg::run(args, [&](qint64 ms) {
            if (facts.durationMs > 0)
                progress(int(qMin<qint64>(1000, ms * 1000 / facts.durationMs)));
        }, cancel, &why);
        if (!ok) {
            *error = QCoreApplication::translate("mms::TemplateFitter", "%1: %2").arg(in.fileName, why);
            return std::nullopt;
        }
        const QByteArray out = readBytes(dst);
        if (!out.isEmpty() && out.size() <= plan.budget)
            return Attachment{withSuffix(in.fileName, u"mp4"_s), out};
        // Too big: fewer bits in proportion, with some room.
        const double ratio = out.isEmpty() ? 0.7 : double(plan.budget) / out.size() * 0.92;
        const int total = int((t.videoKbps + t.audioKbps) * ratio);
        t = BudgetPlanner::videoTarget(qint64(total) * 1000 / 8 * qMax<qint64>(1, facts.durationMs) / 1000,
                                       facts.durationMs, t.audioKbps > 0);
    }
    *error = QCoreApplication::translate("mms::TemplateFitter", "%1 could not be made small enough").arg(in.fileName);
    return std::nullopt;
}

std::optional<Attachment> fitAudio(const Attachment &in, const ItemPlan &plan, const ffmpeg::Facts &facts,
                                   const QString &work, const std::function<void(int)> &progress,
                                   const std::atomic<bool> *cancel, QString *error)
{
    const QString src = work + u"/in."_s + tempSuffix(in.fileName);
    const QString dst = work + u"/out.mp3"_s;
    if (!writeBytes(src, in.data)) {
        *error = QCoreApplication::translate("mms::TemplateFitter", "cannot write a temporary file");
        return std::nullopt;
    }
    int kbps = plan.audioKbps;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QString why;
        const QStringList args = ffmpeg::inputArgs(src) + QStringList{u"-vn"_s, u"-ac"_s, u"1"_s, u"-ar"_s, kbps < 48 ? u"22050"_s : u"44100"_s,
                                                                      u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"%1k"_s.arg(kbps), dst};
        if (!ffmpeg::run(args, [&](qint64 ms) {
                if (facts.durationMs > 0)
                    progress(int(qMin<qint64>(1000, ms * 1000 / facts.durationMs)));
            }, cancel, &why)) {
            *error = QCoreApplication::translate("mms::TemplateFitter", "%1: %2").arg(in.fileName, why);
            return std::nullopt;
        }
        const QByteArray out = readBytes(dst);
        if (!out.isEmpty() && out.size() <= plan.budget)
            return Attachment{withSuffix(in.fileName, u"mp3"_s), out};
        kbps = qMax(8, int(kbps * 0.8));
    }
    *error = QCoreApplication::translate("mms::TemplateFitter", "%1 could not be made small enough").arg(in.fileName);
    return std::nullopt;
}

// Durations without FFmpeg, for the quick plan: MP4 headers, else a typical bit rate.
qint64 guessDurationMs(const Attachment &a, MediaItem::Kind kind)
{
    if (kind == MediaItem::Kind::Video || a.fileName.endsWith(u".m4a"_s, Qt::CaseInsensitive)) {
        const qint64 ms = MediaProbe::mp4DurationMs(a.data);
        if (ms > 0)
            return ms;
    }
    if (kind == MediaItem::Kind::Audio)
        return a.data.size() * 8 / 128; // as if 128 kbps
    if (kind == MediaItem::Kind::Video)
        return a.data.size() * 8 / 1500; // as if 1.5 Mbps
    return 0;
}
} // namespace

MediaItem::Kind TemplateFitter::kindOf(const Attachment &a)
{
    switch (a.kind()) {
    case MediaKind::Text:
        return MediaItem::Kind::Text;
    case MediaKind::Image:
        return a.fileName.endsWith(u".gif"_s, Qt::CaseInsensitive) ? MediaItem::Kind::Gif : MediaItem::Kind::Image;
    case MediaKind::Video:
        return MediaItem::Kind::Video;
    case MediaKind::Audio:
        return MediaItem::Kind::Audio;
    case MediaKind::Unsupported:
        break;
    }
    return MediaItem::Kind::Other;
}

QList<TemplateFitter::Share> TemplateFitter::overShare(const MmsTemplate &tpl, qint64 limitBytes)
{
    const QList<Flat> flat = flatten(tpl);
    QList<MediaItem> items;
    for (const Flat &f : flat) {
        MediaItem m;
        m.kind = kindOf(*f.a);
        m.bytes = f.a->data.size();
        m.durationMs = guessDurationMs(*f.a, m.kind);
        m.hasAudio = true;
        items << m;
    }
    const BudgetPlan plan = BudgetPlanner::plan(items, limitBytes);
    QList<Share> out;
    for (int i = 0; i < flat.size(); ++i) {
        if (!plan.items.at(i).keep)
            out.append({flat.at(i).frame, flat.at(i).attachment, plan.items.at(i).budget});
    }
    return out;
}

FitResult TemplateFitter::fit(const MmsTemplate &tpl, const Options &options, const Progress &progress,
                              const std::atomic<bool> *cancel)
{
    FitResult r;
    r.bytesBefore = tpl.mediaBytes();
    const QList<Flat> flat = flatten(tpl);
    QTemporaryDir work; // removed when this returns, whatever happens
    if (!work.isValid()) {
        r.error = QCoreApplication::translate("mms::TemplateFitter", "cannot create a temporary folder");
        return r;
    }
    const bool needsFfmpeg = std::any_of(flat.cbegin(), flat.cend(), [](const Flat &f) {
        const auto k = kindOf(*f.a);
        return k == MediaItem::Kind::Video || k == MediaItem::Kind::Audio;
    });
    if (needsFfmpeg && !ffmpeg::available()) {
        r.error = QCoreApplication::translate("mms::TemplateFitter", "FFmpeg is not installed (Debian package ffmpeg); it is needed to fit video and sound");
        return r;
    }
    // Facts first: real durations and whether videos have sound.
    QList<MediaItem> items;
    QList<ffmpeg::Facts> facts;
    for (int i = 0; i < flat.size(); ++i) {
        const Attachment &a = *flat.at(i).a;
        MediaItem m;
        m.kind = kindOf(a);
        m.bytes = a.data.size();
        ffmpeg::Facts fa;
        if (m.kind == MediaItem::Kind::Video || m.kind == MediaItem::Kind::Audio) {
            const QString path = work.filePath(u"probe-%1-"_s.arg(i) + a.fileName);
            writeBytes(path, a.data);
            QString why;
            const auto probed = ffmpeg::probe(path, &why);
            QFile::remove(path);
            if (!probed) {
                r.error = QCoreApplication::translate("mms::TemplateFitter", "%1: %2").arg(a.fileName, why);
                return r;
            }
            fa = *probed;
            m.durationMs = fa.durationMs;
            m.hasAudio = fa.hasAudio;
            m.width = fa.width;
            m.height = fa.height;
        }
        items << m;
        facts << fa;
        if (cancel && cancel->load()) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("mms::TemplateFitter", "cancelled");
            return r;
        }
    }
    const BudgetPlan plan = BudgetPlanner::plan(items, options.limitBytes, options.settings);
    if (!plan.feasible) {
        r.error = QCoreApplication::translate("mms::TemplateFitter", "the texts and files that cannot be shrunk already take %1 bytes of %2").arg(plan.fixedBytes).arg(options.limitBytes);
        return r;
    }
    QList<int> todo;
    for (int i = 0; i < flat.size(); ++i) {
        const bool selected = options.onlyFrame < 0
                              || (flat.at(i).frame == options.onlyFrame && flat.at(i).attachment == options.onlyAttachment);
        if (selected && !plan.items.at(i).keep)
            todo << i;
    }
    for (int n = 0; n < todo.size(); ++n) {
        const int i = todo.at(n);
        const Attachment &a = *flat.at(i).a;
        const ItemPlan &ip = plan.items.at(i);
        auto itemProgress = [&](int permille) {
            if (progress)
                progress((n * 1000 + permille) / int(todo.size()), a.fileName);
        };
        itemProgress(0);
        QString why;
        std::optional<Attachment> out;
        switch (items.at(i).kind) {
        case MediaItem::Kind::Video:
            out = fitVideo(a, ip, facts.at(i), work.path(), itemProgress, cancel, &why);
            break;
        case MediaItem::Kind::Audio:
            out = fitAudio(a, ip, facts.at(i), work.path(), itemProgress, cancel, &why);
            break;
        case MediaItem::Kind::Image:
        case MediaItem::Kind::Gif: // an animated GIF over its share becomes its first picture
            out = fitImage(a, ip, &why);
            break;
        default:
            break;
        }
        if (cancel && cancel->load()) {
            r.cancelled = true;
            r.error = QCoreApplication::translate("mms::TemplateFitter", "cancelled");
            r.changes.clear();
            return r;
        }
        if (!out) {
            r.error = why;
            r.changes.clear();
            return r;
        }
        r.changes.append({flat.at(i).frame, flat.at(i).attachment, a, *out});
        itemProgress(1000);
    }
    r.bytesAfter = r.bytesBefore;
    for (const FitChange &c : std::as_const(r.changes))
        r.bytesAfter += c.after.data.size() - c.before.data.size();
    r.ok = true;
    return r;
}

} // namespace mms
