#pragma once

#include "campaign/FrequencyCaps.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace mms {

// "Per number: the same template at most 1 a day, 10 messages a day in all, — an hour":
// Preferences' frequency caps of an account. Unticked: no caps.
class FrequencyCapsEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FrequencyCapsEdit(QWidget *parent = nullptr);

    void setCaps(const FrequencyCaps &caps);
    // nullopt while the caps contradict each other; the note under them says why.
    std::optional<FrequencyCaps> caps() const;

private:
    void update();

    QCheckBox *m_on;
    QSpinBox *m_template;
    QSpinBox *m_day;
    QSpinBox *m_hour;
    QLabel *m_note;
};

} // namespace mms
