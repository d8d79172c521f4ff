#include "CampaignsPage.h"

#include "RememberSplitter.h"
#include "util/Words.h"

#include "BatchTableModel.h"
#include "CampaignListModel.h"
#include "AudiencesDialog.h"
#include "NewCampaignWizard.h"
#include "Prompts.h"
#include "ResendDialog.h"
#include "SendWindowEdit.h"
#include "campaign/FrequencyCaps.h"
#include "util/MoneyText.h"
#include "campaign/CampaignService.h"
#include "util/Config.h"

#include <QMenu>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

CampaignsPage::CampaignsPage(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_campaigns(new CampaignListModel(this))
    , m_batches(new BatchTableModel(this))
    , m_campaignTable(new QTableView(this))
    , m_batchTable(new QTableView(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"campaignsPage"_s);
    m_new = button(tr("&New campaign…"), u"newCampaignButton"_s, this);
    m_audiencesButton = button(tr("&Audiences…"), u"audiencesButton"_s, this);
    m_audiencesButton->setToolTip(tr("Customer lists kept in the studio, to send to again without their files"));
    m_pause = button(tr("&Pause"), u"pauseButton"_s, this);
    m_resume = button(tr("&Resume"), u"resumeButton"_s, this);
    m_cancel = button(tr("Cancel campaign"), u"cancelCampaignButton"_s, this);
    m_window = button(tr("Sending &window…"), u"sendWindowButton"_s, this);
    m_window->setToolTip(tr("The hours this campaign may send in; outside them it waits and goes on by itself"));
    m_again = button(tr("Send a&gain…"), u"resendCampaignButton"_s, this);
    m_again->setToolTip(tr("A new campaign of those this one did not reach: reported failed, or also no report and never sent"));
    m_resend = button(tr("Send batch again"), u"resendBatchButton"_s, this);
    m_markSent = button(tr("Count batch as sent"), u"markSentButton"_s, this);
    m_new->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    // Pause and cancel are one key away wherever the focus is in this area, and in each row's menu.
    m_pause->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_cancel->setShortcut(QKeySequence(u"Ctrl+Shift+X"_s));
    m_resume->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    for (QPushButton *b : {m_new, m_pause, m_resume, m_cancel})
        b->setToolTip(b->text().remove(u'&') + u" ("_s + b->shortcut().toString(QKeySequence::NativeText) + u')');
    m_resend->setToolTip(tr("Only if you know this batch did not reach the platform: its recipients would otherwise get the message twice."));
    m_markSent->setToolTip(tr("If the platform confirms it received this batch (for example, delivery reports arrive for it)."));

    m_campaignTable->setObjectName(u"campaignTable"_s);
    m_campaignTable->setModel(m_campaigns);
    m_campaignTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaignTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaignTable->horizontalHeader()->setStretchLastSection(true);
    m_campaignTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_campaignTable->verticalHeader()->hide();
    m_campaignTable->setWordWrap(false);
    m_campaignTable->setTextElideMode(Qt::ElideRight);
    m_campaignTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_campaigns->setRequestsPerSecond(Config().requestsPerSecond());
    // Names and templates get room; the rest fits its content.
    const QList<QPair<int, int>> widths{{CampaignListModel::Id, 48}, {CampaignListModel::Name, 200}, {CampaignListModel::State, 90},
                                        {CampaignListModel::Template, 180}, {CampaignListModel::Recipients, 80},
                                        {CampaignListModel::Progress, 60}, {CampaignListModel::TimeLeft, 80},
                                        {CampaignListModel::Created, 90}, {CampaignListModel::Started, 90},
                                        {CampaignListModel::Finished, 90}};
    for (const auto &[column, width] : widths)
        m_campaignTable->setColumnWidth(column, width);
    m_batchTable->setObjectName(u"batchTable"_s);
    m_batchTable->setModel(m_batches);
    m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchTable->horizontalHeader()->setStretchLastSection(true);
    m_batchTable->verticalHeader()->hide();
    m_title->setObjectName(u"campaignTitle"_s);
    m_detail->setObjectName(u"campaignDetail"_s);
    m_detail->setWordWrap(true);
    m_progress->setObjectName(u"campaignProgress"_s);
    m_progress->setRange(0, 100);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_audiencesButton, m_pause, m_resume, m_cancel, m_window, m_again})
        actions->addWidget(b);
    actions->addStretch();
    auto *batchActions = new QHBoxLayout;
    batchActions->addWidget(new QLabel(tr("Batch with unknown outcome:"), this));
    batchActions->addWidget(m_resend);
    batchActions->addWidget(m_markSent);
    batchActions->addStretch();
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_progress);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_batchTable, 1);
    detailLayout->addLayout(batchActions);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_campaignTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    rememberSplitter(splitter, u"campaignsSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { newCampaign(); });
    connect(m_audiencesButton, &QPushButton::clicked, this, &CampaignsPage::showAudiences);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_service->pause(selectedCampaign()); });
    connect(m_campaignTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_campaignTable->indexAt(pos);
        if (!at.isValid())
            return;
        m_campaignTable->selectRow(at.row());
        QMenu menu(this);
        menu.setObjectName(u"campaignContextMenu"_s);
        for (QPushButton *b : {m_pause, m_resume, m_cancel}) {
            QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
            a->setShortcut(b->shortcut());
            a->setEnabled(b->isEnabled());
        }
        menu.exec(m_campaignTable->viewport()->mapToGlobal(pos));
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const auto c = m_campaigns->campaignAt(m_campaignTable->currentIndex().row());
        if (!c)
            return;
        // A campaign made elsewhere and never started (mmsctl campaign resend, a send cut off
        // before its first batch) has had no confirmation here: money is not spent on one click.
        if (c->startedAt.isEmpty() && c->state == campaign::Ready) {
            const QString name = m_campaigns->data(m_campaigns->index(m_campaignTable->currentIndex().row(), CampaignListModel::Name)).toString();
            const auto answer = prompts::ask(this, tr("Start this campaign?"),
                tr("“%1” has not been sent yet. Send it now to %2 recipients with template %3? Estimated cost: %4.")
                    .arg(name, QLocale().toString(c->recipients), c->mmsid,
                         money::amount(Config().balanceTerms(Config().activeAccount()).costOf(c->recipients),
                                       Config().balanceTerms(Config().activeAccount()))),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
        }
        m_service->start(c->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_service->cancel(selectedCampaign()); });
    connect(m_again, &QPushButton::clicked, this, [this] {
        const auto c = m_campaigns->campaignAt(m_campaignTable->currentIndex().row());
        if (!c)
            return;
        const QString name = m_campaigns->data(m_campaigns->index(m_campaignTable->currentIndex().row(), CampaignListModel::Name)).toString();
        auto *dialog = new ResendDialog(m_service, *c, name, m_balance, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ResendDialog::campaignStarted, this, [this](qint64 id) {
            m_follow = id;
            m_service->refresh();
        });
        dialog->open();
    });
    connect(m_window, &QPushButton::clicked, this, [this] {
        const auto c = m_campaigns->campaignAt(m_campaignTable->currentIndex().row());
        if (!c)
            return;
        const qint64 id = c->id;
        const QString name = m_campaigns->data(m_campaigns->index(m_campaignTable->currentIndex().row(), CampaignListModel::Name)).toString();
        SendWindowEdit::openDialog(this, name, SendWindow::parse(c->sendWindow, nullptr).value_or(SendWindow::standard()),
                                   [this, id](const SendWindow &w) { m_service->setSendWindow(id, w.toString()); });
    });
    auto resolve = [this](bool resend) {
        const auto b = m_batches->batchAt(m_batchTable->currentIndex().row());
        if (!b)
            return;
        bool adopt = false;
        // Reports under a task this studio never recorded named the batch's numbers: they are
        // evidence it arrived, unless a stranger made them up. The user decides, knowing the source.
        if (!resend && b->reportedNumbers > 0 && !b->evidenceTaskId.isEmpty()) {
            const auto answer = prompts::ask(this, tr("Take the reports' task?"),
                tr("Delivery reports for %1 of this batch's %2 numbers came under task %3, which this studio did not record. "
                   "Count the batch as sent and take %3 as its task, so that those reports count for this campaign? "
                   "Say No to count it as sent without them (for example if you did not expect reports from this platform).")
                    .arg(QLocale().toString(b->reportedNumbers), QLocale().toString(b->size), b->evidenceTaskId),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Cancel)
                return;
            adopt = answer == QMessageBox::Yes;
        }
        m_service->resolveBatch(m_batches->campaignId(), b->id, resend, adopt);
    };
    connect(m_resend, &QPushButton::clicked, this, [resolve] { resolve(true); });
    connect(m_markSent, &QPushButton::clicked, this, [resolve] { resolve(false); });
    connect(m_campaignTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        select(selectedCampaign());
    });
    connect(m_batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPage::updateActions);

    connect(service, &CampaignService::opened, this, [this](const QString &) { m_service->refresh(); });
    connect(service, &CampaignService::campaignsLoaded, this, [this](const QList<CampaignRow> &rows) {
        // The campaign just started is selected (and followed) so that Pause is at hand at once.
        const qint64 selected = m_follow && std::any_of(rows.cbegin(), rows.cend(), [this](const CampaignRow &r) { return r.id == m_follow; })
                                    ? std::exchange(m_follow, 0) : selectedCampaign();
        m_campaigns->setCampaigns(rows);
        if (selected)
            select(selected);
        else if (!rows.isEmpty())
            m_campaignTable->selectRow(int(rows.size()) - 1);
        updateActions();
    });
    connect(service, &CampaignService::campaignChanged, this, [this](const CampaignRow &c) {
        m_campaigns->update(c);
        if (c.id == selectedCampaign())
            select(c.id);
        updateActions();
    });
    connect(service, &CampaignService::batchesLoaded, this, [this](qint64 id, const QList<BatchRow> &rows) {
        if (id == selectedCampaign()) {
            m_batches->setBatches(id, rows);
            m_batchTable->resizeColumnsToContents();
        }
        updateActions();
    });
    connect(service, &CampaignService::batchChanged, m_batches, &BatchTableModel::update);
    connect(service, &CampaignService::created, this, [this](qint64, const QString &) { m_service->refresh(); });
    updateActions();
}

