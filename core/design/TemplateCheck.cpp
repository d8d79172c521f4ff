#include "design/TemplateCheck.h"

#include "design/AudioDuration.h"

#include "design/MediaProbe.h"
#include "design/Placeholders.h"
#include "design/TemplateFitter.h"
#include "manifest/TemplateManifest.h"
#include "protocol/Carriers.h"
#include "protocol/Encoding.h"
#include "protocol/Requests.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace mms {
namespace {
QString kb(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString where(int frame)
{
    return QCoreApplication::translate("mms::TemplateCheck", "Frame %1").arg(frame + 1);
}

void structural(const MmsTemplate &tpl, const ContentRules &rules, QList<Problem> &out)
{
    if (tpl.subject.trimmed().isEmpty())
        out.append({Problem::Error, u"no-subject"_s, QCoreApplication::translate("mms::TemplateCheck", "The template has no subject."), -1, -1});
    if (tpl.frames.isEmpty())
        out.append({Problem::Error, u"no-frames"_s, QCoreApplication::translate("mms::TemplateCheck", "The template has no frames: drop a file on the storyboard or add a frame."), -1, -1});
    QHash<QString, QByteArray> byName;
    for (int f = 0; f < tpl.frames.size(); ++f) {
        const Frame &fr = tpl.frames.at(f);
        if (fr.durationMs <= 0)
            out.append({Problem::Error, u"no-duration"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: the duration must be a positive number of milliseconds.").arg(where(f)), f, -1});
        if (fr.attachments.isEmpty())
            out.append({Problem::Error, u"empty-frame"_s, QCoreApplication::translate("mms::TemplateCheck", "%1 has nothing to show: add a text, an image or a video.").arg(where(f)), f, -1});
        for (int a = 0; a < fr.attachments.size(); ++a) {
            const Attachment &att = fr.attachments.at(a);
            if (att.kind() == MediaKind::Unsupported)
                out.append({Problem::Error, u"unsupported"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 has an unsupported type.").arg(where(f), att.fileName), f, a});
            if (att.data.isEmpty())
                out.append({Problem::Error, u"empty-file"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 is empty.").arg(where(f), att.fileName), f, a});
            if (att.kind() == MediaKind::Text && !encoding::isValidUtf8(att.data))
                out.append({Problem::Error, u"not-utf8"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 is not UTF-8 text.").arg(where(f), att.fileName), f, a});
            const auto seen = byName.constFind(att.fileName);
            if (seen != byName.constEnd() && *seen != att.data)
                out.append({Problem::Error, u"duplicate-name"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: another attachment is also named %2; rename one.").arg(where(f), att.fileName), f, a});
            byName.insert(att.fileName, att.data);
        }
    }
    const qint64 bytes = tpl.mediaBytes();
    if (bytes > rules.mediaMaxBytes) {
        out.append({Problem::Error, u"too-large"_s, QCoreApplication::translate("mms::TemplateCheck", "The media add up to %1, over the limit of %2: \"Fit to budget\" shrinks them.").arg(kb(bytes), kb(rules.mediaMaxBytes)), -1, -1});
        // Name the items that take more than their share.
        for (const TemplateFitter::Share &s : TemplateFitter::overShare(tpl, rules.mediaMaxBytes)) {
            const Attachment &a = tpl.frames.at(s.frame).attachments.at(s.attachment);
            out.append({Problem::Error, u"over-share"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 is %3; its share of the budget is about %4.").arg(where(s.frame), a.fileName, kb(a.data.size()), kb(s.budget)),
                        s.frame, s.attachment});
        }
    }
}

void variables(const MmsTemplate &tpl, QList<Problem> &out)
{
    for (const MalformedPlaceholder &m : placeholders::malformed(tpl)) {
        out.append({Problem::Error, u"malformed-variable"_s,
                    QCoreApplication::translate("mms::TemplateCheck", "%1: \"%2\" is not a variable the platform fills in (names are case-sensitive); write %3.")
                        .arg(where(m.frame), m.found, m.suggestion),
                    m.frame, m.attachment});
    }
    for (const QString &gap : placeholders::gaps(tpl.variables())) {
        out.append({Problem::Warning, u"variable-gap"_s,
                    QCoreApplication::translate("mms::TemplateCheck", "${%1} is never used although higher numbers are; recipients' files must still give a column for it.").arg(gap),
                    -1, -1});
    }
}

void carrierRules(const MmsTemplate &tpl, const ContentRules &rules, QList<Problem> &out)
{
    const qint64 bytes = tpl.mediaBytes();
    if (bytes > 0 && bytes < rules.mediaMinBytes)
        out.append({Problem::Warning, u"rule-min-size"_s, QCoreApplication::translate("mms::TemplateCheck", "Some providers ask for more than %1 of media; this template has %2.").arg(kb(rules.mediaMinBytes), kb(bytes)), -1, -1});
    if (rules.maxFrames > 0 && tpl.frames.size() > rules.maxFrames)
        out.append({Problem::Warning, u"rule-frames"_s, QCoreApplication::translate("mms::TemplateCheck", "%1 frames; carriers publish a limit of %2.").arg(tpl.frames.size()).arg(rules.maxFrames), -1, -1});
    bool hasText = false, hasVisual = false;
    int videos = 0;
    QString allText;
    for (int f = 0; f < tpl.frames.size(); ++f) {
        const QList<Attachment> &atts = tpl.frames.at(f).attachments;
        for (int a = 0; a < atts.size(); ++a) {
            const Attachment &att = atts.at(a);
            const QString ext = QFileInfo(att.fileName).suffix().toLower();
            switch (att.kind()) {
            case MediaKind::Text: {
                hasText = true;
                const QString text = QString::fromUtf8(att.data);
                allText += text + u'\n';
                for (const QString &bad : rules.forbiddenText) {
                    if (!bad.isEmpty() && text.contains(bad)) {
                        out.append({Problem::Warning, u"rule-brackets"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 contains %3, which carriers reserve for the signature.").arg(where(f), att.fileName, bad), f, a});
                        break;
                    }
                }
                break;
            }
            case MediaKind::Image:
                hasVisual = true;
                if (!rules.imageFormats.isEmpty() && !rules.imageFormats.contains(ext))
                    out.append({Problem::Warning, u"rule-image-format"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: carriers accept images as %2.").arg(where(f), rules.imageFormats.join(u"/"_s)), f, a});
                break;
            case MediaKind::Video:
                hasVisual = true;
                ++videos;
                if (!rules.videoFormats.isEmpty() && !rules.videoFormats.contains(ext))
                    out.append({Problem::Warning, u"rule-video-format"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 should be MP4 (H.264) for the carriers.").arg(where(f), att.fileName), f, a});
                else if (!rules.videoCodec.isEmpty() && !att.data.contains(rules.videoCodec.toLatin1()))
                    out.append({Problem::Warning, u"rule-video-codec"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: %2 does not look like H.264 video; carriers may refuse it.").arg(where(f), att.fileName), f, a});
                if (const qint64 length = MediaProbe::mp4DurationMs(att.data); length > 0 && length > tpl.frames.at(f).durationMs + 100)
                    out.append({Problem::Warning, u"video-longer-than-frame"_s,
                                QCoreApplication::translate("mms::TemplateCheck", "%1: %2 plays %3 s but the frame lasts %4 s; the end is cut (\"Fit to video\" sets the duration).")
                                    .arg(where(f), att.fileName, QString::number(length / 1000.0, 'f', 1),
                                         QString::number(tpl.frames.at(f).durationMs / 1000.0, 'f', 1)),
                                f, a});
                break;
            case MediaKind::Audio:
                if (!rules.audioFormats.isEmpty() && !rules.audioFormats.contains(ext))
                    out.append({Problem::Warning, u"rule-audio-format"_s, QCoreApplication::translate("mms::TemplateCheck", "%1: carriers accept audio as %2.").arg(where(f), rules.audioFormats.join(u"/"_s).toUpper()), f, a});
                if (const qint64 length = audioDurationMs(att.data); length > 0 && length > tpl.frames.at(f).durationMs + 100)
                    out.append({Problem::Warning, u"audio-longer-than-frame"_s,
                                QCoreApplication::translate("mms::TemplateCheck", "%1: %2 plays %3 s but the frame lasts %4 s; the sound is cut (\"Fit to audio\" sets the duration).")
                                    .arg(where(f), att.fileName, QString::number(length / 1000.0, 'f', 1),
                                         QString::number(tpl.frames.at(f).durationMs / 1000.0, 'f', 1)),
                                f, a});
                break;
            case MediaKind::Unsupported:
                break;
            }
        }
    }
    if (rules.maxVideos > 0 && videos > rules.maxVideos)
        out.append({Problem::Warning, u"rule-videos"_s, QCoreApplication::translate("mms::TemplateCheck", "%1 videos; carriers accept only %2 per template.").arg(videos).arg(rules.maxVideos), -1, -1});
    if (rules.requireTextAndMedia && !tpl.frames.isEmpty() && (!hasText || !hasVisual))
        out.append({Problem::Warning, u"rule-mix"_s, QCoreApplication::translate("mms::TemplateCheck", "Carriers want text together with at least one image or video, not one kind only."), -1, -1});
    if (!rules.optOutPattern.isEmpty() && !rules.optOutCarriers.isEmpty() && !tpl.frames.isEmpty()) {
        const QRegularExpression re(rules.optOutPattern);
        if (re.isValid() && !re.match(allText).hasMatch()) {
            QStringList names;
            for (int c : rules.optOutCarriers)
                names << Carriers::name(c);
            out.append({Problem::Warning, u"rule-opt-out"_s, QCoreApplication::translate("mms::TemplateCheck", "No opt-out line (such as 拒收请回复R): %1 require one.").arg(names.join(u"、"_s)), -1, -1});
        }
    }
}
} // namespace

QList<Problem> TemplateCheck::check(const MmsTemplate &tpl, const ContentRules &rules, const QMap<QString, QString> &values)
{
    QList<Problem> out;
    structural(tpl, rules, out);
    variables(tpl, out);
    // A value longer than the carriers allow a variable is refused by them at send time.
    if (rules.variableMaxChars > 0) {
        for (const QString &name : tpl.variables()) {
            const QString v = values.value(name);
            if (v.size() > rules.variableMaxChars)
                out.append({Problem::Warning, u"value-too-long"_s,
                            QCoreApplication::translate("mms::TemplateCheck",
                                                        "The value of %1 (\"%2\") has %3 characters: the carriers allow a variable at most %4.")
                                .arg(u"${"_s + name + u"}"_s, v.left(30), QString::number(v.size()), QString::number(rules.variableMaxChars))});
        }
    }
    carrierRules(tpl, rules, out);
    return out;
}

bool TemplateCheck::hasErrors(const QList<Problem> &problems)
{
    for (const Problem &p : problems) {
        if (p.severity == Problem::Error)
            return true;
    }
    return false;
}

qint64 TemplateCheck::encodedRequestBytes(const MmsTemplate &tpl)
{
    // Checked after every edit: build the request around 1-byte stand-ins and add what hex makes
    // of the real bytes (two characters each), rather than hex-encoding megabytes each time.
    Account probe;
    probe.userid = u"0"_s;
    probe.username = u"user"_s;
    probe.password = u"password"_s;
    MmsTemplate t = tpl;
    if (t.subject.isEmpty())
        t.subject = u"-"_s;
    if (t.frames.isEmpty())
        return 0;
    qint64 extra = 0;
    for (Frame &f : t.frames) {
        f.durationMs = qMax(1, f.durationMs);
        if (f.attachments.isEmpty())
            f.attachments.append({u"-.txt"_s, QByteArray(" ")});
        for (Attachment &a : f.attachments) {
            extra += 2 * (qMax<qint64>(1, a.data.size()) - 1);
            a.data = QByteArray("0");
        }
    }
    QString error;
    if (const auto body = requests::saveMmsModel(probe, t, AttachmentEncoding::Hex16, &error))
        return body->size() + extra;
    return tpl.mediaBytes() * 2; // hex doubles every byte
}

} // namespace mms
