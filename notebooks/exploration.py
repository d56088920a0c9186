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
# This notebook walks through what `analysis` does with scraped pages: how a raw
# page looks, how each of its lines is labelled, which articles come out, and the
# statistics computed for them. Run `make metrics` (or `newscompare clean` then
# `newscompare metrics`) first; then run the cells top to bottom. By default it shows
# the seeds' tables (`data/processed`) and the first pages by name; to point it at your
# own study, set `processed_dir` below (`~/study/processed`) and name the pages to
# look at in `pages`, one a line. Every function used is in `analysis.report.views`
# and `analysis.report.exploration`, documented there.

# %% tags=["parameters"]
processed_dir: str = ""  # folder of the processed tables (empty: data/processed)
pages: str = ""  # page names to show, one a line (empty: the first n_pages by name)
n_pages: int = 5  # how many pages to show when none are named

# %%
from analysis.report import charts, exploration, params, views

params.check_notebook_parameters(globals())
# imported after the check, which takes a name that is not a module for a parameter
from IPython.display import display

charts.setup_notebook()
tables = views.load_tables(processed_dir)
shown_pages = exploration.tour_pages(tables.pages, pages, n_pages)
print(f"{len(tables.pages)} pages in the study; shown below:", *shown_pages, sep="\n")

# %% [markdown]
# ## 1. A raw page
#
# A raw page is the text of a web page as a scraper saved it: menus, share buttons
# and related links mixed with the article. The reader detects the encoding and
# normalizes the text. Here are the first lines of each page shown.

# %%
for page in shown_pages:
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
for page in shown_pages:
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
