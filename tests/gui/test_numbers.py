"""Numbers in the interface language: grouped thousands, the language's decimal sign, in
panels, read back from typing, and on plot axes."""
import pytest

from aios_designer.gui.i18n import install_language
from aios_designer.gui.numbers import format_number, format_percent, parse_number


@pytest.fixture
def german(qapp):
    install_language("de")
    yield
    install_language("en")


def test_german_numbers_group_with_a_dot_and_use_the_decimal_comma(german):
    assert format_number(20769.65, 2) == "20.769,65"
    assert format_number(1.5, 2, trim=True) == "1,5"
    assert format_number(1000.0, 2, trim=True) == "1.000"
    assert format_number(-0.001, 2) == "0,00"
    assert format_percent(0.4671) == "46,7 %"


def test_english_numbers_group_with_a_comma(qapp):
    install_language("en")
    assert format_number(20769.65, 2) == "20,769.65"
    assert format_number(None) == ""


def test_typed_numbers_are_read_as_the_language_writes_them(german):
    assert parse_number("20.769,65") == pytest.approx(20769.65)
    assert parse_number("1,5") == 1.5
    assert parse_number("1.5") == 1.5  # a dot typed as decimal sign still works
    assert parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("viel")


def test_plot_axes_write_the_decimal_comma_in_german(german):
    from aios_designer.gui.plot_axes import LocaleAxis

    axis = LocaleAxis("bottom")
    assert axis.tickStrings([0.5, 0.6], 1.0, 0.1) == ["0,5", "0,6"]
    install_language("en")
    assert axis.tickStrings([0.5, 0.6], 1.0, 0.1) == ["0.5", "0.6"]
