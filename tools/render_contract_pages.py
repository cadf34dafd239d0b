"""Render contracts to PNG pages, to read them as a signatory does.

Builds a throw-away database with the demo territory and the realistic territories of
``tests/support/territories.py`` (Vendée-like, 7 fiches; interregional, 40 fiches),
writes each contract with its PDF (LibreOffice), then each page as a PNG (pdftoppm).

Run: ``python tools/render_contract_pages.py OUT_DIR [--dpi 70]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.territories import build_interregional, build_vendee  # noqa: E402

from ti_desktop.db.store import open_database  # noqa: E402
from ti_desktop.services.demo import create_demo_territory  # noqa: E402
from ti_desktop.services.documents.generation import generate_contract  # noqa: E402
from ti_desktop.services.documents.pdf import require_soffice  # noqa: E402


def main() -> int:
    """Write ``<name>.docx``, ``<name>.pdf`` and ``<name>-NN.png`` for each territory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    require_soffice()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) est introuvable.", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        database = open_database(Path(work) / "rendu.tidb")
        with database.session() as session:
            built = {
                "demo": create_demo_territory(session).id,
                "vendee": build_vendee(session).id,
                "interregional": build_interregional(session).id,
            }
        for name, territoire_id in built.items():
            result = generate_contract(database, territoire_id, args.out / f"{name}.docx", pdf=True)
            assert result.pdf is not None
            for old in args.out.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run(  # noqa: S603 - fixed arguments
                ["pdftoppm", "-r", str(args.dpi), "-png", str(result.pdf), str(args.out / name)],
                check=True,
            )
            pages = len(list(args.out.glob(f"{name}-*.png")))
            print(f"{name} : {result.docx.name}, {pages} pages")
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
