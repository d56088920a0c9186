"""Command-line interface: ``newscompare {extract,clean,metrics,report,references}``.

The console script ``newscompare`` (installed into the venv) and ``python -m analysis``
run :func:`main`. Summaries go to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from analysis import config

if TYPE_CHECKING:
    from analysis.parallel import Engine

_JOBS_HELP = "worker processes (default: every core); the output is the same for any N"


def _positive_int(text: str) -> int:
    """argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Help that shows each argument's default; a default without a value is worded."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False, []):
            return action.help  # the help text says what happens by default
        return super()._get_help_string(action)


def _add_folders(parser: argparse.ArgumentParser, reports_help: str) -> None:
    """The --processed and --reports options of metrics and report."""
    parser.add_argument(
        "--processed",
        type=Path,
        default=config.PROCESSED_DIR,
        help="folder of the processed tables",
    )
    parser.add_argument("--reports", type=Path, default=config.REPORTS_DIR, help=reports_help)


def _add_engine(parser: argparse.ArgumentParser) -> None:
    """The --engine and --scheduler options (analysis.parallel.open_engine)."""
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where the work runs: this machine's cores, or a dask.distributed cluster "
        "(needs pip install -e '.[dask]'; see docs/scaling.md); same output either way",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: "
        "$DASK_SCHEDULER_ADDRESS, else a cluster on this machine)",
    )


#: Makes one subcommand's parser: ``command(name, summary, description)``.
_Command = Callable[[str, str, str], argparse.ArgumentParser]


