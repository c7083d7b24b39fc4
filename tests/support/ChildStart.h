#pragma once

class QProcess;

namespace fla::test {

// Starts the child process set up in `child` and waits until it runs. Under Wine
// CreateProcess now and then fails ("Internal error") for a program that starts
// the next time: a start that failed is tried again, up to `attempts` times, and
// each failure is logged with its reason. The tests that use it check what the
// child does once it runs, not how the system starts processes.
bool startChild(QProcess &child, int attempts = 3);

} // namespace fla::test
