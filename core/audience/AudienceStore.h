#pragma once

#include "import/RecipientImport.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mms {

class Database;

struct AudienceRow
{
    qint64 id = 0;
    QString name;
    QStringList columns; // the file's columns besides the number, in its order
    QString source;      // the file it last came from
    QString updatedAt;   // ISO UTC
    qint64 members = 0;
    QMap<int, qint64> byCarrier;
};

// Audiences: customer lists kept in the store with every column, so that next week's campaign
// is made from the same list without its file. Members are unique by number in an audience;
// the blocklist is not applied here but whenever a campaign is made from one (importDraft).
class AudienceStore
{
public:
    explicit AudienceStore(Database &db);

    std::optional<QList<AudienceRow>> list(QString *error = nullptr) const;
    std::optional<AudienceRow> find(const QString &name, QString *error = nullptr) const;
    bool remove(const QString &name, QString *error);

    // One page of members in the order they were imported: (id, number, cells).
    struct Member
    {
        qint64 id = 0;
        QString mobile;
        QStringList cells;
    };
    std::optional<QList<Member>> members(qint64 audienceId, qint64 afterId, int limit, QString *error = nullptr) const;

private:
    Database &m_db;
};

// A file made an audience (Replace: its members become the file's; Add: the file's numbers are
// added, those already there take the file's values). Checked as any recipients file is; an
// import with no valid number, a cancel or a failure changes nothing.
struct AudienceImportRequest
{
    enum class Mode { Replace, Add };
    QString name;
    QString path;
    ImportOptions options; // mobileColumn, header…; every other column is kept
    QStringList header;    // the file's column names (FileSniff::header)
    Mode mode = Mode::Replace;
};

struct AudienceImportResult
{
    ImportSummary summary;
    qint64 audienceId = 0;
    qint64 members = 0; // after the import
    QString error;
    bool ok() const { return error.isEmpty() && audienceId != 0; }
};

AudienceImportResult importAudience(Database &db, const AudienceImportRequest &request,
                                    const std::function<bool(qint64, qint64)> &progress = {});

} // namespace mms
