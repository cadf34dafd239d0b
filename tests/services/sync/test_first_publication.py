"""Territories that came from e-mailed workbooks: matched once, then one shared copy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from support.sync import FicheAction, build_territory, content, fiche_id, fiche_values, set_values

from ti_desktop.services.exchange.exporter import export_workbook
from ti_desktop.services.exchange.importer import import_workbook
from ti_desktop.services.sync.conflicts import list_conflicts, resolve, resolve_all
from ti_desktop.services.sync.errors import ConflictsPending
from ti_desktop.services.sync.publish import publish
from ti_desktop.services.sync.pull import pull

ALPHA, BETA = "Alpha", "Bêta"


def workbook_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every cell of every sheet, but the moment of production under each title.

    Two workbooks written a second apart differ there and nowhere else.
    """
    book = openpyxl.load_workbook(path)
    try:
        sheets = {}
        for sheet in book.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            if len(rows) > 1 and isinstance(rows[1][0], datetime):
                rows[1] = ("produit le …", *rows[1][1:])
            sheets[sheet.title] = rows
        return sheets
    finally:
        book.close()


@pytest.fixture
def workbooks(laptops, tmp_path):
    """Each territory's exchange workbook, as its chef de projet e-mails it."""
    source = laptops("sources")
    build_territory(source, ALPHA, fiches=4)
    build_territory(source, BETA, fiches=2)
    paths = {}
    for name in (ALPHA, BETA):
        paths[name] = tmp_path / f"{name}.xlsx"
        export_workbook(source, paths[name], territory_names=[name])
    return paths


def test_a_region_pulled_from_the_server_exports_like_the_workbooks_imported(
    server, laptops, workbooks, tmp_path
):
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=BETA)
    server.grant("officier_ge", region="Grand Est", level="read")
    for login, name in (("chef_a", ALPHA), ("chef_b", BETA)):
        laptop = laptops(login)
        import_workbook(laptop, workbooks[name])
        publish(laptop, server.login(login))

    pulled = laptops("region")
    report = pull(pulled, server.login("officier_ge"), region="Grand Est")
    assert report.territories == [ALPHA, BETA]
    imported = laptops("importe")
    for path in workbooks.values():
        import_workbook(imported, path)

    from_server, from_workbooks = tmp_path / "serveur.xlsx", tmp_path / "classeurs.xlsx"
    export_workbook(pulled, from_server, region="Grand Est")
    export_workbook(imported, from_workbooks, region="Grand Est")
    values = workbook_values(from_server)
    assert values == workbook_values(from_workbooks)
    fiche_rows = [
        row for row in values["Fiches-actions"] if row[1] and str(row[1]).startswith("1.")
    ]
    assert len(fiche_rows) == 6
    assert {row[0] for row in fiche_rows} == {ALPHA, BETA}


def test_the_first_publication_matches_fiches_by_number_once(server, laptops, workbooks):
    server.grant("officier_ge", region="Grand Est")
    server.grant("chef_a", territory=ALPHA)
    region = laptops("region")
    import_workbook(region, workbooks[ALPHA])
    publish(region, server.login("officier_ge"))

    # the chef de projet's own file: the same territory under other identifiers, one edit since
    chef = laptops("chef")
    import_workbook(chef, workbooks[ALPHA])
    set_values(chef, FicheAction, fiche_id(chef, "1.2"), intitule="Titre revu par le chef")
    assert fiche_id(chef, "1.1") != fiche_id(region, "1.1")

    with pytest.raises(ConflictsPending, match="rapproché"):
        publish(chef, server.login("chef_a"))
    # matched: the chef's rows now carry the server's identifiers
    assert fiche_id(chef, "1.1") == fiche_id(region, "1.1")
    (conflict,) = list_conflicts(chef)
    assert conflict.nature == "rapprochement"
    assert [(f.label, f.mine, f.theirs) for f in conflict.fields] == [
        ("Intitulé", "Titre revu par le chef", "Action 2 de Alpha")
    ]
    resolve(chef, conflict.id, "mine")
    report = publish(chef, server.login("chef_a"))
    assert (report.creations, report.modifications, report.suppressions) == (0, 1, 0)
    assert server.scalar("SELECT count(*) FROM fiche_action") == 4  # no duplicate

    pull(region, server.login("officier_ge"))
    assert fiche_values(region, fiche_id(region, "1.2"))["intitule"] == "Titre revu par le chef"
    assert content(region) == content(chef)
    # from now on, the identifiers are kept: no matching again
    set_values(chef, FicheAction, fiche_id(chef, "1.3"), numero="1.30")
    assert publish(chef, server.login("chef_a")).modifications == 1


def test_keeping_all_of_mine_after_a_first_meeting(server, laptops, workbooks):
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    first = laptops("premier")
    import_workbook(first, workbooks[ALPHA])
    publish(first, server.login("chef_a"))
    second = laptops("second")
    import_workbook(second, workbooks[ALPHA])
    for numero in ("1.1", "1.2", "1.3"):
        set_values(second, FicheAction, fiche_id(second, numero), localisation="Troyes")
    report = pull(second, server.login("chef_b"))
    assert report.conflicts == 3 and report.matched > 0
    assert resolve_all(second, "mine") == 3
    assert publish(second, server.login("chef_b")).modifications == 3
    pull(first, server.login("chef_a"))
    assert content(first) == content(second)
