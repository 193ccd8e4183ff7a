"""Pooling: cross-study meta-analysis of the evidence database. No database access and no command line:
the rows come from ``oncoev.db.pooling_query`` and ``evidence pool`` is ``oncoev/cli/pool.py``.

- ``dataset``: the rules that turn the database's rows into the analysis dataset (one group per study;
  exclusions listed; events = rate x n, an approximation);
- ``methods``: the maths, checked against R's metafor (logit / Freeman-Tukey proportions, log
  ratios; common effect, DerSimonian-Laird and REML; Hartung-Knapp; z or t test of the estimate;
  Q, I², H², tau², prediction interval; subgroups; leave-one-out), with ``PoolResult.summary()`` tables;
- ``heterogeneity``: Q-profile confidence intervals for tau², tau, I² and H²;
- ``bias``: Egger's regression test for funnel plot asymmetry;
- ``analysis``: one run (with its warnings) and its table, CSV and JSON output;
- ``forest``, ``funnel``: forest and funnel plots (PNG, SVG, PDF).
"""
