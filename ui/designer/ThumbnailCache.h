#pragma once

#include "protocol/MmsTemplate.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class QMediaPlayer;
class QVideoSink;
class QBuffer;

namespace mms {

// Small pictures of frames for the storyboard: the first image, else the first video frame,
// else an excerpt of the text. Video frames are decoded asynchronously (Qt Multimedia); the
// cache emits updated() when one arrives. QWidget::grab() cannot capture video, so the sink's
// frames are what we use (QVideoFrame::toImage).
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static constexpr QSize kSize{120, 90};

    QImage forFrame(const Frame &frame);
    // The first video frame of data, if decoded already (a request is queued otherwise).
    QImage videoFrame(const Attachment &video);

Q_SIGNALS:
    void updated();

private:
    void decodeNext();
    void finishCurrent(const QImage &image);

    QCache<QByteArray, QImage> m_cache;
    QList<QPair<QByteArray, Attachment>> m_queue;
    QSet<QByteArray> m_failed;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_currentKey;
};

} // namespace mms
