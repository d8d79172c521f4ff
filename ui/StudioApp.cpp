#include "StudioApp.h"

#include "MainWindow.h"
#include "account/SecretStore.h"
#include "storage/Database.h"
#include "storage/StoreProbe.h"
#include "util/Config.h"

#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace mms {

StudioApp::StudioApp(QString localStore, bool fixedStore, QObject *parent)
    : QObject(parent)
    , m_localStore(std::move(localStore))
    , m_fixedStore(fixedStore)
    , m_secrets(new SecretStore(this))
{
}

StudioApp::~StudioApp() = default;

void StudioApp::start()
{
    const QString name = m_fixedStore ? QString() : Config().activeWorkspace();
    Workspace ws;
    for (const Workspace &w : Config().workspaces())
        if (w.name == name)
            ws = w;
    if (name.isEmpty() || ws.location.isEmpty())
        return open(QString(), m_localStore, {});
    m_secrets->read(Config::workspaceSecretKey(name), [this, ws](const SecretStore::Result &r) {
        QUrl url(ws.location);
        if (r.outcome == SecretStore::Outcome::Ok)
            url.setPassword(r.password);
        const QString location = url.toString();
        StoreProbe::probe(location, this, [this, ws, location](bool ok, const QString &error) {
            if (ok)
                return open(ws.name, location, {});
            open(QString(), m_localStore,
                 tr("Workspace %1 could not be opened (%2): working on this computer's store. "
                    "Try again from File → Workspaces….").arg(ws.name, error));
        });
    });
}

void StudioApp::switchTo(const QString &name, const QString &location)
{
    if (m_window && !m_window->readyToLeave())
        return;
    // After the caller (a dialog of the old window) has returned: the old window goes first,
    // so the new one's receiver can take the same port.
    QTimer::singleShot(0, this, [this, name, location] {
        Config().setActiveWorkspace(name);
        open(name, name.isEmpty() ? m_localStore : location,
             name.isEmpty() ? tr("Switched to the local store.") : tr("Switched to workspace %1.").arg(name));
    });
}

void StudioApp::open(const QString &name, const QString &location, const QString &message)
{
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    const bool wasVisible = m_window && m_window->isVisible();
    m_window.reset();
    m_workspace = name;
    m_window = std::make_unique<MainWindow>(location);
    m_window->setWorkspace(name.isEmpty() ? QString() : name, Database::displayLocation(location));
    connect(m_window.get(), &MainWindow::workspaceSwitchRequested, this, &StudioApp::switchTo);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (wasVisible)
        m_window->show();
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 20000);
    Q_EMIT windowReady(m_window.get());
}

} // namespace mms
