#include "MainWindow.h"

#include "AccountsDialog.h"
#include "BalanceController.h"
#include "PreferencesDialog.h"
#include "util/MoneyText.h"
#include "HelpDialogs.h"
#include "Prompts.h"
#include "CampaignsPage.h"
#include "ReportsPage.h"
#include "TemplatesPage.h"
#include "WorkspacesDialog.h"
#include "designer/DesignerPage.h"
#include "util/Config.h"
#include "protocol/Carriers.h"
#include "util/DataPaths.h"
#include "receiver/ReceiverAccess.h"
#include "receiver/ReceiverService.h"
#include "sim/Sandbox.h"
#include "storage/Database.h"
#include "storage/StoreWatcher.h"
#include "campaign/CampaignService.h"
#include "ui_MainWindow.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
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
    , m_workspaceLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // Every pixel of height counts on a 720-pixel screen: the areas reach the window's edges.
    m_ui->centralLayout->setContentsMargins(0, 2, 0, 0);
    // The Campaigns area replaces its placeholder.
    m_campaignsPage = new CampaignsPage(m_campaignService, m_ui->campaignsPage);
    m_ui->campaignsPlaceholder->hide();
    m_ui->campaignsLayout->addWidget(m_campaignsPage);
    setupDesigner();
    m_reportsPage = new ReportsPage(m_campaignService, m_ui->reportsPage);
    m_ui->reportsPlaceholder->hide();
    m_ui->reportsLayout->addWidget(m_reportsPage);
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_balanceLabel->setObjectName(u"balanceLabel"_s);
    m_accountLabel->setText(tr("Starting the sandbox platform…"));
    m_balanceLabel->setText(tr("Balance: —"));
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    for (QLabel *label : {m_workspaceLabel, m_accountLabel})
        label->setContentsMargins(0, 0, 12, 0); // apart from the next one
    statusBar()->addPermanentWidget(m_workspaceLabel);
    setWorkspace({}, databasePath);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_balanceLabel);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { help::showAbout(this); });
    auto *guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(u"actionUserGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { help::showGuide(this); });
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(u"actionShortcuts"_s);
    connect(shortcuts, &QAction::triggered, this, [this] {
        QList<QPair<QString, QKeySequence>> all;
        for (const QAction *a : findChildren<QAction *>())
            all.append({a->text(), a->shortcut()});
        // Buttons with keys of their own (Pause, Resume, Cancel campaign…).
        for (const QAbstractButton *b : findChildren<QAbstractButton *>())
            all.append({b->text(), b->shortcut()});
        help::showShortcuts(this, all);
    });
    m_ui->menuHelp->insertAction(m_ui->actionAbout, guide);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    setupSandboxBanner();
    connect(m_ui->actionRefreshBalance, &QAction::triggered, m_balance, &BalanceController::refresh);
    auto *workspaces = new QAction(tr("&Workspaces…"), this);
    workspaces->setObjectName(u"actionWorkspaces"_s);
    m_ui->menuFile->insertAction(m_ui->actionQuit, workspaces);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(workspaces, &QAction::triggered, this, [this] {
        auto *dialog = new WorkspacesDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WorkspacesDialog::switchRequested, this, [this, dialog](const QString &name, const QString &location) {
            dialog->accept();
            Q_EMIT workspaceSwitchRequested(name, location);
        });
        dialog->show();
    });
    auto *accounts = new QAction(tr("&Accounts…"), this);
    accounts->setObjectName(u"actionAccounts"_s);
    m_ui->menuAccount->insertAction(m_ui->actionRefreshBalance, accounts);
    connect(accounts, &QAction::triggered, this, [this, databasePath] {
        auto *dialog = new AccountsDialog(databasePath, Config().activeAccount(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AccountsDialog::activateRequested, this, [this, dialog](const QString &name) {
            // A batch in flight would be cut off: the switch waits until nothing is sending.
            if (m_campaignsPage->isSending()) {
                statusBar()->showMessage(tr("A campaign is being sent: pause it or let it finish before switching accounts."), 15000);
                return;
            }
            m_accountLabel->setText(tr("Connecting to account %1…").arg(name));
            m_balanceLabel->setText(tr("Balance: —"));
            m_balanceLabel->setProperty("balance", QVariant());
            m_balance->switchTo(name);
            dialog->accept();
        });
        dialog->show();
    });
    connect(m_balance, &BalanceController::passwordNeeded, this, [this](const QString &name, const QString &why) {
        m_accountLabel->setText(tr("Account %1: password needed").arg(name));
        m_accountLabel->setToolTip(why);
    });
    connect(m_balance, &BalanceController::accountReady, this, [this, databasePath](const Account &a) {
        m_campaignService->open(databasePath, a);
        m_account = a;
        pointSandboxAtReceiver();
        m_accountLabel->setText(a.isSandbox ? tr("Sandbox account %1 (simulated platform)").arg(a.userid)
                                            : tr("Account %1").arg(a.name));
        m_accountLabel->setToolTip(a.baseUrl.toString());
        m_sandboxBanner->setVisible(a.isSandbox);
    });
    connect(m_balance, &BalanceController::balanceChanged, this, [this](double balance) {
        const BalanceTerms terms = Config().balanceTerms(m_account.isSandbox ? QString() : m_account.name);
        m_balanceLabel->setText(tr("Balance: %1").arg(money::amount(balance, terms)));
        m_balanceLabel->setProperty("balance", balance);
        // Below the threshold the user set: the balance shows red, and the status bar says so once.
        const double warning = Config().balanceWarning();
        const bool low = warning > 0 && balance < warning;
        m_balanceLabel->setStyleSheet(low ? u"color:#c0392b; font-weight:bold"_s : QString());
        if (low && !m_balanceLabel->property("low").toBool())
            statusBar()->showMessage(tr("The balance (%1) is below %2: top up before the next campaign.")
                                         .arg(money::amount(balance, terms), money::amount(warning, terms)), 30000);
        m_balanceLabel->setProperty("low", low);
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
    connect(m_receiver, &ReceiverService::outcomesApplied, m_reportsPage, &ReportsPage::scheduleRefresh);
    connect(m_receiver, &ReceiverService::auditStored, m_campaignService, &CampaignService::loadTemplates);
    connect(m_receiver, &ReceiverService::auditStored, this, [this](const QString &mmsid, int carrier, int status, bool) {
        const QString who = Carriers::name(carrier);
        statusBar()->showMessage(status == 1 ? tr("Template %1 approved by %2").arg(mmsid, who)
                                             : tr("Template %1 rejected by %2").arg(mmsid, who),
                                 10000);
    });
    connect(m_reportsPage, &ReportsPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_databasePath = databasePath;
    m_reportsPage->setDatabase(databasePath);
    // A team store: what other desktops, mmsctl and mms-receiver change shows here as it happens.
    m_watcher = new StoreWatcher(this);
    connect(m_watcher, &StoreWatcher::changed, this, &MainWindow::onStoreChanged);
    connect(m_watcher, &StoreWatcher::listening, this, [this] {
        onStoreChanged({u"campaigns"_s, u"reports"_s, u"templates"_s}); // anything missed while away
    });
    connect(m_watcher, &StoreWatcher::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Live updates from the team store paused: %1").arg(message), 15000);
    });
    m_watcher->start(databasePath);
    startReceiver();
    m_campaignService->setRequestsPerSecond(Config().requestsPerSecond());
    m_balance->start();
    const Config config;
    if (!restoreGeometry(config.windowGeometry()))
        fitToScreen();
    // A template left unsaved by a crash is offered once the window is up.
    QTimer::singleShot(0, m_designer, &DesignerPage::offerRecovery);
}

void MainWindow::setupDesigner()
{
    // The Templates area: the designer and the library of submitted templates.
    auto *tabs = new QTabWidget(m_ui->templatesPage);
    tabs->setObjectName(u"templatesTabs"_s);
    tabs->setDocumentMode(true);
    m_designer = new DesignerPage(m_campaignService, tabs);
    m_library = new TemplatesPage(m_campaignService, tabs);
    tabs->addTab(m_designer, tr("&Designer"));
    tabs->addTab(m_library, tr("&Library"));
    m_ui->templatesPlaceholder->hide();
    m_ui->templatesLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->templatesLayout->addWidget(tabs);

    QMenu *file = m_ui->menuFile;
    QAction *quit = m_ui->actionQuit;
    for (QAction *a : m_designer->fileActions()) {
        file->insertAction(quit, a);
        if (a->objectName() == u"actionOpenTemplate"_s)
            file->insertMenu(quit, m_designer->recentMenu());
    }
    file->insertSeparator(quit);
    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(u"menuEdit"_s);
    edit->addActions(m_designer->editActions());
    auto *tpl = new QMenu(tr("&Template"), this);
    tpl->setObjectName(u"menuTemplate"_s);
    tpl->addActions(m_designer->frameActions());
    menuBar()->insertMenu(m_ui->menuAccount->menuAction(), edit);
    menuBar()->insertMenu(m_ui->menuAccount->menuAction(), tpl);
    // Settings → Language: takes effect at the next start (widgets are made in one language).
    auto *settings = new QMenu(tr("&Settings"), this);
    settings->setObjectName(u"menuSettings"_s);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = Config().language();
    for (const auto &[code, label] : {std::pair{QString(), tr("System default")}, std::pair{u"zh_CN"_s, u"中文（简体）"_s},
                                      std::pair{u"en"_s, u"English"_s}}) {
        QAction *a = language->addAction(label);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Config().setLanguage(code);
            statusBar()->showMessage(tr("The language changes when MMS Studio starts again. 重新启动后切换语言。"), 15000);
        });
    }
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    settings->addAction(preferences);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_receiver, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::applied, this, [this](bool receiverChanged) {
            m_campaignService->setRequestsPerSecond(Config().requestsPerSecond());
            m_campaignsPage->setRequestsPerSecond(Config().requestsPerSecond());
            m_receiver->setAutoBlockKeywords(Config().autoBlockKeywords(), Config().autoBlockPerPush());
            if (receiverChanged)
                startReceiver();
            m_balance->refresh();
        });
        connect(dialog, &PreferencesDialog::segmentsChanged, m_reportsPage, &ReportsPage::scheduleRefresh);
        dialog->show();
    });
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), settings);
    connect(m_designer, &DesignerPage::titleChanged, this, &MainWindow::updateTitle);
    connect(m_library, &TemplatesPage::newVersionRequested, m_campaignService, &CampaignService::loadTemplateProject);
    connect(m_campaignService, &CampaignService::templateProjectLoaded, this,
            [this, tabs](const QString &mmsid, const QByteArray &json, const QString &error) {
                QString why = error;
                const auto project = json.isEmpty() ? std::nullopt : TemplateProject::fromJson(json, &why);
                if (!project) {
                    statusBar()->showMessage(tr("Template %1 cannot be opened: %2").arg(mmsid, why), 15000);
                    return;
                }
                if (!m_designer->maybeSave())
                    return;
                m_designer->openProject(*project, tr("New version of template %1; submit it to create the new version.").arg(mmsid));
                tabs->setCurrentWidget(m_designer);
                showArea(u"templates"_s);
            });
    updateTitle();
}

