#!/usr/bin/env bash
# Qt's X11 platform plugin needs a few system libraries that a fresh Debian/Ubuntu machine lacks
# (Qt then aborts with "Could not load the Qt platform plugin xcb"). Install them once, only
# when something is missing; elsewhere (macOS, Windows, other Linux) do nothing.
set -euo pipefail
plugin=$(find "$1" -path '*PySide6/Qt/plugins/platforms/libqxcb.so' 2>/dev/null | head -n 1)
[ -n "$plugin" ] && [ "$(uname -s)" = Linux ] || exit 0
missing=$(ldd "$plugin" "$(dirname "$plugin")/../../lib/libQt6XcbQpa.so.6" 2>/dev/null \
          | grep -c 'not found' || true)
[ "$missing" -gt 0 ] || exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt's X11 plugin misses $missing system libraries (see 'ldd $plugin'); install them" \
         "with your package manager." >&2
    exit 0
fi
packages="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1
          libgl1 libfontconfig1 libdbus-1-3"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "Installing the system libraries Qt's X11 plugin needs: $packages" | tr -s ' \n' ' '
echo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages
