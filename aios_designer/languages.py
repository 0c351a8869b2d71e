"""The two languages of the product and the one the environment asks for."""
import os

LANGUAGES = ("en", "de")


def language_from_environment() -> str | None:
    """"de" or "en" from LC_ALL, LC_MESSAGES or LANG (first one set, "C"/"POSIX" ignored);
    None when none of them names a language."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "de" if value.lower().startswith("de") else "en"
    return None
