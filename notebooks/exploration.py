# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.17.3
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A tour of the package
#
# This notebook walks through what `analysis` does with the scraped pages in
# `data/raw`: how a raw page looks, how each of its lines is labelled, which articles
# come out, and the statistics computed for them. Run `make metrics` (or
# `python -m analysis clean` then `python -m analysis metrics`) first; then run the
# cells top to bottom. To adapt it, change the page or outlet chosen below; every
# function used is in `analysis.report.views` and documented there.

# %%
from IPython.display import display

from analysis.report import charts, exploration, views

charts.setup_notebook()
tables = views.load_tables()
sorted(tables.pages["page"])

# %% [markdown]
# ## 1. A raw page
#
# A raw page is the text of a web page as a scraper saved it: menus, share buttons
# and related links mixed with the article. The reader detects the encoding and
# normalizes the text. Here are the first lines of each page.

# %%
for page in sorted(tables.pages["page"]):
    print(exploration.raw_preview(tables.pages, tables.blocks, page), end="\n\n")

# %% [markdown]
# ## 2. Every line labelled
#
# `clean` splits each page into blocks and labels them: **title**, **body**,
# **metadata** (byline, date, outlet, category) and **boilerplate** (page chrome).
# The marker at the start of each line and its background colour show the label;
# hover over a line for the finer field and the article it belongs to.

# %%
exploration.label_legend()

# %%
exploration.label_shares(tables.blocks)

# %%
for page in sorted(tables.pages["page"]):
    display(exploration.labelled_lines(tables.blocks, page))

# %% [markdown]
# ## 3. Pages and articles
#
# A page is either one article or a listing of several; each article gets an id
# `page#index`.

# %%
tables.pages.sort_values("page").set_index("page")

# %%
exploration.articles_overview(tables.articles)

# %% [markdown]
# ## 4. Statistics
#
# Per article: length, quotations, readability, boilerplate and shared copy.
# Per outlet: the same, pooled or word-weighted (see `docs/metrics.md`).

# %%
exploration.article_statistics(tables.article_metrics)

# %%
views.outlet_table(tables.outlet_metrics)

# %%
charts.chart_readability(tables.article_metrics)

# %% [markdown]
# ## Next
#
# - `notebooks/outlet_report.ipynb`: one outlet against the others (run for every
#   outlet by `python -m analysis report`).
# - `notebooks/comparison.ipynb`: all outlets side by side, and the shared-copy map.
