// mms-platform-sim: the project's video MMS platform simulator (docs/simulator.md).
#include "sim/PlatformSimulator.h"
#include "sim/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "mms-platform-sim: %s\n", message.toLocal8Bit().constData());
    std::exit(1);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mms-platform-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MMS_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(u"Video MMS platform simulator (protocol v1.3) on loopback."_s);
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"PORT"_s, u"0"_s);
    QCommandLineOption portFile(u"port-file"_s, u"Write the chosen port to this file once listening."_s, u"FILE"_s);
    QCommandLineOption config(u"config"_s, u"JSON file with settings (see docs/simulator.md)."_s, u"FILE"_s);
    QCommandLineOption set(u"set"_s, u"A setting as KEY=JSON, e.g. balance=50 or deliveredRatio=0.5. Repeatable."_s, u"KEY=JSON"_s);
    QCommandLineOption fault(u"fault"_s, u"A fault as JSON, e.g. {\"kind\":\"http500\",\"call\":\"SendMmsTask\",\"count\":1}. Repeatable."_s, u"JSON"_s);
    QCommandLineOption log(u"log"_s, u"Append one JSON line per accepted send to FILE."_s, u"FILE"_s);
    QCommandLineOption state(u"state"_s, u"Keep templates and balance in FILE across restarts."_s, u"FILE"_s);
    QCommandLineOption sandboxDir(u"sandbox-dir"_s, u"Run as the shared sandbox: state, log and port file in DIR."_s, u"DIR"_s);
    QCommandLineOption idle(u"idle-exit"_s, u"Exit after SECONDS without requests (sandbox default 7200)."_s, u"SECONDS"_s);
    QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve https with this PEM certificate (with --tls-key)."_s, u"FILE"_s);
    QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key (RSA) for --tls-cert."_s, u"FILE"_s);
    p.addOptions({port, portFile, config, set, fault, log, state, sandboxDir, idle, tlsCert, tlsKey});
    p.process(app);

    mms::sim::SimulatorConfig cfg;
    QString error;
    const bool sandbox = p.isSet(sandboxDir);
    if (sandbox) {
        // Quick feedback in the sandbox: audits after 3 s, reports after 2 s, a few replies.
        cfg.auditDelayMs = 3000;
        cfg.reportDelayMs = 2000;
        cfg.replyRatio = 0.1;
    }
    if (p.isSet(config)) {
        QFile f(p.value(config));
        if (!f.open(QIODevice::ReadOnly))
            fail(u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject() || !cfg.apply(doc.object(), &error))
            fail(u"bad config %1: %2"_s.arg(f.fileName(), error.isEmpty() ? u"not a JSON object"_s : error));
    }
    for (const QString &kv : p.values(set)) {
        const qsizetype eq = kv.indexOf(u'=');
        const QJsonDocument doc = QJsonDocument::fromJson("[" + kv.mid(eq + 1).toUtf8() + "]");
        if (eq <= 0 || !doc.isArray() || !cfg.apply(QJsonObject{{kv.left(eq), doc.array().at(0)}}, &error))
            fail(u"bad --set %1 %2"_s.arg(kv, error));
    }
    mms::sim::PlatformSimulator sim(cfg);
    for (const QString &f : p.values(fault)) {
        const auto parsed = mms::sim::Fault::fromJson(QJsonDocument::fromJson(f.toUtf8()).object(), &error);
        if (!parsed)
            fail(u"bad --fault %1: %2"_s.arg(f, error));
        sim.addFault(*parsed);
    }
    QString logPath = p.value(log), statePath = p.value(state);
    const QString dir = p.value(sandboxDir);
    if (sandbox) {
        if (!QDir().mkpath(dir))
            fail(u"cannot create %1"_s.arg(dir));
        if (logPath.isEmpty())
            logPath = dir + u"/sends.log"_s;
        if (statePath.isEmpty())
            statePath = dir + u"/state.json"_s;
    }
    if (!logPath.isEmpty() && !sim.setLogFile(logPath, &error))
        fail(u"cannot open log %1: %2"_s.arg(logPath, error));
    if (!statePath.isEmpty())
        sim.setStateFile(statePath, &error);

    if (p.isSet(tlsCert) != p.isSet(tlsKey))
        fail(u"--tls-cert and --tls-key go together"_s);
    if (p.isSet(tlsCert)) {
        QFile c(p.value(tlsCert)), k(p.value(tlsKey));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            fail(u"cannot read the TLS certificate or key"_s);
        const QSslCertificate certificate(&c, QSsl::Pem);
        const QSslKey key(&k, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            fail(u"the TLS certificate or key is not valid PEM"_s);
        sim.enableTls(certificate, key);
    }
    bool ok = false;
    const int wanted = p.value(port).toInt(&ok);
    if (!ok || wanted < 0 || wanted > 65535)
        fail(u"bad port %1"_s.arg(p.value(port)));
    const quint16 actual = sim.listenLoopback(static_cast<quint16>(wanted));
    if (actual == 0)
        fail(u"cannot listen on 127.0.0.1:%1"_s.arg(wanted));

    const int idleSecs = p.isSet(idle) ? p.value(idle).toInt() : (sandbox ? 7200 : 0);
    if (idleSecs > 0)
        sim.setIdleTimeoutMs(idleSecs * 1000);
    QObject::connect(&sim, &mms::sim::PlatformSimulator::idleTimeout, &app, &QCoreApplication::quit);
    QObject::connect(&sim, &mms::sim::PlatformSimulator::shutdownRequested, &app, &QCoreApplication::quit);

    if (p.isSet(portFile) && !writeFile(p.value(portFile), QByteArray::number(actual) + '\n'))
        fail(u"cannot write %1"_s.arg(p.value(portFile)));
    if (sandbox) {
        const QJsonObject info{{u"port"_s, actual}, {u"pid"_s, static_cast<double>(QCoreApplication::applicationPid())}};
        if (!writeFile(mms::Sandbox::infoFile(dir), QJsonDocument(info).toJson()))
            fail(u"cannot write the sandbox port file in %1"_s.arg(dir));
    }
    std::fprintf(stderr, "mms-platform-sim: listening on %s\n", sim.baseUrl().toString().toUtf8().constData());
    const int rc = app.exec();
    if (sandbox) {
        // Leave the port file only if it is still ours.
        if (auto info = mms::Sandbox::findRunning(dir); !info || info->port == actual)
            QFile::remove(mms::Sandbox::infoFile(dir));
    }
    return rc;
}
