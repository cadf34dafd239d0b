"""Refuse a Word template that is not safe to open, before python-docx reads it.

A template comes from outside (a Région's canvas): a 1.2 MB file can unpack to
hundreds of megabytes of XML (« zip bomb ») and take gigabytes once parsed. As the
workbook guard does, the sizes its entries declare are checked, then every entry is
decompressed as a stream with a byte budget (zip headers can lie), keeping nothing
in memory beyond one chunk. Pictures count in the total, not in the XML budget.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ti_desktop.errors import TemplateError
from ti_desktop.services.files.archives import zip_bomb_sentence

_CHUNK = 1 << 20


@dataclass(frozen=True)
class TemplateLimits:
    """Bounds far above any real canvas (the national one unpacks to about 100 KB of XML)."""

    max_xml_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 256 * 1024 * 1024
    max_ratio: int = 100
    ratio_applies_above: int = 4 * 1024 * 1024
    max_entries: int = 2_000


DEFAULT_LIMITS = TemplateLimits()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mo"


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def check_template_file(path: Path, limits: TemplateLimits = DEFAULT_LIMITS) -> None:
    """Raise ``TemplateError`` unless ``path`` is a .docx that unpacks to a sane size.

    A file that is not a zip at all is left for the template reader to explain.
    """
    path = Path(path)
    if not path.is_file() or not zipfile.is_zipfile(path):
        return
    name = f"« {path.name} »"
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise TemplateError(f"Le modèle {name} est un fichier .docx endommagé ({exc}).") from exc


def _check_archive(archive: zipfile.ZipFile, name: str, limits: TemplateLimits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise TemplateError(
            f"Le modèle {name} est refusé : il contient {len(entries)} éléments, bien plus "
            "qu'un document Word."
        )
    xml = sum(entry.file_size for entry in entries if _is_xml(entry.filename))
    total = sum(entry.file_size for entry in entries)
    if xml > limits.max_xml_bytes or total > limits.max_total_bytes:
        raise _too_big(name, max(xml, total), limits)
    bomb = zip_bomb_sentence(
        entries, applies_above=limits.ratio_applies_above, max_ratio=limits.max_ratio
    )
    if bomb is not None:
        raise TemplateError(f"Le modèle {name} est refusé : {bomb}")
    xml_budget, total_budget = limits.max_xml_bytes, limits.max_total_bytes
    for entry in entries:
        is_xml = _is_xml(entry.filename)
        size = _streamed_size(
            archive, entry, min(total_budget, xml_budget) if is_xml else total_budget
        )
        total_budget -= size
        if is_xml:
            xml_budget -= size
        if xml_budget < 0 or total_budget < 0:
            raise _too_big(name, limits.max_xml_bytes + 1, limits)


def _streamed_size(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: int) -> int:
    """Decompress one entry chunk by chunk, stopping past ``budget``; its real size."""
    size = 0
    with archive.open(entry) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > budget:
                break
    return size


def _too_big(name: str, size: int, limits: TemplateLimits) -> TemplateError:
    return TemplateError(
        f"Le modèle {name} est refusé : une fois décompressé il dépasse {_megabytes(size)} "
        f"(limite {_megabytes(limits.max_xml_bytes)} de texte Word). Un modèle de contrat "
        "n'atteint jamais cette taille : le fichier est peut-être piégé (« bombe zip »)."
    )
