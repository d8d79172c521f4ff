#pragma once

#include "import/RowReader.h"
#include "storage/ResendStore.h"

namespace mms {

// The recipients a campaign did not reach (ResendStore) as rows: the number, then the value of
// each of the campaign's variables in order, so a resend goes through the same checks and the
// same draft path (blocklist, duplicates) as a file.
class ResendRowReader : public RowReader
{
public:
    ResendRowReader(Database &db, qint64 campaignId, ResendScope scope, const QDateTime &noReportBefore,
                    const QStringList &variables, qint64 expected);

    bool next(QStringList *fields) override;
    qint64 line() const override { return m_line; }
    qint64 position() const override { return m_line; }
    qint64 size() const override { return m_expected; }
    QString error() const override { return m_error; }

private:
    ResendStore m_store;
    qint64 m_campaign;
    ResendScope m_scope;
    QDateTime m_cut;
    QStringList m_variables;
    qint64 m_expected;
    qint64 m_line = 0;
    qint64 m_lastId = 0;
    QList<ResendStore::Recipient> m_page;
    qsizetype m_next = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace mms
