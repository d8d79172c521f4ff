#include "ResultsPanel.h"

#include "BreakdownChart.h"
#include "BreakdownTableModel.h"
#include "ChartPicture.h"
#include "SuggestedPath.h"
#include "Prompts.h"
#include "RememberSplitter.h"
#include "reports/ReportService.h"
#include "util/Config.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
// A rate as a bar behind its number, so a column of rates reads at a glance.
class RateBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant rate = index.data(BreakdownTableModel::RateRole);
        if (rate.isValid()) {
            QRect bar = option.rect.adjusted(2, 3, -2, -3);
            bar.setWidth(int(bar.width() * qBound(0.0, rate.toDouble(), 1.0)));
            QColor c = index.column() == BreakdownTableModel::DeliveryRate ? QColor(0x27, 0xae, 0x60) : QColor(0x29, 0x80, 0xb9);
            c.setAlpha(70);
            painter->fillRect(bar, c);
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};
} // namespace

ResultsPanel::ResultsPanel(ReportService *reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_by(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_saveChart(new QPushButton(tr("Save c&hart as picture…"), this))
    , m_export(new QPushButton(tr("E&xport results…"), this))
    , m_model(new BreakdownTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new BreakdownChart(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"resultsPanel"_s);
    m_by->setObjectName(u"breakdownBy"_s);
    m_by->addItem(tr("Carrier (by number segment)"), int(BreakdownBy::Carrier));
    m_by->addItem(tr("Province"), int(BreakdownBy::Province));
    m_by->addItem(tr("City"), int(BreakdownBy::City));
    m_by->addItem(tr("Hour of the day (China time)"), int(BreakdownBy::Hour));
    if (const auto kept = breakdownByFromName(Config().resultsBreakdown()))
        m_by->setCurrentIndex(m_by->findData(int(*kept)));
    m_note->setObjectName(u"breakdownNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveChart->setObjectName(u"saveChartButton"_s);
    m_saveChart->setEnabled(false);
    m_export->setObjectName(u"exportResultsButton"_s);
    m_export->setToolTip(tr("A workbook for Excel: the totals, a sheet for each of carrier, province, city and hour, and every recipient."));
    m_export->setEnabled(false);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(BreakdownTableModel::SortRole);
    m_table->setObjectName(u"breakdownTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new RateBarDelegate(m_table));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ResultsPanel::load);

    auto *bar = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&Results by:"), this);
    byLabel->setBuddy(m_by);
    bar->addWidget(byLabel);
    bar->addWidget(m_by);
    bar->addStretch(1);
    bar->addWidget(m_saveChart);
    bar->addWidget(m_export);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    rememberSplitter(split, u"resultsSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);

    // Hours and carriers in their own order, places with most sent first.
    const auto sortForBreakdown = [this] {
        const bool ordered = by() == BreakdownBy::Hour || by() == BreakdownBy::Carrier;
        m_table->sortByColumn(ordered ? int(BreakdownTableModel::Group) : int(BreakdownTableModel::Sent),
                              ordered ? Qt::AscendingOrder : Qt::DescendingOrder);
    };
    sortForBreakdown();
    connect(m_by, &QComboBox::currentIndexChanged, this, [this, sortForBreakdown] {
        Config().setResultsBreakdown(breakdownByName(by()));
        sortForBreakdown();
        showBreakdown();
    });
    connect(m_saveChart, &QPushButton::clicked, this, &ResultsPanel::saveChart);
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_campaign, by()); });
    connect(m_reports, &ReportService::breakdownLoaded, this, &ResultsPanel::loaded);
}

BreakdownBy ResultsPanel::by() const
{
    return BreakdownBy(m_by->currentData().toInt());
}

void ResultsPanel::setCampaign(qint64 campaignId, const QString &title)
{
    m_title = title;
    if (campaignId == m_campaign)
        return;
    m_campaign = campaignId;
    m_breakdown = CampaignBreakdown();
    m_breakdown.campaignId = campaignId;
    m_lastLoad.invalidate();
    m_timer->stop();
    showBreakdown();
    m_stale = true;
    if (isVisible())
        load();
}

void ResultsPanel::refresh()
{
    m_stale = true;
    if (!isVisible() || !m_campaign || m_timer->isActive())
        return;
    // At most once a second while reports stream in, the last change always shown.
    m_timer->start(m_lastLoad.isValid() ? int(qBound(qint64(0), 1000 - m_lastLoad.elapsed(), qint64(1000))) : 0);
}

void ResultsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_campaign)
        load();
}

void ResultsPanel::load()
{
    if (!m_campaign)
        return;
    if (m_pending) {
        m_timer->start(500); // the read on its way first
        return;
    }
    m_pending = true;
    m_stale = false;
    m_lastLoad.start();
    m_reports->loadBreakdown(m_campaign, ++m_ticket);
}

void ResultsPanel::loaded(quint64 ticket, const CampaignBreakdown &breakdown, const QString &error)
{
    if (ticket != m_ticket)
        return; // another panel's, or one no longer wanted
    m_pending = false;
    if (!error.isEmpty()) {
        Q_EMIT statusMessage(error); // the numbers shown stay
        return;
    }
    if (breakdown.campaignId != m_campaign)
        return;
    m_breakdown = breakdown;
    showBreakdown();
}

void ResultsPanel::showBreakdown()
{
    const QLocale locale;
    m_model->setBreakdown(m_breakdown, by());
    m_table->resizeColumnsToContents();
    const BreakdownBy b = by();
    const QString what = m_by->currentText();
    m_chart->setBreakdown(m_breakdown, b,
                          m_breakdown.totals.sent == 0 ? tr("%1: nothing sent yet").arg(m_title)
                          : b == BreakdownBy::Province || b == BreakdownBy::City
                              ? tr("%1 — %2 (the %3 with most sent)").arg(m_title, what).arg(BreakdownChart::kMostGroups)
                              : tr("%1 — %2").arg(m_title, what));
    m_saveChart->setEnabled(m_breakdown.totals.sent > 0);
    m_export->setEnabled(m_exportEnabled && m_breakdown.totals.sent > 0);
    QString note;
    if (b == BreakdownBy::Carrier)
        note = tr("Carriers by number segment: a number moved to another carrier counts under its segment's.");
    else if (b == BreakdownBy::Hour)
        note = tr("Hours of the delivery report's own time (China time); recipients with no report yet count at the hour they were sent.");
    else
        note = tr("Provinces and cities by number segment (%1): where the number was issued, not where its owner is.").arg(m_breakdown.segments);
    if ((b == BreakdownBy::Province || b == BreakdownBy::City) && m_breakdown.unknownArea > 0)
        note += u' ' + tr("%1 recipients have a segment the table does not know: counted as Unknown. A newer table can be loaded in Preferences.")
                           .arg(locale.toString(m_breakdown.unknownArea));
    m_note->setText(note);
}

void ResultsPanel::setExportEnabled(bool enabled)
{
    m_exportEnabled = enabled;
    m_export->setEnabled(enabled && m_breakdown.totals.sent > 0);
}

void ResultsPanel::saveChart()
{
    const QString name = tr("%1 results by %2").arg(m_title, breakdownByName(by()));
    QString path = prompts::saveFileName(this, tr("Save chart as picture"), suggestedPath(name + u".png"_s, QStandardPaths::PicturesLocation),
                                         tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".png"_s;
    Q_EMIT statusMessage(saveChartPicture(m_chart, path) ? tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path))
                                                         : tr("Could not save the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace mms
