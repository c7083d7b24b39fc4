#!/usr/bin/env bash
# Keeps the sources portable to the Windows build (which cannot be built on this Debian
# machine). Fails when
#   1. a POSIX/Linux-only header (unistd.h, sys/*.h, fcntl.h, signal.h, pthread.h, dlfcn.h, ...)
#      or call (fork, kill, waitpid, setenv, SIGKILL, ...) appears outside a platform file,
#      or a Windows-only header (windows.h, io.h, ...) outside a Windows platform file;
#   2. a POSIX platform file has no Windows counterpart (or the other way round);
#   3. a path has a hard-coded '\\' separator or a drive letter, or production code names a
#      Unix-only folder (/tmp, /home, /proc, ...). Paths joined by hand with '/' only warn
#      (Qt accepts '/' on Windows; QDir(dir).filePath(name) is still the clearer way).
#
# Platform files are named for their platform, beside each other:
#     Foo_unix.cpp / Foo_posix.cpp / Foo_linux.cpp   <->   Foo_win.cpp
# (same for .h). In tests/ and bench/ a platform file without a counterpart is only a
# warning (a test helper may exist for one platform; guard its use in CMake).
# A line that is right as it is (a URL path, not a file path) can say so with a comment
# `// portability-ok: <reason>`.
#
# Usage: bash scripts/check-portability.sh [files or folders...]   (default: the C++ tree)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os
import re
import sys

ROOTS = ["app", "core", "ui", "sandbox", "tests", "bench"]
EXTS = (".cpp", ".cc", ".cxx", ".h", ".hpp")
POSIX_SUFFIXES = ("_unix", "_posix", "_linux")
WIN_SUFFIXES = ("_win", "_windows")
LENIENT_ROOTS = ("tests/", "bench/")
WAIVER = "portability-ok"

POSIX_HEADERS = re.compile(
    r"#\s*include\s*<\s*("
    r"unistd\.h|fcntl\.h|signal\.h|pthread\.h|dlfcn\.h|termios\.h|pwd\.h|grp\.h|dirent\.h|"
    r"poll\.h|syslog\.h|spawn\.h|sched\.h|semaphore\.h|mqueue\.h|netdb\.h|ifaddrs\.h|"
    r"execinfo\.h|ucontext\.h|libgen\.h|glob\.h|fnmatch\.h|wordexp\.h|utmp\.h|utmpx\.h|"
    r"sys/[^>]+|linux/[^>]+|netinet/[^>]+|arpa/[^>]+|asm/[^>]+|bits/[^>]+"
    r")\s*>")
WIN_HEADERS = re.compile(
    r"#\s*include\s*<\s*("
    r"windows\.h|winsock2?\.h|ws2tcpip\.h|io\.h|direct\.h|process\.h|shlobj\.h|shellapi\.h|"
    r"wincrypt\.h|dpapi\.h|bcrypt\.h|tlhelp32\.h|psapi\.h|conio\.h|winbase\.h|winreg\.h"
    r")\s*>", re.IGNORECASE)
POSIX_CALLS = re.compile(
    r"(?:\b(\w+)\s*|(::|\.|->)\s*)?\b("
    r"kill|fork|vfork|execv|execve|execvp|execl|execlp|execle|waitpid|wait3|wait4|setsid|"
    r"getuid|geteuid|getgid|getegid|getppid|getpwuid|getpwnam|setenv|unsetenv|mkstemp|mkdtemp|"
    r"realpath|symlink|readlink|usleep|nanosleep|sigaction|sigprocmask|dlopen|dlsym|dlclose|"
    r"pthread_create|pthread_join|pthread_kill|fsync|fdatasync|flock|ftruncate|mmap|munmap|"
    r"isatty|posix_spawn|alarm|pipe|dup2|fcntl|chown|lstat|getrlimit|setrlimit"
    r")\s*\(")
CALL_KEYWORDS = {"return", "else", "case", "do", "co_return", "throw"}


