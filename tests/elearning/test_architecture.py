"""How the apps depend on each other, read from the source with ast (nothing
is imported, so a rule broken anywhere fails here even if no other test
loads that module):

- no product app imports the demo content;
- quizzes imports nothing from modules (modules holds quizzes in its
  lessons; quizzes asks through its Wagtail hooks);
- modules imports nothing from the cohort apps, cohorts nothing from
  assignments or evaluations (they answer through hooks);
- the module-level imports between the apps' modules form no cycle;
- an import inside a function is there only to break a cycle, and a
  ``# cycle: a -> b -> a`` comment right above it names that cycle, which
  must be real: every arrow is an import in the source;
- or it defers a slow third-party library that only that function needs,
  with a ``# deferred: why`` comment right above it (every process loads the
  apps, and Wagtail imports every ``wagtail_hooks``): then no module of the
  product imports that library at module level, or deferring saves nothing;
- ``AppConfig.ready()`` imports what needs the app registry (Django loads the
  models after the app configs), with one comment at the top saying so.

The same goes for the demo app and for the benchmark scripts in bench/
(imported by file name, so named by it here: ``production``). A script's
``# deferred:`` may give any reason, such as the models waiting for the
``django.setup()`` it calls. "Right above" is the block of comments, imports
and blank lines above the import, so one comment at the top of a function
serves every import there.
"""

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
DEMO = "demo"
BENCH = "bench"  # scripts, not a package: each module is imported by its file name


@dataclass(frozen=True)
class Import:
    module: str  # the module the import is in
    target: str  # what it imports: a module name
    line: int
    function: str  # the enclosing function ("" at module level)
    cycle: str  # the text after "# cycle:" right above the import, or ""
    deferred: str = ""  # the text after "# deferred:" right above the import, or ""
    note: str = ""  # the first comment right above the import, or ""


def product_apps() -> list[str]:
    """The project's own apps (top-level packages beside manage.py), without the demo."""
    return sorted(c.name for c in apps.get_app_configs() if Path(c.path).parent == ROOT and c.name != DEMO)


def is_demo(name: str) -> bool:
    return any(DEMO in part for part in name.split("."))


def modules_of(apps: list[str]) -> dict[str, Path]:
    """Every module of ``apps`` (top-level packages) by its dotted name, except migrations."""
    found = {}
    for app in apps:
        for path in (ROOT / app).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def product_modules() -> dict[str, Path]:
    """Every module of the product apps, except migrations and demo content."""
    return {name: path for name, path in modules_of(product_apps()).items() if not is_demo(name)}


def bench_modules() -> dict[str, Path]:
    """The benchmark scripts, by the name they import each other with."""
    return {path.stem: path for path in sorted((ROOT / BENCH).glob("*.py"))}


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _comment(lines: list[str], line: int, prefix: str) -> str:
    """The text after ``prefix`` in the comment block right above ``line`` (1-based), or above the imports
    and blank lines right before it (one comment for a group of imports, or for the top of a function)."""
    index = line - 2
    while index >= 0 and (not lines[index].strip() or lines[index].strip().startswith(("import ", "from "))):
        index -= 1
    while index >= 0 and lines[index].strip().startswith("#"):  # the nearest comment block, its last line first
        text = lines[index].strip()
        if text.startswith(prefix):
            return text.removeprefix(prefix).strip()
        index -= 1
    return ""


def imports_of(module: str, source: str, known: set[str], *, is_package: bool = False) -> list[Import]:
    lines = source.splitlines()
    package = module if is_package else module.rpartition(".")[0]
    found = []

    def visit(node, function: str, cls: str = "") -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, f"{function or cls}.{child.name}".lstrip("."))
                continue
            if isinstance(child, ast.ClassDef):
                visit(child, function, cls="" if function else child.name)
                continue
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:  # relative: from the package, one level up per extra dot
                    parts = package.split(".")
                    prefix = ".".join(parts[: len(parts) - child.level + 1])
                    base = f"{prefix}.{base}" if base else prefix
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in child.names]
            else:
                visit(child, function, cls)
                continue
            cycle = _comment(lines, child.lineno, "# cycle:") if function else ""
            deferred = _comment(lines, child.lineno, "# deferred:") if function else ""
            note = _comment(lines, child.lineno, "#") if function else ""
            found.extend(
                Import(module, target, child.lineno, function, cycle, deferred, note)
                for target in dict.fromkeys(targets)
            )

    visit(ast.parse(source), "")
    return found


def _imports_in(modules: dict[str, Path], known: set[str]) -> tuple[Import, ...]:
    return tuple(
        found
        for name, path in sorted(modules.items())
        for found in imports_of(name, path.read_text(), known, is_package=path.name == "__init__.py")
    )


@cache
def all_imports() -> tuple[Import, ...]:
    """Every import of the product, parsed once per test process for the rules below."""
    modules = product_modules()
    return _imports_in(modules, set(modules))


@cache
def demo_and_bench_imports() -> tuple[tuple[Import, ...], tuple[Import, ...]]:
    """Every import of the demo app and of the benchmark scripts, for the rule on imports in functions."""
    demo, bench = modules_of([DEMO]), bench_modules()
    known = set(product_modules()) | set(demo) | set(bench)
    return _imports_in(demo, known), _imports_in(bench, known)


def is_app_ready(found: Import) -> bool:
    return found.module.endswith(".apps") and found.function.endswith(".ready")


def cycle_problems(found: Import, imports: list[Import]) -> list[str]:
    """Why the '# cycle:' comment on ``found`` does not describe a real cycle."""
    chain = [part.strip() for part in found.cycle.split("->")]
    where = f"{found.module}:{found.line}"
    if len(chain) < 3 or chain[0] != chain[-1]:
        return [f"{where}: '{found.cycle}' is not a cycle (a -> b -> a)"]
    problems = []
    if not (within(found.module, chain[0]) and within(found.target, chain[1])):
        problems.append(f"{where}: the cycle should start with this import ({found.module} -> {found.target})")
    for source, target in zip(chain, chain[1:], strict=False):
        if not any(within(i.module, source) and within(i.target, target) for i in imports):
            problems.append(f"{where}: nothing in {source} imports {target}")
    return problems


def deferred_problems(found: Import, imports: list[Import], product: set[str]) -> list[str]:
    """Why the '# deferred:' comment on ``found`` does not defer anything."""
    where = f"{found.module}:{found.line}"
    library = found.target.partition(".")[0]
    if any(within(found.target, module) or within(module, library) for module in product):
        return [f"{where}: only a third-party library is deferred; {found.target} is the product's: name the cycle"]
    return [
        f"{where}: {library} is deferred here but {i.module}:{i.line} imports it at module level"
        for i in imports
        if not i.function and within(i.target, library)
    ]


def first_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle in the graph as a list of nodes (first == last), or []."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[node] = "done"
        stack.pop()
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


# --- The rules -------------------------------------------------------------------------


def test_there_are_product_apps_to_check():
    assert {"modules", "quizzes", "theme_sessions", "coteaching"} <= set(product_apps())
    assert DEMO not in product_apps()
    assert len(all_imports()) > 500


def test_no_product_app_imports_the_demo_content():
    wrong = [f"{i.module}:{i.line} imports {i.target}" for i in all_imports() if is_demo(i.target)]
    assert wrong == []


def test_quizzes_imports_nothing_from_modules():
    wrong = [
        f"{i.module}:{i.line} imports {i.target}"
        for i in all_imports()
        if within(i.module, "quizzes") and within(i.target, "modules")
    ]
    assert wrong == []


def test_cohort_apps_depend_one_way():
    """modules asks the cohort apps through hooks; cohorts asks assignments
    and evaluations through hooks (COHORT_DESIGN.md)."""
    above = {"modules": ("cohorts", "assignments", "evaluations"), "cohorts": ("assignments", "evaluations")}
    wrong = [
        f"{i.module}:{i.line} imports {i.target}"
        for i in all_imports()
        for app, forbidden in above.items()
        if within(i.module, app) and any(within(i.target, f) for f in forbidden)
    ]
    assert wrong == []


def test_module_level_imports_form_no_cycle():
    modules = set(product_modules())
    graph: dict[str, set[str]] = {}
    for found in all_imports():
        if not found.function and found.target in modules and found.target != found.module:
            graph.setdefault(found.module, set()).add(found.target)
    assert first_cycle(graph) == []


