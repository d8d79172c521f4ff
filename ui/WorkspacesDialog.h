#pragma once

#include "util/Config.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mms {

class SecretStore;

// File → Workspaces…: the local store on this computer and the team's shared PostgreSQL
// databases. A workspace's password goes to the system keychain (or, without one, is kept for
// this session only, and the dialog says so); the settings keep only the address.
class WorkspacesDialog : public QDialog
{
    Q_OBJECT
public:
    WorkspacesDialog(const QString &current, QWidget *parent = nullptr);

    // The local store's name in the list (and in Config::activeWorkspace(), the empty string).
    static QString localName();

Q_SIGNALS:
    // Switch to this workspace ("" for the local store); location carries the password.
    void switchRequested(const QString &name, const QString &location);

private:
    void reload(const QString &select);
    void showWorkspace(const QString &name);
    QString formLocation(bool withPassword) const;
    void save();
    void test();
    void use();
    void setStatus(const QString &text, bool error);

    SecretStore *m_secrets;
    QString m_current;
    QListWidget *m_list;
    QLineEdit *m_name, *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
    QPushButton *m_new, *m_save, *m_remove, *m_test, *m_use;
    QLabel *m_status;
};

} // namespace mms
