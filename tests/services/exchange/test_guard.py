from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from support.exchange import database_dump, minimal_sheets, write_workbook

from ti_desktop.db.store import Database
from ti_desktop.errors import WorkbookError
from ti_desktop.services.exchange.guard import OLE_MAGIC, GuardLimits, check_workbook_file
from ti_desktop.services.exchange.importer import import_workbook, plan_import

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns='
    '"http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def _sheet_xml(rows: int, *, dimension: bool) -> bytes:
    head = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
        '"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    if dimension:
        head += f'<dimension ref="A1:A{rows}"/>'
    body = "".join(f'<row r="{n}"><c r="A{n}"><v>0</v></c></row>' for n in range(1, rows + 1))
    return (head + "<sheetData>" + body + "</sheetData></worksheet>").encode()


def _fake_xlsx(path: Path, sheet: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


def test_text_file_renamed_xlsx_is_refused(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Territoire;Région\nVosges;Grand Est\n", encoding="utf-8")
    before = database_dump(database)
    with pytest.raises(WorkbookError, match=r"« notes\.xlsx » n'est pas un classeur Excel \.xlsx"):
        import_workbook(database, path)
    assert database_dump(database) == before


def test_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "protégé.xlsx"
    path.write_bytes(OLE_MAGIC + bytes(4096))
    with pytest.raises(WorkbookError, match="protégé par un mot de passe"):
        check_workbook_file(path)


def test_zip_without_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lettre.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(WorkbookError, match="archive sans classeur Excel"):
        check_workbook_file(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="introuvable"):
        check_workbook_file(tmp_path / "absent.xlsx")


def test_zip_bomb_of_zeros_is_refused_before_loading(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            zeros = b"0" * (1 << 22)
            for _ in range(130):  # 520 MiB once decompressed, about 2 MiB on disk
                sheet.write(zeros)
    assert path.stat().st_size < 3 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(WorkbookError, match="bombe zip") as raised:
        plan_import(database, path)
    assert time.perf_counter() - started < 1.0  # refused from the zip headers alone
    assert "« bombe.xlsx »" in str(raised.value)


def test_high_ratio_entry_is_refused(tmp_path: Path) -> None:
    path = _fake_xlsx(tmp_path / "ratio.xlsx", b"0" * (20 * 1024 * 1024))
    with pytest.raises(WorkbookError, match="fois plus gros"):
        check_workbook_file(path)


def test_streamed_size_budget(tmp_path: Path) -> None:
    path = _fake_xlsx(tmp_path / "gros.xlsx", _sheet_xml(20_000, dimension=False))
    limits = GuardLimits(max_uncompressed_bytes=10**9, max_ratio=10**6)
    check_workbook_file(path, limits)
    small = GuardLimits(max_uncompressed_bytes=100_000, max_ratio=10**6)
    with pytest.raises(WorkbookError, match="dépasse"):
        check_workbook_file(path, small)


def test_too_many_rows_from_dimension(tmp_path: Path) -> None:
    path = _fake_xlsx(tmp_path / "lignes.xlsx", _sheet_xml(260_000, dimension=True))
    with pytest.raises(WorkbookError, match=r"sheet1 compte au moins 260\u202f000 lignes"):
        check_workbook_file(path)


def test_too_many_rows_counted_without_dimension(tmp_path: Path) -> None:
    path = _fake_xlsx(tmp_path / "lignes.xlsx", _sheet_xml(260_000, dimension=False))
    with pytest.raises(WorkbookError, match="plus que la limite de 250\u202f000 lignes"):
        check_workbook_file(path)


def test_row_count_limit_is_exact(tmp_path: Path) -> None:
    limits = GuardLimits(max_rows_per_sheet=100)
    check_workbook_file(_fake_xlsx(tmp_path / "ok.xlsx", _sheet_xml(101, dimension=False)), limits)
    with pytest.raises(WorkbookError):
        check_workbook_file(
            _fake_xlsx(tmp_path / "ko.xlsx", _sheet_xml(102, dimension=False)), limits
        )


def test_real_workbook_passes(tmp_path: Path) -> None:
    check_workbook_file(write_workbook(tmp_path / "ok.xlsx", minimal_sheets()))


def test_xml_entities_are_refused(database: Database, tmp_path: Path) -> None:
    good = write_workbook(tmp_path / "good.xlsx", minimal_sheets())
    evil = tmp_path / "entites.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' + data
            target.writestr(item, data)
    with pytest.raises(WorkbookError, match="lisible") as raised:
        plan_import(database, evil)
    assert "« entites.xlsx »" in str(raised.value)
