#include "ReportsPage.h"

#include "campaign/CampaignService.h"
#include "protocol/Pushes.h"
#include "protocol/ReportStatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
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

QString pushTime(const QString &yyyyMMddHHmmss)
{
    // The platform's clock is China Standard Time; show the user's own.
    const QDateTime t = pushes::parsePushTime(yyyyMMddHHmmss);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : yyyyMMddHHmmss;
}
} // namespace

ReportsPage::ReportsPage(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_campaigns(table({tr("Campaign"), tr("Sent"), tr("Delivered"), tr("Failed"), tr("Waiting"), tr("Replies")},
                        u"deliveryTable"_s, this))
    , m_failures(new QLabel(this))
    , m_inbox(table({tr("Time"), tr("Number"), tr("Reply"), tr("Campaign")}, u"inboxTable"_s, this))
    , m_block(new QPushButton(tr("Add sender to the &blocklist"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(u"reportsPage"_s);
    m_failures->setObjectName(u"failureLabel"_s);
    m_failures->setWordWrap(true);
    m_block->setObjectName(u"blockButton"_s);
    m_block->setToolTip(tr("Numbers on the blocklist are left out of every later send (for replies such as TD, 退订, T)."));
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, m_service, &CampaignService::loadReports);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Delivery</b>"), top));
    topLayout->addWidget(m_campaigns, 1);
    topLayout->addWidget(m_failures);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *inboxHeader = new QHBoxLayout;
    inboxHeader->addWidget(new QLabel(tr("<b>Replies</b>"), bottom));
    inboxHeader->addStretch();
    inboxHeader->addWidget(m_block);
    bottomLayout->addLayout(inboxHeader);
    bottomLayout->addWidget(m_inbox, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_service, &CampaignService::reportsLoaded, this, &ReportsPage::show);
    connect(m_service, &CampaignService::opened, this, [this](const QString &) { m_service->loadReports(); });
    connect(m_service, &CampaignService::campaignChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_campaigns, &QTableWidget::currentCellChanged, this, &ReportsPage::showFailures);
    connect(m_inbox, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_block->setEnabled(row >= 0 && row < m_replies.size() && !m_replies.at(row).blocked);
    });
    connect(m_block, &QPushButton::clicked, this, [this] {
        const int row = m_inbox->currentRow();
        if (row >= 0 && row < m_replies.size())
            m_service->block(m_replies.at(row).mobile, tr("replied \"%1\"").arg(m_replies.at(row).text));
    });
    m_block->setEnabled(false);
}

void ReportsPage::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void ReportsPage::show(const QList<CampaignDelivery> &deliveries, const QList<ReplyRow> &replies)
{
    const QLocale locale;
    const int selected = m_campaigns->currentRow();
    m_deliveries = deliveries;
    m_campaigns->setRowCount(int(deliveries.size()));
    for (int r = 0; r < deliveries.size(); ++r) {
        const CampaignDelivery &d = deliveries.at(r);
        const QStringList cells{d.name.isEmpty() ? tr("Campaign %1").arg(d.campaignId) : d.name, locale.toString(d.sent),
                                locale.toString(d.delivered), locale.toString(d.failed), locale.toString(d.waiting),
                                locale.toString(d.replies)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_campaigns->setItem(r, c, item);
        }
    }
    m_campaigns->resizeColumnsToContents();
    if (selected < 0 && !deliveries.isEmpty())
        m_campaigns->setCurrentCell(int(deliveries.size()) - 1, 0);
    showFailures();

    m_replies = replies;
    m_inbox->setRowCount(int(replies.size()));
    for (int r = 0; r < replies.size(); ++r) {
        const ReplyRow &reply = replies.at(r);
        const QStringList cells{pushTime(reply.repliedAt), reply.mobile + (reply.blocked ? tr(" (blocked)") : QString()),
                                reply.text, reply.campaignId ? (reply.campaignName.isEmpty() ? tr("Campaign %1").arg(reply.campaignId) : reply.campaignName)
                                                             : tr("(no campaign found for extension %1)").arg(reply.extension)};
        for (int c = 0; c < cells.size(); ++c)
            m_inbox->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_inbox->resizeColumnsToContents();
}

void ReportsPage::showFailures()
{
    const int row = m_campaigns->currentRow();
    if (row < 0 || row >= m_deliveries.size()) {
        m_failures->clear();
        return;
    }
    const CampaignDelivery &d = m_deliveries.at(row);
    QStringList lines;
    for (auto it = d.failures.cbegin(); it != d.failures.cend(); ++it) {
        const QString why = explainReportStatus(it.key());
        lines << (why.isEmpty() ? u"%1: %2"_s.arg(it.key()).arg(it.value()) : u"%1: %2 — %3"_s.arg(it.key()).arg(it.value()).arg(why));
    }
    m_failures->setText(lines.isEmpty() ? QString() : tr("Failed, by status:") + u"\n"_s + lines.join(u'\n'));
}

} // namespace mms
