#include "designer/DesignerPage.h"
#include "util/Words.h"

#include "MessageBanner.h"
#include "Prompts.h"
#include "campaign/CampaignService.h"
#include "design/DocumentAutosave.h"
#include "design/FitJob.h"
#include "designer/PreviewExportBar.h"
#include "designer/SampleRowBar.h"
#include "design/MediaProbe.h"
#include "design/Placeholders.h"
#include "design/TemplateDocument.h"
#include "designer/CheckPanel.h"
#include "designer/FrameEditor.h"
#include "designer/PreviewPlayer.h"
#include "designer/StoryboardModel.h"
#include "designer/StoryboardView.h"
#include "designer/SubmitPanel.h"
#include "designer/ThumbnailCache.h"
#include "designer/VariablesPanel.h"
#include "protocol/Carriers.h"
#include "util/Config.h"
#include "util/DataPaths.h"

#include <QAction>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QIcon actionIcon(const QString &name)
{
    return QIcon(u":/icons/actions/"_s + name + u".svg"_s);
}

QScrollArea *scrolled(QWidget *content, const QString &name, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(name);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(6, 6, 6, 6);
    l->addWidget(content);
    return box;
}
} // namespace

DesignerPage::DesignerPage(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_doc(new TemplateDocument(this))
    , m_thumbnails(new ThumbnailCache(this))
    , m_model(new StoryboardModel(m_doc, m_thumbnails, this))
    , m_storyboard(new StoryboardView(this))
    , m_editor(new FrameEditor(m_doc, m_thumbnails, this))
    , m_preview(new PreviewPlayer(m_doc, m_thumbnails, this))
    , m_variables(new VariablesPanel(m_doc, this))
    , m_check(new CheckPanel(m_doc, ContentRules::load(), this))
    , m_autosave(new DocumentAutosave(m_doc, paths::dataDir() + u"/autosave"_s, Config().autosaveSeconds() * 1000, this))
    , m_fitJob(new FitJob(this))
    , m_exportBar(new PreviewExportBar(m_doc, this))
    , m_fitBar(new QWidget(this))
    , m_fitProgress(new QProgressBar(m_fitBar))
    , m_fitLabel(new QLabel(m_fitBar))
    , m_subject(new QLineEdit(this))
    , m_message(new MessageBanner(this))
    , m_totalTime(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_toolbar(new QToolBar(this))
    , m_recentMenu(new QMenu(tr("Open &recent"), this))
{
    setObjectName(u"designerPage"_s);
    m_probePool.setMaxThreadCount(1);
    m_storyboard->setObjectName(u"storyboard"_s);
    m_storyboard->setModel(m_model);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setPlaceholderText(tr("Subject, e.g. 双十一大促"));
    m_subject->setMaxLength(200);
    m_message->setObjectName(u"designerBanner"_s);
    m_message->label()->setObjectName(u"designerMessage"_s);
    m_totalTime->setObjectName(u"totalTimeLabel"_s);
    m_toolbar->setObjectName(u"designerToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(20, 20));
    m_recentMenu->setObjectName(u"recentTemplatesMenu"_s);
    createActions();
    m_submitPanel = new SubmitPanel(m_doc, m_service, m_check, m_submitAction, this);

    auto *subjectRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(m_totalTime);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *variables = new QWidget(side);
    auto *variablesLayout = new QVBoxLayout(variables);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->addWidget(m_variables, 1);
    variablesLayout->addWidget(new SampleRowBar(m_doc, variables));
    sideLayout->addWidget(group(tr("Variables and sample values"), variables, side), 1);
    sideLayout->addWidget(group(tr("Checks and size"), m_check, side), 2);
    auto *fitButton = new QPushButton(m_fit->icon(), tr("Fit to budget: shrink the media"), side);
    fitButton->setObjectName(u"fitBudgetButton"_s);
    fitButton->setToolTip(m_fit->toolTip());
    connect(fitButton, &QPushButton::clicked, m_fit, &QAction::trigger);
    connect(m_fit, &QAction::changed, fitButton, [this, fitButton] { fitButton->setEnabled(m_fit->isEnabled()); });
    fitButton->hide();
    sideLayout->addWidget(fitButton);
    connect(m_check, &CheckPanel::checked, fitButton, [this, fitButton] {
        fitButton->setVisible(m_doc->tpl().mediaBytes() > m_check->rules().mediaMaxBytes);
    });

    m_splitter->setObjectName(u"designerSplitter"_s);
    // On a small screen (1280×720) the editor and the side column scroll rather than push the
    // window past the screen; the preview shrinks its phone. Each can be collapsed.
    m_splitter->addWidget(scrolled(m_editor, u"frameEditorScroll"_s, this));
    m_splitter->addWidget(m_preview);
    // Submit stays in sight below the side column, which scrolls when the screen is short.
    auto *sideColumn = new QWidget(this);
    auto *sideColumnLayout = new QVBoxLayout(sideColumn);
    sideColumnLayout->setContentsMargins(0, 0, 0, 0);
    sideColumnLayout->addWidget(scrolled(side, u"designerSideScroll"_s, this), 1);
    sideColumnLayout->addWidget(m_submitPanel);
    m_splitter->addWidget(sideColumn);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->restoreState(Config().designerSplitter());

    // Shown while media are being fitted: what, how far, and a way out.
    m_fitBar->setObjectName(u"fitBar"_s);
    m_fitProgress->setObjectName(u"fitProgress"_s);
    m_fitProgress->setRange(0, 1000);
    m_fitLabel->setObjectName(u"fitLabel"_s);
    auto *fitCancel = new QPushButton(tr("Cancel"), m_fitBar);
    fitCancel->setObjectName(u"fitCancelButton"_s);
    connect(fitCancel, &QPushButton::clicked, m_fitJob, &FitJob::cancel);
    auto *fitLayout = new QHBoxLayout(m_fitBar);
    fitLayout->setContentsMargins(0, 0, 0, 0);
    fitLayout->addWidget(m_fitLabel);
    fitLayout->addWidget(m_fitProgress, 1);
    fitLayout->addWidget(fitCancel);
    m_fitBar->hide();
    connect(m_exportBar, &PreviewExportBar::message, this, &DesignerPage::showMessage);
    connect(m_fitJob, &FitJob::progress, this, [this](int permille, const QString &what) {
        m_fitProgress->setValue(permille);
        m_fitLabel->setText(tr("Fitting %1…").arg(what));
    });
    connect(m_fitJob, &FitJob::finished, this, [this](const FitResult &r) {
        m_fitBar->hide();
        updateActions();
        if (r.cancelled) {
            showMessage(tr("Fitting cancelled; the template is as it was."), false);
            return;
        }
        if (!r.ok) {
            showMessage(tr("The media could not be fitted: %1").arg(r.error), true);
            return;
        }
        if (r.changes.isEmpty()) {
            showMessage(tr("Everything already fits."), false);
            return;
        }
        const int applied = m_doc->applyFit(r.changes);
        const QLocale locale;
        QString text = tr("Fitted %1 of %2 files: %3 → %4. Undo (Ctrl+Z) restores the originals.")
                           .arg(applied).arg(r.changes.size())
                           .arg(locale.formattedDataSize(r.bytesBefore, 1, QLocale::DataSizeTraditionalFormat),
                                locale.formattedDataSize(r.bytesAfter, 1, QLocale::DataSizeTraditionalFormat));
        for (const FitChange &c : r.changes)
            text += u"\n"_s + tr("%1: %2 → %3").arg(c.before.fileName,
                                                    locale.formattedDataSize(c.before.data.size(), 1, QLocale::DataSizeTraditionalFormat),
                                                    locale.formattedDataSize(c.after.data.size(), 1, QLocale::DataSizeTraditionalFormat));
        if (applied < r.changes.size())
            text += u"\n"_s + tr("Files changed while they were being fitted were left as they are.");
        showMessage(text, false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(subjectRow);
    layout->addWidget(m_message);
    layout->addWidget(m_fitBar);
    layout->addWidget(m_exportBar);
    layout->addWidget(m_storyboard);
    layout->addWidget(m_splitter, 1);

    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { Config().setDesignerSplitter(m_splitter->saveState()); });
    connect(m_subject, &QLineEdit::textEdited, m_doc, &TemplateDocument::setSubject);
    connect(m_doc, &TemplateDocument::changed, this, [this] {
        if (m_subject->text() != m_doc->tpl().subject)
            m_subject->setText(m_doc->tpl().subject);
        updateActions();
    });
    connect(m_doc, &TemplateDocument::focusRequested, this, [this](int frame, int) {
        m_storyboard->selectFrame(frame);
    });
    connect(m_doc, &TemplateDocument::modifiedChanged, this, &DesignerPage::titleChanged);
    connect(m_storyboard->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && current.row() != m_editor->frame())
            m_editor->setFrame(current.row());
        // The phone shows the frame being edited; while it plays, it plays on.
        PreviewTimeline *timeline = m_preview->timeline();
        if (current.isValid() && timeline->state() != PreviewTimeline::State::Playing && timeline->currentFrame() != current.row())
            timeline->seek(timeline->frameStartMs(current.row()));
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_storyboard->selectFrame(m_editor->frame());
    });
    connect(m_storyboard, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) {
        m_preview->timeline()->seek(m_preview->timeline()->frameStartMs(i.row()));
    });
    connect(m_storyboard, &StoryboardView::filesDroppedAsFrames, this, [this](const QStringList &paths, int at) {
        addFiles(paths, at);
    });
    connect(m_storyboard, &StoryboardView::filesDroppedOnFrame, this, [this](const QStringList &paths, int frame) {
        addFiles(paths, -1, frame);
    });
    connect(m_storyboard, &StoryboardView::frameDragged, m_doc, &TemplateDocument::moveFrame);
    connect(m_editor, &FrameEditor::filesDropped, this, [this](const QStringList &paths) {
        addFiles(paths, -1, m_editor->frame());
    });
    connect(m_editor, &FrameEditor::addFileRequested, m_addFiles, &QAction::trigger);
    connect(m_editor, &FrameEditor::fitItemRequested, this, &DesignerPage::startFit);
    connect(m_editor, &FrameEditor::insertVariableMenuRequested, this, &DesignerPage::showInsertVariableMenu);
    connect(m_check, &CheckPanel::checked, m_submitPanel, &SubmitPanel::updateState);
    connect(m_check, &CheckPanel::problemActivated, this, [this](int frame, int attachment) {
        if (frame >= 0) {
            m_storyboard->selectFrame(frame);
            m_editor->setFrame(frame, attachment);
        }
    });
    updateRecentMenu();
    updateActions();
}

DesignerPage::~DesignerPage()
{
    m_probePool.waitForDone();
    // The children go after this object has stopped being a DesignerPage: the document's
    // last signals (its undo stack clearing) must not reach it or its siblings.
    m_doc->blockSignals(true);
    m_doc->undoStack()->blockSignals(true);
    m_thumbnails->blockSignals(true);
}

void DesignerPage::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, const QString &icon = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        if (!icon.isEmpty())
            a->setIcon(actionIcon(icon));
        addAction(a);
        return a;
    };
    m_new = make(u"actionNewTemplate"_s, tr("&New template"), QKeySequence::New, u"new"_s);
    m_open = make(u"actionOpenTemplate"_s, tr("&Open template…"), QKeySequence::Open, u"open"_s);
    m_save = make(u"actionSaveTemplate"_s, tr("&Save template"), QKeySequence::Save, u"save"_s);
    m_saveAs = make(u"actionSaveTemplateAs"_s, tr("Save template &as…"), QKeySequence::SaveAs);
    m_import = make(u"actionImportManifest"_s, tr("&Import manifest…"), {});
    m_export = make(u"actionExportManifest"_s, tr("&Export manifest…"), {});
    m_undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(actionIcon(u"undo"_s));
    m_redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(actionIcon(u"redo"_s));
    addAction(m_undo);
    addAction(m_redo);
    // The toolbar keeps fixed labels (a label that grew with the step's name moved every button
    // after it); the step's name is in the menu's text and the tooltip.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    auto stepTip = [](QAction *a, const QString &label, const QString &step) {
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(step.isEmpty() ? words::aside(label, key) : words::aside(words::labelled(label, step), key));
    };
    connect(m_doc->undoStack(), &QUndoStack::undoTextChanged, m_undo, [this, stepTip](const QString &step) {
        stepTip(m_undo, tr("Undo"), step);
    });
    connect(m_doc->undoStack(), &QUndoStack::redoTextChanged, m_redo, [this, stepTip](const QString &step) {
        stepTip(m_redo, tr("Redo"), step);
    });
    stepTip(m_undo, tr("Undo"), {});
    stepTip(m_redo, tr("Redo"), {});
    m_addFrame = make(u"actionAddFrame"_s, tr("Add &frame"), QKeySequence(Qt::CTRL | Qt::Key_Return), u"add-frame"_s);
    m_addFiles = make(u"actionAddFiles"_s, tr("Add f&iles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), u"add-files"_s);
    m_duplicate = make(u"actionDuplicateFrame"_s, tr("D&uplicate frame"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = make(u"actionDeleteFrame"_s, tr("&Delete frame"), QKeySequence::Delete, u"delete"_s);
    m_left = make(u"actionMoveFrameLeft"_s, tr("Move frame &left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), u"left"_s);
    m_right = make(u"actionMoveFrameRight"_s, tr("Move frame &right"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), u"right"_s);
    m_insertVariable = make(u"actionInsertVariable"_s, tr("Insert &variable"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_play = make(u"actionPlayPreview"_s, tr("&Play preview"), QKeySequence(Qt::Key_F6), u"play"_s);
    m_fit = make(u"actionFitToBudget"_s, tr("Fit to &budget"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), u"fit"_s);
    m_fit->setToolTip(tr("Re-encode the videos, pictures and sounds that are too big so the template fits its size limit"));
    m_submitAction = make(u"actionSubmitTemplate"_s, tr("Su&bmit template"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), u"submit"_s);
    // Delete acts on frames only while the storyboard has the focus; elsewhere it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_storyboard->addAction(m_delete);
    // File actions work from anywhere in the window; editing ones only while the designer has
    // the focus, so that Ctrl+Z in the Campaigns area never undoes a template edit.
    for (QAction *a : {m_new, m_open, m_save, m_saveAs, m_import, m_export})
        a->setShortcutContext(Qt::WindowShortcut);
    for (QAction *a : {m_undo, m_redo, m_addFrame, m_addFiles, m_duplicate, m_left, m_right, m_insertVariable, m_play, m_submitAction, m_fit})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // Short labels for the toolbar; the menus show the full ones with their shortcuts.
    const QList<QPair<QAction *, QString>> shortLabels{
        {m_new, tr("New")}, {m_open, tr("Open")}, {m_save, tr("Save")}, {m_addFrame, tr("Frame")},
        {m_addFiles, tr("Files")}, {m_delete, tr("Delete")}, {m_left, tr("Left")}, {m_right, tr("Right")},
        {m_insertVariable, tr("Variable")}, {m_play, tr("Play")}, {m_fit, tr("Fit")}};
    for (const auto &[action, label] : shortLabels) {
        action->setIconText(label);
        action->setToolTip(action->text().remove(u'&') + u" ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
    m_insertVariable->setIcon(actionIcon(u"variable"_s));
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_open);
    m_toolbar->addAction(m_save);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_addFrame);
    m_toolbar->addAction(m_addFiles);
    m_toolbar->addAction(m_delete);
    m_toolbar->addAction(m_left);
    m_toolbar->addAction(m_right);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_insertVariable);
    m_toolbar->addAction(m_play);
    m_toolbar->addAction(m_fit);

    connect(m_new, &QAction::triggered, this, &DesignerPage::newTemplate);
    connect(m_open, &QAction::triggered, this, &DesignerPage::open);
    connect(m_save, &QAction::triggered, this, &DesignerPage::save);
    connect(m_saveAs, &QAction::triggered, this, &DesignerPage::saveAs);
    connect(m_import, &QAction::triggered, this, &DesignerPage::importManifest);
    connect(m_export, &QAction::triggered, this, &DesignerPage::exportManifest);
    connect(m_addFrame, &QAction::triggered, this, [this] {
        const int at = m_storyboard->currentFrame() < 0 ? int(m_doc->tpl().frames.size()) : m_storyboard->currentFrame() + 1;
        m_doc->addFrame(at);
    });
    connect(m_addFiles, &QAction::triggered, this, [this] {
        const QStringList paths = prompts::openFileNames(this, tr("Add files to the template"),
            tr("Template media (*.txt *.jpg *.jpeg *.png *.gif *.mp4 *.3gp *.mp3 *.amr *.aac *.m4a *.wav)"));
        if (paths.isEmpty())
            return;
        // Into the selected frame; with none, each file becomes a frame.
        if (m_editor->frame() >= 0)
            addFiles(paths, -1, m_editor->frame());
        else
            addFiles(paths, int(m_doc->tpl().frames.size()));
    });
    connect(m_duplicate, &QAction::triggered, this, [this] { m_doc->duplicateFrame(m_storyboard->currentFrame()); });
    connect(m_delete, &QAction::triggered, this, [this] { m_doc->removeFrame(m_storyboard->currentFrame()); });
    connect(m_left, &QAction::triggered, this, [this] {
        const int f = m_storyboard->currentFrame();
        m_doc->moveFrame(f, f - 1);
    });
    connect(m_right, &QAction::triggered, this, [this] {
        const int f = m_storyboard->currentFrame();
        m_doc->moveFrame(f, f + 1);
    });
    connect(m_insertVariable, &QAction::triggered, this, [this] {
        const QRect r = m_editor->textEditor()->cursorRect();
        showInsertVariableMenu(m_editor->textEditor()->isVisible() ? m_editor->textEditor()->viewport()->mapToGlobal(r.bottomLeft())
                                                                   : m_editor->mapToGlobal(QPoint(20, 20)));
    });
    connect(m_play, &QAction::triggered, m_preview, &PreviewPlayer::togglePlay);
    connect(m_submitAction, &QAction::triggered, this, [this] { m_submitPanel->submit(false); });
    connect(m_fit, &QAction::triggered, this, [this] { startFit(-1, -1); });
}

QList<QAction *> DesignerPage::fileActions() const
{
    return {m_new, m_open, m_save, m_saveAs, m_import, m_export};
}

QList<QAction *> DesignerPage::editActions() const
{
    return {m_undo, m_redo};
}

QList<QAction *> DesignerPage::frameActions() const
{
    return {m_addFrame, m_addFiles, m_duplicate, m_delete, m_left, m_right, m_insertVariable, m_play, m_fit, m_exportBar->action(), m_submitAction};
}

QString DesignerPage::windowTitlePart() const
{
    const QString name = m_doc->filePath().isEmpty() ? tr("Untitled template") : QFileInfo(m_doc->filePath()).fileName();
    return name + (m_doc->isModified() ? u"*"_s : QString());
}

QString DesignerPage::message() const
{
    return m_message->text();
}

void DesignerPage::showMessage(const QString &text, bool error)
{
    m_message->show(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info);
}

void DesignerPage::updateActions()
{
    const MmsTemplate &tpl = m_doc->tpl();
    m_totalTime->setText(tr("%1 frames, %2 s in all").arg(tpl.frames.size())
                             .arg(QLocale().toString(tpl.totalDurationMs() / 1000.0, 'f', 1)));
    const int f = m_storyboard->currentFrame();
    const int n = int(m_doc->tpl().frames.size());
    m_duplicate->setEnabled(f >= 0);
    m_delete->setEnabled(f >= 0);
    m_left->setEnabled(f > 0);
    m_right->setEnabled(f >= 0 && f + 1 < n);
    m_insertVariable->setEnabled(f >= 0);
    m_play->setEnabled(n > 0);
    m_fit->setEnabled(n > 0 && !m_fitJob->isRunning());
    m_export->setEnabled(n > 0);
}

void DesignerPage::addFiles(const QStringList &paths, int insertAt, int frame)
{
    // Reading and checking files (up to 100 MB each) happens off the GUI thread; one drop at a
    // time (a pool of one thread), so drops land in the order they were made.
    ++m_pendingDrops;
    auto *watcher = new QFutureWatcher<QList<ProbedFile>>(this);
    connect(watcher, &QFutureWatcher<QList<ProbedFile>>::finished, this, [this, watcher, insertAt, frame] {
        watcher->deleteLater();
        --m_pendingDrops;
        addProbedFiles(watcher->result(), insertAt, frame);
    });
    watcher->setFuture(QtConcurrent::run(&m_probePool, [paths] {
        QList<ProbedFile> probed;
        for (const QString &path : paths)
            probed << MediaProbe::probe(path);
        return probed;
    }));
}

void DesignerPage::addProbedFiles(const QList<ProbedFile> &probed, int insertAt, int frame)
{
    QList<Attachment> accepted;
    QStringList refused;
    for (ProbedFile p : probed) {
        if (!p.ok) {
            refused << p.error;
            continue;
        }
        if (p.needsConversion) {
            const auto answer = prompts::ask(this, tr("Convert the text to UTF-8?"),
                tr("%1 is written in %2. The platform needs UTF-8 text. Convert it? (The file on disk is not changed.)")
                    .arg(p.attachment.fileName, p.encodingLabel),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes) {
                refused << tr("%1 was not added: it is not UTF-8 text.").arg(p.attachment.fileName);
                continue;
            }
            p.attachment.data = p.convertedUtf8;
        }
        accepted << p.attachment;
    }
    if (!accepted.isEmpty()) {
        // The frame may have gone while the files were read: they become new frames then.
        if (frame >= 0 && frame < m_doc->tpl().frames.size())
            m_doc->addAttachments(frame, accepted);
        else if (frame >= 0)
            m_doc->addFrames(int(m_doc->tpl().frames.size()), accepted);
        else
            m_doc->addFrames(insertAt < 0 ? int(m_doc->tpl().frames.size()) : insertAt, accepted);
    }
    if (!refused.isEmpty())
        showMessage(refused.join(u'\n'), true);
    else
        showMessage({}, false);
}

void DesignerPage::showInsertVariableMenu(const QPoint &globalPos)
{
    if (m_editor->frame() < 0)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"insertVariableMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList used = m_doc->tpl().variables();
    for (const QString &name : used) {
        QAction *a = menu->addAction(u"${"_s + name + u'}');
        a->setObjectName(u"insert_"_s + name);
        connect(a, &QAction::triggered, this, [this, name] { m_editor->insertVariable(name); });
    }
    if (!used.isEmpty())
        menu->addSeparator();
    const QString next = placeholders::nextFree(used);
    QAction *fresh = menu->addAction(tr("New variable ${%1}").arg(next));
    fresh->setObjectName(u"insert_"_s + next);
    connect(fresh, &QAction::triggered, this, [this, next] { m_editor->insertVariable(next); });
    menu->setActiveAction(fresh);
    menu->popup(globalPos);
}

bool DesignerPage::isAddingFiles() const
{
    return m_pendingDrops > 0;
}

bool DesignerPage::isFitting() const
{
    return m_fitJob->isRunning();
}

void DesignerPage::startFit(int frame, int attachment)
{
    if (m_fitJob->isRunning() || m_doc->tpl().frames.isEmpty())
        return;
    TemplateFitter::Options options;
    options.limitBytes = m_check->rules().mediaMaxBytes;
    options.onlyFrame = frame;
    options.onlyAttachment = attachment;
    m_fitProgress->setValue(0);
    m_fitLabel->setText(tr("Looking at the media…"));
    m_fitBar->show();
    m_fit->setEnabled(false);
    showMessage({}, false);
    m_fitJob->start(m_doc->tpl(), options);
}

void DesignerPage::flushAutosave()
{
    m_autosave->flush();
}

} // namespace mms
