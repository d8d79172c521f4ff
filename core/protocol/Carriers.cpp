#include "protocol/Carriers.h"

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
    return true;
}

int Carriers::carrierOf(const QString &mobile)
{
    const Carriers &self = instance();
    for (int len = 4; len >= 3; --len) {
        const auto it = self.m_prefixes.constFind(mobile.left(len));
        if (it != self.m_prefixes.constEnd())
            return *it;
    }
    return 0;
}

QString Carriers::name(int carrier)
{
    switch (carrier) {
    case 1:
        return u"移动"_s;
    case 2:
        return u"联通"_s;
    case 3:
        return u"电信"_s;
    }
    return u"其他"_s;
}

QString Carriers::tableVersion()
{
    return instance().m_version;
}

} // namespace mms
