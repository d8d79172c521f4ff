#pragma once

#include "campaign/SendEstimate.h"

class CliContext;
namespace mms {
struct Account;
}

// mmsctl send's last look before money is spent: the same estimate as the studio's
// confirmation, printed on the terminal with a question. Only asked when standard input and
// error are a terminal (scripts, with no terminal, are not asked, as before; --yes skips it).
namespace sendconfirm {

// The summary in English, a line each.
QString summaryText(const mms::SendEstimate &e);
// Prints the summary and asks; true when the user confirmed.
bool ask(const mms::SendEstimate &e);
// Whether a person is at the terminal to be asked.
bool interactive();

} // namespace sendconfirm
