#pragma once

#include <QList>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace mms {

class Database;

struct CampaignDelivery
{
    qint64 campaignId = 0;
    QString name;
    QString state;
    int sent = 0;      // recipients in accepted batches
    int delivered = 0; // with a DELIVRD report
    int failed = 0;    // with a report, none DELIVRD
    int waiting = 0;   // sent, no report yet
    int replies = 0;
    int conflicts = 0; // failure reports timed after the recipient's delivery (the delivery stands)
    QMap<QString, int> failures; // status -> recipients
};

struct DeliveryPoint
{
    QDateTime minute; // the platform's clock (China Standard Time), as a point in time
    int delivered = 0; // up to and including this minute
    int failed = 0;
};

struct ReplyRow
{
    qint64 id = 0;
    QString mobile;
    QString extension;
    QString text;
    QString repliedAt;  // yyyyMMddHHmmss, the platform's time
    QString receivedAt; // ISO UTC
    qint64 campaignId = 0;
    QString campaignName;
    bool blocked = false;
};

struct AuditEventRow
{
    QString mmsid;
    int carrier = 0;
    int status = 0;
    QString message;
    QString receivedAt;
    bool matched = false;
};

// Reads what the platform pushed back, for the Reports area and mmsctl.
class ReportStore
{
public:
    explicit ReportStore(Database &db);
    // error (when given) is set by a failed query: "cannot read" is never "nothing yet".
    QList<CampaignDelivery> deliveries(qint64 accountId, QString *error = nullptr) const;
    // failures (by status) costs a pass over the campaign's failed recipients.
    CampaignDelivery delivery(qint64 campaignId, bool withFailures = true, QString *error = nullptr) const;
    // Cumulative delivered and failed recipients by minute of their outcome.
    QList<DeliveryPoint> timeline(qint64 campaignId, QString *error = nullptr) const;
    // The account's campaigns with a batch sent from `from` to `to` (days of China time, both
    // included), oldest first; nullopt with *error when the store could not be read.
    std::optional<QList<qint64>> campaignsSentBetween(qint64 accountId, QDate from, QDate to, QString *error) const;
    QList<ReplyRow> replies(int limit = 1000, QString *error = nullptr) const;
    QList<AuditEventRow> audits(int limit = 1000, QString *error = nullptr) const;
    int unmatchedReports() const;

private:
    Database &m_db;
};

} // namespace mms
