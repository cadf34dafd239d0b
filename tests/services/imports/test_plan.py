from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support.contract import demo_id
from support.exchange import database_dump
from support.trackers import (
    CSV_ROWS,
    demo_fiches,
    french_excel_csv,
    region_tracker,
    territory_tracker_ods,
    write_xlsx,
)

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError, WorkbookError
from ti_desktop.services import records
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.imports import apply as applying
from ti_desktop.services.imports import mapping
from ti_desktop.services.imports.cells import FORMULA_WITHOUT_VALUE
from ti_desktop.services.imports.plan import TrackerPlan, apply_tracker, plan_tracker
from ti_desktop.services.imports.reading import read_tracker
from ti_desktop.services.records import FicheRecord


def _lines(fiche: FicheRecord) -> list[tuple[str, str, Decimal, str]]:
    return [(x.financeur, x.dispositif, x.montant, x.statut) for x in fiche.financements]


def _plan(database: Database, path: Path, **choices: str) -> TrackerPlan:
    reading = read_tracker(database, path)
    for header, spec in choices.items():
        reading.choose(header, mapping.parse_target(spec))
    return plan_tracker(database, reading, demo_id(database))


def _problems(plan: TrackerPlan) -> list[tuple[str, int | None, str | None, str]]:
    return [(p.sheet, p.row, p.column, _plain(p.reason)) for p in plan.errors]