def posix_call(line):
    """The POSIX function called on this line, if any. A member call (x.kill(), p->kill()),
    a qualified name (QProcess::kill) or a declaration (void kill();) is not one."""
    for m in POSIX_CALLS.finditer(line):
        word, op, name = m.group(1), m.group(2), m.group(3)
        if op in (".", "->"):
            continue
        if op == "::":
            before = line[: m.start(2)].rstrip()
            if before and (before[-1].isalnum() or before[-1] in "_>"):
                continue  # Qualified: Foo::kill, std::signal
            return name  # ::kill(...) is the global POSIX call
        if word and word not in CALL_KEYWORDS:
            continue  # a declaration such as `void kill()` or `bool pipe(...)`
        return name
    return None


POSIX_TOKENS = re.compile(
    r"\b(SIGKILL|SIGSTOP|SIGHUP|SIGUSR1|SIGUSR2|SIGCHLD|SIGPIPE|SIGQUIT|SIGALRM|SIGCONT|"
    r"SIGTSTP|O_CLOEXEC|O_NOFOLLOW|O_DIRECTORY|S_IRUSR|S_IWUSR|S_IXUSR|RTLD_\w+|WNOHANG|"
    r"STDIN_FILENO|STDOUT_FILENO|STDERR_FILENO)\b")
# Paths: Qt's '/' works everywhere, so '/' in a settings key or a URL is fine; but a '\\'
# separator or an absolute folder of one OS never works on the other, and a folder joined
# by hand (dir + "/" + name) is what QDir(dir).filePath(name) is for.
# Each rule: pattern, what it is, and whether it fails the check ("error"), only warns
# ("warn": Qt turns '/' into '\\' on Windows, so a hand-joined path still works there), or
# fails in production code and warns in tests/ and bench/ ("error-in-product").
PATH_RULES = [
    (re.compile(r"\"[A-Za-z]:\\\\"), "a Windows drive path", "error"),
    (re.compile(r"(QLatin1Char|QChar)\s*\(\s*'\\\\'\s*\)|'\\\\'\s*[%+]|[%+]\s*'\\\\'"),
     "a hard-coded '\\\\' separator", "error"),
    (re.compile(r"(QStringLiteral|QLatin1String|QLatin1StringView|u)\s*\(\s*\"\\\\\"\s*\)|"
                r"[%+]\s*\"\\\\\"|\"\\\\\"\s*[%+]"),
     "a hard-coded \"\\\\\" separator", "error"),
    (re.compile(r"\b\w*(dir|path|folder|Dir|Path|Folder|DIR|PATH)(\(\))?\s*[%+]\s*"
                r"(QLatin1Char\s*\(\s*'/'|QChar\s*\(\s*'/'|u?'/'|"
                r"(QStringLiteral|QLatin1String|QLatin1StringView)\s*\(\s*\"/|u?\"/)"),
     "a file path joined with a hard-coded '/' (QDir(dir).filePath(name) says what is meant)", "warn"),
    (re.compile(r"\"(/tmp|/home|/usr|/etc|/var|/opt|/proc|/dev/shm|/run/user|~/)(/|\")"),
     "a Unix-only absolute folder (use QStandardPaths or QTemporaryDir)", "error-in-product"),
]


