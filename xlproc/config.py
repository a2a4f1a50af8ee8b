"""Configuration: vocabularies and grading thresholds, defaults from ``workbook_templates``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from xlproc.errors import ConfigError
from xlproc.resources import data_dir
from xlproc.script import simplified
from xlproc.text import LazyRe, fold

_TYPE_SPLIT = re.compile(r"[、,，/;；|+＋&＆\s]+|以及|和|及|与|兼|或")
_SUFFIXES = ("方面的", "方面", "岗位", "风险点", "腐败风险", "廉政风险", "廉洁风险", "风险", "等级", "类", "级")  # fmt: skip
# a level word written after what it grades ('风险较高', '等级高', '风险等级：高' without its colon)
_PREFIXES = ("风险等级", "风险级别", "风险", "等级", "级别")


# capital numerals, as on a cheque ('壹级/贰级/叁级'): the same words as 一/二/三
_CAPITALS = str.maketrans("壹贰貳叁參", "一二二三三")


def _key(text: str) -> str:
    # a vocabulary's word names no one: keyed by its simplified form whatever its marks ('較高'),
    # a stop or comma typed after it aside ('二级。', '制度机制风险；'; not '一、' or '1.', the
    # numbers of a list)
    key = simplified(fold(text)).replace(" ", "").upper().translate(_CAPITALS).rstrip(_EDGE_MARKS)
    if key and key[0] in _STAR_LIKE and len(key) <= 3 and set(key) <= _STAR_LIKE:
        key = "★" * len(key)  # ('⭐⭐⭐', '***': stars typed as an emoji or as asterisks)
    return key


_EDGE_MARKS = "。；;，,！!？?"
_STAR_LIKE = frozenset("⭐*＊★")


def _variants(text: str, prefixes: tuple[str, ...] = ()) -> list[str]:
    """The lookup keys of a value: itself, then with trailing 风险/类/级 removed in turn, then
    without the first of ``prefixes`` it opens with."""
    keys = [_key(text)]
    k = keys[0]
    first = fold(text).split(" ", 1)[0].upper()
    if first and first != k:  # 'Ⅱ级 较高': the first word
        keys.append(first)
    if "(" in k and not k.startswith("("):  # 'Ⅰ级(高)': the words before the bracket
        k = k.split("(", 1)[0]
        keys.append(k)
    elif k.startswith(("(", "[", "【", "〔")) and k.endswith((")", "]", "】", "〕")):
        k = k[1:-1]  # '(中)', '【低】': the word in brackets
        keys.append(k)
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if k.endswith(suffix) and len(k) > len(suffix):
                k = k[: -len(suffix)]
                keys.append(k)
                changed = True
    after = _after_label(k, prefixes)
    if after != k:
        keys.append(after)  # ('风险较高', '等级高': the word after its label)
    return keys


def _after_label(k: str, prefixes: tuple[str, ...]) -> str:
    """``k`` without the first of ``prefixes`` it opens with (and is more than)."""
    for prefix in prefixes:
        if k.startswith(prefix) and len(k) > len(prefix):
            return k[len(prefix) :]
    return k


# What a phone app's 图片转表格 (OCR of a photographed sheet) writes for the characters of a
# level word, a small table kept on purpose: a dash for the numeral 一 ('—级', '－级', '-级'),
# 圾/汲/极/吸/及 for 级 ('一圾', '三汲'), 'l' or '|' for the strokes of Ⅰ/Ⅱ/Ⅲ ('ll级'), 口 for
# 中, 硷/睑/俭/脸 for 险 ('高风硷'). Each only in its place in a cell that is a level word
# otherwise (``ocr_level_fold``); a cell '—' alone (none) is no word and stays as written.
_OCR_DASHES = "—－-–─ー一"  # (as the numeral 一, only where a 级 or its look-alike follows)
_OCR_JI = "级圾汲极吸及"
_OCR_XIAN = str.maketrans("硷睑俭脸", "险险险险")
_OCR_WORD = re.compile(
    rf"(?P<num>[{re.escape(_OCR_DASHES)}]|[二三]|[Il|]{{1,3}}|[高中低口])"
    rf"(?P<ji>[{_OCR_JI}]?)(?P<rest>(?:风[险硷睑俭脸])?)"
)


def ocr_level_fold(raw: str) -> str:
    """The level word an OCR'd cell stands for ('—级' → '一级', '二圾' → '二级', 'll级' →
    'II级', '口风险' → '中风险'), else ''. The whole cell must be one level word's shape: a
    numeral (a dash only before 级 or its look-alike), then 级 or its look-alike, then '风险'
    at most; '' where nothing needed folding. Whether the word is the table's own is the
    caller's to judge (``level_shape``)."""
    text = fold(raw).replace(" ", "")
    m = _OCR_WORD.fullmatch(text) if 0 < len(text) <= 6 else None
    if not m:
        return ""
    num, ji, rest = m.group("num"), m.group("ji"), m.group("rest").translate(_OCR_XIAN)
    if num in _OCR_DASHES:
        if not ji:
            return ""  # ('—' alone, '-风险': a placeholder, no numeral)
        num = "一"
    elif num[0] in "Il|":
        num = "I" * len(num)
    elif num == "口":
        num = "中"
    if ji:
        ji = "级"
    word = num + ji + rest
    return word if word != text else ""


