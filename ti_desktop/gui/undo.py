"""Undoable edits: each command wraps a service write function and its inverse.

Widgets never write to the database nor check values themselves: they push a
command on the window's ``QUndoStack``. ``redo()`` and ``undo()`` each run one
service call in a short transaction (the service checks the values with the field
table), then the ``ChangeNotifier`` tells every view what changed so it reloads, and
the status bar records the time of the last save.

A command whose write fails is marked obsolete, so Qt drops it from the stack and it
cannot be undone: a refused value goes to the command's ``on_refused`` (a page shows
it beside the field) or to ``notifier.failed``; an environment error (locked file,
disk full) always goes to ``notifier.failed``, which the window shows in a dialog. A
command that changes nothing (the same value typed again) is dropped too.
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
from ti_desktop.errors import DatabaseEnvironmentError, UserFacingError
from ti_desktop.services.edits.changes import Previous, restore
from ti_desktop.services.edits.snapshots import Snapshot, delete_record, insert_snapshot

Refusal = Callable[[UserFacingError], None]
"""Shows why a value was refused (nothing was written)."""


class ChangeNotifier(QObject):
    """Broadcasts what the last write changed.

    ``changed(table, territoire_id)``: ``table`` is the SQL table name
    (``"fiche_action"``, ``"signataire"``...); ``territoire_id`` is the UUID of the
    territory concerned, or ``None`` when unknown or global (reference lists).
    """

    changed = Signal(str, object)
    saved = Signal(datetime)
    failed = Signal(str)

    def notify(self, table: str, territoire_id: uuid.UUID | None) -> None:
        self.changed.emit(table, territoire_id)
        self.saved.emit(datetime.now())


class DatabaseCommand(QUndoCommand):
    """Base: runs ``_do`` / ``_undo`` in a transaction, notifies, or fails obsolete."""

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        table: str,
        territoire_id: uuid.UUID | None,
        *,
        on_refused: Refusal | None = None,
    ) -> None:
        super().__init__(text)
        self.database = database
        self.notifier = notifier
        self.table = table
        self.territoire_id = territoire_id
        self._on_refused = on_refused
        self._done_once = False

    def _run(self, action: Callable[[Session], None]) -> bool:
        """Run ``action`` in a transaction; False (command obsolete) when it failed."""
        try:
            with self.database.session() as session:
                action(session)
        except DatabaseEnvironmentError as exc:
            self._fail(exc, refused=False)
            return False
        except UserFacingError as exc:
            self._fail(exc, refused=True)
            return False
        return True

    def _fail(self, error: UserFacingError, *, refused: bool) -> None:
        self.setObsolete(True)
        if refused and self._on_refused is not None:
            self._on_refused(error)
        else:
            self.notifier.failed.emit(str(error))

    def _do(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError

    def _changed_anything(self) -> bool:
        """Whether the first ``_do`` wrote something (the same value typed again: no)."""
        return True

    def redo(self) -> None:
        first = not self._done_once
        if not self._run(self._do):
            return
        self._done_once = True
        if first and not self._changed_anything():
            self.setObsolete(True)
            return
        self.notifier.notify(self.table, self.territoire_id)

    def undo(self) -> None:
        if self._run(self._undo):
            self.notifier.notify(self.table, self.territoire_id)


class ServiceCommand(DatabaseCommand):
    """A service call paired with its inverse (reordering, renumbering, default axes).

    ``do(session)`` returns a value kept in ``self.result``; ``undo(session, result)``
    reverts it.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        table: str,
        territoire_id: uuid.UUID | None,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], object],
        *,
        on_refused: Refusal | None = None,
    ) -> None:
        super().__init__(database, notifier, text, table, territoire_id, on_refused=on_refused)
        self._forward = do
        self._backward = undo
        self.result: Any = None

    def _do(self, session: Session) -> None:
        self.result = self._forward(session)

    def _undo(self, session: Session) -> None:
        self._backward(session, self.result)


class UpdateCommand(ServiceCommand):
    """Change fields of records through a service ``update(session) -> Previous``.

    Undo puts the previous values back (``changes.restore``); typing the same value
    again adds no command.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        territoire_id: uuid.UUID | None,
        update: Callable[[Session], Previous],
        *,
        on_refused: Refusal | None = None,
    ) -> None:
        super().__init__(
            database,
            notifier,
            text,
            cls.__tablename__,
            territoire_id,
            do=update,
            undo=lambda session, previous: restore(session, cls, previous),
            on_refused=on_refused,
        )

    def _changed_anything(self) -> bool:
        return bool(self.result)


class CreateCommand(DatabaseCommand):
    """Create a record through a service ``create(session)``; undo deletes it.

    Pass the future id to the service (``record_id``) so views can select the new
    row after ``push()``. After an undo, redo re-inserts the very rows the service
    wrote (snapshot), so later commands find the same identifiers.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        territoire_id: uuid.UUID | None,
        record_id: uuid.UUID,
        create: Callable[[Session], object],
        *,
        on_refused: Refusal | None = None,
    ) -> None:
        super().__init__(
            database, notifier, text, cls.__tablename__, territoire_id, on_refused=on_refused
        )
        self.cls = cls
        self.record_id = record_id
        self._create = create
        self._snapshot: Snapshot | None = None

    def _do(self, session: Session) -> None:
        if self._snapshot is None:
            self._create(session)
        else:
            insert_snapshot(session, self.cls, self._snapshot)

    def _undo(self, session: Session) -> None:
        self._snapshot = delete_record(session, self.cls, self.record_id)


class DeleteCommand(ServiceCommand):
    """Delete a record (and its children) through a service returning its snapshot.

    ``delete`` defaults to ``snapshots.delete_record``; a service passes its own when
    a rule may refuse the deletion (an axis still used). Undo re-inserts the rows.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        cls: type[Base],
        territoire_id: uuid.UUID | None,
        record_id: uuid.UUID,
        delete: Callable[[Session, uuid.UUID], Snapshot] | None = None,
        *,
        on_refused: Refusal | None = None,
    ) -> None:
        remove = delete or (lambda session, key: delete_record(session, cls, key))
        super().__init__(
            database,
            notifier,
            text,
            cls.__tablename__,
            territoire_id,
            do=lambda session: remove(session, record_id),
            undo=lambda session, data: insert_snapshot(session, cls, data),
            on_refused=on_refused,
        )
        self.record_id = record_id


class ImportCommand(ServiceCommand):
    """An import applied in one step (a tracker, returned forms), undone in one step.

    ``do`` returns what ``undo`` needs (``services.imports.apply.Undo``); every table the
    import writes is notified, so each view reloads. ``applied``: the result of a first
    ``do`` already run off the GUI thread (500 fiches take seconds); the push then only
    records it, and a later redo runs ``do`` again.
    """

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        text: str,
        tables: tuple[str, ...],
        territoire_id: uuid.UUID | None,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], object],
        *,
        applied: Any = None,
    ) -> None:
        super().__init__(database, notifier, text, tables[0], territoire_id, do=do, undo=undo)
        self.tables = tables
        self._applied = applied

    def redo(self) -> None:
        first = not self._done_once
        if first and self._applied is not None:
            self.result, self._applied = self._applied, None
        elif not self._run(self._do):
            return
        self._done_once = True
        if first and not self.result.steps:
            self.setObsolete(True)  # nothing to write: no empty step on the stack
            return
        self._notify()

    def undo(self) -> None:
        if self._run(self._undo):
            self._notify()

    def _notify(self) -> None:
        for table in self.tables:
            self.notifier.notify(table, self.territoire_id)
