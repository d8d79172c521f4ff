#pragma once

#include <QMainWindow>
#include <memory>

#include "protocol/Account.h"

class QFrame;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace mms {

class BalanceController;
class CampaignService;
class CampaignsPage;
class DesignerPage;
class TemplatesPage;
class ReceiverService;
class ReportsPage;
class StoreWatcher;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    BalanceController *balanceController() const { return m_balance; }
    CampaignService *campaignService() const { return m_campaignService; }
    // Shows an area by name: templates, campaigns or reports.
    void showArea(const QString &name);
    DesignerPage *designer() const { return m_designer; }
    // The workspace shown in the status bar (empty name: the local store).
    void setWorkspace(const QString &name, const QString &where);
    // Whether this window may give way to another workspace's: nothing being sent, and the
    // template in the designer saved or let go (the user is asked). Saves the geometry.
    bool readyToLeave();
    ReceiverService *receiver() const { return m_receiver; }

Q_SIGNALS:
    void workspaceSwitchRequested(const QString &name, const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupSandboxBanner();
    QString copySample(const QString &resource, const QString &name);
    void setupDesigner();
    void updateTitle();
    void startReceiver();
    void fitToScreen();
    void onStoreChanged(const QStringList &kinds);

    std::unique_ptr<Ui::MainWindow> m_ui;
    BalanceController *m_balance;
    CampaignService *m_campaignService;
    CampaignsPage *m_campaignsPage;
    ReceiverService *m_receiver;
    ReportsPage *m_reportsPage;
    StoreWatcher *m_watcher = nullptr;
    DesignerPage *m_designer = nullptr;
    TemplatesPage *m_library = nullptr;
    Account m_account;
    QString m_databasePath;
    bool m_closingAfterPause = false;
    bool m_forceClose = false;
    void pointSandboxAtReceiver();
    QLabel *m_accountLabel;
    QLabel *m_balanceLabel;
    QLabel *m_workspaceLabel;
    QFrame *m_sandboxBanner = nullptr;
    QString m_workspace;
};

} // namespace mms
