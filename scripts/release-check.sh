#!/usr/bin/env bash
# Release check: from a clean clone of the committed state (HEAD) of this repository,
# builds Release, runs every test, builds the .deb, installs it into a clean root and starts
# it there (scripts/ci-package-test.sh), checks the MSI source with wixl
# (packaging/windows/check-msi-source.sh), and prints the packages' sizes and SHA-256
# checksums. The packages and SHA256SUMS land in build/release-check/ of this checkout.
#
# Usage: bash scripts/release-check.sh [--no-install-test] [--keep]
#   --no-install-test  skip the clean-root install (it downloads Debian packages, ~1.5 min)
#   --keep             keep the temporary clone and its build
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
install_test=1
keep=0
for arg in "$@"; do
    case "$arg" in
        --no-install-test) install_test=0 ;;
        --keep) keep=1 ;;
        *) echo "usage: $0 [--no-install-test] [--keep]" >&2; exit 2 ;;
    esac
done
started=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - started )) s)"; }

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    echo "note: uncommitted changes are not part of the check (it builds HEAD: $(git rev-parse --short HEAD))"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fladesk-release.XXXXXX")
cleanup() { if [ "$keep" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT

step "clean clone of $(git rev-parse --short HEAD)"
git clone --quiet --no-hardlinks "$repo" "$tmp/src"
cd "$tmp/src"
export PATH="/usr/lib/qt6/bin:$PATH" QT_QPA_PLATFORM=offscreen CCACHE_BASEDIR="$tmp/src"
version=$(sed -n 's/^project(FlaDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
echo "FLA Desk $version"

step "configure and build Release"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

step "all tests (Release)"
ctest --preset release -j "$(nproc)"

step "portability"
bash scripts/check-portability.sh

step "Linux package (.deb)"
if [ "$install_test" = 1 ]; then
    bash scripts/ci-package-test.sh build/release
else
    (cd build/release && cpack -G DEB)
fi

step "Windows installer source (wixl)"
bash packaging/windows/check-msi-source.sh build/release

step "packages"
out="$repo/build/release-check"
rm -rf "$out"
mkdir -p "$out"
cp build/release/packages/*.deb "$out/"
(cd "$out" && sha256sum -- * >SHA256SUMS)
printf '%-40s %12s  %s\n' "package" "bytes" "sha256"
for f in "$out"/*.deb; do
    printf '%-40s %12s  %s\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done
echo "(the MSI is built on Windows: .github/workflows/windows.yml)"
echo "release-check: FLA Desk $version OK in $(( $(date +%s) - started )) s; packages in $out"
