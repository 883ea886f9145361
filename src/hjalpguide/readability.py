"""Plain-language check for the Swedish guide pages: LIX, long sentences, words to avoid.

For editors and CI; the command is ``scripts/check_language.py`` (``make check``).

What it checks, per Swedish page (``guides/**/*.sv.md``):

- **LIX** (läsbarhetsindex) = words / sentences + 100 × long words / words.
  Over 35 (our target) is a warning; over 40 is an error. Pages with fewer than
  ``MIN_WORDS_FOR_LIX`` words get a figure but are not judged: LIX means little there.
- **Sentence length**: over 20 words is a warning, over 25 words is an error.
- **Words to avoid** (``data/plain-language.yml``: avoid → prefer, with why): a warning
  on the line where the word stands, naming the plainer word.

It does not check meaning, facts, spelling or whether the page is up to date.

Exit codes (of the command): 0 no errors, 1 at least one error, 2 usage or I/O error.

How the text is read (tokenisation)
-----------------------------------
1. Not prose, skipped whole: front matter, fenced code (````` ``` ````` and ``~~~``),
   HTML comments (also over several lines), HTML tags, abbreviation definitions
   (``*[ord]: …``), link reference definitions and tables (lines that start with ``|``).
   Table cells are still searched for words to avoid.
2. Markdown syntax is removed: heading marks, list markers, quote marks, admonition
   markers (their quoted title is kept as a heading), emphasis, images (with their alt
   text), attribute lists ``{ … }``, inline code, web addresses, e-mail addresses and
   domain names. A link keeps its text.
3. A heading, an admonition title and a list item are each their own unit; a paragraph
   runs until a blank line. A unit always ends a sentence (list items and headings often
   have no full stop).
4. Inside a unit a sentence ends at ``.``, ``!``, ``?`` or ``:`` followed by a space, unless
   the next word starts with a small letter (so ``t.ex. en`` does not end a sentence).
5. A word is a run of letters and digits, with inner ``-``, ``.`` or apostrophes
   (``e-tjänst``, ``t.ex``), that holds at least one letter: numbers such as ``114 14``
   are not words.
6. A long word has more than 6 letters (hyphens and digits are not counted).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from hjalpguide.findings import Finding, Severity

LIX_TARGET = 35  # warning above this
LIX_LIMIT = 40  # error above this
SENTENCE_WARN = 20  # warning above this many words
SENTENCE_LIMIT = 25  # error above this many words
MIN_WORDS_FOR_LIX = 50
LONG_WORD_LETTERS = 6  # a long word has more letters than this

AVOID_LIST = Path("data/plain-language.yml")
GUIDES = Path("guides")
PAGE_GLOB = "**/*.sv.md"

_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*")
_END = re.compile(r"[.!?:]+(?=[\s\"”»)\]]|$)")
_TOKEN = re.compile(rf"(?P<word>{_WORD.pattern})|(?P<end>{_END.pattern})")
_HEADING = re.compile(r"^#{1,6}\s+")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s*(?:"(?P<title>[^"]*)")?\s*$')
_FENCE = re.compile(r"^(```|~~~)")
_NOT_PROSE_LINE = re.compile(r"^(?:\*\[[^\]]*\]:|\[[^\]]+\]:\s)")
_STRIP = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images, alt text included
    (re.compile(r"\{[^}]*\}"), ""),  # attribute lists
    (re.compile(r"`[^`]*`"), ""),  # inline code
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<[^>]*>"), ""),  # HTML tags
    (re.compile(r"https?://\S+?(?=[.,;:!?)]*(?:\s|$))"), ""),  # web addresses, not the
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), ""),  # full stop after them; e-mail
    (re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:se|com|org|net|nu|eu)\b"), ""),  # domain names
    (re.compile(r"\*+|(?<!\w)_+|_+(?!\w)"), ""),  # emphasis
]


@dataclass(frozen=True)
class Sentence:
    line: int
    words: tuple[str, ...]

    def preview(self, length: int = 8) -> str:
        head = " ".join(self.words[:length])
        return head + (" …" if len(self.words) > length else "")


@dataclass(frozen=True)
class AvoidWord:
    avoid: str
    prefer: str
    why: str
    forms: tuple[str, ...] = ()

    def pattern(self) -> re.Pattern:
        words = sorted({self.avoid, *self.forms}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


@dataclass
class PageStats:
    path: str
    words: int = 0
    sentences: int = 0
    long_words: int = 0
    long_sentences: int = 0  # over SENTENCE_WARN words
    lix: float = 0.0
    judged: bool = True  # False when the page is too short for LIX to mean much
    findings: list[Finding] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("findings")
        data["lix"] = round(self.lix)
        return data


@dataclass
class Prose:
    """What the page says, without Markdown: its sentences, and its text line by line."""

    sentences: list[Sentence]
    lines: list[tuple[int, str]]  # (line number, plain text) incl. table cells


def lix(words: int, long_words: int, sentences: int) -> float:
    """LIX = words / sentences + 100 × long words / words (0 for an empty text)."""
    if not words or not sentences:
        return 0.0
    return words / sentences + 100 * long_words / words


def is_long(word: str) -> bool:
    return sum(char.isalpha() for char in word) > LONG_WORD_LETTERS


def read_prose(markdown: str) -> Prose:
    """The sentences and plain text lines of a Markdown page (see the module docstring)."""
    units: list[list[tuple[int, str]]] = []
    lines: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []

    def close():
        if current:
            units.append(current.copy())
            current.clear()

    for number, kind, text in _classify(markdown):
        if kind == "table":
            lines.append((number, text))
            continue
        if kind in ("blank", "skip"):
            close()
            continue
        if kind in ("heading", "item"):
            close()
        current.append((number, text))
        lines.append((number, text))
        if kind == "heading":
            close()
    close()
    sentences = [s for unit in units for s in _sentences(unit)]
    return Prose(sentences, lines)


def load_avoid_list(path: Path) -> list[AvoidWord]:
    """The words to avoid; raises OSError or ValueError with the file's name on bad input."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: filen ska vara en lista med avoid, prefer och why.")
    words = []
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("avoid", "prefer", "why")
        ):
            raise ValueError(f"{path}: ord nummer {number} saknar avoid, prefer eller why.")
        forms = tuple(str(f) for f in entry.get("forms") or ())
        words.append(AvoidWord(entry["avoid"], entry["prefer"], entry["why"], forms))
    return words


