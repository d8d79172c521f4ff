#include "design/Placeholders.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace mms::placeholders {

QList<PlaceholderUse> uses(const MmsTemplate &tpl)
{
    QList<PlaceholderUse> out;
    for (int f = 0; f < tpl.frames.size(); ++f) {
        const QList<Attachment> &atts = tpl.frames.at(f).attachments;
        for (int a = 0; a < atts.size(); ++a) {
            if (atts.at(a).kind() != MediaKind::Text)
                continue;
            for (const QString &name : variablesInText(QString::fromUtf8(atts.at(a).data)))
                out.append({name, f, a});
        }
    }
    return out;
}

QList<MalformedPlaceholder> malformed(const QString &text)
{
    // Anything made of $, braces and a word "text" with a number, in any case and spacing.
    // Well-formed ${TextN} (N >= 1) matches too and is skipped below.
    static const QRegularExpression re(u"(\\$?)(\\{?)\\s*([Tt][Ee][Xx][Tt])\\s*([0-9]+)(\\s*\\})?"_s);
    QList<MalformedPlaceholder> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool dollar = !m.captured(1).isEmpty();
        const bool open = !m.captured(2).isEmpty();
        // Plain words such as "text 2" or "Text1" without $ or braces are ordinary prose.
        if (!dollar && !open)
            continue;
        const QString number = m.captured(4);
        const QString suggestion = u"${Text"_s + QString::number(qMax(1, number.toInt())) + u'}';
        if (m.captured(0) == u"${Text"_s + number + u'}' && number.toInt() >= 1 && !number.startsWith(u'0'))
            continue;
        out.append({m.captured(0), suggestion, int(m.capturedStart(0)), -1, -1});
    }
    return out;
}

QList<MalformedPlaceholder> malformed(const MmsTemplate &tpl)
{
    QList<MalformedPlaceholder> out;
    for (int f = 0; f < tpl.frames.size(); ++f) {
        const QList<Attachment> &atts = tpl.frames.at(f).attachments;
        for (int a = 0; a < atts.size(); ++a) {
            if (atts.at(a).kind() != MediaKind::Text)
                continue;
            for (MalformedPlaceholder m : malformed(QString::fromUtf8(atts.at(a).data))) {
                m.frame = f;
                m.attachment = a;
                out.append(m);
            }
        }
    }
    return out;
}

QStringList gaps(const QStringList &names)
{
    QSet<int> used;
    int highest = 0;
    for (const QString &n : names) {
        const int i = n.mid(4).toInt();
        used.insert(i);
        highest = qMax(highest, i);
    }
    QStringList out;
    for (int i = 1; i < highest; ++i) {
        if (!used.contains(i))
            out << u"Text"_s + QString::number(i);
    }
    return out;
}

QString nextFree(const QStringList &names)
{
    for (int i = 1;; ++i) {
        const QString name = u"Text"_s + QString::number(i);
        if (!names.contains(name))
            return name;
    }
}

QString substitute(const QString &text, const QMap<QString, QString> &samples)
{
    static const QRegularExpression re(u"\\$\\{(Text[1-9][0-9]*)\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        const auto s = samples.constFind(m.captured(1));
        out += (s != samples.constEnd() && !s->isEmpty()) ? *s : m.captured(0);
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace mms::placeholders
