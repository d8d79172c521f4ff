#include "MainWindow.h"

#include "BalanceController.h"
#include "CampaignsPage.h"
#include "ReportsPage.h"
#include "TemplatesPage.h"
#include "receiver/ReceiverService.h"
#include "sim/Sandbox.h"
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
    , m_receiver(new ReceiverService(this))
    , m_reportsPage(nullptr)

    , m_accountLabel(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // The Campaigns area replaces its placeholder.
    m_campaignsPage = new CampaignsPage(m_campaignService, m_ui->campaignsPage);
    m_ui->campaignsPlaceholder->hide();
    m_ui->campaignsLayout->addWidget(m_campaignsPage);
    auto *templates = new TemplatesPage(m_campaignService, m_ui->templatesPage);
    m_ui->templatesPlaceholder->hide();
    m_ui->templatesLayout->addWidget(templates);
    m_reportsPage = new ReportsPage(m_campaignService, m_ui->reportsPage);
    m_ui->reportsPlaceholder->hide();
    m_ui->reportsLayout->addWidget(m_reportsPage);
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
        m_account = a;
        pointSandboxAtReceiver();
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
    // The platform's pushes (audits, delivery reports, replies) are received here.
    connect(m_receiver, &ReceiverService::started, this, &MainWindow::pointSandboxAtReceiver);
    connect(m_receiver, &ReceiverService::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Receiver: %1").arg(message), 15000);
    });
    connect(m_receiver, &ReceiverService::reportsStored, m_reportsPage, &ReportsPage::scheduleRefresh);
    connect(m_receiver, &ReceiverService::repliesStored, m_reportsPage, &ReportsPage::scheduleRefresh);
    connect(m_receiver, &ReceiverService::auditStored, m_campaignService, &CampaignService::loadTemplates);
    connect(m_receiver, &ReceiverService::auditStored, this, [this](const QString &mmsid, int carrier, int status, bool) {
        static const char16_t *carriers[] = {u"", u"移动", u"联通", u"电信"};
        statusBar()->showMessage(status == 1 ? tr("Template %1 approved by %2").arg(mmsid, QString::fromUtf16(carriers[qBound(0, carrier, 3)]))
                                             : tr("Template %1 rejected by %2").arg(mmsid, QString::fromUtf16(carriers[qBound(0, carrier, 3)])),
                                 10000);
    });
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    // A fixed address for a real account's platform to reach: MMS_RECEIVER_LISTEN=0.0.0.0:8090.
    if (const QString listen = qEnvironmentVariable("MMS_RECEIVER_LISTEN"); listen.contains(u':')) {
        listenAddress = QHostAddress(listen.section(u':', 0, -2));
        listenPort = static_cast<quint16>(listen.section(u':', -1).toUInt());
    }
    m_receiver->start(databasePath, listenAddress, listenPort);
    m_balance->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::pointSandboxAtReceiver()
{
    // Only the sandbox can be told where to push; a real platform is told by its operator.
    if (!m_account.isSandbox || !m_receiver->isListening())
        return;
    Sandbox::pointPushesAt(m_account.baseUrl, m_receiver->url(u"audit"_s), m_receiver->url(u"report"_s),
                           m_receiver->url(u"mo"_s), this);
}

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
