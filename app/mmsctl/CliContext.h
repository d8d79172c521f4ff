#pragma once

#include "account/SecretStore.h"
#include "net/CallResult.h"
#include "protocol/Account.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace mms {
class Database;
class PlatformCall;
class Store;
} // namespace mms

// Exit codes of mmsctl (docs/mmsctl.md).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,      // bad command line
    ExitInvalid = 2,    // invalid input: manifest, numbers, variables
    ExitPlatform = 3,   // the platform refused (its code and message are printed)
    ExitNetwork = 4,    // could not reach the platform, or the outcome is unknown
    ExitLocal = 5,      // local storage or configuration problem
};

// What every mmsctl command shares: global options, output, the store and the account.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    static void addGlobalOptions(QCommandLineParser &parser);
    void readGlobalOptions(const QCommandLineParser &parser);

    bool json() const { return m_json; }
    int timeoutMs() const { return m_timeoutMs; }

    // Output: human text on stdout, or a JSON object with "ok": true.
    void print(const QString &line) const;
    int succeed(QJsonObject result, const QString &humanText) const;
    // Prints the error (stderr, or JSON on stdout) and returns the exit code.
    int fail(ExitCode code, const QString &kind, const QString &message, QJsonObject extra = {}) const;
    int failCall(const mms::CallResult &r) const;

    // Opens the store (--db or the per-user default); nullptr after printing the error.
    mms::Store *store();
    mms::Database *database() { return store() ? m_db.get() : nullptr; }
    // The account from --profile, the MMS_* environment, or the sandbox; records it in the store.
    std::optional<mms::Account> account(qint64 *accountId = nullptr);
    bool usingSandbox() const { return m_sandbox; }
    quint16 sandboxPort() const { return m_sandboxPort; }

    // Runs the event loop until the call finishes.
    mms::CallResult wait(mms::PlatformCall *call) const;
    // The system keychain, as the studio uses it (waited for, with a time limit).
    mms::SecretStore::Result readSecret(const QString &account) const;
    mms::SecretStore::Result writeSecret(const QString &account, const QString &password) const;

    QString lastError() const { return m_lastError; }

private:
    bool m_json = false;
    int m_timeoutMs = 30000;
    mms::SecretStore::Result waitForSecret(
        const std::function<void(mms::SecretStore &, const mms::SecretStore::Callback &)> &start) const;
    QString m_dbPath;
    QString m_profile;
    bool m_sandbox = false;
    quint16 m_sandboxPort = 0;
    std::unique_ptr<mms::Database> m_db;
    std::unique_ptr<mms::Store> m_store;
    mutable QString m_lastError;
};
