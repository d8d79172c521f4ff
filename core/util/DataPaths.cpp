#include "util/DataPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace mms::paths {

QString dataDir()
{
    const QString env = qEnvironmentVariable("MMS_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/mms-studio"_s;
}

QString defaultDatabasePath()
{
    return dataDir() + u"/mmsstudio.sqlite"_s;
}

QString sandboxDir()
{
    const QString env = qEnvironmentVariable("MMS_SANDBOX_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return dataDir() + u"/sandbox"_s;
}

} // namespace mms::paths