def level_shape(word: str) -> str:
    """The form of a level word apart from which level it says: 'C级' for '一级'…'三级', 'R级'
    for 'Ⅰ级'…'Ⅲ级', 'H风险' for '高风险'…'低风险', so that a folded cell is taken only in a
    table whose other cells are written the same way."""
    text = fold(word).replace(" ", "").upper()
    m = re.match(r"III|II|I|[一二三]|[高中低]", text)
    if not m:
        return ""
    kind = "R" if m.group(0)[0] == "I" else "C" if m.group(0) in "一二三" else "H"
    return kind + text[m.end() :]


@lru_cache(maxsize=4096)
def _scale_key(word: str) -> str:
    """A scale's word without what every step of it may carry ('A级风险', '风险较高' → 'A',
    '较高'): the words of a table and of a configured scale compared alike."""
    k = simplified(fold(word)).replace(" ", "").upper()
    changed = True
    while changed:
        changed = False
        for suffix in ("风险", "等级", "级", "类"):
            if k.endswith(suffix) and len(k) > len(suffix):
                k, changed = k[: -len(suffix)], True
    return _after_label(k, _PREFIXES)


class Vocabulary:
    """Maps staff spellings to a canonical value; never guesses."""

    def __init__(self, table: dict[str, list[str]], prefixes: tuple[str, ...] = ()):
        self.canonical = list(table)
        self._prefixes = prefixes  # labels a value may be written after ('风险较高')
        self._memo: dict[str, str | None] = {}
        self._map: dict[str, str] = {}
        for canon, variants in table.items():
            for v in [canon, *variants]:
                for k in _variants(v):
                    self._map.setdefault(k, canon)

    def _word(self, text: str) -> str | None:
        """The canonical value ``text`` spells, by the first of its keys the table has."""
        return next((self._map[k] for k in _variants(text, self._prefixes) if k in self._map), None)

    def _changed(self, raw: str) -> str | None:
        """'高→中', '二级调整为三级', 'Ⅰ级（降为Ⅱ级）': a level changed this round; the level now
        is the last, where the first is a level too."""
        parts = [x.strip(" ()（）") for x in _CHANGED.split(raw)]
        # ('由高降为中', '原二级，现一级': the level before after its own word)
        first = _BEFORE_WORD.sub("", parts[0])
        now, before = (self._word(x) for x in (parts[-1], first))
        return now if before is not None else None

    def grades_listed(self, raw: str) -> list[tuple[str, str]]:
        """A cell printing the grades of a scale for one to be marked ('高　中　低', '一级 二级
        三级', 'Ⅰ Ⅱ Ⅲ', '高/中/低', '高、中、低'): its words each with its level ('' for a word
        of the scale outside the vocabulary: '四级'), in order; else []. The words are parted by
        spaces or by '/', '／', '、', '|' (``GRADE_WORD_MARKS``). Two or more bare words, each a
        different level, all three of them or all of one form (one character each, or the same
        ending: '一级 二级'); three or more level words even where two say one level ('较高　一般
        较低'); three or more of one form, most of them level words ('一级 二级 三级 四级'); not
        'Ⅱ级 较高' (one level said twice) nor '高 (中)'. Such a cell gives no level by its first
        word (the mark, if any, is read from its runs' fonts: collect's
        ``_levels_by_marked_word``)."""
        if not _GRADE_WORD_PARTS.search(raw) or "\n" in raw.strip():
            # (one word: the cheap test, nearly every cell; levels one a line, '高⏎中', pair
            # with holders or points one a line: no scale printed on one line)
            return []
        words = _GRADE_WORD_PARTS.sub(" ", fold(raw)).split()
        if len(words) < 2:
            return []
        got = []
        for w in words:
            canon = self._word(w)
            if w[0] in "(（[【":
                return []
            got.append((w, canon or ""))
        one_form = all(len(w) == 1 for w in words) or (
            len({len(w) for w in words}) == 1 and len({w[-1] for w in words}) == 1
        )
        known = [c for _w, c in got if c]
        if len(known) < len(got):
            # ('一级 二级 三级 四级': a scale longer than the vocabulary's, its words of one form)
            if len(got) < 3 or not one_form or len(known) < len(got) - 1 or len(known) < 2:
                return []
            return got
        named = set(known)
        if len(named) < len(got):
            # ('较高　一般　较低': three level words, two of one level, still the scale printed)
            return got if len(got) >= 3 and len(named) >= 2 else []
        if len(named) < len(self.canonical) and not one_form:
            return []
        return got

    def _said_twice(self, raw: str) -> str | None:
        """One value said twice, in two of its spellings, with no bracket round the second
        ('Ⅰ级高风险', '高风险Ⅰ级', '一级/高', 'Ⅱ级 中', '一级★★★') or an ordinal '第' before it
        ('第二级'): the value both halves say; None where they differ ('高中', 'Ⅰ级Ⅱ级': a scale
        or two values, not guessed) or either is a bare number ('11' is no level said twice)."""

        def one(x: str) -> str | None:
            if not x or x.isdigit():
                return None
            return self._word(x)

        k = fold(raw).strip()
        if k.startswith("第") and "级" in k and (got := one(k[1:])):
            return got
        parts = [x for x in _SAID_TWICE_PARTS.split(k) if x]
        if len(parts) == 2:
            halves = [(parts[0], parts[1])]
        elif len(parts) == 1:
            halves = [(k[:i], k[i:]) for i in range(1, len(k))]
        else:
            return None
        for a, b in halves:
            if _key(a) == _key(b):
                continue  # ('★★★★', '高高': one spelling twice is a count or a slip, no level)
            first = one(a)
            if first is not None and one(b) == first:
                return first
        return None

    def ticked_values(self, raw: str) -> list[str] | None | bool:
        """A cell naming values with ticks and no boxes: the values ticked, in order. A tick in
        brackets ('高（√）中（ ）低（ ）') is the word's before it; a bare one is the word it
        touches ('高 中√ 低', '√二级 三级'), or the only word there is ('高 √'); a tick
        touching two words ('高√中低') or set apart among several: None (asked, not guessed).
        False where the cell is not values and ticks alone ('已核实√', '高（已整改√）'): read as
        before."""
        text = fold(raw)
        if (label := re.match(r"[^:：]{1,6}[:：]", text)) and not _BARE_TICK.search(label[0]):
            text = text[label.end() :]  # '风险等级：高√'
        text = _TICK_IN_BRACKETS.sub("\x01", _EMPTY_BRACKETS.sub(" ", text))
        if re.search(r"[()\[\]【】]", text):
            return False  # (another bracket: a note, not an option's tick)
        words: list[tuple[int, int, str]] = []  # (start, end, value) of each option
        ticks: list[tuple[int, bool]] = []  # (where, bracketed: bound to the word before)
        for m in _TICK_PARTS.finditer(text):
            part = m.group(0)
            if part == "\x01" or _BARE_TICK.fullmatch(part):
                ticks.append((m.start(), part == "\x01"))
            elif not part.isspace():
                at = m.start()
                for w in self._split_values(part):
                    if w is None:
                        return False
                    words.append((at, at + len(w[0]), w[1]))
                    at += len(w[0])
        if not words or not ticks:
            return False
        chosen: list[str] = []
        for at, bound in ticks:
            before = next((w for w in reversed(words) if w[1] == at), None)
            after = next((w for w in words if w[0] == at + 1), None)
            if bound:
                pick = before
            elif before and after:
                pick = None  # ('高√中低': whose tick it is is not told)
            else:
                pick = before or after or (words[0] if len(words) == 1 else None)
            if pick is None:
                return None
            if pick[2] not in chosen:
                chosen.append(pick[2])
        return chosen

    def _split_values(self, part: str) -> list[tuple[str, str] | None]:
        """``part`` as values written together ('中低' → ('中', Ⅱ), ('低', Ⅲ)), the longest
        first; [None] where some of it is no value."""
        if (whole := self._word(part)) is not None:
            return [(part, whole)]
        out: list[tuple[str, str] | None] = []
        i = 0
        while i < len(part):
            for j in range(min(len(part), i + 6), i, -1):
                if (got := self._word(part[i:j])) is not None:
                    out.append((part[i:j], got))
                    i = j
                    break
            else:
                return [None]
        return out

    def lookup(self, raw: str) -> str | None:
        try:
            return self._memo[raw]
        except KeyError:
            pass
        if _SCALE_JOINS.search(raw) and _SCALE_PRINTED.fullmatch(raw):
            self._memo[raw] = None
            return None  # ('低 ——————→ 高', '高 ←—— 低', '轻——重': a printed scale, no level)
        found = self._changed(raw) if _CHANGED.search(raw) else None
        ticked: list[str] | None | bool = False
        if found is None and _BARE_TICK.search(raw) and not _BOXES.search(raw):
            # '高 中√ 低', '高（ ）中（√）低（ ）', '二级√': the one value ticked, or none
            ticked = self.ticked_values(raw)
        if ticked is not False:
            found = ticked[0] if ticked and len(ticked) == 1 else None
        elif found is None and not self.grades_listed(raw):
            found = self._word(raw)
        if found is None and (":" in raw or "：" in raw):
            # written with its label: '风险等级:中'
            after = re.split(r"[:：]", raw, maxsplit=1)[1].strip()
            found = self._word(after)
        if found is None and (m := _RATING.match(raw)) and len(raw.strip()) == 3:
            # '★★☆' on a scale of three: the filled marks count, the hollow ones only pad it
            solid = m.group(1)
            found = self._map.get(solid) or self._map.get("★" * len(solid))
        if found is None and _TICKS.search(raw) and _BOXES.search(raw):
            ticked = ticked_choice(raw)  # '高☑　中□　低□': the choice ticked among boxes
            found = self._word(ticked)
        if (
            found is None
            and len(raw) <= 16
            and _SAID_TWICE_HINT.search(raw)
            and not _LATIN.search(raw)  # ('ll级': a stroke misread, ``LEVEL_OCR_LOOKALIKE``)
        ):
            found = self._said_twice(raw)
        if len(self._memo) < 65536:
            self._memo[raw] = found
        return found