def _plain(text: str) -> str:
    """Amounts are shown with non-breaking spaces; the tests write plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _state(database: Database) -> list[dict[str, Any]]:
    """Every fiche with its lines, timestamps left out: what undo must give back."""
    with database.reader() as session:
        fiches = records.load_fiches(session, demo_id(database))
    state = []
    for fiche in fiches:
        values = {k: v for k, v in vars(fiche).items() if k not in ("created_at", "updated_at")}
        values["financements"] = [
            {k: v for k, v in vars(x).items() if k not in ("created_at", "updated_at")}
            for x in fiche.financements
        ]
        values["indicateurs"] = [
            {k: v for k, v in vars(i).items() if k not in ("created_at", "updated_at")}
            for i in fiche.indicateurs
        ]
        state.append(values)
    return state


# --- a Région's tracker -------------------------------------------------------------------------


def test_region_tracker_mapping_is_proposed(demo_database: Database, tmp_path: Path) -> None:
    reading = read_tracker(demo_database, region_tracker(tmp_path / "suivi.xlsx"))
    assert (reading.sheet, reading.header.number) == ("Suivi 2024", 5)
    assert [c.target.spec() for c in reading.columns] == [
        "numero", "intitule", "maitre_ouvrage", "axe", "date_debut", "date_fin",
        "cout_total_ht", "financeur:Région", "financeur:État",
        "financeur:Union européenne (FEDER/FSE+)@FEDER",
        "financeur:Maître d'ouvrage (autofinancement)", "avancement", "notes_privees",
    ]  # fmt: skip
    assert reading.columns[7].group == "Plan de financement (€ HT)"
    assert reading.columns[2].samples[:2] == (
        "Troyes Champagne Métropole",
        "Troyes Champagne Métropole",
    )


def test_region_tracker_preview_then_import(demo_database: Database, tmp_path: Path) -> None:
    plan = _plan(demo_database, region_tracker(tmp_path / "suivi.xlsx"))
    assert plan.errors == []
    assert plan.warnings == [
        "Feuille « Suivi 2024 », ligne 6 : « AXE 1 – Accélérer la transition écologique et "
        "énergétique » lu comme un titre de section, ignoré",
        "Feuille « Suivi 2024 », ligne 9 : « AXE 2 – Faire des territoires des écosystèmes "
        "d'innovation » lu comme un titre de section, ignoré",
        "Feuille « Suivi 2024 », ligne 10, colonne « Porteur de projet » (C) : « Maître "
        "d'ouvrage » tient sur une ligne : ses retours à la ligne sont remplacés par des espaces",
        "Feuille « Suivi 2024 », ligne 11 : ligne de total, ignorée",
    ]
    by_number = {c.numero: c for c in plan.changes}
    assert [_plain(line) for line in by_number["1.1"].describe()] == [
        "Coût total HT (€) : 4 850 000 € → 5 100 000 €",
        "Notes privées : (vide) → Comité du 5 mars",
        "Financement : Région (Fonds Climaxion) — 900 000 € — Acquis → Région (Fonds "
        "Climaxion) — 1 000 000 € — Acquis",
    ]  # FEDER 1 200 000 is the « FEDER 2021-2027 » line already there: unchanged
    assert [_plain(line) for line in by_number["1.2"].describe()] == [
        "Date de début : 15/01/2025 → 01/02/2025"
    ]
    new = by_number["2.4"]
    assert new.action == "création"
    assert new.describe()[0] == "N° : (vide) → 2.4 (attribué)"
    assert plan.summary() == (
        "1 fiche(s) créée(s), 2 mise(s) à jour ; 4 ligne(s) de financement ajoutée(s) ou "
        "modifiée(s)."
    )

    apply_tracker(demo_database, plan)
    fiches = demo_fiches(demo_database)
    assert fiches["1.1"].cout_total_ht == Decimal("5100000.00")
    assert fiches["1.2"].date_debut == date(2025, 2, 1)
    created = fiches["2.4"]
    assert (created.intitule, created.maitre_ouvrage, created.axe, created.avancement) == (
        "Cellule de veille technologique mutualisée",
        "CCI Troyes et Aube",
        "Faire des territoires des écosystèmes d'innovation",
        "À l'étude",  # « en projet »
    )
    assert (created.date_debut, created.date_fin, created.cout_total_ht) == (
        date(2025, 3, 15),
        date(2026, 12, 31),
        Decimal("1234567.89"),
    )
    assert _lines(created) == [
        ("Région", "", Decimal("400000.00"), "Sollicité"),
        ("État", "", Decimal("300000.00"), "Sollicité"),
        ("Maître d'ouvrage (autofinancement)", "", Decimal("534567.89"), "Sollicité"),
    ]  # FEDER « - »: no line
    again = _plan(demo_database, region_tracker(tmp_path / "suivi.xlsx"))
    assert (again.counts.created, again.counts.updated, again.counts.unchanged) == (0, 0, 3)


def test_french_excel_csv(demo_database: Database, tmp_path: Path) -> None:
    path = french_excel_csv(tmp_path / "suivi.csv", CSV_ROWS)
    plan = _plan(demo_database, path)
    assert plan.errors == []
    assert [c.target.spec() for c in plan.columns] == [
        "numero", "intitule", "maitre_ouvrage", "axe", "date_debut", "cout_total_ht",
        "financeur:Région",
    ]  # fmt: skip
    apply_tracker(demo_database, plan)
    fiches = demo_fiches(demo_database)
    assert fiches["3.1"].cout_total_ht == Decimal("1050000.00")
    assert ("Région", "CMQ", Decimal("550000.00"), "Acquis") in _lines(fiches["3.1"])
    forum = fiches["3.4"]
    assert (forum.intitule, forum.date_debut, forum.cout_total_ht) == (
        "Forum de l'alternance industrielle",
        date(2025, 10, 14),
        Decimal("45000.00"),
    )


def test_libreoffice_tracker(demo_database: Database, tmp_path: Path) -> None:
    plan = _plan(demo_database, territory_tracker_ods(tmp_path / "actions.ods"))
    assert plan.errors == []
    assert plan.sheet == "Actions"
    assert "Feuille « Actions », ligne 6 : ligne masquée dans le tableur, importée" in (
        plan.warnings
    )
    assert [c.name for c in plan.unmapped] == ["« Taux Région » (I)"]
    apply_tracker(demo_database, plan)
    fiches = demo_fiches(demo_database)
    assert fiches["2.1"].date_debut == date(2025, 4, 1)
    assert ("Département", "", Decimal("150000.00"), "Sollicité") in _lines(fiches["2.1"])
    assert fiches["2.9"].intitule == "Action masquée"
    assert fiches["2.10"].cout_total_ht == Decimal("95000.50")  # after the 2.9 of the file


# --- refusals: every problem as sheet / row / column / reason, nothing written -------------------


HEADERS = ["N°", "Intitulé", "Axe", "Date de début", "Date de fin", "Coût total", "Avancement"]


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (["1.1", "x", "", "31/02/2025"], "Date de début",
         "« 31/02/2025 » n'est pas une date qui existe (attendu JJ/MM/AAAA, par exemple "
         "15/03/2021)"),
        (["1.1", "x", "", "", "", "douze mille"], "Coût total",
         "« douze mille » n'est pas un montant ou un nombre"),
        (["1.1", "x", "", "", "", "12,345"], "Coût total", "« 12,345 » a plus de 2 décimales"),
        (["1.1", "x", "", "", "", "-5"], "Coût total", "le montant -5 € est négatif"),
        (["1.1", "x", "Axe 9"], "Axe",
         "« Axe 9 » n'est pas dans la liste (valeurs admises : Accélérer la transition "
         "écologique et énergétique, Faire des territoires des écosystèmes d'innovation, Lever "
         "les freins au recrutement et développer les compétences, Mobiliser le foncier "
         "industriel)"),
        (["1.1", "x", "", "", "", "", "Peut-être"], "Avancement",
         "« Peut-être » n'est pas dans la liste (valeurs admises : À l'étude, Prête à démarrer, "
         "En cours, Réalisée, Suspendue, Abandonnée)"),
        (["1.1", "x", "", "01/03/2025", "01/02/2025"], "Date de fin",
         "la date de fin précède la date de début : la fin, le 01/02/2025, est antérieure à la "
         "date de début du 01/03/2025"),
    ],
)  # fmt: skip
def test_a_refused_cell_is_named_and_nothing_is_written(
    demo_database: Database, tmp_path: Path, row: list[str], column: str, reason: str
) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [HEADERS, row])
    before = database_dump(demo_database)
    plan = _plan(demo_database, path)
    assert _problems(plan) == [("Suivi", 2, column, reason)]
    with pytest.raises(WorkbookError, match="n'a pas été importé : 1 problème"):
        apply_tracker(demo_database, plan)
    assert database_dump(demo_database) == before


def test_formula_without_value_is_refused(demo_database: Database, tmp_path: Path) -> None:
    plan = _plan(demo_database, territory_tracker_ods(tmp_path / "t.ods", uncomputed_formula=True))
    assert _problems(plan) == [("Actions", 7, "Département", FORMULA_WITHOUT_VALUE)]


@pytest.mark.parametrize(
    ("rows", "problems"),
    [
        ([["1.1", "a"], ["1.1", "b"]], [(3, "N°", "fiche n° 1.1 en double (déjà en ligne 2)")]),
        ([["", "Nouvelle"], ["", "nouvelle"]],
         [(3, "Intitulé", "intitulé en double (déjà en ligne 2) : sans N°, chaque fiche est "
                          "reconnue par son intitulé")]),
        ([["1.1", "a"], ["", "Réseau de chaleur alimenté par la chaleur fatale industrielle"],
          ["1.2", "b"]],
         [(4, "N°", "la fiche n° 1.2 est déjà importée par la ligne 3")]),
        ([["", "", "Axe 1", "01/01/2025"]],
         [(2, None, "ni N° ni intitulé : la fiche ne peut pas être identifiée")]),
        ([["9.9", ""]], [(2, "N°", "« Intitulé » manque pour cette nouvelle fiche")]),
    ],
)  # fmt: skip
def test_rows_that_cannot_be_matched(
    demo_database: Database,
    tmp_path: Path,
    rows: list[list[str]],
    problems: list[tuple[int, str | None, str]],
) -> None:
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", [HEADERS, *rows]))
    assert [(p.row, p.column, p.reason) for p in plan.errors] == problems


def test_two_fiches_of_the_same_title_need_a_number(
    demo_database: Database, tmp_path: Path
) -> None:
    territory = demo_id(demo_database)
    with demo_database.session() as session:
        copy = fiche_edits.duplicate_fiche(session, demo_fiches(demo_database)["1.1"].id)
        fiche_edits.update_fiche(
            session, copy, {"intitule": "Extension du parc de bioraffinage végétal"}
        )
    plan = _plan(
        demo_database,
        write_xlsx(
            tmp_path / "t.xlsx",
            [["Intitulé", "Porteur"], ["Extension du parc de bioraffinage végétal", ""]],
        ),
    )
    assert territory
    assert [p.reason for p in plan.errors] == [
        "plusieurs fiches du territoire s'intitulent ainsi (n° 1.1, 1.4) : ajoutez une colonne "
        "« N° » pour dire laquelle"
    ]


def test_mapping_problems(demo_database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Porteur", "Titre", "Projet"], ["a", "b", "c"]])
    plan = _plan(demo_database, path, Titre="ignorer", Projet="intitule")
    assert [p.reason for p in plan.errors] == []
    plan = _plan(demo_database, path, Titre="intitule", Projet="intitule")
    assert [(p.row, p.column, p.reason) for p in plan.errors] == [
        (1, "Projet", "« Intitulé » est déjà lu dans la colonne « Titre » (B) : une seule "
                      "colonne par champ")
    ]  # fmt: skip
    plan = _plan(demo_database, path, Titre="ignorer", Projet="ignorer")
    assert [p.reason for p in plan.errors] == [
        "aucune colonne ne donne le N° ni l'intitulé des fiches : associez une colonne à "
        "« Intitulé » (ou à « N° »)"
    ]


def test_unknown_status_for_the_import(demo_database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["N°", "Intitulé", "Région"], ["1.1", "x", "10"]])
    reading = read_tracker(demo_database, path)
    plan = plan_tracker(demo_database, reading, demo_id(demo_database), statut="Promis")
    assert [p.reason for p in plan.errors] == [
        "Statut : « Promis » n'est pas dans la liste (valeurs admises : Envisagé, Sollicité, "
        "Accord de principe, Acquis, Refusé)."
    ]


def test_a_file_without_header_row_is_refused(demo_database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [[1, 2, 3], [4, 5, 6]])
    with pytest.raises(WorkbookError, match="ne contient de ligne d'en-têtes reconnue"):
        read_tracker(demo_database, path)


# --- what trackers hold -----------------------------------------------------------------------


def test_new_fiches_are_numbered_in_their_axis(demo_database: Database, tmp_path: Path) -> None:
    rows = [["Intitulé", "Axe"], ["Une", "Axe 1"], ["Deux", "4"], ["Trois", ""], ["Quatre", "1"]]
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", rows))
    assert [(c.intitule, c.numero) for c in plan.changes] == [
        ("Une", "1.4"), ("Deux", "4.4"), ("Trois", "1"), ("Quatre", "1.5"),
    ]  # fmt: skip


def test_section_titles_give_their_axis(demo_database: Database, tmp_path: Path) -> None:
    rows = [
        ["Intitulé", "Porteur", "Coût"],
        ["Axe 3 – Lever les freins au recrutement"],
        ["Salon de l'apprentissage", "CCI Troyes et Aube", "12 000"],
    ]
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", rows))
    assert plan.warnings[0].endswith(
        "les fiches en dessous reçoivent l'axe « Lever les freins au recrutement et développer "
        "les compétences »"
    )
    assert plan.changes[0].numero == "3.4"


def test_amounts_in_thousands_and_statuses(demo_database: Database, tmp_path: Path) -> None:
    rows = [
        ["N°", "Intitulé", "Coût (k€)", "Région acquis", "État", "Statut"],
        ["4.2", "Extension de la zone d'activités de Bar-sur-Aube Sud", "1 500", "300", "", ""],
        ["4.3", "Observatoire partagé du foncier économique", "65", "", "10 000", "Notifié"],
    ]
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", rows))
    assert plan.columns[2].describe() == (
        "« Coût (k€) » (C) → Coût total HT (€), en milliers d'euros (× 1 000) (reconnue)"
    )
    assert plan.errors == []
    apply_tracker(demo_database, plan)
    fiches = demo_fiches(demo_database)
    assert fiches["4.2"].cout_total_ht == Decimal("1500000.00")
    assert ("Région", "", Decimal("300"), "Acquis") in _lines(fiches["4.2"])  # k€ not applied
    assert ("État", "", Decimal("10000.00"), "Acquis") in _lines(fiches["4.3"])  # « Notifié »


def test_several_lines_of_one_financer_need_a_scheme(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = [["N°", "Intitulé", "Union européenne"], ["1.1", "x", "100"]]
    fiche = demo_fiches(demo_database)["1.1"]
    with demo_database.session() as session:
        from ti_desktop.services.edits import fiche_lines

        union = next(line for line in fiche.financements if line.financeur.startswith("Union"))
        fiche_lines.add_financing_line(
            session,
            fiche.id,
            {"financeur_id": union.financeur_id, "montant": "5", "dispositif": "FSE+"},
        )
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", rows))
    assert [p.reason for p in plan.errors] == [
        "la fiche a 2 lignes de financement « Union européenne (FEDER/FSE+) » : associez la "
        "colonne à un dispositif (financeur:Union européenne (FEDER/FSE+)@DISPOSITIF)"
    ]


def test_an_unknown_financer_is_added_with_a_warning(
    demo_database: Database, tmp_path: Path
) -> None:
    rows = [["N°", "Intitulé", "Fondation"], ["1.1", "x", "1 000"]]
    path = write_xlsx(tmp_path / "t.xlsx", rows)
    plan = _plan(demo_database, path, Fondation="financeur:Fondation de l'Aube")
    assert (
        "Financeur « Fondation de l'Aube » absent de la liste : il y sera ajouté." in plan.warnings
    )
    apply_tracker(demo_database, plan)
    assert ("Fondation de l'Aube", "", Decimal("1000.00"), "Sollicité") in _lines(
        demo_fiches(demo_database)["1.1"]
    )


def test_empty_cells_and_dashes_leave_values(demo_database: Database, tmp_path: Path) -> None:
    rows = [HEADERS, ["1.1", "", "", "-", "néant", "NC", ""]]
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", rows))
    assert plan.errors == [] and not plan.changes[0].changes_anything


# --- writing: all or nothing, undo, a plan gone stale ---------------------------------------------


def test_undo_gives_back_exactly_the_fiches(demo_database: Database, tmp_path: Path) -> None:
    rows = [["N°", "Intitulé", "Coût", "Région", "Mécène"], ["1.1", "x", "1", "2", "3"],
            ["", "Nouvelle fiche", "10", "5", ""]]  # fmt: skip
    path = write_xlsx(tmp_path / "t.xlsx", rows)
    plan = _plan(demo_database, path, Mécène="financeur:Mécène local")
    before = _state(demo_database)
    with demo_database.session() as session:
        undo = applying.apply_changes(session, plan.changes, plan.new_financers)
    after = _state(demo_database)
    assert after != before
    with demo_database.session() as session:
        applying.undo_changes(session, undo)
    assert _state(demo_database) == before
    with demo_database.reader() as session:
        from ti_desktop.services import reference_lists

        assert "Mécène local" not in [f.libelle for f in reference_lists.financers(session)]
    with demo_database.session() as session:  # redo writes the very same rows
        applying.apply_changes(session, plan.changes, plan.new_financers)
    assert _state(demo_database) == after


def test_a_plan_gone_stale_is_refused(demo_database: Database, tmp_path: Path) -> None:
    plan = _plan(demo_database, write_xlsx(tmp_path / "t.xlsx", [HEADERS, ["1.1", "Titre neuf"]]))
    with demo_database.session() as session:
        fiche_edits.update_fiche(
            session, demo_fiches(demo_database)["1.1"].id, {"intitule": "Autre"}
        )
    before = database_dump(demo_database)
    with pytest.raises(UserFacingError, match="a changé depuis l'aperçu"):
        apply_tracker(demo_database, plan)
    assert database_dump(demo_database) == before
