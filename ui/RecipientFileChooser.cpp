#include "RecipientFileChooser.h"

#include "Prompts.h"
#include "campaign/CampaignService.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace mms {

RecipientFileChooser::RecipientFileChooser(CampaignService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_file = new QLineEdit;
    m_file->setObjectName(u"recipientFileEdit"_s);
    auto *browseButton = new QPushButton(tr("Browse…"));
    browseButton->setObjectName(u"browseButton"_s);
    m_sheet = new QComboBox;
    m_sheet->setObjectName(u"sheetCombo"_s);
    m_sheetLabel = new QLabel(tr("&Sheet:"));
    m_sheetLabel->setBuddy(m_sheet);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encodingLabel = new QLabel(tr("&Encoding:"));
    m_encodingLabel->setBuddy(m_encoding);
    m_info = new QLabel;
    m_info->setObjectName(u"fileInfoLabel"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_preview = new QTableWidget;
    m_preview->setObjectName(u"filePreviewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->setContentsMargins(0, 0, 0, 0);
    choiceRow->addWidget(m_sheetLabel);
    choiceRow->addWidget(m_sheet, 1);
    choiceRow->addWidget(m_encodingLabel);
    choiceRow->addWidget(m_encoding, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addLayout(choiceRow);
    layout->addWidget(m_info);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    showChoices();

    connect(browseButton, &QPushButton::clicked, this, &RecipientFileChooser::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_file->text().trimmed()) == QDir::cleanPath(m_requestedPath) && (m_ready || m_pending))
            return; // the same file: keep the choices made for it
        request({});
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            request({QString::number(index + 1), {}});
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            request({{}, m_encoding->itemData(index).toByteArray()});
    });
    connect(service, &CampaignService::sniffed, this, &RecipientFileChooser::onSniffed);
}

QString RecipientFileChooser::fileFilter()
{
    return tr("Recipient lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.txt);;All files (*)");
}

void RecipientFileChooser::browse()
{
    const QString path = prompts::openFileName(this, tr("Recipients"), fileFilter());
    if (!path.isEmpty())
        setPath(path);
}

void RecipientFileChooser::setPath(const QString &path)
{
    m_file->setText(path);
    request({});
}

void RecipientFileChooser::request(const SniffChoice &choice)
{
    m_ready = false;
    m_requestedPath = m_file->text().trimmed();
    Q_EMIT changed();
    if (m_requestedPath.isEmpty()) {
        m_info->clear();
        m_preview->hide();
        return;
    }
    ++m_pending;
    m_info->setText(tr("Reading the file…"));
    m_service->sniff(m_requestedPath, choice);
}

void RecipientFileChooser::onSniffed(const FileSniff &sniff)
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending > 0 || QDir::cleanPath(sniff.path) != QDir::cleanPath(m_requestedPath))
        return; // an answer to an earlier question
    m_sniff = sniff;
    m_ready = sniff.ok();
    showChoices();
    if (!sniff.ok())
        m_info->setText(u"<span style='color:#b02020'>%1</span>"_s.arg(sniff.error.toHtmlEscaped()));
    else
        m_info->setText(describe());
    showPreview();
    Q_EMIT changed();
}

QString RecipientFileChooser::describe() const
{
    const FileSniff &s = m_sniff;
    const QString header = s.hasHeader ? tr("with a header row") : tr("no header row");
    QString text = s.format == FileFormat::Xlsx
        ? tr("Excel workbook, sheet “%1”, %2, %n column(s).", nullptr, s.columnCount).arg(s.sheets.value(s.sheet), header)
        : tr("%1, %2-separated, %3, %n column(s).", nullptr, s.columnCount).arg(s.charset.label, FileSniff::delimiterName(s.delimiter), header);
    text = text.toHtmlEscaped();
    if (s.skipRows > 0)
        text += u' ' + tr("%n title row(s) above the header are left out.", nullptr, s.skipRows).toHtmlEscaped();
    if (s.charset.guessed)
        text += u"<br><span style='color:#b04000'>%1</span>"_s.arg(
            tr("The encoding is a guess: if the preview shows garbled text, choose another encoding.").toHtmlEscaped());
    return text;
}

void RecipientFileChooser::showChoices()
{
    m_filling = true;
    const bool workbook = m_ready && m_sniff.format == FileFormat::Xlsx;
    const bool text = m_ready && m_sniff.format == FileFormat::Text;
    m_sheet->clear();
    if (workbook) {
        m_sheet->addItems(m_sniff.sheets);
        m_sheet->setCurrentIndex(m_sniff.sheet);
    }
    m_sheet->setVisible(workbook && m_sniff.sheets.size() > 1);
    m_sheetLabel->setVisible(m_sheet->isVisibleTo(this));
    m_encoding->clear();
    if (text) {
        m_encoding->addItem(m_sniff.charset.label, m_sniff.charset.codec);
        const QStringList labels = {u"UTF-8"_s, u"GBK/GB18030"_s, u"UTF-16LE"_s, u"UTF-16BE"_s};
        const QList<QByteArray> codecs = choosableCharsets();
        for (int i = 0; i < codecs.size(); ++i)
            if (codecs.at(i) != m_sniff.charset.codec)
                m_encoding->addItem(labels.value(i), codecs.at(i));
        m_encoding->setCurrentIndex(0);
    }
    m_encoding->setVisible(text);
    m_encodingLabel->setVisible(text);
    m_filling = false;
}

void RecipientFileChooser::showPreview()
{
    if (!m_ready) {
        m_preview->hide();
        return;
    }
    const int rows = int(qMin<qsizetype>(m_sniff.preview.size(), 5));
    m_preview->clear();
    m_preview->setColumnCount(m_sniff.columnCount);
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(m_sniff.header);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < m_sniff.preview.at(r).size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_sniff.preview.at(r).at(c)));
    // As tall as its rows (at most five): the whole file is on the next page.
    int height = m_preview->horizontalHeader()->sizeHint().height() + 2 * m_preview->frameWidth();
    for (int r = 0; r < rows; ++r)
        height += m_preview->rowHeight(r);
    if (m_preview->horizontalScrollBar()->isVisible() || m_sniff.columnCount > 6)
        height += m_preview->horizontalScrollBar()->sizeHint().height();
    m_preview->setFixedHeight(height);
    m_preview->show();
}

} // namespace mms
