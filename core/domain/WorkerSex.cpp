#include "core/domain/WorkerSex.h"

namespace fla {

Ssin::Sex sexOf(const Worker &w)
{
    switch (w.sex) {
    case StatedSex::Male:
        return Ssin::Sex::Male;
    case StatedSex::Female:
        return Ssin::Sex::Female;
    case StatedSex::Unstated:
        break;
    }
    return Ssin::parse(w.ssin).sex();
}

} // namespace fla
