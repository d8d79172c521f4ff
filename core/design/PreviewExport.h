#pragma once

#include "design/PreviewRenderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace mms {

// A preview to send for approval, by the file's suffix: FILE.png, the conversation view as one
// tall picture; FILE.mp4, the slideshow as a phone plays it (every frame for its duration with
// its picture, video, text and sound; H.264/AAC, 540×960, faststart), made with FFmpeg as a
// child process. Both carry the "预览" mark. Written beside the target and put in place at the
// end: a cancel or a failure leaves no file.
struct PreviewExportOptions
{
    QMap<QString, QString> values; // the variables' values (a sample, or a recipient's row)
    PreviewStyle style;
    QSize videoSize{540, 960};
};

struct PreviewExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 durationMs = 0; // of the video
};

PreviewExportResult exportPreview(const MmsTemplate &tpl, const QString &path, const PreviewExportOptions &options,
                                  const std::function<void(int permille)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

// exportPreview on a pool thread for the designer: progress and the result as signals on the
// thread that started it; cancel() stops FFmpeg and leaves no file.
class PreviewExportJob : public QObject
{
    Q_OBJECT
public:
    explicit PreviewExportJob(QObject *parent = nullptr);
    ~PreviewExportJob() override;
    bool isRunning() const { return m_running; }
    void start(const MmsTemplate &tpl, const QString &path, const PreviewExportOptions &options);
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int permille);
    void finished(const QString &path, const mms::PreviewExportResult &result);

private:
    QFutureWatcher<PreviewExportResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QString m_path;
};

} // namespace mms
