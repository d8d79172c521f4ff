#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace mms {

// Where a mainland mobile number belongs: the province and city of its seven-digit segment
// (its first seven digits), from a table kept as data. The built-in table is converted at build
// time from the npm package query-mobile-phone-area 1.0.6 (MIT, as of 2015; cmake/NumberSegments.cmake);
// a user's newer table (CSV: segment, province, city, carrier) is laid over it, its segments
// winning. Numbers move between carriers and areas, so this says where a segment was issued,
// not where its owner is. Tables are immutable once made; current() may be swapped from the GUI
// while a worker reads the one it holds.
class NumberSegments
{
public:
    // 0 is "unknown"; areas count from 1 (an area is a city of a province).
    using Area = quint16;

    static std::shared_ptr<const NumberSegments> current();
    static std::shared_ptr<const NumberSegments> builtIn();
    // The built-in table with the user's CSV laid over it; nullptr with *error (naming the line)
    // on a file that cannot be read or holds no segment. *rows: the segments it gave.
    static std::shared_ptr<const NumberSegments> withUserTable(const QString &path, QString *error, int *rows = nullptr);
    // Makes table current (nullptr: the built-in one again).
    static void setCurrent(std::shared_ptr<const NumberSegments> table);
    // The user's table is kept as number-segments.csv in the data folder, so the studio, mmsctl
    // and every later start use it: installUserTable() checks a file, copies it there and makes
    // it current (false with *error, nothing changed, on a bad file); removeUserTable() goes
    // back to the built-in one. current() loads a kept table on first use.
    static bool installUserTable(const QString &path, QString *error, int *rows = nullptr);
    static bool removeUserTable(QString *error);
    static QString userTablePath();

    Area areaOf(QStringView mobile) const;
    Area areaOfSegment(int segment) const; // 1000000-1999999
    int areaCount() const { return int(m_cities.size()); }
    QString city(Area a) const { return a && a <= m_cities.size() ? m_cities.at(a - 1) : QString(); }
    QString province(Area a) const { return a && a <= m_cities.size() ? m_provinces.at(m_provinceOf[a - 1]) : QString(); }
    // Provinces by index (0 .. provinceCount()-1) and each area's.
    int provinceCount() const { return int(m_provinces.size()); }
    int provinceIndex(Area a) const { return a && a <= m_cities.size() ? m_provinceOf[a - 1] : -1; }
    QString provinceName(int index) const { return m_provinces.value(index); }
    int knownSegments() const { return m_known; }
    // "query-mobile-phone-area 1.0.6 (2015)", or the user's file after it.
    QString source() const { return m_source; }
    // Different for every table made: a reader's cached areas are stale when it changes.
    quint64 serial() const { return m_serial; }

private:
    NumberSegments() = default;
    Area addArea(const QString &province, const QString &city);
    bool loadBuiltIn(QString *error);

    std::vector<Area> m_bySegment; // segment - 1000000
    QStringList m_cities;
    QStringList m_provinces;
    std::vector<int> m_provinceOf; // by area - 1
    QHash<QString, Area> m_areaIndex; // "province\tcity"
    int m_known = 0;
    QString m_source;
    quint64 m_serial = 0;
};

} // namespace mms
