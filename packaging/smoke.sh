#!/usr/bin/env bash
# Smoke test of the BUILT bundle (not the source tree): runs the frozen binary headless in a
# temporary folder and checks what it writes.
#
#   packaging/smoke.sh                        # dist/ti-desktop/ti-desktop
#   packaging/smoke.sh path/to/ti-desktop     # another build
#
# Needs: bash, python3 (for the checks), timeout. Exit 0 when every step passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:-$ROOT/dist/ti-desktop/ti-desktop}"
[ -x "$BIN" ] || { echo "Binaire introuvable : $BIN (lancez packaging/build.sh)" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ti-desktop-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Everything the program writes goes under $WORK: the user's real data folder is never touched.
export TI_DESKTOP_DATA_DIR="$WORK/data"
export QT_QPA_PLATFORM=offscreen
unset TI_DESKTOP_DB
DB="$WORK/smoke.tidb"
OUT="$WORK/out"
mkdir -p "$OUT"
cd "$WORK"

passed=0
step() { printf '== %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf '   ok: %s\n' "$*"; }
fail() { printf 'ÉCHEC : %s\n' "$*" >&2; exit 1; }
has_command() { "$BIN" --help 2>/dev/null | grep -Eq "^\s+$1(\s|$)|[{,]$1[,}]"; }

step "--version"
expected="$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
version_output="$("$BIN" --version)"
[ "$version_output" = "TI Desktop $expected" ] || fail "--version affiche « $version_output », attendu « TI Desktop $expected »"
ok "$version_output"

step "demo"
"$BIN" --db "$DB" demo > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log"; fail "demo"; }
python3 - "$DB" <<'EOF' || fail "base de démonstration invalide"
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
assert con.execute("PRAGMA application_id").fetchone()[0] == 0x54494454, "application_id"
assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1, "migration"
fiches = con.execute("SELECT count(*) FROM fiche_action").fetchone()[0]
assert fiches >= 12, f"{fiches} fiches"
print(f"   {fiches} fiches-actions dans la base")
EOF
ok "base créée et migrée : $DB"

step "list"
"$BIN" --db "$DB" list --json > "$WORK/list.json" || fail "list"
python3 - "$WORK/list.json" <<'EOF' || fail "sortie de list invalide"
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
demo = [row for row in rows if row["demo"]]
assert len(demo) == 1 and demo[0]["fiches"] >= 12, rows
print(f"   {demo[0]['territoire']} : {demo[0]['fiches']} fiches, {demo[0]['cout_total_ht']} € HT")
EOF
ok "territoire de démonstration listé"
TERRITORY="$(python3 -c 'import json, sys; print([r for r in json.load(open(sys.argv[1], encoding="utf-8")) if r["demo"]][0]["territoire"])' "$WORK/list.json")"

check_zip() {  # check_zip FILE PREFIX TEXT: a valid zip with a member under PREFIX holding TEXT
    python3 - "$@" <<'EOF'
import sys, zipfile
path, prefix, text = sys.argv[1:4]
with zipfile.ZipFile(path) as archive:
    bad = archive.testzip()
    assert bad is None, f"membre corrompu : {bad}"
    members = [name for name in archive.namelist() if name.startswith(prefix)]
    assert members, f"aucun membre {prefix}"
    found = [name for name in members if text in archive.read(name).decode("utf-8")]
    assert found, f"« {text} » absent de {prefix}"
EOF
}

if has_command contract; then
    step "contract"
    "$BIN" --db "$DB" contract --territory "$TERRITORY" --output "$OUT/contrat.docx" \
        > "$WORK/contract.log" 2>&1 || { cat "$WORK/contract.log"; fail "contract"; }
    [ -s "$OUT/contrat.docx" ] || fail "contrat.docx absent"
    check_zip "$OUT/contrat.docx" word/document.xml "Troyes" || fail "contrat.docx invalide"
    ok "contrat.docx ($(du -k "$OUT/contrat.docx" | cut -f1) Ko)"
    step "contrat d'une Région (modèle hors du paquet : processus isolé, temps et mémoire limités)"
    cp "$ROOT/templates/contrat.docx" "$WORK/modele-region.docx"
    "$BIN" --db "$DB" contract --territory "$TERRITORY" --template "$WORK/modele-region.docx" \
        --output "$OUT/contrat-region.docx" > "$WORK/contract-region.log" 2>&1 \
        || { cat "$WORK/contract-region.log"; fail "contrat avec le modèle d'une Région"; }
    check_zip "$OUT/contrat-region.docx" word/document.xml "Troyes" \
        || fail "contrat-region.docx invalide"
    ok "contrat-region.docx rendu par le processus isolé du paquet"
else
    echo "   (pas de sous-commande contract dans ce binaire : étape sautée)"
fi

if has_command export; then
    step "export"
    "$BIN" --db "$DB" export --territory "$TERRITORY" --output "$OUT/classeur.xlsx" \
        > "$WORK/export.log" 2>&1 || { cat "$WORK/export.log"; fail "export"; }
    [ -s "$OUT/classeur.xlsx" ] || fail "classeur.xlsx absent"
    check_zip "$OUT/classeur.xlsx" xl/worksheets/ "Troyes" || fail "classeur.xlsx invalide"
    ok "classeur.xlsx ($(du -k "$OUT/classeur.xlsx" | cut -f1) Ko)"
    if has_command import; then
        step "import (le classeur exporté, dans une base neuve)"
        "$BIN" --db "$WORK/reimport.tidb" --creer import "$OUT/classeur.xlsx" > "$WORK/import.log" 2>&1 \
            || { cat "$WORK/import.log"; fail "import"; }
        "$BIN" --db "$WORK/reimport.tidb" list --json > "$WORK/reimport.json" \
            || fail "list après import"
        python3 - "$WORK/reimport.json" "$TERRITORY" <<'EOF' || fail "territoire absent après import"
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert [row["territoire"] for row in rows] == [sys.argv[2]], rows
assert rows[0]["fiches"] >= 12, rows
EOF
        ok "classeur relu dans une base neuve"
    fi
else
    echo "   (pas de sous-commande export dans ce binaire : étape sautée)"
fi

step "serveur régional (pilote PostgreSQL embarqué)"
# Nothing listens on port 1: the bundled psycopg must load and say so in French (exit 1).
if "$BIN" --db "$DB" pull "postgresql://smoke@127.0.0.1:1/ti_desktop?connect_timeout=3" \
        > "$WORK/pull.log" 2>&1; then
    fail "une récupération sans serveur a réussi"
fi
grep -q "ne répond pas" "$WORK/pull.log" || { cat "$WORK/pull.log"; fail "pull sans serveur"; }
ok "le pilote PostgreSQL est dans le paquet"

step "fenêtre (offscreen, 8 s)"
set +e
# Called as a double-click on a .tidb file would call it: ti-desktop FILE.tidb
timeout 8 "$BIN" "$DB" > "$WORK/window.log" 2>&1
status=$?
set -e
if grep -q "pas encore disponible" "$WORK/window.log"; then
    echo "   (fenêtre absente de ce binaire : étape sautée)"
elif [ "$status" -ne 124 ]; then
    cat "$WORK/window.log"
    fail "la fenêtre s'est fermée d'elle-même (code $status) au lieu de rester ouverte"
elif grep -Eq "Traceback|Error|CRITICAL" "$WORK/window.log"; then
    cat "$WORK/window.log"
    fail "la fenêtre a écrit une erreur"
elif grep -Eqs "Traceback| ERROR | CRITICAL " "$TI_DESKTOP_DATA_DIR"/logs/*.log; then
    # A bug caught by the crash hook keeps the process alive behind a dialog: read the log.
    cat "$TI_DESKTOP_DATA_DIR"/logs/*.log
    fail "le journal de la fenêtre contient une erreur"
elif ! grep -qs "Fenêtre ouverte" "$TI_DESKTOP_DATA_DIR"/logs/*.log; then
    # ti_desktop/gui/app.py logs this line once the main window is shown; without it the
    # program is stuck before (a refusal dialog, for instance).
    cat "$TI_DESKTOP_DATA_DIR"/logs/*.log 2>/dev/null || true
    fail "la fenêtre principale ne s'est pas ouverte (pas de « Fenêtre ouverte » dans le journal)"
else
    ok "la fenêtre est restée ouverte 8 s sans erreur"
fi

echo "== smoke test réussi : $passed étapes"
