#include "campaign/ResendRowReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mms {

ResendRowReader::ResendRowReader(Database &db, qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore,
                                 const QStringList &variables, qint64 expected)
    : m_store(db)
    , m_campaign(campaignId)
    , m_scope(scope)
    , m_cut(noReportBefore)
    , m_variables(variables)
    , m_expected(expected)
{
}

bool ResendRowReader::next(QStringList *fields)
{
    if (m_next >= m_page.size()) {
        if (m_done)
            return false;
        // Pages by id: no query stays open while the new draft's rows go in on the same connection.
        const auto page = m_store.page(m_campaign, m_scope, m_cut, m_lastId, 5000, &m_error);
        if (!page || page->isEmpty()) {
            m_done = true;
            return false;
        }
        m_page = *page;
        m_next = 0;
        m_lastId = m_page.last().id;
    }
    const ResendStore::Recipient &r = m_page.at(m_next++);
    fields->clear();
    fields->append(r.mobile);
    const QJsonObject params = m_variables.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(r.params.toUtf8()).object();
    for (const QString &name : m_variables)
        fields->append(params.value(name).toString());
    ++m_line;
    return true;
}

} // namespace mms
