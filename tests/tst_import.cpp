// Recipient files as people really have them, made here: GBK from Excel, BOMs, quoted
// line breaks, scientific notation, full-width digits, garbage…
#include "import/RecipientFile.h"
#include "import/RecipientImport.h"
#include "protocol/Carriers.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace mms;

class TestImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"f%1.csv"_s.arg(++m_n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    static QByteArray gbk(const QString &text)
    {
        QStringEncoder enc("GB18030");
        return enc.encode(text);
    }
    struct Result
    {
        FileSniff sniff;
        ImportSummary summary;
        MemorySink sink;
    };
    // Sniffs, maps Text1/Text2 to the 2nd/3rd columns when asked, imports.
    std::unique_ptr<Result> run(const QString &path, int variables = 0, QSet<QString> blocklist = {})
    {
        auto r = std::make_unique<Result>();
        r->sniff = sniffRecipientFile(path);
        if (!r->sniff.ok())
            return r;
        ImportOptions o = ImportOptions::fromSniff(r->sniff);
        for (int i = 0; i < variables; ++i)
            o.variables.append({u"Text%1"_s.arg(i + 1), i + 1});
        o.blocklist = blocklist;
        r->summary = importRecipients(path, o, r->sink);
        return r;
    }

private Q_SLOTS:
    void gbkHeaderAloneIsNotGreek()
    {
        // A header line of Chinese alone is too little for the detector; GB18030 is preferred, and said to be a guess.
        // (uchardet says ISO-8859-7 for these bytes: it was read as Greek.)
        const FileSniff sniff = sniffRecipientFile(write(gbk(u"号码,姓名\r\n"_s)));
        QVERIFY2(sniff.ok(), qPrintable(sniff.error));
        QCOMPARE(sniff.charset.codec, QByteArray("GB18030"));
        QVERIFY(sniff.charset.guessed);
        QVERIFY2(sniff.charset.label.contains(u"guessed"_s), qPrintable(sniff.charset.label));
        QCOMPARE(sniff.header.value(0), u"号码"_s);
    }
    void chosenEncodingWins()
    {
        const QString path = write(gbk(u"手机号,姓名\r\n13800138000,张三\r\n"_s));
        const FileSniff detected = sniffRecipientFile(path);
        QCOMPARE(detected.preview.at(0).value(1), u"张三"_s);
        // The user says UTF-8: the bytes are read so (and the name comes out garbled, as the user will see).
        const FileSniff utf8 = sniffRecipientFile(path, {{}, "utf-8"});
        QVERIFY(utf8.ok());
        QCOMPARE(utf8.charset.codec, QByteArray("UTF-8"));
        QVERIFY(utf8.preview.at(0).value(1) != u"张三"_s);
        const FileSniff unknown = sniffRecipientFile(path, {{}, "latin-9"});
        QVERIFY(unknown.error.contains(u"unknown encoding"_s));
        // A UTF-16 file chosen as UTF-16LE skips its BOM.
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const FileSniff wide = sniffRecipientFile(write(utf16.encode(u"手机号\t姓名\r\n13800138000\t张三\r\n"_s)), {{}, "UTF-16LE"});
        QCOMPARE(wide.header.value(0), u"手机号"_s);
        QCOMPARE(wide.charset.bomLength, 2);
    }
    void gbkWithHeaderFromExcel()
    {
        const QString csv = u"手机号,姓名,门店\r\n13800138000,张三,朝阳店\r\n13900139000,李四,海淀店\r\n"_s;
        const auto r = run(write(gbk(csv)), 2);
        QVERIFY(r->sniff.ok());
        QCOMPARE(r->sniff.charset.codec, QByteArray("GB18030"));
        QVERIFY(r->sniff.hasHeader);
        QCOMPARE(r->sniff.header, (QStringList{u"手机号"_s, u"姓名"_s, u"门店"_s}));
        QCOMPARE(r->sniff.mobileColumn, 0);
        QCOMPARE(r->summary.valid, 2);
        QCOMPARE(r->sink.rows.at(0), (QStringList{u"张三"_s, u"朝阳店"_s}));
        QCOMPARE(r->sink.rows.at(1).at(1), u"海淀店"_s);
    }
    void gbkWithoutHeader()
    {
        const auto r = run(write(gbk(u"王五,13700137000\n赵六,13600136000\n钱七,13500135000\n"_s)));
        QVERIFY(!r->sniff.hasHeader);
        QCOMPARE(r->sniff.mobileColumn, 1);
        QCOMPARE(r->summary.rows, 3);
        QCOMPARE(r->summary.valid, 3);
    }
    void unknownHeaderNameIsStillAHeader()
    {
        const auto r = run(write(u"客户电话,称呼\n13800138000,张先生\n13800138001,李女士\n"_s.toUtf8()));
        QVERIFY(r->sniff.hasHeader);
        QCOMPARE(r->summary.rows, 2);
        QCOMPARE(r->summary.invalid, 0);
    }
    void utf8WithBom()
    {
        const auto r = run(write("\xEF\xBB\xBF" + u"mobile,name\n13800138000,张三\n"_s.toUtf8()), 1);
        QCOMPARE(r->sniff.charset.bomLength, 3);
        QVERIFY(r->sniff.hasHeader);
        QCOMPARE(r->sink.mobiles, QStringList{u"13800138000"_s});
        QCOMPARE(r->sink.rows.at(0).at(0), u"张三"_s);
    }
    void utf16FromExcelUnicodeText()
    {
        QStringEncoder enc(QStringEncoder::Utf16LE);
        const QByteArray bytes = "\xFF\xFE" + QByteArray(enc.encode(u"手机\t姓名\r\n13800138000\t张三\r\n"_s));
        const auto r = run(write(bytes), 1);
        QCOMPARE(r->sniff.delimiter, QChar(u'\t'));
        QCOMPARE(r->summary.valid, 1);
        QCOMPARE(r->sink.rows.at(0).at(0), u"张三"_s);
    }
    void quotedFieldsWithCommasAndNewlines()
    {
        const QByteArray csv = "手机号,姓名,地址\n"
                               "13800138000,\"张, 三\",\"北京市\n朝阳区\"\n"
                               "13900139000,\"说\"\"你好\"\"\",海淀\n";
        const auto r = run(write(csv), 2);
        QCOMPARE(r->summary.valid, 2);
        QCOMPARE(r->sink.rows.at(0), (QStringList{u"张, 三"_s, u"北京市\n朝阳区"_s}));
        QCOMPARE(r->sink.rows.at(1).at(0), u"说\"你好\""_s);
    }
    // Unquoted fields are copied a span at a time: a quote inside one stays a character, a field
    // longer than the reader's limit is cut to it, and fields across its 256 KB reads stay whole.
    void unquotedFieldsWholeAcrossReads()
    {
        QByteArray csv = "手机号,姓名,备注\n13800138000,王\"五\",ok\n";
        const QByteArray longValue(100 * 1024, 'x');
        csv += "13800138001," + longValue + ",next\n";
        QList<QByteArray> names;
        for (int i = 0; csv.size() < 600 * 1024; ++i) {
            names << "客户" + QByteArray::number(i) + "号";
            csv += "139" + QByteArray::number(i).rightJustified(8, '0') + "," + names.constLast() + ",r" + QByteArray::number(i) + "\r\n";
        }
        const auto r = run(write(csv), 2);
        QCOMPARE(r->summary.valid, 2 + names.size());
        QCOMPARE(r->sink.rows.at(0), (QStringList{u"王\"五\""_s, u"ok"_s}));
        QCOMPARE(r->sink.rows.at(1).at(0).size(), 64 * 1024);
        QCOMPARE(r->sink.rows.at(1).at(1), u"next"_s);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(r->sink.rows.at(2 + i), (QStringList{QString::fromUtf8(names.at(i)), u"r%1"_s.arg(i)}));
    }
    void semicolonsAndTabs()
    {
        QCOMPARE(run(write("tel;name\n13800138000;a\n13800138001;b\n"))->sniff.delimiter, QChar(u';'));
        QCOMPARE(run(write("13800138000\tA\n13800138001\tB\n"))->sniff.delimiter, QChar(u'\t'));
    }
    void scientificNotationIsReportedNotGuessed()
    {
        const auto r = run(write("手机号\n13800138000\n1.3681E+10\n"));
        QCOMPARE(r->summary.valid, 1);
        QCOMPARE(r->summary.invalid, 1);
        QCOMPARE(r->summary.issues.at(0).line, 3);
        QVERIFY(r->summary.issues.at(0).reason.contains(u"scientific notation"_s));
    }
    void fullWidthDigitsAndPrefixes()
    {
        const auto r = run(write(u"手机号\n１３８００１３８０００\n+86 139-0013-9000\n0086 137 0013 7000\n"_s.toUtf8()));
        QCOMPARE(r->summary.valid, 3);
        QCOMPARE(r->sink.mobiles, (QStringList{u"13800138000"_s, u"13900139000"_s, u"13700137000"_s}));
    }
    void duplicatesAndBlocklistAreCounted()
    {
        const auto r = run(write("13800138000\n138 0013 8000\n13900139000\n13700137000\n"), 0, {u"13900139000"_s});
        QCOMPARE(r->summary.valid, 2);
        QCOMPARE(r->summary.duplicates, 1);
        QCOMPARE(r->summary.blocked, 1);
    }
    void onlyTheChosenCarriers()
    {
        // 138 移动, 186 联通, 189 电信, 140 (no carrier in the table): a send to those that approved.
        const QString path = write("13800138000\n18600186000\n18900189000\n13900139000\n14000140000\n13800138000\n");
        const FileSniff sniff = sniffRecipientFile(path);
        ImportOptions o = ImportOptions::fromSniff(sniff);
        o.carriers = ImportOptions::carrierBit(1) | ImportOptions::carrierBit(3);
        MemorySink sink;
        const ImportSummary s = importRecipients(path, o, sink);
        QCOMPARE(s.valid, 3);
        QCOMPARE(s.otherCarriers, 2); // 联通 and the unknown one: counted, not problem rows
        QCOMPARE(s.duplicates, 1);    // a duplicate stays a duplicate
        QCOMPARE(s.byCarrier.value(2), 0);
        QCOMPARE(s.byCarrier.value(1), 2);
        QCOMPARE(s.issues.size(), 1);
        QCOMPARE(sink.mobiles, (QStringList{u"13800138000"_s, u"18900189000"_s, u"13900139000"_s}));
        o.carriers = 0; // no filter
        MemorySink all;
        QCOMPARE(importRecipients(path, o, all).valid, 5);
    }
    void emptyVariableValuesBlockTheSendWithRowsNamed()
    {
        const QString path = write(u"手机号,姓名\n13800138000,张三\n13900139000,\n13700137000,  \n"_s.toUtf8());
        const auto r = run(path, 1);
        QCOMPARE(r->summary.valid, 1);
        QCOMPARE(r->summary.blockingRows, 2);
        QCOMPARE(r->summary.issues.at(0).line, 3);
        QVERIFY(r->summary.issues.at(0).reason.contains(u"Text1"_s));
        // Skipping them is the user's choice: then they do not block.
        ImportOptions o = ImportOptions::fromSniff(r->sniff);
        o.variables = {{u"Text1"_s, 1}};
        o.skipRowsWithEmptyValues = true;
        MemorySink sink;
        const ImportSummary s = importRecipients(path, o, sink);
        QCOMPARE(s.blockingRows, 0);
        QCOMPARE(s.emptyValues, 2);
    }
    void raggedRows()
    {
        const auto r = run(write("name,mobile,shop\nA,13800138000,X\nB\nC,13900139000\nD,13700137000,Y,extra\n"), 0);
        QCOMPARE(r->sniff.mobileColumn, 1);
        QCOMPARE(r->summary.valid, 3);
        QCOMPARE(r->summary.invalid, 1);
        QVERIFY(r->summary.issues.at(0).reason.contains(u"columns"_s));
        QCOMPARE(r->summary.issues.at(0).line, 3);
    }
    void oneColumnTxt()
    {
        const auto r = run(write("13800138000\r\n\r\n13900139000\r\nabc\r\n"));
        QCOMPARE(r->summary.valid, 2);
        QCOMPARE(r->summary.invalid, 1);
        QCOMPARE(r->summary.issues.at(0).line, 4); // blank lines still count as lines
    }
    void emptyAndGarbageFiles()
    {
        QVERIFY(sniffRecipientFile(write({})).error.contains(u"empty"_s));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 256);
        QVERIFY(sniffRecipientFile(write(garbage)).error.contains(u"not a text file"_s));
        QVERIFY(sniffRecipientFile(m_dir.filePath(u"missing.csv"_s)).error.contains(u"does not exist"_s));
        QVERIFY(sniffRecipientFile(m_dir.path()).error.contains(u"folder"_s));
    }
    void unterminatedQuoteIsReported()
    {
        const auto r = run(write("13800138000,\"never closed\n13900139000,x\n"));
        bool reported = false;
        for (const RowIssue &i : r->summary.issues)
            reported = reported || i.reason.contains(u"never closed"_s);
        QVERIFY(reported);
    }
    void largeFileStreamsWithProgressAndCancel()
    {
        QByteArray big = "手机号,姓名\n";
        for (int i = 0; i < 200000; ++i)
            big += "138" + QByteArray::number(i).rightJustified(8, '0') + ",客户" + QByteArray::number(i) + "\n";
        const QString path = write(big);
        const FileSniff sniff = sniffRecipientFile(path);
        ImportOptions o = ImportOptions::fromSniff(sniff);
        MemorySink sink;
        int calls = 0;
        const ImportSummary s = importRecipients(path, o, sink, [&](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QCOMPARE(s.valid, 200000);
        QVERIFY(calls > 5);
        MemorySink partial;
        const ImportSummary cancelled = importRecipients(path, o, partial, [](qint64 done, qint64 total) { return done < total / 2; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(partial.mobiles.size() < 200000);
    }
    void issuesCsvOpensInExcel()
    {
        const QString out = m_dir.filePath(u"issues.csv"_s);
        QString error;
        QVERIFY(writeIssues(out, {RowIssue{3, u"1.3681E+10"_s, u"scientific, \"damaged\""_s, RowIssue::Kind::Invalid, false}}, &error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("3,1.3681E+10,\"scientific, \"\"damaged\"\"\""));
    }
    void carriersByPrefix()
    {
        QCOMPARE(Carriers::carrierOf(u"13800138000"_s), 1);
        QCOMPARE(Carriers::carrierOf(u"18600000000"_s), 2);
        QCOMPARE(Carriers::carrierOf(u"18900000000"_s), 3);
        QCOMPARE(Carriers::carrierOf(u"17040000000"_s), 2); // MVNO range inside 170
        QCOMPARE(Carriers::carrierOf(u"19200000000"_s), 0); // 中国广电
        QCOMPARE(Carriers::name(2), u"China Unicom"_s); // no translator loaded: the English name
        const auto r = run(write("13800138000\n18600000000\n18900000000\n"));
        QCOMPARE(r->summary.byCarrier.value(1), 1);
        QCOMPARE(r->summary.byCarrier.value(2), 1);
        QCOMPARE(r->summary.byCarrier.value(3), 1);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
