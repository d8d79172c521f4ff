#pragma once

#include <QString>

#include <cstddef>

struct XML_ParserStruct;

namespace mms {

class XlsxPart;

// Expat (Debian's libexpat) under the two big parts of a workbook, the cells of a sheet and its
// shared strings: they hold a million rows, and expat reads them 3–4 times faster than
// QXmlStreamReader (measured: 144 against 43 MB/s), which keeps reading a workbook within twice
// the time of the same rows as CSV. Elements are given by local name (the "x:" some writers put
// before every element is dropped), attributes as expat's name/value array. A document type
// declaration is refused outright: a workbook has none, and it is where entity expansion
// attacks live.
class XlsxSax
{
public:
    explicit XlsxSax(XlsxPart &part);
    virtual ~XlsxSax();
    XlsxSax(const XlsxSax &) = delete;
    XlsxSax &operator=(const XlsxSax &) = delete;

    // Parses the next chunk of the part; false once the part is done or failed (see error()).
    bool parseSome();
    // Parses the whole part; false with error() on failure.
    bool parseAll();
    // Ends the parse from a handler, with a reason (empty: a normal end, e.g. after the cells).
    void stop(const QString &why = {});
    QString error() const { return m_error; }
    bool finished() const { return m_finished; }

    // The value of attribute name in attrs (expat's null-terminated name/value pairs), or null.
    static const char *attribute(const char **attrs, const char *name);

protected:
    virtual void startElement(const char *name, const char **attrs) = 0;
    virtual void endElement(const char *name) = 0;
    virtual void text(const char *, int) {}

private:
    static void onStart(void *self, const char *name, const char **attrs);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *s, int len);
    static void onDoctype(void *self, const char *, const char *, const char *, int);

    XlsxPart &m_part;
    XML_ParserStruct *m_parser;
    QString m_error;
    bool m_finished = false;
};

} // namespace mms
