#pragma once

#include "reports/Breakdown.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace mms {

class Database;

// A campaign's results by carrier, province, city and hour, read off its recipients. Each
// sent batch's recipients are read once and kept (8 bytes each); a later read reads again
// only the batches whose counts moved since (delivered, failed, replied, and every outcome
// written, batches.outcomes), so a dashboard over a million recipients refreshes in
// milliseconds while reports stream in. One reader per connection's thread.
class BreakdownReader
{
public:
    explicit BreakdownReader(Database &db);
    ~BreakdownReader();

    // nullopt with *error when the store could not be read; a campaign with no batch sent
    // yet has every count 0.
    std::optional<CampaignBreakdown> read(qint64 campaignId, QString *error);
    void forget(qint64 campaignId) { m_cache.remove(campaignId); }

    // For tests and the bench: recipients read by the last read() (0: nothing moved).
    qint64 lastRecipientsRead() const { return m_lastRead; }

private:
    struct Batch;
    struct Campaign;
    bool scan(Campaign &c, Batch &b, QString *error);

    Database &m_db;
    QHash<qint64, std::shared_ptr<Campaign>> m_cache;
    qint64 m_lastRead = 0;
    quint64 m_uses = 0;
};

} // namespace mms
