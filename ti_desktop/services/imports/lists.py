"""The database lists a tracker or a form is read against: axes, progress, statuses, financers.

Labels are found as everywhere (ignoring case and accents, ``exchange.checks.Labels``);
the words trackers use besides them are accepted too, each shown in the preview with
the label it became: « Terminé » is the progress state « Réalisée », « Notifié » a
status of the *acquis* category, « Axe 2 » or « 2 – Innover » the territory's second
axis. Anything else is refused with the field table's sentence listing the values.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ti_desktop.db.vocabulary import CategorieFinancement, fold
from ti_desktop.services.edits.fiches import Choice, load_choices
from ti_desktop.services.exchange.checks import Labels
from ti_desktop.services.fields import FICHE_ACTION, LIGNE_FINANCEMENT, Field

PROGRESS_WORDS: dict[str, tuple[str, ...]] = {
    "À l'étude": (
        "étude", "en étude", "études", "en projet", "projet", "en réflexion", "réflexion",
        "non démarré", "non démarrée", "pas démarré", "émergence", "idée", "à lancer",
    ),
    "Prête à démarrer": (
        "prêt", "prête", "à démarrer", "programmé", "programmée", "prêt à démarrer",
    ),
    "En cours": (
        "démarré", "démarrée", "lancé", "lancée", "en réalisation", "en travaux", "engagé",
        "engagée", "en cours de réalisation", "commencé", "commencée",
    ),
    "Réalisée": (
        "réalisé", "terminé", "terminée", "achevé", "achevée", "fini", "finie", "livré",
        "livrée", "soldé", "soldée", "fait",
    ),
    "Suspendue": ("suspendu", "en pause", "en attente", "reporté", "reportée", "gelé", "gelée"),
    "Abandonnée": ("abandonné", "annulé", "annulée", "arrêté", "arrêtée", "abandon"),
}  # fmt: skip
"""Usual words for the default progress states (used only when the state is in the list)."""

STATUS_WORDS: dict[CategorieFinancement, tuple[str, ...]] = {
    CategorieFinancement.ENVISAGE: (
        "envisagé", "envisagée", "prévu", "prévue", "à solliciter", "à déposer", "pressenti",
        "pressentie", "potentiel", "à confirmer",
    ),
    CategorieFinancement.SOLLICITE: (
        "sollicité", "sollicitée", "demandé", "demandée", "déposé", "dossier déposé",
        "en instruction", "en cours d'instruction", "instruction", "en attente",
    ),
    CategorieFinancement.ACCORD: ("accord", "accord de principe", "avis favorable", "favorable"),
    CategorieFinancement.ACQUIS: (
        "acquis", "acquise", "obtenu", "obtenue", "notifié", "notifiée", "attribué",
        "attribuée", "voté", "votée", "accordé", "accordée", "engagé", "convention signée",
    ),
    CategorieFinancement.REFUSE: ("refusé", "refusée", "rejeté", "rejetée", "non retenu"),
}  # fmt: skip
"""Usual words for each status category (the statuses' labels may be renamed)."""

_NUMBERED_AXIS = re.compile(r"^(?:axe\s*)?(\d{1,2})(?:\s*[-–—:.)]\s*.*|\s+.*)?$", re.IGNORECASE)


class FicheLists:
    """The lists one territory's fiches are read against, with their usual other words."""

    def __init__(self, session: Session, territoire_id: uuid.UUID) -> None:
        choices = load_choices(session, territoire_id)
        self.axes = list(choices.axes)
        self.states = list(choices.avancements)
        self.statuses = list(choices.statuts)
        self.financers = list(choices.financeurs)
        self._labels = {
            "axe": Labels(FICHE_ACTION["axe"], (c.libelle for c in self.axes)),
            "avancement": Labels(FICHE_ACTION["avancement"], (c.libelle for c in self.states)),
            "statut": Labels(LIGNE_FINANCEMENT["statut"], (c.libelle for c in self.statuses)),
        }
        self._progress_words = _words(self.states, PROGRESS_WORDS)
        self._status_words: dict[str, Choice] = {}
        for category, words in STATUS_WORDS.items():
            target = next((s for s in self.statuses if s.categorie == category.value), None)
            if target is not None:
                self._status_words.update({fold(word): target for word in words})

    def _exact(self, key: str, choices: Sequence[Choice], text: str) -> Choice | None:
        found = self._labels[key].find(text)
        return next((c for c in choices if c.libelle == found), None) if found else None

    def _refuse(self, key: str, text: str) -> Choice:
        self._labels[key].resolve(text)  # raises FieldValueError with the field's sentence
        raise AssertionError(text)  # pragma: no cover

    def axis(self, text: str) -> Choice:
        """The axis named ``text``, or numbered by it (« Axe 2 », « 2 – Innover »).

        Raises:
            FieldValueError: no axis of the territory (the sentence lists them).
        """
        found = self._exact("axe", self.axes, text)
        if found is not None:
            return found
        numbered = _NUMBERED_AXIS.match(text.strip())
        if numbered and 1 <= int(numbered.group(1)) <= len(self.axes):
            return self.axes[int(numbered.group(1)) - 1]
        return self._refuse("axe", text)

    def state(self, text: str) -> Choice:
        """The progress state named ``text`` (or one of its usual words)."""
        found = self._exact("avancement", self.states, text)
        return found or self._progress_words.get(fold(text)) or self._refuse("avancement", text)

    def status(self, text: str) -> Choice:
        """The financing status named ``text`` (or a usual word of its category)."""
        found = self._exact("statut", self.statuses, text)
        return found or self._status_words.get(fold(text)) or self._refuse("statut", text)

    def financer(self, text: str) -> Choice | None:
        """The financer of that label, or None (a new one, added by the import)."""
        key = fold(text)
        return next((c for c in self.financers if fold(c.libelle) == key), None)

    def default_status(self) -> Choice | None:
        """« Sollicité » (the first status of that category), for financer columns."""
        wanted = CategorieFinancement.SOLLICITE.value
        return next((s for s in self.statuses if s.categorie == wanted), None) or next(
            iter(self.statuses), None
        )

    def field_of(self, key: str) -> Field:
        return self._labels[key].field


def _words(choices: Sequence[Choice], words: dict[str, tuple[str, ...]]) -> dict[str, Choice]:
    found: dict[str, Choice] = {}
    for label, others in words.items():
        target = next((c for c in choices if fold(c.libelle) == fold(label)), None)
        if target is not None:
            found.update({fold(word): target for word in others})
    return found
