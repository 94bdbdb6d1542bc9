"""The gettext catalogues as Babel reads them, and the message codes and report keys that the
code base uses, found by reading its source (AST), for the tests of this folder."""
from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from retrofit.i18n import kind_code

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
LOCALES = ("zh_CN", "en")
DOMAINS = ("retrofit", "reports")
#: Where each domain's codes are used: the core's in retrofit and the desktop app (calc gives
#: reason and notice codes only, see :func:`core_codes`), the reports' words in reports.
SOURCES = {"retrofit": ("retrofit", "ui"), "reports": ("reports",)}


def po_path(domain: str, locale: str) -> Path:
    return LOCALE / locale / "LC_MESSAGES" / f"{domain}.po"


@cache
def catalog(domain: str, locale: str | None) -> Catalog:
    """The ``.po`` of ``domain`` in ``locale`` (None: the ``.pot`` template)."""
    file = LOCALE / f"{domain}.pot" if locale is None else po_path(domain, locale)
    with open(file, "rb") as f:
        return read_po(f, locale=locale, domain=domain)


def texts(domain: str, locale: str) -> dict[str, str]:
    """msgid → msgstr of a ``.po`` (without the header)."""
    return {str(m.id): str(m.string) for m in catalog(domain, locale) if m.id}


def placeholders(text: str) -> set[str]:
    """The ``str.format`` fields of a template ("" for ``{}``)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# ----- the source -----

@dataclass(frozen=True)
class Module:
    path: Path
    tree: ast.Module

    @property
    def name(self) -> str:
        return str(self.path.relative_to(ROOT))


@cache
def modules(*packages: str) -> tuple[Module, ...]:
    return tuple(Module(p, ast.parse(p.read_text(encoding="utf-8"), str(p)))
                 for package in packages for p in sorted((ROOT / package).rglob("*.py")))


def literals(*packages: str) -> set[str]:
    """Every string constant of the code (docstrings left out)."""
    out: set[str] = set()
    for m in modules(*packages):
        docstrings = {id(n.value) for n in ast.walk(m.tree) if isinstance(n, ast.Expr)}
        out.update(n.value for n in ast.walk(m.tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings)
    return out


def prefixes(*packages: str) -> set[str]:
    """The leading constants of the names the code builds: ``f"notice_{code}"``, ``"kind_" + x``."""
    out: set[str] = set()
    for m in modules(*packages):
        for n in ast.walk(m.tree):
            if isinstance(n, ast.JoinedStr) and n.values and isinstance(n.values[0], ast.Constant):
                out.add(str(n.values[0].value))
            elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add) and isinstance(n.left, ast.Constant):
                out.add(str(n.left.value))
    return out


def strings_of(node: ast.AST | None) -> Iterator[str]:
    """The string constants an expression can take: ``"a"``, ``"a" if c else "b"``, ``x or "a"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from strings_of(node.body)
        yield from strings_of(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from strings_of(value)


# ----- the core's message codes -----

#: Callables whose code is worded with a prefix: a notice's code names ``notice_<code>``, a
#: calculator reason ``calc_reason_<code>`` (:mod:`retrofit.engine_messages`).
PREFIXED = {"Notice": "notice_", "reason_text": "calc_reason_"}


def _positional(args: ast.arguments, drop_first: bool) -> list[str]:
    names = [a.arg for a in (*args.posonlyargs, *args.args)]
    return names[1:] if drop_first else names


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any("dataclass" in ast.unparse(d) for d in node.decorator_list)


def code_takers(*packages: str) -> dict[str, set[tuple[str, int | None]]]:
    """Name → {(kind, position of its ``code`` argument)} of every function, method and class
    (its ``__init__``, or a dataclass's fields, or inherited) that takes a message code as an
    argument named ``code``; kind is "call" (a function or class) or "method"."""
    takers: dict[str, set[tuple[str, int | None]]] = {}
    bases: dict[str, list[str]] = {}

    def add(name: str, kind: str, params: list[str], keyword_only: list[str]) -> None:
        if "code" in params:
            takers.setdefault(name, set()).add((kind, params.index("code")))
        elif "code" in keyword_only:
            takers.setdefault(name, set()).add((kind, None))

    def visit(node: ast.AST, owner: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kwonly = [a.arg for a in child.args.kwonlyargs]
                if owner is not None and child.name == "__init__":
                    add(owner.name, "call", _positional(child.args, True), kwonly)
                elif owner is not None:
                    add(child.name, "method", _positional(child.args, True), kwonly)
                else:
                    add(child.name, "call", _positional(child.args, False), kwonly)
                visit(child, None)
            elif isinstance(child, ast.ClassDef):
                bases[child.name] = [ast.unparse(b).rsplit(".", 1)[-1] for b in child.bases]
                if _is_dataclass(child):
                    fields = [str(ast.unparse(s.target)) for s in child.body if isinstance(s, ast.AnnAssign)
                              and "ClassVar" not in ast.unparse(s.annotation)]
                    add(child.name, "call", fields, [])
                visit(child, child)
            else:
                visit(child, owner)

    for m in modules(*packages):
        visit(m.tree, None)
    changed = True
    while changed:                     # a subclass without its own __init__ takes its base's
        changed = False
        for name, names in bases.items():
            if name not in takers and any(b in takers for b in names):
                takers[name] = set().union(*(takers[b] for b in names if b in takers))
                changed = True
    return takers


def _module_aliases(m: Module) -> set[str]:
    """Names under which ``m`` imports modules of the code base (``from retrofit import i18n``)."""
    out = set()
    for node in ast.walk(m.tree):
        if isinstance(node, ast.Import):
            out.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                base = ROOT.joinpath(*node.module.split("."), a.name)
                if base.with_suffix(".py").is_file() or base.is_dir():
                    out.add(a.asname or a.name)
    return out


def _call_codes(call: ast.Call, aliases: set[str], takers: dict[str, set[tuple[str, int | None]]],
                ) -> Iterator[tuple[str, str]]:
    """(name of the callable, code) of a call that passes a literal code; a literal ``kind`` of a
    wrong value gives the msgid of its words (``"kind"``, ``kind_number``)."""
    func = call.func
    if isinstance(func, ast.Name):
        name, kind = func.id, "call"
    elif isinstance(func, ast.Attribute):
        module_attr = isinstance(func.value, ast.Name) and func.value.id in aliases
        name, kind = func.attr, "call" if module_attr else "method"
    else:
        return
    for taker_kind, position in takers.get(name, ()):
        if taker_kind != kind:
            continue
        if position is not None and position < len(call.args) and not any(
                isinstance(a, ast.Starred) for a in call.args[:position + 1]):
            for code in strings_of(call.args[position]):
                yield name, code
        for keyword in call.keywords:
            if keyword.arg == "code":
                for code in strings_of(keyword.value):
                    yield name, code
            elif keyword.arg == "kind":
                for kind in strings_of(keyword.value):
                    yield "kind", kind_code(kind)


def core_codes() -> dict[str, str]:
    """Every message code the code base names → where (``file:line``): the literal codes passed
    to a callable that takes a ``code`` (``message``, the errors, ``CellError``, ``ImportNotice``,
    helpers such as ``fail`` and ``_bad``) and the words of their ``kind``; the codes assigned to a
    ``code`` name or attribute (an error class's ``code = "plan_locked"``); the calculator's reason
    codes (:data:`calc.errors.REASONS`) and the engine's notice codes (:func:`calc.engine._notices`);
    the verification statuses and the plan objectives that ``retrofit verify`` and ``retrofit
    plan`` word by their names."""
    from calc.errors import REASONS
    from calc.verification import STATUSES
    from retrofit.planner.model import OBJECTIVES

    packages = SOURCES["retrofit"]
    takers = code_takers(*packages)
    found: dict[str, str] = {f"calc_reason_{code}": "calc/errors.py REASONS" for code in REASONS}
    found |= {f"cli_verify_status_{s}": "calc/verification.py STATUSES" for s in STATUSES}
    found |= {f"objective_{o}": "retrofit/planner/model.py OBJECTIVES" for o in OBJECTIVES}
    for m in modules("calc"):
        for fn in ast.walk(m.tree):
            if isinstance(fn, ast.FunctionDef) and fn.name == "_notices":
                for ret in (n for n in ast.walk(fn) if isinstance(n, ast.Return) and isinstance(n.value, ast.Dict)):
                    for key in ret.value.keys:
                        for code in strings_of(key):
                            found[f"notice_{code}"] = f"{m.name} _notices"
    for m in modules(*packages):
        aliases = _module_aliases(m)
        for node in ast.walk(m.tree):
            where = f"{m.name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                for name, code in _call_codes(node, aliases, takers):
                    found[PREFIXED.get(name, "") + code] = where
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == "code" or isinstance(t, ast.Attribute) and t.attr == "code"
                       for t in targets):
                    for code in strings_of(node.value):
                        found[code] = where
    found.pop("", None)                # a default: no code
    return found


# ----- the reports' keys -----

def _is_labels(node: ast.AST) -> bool:
    """``lb``, ``labels``, ``self.labels``: the reports' :class:`reports.labels.Labels`."""
    text = ast.unparse(node)
    return text == "lb" or text.endswith("labels")


def report_keys() -> dict[str, str]:
    """Every report key the reports name literally → where: ``lb["key"]``,
    ``self.labels["a" if c else "b"]``, ``lb.get("key", default)``."""
    found: dict[str, str] = {}
    for m in modules(*SOURCES["reports"]):
        for node in ast.walk(m.tree):
            keys: Iterator[str] = iter(())
            if isinstance(node, ast.Subscript) and _is_labels(node.value):
                keys = strings_of(node.slice)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                  and _is_labels(node.func.value) and node.args):
                keys = strings_of(node.args[0])
            for key in keys:
                found[key] = f"{m.name}:{node.lineno}"
    return found
