#!/usr/bin/env bash
# Make dist/retrofit-planner_<version>_amd64.deb from the bundle in dist/RetrofitPlanner/.
#   bash packaging/deb/make-deb.sh VERSION PYTHON     (PYTHON: one with Pillow, for the icons)
# The package installs the bundle to /opt/retrofit-planner, `retrofit` to /usr/bin, a desktop
# entry and the icon in the freedesktop sizes; its dependencies are the system libraries Qt
# needs (.ci/system-packages.txt, without the test tools) and the C library the bundle was
# linked against. No maintainer scripts: dpkg's triggers refresh the menus and icon caches, and
# nothing is written outside the package's own files, so user data is never touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$1
PYTHON=${2:-python3}
BUNDLE=dist/RetrofitPlanner
[ -x "$BUNDLE/retrofit" ] || { echo "no bundle in $BUNDLE: run packaging/build.sh" >&2; exit 1; }
STAGE=build/deb/root
rm -rf build/deb && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/doc/retrofit-planner"

cp -a "$BUNDLE" "$STAGE/opt/retrofit-planner"
install -m 0755 packaging/deb/retrofit "$STAGE/usr/bin/retrofit"
install -m 0644 packaging/deb/retrofit-planner.desktop "$STAGE/usr/share/applications/"
"$PYTHON" packaging/icons.py png "$STAGE/usr/share/icons/hicolor" >/dev/null
install -m 0644 resources/fonts/LICENSE-wqy-zenhei.txt "$STAGE/usr/share/doc/retrofit-planner/"
printf 'Retrofit Planner %s\n\nThe bundled font WenQuanYi Zen Hei: see LICENSE-wqy-zenhei.txt.\n' "$VERSION" \
    >"$STAGE/usr/share/doc/retrofit-planner/copyright"

# Dependencies: Qt's system libraries (the Debian 13 / Ubuntu 24.04 names of the renamed ones as
# alternatives) and the newest glibc symbol version any bundled binary asks for.
GLIBC=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name retrofit \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
DEPENDS="libc6 (>= $GLIBC), libstdc++6, libgcc-s1 | libgcc1"
# Libraries Qt's own libraries link to directly, besides the list (most come with it anyway).
DEPENDS="$DEPENDS, libzstd1, libx11-6, libx11-xcb1, libxcb1, libxcb-glx0, libxcb-render0, libxcb-shm0"
DEPENDS="$DEPENDS, libxcb-sync1, libxcb-xfixes0, libfreetype6"
while read -r pkg; do
    case "$pkg" in
        ''|poppler-utils) continue ;;                       # a test tool, not needed by the app
        libglib2.0-0) DEPENDS="$DEPENDS, libglib2.0-0 | libglib2.0-0t64" ;;
        *) DEPENDS="$DEPENDS, $pkg" ;;
    esac
done <.ci/system-packages.txt
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE/" -e "s/@DEPENDS@/$DEPENDS/" packaging/deb/control.in \
    >"$STAGE/DEBIAN/control"

find "$STAGE" -type d -exec chmod 0755 {} +
OUT=dist/retrofit-planner_${VERSION}_amd64.deb
# gzip: 25-30 s and 94 MB for the 240 MB bundle; xz -2 saves 20 MB but takes 1.5-4 min on 2 cores.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT" >/dev/null
echo "$OUT: $(du -h "$OUT" | cut -f1) (installed $(( SIZE / 1024 )) MiB)"
