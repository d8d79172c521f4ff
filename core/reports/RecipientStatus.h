#pragma once

#include "storage/RecipientPager.h"

namespace mms {

// What a recipient's row says, in the user's language: delivered, failed (with the code's
// meaning where known), waiting for its report, or not sent (and why: its batch's state).
QString recipientStatusText(const RecipientRow &row);
// When the outcome was reported, in the user's time zone ("" before any report).
QString recipientReportedAt(const RecipientRow &row);

} // namespace mms
