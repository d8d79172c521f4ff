#pragma once

#include "import/RecipientFile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mms {

class CampaignService;

// Picks a recipients file (CSV, TXT or an Excel workbook) and shows what it holds: the
// encoding (with another to choose when the guess is wrong), the sheet of a workbook, the
// header and the first rows, updated at once when a choice changes. The file is read on the
// service's thread; sniff() is the result for the current file and choices.
class RecipientFileChooser : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientFileChooser(CampaignService *service, QWidget *parent = nullptr);

    // Chooses the file as Browse… would.
    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_file; }
    const FileSniff &sniff() const { return m_sniff; }
    // The file is read and can be imported with the current choices.
    bool isReady() const { return m_ready; }

    static QString fileFilter();

Q_SIGNALS:
    void changed();

private:
    void browse();
    void request(const SniffChoice &choice);
    void onSniffed(const FileSniff &sniff);
    void showChoices();
    void showPreview();
    QString describe() const;

    CampaignService *m_service;
    QLineEdit *m_file = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_info = nullptr;
    QTableWidget *m_preview = nullptr;
    FileSniff m_sniff;
    QString m_requestedPath;
    int m_pending = 0; // requests not yet answered: only the last answer counts
    bool m_ready = false;
    bool m_filling = false;
};

} // namespace mms
