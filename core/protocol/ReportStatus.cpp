#include "protocol/ReportStatus.h"

#include "util/DataPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace mms {

namespace {
struct Entry
{
    QString match, prefix;
    QRegularExpression pattern;
    QList<int> carriers; // empty: any
    QString en, zh;
};

std::vector<Entry> parse(const QByteArray &json, QString *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = pe.errorString();
        return {};
    }
    std::vector<Entry> out;
    for (const QJsonValue &v : doc.object().value(u"statuses"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.match = o.value(u"match"_s).toString();
        e.prefix = o.value(u"prefix"_s).toString();
        if (o.contains(u"pattern"_s)) {
            e.pattern = QRegularExpression(QRegularExpression::anchoredPattern(o.value(u"pattern"_s).toString()));
            if (!e.pattern.isValid()) {
                *error = u"bad pattern %1: %2"_s.arg(o.value(u"pattern"_s).toString(), e.pattern.errorString());
                return {};
            }
        }
        for (const QJsonValue &c : o.value(u"carriers"_s).toArray())
            e.carriers << c.toInt();
        e.en = o.value(u"en"_s).toString();
        e.zh = o.value(u"zh_CN"_s).toString(e.en);
        if ((e.match.isEmpty() && e.prefix.isEmpty() && !o.contains(u"pattern"_s)) || e.en.isEmpty()) {
            *error = u"an entry needs match, prefix or pattern, and en"_s;
            return {};
        }
        out.push_back(std::move(e));
    }
    return out;
}

struct Table
{
    std::vector<Entry> entries;
    bool chinese = false;
    Table()
    {
        QString error;
        // The user's entries first: a provider's own codes win over the built-in families.
        QFile user(paths::dataDir() + u"/report-statuses.json"_s);
        if (user.open(QIODevice::ReadOnly)) {
            entries = parse(user.readAll(), &error);
            if (!error.isEmpty())
                qWarning("report-statuses.json in the data folder ignored: %s", qPrintable(error));
        }
        QFile builtIn(u":/mms/report-statuses.json"_s);
        if (builtIn.open(QIODevice::ReadOnly)) {
            std::vector<Entry> more = parse(builtIn.readAll(), &error);
            std::move(more.begin(), more.end(), std::back_inserter(entries));
        }
    }
};

Table &table()
{
    static Table t;
    return t;
}
QMutex g_mutex;
} // namespace

void setReportStatusLanguage(const QString &language)
{
    QMutexLocker lock(&g_mutex);
    table().chinese = language.startsWith(u"zh"_s);
}

QString explainReportStatus(const QString &status, int carrier)
{
    QMutexLocker lock(&g_mutex);
    const Table &t = table();
    for (const Entry &e : t.entries) {
        if (!e.carriers.isEmpty() && !e.carriers.contains(carrier))
            continue;
        const bool fits = !e.match.isEmpty()    ? status == e.match
                          : !e.prefix.isEmpty() ? status.startsWith(e.prefix)
                                                : e.pattern.match(status).hasMatch();
        if (!fits)
            continue;
        const QString &text = t.chinese ? e.zh : e.en;
        return text.contains(u"%1"_s) ? text.arg(status) : text;
    }
    return {};
}

} // namespace mms
