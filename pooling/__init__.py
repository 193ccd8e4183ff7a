"""Pooling: cross-study meta-analysis of the evidence database.

- ``dataset``: the database query and the rules that turn matching rows into the analysis dataset
  (one group per study; exclusions listed; events = rate x n, an approximation);
- ``methods``: the maths, checked against R's metafor (logit / Freeman-Tukey proportions, log
  ratios; common effect, DerSimonian-Laird and REML; Hartung-Knapp; Q, I², tau², prediction
  interval; subgroups; leave-one-out), with ``PoolResult.summary()`` tables;
- ``analysis``: one run and its table, CSV and JSON output; ``forest``: forest plots;
- ``cli``: the ``evidence pool`` command.
"""
