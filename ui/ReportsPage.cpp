#include "ReportsPage.h"

#include "RememberSplitter.h"
#include "SuggestedPath.h"
#include "util/Words.h"

#include "Prompts.h"
#include "campaign/CampaignService.h"
#include "protocol/ReportStatus.h"
#include "reports/RecipientStatus.h"
#include "reports/ReportService.h"
#include "reports/DeliveryChart.h"
#include "reports/BlocklistPanel.h"
#include "reports/InboxPanel.h"
#include "util/Config.h"
#include "reports/RecipientsPanel.h"
#include "reports/ResultsPanel.h"
#include "reports/CompareDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
constexpr int kCampaignIdRole = Qt::UserRole;

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setMinimumSectionSize(72); // room for the headers, Chinese ones too
    t->verticalHeader()->hide();
    return t;
}

QString campaignTitle(const CampaignDelivery &d)
{
    return d.name.isEmpty() ? ReportsPage::tr("Campaign %1").arg(d.campaignId) : d.name;
}

} // namespace

ReportsPage::ReportsPage(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_reports(new ReportService(this))
    , m_campaigns(table({tr("Campaign"), tr("Sent"), tr("Delivered"), tr("Failed"), tr("Waiting"), tr("Replies")},
                        u"deliveryTable"_s, this))
    , m_failures(new QLabel(this))
    , m_chart(new DeliveryChart(this))
    , m_tabs(new QTabWidget(this))
    , m_recipients(new RecipientsPanel(m_reports, this))
    , m_results(new ResultsPanel(m_reports, this))
    , m_inbox(new InboxPanel(m_reports, this))
    , m_blocklist(new BlocklistPanel(service, this))
    , m_exportBar(new QWidget(this))
    , m_exportLabel(new QLabel(m_exportBar))
    , m_exportProgress(new QProgressBar(m_exportBar))
    , m_exportCancel(new QPushButton(tr("Cancel"), m_exportBar))
    , m_refresh(new QTimer(this))
    , m_detailTimer(new QTimer(this))
{
    setObjectName(u"reportsPage"_s);
    m_failures->setObjectName(u"failureLabel"_s);
    m_failures->setWordWrap(true);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"reportsTabs"_s);
    m_exportProgress->setObjectName(u"exportProgress"_s);
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setTextVisible(false);
    m_exportCancel->setObjectName(u"exportCancelButton"_s);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this, &ReportsPage::refreshNow);
    m_detailTimer->setSingleShot(true);
    connect(m_detailTimer, &QTimer::timeout, this, &ReportsPage::loadDetail);

    // Top: the campaigns and their failures beside the selected one's chart.
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("<b>Delivery</b>"), list));
    head->addStretch(1);
    m_compare = new QPushButton(tr("Co&mpare…"), list);
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setToolTip(tr("Select two to %1 campaigns (Ctrl+click) to see them side by side.").arg(CompareDialog::kMost));
    m_compare->setEnabled(false);
    head->addWidget(m_compare);
    listLayout->addLayout(head);
    listLayout->addWidget(m_campaigns, 1);
    listLayout->addWidget(m_failures);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(list);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    rememberSplitter(top, u"reportsTopSplitter"_s);

    // Bottom: the selected campaign's recipients, and the inbox.
    m_inbox->setOptOutWords(Config().autoBlockKeywords());
    m_tabs->addTab(m_recipients, tr("&Recipients"));
    m_tabs->addTab(m_results, tr("Res&ults"));
    m_tabs->addTab(m_inbox, tr("Re&plies"));
    m_tabs->addTab(m_blocklist, tr("&Blocklist"));

    auto *exportLayout = new QHBoxLayout(m_exportBar);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    exportLayout->addWidget(m_exportLabel);
    exportLayout->addWidget(m_exportProgress, 1);
    exportLayout->addWidget(m_exportCancel);
    m_exportBar->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    rememberSplitter(splitter, u"reportsSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_exportBar);

    connect(m_service, &CampaignService::reportsLoaded, this, &ReportsPage::show);
    connect(m_service, &CampaignService::opened, this, [this](const QString &) { m_service->loadReports(); });
    connect(m_service, &CampaignService::campaignChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_campaigns, &QTableWidget::currentCellChanged, this, &ReportsPage::selectCampaign);
    // Several campaigns selected (Ctrl or Shift): they can be compared.
    m_campaigns->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, [this] {
        const qsizetype n = m_campaigns->selectionModel()->selectedRows().size();
        m_compare->setEnabled(n >= 2 && n <= CompareDialog::kMost);
    });
    connect(m_compare, &QPushButton::clicked, this, &ReportsPage::compareSelected);
    connect(m_reports, &ReportService::detailLoaded, this, &ReportsPage::showDetail);
    connect(m_reports, &ReportService::readFailed, this, &ReportsPage::statusMessage);
    connect(m_inbox, &InboxPanel::blockRequested, m_service, &CampaignService::block);
    connect(m_inbox, &InboxPanel::exportRequested, this, &ReportsPage::exportReplies);
    connect(m_blocklist, &BlocklistPanel::statusMessage, this, &ReportsPage::statusMessage);
    connect(m_results, &ResultsPanel::statusMessage, this, &ReportsPage::statusMessage);
    connect(m_results, &ResultsPanel::exportRequested, this, &ReportsPage::exportResults);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_blocklist)
            m_blocklist->reload();
    });
    connect(m_service, &CampaignService::opened, m_blocklist, &BlocklistPanel::reload);
    connect(m_blocklist, &BlocklistPanel::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_blocklist), count == 0 ? tr("&Blocklist") : tr("&Blocklist (%1)").arg(QLocale().toString(count)));
    });
    connect(m_inbox, &InboxPanel::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_inbox), count == 0 ? tr("Re&plies") : tr("Re&plies (%1)").arg(QLocale().toString(count)));
    });
    connect(m_recipients, &RecipientsPanel::exportRequested, this, &ReportsPage::exportRecipients);
    connect(m_exportCancel, &QPushButton::clicked, m_reports, &ReportService::cancelExport);
    connect(m_reports, &ReportService::exportProgress, m_exportProgress, &QProgressBar::setValue);
    connect(m_reports, &ReportService::exportFinished, this, &ReportsPage::exportFinished);
}

