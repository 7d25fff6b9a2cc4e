#!/bin/sh
# Regenerates the screenshots of docs/user-guide.md from the real application (offscreen): on a
# 1920x1080 screen, and on a 1024x700 one (the smallest Casebook is made for) with "-1024x700" names.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${CASEBOOK_BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target casebook-screenshots
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/casebook-screenshots" docs/images 1920x1080
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/casebook-screenshots" docs/images 1024x700 -1024x700
# The main window, the editor and the score sheet in each of the six languages (1024x700, the
# smallest screen: where a longer translation would be cut first).
for lang in ar en es fr ru zh_CN; do
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/casebook-screenshots" docs/images/languages 1024x700 "-$lang" "$lang"
done
