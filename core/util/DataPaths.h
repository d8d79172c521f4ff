#pragma once

#include <QString>

namespace mms::paths {

// Per-user data folder (~/.local/share/mms-studio); MMS_DATA_DIR overrides it.
QString dataDir();
QString defaultDatabasePath();
// Where the sandbox simulator keeps its port file and state; MMS_SANDBOX_DIR overrides it.
QString sandboxDir();

} // namespace mms::paths
