// The catalogues are complete and sound: lupdate over today's sources finds no string without a
// translation (so a new tr() without its Chinese fails here), every translation keeps its
// source's placeholders, and the embedded catalogue really translates the window.
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Message
{
    QString context, source, translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            m = Message{context, {}, {}, false};
        } else if (xml.name() == u"source"_s) {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            m.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            const bool obsolete = xml.attributes().value(u"type"_s) == u"vanished"_s || xml.attributes().value(u"type"_s) == u"obsolete"_s;
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!obsolete)
                out << m;
        }
    }
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueCoversTheSources_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("zh_CN") << u"mmsstudio_zh_CN.ts"_s;
        QTest::newRow("en") << u"mmsstudio_en.ts"_s;
    }
    void catalogueCoversTheSources()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        const QString copy = dir.filePath(ts);
        QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/translations/") + ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_PATH), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s,
                                                    u"core"_s, u"ui"_s, u"app/studio"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() > 400);
        QStringList missing;
        for (const Message &m : messages) {
            if (m.unfinished || m.translation.isEmpty())
                missing << m.context + u": "_s + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"%1 strings without a translation in %2 (run the update_translations "
                                               "target and translate them):\n"_s.arg(missing.size()).arg(ts) + missing.join(u'\n')));
    }
    void placeholdersKept()
    {
        static const QRegularExpression re(u"%(\\d|n)"_s);
        for (const QString &ts : {u"mmsstudio_zh_CN.ts"_s, u"mmsstudio_en.ts"_s}) {
            for (const Message &m : readTs(QStringLiteral(SOURCE_DIR "/translations/") + ts)) {
                QSet<QString> a, b;
                for (auto it = re.globalMatch(m.source); it.hasNext();)
                    a.insert(it.next().captured(0));
                for (auto it = re.globalMatch(m.translation); it.hasNext();)
                    b.insert(it.next().captured(0));
                QVERIFY2(a == b, qPrintable(ts + u": "_s + m.source + u" → "_s + m.translation));
            }
        }
    }
    void chineseUsesFullWidthPunctuation()
    {
        // In a Chinese sentence, ASCII , ; : ! ? and ( ) next to Chinese text are mistakes
        // (，；：！？（）), and so are ": " and "; " between a placeholder and its value. Left
        // alone: markup, URLs, accelerators "(&N)", file-dialog filters "(*.csv)" (Qt parses those),
        // and the CSV header row, which is CSV.
        static const QString cjk = u"[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"_s;
        static const QRegularExpression hasCjk(cjk);
        static const QRegularExpression bad(u"(%1\\s*[,;:!?(])|([,;:!?)]\\s*%1)|(%\\d: )|(: %\\d)|(; )"_s.arg(cjk));
        static const QRegularExpression ignored(u"<[^>]*>|\\(&.\\)|[a-z]+://\\S+|\\(\\*[^)]*\\)|;;"_s);
        QStringList wrong;
        for (const Message &m : readTs(QStringLiteral(SOURCE_DIR "/translations/mmsstudio_zh_CN.ts"))) {
            QString text = m.translation;
            text.remove(ignored);
            if (m.source.count(u',') >= 2 && !m.source.contains(u' ')) // a CSV header row
                continue;
            if (hasCjk.match(text).hasMatch() && bad.match(text).hasMatch())
                wrong << m.source + u" → "_s + m.translation;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"ASCII punctuation in Chinese:\n"_s + wrong.join(u'\n')));
    }
    void englishPluralsLoad()
    {
        // English is the source language, but "%n recipient(s)" needs its catalogue for plurals.
        QCOMPARE(mms::installTranslations(u"en_GB"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("mms::RecipientsPanel", "%Ln recipient(s)", nullptr, 1), u"1 recipient"_s);
        QCOMPARE(QCoreApplication::translate("mms::RecipientsPanel", "%Ln recipient(s)", nullptr, 2), u"2 recipients"_s);
        QCOMPARE(QCoreApplication::translate("mms::DesignerPage", "&New template"), u"&New template"_s);
        mms::removeTranslations();
    }
    void chineseIsEmbeddedAndLoads()
    {
        QCOMPARE(mms::installTranslations(u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("mms::DesignerPage", "&New template"), u"新建模板(&N)"_s);
        QCOMPARE(QCoreApplication::translate("mms::TemplateCheck", "The template has no subject."), u"模板没有主题。"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Templates"), u"模板"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
