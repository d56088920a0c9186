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
# The outlet table and charts for a paper, and the shared-copy map: which outlets
# carry the same text. Tables come from `python -m analysis clean` and `metrics`;
# metric definitions are in `docs/metrics.md`.

# %% tags=["parameters"]
processed_dir: str = ""  # folder of the processed tables (empty: data/processed)

# %%
from analysis.report import charts, views

charts.setup_notebook()
tables = views.load_tables(processed_dir)
outlets = views.outlet_names(tables.outlet_metrics)
len(outlets)

# %% [markdown]
# ## The outlet table
#
# One row per outlet; percentages are 0-100, readability is word-weighted over the
# outlet's articles.

# %%
views.outlet_table(tables.outlet_metrics)

# %% [markdown]
# ## Charts

# %%
charts.chart_readability(tables.article_metrics)

# %%
charts.chart_length(tables.article_metrics)

# %%
charts.chart_quote_share(tables.outlet_metrics)

# %%
charts.chart_boilerplate_ratio(tables.outlet_metrics)

# %% [markdown]
# ## Most quoted speakers (all outlets)

# %%
views.speaker_counts(tables.quotes).head(20)

# %% [markdown]
# ## Shared copy: who carries whose text
#
# Each cell counts near-duplicate article pairs between two outlets. The table below
# lists each group with publication dates and credited sources, which tell who
# carried whose text.

# %%
views.copy_matrix(tables.copy_pairs, outlets)

# %%
charts.chart_copy_map(tables.copy_pairs, outlets)

# %%
views.copy_groups(tables.article_metrics, tables.articles)
