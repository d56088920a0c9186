"""The report batch: slugs, parameter checks, failures, index.html and determinism."""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from output_capture import captured_output
from synthetic_tables import write_synthetic_tables

from analysis.errors import ReportError
from analysis.provenance import describe
from analysis.report import batch as report_batch
from analysis.report import params, plan, runner, slugs
from analysis.text import shown_name

SLUG_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TRICKY = "<b>Bold</b> \"q\" 'q' $5 {outlet}\n__import__('os').system('x') \\"
OUTLETS = ["007", "../x", "a/b", TRICKY, "Broken"]
#: A site that served a listing page with no card of its own: a row with no articles.
LISTING_SITE = "listing_page.txt"
STALE_FILES = ("gone-outlet.html", "gone-outlet.ipynb", "gone-outlet.json", "gone.failed.log")


# --------------------------------------------------------------------------- slugs


def test_the_notebooks_say_how_many_articles_an_interval_needs() -> None:
    # the comparison said "none for an outlet with one article" while 2 to 5 got none too
    from analysis.stats.bootstrap import MIN_ARTICLES

    for notebook in (plan.OUTLET_NOTEBOOK, plan.COMPARISON_NOTEBOOK):
        text = " ".join(
            " ".join(cell.source.split())
            for cell in nbformat.read(notebook, as_version=4).cells
            if cell.cell_type == "markdown"
        )
        assert f"fewer than {MIN_ARTICLES} articles" in text
        assert "with one article" not in text


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Alpha News", "alpha-news"),
        ("../x", "x"),
        ("a/b", "a-b"),
        ("..", "outlet"),
        ("/", "outlet"),
        (".hidden", "hidden"),
        ("Le Café", "le-café"),
        ("Ｆｕｌｌ　Ｗｉｄｔｈ", "full-width"),
        ("007", "007"),
        ("東京新聞", "東京新聞"),
        ("Новая газета", "новая-газета"),
        ("हिन्दुस्तान टाइम्स", "हिन्दुस्तान-टाइम्स"),
        ("a\x00b\u202ec", "a-b-c"),
    ],
)
def test_slug_keeps_letters_of_any_script_and_nothing_unsafe(name: str, slug: str) -> None:
    assert slugs.assign_slugs([name]) == {name: slug}


def test_slug_collisions_get_a_hash_of_the_full_name() -> None:
    forward = slugs.assign_slugs(["a b", "A B", "a-b", "..", "/", "Alpha"])
    backward = slugs.assign_slugs(["Alpha", "/", "..", "a-b", "A B", "a b"])
    assert forward == backward
    assert forward["Alpha"] == "alpha"
    for name in ("a b", "A B", "a-b"):
        assert forward[name] == f"a-b-{slugs.name_hash(name)}"
    for name in ("..", "/"):
        assert forward[name] == f"outlet-{slugs.name_hash(name)}"


def test_adding_outlets_keeps_the_other_slugs() -> None:
    # Counters would shift (outlet, outlet-2 ...); stems from the names do not.
    names = ["Новая газета", "Коммерсантъ", "東京新聞", "人民日报", "Korea Herald"]
    before = slugs.assign_slugs(names)
    after = slugs.assign_slugs([*names, "Известия", "朝日新聞", "The Hindu"])
    assert {name: after[name] for name in names} == before
    assert len(set(after.values())) == len(after)


def test_long_names_are_cut_and_still_unique() -> None:
    long_a, long_b = "x" * 100 + "a", "x" * 100 + "b"
    stems = slugs.assign_slugs([long_a, long_b])
    assert stems[long_a] != stems[long_b]
    assert all(
        len(stem) <= slugs.MAX_SLUG_LENGTH + 1 + slugs.HASH_LENGTH for stem in stems.values()
    )


