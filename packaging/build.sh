#!/usr/bin/env bash
# Build the TI Desktop bundle for this machine's system into dist/ti-desktop/ (PyInstaller,
# one folder). Linux is the target tested here; the same script gives dist/TI Desktop.app on macOS.
#
#   packaging/build.sh                       # fresh virtual environment in build/venv
#   TI_BUILD_VENV=/path/to/venv packaging/build.sh   # reuse one where TI Desktop is installed
#                                                    # (the packaging extra is added if absent)
#
# Everything it writes stays under build/ and dist/ (both git-ignored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${TI_BUILD_VENV:-$ROOT/build/venv}"
PYTHON="${PYTHON:-python3}"
started=$(date +%s)

if [ -z "${TI_BUILD_VENV:-}" ]; then
    # Our own environment: created once, then kept in step with pyproject.toml.
    if [ ! -x "$VENV/bin/python" ]; then
        echo "== virtual environment: $VENV"
        "$PYTHON" -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    echo "== installing TI Desktop and the packaging extra into $VENV"
    "$VENV/bin/python" -m pip install --quiet ".[packaging]"
elif ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
    # The caller's environment (TI Desktop already installed there): add only the
    # packaging extra, as pinned in pyproject.toml.
    mapfile -t extra < <("$VENV/bin/python" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["packaging"]))')
    echo "== installing ${extra[*]} into $VENV"
    "$VENV/bin/python" -m pip install --quiet "${extra[@]}"
fi
if [ ! -f ti_desktop/resources_rc.py ]; then
    "$VENV/bin/python" tools/build_icons.py
fi

echo "== PyInstaller"
rm -rf "$ROOT/dist/ti-desktop"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    packaging/ti_desktop.spec

BUNDLE="$ROOT/dist/ti-desktop"
if [ "$(uname -s)" = "Linux" ]; then
    # Desktop integration files beside the program, laid out as under /usr or ~/.local
    # (see docs/installation.md for the install commands).
    SHARE="$BUNDLE/share"
    install -Dm644 packaging/linux/fr.territoires-industrie.TIDesktop.desktop \
        "$SHARE/applications/fr.territoires-industrie.TIDesktop.desktop"
    install -Dm644 packaging/linux/fr.territoires-industrie.TIDesktop.metainfo.xml \
        "$SHARE/metainfo/fr.territoires-industrie.TIDesktop.metainfo.xml"
    install -Dm644 packaging/linux/ti-desktop-mime.xml "$SHARE/mime/packages/ti-desktop.xml"
    install -Dm644 resources/icons/ti-desktop.svg "$SHARE/icons/hicolor/scalable/apps/ti-desktop.svg"
    for size in 16 24 32 48 64 128 256 512; do
        install -Dm644 "resources/icons/ti-desktop-$size.png" \
            "$SHARE/icons/hicolor/${size}x${size}/apps/ti-desktop.png"
    done
fi

elapsed=$(( $(date +%s) - started ))
echo "== built $BUNDLE in ${elapsed}s ($(du -sh "$BUNDLE" | cut -f1))"
