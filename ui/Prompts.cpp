#include "Prompts.h"

#include <QFileDialog>
#include <QList>

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

QString directory(QWidget *parent, const QString &caption)
{
    QString path;
    if (takeFileName(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption);
}

QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

} // namespace mms::prompts
