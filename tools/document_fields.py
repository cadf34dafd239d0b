"""Write the column tables of ``docs/classeur-echange.md`` from the field table.

Usage::

    python tools/document_fields.py            # rewrite the tables in place
    python tools/document_fields.py --check    # exit 1 if the documentation is out of date

Each exchange sheet's table sits between two markers of the document::

    <!-- colonnes : Territoires -->
    | Colonne | Contenu |
    ...
    <!-- fin des colonnes -->

The rows come from ``services/exchange/format.py``, that is from the fields of
``services/fields/catalog.py``: a field added there is documented by running this tool,
and the test suite fails until it is.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.fields.kinds import Kind

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "docs" / "classeur-echange.md"
END = "<!-- fin des colonnes -->"
_BLOCK = re.compile(r"<!-- colonnes : (?P<sheet>[^>]+?) -->\n.*?" + re.escape(END), re.DOTALL)

_KIND_HINTS = {
    Kind.DATE: "date",
    Kind.MONEY: "montant",
    Kind.QUANTITY: "nombre (jusqu'à 4 décimales)",
    Kind.INTEGER: "entier",
    Kind.EMAIL: "adresse électronique",
}
"""What a column holds when its field has no help sentence."""


def column_row(column: fmt.Column) -> str:
    """One table row: the header (``*`` when required) and what the column holds."""
    header = column.header + ("*" if column.required else "")
    content = column.field.help or _KIND_HINTS.get(column.kind, "")
    if column.extra:
        content = "suppl." + (f" — {content}" if content else "")
    return f"| {header} | {content} |".replace("  |", " |")


def sheet_table(spec: fmt.SheetSpec) -> str:
    """The markdown table of one sheet's columns, between its markers."""
    lines = [f"<!-- colonnes : {spec.name} -->", "| Colonne | Contenu |", "| --- | --- |"]
    lines += [column_row(column) for column in spec.columns]
    return "\n".join([*lines, END])


def render(text: str) -> str:
    """``text`` with every sheet's table written from the field table.

    Raises:
        ValueError: a sheet has no markers, or markers name an unknown sheet.
    """
    found: set[str] = set()

    def table(match: re.Match[str]) -> str:
        name = match.group("sheet")
        spec = fmt.find_sheet_spec(name)
        if spec is None:
            raise ValueError(f"markers name an unknown sheet: {name!r}")
        found.add(spec.name)
        return sheet_table(spec)

    rendered = _BLOCK.sub(table, text)
    missing = [spec.name for spec in fmt.EXCHANGE_SHEETS if spec.name not in found]
    if missing:
        raise ValueError(f"no column markers for the sheets {', '.join(missing)}")
    return rendered


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or check) the document; 1 when ``--check`` finds it out of date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the tables are stale")
    parser.add_argument("document", nargs="?", type=Path, default=DOCUMENT)
    args = parser.parse_args(argv)
    text = args.document.read_text(encoding="utf-8")
    rendered = render(text)
    if args.check:
        if rendered != text:
            print(
                f"{args.document} is out of date: run python tools/document_fields.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if rendered != text:
        args.document.write_text(rendered, encoding="utf-8")
        print(f"{args.document} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
