"""A fast reader for the plain subset of YAML that help-place files use.

libyaml composes nodes at about 2 MB/s here, too slow to check 10 000 places in 2 s.
Editors' files use a small part of YAML: block mappings and sequences, one-line flow
lists (``[sv, en]``), plain and quoted one-line scalars, comments. This reader handles
exactly that, line by line, and produces the same :class:`~yamlread.Document` as the
libyaml path (values, line of each value, the text of scalars YAML does not read as
text). Anything else — anchors, tags, block scalars, flow mappings, multi-line values,
tabs, odd characters, nesting deeper than ``yamllimits.MAX_DEPTH``, anything it does not
understand — raises :class:`Unsupported`, and the caller reads the file with libyaml
instead, which also gives the proper error (anchors and aliases are refused there).

Plain scalars are typed exactly as PyYAML types them (its own resolver decides), so the
YAML traps (``16:30``, ``0114``, ``no``) are seen the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re

import yaml
from yaml.nodes import ScalarNode

from hjalpguide.contacts.yamlread import Document
from hjalpguide.findings import Finding
from hjalpguide.yamllimits import MAX_DEPTH


class Unsupported(Exception):
    """The text uses YAML this reader does not handle; use the libyaml path."""


_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_\-]*):(?: +(.*))?$")
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\r\t]")
_PLAIN_START_BAD = set("&*!|>%@`{}\"'#,?:-[]")
_MAYBE_TYPED = set("0123456789+-.~yYnNtTfFoO<=")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
STR = "tag:yaml.org,2002:str"

# token kinds
SEQ, KEY, SCALAR = 0, 1, 2


def read_text(text: str, path: str) -> tuple[Document, list[Finding]]:
    """Parse ``text``; raises :class:`Unsupported` for anything outside the subset."""
    if _BAD_CHARS.search(text):
        raise Unsupported
    tokens = _tokens(text)
    doc = Document(path, None)
    findings: list[Finding] = []
    if not tokens:
        return doc, findings
    parser = _Parser(tokens, doc, findings)
    doc.data = parser.block(0, tokens[0][0], ())
    if parser.i != len(tokens):
        raise Unsupported
    return doc, findings


def _tokens(text: str) -> list[tuple]:
    """(indent, kind, line, key or None, value text or None) per piece of each line."""
    out = []
    append = out.append
    for number, line in enumerate(text.split("\n"), 1):
        body = line.lstrip(" ")
        if not body or body[0] == "#":
            continue
        indent = len(line) - len(body)
        while body[0] == "-":
            if body == "-":
                append((indent, SEQ, number, None, None))
                body = ""
                break
            if body[1] != " ":
                break
            append((indent, SEQ, number, None, None))
            rest = body[1:].lstrip(" ")
            indent += len(body) - len(rest)
            body = rest
            if not body or body[0] == "#":
                body = ""
                break
        if not body:
            continue
        if body.startswith(("---", "...")) and indent == 0:
            raise Unsupported
        match = _KEY.match(body)
        if match:
            append((indent, KEY, number, match.group(1), match.group(2)))
        else:
            append((indent, SCALAR, number, None, body))
    return out


class _Parser:
    def __init__(self, tokens, doc: Document, findings: list[Finding]):
        self.tokens, self.doc, self.findings = tokens, doc, findings
        self.i = 0

    def block(self, i: int, indent: int, path: tuple):
        self.i = i
        indent_, kind, line, _key, text = self.tokens[i]
        if indent_ != indent or len(path) >= MAX_DEPTH:  # the libyaml path reports depth
            raise Unsupported
        self.doc.lines.setdefault(path, line)
        if kind == SEQ:
            return self.sequence(indent, path)
        if kind == KEY:
            return self.mapping(indent, path)
        self.i += 1
        return self.scalar(text, path)

    def sequence(self, indent: int, path: tuple) -> list:
        items: list = []
        tokens = self.tokens
        while self.i < len(tokens) and tokens[self.i][0] == indent and tokens[self.i][1] == SEQ:
            line = tokens[self.i][2]
            item_path = path + (len(items),)
            self.doc.lines[item_path] = line
            self.i += 1
            if self.i < len(tokens) and tokens[self.i][0] > indent:
                items.append(self.block(self.i, tokens[self.i][0], item_path))
            else:
                items.append(None)
        return items

    def mapping(self, indent: int, path: tuple) -> dict:
        result: dict = {}
        tokens = self.tokens
        n = len(tokens)
        while self.i < n and tokens[self.i][0] == indent:
            _indent, kind, line, key, text = tokens[self.i]
            if kind != KEY:
                raise Unsupported
            key_path = path + (key,)
            if key in result:
                self.findings.append(Finding(self.doc.path, line, "HP-DUPLICATE-KEY",
                                             f"Fältet '{key}' står två gånger.",
                                             "Ta bort det ena; annars gäller bara det sista.",
                                             _dotted(key_path)))
            self.doc.lines[key_path] = line
            self.i += 1
            if text and text[:1] != "#":  # "a: " (only spaces after the colon) is empty
                result[key] = self.scalar(text, key_path)
            elif self.i < n and (tokens[self.i][0] > indent or (
                    tokens[self.i][0] == indent and tokens[self.i][1] == SEQ)):
                result[key] = self.block(self.i, tokens[self.i][0], key_path)
            else:
                result[key] = None
        return result

    def scalar(self, text: str, path: tuple):
        first = text[0]
        if first == "[":
            return self.flow_list(text, path)
        if first == '"' or first == "'":
            value, rest = _quoted(text)
            if rest and rest[0] != "#":
                raise Unsupported
            return value
        return self.plain(_strip_comment(text), path)

    def plain(self, text: str, path: tuple):
        if not text or text[0] in _PLAIN_START_BAD or ": " in text or text.endswith(":") \
                or " #" in text:
            raise Unsupported
        if text[0] not in _MAYBE_TYPED:
            return text
        tag = _resolve(text)
        if tag == STR:
            return text
        self.doc.raw[path] = (tag.rsplit(":", 1)[-1], text)
        return _construct(tag, text)

    def flow_list(self, text: str, path: tuple) -> list:
        end = text.rfind("]")
        after = text[end + 1:].strip()
        if end < 0 or (after and after[0] != "#"):
            raise Unsupported
        inner = text[1:end]
        if any(ch in inner for ch in "[]{}#"):
            raise Unsupported
        # YAML trims only spaces here; str.strip() would also eat a no-break space (U+00A0)
        items = [part.strip(" ") for part in inner.split(",")] if inner.strip(" ") else []
        if items and not items[-1]:
            items.pop()  # [a, b,] is allowed
        out = []
        line = self.doc.lines.get(path, 1)
        for n, item in enumerate(items):
            self.doc.lines[path + (n,)] = line
            if item[:1] in ("'", '"'):
                value, rest = _quoted(item)
                if rest or "," in value:
                    raise Unsupported
                out.append(value)
            else:
                out.append(self.plain(item, path + (n,)))
        return out


def _quoted(text: str) -> tuple[str, str]:
    quote = text[0]
    if quote == "'":
        i = 1
        while True:
            j = text.find("'", i)
            if j < 0:
                raise Unsupported
            if text[j + 1:j + 2] == "'":
                i = j + 2
                continue
            return text[1:j].replace("''", "'"), text[j + 1:].strip()
    j = 1
    while True:
        j = text.find('"', j)
        if j < 0:
            raise Unsupported
        backslashes = len(text[:j]) - len(text[:j].rstrip("\\"))
        if backslashes % 2 == 0:
            break
        j += 1
    inner = text[1:j]
    if "\\" in inner:
        try:
            inner = json.loads(f'"{inner}"')
        except ValueError:
            raise Unsupported from None
    return inner, text[j + 1:].strip()


def _strip_comment(text: str) -> str:
    cut = text.find(" #")
    return (text[:cut] if cut >= 0 else text).rstrip(" ")


@functools.lru_cache(maxsize=65536)
def _resolve(text: str) -> str:
    return _RESOLVER.resolve(ScalarNode, text, (True, False))


def _construct(tag: str, text: str):
    if tag.endswith(":timestamp") and _DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise Unsupported from None  # the libyaml path reports the bad date
    try:
        return _CONSTRUCTOR.construct_object(ScalarNode(tag, text))
    except Exception:
        raise Unsupported from None


def _dotted(path: tuple) -> str:
    from hjalpguide.contacts.yamlread import dotted
    return dotted(path)
