from __future__ import annotations

import re
import time
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from support.trackers import (
    CSV_ROWS,
    Ods,
    OdsRow,
    french_excel_csv,
    region_tracker,
    territory_tracker_ods,
    write_ods,
    write_xlsx,
)

from ti_desktop.errors import WorkbookError
from ti_desktop.services.exchange.guard import OLE_MAGIC
from ti_desktop.services.imports.cells import FORMULA_WITHOUT_VALUE, Unreadable
from ti_desktop.services.imports.headers import find_header
from ti_desktop.services.imports.mapping import recognised
from ti_desktop.services.imports.ods import read_ods
from ti_desktop.services.imports.tables import TableRow, open_table, read_csv


def _rows(path: Path, sheet: str | None = None) -> list[TableRow]:
    with open_table(path) as table:
        chosen = table.sheet(sheet) if sheet else table.sheets[-1]
        return list(chosen.rows())


# --- .ods -------------------------------------------------------------------------------------


def test_ods_cells_are_typed_from_their_stored_values(tmp_path: Path) -> None:
    rows = {row.number: row for row in _rows(territory_tracker_ods(tmp_path / "t.ods"))}
    assert rows[1].cells == ("Plan d'actions 2024-2027",)  # merged title: covered cells empty
    assert rows[5].cells[4:9] == (
        date(2025, 4, 1),
        date(2027, 2, 28),
        Decimal("1700000"),  # currency: the stored value, not « 1 700 000,00 € »
        Decimal("150000"),  # the cell's comment is not its text
        Decimal("0.25"),  # percentage
    )
    assert rows[7].cells[6] == Decimal("95000.5")
    assert rows[6].hidden and not rows[5].hidden
    assert sorted(rows) == [1, 4, 5, 6, 7]  # 1 048 000 repeated empty rows never expanded


def test_ods_repeated_filled_rows_and_columns_are_expanded(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "r.ods",
        {"F": [OdsRow(["a", Ods("float", "1", "1", repeat=3), None, "b"], repeat=2)]},
    )
    assert [(r.number, r.cells) for r in _rows(path)] == [
        (1, ("a", Decimal(1), Decimal(1), Decimal(1), None, "b")),
        (2, ("a", Decimal(1), Decimal(1), Decimal(1), None, "b")),
    ]


def test_ods_text_keeps_paragraphs_spaces_and_line_breaks(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "t.ods", {"F": [[Ods("string", shown="Ligne un\nLigne  deux")]]})
    assert _rows(path)[0].cells == ("Ligne un\nLigne  deux",)


def test_ods_formula_without_stored_value_is_unreadable(tmp_path: Path) -> None:
    path = territory_tracker_ods(tmp_path / "t.ods", uncomputed_formula=True)
    last = _rows(path)[-1]
    assert last.cells[7] == Unreadable(FORMULA_WITHOUT_VALUE)


def test_ods_sheets_in_order_with_their_names(tmp_path: Path) -> None:
    sheets = read_ods(territory_tracker_ods(tmp_path / "t.ods"))
    assert [s.name for s in sheets] == ["Notes", "Actions"]


def test_ods_with_a_million_repeated_cells_reads_fast(tmp_path: Path) -> None:
    rows = [OdsRow([Ods("string", shown="x"), Ods("float", "0", "0", repeat=1)], repeat=1)]
    rows += [OdsRow([None], repeat=1_048_575)]
    rows += [OdsRow([Ods("string", shown="", repeat=16_000)])]
    path = write_ods(tmp_path / "grand.ods", {"F": rows})
    started = time.perf_counter()
    assert [r.cells for r in _rows(path)] == [("x", Decimal(0))]
    assert time.perf_counter() - started < 1.0


def test_ods_with_too_many_filled_rows_is_refused(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "lignes.ods", {"Suivi": [OdsRow(["x"], repeat=300_000)]})
    with pytest.raises(WorkbookError, match="« Suivi » compte au moins 300\u202f000 lignes"):
        _rows(path)


def test_ods_xml_entities_are_refused(tmp_path: Path) -> None:
    good = write_ods(tmp_path / "good.ods", {"F": [["a"]]})
    evil = tmp_path / "entites.ods"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(
                    b"?>", b'?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>', 1
                )
            target.writestr(item, data)
    with pytest.raises(WorkbookError, match="« entites.ods » n'est pas un classeur .ods lisible"):
        read_ods(evil)


def test_ods_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bombe.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        with archive.open("content.xml", "w", force_zip64=True) as content:
            for _ in range(130):
                content.write(b" " * (1 << 22))
    with pytest.raises(WorkbookError, match="bombe zip"):
        read_ods(path)


def test_zip_that_is_not_a_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(WorkbookError, match="n'est pas un classeur Excel .xlsx"):
        _rows(path)


# --- .xlsx ------------------------------------------------------------------------------------


