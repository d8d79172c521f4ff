#include "design/MediaProbe.h"

#include "import/CharsetDetector.h"
#include "protocol/Encoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool startsWith(const QByteArray &head, const char *magic, int offset = 0)
{
    return head.mid(offset).startsWith(QByteArray(magic));
}
} // namespace

bool MediaProbe::contentMatchesName(const QByteArray &head, const QString &fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == u"jpg"_s || ext == u"jpeg"_s)
        return startsWith(head, "\xFF\xD8\xFF");
    if (ext == u"png"_s)
        return startsWith(head, "\x89PNG\r\n\x1A\n");
    if (ext == u"gif"_s)
        return startsWith(head, "GIF87a") || startsWith(head, "GIF89a");
    if (ext == u"mp4"_s || ext == u"3gp"_s || ext == u"m4a"_s)
        return startsWith(head, "ftyp", 4);
    if (ext == u"mp3"_s)
        return startsWith(head, "ID3") || (head.size() >= 2 && uchar(head[0]) == 0xFF && (uchar(head[1]) & 0xE0) == 0xE0);
    if (ext == u"amr"_s)
        return startsWith(head, "#!AMR");
    if (ext == u"wav"_s)
        return startsWith(head, "RIFF") && startsWith(head, "WAVE", 8);
    if (ext == u"aac"_s)
        return startsWith(head, "ADIF") || (head.size() >= 2 && uchar(head[0]) == 0xFF && (uchar(head[1]) & 0xF6) == 0xF0);
    return true; // text: any bytes, checked for UTF-8 separately
}

qint64 MediaProbe::mp4DurationMs(const QByteArray &data)
{
    // Boxes: 4-byte size, 4-byte type. mvhd sits in moov; walk the top level, then moov.
    auto be32 = [&data](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > data.size())
            return 0;
        const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
        return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
    };
    auto find = [&](qsizetype from, qsizetype to, const char *type) -> qsizetype {
        qsizetype at = from;
        while (at + 8 <= to) {
            quint64 size = be32(at);
            if (size == 1 && at + 16 <= to)
                size = quint64(be32(at + 8)) << 32 | be32(at + 12);
            else if (size == 0)
                size = quint64(to - at);
            if (size < 8)
                return -1;
            if (data.mid(at + 4, 4) == type)
                return at;
            // A size past the end (a damaged or hostile file) ends the walk (found by fuzzing).
            if (size > quint64(to - at))
                return -1;
            at += qsizetype(size);
        }
        return -1;
    };
    const qsizetype moov = find(0, data.size(), "moov");
    if (moov < 0)
        return -1;
    const qsizetype mvhd = find(moov + 8, qMin<qsizetype>(data.size(), moov + be32(moov)), "mvhd");
    if (mvhd < 0 || mvhd + 32 > data.size())
        return -1;
    const int version = uchar(data.at(mvhd + 8));
    quint64 timescale = 0, duration = 0;
    if (version == 1) {
        timescale = be32(mvhd + 28);
        duration = quint64(be32(mvhd + 32)) << 32 | be32(mvhd + 36);
    } else {
        timescale = be32(mvhd + 20);
        duration = be32(mvhd + 24);
    }
    if (timescale == 0)
        return -1;
    return qint64(duration * 1000 / timescale);
}

ProbedFile MediaProbe::probe(const QString &path)
{
    ProbedFile r;
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    if (!fi.exists()) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 does not exist.").arg(path);
        return r;
    }
    if (fi.isDir()) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is a folder; drop the files inside it instead.").arg(name);
        return r;
    }
    const MediaKind kind = mediaKindForFileName(name);
    if (kind == MediaKind::Unsupported) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1: .%2 files cannot go in a template. Use text (txt), images (jpg, png, gif), video (mp4, 3gp) or audio (mp3, amr, aac, m4a, wav).")
                      .arg(name, fi.suffix());
        return r;
    }
    if (fi.size() == 0) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is empty (0 bytes).").arg(name);
        return r;
    }
    if (fi.size() > kMaxFileBytes) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is %2: files over %3 are not accepted, and a whole template may hold at most 1.9 MB. Shorten it first.")
                      .arg(name, size(fi.size()), size(kMaxFileBytes));
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 cannot be read: %2").arg(name, f.errorString());
        return r;
    }
    const QByteArray data = f.readAll();
    if (data.size() != fi.size()) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 could not be read completely.").arg(name);
        return r;
    }
    if (!contentMatchesName(data.left(64), name)) {
        r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is not really a %2 file (its content does not match its name); was it renamed?")
                      .arg(name, fi.suffix().toUpper());
        return r;
    }
    r.attachment = Attachment{name, data};
    if (kind == MediaKind::Text) {
        // A UTF-8 BOM is dropped: the platform reads the bytes as they are.
        if (r.attachment.data.startsWith("\xEF\xBB\xBF"))
            r.attachment.data.remove(0, 3);
        if (!encoding::isValidUtf8(r.attachment.data)) {
            const DetectedCharset cs = detectCharset(data);
            QStringDecoder decoder(cs.codec.constData());
            if (!decoder.isValid()) {
                r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is not UTF-8 text and its encoding is unknown.").arg(name);
                return r;
            }
            const QString text = decoder.decode(data.mid(cs.bomLength));
            if (decoder.hasError()) {
                r.error = QCoreApplication::translate("mms::MediaProbe", "%1 is not UTF-8 text and could not be read as %2.").arg(name, cs.label);
                return r;
            }
            r.needsConversion = true;
            r.encodingLabel = cs.label;
            r.convertedUtf8 = text.toUtf8();
        }
    }
    r.ok = true;
    return r;
}

} // namespace mms
