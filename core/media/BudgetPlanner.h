#pragma once

#include <QList>
#include <QString>

namespace mms {

// Decides how many bytes each media item of a template may use so that the whole fits the size
// limit, and how to encode each one to reach it. Plain numbers in, plain numbers out: the
// transcoders do the work.
struct MediaItem
{
    enum class Kind { Text, Image, Gif, Video, Audio, Other };
    Kind kind = Kind::Other;
    qint64 bytes = 0;
    qint64 durationMs = 0; // video and audio
    int width = 0;         // image and video, when known
    int height = 0;
    bool hasAudio = false; // video
};

struct VideoTarget
{
    int maxLongSide = 480;
    int fps = 25;
    int videoKbps = 0;
    int audioKbps = 0; // 0: no audio track
};

struct ImageTarget
{
    int maxLongSide = 720;
};

struct ItemPlan
{
    bool keep = true;    // already within its share: left as it is
    qint64 budget = 0;   // bytes the item may use
    VideoTarget video;   // for Video
    int audioKbps = 0;   // for Audio
    ImageTarget image;   // for Image and Gif
};

struct BudgetPlan
{
    bool feasible = true; // false when the fixed items alone exceed the limit
    qint64 limit = 0;
    qint64 usable = 0;    // limit minus a safety margin for container overhead
    qint64 fixedBytes = 0;
    QList<ItemPlan> items; // one per input item, same order
};

struct PlannerSettings
{
    int maxLongSide = 480;       // video, phone-sized
    int maxImageLongSide = 720;
    double safetyMargin = 0.04;  // of the limit, kept free for muxing overhead
};

class BudgetPlanner
{
public:
    static BudgetPlan plan(const QList<MediaItem> &items, qint64 limitBytes, const PlannerSettings &settings = {});
    // Encoder settings that spend `bytes` on `durationMs` of video at best.
    static VideoTarget videoTarget(qint64 bytes, qint64 durationMs, bool hasAudio, const PlannerSettings &settings = {});
};

} // namespace mms
