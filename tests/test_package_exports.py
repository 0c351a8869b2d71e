"""The packages that import their exports on first use (``aios_designer.lazy``) export what
they name: a misspelt entry in a table would otherwise fail only when a script uses it."""
import importlib

import pytest


@pytest.mark.parametrize("package", ["aios_designer", "aios_designer.model",
                                     "aios_designer.fileio"])
def test_every_exported_name_resolves(package):
    module = importlib.import_module(package)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None, name
        assert name in dir(module)


def test_an_unknown_name_is_an_attribute_error():
    import aios_designer.model

    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        aios_designer.model.Nope
