"""The report batch: slugs, parameter checks, failures, index.html and determinism."""

from __future__ import annotations

import ast
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from synthetic_tables import write_synthetic_tables

from analysis import report
from analysis.errors import ReportError

SLUG_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TRICKY = "<b>Bold</b> \"q\" 'q' $5 {outlet}\n__import__('os').system('x') \\"
OUTLETS = ["007", "../x", "a/b", TRICKY, "Broken"]


# --------------------------------------------------------------------------- slugs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Alpha News", "alpha-news"),
        ("../x", "x"),
        ("a/b", "a-b"),
        ("..", "outlet"),
        ("/", "outlet"),
        ("Le Café", "le-cafe"),
        ("007", "007"),
        ("東京新聞", "outlet"),
    ],
)
def test_outlet_slug_is_safe(name: str, slug: str) -> None:
    assert report.outlet_slug(name, set()) == slug


def test_slug_collisions_get_numbers_in_sorted_order() -> None:
    forward = report.assign_slugs(["a b", "A B", "a-b", "..", "/"])
    backward = report.assign_slugs(["/", "..", "a-b", "A B", "a b"])
    assert forward == backward
    expected = {"..": "outlet", "/": "outlet-2", "A B": "a-b", "a b": "a-b-2", "a-b": "a-b-3"}
    assert forward == expected


@settings(deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12))
def test_slugs_are_unique_and_plain(names: list[str]) -> None:
    slugs = report.assign_slugs(names)
    assert len(set(slugs.values())) == len(slugs)
    for slug in slugs.values():
        assert SLUG_PATTERN.fullmatch(slug), slug
        assert len(slug) <= report.MAX_SLUG_LENGTH + 4


# --------------------------------------------------------------------------- parameters


def test_notebook_parameters_are_typed_and_documented() -> None:
    import papermill

    for notebook in (report.OUTLET_NOTEBOOK, report.COMPARISON_NOTEBOOK):
        declared = papermill.inspect_notebook(str(notebook))
        assert "processed_dir" in declared
        for parameter in declared.values():
            assert parameter["inferred_type_name"] == "str", parameter
            assert parameter["help"], parameter


def test_unknown_parameter_is_refused() -> None:
    with pytest.raises(ReportError, match=r"unknown parameter.*outlett"):
        report.check_parameters(report.OUTLET_NOTEBOOK, {"outlett": "x"})


def test_parameter_of_wrong_type_is_refused() -> None:
    with pytest.raises(ReportError, match="outlet must be str, got int"):
        report.check_parameters(report.OUTLET_NOTEBOOK, {"outlet": 7})


@pytest.mark.parametrize("name", ["007", TRICKY, "", "tab\tand\rreturn", "Le Café 東京"])
def test_outlet_name_is_injected_as_a_string_literal(name: str) -> None:
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    parameters = report.check_parameters(report.OUTLET_NOTEBOOK, {"outlet": name})
    nb = parameterize_notebook(load_notebook_node(str(report.OUTLET_NOTEBOOK)), parameters)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    statements = ast.parse(injected.source).body
    assert len(statements) == 1
    assert isinstance(statements[0], ast.Assign)
    assert isinstance(statements[0].value, ast.Constant)
    assert statements[0].value.value == name
    assert type(statements[0].value.value) is str


def test_clean_notebook_drops_timings_and_paths() -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {
        "start_time": "2026-01-01T00:00:00",
        "end_time": "2026-01-01T00:00:01",
        "duration": 1.0,
        "input_path": "/somewhere/in.ipynb",
        "output_path": "/somewhere/out.ipynb",
        "parameters": {"outlet": "007"},
    }
    cell = nbformat.v4.new_code_cell("1")
    cell.metadata["execution"] = {"iopub.status.idle": "2026-01-01T00:00:00"}
    cell.metadata["papermill"] = {"duration": 0.1, "start_time": "t", "status": "completed"}
    cell.metadata["tags"] = ["injected-parameters"]
    nb.cells.append(cell)
    text = report.notebook_text(report.clean_notebook(nb))
    assert "2026" not in text
    assert "/somewhere" not in text
    cleaned = json.loads(text)
    assert cleaned["metadata"]["papermill"] == {"parameters": {"outlet": "007"}}
    assert cleaned["cells"][0]["id"] == "injected-parameters"
    assert cleaned["cells"][0]["metadata"]["papermill"] == {"status": "completed"}


# --------------------------------------------------------------------------- the batch


def _failing_outlet_notebook(folder: Path) -> Path:
    """The real outlet report with one extra cell that fails for the outlet 'Broken'."""
    nb = nbformat.read(report.OUTLET_NOTEBOOK, as_version=4)
    setup = next(i for i, c in enumerate(nb.cells) if "load_tables" in c.source)
    cell = nbformat.v4.new_code_cell(
        'if outlet == "Broken":\n    raise ValueError("broken on purpose")'
    )
    cell["id"] = "fail-on-purpose"
    nb.cells.insert(setup + 1, cell)
    path = folder / "outlet_report.ipynb"
    nbformat.write(nb, path)
    return path


