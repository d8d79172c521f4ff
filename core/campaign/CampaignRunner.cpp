#include "campaign/CampaignRunner.h"

#include "campaign/SendWindow.h"
#include "net/PlatformClient.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {

CampaignRunner::CampaignRunner(Database &db, const Account &account, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_client(new PlatformClient(this))
    , m_timer(new QTimer(this))
{
    m_client->setAccount(account);
    m_client->setTimeoutMs(m_policy.timeoutMs);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CampaignRunner::step);
}

CampaignRunner::~CampaignRunner() = default;

void CampaignRunner::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_client->setTimeoutMs(policy.timeoutMs);
}

void CampaignRunner::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_client->setCaCertificates(certificates);
}

bool CampaignRunner::pausesCampaign(int code)
{
    static const QSet<int> codes = {-2, -3, -4, -6, -7, -8, -12, -13, -100};
    return codes.contains(code);
}

int CampaignRunner::leaseSecs() const
{
    // A request is answered or given up within its timeout: a claim older than twice that (and
    // a minute for clocks that differ between desktops) belongs to a sender that is gone.
    return 2 * m_policy.timeoutMs / 1000 + 60;
}

int CampaignRunner::intervalMs() const
{
    return m_policy.requestsPerSecond > 0 ? int(1000.0 / m_policy.requestsPerSecond) : 0;
}

