#pragma once

#include "media/BudgetPlanner.h"
#include "protocol/MmsTemplate.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace mms {

struct FitChange
{
    int frame = -1;
    int attachment = -1;
    Attachment before;
    Attachment after;
};

struct FitResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QList<FitChange> changes;
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
};

// Makes a template's media fit its size limit: plans each item's share (BudgetPlanner), then
// re-encodes the items over their share with FFmpeg (video to H.264/AAC MP4 with faststart,
// audio to MP3) or Qt (images to JPEG, or PNG where transparency matters and it fits), retrying
// with fewer bits when a result is still too big. Work happens in a temporary folder that is
// removed at the end, so a cancel or a failure leaves nothing behind. Blocking: run it off the
// GUI thread.
class TemplateFitter
{
public:
    struct Options
    {
        qint64 limitBytes = 1900 * 1024;
        PlannerSettings settings;
        int onlyFrame = -1; // fit one item (its share of the whole), or all when -1
        int onlyAttachment = -1;
    };
    using Progress = std::function<void(int permille, const QString &what)>;

    static FitResult fit(const MmsTemplate &tpl, const Options &options, const Progress &progress,
                         const std::atomic<bool> *cancel);
    // A quick plan without FFmpeg (durations from MP4 headers, else estimated): which items are
    // over their share, for the designer to name them. Pairs of (frame, attachment) with budget.
    struct Share
    {
        int frame;
        int attachment;
        qint64 budget;
    };
    static QList<Share> overShare(const MmsTemplate &tpl, qint64 limitBytes);
    static MediaItem::Kind kindOf(const Attachment &a);
};

} // namespace mms
