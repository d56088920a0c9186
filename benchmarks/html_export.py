"""CPU cost of a report's HTML page: nbconvert's exporter against ours, same process.

nbconvert's ``HTMLExporter.from_notebook_node`` ends with a BeautifulSoup parse and
re-serialization of the page (to add alt text and ``tabindex``);
:func:`analysis.report.render.render_html` leaves it out and adds the attributes on the
text. For every executed report notebook given (default: ``reports/outlets/*.ipynb`` and
``reports/comparison.ipynb``, written by ``make run``), this renders the page both ways,
alternating, ``--repeat`` times, and prints the CPU seconds of each, the ratio, and
whether the two pages are the same document (ours, BeautifulSoup-serialized, is
byte-identical to nbconvert's).

Usage (from the project root, after ``make run``)::

    nice -n 10 .venv/bin/python benchmarks/html_export.py [--repeat 3] [NOTEBOOK ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import jinja2  # noqa: E402
import nbformat  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402
from nbconvert import HTMLExporter  # noqa: E402

from analysis.report import render  # noqa: E402


def nbconvert_page(exporter: HTMLExporter, nb: nbformat.NotebookNode, title: str) -> str:
    """The page as before: nbconvert's exporter (with its parse), then our chart alt text."""
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return render._SVG_IMAGE.sub(render._svg_alt_text, body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reports = PROJECT_ROOT / "reports"
    paths = args.notebooks or sorted((reports / "outlets").glob("*.ipynb"))
    paths = paths or []
    if not args.notebooks and (reports / "comparison.ipynb").is_file():
        paths.append(reports / "comparison.ipynb")
    if not paths:
        raise SystemExit("no executed notebooks: run `make run` first or name some")
    exporter = HTMLExporter(
        extra_loaders=[jinja2.FileSystemLoader(render.TEMPLATES_DIR)],
        template_file=render.OFFLINE_TEMPLATE,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    notebooks = [(path, nbformat.read(path, as_version=4)) for path in paths]
    for path, nb in notebooks[:1]:  # warm both: templates compiled, modules imported
        nbconvert_page(exporter, nb, path.stem), render.render_html(nb, path.stem)
    cost = {"nbconvert": [], "ours": []}
    same = 0
    for _ in range(args.repeat):
        for name, render_page in (("nbconvert", nbconvert_page), ("ours", None)):
            start = time.process_time()
            for path, nb in notebooks:
                if render_page is None:
                    render.render_html(nb, path.stem)
                else:
                    render_page(exporter, nb, path.stem)
            cost[name].append((time.process_time() - start) / len(notebooks))
    for path, nb in notebooks:
        theirs = nbconvert_page(exporter, nb, path.stem)
        ours = render.render_html(nb, path.stem)
        same += str(BeautifulSoup(ours, features="html.parser")) == theirs
    before, after = statistics.median(cost["nbconvert"]), statistics.median(cost["ours"])
    print(f"{len(notebooks)} notebooks, median of {args.repeat} passes, CPU-s per page:")
    print(f"  nbconvert's exporter (BeautifulSoup pass): {before:.3f}")
    print(f"  render_html (no parse): {after:.3f}  (ours / nbconvert {after / before:.2f})")
    print(f"  same document (BeautifulSoup-serialized bytes equal): {same} of {len(notebooks)}")


if __name__ == "__main__":
    main()
