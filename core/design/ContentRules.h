#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mms {

// The carriers' published content rules (CARRIER-RULES.md), kept as data so that they can be
// updated without a new release: the built-in copy is core/data/content-rules.json, and a
// content-rules.json in the user's data folder replaces it.
struct ContentRules
{
    qint64 mediaMaxBytes = 1900 * 1024;
    qint64 mediaMinBytes = 660 * 1024;
    int maxFrames = 9;
    int maxVideos = 1;
    QStringList imageFormats;
    QStringList videoFormats;
    QString videoCodec; // a box name found in H.264 mp4 files: "avc1"
    QStringList audioFormats;
    bool requireTextAndMedia = true;
    QStringList forbiddenText;
    QList<int> optOutCarriers; // 1 移动, 2 联通, 3 电信
    QString optOutPattern;     // a regular expression
    int variableMaxChars = 0;  // a variable's value at most this long (Aliyun: 20); 0: no limit

    static ContentRules builtIn();
    // The user's copy if there is a valid one, else the built-in rules.
    static ContentRules load();
    static ContentRules fromJson(const QByteArray &json, bool *ok = nullptr);
};

} // namespace mms
