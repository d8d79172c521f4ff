#pragma once

#include "design/ContentRules.h"
#include "protocol/MmsTemplate.h"

#include <QList>
#include <QMap>
#include <QString>

namespace mms {

struct Problem
{
    enum Severity { Error, Warning };
    Severity severity = Error;
    QString code;    // stable id for tests and filters: "no-subject", "malformed-variable"…
    QString message; // for people, translated
    int frame = -1;  // 0-based; -1 when the whole template is meant
    int attachment = -1;
};

// Everything the designer shows live in its problems list: the manifest validation (errors that
// block a submit), malformed and missing variables, and the carriers' content rules (warnings).
class TemplateCheck
{
public:
    // values: the variables' sample values (or a recipient's), checked against the carriers'
    // limit on a variable's length.
    static QList<Problem> check(const MmsTemplate &tpl, const ContentRules &rules, const QMap<QString, QString> &values = {});
    static bool hasErrors(const QList<Problem> &problems);
    // Size of the SaveMmsModel request that would carry the template (attachments as hex).
    static qint64 encodedRequestBytes(const MmsTemplate &tpl);
};

} // namespace mms
