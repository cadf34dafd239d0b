"""A row's values as plain JSON, and back, by each column's Python type.

The last synchronised copy of a row and a pending publication are kept as JSON in the
laptop's file; two versions are equal when their JSON forms are (``Decimal`` as its
exact text, dates in ISO 8601, UUIDs in their canonical form).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.types import TypeDecorator, TypeEngine

from ti_desktop.services.sync.tables import SyncTable, sync_table

JsonRow = dict[str, Any]


_KINDS: dict[str, dict[str, type]] = {}


def _python_type(kind: TypeEngine[Any]) -> type:
    if isinstance(kind, TypeDecorator):  # ExactDecimal, UTCDateTime: their stored type says
        return _python_type(kind.impl_instance)
    return kind.python_type


def column_kinds(table_name: str) -> dict[str, type]:
    """The Python type of each column of a synchronised table."""
    name = str(table_name)
    if name not in _KINDS:
        columns = sync_table(name).table.columns
        _KINDS[name] = {c.name: _python_type(c.type) for c in columns}
    return _KINDS[name]


def encode_value(kind: type, value: Any) -> Any:
    """One value in its JSON form."""
    if value is None:
        return None
    if kind is Decimal:
        return str(value)
    if kind is uuid.UUID:
        return str(value)
    if kind is datetime:
        return value.astimezone(UTC).isoformat()
    if kind is date:
        return value.isoformat()
    return value


def decode_value(kind: type, value: Any) -> Any:
    """A JSON value back to the column's Python type."""
    if value is None:
        return None
    if kind is Decimal:
        return Decimal(str(value))
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is datetime:
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if kind is date:
        return date.fromisoformat(value)
    return value


def encode_row(table: SyncTable, values: Mapping[Any, Any]) -> JsonRow:
    """The synchronised columns of ``values`` in JSON form."""
    kinds = column_kinds(table.name)
    return {c: encode_value(kinds[c], values[c]) for c in table.columns}


def encode_values(table: SyncTable, values: Mapping[str, Any]) -> JsonRow:
    """Some columns' values in JSON form."""
    kinds = column_kinds(table.name)
    return {c: encode_value(kinds[c], v) for c, v in values.items()}


def decode_row(table: SyncTable, row: Mapping[str, Any], columns: Iterable[str] = ()) -> JsonRow:
    """JSON values back to Python ones (every known column, or ``columns``)."""
    kinds = column_kinds(table.name)
    wanted = tuple(columns) or tuple(c for c in table.columns if c in row)
    return {c: decode_value(kinds[c], row.get(c)) for c in wanted}


def dumps(row: JsonRow | None) -> str | None:
    """Stored text of a JSON row (None stays None)."""
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> JsonRow | None:
    """A stored JSON row."""
    return None if text is None else dict(json.loads(text))


def same_content(table: SyncTable, left: JsonRow | None, right: JsonRow | None) -> bool:
    """Whether two versions (None: absent or deleted) hold the same values.

    Creation and modification times are left out: laptops' clocks differ, and a save
    that changed nothing must not count as a change.
    """
    if left is None or right is None:
        return left is None and right is None
    return all(left.get(c) == right.get(c) for c in table.compared)


def differing_columns(table: SyncTable, *versions: JsonRow | None) -> list[str]:
    """The compared columns whose value is not the same in every given version."""
    present = [v for v in versions if v is not None]
    return [c for c in table.compared if len({json.dumps(v.get(c)) for v in present}) > 1]
