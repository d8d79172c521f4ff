#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace mms::help {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mms::help", text);
}

QDialog *dialog(QWidget *parent, const QString &name, const QString &title, QWidget *content)
{
    auto *d = new QDialog(parent);
    d->setObjectName(name);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    return d;
}
} // namespace

QString guidePath(const QString &language)
{
    const QString file = language.startsWith(u"zh"_s) ? u"guide.zh_CN.md"_s : u"guide.md"_s;
    const QString app = QCoreApplication::applicationDirPath();
    // Installed: /usr/bin/mms-studio and /usr/share/doc/mms-studio/; a build: the source tree.
    for (const QString &dir : QStringList{app + u"/../share/doc/mms-studio"_s, QStringLiteral(MMS_SOURCE_DIR "/docs")}) {
        const QString path = dir + u'/' + file;
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

void showGuide(QWidget *parent)
{
    const QString path = guidePath(QLocale().name());
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        QMessageBox::information(parent, tr("User guide"),
                                 tr("The user guide is not installed here. It comes with the mms-studio package, in "
                                    "/usr/share/doc/mms-studio."));
        return;
    }
    auto *browser = new QTextBrowser;
    browser->setObjectName(u"guideBrowser"_s);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({QFileInfo(path).absolutePath()}); // its pictures (images/…)
    browser->setMarkdown(QString::fromUtf8(f.readAll()));
    QDialog *d = dialog(parent, u"guideDialog"_s, tr("User guide"), browser);
    d->resize(900, 640);
    d->show();
}

void showShortcuts(QWidget *parent, const QList<QPair<QString, QKeySequence>> &shortcuts)
{
    auto *table = new QTableWidget(0, 2);
    table->setObjectName(u"shortcutsTable"_s);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QSet<QString> seen;
    for (const auto &[text, keys] : shortcuts) {
        const QString name = QString(text).remove(u'&');
        const QString key = keys.toString(QKeySequence::NativeText);
        if (key.isEmpty() || name.isEmpty() || seen.contains(name + key))
            continue;
        seen.insert(name + key);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(key));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    QDialog *d = dialog(parent, u"shortcutsDialog"_s, tr("Keyboard shortcuts"), table);
    d->resize(520, 560);
    d->show();
}

void showAbout(QWidget *parent)
{
    const QString text =
        tr("<b>MMS Studio %1</b><p>Design video MMS templates, send campaigns and follow their delivery.</p>")
            .arg(QStringLiteral(MMS_VERSION))
        + tr("<p>Built on:</p><ul>"
             "<li>Qt %1 (LGPL 3)</li>"
             "<li>SQLite %2 (public domain)</li>"
             "<li>PostgreSQL's libpq, for team databases (PostgreSQL licence)</li>"
             "<li>QtKeychain, for passwords in the system keychain (BSD licence)</li>"
             "<li>uchardet, to tell the encoding of recipient files (MPL 1.1)</li>"
             "<li>FFmpeg, run as a separate program to fit media (LGPL 2.1 or later)</li>"
             "<li>Noto CJK fonts where the system provides them (SIL OFL)</li></ul>")
              .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()));
    QMessageBox::about(parent, tr("About MMS Studio"), text);
}

} // namespace mms::help
