#include "protocol/ResultCodes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
struct Entry
{
    int code;
    const char16_t *zh;
    const char *en;
};

constexpr Entry kEntries[] = {
    {0, u"成功", "success"},
    {-1, u"请求参数有误", "bad request parameters"},
    {-2, u"用户不存在或状态不正常", "user missing or disabled"},
    {-3, u"用户账号密码错误", "wrong account or password"},
    {-4, u"ip 鉴权失败", "client IP not authorised"},
    {-5, u"最大提交号码数 1000", "more than 1000 numbers"},
    {-6, u"彩信模板错误", "bad template"},
    {-7, u"模板已失效", "template expired"},
    {-8, u"账户余额不足", "insufficient balance"},
    {-10, u"请求 json 数据有误", "malformed JSON"},
    {-11, u"变量参数有误", "bad variables"},
    {-12, u"系统错误，存储失败", "storage failure"},
    {-13, u"系统错误，存储失败", "storage failure"},
    {-100, u"系统错误，联系平台管理员", "system error, contact the platform administrator"},
};

const Entry *find(int code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}
} // namespace

bool ResultCodes::isKnown(int code)
{
    return find(code) != nullptr;
}

QString ResultCodes::chinese(int code, CallKind kind)
{
    if (code == -11 && kind == CallKind::SaveTemplate)
        return u"读取文件错误"_s;
    if (const Entry *e = find(code))
        return QString::fromUtf16(e->zh);
    return u"未知错误码 %1"_s.arg(code);
}

QString ResultCodes::english(int code, CallKind kind)
{
    if (code == -11 && kind == CallKind::SaveTemplate)
        return u"file read error"_s;
    if (const Entry *e = find(code))
        return QString::fromLatin1(e->en);
    return u"unknown result code %1"_s.arg(code);
}

QString ResultCodes::describe(int code, CallKind kind)
{
    return u"%1 %2 (%3)"_s.arg(code).arg(chinese(code, kind), english(code, kind));
}

QString ResultCodes::callName(CallKind kind)
{
    switch (kind) {
    case CallKind::SaveTemplate:
        return u"SaveMmsModel"_s;
    case CallKind::SendTask:
        return u"SendMmsTask"_s;
    case CallKind::SendVariableTask:
        return u"SendVariableMmsTask"_s;
    case CallKind::QueryBalance:
        return u"QueryBalance"_s;
    }
    return {};
}

} // namespace mms
