"""Pooling: cross-study queries and random-effects meta-analysis.

Empty until the pooling module lands; the views `survival_rates` and `results_flat` already
answer the cross-study queries it will build on.
"""
