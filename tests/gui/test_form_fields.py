"""Form widgets bind to the field table by name: a field's widget needs no code."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from support.window import make_window

from ti_desktop.db.store import Database
from ti_desktop.gui.field_widgets import LINE_KINDS, caption, form_fields
from ti_desktop.services.fields import FICHE_ACTION, Entity, Field, Kind

pytestmark = pytest.mark.gui


def test_a_widget_named_after_a_new_field_is_found(qtbot: QtBot) -> None:
    site = Field("site_du_projet", "Site du projet")
    entity = Entity("fiche_action", "fiche-action", (*FICHE_ACTION.fields, site))
    form = SimpleNamespace(
        site_du_projet_edit=QLineEdit(),
        site_du_projet_label=QLabel(),
        intitule_edit=QLineEdit(),
        description_edit=QPlainTextEdit(),
        simplification_edit=QPlainTextEdit(),
    )
    lines = form_fields(form, entity, QLineEdit, kinds=LINE_KINDS)
    assert list(lines) == ["intitule", "site_du_projet"]  # catalog order
    texts = form_fields(
        form, entity, QPlainTextEdit, names={"demande_simplification": "simplification_edit"}
    )
    assert list(texts) == ["description", "demande_simplification"]
    assert not form_fields(form, entity, QLineEdit, kinds=frozenset({Kind.MONEY}))


def test_every_fiche_field_edited_in_the_window_has_its_catalog_caption(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, database, tmp_path / "settings")
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    texts = [label.text() for label in editor.findChildren(QLabel)]
    plain = {text.replace("&", "") for text in texts}
    shown = {f.key for f in FICHE_ACTION if caption(f).replace("&", "") in plain}
    # every field has its caption on the form, but the dates (one « Dates » row)
    missing = {f.key for f in FICHE_ACTION} - shown - {"date_debut", "date_fin"}
    assert not missing, missing
