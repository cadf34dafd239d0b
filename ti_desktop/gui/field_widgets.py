"""Labels, tooltips and limits of form widgets, read from the field table.

A field's label is spelled once, in ``services/fields/catalog.py``: the ``.ui`` forms
keep the widgets and their layout, and these helpers give them their text. Catalog
labels are French already (the program's source language), so they bypass ``tr()``.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ti_desktop.services.fields import Entity, Field, FieldValueError, Kind

_MARKUP = re.compile(r"`|\*\*")


def help_text(field: Field) -> str:
    """The field's help as one plain sentence (the catalog writes Markdown for the docs)."""
    text = _MARKUP.sub("", field.help)
    return text[:1].upper() + text[1:] + ("." if text and not text.endswith(".") else "")


def in_sentence(field: Field) -> str:
    """The label inside a sentence: « maître d'ouvrage », but « N° » stays."""
    label = field.label
    if len(label) > 1 and label[1].isalpha() and not label[1].isupper():
        return label[:1].lower() + label[1:]
    return label


def column_header(field: Field) -> str:
    """The label as a table header: a long one on two lines, so short values keep room."""
    label = field.label
    spaces = [i for i, char in enumerate(label) if char == " "]
    if len(label) <= 14 or not spaces:
        return label
    middle = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:middle] + "\n" + label[middle + 1 :]


def caption(field: Field, mnemonic: str = "") -> str:
    """« &Maître d'ouvrage : »: the label, its shortcut letter marked, as a form shows it."""
    text = field.label.replace("&", "&&")
    index = text.find(mnemonic) if mnemonic else -1
    if index >= 0:
        text = text[:index] + "&" + text[index:]
    return f"{text} :"


def bind_label(label: QLabel, field: Field, mnemonic: str = "") -> None:
    """Give a form label its field's caption, and its help as tooltip."""
    label.setText(caption(field, mnemonic))
    if field.help:
        label.setToolTip(help_text(field))


def bind_editor(editor: QWidget, field: Field) -> None:
    """Give an editor its field's help as tooltip and, for a line, its maximum length."""
    if field.help:
        editor.setToolTip(help_text(field))
    if isinstance(editor, QLineEdit) and field.max_length is not None and not field.multiline:
        editor.setMaxLength(field.max_length)


_INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fdecea; }"


def mark_refused(editor: QLineEdit, error: FieldValueError | None, field: Field) -> None:
    """Show on the field itself why its text was refused (None: clear the mark)."""
    if error is None:
        editor.setStyleSheet("")
        editor.setToolTip(help_text(field) if field.help else "")
        return
    editor.setStyleSheet(_INVALID_STYLE)
    editor.setToolTip(error.message)


LINE_KINDS = frozenset({Kind.TEXT, Kind.NUMERO, Kind.EMAIL, Kind.DATE})
"""Kinds a form edits in a one-line text field (dates in a ``DateLineEdit``)."""


def form_fields(
    form: object,
    entity: Entity,
    widget_type: type[QWidget],
    *,
    kinds: frozenset[Kind] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Field]:
    """The fields of ``entity`` that a Designer form edits, found by widget name.

    A field's editor is named ``<key>_edit`` (or ``names[key]``) and its caption
    ``<key>_label``: a widget added to the ``.ui`` with the field's key is bound with
    no code (label, tooltip, limits, loading and saving). Catalog order is kept.
    """
    found: dict[str, Field] = {}
    for field in entity:
        if kinds is not None and field.kind not in kinds:
            continue
        widget = getattr(form, (names or {}).get(field.key, f"{field.key}_edit"), None)
        if isinstance(widget, widget_type):
            found[field.key] = field
    return found
