from __future__ import annotations

from decimal import Decimal

import pytest
from support.region import (
    ALPHA,
    BETA,
    GAMMA,
    build_alpha,
    build_beta,
    build_gamma,
    database_sums,
)

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import DEFAULT_AXES, CategorieFinancement, Phase
from ti_desktop.services.region.synthesis import (
    ALL_TERRITORIES,
    NO_AXIS,
    NO_PROGRESS,
    RegionSynthesis,
    load_synthesis,
)

D = Decimal
A, C, S, E, R = (
    CategorieFinancement.ACQUIS,
    CategorieFinancement.ACCORD,
    CategorieFinancement.SOLLICITE,
    CategorieFinancement.ENVISAGE,
    CategorieFinancement.REFUSE,
)


@pytest.fixture
def region_database(database: Database) -> Database:
    with database.session() as session:
        build_alpha(session)
        build_beta(session)
        build_gamma(session)
    return database


@pytest.fixture
def synthesis(region_database: Database) -> RegionSynthesis:
    with region_database.reader() as session:
        return load_synthesis(session)


def _row(synthesis: RegionSynthesis, name: str):  # type: ignore[no-untyped-def]
    return next(row for row in synthesis.territoires if row.nom == name)


def test_territory_rows_follow_each_territory_data(synthesis: RegionSynthesis) -> None:
    assert [row.nom for row in synthesis.territoires] == [ALPHA, BETA, GAMMA]

    alpha = _row(synthesis, ALPHA)
    assert (alpha.region, alpha.departements, alpha.phase) == (
        "Grand Est",
        "Aube (10)",
        Phase.PHASE_2,
    )
    assert (alpha.type_document, alpha.statut_contrat) == ("Contrat", "Signé")
    assert alpha.date_signature is not None and alpha.date_signature.isoformat() == "2024-06-28"
    assert alpha.intercommunalites == 2  # CA Troyes has two representatives
    money = alpha.argent
    assert money.fiches == 3  # the fiche in the trash is left out
    assert money.cout_total == D("1200.10")
    assert money.financements == {
        A: D("550.05"),
        C: D("100.00"),
        S: D("300.00"),
        E: D("80.00"),
        R: D("500.00"),
    }
    # 1.1: 1000.10 - (400.05 + 300), the refused 500 does not count; 1.2 is over-financed
    assert money.reste_a_financer == D("300.05")
    assert money.sur_financement == D("50.00")
    assert money.fiches_sur_financees == 1
    assert money.part_acquise == D("0.4583")
    assert alpha.fiches_par_avancement["En cours"] == 1
    assert alpha.fiches_par_avancement["Réalisée"] == 1
    assert alpha.fiches_par_avancement["À l'étude"] == 1
    assert alpha.fiches_par_avancement[NO_PROGRESS] == 0

    beta = _row(synthesis, BETA)
    assert (beta.region, beta.type_document, beta.statut_contrat) == (
        "Occitanie",
        "Protocole d'accord",
        "Brouillon",
    )
    assert beta.date_signature is None
    assert beta.intercommunalites == 1
    assert beta.argent.cout_total == D("5133.45")
    assert beta.argent.financements[A] == D("5001.00")
    assert beta.argent.financements[S] == D("4.00")
    assert beta.argent.reste_a_financer == D("128.45")  # 123.45 unfunded + 10 - 5
    assert beta.argent.sur_financement == 0
    assert beta.argent.part_acquise == D("0.9742")
    assert beta.fiches_par_avancement[NO_PROGRESS] == 1

    gamma = _row(synthesis, GAMMA)
    assert gamma.argent.fiches == 0
    assert gamma.argent.cout_total == 0
    assert gamma.argent.part_acquise is None
    assert sum(gamma.fiches_par_avancement.values()) == 0


def test_progress_columns_list_every_state_then_missing_ones(synthesis: RegionSynthesis) -> None:
    assert synthesis.avancements == [
        "À l'étude",
        "Prête à démarrer",
        "En cours",
        "Réalisée",
        "Suspendue",
        "Abandonnée",
        NO_PROGRESS,
    ]


