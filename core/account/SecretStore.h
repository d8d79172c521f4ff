#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mms {

// Account passwords in the system keychain (QtKeychain: Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Store on Windows). Every job has a time limit: without a
// secret service a job may hang. When no keychain answers, a password can be kept for this
// session only (in memory), and the caller says so to the user; nothing is ever written in
// plain text. Settings record only that a secret exists (Config::hasSecret).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString password; // for reads
        QString error;
        bool sessionOnly = false; // kept in memory for this session, no keychain
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &account, Callback done);
    // Writes to the keychain; when there is none, keeps it for the session (result.sessionOnly).
    void write(const QString &account, const QString &password, Callback done);
    void remove(const QString &account, Callback done);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    static QString serviceName();
    // Test hook: behave as if no keychain service were running.
    static void setKeychainDisabled(bool disabled);
    // Test hook: forget session-only passwords, as a new run of the program would.
    static void forgetSessionSecrets();

private:
    int m_timeoutMs = 5000;
};

} // namespace mms