@settings(deadline=None, derandomize=True)
@given(st.lists(st.text(max_size=80), max_size=12))
def test_slugs_are_unique_and_safe_file_names(names: list[str]) -> None:
    stems = slugs.assign_slugs(names)
    assert len(set(stems.values())) == len(stems)
    for stem in stems.values():
        assert stem and stem == stem.strip("-")
        assert "/" not in stem and "\\" not in stem and not stem.startswith(".")
        assert all(unicodedata.category(ch)[0] in "LMN" or ch == "-" for ch in stem), stem
        assert len(stem) <= slugs.MAX_SLUG_LENGTH + 1 + slugs.HASH_LENGTH
        assert len(stem.encode("utf-8")) + len(".failed.ipynb") < 255


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Alpha News", "Alpha News"),
        ("alpha news", "Alpha News"),
        ("ALPHA NEWS", "Alpha News"),
        ("alpha-news", "Alpha News"),
        ("новая газета", "Новая газета"),
    ],
)
def test_resolve_outlet_accepts_any_case_and_the_slug(given: str, expected: str) -> None:
    stems = slugs.assign_slugs(["Alpha News", "Beta", "Новая газета"])
    assert slugs.resolve_outlet(given, stems) == expected


def test_unknown_outlet_is_one_line_listing_the_valid_names() -> None:
    stems = slugs.assign_slugs(["Alpha News", "beta", "Gamma"])
    with pytest.raises(ReportError) as caught:
        slugs.resolve_outlet("Korea Herald", stems)
    message = str(caught.value)
    assert "\n" not in message
    assert message.endswith("valid outlets: 'Alpha News', 'beta', 'Gamma'")


# --------------------------------------------------------------------------- parameters


def test_notebook_parameters_are_typed_and_documented() -> None:
    import papermill

    for notebook in (plan.OUTLET_NOTEBOOK, plan.COMPARISON_NOTEBOOK):
        declared = papermill.inspect_notebook(str(notebook))
        assert "processed_dir" in declared
        for parameter in declared.values():
            assert parameter["inferred_type_name"] == "str", parameter
            assert parameter["help"], parameter


def test_unknown_parameter_is_refused() -> None:
    with pytest.raises(ReportError, match=r"unknown parameter.*outlett"):
        params.check_parameters(plan.OUTLET_NOTEBOOK, {"outlett": "x"})


def test_parameter_of_wrong_type_is_refused() -> None:
    with pytest.raises(ReportError, match="outlet must be str, got int"):
        params.check_parameters(plan.OUTLET_NOTEBOOK, {"outlet": 7})


@pytest.mark.parametrize("name", ["007", TRICKY, "", "tab\tand\rreturn", "Le Café 東京"])
def test_outlet_name_is_injected_as_a_string_literal(name: str) -> None:
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    parameters = params.check_parameters(plan.OUTLET_NOTEBOOK, {"outlet": name})
    nb = parameterize_notebook(load_notebook_node(str(plan.OUTLET_NOTEBOOK)), parameters)
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
    text = runner.notebook_text(runner.clean_notebook(nb))
    assert "2026" not in text
    assert "/somewhere" not in text
    cleaned = json.loads(text)
    assert cleaned["metadata"]["papermill"] == {"parameters": {"outlet": "007"}}
    assert cleaned["cells"][0]["id"] == "injected-parameters"
    assert cleaned["cells"][0]["metadata"]["papermill"] == {"status": "completed"}


# --------------------------------------------------------------------------- the batch


def _failing_outlet_notebook(folder: Path) -> Path:
    """The real outlet report with one extra cell that fails for the outlet 'Broken'."""
    nb = nbformat.read(plan.OUTLET_NOTEBOOK, as_version=4)
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
    for name in STALE_FILES:  # an outlet of an earlier corpus, written by an earlier run
        (reports / "outlets" / name).write_text("stale\n", encoding="utf-8")
    ledger = reports / "outlets" / report_batch.WRITTEN_LEDGER
    ledger.write_text('["gone", "gone-outlet"]\n', encoding="utf-8")
    # the user's copy of an earlier outlet's report: not written by a run, so it stays
    (reports / "outlets" / "gone-outlet-Copy1.ipynb").write_text("{}\n", encoding="utf-8")
    (reports / "outlets" / "notes.txt").write_text("the user's own file\n", encoding="utf-8")
    return {"root": root, "processed": processed, "reports": reports, "notebook": notebook}


@pytest.fixture(scope="module")
def batch_run(batch: dict) -> dict:
    with captured_output() as output:
        status = report_batch.run_reports(
            batch["processed"], batch["reports"], jobs=2, outlet_notebook=batch["notebook"]
        )
    return {**batch, "status": status, "stderr": output.getvalue()}


