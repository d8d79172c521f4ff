#include "media/BudgetPlanner.h"

#include <cmath>

namespace mms {
namespace {
// What each kind would ideally take on a phone, in bytes: the shares are proportional to it,
// so a 20 s video gets far more than a logo, and a logo more than a short sound.
double idealBytes(const MediaItem &m)
{
    const double seconds = qMax<qint64>(1000, m.durationMs) / 1000.0;
    switch (m.kind) {
    case MediaItem::Kind::Video:
        return seconds * 450'000 / 8;
    case MediaItem::Kind::Audio:
        return seconds * 48'000 / 8;
    case MediaItem::Kind::Image:
    case MediaItem::Kind::Gif:
        return 120'000;
    default:
        return 0;
    }
}

bool adjustable(MediaItem::Kind k)
{
    return k == MediaItem::Kind::Video || k == MediaItem::Kind::Audio || k == MediaItem::Kind::Image
           || k == MediaItem::Kind::Gif;
}
} // namespace

VideoTarget BudgetPlanner::videoTarget(qint64 bytes, qint64 durationMs, bool hasAudio, const PlannerSettings &settings)
{
    VideoTarget t;
    const double seconds = qMax<qint64>(100, durationMs) / 1000.0;
    // MP4 overhead is about 2% plus a few KB of headers.
    const double payloadBits = qMax(0.0, (bytes * 0.98 - 4096) * 8.0);
    const int totalKbps = int(payloadBits / seconds / 1000);
    t.audioKbps = hasAudio ? qBound(16, totalKbps / 8, 64) : 0;
    t.videoKbps = qMax(20, totalKbps - t.audioKbps);
    t.maxLongSide = settings.maxLongSide;
    t.fps = 25;
    // Fewer bits: fewer pixels and pictures, which look better than a smeared full size.
    if (t.videoKbps < 400)
        t.maxLongSide = qMin(t.maxLongSide, 426);
    if (t.videoKbps < 200) {
        t.maxLongSide = qMin(t.maxLongSide, 320);
        t.fps = 15;
    }
    if (t.videoKbps < 80) {
        t.maxLongSide = qMin(t.maxLongSide, 240);
        t.fps = 10;
    }
    return t;
}

BudgetPlan BudgetPlanner::plan(const QList<MediaItem> &items, qint64 limitBytes, const PlannerSettings &settings)
{
    BudgetPlan p;
    p.limit = limitBytes;
    p.usable = qint64(limitBytes * (1.0 - settings.safetyMargin));
    p.items.resize(items.size());
    QList<bool> open(items.size(), false);
    for (int i = 0; i < items.size(); ++i) {
        p.items[i].budget = items.at(i).bytes;
        if (adjustable(items.at(i).kind))
            open[i] = true;
        else
            p.fixedBytes += items.at(i).bytes;
    }
    if (p.fixedBytes >= p.usable) {
        p.feasible = false;
        return p;
    }
    // Water-filling: share what is left by ideal size; an item already below its share keeps
    // its size, and what it does not use goes to the others.
    for (bool changed = true; changed;) {
        changed = false;
        double ideal = 0;
        qint64 fixed = p.fixedBytes;
        for (int i = 0; i < items.size(); ++i) {
            if (open[i])
                ideal += idealBytes(items.at(i));
            else if (adjustable(items.at(i).kind))
                fixed += items.at(i).bytes;
        }
        const double available = double(p.usable - fixed);
        if (ideal <= 0)
            break;
        const double scale = available / ideal;
        for (int i = 0; i < items.size(); ++i) {
            if (!open[i])
                continue;
            const double share = scale * idealBytes(items.at(i));
            if (items.at(i).bytes <= share) {
                open[i] = false; // fits already
                changed = true;
            } else {
                p.items[i].budget = qint64(std::floor(share));
            }
        }
        if (available <= 0)
            p.feasible = false;
    }
    for (int i = 0; i < items.size(); ++i) {
        ItemPlan &ip = p.items[i];
        const MediaItem &m = items.at(i);
        ip.keep = !open[i];
        if (ip.keep) {
            ip.budget = m.bytes;
            continue;
        }
        switch (m.kind) {
        case MediaItem::Kind::Video:
            ip.video = videoTarget(ip.budget, m.durationMs, m.hasAudio, settings);
            break;
        case MediaItem::Kind::Audio: {
            const double seconds = qMax<qint64>(100, m.durationMs) / 1000.0;
            ip.audioKbps = qBound(8, int((ip.budget * 0.97 - 1024) * 8 / seconds / 1000), 128);
            break;
        }
        case MediaItem::Kind::Image:
        case MediaItem::Kind::Gif:
            ip.image.maxLongSide = ip.budget < 40'000 ? qMin(480, settings.maxImageLongSide) : settings.maxImageLongSide;
            break;
        default:
            break;
        }
    }
    return p;
}

} // namespace mms
