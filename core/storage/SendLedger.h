#pragma once

#include "campaign/FrequencyCaps.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringView>
#include <optional>

namespace mms {

class Database;

// What each number got from each account, by China day and hour (migration 16): the ground
// frequency caps stand on. A batch's recipients are written to it in the transaction that
// claims the batch, so two senders of a team (whose claims take turns under the store's write
// lock) see each other's sends. An entry counts while its batch is in flight, accepted or of
// unknown outcome (or gone with a deleted campaign: it was sent) and its recipient was not
// reported failed; a batch decided as not sent goes back to pending and stops counting.
class SendLedger
{
public:
    explicit SendLedger(Database &db);

    struct Counts
    {
        quint16 sameTemplate = 0;
        quint16 all = 0;
    };
    // Today's counts of every number that got something from the account on China day `day`,
    // for checking an import's rows as they are read (the hour is not known before sending).
    std::optional<QHash<quint64, Counts>> counts(qint64 accountId, const QString &mmsid, int day, QString *error) const;

    // Inside the claim transaction of batchId: the caps of its campaign applied to its
    // recipients at `now`. Those a cap stops leave the batch (kept as problem rows of kind
    // "capped" of the campaign, with the reason) and the batch shrinks; the rest are written to
    // the ledger as sent now. Test campaigns neither count nor are capped. Returns how many
    // recipients the batch has left.
    std::optional<int> claim(qint64 batchId, const QDateTime &now, QString *error);

    // Entries before China day `day`. Claims keep kKeepDays (caps look at today only; a few
    // weeks are there for the breakdowns to come).
    bool prune(int beforeDay, QString *error);

    // 13812345678 as a number (0 for anything but 11 digits).
    static quint64 key(QStringView mobile);

    static constexpr int kKeepDays = 40;

private:
    Database &m_db;
};

} // namespace mms