def test_xlsx_rows_keep_their_sheet_numbers_and_types(tmp_path: Path) -> None:
    rows = {row.number: row for row in _rows(region_tracker(tmp_path / "r.xlsx"))}
    assert sorted(rows) == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11]  # row 3 is blank
    assert rows[8].cells[4:7] == (datetime(2025, 2, 1), datetime(2026, 12, 31), 2300000)
    assert rows[10].cells[2] == "CCI Troyes\net Aube"


def test_xlsx_formula_without_cached_value_and_error_cells(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["a", "b"], [1, "=A2*2"]])  # openpyxl: no value
    assert _rows(path)[1].cells == (1, Unreadable(FORMULA_WITHOUT_VALUE))
    broken = tmp_path / "e.xlsx"  # the same formula, saved by Excel with an error shown
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<c r="B2".*?</c>', b'<c r="B2" t="e"><f>A2/0</f><v>#DIV/0!</v></c>', data
                )
            target.writestr(item, data)
    assert _rows(broken)[1].cells[1] == Unreadable(
        "la formule de la cellule donne l'erreur #DIV/0!"
    )


def test_xlsx_hidden_rows_are_marked(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", [["a"], ["b"], ["c"]], hidden_rows=[2])
    assert [(r.number, r.hidden) for r in _rows(path)] == [(1, False), (2, True), (3, False)]


def test_old_excel_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "suivi.xls"
    path.write_bytes(OLE_MAGIC + bytes(2048))
    with pytest.raises(WorkbookError, match="ancien classeur Excel 97-2003"):
        _rows(path)


def test_word_document_given_as_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fiche.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(WorkbookError, match="Importer des fiches remplies"):
        _rows(path)


# --- .csv -------------------------------------------------------------------------------------


def test_csv_of_a_french_excel(tmp_path: Path) -> None:
    path = french_excel_csv(tmp_path / "suivi.csv", CSV_ROWS)
    rows, reading = read_csv(path)
    assert reading == "encodage Windows-1252, séparateur « ; »"
    assert rows[0].cells == ("Tableau de suivi des fiches-actions",)
    assert rows[2].number == 4
    assert rows[2].cells[5] == "1\xa0050\xa0000,00\xa0€"


@pytest.mark.parametrize(
    ("data", "reading"),
    [
        ("\ufeffN°;Intitulé\n1.1;Café\n".encode(), "encodage UTF-8 (avec BOM), séparateur « ; »"),
        ("N°,Intitulé\n1.1,Café\n".encode(), "encodage UTF-8, séparateur « , »"),
        ("N°\tIntitulé\n1.1\tCafé\n".encode(), "encodage UTF-8, séparateur tabulation"),
        ("N°;Intitulé\r\n1.1;Café\r\n".encode("cp1252"), "encodage Windows-1252, séparateur « ; »"),
    ],
)
def test_csv_encodings_and_separators(tmp_path: Path, data: bytes, reading: str) -> None:
    path = tmp_path / "suivi.csv"
    path.write_bytes(data)
    rows, found = read_csv(path)
    assert found == reading
    assert [r.cells for r in rows] == [("N°", "Intitulé"), ("1.1", "Café")]


def test_csv_keeps_quoted_line_breaks_and_separators(tmp_path: Path) -> None:
    path = french_excel_csv(tmp_path / "s.csv", [["a", "b"], ["un; deux", "ligne 1\nligne 2"]])
    assert read_csv(path)[0][1].cells == ("un; deux", "ligne 1\nligne 2")


def test_empty_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match="« vide.csv » est vide"):
        read_csv(path)


# --- header row ---------------------------------------------------------------------------------


def test_header_found_under_the_title_block_with_a_group_header(tmp_path: Path) -> None:
    header = find_header(_rows(region_tracker(tmp_path / "r.xlsx")), recognised)
    assert header is not None
    assert (header.first_number, header.number) == (4, 5)
    assert header.names[:8] == (
        "N°", "Intitulé de l'action", "Porteur de projet", "Axe", "Date de démarrage", "Fin",
        "Coût (€ HT)", "Région",
    )  # fmt: skip
    assert header.names[8:13] == ("État", "FEDER", "Autofinancement", "Avancement", "Commentaires")
    assert header.groups[7:11] == ("Plan de financement (€ HT)",) * 4


def test_header_of_a_csv_under_a_title_line(tmp_path: Path) -> None:
    rows, _ = read_csv(french_excel_csv(tmp_path / "s.csv", CSV_ROWS))
    header = find_header(rows, recognised)
    assert header is not None and header.number == 3 and header.names[0] == "Référence"


def test_no_header_in_a_sheet_of_numbers() -> None:
    rows = [TableRow(n, (n, n * 2, n * 3)) for n in range(1, 10)]
    assert find_header(rows, recognised) is None
