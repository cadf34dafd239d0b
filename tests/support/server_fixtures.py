"""Pytest fixtures of the sync tests (imported by the conftest of each folder that needs them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support.server import (
    TestServer,
    cluster_urls,
    create_template,
    ensure_roles,
    laptop,
    new_server,
)
from ti_desktop.db.store import Database


@pytest.fixture(scope="session")
def cluster() -> tuple[str, str]:
    """The test cluster's URLs, with the logins and the template server made once."""
    admin, base = cluster_urls()
    ensure_roles(admin)
    create_template(admin, base)
    return admin, base


@pytest.fixture
def server(cluster: tuple[str, str]) -> Iterator[TestServer]:
    """A fresh server database for the test."""
    yield from new_server(*cluster)


@pytest.fixture
def laptops(migrated_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Makes laptops' files by name; closes them after the test."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = laptop(migrated_template, tmp_path, name)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
