"""The avenant's and the report's variables on the sample territory, for ``check-template``.

The sample territory (``sample``) is signed, then changed in every way an avenant
lists (a fiche added, one removed, one modified with its financing and indicators, a
signatory added, a field of the territory changed), so that a trial render reaches
every loop of the avenant and report templates.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.documents.avenant import SignedVersions, avenant_context
from ti_desktop.services.documents.report import report_context
from ti_desktop.services.records import (
    FicheRecord,
    IndicatorRecord,
    SignatoryRecord,
    TerritoryRecord,
    new_record,
)
from ti_desktop.services.register.changes import ChangesSince, compare
from ti_desktop.services.register.snapshots import decode_territory, encode_territory
from ti_desktop.services.register.transmissions import TransmissionRecord

_STATES = ("À l'étude", "Prête à démarrer", "En cours", "Réalisée", "Suspendue", "Abandonnée")


def _signed_contract(territory: TerritoryRecord) -> TransmissionRecord:
    return new_record(
        TransmissionRecord,
        territoire_id=territory.id,
        nature=NatureEnvoi.CONTRAT.value,
        objet="Contrat",
        destinataires="correspondant@region.example.org",
        envoye_le=datetime(2024, 6, 20, 10, 0, tzinfo=UTC),
        version_logiciel="0.1.0",
        signe_le=date(2024, 6, 28),
        fichiers=[],
    )


def _copy_of(territory: TerritoryRecord, numero: str, position: int) -> FicheRecord:
    """A copy of the territory's first fiche under new identities (another fiche)."""
    fiche = decode_territory(encode_territory(territory)).fiches_actives[0]
    fiche.__dict__.update(id=uuid.uuid4(), numero=numero, position=position)
    for line in fiche.financements:
        line.id = uuid.uuid4()
    for indicator in fiche.indicateurs:
        indicator.id = uuid.uuid4()
    return fiche


def _signed_then_changed(territory: TerritoryRecord) -> tuple[TerritoryRecord, TerritoryRecord]:
    """The sample with a second fiche as signed, and the same territory changed since."""
    territory.fiches_actives.append(_copy_of(territory, "1.2", 1))
    signed = territory
    changed = decode_territory(encode_territory(signed))
    kept, removed = changed.fiches_actives
    kept.cout_total_ht = Decimal("1200")
    kept.financements[0].montant = Decimal("500")
    kept.indicateurs[0].valeur_atteinte = Decimal("4")
    kept.indicateurs.append(
        new_record(
            IndicatorRecord, nom="Entreprises", unite="", valeur_cible=Decimal("3"),
            echeance=date(2025, 1, 31), position=1,
        )
    )  # fmt: skip
    changed.fiches_actives = [kept, _copy_of(signed, "1.3", 2)]
    changed.signataires.append(
        new_record(
            SignatoryRecord, territoire_id=territory.id, groupe=signed.signataires[1].groupe,
            organisme="Banque des Territoires", civilite="M.", representant="D",
            fonction="Directeur régional", ordre=9, co_representant=False,
        )
    )  # fmt: skip
    changed.chef_projet_nom = "Dominique Essai"
    assert removed.numero == "1.2"
    return signed, changed


def register_sample_context(territory: TerritoryRecord) -> dict[str, Any]:
    """``avenant`` and ``rapport`` built from the sample territory (see module doc)."""
    signed, changed = _signed_then_changed(territory)
    contract = _signed_contract(signed)
    changes = compare(signed, changed)
    today = date(2026, 3, 12)
    avenant = avenant_context(changed, SignedVersions(contract), changes, today=today)
    report = report_context(changed, _STATES, ChangesSince(contract, None, changes), today=today)
    return {"avenant": avenant["avenant"], "rapport": report["rapport"]}
