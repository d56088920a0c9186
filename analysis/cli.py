"""Command-line interface: ``python -m analysis {extract,clean,metrics,report,references}``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from analysis import config

_JOBS_HELP = "worker processes (default: every core); the output is the same for any N"


def _positive_int(text: str) -> int:
    """argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Clean scraped news pages and compare outlets.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="print one page's articles as JSON")
    extract.add_argument("file", type=Path, help="a raw page (text dump or .html page)")
    extract.add_argument(
        "--body", action="store_true", help="print only the bodies, separated by a blank line"
    )

    clean = sub.add_parser("clean", help="clean every raw page into Parquet tables")
    clean.add_argument("raw_dir", type=Path, nargs="?", default=config.RAW_DIR)
    clean.add_argument("--out", type=Path, default=config.PROCESSED_DIR, help="output folder")
    clean.add_argument("--jobs", type=_positive_int, default=None, help=_JOBS_HELP)
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
        "--manifest",
        type=Path,
        default=None,
        help="CSV or JSONL with columns file, url, outlet, published, title, byline "
        "(default: RAW_DIR/manifest.csv when present)",
    )

    metrics = sub.add_parser("metrics", help="per-article and per-outlet statistics")
    metrics.add_argument("--processed", type=Path, default=config.PROCESSED_DIR)
    metrics.add_argument("--reports", type=Path, default=config.REPORTS_DIR)
    metrics.add_argument("--jobs", type=_positive_int, default=None, help=_JOBS_HELP)

    report = sub.add_parser("report", help="run the outlet report notebooks with papermill")
    report.add_argument("--processed", type=Path, default=config.PROCESSED_DIR)
    report.add_argument("--reports", type=Path, default=config.REPORTS_DIR)
    report.add_argument("--jobs", type=int, default=None, help="parallel workers (default: cores)")
    report.add_argument("--outlet", action="append", help="only these outlets (repeatable)")

    references = sub.add_parser(
        "references", help="re-execute the reference notebooks in notebooks/ in place"
    )
    references.add_argument(
        "names", nargs="*", help="notebook file names (default: every reference notebook)"
    )
    return parser


def _extract(args: argparse.Namespace) -> int:
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.clean.read import read_page
    from analysis.errors import PageReadError

    try:
        page = read_page(args.file)
    except PageReadError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    articles = extract_articles(page.text, name=page.name, facts=PageFacts(html=page.html))
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
        return 130  # analysis.report.batch.EXIT_INTERRUPTED
    return run_reports(args.processed, args.reports, jobs=args.jobs, outlets=args.outlet)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return the exit status.

    Summaries go to stdout; diagnostics (failures, warnings) are logged to stderr.
    """
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        return _run(args)
    except OSError as err:  # disk full, read-only folder ...: one line, no traceback
        where = f"{err.filename}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return _extract(args)
    if args.command == "clean":
        from analysis.clean.pipeline import run_clean
        from analysis.parallel import resolve_jobs

        return run_clean(
            args.raw_dir,
            args.out,
            jobs=resolve_jobs(args.jobs),
            symlinks=args.follow_symlinks,
            manifest=args.manifest,
        )
    if args.command == "metrics":
        from analysis.parallel import resolve_jobs
        from analysis.stats.metrics import run_metrics

        return run_metrics(args.processed, args.reports, jobs=resolve_jobs(args.jobs))
    if args.command == "report":
        return _report(args)
    if args.command == "references":
        from analysis.report.references import REFERENCE_NOTEBOOKS, regenerate_references

        return regenerate_references(args.names or list(REFERENCE_NOTEBOOKS))
    raise AssertionError(args.command)