class _PrintVersion(argparse.Action):
    """``--version``: the code's record (analysis.provenance), read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from analysis.provenance import describe

        print(describe())
        parser.exit()


def _build_parser() -> argparse.ArgumentParser:
    """The ``newscompare`` parser: one subparser per command, each built by its own function."""
    formatter = _HelpFormatter
    parser = argparse.ArgumentParser(
        prog="newscompare",
        description=(
            "Clean scraped news pages and compare outlets. Run the stages in order: "
            "clean, metrics, report (`newscompare` is the same as "
            "`.venv/bin/python -m analysis`)."
        ),
        formatter_class=formatter,
    )
    parser.add_argument(
        "--version",
        action=_PrintVersion,
        nargs=0,
        help="print the package's version and the commit of its clone, then exit",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=summary, description=description, formatter_class=formatter
        )

    for add_command in (
        _add_extract_command,
        _add_clean_command,
        _add_metrics_command,
        _add_report_command,
        _add_references_command,
    ):
        add_command(command)
    return parser


def _add_extract_command(command: _Command) -> None:
    """``extract FILE [--body]``."""
    extract = command(
        "extract",
        "print one page's articles as JSON",
        "Read one raw page, split it into articles and print them as JSON "
        "(title, byline, date, outlet, body ...); a news database export (Nexis Uni, "
        "LexisNexis, Factiva) prints its stories. Writes no file.",
    )
    extract.add_argument(
        "file", type=Path, help="a raw page (a text dump, an .html page or a .docx file)"
    )
    extract.add_argument(
        "--body",
        action="store_true",
        help="print only the bodies, separated by a blank line (default: off, print JSON)",
    )


def _add_clean_command(command: _Command) -> None:
    """``clean [RAW_DIR] [--out] [--jobs] [--engine] [--follow-symlinks] [--recursive]
    [--manifest] ...``."""
    clean = command(
        "clean",
        "clean every raw page into Parquet tables",
        "Read every file of RAW_DIR, separate article text from page chrome, split "
        "listing pages into articles, and write pages, blocks and articles tables "
        "(and skipped.csv) to --out. To analyse your own folder without touching the "
        "seed tables, give another --out and pass it as --processed to metrics and report.",
    )
    clean.add_argument(
        "raw_dir",
        type=Path,
        nargs="?",
        default=config.RAW_DIR,
        help="folder of raw pages, a Parquet / JSON Lines / CSV table of pages (columns "
        "id, html or text, and optional url, outlet, published, title, byline), or a web "
        "archive (.warc.gz, .warc, .arc, Browsertrix's .wacz, Common Crawl's .warc.wet.gz: "
        "one page per captured "
        "HTML or text page)",
    )
    clean.add_argument(
        "--out", type=Path, default=config.PROCESSED_DIR, help="folder for the processed tables"
    )
    clean.add_argument("--jobs", type=_positive_int, default=None, help=_JOBS_HELP)
    _add_engine(clean)
    clean.add_argument(
        "--follow-symlinks",
        nargs="?",
        const="inside",
        default="skip",
        choices=("inside", "anywhere"),
        help="read symbolic links to files inside RAW_DIR (or, with 'anywhere', also "
        "outside it); by default links are skipped and listed in skipped.csv",
    )
    clean.add_argument(
        "--recursive",
        action="store_true",
        help="also read the pages of every folder below RAW_DIR, each page named by its "
        "path in RAW_DIR (2026-12-03/harbour/story.txt; a manifest's file column gives "
        "that path); a folder's name is never read as an outlet; hidden folders are not "
        "read; by default subfolders are listed in skipped.csv",
    )
    clean.add_argument(
        "--manifest",
        type=Path,
        default=None,
        help="CSV or JSONL with columns file, url, outlet, published, title, byline "
        "(default: RAW_DIR/manifest.csv when present)",
    )
    clean.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="read every file, also one whose content or name (in another format: .txt, "
        ".html, .htm, .gz) repeats another file's; by default such a page is read once and "
        "the other files are listed in skipped.csv",
    )


def _add_metrics_command(command: _Command) -> None:
    """``metrics [--processed] [--reports] [--jobs] [--engine]``."""
    metrics = command(
        "metrics",
        "per-article and per-outlet statistics",
        "Read the tables clean wrote and write article_metrics, quotes, copy_pairs and "
        "outlet_metrics (with 95 % bootstrap intervals) to --processed, and "
        "outlet_metrics.csv to --reports.",
    )
    _add_folders(metrics, reports_help="folder for outlet_metrics.csv")
    metrics.add_argument("--jobs", type=_positive_int, default=None, help=_JOBS_HELP)
    _add_engine(metrics)


def _add_report_command(command: _Command) -> None:
    """``report [--processed] [--reports] [--jobs] [--outlet NAME ...] [--engine]``."""
    report = command(
        "report",
        "outlet reports, comparison and index (HTML and notebooks)",
        "Run the outlet report notebook once per outlet and the comparison notebook "
        "with papermill; write their notebooks and HTML pages, a definitions page and "
        "index.html to --reports. Reports an earlier run wrote for outlets no longer in the "
        "corpus are removed (other files are kept).",
    )
    _add_folders(report, reports_help="folder for the reports")
    report.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        help="parallel notebooks (default: one per core)",
    )
    report.add_argument(
        "--outlet",
        action="append",
        help="only this outlet: its name (any case) or file-name slug; repeatable "
        "(default: every outlet)",
    )
    _add_engine(report)


def _add_references_command(command: _Command) -> None:
    """``references [NAME ...]``."""
    references = command(
        "references",
        "re-execute the reference notebooks in notebooks/ in place",
        "Re-execute the reference notebooks on data/processed after an intended change "
        "of the numbers, so that nbval compares against the new outputs.",
    )
    references.add_argument(
        "names",
        nargs="*",
        help="notebook file names (default: every reference notebook)",
    )


def _extract(args: argparse.Namespace) -> int:
    from analysis.clean.articles import PageFacts, articles_frame, extract_articles
    from analysis.clean.news_export import read_export
    from analysis.clean.notebook_file import NOTEBOOK_ENCODING
    from analysis.clean.page_rows import SkippedPage, clean_read_page
    from analysis.clean.read import read_page
    from analysis.errors import PageReadError

    try:
        page = read_page(args.file)
    except PageReadError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    facts = PageFacts(html=page.html)
    if read_export(page.text) is None and page.encoding != NOTEBOOK_ENCODING:
        articles = extract_articles(page.text, name=page.name, facts=facts)
    else:  # a news database export's stories, a notebook's listing: as clean reads them
        rows = []
        for result in clean_read_page(page, facts):
            if isinstance(result, SkippedPage):
                print(f"skipped {result.page}: {result.reason}", file=sys.stderr)
            else:
                rows += result.articles
        if page.encoding == NOTEBOOK_ENCODING and not rows:  # an analysis notebook: no page
            return 1
        articles = articles_frame(rows)
    if args.body:
        sys.stdout.write("\n\n".join(articles["body"]) + "\n")
    else:
        records = json.loads(articles.to_json(orient="records", force_ascii=False))
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return 0


def _report(args: argparse.Namespace) -> int:
    try:
        from analysis.report.batch import run_reports
    except KeyboardInterrupt:  # Ctrl-C while pandas, papermill ... load
        print("report: interrupted before any notebook ran", file=sys.stderr)
        return EXIT_INTERRUPTED
    if args.engine == "local" and not args.scheduler:
        return run_reports(args.processed, args.reports, jobs=args.jobs, outlets=args.outlet)
    return _on_engine(
        args,
        lambda engine: run_reports(
            args.processed, args.reports, outlets=args.outlet, engine=engine
        ),
    )


def _on_engine(args: argparse.Namespace, command: Callable[[Engine], int]) -> int:
    """Run ``command`` on the engine of --engine/--scheduler/--jobs; 1 if it cannot start."""
    from analysis.dask_engine import EngineError, StageStoppedError
    from analysis.parallel import open_engine

    if args.scheduler and args.engine != "dask":
        print("error: --scheduler is for --engine dask", file=sys.stderr)
        return 2
    if args.engine == "dask" and args.jobs is not None:
        print(
            "note: --jobs is ignored with --engine dask (the cluster's workers run the work)",
            file=sys.stderr,
        )
    try:
        with open_engine(args.engine, args.jobs, args.scheduler) as engine, no_data_synthesis():
            return command(engine)
    except EngineError as err:
        print(f"error: {err}", file=sys.stderr)
        kept = _kept_chunks(args)
        if isinstance(err, StageStoppedError) and kept is not None:
            print(
                f"{args.command}: the chunks done so far are kept in {kept}: run the same "
                "command again to resume",
                file=sys.stderr,
            )
        return 1


@contextlib.contextmanager
def no_data_synthesis() -> Iterator[None]:
    """Leave pandera's data-synthesis strategies out of what a stage imports.

    pandera's checks import its strategies, which import hypothesis when it is installed
    (a dev dependency: ~0.13 CPU-s, in ``metrics`` before its first per-article chunk, at
    the first validation of a table); a stage validates tables and never synthesizes
    data. Inside the block ``import hypothesis`` fails as if it were not installed (the
    strategies then load without it, as pandera provides); after it, hypothesis imports as
    before. Nothing is hidden when hypothesis is imported already (a test session).

    Yields
    ------
    None
        Inside the block.
    """
    if "hypothesis" in sys.modules:
        yield
        return
    sys.modules["hypothesis"] = None  # type: ignore[assignment]  (import: ModuleNotFoundError)
    try:
        yield
    finally:
        if "hypothesis" in sys.modules and sys.modules["hypothesis"] is None:
            del sys.modules["hypothesis"]


class _CurrentStderrHandler(logging.StreamHandler):
    """A handler writing to whatever ``sys.stderr`` is now, not the one it was made with.

    ``main`` may run many times in one process (tests, notebooks) while ``sys.stderr`` is
    replaced and closed in between; a plain StreamHandler would keep the closed stream.
    """

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def _log_to_stderr() -> None:
    """Show the package's diagnostics (not its dependencies' chatter) on stderr."""
    logger = logging.getLogger("analysis")
    if not any(getattr(h, "newscompare_cli", False) for h in logger.handlers):
        handler = _CurrentStderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.newscompare_cli = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return the exit status.

    Summaries go to stdout; diagnostics (failures, warnings) are logged to stderr.

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 1 when the command failed (a bad input, nothing readable, an
        output that cannot be written); argparse exits with 2 on bad arguments.
    """
    args = _build_parser().parse_args(argv)
    _log_to_stderr()
    previous = _end_on_sigterm()
    try:
        return _run(args)
    except OSError as err:  # disk full, read-only folder ...: one line, no traceback
        where = f"{err.filename}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as err:  # Ctrl-C: one line saying what is kept, no traceback
        terminated = isinstance(err, Terminated)
        print(_interrupted(args, "terminated" if terminated else "Ctrl-C"), file=sys.stderr)
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a batch system's time limit) raised in the command, so that it
    ends as Ctrl-C ends it: its worker processes stopped with it (SIGTERM reaches the
    command alone; they were left running, orphaned), the chunks kept, one line said."""


def _end_on_sigterm() -> signal.Handlers | Callable | int | None:
    """Make SIGTERM raise :class:`Terminated`; the handler it replaces (None when a
    handler cannot be set: not the main thread)."""

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread of the interpreter
        return None


#: The exit status after Ctrl-C (128 + SIGINT, as a shell reports it).
EXIT_INTERRUPTED = 130
#: The exit status after SIGTERM (128 + SIGTERM).
EXIT_TERMINATED = 143


def _kept_chunks(args: argparse.Namespace) -> Path | None:
    """The folder where ``clean`` or ``metrics`` keeps its finished chunks until it has
    written its outputs (None for another command)."""
    if args.command == "clean":
        from analysis.clean.resume import CHUNKS_FOLDER as CLEAN_CHUNKS

        return args.out / CLEAN_CHUNKS
    if args.command == "metrics":
        from analysis.stats.metrics_stream import CHUNKS_FOLDER as METRICS_CHUNKS

        return args.processed / METRICS_CHUNKS
    return None


def _interrupted(args: argparse.Namespace, how: str = "Ctrl-C") -> str:
    """What an interrupted command tells the user (outputs are written atomically)."""
    kept = _kept_chunks(args)
    if kept is None:
        return f"{args.command}: interrupted ({how}); no output is half-written"
    return (
        f"{args.command}: interrupted ({how}); the chunks done so far are kept in {kept}: "
        "run the same command again to resume; no output is half-written"
    )


def _input_problem(args: argparse.Namespace) -> str | None:
    """Why the input of ``clean`` or ``metrics`` cannot be read (None when it can), found
    before anything starts: no worker server, no cluster for a missing folder."""
    if args.command == "clean":
        from analysis.clean.source import clean_source_problem

        return clean_source_problem(args.raw_dir, args.manifest)
    if args.command == "metrics" and not args.processed.is_dir():
        return f"{args.processed}: not a folder (give the --out folder of clean)"
    return None


def _run(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return _extract(args)
    if (problem := _input_problem(args)) is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    if args.command in ("clean", "metrics") and args.engine == "local" and not args.scheduler:
        from analysis.clean.html_libraries import html_preloads
        from analysis.parallel import start_stage_workers

        # Before the stage's imports: the workers' server loads beside them (for a
        # folder of HTML pages, the HTML reader's libraries too, once for every worker).
        more = html_preloads(args.raw_dir, args.recursive) if args.command == "clean" else ()
        start_stage_workers(args.command, args.jobs, more)
    if args.command == "clean":
        from analysis.clean.pipeline import run_clean

        return _on_engine(
            args,
            lambda engine: run_clean(
                args.raw_dir,
                args.out,
                jobs=engine,
                symlinks=args.follow_symlinks,
                manifest=args.manifest,
                keep_duplicates=args.keep_duplicates,
                recursive=args.recursive,
            ),
        )
    if args.command == "metrics":
        from analysis.stats.metrics import run_metrics

        return _on_engine(
            args, lambda engine: run_metrics(args.processed, args.reports, jobs=engine)
        )
    if args.command == "report":
        return _report(args)
    if args.command == "references":
        from analysis.report.references import REFERENCE_NOTEBOOKS, regenerate_references

        return regenerate_references(args.names or list(REFERENCE_NOTEBOOKS))
    raise AssertionError(args.command)


def run() -> None:
    """Entry point of the ``newscompare`` console script."""
    exit_process(main())


def exit_process(status: int) -> NoReturn:
    """End the process with ``status`` once :func:`main` returned, without the collections
    of the interpreter's finalization (:func:`analysis.gc_pause.frozen_for_exit`).

    Parameters
    ----------
    status : int
        What :func:`main` returned.
    """
    from analysis.gc_pause import frozen_for_exit

    frozen_for_exit()
    sys.exit(status)
