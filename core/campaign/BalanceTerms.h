#pragma once

#include <QtGlobal>

namespace mms {

// What the platform's balance counts: messages (条), or money (元) at a price per message.
// The protocol does not say (PROTOCOL.md section 5: "the body is a bare number"), so it is
// an account setting; the cost of a send is counted in the same unit.
enum class BalanceUnit { Messages, Yuan };

struct BalanceTerms
{
    BalanceUnit unit = BalanceUnit::Messages;
    double pricePerMessage = 1; // in yuan when unit is Yuan; 1 message when Messages
    double costOf(qint64 messages) const { return unit == BalanceUnit::Messages ? double(messages) : messages * pricePerMessage; }
};

} // namespace mms
