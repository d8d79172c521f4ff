#pragma once

#include "protocol/Account.h"
#include "protocol/MmsTemplate.h"
#include "protocol/Pushes.h"
#include "protocol/Requests.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <array>
#include <memory>
#include <optional>

namespace mms {

class Database;
class ReportWriter;

struct AuditState
{
    int status = 0; // 0 waiting, 1 approved, 2 rejected
    QString message;
    QString updatedAt;
};

struct TemplateRow
{
    qint64 id = 0;
    QString mmsid;
    QString subject;
    int frameCount = 0;
    qint64 mediaBytes = 0;
    QStringList variables;
    QString createdAt;
    QString contentHash;              // MmsTemplate::contentHash() when submitted (empty: before version 10)
    std::array<AuditState, 3> audits; // 移动, 联通, 电信
};

struct BlockEntry
{
    QString mobile;
    QString reason;  // the reply's text, or what the user gave
    QString addedAt; // ISO UTC
    qint64 campaignId = 0; // the campaign replied to, for an opt-out reply
    QString campaignName;
};

struct PushStoreResult
{
    int stored = 0;
    int matched = 0;
    int blocked = 0; // repliers added to the blocklist by the auto-block keywords
};

// The application's data, through one Database connection (one thread).
// The account password is never written here.
class Store
{
public:
    explicit Store(Database &db);

    static QString now();
    Database &database() const { return m_db; }

    // Accounts
    std::optional<qint64> saveAccount(const Account &account, QString *error);
    std::optional<Account> account(const QString &name, qint64 *id = nullptr) const;
    QList<Account> accounts() const;
    // Refused (false, *error) while templates or campaigns belong to the account.
    bool removeAccount(const QString &name, QString *error);

    // Templates
    // What the template was made from (a project file's JSON); empty with *error when unknown.
    QByteArray templateSource(qint64 accountId, const QString &mmsid, QString *error);
    std::optional<qint64> addTemplate(qint64 accountId, const QString &mmsid, const MmsTemplate &tpl,
                                      const QByteArray &manifestJson, QString *error);
    QList<TemplateRow> templates(qint64 accountId, QString *error = nullptr) const; // error: the read failed
    std::optional<TemplateRow> templateByMmsid(const QString &mmsid) const;
    // The account's latest template submitted with this content (MmsTemplate::contentHash());
    // none: nullopt with *error empty, or with the database's error.
    std::optional<TemplateRow> templateByContent(qint64 accountId, const QString &contentHash, QString *error) const;
    // Records an audit push; returns whether a template with that mmsid was found.
    bool recordAudit(const AuditRecord &audit, QString *error);

    // Blocklist (opt-outs): numbers never sent to.
    bool addToBlocklist(const QString &mobile, const QString &reason, QString *error);
    bool removeFromBlocklist(const QString &mobile, QString *error);
    // Many at once, in one transaction; an entry's addedAt kept when given (an undone unblock
    // puts numbers back as they were). Returns how many were added (or removed).
    std::optional<int> addToBlocklist(const QList<BlockEntry> &entries, QString *error);
    std::optional<int> removeFromBlocklist(const QStringList &mobiles, QString *error);
    // Takes back every block added at or after since (a flood of opt-outs, forged or not);
    // returns how many numbers left the blocklist.
    std::optional<int> unblockAddedSince(const QDateTime &since, QString *error);
    // Every blocked number; nullopt (and *error) when the store cannot be read.
    std::optional<QSet<QString>> blocklist(QString *error = nullptr) const;
    // The same with reason and time, newest first.
    std::optional<QList<BlockEntry>> blocklistEntries(QString *error = nullptr) const;

    // Replies whose whole text (trimmed, any case) is one of these put the sender on the
    // blocklist as they are stored. Empty: never.
    void setAutoBlockKeywords(const QStringList &keywords);
    // At most this many numbers blocked by the opt-out words in one push (the rest are stored
    // as replies, for a person to block).
    static constexpr int kDefaultAutoBlockPerPush = 50;
    void setAutoBlockPerPush(int limit) { m_autoBlockPerPush = qMax(0, limit); }
    static QStringList defaultAutoBlockKeywords();

    // Pushes: each call stores all records in one transaction, and keeps each matched
    // recipient's outcome (delivery, replied) and its batch's counts up to date.
    std::optional<PushStoreResult> storeReports(const QList<ReportRecord> &reports, QString *error);
    std::optional<PushStoreResult> storeReplies(const QList<ReplyRecord> &replies, QString *error);
    int reportCount() const;
    int replyCount() const;

private:
    Database &m_db;
    QSet<QString> m_autoBlock; // case-folded
    int m_autoBlockPerPush = kDefaultAutoBlockPerPush;
    std::shared_ptr<ReportWriter> m_reportWriter; // its statements prepared once, for the receiver
};

} // namespace mms
