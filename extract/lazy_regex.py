"""Regular expressions compiled when first used, not when their module or rule table is built.

Compiling is most of a process's start-up after importing spaCy: Python's ``re`` compiles in pure
Python, and the rule modules and pattern tables hold some 500 expressions. Compiled eagerly, a worker
compiled 575 of them (a third of a second) for the warm-up text and one abstract. A paper uses only the
rules its text reaches (most are tried only around a plain-string anchor, see ``requires`` and
``anchors`` in ``rules.py``): compiled on first use, the same work compiles 333.

:func:`lazy_regex` returns a :class:`LazyPattern`, which has ``re.Pattern``'s methods: the first call
of any of them compiles the expression (with ``re.compile``, so the expression and what it
matches are the same) and puts the compiled pattern's bound methods on the object, so that later
calls cost what they cost on the compiled pattern itself. ``pattern`` (the source) is there
without compiling, for expressions built out of others.

A pattern file's own expressions are still checked when it is loaded (``rules.load``); one built by a
module (macros filled in, lists joined) raises at its first use, with ``where`` naming its file and
place, and :func:`compile_all` (the test suite calls it) compiles every expression made so far, so that
a broken one cannot wait for the paper that needs it.

First-character guard (speed): Python's ``re`` skips ahead quickly only to a match's literal prefix or
first character class; a pattern that starts with a lookbehind, a word boundary, a case-insensitive
word or an alternation of groups is instead tried at every position of the text, each try walking its
alternatives (a combined table of 21 normalisation rules, 100 class rules of the unexplained account,
the drug names). Such a pattern is compiled as ``(?=[S])(?:pattern)``, where S holds every character
that can be the first one a match consumes (:func:`first_char_guard`, read from the parsed expression):
most positions then fail on one class test. The guard is zero-width, holds no group and is only
added when the expression cannot match the empty string, so matches, spans, groups and replacements are
exactly those of the pattern as written (``pattern`` keeps the source). On the seed texts the whole
extraction took about a fifth less time.

The guard's characters also go into the compiled program's info block (:func:`_with_start_chars`), where ``re``
keeps the first characters of a pattern that starts with a class: a search then skips in C to the next
character a match may start with, rather than trying the guard at each position. That set holds every character
past ASCII and the guard's ASCII ones (both cases where the guard ignores case), so it lets through all the guard
does; the guard and the pattern still decide, and matches are the same. The seed texts' extraction took about a
seventh less time again. A pattern that needs no guard (no alternatives before its first character: a try is
cheap) but whose first characters are read alike gets them in its info block too.

Start finder (speed): a pattern one alternative of which may start at nearly any letter (a treatment's name,
"[a-z]*(?:platin|mab)", before "was given to") gains nothing from a guard. :func:`start_finder` reads, for such an
alternative, its words before a literal character: a match can start only inside the stretch of letters, digits,
spaces and hyphens that ends where the rest of the alternative matches, and :func:`scan` tries the pattern only at
those positions and where the other alternatives' first characters stand, in order, as ``finditer`` would: the
positions skipped hold no match, so the matches are the same.
"""

from __future__ import annotations

import _sre
import bisect
import re
import weakref
from typing import Any, Optional, Union

try:  # Python >= 3.11
    from re import _compiler as _sre_compiler
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

# What a compiled pattern offers; each is fetched once, on first use, and kept on the object.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
            "groups", "groupindex")

_MADE: weakref.WeakSet[LazyPattern] = weakref.WeakSet()

# What a rule table holds: a pattern compiled already or one compiled on first use (both are used alike).
Regex = Union[re.Pattern, "LazyPattern"]


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module's notes)."""

    def __init__(self, pattern: str, flags: int = 0, where: Optional[str] = None) -> None:
        self.pattern = pattern
        self.lazy_flags = flags
        self.where = where
        self._compiled: Optional[re.Pattern] = None
        _MADE.add(self)

    def compile(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            try:
                compiled = compile_guarded(self.pattern, self.lazy_flags)
            except re.error as e:
                if self.where is None:
                    raise
                from oncoev.extract.rules import PatternFileError

                raise PatternFileError(f"{self.where}: the regular expression does not compile: {e}") from None
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compile().flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the object lacks: before the first use, the pattern's methods.
        if name not in _METHODS:
            raise AttributeError(name)
        self.compile()
        return self.__dict__[name]

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.lazy_flags!r})"


