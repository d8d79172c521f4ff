#include "CliContext.h"
#include "receiver/ReceiverAccess.h"
#include "protocol/Pushes.h"
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
    p.addOption({u"prefix"_s, u"The secret path: serve /SECRET/report etc. Beyond loopback it must be at least 16 random "
                              "characters; when it is not given there, a fresh one is made and printed once. "
                              "MMS_RECEIVER_SECRET gives it without showing it in the process list."_s, u"SECRET"_s});
    p.addOption({u"allow"_s, u"Only these addresses or networks may push, e.g. 203.0.113.0/24,198.51.100.7."_s, u"CIDRS"_s});
    p.addOption({u"trust-forwarded-for"_s, u"Behind a local nginx: take the platform's address from X-Forwarded-For (from loopback peers only)."_s});
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
    // A value given but not understood is refused, never replaced by the default in silence.
    QString bad;
    auto number = [&p, &bad](const QString &name, double fallback, double min, const QString &unit) {
        if (!p.isSet(name))
            return fallback;
        bool good = false;
        const double v = p.value(name).toDouble(&good);
        if (!good || v < min)
            bad = u"--%1 must be a number of %2, at least %3 (got \"%4\")"_s.arg(name, unit).arg(min).arg(p.value(name));
        return v;
    };
    limits.maxRequestBytes = qint64(number(u"max-request-bytes"_s, double(limits.maxRequestBytes), 1024, u"bytes"_s));
    limits.requestTimeoutMs = int(number(u"request-timeout"_s, limits.requestTimeoutMs / 1000.0, 0.1, u"seconds"_s) * 1000);
    limits.idleTimeoutMs = int(number(u"idle-timeout"_s, limits.idleTimeoutMs / 1000.0, 0.1, u"seconds"_s) * 1000);
    limits.maxConnections = int(number(u"max-connections"_s, limits.maxConnections, 1, u"connections"_s));
    if (!bad.isEmpty())
        return ctx.fail(ExitUsage, u"usage"_s, bad);
    QString allowError;
    const auto allowed = mms::ReceiverAccess::parseAllowList(p.value(u"allow"_s), &allowError);
    if (!allowed)
        return ctx.fail(ExitUsage, u"usage"_s, u"--allow: "_s + allowError);
    // From the environment too: a secret on the command line is readable by any local user
    // (/proc/PID/cmdline).
    QString secret = p.isSet(u"prefix"_s) ? p.value(u"prefix"_s) : qEnvironmentVariable("MMS_RECEIVER_SECRET");
    bool fresh = false;
    if (secret.isEmpty() && !address.isLoopback()) {
        secret = mms::ReceiverAccess::generateSecret();
        fresh = true;
    }
    if (!p.isSet(u"no-auto-block"_s)) {
        store->setAutoBlockKeywords(mms::Config().autoBlockKeywords());
        store->setAutoBlockPerPush(mms::Config().autoBlockPerPush());
    }
    mms::CallbackReceiver receiver(*store, limits);
    receiver.setAllowList(*allowed, p.isSet(u"trust-forwarded-for"_s));
    const quint16 actual = receiver.listen(address, static_cast<quint16>(port), secret);
    if (actual == 0)
        return ctx.fail(ExitUsage, u"listen"_s, receiver.listenError().isEmpty() ? u"cannot listen on %1 (in use?)"_s.arg(listen)
                                                                               : receiver.listenError());
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
                         for (const QString &line : mms::pushes::describeErrors(endpoint, errors))
                             log(line);
                     });
    QObject::connect(&receiver, &mms::CallbackReceiver::pushRefused, &receiver, [&](const QString &why) { log(why); });
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
    // The secret is said once, when it was just made (give these URLs to the platform), and
    // masked after: terminals are logged and screens shared.
    auto shown = [&](const QString &endpoint) {
        const QString url = receiver.url(endpoint).toString();
        return fresh || secret.isEmpty() ? url : QString(url).replace(secret, u"<secret>"_s);
    };
    if (fresh)
        log(u"a fresh secret path was made for this run; give the platform these URLs (they are not shown again):"_s);
    log(u"listening: %1 %2 %3"_s.arg(shown(u"report"_s), shown(u"mo"_s), shown(u"audit"_s)));

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
