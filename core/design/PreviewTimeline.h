#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace mms {

// The preview's clock: plays the frames for their durations, as a phone would. Time comes from
// a monotonic clock, not from counting ticks, so a busy window or a video that is longer or
// shorter than its frame never makes the template run slow or fast; the media follow the clock.
class PreviewTimeline : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit PreviewTimeline(QObject *parent = nullptr);

    void setDurations(const QList<int> &durationsMs);
    const QList<int> &durations() const { return m_durations; }
    qint64 totalMs() const;
    qint64 positionMs() const;
    int currentFrame() const { return m_frame; }
    State state() const { return m_state; }
    // Frame index at a position; the last frame for the end, -1 when there are no frames.
    int frameAt(qint64 ms) const;
    qint64 frameStartMs(int frame) const;

    void play();
    void pause();
    void stop();
    void seek(qint64 ms);
    void nextFrame();
    void previousFrame();

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void frameChanged(int frame, qint64 offsetMs); // offset into the frame, for media to seek
    void stateChanged(mms::PreviewTimeline::State state);
    void finished();

private:
    void tick();
    void setState(State s);
    void updateFrame(bool force);

    QList<int> m_durations;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_base = 0; // position when the clock was last started
    qint64 m_position = 0;
    int m_frame = -1;
    State m_state = State::Stopped;
};

} // namespace mms
