"""Text normalisation shared by the reader and the vocabularies."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from xlproc.script import as_keyed


class LazyRe:
    """A regular expression compiled when first used: the rare paths' patterns cost no start-up
    time (``xlproc check`` compiles its patterns before the reading workers start)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):
        compiled = re.compile(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_SPACE = re.compile(r"\s+")
_LABEL_PUNCT = re.compile(r"[\s:：()（）\[\]【】<>《》\"'“”‘’*＊·.。,，;；]+")


def cell_text(value: object) -> str:
    """A cell as text: floats that are whole numbers lose their ``.0``; None is ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value).strip()


def fold(text: str) -> str:
    """Fold full-width ASCII and compatibility forms (NFKC), trim, collapse inner whitespace."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


# a bracketed aside, innermost first: '（签字）', '(含副职)'
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


@lru_cache(maxsize=1 << 16)
def label_key(text: str) -> str:
    """The comparable form of a label: folded, with spaces, line breaks and punctuation removed;
    a label written in traditional characters is keyed by its simplified form ('風險等級')."""
    return _LABEL_PUNCT.sub("", unicodedata.normalize("NFKC", as_keyed(text)))


def col_letter(col: int) -> str:
    """0-based column index to Excel letters (0 → A)."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def col_index(letters: str) -> int:
    """'A' → 0, 'AB' → 27: a column's letters to its 0-based number."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def cell_ref(row: int, col: int) -> str:
    """0-based (row, col) to an Excel reference such as ``C7``."""
    return f"{col_letter(col)}{row + 1}"


# the marks a list of names, posts or codes is written with ('张三、李四', '站长，副站长；…'):
# one vocabulary the splitters build on (each adds its own: '和', '及', a slash, a space)
LIST_SEPARATORS = "、，,；;"

_OPENS, _CLOSES = "（(【[", "）)】]"
_NAMES_SEPARATORS = "\n、,，;；/／"
# a name and at most one bracket after it, of any kind ('钱珝（包巴麦村、江雄村）', '夏玹【分管…】')
_HEAD_AND_BRACKET = re.compile(
    r"^\s*([\u4e00-\u9fff·]{2,5})\s*(?:[（(【\[]([^\n]{1,40})[）)】\]])?\s*$"
)


def lists_in_brackets(text: str, listed: bool = True) -> list[tuple[str, str]] | None:
    """A cell of names each followed by a bracketed list joined by the same separators as the
    names ('钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）', '甲(一组/二组)/乙'): split on the
    separators OUTSIDE brackets only (（）, (), 【】, []) → [(what stands before the bracket, what
    the bracket holds or ''), …]. None unless a separator stands inside a bracket, the brackets
    are balanced and unnested, two parts or more, each a word of two to five characters with one
    bracket at most after it (whether a word is a name is the caller's to say). ``listed`` False:
    no separator need stand inside a bracket, one bracket at least ('张三（财务股）、李四（办公室）')."""
    if not any(o in text for o in _OPENS):
        return None  # (the cheap test: no bracket)
    parts, depth, cur, inside = [], 0, [], False
    for ch in text:
        if ch in _OPENS:
            depth += 1
            if depth > 1:
                return None
        elif ch in _CLOSES:
            depth -= 1
            if depth < 0:
                return None
        elif ch in _NAMES_SEPARATORS:
            if depth:
                inside = True
            else:
                parts.append("".join(cur))
                cur = []
                continue
        cur.append(ch)
    parts.append("".join(cur))
    parts = [x.strip() for x in parts if x.strip()]
    if depth or (listed and not inside) or len(parts) < 2:
        return None
    found = [_HEAD_AND_BRACKET.match(x) for x in parts]
    if not all(found):
        return None
    got = [(m.group(1), (m.group(2) or "").strip()) for m in found if m]
    # (``listed`` False: '张三（财务股）、李四（女）' too, a bracket of one item at least once)
    return got if listed or any(b for _n, b in got) else None


def is_list_note(note: str) -> bool:
    """A bracket's text that is a list by the names' own separators ('包巴麦村、江雄村')."""
    return any(c in _NAMES_SEPARATORS for c in note)


# who watches or oversees points, not who holds them: a line or heading so labelled ('监督责任：…',
# '分管领导：…', '纪检员：…') names no holders, nor does a part whose verb it is ('…由纪检员 某某监督');
# one vocabulary for the item-number rule (collect.py) and the column-key line (locate_holders.py)
WATCHING_LABEL = LazyRe(r"监督|监管|督查|督导|纪检|分管|包保|包村|分包|指导|联系|挂点|挂钩|驻村")
WATCHING_VERB = LazyRe(r"监督|监管|督查|督导")

_RANGE_MARK = LazyRe(r"\s*([\-—–－～~至到])\s*")
_NUMBER_SEP = LazyRe(r"[、,，和及\s]+")
_RANGE_SPLIT = LazyRe(r"[\-—–－～~至到]+")


def number_list(text: str, widest: int = 200) -> list[int]:
    """The numbers a reference lists: '1—3、5' → [1, 2, 3, 5], '2和4' → [2, 4]; a range wider
    than ``widest`` is no range ('1-2025' is a date's, not 2,025 items)."""
    out: list[int] = []
    for part in _NUMBER_SEP.split(_RANGE_MARK.sub(r"\1", text.strip())):
        ends = [int(x) for x in _RANGE_SPLIT.split(part) if x.isdecimal()]
        if len(ends) == 2 and ends[0] <= ends[1] <= ends[0] + widest:
            out.extend(range(ends[0], ends[1] + 1))
        elif len(ends) == 1:
            out.append(ends[0])
    return out


# the words a note uses for a level ('标红的为高风险', '空白的为三级'), for patterns to wrap in a group
# of their own; no word is another's start, so their order does not matter
LEVEL_ALTS = "一级|二级|三级|Ⅰ级|Ⅱ级|Ⅲ级|较高|较低|一般|重大|较大|高|中|低"
