#!/usr/bin/env bash
# Smoke test of the installable forms: builds the bundle and the .deb (packaging/build.sh), then
# runs the bundled `retrofit` in a clean environment (env -i: no Python on the PATH, no HOME
# settings, C locale) in a folder with spaces and Chinese characters:
#   --version; a message in English and in Chinese; estimate --json on a small register (the
#   same JSON as the wheel installed in a virtual environment); import, export and reports in
#   worker processes; demo, plan, the programme report and an estate's plan; the PostgreSQL
#   driver; the desktop app offscreen up to its first window; no file of the build machine's
#   Python opened (with strace, if present).
# As root with dpkg: installs the .deb, repeats the checks through /usr/bin/retrofit, upgrades it
# (the user's data stays), removes it (the user's data stays) and checks nothing is left.
#   bash packaging/smoke.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
[ "${1:-}" = "--no-build" ] || bash packaging/build.sh
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
BUNDLE=$ROOT/dist/RetrofitPlanner/retrofit
DEB=$ROOT/dist/retrofit-planner_${VERSION}_amd64.deb
WHEEL=$ROOT/dist/retrofit_planner-$VERSION-py3-none-any.whl
SAMPLE=$ROOT/packaging/sample-register.csv

BASE=$(mktemp -d /tmp/retrofit-smoke.XXXXXX)
WORK="$BASE/张三/我的文档/改造 计划"
mkdir -p "$WORK/home"
cleanup() {
    if [ -n "${INSTALLED:-}" ]; then dpkg -r retrofit-planner >/dev/null 2>&1 || true; fi
    rm -rf "$BASE"
}
trap cleanup EXIT
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# A clean environment: no PATH entries (no Python), no locale, a HOME of its own.
clean() {
    env -i PATH=/nonexistent HOME="$WORK/home" RETROFIT_HOME="$WORK/数据 目录" QT_QPA_PLATFORM=offscreen "$@"
}

