#include "protocol/Mobile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace mms::mobile {

bool isValid(const QString &n)
{
    if (n.size() != 11 || n.at(0) != u'1' || n.at(1) < u'3' || n.at(1) > u'9')
        return false;
    for (QChar c : n) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<QString> normalize(const QString &input, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (isValid(input))
        return input; // the common case: nothing to clean
    QString s;
    s.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            s.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0B) // full-width plus
            s.append(u'+');
        else if (c.isSpace() || u == u'-' || u == u'.' || u == u'(' || u == u')' || u == 0x3000
                 || u == 0xFF0D)
            continue;
        else
            s.append(c);
    }
    if (s.isEmpty())
        return fail(QCoreApplication::translate("mms::mobile", "empty number"));
    static const QRegularExpression sci(u"^[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]+$"_s);
    if (sci.match(input.trimmed()).hasMatch())
        return fail(QCoreApplication::translate(
            "mms::mobile", "damaged by Excel (scientific notation %1): digits are lost, fix the source")
                        .arg(input.trimmed()));
    if (s.startsWith(u"+86"_s))
        s.remove(0, 3);
    else if (s.startsWith(u"0086"_s))
        s.remove(0, 4);
    else if (s.size() == 13 && s.startsWith(u"86"_s))
        s.remove(0, 2);
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > 127)
            return fail(QCoreApplication::translate("mms::mobile", "not a number: %1").arg(input));
    }
    if (s.size() != 11)
        return fail(QCoreApplication::translate("mms::mobile", "%1 digits, a mobile number has 11")
                        .arg(s.size()));
    if (!isValid(s))
        return fail(QCoreApplication::translate("mms::mobile", "not a mainland mobile number: %1")
                        .arg(s));
    return s;
}

} // namespace mms::mobile
