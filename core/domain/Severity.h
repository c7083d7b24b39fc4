#pragma once

namespace fla {

// How much a finding matters; the platform's own habit (Dimona): a blocking
// anomaly refuses the record, a warning accepts it with a remark.
enum class Severity
{
    Information,
    Warning,
    Blocking
};

inline const char *severityName(Severity s)
{
    switch (s) {
    case Severity::Information:
        return "information";
    case Severity::Warning:
        return "warning";
    case Severity::Blocking:
        return "blocking";
    }
    return "information";
}

} // namespace fla
