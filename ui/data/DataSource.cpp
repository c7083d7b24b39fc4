#include "ui/data/DataSource.h"

namespace fla::ui {

RecordKind kindOf(const AnyRecord &r)
{
    switch (r.index()) {
    case 0:
        return RecordKind::Employer;
    case 1:
        return RecordKind::Worker;
    case 2:
        return RecordKind::Employment;
    case 3:
        return RecordKind::Training;
    case 4:
        return RecordKind::Participation;
    default:
        return RecordKind::TrainingRight;
    }
}

QUuid uuidOf(const AnyRecord &r)
{
    return std::visit([](const auto &x) { return x.uuid; }, r);
}

QUuid employerOf(const AnyRecord &r)
{
    struct V
    {
        QUuid operator()(const Employer &e) const { return e.uuid; }
        QUuid operator()(const Worker &x) const { return x.employerUuid; }
        QUuid operator()(const Employment &x) const { return x.employerUuid; }
        QUuid operator()(const Training &x) const { return x.employerUuid; }
        QUuid operator()(const Participation &x) const { return x.employerUuid; }
        QUuid operator()(const TrainingRight &x) const { return x.employerUuid; }
    };
    return std::visit(V{}, r);
}

qint64 rowVersionOf(const AnyRecord &r)
{
    return std::visit([](const auto &x) { return x.rowVersion; }, r);
}

void setRowVersion(AnyRecord &r, qint64 version)
{
    std::visit([version](auto &x) { x.rowVersion = version; }, r);
}

} // namespace fla::ui