def strip_comments_and_strings(text, keep_strings):
    """Blanks out comments (and string/char literals unless keep_strings), keeping lines."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            k = text.find("(", i)
            delim = text[i + 2:k]
            j = text.find(")" + delim + '"', k)
            j = n if j < 0 else j + len(delim) + 2
            seg = text[i:j]
            out.append(seg if keep_strings else "".join(ch if ch == "\n" else " " for ch in seg))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            seg = text[i:j]
            out.append(seg if keep_strings else c + " " * max(0, len(seg) - 2) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def platform_of(path):
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem.endswith(POSIX_SUFFIXES):
        return "posix"
    if stem.endswith(WIN_SUFFIXES):
        return "win"
    return None


def counterparts(path):
    d, base = os.path.split(path)
    stem, ext = os.path.splitext(base)
    for suf in POSIX_SUFFIXES + WIN_SUFFIXES:
        if stem.endswith(suf):
            core = stem[: -len(suf)]
            break
    wanted = WIN_SUFFIXES if platform_of(path) == "posix" else POSIX_SUFFIXES
    return core, [os.path.join(d, core + s + ext) for s in wanted]


def files(args):
    targets = args or [r for r in ROOTS if os.path.isdir(r)]
    for t in targets:
        if os.path.isfile(t):
            yield os.path.normpath(t)
            continue
        for dirpath, dirnames, filenames in os.walk(t):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(("build", ".")))
            for f in sorted(filenames):
                if f.endswith(EXTS):
                    yield os.path.normpath(os.path.join(dirpath, f))


errors, warnings, checked = [], [], 0
for path in files(sys.argv[1:]):
    checked += 1
    rel = os.path.relpath(path).replace(os.sep, "/")
    lenient = rel.startswith(LENIENT_ROOTS) or any(f"/{r}" in "/" + rel for r in LENIENT_ROOTS)
    try:
        raw = open(path, encoding="utf-8", errors="replace").read()
    except OSError as e:
        errors.append(f"{path}: cannot read: {e}")
        continue
    plat = platform_of(path)
    code = strip_comments_and_strings(raw, keep_strings=False).splitlines()
    with_strings = strip_comments_and_strings(raw, keep_strings=True).splitlines()
    raw_lines = raw.splitlines()
    stem, ext = os.path.splitext(os.path.basename(path))
    for no, (line, sline, rline) in enumerate(zip(code, with_strings, raw_lines), 1):
        if WAIVER in rline:
            continue
        where = f"{path}:{no}"
        if plat != "posix":
            m = POSIX_HEADERS.search(sline)
            what = f"POSIX/Linux-only header <{m.group(1)}>" if m else None
            if not what:
                call = posix_call(line)
                what = f"POSIX-only call {call}()" if call else None
            if not what:
                m = POSIX_TOKENS.search(line)
                what = f"POSIX-only name {m.group(1)}" if m else None
            if what:
                pair = (f"(in tests/ and bench/ the {stem}_win{ext} counterpart is optional: build the "
                        f"file only if(UNIX) in CMake)" if lenient else
                        f"and add a {stem}_win{ext} counterpart")
                errors.append(f"{where}: {what} outside a platform file. Rename {os.path.basename(path)} to "
                              f"{stem}_unix{ext} {pair} (or move just this part into such a file), or use "
                              f"Qt's portable API (QProcess::kill, qputenv, QSaveFile, QThread::msleep...).")
                continue
        if plat != "win":
            m = WIN_HEADERS.search(sline)
            if m:
                errors.append(f"{where}: Windows-only header <{m.group(1)}> outside a platform file. "
                              f"Rename {os.path.basename(path)} to {stem}_win{ext} and add a {stem}_unix{ext} "
                              f"counterpart (or move just this part into such a pair).")
                continue
        for rx, what, severity in PATH_RULES:
            if rx.search(sline):
                msg = (f"{where}: {what}. Build paths with QDir/QStandardPaths "
                       f"(or mark a line that is right as it is with `// {WAIVER}: <reason>`).")
                fatal = severity == "error" or (severity == "error-in-product" and not lenient)
                (errors if fatal else warnings).append(msg)
                break
    if plat:
        core, wanted = counterparts(path)
        if not any(os.path.exists(w) for w in wanted):
            msg = (f"{path}: {plat} platform file without a counterpart: add "
                   f"{os.path.basename(wanted[0])} beside it")
            (warnings if lenient else errors).append(msg + ("" if not lenient else
                                                            " (tests/bench: warning only; build it on that platform only)"))

for w in warnings:
    print(f"warning: {w}")
for e in errors:
    print(f"error: {e}")
print(f"check-portability: {checked} files, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
PY
