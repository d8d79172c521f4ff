#pragma once

#include "protocol/ResultCodes.h"

#include <QString>

namespace mms {

// What became of one platform call. The distinction that matters for money is between
// NotSent (the request provably never reached the platform: safe to send again) and
// Unknown (it may have arrived: never resent automatically).
struct CallResult
{
    enum class Outcome {
        Success,        // code 0
        PlatformError,  // the platform answered with a non-zero code
        NotSent,        // connection refused, host not found: the request never left
        Unknown,        // timeout, dropped connection, HTTP error or unreadable answer
        InvalidRequest, // the request could not be built (nothing was sent)
    };

    CallKind kind = CallKind::SendTask;
    Outcome outcome = Outcome::Unknown;
    int code = 0;          // the platform's code for Success / PlatformError
    QString message;       // the platform's message
    QString id;            // mmsid or taskid
    double balance = 0;    // QueryBalance
    int httpStatus = 0;
    QString detail;        // what went wrong, for people
    int attempts = 1;

    bool ok() const { return outcome == Outcome::Success; }
    // One line for people: the platform's code and message, or the transport problem.
    QString summary() const;
    static QString outcomeName(Outcome o);
};

} // namespace mms
