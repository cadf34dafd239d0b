"""Fiche table, filter proxy, financing and indicator models, without widgets."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.gui.models import fiche_table_model as fcols
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models import indicator_table_model as ind
from ti_desktop.gui.models.fiche_filter_proxy import FicheFilter, FicheFilterProxy
from ti_desktop.gui.models.fiche_table_model import FicheTableModel
from ti_desktop.services import records
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits.fiches import Choice
from ti_desktop.services.records import FicheRecord, FinancingLineRecord, IndicatorRecord

_FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _line(financer: str, status: str, category: str, amount: str) -> FinancingLineRecord:
    return FinancingLineRecord(
        id=uuid.uuid4(),
        fiche_id=uuid.uuid4(),
        financeur_id=uuid.uuid4(),
        financeur=financer,
        dispositif="",
        montant=Decimal(amount),
        statut_id=uuid.uuid4(),
        statut=status,
        categorie=category,
        position=0,
    )


def _row(
    numero: str,
    title: str,
    cost: str,
    acquis: str,
    financeurs: frozenset[str] = frozenset({"Région"}),
    statuts: frozenset[str] = frozenset({"Acquis"}),
    **extra: object,
) -> FicheRecord:
    # one line gives the fiche its acquired sum and the financer and status it filters on
    (financer,), (status,) = financeurs, statuts
    category = "acquis" if status == "Acquis" else "sollicite"
    lines = [_line(financer, status, category, acquis)]
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "numero": numero,
        "intitule": title,
        "axe_id": None,
        "axe": "Innover",
        "maitre_ouvrage": "CCI Troyes",
        "cout_total_ht": Decimal(cost),
        "avancement_id": None,
        "avancement": "En cours",
        "position": 0,
        "supprime_le": None,
        "financements": lines,
        "indicateurs": [],
    }
    values.update(extra)
    return FicheRecord(**values)


def _rows() -> list[FicheRecord]:
    return [
        _row(
            "1.2", "Chaufferie", "2300000", "1030000", position=0, financeurs=frozenset({"ADEME"})
        ),
        _row("1.10", "Bioraffinerie", "900000", "0", position=1, statuts=frozenset({"Sollicité"})),
        _row(
            "2.1",
            "Campus",
            "1234567.5",
            "200000",
            position=2,
            axe="Recruter",
            avancement="Réalisée",
        ),
    ]


def test_fiche_model_shows_french_amounts_and_sorts_on_decimals(qtbot: QtBot) -> None:
    model = FicheTableModel()
    QAbstractItemModelTester(model, _FAIL)
    model.set_rows(_rows())
    assert model.rowCount() == 3 and model.columnCount() == 8
    cost = model.index(2, fcols.COL_COUT)
    assert cost.data() == "1\u00a0234\u00a0567,50\u00a0€"
    assert cost.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cost.data(fcols.SORT_ROLE) == Decimal("1234567.50")
    assert model.index(0, fcols.COL_PART).data() == "45\u00a0%"
    assert model.headerData(fcols.COL_COUT, Qt.Orientation.Horizontal) == "Coût HT"
    assert isinstance(model.index(0, 0).data(fcols.ROW_ROLE), FicheRecord)

    proxy = FicheFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, _FAIL)
    proxy.sort(fcols.COL_COUT, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 0).data() for i in range(3)] == ["1.10", "2.1", "1.2"]
    proxy.sort(fcols.COL_NUMERO, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 0).data() for i in range(3)] == ["1.2", "1.10", "2.1"]


def test_proxy_filters_on_text_axis_progress_financer_and_status(qtbot: QtBot) -> None:
    model = FicheTableModel()
    model.set_rows(_rows())
    proxy = FicheFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, _FAIL)

    def shown() -> list[str]:
        return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]

    proxy.set_fiche_filter(FicheFilter(text="BIORAFF"))
    assert shown() == ["1.10"]
    proxy.set_fiche_filter(FicheFilter(text="cci 2.1"))
    assert shown() == ["2.1"]
    proxy.set_fiche_filter(FicheFilter(axe="Recruter"))
    assert shown() == ["2.1"]
    proxy.set_fiche_filter(FicheFilter(avancement="En cours"))
    assert shown() == ["1.2", "1.10"]
    proxy.set_fiche_filter(FicheFilter(financeur="ADEME"))
    assert shown() == ["1.2"]
    proxy.set_fiche_filter(FicheFilter(statut="Sollicité"))
    assert shown() == ["1.10"]
    assert [r.numero for r in proxy.visible_rows()] == ["1.10"]
    proxy.set_fiche_filter(FicheFilter())
    assert len(shown()) == 3


def _lines(cost_share: bool = True) -> list[FinancingLineRecord]:
    region = _line("Région", "Acquis", "acquis", "900000.00").replaced(dispositif="Climaxion")
    ademe = _line("ADEME", "Sollicité", "sollicite", "100000.00").replaced(position=1)
    return [region, ademe]


def test_financing_model_edits_emit_commands_and_refuse_bad_amounts(qtbot: QtBot) -> None:
    model = fin.FinancingTableModel()
    QAbstractItemModelTester(model, _FAIL)
    lines = _lines()
    region = Choice(lines[0].financeur_id, "Région")
    state = Choice(uuid.uuid4(), "Bpifrance")
    model.set_choices(
        [region, state],
        [
            Choice(lines[0].statut_id, "Acquis", "acquis"),
            Choice(lines[1].statut_id, "Sollicité", "sollicite"),
        ],
    )
    model.set_rows(lines, Decimal("2000000"))
    assert model.index(0, fin.COL_MONTANT).data() == "900\u00a0000\u00a0€"
    assert model.index(0, fin.COL_PART).data() == "45,0\u00a0%"
    assert not model.flags(model.index(0, fin.COL_PART)) & Qt.ItemFlag.ItemIsEditable
    requested: list[tuple[object, dict[str, object]]] = []
    failures: list[str] = []
    new_financers: list[str] = []
    model.edit_requested.connect(lambda i, v: requested.append((i, v)))
    model.edit_failed.connect(failures.append)
    model.new_financer_requested.connect(lambda _i, label: new_financers.append(label))

    assert model.setData(model.index(1, fin.COL_MONTANT), "1 234 567,89 €")
    assert requested[-1] == (lines[1].id, {"montant": Decimal("1234567.89")})
    assert model.index(1, fin.COL_MONTANT).data() == "1\u00a0234\u00a0567,89\u00a0€"

    assert not model.setData(model.index(1, fin.COL_MONTANT), "beaucoup")
    assert not model.setData(model.index(1, fin.COL_MONTANT), "-5")
    assert len(failures) == 2 and "négatif" in failures[1]
    assert len(requested) == 1

    assert model.setData(model.index(1, fin.COL_FINANCEUR), "bpifrance")
    assert requested[-1] == (lines[1].id, {"financeur_id": state.id})
    assert not model.setData(model.index(1, fin.COL_FINANCEUR), "Fondation X")
    assert new_financers == ["Fondation X"]
    assert model.setData(model.index(0, fin.COL_STATUT), lines[1].statut_id)
    assert model.rows[0].categorie == "sollicite"


def test_indicator_model_parses_french_numbers_and_dates(qtbot: QtBot) -> None:
    model = ind.IndicatorTableModel()
    QAbstractItemModelTester(model, _FAIL)
    row = IndicatorRecord(
        id=uuid.uuid4(),
        fiche_id=uuid.uuid4(),
        nom="Emplois créés",
        unite="emplois",
        valeur_cible=Decimal("120"),
        echeance=date(2027, 12, 31),
        valeur_atteinte=None,
        position=0,
    )
    model.set_rows([row])
    assert model.index(0, ind.COL_ECHEANCE).data() == "31/12/2027"
    assert model.index(0, ind.COL_CIBLE).data() == "120"
    requested: list[dict[str, object]] = []
    failures: list[str] = []
    model.edit_requested.connect(lambda _i, v: requested.append(v))
    model.edit_failed.connect(failures.append)
    assert model.setData(model.index(0, ind.COL_ATTEINTE), "12,5")
    assert model.setData(model.index(0, ind.COL_ECHEANCE), "30/06/2026")
    assert model.setData(model.index(0, ind.COL_ECHEANCE), None)
    assert requested == [
        {"valeur_atteinte": Decimal("12.5")},
        {"echeance": date(2026, 6, 30)},
        {"echeance": None},
    ]
    assert not model.setData(model.index(0, ind.COL_NOM), " ")
    assert not model.setData(model.index(0, ind.COL_CIBLE), "douze")
    assert len(failures) == 2


def test_rows_carry_totals_and_filter_sets(demo_database: Database) -> None:
    with demo_database.reader() as session:
        territory = session.scalars(select(Territoire.id).where(Territoire.nom == DEMO_NAME)).one()
        rows = records.load_fiches(session, territory)
        summed = records.load_fiche_figures(session, territory)
    assert [r.numero for r in rows][:4] == ["1.1", "1.2", "1.3", "2.1"]
    first = rows[0]
    figures = first.figures
    assert summed == {r.id: r.figures for r in rows if r.financements}  # SQL sums = the lines
    search_key = fcols.search_keys(rows)[0]
    assert first.cout_total_ht == Decimal("4850000.00")
    assert figures.acquis == Decimal("2150000.00")  # Région 900 000 + intercommunalité 1 250 000
    assert figures.total_prevu == Decimal("4850000.00")
    assert figures.part_financee(first.cout_total_ht) == Decimal("1.0000")
    assert first.axe == "Accélérer la transition écologique et énergétique"
    assert first.avancement == "En cours"
    assert "Banque des Territoires" in figures.financeurs
    assert figures.statuts == {"Acquis", "Sollicité", "Accord de principe"}
    assert "bioraffinage" in search_key