class _IndexParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.row_headers: list[str] = []
        self._in_row_header = False
        self.open_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br"):
            self.open_tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"] or "")
        if tag == "th" and ("scope", "row") in attrs:
            self._in_row_header = True
            self.row_headers.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.open_tags and self.open_tags[-1] == tag, (self.open_tags, tag)
        self.open_tags.pop()
        if tag == "th":
            self._in_row_header = False

    def handle_data(self, data: str) -> None:
        if self._in_row_header:
            self.row_headers[-1] += data


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("batch")
    processed = write_synthetic_tables(root / "processed", OUTLETS)
    notebook = _failing_outlet_notebook(root)
    reports = root / "reports"
    good = reports / "outlets" / "broken.ipynb"
    good.parent.mkdir(parents=True)
    good.write_text("a good report from an earlier run\n", encoding="utf-8")
    return {"root": root, "processed": processed, "reports": reports, "notebook": notebook}


@pytest.fixture(scope="module")
def batch_run(batch: dict) -> dict:
    import contextlib
    import io

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = report.run_reports(
            batch["processed"], batch["reports"], jobs=2, outlet_notebook=batch["notebook"]
        )
    return {**batch, "status": status, "stderr": stderr.getvalue()}


def test_failing_outlet_does_not_stop_the_others(batch_run: dict) -> None:
    assert batch_run["status"] == 1
    outlets_dir = batch_run["reports"] / "outlets"
    slugs = report.assign_slugs(OUTLETS)
    for name in OUTLETS:
        if name == "Broken":
            continue
        for ext in ("ipynb", "html", "json"):
            assert (outlets_dir / f"{slugs[name]}.{ext}").is_file(), (name, ext)
    assert (batch_run["reports"] / "comparison.html").is_file()
    failures = [line for line in batch_run["stderr"].splitlines() if line.startswith("FAILED")]
    assert len(failures) == 1
    assert "'Broken'" in failures[0]
    assert re.search(r"cell \d+ \(In \[\d+\]\): ValueError: broken on purpose", failures[0])


def test_failure_keeps_the_previous_good_file(batch_run: dict) -> None:
    outlets_dir = batch_run["reports"] / "outlets"
    assert (outlets_dir / "broken.ipynb").read_text(encoding="utf-8").startswith("a good report")
    failed = nbformat.read(outlets_dir / "broken.failed.ipynb", as_version=4)
    errors = [o for c in failed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].ename == "ValueError"
    leftovers = [p.name for p in outlets_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_outputs_stay_inside_the_reports_folder(batch_run: dict) -> None:
    root = batch_run["root"]
    for path in root.rglob("*"):
        if path.is_file():
            top = path.relative_to(root).parts[0]
            assert top in ("processed", "reports", "outlet_report.ipynb"), path


def test_outlet_json_keeps_names_and_types(batch_run: dict) -> None:
    slugs = report.assign_slugs(OUTLETS)
    outlets_dir = batch_run["reports"] / "outlets"
    for name in ("007", TRICKY, "../x"):
        data = json.loads((outlets_dir / f"{slugs[name]}.json").read_text(encoding="utf-8"))
        assert data["outlet"] == name
        assert isinstance(data["n_articles"], int)


def test_html_reports_have_no_code_cells(batch_run: dict) -> None:
    page = (batch_run["reports"] / "outlets" / "007.html").read_text(encoding="utf-8")
    assert "load_tables" not in page
    assert page.count('src="data:image/svg+xml;base64,PD94bWwg') == 4  # the 4 charts
    assert "Articles" in page


def test_index_links_every_outlet_with_escaped_names(batch_run: dict) -> None:
    reports = batch_run["reports"]
    text = (reports / "index.html").read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<b>Bold</b>" not in text
    parser = _IndexParser()
    parser.feed(text)
    parser.close()
    assert parser.open_tags == []
    assert sorted(parser.row_headers) == sorted(OUTLETS)
    for href in parser.links:
        assert not href.startswith(("/", "http")), href
        assert (reports / href).is_file(), href
    slugs = report.assign_slugs(OUTLETS)
    for name in OUTLETS:
        if name != "Broken":
            assert f"outlets/{slugs[name]}.html" in parser.links
    assert "comparison.html" in parser.links
    assert "failed: cell" in text


def test_same_inputs_give_identical_bytes(batch_run: dict) -> None:
    again = batch_run["root"] / "reports-again"
    status = report.run_reports(
        batch_run["processed"],
        again,
        jobs=2,
        outlets=["007"],
        outlet_notebook=batch_run["notebook"],
    )
    assert status == 0
    for relative in (
        "outlets/007.ipynb",
        "outlets/007.html",
        "outlets/007.json",
        "comparison.ipynb",
        "comparison.html",
    ):
        first = (batch_run["reports"] / relative).read_bytes()
        assert (again / relative).read_bytes() == first, relative


def test_unknown_outlet_is_refused(batch: dict, tmp_path: Path) -> None:
    status = report.run_reports(batch["processed"], tmp_path, jobs=1, outlets=["Nobody"])
    assert status == 2
    assert not (tmp_path / "outlets").exists()


def test_outlet_called_comparison_does_not_clash_with_the_comparison() -> None:
    outcome = report.BatchOutcome()
    outcome.results["comparison"] = report.NotebookResult("comparison", "comparison", False)
    outcome.results["outlet:comparison"] = report.NotebookResult("comparison", "comparison", True)
    outcome.results["outlet:B"] = report.NotebookResult("B", "b", False, 3, 2, "KeyError", "'x'")
    assert set(outcome.outlet_results) == {"comparison", "B"}
    assert outcome.outlet_results["comparison"].ok
    assert [r.stem for r in outcome.failures] == ["b", "comparison"]
    assert outcome.failures[0].describe_failure() == "cell 3 (In [2]): KeyError: 'x'"
