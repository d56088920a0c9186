"""Run the report notebooks with papermill: one outlet report per outlet, then the comparison.

``python -m analysis report`` calls :func:`run_reports`, which

- reads the outlet names from ``outlet_metrics.parquet`` and gives each a safe, unique
  file name (:func:`outlet_slug`), so an outlet called ``../x`` or ``a/b`` writes
  nowhere but ``reports/outlets/``;
- checks the parameters against the notebook's ``parameters`` cell before running
  (:func:`check_parameters`: papermill itself only warns on unknown names), and passes
  values with their Python types, so an outlet called ``"007"`` stays a string; every
  value must come back unchanged from the literal papermill injects, so an outlet name
  reaches the notebook as data, never as code;
- runs ``notebooks/outlet_report.ipynb`` once per outlet in parallel worker processes
  (default one per core) with a progress bar, then ``notebooks/comparison.ipynb``;
  outlets without articles (a listing site's page chrome) get no report
  (:func:`outlets_without_report`) and are listed in the index with the reason;
- writes ``reports/outlets/SLUG.ipynb``, ``SLUG.html`` (no code cells) and ``SLUG.json``
  (written by the notebook), ``reports/comparison.ipynb`` and ``.html`` and
  ``reports/index.html``; each file goes to a temporary name first and is renamed into
  place, so a failure never leaves a half-written file where a good one was; the HTML
  pages are self-contained (no script, style sheet or image from the network);
- strips execution timestamps, durations and paths from the saved notebooks, so the
  same inputs give byte-identical outputs;
- keeps going when one outlet fails and ends with a summary naming each failure with
  its cell and error; the exit status is 1 if any notebook failed;
- stops cleanly on Ctrl-C (:func:`run_jobs`): running notebooks are stopped and their
  kernels shut down, the summary names what finished and what did not, exit status 130.

``python -m analysis references`` re-executes the reference notebooks in
``notebooks/`` in place (outputs kept for nbval); see ``docs/notebooks.md``.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import copy
import html
import logging
import math
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd

from analysis import config
from analysis.errors import AnalysisError, ReportError
from analysis.io import write_text_atomic

OUTLET_NOTEBOOK = config.NOTEBOOKS_DIR / "outlet_report.ipynb"
COMPARISON_NOTEBOOK = config.NOTEBOOKS_DIR / "comparison.ipynb"
REFERENCE_NOTEBOOKS = ("exploration.ipynb", "outlet_report.ipynb", "comparison.ipynb")
KERNEL_NAME = "python3"
COMPARISON_KEY = "comparison"
CELL_TIMEOUT_SECONDS = 600
MAX_SLUG_LENGTH = 60

# Metadata papermill and nbclient add on every run that differ from run to run.
_VOLATILE_NOTEBOOK_KEYS = ("duration", "start_time", "end_time", "input_path", "output_path")
_VOLATILE_CELL_KEYS = ("duration", "start_time", "end_time")


# --------------------------------------------------------------------------- names


def outlet_slug(name: str, taken: set[str]) -> str:
    """Return a safe, unique file-name stem for an outlet and add it to ``taken``.

    The stem is ASCII, lowercase, made of ``[a-z0-9-]`` only (so no ``..``, no ``/``,
    no hidden file), at most :data:`MAX_SLUG_LENGTH` characters; accents are folded
    (``Le Café`` -> ``le-cafe``); a name with nothing left becomes ``outlet``. A stem
    already in ``taken`` gets ``-2``, ``-3``, ... Call it on names in a fixed (sorted)
    order for deterministic stems.

    Parameters
    ----------
    name : str
        The outlet name, any text.
    taken : set of str
        Stems already used; updated in place.

    Returns
    -------
    str
        The new stem.
    """
    folded = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:MAX_SLUG_LENGTH].strip("-")
    base = base or "outlet"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def assign_slugs(names: Iterable[str]) -> dict[str, str]:
    """Map each outlet name to its stem, assigning in sorted name order."""
    taken: set[str] = set()
    return {name: outlet_slug(name, taken) for name in sorted(set(names))}


# --------------------------------------------------------------------------- parameters

_TYPE_CHECKS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
}


def check_parameters(notebook: str | Path, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Check parameters against a notebook's ``parameters`` cell before running it.

    Parameters
    ----------
    notebook : str or Path
        The notebook.
    parameters : mapping
        Name to value, as they will be passed to papermill.

    Returns
    -------
    dict
        The parameters, unchanged.

    Raises
    ------
    ReportError
        A name the notebook does not declare, a value whose type differs from the
        declared one (``bool`` is not an ``int``), or a value that does not come back
        unchanged from the Python literal papermill writes into the notebook.
    """
    import papermill
    from papermill.translators import PythonTranslator

    declared = papermill.inspect_notebook(str(notebook))
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise ReportError(
            f"{notebook}: unknown parameter(s) {', '.join(unknown)}; "
            f"the notebook declares {', '.join(sorted(declared)) or 'none'}"
        )
    for name, value in parameters.items():
        expected = _TYPE_CHECKS.get(str(declared[name].get("inferred_type_name")))
        wrong_bool = isinstance(value, bool) and bool not in (expected or (bool,))
        if expected is not None and (not isinstance(value, expected) or wrong_bool):
            raise ReportError(
                f"{notebook}: parameter {name} must be "
                f"{declared[name]['inferred_type_name']}, got {type(value).__name__}"
            )
        literal = PythonTranslator.translate(value)
        try:
            round_trip = ast.literal_eval(literal)
        except (ValueError, SyntaxError) as err:
            raise ReportError(f"{notebook}: parameter {name} is not a plain literal") from err
        if type(round_trip) is not type(value) or round_trip != value:
            raise ReportError(f"{notebook}: parameter {name} would not reach the notebook as is")
    return dict(parameters)


