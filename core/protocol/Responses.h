#pragma once

#include "protocol/ResultCodes.h"

#include <QByteArray>
#include <QString>

namespace mms {

// The platform's answer to SaveMmsModel / SendMmsTask / SendVariableMmsTask.
struct PlatformAnswer
{
    bool wellFormed = false; // false: the body could not be read (see parseError)
    int code = 0;
    QString message;
    QString id;              // mmsid (create) or taskid (send), when code == 0
    QString parseError;

    bool succeeded() const { return wellFormed && code == 0; }
};

struct BalanceAnswer
{
    bool wellFormed = false;
    bool ok = false;     // balance >= 0
    double balance = 0;
    int code = 0;        // negative bodies are the result codes
    QString raw;
    QString parseError;
};

namespace responses {
// kind chooses which id is required on success (mmsid or taskid).
PlatformAnswer parseAnswer(const QByteArray &body, CallKind kind);
BalanceAnswer parseBalance(const QByteArray &body);
} // namespace responses

} // namespace mms
