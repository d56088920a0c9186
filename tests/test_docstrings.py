"""Every public function of ``analysis`` documents its parameters and its result.

The style guide asks for numpy-style docstrings on public functions. This test reads
the package's source with :mod:`ast` (nothing is imported) and fails, naming the file,
line and function, when a public function lacks a ``Parameters`` section naming each
of its parameters (or names one it does not have: a section left behind by a rename),
returns a value without a ``Returns`` (or ``Yields``) section, or raises an exception
class its ``Raises`` section does not list.

Public means: a function or method whose name has no leading underscore, defined at
module level or in a class whose name has no leading underscore (nested classes
included), in a module whose path has no part with a leading underscore
(``__init__.py`` counts as public). Functions nested inside functions are not public.
Parameters are all the function's parameters except ``self`` / ``cls`` of a method;
``*args`` and ``**kwargs`` are named without their stars; several parameters may share
one entry (``low, high : float``). A value is returned when a ``return`` gives one
(not a bare ``return`` or ``return None``) or a ``yield`` yields one (a context
manager's bare ``yield`` needs no ``Yields``), or, for a stub whose body is only
``...`` (a protocol's method), when its return annotation is not ``None``. A property
documents its value in its summary as an attribute does, so it needs no ``Returns``.
Raised are the classes the function's own ``raise`` statements name (:func:`raised_classes`);
what the functions it calls raise is not seen.

Why not ruff: with ``convention = "numpy"`` its pydocstyle rules check the form of the
sections present but not that ``Parameters`` exists (D417 checks Google-style ``Args``
only and is off under the numpy convention); its pydoclint ``DOC201`` / ``DOC402``
(missing Returns / Yields, preview only in ruff 0.14) say nothing of parameters.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"

_UNDERLINE = re.compile(r"-{3,}")
_VALUE_SECTIONS = ("Returns", "Yields")
_PROPERTY_DECORATORS = {"property", "cached_property", "setter"}

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def docstring_sections(docstring: str) -> dict[str, list[str]]:
    """The numpy sections of a docstring: header -> its lines (dedented), in order.

    Parameters
    ----------
    docstring : str
        A cleaned docstring (:func:`ast.get_docstring`); ``""`` for none.

    Returns
    -------
    dict of str to list of str
        A header is a non-blank line followed by a line of three or more dashes.
    """
    lines = docstring.splitlines()
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for index, line in enumerate(lines):
        underlined = index + 1 < len(lines) and _UNDERLINE.fullmatch(lines[index + 1].strip())
        if line.strip() and underlined:
            current = sections.setdefault(line.strip(), [])
        elif current is not None and not _UNDERLINE.fullmatch(line.strip()):
            current.append(line)
    return sections


def documented_names(section: list[str]) -> set[str]:
    """The parameter names a ``Parameters`` section's entries name.

    Parameters
    ----------
    section : list of str
        The section's lines as :func:`docstring_sections` gives them.

    Returns
    -------
    set of str
        Names of the entries at the section's own indentation (descriptions are
        indented further and never count).
    """
    entries = [line for line in section if line.strip()]
    if not entries:
        return set()
    indent = min(len(line) - len(line.lstrip()) for line in entries)
    names: set[str] = set()
    for line in entries:
        if len(line) - len(line.lstrip()) != indent:
            continue
        head = line.strip().split(":")[0]
        names.update(name.strip().lstrip("*") for name in head.split(","))
    return names


def _parameters(function: FunctionNode, in_class: bool) -> list[str]:
    arguments = function.args
    names = [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)]
    is_static = any(_last_name(d) == "staticmethod" for d in function.decorator_list)
    if in_class and not is_static and names and names[0] in ("self", "cls"):
        names = names[1:]
    names += [a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return names


def _last_name(node: ast.expr) -> str:
    """``c`` of ``a.b.c`` or ``a.b.c(...)``; ``""`` for any other expression."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _gives_value(node: ast.AST, kind: type[ast.Return] | type[ast.Yield]) -> bool:
    value = getattr(node, "value", None)
    return isinstance(node, kind) and not (value is None or _is_constant(value, None))


def is_stub(function: FunctionNode) -> bool:
    """Whether a function's body is only ``...`` after its docstring (a protocol's method).

    Parameters
    ----------
    function : ast.FunctionDef or ast.AsyncFunctionDef
        Any function or method.

    Returns
    -------
    bool
        A stub's return annotation stands for the value its implementations return.
    """
    body = function.body[1:] if ast.get_docstring(function) is not None else function.body
    return len(body) == 1 and isinstance(body[0], ast.Expr) and _is_constant(body[0].value, ...)


def _is_constant(node: ast.expr | None, value: object) -> bool:
    return isinstance(node, ast.Constant) and node.value is value


def _annotated_none(annotation: ast.expr | None) -> bool:
    return annotation is None or _is_constant(annotation, None)


