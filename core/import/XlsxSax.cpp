#include "import/XlsxSax.h"

#include "import/XlsxWorkbook.h"

#include <QCoreApplication>

#include <expat.h>

#include <cstring>

namespace mms {
namespace {
const char *localName(const char *name)
{
    const char *colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}
} // namespace

XlsxSax::XlsxSax(XlsxPart &part)
    : m_part(part)
    , m_parser(XML_ParserCreate("UTF-8"))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XlsxSax::onStart, &XlsxSax::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XlsxSax::onText);
    XML_SetStartDoctypeDeclHandler(m_parser, &XlsxSax::onDoctype);
}

XlsxSax::~XlsxSax()
{
    XML_ParserFree(m_parser);
}

const char *XlsxSax::attribute(const char **attrs, const char *name)
{
    for (const char **a = attrs; a && *a; a += 2)
        if (std::strcmp(localName(*a), name) == 0)
            return a[1];
    return nullptr;
}

void XlsxSax::onStart(void *self, const char *name, const char **attrs)
{
    static_cast<XlsxSax *>(self)->startElement(localName(name), attrs);
}

void XlsxSax::onEnd(void *self, const char *name)
{
    static_cast<XlsxSax *>(self)->endElement(localName(name));
}

void XlsxSax::onText(void *self, const char *s, int len)
{
    static_cast<XlsxSax *>(self)->text(s, len);
}

void XlsxSax::onDoctype(void *self, const char *, const char *, const char *, int)
{
    static_cast<XlsxSax *>(self)->stop(QCoreApplication::translate("mms::XlsxWorkbook", "the workbook is damaged (%1)").arg(u"DOCTYPE"));
}

void XlsxSax::stop(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_error.isEmpty())
        m_error = why;
    XML_StopParser(m_parser, XML_FALSE);
}

bool XlsxSax::parseSome()
{
    if (m_finished)
        return false;
    char chunk[64 * 1024];
    const qint64 n = m_part.read(chunk, sizeof chunk);
    if (n < 0) {
        m_finished = true;
        m_error = XlsxWorkbook::partError(m_part, QCoreApplication::translate("mms::XlsxWorkbook", "cannot be unpacked"));
        return false;
    }
    const bool last = n == 0;
    if (XML_Parse(m_parser, chunk, int(n), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
        if (!m_finished) // else stop() ended it, with its reason or none
            m_error = XlsxWorkbook::partError(m_part, QCoreApplication::translate("mms::XlsxWorkbook", "%1 at line %2")
                                                          .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))))
                                                          .arg(XML_GetCurrentLineNumber(m_parser)));
        m_finished = true;
        return false;
    }
    if (last)
        m_finished = true;
    return !m_finished;
}

bool XlsxSax::parseAll()
{
    while (parseSome()) {
    }
    return m_error.isEmpty();
}

} // namespace mms
