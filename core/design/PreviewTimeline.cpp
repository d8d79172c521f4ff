#include "design/PreviewTimeline.h"

namespace mms {

PreviewTimeline::PreviewTimeline(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(20);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PreviewTimeline::tick);
}

void PreviewTimeline::setDurations(const QList<int> &durationsMs)
{
    if (durationsMs == m_durations)
        return;
    m_durations = durationsMs;
    const qint64 pos = qMin(positionMs(), totalMs());
    m_base = pos;
    m_position = pos;
    if (m_state == State::Playing)
        m_clock.restart();
    updateFrame(true);
}

qint64 PreviewTimeline::totalMs() const
{
    qint64 total = 0;
    for (int d : m_durations)
        total += qMax(0, d);
    return total;
}

qint64 PreviewTimeline::positionMs() const
{
    if (m_state == State::Playing)
        return qMin(totalMs(), m_base + m_clock.elapsed());
    return m_position;
}

int PreviewTimeline::frameAt(qint64 ms) const
{
    if (m_durations.isEmpty())
        return -1;
    qint64 start = 0;
    for (int i = 0; i < m_durations.size(); ++i) {
        start += qMax(0, m_durations.at(i));
        if (ms < start)
            return i;
    }
    return int(m_durations.size()) - 1;
}

qint64 PreviewTimeline::frameStartMs(int frame) const
{
    qint64 start = 0;
    for (int i = 0; i < frame && i < m_durations.size(); ++i)
        start += qMax(0, m_durations.at(i));
    return start;
}

void PreviewTimeline::play()
{
    if (m_durations.isEmpty() || totalMs() == 0)
        return;
    if (m_state == State::Playing)
        return;
    if (m_position >= totalMs())
        m_position = 0; // play again from the start after the end
    m_base = m_position;
    m_clock.start();
    m_timer.start();
    setState(State::Playing);
    updateFrame(true);
}

void PreviewTimeline::pause()
{
    if (m_state != State::Playing)
        return;
    m_position = positionMs();
    m_timer.stop();
    setState(State::Paused);
}

void PreviewTimeline::stop()
{
    m_timer.stop();
    m_position = 0;
    m_base = 0;
    setState(State::Stopped);
    updateFrame(true);
    Q_EMIT positionChanged(0);
}

void PreviewTimeline::seek(qint64 ms)
{
    ms = qBound<qint64>(0, ms, totalMs());
    m_position = ms;
    m_base = ms;
    if (m_state == State::Playing)
        m_clock.restart();
    updateFrame(true);
    Q_EMIT positionChanged(ms);
}

void PreviewTimeline::nextFrame()
{
    const int f = frameAt(positionMs());
    if (f >= 0 && f + 1 < m_durations.size())
        seek(frameStartMs(f + 1));
}

void PreviewTimeline::previousFrame()
{
    const qint64 pos = positionMs();
    const int f = frameAt(pos);
    if (f < 0)
        return;
    // As media players do: back to this frame's start, or to the previous one when near it.
    const qint64 start = frameStartMs(f);
    seek(pos - start > 500 || f == 0 ? start : frameStartMs(f - 1));
}

void PreviewTimeline::tick()
{
    const qint64 pos = positionMs();
    if (pos >= totalMs()) {
        m_timer.stop();
        m_position = totalMs();
        setState(State::Stopped);
        Q_EMIT positionChanged(m_position);
        Q_EMIT finished();
        return;
    }
    updateFrame(false);
    Q_EMIT positionChanged(pos);
}

void PreviewTimeline::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void PreviewTimeline::updateFrame(bool force)
{
    const qint64 pos = positionMs();
    const int f = frameAt(qMin(pos, qMax<qint64>(0, totalMs() - 1)));
    if (f != m_frame || force) {
        m_frame = f;
        Q_EMIT frameChanged(f, f < 0 ? 0 : pos - frameStartMs(f));
    }
}

} // namespace mms
