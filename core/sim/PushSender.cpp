#include "sim/PushSender.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace mms::sim {

PushSender::PushSender(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

void PushSender::postJson(const QUrl &url, const QByteArray &json)
{
    post(url, "application/json; charset=utf-8", json);
}

void PushSender::postRecords(const QUrl &url, const QByteArray &name, const QList<QByteArray> &records)
{
    constexpr int kPerPush = 500;
    for (qsizetype i = 0; i < records.size(); i += kPerPush) {
        QByteArray value;
        for (qsizetype j = i; j < qMin(records.size(), i + kPerPush); ++j) {
            value += records.at(j);
            value += ';';
        }
        // Separators stay literal; fields are already encoded where the protocol says so.
        post(url, "application/x-www-form-urlencoded", name + '=' + value);
    }
}

void PushSender::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        Q_EMIT pushFinished(url, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
    });
}

} // namespace mms::sim
