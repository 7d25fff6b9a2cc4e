#!/bin/sh
# Casebook developer entry point, for a Debian 12 machine (run as root, or with sudo for apt-get).
#   scripts/dev.sh app [ARGS...]   install what is missing, build, start the Casebook window
#   scripts/dev.sh test            install what is missing, build, run every test headless
#   scripts/dev.sh build           install what is missing and build
#   scripts/dev.sh test-headless   build core and casebook-cli alone (no GUI, warnings as errors)
#                                  in build-headless/ and run their tests; CI runs it after `test`
#   scripts/dev.sh package         install what is missing, build, make the DEB and the TGZ into
#                                  build/packages/ and check them (scripts/package.sh)
# Idempotent: packages already installed are not touched and an up-to-date build is a no-op.
set -eu

cd "$(dirname "$0")/.."
BUILD_DIR=${CASEBOOK_BUILD_DIR:-build}
# Let every clone of the repository share one compiler cache (paths are hashed relative to it).
CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
CCACHE_NOHASHDIR=1
export CCACHE_BASEDIR CCACHE_NOHASHDIR

# Build tools and libraries (see README, "Dependencies").
BUILD_PACKAGES="cmake ninja-build ccache g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libquazip1-qt6-dev libgl-dev libqt6opengl6-dev libsqlite3-dev nettle-dev iso-codes
    qtkeychain-qt6-dev"
# Needed to run the window and the tests.
RUN_PACKAGES="fonts-dejavu-core fonts-droid-fallback xdg-utils qt6-translations-l10n libqt6sql6-psql libsecret-1-0"
TEST_PACKAGES="python3 clang-format time poppler-utils dpkg-dev file appstream desktop-file-utils shared-mime-info postgresql-15
    dbus gnome-keyring"

install_missing() {
    missing=""
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
    fi
}

# build DIR [CMAKE OPTIONS...]: configure once, then build what changed. Warnings are errors in
# every configuration (the tree is warning-free with Debian 12's g++), which also lets the headless
# configuration reuse the core's objects from the compiler cache.
build() {
    dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEBOOK_WARNINGS_AS_ERRORS=ON "$@"
    fi
    cmake --build "$dir"
}

run_tests() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$1" --output-on-failure \
        --parallel "$(nproc)" --label-exclude bench
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    app)
        install_missing $BUILD_PACKAGES $RUN_PACKAGES
        build "$BUILD_DIR"
        exec "$BUILD_DIR/app/casebook" "$@"
        ;;
    test)
        install_missing $BUILD_PACKAGES $RUN_PACKAGES $TEST_PACKAGES
        build "$BUILD_DIR"
        run_tests "$BUILD_DIR"
        ;;
    test-headless)
        install_missing $BUILD_PACKAGES $TEST_PACKAGES
        build "${BUILD_DIR}-headless" -DCASEBOOK_BUILD_GUI=OFF
        run_tests "${BUILD_DIR}-headless"
        ;;
    package)
        install_missing $BUILD_PACKAGES $TEST_PACKAGES
        build "$BUILD_DIR"
        rm -rf "$BUILD_DIR/packages"
        sh scripts/package.sh "$BUILD_DIR" "$BUILD_DIR/packages"
        ;;
    build)
        install_missing $BUILD_PACKAGES
        build "$BUILD_DIR"
        ;;
    *)
        echo "usage: scripts/dev.sh app [ARGS...] | test | test-headless | build | package" >&2
        exit 1
        ;;
esac
