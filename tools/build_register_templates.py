"""Build ``templates/avenant.docx`` and ``templates/rapport-suivi.docx``.

Run ``python tools/build_register_templates.py`` after changing this file; the output
is committed. The styles, tables and the fiche layout are those of the contract
(``tools/build_templates.py``), so the three documents look alike and a Région restyles
them the same way. Every variable is described in ``docs/modeles.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_templates import (  # noqa: E402 - the shared canvas helpers, found by path
    AMOUNT_CM,
    TEMPLATES,
    TEXT_WIDTH_CM,
    _fiche_body,
    _footer,
    _keep_together,
    _new_document,
    _para,
    _paragraph_style,
    _table,
    _tag,
    _text_loop,
    parties_section,
    signatures_section,
)


def _article(document: DocumentObject, key: str) -> None:
    """The heading of an article present only when the avenant changes that part."""
    _tag(document, f"{{%p if avenant.articles.{key} %}}")
    _para(document, f"{{{{ avenant.articles.{key} }}}}", "Heading 1")


def _changes_table(document: DocumentObject, items: str, *, with_fiche: bool = False) -> None:
    """Rows « élément / version signée / nouvelle version » of the list ``items``."""
    name = "ligne"
    headers = ["Élément modifié", "Version signée", "Nouvelle version"]
    cells = [f"{{{{ {name}.champ }}}}", f"{{{{ {name}.avant }}}}", f"{{{{ {name}.apres }}}}"]
    widths = [6.0, 5.0, 5.0]
    if with_fiche:
        headers.insert(0, "Fiche")
        cells.insert(0, f"{{{{ {name}.fiche }}}}")
        widths = [1.4, 5.4, 4.6, 4.6]
    blank = [""] * (len(headers) - 1)
    _table(
        document,
        widths,
        [
            headers,
            [f"{{%tr for {name} in {items} %}}", *blank],
            cells,
            ["{%tr endfor %}", *blank],
        ],
    )


def build_avenant(target: Path) -> None:
    """The avenant: what changed since the version signed, article by article."""
    document = _new_document("{{ avenant.titre }} – {{ territoire.nom }}")
    _para(document, "{{ avenant.titre }}", "Title")
    _para(document, "{{ avenant.sous_titre }}", "Garde mention")
    _para(document, "{{ territoire.nom }}", "Subtitle")
    _para(document, "{{ contrat.periode }}", "Garde période")
    _para(document, "Modifiant {{ avenant.version_signee }}", "Garde mention")
    _para(document, "{{ territoire.mention_regions }}", "Garde mention")
    _para(document, "Projet — version du {{ date_generation }}", "Garde mention")

    parties_section(document, "avenant.vu")

    _para(document, "{{ avenant.articles.objet }}", "Heading 1")
    _text_loop(document, "avenant.objet")

    _article(document, "ajouts")
    _para(
        document,
        "Les fiches-actions suivantes sont ajoutées au plan d'actions. Elles figurent en annexe "
        "du présent avenant et en font partie intégrante.",
        "Normal",
    )
    _table(
        document,
        [1.2, 5.8, 3.2, 2.6, AMOUNT_CM],
        [
            ["N°", "Intitulé", "Axe", "Maître d'ouvrage", "Coût total HT"],
            ["{%tr for fiche in avenant.fiches_ajoutees %}", "", "", "", ""],
            [
                "{{ fiche.numero }}",
                "{{ fiche.intitule }}",
                "{{ fiche.axe }}",
                "{{ fiche.maitre_ouvrage }}",
                "{{ fiche.cout_total }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
        ],
        amounts=(4,),
    )
    _tag(document, "{%p endif %}")

    _article(document, "retraits")
    _para(
        document,
        "Les fiches-actions suivantes sont retirées du plan d'actions ; les engagements des "
        "signataires qui s'y rapportaient prennent fin.",
        "Normal",
    )
    _table(
        document,
        [1.2, 7.8, 3.8, AMOUNT_CM],
        [
            ["N°", "Intitulé", "Maître d'ouvrage", "Coût total HT"],
            ["{%tr for fiche in avenant.fiches_retirees %}", "", "", ""],
            [
                "{{ fiche.numero }}",
                "{{ fiche.intitule }}",
                "{{ fiche.maitre_ouvrage }}",
                "{{ fiche.cout_total }}",
            ],
            ["{%tr endfor %}", "", "", ""],
        ],
        amounts=(3,),
    )
    _tag(document, "{%p endif %}")

    _article(document, "modifications")
    _para(
        document,
        "Les fiches-actions suivantes sont modifiées comme indiqué ci-dessous. La nouvelle "
        "rédaction des fiches dont le contenu change figure en annexe.",
        "Normal",
    )
    _tag(document, "{%p for modifiee in avenant.fiches_modifiees %}")
    _para(document, "{{ modifiee.titre }}", "Heading 2")
    _changes_table(document, "modifiee.lignes")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")

    _article(document, "financement")
    _tag(document, "{%p if avenant.financements %}")
    _para(document, "Le plan de financement des fiches-actions est modifié comme suit.", "Normal")
    _changes_table(document, "avenant.financements", with_fiche=True)
    _tag(document, "{%p endif %}")
    intro = _para(document, "Les totaux du plan d'actions deviennent :", "Après tableau")
    intro.paragraph_format.keep_with_next = True
    totals = _table(
        document,
        [5.6, 3.6, 3.6, AMOUNT_CM],
        [
            ["", "Version signée", "Nouvelle version", "Écart"],
            ["{%tr for total in avenant.totaux %}", "", "", ""],
            ["{{ total.libelle }}", "{{ total.avant }}", "{{ total.apres }}", "{{ total.ecart }}"],
            ["{%tr endfor %}", "", "", ""],
        ],
        first_column=True,
        amounts=(1, 2, 3),
    )
    _keep_together(totals)
    _tag(document, "{%p endif %}")

    _article(document, "signataires")
    _para(document, "La liste des signataires est modifiée :", "Normal")
    _text_loop(document, "avenant.signataires", "Liste puce")
    _tag(document, "{%p endif %}")

    _article(document, "autres")
    _para(document, "Les stipulations suivantes sont modifiées :", "Normal")
    _text_loop(document, "avenant.autres", "Liste puce")
    _tag(document, "{%p endif %}")

    _para(document, "{{ avenant.articles.dispositions }}", "Heading 1")
    _para(
        document,
        "Les stipulations du {{ contrat.nature }} que le présent avenant ne modifie pas "
        "demeurent applicables. Le présent avenant prend effet à la date "
        "de sa signature par l'ensemble des signataires.",
        "Normal",
    )

    signatures_section(document, "avenant.fait_a")

    _tag(document, "{%p if avenant.annexes %}")
    annex = _para(
        document, "Annexe – Fiches-actions ajoutées ou modifiées (nouvelle rédaction)", "Heading 1"
    )
    annex.paragraph_format.page_break_before = True
    _para(
        document,
        "Les fiches-actions ci-après remplacent, dans l'annexe du {{ contrat.nature }}, les fiches "
        "de même numéro ; les fiches nouvelles s'y ajoutent. Elles font partie intégrante du "
        "présent avenant :",
        "Normal",
    )
    _tag(document, "{%p for fiche in avenant.annexes %}")
    _para(document, "Fiche-action {{ fiche.numero }} – {{ fiche.intitule }}", "Liste puce")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p for fiche in avenant.annexes %}")
    _fiche_body(document, "Heading 2", section_style="Heading 3", new_page=True)
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")

    _footer(
        document, "{{ territoire.nom }} — Avenant n° {{ avenant.numero }}", blank_first_page=True
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


def build_report(target: Path) -> None:
    """The follow-up report for the comité de suivi."""
    document = _new_document("Rapport de suivi – {{ territoire.nom }} – {{ rapport.date }}")
    _paragraph_style(
        document, "Graphique", align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=10,
        keep_with_next=False,
    )  # fmt: skip
    # Lists of changes read line by line: left-aligned, a changed fiche's details indented.
    _paragraph_style(
        document, "Liste changement", base="List Bullet", after=2, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    _paragraph_style(
        document, "Liste détail", base="List Bullet 2", size=9, after=1,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )  # fmt: skip
    _para(document, "{{ rapport.titre }}", "Title")
    _para(document, "{{ territoire.nom }}", "Subtitle")
    _para(document, "Comité de suivi du {{ rapport.date }}", "Garde période")
    _para(document, "{{ contrat.type_document }} {{ contrat.periode }}", "Garde mention")
    _para(document, "{{ territoire.mention_regions }}", "Garde mention")
    _para(document, "Chef de projet : {{ territoire.chef_projet.nom }}", "Garde mention")

    synthesis = _para(document, "Synthèse", "Heading 1")
    synthesis.paragraph_format.page_break_before = True
    chiffres = "rapport.chiffres"
    _table(
        document,
        [8.0, TEXT_WIDTH_CM - 8.0],
        [
            ["Fiches-actions", f"{{{{ {chiffres}.nombre_fiches }}}}"],
            ["Coût total HT", f"{{{{ {chiffres}.cout_total }}}}"],
            [
                "Financements prévus (hors refusés)",
                f"{{{{ {chiffres}.prevus }}}} ({{{{ {chiffres}.part_prevue }}}} du coût)",
            ],
            [
                "Financements acquis",
                f"{{{{ {chiffres}.acquis }}}} ({{{{ {chiffres}.part_acquise }}}} du coût, "
                f"{{{{ {chiffres}.acquis_sur_prevus }}}} des financements prévus)",
            ],
            ["Reste à financer", f"{{{{ {chiffres}.reste_a_financer }}}}"],
            ["Indicateurs", f"{{{{ {chiffres}.indicateurs_resume }}}}"],
        ],
        header=False,
        first_column=True,
    )
    _para(document, "Financements par statut", "Heading 2")
    _para(document, "{{ rapport.graphique_financements }}", "Graphique")
    _table(
        document,
        [8.0, 4.2, 3.8],
        [
            ["Statut", "Montant", "Part du coût"],
            ["{%tr for ligne in rapport.financements_par_statut %}", "", ""],
            ["{{ ligne.statut }}", "{{ ligne.montant }}", "{{ ligne.part }}"],
            ["{%tr endfor %}", "", ""],
        ],
        amounts=(1, 2),
    )
    _para(document, "Fiches-actions par état d'avancement", "Heading 2")
    _para(document, "{{ rapport.graphique_avancement }}", "Graphique")

    _tag(document, "{%p if rapport.retards %}")
    _para(document, "Indicateurs en retard", "Heading 2")
    _para(
        document,
        "Échéance passée sans que la valeur cible soit atteinte :",
        "Normal",
    )
    _table(
        document,
        [1.2, 6.4, 2.8, 2.6, 3.0],
        [
            ["Fiche", "Indicateur", "Cible", "Atteint", "Échéance"],
            ["{%tr for indicateur in rapport.retards %}", "", "", "", ""],
            [
                "{{ indicateur.fiche_numero }}",
                "{{ indicateur.nom }}",
                "{{ indicateur.cible }}",
                "{{ indicateur.atteint }}",
                "{{ indicateur.echeance }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
        ],
        amounts=(2, 3),
    )
    _tag(document, "{%p endif %}")

    _para(document, "Changements depuis le rapport précédent", "Heading 1")
    _para(document, "{{ rapport.changements.depuis }}", "Normal")
    _tag(document, "{%p for section in rapport.changements.sections %}")
    _para(document, "{{ section.titre }}", "Heading 3")
    _tag(document, "{%p for ligne in section.lignes %}")
    _para(document, "{{ ligne.texte }}", "Liste changement")
    _text_loop(document, "ligne.details", "Liste détail")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p if rapport.changements.totaux %}")
    _para(document, "Totaux", "Heading 3")
    _text_loop(document, "rapport.changements.totaux", "Liste changement")
    _tag(document, "{%p endif %}")

    by_axis = _para(document, "Suivi par axe et par fiche-action", "Heading 1")
    by_axis.paragraph_format.page_break_before = True
    _tag(document, "{%p for axe in rapport.axes %}")
    _para(document, "{{ axe.titre }}", "Heading 2")
    _para(
        document,
        "{{ axe.resume }} — coût total {{ axe.cout_total }} HT, dont {{ axe.acquis }} de "
        "financements acquis ({{ axe.part_acquise }}).",
        "Normal",
    )
    _table(
        document,
        [1.1, 4.3, 2.4, AMOUNT_CM, AMOUNT_CM, 1.8],
        [
            ["N°", "Intitulé", "Avancement", "Coût total HT", "Acquis", "% acquis"],
            ["{%tr for fiche in axe.fiches %}", "", "", "", "", ""],
            [
                "{{ fiche.numero }}",
                "{{ fiche.intitule }}",
                "{{ fiche.avancement }}",
                "{{ fiche.cout_total }}",
                "{{ fiche.acquis }}",
                "{{ fiche.part_acquise }}",
            ],
            ["{%tr endfor %}", "", "", "", "", ""],
        ],
        amounts=(3, 4, 5),
    )
    _tag(document, "{%p for fiche in axe.fiches %}")
    _para(document, "Fiche-action {{ fiche.numero }} – {{ fiche.intitule }}", "Heading 3")
    _para(
        document,
        "Maître d'ouvrage : {{ fiche.maitre_ouvrage }} — avancement : {{ fiche.avancement }} — "
        "calendrier : {{ fiche.calendrier }}.",
        "Normal",
    )
    _para(
        document,
        "Financements : {{ fiche.acquis }} acquis sur {{ fiche.prevus }} prévus, pour un coût "
        "de {{ fiche.cout_total }} HT ({{ fiche.part_acquise }} acquis) ; reste à financer : "
        "{{ fiche.reste_a_financer }}.",
        "Normal",
    )
    _tag(document, "{%p if fiche.indicateurs %}")
    _table(
        document,
        [5.8, 2.8, 2.6, 2.8, 2.0],
        [
            ["Indicateur", "Cible", "Atteint", "Échéance", "État"],
            ["{%tr for indicateur in fiche.indicateurs %}", "", "", "", ""],
            [
                "{{ indicateur.nom }}",
                "{{ indicateur.cible }}",
                "{{ indicateur.atteint }}",
                "{{ indicateur.echeance }}",
                "{{r indicateur.etat_signale }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
        ],
        amounts=(1, 2),
    )
    _tag(document, "{%p else %}")
    _para(document, "Aucun indicateur n'est défini pour cette fiche.", "Normal")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")

    _footer(
        document,
        "{{ territoire.nom }} — Rapport de suivi du {{ rapport.date }}",
        blank_first_page=True,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


def main() -> int:
    """Write both templates next to the contract's."""
    build_avenant(TEMPLATES / "avenant.docx")
    build_report(TEMPLATES / "rapport-suivi.docx")
    print(f"Modèles de l'avenant et du rapport de suivi écrits dans {TEMPLATES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
