// DesignerPage's file actions: new, open, save, recent files, manifest import and export, and the
// recovery of an autosaved template (kept apart from the page's layout and editing).
#include "designer/DesignerPage.h"

#include "Prompts.h"
#include "design/DocumentAutosave.h"
#include "design/TemplateDocument.h"
#include "design/TemplateProject.h"
#include "designer/StoryboardView.h"
#include "designer/SubmitPanel.h"
#include "util/Config.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString projectFilter()
{
    return DesignerPage::tr("MMS Studio templates (*.mmstpl)");
}
} // namespace

bool DesignerPage::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = prompts::ask(this, tr("Unsaved template"),
                                     tr("The template \"%1\" has unsaved changes. Save them?").arg(windowTitlePart().chopped(1)),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave->discard();
    return true;
}

void DesignerPage::newTemplate()
{
    if (!maybeSave())
        return;
    m_doc->reset({}, {});
    m_autosave->discard();
    showMessage({}, false);
    m_submitPanel->reset();
}

void DesignerPage::open()
{
    if (!maybeSave())
        return;
    const QString path = prompts::openFileName(this, tr("Open template"), projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool DesignerPage::openFile(const QString &path)
{
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return importManifestFile(path);
    QString error;
    const auto project = TemplateProject::load(path, &error);
    if (!project) {
        showMessage(tr("Could not open the template: %1").arg(error), true);
        Config().removeRecentTemplate(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        return false;
    }
    m_doc->reset(*project, QFileInfo(path).absoluteFilePath());
    m_autosave->discard();
    Config().addRecentTemplate(path);
    updateRecentMenu();
    showMessage({}, false);
    m_submitPanel->reset();
    return true;
}

bool DesignerPage::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool DesignerPage::saveAs()
{
    const QString suggested = m_doc->tpl().subject.isEmpty() ? tr("template") : m_doc->tpl().subject;
    QString path = prompts::saveFileName(this, tr("Save template"), suggested + u".mmstpl"_s, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".mmstpl"_s;
    return saveTo(path);
}

bool DesignerPage::saveTo(const QString &path)
{
    QString error;
    if (!m_doc->project().save(path, &error)) {
        showMessage(tr("Could not save the template: %1").arg(error), true);
        return false;
    }
    m_doc->markSaved(QFileInfo(path).absoluteFilePath());
    Config().addRecentTemplate(path);
    updateRecentMenu();
    showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), false);
    Q_EMIT titleChanged();
    return true;
}

void DesignerPage::importManifest()
{
    if (!maybeSave())
        return;
    const QString path = prompts::openFileName(this, tr("Import a template manifest"), tr("Template manifests (*.json)"));
    if (!path.isEmpty())
        importManifestFile(path);
}

bool DesignerPage::importManifestFile(const QString &path)
{
    QString error;
    const auto project = TemplateProject::importManifest(path, &error);
    if (!project) {
        showMessage(tr("Could not import %1:\n%2").arg(QFileInfo(path).fileName(), error), true);
        return false;
    }
    openProject(*project, tr("Imported %1. Save it as a template file to keep it.").arg(QFileInfo(path).fileName()));
    return true;
}

void DesignerPage::exportManifest()
{
    const QString folder = prompts::directory(this, tr("Folder for the manifest and its files"));
    if (folder.isEmpty())
        return;
    QString error;
    if (!m_doc->project().exportManifest(folder, &error))
        showMessage(tr("Could not export: %1").arg(error), true);
    else
        showMessage(tr("Exported template.json and its files to %1.").arg(folder), false);
}

void DesignerPage::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Config().recentTemplates();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void DesignerPage::offerRecovery()
{
    if (!m_autosave->hasRecovery())
        return;
    QString original, error;
    const auto project = m_autosave->recover(&original, &error);
    if (!project) {
        m_autosave->discard();
        return;
    }
    const auto answer = prompts::ask(this, tr("Recover unsaved template?"),
        tr("MMS Studio was closed without saving the template \"%1\". Recover it?")
            .arg(project->tpl.subject.isEmpty() ? tr("Untitled template") : project->tpl.subject),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_doc->reset(*project, original, true);
        showMessage(tr("Recovered the unsaved template. Save it to keep it."), false);
    } else {
        m_autosave->discard();
    }
}

void DesignerPage::openProject(const TemplateProject &project, const QString &note)
{
    m_doc->reset(project, {}, true);
    showMessage(note, false);
    m_submitPanel->reset();
}

} // namespace mms
