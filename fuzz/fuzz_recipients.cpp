// A recipients file as Excel (or anyone) might save it: charset detection, delimiter and header
// sniffing, CSV parsing, number normalisation, duplicates and variable checks.
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::tempPath() + QStringLiteral("/mms-fuzz-recipients-%1.csv").arg(QCoreApplication::applicationPid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const mms::FileSniff sniff = mms::sniffRecipientFile(path);
    mms::ImportOptions options = mms::ImportOptions::fromSniff(sniff);
    if (sniff.columnCount > 1)
        options.variables = {{QStringLiteral("Text1"), sniff.columnCount - 1}};
    mms::MemorySink sink;
    (void)mms::importRecipients(path, options, sink);
    return 0;
}
