#include "ReceiverDaemon.h"

#include "receiver/CallbackReceiver.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
std::atomic<bool> g_stop{false};
constexpr int kPollMs = 100;
constexpr int kDrainTicks = 50; // up to 5 s for answers still being written
} // namespace

ReceiverDaemon::ReceiverDaemon(ReceiverConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    connect(&m_poll, &QTimer::timeout, this, &ReceiverDaemon::checkStop);
}

ReceiverDaemon::~ReceiverDaemon()
{
    m_receiver.reset(); // applies the outcomes of everything answered
    m_store.reset();
    m_db.reset();
}

void ReceiverDaemon::requestStop()
{
    g_stop = true;
}

void ReceiverDaemon::log(Priority priority, const QString &line)
{
    static const bool journal = !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
    const QByteArray text = (journal ? QByteArray("<") + QByteArray::number(int(priority)) + '>' : QByteArray())
                            + line.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

bool ReceiverDaemon::start(QString *error)
{
    m_db = mms::Database::open(m_config.databaseWithPassword(), error);
    if (!m_db)
        return false;
    m_store = std::make_unique<mms::Store>(*m_db);
    m_store->setAutoBlockKeywords(m_config.autoBlock);
    m_store->setAutoBlockPerPush(m_config.autoBlockPerPush);
    m_receiver = std::make_unique<mms::CallbackReceiver>(*m_store, m_config.limits);
    connectLog();
    m_receiver->setAllowList(m_config.allowed, m_config.trustForwardedFor);
    if (!m_receiver->listen(m_config.address, m_config.port, m_config.pathSecret)) {
        *error = !m_receiver->listenError().isEmpty()
                     ? m_receiver->listenError()
                     : u"cannot listen on %1:%2 (in use, or a privileged port?)"_s.arg(m_config.address.toString()).arg(m_config.port);
        return false;
    }
    const QString prefix = m_config.pathSecret.isEmpty() ? QString() : u"/%1"_s.arg(m_config.pathSecret);
    log(Info, u"listening on %1:%2 for %3/report, %3/mo and %3/audit (health: /healthz); store %4"_s
                  .arg(m_config.address.toString())
                  .arg(m_receiver->url(u"report"_s).port())
                  .arg(prefix.isEmpty() ? QString() : u"/<path-secret>"_s, mms::Database::displayLocation(m_config.database)));
    m_poll.start(kPollMs);
    return true;
}

void ReceiverDaemon::checkStop()
{
    if (m_drainTicks < 0) {
        if (!g_stop)
            return;
        // Whatever push is in hand was answered before this timer could run (one thread).
        log(Info, u"stopping: no new connections; answering what has arrived"_s);
        m_receiver->stopListening();
        m_drainTicks = 0;
    }
    if (m_receiver->openConnections() > 0 && ++m_drainTicks < kDrainTicks)
        return;
    m_poll.stop();
    QCoreApplication::quit();
}

void ReceiverDaemon::connectLog()
{
    mms::CallbackReceiver *r = m_receiver.get();
    connect(r, &mms::CallbackReceiver::reportsStored, this, [](int stored) { log(Info, u"report: stored %1"_s.arg(stored)); });
    connect(r, &mms::CallbackReceiver::outcomesApplied, this, [](int reports, int matched) {
        log(Info, u"report: %1 linked to their send and applied (%2 matched no send, kept)"_s.arg(matched).arg(reports - matched));
    });
    connect(r, &mms::CallbackReceiver::repliesStored, this, [](int stored, int matched) {
        log(Info, u"mo: stored %1 replies (%2 matched a send)"_s.arg(stored).arg(matched));
    });
    connect(r, &mms::CallbackReceiver::auditStored, this, [](const mms::AuditRecord &a, bool matched) {
        log(Info, u"audit: %1 %2 by carrier %3%4"_s.arg(a.mmsid, a.status == 1 ? u"approved"_s : u"rejected"_s)
                      .arg(a.carrier)
                      .arg(matched ? QString() : u" (unknown template, kept)"_s));
    });
    connect(r, &mms::CallbackReceiver::recordErrors, this, [](const QString &endpoint, const QList<mms::RecordError> &errors) {
        // The first few of a push, each cut to 200 printable characters, and a count: a push of
        // 500,000 bad records logs six lines, and none can forge a line of its own.
        for (const QString &line : mms::pushes::describeErrors(endpoint, errors))
            log(Warning, line);
    });
    connect(r, &mms::CallbackReceiver::storageFailed, this,
            [](const QString &e) { log(Error, u"storage failure (the push was answered 500; the platform sends it again): %1"_s.arg(e)); });
    // Under abuse there may be thousands: one line a second at most.
    auto *dropped = new QMap<QString, int>;
    auto *dropLog = new QTimer(this);
    dropLog->setSingleShot(true);
    connect(dropLog, &QTimer::timeout, this, [dropped] {
        QStringList parts;
        for (auto it = dropped->cbegin(); it != dropped->cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        log(Warning, u"connections dropped: %1"_s.arg(parts.join(u", "_s)));
        dropped->clear();
    });
    connect(dropLog, &QObject::destroyed, this, [dropped] { delete dropped; });
    connect(r, &mms::CallbackReceiver::pushRefused, this, [dropped, dropLog](const QString &why) {
        ++(*dropped)[why];
        if (!dropLog->isActive())
            dropLog->start(1000);
    });
    connect(r, &mms::CallbackReceiver::connectionDropped, this, [dropped, dropLog](const QString &why) {
        ++(*dropped)[why];
        if (!dropLog->isActive())
            dropLog->start(1000);
    });
}