def test_every_import_in_a_function_names_the_cycle_it_breaks():
    """In the product, the demo app and the benchmark scripts."""
    demo, bench = demo_and_bench_imports()
    apps_imports = (*all_imports(), *demo)
    imports = (*apps_imports, *bench)
    ready = [i for i in imports if i.function and is_app_ready(i)]
    unexplained = [f"{i.module}:{i.line} imports {i.target}" for i in ready if not i.note]
    assert unexplained == [], "Say at the top of ready() why it imports there (the app registry must be ready)"
    lazy = [i for i in imports if i.function and not is_app_ready(i)]
    missing = [f"{i.module}:{i.line} ({i.function}) imports {i.target}" for i in lazy if not (i.cycle or i.deferred)]
    assert missing == [], "Import at the top of the module, or name the cycle: # cycle: a -> b -> a"
    assert [problem for i in lazy if i.cycle for problem in cycle_problems(i, imports)] == []
    # A script may defer an import for its own reasons (Django is set up later); the apps only a library.
    apps_modules = set(product_modules()) | set(modules_of([DEMO]))
    deferred = [i for i in lazy if i.deferred and not i.cycle and i.module in apps_modules]
    assert [problem for i in deferred for problem in deferred_problems(i, apps_imports, apps_modules)] == []


# --- The checks see what they look for ---------------------------------------------------


def test_the_checks_find_a_lazy_import_and_read_its_cycle_comment():
    source = (
        "from quizzes import models\n\n\n"
        "def plain():\n    from modules import services\n\n\n"
        "class Config:\n    def ready(self):\n        # Connect the handlers.\n"
        "        # cycle: quizzes.x -> modules.services -> quizzes.x\n        from modules import services\n"
    )
    found = imports_of("quizzes.x", source, known={"modules.services", "quizzes.models"})
    cycle = "quizzes.x -> modules.services -> quizzes.x"
    assert found == [
        Import("quizzes.x", "quizzes.models", 1, "", ""),
        Import("quizzes.x", "modules.services", 5, "plain", ""),
        Import("quizzes.x", "modules.services", 12, "Config.ready", cycle, note="cycle: " + cycle),
    ]


def test_one_comment_at_the_top_of_a_function_explains_its_imports():
    source = (
        "def main():\n    # deferred: Django is set up first\n    import scenarios\n\n"
        "    from quizzes import models\n    print(1)\n    from modules import models\n"
    )
    found = imports_of("run", source, known={"quizzes.models", "modules.models"})
    assert [(i.target, i.deferred, i.note) for i in found] == [
        ("scenarios", "Django is set up first", "deferred: Django is set up first"),
        ("quizzes.models", "Django is set up first", "deferred: Django is set up first"),
        ("modules.models", "", ""),
    ]


def test_a_cycle_comment_must_name_imports_that_exist():
    lazy = Import("a.services", "a.tasks", 3, "create", "a.services -> a.tasks -> a.services")
    back = Import("a.tasks", "a.services", 1, "", "")
    assert cycle_problems(lazy, [lazy, back]) == []
    assert cycle_problems(lazy, [lazy]) == ["a.services:3: nothing in a.tasks imports a.services"]
    assert cycle_problems(Import("a.x", "b", 3, "f", "a.x -> b"), []) == [
        "a.x:3: 'a.x -> b' is not a cycle (a -> b -> a)"
    ]


def test_a_deferred_import_reads_its_reason_and_must_defer_a_library_for_good():
    source = (
        "def render():\n    # deferred: slow to import, only rendering needs it\n"
        "    from weasyprint import HTML\n    from weasyprint.urls import URLFetcher\n"
    )
    found = imports_of("a.pdf", source, known=set())
    reason = "slow to import, only rendering needs it"
    assert found == [
        Import("a.pdf", "weasyprint", 3, "render", "", reason, "deferred: " + reason),
        Import("a.pdf", "weasyprint.urls", 4, "render", "", reason, "deferred: " + reason),
    ]
    assert deferred_problems(found[1], found, product={"a.pdf"}) == []
    eager = Import("a.other", "weasyprint", 1, "", "")
    assert deferred_problems(found[0], [*found, eager], product={"a.pdf", "a.other"}) == [
        "a.pdf:3: weasyprint is deferred here but a.other:1 imports it at module level"
    ]
    own = Import("a.pdf", "a.services", 3, "render", "", reason)
    assert deferred_problems(own, [own], product={"a.pdf", "a.services"}) == [
        "a.pdf:3: only a third-party library is deferred; a.services is the product's: name the cycle"
    ]


def test_the_cycle_finder_finds_a_cycle():
    assert first_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert first_cycle({"a": {"b"}, "b": {"c"}, "d": {"a", "c"}}) == []