qint64 CampaignsPage::selectedCampaign() const
{
    const auto c = m_campaigns->campaignAt(m_campaignTable->currentIndex().row());
    return c ? c->id : 0;
}

void CampaignsPage::setRequestsPerSecond(double rps)
{
    m_campaigns->setRequestsPerSecond(rps);
}

void CampaignsPage::select(qint64 campaignId)
{
    const int row = m_campaigns->rowOf(campaignId);
    if (row < 0)
        return;
    if (m_campaignTable->currentIndex().row() != row) {
        m_campaignTable->selectRow(row);
        m_campaignTable->scrollTo(m_campaigns->index(row, 0));
    }
    const CampaignRow c = *m_campaigns->campaignAt(row);
    m_title->setText(u"<b>%1</b> — %2"_s.arg(m_campaigns->data(m_campaigns->index(row, CampaignListModel::Name)).toString().toHtmlEscaped(),
                                               m_campaigns->data(m_campaigns->index(row, CampaignListModel::State)).toString()));
    m_progress->setValue(CampaignListModel::percentDone(c));
    const QLocale locale;
    QStringList parts{tr("%1 recipients in %n batch(es)", nullptr, std::accumulate(c.batchesByState.cbegin(), c.batchesByState.cend(), 0))
                          .arg(locale.toString(c.recipients))};
    for (auto it = c.recipientsByState.cbegin(); it != c.recipientsByState.cend(); ++it)
        parts << words::labelled(BatchTableModel::stateText(it.key()), locale.toString(it.value()));
    if (!c.isTest) {
        const auto window = SendWindow::parse(c.sendWindow, nullptr).value_or(SendWindow::standard());
        parts << (window.isAnyTime() ? tr("sends at any time") : tr("sends %1 China time").arg(window.displayText()));
        if (c.caps == FrequencyCaps::off().toString())
            parts << tr("frequency caps off for this campaign");
        if (c.capped > 0)
            parts << tr("%1 left out by the frequency caps").arg(locale.toString(c.capped));
    }
    QString text = parts.join(u" · "_s);
    if (!c.message.isEmpty())
        text += u"\n"_s + c.message;
    m_detail->setText(text);
    if (m_batches->campaignId() != campaignId)
        m_batches->setBatches(campaignId, {});
    m_service->loadBatches(campaignId);
    updateActions();
}

