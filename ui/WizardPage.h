#pragma once

#include <QWizard>
#include <QWizardPage>

#include <functional>

namespace mms::wizard {

// A page whose completeness the wizard decides.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

inline Page *pageOf(QWizard *w, int id)
{
    return static_cast<Page *>(w->page(id));
}

} // namespace mms::wizard
