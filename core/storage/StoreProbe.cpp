#include "storage/StoreProbe.h"

#include <QPointer>
#include <QThread>

namespace mms {

void StoreProbe::probe(const QString &location, QObject *context, Done done, Database::Mode mode)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([location, guard, done, mode] {
        QString error;
        const bool ok = Database::open(location, &error, mode) != nullptr;
        if (guard)
            QMetaObject::invokeMethod(guard, [guard, done, ok, error] {
                if (guard)
                    done(ok, error);
            }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace mms