def lazy_regex(pattern: str, flags: int = 0, where: Optional[str] = None) -> LazyPattern:
    """A pattern compiled when first used; ``where`` (a pattern file and place) is named if it does not compile."""
    return LazyPattern(pattern, flags, where)


def compile_all() -> int:
    """Compile every lazy pattern made so far (raising for one that does not compile); how many there are."""
    made = list(_MADE)
    for pattern in made:
        pattern.compile()
    return len(made)


# --- the first-character guard (see the module's notes) ---------------------------------------

_C = _sre_constants
_ZERO_WIDTH = frozenset({_C.AT, _C.ASSERT, _C.ASSERT_NOT})
_REPEATS = frozenset(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)  # Python >= 3.11
# Classes inside a character class that the guard can name again; a broad one (\w, \S, \D, \W) is also
# named, but makes a guard worth nothing (see _BROAD).
_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
               _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W"}
_BROAD = (r"\w", r"\S", r"\D", r"\W")
# Inline flags for the whole pattern ("(?i)"): must stay at its start, where the guard would go.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _char(code: int) -> str:
    """A character as a character class item: a letter or digit as itself, any other escaped."""
    c = chr(code)
    return c if c.isascii() and c.isalnum() else f"\\U{code:08x}"


class _Unreadable(Exception):
    """A construct whose first characters the guard does not work out (it then guards nothing)."""


class _FirstChars:
    """The characters a match of a parsed expression can consume first, as character class items: ``exact``
    (case as written) and ``folded`` (any case); ``branches``: the alternations passed on the way there."""

    def __init__(self) -> None:
        self.exact: list[str] = []
        self.folded: list[str] = []
        # first characters a match can only take after a given character before it: (lookbehind, any case) ->
        # class items ("\\b" or "(?<![\\w-])" then a number word: a letter that starts a word)
        self.gated: dict[tuple[str, bool], list[str]] = {}
        self.branches = 0
        # the ASCII characters among them, with those of the other case for an item of any case (see _ascii_chars)
        self.ascii: set[str] = set()

    def read(self, items: Any, ignore_case: bool, before: Optional[tuple[str, bool]] = None) -> bool:
        """Adds the first characters of the parsed sequence ``items``; whether it can match nothing. ``before``:
        what a lookbehind or boundary passed on the way says of the character before the match, as a lookbehind
        and whether it holds only before a word character (a boundary)."""
        for op, av in items:
            if op in _ZERO_WIDTH:
                # a lookaround or a boundary consumes nothing: the next item supplies the character
                before = _before(op, av) or before
                continue
            if op is _C.LITERAL or op is _C.IN:
                chars = [_C.LITERAL, av] if op is _C.LITERAL else [x for pair in av for x in pair]
                kinds = chars[0::2]
                values = chars[1::2]
                gate = before if before is not None and (not before[1] or all(
                    _word_item(k, v) for k, v in zip(kinds, values, strict=True))) else None
                out = self.folded if ignore_case else self.exact
                if gate is not None:
                    out = self.gated.setdefault((gate[0], ignore_case), [])
                for kind, value in zip(kinds, values, strict=True):
                    self.ascii |= _ascii_chars(kind, value, ignore_case)
                    if kind is _C.LITERAL:
                        out.append(_char(value))
                    elif kind is _C.RANGE:
                        out.append(f"{_char(value[0])}-{_char(value[1])}")
                    elif kind is _C.CATEGORY and value in _CATEGORIES:
                        out.append(_CATEGORIES[value])
                    else:  # a negated class ("[^)]"): any character, nearly
                        raise _Unreadable
                return False
            if op is _C.SUBPATTERN:
                _group, add, remove, sub = av
                if (add | remove) & ~_C.SRE_FLAG_IGNORECASE:
                    raise _Unreadable  # "(?a:\w)": the guard's class would be read under the pattern's own flags
                case = (ignore_case or bool(add & _C.SRE_FLAG_IGNORECASE)) and not remove & _C.SRE_FLAG_IGNORECASE
                if not self.read(sub.data, case, before):
                    return False
                continue
            if op is _C.BRANCH:
                self.branches += 1
                empty = False
                for alternative in av[1]:
                    empty |= self.read(alternative.data, ignore_case, before)
                if not empty:
                    return False
                continue
            if op in _REPEATS:
                least, _most, sub = av
                if not self.read(sub.data, ignore_case, before) and least > 0:
                    return False
                continue
            if op is _ATOMIC and _ATOMIC is not None:
                if not self.read(av.data, ignore_case, before):
                    return False
                continue
            raise _Unreadable  # ".", "[^x]", a back-reference, a conditional group
        return True


