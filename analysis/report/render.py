"""HTML we write: notebook pages without code, and the reports' index page.

Reads executed notebooks and the outlet table; returns HTML text (the batch writes it).
Every page is rendered from a Jinja template in ``analysis/report/templates/`` with
autoescaping on, so an outlet name or an error message is always text, never markup.
The pages are self-contained: no script, style sheet or image from the network.
"""

from __future__ import annotations

import base64
import html
import logging
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import pandas as pd

from analysis.report.fonts import with_script_faces
from analysis.text import shown_name

if TYPE_CHECKING:
    # Not imported at run time: nbformat's JSON-schema validator builds its URI grammars
    # on import (about 3 CPU-s), and notebook kernels import this module for its
    # templates (analysis.report.views); only render_html, run by the batch, needs it.
    import nbformat

    from analysis.report.runner import NotebookResult

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
OFFLINE_TEMPLATE = "offline_report.html.j2"
#: The pages of a report site every page links to, relative to ``reports/``.
SITE_PAGES = (
    ("index.html", "all outlets (index)"),
    ("comparison.html", "outlets side by side"),
    ("definitions.html", "definitions"),
)
#: The project's docs, from which the report site's documentation pages are made.
DOCS_DIR = Path(__file__).resolve().parents[2] / "docs"
#: Which docs become pages of the report site: ``{source in docs/: page in reports/}``.
DOC_PAGES = {"metrics.md": "definitions.html", "quotes.md": "quotes.html"}
#: The title of each documentation page.
DOC_TITLES = {"definitions.html": "Definitions", "quotes.html": "Direct quotes: how they are found"}


def site_links(prefix: str = "") -> list[dict[str, str]]:
    """Links to the site's pages from a page ``prefix`` away from ``reports/``.

    Parameters
    ----------
    prefix : str
        Prepended to each target: ``"../"`` from a page in ``outlets/``.

    Returns
    -------
    list of dict
        ``{"href": ..., "label": ...}`` for each of :data:`SITE_PAGES`, in order.
    """
    return [{"href": prefix + href, "label": label} for href, label in SITE_PAGES]


@cache
def template_environment() -> jinja2.Environment:
    """The Jinja environment for our own pages: templates/ with autoescaping on.

    Returns
    -------
    jinja2.Environment
        One per process (cached); an undefined template variable is an error.
    """
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def render_template(name: str, **context: Any) -> str:
    """Render one of our templates (``templates/NAME``) with autoescaping.

    Parameters
    ----------
    name : str
        A file name in :data:`TEMPLATES_DIR`.
    **context
        The template's variables; text in them is escaped unless it is ``Markup``.

    Returns
    -------
    str
        The rendered text.
    """
    return template_environment().get_template(name).render(**context)


def render_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Render a notebook as a self-contained HTML page without code cells or prompts.

    The page loads nothing from the network: no scripts, style sheets inlined, charts
    embedded as data URLs with their description as alt text. It reads the same
    offline as online.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook.
    title : str
        The page's ``<title>``.

    Returns
    -------
    str
        The HTML document; each image has alt text (the chart's description, or a
        placeholder saying there is none).
    """
    exporter = _notebook_exporter()
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body = _FOCUSABLE.sub(r'\1 tabindex="0">', body)
    body = _WITHOUT_ALT.sub(f'<img alt="{_NO_DESCRIPTION}" ', body)
    return with_script_faces(_SVG_IMAGE.sub(_svg_alt_text, body))


@cache
def _notebook_exporter() -> Any:
    """nbconvert's HTML exporter for :func:`render_html`, made once per process.

    Its compiled templates are kept: a batch worker renders many notebooks, and the
    first conversion with a new exporter costs about 0.3 CPU-s more than the next
    ones (same bytes). It skips the BeautifulSoup pass of nbconvert's
    ``HTMLExporter.from_notebook_node`` (see :func:`_exporter_without_soup`).
    """
    exporter = _exporter_without_soup()(
        extra_loaders=[jinja2.FileSystemLoader(TEMPLATES_DIR)],
        template_file=OFFLINE_TEMPLATE,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.log.setLevel(logging.ERROR)  # alt text is added by render_html
    return exporter


def _exporter_without_soup() -> type:
    """nbconvert's ``HTMLExporter`` whose conversion leaves out the BeautifulSoup pass.

    nbconvert 7.17.2 (pinned) parses every page it makes with BeautifulSoup, only to give
    an ``<img>`` without alt text a placeholder one and ``tabindex="0"`` to cell inputs
    and outputs, and serializes it again: a quarter to a half of the export's CPU time
    (benchmarks/html_export.py). :func:`render_html` adds the same attributes with three
    regular expressions over the template's output instead. The page is the same
    document: parsed and
    serialized by BeautifulSoup, it is the same bytes as nbconvert's own page (tested
    in tests/test_report_site.py); only the serialization's incidentals differ
    (attribute order and quoting, ``&#182;`` for the pilcrow, blank lines).
    ``from_notebook_node`` below is nbconvert's, up to the parse.
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class OfflineHTMLExporter(HTMLExporter):  # type: ignore[misc]
        def from_notebook_node(  # type: ignore[override]
            self, nb: nbformat.NotebookNode, resources: dict | None = None, **kw: Any
        ) -> tuple[str, dict]:
            language = nb.metadata.get("language_info", {})
            lexer = language.get("pygments_lexer", language.get("name", None))
            highlight_code = self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)
            )
            resources = self._init_resources(resources)
            data_type = WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources
            )
            self.register_filter("highlight_code", highlight_code)
            self.register_filter("filter_data_type", data_type)
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return OfflineHTMLExporter


