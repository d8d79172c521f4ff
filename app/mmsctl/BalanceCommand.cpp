#include "CliContext.h"
#include "Commands.h"

#include "net/PlatformClient.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

bool parseCommand(CliContext &ctx, QCommandLineParser &p, const QStringList &args, const QString &usage,
                  int expectedPositionals, int *exitCode)
{
    CliContext::addGlobalOptions(p);
    p.addHelpOption();
    p.setApplicationDescription(usage);
    if (!p.parse(args)) {
        *exitCode = ctx.fail(ExitUsage, u"usage"_s, p.errorText() + u"\n"_s + usage);
        return false;
    }
    ctx.readGlobalOptions(p);
    if (p.isSet(u"help"_s)) {
        ctx.print(p.helpText());
        *exitCode = ExitOk;
        return false;
    }
    if (expectedPositionals >= 0 && p.positionalArguments().size() != expectedPositionals) {
        *exitCode = ctx.fail(ExitUsage, u"usage"_s, u"unexpected arguments: %1\n%2"_s
                                                        .arg(p.positionalArguments().join(u' '), usage));
        return false;
    }
    return true;
}

int runBalance(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int rc = 0;
    if (!parseCommand(ctx, p, args, u"mmsctl balance: show the account's balance (messages it can still send)."_s, 1, &rc))
        return rc;
    const auto account = ctx.account();
    if (!account)
        return ctx.fail(ExitLocal, u"account"_s, ctx.lastError());
    mms::PlatformClient client;
    client.setAccount(*account);
    client.setTimeoutMs(ctx.timeoutMs());
    const mms::CallResult r = ctx.wait(client.queryBalance());
    if (!r.ok())
        return ctx.failCall(r);
    return ctx.succeed({{u"account"_s, account->name}, {u"balance"_s, r.balance}},
                       u"%1: balance %2"_s.arg(account->name, QString::number(r.balance, 'f', r.balance == qint64(r.balance) ? 0 : 2)));
}

namespace {
// One line from standard input; on a terminal asked for on stderr, without echo.
QString readPassword(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
    QString password = line;
    while (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}
} // namespace

int runAccount(CliContext &ctx, const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    int rc = 0;
    if (sub == u"add"_s) {
        p.addOption({u"base-url"_s, u"The platform's base URL, e.g. http://host:49000/mms/api/."_s, u"URL"_s});
        p.addOption({u"userid"_s, u"Account id."_s, u"ID"_s});
        p.addOption({u"username"_s, u"Account name."_s, u"NAME"_s});
        p.addOption({u"productid"_s, u"Product id."_s, u"ID"_s});
        p.addOption({u"cont-inline"_s, u"Send the personalised cont array inline (PROTOCOL.md section 4)."_s});
        if (!parseCommand(ctx, p, args, u"mmsctl account add NAME --base-url URL --userid ID --username NAME [--productid ID]"_s, 3, &rc))
            return rc;
        mms::Account a;
        a.name = p.positionalArguments().at(2);
        a.baseUrl = QUrl(p.value(u"base-url"_s));
        a.userid = p.value(u"userid"_s);
        a.username = p.value(u"username"_s);
        a.productid = p.value(u"productid"_s);
        a.contInline = p.isSet(u"cont-inline"_s);
        if (a.name == u"sandbox"_s)
            return ctx.fail(ExitInvalid, u"invalid"_s, u"\"sandbox\" is the built-in sandbox account; choose another name"_s);
        if (!a.baseUrl.isValid() || !(a.baseUrl.scheme() == u"http"_s || a.baseUrl.scheme() == u"https"_s))
            return ctx.fail(ExitInvalid, u"invalid"_s, u"--base-url must be an http:// or https:// URL"_s);
        if (a.userid.isEmpty() || a.username.isEmpty())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"--userid and --username are required"_s);
        mms::Store *s = ctx.store();
        if (!s)
            return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
        QString error;
        if (!s->saveAccount(a, &error))
            return ctx.fail(ExitLocal, u"storage"_s, error);
        return ctx.succeed({{u"account"_s, a.name}},
                           u"saved account %1; save its password with 'mmsctl account password %1' (or give it in MMS_PASSWORD)"_s.arg(a.name));
    }
    if (sub == u"password"_s) {
        // Never on the command line (every local user can read a process's arguments): from
        // standard input, into the keychain the studio uses.
        if (!parseCommand(ctx, p, args, u"mmsctl account password NAME: read the account's password from standard input "
                                         "(asked for without echo on a terminal) and keep it in the system keychain"_s,
                          3, &rc))
            return rc;
        const QString name = p.positionalArguments().at(2);
        mms::Store *s = ctx.store();
        if (!s)
            return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
        if (name == u"sandbox"_s || !s->account(name))
            return ctx.fail(ExitInvalid, u"invalid"_s, u"no account named \"%1\"; add it with 'mmsctl account add'"_s.arg(name));
        const QString password = readPassword(u"Password for %1: "_s.arg(name));
        if (password.isEmpty())
            return ctx.fail(ExitInvalid, u"invalid"_s, u"no password given on standard input"_s);
        const mms::SecretStore::Result r = ctx.writeSecret(name, password);
        if (r.outcome != mms::SecretStore::Outcome::Ok || r.sessionOnly)
            return ctx.fail(ExitLocal, u"keychain"_s,
                            u"cannot keep the password in the keychain: %1; give it in MMS_PASSWORD instead"_s
                                .arg(r.error.isEmpty() ? u"no keychain service is running"_s : r.error));
        return ctx.succeed({{u"account"_s, name}}, u"the password of %1 is in the keychain"_s.arg(name));
    }
    if (sub == u"list"_s) {
        if (!parseCommand(ctx, p, args, u"mmsctl account list"_s, 2, &rc))
            return rc;
        mms::Store *s = ctx.store();
        if (!s)
            return ctx.fail(ExitLocal, u"storage"_s, ctx.lastError());
        QJsonArray list;
        QStringList lines;
        for (const mms::Account &a : s->accounts()) {
            list.append(QJsonObject{{u"name"_s, a.name}, {u"baseUrl"_s, a.baseUrl.toString()}, {u"userid"_s, a.userid},
                                    {u"username"_s, a.username}, {u"productid"_s, a.productid}, {u"sandbox"_s, a.isSandbox}});
            lines << u"%1\t%2\t%3"_s.arg(a.name, a.userid, a.baseUrl.toString());
        }
        return ctx.succeed({{u"accounts"_s, list}}, lines.isEmpty() ? u"no accounts"_s : lines.join(u'\n'));
    }
    return ctx.fail(ExitUsage, u"usage"_s, u"usage: mmsctl account add|password|list (see --help)"_s);
}
