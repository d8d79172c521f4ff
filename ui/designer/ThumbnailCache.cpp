#include "designer/ThumbnailCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QMediaPlayer>
#include <QPainter>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// Asked on every paint, so it must not read a 30 MB video: the size plus a hash of its first and
// last 64 KB tell media files apart well enough for pictures.
QByteArray keyOf(const QByteArray &data)
{
    constexpr qsizetype kEdge = 64 * 1024;
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QByteArray::number(data.size()));
    h.addData(QByteArrayView(data).first(qMin(kEdge, data.size())));
    if (data.size() > kEdge)
        h.addData(QByteArrayView(data).last(qMin(kEdge, data.size() - kEdge)));
    return h.result();
}

QImage textPicture(const QString &text)
{
    QImage img(ThumbnailCache::kSize, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0xfa, 0xfa, 0xf5));
    QPainter p(&img);
    QFont f = p.font();
    f.setPixelSize(11);
    p.setFont(f);
    p.setPen(QColor(0x30, 0x30, 0x30));
    p.drawText(img.rect().adjusted(6, 6, -6, -6), Qt::TextWordWrap, text.left(80));
    return img;
}

QImage placeholder(const QString &label)
{
    QImage img(ThumbnailCache::kSize, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0x40, 0x40, 0x48));
    QPainter p(&img);
    p.setPen(Qt::white);
    p.drawText(img.rect(), Qt::AlignCenter, label);
    return img;
}
} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
    , m_cache(64)
{
}

ThumbnailCache::~ThumbnailCache() = default;

QImage ThumbnailCache::forFrame(const Frame &frame)
{
    // The frame's first picture or video, in the frame's own order: the one the phone shows on top.
    for (const Attachment &a : frame.attachments) {
        if (a.kind() == MediaKind::Video) {
            const QImage img = videoFrame(a);
            return img.isNull() ? placeholder(tr("Video")) : img.scaled(kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        if (a.kind() != MediaKind::Image)
            continue;
        const QByteArray key = keyOf(a.data);
        if (QImage *cached = m_cache.object(key))
            return *cached;
        QImage img = QImage::fromData(a.data);
        if (img.isNull())
            continue;
        img = img.scaled(kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_cache.insert(key, new QImage(img));
        return img;
    }
    for (const Attachment &a : frame.attachments) {
        if (a.kind() == MediaKind::Text)
            return textPicture(QString::fromUtf8(a.data));
    }
    for (const Attachment &a : frame.attachments) {
        if (a.kind() == MediaKind::Audio)
            return placeholder(u"♪ "_s + a.fileName);
    }
    return placeholder(tr("Empty frame"));
}

QImage ThumbnailCache::videoFrame(const Attachment &video)
{
    const QByteArray key = keyOf(video.data);
    if (QImage *cached = m_cache.object(key))
        return *cached;
    if (m_failed.contains(key) || key == m_currentKey)
        return {};
    for (const auto &q : std::as_const(m_queue)) {
        if (q.first == key)
            return {};
    }
    m_queue.append({key, video});
    if (m_currentKey.isEmpty())
        QTimer::singleShot(0, this, &ThumbnailCache::decodeNext);
    return {};
}

void ThumbnailCache::decodeNext()
{
    if (!m_currentKey.isEmpty() || m_queue.isEmpty())
        return;
    const auto [key, video] = m_queue.takeFirst();
    m_currentKey = key;
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_sink = new QVideoSink(this);
        m_player->setVideoSink(m_sink);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (m_currentKey.isEmpty() || !frame.isValid())
                return;
            const QImage img = frame.toImage();
            if (!img.isNull())
                finishCurrent(img);
        });
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this] { finishCurrent({}); });
    }
    m_player->setSource(QUrl()); // let go of the previous buffer before it is deleted
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(video.data);
    m_buffer->open(QIODevice::ReadOnly);
    m_player->setSourceDevice(m_buffer, QUrl(u"thumb.mp4"_s));
    m_player->play();
    // A file that never yields a frame must not block the queue.
    QTimer::singleShot(5000, this, [this, key = key] {
        if (m_currentKey == key)
            finishCurrent({});
    });
}

void ThumbnailCache::finishCurrent(const QImage &image)
{
    if (m_currentKey.isEmpty())
        return;
    if (image.isNull())
        m_failed.insert(m_currentKey);
    else
        m_cache.insert(m_currentKey, new QImage(image.scaled(QSize(320, 240), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_currentKey.clear();
    m_player->stop();
    Q_EMIT updated();
    QTimer::singleShot(0, this, &ThumbnailCache::decodeNext);
}

} // namespace mms
