#pragma once

#include "import/RecipientImport.h"
#include "storage/CampaignRecipientSink.h"
#include "protocol/Requests.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace mms {

class Database;

// Batch states. Every move is committed before the next step (docs/campaigns.md).
namespace batch {
inline const QString Pending = QStringLiteral("pending");
inline const QString InFlight = QStringLiteral("inflight");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Unknown = QStringLiteral("unknown");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace batch

namespace campaign {
inline const QString Draft = QStringLiteral("draft");         // recipients being imported / not confirmed
inline const QString Ready = QStringLiteral("ready");         // confirmed, waiting for its start
inline const QString Running = QStringLiteral("running");
inline const QString Paused = QStringLiteral("paused");
inline const QString Completed = QStringLiteral("completed"); // every batch accepted
inline const QString Attention = QStringLiteral("attention"); // done, but batches unknown or rejected
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace campaign

struct CampaignRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString mmsid;
    QString name;
    QString sub;
    QString state;
    QString message;
    bool personalised = false;
    QStringList variables;        // Text1, Text2… for personalised sends
    QMap<QString, QString> sharedVars;
    QString scheduledAt;          // ISO UTC, empty = at once
    bool isTest = false;
    QString source;
    QString createdAt;
    QString updatedAt;            // the last change of state: when a finished campaign finished
    QString sendWindow;           // "08:00-22:00" (China time); empty or "any": none (SendWindow)
    QString startedAt;            // when its first batch was claimed; empty: not started
    QString caps;                 // FrequencyCaps::toString(); empty or "off": none
    qint64 capped = 0;            // recipients left out by a frequency cap (at import or when sending)
    QString templateSubject;      // the template's subject, when this store knows the template
    int recipients = 0;
    QMap<QString, int> batchesByState;
    QMap<QString, int> recipientsByState; // recipients of batches in each state
};

struct BatchRow
{
    qint64 id = 0;
    int seq = 0;
    QString state;
    int size = 0;
    QString taskid;
    int code = 0;
    QString message;
    int attempts = 0;
    int notSentCount = 0;
    // Unknown outcome: how many of its numbers the platform reported on under a send (taskid)
    // nobody here knows, which shows the batch did arrive.
    int reportedNumbers = 0;
    QString evidenceTaskId; // that send's taskid: the source of the evidence, adopted only if the user says so
    // Who took it to send (host/process/random), when a sender has: a team sees which desktop.
    QString claimedBy;
};

class CampaignStore
{
public:
    explicit CampaignStore(Database &db);

    struct NewCampaign
    {
        qint64 accountId = 0;
        QString mmsid;
        QString sub;
        QString name;
        bool personalised = false;
        QStringList variables;
        QMap<QString, QString> sharedVars;
        QString scheduledAt;
        bool isTest = false;
        QString source;
        QString sendWindow; // SendWindow::toString(); empty: any time
        QString caps;       // FrequencyCaps::toString(); empty or "off": none
    };

    // A draft campaign with no recipients yet.
    std::optional<qint64> createDraft(const NewCampaign &c, QString *error);
    // Recipients, batches and issues of a draft in one go (small campaigns, tests).
    std::optional<qint64> create(const NewCampaign &c, const QList<VariableEntry> &recipients, int batchSize,
                                 QString *error);
    // Makes a draft whose recipients were written by CampaignRecipientSink ready to send.
    bool finalize(qint64 campaignId, QString *error);
    bool saveIssues(qint64 campaignId, const QList<RowIssue> &issues, QString *error);
    bool deleteCampaign(qint64 campaignId, QString *error);
    // Drafts untouched for this long are imports that a crash or a kill interrupted: nothing of
    // them was or can be sent. Removed, with their recipients; returns how many.
    int dropAbandonedDrafts(int olderThanSecs, QString *error);

