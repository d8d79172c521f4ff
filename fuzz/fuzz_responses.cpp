// The platform's answers to the four calls (PROTOCOL.md 1, 3, 4, 5) and the balance.
#include "protocol/Responses.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (mms::CallKind k : {mms::CallKind::SaveTemplate, mms::CallKind::SendTask, mms::CallKind::SendVariableTask})
        (void)mms::responses::parseAnswer(body, k);
    (void)mms::responses::parseBalance(body);
    return 0;
}
