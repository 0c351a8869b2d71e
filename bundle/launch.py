"""Entry point of the desktop bundle: the same program as the ``aios-designer`` command."""
import sys

from aios_designer.cli import main

if __name__ == "__main__":
    sys.exit(main())
