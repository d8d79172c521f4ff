#include "SuggestedPath.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString suggestedPath(const QString &name, QStandardPaths::StandardLocation where)
{
    QString dir = QStandardPaths::writableLocation(where);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString safe = name;
    for (QChar &c : safe)
        if (u"\\/:*?\"<>|"_s.contains(c) || c.unicode() < 0x20)
            c = u'_';
    return QDir(dir).filePath(safe);
}

} // namespace mms
