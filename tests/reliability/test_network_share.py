"""A base on a network share: recognised, opened without WAL, the user told plainly.

Before: an installation guide suggested a shared folder, and the base opened there in
WAL mode (whose shared memory a share cannot give) without a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ti_desktop.cli import main
from ti_desktop.db import filesystem
from ti_desktop.db.filesystem import linux_network_kind, macos_network_kind, windows_network_kind
from ti_desktop.db.store import Database, open_database

MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
35 22 0:31 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
48 35 0:44 / /home/marie/Partage\040Région rw,relatime shared:30 - cifs //srv/region rw,vers=3.0
49 22 0:45 / /mnt/nfs rw,relatime shared:31 - nfs4 srv:/export rw,vers=4.2
50 49 0:46 / /mnt/nfs/local rw,relatime shared:32 - ext4 /dev/sdb1 rw
51 22 0:47 / /mnt/ssh rw,relatime shared:33 - fuse.sshfs marie@srv:/ rw
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/marie/territoires.tidb", None),
        ("/home/marie/Partage Région/territoires.tidb", "cifs"),
        ("/home/marie/Partage Régional/x.tidb", None),  # a prefix is not the mount point
        ("/mnt/nfs/base.tidb", "NFS4"),
        ("/mnt/nfs/local/base.tidb", None),  # a local disk mounted inside the share
        ("/mnt/ssh/base.tidb", "fuse.sshfs"),
    ],
)
def test_linux_mounts_are_read_from_mountinfo(path: str, expected: str | None) -> None:
    assert linux_network_kind(Path(path), MOUNTINFO) == expected


@pytest.mark.parametrize(
    ("path", "drive_type", "expected"),
    [
        (r"\\serveur\partage\territoires.tidb", 3, r"partage Windows \\serveur\partage"),
        ("//serveur/partage/territoires.tidb", 3, r"partage Windows \\serveur\partage"),
        (r"\\?\UNC\serveur\partage\t.tidb", 3, "partage Windows"),
        (r"Z:\TI\territoires.tidb", 4, "lecteur réseau Z:"),
        (r"C:\Users\marie\territoires.tidb", 3, None),
        (r"\\?\C:\Users\marie\t.tidb", 3, None),
    ],
)
def test_windows_unc_paths_and_mapped_drives(
    path: str, drive_type: int, expected: str | None
) -> None:
    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return drive_type

    assert windows_network_kind(path, get_drive_type) == expected
    if path.startswith(("Z:", "C:")):
        assert asked == [path[:2] + "\\"]


def test_macos_volumes_without_the_local_flag_are_shares() -> None:
    assert macos_network_kind(0x1000, "apfs") is None
    assert macos_network_kind(0, "smbfs") == "smbfs"
    assert macos_network_kind(0x1000, "nfs") == "nfs"


def test_this_machine_s_temporary_folder_is_local(tmp_path: Path) -> None:
    assert filesystem.network_kind(tmp_path / "pas-encore-créée.tidb") is None


@pytest.fixture
def on_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is on an NFS share (the detection itself is tested above)."""
    monkeypatch.setattr(filesystem, "network_kind", lambda _path: "NFS4")


def test_a_base_on_a_share_opens_without_wal_and_says_why(
    database: Database, on_a_share: None
) -> None:
    database.close()
    shared = open_database(database.path)
    try:
        with shared.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        (notice,) = shared.notices
    finally:
        shared.close()
    assert f"La base « {database.path} » est sur un partage réseau (NFS4)" in notice
    assert "SQLite n'y est pas fiable" in notice
    assert "serveur régional (docs/serveur.md)" in notice
    assert not Path(f"{database.path}-wal").exists()


def test_the_command_line_warns_once_on_stderr(
    demo_database: Database, on_a_share: None, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    assert main(["--db", str(demo_database.path), "list"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("partage réseau") == 1
    assert captured.err.startswith("Attention : La base")
    assert "démonstration" in captured.out
