"""Painted icons: one pixmap per pixel ratio the screens have, crisp where they are shown."""
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from aios_designer.gui import icons
from aios_designer.gui.palette import kind_icon
from aios_designer.model import StepKind


def screens(*ratios: float):
    return lambda: [SimpleNamespace(devicePixelRatio=lambda r=r: r) for r in ratios]


@pytest.mark.parametrize("ratios, scales", [
    ((1.0,), [1]),
    ((2.0,), [2]),
    ((1.25,), [2]),
    ((1.5, 1.0), [1, 2]),  # a laptop at 150 % beside a projector
    ((1.0, 2.5), [1, 3]),
    ((), [1]),  # no screen yet: still one pixmap
])
def test_the_pixel_ratios_painted_are_those_of_the_screens(qapp, monkeypatch, ratios, scales):
    monkeypatch.setattr(QGuiApplication, "screens", screens(*ratios))
    assert icons.pixmap_scales() == scales


def _review_icon_for(monkeypatch, *ratios: float):
    monkeypatch.setattr(QGuiApplication, "screens", screens(*ratios))
    return kind_icon(StepKind.REVIEW)


def test_an_icon_has_a_pixmap_painted_at_each_ratio(qapp, monkeypatch):
    both = _review_icon_for(monkeypatch, 1.0, 2.0)
    for ratio in (1, 2):
        alone = _review_icon_for(monkeypatch, float(ratio))
        image = both.pixmap(QSize(32, 32), ratio).toImage()
        assert image.width() == 32 * ratio
        assert image == alone.pixmap(QSize(32, 32), ratio).toImage()
    scaled_up = _review_icon_for(monkeypatch, 1.0).pixmap(QSize(32, 32), 2).toImage()
    assert both.pixmap(QSize(32, 32), 2).toImage() != scaled_up


def test_on_a_plain_screen_only_one_pixmap_is_painted(qapp, monkeypatch):
    painted = []
    monkeypatch.setattr(QGuiApplication, "screens", screens(1.0))
    icons.painted_icon(lambda painter, size: painted.append(painter.device().width()))
    assert painted == [icons.SIZE]
