#include "designer/PreviewPlayer.h"
#include "designer/ConversationView.h"

#include "design/AudioDuration.h"

#include "design/Placeholders.h"
#include "design/TemplateDocument.h"

#include <QAudioOutput>
#include <QLocale>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QBuffer>
#include <QEvent>
#include <QFrame>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString clock(qint64 ms)
{
    return u"%1:%2.%3"_s.arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')).arg((ms / 100) % 10);
}

QToolButton *button(QWidget *parent, const QString &name, QStyle::StandardPixmap icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
// Holds the phone at a phone's proportions, as large as the room allows up to its natural
// size: on a 720-pixel-high screen the player and its controls still fit.
class PhoneHolder : public QWidget
{
public:
    PhoneHolder(QWidget *phone, QWidget *parent)
        : QWidget(parent)
        , m_phone(phone)
    {
        phone->setParent(this);
        setMinimumSize(kWidth * kMinHeight / kHeight, kMinHeight);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    QSize sizeHint() const override { return {kWidth, kHeight}; }

protected:
    void resizeEvent(QResizeEvent *) override
    {
        int h = qMin(height(), kHeight);
        int w = h * kWidth / kHeight;
        if (w > width()) {
            w = width();
            h = w * kHeight / kWidth;
        }
        m_phone->setGeometry((width() - w) / 2, (height() - h) / 2, w, h);
    }

private:
    static constexpr int kWidth = 250, kHeight = 440, kMinHeight = 200;
    QWidget *m_phone;
};
} // namespace

PreviewPlayer::PreviewPlayer(TemplateDocument *doc, ThumbnailCache *posters, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_subject(new QLabel(this))
    , m_image(new QLabel(this))
    , m_videoWidget(new QVideoWidget(this))
    , m_text(new QLabel(this))
    , m_sound(new QLabel(this))
    , m_play(button(this, u"previewPlayButton"_s, QStyle::SP_MediaPlay, tr("Play / pause (Space)")))
    , m_stop(button(this, u"previewStopButton"_s, QStyle::SP_MediaStop, tr("Stop")))
    , m_prev(button(this, u"previewPrevButton"_s, QStyle::SP_MediaSkipBackward, tr("Previous frame")))
    , m_next(button(this, u"previewNextButton"_s, QStyle::SP_MediaSkipForward, tr("Next frame")))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_video(new QMediaPlayer(this))
    , m_audio(new QMediaPlayer(this))
    , m_videoOut(new QAudioOutput(this))
    , m_audioOut(new QAudioOutput(this))
{
    setObjectName(u"previewPlayer"_s);
    auto *phone = new QFrame(this);
    phone->setObjectName(u"phoneFrame"_s);
    phone->setStyleSheet(u"#phoneFrame { background: #1d1d22; border-radius: 26px; }"
                         "#phoneScreen { background: white; border-radius: 4px; }"_s);
    auto *screen = new QFrame(phone);
    screen->setObjectName(u"phoneScreen"_s);
    m_screen = screen;
    screen->installEventFilter(this);
    auto *phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(10, 28, 10, 28);
    phoneLayout->addWidget(screen);

    m_subject->setObjectName(u"previewSubject"_s);
    m_subject->setStyleSheet(u"background: #eef1f6; color: #222; padding: 4px; font-weight: bold;"_s);
    m_subject->setWordWrap(true);
    m_image->setObjectName(u"previewImage"_s);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(1, 1); // the picture follows the screen's size, not the other way
    m_videoWidget->setObjectName(u"previewVideo"_s);
    m_videoWidget->setMinimumHeight(80);
    m_text->setObjectName(u"previewText"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(u"color: #111; padding: 4px;"_s);
    m_sound->setObjectName(u"previewSound"_s);
    m_sound->setStyleSheet(u"color: #666; padding: 2px;"_s);
    auto *screenLayout = m_screenLayout = new QVBoxLayout(screen);
    screenLayout->setContentsMargins(0, 0, 0, 0);
    screenLayout->setSpacing(4);
    screenLayout->addWidget(m_subject);
    screenLayout->addWidget(m_image);
    screenLayout->addWidget(m_videoWidget);
    screenLayout->addWidget(m_text);
    screenLayout->addWidget(m_sound);
    screenLayout->addStretch();

    m_position->setObjectName(u"previewPosition"_s);
    m_time->setObjectName(u"previewTime"_s);
    m_video->setVideoOutput(m_videoWidget);
    m_video->setAudioOutput(m_videoOut);
    m_audio->setAudioOutput(m_audioOut);

    auto *controls = new QHBoxLayout;
    controls->addStretch();
    for (QToolButton *b : {m_prev, m_play, m_stop, m_next})
        controls->addWidget(b);
    controls->addWidget(m_time);
    controls->addStretch();
    // Two views: the slideshow as the phone plays it once opened, and the message as the
    // messaging app lists it (ConversationView).
    auto *playPage = new QWidget(this);
    auto *playLayout = new QVBoxLayout(playPage);
    playLayout->setContentsMargins(0, 0, 0, 0);
    playLayout->addWidget(new PhoneHolder(phone, playPage), 1);
    playLayout->addWidget(m_position);
    playLayout->addLayout(controls);
    m_conversation = new ConversationView(doc, posters, this);
    m_views = new QStackedWidget(this);
    m_views->addWidget(playPage);
    m_views->addWidget(m_conversation);
    m_playView = new QToolButton(this);
    m_playView->setObjectName(u"previewPlayView"_s);
    m_playView->setText(tr("Slideshow"));
    m_playView->setToolTip(tr("The message as it plays once opened, frame after frame"));
    m_chatView = new QToolButton(this);
    m_chatView->setObjectName(u"previewConversationView"_s);
    m_chatView->setText(tr("Conversation"));
    m_chatView->setToolTip(tr("The message as the messaging app lists it, before it is opened"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_playView, m_chatView}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b);
    }
    m_playView->setChecked(true);
    connect(m_chatView, &QToolButton::toggled, this, &PreviewPlayer::showConversation);
    auto *viewRow = new QHBoxLayout;
    viewRow->addStretch();
    viewRow->addWidget(m_playView);
    viewRow->addWidget(m_chatView);
    viewRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(viewRow);
    layout->addWidget(m_views, 1);

    connect(m_play, &QToolButton::clicked, this, &PreviewPlayer::togglePlay);
    connect(m_stop, &QToolButton::clicked, &m_timeline, &PreviewTimeline::stop);
    connect(m_prev, &QToolButton::clicked, &m_timeline, &PreviewTimeline::previousFrame);
    connect(m_next, &QToolButton::clicked, &m_timeline, &PreviewTimeline::nextFrame);
    connect(m_position, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_position, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        m_timeline.seek(m_position->value());
    });
    connect(m_position, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            QMetaObject::invokeMethod(this, [this] { m_timeline.seek(m_position->sliderPosition()); }, Qt::QueuedConnection);
    });
    connect(&m_timeline, &PreviewTimeline::frameChanged, this, &PreviewPlayer::showFrame);
    connect(&m_timeline, &PreviewTimeline::positionChanged, this, &PreviewPlayer::updateControls);
    connect(&m_timeline, &PreviewTimeline::stateChanged, this, [this](PreviewTimeline::State s) {
        if (s == PreviewTimeline::State::Playing) {
            showFrame(m_timeline.currentFrame(), m_timeline.positionMs() - m_timeline.frameStartMs(m_timeline.currentFrame()));
        } else {
            m_video->pause();
            m_audio->pause();
        }
        updateControls();
    });
    connect(m_doc, &TemplateDocument::changed, this, &PreviewPlayer::documentChanged);
    connect(m_doc, &TemplateDocument::samplesChanged, this, [this] { showFrame(m_shownFrame, -1); });
    documentChanged();
}

