#include "reports/RecipientStatus.h"

#include "protocol/Pushes.h"
#include "protocol/ReportStatus.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString recipientStatusText(const RecipientRow &row)
{
    if (row.delivery == "DELIVRD"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Delivered");
    if (!row.delivery.isEmpty()) {
        const QString why = explainReportStatus(row.delivery, row.carrier);
        return why.isEmpty() ? QCoreApplication::translate("mms::RecipientStatus", "Failed (%1)").arg(row.delivery)
                             : QCoreApplication::translate("mms::RecipientStatus", "Failed (%1): %2").arg(row.delivery, why);
    }
    if (row.batchState == "accepted"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Waiting for the report");
    if (row.batchState == "rejected"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Not sent: the platform refused its batch");
    if (row.batchState == "cancelled"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Not sent: the campaign was cancelled");
    if (row.batchState == "inflight"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Being sent");
    if (row.batchState == "unknown"_L1)
        return QCoreApplication::translate("mms::RecipientStatus", "Unknown: its batch's answer was lost");
    return QCoreApplication::translate("mms::RecipientStatus", "Not sent yet");
}

QString recipientReportedAt(const RecipientRow &row)
{
    return row.reportedAt.isEmpty() ? QString() : localPushTime(row.reportedAt);
}

QString localPushTime(const QString &yyyyMMddHHmmss)
{
    const QDateTime t = pushes::parsePushTime(yyyyMMddHHmmss);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : yyyyMMddHHmmss;
}

} // namespace mms
