"""The report batch: slugs, parameter checks, failures, index.html and determinism."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from synthetic_tables import write_synthetic_tables

from analysis.errors import ReportError
from analysis.report import batch as report

SLUG_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TRICKY = "<b>Bold</b> \"q\" 'q' $5 {outlet}\n__import__('os').system('x') \\"
OUTLETS = ["007", "../x", "a/b", TRICKY, "Broken"]
#: A site that served a listing page with no card of its own: a row with no articles.
LISTING_SITE = "listing_page.txt"


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


#: Attributes through which a page loads something (a link <a href> only points).
RESOURCE_ATTRIBUTES = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
_REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_CSS_REMOTE = re.compile(r"@import|url\(\s*['\"]?\s*(https?:)?//", re.IGNORECASE)
_JS_REMOTE = re.compile(r"""(import|from)\s*\(?\s*['"](https?:)?//""", re.IGNORECASE)


class _ResourceParser(HTMLParser):
    """Collects what a page would fetch from elsewhere: remote resource URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.remote: list[str] = []
        self.images: list[str] = []
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in RESOURCE_ATTRIBUTES.get(tag, ()) and value and _REMOTE.match(value):
                self.remote.append(f"<{tag} {name}={value}>")
            if tag == "img" and name == "src":
                self.images.append(value or "")
            if name == "style" and value and _CSS_REMOTE.search(value):
                self.remote.append(f"<{tag} style={value}>")
        self._inside = tag if tag in ("style", "script") else None

    def handle_endtag(self, tag: str) -> None:
        self._inside = None

    def handle_data(self, data: str) -> None:
        pattern = {"style": _CSS_REMOTE, "script": _JS_REMOTE}.get(self._inside or "")
        found = pattern.search(data) if pattern is not None else None
        if found:
            self.remote.append(f"<{self._inside}>{found.group(0)}")


def remote_resources(page: str) -> _ResourceParser:
    """Parse a page and return what it loads from the network (``.remote``)."""
    parser = _ResourceParser()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize(
    "page",
    [
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js">'
        "</script>",
        '<link rel="stylesheet" href="//fonts.example.org/css">',
        "<style>@import 'https://fonts.example.org/x.css';</style>",
        "<style>body { background: url(https://example.org/a.png) }</style>",
        '<script type="module">import m from "https://cdn.example.org/m.mjs";</script>',
        '<img src="http://example.org/chart.png">',
    ],
)
def test_remote_resource_check_finds_what_needs_the_network(page: str) -> None:
    assert remote_resources(page).remote != []


def test_remote_resource_check_lets_links_and_inline_data_pass() -> None:
    page = (
        '<a href="https://example.org/story">source</a>'
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">'
        "<style>.x { background: url(data:image/png;base64,iVBO) }</style>"
    )
    assert remote_resources(page).remote == []


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
    processed = write_synthetic_tables(root / "processed", OUTLETS, listing_sites=(LISTING_SITE,))
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


def test_html_pages_work_offline(batch_run: dict) -> None:
    reports = batch_run["reports"]
    pages = sorted((reports / "outlets").glob("*.html"))
    assert len(pages) == len(OUTLETS) - 1  # every outlet but 'Broken'
    for path in [*pages, reports / "comparison.html", reports / "index.html"]:
        found = remote_resources(path.read_text(encoding="utf-8"))
        assert found.remote == [], (path.name, found.remote)
        assert all(src.startswith("data:image/") for src in found.images), path.name
    charts = remote_resources((reports / "comparison.html").read_text(encoding="utf-8")).images
    assert len(charts) == 5  # the figures are in the page itself


def test_outlet_without_articles_gets_no_report_but_a_line_in_the_index(
    batch_run: dict,
) -> None:
    reports = batch_run["reports"]
    slug = report.assign_slugs([*OUTLETS, LISTING_SITE])[LISTING_SITE]
    assert not list((reports / "outlets").glob(f"{slug}.*"))
    assert (
        f"no report for {LISTING_SITE!r}: {report.NO_ARTICLES_LISTING_SITE}"
        in (batch_run["stderr"])
    )
    text = (reports / "index.html").read_text(encoding="utf-8")
    heading = text.index("Without a report (1)")
    entry = text.index(f"<b>{LISTING_SITE}</b>: {report.NO_ARTICLES_LISTING_SITE}")
    assert heading < entry
    assert f"outlets/{slug}." not in text
    assert "report: 4 of 5 outlet reports written" in batch_run["stderr"]  # not 4 of 6


def test_outlets_without_report_are_those_without_articles() -> None:
    import pandas as pd

    table = pd.DataFrame(
        {
            "outlet": ["Paper", "listing.txt", "Quiet", None],
            "n_articles": [3, 0, 0, 0],
            "n_listing_pages": [0, 2, 0, 1],
        }
    )
    assert report.outlets_without_report(table) == {
        "Quiet": report.NO_ARTICLES,
        "listing.txt": report.NO_ARTICLES_LISTING_SITE,
    }
    slugs, jobs = report.build_jobs(
        table, Path("processed"), Path("reports"), outlets=["Paper", "Quiet"]
    )
    assert set(slugs) == {"Paper", "listing.txt", "Quiet"}
    assert [job.key for job in jobs] == ["outlet:Paper", report.COMPARISON_KEY]


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


def _failing(times: int, message: str, calls: list[str]) -> Callable[[], nbformat.NotebookNode]:
    """A notebook run that raises RuntimeError(message) ``times`` times, then succeeds."""

    def execute() -> nbformat.NotebookNode:
        calls.append(message)
        if len(calls) <= times:
            raise RuntimeError(message)
        return nbformat.v4.new_notebook()

    return execute


@pytest.mark.parametrize(
    ("times", "message", "expected_calls", "succeeds"),
    [
        (2, "Kernel died before replying to kernel_info", 3, True),
        (report.KERNEL_START_ATTEMPTS, "Kernel died before replying to kernel_info", 3, False),
        (1, "something else", 1, False),
    ],
)
def test_kernel_start_failure_is_retried_a_few_times_only(
    times: int, message: str, expected_calls: int, succeeds: bool
) -> None:
    calls: list[str] = []
    execute = _failing(times, message, calls)
    if succeeds:
        assert report._execute_with_start_retry(execute).cells == []
    else:
        with pytest.raises(RuntimeError, match=message):
            report._execute_with_start_retry(execute)
    assert len(calls) == expected_calls
