"""The blank model workbook (``ti-desktop modele``): exchange headers and drop-down lists.

A territory team fills it and sends it back; it imports as any exchange workbook.
Constrained columns get a drop-down list read from a hidden ``Listes`` sheet (Excel
limits an inline list to 255 characters, too short for the financers).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import (
    DEFAULT_AXES,
    DEFAULT_FINANCERS,
    DEFAULT_FINANCING_STATUSES,
    DEFAULT_PROGRESS_STATES,
    Phase,
    fold,
)
from ti_desktop.errors import UserFacingError
from ti_desktop.services import reference_lists
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.cells import finish_sheet, header_cells, prepare_sheet
from ti_desktop.services.fields.kinds import Choices
from ti_desktop.services.fields.values import fixed_choices
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.territories import require_territory

MODEL_ROWS = 2000
"""Rows of each sheet that carry the drop-down lists."""

GUIDE_SHEET = "Mode d'emploi"


def _unique(labels: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for label in labels:
        if fold(label) not in seen:
            seen.add(fold(label))
            result.append(label)
    return result


def model_lists(
    database: Database | None = None, territory_name: str | None = None
) -> dict[Choices, list[str]]:
    """The values of each drop-down list: the database's lists when one is given.

    Axes are the named territory's, else the default axes of both phases plus every
    axis used by a territory of the database.

    Raises:
        UserFacingError: the named territory does not exist.
    """
    lists: dict[Choices, list[str]] = {
        choice: list(fixed_choices(choice)) for choice in Choices if choice.is_fixed
    }
    lists |= {
        Choices.PROGRESS: list(DEFAULT_PROGRESS_STATES),
        Choices.FINANCING_STATUS: [label for label, _ in DEFAULT_FINANCING_STATUSES],
        Choices.FINANCER: list(DEFAULT_FINANCERS),
        Choices.AXIS: [axis for phase in Phase for axis in DEFAULT_AXES[phase]],
    }
    if territory_name is not None and database is None:
        raise UserFacingError("Une base est nécessaire pour reprendre les axes d'un territoire.")
    if database is None:
        return lists
    with database.reader() as session:
        lists[Choices.PROGRESS] = [s.libelle for s in reference_lists.progress_states(session)]
        lists[Choices.FINANCING_STATUS] = [
            s.libelle for s in reference_lists.financing_statuses(session)
        ]
        lists[Choices.FINANCER] = [f.libelle for f in reference_lists.financers(session)]
        if territory_name is not None:
            territory = require_territory(session, territory_name)
            lists[Choices.AXIS] = [axis.libelle for axis in territory.axes]
        else:
            query = select(Territoire).where(Territoire.supprime_le.is_(None))
            used = [a.libelle for t in session.scalars(query) for a in t.axes]
            lists[Choices.AXIS] = _unique(lists[Choices.AXIS] + used)
    return lists


def _write_guide(workbook: Workbook) -> None:
    guide = workbook.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    guide.column_dimensions["A"].width = 100
    guide.page_setup.orientation = "landscape"
    # short lines, no wrapping: spreadsheets do not grow rows for wrapped text on their own
    lines = [
        "Classeur d'échange TI Desktop — modèle vierge",
        "",
        "Une ligne par territoire, axe, signataire, fiche-action, financement ou indicateur,",
        "à partir de la ligne 2 de chaque feuille. Ne modifiez pas les en-têtes de la ligne 1.",
        "",
        "Colonnes obligatoires :",
        *(
            f"    • {spec.name} : " + ", ".join(c.header for c in spec.columns if c.required)
            for spec in fmt.EXCHANGE_SHEETS
        ),
        "",
        "Montants en euros : nombre ou texte « 1 234 567,89 € ». Dates : JJ/MM/AAAA.",
        "Période : AAAA-AAAA, par exemple 2023-2027.",
        "Les listes déroulantes proposent les valeurs admises.",
        "Un financeur absent de la liste est ajouté à l'import, avec un avertissement.",
        "",
        "Réimporter un classeur met à jour les fiches (même territoire, même N°) sans doublon.",
        "Un seul problème et rien n'est importé : chaque problème est signalé avec sa feuille,",
        "sa ligne et sa colonne.",
        "",
        "Import : ti-desktop import FICHIER.xlsx — format décrit dans docs/classeur-echange.md.",
    ]
    for line in lines:
        guide.append([line])
    guide["A1"].font = Font(bold=True, size=14)
    guide["A6"].font = Font(bold=True)


def _write_lists(workbook: Workbook, lists: dict[Choices, list[str]]) -> dict[Choices, str]:
    """The hidden list sheet; returns each list's range formula."""
    sheet = workbook.create_sheet(fmt.LISTS_SHEET)
    sheet.sheet_state = "hidden"
    ranges: dict[Choices, str] = {}
    for index, (choice, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=choice.value).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index, value=value)
        last = max(len(values) + 1, 2)
        ranges[choice] = f"{quote_sheetname(sheet.title)}!${letter}$2:${letter}${last}"
    return ranges


def build_model_workbook(
    database: Database | None = None, territory_name: str | None = None
) -> Workbook:
    """The model workbook in memory (see ``model_lists`` for the drop-down values)."""
    lists = model_lists(database, territory_name)
    workbook = Workbook()
    _write_guide(workbook)
    for spec in fmt.EXCHANGE_SHEETS:
        sheet = workbook.create_sheet(spec.name)
        prepare_sheet(
            sheet,
            [column.width for column in spec.columns],
            headers=spec.headers,
            key_columns=spec.key_columns,
        )
        sheet.append(header_cells(sheet, spec.headers))
        finish_sheet(sheet, len(spec.columns), MODEL_ROWS)
    ranges = _write_lists(workbook, lists)
    for spec in fmt.EXCHANGE_SHEETS:
        sheet = workbook[spec.name]
        for index, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(index)
            cells = f"{letter}2:{letter}{MODEL_ROWS}"
            if column.choices is not None:
                # closed lists stop another value; suggestions and open lists (financers,
                # a territory's own axes) only warn, as the import adds or checks them
                strict = column.field.strict_choices and not column.choices.per_territory
                validation = DataValidation(
                    type="list",
                    formula1=ranges[column.choices],
                    allow_blank=not column.required,
                    showErrorMessage=True,
                    errorStyle="stop" if strict else "warning",
                    errorTitle=column.header,
                    error=(
                        "Choisissez une valeur de la liste."
                        if strict
                        else "Valeur absente de la liste : elle sera ajoutée ou refusée à "
                        "l'import (voir le mode d'emploi)."
                    ),
                )
                validation.add(cells)
                sheet.add_data_validation(validation)
            if column.number_format != "General":
                for (cell,) in sheet.iter_rows(
                    min_row=2, max_row=MODEL_ROWS, min_col=index, max_col=index
                ):
                    cell.number_format = column.number_format
    return workbook


def write_model_workbook(
    target: Path, database: Database | None = None, territory_name: str | None = None
) -> Path:
    """Save the model workbook atomically to ``target``.

    Raises:
        UserFacingError: the file cannot be written or the territory is unknown.
    """
    target = Path(target)
    fmt.require_workbook_name(target)
    workbook = build_model_workbook(database, territory_name)
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target
