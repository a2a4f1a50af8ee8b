"""Cells that hold an HTML editor's source, read as the text they show.

An online system's export of a rich-text field (风险点描述, 防控措施, 岗位职责) may leave the
editor's raw source in the cell: ``<p style=…><span style=…>对…&ldquo;打招呼&rdquo;</span></p>``,
``1.…；<br/>2.…``. Such a cell is read as the text it renders: tags out, ``<br>`` and the ends of
paragraphs, list items and blocks as line breaks, character entities decoded, whitespace tidied.

Only a cell that IS markup is so read: one that starts with an HTML tag of an editor's
(``<p``, ``<div``, ``<span``, ``<br``, ``<ol``/``<ul``/``<li``, ``<font``, ``<strong>`` …),
holds a self-closed ``<br/>``, holds a space entity (``&nbsp;``; alone, an empty field), or holds two or more HTML tags or character entities (a tag
named in quotes, ``“<br>”``, none of them). Text that merely uses the same characters
stays as written: ``<<招标投标法>>``, ``收费<100元``, ``3<5``, ``水&电``, ``a<b>c`` (one tag-like
word, no other), a single ``&amp;``.
"""

from __future__ import annotations

import html
import re

from xlproc.text import LazyRe, cell_ref
from xlproc.xescapes import escaped_text, has_escape

# the tags an editor writes (a word in angle brackets that is none of these is no tag)
_TAGS = (
    "p|div|span|br|hr|ol|ul|li|font|strong|b|i|u|em|s|strike|del|ins|sub|sup|small|big|a|img"
    "|table|tbody|thead|tr|td|th|h[1-6]|section|article|blockquote|pre|code|center|label|o:p"
)
# a cell that starts with one of an editor's block or inline tags (not ``<b>``/``<i>``/``<a>``,
# words a note may bracket)
_STARTS = LazyRe(
    r"\s*<(?:p|div|span|br|ol|ul|li|font|strong|em|table|h[1-6]|section|article|blockquote"
    r"|center|o:p)(?=[\s/>])[^<>]*>",
    re.I,
)
_TAG = LazyRe(rf"</?(?:{_TAGS})(?=[\s/>])[^<>]*>", re.I)
# a tag named in quotes, '请勿使用“<br>”标签', '‘<p>’': a mention of the tag, not markup
_QUOTED_TAG = LazyRe(rf"[“‘\"'「『《〈]\s*</?(?:{_TAGS})(?=[\s/>])[^<>]*>\s*[”’\"'」』》〉]", re.I)
# a self-closed line break, '<br/>', '<br />': an editor's (XHTML) form, which prose naming the tag
# does not use; one is markup enough ('1.…；<br/>2.…')
_SELF_BR = LazyRe(r"<br\s*/>", re.I)
_ENTITY = LazyRe(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# what any tag or entity starts with: a row (a cell) without it holds no markup ('金额>5万元',
# '<3个工作日', '水&电' pass in one search, in C)
_CANDIDATE = LazyRe(
    r"</?[A-Za-z]|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
# a space entity, '&nbsp;', alone (an empty rich-text field's source) or beside text ('把关不严
# &nbsp;'): only an HTML source writes one, and text shows it as a space
_SPACE_ENTITY = LazyRe(r"&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#12288);")
_DROPPED = LazyRe(r"<(script|style)\b[^<>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BREAK = LazyRe(
    r"<br\b[^<>]*>|</(?:p|div|li|tr|h[1-6]|blockquote|section|article|ol|ul|table)\s*>"
    r"|<(?:li|tr)\b[^<>]*>",
    re.I,
)
_CELL_END = LazyRe(r"</t[dh]\s*>", re.I)
_SOURCE_SPACE = LazyRe(r"\s+")
_LINE_SPACE = LazyRe(r"[ \t\u00a0\u2002\u2003\u2009\u200b]+")


def _marks(text: str) -> int:
    """How many HTML tags and character entities the text holds (an entity that decodes to
    nothing else, '&T;', is none; a tag named in quotes, '“<br>”', is none)."""
    n = len(_TAG.findall(text)) - len(_QUOTED_TAG.findall(text))
    for m in _ENTITY.finditer(text):
        if html.unescape(m.group(0)) != m.group(0):
            n += 1
    return n


def is_html(text: str) -> bool:
    """True when a cell's text is an HTML editor's source (the cheap test first)."""
    if ("<" not in text and "&" not in text) or not _CANDIDATE.search(text):
        return False
    if _STARTS.match(text) or _SPACE_ENTITY.search(text):
        return True
    if _SELF_BR.search(text) and _SELF_BR.search(_QUOTED_TAG.sub("", text)):
        return True
    return _marks(text) >= 2


def html_text(source: str) -> str:
    """The text an HTML editor's source shows: line breaks where it breaks lines, tags out,
    entities decoded, spaces tidied, blank lines dropped (a cell of entities without a tag
    keeps the line breaks it has: it has no other way to break them)."""
    text = _DROPPED.sub("", source)
    if _TAG.search(text):  # (the source's own line breaks are spaces in HTML; a cell of
        text = _SOURCE_SPACE.sub(" ", text)  # entities and no tag breaks its lines itself)
    text = _BREAK.sub("\n", text)
    text = _CELL_END.sub(" ", text)
    text = _TAG.sub("", text)  # (before decoding: '&lt;关系&gt;' is text, not a tag)
    text = html.unescape(text)
    lines = (_LINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def read_marked_cells(rows: list[list[str]]) -> tuple[tuple[str, int], tuple[str, int]]:
    """Rewrite, in place, every cell of ``rows`` that carries an export's literal ``_xHHHH_``
    escapes as the text they stand for (xlproc/xescapes.py), and then every cell that is an HTML
    editor's source as the text it shows. Returns, for each, the first such cell's reference and
    how many there were ('', 0 when none): a row without '_x' nor the start of a tag or an
    entity is passed over whole (one join and one search, in C)."""
    first, n = "", 0
    first_x, n_x = "", 0
    for r, row in enumerate(rows):
        joined = "\x00".join(row)
        x = "_x" in joined
        marked = ("<" in joined or "&" in joined) and bool(_CANDIDATE.search(joined))
        if not (x or marked):
            continue
        for c, v in enumerate(row):
            if not v:
                continue
            if x and has_escape(v):
                v = row[c] = escaped_text(v)
                n_x += 1
                if not first_x:
                    first_x = cell_ref(r, c)
            if marked and is_html(v):
                row[c] = html_text(v)
                n += 1
                if not first:
                    first = cell_ref(r, c)
    return (first, n), (first_x, n_x)
