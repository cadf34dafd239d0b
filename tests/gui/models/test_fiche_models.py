"""Fiche table, filter proxy, financing and indicator models, without widgets."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ti_desktop.gui.models import fiche_table_model as fcols
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models import indicator_table_model as ind
from ti_desktop.gui.models.fiche_filter_proxy import FicheFilter, FicheFilterProxy
from ti_desktop.gui.models.fiche_table_model import FicheTableModel
from ti_desktop.services.edits.fiches import Choice, FicheRow, FinancingLineRow, IndicatorRow

_FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _row(numero: str, title: str, cost: str, acquis: str, **extra: object) -> FicheRow:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "numero": numero,
        "intitule": title,
        "axe_id": None,
        "axe": "Innover",
        "maitre_ouvrage": "CCI Troyes",
        "cout": Decimal(cost),
        "acquis": Decimal(acquis),
        "total_prevu": Decimal(acquis),
        "avancement_id": None,
        "avancement": "En cours",
        "position": 0,
        "search_key": f"{numero}\n{title.lower()}\ncci troyes",
    }
    values.update(extra)
    return FicheRow(**values)  # type: ignore[arg-type]


def _rows() -> list[FicheRow]:
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
    assert isinstance(model.index(0, 0).data(fcols.ROW_ROLE), FicheRow)

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


def _lines(cost_share: bool = True) -> list[FinancingLineRow]:
    acquired, requested = uuid.uuid4(), uuid.uuid4()
    return [
        FinancingLineRow(
            uuid.uuid4(),
            uuid.uuid4(),
            "Région",
            "Climaxion",
            Decimal("900000.00"),
            acquired,
            "Acquis",
            "acquis",
            0,
        ),
        FinancingLineRow(
            uuid.uuid4(),
            uuid.uuid4(),
            "ADEME",
            "",
            Decimal("100000.00"),
            requested,
            "Sollicité",
            "sollicite",
            1,
        ),
    ]


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
    row = IndicatorRow(
        uuid.uuid4(), "Emplois créés", "emplois", Decimal("120"), date(2027, 12, 31), None, 0
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
