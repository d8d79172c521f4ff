#pragma once

#include <QString>

namespace mms {

// The platform's result codes (PROTOCOL.md, "Result codes"). -11 means a different
// thing for template creation and for the personalised send, hence the context.
enum class CallKind { SaveTemplate, SendTask, SendVariableTask, QueryBalance };

struct ResultCodes
{
    static bool isKnown(int code);
    static QString chinese(int code, CallKind kind = CallKind::SendTask);
    static QString english(int code, CallKind kind = CallKind::SendTask);
    // "-3 用户账号密码错误 (wrong account or password)"
    static QString describe(int code, CallKind kind = CallKind::SendTask);
    static QString callName(CallKind kind);
};

} // namespace mms
