"""The import graph of the package: every module imports, no cycles, no private names taken
from another module, and the layers point one way (model <- extractors <- pipeline).

The graph is read from the source with `ast`, not from a running interpreter, so an import
inside a function counts like one at the top; imports under `if TYPE_CHECKING:` are for the
type checker only and do not count. The plan-version diff sits between the records and the
pipeline (model <- diff <- pipeline): it reads records, never PDFs or the pipeline.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import agendapack
from agendapack import diff, extractors, pipeline


def _modules() -> dict[str, Path]:
    """Every module of the installed package, by name, with its source file."""
    found = {f"agendapack.{p.stem}": p for p in Path(agendapack.__path__[0]).glob("*.py") if p.stem != "__init__"}
    found["agendapack"] = Path(agendapack.__path__[0]) / "__init__.py"
    for pkg in (pipeline, extractors, diff):
        found[pkg.__name__] = Path(pkg.__path__[0]) / "__init__.py"
        for info in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg.__name__}."):
            spec = importlib.util.find_spec(info.name)
            assert spec is not None and spec.origin, info.name
            found[info.name] = Path(spec.origin)
    return found


MODULES = _modules()


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import statement outside `if TYPE_CHECKING:` blocks."""
    out: list[tuple[str, list[str]]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue
            if isinstance(child, ast.Import):
                out.extend((a.name, []) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                assert child.level == 0, f"{path}: relative import (the package uses absolute imports)"
                out.append((child.module or "", [a.name for a in child.names]))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return out


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for module, names in _imports(path):
            if module not in MODULES:
                continue
            # `from package import submodule` depends on the submodule, not on the package
            subs = [f"{module}.{n}" for n in names if f"{module}.{n}" in MODULES]
            graph[name].update(subs or [module])
    for name in graph:
        graph[name].discard(name)
    return graph


GRAPH = _graph()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return found


def test_the_package_has_its_families():
    for name in ("agendapack.model", "agendapack.pipeline.run.tasks", "agendapack.pipeline.outputs.summary",
                 "agendapack.extractors.pdf.types", "agendapack.extractors.text.layer",
                 "agendapack.extractors.minutes.votes", "agendapack.extractors.tables.model"):
        assert name in MODULES, name


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name):
    importlib.import_module(name)


def test_no_import_cycles():
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_private_names_imported_from_another_module():
    offences = [
        f"{name} imports {module}.{n}"
        for name, path in MODULES.items()
        for module, names in _imports(path)
        if module.startswith("agendapack") and module != name
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert offences == []


def _imports_of(prefix: str) -> dict[str, set[str]]:
    return {name: deps for name, deps in GRAPH.items() if name == prefix or name.startswith(prefix + ".")}


def test_the_model_is_at_the_bottom():
    assert GRAPH["agendapack.model"] == set()


def test_extractors_never_import_the_pipeline():
    offences = {n: d for n, d in _imports_of("agendapack.extractors").items()
                if any(x.startswith("agendapack.pipeline") for x in d)}
    assert offences == {}


def test_the_diff_reads_records_only():
    # model <- diff <- pipeline: the diff takes the model, its own record model and the text
    # helpers of the extractors; it never opens a PDF nor reaches into the pipeline
    allowed = ("agendapack.model", "agendapack.diff_model", "agendapack.diff", "agendapack.extractors.text")
    offences = {n: sorted(d for d in deps if not d.startswith(allowed))
                for n, deps in _imports_of("agendapack.diff").items()}
    assert {n: d for n, d in offences.items() if d} == {}
    assert "agendapack.diff" in MODULES and "agendapack.diff.rows" in MODULES


def test_the_diff_model_is_a_record_model():
    assert GRAPH["agendapack.diff_model"] == set()
    below = [dep for name, deps in GRAPH.items() if name.startswith(("agendapack.extractors", "agendapack.model"))
             for dep in deps if dep.startswith("agendapack.diff")]
    assert below == []


def test_pdf_engines_import_only_the_page_model():
    for engine in ("agendapack.extractors.pdf.pdfium_engine", "agendapack.extractors.pdf.pdfplumber_engine"):
        assert GRAPH[engine] <= {"agendapack.extractors.pdf.types", "agendapack.extractors.pdf.common"}, engine


def test_batch_and_cluster_share_tasks_and_do_not_import_each_other():
    batch, cluster = "agendapack.pipeline.run.batch", "agendapack.pipeline.run.cluster"
    assert batch not in GRAPH[cluster]
    assert "agendapack.pipeline.run.tasks" in GRAPH[cluster]


def test_outputs_read_records_not_pdfs():
    # renderers and exporters only read records (the page inspector draws a PDF page: it is the
    # one output that opens the file)
    for name, deps in _imports_of("agendapack.pipeline.outputs").items():
        if name.endswith(".inspect"):
            continue
        assert not any(d.startswith("agendapack.extractors") for d in deps), name


def test_the_stages_docstring_states_the_order_the_registry_runs():
    from agendapack.pipeline import stages

    stated = next(line.split("->") for line in stages.__doc__.splitlines() if "->" in line)
    assert [name.strip() for name in stated] == stages.stage_names()
