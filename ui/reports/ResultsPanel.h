#pragma once

#include "reports/Breakdown.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mms {

class BreakdownChart;
class BreakdownTableModel;
class ReportService;

// The selected campaign's results by carrier (by segment), province, city or hour of the day
// (China time): a sortable table with delivery and reply rates drawn as bars, and a chart
// beside it that can be saved as a picture. Read off the GUI thread (ReportService), again as
// reports arrive (at most once a second, and only while the panel is shown).
class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(ReportService *reports, QWidget *parent = nullptr);
    void setCampaign(qint64 campaignId, const QString &title);
    // Reports or replies arrived: read again soon, if shown.
    void refresh();
    const CampaignBreakdown &breakdown() const { return m_breakdown; }
    void setExportEnabled(bool enabled);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void exportRequested(qint64 campaignId, mms::BreakdownBy shown);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loaded(quint64 ticket, const CampaignBreakdown &breakdown, const QString &error);
    void showBreakdown();
    void saveChart();
    BreakdownBy by() const;

    ReportService *m_reports;
    QComboBox *m_by;
    QLabel *m_note;
    QPushButton *m_saveChart;
    QPushButton *m_export;
    bool m_exportEnabled = true;
    BreakdownTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    BreakdownChart *m_chart;
    QTimer *m_timer;
    QElapsedTimer m_lastLoad;
    qint64 m_campaign = 0;
    QString m_title;
    quint64 m_ticket = 0;
    bool m_pending = false;
    bool m_stale = true; // changed while hidden: read when shown
    CampaignBreakdown m_breakdown;
};

} // namespace mms