# a value said twice, two spellings side by side ('Ⅰ级高风险', '一级/高'): only a cell with a
# character of a level word is tried, then split at a mark or at each place in turn
_SAID_TWICE_HINT = re.compile(r"[级ⅠⅡⅢ★▲高中低第]")
_LATIN = re.compile(r"[A-Za-z]")
_SAID_TWICE_PARTS = re.compile(r"[\s/／、|｜,，;；]+")
# what parts the words of a scale printed in a level cell: spaces, and '/', '／', '、', '|'
GRADE_WORD_MARKS = "/／、|｜"
_GRADE_WORD_PARTS = re.compile(r"[\s/／、|｜]")
# a scale printed from one end to the other ('低 ——————→ 高', '高 ←—— 低', '轻——重', '低 -- 高'):
# the two ends of a scale joined by a run of dashes (an arrow after it or not) or by a left
# arrow; no level (a bare '低→高' is a level changed: ``_CHANGED``)
_SCALE_JOINS = re.compile(r"[—–─―━－\-]{2}|[—–─―━]\s*[→⟶]|[←⟵]")
_SCALE_PRINTED = re.compile(
    r"\s*(?:由|从)?\s*(低\s*[—–─―━－\-←⟵→⟶>＞\s]+(?:到|至)?\s*高|高\s*[—–─―━－\-←⟵→⟶>＞\s]+(?:到|至)?\s*低"
    r"|轻\s*[—–─―━－\-←⟵→⟶>＞\s]+(?:到|至)?\s*重|重\s*[—–─―━－\-←⟵→⟶>＞\s]+(?:到|至)?\s*轻)\s*"
)
_CHANGED = re.compile(
    r"\s*(?:→|->|—>|－>|=>|⇒|➝|➔|⟶|调整为|改为|降为|升为|变为|[，,；;]\s*现(?:调整为|定为|为)?)\s*"
)
_BEFORE_WORD = re.compile(r"^\s*(?:由|从|原来为|原为|原)\s*")
# a tick by a value written with no boxes ('高√', '高 中√ 低'), one in brackets ('高（√）'), an
# empty bracket beside the values not ticked ('中（ ）'), and the parts of such a cell (folded)
_BARE_TICK = re.compile("[√✓✔☑]")
_TICK_IN_BRACKETS = re.compile(r"\(\s*[√✓✔☑]\s*\)")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_TICK_PARTS = re.compile(r"\x01|[√✓✔☑]|\s+|[^\s√✓✔☑\x01]+")
# a rating: stars (or triangles) filled, then hollow ones padding a scale of three ('★★☆'); boxes
# and dots ('■□□', '○●○') tick a place instead, and '★★☆☆☆' rates on another scale
_RATING = re.compile(r"\s*(★★?(?=☆+\s*$)|▲▲?(?=△+\s*$))")
# the marks a cell is ticked or crossed with, one vocabulary: each reading's set of marks (a
# choice in a cell, a tick column, a slot, a box, a cross) is built from these
TICK_MARKS = frozenset("√✓✔☑")
SOLID_MARKS = frozenset("●■")  # a filled mark, a tick where a form asks for one
CROSS_MARKS = frozenset("×✗✘")
EMPTY_BOXES = frozenset("□☐")
_TICKED = "".join(sorted(TICK_MARKS | SOLID_MARKS | {"▣", "☒"}))
_TICKS = re.compile(f"[{_TICKED}]")
_BOXES = LazyRe("[□○☐◯]")
_MARKED = LazyRe(f"([{_TICKED}□○☐◯])")


