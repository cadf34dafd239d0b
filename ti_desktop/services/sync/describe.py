"""Rows and values in French, for conflicts, refusals and the server log."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ti_desktop.services.fields.kinds import Kind
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.french_format import format_date_short, format_number
from ti_desktop.services.sync.rows import JsonRow, column_kinds, decode_value
from ti_desktop.services.sync.tables import SyncTable, sync_table, title_columns

EMPTY = "(vide)"
TITLE_SEPARATORS = {"signataire": " — "}

LabelLookup = Callable[[str, uuid.UUID], JsonRow | None]
"""Finds a referenced row (table, id) to show its name instead of its identifier."""


def _no_lookup(_table: str, _id: uuid.UUID) -> JsonRow | None:
    return None


def value_text(table: SyncTable, column: str, value: Any, lookup: LabelLookup = _no_lookup) -> str:
    """A JSON value of ``column`` as the window would show it."""
    if value is None or value == "":
        return EMPTY
    references = dict(table.references)
    if column in references:
        target = sync_table(references[column])
        row = lookup(target.name, uuid.UUID(str(value)))
        return row_title(target, row, lookup) if row is not None else "(élément inconnu ici)"
    typed = decode_value(column_kinds(table.name)[column], value)
    field = table.field(column)
    if field is not None and field.kind is not Kind.CHOICE:
        return display_text(field, typed) or EMPTY
    if isinstance(typed, bool):
        return "oui" if typed else "non"
    if isinstance(typed, datetime):
        return typed.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(typed, date):
        return format_date_short(typed)
    if isinstance(typed, Decimal):
        return format_number(typed)
    return str(typed)


def row_title(table: SyncTable, values: JsonRow | None, lookup: LabelLookup = _no_lookup) -> str:
    """A short name for a row: « 1.2 Réhabiliter la friche », « Vosges »."""
    if values is None:
        return table.label
    if table.name == "contrat" and values.get("annee_debut") and values.get("annee_fin"):
        return f"{values.get('type_document', '')} {values['annee_debut']}-{values['annee_fin']}"
    parts = []
    for column in title_columns(table):
        if column not in values or values[column] in (None, ""):
            continue
        if column in dict(table.references):
            parts.append(value_text(table, column, values[column], lookup))
        else:
            parts.append(value_text(table, column, values[column]))
    return TITLE_SEPARATORS.get(table.name, " ").join(parts) or table.label


def described(table: SyncTable, values: JsonRow | None, lookup: LabelLookup = _no_lookup) -> str:
    """« fiche-action « 1.2 Réhabiliter » », its parent in brackets for child rows."""
    text = f"{table.label} « {row_title(table, values, lookup)} »"
    if values is None or table.owner is None or table.owner[1] == "territoire":
        return text
    column, parent_name = table.owner
    parent_id = values.get(column)
    parent = lookup(parent_name, uuid.UUID(str(parent_id))) if parent_id else None
    if parent is None:
        return text
    return f"{text} ({described(sync_table(parent_name), parent, lookup)})"
