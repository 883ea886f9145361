"""Read a YAML data file and remember the line of every value. Never raises.

Editors need "line 12" in every message, and the YAML 1.1 traps (``16:30`` read as the
number 990, ``0114`` as 76, ``no`` as false) must be caught rather than silently
converted. So the file is composed into nodes with libyaml (fast, keeps marks) and turned
into plain Python values here, while two tables are kept on the side:

- ``lines``: the 1-based line of each value, by its path (``("places", 3, "name")``);
- ``raw``: for each scalar that YAML did *not* read as text, its tag and the text the
  editor wrote, so the check can say "you wrote 16:30 — put it in quotes".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from hjalpguide import yamllimits
from hjalpguide.contacts.yamlerrors import explain
from hjalpguide.findings import Finding
from hjalpguide.yamllimits import MAX_FILE_CHARS, too_big

# The limits for reading untrusted YAML (size, depth, no anchors or aliases) are set once
# in hjalpguide.yamllimits, for both readers here (fastyaml and libyaml) and the others.


def check_limits(text: str, path: str):
    """:func:`hjalpguide.yamllimits.check_limits` with the help places' rule names."""
    return yamllimits.check_limits(text, path, prefix="HP")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
STR_TAG = "tag:yaml.org,2002:str"

Path = tuple


@dataclass
class Document:
    """One parsed file: its data plus where each value was written."""

    path: str
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    raw: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def line(self, path: Path) -> int:
        """The line of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def read_text(text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """Parse ``text``; on a syntax error return ``None`` and a finding with the line.

    The fast line reader (``fastyaml``) handles the plain YAML editors write; anything
    else goes through libyaml.
    """
    from hjalpguide.contacts import fastyaml

    if len(text) > MAX_FILE_CHARS:
        return None, [too_big(path)]
    try:
        return fastyaml.read_text(text, path)
    except fastyaml.Unsupported:
        return read_text_libyaml(text, path)
    except RecursionError:
        return read_text_libyaml(text, path)


def read_text_libyaml(text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """The general path: libyaml composes nodes, kept with their marks.

    Before composing, :func:`check_limits` refuses anchors and aliases, deep nesting and
    oversized text, so no file can expand to millions of values (an "alias bomb").
    """
    findings: list[Finding] = []
    try:
        refused = check_limits(text, path)
        if refused is not None:
            return None, [refused]
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        return None, [_syntax_finding(error, path, text)]
    except (ValueError, TypeError):  # e.g. characters libyaml refuses
        return None, [Finding(path, 1, "HP-YAML", "Filen kan inte läsas som text.",
                              "Spara filen som vanlig text (UTF-8).")]
    doc = Document(path, None)
    if root is None:
        return doc, findings
    try:
        doc.data = _build(root, (), doc, loader, findings)
    except RecursionError:
        return None, [Finding(path, 1, "HP-YAML", "Filen är för djupt nästlad.",
                              "Följ exemplet i handboken för redaktörer.")]
    return doc, findings


def read_file(file_path, shown_as: str) -> tuple[Document | None, list[Finding]]:
    """Read a file from disk; unreadable or non-UTF-8 files become findings."""
    try:
        with open(file_path, "rb") as stream:
            data = stream.read(MAX_FILE_CHARS * 4 + 1)  # never more than the limit allows
    except OSError as error:
        return None, [Finding(shown_as, None, "HP-READ", f"Filen kan inte öppnas: {error}.",
                              "Kontrollera filens namn och behörighet.")]
    if len(data) > MAX_FILE_CHARS * 4:
        return None, [too_big(shown_as)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Finding(shown_as, line, "HP-ENCODING",
                              "Filen innehåller tecken som inte är UTF-8.",
                              "Spara filen med teckenkodningen UTF-8.")]
    return read_text(text, shown_as)


def _syntax_finding(error: yaml.YAMLError, path: str, text: str = "") -> Finding:
    line, message, fix = explain(error, text)
    too_deep = "maximum nesting depth" in str(getattr(error, "problem", ""))  # libyaml's own
    return Finding(path, line, "HP-YAML-LIMIT" if too_deep else "HP-YAML", message, fix)


def _build(node, path: Path, doc: Document, loader, findings: list[Finding]):
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, ScalarNode):
        return _scalar(node, path, doc, loader, findings)
    if isinstance(node, SequenceNode):
        return [_build(item, path + (i,), doc, loader, findings)
                for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        return _mapping(node, path, doc, loader, findings)
    return None


def _mapping(node: MappingNode, path: Path, doc: Document, loader, findings) -> dict:
    result: dict = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode):
            findings.append(Finding(doc.path, line, "HP-YAML",
                                    "Ett fältnamn är inte en enkel text.",
                                    "Skriv fältnamnet följt av kolon, t.ex. name: …"))
            continue
        key = key_node.value
        if key in result:
            findings.append(Finding(doc.path, line, "HP-DUPLICATE-KEY",
                                    f"Fältet '{key}' står två gånger.",
                                    "Ta bort det ena; annars gäller bara det sista.",
                                    _dotted(path + (key,))))
        doc.lines[path + (key,)] = line
        result[key] = _build(value_node, path + (key,), doc, loader, findings)
    return result


def _scalar(node: ScalarNode, path: Path, doc: Document, loader, findings):
    if node.tag == STR_TAG:
        return node.value
    doc.raw[path] = (node.tag.rsplit(":", 1)[-1], node.value)
    try:
        return loader.construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        findings.append(Finding(doc.path, node.start_mark.line + 1, "HP-YAML",
                                _unreadable_value(node), "Skriv värdet inom citattecken.",
                                _dotted(path)))
        return node.value


_VALUE_KINDS = {"timestamp": "ett datum", "int": "ett tal", "float": "ett tal",
                "bool": "sant/falskt", "null": "ett tomt värde"}


def _unreadable_value(node: ScalarNode) -> str:
    shown = node.value if len(node.value) <= 40 else node.value[:40] + "…"
    kind = _VALUE_KINDS.get(node.tag.rsplit(":", 1)[-1]) if node.tag.startswith(
        "tag:yaml.org,2002:") else None
    if kind is None:
        return (f"Värdet '{shown}' har en YAML-tagg ({node.tag}) som inte är tillåten "
                "i filerna.")
    return f"Värdet '{shown}' ser ut som {kind} men går inte att läsa som det."


def _dotted(path: Path) -> str:
    """('places', 3, 'phones', 0, 'display') -> 'places[3].phones[0].display'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
