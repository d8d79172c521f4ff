#pragma once

#include "campaign/BalanceTerms.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace mms {

// A team workspace: a shared PostgreSQL store. Its password is in the keychain (under
// Config::workspaceSecretKey(name)), never in the location kept here.
struct Workspace
{
    QString name;
    QString location; // postgresql://user@host:port/database
};

// Typed settings, the only place that knows their keys. Kept in settings.ini in the data
// folder (MMS_DATA_DIR in tests), so a test never touches the user's settings.
class Config
{
public:
    Config();

    QStringList recentTemplates() const;
    void addRecentTemplate(const QString &path); // most recent first, at most kMaxRecent
    void removeRecentTemplate(const QString &path);
    static constexpr int kMaxRecent = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // Where the user left a panel divider (ui/RememberSplitter.h), by the splitter's name.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The breakdown Reports → Results shows ("carrier", "province", "city", "hour").
    QString resultsBreakdown() const;
    void setResultsBreakdown(const QString &name);
    QByteArray designerSplitter() const;
    void setDesignerSplitter(const QByteArray &state);

    int autosaveSeconds() const;

    // The account the studio works with; empty means the sandbox.
    QString activeAccount() const;
    void setActiveAccount(const QString &name);
    // Only whether a password was stored for an account, never the password.
    bool hasSecret(const QString &account) const;
    void setHasSecret(const QString &account, bool has);

    // Warn when the balance falls below this many messages (0: never).
    double balanceWarning() const;
    void setBalanceWarning(double messages);
    // What an account's balance counts (messages or yuan, with a price per message); the
    // confirmation before a send reckons its cost in it. Empty account name: the sandbox.
    BalanceTerms balanceTerms(const QString &account) const;
    void setBalanceTerms(const QString &account, const BalanceTerms &terms);
    // Sends of at least this many recipients are confirmed by typing their count (0: never).
    qint64 largeSendThreshold() const;
    void setLargeSendThreshold(qint64 recipients);
    // The hours new campaigns of an account may send in (SendWindow::toString(), China time);
    // default 08:00-22:00 (or sending/window, for every account), "any" for none. Empty account
    // name: the sandbox.
    QString sendWindow(const QString &account) const;
    void setSendWindow(const QString &account, const QString &window);
    // How often one number may get a message from an account (FrequencyCaps::toString(); "off"
    // for none); default 1 a template and 10 a day.
    QString frequencyCaps(const QString &account) const;
    void setFrequencyCaps(const QString &account, const QString &caps);
    // Send requests per second (the platform's own limit is the guide; default 5).
    double requestsPerSecond() const;
    void setRequestsPerSecond(double rps);
    // Where the push receiver listens: address ("127.0.0.1", "0.0.0.0"…), port (0: any free
    // one), and an optional secret path prefix so strangers cannot post fake reports.
    QString receiverAddress() const;
    quint16 receiverPort() const;
    // The secret path: made once at random (ReceiverAccess::generateSecret) and kept.
    QString receiverPrefix() const;
    void setReceiver(const QString &address, quint16 port, const QString &prefix);
    // Only these addresses or networks may push ("203.0.113.0/24, 198.51.100.7"; empty: any).
    QString receiverAllowList() const;
    void setReceiverAllowList(const QString &networks);

    // Replies that are exactly one of these words (TD, 退订…) put the sender on the blocklist
    // as they arrive; empty: never. Default: Store::defaultAutoBlockKeywords().
    QStringList autoBlockKeywords() const;
    void setAutoBlockKeywords(const QStringList &keywords);
    // At most this many numbers blocked by one push (a forged push cannot block a whole list);
    // default Store::kDefaultAutoBlockPerPush, 0..1000.
    int autoBlockPerPush() const;
    void setAutoBlockPerPush(int limit);

    // Team workspaces, and the one the studio opens (empty: the local store on this computer).
    QList<Workspace> workspaces() const;
    void setWorkspaces(const QList<Workspace> &workspaces);
    QString activeWorkspace() const;
    void setActiveWorkspace(const QString &name);
    static QString workspaceSecretKey(const QString &name) { return QStringLiteral("workspace/") + name; }

    // "zh_CN", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

private:
    mutable QSettings m_settings;
};

} // namespace mms
