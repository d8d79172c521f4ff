#include "util/Config.h"

#include "campaign/FrequencyCaps.h"
#include "campaign/SendWindow.h"

#include "receiver/ReceiverAccess.h"
#include "protocol/Pushes.h"
#include "storage/Store.h"

#include "util/DataPaths.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace mms {

Config::Config()
    : m_settings(paths::dataDir() + u"/settings.ini"_s, QSettings::IniFormat)
{
}

QStringList Config::recentTemplates() const
{
    return m_settings.value(u"designer/recent"_s).toStringList();
}

void Config::addRecentTemplate(const QString &path)
{
    QStringList list = recentTemplates();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(u"designer/recent"_s, list);
}

void Config::removeRecentTemplate(const QString &path)
{
    QStringList list = recentTemplates();
    list.removeAll(path);
    m_settings.setValue(u"designer/recent"_s, list);
}

QByteArray Config::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void Config::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray Config::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void Config::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

QByteArray Config::splitterState(const QString &name) const
{
    return m_settings.value(u"splitters/"_s + name).toByteArray();
}

void Config::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"splitters/"_s + name, state);
}

QByteArray Config::designerSplitter() const
{
    return m_settings.value(u"designer/splitter"_s).toByteArray();
}

void Config::setDesignerSplitter(const QByteArray &state)
{
    m_settings.setValue(u"designer/splitter"_s, state);
}

int Config::autosaveSeconds() const
{
    return qBound(1, m_settings.value(u"designer/autosaveSeconds"_s, 5).toInt(), 600);
}

} // namespace mms

namespace mms {

QString Config::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void Config::setLanguage(const QString &language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

} // namespace mms

namespace mms {

QString Config::activeAccount() const
{
    return m_settings.value(u"accounts/active"_s).toString();
}

void Config::setActiveAccount(const QString &name)
{
    m_settings.setValue(u"accounts/active"_s, name);
}

QList<Workspace> Config::workspaces() const
{
    QList<Workspace> out;
    const int n = m_settings.beginReadArray(u"workspaces"_s);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        out.append({m_settings.value(u"name"_s).toString(), m_settings.value(u"location"_s).toString()});
    }
    m_settings.endArray();
    return out;
}

void Config::setWorkspaces(const QList<Workspace> &workspaces)
{
    m_settings.remove(u"workspaces"_s);
    m_settings.beginWriteArray(u"workspaces"_s, int(workspaces.size()));
    for (int i = 0; i < workspaces.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, workspaces.at(i).name);
        m_settings.setValue(u"location"_s, workspaces.at(i).location);
    }
    m_settings.endArray();
}

QString Config::activeWorkspace() const
{
    return m_settings.value(u"workspace/active"_s).toString();
}

void Config::setActiveWorkspace(const QString &name)
{
    m_settings.setValue(u"workspace/active"_s, name);
}

bool Config::hasSecret(const QString &account) const
{
    return m_settings.value(u"accounts/hasSecret/"_s + account).toBool();
}

void Config::setHasSecret(const QString &account, bool has)
{
    m_settings.setValue(u"accounts/hasSecret/"_s + account, has);
}

} // namespace mms

