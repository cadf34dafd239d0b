"""French grammar of the parties' names: articles, gender, possessives, « de la / du », lists.

Organisation names are typed as users write them (« Communauté de communes X »,
« État », « Bpifrance »); the contract needs them with their article (« La Communauté
… », « L'État »), after « de » (« de la Communauté … », « du Département … ») and
after « Pour ». The gender comes from the first word of the name or of a function;
a word this module does not know gives no article rather than a wrong one.
"""

from __future__ import annotations

from typing import Literal

from ti_desktop.db.vocabulary import fold

Gender = Literal["f", "m"]

# First words of a function that are feminine ("sa Présidente"); "Maire" or
# "Secrétaire" say nothing, so the civility decides.
_FEMININE_FUNCTIONS = {
    "presidente", "vice-presidente", "prefete", "sous-prefete", "directrice",
    "deleguee", "conseillere", "adjointe", "premiere", "1ere", "1re", "gerante",
    "administratrice", "rectrice", "cheffe", "co-presidente", "fondatrice",
}  # fmt: skip
_MASCULINE_FUNCTIONS = {
    "president", "vice-president", "prefet", "sous-prefet", "directeur", "delegue",
    "conseiller", "adjoint", "premier", "1er", "gerant", "administrateur", "recteur",
    "chef", "co-president", "fondateur",
}  # fmt: skip
_FEMININE_NOUNS = {
    "communaute", "metropole", "region", "collectivite", "chambre", "cci", "caisse",
    "banque", "agence", "association", "societe", "universite", "federation", "union",
    "direction", "prefecture", "maison", "ville", "commune", "eurometropole",
}  # fmt: skip
_MASCULINE_NOUNS = {
    "etat", "departement", "syndicat", "pole", "pays", "conseil", "groupement",
    "etablissement", "petr", "office", "centre", "campus", "groupe", "cluster", "parc",
    "lycee", "college", "institut", "comite", "club", "reseau", "port", "gip", "medef",
}  # fmt: skip
_VOWELS = set("aeiouyh")


def function_gender(function: str) -> Gender | None:
    """The gender a function's first words show (« Présidente », « 1er Vice-Président »)."""
    for word in fold(function).replace(",", " ").split()[:2]:
        if word in _FEMININE_FUNCTIONS:
            return "f"
        if word in _MASCULINE_FUNCTIONS:
            return "m"
    return None


def possessive(function: str, *, feminine: bool) -> str:
    """« son » or « sa » before a function (« son Adjointe »: « son » before a vowel)."""
    if not feminine:
        return "son"
    return "son" if fold(function)[:1] in _VOWELS else "sa"


def noun_gender(organisation: str) -> Gender | None:
    """Grammatical gender ``f``/``m`` (or None) from the first word (« Communauté … »)."""
    words = fold(organisation).replace("'", " ").split()
    if words and words[0] in {"la", "le", "l"} and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    if words[0] in _FEMININE_NOUNS:
        return "f"
    if words[0] in _MASCULINE_NOUNS:
        return "m"
    return None


def _named(organisation: str) -> str:
    return "État" if fold(organisation) == "etat" else organisation


def article(organisation: str) -> str:
    """The definite article the name takes, lower case ("la ", "le ", "l'" or "")."""
    folded = fold(organisation)
    if folded.startswith(("la ", "le ", "l'")):
        return ""
    gender = noun_gender(organisation)
    if gender is None:
        return ""
    if folded[:1] in _VOWELS:
        return "l'"
    return "la " if gender == "f" else "le "


def with_article(organisation: str) -> str:
    """« la Communauté de communes X », « Troyes Champagne Métropole » (no known noun)."""
    return article(organisation) + organisation


def organisation_label(organisation: str) -> str:
    """The name as it opens a line: « La Communauté de communes X », « L'État »."""
    labelled = with_article(_named(organisation))
    return labelled[:1].upper() + labelled[1:]


def of(organisation: str) -> str:
    """« de la Communauté … », « du Département … », « de l'État », « de Bpifrance »."""
    name = _named(organisation)
    found = article(name)
    if not found:
        folded = fold(name)
        if folded.startswith("le "):
            return "du " + name[3:]
        if folded.startswith(("la ", "l'")):
            return "de " + name[0].lower() + name[1:]
        return "de " + name
    return ("du " if found == "le " else "de " + found) + name


def pour(organisation: str) -> str:
    """« Pour la Région Grand Est », « Pour l'État »."""
    label = with_article(_named(organisation))
    if fold(label).startswith(("la ", "le ", "l'")):
        label = label[0].lower() + label[1:]
    return "Pour " + label


def represented_word(organisation: str) -> str:
    """« représenté » after a masculine name, « représentée » otherwise (« la société »)."""
    return "représenté" if noun_gender(organisation) == "m" else "représentée"


def join_french(items: list[str]) -> str:
    """« a », « a et b », « a, b et c »."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def count_fiches(count: int) -> str:
    """« aucune fiche-action », « 1 fiche-action », « 3 fiches-actions »."""
    if count == 0:
        return "aucune fiche-action"
    return f"{count} fiche-action" if count == 1 else f"{count} fiches-actions"
