#!/bin/sh
# Regenerates the screenshots of docs/user-guide.md from the real application (offscreen).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${CASEBOOK_BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target casebook-screenshots
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/casebook-screenshots" docs/images
