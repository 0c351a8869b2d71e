"""The translatable source strings of the GUI code and the German translations of them.

Qt's ``pyside6-lupdate`` finds ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")`` and
``QT_TRANSLATE_NOOP``, but not the calls of a module's own helper such as
``def _tr(text): return QCoreApplication.translate("Document", text)`` (the undo texts of
every ``Document`` command are written that way). This module reads the code itself, finds
those helpers and the literal strings passed to them, with the context the helper gives.
"""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "aios_designer" / "gui"
TS_DE = REPO / "resources" / "translations" / "aios_de.ts"
TS_EN = REPO / "resources" / "translations" / "aios_en.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool = False
    where: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "translate" and not (isinstance(func, ast.Attribute)
                                        and getattr(func.value, "id", "") == "painter")


def _constant_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments (a helper's context is often one)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that translate their first argument in a fixed context."""
    constants = _constant_strings(tree)
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and _is_translate(call) and len(call.args) >= 2:
                context, text = call.args[0], call.args[1]
                if isinstance(text, ast.Name) and text.id == parameter:
                    if isinstance(context, ast.Constant) and isinstance(context.value, str):
                        helpers[node.name] = context.value
                    elif isinstance(context, ast.Name) and context.id in constants:
                        helpers[node.name] = constants[context.id]
    return helpers


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" split by +
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _module_aliases(tree: ast.Module, path: Path) -> dict[str, Path]:
    """``from .scene import styles`` → {"styles": .../scene/styles.py} (for ``styles.tr``)."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            for part in (node.module or "").split("."):
                if part:
                    base = base / part
            for alias in node.names:
                candidate = base / f"{alias.name}.py"
                if candidate.exists():
                    aliases[alias.asname or alias.name] = candidate
    return aliases


def code_messages(root: Path = GUI) -> list[Message]:
    """Every literal string the code translates, with its context.

    ``self.tr`` takes the name of the enclosing class (what PySide6 looks up);
    ``QCoreApplication.translate("Ctx", "…")`` its first argument; a helper its fixed context.
    """
    files = sorted(root.rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    helpers_of = {path: _helpers(tree) for path, tree in trees.items()}
    messages: list[Message] = []
    for path, tree in trees.items():
        aliases = _module_aliases(tree, path)
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                source = base.joinpath(*(node.module or "").split(".")).with_suffix(".py")
                for alias in node.names:
                    context = helpers_of.get(source, {}).get(alias.name)
                    if context:
                        imported[alias.asname or alias.name] = context
        local = {**imported, **helpers_of[path]}
        relative = path.relative_to(REPO)

        def visit(node: ast.AST, class_name: str) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call):
                    found = _message(child, class_name, local, aliases, helpers_of)
                    if found:
                        context, text, plural = found
                        messages.append(Message(context, text, plural,
                                                f"{relative}:{child.lineno}"))
                visit(child, class_name)

        visit(tree, "")
    return messages


def _message(call: ast.Call, class_name: str, local: dict[str, str],
             aliases: dict[str, Path], helpers_of: dict) -> tuple[str, str, bool] | None:
    func = call.func
    args = call.args
    plural = len(args) >= 3 or any(k.arg == "n" for k in call.keywords)
    if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id in aliases:  # styles.tr("…")
            context = helpers_of.get(aliases[owner.id], {}).get("tr")
            text = _literal(args[0])
            return (context, text, plural) if context and text is not None else None
        text = _literal(args[0])
        if text is not None and class_name:
            return class_name, text, plural
        return None
    if _is_translate(call) and len(args) >= 2:
        context, text = _literal(args[0]), _literal(args[1])
        if context is not None and text is not None:
            return context, text, len(args) >= 4 or any(k.arg == "n" for k in call.keywords)
        return None
    if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(args) >= 2:
        context, text = _literal(args[0]), _literal(args[1])
        return (context, text, False) if context is not None and text is not None else None
    name = func.id if isinstance(func, ast.Name) else None
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id in aliases:
        context = helpers_of.get(aliases[func.value.id], {}).get(func.attr)
        text = _literal(args[0]) if args else None
        return (context, text, plural) if context and text is not None else None
    if name in local and args:
        text = _literal(args[0])
        return (local[name], text, plural) if text is not None else None
    return None


@dataclass(frozen=True)
class Translation:
    text: str
    forms: tuple[str, ...]
    finished: bool


def translations(ts: Path = TS_DE) -> dict[tuple[str, str], Translation]:
    """(context, source) → translation; unfinished, vanished or empty ones are not finished."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            source = message.findtext("source") or ""
            if element is None:
                found[(name, source)] = Translation("", (), False)
                continue
            forms = tuple((f.text or "") for f in element.iter("numerusform"))
            text = element.text or ""
            filled = all(f.strip() for f in forms) if forms else bool(text.strip())
            finished = filled and element.get("type") not in ("unfinished", "vanished",
                                                              "obsolete")
            found[(name, source)] = Translation(text if not forms else forms[-1], forms,
                                                finished)
    return found


#: Qt calls that put a string in front of the user.
_SHOWS_TEXT = {
    "setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText", "setTitle",
    "addItem", "addItems", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setSuffix",
    "setPrefix", "setSpecialValueText", "setWhatsThis", "setInformativeText", "setDetailedText",
    "addButton", "showMessage", "setIconText", "drawText", "addMenu", "addAction", "setLabel",
    "information", "warning", "critical", "question", "about",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem",
}
_TRANSLATING = {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Literals shown as they are on purpose: language names in their own language, plot sides.
SHOWN_AS_IS = {"English", "Deutsch", "bottom", "left", "right", "top"}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_literals(root: Path = GUI) -> list[str]:
    """``file:line: text`` of every string literal given to a call that shows text, outside
    any ``tr``/``translate`` call (a literal shown in English in the German interface)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        translated = {id(node) for call in ast.walk(tree)
                      if isinstance(call, ast.Call) and _call_name(call) in _TRANSLATING
                      for node in ast.walk(call)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _call_name(call) not in _SHOWS_TEXT:
                continue
            for arg in call.args:
                for node in ast.walk(arg):
                    if id(node) in translated or not isinstance(node, ast.Constant) \
                            or not isinstance(node.value, str) or node.value in SHOWN_AS_IS:
                        continue
                    words = re.sub(r"<[^>]*>", " ", node.value)  # markup is not text
                    if re.search(r"[A-Za-z]{2,}", words):
                        found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value!r}")
    return found
