#pragma once

#include "import/RecipientImport.h"
#include "protocol/Requests.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace mms {

class Database;

// Writes imported recipients into a draft campaign, in the order they come, and splits them
// into batches as it goes, in one transaction (begin() … commit()). It runs once per imported
// row, so on SQLite it talks to the C API directly (the same library and connection as Qt SQL)
// and, in its own transaction, writes on a thread of its own while the caller reads on; on
// PostgreSQL it sends rows a few hundred to a statement. Between begin() and commit() or
// rollback() the caller must not use the connection.
class CampaignRecipientSink : public RecipientSink
{
public:
    CampaignRecipientSink(Database &db, qint64 campaignId, const QStringList &variables,
                          int batchSize = kMaxNumbersPerRequest);
    ~CampaignRecipientSink() override;
    bool begin();
    // Writes the rows added so far (inside the caller's transaction); commit() does it too.
    bool flush();
    // Called while the last rows are written, with (rows written, rows to write); writing is not
    // cancelled half-way: the caller rolls back instead.
    void setProgress(std::function<void(qint64, qint64)> progress);
    bool commit();
    void rollback();
    bool add(const QString &mobile, const QStringList &values) override;
    QString error() const override { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};

// {"Text1":"张三"} built by hand, straight into UTF-8: it runs once per imported row.
void appendParamsJson(QByteArray &out, const QByteArrayList &names, const QStringList &values);
QString paramsJson(const QStringList &names, const QStringList &values);

} // namespace mms
