"""One description of every field (``catalog``) and one set of rules to read values (``values``)."""

from ti_desktop.services.fields.catalog import (
    AXE,
    CONTRAT,
    ENJEU_LOCAL,
    ENTITIES,
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    SIGNATAIRE,
    TERRITOIRE,
    entity,
)
from ti_desktop.services.fields.kinds import Choices, Entity, Field, Kind
from ti_desktop.services.fields.values import (
    FieldValueError,
    check_value,
    display_text,
    read_value,
)

__all__ = [
    "AXE",
    "CONTRAT",
    "ENJEU_LOCAL",
    "ENTITIES",
    "FICHE_ACTION",
    "INDICATEUR",
    "LIGNE_FINANCEMENT",
    "SIGNATAIRE",
    "TERRITOIRE",
    "Choices",
    "Entity",
    "Field",
    "FieldValueError",
    "Kind",
    "check_value",
    "display_text",
    "entity",
    "read_value",
]
