#include "sim/Sandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QUrl SandboxInfo::controlUrl(const QString &endpoint) const
{
    return QUrl(u"http://127.0.0.1:%1/sim/%2"_s.arg(port).arg(endpoint));
}

Account Sandbox::account(const QUrl &baseUrl)
{
    Account a;
    a.name = u"sandbox"_s;
    a.baseUrl = baseUrl;
    // The demo account of the protocol's examples; not a secret.
    a.userid = u"300000"_s;
    a.username = u"300000"_s;
    a.password = u"123456"_s;
    a.productid = u"16891"_s;
    a.isSandbox = true;
    return a;
}

QString Sandbox::infoFile(const QString &dir)
{
    return dir + u"/sandbox.json"_s;
}

std::optional<SandboxInfo> Sandbox::findRunning(const QString &dir)
{
    QFile f(infoFile(dir));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    SandboxInfo info;
    info.port = static_cast<quint16>(o.value(u"port"_s).toInt());
    info.pid = static_cast<qint64>(o.value(u"pid"_s).toDouble());
    if (info.port == 0)
        return std::nullopt;
    info.baseUrl = QUrl(u"http://127.0.0.1:%1/mms/api/"_s.arg(info.port));
    // The port file may outlive its process: make sure something answers there.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, info.port);
    if (!probe.waitForConnected(1000))
        return std::nullopt;
    probe.abort();
    return info;
}

QNetworkReply *Sandbox::pointPushesAt(const QUrl &sandboxBaseUrl, const QUrl &audit, const QUrl &report, const QUrl &mo,
                            QObject *context)
{
    QUrl control = sandboxBaseUrl;
    control.setPath(u"/sim/config"_s);
    control.setQuery(QString());
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(5000);
    const QJsonObject body{{u"auditUrl"_s, audit.toString()}, {u"reportUrl"_s, report.toString()}, {u"moUrl"_s, mo.toString()}};
    auto *nam = new QNetworkAccessManager(context);
    QNetworkReply *reply = nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply->setParent(context); // outlives the manager, for callers that read it
    QObject::connect(reply, &QNetworkReply::finished, nam, [nam, reply] {
        reply->deleteLater();
        nam->deleteLater();
    });
    return reply;
}

QString Sandbox::simulatorProgram()
{
    return QCoreApplication::applicationDirPath() + u"/mms-platform-sim"_s;
}

std::optional<SandboxInfo> Sandbox::ensureRunning(const QString &dir, const QString &program, QString *error)
{
    if (auto running = findRunning(dir))
        return running;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("mms::Sandbox", "cannot create the sandbox folder %1").arg(dir);
        return std::nullopt;
    }
    // Two programs starting at once must not start two simulators.
    QLockFile lock(dir + u"/start.lock"_s);
    lock.setStaleLockTime(20000);
    if (!lock.tryLock(15000)) {
        if (error)
            *error = QCoreApplication::translate("mms::Sandbox", "another program is starting the sandbox; try again");
        return std::nullopt;
    }
    if (auto running = findRunning(dir))
        return running;
    if (!QFileInfo(program).isExecutable()) {
        if (error)
            *error = QCoreApplication::translate("mms::Sandbox", "the sandbox simulator %1 is missing").arg(program);
        return std::nullopt;
    }
    QFile::remove(infoFile(dir));
    // Detached, and holding none of our standard streams: a caller reading our output
    // (a shell's $(mmsctl …)) must not wait for the simulator to exit.
    QProcess process;
    process.setProgram(program);
    process.setArguments({u"--sandbox-dir"_s, dir});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(dir + u"/simulator.log"_s, QIODevice::Append);
    process.setStandardErrorFile(dir + u"/simulator.log"_s, QIODevice::Append);
    if (!process.startDetached()) {
        if (error)
            *error = QCoreApplication::translate("mms::Sandbox", "cannot start the sandbox simulator %1").arg(program);
        return std::nullopt;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (auto running = findRunning(dir))
            return running;
        QThread::msleep(50);
    }
    if (error)
        *error = QCoreApplication::translate("mms::Sandbox", "the sandbox simulator did not start within 10 s");
    return std::nullopt;
}

} // namespace mms