#: What nbconvert's BeautifulSoup pass did, done on the text: cell inputs and outputs
#: focusable from the keyboard, a placeholder alt text on an image without one (our
#: charts then get their description, :func:`_svg_alt_text`).
_FOCUSABLE = re.compile(
    r'(<div class="(?:[^"]*\s)?(?:jp-Cell-inputWrapper|jp-OutputArea-output)(?:\s[^"]*)?"[^>]*)>'
)
_WITHOUT_ALT = re.compile(r"<img (?![^>]*\balt=)")
_NO_DESCRIPTION = "No description has been provided for this image"
_SVG_IMAGE = re.compile(
    rf'<img alt="{_NO_DESCRIPTION}" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"'
)
_SVG_TITLE = re.compile(r"<dc:title>(.*?)</dc:title>", re.DOTALL)


def _svg_alt_text(match: re.Match[str]) -> str:
    # Charts carry their description as SVG title (analysis.report.figures.figure_svg).
    # nbconvert's own markup is rewritten here; the alt text goes through the template
    # engine's escaping, as everything else we write.
    svg = base64.b64decode(match.group(1)).decode("utf-8", errors="replace")
    title = _SVG_TITLE.search(svg)
    alt = html.unescape(title.group(1)) if title else "chart"
    source = f"data:image/svg+xml;base64,{match.group(1)}"
    return _IMG_START.render(alt=alt, source=source)


_IMG_START = jinja2.Environment(autoescape=True).from_string(
    '<img alt="{{ alt }}" src="{{ source }}"'
)


def _link(href: str, label: str) -> dict[str, str]:
    return {"href": href, "label": label}


def _failure(label: str) -> dict[str, str]:
    return {"href": "", "label": label}


def index_html(
    outlet_metrics: pd.DataFrame,
    slugs: Mapping[str, str],
    reports_dir: Path,
    results: Mapping[str, NotebookResult],
    comparison: NotebookResult | None = None,
    computed_by: str | None = None,
) -> str:
    """The reports' front page: every outlet, a link to its report, its statistics.

    Outlets without articles (see :func:`~analysis.report.plan.outlets_without_report`)
    get no report; they are listed in a section of their own with the reason.

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
    computed_by : str, optional
        The code that computed the figures (:func:`analysis.provenance.computed_by`),
        printed under the table so that a saved report names the commit to cite.

    Returns
    -------
    str
        A stand-alone HTML5 page with relative links and escaped names.
    """
    from analysis.report.display import FORMATS
    from analysis.report.plan import outlets_without_report
    from analysis.report.statistics import (
        OUTLET_STATISTICS,
        article_languages,
        is_readability_column,
        outlets_with_articles,
    )
    from analysis.report.views import TEASERS_UNIT, has_teasers, readability_rests_on_part

    stats = [s for s in OUTLET_STATISTICS if s.column in outlet_metrics.columns]
    without_report = outlets_without_report(outlet_metrics)
    table = outlets_with_articles(outlet_metrics)
    headers = [{"label": s.label, "unit": s.unit} for s in stats]
    columns = [(s.column, s.kind) for s in stats]
    at = next((i + 1 for i, (c, _) in enumerate(columns) if c == "n_articles"), 0)
    if has_teasers(table):
        # the articles that are not full texts, as the comparison shows them: an outlet's
        # "9 articles" of which 5 a homepage's cards, its quote share and median length
        # resting on the other 4 (review h293)
        headers.insert(at, {"label": "of them teasers", "unit": TEASERS_UNIT})
        columns.insert(at, ("n_teasers", "count"))
        at += 1
    if "n_resaves" in table.columns and bool((table["n_resaves"] > 0).any()):
        # the saves of a story counted already, beside the articles they are left out of
        # (a crawl saving each story twice read "498 articles, 498 pages" for 969 rows)
        headers.insert(at, {"label": "saved again", "unit": "count, left out"})
        columns.insert(at, ("n_resaves", "count"))
    languages = table.get("readability_language", pd.Series(dtype=object)).dropna()
    if languages.nunique() > 1:
        # a Flesch score of another language is another formula (Amstad's, Kandel and
        # Moles's): each outlet's language beside its scores (review h293)
        at = next((i for i, (c, _) in enumerate(columns) if is_readability_column(c)), None)
        if at is not None:
            headers.insert(at, {"label": "readability language", "unit": "ISO 639-1"})
            columns.insert(at, ("readability_language", "text"))
    if readability_rests_on_part(table):
        # a multilingual site's readability is that of its articles in one language: how
        # many, beside it (a site's Flesch 72.5 read 1 of its 9 articles: review h319)
        at = next((i for i, (c, _) in enumerate(columns) if is_readability_column(c)), None)
        if at is not None:
            headers.insert(at, {"label": "readability articles", "unit": "count, scored"})
            columns.insert(at, ("n_readability_articles", "count"))
    codes = {code for value in table.get("languages", []) for code in article_languages(value)}
    if len(codes) > 1:
        # a word is not one unit across languages (a Chinese one is a character): what
        # each outlet's words add up, beside them; ranks only within one (review h319)
        at = next((i for i, (c, _) in enumerate(columns) if c == "total_words"), 0)
        headers.insert(at, {"label": "article languages", "unit": "ISO 639-1, articles"})
        columns.insert(at, ("languages", "text"))
    rows = []
    for record in table.to_dict("records"):
        name = record["outlet"]
        rows.append(
            {
                "name": shown_name(name),  # look-alike names stay visibly distinct
                "links": _outlet_links(reports_dir, slugs[name], results.get(name)),
                "cells": [FORMATS[kind](record[column]) for column, kind in columns],
            }
        )
    extras = [
        _link(href, label)
        for href, label in (
            ("comparison.html", "All outlets side by side"),
            ("comparison.ipynb", "comparison notebook"),
            ("definitions.html", "definitions"),
            ("outlet_metrics.csv", "outlet_metrics.csv (shares as fractions)"),
        )
        if (reports_dir / href).is_file()
    ]
    if comparison is not None and not comparison.ok:
        extras.append(_failure(f"comparison failed: {comparison.describe_failure()}"))
    page = render_template(
        "index.html.j2",
        site_links=site_links(),
        stats=headers,
        rows=rows,
        extras=extras,
        without_report=without_report,
        computed_by=computed_by,
    )
    return with_script_faces(page)  # outlets named in CJK, Thai ...: no empty boxes


