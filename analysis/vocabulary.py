"""The tables' shared vocabularies and the blocks' column order, without pandas.

The values a table's text columns may take (block labels and fields, layouts, value
sources) and the columns of the blocks table, in order: what the per-page work of
``clean`` needs (analysis.clean.segment, analysis.clean.page_rows). A ``clean`` worker
imports this module, not :mod:`analysis.tables`, which builds the pandera schemas over
these values (and imports pandas and pandera: ~1 CPU-s and ~80 MB a process).
"""

from __future__ import annotations

#: The four block labels; their characters add up to the page.
LABELS = ("body", "title", "metadata", "boilerplate")

#: Every block field and the labels it may carry (see analysis.clean.segment).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "body": ("body",),
    "blank": ("body", "boilerplate"),
    "title": ("title",),
    "title_repeat": ("title",),
    "outlet": ("metadata",),
    "byline": ("metadata",),
    "published": ("metadata",),
    "relative_time": ("metadata",),
    "category": ("metadata",),
    "credited_source": ("metadata",),
    # a news database export's own field line (Length:, Load-Date:, End of Document)
    "export_field": ("metadata",),
    "chrome": ("boilerplate",),
    "promo": ("boilerplate",),
    "cms_artefact": ("boilerplate",),
}
FIELDS = tuple(FIELD_LABELS)

#: An article's layout: alone on its page, or one card of a listing page.
LAYOUTS = ("article", "listing")
#: Where an article's title, byline or date came from (``*_source`` columns), best first
#: (``export``: a news database export's field, analysis.clean.news_export; ``url``: a
#: date only, written in the page's URL path, when nothing else gives one; ``file``: a
#: date only, written in the page's file name, when not even the URL gives one).
VALUE_SOURCES = ("manifest", "export", "html", "page", "url", "file")

#: The blocks table's columns, in order (``analysis.tables.BLOCKS_SCHEMA`` checks them).
BLOCKS_COLUMNS = (
    "page",
    "block_id",
    "line_no",
    "start",
    "end",
    "label",
    "field",
    "article_index",
    "text",
)
