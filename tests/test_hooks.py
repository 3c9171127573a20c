"""Every hook the project registers is one that Wagtail, wagtail-localize or the project itself
calls: a misspelt hook name is never called, and nothing says so."""

import ast
import re
from pathlib import Path

import wagtail
import wagtail_localize

PROJECT = Path(__file__).resolve().parents[1]
PROJECT_SOURCES = ("examples_library", "home", "programs", "site")
# A quoted snake_case word: how a hook's caller names it (`get_hooks("...")`, a menu's
# `register_hook_name = "..."`, a template's `{% hook_output "..." %}`).
QUOTED_NAME = re.compile(r"""["']([a-z][a-z0-9_]*)["']""")


def is_hook_registration(node):
    function = node.func
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "register"
        and isinstance(function.value, ast.Name)
        and function.value.id == "hooks"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    )


def project_files():
    for folder in PROJECT_SOURCES:
        yield from (PROJECT / folder).rglob("*.py")


def registered_hooks():
    """(file:line, hook name) of each `hooks.register("name", ...)` in the project."""
    for path in project_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and is_hook_registration(node):
                yield f"{path.relative_to(PROJECT)}:{node.lineno}", node.args[0].value


def called_hook_names():
    """Names quoted anywhere in Wagtail's, wagtail-localize's and the project's code and
    templates, except where a hook is registered: every name a hook could be called by."""
    names = set()
    packages = (Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent)
    files = [path for package in packages for path in package.rglob("*.py")]
    files += [path for package in packages for path in package.rglob("*.html")]
    files += list(project_files())
    for path in files:
        if {"tests", "test"} & set(path.parts):
            continue
        for line in path.read_text(errors="replace").splitlines():
            if "hooks.register(" not in line:
                names.update(QUOTED_NAME.findall(line))
    return names


def test_every_registered_hook_is_one_that_is_called():
    called = called_hook_names()
    registered = list(registered_hooks())
    assert len(registered) > 10
    never_called = [f"{where}: {name}" for where, name in registered if name not in called]
    assert never_called == [], "hooks that nothing calls (misspelt?)"


def test_a_misspelt_hook_name_is_caught():
    called = called_hook_names()
    assert "construct_homepage_panels" in called
    assert "construct_homepage_panel" not in called
    assert "headless_description_fields" in called, "the project's own hook"
