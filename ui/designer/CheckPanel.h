#pragma once

#include "design/ContentRules.h"
#include "design/TemplateCheck.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;

namespace mms {

class TemplateDocument;

// The live problems of the template (errors block a submit; the carriers' rules warn) and a
// meter of its media against the size limit, with the size of the request that carries it.
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    CheckPanel(TemplateDocument *doc, const ContentRules &rules, QWidget *parent = nullptr);

    const QList<Problem> &problems() const { return m_problems; }
    bool hasErrors() const { return TemplateCheck::hasErrors(m_problems); }
    const ContentRules &rules() const { return m_rules; }

Q_SIGNALS:
    void checked();
    void problemActivated(int frame, int attachment);

private:
    void recheck();

    TemplateDocument *m_doc;
    ContentRules m_rules;
    QList<Problem> m_problems;
    QListWidget *m_list;
    QProgressBar *m_meter;
    QLabel *m_sizeLabel;
};

} // namespace mms
