#pragma once

#include <QMessageBox>
#include <QString>

// File dialogs and questions, with test hooks (as KeePassXC's setNextFileName / setNextAnswer):
// a test queues the answer, so no modal dialog ever blocks it.
namespace mms::prompts {

void setNextFileName(const QString &path);
void setNextAnswer(QMessageBox::StandardButton answer);

QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
// A table to save for Excel: .xlsx (the default) or .csv, the suffix added from the chosen type
// when the name has none. suggested: a path without a suffix.
QString saveTableFileName(QWidget *parent, const QString &caption, const QString &suggested);
QString directory(QWidget *parent, const QString &caption);
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
// The text of the last question asked (a test reads what the user would have read).
QString lastQuestion();

} // namespace mms::prompts
