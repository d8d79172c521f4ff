#pragma once

#include "design/MediaProbe.h"
#include "design/TemplateProject.h"
#include "storage/Store.h"

#include <QThreadPool>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QToolBar;

namespace mms {

class CampaignService;
class CheckPanel;
class MessageBanner;
class DocumentAutosave;
class FitJob;
class PreviewExportBar;
class FrameEditor;
class PreviewPlayer;
class StoryboardModel;
class StoryboardView;
class SubmitPanel;
class TemplateDocument;
class ThumbnailCache;
class VariablesPanel;

// The template designer: storyboard, frame editor, phone preview, variables, live checks and
// submission. It owns the document; its actions (with shortcuts) are shared with the main
// window's menus.
class DesignerPage : public QWidget
{
    Q_OBJECT
public:
    DesignerPage(CampaignService *service, QWidget *parent = nullptr);
    ~DesignerPage() override;

    TemplateDocument *document() const { return m_doc; }
    PreviewPlayer *preview() const { return m_preview; }
    QList<QAction *> fileActions() const;
    QList<QAction *> editActions() const;
    QList<QAction *> frameActions() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    QString windowTitlePart() const;

    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Offers an autosaved document left by a crash.
    void offerRecovery();
    bool openFile(const QString &path); // a project (*.mmstpl) or a manifest (*.json)
    bool importManifestFile(const QString &path);
    // Opens a project that has no file yet (a new version of a library template).
    void openProject(const TemplateProject &project, const QString &note);
    // Adds files as new frames at insertAt, or to frame (when frame >= 0). Bad files are
    // refused with a message; the others are added in one undoable step.
    void addFiles(const QStringList &paths, int insertAt, int frame = -1);
    // Files dropped are still being read.
    bool isAddingFiles() const;
    void flushAutosave();
    QString message() const;
    bool isFitting() const;

Q_SIGNALS:
    void titleChanged();

private:
    void createActions();
    void newTemplate();
    void open();
    bool save();
    bool saveAs();
    void importManifest();
    void exportManifest();
    void startFit(int frame, int attachment);
    void addProbedFiles(const QList<ProbedFile> &probed, int insertAt, int frame);
    void showInsertVariableMenu(const QPoint &globalPos);
    void updateActions();
    void updateRecentMenu();
    void showMessage(const QString &text, bool error);
    bool saveTo(const QString &path);

    CampaignService *m_service;
    TemplateDocument *m_doc;
    ThumbnailCache *m_thumbnails;
    StoryboardModel *m_model;
    StoryboardView *m_storyboard;
    FrameEditor *m_editor;
    PreviewPlayer *m_preview;
    VariablesPanel *m_variables;
    CheckPanel *m_check;
    SubmitPanel *m_submitPanel = nullptr;
    DocumentAutosave *m_autosave;
    FitJob *m_fitJob;
    PreviewExportBar *m_exportBar;
    QWidget *m_fitBar;
    QProgressBar *m_fitProgress;
    QLabel *m_fitLabel;
    QLineEdit *m_subject;
    MessageBanner *m_message;
    QLabel *m_totalTime;
    QSplitter *m_splitter;
    QToolBar *m_toolbar;
    QMenu *m_recentMenu;
    int m_pendingDrops = 0;
    QThreadPool m_probePool;

    QAction *m_new, *m_open, *m_save, *m_saveAs, *m_import, *m_export;
    QAction *m_undo, *m_redo;
    QAction *m_addFrame, *m_addFiles, *m_duplicate, *m_delete, *m_left, *m_right;
    QAction *m_insertVariable, *m_play, *m_submitAction, *m_fit;
};

} // namespace mms
