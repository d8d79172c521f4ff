#pragma once

#include <QTableWidget>

namespace mms {

class TemplateDocument;

// The variables the template uses (${Text1}…), where each is used, and the sample value the
// preview shows in its place (typed here, saved with the project).
class VariablesPanel : public QTableWidget
{
    Q_OBJECT
public:
    enum Columns { NameColumn, UsedInColumn, SampleColumn, ColumnCount };

    explicit VariablesPanel(TemplateDocument *doc, QWidget *parent = nullptr);

private:
    void rebuild();

    TemplateDocument *m_doc;
    QString m_shown; // what the rows show, to rebuild only when it changes
    bool m_updating = false;
};

} // namespace mms
