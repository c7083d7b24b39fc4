#include "ui/views/CompanyRecords.h"

#include "ui/app/Session.h"
#include "ui/data/DataSource.h"

namespace fla::ui {

DataSet companyRecords(const Session &session)
{
    const QUuid employer = session.employer();
    DataSource *src = session.source();
    DataSet company;
    if (const auto emp = session.currentEmployer())
        company.employers.append(*emp);
    company.workers = src->workers(employer);
    company.employments = src->employments(employer);
    company.trainings = src->trainings(employer);
    company.rights = src->rights(employer);
    for (const auto &t : std::as_const(company.trainings))
        company.participations += src->participantsOf(employer, t.uuid);
    return company;
}

} // namespace fla::ui
