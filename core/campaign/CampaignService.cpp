#include "campaign/CampaignService.h"
#include "campaign/DraftImport.h"

#include "campaign/CampaignRunner.h"
#include "manifest/TemplateManifest.h"
#include "net/PlatformClient.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace mms {

// Lives on the worker thread: owns the store connection and the runner.
class CampaignWorker : public QObject
{
public:
    explicit CampaignWorker(CampaignService *service)
        : m_service(service)
    {
    }
    ~CampaignWorker() override
    {
        delete m_runner;
        m_db.reset();
    }

    CampaignService *m_service;
    std::unique_ptr<Database> m_db;
    CampaignRunner *m_runner = nullptr;
    Account m_account;
    qint64 m_accountId = 0;
    double m_rps = 5;
    QList<qint64> m_queue; // campaigns waiting for the runner

    void reply(std::function<void()> fn) { m_service->reply(std::move(fn)); }

    // Runs a read; when it fails, connects anew and runs it once more; a failure that stays is
    // reported (failed()) and returned.
    QString read(const std::function<void(QString *)> &fn)
    {
        QString error;
        fn(&error);
        if (error.isEmpty())
            return {};
        QString again;
        if (m_db->reconnect(&again)) {
            error.clear();
            fn(&error);
        }
        if (!error.isEmpty())
            reply([s = m_service, error] {
                Q_EMIT s->failed(QCoreApplication::translate("mms::CampaignService", "Cannot read the store: %1").arg(error));
            });
        return error;
    }

    void emitCampaign(qint64 id)
    {
        if (auto c = CampaignStore(*m_db).campaign(id)) {
            const CampaignRow row = *c;
            reply([s = m_service, row] { Q_EMIT s->campaignChanged(row); });
        }
    }

    void runNext()
    {
        if (!m_db || m_runner->isRunning() || m_queue.isEmpty())
            return;
        const qint64 id = m_queue.takeFirst();
        QString error;
        if (!m_runner->start(id, &error)) {
            reply([s = m_service, error] { Q_EMIT s->failed(error); });
            runNext();
        }
    }

    void open(const QString &path, const Account &account)
    {
        QString error;
        delete m_runner;
        m_runner = nullptr;
        m_db = Database::open(path, &error);
        if (!m_db) {
            reply([s = m_service, error] { Q_EMIT s->opened(error); });
            return;
        }
        m_account = account;
        // An import cut off by a crash left a draft: it was never sent; it goes (an hour old,
        // so an import running in another process, e.g. mmsctl, is left alone).
        CampaignStore(*m_db).dropAbandonedDrafts(3600, &error);
        Store store(*m_db);
        m_accountId = store.saveAccount(account, &error).value_or(0);
        m_runner = new CampaignRunner(*m_db, account);
        CampaignRunner::Policy policy;
        policy.requestsPerSecond = m_rps;
        m_runner->setPolicy(policy);
        QObject::connect(m_runner, &CampaignRunner::batchUpdated, m_runner, [this](qint64 id, const BatchRow &b) {
            reply([s = m_service, id, b] {
                Q_EMIT s->batchChanged(id, b);
                if (b.state == batch::Accepted)
                    Q_EMIT s->batchAccepted(id);
            });
            emitCampaign(id);
        });
        // "Waiting for the sending window…", "scheduled for…": the list says why nothing moves.
        QObject::connect(m_runner, &CampaignRunner::stateChanged, m_runner, [this](qint64 id, const QString &, const QString &) {
            emitCampaign(id);
        });
        QObject::connect(m_runner, &CampaignRunner::finished, m_runner, [this](qint64 id, const QString &, const QString &) {
            emitCampaign(id);
            runNext();
        });
        // Campaigns a crash (or a closed lid) left running go on where they stopped.
        m_queue = CampaignStore(*m_db).interrupted();
        reply([s = m_service] { Q_EMIT s->opened({}); });
        runNext();
    }
};

