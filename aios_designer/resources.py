"""Where bundled resources live (templates, translations, compliance data, icons)."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TEMPLATES = RESOURCES / "templates"
TRANSLATIONS = RESOURCES / "translations"