def ticked_choice(raw: str) -> str:
    """The one choice ticked in a cell offering several with a box each ('高☑　中□　低□',
    '☑较高 □一般 □较低'), else ''."""
    chosen = ticked_choices(raw)
    return chosen[0] if len(chosen) == 1 else ""


def ticked_choices(raw: str) -> list[str]:
    """The choices ticked in a cell offering several with a box each, in order ('□思想道德
    ☑制度机制 ☑岗位职责' → ['制度机制', '岗位职责'])."""
    raw_parts = _MARKED.split(raw)
    parts = [x.strip() for x in raw_parts]
    # a box sits by its word ('高☑ 中□' after, '☑高 □中' before): the narrower gap, between boxes
    # with a word on both sides, tells the side (a label before the first box, '等级：', or the
    # ends of the cell, '（单选）', say nothing)
    votes = 0
    for i in range(1, len(raw_parts) - 1, 2):
        left, right = raw_parts[i - 1], raw_parts[i + 1]
        if not left.strip() or not right.strip() or left.rstrip().endswith((":", "：")):
            continue
        gap_left = len(left) - len(left.rstrip())
        gap_right = len(right) - len(right.lstrip())
        votes += (gap_left > gap_right) - (gap_left < gap_right)
    if votes:
        marks_first = votes > 0
    else:  # as near either way: a word after the last box ('□高 ☑中 □低'), not a note ('（单选）')
        marks_first = bool(parts[-1]) and parts[-1][0] not in "（("
    chosen = []
    for i in range(1, len(parts), 2):
        word = parts[i + 1] if marks_first else parts[i - 1]
        word = re.split(r"[:：\s]", word)[-1]  # '等级：高☑': the word by the box, not the label
        if _TICKS.match(parts[i]) and word:
            chosen.append(word)
    return chosen


