#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace mms {

class BalanceController;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    BalanceController *balanceController() const { return m_balance; }

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    BalanceController *m_balance;
    QLabel *m_accountLabel;
    QLabel *m_balanceLabel;
};

} // namespace mms
