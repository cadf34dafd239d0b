"""Time the contract generation for 10, 60 and 600 fiches-actions.

Prints, for each size, the full ``generate_contract`` (database read, French context,
sandboxed render with typography and typed paragraphs, finishing: table of contents,
ordinals, file properties; atomic write) next to a plain docxtpl render of the same
context (default Jinja environment, no sanitising, no finishing), so the cost of the
safety and of the finish is visible. Goal: within 1.5× the plain render at 600 fiches.
The LibreOffice pass (PDF, OpenDocument, page numbers) is timed apart, at 60 fiches.
Then the same contract from a Région's template (a copy of the canvas outside
``templates/``), rendered by the worker process with its time and memory limits: the
first one pays the worker's start, the next ones find it warm; and the first one of a
fresh ``ti-desktop contract --template`` command, as a user's terminal runs it.

Run: ``python bench/bench_contract.py``
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from docxtpl import DocxTemplate

from ti_desktop import paths
from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement
from ti_desktop.db.store import Database, open_database
from ti_desktop.services.demo import create_demo_territory
from ti_desktop.services.documents import generation as contract_documents
from ti_desktop.services.documents.context import contract_context
from ti_desktop.services.documents.pdf import find_soffice
from ti_desktop.services.records import load_territories

SIZES = (10, 60, 600)
GOAL = 1.5


def _fill(folder: Path, count: int) -> tuple[Database, uuid.UUID]:
    """A database whose demo territory holds ``count`` fiches (copies of the demo ones)."""
    database = open_database(folder / f"bench-{count}.tidb")
    with database.session() as session:
        territory = create_demo_territory(session)
        models = list(territory.fiches)
        for fiche in models[count:]:
            territory.fiches.remove(fiche)
        for index in range(len(territory.fiches), count):
            model = models[index % len(models)]
            copy = FicheAction(
                numero=f"{index // 10 + 5}.{index % 10 + 1}",
                intitule=f"{model.intitule} (copie {index})",
                axe=model.axe,
                maitre_ouvrage=model.maitre_ouvrage,
                description=model.description,
                objectifs=model.objectifs,
                partenaires=model.partenaires,
                localisation=model.localisation,
                date_debut=model.date_debut,
                date_fin=model.date_fin,
                cout_total_ht=model.cout_total_ht,
                avancement=model.avancement,
                position=index,
            )
            copy.financements = [
                LigneFinancement(
                    financeur=line.financeur,
                    dispositif=line.dispositif,
                    montant=line.montant + Decimal(index),
                    statut=line.statut,
                    position=line.position,
                )
                for line in model.financements
            ]
            copy.indicateurs = [
                Indicateur(
                    nom=i.nom,
                    unite=i.unite,
                    valeur_cible=i.valeur_cible,
                    echeance=i.echeance,
                    position=i.position,
                )
                for i in model.indicateurs
            ]
            territory.fiches.append(copy)
        territory_id = territory.id
    return database, territory_id


def _timed(function: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def _plain_render(template: Path, context: dict[str, object], target: Path) -> None:
    document = DocxTemplate(str(template))
    document.render(context)
    document.save(str(target))


def main() -> int:
    template = paths.default_contract_template()
    print(
        f"{'fiches':>7} {'generate_contract':>18} {'docxtpl seul':>13} {'écart':>7} {'taille':>9}"
    )
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for count in SIZES:
            database, territory_id = _fill(folder, count)
            target = folder / f"contrat-{count}.docx"
            ours = min(
                _timed(contract_documents.generate_contract, database, territory_id, target)
                for _ in range(3)
            )
            with database.reader() as session:
                territory = load_territories(session, [territory_id]).territories[0]
            context = contract_context(territory, today=date.today())

            plain = min(
                _timed(_plain_render, template, context, folder / f"plain-{count}.docx")
                for _ in range(3)
            )
            if count == 60 and find_soffice() is not None:
                office = _timed(
                    contract_documents.generate_contract,
                    database,
                    territory_id,
                    folder / "contrat-pdf.docx",
                    pdf=True,
                )
                print(f"        (avec PDF et numéros de page par LibreOffice : {office:.1f} s)")
            database.close()
            size_kb = target.stat().st_size / 1024
            ratio = ours / plain
            print(f"{count:>7} {ours:>16.2f} s {plain:>11.2f} s {ratio:>6.2f}x {size_kb:>6.0f} Ko")
        _region_template(folder)
    print(f"Objectif : au plus {GOAL}x le rendu docxtpl seul à 600 fiches.")
    return 0


def _region_template(folder: Path) -> None:
    """A Région's template: the worker's start, then warm, then a whole command."""
    import shutil
    import subprocess

    from ti_desktop.services.documents import sandbox

    folder = folder / "region"
    folder.mkdir()
    region = folder / "modele-region.docx"
    shutil.copyfile(paths.default_contract_template(), region)
    database, territory_id = _fill(folder, SIZES[0])
    sandbox.shutdown()
    target = folder / "contrat-region.docx"
    cold = _timed(
        contract_documents.generate_contract, database, territory_id, target, template=region
    )
    warm = min(
        _timed(
            contract_documents.generate_contract, database, territory_id, target, template=region
        )
        for _ in range(3)
    )
    own = min(
        _timed(contract_documents.generate_contract, database, territory_id, target)
        for _ in range(3)
    )
    database.close()
    commands = {}
    for label, extra in (
        ("canevas national", []),
        ("modèle de Région", ["--template", str(region)]),
    ):
        argv = [sys.executable, "-m", "ti_desktop", "--db", str(database.path), "contract"]
        argv += ["--territory", "Troyes", "-o", str(target), "--no-record", *extra]
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        commands[label] = time.perf_counter() - start
    print(f"\nModèle de Région ({SIZES[0]} fiches), rendu par le processus isolé :")
    print(f"  premier contrat (démarrage du processus) : {cold:.2f} s")
    print(f"  contrats suivants (processus déjà prêt)  : {warm:.2f} s")
    print(f"  canevas national, dans le programme      : {own:.2f} s")
    for label, seconds in commands.items():
        print(f"  commande ti-desktop contract, {label:<17}: {seconds:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