void ReportsPage::showResults()
{
    m_tabs->setCurrentWidget(m_results);
}

void ReportsPage::setDatabase(const QString &path)
{
    m_reports->open(path);
    selectCampaign();
}

void ReportsPage::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void ReportsPage::refreshNow()
{
    m_service->loadReports();
    if (m_shownCampaign) {
        // The chart and failures follow at most once a second while reports stream in (the
        // last change always shown), so a flood of pushes does not queue reads of them.
        if (!m_detailTimer->isActive())
            m_detailTimer->start(m_lastDetail.isValid() ? int(qBound(qint64(0), 1000 - m_lastDetail.elapsed(), qint64(1000))) : 0);
        m_recipients->refresh();
        m_results->refresh();
    }
}

qint64 ReportsPage::currentCampaign() const
{
    const QTableWidgetItem *item = m_campaigns->item(m_campaigns->currentRow(), 0);
    return item ? item->data(kCampaignIdRole).toLongLong() : 0;
}

void ReportsPage::show(const QList<CampaignDelivery> &deliveries)
{
    const QLocale locale;
    // The selection follows the campaign, not the row, when campaigns come and go.
    const qint64 selected = currentCampaign();
    QSet<qint64> chosen; // several rows selected to compare stay selected
    for (const QModelIndex &row : m_campaigns->selectionModel()->selectedRows())
        chosen.insert(row.data(kCampaignIdRole).toLongLong());
    m_deliveries = deliveries;
    const QSignalBlocker quiet(m_campaigns);
    const QSignalBlocker quietSelection(m_campaigns->selectionModel());
    m_campaigns->setRowCount(int(deliveries.size()));
    int selectedRow = -1;
    for (int r = 0; r < deliveries.size(); ++r) {
        const CampaignDelivery &d = deliveries.at(r);
        const QStringList cells{campaignTitle(d), locale.toString(d.sent), locale.toString(d.delivered),
                                locale.toString(d.failed), locale.toString(d.waiting), locale.toString(d.replies)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(words::plainTip(cells.at(c))); // a long campaign name is cut by its column
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(kCampaignIdRole, d.campaignId);
            m_campaigns->setItem(r, c, item);
        }
        if (d.campaignId == selected)
            selectedRow = r;
    }
    m_campaigns->resizeColumnsToContents();
    if (selectedRow < 0 && !deliveries.isEmpty())
        selectedRow = int(deliveries.size()) - 1; // the latest campaign
    m_campaigns->setCurrentCell(selectedRow, 0);
    if (chosen.size() > 1) {
        QItemSelection rows;
        for (int r = 0; r < deliveries.size(); ++r)
            if (chosen.contains(deliveries.at(r).campaignId))
                rows.select(m_campaigns->model()->index(r, 0), m_campaigns->model()->index(r, m_campaigns->columnCount() - 1));
        m_campaigns->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    }
    const qsizetype n = m_campaigns->selectionModel()->selectedRows().size();
    m_compare->setEnabled(n >= 2 && n <= CompareDialog::kMost);
    selectCampaign();

    m_inbox->setCampaigns(deliveries);
    m_inbox->refresh();
    // The whole blocklist is read again only where it is looked at (sending refreshes this often).
    if (m_tabs->currentWidget() == m_blocklist)
        m_blocklist->reload();
}

void ReportsPage::selectCampaign()
{
    const qint64 id = currentCampaign();
    if (id == m_shownCampaign)
        return;
    m_shownCampaign = id;
    m_recipients->setCampaign(id);
    QString title;
    for (const CampaignDelivery &d : std::as_const(m_deliveries))
        if (d.campaignId == id)
            title = campaignTitle(d);
    m_results->setCampaign(id, title);
    m_failures->clear();
    m_chart->clear();
    m_detailTimer->stop();
    m_lastDetail.invalidate();
    if (id)
        loadDetail();
}

