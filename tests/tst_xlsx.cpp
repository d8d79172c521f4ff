// Excel workbooks as people send them, made at test time by writers independent of the reader
// (openpyxl, and Python's zipfile for what openpyxl cannot write): numbers as numbers and as
// text, dates, merged titles and cells, several sheets, shared and inline strings, formulas'
// cached values, and files that must be refused with a clear reason.
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "import/XlsxCells.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestXlsx : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Makes the workbook of a case of tests/xlsx_fixtures.py.
    QString make(const QString &fixture)
    {
        const QString out = m_dir.filePath(fixture + u".xlsx"_s);
        if (QFile::exists(out))
            return out;
        QProcess py;
        py.setProcessChannelMode(QProcess::ForwardedChannels);
        py.start(u"/usr/bin/python3"_s, {QStringLiteral(SOURCE_DIR "/tests/xlsx_fixtures.py"), fixture, out});
        if (!py.waitForFinished(120000) || py.exitCode() != 0)
            qFatal("xlsx_fixtures.py %s failed (is python3-openpyxl installed? scripts/install-deps.sh --tests)", qPrintable(fixture));
        return out;
    }
    struct Result
    {
        FileSniff sniff;
        ImportSummary summary;
        MemorySink sink;
    };
    std::unique_ptr<Result> run(const QString &path, const SniffChoice &choice = {}, int variables = 0)
    {
        auto r = std::make_unique<Result>();
        r->sniff = sniffRecipientFile(path, choice);
        if (!r->sniff.ok())
            return r;
        ImportOptions o = ImportOptions::fromSniff(r->sniff);
        for (int i = 0; i < variables; ++i)
            o.variables.append({u"Text%1"_s.arg(i + 1), r->sniff.mobileColumn == 0 ? i + 1 : i});
        o.skipRowsWithEmptyValues = true;
        r->summary = importRecipients(path, o, r->sink);
        return r;
    }

