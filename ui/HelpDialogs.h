#pragma once

#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>

class QAction;
class QWidget;

// The Help menu's windows: the user guide (the installed docs, rendered), the keyboard
// shortcuts of the window's actions, and About with the versions and licences of what the
// studio is built on.
namespace mms::help {

// Where the user guide is: the installed docs, or the source tree's in a developer's build.
QString guidePath(const QString &language);
void showGuide(QWidget *parent);
// Each (text, keys) once; those without keys are left out.
void showShortcuts(QWidget *parent, const QList<QPair<QString, QKeySequence>> &shortcuts);
void showAbout(QWidget *parent);

} // namespace mms::help