# --------------------------------------------------------------------------- notebooks


def clean_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove what differs from run to run: timings, paths, random cell ids.

    Papermill records start and end times, durations and the input and output paths;
    nbclient records per-cell execution timestamps; cells papermill inserts get random
    ids. Parameters and cell status stay.
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    papermill_meta = nb.metadata.get("papermill")
    if papermill_meta is not None:
        for key in _VOLATILE_NOTEBOOK_KEYS:
            papermill_meta.pop(key, None)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell_meta = cell.metadata.get("papermill")
        if cell_meta is not None:
            for key in _VOLATILE_CELL_KEYS:
                cell_meta.pop(key, None)
        tags = cell.metadata.get("tags", [])
        if "injected-parameters" in tags:
            cell["id"] = "injected-parameters"
        elif "papermill-error-cell-tag" in tags:
            cell["id"] = f"papermill-error-{index}"
    return nb


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """Serialize a notebook the way nbformat writes files (sorted keys, final newline)."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


# nbconvert's lab page with every script left out: its head loads require.js, MathJax
# and mermaid from a CDN (and the widget manager for notebooks with widgets), so the
# page would need the network. The reports need none of them: tables are HTML, charts
# are SVG inlined as data URLs, the lab style sheets are inlined, markdown has no math.
_OFFLINE_TEMPLATE_NAME = "offline_report.html.j2"
_OFFLINE_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def render_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Render a notebook as a self-contained HTML page without code cells or prompts.

    The page loads nothing from the network: no scripts, style sheets inlined, charts
    embedded as data URLs with their description as alt text. It reads the same
    offline as online.
    """
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_loaders=[jinja2.DictLoader({_OFFLINE_TEMPLATE_NAME: _OFFLINE_TEMPLATE})],
        template_file=_OFFLINE_TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.log.setLevel(logging.ERROR)  # alt text is added below
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return _SVG_IMAGE.sub(_svg_alt_text, body)


_SVG_IMAGE = re.compile(
    r'<img alt="No description has been provided for this image" '
    r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"'
)
_SVG_TITLE = re.compile(r"<dc:title>(.*?)</dc:title>", re.DOTALL)


def _svg_alt_text(match: re.Match[str]) -> str:
    # Charts carry their description as SVG title (analysis.report.views.figure_svg).
    svg = base64.b64decode(match.group(1)).decode("utf-8", errors="replace")
    title = _SVG_TITLE.search(svg)
    alt = html.unescape(title.group(1)) if title else "chart"
    source = f"data:image/svg+xml;base64,{match.group(1)}"
    return f'<img alt="{html.escape(alt, quote=True)}" src="{source}"'


@dataclass(frozen=True)
class NotebookJob:
    """One notebook run: where from, with what, and where its outputs go.

    Attributes
    ----------
    key : str
        Unique id of the run: ``outlet:NAME`` or ``comparison``.
    name : str
        What the run is about (an outlet name, or ``comparison``), for messages.
    notebook : Path
        The notebook to execute.
    output_dir : Path
        Folder receiving ``stem.ipynb``, ``stem.html`` and (if ``json_name``) the JSON.
    stem : str
        File-name stem (a slug).
    parameters : dict
        Checked parameters; relative paths are relative to a working folder one level
        below ``output_dir``.
    json_name : str or None
        The file the notebook writes in its working folder, moved to ``output_dir``.
    title : str
        Title of the HTML page.
    """

    key: str
    name: str
    notebook: Path
    output_dir: Path
    stem: str
    parameters: dict[str, Any]
    json_name: str | None
    title: str


