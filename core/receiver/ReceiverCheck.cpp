#include "receiver/ReceiverCheck.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace mms {

void checkReceiverUrls(const QList<QUrl> &urls, QObject *context, std::function<void(const QStringList &failures)> done)
{
    auto *nam = new QNetworkAccessManager(context);
    auto remaining = std::make_shared<int>(int(urls.size()));
    auto failures = std::make_shared<QStringList>();
    if (urls.isEmpty()) {
        done({});
        nam->deleteLater();
        return;
    }
    for (const QUrl &url : urls) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        req.setTransferTimeout(5000);
        QNetworkReply *reply = nam->post(req, QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, remaining, failures, nam, done] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 && status != 400)
                *failures << u"%1: %2"_s.arg(url.path(), status ? QString::number(status) : reply->errorString());
            reply->deleteLater();
            if (--*remaining == 0) {
                done(*failures);
                nam->deleteLater();
            }
        });
    }
}

} // namespace mms
