#include "BinaryStreams.h"

namespace fla::cli {

// POSIX streams do not translate line ends.
void useBinaryStandardStreams() {}

} // namespace fla::cli
