#include "design/AudioDuration.h"

#include "design/MediaProbe.h"

namespace mms {
namespace {

qint64 mp3DurationMs(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype at = 0;
    // ID3v2: "ID3", version, flags, a 28-bit syncsafe size.
    if (n >= 10 && p[0] == 'I' && p[1] == 'D' && p[2] == '3')
        at = 10 + (qsizetype(p[6] & 0x7f) << 21 | qsizetype(p[7] & 0x7f) << 14 | qsizetype(p[8] & 0x7f) << 7 | (p[9] & 0x7f));
    // kbit/s by [MPEG-1?][index]; sample rates by version.
    static const int bitrates[2][16] = {{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},
                                        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}};
    static const int rates[3] = {44100, 48000, 32000};
    qint64 samples = 0;
    int sampleRate = 0;
    int frames = 0;
    while (at + 4 <= n) {
        if (p[at] != 0xff || (p[at + 1] & 0xe0) != 0xe0) {
            if (frames == 0 && at < qsizetype(64 * 1024)) { // junk before the first frame
                ++at;
                continue;
            }
            break;
        }
        const int version = (p[at + 1] >> 3) & 3; // 0: 2.5, 2: 2, 3: 1
        const int layer = (p[at + 1] >> 1) & 3;   // 1: layer III
        const int bitrateIndex = p[at + 2] >> 4;
        const int rateIndex = (p[at + 2] >> 2) & 3;
        const int padding = (p[at + 2] >> 1) & 1;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            if (frames == 0) {
                ++at;
                continue;
            }
            break;
        }
        const bool mpeg1 = version == 3;
        const int rate = rates[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
        const int kbps = bitrates[mpeg1 ? 1 : 0][bitrateIndex];
        const int perFrame = mpeg1 ? 1152 : 576;
        const qsizetype length = qsizetype(perFrame / 8) * kbps * 1000 / rate + padding;
        if (length < 4)
            break;
        samples += perFrame;
        sampleRate = rate;
        ++frames;
        at += length;
    }
    // A frame or two is a coincidence of bytes, not a sound.
    return frames >= 3 && sampleRate > 0 ? samples * 1000 / sampleRate : -1;
}

qint64 amrDurationMs(const QByteArray &data)
{
    const bool wide = data.startsWith("#!AMR-WB\n");
    if (!wide && !data.startsWith("#!AMR\n"))
        return -1;
    // Bytes of a frame (with its header byte) by frame type; 0: not a valid type.
    static const int narrow[16] = {13, 14, 16, 18, 20, 21, 27, 32, 6, 0, 0, 0, 0, 0, 0, 1};
    static const int broad[16] = {18, 24, 33, 37, 41, 47, 51, 59, 61, 6, 0, 0, 0, 0, 1, 1};
    const int *sizes = wide ? broad : narrow;
    qsizetype at = wide ? 9 : 6;
    qint64 frames = 0;
    while (at < data.size()) {
        const int size = sizes[(uchar(data.at(at)) >> 3) & 0x0f];
        if (size == 0 || at + size > data.size())
            break;
        at += size;
        ++frames;
    }
    return frames > 0 ? frames * 20 : -1;
}

} // namespace

qint64 audioDurationMs(const QByteArray &data)
{
    if (const qint64 amr = amrDurationMs(data); amr >= 0)
        return amr;
    if (data.size() >= 12 && data.mid(4, 4) == "ftyp")
        return MediaProbe::mp4DurationMs(data);
    return mp3DurationMs(data);
}

} // namespace mms
