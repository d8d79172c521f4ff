#pragma once

#include <QHash>
#include <QString>

#include <array>

namespace mms {

// Which carrier a mainland number belongs to, from its prefix. The table is data
// (core/data/carriers.json, overridable by carriers.json in the data folder) because
// number ranges move between carriers.
class Carriers
{
public:
    // 1 移动, 2 联通, 3 电信, 0 unknown / other.
    static int carrierOf(const QString &mobile);
    static int carrierOfNumber(qint64 mobile); // an 11-digit number as an integer
    static QString name(int carrier);        // translated: 移动 / 联通 / 电信 / 其他, China Mobile… in English
    static QString englishName(int carrier); // China Mobile / China Unicom / China Telecom / other (mmsctl)
    // Loads a table from JSON; false (table unchanged) with *error on bad data.
    static bool load(const QByteArray &json, QString *error);
    static QString tableVersion();

private:
    static Carriers &instance();
    bool loadInto(const QByteArray &json, QString *error);
    Carriers();
    QHash<QString, int> m_prefixes;
    std::array<qint8, 10000> m_byFour{}; // carrier by the first four digits (1000-1999 used)
    QString m_version;
};

} // namespace mms
