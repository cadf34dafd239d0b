from datetime import date
from decimal import Decimal

import pytest

from ti_desktop.db.vocabulary import Phase, fold, parse_group, parse_phase
from ti_desktop.services.fields.values import parse_date, parse_decimal
from ti_desktop.services.financing import summarize_fiche
from ti_desktop.services.french_format import format_date_long, format_euros

NB = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1234567"), f"1{NB}234{NB}567{NB}€"),
        (Decimal("1234567.89"), f"1{NB}234{NB}567,89{NB}€"),
        (Decimal("0"), f"0{NB}€"),
        (Decimal("-1500.5"), f"-1{NB}500,50{NB}€"),
    ],
)
def test_format_euros(value, expected):
    assert format_euros(value) == expected


def test_format_date_long():
    assert format_date_long(date(2022, 10, 25)) == "25 octobre 2022"
    assert format_date_long(date(2024, 8, 1)) == "1er août 2024"
    assert format_date_long(None) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234 567,89 €", Decimal("1234567.89")),
        ("1\u202f234\u00a0567,89\u00a0€", Decimal("1234567.89")),
        ("1234.5", Decimal("1234.5")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("6,5", Decimal("6.5")),
        ("2 000 EUR", Decimal("2000")),
    ],
)
def test_parse_decimal(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["douze", "1,2,3", "", "€", "12abc"])
def test_parse_decimal_rejects_text(text):
    with pytest.raises(ValueError, match="n'est pas"):
        parse_decimal(text)


def test_parse_date_forms():
    assert parse_date("25/10/2022") == date(2022, 10, 25)
    assert parse_date("2022-10-25") == date(2022, 10, 25)
    with pytest.raises(ValueError, match="JJ/MM/AAAA"):
        parse_date("31/02/2022")


def test_vocabulary_matching():
    assert fold("  Réalisée ") == fold("REALISEE")
    assert parse_phase("2") is Phase.PHASE_2
    assert parse_phase("2018–2022") is Phase.PHASE_1
    assert parse_group("partenaire public").value == "Partenaires publics"
    assert parse_group("clients") is None


def test_financing_summary_of_demo_fiche(demo_database):
    from sqlalchemy import select

    from ti_desktop.db.models import FicheAction

    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "2.3")).one()
        summary = summarize_fiche(fiche)
    # 780 000 cost; 234 000 + 156 000 acquis, 120 000 sollicité, 40 000 refusé
    assert summary.acquis == Decimal("390000.00")
    assert summary.total_prevu == Decimal("510000.00")
    assert summary.reste_a_financer == Decimal("270000.00")
    assert summary.part_acquise == Decimal("0.5000")
    assert not summary.est_sur_finance
