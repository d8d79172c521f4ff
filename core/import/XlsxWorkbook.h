#pragma once

#include "import/XlsxCells.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

struct zip;
struct zip_file;

namespace mms {

// One entry of a workbook's package, inflated as it is read, that fails (with exceeded()) once
// it has given more bytes than its bound.
class XlsxPart : public QIODevice
{
public:
    // archive: a handle of its own to close with the part (null: the workbook's).
    XlsxPart(zip *archive, zip_file *file, qint64 declared, qint64 bound);
    ~XlsxPart() override;
    // Inflates on a thread of its own, a few chunks ahead of the reader, so that unpacking and
    // parsing a large sheet share the two cores. Call before the first read.
    void prefetch();
    bool isSequential() const override { return true; }
    qint64 inflated() const { return m_read.load(); }
    qint64 declaredSize() const { return m_declared; }
    bool exceeded() const { return m_exceeded.load(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 inflate(char *data, qint64 maxSize);
    struct Prefetch;
    zip *m_archive;
    zip_file *m_file;
    qint64 m_bound;
    qint64 m_declared = 0;
    std::atomic<qint64> m_read{0};
    std::atomic<bool> m_exceeded{false};
    std::unique_ptr<Prefetch> m_prefetch;
};

// An Excel workbook (.xlsx, Office Open XML) opened for reading its sheets' cells: the list of
// worksheets, the shared strings and the cell styles' number formats. Everything in the file is
// treated as hostile: every part is read through a bound on its inflated size (a zip bomb ends
// in an error, not in memory or time without end), and the shared strings are kept compactly.
//
// libzip (Debian's libzip4) reads the zip: well kept, it streams an entry, says whether it is
// encrypted, and opens a file or bytes in memory (for the fuzzer). QuaZip was the first choice
// but exports its own modified copy of minizip's zipOpen…, which libxlsxwriter (our .xlsx
// writer) then calls instead of minizip's: a crash as soon as both are in one process.
class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    explicit XlsxWorkbook(const QString &path);
    explicit XlsxWorkbook(const QByteArray &bytes); // a workbook in memory (kept while this lives)
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Reads the workbook's structure; false with error() when it is no workbook or is damaged.
    bool open();
    // Reads the shared strings (once; the sheet reader calls it); false with error().
    bool loadStrings();
    QString error() const { return m_error; }

    const QList<Sheet> &sheets() const { return m_sheets; }
    int firstVisibleSheet() const;
    // A sheet by name or by 1-based number ("客户", "2"); -1 when there is none.
    int sheetIndex(const QString &spec) const;

    qsizetype sharedStringCount() const { return qsizetype(m_stringStarts.size()) - 1; }
    QStringView sharedString(qsizetype index) const;
    xlsx::NumberStyle cellStyle(int xfIndex) const;
    bool date1904() const { return m_date1904; }

    // An entry of the package for streaming, bounded as described above; null with *error.
    // separate: on a zip handle of its own, for reading on another thread while this one is used.
    std::unique_ptr<XlsxPart> openPart(const QString &name, QString *error, bool separate = false) const;
    // Says why reading a part stopped early: too large, damaged, or not XML.
    static QString partError(const XlsxPart &part, const QString &xmlError);
    static QString damaged(const QString &what); // "the workbook is damaged (what)"

    // Shared text over this many characters in all is refused (128 MB as UTF-16).
    static constexpr qsizetype kMaxSharedChars = qsizetype(64) * 1024 * 1024;

private:
    bool readRelationships(const QString &part, QHash<QString, QString> *targets, QHash<QString, QString> *types);
    bool readWorkbook(const QString &part);
    bool readStyles(const QString &part);
    bool readSharedStrings(const QString &part);
    bool fail(const QString &why);
    zip *openArchive() const;

    QString m_path;
    QByteArray m_bytes;
    zip *m_zip = nullptr;
    QString m_error;
    QList<Sheet> m_sheets;
    QString m_stylesPart;
    QString m_stringsPart;
    bool m_date1904 = false;
    bool m_stringsLoaded = false;
    std::vector<xlsx::NumberStyle> m_xfStyles;
    QString m_strings;                     // every shared string, one after another
    std::vector<qsizetype> m_stringStarts; // where each begins, plus the end
};

} // namespace mms
