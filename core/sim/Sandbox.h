#pragma once

#include "protocol/Account.h"

#include <QString>
#include <QUrl>
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
    // mms-platform-sim next to the running executable.
    static QString simulatorProgram();
};

} // namespace mms
