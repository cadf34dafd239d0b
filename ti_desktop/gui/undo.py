"""Undoable edits: each command is one database transaction, done and undone.

Widgets never write to the database themselves: they push a command on the window's
``QUndoStack``. ``redo()`` and ``undo()`` each run in their own short session, then
the ``ChangeNotifier`` tells every view what changed so it reloads, and the status
bar records the time of the last save. A command whose write fails (locked file,
vanished record) is marked obsolete and the error goes to ``notifier.failed``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.edits import snapshots as record_edits
from ti_desktop.services.edits.snapshots import Snapshot


class ChangeNotifier(QObject):
    """Broadcasts what the last write changed.

    ``changed(table, territory_id)``: ``table`` is the SQL table name
    (``"fiche_action"``, ``"signataire"``...); ``territory_id`` is the UUID of the
    territory concerned, or ``None`` when unknown or global (reference lists).
    """

    changed = Signal(str, object)
    saved = Signal(datetime)
    failed = Signal(str)

    def notify(self, table: str, territory_id: uuid.UUID | None) -> None:
        self.changed.emit(table, territory_id)
        self.saved.emit(datetime.now())


class DatabaseCommand(QUndoCommand):
    """Base: runs ``_do``/``_undo`` in a transaction and notifies."""

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        table: str,
        territory_id: uuid.UUID | None,
    ) -> None:
        super().__init__(text)
        self.database = database
        self.notifier = notifier
        self.table = table
        self.territory_id = territory_id

    def _run(self, action: Callable[[Session], None]) -> None:
        try:
            with self.database.session() as session:
                action(session)
        except UserFacingError as exc:
            self.setObsolete(True)
            self.notifier.failed.emit(str(exc))
            return
        self.notifier.notify(self.table, self.territory_id)

    def _do(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class SetFieldsCommand(DatabaseCommand):
    """Change some columns of one record (a field edit, a move to/from the trash)."""

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        record_id: uuid.UUID,
        values: dict[str, Any],
        territory_id: uuid.UUID | None,
    ) -> None:
        super().__init__(database, notifier, text, cls.__tablename__, territory_id)
        self.cls = cls
        self.record_id = record_id
        self.values = values
        self.previous: dict[str, Any] = {}

    def _do(self, session: Session) -> None:
        self.previous = record_edits.set_fields(session, self.cls, self.record_id, self.values)

    def _undo(self, session: Session) -> None:
        record_edits.set_fields(session, self.cls, self.record_id, self.previous)


class InsertRecordCommand(DatabaseCommand):
    """Insert a record (with its children) given as a snapshot; undo deletes it.

    Build the snapshot with the record's future UUID in ``"id"`` so views can
    select the new row after ``push()``.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        data: Snapshot,
        territory_id: uuid.UUID | None,
    ) -> None:
        super().__init__(database, notifier, text, cls.__tablename__, territory_id)
        self.cls = cls
        self.data = data
        self.record_id: uuid.UUID = data.setdefault("id", uuid.uuid4())

    def _do(self, session: Session) -> None:
        record_edits.insert_snapshot(session, self.cls, self.data)

    def _undo(self, session: Session) -> None:
        self.data = record_edits.delete_record(session, self.cls, self.record_id)


class DeleteRecordCommand(DatabaseCommand):
    """Delete a record and its children for good; undo re-inserts them."""

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        record_id: uuid.UUID,
        territory_id: uuid.UUID | None,
    ) -> None:
        super().__init__(database, notifier, text, cls.__tablename__, territory_id)
        self.cls = cls
        self.record_id = record_id
        self.data: Snapshot = {}

    def _do(self, session: Session) -> None:
        self.data = record_edits.delete_record(session, self.cls, self.record_id)

    def _undo(self, session: Session) -> None:
        record_edits.insert_snapshot(session, self.cls, self.data)


class ServiceCommand(DatabaseCommand):
    """Any service call paired with its inverse (renumbering, reordering, duplicating).

    ``do`` returns a value kept in ``self.result``; ``undo`` receives it.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        table: str,
        territory_id: uuid.UUID | None,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], None],
    ) -> None:
        super().__init__(database, notifier, text, table, territory_id)
        self._forward = do
        self._backward = undo
        self.result: Any = None

    def _do(self, session: Session) -> None:
        self.result = self._forward(session)

    def _undo(self, session: Session) -> None:
        self._backward(session, self.result)