def check_page(path: str, markdown: str, avoid: list[AvoidWord]) -> PageStats:
    """LIX, sentence lengths and words to avoid for one page, with its findings."""
    prose = read_prose(markdown)
    stats = PageStats(path)
    stats.sentences = len(prose.sentences)
    all_words = [w for s in prose.sentences for w in s.words]
    stats.words = len(all_words)
    stats.long_words = sum(map(is_long, all_words))
    stats.lix = lix(stats.words, stats.long_words, stats.sentences)
    stats.judged = stats.words >= MIN_WORDS_FOR_LIX
    findings = stats.findings
    for sentence in prose.sentences:
        if len(sentence.words) > SENTENCE_WARN:
            stats.long_sentences += 1
            findings.append(_sentence_finding(path, sentence))
    if stats.judged and stats.lix > LIX_TARGET:
        findings.append(_lix_finding(stats, prose))
    patterns = [(word, word.pattern()) for word in avoid]
    for number, text in prose.lines:
        for word, pattern in patterns:
            for match in pattern.finditer(text):
                findings.append(Finding(
                    path, number, "WORD-AVOID", f"”{match.group(0)}” är ett svårt ord.",
                    f"Skriv ”{word.prefer}” i stället. {word.why}", severity=Severity.WARNING))
    return stats


def guide_pages(root: Path) -> list[Path]:
    """Every Swedish page under guides/, in a stable order."""
    return sorted((Path(root) / GUIDES).glob(PAGE_GLOB))


def check_tree(root: Path, paths: list[Path] | None = None) -> list[PageStats]:
    """Check ``paths`` (default: every Swedish guide page); raises OSError/ValueError on I/O."""
    root = Path(root)
    avoid = load_avoid_list(root / AVOID_LIST)
    results = []
    for path in paths or guide_pages(root):
        text = Path(path).read_text(encoding="utf-8")
        results.append(check_page(_relative(Path(path), root), text, avoid))
    return results


def summary_table(pages: list[PageStats]) -> str:
    """A plain-text table: one row per page with LIX, words, sentences, long sentences."""
    width = max([len(p.path) for p in pages] + [4])
    head = f"{'Sida':<{width}}  {'LIX':>4}  {'Ord':>5}  {'Meningar':>8}  {'Långa meningar':>14}"
    rows = [head, "-" * len(head)]
    for page in pages:
        mark = "" if page.judged else " (för kort för LIX)"
        rows.append(f"{page.path:<{width}}  {page.lix:>4.0f}  {page.words:>5}  "
                    f"{page.sentences:>8}  {page.long_sentences:>14}{mark}")
    return "\n".join(rows)


