"""Render a Word template safely, and check a template before using it.

Templates come from users (a Région adapts its canvas), so they run in a Jinja
``SandboxedEnvironment`` with autoescape: values with ``&``, ``<``, quotes or emoji come
out literally, XML-illegal control characters are dropped, and ``{{ ''.__class__ }}``
tricks are refused. Every text value is typeset the French way (``formatting.typography``)
and a typed text with line ends becomes real paragraphs of the template's style (lists as
list paragraphs): a justified line never ends in a manual break. The rendered document is
then finished (``finishing``: table of contents, file properties). Any problem of the
template becomes a ``TemplateError`` naming the paragraph at fault, and nothing is written.

A template that is not one of the program's own is first checked by
``template_guard`` (zip bombs), then rendered, finished and checked by ``sandbox``'s
worker process, with a time and a memory limit; ``fill_template_here`` and
``check_template_here`` are what runs there.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ti_desktop.errors import TemplateError
from ti_desktop.services.documents import finishing, sandbox
from ti_desktop.services.documents.charts import DocumentImage
from ti_desktop.services.documents.finishing import DocumentProperties, shorten_property
from ti_desktop.services.documents.formatting import (
    BULLET_MARK,
    NUMBER_MARK,
    PARAGRAPH_MARK,
    clean_text,
    text_blocks,
    typography,
)
from ti_desktop.services.documents.template_guard import check_template_file
from ti_desktop.services.files.atomic import atomic_path

_DOCX_TAG = re.compile(r"<[^>]+>")
_PLAIN_BLOCK_TAG = re.compile(r"^\{%-?\s*(for|endfor|if|elif|else|endif)\b.*%\}$", re.DOTALL)
_DOCS_HINT = "La liste des variables disponibles figure dans docs/modeles.md."


MAX_REPEATED = 1_000_000
"""Characters or items ``'a' * n`` may produce (a whole contract is far shorter)."""


class _Sandbox(SandboxedEnvironment):
    """Refuses unsafe attributes loudly instead of printing an empty string.

    Repetitions (``'a' * 10**9``) and powers beyond any document's need are refused
    before they are computed.
    """

    intercepted_binops = frozenset({"*", "**"})

    def unsafe_undefined(self, obj: Any, attribute: str) -> NoReturn:
        raise SecurityError(f"accès interdit à « {attribute} »")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(times, int)
                    and len(sequence) * times > MAX_REPEATED
                ):
                    raise SecurityError(
                        f"répétition démesurée ({len(sequence) * times:,} éléments)".replace(
                            ",", "\u202f"
                        )
                    )
        if operator == "**" and isinstance(right, int) and abs(right) > 1000:
            raise SecurityError(f"puissance démesurée (exposant {right})")
        return super().call_binop(context, operator, left, right)


def make_environment(*, autoescape: bool = True) -> SandboxedEnvironment:
    """The sandbox every template is rendered in (unknown variables are errors)."""
    return _Sandbox(autoescape=autoescape, undefined=jinja2.StrictUndefined)


_NEW_PARAGRAPH = "\a"
"""docxtpl ends the paragraph there and opens one with the same properties."""
_MARKS = str.maketrans({_NEW_PARAGRAPH: " ", BULLET_MARK: "", NUMBER_MARK: ""})

_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


class _SafeDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl whose document properties are rendered unescaped (python-docx escapes them).

    A property longer than Word allows (the title of a territory with a 230-character
    name) is shortened with « … »: the document's text keeps the whole name.
    """

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        environment = make_environment(autoescape=False)
        core = self.docx.core_properties
        for name in _PROPERTIES:
            rendered = environment.from_string(getattr(core, name)).render(context)
            setattr(core, name, shorten_property(" ".join(rendered.translate(_MARKS).split())))


