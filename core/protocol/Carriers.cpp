#include "protocol/Carriers.h"

#include <QCoreApplication>

#include "util/DataPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace mms {

Carriers::Carriers()
{
    QFile builtin(u":/mms/carriers.json"_s);
    if (builtin.open(QIODevice::ReadOnly))
        loadInto(builtin.readAll(), nullptr);
    QFile user(paths::dataDir() + u"/carriers.json"_s);
    if (user.open(QIODevice::ReadOnly)) {
        QString error;
        if (!loadInto(user.readAll(), &error))
            qWarning("carriers.json in the data folder ignored: %s", qPrintable(error));
    }
}

Carriers &Carriers::instance()
{
    static Carriers table;
    return table;
}

bool Carriers::load(const QByteArray &json, QString *error)
{
    return instance().loadInto(json, error);
}

bool Carriers::loadInto(const QByteArray &json, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject prefixes = root.value(u"prefixes"_s).toObject();
    if (prefixes.isEmpty()) {
        if (error)
            *error = u"no \"prefixes\" object"_s;
        return false;
    }
    QHash<QString, int> table;
    for (auto it = prefixes.constBegin(); it != prefixes.constEnd(); ++it) {
        bool ok = false;
        const int carrier = it.key().toInt(&ok);
        if (!ok || carrier < 0 || carrier > 3) {
            if (error)
                *error = u"bad carrier \"%1\""_s.arg(it.key());
            return false;
        }
        for (const QJsonValue &p : it.value().toArray())
            table.insert(p.toString(), carrier);
    }
    m_prefixes = table;
    m_version = root.value(u"updated"_s).toString();
    for (int four = 0; four < 10000; ++four) {
        const QString key = u"%1"_s.arg(four, 4, 10, QChar(u'0'));
        m_byFour[four] = qint8(table.value(key, table.value(key.left(3), 0)));
    }
    return true;
}

int Carriers::carrierOf(const QString &mobile)
{
    const Carriers &self = instance();
    if (mobile.size() < 4)
        return 0;
    int four = 0;
    for (int i = 0; i < 4; ++i) {
        const char16_t c = mobile.at(i).unicode();
        if (c < u'0' || c > u'9')
            return 0;
        four = four * 10 + (c - u'0');
    }
    return self.m_byFour[four];
}

int Carriers::carrierOfNumber(qint64 mobile)
{
    if (mobile < 10000000000LL || mobile > 99999999999LL)
        return 0;
    return instance().m_byFour[int(mobile / 10000000)];
}

QString Carriers::name(int carrier)
{
    // Translated: 移动 / 联通 / 电信 in Chinese, China Mobile… in English (the studio's one name
    // for each; mmsctl, which speaks English to scripts, uses englishName()).
    switch (carrier) {
    case 1:
        return QCoreApplication::translate("mms::Carriers", "China Mobile");
    case 2:
        return QCoreApplication::translate("mms::Carriers", "China Unicom");
    case 3:
        return QCoreApplication::translate("mms::Carriers", "China Telecom");
    }
    return QCoreApplication::translate("mms::Carriers", "Other");
}

QString Carriers::englishName(int carrier)
{
    switch (carrier) {
    case 1:
        return u"China Mobile"_s;
    case 2:
        return u"China Unicom"_s;
    case 3:
        return u"China Telecom"_s;
    }
    return u"other"_s;
}

QString Carriers::tableVersion()
{
    return instance().m_version;
}

} // namespace mms
