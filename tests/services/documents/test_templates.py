"""Hostile values, hostile or broken templates, and ``check_template``."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select
from support.contract import demo_id, full_text, plain, table_rows, texts, word_template

from ti_desktop import paths
from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.errors import TemplateError
from ti_desktop.services.documents import generation as contract_documents
from ti_desktop.services.documents.render import check_template

HOSTILE_TITLE = "A & B <b>gras</b> {{ x }} {% if %} \"guillemets\" 'apostrophe' 😀 ¾"


def _template(tmp_path: Path, *lines: str, name: str = "modele.docx") -> Path:
    return word_template(tmp_path, name, *lines)


def test_hostile_values_come_out_literally(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        territory = session.scalars(select(Territoire)).one()
        territory.elu_referent = "Mme <script>alert(1)</script> & Cie"
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        fiche.intitule = HOSTILE_TITLE
        fiche.description = "ligne 1\nligne 2\r\nligne 3 cloche\x07 fin\x0b\x1f"
        fiche.maitre_ouvrage = "=SOMME(A1:A9)"
        fiche.objectifs = "Avant\tTabulé ]]> <![CDATA[ x ]]> &amp;"
    target = tmp_path / "hostile.docx"
    contract_documents.generate_contract(demo_database, demo_id(demo_database), target)
    lines = texts(target)  # python-docx re-reads the package: the XML is valid
    assert f"Fiche-action 1.1 – {HOSTILE_TITLE}" in lines
    # each typed line its own paragraph, control characters dropped
    assert lines[lines.index("ligne 1") : lines.index("ligne 1") + 3] == [
        "ligne 1",
        "ligne 2",
        "ligne 3 cloche fin",
    ]
    assert "Avant\tTabulé ]]> <![CDATA[ x ]]> &amp;" in lines
    assert ("Maître d'ouvrage", "=SOMME(A1:A9)") in table_rows(target)
    assert "Mme <script>alert(1)</script> & Cie" in full_text(target)
    fiche_for_sale = tmp_path / "fiche.docx"
    contract_documents.generate_fiche(demo_database, demo_id(demo_database), "1.1", fiche_for_sale)
    assert f"Fiche-action 1.1 – {HOSTILE_TITLE}" in texts(fiche_for_sale)


def test_hostile_territory_name_in_footer_and_properties(
    demo_database: Database, tmp_path: Path
) -> None:
    territory_id = demo_id(demo_database)
    with demo_database.session() as session:
        session.scalars(select(Territoire)).one().nom = "Val <d'Or> & Co"
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(demo_database, territory_id, target)
    document = Document(str(target))
    assert plain(document.sections[0].footer.paragraphs[0].text).startswith(
        "Val <d'Or> & Co — Page"
    )
    assert plain(document.core_properties.title) == (
        "Contrat du territoire d'industrie – Val <d'Or> & Co"
    )
    assert document.core_properties.author == "Val <d'Or> & Co"


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__ }}",
        "{{ territoire['__class__'] }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_template_reaching_python_internals_is_refused(
    demo_database: Database, tmp_path: Path, expression: str
) -> None:
    template = _template(tmp_path, "Contrat de {{ territoire.nom }}", f"Piège : {expression}")
    target = tmp_path / "sortie" / "c.docx"
    with pytest.raises(TemplateError, match="sécurité") as caught:
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), target, template=template
        )
    assert "aucun document n'a été écrit" in str(caught.value)
    assert "Piège" in str(caught.value)  # the paragraph at fault
    assert not target.exists()
    report = check_template(template)
    assert not report.can_render
    assert any("sécurité" in p.message and "Piège" in p.location for p in report.render_errors)


def test_broken_template_gives_the_location_and_writes_nothing(
    demo_database: Database, tmp_path: Path
) -> None:
    template = _template(
        tmp_path, "Titre correct {{ territoire.nom }}", "Article {{ territoire.nom ", "Fin"
    )
    target = tmp_path / "c.docx"
    target.write_bytes(b"previous version")
    with pytest.raises(TemplateError) as caught:
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), target, template=template
        )
    message = str(caught.value)
    assert (
        "Le modèle « modele.docx » contient des erreurs ; aucun document n'a été écrit." in message
    )
    assert "erreur de syntaxe" in message and "(paragraphe « Article {{ territoire.nom" in message
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir() if "tidb" not in p.name) == [
        "c.docx",
        "modele.docx",
    ]


def test_unknown_variable_at_render_is_explained(demo_database: Database, tmp_path: Path) -> None:
    template = _template(tmp_path, "{% for fiche in fiches %}{{ fiche.titre }}{% endfor %}")
    with pytest.raises(TemplateError, match="variable inconnue.*titre") as caught:
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), tmp_path / "c.docx", template=template
        )
    assert "docs/modeles.md" in str(caught.value)
    assert not (tmp_path / "c.docx").exists()


def test_not_a_docx(demo_database: Database, tmp_path: Path) -> None:
    fake = tmp_path / "faux.docx"
    fake.write_text("ceci n'est pas un document Word", encoding="utf-8")
    with pytest.raises(TemplateError, match="« faux.docx » n'est pas un document Word"):
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), tmp_path / "c.docx", template=fake
        )
    with pytest.raises(TemplateError, match="introuvable"):
        contract_documents.generate_contract(
            demo_database,
            demo_id(demo_database),
            tmp_path / "c.docx",
            template=tmp_path / "absent.docx",
        )
    report = check_template(fake)
    assert report.not_docx is not None and not report.can_render


def test_shipped_templates_pass_the_check() -> None:
    for template in (paths.default_contract_template(), paths.default_fiche_template()):
        report = check_template(template)
        assert report.can_render, report.lines()
        assert not report.empty_loops and not report.unknown_variables
    contract = check_template(paths.default_contract_template())
    assert {"territoire.nom", "groupe.mot", "ligne.montant", "fiche.reste_a_financer"} <= set(
        contract.variables
    )


def test_check_template_findings(tmp_path: Path) -> None:
    template = _template(
        tmp_path,
        "{{ territoire.nom }} {{ inconnue }}",
        "{% for fiche in fiches %}",
        "{{ fiche.intitule }}",
        "{% endfor %}",
    )
    report = check_template(template)
    assert report.unknown_variables == ["inconnue"]
    assert "fiche.intitule" in report.variables and "territoire.nom" in report.variables
    assert [p.location for p in report.empty_loops] == ["{% for fiche in fiches %}", "{% endfor %}"]
    assert "{%p" in report.empty_loops[0].message
    assert not report.can_render
    lines = "\n".join(report.lines())
    assert "variable inconnue « inconnue »" in lines and "ATTENTION" in lines
    syntax = check_template(
        _template(tmp_path, "Bon", "{% if fiches %}jamais fermé", name="s.docx")
    )
    assert syntax.syntax_errors and "jamais fermé" in syntax.syntax_errors[0].location
    row_loop = Document()
    table = row_loop.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "{% for fiche in fiches %}"
    table.cell(1, 0).text = "{% endfor %}"
    row_loop.save(str(tmp_path / "t.docx"))
    assert "{%tr" in check_template(tmp_path / "t.docx").empty_loops[0].message


def test_check_template_knows_the_civility_and_the_region_correspondent(tmp_path: Path) -> None:
    template = _template(
        tmp_path,
        "Correspondant : {{ territoire.correspondant_region_email }}",
        "{%p for signataire in signataires %}",
        "{{ signataire.civilite }} {{ signataire.nom }}, {{ signataire.fonction }}",
        "{%p endfor %}",
    )
    report = check_template(template)
    assert report.can_render, report.lines()
    assert {"territoire.correspondant_region_email", "signataire.civilite"} <= set(report.variables)
    typo = check_template(_template(tmp_path, "{{ signataires[0].civility }}", name="t.docx"))
    assert not typo.can_render and "civility" in "\n".join(typo.lines())