class _Sanitizer:
    """Walks a context: strings fit for XML and typeset, typed paragraphs marked."""

    def __init__(self, template: DocxTemplate | None) -> None:
        self.template = template
        self.lists = False  # whether a typed list item was met (finishing restyles them)
        self._typeset: dict[str, str] = {}  # a contract repeats its labels and amounts

    def text(self, value: str) -> str:
        done = self._typeset.get(value)
        if done is None:
            text = typography(clean_text(value))
            if "\n" in text:
                text = PARAGRAPH_MARK.join(text_blocks(text))
            if BULLET_MARK in text or NUMBER_MARK in text:
                self.lists = True
            done = self._typeset[value] = text.replace(PARAGRAPH_MARK, _NEW_PARAGRAPH)
        return done

    def __call__(self, value: Any) -> Any:
        kind = type(value)  # the common exact types first: a 600-fiche context has 100,000 values
        if kind is str:
            return self.text(value)
        if kind is dict:
            return {key: self(item) for key, item in value.items()}
        if kind is list:
            return [self(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {key: self(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self(item) for item in value]
        if isinstance(value, DocumentImage) and self.template is not None:
            return InlineImage(self.template, io.BytesIO(value.png), width=Cm(value.width_cm))
        return value


def sanitize(value: Any, template: DocxTemplate | None = None) -> Any:
    """A context with every string fit for XML and typeset (walks dicts and lists).

    A text with line ends becomes paragraphs (``formatting.text_blocks``), each opened
    as docxtpl does for a BEL character. With the template being rendered, a ``DocumentImage``
    becomes the picture docxtpl inserts where the template prints it
    (``{{ rapport.graphique }}``).
    """
    return _Sanitizer(template)(value)


@dataclass(frozen=True)
class TemplateProblem:
    """One finding of ``check_template``, located by the paragraph's text."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} (paragraphe « {self.location} »)" if self.location else self.message


@dataclass
class TemplateReport:
    """What ``check_template`` found in a template."""

    path: Path
    not_docx: str | None = None
    variables: list[str] = field(default_factory=list)
    unknown_variables: list[str] = field(default_factory=list)
    syntax_errors: list[TemplateProblem] = field(default_factory=list)
    render_errors: list[TemplateProblem] = field(default_factory=list)
    empty_loops: list[TemplateProblem] = field(default_factory=list)

    @property
    def can_render(self) -> bool:
        """True when the template renders the sample territory without error."""
        return (
            self.not_docx is None
            and not self.syntax_errors
            and not self.render_errors
            and not self.unknown_variables
        )

    def lines(self) -> list[str]:
        """The report as French lines for the terminal."""
        out = [f"Modèle : {self.path}"]
        if self.not_docx:
            return [
                *out,
                f"ERREUR : {self.not_docx}",
                "Le modèle ne peut pas être utilisé en l'état.",
            ]
        out.append(
            f"Variables utilisées ({len(self.variables)}) : "
            + (", ".join(self.variables) or "aucune")
        )
        out += [
            f"ERREUR : variable inconnue « {name} ». {_DOCS_HINT}"
            for name in self.unknown_variables
        ]
        out += [f"ERREUR : {problem}" for problem in self.syntax_errors + self.render_errors]
        out += [f"ATTENTION : {problem}" for problem in self.empty_loops]
        out.append(
            "Le modèle peut être utilisé."
            if self.can_render
            else "Le modèle ne peut pas être utilisé en l'état."
        )
        return out


def _open_template(path: Path) -> _SafeDocxTemplate:
    if not path.is_file():
        raise TemplateError(f"Modèle « {path} » introuvable.")
    check_template_file(path)
    try:
        template = _SafeDocxTemplate(str(path))
        template.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            f"« {path.name} » n'est pas un document Word (.docx) : ce n'est pas un fichier "
            "Office Open XML (un ancien .doc, un PDF ou un fichier renommé ?). Enregistrez-le "
            "au format « Document Word (.docx) » puis réessayez."
        ) from exc
    except (KeyError, ValueError, OSError) as exc:
        raise TemplateError(
            f"« {path.name} » n'est pas un document Word (.docx) valide : {exc}."
        ) from exc
    except Exception as exc:  # lxml or python-docx on a damaged package
        raise TemplateError(
            f"« {path.name} » n'est pas un document Word (.docx) lisible : {exc}."
        ) from exc
    return template


def _part_sources(template: _SafeDocxTemplate) -> Iterator[tuple[Any, str]]:
    """(part, patched Jinja source) for the body, headers and footers, as docxtpl sees them."""
    document = template.docx
    yield document.part, template.patch_xml(template.get_xml())
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _key, part in template.get_headers_footers(uri):
            yield part, template.patch_xml(template.get_part_xml(part))


def _lines(source: str) -> list[str]:
    # docxtpl renders with one paragraph per line: line numbers point at paragraphs.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", source).splitlines()


def _paragraph_text(lines: list[str], lineno: int | None) -> str:
    if lineno is None or not 1 <= lineno <= len(lines):
        return ""
    text = html.unescape(_DOCX_TAG.sub("", lines[lineno - 1])).strip()
    return text if len(text) <= 120 else text[:117] + "…"


def _syntax_problems(
    template: _SafeDocxTemplate, environment: SandboxedEnvironment
) -> list[TemplateProblem]:
    problems = []
    for _part, source in _part_sources(template):
        lines = _lines(source)
        try:
            environment.parse("\n".join(lines))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(
                TemplateProblem(
                    _paragraph_text(lines, exc.lineno), f"erreur de syntaxe Jinja : {exc.message}"
                )
            )
    return problems


def _template_lineno(traceback: TracebackType | None) -> int | None:
    """The template line Jinja was executing when it failed."""
    lineno = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            lineno = traceback.tb_lineno
        traceback = traceback.tb_next
    return lineno


def _runtime_problem(template: _SafeDocxTemplate, exc: Exception) -> TemplateProblem:
    part = getattr(template, "current_rendering_part", None)
    location = ""
    lineno = _template_lineno(exc.__traceback__)
    for candidate, source in _part_sources(template):
        if candidate is part:
            location = _paragraph_text(_lines(source), lineno)
    if isinstance(exc, SecurityError):
        return TemplateProblem(location, f"instruction refusée pour raison de sécurité : {exc}")
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateProblem(location, f"variable inconnue : {exc.message}")
    if isinstance(exc, OverflowError):
        return TemplateProblem(
            location, "liste démesurée : range() est limité à 100 000 éléments dans un modèle"
        )
    return TemplateProblem(location, f"le modèle ne peut pas être rempli : {exc}")


def _render(template: _SafeDocxTemplate, context: Mapping[str, Any], name: str) -> bool:
    """Render in the sandbox; whether typed list items were met."""
    environment = make_environment()
    problems = _syntax_problems(template, environment)
    if problems:
        raise TemplateError(
            f"Le modèle « {name} » contient des erreurs ; aucun document n'a été écrit.",
            details=[str(p) for p in problems],
        )
    sanitizer = _Sanitizer(template)
    try:
        template.render(sanitizer(context), jinja_env=environment)
    except RecursionError as exc:
        raise TemplateError(
            f"Le modèle « {name} » ne peut pas être utilisé ; aucun document n'a été écrit.",
            details=["une macro s'appelle elle-même sans fin (appel récursif)"],
        ) from exc
    except (
        jinja2.TemplateError,
        SecurityError,
        TypeError,
        ValueError,
        AttributeError,
        OverflowError,  # range() beyond the sandbox's bound
    ) as exc:
        problem = _runtime_problem(template, exc)
        raise TemplateError(
            f"Le modèle « {name} » ne peut pas être utilisé ; aucun document n'a été écrit. "
            + _DOCS_HINT,
            details=[str(problem)],
        ) from exc
    return sanitizer.lists


def default_properties(template: DocxTemplate, context: Mapping[str, Any]) -> DocumentProperties:
    """The rendered template's title, the territory as author."""
    territory = context.get("territoire")
    author = territory.get("nom", "") if isinstance(territory, Mapping) else ""
    return DocumentProperties(
        title=template.docx.core_properties.title or "", author=clean_text(author).strip()
    )


def fill_template(
    template_path: Path,
    context: Mapping[str, Any],
    properties: DocumentProperties | None = None,
    heartbeat: Callable[[], None] | None = None,
) -> DocxTemplate | sandbox.RenderedDocument:
    """The rendered and finished document (``.save(path)`` writes it).

    The program's own templates render here; any other in the sandbox's worker, within
    its time and memory limits (``heartbeat`` is called meanwhile: the window's
    progress, which may cancel).

    Args:
        template_path: the .docx template.
        context: the values (``context.contract_context``…).
        properties: the file properties; by default the template's rendered title and
            the territory of ``context`` as author.
        heartbeat: called while the worker renders.

    Raises:
        TemplateError: the template is missing, not a .docx, broken, or over a limit.
    """
    if sandbox.is_trusted(template_path):
        return fill_template_here(template_path, context, properties)
    check_template_file(Path(template_path))
    return sandbox.render(Path(template_path), context, properties, heartbeat)


def fill_template_here(
    template_path: Path,
    context: Mapping[str, Any],
    properties: DocumentProperties | None = None,
) -> DocxTemplate:
    """``fill_template`` in this process (trusted templates, and the sandbox's worker)."""
    template = _open_template(Path(template_path))
    lists = _render(template, context, Path(template_path).name)
    finishing.finish(
        template.docx, properties or default_properties(template, context), lists=lists
    )
    return template


def render_docx(template_path: Path, context: Mapping[str, Any], target: Path) -> None:
    """Fill ``template_path`` with ``context`` and write ``target`` atomically.

    Raises:
        TemplateError: the template is missing, not a .docx, or broken (nothing written).
        UserFacingError: the target cannot be written.
    """
    document = fill_template(template_path, context)
    with atomic_path(target) as temporary:
        document.save(str(temporary))


def _dotted(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        base = _dotted(node.node)
        return f"{base}.{node.attr}" if base else None
    return None


def _expressions(tree: nodes.Template) -> tuple[set[str], dict[str, int]]:
    """Dotted names used, and attributes refused by the sandbox with their line."""
    used: set[str] = set()
    unsafe: dict[str, int] = {}
    for node in tree.find_all((nodes.Getattr, nodes.Name, nodes.Getitem)):
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            unsafe.setdefault(node.attr, node.lineno)
        if (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and str(node.arg.value).startswith("_")
        ):
            unsafe.setdefault(str(node.arg.value), node.lineno)
        name = _dotted(node)
        if (
            name
            and isinstance(node, nodes.Getattr | nodes.Name)
            and getattr(node, "ctx", "load") == "load"
        ):
            used.add(name)
    # Keep only the longest forms: "fiche.intitule" makes "fiche" redundant.
    longest = {n for n in used if not any(other.startswith(n + ".") for other in used)}
    return longest, unsafe


def _empty_loop_problems(template: _SafeDocxTemplate) -> list[TemplateProblem]:
    """Paragraphs holding only a plain ``{% for %}``/``{% if %}`` tag leave blanks behind."""
    problems = []
    document = template.docx
    for paragraph_element in document.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    ):
        text = "".join(
            t.text or ""
            for t in paragraph_element.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
            )
        ).strip()
        if not _PLAIN_BLOCK_TAG.match(text):
            continue
        in_table = any(
            ancestor.tag.endswith("}tc") for ancestor in paragraph_element.iterancestors()
        )
        if in_table:
            advice = "laisserait une ligne de tableau vide : écrivez {%tr … %} au lieu de {% … %}"
        else:
            advice = "laisserait un paragraphe vide : écrivez {%p … %} au lieu de {% … %}"
        problems.append(
            TemplateProblem(text, f"boucle ou condition seule dans son paragraphe, qui {advice}")
        )
    return problems


def check_template(path: Path) -> TemplateReport:
    """Inspect a template: variables, syntax, sandbox, empty loops; then a trial render.

    A template not of the program's own is inspected in the sandbox's worker; one over
    a limit gets a report saying why (``not_docx``).
    """
    path = Path(path)
    if sandbox.is_trusted(path):
        return check_template_here(path)
    try:
        check_template_file(path)
        report: TemplateReport = sandbox.check(path)
    except TemplateError as exc:
        return TemplateReport(path, not_docx=str(exc))
    return report


def check_template_here(path: Path) -> TemplateReport:
    """``check_template`` in this process (trusted templates, and the sandbox's worker)."""
    path = Path(path)
    report = TemplateReport(path)
    try:
        template = _open_template(path)
    except TemplateError as exc:
        report.not_docx = exc.message
        return report
    environment = make_environment()
    report.syntax_errors = _syntax_problems(template, environment)
    report.empty_loops = _empty_loop_problems(template)
    if report.syntax_errors:
        return report
    used: set[str] = set()
    context_names: set[str] = set()
    for _part, source in _part_sources(template):
        lines = _lines(source)
        tree = environment.parse("\n".join(lines))
        part_used, part_unsafe = _expressions(tree)
        used |= part_used
        # Only names the context must provide: not those the template binds itself
        # ({% for fiche in fiches %} binds "fiche").
        context_names |= meta.find_undeclared_variables(tree)
        report.render_errors += [
            TemplateProblem(
                _paragraph_text(lines, lineno),
                f"instruction refusée pour raison de sécurité : accès interdit à « {attribute} »",
            )
            for attribute, lineno in sorted(part_unsafe.items())
        ]
    report.variables = sorted(used)
    # the sample territory needs the models: loaded only to check (the worker starts faster)
    from ti_desktop.services.documents.sample import known_variables, sample_context

    allowed = known_variables() | set(environment.globals)
    report.unknown_variables = sorted(context_names - allowed)
    if report.unknown_variables or report.render_errors:
        return report
    trial = _open_template(path)
    try:
        _render(trial, sample_context(), path.name)
    except TemplateError as exc:
        report.render_errors += [TemplateProblem("", detail) for detail in exc.details]
    return report
