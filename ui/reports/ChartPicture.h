#pragma once

#include <QString>

class QChartView;

namespace mms {

// A chart as a PNG for a slide: drawn at twice its size on screen, on white, so it stays sharp.
bool saveChartPicture(QChartView *chart, const QString &path);

} // namespace mms
