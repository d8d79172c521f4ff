#include "RecipientsPanel.h"
#include "protocol/Carriers.h"

#include "reports/RecipientTableModel.h"

#include <QColor>
#include <QComboBox>
#include <QIdentityProxyModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// Outcomes read at a glance: delivered green, failed red (colours belong to the GUI, not the core model).
class OutcomeColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole || index.column() != RecipientTableModel::Status)
            return QIdentityProxyModel::data(index, role);
        const QString delivery = QIdentityProxyModel::data(index, RecipientTableModel::DeliveryRole).toString();
        if (delivery.isEmpty())
            return {};
        return delivery == "DELIVRD"_L1 ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b);
    }
};
} // namespace

RecipientsPanel::RecipientsPanel(ReportService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(new RecipientTableModel(service, this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"recipientsPanel"_s);
    m_filter->setObjectName(u"recipientFilter"_s);
    m_search->setObjectName(u"recipientSearch"_s);
    m_count->setObjectName(u"recipientCount"_s);
    m_export->setObjectName(u"exportRecipientsButton"_s);
    m_table->setObjectName(u"recipientTable"_s);

    m_filter->addItem(tr("All recipients"), int(RecipientFilter::All));
    m_filter->addItem(tr("Delivered"), int(RecipientFilter::Delivered));
    m_filter->addItem(tr("Failed"), int(RecipientFilter::Failed));
    m_filter->addItem(tr("Waiting for a report"), int(RecipientFilter::Waiting));
    m_filter->addItem(tr("Replied"), int(RecipientFilter::Replied));
    m_filter->addItem(tr("Not sent"), int(RecipientFilter::NotSent));
    m_search->setPlaceholderText(tr("Search by number"));
    m_search->setClearButtonEnabled(true);
    m_export->setToolTip(tr("Save the recipients shown for Excel (.xlsx or CSV)"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one query per pause in typing, not one per key

    auto *coloured = new OutcomeColours(this);
    coloured->setSourceModel(m_model);
    m_table->setModel(coloured);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->setColumnWidth(RecipientTableModel::Number, 120);
    // Wide enough for "China Telecom" in the font in use.
    m_table->setColumnWidth(RecipientTableModel::Carrier,
                            m_table->fontMetrics().horizontalAdvance(Carriers::name(3)) + 20);
    m_table->setColumnWidth(RecipientTableModel::Status, 260);
    m_table->setColumnWidth(RecipientTableModel::ReportedAt, 150);
    m_table->setColumnWidth(RecipientTableModel::Replied, 72);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecipientsPanel::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecipientsPanel::applyQuery);
    connect(m_model, &RecipientTableModel::countChanged, this, &RecipientsPanel::showCount);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_model->query()); });
    setCampaign(0);
}

void RecipientsPanel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    m_export->setEnabled(campaignId != 0);
    applyQuery();
}

void RecipientsPanel::refresh()
{
    m_model->refresh();
}

void RecipientsPanel::setExportEnabled(bool enabled)
{
    m_export->setEnabled(enabled && m_campaignId != 0);
}

void RecipientsPanel::applyQuery()
{
    m_searchDelay->stop();
    RecipientQuery q;
    q.campaignId = m_campaignId;
    q.filter = RecipientFilter(m_filter->currentData().toInt());
    q.search = m_search->text().trimmed();
    if (q == m_model->query())
        return;
    m_count->setText(m_campaignId ? tr("Counting…") : QString());
    m_model->setQuery(q);
}

void RecipientsPanel::showCount(int count)
{
    const QString typed = m_search->text().trimmed();
    const bool noDigits = !typed.isEmpty() && std::none_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
    // Letters match nothing here (numbers are searched by their digits): say so rather than seem to ignore them.
    m_count->setText(noDigits ? tr("%Ln recipient(s); search takes digits of a number", nullptr, count)
                              : tr("%Ln recipient(s)", nullptr, count));
}

} // namespace mms