@dataclass
class Grading:
    level_points: dict[str, int]
    a_min_level1: int = 1
    a_min_score: int = 9
    b_min_level2: int = 1
    b_min_score: int = 4
    a_powers: list[str] = field(default_factory=list)
    b_powers: list[str] = field(default_factory=list)


@dataclass
class Config:
    levels: Vocabulary
    risk_types: Vocabulary
    grades: Vocabulary
    grading: Grading
    max_unpacked_bytes: int
    max_compression_ratio: float
    raw: dict
    file_timeout: float = 60.0  # seconds one file may take to read before it is given up
    max_sheet_cells: int = (
        2_000_000  # a sheet's used range (rows × columns) beyond which it is refused
    )
    worker_memory_mb: int = 1024  # address space a reading worker may add to what it starts with
    level_scales: list[list[str]] = field(default_factory=list)  # three words, highest first
    # a note grading points by their holder's rank ('县级领导干部为一级风险…'): each rank class and
    # its words ('科级': 正科级, 副科级 …), and the 职级 each 职务 class matches ('主任科员' → '科级')
    holder_ranks: dict[str, list[str]] = field(default_factory=dict)
    holder_rank_equals: dict[str, str] = field(default_factory=dict)

    def within_a_scale(self, words: set[str]) -> bool:
        """``words`` are some of the words of a configured scale."""
        keys = {_scale_key(w) for w in words}
        return any(keys <= set(map(_scale_key, scale)) for scale in self.level_scales)

    def scale_of(self, words: set[str], legend: str = "") -> dict[str, str] | None:
        """The canonical level of each word when ``words`` (a table's level cells) are exactly
        the three of a configured scale, or two of them and ``legend`` (the sheet's notes)
        names all three ('风险等级分较高、一般、较低三档'); else None."""
        keys = {_scale_key(w): w for w in words}
        for scale in self.level_scales:
            if len(scale) != 3:
                continue
            wanted = {_scale_key(w) for w in scale}
            if set(keys) == wanted or (
                len(keys) >= 2 and set(keys) <= wanted and all(w in legend for w in scale)
            ):
                order = [_scale_key(w) for w in scale]
                return {keys[k]: self.levels.canonical[order.index(k)] for k in keys}
        return None

    def level(self, raw: str) -> str | None:
        return self.levels.lookup(raw) if raw else None

    def type_only(self, raw: str) -> bool:
        """The cell names risk types and nothing else (a short cell: the column test)."""
        memo = self.__dict__.setdefault("_type_only_memo", {})
        got = memo.get(raw)
        if got is None:
            known, unknown = self.types(raw) if len(raw) <= 30 else ([], [])
            # '岗位职责/中': types with the level written after them
            got = bool(known) and (
                not unknown or unknown == [u for u in unknown[:1] if self.level(u)]
            )
            if len(memo) < 65536:
                memo[raw] = got
        return got

    def types(self, raw: str) -> tuple[list[str], list[str]]:
        """Split a type cell into canonical types and the parts that were not understood.

        The result is shared between equal cells: callers must not change it."""
        memo = self.__dict__.setdefault("_types_memo", {})
        got = memo.get(raw)
        if got is None:
            got = self._types(raw)
            if len(memo) < 65536:
                memo[raw] = got
        return got

    def _types(self, raw: str) -> tuple[list[str], list[str]]:
        known: list[str] = []
        unknown: list[str] = []
        if "\n" in raw:
            lines = [x.strip() for x in raw.split("\n") if x.strip()]
            if len(lines) >= 2 and all(len(x) <= 2 for x in lines):
                # '制⏎度⏎机⏎制' in a narrow column stood on end: the word, one character a line
                # (not '思想⏎岗位', two types each written short, a line each)
                apart = [self.risk_types.lookup(x) for x in lines]
                whole = self._types("".join(lines))
                if whole[0] and not whole[1] and None in apart:
                    return whole
        if _TICKS.search(raw) and _BOXES.search(raw):
            raw = "、".join(ticked_choices(raw))  # '□思想道德 ☑制度机制 □岗位职责': the ticked
        elif _BARE_TICK.search(raw) and (got := self.risk_types.ticked_values(raw)) is not False:
            # '思想道德 制度机制√ 岗位职责', '思想道德（√）制度机制（ ）': the types ticked
            return (got, []) if got else ([], [raw.strip()])
        for part in _TYPE_SPLIT.split(fold(raw)):
            if not part:
                continue
            canon = self.risk_types.lookup(part)
            if canon is None:
                unknown.append(part)
            elif canon not in known:
                known.append(canon)
        return known, unknown

    def type_initials(self, values: list[str]) -> dict[str, str] | None:
        """A column of one character a cell, each found in the name of one risk type and no
        other ('思 | 制 | 岗 | 流'): each character's type; None unless every value is such a
        character and there are two different ones (a lone '岗' could be anything)."""
        chars = {v.strip() for v in values if v.strip()}
        if len(chars) < 2 or any(len(c) != 1 for c in chars):
            return None
        out = {}
        for c in chars:
            if not (hit := self.initial_type(c)):
                return None
            out[c] = hit
        return out

    def initial_type(self, char: str) -> str | None:
        """The one risk type whose name holds ``char`` ('制' → 制度机制风险), else None ('风' is
        in every name; a character in none is no type's)."""
        hits = [canon for canon in self.risk_types.canonical if char in canon.removesuffix("风险")]
        return hits[0] if len(hits) == 1 and len(char) == 1 else None

    def grade(self, raw: str) -> str | None:
        return self.grades.lookup(raw) if raw else None


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _holder_ranks(raw: dict) -> dict[str, list[str]]:
    """``[holder_ranks]``: each rank class and the words of it, checked (a list of words each)."""
    table = raw.get("holder_ranks", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in table.values()
    ):
        raise ConfigError(
            '配置有误:[holder_ranks] 每一项须为写法的列表,如 "科级" = ["科级", "正科级"]'
        )
    return {str(k): list(v) for k, v in table.items()}


