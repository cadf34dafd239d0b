"""Refuse a workbook that is not safe to load, before openpyxl reads it.

Checks, cheapest first: the file exists; it is not an OLE container (an encrypted
workbook or an old ``.xls``); it is a zip holding an Excel workbook; the sizes its
entries declare stay within bounds; then every entry is decompressed as a stream,
with a byte budget (zip headers can lie), counting the rows of each worksheet.
Nothing is kept in memory beyond one chunk.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ti_desktop.errors import WorkbookError

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_CHUNK = 1 << 20
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]+\d+:[A-Z]+(\d+)\"")
_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml")


@dataclass(frozen=True)
class GuardLimits:
    """Bounds far above any real territory or regional workbook."""

    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200
    ratio_applies_above: int = 8 * 1024 * 1024
    max_rows_per_sheet: int = 250_000
    max_entries: int = 5_000


DEFAULT_LIMITS = GuardLimits()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mo"


def check_workbook_file(path: Path, limits: GuardLimits = DEFAULT_LIMITS) -> None:
    """Raise ``WorkbookError`` unless ``path`` is a plain xlsx of sane size.

    Raises:
        WorkbookError: with a French message naming the file.
    """
    path = Path(path)
    name = f"« {path.name} »"
    if not path.exists():
        raise WorkbookError(f"Le fichier {path} est introuvable.")
    if not path.is_file():
        raise WorkbookError(f"{name} n'est pas un fichier.")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(OLE_MAGIC))
    except OSError as exc:
        raise WorkbookError(f"Impossible de lire {name} : {exc.strerror or exc}.") from exc
    if magic == OLE_MAGIC:
        raise WorkbookError(
            f"{name} est protégé par un mot de passe ou est un ancien classeur Excel 97-2003 "
            "(.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le sans mot de passe "
            "au format .xlsx."
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(
            f"{name} n'est pas un classeur Excel .xlsx (le fichier n'est pas une archive xlsx)."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise WorkbookError(f"{name} est un classeur .xlsx endommagé ({exc}).") from exc


def _check_archive(archive: zipfile.ZipFile, name: str, limits: GuardLimits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise WorkbookError(f"{name} contient trop d'éléments ({len(entries)}) pour un classeur.")
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise WorkbookError(
            f"{name} n'est pas un classeur Excel .xlsx (archive sans classeur Excel ; "
            "un fichier .ods ou .docx doit être enregistré au format .xlsx)."
        )
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise WorkbookError(f"{name} est chiffré : enregistrez-le sans mot de passe.")
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_uncompressed_bytes:
        raise _too_big(name, declared, limits)
    for entry in entries:
        if (
            entry.file_size > limits.ratio_applies_above
            and entry.file_size > limits.max_ratio * max(entry.compress_size, 1)
        ):
            raise WorkbookError(
                f"{name} est refusé : un de ses éléments se décompresse "
                f"{entry.file_size // max(entry.compress_size, 1)} fois plus gros que sa taille "
                "dans le fichier (archive piégée, « bombe zip »)."
            )
    budget = limits.max_uncompressed_bytes
    for entry in entries:
        budget -= _stream_entry(archive, entry, name, budget, limits)


def _too_big(name: str, size: int, limits: GuardLimits) -> WorkbookError:
    return WorkbookError(
        f"{name} est refusé : une fois décompressé il dépasse {_megabytes(size)} "
        f"(limite {_megabytes(limits.max_uncompressed_bytes)}). Un classeur de territoires "
        "n'atteint jamais cette taille : le fichier est peut-être piégé (« bombe zip »)."
    )


def _stream_entry(
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    name: str,
    budget: int,
    limits: GuardLimits,
) -> int:
    """Decompress one entry chunk by chunk; count rows of a worksheet. Return its size."""
    is_sheet = bool(_WORKSHEET.fullmatch(entry.filename))
    rows = 0
    size = 0
    tail = b""
    with archive.open(entry) as stream:
        first = True
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                raise _too_big(name, limits.max_uncompressed_bytes + 1, limits)
            if not is_sheet:
                continue
            if first:
                first = False
                declared = _DIMENSION.search(chunk[:4096])
                if declared and int(declared.group(1)) > limits.max_rows_per_sheet + 1:
                    raise _too_many_rows(name, entry.filename, int(declared.group(1)), limits)
            window = tail + chunk
            rows += len(_ROW_TAG.findall(window)) - len(_ROW_TAG.findall(tail))
            tail = window[-16:]
            if rows > limits.max_rows_per_sheet + 1:
                raise _too_many_rows(name, entry.filename, rows, limits)
    return size


def _too_many_rows(name: str, member: str, rows: int, limits: GuardLimits) -> WorkbookError:
    sheet = member.rsplit("/", 1)[-1].removesuffix(".xml")
    return WorkbookError(
        f"{name} est refusé : la feuille {sheet} compte au moins {rows:,} lignes, "
        f"plus que la limite de {limits.max_rows_per_sheet:,} lignes par feuille.".replace(
            ",", "\u202f"
        )
    )
