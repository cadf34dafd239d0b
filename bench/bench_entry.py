"""The whole job of a chef de projet, through the real window, counted in user actions.

Run: ``python bench/bench_entry.py [--no-pdf] [--keep DIR]``. On a fresh base (the demo
territory of the first start), a script drives the real window's widgets with keys
and clicks only — no service call — and counts what a person does:

- create a territory and fill its page and its contract's (Région deliberation…);
- 12 signatories in three groups, one co-representative, the usual partners chosen
  from what the window proposes;
- 20 fiches with 3 financing lines and 1 indicator each, pasted from a tracker-like
  block of cells (copied from a spreadsheet: select, Ctrl+C, then Ctrl+V in the list);
- one more fiche typed at the keyboard (the cost of each further fiche);
- the contract and its PDF, the Région workbook, the e-mail draft.

Actions are clicks (a pointer action each), key chords (Tab, Enter, Ctrl+V…) and typed
words; the estimate of a person's time is 2.5 s per pointer action and 180 characters
per minute for what is typed (a key chord counts as one character). The file dialogs
are answered with the proposed name (one Enter each). At the end the script checks
what the base and the files hold, so the figures describe a job actually done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget  # noqa: E402

_NO_MODIFIER = Qt.KeyboardModifier.NoModifier
POINTER_SECONDS = 2.5
CHARACTERS_PER_SECOND = 180 / 60
BEFORE_ACTIONS, BEFORE_FICHES, BEFORE_PER_FICHE, BEFORE_MINUTES = 613, 4, 85, 45
"""Issue 10's own measure of the window before: 613 actions and ~45 min for 4 fiches."""


@dataclass
class Counter:
    """What the person did."""

    pointer: int = 0
    chords: int = 0
    words: int = 0
    characters: int = 0
    steps: list[tuple[str, int, float]] = field(default_factory=list)
    pointers: list[int] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)
    """Points the check before sending listed, each time it showed."""

    @property
    def actions(self) -> int:
        return self.pointer + self.chords + self.words

    @property
    def seconds(self) -> float:
        return self.pointer * POINTER_SECONDS + (self.characters + self.chords) / (
            CHARACTERS_PER_SECOND
        )

    def mark(self, name: str) -> None:
        done = sum(n for _s, n, _t in self.steps)
        spent = sum(t for _s, _n, t in self.steps)
        self.steps.append((name, self.actions - done, self.seconds - spent))
        self.pointers.append(self.pointer - sum(self.pointers))


class Person:
    """Clicks and types on the real widgets, counting every action."""

    def __init__(self, app: QApplication, window: QWidget, counter: Counter) -> None:
        self.app = app
        self.window = window
        self.count = counter

    def settle(self) -> None:
        from support.keys import settle

        settle()

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        self.count.pointer += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
        self.settle()

    def menu(self, action: QAction) -> None:
        """A menu, then its item: two pointer actions."""
        self.count.pointer += 2
        action.trigger()
        self.settle()

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count.chords += 1
        from support.keys import focus_widget

        QTest.keyClick(focus_widget(), key, modifier)
        self.settle()

    def type(self, text: str, *then: Qt.Key) -> None:
        """Type ``text`` where the focus is (each word an action), then press keys."""
        from support.keys import type_text

        self.count.words += len(text.split())
        self.count.characters += len(text)
        for char in text:
            type_text(char)
            self.settle()
        for key in then:
            self.key(key)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)


# --- the job -------------------------------------------------------------------------------

