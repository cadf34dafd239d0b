"""Départements and Régions as sentences name them: « de l'Aube », « des Vosges ».

The « Départements » field is typed freely (« Vendée (85) », « Seine-Maritime (76),
Somme (80) »); the contract writes « dans le département de la Vendée (85) » or « dans
les départements de la Seine-Maritime (76) et de la Somme (80) ». A name this module
does not know is written as typed, after « de ».
"""

from __future__ import annotations

import re

from ti_desktop.db.vocabulary import fold
from ti_desktop.services.documents.grammar import join_french

# The article of each département's name (none for Paris, Mayotte, La Réunion).
_ARTICLES = {
    "l'": (
        "Ain Aisne Allier Ardèche Ariège Aube Aude Aveyron Essonne Eure Eure-et-Loir Hérault "
        "Ille-et-Vilaine Indre Indre-et-Loire Isère Oise Orne Yonne"
    ),
    "les": (
        "Alpes-de-Haute-Provence Hautes-Alpes Alpes-Maritimes Ardennes Bouches-du-Rhône "
        "Côtes-d'Armor Landes Pyrénées-Atlantiques Hautes-Pyrénées Pyrénées-Orientales "
        "Yvelines Deux-Sèvres Vosges Hauts-de-Seine"
    ),
    "le": (
        "Calvados Cantal Cher Doubs Finistère Gard Gers Jura Loir-et-Cher Loiret Lot "
        "Lot-et-Garonne Maine-et-Loire Morbihan Nord Pas-de-Calais Puy-de-Dôme Bas-Rhin "
        "Haut-Rhin Rhône Tarn Tarn-et-Garonne Var Vaucluse Val-de-Marne Val-d'Oise "
        "Territoire-de-Belfort"
    ),
    "la": (
        "Charente Charente-Maritime Corrèze Corse-du-Sud Haute-Corse Côte-d'Or Creuse "
        "Dordogne Drôme Haute-Garonne Gironde Loire Haute-Loire Loire-Atlantique Lozère "
        "Manche Marne Haute-Marne Mayenne Meurthe-et-Moselle Meuse Moselle Nièvre "
        "Haute-Saône Saône-et-Loire Sarthe Savoie Haute-Savoie Seine-Maritime "
        "Seine-et-Marne Somme Vendée Vienne Haute-Vienne Seine-Saint-Denis Guadeloupe "
        "Martinique Guyane"
    ),
}
_ARTICLE_OF = {
    fold(name).replace("-", " "): article
    for article, names in _ARTICLES.items()
    for name in names.split()
}
_SEPARATORS = re.compile(r"\s*(?:[,;/+]|\bet\b)\s*")
_NAME_AND_NUMBER = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<number>[0-9AB]{2,3})\))?$")


def _key(name: str) -> str:
    return fold(name).replace("-", " ").replace("’", "'").strip()


def departement_of(typed: str) -> str:
    """« Aube (10) » → « de l'Aube (10) », « Vosges » → « des Vosges », « Paris » → « de Paris »."""
    found = _NAME_AND_NUMBER.match(typed.strip())
    name = found.group("name") if found else typed.strip()
    article = _ARTICLE_OF.get(_key(name))
    if article == "le":
        return "du " + typed.strip()
    if article == "les":
        return "des " + typed.strip()
    if article == "l'":
        return "de l'" + typed.strip()
    if article == "la":
        return "de la " + typed.strip()
    return "de " + typed.strip()


def departements(typed: str) -> list[str]:
    """The départements of the field, one per item (« Aube (10), Haute-Marne (52) »)."""
    return [part for part in _SEPARATORS.split(typed.strip()) if part and part.strip()]


def departements_phrase(typed: str) -> str:
    """« le département de l'Aube (10) », « les départements de … et de … », or ""."""
    items = departements(typed)
    if not items:
        return ""
    named = [departement_of(item) for item in items]
    if len(named) == 1:
        return "le département " + named[0]
    return "les départements " + join_french(named)


def regions_phrase(regions: list[str]) -> str:
    """« la Région Grand Est », « les Régions Normandie et Hauts-de-France »."""
    names = [region for region in regions if region]
    if not names:
        return ""
    if len(names) == 1:
        return "la Région " + names[0]
    return "les Régions " + join_french(names)
