#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mms {

// Opens a store on a thread of its own (connecting to a server may take seconds) and tells
// the caller, on the caller's thread, whether it works: the studio tries a team workspace
// before it switches to it. With Database::Mode::Migrate the schema is brought up to date on
// the way, as any open does; CheckOnly writes nothing (the workspace form's Test connection).
class StoreProbe
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    // done runs on context's thread, unless context is gone by then.
    static void probe(const QString &location, QObject *context, Done done,
                      Database::Mode mode = Database::Mode::Migrate);
};

} // namespace mms
