#pragma once

#include "campaign/FrequencyCaps.h"

#include <QDateTime>
#include <utility>
#include <vector>
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
// reported failed; a batch decided as not sent goes back to pending and its entries go
// (CampaignStore calls forget() on every such move).
class SendLedger
{
public:
    explicit SendLedger(Database &db);

    struct Counts
    {
        quint16 sameTemplate = 0;
        quint16 all = 0;
    };
    // What every number got on one day, sorted by number (a million of them: a sorted array is
    // built as the index hands them over, in its order, with no hashing).
    struct Day
    {
        struct Entry
        {
            quint64 number;
            Counts counts;
        };
        std::vector<Entry> entries;
        // Where each run of 2^14 numbers starts in entries (index()): a look-up reads one slot
        // here and a few entries, instead of binary-searching a million (20 cache misses).
        std::vector<quint32> buckets;
        void index();

        const Counts *find(quint64 number) const;
        Counts *find(quint64 number) { return const_cast<Counts *>(std::as_const(*this).find(number)); }
        bool contains(quint64 number) const { return find(number) != nullptr; }
        Counts value(quint64 number) const { const Counts *c = find(number); return c ? *c : Counts(); }
        qsizetype size() const { return qsizetype(entries.size()); }
        bool isEmpty() const { return entries.empty(); }
    };
    // Today's counts of every number that got something from the account on China day `day`,
    // for checking an import's rows as they are read (the hour is not known before sending).
    std::optional<Day> counts(qint64 accountId, const QString &mmsid, int day, QString *error) const;

    // Inside the claim transaction of batchId: the caps of its campaign applied to its
    // recipients at `now`. Those a cap stops leave the batch (kept as problem rows of kind
    // "capped" of the campaign, with the reason) and the batch shrinks; the rest are written to
    // the ledger as sent now. Test campaigns neither count nor are capped. Returns how many
    // recipients the batch has left.
    std::optional<int> claim(qint64 batchId, const QDateTime &now, QString *error);

    // A batch's entries, when it leaves the states that count: back to pending (not sent, or
    // decided as not sent), rejected, cancelled.
    bool forget(qint64 batchId, QString *error);

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
