import json

import pytest

from ti_desktop import __version__
from ti_desktop.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_list_json(db_path, capsys):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "demo"]) == 0
    assert "existe déjà" in capsys.readouterr().out
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    assert rows[0]["fiches"] == 12
    assert rows[0]["signataires"] == 12
    assert rows[0]["cout_total_ht"] == "18455000.00"
    assert rows[0]["demo"] is True


def test_list_text_on_default_database_in_data_dir(data_dir, capsys):
    assert main(["demo"]) == 0
    assert (data_dir / "territoires.tidb").exists()
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "18\u00a0455\u00a0000\u00a0€" in out


def test_env_variable_names_the_database(tmp_path, monkeypatch, capsys):
    target = tmp_path / "ailleurs.tidb"
    monkeypatch.setenv("TI_DESKTOP_DB", str(target))
    assert main(["demo"]) == 0
    assert target.exists()


def test_foreign_file_exit_1_with_message_and_no_traceback(tmp_path, capsys):
    foreign = tmp_path / "x.tidb"
    foreign.write_text("pas une base")
    assert main(["--db", str(foreign), "list"]) == 1
    err = capsys.readouterr().err
    assert "n'est pas une base TI Desktop" in err
    assert "Traceback" not in err
    assert foreign.read_text() == "pas une base"


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["commande-inconnue"])
    assert exit_info.value.code == 2


def test_backup_and_restore_by_number(db_path, capsys):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "restore"]) == 0
    assert "1." in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", "1"]) == 0
    assert "Base restaurée" in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", "99"]) == 1


def test_cli_never_imports_qt():
    import subprocess
    import sys

    code = (
        "import sys; from ti_desktop.cli import build_parser; build_parser(); "
        "bad = [m for m in sys.modules if m.startswith('PySide6')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_territory_found_by_unique_part_of_its_name(demo_database):
    from ti_desktop.errors import UserFacingError
    from ti_desktop.services.territories import create_territory, require_territory

    with demo_database.session() as session:
        assert require_territory(session, "troyes").nom.startswith("Troyes")
        create_territory(session, "Troyes Nord", "Grand Est")
    with demo_database.reader() as session:
        with pytest.raises(UserFacingError, match="plusieurs territoires"):
            require_territory(session, "Troyes")
        with pytest.raises(UserFacingError, match="introuvable"):
            require_territory(session, "Vosges")


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """A write waits 50 ms for a lock instead of 5 s."""
    from ti_desktop.db import store

    monkeypatch.setattr(store, "DEFAULT_BUSY_TIMEOUT", 0.05)


def test_a_write_command_on_a_locked_database_exits_1_with_one_line(
    db_path, capsys, short_busy_timeout
):
    from support.locks import table_dump, write_lock

    assert main(["--db", str(db_path), "--creer", "list"]) == 0  # creates the empty database
    capsys.readouterr()
    before = table_dump(db_path)
    with write_lock(db_path):
        assert main(["--db", str(db_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert err.startswith(f"Erreur : La base « {db_path} » est occupée par un autre programme")
    assert table_dump(db_path) == before


def test_import_into_a_locked_database_is_refused_in_one_line(
    demo_database, tmp_path, capsys, short_busy_timeout
):
    from support.exchange import edit_cell, export_demo
    from support.locks import table_dump, write_lock

    workbook = export_demo(demo_database, tmp_path)
    edit_cell(workbook, "Fiches-actions", 2, "Intitulé", "Changé pendant le verrou")
    path = demo_database.path
    demo_database.close()
    before = table_dump(path)
    with write_lock(path):
        assert main(["--db", str(path), "import", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "OperationalError" not in err
    assert err.count("\n") == 1
    assert f"La base « {path} » est occupée par un autre programme" in err
    assert "la modification n'a pas été enregistrée" in err
    assert table_dump(path) == before


def test_version_and_help_load_no_heavy_library():
    """``ti-desktop --version`` answers without SQLAlchemy, openpyxl, docxtpl or Qt."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ti_desktop.cli import main\n"
        "for argv in (['--help'], ['--version']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = {'sqlalchemy', 'openpyxl', 'docxtpl', 'PySide6', 'jinja2'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
