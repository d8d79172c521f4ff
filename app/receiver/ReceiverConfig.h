#pragma once

#include "receiver/GuardedTcpServer.h"
#include "storage/Store.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// mms-receiver's settings, read from its config file (INI; see docs/team-mode.md).
struct ReceiverConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8090;
    QString pathSecret;     // the pushes are served under /SECRET/report, /SECRET/mo, /SECRET/audit
    QString database;       // a file path or postgresql://user@host:port/database
    QStringList autoBlock;  // replies that put their sender on the blocklist; empty: none
    int autoBlockPerPush = mms::Store::kDefaultAutoBlockPerPush; // at most this many blocks a push
    QList<QPair<QHostAddress, int>> allowed; // only these networks may push; empty: any
    bool trustForwardedFor = false;          // the platform's address from the local nginx's X-Forwarded-For
    mms::ReceiverLimits limits;

    // Reads and checks the file; false with *error naming the key at fault.
    bool load(const QString &path, QString *error);
    // The database location with the password from database-password-file, if any.
    QString databaseWithPassword() const { return m_databaseWithPassword; }

private:
    QString m_databaseWithPassword;
};
