// A recipients file as Excel (or anyone) might save it: charset detection, delimiter and header
// sniffing, CSV parsing, number normalisation, duplicates and variable checks. Read from memory
// (no file per input), so a long run reaches millions of inputs.
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const mms::FileSniff sniff = mms::sniffRecipientData(bytes.left(mms::kSniffBytes), bytes.size(), QStringLiteral("fuzz.csv"));
    if (!sniff.ok())
        return 0;
    mms::ImportOptions options = mms::ImportOptions::fromSniff(sniff);
    if (sniff.columnCount > 1)
        options.variables = {{QStringLiteral("Text1"), sniff.columnCount - 1}};
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    mms::MemorySink sink;
    const mms::ImportSummary s = mms::importRecipients(buffer, options, sink);
    // What the sink got is what the summary counts, and every number is a valid one.
    if (s.valid != sink.mobiles.size() || s.rows < s.valid + s.invalid)
        __builtin_trap();
    for (const QString &m : sink.mobiles)
        if (m.size() != 11 || m.at(0) != u'1')
            __builtin_trap();
    return 0;
}
