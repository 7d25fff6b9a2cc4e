#!/bin/sh
# Builds the packages from a configured and built tree and checks the DEB:
#   scripts/package.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR defaults to build/; OUT_DIR (default: a temporary folder, removed at the end) receives
# the DEB and the TGZ. The DEB must hold both programs, the desktop file, the icon (SVG and every
# PNG size), the MIME type and the AppStream metadata; desktop-file-validate, appstreamcli and
# update-mime-database must accept them, and both programs must report the package's version.
# Run by `scripts/dev.sh package` and by the `package_check` test.
set -eu

BUILD_DIR=${1:-build}
OUT_DIR=${2:-}
if [ -z "$OUT_DIR" ]; then
    OUT_DIR=$(mktemp -d)
    trap 'rm -rf "$OUT_DIR"' EXIT
fi
mkdir -p "$OUT_DIR"
PROBLEMS=0

fail() {
    echo "package: $*" >&2
    PROBLEMS=$((PROBLEMS + 1))
}

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "package: $1 is missing: install the Debian package $2 (scripts/dev.sh test installs it)" >&2
    exit 1
}

need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need file file
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info

cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT_DIR" -G "DEB;TGZ" >"$OUT_DIR/cpack.log" 2>&1 || {
    cat "$OUT_DIR/cpack.log" >&2
    echo "package: cpack failed" >&2
    exit 1
}
DEB=$(ls "$OUT_DIR"/casebook_*.deb)
TGZ=$(ls "$OUT_DIR"/casebook-*.tar.gz)
VERSION=$(dpkg-deb -f "$DEB" Version)
echo "package: $(basename "$DEB") and $(basename "$TGZ"), version $VERSION"

# What the DEB holds.
dpkg-deb -c "$DEB" | awk '{print $NF}' >"$OUT_DIR/contents.txt"
ICONS="./usr/share/icons/hicolor/scalable/apps/casebook.svg"
for size in 16 22 24 32 48 64 128 256; do
    ICONS="$ICONS ./usr/share/icons/hicolor/${size}x${size}/apps/casebook.png"
done
for path in ./usr/bin/casebook ./usr/bin/casebook-cli ./usr/share/applications/casebook.desktop \
    ./usr/share/mime/packages/casebook.xml $ICONS; do
    grep -qx "$path" "$OUT_DIR/contents.txt" || fail "the DEB lacks $path"
done
grep -q '^\./usr/share/metainfo/.*\.metainfo\.xml$' "$OUT_DIR/contents.txt" || fail "the DEB lacks the AppStream metainfo"
tar -tzf "$TGZ" | grep -q '/bin/casebook-cli$' || fail "the TGZ lacks bin/casebook-cli"

# Dependencies: Qt's libraries found by dpkg-shlibdeps, the plugins named by hand.
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6 libquazip1-qt6; do
    echo "$DEPENDS" | grep -q "$dep" || fail "Depends lacks $dep: $DEPENDS"
done
dpkg-deb -f "$DEB" Recommends | grep -q libqt6sql6-psql || fail "Recommends lacks libqt6sql6-psql (sync)"

# The installed files pass the freedesktop.org validators.
ROOT="$OUT_DIR/root"
dpkg-deb -x "$DEB" "$ROOT"
desktop-file-validate "$ROOT/usr/share/applications/casebook.desktop" || fail "desktop-file-validate refused casebook.desktop"
appstreamcli validate --no-net --explain "$ROOT"/usr/share/metainfo/*.metainfo.xml || fail "appstreamcli refused the metainfo"
appstreamcli validate-tree --no-net "$ROOT" || fail "appstreamcli refused the installed tree"

# The MIME type compiles, is the one the desktop file opens, and claims *.casebook.
mkdir -p "$OUT_DIR/mime/packages"
cp "$ROOT/usr/share/mime/packages/casebook.xml" "$OUT_DIR/mime/packages/"
if XDG_DATA_HOME="$OUT_DIR" XDG_DATA_DIRS="$OUT_DIR" update-mime-database "$OUT_DIR/mime" 2>"$OUT_DIR/mime.log" && ! grep -q . "$OUT_DIR/mime.log"; then
    grep -q 'application/x-casebook:\*\.casebook' "$OUT_DIR/mime/globs2" || fail "the MIME type does not claim *.casebook"
else
    cat "$OUT_DIR/mime.log" >&2
    fail "update-mime-database refused casebook.xml"
fi
grep -q '^MimeType=.*application/x-casebook;' "$ROOT/usr/share/applications/casebook.desktop" \
    || fail "casebook.desktop does not open application/x-casebook"

# One version everywhere.
[ "$("$ROOT/usr/bin/casebook-cli" --version)" = "casebook-cli $VERSION" ] || fail "casebook-cli --version is not $VERSION"
[ "$(env -u DISPLAY "$ROOT/usr/bin/casebook" --version)" = "Casebook $VERSION" ] || fail "casebook --version is not $VERSION"
grep -q "<release version=\"$VERSION\"" "$ROOT"/usr/share/metainfo/*.metainfo.xml || fail "the metainfo's release is not $VERSION"

if [ "$PROBLEMS" -ne 0 ]; then
    echo "package: $PROBLEMS problem(s)" >&2
    exit 1
fi
echo "package: the DEB and the TGZ are complete and valid"
