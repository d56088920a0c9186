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
# # Outlet report
#
# One outlet's articles and statistics, compared with every other outlet. The batch
# `newscompare report` runs this notebook once per outlet with papermill and saves it
# as `reports/outlets/SLUG.ipynb` (re-runnable where it lies), `.html` and `.json`.
# Run by hand, it shows the first outlet by name that has articles; `outlet` also
# takes a name in any case or the outlet's file-name slug. The tables come from
# `newscompare clean` and `metrics`; the logic lives in `analysis.report.views`.

# %% tags=["parameters"]
outlet: str = ""  # outlet name as in outlet_metrics (empty: the first with articles)
processed_dir: str = ""  # folder of the processed tables (empty: data/processed)
output_json: str = ""  # path for the statistics JSON (empty: not written)

# %%
from analysis.report import charts, params, views

params.check_notebook_parameters(globals())
charts.setup_notebook()
tables = views.load_tables_for_outlet(processed_dir, outlet)
outlet = tables.outlet
views.navigation("outlet")

# %%
views.outlet_heading(outlet, "outlet report")

# %% [markdown]
# ## Against every other outlet
#
# This outlet's value with its 95 % bootstrap interval over its articles, the other
# outlets' median and range, and its rank (1 = highest value). An outlet with fewer
# than 6 articles (too few for an interval) is not ranked; ranks whose intervals
# overlap this outlet's are not shown to differ from it. Definitions:
# [definitions](../definitions.html).

# %%
views.outlet_vs_others(tables.outlet_metrics, outlet)

# %%
charts.chart_quote_share(tables.outlet_metrics, highlight=outlet)

# %%
charts.chart_readability(tables.article_metrics, highlight=outlet)

# %%
charts.chart_boilerplate_ratio(tables.outlet_metrics, highlight=outlet)

# %%
charts.chart_length(tables.article_metrics, highlight=outlet)

# %% [markdown]
# ## Articles
#
# Every article of this outlet, with the page file it came from ("(card N)": the N-th
# card of a listing page), its length, share of words in quotations (scare quotes left
# out), readability, and the shared-copy group it belongs to (if any). The
# "from" columns say where its outlet, title and date came from: the manifest, the
# page's URL, its HTML markup, its text ("page"), a copyright notice (last resort).

# %%
views.outlet_articles(tables.article_metrics, tables.articles, outlet)

# %% [markdown]
# ## Quotations and speakers
#
# Each speaker counts under its name, without the role printed before it ("Council
# leader Ann Lee" and "Ann Lee" are one speaker, "Ann Lee"); the quotations table below
# keeps the speaker as printed and shows the name beside it. The ways one person is
# printed ("Trump", "Donald Trump") count as one when the outlet quotes only one person
# of that surname. A role with no name ("its chair", "the ministry") is counted apart,
# in the last row "(unnamed)"; a pronoun ("he", "some") that could not be resolved to a
# name is not listed.

# %%
views.speaker_counts(tables.quotes, outlet)

# %%
views.outlet_quotes(tables.quotes, outlet, tables.article_metrics)

# %% [markdown]
# ## Shared copy
#
# Groups of near-duplicate articles this outlet shares with other outlets: who else
# carries the same text, when it was published and whom it credits.

# %%
views.copy_groups(tables.article_metrics, tables.articles, outlet)

# %% [markdown]
# ## Statistics file
#
# The outlet's row of `outlet_metrics` (shares as fractions), written as JSON next to
# the report.

# %%
summary = views.outlet_summary(tables.outlet_metrics, outlet)
print(views.write_outlet_json(summary, output_json))