@dataclass(frozen=True)
class NotebookResult:
    """How a :class:`NotebookJob` went; on failure, which cell and which error."""

    name: str
    stem: str
    ok: bool
    cell_index: int | None = None
    exec_count: int | None = None
    ename: str = ""
    evalue: str = ""

    def describe_failure(self) -> str:
        """One line naming the cell and the error."""
        where = "before any cell ran"
        if self.cell_index is not None:
            count = "-" if self.exec_count is None else self.exec_count
            where = f"cell {self.cell_index} (In [{count}])"
        return f"{where}: {self.ename}: {self.evalue}".rstrip(": ")


def _first_line(text: str, limit: int = 300) -> str:
    line = str(text).strip().split("\n")[0]
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _path_for_papermill(path: Path) -> str:
    # papermill formats paths with the parameters (str.format): keep braces literal.
    return str(path).replace("{", "{{").replace("}", "}}")


def run_notebook_job(job: NotebookJob) -> NotebookResult:
    """Execute one notebook with papermill and write its outputs atomically.

    Never raises for a failing notebook: the failure is returned, and the executed
    notebook (with the error) is saved as ``stem.failed.ipynb`` for inspection. In a
    batch worker, Ctrl-C stops the run (the kernel is shut down, the working folder
    removed) until the outputs are being renamed into place; from then on the job
    finishes, so an outlet's files are all from one run.
    """
    job.output_dir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=f".{job.stem}.", dir=job.output_dir))
    try:
        with _INTERRUPTS.allowed():
            executed = _execute_job(job, workdir)
        if isinstance(executed, NotebookResult):
            return executed
        nb, page, json_path = executed
        write_text_atomic(job.output_dir / f"{job.stem}.ipynb", notebook_text(nb))
        write_text_atomic(job.output_dir / f"{job.stem}.html", page)
        if json_path is not None:
            os.replace(json_path, job.output_dir / f"{job.stem}.json")
        failed_path = job.output_dir / f"{job.stem}.failed.ipynb"
        failed_path.unlink(missing_ok=True)
        failed_path.with_suffix(".log").unlink(missing_ok=True)
        return NotebookResult(job.name, job.stem, True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _execute_job(
    job: NotebookJob, workdir: Path
) -> NotebookResult | tuple[nbformat.NotebookNode, str, Path | None]:
    """Run the notebook in ``workdir``: a failure, or the notebook, its page, its JSON."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed_path = workdir / f"{job.stem}.ipynb"
    failed_path = job.output_dir / f"{job.stem}.failed.ipynb"
    kernel_log = workdir / "kernel.log"
    try:
        with _stderr_to(kernel_log):
            nb = _execute_with_start_retry(
                lambda: papermill.execute_notebook(
                    nbformat.read(job.notebook, as_version=4),
                    _path_for_papermill(executed_path),
                    parameters=job.parameters,
                    kernel_name=KERNEL_NAME,
                    progress_bar=False,
                    request_save_on_cell_execute=False,
                    cwd=str(workdir),
                    execution_timeout=CELL_TIMEOUT_SECONDS,
                )
            )
    except PapermillExecutionError as err:
        _save_failed(executed_path, failed_path, kernel_log)
        return NotebookResult(
            job.name,
            job.stem,
            False,
            cell_index=err.cell_index,
            exec_count=err.exec_count,
            ename=err.ename,
            evalue=_first_line(err.evalue),
        )
    except Exception as err:  # kernel died, timeout, unreadable notebook ...
        _save_failed(executed_path, failed_path, kernel_log)
        return NotebookResult(
            job.name, job.stem, False, ename=type(err).__name__, evalue=_first_line(err)
        )
    nb = clean_notebook(nb)
    json_path = workdir / job.json_name if job.json_name else None
    if json_path is not None and not json_path.is_file():
        return NotebookResult(
            job.name, job.stem, False, ename="ReportError", evalue="no statistics JSON"
        )
    return nb, render_html(nb, job.title), json_path


class _InterruptGate:
    """Ctrl-C in a batch worker: honoured once, and only while a notebook runs.

    The worker's SIGINT handler raises :class:`KeyboardInterrupt` only inside
    :meth:`allowed` and only the first time, so the kernel shutdown that follows is not
    itself interrupted, and a Ctrl-C while outputs are renamed into place waits for the
    renaming to end. A Ctrl-C that arrives before the section starts is honoured when it
    starts. Outside a worker (no handler installed) the gate changes nothing.
    """

    def __init__(self) -> None:
        self.armed = False
        self.requested = False

    def handler(self, signum: int, frame: object) -> None:
        """SIGINT handler for worker processes."""
        self.requested = True
        if self.armed:
            self.armed = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def allowed(self) -> Iterator[None]:
        """A section that Ctrl-C may stop."""
        if self.requested:
            raise KeyboardInterrupt
        self.armed = True
        try:
            yield
        finally:
            self.armed = False


_INTERRUPTS = _InterruptGate()


# Kernels started at the same moment can pick the same TCP port; the loser dies before
# any cell runs. Such a start failure is retried; a failure inside a cell never is.
KERNEL_START_FAILURE = "before replying to kernel_info"
KERNEL_START_ATTEMPTS = 3


def _execute_with_start_retry(
    execute: Callable[[], nbformat.NotebookNode],
) -> nbformat.NotebookNode:
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            return execute()
        except RuntimeError as err:
            if KERNEL_START_FAILURE not in str(err) or attempt == KERNEL_START_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _save_failed(executed_path: Path, failed_path: Path, kernel_log: Path) -> None:
    # Keep the evidence next to the reports: the notebook with the error, the kernel log.
    if executed_path.is_file():
        nb = clean_notebook(nbformat.read(executed_path, as_version=4))
        write_text_atomic(failed_path, notebook_text(nb))
    if kernel_log.is_file():
        log = kernel_log.read_text(encoding="utf-8", errors="replace")
        write_text_atomic(failed_path.with_suffix(".log"), log)


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send this process's stderr (and so the kernel's, which inherits it) to a file.

    Kernels print start-up and shutdown chatter that would bury the progress bar; the
    log is kept as ``stem.failed.log`` when the notebook fails.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("ab") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _set_kernel_environment() -> None:
    # Kernels inherit the environment: fix string hashing for stable outputs.
    os.environ["PYTHONHASHSEED"] = "0"
    # Find this environment's python3 kernel before any user-wide one of the same name.
    here = str(Path(sys.prefix) / "share" / "jupyter")
    others = os.environ.get("JUPYTER_PATH", "")
    os.environ["JUPYTER_PATH"] = here + (os.pathsep + others if others else "")


# --------------------------------------------------------------------------- index

#: Why an outlet with no articles gets no report (outlet_metrics has a row for every
#: site that served a listing page, for its page chrome, even when no card is its own).
NO_ARTICLES_LISTING_SITE = "listing site: page chrome only, no articles"
NO_ARTICLES = "no articles"


def outlets_without_report(outlet_metrics: pd.DataFrame) -> dict[str, str]:
    """Outlets that get no report, each with the reason: those with no articles.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table (``n_articles``, and ``n_listing_pages`` when present).

    Returns
    -------
    dict
        Outlet name to reason, in name order.
    """
    table = outlet_metrics.dropna(subset=["outlet"])
    n_articles = pd.to_numeric(table["n_articles"], errors="coerce").fillna(0)
    n_listing = pd.to_numeric(
        table.get("n_listing_pages", pd.Series(0, index=table.index)), errors="coerce"
    ).fillna(0)
    reasons = {}
    for name, articles, listing in zip(
        table["outlet"].astype(str), n_articles, n_listing, strict=True
    ):
        if articles == 0 and name != "":
            reasons[name] = NO_ARTICLES_LISTING_SITE if listing > 0 else NO_ARTICLES
    return dict(sorted(reasons.items()))


def _format_value(value: Any, scale: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    number = float(value) * scale
    return f"{number:.0f}" if number.is_integer() else f"{number:.1f}"


def index_html(
    outlet_metrics: pd.DataFrame,
    slugs: Mapping[str, str],
    reports_dir: Path,
    results: Mapping[str, NotebookResult],
    comparison: NotebookResult | None = None,
) -> str:
    """The reports' front page: every outlet, a link to its report, its statistics.

    Outlets without articles (see :func:`outlets_without_report`) get no report; they
    are listed in a section of their own with the reason.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table.
    slugs : mapping
        Outlet name to file stem.
    reports_dir : Path
        The reports folder (to see which reports exist).
    results : mapping
        Outlet name to this run's result (outlets not run this time: absent).
    comparison : NotebookResult, optional
        This run's result for the comparison notebook.

    Returns
    -------
    str
        A stand-alone HTML5 page with relative links and escaped names.
    """
    from analysis.report.views import OUTLET_STATISTICS

    stats = [s for s in OUTLET_STATISTICS if s[0] in outlet_metrics.columns]
    head = "".join(
        f"<th>{html.escape(label)}<br><small>{html.escape(unit)}</small></th>"
        for _, label, unit, _ in stats
    )
    rows = []
    without_report = outlets_without_report(outlet_metrics)
    table = outlet_metrics.dropna(subset=["outlet"]).copy()
    table["outlet"] = table["outlet"].astype(str)
    table = table[~table["outlet"].isin(without_report)]
    for _, row in table.sort_values("outlet").iterrows():
        name = row["outlet"]
        slug = slugs[name]
        links = [
            f'<a href="outlets/{html.escape(slug, quote=True)}.{ext}">{label}</a>'
            for ext, label in (("html", "report"), ("ipynb", "notebook"), ("json", "JSON"))
            if (reports_dir / "outlets" / f"{slug}.{ext}").is_file()
        ]
        result = results.get(name)
        if result is not None and not result.ok:
            links.append(
                f'<span class="failed">failed: {html.escape(result.describe_failure())}</span>'
            )
            if (reports_dir / "outlets" / f"{slug}.failed.ipynb").is_file():
                links.append(f'<a href="outlets/{slug}.failed.ipynb">failed notebook</a>')
        cells = "".join(
            f"<td>{_format_value(row[column], scale)}</td>" for column, _, _, scale in stats
        )
        rows.append(
            f'<tr><th scope="row">{html.escape(name)}</th><td>{" · ".join(links)}</td>{cells}</tr>'
        )
    extras = []
    for href, label in (
        ("comparison.html", "All outlets side by side"),
        ("comparison.ipynb", "comparison notebook"),
        ("outlet_metrics.csv", "outlet_metrics.csv"),
    ):
        if (reports_dir / href).is_file():
            extras.append(f'<a href="{href}">{label}</a>')
    if comparison is not None and not comparison.ok:
        extras.append(
            f'<span class="failed">comparison failed: '
            f"{html.escape(comparison.describe_failure())}</span>"
        )
    body_rows = "\n".join(rows)
    skipped_section = ""
    if without_report:
        items = "\n".join(
            f"<li><b>{html.escape(name)}</b>: {html.escape(reason)}</li>"
            for name, reason in without_report.items()
        )
        skipped_section = (
            f'<h2 id="without-report">Without a report ({len(without_report)})</h2>\n'
            "<p>These sources have a row in the outlet table but no articles, so there "
            "is nothing to report on.</p>\n"
            f'<ul class="without-report">\n{items}\n</ul>\n'
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Outlet reports</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }}
th[scope="row"], td:nth-child(2) {{ text-align: left; }}
.failed {{ color: #b00020; }}
</style>
</head>
<body>
<h1>Outlet reports</h1>
<p>{" · ".join(extras)}</p>
<p>{len(rows)} outlets. Percentages are 0-100; readability is word-weighted.
Definitions: docs/metrics.md in the project.</p>
<table>
<thead><tr><th>outlet</th><th>files</th>{head}</tr></thead>
<tbody>
{body_rows}
</tbody>
</table>
{skipped_section}</body>
</html>
"""


# --------------------------------------------------------------------------- batch


def _relative_from_workdir(target: Path, output_dir: Path) -> str:
    # Notebooks run in a temporary folder one level below output_dir; a relative path
    # keeps absolute paths (and the temporary name) out of the saved notebooks.
    return os.path.relpath(target.resolve(), output_dir.resolve() / "_")


def build_jobs(
    outlet_metrics: pd.DataFrame,
    processed_dir: Path,
    reports_dir: Path,
    outlets: list[str] | None = None,
    outlet_notebook: Path = OUTLET_NOTEBOOK,
    comparison_notebook: Path = COMPARISON_NOTEBOOK,
) -> tuple[dict[str, str], list[NotebookJob]]:
    """Plan the runs: slugs for every outlet, checked parameters, one job per notebook.

    Every outlet gets a slug; outlets without articles (:func:`outlets_without_report`)
    get no job, even when asked for.

    Raises
    ------
    ReportError
        An outlet asked for is not in the table, or the parameters do not fit.
    """
    from analysis.report.views import outlet_names

    names = outlet_names(outlet_metrics)
    slugs = assign_slugs(names)
    chosen = names if outlets is None else sorted(set(outlets))
    missing = [name for name in chosen if name not in slugs]
    if missing:
        raise ReportError(f"unknown outlet(s): {', '.join(map(repr, missing))}")
    without_report = outlets_without_report(outlet_metrics)
    chosen = [name for name in chosen if name not in without_report]
    outlets_dir = reports_dir / "outlets"
    jobs = []
    for name in chosen:
        slug = slugs[name]
        parameters = check_parameters(
            outlet_notebook,
            {
                "outlet": name,
                "processed_dir": _relative_from_workdir(processed_dir, outlets_dir),
                "output_json": f"{slug}.json",
            },
        )
        jobs.append(
            NotebookJob(
                key=f"outlet:{name}",
                name=name,
                notebook=outlet_notebook,
                output_dir=outlets_dir,
                stem=slug,
                parameters=parameters,
                json_name=f"{slug}.json",
                title=f"{name} - outlet report",
            )
        )
    parameters = check_parameters(
        comparison_notebook,
        {"processed_dir": _relative_from_workdir(processed_dir, reports_dir)},
    )
    jobs.append(
        NotebookJob(
            key=COMPARISON_KEY,
            name="comparison",
            notebook=comparison_notebook,
            output_dir=reports_dir,
            stem="comparison",
            parameters=parameters,
            json_name=None,
            title="All outlets side by side",
        )
    )
    return slugs, jobs


@dataclass
class BatchOutcome:
    """Results of a batch, by job key, in completion order.

    Attributes
    ----------
    results : dict
        Job key to result, for every job that ran to its end (well or not).
    unfinished : list of NotebookJob
        Jobs stopped by Ctrl-C or never started because of it, in plan order.
    interrupted : bool
        The batch was stopped by Ctrl-C (SIGINT).
    """

    results: dict[str, NotebookResult] = field(default_factory=dict)
    unfinished: list[NotebookJob] = field(default_factory=list)
    interrupted: bool = False

    def _sorted(self, ok: bool) -> list[NotebookResult]:
        chosen = [
            (key == COMPARISON_KEY, r.name, r) for key, r in self.results.items() if r.ok == ok
        ]
        return [r for *_, r in sorted(chosen, key=lambda item: item[:2])]

    @property
    def failures(self) -> list[NotebookResult]:
        """Failed runs, outlets first, sorted by name."""
        return self._sorted(ok=False)

    @property
    def finished(self) -> list[NotebookResult]:
        """Runs that wrote their files, outlets first, sorted by name."""
        return self._sorted(ok=True)

    @property
    def outlet_results(self) -> dict[str, NotebookResult]:
        """Outlet reports' results by outlet name."""
        return {r.name: r for key, r in self.results.items() if key != COMPARISON_KEY}


#: After Ctrl-C, how long workers get to shut their kernels down before being killed.
STOP_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class _Worker:
    """A worker process running one job; it sends the result (``None``: interrupted)."""

    job: NotebookJob
    process: multiprocessing.process.BaseProcess
    receiver: Any  # multiprocessing.connection.Connection


def _worker_main(job: NotebookJob, sender: Any) -> None:
    # First thing: Ctrl-C reaches workers too (same process group); see _InterruptGate.
    signal.signal(signal.SIGINT, _INTERRUPTS.handler)
    _set_kernel_environment()
    result: NotebookResult | None
    try:
        result = run_notebook_job(job)
    except KeyboardInterrupt:
        result = None
    sender.send(result)
    sender.close()


def _start_worker(context: Any, job: NotebookJob) -> _Worker:
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_worker_main, args=(job, sender), daemon=False)
    process.start()
    sender.close()
    return _Worker(job, process, receiver)


