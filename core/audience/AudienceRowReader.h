#pragma once

#include "audience/AudienceStore.h"
#include "import/RowReader.h"

#include <functional>

namespace mms {

// An audience's members as rows (the number first, then its columns), so that a campaign made
// from an audience goes through the same checks and the same draft path as one made from a file.
class AudienceRowReader : public RowReader
{
public:
    AudienceRowReader(Database &db, const AudienceRow &audience);

    bool next(QStringList *fields) override;
    qint64 line() const override { return m_line; }
    qint64 position() const override { return m_line; }
    qint64 size() const override { return m_total; }
    QString error() const override { return m_error; }
    // Only the members keep() says yes to (a segment); the others are counted, not read.
    void setFilter(std::function<bool(const QString &mobile)> keep) { m_keep = std::move(keep); }
    qint64 leftOut() const { return m_leftOut; }

private:
    AudienceStore m_store;
    qint64 m_audience;
    qint64 m_total;
    qint64 m_line = 0;
    qint64 m_lastId = 0;
    QList<AudienceStore::Member> m_page;
    qsizetype m_next = 0;
    bool m_done = false;
    std::function<bool(const QString &)> m_keep;
    qint64 m_leftOut = 0;
    QString m_error;
};

} // namespace mms