# A lookbehind of one class that the guard can say again: "(?<![\\w-])" (no word character before: a word starts
# here) and "(?<=\\d)" (after a digit).
_NOT_AFTER_WORD = r"(?<!\w)"
_AFTER_DIGIT = r"(?<=\d)"


def _before(op: Any, av: Any) -> Optional[tuple[str, bool]]:
    """What a zero-width item says of the character before the match's first, as a lookbehind of the guard and
    whether it holds only when that first character is a word character (``\\b``); None when it says nothing the
    guard uses."""
    if op is _C.AT:
        return (_NOT_AFTER_WORD, True) if av is _C.AT_BOUNDARY else None
    direction, sub = av
    if direction != -1 or len(sub) != 1 or sub[0][0] is not _C.IN:
        return None
    items = sub[0][1]
    if op is _C.ASSERT_NOT and (_C.CATEGORY, _C.CATEGORY_WORD) in items:
        return (_NOT_AFTER_WORD, False)  # "(?<![\\w-])": nor after a word character
    if op is _C.ASSERT and items == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
        return (_AFTER_DIGIT, False)
    return None


def _word_item(kind: Any, value: Any) -> bool:
    """Whether a class item holds word characters only (a letter, a digit, a range of them, \\d)."""
    if kind is _C.LITERAL:
        return chr(value).isalnum() or chr(value) == "_"
    if kind is _C.RANGE:
        return all(chr(v).isalnum() for v in value) and (chr(value[0]).isdigit() == chr(value[1]).isdigit())
    return kind is _C.CATEGORY and value is _C.CATEGORY_DIGIT


def first_char_guard(pattern: str, flags: int = 0) -> Optional[str]:
    """A lookahead that every match of ``pattern`` passes at its start: ``(?=[S])`` with S the characters a
    match can consume first. None when there is nothing to gain: the pattern may match the empty string, has
    a construct the guard does not read, already gives ``re`` a first character or literal prefix to skip
    ahead to, reaches its first character without choosing between alternatives (a class, a repeat, a
    boundary then a word: each try is already cheap, a guard only adds to it), or may start with nearly
    any character."""
    return _guard(_sre_parser.parse(pattern, flags), pattern, flags)


def _guard(parsed: Any, pattern: str, flags: int) -> Optional[str]:
    """:func:`first_char_guard` of ``pattern`` parsed (``parsed``)."""
    found = _guard_and_starts(parsed, pattern, flags)
    return found[0] if found is not None and found[0] else None


def _guard_and_starts(parsed: Any, pattern: str, flags: int) -> Optional[tuple[str, frozenset[str]]]:
    """:func:`first_char_guard` of ``pattern`` parsed (``parsed``), "" for none where a try is already cheap (no
    alternatives before the first character), with the ASCII characters a match may start with (some more, never
    fewer; see _with_start_chars); None when neither is known or worth having."""
    if flags & (re.VERBOSE | re.LOCALE) or parsed.state.flags & _C.SRE_FLAG_VERBOSE or _GLOBAL_FLAGS.search(pattern):
        return None  # verbose: a trailing comment would swallow the closing bracket; locale: case is the locale's
    ignore_case = bool(parsed.state.flags & _C.SRE_FLAG_IGNORECASE)
    if _skips_ahead(parsed.data, ignore_case):
        return None
    first = _FirstChars()
    try:
        if first.read(parsed.data, ignore_case):
            return None
    except _Unreadable:
        return None
    if any(c in _BROAD for c in first.exact + first.folded) or \
            any(c in _BROAD for items in first.gated.values() for c in items):
        return None
    if not first.branches:
        return "", frozenset(first.ascii)  # no guard: a try is cheap, but a search may still skip to these
    # each item once: a list of 300 drug names starts with "c" dozens of times
    parts = [f"(?-i:[{''.join(dict.fromkeys(first.exact))}])"] if first.exact else []
    parts += [f"(?i:[{''.join(dict.fromkeys(first.folded))}])"] if first.folded else []
    # (a letter that starts a number word is tried at the start of a word only: most letters are inside one)
    parts += [f"{lookbehind}(?{'i' if folded else '-i'}:[{''.join(dict.fromkeys(items))}])"
              for (lookbehind, folded), items in first.gated.items()]
    return "(?=" + "|".join(parts) + ")", frozenset(first.ascii)


