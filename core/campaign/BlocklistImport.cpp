#include "campaign/BlocklistImport.h"

#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace mms {
namespace {
class NumberSink : public RecipientSink
{
public:
    bool add(const QString &mobile, const QStringList &) override
    {
        numbers.append(mobile);
        return numbers.size() <= 5000000; // a bound: five million numbers is no suppression list
    }
    QString error() const override
    {
        return QCoreApplication::translate("mms::BlocklistImport", "more than five million numbers");
    }
    QStringList numbers;
};
} // namespace

BlocklistImportResult importBlocklist(Database &db, const QString &path, const ImportOptions &options, const QString &reason,
                                      bool apply, const std::function<bool(qint64, qint64)> &progress)
{
    BlocklistImportResult r;
    Store store(db);
    const auto blocked = store.blocklist(&r.error);
    if (!blocked)
        return r;
    ImportOptions o = options;
    o.variables.clear();
    o.blocklist = *blocked; // numbers already on it are counted as such, not added twice
    NumberSink sink;
    r.summary = importRecipients(path, o, sink, progress);
    if (!r.summary.ok() || !apply)
        return r;
    QList<BlockEntry> entries;
    entries.reserve(sink.numbers.size());
    for (const QString &n : std::as_const(sink.numbers))
        entries.append(BlockEntry{n, reason, {}, 0, {}});
    const auto added = store.addToBlocklist(entries, &r.error);
    r.added = added.value_or(0);
    return r;
}

} // namespace mms
