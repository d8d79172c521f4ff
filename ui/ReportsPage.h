#pragma once

#include "storage/ReportStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mms {

class CampaignService;

// Delivery per campaign (delivered / failed by status / waiting / replies) and the inbox of
// replies, updated as the platform's pushes arrive.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(CampaignService *service, QWidget *parent = nullptr);
    // Called when pushes were stored: refreshes soon, at most twice a second.
    void scheduleRefresh();

private:
    void show(const QList<CampaignDelivery> &deliveries, const QList<ReplyRow> &replies);
    void showFailures();

    CampaignService *m_service;
    QTableWidget *m_campaigns;
    QLabel *m_failures;
    QTableWidget *m_inbox;
    QPushButton *m_block;
    QTimer *m_refresh;
    QList<CampaignDelivery> m_deliveries;
    QList<ReplyRow> m_replies;
};

} // namespace mms