def _collect(worker: _Worker) -> NotebookResult | None:
    """The result a finished worker sent; a failure if it died without sending one."""
    try:
        result = worker.receiver.recv() if worker.receiver.poll() else _NO_RESULT
    except (EOFError, OSError):  # died while sending
        result = _NO_RESULT
    worker.receiver.close()
    worker.process.join()
    if result is _NO_RESULT:
        code = worker.process.exitcode
        return NotebookResult(
            worker.job.name,
            worker.job.stem,
            False,
            ename="WorkerDied",
            evalue=f"the worker process ended with exit code {code} before reporting",
        )
    return result


_NO_RESULT = object()


class _SigintWakeup:
    """Turn Ctrl-C in the batch process into a readable pipe instead of an exception.

    While installed (main thread only), SIGINT sets :attr:`fired` and writes to a pipe
    that the batch loop waits on with the workers, so the loop stops starting jobs and
    asks running workers to stop, instead of being torn down mid-step.
    """

    def __init__(self) -> None:
        self.read_fd, self._write_fd = os.pipe()
        os.set_blocking(self._write_fd, False)
        self.fired = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: object) -> None:
        self.fired = True
        with contextlib.suppress(OSError):
            os.write(self._write_fd, b"\0")

    def __enter__(self) -> _SigintWakeup:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
        os.close(self.read_fd)
        os.close(self._write_fd)