# ---


def _classify(markdown: str):
    """Yield (line number, kind, plain text) for each line; kinds: blank, skip, table,
    heading, item, text."""
    lines = markdown.splitlines()
    start = _front_matter_end(lines)
    in_fence = in_comment = False
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if number <= start:
            continue
        if in_comment or "<!--" in line:
            line, in_comment = _drop_comments(line, in_comment)
            if not line:
                yield number, "skip", ""
                continue
        if _FENCE.match(line):
            in_fence = not in_fence
            yield number, "skip", ""
            continue
        if in_fence or _NOT_PROSE_LINE.match(line):
            yield number, "skip", ""
        elif not line:
            yield number, "blank", ""
        elif line.startswith("|"):
            if not re.fullmatch(r"[|:\-\s]+", line):
                yield number, "table", " ".join(_plain(line.replace("|", " ")).split())
        elif admonition := _ADMONITION.match(line):
            title = admonition.group("title")
            yield number, ("heading" if title else "skip"), _plain(title or "")
        elif _HEADING.match(line):
            yield number, "heading", _plain(_HEADING.sub("", line))
        elif _LIST_ITEM.match(line):
            yield number, "item", _plain(_LIST_ITEM.sub("", line))
        else:
            yield number, "text", _plain(re.sub(r"^(?:>\s*)+|^:\s+", "", line))


def _front_matter_end(lines: list[str]) -> int:
    if not lines or lines[0].strip() != "---":
        return 0
    for number, line in enumerate(lines[1:], 2):
        if line.strip() in ("---", "..."):
            return number
    return 0


def _drop_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """The line without HTML comments, and whether a comment is still open at its end."""
    out = ""
    while line:
        if in_comment:
            end = line.find("-->")
            if end < 0:
                return out.strip(), True
            line, in_comment = line[end + 3:], False
        else:
            start = line.find("<!--")
            if start < 0:
                return (out + line).strip(), False
            out, line, in_comment = out + line[:start], line[start + 4:], True
    return out.strip(), in_comment


def _plain(text: str) -> str:
    for pattern, replacement in _STRIP:
        text = pattern.sub(replacement, text)
    return text.strip()


def _sentences(unit: list[tuple[int, str]]) -> list[Sentence]:
    tokens = [(m.lastgroup, m.group(0), number)
              for number, text in unit for m in _TOKEN.finditer(text)]
    sentences, words, first_line = [], [], None
    for index, (kind, value, number) in enumerate(tokens):
        if kind == "word":
            if any(char.isalpha() for char in value):
                words.append(value)
                first_line = first_line or number
            continue
        following = next((t for t in tokens[index + 1:] if t[0] == "word"), None)
        if following and following[1][:1].islower():
            continue  # "t.ex. en", "Box 304, 301 08 Halmstad: och" – not a sentence end
        if words:
            sentences.append(Sentence(first_line, tuple(words)))
        words, first_line = [], None
    if words:
        sentences.append(Sentence(first_line, tuple(words)))
    return sentences


def _sentence_finding(path: str, sentence: Sentence) -> Finding:
    count = len(sentence.words)
    too_long = count > SENTENCE_LIMIT
    limit = SENTENCE_LIMIT if too_long else SENTENCE_WARN
    return Finding(
        path, sentence.line, "SENTENCE-TOO-LONG" if too_long else "SENTENCE-LONG",
        f"Meningen har {count} ord (högst {limit}): ”{sentence.preview()}”.",
        "Dela meningen i två eller fler. Skriv en sak i varje mening.",
        severity=Severity.ERROR if too_long else Severity.WARNING)


def _lix_finding(stats: PageStats, prose: Prose) -> Finding:
    too_hard = stats.lix > LIX_LIMIT
    longest = max(prose.sentences, key=lambda s: len(s.words))
    return Finding(
        stats.path, None, "LIX-HIGH" if too_hard else "LIX-TARGET",
        f"LIX är {stats.lix:.0f} (mål högst {LIX_TARGET}, gräns {LIX_LIMIT}).",
        "Skriv kortare meningar och byt långa ord mot korta. "
        f"Längsta meningen står på rad {longest.line} ({len(longest.words)} ord).",
        severity=Severity.ERROR if too_hard else Severity.WARNING)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
