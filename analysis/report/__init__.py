"""Stage 3, report: statistics tables -> notebooks and HTML pages.

Reads the tables in ``data/processed`` and writes ``reports/outlets/SLUG.{ipynb,html,json}``,
``reports/comparison.{ipynb,html}`` and ``reports/index.html``.

- :mod:`~analysis.report.batch`: the ``report`` command: plan, run, index, summary;
- :mod:`~analysis.report.plan`: which outlets get a report, with which parameters;
- :mod:`~analysis.report.params`: notebook parameter checks (batch and in-notebook);
- :mod:`~analysis.report.slugs`: readable, safe, stable file names for outlets;
- :mod:`~analysis.report.runner`: one notebook with papermill, atomic writes, retries;
- :mod:`~analysis.report.pool`: worker processes, each keeping one kernel warm
  (:mod:`~analysis.report.kernels`, reset by :mod:`~analysis.report.kernel_state`), Ctrl-C;
- :mod:`~analysis.report.render`: HTML from Jinja templates (``templates/``);
- :mod:`~analysis.report.references`: the ``references`` command;
- :mod:`~analysis.report.views`: the tables and charts the notebooks show.
"""