def _load_worker_modules() -> None:
    # Workers are forked per job and inherit what this process has loaded: load here,
    # once, the modules every job needs (papermill, the kernel machinery, nbconvert's
    # templates), instead of in every worker.
    import papermill  # noqa: F401
    from jupyter_client.kernelspec import KernelSpecManager

    with contextlib.suppress(Exception):  # only a warm-up; the jobs report real errors
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        render_html(nbformat.v4.new_notebook(), "warm-up")


def run_jobs(jobs: list[NotebookJob], n_workers: int, progress: bool = True) -> BatchOutcome:
    """Run notebook jobs, at most ``n_workers`` at a time, with a progress bar.

    Each job runs in a worker process of its own (forked, so it starts fast and does
    not re-run ``python -m analysis``): a worker that dies fails only its job. Jobs
    start in the order given.

    Ctrl-C (SIGINT) stops the batch: no job starts any more, running workers stop
    their notebooks and shut their kernels down (a job already renaming its outputs
    into place finishes), and the outcome lists what did not finish. Workers still
    running :data:`STOP_TIMEOUT_SECONDS` later are killed.
    """
    from tqdm import tqdm

    _load_worker_modules()
    context = multiprocessing.get_context("fork")
    outcome = BatchOutcome()
    waiting = list(jobs)
    running: dict[int, _Worker] = {}
    deadline = math.inf
    bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", disable=not progress)
    with bar, _SigintWakeup() as wakeup:
        while running or (waiting and not wakeup.fired):
            while waiting and not wakeup.fired and len(running) < n_workers:
                worker = _start_worker(context, waiting.pop(0))
                running[worker.process.sentinel] = worker
            timeout = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
            ready = multiprocessing.connection.wait([*running, wakeup.read_fd], timeout)
            if wakeup.read_fd in ready:
                os.read(wakeup.read_fd, 1024)
            if wakeup.fired and deadline == math.inf:
                deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
                for worker in running.values():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(worker.process.pid, signal.SIGINT)
            for sentinel in ready:
                if sentinel == wakeup.read_fd:
                    continue
                worker = running.pop(sentinel)
                result = _collect(worker)
                if result is None:
                    outcome.unfinished.append(worker.job)
                    continue
                outcome.results[worker.job.key] = result
                bar.set_postfix_str(worker.job.stem, refresh=False)
                bar.update()
            if running and time.monotonic() >= deadline:
                for worker in running.values():
                    worker.process.kill()
                    worker.process.join()
                    outcome.unfinished.append(worker.job)
                running.clear()
        outcome.interrupted = wakeup.fired
    order = {job.key: n for n, job in enumerate(jobs)}
    outcome.unfinished = sorted([*outcome.unfinished, *waiting], key=lambda j: order[j.key])
    return outcome


