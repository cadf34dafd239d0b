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