void CampaignsPage::updateActions()
{
    const auto c = m_campaigns->campaignAt(m_campaignTable->currentIndex().row());
    const QString state = c ? c->state : QString();
    m_pause->setEnabled(state == campaign::Running || state == campaign::Ready);
    const bool pending = c && c->batchesByState.value(batch::Pending) > 0;
    m_resume->setEnabled(pending && (state == campaign::Paused || state == campaign::Ready || state == campaign::Attention));
    m_cancel->setEnabled(state == campaign::Running || state == campaign::Paused || state == campaign::Ready);
    m_window->setEnabled(c && !c->isTest && (pending || state == campaign::Running));
    const int done = c ? c->batchesByState.value(batch::Accepted) + c->batchesByState.value(batch::Rejected)
                             + c->batchesByState.value(batch::Cancelled)
                       : 0;
    m_again->setEnabled(c && !c->isTest && done > 0);
    const auto b = m_batches->batchAt(m_batchTable->currentIndex().row());
    const bool unknown = b && b->state == batch::Unknown && state != campaign::Running;
    m_resend->setEnabled(unknown);
    m_markSent->setEnabled(unknown);
}

void CampaignsPage::showAudiences()
{
    auto *dialog = new AudiencesDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CampaignsPage::newCampaign(const QString &recipientFile)
{
    auto *wizard = new NewCampaignWizard(m_service, m_balance, this);
    if (!recipientFile.isEmpty())
        wizard->setRecipientFile(recipientFile);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewCampaignWizard::campaignStarted, this, [this](qint64 id) {
        m_follow = id;
        if (m_campaigns->rowOf(id) >= 0) // already listed (its batches moved): select it now
            select(std::exchange(m_follow, 0));
        m_service->refresh();
    });
    wizard->open();
}

QList<qint64> CampaignsPage::sendingCampaigns() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_campaigns->rowCount(); ++r) {
        if (const auto c = m_campaigns->campaignAt(r); c && c->state == campaign::Running)
            ids << c->id;
    }
    return ids;
}

bool CampaignsPage::isSending() const
{
    for (int r = 0; r < m_campaigns->rowCount(); ++r) {
        if (const auto c = m_campaigns->campaignAt(r); c && c->state == campaign::Running)
            return true;
    }
    return false;
}

} // namespace mms
