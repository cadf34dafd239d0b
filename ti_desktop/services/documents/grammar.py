"""French grammar of the parties' names: articles, gender, possessives, « de la / du », lists.

Organisation names are typed as users write them (« Communauté de communes X »,
« État », « Bpifrance », « La Roche-sur-Yon Agglomération »); the contract needs them
with their article (« La Communauté … », « L'État »), after « de » (« de la Communauté
… », « du Département … ») and after « Pour ». A name that starts with its own article
(« La Roche-sur-Yon Agglomération », « Le Mans Métropole ») takes none and keeps its
capitals everywhere: « Pour La Roche-sur-Yon Agglomération », « de La Roche-sur-Yon
Agglomération », « du Mans Métropole ». The gender comes from the first word of the
name or of a function; a word this module does not know gives no article rather than
a wrong one.
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
    "agglomeration", "entreprise", "fondation", "mission",
}  # fmt: skip
_MASCULINE_NOUNS = {
    "etat", "departement", "syndicat", "pole", "pays", "conseil", "groupement",
    "etablissement", "petr", "office", "centre", "campus", "groupe", "cluster", "parc",
    "lycee", "college", "institut", "comite", "club", "reseau", "port", "gip", "medef",
}  # fmt: skip
_VOWELS = set("aeiouyh")
_ELIDING = set("aeiouy")  # « d'Aube Mécanique », « de Haute-Loire Industrie »


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


_OWN_ARTICLES = ("la ", "le ", "les ", "l'", "l’")


def _words(organisation: str) -> list[str]:
    words = fold(organisation).replace("'", " ").replace("’", " ").split()
    if words and words[0] in {"la", "le", "les", "l"} and len(words) > 1:
        words = words[1:]
    return words


def noun_gender(organisation: str) -> Gender | None:
    """Grammatical gender ``f``/``m`` (or None) from the first word (« Communauté … »)."""
    words = _words(organisation)
    if not words:
        return None
    if words[0] in _FEMININE_NOUNS:
        return "f"
    if words[0] in _MASCULINE_NOUNS:
        return "m"
    return None


def agreement_gender(organisation: str) -> Gender | None:
    """The gender a participle agrees with: the first word, else the last one.

    « Troyes Champagne Métropole » and « La Roche-sur-Yon Agglomération » take no
    article (their first word is a place) but are feminine all the same.
    """
    gender = noun_gender(organisation)
    if gender is not None:
        return gender
    words = _words(organisation)
    if len(words) > 1 and words[-1] in _FEMININE_NOUNS:
        return "f"
    if len(words) > 1 and words[-1] in _MASCULINE_NOUNS:
        return "m"
    return None


def _named(organisation: str) -> str:
    return "État" if fold(organisation) == "etat" else organisation


def has_own_article(organisation: str) -> bool:
    """Whether the name starts with an article of its own (« Le Mans Métropole »)."""
    return fold(organisation).startswith(_OWN_ARTICLES)


def article(organisation: str) -> str:
    """The definite article the name takes, lower case ("la ", "le ", "l'" or "")."""
    if has_own_article(organisation):
        return ""
    gender = noun_gender(organisation)
    if gender is None:
        return ""
    if fold(organisation)[:1] in _VOWELS:
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
    """« de la Communauté … », « du Département … », « de l'État », « du Mans Métropole ».

    A name's own « Le » and « Les » contract with « de » (« du Mans Métropole », « des
    Sables-d'Olonne Agglomération »); its « La » and « L' » stay as typed.
    """
    name = _named(organisation)
    found = article(name)
    if not found:
        folded = fold(name)
        if folded.startswith("le "):
            return "du " + name[3:]
        if folded.startswith("les "):
            return "des " + name[4:]
        return ("d'" if folded[:1] in _ELIDING else "de ") + name
    return ("du " if found == "le " else "de " + found) + name


def pour(organisation: str) -> str:
    """« Pour la Région Grand Est », « Pour l'État », « Pour Le Mans Métropole »."""
    return "Pour " + with_article(_named(organisation))


def represented_word(organisation: str) -> str:
    """« représenté » after a masculine name, « représentée » otherwise (« la société »)."""
    return "représenté" if agreement_gender(organisation) == "m" else "représentée"


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


# Words of a function written in lower case inside a sentence (« sa présidente »,
# « préfet de la Vendée »); names of places and institutions keep their capitals.
_FUNCTION_WORDS = {
    "president", "presidente", "vice-president", "vice-presidente", "co-president",
    "co-presidente", "prefet", "prefete", "sous-prefet", "sous-prefete", "directeur",
    "directrice", "delegue", "deleguee", "maire", "adjoint", "adjointe", "conseiller",
    "conseillere", "general", "generale", "regional", "regionale", "territorial",
    "territoriale", "departemental", "departementale", "gerant", "gerante",
    "administrateur", "administratrice", "secretaire", "tresorier", "tresoriere", "chef",
    "cheffe", "charge", "chargee", "responsable", "fondateur", "fondatrice", "recteur",
    "rectrice", "premier", "premiere", "executif", "executive", "commissaire", "haut",
    "haute", "associe", "associee", "interimaire", "exterieur", "interministeriel", "vice",
    "co", "sous",
}  # fmt: skip


def _lower_word(word: str) -> str:
    parts = word.split("-")
    if all(fold(part) in _FUNCTION_WORDS for part in parts if part):
        return word.lower()
    return word


def function_in_sentence(function: str) -> str:
    """« Présidente » → « présidente », « Préfet de la Vendée » → « préfet de la Vendée »."""
    return " ".join(_lower_word(word) for word in function.split())


def capitalized(text: str) -> str:
    """The text with its first letter in capitals (a line of a signature block)."""
    return text[:1].upper() + text[1:]


_NUMBERS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def number_in_words(number: int) -> str:
    """``12`` → « douze », ``21`` → « vingt et un », ``80`` → « quatre-vingts » (0–99)."""
    if not 0 <= number < 100:
        return str(number)
    if number < len(_NUMBERS):
        return _NUMBERS[number]
    if number < 20:
        return "dix-" + _NUMBERS[number - 10]
    tens, units = divmod(number, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = number - (60 if tens == 7 else 80)
        joiner = " et " if rest == 11 and tens == 7 else "-"
        return base + joiner + number_in_words(rest)
    if tens == 8:
        return "quatre-vingts" if units == 0 else "quatre-vingt-" + _NUMBERS[units]
    if units == 0:
        return _TENS[tens]
    return _TENS[tens] + (" et un" if units == 1 else "-" + _NUMBERS[units])
