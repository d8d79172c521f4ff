#pragma once

#include "protocol/Account.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mms {

class AccountManager;
class PlatformClient;
class SecretStore;

// Account → Accounts…: the sandbox and the user's real platform accounts. A password goes to
// the system keychain (or, without one, is kept for this session only, and the dialog says so);
// never to a settings file or the store.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(const QString &databasePath, const QString &activeAccount, QWidget *parent = nullptr);

Q_SIGNALS:
    void activateRequested(const QString &name);

private:
    void showAccount(const QString &name);
    Account formAccount() const;
    void save();
    void testConnection();
    void setStatus(const QString &text, bool error);
    void reload(const QList<Account> &accounts);

    AccountManager *m_manager;
    SecretStore *m_secrets;
    PlatformClient *m_client;
    QList<Account> m_accounts;
    QString m_active;
    QString m_selectAfterLoad;
    QString m_statusAfterLoad;
    bool m_statusAfterLoadIsError = false;
    QListWidget *m_list;
    QLineEdit *m_name, *m_url, *m_userid, *m_username, *m_password, *m_productid;
    QCheckBox *m_contInline;
    QPushButton *m_new, *m_save, *m_remove, *m_test, *m_use;
    QLabel *m_status;
};

} // namespace mms