bool CampaignRunner::start(qint64 campaignId, QString *error)
{
    if (isRunning()) {
        *error = tr("another campaign is being sent");
        return false;
    }
    const auto c = m_store.campaign(campaignId);
    if (!c) {
        *error = tr("there is no campaign %1").arg(campaignId);
        return false;
    }
    if (c->state == campaign::Draft || c->state == campaign::Cancelled || c->state == campaign::Completed) {
        *error = tr("campaign %1 is %2 and cannot be sent").arg(campaignId).arg(c->state);
        return false;
    }
    const int recovered = m_store.recoverInFlight(campaignId, error, leaseSecs());
    if (recovered < 0)
        return false;
    if (!m_store.setState(campaignId, campaign::Running, {}, error))
        return false;
    m_campaignId = campaignId;
    m_pauseRequested = m_cancelRequested = false;
    m_unknownInARow = 0;
    Q_EMIT stateChanged(campaignId, campaign::Running, {});
    if (recovered > 0) {
        for (const BatchRow &b : m_store.batches(campaignId)) {
            if (b.state == batch::Unknown)
                Q_EMIT batchUpdated(campaignId, b);
        }
    }
    int delay = 0;
    if (!c->scheduledAt.isEmpty()) {
        const QDateTime at = QDateTime::fromString(c->scheduledAt, Qt::ISODateWithMs);
        if (at.isValid())
            delay = int(qBound<qint64>(0, now().msecsTo(at), 24LL * 3600 * 1000));
        if (delay > 0) {
            const QString waiting = tr("scheduled for %1").arg(at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            m_store.setState(campaignId, campaign::Running, waiting, error);
            Q_EMIT stateChanged(campaignId, campaign::Running, waiting);
        }
    }
    scheduleStep(delay);
    return true;
}

void CampaignRunner::scheduleStep(int delayMs)
{
    m_timer->start(qMax(0, delayMs));
}

void CampaignRunner::pause()
{
    m_pauseRequested = true;
    if (isRunning() && !m_inFlight) {
        m_timer->stop();
        step();
    }
}

void CampaignRunner::cancel()
{
    m_cancelRequested = true;
    if (isRunning() && !m_inFlight) {
        m_timer->stop();
        step();
    }
}

void CampaignRunner::recheck()
{
    if (isRunning() && !m_inFlight && m_timer->isActive()) {
        m_timer->stop();
        step();
    }
}

bool CampaignRunner::insideWindow(const CampaignRow &c)
{
    // A test send goes to a few colleagues, at any hour.
    if (c.isTest)
        return true;
    QString unreadable;
    // A window the store holds in a form this version cannot read: the usual one, not none.
    const SendWindow window = SendWindow::parse(c.sendWindow, &unreadable).value_or(SendWindow::standard());
    const QDateTime t = now();
    if (window.contains(t))
        return true;
    const QDateTime open = window.nextOpen(t);
    const QString waiting = tr("waiting for the sending window %1 (China time): sending goes on at %2. To change it: "
                               "Sending window… in Campaigns, or mmsctl campaign resume %3 --window HH:MM-HH:MM|any")
                                .arg(window.displayText(), SendWindow::hhmm(window.startMinute()))
                                .arg(c.id);
    if (c.message != waiting) {
        QString error;
        m_store.setState(c.id, campaign::Running, waiting, &error);
        Q_EMIT stateChanged(c.id, campaign::Running, waiting);
    }
    scheduleStep(int(qBound<qint64>(1, t.msecsTo(open), qint64(qMax(1, m_policy.windowCheckMs)))));
    return false;
}

void CampaignRunner::stop(const QString &state, const QString &message)
{
    const qint64 id = m_campaignId;
    QString error;
    m_store.setState(id, state, message, &error);
    m_campaignId = 0;
    m_timer->stop();
    Q_EMIT stateChanged(id, state, message);
    Q_EMIT finished(id, state, message);
}

void CampaignRunner::step()
{
    if (!isRunning() || m_inFlight)
        return;
    QString readError;
    const auto c = m_store.campaign(m_campaignId, &readError);
    if (!c) {
        stop(campaign::Paused, readError.isEmpty() ? tr("the campaign can no longer be read from the store")
                                                   : tr("the campaign can no longer be read from the store: %1").arg(readError));
        return;
    }
    if (m_cancelRequested || c->state == campaign::Cancelled) {
        QString error;
        m_store.cancel(m_campaignId, tr("cancelled"), &error);
        stop(campaign::Cancelled, tr("cancelled"));
        return;
    }
    // Paused here, or by another program (mmsctl campaign pause) through the store.
    if (m_pauseRequested || c->state == campaign::Paused) {
        stop(campaign::Paused, c->state == campaign::Paused && !c->message.isEmpty() ? c->message : tr("paused"));
        return;
    }
    // Checked before every claim: a window that closes mid-campaign stops it after the batch
    // in flight, and it goes on at the opening, wherever it is sent from.
    if (!insideWindow(*c))
        return;
    QString claimError;
    const auto next = m_store.claimNext(m_campaignId, CampaignStore::senderName(), &claimError, now());
    if (!next && !claimError.isEmpty()) {
        stop(campaign::Paused, tr("the store could not record the batch, nothing was sent: %1").arg(claimError));
        return;
    }
    if (!next && m_store.inFlightElsewhere(m_campaignId, CampaignStore::senderName()) > 0) {
        // Another sender (a second studio, mmsctl) still has batches of this campaign in flight:
        // the campaign is not done until they are answered, or until that sender is known gone.
        QString error;
        m_store.recoverInFlight(m_campaignId, &error, leaseSecs());
        if (m_store.inFlightElsewhere(m_campaignId, CampaignStore::senderName()) > 0) {
            scheduleStep(1000);
            return;
        }
    }
    if (!next) {
        const int unknown = c->batchesByState.value(batch::Unknown);
        const int rejected = c->batchesByState.value(batch::Rejected);
        if (unknown + rejected == 0)
            stop(campaign::Completed, {});
        else
            stop(campaign::Attention, tr("batches with unknown outcome: %1, rejected: %2; check them").arg(unknown).arg(rejected));
        return;
    }
    const BatchRow b = *next;
    QString stale;
    if (!c->message.isEmpty()) // e.g. "scheduled for …": sending now
        m_store.setState(m_campaignId, campaign::Running, {}, &stale);
    // Claimed (in flight, committed) before the request leaves: after a crash this batch
    // shows as unknown, and no other sender takes it.
    readError.clear();
    const QList<VariableEntry> recipients = m_store.batchRecipients(b.id, {}, &readError);
    if (recipients.isEmpty()) {
        // Nothing left: the batch goes back (if the store can take it; else it shows as
        // unknown at the next start, which sends nothing on its own) and the campaign pauses.
        QString error;
        m_store.setBatchState(b.id, batch::Pending, {}, 0, {}, &error);
        stop(campaign::Paused, tr("the batch's numbers could not be read from the store, nothing was sent: %1")
                                   .arg(readError.isEmpty() ? tr("the batch has none") : readError));
        return;
    }
    Q_EMIT batchUpdated(m_campaignId, b);
    m_inFlight = true;
    PlatformCall *call = nullptr;
    if (c->personalised) {
        call = m_client->sendVariableTask(c->mmsid, c->sub, recipients);
    } else {
        QStringList mobiles;
        mobiles.reserve(recipients.size());
        for (const VariableEntry &e : recipients)
            mobiles << e.mobile;
        call = m_client->sendTask(c->mmsid, mobiles, c->sub, c->sharedVars);
    }
    connect(call, &PlatformCall::finished, this, [this, call, b] {
        call->deleteLater();
        m_inFlight = false;
        onCallFinished(b, call->result());
    });
}

void CampaignRunner::updateBatch(const BatchRow &b, const QString &state, const CallResult &r, const QString &message)
{
    QString error;
    m_store.setBatchState(b.id, state, r.id, r.code, message, &error);
    if (auto fresh = m_store.batchBySeq(m_campaignId, b.seq))
        Q_EMIT batchUpdated(m_campaignId, *fresh);
}

void CampaignRunner::onCallFinished(const BatchRow &b, const CallResult &r)
{
    using O = CallResult::Outcome;
    switch (r.outcome) {
    case O::Success:
        m_unknownInARow = 0;
        updateBatch(b, batch::Accepted, r, r.message);
        scheduleStep(intervalMs());
        return;
    case O::PlatformError:
        if (pausesCampaign(r.code)) {
            // The platform refused the whole request: nothing was sent, the batch waits.
            updateBatch(b, batch::Pending, r, r.summary());
            stop(campaign::Paused, r.summary());
            return;
        }
        updateBatch(b, batch::Rejected, r, r.summary());
        scheduleStep(intervalMs());
        return;
    case O::InvalidRequest:
        updateBatch(b, batch::Rejected, r, r.summary());
        scheduleStep(intervalMs());
        return;
    case O::NotSent: {
        QString error;
        updateBatch(b, batch::Pending, r, r.summary());
        m_store.countNotSent(b.id, &error);
        const int tries = b.notSentCount + 1;
        if (tries >= m_policy.notSentRetries) {
            stop(campaign::Paused, tr("the platform could not be reached %1 times: %2").arg(tries).arg(r.summary()));
            return;
        }
        const qint64 backoff = qMin<qint64>(qint64(m_policy.retryBaseMs) << qMin(tries - 1, 16), m_policy.retryMaxMs);
        scheduleStep(int(backoff));
        return;
    }
    case O::Unknown:
        updateBatch(b, batch::Unknown, r, r.summary());
        if (++m_unknownInARow >= m_policy.unknownInARowToPause) {
            stop(campaign::Paused, tr("%1 batches in a row have an unknown outcome: %2").arg(m_unknownInARow).arg(r.summary()));
            return;
        }
        scheduleStep(intervalMs());
        return;
    }
}

} // namespace mms
