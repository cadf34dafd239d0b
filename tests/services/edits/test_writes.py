"""The write functions check every value with the field table, then write, and undo."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from ti_desktop.db.models import (
    Axe,
    Contrat,
    FicheAction,
    Indicateur,
    LigneFinancement,
    Signataire,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, Phase
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import fiche_lines, fiches, signatories, territories
from ti_desktop.services.edits.changes import restore
from ti_desktop.services.fields import LIGNE_FINANCEMENT, FieldValueError, read_value
from ti_desktop.services.territories import create_territory


def _demo(database: Database) -> uuid.UUID:
    with database.reader() as session:
        return session.scalars(select(Territoire.id).where(Territoire.nom == DEMO_NAME)).one()


def _fiche(database: Database, numero: str) -> FicheAction:
    with database.reader() as session:
        return session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()


def test_update_fiche_reads_typed_text_and_undoes(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        previous = fiches.update_fiche(
            session,
            fiche.id,
            {"intitule": "  Réseau de chaleur  ", "cout_total_ht": "1 250 000,50 €"},
        )
        assert fiches.update_fiche(session, fiche.id, {"intitule": "Réseau de chaleur"}) == {}
    changed = _fiche(demo_database, "1.2")
    assert (changed.intitule, changed.cout_total_ht) == ("Réseau de chaleur", Decimal("1250000.50"))
    assert previous == {
        fiche.id: {"intitule": fiche.intitule, "cout_total_ht": fiche.cout_total_ht}
    }
    with demo_database.session() as session:
        restore(session, FicheAction, previous)
    back = _fiche(demo_database, "1.2")
    assert (back.intitule, back.cout_total_ht) == (fiche.intitule, fiche.cout_total_ht)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"cout_total_ht": "12,345"}, "Coût total HT (€) : « 12,345 » a plus de 2 décimales."),
        ({"cout_total_ht": "10000000000000"}, "dépasse le montant 999"),
        ({"numero": ""}, "N° : valeur obligatoire."),
        ({"numero": "1.1"}, "le numéro « 1.1 » est déjà utilisé"),
        ({"numero": "x" * 21}, "au plus 20 sont permis"),
        ({"date_debut": "31/02/2025"}, "n'est pas une date qui existe"),
        ({"date_fin": date(2020, 1, 1)}, "la date de fin précède la date de début"),
        ({"axe_id": uuid.uuid4()}, "Axe : ce choix n'est plus dans la liste"),
        ({"avancement_id": uuid.uuid4()}, "Avancement : ce choix n'est plus dans la liste"),
    ],
)
def test_update_fiche_refuses_what_the_field_table_refuses(
    demo_database: Database, values: dict[str, object], message: str
) -> None:
    fiche = _fiche(demo_database, "1.2")
    with demo_database.session() as session, pytest.raises(FieldValueError) as refused:
        fiches.update_fiche(session, fiche.id, values)
    assert message in refused.value.message
    assert _fiche(demo_database, "1.2").updated_at == fiche.updated_at


def test_an_axis_of_another_territory_is_refused(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        other = create_territory(session, "Vosges", "Grand Est", Phase.PHASE_2).axes[0].id
    with demo_database.session() as session, pytest.raises(FieldValueError, match="Axe"):
        fiches.update_fiche(session, fiche.id, {"axe_id": other})
    with demo_database.session() as session, pytest.raises(FieldValueError, match="Axe"):
        fiches.create_fiche(session, _demo(demo_database), other)


def test_financing_lines_refuse_the_amounts_the_import_refuses(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.3")
    with demo_database.session() as session:
        line_id = fiche_lines.add_financing_line(session, fiche.id, {"montant": "15 000"})
    for typed in ("12,345", "1 000 000 000 000", "-1", "", "beaucoup"):
        with pytest.raises(FieldValueError) as expected:
            read_value(LIGNE_FINANCEMENT["montant"], typed)
        with demo_database.session() as session, pytest.raises(FieldValueError) as refused:
            fiche_lines.update_financing_line(session, line_id, {"montant": typed})
        assert refused.value.message == expected.value.message
    with demo_database.session() as session:
        with pytest.raises(FieldValueError, match="Statut : ce choix"):
            fiche_lines.update_financing_line(session, line_id, {"statut_id": uuid.uuid4()})
        previous = fiche_lines.update_financing_line(session, line_id, {"dispositif": " FEDER "})
    with demo_database.reader() as session:
        line = session.get(LigneFinancement, line_id)
        assert line is not None
        assert (line.montant, line.dispositif) == (Decimal("15000.00"), "FEDER")
    with demo_database.session() as session:
        restore(session, LigneFinancement, previous)
        snapshot = fiche_lines.delete_financing_line(session, line_id)
    assert snapshot["montant"] == Decimal("15000.00")


def test_indicators_are_read_by_their_fields(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.3")
    with demo_database.session() as session:
        indicator_id = fiche_lines.add_indicator(session, fiche.id)
        fiche_lines.update_indicator(
            session, indicator_id, {"valeur_cible": "12,5", "echeance": "31/12/27"}
        )
        with pytest.raises(FieldValueError, match="plus de 4 décimales"):
            fiche_lines.update_indicator(session, indicator_id, {"valeur_atteinte": "1,23456"})
        with pytest.raises(FieldValueError, match="Indicateur : valeur obligatoire"):
            fiche_lines.update_indicator(session, indicator_id, {"nom": " "})
    with demo_database.reader() as session:
        indicator = session.get(Indicateur, indicator_id)
        assert indicator is not None
        assert indicator.nom == fiche_lines.NEW_INDICATOR_NAME
        assert (indicator.valeur_cible, indicator.echeance) == (Decimal("12.5"), date(2027, 12, 31))


def test_a_financer_is_added_once(demo_database: Database) -> None:
    with demo_database.session() as session:
        fiche_lines.add_financer(session, "Fondation du patrimoine")
        with pytest.raises(FieldValueError, match="déjà dans la liste"):
            fiche_lines.add_financer(session, "FONDATION DU PATRIMOINE")
        with pytest.raises(FieldValueError, match="Financeur : valeur obligatoire"):
            fiche_lines.add_financer(session, "   ")


def test_territory_and_contract_fields(demo_database: Database) -> None:
    territoire_id = _demo(demo_database)
    with demo_database.session() as session:
        territories.update_territory(
            session, territoire_id, {"correspondant_region_email": " c.roux@grandest.fr "}
        )
        with pytest.raises(FieldValueError, match="Courriel du correspondant Région : « c.roux"):
            territories.update_territory(
                session, territoire_id, {"correspondant_region_email": "c.roux@"}
            )
        with pytest.raises(FieldValueError, match="Région : valeur obligatoire"):
            territories.update_territory(session, territoire_id, {"region": ""})
        with pytest.raises(FieldValueError, match="Phase : « Phase 3 »"):
            territories.update_territory(session, territoire_id, {"phase": "Phase 3"})
        create_territory(session, "Vosges", "Grand Est")
        with pytest.raises(FieldValueError, match="« Vosges » existe déjà"):
            territories.update_territory(session, territoire_id, {"nom": "vosges"})
        contract = session.scalars(
            select(Contrat).where(Contrat.territoire_id == territoire_id)
        ).one()
        territories.update_contract(
            session, contract.id, {"periode": (2024, 2028), "date_signature": "3/7/2025"}
        )
        with pytest.raises(FieldValueError, match="ne peut pas précéder"):
            territories.update_contract(session, contract.id, {"periode": (2028, 2024)})
    with demo_database.reader() as session:
        territory = session.get(Territoire, territoire_id)
        contract = session.scalars(
            select(Contrat).where(Contrat.territoire_id == territoire_id)
        ).one()
        assert territory is not None
        assert territory.correspondant_region_email == "c.roux@grandest.fr"
        assert (contract.annee_debut, contract.annee_fin) == (2024, 2028)
        assert contract.date_signature == date(2025, 7, 3)


def test_axes_keep_unique_labels_and_used_axes(demo_database: Database) -> None:
    territoire_id = _demo(demo_database)
    with demo_database.session() as session:
        first = territories.add_axis(session, territoire_id)
        second = territories.add_axis(session, territoire_id)
        labels = [session.get(Axe, axis).libelle for axis in (first, second)]  # type: ignore[union-attr]
        assert labels == ["Nouvel axe", "Nouvel axe (2)"]
        with pytest.raises(FieldValueError, match="existe déjà"):
            territories.rename_axis(session, second, "nouvel AXE")
        used = session.scalars(
            select(Axe.id).where(Axe.territoire_id == territoire_id).order_by(Axe.position)
        ).first()
        assert used is not None
        with pytest.raises(FieldValueError, match="utilisé par 3 fiche"):
            territories.delete_axis(session, used)
        snapshot = territories.delete_axis(session, second)
        assert snapshot["libelle"] == "Nouvel axe (2)"


def test_signatories_civility_duplicates_and_organisation_renames(
    demo_database: Database,
) -> None:
    territoire_id = _demo(demo_database)
    group = GroupeSignataire.INTERCOMMUNALITES.value
    with demo_database.reader() as session:
        people = session.scalars(
            select(Signataire)
            .where(Signataire.territoire_id == territoire_id, Signataire.groupe == group)
            .order_by(Signataire.ordre)
        ).all()
    first, co = people[0], people[1]
    assert first.organisme == co.organisme  # the demo's co-representative
    with demo_database.session() as session:
        signatories.update_signatory(session, first.id, {"civilite": "madame"})
        with pytest.raises(FieldValueError, match="Civilité : « Docteur »"):
            signatories.update_signatory(session, first.id, {"civilite": "Docteur"})
        with pytest.raises(FieldValueError, match="signataire en double"):
            signatories.update_signatory(session, co.id, {"representant": first.representant})
        with pytest.raises(FieldValueError, match="Organisation : valeur obligatoire"):
            signatories.add_signatory(session, territoire_id, {"groupe": group})
        renamed = signatories.update_signatory(session, first.id, {"organisme": "TCM"})
    assert set(renamed) == {first.id, co.id}  # the co-representative follows
    with demo_database.reader() as session:
        assert session.get(Signataire, first.id).civilite == "Mme"  # type: ignore[union-attr]
        assert session.get(Signataire, co.id).organisme == "TCM"  # type: ignore[union-attr]
    with demo_database.session() as session:
        restore(session, Signataire, renamed)
        moved = signatories.move_signatory(session, co.id, -1)
    with demo_database.reader() as session:
        assert session.get(Signataire, co.id).organisme == first.organisme  # type: ignore[union-attr]
        assert signatories.group_ids(session, territoire_id, group)[:2] == [co.id, first.id]
    with demo_database.session() as session:
        restore(session, Signataire, moved)
    with demo_database.reader() as session:
        assert signatories.group_ids(session, territoire_id, group)[:2] == [first.id, co.id]
