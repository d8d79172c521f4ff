#include "import/SampleValues.h"

namespace mms {

namespace {
QStringList valuesOf(const FileSniff &sniff, int row)
{
    QStringList out;
    const QStringList cells = sniff.preview.value(row);
    for (int c = 0; c < cells.size(); ++c)
        if (c != sniff.mobileColumn)
            out << cells.at(c);
    return out;
}
} // namespace

QMap<QString, QString> sampleValues(const FileSniff &sniff, int row, const QStringList &variables)
{
    QMap<QString, QString> out;
    const QStringList values = valuesOf(sniff, row);
    for (int i = 0; i < variables.size() && i < values.size(); ++i)
        out.insert(variables.at(i), values.at(i));
    return out;
}

int longestSampleRow(const FileSniff &sniff, const QStringList &variables)
{
    int best = 0;
    qsizetype bestLength = -1;
    for (int r = 0; r < sniff.preview.size(); ++r) {
        const QStringList values = valuesOf(sniff, r);
        qsizetype length = 0;
        for (int i = 0; i < variables.size() && i < values.size(); ++i)
            length += values.at(i).size();
        if (length > bestLength) {
            bestLength = length;
            best = r;
        }
    }
    return best;
}

} // namespace mms
