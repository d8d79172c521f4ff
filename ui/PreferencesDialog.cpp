#include "PreferencesDialog.h"
#include "NumberSegmentsEdit.h"
#include "FrequencyCapsEdit.h"
#include "SendWindowEdit.h"
#include "util/Words.h"

#include "util/MoneyText.h"

#include "receiver/ReceiverAccess.h"
#include "receiver/ReceiverCheck.h"
#include "receiver/ReceiverService.h"
#include "storage/Store.h"
#include "util/Config.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
// The address the platform can reach when listening on every interface.
QString reachableHost(const QString &listen)
{
    const QHostAddress a(listen);
    if (a != QHostAddress::AnyIPv4 && a != QHostAddress::Any)
        return listen;
    for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback())
            return candidate.toString();
    }
    return u"127.0.0.1"_s;
}
} // namespace

PreferencesDialog::PreferencesDialog(ReceiverService *receiver, QWidget *parent)
    : QDialog(parent)
    , m_receiver(receiver)
    , m_warning(new QDoubleSpinBox(this))
    , m_rps(new QDoubleSpinBox(this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_prefix(new QLineEdit(this))
    , m_urls(new QPlainTextEdit(this))
    , m_testResult(new QLabel(this))
    , m_autoBlock(new QCheckBox(tr("Put the sender on the blocklist when a reply is only:"), this))
    , m_keywords(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_large(new QSpinBox(this))
    , m_blockLimit(new QSpinBox(this))
    , m_allow(new QLineEdit(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    const Config config;
    m_warning->setObjectName(u"balanceWarningSpin"_s);
    m_warning->setRange(0, 1e9);
    m_warning->setDecimals(0);
    m_warning->setSpecialValueText(tr("never"));
    m_warning->setValue(config.balanceWarning());
    // What the balance counts, for the account in use: the send confirmation reckons in it.
    const BalanceTerms terms = config.balanceTerms(config.activeAccount());
    m_unit->setObjectName(u"balanceUnitCombo"_s);
    m_unit->addItem(money::unitName(BalanceUnit::Messages), int(BalanceUnit::Messages));
    m_unit->addItem(money::unitName(BalanceUnit::Yuan), int(BalanceUnit::Yuan));
    m_unit->setCurrentIndex(terms.unit == BalanceUnit::Yuan ? 1 : 0);
    m_unit->setToolTip(tr("The platform answers a bare number; ask its operator whether it counts messages or yuan."));
    m_price->setObjectName(u"pricePerMessageSpin"_s);
    m_price->setRange(0.0001, 1000);
    m_price->setDecimals(4);
    m_price->setPrefix(tr("¥"));
    m_price->setSuffix(tr(" per message"));
    m_price->setValue(terms.unit == BalanceUnit::Yuan ? terms.pricePerMessage : config.balanceTerms(u"?"_s).pricePerMessage);
    m_price->setEnabled(terms.unit == BalanceUnit::Yuan);
    connect(m_unit, &QComboBox::currentIndexChanged, m_price, [this] { m_price->setEnabled(m_unit->currentIndex() == 1); });
    m_large->setObjectName(u"largeSendSpin"_s);
    m_large->setRange(0, 100000000);
    m_large->setSingleStep(1000);
    m_large->setSpecialValueText(tr("never"));
    m_large->setSuffix(tr(" recipients"));
    m_large->setValue(int(qMin<qint64>(config.largeSendThreshold(), 100000000)));
    m_large->setToolTip(tr("From this many recipients on, the confirmation before a send asks you to type their number."));
    m_rps->setObjectName(u"requestsPerSecondSpin"_s);
    m_rps->setRange(0.1, 100);
    m_rps->setDecimals(1);
    m_rps->setSuffix(tr(" requests/s"));
    m_rps->setValue(config.requestsPerSecond());
    m_rps->setToolTip(tr("Each request carries up to 1000 numbers. Ask the platform's operator for its limit."));
    m_address->setObjectName(u"receiverAddressEdit"_s);
    m_address->setText(config.receiverAddress());
    m_address->setToolTip(tr("127.0.0.1: only this computer (the sandbox); 0.0.0.0: every network, for a real platform "
                             "(then a strong secret path is required)"));
    m_port->setObjectName(u"receiverPortSpin"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(config.receiverPort());
    m_prefix->setObjectName(u"receiverPrefixEdit"_s);
    m_prefix->setText(config.receiverPrefix());
    m_prefix->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_-]{0,64}"_s), m_prefix));
    m_prefix->setPlaceholderText(tr("a long random secret: Generate makes one"));
    m_prefix->setToolTip(tr("The platform's pushes carry no password: this secret path is the receiver's. Beyond this "
                            "computer it must be at least %1 random characters.").arg(ReceiverAccess::kMinSecretLength));
    m_allow->setObjectName(u"receiverAllowEdit"_s);
    m_allow->setText(config.receiverAllowList());
    m_allow->setPlaceholderText(tr("any address; or the platform's, e.g. 203.0.113.0/24"));
    m_urls->setObjectName(u"receiverUrls"_s);
    m_urls->setReadOnly(true);
    m_urls->setMaximumHeight(70);
    m_testResult->setObjectName(u"receiverTestResult"_s);
    m_testResult->setWordWrap(true);

    const QStringList keywords = config.autoBlockKeywords();
    m_autoBlock->setObjectName(u"autoBlockCheck"_s);
    m_autoBlock->setChecked(!keywords.isEmpty());
    m_keywords->setObjectName(u"autoBlockKeywordsEdit"_s);
    m_keywords->setText((keywords.isEmpty() ? Store::defaultAutoBlockKeywords() : keywords).join(u", "_s));
    m_keywords->setToolTip(tr("Words separated by commas; a reply matches when it is exactly one of them, in any case and with spaces around."));
    m_keywords->setEnabled(m_autoBlock->isChecked());
    connect(m_autoBlock, &QCheckBox::toggled, m_keywords, &QWidget::setEnabled);
    m_blockLimit->setObjectName(u"autoBlockLimitSpin"_s);
    m_blockLimit->setRange(1, pushes::kMaxRecordsPerPush);
    m_blockLimit->setValue(qMax(1, config.autoBlockPerPush()));
    m_blockLimit->setSuffix(tr(" numbers a push"));
    m_blockLimit->setToolTip(tr("The platform's pushes carry no password: a forged push could otherwise put a whole customer list on the blocklist."));
    m_blockLimit->setEnabled(m_autoBlock->isChecked());
    connect(m_autoBlock, &QCheckBox::toggled, m_blockLimit, &QWidget::setEnabled);

    auto *general = new QGroupBox(tr("Balance and sending"), this);
    auto *g = new QFormLayout(general);
    const QString account = config.activeAccount().isEmpty() ? tr("the sandbox") : config.activeAccount();
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_unit, 1);
    priceRow->addWidget(m_price);
    g->addRow(tr("Balance of %1 counts:").arg(account), priceRow);
    g->addRow(tr("Warn when the balance is below:"), m_warning);
    g->addRow(tr("Type the count to confirm sends from:"), m_large);
    g->addRow(tr("Sending speed:"), m_rps);
    m_window = new SendWindowEdit(this);
    m_window->setWindow(SendWindow::parse(config.sendWindow(config.activeAccount()), nullptr).value_or(SendWindow::standard()));
    m_window->setToolTip(tr("New campaigns of %1 start with this window; each campaign can change its own.").arg(account));
    g->addRow(tr("Sending window of new campaigns:"), m_window);
    m_caps = new FrequencyCapsEdit(this);
    m_caps->setCaps(FrequencyCaps::parse(config.frequencyCaps(config.activeAccount()), nullptr).value_or(FrequencyCaps::standard()));
    g->addRow(tr("Frequency caps per number:"), m_caps);
    g->addRow(m_autoBlock);
    g->addRow(tr("Opt-out words:"), m_keywords);
    g->addRow(tr("Block at most:"), m_blockLimit);
    auto *segments = new NumberSegmentsEdit(this);
    connect(segments, &NumberSegmentsEdit::changed, this, &PreferencesDialog::segmentsChanged);
    g->addRow(tr("Number segments (province, city):"), segments);
    auto *pushes = new QGroupBox(tr("Where the platform pushes audits, delivery reports and replies"), this);
    auto *p = new QFormLayout(pushes);
    p->addRow(tr("Listen on address:"), m_address);
    p->addRow(tr("Port:"), m_port);
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(u"generateSecretButton"_s);
    connect(generate, &QPushButton::clicked, this, [this] { m_prefix->setText(ReceiverAccess::generateSecret()); });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_prefix, 1);
    secretRow->addWidget(generate);
    p->addRow(tr("Secret path:"), secretRow);
    p->addRow(tr("Only from:"), m_allow);
    p->addRow(tr("URLs for the platform:"), m_urls);
    auto *test = new QPushButton(tr("&Test the URLs"), this);
    test->setObjectName(u"testReceiverButton"_s);
    p->addRow(test, m_testResult);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(pushes);
    layout->addWidget(buttons);

    connect(test, &QPushButton::clicked, this, &PreferencesDialog::testUrls);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Config c;
        const bool receiverChanged = c.receiverAddress() != m_address->text().trimmed() || c.receiverPort() != m_port->value()
                                     || c.receiverPrefix() != m_prefix->text() || c.receiverAllowList() != m_allow->text().trimmed();
        if (QHostAddress(m_address->text().trimmed()).isNull()) {
            m_testResult->setText(tr("\"%1\" is not an IP address.").arg(m_address->text()));
            return;
        }
        // Open to the network with a guessable secret: refused here, before the receiver is.
        if (const QString why = ReceiverAccess::refusal(QHostAddress(m_address->text().trimmed()), m_prefix->text()); !why.isEmpty()) {
            m_testResult->setText(why);
            m_testResult->setProperty("ok", false);
            return;
        }
        QString allowError;
        if (!ReceiverAccess::parseAllowList(m_allow->text(), &allowError)) {
            m_testResult->setText(allowError);
            return;
        }
        const auto window = m_window->window();
        if (!window) { // the edit says why under it
            m_window->setFocus();
            return;
        }
        const auto caps = m_caps->caps();
        if (!caps) { // the edit says why under it
            m_caps->setFocus();
            return;
        }
        c.setSendWindow(c.activeAccount(), window->toString());
        c.setFrequencyCaps(c.activeAccount(), caps->toString());
        c.setBalanceWarning(m_warning->value());
        BalanceTerms t;
        t.unit = m_unit->currentIndex() == 1 ? BalanceUnit::Yuan : BalanceUnit::Messages;
        t.pricePerMessage = t.unit == BalanceUnit::Yuan ? m_price->value() : 1.0;
        c.setBalanceTerms(c.activeAccount(), t);
        c.setLargeSendThreshold(m_large->value());
        c.setRequestsPerSecond(m_rps->value());
        QStringList words;
        for (const QString &w : m_keywords->text().split(QRegularExpression(u"[,，、;；]"_s)))
            if (!w.trimmed().isEmpty())
                words << w.trimmed();
        c.setAutoBlockKeywords(m_autoBlock->isChecked() ? words : QStringList());
        c.setAutoBlockPerPush(m_blockLimit->value());
        c.setReceiver(m_address->text().trimmed(), quint16(m_port->value()), m_prefix->text());
        c.setReceiverAllowList(m_allow->text());
        Q_EMIT applied(receiverChanged);
        accept();
    });
    showUrls();
}

void PreferencesDialog::showUrls()
{
    QStringList lines;
    for (const QString &endpoint : {u"audit"_s, u"report"_s, u"mo"_s}) {
        QUrl u = m_receiver->url(endpoint);
        u.setHost(reachableHost(Config().receiverAddress()));
        lines << u.toString();
    }
    m_urls->setPlainText(m_receiver->isListening() ? lines.join(u'\n') : tr("(the receiver is not listening)"));
}

void PreferencesDialog::testUrls()
{
    m_testResult->setText(tr("Testing…"));
    QList<QUrl> urls;
    for (const QString &endpoint : {u"audit"_s, u"report"_s, u"mo"_s})
        urls << m_receiver->url(endpoint);
    checkReceiverUrls(urls, this, [this](const QStringList &failures) {
        m_testResult->setText(failures.isEmpty() ? tr("All three URLs answer.") : tr("Not answering: %1").arg(words::clauses(failures)));
        m_testResult->setProperty("ok", failures.isEmpty());
    });
}

} // namespace mms
