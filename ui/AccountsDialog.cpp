#include "AccountsDialog.h"

#include "account/AccountManager.h"
#include "account/SecretStore.h"
#include "net/PlatformClient.h"
#include "sim/Sandbox.h"
#include "util/Config.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {

AccountsDialog::AccountsDialog(const QString &databasePath, const QString &activeAccount, QWidget *parent)
    : QDialog(parent)
    , m_manager(new AccountManager(databasePath, this))
    , m_secrets(new SecretStore(this))
    , m_client(new PlatformClient(this))
    , m_active(activeAccount.isEmpty() ? u"sandbox"_s : activeAccount)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_userid(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_productid(new QLineEdit(this))
    , m_contInline(new QCheckBox(tr("Send personalised recipients inline (cont as an array)"), this))
    , m_new(new QPushButton(tr("&New account"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_use(new QPushButton(tr("&Use this account"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Accounts"));
    m_client->setTimeoutMs(15000);
    m_list->setObjectName(u"accountList"_s);
    m_name->setObjectName(u"accountName"_s);
    m_url->setObjectName(u"accountUrl"_s);
    m_url->setPlaceholderText(u"https://mms.example.com/mms/api/"_s);
    m_userid->setObjectName(u"accountUserid"_s);
    m_username->setObjectName(u"accountUsername"_s);
    m_password->setObjectName(u"accountPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_productid->setObjectName(u"accountProductid"_s);
    m_contInline->setObjectName(u"accountContInline"_s);
    m_new->setObjectName(u"newAccountButton"_s);
    m_save->setObjectName(u"saveAccountButton"_s);
    m_remove->setObjectName(u"removeAccountButton"_s);
    m_test->setObjectName(u"testAccountButton"_s);
    m_use->setObjectName(u"useAccountButton"_s);
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("User&id:"), m_userid);
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Product id:"), m_productid);
    form->addRow(QString(), m_contInline);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_save, m_remove, m_test, m_use})
        buttons->addWidget(b);
    auto *right = new QVBoxLayout;
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
    resize(760, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentTextChanged, this, [this] {
        if (QListWidgetItem *i = m_list->currentItem())
            showAccount(i->data(Qt::UserRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showAccount({});
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty() || name == u"sandbox"_s)
            return;
        m_manager->remove(name);
    });
    connect(m_use, &QPushButton::clicked, this, [this] {
        const QString name = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        if (!name.isEmpty())
            Q_EMIT activateRequested(name);
    });
    connect(m_manager, &AccountManager::loaded, this, &AccountsDialog::reload);
    connect(m_manager, &AccountManager::removed, this, [this](const QString &name, const QString &error) {
        if (!error.isEmpty()) {
            setStatus(tr("Not removed: %1").arg(error), true);
            return;
        }
        m_secrets->remove(name, [](const SecretStore::Result &) {});
        Config().setHasSecret(name, false);
        m_statusAfterLoad = tr("Account %1 removed.").arg(name);
        m_statusAfterLoadIsError = false;
        m_manager->load();
    });
    m_manager->load();
}

void AccountsDialog::reload(const QList<Account> &accounts)
{
    const QString keep = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad
                         : m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : m_active;
    m_selectAfterLoad.clear();
    m_accounts = accounts;
    m_list->clear();
    bool sandboxListed = false;
    for (const Account &a : accounts)
        sandboxListed = sandboxListed || a.isSandbox;
    auto add = [this](const QString &name, const QString &label) {
        auto *item = new QListWidgetItem(label + (name == m_active ? tr(" (in use)") : QString()));
        item->setData(Qt::UserRole, name);
        m_list->addItem(item);
    };
    if (!sandboxListed)
        add(u"sandbox"_s, tr("sandbox (simulated platform)"));
    for (const Account &a : accounts)
        add(a.name, a.isSandbox ? tr("%1 (simulated platform)").arg(a.name) : a.name);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            m_list->setCurrentRow(i);
    }
    if (!m_statusAfterLoad.isEmpty()) {
        setStatus(m_statusAfterLoad, m_statusAfterLoadIsError);
        m_statusAfterLoad.clear();
    }
}

void AccountsDialog::showAccount(const QString &name)
{
    Account a;
    for (const Account &x : std::as_const(m_accounts)) {
        if (x.name == name)
            a = x;
    }
    const bool sandbox = name == u"sandbox"_s || a.isSandbox;
    m_name->setText(sandbox ? u"sandbox"_s : a.name);
    m_url->setText(a.baseUrl.toString());
    m_userid->setText(a.userid);
    m_username->setText(a.username);
    m_productid->setText(a.productid);
    m_contInline->setChecked(a.contInline);
    m_password->clear();
    m_password->setPlaceholderText(!name.isEmpty() && Config().hasSecret(name) ? tr("stored in the keychain; type to change") : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_userid, m_username, m_password, m_productid, m_contInline, m_save, m_remove})
        w->setEnabled(!sandbox);
    m_name->setReadOnly(!name.isEmpty());
    m_use->setEnabled(!name.isEmpty());
    m_test->setEnabled(!sandbox || !a.baseUrl.isEmpty());
    setStatus(sandbox ? tr("The sandbox is MMS Studio's own simulated platform: every feature can be tried with it, nothing leaves this computer.") : QString(), false);
}

Account AccountsDialog::formAccount() const
{
    Account a;
    a.name = m_name->text().trimmed();
    a.baseUrl = QUrl(m_url->text().trimmed());
    a.userid = m_userid->text().trimmed();
    a.username = m_username->text().trimmed();
    a.password = m_password->text();
    a.productid = m_productid->text().trimmed();
    a.contInline = m_contInline->isChecked();
    return a;
}

void AccountsDialog::save()
{
    const Account a = formAccount();
    if (const QString why = AccountManager::validate(a); !why.isEmpty()) {
        setStatus(why, true);
        return;
    }
    if (a.password.isEmpty() && !Config().hasSecret(a.name)) {
        setStatus(tr("Type the account's password."), true);
        return;
    }
    m_save->setEnabled(false);
    auto finish = [this, name = a.name](const QString &note) {
        disconnect(m_manager, &AccountManager::saved, this, nullptr);
        connect(m_manager, &AccountManager::saved, this, [this, name, note](const QString &, const QString &error) {
            m_save->setEnabled(true);
            if (!error.isEmpty()) {
                setStatus(tr("Not saved: %1").arg(error), true);
                return;
            }
            // Shown once the list is back, with the saved account selected.
            m_selectAfterLoad = name;
            m_statusAfterLoad = tr("Account %1 saved.").arg(name) + (note.isEmpty() ? QString() : u" "_s + note);
            m_statusAfterLoadIsError = !note.isEmpty();
            m_manager->load();
        });
        m_manager->save(formAccount());
    };
    if (a.password.isEmpty()) {
        finish({});
        return;
    }
    m_secrets->write(a.name, a.password, [this, name = a.name, finish](const SecretStore::Result &r) {
        Config().setHasSecret(name, !r.sessionOnly);
        m_password->clear();
        finish(r.sessionOnly ? tr("No keychain is available (%1): the password is kept only until MMS Studio closes, and will be asked for again.").arg(r.error)
                             : QString());
    });
}

void AccountsDialog::testConnection()
{
    Account a = formAccount();
    if (a.name == u"sandbox"_s) {
        for (const Account &x : std::as_const(m_accounts))
            if (x.isSandbox)
                a = Sandbox::account(x.baseUrl);
    }
    auto query = [this](const Account &account) {
        setStatus(tr("Asking %1 for the balance…").arg(account.baseUrl.toString()), false);
        m_test->setEnabled(false);
        m_client->setAccount(account);
        PlatformCall *call = m_client->queryBalance();
        connect(call, &PlatformCall::finished, this, [this, call] {
            call->deleteLater();
            m_test->setEnabled(true);
            const CallResult &r = call->result();
            if (r.ok())
                setStatus(tr("Connected: the balance is %1.").arg(QLocale().toString(r.balance, 'f', 0)), false);
            else
                setStatus(tr("The connection test failed: %1").arg(r.summary()), true);
        });
    };
    if (const QString why = AccountManager::validate(a); !why.isEmpty() && !a.isSandbox) {
        setStatus(why, true);
        return;
    }
    if (!a.password.isEmpty() || a.isSandbox) {
        query(a);
        return;
    }
    m_secrets->read(a.name, [this, a, query](const SecretStore::Result &r) mutable {
        if (r.outcome != SecretStore::Outcome::Ok) {
            setStatus(tr("Type the password to test the connection."), true);
            return;
        }
        a.password = r.password;
        query(a);
    });
}

void AccountsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color:#b02020"_s : QString());
    m_status->setProperty("error", error);
}

} // namespace mms