def run_reports(
    processed_dir: Path,
    reports_dir: Path,
    jobs: int | None = None,
    outlets: list[str] | None = None,
    *,
    outlet_notebook: Path = OUTLET_NOTEBOOK,
    comparison_notebook: Path = COMPARISON_NOTEBOOK,
) -> int:
    """Run every outlet report and the comparison; write index.html; print a summary.

    Outlets without articles get no report (:func:`outlets_without_report`); the
    index lists them with the reason. Ctrl-C stops the batch cleanly (see
    :func:`run_jobs`): every file in place is whole, index.html is left as it was, and
    the summary names the notebooks that finished and those that did not.

    Parameters
    ----------
    processed_dir : Path
        Folder with the processed tables.
    reports_dir : Path
        Output folder (``outlets/`` is created inside).
    jobs : int, optional
        Worker processes; default one per core.
    outlets : list of str, optional
        Only these outlets (the index still lists every outlet).
    outlet_notebook, comparison_notebook : Path
        The notebooks to run (default: the ones in ``notebooks/``).

    Returns
    -------
    int
        0 if every notebook ran, 1 if any failed, 2 if nothing could run, 130 if
        interrupted by Ctrl-C.
    """
    processed_dir, reports_dir = Path(processed_dir), Path(reports_dir)
    try:
        try:
            outlet_metrics, slugs, n_workers, planned = _plan(
                processed_dir, reports_dir, jobs, outlets, outlet_notebook, comparison_notebook
            )
        except AnalysisError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        outcome = run_jobs(planned, min(n_workers, len(planned)))
        if outcome.interrupted:
            _print_interrupted(outcome)
            return EXIT_INTERRUPTED
        write_text_atomic(
            reports_dir / "index.html",
            index_html(
                outlet_metrics,
                slugs,
                reports_dir,
                outcome.outlet_results,
                outcome.results.get(COMPARISON_KEY),
            ),
        )
    except KeyboardInterrupt:
        # Ctrl-C before the workers started or while index.html was written (atomically).
        print(
            "report: interrupted; no notebook is running, nothing is half-written", file=sys.stderr
        )
        return EXIT_INTERRUPTED
    _print_summary(outcome, planned, reports_dir, outlets_without_report(outlet_metrics))
    return 1 if outcome.failures else 0


