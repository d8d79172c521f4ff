#include "CliContext.h"
#include "Commands.h"

#include "receiver/CallbackReceiver.h"
#include "sim/Sandbox.h"
#include "storage/Store.h"
#include "util/Config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {
std::atomic<bool> g_stop{false};
void onSignal(int)
{
    g_stop = true;
}

} // namespace

int runReceive(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8090)."_s, u"HOST:PORT"_s, u"127.0.0.1:8090"_s});
    p.addOption({u"prefix"_s, u"A secret path prefix: serve /PREFIX/report etc."_s, u"PREFIX"_s});
    p.addOption({u"no-register"_s, u"With the sandbox: do not point the simulator's pushes here."_s});
    p.addOption({u"no-auto-block"_s, u"Do not put senders of opt-out replies (TD, 退订… as set in the studio's preferences) on the blocklist."_s});
    p.addOption({u"max-request-bytes"_s, u"Largest push accepted (default 1048576); bigger ones get 413."_s, u"BYTES"_s});
    p.addOption({u"request-timeout"_s, u"Seconds a client may take to send one push (default 10); slower ones get 408."_s, u"SECONDS"_s});
    p.addOption({u"idle-timeout"_s, u"Seconds an idle kept-alive connection stays open (default 30)."_s, u"SECONDS"_s});
    p.addOption({u"max-connections"_s, u"Connections served at once (default 64); beyond, the longest idle or slowest is dropped."_s, u"N"_s});
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl receive --listen HOST:PORT: receive and store the platform's pushes on /report, /mo and /audit until interrupted."_s, 1, &rc))
        return rc;
    const QString listen = p.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
    const QHostAddress address(listen.left(colon));
    if (!ok || port < 0 || port > 65535 || address.isNull())
        return ctx.fail(ExitUsage, u"usage"_s, u"--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8090 (got \"%1\")"_s.arg(listen));
    mms::Store *store = ctx.store();
    if (!store)
        return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
    const bool useProfile = p.isSet(u"profile"_s) || !qEnvironmentVariableIsEmpty("MMS_BASE_URL");
    if (!useProfile && !p.isSet(u"no-register"_s) && !ctx.account())
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());

    mms::ReceiverLimits limits;
    auto number = [&p](const QString &name, double fallback, double min) {
        bool ok = false;
        const double v = p.value(name).toDouble(&ok);
        return p.isSet(name) && ok && v >= min ? v : fallback;
    };
    limits.maxRequestBytes = qint64(number(u"max-request-bytes"_s, double(limits.maxRequestBytes), 1024));
    limits.requestTimeoutMs = int(number(u"request-timeout"_s, limits.requestTimeoutMs / 1000.0, 0.1) * 1000);
    limits.idleTimeoutMs = int(number(u"idle-timeout"_s, limits.idleTimeoutMs / 1000.0, 0.1) * 1000);
    limits.maxConnections = int(number(u"max-connections"_s, limits.maxConnections, 1));
    if (!p.isSet(u"no-auto-block"_s))
        store->setAutoBlockKeywords(mms::Config().autoBlockKeywords());
    mms::CallbackReceiver receiver(*store, limits);
    const quint16 actual = receiver.listen(address, static_cast<quint16>(port), p.value(u"prefix"_s));
    if (actual == 0)
        return ctx.fail(ExitLocal, u"listen"_s, u"cannot listen on %1 (in use?)"_s.arg(listen));
    QTextStream err(stderr);
    auto log = [&](const QString &line) {
        if (ctx.json())
            ctx.print(line);
        else
            err << line << Qt::endl;
    };
    QObject::connect(&receiver, &mms::CallbackReceiver::reportsStored, &receiver, [&](int stored) {
        log(u"report: stored %1"_s.arg(stored));
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::outcomesApplied, &receiver, [&](int reports, int matched) {
        log(u"report: %1 linked to their send and applied (%2 matched no send, kept)"_s.arg(matched).arg(reports - matched));
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::repliesStored, &receiver, [&](int stored, int matched) {
        log(u"mo: stored %1 replies (%2 matched a send)"_s.arg(stored).arg(matched));
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::auditStored, &receiver, [&](const mms::AuditRecord &a, bool matched) {
        log(u"audit: %1 %2 by carrier %3%4"_s.arg(a.mmsid, a.status == 1 ? u"approved"_s : u"rejected"_s).arg(a.carrier)
                .arg(matched ? QString() : u" (unknown template, kept)"_s));
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::recordErrors, &receiver,
                     [&](const QString &endpoint, const QList<mms::RecordError> &errors) {
                         for (const mms::RecordError &e : errors)
                             log(u"%1: record %2 skipped: %3 (%4)"_s.arg(endpoint).arg(e.index).arg(e.reason, e.raw));
                     });
    // Under abuse there may be thousands: one line a second at most.
    QMap<QString, int> dropped;
    QTimer dropLog;
    dropLog.setSingleShot(true);
    QObject::connect(&dropLog, &QTimer::timeout, &receiver, [&] {
        QStringList parts;
        for (auto it = dropped.cbegin(); it != dropped.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        log(u"connections dropped: %1"_s.arg(parts.join(u", "_s)));
        dropped.clear();
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::connectionDropped, &receiver, [&](const QString &why) {
        ++dropped[why];
        if (!dropLog.isActive())
            dropLog.start(1000);
    });
    QObject::connect(&receiver, &mms::CallbackReceiver::storageFailed, &receiver,
                     [&](const QString &e) { log(u"storage failure: %1"_s.arg(e)); });

    if (ctx.usingSandbox()) {
        QNetworkReply *reply = mms::Sandbox::pointPushesAt(QUrl(u"http://127.0.0.1:%1/"_s.arg(ctx.sandboxPort())),
                                                           receiver.url(u"audit"_s), receiver.url(u"report"_s),
                                                           receiver.url(u"mo"_s), &receiver);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        if (reply->error() != QNetworkReply::NoError)
            log(u"warning: could not point the sandbox's pushes here: %1"_s.arg(reply->errorString()));
    }
    log(u"listening: %1 %2 %3"_s.arg(receiver.url(u"report"_s).toString(), receiver.url(u"mo"_s).toString(),
                                    receiver.url(u"audit"_s).toString()));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    log(u"stopped"_s);
    return ExitOk;
}
