#include "protocol/ReportStatus.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString explainReportStatus(const QString &status)
{
    if (status == u"DELIVRD"_s)
        return QCoreApplication::translate("mms::ReportStatus", "delivered to the handset");
    if (status == u"UNDELIV"_s)
        return QCoreApplication::translate("mms::ReportStatus", "could not be delivered (handset off, out of service, or number not in use)");
    if (status == u"EXPIRED"_s)
        return QCoreApplication::translate("mms::ReportStatus", "expired before the handset could take it (off for a long time)");
    if (status == u"REJECTD"_s)
        return QCoreApplication::translate("mms::ReportStatus", "rejected by the carrier");
    if (status == u"DELETED"_s)
        return QCoreApplication::translate("mms::ReportStatus", "deleted by the carrier");
    if (status == u"UNKNOWN"_s)
        return QCoreApplication::translate("mms::ReportStatus", "the carrier did not say");
    if (status.startsWith(u"MK:"_s))
        return QCoreApplication::translate("mms::ReportStatus", "the carrier's gateway refused it (%1)").arg(status);
    if (status.startsWith(u"MA:"_s) || status.startsWith(u"MN:"_s))
        return QCoreApplication::translate("mms::ReportStatus", "the carrier's network could not deliver it (%1)").arg(status);
    if (status.startsWith(u"DB:"_s))
        return QCoreApplication::translate("mms::ReportStatus", "stopped by the carrier's lists, e.g. the number refuses such messages (%1)").arg(status);
    if (status.startsWith(u"IB:"_s) || status.startsWith(u"ID:"_s))
        return QCoreApplication::translate("mms::ReportStatus", "the carrier's system refused it (%1)").arg(status);
    return {};
}

} // namespace mms
