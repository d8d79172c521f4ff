#include "Prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace mms::prompts {
namespace {
QList<QString> g_fileNames;
QList<QMessageBox::StandardButton> g_answers;

bool takeFileName(QString *out)
{
    if (g_fileNames.isEmpty())
        return false;
    *out = g_fileNames.takeFirst();
    return true;
}
} // namespace

void setNextFileName(const QString &path)
{
    g_fileNames.append(path);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString path;
    if (takeFileName(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    QString path;
    if (takeFileName(&path))
        return path.isEmpty() ? QStringList() : path.split(u'\n');
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    QString path;
    if (takeFileName(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString saveTableFileName(QWidget *parent, const QString &caption, const QString &suggested)
{
    QString path;
    if (takeFileName(&path))
        return path;
    const QString workbook = QCoreApplication::translate("mms::prompts", "Excel workbook (*.xlsx)");
    const QString csv = QCoreApplication::translate("mms::prompts", "CSV, UTF-8 (*.csv)");
    QString selected = workbook;
    path = QFileDialog::getSaveFileName(parent, caption, suggested + u".xlsx"_s, workbook + u";;"_s + csv, &selected);
    if (!path.isEmpty() && !path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += selected == csv ? u".csv"_s : u".xlsx"_s;
    return path;
}

QString directory(QWidget *parent, const QString &caption)
{
    QString path;
    if (takeFileName(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption);
}

namespace {
QString g_lastQuestion;
} // namespace

QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastQuestion = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString lastQuestion()
{
    return g_lastQuestion;
}

} // namespace mms::prompts
