#pragma once

#include "protocol/Account.h"

#include <QList>
#include <QObject>

namespace mms {

// The accounts kept in the store (never their passwords), read and written off the GUI thread.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    AccountManager(const QString &databasePath, QObject *parent = nullptr);

    void load();
    void save(const mms::Account &account);
    void remove(const QString &name);

    // A name, base URL and credentials good enough to try; the reason otherwise.
    static QString validate(const Account &account);

Q_SIGNALS:
    void loaded(const QList<mms::Account> &accounts);
    void saved(const QString &name, const QString &error);
    void removed(const QString &name, const QString &error);

private:
    void run(std::function<void()> work);

    QString m_databasePath;
};

} // namespace mms
