#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mms {

// Preferences' number-segment table: which one gives provinces and cities (the built-in one,
// or the user's newer CSV laid over it), "Load a newer table…" and "Built-in only". A table is
// checked and kept off the GUI thread (half a million lines take a moment) and used at once.
class NumberSegmentsEdit : public QWidget
{
    Q_OBJECT
public:
    explicit NumberSegmentsEdit(QWidget *parent = nullptr);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void changed(); // another table is in use
    void finished(); // a load ended, well or not (tests wait for it)

private:
    void showCurrent(const QString &message = {});
    void load();
    void useBuiltIn();

    QLabel *m_label;
    QPushButton *m_load;
    QPushButton *m_builtIn;
    bool m_busy = false;
};

} // namespace mms
