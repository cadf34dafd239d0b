"""Kill -9 harness: ``ti-desktop`` killed at random moments, then checked like a user would.

Each operation runs as a real command, in its own process group, and is killed with
SIGKILL (the whole group: LibreOffice too, as a power cut would) after a random delay
between 0 and 1.2 times its unkilled duration. After each kill, the next start of the
program (``ti-desktop list``) must work, and:

- the base passes ``PRAGMA quick_check`` and holds all the old state or all the new
  one (``import``: the workbook entirely or not at all; ``restore``: the backup or the
  state before it), and its owner lock is free again;
- a written file is the old one or a complete new one (``export``: a readable xlsx;
  ``contract --pdf``: the Word file of the previous or of this generation, and a PDF,
  if any, of the same generation as the Word file);
- every backup file is sound (``backup``, and the backups taken before an import or a
  restore);
- nothing is left beside the destination, in the backups folder or in the temporary
  folder (no ``.tmp``, no scratch folder of a dead process).

Usage: ``python bench/bench_kill.py [--kills 30] [--operations import export ...]``
(a table of runs and outcomes; exit 1 if any check failed). LibreOffice is needed for
``contract-pdf``; ``pdftotext`` (poppler) reads the PDF's generation.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

OPERATIONS = ("import", "export", "contract-pdf", "backup", "restore")
_SCRATCH_GRACE = 2.2  # seconds: a scratch folder younger than this is not judged yet


@dataclass
class Outcome:
    """One run: killed or finished, and what the checks found."""

    operation: str
    delay: float
    killed: bool
    state: str
    problems: list[str] = field(default_factory=list)


def _fingerprint(base: Path) -> tuple[object, ...]:
    """What the import and the restore change: fiches, costs, financing amounts."""
    connection = sqlite3.connect(base)
    try:
        fiches = connection.execute(
            "SELECT numero, intitule, cout_total_ht FROM fiche_action ORDER BY numero"
        ).fetchall()
        amounts = connection.execute("SELECT count(*), sum(montant) FROM ligne_financement")
        return (tuple(fiches), tuple(amounts.fetchone()))
    finally:
        connection.close()


def _integrity(base: Path) -> str:
    connection = sqlite3.connect(f"{base.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def _pdf_text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else f"PDF illisible : {result.stderr}"


def _generation(text: str) -> int | None:
    marker = "Génération n° "
    text = text.replace("\u00a0", " ").replace("\u202f", " ")  # the contract's French spacing
    if marker not in text:
        return None
    return int(text.split(marker, 1)[1].split()[0].rstrip(".,"))


def _docx_text(path: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs) + "\n".join(
        cell.text
        for table in Document(str(path)).tables
        for row in table.rows
        for cell in row.cells
    )


class Harness:
    """A data folder, a base and the files each operation works on."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "donnees"
        self.base = folder / "base.tidb"
        self.pristine = folder / "etat-a.tidb"
        self.out = folder / "sortie"
        self.out.mkdir(parents=True)
        self.environment = dict(os.environ, TI_DESKTOP_DATA_DIR=str(self.data))
        self.environment.pop("TI_DESKTOP_DB", None)
        self.generation = 0
        self.durations: dict[str, float] = {}
        self._prepare()

    # --- running the program ------------------------------------------------------

    def command(self, *arguments: str) -> list[str]:
        return [sys.executable, "-m", "ti_desktop", "--db", str(self.base), *arguments]

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*arguments),
            capture_output=True,
            text=True,
            env=self.environment,
            timeout=600,
            check=False,
        )

    def _prepare(self) -> None:
        assert self.run("demo").returncode == 0
        workbook = self.folder / "classeur.xlsx"
        assert self.run("export", "-o", str(workbook), "--no-record").returncode == 0
        self._change_costs(workbook)
        self.workbook = workbook
        shutil.copyfile(self.base, self.pristine)
        self.state_a = _fingerprint(self.base)
        assert self.run("import", str(workbook)).returncode == 0
        self.state_b = _fingerprint(self.base)
        assert self.state_a != self.state_b
        backup = self.run("backup")
        assert backup.returncode == 0, backup.stderr
        self.backup_b = Path(backup.stdout.split("Sauvegarde créée : ", 1)[1].strip())
        self._reset()

    @staticmethod
    def _change_costs(workbook: Path) -> None:
        import openpyxl

        book = openpyxl.load_workbook(workbook)
        sheet = book["Fiches-actions"]
        headers = [cell.value for cell in sheet[1]]
        column = headers.index("Coût total HT (€)") + 1
        for row in range(2, sheet.max_row + 1):
            value = sheet.cell(row, column).value
            if isinstance(value, int | float):
                sheet.cell(row, column).value = value + 1000
        book.save(workbook)

    def _reset(self) -> None:
        """The base back to state A, nothing else of it beside."""
        for suffix in ("-wal", "-shm"):
            Path(f"{self.base}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.pristine, self.base)

    # --- one run ------------------------------------------------------------------

    def arguments(self, operation: str) -> list[str]:
        if operation == "import":
            return ["import", str(self.workbook)]
        if operation == "export":
            return ["export", "-o", str(self.out / "classeur.xlsx"), "--no-record"]
        if operation == "contract-pdf":
            return [
                "contract", "--territory", "Troyes", "-o", str(self.out / "contrat.docx"),
                "--pdf", "--no-record",
            ]  # fmt: skip
        if operation == "backup":
            return ["backup"]
        return ["restore", str(self.backup_b)]

    def before(self, operation: str) -> None:
        if operation in ("import", "restore"):
            self._reset()
        if operation == "contract-pdf":
            self.generation += 1
            connection = sqlite3.connect(self.base)
            with connection:
                connection.execute(
                    "UPDATE fiche_action SET intitule = ? WHERE numero = '1.1'",
                    (f"Génération n° {self.generation}",),
                )
            connection.close()

    def duration(self, operation: str) -> float:
        """How long the operation takes unkilled (measured once)."""
        if operation not in self.durations:
            self.before(operation)
            start = time.monotonic()
            result = self.run(*self.arguments(operation))
            assert result.returncode == 0, result.stderr
            self.durations[operation] = time.monotonic() - start
            self.previous_docx_generation = self.generation
        return self.durations[operation]

    def attempt(self, operation: str, delay: float) -> Outcome:
        self.before(operation)
        old_export = self._bytes(self.out / "classeur.xlsx")
        process = subprocess.Popen(
            self.command(*self.arguments(operation)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=self.environment,
            start_new_session=True,  # its own group: LibreOffice dies with it
        )
        started = time.monotonic()
        try:
            process.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            killed = True
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        time.sleep(max(0.0, _SCRATCH_GRACE - (time.monotonic() - started)))
        outcome = Outcome(operation, delay, killed, "tuée" if killed else "finie")
        if not killed and process.returncode != 0:
            outcome.problems.append(f"code {process.returncode} sans être tuée : {stderr[-300:]}")
        self.check(operation, outcome, old_export)
        return outcome

    @staticmethod
    def _bytes(path: Path) -> bytes | None:
        return path.read_bytes() if path.exists() else None

    # --- the checks ---------------------------------------------------------------

    def check(self, operation: str, outcome: Outcome, old_export: bytes | None) -> None:
        problems = outcome.problems
        again = self.run("list")  # the next start: it cleans what the killed run left
        if again.returncode != 0:
            problems.append(f"le démarrage suivant échoue : {again.stderr.strip()[:300]}")
        if Path(f"{self.base}.verrou").exists():
            problems.append("verrou du programme tué resté après le démarrage suivant")
        quick = _integrity(self.base)
        if quick != "ok":
            problems.append(f"base endommagée : {quick}")
        if operation in ("import", "restore"):
            state = _fingerprint(self.base)
            if state == self.state_a:
                outcome.state += ", base ancienne"
            elif state == self.state_b:
                outcome.state += ", base nouvelle"
            else:
                problems.append("base ni ancienne ni nouvelle (écriture à moitié faite)")
        if operation == "export":
            self._check_export(outcome, old_export)
        if operation == "contract-pdf":
            self._check_contract(outcome)
        for backup in sorted((self.data / "sauvegardes").glob("*/*.tidb")):
            if _integrity(backup) != "ok":
                problems.append(f"sauvegarde endommagée : {backup.name}")
        leftovers = [
            path
            for folder in (self.out, self.folder, *(self.data / "sauvegardes").glob("*"))
            for path in folder.glob("*.tmp")
        ] + [p for p in (self.out.glob(".*")) if p.is_file()]
        leftovers += [
            p
            for p in Path(tempfile.gettempdir()).glob("ti-desktop-*")
            if p.is_dir() and not _alive(p)
        ]
        if leftovers:
            problems.append("restes : " + ", ".join(p.name for p in leftovers))

    def _check_export(self, outcome: Outcome, old: bytes | None) -> None:
        target = self.out / "classeur.xlsx"
        if not target.exists():
            if old is not None:
                outcome.problems.append("l'ancien classeur a disparu")
            outcome.state += ", pas de classeur"
            return
        if old is not None and target.read_bytes() == old:
            outcome.state += ", ancien classeur"
            return
        try:
            with zipfile.ZipFile(target) as archive:
                broken = archive.testzip()
            import openpyxl

            openpyxl.load_workbook(target, read_only=True).close()
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            outcome.problems.append(f"classeur incomplet : {exc}")
            return
        if broken:
            outcome.problems.append(f"classeur incomplet : {broken}")
        outcome.state += ", classeur nouveau complet"

    def _check_contract(self, outcome: Outcome) -> None:
        docx, pdf = self.out / "contrat.docx", self.out / "contrat.pdf"
        if not docx.exists():
            if pdf.exists():
                outcome.problems.append("un PDF sans son document Word")
            outcome.state += ", pas de contrat"
            return
        try:
            generation = _generation(_docx_text(docx))
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            outcome.problems.append(f"document Word illisible : {exc}")
            return
        if generation not in (self.generation, self.previous_docx_generation):
            outcome.problems.append(f"document Word de la génération {generation} inattendue")
        outcome.state += ", Word " + ("nouveau" if generation == self.generation else "ancien")
        if pdf.exists():
            pdf_generation = _generation(_pdf_text(pdf))
            if pdf_generation != generation:
                outcome.problems.append(
                    f"PDF de la génération {pdf_generation} à côté du Word de la {generation}"
                )
            outcome.state += " + PDF assorti"
        self.previous_docx_generation = generation if generation is not None else 0


def _alive(folder: Path) -> bool:
    """A scratch folder whose process still holds its lock (or is too young to judge)."""
    from ti_desktop import scratch

    marker = folder / ".actif"
    young = marker.exists() and time.time() - marker.stat().st_mtime < _SCRATCH_GRACE
    return young or scratch._is_alive(folder)


def run_harness(
    folder: Path,
    kills: int,
    operations: tuple[str, ...] = OPERATIONS,
    seed: int = 15,
    report: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """``kills`` random kills of each operation; every outcome, in order."""
    randomizer = random.Random(seed)
    harness = Harness(folder)
    outcomes = []
    for operation in operations:
        if operation == "contract-pdf" and not (
            shutil.which("soffice") and shutil.which("pdftotext")
        ):
            continue
        duration = harness.duration(operation)
        for _ in range(kills):
            outcome = harness.attempt(operation, randomizer.uniform(0.05, 1.2 * duration))
            outcomes.append(outcome)
            if report is not None:
                report(outcome)
    return outcomes


def summary(outcomes: list[Outcome]) -> list[str]:
    """The table of the closing note: operation, runs, killed, states seen, failures."""
    lines = [f"{'opération':<14} {'essais':>6} {'tuées':>6} {'échecs':>7}  états constatés"]
    for operation in dict.fromkeys(o.operation for o in outcomes):
        mine = [o for o in outcomes if o.operation == operation]
        states = sorted({o.state for o in mine})
        failures = sum(1 for o in mine if o.problems)
        killed = sum(1 for o in mine if o.killed)
        lines.append(
            f"{operation:<14} {len(mine):>6} {killed:>6} {failures:>7}  " + " | ".join(states)
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30, help="morts par opération")
    parser.add_argument("--operations", nargs="+", choices=OPERATIONS, default=list(OPERATIONS))
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()

    def show(outcome: Outcome) -> None:
        mark = "ÉCHEC " + "; ".join(outcome.problems) if outcome.problems else "ok"
        print(f"{outcome.operation:<13} {outcome.delay:5.2f} s  {outcome.state:<45} {mark}")

    with tempfile.TemporaryDirectory(prefix="bench-kill-") as work:
        outcomes = run_harness(Path(work), args.kills, tuple(args.operations), args.seed, show)
    print()
    print("\n".join(summary(outcomes)))
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
