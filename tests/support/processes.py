"""Other programs on the same machine, for the reliability tests.

``holding`` starts a real second Python process that opens a base (as the window or a
command would) and keeps it open until the block ends; ``run_cli`` runs ``ti-desktop``
in its own process, as a user's terminal does; ``in_namespace`` runs a shell script in
a private mount namespace where a folder can be made read-only or a disk full for real.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HOLDER = r"""
import sys, time
from pathlib import Path
from ti_desktop.db import owner_lock
from ti_desktop.db.store import open_database
from ti_desktop.services.territories import create_territory
from sqlalchemy import text
path, program, lasting, read_only, seconds = sys.argv[1:6]
owner_lock.identify(program, lasting=lasting == "1")
database = open_database(Path(path), read_only=read_only == "1", lock_wait=0)
with database.reader() as session:  # a connection stays open, as in a window
    session.execute(text("SELECT count(*) FROM territoire")).scalar()
print("prêt", flush=True)
if float(seconds) > 0:
    time.sleep(float(seconds))
else:
    for name in sys.stdin:  # each line: a territory the "window" creates, as a user would
        with database.session() as session:
            create_territory(session, name.strip(), "Normandie")
        print("écrit", flush=True)
database.close()
print("fini", flush=True)
"""


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child: the test's data folder, offscreen Qt, nothing else new."""
    environment = dict(os.environ)
    environment.update(extra)
    return environment


@contextlib.contextmanager
def holding(
    path: Path,
    *,
    program: str = "la fenêtre de TI Desktop",
    lasting: bool = True,
    read_only: bool = False,
    seconds: float = 0,
) -> Iterator[subprocess.Popen[str]]:
    """Another process holding ``path`` open until the block ends (or for ``seconds``).

    Writing a name and a newline to its stdin makes it create that territory (an edit
    in the window); it answers « écrit » (see ``write_in``).
    """
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _HOLDER,
            str(path),
            program,
            "1" if lasting else "0",
            "1" if read_only else "0",
            str(seconds),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(),
    )
    assert process.stdout is not None and process.stdin is not None
    ready = process.stdout.readline().strip()
    if ready != "prêt":
        process.kill()
        raise AssertionError(f"le second programme n'a pas ouvert la base : {process.stderr}")
    try:
        yield process
    finally:
        if process.poll() is None:
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def write_in(holder: subprocess.Popen[str], territory: str) -> None:
    """Make the holding process create ``territory``, and wait until it is committed."""
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write(territory + "\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "écrit"


def run_cli(*arguments: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``ti-desktop ARGUMENTS`` in its own process (exit code, stdout, stderr)."""
    return subprocess.run(
        [sys.executable, "-m", "ti_desktop", *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_environment(),
        check=False,
    )


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt 2>/dev/null || exit 3"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


NAMESPACES = _namespaces_work()
needs_namespaces = pytest.mark.skipif(
    not NAMESPACES, reason="pas d'espace de noms de montage (unshare -rm) sur cette machine"
)


def in_namespace(script: str, *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a bash ``script`` as root of a private mount namespace (mounts vanish after).

    ``$PY`` in the script is this Python; ``ti-desktop`` is ``$PY -m ti_desktop``.
    """
    prelude = f'PY="{sys.executable}"\nti() {{ "$PY" -m ti_desktop "$@"; }}\n'
    return subprocess.run(
        ["unshare", "-rm", "bash", "-c", prelude + script],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_environment(),
        check=False,
    )
