#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace mms {

class Database;

// What the console's recipient table shows of one campaign.
enum class RecipientFilter { All, Delivered, Failed, Waiting, Replied, NotSent };

struct RecipientQuery
{
    qint64 campaignId = 0;
    RecipientFilter filter = RecipientFilter::All;
    QString search; // digits of the number; rows whose number contains them

    bool operator==(const RecipientQuery &o) const
    {
        return campaignId == o.campaignId && filter == o.filter && search == o.search;
    }
};

struct RecipientRow
{
    qint64 id = 0;
    QString mobile;
    int carrier = 0;
    QString batchState;  // pending, in_flight, accepted, rejected, unknown…
    QString delivery;    // empty: no report yet
    QString reportedAt;  // the platform's yyyyMMddHHmmss
    bool replied = false;
    QMap<QString, QString> params;
};

// Counts and pages one campaign's recipients by outcome. Without a search, the batches' own
// counts (delivered, failed, replied) place an offset in its batch, so a page deep in a
// million rows costs as much as the first one.
class RecipientPager
{
public:
    explicit RecipientPager(Database &db);
    int count(const RecipientQuery &query) const;
    QList<RecipientRow> page(const RecipientQuery &query, int offset, int limit) const;

private:
    struct Batch
    {
        qint64 id;
        int matching; // rows of this batch that pass the filter
    };
    QList<Batch> batches(const RecipientQuery &query) const;
    static bool usesBatchCounts(const RecipientQuery &query);

    Database &m_db;
};

} // namespace mms

Q_DECLARE_METATYPE(mms::RecipientQuery)
Q_DECLARE_METATYPE(mms::RecipientRow)
