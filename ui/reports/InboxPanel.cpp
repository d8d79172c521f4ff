#include "InboxPanel.h"

#include "reports/ReplyTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// The earliest day a date filter can take stands for "no limit" (shown as "any day").
const QDate kAnyDay(2000, 1, 1);

QDateEdit *dayEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(InboxPanel::tr("any day"));
    edit->setDate(kAnyDay);
    return edit;
}
} // namespace

InboxPanel::InboxPanel(ReportService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReplyTableModel(service, this))
    , m_campaign(new QComboBox(this))
    , m_from(dayEdit(u"inboxFrom"_s, this))
    , m_to(dayEdit(u"inboxTo"_s, this))
    , m_search(new QLineEdit(this))
    , m_blocked(new QComboBox(this))
    , m_optOut(new QCheckBox(tr("Opt-&out words only"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_count(new QLabel(this))
    , m_block(new QPushButton(tr("Add sender to the &blocklist"), this))
    , m_export(new QPushButton(tr("Ex&port…"), this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"inboxPanel"_s);
    m_campaign->setObjectName(u"inboxCampaign"_s);
    m_search->setObjectName(u"inboxSearch"_s);
    m_blocked->setObjectName(u"inboxBlocked"_s);
    m_optOut->setObjectName(u"inboxOptOut"_s);
    m_clear->setObjectName(u"inboxClear"_s);
    m_count->setObjectName(u"inboxCount"_s);
    m_block->setObjectName(u"blockButton"_s);
    m_export->setObjectName(u"exportRepliesButton"_s);
    m_table->setObjectName(u"inboxTable"_s);

    m_campaign->addItem(tr("All campaigns"), 0);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(12);
    m_search->setPlaceholderText(tr("Search the replies"));
    m_search->setClearButtonEnabled(true);
    m_blocked->addItem(tr("Blocked or not"), int(ReplyQuery::Blocked::Any));
    m_blocked->addItem(tr("Blocked senders"), int(ReplyQuery::Blocked::Yes));
    m_blocked->addItem(tr("Not blocked"), int(ReplyQuery::Blocked::No));
    m_block->setToolTip(tr("Numbers on the blocklist are left out of every later send (for replies such as TD, 退订, T)."));
    m_export->setToolTip(tr("Save the replies shown for Excel (.xlsx or CSV)"));
    m_from->setToolTip(tr("Replies from this day on (the platform's China time)"));
    m_to->setToolTip(tr("Replies up to this day"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one query per pause in typing, not one per key

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ReplyTableModel::Time, 150);
    m_table->setColumnWidth(ReplyTableModel::Number, 120);
    m_table->setColumnWidth(ReplyTableModel::Reply, 260);
    m_table->setColumnWidth(ReplyTableModel::Campaign, 200);

    // Two rows, so that the filters fit a narrow window (the studio's minimum is about 550 wide).
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_campaign);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s, this));
    filters->addWidget(m_to);
    filters->addWidget(m_blocked);
    filters->addWidget(m_optOut);
    filters->addStretch(1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_clear);
    bar->addWidget(m_count);
    bar->addWidget(m_block);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &InboxPanel::applyQuery);
    connect(m_blocked, &QComboBox::currentIndexChanged, this, &InboxPanel::applyQuery);
    connect(m_optOut, &QCheckBox::toggled, this, &InboxPanel::applyQuery);
    connect(m_from, &QDateEdit::dateChanged, this, &InboxPanel::applyQuery);
    connect(m_to, &QDateEdit::dateChanged, this, &InboxPanel::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPanel::applyQuery);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_campaign), b(m_blocked), c(m_optOut), d(m_from), e(m_to), f(m_search);
        m_campaign->setCurrentIndex(0);
        m_blocked->setCurrentIndex(0);
        m_optOut->setChecked(false);
        m_from->setDate(kAnyDay);
        m_to->setDate(kAnyDay);
        m_search->clear();
        applyQuery();
    });
    connect(m_model, &ReplyTableModel::countChanged, this, &InboxPanel::showCount);
    connect(m_model, &ReplyTableModel::readFailed, this, [this](const QString &error) {
        m_count->setText(tr("Cannot read the database: %1").arg(error));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPanel::updateBlockButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxPanel::updateBlockButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxPanel::updateBlockButton);
    connect(m_block, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid() || !current.data(ReplyTableModel::LoadedRole).toBool())
            return;
        Q_EMIT blockRequested(current.data(ReplyTableModel::MobileRole).toString(),
                              tr("replied \"%1\"").arg(current.data(ReplyTableModel::TextRole).toString()),
                              current.data(ReplyTableModel::CampaignIdRole).toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_model->query()); });
    m_block->setEnabled(false);
    applyQuery();
}

void InboxPanel::setCampaigns(const QList<CampaignDelivery> &campaigns)
{
    const qint64 chosen = m_campaign->currentData().toLongLong();
    const QSignalBlocker quiet(m_campaign);
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (const CampaignDelivery &d : campaigns)
        m_campaign->addItem(d.name.isEmpty() ? tr("Campaign %1").arg(d.campaignId) : d.name, d.campaignId);
    const int index = m_campaign->findData(chosen);
    m_campaign->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && chosen != 0)
        applyQuery(); // the campaign filtered by is gone
}

void InboxPanel::setOptOutWords(const QStringList &words)
{
    m_optOutWords = words;
    m_optOut->setToolTip(tr("Only replies that are one of: %1").arg(words.join(u"  "_s)));
    if (m_optOut->isChecked())
        applyQuery();
}

void InboxPanel::refresh()
{
    m_model->refresh();
}

void InboxPanel::setExportEnabled(bool enabled)
{
    m_export->setEnabled(enabled);
}

ReplyQuery InboxPanel::currentQuery() const
{
    ReplyQuery q;
    q.campaignId = m_campaign->currentData().toLongLong();
    q.from = m_from->date() == kAnyDay ? QDate() : m_from->date();
    q.to = m_to->date() == kAnyDay ? QDate() : m_to->date();
    q.text = m_search->text().trimmed();
    q.blocked = ReplyQuery::Blocked(m_blocked->currentData().toInt());
    if (m_optOut->isChecked())
        q.optOutWords = m_optOutWords.isEmpty() ? QStringList{u"\x01"_s} : m_optOutWords; // no words: nothing matches
    return q;
}

void InboxPanel::applyQuery()
{
    m_searchDelay->stop();
    const ReplyQuery q = currentQuery();
    if (q == m_model->query() && m_model->rowCount() > 0)
        return;
    m_count->setText(tr("Counting…"));
    m_model->setQuery(q);
}

void InboxPanel::showCount(int count)
{
    if (m_model->readError().isEmpty())
        m_count->setText(tr("%Ln reply(s)", nullptr, count));
    Q_EMIT countChanged(count);
}

void InboxPanel::updateBlockButton()
{
    const QModelIndex current = m_table->currentIndex();
    m_block->setEnabled(current.isValid() && current.data(ReplyTableModel::LoadedRole).toBool()
                        && !current.data(ReplyTableModel::BlockedRole).toBool());
}

} // namespace mms