def returns_and_yields(function: FunctionNode) -> tuple[bool, bool]:
    """Whether the function's own body returns a value, and whether it yields one.

    Parameters
    ----------
    function : ast.FunctionDef or ast.AsyncFunctionDef
        The function; nested functions, lambdas and classes in it are not its body.

    Returns
    -------
    tuple of bool
        ``(returns, yields)``; ``yield from`` counts as yielding. A stub
        (:func:`is_stub`) returns a value when its annotation is not ``None``.
    """
    if is_stub(function):
        return not _annotated_none(function.returns), False
    nodes = list(own_nodes(function))
    returns = any(_gives_value(node, ast.Return) for node in nodes)
    yields = any(isinstance(node, ast.YieldFrom) or _gives_value(node, ast.Yield) for node in nodes)
    return returns, yields


def own_nodes(function: FunctionNode) -> Iterator[ast.AST]:
    """The nodes of a function's own body, in no particular order.

    Parameters
    ----------
    function : ast.FunctionDef or ast.AsyncFunctionDef
        The function; the functions, lambdas and classes defined in it are left out,
        with their bodies.

    Yields
    ------
    ast.AST
        Statements and expressions, each once.
    """
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def raised_classes(function: FunctionNode) -> set[str]:
    """The exception classes a function's own ``raise`` statements name.

    Parameters
    ----------
    function : ast.FunctionDef or ast.AsyncFunctionDef
        Its own body is searched (:func:`own_nodes`).

    Returns
    -------
    set of str
        Class names (the last part of ``errors.TableError``) of ``raise X`` and
        ``raise X(...)`` where X is capitalized as a class is; a bare ``raise`` and
        ``raise helper(...)`` (an exception built by a function) name none.
    """
    found = set()
    for node in own_nodes(function):
        if isinstance(node, ast.Raise) and node.exc is not None:
            name = _last_name(node.exc)
            if name[:1].isupper():
                found.add(name)
    return found


def public_functions(tree: ast.Module) -> Iterator[tuple[str, FunctionNode, bool]]:
    """The public functions and methods of a module (see the module docstring).

    Parameters
    ----------
    tree : ast.Module
        The parsed module.

    Yields
    ------
    name : str
        ``function`` or ``Class.method``.
    function : ast.FunctionDef or ast.AsyncFunctionDef
        Its node.
    in_class : bool
        Whether it is a method.
    """
    pending: list[tuple[str, list[ast.stmt], bool]] = [("", tree.body, False)]
    while pending:
        prefix, body, in_class = pending.pop()
        for node in body:
            if node_is_private(node):
                continue
            if isinstance(node, ast.ClassDef):
                pending.append((f"{prefix}{node.name}.", node.body, True))
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield prefix + node.name, node, in_class


def node_is_private(node: ast.stmt) -> bool:
    """Whether a class or function statement is named with a leading underscore.

    Parameters
    ----------
    node : ast.stmt
        Any statement; one that defines no name is not private.

    Returns
    -------
    bool
        Dunder methods (``__init__``) are private too: a class documents its
        constructor's parameters in its own docstring.
    """
    name = getattr(node, "name", "")
    return isinstance(name, str) and name.startswith("_")


def missing_sections(function: FunctionNode, in_class: bool) -> list[str]:
    """What the function's docstring lacks, as short phrases; empty when nothing.

    Parameters
    ----------
    function : ast.FunctionDef or ast.AsyncFunctionDef
        A public function or method.
    in_class : bool
        Whether it is a method (its ``self`` / ``cls`` needs no entry).

    Returns
    -------
    list of str
        E.g. ``["Parameters: text, limit", "Returns"]``.
    """
    sections = docstring_sections(ast.get_docstring(function) or "")
    problems = []
    parameters = _parameters(function, in_class)
    documented = documented_names(sections.get("Parameters", []))
    undocumented = [name for name in parameters if name not in documented]
    if undocumented:
        problems.append("Parameters: " + ", ".join(undocumented))
    stale = sorted(documented - set(parameters))
    if stale:
        problems.append("no such parameter: " + ", ".join(stale))
    documented_raises = {
        name.split(".")[-1] for name in documented_names(sections.get("Raises", []))
    }
    unlisted = sorted(raised_classes(function) - documented_raises)
    if unlisted:
        problems.append("Raises: " + ", ".join(unlisted))
    is_property = any(_last_name(d) in _PROPERTY_DECORATORS for d in function.decorator_list)
    returns, yields = returns_and_yields(function)
    if (returns or yields) and not is_property and not set(_VALUE_SECTIONS) & set(sections):
        problems.append("Yields" if yields else "Returns")
    return problems


