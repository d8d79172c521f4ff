#include "storage/StoreProbe.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace mms {

void StoreProbe::probe(const QString &location, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([location, guard, done] {
        QString error;
        const bool ok = Database::open(location, &error) != nullptr;
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
