#pragma once

#include <QByteArray>

namespace mms {

// How long a sound plays, read from its own frames (no decoder, no FFmpeg): MP3 (MPEG-1/2/2.5
// layer III, CBR or VBR, an ID3v2 tag skipped), AMR-NB and AMR-WB (20 ms a frame), and M4A/AAC
// (the MP4 movie header). -1 when the data is none of these. The bytes come from project files
// and drops: every read is bounds-checked (fuzz_templates reaches it through TemplateCheck).
qint64 audioDurationMs(const QByteArray &data);

} // namespace mms
