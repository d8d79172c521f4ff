#pragma once

#include <QString>
#include <QUrl>

namespace mms {

// A platform account. The password is held in memory only: storage never keeps it.
struct Account
{
    QString name;      // the user's label, e.g. "sandbox"
    QUrl baseUrl;      // e.g. http://127.0.0.1:49000/mms/api/
    QString userid;
    QString username;
    QString password;
    QString productid;
    bool contInline = false; // PROTOCOL.md section 4: send the personalised cont array inline
    bool isSandbox = false;

    // base + "SaveMmsModel.do" etc., whatever the base's trailing slash.
    QUrl endpoint(const QString &call) const;
};

} // namespace mms
