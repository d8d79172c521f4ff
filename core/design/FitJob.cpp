#include "design/FitJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mms {

FitJob::FitJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<FitResult>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

FitJob::~FitJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void FitJob::start(const MmsTemplate &tpl, const TemplateFitter::Options &options)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, tpl, options] {
        return TemplateFitter::fit(tpl, options, [this](int permille, const QString &what) {
            // Queued: the receiver lives on the starting thread.
            QMetaObject::invokeMethod(this, [this, permille, what] { Q_EMIT progress(permille, what); }, Qt::QueuedConnection);
        }, &m_cancel);
    }));
}

} // namespace mms