TERRITORY = "Vallée de l'Arve"
EPCI = [
    ("Communauté de communes Cluses Arve et montagnes", "M", "Jean Perrier", "Président",
     "2024-051", "04/06/2024"),
    ("Communauté de communes Faucigny-Glières", "Mme", "Lucie Favre", "Présidente",
     "2024-33", "11/06/2024"),
    ("Communauté de communes du Pays Rochois", "M", "Marc Bouvier", "Président",
     "2024-80", "13/06/2024"),
]  # fmt: skip
PUBLIC = [  # the usual partner picked from the proposals, then who signs (and the
    # function when the proposed one, « Directeur régional », does not fit)
    ("Région", "Mme", "Anne Vial", "Présidente du Conseil régional"),
    ("État", "M", "Paul Girod", "Préfet de la Haute-Savoie"),
    ("Banque des", "Mme", "Sarah Dumont", "Directrice régionale"),
    ("Bpifrance", "M", "Hugo Marin", None),
    ("France Travail", "Mme", "Claire Roux", "Directrice régionale"),
]
INDUSTRY = [
    ("Somfy", "M", "Luc Arnaud", "Directeur industriel"),
    ("Decolletage Thiez", "Mme", "Inès Morel", "Présidente"),
    ("Pôle Mont-Blanc Industries", "M", "Noël Berthet", "Président"),
]
AXES = [
    "Accélérer la transition écologique et énergétique",
    "Faire des territoires des écosystèmes d'innovation",
    "Lever les freins au recrutement et développer les compétences",
    "Mobiliser le foncier industriel",
]
OWNERS = ["CC Cluses Arve et montagnes", "Somfy", "Pôle Mont-Blanc Industries", "CCI Haute-Savoie"]
FINANCERS = [("Région", "Acquis"), ("État", "Sollicité"), ("Banque des Territoires", "Envisagé")]


def tracker() -> list[list[str]]:
    """The chef de projet's own tracker: one row per financing line, the fiche repeated."""
    rows = [
        ["N°", "Intitulé", "Axe", "Maître d'ouvrage", "Description", "Coût total HT",
         "Date de début", "Date de fin", "Financeur", "Dispositif", "Montant", "Statut",
         "Indicateur", "Unité", "Valeur cible", "Échéance"],
    ]  # fmt: skip
    for number in range(20):
        axis = number % 4
        numero = f"{axis + 1}.{number // 4 + 1}"
        cost = 200_000 + 50_000 * number
        for line, (financer, status) in enumerate(FINANCERS):
            fiche = [
                numero,
                f"Action {number + 1} du territoire",
                AXES[axis],
                OWNERS[number % 4],
                "Contexte, contenu et résultats attendus de l'action.",
                f"{cost:,}".replace(",", " "),
                "01/01/2025",
                "31/12/2027",
            ]
            lines = [financer, "Programme TI", f"{cost // 4:,}".replace(",", " "), status]
            indicator = ["Emplois créés", "emplois", str(5 + number), "31/12/2027"]
            rows.append(fiche + lines + (indicator if line == 0 else ["", "", "", ""]))
    return rows


def run(folder: Path, *, pdf: bool) -> Counter:
    from ti_desktop import paths

    paths.set_data_dir(folder / "data")
    from support.keys import UNDER_TEST

    from ti_desktop.db.store import open_database
    from ti_desktop.gui.app import create_application
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.gui.settings import AppSettings
    from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner
    from ti_desktop.services.demo import ensure_demo_territory

    app = create_application(["bench"])
    qInstallMessageHandler(_quiet)
    database = open_database(folder / "data" / "territoires.tidb")
    with database.session() as session:
        ensure_demo_territory(session)  # a first start
    settings = AppSettings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    settings.generate_pdf = pdf
    settings.last_directory = folder / "Documents"
    settings.last_directory.mkdir()
    window = MainWindow(database, settings, task_runner=TaskRunner(SynchronousThreadPool()))
    window.resize(1280, 800)
    window.show()
    UNDER_TEST[:] = [window]
    counter = Counter()
    person = Person(app, window, counter)
    person.settle()
    _dialogs_answered(person)
    _territory(person, window)
    counter.mark("Territoire et contrat")
    _signatories(person, window)
    counter.mark("12 signataires")
    _fiches(person, window)
    counter.mark("20 fiches collées (60 lignes, 20 indicateurs)")
    _one_more_fiche(person, window)
    counter.mark("1 fiche de plus, tapée au clavier")
    _documents(person, window)
    counter.mark("Contrat, PDF, classeur, courriel")
    _check_the_result(window, pdf=pdf)
    window.close()
    database.close()
    return counter


def _quiet(_mode: object, _context: object, message: str) -> None:
    """Offscreen, completion lists cannot grab the keyboard: not worth printing."""
    if not any(part in message for part in ("grabbing", "raise()", "propagateSizeHints")):
        print(message, file=sys.stderr)


