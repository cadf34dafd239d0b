"""Frozen copies of a territory's records, taken when something is sent.

A snapshot is the territory as ``records.load_territory`` reads it (its fields, the
current contract and its enjeux, signatories, axes, fiches outside the trash with
their financing lines and indicators), written generically from the records'
attributes: a column added to a table is in the next snapshot with no code here.
Private notes are left out (they never leave the app), and so are the creation and
update times (they change on every write and say nothing about the data).

The JSON is compressed with zlib and stored in the database; identical states of a
territory share one row, found by the SHA-256 of the JSON. Most snapshots differ from
the previous one by a few fiches: such a snapshot is stored against the territory's
latest full one (``base_id``), every record left unchanged (same id, same values)
written as a reference, so a follow-up of years costs little more than its edits.
``restore`` gives back the same records, so documents and totals are computed from a
snapshot by the same code as from the live data.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Uuid, select
from sqlalchemy.orm import Session, object_session

from ti_desktop.db.base import ExactDecimal, UTCDateTime
from ti_desktop.db.models import Instantane
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields import entity
from ti_desktop.services.records import (
    AxisRecord,
    ContractRecord,
    EnjeuRecord,
    FicheRecord,
    FinancingLineRecord,
    IndicatorRecord,
    Record,
    SignatoryRecord,
    TerritoryRecord,
    load_territory,
)

FORMAT = 1
"""Version of the snapshot layout (stored with each snapshot)."""

_LEFT_OUT = frozenset({"created_at", "updated_at"})
_CHILDREN: dict[type[Record], dict[str, type[Record]]] = {
    TerritoryRecord: {
        "contrat_courant": ContractRecord,
        "signataires": SignatoryRecord,
        "axes": AxisRecord,
        "fiches_actives": FicheRecord,
    },
    ContractRecord: {"enjeux_locaux": EnjeuRecord},
    FicheRecord: {"financements": FinancingLineRecord, "indicateurs": IndicatorRecord},
}
_SAME = "="  # {"=": id}: the record of that id in the base snapshot, unchanged
_CACHE_SIZE = 8
_decoded: OrderedDict[uuid.UUID, dict[str, Any]] = OrderedDict()
_restored: OrderedDict[uuid.UUID, TerritoryRecord] = OrderedDict()


_RECORDS: tuple[type[Record], ...] = (
    TerritoryRecord, ContractRecord, EnjeuRecord, SignatoryRecord, AxisRecord, FicheRecord,
    FinancingLineRecord, IndicatorRecord,
)  # fmt: skip


def _private_keys(cls: type[Record]) -> frozenset[str]:
    return _PRIVATE[cls.__name__]


def plain_value(value: Any) -> Any:
    """A value as JSON holds it (the column type brings it back on restore)."""
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def _encode(record: Record) -> dict[str, Any]:
    children = _CHILDREN.get(type(record), {})
    private = _private_keys(type(record))
    data: dict[str, Any] = {}
    for key, value in record.__dict__.items():
        if key in _LEFT_OUT or key in private:
            continue
        if key in children:
            if isinstance(value, list):
                data[key] = [_encode(child) for child in value]
            else:
                data[key] = None if value is None else _encode(value)
        else:
            data[key] = plain_value(value)
    return data


def as_plain(record: Record) -> dict[str, Any]:
    """A record and its children as plain JSON values (what a snapshot holds)."""
    return _encode(record)


def _reader(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, Uuid):
        return uuid.UUID
    if isinstance(column_type, ExactDecimal):
        return Decimal
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    return None


def _table_columns(cls: type[Record]) -> dict[str, tuple[Any, Callable[[Any], Any] | None]]:
    """Each column of the record's table: its scalar default and how to read it back."""
    columns = {}
    for column in cls.model.__table__.columns:
        default = column.default
        scalar = default.arg if default is not None and default.is_scalar else None
        columns[column.key] = (scalar, _reader(column.type))
    return columns


_PRIVATE = {
    cls.__name__: frozenset(f.key for f in entity(cls.model.__tablename__) if f.private)
    for cls in _RECORDS
}
_COLUMNS = {cls.__name__: _table_columns(cls) for cls in _RECORDS}


def _decode(cls: type[Record], data: dict[str, Any]) -> Any:
    children = _CHILDREN.get(cls, {})
    columns = _COLUMNS[cls.__name__]
    # A column added after the snapshot was taken gets its default.
    values: dict[str, Any] = {key: default for key, (default, _read) in columns.items()}
    for key in _private_keys(cls):
        values[key] = ""
    for key in children:
        values[key] = None if key == "contrat_courant" else []
    for key, raw in data.items():
        if key in children:
            child_cls = children[key]
            if isinstance(raw, list):
                values[key] = [_decode(child_cls, item) for item in raw]
            else:
                values[key] = None if raw is None else _decode(child_cls, raw)
            continue
        read = columns[key][1] if key in columns else None
        values[key] = raw if raw is None or read is None else read(raw)
    return cls(**values)


