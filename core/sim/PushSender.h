#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace mms::sim {

// Posts the simulator's audit / RPT / MO pushes to the customer's URLs, as the platform does.
class PushSender : public QObject
{
    Q_OBJECT
public:
    explicit PushSender(QObject *parent = nullptr);
    void postJson(const QUrl &url, const QByteArray &json);
    // Form body "name=<records>", records joined with ';' (at most 500 a push).
    void postRecords(const QUrl &url, const QByteArray &name, const QList<QByteArray> &records);

Q_SIGNALS:
    void pushFinished(const QUrl &url, int httpStatus, const QString &error);

private:
    void post(const QUrl &url, const QByteArray &contentType, const QByteArray &body);
    QNetworkAccessManager *m_nam;
};

} // namespace mms::sim
