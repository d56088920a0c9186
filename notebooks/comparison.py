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
# # All outlets side by side
#
# The outlet table and charts for a paper, the rankings with how sure they are, and
# the shared-copy map: which outlets carry the same text; `outlets_shown` (names
# separated by commas) compares those outlets only. Tables come from
# `newscompare clean` and `metrics`. Definitions: [definitions](definitions.html).

# %% tags=["parameters"]
processed_dir: str = ""  # folder of the processed tables (empty: data/processed)
outlets_shown: str = ""  # outlets to compare, separated by commas (empty: all)

# %%
from analysis.report import charts, params, views

params.check_notebook_parameters(globals())
charts.setup_notebook()
tables = views.only_outlets(views.load_tables(processed_dir), outlets_shown)
outlets = views.outlet_names(tables.outlet_metrics)
views.navigation("comparison")

# %%
views.corpus_summary(tables.outlet_metrics)

# %% [markdown]
# ## The outlet table
#
# One row per outlet with articles; percentages are 0-100, readability is
# word-weighted over the outlet's articles in its readability language (another
# language's Flesch score is another formula: "readability articles", when shown, says
# how many articles that is). A word is not one unit across languages (a Chinese or
# Japanese one is a character): words, median length and quotes per 1,000 words
# compare among outlets writing in one language ("article languages", when shown).
# Each value is followed by its 95 % bootstrap interval over the outlet's articles
# (none for an outlet with fewer than 6 articles: too few for an interval that covers;
# the boilerplate ratio's counts its pages and cards).

# %%
views.outlet_table(tables.outlet_metrics)

# %% [markdown]
# ## Rankings: which differences the data show
#
# Outlets with 6 articles or more, highest first. Two outlets whose intervals overlap
# are not shown to differ: the last column names the ranks each one cannot be told
# apart from.

# %%
views.ranking(tables.outlet_metrics, "quote_share_pooled")

# %%
views.ranking(tables.outlet_metrics, "flesch_reading_ease_wmean")

# %%
views.ranking(tables.outlet_metrics, "boilerplate_ratio")

# %% [markdown]
# ## Charts

# %%
charts.chart_quote_share(tables.outlet_metrics)

# %%
charts.chart_readability(tables.article_metrics)

# %%
charts.chart_length(tables.article_metrics)

# %%
charts.chart_boilerplate_ratio(tables.outlet_metrics)

# %% [markdown]
# ## Most quoted speakers (all outlets)

# %%
views.speaker_counts(tables.quotes, top=20)

# %% [markdown]
# ## Shared copy: who carries whose text
#
# Each cell of the map counts near-duplicate article pairs between two outlets (only
# outlets that share copy are shown). The tables list the pairs of outlets, then each
# group with publication dates and credited sources, which tell who carried whose
# text.

# %%
charts.chart_copy_map(tables.copy_pairs, outlets)

# %%
views.copy_pair_counts(tables.copy_pairs)

# %%
views.copy_groups(tables.article_metrics, tables.articles)
