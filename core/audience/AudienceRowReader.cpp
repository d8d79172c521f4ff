#include "audience/AudienceRowReader.h"

namespace mms {

AudienceRowReader::AudienceRowReader(Database &db, const AudienceRow &audience)
    : m_store(db)
    , m_audience(audience.id)
    , m_total(audience.members)
{
}

bool AudienceRowReader::next(QStringList *fields)
{
    for (;;) {
    if (m_next >= m_page.size()) {
        if (m_done)
            return false;
        // Pages by id: no query stays open while the draft's rows are written on the same connection.
        const auto page = m_store.members(m_audience, m_lastId, 5000, &m_error);
        if (!page || page->isEmpty()) {
            m_done = true;
            return false;
        }
        m_page = *page;
        m_next = 0;
        m_lastId = m_page.last().id;
    }
    const AudienceStore::Member &m = m_page.at(m_next++);
    ++m_line;
    if (m_keep && !m_keep(m.mobile)) {
        ++m_leftOut;
        continue;
    }
    *fields = QStringList{m.mobile} + m.cells;
    return true;
    }
}

} // namespace mms
