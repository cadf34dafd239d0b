"""Build hook: ship the top-level ``templates/`` and ``resources/`` inside the package.

They live at the repository's top level (a Région replaces ``templates/contrat.docx``
there), so a plain ``pip install .`` copies them into ``ti_desktop/_shipped/`` where
``ti_desktop.paths`` finds them. Everything else is declared in ``pyproject.toml``.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED_FOLDERS = ("templates", "resources")


class BuildPyWithShippedFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the source tree directly
            return
        root = Path(__file__).parent
        for folder in SHIPPED_FOLDERS:
            self.copy_tree(
                str(root / folder), str(Path(self.build_lib) / "ti_desktop" / "_shipped" / folder)
            )


setup(cmdclass={"build_py": BuildPyWithShippedFiles})