def test_totals_row_equals_the_database_sums_to_the_cent(
    region_database: Database, synthesis: RegionSynthesis
) -> None:
    total = synthesis.total
    cost, per_category = database_sums(region_database)
    assert total.argent.cout_total == cost == D("6333.55")
    for category in CategorieFinancement:
        assert total.argent.financements[category] == per_category.get(category.value, D("0.00"))
    assert total.nom == "Total (3 territoires)"
    assert total.region == "2 régions"
    assert total.argent.fiches == 6
    assert total.intercommunalites == 3
    assert total.argent.reste_a_financer == D("428.50")
    assert total.argent.sur_financement == D("50.00")
    assert total.argent.part_acquise == D("0.8765")
    assert sum(total.fiches_par_avancement.values()) == 6
    assert total.fiches_par_avancement["En cours"] == 2


def test_financers_overall_and_per_territory(synthesis: RegionSynthesis) -> None:
    overall = {row.financeur: row.montants for row in synthesis.financeurs_ensemble}
    assert list(overall) == ["État", "Région", "Bpifrance", "ADEME", "Privé"]  # list order
    assert {row.territoire for row in synthesis.financeurs_ensemble} == {ALL_TERRITORIES}
    assert overall["Région"][A] == D("5550.05")  # the 999 € of the trashed fiche left out
    assert overall["État"][S] == D("300.00") and overall["État"][E] == D("80.00")
    assert overall["Bpifrance"][R] == D("500.00")
    per_territory = {(r.territoire, r.financeur): r for r in synthesis.financeurs_par_territoire}
    assert per_territory[(BETA, "Privé")].montants[S] == D("4.00")
    assert per_territory[(BETA, "Privé")].total_hors_refus == D("5.00")
    assert per_territory[(ALPHA, "Bpifrance")].total_hors_refus == 0
    assert not any(r.territoire == GAMMA for r in synthesis.financeurs_par_territoire)
    # each financer's overall amounts are the sum of its territories' amounts
    for financer, amounts in overall.items():
        for category in CategorieFinancement:
            parts = [r.montants[category] for (_, f), r in per_territory.items() if f == financer]
            assert sum(parts, D(0)) == amounts[category]


def test_axes_keep_phases_apart_and_count_fiches(synthesis: RegionSynthesis) -> None:
    overall = [(row.phase, row.axe, row.argent.fiches) for row in synthesis.axes_ensemble]
    phase1 = [(axe, n) for phase, axe, n in overall if phase == Phase.PHASE_1]
    phase2 = [(axe, n) for phase, axe, n in overall if phase == Phase.PHASE_2]
    assert overall[: len(phase1)] == [(Phase.PHASE_1, a, n) for a, n in phase1]  # phase 1 first
    assert phase1 == [*zip(DEFAULT_AXES[Phase.PHASE_1], (1, 1, 0, 0, 0), strict=True), (NO_AXIS, 1)]
    assert phase2 == list(zip(DEFAULT_AXES[Phase.PHASE_2], (2, 1, 0, 0), strict=True))
    first_axis = synthesis.axes_ensemble[len(phase1)]
    assert first_axis.argent.cout_total == D("1200.10")
    assert first_axis.territoire == ALL_TERRITORIES
    per_territory = [(r.territoire, r.axe, r.argent.fiches) for r in synthesis.axes_par_territoire]
    assert (GAMMA, DEFAULT_AXES[Phase.PHASE_2][0], 0) in per_territory
    assert (BETA, NO_AXIS, 1) in per_territory
    assert sum(r.argent.cout_total for r in synthesis.axes_par_territoire) == D("6333.55")


def test_a_subset_of_territories(region_database: Database) -> None:
    with region_database.reader() as session:
        full = load_synthesis(session)
        beta_id = _row(full, BETA).territoire_id
        assert beta_id is not None
        only_beta = load_synthesis(session, [beta_id])
    assert [row.nom for row in only_beta.territoires] == [BETA]
    assert only_beta.total.nom == "Total (1 territoire)"
    assert only_beta.total.argent.cout_total == D("5133.45")
    assert only_beta.regions == ["Occitanie"]


def test_the_demo_territory_matches_its_fiches(demo_database: Database) -> None:
    from ti_desktop.services.financing import summarize_fiche
    from ti_desktop.services.territories import list_territories

    with demo_database.reader() as session:
        synthesis = load_synthesis(session)
        territory = list_territories(session, full=True)[0]
        summaries = [summarize_fiche(f) for f in territory.fiches_actives]
    row = synthesis.territoires[0]
    assert row.argent.fiches == 12
    assert row.argent.acquis == sum((s.acquis for s in summaries), D(0))
    assert row.argent.reste_a_financer == sum((s.reste_a_financer for s in summaries), D(0))
    assert row.intercommunalites == 3
