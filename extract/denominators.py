"""Which of a group's populations a count is of, by the share printed with it.

"Paresthesia occurred in 24 patients (46.2%) in arm A" where arm A was randomised with 53 patients and 52 of them
were treated: 24 of 53 is 45.3%, 24 of 52 is 46.2%. The share says the count is of the 52, the arm's safety
population, which the paper defined ("of 52 patients treated in arm A"); both rows belong to that cohort. Only an
existing cohort under the group is chosen, and only when the group's own size does not fit the share and exactly
one of its sub-populations does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any, Optional, Protocol

from oncoev.extract.lexicon import parse_count
from oncoev.extract.rules import regexes

RX = regexes("denominators")  # patterns/regex/denominators.yaml: the regular expressions of this module


class _Sized(Protocol):
    key: str
    n: Optional[int]
    parent: Optional[str]


def _tolerance(share: float) -> float:
    """Half a unit of the last decimal the share was printed with: 46.2% stands for 46.15 to 46.25."""
    text = f"{share:.4f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10 ** -decimals + 1e-9


def share_fits(count: float, share: float, n: int) -> bool:
    """Whether ``share`` per cent, as printed (to its last decimal), is ``count`` of ``n``."""
    return n > 0 and abs(100.0 * count / n - share) <= _tolerance(share)


def _fits_row(count: float, share: dict[str, Any], n: int) -> bool:
    """``_fits`` for a share row, whose value may be a bound the paper printed ("1 [<1%] of 298": under 1%)."""
    value, op = float(share["value"]), share.get("value_op")
    if op in ("<", "<=", "≤"):
        return n > 0 and 100.0 * count / n <= value + _tolerance(value)
    if op in (">", ">=", "≥"):
        return n > 0 and 100.0 * count / n >= value - _tolerance(value)
    return share_fits(count, value, n)


# How many whole sizes a count and its printed share may leave open and still say which population it is of:
# "24 (46.2%)" leaves 52 alone; "1 (1%)" anything from 67 to 200, which says nothing
MAX_OPEN_SIZES = 3


def _sizes_open(count: float, share: float) -> int:
    tolerance = _tolerance(share)
    low, high = 100.0 * count / (share + tolerance), 100.0 * count / max(share - tolerance, 1e-9)
    return max(0, math.floor(high) - math.ceil(low) + 1)


def population_of_share(count: float, share: float, group: _Sized, cohorts: list[_Sized]) -> Optional[str]:
    """The key of the one cohort under ``group`` whose size the share fits, when the group's own does not and the
    share is precise enough to tell sizes apart."""
    if not group.n or count <= 0 or share <= 0 or share > 100 or share_fits(count, share, group.n):
        return None
    if _sizes_open(count, share) > MAX_OPEN_SIZES:
        return None
    fitting = [c.key for c in cohorts if c.parent == group.key and c.n and c.n >= count and
               share_fits(count, share, c.n)]
    return fitting[0] if len(fitting) == 1 else None


# The fields a count and its share share when one phrase gives both ("24 patients (46.2%)")
_SAME_FINDING = ("cohort", "endpoint", "category", "grade", "site", "timepoint_months", "char_start", "quote")


def _shares(results: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
    """The share rows of each finding, looked up by a count row of it ("24 patients (46.2%)": the 46.2% row)."""
    rates: dict[tuple, list[dict[str, Any]]] = {}
    for r in results:
        if r.get("measure") == "rate" and r.get("unit") == "%":
            rates.setdefault(tuple(r.get(k) for k in _SAME_FINDING), []).append(r)
    return lambda count: rates.get(tuple(count.get(k) for k in _SAME_FINDING), [])


def move_to_share_populations(results: list[dict[str, Any]], cohorts: dict[str, _Sized]) -> int:
    """Move each count and its share to the sub-population the share was taken of (``population_of_share``);
    returns how many rows moved."""
    shares_of = _shares(results)
    moved = 0
    listed = list(cohorts.values())
    for r in results:
        if r.get("measure") != "count" or r.get("cohort") not in cohorts:
            continue
        shares = shares_of(r)
        if len(shares) != 1 or shares[0].get("value_op") or r.get("value_op"):
            continue
        target = population_of_share(float(r["value"]), float(shares[0]["value"]), cohorts[r["cohort"]], listed)
        if target is not None:
            r["cohort"] = shares[0]["cohort"] = target
            moved += 2
    return moved


def move_to_the_whole_the_share_fits(results: list[dict[str, Any]], cohorts: dict[str, _Sized]) -> int:
    """Move each count and its share from a part of the patients whose size the share does not fit to the group the
    part was taken of, whose size it does ("Of the 40 patients who relapsed, 18 (15.0%) relapsed in the brain" in a
    study of 120: 18 of 40 is 45%, 18 of 120 is 15%: the share, and so the count beside it, is said of all 120);
    returns how many rows moved. Only when the share is precise enough to tell sizes apart."""
    shares_of = _shares(results)
    moved = 0
    for r in results:
        part = cohorts.get(r.get("cohort") or "")
        if r.get("measure") != "count" or part is None or not part.n or not part.parent or r.get("value_op"):
            continue
        whole = cohorts.get(part.parent)
        shares = shares_of(r)
        if whole is None or not whole.n or len(shares) != 1 or shares[0].get("value_op"):
            continue
        count, share = float(r["value"]), float(shares[0]["value"])
        if count <= 0 or not 0 < share <= 100 or share_fits(count, share, part.n) or \
                not share_fits(count, share, whole.n) or _sizes_open(count, share) > MAX_OPEN_SIZES:
            continue
        r["cohort"] = shares[0]["cohort"] = whole.key
        moved += 2
    return moved


def subject_populations(text: str, results: list[dict[str, Any]], cohorts: dict[str, _Sized],
                        add_cohort: Callable[[str, int, str, int, int], str]) -> int:
    """A count with its share straight after "N patients underwent X, with" is of those N when the share fits
    them and not the row's own group: the cohort "patients who underwent X" (N) is made under that group
    (``add_cohort(label, n, parent, start, end)`` gives its key) and both rows are its; returns rows moved."""
    shares_of = _shares(results)
    made: dict[tuple[str, int], str] = {}
    moved = 0
    for r in results:
        group = cohorts.get(r.get("cohort") or "")
        start = r.get("char_start")
        if r.get("measure") != "count" or group is None or not isinstance(start, int):
            continue
        shares = shares_of(r)
        if len(shares) != 1:
            continue
        count, share = float(r["value"]), float(shares[0]["value"])
        if group.n and share_fits(count, share, group.n):
            continue
        window = text[max(0, start - 200):start]
        m = RX.SUBJECT_BEFORE.search(window)
        n = parse_count(m.group("n")) if m else None
        if not m or not n or n < count or not share_fits(count, share, n):
            continue
        verb = " ".join(m.group("verb").split()).lower()
        label = f"{m.group('who').lower()} who {verb} {' '.join(m.group('what').split())}"
        key = made.get((label, n))
        if key is None:
            offset = max(0, start - 200)
            key = made[(label, n)] = add_cohort(label, n, group.key, offset + m.start("n"), offset + m.end("what"))
        r["cohort"] = shares[0]["cohort"] = key
        moved += 2
    return moved


def stated_totals(results: list[dict[str, Any]], cohorts: dict[str, _Sized],
                  part_of: Callable[[str, int], str], placed: Callable[[str], bool] = lambda key: False) -> int:
    """A group's count said of a total other than the group's size ("11 [13%] of 84 patients given drug A" of an
    arm randomised with 86) is of that part of the group: the cohort ``part_of(group key, total)`` gives (the
    group's own when it had no size yet), with the count's share; returns rows moved. A total above the group's
    size, or a count whose value the quote says of two totals, moves nothing; but a group that is only an unnamed
    pair's place (``placed``: "group 1" of "(50 of 148 vs 22 of 152)") counted in a larger total is another
    sentence's pair, which ``part_of`` gives a group of its own."""
    shares_of = _shares(results)
    moved = 0
    for r in results:
        group = cohorts.get(r.get("cohort") or "")
        if r.get("measure") != "count" or group is None or group.key == "all" or not r.get("quote"):
            continue
        stated = [*RX.COUNT_OF_TOTAL.finditer(r["quote"])] + \
            ([] if str(r.get("pattern_id", "")).startswith("table") else [*RX.COUNT_OVER_TOTAL.finditer(r["quote"])])
        totals = {parse_count(m.group("n")) for m in stated if parse_count(m.group("count")) == r["value"]}
        if len(totals) != 1:
            continue
        total = totals.pop()
        if not total or total == group.n or total < r["value"] or (
                group.n is not None and total > group.n and not placed(group.key)):
            continue
        shares = shares_of(r)
        if len(shares) > 1 or (shares and not _fits_row(float(r["value"]), shares[0], total)):
            continue  # the share printed with it is of another total: the quote is read wrong somewhere
        key = part_of(group.key, total)
        for row in (r, *shares):
            row["cohort"] = key
        moved += 1 + len(shares)
    return moved


# A total of the patients analysed this close to the study's size is all its patients, still ("12 (16%) of 75
# evaluable patients" in a study of 80): above this share of the study, no part is made
NEARLY_ALL = 0.9
# ... and from this share of the study up to that, such a total is still all but a few patients, not some group the
# sentence leaves unnamed (below it, a count said of it is no row: ``cohort_for``)
NEARLY_ALL_FROM = 0.6


def analysed_parts(text: str, results: list[dict[str, Any]], cohorts: dict[str, _Sized],
                   add_cohort: Callable[[str, int, str, int, int], str]) -> int:
    """A count of all patients said of a total that names the patients analysed ("Twelve (30%) of the 40 evaluable
    patients had a response" in a study of 70) is of those patients, a part of the study: the cohort "40 evaluable
    patients" is made under all patients (``add_cohort(label, n, parent, start, end)``) and the count and its share
    are its; so is a share said without its count of such patients ("the response rate among the 40 evaluable
    patients was 30%", "30% (12 of the 40 evaluable patients)"); returns rows moved. Only when the total is well
    below the study's size (``NEARLY_ALL``) and at least the count, and the share fits the total."""
    whole = cohorts.get("all")
    if whole is None or not whole.n:
        return 0
    shares_of = _shares(results)
    made: dict[str, str] = {}
    moved = 0

    def part(total: int, who: re.Match, n_at: int) -> str:
        label = f"{total} {' '.join(who.group('who').split())}"
        if label not in made:
            made[label] = add_cohort(label, total, "all", n_at, who.end())
        return made[label]

    counted: set[int] = set()
    for r in results:
        start, quote = r.get("char_start"), r.get("quote") or ""
        if r.get("measure") != "count" or r.get("cohort") != "all" or r.get("value_op") or not isinstance(start, int):
            continue
        shares = shares_of(r)
        counted |= {id(x) for x in shares}
        stated = [m for m in RX.COUNT_OF_TOTAL.finditer(quote) if parse_count(m.group("count")) == r["value"]]
        if len(stated) != 1 or text[start:start + len(quote)] != quote:
            continue
        m = stated[0]
        total, who = parse_count(m.group("n")), RX.ANALYSED_AFTER_TOTAL.match(text, start + m.end())
        if who is None or not total or total > NEARLY_ALL * whole.n or total < r["value"]:
            continue
        if len(shares) > 1 or (shares and not _fits_row(float(r["value"]), shares[0], total)):
            continue  # "12 (17%) of the 40 evaluable patients" in 70: the share is of another total
        key = part(total, who, start + m.start("n"))
        for row in (r, *shares):
            row["cohort"] = key
        moved += 1 + len(shares)
    for r in results:
        start, quote = r.get("char_start"), r.get("quote") or ""
        if r.get("measure") != "rate" or r.get("unit") != "%" or r.get("cohort") != "all" or r.get("value_op") or \
                id(r) in counted or not isinstance(start, int) or text[start:start + len(quote)] != quote:
            continue
        found = _analysed_totals(text, start, quote, float(r["value"]))
        if len({total for total, _, _ in found}) != 1 or found[0][0] > NEARLY_ALL * whole.n:
            continue
        r["cohort"] = part(*found[0])
        moved += 1
    return moved


def nearly_all_totals(text: str, results: list[dict[str, Any]], cohorts: dict[str, _Sized],
                      part_of: Callable[[str, int], str], compared: Callable[[str], bool]) -> int:
    """A count of all patients said of a total a little under the study's size ("Serious adverse events occurred in
    130 of 646 treated patients" in a trial of 664: the patients analysed, who are most of the study) is of those
    patients, not of all 664: the count and its share go to the part of all patients of that size (``part_of``).
    Only a total from ``NEARLY_ALL_FROM`` of the study up to under its size, at least the count, said bare or as the
    patients analysed, with a share printed with the count that fits it; never a total some compared group has
    (it may be that group's count); returns rows moved."""
    whole = cohorts.get("all")
    if whole is None or not whole.n:
        return 0
    shares_of = _shares(results)
    moved = 0
    for r in results:
        start, quote = r.get("char_start"), r.get("quote") or ""
        if r.get("measure") != "count" or r.get("cohort") != "all" or r.get("value_op") or \
                not isinstance(start, int) or text[start:start + len(quote)] != quote or \
                str(r.get("pattern_id", "")).startswith("table"):
            continue
        # (the quote may end before the total: "130 (20.1%) out of 646 patients")
        said = text[start:start + len(quote) + 30]
        stated = [m for m in (*RX.COUNT_OF_TOTAL.finditer(said), *RX.COUNT_OVER_TOTAL.finditer(said))
                  if m.start("count") < len(quote) and parse_count(m.group("count")) == r["value"]]
        totals = {parse_count(m.group("n")) for m in stated}
        if len(totals) != 1:
            continue
        total, after = totals.pop(), start + stated[0].end()
        if not total or not NEARLY_ALL_FROM * whole.n <= total < whole.n or total < r["value"] or \
                any(c.n == total and compared(c.key) for c in cohorts.values()) or \
                not (RX.ANALYSED_AFTER_TOTAL.match(text, after) or RX.BARE_TOTAL_AFTER.match(text, after)):
            continue
        shares = shares_of(r)
        if len(shares) > 1 or (shares and not _fits_row(float(r["value"]), shares[0], total)):
            continue
        key = part_of("all", total)
        for row in (r, *shares):
            row["cohort"] = key
        moved += 1 + len(shares)
    return moved


def _analysed_totals(text: str, start: int, quote: str, share: float) -> list[tuple[int, re.Match, int]]:
    """The totals of analysed patients a share's quote (at ``start`` of ``text``) names, each with the people's
    words and where its number is: "12 of the 40 evaluable patients" when 12 of 40 is the share, "among the 40
    evaluable patients"."""
    found = []
    for m in RX.COUNT_OF_TOTAL.finditer(quote):
        count, total = parse_count(m.group("count")), parse_count(m.group("n"))
        who = RX.ANALYSED_AFTER_TOTAL.match(text, start + m.end())
        if who and count is not None and total and count <= total and share_fits(count, share, total):
            found.append((total, who, start + m.start("n")))
    for m in RX.ANALYSED_NAMED.finditer(quote):
        total, who = parse_count(m.group("n")), RX.ANALYSED_AFTER_TOTAL.match(text, start + m.end())
        if who and total:
            found.append((total, who, start + m.start("n")))
    return found


def totals_along_a_list(text: str, results: list[dict[str, Any]], cohorts: dict[str, _Sized]) -> int:
    """A group's bare count in the sentence that gave another of its counts a total ("anaemia (9 [12%] of 73
    patients), nausea (5 [7%]) and fatigue (4 [5%])" for an arm of 76 randomised) is of the same part of the group:
    the count and its share go to the part (``stated_totals`` made it). Nothing moves when the sentence gives the
    group two parts, says the group's own size as a total too, the count states a total of its own, or its share
    does not fit the part's size; returns rows moved."""
    shares_of = _shares(results)
    located = [r for r in results if r.get("measure") == "count" and isinstance(r.get("char_start"), int)
               and isinstance(r.get("char_end"), int) and not str(r.get("pattern_id", "")).startswith("table")]
    moved = 0
    for r in located:
        group = cohorts.get(r.get("cohort") or "")
        if group is None or group.key == "all" or not group.n or not r.get("quote"):
            continue
        start, end = r["char_start"], r["char_end"]
        parts = {p["cohort"] for p in located if p is not r and p["cohort"] in cohorts
                 and cohorts[p["cohort"]].parent == group.key and cohorts[p["cohort"]].n
                 and not RX.SENTENCE_BREAK.search(text, min(start, p["char_start"]), max(end, p["char_end"]))}
        if len(parts) != 1:
            continue
        part = cohorts[parts.pop()]
        stated = [*RX.COUNT_OF_TOTAL.finditer(r["quote"]), *RX.COUNT_OVER_TOTAL.finditer(r["quote"])]
        if any(parse_count(m.group("count")) == r["value"] for m in stated):
            continue  # "nausea (5 [7%] of 76)": its own total
        sentence_start = max([m.end() for m in RX.SENTENCE_BREAK.finditer(text, 0, start)] or [0])
        following = RX.SENTENCE_BREAK.search(text, end)
        sentence = text[sentence_start:following.start() if following else len(text)]
        if re.search(rf"(?:\bof|/|\bn\s*=)\s*{group.n}\b(?!\s*%)", sentence):
            continue  # the group's own size is a total the sentence counts in too
        shares = shares_of(r)
        if len(shares) > 1 or (shares and not _fits_row(float(r["value"]), shares[0], part.n)):
            continue
        for row in (r, *shares):
            row["cohort"] = part.key
        moved += 1 + len(shares)
    return moved


# How small a part of the whole study a count's share may say it was taken of and still be all patients' (a share of
# the evaluable or treated patients): below this, the count is of a part the sentence did not name (one arm)
PART_OF_THE_STUDY = 0.6


def shares_of_a_part(results: list[dict[str, Any]], cohorts: dict[str, _Sized]) -> list[dict[str, Any]]:
    """The share rows of all patients whose count and share say they were taken of far fewer patients than the study
    has: "tolerance to chemotherapy included neutropenia in 300 (90%) patients" in a trial of 800, half of them given
    no chemotherapy, is 90% of the treated arm, which the sentence does not name, never of all patients (the 300
    patients are still a count of all the study's)."""
    whole = cohorts.get("all")
    if whole is None or not whole.n:
        return []
    shares_of = _shares(results)
    out: list[dict[str, Any]] = []
    for r in results:
        if r.get("measure") != "count" or r.get("cohort") != "all" or r.get("value_op") or r.get("unit") != "n":
            continue
        shares = shares_of(r)
        if len(shares) != 1 or shares[0].get("value_op"):
            continue
        count, share = float(r["value"]), float(shares[0]["value"])
        lowest = share - _tolerance(share)
        if count <= 0 or lowest <= 0 or share > 100:
            continue
        if 100.0 * count / lowest < PART_OF_THE_STUDY * whole.n:
            out.append(shares[0])
    return out


# How large a part of the study a number of patients said before the values may be and still be all of them (the
# patients treated or assessed)
ALMOST_ALL = 0.9


def values_of_a_sized_part(text: str, results: list[dict[str, Any]], cohorts: dict[str, _Sized]
                           ) -> list[dict[str, Any]]:
    """The rows of all patients no group took, other than counts, in a sentence that says its values of a number of
    patients far fewer than the study's ("Thirty-one patients went on to receive drug Q and achieved a response rate of
    27% and a median PFS of 7.3 months" in a study of 50): that part's, which no row names, never all patients'. A
    number of patients that is itself a count of the sentence ("Twenty patients (33%) had a complete response") names
    no part."""
    whole = cohorts.get("all")
    if whole is None or not whole.n:
        return []
    out: list[dict[str, Any]] = []
    for r in results:
        start, end = r.get("char_start"), r.get("char_end")
        if r.get("cohort") != "all" or r.get("comparator") or r.get("measure") == "count" or \
                str(r.get("pattern_id") or "").startswith("table") or not isinstance(start, int) or \
                not isinstance(end, int):
            continue
        a = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
        counted = {float(c["value"]) for c in results if c.get("measure") == "count"
                   and isinstance(c.get("char_start"), int) and a <= c["char_start"] < end}
        sentence = text[a:end]
        for m in RX.SIZED_PEOPLE.finditer(sentence):
            n = parse_count((m.group("n") or m.group("n2")).replace(",", ""))
            if not n or n >= ALMOST_ALL * whole.n or (float(n) in counted and not RX.OWN_EVENT_THEN_HAD.match(
                    sentence, m.end(), start - a)) or \
                    RX.COUNT_BEFORE.search(sentence, 0, m.start("n") if m.group("n") else m.start("n2")) or \
                    ";" in sentence[m.end():]:
                continue
            out.append(r)
            break
    return out


def shares_with_their_counts(results: list[dict[str, Any]]) -> int:
    """A share of all patients said inside the phrase whose count a group rule gave to a group ("Among those given
    drug A, 60 patients (25%) had grade 3 fatigue": the 60 drug A's) is that group's share too, never all patients';
    returns how many share rows moved."""
    same = ("endpoint", "category", "grade", "site", "timepoint_months")
    counts = [r for r in results if r.get("measure") == "count" and r.get("cohort") not in (None, "all")
              and isinstance(r.get("char_start"), int) and isinstance(r.get("char_end"), int)]
    moved = 0
    for r in results:
        if r.get("measure") != "rate" or r.get("unit") != "%" or r.get("cohort") != "all" or \
                not isinstance(r.get("char_start"), int) or not isinstance(r.get("char_end"), int):
            continue
        # (the count the share's phrase opens with: "42 (30%) and 50 (36%) required ..." are two counts)
        lead = RX.LEADING_COUNT.match(r.get("quote") or "")
        n = parse_count(lead.group("n")) if lead else None
        holders = {c["cohort"] for c in counts if all(c.get(k) == r.get(k) for k in same) and c.get("value") == n
                   and c["char_start"] <= r["char_start"] and r["char_end"] <= c["char_end"]}
        if len(holders) == 1:
            r["cohort"] = holders.pop()
            moved += 1
    return moved