def _dialogs_answered(person: Person) -> None:
    """Standard dialogs answered as a person does: type the name, or accept with Enter."""

    def name(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        person.count.words += len(TERRITORY.split())
        person.count.characters += len(TERRITORY)
        person.count.chords += 1  # Enter
        return TERRITORY, True

    def save(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        person.count.chords += 1  # Enter: the proposed name
        return start, ""

    QInputDialog.getText = staticmethod(name)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(save)  # type: ignore[method-assign]
    QDesktopServices.openUrl = staticmethod(lambda _url: True)  # type: ignore[method-assign]


def _close_message(person: Person, window: QWidget) -> None:
    box = getattr(window, "last_message_box", None)
    if box is not None and box.isVisible():
        person.count.chords += 1  # Escape
        box.close()
        person.settle()


def _go_on_after_checks(person: Person, window: QWidget) -> None:
    dialog = window.check_actions.dialog  # type: ignore[attr-defined]
    if dialog is not None and dialog.isVisible():
        person.count.findings.append(len(dialog.findings))
        person.click(dialog.ui.continue_button)


def _territory(person: Person, window: QWidget) -> None:
    ui = window.ui  # type: ignore[attr-defined]
    person.click(ui.add_territory_button)
    page = window.territory_page  # type: ignore[attr-defined]
    # the new territory opens on its page, the cursor in « Région »
    person.type("Auvergne-Rhône-Alpes", Qt.Key.Key_Tab)
    person.type("Haute-Savoie (74)", Qt.Key.Key_Tab)
    person.tab()  # phase 2, kept
    person.type("Camille Martin", Qt.Key.Key_Tab)
    person.type("camille.martin@arve-industrie.fr", Qt.Key.Key_Tab)
    person.click(page.ui.correspondant_region_email_edit)
    person.type("pierre.morel@auvergnerhonealpes.fr", Qt.Key.Key_Tab)
    person.click(page.ui.lieu_signature_edit)
    person.type("Cluses", Qt.Key.Key_Tab)
    person.type("24CP-0518", Qt.Key.Key_Tab)
    person.type("12/06/2024", Qt.Key.Key_Tab)


def _signatories(person: Person, window: QWidget) -> None:
    from ti_desktop.db.vocabulary import GroupeSignataire
    from ti_desktop.gui.models.signatory_table_model import COL_CIVILITE

    page = window.signatories_page  # type: ignore[attr-defined]
    person.click(window.ui.territory_tabs.tabBar(), _tab_point(window, 1))  # type: ignore[attr-defined]
    groups = {
        GroupeSignataire.INTERCOMMUNALITES.value: EPCI,
        GroupeSignataire.PARTENAIRES_PUBLICS.value: PUBLIC,
        GroupeSignataire.PARTENAIRES_ECONOMIQUES.value: INDUSTRY,
    }
    for groupe, people in groups.items():
        person.count.pointer += 2  # « Ajouter un signataire », then the group in its menu
        page.add_actions[groupe].trigger()
        person.settle()
        for number, row in enumerate(people):
            if groupe == GroupeSignataire.PARTENAIRES_PUBLICS.value:
                _known_partner(person, *row)  # type: ignore[arg-type]
            else:
                organisation, civility, name, function, *deliberation = row
                # courriel left empty; the intercommunalités' deliberation after it
                cells = [organisation, civility, name, function, "", *deliberation]
                _fill_row(person, [str(cell) for cell in cells])
            last = number == len(people) - 1
            person.key(Qt.Key.Key_Return if last else Qt.Key.Key_Tab)  # Tab: a new row
    # the first intercommunalité's vice-president co-signs: its name, function, civilité
    table = page.tables[GroupeSignataire.INTERCOMMUNALITES.value]
    person.click(table.viewport(), table.visualRect(table.model().index(0, 2)).center())
    person.click(page.ui.add_co_representative_button)
    person.type("Élise Dunand", Qt.Key.Key_Tab)
    person.type("Vice-présidente", Qt.Key.Key_Return)
    co_row = table.currentIndex().row() - 1
    person.click(
        table.viewport(), table.visualRect(table.model().index(co_row, COL_CIVILITE)).center()
    )
    person.type("Mme", Qt.Key.Key_Return)


def _fill_row(person: Person, cells: list[str]) -> None:
    """Type a row's cells from its first, Tab between them (an empty one is skipped)."""
    for number, text in enumerate(cells):
        if text:
            person.type(text)
        if number < len(cells) - 1:
            person.tab()


def _choose_proposal(person: Person, wanted: str) -> bool:
    """When the completion list is open: Down to the proposal starting with ``wanted``, Tab."""
    from support.keys import focus_widget

    editor = focus_widget()
    completer = editor.completer() if hasattr(editor, "completer") else None
    popup = completer.popup() if completer is not None else None
    if popup is None or not popup.isVisible():
        return False
    model = popup.model()
    labels = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    position = next((i for i, label in enumerate(labels) if label.startswith(wanted)), None)
    if position is None:
        return False
    for _ in range(position + 1):
        person.count.chords += 1
        QTest.keyClick(popup, Qt.Key.Key_Down)
    person.count.chords += 1
    QTest.keyClick(popup, Qt.Key.Key_Tab)
    person.settle()
    return True


def _known_partner(
    person: Person, typed: str, civility: str, name: str, function: str | None
) -> None:
    """Type the start of the organisation, take the proposal, then fill what differs."""
    person.type(typed)
    if not _choose_proposal(person, typed):
        person.tab()
    # the row now holds the partner's usual function; the cursor is on Civilité
    person.type(civility, Qt.Key.Key_Tab)
    person.type(name, Qt.Key.Key_Tab)
    if function:
        person.type(function)
    person.tab()  # on to the courriel, left empty


def _tab_point(window: QWidget, index: int) -> QPoint:
    return window.ui.territory_tabs.tabBar().tabRect(index).center()  # type: ignore[attr-defined]


def _fiches(person: Person, window: QWidget) -> None:
    from ti_desktop.services.entry import paste

    page = window.fiches_page  # type: ignore[attr-defined]
    person.click(window.ui.territory_tabs.tabBar(), _tab_point(window, 2))  # type: ignore[attr-defined]
    # in the spreadsheet: select the block (one drag), Ctrl+C
    person.count.pointer += 1
    person.count.chords += 1
    block = tracker()
    mime = QMimeData()
    mime.setText(paste.to_tsv(block))
    mime.setHtml(paste.to_html(block))
    QGuiApplication.clipboard().setMimeData(mime)
    person.click(page.ui.fiches_table.viewport())
    person.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    preview = page.paster.preview
    assert preview is not None, "the paste showed no preview"
    assert not preview.plan.problems, preview.plan.problems
    from PySide6.QtWidgets import QDialogButtonBox

    person.click(preview.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def _one_more_fiche(person: Person, window: QWidget) -> None:
    page = window.fiches_page  # type: ignore[attr-defined]
    editor = page.editor
    tabs = editor.ui.editor_tabs.tabBar()
    person.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the title is selected
    person.type("Navette autonome de zone d'activités", Qt.Key.Key_Tab)
    person.tab(2)  # N° and axe: as proposed
    person.type("CCI Haute-Savoie", Qt.Key.Key_Tab)
    person.tab(3)  # enjeu, contact, localisation
    person.type("01/03/2025", Qt.Key.Key_Tab)
    person.type("31/12/2026", Qt.Key.Key_Tab)
    person.type("450 000", Qt.Key.Key_Tab)
    person.click(tabs, tabs.tabRect(1).center())
    person.click(editor.ui.description_edit)
    person.type("Une navette électrique relie la gare aux entreprises de la zone.")
    person.click(tabs, tabs.tabRect(2).center())
    person.click(editor.ui.add_line_button)  # the new line opens on its financer
    for number, (financer, status) in enumerate(FINANCERS):
        person.type(financer[:6])  # the financers' list completes « Banque des Territoires »
        if not _choose_proposal(person, financer):
            person.tab()
        person.type("Mobilité", Qt.Key.Key_Tab)
        person.type("100 000", Qt.Key.Key_Tab)
        person.type(status[:3])  # « Acq », « Sol », « Env » pick the status
        more = number < len(FINANCERS) - 1
        person.key(Qt.Key.Key_Tab if more else Qt.Key.Key_Return)  # Tab: a new line
    person.click(tabs, tabs.tabRect(3).center())
    person.click(editor.ui.add_indicator_button)
    person.type("Salariés transportés par jour", Qt.Key.Key_Tab)
    person.type("personnes", Qt.Key.Key_Tab)
    person.type("300", Qt.Key.Key_Tab)
    person.type("31/12/2026", Qt.Key.Key_Return)


def _documents(person: Person, window: QWidget) -> None:
    ui = window.ui  # type: ignore[attr-defined]
    person.menu(ui.action_generate_contract)
    _go_on_after_checks(person, window)
    _close_message(person, window)
    person.menu(ui.action_export_workbook)
    export = window.document_actions.export_dialog  # type: ignore[attr-defined]
    assert export is not None, "no export dialog"
    person.count.chords += 1  # Enter: the current territory is checked
    export.accept()
    person.settle()
    _go_on_after_checks(person, window)
    _close_message(person, window)
    person.menu(ui.action_prepare_email)
    _go_on_after_checks(person, window)
    email = window.email_dialog  # type: ignore[attr-defined]
    assert email is not None, "no e-mail dialog"
    person.click(email.ui.open_in_mail_button)


def _check_the_result(window: QWidget, *, pdf: bool) -> None:
    """The figures only count if the job was done: what the base and the files hold."""
    from email import policy
    from email.parser import BytesParser

    from sqlalchemy import select

    from ti_desktop.db.models import Territoire
    from ti_desktop.services import records

    database = window.database  # type: ignore[attr-defined]
    with database.reader() as session:
        territoire_id = session.scalars(
            select(Territoire.id).where(Territoire.nom == TERRITORY)
        ).one()
        territory = records.load_territory(session, territoire_id)
    assert territory is not None
    fiches = territory.fiches_actives
    problems = []
    if len(territory.signataires) != 12:
        problems.append(f"{len(territory.signataires)} signataires")
    if len(fiches) != 21:
        problems.append(f"{len(fiches)} fiches")
    lines = sum(len(f.financements) for f in fiches)
    if lines != 63:
        problems.append(f"{lines} lignes de financement")
    if sum(len(f.indicateurs) for f in fiches) != 21:
        problems.append("indicateurs")
    email = window.email_dialog  # type: ignore[attr-defined]
    draft = email.draft_path if email is not None else None
    if draft is None:
        problems.append("pas de brouillon")
    else:
        message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
        names = [part.get_filename() or "" for part in message.iter_attachments()]
        wanted = (".docx", ".pdf", ".xlsx") if pdf else (".docx", ".xlsx")
        if sorted({Path(n).suffix for n in names}) != sorted(wanted):
            problems.append(f"pièces jointes {names}")
        if "pierre.morel@auvergnerhonealpes.fr" not in str(message["To"]):
            problems.append(f"destinataire {message['To']}")
    if problems:
        raise SystemExit("Le travail n'a pas été fait : " + ", ".join(problems))


def _format(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-pdf", action="store_true", help="sans le PDF (pas de LibreOffice)")
    parser.add_argument("--keep", type=Path, help="garder la base et les documents ici")
    args = parser.parse_args()
    from ti_desktop.services.documents.pdf import find_soffice

    pdf = not args.no_pdf and find_soffice() is not None
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        counter = run(args.keep, pdf=pdf)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            counter = run(Path(tmp), pdf=pdf)
    elapsed = time.perf_counter() - started
    print("Étape : actions, temps estimé d'une personne")
    for (name, actions, seconds), pointer in zip(counter.steps, counter.pointers, strict=True):
        print(f"  {name} : {actions} actions dont {pointer} au pointeur, {_format(seconds)}")
    further, further_seconds = next((n, t) for s, n, t in counter.steps if s.startswith("1 fiche"))
    print(
        f"Le travail demandé (sans la fiche de plus) : {counter.actions - further} actions, "
        f"temps estimé {_format(counter.seconds - further_seconds)} "
        "(objectifs : < 250 actions, < 30 min)"
    )
    print(
        f"Tout compris : {counter.actions} actions ({counter.pointer} au pointeur, "
        f"{counter.chords} raccourcis ou touches, {counter.words} mots tapés, "
        f"{counter.characters} caractères), {_format(counter.seconds)}"
    )
    before_20 = BEFORE_ACTIONS + (20 - BEFORE_FICHES) * BEFORE_PER_FICHE
    print(
        f"Avant (mesure de l'issue 10) : {BEFORE_ACTIONS} actions et ≈ {BEFORE_MINUTES} min pour "
        f"{BEFORE_FICHES} fiches, ≈ {BEFORE_PER_FICHE} actions par fiche de plus, soit ≈ "
        f"{before_20} actions pour 20 fiches ; maintenant une fiche de plus tapée au clavier : "
        f"{further} actions"
    )
    shown = ", ".join(str(n) for n in counter.findings) or "aucun"
    print(
        f"Vérification avant envoi : points signalés {shown} ; PDF : {'oui' if pdf else 'non'} ; "
        f"durée du script : {elapsed:.0f} s"
    )


if __name__ == "__main__":
    main()