void ReportsPage::loadDetail()
{
    if (!m_shownCampaign)
        return;
    if (m_detailPending) {
        m_detailTimer->start(500); // the one on its way first
        return;
    }
    m_detailPending = true;
    m_lastDetail.start();
    m_reports->loadDetail(m_shownCampaign);
}

void ReportsPage::showDetail(const CampaignDelivery &d, const QList<DeliveryPoint> &timeline)
{
    m_detailPending = false;
    if (d.campaignId != m_shownCampaign)
        return; // an answer for a campaign no longer selected
    m_chart->setTimeline(timeline);
    m_chart->chart()->setTitle(timeline.isEmpty() ? tr("%1: no delivery reports yet").arg(campaignTitle(d)) : campaignTitle(d));
    QStringList lines;
    for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it) {
        const QString why = explainReportStatus(it.key());
        lines << (why.isEmpty() ? words::labelled(it.key(), QLocale().toString(it.value()))
                                : u"%1: %2 — %3"_s.arg(it.key(), QLocale().toString(it.value()), why));
    }
    QString text = lines.isEmpty() ? QString() : tr("Failed, by status:") + u"\n"_s + lines.join(u'\n');
    if (d.conflicts > 0) {
        // Kept, not dropped: the delivery stands, but someone should know the platform said both.
        if (!text.isEmpty())
            text += u"\n"_s;
        text += tr("%n failure report(s) arrived after a delivery of the same number: counted as delivered.", nullptr, d.conflicts);
    }
    m_failures->setText(text);
}

void ReportsPage::exportRecipients(const RecipientQuery &query)
{
    QString name = tr("recipients");
    for (const CampaignDelivery &d : std::as_const(m_deliveries))
        if (d.campaignId == query.campaignId)
            name = tr("%1 recipients").arg(campaignTitle(d));
    const QString path = prompts::saveTableFileName(this, tr("Export recipients"), suggestedPath(name));
    if (path.isEmpty())
        return;
    startExport(tr("Exporting recipients to %1…").arg(QFileInfo(path).fileName()));
    m_reports->exportRecipients(query, path);
}

void ReportsPage::exportReplies(const ReplyQuery &query)
{
    const QString path = prompts::saveTableFileName(this, tr("Export replies"), suggestedPath(tr("replies")));
    if (path.isEmpty())
        return;
    startExport(tr("Exporting replies to %1…").arg(QFileInfo(path).fileName()));
    m_reports->exportReplies(query, path);
}

void ReportsPage::compareSelected()
{
    QList<qint64> ids;
    QHash<qint64, QString> names;
    QList<QModelIndex> rows = m_campaigns->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        const CampaignDelivery &d = m_deliveries.at(row.row());
        ids << d.campaignId;
        names.insert(d.campaignId, campaignTitle(d));
    }
    if (ids.size() < 2 || ids.size() > CompareDialog::kMost)
        return;
    Config config;
    auto *dialog = new CompareDialog(m_reports, ids, names, config.balanceTerms(config.activeAccount()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReportsPage::exportResults(qint64 campaignId, BreakdownBy shown)
{
    QString name = tr("results");
    for (const CampaignDelivery &d : std::as_const(m_deliveries))
        if (d.campaignId == campaignId)
            name = tr("%1 results").arg(campaignTitle(d));
    const QString path = prompts::saveTableFileName(this, tr("Export results"), suggestedPath(name));
    if (path.isEmpty())
        return;
    // A workbook holds every breakdown; a CSV file holds one table: the one shown.
    const bool workbook = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    startExport(tr("Exporting results to %1…").arg(QFileInfo(path).fileName()));
    m_reports->exportResults(campaignId, path, workbook ? std::nullopt : std::optional<BreakdownBy>(shown));
}

void ReportsPage::startExport(const QString &what)
{
    // One export at a time: the buttons wait for this one.
    m_recipients->setExportEnabled(false);
    m_inbox->setExportEnabled(false);
    m_results->setExportEnabled(false);
    m_exportLabel->setText(what);
    m_exportProgress->setValue(0);
    m_exportBar->show();
}

void ReportsPage::exportFinished(const QString &path, int rows, const QString &error, bool cancelled)
{
    m_exportBar->hide();
    m_recipients->setExportEnabled(true);
    m_inbox->setExportEnabled(true);
    m_results->setExportEnabled(true);
    const QString file = QDir::toNativeSeparators(path);
    if (cancelled)
        Q_EMIT statusMessage(tr("Export cancelled: %1 was not written.").arg(file));
    else if (!error.isEmpty())
        Q_EMIT statusMessage(tr("Could not export to %1: %2").arg(file, error));
    else
        Q_EMIT statusMessage(tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(file));
}

} // namespace mms