def default_config_path() -> Path:
    return data_dir("workbook_templates") / "defaults.toml"


def load_config(path: str | Path | None = None) -> Config:
    """Defaults, with the user's file (if any) merged over them section by section."""
    with open(default_config_path(), "rb") as f:
        raw = tomllib.load(f)
    if path is not None:
        try:
            with open(path, "rb") as f:
                user = tomllib.load(f)
        except FileNotFoundError:
            raise ConfigError(f"找不到配置文件:{path}") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"配置文件 {path} 格式有误:{e}") from None
        # vocabularies are replaced whole, so a unit can remove a value, not only add one
        for section in ("levels", "risk_types", "grades"):
            if section in user:
                raw[section] = user.pop(section)
        raw = _merge(raw, user)
    try:
        g = raw["grading"]
        grading = Grading(
            level_points={k: int(v) for k, v in g["level_points"].items()},
            a_min_level1=int(g["a_min_level1"]),
            a_min_score=int(g["a_min_score"]),
            b_min_level2=int(g["b_min_level2"]),
            b_min_score=int(g["b_min_score"]),
            a_powers=list(g.get("a_powers", [])),
            b_powers=list(g.get("b_powers", [])),
        )
        rnd = raw.get("round", {})
        if not isinstance(rnd, dict) or not all(isinstance(v, str) for v in rnd.values()):
            raise ConfigError("配置有误:[round] 的 title、deadline、authority 须为文字(用引号括起)")
        levels = raw["levels"]
        if len(levels) != 3 or set(levels) != set(grading.level_points):
            raise ConfigError("配置有误:[levels] 须恰有三个级别,且与 level_points 的键一致")
        return Config(
            levels=Vocabulary(levels, _PREFIXES),
            risk_types=Vocabulary(raw["risk_types"]),
            grades=Vocabulary(raw["grades"]),
            grading=grading,
            max_unpacked_bytes=int(raw.get("limits", {}).get("max_unpacked_bytes", 512 << 20)),
            max_compression_ratio=float(raw.get("limits", {}).get("max_compression_ratio", 200)),
            raw=raw,
            file_timeout=float(raw.get("limits", {}).get("file_timeout_seconds", 60)),
            max_sheet_cells=int(raw.get("limits", {}).get("max_sheet_cells", 2_000_000)),
            worker_memory_mb=int(raw.get("limits", {}).get("worker_memory_mb", 1024)),
            level_scales=[list(map(str, x)) for x in raw.get("level_scales", {}).get("scales", [])],
            holder_ranks=_holder_ranks(raw),
            holder_rank_equals={
                str(k): str(v) for k, v in raw.get("holder_rank_equals", {}).items()
            },
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ConfigError(f"配置有误,缺少或无法识别的项:{e}") from None
