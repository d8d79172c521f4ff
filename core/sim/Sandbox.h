#pragma once

#include "protocol/Account.h"

#include <QString>
#include <QUrl>

class QObject;
class QNetworkReply;
#include <optional>

namespace mms {

struct SandboxInfo
{
    QUrl baseUrl;
    quint16 port = 0;
    qint64 pid = 0;
    QUrl controlUrl(const QString &endpoint) const; // http://127.0.0.1:PORT/sim/<endpoint>
};

// The sandbox: the project's simulator running on loopback as a separate process that
// the studio and mmsctl share, started on demand. Its port file (sandbox.json) lives in
// paths::sandboxDir().
class Sandbox
{
public:
    static Account account(const QUrl &baseUrl);
    static QString infoFile(const QString &dir);
    static std::optional<SandboxInfo> findRunning(const QString &dir);
    // Finds a running sandbox simulator or starts one and waits for it (up to ~10 s).
    // Blocking: call it off the GUI thread.
    static std::optional<SandboxInfo> ensureRunning(const QString &dir, const QString &simulatorProgram,
                                                    QString *error);
    // Tells a sandbox simulator where to push audits, reports and replies (asynchronous;
    // only the sandbox has this control endpoint). The reply is owned by context; wait on
    // its finished() signal to know the outcome.
    static QNetworkReply *pointPushesAt(const QUrl &sandboxBaseUrl, const QUrl &audit, const QUrl &report, const QUrl &mo,
                              QObject *context);
    // mms-platform-sim next to the running executable.
    static QString simulatorProgram();
};

} // namespace mms
