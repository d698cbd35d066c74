#!/usr/bin/env bash
# Sets up Runbench on Debian 12: installs the Debian packages that are missing, builds, then
#   run    launches the app on its embedded defaults
#   test   runs every test (what CI runs)
#   bench  runs the benchmarks and prints their figures
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

build_packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-charts-dev qt6-svg-dev libqscintilla2-qt6-dev libyaml-cpp-dev libsqlite3-dev
    libcurl4-openssl-dev libkf5syntaxhighlighting-tools libgl-dev libqt6opengl6-dev)
test_packages=(python3 python3-yaml appstream desktop-file-utils xvfb xauth sqlite3 openssl git)
# kubectl checks kubeconfig merging and the fake API server; Debian ships it as kubernetes-client.
# A kubectl installed otherwise (it would conflict with that package) is used as it is.
command -v kubectl >/dev/null || test_packages+=(kubernetes-client)
# node and npm run the kubernetes-models check of generated manifests (the test installs the
# pinned package with npm ci); a node that came with its own npm is used as it is.
command -v node >/dev/null || test_packages+=(nodejs)
command -v npm >/dev/null || test_packages+=(npm)

wanted=("${build_packages[@]}")
[ "$mode" = run ] || wanted+=("${test_packages[@]}")
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

case "$mode" in
run) exec build/app/runbench ;;
test) cd build && ctest --output-on-failure --parallel 2 ;;
bench) cmake --build build --target bench ;;
*) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac
