#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mms {

class Database;

// Whom a campaign did not reach, for a new campaign to exactly them (docs/campaigns.md,
// "Resend to the unreached"):
// - Failed: a report said it failed (any status but DELIVRD) for a number of an accepted batch;
// - Unreached: those, and numbers of accepted batches with no report by noReportBefore, and
//   numbers of batches the platform refused or that were cancelled (nothing was sent to them).
// Batches still pending, in flight or of unknown outcome belong to their campaign until the user
// decides them: they are counted (undecided) and never taken.
enum class ResendScope { Failed, Unreached };

struct ResendCounts
{
    qint64 failed = 0;
    qint64 noReport = 0;  // accepted, no report by the cut-off (Unreached only)
    qint64 notSent = 0;   // rejected or cancelled batches (Unreached only)
    qint64 undecided = 0; // pending, in flight or unknown: left to the campaign
    int earlierResends = 0; // campaigns already made this way from it (not cancelled): a warning
    qint64 total() const { return failed + noReport + notSent; }
};

class ResendStore
{
public:
    explicit ResendStore(Database &db);

    struct Recipient
    {
        qint64 id = 0;
        QString mobile;
        QString params; // the campaign's JSON of variable values
    };

    std::optional<ResendCounts> count(qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore,
                                      QString *error) const;
    // Up to limit recipients in scope with an id above afterId, in id order.
    std::optional<QList<Recipient>> page(qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore,
                                         qint64 afterId, int limit, QString *error) const;

private:
    Database &m_db;
};

} // namespace mms
