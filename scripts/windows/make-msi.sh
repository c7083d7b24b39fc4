#!/usr/bin/env bash
# The real MSI, built with wixl from a staged Windows build (scripts/windows/stage.sh) and the
# MSI settings CPack would use (packaging/windows/WixSettings.cmake, cpack-options.cmake):
# per user (no administrator rights: %LOCALAPPDATA%\Programs\FLA Desk) and per machine.
#   scripts/windows/make-msi.sh BUILD_DIR STAGE_DIR   -> BUILD_DIR/FLA-Desk-<version>-win64[-per-user].msi
set -euo pipefail
build=$1 stage=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
here=$src/packaging/windows
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for scope in perUser perMachine; do
  FLADESK_MSI_SCOPE="$scope" cmake -DCPACK_CONFIG="$build/CPackConfig.cmake" -DOUT="$work/settings-$scope.txt" \
    -P "$here/dump-wix-settings.cmake"
  name=$(sed -n 's/^CPACK_PACKAGE_FILE_NAME=//p' "$work/settings-$scope.txt")
  python3 "$here/wixl_check.py" --settings "$work/settings-$scope.txt" --contents "$here/msi-contents.txt" \
    --licenses "$src/packaging/licenses" --license-file "$src/LICENSE" --patch "$here/wix-patch.xml" \
    --work "$work/$scope" --scope "$scope" --files "$stage" --out "$build/$name.msi"
  echo "make-msi: $build/$name.msi ($(du -h "$build/$name.msi" | cut -f1))"
done
