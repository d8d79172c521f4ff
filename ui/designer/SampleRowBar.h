#pragma once

#include "import/RecipientFile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace mms {

class TemplateDocument;

// The sample values from a recipients file: its rows' cells fill the variables (Text1 from the
// first column after the number, Text2 from the next…, as the send wizard maps them unless told
// otherwise), row N or the longest row, so the preview and the checks see what a customer
// will. The file is read off the GUI thread, its first 5,000 rows.
class SampleRowBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRows = 5000;

    explicit SampleRowBar(TemplateDocument *doc, QWidget *parent = nullptr);

Q_SIGNALS:
    void loaded(); // a file was read (tests wait for it)

private:
    void choose();
    void show(const FileSniff &sniff);
    void apply(int row);
    void longest();

    TemplateDocument *m_doc;
    QPushButton *m_file;
    QSpinBox *m_row;
    QPushButton *m_longest;
    QLabel *m_note;
    FileSniff m_sniff;
};

} // namespace mms