#: Exit status after Ctrl-C, as a shell reports a command ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


def _plan(
    processed_dir: Path,
    reports_dir: Path,
    jobs: int | None,
    outlets: list[str] | None,
    outlet_notebook: Path,
    comparison_notebook: Path,
) -> tuple[pd.DataFrame, dict[str, str], int, list[NotebookJob]]:
    """Read the outlet table and plan the jobs (raises AnalysisError on bad input)."""
    from analysis.report.views import load_table

    n_workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if n_workers < 1:
        raise ReportError(f"--jobs must be at least 1, got {n_workers}")
    outlet_metrics = load_table("outlet_metrics", processed_dir)
    slugs, planned = build_jobs(
        outlet_metrics,
        processed_dir,
        reports_dir,
        outlets,
        outlet_notebook=outlet_notebook,
        comparison_notebook=comparison_notebook,
    )
    return outlet_metrics, slugs, n_workers, planned


def _print_summary(
    outcome: BatchOutcome,
    planned: list[NotebookJob],
    reports_dir: Path,
    without_report: Mapping[str, str],
) -> None:
    n_outlets = sum(job.key != COMPARISON_KEY for job in planned)
    n_ok = sum(r.ok for r in outcome.outlet_results.values())
    print(
        f"report: {n_ok} of {n_outlets} outlet reports written to {reports_dir / 'outlets'}; "
        f"index: {reports_dir / 'index.html'}",
        file=sys.stderr,
    )
    for name, reason in without_report.items():
        print(f"no report for {name!r}: {reason}", file=sys.stderr)
    for line in _failure_lines(outcome):
        print(line, file=sys.stderr)


