"""Refuse an archive (xlsx, ods, docx) that is not safe to load, before a parser reads it.

Checks, cheapest first: the file exists; it is not an OLE container (an encrypted
workbook, an old ``.xls`` or ``.doc``); it is a zip holding the expected parts; the
sizes its entries declare stay within bounds; then every entry is decompressed as a
stream, with a byte budget (zip headers can lie), counting the rows of each
worksheet. Nothing is kept in memory beyond one chunk. ``check_workbook_file`` checks
an Excel workbook; ``check_archive_file`` any of the ``ArchiveFormat`` below.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ti_desktop.errors import WorkbookError
from ti_desktop.services.files.archives import zip_bomb_sentence

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_CHUNK = 1 << 20
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]+\d+:[A-Z]+(\d+)\"")


@dataclass(frozen=True)
class GuardLimits:
    """Bounds far above any real territory or regional workbook."""

    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200
    ratio_applies_above: int = 8 * 1024 * 1024
    max_rows_per_sheet: int = 250_000
    max_entries: int = 5_000


DEFAULT_LIMITS = GuardLimits()


@dataclass(frozen=True)
class ArchiveFormat:
    """One kind of zip document: the parts it must hold and how to name it to a user.

    Attributes:
        noun: the kind of file, with its article (« un classeur Excel .xlsx »).
        short: the kind in a damaged-file sentence (« classeur .xlsx »).
        required: entries the archive must hold.
        missing: why an archive without them is refused (appended in parentheses).
        encrypted: the advice for an OLE container (an encrypted or old binary file).
        worksheets: entries whose rows are counted (``None``: no count).
    """

    noun: str
    short: str
    required: tuple[str, ...]
    missing: str
    encrypted: str
    worksheets: re.Pattern[str] | None = None


XLSX = ArchiveFormat(
    noun="un classeur Excel .xlsx",
    short="classeur .xlsx",
    required=("xl/workbook.xml", "[Content_Types].xml"),
    missing="archive sans classeur Excel ; un fichier .ods ou .docx doit être enregistré au "
    "format .xlsx",
    encrypted="est protégé par un mot de passe ou est un ancien classeur Excel 97-2003 "
    "(.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le sans mot de passe au "
    "format .xlsx.",
    worksheets=re.compile(r"xl/worksheets/[^/]+\.xml"),
)
ODS = ArchiveFormat(
    noun="un classeur OpenDocument .ods",
    short="classeur .ods",
    required=("content.xml",),
    missing="archive sans feuille de calcul OpenDocument",
    encrypted="est protégé par un mot de passe ou n'est pas un classeur .ods. Ouvrez-le "
    "dans LibreOffice et enregistrez-le sans mot de passe.",
)
DOCX = ArchiveFormat(
    noun="un document Word .docx",
    short="document .docx",
    required=("word/document.xml", "[Content_Types].xml"),
    missing="archive sans document Word",
    encrypted="est protégé par un mot de passe ou est un ancien document Word 97-2003 "
    "(.doc). Ouvrez-le dans Word ou LibreOffice et enregistrez-le sans mot de passe au "
    "format .docx.",
)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mo"


def check_workbook_file(path: Path, limits: GuardLimits = DEFAULT_LIMITS) -> None:
    """Raise ``WorkbookError`` unless ``path`` is a plain xlsx of sane size.

    Raises:
        WorkbookError: with a French message naming the file.
    """
    check_archive_file(path, XLSX, limits)


def check_archive_file(
    path: Path, archive_format: ArchiveFormat, limits: GuardLimits = DEFAULT_LIMITS
) -> None:
    """Raise ``WorkbookError`` unless ``path`` is a plain archive of ``archive_format``.

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
        raise WorkbookError(f"{name} {archive_format.encrypted}")
    if not zipfile.is_zipfile(path):
        suffix = archive_format.short.split()[-1]
        raise WorkbookError(
            f"{name} n'est pas {archive_format.noun} (le fichier n'est pas une archive "
            f"{suffix.lstrip('.')})."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, archive_format, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise WorkbookError(f"{name} est un {archive_format.short} endommagé ({exc}).") from exc


def _check_archive(
    archive: zipfile.ZipFile, name: str, archive_format: ArchiveFormat, limits: GuardLimits
) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise WorkbookError(
            f"{name} contient trop d'éléments ({len(entries)}) pour un {archive_format.short}."
        )
    names = {entry.filename for entry in entries}
    if not all(required in names for required in archive_format.required):
        raise WorkbookError(f"{name} n'est pas {archive_format.noun} ({archive_format.missing}).")
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise WorkbookError(f"{name} est chiffré : enregistrez-le sans mot de passe.")
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_uncompressed_bytes:
        raise _too_big(name, declared, limits)
    bomb = zip_bomb_sentence(
        entries, applies_above=limits.ratio_applies_above, max_ratio=limits.max_ratio
    )
    if bomb is not None:
        raise WorkbookError(f"{name} est refusé : {bomb}")
    budget = limits.max_uncompressed_bytes
    for entry in entries:
        is_sheet = bool(
            archive_format.worksheets and archive_format.worksheets.fullmatch(entry.filename)
        )
        budget -= _stream_entry(archive, entry, name, budget, limits, count_rows=is_sheet)


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
    *,
    count_rows: bool,
) -> int:
    """Decompress one entry chunk by chunk; count rows of a worksheet. Return its size."""
    rows = 0
    size = 0
    tail = b""
    with archive.open(entry) as stream:
        first = True
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                raise _too_big(name, limits.max_uncompressed_bytes + 1, limits)
            if not count_rows:
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


def too_many_rows(name: str, sheet: str, rows: int, limits: GuardLimits) -> WorkbookError:
    """The refusal of a sheet with too many rows (``name``: the quoted file name)."""
    return WorkbookError(
        f"{name} est refusé : la feuille {sheet} compte au moins {rows:,} lignes, "
        f"plus que la limite de {limits.max_rows_per_sheet:,} lignes par feuille.".replace(
            ",", "\u202f"
        )
    )


def _too_many_rows(name: str, member: str, rows: int, limits: GuardLimits) -> WorkbookError:
    return too_many_rows(name, member.rsplit("/", 1)[-1].removesuffix(".xml"), rows, limits)
