"""The file formats documents and workbooks are written in (no heavy import: the CLI lists them)."""

from __future__ import annotations

from typing import Literal

DocumentFormat = Literal["docx", "odt"]
DOCUMENT_FORMATS: tuple[DocumentFormat, ...] = ("docx", "odt")
"""Word, or OpenDocument text through LibreOffice."""

WorkbookFormat = Literal["xlsx", "ods"]
WORKBOOK_FORMATS: tuple[WorkbookFormat, ...] = ("xlsx", "ods")
"""Excel, or OpenDocument spreadsheet through LibreOffice."""
