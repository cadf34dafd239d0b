"""The server's command line: exit codes, French messages, libpq's passwords."""

from __future__ import annotations

import json
import uuid

import pytest
from psycopg import sql
from support.server import OWNER, PASSWORD, superuser, url_for
from support.sync import FicheAction, build_territory, fiche_id, set_values

from ti_desktop.cli import main
from ti_desktop.db.store import open_database


@pytest.fixture
def fresh(cluster):
    """An empty database its owner is about to initialise, and its URL without password."""
    admin, base = cluster
    name = f"ti_cli_{uuid.uuid4().hex[:10]}"
    with superuser(admin) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(OWNER)
            )
        )
    yield lambda login: url_for(base, login, name, password=None)
    with superuser(admin) as connection:
        connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_whole_cycle_from_the_command_line(fresh, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # libpq's usual means
    owner, chef_a, chef_b = fresh(OWNER), fresh("chef_a"), fresh("chef_b")
    code, out, _ = run(capsys, "server", "init", owner)
    assert code == 0 and "Serveur TI Desktop créé" in out
    code, out, _ = run(
        capsys, "server", "grant", owner, "chef_a", "--territory", "Alpha", "--level", "edit"
    )
    assert code == 0 and "Accordé à chef_a : modification de « Alpha »" in out
    run(capsys, "server", "grant", owner, "chef_b", "--territory", "Alpha", "--level", "edit")
    code, out, _ = run(capsys, "server", "access", owner)
    assert "chef_b : modification du territoire « Alpha » (pas encore publié)" in out

    a, b = tmp_path / "a.tidb", tmp_path / "b.tidb"
    database = open_database(a)
    build_territory(database, "Alpha", fiches=2)
    database.close()
    code, out, _ = run(capsys, "--db", a, "publish", chef_a)
    assert code == 0 and out.startswith("Publié :")
    code, out, _ = run(capsys, "--db", b, "pull", chef_b, "--territory", "alpha")
    assert code == 0 and "Récupéré : « Alpha »" in out
    code, out, _ = run(capsys, "--db", a, "publish", chef_a)
    assert (code, out.strip()) == (
        0,
        "Rien à publier : le serveur a déjà toutes vos modifications.",
    )

    for path, title in ((a, "Par A"), (b, "Par B")):
        database = open_database(path)
        set_values(database, FicheAction, fiche_id(database, "1.1"), intitule=title)
        database.close()
    assert run(capsys, "--db", a, "publish", chef_a)[0] == 0
    code, _, err = run(capsys, "--db", b, "publish", chef_b)
    assert code == 1 and "Publication refusée" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", b, "pull", chef_b)
    assert code == 1 and "1 conflit(s) à décider" in out
    code, out, _ = run(capsys, "--db", b, "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["nature"] == "modification" and conflict["auteur_serveur"] == "chef_a"
    assert {c["libelle"]: c["serveur"] for c in conflict["champs"]}["Intitulé"] == "Par A"
    code, out, _ = run(capsys, "--db", b, "conflicts")
    assert "Intitulé : base « Action 1 de Alpha » · la mienne « Par B » · serveur « Par A »" in out
    code, out, _ = run(capsys, "--db", b, "resolve", conflict["uuid"], "--keep", "theirs")
    assert code == 0 and "Gardé la version du serveur" in out
    assert run(capsys, "--db", b, "conflicts")[1].strip() == "Aucun conflit."

    code, out, _ = run(
        capsys, "server", "log", owner, "--territory", "Alpha", "--since", "01/01/2020"
    )
    assert code == 0 and "Intitulé : « Action 1 de Alpha » → « Par A »" in out


def test_refusals_and_usage_errors(fresh, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "aucun"))
    db = tmp_path / "a.tidb"
    # no password and no terminal to ask on: a clear message, exit 1
    code, _, err = run(capsys, "--db", db, "pull", fresh("chef_a"))
    assert code == 1 and "demande un mot de passe" in err and "PGPASSWORD" in err
    code, _, err = run(capsys, "--db", db, "pull", "http://exemple.fr")
    assert code == 1 and "n'est pas une adresse de serveur" in err
    for args in (
        ["pull", fresh("chef_a"), "--territory", "A", "--region", "R"],
        ["server", "grant", fresh(OWNER), "x", "--level", "tout"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(["--db", str(db), *args])
        assert exit_info.value.code == 2
    assert run(capsys, "--db", db, "resolve")[0] == 2
    assert run(capsys, "--db", db, "resolve", "pas-un-uuid", "--keep", "mine")[0] == 2
    code, _, err = run(capsys, "--db", db, "resolve", str(uuid.uuid4()), "--keep", "mine")
    assert code == 1 and "Aucun conflit" in err


def test_the_password_is_asked_on_a_terminal(fresh, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "aucun"))
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    code, out, _ = run(capsys, "server", "init", fresh(OWNER))
    assert code == 0 and asked and asked[0].startswith(f"Mot de passe de {OWNER}@")
