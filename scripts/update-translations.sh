#!/bin/sh
# Refreshes resources/translations/*.ts from the sources: new texts arrive unfinished, texts that are
# gone are dropped. The five translated languages take the window's texts (core, ui, app/gui; the
# command line speaks English); casebook_en.ts takes only the English plural forms, of the window and
# of the command line. Translate what is unfinished (Qt Linguist, or any editor), then run the
# `translations` test: ctest --test-dir build -R '^translations$'.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
dir=resources/translations
"$LUPDATE" -no-obsolete -locations none core ui app/gui \
    -ts "$dir/casebook_ar.ts" "$dir/casebook_es.ts" "$dir/casebook_fr.ts" "$dir/casebook_ru.ts" "$dir/casebook_zh_CN.ts"
"$LUPDATE" -pluralonly -no-obsolete -locations none core ui app -ts "$dir/casebook_en.ts"
