#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// FFmpeg from Debian, run as child processes (`ffprobe`, `ffmpeg`): a crash or a hostile file
// cannot take the studio down, cancel is a kill, and progress comes from `-progress`.
// Blocking calls: use them off the GUI thread.
namespace mms::ffmpeg {

// The program's path: $MMS_FFMPEG_DIR/name, else found on PATH; empty when missing.
QString program(const QString &name);
bool available();

struct Facts
{
    qint64 durationMs = -1;
    int width = 0;
    int height = 0;
    bool hasVideo = false;
    bool hasAudio = false;
    QString videoCodec;
    QString audioCodec;
    int frames = 0; // for images and GIFs, when known
};

std::optional<Facts> probe(const QString &path, QString *error);
// "-i PATH" for a template's media, with FFmpeg held to local files and to the demuxers of the
// formats a template may hold: a "video" that is really an HLS playlist or a concat list must
// not pull other files of this computer into the template.
QStringList inputArgs(const QString &path);

// Runs ffmpeg with args (input and output included). onProgress gets the position reached in
// the output, in ms. Returns false with *error on failure, or when *cancel becomes true (the
// process is killed; the caller removes the output).
bool run(const QStringList &args, const std::function<void(qint64)> &onProgress,
         const std::atomic<bool> *cancel, QString *error);

} // namespace mms::ffmpeg
