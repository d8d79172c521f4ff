#include "BlocklistPanel.h"

#include "Prompts.h"
#include "RecipientFileChooser.h"
#include "campaign/CampaignService.h"
#include "util/Words.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
enum Columns { Number, Reason, Campaign, BlockedAt, ColumnCount };
constexpr int kEntryTimeRole = Qt::UserRole; // added_at as stored, for an undo
} // namespace

BlocklistPanel::BlocklistPanel(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_unblock(new QPushButton(tr("&Unblock"), this))
    , m_undo(new QPushButton(tr("Und&o unblock"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"blocklistPanel"_s);
    m_search->setObjectName(u"blocklistSearch"_s);
    m_count->setObjectName(u"blocklistCount"_s);
    m_unblock->setObjectName(u"unblockButton"_s);
    m_undo->setObjectName(u"undoUnblockButton"_s);
    m_import->setObjectName(u"importBlocklistButton"_s);
    m_table->setObjectName(u"blocklistTable"_s);
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Reason"), tr("Campaign"), tr("Blocked at")});
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // the number or the reason
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search by number or reason"));
    m_search->setClearButtonEnabled(true);
    m_unblock->setToolTip(tr("Take the selected numbers off the blocklist: they can be sent to again"));
    m_import->setToolTip(tr("Block every number of a file (Excel, CSV or TXT): a suppression list"));
    m_undo->hide();

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BlockedAt, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Number, 120);
    m_table->setColumnWidth(Reason, 280);
    m_table->setColumnWidth(Campaign, 180);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_unblock);
    bar->addWidget(m_undo);
    bar->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlocklistPanel::updateButtons);
    connect(m_unblock, &QPushButton::clicked, this, &BlocklistPanel::unblockSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &BlocklistPanel::unblockSelected);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_lastUnblocked.isEmpty())
            return;
        m_service->restoreBlocks(m_lastUnblocked);
        Q_EMIT statusMessage(tr("%Ln number(s) back on the blocklist.", nullptr, int(m_lastUnblocked.size())));
        m_lastUnblocked.clear();
        m_undo->hide();
    });
    connect(m_import, &QPushButton::clicked, this, &BlocklistPanel::importFile);
    connect(service, &CampaignService::blocklistLoaded, this, &BlocklistPanel::show);
    connect(service, &CampaignService::unblocked, this, [this](const QList<BlockEntry> &entries) {
        m_lastUnblocked = entries;
        m_undo->setVisible(!entries.isEmpty());
        Q_EMIT statusMessage(tr("%Ln number(s) taken off the blocklist.", nullptr, int(entries.size())));
    });
    connect(service, &CampaignService::blocklistImported, this, &BlocklistPanel::onImported);
    connect(service, &CampaignService::sniffed, this, &BlocklistPanel::onSniffed);
    updateButtons();
}

void BlocklistPanel::reload()
{
    m_service->loadBlocklist();
}

void BlocklistPanel::show(const QList<BlockEntry> &entries, const QString &error)
{
    if (!error.isEmpty()) {
        m_count->setText(tr("Cannot read the database: %1").arg(error));
        return;
    }
    m_table->setSortingEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const BlockEntry &e = entries.at(r);
        auto *number = new QStandardItem(e.mobile);
        number->setData(e.addedAt, kEntryTimeRole);
        auto *reason = new QStandardItem(e.reason);
        reason->setToolTip(words::plainTip(e.reason)); // a reply's text is a stranger's: plain text
        m_model->setItem(r, Number, number);
        m_model->setItem(r, Reason, reason);
        m_model->setItem(r, Campaign, new QStandardItem(e.campaignId == 0 ? QString()
                                                        : e.campaignName.isEmpty() ? tr("Campaign %1").arg(e.campaignId) : e.campaignName));
        m_model->setItem(r, BlockedAt, new QStandardItem(QDateTime::fromString(e.addedAt, Qt::ISODate).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    m_table->setSortingEnabled(true);
    m_count->setText(tr("%Ln number(s)", nullptr, int(entries.size())));
    updateButtons();
    Q_EMIT countChanged(int(entries.size()));
}

void BlocklistPanel::unblockSelected()
{
    QStringList numbers;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(Number))
        numbers << row.data().toString();
    if (numbers.isEmpty())
        return;
    m_service->unblock(numbers);
}

void BlocklistPanel::importFile()
{
    const QString path = prompts::openFileName(this, tr("Import a suppression list"), RecipientFileChooser::fileFilter());
    if (path.isEmpty())
        return;
    // Read on the service's thread (a workbook's first rows can take a second to reach), checked when it answers.
    m_pendingPath = path;
    m_import->setEnabled(false);
    Q_EMIT statusMessage(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_service->sniff(path);
}

void BlocklistPanel::onSniffed(const FileSniff &sniff)
{
    if (m_pendingPath.isEmpty() || sniff.path != m_pendingPath)
        return;
    const QString path = std::exchange(m_pendingPath, QString());
    if (!sniff.ok() || sniff.mobileColumn < 0) {
        m_import->setEnabled(true);
        Q_EMIT statusMessage(sniff.ok() ? tr("No column of mobile numbers found in %1.").arg(QFileInfo(path).fileName()) : sniff.error);
        return;
    }
    m_pendingImport = ImportOptions::fromSniff(sniff);
    m_pendingReason = tr("imported from %1").arg(QFileInfo(path).fileName());
    m_service->importBlocklist(path, m_pendingImport, m_pendingReason, false);
}

void BlocklistPanel::onImported(const QString &path, const BlocklistImportResult &result, bool applied)
{
    const QString file = QFileInfo(path).fileName();
    const ImportSummary &s = result.summary;
    const QLocale locale;
    if (!result.ok()) {
        m_import->setEnabled(true);
        Q_EMIT statusMessage(tr("Could not import %1: %2").arg(file, result.error.isEmpty() ? s.error : result.error));
        return;
    }
    if (applied) {
        m_import->setEnabled(true);
        Q_EMIT statusMessage(tr("%1: %Ln number(s) added to the blocklist.", nullptr, result.added).arg(file));
        return;
    }
    // The check: what the import will do, then a clear yes or no.
    QString text = tr("%1 holds %2 new numbers for the blocklist; %3 are on it already, %4 rows are not valid numbers and %5 are duplicates.")
                       .arg(file, locale.toString(s.valid), locale.toString(s.blocked), locale.toString(s.invalid), locale.toString(s.duplicates));
    QStringList examples;
    for (const RowIssue &i : s.issues)
        if (i.kind == RowIssue::Kind::Invalid && examples.size() < 5)
            examples << tr("line %1: %2 (%3)").arg(i.line).arg(i.value.left(40), i.reason);
    if (!examples.isEmpty())
        text += u"\n\n"_s + examples.join(u'\n');
    if (s.valid == 0) {
        m_import->setEnabled(true);
        prompts::ask(this, tr("Import a suppression list"), text + u"\n\n"_s + tr("Nothing to add."), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    const auto answer = prompts::ask(this, tr("Import a suppression list"),
                                     text + u"\n\n"_s + tr("Block these %1 numbers?").arg(locale.toString(s.valid)),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        m_import->setEnabled(true);
        return;
    }
    m_service->importBlocklist(path, m_pendingImport, m_pendingReason, true);
}

void BlocklistPanel::updateButtons()
{
    m_unblock->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace mms
