#pragma once

#include <sys/prctl.h>
#include <csignal>

// Small helpers shared by the integration tests (header-only).
#include <QEventLoop>
#include <QFile>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimer>

namespace testsupport {

// New campaigns of every account may send at any hour (the default window, 08:00-22:00 China
// time, would hold a test run at night): the settings of the data folder dataDir.
inline void sendAtAnyHour(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    QSettings settings(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sending/window"), QStringLiteral("any"));
}

// New campaigns of every account send without frequency caps (the default, the same template
// once a day per number, would leave out the numbers a test sends to again and again).
inline void sendWithoutCaps(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    QSettings settings(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sending/caps"), QStringLiteral("off"));
}

// A workbook as openpyxl (an independent reader) sees it: tests/xlsx_fixtures.py dump.
inline QJsonArray readWorkbook(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SOURCE_DIR "/tests/xlsx_fixtures.py"), QStringLiteral("dump"), path});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning("openpyxl could not read %s: %s", qPrintable(path), py.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(py.readAllStandardOutput()).array();
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// A blocking HTTP call for tests (spins a local event loop, with a deadline).
inline HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QByteArray &contentType = "application/json", int timeoutMs = 10000,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    if (!body.isEmpty() || method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error()};
    reply->deleteLater();
    return r;
}

// Starts the mms-platform-sim binary on a free loopback port; returns the port (0 on failure).
inline quint16 startSimulatorProcess(QProcess &process, const QString &portFile, const QStringList &extraArgs = {})
{
    QFile::remove(portFile);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Dies with the test: a test that crashes must not leave a simulator holding ctest's
    // output pipe open until the timeout.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start(QStringLiteral(SIMULATOR_PATH), QStringList{QStringLiteral("--port-file"), portFile} + extraArgs);
    if (!process.waitForStarted(5000))
        return 0;
    for (int i = 0; i < 200; ++i) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const quint16 port = static_cast<quint16>(f.readAll().trimmed().toUInt());
            if (port)
                return port;
        }
        QTest::qWait(25);
    }
    return 0;
}

} // namespace testsupport