    // Reads return what they could; with error given, a failed query (a dropped connection) sets
    // it, so that "no campaigns" and "cannot read" are never the same answer.
    std::optional<CampaignRow> campaign(qint64 id, QString *error = nullptr) const;
    // How many of a campaign's recipients each carrier (by number prefix) has.
    std::optional<QMap<int, qint64>> recipientsByCarrier(qint64 campaignId, QString *error) const;
    QList<CampaignRow> campaigns(qint64 accountId, QString *error = nullptr) const;
    QList<BatchRow> batches(qint64 campaignId, QString *error = nullptr) const;
    std::optional<BatchRow> batchBySeq(qint64 campaignId, int seq) const;
    // Takes the campaign's next pending batch for this sender: it is in flight, in the sender's
    // name, when this returns (committed). No two senders ever get the same batch, on SQLite or
    // PostgreSQL, in one process or several. nullopt: none pending (or *error).
    // The campaign's frequency caps apply to the batch as it is claimed, at `now` (invalid: the
    // clock's), in the same transaction (SendLedger::claim); a batch they empty is cancelled
    // and the next one taken.
    std::optional<BatchRow> claimNext(qint64 campaignId, const QString &sender, QString *error,
                                      const QDateTime &now = {});
    // Batches in flight in other senders' names (a second studio or mmsctl sending the same campaign).
    int inFlightElsewhere(qint64 campaignId, const QString &sender) const;
    // A name for this sender, unique among running senders: host/process/random.
    static QString senderName();
    // Numbers a frequency cap left out of the campaign (at import or as their batch went out),
    // with the reason, in the order they were left out.
    std::optional<QList<QPair<QString, QString>>> capped(qint64 campaignId, QString *error) const;
    QList<VariableEntry> batchRecipients(qint64 batchId, const QStringList &variables = {}, QString *error = nullptr) const;

    bool setBatchState(qint64 batchId, const QString &state, const QString &taskid, int code,
                       const QString &message, QString *error);
    bool countNotSent(qint64 batchId, QString *error);
    bool setState(qint64 campaignId, const QString &state, const QString &message, QString *error);
    // When to start (UTC); an invalid time means at once.
    bool setSchedule(qint64 campaignId, const QDateTime &startAt, QString *error);
    // The hours it may send in (SendWindow::toString()); a runner waiting for it sees the change.
    bool setSendWindow(qint64 campaignId, const QString &window, QString *error);
    // Batches left in flight by a sender that is gone (crashed or killed: a process of this
    // host that no longer runs, or a claim older than leaseSecs) may have reached the
    // platform: unknown. A batch another running sender holds is left to it.
    int recoverInFlight(qint64 campaignId, QString *error, int leaseSecs = 120);
    // Pending batches cancelled, and the campaign with them.
    bool cancel(qint64 campaignId, const QString &message, QString *error);
    // The user's choice for an unknown batch: send again, or count it as sent (which
    // completes a campaign that has nothing else open).
    // resend false: counted as sent; a send seen in reports for its numbers becomes its taskid
    // and those reports are linked to it.
    // adoptEvidence: when counted as sent, take the taskid of the reports that named its numbers
    // (BatchRow::evidenceTaskId) as its own, so those reports count for it; the user decides.
    bool resolveUnknown(qint64 batchId, bool resend, QString *error, bool adoptEvidence = true);
    struct Evidence
    {
        QString taskid;
        int numbers = 0;
    };
    // Reports for an unknown batch's numbers under a send nobody here knows, if any.
    std::optional<Evidence> evidence(qint64 batchId) const;
    // Campaigns that were running when the program stopped. On a team store, only those this computer was sending: another desktop's running
    // campaign is its own business (joining it would be safe, batches being claimed, but
    // would send without this user asking).
    QList<qint64> interrupted() const;

private:
    bool indexRecipients(qint64 batchId, QString *error);
    std::optional<BatchRow> batchById(qint64 id, QString *error) const;
    bool resolveUnknownState(qint64 batchId, bool resend, const QString &taskid, QString *error);
    // Reports stored before any send had this taskid.
    bool reportsWaitFor(const QString &taskid) const;
    Database &m_db;
};

} // namespace mms
