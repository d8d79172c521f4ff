#include "SampleRowBar.h"

#include "Prompts.h"
#include "RecipientFileChooser.h"
#include "design/TemplateDocument.h"
#include "import/SampleValues.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace mms {

SampleRowBar::SampleRowBar(TemplateDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_file(new QPushButton(tr("Values from a &recipients file…"), this))
    , m_row(new QSpinBox(this))
    , m_longest(new QPushButton(tr("Lon&gest row"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"sampleRowBar"_s);
    m_file->setObjectName(u"sampleFileButton"_s);
    m_file->setToolTip(tr("Show a customer's own values in the preview and check them: the first column after the number fills "
                          "${Text1}, the next ${Text2}…"));
    m_row->setObjectName(u"sampleRowSpin"_s);
    m_row->setEnabled(false);
    m_longest->setObjectName(u"longestRowButton"_s);
    m_longest->setToolTip(tr("The row whose values are longest: where a text may run over"));
    m_longest->setEnabled(false);
    m_note->setObjectName(u"sampleRowNote"_s);
    m_note->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *rowLabel = new QLabel(tr("R&ow:"), this);
    rowLabel->setBuddy(m_row);
    layout->addWidget(m_file, 0, 0, 1, 3);
    layout->addWidget(rowLabel, 1, 0);
    layout->addWidget(m_row, 1, 1);
    layout->addWidget(m_longest, 1, 2);
    layout->addWidget(m_note, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    m_note->hide();
    connect(m_file, &QPushButton::clicked, this, &SampleRowBar::choose);
    connect(m_row, &QSpinBox::valueChanged, this, [this](int row) { apply(row - 1); });
    connect(m_longest, &QPushButton::clicked, this, &SampleRowBar::longest);
}

void SampleRowBar::choose()
{
    const QString path = prompts::openFileName(this, tr("Values from a recipients file"), RecipientFileChooser::fileFilter());
    if (path.isEmpty())
        return;
    m_file->setEnabled(false);
    m_note->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_note->show();
    auto *watcher = new QFutureWatcher<FileSniff>(this);
    connect(watcher, &QFutureWatcher<FileSniff>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_file->setEnabled(true);
        show(watcher->result());
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([path] { return sniffRecipientFile(path, {}, kRows); }));
}

void SampleRowBar::show(const FileSniff &sniff)
{
    if (!sniff.ok() || sniff.preview.isEmpty()) {
        m_note->setText(sniff.ok() ? tr("%1 has no rows.").arg(QFileInfo(sniff.path).fileName()) : sniff.error);
        return;
    }
    m_sniff = sniff;
    // The mapping said in one line: ${Text1} ← 姓名…
    QStringList mapping;
    const QStringList vars = m_doc->tpl().variables();
    int column = 0;
    for (const QString &v : vars) {
        if (column == m_sniff.mobileColumn)
            ++column;
        if (column >= m_sniff.columnCount)
            break;
        mapping << u"${%1} ← %2"_s.arg(v, m_sniff.header.value(column));
        ++column;
    }
    const int rows = int(m_sniff.preview.size());
    m_note->setText(tr("%1: %2 rows%3. %4")
                        .arg(QFileInfo(m_sniff.path).fileName(), QLocale().toString(rows),
                             rows >= kRows ? tr(" (the first %1)").arg(QLocale().toString(kRows)) : QString(),
                             mapping.isEmpty() ? tr("The template has no variable.") : mapping.join(u", "_s)));
    m_row->setRange(1, rows);
    m_row->setEnabled(true);
    m_longest->setEnabled(true);
    apply(m_row->value() - 1);
}

void SampleRowBar::apply(int row)
{
    if (row < 0 || row >= m_sniff.preview.size())
        return;
    const QMap<QString, QString> values = sampleValues(m_sniff, row, m_doc->tpl().variables());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_doc->setSample(it.key(), it.value());
}

void SampleRowBar::longest()
{
    // Longest by what the variables hold, so the preview shows the worst case.
    const int best = longestSampleRow(m_sniff, m_doc->tpl().variables());
    m_row->setValue(best + 1);
    apply(best);
}

} // namespace mms