def public_modules(package: Path = PACKAGE) -> list[Path]:
    """The package's modules whose path has no part with a leading underscore.

    Parameters
    ----------
    package : Path
        The package's folder.

    Returns
    -------
    list of Path
        Sorted; ``__init__.py`` files included.
    """
    return sorted(
        path
        for path in package.rglob("*.py")
        if not any(
            part.startswith("_") and part != "__init__.py"
            for part in path.relative_to(package).parts
        )
    )


def undocumented_in(source: str, label: str) -> list[str]:
    """Every public function of a module's source with what its docstring lacks.

    Parameters
    ----------
    source : str
        The module's Python source.
    label : str
        How the module is named in the messages (its path).

    Returns
    -------
    list of str
        One ``label:line name: what is missing`` line per function that lacks a section.
    """
    found = []
    for name, function, in_class in public_functions(ast.parse(source)):
        problems = missing_sections(function, in_class)
        if problems:
            found.append(f"{label}:{function.lineno} {name}: {'; '.join(problems)}")
    return found


def test_every_public_function_documents_parameters_and_result():
    modules = public_modules()
    assert len(modules) > 50  # the walk found the package
    problems = []
    for path in modules:
        label = str(path.relative_to(PACKAGE.parent))
        problems += undocumented_in(path.read_text(encoding="utf-8"), label)
    assert not problems, "numpy docstring sections missing:\n" + "\n".join(problems)


DOCUMENTED = '''
def scaled(values, factor=1.0, *rest, **options):
    """Scale.

    Parameters
    ----------
    values : list
        Numbers. A description line like this one: names nothing.
    factor, *rest
        Multiplier and more.
    **options
        Ignored.

    Returns
    -------
    list
        The values.
    """
    return [v * factor for v in values]
'''


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(DOCUMENTED, [], id="complete"),
        pytest.param(
            DOCUMENTED.replace("    factor, *rest\n", "    factor\n"),
            ["m.py:2 scaled: Parameters: rest"],
            id="a parameter without an entry",
        ),
        pytest.param(
            DOCUMENTED.replace("(values, factor=1.0,", "(numbers, factor=1.0,"),
            ["m.py:2 scaled: Parameters: numbers; no such parameter: values"],
            id="an entry left behind by a rename",
        ),
        pytest.param(
            DOCUMENTED.replace("Returns\n    -------", "Notes\n    -----"),
            ["m.py:2 scaled: Returns"],
            id="a value without Returns",
        ),
        pytest.param(
            'def words(text):\n    """Words."""\n    yield from text.split()\n',
            ["m.py:1 words: Parameters: text; Yields"],
            id="a generator without sections",
        ),
        pytest.param(
            "class Box:\n    def put(self, item):\n        '''Put.'''\n",
            ["m.py:2 Box.put: Parameters: item"],
            id="a method: self needs no entry",
        ),
        pytest.param(
            "class Box:\n    @property\n    def size(self):\n        '''Size.'''\n"
            "        return 1\n    def _grow(self, n):\n        return n\n",
            [],
            id="a property and a private method",
        ),
        pytest.param(
            "class _Hidden:\n    def put(self, item):\n        return item\n"
            "def outer():\n    '''Outer.'''\n    def inner(x):\n        return x\n"
            "    inner(1)\n",
            [],
            id="a private class's method and a nested function",
        ),
        pytest.param(
            "def stop(flag):\n    '''Stop.\n\n    Parameters\n    ----------\n"
            "    flag : bool\n        Whether.\n    '''\n    if flag:\n        return\n"
            "    return None\n",
            [],
            id="bare return and return None give no value",
        ),
        pytest.param(
            "class Engine(Protocol):\n    def size(self) -> int:\n        '''Size.'''\n"
            "        ...\n    def close(self) -> None:\n        '''Close.'''\n        ...\n",
            ["m.py:2 Engine.size: Returns"],
            id="a protocol's stub returns what its annotation says",
        ),
        pytest.param(
            "def check(flag):\n    '''Check.\n\n    Parameters\n    ----------\n"
            "    flag : bool\n        Whether. KeyError: a description names nothing.\n\n"
            "    Raises\n    ------\n    analysis.errors.TableError\n        When.\n    '''\n"
            "    if flag:\n        raise errors.TableError('x')\n"
            "    try:\n        flag()\n    except OSError as err:\n"
            "        raise wrapped(err) from err\n    except TypeError:\n        raise\n"
            "    raise KeyError\n",
            ["m.py:1 check: Raises: KeyError"],
            id="a raised class missing from Raises",
        ),
    ],
)
def test_the_check_names_what_is_missing(source, expected):
    assert undocumented_in(source, "m.py") == expected


def test_private_modules_are_left_out(tmp_path):
    for relative in ("public.py", "_private.py", "_sub/inner.py", "sub/__init__.py"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("")
    names = [str(p.relative_to(tmp_path)) for p in public_modules(tmp_path)]
    assert names == ["public.py", "sub/__init__.py"]
