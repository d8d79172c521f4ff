#include "account/AccountManager.h"

#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace mms {

AccountManager::AccountManager(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

void AccountManager::run(std::function<void()> work)
{
    QThread *t = QThread::create(std::move(work));
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

QString AccountManager::validate(const Account &a)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("mms::AccountManager", text); };
    if (a.name.trimmed().isEmpty())
        return tr("the account needs a name");
    if (a.name == u"sandbox"_s)
        return tr("\"sandbox\" is the name of the built-in sandbox account");
    if (!a.baseUrl.isValid() || (a.baseUrl.scheme() != u"http"_s && a.baseUrl.scheme() != u"https"_s) || a.baseUrl.host().isEmpty())
        return tr("the base URL must be an http:// or https:// address, e.g. https://mms.example.com/mms/api/");
    if (a.userid.trimmed().isEmpty() || a.username.trimmed().isEmpty())
        return tr("userid and username are required");
    return {};
}

void AccountManager::load()
{
    QPointer<AccountManager> self(this);
    const QString path = m_databasePath;
    run([self, path] {
        QString error;
        QList<Account> accounts;
        if (auto db = Database::open(path, &error))
            accounts = Store(*db).accounts();
        QMetaObject::invokeMethod(qApp, [self, accounts] {
            if (self)
                Q_EMIT self->loaded(accounts);
        }, Qt::QueuedConnection);
    });
}

void AccountManager::save(const Account &account)
{
    QPointer<AccountManager> self(this);
    const QString path = m_databasePath;
    Account stored = account;
    stored.password.clear(); // the store never sees it
    run([self, path, stored] {
        QString error;
        if (auto db = Database::open(path, &error)) {
            if (Store(*db).saveAccount(stored, &error))
                error.clear();
        }
        QMetaObject::invokeMethod(qApp, [self, name = stored.name, error] {
            if (self)
                Q_EMIT self->saved(name, error);
        }, Qt::QueuedConnection);
    });
}

void AccountManager::remove(const QString &name)
{
    QPointer<AccountManager> self(this);
    const QString path = m_databasePath;
    run([self, path, name] {
        QString error;
        if (auto db = Database::open(path, &error)) {
            if (Store(*db).removeAccount(name, &error))
                error.clear();
        }
        QMetaObject::invokeMethod(qApp, [self, name, error] {
            if (self)
                Q_EMIT self->removed(name, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace mms
