#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace mms {

// Posts an empty push to each URL, as the platform would: a receiver that answers (200, or 400
// for a push with nothing in it) is reachable there. `done` gets "endpoint: reason" for each
// URL that did not answer, on context's thread.
void checkReceiverUrls(const QList<QUrl> &urls, QObject *context, std::function<void(const QStringList &failures)> done);

} // namespace mms
