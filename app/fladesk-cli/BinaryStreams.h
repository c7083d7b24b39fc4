#pragma once

namespace fla::cli {

// Standard output and error carry exactly the bytes the commands write: lines end in
// "\n" on every platform (Windows' C runtime would write "\r\n"), so that
// `fladesk-cli rules --markdown > docs/anomalies.md`, TSV and JSON lines are the same files
// everywhere.
void useBinaryStandardStreams();

} // namespace fla::cli
