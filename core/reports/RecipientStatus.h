#pragma once

#include "storage/RecipientPager.h"

namespace mms {

// What a recipient's row says, in the user's language: delivered, failed (with the code's
// meaning where known), waiting for its report, or not sent (and why: its batch's state).
QString recipientStatusText(const RecipientRow &row);
// When the outcome was reported, in the user's time zone ("" before any report).
QString recipientReportedAt(const RecipientRow &row);
// A push's time (the platform's yyyyMMddHHmmss, China Standard Time) on the user's clock,
// as yyyy-MM-dd HH:mm:ss; a time that cannot be read is shown as it came.
QString localPushTime(const QString &yyyyMMddHHmmss);

} // namespace mms
