#include "CliContext.h"

#include "net/PlatformCall.h"
#include "sim/Sandbox.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "util/DataPaths.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

CliContext::CliContext() = default;
CliContext::~CliContext()
{
    m_store.reset();
    m_db.reset();
}

void CliContext::addGlobalOptions(QCommandLineParser &p)
{
    p.addOption({u"db"_s, u"Database file (default: the per-user MMS Studio store)."_s, u"PATH"_s});
    p.addOption({u"profile"_s, u"Account saved with 'mmsctl account add' (password from MMS_PASSWORD)."_s, u"NAME"_s});
    p.addOption({u"json"_s, u"Print one JSON object for scripts."_s});
    p.addOption({u"timeout"_s, u"Seconds to wait for the platform (default 30)."_s, u"SECONDS"_s});
}

void CliContext::readGlobalOptions(const QCommandLineParser &p)
{
    m_json = p.isSet(u"json"_s);
    m_dbPath = p.isSet(u"db"_s) ? p.value(u"db"_s) : mms::paths::defaultDatabasePath();
    m_profile = p.value(u"profile"_s);
    if (p.isSet(u"timeout"_s)) {
        bool ok = false;
        const double s = p.value(u"timeout"_s).toDouble(&ok);
        if (ok && s > 0)
            m_timeoutMs = static_cast<int>(s * 1000);
    }
}

void CliContext::print(const QString &line) const
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

int CliContext::succeed(QJsonObject result, const QString &humanText) const
{
    if (m_json) {
        result.insert(u"ok"_s, true);
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (!humanText.isEmpty()) {
        print(humanText);
    }
    return ExitOk;
}

int CliContext::fail(ExitCode code, const QString &kind, const QString &message, QJsonObject extra) const
{
    if (m_json) {
        extra.insert(u"kind"_s, kind);
        extra.insert(u"message"_s, message);
        const QJsonObject o{{u"ok"_s, false}, {u"error"_s, extra}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        QTextStream err(stderr);
        err << "mmsctl: " << message << Qt::endl;
    }
    return code;
}

int CliContext::failCall(const mms::CallResult &r) const
{
    using O = mms::CallResult::Outcome;
    QJsonObject extra{{u"outcome"_s, mms::CallResult::outcomeName(r.outcome)}};
    switch (r.outcome) {
    case O::PlatformError:
        extra.insert(u"code"_s, r.code);
        extra.insert(u"platformMessage"_s, r.message);
        return fail(ExitPlatform, u"platform"_s, u"the platform refused: %1"_s.arg(r.summary()), extra);
    case O::InvalidRequest:
        return fail(ExitInvalid, u"invalid"_s, r.summary(), extra);
    case O::NotSent:
    case O::Unknown:
        if (r.httpStatus)
            extra.insert(u"httpStatus"_s, r.httpStatus);
        return fail(ExitNetwork, u"network"_s, r.summary(), extra);
    case O::Success:
        break;
    }
    return ExitOk;
}

mms::Store *CliContext::store()
{
    if (m_store)
        return m_store.get();
    QString error;
    m_db = mms::Database::open(m_dbPath, &error);
    if (!m_db) {
        m_lastError = error;
        return nullptr;
    }
    m_store = std::make_unique<mms::Store>(*m_db);
    return m_store.get();
}

std::optional<mms::Account> CliContext::account(qint64 *accountId)
{
    mms::Store *s = store();
    if (!s)
        return std::nullopt;
    mms::Account account;
    const QString baseUrl = qEnvironmentVariable("MMS_BASE_URL");
    if (!m_profile.isEmpty() && m_profile != u"sandbox"_s) {
        const auto saved = s->account(m_profile, accountId);
        if (!saved) {
            m_lastError = u"no account named \"%1\"; add it with 'mmsctl account add'"_s.arg(m_profile);
            return std::nullopt;
        }
        account = *saved;
        account.password = qEnvironmentVariable("MMS_PASSWORD");
        if (account.password.isEmpty()) {
            // The studio's keychain entry (Accounts, or 'mmsctl account password'): a script
            // then needs no password in its environment.
            const mms::SecretStore::Result r = readSecret(m_profile);
            if (r.outcome != mms::SecretStore::Outcome::Ok) {
                m_lastError = u"no password for account \"%1\": %2; save it in the keychain with 'mmsctl account password %1' "
                              "(or the studio's Accounts), or set MMS_PASSWORD"_s
                                  .arg(m_profile, r.outcome == mms::SecretStore::Outcome::NotFound ? u"the keychain has none"_s : r.error);
                return std::nullopt;
            }
            account.password = r.password;
        }
        return account;
    }
    if (m_profile.isEmpty() && !baseUrl.isEmpty()) {
        account.baseUrl = QUrl(baseUrl);
        account.userid = qEnvironmentVariable("MMS_USERID");
        account.username = qEnvironmentVariable("MMS_USERNAME");
        account.password = qEnvironmentVariable("MMS_PASSWORD");
        account.productid = qEnvironmentVariable("MMS_PRODUCTID");
        if (!account.baseUrl.isValid() || !(account.baseUrl.scheme() == u"http"_s || account.baseUrl.scheme() == u"https"_s)) {
            m_lastError = u"MMS_BASE_URL must be an http:// or https:// URL (got \"%1\")"_s.arg(baseUrl);
            return std::nullopt;
        }
        if (account.userid.isEmpty() || account.username.isEmpty() || account.password.isEmpty()) {
            m_lastError = u"MMS_BASE_URL is set: set MMS_USERID, MMS_USERNAME and MMS_PASSWORD too"_s;
            return std::nullopt;
        }
        account.name = u"%1@%2"_s.arg(account.userid, account.baseUrl.authority());
    } else {
        QString error;
        const auto info = mms::Sandbox::ensureRunning(mms::paths::sandboxDir(), mms::Sandbox::simulatorProgram(), &error);
        if (!info) {
            m_lastError = u"cannot start the sandbox platform: %1"_s.arg(error);
            return std::nullopt;
        }
        account = mms::Sandbox::account(info->baseUrl);
        m_sandbox = true;
        m_sandboxPort = info->port;
    }
    QString error;
    const auto id = s->saveAccount(account, &error);
    if (!id) {
        m_lastError = u"cannot record the account: %1"_s.arg(error);
        return std::nullopt;
    }
    if (accountId)
        *accountId = *id;
    return account;
}

mms::SecretStore::Result CliContext::readSecret(const QString &account) const
{
    return waitForSecret([&](mms::SecretStore &store, const mms::SecretStore::Callback &done) { store.read(account, done); });
}

mms::SecretStore::Result CliContext::writeSecret(const QString &account, const QString &password) const
{
    return waitForSecret([&](mms::SecretStore &store, const mms::SecretStore::Callback &done) { store.write(account, password, done); });
}

mms::SecretStore::Result CliContext::waitForSecret(const std::function<void(mms::SecretStore &, const mms::SecretStore::Callback &)> &start) const
{
    mms::SecretStore store;
    store.setTimeoutMs(qBound(1000, m_timeoutMs, 10000)); // a keychain that does not answer must not hang a script
    mms::SecretStore::Result result;
    bool done = false;
    QEventLoop loop;
    start(store, [&](const mms::SecretStore::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

mms::CallResult CliContext::wait(mms::PlatformCall *call) const
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &mms::PlatformCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return call->result();
}
