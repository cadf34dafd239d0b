"""The application icon: SVG source, PNG sizes, .ico, .icns and the compiled resources."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest
from defusedxml import ElementTree
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def build_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_icons", ROOT / "tools" / "build_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_all_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_svg_source_is_a_valid_square_drawing(qapp: object) -> None:
    renderer = QSvgRenderer(str(ICONS / "ti-desktop.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_has_its_size_and_the_blue_tile(qapp: object, size: int) -> None:
    image = QImage(str(ICONS / f"ti-desktop-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    centre_left = image.pixelColor(size // 8, size // 2)
    assert centre_left.blue() > 100 and centre_left.red() < 80  # the blue background


def test_ico_holds_every_size_up_to_256(qapp: object) -> None:
    assert read_all_sizes(ICONS / "ti-desktop.ico") == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_retina_sizes(qapp: object) -> None:
    data = (ICONS / "ti-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert sorted(set(read_all_sizes(ICONS / "ti-desktop.icns"))) == [16, 32, 64, 128, 256, 512]


def test_ico_and_icns_are_built_from_the_committed_pngs(build_icons: ModuleType) -> None:
    pngs = {size: (ICONS / f"ti-desktop-{size}.png").read_bytes() for size in PNG_SIZES}
    assert build_icons.ico_bytes(pngs) == (ICONS / "ti-desktop.ico").read_bytes()
    assert build_icons.icns_bytes(pngs) == (ICONS / "ti-desktop.icns").read_bytes()


def argb_bytes(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())


def test_pngs_match_a_fresh_render_of_the_svg(qapp: object, build_icons: ModuleType) -> None:
    # Catches an SVG edited without rerunning tools/build_icons.py; a small tolerance
    # absorbs anti-aliasing differences between Qt versions.
    fresh = build_icons.render_pngs(ICONS / "ti-desktop.svg", (32, 128))
    for size, data in fresh.items():
        rendered = argb_bytes(QImage.fromData(data))
        committed = argb_bytes(QImage(str(ICONS / f"ti-desktop-{size}.png")))
        assert len(rendered) == len(committed) == size * size * 4
        mean_difference = sum(abs(a - b) for a, b in zip(rendered, committed, strict=True)) / len(
            rendered
        )
        assert mean_difference < 2.0, f"{size} px: re-run tools/build_icons.py"


def test_qrc_lists_existing_icons_and_the_compiled_module_serves_them(qapp: object) -> None:
    tree = ElementTree.parse(ROOT / "resources" / "resources.qrc")
    listed = [element.text for element in tree.iter("file")]
    assert "icons/ti-desktop.svg" in listed
    assert all((ROOT / "resources" / name).is_file() for name in listed)
    import ti_desktop.resources_rc  # noqa: F401 - registers the resources

    served = QPixmap(":/icons/ti-desktop-256.png").toImage()
    committed = QImage(str(ICONS / "ti-desktop-256.png"))
    assert served.width() == 256
    assert served.convertToFormat(QImage.Format.Format_ARGB32) == committed.convertToFormat(
        QImage.Format.Format_ARGB32
    )
