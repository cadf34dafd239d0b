"""What the base proposes while typing: known signatories, usual partners, earlier values."""

from __future__ import annotations

from ti_desktop.db.store import Database
from ti_desktop.services.entry import suggestions


def test_known_signatories_then_usual_partners(demo_database: Database) -> None:
    with demo_database.reader() as session:
        known = suggestions.known_signatories(session, region="Grand Est")
        owners = suggestions.maitres_ouvrage(session)
        schemes = suggestions.dispositifs(session)
    bank = next(k for k in known if k.organisme == "Banque des Territoires")
    assert bank.representant == "Olivier Moreau" and bank.civilite == "M."
    assert bank.label == "Banque des Territoires — Olivier Moreau, Directeur régional Grand Est"
    assert bank.values()["fonction"] == "Directeur régional Grand Est"
    names = [k.organisme for k in known]
    # usual partners not in the base yet come after, once; the Région is already there
    assert "France Travail" in names and "ADEME" in names
    assert names.count("Région Grand Est") == 1 and "Région" not in names
    assert owners[0] == "Troyes Champagne Métropole"  # the most used first
    assert len(owners) == len({o.casefold() for o in owners})
    assert schemes and "" not in schemes


def test_an_empty_base_proposes_the_usual_partners(database: Database) -> None:
    with database.reader() as session:
        known = suggestions.known_signatories(session, region="Normandie")
    assert [k.organisme for k in known][:3] == [
        "Région Normandie",
        "État",
        "Banque des Territoires",
    ]
    assert known[0].fonction == "Président du Conseil régional"