PreviewPlayer::~PreviewPlayer()
{
    // Players must let go of their buffers before the buffers go.
    m_video->stop();
    m_audio->stop();
    m_video->setSource(QUrl());
    m_audio->setSource(QUrl());
}

QString PreviewPlayer::shownText() const
{
    return m_text->text();
}

bool PreviewPlayer::isVideoShown() const
{
    return !m_videoWidget->isHidden();
}

void PreviewPlayer::togglePlay()
{
    if (m_timeline.state() == PreviewTimeline::State::Playing)
        m_timeline.pause();
    else
        m_timeline.play();
}

void PreviewPlayer::showConversation(bool conversation)
{
    if (conversation)
        m_timeline.pause(); // nothing plays behind the list
    m_chatView->setChecked(conversation);
    m_playView->setChecked(!conversation);
    m_views->setCurrentIndex(conversation ? 1 : 0);
}

void PreviewPlayer::documentChanged()
{
    QList<int> durations;
    for (const Frame &f : m_doc->tpl().frames)
        durations << f.durationMs;
    m_timeline.setDurations(durations);
    m_position->setRange(0, int(m_timeline.totalMs()));
    m_subject->setText(m_doc->tpl().subject.isEmpty() ? tr("(no subject)") : m_doc->tpl().subject);
    // Redraw what is shown (an edit to the current frame) without restarting its media.
    showFrame(m_timeline.currentFrame(), -1);
    updateControls();
}

void PreviewPlayer::playMedia(QMediaPlayer *player, QBuffer *&buffer, const QByteArray &data, const QString &name, qint64 offsetMs)
{
    if (offsetMs < 0 && buffer && buffer->data() == data)
        return; // the same media, already loaded: leave it where it is
    player->stop();
    player->setSource(QUrl());
    delete buffer;
    buffer = new QBuffer(this);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    player->setSourceDevice(buffer, QUrl(name));
    if (offsetMs > 0)
        player->setPosition(offsetMs);
    if (m_timeline.state() == PreviewTimeline::State::Playing)
        player->play();
    else
        player->pause(); // shows the first picture
}

