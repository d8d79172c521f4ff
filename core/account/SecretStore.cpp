#include "account/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QMutex g_lock;
QHash<QString, QString> g_session; // account -> password, for this run only
bool g_disabled = false;

QString sessionPassword(const QString &account, bool *found)
{
    QMutexLocker lock(&g_lock);
    *found = g_session.contains(account);
    return g_session.value(account);
}

void setSessionPassword(const QString &account, const QString &password)
{
    QMutexLocker lock(&g_lock);
    g_session.insert(account, password);
}

void dropSessionPassword(const QString &account)
{
    QMutexLocker lock(&g_lock);
    g_session.remove(account);
}

// Runs a keychain job with a deadline; `done` is called exactly once.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, std::function<void(QKeychain::Job *, bool timedOut)> done)
{
    auto called = std::make_shared<bool>(false);
    QPointer<QKeychain::Job> guard(job);
    job->setAutoDelete(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [called, done](QKeychain::Job *j) {
        j->deleteLater(); // also a job that answers after its deadline
        if (*called)
            return;
        *called = true;
        done(j, false);
    });
    QTimer::singleShot(timeoutMs, context, [called, done, guard] {
        if (*called)
            return;
        *called = true;
        done(guard, true);
        // A job that hangs is left to finish (or not) on its own; it is not deleted mid-call.
    });
    job->start();
}

bool keychainMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::AccessDenied
           || e == QKeychain::OtherError;
}
// QtKeychain often says only "Unknown error" (no secret service on the session bus, for one):
// say what happened in the user's words instead.
QString describe(const QKeychain::Job *j)
{
    switch (j->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::tr("no keychain service is running");
    case QKeychain::AccessDenied:
        return SecretStore::tr("the keychain refused access (is it locked?)");
    case QKeychain::EntryNotFound:
        return SecretStore::tr("the keychain has no such entry");
    default:
        break;
    }
    const QString said = j->errorString();
    if (said.isEmpty() || said.contains(u"Unknown error"_s, Qt::CaseInsensitive))
        return SecretStore::tr("the keychain could not be used (error %1)").arg(int(j->error()));
    return said;
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::serviceName()
{
    return u"mms-studio"_s;
}

void SecretStore::setKeychainDisabled(bool disabled)
{
    g_disabled = disabled;
}

void SecretStore::forgetSessionSecrets()
{
    QMutexLocker lock(&g_lock);
    g_session.clear();
}

void SecretStore::read(const QString &account, Callback done)
{
    bool found = false;
    const QString session = sessionPassword(account, &found);
    if (found) {
        QTimer::singleShot(0, this, [done, session] { done({Outcome::Ok, session, {}, true}); });
        return;
    }
    if (g_disabled) {
        QTimer::singleShot(0, this, [done] { done({Outcome::Unavailable, {}, tr("no keychain service is running"), false}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(account);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j, bool timedOut) {
        if (timedOut || !j) {
            done({Outcome::Unavailable, {}, tr("the keychain did not answer"), false});
            return;
        }
        if (j->error() == QKeychain::NoError)
            done({Outcome::Ok, static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), {}, false});
        else if (j->error() == QKeychain::EntryNotFound)
            done({Outcome::NotFound, {}, {}, false});
        else
            done({keychainMissing(j->error()) ? Outcome::Unavailable : Outcome::Failed, {}, describe(j), false});
    });
}

void SecretStore::write(const QString &account, const QString &password, Callback done)
{
    auto keepForSession = [account, password, done](const QString &why) {
        setSessionPassword(account, password);
        done({Outcome::Ok, {}, why, true});
    };
    if (g_disabled) {
        QTimer::singleShot(0, this, [keepForSession] { keepForSession(tr("no keychain service is running")); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(account);
    job->setTextData(password);
    runJob(job, m_timeoutMs, this, [account, done, keepForSession](QKeychain::Job *j, bool timedOut) {
        if (timedOut || !j) {
            keepForSession(tr("the keychain did not answer"));
            return;
        }
        if (j->error() == QKeychain::NoError) {
            dropSessionPassword(account);
            done({Outcome::Ok, {}, {}, false});
        } else {
            keepForSession(describe(j));
        }
    });
}

void SecretStore::remove(const QString &account, Callback done)
{
    dropSessionPassword(account);
    if (g_disabled) {
        QTimer::singleShot(0, this, [done] { done({Outcome::Ok, {}, {}, true}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(account);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j, bool timedOut) {
        if (timedOut || !j)
            done({Outcome::Unavailable, {}, tr("the keychain did not answer"), false});
        else if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done({Outcome::Ok, {}, {}, false});
        else
            done({Outcome::Failed, {}, describe(j), false});
    });
}

} // namespace mms
