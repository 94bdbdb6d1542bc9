#!/usr/bin/env bash
# Build the installable forms of Retrofit Planner on Linux (x86_64):
#   dist/retrofit_planner-<version>-py3-none-any.whl   the wheel (python -m build)
#   dist/RetrofitPlanner/                              the one-folder application (PyInstaller)
#   dist/retrofit-planner_<version>_amd64.deb          the Debian/UOS/Kylin package (dpkg-deb)
#
# Needs python3 (>= 3.11, with venv) and dpkg-deb; everything else goes into build/venv, a
# virtual environment of its own (the wheel with its dependencies, PyInstaller and build).
# Options: --no-deb (bundle and wheel only).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MAKE_DEB=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) MAKE_DEB=0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

PYTHON=${PYTHON:-python3}
VENV=build/venv
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
[ -n "$VERSION" ] || { echo "no version in pyproject.toml" >&2; exit 1; }
START=$(date +%s)
step() { echo "[$(( $(date +%s) - START ))s] $*"; }

step "build environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "build>=1.2" "setuptools>=68" wheel

step "wheel"
rm -rf build/lib build/bdist.* ./*.egg-info     # stale files of an earlier build would go into the wheel
"$VENV/bin/python" -m build --wheel --no-isolation --outdir dist . >build/wheel.log 2>&1 \
    || { cat build/wheel.log >&2; exit 1; }
WHEEL=dist/retrofit_planner-$VERSION-py3-none-any.whl
[ -f "$WHEEL" ] || { echo "wheel not found: $WHEEL" >&2; exit 1; }
# The app as a user gets it (not the source tree), with PyInstaller from the "packaging" extra.
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$WHEEL"
"$VENV/bin/python" -m pip install -q "$WHEEL[packaging]"

step "bundle (PyInstaller)"
rm -rf dist/RetrofitPlanner
(cd build && "$ROOT/$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/retrofit.spec")
step "bundle: $(du -sh dist/RetrofitPlanner | cut -f1) in dist/RetrofitPlanner"

if [ "$MAKE_DEB" = 1 ]; then
    step "Debian package"
    bash packaging/deb/make-deb.sh "$VERSION" "$VENV/bin/python"
fi
step "done"
