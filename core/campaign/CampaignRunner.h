#pragma once

#include "net/CallResult.h"
#include "protocol/Account.h"
#include "storage/CampaignStore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <functional>

class QTimer;

namespace mms {

class Database;
class PlatformClient;

// Sends a campaign batch by batch (docs/campaigns.md). Lives in the thread of the
// Database connection it is given; never blocks: every step is an event.
//
// Each batch moves pending -> inflight -> accepted | rejected | unknown, and each move is
// committed before the next step, so a crash leaves at most one batch "inflight", which
// the next start turns into "unknown". Unknown batches are never sent again on their
// own: the user resends them or counts them as sent.
class CampaignRunner : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        double requestsPerSecond = 5;  // throttle between requests
        int timeoutMs = 30000;
        int notSentRetries = 5;        // "never left" failures in a row before pausing
        int retryBaseMs = 1000;        // backoff: base * 2^n, at most retryMaxMs
        int retryMaxMs = 60000;
        int unknownInARowToPause = 2;  // the platform seems to be in trouble: stop and ask
        // Outside its sending window a campaign looks again this often (a window changed by
        // another program, a clock that jumped), and at the window's opening.
        int windowCheckMs = 60000;
    };
    // The time now (UTC); tests give a clock of their own.
    using Clock = std::function<QDateTime()>;

    CampaignRunner(Database &db, const Account &account, QObject *parent = nullptr);
    ~CampaignRunner() override;

    void setPolicy(const Policy &policy);
    const Policy &policy() const { return m_policy; }
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts (or resumes) a campaign; false with *error when it cannot run.
    bool start(qint64 campaignId, QString *error);
    void pause();  // after the batch in flight, if any
    void cancel(); // pending batches are cancelled
    // Looks at the campaign again now (its sending window or schedule changed), if waiting.
    void recheck();
    bool isRunning() const { return m_campaignId != 0; }
    qint64 campaignId() const { return m_campaignId; }

    // Platform codes after which the campaign pauses (nothing was sent; retrying cannot help yet).
    static bool pausesCampaign(int code);

Q_SIGNALS:
    void batchUpdated(qint64 campaignId, const mms::BatchRow &batch);
    void stateChanged(qint64 campaignId, const QString &state, const QString &message);
    void finished(qint64 campaignId, const QString &state, const QString &message);

private:
    void step();
    void scheduleStep(int delayMs);
    void onCallFinished(const BatchRow &batch, const CallResult &r);
    void stop(const QString &state, const QString &message);
    void updateBatch(const BatchRow &batch, const QString &state, const CallResult &r, const QString &message);
    int intervalMs() const;
    int leaseSecs() const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    // True when the campaign may send now; else it waits, saying until when.
    bool insideWindow(const CampaignRow &c);

    Database &m_db;
    CampaignStore m_store;
    PlatformClient *m_client;
    Policy m_policy;
    Clock m_clock;
    QTimer *m_timer;
    qint64 m_campaignId = 0;
    bool m_inFlight = false;
    bool m_pauseRequested = false;
    bool m_cancelRequested = false;
    int m_unknownInARow = 0;
};

} // namespace mms
