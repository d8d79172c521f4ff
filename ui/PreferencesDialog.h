#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mms {

class ReceiverService;
class SendWindowEdit;
class FrequencyCapsEdit;

// Settings → Preferences…: the balance warning, the sending speed, and where the platform must
// push (the receiver's address, port and secret prefix, with the three URLs to give the platform
// and a button that tests them).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(ReceiverService *receiver, QWidget *parent = nullptr);

Q_SIGNALS:
    // After OK: the values are in Config; the receiver must restart when its address changed.
    void applied(bool receiverChanged);
    // Another number-segment table is in use (at once, not only after OK).
    void segmentsChanged();

private:
    void showUrls();
    void testUrls();

    ReceiverService *m_receiver;
    QDoubleSpinBox *m_warning;
    QDoubleSpinBox *m_rps;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_prefix;
    QPlainTextEdit *m_urls;
    QLabel *m_testResult;
    QCheckBox *m_autoBlock;
    QLineEdit *m_keywords;
    QComboBox *m_unit;
    QDoubleSpinBox *m_price;
    QSpinBox *m_large;
    QSpinBox *m_blockLimit;
    SendWindowEdit *m_window;
    FrequencyCapsEdit *m_caps;
    QLineEdit *m_allow;
};

} // namespace mms