namespace mms {

double Config::balanceWarning() const
{
    return qMax(0.0, m_settings.value(u"balance/warning"_s, 0.0).toDouble());
}

void Config::setBalanceWarning(double messages)
{
    m_settings.setValue(u"balance/warning"_s, qMax(0.0, messages));
}

BalanceTerms Config::balanceTerms(const QString &account) const
{
    const QString key = u"balance/terms/"_s + (account.isEmpty() ? u"sandbox"_s : account);
    BalanceTerms t;
    t.unit = m_settings.value(key + u"/unit"_s).toString() == u"yuan"_s ? BalanceUnit::Yuan : BalanceUnit::Messages;
    const double price = m_settings.value(key + u"/price"_s, 0.1).toDouble();
    t.pricePerMessage = t.unit == BalanceUnit::Messages ? 1.0 : qBound(0.0001, price, 1000.0);
    return t;
}

void Config::setBalanceTerms(const QString &account, const BalanceTerms &terms)
{
    const QString key = u"balance/terms/"_s + (account.isEmpty() ? u"sandbox"_s : account);
    m_settings.setValue(key + u"/unit"_s, terms.unit == BalanceUnit::Yuan ? u"yuan"_s : u"messages"_s);
    if (terms.unit == BalanceUnit::Yuan)
        m_settings.setValue(key + u"/price"_s, qBound(0.0001, terms.pricePerMessage, 1000.0));
}

qint64 Config::largeSendThreshold() const
{
    return qMax<qint64>(0, m_settings.value(u"sending/largeSendThreshold"_s, 10000).toLongLong());
}

void Config::setLargeSendThreshold(qint64 recipients)
{
    m_settings.setValue(u"sending/largeSendThreshold"_s, qMax<qint64>(0, recipients));
}

QString Config::sendWindow(const QString &account) const
{
    const QString key = u"sending/window/"_s + (account.isEmpty() ? u"sandbox"_s : account);
    // An account's own, else one for every account (sending/window), else 08:00-22:00.
    const QVariant all = m_settings.value(u"sending/window"_s, SendWindow::standard().toString());
    QString unreadable;
    // A value edited by hand into nonsense gives the usual window back, not none.
    const auto w = SendWindow::parse(m_settings.value(key, all).toString(), &unreadable);
    return w.value_or(SendWindow::standard()).toString();
}

void Config::setSendWindow(const QString &account, const QString &window)
{
    m_settings.setValue(u"sending/window/"_s + (account.isEmpty() ? u"sandbox"_s : account), window);
}

QString Config::frequencyCaps(const QString &account) const
{
    const QString key = u"sending/caps/"_s + (account.isEmpty() ? u"sandbox"_s : account);
    // As the window: an account's own, else one for every account, else 1 a template and 10 a day.
    const QVariant all = m_settings.value(u"sending/caps"_s, FrequencyCaps::standard().toString());
    QString unreadable;
    const auto c = FrequencyCaps::parse(m_settings.value(key, all).toString(), &unreadable);
    return c.value_or(FrequencyCaps::standard()).toString();
}

void Config::setFrequencyCaps(const QString &account, const QString &caps)
{
    m_settings.setValue(u"sending/caps/"_s + (account.isEmpty() ? u"sandbox"_s : account), caps);
}

QString Config::resultsBreakdown() const
{
    return m_settings.value(u"reports/breakdown"_s, u"carrier"_s).toString();
}

void Config::setResultsBreakdown(const QString &name)
{
    m_settings.setValue(u"reports/breakdown"_s, name);
}

double Config::requestsPerSecond() const
{
    return qBound(0.1, m_settings.value(u"sending/requestsPerSecond"_s, 5.0).toDouble(), 100.0);
}

void Config::setRequestsPerSecond(double rps)
{
    m_settings.setValue(u"sending/requestsPerSecond"_s, qBound(0.1, rps, 100.0));
}

QString Config::receiverAddress() const
{
    return m_settings.value(u"receiver/address"_s, u"127.0.0.1"_s).toString();
}

quint16 Config::receiverPort() const
{
    return quint16(m_settings.value(u"receiver/port"_s, 0).toUInt());
}

QString Config::receiverPrefix() const
{
    // A fresh installation gets a secret of its own at once: a receiver later opened to the
    // platform never starts with none (the protocol has no other authentication).
    if (!m_settings.contains(u"receiver/prefix"_s))
        m_settings.setValue(u"receiver/prefix"_s, ReceiverAccess::generateSecret());
    return m_settings.value(u"receiver/prefix"_s).toString();
}

QString Config::receiverAllowList() const
{
    return m_settings.value(u"receiver/allow"_s).toString();
}

void Config::setReceiverAllowList(const QString &networks)
{
    m_settings.setValue(u"receiver/allow"_s, networks.trimmed());
}

void Config::setReceiver(const QString &address, quint16 port, const QString &prefix)
{
    m_settings.setValue(u"receiver/address"_s, address);
    m_settings.setValue(u"receiver/port"_s, port);
    m_settings.setValue(u"receiver/prefix"_s, prefix);
}

QStringList Config::autoBlockKeywords() const
{
    if (!m_settings.contains(u"replies/autoBlock"_s))
        return Store::defaultAutoBlockKeywords();
    QStringList out;
    for (const QString &k : m_settings.value(u"replies/autoBlock"_s).toStringList())
        if (!k.trimmed().isEmpty())
            out << k.trimmed();
    return out;
}

int Config::autoBlockPerPush() const
{
    bool ok = false;
    const int v = m_settings.value(u"replies/autoBlockPerPush"_s).toInt(&ok);
    return ok ? qBound(0, v, int(pushes::kMaxRecordsPerPush)) : Store::kDefaultAutoBlockPerPush;
}

void Config::setAutoBlockPerPush(int limit)
{
    m_settings.setValue(u"replies/autoBlockPerPush"_s, qBound(0, limit, int(pushes::kMaxRecordsPerPush)));
}

void Config::setAutoBlockKeywords(const QStringList &keywords)
{
    // Stored even when empty: "never" differs from "the default".
    m_settings.setValue(u"replies/autoBlock"_s, keywords.isEmpty() ? QStringList{u""_s} : keywords);
}

} // namespace mms
