#include "net/CallResult.h"

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString CallResult::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Success:
        return u"success"_s;
    case Outcome::PlatformError:
        return u"platform-error"_s;
    case Outcome::NotSent:
        return u"not-sent"_s;
    case Outcome::Unknown:
        return u"unknown"_s;
    case Outcome::InvalidRequest:
        return u"invalid-request"_s;
    }
    return {};
}

QString CallResult::summary() const
{
    switch (outcome) {
    case Outcome::Success:
        return id.isEmpty() ? message : u"%1 (%2)"_s.arg(id, message);
    case Outcome::PlatformError: {
        QString s = ResultCodes::describe(code, kind);
        if (!message.isEmpty() && message != ResultCodes::chinese(code, kind))
            s += u": "_s + message;
        return s;
    }
    case Outcome::NotSent:
    case Outcome::Unknown:
    case Outcome::InvalidRequest:
        return detail;
    }
    return detail;
}

} // namespace mms