@pytest.mark.slow
def test_failing_outlet_does_not_stop_the_others(batch_run: dict) -> None:
    assert batch_run["status"] == 1
    outlets_dir = batch_run["reports"] / "outlets"
    stems = slugs.assign_slugs(OUTLETS)
    for name in OUTLETS:
        if name == "Broken":
            continue
        for ext in ("ipynb", "html", "json"):
            assert (outlets_dir / f"{stems[name]}.{ext}").is_file(), (name, ext)
    assert (batch_run["reports"] / "comparison.html").is_file()
    # A line both printed and logged to stderr (the CLI's handler) is one message.
    failures = list(
        dict.fromkeys(
            line for line in batch_run["stderr"].splitlines() if line.startswith("FAILED")
        )
    )
    assert len(failures) == 1
    assert "'Broken'" in failures[0]
    assert re.search(r"cell \d+ \(In \[\d+\]\): ValueError: broken on purpose", failures[0])


@pytest.mark.slow
def test_failure_keeps_the_previous_good_file(batch_run: dict) -> None:
    outlets_dir = batch_run["reports"] / "outlets"
    assert (outlets_dir / "broken.ipynb").read_text(encoding="utf-8").startswith("a good report")
    failed = nbformat.read(outlets_dir / "broken.failed.ipynb", as_version=4)
    errors = [o for c in failed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].ename == "ValueError"
    hidden = [p.name for p in outlets_dir.iterdir() if p.name.startswith(".")]
    assert hidden == [report_batch.WRITTEN_LEDGER]  # no temporary file left over


@pytest.mark.slow
def test_outputs_stay_inside_the_reports_folder(batch_run: dict) -> None:
    root = batch_run["root"]
    for path in root.rglob("*"):
        if path.is_file():
            top = path.relative_to(root).parts[0]
            assert top in ("processed", "reports", "outlet_report.ipynb"), path


@pytest.mark.slow
def test_outlet_json_keeps_names_and_types(batch_run: dict) -> None:
    stems = slugs.assign_slugs(OUTLETS)
    outlets_dir = batch_run["reports"] / "outlets"
    for name in ("007", TRICKY, "../x"):
        data = json.loads((outlets_dir / f"{stems[name]}.json").read_text(encoding="utf-8"))
        assert data["outlet"] == name
        assert isinstance(data["n_articles"], int)


@pytest.mark.slow
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


@pytest.mark.slow
def test_outlet_without_articles_gets_no_report_but_a_line_in_the_index(
    batch_run: dict,
) -> None:
    reports = batch_run["reports"]
    slug = slugs.assign_slugs([*OUTLETS, LISTING_SITE])[LISTING_SITE]
    assert not list((reports / "outlets").glob(f"{slug}.*"))
    assert (
        f"no report for {LISTING_SITE!r}: {plan.NO_ARTICLES_LISTING_SITE}" in (batch_run["stderr"])
    )
    text = (reports / "index.html").read_text(encoding="utf-8")
    heading = text.index("Without a report (1)")
    entry = text.index(f"<b>{LISTING_SITE}</b>: {plan.NO_ARTICLES_LISTING_SITE}")
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
    assert plan.outlets_without_report(table) == {
        "Quiet": plan.NO_ARTICLES,
        "listing.txt": plan.NO_ARTICLES_LISTING_SITE,
    }
    # A listing site's cards are not lost: the reason says where they are counted.
    assert "cards count under the outlets they credit" in plan.NO_ARTICLES_LISTING_SITE
    slugs, jobs = plan.build_jobs(
        table, Path("processed"), Path("reports"), outlets=["Paper", "Quiet"]
    )
    assert set(slugs) == {"Paper", "listing.txt", "Quiet"}
    assert [job.key for job in jobs] == ["outlet:Paper", runner.COMPARISON_KEY]


@pytest.mark.slow
def test_html_reports_have_no_code_cells(batch_run: dict) -> None:
    page = (batch_run["reports"] / "outlets" / "007.html").read_text(encoding="utf-8")
    assert "load_tables" not in page
    assert page.count('src="data:image/svg+xml;base64,PD94bWwg') == 4  # the 4 charts
    assert "Articles" in page


