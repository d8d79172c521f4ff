#pragma once

#include "design/TemplateFitter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace mms {

// Runs TemplateFitter on a pool thread; progress and the result come back as signals on the
// thread that started it. cancel() stops FFmpeg and drops the partial work.
class FitJob : public QObject
{
    Q_OBJECT
public:
    explicit FitJob(QObject *parent = nullptr);
    ~FitJob() override;

    // From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }
    void start(const MmsTemplate &tpl, const TemplateFitter::Options &options);
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int permille, const QString &what);
    void finished(const mms::FitResult &result);

private:
    QFutureWatcher<FitResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace mms