void PreviewPlayer::showFrame(int frame, qint64 offsetMs)
{
    const MmsTemplate &tpl = m_doc->tpl();
    m_shownFrame = frame;
    const bool valid = frame >= 0 && frame < tpl.frames.size();
    const Attachment *image = nullptr, *video = nullptr, *audio = nullptr;
    QStringList texts;
    if (valid) {
        for (const Attachment &a : tpl.frames.at(frame).attachments) {
            switch (a.kind()) {
            case MediaKind::Image:
                if (!image)
                    image = &a;
                break;
            case MediaKind::Video:
                if (!video)
                    video = &a;
                break;
            case MediaKind::Audio:
                if (!audio)
                    audio = &a;
                break;
            case MediaKind::Text:
                texts << placeholders::substitute(QString::fromUtf8(a.data), m_doc->samples());
                break;
            case MediaKind::Unsupported:
                break;
            }
        }
    }
    // Picture, video and text in the frame's own order, as its list, its thumbnail and the
    // request have them (the subject above, the sound below).
    if (valid) {
        QList<QWidget *> order;
        for (const Attachment &a : tpl.frames.at(frame).attachments) {
            QWidget *w = a.kind() == MediaKind::Image ? static_cast<QWidget *>(m_image)
                : a.kind() == MediaKind::Video        ? static_cast<QWidget *>(m_videoWidget)
                : a.kind() == MediaKind::Text         ? static_cast<QWidget *>(m_text)
                                                      : nullptr;
            if (w && !order.contains(w))
                order << w;
        }
        for (QWidget *w : {static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_videoWidget), static_cast<QWidget *>(m_text)})
            if (!order.contains(w))
                order << w;
        for (int i = 0; i < order.size(); ++i) {
            if (m_screenLayout->indexOf(order.at(i)) != i + 1) {
                m_screenLayout->removeWidget(order.at(i));
                m_screenLayout->insertWidget(i + 1, order.at(i));
            }
        }
    }
    if (image) {
        // Decoded again only when the picture changed, not at every edit of the template.
        if (m_shownImage.constData() != image->data.constData() || m_shownImage.size() != image->data.size()) {
            m_shownImage = image->data;
            m_decoded = QImage::fromData(image->data);
            fitImage();
        }
    } else {
        m_shownImage.clear();
        m_decoded = {};
        m_image->clear();
    }
    m_image->setVisible(image);
    m_videoWidget->setVisible(video);
    if (video) {
        playMedia(m_video, m_videoBuffer, video->data, video->fileName, offsetMs);
    } else {
        m_video->stop();
    }
    if (audio) {
        playMedia(m_audio, m_audioBuffer, audio->data, audio->fileName, offsetMs);
        // Where the computer has no sound output the user is told why nothing is heard (the
        // recipient's phone plays it).
        m_sound->setText(QMediaDevices::audioOutputs().isEmpty()
                             ? tr("♪ %1 (%2 s) — this computer has no sound output: it is not heard here, the phone plays it")
                                   .arg(audio->fileName, QLocale().toString(qMax<qint64>(0, audioDurationMs(audio->data)) / 1000.0, 'f', 1))
                             : tr("♪ %1 (%2 s)").arg(audio->fileName, QLocale().toString(qMax<qint64>(0, audioDurationMs(audio->data)) / 1000.0, 'f', 1)));
    } else {
        m_audio->stop();
    }
    m_sound->setVisible(audio);
    m_text->setText(texts.join(u"\n\n"_s));
    m_text->setVisible(!texts.isEmpty());
    if (!valid)
        m_text->setText({});
    updateControls();
}

void PreviewPlayer::fitImage()
{
    if (m_decoded.isNull() || !m_screen)
        return;
    // The picture takes the screen's width and at most half its height, as a handset shows it.
    const QSize room(qMax(40, m_screen->width() - 8), qMax(40, m_screen->height() * 45 / 100));
    m_image->setPixmap(QPixmap::fromImage(m_decoded.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool PreviewPlayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_screen && event->type() == QEvent::Resize)
        fitImage();
    return QWidget::eventFilter(watched, event);
}

void PreviewPlayer::updateControls()
{
    const qint64 pos = m_timeline.positionMs();
    const int frames = int(m_timeline.durations().size());
    if (!m_sliderHeld)
        m_position->setValue(int(pos));
    m_time->setText(frames == 0 ? tr("no frames")
                                : tr("Frame %1/%2  %3 / %4").arg(qMax(1, m_timeline.currentFrame() + 1)).arg(frames).arg(clock(pos), clock(m_timeline.totalMs())));
    const bool playing = m_timeline.state() == PreviewTimeline::State::Playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setEnabled(frames > 0);
    m_play->setProperty("playing", playing);
}

} // namespace mms
