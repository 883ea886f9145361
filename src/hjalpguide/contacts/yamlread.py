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

from hjalpguide.findings import Finding

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

    try:
        return fastyaml.read_text(text, path)
    except fastyaml.Unsupported:
        return read_text_libyaml(text, path)
    except RecursionError:
        return read_text_libyaml(text, path)


def read_text_libyaml(text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """The general path: libyaml composes nodes, kept with their marks."""
    findings: list[Finding] = []
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        return None, [_syntax_finding(error, path)]
    except (ValueError, TypeError) as error:  # e.g. characters libyaml refuses
        return None, [Finding(path, 1, "HP-YAML", f"Filen kan inte läsas: {error}.",
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
        data = open(file_path, "rb").read()
    except OSError as error:
        return None, [Finding(shown_as, None, "HP-READ", f"Filen kan inte öppnas: {error}.",
                              "Kontrollera filens namn och behörighet.")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Finding(shown_as, line, "HP-ENCODING",
                              "Filen innehåller tecken som inte är UTF-8.",
                              "Spara filen med teckenkodningen UTF-8.")]
    return read_text(text, shown_as)


def _syntax_finding(error: yaml.YAMLError, path: str) -> Finding:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return Finding(path, line, "HP-YAML", f"YAML-filen går inte att läsa ({problem}).",
                   "Kontrollera indraget (mellanslag, inte tabb), kolon efter varje fältnamn "
                   "och att citattecken är parvisa.")


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
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        findings.append(Finding(doc.path, node.start_mark.line + 1, "HP-YAML",
                                f"Värdet {node.value!r} kan inte läsas ({_first_line(error)}).",
                                "Skriv värdet inom citattecken.", _dotted(path)))
        return node.value


def _first_line(error: Exception) -> str:
    text = getattr(error, "problem", None) or str(error)
    return text.splitlines()[0] if text else type(error).__name__


def _dotted(path: Path) -> str:
    """('places', 3, 'phones', 0, 'display') -> 'places[3].phones[0].display'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
