#include "CompareDialog.h"

#include "ChartPicture.h"
#include "Prompts.h"
#include "SuggestedPath.h"
#include "protocol/ReportStatus.h"
#include "reports/ReportService.h"
#include "util/MoneyText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// Statuses shown in the failure mix at most (the rest summed as "other").
constexpr int kMostStatuses = 5;

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + u'%';
}
} // namespace

CompareDialog::CompareDialog(ReportService *reports, const QList<qint64> &campaignIds, const QHash<qint64, QString> &names,
                             const BalanceTerms &terms, QWidget *parent)
    : QDialog(parent)
    , m_names(names)
    , m_terms(terms)
    , m_table(new QTableWidget(this))
    , m_chart(new QChartView(this))
    , m_status(new QLabel(tr("Reading the campaigns…"), this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare campaigns"));
    m_table->setObjectName(u"compareTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setMinimumSectionSize(96);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chart->setObjectName(u"compareChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_status->setObjectName(u"compareStatus"_s);
    m_status->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save c&hart as picture…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveCompareChartButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &CompareDialog::saveChart);
    connect(reports, &ReportService::compared, this, &CompareDialog::showNumbers);
    // Sized for a 1280×720 laptop screen at most.
    resize(qMin(1000, 220 + 170 * int(campaignIds.size())), 600);
    reports->compare(campaignIds, m_ticket = quintptr(this));
}

void CompareDialog::showNumbers(quint64 ticket, const QList<CampaignBreakdown> &breakdowns, const QString &error)
{
    if (ticket != m_ticket)
        return;
    if (!error.isEmpty()) {
        m_status->setText(error);
        Q_EMIT shown();
        return;
    }
    const QLocale locale;
    // The statuses most failed with across the campaigns, as shares of what each sent.
    QMap<QString, qint64> statusTotals;
    for (const CampaignBreakdown &b : breakdowns)
        for (auto it = b.totals.failures.cbegin(); it != b.totals.failures.cend(); ++it)
            statusTotals[it.key()] += it.value();
    QStringList statuses = statusTotals.keys();
    std::sort(statuses.begin(), statuses.end(), [&](const QString &a, const QString &b) { return statusTotals[a] > statusTotals[b]; });
    const QStringList shownStatuses = statuses.mid(0, kMostStatuses);

    QStringList rows{tr("Sent"), tr("Delivered"), tr("Delivery rate"), tr("Failed"), tr("Waiting"), tr("Replied"), tr("Reply rate"),
                     tr("Cost per reply")};
    for (const QString &s : shownStatuses)
        rows << tr("Failed with %1").arg(s);
    if (statuses.size() > kMostStatuses)
        rows << tr("Failed otherwise");
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(breakdowns.size()));
    m_table->setVerticalHeaderLabels(rows);
    QStringList headers;
    for (int c = 0; c < breakdowns.size(); ++c) {
        const CampaignBreakdown &b = breakdowns.at(c);
        const OutcomeCounts &t = b.totals;
        headers << m_names.value(b.campaignId, tr("Campaign %1").arg(b.campaignId));
        QStringList cells{locale.toString(t.sent), locale.toString(t.delivered), percent(t.deliveryRate()), locale.toString(t.failed),
                          locale.toString(t.waiting()), locale.toString(t.replied), percent(t.replyRate()),
                          // What was spent on the campaign for each customer who answered.
                          t.replied ? money::amount(m_terms.costOf(t.sent) / double(t.replied), m_terms) : tr("no reply")};
        qint64 shownFailed = 0;
        for (const QString &s : shownStatuses) {
            const qint64 n = t.failures.value(s);
            shownFailed += n;
            cells << (t.sent ? percent(double(n) / double(t.sent)) : QString());
        }
        if (statuses.size() > kMostStatuses)
            cells << (t.sent ? percent(double(t.failed - shownFailed) / double(t.sent)) : QString());
        for (int r = 0; r < cells.size(); ++r) {
            auto *item = new QTableWidgetItem(cells.at(r));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r >= 8) {
                const QString status = shownStatuses.value(r - 8);
                const QString why = explainReportStatus(status);
                if (!why.isEmpty())
                    item->setToolTip(why);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->resizeColumnsToContents();

    // The two rates side by side, a bar pair per campaign.
    auto *chart = new QChart;
    chart->setTitle(tr("Delivery rate and reply rate"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *delivery = new QBarSet(tr("Delivery rate (left axis)"));
    auto *reply = new QBarSet(tr("Reply rate (right axis)"));
    delivery->setColor(QColor(0x27, 0xae, 0x60));
    reply->setColor(QColor(0x29, 0x80, 0xb9));
    double topReply = 0;
    for (const CampaignBreakdown &b : breakdowns)
        topReply = qMax(topReply, b.totals.replyRate() * 100.0);
    // Reply rates are a few percent: on the delivery rate's scale they would not show, so they
    // are read against the right axis, whose scale is the left one's divided by `scale`. Both
    // sets stay in one series, so each campaign's two bars stand side by side.
    double top = 1;
    while (top < topReply)
        top *= 2;
    const double scale = 100.0 / top;
    for (const CampaignBreakdown &b : breakdowns) {
        *delivery << b.totals.deliveryRate() * 100.0;
        *reply << b.totals.replyRate() * 100.0 * scale;
    }
    auto *series = new QBarSeries;
    series->append(delivery);
    series->append(reply);
    auto *names = new QBarCategoryAxis;
    names->setCategories(headers);
    auto *left = new QValueAxis;
    left->setRange(0, 100);
    left->setLabelFormat(u"%d%%"_s);
    left->setTickCount(5);
    left->setLabelsColor(delivery->color());
    auto *right = new QValueAxis;
    right->setRange(0, top);
    right->setLabelFormat(top >= 4 ? u"%d%%"_s : u"%.2f%%"_s);
    right->setTickCount(5);
    right->setLabelsColor(reply->color());
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    series->attachAxis(names);
    series->attachAxis(left);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_status->setText(tr("Cost per reply: what was sent, at the account's price, for each recipient who replied."));
    Q_EMIT shown();
}

void CompareDialog::saveChart()
{
    QString path = prompts::saveFileName(this, tr("Save chart as picture"),
                                         suggestedPath(tr("campaigns compared") + u".png"_s, QStandardPaths::PicturesLocation),
                                         tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".png"_s;
    m_status->setText(saveChartPicture(m_chart, path) ? tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path))
                                                      : tr("Could not save the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace mms
