"""Pasting a block into a table of records: plan, preview, one undo step.

The page gives a function planning the paste from a session
(``services.entry.pasting.plan_*``); ``paste_block`` runs it, shows a preview when
more than one row would be created (or the refused cells), and pushes one
``ServiceCommand`` whose redo applies the plan and whose undo takes it all back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.dialogs.paste_preview_dialog import PastePreviewDialog
from ti_desktop.gui.undo import ChangeNotifier, Refusal, ServiceCommand
from ti_desktop.services.entry import pasting
from ti_desktop.services.entry.pasting import PastePlan


def _tr(text: str) -> str:
    return QCoreApplication.translate("PasteSupport", text)


class BlockPaster:
    """Pastes for one page: its database, undo stack and notifier, and how to explain."""

    def __init__(
        self,
        parent: QWidget,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        on_refused: Refusal,
    ) -> None:
        self.parent = parent
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.on_refused = on_refused
        self.preview: PastePreviewDialog | None = None
        """The last preview shown (tests accept it)."""

    def paste(
        self,
        plan: Callable[[Session], PastePlan],
        *,
        table: str,
        text: str,
        done: Callable[[PastePlan], None] | None = None,
        view: QWidget | None = None,
    ) -> PastePlan | None:
        """Plan the paste; apply it now (one row or less) or after the preview.

        ``view`` (the table pasted into) gets the keyboard back afterwards.
        """
        if view is not None:
            previous = done

            def done(
                plan: PastePlan, previous: Callable[[PastePlan], None] | None = previous
            ) -> None:
                if previous is not None:
                    previous(plan)
                view.setFocus()

        try:
            with self.database.reader() as session:
                planned = plan(session)
        except UserFacingError as exc:
            self.on_refused(exc)
            return None
        if not planned.operations and not planned.problems:
            return planned
        if planned.problems or planned.created_rows > 1:
            dialog = PastePreviewDialog(planned, text, self.parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._apply(planned, table, text, done))
            dialog.destroyed.connect(lambda *_a: self._forget(dialog))
            self.preview = dialog
            dialog.open()
            return planned
        self._apply(planned, table, text, done)
        return planned

    def _forget(self, dialog: PastePreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    def _apply(
        self,
        planned: PastePlan,
        table: str,
        text: str,
        done: Callable[[PastePlan], None] | None,
    ) -> None:
        if not planned.is_valid:
            return
        territoire_id: uuid.UUID | None = planned.territoire_id
        before = self.undo_stack.index()
        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                _tr("{0} ({1})").format(text, planned.summary()),
                table,
                territoire_id,
                do=lambda session: pasting.apply_paste(session, planned),
                undo=pasting.undo_paste,
                on_refused=self.on_refused,
            )
        )
        if done is not None and self.undo_stack.index() != before:
            done(planned)
