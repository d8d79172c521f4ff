#include "WorkspacesDialog.h"

#include "account/SecretStore.h"
#include "storage/Database.h"
#include "storage/StoreProbe.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mms {

QString WorkspacesDialog::localName()
{
    return tr("Local (this computer)");
}

WorkspacesDialog::WorkspacesDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_secrets(new SecretStore(this))
    , m_current(current)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_new(new QPushButton(tr("&New workspace"), this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_use(new QPushButton(tr("S&witch to it"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"workspacesDialog"_s);
    setWindowTitle(tr("Workspaces"));
    m_list->setObjectName(u"workspaceList"_s);
    m_name->setObjectName(u"workspaceName"_s);
    m_host->setObjectName(u"workspaceHost"_s);
    m_host->setPlaceholderText(u"db.example.cn"_s);
    m_port->setObjectName(u"workspacePort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(u"workspaceDatabase"_s);
    m_database->setPlaceholderText(u"mms"_s);
    m_user->setObjectName(u"workspaceUser"_s);
    m_password->setObjectName(u"workspacePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_new->setObjectName(u"newWorkspaceButton"_s);
    m_save->setObjectName(u"saveWorkspaceButton"_s);
    m_remove->setObjectName(u"removeWorkspaceButton"_s);
    m_test->setObjectName(u"testWorkspaceButton"_s);
    m_use->setObjectName(u"useWorkspaceButton"_s);
    m_status->setObjectName(u"workspaceStatus"_s);
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("A team workspace is a PostgreSQL database the team shares: the same templates, "
                                "campaigns, reports, replies and blocklist on every desktop, kept up to date live. "
                                "The local store works without a server."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_save, m_remove, m_test, m_use})
        buttons->addWidget(b);
    auto *right = new QVBoxLayout;
    right->addWidget(intro);
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_status);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(close);
    resize(780, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem *i = m_list->currentItem())
            showWorkspace(i->data(Qt::UserRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showWorkspace(u"\x01new"_s);
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &WorkspacesDialog::save);
    connect(m_test, &QPushButton::clicked, this, &WorkspacesDialog::test);
    connect(m_use, &QPushButton::clicked, this, &WorkspacesDialog::use);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        if (name.isEmpty() || name == m_current)
            return setStatus(tr("The workspace in use cannot be removed; switch to another first."), true);
        QList<Workspace> all = Config().workspaces();
        all.removeIf([&name](const Workspace &w) { return w.name == name; });
        Config().setWorkspaces(all);
        Config().setHasSecret(Config::workspaceSecretKey(name), false);
        m_secrets->remove(Config::workspaceSecretKey(name), [](const SecretStore::Result &) {});
        reload({});
        setStatus(tr("Workspace %1 removed from this computer (the database itself is untouched).").arg(name), false);
    });
    reload(current);
}

void WorkspacesDialog::reload(const QString &select)
{
    m_list->clear();
    auto add = [this](const QString &label, const QString &name) {
        auto *item = new QListWidgetItem(name == m_current ? tr("%1 (in use)").arg(label) : label, m_list);
        item->setData(Qt::UserRole, name);
        if (name == m_current) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    };
    add(localName(), QString());
    for (const Workspace &w : Config().workspaces())
        add(w.name, w.name);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == select)
            m_list->setCurrentRow(i);
}

void WorkspacesDialog::showWorkspace(const QString &name)
{
    const bool local = name.isEmpty();
    Workspace w;
    for (const Workspace &x : Config().workspaces())
        if (x.name == name)
            w = x;
    const QUrl url(w.location);
    m_name->setText(w.name);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_password->clear();
    m_password->setPlaceholderText(!local && Config().hasSecret(Config::workspaceSecretKey(name)) ? tr("(in the keychain)") : QString());
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        field->setEnabled(!local);
    m_save->setEnabled(!local);
    m_test->setEnabled(!local);
    m_remove->setEnabled(!local && name != u"\x01new"_s);
    m_use->setEnabled(name != m_current && name != u"\x01new"_s);
    setStatus(local ? tr("The store on this computer: works alone, without a server.") : QString(), false);
}

QString WorkspacesDialog::formLocation(bool withPassword) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u"/"_s + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

void WorkspacesDialog::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_user->text().trimmed().isEmpty())
        return setStatus(tr("A workspace needs a name, a server, a database and a user."), true);
    if (name == localName())
        return setStatus(tr("That name is the local store's; choose another."), true);
    // The workspace being edited: the one selected in the list, none after "New".
    const QString editing = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    QList<Workspace> all = Config().workspaces();
    const auto named = [&all](const QString &n) {
        return std::find_if(all.begin(), all.end(), [&n](const Workspace &w) { return w.name == n; });
    };
    if (name != editing && named(name) != all.end())
        return setStatus(tr("A workspace called %1 exists already; choose another name.").arg(name), true);
    const bool renamed = !editing.isEmpty() && editing != name && named(editing) != all.end();
    if (renamed && editing == m_current)
        return setStatus(tr("The workspace in use cannot be renamed; switch to another first."), true);
    const QString password = m_password->text(); // the list's reload below clears the form
    if (const auto it = named(renamed ? editing : name); it != all.end())
        *it = {name, formLocation(false)}; // in its place in the list
    else
        all.append({name, formLocation(false)});
    Config().setWorkspaces(all);
    reload(name);
    const QString key = Config::workspaceSecretKey(name);
    if (renamed) {
        // The password goes with the name: under the new key, and no longer under the old one.
        const QString oldKey = Config::workspaceSecretKey(editing);
        const bool hadSecret = Config().hasSecret(oldKey);
        Config().setHasSecret(oldKey, false);
        if (password.isEmpty()) {
            m_secrets->read(oldKey, [this, oldKey, key, hadSecret](const SecretStore::Result &r) {
                m_secrets->remove(oldKey, [](const SecretStore::Result &) {});
                if (r.outcome == SecretStore::Outcome::Ok)
                    m_secrets->write(key, r.password, [key, hadSecret](const SecretStore::Result &w) {
                        Config().setHasSecret(key, hadSecret && !w.sessionOnly && w.outcome == SecretStore::Outcome::Ok);
                    });
            });
            return setStatus(tr("Workspace %1 renamed to %2.").arg(editing, name), false);
        }
        m_secrets->remove(oldKey, [](const SecretStore::Result &) {});
    }
    if (password.isEmpty())
        return setStatus(tr("Workspace %1 saved.").arg(name), false);
    m_secrets->write(key, password, [this, name, key](const SecretStore::Result &r) {
        Config().setHasSecret(key, !r.sessionOnly);
        if (r.outcome != SecretStore::Outcome::Ok)
            return setStatus(tr("Saved, but the password could not be kept: %1").arg(r.error), true);
        setStatus(r.sessionOnly ? tr("Workspace %1 saved. No keychain is available (%2): the password is kept only until "
                                     "MMS Studio closes, and will be asked for again.").arg(name, r.error)
                                : tr("Workspace %1 saved; its password is in the system keychain.").arg(name),
                  false);
    });
}

