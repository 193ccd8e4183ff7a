"""Extraction: study text or PDF -> the contract JSON (study, cohorts, arms, doses, results).

Empty until the extraction engine lands; `evidence load` already reads its output format
(schema/contract.py).
"""
