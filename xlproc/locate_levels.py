"""Levels and types not written in a column of their own: read from a legend or note on
the sheet (``_legend`` …), from codes and marks a legend defines, from a configured
scale, from tags and clauses in the point's cell, from factor scores (likelihood ×
impact, LEC products), from a risk map printed on the sheet, from a rank or the tab.

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cached_property
from operator import attrgetter, itemgetter

from xlproc.columns import (
    LEADERS_GROUP,
    WARNING_COLOUR_WORD,
    Heading,
    _dept_like,
    heading_role,
    looks_like_name,
)
from xlproc.identity import (
    COUNT_CELL,
    HAN_TEXT,
    NUMBERING,
    SYMBOL,
    caption_level,
    squeeze,
    three_steps,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _AMOUNT_HEAD,
    _AMOUNT_NOT,
    _BAND_LEVEL,
    _BAR_CELL,
    _BAR_CHARS,
    _BAR_COUNT_SAID,
    _BAR_EMPTY_OF,
    _BAR_NUMERALS,
    _BOTH_CODE_HEAD,
    _BOTH_NAMED,
    _BRACKETS,
    _CELL_NOTE,
    _CODE_GAP,
    _CODE_GIVES_BOTH,
    _CODE_GIVES_LEVEL,
    _CODE_HEAD,
    _CODE_KEY,
    _CODE_LAYOUT,
    _CODE_LEVEL_MARKS,
    _CODE_PART_SEP,
    _CODE_SPLIT,
    _COUNTS_WORD,
    _DATE_CODE,
    _DEFINES,
    _DEFINING,
    _DIGITS_AS_LEVELS,
    _EMOJI_MARK,
    _END_LEVEL,
    _FOOTNOTE_LINE,
    _FOOTNOTE_MARKS,
    _FOOTNOTES,
    _GENERIC_TYPES,
    _GIVEN_LEVEL,
    _GLOSSARY_HEAD,
    _GLOSSARY_LINE,
    _GLUED_MARK,
    _GRADE_MARK_HEAD,
    _GRADE_OVERSEER_HEAD,
    _GRID_CORNER,
    _HINT,
    _HOLDER_COUNT,
    _HOW_MANY,
    _IMPACT,
    _ITEM_LINE,
    _LEADERS_WORD,
    _LEGEND_BAND,
    _LEGEND_OPEN,
    _LEVEL_AFTER_WORDS,
    _LEVEL_BEFORE,
    _LEVEL_BEFORE_WORDS,
    _LEVEL_CHANGE_WORDS,
    _LEVEL_CLOSING,
    _LEVEL_CODE,
    _LEVEL_COUNT,
    _LEVEL_FORMER_WORD,
    _LEVEL_HEAD_YEAR,
    _LEVEL_IN_HEAD,
    _LEVEL_NAMED,
    _LEVEL_NUMBERS,
    _LEVEL_ORDER_NOTE,
    _LEVEL_PART_ORDINAL,
    _LEVEL_SAID,
    _LEVEL_SCORE,
    _LEVEL_TAG,
    _LEVEL_TAG_TAIL,
    _LEVEL_WORD,
    _LEVELS_DOWN,
    _LIKELIHOOD,
    _LIKELIHOOD_WORDS,
    _LINED_COUNT_WORD,
    _LINED_RISING,
    _LOOSE_CODE,
    _MAP_COUNTS,
    _MARK_CHARS,
    _MARK_DEFINED,
    _MARK_RUN,
    _MARK_TAIL,
    _MARK_TYPED,
    _MARKS,
    _MARKS_RESPECTIVELY,
    _MEASURES_HOLDER,
    _NEW_POINT,
    _NOTHING,
    _NUMBER,
    _NUMERAL_TAG,
    _PAIRS,
    _PART_KEY,
    _PREFIX_LEGEND,
    _PREFIXED_CODE,
    _PRODUCT_HEAD,
    _RANKED,
    _RATER_HEAD,
    _RATER_TOTAL,
    _REVIEW_OPINION_HEAD,
    _REVIEW_SETS_LEVEL,
    _ROMAN_LEVEL,
    _SCALE_CASES,
    _SCALE_HEAD,
    _SCORE_LEVEL,
    _SEQ_LIST,
    _SET_TO,
    _TAG_CLOSERS,
    _TAG_LINE,
    _TAG_OPENERS,
    _TAG_TYPE_NOTE,
    _TAGS_QUOTED,
    _TIER_NONE,
    _TITLE_LEVEL,
    _TITLE_NOTE,
    _TWO_HAN,
    _TYPE_CODE,
    _TYPE_LEAD,
    _TYPE_LEGEND,
    _TYPE_SEP,
    _TYPE_TAG,
    _UNMARKED,
    _VOTES_HEAD,
    _WEIGHT_HINT,
    _WEIGHT_LABEL,
    _WEIGHTED_OVER,
    _WEIGHTED_TOTAL,
    _WHEN_HEAD,
    _ZONE_CORNER_WORDS,
    _ZONE_MIXED,
    RawRisk,
    _amount_bands,
    _amount_unit,
    _amount_value,
    _Band,
    _band_of,
    _factor_kind,
    _Graded,
    _grid_head,
    _heading_level,
    _joined,
    _labelled_lines,
    _legend_pair_re,
    _legend_words,
    _level_cell_holders,
    _level_sentences,
    _level_tag_of,
    _level_word,
    _listed_re,
    _map_grades,
    _map_zones,
    _note_on_column,
    _numbered_lines,
    _ordered_re,
    _overseer_grade,
    _overseer_grades,
    _past_change_lines,
    _point_numbers,
    _points_held_by_line,
    _product_bands,
    _product_level,
    _rater_bands,
    _rater_basis,
    _rater_note,
    _rater_number,
    _review_agrees,
    _review_hands_to,
    _RiskMap,
    _said_bands,
    _Scores,
    _Sheet,
    _Table,
    _tier_sets,
    _weight_cell,
    _weight_in_heading,
    _weighted_bands,
    grade_mark_step,
    roster_key,
    roster_lookup,
    titled_types,
)
from xlproc.locate_base import _ticked as _step_ticked
from xlproc.locate_header import _STAGE_LEVEL_LABEL
from xlproc.text import BRACKETED, LazyRe, cell_ref, col_letter, fold, label_key

# a type column's circled numbers ('①', '①③') and a key defining them, the number run straight
# into its word or not: '①思想道德风险 ②制度机制风险', '①为思想道德风险，②—制度机制风险'
_CIRCLED = tuple("①②③④⑤⑥⑦⑧⑨⑩")
_CIRCLED_CODES = re.compile(r"[①-⑩]{1,5}")
_CIRCLED_LEGEND = re.compile(
    r"([①-⑩])\s*(?:[—–－\-:：=]{1,2}|为|表示|代表|指)?\s*[“\"「]?([\u4e00-\u9fff]{2,8}?)(?:风险|类)?"
    r"[”\"」]?(?=[，,;；。、\s)）①-⑩]|$)"
)

# a point closing on its type and its level in one bracket ('…（制度机制风险/二级）')
# a verb saying what type a point is, opening its bracket ('属', '属于', '系', '为')
_TYPE_SAID = re.compile(r"^\s*(?:属于|属|系|为)\s*")
_TYPE_LEVEL_TAG = re.compile(r"\s*[（(【\[]\s*([^（()）【】\[\]]{3,24}?)\s*[)）】\]]\s*$")

# a type after a dash closing a point ('…——思想道德风险', '…—制度机制类', '…--岗位职责', '…－－业务
# 流程类风险'; '、' joining two types): the dash, then words with no dash or space in them
_DASH_CHARS = frozenset("—―─–-－")
_DASH_TYPE = LazyRe(
    r"\s*(?:[—―]{1,2}|─{2}|–{1,2}|-{2,3}|－{2,3})\s*(?P<t>[^—―─–\-－\s，,。；;：:（()）]{2,24}?)\s*[。；;]?\s*$"
)
# a note saying the type follows the dash ('风险类型写在风险点后，用破折号隔开', '——后为风险类型')
_DASH_TYPE_NOTE = LazyRe(r"破折号|(?:——|横线)[^。；;\n]{0,10}类[型别]")

# a level joined to the point's words in its own cell (``_joined_levels``): after a dash, bar or
# slash closing it ('…——二级', '…｜高', '…/Ⅱ级', '…——风险等级：一级'), before one opening it
# ('二级｜…', '高风险——…'), or in a bracket labelled as the level ('…（风险等级：二级）', '【级别：高】…')
_JOIN_SEP = r"(?:[—―]{1,2}|─{2}|–{1,2}|-{1,3}|－{1,3}|[｜|/／])"
_JOIN_LABEL = r"(?:(?:风险)?(?:等级|级别)\s*(?:[:：]|为)?\s*)?"
_JOIN_WORD = r"(?P<w>[^—―─–\-－｜|/／\s，,。；;：:（()）【】\[\]［］]{1,7})"
_LEVEL_JOINED_AFTER = LazyRe(rf"\s*{_JOIN_SEP}\s*{_JOIN_LABEL}{_JOIN_WORD}\s*[。；;]?\s*$")
_LEVEL_JOINED_BEFORE = LazyRe(rf"^\s*{_JOIN_LABEL}{_JOIN_WORD}\s*{_JOIN_SEP}\s*(?=\S)")
_LEVEL_LABELLED_AFTER = LazyRe(
    r"\s*[（(【\[［]\s*(?:风险)?(?:等级|级别|定级)\s*(?:[:：]|为)?\s*(?P<w>[^（()）【】\[\]［］\s]{1,7}?)"
    r"\s*[)）】\]］]\s*[。；;]?\s*$"
)
_LEVEL_LABELLED_BEFORE = LazyRe(
    r"^\s*[（(【\[［]\s*(?:风险)?(?:等级|级别|定级)\s*(?:[:：]|为)?\s*(?P<w>[^（()）【】\[\]［］\s]{1,7}?)"
    r"\s*[)）】\]］]\s*(?=\S)"
)
# what lets a cell hold such a level at all: one of the separators, or a level's label
# the grades of a professional title (职称) written before a colon as a level is ('初级：…',
# '副高级：…'): a table opening its points with one names no levels; and the two words that are
# a 职称's grade or a level ('高级', '中级'), a level before a colon only beside a mark that is one
# only ('低：', '低级：', '一级：', '高风险：')
_TITLE_GRADES = frozenset({"初级", "员级", "助理级", "副高级", "正高级", "副高", "正高", "中高级"})
_GRADE_OR_LEVEL = frozenset({"高级", "中级"})
# a point opening with its level and a colon: '高：违规审批…', '一级:…', 'Ⅱ级：…', '高风险：…'
_LEVEL_BEFORE_COLON = LazyRe(
    r"^\s*(?P<w>[^\s:：【】\[\]［］()（）]{1,5}?)\s*[:：]\s*(?P<rest>\S.*)$"
)
_JOIN_CHARS = frozenset("—―─–-－｜|/／")
# a type closing the point once the level joined behind it is taken off ('…——制度机制风险——二级',
# '…｜岗位职责风险｜高', '…/业务流程/Ⅱ级'): the same separators as the level's (``_joined_types``)
_JOINED_TYPE = LazyRe(
    rf"\s*{_JOIN_SEP}\s*(?P<t>[^—―─–\-－｜|/／\s，,。；;：:（()）]{{2,24}}?)\s*[。；;]?\s*$"
)
# the type and the level in one closing bracket, split by a bar or a dash too ('…【岗位职责｜高】',
# '…（制度机制风险——二级）'), besides ``_TYPE_SEP``'s marks
_TYPE_LEVEL_SEP = re.compile(r"[/／、,，;；\s｜|]+|[—―]{1,2}|－{1,2}|-{1,2}")

# colours a note lists ('分红色、橙色、黄色三级', '由高到低依次为红、橙、黄')
_WARNING_COLOUR_LISTED = re.compile(r"([红橙黄蓝绿])(?=[色灯、，,；;和与及至到>＞→）)\s]|$)")
# a note (or the level heading) ordering a column's own level words: a clause that makes the
# list a scale ('分为特级、一级、二级三档', '由高到低依次为', '三个等级', '甲级＞乙级＞丙级'; a bare
# '分' only just before the list: '分特级、一级、二级'), one
# reversing it ('由低到高分为…'), and the words joining the list ('、', '和', '＞')
_NOTE_SCALE_CUE = re.compile(
    r"分[为成]|划分|依次|[高低重轻][到至向][高低重轻]|最高|最低|最重|最轻|次之|[三3]个?(?:等级|级别|档|等)"
    r"|[>＞]"
)
_NOTE_SCALE_UP = re.compile(r"[低轻][到至向][高重]")
_NOTE_SCALE_DIRECTION = re.compile(r"[高低重轻][到至向][高低重轻]")
_NOTE_SCALE_ROWS = re.compile(r"[高低重轻][到至向][高低重轻](?:的?顺序)?(?:排列|排序|列示|编排)")
_NOTE_SCALE_JOIN = "、/／和及与>＞"
_NOTE_SCALE_END = r"(最高|最重|最严重|最大|最低|最轻|最小)"
# a note pairing a column's level words with the three levels ('重大风险、较大风险按一级廉政风险管控',
# '一般风险为二级', '低风险对应三级'): the words joined, then a verb and the level (``_levels_by_note``)
_NOTE_PAIR_JOIN = r"(?:风险)?\s*[、/／和及与]\s*"
_NOTE_PAIR_VERB = (
    r"(?:风险|等级|级别)?的?(?:风险点)?\s*(?:均|统一|都|一律)?\s*"
    r"(?:按照|参照|按|对应为|对应|属于|属|列为|定为|作为|视为|视同|归为|归入|纳入|列入|即|为|[=＝→])"
    r"\s*(?:廉政)?(?:风险)?\s*([一二三123ⅠⅡⅢ]|I{1,3})级"
)
_NOTE_PAIR_BEFORE = "较重一特极很超降减非"
_NOTE_PAIR_LEVEL = {
    **dict.fromkeys(("一", "1", "Ⅰ", "I"), "Ⅰ级"),
    **dict.fromkeys(("二", "2", "Ⅱ", "II"), "Ⅱ级"),
    **dict.fromkeys(("三", "3", "Ⅲ", "III"), "Ⅲ级"),
}
# a note naming the top or the bottom colour ('红色最高', '红色为高风险', '绿灯为三级'; a grade only
# after a verb: '分红色、橙色、黄色三级' counts the steps, names no bottom)
_WARNING_COLOUR_END = re.compile(
    r"([红橙黄蓝绿])[色灯]?(?:预警)?((?:的|为|表示|代表|是|属于|对应)*)"
    r"(最高|最严重|最重|高风险|一级|Ⅰ级|1级|最低|最轻|低风险|一般风险|三级|Ⅲ级|3级)"
)


# a holder's points numbered on one line ('1.…；2.…', '①…②…', '一是…；二是…'): their numbers
_COUNT_INLINE_ITEM = re.compile(
    r"(?:^|(?<=[；;，,。\s])|(?=[①-⑳]))\s*(?:[（(](\d{1,2})[)）]|(\d{1,2})[.、．](?!\d)|([①-⑳])|([一二三四五六七八九十])是)"
)


# a line opening '一是…' (a holder's items over lines, ``_count_lines``)
_COUNT_SHI_LEAD = re.compile(r"\s*[一二三四五六七八九十]是")


def _count_inline_items(text: str) -> list[str]:
    """The items of one line numbered in turn from 1 ('一是以罚代刑；二是泄露举报人信息'), else []."""
    marks = list(_COUNT_INLINE_ITEM.finditer(text.strip()))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    nums = []
    for m in marks:
        d, d2, circled, han = m.groups()
        n = d or d2
        nums.append(
            int(n)
            if n
            else ord(circled) - ord("①") + 1
            if circled
            else "一二三四五六七八九十".index(han) + 1
        )
    if nums != list(range(1, len(marks) + 1)) or len({bool(m.group(4)) for m in marks}) > 1:
        return []
    t = text.strip()
    ends = [*(m.start() for m in marks[1:]), len(t)]
    items = [t[m.end() : e].strip().rstrip("；;，,。 ") for m, e in zip(marks, ends, strict=True)]
    return items if all(items) else []


def _level_lines(text: str, config, n: int) -> list[str]:
    """A level cell giving ``n`` levels one a line and nothing else ('高⏎中⏎中', '一级⏎三级',
    '1.高⏎2.中'): the levels without their numbers; [] for any other cell ('防控前：高⏎防控后：低'
    are readings of one point; '（较大）' under 'Ⅱ级' says it again)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if n < 2 or len(lines) != n:
        return []
    numbered = all(NUMBERING.match(x) for x in lines)
    levels = [NUMBERING.sub("", x, count=1).strip() for x in lines]
    if not all(
        x
        and len(x) <= 10
        and ":" not in x
        and "：" not in x
        and (numbered or not _BRACKETS.search(x))
        and config.level(x)
        for x in levels
    ):
        return []
    return levels


def _run_on_points(text: str) -> list[str]:
    """A cell of points numbered in turn on ONE line ('①…；②…', '①…②…', '1.…；2.…', '1、… 2、…',
    '（1）…，（2）…'): the points without their numbers, each of four characters at least; []
    for a cell over lines or any other."""
    t = text.strip()
    if not t or "\n" in t:
        return []
    items = _count_inline_items(t)
    return items if len(items) >= 2 and all(len(x) >= 4 for x in items) else []


# a holder's counts of each grade written out in ONE cell beside his rows: '共3项（一级1项、二级2项）',
# 'Ⅰ级1个，Ⅱ级2个', '高风险1条、中风险2条', '共3项：高1中2' (the total, then grade word and number)
_COUNT_TEXT_TOTAL = LazyRe(r"(?:共计|合计|总计|共有|共)?\s*(\d{1,2})\s*[项个条处]")
_COUNT_TEXT_PART = LazyRe(
    r"(?:其中)?([^\d\s、，,；;：:（）()]{1,6}?)\s*[:：]?\s*(\d{1,2})\s*[项个条处]?"
)
_COUNT_TEXT_GAP = LazyRe(r"[\s、，,；;：:（）()。]*")


# the columns never of a holder's counts in words (a level column may be: '风险等级及个数')
_NOT_COUNT_TEXT = frozenset(
    (
        "risk_point",
        "description",
        "measures",
        "person",
        "title",
        "department",
        "unit",
        "risk_type",
        "seq",
        "code",
        "workflow",
    )
)  # fmt: skip (a guessed 职责 may be: '风险点数' over '共3条：高风险1条、…')


def _count_text(text: str, config) -> tuple[list[str], int] | None:
    """A cell of a holder's counts by grade in words read into the levels it gives his points,
    highest first, and the total it states (the sum where it states none): '共3项（一级1项、二级2项）'
    → (['一级', '二级', '二级'], 3). None unless the whole cell is counts (a grade word, then
    its number), one grade at least, each word a level's."""
    t = text.strip() if text else ""
    if not t or len(t) > 60 or "\n" in t:
        return None
    stated = None
    if m := _COUNT_TEXT_TOTAL.match(t):
        stated, t = int(m.group(1)), t[m.end() :]
    parts: list[tuple[str, str, int]] = []
    at = _COUNT_TEXT_GAP.match(t).end()
    while at < len(t):
        m = _COUNT_TEXT_PART.match(t, at)
        if not m:
            return None
        word = m.group(1).removesuffix("风险点").strip()
        level = config.level(word) if word else None
        if level not in _LEVELS_DOWN:
            return None
        parts.append((word, level, int(m.group(2))))
        at = _COUNT_TEXT_GAP.match(t, m.end()).end()
    if not parts or len({lv for _, lv, _ in parts}) < len(parts):
        return None
    levels = [
        w for w, lv, n in sorted(parts, key=lambda x: _LEVELS_DOWN.index(x[1])) for w in [w] * n
    ]
    return levels, len(levels) if stated is None else stated


def _count_lines(text: str) -> list[str]:
    """A holder's cell of numbered point lines beside his counts, without their numbers ('1.…',
    '（1）…', '①…' each line), an unnumbered line the continuation of the item above it; []
    unless the first line is numbered and two items or more are."""
    lines = _numbered_lines(text)
    if lines:
        return lines
    if "\n" not in text:
        return _count_inline_items(text)
    said = [x for x in text.split("\n") if x.strip()]
    if len(said) >= 2 and _COUNT_SHI_LEAD.match(said[0]):
        # '一是…，⏎未按规定公示；⏎二是…': items over lines, a line not opening '…是' the
        # continuation of the item above (review 127g, finding 7)
        return _count_inline_items("".join(x.strip() for x in said))
    if len(said) < 2 or not _ITEM_LINE.match(said[0]):
        return []
    items: list[str] = []
    for x in said:
        if _ITEM_LINE.match(x):
            items.append(_ITEM_LINE.sub("", x, count=1).strip())
        else:  # ('1.采伐许可证超限额发放，⏎  未按规定公示': the item's continuation, one point)
            items[-1] += x.strip()
    return items if len(items) >= 2 else []


def _lines_level_tagged(lines: list[str], config) -> bool:
    """Point lines closing with their OWN level tag ('1.接受宴请（低）', '…【低风险】', '…（一级）'):
    the lines say their levels, no place against counts gives them (the numbered-levels rule)."""
    for x in lines:
        m = _LEVEL_CLOSING.search(x.strip().rstrip("。；;，,"))
        said = m.group(1).strip() if m else ""
        said = said[:-2] if said.endswith("风险") and len(said) > 2 else said
        if said and config.level(said) and not said.isdigit() and _level_word(said):
            return True
    return False


# a note pairing a colour with a numbered level: 'Ⅰ级（黄色）', '黄色（一级）', '黄色为一级', '一级风险为
# 黄色', and lists of them '红色、橙色、黄色分别对应三级、二级、一级' (``_colour_level_pairs``)
_COLOUR_LVL = r"(?:[一二三ⅠⅡⅢ123]|Ⅰ|Ⅱ|Ⅲ)级"
_COLOUR_AFTER_LEVEL = re.compile(
    rf"({_COLOUR_LVL})(?:风险|预警)?(?:[（(]|(?:为|用|以|是|对应|表示为?|标注为?|标识为?)+)"
    r"([红橙黄蓝绿])[色灯]"
)
_COLOUR_BEFORE_LEVEL = re.compile(
    r"([红橙黄蓝绿])[色灯]?(?:预警|风险)?(?:[（(]|(?:的|为|表示|代表|是|属于|对应)+)"
    rf"(?:风险)?({_COLOUR_LVL})"
)
_COLOURS_RESPECTIVELY = re.compile(
    r"((?:[红橙黄蓝绿][色灯]?(?:预警)?[、，,和及与]*){2,4})(?:的|预警|风险)*分别"
    r"(?:为|对应|表示|代表|是|属于|用于)*"
    rf"((?:{_COLOUR_LVL}(?:风险)?[、，,和及与]*){{2,4}})"
)
_LEVELS_RESPECTIVELY = re.compile(
    rf"((?:{_COLOUR_LVL}(?:风险)?[、，,和及与]*){{2,4}})(?:的|风险)*分别"
    r"(?:为|对应|表示|代表|是|用|以|标注为?|标识为?)*"
    r"((?:[红橙黄蓝绿][色灯]?(?:预警)?[、，,和及与]*){2,4})"
)


def _colour_level_pairs(text: str, level) -> dict[str, str] | None:
    """The colours a note or heading pairs with numbered levels ('Ⅰ级（黄色）', '黄色为一级',
    '红色、橙色、黄色分别对应三级、二级、一级'): colour -> level; None where the note pairs them
    inconsistently (a colour with two levels, or two colours with one level)."""
    found: list[tuple[str, str]] = []
    for m in _COLOUR_AFTER_LEVEL.finditer(text):
        found.append((m.group(2), m.group(1)))
    for m in _COLOUR_BEFORE_LEVEL.finditer(text):
        found.append((m.group(1), m.group(2)))
    for rx, colours_first in ((_COLOURS_RESPECTIVELY, True), (_LEVELS_RESPECTIVELY, False)):
        for m in rx.finditer(text):
            a, b = (m.group(1), m.group(2)) if colours_first else (m.group(2), m.group(1))
            cs = re.findall(r"[红橙黄蓝绿]", a)
            ls = re.findall(_COLOUR_LVL, b)
            n = min(len(cs), len(ls))  # (a level after the list: '…一级风险，一级风险最高')
            if len(cs if colours_first else ls) == n:
                found.extend(zip(cs[:n], ls[:n], strict=True))
            else:
                return None  # (a list of colours not as long as its levels: no guess)
    pairs: dict[str, str] = {}
    for c, w in found:
        lv = level(w)
        if not lv:
            continue
        if pairs.setdefault(c, lv) != lv:
            return None
    if len(set(pairs.values())) < len(pairs):
        return None
    return pairs


# a level cell of a colour and its level word in brackets ('红色（高）', '橙（二级）')
_COLOUR_BRACKET_LEVEL = re.compile(r"([红橙黄蓝绿])[色灯]?(?:预警|风险)?[（(]([^（()）]{1,6})[）)]")
# a level cell saying no level ('/'), one of which among colours leaves the colours read
_COLOUR_NO_LEVEL = frozenset({"/", "／", "\\", "—", "-", "无"})


def _level_change_point_holds(point: str, listed: str) -> bool:
    """A level-adjustment row's point names a listed point whose text holds it or is held in
    it: the shorter at least 4 characters and more than half the longer, or a whole clause of
    it ('审批' does not name '违规审批报销')."""
    own = squeeze(listed).rstrip("。；;，,")
    short, long_ = sorted((point, own), key=len)
    if len(short) < 4 or short not in long_:
        return False
    # (or a whole clause of it: '违规出具证明' of '审核把关不严，违规出具证明')
    return 2 * len(short) > len(long_) or short in re.split(r"[，,；;、]", long_)


# a level said in a clause of the measures' own sentence, after a verb of classing, no bracket
# ('…，列为重点防控事项。', '实行重点防控：…', '按一般防控管理', '纳入一级风险管控', '作为常规防控点',
# '此项为高风险事项'; ``_level_clauses``): not '一级抓一级', '一级审批', '高风险岗位' (a post's grade)
_LEVEL_CLAUSE = LazyRe(
    r"(?:列为|列入|纳入|作为|按照?|实行|实施|属于?|定为|评定为|认定为|(?:本|此|该)(?:项|条|风险点)?为)"
    r"((?:重点|一般|常规)(?:防控|管控|监控)|[一二三ⅠⅡⅢ]级(?:风险)?|(?:较高|较低|较大|重大|高|中|低)风险)"
    r"(?=点|事项|项目|管理|对象|范围|防控|管控|监控|监管|[，,。;；：:、）)\s]|$)"
)
# a note saying the levels are written in the measures ('防控等级在防控措施中注明')
_LEVEL_IN_MEASURES_NOTE = LazyRe(
    r"(?:等级|级别)[^。；;\n]{0,12}措施|措施[^。；;\n]{0,12}(?:等级|级别)"
)


# the closing word of a control grade's tag ('重点防控', '一般管控'): read off to compare the grades
_CONTROL_GRADE_END = re.compile(r"(?:防控|管控|监管|风险点?)$")


# a ledger's column of the year a row was registered ('登记年度', '排查年度', '年份'; not a date
# '排查时间': holders in turn by date are read by ``_holders_in_turn_by_date``) and its cells
_LEDGER_YEAR_HEAD = LazyRe(r"^(?:登记|排查|评估|评定|识别|填报|确认|审定)?(?:年度|年份)$")
_LEDGER_YEAR_CELL = LazyRe(r"^([\d〇○零一二三四五六七八九]{4})\s*(?:年度?)?$")
# a year written in Chinese numerals ('二〇二五年度'): its digits
_LEDGER_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# a point's code column ('风险编号', '风险点编码', '编号'): one point over its year rows
_LEDGER_CODE_HEAD = LazyRe(r"编号|编码|代码")
# a column of a ledger one row a case ('办理日期', '受理时间', '案件编号', '业务流水号')
_CASE_COLUMN_HEAD = LazyRe(
    r"^(?:(?:办理|经办|受理|登记|发生|办结|审批|服务|接待|处理)?(?:日期|时间)"
    r"|(?:案件|业务|案卷|办件|受理|流水)(?:编号|号|流水号))$"
)
# a ledger row's cell closing its point ('已销号', '（已撤销）', '不再列入防控')
_LEDGER_STRUCK_OFF = LazyRe(
    r"^[(（]?(?:已?销号|已?撤销|已删除|不再列入(?:防控|清单)?|不再作为风险点)[)）]?$"
)


def _ledger_point_text(v: str) -> str:
    return re.sub(r"[\s，,、；;。.：:（）()]", "", squeeze(v))


def _ledger_rows_one_point(a: RawRisk, b: RawRisk) -> bool:
    """Two years' rows of one code are one point: the same holder (the name, else the 科室 and
    post) and the same or a similar point text (equal, one inside the other, or two thirds of the
    shorter's characters in the longer: '公车私用' / '公务用车私用、违规加油')."""
    pa, pb = squeeze(a.person), squeeze(b.person)
    if pa and pb:
        if pa != pb:
            return False
    elif (squeeze(a.department), squeeze(a.title)) != (squeeze(b.department), squeeze(b.title)):
        return False
    ta, tb = _ledger_point_text(a.risk_point), _ledger_point_text(b.risk_point)
    if ta == tb or (ta and tb and (ta in tb or tb in ta)):
        return True
    short, other = sorted((set(ta), set(tb)), key=len)
    return bool(short) and len(short & other) * 3 >= len(short) * 2


def _ledger_row_said(rr: RawRisk) -> str:
    who = squeeze(rr.person) or squeeze(rr.title) or squeeze(rr.department)
    return f"{who}“{squeeze(rr.risk_point)[:20]}”"


# a heading's words of a post moved ('调整前岗位', '原职务', '现岗位'): the rest says before or after
_MOVE_POST_WORDS = LazyRe(r"岗位|职务|职位|的")
# a moves table's column of when ('调整时间', '轮岗日期', '调整年月') and a date in it ('2025年9月',
# '2025-09-01', '2025.9'): a person's latest move is where he stands now
_MOVE_WHEN_HEAD = LazyRe(r"时间|日期|年月")
_MOVE_DATE_PARTS = LazyRe(r"((?:19|20)\d\d)\s*[年\-/.]\s*(\d{1,2})(?:\s*[月\-/.]\s*(\d{1,2}))?")
# the unit a moves table's caption names before its year or its words ('市局2025年度干部轮岗交流
# 登记' → '市局', '城关所干部轮岗情况' → '城关所'; '2025年度干部轮岗交流情况表' names none)
_MOVES_CAPTION_UNIT = LazyRe(
    r"^(.*?)(?:\d|[〇零一二]{4}|本年|年度|干部|人员|岗位|轮岗|交流|调整|变动|职工|员工|工作人员)"
)
# a 科室's column of a table of staff moves ('原股室 | 原岗位 | 现股室 | 现岗位'), and the words of
# a post's after ('现任岗位', '新任职务') and before besides the levels' ('调整后', '现', '新')
_MOVE_DEPT_WORDS = LazyRe(r"股室|科室|处室|部门|所在|的")
_MOVE_AFTER_EXTRA = frozenset({"现任", "新任", "调入"})
_MOVE_BEFORE_EXTRA = frozenset({"原任", "调出"})
# the headings a table of posts' grades adjusted has none of (``_grade_change_head``)
_GRADE_CHANGE_NOT_HEADS = frozenset(
    {"risk_point", "measures", "risk_type", "duty", "description", "workflow"}
)
# a post's grade written as a letter under 调整前/调整后: 'A', 'B类', 'Ｃ级'
_POST_GRADE_LETTER = LazyRe(r"[A-DＡ-Ｄa-d][类级]?")
# a band heading over 一级 | 二级 | 三级 naming measures ('风险等级及防控措施', '等级与措施')
_LEVEL_BAND_MEASURES = LazyRe(r"措施|防控办法|防范办法")
# a note saying the measures are written in the level's column ('防控措施填写在该风险点所属风险等级
# 一栏内', '按风险等级在对应栏内填写防控措施'), not a 风险等级 band's own words
_MEASURES_IN_LEVEL_NOTE = LazyRe(
    r"措施[^。；;\n]{0,16}(?:填|写|列)[^。；;\n]{0,14}(?:等级|级别|级)[^。；;\n]{0,6}(?:栏|列|格)"
    r"|(?:等级|级别)[^。；;\n]{0,8}(?:栏|列|格)[^。；;\n]{0,10}(?:填|写)[^。；;\n]{0,6}措施"
)
# a measure written out: a sentence of some length, not a tick, a count or a name ('√', '3', '张三')
_MEASURE_TEXT_MIN = 6
# a row's running number written in the sub-column of its level under a 序号 band ('7', '7.', '07')
_RUNNING_NUMBER = LazyRe(r"\d{1,3}(?:\.0)?[.、]?")


# a circled item number (①–⑳) or a bracketed one ('（1）', '(2)'): the marks of a point cell's
# lines and of a level cell naming each point's level by its number ('①一级②二级', '①②二级③一级')
_CIRCLED_MARK = LazyRe(r"[①-⑳]|[（(]\d{1,2}[)）]")
# a level cell read mark by mark: marks, then the level they share ('①②二级'), a stop between
_MARKED_LEVEL = LazyRe(
    r"\s*((?:(?:[①-⑳]|[（(]\d{1,2}[)）])\s*[、,，]?\s*)+)(?:为|是|[:：])?\s*([^①-⑳（()）、,，；;。\s]+)"
    r"\s*[；;，,。、]?"
)


def _mark_number(mark: str) -> int:
    """The number an item mark stands for: '③' → 3, '（2）' → 2."""
    mark = mark.strip()
    if "①" <= mark[:1] <= "⑳":
        return ord(mark[0]) - ord("①") + 1
    return int(mark.strip("（()）"))


def _circled_lines(text: str) -> list[str]:
    """The items of a cell written one a line, numbered ①, ②, … in turn (or '（1）', '（2）'), without
    their numbers; an unnumbered line the continuation of the item above it; [] unless the first
    line is numbered and two items or more are."""
    items: list[str] = []
    for line in text.split("\n"):
        x = line.strip()
        if not x:
            continue
        m = _CIRCLED_MARK.match(x)
        if m and _mark_number(m.group(0)) == len(items) + 1:
            items.append(x[m.end() :].strip())
        elif items:
            items[-1] += x  # ('①采伐许可证超限额发放，⏎  未按规定公示': one item typed on)
        else:
            return []
    return items if len(items) >= 2 and all(items) else []


def _levels_by_marks(text: str, config) -> dict[int, str]:
    """A level cell naming each point's level by its item number: '①一级②一级③二级', '①②二级③一级',
    '①二级⏎②三级', '（1）高（2）中' → {1: '一级', 2: '一级', 3: '二级'}; {} unless the whole cell is
    such marks and level words, each number once, each word a level."""
    t = text.strip()
    got: dict[int, str] = {}
    at = 0
    while at < len(t):
        m = _MARKED_LEVEL.match(t, at)
        if not m or m.end() == at:
            return {}
        word = m.group(2)
        if not config.level(word) or not _level_word(word):
            return {}
        for mark in _CIRCLED_MARK.finditer(m.group(1)):
            n = _mark_number(mark.group(0))
            if n in got:
                return {}
            got[n] = word
        at = m.end()
    return got


# item numbers of other styles than ①/（1）: '1）' (or '1)'), 'A.' (or 'A．', 'A、') and '（一）' (or
# '(一)'), each a style of its own — a point cell numbering its lines so beside a level cell naming
# each point's level by the same numbers ('1）高 2）高 3）中', '（一）（三）高（二）中', 'A.中⏎B.低')
_OTHER_MARKS = {
    "1）": r"(\d{1,2})[)）]",
    "A.": r"([A-H])[.．、]",
    "（一）": r"[（(]([一二三四五六七八九十])[)）]",
}
_OTHER_MARK = LazyRe("|".join(f"(?:{x})" for x in _OTHER_MARKS.values()))
_OTHER_MARK_OF = {k: LazyRe(x) for k, x in _OTHER_MARKS.items()}
# a line opening with one such number, and one standing in a line after a stop ('1）…；2）…')
_OTHER_LINE_OF = {k: LazyRe(rf"\s*{x}\s*") for k, x in _OTHER_MARKS.items()}
_OTHER_INLINE_OF = {k: LazyRe(rf"(?:^|(?<=[；;，,。\s])){x}\s*") for k, x in _OTHER_MARKS.items()}
# a level cell read mark by mark in one such style: marks, then the level they share, a stop between
_OTHER_LEVEL_OF = {
    k: LazyRe(
        rf"\s*(?P<marks>(?:{x}\s*[、,，]?\s*)+)(?:为|是|[:：])?\s*"
        rf"(?P<word>(?:(?!{x})[^（()）、,，；;。\s])+)"
        r"\s*[；;，,。、]?"
    )
    for k, x in _OTHER_MARKS.items()
}


def _other_number(kind: str, said: str) -> int:
    """The number an item mark of another style stands for: '3' (of '3）') → 3, 'B' → 2, '二' → 2."""
    if kind == "1）":
        return int(said)
    if kind == "A.":
        return ord(said) - ord("A") + 1
    return "一二三四五六七八九十".index(said) + 1


def _levels_by_other_marks(text: str, config) -> tuple[str, dict[int, str]]:
    """A level cell naming each point's level by item numbers of one other style than ①/（1）:
    '1）高 2）高 3）中', '（一）（三）高（二）中', 'A.中⏎B.低' → ('1）', {1: '高', 2: '高', 3: '中'});
    ('', {}) unless the whole cell is such marks of one style and level words, each number
    once, each word a level."""
    t = text.strip()
    for kind, level_re in _OTHER_LEVEL_OF.items():
        if not _OTHER_MARK_OF[kind].match(t):
            continue
        got: dict[int, str] = {}
        at = 0
        while at < len(t):
            m = level_re.match(t, at)
            if not m or m.end() == at:
                return "", {}
            word = m.group("word")
            if not config.level(word) or not _level_word(word):
                return "", {}
            for mark in _OTHER_MARK_OF[kind].finditer(m.group("marks")):
                n = _other_number(kind, mark.group(1))
                if n in got:
                    return "", {}
                got[n] = word
            at = m.end()
        return kind, got
    return "", {}


# a level cell giving numbered points their levels by '1.' or '1、' numbers ON ONE LINE: '1.高 2.中',
# '1.中；2.低；3.低', '1、高 2、高', '1.低、2.中', '1．一级，2．二级' (one item: its number, its word)
_DOT_LEVEL_ITEM = LazyRe(r"\s*(\d{1,2})\s*[.．、]\s*([^\s；;，,、。.．\d]{1,6})\s*[；;，,、。]?")


def _dot_numbered_levels(text: str, config) -> list[str]:
    """The levels of a cell numbering them '1.' or '1、' in turn on one line ('1.高 2.中',
    '1.中；2.低；3.低', '1、高 2、高', '1.低、2.中') → ['高', '中']; [] unless the whole cell is
    such items, two or more, numbered 1, 2, … in turn, each word a level."""
    t = text.strip()
    if not t[:1].isdigit() or "\n" in t:
        return []
    out: list[str] = []
    at = 0
    while at < len(t):
        m = _DOT_LEVEL_ITEM.match(t, at)
        if not m or m.end() == at or int(m.group(1)) != len(out) + 1:
            return []
        word = m.group(2)
        if not config.level(word) or not _level_word(word):
            return []
        out.append(word)
        at = m.end()
    return out if len(out) >= 2 else []


def _other_marked_items(text: str, kind: str) -> list[str]:
    """The items of a cell numbered in turn from 1 in the style ``kind`` ('1）…⏎2）…', 'A.…⏎B.…',
    an unnumbered line the continuation of the item above it; or on one line, '1）…；2）…'),
    without their numbers; [] unless two items or more are and the cell opens with the first."""
    items: list[str] = []
    line_re = _OTHER_LINE_OF[kind]
    for line in text.split("\n"):
        x = line.strip()
        if not x:
            continue
        m = line_re.match(x)
        if m and _other_number(kind, m.group(1)) == len(items) + 1:
            items.append(x[m.end() :].strip())
        elif items:
            items[-1] += x
        else:
            return []
    if len(items) == 1:  # one line: its items numbered inline ('1）…；2）…')
        t = text.strip()
        marks = list(_OTHER_INLINE_OF[kind].finditer(t))
        if not marks or marks[0].start() != 0:
            return []
        if [_other_number(kind, m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
            return []
        ends = [*(m.start() for m in marks[1:]), len(t)]
        items = [
            t[m.end() : e].strip().rstrip("；;，,。 ") for m, e in zip(marks, ends, strict=True)
        ]
    return items if len(items) >= 2 and all(items) else []


def _other_marks_fit(point: str, level: str, config) -> bool:
    """A point cell numbering its items '1）', 'A.' or '（一）' beside a level cell giving each its
    level by the same numbers, one each ('1）…；2）…' beside '1）2）二级'): true."""
    kind, level_of = _levels_by_other_marks(level, config)
    if not kind:
        return False
    n = len(_other_marked_items(point, kind))
    return n >= 2 and set(level_of) == set(range(1, n + 1))


# a margin cell beside a list that is a level word and nothing else ('一级风险', 'Ⅱ级', '高风险',
# '中', '★★'): not '重点', '新增' or a number, which ``config.level`` would also take
_MARGIN_LEVEL_WORD = LazyRe(
    r"^(?:(?:[一二三四ⅠⅡⅢⅣ]|I{1,3}|IV)级(?:风险)?|(?:较高|较低|一般|[高中低])(?:风险)?|[★☆]{1,5})$"
)


# a line wholly in brackets under a level (type) word: a note on it ('中⏎（重点）', '高⏎(较高)')
_BRACKETED_LINE = LazyRe(r"[（(【\[〔].*[）)】\]〕]")


_LINE_NUMBER = LazyRe(r"^(?:[（(](\d{1,2})[)）]|(\d{1,2})[.．、)）]|([①-⑳]))\s*")
_LINE_END = LazyRe(r"[；;，,。.、]+$")


def _bare_lines(text: str) -> list[str]:
    """The lines of a merged level (type) cell, blank ones aside, each without the stop after it
    ('高；') and, where every line is numbered 1, 2, … in turn ('1.高⏎2.中', '①一级⏎②三级'),
    without its number; lines numbered otherwise are kept as written (no list of levels)."""
    lines = [_LINE_END.sub("", squeeze(x)) for x in text.split("\n") if x.strip()]
    marks = [_LINE_NUMBER.match(x) for x in lines]
    if lines and all(marks):
        turn = [
            int(m.group(1) or m.group(2)) if not m.group(3) else ord(m.group(3)) - ord("①") + 1
            for m in marks
            if m is not None
        ]
        if turn == list(range(1, len(lines) + 1)):
            lines = [x[m.end() :] for x, m in zip(lines, marks, strict=True) if m is not None]
    return lines


# a level heading's own key of its codes, in brackets: '风险等级（1=低，2=中，3=高）', '(A—高 B—中 C—低)'
# (code first) or '（高3 中2 低1）', '（高风险：3；中风险：2）' (word first)
_HEAD_KEY_BRACKETS = re.compile(r"[（(]([^（）()]*\d[^（）()]*|[^（）()]*[A-Za-z][^（）()]*)[）)]")
_HEAD_KEY_CODE = re.compile(r"[0-9A-Za-z]级?|[0-9]分")
_HEAD_KEY_WORDS = r"(较高|较低|一般|高|中|低|重大|严重|轻微)"
_HEAD_KEY_CODE_FIRST = re.compile(
    r"(?<![0-9A-Za-z])([0-9A-Za-z])\s*(?:级|分)?\s*(?:[=＝:：]|[—–－-]{1,2}|为|表示|代表)?\s*"
    + _HEAD_KEY_WORDS
    + r"(?:风险)?(?=$|[\s，,；;、/|0-9A-Za-z])"
)
_HEAD_KEY_WORD_FIRST = re.compile(
    _HEAD_KEY_WORDS
    + r"(?:风险)?\s*(?:[=＝:：]|[—–－-]{1,2}|为)?\s*([0-9A-Za-z])(?:级|分)?(?![0-9A-Za-z])"
)


# a level cell holding a point's score, not a level word: a fraction of its full mark ('7.5/10',
# '8分/10分'), or with its word or unit ('得分85', '评分：7', '85分'); group 1 the score, 2 the full
# mark (``_score_cells``)
_SCORE_CELL = LazyRe(
    r"(?:(?:风险)?(?:得分|评分|分值|分数|打分)[:：]?)?(\d+(?:\.\d+)?)分?(?:[/／](\d+(?:\.\d+)?)分?)?"
)
_SCORE_HEAD_WORD = LazyRe(r"得分|评分|分值|分数|打分")
# a column headed by a score's word alone ('分值', '得分', '风险得分', '评分（分）'): no level heading
_PLAIN_SCORE_HEAD = LazyRe(
    r"^(?:风险|综合|评估|评价)?(?:得分|评分|分值|分数|打分)(?:[(（]分[)）])?$"
)


def _closed_score_bands(bands: tuple) -> tuple[tuple, list[str]]:
    """A note's score bands with each open bound ('12分以上', '5分以下') that no band holds
    taking 本数 (as such notes mean), and the bounds so closed."""
    closed = []
    for i, (lo, lo_in, hi, hi_in, lv) in enumerate(bands):
        if lo is not None and not lo_in and not _band_of(lo, bands) and lo == int(lo):
            lo_in = True
            closed.append(f"{lo:g}")
        if hi is not None and not hi_in and not _band_of(hi, bands) and hi == int(hi):
            hi_in = True
            closed.append(f"{hi:g}")
        bands = (*bands[:i], (lo, lo_in, hi, hi_in, lv), *bands[i + 1 :])
    return bands, closed


# a note's full mark ('满分10分', '10分制', '百分制')
_FULL_MARK = LazyRe(r"满分(?:为)?(\d+(?:\.\d+)?)分?|(\d+(?:\.\d+)?)分制")

# a level cell writing the assessed factors and their product worked out ('3×3=9', '2*2=4',
# '可能性2×影响3=6', 'L3×S2=6', '3×2×2=12'), or the product first, the factors in brackets
# ('6（2×3）'): group 'f' the factors, 'v' the product written (``_product_cells``)
_PRODUCT_FACTOR = (
    r"(?:[\u4e00-\u9fff]{1,6}(?:[(（][A-Za-z][)）])?[:：]?|[A-Za-z][:：]?)?\d+(?:\.\d+)?分?"
)
_PRODUCT_TIMES = r"[×xX*＊·]"
_PRODUCT_CHAIN = rf"{_PRODUCT_FACTOR}(?:{_PRODUCT_TIMES}{_PRODUCT_FACTOR}){{1,2}}"
_PRODUCT_CELL = LazyRe(
    rf"(?P<f>{_PRODUCT_CHAIN})(?:[=＝](?:[\u4e00-\u9fff]{{0,4}}[:：]?)?(?P<v>\d+(?:\.\d+)?)分?)?"
    rf"|(?P<v2>\d+(?:\.\d+)?)分?[（(](?P<f2>{_PRODUCT_CHAIN})[）)]"
)
_PRODUCT_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class _Levels:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _merged_lines_by_row(self, t: _Table, rows: list[RawRisk]) -> None:
        """A 风险等级 (or 风险类型) cell merged down over a holder's point rows and listing one
        level a line, unnumbered, in row order ('一级⏎一级⏎三级' beside three points, '高⏎低',
        'Ⅱ级⏎Ⅰ级', '★★★⏎★'): the k-th line is the k-th row's, not the first line every row's.
        Only where every line (blank ones aside) is one level word (one type) and there are as
        many lines as point rows under the merge (LEVEL_LINES_BY_ROW, TYPE_LINES_BY_ROW); such
        lines over another count of rows are read as before and warned (…_LINES_ROWS_DIFFER). A
        cell of one line (one level for the block), a cell not merged, or a line that is no
        level word alone ('高⏎（涉及资金）') is read as before."""
        merged = self.grid.merged_into
        spans = {(r0, c0) for r0, c0, r1, c1 in self.grid.merges or () if r1 > r0}
        split: set[frozenset[int]] = set()  # the point rows of the level cells read by row
        for role, code in (("risk_level", "LEVEL"), ("risk_type", "TYPE")):
            c = t.roles.get(role)
            if c is None or not any("\n" in getattr(rr, role) for rr in rows):
                continue
            beside: dict[tuple[int, int], list[RawRisk]] = {}
            for rr in rows:
                if rr.cols.get(role) != c or "\n" not in getattr(rr, role):
                    continue
                r = (rr.rows or {}).get(role, rr.row)
                at = merged.get((r, c), (r, c))
                if at in spans:
                    beside.setdefault(at, []).append(rr)
            for at, held in beside.items():
                text = getattr(held[0], role)
                if any(getattr(rr, role) != text for rr in held):
                    continue  # (a value another rule read already)
                lines = _bare_lines(text)
                if len(lines) < 2 or not all(self._one_word_of(role, x) for x in lines):
                    continue
                bracketed = [_BRACKETED_LINE.fullmatch(x) is not None for x in lines]
                if any(bracketed) and not all(bracketed):
                    continue  # ('中⏎（重点）': a note on the level above; '【高】⏎【中】' a style)
                by_row: dict[int, list[RawRisk]] = {}
                for rr in held:
                    by_row.setdefault(rr.row, []).append(rr)
                if role == "risk_type" and not self._types_one_a_point(lines, by_row, split):
                    continue  # ('制度机制⏎岗位职责' over a holder's rows: his types, every row's)
                ref = cell_ref(*at)
                head = squeeze(t.header[1].get(c, "")) if t.header else ""
                said = "⏎".join(lines)
                if len(by_row) != len(lines):
                    self.issues.append(
                        make_issue(f"{code}_LINES_ROWS_DIFFER", self.rel, self.grid.name, ref,
                                   field=head, value=said, count=str(len(lines)),
                                   points=str(len(by_row)))
                    )  # fmt: skip
                    continue
                for line, r in zip(lines, sorted(by_row), strict=True):
                    for rr in by_row[r]:
                        setattr(rr, role, line)
                split.add(frozenset(by_row))
                self.issues.append(
                    make_issue(f"{code}_LINES_BY_ROW", self.rel, self.grid.name, ref,
                               field=head, value=said, count=str(len(lines)))
                )  # fmt: skip

    def _types_one_a_point(self, lines: list[str], by_row: dict, split: set) -> bool:
        """A merged type cell of one type a line is one a point row only on stronger evidence
        than its count: a point may have several types, so '制度机制⏎岗位职责' merged over a
        holder's rows is his types, every row's (as before the rule), not warned either. Either
        a type is written twice (no set of a holder's types repeats one: '岗位职责⏎岗位职责⏎制度
        机制'), or the level cell beside the same point rows was read line by line already."""
        kinds = [tuple(self.config.types(x)[0]) for x in lines]
        return len(set(kinds)) < len(kinds) or frozenset(by_row) in split

    def _one_word_of(self, role: str, line: str) -> bool:
        """``line`` is one level word alone ('一级', '高风险', 'Ⅱ级', '★★'), or one type alone."""
        if len(line) > 8 or ":" in line or "：" in line:
            return False
        if role == "risk_level":
            return bool(self.config.level(line)) and not self.config.levels.grades_listed(line)
        known, unknown = self.config.types(line)
        return len(known) == 1 and not unknown

    def _levels_in_margin(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A list with no level (or no type) column whose level stands in an UNHEADED column just
        left of its first column (or right of its last), one cell a level merged down beside the
        rows of that level ('一级风险' over rows 4–7, '二级风险' over 8–10) or written on the
        first row of each run: each row takes the level of the cell beside it, the cells are no
        stray cells, one info. A margin of types ('制度机制风险') gives the type, alike. Every
        filled cell there must be a level word (a type), the rows beside none before the first
        none; a headed column, notes ('重点', '新增'), numbers (a second 序号), a table with its
        own level column: as read."""
        sh = self.sh
        if not rows:
            return rows
        first, hi = min(rr.row for rr in rows), max(rr.row for rr in rows)
        for c in (t.first - 1, t.last + 1):
            if c < 0:
                continue
            # ('一级风险' merged down from the group row '一、办公室' over it, under the heading:
            # that merge's top, the runs read from there)
            top = self.grid.merged_into.get((first, c), (first, c))
            lo = top[0] if top[1] == c and t.start <= top[0] < first else first
            said = [x for x in range(lo, hi + 1) if c < len(sh.rows[x]) and sh.rows[x][c].strip()]
            if not said:
                continue  # (the cheap test: nothing beside the table)
            if any(c < len(sh.rows[x]) and sh.rows[x][c].strip() for x in range(t.row, t.start)):
                continue  # (a headed column, '备注' or '序号': the table's own, not a margin)
            out = range(c + 1, max(len(sh.rows[x]) for x in said)) if c > t.last else range(c)
            if any(y < len(sh.rows[x]) and sh.rows[x][y].strip() for x in said for y in out):
                continue  # (a word with more beside it, further out: a legend's or another
                # table's row, '高风险 | 可能造成重大损失', not a margin of the list's rows)
            got = self._margin_words(c, said, lo, hi)
            if got is None:
                continue
            role, runs = got
            if role == "risk_level" and t.ticks:
                continue  # (the table's own ticks give it: as read)
            if role in t.roles and any(getattr(rr, role).strip() for rr in rows):
                continue  # (the table's own column gives it: its words win, as read; a column
                # of its own left blank on every row gives nothing, and the margin's words do)
            of: dict[int, str] = {}
            for a, b, word in runs:
                of.update(dict.fromkeys(range(a, b + 1), word))
            if any(rr.row not in of for rr in rows):
                continue  # (a row beside no word: the column is no margin of them)
            for rr in rows:
                if role == "risk_level":
                    rr.risk_level = rr.risk_level or of[rr.row]
                else:
                    rr.risk_type = rr.risk_type or of[rr.row]
            self._withdraw_strays({cell_ref(a, c) for a, _b, _w in runs}, ("CELL_OUTSIDE",))
            if role == "risk_type":  # (its word that it gives no type goes)
                at = cell_ref(t.row, t.first)
                self.issues = [
                    i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)
                ]
            shown = "、".join(dict.fromkeys(w for _a, _b, w in runs))
            code = "LEVEL_BY_MARGIN_COLUMN" if role == "risk_level" else "TYPE_BY_MARGIN_COLUMN"
            side = "左侧" if c < t.first else "右侧"
            self.issues.append(
                make_issue(code, self.rel, self.grid.name, cell_ref(runs[0][0], c),
                           field=side, value=shown[:80])
            )  # fmt: skip
        return rows

    def _margin_words(
        self, c: int, said: list[int], lo: int, hi: int
    ) -> tuple[str, list[tuple[int, int, str]]] | None:
        """The runs of rows (first, last, word) an unheaded margin column ``c`` gives beside rows
        ``lo``–``hi``, and whether its words are levels ('risk_level') or types ('risk_type'):
        each filled cell's run down to its merge's end, or to the next filled cell where it is
        not merged; None where a cell is neither, the words are of both kinds, or nothing says it
        is a margin of runs (one cell merged down over two rows, or two different words)."""
        sh, cfg = self.sh, self.config
        covered = self.grid.merged_into
        down = {r0: r1 for r0, c0, r1, _c1 in self.grid.merges if c0 == c and lo <= r0 <= hi}
        tops = [x for x in said if (x, c) not in covered]
        if not tops or tops[0] != lo and (lo, c) not in covered:
            return None  # (the first row beside no word)
        kinds: set[str] = set()
        runs: list[tuple[int, int, str]] = []
        for i, x in enumerate(tops):
            word = squeeze(sh.rows[x][c])
            if _MARGIN_LEVEL_WORD.match(word) and cfg.level(word):
                kinds.add("risk_level")
            elif len(word) <= 12 and cfg.type_only(word) and not cfg.level(word):
                kinds.add("risk_type")
            else:
                return None  # (a note, a number, a name: as read)
            end = down.get(x) or ((tops[i + 1] - 1) if i + 1 < len(tops) else hi)
            runs.append((x, end, sh.rows[x][c].strip()))
        if len(kinds) != 1:
            return None
        if not any(b > a for a, b, _w in runs if a in down) and len({w for *_x, w in runs}) < 2:
            return None  # (one word, on one row: nothing says it is a margin of runs)
        kind = kinds.pop()
        if any(b > a and a not in down for a, b, _w in runs):
            # a word taken down over the blank cells under it (not merged): only where the list is
            # sorted by it, each level (type) one run; '高' by row 1, '低' by 3, '高' again by 5
            # mark those rows, not runs (the rows between are unknown: as read)
            said = [
                cfg.level(squeeze(w)) if kind == "risk_level" else squeeze(w) for *_x, w in runs
            ]
            if len(set(said)) < len(said):
                return None
        return kind, runs

    def _grade_marks(self, table, labels, headings, rows, lc: int | None) -> None:
        """A yearly update table giving last year's level and beside it how the grade moved, this
        year's written nowhere ('上年风险等级 | 等级变化' with '二级 | ↑', '2024年等级 | 升降' with
        'Ⅱ级 | 下调'; a '注：' line may say ↑ is one grade up on last year's): the mark column,
        each row's level read as last year's moved by its mark (``grade_mark_step``). Only where
        the level column is headed as a former year's and no other column gives a level ('上年等级
        | 本年等级' reads 本年 as before); a column of other words ('变化情况 | 新增') is none."""
        if lc is None or table.ticks:
            return
        head = squeeze(labels.get(lc, ""))
        if not _LEVEL_BEFORE.search(head):
            return  # (cheap first: the level column is this year's, as nearly always)
        if not _LEVEL_FORMER_WORD.search(head):
            # '2024年等级' under '…清单（2025年修订）' is last year's; '2025年风险等级' under
            # '…2025年度…排查表', or with no year in the caption, this year's
            m = _LEVEL_HEAD_YEAR.search(head)
            said = self._caption_year(list(range(max(0, table.row - 6), table.row)))
            if m is None or not said or int(m.group(1)) >= said:
                return
        for c in (lc + 1, lc - 1):
            if c < 0 or not _GRADE_MARK_HEAD.match(squeeze(_HINT.sub("", labels.get(c, "")))):
                continue
            if any(x and x.role == "risk_level" and k not in (lc, c) for k, x in headings.items()):
                return  # (another level column: this year's, read as before)
            # (a new point's level set outright, '本年新增，定为三级', is no mark and no misfit)
            vals = [
                v
                for row in rows
                if c < len(row) and (v := row[c].strip()) and not _SET_TO.search(v)
            ]
            known = sum(grade_mark_step(v) is not None for v in vals)
            new = sum(1 for v in vals if _NEW_POINT.fullmatch(v))  # ('新增': warned, not counted)
            if known < 2 or known * 5 < (len(vals) - new) * 4:
                continue
            # (a column also read as adjusted, '等级调整 | 上调一级', moves by its steps first)
            table.grade_marks = c
            words = table.grade_words
            for row in rows:
                v = row[lc].strip() if lc < len(row) else ""
                k = self.config.level(v) if v else None
                if k:
                    words.setdefault(k, v)  # (this year's written in the table's own words)
            return

    def _review_opinions(self, table, labels, headings, rows, lc: int | None) -> None:
        """A list returned from review with the reviewer's opinion on each row in a column of its
        own ('自评等级 | … | 派驻纪检监察组审核意见' with '同意' / '调整为一级'; '复核意见' with '无异议'
        / '建议定为高风险'): the column, each adjusting cell's level read over the row's
        self-assessed one (``_Body._reviewed_level``). Only a column of no role of its own whose
        cells are nearly all such opinions, one at least adjusting: free-text remarks ('审核意见 |
        措施可行，请细化'), an approval record or a second level column stay as before."""
        if table.adjusted is not None or table.grade_marks is not None:
            return
        # (no level column: only opinions handing points to other holders count, the levels
        # they say are left — there is no self-assessed level to set over)
        for c, x in headings.items():
            if x is not None or c == lc or not _REVIEW_OPINION_HEAD.search(labels.get(c, "")):
                continue  # (cheap first: no heading of a reviewer's opinion, as nearly always)
            vals = [v for row in rows if c < len(row) and (v := squeeze(row[c]).rstrip("。．."))]
            level = self.config.level
            # (an opinion setting no level the scale knows, '改为双人审核', counts against)
            sets = (
                sum(bool((m := _REVIEW_SETS_LEVEL.match(v)) and level(m.group("to"))) for v in vals)
                if lc is not None
                else 0
            )
            agree = sum(_review_agrees(v) for v in vals)
            # (an opinion handing the point to another holder, '责任人调整为市场股股长敖湝岏',
            # counts as one setting: ``_review_hands_to``)
            hands = sum(
                bool(not _review_agrees(v) and _review_hands_to(v, level))
                for v in vals
                if not (m := _REVIEW_SETS_LEVEL.match(v)) or not level(m.group("to"))
            )
            sets += hands
            if sets and sets + agree >= 2 and (sets + agree) * 5 >= len(vals) * 4:
                table.opinions = c
                return

    def _control_tiers(self, hs: int, sub: range, subs: list[str], rows) -> dict:
        """防控措施 over tiers of control ('岗位自控 | 股室监控 | 中心防控', '个人防控 | 科室防控 |
        单位防控'), no level column, and a note giving each level its tiers ('一级风险点由岗位自控、
        股室监控、中心防控三级共同防控；二级风险点由岗位自控、股室监控两级防控；三级风险点只需
        岗位自控'): the set of tier columns → its level, where at least half the rows filling any
        tier fill a set the note names. Said once for the table (info ``LEVEL_BY_CONTROL_TIERS``);
        no note, or one naming no tiers: {} (the tiers are measures, as before)."""
        names = tuple(squeeze(v) for v in subs)
        legend = self._legend
        if not legend or not any(n[:2] in legend for n in names if len(n) >= 2):
            return {}  # (the cheap test: most tables' notes name no tier)
        if len(set(names)) < len(names) or any(len(n) < 2 for n in names):
            return {}
        pairs = _tier_sets(legend, names)
        if not pairs:
            return {}
        out = {frozenset(sub[i] for i in tiers): word for tiers, word in pairs}
        if len({self.config.level(w) for w in out.values()} - {None}) < len(out):
            return {}  # (two sets for one level, or a word no level)
        filled = [
            frozenset(x for x in sub if x < len(row) and row[x].strip() not in _TIER_NONE)
            for row in rows
        ]
        filled = [f for f in filled if f]
        if not filled or sum(f in out for f in filled) * 2 < len(filled):
            return {}
        self.issues.append(
            make_issue("LEVEL_BY_CONTROL_TIERS", self.rel, self.grid.name, cell_ref(hs, sub[0]),
                       value="；".join(f"{'、'.join(names[i] for i in t)}为{w}" for t, w in pairs))
        )  # fmt: skip
        heads = dict(zip(sub, names, strict=True))
        return {key: (word, heads) for key, word in out.items()}

    def _measures_under_levels(self, hs: int, c: int, sub, rows, roles, col_role) -> bool:
        """'风险等级及防控措施' merged over '一级 | 二级 | 三级' (or '风险等级' over them and a note
        '防控措施填写在该风险点所属风险等级一栏内'), the table's own point column beside them and no
        measures column: each row writes its measures ('扶持资金申报实行股室初审、中心集体审定。')
        under the one level its point has, the others blank. The filled cell gives the level and
        is the measures, as under '分级防控措施' (``level_measures``); said once for the table (info
        ``MEASURES_UNDER_LEVEL_COLUMNS``). Not ticks or marks under the levels (texts of fewer than
        ``_MEASURE_TEXT_MIN`` characters, holders' names), nor points in the level columns with no
        point column of their own (``level_points``): left as before."""
        point = roles.get("risk_point")
        if point is None or point in sub or "measures" in roles:
            return False  # (the cheap test: most level bands stand beside a measures column)
        if any(r == "measures" for x, r in col_role.items() if x not in sub):
            return False
        head = squeeze(self.sh.rows[hs][c]) if c < len(self.sh.rows[hs]) else ""
        if not (_LEVEL_BAND_MEASURES.search(head) or _MEASURES_IN_LEVEL_NOTE.search(self._legend)):
            return False
        said = [
            v
            for row in rows
            for x in sub
            if x < len(row) and (v := row[x].strip()) and v not in _NOTHING
        ]
        if not said or any(
            len(squeeze(v)) < _MEASURE_TEXT_MIN or not HAN_TEXT.search(v) or _level_cell_holders(v)
            for v in said
        ):
            return False  # (ticks, counts or names under a level: not measures)
        self.issues.append(
            make_issue("MEASURES_UNDER_LEVEL_COLUMNS", self.rel, self.grid.name, cell_ref(hs, c),
                       field=head, value=" | ".join(squeeze(self.sh.rows[hs + 1][x]) for x in sub))
        )  # fmt: skip
        return True

    def _numbers_under_levels(self, hs: int, c: int, role, sub, subs, levels, rows, roles) -> bool:
        """'序号' (or '编号') merged over two to four level words ('一级 | 二级 | 三级', 'Ⅰ级 | Ⅱ级',
        '高 | 中 | 低', '重大 | 较大 | 一般 | 低'), no level column beside them: each row writes its
        running number in the one sub-column of its point's level, the others blank ('1 |  | ',
        ' |  | 3'). The sub-column written is the row's level, read as ticks under the levels are
        (``ticks``); said once for the table (info ``LEVEL_BY_NUMBER_COLUMN``). The gate: one
        number a row, at least three rows, in two or more of the sub-columns, the numbers one
        running count down the table (or restarting at 1 a 科室); a text there is no number (a
        group row '一、局领导', the sign-off '填表：…' opening in the first sub-column). Not an ordinary 序号 column
        beside ticked level columns (no heading merged over them), nor counts under levels (no
        序号 over them, or no running count): left as before."""
        if role != "seq" or not 2 <= len(sub) <= 4 or not all(levels):
            return False  # (the cheap test: a 序号 band over level words only)
        if any(k == "risk_level" and v not in sub for k, v in roles.items()):
            return False  # (a level column of its own: the numbers are no levels)
        numbers: list[int] = []
        used: set[int] = set()
        for row in rows:
            said = [(x, v) for x in sub if x < len(row) and (v := row[x].strip())]
            if len(said) > 1:
                return False  # (two sub-columns written in a row: counts, not a running number)
            if not said or not _RUNNING_NUMBER.fullmatch(said[0][1]):
                continue  # (a row running on; a group row '一、局领导', a sign-off, a note)
            x, v = said[0]
            n = int(float(v.rstrip(".、")))
            if numbers and n not in (numbers[-1] + 1, 1):
                return False
            numbers.append(n)
            used.add(x)
        if len(numbers) < 3 or len(used) < 2:
            return False
        head = squeeze(self.sh.rows[hs][c]) if c < len(self.sh.rows[hs]) else ""
        self.issues.append(
            make_issue("LEVEL_BY_NUMBER_COLUMN", self.rel, self.grid.name, cell_ref(hs, c),
                       field=head, value=" | ".join(squeeze(v) for v in subs))
        )  # fmt: skip
        return True

    def _overseer_levels(self, roles, col_role, rows, h: int, depth: int) -> tuple:
        """No level column, a column naming who oversees each row's point ('监督责任人' of '局长
        晁岍翎', '审批层级' of '分管领导审批'), and a note grading the points by him ('由局长直接
        监督的为一级风险点，由分管副局长监督的为二级…', '一级：主要负责人监督；二级：…'): that
        column is the level, graded by the note's (post or kind, level word) pairs (a post it
        does not grade: no level, ``_overseer_grade``). Only where the note grades at least half
        the column's cells, in two levels or more; said once for the table (info
        ``LEVEL_BY_SUPERVISOR_NOTE``). The overseers stay no holders. A note of the control tiers
        a row fills is ``_control_tiers``'s."""
        legend = self._legend
        if not legend or not _GRADE_OVERSEER_HEAD.search(legend):
            return ()  # (the cheap test: most notes name no one overseeing)
        grades = _overseer_grades(legend)
        if not grades:
            return ()
        at = max(h, h + depth - 1)
        labels = self.sh.rows[at]
        core = {roles.get(k) for k in ("unit", "department", "title", "person", "risk_point",
                                       "measures")}  # fmt: skip
        for c in sorted(col_role):
            if c in core:
                continue
            head = squeeze(self.sh.rows[h][c] if c < len(self.sh.rows[h]) else "")
            head = squeeze(labels[c]) if c < len(labels) and labels[c].strip() else head
            if not _GRADE_OVERSEER_HEAD.search(head) and not (len(head) >= 2 and head in legend):
                continue
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            graded = {v: _overseer_grade(v, grades) for v in dict.fromkeys(vals)}
            if len(vals) < 2 or sum(bool(graded[v]) for v in vals) * 2 < len(vals):
                continue
            if len({self.config.level(w) for w in graded.values() if w} - {None}) < 2:
                continue
            for other in [k for k, x in roles.items() if x == c]:
                del roles[other]
            roles["risk_level"] = c
            col_role[c] = "risk_level"
            said = "；".join(dict.fromkeys(f"{t}为{w}" for t, w in grades))
            self.issues.append(
                make_issue("LEVEL_BY_SUPERVISOR_NOTE", self.rel, self.grid.name, cell_ref(at, c),
                           field=head, value=said, note=self._note_cell(grades[0][0]))
            )  # fmt: skip
            return grades
        return ()

    def _note_cell(self, word: str) -> str:
        """The cell of the note on the sheet that says ``word`` ('A14'), else '表下'."""
        for r in range(len(self.sh.rows) - 1, -1, -1):
            row = self.sh.rows[r]
            if any(word in v for v in row) and self.sh.kind(r) == "note":
                return cell_ref(r, next(c for c, v in enumerate(row) if word in v))
        return "表下"

    def _tier_level(self, row: list[str], r: int, t: _Table) -> tuple[str, str]:
        """A row's measures under the tiers of control (the filled ones, no '/' lines) and the
        level the note gives the set it fills; a set the note names for no level: a warning at
        the row, no level."""
        heads = next(iter(t.tier_levels.values()))[1]  # tier column → its heading
        cols = sorted(heads)
        filled = [c for c in cols if c < len(row) and row[c].strip() not in _TIER_NONE]
        measures = "\n".join(row[c].strip() for c in filled)
        if not filled:
            return measures, ""
        level = t.tier_levels.get(frozenset(filled), ("", heads))[0]
        if not level:
            self.issues.append(
                make_issue("LEVEL_CONTROL_TIERS_UNNAMED", self.rel, self.grid.name,
                           cell_ref(r, filled[0]), value="、".join(heads[c] for c in filled))
            )  # fmt: skip
        return measures, level

    def _count_cells(self, r: int, cols: list[int]) -> str | None:
        """What row ``r`` holds under the level words of a table of counts: 'said' (a count
        typed), 'merged' (all merged down from a row above), 'empty', or None (not a count)."""
        row = self.sh.rows[r]
        said = [row[c].strip() if c < len(row) else "" for c in cols]
        if any(said):
            ok = all(not v or v in _NOTHING or _HOLDER_COUNT.fullmatch(v) for v in said)
            return "said" if ok else None  # ('2', '1个', '/' for none; '8.5', '72%': no count)
        merged = self.grid.merged_into if self.grid.merges else {}
        if all((top := merged.get((r, c))) and top[0] < r and top[1] == c for c in cols):
            return "merged"
        return "empty"

    def _count_key(self, r: int, cols: list[int], holders: list[int]) -> tuple[str, ...]:
        """Row ``r``'s holder cells (merged ones read from their top) and counts: the rows of a
        block whose counts are typed again on every row share it."""
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        out = []
        for c in (*holders, *cols):
            r0, c0 = merged.get((r, c), (r, c))
            out.append(rows[r0][c0].strip() if c0 < len(rows[r0]) else "")
        return tuple(out)

    def _count_block(
        self, r0: int, cols: list[int], pc: int, stop: int, filled: list[int] | None = None
    ) -> list[int]:
        """The rows of the block whose counts stand on row ``r0``: the rows their cells are
        merged down over, else ``r0`` and the rows under it whose count cells are empty (up to a
        row without a point or ``stop``); only the rows that start a point. ``filled`` (the
        holder columns): the counts typed again on every row, the block is the rows under ``r0``
        of the same holder and the same counts."""
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        r1 = r0
        if filled is not None:
            key = self._count_key(r0, cols, filled)
            while (
                r1 + 1 < stop
                and pc < len(rows[r1 + 1])
                and rows[r1 + 1][pc].strip()
                and self._count_key(r1 + 1, cols, filled) == key
            ):
                r1 += 1
        elif (r0 + 1, cols[0]) in merged and merged[(r0 + 1, cols[0])] == (r0, cols[0]):
            while (r1 + 1, cols[0]) in merged and merged[(r1 + 1, cols[0])] == (r0, cols[0]):
                r1 += 1
        else:
            while (
                r1 + 1 < stop
                and self._count_cells(r1 + 1, cols) == "empty"
                and pc < len(rows[r1 + 1])
                and rows[r1 + 1][pc].strip()
            ):
                r1 += 1
        return [
            r
            for r in range(r0, min(r1 + 1, len(rows)))
            if pc < len(rows[r]) and rows[r][pc].strip() and (r, pc) not in merged
        ]

    def _count_levels(self, ticks: dict[int, str], r0: int) -> list[str]:
        """The levels a row of counts gives its block in order, highest first ('2 | 1 | 0' under
        高 | 中 | 低: 高 高 中)."""
        row = self.sh.rows[r0]
        rank = {c: self.config.level(lv) or lv for c, lv in ticks.items()}
        order = sorted(
            ticks, key=lambda c: _LEVELS_DOWN.index(rank[c]) if rank[c] in _LEVELS_DOWN else 9
        )
        out: list[str] = []
        for c in order:
            v = row[c].strip() if c < len(row) else ""
            n = _HOLDER_COUNT.fullmatch(v)
            out += [ticks[c]] * (int(n.group(1)) if n else 0)
        return out

    def _counts_totalled(self, hs: int, c: int, subs: list[str], levels: list[str | None]) -> bool:
        """'风险点个数（个）' over 高 | 中 | 低 | 合计: level words, then their total, under a
        heading of counts."""
        row = self.sh.rows[hs]
        return (
            len(subs) >= 3
            and all(levels[:-1])
            and not levels[-1]
            and squeeze(subs[-1]) in ("合计", "小计", "总计", "合计数", "总数")
            and c < len(row)
            and bool(_COUNTS_WORD.search(squeeze(row[c])))
        )

    def _counts_head(self, h: int, first: int, cols: list[int]) -> str:
        """The heading over the count columns (rows ``h`` to ``first``, merged cells read from
        their top), squeezed: '风险点个数（个）高中低'."""
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        parts: list[str] = []
        for r in range(h, first):
            for c in cols:
                r0, c0 = merged.get((r, c), (r, c))
                v = rows[r0][c0].strip() if c0 < len(rows[r0]) else ""
                if v and v not in parts:
                    parts.append(v)
        return squeeze("".join(parts))

    def _level_order_noted(self) -> bool:
        """A line of the sheet says the points are listed in level order ('注：各岗位风险点按高、
        中、低的顺序排列')."""
        return any(
            len(v) <= 300 and _LEVEL_ORDER_NOTE.search(squeeze(v))
            for row in self.sh.rows
            for v in row
            if v and ("排" in v or "序" in v or "依次" in v)
        )

    def _level_order_rising(self, head: str) -> bool:
        """A heading (``head``) or a line of the sheet says the points are listed lowest first
        ('注：各人风险点按风险等级由低到高排列' under the table)."""
        return bool(_LINED_RISING.search(head)) or any(
            len(v) <= 300 and _LINED_RISING.search(squeeze(v))
            for row in self.sh.rows
            for v in row
            if v and "低" in v and ("排" in v or "序" in v or "依次" in v)
        )

    def _level_count_text(
        self, h: int, sample: list[int], roles: dict[str, int], col_role: dict[int, str]
    ) -> tuple[int, bool] | None:
        """A column (no level's) whose cells write out each holder's COUNTS of each grade in
        words, once beside his rows (merged down over them, or on his first row, the rest
        empty): '风险点个数' '共3项（一级1项、二级2项）', his points listed highest first (or, a
        note or heading saying so, lowest first): a point's level is its place in his block
        against the counts (said once, info ``LEVEL_BY_COUNT_TEXT``). Told from a column of
        remarks or of one point's level ('一级') by the cells: every filled cell of the column is
        counts ('一级1项' or '共2项：高1中1', never a word of another kind), some block of two
        points or more adds up, and more blocks add up than not. Returns (the column, lowest
        first) or None. The counts in columns of their own (高 | 中 | 低) are
        ``_level_counts``'."""
        pc = roles.get("risk_point")
        if pc is None or not sample or not {"person", "title"} & roles.keys():
            return None  # (no point, or no holder's column: no holders' blocks)
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        lc = roles.get("risk_level")
        points = [r for r in sample if pc < len(rows[r]) and rows[r][pc].strip()]
        written = [
            r for r in points if lc is not None and lc < len(rows[r]) and rows[r][lc].strip()
        ]
        leveled = lc is not None and 2 * len(written) > len(points)
        # (most points have their level written: the counts beside them are a summary and a
        # blank level a gap to report, not a place to fill by order — a row written '中' where
        # its place gives '高' says the order is not the counts'; unless the level cells are
        # the counts themselves)
        for c in sorted(col_role):
            if col_role[c] in _NOT_COUNT_TEXT or (c != lc and leveled):
                continue
            matched = missed = multi = 0
            for r in sample:
                v = rows[r][c].strip() if c < len(rows[r]) else ""
                top = merged.get((r, c))
                if not v or v in _NOTHING or (top and top[0] < r):
                    continue
                said = _count_text(v, self.config)
                if said is None:
                    matched = 0
                    break  # (a word of another kind in the column: not counts)
                block = self._holders_own(self._count_block(r, [c], pc, len(rows)), roles)
                if len(block) == said[1] == len(said[0]):
                    matched += 1
                    multi += len(block) > 1
                else:
                    missed += 1
            if multi and matched > missed:
                head = self._counts_head(h, sample[0], [c])
                rising = self._level_order_rising(head)
                self.issues.append(
                    make_issue("LEVEL_BY_COUNT_TEXT", self.rel, self.grid.name,
                               cell_ref(h, c), value=head,
                               order="由低到高" if rising else "由高到低")
                )  # fmt: skip
                return c, rising
        return None

    def _holders_own(self, block: list[int], roles: dict[str, int]) -> list[int]:
        """The rows of a block of counts (``_count_block``) up to the first naming another
        holder (his 姓名, else his 岗位, read from a merge's top; a blank one goes on with the
        holder above): a holder whose counts cell is left blank is none of the block above."""
        cols = [roles[k] for k in ("person", "title") if k in roles][:1]
        if not cols or not block:
            return block
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}

        def holder(r: int) -> str:
            r0, c0 = merged.get((r, cols[0]), (r, cols[0]))
            return squeeze(rows[r0][c0]) if c0 < len(rows[r0]) else ""

        first, out = holder(block[0]), []
        for r in block:
            if (h := holder(r)) and first and h != first:
                break
            first = first or h
            out.append(r)
        return out

    def _text_counted_level(self, r: int, t: _Table) -> str:
        """A point's level in a table of counts written in one cell beside each holder's rows
        (``_level_count_text``): its place in his block against the counts; '' for every point
        of a block whose counts add up to another number of points, with one warning
        ``LEVEL_COUNT_TEXT_UNMATCHED`` naming the count cell."""
        if r in t.counted:
            return t.counted[r]
        c, pc = t.count_text[0], t.roles["risk_point"]
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        top = merged.get((r, c))
        r0 = top[0] if top and top[1] == c and top[0] >= t.start else r
        while r0 > t.start and self._count_cells(r0, [c]) == "empty":
            r0 -= 1  # (the counts on the holder's first row only)
        said = _count_text(rows[r0][c] if c < len(rows[r0]) else "", self.config)
        if said is None:
            t.counted[r] = ""
            return ""
        block = self._holders_own(self._count_block(r0, [c], pc, len(rows)), t.roles)
        if r not in block or any(x in t.counted for x in block):
            t.counted[r] = ""  # (another holder's counts above his rows, his own cell blank)
            return ""
        levels = said[0][::-1] if t.count_text[1] else said[0]
        if not (len(block) == said[1] == len(levels)):
            self.issues.append(
                make_issue("LEVEL_COUNT_TEXT_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(r0, c), value=rows[r0][c].strip(), total=str(said[1]),
                           points=str(len(block)))
            )  # fmt: skip
            levels = [""] * len(block)
        t.counted.update(zip(block, levels, strict=True))
        t.counted.setdefault(r, "")
        return t.counted[r]

    def _level_counts(
        self,
        h: int,
        sample: list[int],
        ticks: dict[int, str],
        roles: dict[str, int],
        total: int | None = None,
    ) -> str:
        """The cells under the level words are each holder's NUMBER of points of each grade
        ('风险点个数（个）' over 高 | 中 | 低, '2 | 1 | 0' merged down beside his three rows, a
        '注：' line: '各岗位的风险点按高、中、低的顺序排列'): no point has a level cell of its own,
        the points of a block are listed highest first, so a point's level is its place in the
        block read against the counts (said once, info ``LEVEL_BY_COUNTS``). Told from votes
        ('7 | 2 | 0' on EVERY row, each its own) by the shape: the counts stand once a block,
        merged down or on its first row with the rest empty, and most blocks add up to their
        points; the blocks are holders' (two or more, or his cells merged down beside the
        counts); the heading says counts ('个数', '数量', '（个）') or a note says the order, never
        votes ('评议得票（票）'); counts on most rows are votes. Returns 'blocks', or 'filled'
        where the counts are typed again on every row of the block (only with the note of
        order, each holder's rows repeating the same counts that add up to them); '' if not
        counts. ``total``: a '合计' column beside them, the block's total (a check)."""
        pc = roles.get("risk_point")
        cols = list(ticks)
        if pc is None or len(cols) < 2 or not sample:
            return ""
        head = self._counts_head(h, sample[0], cols)
        if _VOTES_HEAD.search(head):
            return ""  # ('评议得票（票）' over 高 | 中 | 低: votes, whatever the rows add up to)
        noted = self._level_order_noted()
        if not noted and not _COUNTS_WORD.search(head):
            return ""  # (neither a heading of counts nor a note of the order: no counts)
        holders = [roles[x] for x in ("person", "title") if x in roles]
        if not holders:
            return ""  # (one card's points, or no holder's column: no holders' blocks)
        kinds: dict[int, str] = {}
        for r in sample:
            kind = self._count_cells(r, cols)
            if kind is None:
                return ""  # ('√', '8.5', '72%': ticks or shares, no counts)
            kinds[r] = kind
        if "said" not in kinds.values():
            return ""
        merged = self.grid.merged_into if self.grid.merges else {}
        rows = self.sh.rows
        points = [r for r in sample if pc < len(rows[r]) and rows[r][pc].strip()]
        said = sum(1 for r in points if kinds[r] == "said")
        filled: list[int] | None = None
        if all(k == "said" for k in kinds.values()):
            if not noted:
                return ""  # (the cheap test: a count on every row is a row's own, votes or ticks)
            filled = holders  # (typed again on every row: each holder's the same, the note says)
        elif 2 * said > len(points):
            return ""  # (counts on most rows: each row's own votes, a block here and there)
        matched = missed = multi = 0
        opened, beside = False, False
        seen: set[int] = set()
        owners: set[tuple[str, ...]] = set()
        for r in sample:
            row = rows[r]
            if pc >= len(row) or not row[pc].strip() or r in seen:
                continue  # (a caption or a spacer between the blocks)
            if kinds[r] == "said":
                block = self._count_block(r, cols, pc, len(rows), filled)
                if self._count_total(r, ticks, total) == len(block):
                    matched += 1
                    multi += len(block) > 1
                else:
                    missed += 1
                seen.update(block)
                owners.add(self._count_key(r, [], holders))
                beside = beside or any(
                    len(block) > 1 and merged.get((block[-1], c)) == (r, c) for c in holders
                )
                opened, first = True, row
            elif not opened:
                return ""  # a point before any counts: not a holder's block
            elif kinds[r] == "empty" and any(
                c < len(row)
                and row[c].strip()
                and (r, c) not in merged
                and row[c].strip() != (first[c].strip() if c < len(first) else "")
                for c in holders
            ):
                return ""  # another holder under the counts of the one above: not his block
        if not multi or missed >= matched:
            return ""  # (a tick '1' merged down over a holder's rows adds up to no block)
        if len(owners) < 2 and not beside:
            return ""  # (one holder, his cells not merged beside the counts: no blocks)
        self.issues.append(
            make_issue("LEVEL_BY_COUNTS", self.rel, self.grid.name, cell_ref(h, cols[0]),
                       value=" | ".join(ticks.values()))
        )  # fmt: skip
        return "filled" if filled is not None else "blocks"

    def _level_counts_lined(
        self, h: int, sample: list[int], ticks: dict[int, str], roles: dict[str, int]
    ) -> str:
        """ONE ROW A HOLDER, his points numbered lines in one cell listed in level order, the
        cells under the level words his COUNTS of each grade ('廉政风险点（按风险等级由高到低排
        列）' '1.…⏎2.…⏎3.…' beside '风险等级及个数' over 一级 | 二级 | 三级 '2 | 0 | 1', a '注：'
        line saying the order): a point a line, its level its place read against the counts
        (said once, info ``LEVEL_BY_COUNTS_LINES``). Told from votes ('评议得票' over 高 | 中 |
        低, a point a row) by the heading (counts: '个数', '数量', '项数', '条数', or a '风险点数'
        column beside them, or a note of the order; never votes' words) and by the rows: on
        most, the counts add up to the number of numbered lines of the point's cell, some cell
        of two lines or more. Returns 'down' (highest first), 'up' (a heading or note says
        '由低到高'), '' if not this shape. The block version (counts merged beside a holder's
        rows) is ``_level_counts``'."""
        pc = roles.get("risk_point")
        cols = list(ticks)
        if pc is None or len(cols) < 2 or not sample:
            return ""
        rows = self.sh.rows
        cells = {r: rows[r][pc] for r in sample if pc < len(rows[r]) and rows[r][pc].strip()}
        if not any("\n" in v for v in cells.values()):
            return ""  # (the cheap test: no cell of lines, a point a row)
        head = self._counts_head(h, sample[0], cols)
        if _VOTES_HEAD.search(head):
            return ""  # ('评议得票（票）' over 高 | 中 | 低: votes, whatever the rows add up to)
        beside = [
            c
            for c in (cols[0] - 1, cols[-1] + 1)
            if c >= 0 and c != pc and _LINED_COUNT_WORD.search(self._counts_head(h, sample[0], [c]))
        ]  # ('风险点数 | 风险等级及个数': the row's total beside its counts)
        if not (_LINED_COUNT_WORD.search(head) or beside or self._level_order_noted()):
            return ""
        matched = missed = multi = 0
        for r, text in cells.items():
            kind = self._count_cells(r, cols)
            if kind is None:
                return ""  # ('√', '8.5', '72%': ticks or shares, no counts)
            if kind != "said":
                missed += "\n" in text  # (a note or a caption in the point's column: none)
                continue
            lines = _count_lines(text) or ([] if "\n" in text else [text])
            if _lines_level_tagged(lines, self.config):
                continue  # ('1.…（高）⏎2.…（低）': levels of their own, no counts' place)
            if len(self._count_levels(ticks, r)) == len(lines):
                matched += 1
                multi += len(lines) > 1
            else:
                missed += 1
        if not multi or missed >= matched:
            return ""
        rising = self._level_order_rising(self._counts_head(h, sample[0], [pc]))
        self.issues.append(
            make_issue("LEVEL_BY_COUNTS_LINES", self.rel, self.grid.name, cell_ref(h, cols[0]),
                       value=" | ".join(ticks.values()), order="由低到高" if rising else "由高到低")
        )  # fmt: skip
        return "up" if rising else "down"

    def _counted_lines(self, r: int, t: _Table, point: str, measures: str) -> list[dict[str, str]]:
        """The points of row ``r``'s cell of numbered lines in a table of lined counts
        (``_level_counts_lined``): a point a line, each at its place against the row's counts,
        the measures' numbered lines each its point's where as many (else the whole cell each
        line's). Counts adding up to another number of lines: the lines split, no level, one
        warning ``LEVEL_COUNTS_UNMATCHED`` at the count cells. [] for a cell not of numbered
        lines (read as it is)."""
        lines = _count_lines(point)
        if lines and _lines_level_tagged(lines, self.config):
            return []  # (each line at its own tag: ``_level_closed_items``, as before)
        if not lines:
            # one point (a single line, or lines not numbered: '滥伐林木案件查处中⏎以罚代刑'),
            # its level its counts' one grade; never a count read as a level ('0')
            lines = [NUMBERING.sub("", point, count=1).strip() or point]
        levels = self._count_levels(t.ticks, r)
        if t.counts_lined == "up":
            levels.reverse()  # ('注：…按风险等级由低到高排列': the lowest first)
        if len(levels) != len(lines):
            cols = list(t.ticks)
            self.issues.append(
                make_issue("LEVEL_COUNTS_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(r, cols[0]),
                           value=f"{cell_ref(r, cols[0])}–{cell_ref(r, cols[-1])}",
                           total=str(len(levels)), points=str(len(lines)))
            )  # fmt: skip
            levels = [""] * len(lines)
        each = _count_lines(measures)
        if len(each) != len(lines):
            each = [measures] * len(lines)
        return [
            {"risk_point": p, "risk_level": lv, "measures": m}
            for p, lv, m in zip(lines, levels, each, strict=True)
        ]

    def _count_total(self, r0: int, ticks: dict[int, str], total: int | None) -> int:
        """The number of points row ``r0``'s counts give their block; -1 where a '合计' beside
        them says another (no total to trust)."""
        n = len(self._count_levels(ticks, r0))
        if total is not None:
            row = self.sh.rows[r0]
            m = _HOLDER_COUNT.fullmatch(row[total].strip() if total < len(row) else "")
            if m and int(m.group(1)) != n:
                return -1
        return n

    def _counted_level(self, r: int, t: _Table) -> str:
        """A point's level in a table of counts: its place in its holder's block against the
        counts ('' for every point of a block whose counts add up to another number of points,
        or to another than its '合计' says, with one warning ``LEVEL_COUNTS_UNMATCHED`` naming
        the count cells)."""
        if r in t.counted:
            return t.counted[r]
        cols, pc = list(t.ticks), t.roles["risk_point"]
        merged = self.grid.merged_into if self.grid.merges else {}
        filled = (
            [t.roles[x] for x in ("person", "title") if x in t.roles] if t.counts_filled else None
        )
        top = merged.get((r, cols[0]))
        r0 = top[0] if top and top[1] == cols[0] and top[0] >= t.start else r
        if filled is not None:
            key = self._count_key(r0, cols, filled)
            while r0 > t.start and self._count_key(r0 - 1, cols, filled) == key:
                r0 -= 1  # (the same counts typed on every row of the block)
        while r0 > t.start and self._count_cells(r0, cols) == "empty":
            r0 -= 1  # (counts on the block's first row only)
        if self._count_cells(r0, cols) != "said":
            return ""
        block = self._count_block(r0, cols, pc, len(self.sh.rows), filled)
        levels = self._count_levels(t.ticks, r0)
        if self._count_total(r0, t.ticks, t.count_total) != len(block):
            last = cols[-1] if t.count_total is None else max(cols[-1], t.count_total)
            said = self.sh.rows[r0]
            tc = t.count_total
            given = said[tc].strip() if tc is not None and tc < len(said) else ""
            n = _HOLDER_COUNT.fullmatch(given)
            self.issues.append(
                make_issue("LEVEL_COUNTS_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(r0, cols[0]), value=f"{cell_ref(r0, cols[0])}–"
                           f"{cell_ref(r0, last)}",
                           total=n.group(1) if n and int(n.group(1)) != len(levels)
                           else str(len(levels)), points=str(len(block)))
            )  # fmt: skip
            levels = [""] * len(block)
        t.counted.update(zip(block, levels, strict=True))
        t.counted.setdefault(r, "")
        return t.counted[r]

    def _beside_map(
        self, h: int, end: int, headings: dict[int, Heading | None]
    ) -> dict[int, Heading | None]:
        """A 风险坐标图 drawn beside the list, in its rows, after an empty column ('序号 | … | 防控措施
        |  | 影响程度＼可能性 | 低 | 中 | 高', '高 | 4 |  | 1' on the rows under): its columns are
        none of the list's (its grades no level column); the map grades the rows instead."""
        for m in self._risk_maps:
            if (
                m.left > 0
                and min(m.rows) < end
                and max(m.rows) >= h
                and any(c < m.left - 1 for c in headings)
            ):
                return {c: x for c, x in headings.items() if c < m.left}
        return headings

    def _clauses_said(self, t: _Table, rows: list[RawRisk], clauses: list[tuple[int, str]]) -> None:
        """Once a table: its points' types and levels were read from the clauses closing their
        sentences ('…，属岗位职责风险，风险等级为一级。'); the table is not told it has no type
        where every row got one so."""
        pc = t.roles.get("risk_point", t.first)
        self.issues.append(
            make_issue("TYPE_LEVEL_IN_POINT_CLAUSE", self.rel, self.grid.name,
                       cell_ref(clauses[0][0], pc), value=str(len(clauses)),
                       example=clauses[0][1])
        )  # fmt: skip
        if "risk_type" not in t.roles and rows and all(rr.risk_type for rr in rows):
            at = cell_ref(t.row, t.first)
            self.issues = [
                i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)
            ]

    def _footnoted_points(self, t: _Table, rows: list[RawRisk], r: int, end: int) -> None:
        """Points closing with a footnote mark ('馆藏化石征集定价不公①', each its own) whose
        notes under the table say how each shows ('①指向持有人压价…'): the mark is no part of
        the point, its note its description. Only where every marked point's mark is another's
        and the notes give them; else read as written (a mark a note makes a level is
        ``_marked_points``')."""
        marked = [rr for rr in rows if rr.risk_point[-1:] in _FOOTNOTE_MARKS]
        marks = [rr.risk_point[-1] for rr in marked]
        if len(marked) < 2 or len(set(marks)) < len(marks):
            return
        last = max(rr.row for rr in rows) + 1  # (the notes may be the table's tail, read past)
        below = "\n".join(
            "".join(self.sh.rows[x]) for x in range(last, min(max(end, r), last + 40))
        )
        notes = {m.group(1): m.group(2).strip(" ；;，,。") for m in _FOOTNOTE_LINE.finditer(below)}
        if not set(marks) <= set(notes):
            return
        for rr in marked:
            said = notes[rr.risk_point[-1]]
            rr.risk_point = rr.risk_point[:-1].rstrip()
            rr.description = _joined(rr.description, said)
        self.issues.append(
            make_issue("POINT_FOOTNOTES", self.rel, self.grid.name, marked[0].cell("risk_point"),
                       value=str(len(marked)))
        )  # fmt: skip

    def _glossary(self, t: _Table, rows: list[RawRisk], start: int, end: int) -> None:
        """A glossary under the list, keyed by 序号 ('风险点释义：' then '1.审计证据取舍不当：
        指…'): each line naming a row's point by its number and its very words says how that
        point shows itself (its description, where it has none). Lines naming no such row are
        left as they were."""
        sc = t.roles["seq"]
        by_number: dict[int, RawRisk] = {}
        for rr in rows:
            n = self._seq_number(rr, sc)
            if n is not None:
                by_number.setdefault(n, rr)
        said = 0
        glossed = False  # under a caption saying what follows explains the points
        for x in range(start, end):
            cols = self.sh.nonempty(x)
            if len(cols) != 1:
                continue
            text = self.sh.rows[x][cols[0]]
            if _GLOSSARY_HEAD.search(text) and not _GLOSSARY_LINE.match(text):
                glossed = True  # '风险点释义：', '名词解释'
                continue
            m = _GLOSSARY_LINE.match(text)
            rr = by_number.get(int(m.group(1))) if m else None
            if rr is None or squeeze(m.group(2)) != squeeze(rr.risk_point):
                continue
            if not glossed and not _DEFINING.match(m.group(3)):
                continue  # ('1.档案鉴定走过场：已建立双人鉴定制度。' under '整改落实情况：')
            if not rr.description:
                rr.description = m.group(3).strip()
                said += 1
        if said:
            self.issues.append(
                make_issue("POINTS_GLOSSED", self.rel, self.grid.name,
                           cell_ref(start, 0), value=str(said))
            )  # fmt: skip

    def _numbered_points(self, raw_rows: list[RawRisk]) -> list[RawRisk]:
        """A cell of numbered points beside a cell of as many levels, line by line ('1.公车购置不经
        集体研究⏎2.维修单位不比选' beside '1.高⏎2.中'): a point each, with its level, and its
        measures where they are numbered alike. (Numbered lines beside one level are one point's
        parts; '防控前：高⏎防控后：低' are two readings of one.) Done once the table is read, its
        rows merged down and carried on included."""
        out: list[RawRisk] = []
        marked = not self.grid.lacks("①", "(1)", "（1）")  # (a sheet with no item mark: one test)
        by_marks: list[tuple[RawRisk, int]] = []  # the level cells read by their marks
        # ('1）', 'A.', '（一）' marks: one test for a sheet with none)
        other = not self.grid.lacks("1）", "1)", "A.", "A．", "A、", "（一）", "(一)")
        by_other: list[tuple[RawRisk, int]] = []
        # ('1.高 2.中' on one line beside '1.…⏎2.…': one test for a sheet with no '1.' or '1、')
        dotted = not self.grid.lacks("1.", "1、", "1．")
        by_dots: list[tuple[RawRisk, int]] = []
        by_run_on: list[tuple[RawRisk, int]] = []  # points on one line beside a level a line
        for rr in raw_rows:
            if (
                marked
                and _CIRCLED_MARK.search(rr.risk_level)
                and (split := self._levels_by_marks(rr))
            ):
                out.extend(split)  # '①…⏎②…⏎③…' beside '①一级②一级③二级', '①②二级③一级'
                by_marks.append((rr, len(split)))
                continue
            if (
                other
                and _OTHER_MARK.search(rr.risk_level)
                and (split := self._levels_by_other_marks(rr))
            ):
                out.extend(split)  # '1）…⏎2）…' beside '1）高 2）中', 'A.…⏎B.…' beside 'A.中⏎B.低'
                by_other.append((rr, len(split)))
                continue
            if (
                "\n" in rr.risk_point
                and ("：" in rr.risk_level or ":" in rr.risk_level)
                and (split := self._levels_by_numbers(rr))
            ):
                out.extend(split)  # '1.…⏎2.…⏎3.…' beside '一级：2⏎二级：1、3'
                continue
            if (
                "\n" in rr.risk_point
                and "\n" not in rr.risk_level
                and (split := self._level_sections(rr))
            ):  # (a level beside it, the row's highest: the headings say each point's)
                out.extend(split)  # '高风险点：⏎1.…⏎中风险点：⏎2.…' in one cell
                continue
            if (
                dotted
                and rr.risk_level[:1].isdigit()
                and (split := self._levels_numbered_on_one_line(rr))
            ):
                out.extend(split)  # '1.…⏎2.…' (or '1.…；2.…') beside '1.高 2.中' on one line
                by_dots.append((rr, len(split)))
                continue
            if "\n" not in rr.risk_level:
                out.append(rr)
                continue
            levels = [NUMBERING.sub("", x, count=1).strip() for x in rr.risk_level.split("\n")]
            levels = [x for x in levels if x]
            points = _numbered_lines(rr.risk_point) or (
                _circled_lines(rr.risk_point) if marked else []
            )  # ('①…⏎②…' beside '二级⏎三级' as '1.…⏎2.…')
            # ('①…；②…', '①…②…', '1、… 2、…' on one line beside '高⏎中': the same)
            run_on = not points and (marked or dotted) and _run_on_points(rr.risk_point)
            if run_on:
                points = run_on
            lines = [x for x in rr.risk_level.split("\n") if x.strip()]
            numbered = all(NUMBERING.match(x) for x in lines)
            if (
                len(levels) < 2
                or len(points) != len(levels)
                # '防控前：高', '可能性：高' are readings of one point; '（较大）' under 'Ⅱ级'
                # says it again, unless every line is numbered ('1.Ⅰ级（高）')
                or not all(
                    len(x) <= 10
                    and ":" not in x
                    and "：" not in x
                    and (numbered or not _BRACKETS.search(x))
                    for x in levels
                )
                or not all(self.config.level(x) for x in levels)
            ):
                out.append(rr)
                continue
            if _points_held_by_line(rr, len(points)):
                out.append(rr)  # ('局长⏎副局长' beside them: each his line's, ``_own_point_lines``)
                continue
            measures = (
                _numbered_lines(rr.measures)
                or (_circled_lines(rr.measures) if marked else [])
                or (_count_inline_items(rr.measures) if run_on else [])
            )
            if len(measures) != len(levels):
                measures = [rr.measures] * len(levels)
            if run_on:
                by_run_on.append((rr, len(levels)))
            self.seen += len(levels) - 1
            for point, level, measure in zip(points, levels, measures, strict=True):
                out.append(replace(rr, risk_point=point, risk_level=level, measures=measure))
        # once a table each: the level cells naming each point's level by its number, numbering
        # them on one line, or by '1）', 'A.', …
        for code, found in (
            ("LEVELS_BY_ITEM_MARKS", by_marks),
            ("LEVELS_NUMBERED_ON_ONE_LINE", by_dots),
            ("LEVELS_BY_ITEM_LABELS", by_other),
        ):
            if found:
                rr = found[0][0]
                self.issues.append(
                    make_issue(code, self.rel, self.grid.name, rr.cell("risk_level"),
                               value=squeeze(rr.risk_level), count=str(len(found)),
                               given=str(sum(n for _, n in found)))
                )  # fmt: skip
        if by_run_on:  # once a table (or once a sheet with the rows ``_Body`` parted itself)
            self._level_lines_issue(
                by_run_on[0][0].cell("risk_point"), by_run_on[0][0].risk_point,
                len(by_run_on), sum(n for _, n in by_run_on),
            )  # fmt: skip
        return out

    def _level_lines_issue(self, cell: str, point: str, rows: int, given: int) -> None:
        """Info LEVEL_LINES_BESIDE_RUN_ON_POINTS, once a sheet: a row's points numbered on one
        line each took the level of its line of the level cell (``_numbered_points``, and
        ``_Body`` where it parts '1.…；2.…' itself)."""
        code = "LEVEL_LINES_BESIDE_RUN_ON_POINTS"
        if any(i.code == code and i.source_sheet == self.grid.name for i in self.issues):
            return
        self.issues.append(
            make_issue(code, self.rel, self.grid.name, cell, value=squeeze(point)[:30],
                       count=str(rows), given=str(given))
        )  # fmt: skip

    def _levels_numbered_on_one_line(self, rr: RawRisk) -> list[RawRisk]:
        """A cell of points numbered '1.' or '1、' a line (or on one line, '1.…；2.…') beside a
        level cell giving each its level by the same numbers on ONE line ('1.高 2.中',
        '1.中；2.低；3.低', '1、高 2、高', '1.低、2.中'): a point each, with the level of its
        number, and its measures where they are numbered alike; [] unless the level cell is
        such items only and numbers as many as the points."""
        levels = _dot_numbered_levels(rr.risk_level, self.config)
        if not levels:
            return []
        points = _numbered_lines(rr.risk_point) or _count_inline_items(rr.risk_point)
        if len(points) != len(levels):
            return []
        if _points_held_by_line(rr, len(points)):
            return []  # ('局长⏎副局长' beside them: each his line's, ``_own_point_lines``)
        measures = _numbered_lines(rr.measures) or _count_inline_items(rr.measures)
        if len(measures) != len(points):
            measures = [rr.measures] * len(points)
        self.seen += len(points) - 1
        return [
            replace(rr, risk_point=point, risk_level=level, measures=measure)
            for point, level, measure in zip(points, levels, measures, strict=True)
        ]

    def _levels_by_other_marks(self, rr: RawRisk) -> list[RawRisk]:
        """A cell of points numbered '1）', 'A.' or '（一）' a line (or on one line, '1）…；2）…')
        beside a level cell giving each its level by the same numbers ('1）高 2）高 3）中',
        '（一）（三）高（二）中', 'A.中⏎B.低'): a point each, with the level its number is given,
        and its measures where they are numbered alike; [] unless the points are numbered in
        the level cell's style and every point's number is given a level once and only the
        points' numbers are. A level cell numbered a line that reads line by line beside
        '1.…⏎2.…' points (``_numbered_points``) is left to that reading."""
        kind, level_of = _levels_by_other_marks(rr.risk_level, self.config)
        if not kind:
            return []
        points = _other_marked_items(rr.risk_point, kind)
        if len(points) < 2 or set(level_of) != set(range(1, len(points) + 1)):
            return []
        lines = [x for x in rr.risk_level.split("\n") if x.strip()]
        if (
            len(lines) == len(points)
            and all(NUMBERING.match(x) for x in lines)
            and len(_numbered_lines(rr.risk_point)) == len(points)
        ):
            return []  # ('1）…⏎2）…' beside '1）高⏎2）中': read line by line, as ever)
        if _points_held_by_line(rr, len(points)):
            return []  # ('局长⏎副局长' beside them: each his line's, ``_own_point_lines``)
        measures = (
            _other_marked_items(rr.measures, kind)
            or _numbered_lines(rr.measures)
            or _circled_lines(rr.measures)
        )
        if len(measures) != len(points):
            measures = [rr.measures] * len(points)
        self.seen += len(points) - 1
        return [
            replace(rr, risk_point=point, risk_level=level_of[i], measures=measure)
            for i, (point, measure) in enumerate(zip(points, measures, strict=True), 1)
        ]

    def _levels_by_marks(self, rr: RawRisk) -> list[RawRisk]:
        """A cell of points numbered ①, ②, … a line ('①规划调整打招呼⏎②底价泄露⏎③…'; '1.…⏎2.…',
        or on one line '①…；②…') beside a level cell giving each its level by its number
        ('①一级②一级③二级', '①②二级③一级', '①二级⏎②三级'): a point each, with the level its number
        is given, and its measures where they are numbered alike; [] unless every point's number
        is given a level once and only the points' numbers are."""
        points = (
            _circled_lines(rr.risk_point)
            or _numbered_lines(rr.risk_point)
            or _count_inline_items(rr.risk_point)
        )
        if len(points) < 2:
            return []
        level_of = _levels_by_marks(rr.risk_level, self.config)
        if set(level_of) != set(range(1, len(points) + 1)):
            return []
        if _points_held_by_line(rr, len(points)):
            return []  # ('局长⏎副局长' beside them: each his line's, ``_own_point_lines``)
        measures = (
            _circled_lines(rr.measures)
            or _numbered_lines(rr.measures)
            or _count_inline_items(rr.measures)
        )
        if len(measures) != len(points):
            measures = [rr.measures] * len(points)
        self.seen += len(points) - 1
        return [
            replace(rr, risk_point=point, risk_level=level_of[i], measures=measure)
            for i, (point, measure) in enumerate(zip(points, measures, strict=True), 1)
        ]

    def _levels_by_numbers(self, rr: RawRisk) -> list[RawRisk]:
        """A cell of numbered points beside a level cell listing each grade's point numbers
        ('一级：2⏎二级：1⏎三级：3', '二级：1、2'): a point each, with the grade its number is listed
        under, and its measures where they are numbered alike; [] unless every point's number is
        listed once and only the points' numbers are."""
        points = _numbered_lines(rr.risk_point)
        if len(points) < 2:
            return []
        level_of: dict[int, str] = {}
        for line in rr.risk_level.split("\n"):
            line = line.strip()
            if not line:
                continue
            m = _LEVEL_NUMBERS.fullmatch(line)
            if not m or not self.config.level(m.group(1)):
                return []
            for n in _point_numbers(m.group(2)):
                if n in level_of:
                    return []  # (a number under two grades)
                level_of[n] = m.group(1)
        if set(level_of) != set(range(1, len(points) + 1)):
            return []
        measures = _numbered_lines(rr.measures)
        if len(measures) != len(points):
            measures = [rr.measures] * len(points)
        self.seen += len(points) - 1
        return [
            replace(rr, risk_point=point, risk_level=level_of[i], measures=measure)
            for i, (point, measure) in enumerate(zip(points, measures, strict=True), 1)
        ]

    def _level_sections(self, rr: RawRisk) -> list[RawRisk]:
        """A cell of numbered points under lines naming their level ('高风险点：⏎1.…⏎2.…⏎
        中风险点：⏎3.…'): a point each, with its heading's level, and its measures where they are
        numbered alike; [] where the cell has no such headings (or fewer than two points)."""
        points: list[tuple[str, str]] = []
        level = ""
        headed = 0
        for line in rr.risk_point.split("\n"):
            text = line.strip()
            if not text:
                continue
            said = (
                _heading_level(text.rstrip(":：").strip(), self.config) if len(text) <= 12 else ""
            )
            if said:
                level, headed = said, headed + 1
                continue
            if NUMBERING.match(text) and level:
                points.append((NUMBERING.sub("", text, count=1).strip(), level))
            elif text.startswith(_CELL_NOTE):
                continue  # '（以上风险由班子集体研究确定）': a remark on them all, no point's words
            elif points:
                points[-1] = (points[-1][0] + text, points[-1][1])  # (a point typed on)
            else:
                return []  # words before any heading: no cell of level sections
        if headed < 2 or len(points) < 2:
            return []
        # (the measures sectioned by the same headings: their numbered lines)
        measures = _numbered_lines(
            "\n".join(
                x
                for x in rr.measures.split("\n")
                if not (
                    len(x.strip()) <= 12 and _heading_level(x.strip().rstrip(":："), self.config)
                )
            )
        )
        if len(measures) != len(points):
            measures = [rr.measures] * len(points)
        self.seen += len(points) - 1
        return [
            replace(rr, risk_point=point, risk_level=lv, measures=m)
            for (point, lv), m in zip(points, measures, strict=True)
        ]

    def _embedded(self, t: _Table, rows: list[RawRisk]) -> None:
        """What a cell says beyond its column: a level written into the point ('违规审批（高）',
        '【一级】…'), a type after it ('…（制度机制）'), a level among the types ('岗位职责/中'),
        and a holder named at the end of the measures ('责任人:熊国栋') where no column names
        people. Read only where the row's own cell for it is empty."""
        level, types = self.config.level, self.config.types
        mc = t.roles.get("measures")
        labels = t.header[1] if t.header else {}
        pc = t.roles.get("risk_point")
        joined = pc is not None and any(w in labels.get(pc, "") for w in ("等级", "级别"))
        # a holder at the end of the measures: under '防控措施及责任人', or where every row names one
        names_holder = "person" not in t.roles and (
            (mc is not None and "责任人" in labels.get(mc, ""))
            or all(_MEASURES_HOLDER.search(rr.measures) for rr in rows if rr.measures)
        )

        typed = self._type_tags(t, rows)  # '【制度机制】…': the type tagged before the point
        typed += self._dash_types(t, rows)  # '…——思想道德风险': the type after a closing dash
        levelled = self._joined_levels(t, rows)  # '…——二级', '二级｜…', '…（风险等级：二级）'
        self._colon_levels(t, rows)  # '高：违规审批…', '一级：…' opening the point
        if levelled:
            typed += self._dash_types(t, levelled, both=True)  # '…——制度机制风险——二级': both
        if "risk_level" not in t.roles:
            self._level_tags(t, rows)  # '【局级管控】…' under '注：【局级管控】的为一级风险点…'
            self._level_clauses(t, rows)  # '…，列为重点防控事项。': a clause of the measures
        # '风险表现及防控措施' over '表现：…⏎措施：…': how the point shows, then its measures
        shows_too = mc is not None and "表现" in labels.get(mc, "") and "措施" in labels.get(mc, "")
        for rr in rows:
            if shows_too and not rr.description and "\n" in rr.measures:
                parts = _labelled_lines(rr.measures)  # ('表现' a label of the point's words)
                if parts and set(parts) == {"risk_point", "measures"}:
                    rr.description, rr.measures = parts["risk_point"], parts["measures"]
            if (
                not rr.risk_level
                and not rr.risk_type
                and rr.risk_point.rstrip()[-1:] in ")）】]"
                and (m := _TYPE_LEVEL_TAG.search(rr.risk_point))
            ):
                # '公车私用（制度机制风险/二级）', '坐支现金（一级、岗位职责）': the type and the
                # level in one closing bracket, either first
                parts = [x.strip() for x in _TYPE_LEVEL_SEP.split(m.group(1)) if x.strip()]
                lv = [x for x in parts if level(x) and _level_word(x) and not types(x)[0]]
                ty = [x for x in parts if x not in lv]
                known, unknown = types("、".join(ty)) if len(lv) == 1 and ty else ([], [])
                if known and not unknown and len(rr.risk_point[: m.start()].strip()) >= 2:
                    rr.risk_level, rr.risk_type = lv[0], "、".join(ty)
                    rr.risk_point = rr.risk_point[: m.start()].strip()
                    at = rr.cols["risk_point"]
                    rr.cols = {**rr.cols, "risk_level": at, "risk_type": at}
                    typed += 1
            if not rr.risk_level:
                m = _LEVEL_TAG.search(rr.risk_point)
                tag = m and (m.group(1) or m.group(2))
                # a level at the start only in words ('【一级】'): '(1)', '(一)' number a list
                if (
                    tag
                    and level(tag)
                    and (_level_word(tag) or (m.group(2) and (joined or _END_LEVEL.match(tag))))
                ):
                    rr.risk_level = m.group(1) or m.group(2)
                    rr.risk_point = (rr.risk_point[: m.start()] + rr.risk_point[m.end() :]).strip()
                    rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
                elif (
                    rr.measures
                    and "risk_level" not in t.roles
                    and (n := _LEVEL_TAG.match(rr.measures))
                    and n.group(1)
                    and level(n.group(1))
                    and _level_word(n.group(1))
                    and rr.measures[n.end() :].strip()
                ):
                    # '【一级】…' opening the measures, no level column: the point's level
                    rr.risk_level = n.group(1)
                    rr.measures = rr.measures[n.end() :].strip()
                    rr.cols = {**rr.cols, "risk_level": rr.cols.get("measures", mc)}
                elif rr.risk_type:
                    parts = [x for x in _TYPE_SEP.split(rr.risk_type) if x.strip()]
                    said = [x for x in parts if level(x.strip()) and not types(x)[0]]
                    if len(said) == 1 and len(parts) > 1:
                        rr.risk_level = said[0].strip()
                        rr.risk_type = "、".join(x.strip() for x in parts if x is not said[0])
                        rr.cols = {**rr.cols, "risk_level": rr.cols["risk_type"]}
            if not rr.risk_type:
                m = _TYPE_TAG.search(rr.risk_point)
                if m:
                    # ('（属岗位职责风险）', '（系制度机制类）': the type after a verb saying so)
                    known, unknown = types(_TYPE_SAID.sub("", m.group(1)))
                    if known and not unknown:
                        rr.risk_type = _TYPE_SAID.sub("", m.group(1))
                        rr.risk_point = rr.risk_point[: m.start()].strip()
                        rr.cols = {**rr.cols, "risk_type": rr.cols["risk_point"]}
                        typed += 1
            if not rr.person and "person" not in t.roles and rr.measures and names_holder:
                m = _MEASURES_HOLDER.search(rr.measures)
                if m and looks_like_name(m.group(1)):
                    rr.person = squeeze(m.group(1))
        if typed and typed == len(rows) and "risk_type" not in t.roles:
            at = cell_ref(t.row, t.first)  # the types are there after all
            self.issues = [
                i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)
            ]

    def _stage_cell_levels(self, t: _Table, rows: list[RawRisk]) -> None:
        """A level written once in brackets at the end of a stage (duty, matter) cell, the cell
        merged down beside the points of that stage ('业务环节' over '查验场地调度（一级风险）',
        '审批（高）', '采购(Ⅱ级)', '验收【中风险】', '立项（风险等级：二级）'): every point row beside it
        whose own level is blank takes that level, the bracket taken off the stage's text
        (unmerged, the row of the cell alone). Only in a 工作环节/业务环节 (workflow) or 职责/事项
        (duty) column, a single-line cell, a bracket of one pair whose words the vocabulary reads
        as a level and that are a level's words ('一级', '高', '中风险', 'Ⅱ级'), and two rows or more
        (or every row) read so; a bracket of no level ('（含审批）', '（2024年）') stays in the text.
        One LEVEL_IN_STAGE_CELL info a table."""
        level = self.config.level
        blank = [rr for rr in rows if not rr.risk_level.strip()]
        if not blank:
            return
        labels = t.header[1] if t.header else {}
        for role in ("workflow", "duty"):
            if role not in t.roles:
                continue
            said: dict[int, tuple[str, str]] = {}
            cells: set[str] = set()  # the stage cells read (a merged cell's rows share its text)
            for rr in rows:
                text = getattr(rr, role).strip()
                if not text or "\n" in text or text[-1:] not in _TAG_CLOSERS + "。；;":
                    continue  # (the cheap test: most stages close with no bracket)
                m = _LEVEL_TAG_TAIL.search(text)
                if m is None or _PAIRS.get(m.group(1)) != m.group(3):
                    continue
                word = _STAGE_LEVEL_LABEL.sub("", m.group(2))
                stage = text[: m.start()].strip()
                if not (word and _level_word(word) and level(word)) or not HAN_TEXT.search(stage):
                    continue
                if level(stage):
                    continue  # ('高（中）': no stage before the bracket)
                said[id(rr)] = (stage, word)
                cells.add(text)
            by_stage: dict[str, set] = {}
            for stage, word in said.values():
                by_stage.setdefault(stage, set()).add(level(word))
            if any(len(x) > 1 for x in by_stage.values()):
                continue  # one stage in two brackets ('事故调查（较大）', '事故调查（一般）'): the
                # bracket divides the stage (a class of case), no level of it
            own = [rr for rr in rows if id(rr) in said and rr.risk_level.strip()]
            if any(level(rr.risk_level.strip()) != level(said[id(rr)][1]) for rr in own):
                continue  # a level column saying otherwise beside the bracket: no level's bracket
            if not any(id(rr) in said for rr in blank):
                continue
            if len(cells) < 2 and len(said) < len(rows):
                continue  # one stage cell (merged or not) in a longer list: too little to go by
            first, given = None, 0
            for rr in rows:
                if id(rr) not in said:
                    continue
                stage, word = said[id(rr)]
                setattr(rr, role, stage)  # the same cell's text on each of its rows
                if rr.risk_level.strip():
                    continue
                rr.risk_level = word
                rr.cols = {**rr.cols, "risk_level": rr.cols.get(role, t.first)}
                first = first or rr
                given += 1
            words = "、".join(dict.fromkeys(w for _, w in said.values()))
            head = labels.get(t.roles[role], "") or (
                "工作环节" if role == "workflow" else "岗位职责"
            )
            self.issues.append(
                make_issue(
                    "LEVEL_IN_STAGE_CELL", self.rel, self.grid.name, first.cell(role),
                    field=squeeze(head), value=words, count=str(given),
                )
            )  # fmt: skip
            return

    def _level_tags(self, t: _Table, rows: list[RawRisk]) -> None:
        """No level column, and every row's measures (else its point) open or close with a
        bracketed tag, the same few down the list ('【局级管控】项目一律进…', '〔重点防控〕…',
        '…（股室监管）'): the tag is the row's level where the vocabulary knows its words
        ('【高风险】', '【重点防控】', two of them at least) or a note folds them to levels ('注：
        …【局级管控】的为一级风险点，【股室管控】的为二级风险点…'); the tag taken off the text. Only
        where every row's tag folds: a type ('【制度机制】'), a stage ('【事前】'), a number or a
        source ('（依据《…》）') opening some cell leaves the whole table as it was."""
        if any(rr.risk_level.strip() for rr in rows) or len(rows) < 2:
            return
        level = self.config.level
        for field in ("measures", "risk_point"):
            cells = [getattr(rr, field).strip() for rr in rows]
            if not any(
                x[:1] in _TAG_OPENERS or x.rstrip("。；;")[-1:] in _TAG_CLOSERS for x in cells
            ):
                continue  # (the cheap test: most cells open and close with no bracket)
            found = [_level_tag_of(x) if x else None for x in cells]
            if sum(map(bool, found)) < 2 or any(
                x and not f for x, f in zip(cells, found, strict=True)
            ):
                continue  # (a filled cell with no tag: the tags are no level of the list's)
            words = list(dict.fromkeys(f[0] for f in found if f))
            if len(words) > 4 or any(self.config.types(w)[0] for w in words):
                continue  # (a type's word: ``_type_tags`` or the type column decides)
            if any(_NUMERAL_TAG.fullmatch(w) for w in words):
                continue  # ('(1)', '（二）': a list's number, never a level, whatever a note defines)
            # exactly the two grades of one scale ('重点 / 一般', '重点防控 / 一般防控'): the higher
            # Ⅰ级, the lower Ⅱ级 ('一般' alone a level word of Ⅲ级, but the second of TWO grades
            # here), opening or closing the cell, either spelling alike
            grades = {_CONTROL_GRADE_END.sub("", w): w for w in words}
            two = len(words) == 2 and set(grades) == {"重点", "一般"}
            if (
                not two
                and any(map(_level_word, words))
                and (field == "risk_point" or all(f[1] == 0 for f in found if f))
            ):
                continue  # ('【一级】' opening the measures, '（高）' closing the point: as before)
            known = {w: w for w in words if level(w) and not _NUMERAL_TAG.fullmatch(w)}
            by = "用语本身"
            if two:
                known = {grades["重点"]: "Ⅰ级", grades["一般"]: "Ⅱ级"}
                by = "两档用语（重点为Ⅰ级、一般为Ⅱ级）"
            elif len(known) < len(words) or len(words) < 2:
                legend = self._legend
                if not legend or not any(w in legend for w in words):
                    continue
                folded = self._legend_levels(legend.translate(_TAGS_QUOTED))  # '“局级管控”为…'
                known = {w: folded[w] for w in words if w in folded}
                if len(known) < len(words):
                    known = self._values_defined(legend, words)  # '【局级管控】的为一级风险点'
                if len(known) < len(words) or len(set(known.values())) < len(words):
                    continue
                note = next(x for x in legend.split("\n") if any(w in x for w in words)).strip()
                by = f"说明“{note if len(note) <= 40 else note[:40] + '…'}”"
            for rr, x, f in zip(rows, cells, found, strict=True):
                if f:
                    setattr(rr, field, (x[: f[1]] + x[f[2] :]).strip())
                    rr.risk_level = known[f[0]]
                    rr.cols = {**rr.cols, "risk_level": rr.cols.get(field, t.first)}
            said = "、".join(
                f"{w}={level(known[w])}" for w in sorted(words, key=lambda w: level(known[w]))
            )
            at = cell_ref(t.row, t.roles.get(field, t.first))
            head = "防控措施" if field == "measures" else "风险点"
            self.issues.append(
                make_issue(
                    "LEVEL_TAGS", self.rel, self.grid.name, at, field=head, value=said, by=by
                )
            )
            return

    def _level_clauses(self, t: _Table, rows: list[RawRisk]) -> None:
        """No level column and no row's level, and each row's measures say its level in a
        clause of their own sentence, after a verb of classing, with no bracket ('…，列为重点防控
        事项。', '实行重点防控：…', '按一般防控管理', '1.…⏎2.…⏎此项列为一级风险'): the one level the
        cell names is the row's level, the clause left in the measures (a measure too). Only where
        every filled measures cell names exactly one level so (or, under a note saying the levels
        are written in the measures, half of them at least): a clause in a few rows only ('对列为
        重点防控的岗位…') leaves the table as it was (LEVEL_IN_MEASURES)."""
        if len(rows) < 2 or any(rr.risk_level.strip() for rr in rows):
            return
        cells = [rr.measures.strip() for rr in rows]
        if not _LEVEL_CLAUSE.search("\0".join(cells)):
            return  # (the cheap test: most tables' measures class nothing)
        level = self.config.level
        said = []
        for x in cells:
            words = {m.group(1): level(m.group(1)) for m in _LEVEL_CLAUSE.finditer(x)}
            said.append({w: lv for w, lv in words.items() if lv})
        one = [len(set(w.values())) == 1 for w in said]
        named, filled = sum(one), sum(map(bool, cells))
        if named < 2:
            return
        if named < filled:
            legend = self._legend
            if not (legend and _LEVEL_IN_MEASURES_NOTE.search(legend) and 2 * named >= filled):
                return  # (some measures class nothing, and no note says they all should)
        mc = t.roles.get("measures", t.first)
        for rr, words, ok in zip(rows, said, one, strict=True):
            if ok:
                rr.risk_level = next(iter(words))
                rr.cols = {**rr.cols, "risk_level": rr.cols.get("measures", mc)}
        pairs = {w: lv for words in said for w, lv in words.items()}
        value = "、".join(
            f"{w}={lv}" for w, lv in sorted(pairs.items(), key=lambda p: (p[1], p[0]))
        )
        self.issues.append(
            make_issue(
                "LEVEL_IN_MEASURES", self.rel, self.grid.name, cell_ref(t.row, mc),
                field="防控措施", value=value, count=str(named),
            )
        )  # fmt: skip

    def _type_tags(self, t: _Table, rows: list[RawRisk]) -> int:
        """Each point's type in a tag opening its cell ('【制度机制】重大案件不经集体讨论',
        '〔思想道德风险〕…', '[岗位职责类]…', after a level tag '【一级】【外部环境】…'): the tag is
        the type, no part of the point. A tag in a type's short form ('【岗位】', '【业务】') is
        read only where the table's tags name two types or more, or a note says the brackets
        hold the type. A type cell already written wins; a tag naming another type leaves both
        as read, with a warning. The number of rows typed by their tag."""
        opens = _TAG_OPENERS
        if not any(rr.risk_point.lstrip()[:1] in opens for rr in rows):
            return 0  # (the cheap test: most tables' points open with no bracket)
        level, types = self.config.level, self.config.types
        found: list[tuple[RawRisk, str, int, int, bool]] = []  # (row, word, start, end, short)
        for rr in rows:
            m = _TYPE_LEAD.match(rr.risk_point)
            if not m:
                continue
            if _PAIRS.get(m.group(1)) != m.group(3):
                continue  # ('【制度机制)': brackets not of one pair)
            word, start, end = m.group(2), m.start(1), m.end()
            if level(word):  # '【一级】【制度机制】…': the level's tag is read after
                n = _TYPE_LEAD.match(rr.risk_point, m.end())
                if not n or _PAIRS.get(n.group(1)) != n.group(3):
                    continue
                word, start, end = n.group(2), n.start(1), n.end()
            known, unknown = types(word)
            if not known or unknown or level(word) or end >= len(rr.risk_point):
                continue  # '【重点】', '【新增】': no type, the tag stays in the point
            if _TAG_LINE.search(rr.risk_point, end):
                continue  # '【岗位职责】负责…⏎【风险点】…': a cell of labelled lines, no type tag
            parts = [x for x in _TYPE_SEP.split(word) if x]
            short = not all(len(x) >= 4 or x.endswith(("风险", "类")) for x in parts)
            found.append((rr, word, start, end, short))
        if not found:
            return 0
        named = {k for _rr, word, *_x in found for k in types(word)[0]}
        said = len(named) >= 2 or bool(_TAG_TYPE_NOTE.search(self._legend))
        typed, tags, clash = 0, [], []
        for rr, word, start, end, short in found:
            if short and not said:
                continue
            if rr.risk_type.strip():
                # a type column's word wins; the tag goes where it names the same type
                if not set(types(word)[0]) <= set(types(rr.risk_type)[0]):
                    clash.append(rr.cell("risk_point"))
                    continue
            else:
                rr.risk_type = word
                rr.cols = {**rr.cols, "risk_type": rr.cols["risk_point"]}
                typed += 1
            rr.risk_point = (rr.risk_point[:start] + rr.risk_point[end:]).strip()
            if word not in tags:
                tags.append(word)
        pc = t.roles.get("risk_point", t.first)
        if tags:
            self.issues.append(
                make_issue("TYPE_TAGS", self.rel, self.grid.name, cell_ref(t.row, pc),
                           value="、".join(tags))
            )  # fmt: skip
        if clash:
            self.issues.append(
                make_issue("TYPE_TAG_DIFFERS", self.rel, self.grid.name, clash[0],
                           value="、".join(clash[:8]) + ("等" if len(clash) > 8 else ""))
            )  # fmt: skip
        return typed

    def _dash_types(self, t: _Table, rows: list[RawRisk], both: bool = False) -> int:
        """Each point's type written after a dash closing its cell ('药品遴选中收受回扣——思想道德
        风险', '…—制度机制类', '…--岗位职责', '…－－业务流程类风险'): the words after the dash are the
        type, no part of the point. The words must be types and nothing else (a holder after the
        dash, '——审单员　某某', or a description, '风险点——表现形式', stay as read); a type's short
        form ('——制度', '——职责') is read only where the table's dashes name two types or more, or a
        note speaks of the dash. A type cell already written wins; a dash naming another type
        leaves both as read, with a warning. A cell whose earlier lines close so too (several
        points in one cell) is left whole. One TYPE_AFTER_DASH info a table; the number of rows
        typed by their dash.

        ``both``: the rows whose level ``_joined_levels`` took off the end of the point (the level
        behind the type, '…——制度机制风险——二级', '…｜岗位职责风险｜高'): the type is read after the
        same separators as a joined level (a bar or a slash too), one TYPE_AND_LEVEL_JOINED info a
        table instead."""
        chars = _JOIN_CHARS if both else _DASH_CHARS
        # (the cheapest test first: no point holds a dash anywhere, each dash sought in C in
        # the points joined; then the points' last words, one at a time)
        points = "".join(map(attrgetter("risk_point"), rows))
        if not any(c in points for c in chars):
            return 0
        if not any(chars.intersection(rr.risk_point[-24:]) for rr in rows):
            return 0  # (the cheap test: most points close with no dash in their last words)
        level, types = self.config.level, self.config.types
        pattern = _JOINED_TYPE if both else _DASH_TYPE
        found: list[tuple[RawRisk, str, int, bool]] = []  # (row, words, where the dash is, short)
        for rr in rows:
            m = pattern.search(rr.risk_point)
            if not m or len(rr.risk_point[: m.start()].strip()) < 2:
                continue
            word = m.group("t")
            known, unknown = types(word)
            if not known or unknown or level(word):
                continue  # ('——审单员　某某', '——表现形式': no type, as before)
            if any(pattern.search(x) for x in rr.risk_point[: m.start()].split("\n")[:-1]):
                continue  # ('1.…——思想道德风险⏎2.…——制度机制风险': several points, left whole)
            parts = [x for x in _TYPE_SEP.split(word) if x]
            short = not all(len(x) >= 4 or x.endswith(("风险", "类")) for x in parts)
            found.append((rr, word, m.start(), short))
        if not found:
            return 0
        named = {k for _rr, word, *_x in found for k in types(word)[0]}
        said = len(named) >= 2 or bool(_DASH_TYPE_NOTE.search(self._legend))
        typed, first, clash = 0, "", []
        for rr, word, at, short in found:
            if short and not said:
                continue
            if rr.risk_type.strip():
                # a type column's word wins; the dash goes where it names the same type
                if not set(types(word)[0]) <= set(types(rr.risk_type)[0]):
                    clash.append(rr.cell("risk_point"))
                    continue
            else:
                rr.risk_type = word
                rr.cols = {**rr.cols, "risk_type": rr.cols["risk_point"]}
                typed += 1
            first = first or rr.cell("risk_point")
            rr.risk_point = rr.risk_point[:at].strip()
        if first:
            n = len(found) - len(clash)
            code = "TYPE_AND_LEVEL_JOINED" if both else "TYPE_AFTER_DASH"
            self.issues.append(make_issue(code, self.rel, self.grid.name, first, value=str(n)))
        if clash:
            self.issues.append(
                make_issue("TYPE_AFTER_DASH_DIFFERS", self.rel, self.grid.name, clash[0],
                           value="、".join(clash[:8]) + ("等" if len(clash) > 8 else ""))
            )  # fmt: skip
        return typed

    def _give_joined_levels(self, found: list[tuple], level) -> tuple[list[tuple], list[str]]:
        """The level words read off their points (each found item row, word, point, …): the
        row's level where its level column is blank, the point's text without them. A row whose
        own level reads otherwise keeps both as read: its point's cell is a clash. Returns the
        items given, in order, and the clashes' cells."""
        given, clash = [], []
        for item in found:
            rr, word, point = item[:3]
            own = rr.risk_level.strip()
            if own and level(own) != level(word):
                clash.append(rr.cell("risk_point"))
                continue
            if not own:
                rr.risk_level = word
                rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
            rr.risk_point = point
            given.append(item)
        return given, clash

    def _say_joined_differs(self, clash: list[str]) -> None:
        """One warning a table for the rows whose joined level differs from their column's."""
        if clash:
            self.issues.append(
                make_issue("LEVEL_JOINED_DIFFERS", self.rel, self.grid.name, clash[0],
                           value="、".join(clash[:8]) + ("等" if len(clash) > 8 else ""))
            )  # fmt: skip

    def _colon_levels(self, t: _Table, rows: list[RawRisk]) -> None:
        """Each point's level written before a colon opening its own cell, the table's level
        column blank on its row or absent ('高：违规审批养老机构补贴', '中:接受服务对象宴请',
        '一级：…', 'Ⅱ级：…', '高风险：…'): the word before the colon is the row's level and no part
        of the point. Read only where it is a level's own word ('高', '一级', 'Ⅱ级', '中风险'; not
        '事前：', '廉政风险：', '低保：'), the point keeps four characters or more of its own, the
        cell is one line, and two rows or more of the table (or its only row) are so written; a
        row whose level column is filled keeps that level (the mark taken off where it says the
        same; where it says another, both left as read, LEVEL_JOINED_DIFFERS). One
        LEVEL_BEFORE_COLON_IN_POINT info a table."""
        if self.grid.lacks("：", ":"):
            return  # (a sheet with no colon: one test)
        if not any(x in "：:" for rr in rows for x in rr.risk_point[:8]):
            return  # (the cheap test: no point opens with a short word and a colon)
        level = self.config.level
        found: list[tuple[RawRisk, str, str]] = []  # (row, level's word, point's words)
        for rr in rows:
            text = rr.risk_point.strip()
            if not text or "\n" in text:
                continue
            m = _LEVEL_BEFORE_COLON.match(text)
            if m is None:
                continue
            word = m.group("w")
            if word in _TITLE_GRADES:
                return  # ('初级：…' beside '高级：…', '中级：…': a 职称's grades, no levels)
            bare = word[:-1] if word.endswith("点") else word
            if not (_level_word(bare) and level(bare)):
                continue
            point = m.group("rest").strip(" 　，,；;。")
            if len(point) < 4 or not HAN_TEXT.search(point) or level(point):
                continue
            found.append((rr, bare, point))
        if len(found) < 2 and not (found and len(rows) == 1):
            return
        if all(w in _GRADE_OR_LEVEL for _rr, w, _p in found):
            return  # ('高级：…', '中级：…' alone: a 职称's grades as well as levels; read so only
            # beside a mark that is a level only: '低：', '一级：', '高风险：')
        given, clash = self._give_joined_levels(found, level)
        read, words = len(given), [w for _rr, w, _p in given]
        first = given[0][0].cell("risk_point") if given else ""
        if first:
            said = "、".join(
                f"{w}={level(w)}" for w in sorted(dict.fromkeys(words), key=lambda w: level(w))
            )
            self.issues.append(
                make_issue(
                    "LEVEL_BEFORE_COLON_IN_POINT", self.rel, self.grid.name, first,
                    count=str(read), value=said,
                )
            )  # fmt: skip
        self._say_joined_differs(clash)

    def _joined_levels(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Each point's level written inside its own cell, joined to its words: after a dash, bar
        or slash closing it ('食品抽检样品调包——一级', '…｜高', '…/Ⅱ级', '…——风险等级：二级'),
        before one opening it ('二级｜…', '高风险——…'), or in a bracket labelled as the level
        ('…（风险等级：二级）', '【级别：高】…'). The joined words are the point's level and no
        part of the point. Read only where they are a level's own words ('二级', '高', '中风险',
        'Ⅱ级', '★★'; in a labelled bracket any level the vocabulary reads), the point keeps four
        characters or more of its own, the cell is one line, and two rows or more of the table
        (or its only row) are so written; a row whose level column is filled keeps that level
        (the joined one taken off where it says the same; where it says another, both are left
        as read, with a warning). One LEVEL_JOINED_TO_POINT info a table. The rows whose level
        was taken off the end of the point (a type may close it now: ``_dash_types``'s ``both``)."""
        points = "".join(map(attrgetter("risk_point"), rows))  # (the whole list's, in C)
        # (each separator sought in C, not each character of the points hashed: the same test)
        if (
            not any(c in points for c in _JOIN_CHARS)
            and "等级" not in points
            and "级别" not in points
        ):
            return []  # (the cheapest test: no point holds a separator or a level's label)
        if not any(
            _JOIN_CHARS.intersection(rr.risk_point[:9] + rr.risk_point[-14:])
            or "等级" in rr.risk_point
            or "级别" in rr.risk_point
            for rr in rows
        ):
            return []  # (the cheap test: most points hold no separator and no level's label)
        level = self.config.level
        found: list[tuple[RawRisk, str, str, bool]] = []  # (row, level's words, point's, after)
        for rr in rows:
            text = rr.risk_point.strip()
            if not text or "\n" in text:
                continue
            got = None
            for pattern, labelled, after in (
                (_LEVEL_LABELLED_AFTER, True, True),
                (_LEVEL_LABELLED_BEFORE, True, False),
                (_LEVEL_JOINED_AFTER, False, True),
                (_LEVEL_JOINED_BEFORE, False, False),
            ):
                m = pattern.search(text)
                if m is None:
                    continue
                word = m.group("w").strip()
                bare = word[:-1] if word.endswith("点") else word
                if not level(bare) or not (labelled or _level_word(bare)):
                    continue
                point = (text[: m.start()] if after else text[m.end() :]).strip(" 　，,；;。")
                if len(point) < 4 or not HAN_TEXT.search(point) or level(point):
                    continue
                got = (bare, point, after)
                break
            if got:
                found.append((rr, *got))
        if len(found) < 2 and not (found and len(rows) == 1):
            return []
        given, clash = self._give_joined_levels(found, level)
        read, closed = len(given), [rr for rr, _w, _p, after in given if after]
        first = given[0][0].cell("risk_point") if given else ""
        if first:
            self.issues.append(
                make_issue(
                    "LEVEL_JOINED_TO_POINT", self.rel, self.grid.name, first, count=str(read)
                )
            )
        self._say_joined_differs(clash)
        return closed

    def _scale(self, t: _Table, rows: list[RawRisk]) -> None:
        """A table whose levels are exactly the three words of a configured scale (较高 / 一般 /
        较低; 一档 / 二档 / 三档, each step with 级, 类 or 风险 or not) reads them in that
        scale's order, with one info naming it; a scale of words the vocabulary does not know
        alone (重要 / 较重要 / 一般) only where no note on the sheet reads them otherwise."""
        words = {rr.risk_level.strip() for rr in rows if rr.risk_level.strip()}
        if (
            words
            and _BAR_CHARS.issuperset("".join("".join(words).split()))
            and self._bar_levels(t, rows, words)
        ):
            return  # ('■■■■□' under '注：■4—5个为一级风险…': ``_bar_levels``)
        if words and self._heading_key(t, rows, words):
            return  # ('风险等级（1=低，2=中，3=高）' over 3/2/1: ``_heading_key``)
        if words and self._score_cells(t, rows, words):
            return  # ('7.5/10', '得分85' banded by '注：8分（含）以上为一级风险…': ``_score_cells``)
        if words and self._product_cells(t, rows, words):
            return  # ('3×3=9', '可能性2×影响3=6' banded by '注：风险值≥6为一级…': ``_product_cells``)
        if words and self._bare_scores(t, rows, words):
            return  # ('20', '12', '5' under '风险值' banded by '注：…12分以上为高风险…': ``_bare_scores``)
        scale = convention = None
        if len(words) == 3:
            scale = self.config.scale_of(words)
            if scale and any(self.config.level(w) is None for w in words):
                # ('重要/较重要/一般', '一档/二档/三档': a scale by its words' order alone; a note
                # on the sheet saying otherwise reads first)
                convention, scale = scale, None
            elif not scale:
                steps = three_steps(words, self.config.level)  # (the legend read only for one)
                if steps and not _DEFINES.search(self._legend):  # a legend on the sheet decides
                    scale = steps
        elif len(words) == 2 and self.config.within_a_scale(words):
            # two of the three, and a legend on the sheet naming all three
            legend = self._legend
            scale = self.config.scale_of(words, legend) if legend else None
            if scale and any(self.config.level(w) is None for w in words):
                convention, scale = scale, None  # (as above: the note's own words read first)
        level = self.config.level
        if (
            not scale
            and words
            and (any(level(w) is None for w in words) or all(map(SYMBOL.fullmatch, words)))
            and (self._legend or self._key_pairs(words, t.roles.get("risk_level")))
        ):
            # words the vocabulary does not know, defined by a legend ('A为高风险,B为中风险…'),
            # or symbols a legend defines otherwise ('3为高风险,1为低风险': 3 is not Ⅲ级); bands
            # of a score only for a column of scores ('风险值6—9为高风险')
            lc = t.roles.get("risk_level")
            heading = (t.header[1] if t.header else {}).get(lc, "") if lc is not None else ""
            scored = any(w in heading for w in ("值", "分", "评分", "得分")) or any(
                w.isdecimal() and int(w) > 3 for w in words
            )
            box = self._key_pairs(words, lc)  # (a box's pairs, the level column's own cells not)
            legend = "\n".join(filter(None, (self._legend, box)))
            defined = self._legend_levels(legend, bands=scored)
            if not words <= set(defined):  # '由局党组监控的为一级风险': a column's own words
                defined = {**self._values_defined(legend, list(words)), **defined}
            known = {w: defined[w] for w in words if w in defined}
            rest = words - set(known)
            if len(words) == 3 and len(rest) == 1 and set(known.values()) == {"Ⅰ级", "Ⅲ级"}:
                known[rest.pop()] = "Ⅱ级"  # '一级为最低,三级为最高': the middle one between
            if any(level(w) is None for w in words) or (
                len(known) == len(words)
                and any(level(w) != lv for w, lv in known.items())
                and (scored or len(set(known.values())) == len(known))  # one word, one level
            ):
                scale = known or None
        if (
            words
            and not self.own  # (our own form's instructions define its words: no note re-grades them)
            and all(level(w) is not None for w in words)
            and self._levels_by_note(t, rows, words)
        ):
            return  # ('注：…重大风险、较大风险按一级管控，一般风险按二级…': ``_levels_by_note``)
        if (
            len(words) == 3
            and not self.own  # (our own form's instructions define its words: no note re-grades them)
            and not words <= set(scale or ())
            and self._scale_by_note(t, rows, words)
        ):
            return  # ('注：…分为特级、一级、二级三档，特级最高': ``_scale_by_note``)
        if words and not words <= set(scale or ()):
            if self._colour_words(t, rows, words, scale or {}):
                return  # ('预警等级' of '红色/橙色/黄色': ``_colour_words``)
        scale = scale or convention
        if not scale:
            return
        for rr in rows:
            rr.level_as = scale.get(rr.risk_level.strip(), "")
        # in the level's order, and within a level as the words first come down the column (not
        # the order of a set, which changes from run to run)
        first = {w: i for i, w in reversed(list(enumerate(rr.risk_level.strip() for rr in rows)))}
        said = "、".join(
            f"{w}={lv}"
            for w, lv in sorted(scale.items(), key=lambda x: (x[1], first.get(x[0], 0), x[0]))
        )
        c = t.roles.get("risk_level", t.first)
        self.issues.append(
            make_issue("LEVEL_SCALE", self.rel, self.grid.name, cell_ref(t.row, c), value=said)
        )

    def _score_cells(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column holding each point's SCORE, not a level word — written as a fraction of
        its full mark ('7.5/10', '85/100', '8分/10分'), or with its word or unit ('得分85', '评分：7',
        '85分'; bare numbers beside them) — that a note bands ('8分（含）以上为一级风险，5分（含）至
        8分为二级风险，5分以下为三级风险'): each point takes the band its score (the numerator)
        falls in, said once at the heading; a score in no band, or a fraction out of another
        full mark than the note's ('满分10分', '10分制') or the column's others, keeps no level,
        with a warning at its cell. Bare numbers alone only under a score's heading ('风险评分')
        with a decimal among them. True where read."""
        joined = "".join(words)
        if not any(ch in joined for ch in "/／分"):  # (cheap: most level columns write words)
            if not any("." in w for w in words):
                return False
        lc = t.roles.get("risk_level")
        if lc is None:
            return False
        got = {w: _SCORE_CELL.fullmatch(squeeze(w)) for w in words}
        if not all(got.values()):
            return False
        head = squeeze((t.header[1] if t.header else {}).get(lc, ""))
        decorated = [w for w in words if any(ch in w for ch in "/／分")]
        if not decorated and not (_SCORE_HEAD_WORD.search(head) and any("." in w for w in words)):
            return False
        legend = self._legend
        if "分" not in legend:
            return False
        bands = _weighted_bands(legend, self.config.level)
        if len(bands) < 2:
            return False
        fulls = {m.group(2) for m in got.values() if m and m.group(2)}
        said_full = _FULL_MARK.search(legend)
        full = float(said_full.group(1) or said_full.group(2)) if said_full else None
        if full is None and len(fulls) > 1:
            marks = sorted(fulls)
            counts = [sum(1 for m in got.values() if m and m.group(2) == f) for f in marks]
            full = float(max(zip(counts, marks, strict=True))[1])  # (the mark most cells write)
        elif full is None and fulls:
            full = float(next(iter(fulls)))
        level = {}
        for w, m in got.items():
            assert m is not None
            if m.group(2) and full is not None and float(m.group(2)) != full:
                level[w] = ""
                continue
            value = float(m.group(1))
            level[w] = "" if full is not None and value > full else _band_of(value, bands)
        if not any(level.values()):
            return False
        first = None
        for rr in rows:
            w = rr.risk_level.strip()
            if not w:
                continue
            at = cell_ref((rr.rows or {}).get("risk_level", rr.row), lc)
            first = first or (at, w)
            if level.get(w):
                rr.level_as = level[w]
                continue
            self.issues.append(
                make_issue("LEVEL_SCORE_UNBANDED", self.rel, self.grid.name, at, value=w,
                           other=_said_bands(bands, "得分"))
            )  # fmt: skip
            rr.risk_level = ""
        if first is not None:
            self.issues.append(
                make_issue("LEVEL_BY_SCORE_CELLS", self.rel, self.grid.name, first[0],
                           field=head, value=first[1], other=_said_bands(bands, "得分"))
            )  # fmt: skip
        return True

    def _bare_scores(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column under a score's heading (``风险值``, ``分值``, ``评分``, ``得分``) holding each
        point's score as a bare whole number ('20', '12', '5': no 分, no fraction, no decimal), some
        above 3 (not levels written 1/2/3), banded by a note ('风险值12分以上为高风险，6—11分为中风险，
        5分以下为低风险', '分值≥12为一级风险，6～11为二级风险，≤5为三级风险'): each point takes the
        band its score falls in, said once at the heading (LEVEL_BY_BARE_SCORES); a bound written
        with 以上/以下 that the bands would leave in none (12 where '12分以上', 5 where '5分以下' meet
        '6—11') takes 本数, as such notes mean. Only where the note's own words do not already
        define every score of the column (read as before); a score in no band keeps no level, with
        a warning at its cell (LEVEL_SCORE_UNBANDED). True where read."""
        if self.grid.lacks("风险值", "分值", "评分", "得分", "分数", "打分"):
            return False  # (a sheet with no score's word: one test)
        if not all(w.isdecimal() and len(w) <= 3 for w in words):
            return False
        if not any(int(w) > 3 for w in words):
            return False
        lc = t.roles.get("risk_level")
        if lc is None:
            return False
        head = squeeze((t.header[1] if t.header else {}).get(lc, ""))
        if not (_SCORE_HEAD_WORD.search(head) or "风险值" in head):
            return False
        legend = self._legend
        if not legend:
            return False
        if words <= set(self._legend_levels(legend, bands=True)):
            return False  # (the note's words define every score: read as before)
        bands, closed = _closed_score_bands(_weighted_bands(legend, self.config.level))
        if len(bands) < 2:
            return False
        level = {w: _band_of(float(w), bands) for w in words}
        if not any(level.values()):
            return False
        said = _said_bands(bands, "分值")
        first = None
        for rr in rows:
            w = rr.risk_level.strip()
            if not w:
                continue
            at = cell_ref((rr.rows or {}).get("risk_level", rr.row), lc)
            first = first or (at, w)
            if level.get(w):
                rr.level_as = level[w]
                continue
            self.issues.append(
                make_issue("LEVEL_SCORE_UNBANDED", self.rel, self.grid.name, at, value=w,
                           other=said)
            )  # fmt: skip
            rr.risk_level = ""
        if first is not None:
            given = (
                f"说明写“以上”“以下”的分数段含本数({'、'.join(closed)})"
                if closed
                else "各分数段按说明所写"
            )
            self.issues.append(
                make_issue("LEVEL_BY_BARE_SCORES", self.rel, self.grid.name, first[0],
                           field=head, value=first[1], other=said, given=given)
            )  # fmt: skip
        return True

    def _product_cells(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column (``风险值``, ``风险分值``) whose cells write the assessed factors and their
        product worked out ('3×3=9', '2*2=4', '可能性2×影响3=6', 'L3×S2=6', '6（2×3）', or the
        factors alone '3×2'), banded by a note ('风险值≥6为一级，3—5为二级，1—2为三级'): each point
        takes the band of its product (the factors' product; the number written after '=' only
        checked against it), said once at the heading (LEVEL_BY_PRODUCT_CELLS); a product written
        otherwise than the factors give ('3×2=5') keeps no level, with a warning at its cell
        (LEVEL_PRODUCT_MISCOUNTED), as does one in no band (LEVEL_SCORE_UNBANDED). Only where
        every filled cell so reads and the note gives two bands or more. True where read."""
        joined = "".join(words)
        if not any(ch in joined for ch in "×xX*＊·"):  # (cheap: most level columns write words)
            return False
        lc = t.roles.get("risk_level")
        if lc is None:
            return False
        got = {w: _PRODUCT_CELL.fullmatch(squeeze(w)) for w in words}
        if not all(got.values()):
            return False
        legend = self._legend
        if not legend:
            return False
        bands = _weighted_bands(legend, self.config.level)
        if len(bands) < 2:
            return False
        level: dict[str, str] = {}
        wrong: dict[str, str] = {}
        for w, m in got.items():
            assert m is not None
            chain = m.group("f") or m.group("f2")
            written = m.group("v") or m.group("v2")
            factors = [float(x) for x in _PRODUCT_NUMBER.findall(chain)]
            value = 1.0
            for f in factors:
                value *= f
            if written is not None and abs(float(written) - value) > 1e-9:
                wrong[w] = f"{value:g}"
                level[w] = ""
                continue
            level[w] = _band_of(value, bands)
        if not any(level.values()):
            return False
        head = squeeze((t.header[1] if t.header else {}).get(lc, ""))
        said = _said_bands(bands, "风险值")
        first = None
        for rr in rows:
            w = rr.risk_level.strip()
            if not w:
                continue
            at = cell_ref((rr.rows or {}).get("risk_level", rr.row), lc)
            first = first or (at, w)
            if level.get(w):
                rr.level_as = level[w]
                continue
            if w in wrong:
                self.issues.append(
                    make_issue("LEVEL_PRODUCT_MISCOUNTED", self.rel, self.grid.name, at, value=w,
                               other=wrong[w])
                )  # fmt: skip
            else:
                self.issues.append(
                    make_issue("LEVEL_SCORE_UNBANDED", self.rel, self.grid.name, at, value=w,
                               other=said)
                )  # fmt: skip
            rr.risk_level = ""
        if first is not None:
            self.issues.append(
                make_issue("LEVEL_BY_PRODUCT_CELLS", self.rel, self.grid.name, first[0],
                           field=head, value=first[1], other=said)
            )  # fmt: skip
        return True

    def _heading_key(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column of short codes (digits, letters) whose own heading keys each code to a
        level word in its brackets ('风险等级（1=低，2=中，3=高）', '风险等级（高3 中2 低1）',
        '风险级别(A—高 B—中 C—低)'), no note needed: each cell reads as the key says, even a digit
        that alone means another grade ('3' 一级 where 3=高), said once at the heading; a cell whose
        code the key lacks keeps no level, with a warning at it. Only where the key gives at least
        two codes a level each, different levels, and turns at least one code of the column from
        its usual reading ('（1高 2中 3低）' reads as before). True where read."""
        lc = t.roles.get("risk_level")
        if lc is None or not t.header:
            return False
        head = squeeze(t.header[1].get(lc, ""))
        if not ("等级" in head or "级别" in head or "风险程度" in head):
            return False
        m = _HEAD_KEY_BRACKETS.search(head)
        if not m or not all(_HEAD_KEY_CODE.fullmatch(w) for w in words):
            return False
        inside = m.group(1)
        # the key reads the way it starts: a code first ('1=低…'), or a word first ('高3 中2…')
        if re.match(r"\s*[0-9A-Za-z]", inside):
            pairs = [(a, b) for a, b in _HEAD_KEY_CODE_FIRST.findall(inside)]
        else:
            pairs = [(a, b) for b, a in _HEAD_KEY_WORD_FIRST.findall(inside)]
        level = self.config.level
        key: dict[str, str] = {}
        for code, word in pairs:
            lv = level(word) or level(word + "风险")
            if not lv or key.get(code.upper(), lv) != lv:
                return False  # (a word that is no level, or one code given two)
            key[code.upper()] = lv
        if len(key) < 2 or len(set(key.values())) < len(key):
            return False
        col = {w: key.get(w.upper().removesuffix("级").removesuffix("分")) for w in words}
        if not any(col.values()) or all(level(w) == lv for w, lv in col.items() if lv):
            return False  # (the key keeps the usual reading: nothing to turn round)
        for rr in rows:
            w = rr.risk_level.strip()
            if not w:
                continue
            if col.get(w):
                rr.level_as = col[w]
                continue
            at = (rr.rows or {}).get("risk_level", rr.row)
            self.issues.append(
                make_issue("LEVEL_HEADING_KEY_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(at, lc), value=w, field=m.group(1))
            )  # fmt: skip
            rr.risk_level = ""
        said = "、".join(f"{c}={lv}" for c, lv in sorted(key.items(), key=lambda x: (x[1], x[0])))
        self.issues.append(
            make_issue("LEVEL_BY_HEADING_KEY", self.rel, self.grid.name, cell_ref(t.row, lc),
                       field=t.header[1].get(lc, "").replace("\n", ""), value=said)
        )  # fmt: skip
        return True

    def _scale_by_note(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column of exactly three words that a note (or the level heading) lists in order
        as the table's scale ('注：风险等级分为特级、一级、二级三档，特级风险最高，一级次之，二级最低',
        '由高到低依次为甲级、乙级、丙级', 'A级最高…C级最低'): the words read Ⅰ/Ⅱ/Ⅲ级 in the note's order,
        even a word that alone means another grade ('一级' the middle of 特级/一级/二级), said once.
        Not a note listing other words, or the words in no order it says ('特级、一级、二级风险点均须
        制定措施'), nor one that keeps the usual meaning ('一级为最高风险'). True where read."""
        lc = t.roles.get("risk_level", t.first)
        head = squeeze(t.header[1].get(lc, "")) if t.header else ""
        text = "\n".join(filter(None, (head, self._legend)))
        if not text:
            return False
        # a letter grade is the same word with its 级 or without ('A' in the column, 'A级' in the
        # note, or the reverse): each word's pattern takes both (review 127g, finding 6)
        latin = {w: len(w) <= 2 and w[0].isascii() and w[0].isalpha() for w in words}
        bare = {w: w[0] if latin[w] and w[1:] in ("", "级") else w for w in words}
        sought = {w: re.escape(b) + ("级?" if latin[w] else "") for w, b in bare.items()}

        def word(said: str) -> str:  # (a matched text back to the column's word)
            return next((w for w, b in bare.items() if said in (w, b, b + "级")), said)

        if not all(re.search(x, text) for x in sought.values()):
            return self._scale_top_only(t, rows, words, text, head, lc)
        alt = "|".join(sorted(sought.values(), key=len, reverse=True))
        join = rf"(?:风险点|风险)?\s*[{_NOTE_SCALE_JOIN}]\s*"
        listed = re.compile(
            rf"(?<![{_NOTE_SCALE_JOIN}])({alt}){join}({alt}){join}({alt})(?!{join})"
        )
        orders = set()
        directed = False
        for clause in re.split(r"[。；;\n]", text):
            for m in listed.finditer(clause):
                got = tuple(map(word, m.groups()))
                said = _NOTE_SCALE_CUE.search(clause) or clause[: m.start()].rstrip().endswith("分")
                if len(set(got)) < 3 or not said or "分别" in clause[m.end() :]:
                    continue  # (a list not said to be the scale; '分管' is no '分为'; '红色、橙色、
                    # 黄色分别对应三级、二级、一级': each word paired with a level, no order)
                orders.add(got[::-1] if _NOTE_SCALE_UP.search(clause) else got)
                # an order the note states ('由高到低依次为…', '极高＞高＞中'), not only lists
                # ('分为低、中、高三档'); '由低到高排列' is the ROWS' order, no scale
                before = clause[: m.start()]
                if re.search(r"[>＞]", m.group(0)) or (
                    _NOTE_SCALE_DIRECTION.search(before) and not _NOTE_SCALE_ROWS.search(before)
                ):
                    directed = True
        # ('特级风险最高', '二级最低', '丙级为最轻'): the top and the bottom words a note names
        ends = re.findall(rf"({alt})(?:风险|等级)?的?(?:为|是)?(?:风险)?{_NOTE_SCALE_END}", text)
        top = {word(w) for w, end in ends if end in ("最高", "最重", "最严重", "最大")}
        bottom = {word(w) for w, end in ends if end in ("最低", "最轻", "最小")}
        if len(orders) > 1 or len(top) > 1 or len(bottom) > 1:
            return False  # (two orders: none clear)
        if orders:
            order = orders.pop()
            if order[-1] in top or order[0] in bottom:
                order = order[::-1]  # ('分二级、一级、特级三档，特级最高')
            if not top <= {order[0]} or not bottom <= {order[-1]}:
                return False
        elif top and bottom and top != bottom:
            order = (*top, *(words - top - bottom), *bottom)  # ('A级最高，C级最低': B between)
        else:
            return False
        names = ("Ⅰ级", "Ⅱ级", "Ⅲ级")
        scale = dict(zip(order, names, strict=True))
        level = self.config.level
        if all(level(w) == lv for w, lv in scale.items()):
            return False  # ('分为一级、二级、三级，一级最高': the usual meaning, nothing to say)
        if not (top or bottom or directed) and any(
            level(w) is not None and level(w) != lv for w, lv in scale.items()
        ):
            # a word whose meaning is plain (高/中/低, 重大/较大/一般, 一级/二级/三级) is never
            # re-graded by a list alone ('分为低、中、高三档', '三级、二级、一级风险点依次由…'):
            # only a note saying which end is the highest or the lowest moves it
            return False
        by = "表头" if head and all(w in head for w in words) else "表下说明"
        return self._note_scale(t, rows, scale, order, head, lc, by)

    def _levels_by_note(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """Level words the vocabulary knows (a four-step 安全生产 scale 重大/较大/一般/低风险, 高/中/低,
        A/B/C) that a note pairs each with one of the three levels ('注：…重大风险、较大风险按一级廉政
        风险管控，一般风险按二级…，低风险按三级…', 'A为二级'): read as the note says, with one info
        naming the note (``LEVEL_FOLDED_BY_NOTE``), only where EVERY word the column uses is paired
        and some word moves from its usual meaning. A note pairing some words only, one of them
        moved, leaves the column as before with a warning (``LEVEL_NOTE_MAPS_SOME``); a note that
        pairs none, pairs a word twice over, or only says the usual meaning is not read. True where
        read."""
        text = self._legend
        if not text or not re.search(r"[一二三123ⅠⅡⅢI]级", text):
            return False  # (most tables: the cheap test first)
        if any(re.fullmatch(r"[一二三四123ⅠⅡⅢ](?:级|级风险)?", w) for w in words):
            return False  # (grades already: '分为三级：一级为最低' pairs nothing)
        # a word with its 风险 or without ('较大风险' in the column, '较大' in the note, or the reverse)
        bare = {w: w.removesuffix("风险") or w for w in words}
        sought = sorted({x for w, b in bare.items() for x in (w, b)}, key=len, reverse=True)
        # (a word is one only standing apart, or before its 风险 or another word: the 中 of
        # '表中为一级风险的' or '其中列为一级的', the 一般 of '风险等级一般为二级' ('generally') pair none)
        alt = "|".join(
            rf"(?<![\u4e00-\u9fff]){x}|{x}(?=风险|等级|级别|{_NOTE_PAIR_JOIN})"
            for x in map(re.escape, sought)
        )
        item = rf"(?<![{_NOTE_PAIR_BEFORE}])(?:{alt})"
        pair = re.compile(rf"({item}(?:{_NOTE_PAIR_JOIN}{item})*){_NOTE_PAIR_VERB}")

        def word(said: str) -> str:
            return next((w for w, b in bare.items() if said in (w, b, b + "风险")), said)

        level = self.config.level
        paired: dict[str, set[str]] = {}
        notes: list[str] = []
        for clause in re.split(r"[。；;\n]", text):
            found = False
            for m in pair.finditer(clause):
                lv = _NOTE_PAIR_LEVEL[m.group(2)]
                for said in re.findall(item, m.group(1)):
                    paired.setdefault(word(said), set()).add(lv)
                    found = True
            if found and clause.strip() not in notes:
                notes.append(clause.strip())
        paired = {w: lvs for w, lvs in paired.items() if w in words}
        if not paired or any(len(lvs) > 1 for lvs in paired.values()):
            return False  # (none paired, or a word paired twice over: no clear reading)
        scale = {w: next(iter(lvs)) for w, lvs in paired.items()}
        if all(level(w) == lv for w, lv in scale.items()):
            return False  # ('高风险为一级风险': the usual meaning, nothing to say)
        lc = t.roles.get("risk_level", t.first)
        head = squeeze(t.header[1].get(lc, "")) if t.header else ""
        first = {w: i for i, w in reversed(list(enumerate(rr.risk_level.strip() for rr in rows)))}
        order = sorted(words, key=lambda w: (level(w), first.get(w, 0), w))
        note = "；".join(notes)
        cell = self._note_cell(notes[0][:12]) if notes else "表下"
        said = "、".join(f"{w}={scale[w]}" for w in order if w in scale)
        if set(scale) != words:
            missing = "、".join(w for w in order if w not in scale)
            self.issues.append(
                make_issue("LEVEL_NOTE_MAPS_SOME", self.rel, self.grid.name, cell,
                           field=head or "风险级别", words="、".join(order), note=note,
                           value=said, missing=missing)
            )  # fmt: skip
            return False
        for rr in rows:
            rr.level_as = scale.get(rr.risk_level.strip(), "")
        self.issues.append(
            make_issue("LEVEL_FOLDED_BY_NOTE", self.rel, self.grid.name, cell,
                       field=head or "风险级别", words="、".join(order), note=note, value=said)
        )  # fmt: skip
        return True

    def _scale_top_only(
        self, t: _Table, rows: list[RawRisk], words: set[str], text: str, head: str, lc: int
    ) -> bool:
        """Three grades of plain order (一级/二级/三级, Ⅰ/Ⅱ/Ⅲ级) that a note or the level heading
        names only one end of, against their usual meaning ('风险等级（三级为最高）', '注：三级最高'):
        the stated end decides (三级=Ⅰ, 二级=Ⅱ, 一级=Ⅲ), said once (``LEVEL_SCALE_BY_NOTE``).
        A stated end keeping the usual meaning, two ends, or other words: False (review 127g,
        finding 6)."""
        level = self.config.level
        usual = {w: level(w) for w in words}
        if (
            any(v not in ("Ⅰ级", "Ⅱ级", "Ⅲ级") for v in usual.values())
            or len(set(usual.values())) < 3
        ):
            return False
        alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        ends = re.findall(
            rf"(?<![一二三四五六七八九十\d])({alt})(?:风险|等级)?的?(?:为|是)?(?:风险)?{_NOTE_SCALE_END}",
            text,
        )
        top = {w for w, end in ends if end in ("最高", "最重", "最严重", "最大")}
        bottom = {w for w, end in ends if end in ("最低", "最轻", "最小")}
        order = sorted(words, key=lambda w: usual[w])  # (the usual order, Ⅰ级 first)
        if not (top or bottom) or len(top) > 1 or len(bottom) > 1:
            return False
        if not top <= {order[-1]} or not bottom <= {order[0]}:
            return False  # ('一级为最高': the usual meaning kept, or no end named plainly)
        order = order[::-1]
        scale = dict(zip(order, ("Ⅰ级", "Ⅱ级", "Ⅲ级"), strict=True))
        by = "表头" if head and (top | bottom) <= {w for w in words if w in head} else "表下说明"
        return self._note_scale(t, rows, scale, order, head, lc, by)

    def _note_scale(
        self,
        t: _Table,
        rows: list[RawRisk],
        scale: dict[str, str],
        order,
        head: str,
        lc: int,
        by: str,
    ) -> bool:
        """Give the rows the levels a note's (or the heading's) scale maps their words to, and say
        so once (``LEVEL_SCALE_BY_NOTE``): the end of ``_scale_by_note`` and ``_scale_top_only``."""
        for rr in rows:
            rr.level_as = scale.get(rr.risk_level.strip(), "")
        self.issues.append(
            make_issue("LEVEL_SCALE_BY_NOTE", self.rel, self.grid.name, cell_ref(t.row, lc),
                       field=head or "风险级别", words="、".join(order),
                       value="、".join(f"{w}={lv}" for w, lv in scale.items()), by=by)
        )  # fmt: skip
        return True

    def _colour_words(
        self, t: _Table, rows: list[RawRisk], words: set[str], said: dict[str, str]
    ) -> bool:
        """A level column written in warning colour WORDS ('预警等级 | 红色', '红色预警', '橙',
        '黄灯'), which no vocabulary knows: each colour a level, in the order a note or the
        heading gives ('注：…分红色、橙色、黄色三级，红色最高', '由低到高分为黄、橙、红', '红色为高风险'),
        else by the usual warning order (红 > 橙 > 黄 > 蓝; 红灯 > 黄灯 > 绿灯), said once. A fourth
        colour beyond the three levels ('蓝色' after 红橙黄) is the lowest, with a warning. Only
        where every level cell is such a word: colours in a point's text ('红色旅游') or a 备注
        ('红色标注为重点') and cell fills are not read here. True where the column was read."""
        if not any(w[0] in "红橙黄蓝绿" for w in words):
            return False  # (most tables: the cheap test first)
        # one '/' (no level) among the colours: the others read, that row as before
        marks = {w for w in words if w in _COLOUR_NO_LEVEL}
        if marks and sum(rr.risk_level.strip() in marks for rr in rows) == 1:
            words = words - marks
        bracket = {w: _COLOUR_BRACKET_LEVEL.fullmatch(w) for w in words}
        if all(bracket.values()):
            # '红色（高）': the bracket's level word is the level, whatever the colour
            scale = {w: self.config.level(m.group(2)) for w, m in bracket.items()}
            if all(scale.values()):
                lc = t.roles.get("risk_level", t.first)
                head = squeeze(t.header[1].get(lc, "")) if t.header else ""
                colour = {w: m.group(1) for w, m in bracket.items()}
                return self._colour_scale_read(
                    t, rows, colour, said, head, lc, scale, "括号", "", ""
                )
        colour = {}
        for w in words:
            m = WARNING_COLOUR_WORD.fullmatch(w)
            if not m:
                return False
            colour[w] = m.group(1)
        used = set(colour.values())
        lc = t.roles.get("risk_level", t.first)
        head = squeeze(t.header[1].get(lc, "")) if t.header else ""
        if len(used) < 2 and not any(k in head for k in ("等级", "级别", "程度", "预警")):
            return False  # (one colour under a heading not of levels: a mark, not a level)
        text = "\n".join(filter(None, (head, self._legend)))
        listed = ""
        for line in re.split(r"[。\n]", text):
            got = "".join(dict.fromkeys(_WARNING_COLOUR_LISTED.findall(line)))
            if len(got) >= 2 and used <= set(got) and len(got) > len(listed):
                listed = got[::-1] if re.search(r"低[到至]高", line) else got
        top, bottom = set(), set()
        for m in _WARNING_COLOUR_END.finditer(text):
            c, verb, end = m.groups()
            if verb or end[-1] != "级":
                (
                    top
                    if end in ("最高", "最严重", "最重", "高风险", "一级", "Ⅰ级", "1级")
                    else bottom
                ).add(c)
        pairs = _colour_level_pairs(text, self.config.level)
        if pairs is None:
            return False  # (a note pairing colours with levels inconsistently: no guess)
        if pairs and used <= set(pairs):
            # a note or the heading pairs each colour with its level ('Ⅰ级（黄色）'): it decides
            return self._colour_levels_said(t, rows, colour, said, head, lc, pairs)
        if self.own:
            # our own template's instructions define its levels: no usual order or ranking
            # there, only a note pairing each colour with its level (LEVEL_UNKNOWN as before)
            return False
        every = used | set(listed) | top | bottom  # ('红色为最高，黄色最低' over 红/橙 alone)
        if "绿" in every or any("灯" in w for w in words):
            if "蓝" in every:
                return False  # (蓝 among traffic lights: no usual order)
            usual = "红橙黄绿" if "橙" in every else "红黄绿"
        else:
            usual = "红橙黄蓝"
        if listed and (listed[-1] in top or listed[0] in bottom):
            listed = listed[::-1]  # ('分黄色、橙色、红色三级，红色最高')
        said_order = bool(top or bottom or re.search(r"高[到至]低|低[到至]高", text))
        fixed = not (listed and said_order)
        if not fixed:
            order, by = listed, "说明"
        else:
            # no order said: the usual one, unless a note's top or bottom says otherwise
            order = "".join(c for c in usual if c in every)
            if (top and order[0] not in top) or (bottom and order[-1] not in bottom):
                return False
            by = "说明" if said_order else "惯例"
        if not used <= set(order) or len(order) < 2:
            return False
        if fixed:
            # no order listed: each colour at its ONE place on the usual scale (红 Ⅰ, 橙 Ⅱ, 黄 Ⅲ,
            # a fourth 蓝 Ⅲ with a warning; 红灯 Ⅰ, 黄灯 Ⅱ, 绿灯 Ⅲ), whatever else is present
            # ('橙/黄/蓝' is Ⅱ/Ⅲ/Ⅲ, not Ⅰ/Ⅱ/Ⅲ); colours all on one level are not read
            # which scale: 橙 present, the programme's 红 > 橙 > 黄 (蓝/绿 a fourth, on Ⅲ); no 橙,
            # only a full three-colour light 红 > 黄 > 绿 (or 蓝) puts 黄 on Ⅱ; 黄 without 橙 in any
            # other set (红/黄, 黄/蓝) is Ⅱ on one scale and Ⅲ on the other: not read
            kinds = set(order)
            if "橙" not in kinds and len(kinds) == 3 and kinds in ({*"红黄绿"}, {*"红黄蓝"}):
                usual = "红黄" + (kinds - {"红", "黄"}).pop()
            elif "橙" not in kinds and "黄" in kinds:
                return False
            elif "橙" in kinds:
                usual = "红橙黄" + "".join(c for c in "蓝绿" if c in kinds)
            steps = {c: min(usual.index(c), 2) for c in order}
            if len({steps[c] for c in used}) < 2:
                return False
            fourth = "".join(c for c in order if usual.index(c) >= 3)
        elif len(order) == 2:  # two of the colours: their places on the usual scale ('红/黄': Ⅰ/Ⅲ)
            steps = {c: min(usual.index(c), 2) for c in order}
            if len(set(steps.values())) < 2 or steps[order[0]] > steps[order[1]]:
                return False
            fourth = ""
        else:
            steps = {c: min(i, 2) for i, c in enumerate(order)}
            fourth = order[3:]
        names = ("Ⅰ级", "Ⅱ级", "Ⅲ级")
        if any(names[steps[c]] != lv for c, lv in pairs.items() if c in steps):
            return False  # (a colour a note pairs with another level than the order gives)
        scale = {w: said.get(w) or names[steps[c]] for w, c in colour.items()}
        return self._colour_scale_read(t, rows, colour, said, head, lc, scale, by, usual, fourth)

    def _colour_levels_said(self, t, rows, colour, said, head, lc, pairs) -> bool:
        """Each colour at the level a note or the heading pairs it with ('Ⅰ级（黄色）')."""
        scale = {w: said.get(w) or pairs[c] for w, c in colour.items()}
        return self._colour_scale_read(t, rows, colour, said, head, lc, scale, "说明", "", "")

    def _colour_scale_read(self, t, rows, colour, said, head, lc, scale, by, usual, fourth) -> bool:
        """Put the colours' levels on the rows, with the info (and the fourth colour's warning)."""
        for rr in rows:
            rr.level_as = scale.get(rr.risk_level.strip(), "")
        first = {w: i for i, w in reversed(list(enumerate(rr.risk_level.strip() for rr in rows)))}
        value = "、".join(
            f"{w}={lv}" for w, lv in sorted(scale.items(), key=lambda x: (x[1], first.get(x[0], 0)))
        )
        field = head or "风险级别"
        how = (
            "各格括号内写明的等级"
            if by == "括号"
            else "表下说明或表头写明的顺序"
            if by == "说明"
            else f"通行的预警颜色顺序({'>'.join(usual)})"
        )
        at = cell_ref(t.row, lc)
        self.issues.append(
            make_issue("LEVEL_BY_COLOUR_WORD", self.rel, self.grid.name, at, field=field,
                       value=value, by=how)
        )  # fmt: skip
        extra = [w for w, c in colour.items() if c in fourth and w not in said]
        if extra:
            self.issues.append(
                make_issue("LEVEL_COLOUR_FOURTH", self.rel, self.grid.name, at, field=field,
                           value="、".join(sorted(extra)))
            )  # fmt: skip
        return True

    def _marked_points(self, t: _Table, rows: list[RawRisk]) -> None:
        """No level column, and a note defines marks put before the points ('风险点前标“★”的为
        一级风险点,标“☆”的为二级……,未标注的为三级') or after them ('风险点后标注①的为一级风险'):
        each marked point at its mark's level, the mark taken off its text; the unmarked at the
        level the note gives them."""
        if not rows or any(rr.risk_level for rr in rows):
            return
        legend = self._legend
        if not legend or not any(ch in legend for ch in _MARKS + _FOOTNOTES):
            return
        marks = {}
        for m in _MARK_DEFINED.finditer(legend):
            level = self.config.level(m.group(2))
            if level:
                marks.setdefault(m.group(1), level)
        for m in _MARKS_RESPECTIVELY.finditer(legend):  # '①、②、③的分别为一级、二级、三级'
            said = re.findall(rf"[{_MARKS}{_FOOTNOTES}]{{1,5}}", m.group(1))
            words = re.split(r"[、,，和及与\s]+", m.group(2).strip())
            levels = [self.config.level(w) for w in words if w]
            if len(said) == 1 and all(ch in _FOOTNOTES for ch in said[0]):
                said = list(said[0])  # ('①②③的分别为…': a footnote a character)
            if len(said) == len(levels) and all(levels):
                for k, lv in zip(said, levels, strict=True):
                    marks.setdefault(k, lv)

        def mark_of(text: str) -> tuple[str, bool]:
            """The mark before the point, else the one after it (and whether it is after)."""
            m = _MARK_RUN.match(text)
            if m and m.group(0) in marks:
                return m.group(0), False
            lines = [x for x in text.strip().split("\n") if x.strip()]
            if sum(bool(_MARK_TAIL.search(x.rstrip().rstrip("。；;，,"))) for x in lines) > 1:
                return "", False  # (a mark a line: several points, not one level)
            m = _MARK_TAIL.search(text.rstrip().rstrip("。；;，,"))
            return (m.group(0), True) if m else ("", False)

        if not marks:
            return
        if not any(mark_of(rr.risk_point)[0] in marks for rr in rows):
            self._marked_measures(t, rows, marks)  # '▲▲▲　项目公开招标…': the marks on the measures
            return
        plain = _UNMARKED.search(legend)
        unmarked = self.config.level(plain.group(1)) if plain else None
        for rr in rows:
            mark, after = mark_of(rr.risk_point)
            if mark in marks:
                text = rr.risk_point.rstrip()
                if after:
                    text = text.rstrip("。；;，,")
                rr.risk_point = (text[: -len(mark)] if after else text[len(mark) :]).strip()
                rr.risk_level = marks[mark]
            elif unmarked:
                rr.risk_level = unmarked
            rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
        said = "、".join(f"{k}={v}" for k, v in sorted(marks.items(), key=lambda x: x[1]))
        if unmarked:
            said += f"、未标注={unmarked}"
        c = t.roles["risk_point"]
        self.issues.append(
            make_issue("LEVEL_MARKS", self.rel, self.grid.name, cell_ref(t.row, c), value=said)
        )

    def _marked_measures(self, t: _Table, rows: list[RawRisk], marks: dict[str, str]) -> None:
        """No level column, no point marked, and the note's marks open the MEASURES cells instead
        ('▲▲▲　水利项目公开招标…' under '注：防控措施前“▲”的个数表示风险等级：▲▲▲为一级风险…'): each
        such row at its mark's level, the mark taken off the measures; the unmarked at the level the
        note gives them, else left blank. Only where most rows' measures open with a mark the note
        defines (at least two), and none with a run of marks it does not."""
        if "measures" not in t.roles:
            return
        opening = {}
        for i, rr in enumerate(rows):
            m = _MARK_RUN.match(rr.measures.strip())
            if m:
                opening[i] = m.group(0)
        hits = {i: k for i, k in opening.items() if k in marks}
        if len(hits) < 2 or len(hits) != len(opening) or 2 * len(hits) < len(rows):
            return
        plain = _UNMARKED.search(self._legend)
        unmarked = self.config.level(plain.group(1)) if plain else None
        for i, rr in enumerate(rows):
            if i in hits:
                rr.measures = rr.measures.strip()[len(hits[i]) :].strip()
                rr.risk_level = marks[hits[i]]
            elif unmarked:
                rr.risk_level = unmarked
            else:
                continue
            rr.cols = {**rr.cols, "risk_level": rr.cols.get("measures", rr.cols["risk_point"])}
        said = "、".join(f"{k}={v}" for k, v in sorted(marks.items(), key=lambda x: x[1]))
        if unmarked:
            said += f"、未标注={unmarked}"
        c = t.roles["measures"]
        self.issues.append(
            make_issue("LEVEL_MARKS_ON_MEASURES", self.rel, self.grid.name, cell_ref(t.row, c),
                       value=said, count=str(len(hits)))
        )  # fmt: skip

    def _type_marked_points(self, t: _Table, rows: list[RawRisk]) -> None:
        """No type column, and a note defines marks put before the points as types ('▲为思想道德
        风险，●为制度机制风险…'): each marked point takes its mark's type, the mark taken off its
        text. Only where every mark before a point is one the note defines (else nothing)."""
        if not rows or any(rr.risk_type for rr in rows):
            return
        legend = self._legend
        if not legend or not any(ch in legend for ch in _MARKS):
            return
        marks: dict[str, str] = {}
        for m in _MARK_TYPED.finditer(legend):
            known, unknown = self.config.types(m.group(2))
            if len(known) == 1 and not unknown:
                marks.setdefault(m.group(1), known[0])
        if len(marks) < 2:
            return

        def mark_of(text: str) -> str:
            """The type mark opening the point, after any other mark ('★▲…': ▲)."""
            m = _MARK_RUN.match(text)
            if not m:
                return ""
            run = m.group(0)
            return run if run in marks else next((ch for ch in run if ch in marks), "\x00")

        found = [(rr, mark_of(rr.risk_point)) for rr in rows]
        if not any(m for _rr, m in found) or any(m == "\x00" for _rr, m in found):
            return  # (a mark the note does not define: nothing read)
        for rr, mark in found:
            if mark:
                at = rr.risk_point.index(mark)
                rr.risk_point = (rr.risk_point[:at] + rr.risk_point[at + len(mark) :]).strip()
                rr.risk_type = marks[mark]
                rr.cols = {**rr.cols, "risk_type": rr.cols["risk_point"]}
        if all(m for _rr, m in found):  # (every point typed: its word that it gives none goes)
            at = cell_ref(t.row, t.first)
            self.issues = [
                i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)
            ]
        said = "、".join(f"{k}={v}" for k, v in marks.items())
        self.issues.append(
            make_issue("TYPE_MARKS", self.rel, self.grid.name, cell_ref(t.row, t.roles["risk_point"]),
                       value=said)
        )  # fmt: skip

    def _bar_levels(self, t: _Table, rows: list[RawRisk], words: set[str]) -> bool:
        """A level column of bars, filled marks padded with empty ones ('■■■■□' = 4 of 5, as
        a REPT formula prints them; '●●○○', '★★★☆☆'), and a note folding counts of the filled
        mark into levels ('注：■4—5个为一级风险，3个为二级风险，1—2个为三级风险'): each row's
        level is the note's for its count, said once. Only where every cell is a bar of one
        mark, the note names that mark and gives every count down the column a level (two levels
        at least); '★★★/★★/★', levels of their own, and bars no note counts read as before.
        True where read so."""
        level = self.config.level
        if all(level(w) is not None for w in words):
            return False  # ('★★★ | ★★ | ★': one grade a star, as the vocabulary knows)
        legend = self._legend
        counts: dict[str, int] = {}
        filled = ""
        bars = {w: "".join(w.split()) for w in words}  # ('■ ■ □ □ □': the bar, spaces out)
        blank = {w for w, b in bars.items() if not b.strip("□○☆△")}  # ('□□□□□': none filled)
        for w, bar in bars.items():
            if w in blank:
                continue
            m = _BAR_CELL.match(bar)
            if m is None or (filled and m.group(1) != filled):
                return False
            filled = m.group(1)
            if m.group(2).strip(_BAR_EMPTY_OF[filled]):
                return False  # ('■■○○': two kinds of mark, no bar)
            counts[w] = len(bar) - len(m.group(2))
        if not filled or any(bars[w].strip(_BAR_EMPTY_OF[filled]) for w in blank):
            return False  # (empty bars only, or of another mark's)
        if filled not in legend:
            return False  # (the note counts the column's own mark: '■4—5个', '3—4个●')
        widest = max(len(b) for b in bars.values())

        def number(x: str) -> int:
            return int(x) if x.isdecimal() else 2 if x == "两" else _BAR_NUMERALS.index(x) + 1

        by_count: dict[int, str] = {}
        for line in legend.splitlines():
            if filled not in line:
                continue
            for m in _BAR_COUNT_SAID.finditer(line):
                a = number(m.group(1))
                b = number(m.group(2)) if m.group(2) else a
                a, b = sorted((a, b))
                if m.group(3):  # '4个及以上', '2个以下'
                    up, inclusive = "上" in m.group(3), m.group(3).startswith("及")
                    a, b = (a + (not inclusive), widest) if up else (0, b - (not inclusive))
                lv = level(m.group(4)) or level(m.group(4) + "风险")
                if not lv:
                    return False
                for n in range(a, b + 1):
                    if by_count.setdefault(n, lv) != lv:
                        return False  # (one count, two levels: no fold)
        if len(set(by_count.values())) < 2 or not set(counts.values()) <= set(by_count):
            return False
        for w in blank:  # (a bar of no filled mark: its row's level unknown unless the note
            if 0 in by_count:  # counts none, '0个为低风险'; the other rows read)
                counts[w] = 0
        for rr in rows:
            w = rr.risk_level.strip()
            if w in counts:
                rr.level_as = by_count[counts[w]]
        said = "、".join(
            f"{w}={by_count[n]}" for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))
        )
        c = t.roles.get("risk_level", t.first)
        self.issues.append(
            make_issue("LEVEL_BY_MARK_COUNT", self.rel, self.grid.name, cell_ref(t.row, c),
                       value=said)
        )  # fmt: skip
        return True

    @cached_property
    def _legend(self) -> str:
        """The text where a table's words are defined: the sheet's notes (注:…, 说明:…), any line
        or heading that defines a level ('风险等级标识:红色—高风险;…', '风险等级(A级为高…)'),
        the sheet's comments, text boxes and drop-downs' input messages (a template's legend of
        its codes), its page header and footer where they define words, and the notes of the
        file's other sheets (a 填表说明)."""
        sh = self.sh
        out = []
        texts = list(map("".join, sh.rows))
        joined = "\n".join(texts)
        defines = _DEFINES.search(joined) is not None  # (most sheets: no row does)
        # ('风险等级：🔴高风险　🟡中风险　🟢低风险': marks glued to the levels they stand for)
        marked = _EMOJI_MARK.search(joined) is not None
        for r, text in enumerate(texts):
            if (
                # (a note has at most two filled cells: the cheap test before the row's kind)
                (len(sh.nonempty(r)) <= 2 and sh.kind(r) == "note")
                or (defines and _DEFINES.search(text))
                or (marked and len(_GLUED_MARK.findall(text)) >= 2)
            ):
                out.append(text)
        out.extend(self.grid.comments.values())  # (批注 on a header: '1—思想道德风险；…')
        out.extend(text for _r, _c, text in self.grid.shapes)  # (a 填表说明 in a text box)
        out.extend(text for _at, text in self.grid.prompts)  # (a drop-down's 输入信息: 'A—高风险…')
        # (the printed page header and footer: '风险等级代码：A—高风险；B—中风险；C—低风险')
        out.extend(
            t for t in (*self.grid.page_header, *self.grid.page_footer)
            if _DEFINES.search(t) or _CODE_KEY.search(t)
        )  # fmt: skip
        out.append(self.file_legend)
        return "\n".join(filter(None, out))

    def _legend_column(self, roles, col_role, rows, headings, h: int, depth: int) -> bool:
        """No level column, and a column under some other heading holds the words a legend on
        the sheet defines as levels ('风险线别' of 高压线 / 警戒线 / 斑马线): it is the level.
        True where the column is one a note (or its heading) says the levels are written in,
        in sentences ('风险等级在备注栏注明'): each row's level is the one its cell names."""
        legend = self._legend
        defined = self._legend_levels(legend) if legend else {}
        if not legend:
            return self._level_said_column(roles, col_role, rows, h, depth, legend)
        labels = self.sh.rows[max(h, h + depth - 1)]
        for c, role in col_role.items():
            # (a column the note names as the level's: '风险等级按审批层级确定', whatever its heading)
            named = c < len(labels) and len(k := squeeze(labels[c])) >= 2 and k in legend
            if role != "other" and not (named and role in ("tier", "department")):
                continue
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            if len(vals) < 2:
                continue
            if role != "other" or sum(v in defined for v in vals) < 0.8 * len(vals):
                if not self._values_defined(legend, vals):  # '由局党组监控的为一级风险'
                    continue
                for other in [k for k, x in roles.items() if x == c]:
                    del roles[other]
            roles["risk_level"] = c
            col_role[c] = "risk_level"
            at = max(h, h + depth - 1)
            self._guessed(h, c, at, "risk_level", "内容是表下说明定义的风险级别用语")
            return False
        if self._score_column(roles, col_role, rows, h, depth, legend):
            return False
        return self._level_said_column(roles, col_role, rows, h, depth, legend)

    def _score_column(self, roles, col_role, rows, h: int, depth: int, legend: str) -> bool:
        """No level column, and a column headed by a score's word alone (``分值``, ``得分``,
        ``评分``) holds each point's score as a bare whole number ('10', '8', '3'; some above 3),
        while a note — below the table, above it, or the title's bracket ('…一览表（≥8分为高，
        5-7分为中，4分及以下为低）') — bands those scores into levels in words the legend's pairs
        do not read as naming them ('分值＞7为高风险，4＜分值≤7为中风险…', '高风险≥8分…',
        '高风险：8分及以上；…'): the column is the level (each score then read by its band,
        ``_bare_scores``), said once at its heading (LEVEL_SCORE_COLUMN_BY_BANDS). Only where
        every score falls in exactly one band; a column no note bands keeps its points' levels
        blank (LEVEL_BLANK), as before. True where taken."""
        if self.grid.lacks("分值", "得分", "评分", "分数", "打分"):
            return False  # (a sheet with no score's word: one test)
        at = max(h, h + depth - 1)
        labels = self.sh.rows[at]
        for c, role in col_role.items():
            head = squeeze(labels[c]) if c < len(labels) else ""
            if role != "other" or not _PLAIN_SCORE_HEAD.match(head):
                continue
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            if len(vals) < 2 or not all(v.isdecimal() and len(v) <= 3 for v in vals):
                continue
            if not any(int(v) > 3 for v in vals):
                continue  # ('1/2/3': levels written as numbers, read as ever)
            bands, _closed = _closed_score_bands(_weighted_bands(legend, self.config.level))
            if len(bands) < 2 or not all(_band_of(float(v), bands) for v in vals):
                return False
            for other in [k for k, x in roles.items() if x == c]:
                del roles[other]
            roles["risk_level"] = c
            col_role[c] = "risk_level"
            self.issues.append(
                make_issue("LEVEL_SCORE_COLUMN_BY_BANDS", self.rel, self.grid.name, cell_ref(at, c),
                           field=labels[c].replace("\n", "").strip(), value=vals[0],
                           by=self._bands_said_where(h), other=_said_bands(bands, head))
            )  # fmt: skip
            return True
        return False

    def _bands_said_where(self, h: int) -> str:
        """Where a sheet's note banding scores stands, in words: the title (a row above header
        row ``h`` holding '分'), a line below the table, or the file's 填表说明."""
        for r, row in enumerate(self.sh.rows):
            text = "".join(row)
            if "分" in text and len(_weighted_bands(text, self.config.level)) >= 2:
                return "表格上方(标题或说明行)" if r < h else "表下说明"
        return "填表说明"

    def _level_said_column(self, roles, col_role, rows, h: int, depth: int, legend: str) -> bool:
        """No level column, and a note says the levels are written in a column of remarks
        ('注：各风险点的风险等级在备注栏注明', '级别在“说明”中注明'), or the column's heading says
        so ('备注（风险等级）'): that column is the level, each row's the one level its sentence
        names ('列为一级风险点，纳入重点监督'). Only where at least half its cells name exactly
        one level: a remark column a note does not point to reads as before."""
        at = max(h, h + depth - 1)
        labels = self.sh.rows[at]
        said = "等级" in legend or "级别" in legend
        for c, role in col_role.items():
            head = squeeze(labels[c]) if c < len(labels) else ""
            if role != "other" or len(head) < 2:
                continue
            if ("等级" in head or "级别" in head) and _LEVEL_IN_HEAD.match(head):
                note, by = head, "表头"
            elif said and (note := _note_on_column(legend, head)):
                by = f"说明“{note}”"
            else:
                continue
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            named = [self._level_named(v) for v in vals]
            if len(vals) < 2 or sum(map(bool, named)) * 2 < len(vals):
                continue  # (remarks that mostly name no one level: not the levels promised)
            for other in [k for k, x in roles.items() if x == c]:
                del roles[other]
            roles["risk_level"] = c
            col_role[c] = "risk_level"
            self.issues.append(
                make_issue("LEVEL_IN_REMARKS", self.rel, self.grid.name, cell_ref(at, c),
                           field=labels[c].replace("\n", "").strip(), value=note, by=by)
            )  # fmt: skip
            return True
        return False

    def _level_named(self, text: str) -> str:
        """The one level a remark's sentence names ('列为一级风险点，纳入重点监督' → '一级'),
        else '' (none, or two different ones: '原为二级，现调为一级')."""
        words = {
            w: lv for m in _LEVEL_NAMED.finditer(text) if (lv := self.config.level(w := m.group()))
        }
        return next(iter(words)) if len(set(words.values())) == 1 else ""

    def _values_defined(self, legend: str, vals: list[str]) -> dict[str, str]:
        """A note that gives a column's few values a level each, in words of its own ('由局党组
        监控的为一级风险，由分管局领导监控的为二级风险…'): value → level, where every value of
        the column is given a different one, else {}."""
        kinds = sorted(set(vals))
        if not 2 <= len(kinds) <= 4 or any(len(v) > 12 or self.config.level(v) for v in kinds):
            return {}  # (level words a legend defines: ``_legend_levels``)
        # (nor a sentence on the posts' own grade: '岗位风险等级按岗位类别确定：局领导岗位为一级…')
        legend = _level_sentences(legend, posts_too=False)
        out: dict[str, str] = {}
        clauses = [x for x in re.split(r"[，,；;。\n]", legend) if x.strip()]
        for v in kinds:
            m = re.search(re.escape(v) + _GIVEN_LEVEL, legend)
            level = self.config.level(m.group(1)) if m else None
            if not level:
                # '一级风险点每月监控一次，二级风险点每季度监控一次…': the level first, then the
                # value, one of each in a clause
                said = {
                    lv
                    for x in clauses
                    if v in x and sum(o in x for o in kinds) == 1
                    for w in re.findall(_LEVEL_SAID, x)
                    if (lv := self.config.level(w))
                }
                level = said.pop() if len(said) == 1 else None
            if not level:
                return {}
            out[v] = level
        return out if len(set(out.values())) == len(out) else {}

    def _key_pairs(self, words: set[str], lc: int | None = None) -> str:
        """A key box anywhere on the sheet pairing each of the level column's words with a level
        ('标识 | 含义' over '红色 | 一级（高）风险'): its pairs as legend sentences ('红色为一级（高）风险')."""
        words = {w for w in words if self.config.level(w) is None}  # (only words it lacks)
        if not words:
            return ""
        out = []
        for row in self.sh.rows:
            for c, v in enumerate(row[:-1]):
                if v and c != lc and v.strip() in words:
                    means = row[c + 1].strip()
                    if means in words:
                        continue  # ('红色 | 橙色': two of the words, side by side)
                    bare = re.sub(r"[(（][^()（）]*[)）]", "", means)
                    if means and (self.config.level(means) or self.config.level(bare)):
                        out.append(f"{v.strip()}为{means}。")
        return "\n".join(dict.fromkeys(out))

    def _legend_levels(self, legend: str, bands: bool = True) -> dict[str, str]:
        """Level words a legend defines: 'A为高风险,B为中风险,C为低风险' → A=Ⅰ级, B=Ⅱ级, C=Ⅲ级.
        The defining words are read as a configured three-step scale when they are one. Read
        once per legend: a round's files print the same 填表说明."""
        known = self.config.__dict__.setdefault("_legend_levels", {})
        key = (legend, bands)
        if key not in known:
            if len(known) > 4096:
                known.clear()
            known[key] = self._read_legend_levels(legend, bands)
        return dict(known[key])

    def _read_legend_levels(self, legend: str, bands: bool) -> dict[str, str]:
        legend = _level_sentences(legend)
        ordered = []  # '由高到低分为A、B、C三个等级': the steps by their order
        for m in _ordered_re().finditer(legend):
            steps = ("高", "中", "低") if m.group(1) == "高" else ("低", "中", "高")
            words = [w.strip("“”\"「」‘’'") for w in m.group(2, 3, 4)]
            ordered += list(zip(words, steps, strict=True))
        legend = _listed_re().sub("。", legend)  # '分A级、B级、C级,' lists the steps, defines none
        legend = _HOW_MANY.sub("。", legend)  # '分为三级:' counts the steps, defines none
        pairs = [
            (word, means)
            for said, means in _legend_pair_re().findall(legend)
            if bands or not (_LEGEND_BAND.search(said) or _LEGEND_OPEN.search(said))
            for word in _legend_words(said)
        ]
        if not pairs:
            pairs = ordered
        if not pairs and _MARK_CHARS.search(legend):
            # '🔴高风险　🟡中风险　🟢低风险': a mark, then the level it stands for, no verb
            pairs = _GLUED_MARK.findall(legend)
            if len({w for w, _x in pairs}) < len(pairs):
                pairs = []  # (one mark for two levels: no legend)
        if len(pairs) < 2:
            return {}
        meant = {w for _x, w in pairs}
        scale = self.config.scale_of(meant) if len(meant) == 3 else None
        out: dict[str, str] = {}
        for word, means in pairs:
            means = {"最高": "高", "最低": "低"}.get(means, means)
            level = (scale or {}).get(means) or self.config.level(means)
            if not level:
                continue
            # the table may write 'A级' for the legend's 'A', '红色' for its '红'
            if word[-1] in "级色灯":
                alike = (word[:-1], word[:-1] + "色", word[:-1] + "灯")
            else:
                alike = (word + "级", word + "色", word + "灯")
            for w in (word, *alike):
                out.setdefault(w, level)
        return out

    def _type_initials(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column of one character a cell, each in the name of one type only ('思',
        '制', '岗', '流'; no key needed where none could be meant otherwise): each the type
        whose name holds it, said once with the reading."""
        read = self.config.type_initials([rr.risk_type for rr in rows])
        if not read:
            return
        for rr in rows:
            rr.risk_type = read.get(rr.risk_type.strip(), rr.risk_type)
        order = self.config.risk_types.canonical
        said = "、".join(
            f"{c}={read[c]}" for c in sorted(read, key=lambda c: (order.index(read[c]), c))
        )
        self.issues.append(
            make_issue("TYPE_BY_INITIAL", self.rel, self.grid.name,
                       cell_ref(t.row, t.roles["risk_type"]), value=said)
        )  # fmt: skip

    def _factor_columns(self, labels: dict[int, str], rows, roles: dict[str, int]) -> list[int]:
        """Two columns headed as a likelihood and an impact, scored 1–3 (3 the most) or 高/中/低,
        where no column is headed as the level (one may have been guessed the level by its
        contents): [likelihood, impact], else []."""
        lc = roles.get("risk_level")
        if lc is not None and _LIKELIHOOD.search(squeeze(labels.get(lc, ""))) is None:
            return []  # a level column of its own
        like = [
            c
            for c, k in labels.items()
            if _LIKELIHOOD.search(squeeze(k)) and not _IMPACT.search(squeeze(k))
        ]
        hurt = [
            c
            for c, k in labels.items()
            if _IMPACT.search(squeeze(k)) and not _LIKELIHOOD.search(squeeze(k))
        ]
        if len(like) != 1 or len(hurt) != 1 or abs(like[0] - hurt[0]) != 1:
            return []
        cells = [r_[c].strip() for r_ in rows for c in (like[0], hurt[0]) if c < len(r_)]
        return [like[0], hurt[0]] if self._factor_cells([v for v in cells if v]) else []

    def _factor_cells(self, cells: list[str]) -> bool:
        """A likelihood's and an impact's cells: all scores of 1–3, or all level words (高/中/低);
        a scale of five ('1'–'5') bands otherwise and is left as it is."""
        return bool(cells) and (
            all(v in ("1", "2", "3") for v in cells)
            or all(not v.isdigit() and self.config.level(v) for v in cells)
        )

    def _matrix_level(self, row: list[str], cols: list[int]) -> str:
        """The level a likelihood and an impact make, each 高/中/低 or a score of 1–3 (3 the most):
        their product on 3/2/1, 6 and over 一级, 3–4 二级, else 三级 (the usual 3×3 matrix,
        ``_product_level``); '' unless both are given."""
        got = [
            int(v) if v in ("1", "2", "3") else _LEVEL_SCORE.get(self.config.level(v), 0)
            for v in (row[c].strip() if c < len(row) else "" for c in cols)
        ]
        if not all(got):
            return ""
        grid = self._printed_level_grid
        if grid:  # a grid printed on the sheet says what each pair makes
            said = grid.get((_SCORE_LEVEL[got[0]], _SCORE_LEVEL[got[1]]))
            if said:
                return said
        return _product_level(got[0] * got[1], 3)

    def _level_scores(
        self, h: int, depth: int, headings: dict[int, Heading | None], labels: dict[int, str], rows
    ) -> _Scores | None:
        """Columns of the factors whose product grades a point (``L | E | C`` under a merged
        风险评价（LEC法）, ``可能性(L) | 严重性(S)`` scored 1–5), maybe their product's (``D``), where
        no other column is headed as the level: the columns and the note's bands of the product.
        None where there are none, where two factors of 1–3 or 高/中/低 make the usual matrix
        (``_factor_columns``), and where a product column is there but no note bands it (that
        column reads as before). Factors whose headings (or a row under them) carry their
        weights ('发生概率（权重40%）', '可能性×0.5') are scored by their weighted SUM instead,
        banded by the note's score bands (``_weighted_factors``)."""
        sh = self.sh
        bottom = sh.rows[h + depth - 1]
        cols = range(min(headings), max(len(bottom), max(headings) + 1))

        def text(x: int) -> str:
            v = bottom[x] if x < len(bottom) else ""
            return squeeze(v if v.strip() else labels.get(x, ""))

        raters = self._rater_scores(h, depth, headings, rows, cols, text)
        if raters is not None:
            return raters or None  # (a run of raters' scores without a note: as before)
        weighted = self._weighted_factors(h, depth, cols)
        if weighted is not None:
            got = self._weighted_scores(h, depth, headings, rows, cols, *weighted)
            if got is not None:
                return got  # (else read as before)

        kinds = {x: k for x in cols if (k := _factor_kind(text(x)))}
        if len(kinds) < 2:
            return self._amount_scores(h, depth, headings, rows, cols, text)
        # three side by side naming L, E and C; or two naming L and C (S), no third beside them
        run = None
        for x in sorted(kinds):
            if x - 1 in kinds:
                continue  # (a run is taken from its first column)
            n = next(k for k in range(x, x + len(kinds) + 1) if k not in kinds) - x
            named = [kinds[k] for k in range(x, x + n)]
            if sorted(named) in (["C", "E", "L"], ["C", "L"]):
                run = list(range(x, x + n))
                break
        if run is None:
            return None
        after = run[-1] + 1
        total = after if after in cols and _PRODUCT_HEAD.search(text(after)) else None
        taken = {*run, total}
        hs = max(h, h + depth - 2)
        for c, x in headings.items():
            if c in taken or (c <= run[0] and sh.span_end(hs, c) >= run[-1]):
                continue  # (风险评价（LEC法） over them)
            if x is not None and x.role == "risk_level" and x.strength >= 2:
                return None  # a level column of its own: the factors are its workings
        for x in cols:
            said = heading_role(label_key(text(x))) if x not in taken and depth > 1 else None
            if said is not None and said.role == "risk_level" and said.strength >= 2:
                return None  # (风险等级 under 风险评估 beside them)
        cells = [row[c].strip() for row in rows for c in run if c < len(row) and row[c].strip()]
        if not cells or not all(_NUMBER.fullmatch(v) for v in cells):
            return None
        if len(run) == 2 and self._factor_cells(cells):
            return None  # (1–3 each: the usual 3×3 matrix reads them)
        bands = _product_bands(self._legend, self.config.level)
        if total is not None and not bands:
            return None
        return _Scores(
            run, total, bands, [text(c) for c in run], text(total) if total is not None else ""
        )

    def _amount_scores(self, h, depth, headings, rows, cols, text) -> _Scores | None:
        """One column of an amount ('涉及资金（万元）' | '186', '12.8万') graded by a note's bands of
        that amount ('50万元（含）以上的为一级风险，10万元（含）至50万元之间的为二级风险，10万元以下
        的为三级风险'), no level column of its own: its ``_Scores`` (``combine`` "amount"). None
        where there is no such column (the cheap test first: a quantity's heading), no note bands
        it with its units or words, or a column is headed as the level (the amount is data)."""
        found = [
            x
            for x in cols
            if (t := text(x)) and _AMOUNT_HEAD.search(t) and not _AMOUNT_NOT.search(t)
        ]
        if len(found) != 1:
            return None  # (most tables: no amount named, or two: which grades is unsaid)
        c = found[0]
        if any(
            x is not None and x.role == "risk_level" and x.strength >= 2 for x in headings.values()
        ):
            return None  # a level column of its own: the amount is data
        head = text(c)
        unit = _amount_unit(head)
        filled = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        numbers = [v for v in filled if _amount_value(v, unit, "") is not None]
        if len(numbers) < 2 or len(numbers) * 4 < len(filled) * 3:
            return None  # (words, ticks or dates under it: not amounts)
        bands, note_unit, note = _amount_bands(self._legend, head, self.config.level)
        if not bands:
            return None
        return _Scores([c], None, bands, [head], "", (), "amount", note, units=(unit, note_unit))

    def _rater_scores(self, h, depth, headings, rows, cols, text) -> _Scores | bool | None:
        """Several raters' (or rounds') scores of each point side by side, headed by who rated
        ('本人自评 | 股室评议 | 局党组评定' under a merged '风险评议得分（10分制）', '评分人1 | 评分人2'),
        graded by a note on their mean or sum ('…三项得分的平均分确定：平均分8分及以上为一级风险，
        6分（含）至8分为二级风险，6分以下为三级风险'): their ``_Scores`` (``combine`` set; a
        printed mean or sum right after them, or a level column of their own, its ``total``).
        None where there is no such run (the cheap test first: two rater headings in the
        header's last row) or a cell is a weight; False where the note names no mean/sum or no
        bands and no level column is there (an info: the scores were not used; read as before)."""
        sh = self.sh
        b = h + depth - 1
        bottom = sh.rows[b]
        said = "".join(bottom[x] for x in cols if x < len(bottom))
        if said.count("评") + said.count("打分") + said.count("测") < 2:
            return None  # (most tables)
        heads = {x: t for x in cols if (t := text(x)) and len(t) <= 10 and _RATER_HEAD.search(t)}
        run: list[int] = []
        for x in sorted(heads):
            if run and x == run[-1] + 1:
                run.append(x)
            elif len(run) < 2:
                run = [x]
        if len(run) < 2 or _WEIGHT_HINT.search("".join(heads[x] for x in run)):
            return None  # ('自评（30%）': weighted, read by ``_weighted_factors``)
        filled = [row[c].strip() for row in rows for c in run if c < len(row) and row[c].strip()]
        numbers = [v for v in filled if _rater_number(v) is not None]
        whole = [
            row
            for row in rows
            if all(c < len(row) and _rater_number(row[c]) is not None for c in run)
        ]
        if len(whole) < 2 or len(numbers) * 4 < len(filled) * 3:
            return None  # (ticks, words or notes under them: not scores)
        after = run[-1] + 1
        tops = (sh.rows[r][after] if after < len(sh.rows[r]) else "" for r in range(b, h - 1, -1))
        head = next((squeeze(v) for v in tops if v.strip()), "") if after in cols else ""
        total = after if head and _RATER_TOTAL.search(head) else None
        kept = None
        for c, x in headings.items():
            if (
                c in run
                or c == total
                or (c <= run[0] and any(sh.span_end(r, c) >= run[-1] for r in range(h, b + 1)))
            ):
                continue  # ('风险评议得分（10分制）' over them)
            if x is not None and x.role == "risk_level" and x.strength >= 2:
                kept = c  # a level column of its own: kept, checked against the note
        names = [heads[x] for x in run]
        how, note = _rater_note(self._legend)
        basis = _rater_basis(self._legend, names)
        if basis is not None:  # ('以局党组评定分值为准'): that column graded, the others data
            how, note = "one", basis[1]
        bands = _rater_bands(self._legend, self.config.level) if how else ()
        if not bands:
            if kept is None:
                at = cell_ref(b, run[0])
                self.issues.append(
                    make_issue("LEVEL_RATER_SCORES_UNUSED", self.rel, self.grid.name, at,
                               value="“" + "”“".join(names) + "”")
                )  # fmt: skip
                return False
            return None  # (the level column reads as before)
        if kept is not None:
            total = kept
            head = text(kept)
        return _Scores(
            run, total, bands, names, head if total is not None else "", (), how, note,
            basis[0] if basis is not None else -1,
        )  # fmt: skip

    def _weighted_factors(
        self, h: int, depth: int, cols: range
    ) -> tuple[list[int], list[str], list[float]] | None:
        """Two or more factor columns side by side whose headings carry their weights
        ('发生概率（权重40%）' | '危害程度（权重35%）' | '社会影响（权重25%）', '可能性×0.5'), or whose
        names stand over a row of weights ('发生可能性 | 失控程度' over '40% | 60%', ``_weights_row``):
        (columns, names, weights in percent); None where there is no such run (the cheap test
        first: a weight needs a digit and '%', '×' or '权重' in the header's last row). One of the
        factors names a likelihood or an impact, or a heading over them a risk's 评估/评价: a
        table of an appraisal's weights (考核权重 of 自评 | 互评) is no factor table."""
        sh = self.sh
        b = h + depth - 1
        bottom = sh.rows[b]
        said = "".join(bottom[x] for x in cols if x < len(bottom))
        if not any(ch.isdigit() for ch in said) or not _WEIGHT_HINT.search(said):
            return None
        in_row = depth > 1 and self._weights_row(b) is not None
        got: dict[int, tuple[str, float]] = {}
        for x in cols:
            v = squeeze(bottom[x]) if x < len(bottom) else ""
            if not v:
                continue
            if in_row:
                w = _weight_cell(v)
                above = squeeze(sh.rows[b - 1][x]) if x < len(sh.rows[b - 1]) else ""
                if w is not None and above and len(above) <= 12:
                    got[x] = (above, w)
            elif (named := _weight_in_heading(v)) is not None:
                got[x] = named
        run: list[int] = []
        for x in sorted(got):
            if run and x == run[-1] + 1:
                run.append(x)
            elif len(run) < 2:
                run = [x]
        if len(run) < 2:
            return None
        names = [got[x][0] for x in run]
        factorish = any(_LIKELIHOOD.search(n) or _IMPACT.search(n) for n in names)
        if not factorish:
            over = "".join(
                sh.rows[r][run[0]] for r in range(h, b) if run[0] < len(sh.rows[r])
            )  # ('风险评估（1—5分）' merged over them)
            if not _WEIGHTED_OVER.search(squeeze(over)):
                return None
        return run, names, [got[x][1] for x in run]

    def _weights_row(self, r: int) -> list[float] | None:
        """The weights in row ``r`` where it is a row of weights and nothing else ('权重 | 40% |
        40% | 20%', '0.5 | 0.3 | 0.2'): at least two, each a percent, a decimal under 1 or a
        '权重…', beside a '权重' label or making 100% together; else None."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cells = [squeeze(sh.rows[r][c]) for c in sh.nonempty(r)]
        if len(cells) < 2 or any(len(v) > 8 for v in cells):
            return None  # (the cheap test: a row of short cells)
        label = [v for v in cells if _WEIGHT_LABEL.fullmatch(v)]
        said = [w for v in cells if (w := _weight_cell(v)) is not None]
        if len(said) < 2 or len(said) + len(label) != len(cells) or len(label) > 1:
            return None
        # (a row of rates under a header is data: without the label, the weights make 100%)
        return said if label or abs(sum(said) - 100) <= 1 else None

    @cached_property
    def _factor_steps(self) -> dict[int, dict[int, tuple[str, str]]]:
        """A header's first row → its factors' tick columns (``_factor_steps_row_under``)."""
        return {}

    def _factor_steps_row_under(self, top: int, depth: int) -> int:
        """1 where the row under a header holds the steps of its factors ('发生概率 | 影响程度 |
        可控程度', each merged over '高 | 中 | 低'), the rows below ticking one step of each, and a
        note counts them into a level ('…为高…为低的，各计一项；有两项及以上的为一级风险…'): a
        header row, not data; the columns are kept for the level (``_factor_steps``). 0 else:
        without such a note the row is read as before (nothing guessed)."""
        sh = self.sh
        b = top + depth
        if depth < 1 or b >= len(sh.rows):
            return 0
        row = sh.rows[b]
        cols = sh.nonempty(b)
        if len(cols) < 4 or any(row[c].strip() not in _STEPS for c in cols):
            return 0  # (the cheap test: a row of 高 | 中 | 低 only)
        a = b - 1
        merged = self.grid.merged_into
        groups: dict[int, list[int]] = {}
        for c in cols:
            groups.setdefault(merged.get((a, c), (a, c))[1], []).append(c)
        if len(groups) < 2:
            return 0
        names: list[str] = []
        steps_seen = None
        for s0, run in groups.items():
            head = squeeze(sh.rows[a][s0]) if s0 < len(sh.rows[a]) else ""
            steps = tuple(row[c].strip() for c in run)
            if (
                not _FACTOR_HEAD.search(head)
                or len(head) > 8
                or run != list(range(s0, sh.span_end(a, s0) + 1))
                or len(set(steps)) != len(steps)
                or len(steps) < 2
                or (steps_seen is not None and steps != steps_seen)
            ):
                return 0
            steps_seen = steps
            names.append(head)
        rule = factor_count_rule(self._legend, names, self.config.level)
        if rule is None:
            return 0
        self._factor_rules[top] = rule
        self._factor_steps[top] = {
            c: (squeeze(sh.rows[a][s0]), row[c].strip()) for s0, run in groups.items() for c in run
        }
        return 1

    def _factor_words(
        self, h: int, labels: dict[int, str], rows, roles: dict[str, int]
    ) -> dict[int, tuple[str, str]]:
        """Two or more columns side by side headed as factors ('发生可能性 | 影响程度 | 可控程度'),
        each holding ONE WORD 高/中/低 a row (no tick sub-columns), where no other column is
        headed as the level and a note counts them into a level ('两项及以上为高的为一级风险，一项为
        高的为二级风险，其余为三级风险'): {column: (factor, '')}, the word in the cell the factor's
        step (``_factor_steps_level``); {} else (the columns read as before, nothing guessed)."""
        lc = roles.get("risk_level")
        if lc is not None and _FACTOR_HEAD.search(squeeze(labels.get(lc, ""))) is None:
            return {}  # a level column of its own
        cols = sorted(
            c
            for c, k in labels.items()
            if _FACTOR_HEAD.search(squeeze(k)) and len(squeeze(k)) <= 8 and "等级" not in k
        )
        if len(cols) < 2 or cols[-1] - cols[0] != len(cols) - 1:
            return {}
        legend = self._legend  # (after the headings: the legend reads the sheet's parts)
        if "项" not in legend:
            return {}  # a note that counts
        for c in cols:
            cells = [r_[c].strip() for r_ in rows if c < len(r_) and r_[c].strip()]
            if not cells or any(v not in _STEPS for v in cells):
                return {}
        names = [squeeze(labels[c]) for c in cols]
        rule = factor_count_rule(legend, names, self.config.level)
        if rule is None:
            return {}
        steps = {c: (squeeze(labels[c]), "") for c in cols}
        self._factor_rules[h] = rule
        self._factor_steps[h] = steps
        return steps

    @cached_property
    def _factor_rules(self) -> dict[int, tuple[dict[str, str], dict[int, str]]]:
        """A header's first row → its note's rule (``factor_count_rule``)."""
        return {}

    def _factor_steps_said(
        self, h: int, depth: int, c: int, steps: dict[int, tuple[str, str]]
    ) -> None:
        """The one info of a table leveled by its factors' ticks counted by the note."""
        counted, bands = self._factor_rules[h]
        words = all(not s for _f, s in steps.values())  # (one word a factor, no ticks)
        self.issues.append(
            make_issue(
                "LEVEL_BY_FACTOR_WORDS" if words else "LEVEL_BY_FACTOR_STEPS",
                self.rel,
                self.grid.name,
                cell_ref(h, c),
                field="、".join(f"“{f}”" for f in dict.fromkeys(f for f, _s in steps.values())),
                value="、".join(f"{f}为{s}" for f, s in counted.items()),
                note="，".join(f"{n}项为{lv}" for n, lv in sorted(bands.items())),
            )
        )

    def _factor_steps_level(self, r: int, row: list[str], steps: dict[int, tuple[str, str]]) -> str:
        """A row's level by its factors' ticks and the note's count; '' with a warning where a
        factor has no tick or two, or the note gives the count no level."""
        rule = next(
            (v for k, v in self._factor_rules.items() if self._factor_steps.get(k) == steps), None
        )
        if rule is None:
            return ""
        counted, bands = rule
        said: dict[str, list[str]] = {}
        for c, (factor, step) in steps.items():
            said.setdefault(factor, [])
            if not step:  # (one word a factor: the cell's 高/中/低 is its step)
                v = row[c].strip() if c < len(row) else ""
                said[factor] += [v] if v in _STEPS else []
            elif (
                c < len(row)
                and _step_ticked(row[c].strip())
                and row[c].strip() not in _STEPS - {step}
            ):
                said[factor].append(step)
        first = min(steps)
        if any(len(v) != 1 for v in said.values()):
            bad = next(f for f, v in said.items() if len(v) != 1)
            self.issues.append(
                make_issue("LEVEL_FACTOR_STEPS_UNREAD", self.rel, self.grid.name, cell_ref(r, first),
                           field=bad, value="、".join(said[bad]) or "未选")
            )  # fmt: skip
            return ""
        n = sum(1 for f, v in said.items() if counted.get(f) == v[0])
        level = bands.get(n, "")
        if not level:
            self.issues.append(
                make_issue("LEVEL_FACTOR_STEPS_UNREAD", self.rel, self.grid.name, cell_ref(r, first),
                           field="、".join(said), value=f"计{n}项")
            )  # fmt: skip
        return level

    def _weights_row_under(self, top: int, depth: int) -> int:
        """1 where the row under a header is its factors' weights ('发生可能性 | 失控程度 |
        群众关注度' over '权重 | 40% | 40% | 20%'): a header row, not data."""
        b = top + depth
        if b >= len(self.sh.rows) or depth < 1:
            return 0
        row = self.sh.rows[b]
        if not any(("%" in v or "％" in v or "权" in v or "0." in v) for v in row if v):
            return 0  # (the cheap test)
        return int(self._weights_row(b) is not None)

    def _weighted_scores(
        self,
        h: int,
        depth: int,
        headings: dict[int, Heading | None],
        rows,
        cols: range,
        run: list[int],
        names: list[str],
        weights: list[float],
    ) -> _Scores | None:
        """The weighted factors' ``_Scores``: their columns, a printed total's ('综合得分') right
        after them, the note's bands of the score (``_weighted_bands``) where the weights make
        100% (±1; else none: a warning, no level made up). None where a column of its own is
        headed as the level (the factors are its workings) or a factor's cell is no number."""
        sh = self.sh
        after = run[-1] + 1
        heads = (
            sh.rows[r][after] if after < len(sh.rows[r]) else ""
            for r in range(h + depth - 1, h - 1, -1)
        )
        head = next((squeeze(v) for v in heads if v.strip()), "") if after in cols else ""
        total = after if after in cols and head and _WEIGHTED_TOTAL.search(head) else None
        taken = {*run, total}
        for c, x in headings.items():
            if c in taken or (
                c <= run[0] and any(sh.span_end(r, c) >= run[-1] for r in range(h, h + depth))
            ):
                continue  # (风险评估（1—5分） over them)
            if x is not None and x.role == "risk_level" and x.strength >= 2:
                return None  # a level column of its own: the factors are its workings
        cells = [row[c].strip() for row in rows for c in run if c < len(row) and row[c].strip()]
        if not cells or not all(_NUMBER.fullmatch(v) for v in cells):
            return None
        unsummed = abs(sum(weights) - 100) > 1  # (said by ``_scores_said``)
        bands = () if unsummed else _weighted_bands(self._legend, self.config.level)
        return _Scores(run, total, bands, names, head if total is not None else "", tuple(weights))

    def _scores_said(self, h: int, depth: int, scores: _Scores) -> None:
        """The one issue of a table graded by its factors: an info naming the bands read, or a
        warning that no note bands their product (no level is made up)."""
        at = cell_ref(h + depth - 1, scores.cols[0])
        names = "“" + "”“".join(scores.names) + "”"
        if scores.combine == "amount":  # '涉及资金（万元）' banded by the note
            self.issues.append(
                make_issue("LEVEL_BY_AMOUNT_BANDS", self.rel, self.grid.name, at,
                           field=scores.names[0], note=scores.note,
                           value=_said_bands(scores.bands, f"数额（{scores.units[1]}）" if scores.units[1] else "数额"))
            )  # fmt: skip
            return
        if scores.combine:  # raters' scores: one info, unless a level column of its own reads
            if scores.combine == "one" and (scores.total is None or not self._level_kept(scores)):
                self.issues.append(
                    make_issue("LEVEL_BY_RATER_SCORE", self.rel, self.grid.name, at,
                               field=scores.names[scores.basis], names=names, note=scores.note,
                               value=_said_bands(scores.bands, "分值"))
                )  # fmt: skip
                return
            if scores.total is None or not self._level_kept(scores):
                how = "平均分" if scores.combine == "mean" else "合计"
                self.issues.append(
                    make_issue("LEVEL_BY_MEAN_SCORE", self.rel, self.grid.name, at, names=names,
                               how=how, note=scores.note, value=_said_bands(scores.bands, how))
                )  # fmt: skip
            return
        if scores.weights and abs(sum(scores.weights) - 100) > 1:
            # ('发生概率（40%）' | '危害程度（40%）' | '社会影响（10%）'): which weight is wrong is unsaid
            said = "、".join(
                f"“{n}”{w:g}%" for n, w in zip(scores.names, scores.weights, strict=True)
            )
            self.issues.append(
                make_issue("LEVEL_WEIGHTS_UNSUMMED", self.rel, self.grid.name, at, value=said,
                           other=f"{sum(scores.weights):g}%")
            )  # fmt: skip
            return
        if not scores.bands and scores.weights:
            said = f"本表没有风险级别列,只有{names}各列按权重计分的评价分值,表下说明没有写明加权得分的区段各为几级风险"
            self.issues.append(
                make_issue("LEVEL_FACTORS_UNBANDED", self.rel, self.grid.name, at, value=said)
            )
            return
        if not scores.bands:
            said = f"本表没有风险级别列,只有{names}各列的评价分值,表下说明没有写明分值(乘积)的区段各为几级风险"
            self.issues.append(
                make_issue("LEVEL_FACTORS_UNBANDED", self.rel, self.grid.name, at, value=said)
            )
            return
        how = (
            "按权重 " + "、".join(f"{w:g}%" for w in scores.weights) + " 加权求得的得分"
            if scores.weights
            else "的乘积"
        )
        by = (
            f"“{scores.total_name}”列的分值({names}各列分值{how})"
            if scores.total is not None
            else f"{names}各列分值{how}"
        )
        self.issues.append(
            make_issue("LEVEL_BY_FACTORS", self.rel, self.grid.name, at,
                       value=_said_bands(scores.bands, "得分" if scores.weights else "D"), by=by)
        )  # fmt: skip

    def _scored_level(self, row: list[str], r: int, scores: _Scores) -> str:
        """The level of a row graded by factors: the band its product falls in (the product's
        column as written where filled, a product differing from it a warning); '' where a
        factor is missing, no note bands it or the product is in no one band."""
        if scores.combine == "amount":  # '186' under '涉及资金（万元）': its band
            c = scores.cols[0]
            said = row[c].strip() if c < len(row) else ""
            value = _amount_value(said, *scores.units)
            level = _band_of(value, scores.bands) if value is not None else ""
            if not level:
                self.issues.append(
                    make_issue("LEVEL_AMOUNT_UNREAD", self.rel, self.grid.name, cell_ref(r, c),
                               field=scores.names[0], value=said or "(空白)")
                )  # fmt: skip
            return level
        if scores.combine:
            return self._rater_level(row, r, scores)
        got = [row[c].strip() if c < len(row) else "" for c in scores.cols]
        product = None
        if all(_NUMBER.fullmatch(v) for v in got):
            product = 1.0
            for v in got:
                product *= float(v)
            if scores.weights:  # ('发生概率（权重40%）' …): the weighted sum, to the cent
                ws = zip(got, scores.weights, strict=True)
                product = round(sum(float(v) * w for v, w in ws) / 100, 6)
        t = scores.total
        written = row[t].strip() if t is not None and t < len(row) else ""
        value = product
        if written and _NUMBER.fullmatch(written):
            value = float(written)
            if scores.weights:  # (a sum rounded to the cent as written: '4.35')
                if product is not None and abs(value - product) > 0.005:
                    self.issues.append(
                        make_issue("LEVEL_WEIGHTED_DIFFERS", self.rel, self.grid.name,
                                   cell_ref(r, t), field=scores.total_name, value=written,
                                   other=f"{product:g}", names="“" + "”“".join(scores.names) + "”")
                    )  # fmt: skip
            elif product is not None and abs(value - product) > 1e-6 * max(1.0, abs(product)):
                self.issues.append(
                    make_issue("LEVEL_PRODUCT_DIFFERS", self.rel, self.grid.name, cell_ref(r, t),
                               field=scores.total_name, value=written, other=f"{product:g}",
                               names="×".join(scores.names))
                )  # fmt: skip
        if value is None or not scores.bands:
            return ""
        level = _band_of(value, scores.bands)
        if not level:
            said = f"本行的分值 {value:g} 不在表下说明的任何一个区段内(或正落在两个区段的交界上)"
            at = cell_ref(r, t if written else scores.cols[0])
            self.issues.append(
                make_issue("LEVEL_FACTORS_UNBANDED", self.rel, self.grid.name, at, value=said)
            )
        return level

    def _level_kept(self, scores: _Scores) -> bool:
        """Whether the column after raters' scores is a level column of its own ('风险等级'), not
        a printed mean or sum."""
        return scores.total is not None and _RATER_TOTAL.search(scores.total_name) is None

    def _rater_level(self, row: list[str], r: int, scores: _Scores) -> str:
        """The level of a row graded by raters' scores: the band of their mean (or sum); a
        printed mean or a level column of its own as written, a warning where it differs; no
        level and a warning naming the cell where a score is missing or no number."""
        how = {"mean": "平均分", "one": "定级分值"}.get(scores.combine, "合计")
        names = "“" + "”“".join(scores.names) + "”"
        got = [row[c].strip() if c < len(row) else "" for c in scores.cols]
        if scores.combine == "one":  # (only the note's one rater counts)
            got = [v if i == scores.basis else "0" for i, v in enumerate(got)]
        bad = next((i for i, v in enumerate(got) if _rater_number(v) is None), None)
        value = None
        if bad is None:
            value = sum(_rater_number(v) or 0.0 for v in got)
            if scores.combine == "mean":
                value = round(value / len(got), 6)
        t = scores.total
        written = row[t].strip() if t is not None and t < len(row) else ""
        if written and self._level_kept(scores):  # '风险等级' of its own: kept
            level = _band_of(value, scores.bands) if value is not None else ""
            if level and self.config.level(written) not in (None, level):
                self.issues.append(
                    make_issue("LEVEL_MEAN_SCORE_DIFFERS", self.rel, self.grid.name,
                               cell_ref(r, t), field=scores.total_name, value=written,
                               names=names, how=how, other=f"{value:.4g}({level})")
                )  # fmt: skip
            return written
        if written and (printed := _rater_number(written)) is not None:  # a printed '平均分'
            if value is not None and abs(printed - value) > 0.006:
                self.issues.append(
                    make_issue("LEVEL_MEAN_SCORE_DIFFERS", self.rel, self.grid.name,
                               cell_ref(r, t), field=scores.total_name, value=written,
                               names=names, how=how, other=f"{value:.4g}")
                )  # fmt: skip
            value = printed
        elif bad is not None:
            c = scores.cols[bad]
            self.issues.append(
                make_issue("LEVEL_RATER_SCORE_MISSING", self.rel, self.grid.name, cell_ref(r, c),
                           field=scores.names[bad], value=got[bad] or "(空)", how=how)
            )  # fmt: skip
            return ""
        if value is None:
            return ""
        level = _band_of(value, scores.bands)
        if not level:
            said = f"本行的{how} {value:.4g} 不在表下说明的任何一个区段内(或正落在两个区段的交界上)"
            self.issues.append(
                make_issue("LEVEL_FACTORS_UNBANDED", self.rel, self.grid.name,
                           cell_ref(r, scores.cols[0]), value=said)
            )  # fmt: skip
        return level

    def _level_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """No level column, and a code column whose codes open with a level's numeral ('Ⅰ-01',
        'Ⅱ-03') where a note says the code gives the level ('风险编号由风险等级代码和顺序号组成'):
        each row takes its code's level, with one info."""
        if not rows or any(rr.risk_level for rr in rows):
            return
        legend = self._legend
        if not _CODE_GIVES_LEVEL.search(legend):
            return
        labels = t.header[1] if t.header else {}
        sh = self.sh
        for cc, k in labels.items():
            if not _CODE_HEAD.search(squeeze(k)) and t.col_role.get(cc) != "seq":
                continue
            got = {}
            for rr in rows:
                row = sh.rows[rr.row]
                m = _LEVEL_CODE.match(squeeze(row[cc])) if cc < len(row) else None
                lv = self.config.level(m.group(1)) if m else None
                if lv:
                    got[id(rr)] = (m.group(1), lv)
            if len(got) * 5 < len(rows) * 4:
                continue
            for rr in rows:
                if id(rr) in got:
                    rr.risk_level = got[id(rr)][1]
            said = "、".join(sorted({f"{c}={lv}" for c, lv in got.values()}))
            self.issues.append(
                make_issue("LEVEL_CODES", self.rel, self.grid.name, cell_ref(t.row, cc), value=said)
            )
            return

    def _level_code_parts(self, t: _Table, rows: list[RawRisk]) -> None:
        """No level column, and a code column whose codes split into the same number of parts
        ('CGS-LD-1-01', 'JT_B_07') where a note names the level's part, in order ('风险编码由
        “单位代码-科室代码-风险等级代码-顺序号”组成', '第三段为风险等级'), and gives its values'
        levels ('代码1为一级、2为二级', 'A—高风险；B—中风险'), or the part is the level's words
        themselves ('高', 'Ⅱ'): each row takes its code's level, with one info. Bare digits with
        no key only where the note says the level is written in digits; a value no key gives
        stays blank (LEVEL_BLANK, as before)."""
        if not rows or any(rr.risk_level for rr in rows):
            return
        legend = self._legend
        if not legend or not ("等级" in legend or "级别" in legend):
            return  # (the cheap test: most sheets' notes say nothing of a level)
        labels = t.header[1] if t.header else {}
        sh, merged = self.sh, self.grid.merged_into
        for cc, k in labels.items():
            if not _CODE_HEAD.search(squeeze(k)) and (
                t.col_role.get(cc) not in ("seq", "other") or _WHEN_HEAD.search(k)
            ):
                continue  # ('完成时限 | 2025-1-31': a date's parts, no code's)
            cells: dict[int, list[str]] = {}
            for rr in rows:
                at = merged.get((rr.row, cc), (rr.row, cc))
                row = sh.rows[at[0]]
                v = squeeze(row[cc]) if cc < len(row) else ""
                if v and len(v) <= 24:
                    cells[id(rr)] = _CODE_PART_SEP.split(v)
            counts = {len(p) for p in cells.values()}
            if len(cells) * 5 < len(rows) * 4 or len(counts) != 1 or min(counts) < 2:
                continue  # (not a column of codes of one layout)
            n = counts.pop()
            if any(not x for p in cells.values() for x in p) or any(
                _DATE_CODE.match("-".join(p)) for p in cells.values()
            ):
                continue  # (a part left out; or dates, '2025-1-31', under any heading)
            found = self._level_part_named(legend, n)
            if found is None:
                continue
            part, said = found
            values = {p[part] for p in cells.values()}
            if len(values) > 6:
                continue  # (a serial or a 科室's code: not a level's few values)
            levels_by = self._code_keys(t)[1]
            digits = bool(_DIGITS_AS_LEVELS.search(said))
            got = {v: lv for v in values if (lv := self._part_level(v, levels_by, digits))}
            read = [k for k, p in cells.items() if p[part] in got]
            if len(read) < 2 or len(read) * 3 < len(cells) * 2:
                continue
            for rr in rows:
                if (p := cells.get(id(rr))) and p[part] in got:
                    rr.risk_level = got[p[part]]
                    rr.cols = {**rr.cols, "risk_level": cc}
            value = "、".join(f"{v}={got[v]}" for v in sorted(got))
            by = said.strip() if len(said.strip()) <= 60 else said.strip()[:60] + "…"
            self.issues.append(
                make_issue("LEVEL_IN_CODE_PART", self.rel, self.grid.name, cell_ref(t.row, cc),
                           field=squeeze(k), value=value, part=str(part + 1), by=by)
            )  # fmt: skip
            return

    def _type_circled_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column of circled numbers only ('①', '③', two run together '①③' or '①、③')
        that a key on the sheet defines, each number run straight into its word or not (the
        heading '风险类型（①思想道德风险 ②制度机制风险 ③岗位职责风险）', a note '注：①为思想道德风险，
        ②为…'): each number read as the type it stands for, with one info. A number the key
        leaves out, a key naming no type ('①高'), or no key: read as before."""
        lines = ["".join(row) for row in self.sh.rows]
        legend = "\n".join(
            [self._legend, *(x for x in lines if len(_CIRCLED_LEGEND.findall(x)) >= 2)]
        )
        defined: dict[str, str] = {}
        for code, word in _CIRCLED_LEGEND.findall(legend):
            known, unknown = self.config.types(word)
            if len(known) == 1 and not unknown:
                if defined.setdefault(code, known[0]) != known[0]:
                    return  # (two keys giving one number two types: not read)
        parts_of = {
            id(rr): [x for c in _CODE_SPLIT.split(rr.risk_type.strip()) if c for x in c]
            for rr in rows
        }
        used = {x for parts in parts_of.values() for x in parts}
        if not used or not used <= set(defined):
            return
        for rr in rows:
            if parts := parts_of[id(rr)]:
                rr.risk_type = "、".join(dict.fromkeys(defined[x] for x in parts))
        said = "、".join(f"{x}={defined[x]}" for x in sorted(used))
        c = t.roles["risk_type"]
        self.issues.append(
            make_issue(
                "TYPE_CIRCLED_CODES", self.rel, self.grid.name, cell_ref(t.row, c), value=said
            )
        )

    def _part_level(self, x: str, levels_by: dict[str, str], digits: bool) -> str | None:
        """The level a code's level part stands for: by the note's key ('1为一级', 'A—高风险'),
        else the part's own level words ('高', 'Ⅱ'); bare digits only where the note says the
        level is written in digits, a key's letters ('H', 'L') never without the key."""
        if x in levels_by:
            return levels_by[x]
        if x.isdigit() and len(x) > 1 and x.lstrip("0") in levels_by:
            return levels_by[x.lstrip("0")]  # ('SW-GC-01-01': the level part zero-padded)
        if x.isdigit():
            return self.config.level(x) if digits and x in _CODE_LEVEL_MARKS else None
        return None if x.isascii() else self.config.level(x)

    def _level_part_named(self, legend: str, n: int) -> tuple[int, str] | None:
        """Which of a code's n parts a note names as the level's (0-based) and the note's
        sentence: a layout of exactly n parts with one a level's ('科室代码-风险等级代码-顺序号',
        '由单位代码、风险等级和序号组成'), or an ordinal ('第三段为风险等级'); None where none or
        two say different."""
        places: set[int] = set()
        said = ""
        for line in legend.split("\n"):
            if not ("等级" in line or "级别" in line):
                continue
            if not any(w in line for w in ("编码", "编号", "代码", "代号")):
                continue  # (a line on something else: '第二部分为风险等级评定')
            for m in _CODE_LAYOUT.finditer(line):
                text = m.group(1) or m.group()
                parts = re.split(r"\s*(?:[-－—–_.．+＋、，,]|和|及|与|加)\s*", text)
                parts[0] = re.split(r"由|为|是|即|按|[:：]", parts[0])[-1]
                parts[-1] = re.sub(r"(?:组成|构成|编排|编制).*$", "", parts[-1])
                if len(parts) != n or not all(parts):
                    continue
                at = [i for i, x in enumerate(parts) if "等级" in x or "级别" in x]
                if len(at) == 1:
                    places.add(at[0])
                    said = said or line
            for m in _LEVEL_PART_ORDINAL.finditer(line):
                i = "一二三四五六七八".find(m.group(1))
                i = i if i >= 0 else int(unicodedata.normalize("NFKC", m.group(1))) - 1
                if i < n:
                    places.add(i)
                    said = said or line
        return (places.pop(), said) if len(places) == 1 else None

    def _type_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column of code letters ('B', 'A、C') that a line on the sheet defines ('A—思想
        道德风险，B—制度机制风险…'): each code read as the type it stands for, with one info."""
        if any(_TWO_HAN.search(rr.risk_type) for rr in rows[:20]):
            return  # (the cheap test: type words, no codes)
        codes = {c for rr in rows for c in _CODE_SPLIT.split(rr.risk_type.strip()) if c}
        if codes and not self.grid.lacks(*_CIRCLED) and all(map(_CIRCLED_CODES.fullmatch, codes)):
            self._type_circled_codes(t, rows)  # '①③' keyed '①思想道德风险 ②…'
            return
        if not codes or not all(_TYPE_CODE.fullmatch(c) for c in codes):
            return
        # the sheet's notes, and any line defining two codes or more (a 填表说明 over the header)
        lines = ["".join(row) for row in self.sh.rows]
        legend = "\n".join([self._legend, *(x for x in lines if len(_TYPE_LEGEND.findall(x)) >= 2)])
        defined: dict[str, str] = {}
        for code, word in _TYPE_LEGEND.findall(legend):
            known, unknown = self.config.types(word)
            if len(known) == 1 and not unknown:
                defined.setdefault(fold(code).upper(), word)
        if not codes <= {c for c in codes if fold(c).upper() in defined}:
            return
        for rr in rows:
            parts = [c for c in _CODE_SPLIT.split(rr.risk_type.strip()) if c]
            if parts:
                rr.risk_type = "、".join(defined[fold(c).upper()] for c in parts)
        used = sorted({fold(c).upper() for c in codes})
        said = "、".join(f"{c}={defined[c]}" for c in used)
        c = t.roles["risk_type"]
        self.issues.append(
            make_issue("TYPE_CODES", self.rel, self.grid.name, cell_ref(t.row, c), value=said)
        )

    def _type_named_in_class(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type cell written in the body's OWN class that names, in the same cell, the configured
        type the class belongs to — in brackets after the class ('廉洁自律类（思想道德风险）',
        '履职尽责类【岗位职责】'), after a dash, slash or colon ('制度执行类—制度机制风险'), or before
        '为主' ('思想道德风险为主', '以岗位职责风险为主') — with no note mapping the classes: each such
        cell read as the type(s) it names, the class set aside, said once a table at the first such
        cell (TYPE_NAMED_IN_CLASS). Only cells the type words alone do not read (TYPE_UNKNOWN
        before); the class must end with 类 (a level before the bracket, '高（思想道德风险）', or a
        stage, '审批环节（…）', reads as before), the named part must be type words and nothing else,
        and every part of the cell must be so written ('…为主，兼有…' reads as before)."""
        if self.grid.lacks("类", "为主"):
            return  # (the one test for a sheet with neither word)
        cfg = self.config
        seen: dict[str, list[str] | None] = {}
        hits: list[RawRisk] = []
        for rr in rows:
            v = rr.risk_type
            if not v:
                continue
            got = seen.get(v, False)
            if got is False:
                got = seen[v] = self._class_named_types(cfg, v) if cfg.types(v)[1] else None
            if got:
                hits.append(rr)
        if not hits:
            return
        c = t.roles["risk_type"]
        first = hits[0]
        example = first.risk_type.strip()
        for rr in hits:
            rr.risk_type = "、".join(seen[rr.risk_type])
        self.issues.append(
            make_issue(
                "TYPE_NAMED_IN_CLASS", self.rel, self.grid.name,
                cell_ref(first.row, first.cols.get("risk_type", c)),
                value=str(len(hits)), example=example,
            )
        )  # fmt: skip

    @staticmethod
    def _class_named_types(cfg, value: str) -> list[str] | None:
        """The configured types a cell of own classes names (see ``_type_named_in_class``), else None."""
        out: list[str] = []
        for part in _CLASS_PARTS.split(fold(value)):
            if not part:
                continue
            for i, pattern in enumerate(_CLASS_NAMES_TYPE):
                m = pattern.fullmatch(part)
                if not m:
                    continue
                if i < 2 and (cfg.types(m.group(1))[0] or cfg.level(m.group(1))):
                    continue  # (a class that is itself a type or a level word: no class)
                known, unknown = cfg.types(m.group(2 if i < 2 else 1))
                if known and not unknown:
                    out.extend(k for k in known if k not in out)
                    break
            else:
                return None
        return out or None

    def _type_categories(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column written in the body's OWN classification ('决策类', '执行类', '作风类')
        and a note mapping each of its words onto one of the configured types ('决策类对应制度
        机制风险', 'A类（决策类）→制度机制', '作风类归入思想道德风险'): each row typed through the
        mapping, said once (TYPE_BY_OWN_CATEGORY); a word the note leaves out keeps no type, with
        a warning at its cell (TYPE_OWN_CATEGORY_UNMAPPED) instead of TYPE_UNKNOWN. Only where
        most rows' words are no type names and the note maps at least one of them; a note that
        explains the categories without mapping them reads as before."""
        cfg = self.config
        counts: dict[str, int] = {}  # (the cheap test: the column's distinct values, once each)
        for rr in rows:
            if v := rr.risk_type.strip():
                counts[v] = counts.get(v, 0) + 1
        odd = [v for v in counts if cfg.types(v)[1]]
        if not odd or sum(counts[v] for v in odd) * 2 <= sum(counts.values()):
            return
        typed = [rr for rr in rows if rr.risk_type.strip()]
        words: dict[str, bool] = {}  # word → a type name
        for v in counts:
            for w in _CODE_SPLIT.split(v):
                if w and w not in words:
                    words[w] = not cfg.types(w)[1]
        own = {rr.row for rr in rows}  # (the note's lines: the sheet's rows outside the table's)
        lines = {r: "".join(row) for r, row in enumerate(self.sh.rows) if r not in own}
        legend = "\n".join([self._legend, *lines.values()])
        if not _CATEGORY_MAPS.search(legend):
            return
        mapped: dict[str, str] = {}
        note = ""
        for w, known in words.items():
            if known:
                continue
            for m in re.finditer(re.escape(w) + _CATEGORY_TO, legend):
                got = _category_type(cfg, m.group(1))
                if got:
                    mapped[w] = got
                    start = legend.rfind("\n", 0, m.start()) + 1
                    end = legend.find("\n", m.end())
                    note = note or legend[start : end if end >= 0 else None].strip()
                    break
        if not mapped:
            return
        # (a mapping one a line under the list, 'A类（审批类）→制度机制': the note's, not stray rows)
        said_at = [
            r
            for r, x in lines.items()
            if any(re.search(re.escape(w) + _CATEGORY_TO, x) for w in mapped)
        ]
        self.code_legend.update(said_at)  # (rows after the table: not reported later)
        self._withdraw_strays(
            {cell_ref(r, j) for r in said_at for j in self.sh.nonempty(r)}, ("ROW_UNPLACED",)
        )
        c = t.roles["risk_type"]
        hits: dict[str, int] = {}
        short = note if len(note) <= 60 else note[:60] + "…"
        for rr in typed:
            parts = [w for w in _CODE_SPLIT.split(rr.risk_type.strip()) if w]
            out, left = [], []
            for w in parts:
                if words.get(w):
                    out.append(w)
                elif w in mapped:
                    out.append(mapped[w])
                    hits[w] = hits.get(w, 0) + 1
                else:
                    left.append(w)
            if left:
                cell = cell_ref(rr.row, rr.cols.get("risk_type", c))
                self.issues.append(
                    make_issue(
                        "TYPE_OWN_CATEGORY_UNMAPPED", self.rel, self.grid.name, cell,
                        value="、".join(left), note=short,
                    )
                )  # fmt: skip
                if not out:  # (no type: not TYPE_UNKNOWN, nor TYPE_BLANK, at the same cell)
                    rr.cols = {k: v for k, v in rr.cols.items() if k != "risk_type"}
            rr.risk_type = "、".join(dict.fromkeys(out))
        said = "；".join(f"{w}={mapped[w]}({hits[w]}个)" for w in mapped if w in hits)
        self.issues.append(
            make_issue(
                "TYPE_BY_OWN_CATEGORY", self.rel, self.grid.name, cell_ref(t.row, c),
                value=said, note=short,
            )
        )  # fmt: skip

    def _type_own_classes_unread(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column written wholly in the body's OWN classes ('廉政风险', '履职风险', '作风风险';
        '决策类', '执行类') on a sheet that names no configured type anywhere (no type word in a
        cell, a note or the title) and maps no class onto one: the classes are no types and no
        guess is made — each row keeps no type, without an error a row (TYPE_UNKNOWN before),
        said once a table at the column's heading (TYPE_OWN_CLASSES_UNREAD). Only where every
        typed row's cell is one short word ending 风险 or 类 that reads as no type and no level,
        and at least two such words are used; a column mixing configured types and own classes,
        a sheet naming a configured type (a mapping the other rules did not read), or one word
        on every row reads as before."""
        cfg = self.config
        shorts = [c.removesuffix("风险") for c in cfg.risk_types.canonical]
        if not shorts or not self.grid.lacks(*shorts):
            return  # (the one test: a sheet naming a configured type anywhere)
        counts: dict[str, int] = {}
        for rr in rows:
            if v := rr.risk_type.strip():
                counts[v] = counts.get(v, 0) + 1
        if len(counts) < 2 or sum(counts.values()) < 2:
            return
        for v in counts:
            if not _OWN_CLASS.fullmatch(v) or cfg.level(v) is not None:
                return
            known, unknown = cfg.types(v)
            if known or not unknown:
                return
        c = t.roles["risk_type"]
        n = 0
        for rr in rows:
            if rr.risk_type.strip():
                rr.type_set_aside = (
                    True  # (no type read, no TYPE_UNKNOWN; the words kept as written)
                )
                n += 1
        said = "、".join(f"“{v}”{k}行" for v, k in counts.items())
        self.issues.append(
            make_issue(
                "TYPE_OWN_CLASSES_UNREAD", self.rel, self.grid.name, cell_ref(t.row, c),
                field=self.grid.get(t.row, c).strip() or "风险类型", value=said, count=str(n),
            )
        )  # fmt: skip

    def _type_level_crossed(self, t: _Table, rows: list[RawRisk]) -> None:
        """A row whose type and level stand in each other's cells under right headings ('风险类型
        | 二级 | 风险等级 | 业务流程风险', one 股室's rows pasted from its own return): read crosswise,
        with one warning a table naming the cells (TYPE_LEVEL_CELLS_SWAPPED). Only the exact swap:
        the type cell wholly a level word (and no type), the level cell wholly type words (and no
        level); one of the two misplaced alone (the other blank or right) is read as before, and
        so is a table whose other rows hold a level word in BOTH cells ('重点 | 二级': the type
        column's own vocabulary is level-like, its '一般' no misplaced level)."""
        if "risk_type" not in t.roles or "risk_level" not in t.roles or not rows:
            return
        cfg = self.config
        crossed: list[RawRisk] = []
        for rr in rows:
            typ, lv = rr.risk_type.strip(), rr.risk_level.strip()
            if not typ or not lv or len(typ) > 12 or len(lv) > 40 or rr.level_as:
                continue  # (the cheap test: a blank or a sentence is no swapped word)
            if "risk_type" not in rr.cols or "risk_level" not in rr.cols:
                continue
            if cfg.level(lv) is not None or cfg.level(typ) is None:
                continue
            if cfg.types(typ)[0]:
                continue  # (a level word that names a type too: as written)
            known, unknown = cfg.types(lv)
            if not known or unknown:
                continue
            crossed.append(rr)
        if not crossed:
            return
        chosen = {id(rr) for rr in crossed}
        for rr in rows:
            if id(rr) in chosen:
                continue
            typ, lv = rr.risk_type.strip(), rr.risk_level.strip()
            if typ and lv and cfg.level(typ) is not None and cfg.level(lv) is not None:
                # '风险类型 | 重点 | 风险等级 | 二级' on another row: the type column's own words
                # read as levels ('重点/一般'), so a level word in it is no sign of a swap
                return
        pairs = []
        for rr in crossed:
            tc, lc = rr.cell("risk_type"), rr.cell("risk_level")
            pairs.append(f"{tc}/{lc}")
            rr.risk_type, rr.risk_level = rr.risk_level, rr.risk_type
            rr.cols = {
                **rr.cols,
                "risk_type": rr.cols["risk_level"],
                "risk_level": rr.cols["risk_type"],
            }
            if rr.rows and ("risk_type" in rr.rows or "risk_level" in rr.rows):
                # (a cell on another row goes with its column)
                swap = {"risk_type": "risk_level", "risk_level": "risk_type"}
                rr.rows = {swap.get(k, k): v for k, v in rr.rows.items()}
        labels = t.header[1] if t.header else {}
        tc, lc = t.roles["risk_type"], t.roles["risk_level"]
        # (at the first level word's cell, under the type heading)
        self.issues.append(
            make_issue("TYPE_LEVEL_CELLS_SWAPPED", self.rel, self.grid.name,
                       crossed[0].cell("risk_level"), value="、".join(pairs), count=str(len(crossed)),
                       field=squeeze(labels.get(tc, "")) or "风险类型",
                       level=squeeze(labels.get(lc, "")) or "风险等级")
        )  # fmt: skip

    def _type_level_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column of short codes each giving a point's type and its level together ('风险代码 |
        制Ⅰ', '类别等级 | 岗-2', '分类分级 | Ⅲ·流程'): the type by its initial or short name (or a
        note's key), the level by a mark of the vocabulary (or a note's key), in either order.
        Only a column its heading calls a code of both, or a note explains; without a note only
        parts none could read otherwise (digits only under a heading naming the level: '岗1' may
        be a serial). Each row takes its code's type and level where it has none; one info, a
        warning for the codes not read and one for those a row's own cells contradict."""
        labels = t.header[1] if t.header else {}
        cfg = self.config
        # (a type or level column headed as both, '风险类别及等级', whose cells its words do not
        # read: those cells only)
        cols = [
            c for c, role in t.col_role.items()
            if c in labels and (role in ("other", "seq") or (
                role in ("risk_type", "risk_level") and t.roles.get(role) == c
                and _BOTH_CODE_HEAD.search(BRACKETED.sub("", squeeze(labels[c])))
            ))
        ]  # fmt: skip
        if not rows or not cols:
            return
        sh, merged = self.sh, self.grid.merged_into
        keys = None  # (the notes' keys: read once, where a column may need them)
        for cc in cols:
            head = squeeze(labels[cc])
            named = bool(_BOTH_CODE_HEAD.search(BRACKETED.sub("", head)))
            own = t.col_role[cc] if t.col_role[cc].startswith("risk_") else ""
            cells: dict[int, str] = {}
            for rr in rows:
                at = merged.get((rr.row, cc), (rr.row, cc))
                row = sh.rows[at[0]]
                v = cells[id(rr)] = squeeze(row[cc]) if cc < len(row) else ""
                if len(v) > 12 or v.isdigit():
                    break  # (the cheap test: sentences, names, numbers: no codes)
                said = getattr(rr, own).strip() if own else ""
                if said and (cfg.level(said) if own == "risk_level" else cfg.type_only(said)):
                    cells[id(rr)] = ""  # (a word of the column's own: read as it is)
            vals = [v for v in cells.values() if v]
            if len(cells) < len(rows) or not vals or not (named or self._legend):
                continue  # (the legend, which reads the sheet's prompts, only for short cells)
            if keys is None:
                keys = self._code_keys(t)
            types_by, levels_by, order = keys
            noted = bool(order or (types_by and levels_by))  # (a note on codes of both)
            if not (named or noted) or (t.col_role.get(cc) == "seq" and not (named and noted)):
                continue  # ('风险编号 | 岗1': a serial, unless a note says otherwise)
            digits = noted or any(w in head for w in ("等级", "级别", "分级"))
            read = {
                k: self._code_parts(v, types_by, levels_by, digits, order)
                for k, v in cells.items()
                if v
            }
            good = {k: v for k, v in read.items() if v}
            if (
                not noted
                and not _BOTH_NAMED.search(head)
                and not all(_ROMAN_LEVEL.search(v) for v in vals)
            ):
                # ('代码 | 业一', '风险编号 | 流程二': a 科室's or a serial's code under a bare
                # code heading, no note: only a Roman level mark says a level is in it)
                good = {}
            if len(good) * 5 < len(vals) * 4:
                if named and not noted and len(vals) >= 2:
                    # '风险代码 | 岗1 | 制2' and no note: a type and a level, or a serial per
                    # type; '风Ⅰ': a level and no type's initial
                    loose = [
                        self._code_parts(v, types_by, levels_by, True, order)
                        or _LOOSE_CODE.fullmatch(v)
                        for v in vals
                    ]
                    if all(loose):
                        self.issues.append(
                            make_issue("TYPE_LEVEL_CODES_UNCLEAR", self.rel, self.grid.name,
                                       cell_ref(t.row, cc), field=head,
                                       value="、".join(dict.fromkeys(vals[:6])))
                        )  # fmt: skip
                continue
            said: dict[str, str] = {}
            unread, clash = [], []
            for rr in rows:
                code = cells[id(rr)]
                if not code:
                    continue
                ref = cell_ref(rr.row, cc)
                if not good.get(id(rr)):
                    unread.append(f"{ref}“{code}”")
                    continue
                typ, lv = good[id(rr)]
                if own:
                    setattr(rr, own, "")  # (the code itself, as the column's word: read anew)
                said.setdefault(code, f"{code}={typ}·{lv}")
                if rr.risk_type.strip():
                    if cfg.types(rr.risk_type)[0] != [typ]:
                        clash.append(ref)  # (the row's own type column stands)
                else:
                    rr.risk_type = typ
                    rr.cols = {**rr.cols, "risk_type": cc}
                if rr.risk_level.strip():
                    if cfg.level(rr.risk_level) != lv:
                        clash.append(ref)
                else:
                    rr.risk_level = lv
                    rr.cols = {**rr.cols, "risk_level": cc}
            where = col_letter(cc)
            self.issues = [
                i for i in self.issues
                if not (i.code == "COLUMN_GUESSED" and i.source_sheet == self.grid.name
                        and i.cell.rstrip("0123456789") == where
                        and t.row < int(i.cell[len(where):]) <= t.start)
                and not (i.code == "TABLE_NO_TYPE" and i.cell == cell_ref(t.row, t.first)
                         and all(rr.risk_type.strip() for rr in rows))
            ]  # fmt: skip
            by = "按表上的说明" if noted else "按类型名称的字和级别标记"
            self.issues.append(
                make_issue("TYPE_LEVEL_CODES", self.rel, self.grid.name, cell_ref(t.row, cc),
                           field=head, value="、".join(list(said.values())[:8]), by=by)
            )  # fmt: skip
            if unread:
                self.issues.append(
                    make_issue("TYPE_LEVEL_CODES_UNCLEAR", self.rel, self.grid.name, cell_ref(t.row, cc),
                               field=head, value="、".join(unread[:8]) + ("等" if len(unread) > 8 else ""))
                )  # fmt: skip
            if clash:
                clash = list(dict.fromkeys(clash))
                self.issues.append(
                    make_issue("TYPE_LEVEL_CODE_DIFFERS", self.rel, self.grid.name, clash[0],
                               field=head, value="、".join(clash[:8]) + ("等" if len(clash) > 8 else ""))
                )  # fmt: skip
            return

    def _code_keys(self, t: _Table) -> tuple[dict[str, str], dict[str, str], str]:
        """What the sheet's notes (and the lines over the table) say a code's parts mean: the
        type each key stands for ('思—思想道德风险'), the level ('Ⅰ—一级', 'A为高风险'), and
        which half comes first where a note says a code gives both ('type' / 'level' / '')."""
        lines = ["".join(row) for row in self.sh.rows[: t.row]]
        legend = "\n".join([self._legend, *(x for x in lines if len(_PART_KEY.findall(x)) >= 2)])
        cfg = self.config
        types_by: dict[str, str] = {}
        levels_by: dict[str, str] = {}
        for han, other, means in _PART_KEY.findall(legend):
            key = han or other
            known, unknown = cfg.types(means)
            level = cfg.level(means)
            if len(known) == 1 and not unknown and not level:
                types_by.setdefault(key, known[0])
            elif level and not known:
                levels_by.setdefault(key, level)
        if legend:  # ('3为高风险，1为低风险': the level words a note defines, in any words)
            levels_by = {**self._legend_levels(legend), **levels_by}
        for key in set(types_by) & set(levels_by):
            del types_by[key], levels_by[key]  # (a key of both: neither)
        order = ""
        if m := _CODE_GIVES_BOTH.search(legend):
            text = m.group()
            at = min((text.find(w) for w in ("类型", "类别") if w in text), default=-1)
            lat = min((text.find(w) for w in ("等级", "级别") if w in text), default=-1)
            order = "type" if at < lat else "level"
        return types_by, levels_by, order

    def _code_parts(
        self,
        code: str,
        types_by: dict[str, str],
        levels_by: dict[str, str],
        digits: bool,
        order: str,
    ) -> tuple[str, str] | None:
        """The (type, level) one code gives ('制Ⅰ' → 制度机制风险, Ⅰ级), split where its halves
        meet, in either order; None where no split or two different ones read it (a note's
        order decides between the two orders)."""
        cfg = self.config
        if code.isdigit():
            return None  # ('12': a number, whatever a note's keys are)

        def type_of(x: str) -> str | None:
            if x in types_by:
                return types_by[x]
            if len(x) == 1:
                return cfg.initial_type(x)
            known, unknown = cfg.types(x)
            return known[0] if len(known) == 1 and not unknown and not cfg.level(x) else None

        def level_of(x: str) -> str | None:
            if x in levels_by:
                return levels_by[x]
            x = x.removesuffix("级") or x
            if x not in _CODE_LEVEL_MARKS or (x.isdigit() and not digits):
                return None
            return cfg.level(x)

        firsts: dict[str, set[tuple[str, str]]] = {"type": set(), "level": set()}
        for i in range(1, len(code)):
            a, b = code[:i].rstrip(_CODE_GAP), code[i:].lstrip(_CODE_GAP)
            if not a or not b:
                continue
            if (typ := type_of(a)) and (lv := level_of(b)):
                firsts["type"].add((typ, lv))
            if (lv := level_of(a)) and (typ := type_of(b)):
                firsts["level"].add((typ, lv))
        both = firsts["type"] | firsts["level"]
        if len(both) == 1:
            return both.pop()
        if order and len(firsts[order]) == 1:
            return next(iter(firsts[order]))
        return None

    def _prefixed_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column of codes ('风险编码 | ZD-01', '序号 | DZB-01') whose letters a note defines:
        as types ('SX—思想道德风险，ZD—制度机制风险…'), where no column gives the type; as 科室
        ('LD—镇领导班子；DZB—党政综合办公室…'), where no column gives the 科室. Each row takes its
        code's, with one info."""
        labels = t.header[1] if t.header else {}
        sh, merged = self.sh, self.grid.merged_into
        want_type = not any(rr.risk_type for rr in rows)
        want_dept = "department" not in t.roles and not any(rr.department for rr in rows)
        if not rows or not (want_type or want_dept):
            return
        for cc, k in labels.items():
            if not _CODE_HEAD.search(squeeze(k)) and t.col_role.get(cc) != "seq":
                continue

            def code_of(rr: RawRisk, cc: int = cc) -> tuple[str, str]:
                """The code's letters: (the first group, the last): 'DZB-SX-01' → (DZB, SX)."""
                at = merged.get((rr.row, cc), (rr.row, cc))
                row = sh.rows[at[0]]
                m = _PREFIXED_CODE.match(squeeze(row[cc])) if cc < len(row) else None
                if not m:
                    return "", ""
                return (m.group(1) or m.group(2)).upper(), m.group(2).upper()

            both = {id(rr): code_of(rr) for rr in rows}
            codes = {k: v[1] for k, v in both.items()}
            if sum(map(bool, codes.values())) * 5 < len(rows) * 4:
                continue
            used = {c for c in codes.values() if c}
            lines = ["".join(row) for row in sh.rows[: t.row]]
            legend = "\n".join(
                [self._legend, *(x for x in lines if len(_PREFIX_LEGEND.findall(x)) >= 2)]
            )
            types: dict[str, str] = {}
            depts: dict[str, str] = {}
            for code, word in _PREFIX_LEGEND.findall(legend):
                known, unknown = self.config.types(word)
                if len(known) == 1 and not unknown:
                    types.setdefault(code.upper(), known[0])
                elif _dept_like(word) or LEADERS_GROUP.match(word) or _LEADERS_WORD.search(word):
                    depts.setdefault(code.upper(), word)
            firsts = {k: v[0] for k, v in both.items()}
            if want_type and used <= set(types):
                for rr in rows:
                    if codes[id(rr)]:
                        rr.risk_type = types[codes[id(rr)]]
                self.issues[:] = [
                    i for i in self.issues
                    if not (i.code == "TABLE_NO_TYPE" and i.cell == cell_ref(t.row, t.first))
                ]  # fmt: skip
                said = "、".join(f"{c}={types[c]}" for c in sorted(used))
                cell = cell_ref(t.row, cc)
                self.issues.append(
                    make_issue("TYPE_CODES", self.rel, self.grid.name, cell, value=said)
                )
                want_type = False
            heads = {c for c in firsts.values() if c}  # ('DZB-SX-01': the 科室's letters first)
            if want_dept and heads and heads <= set(depts):
                for rr in rows:
                    if firsts[id(rr)]:
                        rr.department = depts[firsts[id(rr)]]
                said = "、".join(f"{c}={depts[c]}" for c in sorted(heads))
                cell = cell_ref(t.row, cc)
                self.issues.append(
                    make_issue("DEPT_CODES", self.rel, self.grid.name, cell, value=said)
                )
                return

    def _sheet_type(self, pre_rows: list[int], rows: list[RawRisk], t: _Table) -> None:
        """A list split into a sheet per type ('思想道德风险' | '制度机制风险' tabs, titled '…思想道德
        风险点排查表'), no type column: the one type the tab or the title names is every row's."""
        sh, cfg = self.sh, self.config
        said = set()
        tab = squeeze(self.grid.name)
        known, unknown = cfg.types(tab)
        # the type's whole word ('岗位职责风险'; not '岗位风险', a tab of the posts' risks)
        if len(known) == 1 and not unknown and known[0].removesuffix("风险") in tab:
            said.add(known[0])
        for r in pre_rows:
            cols = sh.nonempty(r)
            if sh.kind(r) not in ("title", "other") or len(cols) > 2:
                continue
            text = squeeze("".join(sh.rows[r][c] for c in cols))
            said.update(
                t for t in titled_types(text, cfg) if self.split_types or t not in _GENERIC_TYPES
            )
        if len(said) != 1:
            return
        kind = said.pop()
        for rr in rows:
            if not rr.risk_type.strip():
                rr.risk_type = kind
        at = cell_ref(t.row, t.first)
        self.issues = [i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)]

    def _sheet_level(self, pre_rows: list[int], rows: list[RawRisk]) -> None:
        """A list split into a sheet per level ('一级风险' | '二级风险' tabs, titled '…一级廉洁风险
        点清单'), no level column: the level the tab or the title names is every row's that has
        none of its own. Both must agree where both name one."""
        sh = self.sh
        said = set()
        tab = squeeze(self.grid.name)
        # a tab of points ('一级风险', '一级'), not of posts' grades ('高风险岗位')
        if "岗位" not in tab and caption_level(tab, self.config):
            said.add(self.config.level(caption_level(tab, self.config)))
        for r in pre_rows:
            cols = sh.nonempty(r)
            if sh.kind(r) not in ("title", "other") or len(cols) > 2:
                continue
            if "岗位风险等级" in "".join(sh.rows[r][c] for c in cols):
                return  # the post's grade given above the list: no level of its points
            text = _TITLE_NOTE.sub("", squeeze("".join(sh.rows[r][c] for c in cols)))
            for m in _TITLE_LEVEL.finditer(text):
                said.update(self.config.level(w) for w in _LEVEL_WORD.findall(m.group(1)))
        if len(said) != 1 or None in said:
            return  # none, or several ('高、中风险点'): no one level for the sheet
        level = said.pop()
        for rr in rows:
            if not rr.risk_level.strip():
                rr.risk_level = level

    @cached_property
    def _printed_level_grid(self) -> dict[tuple[str, str], str]:
        """The grid printed on the sheet that looks up a level from a likelihood and an impact
        ('发生可能性＼影响程度 | 高 | 中 | 低' over '高 | 一级 | 一级 | 二级' …): (likelihood's
        level, impact's level) → level; {} where there is none. The corner says which factor runs
        down ('影响程度＼发生可能性': the impact); without a corner the likelihood does. Its heads
        may be scores of 1–3 (3 the most, as the factor columns are read); its cells are level
        words, never figures (a grid of counts gives no levels)."""
        sh, level = self.sh, self.config.level
        for r in range(len(sh.rows)):
            cols = sh.nonempty(r)
            if not self._level_grid_head(r, cols):
                continue
            corner = squeeze(sh.rows[r][cols[0]])
            if _grid_head(corner, level) is not None:  # no corner: the row heads come before
                if not cols[0]:
                    continue
                corner, cols = "", [cols[0] - 1, *cols]
            down = re.split(r"[\\＼/／]", corner)[0]
            swap = bool(_IMPACT.search(down)) and not _LIKELIHOOD.search(down)
            across = [_grid_head(sh.rows[r][c], level) for c in cols[1:]]
            grid: dict[tuple[str, str], str] = {}
            for x in range(r + 1, len(sh.rows)):
                row = sh.rows[x]
                cells = [row[c].strip() if c < len(row) else "" for c in cols]
                head = _grid_head(cells[0], level)
                said = [level(v) if v and not v.isdigit() else None for v in cells[1:]]
                if head is None or not all(said):
                    break
                for a, lv in zip(across, said, strict=True):
                    grid[(a, head) if swap else (head, a)] = lv
            if len(grid) >= 4:
                return grid
        return {}

    def _level_grid_head(self, r: int, cols: list[int]) -> bool:
        """Row ``r`` heads a grid that looks a level up from two factors, printed apart from a
        list ('发生可能性＼影响程度 | 高 | 中 | 低' over '高 | 一级 | 一级 | 二级' …): a corner naming
        the two (split by a slash) or a factor's grade, then factors' grades only (level words,
        or scores of 1–3)."""
        sh, level = self.sh, self.config.level
        if len(cols) < 3:
            return False
        first = sh.rows[r][cols[0]]
        corner = bool(_GRID_CORNER.search(first)) or _grid_head(first, level) is not None
        return corner and all(_grid_head(sh.rows[r][c], level) is not None for c in cols[1:])

    @cached_property
    def _risk_maps(self) -> list[_RiskMap]:
        """The 风险坐标图 drawn in cells on the sheet: three rows of a factor's grades down
        ('高 | 1、3 | 8 | 2'), their cells empty or 序号 ('1、3'), a row of the other factor's
        grades across over or under them ('低 | 中 | 高'), and the axes named — '发生可能性' beside
        the rows (merged down), '影响程度' beyond the grades across, or a corner
        '可能性＼影响程度'; the names say which runs down. Each cell's level is the zone a ``注``
        line around names ('右上三格为高风险', '一高一低、或均为中的为中风险'), else the usual 3×3
        matrix (``_matrix_level``, a printed level grid first). A 5×5 map the same way, its grades
        '1'–'5' or '极低 | 低 | 中 | 高 | 极高' (``_five_grades``), each cell by the bands of the
        score a note gives ('风险值≥15为高风险'), else the usual bands (``_product_level``). The
        map may stand beside the list, in its rows (``_RiskMap.left``). [] where there is none."""
        sh, level = self.sh, self.config.level
        maps: list[_RiskMap] = []
        # the cheapest test first: a map names its likelihood axis ('发生可能性', '概率'), so a
        # sheet without the word anywhere (a district's 50,000-row list) has none — one search
        # (each word sought in C, not the pattern at each character: ``_LIKELIHOOD``'s words;
        # none sought where the sheet lacks a character of each, as ``Grid.lacks``)
        if self.grid.lacks(*_LIKELIHOOD_WORDS):
            return maps
        text = "\x00".join(map("\x00".join, sh.rows))
        if not any(w in text for w in _LIKELIHOOD_WORDS):
            return maps
        graded = _Graded(level)
        for r in range(len(sh.rows)):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if len(cols) < 3 or not any(len(row[c]) <= 2 for c in cols):
                continue  # (the cheap test: a grade across is short: '高', '5')
            if sum(map(graded.__getitem__, itemgetter(*cols)(row))) < 3:
                continue  # (three grades across at least: a district's list row has one, its level)
            done = 0
            for c in cols:
                if (
                    c < max(1, done)
                    or c + 2 >= len(row)
                    or not all(len(row[x]) <= 4 for x in (c, c + 1, c + 2))
                ):
                    continue
                # (a 5×5 map's first: '低 | 中 | 高' is part of '极低 | 低 | 中 | 高 | 极高')
                for n in (5, 3):
                    if c + n > len(row):
                        continue
                    across = _map_grades([row[x].strip() for x in range(c, c + n)], level)
                    if across is None:
                        continue
                    done = c + n
                    for grid in (range(r - n, r), range(r + 1, r + n + 1)):
                        got = self._risk_map_at(r, c, grid, across)
                        if got is not None:
                            maps.append(got)
                    break
        return maps

    def _risk_map_at(self, r: int, c: int, grid: range, across: list[int]) -> _RiskMap | None:
        """The map whose grades across (their scores, ``_map_grades``) are row ``r``'s from column
        ``c`` and whose rows are ``grid`` (``_risk_maps``); None where those rows are not its rows
        or no axis is named."""
        sh, level, merged = self.sh, self.config.level, self.grid.merged_into
        if grid.start < 0 or grid.stop > len(sh.rows):
            return None
        n = len(across)
        g = c - 1  # the grades' column down
        span = range(c, c + n)

        def cell(y: int, x: int) -> str:
            if not 0 <= y < len(sh.rows):
                return ""
            y, x = merged.get((y, x), (y, x))
            return sh.rows[y][x].strip() if x < len(sh.rows[y]) else ""

        downs, said = [], {}
        for y in grid:
            downs.append(cell(y, g))
            for x in span:
                v = cell(y, x)
                if v and not _SEQ_LIST.match(v):
                    return None
                if v:
                    said[y, x] = [int(d) for d in re.findall(r"\d{1,3}", v)]
        heads = _map_grades(downs, level)
        if heads is None or len(heads) != n or len(said) < 2:
            return None
        # the axes' names: a corner ('可能性＼影响程度'), beside the rows, beyond the grades across
        corner = cell(r, g)
        left = g  # (the map's first column: its name's beside the rows)
        if _GRID_CORNER.search(corner):
            down, _s, side = re.split(r"([\\＼/／])", corner, maxsplit=1)
        else:
            down = ""
            for x in (g - 1, g - 2):  # (the nearer column naming it: a list's cells are further)
                down = "".join(dict.fromkeys(cell(y, x) for y in grid if x >= 0))
                if down:
                    left = x
                    break
            above = sh.rows[grid.start - 1] if grid.start < r and grid.start else []
            down += above[g] if g < len(above) and len(above[g]) <= 8 else ""  # ('可能性' atop)
            beyond = r + 1 if grid.start < r else r - 1
            side = "".join(dict.fromkeys(cell(beyond, x) for x in span))
            side += corner
        if len(down) > 24 or len(side) > 24:
            return None
        likely = (bool(_LIKELIHOOD.search(down)) and not _IMPACT.search(down),
                  bool(_IMPACT.search(side)) and not _LIKELIHOOD.search(side))  # fmt: skip
        swapped = (bool(_IMPACT.search(down)) and not _LIKELIHOOD.search(down),
                   bool(_LIKELIHOOD.search(side)) and not _IMPACT.search(side))  # fmt: skip
        if not all(likely) and not all(swapped):
            return None
        rows = set(grid) | {r}
        beyond = r + 1 if grid.start < r else r - 1
        text = "".join(sh.rows[beyond]) if 0 <= beyond < len(sh.rows) else ""
        if len(text) > 24:  # (beside a list: the map's own columns)
            text = "".join(sh.rows[beyond][x] for x in range(left, c + n))
        if len(text) <= 24 and (_IMPACT if all(likely) else _LIKELIHOOD).search(text):
            rows.add(beyond)  # '影响程度' merged under the grades
        # beside a list ('1 | 药剂科 | … |  | 高 | 1、3 | 8'): the list's cells are no map's
        beside = left > 0 and any(x < left - 1 for y in rows for x in sh.nonempty(y))
        # the zones a note around names ('注：…右上三格…为高风险'), or its bands of the score
        # ('风险值≥15为高风险，8～14为中风险，≤6为低风险'), a 5×5 map's zones being those
        zones: dict[tuple[int, int], str] = {}
        bands: tuple[_Band, ...] = ()
        top, bottom = min(rows), max(rows)
        for y in [
            *range(bottom + 1, min(bottom + 4, len(sh.rows))),
            *range(top - 1, max(top - 4, -1), -1),
        ]:
            cols = [x for x in sh.nonempty(y) if not beside or x >= left]
            text = "".join(sh.rows[y][x] for x in cols)
            if len(text) <= 12:
                continue
            if (
                n == 3
                and not zones
                and (_ZONE_CORNER_WORDS.search(text) or _ZONE_MIXED.search(text))
            ):
                zones = _map_zones(squeeze(text), [_SCORE_LEVEL[h] for h in heads],
                                   [_SCORE_LEVEL[a] for a in across], level)  # fmt: skip
            if not bands and len(cols) == 1 and _BAND_LEVEL.search(text):
                bands = _product_bands(squeeze(text), level, product=True)
        placed: dict[int, list[tuple[str, str]]] = {}
        for (y, x), numbers in said.items():
            i, j = y - grid.start, x - c
            pair = [heads[i], across[j]][:: -1 if all(swapped) else 1]  # (the likelihood first)
            lv = (
                zones.get((i, j))
                or (_band_of(pair[0] * pair[1], bands) if bands else "")
                or (
                    self._matrix_level([str(v) for v in pair], [0, 1])
                    if n == 3
                    else _product_level(pair[0] * pair[1], n)
                )
            )
            for number in numbers:
                placed.setdefault(number, []).append((cell_ref(y, x), lv))
        if zones:
            by = "坐标图注明的分区"
        elif bands:
            by = f"坐标图注明的分值区段(可能性×影响程度:{_said_bands(bands, '分值')})"
        elif n == 5:
            by = "通常的5×5矩阵(可能性×影响程度,15及以上为Ⅰ级、8–14为Ⅱ级、6及以下为Ⅲ级)"
        elif self._printed_level_grid:
            by = "表上所印的风险等级判定矩阵"
        else:
            by = "通常的3×3矩阵"
        return _RiskMap(frozenset(rows), top, cell_ref(grid.start, g), placed, by,
                        left if beside else -1)  # fmt: skip

    def _risk_map_of(self, t: _Table, next_h: int) -> _RiskMap | None:
        """The 风险坐标图 under (or beside) the list whose 序号 its cells hold: its numbers all the
        list's, and most of the list's placed. A map that counts the points ('3' where the list
        has 2 rows, '2 | 4 | 1' of 11) is none of this."""
        seq = t.roles.get("seq")
        if seq is None or not self._risk_maps:
            return None
        sh = self.sh
        for m in self._risk_maps:
            beside = m.left >= 0  # (in the list's rows, its header's too: none of them skipped)
            if not (t.row if beside else t.start) <= m.top < next_h:
                continue
            numbers = [
                int(sh.rows[x][seq])
                for x in range(t.start, next_h)
                if (beside or x not in m.rows)
                and seq < len(sh.rows[x])
                and sh.rows[x][seq].strip().isdecimal()
            ]
            seqs = set(numbers)
            if len(seqs) != len(numbers):
                continue  # (序号 begun again in each part: a number names two points)
            twice = sum(1 for places in m.placed.values() if len(places) > 1)
            if twice * 2 > len(m.placed) or self._map_caption_counts(m):
                continue  # ('3 | 6 | 9' a score matrix, '（个）' a count: no 序号 placed)
            if seqs and m.placed.keys() <= seqs and len(m.placed) >= 0.6 * len(seqs):
                return m
        return None

    def _map_caption_counts(self, m: _RiskMap) -> bool:
        """The line over a map saying its cells count points or score them ('风险点分布（个）',
        '风险值计算矩阵'), not place the list's 序号."""
        sh = self.sh
        for x in range(m.top, max(m.top - 4, -1), -1):  # (the caption may name its axes too)
            text = "".join(sh.rows[x])
            if len(sh.nonempty(x)) == 1 and _MAP_COUNTS.search(text):
                return True
        return False

    def _levels_by_map(self, t: _Table, rows: list[RawRisk], m: _RiskMap) -> None:
        """Each row's level the level of the map's cell holding its 序号 (``_risk_maps``); a 序号
        in two cells, or in none, keeps no level (a warning)."""
        sh, seq = self.sh, t.roles["seq"]
        said: dict[str, list[str]] = {}
        warned = set()
        for rr in rows:
            v = sh.rows[rr.row][seq].strip() if seq < len(sh.rows[rr.row]) else ""
            if not v.isdigit() or v in warned:
                continue
            at = m.placed.get(int(v), [])
            if len(at) == 1:
                rr.risk_level = at[0][1]
                said.setdefault(at[0][1], []).append(v)
                continue
            warned.add(v)  # (once for a row split into several points)
            where = (
                f"写在{'、'.join(c for c, _lv in at)}几格里" if at else "没有写在坐标图的任何一格里"
            )
            self.issues.append(
                make_issue("RISK_MAP_UNCLEAR", self.rel, self.grid.name,
                           at[0][0] if at else cell_ref(rr.row, seq), value=f"序号{v}{where}")
            )  # fmt: skip
        if said:
            value = "；".join(
                f"{'、'.join(dict.fromkeys(ns))}为{lv}" for lv, ns in sorted(said.items())
            )
            self.issues.append(
                make_issue("LEVEL_BY_RISK_MAP", self.rel, self.grid.name, m.corner,
                           value=value, by=m.by)
            )  # fmt: skip

    def _counts_only(self, t: _Table, next_h: int) -> bool:
        """The table's point column holds counts, not risk texts ('5', '3个', '12项')."""
        sh, pc = self.sh, t.roles["risk_point"]
        vals = []
        for r in range(t.start, min(next_h, t.start + 60)):
            row = sh.rows[r]
            if pc < len(row) and row[pc] and sh.kind(r) in ("other", "fields"):
                vals.append(row[pc])
        return len(vals) >= 2 and sum(1 for v in vals if COUNT_CELL.match(v)) >= 0.8 * len(vals)

    def _levels_by_change_table(self, h: int, depth: int, end: int, forms: list) -> int | None:
        """A table of levels adjusted under a list on the sheet ('风险等级调整情况' over '序号 | 岗位 |
        风险点 | 调整前等级 | 调整后等级 | 调整原因', or '风险等级' merged over '调整前 | 调整后'): its
        rows name points of the list above, no new points. The list's point of the row's post
        (科室, holder where both write them) whose text is the row's or holds it, or is held in
        it, takes the level after (an info at the row's cell); a row matching none is warned at
        its cell and changes nothing. Returns the row after the table, None where the header at
        ``h`` is not of this shape (the level-change words are looked for first: cheap): a table
        with a 防控措施 column ('原风险等级 | 调整后风险等级 | 防控措施' is a list of its own) or no
        row of which names a listed point is read as before."""
        sh = self.sh
        rows = range(h, min(h + depth, len(sh.rows)))
        if not any(w in v for y in rows for v in sh.rows[y] for w in "调原变复评年"):
            return None
        labels: dict[int, str] = {}
        merged = self.grid.merged_into
        for c in sorted({c for y in rows for c in sh.nonempty(y)}):
            for y in rows:  # (a heading merged over two: '风险等级' over '调整前 | 调整后')
                k = sh.key(*merged.get((y, c), (y, c)))
                if k and not labels.get(c, "").endswith(k):
                    labels[c] = labels.get(c, "") + k
        cols: dict[str, int] = {}
        for c, k in sorted(labels.items()):
            bare = _LEVEL_CHANGE_WORDS.sub("", k)
            if bare != k and bare in _LEVEL_BEFORE_WORDS:
                cols.setdefault("before", c)
            elif bare != k and bare in _LEVEL_AFTER_WORDS:
                cols.setdefault("after", c)
            elif (r := heading_role(k)) is not None and r.role == "measures":
                return None  # ('原风险等级 | 调整后风险等级 | 防控措施': a list of its own)
            elif r is not None and r.role in ("risk_point", "title", "department", "person"):
                cols.setdefault(r.role, c)
        if "after" not in cols or "before" not in cols or "risk_point" not in cols:
            return None
        listed = [rr for f in forms for rr in f.risks]
        if not listed:
            return None  # (no list above on the sheet: a table of its own)
        config = self.config
        done, unmatched, found, ambiguous = [], [], [], []
        x = h + depth
        while x < end and sh.kind(x) not in ("blank", "signoff", "page"):
            row = sh.rows[x]
            got = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            point = got["risk_point"].rstrip("。；;，,")
            if not point:
                x += 1
                continue
            new = config.level(got["after"]) if got["after"] else None
            old = config.level(got["before"]) if got["before"] else None
            if new is not None and old == new:
                x += 1  # ('二级 | 二级': no adjustment, neither a match nor a miss)
                continue
            same = [
                rr
                for rr in listed
                if all(
                    not got.get(k) or not getattr(rr, k) or squeeze(getattr(rr, k)) == got[k]
                    for k in ("title", "department", "person")
                )
            ]
            hits = [rr for rr in same if squeeze(rr.risk_point).rstrip("。；;，,") == point] or [
                rr for rr in same if _level_change_point_holds(point, rr.risk_point)
            ]
            if len(hits) > 1 and old is not None:  # (the one whose level is the row's 调整前)
                hits = [rr for rr in hits if config.level(rr.risk_level) == old] or hits
            if len(hits) > 1 and new is not None:
                ambiguous.append((x, " ".join(v for v in row if v)))
            elif not hits or new is None:
                unmatched.append((x, " ".join(v for v in row if v)))
            else:
                found.append((x, point, new, hits))
            x += 1
        rows_read = len(found) + len(unmatched) + len(ambiguous)
        # an adjustment table names the list's points in all its rows but at most one, and two
        # thirds of them (half where its headings or caption say '调整'/'变更'): a list whose one
        # row happens to match ('原风险等级 | 现风险等级' of another part) is read as before
        said = any(
            w in v
            for y in range(max(0, h - 2), h + depth)
            for v in sh.rows[y]
            for w in ("调整", "变更")
        )
        named = len(found) + len(ambiguous)  # (a row naming two listed points names the list's)
        share = named / rows_read if rows_read else 0.0
        if not named or named < rows_read - 1 or share < (0.5 if said else 2 / 3):
            return None
        for y, point, new, hits in found:
            at = cell_ref(y, cols["after"])
            for rr in hits:
                was = (config.level(rr.risk_level) or rr.risk_level) if rr.risk_level else "未填"
                rr.risk_level = new
                done.append(
                    (at, f"{squeeze(rr.title) or squeeze(rr.department)}“{point}”:{was}→{new}")
                )
        title_line = next(
            (
                v
                for y in range(max(0, h - 3), h)
                if len(cells := sh.nonempty(y)) == 1
                and len(v := squeeze(sh.rows[y][cells[0]])) <= 20
            ),
            "",
        )
        for at, said in done:
            self.issues.append(
                make_issue("LEVEL_CHANGED_BY_TABLE", self.rel, self.grid.name, at, value=said,
                           table=f"表下的“{title_line}”" if title_line else "表下的风险等级调整表")
            )  # fmt: skip
        for y, said in unmatched:
            self.issues.append(
                make_issue("LEVEL_CHANGE_ROW_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(y, sh.nonempty(y)[0]), value=said)
            )  # fmt: skip
        for y, said in ambiguous:
            self.issues.append(
                make_issue("LEVEL_CHANGE_ROW_AMBIGUOUS", self.rel, self.grid.name,
                           cell_ref(y, sh.nonempty(y)[0]), value=said)
            )  # fmt: skip
        self.unplaced += x - h
        return x

    def _case_ledger(self, t: _Table, rows: list[RawRisk]) -> None:
        """A ledger one row a CASE handled ('办理日期 | 业务事项 | 服务对象 | 经办人 | 廉政风险提示'),
        not one row a point: its rows carry the case column's heading, so that a point logged
        again on another case of the same holder is read as one point with an info, not a
        warning (``normalise._repeats_as_one``). Only a heading of a date or a case number
        ('办理日期', '登记时间', '案件编号'); a 风险编号 or 序号 is no case."""
        if len(rows) < 2 or not t.header:
            return
        head = next((k for k in t.header[1].values() if _CASE_COLUMN_HEAD.match(squeeze(k))), None)
        if head is not None:
            for rr in rows:
                rr.case = squeeze(head)

    def _points_by_year(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A dynamic ledger one row a point a year ('登记年度 | 2024年' over '2025年', the same
        '风险编号' on both, the point typed again, the level changed): each point is read ONCE,
        from the row of its latest year (level, measures, text); its earlier years' rows are
        superseded (an info naming them, POINT_EARLIER_YEAR), a point whose latest row says
        '已销号' is dropped (ROW_DELETED at that cell), and a point only in an earlier year is
        kept with a warning that it was not registered again (POINT_NOT_REREGISTERED). One point
        is one 风险编号, else one holder's point text: a code only where it is one point's (once
        a year; not a 编号 restarting 1, 2 each year, a 序号), and its rows of two years only
        where they are one holder's same or similar point (``_ledger_rows_one_point``; else each
        row its own point, a warning POINT_CODE_NOT_SAME naming both). A year may be written in
        Chinese numerals ('二〇二五年度') or merged down over its rows. Only where the table has a year column
        (its heading first: cheap) with two years or more and some point on rows of two years:
        a list all of one year, or a 年度 column whose every row is its own point, reads as
        before."""
        if len(rows) < 2 or not t.header:
            return rows
        heads = t.header[1]
        yc = next((c for c, k in heads.items() if _LEDGER_YEAR_HEAD.match(squeeze(k))), None)
        if yc is None:
            return rows
        sh = self.sh

        def cell(rr: RawRisk, c: int) -> str:
            row = sh.rows[rr.row]
            return squeeze(row[c]) if c < len(row) else ""

        merged = self.grid.merged_into if self.grid.merges else {}

        def year_of(rr: RawRisk) -> str:
            # (a year merged down over its rows, 'B3:B4 2024年': the merged cell fills them)
            y, c = merged.get((rr.row, yc), (rr.row, yc))
            row = sh.rows[y]
            m = _LEDGER_YEAR_CELL.match(squeeze(row[c]) if c < len(row) else "")
            return m.group(1).translate(_LEDGER_YEAR_DIGITS) if m else ""

        years = [year_of(rr) for rr in rows]
        if not all(years) or len(set(years)) < 2:
            return rows  # (one year in every row, or a row of no year: as before)
        cc = next(
            (c for c, k in heads.items() if c != yc and _LEDGER_CODE_HEAD.search(squeeze(k))), None
        )
        codes = [cell(rr, cc) for rr in rows] if cc is not None else []
        if (
            not all(codes)
            or len(set(codes)) == len(codes)
            # (a code twice in one year is no point's code: a post's 'GW-01', a 编号 by mistake)
            or len(set(zip(years, codes, strict=True))) < len(codes)
            # (numbers restarting each year, 1 2 | 1 2: a 序号, not a code)
            or all(v.isdigit() for v in codes)
        ):
            codes = []  # (a running number, or codes missing: the holder's point text instead)

        def text_key(rr: RawRisk) -> tuple[str, ...]:
            return (squeeze(rr.department), squeeze(rr.title), squeeze(rr.person),
                    squeeze(rr.risk_point).rstrip("。；;，,"))  # fmt: skip

        groups: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(rows)):
            groups.setdefault((codes[i],) if codes else text_key(rows[i]), []).append(i)
        if codes:
            # a code groups rows of one holder's same point only: else each row its own point
            for k, g in list(groups.items()):
                head = max(g, key=lambda i: years[i])
                for i in list(g):
                    if i == head or _ledger_rows_one_point(rows[i], rows[head]):
                        continue
                    g.remove(i)
                    groups[("", str(i))] = [i]
                    a, b = rows[i], rows[head]
                    self.issues.append(
                        make_issue("POINT_CODE_NOT_SAME", self.rel, self.grid.name,
                                   cell_ref(b.row, cc), value=k[0],
                                   rows=f"第{a.row + 1}行（{years[i]}年，{_ledger_row_said(a)}）"
                                        f"与第{b.row + 1}行（{years[head]}年，{_ledger_row_said(b)}）")
                    )  # fmt: skip
        if not any(len({years[i] for i in g}) > 1 for g in groups.values()):
            return rows  # (no point on two years' rows: each row its own point)
        latest = max(years)
        drop: set[int] = set()
        for g in groups.values():
            last = max(years[i] for i in g)
            keep = [i for i in g if years[i] == last]
            older = [i for i in g if years[i] != last]
            if older:
                drop.update(older)
                self.issues.append(
                    make_issue("POINT_EARLIER_YEAR", self.rel, self.grid.name,
                               rows[keep[0]].cell("risk_point"),
                               value="、".join(f"{years[i]}年（第{rows[i].row + 1}行）" for i in older),
                               latest=f"{last}年")
                )  # fmt: skip
            for i in keep:
                rr = rows[i]
                off = next(
                    (
                        c
                        for c in range(t.first, t.last + 1)
                        if _LEDGER_STRUCK_OFF.match(cell(rr, c))
                    ),
                    None,
                )
                if off is not None:
                    # ('风险等级 | 已销号': closed this year, no point; nor its older rows)
                    drop.add(i)
                    self.issues.append(
                        make_issue("ROW_DELETED", self.rel, self.grid.name, cell_ref(rr.row, off),
                                   field=squeeze(heads.get(off, "")), value=cell(rr, off))
                    )  # fmt: skip
                elif last != latest:
                    self.issues.append(
                        make_issue("POINT_NOT_REREGISTERED", self.rel, self.grid.name,
                                   rr.cell("risk_point"), value=f"{last}年", latest=f"{latest}年")
                    )  # fmt: skip
        self.reported += len(drop)
        return [rr for i, rr in enumerate(rows) if i not in drop]

    def _grade_change_head(self, y: int) -> dict[str, int] | None:
        """The columns of a header of posts' grades adjusted ('序号 | 岗位 | 调整前 | 调整后 |
        调整时间', '科室 | 岗位 | 原风险等级 | 现风险等级'): the level before and after and the post
        (科室, holder) whose it is; None where it has no such pair, no post's column, or a column of
        points, measures, types or duties (``_levels_by_change_table`` reads a point's)."""
        sh = self.sh
        cols: dict[str, int] = {}
        for c in sh.nonempty(y):
            k = sh.key(y, c)
            bare = _LEVEL_CHANGE_WORDS.sub("", k)
            if bare in _LEVEL_BEFORE_WORDS:
                cols.setdefault("before", c)
            elif bare in _LEVEL_AFTER_WORDS:
                cols.setdefault("after", c)
            elif (r := heading_role(k)) is not None and r.role in _GRADE_CHANGE_NOT_HEADS:
                return None  # ('岗位 | 风险点 | 调整前等级 | …': a point's, or a list of its own)
            elif r is not None and r.role in ("title", "department", "person"):
                cols.setdefault(r.role, c)
        if "before" not in cols or "after" not in cols or "title" not in cols:
            return None
        return cols

    def _grade_change_at(self, r: int, end: int) -> int | None:
        """The header of a table of posts' grades adjusted at ``r`` or a few rows under it, past
        blank rows and a caption of one cell ('岗位风险等级调整情况'): a row a post, its level (or
        grade 'A'/'B'/'C') before and after, no point; None where any row's before/after cell is no
        level ('阚霁柔 | 冼书白' under '调整前 | 调整后' is who took over: ``_change_log_at``)."""
        sh = self.sh
        y = _past_change_lines(sh, r, end)
        if y is None:
            return None
        if not any("前" in v or "原" in v for v in sh.rows[y] if len(v) <= 8):
            return None  # (the cheap test: no '调整前', '原等级' among short headings)
        cols = self._grade_change_head(y)
        if cols is None:
            return None
        graded = 0
        x = y + 1
        while x < end and sh.kind(x) in ("other", "fields", "signoff"):
            got = self._grade_change_row(x, cols)
            if got is None:
                if sh.kind(x) == "signoff":
                    break  # ('审核人：' under the table)
                return None
            graded += any(got)
            x += 1
        return y if graded else None

    def _post_moves_head(self, y: int, depts: bool = False, sh=None) -> dict[str, int] | None:
        """The columns of a header of staff moved between posts ('序号 | 姓名 | 调整前岗位 | 调整后
        岗位 | 调整时间'): the holder's name and his post before and after; None where it has no
        such pair of posts, no name's column, or a column of points, measures, types or levels.
        ``depts``: the 科室 after too ('现股室', 'after_dept'), where it has one; ``sh`` another
        sheet's model (a moves table on a sheet of its own: ``_moves_on_other_sheet``)."""
        sh = sh or self.sh
        cols: dict[str, int] = {}
        for c in sh.nonempty(y):
            k = sh.key(y, c)
            bare = _MOVE_POST_WORDS.sub("", k)
            if bare != k and (bare in _LEVEL_BEFORE_WORDS or bare in _MOVE_BEFORE_EXTRA):
                cols.setdefault("before", c)
            elif bare != k and (bare in _LEVEL_AFTER_WORDS or bare in _MOVE_AFTER_EXTRA):
                cols.setdefault("after", c)
            elif (
                depts
                and (d := _MOVE_DEPT_WORDS.sub("", k)) != k
                and (d in _LEVEL_AFTER_WORDS or d in _MOVE_AFTER_EXTRA)
            ):
                cols.setdefault("after_dept", c)  # ('现股室', '调整后科室'; '原股室' history)
            elif (r := heading_role(k)) is not None and r.role in (
                *_GRADE_CHANGE_NOT_HEADS,
                "risk_level",
            ):
                return None  # (a point's column: a list of points after all)
            elif r is not None and r.role == "person":
                cols.setdefault("person", c)
        if {"before", "after", "person"} - cols.keys():
            return None
        return cols

    @staticmethod
    def _move_row(sh, x: int, cols: dict[str, int]) -> bool:
        """Row ``x`` under a moves table's header (its ``cols``) is one of its rows. With no
        序号 a row reads like a sign-off line ('缑思远 | 设备科主任 | 药剂科主任 | 2025-01-06': a
        name, a date at its end): under such a header it is a move all the same where its name
        looks like one, its posts are filled and no cell is a label ('填报人：' is a sign-off)."""
        kind = sh.kind(x)
        if kind in ("other", "fields"):
            return True
        if kind != "signoff" or "person" not in cols:
            return False
        row = sh.rows[x]
        got = [squeeze(row[c]) if c < len(row) else "" for c in cols.values()]
        return (
            all(got)
            and looks_like_name(squeeze(row[cols["person"]]))
            and not any(":" in row[c] or "：" in row[c] for c in sh.nonempty(x))
        )

    def _post_moves_at(self, r: int, end: int, sh=None) -> int | None:
        """The header of a table of staff moved between posts at ``r`` or a few rows under it,
        past blank rows and a caption of one cell ('人员岗位调整情况'): a row a holder, his post
        before and after, no point; None for any other shape (``_post_moves``). (``sh``: another
        sheet's model.)"""
        if sh is None and (
            self.grid.lacks("前", "原", "上年", "调出")
            or self.grid.lacks("后", "调整为", "现", "新", "本年", "调入")
        ):
            return None  # (the cheap test: a …前/原…/上年/调出 and a …后/调整为/现…/新…/本年/调入
            # post's heading in the cells)
        sh = sh or self.sh
        y = _past_change_lines(sh, r, end)
        if y is None:
            return None
        cols = self._post_moves_head(y, sh=sh)
        if cols is None:
            return None
        moved = 0
        x = y + 1
        while x < end and self._move_row(sh, x, cols):
            row = sh.rows[x]
            got = [squeeze(row[c]) if c < len(row) else "" for c in cols.values()]
            if not got[0] or any(len(v) > 16 or self.config.level(v) for v in got):
                return None  # (no one's move: a long text or a level)
            moved += 1
            x += 1
        return y if moved else None

    def _post_moves(self, h: int, end: int, top: int) -> int:
        """A table of staff moved between posts under a list (``_post_moves_at``'s header at
        ``h``; ``top`` the first line over it): its rows are no points; one info names it.
        Returns the row after the table."""
        sh = self.sh
        cols = self._post_moves_head(h) or {}
        said = []
        x = h + 1
        while x < end and self._move_row(sh, x, cols):
            row = sh.rows[x]
            got = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            said.append(f"{got['person']} {got['before'] or '未填'}→{got['after'] or '未填'}")
            x += 1
        caption = self._record_caption(top, h)
        self.moves_roster = self._moves_places(h, x)
        self.moves_said = (
            cell_ref(h, sh.nonempty(h)[0]),
            f"表下的“{caption}”" if caption else "表下的人员岗位调整表",
        )
        self.issues.append(
            make_issue("POST_MOVES_TABLE", self.rel, self.grid.name,
                       cell_ref(h, sh.nonempty(h)[0]), value="、".join(said[:8]),
                       table=f"表下的“{caption}”" if caption else "表下的人员岗位调整表")
        )  # fmt: skip
        return x

    def _moves_places(self, h: int, end: int, sh=None) -> dict[str, list[str]]:
        """Who stands where now by a table of staff moves (header ``h``, rows to ``end``): the
        roster key of each one's 现 place ('现股室 | 现岗位' '经济责任审计股 | 股长'; the 原 place is
        history and names no holder) → the names there, in order. (``sh``: another sheet's.)"""
        sh = sh or self.sh
        cols = self._post_moves_head(h, depts=True, sh=sh) or {}
        if "after" not in cols or "person" not in cols:
            return {}
        wc = next(
            (c for c in sh.nonempty(h) if len(sh.rows[h][c]) <= 8
             and _MOVE_WHEN_HEAD.search(sh.rows[h][c])),
            None,
        )  # fmt: skip
        # a person moved twice ('2025年2月 … 登记注册科科长', '2025年9月 … 食品安全监管科科长'):
        # his latest move (by its date where each of his rows has one, else the lower row) is where
        # he stands; an earlier 现 place is history and names no holder
        moves: dict[str, list[tuple[tuple[int, int, int] | None, int, str]]] = {}
        for x in range(h + 1, end):
            row = sh.rows[x]
            said = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            if said["after"] and looks_like_name(said["person"]):
                when = None
                if wc is not None and wc < len(row) and (m := _MOVE_DATE_PARTS.search(row[wc])):
                    when = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
                key = roster_key(said.get("after_dept", ""), said["after"])
                moves.setdefault(said["person"], []).append((when, x, key))
        latest: dict[int, str] = {}
        for name, his in moves.items():
            if all(w is not None for w, _x, _k in his):
                _w, x, _k = max(his, key=lambda m: (m[0], m[1]))
            else:
                x = his[-1][1]
            latest[x] = name
        got: dict[str, list[str]] = {}
        for x, name, key in sorted((x, n, k) for n, his in moves.items() for _w, x, k in his):
            if latest.get(x) == name:  # (in the table's order)
                got.setdefault(key, []).append(name)
        return got

    def _moves_on_other_sheet(self) -> None:
        """No moves table under a post-only list: one on another sheet of the file ('轮岗交流登记'
        a sheet of its own, '姓名 | 原股室 | 原岗位 | 现股室 | 现岗位'), its 现 places kept as
        ``_post_moves`` keeps those under a list (the first such table; its sheet is read as
        before)."""
        for grid in self.file_sheets:
            if grid is self.grid or grid.refused or not grid.rows:
                continue
            if not any(
                any("姓名" in v and len(v) <= 8 for v in row)
                and any(len(v) <= 8 and ("现" in v or "后" in v or "新" in v) for v in row)
                for row in grid.rows[:200]
            ):  # (the cheap test: a 姓名 heading beside a 现/调整后 one)
                continue
            other = _Sheet(grid)
            for y in range(min(len(other.rows), 200)):
                if not any("姓名" in v for v in other.rows[y]):
                    continue
                if self._post_moves_at(y, len(other.rows), other) != y:
                    continue
                end = y + 1
                cols = self._post_moves_head(y, sh=other) or {}
                while end < len(other.rows) and self._move_row(other, end, cols):
                    end += 1
                places = self._moves_places(y, end, other)
                if places:
                    caption = next(
                        (
                            v
                            for x in range(max(0, y - 2), y)
                            if len(cells := other.nonempty(x)) == 1
                            and len(v := squeeze(other.rows[x][cells[0]])) <= 30
                        ),
                        "",
                    )
                    if not self._moves_sheet_ours(grid, caption):
                        return  # (another unit's moves, or whose unsure: post-only as before)
                    self.moves_roster = places
                    self.moves_said = (
                        "",
                        f"工作表“{grid.name}”中的“{caption}”"
                        if caption
                        else f"工作表“{grid.name}”中的人员调整表",
                    )
                    return
                break

    def _moves_sheet_ours(self, moves_grid, caption: str) -> bool:
        """A moves table on a sheet of its own (``moves_grid``, its caption ``caption``) names
        this list's holders: the unit its caption names ('市局2025年度干部轮岗交流登记' → '市局')
        is this sheet's name or in this list's title lines; with no unit in its caption, this is
        the file's only sheet of a list (a file of two units' lists, '市局 | 城关所 | 市局轮岗', with
        the same posts: never one person in both)."""
        m = _MOVES_CAPTION_UNIT.match(caption)
        unit = squeeze(m.group(1)) if m else ""
        unit = re.sub(r"^[附表录件\d一二三四五六七八九十:：、.．\s]+", "", unit)
        if len(unit) >= 2:
            title = "".join("".join(self.sh.rows[y]) for y in range(min(len(self.sh.rows), 4)))
            return unit in squeeze(self.grid.name) or unit in squeeze(title)
        lists = [
            g
            for g in self.file_sheets
            if g is not moves_grid
            and not g.refused
            and g.rows
            and any(
                "风险" in v and len(v) <= 16 for row in g.rows[:30] for v in row
            )  # (a sheet with a list's heading: '廉政风险点', '风险等级')
        ]
        return len(lists) <= 1

    def _holders_by_moves(self, rows: list[RawRisk]) -> dict[str, str]:
        """A post-only list's holders by the table of staff moves under it (``_moves_places``):
        each post whose 科室 and post exactly one person's 现 place matches is his; a post two
        people's 现 places match stays post-only, said (``ROSTER_POST_SEVERAL_HOLDERS``); one info
        names those read. {} where the table places no post of the list (left as a record)."""
        places, (at, table) = self.moves_roster, self.moves_said
        self.moves_roster = {}
        if not places:
            return {}
        held = {k: ns[0] if len(set(ns)) == 1 else "" for k, ns in places.items()}
        depts_of: dict[str, set[str]] = {}
        for rr in rows:
            depts_of.setdefault(squeeze(rr.title), set()).add(squeeze(rr.department))
        all_depts = frozenset(d for ds in depts_of.values() for d in ds if d)
        found: dict[str, str] = {}
        shared: dict[str, list[str]] = {}
        for dept, post in dict.fromkeys((squeeze(rr.department), squeeze(rr.title)) for rr in rows):
            if not post:
                continue
            several = len(depts_of.get(post, ())) > 1
            name = roster_lookup(held, dept, post, several, all_depts)
            if name:
                found[f"{dept}{post}"] = name
                continue
            one = {roster_key(dept, post), roster_key("", post)} & held.keys()
            names = [n for k in one for n in dict.fromkeys(places[k])]
            if len(set(names)) >= 2:
                shared[f"{dept}{post}"] = names
        if not found and not shared:
            return {}
        if not at:  # (a table on another sheet: said at the list's first post)
            at = rows[0].cell("title")
        for post, names in shared.items():
            self.issues.append(
                make_issue("ROSTER_POST_SEVERAL_HOLDERS", self.rel, self.grid.name, at,
                           value=post, names="、".join(names))
            )  # fmt: skip
        if found:
            self.issues.append(
                make_issue("HOLDERS_BY_MOVES_TABLE", self.rel, self.grid.name, at,
                           table=table,
                           value="、".join(f"{p} {n}" for p, n in found.items()))
            )  # fmt: skip
        # (a post whose 科室 only the list's caption names, '登记注册科岗位廉政风险点' over a
        # second list under the same header, is placed by ``_list_forms``: said there too)
        self.moves_told = (len(self.issues) - 1 if found else -1, at, table, found, held)
        return held

    def _moves_told_more(self, dept: str, post: str, name: str) -> None:
        """``_list_forms`` gave ``dept``'s ``post`` the holder ``name`` from the moves table's
        holders (``_holders_by_moves``): its info names that post too (one info a list)."""
        told = self.moves_told
        if told is None or name not in told[4].values():
            return
        at_index, at, table, found, _held = told
        if f"{dept}{post}" in found:
            return
        found[f"{dept}{post}"] = name
        issue = make_issue("HOLDERS_BY_MOVES_TABLE", self.rel, self.grid.name, at, table=table,
                           value="、".join(f"{p} {n}" for p, n in found.items()))  # fmt: skip
        if at_index >= 0:
            self.issues[at_index] = issue
        else:
            self.issues.append(issue)
            self.moves_told = (len(self.issues) - 1, at, table, found, _held)

    def _record_caption(self, top: int, h: int) -> str:
        """The one-cell line over a record table's header at ``h`` (from ``top``), its caption
        ('岗位人员调整情况'); a note ('注：…') is none."""
        sh = self.sh
        return next(
            (
                v
                for y in range(top, h)
                if len(cells := sh.nonempty(y)) == 1
                and len(v := squeeze(sh.rows[y][cells[0]])) <= 20
                and not v.startswith(("注", "说明", "备注"))
            ),
            "",
        )

    def _grade_change_row(self, x: int, cols: dict[str, int]) -> tuple[str, str] | None:
        """The level before and after on row ``x`` of a table of posts' grades adjusted, None
        where either is written and no level ('阚霁柔', '审核人：'); a row of a post, two levels
        and a date is taken for a signature line ('股长 | 二级 | 一级 | 2025年3月'): read here."""
        row = self.sh.rows[x]
        got = tuple(
            squeeze(row[c]) if c < len(row) else "" for c in (cols["before"], cols["after"])
        )
        for v in got:
            if v and not (self.config.level(v) or _POST_GRADE_LETTER.fullmatch(v)):
                return None
        return got

    def _post_grade_changes(self, h: int, end: int, top: int) -> int:
        """A table of posts' grades adjusted under a list (``_grade_change_at``'s header at
        ``h``; ``top`` the first of the lines over it, its caption): posts' grades are computed
        from their points, so its rows are no points and change nothing; one info names it.
        Returns the row after the table."""
        sh = self.sh
        cols = self._grade_change_head(h) or {}
        said = []
        x = h + 1
        while (
            x < end
            and sh.kind(x) in ("other", "fields", "signoff")
            and self._grade_change_row(x, cols) is not None
        ):
            row = sh.rows[x]
            got = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            who = got.get("title") or got.get("department") or got.get("person")
            said.append(f"{who} {got['before'] or '未填'}→{got['after'] or '未填'}")
            x += 1
        caption = self._record_caption(top, h)
        self.issues.append(
            make_issue("POST_GRADES_CHANGED_TABLE", self.rel, self.grid.name,
                       cell_ref(h, sh.nonempty(h)[0]), value="、".join(said[:8]),
                       table=f"表下的“{caption}”" if caption else "表下的岗位风险等级调整表")
        )  # fmt: skip
        return x

    def _levels_by_rank(self, rows: list[RawRisk], legend: str) -> None:
        """A list ranked by level ('按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个'),
        no level written: the first five rows are 高, the next six 中, the rest 低, where the
        counts add up to the rows, with one info."""
        m = _RANKED.search(legend)
        if not m:
            return
        said = legend[m.end() : m.end() + 80]
        counts = []
        for word, n in _LEVEL_COUNT.findall(said):
            lv = self.config.level(word)
            if lv:
                counts.append((lv, int(n)))
        if len(counts) < 2 or sum(n for _lv, n in counts) != len(rows):
            return
        if len({lv for lv, _n in counts}) < len(counts):
            return  # (a level counted twice: counts of something else)
        # (the highest first, or the lowest where '由低到高'; Ⅰ级 < Ⅱ级 < Ⅲ级 as text)
        counts.sort(reverse=m.group(1) in ("低", "三级"))
        order = [lv for lv, n in counts for _ in range(n)]
        for rr, lv in zip(rows, order, strict=True):
            rr.risk_level = lv
        self.issues.append(
            make_issue("LEVEL_BY_RANK", self.rel, self.grid.name,
                       value="、".join(f"{lv}{n}个" for lv, n in counts))
        )  # fmt: skip

    def _level_heading(self, t: _Table) -> str:
        """The level column's heading, where a note may stand ('风险等级（…只在第一项填写等级）')."""
        lc, head = t.roles.get("risk_level"), self.sh.rows[t.row]
        return head[lc] if lc is not None and lc < len(head) else ""

    def _level_scale(self, t: _Table, next_h: int) -> bool:
        """A table of the levels themselves ('风险等级 | 判定标准 | 典型风险情形 | 管控主体', a row a
        level): what each level means, no one's risk points."""
        sh, lc = self.sh, t.roles.get("risk_level")
        if lc is None or "person" in t.roles or next_h - t.start > 12:
            return False
        if any(c < lc for role, c in t.roles.items() if role != "seq"):
            return False  # (the level is what each row is about: its first column)
        if not any(_SCALE_HEAD.search(label_key(v)) for v in sh.rows[t.row] if v):
            return False
        pc = t.roles["risk_point"]
        said = label_key(sh.rows[t.row][pc]) if pc < len(sh.rows[t.row]) else ""
        if "风险点" in said or not _SCALE_CASES.search(said):
            return False  # (its column of points is cases of the level: '典型风险情形', '主要表现')
        levels = [
            self.config.level(sh.rows[r][lc]) if lc < len(sh.rows[r]) else None
            for r in range(t.start, next_h)
            if sh.kind(r) in ("other", "fields")
        ]
        if not 2 <= len(levels) <= 5 or None in levels or len(set(levels)) < len(levels):
            return False
        return levels in (sorted(levels), sorted(levels, reverse=True))  # (in the scale's order)


# a type cell in the body's own class that names the configured type it belongs to itself (NFKC-folded):
# the class, then the type in brackets or after a dash, slash or colon ('廉洁自律类(思想道德风险)',
# '履职尽责类【岗位职责】', '制度执行类—制度机制风险'), or the type before '为主' ('以思想道德风险为主');
# several such parts a cell apart by '、', '；' outside the brackets
_CLASS_HEAD = r"([A-Za-z\u4e00-\u9fff]{0,9}[A-Za-z\u4e00-\u9fff]类)"
_CLASS_NAMES_TYPE = (
    LazyRe(_CLASS_HEAD + r"\s*[(【\[〔]([^()【】\[\]〔〕]{2,24})[)】\]〕]"),
    LazyRe(_CLASS_HEAD + r"\s*(?:[—\-/:→]+|\s)\s*([^()【】\[\]〔〕]{2,24})"),
    LazyRe(r"以?([^()【】\[\]〔〕]{2,24}?)为主"),
)
_CLASS_PARTS = LazyRe(r"\s*[、,;\n]\s*(?![^()【】\[\]〔〕]*[)】\]〕])")
# a type cell written as one of the body's own classes and nothing else: a short word ending 风险 or
# 类 ('廉政风险', '履职风险', '作风风险', '决策类'), no digit, bracket or mark
_OWN_CLASS = LazyRe(r"[\u4e00-\u9fff]{2,6}(?:风险|类)")


# a note mapping a body's own type categories onto the configured types: the verbs it uses
_CATEGORY_MAPS = LazyRe(r"对应|归入|归为|归属|属于|划入|即|→|->|=>|⇒")
# what follows a category word in such a note: an optional '风险', a closing quote or bracket, '（决策类）',
# then the verb and the type's words ('决策类对应制度机制风险', 'A类（决策类）→制度机制')
_CATEGORY_TO = (
    r"(?:风险)?[”\"」’'）)]?\s*(?:[（(][^（()）\n]{1,12}[）)])?\s*[:：]?\s*"
    r"(?:对应(?:于|为)?|归入|归为|归属于?|属于|划入|即为?|为|→|->|=>|⇒|＝|=)\s*"
    r"[“\"「‘']?([\u4e00-\u9fff]{2,10})"
)


def _category_type(cfg, words: str) -> str:
    """The one configured type a note's words after a mapping verb name ('制度机制风险，' →
    制度机制风险; '制度机制' too), trying the words shortened from their end; none where they
    do not begin with a type's own first two characters (no guess from '公司内部决策事项')."""
    for k in range(len(words), 1, -1):
        known, unknown = cfg.types(words[:k])
        if len(known) == 1 and not unknown and words[:2] == known[0][:2]:
            return known[0]
    return ""


# the steps a factor is ticked in, and the factors a level is counted from
_STEPS = frozenset("高中低")
_FACTOR_HEAD = LazyRe(
    r"可能|概率|频率|频次|影响|危害|后果|严重|损失|可控|失控|控制|监管|发现|暴露|关注"
)
# '发生概率为高、影响程度为高、可控程度为低的，各计一项'
_FACTOR_COUNTED = LazyRe(r"([\u4e00-\u9fff]{2,6}?)(?:为|是|选)[“\"]?([高中低])[”\"]?")
_EACH_COUNTS = LazyRe(r"(?:各|均|每项)?(?:计|记|算)(?:为)?一项")
_COUNT_BAND = LazyRe(
    r"([一二两三四五]|\d)\s*项\s*(及以上|以上)?\s*(?:均|都)?\s*(?:为[“\"]?([高中低])[”\"]?)?\s*的?\s*[，,]?\s*"
    r"(?:为|定为|评定为|确定为|属于?)\s*((?:[一二三ⅠⅡⅢ]|[1-3])级|[高中低](?=风险))"
)
_COUNT_NONE = LazyRe(
    r"(?:其余|其他|其它|余下|一项也没有|一项都没有|一项也不|没有一项|无一项|均不为[高中低]|都不为[高中低])"
    r"[^，,。；;]{0,8}?(?:为|定为|评定为|属于?)\s*((?:[一二三ⅠⅡⅢ]|[1-3])级|[高中低](?=风险))"
)
_NUMBERS = {w: i for i, w in enumerate("一二三四五", 1)} | {"两": 2}


def factor_count_rule(
    text: str, factors: list[str], level
) -> tuple[dict[str, str], dict[int, str]] | None:
    """The rule a note gives to level a point by its factors' ticks: (factor → the step that
    counts, count → level), or None. Either each factor's counted step is named before '各计一项'
    ('发生概率为高、影响程度为高、可控程度为低的，各计一项；有两项及以上的为一级风险，有一项的为二级风险，
    一项也没有的为三级风险'), or the bands name one step for all ('两项及以上为高的为一级风险，一项为高的
    为二级风险，其余为三级风险'). Every count from none to all the factors must have its level."""
    if "项" not in text:
        return None  # (the cheap test)
    k = len(factors)
    counted: dict[str, str] = {}
    bands: dict[int, str] = {}
    step_all = None
    for m in _COUNT_BAND.finditer(text):
        n = m.group(1)
        n = int(n) if n.isdecimal() else _NUMBERS.get(n, 0)
        said = level(m.group(4))
        if not said or n > k:
            continue
        if m.group(3):
            if step_all not in (None, m.group(3)):
                return None
            step_all = m.group(3)
        for x in range(n, k + 1 if m.group(2) else n + 1):
            bands.setdefault(x, said)
    if not bands:
        return None
    if (m := _COUNT_NONE.search(text)) and (said := level(m.group(1))):
        for x in range(k + 1):
            bands.setdefault(x, said)
    each = _EACH_COUNTS.search(text)
    if each:
        start = max(text.rfind(x, 0, each.start()) for x in "。；;\n：:") + 1
        pairs = _FACTOR_COUNTED.findall(text[start : each.start()])
        for f in factors:
            # (the pair whose factor shares the longest run of words with the heading: '可控程度'
            # is not '影响程度' for their common '程度')
            shared = [(max((j - i for i in range(len(name)) for j in range(i + 2, len(name) + 1)
                            if name[i:j] in f), default=0), s) for name, s in pairs]  # fmt: skip
            best = max((n for n, _s in shared), default=0)
            hit = {s for n, s in shared if n == best}
            if best < 2 or len(hit) != 1:
                return None
            counted[f] = hit.pop()
    elif step_all:
        counted = dict.fromkeys(factors, step_all)
    else:
        return None
    if any(x not in bands for x in range(k + 1)):
        return None
    return counted, bands
