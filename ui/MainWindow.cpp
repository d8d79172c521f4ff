#include "MainWindow.h"

#include "BalanceController.h"
#include "CampaignsPage.h"
#include "campaign/CampaignService.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace mms {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_balance(new BalanceController(databasePath, this))
    , m_campaignService(new CampaignService(this))
    , m_campaignsPage(nullptr)
    , m_accountLabel(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // The Campaigns area replaces its placeholder.
    m_campaignsPage = new CampaignsPage(m_campaignService, m_ui->campaignsPage);
    m_ui->campaignsPlaceholder->hide();
    m_ui->campaignsLayout->addWidget(m_campaignsPage);
    setWindowTitle(tr("MMS Studio"));
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_balanceLabel->setObjectName(u"balanceLabel"_s);
    m_accountLabel->setText(tr("Starting the sandbox platform…"));
    m_balanceLabel->setText(tr("Balance: —"));
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_balanceLabel);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionRefreshBalance, &QAction::triggered, m_balance, &BalanceController::refresh);
    connect(m_balance, &BalanceController::accountReady, this, [this, databasePath](const Account &a) {
        m_campaignService->open(databasePath, a);
        m_accountLabel->setText(a.isSandbox ? tr("Sandbox account %1 (simulated platform)").arg(a.userid)
                                            : tr("Account %1").arg(a.name));
        m_accountLabel->setToolTip(a.baseUrl.toString());
    });
    connect(m_balance, &BalanceController::balanceChanged, this, [this](double balance) {
        m_balanceLabel->setText(tr("Balance: %1").arg(QLocale().toString(balance, 'f', 0)));
        m_balanceLabel->setProperty("balance", balance);
        m_campaignsPage->setBalance(balance);
    });
    connect(m_balance, &BalanceController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    // Every accepted batch spends balance: show it.
    connect(m_campaignService, &CampaignService::batchAccepted, m_balance, &BalanceController::refresh);
    connect(m_campaignService, &CampaignService::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_balance->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::showArea(const QString &name)
{
    for (int i = 0; i < m_ui->areaTabs->count(); ++i) {
        if (m_ui->areaTabs->widget(i)->objectName() == name + u"Page"_s)
            m_ui->areaTabs->setCurrentIndex(i);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MMS Studio"),
                       tr("<b>MMS Studio %1</b><p>Design video MMS templates, send campaigns and follow "
                          "their delivery.</p>").arg(QStringLiteral(MMS_VERSION)));
}

} // namespace mms