private Q_SLOTS:
    void numbersTextAndDatesAsExcelSavesThem()
    {
        const auto r = run(make(u"excel_like"_s), {}, 1);
        QVERIFY2(r->sniff.ok(), qPrintable(r->sniff.error));
        QCOMPARE(r->sniff.format, FileFormat::Xlsx);
        QCOMPARE(r->sniff.sheets, QStringList{u"客户"_s});
        QVERIFY(r->sniff.hasHeader);
        QCOMPARE(r->sniff.header, (QStringList{u"手机号"_s, u"姓名"_s, u"生日"_s, u"折扣"_s}));
        QCOMPARE(r->sniff.mobileColumn, 0);
        // Shown as Excel shows them: a date, a date and time, a percentage.
        QCOMPARE(r->sniff.preview.at(0), (QStringList{u"13800138000"_s, u"张三"_s, u"1990-05-17"_s, u"15%"_s}));
        QCOMPARE(r->sniff.preview.at(1), (QStringList{u"13900139000"_s, u"李四"_s, u"2026-12-03 09:30"_s, u"20%"_s}));
        QVERIFY2(r->summary.ok(), qPrintable(r->summary.error));
        // A number cell, a text cell, +86 with spaces and full-width digits are all numbers; the
        // empty row is not a row.
        QCOMPARE(r->summary.rows, 6);
        QCOMPARE(r->sink.mobiles, (QStringList{u"13800138000"_s, u"13900139000"_s, u"13700137000"_s, u"13600136000"_s}));
        QCOMPARE(r->sink.rows.at(3), QStringList{u"赵六"_s});
        // A text "1.38123E+10" and a number with a fraction are damaged, never guessed.
        QCOMPARE(r->summary.invalid, 2);
        QCOMPARE(r->summary.issues.at(0).line, 7); // the sheet's own row number
        QVERIFY(r->summary.issues.at(0).reason.contains(u"scientific notation"_s));
        QCOMPARE(r->summary.issues.at(1).line, 8);
        QCOMPARE(r->summary.issues.at(1).value, u"13500135000.5"_s);
    }

    void sheetsByDefaultNameOrNumber()
    {
        const QString path = make(u"two_sheets"_s);
        // The first sheet is hidden: the first visible one is read.
        const auto first = run(path);
        QVERIFY2(first->sniff.ok(), qPrintable(first->sniff.error));
        QCOMPARE(first->sniff.sheets, (QStringList{u"说明"_s, u"北京"_s, u"上海"_s}));
        QCOMPARE(first->sniff.sheet, 1);
        QCOMPARE(first->sink.mobiles, QStringList{u"13800138000"_s});
        const auto byName = run(path, {u"上海"_s, {}});
        QCOMPARE(byName->sniff.sheet, 2);
        QCOMPARE(byName->sink.mobiles, (QStringList{u"13900139000"_s, u"13900139001"_s}));
        const auto byNumber = run(path, {u"3"_s, {}});
        QCOMPARE(byNumber->sink.mobiles, byName->sink.mobiles);
        const auto missing = run(path, {u"广州"_s, {}});
        QVERIFY(!missing->sniff.ok());
        QVERIFY2(missing->sniff.error.contains(u"广州"_s) && missing->sniff.error.contains(u"北京"_s), qPrintable(missing->sniff.error));
    }

    void mergedTitleAndCells()
    {
        const auto r = run(make(u"merged"_s), {}, 0);
        QVERIFY2(r->sniff.ok(), qPrintable(r->sniff.error));
        // The merged title above the header is not the header.
        QCOMPARE(r->sniff.skipRows, 1);
        QCOMPARE(r->sniff.header, (QStringList{u"姓名"_s, u"手机号码"_s, u"门店"_s}));
        QCOMPARE(r->sniff.mobileColumn, 1);
        // The store merged over three customers is each one's store.
        QCOMPARE(r->sniff.preview.size(), 4);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(r->sniff.preview.at(row).value(2), u"朝阳店"_s);
        QCOMPARE(r->sniff.preview.at(3).value(2), u"海淀店"_s);
        ImportOptions o = ImportOptions::fromSniff(r->sniff);
        o.variables = {{u"Text1"_s, 2}};
        MemorySink sink;
        const ImportSummary s = importRecipients(r->sniff.path, o, sink);
        QVERIFY(s.ok());
        QCOMPARE(s.rows, 4);
        QCOMPARE(sink.rows.at(2), QStringList{u"朝阳店"_s});
        QCOMPARE(s.emptyValues, 0);
    }

    void inlineStringsFormulasAndPrefixes()
    {
        const auto r = run(make(u"raw"_s), {}, 2);
        QVERIFY2(r->sniff.ok(), qPrintable(r->sniff.error));
        // Rich text runs join; a phonetic reading (rPh) is not part of the text.
        QCOMPARE(r->sniff.header, (QStringList{u"mobile"_s, u"name"_s, u"city"_s}));
        QCOMPARE(r->sniff.preview.at(0), (QStringList{u"13800138000"_s, u"张三"_s, u"東京"_s}));
        QCOMPARE(r->sniff.preview.at(1).value(1), u"TRUE"_s);
        QCOMPARE(r->sniff.preview.at(2), (QStringList{u"13900139000"_s, u"#N/A"_s}));
        QVERIFY(r->summary.ok());
        // The formula's cached value is the number; a stored exponent is damage.
        QCOMPARE(r->sink.mobiles, QStringList{u"13800138000"_s});
        QCOMPARE(r->summary.invalid, 1);
        QVERIFY(r->summary.issues.at(0).reason.contains(u"scientific notation"_s));
    }

    void refusedWithAReason_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");
        QTest::newRow("renamed docx") << u"docx"_s << u"Word document"_s;
        QTest::newRow("encrypted") << u"encrypted"_s << u"password"_s;
        QTest::newRow("legacy xls") << u"xls"_s << u"97–2003"_s;
        QTest::newRow("zip bomb") << u"bomb"_s << u"zip bomb"_s;
    }
    void refusedWithAReason()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        const FileSniff sniff = sniffRecipientFile(make(fixture));
        QVERIFY(!sniff.ok());
        QVERIFY2(sniff.error.contains(reason), qPrintable(sniff.error));
    }

    void emptyAndCutShortFiles()
    {
        const QString empty = m_dir.filePath(u"empty.xlsx"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(sniffRecipientFile(empty).error.contains(u"empty"_s));
        // A workbook cut in half (a download that stopped) is damaged, not a text file.
        QFile whole(make(u"many1000"_s));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(u"cut.xlsx"_s);
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(whole.read(whole.size() / 2));
        half.close();
        const FileSniff sniff = sniffRecipientFile(cut);
        QVERIFY(!sniff.ok());
        QVERIFY2(sniff.error.contains(u"cannot be read"_s), qPrintable(sniff.error));
    }

    void aThousandRowsWithProgress()
    {
        const QString path = make(u"many1000"_s);
        const FileSniff sniff = sniffRecipientFile(path);
        QVERIFY(sniff.ok());
        ImportOptions o = ImportOptions::fromSniff(sniff);
        o.variables = {{u"Text1"_s, 1}};
        MemorySink sink;
        qint64 last = -1, total = 0;
        const ImportSummary s = importRecipients(path, o, sink, [&](qint64 done, qint64 all) {
            last = done;
            total = all;
            return true;
        });
        QVERIFY(s.ok());
        QCOMPARE(s.valid, 1000);
        QCOMPARE(sink.mobiles.last(), u"13000000999"_s);
        QCOMPARE(sink.rows.last(), QStringList{u"客户999"_s});
        QVERIFY(total > 0);
        QCOMPARE(last, total);
    }

    void cellText()
    {
        using xlsx::NumberStyle;
        QCOMPARE(xlsx::numberStyleOf(14), NumberStyle::Date);
        QCOMPARE(xlsx::numberStyleOf(164, u"yyyy\"年\"m\"月\"d\"日\""_s), NumberStyle::Date);
        QCOMPARE(xlsx::numberStyleOf(165, u"h:mm"_s), NumberStyle::Time);
        QCOMPARE(xlsx::numberStyleOf(166, u"[$-804]yyyy/m/d h:mm"_s), NumberStyle::DateTime);
        QCOMPARE(xlsx::numberStyleOf(167, u"\"¥\"#,##0.00"_s), NumberStyle::General);
        QCOMPARE(xlsx::numberStyleOf(168, u"[Red]0.00"_s), NumberStyle::General);
        QCOMPARE(xlsx::numberText(u"13800138000", NumberStyle::General, false), u"13800138000"_s);
        QCOMPARE(xlsx::numberText(u"0.30000000000000004", NumberStyle::General, false), u"0.3"_s);
        QCOMPARE(xlsx::numberText(u"1.38123E+10", NumberStyle::General, false), u"1.38123E+10"_s);
        QCOMPARE(xlsx::numberText(u"46359", NumberStyle::Date, false), u"2026-12-03"_s);
        QCOMPARE(xlsx::numberText(u"44897", NumberStyle::Date, true), u"2026-12-03"_s);
        QCOMPARE(xlsx::numberText(u"46359.75", NumberStyle::DateTime, false), u"2026-12-03 18:00"_s);
        int column = 0;
        qint64 row = 0;
        QVERIFY(xlsx::parseCellRef(u"XFD1048576", &column, &row));
        QCOMPARE(column, 16383);
        QCOMPARE(row, 1048576);
        QVERIFY(!xlsx::parseCellRef(u"XFE1", &column, &row));
        QVERIFY(!xlsx::parseCellRef(u"A0", &column, &row));
        QVERIFY(!xlsx::parseCellRef(u"A1048577", &column, &row));
        QVERIFY(!xlsx::parseCellRef(u"a1", &column, &row));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