def _outlet_links(
    reports_dir: Path, slug: str, result: NotebookResult | None
) -> list[dict[str, str]]:
    """Links to an outlet's files that exist, and its failure if this run failed."""
    outlets_dir = reports_dir / "outlets"
    links = [
        _link(f"outlets/{slug}.{ext}", label)
        for ext, label in (("html", "report"), ("ipynb", "notebook"), ("json", "JSON"))
        if (outlets_dir / f"{slug}.{ext}").is_file()
    ]
    if result is not None and not result.ok:
        links.append(_failure(f"failed: {result.describe_failure()}"))
        if (outlets_dir / f"{slug}.failed.ipynb").is_file():
            links.append(_link(f"outlets/{slug}.failed.ipynb", "failed notebook"))
    return links


def documentation_pages(docs_dir: Path = DOCS_DIR) -> dict[str, str]:
    """The report site's pages made from the project's docs: ``{file name: HTML}``.

    ``docs/metrics.md`` becomes ``definitions.html`` and each other file of
    ``DOC_PAGES`` its own page, so a recipient of the reports folder can read the
    definitions without the project. A link between these documents points at the
    rendered page; a link to another document of the project (not in the report site)
    keeps its text and loses its target, so no page links to a file the recipient
    does not have. Missing sources (an installed package without docs) are left out.
    The Markdown is the project's own; raw HTML in it is escaped all the same.

    Parameters
    ----------
    docs_dir : Path
        The folder of the Markdown sources.

    Returns
    -------
    dict of str to str
        Output file name -> full HTML page, for each source found.
    """
    import mistune
    from markupsafe import Markup

    pages = {
        page: docs_dir / source
        for source, page in DOC_PAGES.items()
        if (docs_dir / source).is_file()
    }
    markdown = mistune.create_markdown(renderer=_site_link_renderer(DOC_PAGES), plugins=["table"])
    return {
        page: render_template(
            "definitions.html.j2",
            site_links=site_links(),
            title=DOC_TITLES[page],
            body=Markup(markdown(source.read_text(encoding="utf-8"))),
        )
        for page, source in pages.items()
    }


def _site_link_target(url: str, rendered: Mapping[str, str]) -> str | None:
    """Where a docs link points in the report site, or None when it has no page there."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", url, flags=re.IGNORECASE) or url.startswith("#"):
        return url
    path, _, fragment = url.partition("#")
    page = rendered.get(Path(path).name)
    if page is None:
        return None
    return page + (f"#{fragment}" if fragment else "")


def _site_link_renderer(rendered: Mapping[str, str]) -> Any:
    """A mistune HTML renderer (raw HTML escaped) whose links follow ``_site_link_target``."""
    import mistune

    class SiteLinkRenderer(mistune.HTMLRenderer):
        def link(self, text: str, url: str, title: str | None = None) -> str:
            target = _site_link_target(url, rendered)
            return text if target is None else super().link(text, target, title)

    return SiteLinkRenderer(escape=True)
