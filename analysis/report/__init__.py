"""Stage 3, report: statistics tables -> notebooks and HTML pages.

Reads the tables in ``data/processed`` and writes ``reports/outlets/SLUG.{ipynb,html,json}``,
``reports/comparison.{ipynb,html}`` and ``reports/index.html``.

- :mod:`~analysis.report.batch`: runs the parameterized notebooks with papermill;
- :mod:`~analysis.report.views`: the tables and charts the notebooks show.
"""