@pytest.mark.slow
def test_index_links_every_outlet_with_escaped_names(batch_run: dict) -> None:
    reports = batch_run["reports"]
    text = (reports / "index.html").read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<b>Bold</b>" not in text
    # the code that computed the figures, to cite with them (its outlet table's record)
    assert f"Figures computed by {describe()}" in text
    parser = _IndexParser()
    parser.feed(text)
    parser.close()
    assert parser.open_tags == []
    # Names are shown with invisible and control characters made visible (text.shown_name).
    assert sorted(parser.row_headers) == sorted(shown_name(name) for name in OUTLETS)
    for href in parser.links:
        assert not href.startswith(("/", "http")), href
        assert (reports / href).is_file(), href
    stems = slugs.assign_slugs(OUTLETS)
    for name in OUTLETS:
        if name != "Broken":
            assert f"outlets/{stems[name]}.html" in parser.links
    assert "comparison.html" in parser.links
    assert "failed: cell" in text


@pytest.mark.slow
def test_same_inputs_give_identical_bytes(batch_run: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given as paths relative to the working directory (as a user types them), the
    # folders still work inside the kernels, which run in the reports folder.
    root = batch_run["root"]
    monkeypatch.chdir(root)
    again = root / "reports-again"
    status = report_batch.run_reports(
        batch_run["processed"].relative_to(root),
        again.relative_to(root),
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


@pytest.mark.slow
def test_unknown_outlet_is_refused(batch: dict, tmp_path: Path) -> None:
    with captured_output() as output:
        status = report_batch.run_reports(batch["processed"], tmp_path, jobs=1, outlets=["Nobody"])
    assert status == 2
    assert not (tmp_path / "outlets").exists()
    lines = list(dict.fromkeys(output.getvalue().strip().splitlines()))  # printed and logged
    assert len(lines) == 1 and "unknown outlet 'Nobody'; valid outlets: " in lines[0]
    assert "'007'" in lines[0] and "'Broken'" in lines[0]


def test_outlet_called_comparison_does_not_clash_with_the_comparison() -> None:
    outcome = runner.BatchOutcome()
    outcome.results["comparison"] = runner.NotebookResult("comparison", "comparison", False)
    outcome.results["outlet:comparison"] = runner.NotebookResult("comparison", "comparison", True)
    outcome.results["outlet:B"] = runner.NotebookResult("B", "b", False, 3, 2, "KeyError", "'x'")
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
        (1, "Kernel didn't respond in 60 seconds", 2, True),
        (runner.KERNEL_START_ATTEMPTS, "Kernel didn't respond in 60 seconds", 3, False),
        (runner.KERNEL_START_ATTEMPTS, "Kernel died before replying to kernel_info", 3, False),
        (1, "something else", 1, False),
    ],
)
def test_kernel_start_failure_is_retried_a_few_times_only(
    times: int, message: str, expected_calls: int, succeeds: bool
) -> None:
    calls: list[str] = []
    execute = _failing(times, message, calls)
    if succeeds:
        assert runner._execute_with_start_retry(execute).cells == []
    else:
        with pytest.raises(RuntimeError, match=message):
            runner._execute_with_start_retry(execute)
    assert len(calls) == expected_calls


def test_templates_are_package_data() -> None:
    import fnmatch
    import tomllib

    from analysis import config
    from analysis.report import render

    pyproject = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["analysis.report"]
    templates = sorted(render.TEMPLATES_DIR.iterdir())
    assert templates
    for template in templates:
        relative = template.relative_to(render.TEMPLATES_DIR.parent).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative


def test_templates_escape_what_they_are_given() -> None:
    from analysis.report import render

    page = render.render_template("heading.html.j2", text="<script>x</script>", subtitle="a&b")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page and "a&amp;b" in page


# --------------------------------------------------------------------------- issue 13