def _failure_lines(outcome: BatchOutcome) -> list[str]:
    return [
        f"FAILED {failure.name!r} ({failure.stem}): {failure.describe_failure()}"
        for failure in outcome.failures
    ]


def _print_interrupted(outcome: BatchOutcome) -> None:
    finished = ", ".join(repr(result.name) for result in outcome.finished)
    unfinished = ", ".join(repr(job.name) for job in outcome.unfinished)
    lines = [
        "report: interrupted (Ctrl-C); workers stopped, kernels shut down.",
        f"finished: {finished or 'none'}",
        f"not finished: {unfinished or 'none'}",
        *_failure_lines(outcome),
        "Unfinished notebooks left their files as they were (nothing is half-written) "
        "and index.html was not updated: run the command again to finish.",
    ]
    print("\n".join(lines), file=sys.stderr)


# --------------------------------------------------------------------------- references


def regenerate_references(
    names: Iterable[str] = REFERENCE_NOTEBOOKS, notebooks_dir: Path = config.NOTEBOOKS_DIR
) -> int:
    """Re-execute the reference notebooks in place, keeping their outputs for nbval.

    First syncs each notebook with its jupytext ``.py`` pair (the newer file wins),
    then executes it with default parameters on ``data/processed`` and writes it back
    (atomically) without timings. Run ``make metrics`` first.

    Returns
    -------
    int
        0 on success, 1 if a notebook failed (its file is left unchanged).
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    _set_kernel_environment()
    status = 0
    for name in names:
        path = notebooks_dir / name
        subprocess.run(
            [sys.executable, "-m", "jupytext", "--sync", "--quiet", str(path)], check=True
        )
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=CELL_TIMEOUT_SECONDS,
            kernel_name=KERNEL_NAME,
            record_timing=False,
            resources={"metadata": {"path": str(notebooks_dir)}},
        )
        try:
            client.execute()
        except CellExecutionError as err:
            print(f"FAILED {name}: {_first_line(err)}", file=sys.stderr)
            status = 1
            continue
        nb.metadata.pop("papermill", None)
        write_text_atomic(path, notebook_text(clean_notebook(nb)))
        print(f"reference written: {path.relative_to(config.PROJECT_ROOT)}", file=sys.stderr)
    return status
