#pragma once

#include "reports/Breakdown.h"
#include "storage/RecipientPager.h"
#include "storage/ReportStore.h"

#include <QElapsedTimer>
#include "storage/ReplyPager.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace mms {

class BlocklistPanel;
class InboxPanel;

class CampaignService;
class DeliveryChart;
class RecipientsPanel;
class ResultsPanel;
class ReportService;

// The campaign console: delivery per campaign (delivered / failed by status / waiting /
// replies), the selected campaign's deliveries over time and its recipients, and the inbox of
// replies; updated as the platform's pushes arrive, exported to CSV for Excel.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(CampaignService *service, QWidget *parent = nullptr);
    // The store the console reads, on a connection (and thread) of its own.
    void setDatabase(const QString &path);
    // Called when pushes were stored: refreshes soon, at most twice a second.
    void scheduleRefresh();
    ReportService *reportService() const { return m_reports; }
    void showResults(); // the Results tab

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refreshNow();
    void show(const QList<CampaignDelivery> &deliveries);
    void selectCampaign();
    void loadDetail();
    void showDetail(const CampaignDelivery &delivery, const QList<DeliveryPoint> &timeline);
    void exportRecipients(const RecipientQuery &query);
    void exportReplies(const mms::ReplyQuery &query);
    void exportResults(qint64 campaignId, BreakdownBy shown);
    void compareSelected();
    void startExport(const QString &what);
    void exportFinished(const QString &path, int rows, const QString &error, bool cancelled);
    qint64 currentCampaign() const;

    CampaignService *m_service;
    ReportService *m_reports;
    QTableWidget *m_campaigns;
    QPushButton *m_compare = nullptr;
    QLabel *m_failures;
    DeliveryChart *m_chart;
    QTabWidget *m_tabs;
    RecipientsPanel *m_recipients;
    ResultsPanel *m_results;
    InboxPanel *m_inbox;
    BlocklistPanel *m_blocklist;
    QWidget *m_exportBar;
    QLabel *m_exportLabel;
    QProgressBar *m_exportProgress;
    QPushButton *m_exportCancel;
    QTimer *m_refresh;
    QTimer *m_detailTimer; // the chart and failures: read again at most once a second
    QElapsedTimer m_lastDetail;
    bool m_detailPending = false;
    QList<CampaignDelivery> m_deliveries;
    qint64 m_shownCampaign = 0;
};

} // namespace mms