void WorkspacesDialog::test()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty())
        return setStatus(tr("Enter the server and the database first."), true);
    auto probe = [this](const QString &location) {
        setStatus(tr("Connecting to %1…").arg(Database::displayLocation(location)), false);
        m_test->setEnabled(false);
        // Nothing is written: an empty database is set up only when the studio switches to it.
        StoreProbe::probe(
            location, this,
            [this](bool ok, const QString &error) {
                m_test->setEnabled(true);
                setStatus(ok ? tr("Connected: MMS Studio can use this database.") : tr("Cannot use it: %1").arg(error), !ok);
            },
            Database::Mode::CheckOnly);
    };
    const QString name = m_name->text().trimmed();
    if (!m_password->text().isEmpty() || name.isEmpty())
        return probe(formLocation(true));
    // The saved password, from the keychain.
    m_secrets->read(Config::workspaceSecretKey(name), [this, probe](const SecretStore::Result &r) {
        QUrl url(formLocation(false));
        if (r.outcome == SecretStore::Outcome::Ok)
            url.setPassword(r.password);
        probe(url.toString());
    });
}

void WorkspacesDialog::use()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    if (name == m_current)
        return;
    if (name.isEmpty())
        return Q_EMIT switchRequested(QString(), QString());
    Workspace w;
    for (const Workspace &x : Config().workspaces())
        if (x.name == name)
            w = x;
    setStatus(tr("Opening workspace %1…").arg(name), false);
    m_use->setEnabled(false); // one switch at a time
    m_secrets->read(Config::workspaceSecretKey(name), [this, w](const SecretStore::Result &r) {
        QUrl url(w.location);
        if (r.outcome == SecretStore::Outcome::Ok)
            url.setPassword(r.password);
        else if (!m_password->text().isEmpty())
            url.setPassword(m_password->text());
        const QString location = url.toString();
        StoreProbe::probe(location, this, [this, w, location](bool ok, const QString &error) {
            if (!ok) {
                m_use->setEnabled(true);
                return setStatus(tr("Not switched: %1").arg(error), true);
            }
            Q_EMIT switchRequested(w.name, location);
        });
    });
}

void WorkspacesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color:#c0392b"_s : QString());
}

} // namespace mms
