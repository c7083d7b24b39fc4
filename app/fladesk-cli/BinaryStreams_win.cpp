#include "BinaryStreams.h"

#include <cstdio>
#include <fcntl.h> // portability-ok: the Windows C runtime's header of _O_BINARY
#include <io.h>

namespace fla::cli {

void useBinaryStandardStreams()
{
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

} // namespace fla::cli
