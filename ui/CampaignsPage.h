#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mms {

class BatchTableModel;
class CampaignListModel;
class CampaignService;

// Campaigns: the list with progress, one campaign's batches, and the actions on them.
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    // A campaign is being sent right now (switching accounts must wait for it).
    bool isSending() const;
    QList<qint64> sendingCampaigns() const;
    CampaignsPage(CampaignService *service, QWidget *parent = nullptr);

    // The balance the confirm step compares the send with (-1: not known yet).
    void setBalance(double balance) { m_balance = balance; }
    // Opens the new-campaign wizard (with a recipients file already chosen, when given).
    void newCampaign(const QString &recipientFile = {});
    void showAudiences();
    qint64 selectedCampaign() const;
    // The sending speed, for the time left of a running campaign.
    void setRequestsPerSecond(double rps);

private:
    void select(qint64 campaignId);
    void updateActions();

    CampaignService *m_service;
    CampaignListModel *m_campaigns;
    BatchTableModel *m_batches;
    QTableView *m_campaignTable;
    QTableView *m_batchTable;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_new, *m_audiencesButton, *m_pause, *m_resume, *m_cancel, *m_window, *m_again, *m_resend, *m_markSent;
    double m_balance = -1;
    qint64 m_follow = 0; // a campaign just started, to select once it is listed
};

} // namespace mms