@pytest.mark.slow
def test_reports_of_an_earlier_corpus_are_removed(batch_run: dict) -> None:
    outlets_dir = batch_run["reports"] / "outlets"
    for name in STALE_FILES:
        assert not (outlets_dir / name).exists(), name
    assert (outlets_dir / "notes.txt").is_file()  # not a report file: left alone
    assert (outlets_dir / "gone-outlet-Copy1.ipynb").is_file()  # the user's copy
    assert (outlets_dir / "broken.ipynb").is_file()  # failed this time, still current
    assert f"removed {len(STALE_FILES)} stale file(s)" in batch_run["stderr"]


def test_remove_stale_reports_keeps_current_outlets(tmp_path: Path) -> None:
    for name in ("a.html", "a.json", "a.failed.ipynb", "b.html", "b.failed.log", "b.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / report_batch.WRITTEN_LEDGER).write_text('["a", "b"]', encoding="utf-8")
    removed = report_batch.remove_stale_reports(tmp_path, {"a"})
    assert [p.name for p in removed] == ["b.failed.log", "b.html"]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "a.failed.ipynb",
        "a.html",
        "a.json",
        "b.txt",
    ]


def test_only_reports_a_run_wrote_are_removed_never_the_users_files(tmp_path: Path) -> None:
    # JupyterLab's "Duplicate" and "Save As" next to a report, the user's notes: a
    # report run removed every .ipynb/.html/.json whose name was no current outlet's.
    users = ("cnn-Copy1.ipynb", "cnn-annotated.ipynb", "my-notes.json", "coding-sheet.html")
    for name in ("cnn.ipynb", "cnn.html", "cnn.json", *users):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert report_batch.remove_stale_reports(tmp_path, {"cnn"}) == []  # first run: no ledger
    removed = report_batch.remove_stale_reports(tmp_path, {"fox"})  # cnn left the corpus
    assert sorted(p.name for p in removed) == ["cnn.html", "cnn.ipynb", "cnn.json"]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(users)
    # the ledger now lists this run's outlets only: cnn's copy is never removed later
    assert report_batch.remove_stale_reports(tmp_path, set()) == []


@pytest.mark.slow
def test_saved_report_notebook_reruns_in_place_with_the_same_outputs(batch_run: dict) -> None:
    from nbclient import NotebookClient

    outlets_dir = batch_run["reports"] / "outlets"
    saved_path = outlets_dir / f"{slugs.assign_slugs(OUTLETS)['007']}.ipynb"
    saved = nbformat.read(saved_path, as_version=4)
    rerun = nbformat.read(saved_path, as_version=4)
    # What Run All in JupyterLab or `jupyter nbconvert --execute` does: the kernel
    # starts in the notebook's folder.
    NotebookClient(
        rerun, kernel_name=runner.KERNEL_NAME, resources={"metadata": {"path": str(outlets_dir)}}
    ).execute()
    assert [c.get("outputs") for c in rerun.cells] == [c.get("outputs") for c in saved.cells]
    assert "../" in saved.metadata["papermill"]["parameters"]["processed_dir"]


