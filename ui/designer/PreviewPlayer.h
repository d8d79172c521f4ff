#pragma once

#include "design/PreviewTimeline.h"

#include <QImage>
#include <QWidget>

class QAudioOutput;
class QBuffer;
class QLabel;
class QMediaPlayer;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class QVideoWidget;

namespace mms {

class ConversationView;
class TemplateDocument;
class ThumbnailCache;

// Plays the template as a phone shows it: each frame for its duration, its image, video and
// text (variables replaced by the sample values) on a phone-shaped screen, its sound played.
// The clock (PreviewTimeline) leads; media follow it, so a video longer than its frame is cut
// and a shorter one holds its last picture until the frame ends.
class PreviewPlayer : public QWidget
{
    Q_OBJECT
public:
    // posters: the videos' first pictures, for the conversation view.
    PreviewPlayer(TemplateDocument *doc, ThumbnailCache *posters, QWidget *parent = nullptr);
    ~PreviewPlayer() override;

    PreviewTimeline *timeline() { return &m_timeline; }
    int shownFrame() const { return m_shownFrame; }
    QString shownText() const;
    bool isVideoShown() const;

    void togglePlay();
    // "播放" (the slideshow, as it plays once opened) or "对话" (the message in the app's list).
    void showConversation(bool conversation);
    ConversationView *conversation() const { return m_conversation; }

private:
    void documentChanged();
    void showFrame(int frame, qint64 offsetMs);
    void updateControls();
    void playMedia(QMediaPlayer *player, QBuffer *&buffer, const QByteArray &data, const QString &name, qint64 offsetMs);

    TemplateDocument *m_doc;
    PreviewTimeline m_timeline;
    int m_shownFrame = -1;
    QLabel *m_subject;
    QLabel *m_image;
    QVBoxLayout *m_screenLayout = nullptr; // subject, then picture, video and text in the frame's order, then sound
    QVideoWidget *m_videoWidget;
    QLabel *m_text;
    QLabel *m_sound;
    QToolButton *m_play;
    QToolButton *m_stop;
    QToolButton *m_prev;
    QToolButton *m_next;
    QSlider *m_position;
    QLabel *m_time;
    QMediaPlayer *m_video;
    QMediaPlayer *m_audio;
    QAudioOutput *m_videoOut;
    QAudioOutput *m_audioOut;
    QBuffer *m_videoBuffer = nullptr;
    QBuffer *m_audioBuffer = nullptr;
    bool m_sliderHeld = false;
    QByteArray m_shownImage; // the bytes of the picture on screen
    QImage m_decoded;        // that picture, decoded once, scaled to the phone's screen
    QWidget *m_screen = nullptr;
    ConversationView *m_conversation = nullptr;
    QStackedWidget *m_views = nullptr;
    QToolButton *m_playView = nullptr;
    QToolButton *m_chatView = nullptr;
    void fitImage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace mms