def _skips_ahead(items: Any, ignore_case: bool) -> bool:
    """Whether ``re`` finds where this pattern can start by itself (its first item, groups opened, is a
    character, a class or an alternation of characters, with case, or the start of the text): a guard
    would only slow it down."""
    while items and items[0][0] is _C.SUBPATTERN:
        _group, add, remove, sub = items[0][1]
        ignore_case = (ignore_case or bool(add & _C.SRE_FLAG_IGNORECASE)) and not remove & _C.SRE_FLAG_IGNORECASE
        items = sub.data
    if not items:
        return False
    op, av = items[0]
    if op is _C.AT and av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING):
        return True  # "^" (not multi-line), "\A": tried at the start only
    if ignore_case:
        return False
    if op is _C.BRANCH:
        return all(alt.data and alt.data[0][0] is _C.LITERAL for alt in av[1])
    return op in (_C.LITERAL, _C.IN)


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` with its first-character guard in front, when it has one (see :func:`first_char_guard`)."""
    guard = first_char_guard(pattern, flags)
    return pattern if guard is None else f"{guard}(?:{pattern})"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(guarded(pattern, flags), flags)``, parsing ``pattern`` once: finding the guard needs the
    parsed expression, and parsing is most of what compiling costs (a second parse made the first use of
    the rule tables half as slow again). The guard's items are put in front of the parsed expression, which
    is then compiled as ``re.compile`` does it (``re._compiler.compile``, the same in Python 3.10 to 3.13);
    with other internals, the guarded text is compiled the ordinary way."""
    flags = int(flags)
    parsed = _sre_parser.parse(pattern, flags)  # raises re.error as re.compile would
    guard, starts = _guard_and_starts(parsed, pattern, flags) or ("", None)
    if guard:
        parsed.data[:0] = _sre_parser.parse(guard, flags).data
        pattern = f"{guard}(?:{pattern})"  # what the compiled pattern says it is: the same program
    try:
        code = _sre_compiler._code(parsed, flags)
        if starts is not None:
            code = _with_start_chars(code, starts)
        state = parsed.state
        names: list[Optional[str]] = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        return _sre.compile(pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(names))
    except (AttributeError, TypeError):  # internals of another version
        return re.compile(pattern, flags)


_ASCII_LETTERS = frozenset(chr(c) for c in range(128) if chr(c).isalpha())


def _ascii_chars(kind: Any, value: Any, ignore_case: bool) -> set[str]:
    """The ASCII characters a class item (a literal, a range, ``\\d`` or ``\\s``) of a guard may match; of any case
    (``ignore_case``), both cases, and every ASCII letter when the item holds a character past ASCII (the Kelvin
    sign is a "k" to ``re``, "ſ" an "s"). Some more characters than it matches, never fewer."""
    if kind is _C.CATEGORY:
        test = {_C.CATEGORY_DIGIT: str.isdigit, _C.CATEGORY_SPACE: str.isspace}.get(value)
        return {chr(c) for c in range(128) if test is None or test(chr(c))}
    if kind is not _C.LITERAL and kind is not _C.RANGE:  # a negated class: the guard reads no further
        return set(map(chr, range(128)))
    lo, hi = (value, value) if kind is _C.LITERAL else value
    chars = {chr(c) for c in range(lo, min(hi, 127) + 1)}
    if ignore_case:
        chars |= {c.swapcase() for c in chars}
        if hi > 127:
            chars |= _ASCII_LETTERS
    return chars


def _with_start_chars(code: list[int], ascii_starts: frozenset[str]) -> list[int]:
    """``code``, a compiled program whose matches all start with a character of ``ascii_starts`` or one past ASCII
    (what _FirstChars read, the guard's characters), with those characters in its info block, where ``re`` puts
    the first characters of a pattern that starts with a class: a search then skips in C to the next such
    character instead of trying the program (its guard, or its first items) at every position, most of the cost
    left of scanning a text that holds few matches. The set holds more than a match may start with, never less,
    and the program still decides, so matches are the same. A program whose info block already says more than
    its length is left as it is."""
    if code[:3] != [_C.INFO, 4, 0]:
        return code
    # (the characters past Latin-1 as one range after the optimised rest: optimising walks a range char by char)
    charset, _cased = _sre_compiler._optimize_charset(
        [(_C.LITERAL, ord(c)) for c in sorted(ascii_starts)] + [(_C.RANGE, (128, 255))])
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
    _sre_compiler._compile_charset([*charset, (_C.RANGE, (256, 0x10FFFF))], 0, info)
    info[1] = len(info) - 1  # the info block's length after this word, as re writes it
    return info + code[5:]


# --- where a pattern scanned along a text can start (see StartFinder) ---------------------------

# What a stretch of words consumes: letters, digits, "_", spaces and hyphens (re's \w and \s are str.isalnum, "_" and
# str.isspace; a letter of any case is a letter too)
_WORD_RUN = re.compile(r"[\w\s-]+")


def _word_run_char(code: int) -> bool:
    c = chr(code)
    return c.isalnum() or c == "_" or c == "-" or c.isspace()


def _consumes_words(items: Any) -> bool:
    """Whether every character the parsed sequence ``items`` can consume is a word character, a space or a hyphen."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing
        if op is _C.LITERAL:
            if not _word_run_char(av):
                return False
        elif op is _C.IN:
            for kind, value in av:
                if kind is _C.LITERAL:
                    ok = _word_run_char(value)
                elif kind is _C.RANGE:
                    ok = value[1] - value[0] < 256 and all(map(_word_run_char, range(value[0], value[1] + 1)))
                else:
                    ok = kind is _C.CATEGORY and value in (_C.CATEGORY_DIGIT, _C.CATEGORY_WORD, _C.CATEGORY_SPACE)
                if not ok:
                    return False
        elif op is _C.SUBPATTERN:
            if not _consumes_words(av[3].data):
                return False
        elif op is _C.BRANCH:
            if not all(_consumes_words(alternative.data) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _consumes_words(av[2].data):
                return False
        elif op is _ATOMIC and _ATOMIC is not None:
            if not _consumes_words(av.data):
                return False
        else:  # ".", a negated character, a back-reference ...
            return False
    return True


_AT_SOURCE = {_C.AT_BOUNDARY: r"\b", _C.AT_NON_BOUNDARY: r"\B"}


def _source(items: Any) -> Optional[str]:
    """The parsed sequence ``items`` written again as a pattern that matches where it does (groups written as
    groups that capture nothing); None for a construct it does not write (then a shorter sequence is written)."""
    out = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _C.IN:
            parts = []
            for kind, value in av:
                if kind is _C.NEGATE and not parts:
                    parts.append("^")
                elif kind is _C.LITERAL:
                    parts.append(f"\\U{value:08x}")
                elif kind is _C.RANGE:
                    parts.append(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
                elif kind is _C.CATEGORY and value in _CATEGORIES:
                    parts.append(_CATEGORIES[value])
                else:
                    return None
            out.append("[" + "".join(parts) + "]")
        elif op is _C.AT and av in _AT_SOURCE:
            out.append(_AT_SOURCE[av])
        elif op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            if (add | remove) & ~_C.SRE_FLAG_IGNORECASE:
                return None
            inner = _source(sub.data)
            if inner is None:
                return None
            flags = ("i" if add else "") + ("-i" if remove else "")
            out.append(f"(?{flags}:{inner})")
        elif op is _C.BRANCH:
            alternatives = [_source(alternative.data) for alternative in av[1]]
            if any(a is None for a in alternatives):
                return None
            out.append("(?:" + "|".join(alternatives) + ")")  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            least, most, sub = av
            inner = _source(sub.data)
            if inner is None:
                return None
            bound = f"{{{least},}}" if most == _C.MAXREPEAT else f"{{{least},{most}}}"
            out.append(f"(?:{inner}){bound}" + ("?" if op is _C.MIN_REPEAT else ""))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            inner = _source(sub.data)
            if inner is None:
                return None
            out.append("(?" + ("<" if direction < 0 else "") + ("=" if op is _C.ASSERT else "!") + inner + ")")
        else:
            return None
    return "".join(out)


class StartFinder:
    """The positions of a text where a scanned pattern can start a match, found without trying the pattern there:
    some more than where it matches, never fewer, so that trying it at each of them in turn (:func:`scan`) finds
    the matches ``finditer`` finds. Worth having for a pattern an alternative of which starts with words (a
    treatment's name, any letter) before a literal ("... was given to"): ``re`` would try it at nearly every
    character, where this looks for the literal and steps back over the words before it.

    Each top-level alternative gives its starts either by its first characters (:class:`_FirstChars`, as the
    guard does) or, when it begins with items that consume only word characters, spaces and hyphens followed by a
    literal character, as every position of the stretch of such characters that ends where the rest of the
    alternative (``tail``, as far as it can be written again) matches."""

    def __init__(self, firsts: Optional[re.Pattern], tails: list[re.Pattern]) -> None:
        self.firsts = firsts
        self.tails = tails

    def starts(self, text: str, start: int, end: int) -> list[int]:
        """The positions of ``text[start:end]`` where a match may start, in order."""
        found: set[int] = set()
        if self.firsts is not None:
            found.update(m.start() for m in self.firsts.finditer(text, start, end))
        for tail in self.tails:
            ends = [m.start() for m in tail.finditer(text, start, end)]
            if not ends:
                continue
            runs = [(m.start(), m.end()) for m in _WORD_RUN.finditer(text, start, end)]
            run_starts = [a for a, _ in runs]
            for q in ends:
                i = bisect.bisect_right(run_starts, q - 1) - 1
                a = runs[i][0] if i >= 0 and runs[i][1] >= q else q  # the stretch of words just before q
                found.update(range(a, q + 1))
        return sorted(found)


def start_finder(pattern: str, flags: int = 0) -> Optional[StartFinder]:
    """A :class:`StartFinder` for ``pattern``, or None when every alternative starts with a few characters only (the
    pattern's own guard skips as well), or when the starts of one that may start with nearly any letter cannot be
    told by a literal after its words."""
    if flags & (re.VERBOSE | re.LOCALE) or _GLOBAL_FLAGS.search(pattern):
        return None
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (_C.SRE_FLAG_VERBOSE | _C.SRE_FLAG_LOCALE) or parsed.getwidth()[0] == 0:
        return None  # (one that may match nothing: finditer's steps after an empty match are not told here)
    ignore_case = bool(parsed.state.flags & _C.SRE_FLAG_IGNORECASE)
    items = list(parsed.data)
    alternatives = [a.data for a in items[0][1][1]] if len(items) == 1 and items[0][0] is _C.BRANCH else [items]
    firsts, tails = [], []
    for alternative in alternatives:
        first = _FirstChars()
        try:
            readable = not first.read(alternative, ignore_case)
        except _Unreadable:
            readable = False
        if not readable or len(first.ascii & _ASCII_LETTERS) > 40:  # (nearly any letter of either case)
            tail = _word_tail(alternative)
            if tail is None:
                return None
            tails.append(re.compile(f"(?={tail})", flags))
            continue
        parts = [f"(?-i:[{''.join(first.exact)}])"] if first.exact else []
        parts += [f"(?i:[{''.join(first.folded)}])"] if first.folded else []
        parts += [f"{lookbehind}(?{'i' if folded else '-i'}:[{''.join(chars)}])"
                  for (lookbehind, folded), chars in first.gated.items()]
        firsts.append("|".join(parts))
    if not tails:
        return None
    return StartFinder(re.compile("(?=" + "|".join(firsts) + ")", flags) if firsts else None, tails)


def _word_tail(items: Any) -> Optional[str]:
    """For a sequence that begins (after lookarounds) with one item or more consuming only words and then a literal
    character: the rest from that character on, written again as far as it can be; else None."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    for k in range(i + 1, len(items)):
        if not _consumes_words(items[k - 1:k]):
            return None
        if items[k][0] is _C.LITERAL:
            for j in range(len(items), k, -1):  # the longest stretch of the rest that can be written again
                written = _source(items[k:j])
                if written is not None:
                    return written
            return None
    return None


def scan(regex: Any, finder: Optional[StartFinder], text: str, start: int, end: int):
    """``regex.finditer(text, start, end)``, trying ``regex`` only where ``finder`` says a match may start: the
    first match at or after each position is the one ``finditer`` finds, as the positions skipped hold none."""
    if finder is None:
        yield from regex.finditer(text, start, end)
        return
    at = start
    for p in finder.starts(text, start, end):
        if p < at:
            continue
        m = regex.match(text, p, end)
        if m is not None:
            yield m
            at = m.end()
