#include "util/MoneyText.h"

#include <QCoreApplication>
#include <QLocale>

namespace mms::money {

QString amount(double value, const BalanceTerms &terms)
{
    const QLocale locale;
    if (terms.unit == BalanceUnit::Yuan)
        return QCoreApplication::translate("mms::money", "¥%1").arg(locale.toString(value, 'f', 2));
    return QCoreApplication::translate("mms::money", "%1 messages").arg(locale.toString(value, 'f', 0));
}

QString unitName(BalanceUnit unit)
{
    return unit == BalanceUnit::Yuan ? QCoreApplication::translate("mms::money", "Yuan (price per message)")
                                     : QCoreApplication::translate("mms::money", "Messages (one per recipient)");
}

} // namespace mms::money
