#pragma once

#include "audience/AudienceStore.h"
#include "campaign/BlocklistImport.h"
#include "campaign/DraftImport.h"
#include "design/TemplateProject.h"
#include "import/RecipientImport.h"
#include "protocol/Account.h"
#include "storage/CampaignStore.h"
#include "storage/ReportStore.h"
#include "storage/Store.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace mms {

class CampaignWorker;

// The campaigns half of the studio, for the GUI thread: every call returns at once and
// the work (reading files, the store, sending) happens on a worker thread with its own
// store connection. Results come back as signals in the caller's thread.
class CampaignService : public QObject
{
    Q_OBJECT
public:
    explicit CampaignService(QObject *parent = nullptr);
    ~CampaignService() override;

    // Opens the store for this account; campaigns a crash left running are resumed.
    void open(const QString &databasePath, const Account &account);
    void setRequestsPerSecond(double rps);

    void refresh();
    void loadBatches(qint64 campaignId);
    void loadTemplates();
    // Validates a template manifest and creates the template on the platform.
    void submitManifest(const QString &path, bool again = false);
    // Validates a designed template and creates it on the platform; templateSubmitted() tells.
    // Content already submitted from this account is not sent again unless again is true:
    // templateExists() names the template the platform already has.
    void submitTemplate(const mms::TemplateProject &project, bool again = false);
    // A submitted template's own project, to make a new version of it.
    void loadTemplateProject(const QString &mmsid);
    void sniff(const QString &path, const mms::SniffChoice &choice = {});

    // Imports into a new draft campaign (importDraft(): one set of rules with mmsctl);
    // importFinished() reports it.
    void importFile(const mms::DraftImportRequest &request);
    void cancelImport() { m_cancelImport = true; }
    void discard(qint64 campaignId);
    // Sending again to those a campaign did not reach (ResendStore): how many (resendCounted),
    // then a draft of exactly them through the one draft path (resendCreated), to confirm.
    void countResend(qint64 campaignId, mms::ResendScope scope, const QDateTime &noReportBefore);
    void createResend(qint64 campaignId, mms::ResendScope scope, const QDateTime &noReportBefore, const QString &mmsid);
    void createFromNumbers(const CampaignStore::NewCampaign &campaign, const QList<VariableEntry> &recipients);

    void loadReports();
    void block(const QString &mobile, const QString &reason, qint64 campaignId = 0);
    // The blocklist view: read it, take numbers off (unblocked() gives them back with their
    // reasons, for an undo), put entries back, import a suppression file (check first).
    void loadBlocklist();
    void unblock(const QStringList &mobiles);
    void restoreBlocks(const QList<mms::BlockEntry> &entries);
    void importBlocklist(const QString &path, const mms::ImportOptions &options, const QString &reason, bool apply);
    // Audiences: the list, one read as a file would be (sniffed() with path "audience:NAME",
    // the number as column 0 and its columns after it), an import, a removal.
    void loadAudiences();
    void sniffAudience(const QString &name);
    void importAudience(const mms::AudienceImportRequest &request);
    void removeAudience(const QString &name);
    static QString audiencePath(const QString &name) { return QStringLiteral("audience:") + name; }

    void start(qint64 campaignId);
    // Starts the campaign at startAt (the engine waits; the schedule survives a restart).
    void startAt(qint64 campaignId, const QDateTime &startAt);
    // The hours it may send in (SendWindow::toString()); a campaign waiting for them looks again.
    void setSendWindow(qint64 campaignId, const QString &window);
    void pause(qint64 campaignId);
    void cancel(qint64 campaignId);
    // adoptEvidence: with "count as sent", take the taskid the platform's reports named (asked first).
    void resolveBatch(qint64 campaignId, qint64 batchId, bool resend, bool adoptEvidence = false);

Q_SIGNALS:
    void opened(const QString &error);
    void campaignsLoaded(const QList<mms::CampaignRow> &campaigns);
    void campaignChanged(const mms::CampaignRow &campaign);
    void batchesLoaded(qint64 campaignId, const QList<mms::BatchRow> &batches);
    void batchChanged(qint64 campaignId, const mms::BatchRow &batch);
    void templatesLoaded(const QList<mms::TemplateRow> &templates);
    void templateSubmitted(const QString &mmsid, const QString &error);
    void templateExists(const mms::TemplateRow &existing); // a submit of unchanged content: no platform call
    void templateProjectLoaded(const QString &mmsid, const QByteArray &projectJson, const QString &error);
    void sniffed(const mms::FileSniff &sniff);
    void importProgress(int permille); // reading is the first half, writing the second
    void importFinished(const mms::DraftImportResult &result); // campaignId 0: nothing was kept
    void resendCounted(qint64 campaignId, const mms::ResendCounts &counts, const QString &error);
    void resendCreated(qint64 fromCampaignId, const mms::DraftImportResult &result);
    void created(qint64 campaignId, const QString &error);
    void batchAccepted(qint64 campaignId); // the balance changed
    void reportsLoaded(const QList<mms::CampaignDelivery> &deliveries); // the inbox pages its replies itself
    void failed(const QString &message);
    void blocklistLoaded(const QList<mms::BlockEntry> &entries, const QString &error);
    void unblocked(const QList<mms::BlockEntry> &entries);
    void blocklistImported(const QString &path, const mms::BlocklistImportResult &result, bool applied);
    void audiencesLoaded(const QList<mms::AudienceRow> &audiences, const QString &error);
    void audienceImported(const QString &name, const mms::AudienceImportResult &result);

private:
    friend class CampaignWorker;
    // Runs fn on the worker thread.
    void post(std::function<void(CampaignWorker &)> fn);
    // Runs fn on this (the GUI) thread.
    void reply(std::function<void()> fn);

    QThread *m_thread;
    CampaignWorker *m_worker;
    std::atomic<bool> m_cancelImport{false};
};

} // namespace mms
