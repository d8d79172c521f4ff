#include "designer/VariablesPanel.h"
#include "util/Words.h"

#include "design/Placeholders.h"
#include "design/TemplateDocument.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace mms {

VariablesPanel::VariablesPanel(TemplateDocument *doc, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_doc(doc)
{
    setObjectName(u"variablesTable"_s);
    setHorizontalHeaderLabels({tr("Variable"), tr("Used in"), tr("Sample value")});
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    // Each header fits its text in the font in use ("示例值" was cut at a narrow width).
    int widest = 0;
    for (int c = 0; c < ColumnCount; ++c)
        widest = qMax(widest, horizontalHeader()->fontMetrics().horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()));
    horizontalHeader()->setMinimumSectionSize(widest + 24);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setToolTip(tr("Type a sample value for each variable: the preview shows it in place of the variable."));
    connect(doc, &TemplateDocument::changed, this, &VariablesPanel::rebuild);
    connect(doc, &TemplateDocument::samplesChanged, this, &VariablesPanel::rebuild);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != SampleColumn)
            return;
        const QString name = this->item(item->row(), NameColumn)->data(Qt::UserRole).toString();
        m_doc->setSample(name, item->text());
    });
    rebuild();
}

void VariablesPanel::rebuild()
{
    const MmsTemplate &tpl = m_doc->tpl();
    const QStringList names = tpl.variables();
    QMap<QString, QStringList> where;
    for (const PlaceholderUse &u : placeholders::uses(tpl)) {
        const QString place = tr("frame %1 (%2)").arg(u.frame + 1).arg(tpl.frames.at(u.frame).attachments.at(u.attachment).fileName);
        if (!where[u.name].contains(place))
            where[u.name] << place;
    }
    QString shown;
    for (const QString &n : names)
        shown += n + u'=' + where.value(n).join(u',') + u'=' + m_doc->samples().value(n) + u';';
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_updating = true;
    setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        auto *name = new QTableWidgetItem(u"${"_s + names.at(r) + u'}');
        name->setData(Qt::UserRole, names.at(r));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *used = new QTableWidgetItem(words::list(where.value(names.at(r))));
        used->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        used->setToolTip(used->text());
        setItem(r, NameColumn, name);
        setItem(r, UsedInColumn, used);
        setItem(r, SampleColumn, new QTableWidgetItem(m_doc->samples().value(names.at(r))));
    }
    resizeColumnToContents(NameColumn);
    m_updating = false;
}

} // namespace mms