def encode_territory(territory: TerritoryRecord) -> bytes:
    """The territory's records as canonical JSON (UTF-8): equal data, equal bytes."""
    document = {"format": FORMAT, "territoire": _encode(territory)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def decode_territory(raw_json: bytes) -> TerritoryRecord:
    """The records ``encode_territory`` wrote, as read records again."""
    document = json.loads(raw_json)
    territory: TerritoryRecord = _decode(TerritoryRecord, document["territoire"])
    return territory


def _canonical(node: Any) -> str:
    return json.dumps(node, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _records_by_id(node: Any, found: dict[str, tuple[str, Any]]) -> dict[str, tuple[str, Any]]:
    """Every record of a decoded snapshot, by id: (canonical JSON, record)."""
    if isinstance(node, list):
        for item in node:
            _records_by_id(item, found)
    elif isinstance(node, dict):
        for value in node.values():
            _records_by_id(value, found)
        if isinstance(node.get("id"), str):
            found[node["id"]] = (_canonical(node), node)
    return found


def _against(node: Any, base: dict[str, tuple[str, Any]]) -> Any:
    """``node`` with every record equal to the base's record of the same id as a reference."""
    if isinstance(node, list):
        return [_against(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    known = base.get(node["id"]) if isinstance(node.get("id"), str) else None
    if known is not None and known[0] == _canonical(node):
        return {_SAME: node["id"]}
    return {key: _against(value, base) for key, value in node.items()}


def _expanded(node: Any, base: dict[str, tuple[str, Any]]) -> Any:
    if isinstance(node, list):
        return [_expanded(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    if len(node) == 1 and _SAME in node:
        return base[node[_SAME]][1]
    return {key: _expanded(value, base) for key, value in node.items()}


def _latest_full(session: Session, territoire_id: uuid.UUID) -> Instantane | None:
    return session.scalars(
        select(Instantane)
        .where(Instantane.territoire_id == territoire_id, Instantane.base_id.is_(None))
        .order_by(Instantane.created_at.desc())
        .limit(1)
    ).first()


def take_snapshot(session: Session, territoire_id: uuid.UUID) -> Instantane:
    """Freeze the territory's current records (in the caller's write transaction).

    Returns the stored snapshot: a new row, or the one already holding the same data.

    Raises:
        UserFacingError: the territory does not exist (or is in the trash).
    """
    territory = load_territory(session, territoire_id)
    if territory is None:
        raise UserFacingError("Ce territoire n'existe plus dans la base.")
    raw = encode_territory(territory)
    fingerprint = hashlib.sha256(raw).hexdigest()
    existing = session.scalar(
        select(Instantane).where(
            Instantane.territoire_id == territoire_id, Instantane.empreinte == fingerprint
        )
    )
    if existing is not None:
        return existing
    full = zlib.compress(raw, 9)
    stored, base_id = full, None
    base = _latest_full(session, territoire_id)
    if base is not None:
        document = json.loads(raw)
        delta = zlib.compress(
            _canonical(_against(document, _records_by_id(_document(base), {}))).encode(), 9
        )
        if len(delta) * 2 < len(full):  # else a new full snapshot: later ones start from it
            stored, base_id = delta, base.id
    snapshot = Instantane(
        territoire_id=territoire_id,
        format=FORMAT,
        empreinte=fingerprint,
        taille_brute=len(raw),
        base_id=base_id,
        donnees=stored,
    )
    session.add(snapshot)
    session.flush()
    return snapshot


def _document(stored: Instantane) -> dict[str, Any]:
    """The snapshot's JSON, references to its base resolved; kept decoded (it never changes)."""
    document = _decoded.get(stored.id)
    if document is not None:
        _decoded.move_to_end(stored.id)
        return document
    try:
        document = json.loads(zlib.decompress(stored.donnees))
    except (zlib.error, ValueError) as exc:
        raise UserFacingError("La copie des données de cet envoi est illisible.") from exc
    if not isinstance(document, dict) or document.get("format", 0) > FORMAT:
        raise UserFacingError(
            "La copie des données de cet envoi vient d'une version plus récente de TI Desktop."
        )
    if stored.base_id is not None:
        session = object_session(stored)
        full = session.get(Instantane, stored.base_id) if session is not None else None
        if full is None:
            raise UserFacingError("La copie des données de cet envoi est incomplète.")
        document = _expanded(document, _records_by_id(_document(full), {}))
    _decoded[stored.id] = document
    while len(_decoded) > _CACHE_SIZE:
        _decoded.popitem(last=False)
    return document


def restore(session: Session, instantane_id: uuid.UUID, *, shared: bool = False) -> TerritoryRecord:
    """The territory as it was in snapshot ``instantane_id``.

    Records are fresh on each call; with ``shared``, the same records are given again
    to a caller that only reads them (the fiches list marks on each reload).

    Raises:
        UserFacingError: the snapshot is gone or unreadable.
    """
    if shared and (known := _restored.get(instantane_id)) is not None:
        return known
    stored = session.get(Instantane, instantane_id)
    if stored is None:
        raise UserFacingError("La copie des données de cet envoi est introuvable.")
    territory: TerritoryRecord = _decode(TerritoryRecord, _document(stored)["territoire"])
    if shared:
        _restored[instantane_id] = territory
        while len(_restored) > _CACHE_SIZE:
            _restored.popitem(last=False)
    return territory
