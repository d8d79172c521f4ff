// What the platform pushes: audit results (JSON), delivery reports and replies (the
// "|"-and-";" records, raw or percent-encoded), and the parameter extraction from a request.
#include "protocol/Pushes.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    (void)mms::pushes::parseAudit(body, &error);
    (void)mms::pushes::parseReports(body);
    (void)mms::pushes::parseReplies(body);
    (void)mms::pushes::rawParameter("report", QUrl(QStringLiteral("http://127.0.0.1/report")), body);
    (void)mms::pushes::rawParameter("mo", QUrl(QStringLiteral("http://127.0.0.1/mo?") + QString::fromLatin1(body.left(200))), {});
    (void)mms::pushes::parsePushTime(QString::fromUtf8(body.left(32)));
    return 0;
}
