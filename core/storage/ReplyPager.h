#pragma once

#include "storage/ReportStore.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mms {

class Database;

// What the inbox shows of every reply ever received.
struct ReplyQuery
{
    enum class Blocked { Any, Yes, No };
    qint64 campaignId = 0;   // 0: every campaign (and replies to no campaign)
    QDate from, to;          // the reply's own (China) day, inclusive; null: open
    QString text;            // replies whose text contains it (any case)
    Blocked blocked = Blocked::Any;
    QStringList optOutWords; // non-empty: only replies that are one of these words (as auto-block reads them)

    bool operator==(const ReplyQuery &o) const
    {
        return campaignId == o.campaignId && from == o.from && to == o.to && text == o.text && blocked == o.blocked
               && optOutWords == o.optOutWords;
    }
};

// Counts and pages the replies, newest first. A page after one already read starts after that
// page's last reply (no OFFSET to walk), so scrolling down a million replies stays cheap.
class ReplyPager
{
public:
    explicit ReplyPager(Database &db);
    // nullopt (and *error) when the store cannot be read: "no replies" would be a lie.
    std::optional<int> count(const ReplyQuery &query, QString *error = nullptr) const;
    // beforeId > 0: the rows after the reply with that id (the previous page's last), offset unused.
    std::optional<QList<ReplyRow>> page(const ReplyQuery &query, int offset, int limit, qint64 beforeId = 0,
                                        QString *error = nullptr) const;

private:
    Database &m_db;
};

} // namespace mms

Q_DECLARE_METATYPE(mms::ReplyQuery)