CampaignService::CampaignService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new CampaignWorker(this))
{
    m_thread->setObjectName(u"campaigns"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

CampaignService::~CampaignService()
{
    // The worker is deleted on its own thread, where its store connection lives.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void CampaignService::post(std::function<void(CampaignWorker &)> fn)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, fn = std::move(fn)] { fn(*w); }, Qt::QueuedConnection);
}

void CampaignService::reply(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void CampaignService::open(const QString &databasePath, const Account &account)
{
    post([databasePath, account](CampaignWorker &w) { w.open(databasePath, account); });
}

void CampaignService::setRequestsPerSecond(double rps)
{
    post([rps](CampaignWorker &w) {
        w.m_rps = rps;
        if (w.m_runner) {
            CampaignRunner::Policy p = w.m_runner->policy();
            p.requestsPerSecond = rps;
            w.m_runner->setPolicy(p);
        }
    });
}

void CampaignService::refresh()
{
    post([](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QList<CampaignRow> rows;
        // A failed read is said, never shown as "no campaigns"; a dropped team connection is
        // tried again once, connected anew.
        const QString error = w.read([&](QString *e) { rows = CampaignStore(*w.m_db).campaigns(w.m_accountId, e); });
        if (!error.isEmpty())
            return;
        w.reply([s = w.m_service, rows] { Q_EMIT s->campaignsLoaded(rows); });
    });
}

void CampaignService::loadBatches(qint64 campaignId)
{
    post([campaignId](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QList<BatchRow> rows;
        if (!w.read([&](QString *e) { rows = CampaignStore(*w.m_db).batches(campaignId, e); }).isEmpty())
            return;
        w.reply([s = w.m_service, campaignId, rows] { Q_EMIT s->batchesLoaded(campaignId, rows); });
    });
}

void CampaignService::loadTemplates()
{
    post([](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QList<TemplateRow> rows;
        if (!w.read([&](QString *e) { rows = Store(*w.m_db).templates(w.m_accountId, e); }).isEmpty())
            return;
        w.reply([s = w.m_service, rows] { Q_EMIT s->templatesLoaded(rows); });
    });
}

void CampaignService::submitManifest(const QString &path, bool again)
{
    const ManifestResult manifest = TemplateManifest::load(path);
    if (!manifest.ok()) {
        Q_EMIT templateSubmitted({}, manifest.errors.join(u'\n'));
        return;
    }
    submitTemplate(TemplateProject{manifest.tpl, {}}, again);
}

void CampaignService::submitTemplate(const TemplateProject &project, bool again)
{
    post([project, again](CampaignWorker &w) {
        CampaignService *s = w.m_service;
        const QStringList errors = TemplateManifest::validate(project.tpl);
        if (!errors.isEmpty()) {
            const QString error = errors.join(u'\n');
            w.reply([s, error] { Q_EMIT s->templateSubmitted({}, error); });
            return;
        }
        if (!w.m_db) {
            w.reply([s] { Q_EMIT s->templateSubmitted({}, QObject::tr("no account is open yet")); });
            return;
        }
        // Pressing Submit twice must not make a second template at the platform.
        if (!again) {
            QString error;
            const auto existing = Store(*w.m_db).templateByContent(w.m_accountId, project.tpl.contentHash(), &error);
            if (existing) {
                const TemplateRow row = *existing;
                w.reply([s, row] { Q_EMIT s->templateExists(row); });
                return;
            }
            if (!error.isEmpty()) {
                w.reply([s, error] { Q_EMIT s->templateSubmitted({}, error); });
                return;
            }
        }
        // The client lives on this thread for the one call; the answer comes as an event.
        auto *client = new PlatformClient(&w);
        client->setAccount(w.m_account);
        PlatformCall *call = client->saveTemplate(project.tpl);
        QObject::connect(call, &PlatformCall::finished, client, [&w, client, call, project, s] {
            const CallResult r = call->result();
            client->deleteLater();
            if (!r.ok()) {
                const QString error = r.summary();
                w.reply([s, error] { Q_EMIT s->templateSubmitted({}, error); });
                return;
            }
            QString error;
            // The whole project is kept, so that a new version can be made from the library.
            if (!Store(*w.m_db).addTemplate(w.m_accountId, r.id, project.tpl, project.toJson(), &error))
                error = QObject::tr("the platform created template %1, but it could not be recorded: %2").arg(r.id, error);
            const QList<TemplateRow> rows = Store(*w.m_db).templates(w.m_accountId);
            const QString mmsid = r.id;
            w.reply([s, mmsid, error, rows] {
                Q_EMIT s->templateSubmitted(mmsid, error);
                Q_EMIT s->templatesLoaded(rows);
            });
        });
    });
}

void CampaignService::loadTemplateProject(const QString &mmsid)
{
    post([mmsid](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QString error;
        const QByteArray json = Store(*w.m_db).templateSource(w.m_accountId, mmsid, &error);
        w.reply([s = w.m_service, mmsid, json, error] { Q_EMIT s->templateProjectLoaded(mmsid, json, error); });
    });
}

void CampaignService::sniff(const QString &path, const SniffChoice &choice)
{
    post([path, choice](CampaignWorker &w) {
        const FileSniff result = sniffRecipientFile(path, choice);
        w.reply([s = w.m_service, result] { Q_EMIT s->sniffed(result); });
    });
}

void CampaignService::importFile(const DraftImportRequest &request)
{
    m_cancelImport = false;
    post([request](CampaignWorker &w) {
        CampaignService *s = w.m_service;
        if (!w.m_db)
            return;
        DraftImportRequest r = request;
        r.campaign.accountId = w.m_accountId;
        const DraftImportResult result = importDraft(*w.m_db, r, [s](int permille) {
            s->reply([s, permille] { Q_EMIT s->importProgress(permille); });
            return !s->m_cancelImport.load();
        });
        w.reply([s, result] { Q_EMIT s->importFinished(result); });
    });
}

void CampaignService::countResend(qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore)
{
    post([campaignId, scope, noReportBefore](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QString error;
        const auto counts = ResendStore(*w.m_db).count(campaignId, scope, noReportBefore, &error);
        w.reply([s = w.m_service, campaignId, c = counts.value_or(ResendCounts()), error] { Q_EMIT s->resendCounted(campaignId, c, error); });
    });
}

void CampaignService::createResend(qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore, const QString &mmsid)
{
    m_cancelImport = false;
    post([campaignId, scope, noReportBefore, mmsid](CampaignWorker &w) {
        CampaignService *s = w.m_service;
        if (!w.m_db)
            return;
        DraftImportResult result;
        QString error;
        if (const auto request = makeResendRequest(*w.m_db, campaignId, scope, noReportBefore, mmsid, nullptr, &error)) {
            result = importDraft(*w.m_db, *request, [s](int) { return !s->m_cancelImport.load(); });
        } else {
            result.outcome = DraftImportResult::Outcome::StorageFailed;
            result.error = error;
        }
        w.reply([s, campaignId, result] { Q_EMIT s->resendCreated(campaignId, result); });
    });
}

void CampaignService::discard(qint64 campaignId)
{
    post([campaignId](CampaignWorker &w) {
        QString error;
        if (w.m_db)
            CampaignStore(*w.m_db).deleteCampaign(campaignId, &error);
    });
}

void CampaignService::createFromNumbers(const CampaignStore::NewCampaign &campaign, const QList<VariableEntry> &recipients)
{
    post([campaign, recipients](CampaignWorker &w) {
        if (!w.m_db)
            return;
        CampaignStore::NewCampaign nc = campaign;
        nc.accountId = w.m_accountId;
        QString error;
        const auto id = CampaignStore(*w.m_db).create(nc, recipients, kMaxNumbersPerRequest, &error);
        w.reply([s = w.m_service, id = id.value_or(0), error] { Q_EMIT s->created(id, error); });
    });
}

void CampaignService::loadReports()
{
    post([](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QList<CampaignDelivery> deliveries;
        if (!w.read([&](QString *e) { deliveries = ReportStore(*w.m_db).deliveries(w.m_accountId, e); }).isEmpty())
            return;
        w.reply([s = w.m_service, deliveries] { Q_EMIT s->reportsLoaded(deliveries); });
    });
}

void CampaignService::block(const QString &mobile, const QString &reason, qint64 campaignId)
{
    post([mobile, reason, campaignId](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QString error;
        if (!Store(*w.m_db).addToBlocklist(QList<BlockEntry>{BlockEntry{mobile, reason, {}, campaignId, {}}}, &error))
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
    });
    loadReports();
}

void CampaignService::loadBlocklist()
{
    post([](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QString error;
        const auto entries = Store(*w.m_db).blocklistEntries(&error);
        w.reply([s = w.m_service, entries, error] { Q_EMIT s->blocklistLoaded(entries.value_or(QList<BlockEntry>()), entries ? QString() : error); });
    });
}

void CampaignService::unblock(const QStringList &mobiles)
{
    post([mobiles](CampaignWorker &w) {
        if (!w.m_db)
            return;
        Store store(*w.m_db);
        QString error;
        const QSet<QString> wanted(mobiles.cbegin(), mobiles.cend());
        QList<BlockEntry> taken; // as they were, for an undo
        if (const auto all = store.blocklistEntries(&error))
            for (const BlockEntry &e : *all)
                if (wanted.contains(e.mobile))
                    taken.append(e);
        if (!error.isEmpty() || !store.removeFromBlocklist(mobiles, &error)) {
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
            return;
        }
        w.reply([s = w.m_service, taken] { Q_EMIT s->unblocked(taken); });
    });
    loadBlocklist();
    loadReports();
}

void CampaignService::restoreBlocks(const QList<BlockEntry> &entries)
{
    post([entries](CampaignWorker &w) {
        QString error;
        if (w.m_db && !Store(*w.m_db).addToBlocklist(entries, &error))
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
    });
    loadBlocklist();
    loadReports();
}

void CampaignService::importBlocklist(const QString &path, const ImportOptions &options, const QString &reason, bool apply)
{
    post([path, options, reason, apply](CampaignWorker &w) {
        if (!w.m_db)
            return;
        const BlocklistImportResult result = mms::importBlocklist(*w.m_db, path, options, reason, apply);
        w.reply([s = w.m_service, path, result, apply] { Q_EMIT s->blocklistImported(path, result, apply); });
    });
    if (apply) {
        loadBlocklist();
        loadReports();
    }
}

void CampaignService::loadAudiences()
{
    post([](CampaignWorker &w) {
        if (!w.m_db)
            return;
        QString error;
        const auto all = AudienceStore(*w.m_db).list(&error);
        w.reply([s = w.m_service, all, error] { Q_EMIT s->audiencesLoaded(all.value_or(QList<AudienceRow>()), all ? QString() : error); });
    });
}

void CampaignService::sniffAudience(const QString &name)
{
    post([name](CampaignWorker &w) {
        FileSniff sniff;
        sniff.path = audiencePath(name);
        if (!w.m_db)
            return;
        AudienceStore store(*w.m_db);
        QString error;
        const auto audience = store.find(name, &error);
        if (!audience) {
            sniff.error = error.isEmpty() ? QCoreApplication::translate("mms::CampaignService", "There is no audience “%1”.").arg(name) : error;
        } else {
            sniff.header = QStringList{QCoreApplication::translate("mms::CampaignService", "Number")} + audience->columns;
            sniff.columnCount = int(sniff.header.size());
            sniff.mobileColumn = 0;
            sniff.fileSize = audience->members;
            for (const auto &m : store.members(audience->id, 0, 20, &error).value_or(QList<AudienceStore::Member>()))
                sniff.preview.append(QStringList{m.mobile} + m.cells);
        }
        w.reply([s = w.m_service, sniff] { Q_EMIT s->sniffed(sniff); });
    });
}

void CampaignService::importAudience(const AudienceImportRequest &request)
{
    post([request](CampaignWorker &w) {
        if (!w.m_db)
            return;
        const AudienceImportResult result = mms::importAudience(*w.m_db, request);
        w.reply([s = w.m_service, name = request.name, result] { Q_EMIT s->audienceImported(name, result); });
    });
    loadAudiences();
}

void CampaignService::removeAudience(const QString &name)
{
    post([name](CampaignWorker &w) {
        QString error;
        if (w.m_db && !AudienceStore(*w.m_db).remove(name, &error))
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
    });
    loadAudiences();
}

void CampaignService::start(qint64 campaignId)
{
    post([campaignId](CampaignWorker &w) {
        if (!w.m_db)
            return;
        if (!w.m_queue.contains(campaignId) && w.m_runner->campaignId() != campaignId)
            w.m_queue.append(campaignId);
        w.runNext();
    });
}

void CampaignService::startAt(qint64 campaignId, const QDateTime &when)
{
    post([campaignId, when](CampaignWorker &w) {
        QString error;
        if (w.m_db && !CampaignStore(*w.m_db).setSchedule(campaignId, when, &error))
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
    });
    start(campaignId);
}

void CampaignService::setSendWindow(qint64 campaignId, const QString &window)
{
    post([campaignId, window](CampaignWorker &w) {
        QString error;
        if (!w.m_db)
            return;
        if (!CampaignStore(*w.m_db).setSendWindow(campaignId, window, &error)) {
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
            return;
        }
        w.emitCampaign(campaignId);
        if (w.m_runner->campaignId() == campaignId)
            w.m_runner->recheck();
    });
}

void CampaignService::pause(qint64 campaignId)
{
    post([campaignId](CampaignWorker &w) {
        if (!w.m_db)
            return;
        w.m_queue.removeAll(campaignId);
        if (w.m_runner->campaignId() == campaignId) {
            w.m_runner->pause();
        } else {
            QString error;
            CampaignStore(*w.m_db).setState(campaignId, campaign::Paused, {}, &error);
            w.emitCampaign(campaignId);
        }
    });
}

void CampaignService::cancel(qint64 campaignId)
{
    post([campaignId](CampaignWorker &w) {
        if (!w.m_db)
            return;
        w.m_queue.removeAll(campaignId);
        if (w.m_runner->campaignId() == campaignId) {
            w.m_runner->cancel();
            return;
        }
        QString error;
        if (!CampaignStore(*w.m_db).cancel(campaignId, QObject::tr("cancelled by the user"), &error))
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
        w.emitCampaign(campaignId);
    });
}

void CampaignService::resolveBatch(qint64 campaignId, qint64 batchId, bool resend, bool adoptEvidence)
{
    post([campaignId, batchId, resend, adoptEvidence](CampaignWorker &w) {
        if (!w.m_db)
            return;
        CampaignStore store(*w.m_db);
        QString error;
        if (!store.resolveUnknown(batchId, resend, &error, adoptEvidence)) {
            w.reply([s = w.m_service, error] { Q_EMIT s->failed(error); });
            return;
        }
        const QList<BatchRow> rows = store.batches(campaignId);
        w.reply([s = w.m_service, campaignId, rows] { Q_EMIT s->batchesLoaded(campaignId, rows); });
        w.emitCampaign(campaignId);
    });
}

} // namespace mms
