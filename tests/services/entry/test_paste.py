"""Clipboard blocks: formats, headers or positions, and the field table's rules on every cell."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ti_desktop.services.entry import paste
from ti_desktop.services.fields import FICHE_ACTION, LIGNE_FINANCEMENT, read_value

EXCEL_HTML = """Version:0.9
StartHTML:0000000105
<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body>
<!--StartFragment--><table border=0>
<tr><td>N°</td><td>Intitulé</td><td colspan=2>Coût total HT</td></tr>
<tr><td x:num>1.1</td><td>Réseau de chaleur<br>urbain</td><td>1&nbsp;200&nbsp;000&nbsp;€</td></tr>
</table><!--EndFragment--></body></html>"""


def test_tab_separated_text_keeps_quoted_tabs_and_line_breaks() -> None:
    text = 'N°\tIntitulé\r\n1.1\t"Réseau\tde chaleur"\r\n1.2\t"Ligne 1\nligne 2"\r\n\r\n'
    assert paste.parse_tsv(text) == [
        ["N°", "Intitulé"],
        ["1.1", "Réseau\tde chaleur"],
        ["1.2", "Ligne 1\nligne 2"],
    ]


def test_one_column_and_trailing_empty_cells() -> None:
    assert paste.parse_tsv("Recruter\nInnover\n") == [["Recruter"], ["Innover"]]
    assert paste.parse_tsv("a\tb\t\t\n\t\t\t\n") == [["a", "b"]]
    assert paste.parse_tsv("  \n") == []


def test_html_table_from_a_spreadsheet_is_preferred() -> None:
    block = paste.parse_clipboard("ignored\ttext", EXCEL_HTML)
    assert block == [
        ["N°", "Intitulé", "Coût total HT"],
        ["1.1", "Réseau de chaleur\nurbain", "1 200 000 €"],
    ]
    assert paste.parse_clipboard("a\tb", "<p>no table</p>") == [["a", "b"]]


def test_copied_cells_read_back_the_same() -> None:
    rows = [["Intitulé", "Coût"], ["Usine « A » & co\nsite 2", paste.value_text(Decimal("1234.5"))]]
    assert paste.parse_tsv(paste.to_tsv(rows)) == rows
    assert paste.parse_html(paste.to_html(rows)) == rows
    assert paste.value_text(Decimal("1200000.00")) == "1200000"
    assert paste.value_text(date(2021, 3, 15)) == "15/03/2021"
    assert read_value(FICHE_ACTION["cout_total_ht"], paste.value_text(Decimal("1234.50"))) == (
        Decimal("1234.50")
    )


def test_headers_map_columns_in_any_order_with_usual_names() -> None:
    block = [
        ["Coût total", "Titre", "Début", "Financeur", "Montant (€)"],
        ["1 000 000 €", "Usine", "15/3/21", "Région", "250 000"],
    ]
    read = paste.read_block(
        block,
        [FICHE_ACTION["numero"], FICHE_ACTION["intitule"], FICHE_ACTION["cout_total_ht"]],
        by_header=(FICHE_ACTION["date_debut"], *LIGNE_FINANCEMENT),
    )
    assert read.headers and read.is_valid
    assert read.rows[0].values == {
        "cout_total_ht": Decimal("1000000"),
        "intitule": "Usine",
        "date_debut": date(2021, 3, 15),
        "financeur": "Région",
        "montant": Decimal("250000"),
    }
    assert read.rows[0].line == 2


def test_without_headers_cells_fill_the_columns_from_the_current_one() -> None:
    columns = [
        FICHE_ACTION["numero"],
        FICHE_ACTION["intitule"],
        None,
        FICHE_ACTION["cout_total_ht"],
    ]
    read = paste.read_block([["Usine", "ignored", "12 500"]], columns, start_column=1)
    assert not read.headers
    assert read.rows[0].values == {"intitule": "Usine", "cout_total_ht": Decimal("12500")}
    # two columns from the third one: the block's last two cells have nowhere to go
    assert paste.read_block([["a", "b", "c", "d"]], columns, start_column=2).ignored == [
        "colonne 3",
        "colonne 4",
    ]


def test_refused_cells_are_located_with_the_import_sentence() -> None:
    block = [["Intitulé", "Coût total HT", "Date de fin"], ["Usine", "12,345", "31/02/2021"]]
    read = paste.read_block(block, list(FICHE_ACTION))
    assert not read.is_valid
    assert [(p.row, p.column) for p in read.problems] == [
        (2, "Coût total HT (€)"),
        (2, "Date de fin"),
    ]
    assert "a plus de 2 décimales" in read.problems[0].reason
    assert read.problem_lines()[0].startswith("ligne 2, colonne « Coût total HT (€) »")


def test_a_list_field_accepts_only_its_labels_but_financers_stay_open() -> None:
    block = [["Avancement", "Financeur"], ["en cours", "Fondation Alpha"], ["Promis", ""]]
    read = paste.read_block(
        block,
        [FICHE_ACTION["avancement"]],
        by_header=(LIGNE_FINANCEMENT["financeur"],),
        labels={"avancement": ["À l'étude", "En cours"], "financeur": ["Région"]},
    )
    assert read.rows[0].values == {"avancement": "En cours", "financeur": "Fondation Alpha"}
    assert [p.row for p in read.problems] == [3]