void MainWindow::fitToScreen()
{
    // A first start: as large as a laptop's screen allows (1280×720 at 150 % is common), and
    // maximised when the screen is that small, so nothing starts below its edge.
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    const QSize want(qMin(1280, available.width()), qMin(860, available.height()));
    resize(want.boundedTo(available.size() - QSize(0, 40)).expandedTo(minimumSizeHint()));
    if (available.width() <= 1366 || available.height() <= 800)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::startReceiver()
{
    const Config config;
    QHostAddress address(config.receiverAddress());
    if (address.isNull())
        address = QHostAddress::LocalHost;
    quint16 port = config.receiverPort();
    // MMS_RECEIVER_LISTEN=0.0.0.0:8090 overrides the setting (servers, scripts).
    if (const QString listen = qEnvironmentVariable("MMS_RECEIVER_LISTEN"); listen.contains(u':')) {
        address = QHostAddress(listen.section(u':', 0, -2));
        port = static_cast<quint16>(listen.section(u':', -1).toUInt());
    }
    m_receiver->setAutoBlockKeywords(config.autoBlockKeywords(), config.autoBlockPerPush());
    m_receiver->setAllowList(ReceiverAccess::parseAllowList(config.receiverAllowList(), nullptr).value_or(QList<ReceiverAccess::Network>()));
    m_receiver->start(m_databasePath, address, port, config.receiverPrefix());
}

void MainWindow::onStoreChanged(const QStringList &kinds)
{
    auto any = [&kinds](std::initializer_list<const char16_t *> names) {
        for (const char16_t *n : names)
            if (kinds.contains(QString::fromUtf16(n)))
                return true;
        return false;
    };
    if (any({u"reports", u"outcomes", u"replies", u"campaigns"}))
        m_reportsPage->scheduleRefresh();
    if (any({u"campaigns", u"outcomes"}))
        m_campaignService->refresh();
    if (any({u"audits", u"templates"}))
        m_campaignService->loadTemplates();
}

void MainWindow::setWorkspace(const QString &name, const QString &where)
{
    m_workspace = name;
    // A team database given with --db has no workspace name: its address stands for it.
    const QString shown = !name.isEmpty() ? name : Database::isPostgres(where) ? Database::displayLocation(where) : QString();
    m_workspaceLabel->setText(shown.isEmpty() ? tr("Local store") : tr("Workspace: %1").arg(shown));
    m_workspaceLabel->setToolTip(Database::displayLocation(where)); // never the password
}

bool MainWindow::readyToLeave()
{
    if (m_campaignsPage->isSending()) {
        statusBar()->showMessage(tr("A campaign is being sent: pause it or let it finish before switching workspaces."), 15000);
        return false;
    }
    if (!m_designer->maybeSave())
        return false;
    Config().setWindowGeometry(saveGeometry());
    return true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — MMS Studio").arg(m_designer->windowTitlePart()));
    setWindowModified(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A batch in flight would be cut off and its outcome left unknown: pause the campaign and
    // close once the platform has answered that batch (the campaign then waits, paused).
    if (m_campaignsPage->isSending() && !m_forceClose) {
        if (!m_closingAfterPause) {
            const auto answer = prompts::ask(this, tr("A campaign is being sent"),
                tr("A campaign is being sent. Pause it and close once the platform has answered the batch being sent? "
                   "(Resume it from the Campaigns area later.)"),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
            m_closingAfterPause = true;
            for (qint64 id : m_campaignsPage->sendingCampaigns())
                m_campaignService->pause(id);
            statusBar()->showMessage(tr("Pausing: waiting for the platform's answer to the batch being sent…"));
            connect(m_campaignService, &CampaignService::campaignChanged, this, [this] {
                if (m_closingAfterPause && !m_campaignsPage->isSending())
                    QTimer::singleShot(0, this, &QWidget::close);
            });
            // The platform's own time limit bounds the wait; after it the batch counts as unknown anyway.
            QTimer::singleShot(90000, this, [this] {
                m_forceClose = true;
                close();
            });
        }
        event->ignore();
        return;
    }
    if (!m_designer->maybeSave()) {
        event->ignore();
        m_closingAfterPause = false;
        return;
    }
    Config().setWindowGeometry(saveGeometry());
    event->accept();
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
    if (name == u"results"_s) { // Reports, on its Results tab
        showArea(u"reports"_s);
        m_reportsPage->showResults();
        return;
    }
    for (int i = 0; i < m_ui->areaTabs->count(); ++i) {
        if (m_ui->areaTabs->widget(i)->objectName() == name + u"Page"_s)
            m_ui->areaTabs->setCurrentIndex(i);
    }
}

void MainWindow::setupSandboxBanner()
{
    // Nobody should wonder whether the sandbox spends money: it says so across the window, with
    // a sample template and recipients to try everything at once.
    m_sandboxBanner = new QFrame(this);
    m_sandboxBanner->setObjectName(u"sandboxBanner"_s);
    m_sandboxBanner->setStyleSheet(u"#sandboxBanner { background:#fff4d6; border:1px solid #e0c070; border-radius:3px; }"
                                   " QLabel { color:#5a4200; } QPushButton { color:#1a4f8a; text-decoration:underline; padding:0 4px; }"_s);
    auto *text = new QLabel(tr("<b>Sandbox:</b> a simulated platform. Nothing is really sent and nothing is charged."), m_sandboxBanner);
    text->setObjectName(u"sandboxBannerText"_s);
    auto *sample = new QPushButton(tr("Sample template"), m_sandboxBanner);
    sample->setToolTip(tr("Open a sample template in the designer, to preview and submit it"));
    sample->setObjectName(u"sampleTemplateButton"_s);
    auto *recipients = new QPushButton(tr("Sample campaign…"), m_sandboxBanner);
    recipients->setToolTip(tr("Start a new campaign with a sample recipients file"));
    recipients->setObjectName(u"sampleCampaignButton"_s);
    auto *layout = new QHBoxLayout(m_sandboxBanner);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->addWidget(text, 1);
    layout->addWidget(sample);
    layout->addWidget(recipients);
    // In the row of the area tabs, which has room to spare: no height taken from the work.
    for (QPushButton *b : {sample, recipients})
        b->setFlat(true);
    m_ui->areaTabs->setCornerWidget(m_sandboxBanner, Qt::TopRightCorner);
    m_sandboxBanner->hide();
    connect(sample, &QPushButton::clicked, this, [this] {
        const QString path = copySample(u"double11.mmstpl"_s, tr("sample template.mmstpl"));
        if (path.isEmpty() || !m_designer->maybeSave())
            return;
        m_designer->openFile(path);
        showArea(u"templates"_s);
    });
    connect(recipients, &QPushButton::clicked, this, [this] {
        const QString path = copySample(u"customers.csv"_s, tr("sample recipients.csv"));
        if (path.isEmpty())
            return;
        showArea(u"campaigns"_s);
        m_campaignsPage->newCampaign(path);
    });
}

QString MainWindow::copySample(const QString &resource, const QString &name)
{
    // A copy the user may change and save: the samples folder of the data folder.
    const QString dir = paths::dataDir() + u"/samples"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    QFile::remove(path);
    if (!QFile::copy(u":/samples/"_s + resource, path)) {
        statusBar()->showMessage(tr("Could not copy the sample to %1.").arg(dir), 15000);
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

} // namespace mms
