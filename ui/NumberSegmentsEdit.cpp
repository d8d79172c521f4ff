#include "NumberSegmentsEdit.h"

#include "Prompts.h"
#include "protocol/NumberSegments.h"

#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace mms {

NumberSegmentsEdit::NumberSegmentsEdit(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_load(new QPushButton(tr("&Load a newer table…"), this))
    , m_builtIn(new QPushButton(tr("B&uilt-in only"), this))
{
    m_label->setObjectName(u"segmentsLabel"_s);
    m_label->setWordWrap(true);
    m_load->setObjectName(u"loadSegmentsButton"_s);
    m_load->setToolTip(tr("A CSV of segment, province, city, carrier (e.g. 1380013,北京,北京,移动): its segments take its "
                          "province and city, the others keep the built-in table's. Used at once, by mmsctl too."));
    m_builtIn->setObjectName(u"builtInSegmentsButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_load);
    layout->addWidget(m_builtIn);
    connect(m_load, &QPushButton::clicked, this, &NumberSegmentsEdit::load);
    connect(m_builtIn, &QPushButton::clicked, this, &NumberSegmentsEdit::useBuiltIn);
    showCurrent();
}

void NumberSegmentsEdit::showCurrent(const QString &message)
{
    const bool user = QFile::exists(NumberSegments::userTablePath());
    const auto table = NumberSegments::current();
    QString text = user ? tr("A newer table over the built-in one (%1 segments known)").arg(QLocale().toString(table->knownSegments()))
                        : tr("Built-in (query-mobile-phone-area 1.0.6, as of 2015)");
    if (!message.isEmpty())
        text += u"\n"_s + message;
    m_label->setText(text);
    m_label->setToolTip(table->source());
    m_builtIn->setEnabled(user && !m_busy);
    m_load->setEnabled(!m_busy);
}

void NumberSegmentsEdit::load()
{
    const QString path = prompts::openFileName(this, tr("Load a number-segment table"), tr("Tables (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_busy = true;
    showCurrent(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    struct Outcome
    {
        bool ok = false;
        QString error;
        int rows = 0;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        showCurrent(o.ok ? tr("%1 segments loaded.").arg(QLocale().toString(o.rows)) : o.error);
        m_label->setProperty("ok", o.ok);
        if (o.ok)
            Q_EMIT changed();
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Outcome o;
        o.ok = NumberSegments::installUserTable(path, &o.error, &o.rows);
        return o;
    }));
}

void NumberSegmentsEdit::useBuiltIn()
{
    QString error;
    const bool ok = NumberSegments::removeUserTable(&error);
    showCurrent(ok ? tr("The built-in table is used again.") : error);
    if (ok)
        Q_EMIT changed();
}

} // namespace mms