check_app() {
    local exe=$1 tag=$2 out
    local dir="$WORK/$tag"
    mkdir -p "$dir"
    out=$(clean "$exe" --version)
    [ "$out" = "retrofit $VERSION" ] || fail "$tag: --version printed '$out'"
    ok "$tag: --version"

    out=$(clean "$exe" --lang en estimate "$dir/没有 这个.csv" 2>&1 || true)
    [ "$out" = "The file 没有 这个.csv does not exist" ] || fail "$tag: English message: '$out'"
    out=$(clean "$exe" --lang zh estimate "$dir/没有 这个.csv" 2>&1 || true)
    [ "$out" = "找不到文件 没有 这个.csv" ] || fail "$tag: Chinese message: '$out'"
    ok "$tag: a message in English and in Chinese (the gettext catalogues)"

    cp "$SAMPLE" "$dir/台账 样例.csv"
    clean "$exe" estimate "$dir/台账 样例.csv" --json >"$dir/estimate.json"
    "$REFERENCE" estimate "$SAMPLE" --json >"$dir/reference.json"
    cmp -s "$dir/estimate.json" "$dir/reference.json" || fail "$tag: estimate --json differs from the wheel's"
    ok "$tag: estimate --json, the same as the wheel's"

    local db="$dir/城市 数据.sqlite"
    clean "$exe" --db "$db" import "$dir/台账 样例.csv" >/dev/null 2>&1 || fail "$tag: import"
    clean "$exe" --db "$db" export "$dir/导出 台账.xlsx" >/dev/null || fail "$tag: export"
    [ -s "$dir/导出 台账.xlsx" ] || fail "$tag: no export"
    out=$(clean "$exe" --db "$db" report --all --jobs 2 --kind summary --out "$dir/报告 输出")
    [ "$(echo "$out" | wc -l)" = 2 ] || fail "$tag: report --all wrote: $out"
    echo "$out" | while read -r pdf; do [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$tag: not a PDF: $pdf"; done
    ok "$tag: import, export, reports in two worker processes (spawn)"

    local demo="$dir/示例 城市.sqlite"
    clean "$exe" --db "$demo" demo >/dev/null
    clean "$exe" --db "$demo" plan --start-year 2027 --annual-budget 300000000 --years 3 >/dev/null \
        || fail "$tag: plan"
    out=$(clean "$exe" --db "$demo" report --kind programme --out "$dir/报告")
    [ -s "$out" ] || fail "$tag: no programme report"
    out=$(clean "$exe" --db "$demo" report --estate-id 1 --out "$dir/报告")
    [ "$(head -c 5 "$out")" = "%PDF-" ] || fail "$tag: no estate plan"
    ok "$tag: demo city, plan, programme report, estate plan"

    out=$(clean "$exe" --db "postgresql+psycopg://nobody@127.0.0.1:1/none" estimate 2>&1 || true)
    echo "$out" | grep -q "Connection refused\|connection failed" || fail "$tag: PostgreSQL driver: $out"
    ok "$tag: the PostgreSQL driver is there"

    out=$(clean RETROFIT_QUIT_AFTER_START=1 "$exe" --db "$demo" 2>&1) || fail "$tag: the desktop app: $out"
    echo "$out" | grep -q "^started: .*示例 城市.sqlite" || fail "$tag: no first window: $out"
    ok "$tag: desktop app, $(echo "$out" | grep '^started:')"
    local first="$dir/首次 启动"
    out=$(clean RETROFIT_HOME="$first" RETROFIT_QUIT_AFTER_START=1 "$exe" 2>&1) \
        || fail "$tag: the desktop app's first start: $out"
    echo "$out" | grep -q "^started: .*demo-city.sqlite" || fail "$tag: first start without the demo city: $out"
    grep -q "Retrofit Planner $VERSION starting" "$first/retrofit.log" || fail "$tag: no log in the data folder"
    ok "$tag: first start on the demo city, log in the data folder"
}

check_no_build_python() {
    command -v strace >/dev/null 2>&1 || { echo "skipped: strace not installed (no check of opened files)"; return; }
    local log="$WORK/strace.log" base_prefix
    base_prefix=$("$ROOT/build/venv/bin/python" -c 'import sys; print(sys.base_prefix)')
    clean "$(command -v strace)" -f -qq -e trace=open,openat,execve -o "$log" "$BUNDLE" --db "$WORK/bundle/示例 城市.sqlite" \
        estimate --json >/dev/null
    if grep -v ENOENT "$log" | grep -F -e "$ROOT/build/venv" -e "$base_prefix/lib" -e "/usr/lib/python3" >/dev/null; then
        grep -v ENOENT "$log" | grep -F -e "$ROOT/build/venv" -e "$base_prefix/lib" -e "/usr/lib/python3" | head >&2
        fail "the bundle opened files of the build machine's Python"
    fi
    ok "bundle: no file of the build machine's Python ($base_prefix) opened"
}

# The wheel in a new virtual environment, used outside the source tree.
check_wheel() {
    local venv="$BASE/wheel venv" dir="$WORK/wheel" out
    mkdir -p "$dir"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1
    "$venv/bin/python" -m pip install -q "$WHEEL" >"$BASE/pip.log" 2>&1 || { cat "$BASE/pip.log" >&2; fail "pip install the wheel"; }
    REFERENCE="$venv/bin/retrofit"
    cd "$dir"
    out=$("$REFERENCE" --version)
    [ "$out" = "retrofit $VERSION" ] || fail "wheel: --version printed '$out'"
    "$REFERENCE" estimate "$SAMPLE" --json >"$dir/estimate.json"
    grep -q '"floor_area_m2": 7900' "$dir/estimate.json" || fail "wheel: estimate"
    out=$("$REFERENCE" --lang en estimate "$dir/missing.csv" 2>&1 || true)
    [ "$out" = "The file missing.csv does not exist" ] || fail "wheel: English message (catalogues): '$out'"
    RETROFIT_HOME="$dir/home" "$REFERENCE" --db "$dir/demo.sqlite" demo >/dev/null   # the migration scripts
    out=$(RETROFIT_HOME="$dir/home" "$REFERENCE" --db "$dir/demo.sqlite" report --estate-id 1 --out "$dir")  # the font
    [ "$(head -c 5 "$out")" = "%PDF-" ] || fail "wheel: report"
    out=$(RETROFIT_HOME="$dir/home" QT_QPA_PLATFORM=offscreen RETROFIT_QUIT_AFTER_START=1 "$REFERENCE" \
        --db "$dir/demo.sqlite" 2>&1) || fail "wheel: desktop app: $out"
    echo "$out" | grep -q "^started: 既有住宅节能改造规划" || fail "wheel: desktop app (translations): $out"
    cd "$ROOT"
    ok "wheel: installs into a new virtual environment; --version, estimate, demo, report, desktop app"
}

check_wheel
check_app "$BUNDLE" bundle
check_no_build_python
echo "bundle: $(du -sm "$ROOT/dist/RetrofitPlanner" | cut -f1) MiB unpacked; .deb: $(du -m "$DEB" | cut -f1) MiB"

if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1; then
    echo "skipped: the .deb checks (need root and dpkg)"
    exit 0
fi
if dpkg -s retrofit-planner >/dev/null 2>&1; then
    fail "retrofit-planner is already installed on this machine; remove it first"
fi
INSTALLED=1
dpkg -i "$DEB" >/dev/null || fail "dpkg -i $DEB"
[ -x /usr/bin/retrofit ] && [ -f /usr/share/applications/retrofit-planner.desktop ] \
    && [ -f /usr/share/icons/hicolor/48x48/apps/retrofit-planner.png ] || fail "the package's files"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate /usr/share/applications/retrofit-planner.desktop || fail "desktop entry"
fi
ok "deb: installed"
check_app /usr/bin/retrofit deb

# Upgrade: the same package as a newer version; the user's databases stay and still open.
USERDB="$WORK/deb/首次 启动/demo-city.sqlite"
[ -s "$USERDB" ] || fail "no user database before the upgrade"
BEFORE=$(md5sum "$USERDB" | cut -d' ' -f1)
rm -rf "$BASE/next" && dpkg-deb -R "$DEB" "$BASE/next"
sed -i "s/^Version: .*/Version: $VERSION+smoke1/" "$BASE/next/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z1 -b "$BASE/next" "$BASE/next.deb" >/dev/null
dpkg -i "$BASE/next.deb" >/dev/null || fail "upgrade"
[ "$(dpkg-query -W -f='${Version}' retrofit-planner)" = "$VERSION+smoke1" ] || fail "upgrade: version"
[ "$(md5sum "$USERDB" | cut -d' ' -f1)" = "$BEFORE" ] || fail "upgrade changed the user's database"
clean /usr/bin/retrofit --db "$USERDB" estimate --json >/dev/null || fail "the user's database after the upgrade"
ok "deb: upgraded; the user's data kept and usable"

if command -v apt-get >/dev/null 2>&1; then
    apt-get remove -y -qq retrofit-planner >/dev/null 2>&1 || fail "apt remove"
else
    dpkg -r retrofit-planner >/dev/null || fail "dpkg -r"
fi
INSTALLED=
[ ! -e /usr/bin/retrofit ] && [ ! -e /opt/retrofit-planner ] \
    && [ ! -e /usr/share/applications/retrofit-planner.desktop ] || fail "files left after removal"
[ "$(md5sum "$USERDB" | cut -d' ' -f1)" = "$BEFORE" ] || fail "removal touched the user's data"
ok "deb: removed; nothing left but the user's data"
echo "smoke test passed"
