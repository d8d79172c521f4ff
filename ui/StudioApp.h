#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace mms {

class MainWindow;
class SecretStore;

// The studio's one main window, on the workspace it works in: the local store, or a team's
// PostgreSQL database (Config::activeWorkspace). Switching workspaces builds a new window on
// the other store once the old one may go (nothing being sent, the template saved or not).
class StudioApp : public QObject
{
    Q_OBJECT
public:
    // localStore: the store on this computer (a file path). fixedStore: --db given, which
    // overrides the saved workspace at start.
    StudioApp(QString localStore, bool fixedStore, QObject *parent = nullptr);
    ~StudioApp() override;

    // Opens the saved workspace (reading its password from the keychain, trying the server);
    // windowReady() follows. When the team store cannot be opened, the local one is, and says why.
    void start();
    MainWindow *window() const { return m_window.get(); }
    QString workspace() const { return m_workspace; }

    // name empty: the local store. location: with its password.
    void switchTo(const QString &name, const QString &location);

Q_SIGNALS:
    void windowReady(mms::MainWindow *window);

private:
    void open(const QString &name, const QString &location, const QString &message);

    QString m_localStore;
    bool m_fixedStore;
    SecretStore *m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;
};

} // namespace mms
