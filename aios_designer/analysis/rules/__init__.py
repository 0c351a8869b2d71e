"""Importing this package registers every check rule (one module per area)."""
from . import structure  # noqa: F401
from . import review  # noqa: F401
from . import raci  # noqa: F401
from . import capacity  # noqa: F401
from . import compliance  # noqa: F401
from . import monitoring  # noqa: F401
