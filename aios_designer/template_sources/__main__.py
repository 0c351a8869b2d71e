"""Rebuild the bundled template files: ``python -m aios_designer.template_sources``."""
from . import write_all

for path in write_all():
    print(path)
