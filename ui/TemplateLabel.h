#pragma once

#include "protocol/Carriers.h"
#include "storage/Store.h"

#include <QStringList>

namespace mms {

// How a template is named in a list to pick from: subject, mmsid and each carrier's audit
// (✓ approved, ✗ rejected, … waiting), in the wizard and in Send again.
inline QString templateLabel(const TemplateRow &t)
{
    QStringList states;
    for (int c = 1; c <= 3; ++c) {
        const int status = t.audits[size_t(c - 1)].status;
        states << Carriers::name(c) + (status == 1 ? QStringLiteral("✓") : status == 2 ? QStringLiteral("✗") : QStringLiteral("…"));
    }
    return QStringLiteral("%1  (%2)  %3").arg(t.subject, t.mmsid, states.join(QLatin1Char(' ')));
}

} // namespace mms
