"""What the base proposes while typing: known signatories, usual partners, earlier values."""

from __future__ import annotations

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.services.edits import fiches, signatories
from ti_desktop.services.entry import suggestions
from ti_desktop.services.territories import create_territory

PUBLIC = GroupeSignataire.PARTENAIRES_PUBLICS.value


def test_known_signatories_then_usual_partners_never_the_demo(demo_database: Database) -> None:
    with demo_database.session() as session:
        arve = create_territory(session, "Vallée de l'Arve", "Auvergne-Rhône-Alpes").id
        signatories.add_signatory(
            session,
            arve,
            {
                "groupe": PUBLIC,
                "organisme": "Banque des Territoires",
                "representant": "Sarah Dumont",
                "fonction": "Directrice régionale",
                "civilite": "Mme",
            },
        )
        fiche = fiches.create_fiche(session, arve)
        fiches.update_fiche(session, fiche, {"maitre_ouvrage": "Somfy"})
    with demo_database.reader() as session:
        known = suggestions.known_signatories(session, region="Auvergne-Rhône-Alpes")
        owners = suggestions.maitres_ouvrage(session)
        schemes = suggestions.dispositifs(session)
    bank = next(k for k in known if k.organisme == "Banque des Territoires")
    assert (bank.representant, bank.civilite) == ("Sarah Dumont", "Mme")
    assert bank.label == "Banque des Territoires — Sarah Dumont, Directrice régionale"
    assert bank.key == "Banque des Territoires Sarah Dumont"
    assert bank.values()["fonction"] == "Directrice régionale"
    names = [k.organisme for k in known]
    # usual partners not in the base come after, once; the fictitious demo never
    assert names.count("Banque des Territoires") == 1
    assert "Région Auvergne-Rhône-Alpes" in names and "France Travail" in names
    assert "Olivier Moreau" not in [k.representant for k in known]
    assert "Région Grand Est" not in names
    assert owners == ["Banque des Territoires", "Somfy"]  # not « Troyes Champagne Métropole »
    assert schemes == []


def test_an_empty_base_proposes_the_usual_partners(database: Database) -> None:
    with database.reader() as session:
        known = suggestions.known_signatories(session, region="Normandie")
    assert [k.organisme for k in known][:3] == [
        "Région Normandie",
        "État",
        "Banque des Territoires",
    ]
    assert known[0].fonction == "Président du Conseil régional"
