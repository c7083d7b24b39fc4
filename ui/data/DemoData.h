#pragma once

#include "core/dataset/DataSet.h"

#include <QDate>
#include <QStringList>

namespace fla::ui {

// What the demo workspace holds: the generator's clean set (every record
// accepted by the platform), its companies renumbered so that the built-in
// sandbox's identities have a mandate for the first two (Chloé Dubois for
// both, An Peeters for the first, Bram Janssens for the second) and nobody for
// the third, plus one record the platform refuses: in the first company, a
// participation of a worker hired after the training (PF-003, on the INSZ).
struct DemoWorkspaceSet
{
    DataSet set;
    QUuid refusedParticipation; // the record the platform refuses
    QUuid refusedWorker;
};
// The set is the same on every day it is made: its dates are laid out around
// demoReferenceDate(), not today, so the demo and the tests over it never
// depend on the day they run.
DemoWorkspaceSet demoWorkspaceSet(int participations = 1200);
QDate demoReferenceDate();

// The enterprise numbers of the demo companies, in the order of their names;
// the last one has no mandate on the sandbox.
QStringList demoEnterpriseNumbers();

} // namespace fla::ui
