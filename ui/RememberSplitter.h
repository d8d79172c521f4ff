#pragma once

#include "util/Config.h"

#include <QSplitter>

namespace mms {

// Puts a splitter's dividers where the user left them last time, and keeps them there.
inline void rememberSplitter(QSplitter *splitter, const QString &name)
{
    splitter->setObjectName(name);
    splitter->restoreState(Config().splitterState(name));
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, name] { Config().setSplitterState(name, splitter->saveState()); });
}

} // namespace mms