@pytest.mark.slow
def test_saved_comparison_runs_twice_in_one_kernel(batch_run: dict) -> None:
    # Run All, then Run All again in the same JupyterLab kernel: the names the first
    # run defined are not taken for wrongly named parameters, and the outputs repeat.
    from nbclient import NotebookClient

    reports = batch_run["reports"]
    saved = nbformat.read(reports / "comparison.ipynb", as_version=4)
    notebook = nbformat.read(reports / "comparison.ipynb", as_version=4)
    client = NotebookClient(
        notebook, kernel_name=runner.KERNEL_NAME, resources={"metadata": {"path": str(reports)}}
    )
    with client.setup_kernel():
        for _ in range(2):
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index)

    def outputs(nb: nbformat.NotebookNode) -> list:
        return [
            [{k: v for k, v in o.items() if k != "execution_count"} for o in c.get("outputs", [])]
            for c in nb.cells
        ]

    assert not [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert outputs(notebook) == outputs(saved)


_RAW_PYTHON = re.compile(r"\b(None|nan|NaN|True|False|NaT)\b|<NA>")


class _VisibleText(HTMLParser):
    """The text a reader sees: everything outside <style> and <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def visible_text(page: str) -> str:
    parser = _VisibleText()
    parser.feed(page)
    return " ".join(parser.text)


@pytest.mark.slow
def test_pages_show_no_raw_python_values(batch_run: dict) -> None:
    reports = batch_run["reports"]
    # (definitions.html is prose about the tables: it names NaN where a value is missing)
    pages = [reports / "index.html", reports / "comparison.html"]
    pages += sorted((reports / "outlets").glob("*.html"))
    assert len(pages) > 5
    for page in pages:
        text = visible_text(page.read_text(encoding="utf-8"))
        for name in OUTLETS:  # outlet names are data: they may say anything
            text = text.replace(name, "").replace(html_escape(name), "")
        assert not _RAW_PYTHON.search(text), (page.name, _RAW_PYTHON.search(text))


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


@pytest.mark.slow
def test_every_page_links_to_the_index_comparison_and_definitions(batch_run: dict) -> None:
    reports = batch_run["reports"]
    for page in [reports / "index.html", reports / "comparison.html", reports / "definitions.html"]:
        text = page.read_text(encoding="utf-8")
        for target in ("index.html", "comparison.html", "definitions.html"):
            assert f'href="{target}"' in text, (page.name, target)
    for page in sorted((reports / "outlets").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        for target in ("index.html", "comparison.html", "definitions.html"):
            assert f'href="../{target}"' in text, (page.name, target)


def test_index_is_sorted_case_insensitively(tmp_path: Path) -> None:
    from synthetic_tables import synthetic_tables

    from analysis.report import render

    names = ["beta", "Alpha", "Ángel", "charlie", "Bravo"]
    table = synthetic_tables(names)["outlet_metrics"]
    page = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    parser = _IndexParser()
    parser.feed(page)
    assert parser.row_headers == sorted(names, key=str.casefold)
    assert 'href="definitions.html"' in page


def test_index_shows_the_saves_left_out_beside_the_articles(tmp_path: Path) -> None:
    # h269's crawl saved each story two or three times: the index read "498 articles,
    # 498 pages" for 969 rows of one outlet, the 471 saves left out in no column
    from synthetic_tables import synthetic_tables

    from analysis.report import render

    names = ["Alpha", "Beta"]
    table = synthetic_tables(names)["outlet_metrics"]
    plain = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    assert "saved again" not in plain  # no outlet saved a story twice: no column
    table = table.assign(n_resaves=[471, 0])
    page = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    headers = re.findall(r'<th class="num">([^<]+)<br>', page)
    assert headers[headers.index("articles") + 1] == "saved again"
    alpha = page[page.index(">Alpha</th>") :].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="num">([^<]*)</td>', alpha)
    assert cells[headers.index("saved again")] == "471"


def test_index_shows_teasers_and_each_outlets_readability_language(tmp_path: Path) -> None:
    # h293: the index read "9 articles" for an outlet whose 5 were a homepage's cards (its
    # quote share and median on the other 4), and put a French Flesch score (Kandel and
    # Moles's formula) in one column with English ones, with no language beside it
    from synthetic_tables import synthetic_tables

    from analysis.report import render

    names = ["Alpha", "Beta", "Gamma"]
    table = synthetic_tables(names)["outlet_metrics"]
    plain = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    assert "of them teasers" not in plain and "readability language" not in plain
    table = table.assign(n_teasers=[5, 0, 0], readability_language=["en", "fr", "en"])
    page = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    headers = re.findall(r'<th class="num">([^<]+)<br>', page)
    assert headers[headers.index("articles") + 1] == "of them teasers"
    assert headers[headers.index("Flesch reading ease") - 1] == "readability language"
    beta = page[page.index(">Beta</th>") :].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="num">([^<]*)</td>', beta)
    assert cells[headers.index("readability language")] == "fr"
    alpha = page[page.index(">Alpha</th>") :].split("</tr>", 1)[0]
    assert (
        re.findall(r'<td class="num">([^<]*)</td>', alpha)[headers.index("of them teasers")] == "5"
    )


def test_index_says_how_many_articles_an_outlets_readability_reads(tmp_path: Path) -> None:
    # review h319: a site printing 1 of its 9 stories in English showed Flesch 72.5 beside
    # its 9 articles, nothing saying that the score was of that one story
    from synthetic_tables import synthetic_tables

    from analysis.report import render, views

    names = ["Alpha", "Beta", "Gamma"]
    table = synthetic_tables(names, articles_per_outlet=3)["outlet_metrics"]
    plain = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    assert "readability articles" not in plain  # every article scored: nothing to say
    table = table.assign(n_readability_articles=[3, 1, 3])
    page = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    headers = re.findall(r'<th class="num">([^<]+)<br>', page)
    assert headers[headers.index("Flesch reading ease") - 1] == "readability articles"
    beta = page[page.index(">Beta</th>") :].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="num">([^<]*)</td>', beta)
    assert cells[headers.index("readability articles")] == "1"
    shown = views.outlet_table(table).data.set_index("outlet")
    assert shown.loc["Beta", views.READABILITY_ARTICLES_HEADER] == 1


@pytest.mark.slow
def test_papermill_with_a_wrong_parameter_name_fails_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    processed = write_synthetic_tables(tmp_path / "processed", ["Korea Herald", "Beta"])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "papermill",
            str(plan.OUTLET_NOTEBOOK),
            str(tmp_path / "out.ipynb"),
            "-p",
            "outlet_name",
            "Korea Herald",
            "-p",
            "processed_dir",
            str(processed),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "ParameterError" in line]
    assert lines, result.stderr[-2000:]
    assert "unknown parameter(s) outlet_name; this notebook takes" in lines[-1]
    assert "Traceback" not in result.stderr.split("ParameterError", 1)[1]


def test_documentation_pages_link_only_to_pages_of_the_report_site(tmp_path: Path) -> None:
    import re

    from analysis.report import render

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "metrics.md").write_text(
        "# Definitions\n\nQuotes: see [the quote rules](quotes.md#limits); the layout is in "
        "[architecture](architecture.md); [outside](https://example.org/x). <b>raw</b>\n",
        encoding="utf-8",
    )
    (docs / "quotes.md").write_text("# Quotes\n\n## Limits\n\nBack to [metrics](metrics.md).\n")
    pages = render.documentation_pages(docs)
    assert sorted(pages) == ["definitions.html", "quotes.html"]
    definitions = pages["definitions.html"]
    hrefs = re.findall(r'href="([^"]+)"', definitions)
    assert "quotes.html#limits" in hrefs
    assert "https://example.org/x" in hrefs
    assert not any(href.endswith(".md") or ".md#" in href for href in hrefs), hrefs
    assert "architecture" in visible_text(definitions)  # the text stays, the dead link goes
    assert "<b>raw</b>" not in definitions  # raw HTML in the Markdown is escaped
    assert 'href="definitions.html"' in pages["quotes.html"]


def test_the_projects_docs_link_only_to_rendered_pages() -> None:
    import re

    from analysis.report import render

    pages = render.documentation_pages()
    assert "definitions.html" in pages and "quotes.html" in pages
    for name, page in pages.items():
        for href in re.findall(r'href="([^"]+)"', page):
            if href.startswith(("http://", "https://", "#")):
                continue
            assert href.split("#")[0] in {*pages, "index.html", "comparison.html"}, (name, href)


def test_a_run_for_some_outlets_says_which_earlier_reports_it_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """`report --outlet A` after `git pull`: the others' saved reports are not redone,
    and the summary says so (their figures are an earlier run's)."""
    import pandas as pd

    table = pd.DataFrame(
        {"outlet": ["Paper", "Daily", "Weekly"], "n_articles": [3, 2, 1], "n_listing_pages": 0}
    )
    reports = tmp_path / "reports"
    names, jobs = plan.build_jobs(table, tmp_path / "processed", reports, outlets=["Paper"])
    (reports / "outlets").mkdir(parents=True)
    for slug in names.values():
        (reports / "outlets" / f"{slug}.ipynb").write_text("{}\n", encoding="utf-8")
    report_batch._print_summary(runner.BatchOutcome(), jobs, reports, {}, names)
    out = capsys.readouterr().out
    assert "2 other outlets' reports kept as an earlier run wrote them, not run again" in out
    _, every = plan.build_jobs(table, tmp_path / "processed", reports)
    report_batch._print_summary(runner.BatchOutcome(), every, reports, {}, names)
    assert "kept" not in capsys.readouterr().out
