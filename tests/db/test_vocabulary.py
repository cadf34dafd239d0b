"""The civilities read from what users type or paste."""

from __future__ import annotations

import pytest

from ti_desktop.db.vocabulary import Civilite, parse_civility


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("M.", Civilite.MONSIEUR),
        ("monsieur", Civilite.MONSIEUR),
        ("Mr", Civilite.MONSIEUR),
        ("Mme", Civilite.MADAME),
        ("MADAME", Civilite.MADAME),
        ("Mlle", Civilite.MADAME),
        ("Mademoiselle", Civilite.MADAME),  # written « Madame » by the administration
        ("Dr", None),
        ("", None),
    ],
)
def test_civilities_as_typed(typed: str, expected: Civilite | None) -> None:
    assert parse_civility(typed) is expected
