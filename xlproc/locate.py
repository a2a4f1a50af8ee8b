"""Find forms and lists in a sheet by what their columns mean, and pull out their raw rows.

A sheet may hold one official form, several stacked forms, or a list table (一览表, 排查表,
责任清单) with a row per risk point. The table header row is the anchor: a row whose headings
name a risk text (风险点, 风险名称, 风险描述 …) and at least one of the type, the level or the
measures. Each column's role is then settled by its heading and its contents together
(`xlproc.columns`). Above the header lie the title, the 单位 line and header fields; below
it the risk rows, then review boxes, sign-off lines and the note.

Every non-empty row is accounted for: a risk row, a row reported as incomplete, a row reported
as lying outside any table, or a known part of a form (title, fields, repeated header, review,
sign-off, note, a row saying only 无). A cell to the right of a table is reported too.

Who holds which post in which unit and 科室, where the words of a title, caption, tab or name
cell say it, is read by ``xlproc.identity``.

Rows belong to posts, not only people (对岗不对人): in a list table the rows of one unit,
科室, post and holder make one form; a row without a named holder belongs to its post.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from xlproc.columns import (
    ANCHOR,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    IDENTITY,
    LEADERS_GROUP,
    LIKELY,
    NOT_A_NAME,
    NOT_NAME_CHARS,
    PERSONAL_FIELDS,
    PHONE,
    POINTISH,
    POST_BRACKET_NAME,
    POST_ENDS,
    SURE,
    TIBETAN,
    WATCHERS,
    Heading,
    _dept_like,
    _leader_like,
    _recency,
    answers,
    assign_roles,
    heading_role,
    holder_beside_field,
    holder_lines,
    identity_parts,
    looks_like_name,
    measure_item,
    needs,
    profile,
    reads_holder_lines,
    risk_worded,
    role_zh,
    swapped_point_and_measures,
)
from xlproc.config import ticked_choices
from xlproc.forms import META_PREFIX, FormSpec, load_spec
from xlproc.identity import (
    COUNT_CELL,
    COUNT_NOTE,
    COUNTY_SEAT,
    DASHES,
    GROUP_ROLES,
    HAN_NAME,
    HAN_TEXT,
    HOLDER_SPLIT,
    LABEL_PREFIX,
    LABELLED,
    NO_KESHI_CAPTION,
    NO_ONE,
    NOT_A_FORM_SHEET,
    NOT_HOLDER_HEAD,
    NOT_SELF,
    NUMBERING,
    OVERSEES,
    POST_NOTE,
    POST_PAIR,
    RANK,
    REGION_END,
    SELF_NAMED,
    SEVERAL_MARK,
    SYMBOL,
    TAB_NUMBER,
    TIER_GROUPS,
    TITLE_BRACKET_HOLDER,
    TITLE_ENDS,
    UNIT_END,
    VACANT,
    WATCHER_NOTE,
    _post_run_name,
    caption_holder,
    caption_identity,
    caption_level,
    caption_numbering,
    dept_in_title,
    heads_an_office,
    heads_the_unit,
    holder_and_post,
    holder_in_title,
    is_post,
    marked_name,
    oversees_line,
    post_and_holder_in_title,
    post_closes_title,
    post_in_title,
    post_of,
    roster_cell,
    self_post,
    several_names,
    sheet_department,
    shortened,
    split_dept_title,
    split_unit_title,
    squeeze,
    three_steps,
    tier_of_post,
    titled_post,
    unit_in_title,
)
from xlproc.issues import Issue, make_issue
from xlproc.roster import TIER_WORDS
from xlproc.text import (
    BRACKETED,
    LEVEL_ALTS,
    LazyRe,
    cell_ref,
    col_index,
    col_letter,
    fold,
    label_key,
    number_list,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from xlproc.workbook import Grid

_ANNEX = re.compile(r"^附件[0-9一二三四五六七八九十]+$")
# '…一级廉洁风险点清单', '…高风险事项': the one level a title gives all its rows (not a 高风险岗位,
# a post's grade; not the 中 of 高中, 初中)
# type codes ('A', 'B、C') and a line defining them ('A—思想道德风险，B—制度机制风险')
# how a note opens: '注：', '说明：', '填表说明：本表为…' (how the form is to be filled in)
_NOTE_OPENINGS = ("注", "备注", "说明", "填表说明", "填写说明", "填报说明", "填表须知", "填写须知")
_EXPLAINED = LazyRe(
    r"^.{0,6}(?:编码|编号|代码|代号|符号|标识|等级|级别|类型|类别)(?:说明|释义)[:：]"
)
# a code's letters a note defines as a type: 'SX—思想道德风险', 'ZD：制度机制'
_PREFIX_LEGEND = LazyRe(
    r"(?<![A-Za-z])[“\"「‘']?([A-Za-z]{1,4})[”\"」’']?\s*(?:[—–－\-:：=]{1,2}|为|表示|代表|指|[（(])\s*"
    r"[“\"「]?([\u4e00-\u9fff]{2,12}?)(?:风险|类)?[”\"」]?(?=[，,;；。、\s)）]|$)"
)
# a code whose letters stand for something: 'ZD-01', 'DZB-01', 'SJ-SX-01' (the last letters)
_PREFIXED_CODE = LazyRe(
    r"^(?:([A-Za-z]{1,4})\s*[-_－—–]\s*)?([A-Za-z]{1,4})\s*[-_－—–]?\s*\d{1,4}(?:\s*[-_－—–]\s*\d{1,4})*$"
)
_LEADERS_WORD = LazyRe(r"领导班子|班子成员|领导$")
_TYPE_CODE = LazyRe(r"[A-Ha-hＡ-Ｈａ-ｈ甲乙丙丁戊1-9１-９]")
_CODE_SPLIT = LazyRe(r"\s*[、,，/／;；\s]\s*")
_TYPE_LEGEND = LazyRe(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.])([A-Ha-hＡ-Ｈａ-ｈ甲乙丙丁戊1-9１-９])\s*(?:类)?\s*(?:[—–－\-:：=]{1,2}|为|表示|代表|指)\s*"
    r"[“\"「]?([\u4e00-\u9fff]{2,8}?)(?:风险|类)?[”\"」]?(?=[，,;；。、\s)）]|$)"
)
# a code standing for a type or a level, and what a note says it means: '思—思想道德风险',
# 'Ⅰ—一级', 'Z：制度机制', 'A=高风险' (one character of Han only after a break: not '首字为…')
_PART_KEY = LazyRe(
    r"(?:(?<![\u4e00-\u9fffA-Za-z0-9])([\u4e00-\u9fff])|(?<![A-Za-z0-9])([A-Za-z]{1,3}|Ⅰ|Ⅱ|Ⅲ|[1-9]))"
    r"[”\"」’']?\s*(?:[—–－\-:：=]{1,2}|表示|代表)\s*"
    r"[“\"「]?([\u4e00-\u9fff]{1,8}?)(?:风险|类)?[”\"」]?(?=[，,;；。、\s)）]|$)"
)
# a heading of one code giving both a type and a level: '风险代码', '分类分级', '类型/等级'
# (not another field's code: '岗位代码', '科室编号')
_BOTH_CODE_HEAD = LazyRe(
    r"^(?:廉政|廉洁)?(?:风险点?)?(?:代码|代号|编码|编号|标识)$|分类分级"
    r"|(?:类型|类别|分类).{0,3}(?:等级|级别|分级)"
)
# a heading naming both halves of such a code: '分类分级', '类型/等级', '风险类别及等级'
_BOTH_NAMED = LazyRe(r"分类分级|(?:类型|类别|分类).{0,3}(?:等级|级别|分级)")
_ROMAN_LEVEL = LazyRe(r"[ⅠⅡⅢ]")
# a cell written as such a code whatever its type half: '风Ⅱ', 'Ⅲ-廉政' (said, not read)
_LOOSE_CODE = LazyRe(
    r"[\u4e00-\u9fffA-Za-z]{1,4}[-－—–·•・/／_.．、 ]?(?:Ⅰ|Ⅱ|Ⅲ)级?|(?:Ⅰ|Ⅱ|Ⅲ)级?[-－—–·•・/／_.．、 ]?[\u4e00-\u9fff]{1,4}"
)
# a note saying a code gives both: '风险代码说明：首字为风险类型…后接风险等级'
_CODE_GIVES_BOTH = LazyRe(
    r"(?:编号|编码|代码|代号)[^。；;，,\n]{0,20}?(?:类型|类别)[^。；;\n]{0,80}?(?:等级|级别)"
    r"|(?:编号|编码|代码|代号)[^。；;，,\n]{0,20}?(?:等级|级别)[^。；;\n]{0,80}?(?:类型|类别)"
)
# the level marks a code may carry without a note ('制Ⅰ', '岗-2', '高/思'): the vocabulary's short
# ones, never a word ('一般') that could be anything else in a code
_CODE_LEVEL_MARKS = frozenset(
    ("Ⅰ", "Ⅱ", "Ⅲ", "I", "II", "III", "1", "2", "3", "一", "二", "三", "高", "中", "低")
)
_CODE_GAP = "-－—–·•・/／_.．、 "
_REVISED_WORDS = re.compile(r"原|调整|现|上年|本年|新|前|修订|变更")
# a revised column's words for 'as before' ('同左' points at the former column beside it)
_SAME_AS_BEFORE = {"同左", "同原", "同前", "不变", "无变化", "未调整", "未变", "保持不变", "维持不变",
                   "/", "／", "—", "-"}  # fmt: skip
# a cell broken off mid-sentence: the row below goes on with it
_GOES_ON = ("，", ",", "、", "及", "和", "或", "与")  # ('；' ends an item of a list)
# the number of a row of a table ('1', '1.', '（一）', '(2)')
_ITEM_NUMBER = LazyRe(
    r"\d{1,3}[.、．]?|[一二三四五六七八九十]{1,3}[、.．]?|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
)
# the caption over a card's panel of its holder's fields
_PANEL_CAPTIONS = {"持卡人信息", "基本信息", "个人信息", "基本情况"}
_PANEL_WORDS = {"照片", "监督电话", "举报电话"}  # a card panel's other labels
# a headcount or all of a body's staff in a holder's field ('3人', '全体股室人员'), no one holder
_NO_ONE_HOLDER = LazyRe(r"^(?:\d+|[一二三四五六七八九十两]+)\s*[人名]$|^(?:全体|所有|各)")
# labels of who filled a form in and how to reach him, when ('联系人', '填报日期')
_INFO_LABEL = LazyRe(
    r"^(?:联系人|联系电话|联系方式|电话|手机|办公电话|邮箱|电子邮箱|地址|邮编|传真|填报日期|填表日期|填报时间"
    r"|填表时间|日期|时间|填报人|填表人|审核人|负责人|主要负责人|单位性质|在编人数|编制数|人数"
    r"|(?:谈话|约谈|提醒|交接)?(?:时间|日期|地点|方式|事由|形式))[:：]?$"
)
# the first label of a line naming another party than the holder, with his own post: '谈话人 | … |
# 职务 | …' over '谈话对象 | …', '移交人 | … | 接收人 | …'
_OTHER_PARTY = LazyRe(r"^(?:谈话人|约谈人|提醒人|谈话领导|记录人|监交人|移交人|交出人)$")
# types a title may name of any list ('岗位职责风险点及防控措施一览表'): a tab names them, a title
# only where the file's sheets are titled by types (see ``split_by_type``)
_GENERIC_TYPES = ("岗位职责风险", "业务流程风险")


def titled_types(text: str, config) -> set[str]:
    """The risk types a title names as its points' ('…思想道德风险点排查表')."""
    if "风险" not in text:
        return set()
    return {
        canon
        for canon, core, pattern in _type_titles(tuple(config.risk_types.canonical))
        if core in text and pattern.search(text)
    }


@lru_cache(maxsize=8)
def _type_titles(canonical: tuple[str, ...]) -> list[tuple[str, str, re.Pattern]]:
    out = []
    for c in canonical:
        core = c.removesuffix("风险")
        out.append((c, core, re.compile(re.escape(core) + r"类?风险(?:点|事项)")))
    return out


def split_by_type(grids, config) -> bool:
    """Two sheets or more of a file, each titled by one type and by another than the others: one
    list split by type ('…思想道德风险点排查表', '…岗位职责风险点排查表')."""
    seen = []
    for g in grids:
        text = squeeze("".join("".join(row) for row in g.rows[:3]))
        got = titled_types(text, config)
        if len(got) == 1:
            seen.append(next(iter(got)))
    return len(seen) >= 2 and len(set(seen)) == len(seen)


_LEVEL_WORD = LazyRe(r"[一二三]级|[ⅠⅡⅢ]级|较高|较低|[高中低]")
_TITLE_LEVEL = LazyRe(
    # a run of level words before 风险点 ('高、中风险点' names two), the first not the end of
    # another word ('提高', '降低'); a 中 only after a unit's or a part's name, a number or at the
    # start ('…局中风险点', '二、中风险点'; not '采购中', '过程中')
    r"((?:[一二三]级|[ⅠⅡⅢ]级|较高|较低|(?<![提升最较])高|(?<![降减较])低"
    r"|(?:^|(?<=[、.．\s(（局委院所站队办室司行社区县镇乡村心会馆部厂场处股科度府园团道])|(?<=[中小大]学)|(?<=党校))中)"
    r"(?:[、，,/和及与]?(?:[一二三]级|[ⅠⅡⅢ]级|较高|较低|[高中低]))*)"
    r"(?:廉洁|廉政)?风险(?:点|事项)(?!岗位)"
)
# a bracketed note in a title ('（其中高风险点5个）', '（高风险点用红色标注）'), unless the bracket
# says only the level ('（一级风险点）')
_TITLE_NOTE = LazyRe(
    r"[(（](?!(?:[一二三ⅠⅡⅢ]级|较?[高中低])(?:廉洁|廉政)?风险(?:点|事项)"
    r"(?:汇总表?|清单|一览表|排查表|台账|及防控措施)?[)）])[^()（）]*[)）]"
)
_DATE = re.compile(
    r"^(\d{2,4}|[〇零一二三四五六七八九十]{2,4})?年(\d{1,2}|[一二三四五六七八九十]{1,2})?月"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})?日?$|^\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$"
)
_UNIT = re.compile(
    r"^\s*(?:填\s*报|所\s*在|工\s*作)?\s*单\s*位(?:\s*名\s*称)?\s*(?:[(（]\s*盖\s*章\s*[)）])?\s*[:：]?\s*(.*)$",
    re.S,
)
_MAX_LABEL = 64
_TOTAL = re.compile(r"^(合计|小计|总计|共计)(\d|[:：]|$)")
# Excel's 分类汇总 rows: '项目促进股 计数 | 3', '总计数 | 9', '办公室 汇总'
_SUBTOTAL = LazyRe(r"^.{0,20}?(?:计数|求和|汇总|平均值|总计数)$")
_SUBTOTAL_ENDS = ("计数", "求和", "汇总", "平均值")
_COUNT_CELL = re.compile(r"^\d+(?:\.\d+)?\s*[个项条人]?$")
# a lone line closing a run of rows with the level or type of them all: '以上为一级风险点（共3项）',
# '以上3项为高风险', '上述风险点为二级风险', '以上均为中风险', '以上为制度机制风险'
_FOOTER_STARTS = ("以上", "上述", "上列")
_FOOTER_SAYS = LazyRe(
    r"^(?:以上|上述|上列)(?:所列|列出的|各项|全部|所有)?"
    r"(?:共?(?P<lead>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处](?:风险点?)?[,，、]?)?"
    r"(?:风险点|风险事项|各项|事项)?(?:的?(?:风险)?(?:等级|级别))?(?:均|都|皆|全部|全)?"
    r"(?:为|属于|属|是|系|(?:评|确|认)?定为|列为)"
    r"(?P<what>[^,，。;；:：()（）]{2,14}?)"
    r"(?:[(（,，]?共?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处](?:风险点)?[)）]?)?[。.]?$"
)
# a footer naming the level with no verb: '以上一级风险点共2项', '上述高风险点3个'
_FOOTER_BARE = LazyRe(
    r"^(?:以上|上述|上列)(?P<what>[^,，。;；:：()（）共\d]{2,10}?风险点?)"
    r"[,，]?共?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处][。.]?$"
)
# a sentence counting the points: '本岗位共查找廉政风险点5个,其中Ⅰ级2个…', '本站共排查岗位4个,
# 查找廉政风险点7个…'
_TALLY = re.compile(
    r"^(?!\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．])"  # a numbered caption is none
    r"\s*(?:本\S{1,3}|以上|上述)?[^,，。;；]{0,8}?(?:共(?![性同通])|合计|总计|累计)[^。;；]{0,30}?风险点?"
    r"\D{0,3}\d+\s*[个项条处]"
)
_INSTRUCTIONS_SHEET = re.compile(r"说明|须知|示例|样表|目录|封面")
_NUMBERISH = re.compile(r"^[\d.,%\s分元万]+$")
# the corner of a two-way grid, naming its rows' and its columns' factor ('可能性＼影响程度')
_GRID_CORNER = re.compile(r"^[^\\＼/／]{2,12}[\\＼/／][^\\＼/／]{2,12}$")


def _grid_head(text: str, level) -> str | None:
    """A factor's grade heading a level grid's row or column: a level word (高, 中, 较低) or a
    score of 1–3 (3 the most, as ``_matrix_level`` reads the factor columns)."""
    v = text.strip()
    if v in ("1", "2", "3"):
        return _SCORE_LEVEL[int(v)]
    return None if not v or v.isdigit() else level(v)


# a factor's score of 1–3 and its level (3 the most), both ways
_SCORE_LEVEL = {1: "Ⅲ级", 2: "Ⅱ级", 3: "Ⅰ级"}
_LEVEL_SCORE = {lv: n for n, lv in _SCORE_LEVEL.items()}


def _product_level(product: int, n: int) -> str:
    """The level the usual n×n risk matrix gives a likelihood's and an impact's scores of 1–n by
    their product: 60% of the top (n×n) and over 一级, 30% and over 二级, else 三级 — on 3×3
    6–9 / 3–4 / 1–2, on 5×5 15–25 / 8–14 / 1–6."""
    top = n * n
    return "Ⅰ级" if product >= 0.6 * top else "Ⅱ级" if product >= 0.3 * top else "Ⅲ级"


# the grades of a 5×5 风险坐标图's axis in words, in order ('极低 | 低 | 中 | 高 | 极高',
# '很低 | 较低 | 中等 | 较高 | 很高', '低 | 较低 | 中 | 较高 | 高'); or the scores '1'–'5'
_FIVE_WORDS = {"极低": 0, "很低": 0, "低": 1, "较低": 2, "中": 3, "中等": 3, "一般": 3, "较高": 4,
               "高": 5, "很高": 6, "极高": 6}  # fmt: skip


def _map_grades(cells: list[str], level) -> list[int] | None:
    """A 风险坐标图's grades of one factor, three ('高 | 中 | 低', '1 | 2 | 3', ``_grid_head``) or
    five (``_five_grades``): their scores (3 or 5 the most), else None."""
    if len(cells) == 5:
        return _five_grades(cells)
    heads = [_grid_head(v, level) for v in cells]
    if None in heads or len(set(heads)) != 3:
        return None
    return [_LEVEL_SCORE[h] for h in heads]


def _five_grades(cells: list[str]) -> list[int] | None:
    """Five cells grading a factor of a 5×5 map, rising or falling: their scores of 1–5 (5 the
    most), else None ('1 | 2 | 3 | 4 | 5', '极高 | 高 | 中 | 低 | 极低')."""
    if all(len(v) == 1 and v in "12345" for v in cells):
        got = [int(v) for v in cells]
        rising = [1, 2, 3, 4, 5]
        return got if got in (rising, rising[::-1]) else None
    keys = [_FIVE_WORDS.get(v) for v in cells]
    if None in keys:
        return None
    if all(a < b for a, b in zip(keys, keys[1:], strict=False)):
        return [1, 2, 3, 4, 5]
    if all(a > b for a, b in zip(keys, keys[1:], strict=False)):
        return [5, 4, 3, 2, 1]
    return None


# a cell of a 风险坐标图 holding the list's 序号 ('1、3', '5', '4,9')
_SEQ_LIST = re.compile(r"^\d{1,3}(?:\s*[、,，;；/\s]\s*\d{1,3})*$")
# a 注 line's zone: '…（右上三格）为高风险', '一高一低、或均为中的…为中风险', '其余为低风险'
_ZONE_LEVEL = re.compile(
    r"(?:为|属于?|是|列为)(高|较高|中|中等|一般|低|较低|[一二三]级)(?:风险|区)"
)
_ZONE_CORNER = re.compile(r"(右上|左下|左上|右下)[角方]?(?:的)?([一三六136])?格?")
_ZONE_CORNER_WORDS = re.compile(r"右上|左下|左上|右下")
_ZONE_DIAGONAL = re.compile(r"对角(?:线)?(?:上)?(?:的)?([三3])?格?|中间(?:斜线)?([三3])格")
_ZONE_BOTH = re.compile(r"(?:均|都|皆)为?(高|中|低)")
_ZONE_MIXED = re.compile(r"一(高|中|低)一(高|中|低)")
_ZONE_REST = re.compile(r"其余|其他|其它|剩余|余下")
_COUNTS = {"一": 1, "1": 1, "三": 3, "3": 3, "六": 6, "6": 6}  # a corner's cells: 1, 3 or 6


@dataclass(slots=True)
class _RiskMap:
    """A 风险坐标图 drawn in cells ('发生可能性' down, '高 | 1、3 | 8 | 2' …, '低 | 中 | 高' and
    '影响程度' under it), its cells holding the list's 序号: where each number stands and the
    level of its cell."""

    rows: frozenset[int]  # its rows: the grid's, the axis's and the axis name's
    top: int
    corner: str  # its first grade's cell, for issues
    placed: dict[int, list[tuple[str, str]]]  # 序号 → [(cell, level)], each cell holding it
    by: str  # how the cells were graded, for the info
    left: int = -1  # beside a list, in its rows: the map's first column (its cells no list's)


def _map_zones(text: str, heads: list[str], across: list[str], level) -> dict[tuple[int, int], str]:
    """The zones a map's ``注`` names, by (row, column) of the drawn grid (from its top left):
    '（右上三格）为高风险', '一高一低、或均为中的（对角三格）为中风险', '其余为低风险'. ``heads``
    and ``across`` are the rows' and the columns' grades (Ⅰ级 the highest). {} where the note names
    none, or names a cell twice over."""
    cells = [(i, j) for i in range(3) for j in range(3)]
    word = {"Ⅰ级": "高", "Ⅱ级": "中", "Ⅲ级": "低"}
    pair = {(i, j): {word.get(heads[i]), word.get(across[j])} for i, j in cells}
    corners = {"右上": (0, 2), "左下": (2, 0), "左上": (0, 0), "右下": (2, 2)}
    named = set(_ZONE_CORNER_WORDS.findall(text))
    zones: dict[tuple[int, int], str] = {}
    rest = None
    start = 0
    for found in _ZONE_LEVEL.finditer(text):  # each zone's words end with its level
        clause, start = text[start : found.end()], found.end()
        lv = level(found.group(1) + "风险") or level(found.group(1))
        if not lv:
            continue
        if _ZONE_REST.search(clause):
            rest = lv
            continue
        got: set[tuple[int, int]] = set()
        for m in _ZONE_CORNER.finditer(clause):
            ci, cj = corners[m.group(1)]
            n = _COUNTS.get(m.group(2) or "一", 0)
            got |= {
                (i, j)
                for i, j in cells
                if abs(i - ci) + abs(j - cj) <= {1: 0, 3: 1, 6: 2}.get(n, -1)
            }
        for _m in _ZONE_DIAGONAL.finditer(clause):
            if named & {"右上", "左下"}:
                got |= {(i, j) for i, j in cells if i == j}
            elif named & {"左上", "右下"}:
                got |= {(i, j) for i, j in cells if i + j == 2}
        for m in _ZONE_BOTH.finditer(clause):
            got |= {x for x in cells if pair[x] == {m.group(1)}}
        for m in _ZONE_MIXED.finditer(clause):
            got |= {x for x in cells if pair[x] == {m.group(1), m.group(2)}}
        for x in got:
            if zones.setdefault(x, lv) != lv:
                return {}  # (a cell in two zones: the note is not read)
    if rest and zones:
        for x in cells:
            zones.setdefault(x, rest)
    return zones


# a row of only these says "nothing to report", not a risk point
_NOTHING = {"无", "暂无", "没有", "/", "-", "—", "——", "空", "无风险点", "无此项", "不涉及", "以下空白",
            "此处空白", "以下无", "空白", "以下无内容", "不适用", "未涉及", "无风险", "无此风险点",
            "无此风险", "－"}  # fmt: skip
# a drop-down's or template's prompt left in an unused row: nothing said
_PROMPTS = {"请选择", "请填写", "下拉选择", "请下拉选择", "点击选择", "选择", "请输入"}
# sign-off and filing lines: 填表人, 审核人, 科室负责人签字, 填报时间, 年 月 日 …
_SIGNOFF_START = (
    "填表人", "填报人", "制表人", "审核人", "审批人", "复核人", "经办人", "联系人", "联系电话",
    "电话", "日期", "填表日期", "填报日期", "填报时间", "填表时间", "时间", "报送时间", "签字",
    "签名", "单位负责人", "部门负责人", "科室负责人", "主要负责人", "分管领导", "主管领导",
    "本人签字", "本人签名", "签发", "审签", "盖章", "单位盖章", "责任人签字", "承诺人",
    "监督电话", "举报电话", "监督举报电话", "投诉电话", "制表", "制表日期", "打印日期", "办公电话",
    "值班电话",
)  # fmt: skip
# short words that are a sign-off label only standing alone ('审核:'), not in '审核公示'
_SIGNOFF_EXACT = {
    "审核",
    "审定",
    "批准",
    "复核",
    "核稿",
    "校对",
    "编制",
    "编制人",
    "拟稿",
    "签发人",
    "监督人",  # '监督人 | 冉漱石' under a card: who watches its holder
    "监督责任人",
}
_PAGE = re.compile(r"^(第\d+页[,，]?(共\d+页)?|共\d+页[,，]?第\d+页|\d+/\d+|-\d+-)$")
_ENDS_WITH_DATE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九十]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"(\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$|\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$"
)
_SIGNOFF_WORDS = ("签字", "签名", "签章", "盖章", "审核人", "填表人", "制表人", "填报人")


@dataclass(slots=True)
class RawRisk:
    row: int  # 0-based sheet row
    section: str
    duty: str
    workflow: str
    risk_point: str
    risk_type: str
    risk_level: str
    measures: str
    cols: dict[str, int]  # role → 0-based column, for issue cells
    person: str = ""  # list tables carry the post holder on each row
    department: str = ""
    title: str = ""
    declared: str = ""
    tier: str = ""
    description: str = ""
    unit: str = ""
    rows: dict[str, int] | None = None  # role → row, where a role's cell is on another row
    sheet: str = ""  # the sheet it is on, where not its form's (a form continued on a sheet)
    level_as: str = ""  # its level by the table's own three-step scale (config.level_scales)

    def cell(self, role: str, fallback: str = "risk_point") -> str:
        """The Excel reference of this risk's cell for ``role`` (else for ``fallback``)."""
        if role not in self.cols:
            role = fallback
        return cell_ref((self.rows or {}).get(role, self.row), self.cols[role])


@dataclass
class RawForm:
    sheet: str
    style: str  # form | list | template
    tier: str  # leader | middle | general | ""
    unit: str
    department: str
    person: str
    title: str
    declared: str
    person_cell: str
    declared_cell: str
    header_row: int
    risks: list[RawRisk] = field(default_factory=list)
    duty_texts: list[tuple[str, str]] = field(default_factory=list)  # (column label, text)
    reviews_found: int = 0
    reviews_filled: int = 0
    person_field: str = "姓名"
    roster_row: int = 0
    person_asked: bool = True  # the form has a place for a name (a personal form)
    grade_asked: bool = True  # the form has a place for the post grade
    continued: bool = False  # a 续表 naming no one: the rest of the form on the sheet before
    filled_by: bool = False  # its holder is who filled it in ('填表人'), not a name field
    holder_column: bool = False  # a list's post whose table has a column for its holder
    gone: bool = False  # every row of it set aside after reading (hidden rows of closed points)
    concurrent: bool = False  # its holder named by the post he holds too ('（副镇长兼任）')


@dataclass
class PointHolder:
    """A row of a table of holders naming the points each answers for by the list's 序号
    ('郗某 | 副部长 | 部领导 | 1—2'): the 科室, post and holder, the numbers and their cell."""

    row: int
    cell: str
    department: str
    title: str
    person: str
    numbers: list[int]
    every: bool = False  # '全部': every point of the list


@dataclass
class PointHolders:
    """A table of such rows (``_point_holders_at``): its numbers' heading, that heading's cell
    and its rows; the list it speaks of is settled across the file (``collect``)."""

    row: int
    cell: str
    heading: str
    holders: list[PointHolder]


@dataclass
class SheetResult:
    forms: list[RawForm]
    issues: list[Issue]
    rows_seen: int  # non-empty table rows
    rows_reported: int  # table rows that became an issue instead of a risk point
    unplaced: int  # rows outside any table and cells beside a table, reported
    # the last table's headings and their labels: a next sheet without a header may go on
    # with its rows ('风险点排查 (2)')
    header: tuple[dict[int, Heading | None], dict[int, str], str] | None = None
    # a sheet that is only a list of who holds which post ('科室 | 岗位 | 姓名'): post → holder
    # (see ``roster_key``), for the lists of the file's other sheets that name no one
    roster: dict[str, str] = field(default_factory=dict)
    # tables of holders naming their points by the list's 序号 ('负责风险点序号 | 1—2'), no points
    point_holders: list[PointHolders] = field(default_factory=list)


# labels of a personal form's details we do not keep: a label still, never a value
_PERSONAL_LABELS = {"性别", "出生年月", "出生日期", "年龄", "民族", "籍贯", "政治面貌", "学历", "文化程度",
                    "职称", "任职时间", "任现职时间", "参加工作时间", "入党时间", "联系电话", "电话", "手机"}  # fmt: skip
_FIELD_PRE = ("现任", "担任", "所任", "本人", "目前", "现在")
_FIELD_EXT = ("签字", "签名", "职级", "名称", "全称", "盖章")


@cache
def _field_keys() -> dict[str, str]:
    spec: FormSpec = load_spec()
    fields: dict[str, str] = {}
    for fld, keys in spec.field_keys.items():
        if fld == "unit":
            continue
        for k in keys:
            fields.setdefault(k, fld)
    return fields


@lru_cache(maxsize=1 << 14)
def field_of(key: str) -> str | None:
    """The header field a label names: exactly, or with a known addition ('职务职级', '姓名签字')."""
    fields = _field_keys()
    fld = fields.get(key)
    if fld is None and key.endswith(_FIELD_EXT):
        fld = fields.get(key[:-2])
    if fld is None and key.startswith(_FIELD_PRE):  # '现任岗位', '担任职务', '本人姓名'
        fld = fields.get(key[2:])
    if fld is None and key.startswith("现"):  # '现科室', '现岗位', '现所在科室'
        fld = fields.get(key[1:])
    if fld is None and re.match(r"乙方(?:签字|签名|代表|责任人)?$", key):
        fld = "party"  # a 责任书's second party: the holder, or a 科室 signing for its posts
    if fld is None and key.startswith("填报") and fields.get(key[2:]) == "department":
        fld = "department"  # '填报股室', '填报处室': the 科室 filling it in (not 填报人, 填报日期)
    if (
        fld is None
        and key.startswith("所在")
        and 3 <= len(key) <= 5
        and key.endswith(_PART_END)
        and not any(
            w in key for w in ("党支部", "党小组", "支部", "村", "小组")
        )  # a branch, a group
    ):
        fld = "department"  # '所在烟站', '所在粮站': the part he works in
    return fld


# a field's printed options, a box before or after each ('☑登记科　□综合科', '科员□'): two boxes
# (a word between them: '○○镇', '○○股' are places left to fill in or masked, no options)
_BOXED_CHOICES = LazyRe(r"[☑✓✔√■●▣☒□○☐◯]\s*[^☑✓✔√■●▣☒□○☐◯\s]+\s*[☑✓✔√■●▣☒□○☐◯]")
# a box or a tick of such options, ticked or not (the cheap test before ``_BOXED_CHOICES``)
_OPTION_BOX = re.compile("[☑✓✔√■●▣☒□○☐◯]")
_HOW_TO_TICK = LazyRe(r"[（(][^（()）]*(?:打|勾|选|划|画)[^（()）]*[)）]")
# who issued the form, under it: 'XX镇纪委监制', 'XX县纪委监委印制'
_ISSUED = re.compile(
    r"^.{2,20}(?:纪委|监委|纪检组|纪工委|委员会|办公室)(?:监制|印制|制发|印发)\s*$"
)
# the parts a '所在…' label may name ('所在烟站'); a 大队 holds 中队, not the post's own part
_PART_END = ("站", "所", "科", "股", "室", "组", "部", "处", "办", "支行", "网点", "车间", "庭")


@lru_cache(maxsize=1 << 14)
def _former_field(key: str) -> bool:
    """A label of where the holder was before ('原科室', '原岗位', '轮岗前职务'): a line of
    such fields is his record, no field of the form's."""
    for pre in ("原", "轮岗前", "调整前"):
        if key.startswith(pre) and field_of(key[len(pre) :]) in (
            "department",
            "title",
            "dept_title",
        ):
            return True
    return False


def column_role(key: str) -> str | None:
    """The column role a header label names (used by the form filler)."""
    h = heading_role(key)
    return h.role if h and h.strength >= 2 else None


@lru_cache(maxsize=1 << 16)
def _names_point_cell(v: str) -> bool:
    """A cell that could head a table's risk text column (风险点, 风险描述 …)."""
    if not v or len(v) > 40 or not ("风" in v or "描述" in v or "表现" in v):
        return False
    h = heading_role(label_key(v))
    return h is not None and h.role in POINTISH and h.strength >= 2


@lru_cache(maxsize=1 << 14)
def _heading_cell(v: str) -> bool:
    """A short cell that is a column heading word (checked before looking at the row)."""
    if len(v) > 16:
        return False
    h = heading_role(label_key(v))
    return h is not None and h.strength >= 2


@lru_cache(maxsize=1 << 14)
def _is_signoff_label(key: str) -> bool:
    return (
        key in _SIGNOFF_EXACT
        or (len(key) <= 10 and key.endswith(("审核", "审批", "签发", "确认", "审定")))
        or key.startswith(_SIGNOFF_START)
        # near its start: '科室负责人签字', not a measure ending '…认定报告签字负责'
        or any(w in key[:12] for w in _SIGNOFF_WORDS)
    )


def _signoff_cell(v: str) -> bool:
    """A cell that is a sign-off's label ('持卡人签字：', '审核人'), not a text that mentions one
    ('2.验收两人签字确认')."""
    m = re.search(r"[:：]", v)
    head, colon = (v[: m.start()], m.group(0)) if m else (v, "")
    key = _key(head)
    if NUMBERING.match(v.strip()):
        return False
    return _is_signoff_label(key) and (bool(colon) or len(key) <= 8)


def _signed_label(v: str) -> bool:
    """A sign-off label with its value in one cell: '编制:综合部', '审核：纪检监察室'."""
    head, colon, rest = v.partition(":") if ":" in v else v.partition("：")
    rest = rest.strip()
    return (
        bool(colon)
        and len(head) <= 6
        and _is_signoff_label(label_key(head))
        and len(rest) <= 16
        # a name, a part or a post ('审核：纪检组', '审批：局长'); '审核：审核不严' is a risk
        and (
            looks_like_name(rest)
            or _dept_like(rest)
            or bool(tier_of_post(rest))
            or rest.endswith(POST_ENDS)
            or "负责人" in rest
        )
    )


def _signoff_pairs(row: list[str], cols: list[int]) -> bool:
    """A line of places to sign, each a label with a colon and at most one short value after it
    ('填报人: | 韦春燕 | 审核人: | 田志刚 | 日期: | 2025-03-12'): a sign-off however many pairs."""
    if len(cols) > 2 and _is_date(row[cols[-1]]):
        cols = cols[:-1]  # '… | 审核人: | 缑晓岚 | 2024年6月12日': the date it was signed on
    labels, after = 0, 1
    for c in cols:
        v = row[c].strip()
        if v.endswith((":", "：")) and _is_signoff_label(_key(v)):
            labels, after = labels + 1, 0
        elif after or len(v) > 16:
            return False  # two values in a row, or a long text: data
        else:
            after = 1
    return labels >= 2 and len(cols) <= 2 * labels


def _key(v: str) -> str:
    """A cell's label key; long texts are no label ('\x00'). A known heading or field with a
    qualifier in brackets is that heading ('风险点(注明等级)', '单位(盖章)', '科室(股室)')."""
    if not v:
        return ""
    if len(v) > _MAX_LABEL:
        return "\x00"
    if "(" in v or "（" in v:
        m = _QUALIFIED.match(v)
        if m:
            outer = label_key(m.group(1))
            h = heading_role(outer) if outer else None
            if (h is not None and h.strength == SURE) or field_of(outer):
                inner = label_key(v[m.end(1) :])
                # '责任人(分管领导)': the brackets name the leader who watches, not a qualifier
                if not (h and h.role == "person" and inner in WATCHERS):
                    return outer
    return label_key(v)


_QUALIFIED = re.compile(r"^\s*([^()（）]+?)\s*[(（][^()（）]*[)）]\s*$", re.S)


@lru_cache(maxsize=1 << 12)
def _judge_keys(
    keys: tuple[tuple[int, str], ...], quick: bool
) -> tuple[tuple[tuple[int, Heading | None], ...], int] | None:
    """``_Sheet._judge`` of the (column, key) pairs of one or two header rows."""
    if quick:  # cheap test first: some short cell names a risk text
        for _c, k in keys:
            if k != "\x00" and ("风" in k or "描述" in k or "表现" in k):
                h = heading_role(k)
                if h is not None and h.role in POINTISH and h.strength >= 2:
                    break
        else:
            return None
    heads: list[tuple[int, Heading | None]] = []
    known = 0
    for c, k in keys:
        h = heading_role(k) if k and k != "\x00" else None
        heads.append((c, h))
        if h and h.strength >= 2:
            known += 1
    roles = {h.role for _c, h in heads if h and h.strength >= 2}
    if not (roles & set(POINTISH)) or not (roles & set(ANCHOR)) or len(roles) < 3:
        return None
    if known < 0.6 * len(heads):
        return None
    return tuple(heads), known


class _Sheet:
    """A grid with cached label keys and row classification."""

    def __init__(self, grid):
        self.grid = grid
        self.rows = grid.rows
        self._kinds: list[str | None] = [None] * len(self.rows)
        self._nonempty: list[list[int] | None] = [None] * len(self.rows)
        self._merge_start: dict[tuple[int, int], int] | None = None
        self._merge_top: set[int] | None = None
        self._by_row: dict[int, list[tuple[int, int, int, int]]] | None = None
        # header row → role → column of a second header line naming what each record's second
        # row holds ('主要表现' under '股室 | 岗位 | 姓名', '防控措施' under '风险点 | 类型 | 等级')
        self.second_lines: dict[int, dict[str, int]] = {}
        self._keys: dict[str, str] = {}  # cell text → ``_key`` of it (the sheet's texts recur)

    def key(self, r: int, c: int) -> str:
        row = self.rows[r]
        if c >= len(row):
            return ""
        v = row[c]
        k = self._keys.get(v)
        if k is None:
            k = self._keys[v] = _key(v)
        return k

    def nonempty(self, r: int) -> list[int]:
        cols = self._nonempty[r]
        if cols is None:
            row = self.rows[r]
            cols = self._nonempty[r] = list(compress(range(len(row)), row))  # (in C)
        return cols

    def headings(self, r: int) -> tuple[dict[int, Heading | None], int] | None:
        """The headings of a table header starting at row ``r`` and its depth (1 or 2 rows),
        or None.

        A header names a risk text and one of type, level or measures, with at least three
        known headings in all, and most of its cells are headings (not a data row that
        happens to contain a heading word). A heading may be split over two rows (`风险` over
        `类别`) or have sub-headings under a merged cell: the two rows are read together.
        """
        cols = self.nonempty(r)
        if not cols or _INT_CELL.match(self.rows[r][cols[0]]):
            return None  # a row opening with its number is a data row, whatever its words
        if _TOTAL.match(self.key(r, cols[0])):
            return None  # '小计 | 3个岗位 | 3个风险点': a total, whatever its words
        pointish = self.names_point(r)
        if not pointish and not (r + 1 < len(self.rows) and self.names_point(r + 1)):
            return None  # the cheap test that turns away data rows
        if pointish and self._labelled_boxes(r, cols):
            return None  # '风险点：… | 风险等级：中': boxes of a point and its level, no headings
        one = None
        if pointish and len(cols) >= 3:
            one = self._judge({c: self.key(r, c) for c in cols}, quick=False)
        if one is not None and self.grid.merges and r + 1 < len(self.rows):
            second = self._second_line(r, one[0])
            if second:
                self.second_lines[r] = second
                return one[0], 2
        two = self._two_row(r, one)
        if two is not None and (one is None or two[1] >= one[1]):
            return two[0], 2
        if one is None:
            return None
        heads = one[0]
        # a heading merged down from the row above (序号 over two rows) belongs to this header
        merged = self.grid.merged_into
        if merged:
            for c in range(len(self.rows[r])):
                top = merged.get((r, c))
                if c not in heads and top and top[0] < r and top[1] == c:
                    k = self.key(top[0], c)
                    heads[c] = heading_role(k) if k and k != "\x00" else None
        return heads, 1

    def _second_line(self, r: int, heads: dict[int, Heading | None]) -> dict[str, int]:
        """Row ``r + 1`` under a whole header names other fields, each merged across columns
        of other roles ('主要表现' over the columns of 股室 | 岗位 | 姓名, '防控措施' over those of
        风险点 | 风险类型 | 风险等级): the fields of each record's second row, role → its first
        column; {} where it is a header's second row of sub-headings or no header at all."""
        merged = self.grid.merged_into
        roles = {h.role for h in heads.values() if h is not None}
        if "risk_point" not in roles:
            return {}
        out: dict[str, int] = {}
        spans = {(r0, c0): c1 for r0, c0, _r1, c1 in self.grid.merges or ()}
        for c in self.nonempty(r + 1):
            h = heading_role(self.key(r + 1, c))
            end = spans.get((r + 1, c), c)
            under = [heads.get(x) for x in range(c, end + 1)]
            if (
                h is None
                or h.strength < 2
                or h.role in roles
                or h.role not in ("description", "measures", "duty", "workflow")
                or end == c
                or any(u is None or u.role == h.role for u in under)
            ):
                return {}
            out[h.role] = c
        # (the other cells of the line: merged down from the header above, or empty)
        starts = {(r + 1, x) for x in out.values()}
        return (
            out
            if out
            and all(
                c in out.values()
                or (top := merged.get((r + 1, c), (r, c)))[0] == r
                or top in starts
                for c in range(len(self.rows[r + 1]))
                if self.rows[r + 1][c] or (r + 1, c) in merged
            )
            else {}
        )

    def names_point(self, r: int) -> bool:
        """Some short cell of row ``r`` is a heading naming a risk text (风险点, 风险描述 …)."""
        return self._points[r]

    @cached_property
    def _points(self) -> list[bool]:
        """``names_point`` of every row, found in one pass: a row without 风, 描述 or 表现 in
        its joined text (most rows) is not looked at cell by cell."""
        out = [False] * len(self.rows)
        for r, text in enumerate(map("\x00".join, self.rows)):
            if "风" in text or "描述" in text or "表现" in text:
                out[r] = any(map(_names_point_cell, self.rows[r]))
        return out

    def header_candidates(self) -> list[int]:
        """The rows ``headings`` can accept: those naming a risk text and those just above one."""
        pts = self._points
        return [r for r in range(len(pts)) if pts[r] or (r + 1 < len(pts) and pts[r + 1])]

    def _two_row(self, r: int, one) -> tuple[dict[int, Heading | None], int] | None:
        """Row ``r`` and the row below read as one header, if the row below looks like the
        lower half of one (short cells only, not a header by itself) and row ``r`` is not a
        title or a line of header fields."""
        if r + 1 >= len(self.rows) or len(self.nonempty(r)) < 2:
            return None
        below = self.nonempty(r + 1)
        if not below or any(len(self.rows[r + 1][c]) > 16 for c in below):
            return None
        if len(below) == 1 and NUMBERING.match(self.rows[r + 1][below[0]]):
            return None  # '一、营业厅' under the header: a group line of the rows, no heading
        if self.kind(r + 1) == "fields" and self._holder_pairs(r + 1, below):
            return None  # '姓名 | 阙知微 | 科室 | 院办': a holder's line under it, no heading
        if len(below) >= 3 and _INT_CELL.match(self.rows[r + 1][below[0]]):
            # '1 | 保管股 | 股长 | …': the first data row, whatever stands beside it; numbers
            # only under headings merged across ('风险等级' over '1 | 2 | 3') are the header's
            across = {
                c
                for r0, c0, r1, c1 in self.grid.merges or ()
                if r0 == r and c1 > c0
                for c in range(c0, c1 + 1)
            }
            if any(c not in across for c in below):
                return None
        if not self._merged_over_below(r) and any(
            _sentence(self.rows[r][c]) for c in self.nonempty(r)
        ):
            return None  # a paragraph ('分管工作 | 主持局全面工作;分管……') heads no columns
        # evidence that the rows are one header: a cell of row r merged down or across
        # over the row below's labels; without it, the row below must be a partial row
        # (the lower halves of a few headings), never a full data row
        gaps = self._fills_gaps(r)
        joined = gaps or self._merged_over_below(r)
        if not joined and (one is not None or len(below) > len(self.nonempty(r)) // 2):
            return None
        if one is None and self.kind(r) != "other" and not gaps:
            return None
        spanned = any(  # the row below's cells all under one heading merged across them
            r0 == r and c0 <= min(below) and max(below) <= c1
            for r0, c0, _r1, c1 in self._merges_from().get(r, ())
        )
        if (
            len(below) >= 3
            and not spanned
            and self._judge({c: self.key(r + 1, c) for c in below}, quick=True)
        ):
            return None  # (sub-headings under 廉政风险点, '受理环节 | 审核环节 | …', are no header)
        merged = self.grid.merged_into
        keys: dict[int, str] = {}
        for c in sorted(set(self.nonempty(r)) | set(below)):
            top = self.key(r, c)
            if not top and (r, c) in merged:  # under a heading merged across
                r0, c0 = merged[(r, c)]
                low = self.key(r + 1, c)
                if (
                    r0 == r
                    and c0 in keys
                    and heading_role(keys[c0]) is None
                    and (not low or low == "\x00" or heading_role(low) is None)
                ):
                    continue  # one more tick column (①, ②) under an unnamed parent: counted once
                top = self.key(r0, c0) if r0 == r else ""
            low = self.key(r + 1, c) if (r + 1, c) not in merged else ""
            if (
                low
                and low != "\x00"
                and top
                and (self.span_end(r, c) > c or merged.get((r, c), (-1, c))[0] == r)
                and (th := heading_role(top)) is not None
                and (
                    heading_role(low) is None
                    or (th.role in POINTISH and _STAGE.search(low))  # '受理环节' under 风险点
                )
            ):
                # '各单位责任人' over '公司本部 | 资产运营公司': the parts' names under a heading
                # merged across are no words of the heading (read as its sub-headings)
                keys[c] = top
                continue
            if (
                low in _GRADED
                and top
                and _LEVEL_WORD_HEAD.search(top)
                and (th := heading_role(top)) is not None
                and th.role == "risk_level"
            ):
                # '风险等级' over '岗位 | 风险点': the post's grade and the point's level
                keys[c] = low + top
                continue
            keys[c] = top + low if "\x00" not in (top, low) else "\x00"
        return self._judge(keys, quick=False)

    def _merged_over_below(self, r: int) -> bool:
        """A cell of row ``r`` is merged down, or across over two or more filled cells of the
        row below (sub-headings): the two rows are one header. A heading merged across over
        one data cell (防控措施 over two columns, the second empty) is no such evidence."""
        if r not in self._merge_rows():
            return False
        low = self.rows[r + 1]
        for _r0, c0, r1, c1 in self._merges_from()[r]:
            if r1 > r:
                return True
            under = [low[c] for c in range(c0, min(c1 + 1, len(low))) if low[c]]
            # sub-headings are short; a data row's texts under a merged heading are not
            if c1 > c0 and len(under) >= 2 and all(len(v) <= 6 for v in under):
                return True
        return False

    def _merges_from(self) -> dict[int, list[tuple[int, int, int, int]]]:
        """The merges that start on each row (built once per sheet)."""
        if self._by_row is None:
            self._by_row = {}
            for m in self.grid.merges or ():
                self._by_row.setdefault(m[0], []).append(m)
        return self._by_row

    def _fills_gaps(self, r: int) -> bool:
        """Without merges, the row below completes row ``r``'s headings: its few short cells
        stand under a heading word and the empty cells right of it (`风险 |   |  ` over
        `点 | 类型 | 等级`), never under a heading that is complete by itself."""
        top, low = self.rows[r], self.rows[r + 1]
        below = self.nonempty(r + 1)
        if len(below) < 2 or any(len(low[c]) > 6 for c in below):
            return False

        def empty_top(c: int) -> bool:
            return c >= len(top) or not top[c]

        if not any(empty_top(c) for c in below):
            return False
        return all(empty_top(c) or (empty_top(c + 1) and c + 1 in below) for c in below)

    @staticmethod
    def _judge(keys: dict[int, str], quick: bool) -> tuple[dict[int, Heading | None], int] | None:
        """Headings of label keys (column → key) if they make a table header; with the
        count of known headings. (A header comes in every file of a round: judged once.)"""
        got = _judge_keys(tuple(keys.items()), quick)
        return None if got is None else (dict(got[0]), got[1])

    def kind(self, r: int) -> str:
        """blank | page | title | unit | fields | review | note | signoff | other"""
        k = self._kinds[r]
        if k is None:
            k = self._kinds[r] = self._kind(r)
        return k

    def _kind(self, r: int) -> str:
        texts = tuple(filter(None, self.rows[r]))
        if not texts:
            return "blank"
        span = 0
        if len(texts) == 1:
            c = self.nonempty(r)[0]
            span = self.span_end(r, c) - c
        return _row_kind(texts, span)

    def _merge_rows(self) -> set[int]:
        """Rows where a merge starts that spans down or across."""
        if self._merge_top is None:
            self._merge_top = {
                r0 for r0, c0, r1, c1 in self.grid.merges or () if r1 > r0 or c1 > c0
            }
        return self._merge_top

    def _labelled_boxes(self, r: int, cols: list[int]) -> bool:
        """Row ``r`` holds a labelled point ('风险点：泄露…') and another labelled box beside it:
        a chart's boxes, not a header ('风险等级：高、中、低' heads a column, saying what to write)."""
        got = [x for c in cols if (x := _labelled_cell(self.rows[r][c])) is not None]
        return len(got) >= 2 and any(role == "risk_point" for role, _v in got)

    def _holder_pairs(self, r: int, cols: list[int]) -> bool:
        """Row ``r`` pairs a holder's label with a name and another label of his (科室, post)
        with its value ('姓名 | 阙知微 | 科室 | 院办'), each value a cell of no label."""
        found = set()
        for i, c in enumerate(cols[:-1]):
            fld = field_of(self.key(r, c))
            nxt = self.rows[r][cols[i + 1]].strip()
            if fld is None or field_of(self.key(r, cols[i + 1])) is not None:
                continue
            if fld == "person" and looks_like_name(nxt):
                found.add("person")
            elif fld in ("department", "title", "dept_title") and nxt:
                found.add("post")
        return found == {"person", "post"}

    def span_end(self, r: int, c: int) -> int:
        """Last column of the merge that starts at (r, c), or c."""
        if self._merge_start is None:
            self._merge_start = {(r0, c0): c1 for r0, c0, _r1, c1 in self.grid.merges or ()}
        return self._merge_start.get((r, c), c)


# the columns whose text a holder's bracket closes (a 备注's is read from its cell)
_BRACKET_ROLES = ("measures", "risk_point", "description")


# the stages of a measure ('事前 | 事中 | 事后' rows under a point merged down over them)
_STAGES = frozenset(
    ("事前", "事中", "事后", "事前防控", "事中防控", "事后防控", "事前预防", "事中监控", "事中控制",
     "事后监督", "事后处置", "事后追责")
)  # fmt: skip


def _with_stage(row: list[str], sc: int, measures: str) -> str:
    """A row's measure with the stage its column ``sc`` writes beside it ('事中：…')."""
    stage = row[sc].strip() if sc < len(row) else ""
    return f"{stage}：{measures}" if stage in _STAGES else measures


def _stage_column(rows, roles, col_role, first: int, last: int) -> int | None:
    """A column no role claims whose every filled cell is a stage of the measures (事前 / 事中 /
    事后), two stages at least: each row's measure is of that stage."""
    claimed = {c for role, c in roles.items() if role != "other"}
    for c in range(first, last + 1):
        if c in claimed or col_role.get(c) not in (None, "other"):
            continue
        cells = {row[c].strip() for row in rows if c < len(row) and row[c].strip()}
        if len(cells) >= 2 and cells <= _STAGES:
            return c
    return None


def _holder_cells(
    roles: dict[str, int], col_role: dict[int, str], labels: dict[int, str], rows, card_above
) -> tuple[int, ...]:
    """The columns (the measures, the point, its description, a 备注) whose cells close with a
    labelled bracket naming the row's 科室, post or holder ('…⏎（责任科室：…　责任岗位：…　责任人：
    …）') under a heading that does not announce them. A table with holder columns: any such
    cell (it fills a blank one, or is checked against it); one with none: every filled cell of
    the column, two at least, and no card's holder named above (a card's holder is its own)."""
    cols = [roles[x] for x in _BRACKET_ROLES if x in roles]
    cols += [
        c for c, x in col_role.items() if x == "other" and _REMARKS_HEAD.search(labels.get(c, ""))
    ]
    # ('防控措施及责任人': a holder its heading announces is the column's own, read with it by
    # ``_embedded``; its 责任人 may watch the row's holder)
    cols = [c for c in cols if not _HEADS_A_HOLDER.search(labels.get(c, ""))]
    listed = not _IDENTITY_ROLES.isdisjoint(roles)
    found = []
    for c in cols:
        cells = [row[c] for row in rows if c < len(row) and row[c].strip()]
        tails = [v for v in cells if ("：" in v[-130:] or ":" in v[-130:])]  # (the cheap test)
        if not tails or (not listed and (len(tails) < len(cells) or len(cells) < 2)):
            continue
        if listed:
            named = any(holder_bracket(v) is not None for v in tails)
        else:
            named = all(holder_bracket(v) is not None for v in tails)
        if named:
            found.append(c)
    if found and not listed and card_above():
        return ()
    return tuple(found)


def _same_holder(field: str, own: str, said: str) -> bool:
    """A bracket's 科室, post or holder the same as the row's own ('股长' in '耕保股股长', '周海'
    in a cell '支行行长：周海' not yet parted)."""
    a, b = squeeze(own), squeeze(said)
    if field == "person":
        return a == b or (b in a and not looks_like_name(a))
    return a in b or b in a


_REMARKS_HEAD = LazyRe(r"备注|说明|附注")
_HEADS_A_HOLDER = LazyRe(r"责任|负责|姓名|人员")


# a line of who filled the list in and when, from its start ('排查时间：…　填报人：…'; not a title
# cell whose second line says so)
def _bracketed_holders(rows: list[RawRisk]) -> None:
    """A post column writing its holders in brackets ('副校长（戢翎嫣）'): its '校长（俄色次里）',
    '出纳（穰舒桐）' name holders too, whose surnames no list holds (a Yi name, a rare surname)."""
    found = [
        (rr, m)
        for rr in rows
        if not rr.person and ("（" in rr.title or "(" in rr.title)
        if (m := POST_BRACKET_NAME.match(rr.title))
    ]
    if not any(looks_like_name(m.group(2)) for _rr, m in found):
        return
    for rr, m in found:
        if (
            not looks_like_name(m.group(2))
            and _bracketed_name(m.group(2))
            and is_post(squeeze(m.group(1)))
        ):
            rr.title, rr.person = squeeze(m.group(1)), squeeze(m.group(2))


# how one is employed, after a post in brackets ('司机（外聘）'): no name
_EMPLOYED_AS = re.compile(
    r"外聘|见习|临聘|聘用|返聘|试用|实习|借调|挂职|兼职|代理|在编|编外|合同|劳务|派遣|公益性|协管|临时|驻村|下派"
)


def _bracketed_name(text: str) -> bool:
    """A name in brackets after a post, in a column that writes its holders so, whatever its
    surname ('俄色次里', '穰舒桐'): two to five characters, none a post's, a place's or a note's
    ('兼', '代征点', '主持工作')."""
    t = squeeze(text)
    return (
        3 <= len(t) <= 5
        and not _EMPLOYED_AS.search(t)
        and bool(HAN_NAME.match(t))
        and not any(ch in NOT_NAME_CHARS for ch in t)
        and not is_post(t)
        and not _dept_like(t)
        and t[-1] not in "县市区州旗镇乡村路街园场厂点站所处组队科室股部"
        and not POST_NOTE.search(f"（{t}）")
    )


# what a table of the post's people says it is ('本岗位在岗人员', '到岗时间'); not its watchers,
# its stand-ins or a family
_CREW = re.compile(r"在岗|岗位人员|工作人员|人员名单|到岗|上岗|任职时间|编制|人员类别")
_NOT_CREW = re.compile(r"监督|[AB]角|[AB]岗|家庭|亲属|称谓|关系|联系人")
_TABLE_COLUMN = re.compile(r"^\s*(?:列|Column)\s*\d{1,2}\s*$")
_PHONE_LINE = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,8}?(?:监督|举报|监督举报|投诉|咨询|值班|办公|联系)?电话\s*[:：]\s*[\d（(][\dXx*＊\-－—\s]*"
    r"(?:[(（][^()（）]*[)）])?\s*$"
)  # ('镇纪委监督电话：0812-…' too)
# a line of where to write or call under a table, a cell a label ('报检点地址：… | 监督电话：12316')
_CONTACT_CELL = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}?(?:地址|电话|联系人|邮箱|网址|传真)\s*[:：]")


def _side_title_text(text: str) -> bool:
    """A cell's text (squeezed) that is a table's title as one above the table would be: it ends
    in a title word ('…一览表', '…排查表', '…防控卡') or names a body and its 廉政风险; not a
    name, a 科室, a seal's ``骑缝线`` or a field's value ('单位：…')."""
    if not 6 <= len(text) <= 80 or _field_with_value(text) or _DATED_BY.match(text):
        return False
    if text.endswith(TITLE_ENDS):
        return True
    return bool(re.search("廉[政洁]风险", text)) and bool(unit_in_title(text))


def _header_caption(text: str) -> bool:
    """A page header's section that names the table or its unit ('…财政所岗位廉政风险防控一览表',
    'XX县交通运输局'), not the body that issued the form ('中共XX县纪律检查委员会　XX县监察委员会
    制') nor a mark ('内部资料')."""
    if _ISSUER_MARK.search(text):
        return False
    return bool(unit_in_title(text) or dept_in_title(text))


_ISSUER_MARK = re.compile(r"(?:监制|印制|制发|印发|制)\s*$|纪律检查委员会|监察委员会")


_DATED_BY = re.compile(
    r"[^\n]{0,8}?(?:时间|日期)\s*[:：][^\n]*(?:填报人|填表人|经办人)\s*[:：][^\n]*$"
    r"|[^\n]{0,4}?(?:填报人|填表人|经办人)\s*[:：][^\n]*(?:时间|日期)\s*[:：][^\n]*$"
)


@lru_cache(maxsize=1 << 14)
def _row_kind(row: tuple[str, ...], span: int) -> str:
    """What a row is, from its filled cells in order (``span``: how many more columns a lone
    cell is merged over). Cached: the same title, field and sign-off lines come in every file
    of a round.

    blank | page | title | unit | fields | review | note | signoff | other"""
    cols = range(len(row))
    first = row[0]
    fk = label_key(first) if len(first) <= 200 else ""
    if len(cols) == 1 and _PAGE.match(fk):
        return "page"
    if len(cols) >= 2 and all(_TABLE_COLUMN.match(v) for v in row):
        return "page"  # '列1 | 列2 | …': the header Excel gives a table made of cells with none
    if len(cols) == 1 and _PHONE_LINE.match(first):
        return "signoff"  # '监督电话：0834-6522318（县纪委监委驻…纪检监察组）' under a card
    if 1 < len(cols) <= 4 and all(_CONTACT_CELL.match(v) for v in row):
        return "signoff"  # '报检点地址：… | 监督电话：12316' under a table
    if (
        _TOTAL.match(fk)
        or (len(cols) == 1 and len(first) <= 80 and _TALLY.search(first))
        or (
            (
                (fk.endswith(_SUBTOTAL_ENDS) and _SUBTOTAL.match(fk))
                or (fk.endswith(("小计", "合计")) and len(fk) <= 20)
            )
            and (len(row) > 1 or re.search(r"\s(?:计数|求和|汇总|平均值)$", first))
            and all(_COUNT_CELL.match(v.strip()) for v in row[1:])
        )
    ):
        # '合计 | 12项 | 12个风险点', '本岗位共查找廉政风险点5个,其中Ⅰ级2个…': a count of the rows
        # above, not a row
        return "total"
    if (
        1 < len(cols) <= 4
        and first.rstrip().endswith((":", "："))
        and all(v.rstrip().endswith((":", "：")) or _is_date(v) for v in row)
    ):
        return "signoff"  # '持卡人: | 监督人:', '检查单位: | 年　月　日': labels left blank to sign
    if _ISSUED.search(first) and all(_is_date(v) for v in row[1:]):
        return "signoff"  # 'XX镇纪委监制' (and its date) under a card: who issued the form
    if len(cols) <= 2:
        if _ANNEX.match(fk) or ("廉政风险" in fk and fk.endswith("表")) or fk.endswith("一览表"):
            return "title"
        if (fk.startswith(_NOTE_OPENINGS) or _EXPLAINED.match(first.strip())) and len(fk) > 3:
            return "note"  # ('风险编码说明：编码前两位字母为…': what a column's codes mean)
        if len(fk) <= 60 and fk.endswith(TITLE_ENDS) and not _DATED_BY.match(first):
            # ('排查时间：2024年5月　填报人：中心综合办': who filled it in and when, no title)
            return "title"
    if (
        "意见" in fk
        and len(fk) <= 24
        # ('补充风险点（按审核意见增加）：' over rows added; '补充意见：' is a review box)
        and not (fk.startswith(("补充", "新增", "增加")) and not fk.endswith("意见"))
        and (fk.endswith("意见") or "审查" in fk or "审核" in fk or "审批" in fk or "领导" in fk)
    ):
        return "review"
    if len(cols) >= 3 and _OVER_THE_UNIT.match(fk):
        # '主管部门 | XX县林业局 | 单位名称 | XX林场 | 填报时间 | …': the body over the unit named
        # first, the line is the unit's (or its sign-off) from the unit's own label on
        at = next((c for c in cols[1:] if _is_unit_label(row[c])), None)
        if at is not None:
            return _row_kind(row[at:], 0)
    if _is_unit_label(first):
        # '填报单位(盖章):…  填报日期:…' under a table is its sign-off line
        if (
            len(cols) > 1
            and any(
                "日期" in _key(row[c])
                or "时间" in _key(row[c])
                or _is_signoff_label(_key(row[c]))
                or _is_date(row[c])  # '填报单位:XX县九里镇卫生院(盖章) | 2024年5月'
                or (  # '院长:' to sign, not '姓名：' of the next card
                    len(row[c]) <= 8
                    and row[c].rstrip().endswith((":", "："))
                    and field_of(_key(row[c])) in (None, "head")  # not '姓名：' of the next card
                )
                for c in cols[1:]
            )
        ):
            return "signoff"  # … or '填报单位(盖章):… | 书记(签字):'

        return "unit"
    if (
        (
            len(cols) <= 4
            or (len(cols) <= 6 and _SIGN_WORD.search(first) is not None)
            or _signoff_pairs(row, cols)
        )
        and all(len(row[c]) <= 40 for c in cols)
        # ('①票据逐张审核', '（2）签字表…归档': an item, no label; '1.填表人：' a label all the same)
        and not (_ITEM_LINE.match(first) and first.rstrip()[-1:] not in ":：")
        and (
            _is_date(first)
            or _ENDS_WITH_DATE.search(row[cols[-1]])
            or _is_signoff_label(_key(first))
            or _signed_label(first)  # '编制:综合部'
            # a label further along: only in a line of short cells (a data row may end in a
            # measure such as '严格审核')
            or any(
                _is_signoff_label(_key(row[c]))
                and (row[c].rstrip().endswith((":", "：")) or all(len(row[x]) <= 12 for x in cols))
                for c in cols
            )
        )
    ):
        # a field label (姓名, 科室) beside the sign-off makes it a preamble line, unless
        # nothing is filled in: labels and a date to sign ('持卡人签字: | 年 月 日')
        if not any(
            field_of(_key(row[c])) in ("person", "department", "dept_title", "declared_grade")
            and not _SIGN_WORD.search(row[c])  # '持卡人签字: | 吴国栋': a signature, no field
            for c in cols
        ) or all(
            row[c].rstrip().endswith((":", "："))
            or _is_date(row[c])
            or (len(row[c]) <= 16 and _SIGN_WORD.search(row[c]) is not None)
            for c in cols
        ):  # labels and places to sign ('持卡人签字: | 镇纪委(盖章)'), nothing filled in
            return "signoff"
    if len(cols) == 1 and len(first) <= 40:
        rest, holder = caption_holder(first)
        if holder and caption_identity(rest):
            return "title"  # '(一)出纳岗 负责人:钱小红': a caption naming a post and its holder
    if len(cols) == 1 and len(first) <= 80 and span >= 2:
        # one short text merged across the table: a caption, not a row
        if len(_fields_in_line(first)) > 1:
            return "fields"  # '所在单位:…   姓名:…   岗位:…' across the sheet
        if _DATED_BY.match(first):
            return "signoff"  # '排查时间：…　填报人：中心综合办': who filled it in and when
        if not _field_with_value(first):
            return "title"
    # field labels are short: do not fold the long texts of a data row
    if any(
        len(v) <= 12 and not _FIGURES.fullmatch(v) and _field_label(v) for v in row
    ) or _field_with_value(first):
        return "fields"
    return "other"


# a cell of figures and punctuation only ('12', '1.2', '（3）'): no field's label
_FIGURES = re.compile(r"[\d\s.,，、．()（）\-—]*")


@lru_cache(maxsize=1 << 15)
def _field_label(text: str) -> bool:
    """A short cell that labels a field of the form, or the holder's former one. Cached (a
    list's short cells recur: posts, levels, names); figures are let through uncached, so that a
    long list's serial numbers do not push the labels out of the cache."""
    key = label_key(text)
    return bool(field_of(key) or _former_field(key))


# the unit's own label and value after its parent's in one cell ('…　　单位名称：XX站　　…')
_OWN_UNIT = LazyRe(
    r"(?<![管属口])(?:单位名称|填报单位|单位)\s*(?:[(（]\s*盖章\s*[)）])?\s*[:：]\s*([^\s:：]{2,40})"
)
# the label of the body a unit answers to, written before the unit's own ('主管部门', '上级主管单位')
_OVER_THE_UNIT = LazyRe(r"^(?:上级)?(?:主管|归口管理|业务主管)(?:部门|单位|机关)")


@lru_cache(maxsize=1 << 14)
def _is_unit_label(text: str) -> bool:
    """'单位(盖章):XX局', '单位：', '填报单位', '单　位' spaced out — but not '单位领导小组审查意见'."""
    if "单" not in text[:10] or "位" not in text[:12]:
        return False
    fk = label_key(text)
    if "单位" not in fk[:8]:
        return False
    if fk.startswith(("单位盖章", "填报单位", "单位名称")) or fk == "单位":
        return True
    if fk in ("所在单位", "工作单位") or re.match(r"^\s*(?:所在|工作)单\s*位\s*[:：]", fold(text)):
        return True  # '所在单位 | XX县农业技术推广中心' ('所在单位及职务' is another field)
    return bool(re.match(r"^\s*单\s*位\s*[:：]", fold(text)))


_INLINE_FIELD = re.compile(r"^\s*([^:：]{1,12})\s*[:：]\s*(.+)$", re.S)
_LABEL_FIRST = re.compile(r"^[^\s:：]{1,8}\s*[:：]")
_NEXT_LABEL = re.compile(r"(?:[ \t\u3000]{2,}|\n)(?=[^\s:：]{1,8}\s*[:：])")


@lru_cache(maxsize=1 << 14)
def _field_with_value(text: str) -> tuple[str, str] | None:
    """'姓名:张三' in one cell → ('person', '张三')."""
    if "__" in text or "＿" in text:
        text = _BLANKS.sub(" ", text)  # '姓名：___张三___': Word's blank filled in
    m = _INLINE_FIELD.match(text)
    if not m:
        return None
    key = label_key(m.group(1)).replace("、", "")  # '所在办（站、所）'
    fld = field_of(key)
    if not fld:
        return None
    # '科室：心血管内科　　科主任：嵇长庚': the value ends where a wide gap opens another label
    value = _NEXT_LABEL.split(m.group(2).strip(), maxsplit=1)[0]
    if _LABEL_FIRST.match(value):
        return fld, ""  # '所在股室：　　岗位：站长': this one left blank, the next label follows
    return fld, value.strip()


def _value_word(word: str) -> bool:
    """A word that goes on a field's value, not a blank label, a date, a number or a level."""
    return (
        len(word) <= 4
        and not any(ch in word for ch in ":：()（）")
        and not any(ch.isdigit() for ch in word)
        and word not in ("年", "月", "日")
        and not word.endswith("级")
        and not field_of(label_key(word))
        and not _is_signoff_label(label_key(word))
    )


_WIDE_GAP = re.compile(r"\s*\n\s*|[ \t\u3000]{2,}")
_LINE_FIELD = re.compile(r"([^:：\s]{1,12})\s*[:：]\s*([^\s:：]+)")


class _Blank:
    """A field left blank in a line of fields: a match whose value is empty."""

    def __init__(self, m: re.Match) -> None:
        self.m = m

    def group(self, i: int) -> str:
        return self.m.group(1) if i == 1 else ""

    def start(self) -> int:
        return self.m.start()

    def end(self, _i: int = 0) -> int:
        return self.m.start(2)


def _line_fields(text: str) -> list:
    """The label：value matches of a line; a value that is itself the next label ('所在股室：
    岗位：站长') leaves its field blank (a ``_Blank``) and is read as that label."""
    out: list = []
    pos = 0
    while m := _LINE_FIELD.search(text, pos):
        if text[m.end(2) : m.end(2) + 1] in (":", "：") and _next_label(m, text):
            out.append(_Blank(m))
            pos = m.start(2)
        else:
            out.append(m)
            pos = m.end()
    return out


def _next_label(m: re.Match, text: str) -> bool:
    """The value of ``m``, followed by a colon, is the next field's label, its own left blank
    ('姓名：　　性别：男', '岗位：　　任职时间：…'); not a post before its duties ('职务：主要负责人：
    全面负责…') nor a name before more ('姓名：王强：男')."""
    value, key = m.group(2), label_key(m.group(2))
    own = field_of(label_key(m.group(1)))
    after = re.split(r"[\s:：]+", text[m.end(2) + 1 :].strip(), maxsplit=1)[0]
    if own in ("title", "dept_title", "head") and is_post(value) and not looks_like_name(after):
        return False  # ('职务：　　分管领导：李四': a label, a name after it)
    if own == "person" and looks_like_name(value):
        return False
    return bool(
        field_of(key)
        or _is_signoff_label(key)
        or key in _PERSONAL_LABELS
        or _INFO_LABEL.match(key)
        or key.endswith(("时间", "日期", "单位", "人数", "面貌"))
    )


_BLANKS = re.compile(r"[_＿]{2,}")


@lru_cache(maxsize=1 << 14)
def _fields_in_line(text: str) -> tuple[tuple[str, str], ...]:
    """Header fields written one after another in one cell: ((field, value), …)."""
    if text.count(":") + text.count("：") < 2:
        return ()
    if "__" in text or "＿" in text:
        text = _BLANKS.sub("  ", text)  # '承诺人：___茆屿汀___　　岗位：___…___': Word's blanks
    if "\n" in text and all(x.count(":") + x.count("：") <= 1 for x in text.split("\n")):
        # '姓　　名：符丽萍⏎所在办（站、所）：民政办⏎职　　务：民政专干': a field a line
        lines = [_field_with_value(x) for x in text.split("\n") if x.strip()]
        if sum(1 for x in lines if x) >= 2:
            return tuple(x for x in lines if x)
    out = []
    found = _line_fields(text)
    for i, m in enumerate(found):
        key = label_key(m.group(1))
        fld = field_of(key) or ("unit" if key.endswith("单位") and len(key) <= 4 else None)
        if fld is None and re.sub(r"(?:签名|签字)$", "", key) in ("自查人", "承诺人"):
            fld = "person"  # '自查人:祁山　　所在科室:…' above a self-check: its holder
        if fld is None and key in _FILLER and len(found) >= 2:
            # '填表人：栾葭苇　　岗位：园长': one who fills in a form beside his own post holds it
            # (beside a 填表时间 alone he is the office's clerk: see below)
            fld = "filler"
        if fld:
            # the value runs on to the next label, a wide gap or the line's end: '职务：办公室 副主任',
            # '责任人:龙　梅' (a name padded with a space)
            stop = found[i + 1].start() if i + 1 < len(found) else len(text)
            value = m.group(2)
            words = _WIDE_GAP.split(text[m.end(2) : stop], maxsplit=1)[0].split() if value else []
            if fld == "person":
                # '龙　梅', '欧阳 明华': a name padded with a space; '李明 王芳' are two
                if words and (len(value) == 1 or value in COMPOUND_SURNAMES):
                    if len(value + words[0]) <= 4 and _value_word(words[0]):
                        value += words[0]
            elif value and _BOXED_CHOICES.search(
                options := (value + text[m.end(2) : stop]).strip()
            ):
                value = options  # '所在科室：□办公室 ☑财务股　职务：…': the options, one ticked
            else:
                # '办公室 副主任', '会计 兼 出纳': a post in two words; not '副镇长 分管农业'
                for i, word in enumerate(words):
                    post_word = is_post(word)
                    if word == "兼" and i + 1 < len(words):
                        value += " 兼"
                    elif fld in ("title", "dept_title") and post_word and _value_word(word):
                        value += " " + word
                    else:
                        break
            out.append((fld, value))
    if any(f == "person" for f, _v in out):
        out = [
            (f, v) for f, v in out if f != "filler"
        ]  # '姓名：王强 … 填表人：王强': the 姓名 says
    if any(f == "filler" for f, _v in out):
        own = any(f in ("title", "department", "dept_title") for f, _v in out)
        # (marked too: over a list of several posts he is its clerk, see ``_list_forms``)
        marked = []
        for f, v in out:
            if f != "filler":
                marked.append((f, v))
            elif own:
                marked += [("person", v), ("filler", v)]
        out = marked
    return tuple(out)


def _rostered_name(v: str) -> bool:
    """A holder's cell of a roster: a name, a marked one, or two to four Han characters under
    its 姓名 heading (a surname not listed: '粘思齐'; a note: '缺编', '待定')."""
    return looks_like_name(v) or marked_name(v) or (bool(HAN_NAME.match(v)) and len(v) <= 4)


_FORMER = LazyRe(r"调离|调出|离任|离职|退休|^原|[(（]原")
# what a level heading's sub-headings may grade: '风险等级' over '岗位 | 风险点'
_GRADED = frozenset({"岗位", "风险点", "风险", "个人", "事项"})
_LEVEL_WORD_HEAD = LazyRe(r"(?:等级|级别)$")  # ('风险等级', not '风险研判', '风险评定')
# footnote marks typed after a holder's name ('闵渫珑*△', '钭湛珝※'), explained by a note
_NAME_MARKS = "*＊△▲※#＃◆◇"


def _unmarked(name: str) -> str:
    """A holder's name without the footnote marks after it ('闵渫珑*△' → '闵渫珑'); a name masked
    for the public ('欧阳**') stays as it is."""
    bare = name.rstrip(_NAME_MARKS + " \u3000")
    if name.endswith("**") and not any(ch in name for ch in "△▲※#＃◆◇"):
        return name
    return bare if _rostered_name(bare) else name


_NOT_A_NAME = frozenset({"同上", "本人", "见上", "另定"})  # (vacancies: ``VACANT``)


def _boxed_name(v: str) -> bool:
    """A name after a holder's label in a text box: two to four Han characters of any surname,
    no post ('持卡人：司机' names the post)."""
    return (
        not is_post(v)
        and _rostered_name(v)
        and not VACANT.search(v)
        and v not in _SAME_AS_BEFORE
        and v not in _NOTHING
        and v not in _NOT_A_NAME
    )


def _value_like(v: str) -> bool:
    """A cell that reads as a field's value (a name, a 科室, a post), not as another label."""
    return looks_like_name(v) or _dept_like(v) or bool(tier_of_post(v))


def _labels_over_values(sh: _Sheet, rows: list[int]) -> dict[int, int]:
    """Lines of field labels whose values stand in the line below, column under column
    ('单位 | 岗位 | 姓名' over 'XX派出所 | 户籍内勤 | 覃小雅'): label row → value row."""
    out: dict[int, int] = {}
    rowset = set(rows)
    for r in rows:
        if r in out.values():
            continue
        if r - 1 in rowset and r - 1 not in out and r - 1 not in out.values():
            if _captions_under(sh, r):  # (bracketed captions name the row above, not below)
                out[r] = r - 1
                continue
        if r + 1 not in rowset:
            continue
        cols = sh.nonempty(r)
        row = sh.rows[r]
        labelled = [c for c in cols if field_of(sh.key(r, c)) or _is_unit_label(row[c])
                    or sh.key(r, c) in _PERSONAL_LABELS]  # fmt: skip
        # a value between two labels makes it a line of pairs ('姓名 | 张三 | 职务 | 科员')
        if len(labelled) < 2 or any(
            c not in labelled and labelled[0] < c < labelled[-1] and _value_like(row[c])
            for c in cols
        ):
            continue
        if any(
            len(row[c]) > 10 or any(ch.isdigit() for ch in row[c]) or _field_with_value(row[c])
            for c in cols
        ):
            continue
        below = sh.nonempty(r + 1)
        if not below or any(field_of(sh.key(r + 1, c)) or _is_unit_label(sh.rows[r + 1][c])
                            for c in below):  # fmt: skip
            continue
        if sum(1 for c in labelled if c in below) >= max(2, (len(labelled) + 1) // 2):
            out[r] = r + 1
    return out


def _captions_under(sh: _Sheet, r: int) -> bool:
    """Row ``r`` is bracketed captions under the values they name, as a printed form puts
    them under its blanks ('玛曲县藏医院 | 制剂室 | 主任 | 厍沄璠' over '（单位） | （科室） |
    （岗位） | （姓名）'): two or more, every cell of the row one, the row above values in
    their columns with no label among them."""
    cols = sh.nonempty(r)
    row = sh.rows[r]
    if len(cols) < 2 or not all(
        row[c][:1] in "(（" and row[c][-1:] in ")）" and len(row[c]) <= 8 for c in cols
    ):
        return False
    # (most of them fields; one more may caption a date or a leader: '（日期）', '（分管领导）')
    named = [c for c in cols if field_of(sh.key(r, c)) or _is_unit_label(row[c][1:-1])]
    if len(named) < max(2, len(cols) - 1):
        return False
    above = sh.nonempty(r - 1)
    return (
        sum(1 for c in named if c in above) >= max(2, (len(named) + 1) // 2)
        and not any(field_of(sh.key(r - 1, c)) or _is_unit_label(sh.rows[r - 1][c]) for c in above)
        and not any(_field_with_value(sh.rows[r - 1][c]) for c in above)
    )


def _parse_fields(
    sh: _Sheet, rows: list[int], stacked: dict[int, int] | None = None
) -> dict[str, tuple[str, str]]:
    """Header fields in the preamble rows: field → (value, cell of the value); ``stacked``:
    ``_labels_over_values`` of these rows, if known."""
    out: dict[str, tuple[str, str]] = {}
    part: tuple[str, str] | None = None  # the last part named by a label of its kind
    if stacked is None:
        stacked = _labels_over_values(sh, rows)
    named = [False]  # the holder given under 姓名: it beats one under another label ('风险责任人')

    def person_by_name(fld: str | None, label: str) -> bool:
        if fld != "person" or named[0] or label not in _NAME_LABELS:
            return False
        named[0] = True
        return "person" in out

    for r, v in stacked.items():
        for c in sh.nonempty(r):
            fld = field_of(sh.key(r, c)) or ("unit" if _is_unit_label(sh.rows[r][c]) else None)
            if fld and c < len(sh.rows[v]):
                if person_by_name(fld, sh.key(r, c)):
                    del out["person"]
                out.setdefault(fld, (sh.rows[v][c], cell_ref(v, c)))
    skip = set(stacked) | set(stacked.values())
    for r in rows:
        if r in skip:
            continue
        row = sh.rows[r]
        cols = sh.nonempty(r)
        keys = {c: sh.key(r, c) for c in cols}
        # '甲方：XX县财政局 | 负责人：…': the other party of a 责任书 and its head, not the holder
        other_party = any(row[c].lstrip().startswith("甲方") for c in keys)
        # '谈话人 | 郦… | 职　务 | 局长': the post on the line is the other party's
        others_line = bool(keys) and bool(_OTHER_PARTY.match(keys[min(keys)]))
        for i, (c, k) in enumerate(keys.items(), 1):
            if others_line and field_of(k) == "person" and k not in _NAME_LABELS:
                others_line = (
                    False  # ('… | 接收人 | 阙知微 | 交接岗位 | 出纳': the holder's from here)
                )
            if other_party and (field_of(k) == "head" or k.startswith(("负责人", "法定代表人"))):
                continue
            if others_line and field_of(k) in ("title", "department", "head", "dept_title"):
                continue
            several = _fields_in_line(row[c])
            if len(several) > 1:  # '所在单位:…财政所   姓名:裘春燕   岗位:出纳' in one cell
                for fld, value in several:
                    out.setdefault(fld, (value, cell_ref(r, c)))
                continue
            inline = _field_with_value(row[c])
            if inline:
                if person_by_name(inline[0], _key(re.split(r"[:：]", row[c], maxsplit=1)[0])):
                    del out["person"]
                out.setdefault(inline[0], (inline[1], cell_ref(r, c)))
                continue
            fld = field_of(k)
            c2 = cols[i] if i < len(cols) else None  # the next filled cell (cols ascend)
            if fld is None and c2 is not None and _part_label(k, row[c2]):
                part = (row[c2], cell_ref(r, c2))  # '村卫生室 | 柳湾村卫生室': the label says
                continue  # what kind of part; a 科室 field, if any, says more
            if fld is None:
                continue
            if fld in out and not person_by_name(fld, k):
                continue
            # the value is the next filled cell of the line, unless that is another label
            if c2 is None or field_of(keys[c2]) or keys[c2] in _PERSONAL_LABELS:
                out[fld] = ("", cell_ref(r, sh.span_end(r, c) + 1))
            else:
                out[fld] = (row[c2], cell_ref(r, c2))
    if part is not None:
        out.setdefault("department", part)
    for k, (v, cell) in list(out.items()):
        if v and v[0] in "/／\\-—－_·.。、 " and _NOTHING_WRITTEN.match(v):
            out[k] = ("", cell)  # '股室 | /': nothing to say there (a leader has no 科室)
        elif v and _BOXED_CHOICES.search(v):
            # '□中心领导　☑登记科　□综合科': the options printed on every copy, one ticked
            # ('（请在□内打√）': how to tick, no option)
            out[k] = ("、".join(ticked_choices(_HOW_TO_TICK.sub("", v))), cell)
    dept = out.get("department")
    if dept and _WINDOW_NUMBER.match(squeeze(dept[0])):
        out["department"] = ("", dept[1])  # '窗口 | 3号', '所在窗口 | A05': a number, no 科室
    party = out.pop("party", None)
    if party and party[0].strip():
        # a 责任书's 乙方: the holder where it names a person ('乙方：漆雕岚'); a 科室 or a body
        # signing ('乙方：国库股', '乙方：东风村村民委员会') holds no post by name
        v = party[0].strip()
        if _DEPT_END.search(v) and not looks_like_name(v):
            out.setdefault("department", (v, party[1]))
        elif not _BODY_END.search(v) or looks_like_name(v):
            out.setdefault("person", party)
    return out


# the holder's own name label: it beats another holder label ('风险责任人'), not a filler's ('填表人姓名')
_NAME_LABELS = {"姓名", "本人姓名", "人员姓名", "员工姓名", "职工姓名", "干部姓名"}
# a post heading a whole body ('主任' may be a 科室's), and what the body's name ends with
_UNIT_HEAD = {
    "局长": ("局",), "院长": ("院",), "镇长": ("镇",), "乡长": ("乡",), "县长": ("县",), "区长": ("区",),
    "校长": ("学校", "中学", "小学", "校"), "馆长": ("馆",), "党组书记": ("党组",), "党委书记": ("委",),
    "党总支书记": ("党总支",),
    "主席": ("会",), "总经理": ("公司", "集团"), "董事长": ("公司", "集团"),
}  # fmt: skip


def _heads_another(post: str, dept: str) -> bool:
    """A post heading a whole body ('局长', '校长') other than the 科室 a field names above the list
    ('科室：办公室' over the 局长's row: who filled it in; '所在科室：图书馆' over the 馆长's is his)."""
    base = re.sub(r"^(?:常务)?副?", "", post)  # ('书记' alone may be a 支部's)
    ends = _UNIT_HEAD.get(base)
    return bool(ends) and not LEADERS_GROUP.match(dept) and not squeeze(dept).endswith(ends)


_NOTHING_WRITTEN = LazyRe(r"^[\s/／\\\-—－_－·.。、]+$")
_DEPT_END = LazyRe(r"(?:股|科|室|所|站|队|办|中心)\s*$")
# an outlet's name in a staffing grid ('营业部', '宗加支行', '城关供电所', '城区中队', '综合股'); no
# year ('2024年'), no A/B角, no '现任': a grid of those says when or which of two, not where
_OUTLET_END = LazyRe(
    r"(?:股|科|室|所|站|队|办|中心|村|社区|学校|中学|小学|幼儿园|院|局|公司|镇|乡|街道|行|部|网点|"
    r"分理处|处|组|段|区|厂|场|点|馆|庭|班|厅)\s*$"
)
_BODY_END = LazyRe(
    r"(?:股|科|室|所|站|队|办|中心|委员会|村|社区|学校|中学|小学|幼儿园|医院|卫生院|局|公司|镇|乡|街道)\s*$"
)


def _part_label(key: str, value: str) -> bool:
    """A label naming the kind of part the next cell names: '村卫生室 | 柳湾村卫生室',
    '所在中队 | 城东中队' (a kind the field words do not list)."""
    kind = key.removeprefix("所在").removeprefix("所属")
    v = "".join(value.split())
    return (
        2 <= len(kind) <= 5
        and kind.endswith(("室", "站", "所", "队", "科", "股", "监区", "病区", "片区"))
        and len(v) > len(kind[-2:])
        and v.endswith(kind[-2:])
        and len(v) <= 16
        and field_of(label_key(v)) is None
    )


def _parse_unit(sh: _Sheet, rows: list[int], stacked: dict[int, int] | None = None) -> str:
    """The unit a 单位 line above the table names, without its '(盖章)'; '' where the line
    leaves it blank ('单位(盖章): | | 负责人(签字):' names no unit '负责人(签字):')."""
    unit = _STAMP_NOTE.sub("", _unit_line(sh, rows, stacked)).strip()
    if unit.endswith((":", "：")) or _is_signoff_label(_key(unit)):
        return ""
    return unit


# the office of a unit that gathers its forms ('填报单位：局办公室', 'XX镇纪委(汇总)')
_COMPILER = LazyRe(
    r"^(?:本|局|院|委|镇|乡|中心)?(办公室|党政办|党政综合办公室|综合办公室|综合办|纪委|纪工委|纪检组"
    r"|纪检监察室|监察室|综合科|综合股|政工科|人事科|组织人事科)$"
)


_OFFICE_WORDS = re.compile(r"办|纪|监察|综合|政工|人事")  # (words a gathering office's name has)


def _compiled_within(line: str, titled: str) -> str:
    """A 填报单位 line naming an office of the unit the title names, not a unit of its own: the
    office that gathered the forms ('局办公室', 'XX镇纪委（汇总）' under 'XX县XX镇…'), or ''."""
    line = re.sub(r"[(（][^()（）]*[)）]$", "", squeeze(line))
    if COUNTY_SEAT.search(titled):
        return ""  # a county's 政府办, 县委办 is a unit of its own
    # the office alone, or after the unit's name or the end of it ('XX镇' of 'XX县XX镇')
    for k in range(0, max(0, len(line) - 1)):
        m = _COMPILER.match(line[k:])
        if m and (k == 0 or titled.endswith(line[:k]) or (k >= 2 and line[:k] in titled)):
            return m.group(1)
    return ""


# the places a title names before a body: '岐山县', '宝鸡市岐山县'
# what a title may open with before the places it names: '附件2', '2025年度', '关于', '中共'
_TITLE_LEAD = LazyRe(r"^(?:附件\s*\d+\s*[:：]?|\d{4}\s*年度?|关于|中共|转发|印发)+")
_REGION_TAIL = LazyRe(r"(?:(?:(?![年度])[\u4e00-\u9fffX]){1,6}?(?:自治区|省|市|州|盟|区|县|旗))+$")
_STAMP_NOTE = re.compile(r"\s*[(（]\s*(?:盖章|公章|签章|章)\s*[)）]\s*$")


def _unit_line(sh: _Sheet, rows: list[int], stacked: dict[int, int] | None = None) -> str:
    if stacked is None:
        stacked = _labels_over_values(sh, rows)
    for r, v in stacked.items():
        for c in sh.nonempty(r):
            if _is_unit_label(sh.rows[r][c]) and c < len(sh.rows[v]):
                return sh.rows[v][c]
    for r in rows:
        if r in stacked or r in stacked.values():
            continue
        cols = sh.nonempty(r)
        if not cols:
            continue
        first = sh.rows[r][cols[0]]
        if _OVER_THE_UNIT.match(label_key(first)) and (own := _OWN_UNIT.search(fold(first))):
            if _body_name(own.group(1)):
                return own.group(1)  # '主管部门：XX局　　单位名称：XX站　　填报日期：…' in one cell
        m = _UNIT.match(fold(first))
        if m and _is_unit_label(first):
            value = m.group(1).strip()
            # '填报单位:XX局 填报时间:…' in one cell: the unit ends where the next label starts
            value = re.split(
                r"\s+(?:填报|填表|日期|时间|主管部门|主管单位|负责人|联系人|联系电话|电话)"
                r"|\s+(?=[\u4e00-\u9fff()（）]{2,8}[:：])"  # '…人民政府　　科室:社会事务办'
                # '…大队（盖章）　　2024年6月', a date closing the line (not '2024年全国文明城市…')
                r"|\s+(?=(?:[\d〇零一二三四五六七八九十]{4}\s*年度?(?:[\d〇零一二三四五六七八九十]{1,2}\s*月"
                r"(?:[\d〇零一二三四五六七八九十]{1,3}\s*日)?)?|年\s+月\s+日?)\s*$)",
                value,
                maxsplit=1,
            )[0].strip()
            if not value and len(cols) > 1:
                value = sh.rows[r][cols[1]].strip()
            return value
        for c in cols[1:]:
            # '姓名：__舒窈禾__ | 单位：__XX街道综合文化站__ | 职务：__站长__': a unit among the fields
            cell = _BLANKS.sub(" ", sh.rows[r][c]) if "__" in sh.rows[r][c] else sh.rows[r][c]
            m = _UNIT.match(fold(cell))
            if m and _is_unit_label(cell):
                value = re.split(
                    r"\s+(?=[\u4e00-\u9fff()（）]{2,8}[:：])|\s{2,}", m.group(1).strip()
                )[0]
                if _body_name(value):  # ('单位：万元' says how much, not whose; '单位：XXXX' none)
                    return value
            if (
                _is_unit_label(cell)
                and _OVER_THE_UNIT.match(label_key(sh.rows[r][cols[0]]))
                and (nxt := next((x for x in cols if x > c), None)) is not None
                and _body_name(value := sh.rows[r][nxt].strip())
                and not (m and m.group(1).strip())
            ):
                return value  # '主管部门 | XX县林业局 | 单位名称 | XX林场': the unit's own value
    return ""


def _tier_from(title_text: str) -> str:
    """The tier a title names; '中层领导干部' is middle, so 中层 and 一般 are tried before 领导."""
    for word, tier in (("领导岗位", "leader"), ("中层岗位", "middle"), ("一般岗位", "general"),
                       ("中层", "middle"), ("一般", "general"), ("领导", "leader")):  # fmt: skip
        if word in title_text:
            return tier
    return ""


def _read_meta(grid) -> dict | None:
    """Our templates carry hidden metadata in row 1; take it out of the grid."""
    if not grid.rows:
        return None
    row = grid.rows[0]
    for c, v in enumerate(row):
        if v.startswith(META_PREFIX):
            row[c] = ""
            try:
                meta = json.loads(v[len(META_PREFIX) :])
                return meta if isinstance(meta, dict) else None
            except ValueError:
                return None
    return None


@lru_cache(maxsize=1 << 14)
def _is_date(text: str) -> bool:
    return bool(_DATE.match(label_key(text)))


@dataclass
class _Table:
    """One table header: its columns' roles and the columns it spans."""

    row: int
    start: int  # first row under the header
    roles: dict[str, int]  # role → column
    col_role: dict[int, str]  # every header column → role
    first: int
    last: int  # last column of the table (its header's last cell, merges included)
    extra: dict[str, list[int]]  # role → further columns under a merged heading
    sections: bool = False  # group lines inside the table name 科室, posts or levels
    ticks: dict[int, str] = field(default_factory=dict)  # column → level its mark means
    level_votes: bool = False  # the cells under the level words count votes: the most wins
    type_ticks: dict[int, str] = field(default_factory=dict)  # column → type its mark means
    type_levels: bool = False  # the mark under a type is the point's level word (类别及等级)
    # 思想道德风险 | 制度机制风险 over 高 | 中 | 低 each (or levels over types), one tick a row:
    # column → (the type, the level) its tick gives
    type_level_ticks: dict[int, tuple[str, str]] = field(default_factory=dict)
    ticks_level_col: int | None = None  # a level column beside the type × level ticks
    point_dash: bool = False  # '风险点及表现形式' written '风险点——表现形式' in one cell
    point_shows: str = (
        ""  # … written '风险点，主要表现为…' ('words') or '风险点。表现。' ('sentences')
    )
    point_colon: bool = False  # the point's cells written '短名：表现' (the short name the point)
    point_tag: bool = False  # the point's cells written '【短名】表现' (the bracket the point)
    point_measures: bool = False  # '风险点及防控措施' over a point and its '（1）…' lines below
    point_lines: str = ""  # the role of the numbered lines under a point in its own cell
    point_arrow: bool = False  # '风险点及防控措施' written '风险点→防控措施' in one cell
    point_bracket: str = ""  # the role of the bracket closing a point, where the heading says so
    level_criteria: list[int] = field(default_factory=list)  # ticks under criteria: their count
    # 风险程度评分 over 1 | 2 | 3 | 4 | 5, one tick a row: column → the score it stands for
    score_ticks: dict[int, int] = field(default_factory=dict)
    # no level column, a note names the column whose remarks name each row's level in a
    # sentence ('风险等级在备注栏注明' over '列为一级风险点，纳入重点监督'): the one level it names
    level_said: bool = False
    point_posts: bool = False  # no post column, each point opens with its post ('出纳：坐支现金')
    point_holders: bool = False  # no holder column, each point ends with its holder ('…（鄢璟琤）')
    # columns whose cells close with a labelled bracket naming the row's holder ('…⏎（责任科室：…
    # 　责任岗位：…　责任人：…）'): the rows' 科室, post and holder where the table has none
    holder_cells: tuple[int, ...] = ()
    # the column of holders' staff numbers ('责任人编号 | SJ2502、SJ2503') a key table on the sheet
    # ('人员编号 | 姓名 | 职务') resolves: each number a holder of the row's point
    staff_numbers: int | None = None
    point_areas: bool = False  # each point opens with its area of work ('工程发包方面：…')
    # each cell of the point's column opens by naming it ('针对“…”的风险：…'), the rest its measures:
    # 'measures' where that is the only risk column (a cell naming none is no point), 'joined'
    # under a heading of both ('风险点及防控措施': a cell naming none stays as read)
    point_quoted: str = ""
    # the only risk column is a 防控要点 whose cells read 'measures，防止 point。' (``_aimed_parts``)
    point_aimed: bool = False
    # '风险点及防控要求' over 'point，应 requirement。' in one sentence (``_required_parts``)
    point_required: bool = False
    post_ticks: dict[int, str] = field(default_factory=dict)  # column → post its mark means
    helper_marks: frozenset[str] = frozenset()  # marks under a post that help, not hold ('○')
    holder_measures: bool = False  # post_ticks' cells are each holder's measures, not marks
    holder_steps: bool = False  # post_ticks' cells are swim lanes: the step the holder does
    open_lanes: frozenset[int] = frozenset()  # swim lanes of nobody's steps (the '申请人''s)
    lane_depts: dict[str, str] = field(default_factory=dict)  # a lane's holder → the 股室 over it
    blank_marks: frozenset[str] = frozenset()  # what an unticked box of a row of boxes holds
    level_series: list[int] = field(default_factory=list)  # a level per quarter: the latest counts
    level_factors: list[int] = field(
        default_factory=list
    )  # likelihood | impact: the level both make
    level_scores: _Scores | None = None  # L | E | C (and D): the band of their product
    former_point: int | None = None  # '原风险点' beside '调整后风险点': the point where kept
    level_points: dict[int, str] = field(default_factory=dict)  # column → level of its points
    level_lines: bool = False  # a level_points cell lists its points a numbered line each
    level_point_measures: dict[int, int] = field(default_factory=dict)  # level col → its measures
    level_measures: dict[int, str] = field(default_factory=dict)  # column → level of its measures
    type_measures: dict[int, str] = field(default_factory=dict)  # column → type of its measures
    stage_col: int | None = None  # 事前 | 事中 | 事后 beside each row's measures, no heading known
    # 防控措施 over 人防 | 制防 | 技防 | 群防, a tick under each kind that applies: column → kind
    measure_kinds: dict[int, str] = field(default_factory=dict)
    level_types: dict[int, str] = field(default_factory=dict)  # column → level of the types in it
    type_points: dict[int, str] = field(default_factory=dict)  # column → type of its points
    # column → (what its sub-heading names, the sub-heading): 'post' over the post's own risk
    # texts (廉政风险点 over 所长 | 法制员), 'part' over who holds the row there (责任人 over 公司本部 | …)
    per_column: dict[int, tuple[str, str]] = field(default_factory=dict)
    post_points: dict[int, str] = field(default_factory=dict)  # per_column's posts over points
    # posts named by labels above the table ('主　岗 | 站长 | 兼　岗 | 检查员'), its 岗位 column
    # writing only the label ('主岗'): label key → the post
    post_labels: dict[str, str] = field(default_factory=dict)
    answer: int | None = None  # '本岗位是否存在 | 是/否': a row answered 否 is no point
    head_post: tuple[str, str, str] | None = None  # '财务部会计（钭璠漪）岗位风险点': whose rows
    # a heading row repeated over each holder's block, its 岗位/姓名 cells typed over with that
    # holder's ('序号 | 副局长 | 厍昶翀 | 廉政风险点 | …'): header row → the roles its cells give
    holder_rows: dict[int, dict[str, str]] = field(default_factory=dict)
    # bands of a point's columns across, each under a merged cell naming its holder ('登记科　科长
    # 张三' over '廉政风险点 | 风险等级 | 防控措施'): the row of those cells, and each band's point
    # column → its holder's 科室, post and name
    band_row: int | None = None
    band_holders: dict[int, dict[str, str]] = field(default_factory=dict)
    # a code column numbering an outline ('1' 股室, '1.1' post, '1.1.1' point): the column and
    # the depth of the points
    outline: tuple[int, int] | None = None
    point_boxes: bool = False  # each point opens with a box to tick ('☑…', '□…'): ticked ones count
    adjusted: int | None = None  # a level column after review ('调整后等级'): it wins where filled
    revised: int | None = None  # a column saying how a row was revised ('修订情况': 删除, 新增)
    across: list[dict[str, int]] = field(default_factory=list)  # more points along the row
    header: tuple[dict[int, Heading | None], dict[int, str], str] | None = None  # for a next sheet

    @property
    def is_list(self) -> bool:
        return self.sections or bool(self.per_column) or not _IDENTITY_ROLES.isdisjoint(self.roles)


_IDENTITY_ROLES = frozenset(IDENTITY)
_SIDE_HEADS = frozenset(("序号", "编号", "称谓", "关系", "与本人关系"))


def locate_forms(
    grid, rel: str, config=None, continues=None, legend: str = "", split_types: bool = False,
    group_sheets: tuple = (),
) -> SheetResult:  # fmt: skip
    """Find every form on one sheet (``config`` gives the vocabularies the contents are
    judged by; the defaults when None). ``continues``: the last header of the sheet before
    (``SheetResult.header``), which a sheet of rows without a header of their own goes on;
    ``legend``: notes of the file's other sheets (a 填表说明 defining the level words);
    ``group_sheets``: the file's sheets named like a roster ('人员名单'), which may list the
    members of the groups a list names (``_holders_by_group``)."""
    if config is None:
        from xlproc.config import load_config

        config = load_config()
    loc = _Locator(grid, rel, config, continues)
    loc.file_legend = legend
    loc.split_types = split_types
    loc.group_sheets = group_sheets
    res = loc.run()
    res.point_holders = list(loc.point_holders.values())
    return res


def points_half_header(grid) -> tuple[int, int, dict[int, Heading | None]] | None:
    """The header of the left half of a table whose columns are cut over two sheets: a row of
    short headings naming a 序号, a risk text and some other known role (科室, 岗位, 责任人)
    but no type, level or measures (those stand on the other sheet), most of its cells known
    headings, within the sheet's first 12 rows: (row, 序号 column, headings), else None."""
    sh = _Sheet(grid)
    for r in range(min(len(sh.rows), 12)):
        if not sh.names_point(r):
            continue  # (the cheap test)
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 16 for c in cols):
            continue
        heads = {c: heading_role(k) if (k := sh.key(r, c)) and k != "\x00" else None for c in cols}
        known = {c: h for c, h in heads.items() if h is not None and h.strength >= 2}
        roles = {h.role for h in known.values()}
        seq = next((c for c, h in known.items() if h.role == "seq"), None)
        if seq is None or not roles & set(POINTISH) or roles & set(ANCHOR):
            continue
        if len(roles) < 3 or len(known) < 0.6 * len(cols):
            continue
        return r, seq, heads
    return None


def locate_points_half(
    grid, rel: str, config, header: tuple[int, int, dict[int, Heading | None]], legend: str = "",
    split_types: bool = False,
) -> SheetResult:  # fmt: skip
    """``locate_forms`` of a sheet whose header (``points_half_header``) holds the points but
    none of their types, levels or measures, read as a table because another sheet of the file
    holds those columns under the same 序号 (``collect._columns_split_over_sheets``)."""
    if config is None:
        from xlproc.config import load_config

        config = load_config()
    loc = _Locator(grid, rel, config)
    loc.file_legend = legend
    loc.split_types = split_types
    loc.half_header = header
    return loc.run()


class _Locator:
    """One pass over one sheet: header rows first, then each form's preamble, table and tail."""

    def __init__(self, grid, rel: str, config, continues=None):
        self.grid, self.rel, self.config = grid, rel, config
        self.continues = continues
        self.labels: dict[int, str] | None = None  # the labels of a header given, not read
        self.sh = _Sheet(grid)
        self.spec = load_spec()
        self.issues: list[Issue] = []
        self.seen = self.reported = self.unplaced = 0
        self.repeated: set[int] = set()
        self.skip: set[int] = set()  # titles of a table continued page by page
        self.code_legend: set[int] = set()  # rows of a legend of a column's codes (no stray rows)
        self.aside: dict[int, set[int]] = {}  # header row → columns of another programme's risks
        self.beside_map: _RiskMap | None = None  # a 风险坐标图 in the rows of the list being read
        self.staffing_rows: set[int] = set()  # a staffing grid's rows under a list of posts
        self.stacked: set[int] = (
            set()
        )  # rows whose holder cell is the post's above (``_stacked_holders``)
        self.part = False  # reading one of several tables side by side
        self.stamps: list[tuple[int, str]] = []  # (row, unit) named on lines under the forms
        self.file_legend = ""  # notes on the file's other sheets
        self.group_sheets: tuple = ()  # the file's sheets that may list groups' members
        self.duty_holders: dict[tuple[str, str], str] = {}  # (post, 分工) → holder, a post two hold
        self.split_types = False  # the file's sheets are one list split by type
        # a header of points only, its other columns on another sheet (``locate_points_half``)
        self.half_header: tuple[int, int, dict[int, Heading | None]] | None = None
        self.panel: dict[str, tuple[str, str]] = {}  # a card's fields in a panel beside its table
        self.side_title: tuple[int, int, str] | None = None  # (rows, title) merged down its edge
        self.sheet_unit = ""  # the unit the sheet's first table was found to belong to
        self.held_posts: dict[str, str] = {}  # holder → post, from a line of who holds which
        self.tail_roster: dict[str, str] = {}  # post → holder, from such a line under a list
        self.signed_post = ""  # the post a holder's signature names before him, as written
        self.current_table: _Table | None = None  # the table whose rows are being read
        self.closed: set[int] = set()  # lines of a holder's pairs that closed the card above
        self.held_below = False  # the form's holder is named only on a line under its rows
        self.card_named = False  # the card being read names its holder on its lines above
        self.years: list[int] = []  # the years the captions of the tables read so far name
        self.quoted_col: int | None = None  # no risk column: the measures naming their points
        self.aimed_col: int | None = None  # no risk column: a 防控要点 closing on '，防止 point'
        self.last_table: _Table | None = None
        # tables of holders naming points by 序号, by first row (``_point_holders_at``)
        self.point_holders: dict[int, PointHolders] = {}
        self.point_holder_rows: dict[int, int] = {}  # such a table's first row (its caption) → end
        self.point_holder_used: set[int] = set()  # such tables' rows: no holder's lines of a card
        self.level_heads: set[int] = (
            set()
        )  # header rows whose columns are levels (``_level_headers``)
        self._joined: tuple[int | None, int] = (
            None,
            -1,
        )  # (the point a wrapped row went on, its row)

    def run(self) -> SheetResult:
        if not self.part:
            self.side_title = self._side_title()  # (before anything reads the sheet's columns)
        sh = self.sh
        meta = _read_meta(self.grid)
        if meta and meta.get("form") == "instructions":
            return SheetResult([], [], 0, 0, 0)
        n = len(sh.rows)
        cards = self._point_cards() if not self.part else []
        if cards:  # '编号 | … | 风险点名称 | …' cards a point each, stacked down the sheet
            return SheetResult(cards, self.issues, self.seen, self.reported, self.unplaced)
        self.panel = (self._side_panel() or self._right_panel()) if not self.part else {}
        heads = self._header_rows() or ([self.half_header] if self.half_header else [])
        if heads and not self.part and (band := self._band_heading()) and band[0] == heads[0][0]:
            heads = []  # ('岗位 | 姓名 | 类别 | 第一项 | 第二项': bands of labelled rows, no header)
        if heads and not self.part and self._points_headed_by_levels(heads[0]):
            heads = self._level_headers() or heads  # ('高风险点 | 中风险点 | 低风险点')
        for h, depth, headings in heads if not self.part else ():
            groups = _side_by_side(headings)
            if groups and not self._stage_groups(h, depth, headings):
                return self._split(h, groups, meta)
        if not heads:
            forms = (
                self._transposed()
                or self._records()
                or self._matrix()
                or self._point_groups()
                or self._labelled_points()
            )
            if forms:
                return SheetResult(forms, self.issues, self.seen, self.reported, self.unplaced)
            if not self.part:
                joined = self._halves()
                if joined is not None:
                    return joined
            heads = (
                self._guessed_headers()
                or self._continued_header()
                or self._grid_headers()
                or self._level_headers()
            )
        if not heads and not self.part and self._point_holders_in(range(min(n, 60))):
            return SheetResult([], self.issues, 0, 0, 0)  # a sheet of whose the points are
        if not heads:
            if not NOT_A_FORM_SHEET.search(self.grid.name) and any(
                sh.names_point(r) for r in range(min(n, 60))
            ):
                self.issues.append(make_issue("SHEET_NO_TABLE", self.rel, self.grid.name))
            roster, _rows = self._roster_table(list(range(min(n, 20))), full=True)
            roster = roster or self._chart_roster()
            return SheetResult([], self.issues, 0, 0, 0, roster=roster)
        forms: list[RawForm] = []
        pre_start = 0
        for i, (h, depth, headings) in enumerate(heads):
            next_h = heads[i + 1][0] if i + 1 < len(heads) else n
            if self._point_holders_at(h, next_h) is not None:
                continue  # a table of holders by point numbers, read as a header: no points
            table = self._classify(h, depth, headings, next_h)
            self._holder_headings(table, next_h)  # '序号 | 副局长 | 厍昶翀 | 风险点 | …' a block
            self._bracket_holders(table, next_h)  # '廉政风险点（办公室　主任　张三）' a block
            table.point_quoted = self._quoted_points(table, h + depth - 1)
            table.point_aimed = self._aimed_points(table, h + depth - 1)
            self._required_points(table, h + depth - 1)  # 'point，应…' under '风险点及防控要求'
            self.last_table = table
            pre_rows = list(range(pre_start, h))
            held = self._point_holders_in(pre_rows)  # whose the points below are, by number
            if held:
                pre_rows = [x for x in pre_rows if x not in held]
            side = self._side_tables(pre_rows)  # a table of duties or of family members above
            coded, code_rows = self._coded_posts(pre_rows, table)  # '岗位编号 | 科室 | 岗位 | 姓名'
            side |= code_rows
            # '风险编码 | 廉政风险点 | …' over 'S01-1' and a '岗位代码 | 所在股室 | 岗位 | 责任人' table
            # under (or above) it: the code table's rows are no rows of the list
            prefixed = self._prefix_code_rows(table, pre_rows, next_h)
            if prefixed:
                side |= prefixed
                self.skip |= prefixed
                self.code_legend |= prefixed
            if coded and table.roles.get("title") == coded[0]:
                del table.roles["title"]  # ('岗位代码' is the post's code, not the post)
                table.col_role[coded[0]] = "other"
            if side:
                pre_rows = [x for x in pre_rows if x not in side]
            table.post_labels, labelled = self._post_labels(pre_rows, table, next_h)
            staff = self._staff_lines(pre_rows) if "title" not in table.roles else {}
            stacked = _labels_over_values(sh, pre_rows)
            values = set(stacked.values())
            holders, listed = self._post_holders(pre_rows) if table.is_list else ({}, set())
            # '本岗位在岗人员' over '序号 | 姓名 | 人员类别 | 到岗时间' above a post's card: who holds it
            crew, crew_rows = self._crew_above(pre_rows) if not table.is_list else (("", ""), set())
            listed = listed | crew_rows
            for r in pre_rows:
                if (
                    sh.kind(r) == "other"
                    and not self._title_like(r)
                    and r not in values
                    and r not in listed
                    and r not in labelled
                    and not self._duty_line(r)  # '职权名称 | 取水许可 | …' above a power's table
                    and not self._labelled_values(r)  # '项目名称:… | 项目金额:48.6万元'
                    and not self._info_pairs(r)  # '联系人 | 邸见山 | 联系电话 | … | 填报日期 | …'
                    and not self._pledge_text(r)  # '…本人郑重承诺如下' across the form above it
                    and r != table.band_row  # '登记科　科长　张三' over its band: the holders
                ):
                    self._unplace(r)
            if "risk_point" not in table.roles or (
                not meta and (self._counts_only(table, next_h) or self._level_scale(table, next_h))
            ):  # (our own template's table is the points' whatever they say: '0' is one)
                # '科室 | 风险点 | 等级' over counts ('5', '3个'): a summary of the points, no list
                # of them; reported once as another kind of table, its rows counted
                pre_start = self._other_table(table.start - 1, next_h)
                continue
            risk_map = self._risk_map_of(table, next_h)
            self.beside_map = None
            if risk_map is not None and risk_map.left >= 0:
                self.beside_map = risk_map  # beside the list, in its rows: its cells no strays
            elif risk_map is not None:
                self.skip |= risk_map.rows  # '发生可能性 | 高 | 1、3 | 8 | 2': the map's, no rows
            raw_rows, r = self._table(table, next_h)
            if table.band_holders:
                self._band_holders_of(table, raw_rows)  # each band's points its holder's
            if (
                risk_map is not None
                and raw_rows
                and "risk_level" not in table.roles
                and not any(rr.risk_level for rr in raw_rows)
            ):
                self._levels_by_map(table, raw_rows, risk_map)  # each 序号's cell in the map
            if raw_rows and raw_rows[-1].risk_point[-1:] in _FOOTNOTE_MARKS:
                self._footnoted_points(table, raw_rows, r, next_h)  # '…不公①' over '①指…'
            if table.holder_cells and raw_rows:
                self._holders_in_brackets(table, raw_rows)  # '…⏎（责任科室：…　责任人：…）'
            if self.duty_holders and raw_rows:
                self._holders_by_duty(raw_rows)  # '副所长' two hold: the row's 分工 says whose
            if "person" in table.roles and raw_rows:
                self._specific_holders(table, raw_rows)  # '直接责任人' over several posts
            if (
                staff
                and "person" in table.roles
                and len(staff.keys() & {rr.person for rr in raw_rows}) >= 2
            ):
                for rr in raw_rows:  # '从琰澍　土地收储股股长，负责…' above: his 股 and post
                    if rr.person in staff:
                        dept, rr.title = staff[rr.person]
                        rr.department = rr.department or dept  # (the row's own 科室 stays)
            if raw_rows and table.header and "title" in table.roles:
                self._posts_by_tier(table, raw_rows)  # '岗位' over '领导岗位 | 中层岗位 | 一般岗位'
            if table.post_labels:
                for rr in raw_rows:  # '主岗' in the 岗位 column: the post the label names above
                    rr.title = table.post_labels.get(_post_label(rr.title), rr.title)
            if (
                raw_rows
                and table.header
                and any(_PARENT_HEAD.match(squeeze(v)) for v in table.header[1].values())
            ):
                raw_rows = self._tree_by_parent_codes(table, raw_rows)  # '编号 | 上级编号 | …'
            if raw_rows and "risk_type" not in table.roles and all(rr.risk_type for rr in raw_rows):
                # '（一）业务流程风险' over its points: the group rows gave every point its type
                no_type = cell_ref(table.row, table.first)
                self.issues = [
                    i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == no_type)
                ]
            if forms and raw_rows and self._keyed_measures(table, raw_rows, forms):
                # '序号 | 对应风险点 | 防控措施' over '1 | 1、2 | …': the measures of the points
                # above by their numbers, no points of its own
                self.reported += len(raw_rows)
                no_type = cell_ref(h, table.first)  # (a table of measures has no type to give)
                self.issues = [
                    i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == no_type)
                ]
                _t, r = self._tail(r, next_h, table.is_list)
                pre_start = r
                continue
            if raw_rows and ("title" in table.roles or "person" in table.roles or prefixed):
                # '责任岗位 | B、D' under 'A—馆长　籍湉岚；…', '责任人 | ①' under '代号 | 股室 | 岗位 | 姓名',
                # '风险编码 | S01-1' over '岗位代码 | 所在股室 | 岗位 | 责任人' (the code's holder)
                around = [*range(pre_start, h), *range(r, next_h)]
                if prefixed:
                    around = sorted({*around, *prefixed})
                raw_rows = self._holder_codes(table, raw_rows, around, range(table.row, r))
            elif raw_rows and "workflow" in table.roles:
                # '执法环节' and no post: '各环节责任人：接警受案—值班民警　张三；…' says whose
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_stage(table, raw_rows, around, range(table.row, r))
            elif raw_rows and _window_keyed(table, raw_rows):
                # '窗口 | 窗口名称 | 廉政风险点' and no holder: the hall's plan ('1号窗口⏎企业开办⏎
                # 张三' boxes), a '窗口 | 姓名' table or a '1号窗口：张三；…' line says whose
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_stage(
                    table, raw_rows, around, range(table.row, r), "department"
                )
            elif raw_rows and ("department" in table.roles or "unit" in table.roles):
                # '责任主体 | 局领导' and no post: a roster keyed by group says whose
                around = [*range(pre_start, h), *range(r, next_h)]
                raw_rows = self._holders_by_group(table, raw_rows, around, range(table.row, r))
            if (
                raw_rows
                and "title" in table.roles
                and not {"person", "department", "unit"} & table.roles.keys()
            ):
                # '岗位 | 廉政风险点' naming an outlet's posts only, and under it '营业网点 | 网点负责人
                # | 会计主管' a row an outlet: each row a point of its post's holder in every outlet
                raw_rows = self._posts_by_staffing_grid(
                    table, raw_rows, range(r, next_h), range(table.row, r)
                )
            if raw_rows and "title" in table.roles and "person" in table.roles:
                # '各临床、医技科室 | 科主任 | 各科室主任' over common points: each 科主任's
                raw_rows = self._shared_by_post(table, raw_rows)
            if raw_rows and not any(rr.risk_level for rr in raw_rows) and "排" in self._legend:
                # '按风险等级由高到低排列，其中高风险点5个…' around this table (not another's)
                own = "\n".join(
                    "".join(sh.rows[x])
                    for x in range(pre_start, next_h)
                    if sh.kind(x) == "note" or len(sh.nonempty(x)) == 1  # (a subtitle too)
                )
                self._levels_by_rank(raw_rows, own)
            if r < next_h and self._change_log_head(r):
                r = self._changes(r, next_h, raw_rows)  # the holders now of the posts above
            if any(not rr.risk_level for rr in raw_rows) and (
                _LEVEL_ONCE.search(self._legend) or _LEVEL_ONCE.search(self._level_heading(table))
            ):
                _levels_down_runs(raw_rows)  # '同一岗位…等级相同的，只在第一项填写等级，其余留空'
            if coded:
                self._posts_by_code(table, raw_rows, coded)
                table.sections = True  # (the rows name their posts, as group lines would: a list)
            if "seq" in table.roles and any(
                "第" in rr.risk_point or "序号" in rr.risk_point for rr in raw_rows
            ):
                raw_rows = self._cross_refs(table, raw_rows)  # '同内科科主任（第1—3项）'
            if "risk_type" in table.roles and raw_rows and len(raw_rows[0].risk_type) == 1:
                self._type_initials(table, raw_rows)  # '思 | 制 | 岗': a character of the type
            if "seq" in table.roles and any("风险点" in rr.measures for rr in raw_rows):
                self._measures_lines_by_number(table, raw_rows)  # '针对风险点3：…⏎针对风险点4：…'
            if "person" in table.roles and "title" in table.roles and self.grid.merges:
                raw_rows = self._shared_by_all(table, raw_rows, r)  # names listed in a post's block
            year = self._caption_year(pre_rows)
            reviewed = any(
                _REVIEWED.search(sh.rows[x][c]) for x in pre_rows for c in sh.nonempty(x)
            ) or any(
                _REVIEWED.search(v) for v in (table.header[1].values() if table.header else ())
            )
            if year and self.years and year < max(self.years) and reviewed:
                # '二、2023年度…落实情况' under this year's table: last year's list, reviewed
                self.reported += len(raw_rows)
                self.issues.append(make_issue("TABLE_SET_ASIDE", self.rel, self.grid.name,
                                              cell_ref(h, table.first), value=f"{year}年"))  # fmt: skip
                _t, r = self._tail(r, next_h, table.is_list)
                pre_start = r
                continue
            if year:
                self.years.append(year)
            self._chained_holders(table, raw_rows)  # '人事股-股长-…' under '股室-岗位-姓名'
            listy = table.is_list  # (settled once its rows are read)
            if table.post_ticks:  # a row marked under two posts is a point of each
                self.seen += sum(rr.title.count("\n") for rr in raw_rows)  # (counted per post)
                # (each holder's own measures, where his column holds them, not a mark)
                own = {v: c for c, v in table.post_ticks.items()} if table.holder_measures else {}
                raw_rows = [
                    replace(
                        rr,
                        department=rr.department
                        or table.lane_depts.get(post)
                        or _ticked_part(post.partition("\t")[0])[0],
                        title=_ticked_part(post.partition("\t")[0])[1]
                        if not rr.department
                        else post.partition("\t")[0],
                        person=post.partition("\t")[2] or rr.person,
                        measures=self._holder_cell(rr.row, own[post])
                        if post in own
                        else rr.measures,
                    )
                    if "\n" in rr.title or "\t" in rr.title or _ticked_part(rr.title)[0]
                    else rr
                    for rr in raw_rows
                    for post in (rr.title.split("\n") if "\n" in rr.title else [rr.title])
                ]
            elif "title" in table.roles:
                raw_rows = self._boxed_posts(table, raw_rows)  # '☑主席　□副主席　☑办公室主任'
            if (
                listy
                and "risk_level" not in table.roles
                and "declared_grade" not in table.roles
                and not (table.ticks or table.level_points)
            ):
                self._sheet_level(pre_rows, raw_rows)  # a sheet of one level: '一级风险' tabs
            if listy and "risk_type" not in table.roles and not table.type_points:
                self._sheet_type(pre_rows, raw_rows, table)  # '思想道德风险' tabs
            if not (table.level_points or table.type_points):
                raw_rows = self._numbered_points(raw_rows)  # '1.…⏎2.…' beside '1.高⏎2.中'
            self._embedded(table, raw_rows)
            if listy and "department" not in table.roles:
                self._left_labels(raw_rows, table)  # '药剂科' merged down beside its section
            if listy and "person" in table.roles:
                self._successors(raw_rows, table)  # '备注 | 该岗位由蒯昉湄接任' beside the old name
                self._caretakers(raw_rows, table)  # '备注 | 岗位暂缺，现由站长逄樾岑负责'
                self._named_once(raw_rows, table)  # a post's holder written at its first row only
            if listy and "title" in table.roles:
                raw_rows = self._holders_by_post_columns(table, raw_rows)  # 科主任 | 护士长 | …
                if "person" not in table.roles and self.grid.comments:
                    self._holders_in_comments(table, raw_rows)  # a 批注 '岗位责任人：…' on a post
            self._scale(table, raw_rows)
            if table.score_ticks:
                self._score_ticks_said(table, raw_rows)  # once a table, and the rows unclear
            if table.type_level_ticks:
                self._type_level_ticks_said(table, raw_rows)  # likewise
            if "risk_level" not in table.roles and not (table.ticks or table.level_points):
                self._marked_points(table, raw_rows)  # '★干预…' under '注：…标“★”的为一级…'
                self._level_codes(table, raw_rows)  # '风险编号 | Ⅱ-03' under '注：…“Ⅱ”为二级…'
            if "risk_type" in table.roles:
                self._type_codes(table, raw_rows)  # 'A' … 'E' defined by a 填表说明 line
            elif not table.type_ticks:
                self._band_types(table, raw_rows)  # '思想道德风险' over '风险点 | 等级' pairs
                self._type_marked_points(table, raw_rows)  # '▲…' under '注：▲为思想道德风险…'

            self._type_level_codes(table, raw_rows)  # '风险代码 | 制Ⅰ': a type and a level in one
            if listy:
                self._prefixed_codes(table, raw_rows)  # '风险编码 | ZD-01', 'ZD—制度机制风险
            in_cell = self._cell_fields(table, raw_rows)  # '部门：…⏎岗位：…⏎姓名：…' in one cell
            self._holder_lines(table, raw_rows)  # '…路段⏎庹翛沄' under 管养路段及责任人
            raw_rows = self._posts_listed_in_cell(table, raw_rows)  # '科长（…）、科员（…）'
            if listy and raw_rows and "seq" in table.roles and self._moves_items:
                # '注：…第8、9项风险点改由村委会副主任拓跋翀负责…' by the list: those rows his
                # (from its last row: a line merged across under it is read in the table)
                last = max(rr.row for rr in raw_rows) + 1
                self._moved_by_note(table, raw_rows, range(pre_start, h), range(last, next_h))
            tail = r
            # (a card whose holder its own lines above name: a holder's line under it is the next's)
            self.card_named = not listy and any(
                sh.kind(x) == "fields" and self._names_person(x) for x in pre_rows
            )
            reviews, r = self._tail(r, next_h, listy)
            if raw_rows and "seq" in table.roles and r > raw_rows[-1].row + 1:
                # '1.短名：指…' under the list
                self._glossary(table, raw_rows, raw_rows[-1].row + 1, r)
            if listy:  # '附：岗位人员名单' and a small table of who holds which post
                below, r = self._roster_below(r, next_h, {squeeze(x.title) for x in raw_rows})
                holders = {**self.tail_roster, **below, **holders}
                if "person" not in table.roles:
                    holders = {**self._roster_beside(table, r), **holders}  # (right of the list)
            pre_start = r
            unit = lined = _parse_unit(sh, pre_rows, stacked)
            filler = ""
            if unit:
                # '填报单位（人）：榉湾镇财政所　邰禾樾': the body and, after it, who fills it in
                unit = re.sub(r"^[(（]\s*人\s*[)）]\s*[:：]?\s*", "", unit)
                body, _sp, last = unit.rpartition(" ") if " " in unit else unit.rpartition("\u3000")
                if body.strip() and looks_like_name(last.strip()):
                    unit, filler = body.strip(), last.strip()
                lined = unit
            fields = _parse_fields(
                sh,
                [r for r in pre_rows if sh.kind(r) in ("fields", "other", "signoff", "unit")
                 and r not in listed],
                {r: v for r, v in stacked.items() if sh.kind(r) in ("fields", "other", "signoff", "unit")
                 and sh.kind(v) in ("fields", "other", "signoff", "unit")
                 and r not in listed and v not in listed},
            )  # fmt: skip
            if in_cell and not listy:
                for key, value in in_cell.items():
                    fields.setdefault(key, value)  # a card's '持卡人信息' column beside its rows
            if crew[0] and "person" not in fields:
                fields["person"] = crew
            for key, value in self.panel.items():
                fields.setdefault(key, value)  # '姓名 | 郄澹宁' in a panel left of the table
            if not listy and not meta and "person" not in fields and "head" not in fields:
                # '自查人：… | 所在部门：… | 岗　位：…' printed only in the page footer (页脚) or
                # drawn in a text box above the table (.xlsx)
                lo = min(pre_rows, default=table.row)
                for key, value in self._footer_holder(lo, table.row).items():
                    fields.setdefault(key, value)  # (what the cells say stands)
            self.held_below = False
            if not listy:
                self.held_below = "person" not in fields
                # '所在处室：总务处　　职务：主任' under a pledge's table: its holder's 科室 and post
                # ('填表人：… | 所在科室：… | 职务：… | 填表日期：…' under a self-check likewise)
                below = _parse_fields(
                    sh,
                    [
                        x
                        for x in range(tail, r)
                        if (sh.kind(x) == "fields" or self._own_line(x))
                        and x not in self.point_holder_used
                    ],
                )
                for key in ("department", "title", "person", "head", "declared_grade"):
                    # (his name too: '自查人（签名）：李芳　　所在科室：办公室　　岗位：科员'; the
                    # 科室's head signing under another's form is no holder of it)
                    if key == "head" and ("person" in fields or "person" in below):
                        continue
                    if key in below and key not in fields and below[key][0]:
                        fields[key] = below[key]
                if below and "person" not in fields:
                    # '自查人（签名）： | 昝蔓汀 | 所在科室： | 救助科 | …': the one who signs them
                    signer = self._signed_by(
                        [x for x in range(tail, r) if x not in self.point_holder_used]
                    )
                    if signer:
                        fields["person"] = (signer, "")
            # (a holder named only under the rows: the form itself asked for no one)
            self.held_below = self.held_below and "person" in fields
            roster = POST_PAIR.findall(fields.get("person", ("", ""))[0])
            if listy and len(roster) >= 2 and all(looks_like_name(n) for _p, n in roster):
                # '岗位人员 | 院长:罗永福  报账员:蒋丽华 …': who holds each post, not one holder
                holders = {**{squeeze(p): n for p, n in roster}, **holders}
                del fields["person"]
            titles = [
                "".join(sh.rows[r][c] for c in sh.nonempty(r))
                for r in pre_rows
                if sh.kind(r) in ("title", "other")
                and len(sh.nonempty(r)) <= 2
                and r not in listed  # '站长　甄澍霖；副站长　郗晓桐': who holds which post
                # '分管工作 | 医疗康复部、特教部': what a leader oversees, no caption naming his 科室
                and not oversees_line("".join(sh.rows[r][c] for c in sh.nonempty(r)))
            ]
            # an '附件1' line names no unit; joined to the title it would eat the first character
            # of one that begins with a numeral ('附件1' + '三台县…')
            titles = [x for x in titles if not _ANNEX.match(squeeze(x))]
            if not titles and self.side_title and self.side_title[0] <= h <= self.side_title[1]:
                titles = [self.side_title[2]]  # the title merged down the table's edge beside it
            if not titles and not self.sheet_unit and not unit:
                # nothing above the sheet's first table: a title printed in the page header
                # (页眉) names the unit and its part ('…乡财政所岗位廉政风险防控一览表')
                titles = [x for x in self.grid.page_header if _header_caption(x)]
            title_text = "".join(titles)
            # (the title's unit is read where the 单位 line may yield to it, or names none)
            titled_unit = (
                unit_in_title(title_text)
                if not unit or filler or _OFFICE_WORDS.search(unit)
                else ""
            )
            office = _compiled_within(unit, titled_unit) if unit and titled_unit else ""
            if office:  # '填报单位：局办公室' under 'XX区卫生健康局…': who filled it in
                unit = lined = titled_unit
            if filler:
                if not listy:  # (on a list he filled it in for the posts)
                    fields.setdefault("person", (filler, ""))
                part_of = unit_in_title(
                    unit
                )  # '榉湾镇财政所' under the title's 'XX县榉湾镇人民政府'
                if titled_unit and part_of and part_of in titled_unit and dept_in_title(unit):
                    fields.setdefault("department", (dept_in_title(unit), ""))
                    unit = lined = titled_unit
            if unit and (at := squeeze(title_text).find(squeeze(unit))) > 0:
                # '单　位 | 蔡家坡镇财政所' under '岐山县蔡家坡镇财政所…': the title's county too
                head = _TITLE_LEAD.sub("", squeeze(title_text)[:at])
                if _REGION_TAIL.fullmatch(head):
                    unit = lined = head + squeeze(unit)
            unit = unit or titled_unit
            if self.labels is not None and self.continues is not None:
                unit = unit or self.continues[2]  # a headerless sheet: the unit of the one before
            unit = unit or self.sheet_unit  # the sheet's title over its first table names it
            if not unit and not title_text:
                # no title and no 单位 line above: one under the table ('填报单位:XX县金溪镇水利
                # 管理站' by the signatures) names the unit
                unit = lined = _parse_unit(sh, list(range(tail, r)))
            self.sheet_unit = self.sheet_unit or unit
            # a caption just above the table may name its post or 科室; the title its 科室
            named: dict[str, str] = {}
            for text in titles:
                text, holder = caption_holder(text)
                got = caption_identity(text)
                if got:
                    named[got[0]] = got[1]
                    if holder:
                        named["person"] = holder
            titled = unit
            unit = self._captioned_unit(named, unit)
            if unit and unit == titled:
                named["_titled"] = unit  # the unit a title or 单位 line names, not a caption
            if unit and "department" not in named:
                # '单位:XX县市场监督管理局清河市场监督管理所': the unit and its 所
                u, d = unit_in_title(unit), dept_in_title(unit)
                if (
                    u
                    and d
                    and squeeze(unit) == u + d
                    and not COUNTY_SEAT.search(u)
                    and not (
                        u.endswith("委员会") and d == "办公室"
                    )  # '…禁毒委员会办公室': one body
                ):
                    unit, named["department"] = u, d
            if table.header is not None:
                table.header = (*table.header[:2], unit)
            if "department" not in named:
                # a sheet named for its 科室 (a workbook of a sheet per 科室) says more than a
                # title naming the whole body
                in_title = next((d for d in map(dept_in_title, reversed(titles)) if d), "")
                in_name = sheet_department(self.grid.name)
                # a caption just above the table, under the sheet's title, names this table's
                # 科室 ('事故处理中队岗位廉政风险点' on a sheet of two 中队)
                caption = dept_in_title(titles[-1]) if len(titles) > 1 else ""
                dept = (
                    in_title
                    if caption or not in_name or in_name in in_title or shortened(in_name, in_title)
                    else in_name
                )
                if dept and not (lined and squeeze(lined).endswith(dept)):
                    # not the name the 单位 line ends with ('填报单位:XX旗自然资源局纳川镇自然
                    # 资源所' over '纳川镇自然资源所…排查表'): the unit's own, no part of it
                    named["department"] = dept
            d, post = named.get("department", ""), named.get("title", "")
            if d and post.startswith(d) and is_post(post[len(d) :]):
                named["title"] = post[len(d) :]  # '三、援助业务股股长　宓清扬': 股长 of that 股
            # '周立新同志岗位廉政风险防控卡': the card of one person
            in_title = next(filter(None, map(holder_in_title, titles)), "")
            self_named, where = self._self_named(pre_rows) if not listy else ("", None)
            if where and "title" not in fields and "title" not in named:
                u, d, post = where  # '本人厍文博,系XX县生态环境监测站现场监测室采样员': his post
                named["title"] = post
                if d:
                    named.setdefault("department", d)
                unit = unit or u
            if (
                not listy
                and "filler" in fields
                and "title" not in fields
                and not post_in_title(title_text)
                and fields.get("person", ("", ""))[0] == fields["filler"][0]
            ):
                # '填报单位：… 填表人：王强 部门：办公室' over a 科室's points, no post of his named:
                # the 科室's clerk, unless he signs under them as their holder
                fields = {k: v for k, v in fields.items() if k not in ("filler", "person")}
            if not listy and "person" not in fields and "person" not in named:
                # '自查人(签名):韩立军' under a personal form, '承诺人 | 宦知白' or '填表人 | 韩雪'
                # above it: its holder
                self.signed_post = ""
                signed = (
                    self._signed_by(range(tail, r))
                    or self._signed_by(pre_rows, above=True)
                    or in_title
                    or self_named
                )
                if signed and self.signed_post and "title" not in fields:
                    # '承诺人：XX局环境卫生管理所所长　恽拾遗': his unit, 科室 and post too
                    u, d, ttl = split_unit_title(self.signed_post)
                    if not u and d in ("党组", "党委", "党总支", "支部"):
                        d, ttl = "", self.signed_post  # '党组书记、局长': one post
                    named.setdefault("title", ttl)
                    if d:
                        named.setdefault("department", d)
                    if u and not unit:
                        unit = u
                own = [x for x in range(tail, r) if self._own_line(x)]
                filler = "" if signed else self._filled_by([*pre_rows, *own])
                if signed or filler:
                    named["person"] = signed or filler
                if filler:
                    named["_filler"] = filler
            if in_title and "person" not in fields and "person" not in named:
                named["person"] = in_title
            got = None if listy else next(filter(None, map(post_and_holder_in_title, titles)), None)
            if got and "person" not in fields and named.get("person", got[2]) == got[2]:
                named["person"] = got[2]  # '…中心副主任麦芷沅廉政风险防控卡': post, then holder
                if got[0]:
                    named.setdefault("department", got[0])
                named["title"] = got[1]
            m = next(filter(None, map(TITLE_BRACKET_HOLDER.search, titles)), None)
            if m and m.group(1) and named.get("person") == m.group(2):
                d, post = split_dept_title(m.group(1))
                if d and "department" not in named:  # '…(营林科技术员　韩立新)'
                    named["department"] = d
                    named.setdefault("title", post)
            if holders:
                named["_holders"] = holders  # type: ignore[assignment]
            if listy:
                listed_forms = self._list_forms(table, raw_rows, unit, fields, title_text, named)
                if len(listed_forms) == 1 and not listed_forms[0].person:
                    # a pledge naming its post on its rows: the one who signs under it holds it
                    signed = self._signed_by(range(tail, r))
                    if signed:
                        listed_forms[0].person = signed
                        for rr in listed_forms[0].risks:
                            rr.person = signed
                # ('经办员（巫马栖棠、梁丘若棠）': a post of two holders, a form each)
                forms.extend(g for f in listed_forms for g in self._per_holder(f))
            else:
                forms.extend(
                    self._per_holder(
                        self._form(
                            table,
                            fields,
                            title_text,
                            raw_rows,
                            reviews,
                            unit,
                            None if forms else meta,
                            named,
                        )  # fmt: skip
                    )
                )
        for r in range(pre_start, n):
            if r in self.code_legend:
                continue  # ('代号 | 科室 | 岗位 | 姓名' under the list: who its codes are)
            if sh.kind(r) in ("blank", "page", "signoff", "note", "review", "total"):
                if sh.kind(r) == "signoff":
                    self._stamp_line(r)
                continue
            if self._stamp(r):
                continue
            self._unplace(r)
        if self.stamps:
            # 'XX县住房和城乡建设局' under a form: its unit, as a stamp (the first below its rows and
            # above the next form's)
            spans = [
                (min(rows), max(rows), f)
                for f in forms
                if (rows := [rr.row for rr in f.risks if not rr.sheet])
            ]
            starts = sorted(lo for lo, _hi, _f in spans)
            for _lo, hi, f in spans:
                # (one stamp at the foot of the sheet, no form below it, signs every form above)
                # (a sheet's one stamp signs every form above it)
                end = n if len(self.stamps) == 1 else next((s for s in starts if s > hi), n)
                f.unit = f.unit or next((v for r, v in sorted(self.stamps) if hi < r < end), "")
        if self.labels is not None and forms:
            f = forms[0]  # the rows a headerless sheet opens with, naming no one: the rest of
            if not (f.person or f.department or f.title):  # the last post of the sheet before
                f.continued = True
        res = SheetResult(_join_posts(forms), self.issues, self.seen, self.reported, self.unplaced)
        if self.last_table is not None:
            res.header = self.last_table.header
        return res

    def _transposed(self) -> list[RawForm]:
        """A table laid on its side: labels down one column (风险点 / 风险等级 / 防控措施 …)
        and one risk point per column to their right, in blocks under lines such as
        '承办科室:工程建设科'. Each block needs a risk-text row and a level or measures row.
        Under a heading of holders and numbered items ('岗位 | 姓名 | 项目 | 第一项 | 第二项',
        ``_band_heading``) each block is a holder's band, its holder in the cells left of the
        labels (merged down the band or written on its first row)."""
        sh = self.sh
        n = len(sh.rows)
        band = self._band_heading()
        blocks: list[
            tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]
        ] = []  # first, last, role→row, columns, bands of points by level (row, level)
        # '局领导 | 人事股' / '局长 | 股长' / the names over level bands: rows with no label before them
        heads = self._holder_heads()
        type_rows: dict[int, str] = {}  # rows of a cross table of type by holder → their type

        def label_row(x: int) -> tuple[Heading, int] | None:
            if band is not None and x > band[0]:
                h = self._band_label(x, band[1])
                return None if h is None else (h, band[1])
            got = heads.get(x) or self._label_row(x)
            if heads and got and got[1] < (lc := next(iter(heads.values()))[1]):
                top = self.grid.merged_into.get((x, lc))  # '防控措施' merged over A:B, levels in B
                return (got[0], lc) if top == (x, got[1]) else got
            return got

        r = 0
        while r < n:
            got = label_row(r)
            if got is None:
                r += 1
                continue
            start, roles, label_col = r, {}, got[1]
            holder = self._band_holder(r, band) if band is not None else {}
            if blocks and blocks[-1][1] == r - 1 and band is None:
                # '风险点二 | … / 风险等级 | …' right under the block before: the same posts
                roles.update({k: v for k, v in blocks[-1][2].items() if k in _RECORD_ROLES
                              and k not in POINTISH and k not in ANCHOR})  # fmt: skip
            own: set[str] = set()
            bands: list[tuple[int, str]] = []  # '高风险 | …' rows: points of that level
            while r < n:
                got = label_row(r)
                if (
                    band is not None
                    and r > start
                    and any(v != holder.get(c) for c, v in self._band_holder(r, band).items())
                ):
                    break  # another holder's band (or another 序号) opens here
                if (
                    not bands
                    and band is None
                    and {"title", "person"} & own
                    and not any(x in roles for x in POINTISH)
                ):
                    # the holders' rows over one row a TYPE ('思想道德风险 | 1.…（一级） | / | …',
                    # under a '风险类型 | 廉政风险点及风险等级' caption or none): each cell that
                    # holder's points of the row's type, their levels in the lines' brackets
                    run = self._type_run(r, label_col)
                    if not run and self._type_caption(r, label_col):
                        run = self._type_run(r + 1, label_col, self._caption_says_points(r))
                    if run:
                        bands += run
                        type_rows.update(run)
                        r = run[-1][0] + 1
                        continue
                if got is None or got[1] != label_col or got[0].role in own:
                    # (no level band goes on under type rows: a row after them ends the table)
                    typed = bool(bands) and bands[0][0] in type_rows
                    level = "" if typed else self._band_level(r, label_col, bands)
                    if level and not any(x in roles for x in POINTISH):
                        bands.append((r, level))
                        r += 1
                        continue
                    break  # a role named again opens the next block of the same columns
                if bands and got[0].role in POINTISH:
                    break
                own.add(got[0].role)
                roles[got[0].role] = r
                r += 1
            point = next((roles[x] for x in POINTISH if x in roles), None)
            if point is None and bands:
                point = bands[0][0]
            if band is not None and point is not None and not bands:
                # a holder's band: a point in each numbered item's column of its point row
                cols = [c for c in band[3] if c < len(sh.rows[point]) and sh.rows[point][c].strip()]
                texts = [sh.rows[point][c] for c in cols]
                if sum(1 for v in texts if _is_risk_text(v, self.config)) >= max(1, len(texts) / 2):
                    blocks.append((start, r - 1, roles, cols, bands))
                    self._band_no_point(point, roles, band[3], cols)
                continue
            if point is None or not (set(roles) & set(ANCHOR) or bands):
                continue
            if bands:
                cols = sorted({c for br, _lv in bands for c in sh.nonempty(br) if c > label_col})
                texts = [sh.rows[br][c] for br, _lv in bands for c in cols if sh.rows[br][c]]
            else:
                cols = [c for c in sh.nonempty(point) if c > label_col]
                texts = [sh.rows[point][c] for c in cols]
            # risk texts, not counts (风险点数量 | 5 | 10) or words of a legend (高 | 中 | 低);
            # '/' or '无' of a holder with fewer points says nothing either way, and one point
            # will do for a group right under the last one's ('风险点三 | … | / | /')
            texts = [v for v in texts if v not in _NOTHING and not _NOTHING_WRITTEN.match(v)]
            after = bool(blocks) and blocks[-1][1] == start - 1 and set(cols) <= set(blocks[-1][3])
            if sum(1 for v in texts if _is_risk_text(v, self.config)) < max(
                1 if after else 2, len(texts) / 2
            ):
                continue
            if min(roles.values()) in (roles.get("risk_level"), roles.get("risk_type")):
                continue  # '风险等级 | 一级 | 二级 | 三级' over their meanings: a legend
            if "risk_level" in roles:
                levels = [
                    sh.rows[roles["risk_level"]][c]
                    for c in cols
                    if c < len(sh.rows[roles["risk_level"]])
                ]
                if not any(self.config.level(v) for v in levels):
                    continue  # a legend of the levels' meanings, not levels
            blocks.append((start, r - 1, roles, cols, bands))
        if not blocks:
            return []
        for i in range(len(blocks) - 2, -1, -1) if band is None else ():
            nxt, this = blocks[i + 1], blocks[i]
            if (
                nxt[0] == this[1] + 1
                and set(nxt[3]) & set(this[3])
                and not this[4]
                # (a band of other posts, its own 岗位 or 姓名 rows: their measures are theirs)
                and not any(nxt[2].get(k, -1) >= nxt[0] for k in IDENTITY)
            ):
                # '风险点1 | 风险等级 | 风险点2 | 风险等级 | 防控措施' down the same posts' columns:
                # the measures (or type) row under the last pair is each pair's where it has none
                for role in ("measures", "risk_type"):
                    if role in nxt[2] and role not in this[2]:
                        this[2][role] = nxt[2][role]
        forms: dict[tuple[str, str, str], RawForm] = {}
        before = 0
        merged = self.grid.merged_into
        said = ("", "", "", "")  # (a band's 科室, post, holder and the holder's cell)
        for start, last, roles, cols, bands in blocks:
            pre = [x for x in range(before, start) if sh.kind(x) != "blank"]
            if band is not None:
                self._band_skipped(band[0], before, start)
                # the lines above the heading name the unit (and any field) for every band
                pre = [x for x in range(band[0]) if sh.kind(x) != "blank"]
            fields = _parse_fields(sh, pre)
            dept = squeeze(fields.get("department", ("", ""))[0])
            title = squeeze(fields.get("title", ("", ""))[0])
            if "dept_title" in fields:  # '所在科室及职务 | 政府采购监督管理科 科员'
                dept, title = split_dept_title(fields["dept_title"][0])
            named = squeeze(fields.get("person", ("", ""))[0])
            named = named if looks_like_name(named) else ""
            if band is not None:  # the band's own holder, in the cells left of its labels
                if self._band_holder(start, band) or not forms:
                    said = self._band_identity(start, band, dept, title, named)
                # (else no holder nor 序号 of its own: more points of the band above's holder,
                # as a list's rows under a holder written once)
                dept, title, named, at = said
                fields["person"] = (named, at)
            unit = _parse_unit(sh, pre) or unit_in_title(
                "".join(sh.rows[x][c] for x in pre if sh.kind(x) == "title" for c in sh.nonempty(x))
            )
            point = next((roles[x] for x in POINTISH if x in roles), bands[0][0] if bands else 0)
            id_rows = {roles[k] for k in IDENTITY if k in roles}  # (the holders' own rows)
            for c in cols:

                def cell(
                    role: str, c: int = c, roles: dict[str, int] = roles, cols: list[int] = cols
                ) -> str:
                    row = sh.rows[roles[role]] if role in roles else []
                    v = row[c] if c < len(row) else ""
                    top = merged.get((roles[role], c)) if not v and role in roles else None
                    if top and top[0] == roles[role] and top[1] in cols:
                        v = row[top[1]]  # '馆领导' merged across its three posts' columns
                    return v

                holder = cell("person")
                person = squeeze(holder) if looks_like_name(holder) else named
                post = squeeze(cell("title")) or title  # a 岗位 row: each column its own post
                if not looks_like_name(holder) and "title" in roles:
                    post, who = _post_holder(cell("title"))  # '会计（柯雨萌）' heading its column
                    post, person = post or title, who or person
                unit_dept = squeeze(cell("department")) or dept
                key = (unit_dept, post, person)
                if key not in forms:
                    forms[key] = RawForm(
                        sheet=self.grid.name, style="list", tier=tier_of_post(post, unit_dept),
                        unit=unit, department=unit_dept, title=post, person=person,
                        declared=fields.get("declared_grade", ("", ""))[0].strip(),
                        person_cell=fields.get("person", ("", ""))[1],
                        declared_cell=fields.get("declared_grade", ("", ""))[1], header_row=start,
                        person_asked=False, grade_asked=False,
                    )  # fmt: skip
                where = {role: c for role in roles if role in _RECORD_ROLES}
                for br, level in bands:
                    text = sh.rows[br][c] if c < len(sh.rows[br]) else ""
                    top = self.grid.merged_into.get((br, c)) if not text else None
                    if top and top[0] == br and top[1] in cols:
                        text = sh.rows[br][top[1]]  # one point merged across the posts: each's
                    if not text or text in _NOTHING or _NOTHING_WRITTEN.match(text):
                        continue
                    kind = type_rows.get(br)
                    points = _band_cell_points(text)
                    if kind is not None and len(points) == 1 and "\n" in text.strip():
                        lines = [x.strip() for x in text.split("\n") if x.strip()]
                        if all(self._level_tagged(x)[1] for x in lines):
                            points = lines  # '【一级】…⏎【二级】…': unnumbered, a level a line
                    for said in points:  # '1.…⏎2.…': a point a numbered line
                        self.seen += 1
                        if kind is not None:  # a type row: the level closing the line, if any
                            said, level = self._level_tagged(said)
                        forms[key].risks.append(
                            RawRisk(br, "", cell("duty"), cell("workflow"), said, kind or cell("risk_type"),
                                    level, cell("measures"), {**where, "risk_point": c, "risk_level": c},
                                    person, unit_dept, post, rows={role: roles[role] for role in where})
                        )  # fmt: skip
                if bands:
                    continue
                said_here = [
                    sh.rows[x][c] if c < len(sh.rows[x]) else ""
                    for x in range(start, last + 1)
                    if x not in id_rows
                ]
                if any(said_here) and all(
                    not v or v in _NOTHING or _NOTHING_WRITTEN.match(v) for v in said_here
                ):
                    continue  # '/' down a holder's column who has fewer points: none said here
                self.seen += 1
                forms[key].risks.append(
                    RawRisk(point, "", "", cell("workflow"), sh.rows[point][c], cell("risk_type"),
                            cell("risk_level"), cell("measures"), where, person, unit_dept, post,
                            description=cell("description"),
                            rows={role: roles[role] for role in where if roles[role] != point})
                )  # fmt: skip
            before = last + 1
        for x in range(before, n):
            if sh.kind(x) not in ("blank", "page", "signoff", "note", "review", "total"):
                # '公示时间:… 监督电话:…' under the table; the unit's stamp under it
                if not self._labelled_values(x) and not self._stamp(x):
                    self._unplace(x)
        if forms and heads:
            self._said_holder_heads(heads, blocks)
        if forms and type_rows:
            self._said_type_rows(blocks, type_rows)
        if forms and band is not None:
            self._said_bands(band, blocks)
        return list(forms.values())

    def _band_heading(self) -> tuple[int, int, dict[int, str], list[int]] | None:
        """The heading of a table whose holders each take a band of labelled rows ('序号 | 岗位 |
        姓名 | 项　目 | 第一项 | 第二项 | 第三项'; the labels' heading may be 内容, 类别 or left
        blank; the items 风险点1, 1, （一） …): (its row, the label column, each holder column's
        role — 序号's too, as 'seq' — and the items' columns), else None. Such a heading names no
        field of a point, so no header row is found; the rows under it must hold a point's
        label and a type's, level's or measures' in the label column."""
        sh = self.sh
        n = len(sh.rows)
        for r in range(min(n - 2, 20)):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if cols and sh.key(r, cols[-1]) in _BAND_TAIL_HEADS:
                cols = cols[:-1]  # ('… | 第三项 | 备注': a remark after the items)
            if len(cols) < 3 or _band_item(row[cols[-1]]) is None:
                continue  # (cheap first: a numbered item closing the row)
            items: list[int] = []
            for c in reversed(cols):
                if _band_item(row[c]) is None:
                    break
                items.insert(0, c)
            numbers = [_band_item(row[c]) for c in items]
            if (
                len(items) < 2
                or numbers != list(range(1, len(items) + 1))
                or items != list(range(items[0], items[-1] + 1))
            ):
                continue
            left = [c for c in cols if c < items[0]]
            if left and left[-1] == items[0] - 1 and sh.key(r, left[-1]) in _BAND_LABEL_HEADS:
                lc, left = left[-1], left[:-1]
            elif items[0] > 0 and items[0] - 1 not in left:
                lc = items[0] - 1  # the labels' heading left blank
            else:
                continue
            roles = {c: h.role for c in left if (h := heading_role(sh.key(r, c))) is not None}
            if (
                len(roles) < len(left)
                or not set(roles.values()) <= {*_HOLDER_HEADS, "seq"}
                or not set(roles.values()) & set(_HOLDER_HEADS)
            ):
                continue
            labels = {
                h.role for x in range(r + 1, min(n, r + 41)) if (h := self._band_label(x, lc))
            }
            if labels & set(POINTISH) and labels & set(ANCHOR):
                return r, lc, roles, items
        return None

    def _band_label(self, r: int, lc: int) -> Heading | None:
        """The field a band's row ``r`` is labelled with in the label column ``lc``, else None."""
        h = heading_role(self.sh.key(r, lc))
        return h if h is not None and h.strength >= 2 and h.role in _BAND_FIELDS else None

    def _band_holder(
        self, r: int, band: tuple[int, int, dict[int, str], list[int]]
    ) -> dict[int, str]:
        """The holder cells (and 序号) of row ``r`` left of a band's labels that are filled there
        or merged down from above: column → text."""
        sh = self.sh
        merged = self.grid.merged_into
        out: dict[int, str] = {}
        for c in band[2]:
            v = sh.rows[r][c] if c < len(sh.rows[r]) else ""
            if not v.strip() and (top := merged.get((r, c))) is not None and top[1] == c:
                v = sh.rows[top[0]][c] if top[0] > band[0] else ""
            if v.strip():
                out[c] = squeeze(v)
        return out

    def _band_identity(
        self,
        r: int,
        band: tuple[int, int, dict[int, str], list[int]],
        dept: str,
        title: str,
        named: str,
    ) -> tuple[str, str, str, str]:
        """The 科室, post and holder of the band opening at row ``r`` (those the lines above
        the table name where the band leaves them out), and the holder's cell."""
        got = {band[2][c]: (v, c) for c, v in self._band_holder(r, band).items()}
        dept = got.get("department", (dept, 0))[0]
        title = got.get("title", (title, 0))[0]
        at = ""
        if "person" in band[2].values():
            who, c = got.get("person", ("", 0))
            named, at = (who, cell_ref(r, c)) if looks_like_name(who) else ("", "")
        elif title:
            title, who = _post_holder(title)  # '大队长（禚瑆漪）' in the 岗位 column
            named = who or named
        return dept, title, named, at

    def _band_no_point(
        self, point: int, roles: dict[str, int], items: list[int], cols: list[int]
    ) -> None:
        """A band's item column with a type, level or measures but no point: nothing is made
        up for it; said (POINT_BLANK at its point cell)."""
        sh = self.sh
        for c in items:
            if c not in cols and any(
                c < len(sh.rows[x]) and sh.rows[x][c].strip() for x in roles.values()
            ):
                self.issues.append(
                    make_issue("POINT_BLANK", self.rel, self.grid.name, cell_ref(point, c))
                )

    def _band_skipped(self, head: int, before: int, start: int) -> None:
        """Rows between a band table's heading or bands that no band took: unplaced."""
        for x in range(max(head + 1, before), start):
            if self.sh.kind(x) not in ("blank", "page"):
                self._unplace(x)

    def _said_bands(
        self,
        band: tuple[int, int, dict[int, str], list[int]],
        blocks: list[tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]],
    ) -> None:
        """Say once that the table was read a holder's band at a time, its points across the
        numbered items; and once that it has no type, where no band has a 风险类型 row."""
        sh = self.sh
        r, lc = band[0], band[1]
        self.issues.append(
            make_issue(
                "TABLE_POST_BANDS", self.rel, self.grid.name, cell_ref(r, lc),
                value=str(len(blocks)), other=sh.rows[r][band[3][0]].strip(),
            )
        )  # fmt: skip
        if not any("risk_type" in b[2] for b in blocks):
            self.issues.append(
                make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0), field="风险类型")
            )  # fmt: skip

    def _said_type_rows(
        self,
        blocks: list[tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]],
        type_rows: dict[int, str],
    ) -> None:
        """Say once a table that its rows were read as risk types, a holder's points of that
        type in each cell (``_type_run``), so that a wrong reading can be seen."""
        for *_block, bands in blocks:
            if not bands or bands[0][0] not in type_rows:
                continue
            r, label = bands[0]
            row = self.sh.rows[r]
            lc = next((c for c, v in enumerate(row) if v.strip() == label), 0)
            said = "、".join(dict.fromkeys(squeeze(t) for _r, t in bands))
            self.issues.append(
                make_issue("GRID_TYPE_ROWS", self.rel, self.grid.name, cell_ref(r, lc), value=said)
            )

    def _said_holder_heads(
        self,
        heads: dict[int, tuple[Heading, int]],
        blocks: list[tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]],
    ) -> None:
        """Say that a cross table's unlabelled heading rows were read by their contents (what
        each row was taken for), so that a wrong guess can be seen and put right."""
        used = sorted(
            (x, h.role)
            for x, (h, _lc) in heads.items()
            if any(b[2].get(h.role) == x for b in blocks)
        )
        if not used:
            return
        first, lc = used[0][0], heads[used[0][0]][1]
        said = "、".join(f"第{x + 1}行为{role_zh(role)}" for x, role in used)
        self.issues.append(
            make_issue(
                "GRID_HOLDERS", self.rel, self.grid.name, cell_ref(first, lc + 1), value=said
            )
        )

    def _matrix(self) -> list[RawForm]:
        """A matrix of posts by risks: a row per post (科室 | 岗位 | 姓名), one heading naming the
        risk points merged over columns whose sub-headings are the points themselves, and in
        each cell the level the point has for that post ('/' none); a '防控措施' row under it
        gives each point's measures. A form per post, a point per level written. Turned to
        measures (``_matrix_measures``): the levels in a row of their own or closing the points,
        each cell the post's own measures or a tick."""
        sh = self.sh
        n = len(sh.rows)
        for r in range(min(n - 2, 40)):
            cols = sh.nonempty(r)
            ids = {}
            span = None
            for c in cols:
                h = heading_role(sh.key(r, c))
                if h is not None and h.role in IDENTITY and h.strength >= 2:
                    ids.setdefault(h.role, c)
                end = sh.span_end(r, c)
                if (
                    span is None
                    and end > c
                    and "风险" in sh.rows[r][c]
                    and (_names_point_cell(sh.rows[r][c]) or "风险点" in sh.rows[r][c])
                ):
                    span = (c, end)
            if span is None or not ({"title", "person"} & set(ids)):
                continue
            risk_cols = list(range(span[0], span[1] + 1))
            subs = [sh.rows[r + 1][x] if x < len(sh.rows[r + 1]) else "" for x in risk_cols]
            if (
                _COUNT_HEAD.search(sh.key(r, span[0]))
                or _POINT_GRADE.search(sh.key(r, span[0]))  # '廉政风险点等级' over its raters
            ) or not all(
                len(v) >= 4
                and _is_risk_text(v, self.config)
                and not self.config.types(v)[0]
                and not _NOT_MATRIX_POINT.search(v)
                for v in subs
            ):
                continue  # '风险点个数' over types, '等级' over raters or years: no points
            # (a row of the points' own levels under them, the cells' levels each post's: passed)
            data, measures_row = self._matrix_rows(
                r + 2 + bool(self._matrix_level_row(r + 2, risk_cols))
            )
            cells = [sh.rows[x][c] for x in data for c in risk_cols if c < len(sh.rows[x])]
            filled = [v for v in cells if v and v not in _NOTHING]
            if (
                len(data) < 2
                or not filled
                or not all(self.config.level(v) and not v.isdigit() for v in filled)
            ):  # (counts '1', '2' are no levels)
                said = self._matrix_measures(r, risk_cols, subs)
                if said is None:
                    continue
                points, levels, data, measures_row = said
                return self._matrix_forms(r, ids, risk_cols, points, data, measures_row, levels)
            return self._matrix_forms(r, ids, risk_cols, subs, data, measures_row)
        return []

    def _matrix_rows(self, start: int) -> tuple[list[int], int | None]:
        """A matrix's post rows from ``start`` down to a blank, note or sign-off row, and the
        '防控措施' row closing them (None where there is none)."""
        sh = self.sh
        data: list[int] = []
        for x in range(start, len(sh.rows)):
            first = next(filter(None, sh.rows[x]), "")
            h = heading_role(label_key(first)) if first else None
            if h is not None and h.role == "measures":
                return data, x
            if not first or sh.kind(x) in ("note", "signoff", "review"):
                break
            data.append(x)
        return data, None

    def _matrix_measures(self, r: int, risk_cols: list[int], subs: list[str]):
        """The matrix turned round to measures: the points' levels not in the cells but in a
        heading row of their own under the points ('风险等级' merged over the posts' headings,
        '一级 | 一级 | 二级' under the points) or closing each point ('…打招呼（一级）'), and in
        each post's cell under a point THAT POST'S OWN MEASURES for it ('准入评估结果提交局党组会
        集体研究。', only under a heading naming measures: '廉政风险点及本岗位防控措施') or a tick
        ('√', its measures from a '防控措施' row under the posts, else none), '/' or nothing where
        the post has no part. → (points, (the levels' row, each column's level), the posts'
        rows, the '防控措施' row or None); None for any other matrix (sentences under a heading
        without measures — '廉政风险点及表现' —, ticks and texts mixed, a level missing)."""
        sh = self.sh
        level = self.config.level
        start, points = r + 2, subs
        said = self._matrix_level_row(start, risk_cols)
        if said:
            levels, start = (start, said), start + 1
        else:  # (cheap: a closing bracket on every point first)
            tags = (
                [_LEVEL_TAG.search(v) for v in subs]
                if all(v.endswith(("）", ")")) for v in subs)
                else []
            )
            if not tags or not all(
                m
                and (tag := m.group(2))
                and level(tag)
                and (_level_word(tag) or (_END_LEVEL.match(tag) and not tag.isdigit()))
                for m in tags  # ('（1）' numbers a point)
            ):
                return None
            levels = (r + 1, [m.group(2) for m in tags])
            points = [v[: m.start()].strip() for v, m in zip(subs, tags, strict=True)]
        data, measures_row = self._matrix_rows(start)
        filled = [
            v.strip()
            for x in data
            for c in risk_cols
            if c < len(sh.rows[x]) and (v := sh.rows[x][c]).strip() and v.strip() not in _NOTHING
        ]
        if len(data) < 2 or not filled:
            return None
        filled = [v for v in filled if v not in _DITTO]  # ('同上': the post's above, read so)
        if not filled:
            return None
        if not all(v in _CRITERIA_TICKS for v in filled) and (
            not _MATRIX_MEASURES.search(sh.rows[r][risk_cols[0]])
            or not all(
                len(squeeze(v)) >= 4 and HAN_TEXT.search(v) and not level(squeeze(v))
                for v in filled
            )
        ):
            return None  # (the posts' own descriptions of a point, or marks of another kind)
        return points, levels, data, measures_row

    def _matrix_level_row(self, x: int, risk_cols: list[int]) -> list[str]:
        """Row ``x`` a matrix's row of levels: one level heading over the posts' columns ('风险等级'
        merged A:D) and a level under every point ('一级', '高'); its levels, else []."""
        sh = self.sh
        if x >= len(sh.rows):
            return []
        left = [c for c in sh.nonempty(x) if c < risk_cols[0]]
        if len(left) != 1 or not (h := heading_role(sh.key(x, left[0]))) or h.role != "risk_level":
            return []
        row = sh.rows[x]
        said = [squeeze(row[c]) if c < len(row) else "" for c in risk_cols]
        if not all(v and len(v) <= 6 and not v.isdigit() and self.config.level(v) for v in said):
            return []
        return [row[c].strip() for c in risk_cols]

    def _point_groups(self) -> list[RawForm]:
        """A list laid out by risk: a header naming the 科室, post, holder, level and measures but
        no risk column, each point a numbered group line ('一、“三重一大”事项不经…') over the
        rows of the posts it touches, each with its own level and measures: a point of each."""
        sh = self.sh
        n = len(sh.rows)
        for r in range(min(n - 3, 40)):
            cols = sh.nonempty(r)
            if len(cols) < 4:
                continue
            ids: dict[str, int] = {}
            for c in cols:
                h = heading_role(sh.key(r, c))
                if h is not None and h.strength >= 2:
                    ids.setdefault(h.role, c)
            if (
                "risk_point" in ids
                or not {"title", "person"} & set(ids)
                or not {"risk_level", "measures"} <= set(ids)
            ):
                continue
            groups: list[tuple[int, str]] = []
            data: list[tuple[int, int]] = []  # (row, its group)
            for x in range(r + 1, n):
                got = sh.nonempty(x)
                if not got:
                    continue
                first = sh.rows[x][got[0]].strip()
                if len(got) == 1 and NUMBERING.match(first):
                    text = NUMBERING.sub("", first, count=1).strip()
                    if (
                        not _is_risk_text(text, self.config)
                        or sh.kind(x) in ("note", "review")
                        or (
                            len(text) <= 8
                            and text.endswith(_CATEGORY_ENDS)
                            and not _MISCONDUCT.search(text)
                        )
                    ):
                        break  # ('二、中层及以下岗位', '一、工程建设管理': kinds of posts or work)
                    groups.append((x, text))
                    continue
                if not groups or sh.kind(x) not in ("other", "fields"):
                    break
                data.append((x, len(groups) - 1))
            if len(groups) < 2 or len({g for _x, g in data}) < len(groups):
                continue  # (every group line over rows of its own)
            return self._point_group_forms(r, ids, groups, data)
        return []

    def _unit_above(self, r: int) -> str:
        """The unit a 单位 line or the title above header row ``r`` names, else ''."""
        sh = self.sh
        pre = [x for x in range(r) if sh.kind(x) != "blank"]
        return _parse_unit(sh, pre) or unit_in_title(
            "".join(sh.rows[x][c] for x in pre if sh.kind(x) == "title" for c in sh.nonempty(x))
        )

    def _post_form(self, r: int, unit: str, dept: str, post: str, person: str) -> RawForm:
        """A post's form of a list read in one piece (header row ``r``), its risks to come."""
        return RawForm(
            sheet=self.grid.name, style="list", tier=tier_of_post(post, dept), unit=unit,
            department=dept, title=post, person=person, declared="", person_cell="",
            declared_cell="", header_row=r, person_asked=False, grade_asked=False,
        )  # fmt: skip

    def _point_group_forms(self, r, ids, groups, data) -> list[RawForm]:
        sh = self.sh
        unit = self._unit_above(r)
        if "risk_type" not in ids:
            self.issues.append(
                make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0), field="风险类型")
            )  # fmt: skip
        forms: dict[tuple[str, str, str], RawForm] = {}
        for x, g in data:
            row = sh.rows[x]
            got = {role: (row[c].strip() if c < len(row) else "") for role, c in ids.items()}
            dept, post, person = (
                squeeze(got.get(k, "")) for k in ("department", "title", "person")
            )
            key = (dept, post, person)
            if key not in forms:
                forms[key] = self._post_form(r, unit, dept, post, person)
            self.seen += 1
            cols = {**ids, "risk_point": 0}
            forms[key].risks.append(
                RawRisk(x, "", "", "", groups[g][1], got.get("risk_type", ""), got.get("risk_level", ""),
                        got.get("measures", ""), cols, person, dept, post,
                        rows={"risk_point": groups[g][0]})
            )  # fmt: skip
        return list(forms.values())

    def _matrix_forms(
        self, r, ids, risk_cols, subs, data, measures_row, levels=None
    ) -> list[RawForm]:
        """``levels``: (its row, each column's level) where the cells hold measures or ticks."""
        sh = self.sh
        merged = self.grid.merged_into
        unit = self._unit_above(r)
        carry: dict[str, str] = {}
        forms: dict[tuple[str, str, str], RawForm] = {}
        self.issues.append(
            make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0), field="风险类型")
        )
        above: dict[int, str] = {}  # column → the last post's own measures ('同上' under it)
        for x in data:
            row = sh.rows[x]
            got = {}
            for role, c in ids.items():
                v = row[c] if c < len(row) else ""
                if not v and (x, c) in merged:
                    top = merged[(x, c)]
                    v = sh.rows[top[0]][top[1]]
                if not v and (role == "department" or (role == "title" and "person" in ids)):
                    v = carry.get(
                        role, ""
                    )  # a 科室 written once over its posts, a post over holders
                got[role] = v.strip()
                carry[role] = got[role]
            dept, post, person = (
                squeeze(got.get(k, "")) for k in ("department", "title", "person")
            )
            key = (dept, post, person)
            if key not in forms:
                forms[key] = self._post_form(r, unit, dept, post, person)
            mrow = sh.rows[measures_row] if measures_row is not None else []
            for i, (c, point) in enumerate(zip(risk_cols, subs, strict=True)):
                level = row[c].strip() if c < len(row) else ""
                if levels is not None and level in _DITTO:
                    level = above.get(c, "")  # the same measures as the post above
                if not level or level in _NOTHING:
                    continue
                above[c] = level
                measures = mrow[c] if c < len(mrow) else ""
                at = {
                    "risk_point": r + 1,
                    **({"measures": measures_row} if measures_row is not None else {}),
                }
                if levels is not None:  # the cell the post's measures ('√': the row's under it)
                    if level not in _CRITERIA_TICKS:
                        measures = level
                        at.pop("measures", None)
                    level, at["risk_level"] = levels[1][i], levels[0]
                self.seen += 1
                forms[key].risks.append(
                    RawRisk(x, "", "", "", point, "", level, measures,
                            {"risk_point": c, "risk_level": c, "measures": c}, person, dept, post,
                            rows=at)
                )  # fmt: skip
        return list(forms.values())

    def _band_level(self, r: int, label_col: int, bands: list[tuple[int, str]]) -> str:
        """The level of a band of points laid on its side: '高风险 | …points…' (the label
        merged down over the band's further rows, or left blank under it), else ''."""
        sh = self.sh
        row = sh.rows[r]
        label = row[label_col].strip() if label_col < len(row) else ""
        if not any(c > label_col for c in sh.nonempty(r)):
            key = squeeze(label)
            if bands and bands[-1][0] == r - 1 and len(key) <= 6 and self.config.level(key):
                return label  # '三级风险' with no post's point of that level: a band of none
            return ""
        if not label:
            top = self.grid.merged_into.get((r, label_col))
            above = bands[-1] if bands else None
            if above and top and top[0] == above[0]:
                return above[1]  # under the band's label merged down
            texts = [row[c] for c in sh.nonempty(r) if row[c].strip() not in _NOTHING]
            if (
                above
                and above[0] == r - 1
                and not top
                and sh.kind(r) not in ("note", "review")
                and not any(
                    _is_signoff_label(_key(re.split(r"[:：]", v, maxsplit=1)[0]))
                    for v in texts
                    if ":" in v or "：" in v  # ('审核人：温子墨'; '越权审批' is a point)
                )
                and len(texts) >= 1
                and all(
                    _is_risk_text(v, self.config)
                    and not _names_a_body(v.strip())
                    and not _is_date(v)
                    and not _CONTACT_LINE.search(v)
                    and (
                        not _SIGNING.search(v) or _RISKY.search(v)
                    )  # ('审核人 温子墨'; '未经单位审批')
                    for v in texts
                )
            ):
                return above[1]  # more points of the band above, its label left blank
            return ""
        key = squeeze(label)
        if len(key) > 6 or not self.config.level(key):
            return ""
        return label

    def _type_run(self, r: int, lc: int, said: bool = False) -> list[tuple[int, str]]:
        """The type rows of a cross table of type by holder opening at row ``r``: one risk type
        a row in the label column ``lc`` ('思想道德风险 | 1.…（二级）⏎2.…（三级） | / | …', the
        label merged down over a further row of it), each cell that holder's points of that
        type. (row, type) for each, two types or more; [] otherwise. A '岗位' or '姓名' label
        (a type word of itself) or a level word is no type row. The cells must give their
        points' levels in brackets, most of them, unless a caption over the rows says they hold
        points (``said``): a grid of measures by type ('1.加强理想信念教育') holds no points."""
        sh = self.sh
        merged = self.grid.merged_into
        out: list[tuple[int, str]] = []
        for x in range(r, min(len(sh.rows), r + 20)):
            row = sh.rows[x]
            label = row[lc].strip() if lc < len(row) else ""
            if not label and out and (top := merged.get((x, lc))) and top[0] >= r:
                label = sh.rows[top[0]][lc].strip()  # ('制度机制风险' merged down two rows)
            if not label or len(label) > 10 or not self._one_type(label):
                break  # (cheap first; the type rows end at '主要防控措施', '注：…')
            h = heading_role(sh.key(x, lc))
            if (h is not None and h.role in IDENTITY) or self.config.level(squeeze(label)):
                break
            out.append((x, label))
        if len({self.config.types(t)[0][0] for _x, t in out}) < 2:
            return []
        if not said:
            cells = [
                v
                for x, _t in out
                for c, v in enumerate(sh.rows[x])
                if c != lc and v.strip() and v.strip() not in _NOTHING
            ]
            tagged = sum(
                1 for v in cells if any(self._level_tagged(p)[1] for p in _band_cell_points(v))
            )
            if not cells or tagged * 2 < len(cells):
                return []
        return out

    def _caption_says_points(self, r: int) -> bool:
        """A type rows' caption naming points in its cells ('廉政风险点及风险等级'), not measures."""
        sh = self.sh
        return any(
            (g := heading_role(sh.key(r, c))) is not None and g.role in POINTISH
            for c in sh.nonempty(r)[1:]
        )

    def _type_caption(self, r: int, lc: int) -> bool:
        """Row ``r`` heads the type rows under it and says what their cells hold ('风险类型 |
        廉政风险点及风险等级', merged across the holders): no holder's row and no point."""
        sh = self.sh
        cols = sh.nonempty(r)
        if not cols or cols[0] != lc:
            return False
        h = heading_role(sh.key(r, lc))
        if h is None or h.role != "risk_type" or len(cols) < 2:
            return False
        return all(
            (g := heading_role(sh.key(r, c))) is not None and g.role in (*POINTISH, *ANCHOR)
            for c in cols[1:]
        )

    def _level_tagged(self, point: str) -> tuple[str, str]:
        """A point of a type row's cell and the level closing (or opening) its line in brackets
        ('广告合同不登记（三级）', '【一级】私收广告费'): (the point without it, the level);
        (the point, '') where no bracket gives a level."""
        m = _LEVEL_TAG.search(point)
        tag = m and (m.group(1) or m.group(2))
        if not tag or not self.config.level(tag):
            return point, ""
        if not (_level_word(tag) or (m.group(2) and _END_LEVEL.match(tag))):
            return point, ""  # ('(1)', '(一)' number a list)
        return (point[: m.start()] + point[m.end() :]).strip(), tag

    def _holder_heads(self) -> dict[int, tuple[Heading, int]]:
        """Heading rows with no label before them over level bands: a cross table of level by
        holder ('岗位⏎风险等级' in a diagonal corner or nothing there, then across the top
        '局领导 | 人事股', '局长 | 股长' and the names, one column a holder; down the first column
        or two '一级风险 | …', '高 | …', one row a level). Each such row → (the label it would have
        had, the levels' column), read by its contents: every cell of it a 科室, every one a post
        (or '岗位（姓名）'), or every one a name, no kind twice, and a post's or a holder's row
        among them; {} otherwise (types or steps across the top: not holders)."""
        sh = self.sh
        n = min(len(sh.rows), 60)
        level = self.config.level
        for b in range(1, n):  # (cheap first: a short level word opening a row)
            row = sh.rows[b]
            lc = next(
                (
                    c
                    for c in (0, 1)
                    if c < len(row)
                    and row[c].strip()
                    and len(key := squeeze(row[c])) <= 6
                    and level(key)
                    and all(not row[x].strip() or _grid_corner(row[x]) for x in range(c))
                ),  # (levels in column B beside '风险等级' merged down column A)
                None,
            )
            bands: list[tuple[int, str]] = []
            if lc is None:
                # or one risk type opening the row ('类型＼岗位' over '思想道德风险 | 1.…（一级）'):
                # a cross table of type by holder, read alike (``_type_run``)
                lc = next(
                    (
                        c
                        for c in (0, 1)
                        if c < len(row)
                        and 0 < len(row[c].strip()) <= 10
                        and all(not row[x].strip() or _grid_corner(row[x]) for x in range(c))
                        and (bands := self._type_run(b, c))
                    ),
                    None,
                )
            if lc is None or sh.kind(b - 1) == "blank":
                continue
            r, typed = b, bool(bands)
            while not typed and r < n and (lv := self._band_level(r, lc, bands)):
                bands.append((r, lv))
                r += 1
            if len({level(squeeze(lv)) or lv for _r, lv in bands}) < 2:
                continue
            top = b - 1 if self._type_caption(b - 1, lc) else b  # ('风险类型 | 风险点及等级')
            got = self._heads_above(top, lc, bands)
            if got and self._grid_of_points(min(got), lc, bands):
                return got
        return {}

    def _grid_of_points(self, top: int, lc: int, bands: list[tuple[int, str]]) -> bool:
        """The cells of a level-by-holder grid are risk points: not a chart of measures (its
        title says 措施 and not 风险点, or most cells read as measures) nor of duties
        ('主要责任 | 直接责任')."""
        sh = self.sh
        title = "".join(v for x in range(top) for v in sh.rows[x] if v)
        if ("措施" in title or "责任" in title) and "风险点" not in title:
            return False
        cells = [v.strip() for r, _lv in bands for v in sh.rows[r][lc + 1 :] if v.strip()]
        if not cells:
            return False
        lines = [NUMBERING.sub("", x.strip(), count=1) for v in cells for x in v.split("\n")]
        lines = [x for x in lines if x]
        measures = sum(1 for x in lines if _MEASURE_OPENS.match(x))
        duties = sum(1 for v in cells if v.endswith("责任"))
        return 2 * measures < len(lines) and 2 * duties < len(cells)

    def _heads_above(
        self, b: int, lc: int, bands: list[tuple[int, str]]
    ) -> dict[int, tuple[Heading, int]]:
        """The unlabelled heading rows right above the level bands opening at row ``b`` (the
        levels in column ``lc``), as ``_holder_heads`` says; {} where they are not holders'."""
        sh = self.sh
        merged = self.grid.merged_into
        cols = {c for br, _lv in bands for c in sh.nonempty(br) if c > lc}
        heads: dict[int, tuple[Heading, int]] = {}
        seen: set[str] = set()
        covered: set[int] = set()
        r = b - 1
        while r >= 0 and b - r <= 4:
            row = sh.rows[r]
            left = [c for c in sh.nonempty(r) if c <= lc]
            values = [c for c in sh.nonempty(r) if c > lc]
            labelled = self._label_row(r)
            # (a diagonal corner '岗位⏎风险等级' names both ways, no row: the cells say what it is)
            corner = [c for c in left if _DIAGONAL.search(row[c])]
            role = _heads_kind([row[c] for c in values]) if len(values) >= 2 else None
            if (
                labelled is not None
                and labelled[1] == lc
                and labelled[0].role in IDENTITY
                and not (corner and role)
            ):
                seen.add(labelled[0].role)  # '岗位 | 局长 | …' among them: read as it is
                r -= 1
                continue
            if role is None or role in seen or not all(_grid_corner(row[c]) for c in left):
                break
            seen.add(role)
            heads[r] = (Heading(role, SURE, ""), lc)
            covered |= {
                c
                for c in range(lc + 1, len(row))
                if c in values or ((top := merged.get((r, c))) and top[0] == r and top[1] in values)
            }  # ('局领导' merged over its two posts' columns)
            r -= 1
        if not heads or not {"title", "person"} & seen or not cols <= covered:
            return {}
        return heads

    def _label_row(self, r: int) -> tuple[Heading, int] | None:
        """(heading, column) of a row that is a label followed by values in two or more
        columns ('风险等级 | 中 | 高 | 高 | 低'), else None."""
        cols = self.sh.nonempty(r)
        if len(cols) < 3:
            return None
        h = heading_role(self.sh.key(r, cols[0]))
        if h is None or h.strength < 2 or h.role in ("other", "seq"):
            return None
        key = self.sh.key
        if field_of(key(r, cols[0])) and any(field_of(key(r, c)) for c in cols[2::2]):
            return None  # '姓名 | 曹文静 | 所在科室及职务 | …': a line of the form's fields
        return h, cols[0]

    def _pairs(self, r: int) -> list[tuple[Heading, int, str]] | None:
        """A row of label | value pairs ('所在科室 | 中心领导 | 涉及岗位 | 主任 | 责任人 | 郗澹岳',
        '风险表现 | …' with the value merged across): (label's role, value's column, value), or
        None when the row is not such."""
        sh = self.sh
        cols = sh.nonempty(r)
        if not cols or len(cols) % 2:
            return None
        out = []
        labels = 0
        for i in range(0, len(cols), 2):
            k = sh.key(r, cols[i])
            h = heading_role(k) if k and k != "\x00" else None
            v = sh.rows[r][cols[i + 1]]
            vk = sh.key(r, cols[i + 1])
            if h is None and not field_of(k):
                if i == 0 or not (k and k != "\x00" and len(k) <= 6):
                    return None  # ('排查方式 | 个人自查': a label of no role, kept as a pair)
                continue
            hv = heading_role(vk) if vk and vk != "\x00" else None
            if (hv is not None and hv.strength >= 3) or (vk and vk != "\x00" and field_of(vk)):
                labels += 1  # ('科长' a value, though a heading's word too)
            if h is not None:
                out.append((h, cols[i + 1], v))
        return out if labels < len(cols) // 2 else None  # (labels side by side: a header row)

    def _point_cards(self) -> list[RawForm]:
        """Cards of one risk point each, stacked down a sheet between blank rows, each all label |
        value pairs — its number and point ('编　号 | … | 风险点名称 | …'), its 科室, post and
        holder, type and level, a line each for its 风险表现 and 防控措施 — and no header row
        (一点一卡): a form per holder, a point per card. Read only where two cards or more are."""
        sh = self.sh
        n = min(len(sh.rows), 400)
        # the cheap test: label | value rows, two of them naming a point
        quick = [r for r, row in enumerate(sh.rows[:n]) if len(row) - row.count("") in (2, 4, 6)]
        if len(quick) < 6:
            return []
        # (cheaper still first: two rows with a label of a risk point at a pair's place, as a
        # row of ``_pairs`` naming one has)
        said: dict[str, bool] = {}  # a label's text → it names a risk point
        named = 0
        for r in quick:
            for v in list(filter(None, sh.rows[r]))[::2]:  # (the labels: the filled cells 1, 3, 5)
                got = said.get(v)
                if got is None:
                    k = _key(v)
                    h = heading_role(k) if k and k != "\x00" else None
                    got = said[v] = h is not None and h.role == "risk_point"
                if got:
                    named += 1
                    break
            if named >= 2:
                break
        else:
            return []
        pairs = {r: p for r in quick if (p := self._pairs(r))}
        if sum(1 for p in pairs.values() if any(h.role == "risk_point" for h, _c, _v in p)) < 2:
            return []
        # the blocks between blank rows under the title: each all label | value rows, one point
        cards: list[dict] = []
        block: list[int] = []
        other = False
        for r in range(len(sh.rows) + 1):
            if r < len(sh.rows) and sh.nonempty(r):
                block.append(r)
                continue
            rows = [x for x in block if len(sh.nonempty(x)) > 1]
            lead = next((i for i, x in enumerate(block) if x in rows), len(block))
            # a lone line among a card's pairs, or heading a later card: a caption ('二、营林股'
            # over its records, read by ``_records``); over the first, the sheet's title lines
            lone = any(x not in rows for x in block[lead:]) or (
                lead > 0
                and (
                    bool(cards)
                    or any(NUMBERING.match(sh.rows[x][sh.nonempty(x)[0]]) for x in block[:lead])
                )
            )
            block = []
            if not rows:
                other = other or bool(cards)
                continue
            got = [pairs.get(x) if x < n else self._pairs(x) for x in rows]
            if not all(got):
                other = other or bool(cards)  # (a title or 填报 line above them, a sign-off under)
                continue
            if lone:
                return []  # ('二、资源管理股' over its records: captions, read by ``_records``)
            if other:
                return []  # a block of another kind among the cards: not this layout
            card: dict = {"_row": rows[0], "_cols": {}}
            points = 0
            for x, p in zip(rows, got, strict=True):
                for h, c, v in p:
                    points += h.role == "risk_point"
                    if h.role not in card and h.strength >= 2:
                        card[h.role] = (
                            squeeze(v) if h.role in ("department", "title", "person") else v
                        )
                        card["_cols"][h.role] = c
                        if h.role == "risk_point":
                            card["_row"] = x
            if points != 1:
                return []  # ('风险点一 | … | 风险点二 | …' on one card: a holder's points, read so)
            cards.append(card)
        cards = [c for c in cards if c.get("risk_point") and ("risk_level" in c or "measures" in c)]
        if len(cards) < 2:
            return []
        title = next(
            ("".join(sh.rows[r]) for r in range(min(n, 6)) if len(sh.nonempty(r)) == 1
             and unit_in_title("".join(sh.rows[r]))),
            "",
        )  # fmt: skip
        unit, dept = unit_in_title(title), dept_in_title(title)
        forms: dict[tuple[str, str, str], RawForm] = {}
        split = []
        for c in cards:
            _u, d, post, who = post_of(
                "",
                c.get("department", ""),
                c.get("title", ""),
                c.get("person", ""),
                "",
                dept,
                "",
                "",
            )
            names = HOLDER_SPLIT.split(who) if who and HOLDER_SPLIT.search(who) else [who]
            if len(names) > 1 and not several_names(names):
                names = [who]
            split.extend({**c, "department": d, "title": post, "person": x} for x in names)
        for c in split:
            key = (c["department"], c["title"], c["person"])
            f = forms.get(key)
            if f is None:
                pc = c["_cols"].get("person")
                f = forms[key] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier_of_post(key[1], key[0]), unit=unit, department=key[0],
                    title=key[1], person=key[2], declared="",
                    person_cell=cell_ref(c["_row"], pc) if pc is not None else "",
                    declared_cell="", header_row=c["_row"], person_asked=pc is not None,
                    grade_asked=False,
                )  # fmt: skip
            f.risks.append(
                RawRisk(
                    c["_row"],
                    "",
                    c.get("duty", ""),
                    c.get("workflow", ""),
                    c["risk_point"],
                    c.get("risk_type", ""),
                    c.get("risk_level", ""),
                    c.get("measures", ""),
                    {"risk_point": c["_cols"]["risk_point"], **c["_cols"]},
                    person=key[2],
                    department=key[0],
                    title=key[1],
                    description=c.get("description", ""),
                    unit=unit,
                )  # fmt: skip
            )
            self.seen += 1
        return list(forms.values())

    def _records(self) -> list[RawForm]:
        """A sheet with no table but label lines, one per field ('风  险:' | '…',
        '风险等级:' | '高', '措  施:' | '…'), under captions naming the 科室: each 风险 line
        opens a risk point. Read only where at least two such points are found."""
        sh = self.sh
        forms: list[RawForm] = []
        form: RawForm | None = None
        current: dict[str, str] | None = None
        # a level or type line before its record's point ('责任人 | … | 风险等级 | 一级' above
        # '风险点 | …' on a form of one point): the point's, once it comes
        pending: dict[str, tuple[str, int, int]] = {}
        points: list[tuple[RawForm, int, dict[str, str], dict[str, int]]] = []
        caption = ""
        gaps: list[int] = []  # blank rows and captions: where a block of label lines ends
        labelled: list[tuple[int, str]] = []  # (row, its first label) of each label line
        held: list[tuple[int, str, str, int]] = []  # (row, field, value, column): a holder's
        lines: dict[int, dict[str, int]] = {}  # a point's values → role → its row, if another
        long = self._long_heading()  # '记录编号 | 项　目 | 内　容' over the records, if any
        if long is not None and long[1] is not None and self._numbers_lines(long):
            long = (long[0], None, long[2], long[3])  # ('序号' numbering every line: no key)
        last_key = ""
        for r in range(len(sh.rows)):
            cols = sh.nonempty(r)
            if not cols:
                gaps.append(r)
                continue
            row = sh.rows[r]
            if long is not None and r >= long[0]:
                head, kc, lc, vc = long
                if r == head:
                    gaps.append(r)
                    continue
                key = row[kc].strip() if kc is not None and kc < len(row) else ""
                if key and key != last_key:  # another 记录编号: another record
                    last_key = key
                    gaps.append(r)
                if lc in cols and vc in cols:
                    cols = [lc, vc]  # (not the key, nor a remark beside the value)
                elif lc in cols:
                    k = sh.key(r, lc)
                    hb = heading_role(k)
                    if hb is not None and hb.strength >= 2:  # a field left blank
                        labelled.append((r, k))
                        if hb.role in _HOLDER_HEADS:
                            held.append((r, hb.role, "", vc))
                        continue
                elif vc in cols:
                    continue  # a value with no label (wrapped from the line above): no caption
            if len(cols) == 1:
                k = sh.key(r, cols[0])
                hb = heading_role(k) if form is not None and labelled[-1][0] == r - 1 else None
                if hb is not None and hb.strength >= 2 and hb.role in _HOLDER_HEADS:
                    # '责 任 人 | (blank)' among a record's label lines: a field left blank
                    labelled.append((r, k))
                    held.append((r, hb.role, "", cols[0] + 1))
                    continue
                caption = row[cols[0]]
                form = None
                gaps.append(r)
                continue
            if len(cols) > 2 and _INT_CELL.match(row[cols[0]]):
                cols = cols[1:]  # '1 | 风险点 | … | 风险等级 | 高': the record's number first
            h = heading_role(sh.key(r, cols[0]))
            if h is None or h.strength < 2:
                continue
            if form is None:
                named = caption_identity(caption) or ("department", dept_in_title(caption))
                form = RawForm(
                    sheet=self.grid.name, style="list", tier="",
                    unit=named[1] if named[0] == "unit" else "",
                    department=named[1] if named[0] == "department" else "",
                    title=named[1] if named[0] == "title" else "", person="", declared="",
                    person_cell="", declared_cell="", header_row=r, person_asked=False,
                    grade_asked=False,
                )  # fmt: skip
                forms.append(form)
            labelled.append((r, sh.key(r, cols[0])))
            # label | value pairs along the row ('风险等级 | 一级 | 防控措施 | …'); a label
            # alone with the rest of the row as its value ('风  险: | …')
            pairs: list[tuple[Heading, int, str]] = []
            i = 0
            while i < len(cols):
                hc = heading_role(sh.key(r, cols[i])) if i else h
                if hc is None or hc.strength < 2 or i + 1 >= len(cols):
                    break
                nxt = heading_role(sh.key(r, cols[i + 1])) if i + 2 < len(cols) else None
                if nxt is not None and nxt.strength >= 2 and i + 2 < len(cols):
                    pairs.append((hc, cols[i + 1], row[cols[i + 1]]))
                    i += 2
                    continue
                if i + 2 < len(cols) and heading_role(sh.key(r, cols[i + 2])) is not None:
                    pairs.append((hc, cols[i + 1], row[cols[i + 1]]))
                    i += 2
                    continue
                pairs.append((hc, cols[i + 1], " ".join(row[c] for c in cols[i + 1 :])))
                break
            for hc, c, value in pairs:
                if (
                    hc.role == "description"
                    and current is not None
                    and "description" not in current
                    and points[-1][1] < r
                ):
                    current["description"] = value  # ('表现形式 | …' under its point's line)
                    continue
                if hc.role in POINTISH:
                    current = {"risk_point": value}
                    points.append((form, r, current, {"risk_point": c}))
                    for role, (v, vc_, vr) in pending.items():
                        current[role] = v
                        points[-1][3][role] = vc_
                        lines.setdefault(id(current), {})[role] = vr
                    pending = {}
                elif current is None and hc.role in ("risk_level", "risk_type") and value.strip():
                    pending[hc.role] = (value, c, r)
                elif current is not None and hc.role in ("risk_level", "risk_type", "measures"):
                    current[hc.role] = value
                    points[-1][3][hc.role] = c
                    if r != points[-1][1]:  # (a field on a line of its own: its issues there)
                        lines.setdefault(id(current), {})[hc.role] = r
                elif hc.role in ("duty", "workflow"):
                    current = None
                elif hc.role in _HOLDER_HEADS and sh.kind(r) not in ("signoff", "note"):
                    label = sh.key(r, max((x for x in cols if x < c), default=c))
                    if not _OTHERS_PART.search(label):  # ('监督科室 | 纪检组': not the holder's)
                        held.append((r, hc.role, value, c))
        # a real record has words for its point and a level or measures beside it; a
        # summary sheet ('廉政风险点 | 12') has neither
        points = [
            p
            for p in points
            if len(p[2]["risk_point"]) >= 4 and not _NUMBERISH.match(p[2]["risk_point"])
        ]
        one_form = (
            len(points) == 1
            and bool(held)
            and len(points[0][2]) >= 3
            and sum("\u4e00" <= ch <= "\u9fff" for ch in points[0][2]["risk_point"]) >= 4
        )  # (words, not a data dictionary's codes: '风险点描述 | FXMS | 是')
        if (len(points) < 2 and not one_form) or sum(1 for p in points if len(p[2]) > 1) < len(
            points
        ) / 2:
            return []  # (one point only on a form of one point: its holder and fields named)
        regrouped = self._record_holders(forms, points, gaps, labelled, held)
        if regrouped is not None:  # each record names its own holder ('科　室 | …', '责任人 | …')
            forms, points = regrouped
            fields = {}
        else:
            fields = _parse_fields(
                sh, [r for r in range(len(sh.rows)) if sh.kind(r) in ("fields", "unit")]
            )
        # the unit the lines above the records name ('填报单位：…', or the title), where no
        # record or caption named one
        pre = [x for x in range(min(p[1] for p in points)) if sh.kind(x) != "blank"]
        unit = _parse_unit(sh, pre) or unit_in_title(
            "".join(sh.rows[x][c] for x in pre if sh.kind(x) == "title" for c in sh.nonempty(x))
        )
        for f in forms:
            f.unit = f.unit or unit
            if f.title and not f.tier:  # (a record's own post: its tier, as a list's row has)
                f.tier = tier_of_post(f.title, f.department)
        if len(forms) == 1 and fields:  # a personal card: 姓名, 职务, 科室 above the points
            f = forms[0]
            f.person = _unmarked(squeeze(fields.get("person", ("", ""))[0]))
            f.title = squeeze(fields.get("title", ("", ""))[0]) or f.title
            f.department = squeeze(fields.get("department", ("", ""))[0]) or f.department
            f.person_cell = fields.get("person", ("", ""))[1]
        for form, r, values, where in points:
            cells = {**where, "risk_point": where["risk_point"]}
            form.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    "",
                    values["risk_point"],
                    values.get("risk_type", ""),
                    values.get("risk_level", ""),
                    values.get("measures", ""),
                    cells,
                    department=form.department,
                    title=form.title,
                    rows=lines.get(id(values)),
                    description=values.get("description", ""),
                )  # fmt: skip
            )
            self.seen += 1
        return [f for f in _join_posts(forms) if f.risks]

    def _numbers_lines(self, long: tuple[int, int | None, int, int]) -> bool:
        """Whether the key column of a long export numbers its every line ('1 | 科室 | …',
        '2 | 岗位 | …'): no key then, the records parted by their first label coming back. A
        key repeated on two lines is a record's."""
        head, kc, lc, _vc = long
        keys = [
            self.sh.rows[r][kc].strip()
            for r in range(head + 1, len(self.sh.rows))
            if kc < len(self.sh.rows[r]) and lc in self.sh.nonempty(r)
        ]
        keys = [k for k in keys if k]
        return len(keys) >= 4 and len(set(keys)) == len(keys)

    def _long_heading(self) -> tuple[int, int | None, int, int] | None:
        """The heading row of a long ("key | field | value") export over records of label
        lines ('记录编号 | 项　目 | 内　容', '字段 | 值', '指标 | 数值'): (its row, the key column or
        None, the label column, the value column). The heading names no field of a point, so
        the records under it are read by ``_records`` from those two columns, a change of key
        opening a record. A column before the labels is the key only under a key's heading
        ('编号', '序号', 'ID'); a column after the values only a remark ('备注'). None elsewhere."""
        sh = self.sh
        for r in range(min(len(sh.rows), 20)):
            cols = sh.nonempty(r)
            if not 2 <= len(cols) <= 4:
                continue
            keys = [sh.key(r, c) for c in cols]
            for i in range(len(keys) - 1):
                if keys[i] not in _LONG_LABEL_HEADS or keys[i + 1] not in _LONG_VALUE_HEADS:
                    continue
                before, after = keys[:i], keys[i + 2 :]
                if len(before) > 1 or not all(_REMARKS_HEAD.search(k) for k in after):
                    return None
                if before and not _LONG_KEY_HEAD.search(before[0]):
                    return None
                return r, cols[0] if before else None, cols[i], cols[i + 1]
        return None

    def _record_holders(
        self,
        forms: list[RawForm],
        points: list[tuple[RawForm, int, dict[str, str], dict[str, int]]],
        gaps: list[int],
        labelled: list[tuple[int, str]],
        held: list[tuple[int, str, str, int]],
    ) -> tuple[list[RawForm], list] | None:
        """Records of label lines that each name their holder ('科　　室 | 质量监督科',
        '岗　　位 | 科长', '责 任 人 | …' among the point's lines), stacked down the sheet (the
        "记录单" view of a register): each record's points are its holder's, a form per
        distinct (科室, 岗位, 姓名), the records of one holder together. None where no record
        with a point names a holder (a personal card's fields above its points: read as before).

        A record is a block of label lines between blank rows or captions, split again where
        the block's first label comes back ('风险点编号' opening each record when no blank row
        parts them). A record naming none of 科室/岗位/姓名 keeps the holder of the record above
        (read down like a list, where a holder written once covers the rows under it); the
        records before any names one take the card's holder named above them, if any, else none
        (a later record's holder is never borrowed; with no name at all, FORM_NO_PERSON). A
        field a record leaves blank or does not name is as above (the record above's, else the
        card's or the caption's). A record naming a holder other than the card's above is read
        as the record says, with a warning (RECORD_HOLDER_DIFFERS)."""
        if not held:
            return None
        sh = self.sh
        cut = set(gaps)
        records: list[list[int]] = []  # the label lines of each record
        first_label = ""
        prev = -1
        for r, k in labelled:
            if not records or any(x in cut for x in range(prev + 1, r + 1)):
                records.append([r])
                first_label = k
            elif k == first_label:
                records.append([r])
            else:
                records[-1].append(r)
            prev = r
        at = {r: i for i, rows in enumerate(records) for r in rows}
        pointed = {at[p[1]] for p in points if p[1] in at}
        named: dict[int, dict[str, tuple[str, int, int]]] = {}  # record → field → (value, r, c)
        for r, fld, value, c in held:
            if r in at:
                named.setdefault(at[r], {}).setdefault(fld, (squeeze(value), r, c))
        if not pointed & set(named):
            return None
        first = min(pointed)
        top = records[first][0]
        card = (
            _parse_fields(sh, [r for r in range(top) if sh.kind(r) in ("fields", "unit")])
            if len(forms) == 1
            else {}
        )
        for i in sorted(named):  # label lines above the first point's record: the card's
            if i < first:
                for fld, (v, r, c) in named[i].items():
                    card.setdefault(fld, (v, cell_ref(r, c)))
        card_holder = {
            fld: squeeze(card[fld][0]) for fld in _HOLDER_HEADS if fld in card and card[fld][0]
        }
        if "person" in card_holder:
            card_holder["person"] = _unmarked(card_holder["person"])
        regrouped: dict[tuple[int, str, str, str], RawForm] = {}
        out_points = []
        current: dict[int, dict[str, tuple[str, str]]] = {}  # caption form → holder above
        differs: set[str] = set()
        for form, r, values, where in points:
            base = {
                "department": (card_holder.get("department") or form.department, ""),
                "title": (card_holder.get("title") or form.title, ""),
                "person": (
                    card_holder.get("person") or form.person,
                    card.get("person", ("", ""))[1],
                ),
            }
            said = named.get(at.get(r, -1))
            if said:
                holder = dict(current.get(id(form), base))
                for fld, (v, vr, vc) in said.items():
                    v = _unmarked(v) if fld == "person" else v
                    holder[fld] = (v or holder[fld][0], cell_ref(vr, vc))
                    shown = card_holder.get(fld, "")
                    if v and shown and v != shown and v not in differs:
                        differs.add(v)
                        self.issues.append(
                            make_issue(
                                "RECORD_HOLDER_DIFFERS", self.rel, self.grid.name,
                                cell_ref(vr, vc), _HOLDER_ZH[fld], v, other=shown,
                            )
                        )  # fmt: skip
                current[id(form)] = holder
            else:
                holder = current.get(id(form), base)
            key = (id(form), holder["department"][0], holder["title"][0], holder["person"][0])
            f = regrouped.get(key)
            if f is None:
                # no one named for the records above the first that names its holder: said
                # (FORM_NO_PERSON at the record's first line), no later record's borrowed
                nobody = not key[3] and any("person" in x for x in named.values())
                opens = records[at[r]][0] if r in at else r
                f = regrouped[key] = replace(
                    form,
                    department=key[1],
                    title=key[2],
                    person=key[3],
                    person_cell=holder["person"][1] or (cell_ref(opens, 0) if nobody else ""),
                    person_asked=form.person_asked or nobody,
                    header_row=r,
                    risks=[],
                    duty_texts=list(form.duty_texts),
                )
            out_points.append((f, r, values, where))
        return list(regrouped.values()), out_points

    def _labelled_points(self) -> list[RawForm]:
        """A sheet with no header whose rows hold labelled boxes ('风险点：…' | '风险等级：中' |
        '防控措施：…'), a flow chart of a power's steps drawn in cells: each 风险点 box is a
        point, the boxes beside it its level, type and measures; its holder the box at the
        row's left ('受理指派科⏎受理员　郏湑蘅', merged down over the step's rows), its 环节 the
        box between. Read only where at least two points are found, most with more than
        their text."""
        sh = self.sh
        found: list[tuple[int, dict[str, tuple[int, str]]]] = []
        for r in range(len(sh.rows)):
            got: dict[str, tuple[int, str]] = {}
            for c in sh.nonempty(r):
                several = _labelled_fields(sh.rows[r][c])
                if several:  # '风险点1：…　　风险等级：一级　　风险类型：…' in one cell
                    for role, v in several.items():
                        got.setdefault(role, (c, v))
                    continue
                lv = _labelled_cell(sh.rows[r][c])
                if lv is not None:
                    got.setdefault(lv[0], (c, lv[1]))
            if "risk_point" in got:
                found.append((r, got))
        if len(found) < 2 or sum(len(g) > 1 for _r, g in found) * 2 < len(found):
            return []
        merged = self.grid.merged_into if self.grid.merges else {}
        unit = ""
        for r in range(min(len(sh.rows), found[0][0])):
            if len(sh.nonempty(r)) == 1 and not unit:  # (the chart's title above it)
                unit = unit_in_title(sh.rows[r][sh.nonempty(r)[0]])
        # a card's holder in fields above the boxes ('姓名：… | 科室：… | 岗位：…')
        above = _parse_fields(sh, [x for x in range(found[0][0]) if sh.nonempty(x)])
        card = tuple(squeeze(above.get(f, ("", ""))[0]) for f in ("department", "title", "person"))
        forms: dict[tuple[str, str, str], RawForm] = {}
        last: tuple[str, str, str] | None = None  # the last holder's box: his step's rows below
        # a ledger's heading above the first point line: its measures column ('防控措施')
        ledger = next(
            (
                c
                for x in range(found[0][0] - 1, max(-1, found[0][0] - 4), -1)
                for c in sh.nonempty(x)
                if (h := heading_role(sh.key(x, c))) is not None and h.role == "measures"
            ),
            None,
        )
        for r, got in found:
            pc = got["risk_point"][0]
            holder, step = ("", "", ""), ""
            for c in range(pc):
                top = merged.get((r, c), (r, c))
                v = sh.rows[top[0]][top[1]].strip() if top[1] < len(sh.rows[top[0]]) else ""
                if not v or v in _ARROWS or v.isdigit():
                    continue
                box = _box_holder(v)
                if box is not None and holder == ("", "", ""):
                    holder = box
                elif not step and len(v) <= 40:
                    step = squeeze(v.split("\n")[0])
            if holder == ("", "", ""):
                holder = last or card  # (a box not merged down over the step's second risk)
            last = holder if holder != card else last
            form = forms.get(holder)
            if form is None:
                tier = tier_of_post(holder[1], holder[0]) if holder[1] else ""
                if tier == "middle" and heads_the_unit(holder[1], holder[0], unit):
                    tier = "leader"  # ('站长' in the chart of 'XX站': its own head)
                form = forms[holder] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier, unit=unit,
                    department=holder[0], title=holder[1], person=holder[2], declared="",
                    person_cell="", declared_cell="", header_row=r, person_asked=False,
                    grade_asked=False,
                )  # fmt: skip
            cells = {role: c for role, (c, _v) in got.items()}
            values = {role: v for role, (_c, v) in got.items()}
            if "measures" not in values:
                # the point's measures a row each under its line, to the next point's
                # ('1 | 养护项目…提交站务会集体研究 | 事前 | 长期坚持'): a ledger of measures
                end = next((x for x, _g in found if x > r), len(sh.rows))
                lines = []
                for x in range(r + 1, end):
                    if sh.kind(x) in ("blank", "signoff", "note", "page"):
                        break
                    row = sh.rows[x]
                    texts = [row[c].strip() for c in sh.nonempty(x)]
                    text = (
                        row[ledger].strip()
                        if ledger is not None and ledger < len(row)
                        else max(texts, key=len, default="")
                    )
                    lv = _labelled_cell(text)
                    if lv is not None and lv[0] == "measures":
                        text = lv[1]  # ('防控措施：维修项目提交站务会研究…')
                    if len(text) >= 2 and not text.isdigit():
                        lines.append(text)
                values["measures"] = "\n".join(lines)
            form.risks.append(
                RawRisk(
                    r,
                    "",
                    "",
                    step,
                    values["risk_point"],
                    values.get("risk_type", ""),
                    values.get("risk_level", ""),
                    values.get("measures", ""),
                    cells,
                    person=holder[2],
                    department=holder[0],
                    title=holder[1],
                    description=values.get("description", ""),
                    unit=unit,
                )  # fmt: skip
            )
            self.seen += 1
        return list(forms.values())

    def _half_header(self, r: int) -> tuple[int, set[str]] | None:
        """A header row of half a table: its 序号 column and the roles its headings name."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 24 for c in cols):
            return None
        heads = {c: heading_role(sh.key(r, c)) for c in cols}
        seq = [c for c, h in heads.items() if h and h.role == "seq"]
        roles = {h.role for h in heads.values() if h and h.strength >= 2}
        if not seq or len(roles) < 3 or len(roles) < 0.6 * len(cols):
            return None
        return seq[0], roles

    def _halves(self) -> SheetResult | None:
        """A wide table printed in two halves, one under the other, joined by 序号: the upper
        half names the risk point, the lower one its level, type or measures. The halves are
        read as one table; every cell keeps its own coordinates in issues."""
        from xlproc.workbook import Grid

        sh = self.sh
        n = len(sh.rows)
        upper = lower = None
        for r in range(n):
            got = self._half_header(r)
            if got is None:
                continue
            seq, roles = got
            if upper is None and roles & set(POINTISH) and not roles & set(ANCHOR):
                upper = (r, seq)
            elif upper is not None and roles & set(ANCHOR) and not roles & set(POINTISH):
                lower = (r, seq)
                break
        if upper is None or lower is None:
            return None

        def block(h: int, seq: int, end: int) -> dict[str, int]:
            out: dict[str, int] = {}
            for r in range(h + 1, end):
                v = sh.rows[r][seq] if seq < len(sh.rows[r]) else ""
                if not v:
                    if sh.kind(r) in ("blank", "title", "page"):
                        continue
                    break
                out.setdefault(v, r)
            return out

        top = block(upper[0], upper[1], lower[0])
        bottom = block(lower[0], lower[1], n)
        if not top or len(set(top) & set(bottom)) < max(1, len(top) // 2):
            return None
        width = max(len(row) for row in sh.rows)
        lower_cols = [c for c in sh.nonempty(lower[0]) if c != lower[1]]
        rows = [list(row) + [""] * (width - len(row)) for row in sh.rows]
        where: dict[tuple[int, int], tuple[int, int]] = {}
        pairs = [(upper[0], lower[0])] + [(r, bottom[k]) for k, r in top.items() if k in bottom]
        for k, (ru, rl) in enumerate(pairs):
            for j, c in enumerate(lower_cols):
                rows[ru].append(sh.rows[rl][c] if c < len(sh.rows[rl]) else "")
                where[(ru, width + j)] = (rl, c)
            if k == 0:
                pad = len(rows[ru])
        for r in range(n):
            rows[r] += [""] * (pad - len(rows[r]))
        used_lower = {lower[0], *bottom.values()}
        for r in used_lower:  # read through the upper half
            rows[r] = [""] * pad
        merges = None
        if self.grid.merges is not None:
            merges = [m for m in self.grid.merges if m[0] not in used_lower]
        part = _Locator(Grid(self.grid.name, rows, merges, self.grid.hidden), self.rel, self.config)
        part.part = True
        res = part.run()
        by_row = dict(pairs)
        for form in res.forms:
            for rr in form.risks:
                cols, moved = dict(rr.cols), {}
                for role, c in rr.cols.items():
                    if c >= width and (rr.row, c) in where:
                        cols[role] = where[(rr.row, c)][1]
                        moved[role] = by_row.get(rr.row, rr.row)
                rr.cols, rr.rows = cols, moved or None
        for i in res.issues:
            m = re.match(r"^([A-Z]+)(\d+)$", i.cell or "")
            if m:
                c = col_index(m.group(1))
                r = int(m.group(2)) - 1
                if (r, c) in where:
                    r2, c2 = where[(r, c)]
                    new = cell_ref(r2, c2)
                    i.message = i.message.replace(f"!{i.cell}]", f"!{new}]", 1)
                    i.cell = new
        res.issues.append(
            make_issue(
                "TABLE_HALVES",
                self.rel,
                self.grid.name,
                cell_ref(lower[0], lower[1]),
                value=cell_ref(upper[0], upper[1]),
            )
        )
        return res

    def _panel_levels(self, h: int, edges: list[int]) -> list[str]:
        """The level each block of tables side by side is captioned with in the row above their
        header ('高风险点' over one, '中风险点' over the next …), each block a level of its own;
        [] where any block has no such caption."""
        if h < 1:
            return []
        row = self.grid.rows[h - 1]
        if self._holders_named(range(h - 1)) > 1:
            return []  # ('姓名：阙知微…' over one block, '姓名：冼书白…' over the next: two cards)
        out = []
        for lo, hi in zip(edges, edges[1:], strict=False):
            said = [v for v in row[lo : min(hi, len(row))] if v.strip()]
            lv = _heading_level(said[0], self.config) if len(said) == 1 else ""
            if not lv:
                return []
            out.append(lv)
        if len({self.config.level(x) for x in out}) != len(out):
            return []
        return out

    def _holders_in_comments(self, t: _Table, raw_rows: list[RawRisk]) -> None:
        """A list with no holder column whose post cells carry comments (批注) naming who holds
        the post ('Administrator:⏎岗位责任人：虢澂翛'): each row of the post is his."""
        tc = t.roles["title"]
        merged = self.grid.merged_into
        comments = self.grid.comments
        for rr in raw_rows:
            if rr.person:
                continue
            at = merged.get(((rr.rows or {}).get("title", rr.row), tc))
            text = comments.get(at or ((rr.rows or {}).get("title", rr.row), tc), "")
            for line in text.split("\n"):
                line = line.strip()
                if _FORMER.search(line):
                    continue  # ('姓名：瞿望川（已调离）', '原责任人：…': who held it before)
                m = _SIGNED.match(line)
                f = _field_with_value(line)
                name = m.group(1) if m else f[1].strip() if f and f[0] == "person" else ""
                if name and _boxed_name(name):
                    rr.person = name
                    break

    def _boxed_holder(self, lo: int, hi: int) -> bool:
        """A text box drawn between rows ``lo`` and ``hi`` names a holder ('持卡人：…'): the
        header below it opens another card, whatever it repeats."""
        return any(
            lo <= r < hi
            and any(
                (m := _SIGNED.match(line.strip()))
                and _boxed_name(m.group(1))
                or (f := _field_with_value(line))
                and f[0] == "person"
                and _boxed_name(f[1])
                for line in text.split("\n")
            )
            for r, _c, text in self.grid.shapes
        )

    def _footer_holder(self, lo: int, hi: int) -> dict[str, tuple[str, str]]:
        """The holder, 科室 and post the sheet's page footer names ('&L自查人：…&C所在部门：…'),
        or a text box drawn between rows ``lo`` and ``hi`` (above the table: '持卡人：…⏎职　务：…'),
        only where it names the holder: a footer of who filled the form in ('填报科室：办公室 |
        联系人：…') names none."""
        got: dict[str, tuple[str, str]] = {}
        texts = [(text, "") for text in self.grid.page_footer] + [
            (line, cell_ref(r, c))
            for r, c, text in self.grid.shapes
            if lo <= r < hi
            for line in text.split("\n")
        ]
        for text, cell in texts:
            if _NOT_HOLDER_LABEL.match(text.strip()):
                continue  # ('联系人：…', '填报科室：…', '制表人：…': who filled it in)
            signed = _SIGNED.match(text.strip())  # '自查人：…', '承诺人：…'
            # (a box's label says it is a name: two to four Han characters of any surname)
            if signed and (
                _boxed_name(signed.group(1)) if cell else looks_like_name(signed.group(1))
            ):
                got.setdefault("person", (signed.group(1), cell))
                continue
            for key, value in _fields_in_line(text) or filter(None, [_field_with_value(text)]):
                if value.strip() and key in ("person", "department", "title", "dept_title"):
                    got.setdefault(key, (value.strip(), cell))
        person, cell = got.get("person", ("", ""))
        named = _boxed_name(person) if cell else looks_like_name(person)  # (a box's, a footer's)
        return got if person and named else {}

    def _open_span(self, hs: int, c: int) -> int:
        """The last column a heading not merged stands over, where the cells right of it are
        empty and the row below names a level under it and under each of them ('风险等级' over
        '一级 | 二级 | 三级', a pivot table's column field): c where it stands over its own."""
        sh = self.sh
        row, below = sh.rows[hs], sh.rows[hs + 1]
        if c >= len(below) or not self.config.level(below[c].strip()):
            return c
        if c >= len(row) or not row[c].strip() or (hs, c) in self.grid.merged_into:
            return c  # (a sub-heading's column under a heading merged across: that heading's)
        x = c
        while (
            x + 1 < len(below)
            and (x + 1 >= len(row) or not row[x + 1].strip())
            and self.config.level(below[x + 1].strip())
        ):
            x += 1
        return x

    def _holders_named(self, rows) -> int:
        """How many holders' labels the lines ``rows`` hold ('姓名 | …', '姓名：…　岗位：…')."""
        sh = self.sh
        n = 0
        for x in rows:
            for c in sh.nonempty(x):
                text = sh.rows[x][c]
                if field_of(sh.key(x, c)) == "person":
                    n += 1
                    continue
                pairs = _fields_in_line(text) or tuple(filter(None, [_field_with_value(text)]))
                n += sum(1 for f, _v in pairs if f == "person")
        return n

    def _split(self, h: int, starts: list[int], meta) -> SheetResult:
        """Tables side by side under one header row: read each from a copy of the sheet in
        which the other tables' columns are blank (coordinates stay those of the sheet); a
        title merged across them all goes with the first."""
        from xlproc.workbook import Grid

        grid = self.grid
        edges = [0, *starts, 1 << 30]
        out = SheetResult([], [], 0, 0, 0)
        first_heads: tuple[str, ...] = ()
        # '高风险点 | 中风险点 | 低风险点' over the blocks: one form's points by level, the
        # holder's lines above them all read whole by each block
        levels = self._panel_levels(h, edges)
        above = h - 1 if levels else 0
        for i in range(len(edges) - 1):
            lo, hi = edges[i], edges[i + 1]
            rows = []
            for x, row in enumerate(grid.rows):  # each table keeps its own columns, captions above
                rows.append(
                    list(row)
                    if x < above
                    else [v if lo <= c < hi else "" for c, v in enumerate(row)]
                )
            merges = None
            if grid.merges is not None:
                merges = [m for m in grid.merges if (lo <= m[1] and m[3] < hi) or m[2] < above]
            sub = Grid(grid.name, rows, merges, grid.hidden)
            if i == 0 and meta:
                sub.rows[0] = list(grid.rows[0])
            part = _Locator(sub, self.rel, self.config)
            part.part = True
            res = part.run()
            heads = tuple(self.sh.key(h, c) for c in self.sh.nonempty(h) if lo <= c < hi)
            titled = any(  # a title or caption of its own over the block: a table of its own
                grid.rows[x][c] and not _CONTINUED_CAPTION.search(grid.rows[x][c])  # ('（续表）')
                for x in range(h)
                for c in range(lo, min(hi, len(grid.rows[x])))
            )
            if i and out.forms and res.forms and heads == first_heads and not titled:
                # one long list wrapped into blocks side by side (the same header over each): the
                # block's first rows naming no post go on with the last post of the block before
                last = out.forms[-1]
                while (
                    res.forms
                    and not (res.forms[0].person or res.forms[0].title or res.forms[0].department)
                    and res.forms[0].style == "list"
                ):
                    for rr in res.forms[0].risks:
                        rr.person, rr.title, rr.department = (
                            last.person,
                            last.title,
                            last.department,
                        )
                    last.risks.extend(res.forms.pop(0).risks)
                for f in res.forms:
                    f.unit = f.unit or last.unit  # (the title over the first block names it)
            if i == 0:
                first_heads = heads
            if levels:
                for f in res.forms:
                    for rr in f.risks:
                        rr.risk_level = rr.risk_level or levels[i]
                if (
                    i
                ):  # (the block's own word that it has no type column: the first block's says it)
                    res.issues = [x for x in res.issues if x.code != "TABLE_NO_TYPE"]
            out.forms.extend(res.forms)
            out.issues.extend(res.issues)
            out.rows_seen += res.rows_seen
            out.rows_reported += res.rows_reported
            out.unplaced += res.unplaced
        if levels:  # one holder's form, its points gathered from the blocks
            joined: dict[tuple, RawForm] = {}
            for f in out.forms:
                key = (f.unit, f.department, f.title, f.person)
                if key in joined:
                    joined[key].risks.extend(f.risks)
                else:
                    joined[key] = f
            out.forms = list(joined.values())
        top = next((x for x in range(min(h, 6)) if self.sh.nonempty(x)), None)
        unit = unit_in_title("".join(grid.rows[top])) if top is not None else ""
        for f in out.forms if unit else ():
            f.unit = f.unit or unit  # the sheet's title over the blocks (a grid of cards) names it
        return out

    # --- headers ------------------------------------------------------------------------

    def _header_rows(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """Table headers as (first row, depth, headings). One repeated further down (a table
        printed or pasted page by page) continues the table above it when nothing but table
        rows, titles, page numbers and blank lines lie between: it is skipped, not a new
        table."""
        sh = self.sh
        found: list[tuple[int, int, dict[int, Heading | None]]] = []
        after = 0  # the row after the last header found
        for r in sh.header_candidates():
            if r < after:
                continue
            got = sh.headings(r)
            if got is not None:
                top, depth, heads = self._extend_up(r, got[1], got[0], after)
                depth += self._grid_row_under(top, depth)  # (高 | 中 | 低 under type bands)
                depth += self._names_row_under(top, depth)  # (责任人 ⏵ posts ⏵ names)
                found.append((top, depth, heads))
                after = top + depth
        return self._keep(found)

    def _keep(
        self, found: list[tuple[int, int, dict[int, Heading | None]]]
    ) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """Headers found, less those repeating the one above (skipped, not new tables)."""
        sh = self.sh
        kept = found[:1]
        # the rows between the last header found and the next are checked once: a header
        # repeated page after page is not checked against every row since the first (O(n²))
        since = found[0][0] + found[0][1] if found else 0
        for i, (h, depth, hs) in enumerate(found[1:], 2):
            prev, prev_depth, prev_hs = kept[-1]
            points = [c for c, x in prev_hs.items() if x and x.role in POINTISH]
            end = found[i][0] if i < len(found) else len(sh.rows)
            if (
                (
                    _same_header(hs, prev_hs)
                    or (
                        depth == prev_depth
                        and self._overtyped_copy(h, depth, end, hs, (prev, prev_hs))
                    )
                )
                and not self._holder_between(range(max(since, prev + prev_depth), h), prev_hs)
                and not self._boxed_holder(prev + prev_depth, h)
                and all(
                    sh.kind(r) in ("blank", "page", "title", "other", "total")
                    or (
                        sh.kind(r) == "fields"  # a data row with a cell such as '科室负责人'
                        and not self._starts_with_field(r)
                        and any(
                            c < len(sh.rows[r])
                            and sh.rows[r][c]
                            and not field_of(sh.key(r, c))
                            and not _field_with_value(sh.rows[r][c])
                            for c in points
                        )
                    )
                    for r in range(max(since, prev + prev_depth), h)
                )
            ):
                self.repeated.update(range(h, h + depth))
                # a title printed again above the repeated header goes with it
                r = h - 1
                while r > prev and sh.kind(r) in ("blank", "title", "page"):
                    cols = sh.nonempty(r)
                    # a caption naming the post or 科室 of the rows below stays: it groups them
                    if not (len(cols) == 1 and self._caption_names(sh.rows[r][cols[0]])):
                        self.skip.add(r)
                    r -= 1
            else:
                kept.append((h, depth, hs))
            since = h + depth
        return kept

    def _per_holder(self, form: RawForm) -> list[RawForm]:
        """A personal form naming two holders ('阚明轩、逄立峰' under 姓名: two rangers of one post)
        is each one's form: a copy per holder, its rows counted once per holder."""
        if not SEVERAL_MARK.search(form.person.strip()):
            return [form]  # one name, the usual case
        names = [x for x in SEVERAL_MARK.split(form.person.strip().removesuffix("等")) if x]
        if not several_names(names):
            return [form]  # '王芳/司机': a holder and his post
        self.seen += (len(names) - 1) * len(form.risks)
        return [
            replace(form, person=x, risks=[replace(rr, person=x) for rr in form.risks])
            for x in names
        ]

    def _holder_between(self, rows: range, heads: dict[int, Heading | None]) -> bool:
        """A caption naming a holder ('二、副主任　綦若谷') between two copies of a header with
        no holder column: the header below starts that holder's card, it repeats nothing."""
        if any(x and x.role == "person" for x in heads.values()):
            return False
        sh = self.sh
        return any(
            len(cols := sh.nonempty(r)) == 1 and caption_holder(sh.rows[r][cols[0]])[1]
            for r in rows
        )

    def _overtyped_copy(
        self,
        h: int,
        depth: int,
        end: int,
        hs: dict[int, Heading | None],
        prev: tuple[int, dict[int, Heading | None]],
    ) -> bool:
        """A copy of the header above whose heading over the 科室, post or holder column (in one
        copy or the other) is typed over with a block's own ('序号 | 岗位 | 姓名 | 风险点 | …' and
        further down '序号 | 会计 | 戚翾珖 | 风险点 | …'): the same table, each copy heading its
        holder's block (``_holder_headings``). Every other heading must be the same, each value
        clearly a 科室, a post or a name, and the point rows under the copy blank in its column."""
        top, prev_hs = prev
        differ = [
            c
            for c in hs.keys() | prev_hs.keys()
            if (hs.get(c) and hs[c].role) != (prev_hs.get(c) and prev_hs[c].role)
        ]
        pc = next((c for c, x in hs.items() if x and x.role in POINTISH), None)
        if not differ or pc is None:
            return False
        rows = self.sh.rows
        for c in differ:
            new, old = hs.get(c), prev_hs.get(c)
            if new is None and old is not None and old.role in _HOLDER_HEADS:
                at = h  # the word above, a value here
            elif old is None and new is not None and new.role in _HOLDER_HEADS:
                at = top  # a value above, the word here
            else:
                return False  # another column's heading differs: another table
            if _holder_value(self._header_text(at, depth, c)) in ("", "unit"):
                return False
            if at == h and any(
                c < len(rows[x])
                and rows[x][c]
                and pc < len(rows[x])
                and rows[x][pc]
                and self.sh.kind(x) in ("other", "fields")
                for x in range(h + depth, end)
            ):
                return False  # the point rows under the copy write their own there
        return True

    def _header_text(self, h: int, depth: int, c: int) -> str:
        """The text of column ``c`` in the header of rows ``h`` … ``h + depth - 1``; '' where
        that cell is merged down past the header (a block's label at its side, no heading)."""
        for x in range(h, h + max(depth, 1)):
            row = self.sh.rows[x]
            if c < len(row) and row[c]:
                if self.grid.merges and self.grid.merged_into.get((h + depth, c)) == (x, c):
                    return ""
                return row[c]
        return ""

    def _holder_headings(self, t: _Table, next_h: int) -> None:
        """A header repeated over each holder's block whose cells over the 科室, post or holder
        column are typed over, in every copy or in the later ones, with that block's own
        ('序号 | 副局长 | 厍昶翀 | 廉政风险点 | …', the point rows leaving the two columns blank):
        each copy names the holder of the rows under it (``t.holder_rows``). A column's role is
        its heading word where a copy keeps it, else what all its values are (科室, posts,
        names); where that is unclear the column is left unread and said so."""
        depth = t.start - t.row
        if depth < 1 or not self.repeated or t.header is None:
            return  # (the cheap test: no header repeated on the sheet)
        copies = [t.row] + [
            x for x in range(t.start, next_h) if x in self.repeated and x - 1 not in self.repeated
        ]
        if len(copies) < 2:
            return
        sh = self.sh
        pc = t.roles.get("risk_point")
        if pc is None:
            return
        ends = [*copies[1:], next_h]
        roles: dict[int, str] = {}  # column → the role its values give
        values: dict[int, list[str]] = {}  # column → its text in each copy ('' for a word)
        unclear: list[tuple[int, int, str]] = []  # (row, column, value)
        changing: set[int] = set()  # columns whose text differs from copy to copy
        for c in range(t.first, t.last + 1):
            if t.col_role.get(c, "other") not in ("other", *_HOLDER_HEADS):
                continue
            texts = [self._header_text(x, depth, c) for x in copies]
            if len(set(texts)) < 2 and t.col_role.get(c) in _HOLDER_HEADS:
                continue  # the heading word in every copy: the usual header
            words, kinds, cells = set(), set(), []
            for x, end, text in zip(copies, ends, texts, strict=True):
                head = heading_role(sh.key(x, c)) if text else None
                if head is not None and head.role not in _HOLDER_HEADS:
                    break  # another heading ('备注'): no holder's column
                if head is not None:
                    words.add(head.role)
                    cells.append("")
                    continue
                if text and any(
                    c < len(sh.rows[y])
                    and sh.rows[y][c]
                    and pc < len(sh.rows[y])
                    and sh.rows[y][pc]
                    and sh.kind(y) in ("other", "fields")  # (a sign-off line under it is no row)
                    for y in range(x + depth, end)
                ):
                    break  # the point rows write their own there: a column of the rows
                kinds.add(_holder_value(text) if text else "blank")
                cells.append(text)
            else:
                if not any(cells):
                    continue  # the heading word in every copy that writes one
                kinds.discard("blank")
                if "unit" in kinds:
                    continue  # a unit's name over each block: no holder (left as read)
                varies = len(set(texts)) > 1
                if len(words) == 1 and kinds <= words:
                    roles[c] = next(iter(words))
                elif not words and len(kinds) == 1 and "" not in kinds:
                    roles[c] = next(iter(kinds))
                else:
                    if varies:
                        x = copies[next(i for i, v in enumerate(cells) if v)]
                        unclear.append((x, c, self._header_text(x, depth, c)))
                    continue  # (the same unknown text over every block: a heading)
                values[c] = cells
                if varies:
                    changing.add(c)
        if not changing:
            roles = {}  # no copy names another block's holder than the first: a heading
        given = [r for c, r in roles.items() if r != "pair"] + [
            x for r in roles.values() if r == "pair" for x in ("title", "person")
        ]
        for c, role in list(roles.items()):
            # two columns of one role, or a role the rows' own column gives: which is whose?
            mine = ("title", "person") if role == "pair" else (role,)
            if any(given.count(x) > 1 or (x in t.roles and t.roles[x] != c) for x in mine):
                x = copies[next(i for i, v in enumerate(values[c]) if v)]
                unclear.append((x, c, self._header_text(x, depth, c)))
                del roles[c]
        for x, c, text in unclear:
            self.issues.append(
                make_issue("HOLDER_IN_HEADING_UNCLEAR", self.rel, self.grid.name,
                           cell_ref(x, c), value=squeeze(text))
            )  # fmt: skip
        if not roles:
            return
        for i, x in enumerate(copies):
            named: dict[str, str] = {}
            for c, role in roles.items():
                v = values[c][i].strip()
                if role == "pair":
                    post, who = caption_holder(v) if v else ("", "")
                    named.update(title=post if who else v, person=who)
                else:
                    named[role] = v
            t.holder_rows[x] = named
        t.sections = True  # (a list: its rows are the holders' the copies name)
        cols = sorted(roles)
        said = "、".join(_HOLDER_ZH[roles[c]] for c in cols)
        first = next(i for i, x in enumerate(copies) if any(values[c][i] for c in cols))
        shown = " | ".join(squeeze(values[c][first]) for c in cols if values[c][first])
        self.issues.append(
            make_issue("HOLDER_IN_HEADING", self.rel, self.grid.name,
                       cell_ref(copies[first], cols[0]), field=said, value=shown)
        )  # fmt: skip

    def _bracket_holders(self, t: _Table, next_h: int) -> None:
        """A table whose heading row names its holder only in a bracket closing a heading cell
        ('廉政风险点（接收征集科　科长　张三）', '序号（责任人：李四）'), no 科室, post or name
        column: the rows under it, down to the next copy of the heading, are that holder's;
        each copy naming another holder starts that holder's form (``t.holder_rows``). A copy
        whose bracket names no one, or names two, gives its rows no holder (nothing invented)."""
        if t.holder_rows or t.head_post is not None or t.header is None:
            return  # (read already from the heading's cells or the point's heading)
        if "title" in t.roles or "person" in t.roles:
            return  # the rows name their own holders
        sh = self.sh
        depth = max(t.start - t.row, 1)
        copies = [t.row] + [
            x for x in range(t.start, next_h) if x in self.repeated and x - 1 not in self.repeated
        ]
        keys = [k for k in ("department", "title", "person") if k not in t.roles]
        found: dict[int, tuple[str, dict[str, str]] | None] = {}  # copy → (cell, fields)
        for x in copies:
            named: list[tuple[str, dict[str, str]]] = []
            for y in range(x, min(x + depth, len(sh.rows))):
                row = sh.rows[y]
                for c in range(t.first, min(t.last + 1, len(row))):
                    text = row[c]
                    if not text or text[-1] not in ")）":
                        continue  # (the cheap test: no cell closing in a bracket)
                    if t.col_role.get(c, "other") not in _BRACKET_HOLDER_ROLES:
                        continue  # ('审核（局长 王成）', '监督主体（纪检组）': who checks, no holder)
                    got = {k: v for k, v in heading_bracket_holder(text).items() if k in keys}
                    if got:
                        named.append((cell_ref(y, c), got))
            kinds = {tuple(sorted(f.items())) for _c, f in named}
            found[x] = named[0] if len(kinds) == 1 else None
        if not any(found.values()):
            return  # (the usual table: no heading names a holder its columns do not)
        last: dict[str, str] | None = None
        for x in copies:
            got = found[x]
            fields = got[1] if got else {}
            held = {k: fields.get(k, "") for k in keys}
            t.holder_rows[x] = held
            if got and held != last and any(held.values()):
                shown = "　".join(v for v in held.values() if v)
                said = "、".join(_HOLDER_ZH[k] for k in keys if held[k])
                self.issues.append(
                    make_issue("HOLDER_IN_HEADING_BRACKET", self.rel, self.grid.name,
                               got[0], field=said, value=shown)
                )  # fmt: skip
            last = held
        t.sections = True  # (a list: its rows are the holders' the headings name)

    def _guessed_headers(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """No header names its risk text in words we know (廉政隐患, 主要问题 …): a row of short
        headings, two or more of them known and one of them the type, the level or the
        measures, over rows whose unnamed column holds the longest texts left of the measures.
        That column is taken as the risk point and the guess is reported. Its repeats further
        down (a table pasted page by page) are the same header."""
        sh = self.sh
        if _INSTRUCTIONS_SHEET.search(self.grid.name):
            return []  # (a 汇总 or 统计 sheet may be the list itself: the tests below decide)
        for r in range(min(len(sh.rows), 60)):
            cols = sh.nonempty(r)
            if len(cols) < 3 or any(len(sh.rows[r][c]) > 16 for c in cols):
                continue
            if sh.kind(r) not in ("other", "fields"):
                continue
            heads = {c: heading_role(sh.key(r, c)) for c in cols}
            known = {c: h for c, h in heads.items() if h is not None and h.strength >= 2}
            roles = {h.role for h in known.values()}
            if len(known) < 2 or len(known) < len(cols) / 2:
                continue
            aimed = None if roles & set(POINTISH) else self._aimed_point_column(r, heads, known)
            if aimed is not None:
                # no risk column: each 防控要点 cell gives the measures, then '，防止' and the point
                heads[aimed] = Heading("risk_point", 2, sh.key(r, aimed))
                self.aimed_col = aimed  # (``_aimed_points`` reports it, table by table)
                return self._keep(self._same_below(r, cols, heads))
            if not roles & set(ANCHOR):
                # no level, type or measures heading known ('风险分级', '防控要求'): a named risk
                # text over a column of level words is a header all the same
                level = self._level_column(r, heads, known) if roles & set(POINTISH) else None
                if level is None:
                    continue
                heads[level] = Heading("risk_level", 2, sh.key(r, level))
                roles.add("risk_level")
                self._guessed(r, level, r, "risk_level", "表头不是已知的写法,内容是风险级别的写法")
            if roles & set(POINTISH):
                # the risk text is named, but too few of the other headings are known words
                if len(self._data_below(r)) >= 2:
                    return self._keep(self._same_below(r, cols, heads))
                continue
            quoted = self._quoted_point_column(r, known)
            if quoted is not None and self._unnamed_text_column(r, heads, known) is None:
                # no risk column, neither by its heading nor guessed from its contents (a
                # '廉政隐患' column stays the points, its measures whole, level or none beside
                # it): each measures cell opens by naming the point it answers
                heads[quoted] = Heading("risk_point", 2, sh.key(r, quoted))
                self.quoted_col = quoted  # (``_quoted_points`` reports it, table by table)
                return self._keep(self._same_below(r, cols, heads))
            if (
                not roles & {"risk_level", "risk_type"}
                and self._level_column(r, heads, known) is None
            ):
                continue  # measures alone ('存在问题 | 整改措施'): a rectification ledger, not risks
            point = self._unnamed_text_column(r, heads, known)
            if point is None:
                continue
            heads[point] = Heading("risk_point", 2, sh.key(r, point))
            self._guessed(r, point, r, "risk_point", "表头不是已知的写法,此列是措施左侧最长的文字")
            return self._keep(self._same_below(r, cols, heads))
        return []

    def _quoted_point_column(self, r: int, known: dict[int, Heading]) -> int | None:
        """The measures column of a header row ``r`` that has no risk column, whose cells open
        by naming the point they answer ('针对“…”的风险：…', '风险点：…　防控措施：…'): where its
        heading names the points too ('针对风险点的防控措施', '防控措施（针对的风险点）') three in
        five of its cells must name one, under a plain '防控措施' every cell (two at least).
        Offices write so when the form sent had no point column; the rest stay as read."""
        rows = self._data_below(r)
        if len(rows) < 2:
            return None
        for c, h in known.items():
            if h.role != "measures":
                continue
            vals = [row[c] for row in rows if c < len(row) and row[c]]
            if len(vals) < 2 or not any(_OPENS_POINT.match(v) for v in vals):
                continue  # (the cheap test: no cell opens like a named point)
            named = sum(1 for v in vals if _points_named(v))
            says = bool(_ANSWERS_POINTS.search(self.sh.rows[r][c]))
            if named >= 2 and (named == len(vals) or (says and named >= 0.6 * len(vals))):
                return c
        return None

    def _aimed_point_column(
        self, r: int, heads: dict[int, Heading | None], known: dict[int, Heading]
    ) -> int | None:
        """The column of header row ``r`` (which has no risk column) headed as the 防控要点
        ('廉政风险防控要点', '防控重点') whose cells on most rows below, at least two, read
        'measures，防止 point。' (``_aimed_parts``); under a plain measures heading ('防控措施')
        every cell must. Offices write their 要点 so, as an aim ('do X, so as to prevent Y').
        None where no column is so, or another column may be the points."""
        cands = [c for c in heads if _AIM_HEADING.search(self.sh.key(r, c))] + [
            c for c, h in known.items() if h.role == "measures"
        ]
        rows = self._data_below(r) if cands else []
        if len(rows) < 2:
            return None
        for c in dict.fromkeys(cands):
            label = self.sh.key(r, c)
            gist = bool(_AIM_HEADING.search(label))
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            if len(vals) < 2 or sum(1 for v in vals if _GUARD_WORD.search(v)) < 2:
                continue  # (the cheap test: two cells with a guard word after a comma)
            aimed = sum(1 for v in vals if _aimed_parts(v))
            if aimed < 2 or (aimed * 2 <= len(vals) if gist else aimed < len(vals)):
                continue
            if self._quoted_point_column(r, known) is not None:
                return None  # ('针对“…”的风险：…，防止…': the point named first wins)
            mine = {**known, c: Heading("measures", 2, label)}
            if self._unnamed_text_column(r, heads, mine) is not None:
                return None  # (an unnamed column of longer texts may be the points)
            return c
        return None

    def _aimed_points(self, t: _Table, last: int) -> bool:
        """``_Table.point_aimed`` of a table whose header ends on row ``last``: its point column
        is the one ``_aimed_point_column`` took; said once, as info, with the first cell."""
        pc = t.roles.get("risk_point")
        if pc is None or pc != self.aimed_col or "measures" in t.roles:
            return False
        self._parted_said(t, last, "POINT_AFTER_GUARD_WORD", _aimed_parts)
        return True

    def _required_points(self, t: _Table, last: int) -> None:
        """Say once, as info, that a table's '风险点及防控要求' cells were parted at '，应'
        (``_Table.point_required``), with its first such cell."""
        if t.point_required and "risk_point" in t.roles:
            self._parted_said(t, last, "POINT_THEN_REQUIREMENT", _seamed_parts)

    def _parted_said(self, t: _Table, last: int, code: str, parts) -> None:
        """The info that the point column's cells were parted into point and measures by
        ``parts``, at the heading, with the first cell it parts as the example."""
        pc = t.roles["risk_point"]
        first = next(
            (row[pc] for row in self._data_below(last) if pc < len(row) and parts(row[pc])), ""
        )
        label = t.header[1].get(pc, "") if t.header is not None else ""
        self.issues.append(
            make_issue(code, self.rel, self.grid.name, cell_ref(t.row, pc),
                       value=squeeze(label or self.sh.rows[t.row][pc]),
                       example=squeeze(first)[:30])
        )  # fmt: skip

    def _quoted_points(self, t: _Table, last: int) -> str:
        """``_Table.point_quoted`` of a table whose header ends on row ``last``: 'measures' for
        the measures column ``_quoted_point_column`` took for the points; 'joined' where, with no
        measures column, the point's heading names the measures too ('防控措施及针对的风险点',
        '风险点及防控措施') and three in five of its cells (two at least) open by naming their
        point; '' otherwise (the usual table: nothing looked at)."""
        pc = t.roles.get("risk_point")
        if pc is None or "measures" in t.roles:
            return ""
        label = t.header[1].get(pc, "") if t.header is not None else ""
        if pc == self.quoted_col:
            said = "measures"
        elif "措施" in label:
            # (a point's and its measures' labelled lines there are read as they were)
            vals = [row[pc] for row in self._data_below(last) if pc < len(row) and row[pc]]
            named = sum(1 for v in vals if _points_named(v, False)) if len(vals) >= 2 else 0
            said = "joined" if named >= 2 and named >= 0.6 * len(vals) else ""
        else:
            return ""
        if said:
            self.issues.append(
                make_issue("POINTS_IN_MEASURES", self.rel, self.grid.name, cell_ref(t.row, pc),
                           value=squeeze(label or self.sh.rows[t.row][pc]))
            )  # fmt: skip
        return said

    def _grid_headers(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """Rows of the risk types across ('等级＼类型 | 思想道德 | 制度机制 | 岗位职责'), three or
        more and nothing else after the first cell, over rows opening with level words: the
        headers of grids of a point at each level and type (``_level_type_grid``)."""
        sh = self.sh
        out: list[tuple[int, int, dict[int, Heading | None]]] = []
        if self._criteria_sheet():
            return out
        for r in range(len(sh.rows)):
            cols = sh.nonempty(r)
            if len(cols) >= 3 and (turned := self._type_rows_grid(r, cols)):
                out.append(turned)
                continue
            if len(cols) < 4 or any(len(sh.rows[r][c]) > 12 for c in cols):
                continue
            last = heading_role(sh.key(r, cols[-1]))
            types = cols[1:-1] if last is not None and last.role == "measures" else cols[1:]
            if len(types) < 3 or not all(self._one_type(sh.rows[r][c]) for c in types):
                continue
            first = cols[0]
            below = [
                sh.rows[x][first].strip()
                for x in range(r + 1, min(r + 8, len(sh.rows)))
                if first < len(sh.rows[x])
            ]
            if len({self.config.level(v) for v in below if v} - {None}) < 2:
                continue
            heads: dict[int, Heading | None] = {first: Heading("risk_level", 2, sh.key(r, first))}
            heads.update((c, Heading("risk_point", 2, sh.key(r, c))) for c in types)
            if types != cols[1:]:
                heads[cols[-1]] = last
            out.append((r, 1, heads))
        return out

    def _type_rows_grid(
        self, r: int, cols: list[int]
    ) -> tuple[int, int, dict[int, Heading | None]] | None:
        """The distribution grid turned round: a corner cell ('风险等级⏎风险类型') and then the
        levels across ('一级风险 | 二级风险 | 三级风险', two or more, each another), over rows
        opening with one risk type each ('思想道德风险', '制度机制风险'): a crossing's points are
        of its row's type and its column's level (read as ``_level_headers``' level columns,
        numbered lines each a point, '/' none). Crossings of counts are a tally: None."""
        sh = self.sh
        first, rest = cols[0], cols[1:]
        if any(len(sh.rows[r][c]) > 12 for c in cols) or self.config.level(sh.rows[r][first]):
            return None
        levels = [self.config.level(sh.rows[r][c]) for c in rest]
        if None in levels or len(set(levels)) < len(levels) or len(levels) < 2:
            return None
        typed: list[int] = []
        for x in range(r + 1, min(r + 12, len(sh.rows))):
            said = sh.rows[x][first].strip() if first < len(sh.rows[x]) else ""
            if not said or not self._one_type(said):
                break  # (the grid ends at the first row not opening with a type: '防控措施')
            typed.append(x)
        kinds = {self.config.types(sh.rows[x][first])[0][0] for x in typed}
        if len(kinds) < 2 or self._criteria_sheet():
            return None
        cells = [
            v
            for x in typed
            for c in rest
            if c < len(sh.rows[x]) and (v := sh.rows[x][c].strip())
            and v not in _NOTHING and not _NOTHING_WRITTEN.match(v)
        ]  # fmt: skip
        texts = [v for v in cells if _is_risk_text(v, self.config)]
        if len(texts) < 2 or len(texts) * 2 < len(cells):
            return None  # ('1 | 2 | 0' under the levels: how many, no points)
        heads: dict[int, Heading | None] = {first: Heading("risk_type", 2, sh.key(r, first))}
        heads.update((c, Heading("risk_point", 2, sh.key(r, c))) for c in rest)
        self.level_heads.add(r)
        self.issues.append(
            make_issue("TYPE_ROWS_LEVEL_COLUMNS", self.rel, self.grid.name, cell_ref(r, first),
                       value="、".join(squeeze(sh.rows[r][c]) for c in rest))
        )  # fmt: skip
        return r, 1, heads

    def _level_headers(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """A row of posts' headings (科室 | 岗位 | 姓名) and then the levels themselves as headings
        ('一级风险 | 二级风险 | 三级风险'), no column naming the points, over rows of risk texts
        under the levels: each post's points in its level's column (the holders-down twin of
        ``_transposed``'s cross table). Read as points by level (``_Table.level_points``)."""
        sh = self.sh
        out: list[tuple[int, int, dict[int, Heading | None]]] = []
        if self._criteria_sheet():
            return out
        for r in range(min(len(sh.rows), 60)):
            cols = sh.nonempty(r)
            if len(cols) < 3 or any(len(sh.rows[r][c]) > 12 for c in cols):
                continue
            heads: dict[int, Heading | None] = {}
            levels: dict[int, str] = {}
            for c in cols:
                key = sh.key(r, c)
                h = heading_role(key)
                level = (
                    self.config.level(sh.rows[r][c])
                    if h is None or h.role == "risk_point"
                    else None
                )  # ('高风险点 | 中风险点 | 低风险点': levels, though they say 风险点)
                if level is not None:
                    levels[c] = level
                    h = None
                elif h is None:
                    break  # a word neither a heading nor a level: not a header
                heads[c] = h
            else:
                if len(levels) < 2 and r + 1 < len(sh.rows):
                    # '风险等级' merged over '一级风险 | 二级风险 | 三级风险' on the row below: the
                    # lower row is the header, the posts' headings above it
                    under = self._levels_under(r, heads)
                    if under is not None:
                        r, heads, levels = under
                ids = [c for c, h in heads.items() if h and h.role in IDENTITY and h.strength >= 2]
                if (
                    len(levels) < 2
                    or len(set(levels.values())) < len(levels)
                    or not ids
                    or max(ids) > min(levels)
                ):
                    continue
                below = [
                    [sh.rows[x][c] for c in levels if c < len(sh.rows[x]) and sh.rows[x][c]]
                    for x in range(r + 1, min(r + 30, len(sh.rows)))
                ]
                texts = [[v for v in cells if _is_risk_text(v, self.config)] for cells in below]
                if sum(map(len, texts)) < 2 or not any(
                    len(got) >= 2 or any(_ITEM_LINE.match(v) for v in got) for got in texts
                ):
                    continue  # (one reason a row under its post's grade: a grading, no points)
                heads.update((c, Heading("risk_point", 2, sh.key(r, c))) for c in levels)
                self.level_heads.add(r)
                self.issues.append(
                    make_issue("LEVEL_COLUMNS", self.rel, self.grid.name, cell_ref(r, min(levels)),
                               value="、".join(sh.rows[r][c] for c in levels))
                )  # fmt: skip
                out.append((r, 1, heads))
                break
        return out

    def _points_headed_by_levels(self, head: tuple[int, int, dict[int, Heading | None]]) -> bool:
        """A header whose every point column is headed by a level ('高风险点 | 中风险点 |
        低风险点', two at least, each another): the levels themselves as headings."""
        h, depth, headings = head
        points = [c for c, x in headings.items() if x and x.role == "risk_point"]
        if depth != 1 or len(points) < 2:
            return False
        levels = [self.config.level(self.sh.rows[h][c]) for c in points]
        return None not in levels and len(set(levels)) == len(levels)

    def _levels_under(
        self, r: int, heads: dict[int, Heading | None]
    ) -> tuple[int, dict[int, Heading | None], dict[int, str]] | None:
        """A level heading on row ``r`` ('风险等级', merged across) over the levels themselves on
        the row below ('一级风险 | 二级风险 | 三级风险'), nothing else there but the headings above
        merged down: (the lower row, the headings, the level columns), else None."""
        sh = self.sh
        top = [c for c, h in heads.items() if h and h.role == "risk_level"]
        if len(top) != 1:
            return None
        levels: dict[int, str] = {}
        below: dict[int, Heading | None] = {}
        for c in sh.nonempty(r + 1):
            v = sh.rows[r + 1][c]
            level = self.config.level(v) if c >= top[0] else None
            if level is not None:
                levels[c] = level
            elif c in heads and sh.key(r + 1, c) == sh.key(r, c):
                below[c] = heads[c]  # (a heading above merged down over the row)
            else:
                return None
        if len(levels) < 2 or top[0] not in levels:
            return None
        out = {c: h for c, h in heads.items() if c not in levels}
        out.update(below)
        out.update(dict.fromkeys(levels))
        return r + 1, dict(sorted(out.items())), levels

    def _criteria_sheet(self) -> bool:
        """The sheet's tab or title says it states what each level means ('评定标准', '判定
        依据', '等级说明'), not whose risks they are."""
        sh = self.sh
        if _CRITERIA.search(self.grid.name):
            return True
        for r in range(min(len(sh.rows), 4)):
            cols = sh.nonempty(r)
            if len(cols) == 1 and _CRITERIA.search(sh.rows[r][cols[0]]):
                return True
        return False

    def _continued_header(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """A sheet of rows without a header, after a sheet whose table has the same columns:
        the rest of that table (a list printed on, or pasted into, a second sheet). Its first
        rows must read as that table's: a risk text where the point was, levels where the
        level was."""
        if self.continues is None or self.part:
            return []
        headings, labels, _unit = self.continues
        roles = {h.role: c for c, h in sorted(headings.items(), reverse=True) if h}
        pc = next((roles[x] for x in POINTISH if x in roles), None)
        if pc is None:
            return []
        sh = self.sh
        width = max(headings) + 1
        rows = [r for r in range(min(len(sh.rows), 40)) if sh.kind(r) != "blank"][:10]
        data = [r for r in rows if sh.kind(r) in ("other", "fields")]
        if len(data) < 2 or data[0] != rows[0]:
            return []  # a title or a field line first: a sheet of its own
        if any(sh.nonempty(r)[-1] >= width for r in data):
            return []
        points = [sh.rows[r][pc] for r in data if pc < len(sh.rows[r])]
        if sum(1 for v in points if len(v) >= 4 and HAN_TEXT.search(v)) < 0.8 * len(data):
            return []
        lc = roles.get("risk_level")
        if lc is not None:
            levels = [sh.rows[r][lc] for r in data if lc < len(sh.rows[r])]
            if sum(1 for v in levels if v and self.config.level(v)) < 0.6 * len(data):
                return []
        self.labels = labels
        return [(0, 0, dict(headings))]

    def _same_below(
        self, r: int, cols: list[int], heads: dict[int, Heading | None]
    ) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """The header at row ``r`` and its repeats further down (a copy whose cells of no known
        heading are typed over with a block's 科室, post or holder too: ``_holder_headings``)."""
        sh = self.sh
        found = [(r, 1, heads)]
        same = tuple(sh.rows[r][c] for c in cols)
        known = [i for i, c in enumerate(cols) if heads.get(c) is not None]
        for r2 in range(r + 1, len(sh.rows)):
            if sh.nonempty(r2) != cols:
                continue
            cells = tuple(sh.rows[r2][c] for c in cols)
            if cells == same or (
                all(cells[i] == same[i] for i in known)
                and all(
                    cells[i] == same[i] or _holder_value(cells[i]) not in ("", "unit")
                    for i in range(len(cols))
                )
            ):
                found.append((r2, 1, dict(heads)))
        return found

    def _data_below(self, r: int) -> list[list[str]]:
        """The table-like rows under row ``r`` (up to 40), to judge its columns by."""
        sh = self.sh
        rows = []
        for r2 in range(r + 1, min(len(sh.rows), r + 41)):
            kind = sh.kind(r2)
            n = len(sh.nonempty(r2))
            if kind == "blank" or n == 1:
                continue  # a spacer, or a caption inside the table ('一、招生就业处')
            if kind not in ("other", "fields"):
                break
            rows.append(sh.rows[r2])  # (rows of two cells: the rest merged down from above)
        return rows

    def _guessed(self, h: int, c: int, at: int, role: str, reason: str) -> None:
        """Report column ``c`` of header row ``h`` as read in ``role`` by its contents (the
        issue's cell on row ``at``)."""
        row = self.sh.rows[h]
        heading = row[c].replace("\n", "") if c < len(row) else ""
        self.issues.append(
            make_issue(
                "COLUMN_GUESSED",
                self.rel,
                self.grid.name,
                cell_ref(at, c),
                field=role_zh(role),
                value=heading,
                reason=reason,
            )  # fmt: skip
        )

    def _level_column(
        self, r: int, heads: dict[int, Heading | None], known: dict[int, Heading]
    ) -> int | None:
        """The column under an unknown heading of row ``r`` whose cells below are level words."""
        rows = self._data_below(r)
        if len(rows) < 2:
            return None
        lookup = self.config.levels.lookup
        for c in heads:
            if c in known:
                continue
            vals = [row[c] for row in rows if c < len(row) and row[c]]
            words = [v for v in vals if not v.isdigit() and lookup(v)]  # '1', '2': counts
            if len(vals) >= 2 and len(words) >= 0.8 * len(rows):
                return c
        return None

    def _unnamed_text_column(
        self, r: int, heads: dict[int, Heading | None], known: dict[int, Heading]
    ) -> int | None:
        """The column under an unknown heading of row ``r`` whose cells below are the longest
        texts (sentences, not names, levels or types), left of the measures if any; None
        unless at least two rows below fill it."""
        limit = min((c for c, h in known.items() if h.role == "measures"), default=10**6)
        unknown = [c for c in heads if c not in known and c < limit]
        rows = self._data_below(r)
        if len(rows) < 2:
            return None
        best, best_len = None, 6.0
        for c in unknown:
            vals = [row[c] for row in rows if c < len(row) and row[c]]
            if len(vals) < 2 or len(vals) < len(rows) / 2:
                continue
            p = profile(vals, self.config)
            if p.name >= 0.5 or p.level >= 0.5 or p.type >= 0.5 or p.seq or p.numbers >= 0.5:
                continue
            if p.mean_len > best_len:
                best, best_len = c, p.mean_len
        return best

    def _held_over(self, hs: int, c: int, role: str) -> str:
        """The holder's, 科室's or post's role of a merged heading over sub-columns: the column's
        own role, else the merged cell's ('姓名' over '原任 | 现任', whose first reads 'other');
        '' for any other role."""
        if role in _HELD_ROLES:
            return role
        if role != "other":
            return ""
        top = self.sh.rows[hs][c] if c < len(self.sh.rows[hs]) else ""
        h = heading_role(label_key(top)) if top.strip() else None
        return h.role if h is not None and h.role in _HELD_ROLES else ""

    def _latest_sub_column(
        self,
        hs: int,
        c: int,
        sub: range,
        subs: list[str],
        rows: list[list[str]],
        role: str,
    ) -> int | None:
        """A holder's (科室's, post's) heading merged over sub-columns of years or of before and
        after ('2024年 | 2025年', '上年 | 本年', '原 | 现'): the latest column, said once as info;
        None where the sub-headings are no such times, cannot be ordered (a year twice, years
        beside words) or the latest column is blank throughout (not filled in yet)."""
        keys = [_sub_time(v) for v in subs]
        if None in keys or len(set(keys)) != len(keys) or len({type(k) for k in keys}) != 1:
            return None
        at = keys.index(max(keys))
        latest = sub[at]
        if not any(latest < len(row) and row[latest].strip() for row in rows):
            return None
        sh = self.sh
        head = sh.rows[hs][c] if c < len(sh.rows[hs]) else ""
        self.issues.append(
            make_issue(
                "COLUMN_LATEST_YEAR",
                self.rel,
                self.grid.name,
                cell_ref(hs, c),
                field="".join(head.split()) or role_zh(role),
                value="、".join(f"“{squeeze(v)}”" for v in subs),
                latest=squeeze(subs[at]),
            )
        )
        return latest

    def _extend_up(
        self, r: int, depth: int, heads: dict[int, Heading | None], after: int
    ) -> tuple[int, int, dict[int, Heading | None]]:
        """A header row above the one found, whose cells are merged down into it (序号, 科室
        and 岗位 over three rows beside group labels such as 风险识别 | 风险评估), is the first
        row of the header: its merged-down cells name columns the rows below leave empty."""
        sh, up = self.sh, r - 1
        if up < after or up < 0:
            return r, depth, heads
        merged = self.grid.merged_into
        cols = sh.nonempty(up)
        down = [c for c in cols if merged.get((r, c)) == (up, c)]
        if len(down) < 2 or any(len(sh.rows[up][c]) > 16 for c in cols):
            return r, depth, heads
        new = dict(heads)
        for c in down:
            if new.get(c) is None:
                k = sh.key(up, c)
                new[c] = heading_role(k) if k and k != "\x00" else None
        return up, depth + 1, dict(sorted(new.items()))

    def _starts_with_field(self, r: int) -> bool:
        """The row opens with a header field label ('所属科室 | 行政审批科 …', '科室:…')."""
        cols = self.sh.nonempty(r)
        if not cols:
            return False
        first = self.sh.rows[r][cols[0]]
        return bool(field_of(self.sh.key(r, cols[0])) or _field_with_value(first))

    def _numbered_like_points(
        self, hs: int, c: int, subs: list[str], headings: dict[int, Heading | None]
    ) -> bool:
        """The band at ``c`` has the same numbered sub-headings ('① | ② | ③') as a band of risk
        points beside it: the n-th level of the n-th point, not levels to tick."""
        if not all(subs) or len(set(subs)) != len(subs):
            return False
        sh = self.sh
        own = headings.get(c)
        for x, h in headings.items():
            if x == c or h is None or "risk_point" not in (h.role, own.role if own else ""):
                continue  # (one of the two bands is the points')
            end = sh.span_end(hs, x)
            row = sh.rows[hs + 1] if hs + 1 < len(sh.rows) else []
            theirs = [row[y] if y < len(row) else "" for y in range(x, end + 1)]
            if end <= x:
                continue
            if theirs == subs:
                return True
            # the levels' band may be shorter than the points' ('① | ② | ③' over the points,
            # '① | ②' over the levels: the third point's level not written), no other band
            points, other = (theirs, subs) if h.role == "risk_point" else (subs, theirs)
            other_role = (own.role if own else "") if h.role == "risk_point" else h.role
            if (
                other_role == "risk_level"
                and len(points) > len(other) >= 2
                and points[: len(other)] == other
            ):
                return True
        return False

    def _unheaded_measures(self, h: int, depth: int, mc: int, rows: list[list[str]]) -> list[int]:
        """The columns right of the last heading, the measures' (``mc``), that no heading names
        and whose cells go on that row's measures: a sentence each, only in rows whose measures
        cell is written, in at least two rows of the first such column (a 备注's '已整改', a
        date, a name is no measure)."""
        sh = self.sh
        out: list[int] = []
        c = mc + 1
        while True:
            if any(c < len(sh.rows[r]) and sh.rows[r][c].strip() for r in range(h, h + depth)):
                break  # a heading of its own: another column
            if any((r, c) in self.grid.merged_into for r in range(h, h + depth)):
                break  # (under a heading merged across: read as its span)
            said = [(row[mc].strip() if mc < len(row) else "", row[c].strip())
                    for row in rows if c < len(row) and row[c].strip()]  # fmt: skip
            if len(said) < (1 if out else 2) or not all(
                m and len(v) >= 4 and v[-1:] in "。；;.）)" and not _is_date(v)
                and not looks_like_name(v) and self.config.level(v) is None
                and not _NOT_A_MEASURE.match(v)
                for m, v in said
            ) or (not out and 2 * sum(bool(_MEASURE_WORD.search(v)) for _m, v in said) < len(said)):  # fmt: skip
                break  # ('已落实。', '注：1.…', '本人已知晓。': a status, a note, a signature)
            out.append(c)
            c += 1
        return out

    def _classify(
        self, h: int, depth: int, headings: dict[int, Heading | None], end: int
    ) -> _Table:
        """Settle each column's role from its heading and its contents."""
        sh, grid = self.sh, self.grid
        merged = grid.merged_into

        def label(c: int) -> str:
            # a column under a heading merged across (责任分工 over 科室 | 人员) is named by both
            parts = []
            for r in range(h, h + depth):
                v = sh.rows[r][c] if c < len(sh.rows[r]) else ""
                if not v and (r, c) in merged:
                    r0, c0 = merged[(r, c)]
                    if r0 == r and c0 < c:
                        v = sh.rows[r0][c0]
                parts.append(v)
            return "".join(parts)

        given = depth == 0 and self.labels is not None  # the header of the sheet before
        labels = dict(self.labels) if given else {c: label(c) for c in headings}
        if depth > 1 and not given:
            headings = self._not_integrity(h, headings, labels)
        if not given and self._risk_maps:
            headings = self._beside_map(h, end, headings)
        # the data rows a column's contents are judged on: the first 200 table-like rows
        sample: list[int] = []
        texts_at = [c for c, x in headings.items() if x and x.role in POINTISH]
        for r in range(h + depth, end):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if sample and len(sh.nonempty(r - 1)) <= 1 and self._level_grid_head(r, cols):
                break  # a level grid printed under the rows, after a gap or its caption
            if len(cols) > 2 and any(c < len(row) and row[c] for c in texts_at):
                first = row[cols[0]]  # a row with a risk text: data, unless a review box
                k = sh.kind(r) if len(first) <= 24 and "意见" in first else "other"
            else:
                k = sh.kind(r)
            if k in ("review", "note"):
                break
            if k in ("other", "fields") and r not in self.repeated and r not in self.skip:
                sample.append(r)
                if len(sample) >= 200:
                    break
        profiles = {}
        texts = sum(1 for h in headings.values() if h and h.role in POINTISH)
        rows = [sh.rows[r] for r in sample]
        split = {} if given else self._identity_spans(h, headings, sample)
        for c in split:
            for x in range(c + 1, split[c] + 1):
                labels[x] = label(x)
        for c in headings:
            need = needs(headings[c])
            if need == () and texts < 2 and headings[c].strength == SURE:
                continue  # a sure heading of a column whose contents decide nothing here
            vals = [row[c] if c < len(row) else "" for row in rows]
            profiles[c] = profile(vals, self.config, need)
        roles, col_role, guesses = assign_roles(
            headings, profiles, labels, self._spanning(headings, rows)
        )
        self._point_measures_swapped(roles, col_role, headings, labels, rows, guesses, h, given)
        self._finer_keshi(roles, col_role, headings, labels, rows)
        former_point = self._current_point(roles, col_role, headings, labels)
        # a second column headed as the measures ('现有防控措施 | 拟新增防控措施'): its measures too
        more_measures = [
            c
            for c, r in col_role.items()
            if r == "other"
            and "measures" in roles
            and headings.get(c) is not None
            and headings[c].role == "measures"
            and headings[c].strength >= 2
            and not answers(labels.get(c, ""), profiles.get(c))  # '整改措施 | 无'
        ]
        if "person" not in roles:
            # 'A角 | B角' (or 'A岗 | B岗') headed on their own, no 姓名: the A角 holds the post,
            # the B角 stands in for him (under a 岗位人员 heading both are its people, as before)
            a = next((c for c, k in labels.items() if label_key(k) in _A_ROLE), None)
            said = [r_[a].strip() for r_ in rows if a is not None and a < len(r_) and r_[a].strip()]
            if (
                a is not None
                and col_role.get(a) in (None, "other")
                and said
                and sum(map(looks_like_name, said)) * 2 > len(said)  # (names, not posts)
            ):
                roles["person"], col_role[a] = a, "person"
        held = self._holder_beside_field(roles, col_role, labels, rows, h, given)
        guesses = [g for g in guesses if g.col != held]  # '管养路段及责任人': said by its own info
        level_said = False
        if "risk_level" not in roles:
            level_said = self._legend_column(roles, col_role, rows, headings, h, depth)
        scores = None if given else self._level_scores(h, depth, headings, labels, rows)
        if scores:
            # L | E | C under 风险评价（LEC法）, no level column: the band of their product
            taken = [*scores.cols, *([scores.total] if scores.total is not None else [])]
            for other in [k for k, v in roles.items() if v in taken]:
                del roles[other]
            roles["risk_level"] = scores.cols[0]
            for x in taken:
                col_role[x] = "risk_level"
            guesses = [g for g in guesses if g.col not in taken]
            self._scores_said(h, depth, scores)
        side_factors = [] if scores else self._factor_columns(labels, rows, roles)
        if side_factors:
            # '发生可能性 | 危害程度' side by side, no level column: the level they make together
            for x in side_factors:
                col_role[x] = "risk_level"
            roles["risk_level"] = side_factors[0]
        extra: dict[str, list[int]] = {}
        last = max(headings)
        # types over levels (or levels over types), one tick a row: both from its place
        grid_ticks = (
            {} if given or scores or side_factors else self._type_level_grid(h, depth, rows)
        )
        ticks_level_col = None
        if grid_ticks:
            cols = sorted(grid_ticks)
            if roles.get("risk_level") not in (None, *grid_ticks):
                ticks_level_col = roles["risk_level"]  # a level column of its own beside them
            for other in [k for k, v in roles.items() if v in grid_ticks]:
                del roles[other]
            roles["risk_type"], roles["risk_level"] = cols[0], cols[1]
            for x in cols:
                col_role[x] = "risk_level"
            col_role[cols[0]] = "risk_type"
            guesses = [g for g in guesses if g.col not in grid_ticks]
            last = max(last, cols[-1])
        ticks: dict[int, str] = {}
        type_ticks: dict[int, str] = {}
        type_levels = False
        level_criteria: list[int] = []
        score_ticks: dict[int, int] = {}
        post_ticks: dict[int, str] = {}
        holder_measures = False
        holder_steps = False
        open_lanes: frozenset[int] = frozenset()
        lane_depts: dict[int, str] = {}
        helper_marks: frozenset[str] = frozenset()
        level_series: list[int] = []
        level_factors: list[int] = []
        level_points: dict[int, str] = {}
        level_point_measures: dict[int, int] = {}
        level_measures: dict[int, str] = {}
        type_measures: dict[int, str] = {}
        measure_kinds: dict[int, str] = {}
        level_types: dict[int, str] = {}
        type_points: dict[int, str] = {}
        per_column: dict[int, tuple[str, str]] = {}
        # spans and sub-headings are those of the header's last two rows: a row above them
        # merged down into them (``_extend_up``) only names the columns they leave empty
        hs = max(h, h + depth - 2)
        for c in headings if not given else ():
            if c in grid_ticks:
                continue  # (read above)
            if holder_steps and (c in post_ticks or c in open_lanes):
                continue  # (a swim lane read above, the 股室 over it a heading of its own)
            end_c = sh.span_end(hs, c)
            # '责任人' merged across over a posts row and a names row: the holders' columns
            stacked = (
                self._holder_heading_rows(h, c)
                if depth == 3
                and end_c == c
                and col_role.get(c) in ("title", "person", "measures", "workflow")
                else None
            )
            if (
                depth == 3
                and not stacked
                and col_role.get(c) in ("workflow", "unit")  # ('…申请单位': no unit's column)
                and (lanes := self._lane_heading_rows(h, c))
                and _lane_steps(rows, range(c, c + len(lanes)))
            ):
                # '办理流程' over the lanes' 股室 over 'post⏎name' a lane (``_lane_heading_rows``)
                stacked = [v for _, v in lanes]
                lane_depts = {c + i: d for i, (d, _) in enumerate(lanes) if d}
            if (
                stacked
                and col_role[c] == "workflow"
                and not _lane_steps(rows, range(c, c + len(stacked)))
            ):
                stacked = None  # ('业务流程' over holders each writing every row: no lanes)
            if stacked:
                end_c = c + len(stacked) - 1
            if end_c == c and depth > 1 and col_role.get(c) == "risk_level":
                end_c = self._open_span(
                    hs, c
                )  # (a pivot table's '风险等级' over 一级 | 二级 | 三级)
            if c in split:
                last = max(last, end_c)  # '岗位及人员' over the post's and the holder's columns
            elif scores and c in (*scores.cols, scores.total):
                last = max(last, end_c)  # (the factors and their product: read row by row)
            elif end_c > c:
                role = col_role[c]
                sub = range(c, end_c + 1)
                levels = [
                    self.config.level(sh.rows[hs + 1][x])
                    if depth > 1 and x < len(sh.rows[hs + 1])
                    else None
                    for x in sub
                ]
                subs = stacked or [sh.rows[hs + 1][x] if depth > 1 and x < len(sh.rows[hs + 1])
                                   else "" for x in sub]  # fmt: skip
                kind = self._named_columns(headings.get(c), depth, subs, levels, rows, sub)
                if (
                    kind == "level"
                    and role in ("risk_type", "risk_level")
                    and roles.get("risk_level", c) in sub
                    and self._types_under(rows, sub)
                ):
                    kind = None  # (types written in their level's column: read below)
                if (
                    not score_ticks
                    and "risk_level" not in [k for k, v in roles.items() if v not in sub]
                    and (ticked := self._score_tick_columns(hs, c, role, sub, subs, levels, rows))
                ):
                    # 风险程度评分 over 1 | 2 | 3 | 4 | 5, one '●' a row: the score ticked, its
                    # level the band a note gives it (``_score_tick_level``)
                    score_ticks = ticked
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["risk_level"] = c
                    for x in sub:
                        col_role[x] = "risk_level"
                    guesses = [g for g in guesses if g.col not in sub]
                    last = max(last, end_c)
                    continue
                if kind == "stage" and roles.get("risk_point", c) not in sub:
                    # 风险表现 over 受理环节 | 审核环节 beside a 风险点 column: the point's
                    # description, stage by stage, no points of their own
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles.setdefault("description", c)
                    for x in sub:
                        col_role[x] = "description"
                    extra.setdefault("description", []).extend(
                        x for x in sub if x != roles["description"]
                    )
                    guesses = [g for g in guesses if g.col not in sub]
                    last = max(last, end_c)
                    continue
                if kind:
                    # 廉政风险点 over 所长 | 法制员 | …: each post's points in its column;
                    # 各单位责任人 over 公司本部 | 资产运营公司 | …: the row's holder in each part
                    per_column.update(
                        (x, (kind, v.strip())) for x, v in zip(sub, subs, strict=True)
                    )
                    role = {"post": "risk_point", "part": "person", "level": "risk_level",
                            "stage": "risk_point"}[kind]  # fmt: skip
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    if kind in ("post", "stage"):
                        roles["risk_point"] = c
                    for x in sub:
                        col_role[x] = role
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    all(levels)
                    and (
                        role in ("risk_type", "risk_level")
                        or (role == "other" and _TYPE_AND_LEVEL.search(labels.get(c, "")))
                    )
                    and len(sub) >= 2
                    and len(set(levels)) == len(levels)
                    and self._types_under(rows, sub)
                ):
                    # 风险类型及等级 over 高 | 中 | 低: each row's type written in its level's column
                    level_types = {x: sh.rows[hs + 1][x] for x in sub}
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["risk_type"] = c
                    for x in sub:
                        col_role[x] = "risk_type"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    all(levels)
                    and role == "measures"
                    and len(sub) >= 2
                    and "risk_level" not in roles
                    and len(set(levels)) == len(levels)
                ):
                    # 分级防控措施 over 一级风险 | 二级风险 | 三级风险: each row's measures in its
                    # level's column, the column its level
                    level_measures = {x: sh.rows[hs + 1][x] for x in sub}
                    roles["measures"] = c
                    for x in sub:
                        col_role[x] = "measures"
                    for other in [k for k, v in roles.items() if v in sub and k != "measures"]:
                        del roles[other]
                elif (
                    role == "measures"
                    and len(sub) >= 2
                    and "risk_type" not in roles
                    and all(map(self._one_type, subs))
                    and len(set(subs)) == len(subs)
                ):
                    # 分类防控措施 over 思想道德风险 | 制度机制风险 | …: each row's measures in its
                    # type's column, the column its type
                    type_measures = {x: sh.rows[hs + 1][x] for x in sub}
                    roles["measures"] = c
                    for x in sub:
                        col_role[x] = "measures"
                    for other in [k for k, v in roles.items() if v in sub and k != "measures"]:
                        del roles[other]
                elif (
                    all(levels)
                    and role in POINTISH
                    and len(sub) >= 2
                    and not self._numbered_like_points(hs, c, subs, headings)
                ):
                    # 廉政风险点 over 高风险 | 中风险 | 低风险: each point in its level's column
                    level_points = {x: sh.rows[hs + 1][x] for x in sub}
                    roles["risk_point"] = c
                    for x in sub:
                        col_role[x] = "risk_point"
                    for other in [k for k, v in roles.items() if v in sub and k != "risk_point"]:
                        del roles[other]
                elif (
                    role in POINTISH
                    and len(sub) >= 2
                    and all(map(self._one_type, subs))
                    and any(
                        len(row[x]) >= 2
                        and not self.config.level(row[x])
                        and row[x] not in _NOTHING
                        and row[x] not in _MARK_WORDS
                        and HAN_TEXT.search(row[x])
                        for row in rows
                        for x in sub
                        if x < len(row)
                    )  # texts under them, not marks (√) or levels
                ):
                    # 廉政风险点 over 思想道德 | 制度机制 | 岗位职责: each point in its type's column
                    type_points = dict(zip(sub, subs, strict=True))
                    roles["risk_point"] = c
                    for x in sub:
                        col_role[x] = "risk_point"
                    for other in [k for k, v in roles.items() if v in sub and k != "risk_point"]:
                        del roles[other]
                elif (
                    len(sub) == 2
                    and "risk_level" not in [k for k, v in roles.items() if v not in sub]
                    and _LIKELIHOOD.search(squeeze(subs[0]))
                    and _IMPACT.search(squeeze(subs[1]))
                    and self._factor_cells(
                        [
                            row[x].strip()
                            for row in rows
                            for x in sub
                            if x < len(row) and row[x].strip()
                        ]
                    )
                ):
                    # 风险评估 over 发生概率 | 危害程度, each 高/中/低, no level column: the level
                    # the two make together (the usual matrix: 高×高, 高×中 一级; 高×低, 中×中 二级)
                    level_factors = list(sub)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["risk_level"] = c
                    for x in sub:
                        col_role[x] = "risk_level"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    len(sub) >= 2
                    and all(_PERIOD.search(squeeze(v)) for v in subs)
                    and (role == "risk_level" or _level_head(sh.rows[hs][c]))
                ):
                    # 风险等级 over 一季度 | 二季度 | 三季度 | 四季度: each row's latest
                    level_series = list(sub)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["risk_level"] = c
                    for x in sub:
                        col_role[x] = "risk_level"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    (
                        role == "risk_level"
                        or getattr(headings.get(c), "role", "") == "risk_level"
                        # ('风险评估要素（具备的打“√”）': factors a note bands by their count)
                        or (
                            role in ("other", "")
                            and c < len(sh.rows[hs])
                            and _CRITERIA_HEAD.search(squeeze(sh.rows[hs][c]))
                            and self._criteria_levels
                        )
                    )
                    and depth > 1
                    and len(sub) >= 2
                    and not any(levels)
                    and not any(self._one_type(v) for v in subs)
                    and all(
                        # (not '初评 | 核定' over '低 | A'; '×' a criterion not met, '是' one met)
                        row[x].strip() in _CRITERIA_MARKS
                        for row in rows
                        for x in sub
                        if x < len(row) and row[x].strip()
                    )
                    # (a 风险等级 column of its own beside them is the level)
                    and not any(r == "risk_level" for x, r in col_role.items() if x not in sub)
                    and any(x < len(row) and _ticked(row[x]) for row in rows for x in sub)
                ):
                    # 风险等级评定要素 over 涉及重大决策 | 涉及资金资源 | …, a tick under each the
                    # point meets: the level a note makes of their count
                    level_criteria = list(sub)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["risk_level"] = c
                    for x in sub:
                        col_role[x] = "risk_level"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    all(levels)
                    and role in ("risk_level", "other")
                    and not self._numbered_like_points(hs, c, subs, headings)
                ):
                    # 风险等级 over 一级 | 二级 | 三级, a mark in one of them (not '① | ② | ③' as
                    # the points' band beside it is: the n-th point's level)
                    ticks = {x: sh.rows[hs + 1][x] for x in sub}
                    roles.setdefault("risk_level", c)
                    col_role[c] = "risk_level"
                elif (
                    role in ("title", "person")
                    and depth > 1
                    and len(sub) >= 2
                    and all(v and is_post(_tick_post(v)[0].split("、")[0]) for v in subs)
                    and all(
                        len(row[x].strip()) <= 2 and not HAN_TEXT.search(row[x])
                        for row in rows
                        for x in sub
                        if x < len(row) and row[x].strip()
                    )
                    and any(x < len(row) and _ticked(row[x]) for row in rows for x in sub)
                ):
                    # 责任岗位 over 村文书 | 村报账员 | …, a mark under the post that holds the row
                    # ('主席⏎辜岚舟': the post and its holder)
                    post_ticks = {
                        x: "\t".join(filter(None, _tick_post(v)))
                        for x, v in zip(sub, subs, strict=True)
                    }
                    marks = {
                        row[x].strip()
                        for row in rows
                        for x in sub
                        if x < len(row) and _ticked(row[x])
                    }
                    if len(marks) >= 2:  # '● 主责　○ 配合': ○ holds nothing
                        head = sh.rows[hs][c] if c < len(sh.rows[hs]) else ""
                        helper_marks = self._helper_marks(marks, head)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["title"] = c
                    for x in sub:
                        col_role[x] = "title"
                elif (
                    role == "measures"
                    and depth > 1
                    and len(sub) >= 2
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and len(set(subs)) == len(subs)
                    and all((named := _tick_post(v))[1] and is_post(named[0]) for v in subs)
                ):
                    # 防控措施（按班子成员分工落实） over '局长⏎钭彧翀' | '副局长⏎郦暄珝' | …, no
                    # holder column of the table's own: each holder's own measures for the row in
                    # his column, '/' where the point is not his (a copy of the row each, as a
                    # mark under his post makes)
                    post_ticks = {
                        x: "\t".join(_tick_post(v)) for x, v in zip(sub, subs, strict=True)
                    }
                    holder_measures = True
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["title"] = roles["measures"] = c
                    for x in sub:
                        col_role[x] = "measures"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    (
                        role == "workflow"
                        or (role == "unit" and _OPEN_LANE.fullmatch(squeeze(subs[0])))
                    )  # ('办理环节' over '申请单位 | …': the applicant's lane, no unit's column)
                    and depth > 1
                    and len(sub) >= 2
                    and roles.get("risk_point", c) not in sub
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and _FLOW_HEAD.search(squeeze(labels.get(c, "")))  # ('办　理　流　程')
                    and (held := _lane_holders(sub, subs))
                    and _lane_steps(rows, sub)
                ):
                    # 业务流程 over '经理⏎扈峤霖' | '会计⏎扈璘沅' | …, a swim-lane flow chart: each
                    # row's step ('审核货款、结算支付') written in the lane of the holder who does
                    # it (merged over two lanes: both), its point, level and measures beside it;
                    # '↓' rows and '开始' | '结束' between the steps (``_lane_only_row``); a lane
                    # headed '申请人' (服务对象, 企业, …) is nobody's: its steps hold no holder
                    post_ticks = held
                    open_lanes = frozenset(sub) - held.keys()
                    lane_depts = {post_ticks[x]: d for x, d in lane_depts.items() if x in held}
                    holder_steps = True
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["title"] = roles["workflow"] = c
                    for x in sub:
                        col_role[x] = "workflow"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    role in ("risk_type", "other")
                    or (role == "risk_level" and self._level_grid(rows, sub, any_word=True))
                ) and all(
                    v and self.config.types(v)[0] and not self.config.types(v)[1] for v in subs
                ):
                    # 风险类型 over 思想道德 | 制度机制 | 岗位职责, a mark in each that applies;
                    # 风险类别及等级 over them, the level word written in the point's type column
                    type_ticks = dict(zip(sub, subs, strict=True))
                    type_levels = self._level_grid(rows, sub, any_word=role == "risk_level")
                    if type_levels and roles.get("risk_level") == c:
                        del roles["risk_level"]
                    for other in [k for k, v in roles.items() if v in sub and v != c]:
                        del roles[other]  # ('岗位职责', '业务流程' under it: types, no duties)
                    roles["risk_type"] = c
                    col_role[c] = "risk_type"
                    for x in sub[1:]:
                        col_role[x] = "risk_type"
                    guesses = [g for g in guesses if g.col not in sub]
                elif role == "measures" and (kinds := self._measure_kinds(depth, sub, subs, rows)):
                    # 防控措施 over 人防 | 制防 | 技防 | 群防, only ticks under them: each row's
                    # measures the kinds it ticks (the columns stay the measures' own)
                    measure_kinds = kinds
                    extra.setdefault("measures", []).extend(sub[1:])
                    for x in sub:
                        col_role[x] = "measures"
                    guesses = [g for g in guesses if g.col not in sub]
                elif (
                    depth > 1
                    and (held := self._held_over(hs, c, role))
                    and (latest := self._latest_sub_column(hs, c, sub, subs, rows, held))
                    is not None
                ):
                    # 责任人 over 2024年 | 2025年 (上年 | 本年, 原 | 现): the latest holds the post
                    # now, the earlier ones are kept for reference and hold nothing
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles[held] = latest
                    for x in sub:
                        col_role[x] = held if x == latest else "other"
                    guesses = [g for g in guesses if g.col not in sub]
                else:
                    # columns under the merged heading continue it (防控措施 over 制度措施 |
                    # 监督措施), unless their own sub-heading names another role (责任人 over
                    # 直接责任人 | 领导责任人: the second one watches, it does not hold the post)
                    def own(x: int, role: str = role) -> bool:
                        sub = headings.get(x)
                        return (
                            depth > 1
                            and sub is not None
                            and sub.strength >= 2
                            # two levels (自查 | 审定) are two readings, not one text
                            and (sub.role != role or role == "risk_level")
                        )

                    if (
                        role == "risk_point"
                        and end_c == c + 1
                        and not own(end_c)
                        and not {"workflow", "duty"} & set(roles)
                        and _item_then_point(rows, c, self.config)
                    ):
                        # '廉政风险点' merged over two columns, no sub-headings: the left a work
                        # item merged down over its points ('农村建房审批'), the right the points
                        roles["risk_point"], roles["workflow"] = end_c, c
                        col_role[end_c], col_role[c] = "risk_point", "workflow"
                        last = max(last, end_c)
                        continue
                    if (
                        role == "risk_point"
                        and end_c == c + 1
                        and not own(end_c)
                        and "measures" not in col_role.values()
                        and _POINT_AND_MEASURES.search(squeeze(labels.get(c, "")))
                        and self._point_then_measures(sample, c)
                    ):
                        # '风险点及防控措施' merged over two columns: the point, then its measures
                        roles["measures"] = end_c
                        col_role[end_c] = "measures"
                        last = max(last, end_c)
                        continue
                    if (
                        role == "risk_point"
                        and end_c == c + 1
                        and not own(end_c)
                        and "description" not in col_role.values()
                        and not _POINT_AND_MEASURES.search(squeeze(labels.get(c, "")))
                        and self._name_then_text(sample, c)
                    ):
                        # '廉政风险点' merged over two columns: a point's short name, then how it
                        # shows in a sentence
                        roles["description"] = end_c
                        col_role[end_c] = "description"
                        last = max(last, end_c)
                        continue
                    extra.setdefault(role, []).extend(
                        x for x in range(c + 1, end_c + 1) if not own(x)
                    )
                last = max(last, end_c)
        if not given and "risk_type" not in roles:
            # 思想道德 | 制度机制 | 岗位职责 as headings of their own, a mark under each that
            # applies: no 风险类型 above them
            type_ticks = self._mark_columns(h + depth - 1, headings, rows, self._one_type)
            if type_ticks:
                type_levels = self._level_grid(rows, list(type_ticks))
                for x in type_ticks:
                    for role in [k for k, c in roles.items() if c == x]:
                        del roles[role]  # '岗位职责' over marks is a type, not the duties
                    col_role[x] = "risk_type"
                roles["risk_type"] = min(type_ticks)
                guesses = [g for g in guesses if g.col not in type_ticks]
        if not given and not ticks and "risk_level" not in roles:
            # '高 | 中 | 低' (or '高风险点 | 中风险点 | 低风险点') as headings of their own beside
            # the point's column, a mark under the one that applies: the row's level
            level_ticks = self._mark_columns(h + depth - 1, headings, rows, self._one_level)
            if (
                len({self.config.level(v) for v in level_ticks.values()}) == len(level_ticks) >= 2
                # one mark a row: a row ticked twice is no level (a check done each quarter)
                and not any(sum(x < len(row) and _ticked(row[x]) for x in level_ticks) > 1
                            for row in rows)
            ):  # fmt: skip
                for x in level_ticks:
                    for role in [k for k, c in roles.items() if c == x]:
                        del roles[role]  # ('高风险点' over marks says a level, no point)
                    col_role[x] = "risk_level"
                ticks, roles["risk_level"] = dict(level_ticks), min(level_ticks)
                if "risk_point" not in roles:
                    point = [c for c, x in headings.items()
                             if x and x.role == "risk_point" and c not in level_ticks]  # fmt: skip
                    if len(point) == 1:
                        roles["risk_point"] = point[0]
                        col_role[point[0]] = "risk_point"
                said = {cell_ref(x, c) for x in (h, hs) for c in (*level_ticks, *roles.values())}
                self.issues = [
                    i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in said)
                ]
                guesses = [g for g in guesses if g.col not in level_ticks]
        paired = _point_pairs(headings)
        if len(paired) >= 2:  # points across the row: no column of these is a guess
            after = {
                c + 2
                for c in paired
                if headings.get(c + 2) is not None and headings[c + 2].role == "measures"
            }  # (a pair's own measures too)
            near = {x for c in paired for x in (c, c + 1)} | after
            guesses = [g for g in guesses if g.col not in near]
        staged = self._stage_groups(h, depth, headings) if not given else []
        if staged:  # 立案环节 ⏵ 责任岗位 | 廉政风险点 | 风险等级, 调查环节 ⏵ …: a post each group
            paired = []
        banded = self._holder_bands(h, depth, headings) if not (given or staged) else None
        if banded:  # '登记科　科长　张三' over '廉政风险点 | 风险等级 | 防控措施', …: a holder each
            paired, staged = [], banded[1]
        groups = staged or (_point_groups(labels) if len(paired) < 2 and not given else [])
        if groups:  # '风险点1 | 风险类型1 | … | 风险点2 | …': no column of these is a guess
            guesses = [g for g in guesses if g.col not in {c for x in groups for c in x.values()}]
        grouped = {c for x in groups for c in x.values()}
        if len(paired) >= 2:  # '风险点2 | 风险等级2 | 防控措施2': a pair's own measures
            grouped |= {c + 2 for c in paired}
        more_measures = [c for c in more_measures if c not in grouped]
        if more_measures and not given:
            joined = extra.setdefault("measures", [])
            joined.extend(c for c in more_measures if c not in joined)
            guesses = [g for g in guesses if g.col not in more_measures]
        # a guess the steps since overruled ('部门 | 科室': the finer column is the 科室) is not
        # said: the note names the column as it is read
        if not (given or type_points or level_points or type_ticks or ticks or grid_ticks):
            grid_types = self._level_type_grid(headings, labels, rows)
            if grid_types:
                # '风险类型⏎风险等级' over '高风险 | 中风险 | 低风险' down its column, the types
                # across: a point at each crossing, its level its row's, its type its column's
                lc = min(headings)
                type_points = grid_types
                roles = {"risk_level": lc, "risk_point": min(grid_types)}
                for x in headings:
                    col_role[x] = "risk_point" if x in grid_types else "risk_level"
                mc = max(headings)
                if mc not in grid_types and mc != lc:
                    roles["measures"], col_role[mc] = mc, "measures"
                extra = {}
                guesses = []
                said = {cell_ref(x, c) for x in (h, hs) for c in headings}  # (no guess now)
                self.issues = [
                    i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in said)
                ]
        if h in self.level_heads and depth == 1 and not given:
            # '科室 | 岗位 | 姓名 | 一级风险 | 二级风险 | 三级风险' (``_level_headers``): each
            # post's points in its level's column, numbered lines each a point
            level_points = {
                c: labels[c]
                for c, x in headings.items()
                if x and x.role == "risk_point" and self.config.level(labels.get(c, ""))
            }
            roles["risk_point"] = min(level_points)
            for x in level_points:
                col_role[x] = "risk_point"
            for other in [k for k, v in roles.items() if v in level_points and k != "risk_point"]:
                del roles[other]
            # '一级风险 | 防控措施 | 二级风险 | 防控措施': each level's own measures beside it
            # (or the next measures column right of it: '一级风险 | 防控措施 | 二级风险 | 三级风险 |
            # 防控措施' gives the 二级 and 三级 points the last one)
            ms = sorted(c for c, x in headings.items() if x is not None and x.role == "measures")
            paired = {
                lc: mc for lc in level_points if (mc := next((m for m in ms if m > lc), None))
            }
            if len(set(paired.values())) >= 2 and len(paired) == len(level_points):
                level_point_measures = paired
                for mc in paired.values():
                    col_role[mc] = "measures"
                roles["measures"] = min(paired.values())
                extra.pop("measures", None)
        marked = {*ticks, *type_ticks, *level_points, *type_points, *grid_ticks}  # marks, points
        guesses = [g for g in guesses if col_role.get(g.col) == g.role and g.col not in marked]
        for g in guesses if not given else ():  # said on the sheet before
            self.issues.append(
                make_issue(
                    "COLUMN_GUESSED",
                    self.rel,
                    grid.name,
                    cell_ref(hs, g.col),
                    field=role_zh(g.role),
                    value=g.heading.replace("\n", ""),
                    reason=g.why,
                )
            )
        if "risk_type" not in roles and not given and not type_points:
            self.issues.append(
                make_issue(
                    "TABLE_NO_TYPE",
                    self.rel,
                    grid.name,
                    cell_ref(h, min(headings)),
                    field="风险类型",
                )
            )
        above: list[bool] = []

        def card_above() -> bool:  # ``_card_above(h)``, found once (nothing below changes the rows)
            if not above:
                above.append(self._card_above(h))
            return above[0]

        if not given and roles.get("measures") == last and "measures" not in extra:
            more = self._unheaded_measures(h, depth, last, rows)
            if more:
                # '防控措施 | (none) | (none)' over '严格审批。 | 结果公示。 | …': measures typed one a
                # cell on, under the one heading; each row's go together
                extra["measures"], last = more, more[-1]
                self.issues.append(
                    make_issue("MEASURES_ACROSS_COLUMNS", self.rel, grid.name,
                               cell_ref(h, more[0]), field=labels.get(roles["measures"], ""),
                               value=f"{col_letter(more[0])}–{col_letter(more[-1])}")
                )  # fmt: skip
        table = _Table(h, h + depth, roles, col_role, min(headings), last, extra)
        table.header = (headings, labels, "")
        table.across = self._across(headings, roles, col_role, groups)
        if banded:
            table.band_row, table.band_holders = banded[0], banded[2]
            table.sections = True  # (a list: each band's points its holder's form)
        if table.across and table.extra:
            # (a band's heading merged over its groups' columns: each a group's, none an extra)
            grouped = {x for g in table.across for x in g.values()}
            table.extra = {r: [x for x in xs if x not in grouped] for r, xs in table.extra.items()}
        table.ticks = ticks
        table.level_votes = bool(ticks) and self._level_votes(h, rows, ticks)
        table.type_ticks = type_ticks
        table.type_levels = type_levels
        table.type_level_ticks, table.ticks_level_col = grid_ticks, ticks_level_col
        table.level_criteria = level_criteria
        table.score_ticks = score_ticks
        table.level_said = level_said
        table.point_dash = self._point_dash(roles, labels, rows)
        table.point_shows = "" if table.point_dash else _point_shows(roles, labels, rows)
        table.point_measures = self._point_measures(roles, labels, rows)
        table.point_lines = _point_lines(roles, labels, rows)
        table.point_arrow = _point_arrow(roles, labels, rows)
        table.point_required = not (
            table.point_arrow or table.point_lines or table.point_measures or table.point_shows
        ) and _point_required(roles, labels, rows)
        table.point_bracket = _point_bracket(roles, labels)
        table.point_posts = self._point_posts(roles, rows) and not card_above()
        # (each point naming its post, the rows are several posts': a list)
        table.sections = table.sections or table.point_posts
        table.point_holders = self._point_holders(roles, rows) and (
            "title" in roles or not card_above()  # (a card's holder is its own)
        )
        table.holder_cells = _holder_cells(roles, col_role, labels, rows, card_above)
        if table.holder_cells and _IDENTITY_ROLES.isdisjoint(roles):
            table.sections = True  # (no holder column, the rows name their holders: a list)
        pc = roles.get("risk_point")
        areas = [_AREA_PREFIX.match(row[pc]) for row in rows if pc is not None and pc < len(row)]
        table.point_areas = len(areas) >= 2 and sum(map(bool, areas)) * 5 >= len(areas) * 4
        table.point_colon = self._point_colon(table, labels, rows, sample)
        table.point_tag = self._point_tag(table, labels, rows, sample)
        table.post_ticks = post_ticks
        table.holder_measures = holder_measures
        table.holder_steps = holder_steps
        table.open_lanes = open_lanes
        table.lane_depts = lane_depts if holder_steps else {}
        table.helper_marks = helper_marks
        table.blank_marks = _blank_marks(rows, list(type_ticks)) | _blank_marks(rows, list(ticks))
        table.level_series = level_series
        table.level_factors = level_factors or side_factors
        table.level_scores = scores
        table.former_point = former_point
        table.level_points = level_points
        table.level_lines = h in self.level_heads
        table.level_point_measures = level_point_measures
        table.level_measures = level_measures
        table.type_measures = type_measures
        if "measures" in roles:
            table.stage_col = _stage_column(rows, roles, col_role, table.first, table.last)
        table.measure_kinds = measure_kinds
        table.level_types = level_types
        table.type_points = type_points
        table.per_column = per_column
        table.answer = self._answer_column(labels, rows, roles, col_role)
        # (the outline and the heading's post are found first, ``card_above`` asked only of
        # one found: it costs the most)
        outline = (
            _outline_column(rows, roles, col_role, bool(_OUTLINE_HEAD.search(labels.get(pc, ""))))
            if pc is not None
            else None
        )
        table.outline = outline if outline is None or not card_above() else None
        table.sections = table.sections or table.outline is not None
        if pc is not None and "title" not in roles and "person" not in roles:
            head_post = _post_in_heading(labels.get(pc, ""))
            if head_post is not None and not card_above():  # (a card's fields say whose it is)
                table.head_post = head_post
                # (the heading, and each like it repeated down the sheet, is its rows' group line)
                table.sections = table.sections or table.head_post is not None
        # (one holder's tick list: a list naming several holders uses the marks as bullets)
        table.point_boxes = "person" not in roles and _point_boxes(rows, pc)
        table.post_points = {c: w for c, (k, w) in per_column.items() if k in ("post", "stage")}
        lc = roles.get("risk_level")
        table.adjusted = next(
            (c for c, x in headings.items()
             if x and x.role == "risk_level" and c != lc and lc is not None
             and _ADJUSTED.match(squeeze(labels.get(c, "")))),
            None,
        )  # fmt: skip
        table.revised = next(
            (c for c, x in col_role.items()
             if x == "other" and _REVISION_HEAD.search(squeeze(labels.get(c, "")))),
            None,
        )  # fmt: skip
        return table

    def _point_measures_swapped(self, roles, col_role, headings, labels, rows, guesses, h: int,
                                given: bool) -> None:  # fmt: skip
        """'廉政风险点 | 防控措施' typed over each other's values (``swapped_point_and_measures``):
        each read as its contents say, the columns' guesses added and said once per table."""
        swapped = swapped_point_and_measures(col_role, headings, labels, rows)
        if not swapped:
            return
        for g in swapped:
            for k in [k for k, v in roles.items() if v == g.col]:
                del roles[k]
        for g in swapped:
            roles[g.role] = g.col
        guesses[:] = [g for g in guesses if g.col not in {x.col for x in swapped}] + swapped
        if not given:
            pc = next(g.col for g in swapped if g.role == "measures")
            mc = next(g.col for g in swapped if g.role == "risk_point")
            self.issues.append(
                make_issue("HEADINGS_POINT_MEASURES_SWAPPED", self.rel, self.grid.name,
                           cell_ref(h, pc), field=labels.get(pc, "").replace("\n", ""),
                           value=labels.get(mc, "").replace("\n", ""))
            )  # fmt: skip

    @staticmethod
    def _finer_keshi(roles, col_role, headings, labels, rows) -> None:
        """'部门 | 科室' of a hospital (临床科室, 行政后勤 over 内科, 总务科): of two columns headed as
        the 科室, the one headed 科室 whose every value lies within one value of the other is the
        post's 科室; the other groups them. ('中队 | 科室' with 执法组 in two 中队 keeps the 中队;
        '配合科室' names another office.)"""
        dc = roles.get("department")
        if dc is None or squeeze(labels.get(dc, "")).endswith("科室"):
            return
        for c in sorted(headings):
            h = headings[c]
            label = squeeze(labels.get(c, ""))
            if (
                c == dc
                or h is None
                or h.role != "department"
                or col_role.get(c) != "other"
                or not label.endswith(("科室", "科室名称"))
                or label.startswith(
                    ("配合", "对口", "归口", "监管", "主管", "业务", "协办", "相关", "牵头")
                )
            ):
                continue
            within: dict[str, set[str]] = {}
            above = {dc: "", c: ""}
            for row in rows:
                for x in above:
                    if x < len(row) and row[x]:
                        above[x] = row[x]
                if above[c]:
                    within.setdefault(above[c], set()).add(above[dc])
            if len(within) >= 2 and all(len(v) == 1 for v in within.values()):
                roles["department"], col_role[c], col_role[dc] = c, "department", "other"
                return

    def _level_type_grid(self, headings, labels: dict[int, str], rows) -> dict[int, str]:
        """A header of the risk types across ('思想道德风险 | 制度机制风险 | …', three or more,
        nothing else) after a first column of level words down the rows ('高风险', '中风险',
        '低风险'): column → type, or {}."""
        cols = sorted(headings)
        if len(cols) < 4:
            return {}
        first, rest = cols[0], cols[1:]
        if rest and (h := headings.get(rest[-1])) is not None and h.role == "measures":
            rest = rest[:-1]  # ('… | 外部环境 | 防控措施': each row's measures, its points')
        if len(rest) < 3 or not all(self._one_type(labels.get(c, "")) for c in rest):
            return {}
        if self._criteria_sheet():
            return {}  # ('风险等级评定标准': what each level means in each type, no one's risks)
        said = [row[first].strip() for row in rows if first < len(row) and row[first].strip()]
        leveled = [v for v in said if self.config.level(v)]
        if len(set(leveled)) < 2 or len(leveled) * 2 < len(said):
            return {}
        return {c: squeeze(labels[c]) for c in rest}

    def _one_level(self, text: str) -> bool:
        """A heading that is one level and nothing else ('高', '二级风险', '低风险点'); not a bare
        number (the quarters '一 | 二 | 三 | 四', the months '1 | 2 | 3') nor a post's grade
        ('重点岗位 | 一般岗位')."""
        s = squeeze(text)
        return (
            len(s) <= 6
            and s not in _BARE_NUMBERS
            and "岗" not in s
            and self.config.level(text) is not None
        )

    def _one_type(self, text: str) -> bool:
        """A heading that is one risk type and nothing else ('思想道德', '制度机制风险')."""
        known, unknown = self.config.types(text)
        return len(known) == 1 and not unknown and len(squeeze(text)) <= 8

    @staticmethod
    def _current_point(roles, col_role, headings, labels) -> int | None:
        """'原风险点 | 调整后风险点' (a round's revision of last year's list): the point is the one
        after the revision; the former column is kept for the rows it leaves as they were ('同左').
        Returns the former column, or None."""
        texts = [c for c, h in headings.items() if h and h.role == "risk_point"]
        if len(texts) < 2 or not any(_REVISED_WORDS.search(labels.get(c, "")) for c in texts):
            return None

        def age(label: str) -> int:
            s = squeeze(label)
            return _recency(s)[0] or (1 if s.startswith("现") else 0)

        ages = {c: age(labels.get(c, "")) for c in texts}
        now = [c for c in texts if ages[c] > 0]
        before = [c for c in texts if ages[c] < 0]
        if len(now) != 1 or len(before) != 1:
            return None
        c, old = now[0], before[0]
        for role in [r for r, x in roles.items() if x in (c, old)]:
            del roles[role]
        roles["risk_point"], col_role[c], col_role[old] = c, "risk_point", "other"
        return old

    def _stage_groups(
        self, h: int, depth: int, headings: dict[int, Heading | None]
    ) -> list[dict[str, int]]:
        """Stages of the work merged each over its own post, point and level ('立案环节 ⏵
        责任岗位 | 廉政风险点 | 风险等级', '调查取证环节 ⏵ …'): one table whose row holds a point
        of each stage, each the point of the post in its own group; role → column per group,
        [] unless two stages or more, each with a post and a point."""
        if depth < 2:
            return []
        sh, hs = self.sh, h + depth - 2
        top = sh.rows[hs]
        groups: list[dict[str, int]] = []
        for c, v in enumerate(top):
            end = sh.span_end(hs, c)
            if not v or end <= c or not _STAGE.search(squeeze(v)):
                continue
            group: dict[str, int] = {}
            for x in range(c, end + 1):
                head = headings.get(x)
                if head is not None and head.strength >= 2:
                    group.setdefault(head.role, x)
            groups.append(group)
        if (
            len(groups) < 2
            or any({"title", "risk_point"} - set(g) for g in groups)
            or any(set(g) != set(groups[0]) for g in groups)
        ):
            return []
        return groups

    def _holder_bands(
        self, h: int, depth: int, headings: dict[int, Heading | None]
    ) -> tuple[int, list[dict[str, int]], dict[int, dict[str, str]]] | None:
        """Bands of holders across: the header's last row repeats a point's columns ('廉政风险点 |
        风险等级 | 防控措施', with or without '风险类型') once a band, and the row over it has one
        merged cell a band naming its holder ('登记科　科长　张三', '科长⏎张三', '科长（张三）'),
        no point's column outside them (a 序号, a 备注): each band's points are its holder's,
        not more points of one row's holder. (The band row, role → column per band, each band's
        point column → its 科室, post and holder), else None."""
        merges = self.grid.merges
        if not merges or sum(1 for x in headings.values() if x and x.role == "risk_point") < 2:
            return None  # (the cheap test: no merge, or one point column)
        sh = self.sh
        last = h + depth - 1
        top = last - 1
        if top < 0:
            return None
        over = sh.rows[top]
        spans = [(c, sh.span_end(top, c)) for c in sh.nonempty(top)]
        spans = [(c, e) for c, e in spans if e > c]
        if len(spans) < 2:
            return None
        groups: list[dict[str, int]] = []
        holders: dict[int, dict[str, str]] = {}
        for c, e in spans:
            group: dict[str, int] = {}
            # '经办环节（股员）' over '经办人 | 风险点 | 风险等级': a stage band whose holder is
            # named row by row in its own column, its post in the band's bracket
            stage = _stage_band_post(over[c])
            own: dict[str, str] = {}
            for x in range(c, e + 1):
                word = sh.key(last, x) if x < len(sh.rows[last]) else ""
                if stage and not own and x == c and _STAGE_HOLDER_HEAD.match(word):
                    own = {"title": stage, "person_col": str(x)}
                    continue
                head = heading_role(word) if word else None
                if head is None or head.role not in _GROUP_ROLES or head.role in group:
                    return None  # (a band's columns are one point's, each once)
                group[head.role] = x
            who = own or _band_holder(over[c])
            if "risk_point" not in group or not who:
                return None
            groups.append(group)
            holders[group["risk_point"]] = who
        inside = {x for c, e in spans for x in range(c, e + 1)}
        # (stage bands may share one 防控措施 of the row's 业务事项 beside them)
        staged = all("person_col" in w for w in holders.values())
        outside = tuple(r for r in _GROUP_ROLES if not (staged and r == "measures"))
        if any(set(g) != set(groups[0]) for g in groups) or any(
            x.role in outside for c, x in headings.items() if x and c not in inside
        ):
            return None  # (bands of one shape, no point's column outside them)
        if len({tuple(sorted(w.items())) for w in holders.values()}) < len(holders):
            return None  # (one holder named over two bands: no band a holder)
        return top, groups, holders

    def _band_holders_of(self, t: _Table, rows: list[RawRisk]) -> None:
        """Each point read under holder bands (``_holder_bands``) takes the holder of the band
        its text stands in on its row (a row's first band left blank moves a later band's point
        into the first one's columns, so the column read is not the band's)."""
        sh = self.sh
        bands = t.band_holders
        for rr in rows:
            row = sh.rows[rr.row] if rr.row < len(sh.rows) else []
            said = squeeze(rr.risk_point)
            cells = {c: squeeze(row[c]) for c in bands if c < len(row) and row[c]}
            # (the cell itself, else one holding it: a number or a bracket taken off the point)
            at = next((c for c, v in cells.items() if v == said), None)
            if at is None:
                at = next(
                    (c for c, v in cells.items() if said and said in v), rr.cols.get("risk_point")
                )
            who = bands.get(at)
            if who is None:
                continue
            if "person_col" in who:  # a stage band: its holder the row's, in the band's column
                pc = int(who["person_col"])
                rr.person = squeeze(row[pc]) if pc < len(row) else ""
                rr.title = who["title"]
                if _leader_like(rr.title):
                    rr.department = ""  # ('分管副局长': a leader of the body, no 科室)
                continue
            rr.department = who.get("department", "")
            rr.title = who.get("title", "")
            rr.person = who.get("person", "")
        top = t.band_row
        first = min(bands)
        own = sorted(c for c, role in t.col_role.items() if role in _GROUP_ROLES)
        heads = " | ".join(squeeze(t.header[1].get(c, "")) for c in own)
        said = " ".join(self.sh.rows[top][first].split())
        code, at = "HOLDER_BANDS_ACROSS", first
        if "person_col" in bands[first]:  # a stage band: '经办人 | 风险点 | 风险等级' under it
            code, at = "STAGE_BANDS_HOLDERS", int(bands[first]["person_col"])
            upto = min(int(w["person_col"]) for w in bands.values() if int(w["person_col"]) > at)
            heads = " | ".join(squeeze(sh.rows[top + 1][x]) for x in range(at, upto))
            said = " ".join(sh.rows[top][at].split())
        self.issues.append(
            make_issue(code, self.rel, self.grid.name, cell_ref(top, at),
                       field=heads, value=said)
        )  # fmt: skip

    def _posts_with_levels(self, cell: str) -> list[tuple[str, str]]:
        """'理事长（高）⏎副理事长（中）⏎监事长（低）' (a 责任岗位及风险等级 cell): each post that
        shares the row's point, with its own level; [] unless every line is a post so."""
        out = []
        for line in filter(None, (x.strip() for x in cell.split("\n"))):
            m = _POST_LEVEL.match(line)
            if (
                not m
                or _BARE_NUMERAL.match(m.group(2))  # '副镇长（一）', '科员（2）': a number, a count
                or not is_post(squeeze(m.group(1)))
                or not self.config.level(m.group(2))
            ):
                return []
            out.append((squeeze(m.group(1)), m.group(2)))
        return out

    @staticmethod
    def _point_holders(roles: dict[str, int], rows) -> bool:
        """No holder column, and most of the points end with their holders' names in brackets
        ('…低价发包给亲友（鄢璟琤）', '…（甄澍霖、郗晓桐）'): they hold them."""
        pc = roles.get("risk_point")
        if pc is None or "person" in roles:
            return False
        cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
        named = sum(bool((m := _TAIL_NAMES.search(v)) and _names_in(m.group(1))) for v in cells)
        return len(cells) >= 2 and named * 5 >= len(cells) * 4

    @staticmethod
    def _point_posts(roles: dict[str, int], rows) -> bool:
        """No post column, and most of the points open with a post and a colon ('保管员：出库时以
        陈粮顶替轮换新粮', '出纳:坐支现金'): the post holds the point."""
        pc = roles.get("risk_point")
        if pc is None or "title" in roles:
            return False
        cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
        if len(cells) < 2:
            return False
        posted = several = 0
        for v in cells:
            m = _POST_COLON.match(v)
            ok = bool(m and _a_named_post(squeeze(m.group(1))))
            posted += ok
            lines = [x for x in v.split("\n") if x.strip()]
            several += (
                ok
                and len(lines) > 1
                and all(
                    (n := _POST_COLON.match(x.strip())) and _a_named_post(squeeze(n.group(1)))
                    for x in lines
                )
            )
        # (cells of several posts' lines on most rows: the rest are the matter's own points)
        return posted * 5 >= len(cells) * 4 or (several >= 2 and several * 2 >= len(cells))

    def _types_under(self, rows: list[list[str]], sub: range) -> bool:
        """Most filled cells under these columns name a risk type ('岗位职责', '制度机制')."""
        cells = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        cells = [v for v in cells if v not in _NOTHING]
        return (
            len(cells) >= 2
            and sum(1 for v in cells if self.config.type_only(v)) * 5 >= len(cells) * 4
        )

    def _card_above(self, h: int) -> bool:
        """The table's holder or post is given above it ('姓名 | 郜明远', '负责人 | …'): a card."""
        pre = [x for x in range(max(0, h - 6), h) if self.sh.kind(x) != "blank"]
        fields = _parse_fields(self.sh, pre) if pre else {}
        return any(fields.get(k, ("", ""))[0].strip() for k in ("person", "title", "head"))

    @cached_property
    def _criteria_levels(self) -> dict[int, str]:
        """A count of criteria met → the level a note gives it ('符合三项及以上的为一级风险，符合两项
        的为二级风险，符合一项的为三级风险'); {} without such a note."""
        out: dict[int, str] = {}
        for m in _COUNT_LEVEL.finditer(self._legend):
            word = m.group(1)
            n = int(word) if word.isdecimal() else _COUNT_WORDS.get(word, 0)
            level = self.config.level(m.group(3))
            if not n or not level:
                continue
            for k in range(n, 11 if m.group(2) else n + 1):
                out.setdefault(k, level)
        return out

    def _score_tick_columns(
        self,
        hs: int,
        c: int,
        role: str,
        sub: range,
        subs: list[str],
        levels: list[str | None],
        rows: list[list[str]],
    ) -> dict[int, int]:
        """Columns under a merged score heading ('风险程度评分', '分值', '得分', '风险值') whose
        sub-headings are the scores themselves (1 | 2 | 3 | 4 | 5, '1分' …, up or down, three or
        more) and whose cells hold only marks, some ticked (●, √, ☑, 是; □, ○, × unticked):
        column → score, else {}. A tick there gives a score, not a level: the note's bands make
        it one (``_score_tick_level``). Not '风险等级' over 一级 | 二级 | 三级 (no score heading:
        levels, read as ``ticks``), nor '风险点1 | 风险点2'; nor '风险程度' over 1 | 2 | 3 that no
        note bands (the numbers may be the levels themselves: read as ``ticks``, as before)."""
        if len(sub) < 3 or role not in ("risk_level", "other"):
            return {}
        heads = self.sh.rows[hs]
        if c >= len(heads) or not _SCORE_HEAD.search(squeeze(heads[c])):
            return {}
        said = [_SCORE_SUB.fullmatch(squeeze(v)) for v in subs]
        if not all(said):
            return {}
        scores = [int(m.group(1)) for m in said if m]
        if scores not in (sorted(set(scores)), sorted(set(scores), reverse=True)):
            return {}  # (the same number twice, or out of order: no scale)
        marks = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        if not marks or not all(v in _KIND_MARKS or v in _SCORE_UNTICKED for v in marks):
            return {}
        if not any(map(_score_ticked, marks)):
            return {}
        if all(levels) and not self._score_bands(tuple(scores)):
            return {}
        return dict(zip(sub, scores, strict=True))

    def _score_marks(self, r: int, t: _Table) -> list[int]:
        """The scores row ``r`` ticks under ``t.score_ticks`` (a tick merged down over a post's
        rows is each row's)."""
        row = self.sh.rows[r]
        merged = self.grid.merged_into
        out = []
        for c, score in t.score_ticks.items():
            v = row[c] if c < len(row) else ""
            top = merged.get((r, c)) if not v.strip() else None
            if top and top[1] == c and top[0] >= t.start:
                v = self.sh.rows[top[0]][c]
            if _score_ticked(v.strip()):
                out.append(score)
        return out

    def _score_bands(self, scores: tuple[int, ...]) -> dict[int, str]:
        """Score → level by the sheet's note ('4—5分为高风险，3分为中风险，1—2分为低风险'), for
        every score the columns offer; {} where the note bands none or leaves one out (the
        level of an unbanded score is not guessed)."""
        known = self.__dict__.setdefault("_score_bands_read", {})
        if scores not in known:
            legend = self._legend
            defined = self._legend_levels(legend, bands=True) if legend else {}
            bands = {s: defined.get(str(s), "") for s in scores}
            known[scores] = bands if all(bands.values()) else {}
        return known[scores]

    def _score_tick_level(self, r: int, t: _Table) -> str:
        """Row ``r``'s level under score columns: the band of the one score it ticks, '' where
        it ticks none or two (``_score_ticks_said`` names the row) or no note bands them."""
        marks = self._score_marks(r, t)
        bands = self._score_bands(tuple(t.score_ticks.values()))
        return bands.get(marks[0], "") if len(marks) == 1 else ""

    def _score_ticks_said(self, t: _Table, rows: list[RawRisk]) -> None:
        """Says once for the table how its score ticks were read (the bands, or that no note
        gives any and the levels are left blank), and names each row ticking none or two."""
        if not rows:
            return
        c = min(t.score_ticks)
        sh = self.sh
        at, head = t.row, ""
        for x in range(t.row, t.start):  # the merged heading over the scores
            v = sh.rows[x][c].strip() if c < len(sh.rows[x]) else ""
            if v and not _SCORE_SUB.fullmatch(squeeze(v)):
                at, head = x, squeeze(v)
        scores = list(t.score_ticks.values())
        bands = self._score_bands(tuple(scores))
        if bands:
            said = "、".join(f"{s}分={bands[s]}" for s in scores)
            self.issues.append(
                make_issue("LEVEL_BY_SCORE_TICKS", self.rel, self.grid.name, cell_ref(at, c),
                           field=head, value=said)
            )  # fmt: skip
        else:
            self.issues.append(
                make_issue("LEVEL_SCORE_NO_BANDS", self.rel, self.grid.name, cell_ref(at, c),
                           field=head, value="、".join(map(str, scores)))
            )  # fmt: skip
        for rr in rows:
            if rr.sheet and rr.sheet != self.grid.name:
                continue
            n = len(self._score_marks(rr.row, t))
            if n != 1:
                self.issues.append(
                    make_issue("LEVEL_SCORE_TICKS_UNCLEAR", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head, value=str(n))
                )  # fmt: skip

    def _point_measures(self, roles: dict[str, int], labels: dict[int, str], rows) -> bool:
        """The point's column names the point and its measures ('廉政风险点及防控措施'), no
        measures column beside it, and some of its cells are numbered lines ('（1）…；') on rows
        of no 序号 of their own: each point's measures, a line a row under it (a table typed
        in Word and pasted)."""
        pc = roles.get("risk_point")
        if pc is None or "measures" in roles:
            return False
        if not _POINT_AND_MEASURES.search(squeeze(labels.get(pc, ""))):
            return False
        seq = roles.get("seq")
        cells = [
            (row[pc], seq is not None and seq < len(row) and bool(row[seq]))
            for row in rows
            if pc < len(row) and row[pc].strip()
        ]
        lines = sum(bool(_ITEM_LINE.match(v)) and not numbered for v, numbered in cells)
        return lines >= 2 and lines < len(cells)

    def _name_then_text(self, sample: list[int], c: int) -> bool:
        """Under a point's heading merged over columns c and c + 1, most rows write a short name
        in the left cell, a row each, and a sentence on how it shows in the right one (no
        measures): the right column is the description."""
        merged = self.grid.merged_into
        both = filled = 0
        for r in sample:
            row = self.sh.rows[r]
            left = row[c].strip() if c < len(row) else ""
            right = row[c + 1].strip() if c + 1 < len(row) else ""
            if not left:
                continue
            filled += 1
            if (r, c) in merged or not right or (r, c + 1) in merged:
                continue
            if len(left) > 16 or len(right) < 1.5 * len(left) + 4 or _measure_like(right):
                return False
            both += 1
        return both >= 2 and both * 2 > filled

    def _point_then_measures(self, sample: list[int], c: int) -> bool:
        """Under '风险点及防控措施' merged over columns c and c + 1, most rows write a point in
        the left cell (a sentence, not a number or a short item) and measures of their own in
        the right one (not merged over from the left, no point of its own)."""
        merged = self.grid.merged_into
        both = 0
        filled = 0
        risky = 0  # right cells saying what goes wrong ('违规', '虚列', '插手'), not what is done
        for r in sample:
            row = self.sh.rows[r]
            left = row[c].strip() if c < len(row) else ""
            if not left:
                continue
            filled += 1
            right = row[c + 1].strip() if c + 1 < len(row) else ""
            if not right or (r, c + 1) in merged:
                continue
            if _MEASURE_ITEM.match(left) or left.isdigit():
                return False  # ('①', '1.': a number, the point to its right)
            if any(_MEASURES_ROW.match(line) for line in right.split("\n")):
                return False  # ('…⏎防控措施：…': the right cell holds a point and its measures)
            both += 1
            risky += _measure_like(right) is False
        # ('工程建设 | 插手干预工程项目招投标…': an area of work, then the point itself)
        return both >= 1 and both * 2 >= filled and risky * 2 <= both

    def _point_dash(self, roles: dict[str, int], labels: dict[int, str], rows) -> bool:
        """The point's column names the point and how it shows ('廉洁风险点及表现形式'), or a
        note says so ('“——”前为廉洁风险点'), no description column beside it, and most of its
        cells are '风险点——表现形式': the two parts are the point and its description."""
        pc = roles.get("risk_point")
        if pc is None or "description" in roles:
            return False
        cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
        dashed = sum("——" in v and 0 < v.index("——") <= 24 for v in cells)
        if len(cells) < 2 or dashed * 5 < len(cells) * 4:
            return False
        head = squeeze(labels.get(pc, ""))
        return bool(_POINT_AND_SHOWS.search(head)) or bool(_DASH_SAID.search(self._legend))

    def _point_colon(
        self, t: _Table, labels: dict[int, str], rows: list[list[str]], sample: list[int]
    ) -> bool:
        """Most of the point's cells are '短名：表现' ('补贴机具核验：不到现场核验即签字确认…'), under
        a point heading naming no measures, with no description column and no other reading of
        the colon (a post, an area of the work, a dash): the short name is the point, the rest
        how it shows, as a dash parts them. Where only some cells are so written (half or more,
        not most) they stay whole, and the sender is told."""
        pc = t.roles.get("risk_point")
        if (
            pc is None
            or "description" in t.roles
            or t.point_dash
            or t.point_posts
            or t.point_areas
            or t.point_arrow
            or t.point_measures
            or t.point_lines
        ):
            return False
        cells = [(r, row[pc]) for r, row in zip(sample, rows, strict=True) if pc < len(row)]
        cells = [(r, v) for r, v in cells if v.strip()]
        if len(cells) < 2 or sum("：" in v[:14] for _r, v in cells) * 2 < len(cells):
            return False  # (the cheap test first: half the cells with a colon near their start)
        if _COLON_HEAD_NOT_SHOWS.search(squeeze(labels.get(pc, ""))):
            return False  # ('风险点及防控措施': what follows the colon may be the measures)
        parted = [r for r, v in cells if _colon_parts(v, self.config)]
        heads = {v.split("：", 1)[0].strip() for r, v in cells if r in set(parted)}
        if len(parted) >= 2 and len(heads) == 1:
            return False  # ('易发问题：…' in every cell: one label over them all, no short names)
        if len(parted) * 5 >= len(cells) * 4:
            return True
        if len(parted) >= 3 and len(parted) * 2 >= len(cells):
            self.issues.append(
                make_issue("POINT_COLON_UNCLEAR", self.rel, self.grid.name,
                           cell_ref(parted[0], pc), field=squeeze(labels.get(pc, "")) or "风险点",
                           value=str(len(parted)), total=str(len(cells)))
            )  # fmt: skip
        return False

    def _point_tag(
        self, t: _Table, labels: dict[int, str], rows: list[list[str]], sample: list[int]
    ) -> bool:
        """The point's cells open with a short name in brackets and run on with how it shows
        ('【低保资格审核】对收入超标的家庭…'), and either a note says the bracket holds the point
        ('【】内为廉政风险点') or the heading names the point and how it shows ('廉政风险点及主要
        表现', no description column) and most cells are so written: the bracket is the point,
        the rest its description. A bracket holding a type, a level, a 科室, a post, a stage or
        a status ('【重点】') is no short name (``_tag_parts``); under a plain '风险点' with no
        note, or where one tag opens every cell (a label), the cells stay as read."""
        pc = t.roles.get("risk_point")
        if pc is None or t.point_dash or t.point_colon or t.point_quoted:
            return False
        dc = t.roles.get("department")
        cells = [
            (r, row[pc], None if dc is None else row[dc] if dc < len(row) else "")
            for r, row in zip(sample, rows, strict=True)
            if pc < len(row) and row[pc].strip()
        ]
        if not any(v.lstrip()[:1] in _POINT_TAG_OPENERS for _r, v, _d in cells):
            return False  # (the cheap test first: most tables' points open with no bracket)
        parted = [(r, x) for r, v, d in cells if (x := _tag_parts(v, self.config, d)) is not None]
        if not parted or len({got[0] for _r, got in parted}) < min(2, len(parted) + 1):
            return False  # ('【风险点】…' in every cell: one label over them all, no short names)
        said = bool(_TAG_POINT_NOTE.search(self._legend))
        if not said:
            head = squeeze(labels.get(pc, ""))
            if "description" in t.roles or not _POINT_AND_SHOWS.search(head):
                return False  # (a plain '风险点': the bracket may be a stage, a tag of the list)
            # (a date or a '填表人：' of the signature line under the column is no point cell)
            cells = [x for x in cells if not _is_date(x[1]) and not x[1].rstrip().endswith("：")]
            if len(cells) < 2 or len(parted) * 5 < len(cells) * 4:
                return False
        self.issues.append(
            make_issue("POINT_IN_BRACKET", self.rel, self.grid.name, cell_ref(parted[0][0], pc),
                       field=squeeze(labels.get(pc, "")) or "风险点", value=parted[0][1][0],
                       total=str(len(parted)))
        )  # fmt: skip
        return True

    def _level_grid(
        self, rows: list[list[str]], sub: Iterable[int], any_word: bool = False
    ) -> bool:
        """Whether what is written under a row of type columns is a level word ('高', '二级')
        rather than a mark: 风险类别及等级 over 思想道德 | 制度机制 | …, each point's level in the
        column of its type."""
        said = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        said = [v for v in said if label_key(v) not in _NOTHING]
        # (a word, not a mark: '★' and '1' under a type are ticks, whatever a scale makes of them)
        levelled = sum(
            bool((any_word or _LEVEL_WORDISH.search(v)) and self.config.level(v)) for v in said
        )  # (under '风险类别及等级' 'Ⅱ' and '2' are levels too)
        return levelled >= 2 and levelled >= 0.9 * len(said)

    def _measure_kinds(
        self, depth: int, sub: range, subs: list[str], rows: list[list[str]]
    ) -> dict[int, str]:
        """The kinds of measure the sub-headings under a measures heading merged across name
        (防控措施 over 人防 | 制防 | 技防 | 群防), where the cells under them hold nothing but marks
        (√, ●, ☑, 是; ×, □, 否 for none) and some are ticked: column → kind. {} (the cells read
        as they are, joined) where any cell holds a text or a mark of no known sense ('○'), or a
        sub-heading is no short name or says a state ('已落实 | 未落实'): a mix of texts and ticks
        (具体措施 | 是否落实) is not guessed at, no kind is made up."""
        if depth < 2 or len(sub) < 2:
            return {}
        names = [squeeze(v) for v in subs]
        if (
            not all(names)
            or len(set(names)) != len(names)
            or any(
                len(v) > 8
                or not HAN_TEXT.search(v)
                or v in _KIND_MARKS
                or _KIND_STATE.search(v)
                or self.config.level(v)
                for v in names
            )
        ):
            return {}
        said = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        if not all(v in _KIND_MARKS for v in said) or not any(map(_kind_ticked, said)):
            return {}
        return dict(zip(sub, names, strict=True))

    def _grid_heads(self, a: int) -> dict[int, tuple[str, str]]:
        """Row ``a`` holds two or more neighbouring bands of one kind (思想道德风险 | 制度机制风险 |
        岗位职责风险, or 一级风险 | 二级风险), each merged (or centred) over sub-headings of the
        other kind in row ``a + 1`` (高 | 中 | 低, or the types): column → (its type, its level).
        {} where the two rows are no such grid: a band or sub-heading of no known sense, a
        band over one column, or one repeated."""
        sh = self.sh
        if a < 0 or a + 1 >= len(sh.rows):
            return {}
        top, low = sh.rows[a], sh.rows[a + 1]
        merged = self.grid.merged_into

        def kind(text: str) -> str:
            is_type, is_level = self._one_type(text), self._one_level(text)
            return "" if is_type == is_level else ("type" if is_type else "level")

        runs: list[list[tuple[int, int, str]]] = []  # runs of neighbouring bands of one kind
        for c in sh.nonempty(a):
            k = kind(top[c])
            if not k:
                runs.append([])
                continue
            end = sh.span_end(a, c)
            if end == c:  # (centred across the band, no merge: the empty cells beside it)
                while (
                    end + 1 < min(len(top), len(low))
                    and not top[end + 1].strip()
                    and (a, end + 1) not in merged
                    and kind(low[end + 1])
                ):
                    end += 1
            if end == c:
                runs.append([])
                continue
            run = runs[-1] if runs else []
            if run and run[-1][1] == c - 1 and kind(top[run[-1][0]]) == k:
                run.append((c, end, k))
            else:
                runs.append([(c, end, k)])
        for run in runs:
            if len(run) < 2:
                continue
            out: dict[int, tuple[str, str]] = {}
            seen: set = set()
            for c, end, k in run:
                band = top[c].strip()
                key = self.config.level(band) if k == "level" else self.config.types(band)[0][0]
                subs = [low[x].strip() if x < len(low) else "" for x in range(c, end + 1)]
                other = "type" if k == "level" else "level"
                if key in seen or not all(kind(v) == other for v in subs):
                    break
                if len(set(map(squeeze, subs))) != len(subs):
                    break
                seen.add(key)
                for x, v in zip(range(c, end + 1), subs, strict=True):
                    out[x] = (band, v) if k == "type" else (v, band)
            else:
                return out
        return {}

    def _grid_marks_only(self, grid: dict[int, tuple[str, str]], rows) -> bool:
        """The cells under a type × level grid hold only marks or nothing, some ticked (a grid
        of counts or of the points' text is no ticks)."""
        said = [row[x].strip() for row in rows for x in grid if x < len(row) and row[x].strip()]
        return any(v in _GRID_MARKS for v in said) and all(
            v in _GRID_MARKS or v in _BOX_EMPTY or v in _NOT_TICKED or label_key(v) in _NOTHING
            for v in said
        )

    def _names_row_under(self, top: int, depth: int) -> int:
        """1 where the row under a two-row header is the holders' names under their posts, a
        heading over them merged across ('责任人' over '校长 | 党支部书记 | 副校长' over '甄珝岚 |
        …', ``_holder_heading_rows``) and nothing else on it: a third header row, not data."""
        sh = self.sh
        b = top + depth
        if depth != 2 or not self.grid.merges or b >= len(sh.rows):
            return 0  # (the cheap test)
        spans = [(c, end) for c in sh.nonempty(top) if (end := sh.span_end(top, c)) > c]
        held = [
            (c, end)
            for c, end in spans
            if self._holder_heading_rows(top, c) or self._lane_heading_rows(top, c)
        ]
        if not held:
            return 0
        under = {x for c, end in held for x in range(c, end + 1)}
        return int(all(c in under for c in sh.nonempty(b)))

    def _grid_row_under(self, top: int, depth: int) -> int:
        """How many rows under a header found belong to it as the rows of a type × level grid
        of ticks: 1 where the row under it holds the sub-headings (高 | 中 | 低 under each of
        思想道德风险 | 制度机制风险 | 岗位职责风险, the bands the header's last row), 2 where the
        bands are the row under it and the sub-headings the next (a copy with no merges, the
        header read as one row); else 0 (data rows, as before)."""
        sh = self.sh
        b = top + depth
        for a in (b - 1, b):
            low = a + 1
            if low >= len(sh.rows) or depth < 1:
                return 0
            cols = sh.nonempty(low)
            if len(cols) < 4 or any(len(sh.rows[low][c].strip()) > 6 for c in cols):
                continue  # (the cheap test: a row of short words only)
            grid = self._grid_heads(a)
            if not grid or any(c not in grid for c in cols):
                continue
            if a == b and any(c not in grid for c in sh.nonempty(a)):
                continue  # (a row of bands and nothing else)
            if self._grid_marks_only(grid, sh.rows[low + 1 : low + 51]):
                return low - b + 1
        return 0

    def _type_level_grid(self, h: int, depth: int, rows) -> dict[int, tuple[str, str]]:
        """The type × level grid of ticks the header's last two rows make (``_grid_heads``),
        where only marks stand under it: column → (type, level); else {}."""
        if depth < 2:
            return {}
        grid = self._grid_heads(h + depth - 2)
        return grid if grid and self._grid_marks_only(grid, rows) else {}

    def _grid_ticked(self, row: list[str], grid: dict[int, tuple[str, str]]) -> tuple[str, str]:
        """The type(s) and the level a row's ticks in a type × level grid give: every type
        ticked; the level where the ticks agree on one, '' where they name two (said by
        ``_type_level_ticks_said``) or none is ticked."""
        hit = [grid[c] for c in grid if c < len(row) and row[c].strip() in _GRID_MARKS]
        types = list(dict.fromkeys(ty for ty, _lv in hit))
        levels = {self.config.level(lv) for _ty, lv in hit}
        return "、".join(types), (hit[0][1] if len(levels) == 1 else "")

    def _level_votes(self, h: int, rows: list[list[str]], ticks: dict[int, str]) -> bool:
        """The cells under the level words count votes ('评议得票（票）' over 高 | 中 | 低, '7 | 2 |
        0'): every one filled is a whole number and some row gives two grades a vote (a tick
        table marks one). Said once for the table (info ``LEVEL_BY_VOTES``)."""
        cols = list(ticks)
        said = [row[c].strip() for row in rows for c in cols if c < len(row) and row[c].strip()]
        if not said or not all(_VOTES.fullmatch(v) for v in said):
            return False  # ('8', '8.5', '72.7%', '8票': counts or shares of the votes)
        if not any(
            sum(1 for c in cols if c < len(row) and _vote_count(row[c]) > 0) >= 2 for row in rows
        ):
            return False
        self.issues.append(
            make_issue("LEVEL_BY_VOTES", self.rel, self.grid.name, cell_ref(h, cols[0]),
                       value=" | ".join(ticks.values()))
        )  # fmt: skip
        return True

    def _voted_level(self, row: list[str], r: int, t: _Table) -> str:
        """The grade with the most votes in a row of counts; '' with a warning where two tie."""
        votes = {lv: _vote_count(row[c]) if c < len(row) else 0.0 for c, lv in t.ticks.items()}
        most = max(votes.values(), default=0)
        top = [lv for lv, n in votes.items() if n == most]
        if not most:
            return ""
        if len(top) > 1:
            self.issues.append(
                make_issue("LEVEL_VOTES_TIED", self.rel, self.grid.name, cell_ref(r, min(t.ticks)),
                           value="、".join(f"{lv} {most:g}" for lv in top))
            )  # fmt: skip
            return ""
        return top[0]

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

    def _not_integrity(
        self, h: int, headings: dict[int, Heading | None], labels: dict[int, str]
    ) -> dict[int, Heading | None]:
        """Columns under a band heading naming SAFETY risks ('安全生产风险（双重预防）' over 风险点 |
        风险等级 | 管控措施) beside a band of integrity risks ('廉政风险' over its own): another
        programme's hazards, not integrity points (一岗双责); set aside as other columns with one
        info. Only where an integrity point column remains."""
        risky = (*POINTISH, "risk_level", "risk_type", "measures")
        safety = [
            c
            for c, x in headings.items()
            if x is not None
            and x.role in risky
            and _SAFETY_BAND.search(labels.get(c, ""))
            and not _INTEGRITY_BAND.search(labels.get(c, ""))
        ]
        if not safety or not any(
            x is not None and x.role in POINTISH and c not in safety for c, x in headings.items()
        ):
            return headings
        self.issues.append(
            make_issue("COLUMNS_NOT_INTEGRITY", self.rel, self.grid.name, cell_ref(h, min(safety)),
                       value="、".join(squeeze(labels[c]) for c in safety))
        )  # fmt: skip
        self.aside[h] = set(safety)
        return {
            c: Heading("other", SURE, x.word) if c in safety and x is not None else x
            for c, x in headings.items()
        }

    def _withdraw_strays(
        self, gone: set[str], codes: tuple[str, ...] = ("ROW_UNPLACED", "CELL_OUTSIDE")
    ) -> None:
        """Take back the stray-row or stray-cell issues already given for cells a later step read
        after all (a map of holders, a roster, a staffing grid), and their count."""
        before = len(self.issues)
        self.issues = [i for i in self.issues if not (i.code in codes and i.cell in gone)]
        self.unplaced -= before - len(self.issues)

    def _shared_by_post(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Rows of points common to every holder of a post, written under a collective holder
        ('各临床、医技科室 | 科主任 | 各科室主任', '全体股长'): each a point of every named holder of
        that post in the same list (one copy each), with one info; as read where the list names
        fewer than two holders of the post."""
        shared = [
            rr for rr in rows if _ALL_OF_A_POST.match(squeeze(rr.person) or self._holder_text(rr))
        ]
        if not shared:
            return rows  # (the cheap test: a row whose holder's cell says '各…', '全体…')
        named: dict[str, list[tuple[str, str]]] = {}
        for rr in rows:
            if rr.person and rr.title and not _ALL_OF_A_POST.match(squeeze(rr.person)):
                pair = (rr.department, rr.person)
                if pair not in named.setdefault(squeeze(rr.title), []):
                    named[squeeze(rr.title)].append(pair)
        out: list[RawRisk] = []
        spread: dict[str, int] = {}
        for rr in rows:
            holders = named.get(squeeze(rr.title), []) if rr in shared else []
            if len(holders) < 2:
                out.append(rr)
                continue
            for dept, person in holders:
                out.append(replace(rr, department=dept, person=person))
            self.seen += len(holders) - 1
            spread[squeeze(rr.title)] = len(holders)
        if spread:
            self.issues.append(
                make_issue("POINTS_SHARED_BY_POST", self.rel, self.grid.name,
                           cell_ref(shared[0].row, shared[0].cols.get("person", 0)),
                           value="、".join(f"{p}（{n}人）" for p, n in spread.items()))
            )  # fmt: skip
        return out

    def _holder_text(self, rr: RawRisk) -> str:
        """What a row's holder cell says as written (merged cells read from their first)."""
        c = rr.cols.get("person")
        if c is None:
            return ""
        y, x = self.grid.merged_into.get((rr.row, c), (rr.row, c))
        row = self.sh.rows[y]
        return squeeze(row[x]) if x < len(row) else ""

    def _ticks_beside_level(self, r: int, lc: int, written: str, values: dict[str, str]) -> None:
        """A level column of its own beside a type × level grid of ticks: the level written there
        is the row's; where the ticks name another, a warning names both (neither is guessed
        right: the written one stands, as a footer's or a product's level does)."""
        ticked, level = values.get("risk_level", ""), self.config.level
        if not level(written):
            return  # ('/', '无', 'A': no level said there, the tick's stands)
        values["risk_level"] = written
        if ticked and level(ticked) and level(written) != level(ticked):
            self.issues.append(
                make_issue("LEVEL_TICKS_DIFFER", self.rel, self.grid.name, cell_ref(r, lc),
                           value=written, other=ticked)
            )  # fmt: skip

    def _type_level_ticks_said(self, t: _Table, rows: list[RawRisk]) -> None:
        """Says once for the table that its grid of ticks gave the types and levels, and names
        each row ticking two levels (its level left blank)."""
        if not rows:
            return
        sh, grid = self.sh, t.type_level_ticks
        c = min(grid)
        bands = t.start - 2  # (the bands' row; the sub-headings' is the last of the header)
        at, head = bands, ""
        for x in range(t.row, bands):  # the heading merged over the bands, if any
            v = sh.rows[x][c].strip() if c < len(sh.rows[x]) else ""
            if v:
                at, head = x, squeeze(v)
        tops = list(dict.fromkeys(sh.rows[bands][x].strip() for x in grid if sh.rows[bands][x]))
        subs = list(dict.fromkeys(sh.rows[bands + 1][x].strip() for x in grid))
        value = f"{'、'.join(tops)} 各分 {'、'.join(subs)}"
        self.issues.append(
            make_issue("TYPE_LEVEL_TICKS", self.rel, self.grid.name, cell_ref(at, c),
                       field=head or "风险类型及等级", value=value)
        )  # fmt: skip
        for rr in rows:
            if rr.sheet and rr.sheet != self.grid.name:
                continue
            row = sh.rows[rr.row]
            hit = [grid[x][1] for x in grid if x < len(row) and row[x].strip() in _GRID_MARKS]
            if len({self.config.level(lv) for lv in hit}) > 1:
                self.issues.append(
                    make_issue("TYPE_LEVEL_TICKS_UNCLEAR", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head or "风险类型及等级",
                               value="、".join(dict.fromkeys(hit)))
                )  # fmt: skip

    def _mark_columns(self, hr: int, headings, rows: list[list[str]], names) -> dict[int, str]:
        """Two or more neighbouring columns whose headings each ``names`` one value and whose
        cells hold only marks (√, ●) or nothing, some marked: column → its heading."""
        head = self.sh.rows[hr]
        out: dict[int, str] = {}
        for c in sorted(headings):
            text = head[c].strip() if c < len(head) else ""
            if not text or not names(text):
                continue
            vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
            if vals and (
                all(len(v) <= 2 and not HAN_TEXT.search(v) for v in vals)
                or all(
                    len(v) <= 4 and _LEVEL_WORDISH.search(v) and self.config.level(v) for v in vals
                )
            ):
                out[c] = text
        cols = sorted(out)
        if len(cols) < 2 or cols[-1] - cols[0] != len(cols) - 1:
            return {}
        return out

    def _named_columns(
        self,
        parent: Heading | None,
        depth: int,
        subs: list[str],
        levels: list,
        rows: list[list[str]],
        sub: range,
    ) -> str:
        """What the sub-headings under a heading merged across name, where each column is a
        form's own: 'post' (a risk text's heading over posts, 廉政风险点 over 所长 | 法制员 |
        办案民警, each post's points under it), 'part' (a holder's heading over parts of the
        unit, 各单位责任人 over 公司本部 | 资产运营公司, who holds the row there under each),
        'level' (a level's heading over posts, each post's level of the row under it), or ''."""
        if parent is None or depth < 2 or len(sub) < 2 or any(levels) or not all(subs):
            return ""
        names = [v.strip() for v in subs]
        if any(self._one_type(v) or self.config.level(v) for v in names) and not all(
            _ASPECT.match(v) for v in names
        ):
            return ""  # (but 内部 | 外部 are sides of a risk, though '外部环境' is a type)
        # (a statistical report's codes under the header, '甲 | 乙 | … | 1 | 2', are no cells)
        cells = [
            row[x].strip() for row in rows if not _column_numbers(row) for x in sub if x < len(row)
        ]
        filled = [v for v in cells if v and v not in _NOTHING and not _NOTHING_WRITTEN.match(v)]
        if filled and parent.role in ("risk_level", "declared_grade"):
            # 各岗位风险等级 over 部长⏎寇鸣川 | 组织员⏎麴晏清: the level each post carries the row at
            if all(is_post(_tick_post(v)[0]) for v in names) and all(
                self.config.level(v) for v in filled
            ):
                return "level"
            return ""
        if not filled or any(
            (len(v) <= 2 and not HAN_TEXT.search(v)) or v in _MARK_WORDS for v in filled
        ):
            return ""  # marks under them ('√'): ``post_ticks``
        if parent.role in POINTISH and all(_STAGE.search(v) for v in names):
            if all(len(v) >= 2 and HAN_TEXT.search(v) for v in filled) and sum(
                map(len, filled)
            ) >= 4 * len(filled):
                # 廉政风险点 over 受理环节 | 审核环节 | 办结环节: a point each ('乱收费' among them)
                return "stage"
            return ""
        if parent.role in POINTISH:
            if all(is_post(_tick_post(v)[0]) for v in names) and all(
                len(v) >= 4 and HAN_TEXT.search(v) for v in filled
            ):
                return "post"
            return ""
        if parent.role in ("person", "title") and not any(is_post(v) for v in names):
            holders = [holder_and_post(v) or (v, "") for v in filled]
            if all(looks_like_name(name) for name, _post in holders) and all(
                _dept_like(v) or v.endswith(UNIT_END) or v.endswith("本部") for v in names
            ):
                return "part"
        return ""

    def _names_person(self, r: int) -> bool:
        """Row ``r`` holds a holder's field ('姓名 | 张三', '持卡人：李四'), as ``_parse_fields``
        would read it, looked for cheaply (a dict lookup a cell)."""
        sh = self.sh
        for c in sh.nonempty(r):
            if field_of(sh.key(r, c)) == "person":
                return True
            inline = (
                _field_with_value(sh.rows[r][c])
                if ":" in sh.rows[r][c] or "：" in sh.rows[r][c]
                else None
            )
            if inline and inline[0] == "person":
                return True
        return False

    @cached_property
    def _names_successors(self) -> bool:
        """Some cell of the sheet says who took a post over ('接任', '接替'): looked at once a
        sheet, not once a table."""
        return any("接任" in x or "接替" in x for x in map("".join, self.sh.rows))

    def _successors(self, rows: list[RawRisk], t: _Table) -> None:
        """A row whose remarks say its post passed to another ('…调离，该岗位由蒯昉湄接任' in a
        备注 merged down over the post's rows), its 姓名 not retyped: the successor holds it, and
        the post's other rows with it. Only a column of no role of its own is read (a measure
        '外出时由温子墨接替' names a stand-in); a handover planned or for a time ('拟由…', '休假
        期间由…临时接替') changes no one; a remark naming another row's holder or post ('出纳
        岗由…接任' merged over the 会计's rows too) speaks for that row only."""
        if not self._names_successors:
            return  # (no remark on the sheet names one: the common case)
        people = {rr.person for rr in rows if rr.person}
        posts = {rr.title for rr in rows if rr.title}
        found: dict[tuple[str, str, str], set[str]] = {}
        own = self._own_cols(t)
        for rr in rows:
            for v in self._remarks(rr, own):
                if "接任" not in v and "接替" not in v:
                    continue
                name = _successor_in(v)
                if not name or name == rr.person:
                    continue
                if not (rr.person and rr.person in v) and (
                    any(p in v for p in people if p not in (rr.person, name))
                    or (
                        rr.title not in v
                        and any(p in v for p in posts if p not in rr.title and rr.title not in p)
                    )
                ):
                    continue  # '出纳戚瑗澜已调离，出纳岗由…' beside the 会计 温子墨: not his
                found.setdefault((rr.department, rr.title, rr.person), set()).add(name)
                break
        for rr in rows:
            names = found.get((rr.department, rr.title, rr.person))
            if names and len(names) == 1:
                rr.person = next(iter(names))

    def _left_labels(self, rows: list[RawRisk], t: _Table) -> None:
        """A column left of the table, no heading of its own, each cell merged down beside a
        section of it (its heading repeated) and naming a part ('院领导', '药剂科', '医保办'): the
        科室 of the rows beside it."""
        sh, merged = self.sh, self.grid.merged_into
        if t.first > 0:
            c = t.first - 1
        elif t.col_role.get(t.first) in (None, "other"):
            c = t.first  # (the label's cell starts on the section's heading row: 'A8 药剂科')
        else:
            return
        got: dict[int, str] = {}
        for rr in rows:
            if rr.department:
                return
            top = merged.get((rr.row, c))
            if top is None or top[1] != c:
                continue
            v = squeeze(sh.rows[top[0]][c])
            if not v or len(v) > 16:
                continue
            named = caption_identity(v)
            if named and named[0] != "department":
                continue  # ('城关镇卫生院' down column A: a unit of a multi-unit list, no 科室)
            if named or _dept_like(v) or LEADERS_GROUP.match(v):
                got[id(rr)] = v
        if len(set(got.values())) < 2:
            return  # (one label beside a whole table: a caption, not its sections)
        for rr in rows:
            rr.department = got.get(id(rr), rr.department)

    def _named_once(self, rows: list[RawRisk], t: _Table) -> None:
        """A list by work item whose 科室 and post are written on every row and the holder only at
        the post's first row ('责任人' blank at its later rows, apart from it): a row that writes
        its post itself, its holder's cell blank (not merged), is the holder's the list names at
        that 科室 and post, where it names one. (A row whose post is carried down from the rows
        above, a meeting's step, keeps what the carrying gave it.)"""
        tc, pc = t.roles.get("title"), t.roles.get("person")
        if tc is None or pc is None or not any(not rr.person for rr in rows):
            return
        sh, merged = self.sh, self.grid.merged_into
        holders: dict[tuple[str, str, str, str], set[str]] = {}
        first: dict[tuple[str, str, str, str], int] = {}
        for rr in rows:  # (the same post of another unit, or under another group row, is another)
            key = (rr.unit, rr.section, rr.department, rr.title)
            if rr.title:
                holders.setdefault(key, set()).add(rr.person)
                if rr.person:
                    first.setdefault(key, rr.row)
        for rr in rows:
            row = sh.rows[rr.row]
            key = (rr.unit, rr.section, rr.department, rr.title)
            if rr.person or not rr.title or tc >= len(row) or not row[tc].strip():
                continue  # (the post not written on the row itself)
            if (rr.row, pc) in merged or (pc < len(row) and row[pc].strip()):
                continue
            if _VACANT_SEAT.search("".join(row)) or rr.row < first.get(key, 1 << 30):
                continue  # ('该岗位空缺'; a row before the holder is named: not his)
            named = holders.get(key, set()) - {""}
            if len(named) == 1:
                rr.person = next(iter(named))

    @staticmethod
    def _own_cols(t: _Table) -> set[int]:
        """The columns of a role of their own (not a 备注's): looked up once per table."""
        own = {c for role, c in t.roles.items() if role != "other"}
        own.update(x for more in t.extra.values() for x in more)
        return own

    def _remarks(self, rr: RawRisk, own: set[int]) -> Iterator[str]:
        """The row's cells in columns of no role of their own (``own``: a 备注 beside the
        post), a cell merged down over the row read from its top."""
        sh, merged = self.sh, self.grid.merged_into
        row = sh.rows[rr.row]
        for c in range(len(row)):
            if c in own:
                continue
            v = row[c]
            if not v and (rr.row, c) in merged:
                top = merged[(rr.row, c)]
                v = sh.rows[top[0]][top[1]]
            yield v

    def _caretakers(self, rows: list[RawRisk], t: _Table) -> None:
        """A post whose 姓名 is blank (vacant) and whose remarks name who answers for it now
        ('岗位暂缺，现由站长逄樾岑负责', '暂由镇财政所会计郜砚湛代管'): that one holds its rows."""
        if not any(not rr.person for rr in rows):
            return
        found: dict[tuple[str, str], set[str]] = {}
        own = self._own_cols(t)
        for rr in rows:
            if rr.person:
                continue
            for v in self._remarks(rr, own):
                if "由" not in v or not _VACANT_NOW.search(v):
                    continue
                name = ""
                for clause in _CLAUSE.split(v):  # ('原由…负责，现由…负责': the one now)
                    m = _CARETAKER.search(clause)
                    pre = clause[: m.start(1)] if m else ""
                    if m and _PLANNED.search(pre) and not _NOW_BY.search(pre):
                        m = None  # ('原由…', '拟由…'; not '退休后暂由…')
                    if m:
                        run = _post_run_name(m.group(1))
                        got = run[1] if run else m.group(1)
                        if looks_like_name(got) and not is_post(got):
                            name = got
                if name:
                    found.setdefault((rr.department, rr.title), set()).add(name)
                    break
        for rr in rows:
            names = found.get((rr.department, rr.title)) if not rr.person else None
            if names and len(names) == 1:
                rr.person = next(iter(names))

    @cached_property
    def _moves_items(self) -> bool:
        """Some line of the sheet moves numbered items to a holder ('第8、9项改由…负责'): looked
        at once a sheet (the cheap test: no '第'/'序号' before a number, no move)."""
        return any(
            ("由" in x or "划" in x or "移交" in x or "调整为" in x) and _MOVED_ITEMS.search(x)
            for x in map("".join, self.sh.rows)
        )

    def _moved_by_note(self, t: _Table, rows: list[RawRisk], above: range, below: range) -> None:
        """A note by a list whose every row names its holder, moving SOME numbered items to
        another holder already in it after a re-division of work, the table not redrawn
        ('注：…表中第8、9项风险点改由村委会副主任拓跋翀负责，第11项风险点改由村文书能琇澜负责，
        其余各项责任人不变。', '序号8—9调整为村文书负责', '第3项改由张三（副主任）负责'): each moved
        row becomes a point of that holder (his 科室, post and name as the list writes them for
        him), its level, type and measures kept; the old holder keeps the rest. The holder named
        by post, by name or both must be one of the list's: else, or a number not in the list,
        that part moves nothing (POINTS_REASSIGNED_UNMATCHED). A plain '由…负责' counts only
        on a line saying the work was re-divided ('因分工调整，第8、9项由…负责'); a move planned
        ('拟由…'), a level ('第3项调整为二级'), who filled the form in ('第1—3项由…填写') and
        '第3项为新增' move nothing. The lines read are the table's own: those above it after the
        table before, those under it up to the next title (a note over the next table is its)."""
        sh, sc = self.sh, t.roles["seq"]
        by_number: dict[int, list[RawRisk]] = {}
        for rr in rows:
            v = squeeze(sh.rows[rr.row][sc]) if sc < len(sh.rows[rr.row]) else ""
            got = _point_numbers(v.rstrip(".．、")) if v else []
            if len(got) == 1:
                by_number.setdefault(got[0], []).append(rr)
        if not by_number:
            return
        key = lambda rr: (rr.unit, rr.department, rr.title, rr.person)  # noqa: E731
        holders: dict[tuple[str, str, str, str], RawRisk] = {}
        for rr in rows:
            if rr.title or rr.person:
                holders.setdefault(key(rr), rr)
        if len(holders) < 2:
            return  # (one holder: nobody in the list to move items to)
        # each holder as the note may name him: '所长（晏知秋）' in one cell is 所长 晏知秋
        seen = {_post_and_holder(k): k for k in holders}
        under = next(
            (x for x in below
             if sh.kind(x) == "title" and not _MOVED_ITEMS.search("".join(sh.rows[x]))),
            below.stop,
        )  # ('因人员分工调整，第4项由副分局长负责。' reads as a title line: the note still)  # fmt: skip
        for x in [*above, *range(below.start, under)]:
            cols = sh.nonempty(x)
            if not cols or len(cols) > 2 or x in self.point_holder_used:
                continue
            line = "".join(sh.rows[x][c] for c in cols)
            if not _MOVED_ITEMS.search(line):
                continue
            moved: list[str] = []
            for m in _MOVED_ITEMS.finditer(line):
                said, verb, who, duty = m.group(0), m.group(2), squeeze(m.group(3)), m.group(4)
                if verb in _LOOSE_MOVE and not (
                    duty in ("负责", "承担")
                    and _REDIVIDED.search(line[: m.start()] + said)  # (said before the move)
                    and not _NOT_HELD_AFTER.match(line, m.end())
                ):
                    continue  # ('第1—3项由村文书填写', '第3项调整为二级'; '由…负责' unexplained;
                    # '由院办牵头', '负责督导', '负责整改': no holder's charge)
                if verb not in _LOOSE_MOVE and not duty and not _holder_words(who):
                    continue
                numbers = _point_numbers(f"第{m.group(1)}项")
                target = seen.get(_moved_to(who, list(seen)))  # type: ignore[arg-type]
                if target is None:
                    if _holder_words(who):
                        self.issues.append(make_issue(
                            "POINTS_REASSIGNED_UNMATCHED", self.rel, self.grid.name,
                            cell_ref(x, cols[0]), field=f"所写的“{who}”不是表中列出的人员或分不清是哪一位",
                            value=said,
                        ))  # fmt: skip
                    continue
                missing = [n for n in numbers if len({rr.row for rr in by_number.get(n, [])}) != 1]
                if not numbers or missing:
                    self.issues.append(make_issue(
                        "POINTS_REASSIGNED_UNMATCHED", self.rel, self.grid.name,
                        cell_ref(x, cols[0]), value=said,
                        field=f"所写的序号 {'、'.join(map(str, missing))} 在表中没有或不止一行",
                    ))  # fmt: skip
                    continue
                new = holders[target]
                for n in numbers:
                    for rr in by_number[n]:
                        if key(rr) != target:  # (all else the row's own: level, type, measures)
                            for name in ("unit", "section", "department", "title", "person",
                                         "tier", "declared"):  # fmt: skip
                                setattr(rr, name, getattr(new, name))
                to = " ".join(filter(None, _post_and_holder(target)[1:]))
                moved.append(f"第{'、'.join(map(str, numbers))}项→{to}")
            if moved:
                self.issues.append(make_issue("POINTS_REASSIGNED_BY_NOTE", self.rel, self.grid.name,
                                              cell_ref(x, cols[0]), value="；".join(moved)))  # fmt: skip
                if sh.kind(x) != "note":
                    # ('因分工调整，第8、9项…' with no '注：': the note, no stray line)
                    self.skip.add(x)

    def _caption_year(self, rows: list[int]) -> int:
        """The year a table's caption or title names ('二、2023年度岗位廉洁风险点…'), else 0."""
        sh = self.sh
        for r in reversed(rows):
            cols = sh.nonempty(r)
            if len(cols) == 1:
                m = _CAPTION_YEAR.search(sh.rows[r][cols[0]])
                if m:
                    return int(m.group(1))
        return 0

    @staticmethod
    def _answer_column(labels, rows, roles, col_role) -> int | None:
        """A column asking whether the row applies ('本岗位是否存在', '本村是否涉及') whose cells
        answer it (是/否, 涉及/不涉及): the rows answered no are no points. It names no post,
        whatever its short repeated words looked like (the role it was given is taken back)."""
        for c, label in labels.items():
            if "是否" not in label or not _APPLIES.search(_HINT.sub("", squeeze(label))):
                continue  # (a self-check's '是否存在' asks whether the problem is found: kept)
            vals = [squeeze(row[c]) for row in rows if c < len(row) and row[c].strip()]
            if len(vals) >= 2 and set(vals) <= _ANSWERS and set(vals) & _NO_ANSWER:
                for role in [k for k, v in roles.items() if v == c]:
                    del roles[role]
                col_role[c] = "other"
                return c
        return None

    def _identity_spans(
        self, h: int, headings: dict[int, Heading | None], sample: list[int]
    ) -> dict[int, int]:
        """'岗位及人员' merged across the post's column and the holder's (no heading of its
        own): each column gets the part of the heading that names it, the left one the first
        ('科室/岗位/姓名' over three likewise), where each column has cells of its own under it
        (not a heading merged for width over one column of values, nor cells merged across
        like it). ``headings`` is changed in place; returns each such heading's column → its
        last column."""
        sh, out = self.sh, {}
        merged = self.grid.merged_into
        for c, hd in list(headings.items()):
            end_c = sh.span_end(h, c)
            if hd is None or end_c == c or hd.role not in IDENTITY:
                continue
            covered = range(c + 1, end_c + 1)
            if any(headings.get(x) is not None for x in covered):
                continue  # sub-headings of its own under it (科室 | 岗位 under 责任主体)

            def own(x: int) -> int:
                return sum(1 for r in sample if x < len(sh.rows[r]) and sh.rows[r][x])

            first = own(c)
            if not sample or any(
                own(x) < max(1, first / 2)
                or any((r, x) in merged and merged[(r, x)][1] < x for r in sample)
                for x in covered
            ):
                continue  # '科室及岗位' over '国库股股长' and an empty column: one column
            parts = identity_parts(sh.key(h, c), end_c - c + 1)
            if parts is None:
                continue
            for x, part in zip(range(c, end_c + 1), parts, strict=True):
                headings[x] = part
            out[c] = end_c
        return out

    @staticmethod
    def _spanning(headings: dict[int, Heading | None], rows: list[list[str]]) -> frozenset[int]:
        """Columns headed as leaders or watchers (责任领导, 监督人) where one name stands over
        several posts: the rows filled down, a name beside two different 科室 and post pairs."""
        watch = [c for c, h in headings.items() if h and h.role == "other"
                 and ("领导" in h.word or "监督" in h.word)]  # fmt: skip
        post = [c for c, h in headings.items() if h and h.role in ("title", "department")]
        if not watch or not post:
            return frozenset()
        out = set()
        for c in watch:
            seen: dict[str, set[tuple[str, ...]]] = {}
            carry = {x: "" for x in (c, *post)}
            for row in rows:
                for x in carry:
                    if x < len(row) and row[x]:
                        carry[x] = row[x]
                if carry[c]:
                    seen.setdefault(carry[c], set()).add(tuple(carry[x] for x in post))
            if any(len(v) > 1 for v in seen.values()):
                out.add(c)
        return frozenset(out)

    @staticmethod
    def _across(
        headings, roles: dict[str, int], col_role: dict[int, str], groups: list[dict[str, int]]
    ) -> list[dict[str, int]]:
        """风险点1 | 风险等级 | 风险点2 | 风险等级 …: the first pair is the row's point, the others
        more points of the same post (each with its level); returns those others. Numbered groups
        of columns ('风险点1 | 风险类型1 | 风险等级1 | 防控措施1 | 风险点2 …', a form's export) likewise,
        each point with its own type, level and measures."""
        if groups:
            grouped = {c for g in groups for c in g.values()}
            for c in grouped:
                col_role[c] = "other"
            for role, c in groups[0].items():
                col_role[c], roles[role] = role, c
            if roles.get("description") in grouped:
                del roles["description"]
            # a level, type or measures column outside the groups serves every group's point
            shared = {r: c for r, c in roles.items() if r in _GROUP_ROLES[1:] and c not in grouped}
            return [{**shared, **g} for g in groups[1:]]
        paired = _point_pairs(headings)
        if len(paired) < 2:
            return []
        for c in paired:
            col_role[c] = col_role[c + 1] = "other"
        first = paired[0]
        col_role[first], col_role[first + 1] = "risk_point", "risk_level"
        roles["risk_point"], roles["risk_level"] = first, first + 1
        if roles.get("description") in {x for c in paired for x in (c, c + 1)}:
            del roles["description"]

        def own_measures(c: int) -> int | None:
            """'风险点2 | 风险等级2 | 防控措施2': the measures right after a pair are its own."""
            h = headings.get(c + 2)
            return c + 2 if h is not None and h.role == "measures" and c + 2 not in paired else None

        if all(own_measures(c) is not None for c in paired):
            for c in paired:
                col_role[c + 2] = "other"
            col_role[first + 2], roles["measures"] = "measures", first + 2
            return [{"risk_point": c, "risk_level": c + 1, "measures": c + 2} for c in paired[1:]]
        return [{"risk_point": c, "risk_level": c + 1} for c in paired[1:]]

    def _title_like(self, r: int) -> bool:
        """A line above a table with one or two short cells is its title or caption; one of
        short labels each followed by a short value ('基础分值 93 民主评议分值 90') is a line
        of header fields the form defines beyond ours."""
        row = self.sh.rows[r]
        cols = self.sh.nonempty(r)
        if len(cols) <= 2 and all(len(row[c]) <= 80 for c in cols):
            return True
        return (
            len(cols) % 2 == 0
            and all(len(row[c]) <= 20 for c in cols)
            and all(not _NUMBERISH.match(row[c]) and len(row[c]) <= 10 for c in cols[::2])
            and any(_NUMBERISH.match(row[c]) for c in cols[1::2])
        )

    def _unplace(self, r: int) -> None:
        cols = self.sh.nonempty(r)
        text = " ".join(self.sh.rows[r][c] for c in cols)
        self.issues.append(
            make_issue(
                "ROW_UNPLACED", self.rel, self.grid.name, cell_ref(r, cols[0]), value=text[:60]
            )
        )
        self.unplaced += 1

    # --- rows ---------------------------------------------------------------------------

    def _table(self, t: _Table, next_h: int) -> tuple[list[RawRisk], int]:
        """The risk rows under header row ``t.row``; returns them and the first row after."""
        sh, grid = self.sh, self.grid
        roles = t.roles
        is_list = t.is_list
        pc = roles["risk_point"]
        seq = roles.get("seq")
        merged = grid.merged_into if grid.merges else {}
        second = sh.second_lines.get(t.row, {})  # a record's second row's fields, by column
        # 序号 merged down over rows: perhaps records of several rows (``_record_goes_on``)
        record_rows = seq is not None and any(
            c0 == seq == c1 and r1 > r0 >= t.start for r0, c0, r1, c1 in grid.merges or ()
        )
        order = [r for r in ("unit", "department", "title", "person") if r in roles]
        carry_cols = [
            (role, roles[role])
            for role in (*order, "declared_grade", "tier", "duty", "workflow")
            if role in roles
        ]
        names = list(roles)
        getter = itemgetter(*roles.values())
        carried = {role for role, _c in carry_cols}
        resets = {*order, "duty"}  # the roles whose change clears what hangs below them
        # what each clears (``_reset_below``), looked up once
        cleared = {role: (*order[i + 1 :], "duty", "workflow", "declared_grade")
                   for i, role in enumerate(order)}  # fmt: skip
        cleared["duty"] = ("workflow",)
        # a level, type or measure merged down over several points belongs to each of them
        fill_cols = [(role, c) for role, c in roles.items()
                     if role not in carried and role not in ("risk_point", "seq")]  # fmt: skip
        if not any(r1 > r0 >= t.start for r0, _c0, r1, _c1 in grid.merges or ()):
            fill_cols = []  # nothing merged down among the rows
        width = max(roles.values()) + 1
        first, last = t.first, t.last
        # columns whose cells go on over several lines (measures 1. 2. 3.), not captions
        content = {roles[x] for x in ("measures", "duty", "workflow", "description") if x in roles}
        raw_rows: list[RawRisk] = []
        repeated = 0  # rows writing the point above out again with another measure
        carry: dict[str, str] = {}
        if ("person" in roles) != ("title" in roles) and merged:
            self._stacked_holders(t, next_h)  # '党委书记' over '吉克曲惹' in one column
        written_out = self._written_out(t, roles.get("person"), next_h)
        # a cell merged across the 科室 and the post column next to it says one thing: the post
        span_post = (
            (roles["department"], roles["title"])
            if "department" in roles and roles.get("title") == roles["department"] + 1 and merged
            else None
        )
        own_cols = [roles[x] for x in ("seq", "title", "person") if x in roles]
        former, post_ticks = t.former_point, t.post_ticks  # (looked up once, not per row)
        # where a point's closing bracket goes: its description, or (the heading saying the
        # bracket holds the point) the text before it
        bracket_into = "description" if t.point_bracket == "risk_point" else t.point_bracket
        points_by = [by for by in (t.level_points, t.type_points, t.post_points) if by]
        order_cols = [roles[x] for x in order]
        last_values: dict[str, str] = {}  # the row above, for a '同上'
        section = None
        self.tail_roster = {}  # who holds the posts, from a line under the rows (``_tail``)
        self.current_table = t
        rostered: str | None = None  # where lines of who holds which post stand: above, below
        roster_from, roster_below = -1, {}  # the last such line; the holders it names below it
        roster_all: dict[str, set[str]] = {}  # every such line's: for a post no block line names
        signed_from = -1  # the last line naming a holder of the rows above or below it
        below = ""  # the holder the last such line names, where they head the rows below
        written: dict[int, int] = {}  # row → how many of its identity cells it writes
        computed: list[int] = []  # rows of nothing but a template's computed values
        measured_at = -2  # the last row of a holder's measures in the point's column
        if t.head_post is not None:
            carry.update(zip(("department", "title", "person"), t.head_post, strict=True))
        if t.holder_rows:
            carry.update(t.holder_rows.get(t.row, {}))  # the first block's, typed in its header
        # no level column, the point's heading names the level ('高风险点'): each block's rows
        # have the level of the heading over them (the table pasted a block per level)
        heading_levels = "risk_level" not in roles and not points_by and t.header is not None
        head_level = _heading_level(t.header[1].get(pc, ""), self.config) if heading_levels else ""
        # no type column, the point's heading names the type ('思想道德风险点'): likewise
        heading_types = (
            "risk_type" not in roles
            and not t.type_ticks
            and t.header is not None
            # (several columns headed by types side by side: no one type of the rows)
            and sum(bool(_heading_type(v, self.config)) for v in t.header[1].values()) <= 1
        )
        head_type = _heading_type(t.header[1].get(pc, ""), self.config) if heading_types else ""
        if heading_types:
            said = {head_type} | {
                _heading_type(sh.rows[x][pc], self.config)
                for x in range(t.start, next_h)
                if x in self.repeated and pc < len(sh.rows[x])
            }
            said.discard("")
            # ('岗位职责风险点' over a whole list: any list's points, no type)
            heading_types = len(said) > 1 or bool(said - set(_GENERIC_TYPES))
            head_type = head_type if heading_types else ""
        by_row = self._points_by_row(t, next_h) if merged and "description" in roles else None
        # the level column is last year's or the one before ('2024年风险等级', '原等级'): a step
        # in the adjusted column moves it; else the level column is the level now
        lc_head = t.header[1].get(roles.get("risk_level", -1), "") if t.header else ""
        level_before = t.adjusted is not None and bool(_LEVEL_BEFORE.search(squeeze(lc_head)))
        banded = 0  # the rows a subtotal of their level closes start here
        closed_runs: list[tuple[str, str]] = []  # each footer's cell, what it gave ('第3–5行 一级')
        held_from = 0  # the rows a footer naming their holder closes start here
        held_runs: list[str] = []  # each such footer's cell
        bracketed: list[tuple[int, str]] = []  # rows whose measures closed the point's cell
        noted: list[tuple[int, str]] = []  # rows whose basis (how found) closed the point's cell
        clauses: list[tuple[int, str]] = []  # rows whose type or level closed the point's sentence
        r = t.start
        # the grid's row-label column: its levels down (types across), or its types down
        # (levels across, ``_type_rows_grid``)
        gc = (
            roles.get("risk_level")
            if t.type_points
            else roles.get("risk_type")
            if t.level_points and t.level_lines
            else None
        )
        while r < next_h:
            if r in self.repeated or r in self.skip:
                if (
                    heading_levels
                    and r in self.repeated
                    and pc < len(sh.rows[r])
                    and sh.rows[r][pc]
                ):
                    head_level = _heading_level(sh.rows[r][pc], self.config)  # (each block's own)
                if heading_types and r in self.repeated and pc < len(sh.rows[r]) and sh.rows[r][pc]:
                    head_type = _heading_type(sh.rows[r][pc], self.config)
                if t.head_post is not None and r in self.repeated and pc < len(sh.rows[r]):
                    # '财务部会计（钭璠漪）岗位廉洁风险点' heading the next post's rows
                    named = _post_in_heading(sh.rows[r][pc])
                    if named:
                        carry.update(zip(("department", "title", "person"), named, strict=True))
                if r in t.holder_rows:  # a copy of the header naming the next block's holder
                    carry.update(t.holder_rows[r])
                r += 1
                continue
            row = sh.rows[r]
            rl = len(row)
            if t.holder_steps and not (pc < rl and row[pc]) and self._lane_only_row(row, t):
                # '↓' in a lane, '开始', '结束', the applicant's '提交申请', a step with no point
                # ('公示：…'): the flow chart's drawing, no row (a step the point under it holds)
                # (an arrow or '结束' ends the step above: a point after it is no lane's)
                carry["_lanes"] = self._lane_step(r, t) or ("", "")
                r += 1
                continue
            if by_row is not None and r in by_row:
                # '工程变更' merged over rows of its forms, each with its own level and measures:
                # each form a point, the merged name their heading
                row = list(row)
                row[pc], row[roles["description"]] = row[roles["description"]], ""
                section = by_row[r]
            elif by_row is not None and section in by_row.values():
                section = None  # (past the merged name's rows)
            if r == t.start and _column_numbers(row):
                r += 1  # '1 | 2 | 3 | …' under the header: the columns' numbers, no row
                continue
            if seq is not None and seq < rl and row[seq] in _EXAMPLE:  # (cells come stripped)
                self.seen += 1  # '示例 | 办公室 | 主任 | 张三 | …': how to fill it in, not a risk
                self.reported += 1
                self.issues.append(make_issue("ROW_EXAMPLE", self.rel, grid.name, cell_ref(r, seq)))
                r += 1
                continue
            if (
                raw_rows
                and rl - row.count("") <= 8
                and self._point_holders_at(r, next_h) is not None
            ):
                break  # '岗位责任分工' and '姓名 | 职务 | 负责风险点序号': whose the points above are
            if (
                is_list
                and "person" not in roles
                and self._roster_header(r + (rl - row.count("") == 1))
            ):
                break  # '附：岗位人员名单' and '序号 | 股室 | 岗位 | 姓名': who holds the posts above
            if (
                is_list
                and raw_rows
                and _HOLDER_CODE.match(raw_rows[0].person or raw_rows[0].title)  # (cheap first)
                and self._code_table_head(r + (rl - row.count("") == 1))
                and all(_HOLDER_CODE.match(rr.person or rr.title) for rr in raw_rows)
            ):
                break  # '责任人代号：' and '代号 | 科室 | 岗位 | 姓名': who the codes above are
            if former is not None and former < rl:
                said = row[pc].strip() if pc < rl else ""
                if not said or said in _SAME_AS_BEFORE:
                    # '同左', '未调整', left empty: the point stands as it was
                    row = list(row) + [""] * max(0, pc + 1 - rl)
                    row[pc] = row[former]
                    rl = len(row)
            has_point = pc < rl and bool(row[pc])
            if not has_point and merged and (r, pc) in merged and t.start <= merged[(r, pc)][0] < r:
                # a point merged down over the rows of two posts (a shared risk): each row with
                # its own 序号, post or holder holds it too
                if r not in self.stacked and any(c < rl and row[c] for c in own_cols):
                    row = list(row)
                    row[pc] = sh.rows[merged[(r, pc)][0]][pc]
                    has_point = True
            for by in points_by:  # a point in another level's, type's or post's column
                if not (has_point and row[pc] not in _NOTHING):
                    has_point = any(c < rl and row[c] and row[c] not in _NOTHING for c in by)
            if has_point and t.outline is not None:
                oc, deepest = t.outline
                code = row[oc].strip() if oc < rl else ""
                depth = len(_OUTLINE_DOTS.split(code)) if _OUTLINE_CODE.match(code) else 0
                if 0 < depth < deepest and not any(
                    c < rl and row[c] for role, c in roles.items() if role in _POINT_DETAILS
                ):
                    # '1 | 预算股', '1.1 | 股长（瞿望川）' over '1.1.1 | 预算编制…': the 科室 and
                    # post of the points under them
                    _outline_node(row[pc].strip(), depth == deepest - 1, carry)
                    r += 1
                    continue
            if (
                has_point
                and row[pc][:1] in "（(一二三四五六七八九十"
                and _CN_ITEM.match(row[pc])
                and self._item_over_points(r, row, t)
            ):
                # '（一）“两违”治理' in the point's column over '1.…', '2.…' with their levels: a
                # work item heading its points, no point (its post and holder start here too)
                section = squeeze(_CN_ITEM.sub("", row[pc], count=1))
                known, unknown = self.config.types(section)
                if "risk_type" in roles:
                    pass  # (the rows give their own types)
                elif len(known) == 1 and not unknown and len(section) <= 10:
                    carry["_type"] = known[0]  # '（一）思想道德风险' over its points: their type
                    t.sections = True
                else:
                    carry.pop("_type", None)  # ('（二）资金管理': a work item, no type)
                for role, c in carry_cols:
                    v = row[c] if c < rl else ""
                    if v and carry.get(role) != v:
                        carry[role] = v
                        if role in resets:
                            _reset_below(carry, role, order)
                carry.pop("duty", None)
                r += 1
                continue
            if (
                gc is not None
                and raw_rows
                and gc < rl
                and _MEASURES_LABEL.fullmatch(squeeze(row[gc]))
            ):
                # '防控措施 | 1.…' merged across a grid's types (levels) under its rows: theirs
                said = "\n".join(v for c, v in enumerate(row) if v and c != gc)
                for rr in raw_rows:
                    if not rr.measures:
                        rr.measures = said
                r += 1
                continue
            if (
                t.point_measures
                and has_point
                and raw_rows
                and (raw_rows[-1].row == r - 1 or measured_at == r - 1)
                and _ITEM_LINE.match(row[pc])
                and not _ITEM_LINE.match(raw_rows[-1].risk_point)  # ('1.…', '2.…': points each)
                and not any(
                    c < rl and row[c]
                    for c in (*own_cols, *(roles.get(x) for x in ("risk_level", "risk_type")))
                    if c is not None
                )
            ):
                # '（1）…；' under '学生资助…' in the column of '风险点及防控措施': its measures
                prev = raw_rows[-1]
                prev.measures = f"{prev.measures}\n{row[pc]}" if prev.measures else row[pc]
                measured_at = r
                r += 1
                continue
            if (
                has_point
                and raw_rows
                and row[pc][:1] in "防预控措"
                and _MEASURES_ROW.match(row[pc])
            ):
                # '防控措施：⏎1.…⏎2.…' across the point's columns after a holder's points: the
                # measures of those of his points above that have none
                said = _MEASURES_ROW.sub("", row[pc], count=1).strip()
                prev = raw_rows[-1]
                # (the row is the holder's: his post or name cell written on it, or merged over it)
                his = any(
                    squeeze(
                        sh.rows[merged[(r, c)][0]][c]
                        if (r, c) in merged
                        else row[c]
                        if c < rl
                        else ""
                    )
                    in {squeeze(prev.title), squeeze(prev.person)} - {""}
                    for c in (roles[x] for x in ("title", "person") if x in roles)
                )
                if (
                    said
                    and his
                    and not said.startswith(("详见", "见附"))
                    and not any(
                        c < rl and row[c].strip()
                        for c in (roles.get("measures"), roles.get("risk_level"))
                        if c is not None
                    )
                ):
                    again = measured_at == r - 1  # ('整改措施：…' under his '防控措施：…' row)
                    for rr in reversed(raw_rows):
                        if (rr.title, rr.person) != (prev.title, prev.person):
                            break
                        if again:
                            rr.measures = f"{rr.measures}\n{said}" if rr.measures else said
                        elif not rr.measures:
                            rr.measures = said
                        else:
                            break
                    measured_at = r
                    r += 1
                    continue
            if (
                has_point
                and len(row[pc]) <= 8
                and ("任" in row[pc] or "前" in row[pc] or "后" in row[pc])
                and self._change_log_head(r)
            ):
                break  # '岗位 | 原任人员 | 现任人员 | 变动时间': who took over which post (run)
            if has_point and _heading_cell(row[pc]) and self._foreign_header(r, t):
                break  # the heading row of another table (a list of who is responsible …)
            if (
                second
                and raw_rows
                and not (has_point and seq is not None and seq < rl and row[seq])
                and all(not row[c] for c in range(rl) if c not in second.values())
            ):
                # '年度水利项目计划…不经集体研究' | '“三重一大”事项清单化管理…' under a record's
                # first row: its second row, the fields the header's second line names
                prev = raw_rows[-1]
                for role, c in second.items():
                    v = row[c].strip() if c < rl else ""
                    old = getattr(prev, role, "")
                    if v:
                        setattr(prev, role, f"{old}\n{v}" if old else v)
                r += 1
                continue
            if record_rows and raw_rows and self._record_goes_on(r, row, t, raw_rows[-1]):
                # '干部选拔任用' over '动议、考察环节搞个人说了算…' under one 序号, type and level
                # merged over both, the measures numbered on ('2.…'): a Word table's record
                # pasted over several rows, its point's name, then how it shows
                prev = raw_rows[-1]
                said = self._row_values(row, t)
                text = said.pop("risk_point", "").strip()
                if text and "description" not in roles:
                    prev.description = f"{prev.description}\n{text}" if prev.description else text
                _extend(prev, said)
                r += 1
                continue
            if (
                raw_rows
                and (above := sh.rows[r - 1]).count("")
                >= len(above) - 1  # (after a gap or a caption)
                and self._foreign_header(r, t)
            ):
                break  # '风险级别 | 对应序号 | 数量' under the rows after a gap: another table
            if (
                has_point
                and rl - row.count("") > 2
                and not row[pc].endswith((":", "："))  # '审核:' under the point: a sign-off
                and not self._maybe_tail(next(filter(None, row)))
            ):
                pass  # a plain data row: the common case, decided cheaply (in C)
            else:
                cols = sh.nonempty(r)
                if raw_rows and len(cols) == 1 and row[cols[0]][:2] in _FOOTER_STARTS:
                    said, fields = _footer_parts(row[cols[0]], self.config)
                    if fields and self._card_above(t.row):
                        fields = {}  # (a card's holder is the one named above it)
                    if said is not None:
                        # '以上为一级风险点（共3项）' closing a run of a list sorted by level
                        closed_runs += self._close_run(r, cols[0], said, raw_rows[banded:])
                        banded = len(raw_rows)
                    if fields:
                        # '以上风险点责任科室：…　责任岗位：…　责任人：…' under its holder's run
                        held_runs += self._hold_run(fields, raw_rows[held_from:], r, cols[0])
                        held_from = len(raw_rows)
                    if said is not None or fields:
                        r += 1
                        continue
                if (
                    len(cols) == 1
                    and (row[cols[0]][:2] in ("以下", "下列") or sh.kind(r) == "fields")
                    and _caption_holder_fields(row[cols[0]])
                    and self._data_after(r, next_h, pc)
                    and self._section(r, t, carry)
                ):
                    r += 1  # '以下风险点责任科室：…　责任人：…' over its holder's rows
                    continue
                if (
                    not has_point
                    and raw_rows
                    and (r, pc) in merged
                    and t.start <= merged[(r, pc)][0] <= raw_rows[-1].row
                    and all(first <= c <= last for c in cols)
                    and not any(_signoff_cell(row[c]) for c in cols)
                    # ('持卡人签字：' under the rows: a sign-off, no measure; '2.验收两人签字' is one)
                ):
                    # under a point merged down: its measures go on here, whatever the words
                    # ('2.验收两人签字…' is no sign-off line)
                    _extend(raw_rows[-1], self._row_values(row, t))
                    r += 1
                    continue
                if has_point and raw_rows and self._continues_above(r, row, t, raw_rows[-1]):
                    r += 1  # '…化整为零规避招标，' typed on into the row below: one point
                    continue
                k = sh.kind(r)
                if k == "total":
                    if "risk_level" not in roles and raw_rows and not points_by:
                        # '一级风险点小计 | 4个' closing a band of a list sorted by level: its rows',
                        # where it counts them (a tally of levels under a list counts others)
                        lv = caption_level(
                            re.sub(r"(小计|合计)$", "", squeeze(row[cols[0]])), self.config
                        )
                        said = [
                            int(m.group(0)) for c in cols[1:] if (m := _COUNT_NUMBER.match(row[c]))
                        ]
                        band = raw_rows[banded:]
                        if lv and said and said[0] == len(band):
                            for rr in band:
                                rr.risk_level = rr.risk_level or lv
                        banded = len(raw_rows)
                    r += 1
                    continue
                if k == "fields" and self._pairs_group(r, t, carry, next_h, pc):
                    r += 1  # '持卡人 | 璩湙岚 | 所在股室 | 站领导 | 职务 | 站长' over the rows
                    continue  # of a card stacked under the one heading with the others
                if k == "fields" and not is_list and has_point and self._holder_line(r, cols):
                    break  # '持卡人： | 柯雨萌' under a card: who holds it (``_tail``)
                if k == "other" and self._paragraph(r) and self._across_roles(r, pc, roles):
                    # one text merged across the point and its level or measures: a pledge or
                    # a note written across the form, not a risk point
                    if self._rows_follow(r, next_h, pc):
                        r += 1
                        continue
                    break
                if (
                    k in ("other", "fields")
                    and has_point
                    and cols == [pc]
                    and "department" not in roles
                    and self._dept_over_posts(r, next_h, pc)
                ):
                    # '办公室' alone in the point's column over '主任　阙知微' and his points: a
                    # tree in one column, the 科室 of the posts under it
                    self._section(r, t, carry)
                    r += 1
                    continue
                label = _section_label(sh, r, roles) if k != "blank" else None
                if label is not None:
                    section = label
                    carry.pop("duty", None)
                    r += 1
                    continue
                if k == "title" and len(cols) == 1:
                    # a caption inside the table: it heads the next table, or a group of rows
                    if self._precedes_header(r, next_h) or self._foreign_header(r + 1, t):
                        break  # ('重点监督清单' over a table of another kind)
                    if (
                        raw_rows
                        and _names_a_body(row[cols[0]].strip())
                        and not self._rows_follow(r, next_h, pc)
                    ):
                        # '中共XX区委党史研究室' under the rows, no rows right after: their stamp
                        if not any(x in self.repeated for x in range(r + 1, next_h)):
                            break
                        self._stamp(r)  # (another list of the same header below: it goes on)
                        r += 1
                        continue
                    if not raw_rows or self._data_after(r, next_h, pc):
                        self._section(r, t, carry)
                    # (else under the rows, none after: no group line, whatever it names —
                    # '…派驻审计局纪检监察组', who sent a notice)
                    r += 1
                    continue
                if k == "note" and (not has_point or len(cols) == 1):
                    if self._rows_follow(r, next_h, pc):
                        r += 1  # a note between the rows ('注:以上两项……'): the table goes on
                        continue
                    break  # a note alone on its row is never a risk point
                signer = (
                    self._block_signer(r, cols)
                    if not has_point and is_list and "person" not in roles
                    else ""
                )
                if not has_point and is_list and len(cols) == 1 and "person" not in roles:
                    pairs = roster_cell(row[cols[0]])
                    if pairs:
                        # '岗位人员：站长　常国栋；…' among the rows: who holds the posts of the rows
                        # above it since the last such line, or (the first line over the first
                        # rows) of the rows below each line
                        self.held_posts.update((name, post) for post, name in pairs)
                        for post, name in pairs:
                            roster_all.setdefault(squeeze(post), set()).add(name)
                        if rostered is None:
                            rostered = "below" if not raw_rows else "above"
                        if rostered == "above":
                            _roster_hold(raw_rows, roster_from, dict(pairs))
                        else:
                            _roster_hold(raw_rows, roster_from, roster_below)
                            roster_below = dict(pairs)
                        roster_from = r
                        r += 1
                        continue
                if signer and (below or not raw_rows):
                    # '岗位责任人：须景行' over the first rows: such lines name the holder of the
                    # rows below them
                    _hold(raw_rows, signed_from, below)
                    below, signed_from = signer, r
                    r += 1
                    continue
                if signer:
                    # '岗位责任人（签字）：扶鸣珂' under a post's rows: their holder signs for them
                    # (where they are one post's and name none of their own); the line closes
                    # them either way
                    _hold(raw_rows, signed_from, signer)
                    signed_from = r
                    r += 1
                    continue
                if (
                    k in ("fields", "other")
                    and len(cols) == 1
                    and not has_point
                    and self._fields_group(r, t, carry, next_h, pc)
                ):
                    r += 1  # '岗位:党建办主任　　责任人:龙梅' across the table over its rows
                    continue
                # a filled risk point makes a row data, whatever its first cell says
                bare_label = (
                    k == "fields"
                    and is_list
                    and len(cols) == 1
                    and ":" not in row[cols[0]]
                    and "：" not in row[cols[0]]
                )  # '站所' alone over rows of a list: a group line, no field
                if (
                    k == "signoff"
                    and not has_point
                    and t.is_list  # (now: a caption above may have made it a list of runs)
                    and (self._rows_follow(r, next_h, pc) or self._rows_resume(r, next_h, t))
                ):
                    # '科室负责人（签字）：…' after one 科室's rows, the next 科室's rows under it:
                    # the list goes on
                    r += 1
                    continue
                if (k == "review" and not (has_point and self._leveled(row, t))) or (
                    not has_point
                    and k in ("note", "title", "unit", "fields", "signoff")
                    and not bare_label
                ):
                    break
                if k == "signoff" and has_point and not self._datalike(r, t):
                    if is_list and self._rows_resume(r, next_h, t):
                        r += 1  # '填表人： | 审核人：' and rows added under it after review
                        continue
                    break
                if (
                    has_point
                    and k in ("fields", "signoff", "other")
                    and self._signer_pairs(r)
                    and self._signs_above(r, next_h)
                ):
                    self.closed.add(r)
                    break  # '自查人（签名）： | 昝蔓汀 | 所在科室： | 救助科 | …' across the table
                if (
                    k == "unit"
                    and has_point
                    and (row[pc].rstrip().endswith((":", "：")) or _is_signoff_label(_key(row[pc])))
                ):
                    break  # '填报单位(盖章):… | 书记(签字):' under the table, a label in the point's place
                if (
                    k == "fields"
                    and self._starts_with_field(r)
                    and self._precedes_header(r, next_h)
                ):
                    break  # '姓名 | 李四' just above the next header: the next form's preamble
                if k in ("blank", "page"):
                    if k == "blank" and self._precedes_header(r, next_h):
                        break  # the next card's preamble ('职权名称 | …', '承办科室:…') follows
                    r += 1
                    continue
                if not has_point and is_list and self._section(r, t, carry):
                    r += 1
                    continue
                caption = None if has_point else self._numbered_caption(r, pc, content)
                if caption:
                    section = caption  # '2.预算编制' over the rows of that part
                    carry.pop("duty", None)
                    r += 1
                    continue
                if not any(c != seq and first <= c <= last for c in cols):
                    self._outside(r, cols, t)
                    r += 1
                    continue
            if t.answer is not None and t.answer < rl and squeeze(row[t.answer]) in _NO_ANSWER:
                r += 1  # '否', '不涉及' under '本岗位是否存在': the list's row does not apply
                continue
            if t.point_boxes and has_point:
                box = row[pc].lstrip()[:1]
                if box in _BOX_EMPTY:
                    r += 1  # '□…' left unticked in a list to tick: none of the holder's points
                    continue
                if box in _BOX_TICKED:
                    row = list(row)  # '☑…', '√…': the holder's point, the box no part of it
                    row[pc] = row[pc].lstrip()[1:].lstrip()
            deleted = (
                t.revised is not None
                and t.revised < rl
                and squeeze(row[t.revised]).strip("。.()（）") in _DELETED
            )
            if (rl > last + 1 and any(row[last + 1 :])) or (first and any(row[:first])):
                self._outside(r, sh.nonempty(r), t)
            if len(row[pc] if has_point else "") <= 6 and self._nothing(row, t):
                row = self._next_group(row, t) if t.across else None
                if row is None:
                    r += 1  # '无': nothing to report, even beside a post and its holder
                    continue
                rl, has_point = len(row), True
            elif (
                t.across
                and (not has_point or label_key(row[pc]) in _NOTHING)
                and (moved := self._next_group(row, t)) is not None
            ):
                row, has_point = moved, True  # a blank or '/' first group, a later one's point
                rl = len(row)
            if has_point and row[pc][:1] in "(（【[" and _hint_row(row):
                r += 1  # '（填写股室名称）| （填写岗位名称）| …': the template's hint, left in
                continue
            values = dict(
                zip(names, getter(row if rl >= width else row + [""] * (width - rl)), strict=True)
            )
            if not _BLANK_ITEMS.isdisjoint(values.values()):
                for role in ("person", "title", "department"):
                    if values.get(role) in _BLANK_ITEMS:
                        values[role] = ""  # '(空白)': a pivot table's item for cells left blank
            pending: dict[str, list[str]] = {}
            for role, more in t.extra.items():
                if role in values:
                    # a further column's cell merged down among the rows repeats its top cell
                    extras = [
                        (row[c] if c < rl else "") or self._merged_below(r, c, t) for c in more
                    ]
                    if values[role]:
                        values[role] = "\n".join(p for p in (values[role], *extras) if p)
                    elif any(extras):
                        pending[role] = extras  # joined once the first column's cell is known
            # '同上' repeats the cell above, as a merge would
            if not _DITTO.isdisjoint(values.values()):
                for role in values:
                    if values[role] in _DITTO and role != "risk_point":
                        values[role] = "" if role in carried else last_values.get(role, "")
            # a cell merged down repeats its top cell's value
            for role, c in carry_cols:
                v = values[role]
                if v:
                    if carry.get(role) != v:
                        carry[role] = v
                        if role in resets:  # a new 科室, post, holder or duty starts afresh
                            for lower in cleared[role]:
                                carry.pop(lower, None)
                elif (r, c) in merged:
                    top = merged[(r, c)]
                    values[role] = carry[role] = sh.rows[top[0]][top[1]].strip()
                    if role in pending:  # '詹雨桐' merged under B角 beside the A角's merge
                        values[role] = "\n".join(p for p in (values[role], *pending[role]) if p)
                elif role == "person" and written_out:
                    carry.pop("person", None)  # names written on every row: a blank names no one
                elif role == "person" and carry.get("person") and self._collective(r, t):
                    values[role] = ""  # a meeting's step: no one holds it; the rows below go on
                else:
                    values[role] = carry.get(role, "")
            if fill_cols:
                for role, c in fill_cols:
                    if not values[role] and (r, c) in merged:
                        top = merged[(r, c)]
                        if top[1] == c and top[0] >= t.start:  # merged down among the rows
                            values[role] = sh.rows[top[0]][top[1]]
            if span_post is not None and (r, span_post[1]) in merged:
                top = merged[(r, span_post[1])]
                if (
                    top[1] == span_post[0]
                    and values.get("department") == values.get("title")
                    and not _dept_like(values.get("department", ""))  # '办公室' stays a 科室
                ):
                    values["department"] = (
                        ""  # '全体干部职工' across 科室 and 岗位: a post, no 科室
                    )
            if t.level_said and values.get("risk_level"):
                # '二级风险点，科室每季度自查一次' in the 备注 a note names: the level it names
                values["risk_level"] = self._level_named(values["risk_level"])
            if t.sections:
                lead = carry.get("_lead")
                if lead and not any(values.get(x) for x in ("department", "title", "person")):
                    values["title"], values["person"] = lead  # the group line's own rows
                for role in (
                    "unit",
                    "department",
                    "title",
                    "person",
                ):  # a group line's, not a column's
                    if role not in roles and role in carry:
                        values[role] = carry[role]
                if "_level" in carry:
                    values["risk_level"] = carry["_level"]
                if "_tier" in carry and "tier" not in roles:
                    values["tier"] = carry["_tier"]  # under '二、中层干部': the middle tier
                if "_type" in carry:
                    values["risk_type"] = carry["_type"]
                held = carry.get("_holders")
                if held and not values.get("person") and squeeze(values.get("title", "")) in held:
                    values["person"] = held[squeeze(values["title"])]  # named on the group line
            if head_level and not values.get("risk_level"):
                values["risk_level"] = head_level
            if head_type and not values.get("risk_type"):
                values["risk_type"] = head_type
            if t.type_ticks:  # marks under 思想道德 / 制度机制 / 岗位职责
                marked = [
                    c
                    for c in t.type_ticks
                    if c < rl and _ticked(row[c]) and row[c].strip() not in t.blank_marks
                ]
                values["risk_type"] = "、".join(t.type_ticks[c] for c in marked)
                if t.type_levels and marked and not values.get("risk_level"):
                    values["risk_level"] = row[marked[0]].strip()  # '中' under 制度机制
            if t.type_level_ticks:  # a tick under 高 in the 制度机制风险 band: its type and level
                values["risk_type"], values["risk_level"] = self._grid_ticked(
                    row, t.type_level_ticks
                )
                lc = t.ticks_level_col
                if lc is not None and lc < rl and row[lc].strip():
                    self._ticks_beside_level(r, lc, row[lc].strip(), values)
            if post_ticks and t.holder_steps:  # the step in the lane of the holder doing it
                if said_step := self._lane_step(r, t):
                    carry["_lanes"] = said_step
                # (a step's further point on a row of its own, its lane left blank: the step's)
                values["title"], values["workflow"] = carry.get("_lanes", ("", ""))
            elif post_ticks and t.holder_measures:  # each holder's measures under him, '/' none
                said = {c: self._holder_cell(r, c) for c in post_ticks}
                values["title"] = "\n".join(post_ticks[c] for c, v in said.items() if v)
                values["measures"] = "\n".join(dict.fromkeys(v for v in said.values() if v))
            elif post_ticks:  # a mark under the post that holds the row (a copy of it each)
                values["title"] = "\n".join(
                    v
                    for c, v in post_ticks.items()
                    if c < rl and _ticked(row[c]) and row[c].strip() not in t.helper_marks
                )
            if t.level_criteria:  # ticks under 涉及重大决策 | 涉及资金资源 | …: their count's level
                n_ticks = sum(1 for c in t.level_criteria if c < rl and _ticked(row[c]))
                values["risk_level"] = self._criteria_levels.get(n_ticks, "") if n_ticks else ""
            if t.level_factors:  # 发生概率 | 危害程度: the level the two make
                values["risk_level"] = self._matrix_level(row, t.level_factors)
            if t.level_scores:  # L | E | C and a note's bands of their product
                values["risk_level"] = self._scored_level(row, r, t.level_scores)
            if t.level_series:  # 一季度 | 二季度 | 三季度: the latest quarter's level
                said = [row[c] for c in t.level_series if c < rl and row[c]]
                said = [v for v in said if label_key(v) not in _NOTHING]
                latest = next((v for v in reversed(said) if v.strip() not in _KEEP_LEVEL), "")
                values["risk_level"] = latest  # ('不变' in the last: the level before stands)
            if t.level_types:  # 高 | 中 | 低 under 风险类型及等级: the type, in its level's column
                said_at = {
                    c: ((row[c] if c < rl else "") or self._merged_below(r, c, t)).strip()
                    for c in t.level_types
                }  # (a type merged down over a post's points is each point's)
                filled = [c for c, v in said_at.items() if v and v not in _NOTHING]
                values["risk_type"] = "、".join(said_at[c] for c in filled)
                values["risk_level"] = t.level_types[filled[0]] if len(filled) == 1 else ""
            if (
                t.level_measures
            ):  # 一级风险 | 二级风险 | 三级风险 under 分级防控措施: the filled one
                filled = [
                    c
                    for c in t.level_measures
                    if c < rl and row[c].strip() and row[c].strip() not in _NOTHING
                ]  # ('/', '—', '无' in the other levels' columns: nothing)
                values["measures"] = "\n".join(row[c].strip() for c in filled)
                values["risk_level"] = t.level_measures[filled[0]] if len(filled) == 1 else ""
            if t.stage_col is not None and values.get("measures"):
                # '事前 | 征集文物由专家组评估定价。': the stage kept with its measure
                values["measures"] = _with_stage(row, t.stage_col, values["measures"])
            if t.type_measures:  # 思想道德风险 | 制度机制风险 | … under 分类防控措施: the filled
                filled = [
                    c
                    for c in t.type_measures
                    if c < rl and row[c].strip() and row[c].strip() not in _NOTHING
                ]
                values["measures"] = "\n".join(row[c].strip() for c in filled)
                values["risk_type"] = "、".join(t.type_measures[c] for c in filled)
            if t.measure_kinds:  # ticks under 人防 | 制防 | 技防 | 群防: the kinds ticked
                values["measures"] = self._kinds_ticked(row, r, t)
            if t.score_ticks:  # a mark under 1 | 2 | 3 | 4 | 5: the level of its score
                values["risk_level"] = self._score_tick_level(r, t)
            if t.level_votes:  # votes under 高 | 中 | 低: the grade with the most
                values["risk_level"] = self._voted_level(row, r, t)
            elif t.ticks:  # a mark under 一级 / 二级 / 三级
                values["risk_level"] = next(
                    (
                        lv
                        for c, lv in t.ticks.items()
                        if c < rl and _ticked(row[c]) and row[c].strip() not in t.blank_marks
                    ),
                    "",
                )
            if t.adjusted is not None and t.adjusted < rl and row[t.adjusted]:
                said = _ADJ_TO.sub("", row[t.adjusted].strip())
                step = _LEVEL_STEP.search(said)
                set_to = _SET_TO.search(said)
                if said not in _KEEP_LEVEL and self.config.level(said):
                    values["risk_level"] = said  # '调整后等级' filled: the level now ('降为Ⅲ级')
                elif set_to and self.config.level(set_to.group(1)):
                    values["risk_level"] = set_to.group(1)  # '本年新增，定为二级'
                elif step and (level_before or _STEP_FROM.search(said)):
                    # '上调一级' from last year's '二级' ('2024年风险等级'), or from the level the
                    # cell names ('由三级上调一级'): a step, the level now one higher
                    start = _STEP_FROM.search(said)
                    level = start.group(1) if start else values.get("risk_level", "")
                    before = self.config.level(level)
                    if before in _LEVELS_DOWN:
                        k = _LEVELS_DOWN.index(before)
                        k += (
                            -_STEPS.get(step.group(2), 1)
                            if step.group(1) in _UP
                            else _STEPS.get(step.group(2), 1)
                        )
                        values["risk_level"] = _LEVELS_DOWN[max(0, min(2, k))]
                # ('/', '不变', '维持' keep the level assessed before)
            get = values.get
            last_values = values
            numbered: list[dict[str, str]] = []
            if "\n" in get("title", "") or get("title", "").endswith(("）", ")")):
                shared = self._posts_with_levels(get("title", ""))
                if shared and not get("risk_level"):
                    # '理事长（高）⏎副理事长（中）': the row's point is each post's, at its level
                    values["title"], values["risk_level"] = shared[0]
                    numbered = [{"title": p, "risk_level": lv} for p, lv in shared[1:]]
            unnamed = False
            if has_point and t.point_quoted:
                named = _points_named(values["risk_point"], t.point_quoted == "measures")
                if named:
                    # '针对“补贴机具核验不到现场”的风险：…' with no point column: the point the
                    # measures cell names, then its measures (a cell naming several: one each)
                    (values["risk_point"], values["measures"]), *more = named
                    numbered = [*numbered, *({"risk_point": p, "measures": m} for p, m in more)]
                elif t.point_quoted == "measures":
                    unnamed = True  # measures naming no point: reported, no point made up
            if has_point and t.point_aimed:
                aimed = _aimed_parts(values["risk_point"])
                if aimed:
                    # '…评审结果公示，防止降低准入门槛引进不达标项目。' under '廉政风险防控要点':
                    # the measures, then the point they guard against (one per sentence)
                    (values["risk_point"], said), *more = aimed
                    own = get("measures", "").strip()
                    values["measures"] = f"{said}\n{own}" if own and said else said or own
                    numbered = [*numbered, *({"risk_point": p, "measures": m} for p, m in more)]
                else:
                    # no guard word (or several in one sentence): the cell stays whole, and
                    # the sender is told
                    self.issues.append(
                        make_issue("POINT_GUARD_WORD_MISSING", self.rel, grid.name,
                                   cell_ref(r, pc), value=squeeze(values["risk_point"])[:30])
                    )  # fmt: skip
            if has_point and t.point_required and not get("measures"):
                required = _seamed_parts(values["risk_point"])
                if required:
                    # '…个人说了算，应经馆务会集体研究，…' under '廉政风险点及防控要求': the point,
                    # then its requirement from the modal word on (one per sentence)
                    (values["risk_point"], values["measures"]), *more = required
                    numbered = [*numbered, *({"risk_point": p, "measures": m} for p, m in more)]
                else:
                    # no '，应' (or nothing certain before it): the cell stays whole, and the
                    # sender is told
                    self.issues.append(
                        make_issue("POINT_REQUIREMENT_MISSING", self.rel, grid.name,
                                   cell_ref(r, pc), value=squeeze(values["risk_point"])[:30])
                    )  # fmt: skip
            if has_point and ("策" in values["risk_point"] or "措施" in values["risk_point"]):
                m = _INLINE_MEASURES.search(values["risk_point"])
                if (
                    m
                    and m.start() >= 4
                    and "\n" not in values["risk_point"][: m.start()]
                    and not _INLINE_MEASURES.search(m.group(2))
                    and not _LATER_ITEM.search(m.group(2))
                    and not (
                        _ITEM_START.match(values["risk_point"]) and _NEXT_ITEM.search(m.group(2))
                    )
                ):  # (a cell of several lines, a point and its measures each: kept whole; a
                    # second numbered point or a '风险等级：' line after them too)
                    said, rest = values["risk_point"][: m.start()].strip(), m.group(2).strip()
                    own = _bare(get("measures", ""))
                    if not own or _bare(rest) == own or _bare(rest) in own:
                        # '风险点。对策：…' pasted from last year's list: the point, then its
                        # measures (the row's own, where it has them)
                        values["risk_point"] = said.rstrip("。；;，,")
                        if not own:
                            values["measures"] = rest
            if (
                has_point
                and values["risk_point"].rstrip().rstrip("。；;").endswith(("）", ")"))
                and ("措" in values["risk_point"] or "策" in values["risk_point"])
            ):
                self._measures_in_bracket(values, r, pc, bracketed)
            if (
                has_point
                and values["risk_point"].rstrip().rstrip("。；;").endswith(("）", ")"))
                and _NOTE_LABEL_WORDS.search(values["risk_point"][-40:])
            ):
                got = _note_bracket(values["risk_point"])
                if got is not None:  # '…（依据：《…条例》）', '…（查找方式：领导点）'
                    values["risk_point"], said = got
                    values["description"] = _joined(values.get("description", ""), said)
                    noted.append((r, said))
            if has_point and t.point_holders and not get("person"):
                # '…低价发包给亲友（鄢璟琤）' with no 姓名 column: the point, then who holds it
                m = _TAIL_NAMES.search(values["risk_point"])
                held = _names_in(m.group(1)) if m else []
                if held:
                    values["risk_point"] = values["risk_point"][: m.start()].rstrip()
                    values["person"] = held[0]
                    numbered = [*numbered, *({"person": n} for n in held[1:])]
            if has_point and not get("risk_level") and get("risk_type", "").endswith(("）", ")")):
                # '业务流程（高）' under '风险类型', no level column: the type, and its level
                m = _TYPE_LEVEL.match(get("risk_type"))
                if m and self.config.level(m.group(2)) and not _BARE_NUMERAL.match(m.group(2)):
                    values["risk_type"], values["risk_level"] = m.group(1).strip(), m.group(2)
            if has_point and "\n" in values["risk_point"] and "案" in values["risk_point"]:
                # '…纳入低保⏎【以案说险】2023年，某镇…受到处分。': the point, then a case told of it
                m = _CASE_LINE.search(values["risk_point"])
                if m and values["risk_point"][: m.start()].strip():
                    values["risk_point"] = values["risk_point"][: m.start()].strip()
            if (
                has_point
                and "\n" in values["risk_point"]
                and _HAS_FORMER.search(values["risk_point"])
            ):
                m = _FORMER_AND_NOW.match(values["risk_point"])
                now = _REASON_LINE.split(m.group(1), maxsplit=1)[0].strip() if m else ""
                if now and not now.startswith("已"):  # ('现：已建立…制度': the fix, no risk)
                    values["risk_point"] = now  # '原：…⏎现：…' revised this year: as it is now
            if has_point and values["risk_point"].rstrip().endswith(("）", ")")):
                m = _STATUS_TAIL.search(values["risk_point"])
                if m and m.start() >= 4:
                    # '…套取资金（新增）': this year's status of the point, no part of it
                    values["risk_point"] = values["risk_point"][: m.start()].rstrip()
            if has_point and t.point_areas:
                # '工程发包方面：授意将项目肢解发包…': the area of the work, then the point
                m = _AREA_PREFIX.match(values["risk_point"])
                if m and "\n" not in values["risk_point"].strip():
                    values["risk_point"] = m.group(2)
                    area = m.group(1).removesuffix("方面")
                    known, unknown = self.config.types(area)
                    if known and not unknown:  # '思想道德风险方面：…': the point's type
                        values["risk_type"] = get("risk_type") or area
                    elif not get("workflow"):
                        values["workflow"] = m.group(1)
            if has_point and t.point_posts and not get("title"):
                # '保管员：出库时以陈粮顶替…' with no 岗位 column: the post, then its point; a cell of
                # several such lines ('窗口受理员：…⏎民政专干：…') a point of each line's post
                lines = [x.strip() for x in values["risk_point"].split("\n") if x.strip()]
                posted = [_POST_COLON.match(x) for x in lines]
                if len(lines) > 1 and all(m and _a_named_post(squeeze(m.group(1))) for m in posted):
                    each = [(squeeze(m.group(1)), m.group(2).strip()) for m in posted if m]
                    values["title"], values["risk_point"] = each[0]
                    # (a 责任人 of the row holds its first post's line, not the others')
                    others = {"person": ""} if get("person") else {}
                    numbered = [
                        *numbered,
                        *({"title": ttl, "risk_point": txt, **others} for ttl, txt in each[1:]),
                    ]
                else:
                    m = _POST_COLON.match(values["risk_point"])
                    if m and _a_named_post(squeeze(m.group(1))):
                        values["title"], values["risk_point"] = squeeze(m.group(1)), m.group(2)
            if has_point and t.point_tag:
                # '【低保资格审核】对收入超标的家庭…' where a note or the heading says the bracket
                # holds the point: the bracket's short name, then how it shows
                dept = get("department", "") if "department" in t.roles else None
                parts = _tag_parts(values["risk_point"], self.config, dept)
                if parts:
                    own = get("description", "").strip()
                    values["risk_point"] = parts[0]
                    values["description"] = (
                        parts[1] if not own or own == parts[1] else f"{parts[1]}\n{own}"
                    )
            if has_point and t.point_dash and not get("description"):
                # '征地拆迁补偿——虚报拆迁面积…' under '风险点及表现形式': the point, then how it shows
                head, dash, rest = values["risk_point"].partition("——")
                if dash and head.strip() and rest.strip() and len(head.strip()) <= 24:
                    values["risk_point"], values["description"] = head.strip(), rest.strip()
            if has_point and t.point_shows and not get("description"):
                # '财政资金分配个人说了算，主要表现为…' under '廉政风险点及主要表现': the point,
                # then how it shows, parted by the words that say so
                if t.point_shows.startswith("mark:"):
                    parts = _mark_split(values["risk_point"], t.point_shows[5:])
                else:
                    parts = _shows_split(values["risk_point"], t.point_shows == "sentences", 60)
                if parts:
                    values["risk_point"], values["description"] = parts
            if has_point and t.point_colon and not t.point_quoted and not get("description"):
                # '补贴机具核验：不到现场核验机具即签字确认…' under a plain '廉政风险点', most cells
                # so written: the short name is the point, the rest how it shows
                parts = _colon_parts(values["risk_point"], self.config)
                if parts:
                    values["risk_point"], values["description"] = parts
            parts: dict[str, str] | None = None
            more: list[dict[str, str]] = []  # a numbered cell's later points, closing alike
            by_clause = False
            if has_point and "\n" in values["risk_point"] and _has_colon(values["risk_point"]):
                pairs = _numbered_pairs(values["risk_point"]) or []
                if pairs and not get("measures") and not numbered:
                    # '风险点1：…⏎防控措施1：…⏎风险点2：…': a point each, with its own measures
                    values.update(pairs.pop(0))
                    numbered = pairs
                parts = _labelled_lines(values["risk_point"])
            if has_point and not parts and not numbered:
                # '…走过场，属岗位职责风险，风险等级为一级。': the type and level given in clauses
                # closing the point's sentence (a numbered line each, where every line closes so)
                got = _closing_clauses(values["risk_point"], self.config)
                if got:
                    parts, more, by_clause = got[0], got[1:], True
            if (
                parts
                and values["risk_point"].lstrip().startswith(parts["risk_point"])
                and any(
                    get(x) and not _same_field(x, get(x), v, self.config if by_clause else None)
                    for said in (parts, *more)
                    for x, v in said.items()
                    if x != "risk_point"
                )
            ):
                # the point first, then '风险等级：低' where the level column says 高: which
                # is meant is unsaid, the cell stays whole (nothing written is dropped)
                parts = None
            if parts and not any(get(x) for x in parts if x in ("measures", "description")):
                # (where the measures' own column is filled, the cell stays whole; a level or
                # a type written in it too keeps the column's)
                # '风险点：…⏎防控措施：…' in one cell: each labelled line is its own column's
                if by_clause:
                    clauses.append((r, _clause_example(values["risk_point"], parts)))
                    numbered = [
                        {
                            "risk_point": said["risk_point"],
                            **{x: get(x) or said.get(x, "") for x in ("risk_type", "risk_level")},
                        }
                        for said in more
                    ]
                values["risk_point"] = parts.pop("risk_point")
                for role, text in parts.items():
                    if not get(role):
                        values[role] = text
            if has_point and not numbered and "；" in values["risk_point"] and self._split_by(t):
                # '廉政风险点（同一等级的多个风险点用“；”隔开）': a point each, its measures
                # parted the same way where they are as many
                points = [x.strip() for x in re.split(r"[；;]", values["risk_point"]) if x.strip()]
                if len(points) > 1:
                    # the measures, levels and types parted the same way, where as many
                    each = {}
                    for role in ("measures", "risk_level", "risk_type"):
                        said = [x.strip() for x in re.split(r"[；;]", get(role) or "") if x.strip()]
                        if len(said) == len(points):
                            each[role] = said
                    values["risk_point"] = points[0]
                    values.update({role: said[0] for role, said in each.items()})
                    numbered = [
                        {"risk_point": x, **{role: said[i] for role, said in each.items()}}
                        for i, x in enumerate(points[1:], 1)
                    ]
            if (
                has_point
                and not numbered
                and not t.point_lines
                and values["risk_point"][:1] in _ORDINAL_FIRST
                and not self._point_and_measures(t)
                and "\n" not in values["risk_point"]
            ):
                parts = _inline_items(values["risk_point"])
                if parts:
                    # '一是…；二是…；三是…。' in one cell, as a report's prose lists them: a point
                    # each, the row's level, type and measures theirs (or each its own, where
                    # they are parted alike)
                    each = {}
                    for role in ("measures", "risk_level", "risk_type"):
                        text = (get(role) or "").strip()
                        # (measures by ordinals of their own only: '…；…' may all be the row's)
                        said = _inline_items(text) or (
                            [x.strip() for x in re.split(r"[；;]", text) if x.strip()]
                            if role != "measures"
                            else []
                        )
                        if len(said) == len(parts):
                            each[role] = said
                    values["risk_point"] = parts[0]
                    values.update({role: said[0] for role, said in each.items()})
                    numbered = [
                        {"risk_point": x, **{role: said[i] for role, said in each.items()}}
                        for i, x in enumerate(parts[1:], 1)
                    ]
            if has_point and t.point_bracket and not get(bracket_into):
                m = _CLOSING_BRACKET.match(values["risk_point"])
                said = m.group(2).strip() if m else ""
                if (
                    m
                    and _balanced(said)
                    and not self.config.level(said)
                    and not (
                        len(said) <= 3 and looks_like_name(said) and not _POINT_WORDS.search(said)
                    )
                    and not self.config.types(said)[0]
                ):  # '竣工验收监督（参加验收不到现场…）' under '…（括号内注明主要表现）' ('（二级）',
                    # '（阙知微）' say a level, a holder: they stay as they were read)
                    if t.point_bracket == "risk_point":  # (the point in the bracket)
                        values["risk_point"], values["description"] = said, m.group(1)
                    else:
                        values["risk_point"], values[t.point_bracket] = m.group(1), said
            if has_point and "措施" in values["risk_point"][-24:]:
                ref = _MEASURE_REF.search(values["risk_point"])
                if ref and ref.start() > 0:
                    # '…集体研究（对应措施2、3）' under a holder's numbered measures written once:
                    # the point before the bracket, the items it names its measures
                    values["risk_point"] = values["risk_point"][: ref.start()].rstrip()
                    items = _numbered_items(get("measures") or "")
                    said = ref.group(1) or ref.group(2)
                    wanted = [items[n] for n in number_list(said, widest=30) if n in items]
                    if wanted:
                        values["measures"] = "\n".join(wanted)
            if has_point and t.point_arrow and not get("measures"):
                parts = _arrow_parts(values["risk_point"])
                if parts:
                    # '养护材料进场验收把关不严→材料逐车过磅，…' under '风险点及防控措施': the
                    # point before the arrow, its measures after it
                    values["risk_point"], values["measures"] = parts
                elif len(_ARROW.findall(values["risk_point"])) > 1:
                    # '受理→审核→办结环节…→…': which arrow parts point and measures is not
                    # certain: the cell stays whole, and the sender is told
                    self.issues.append(
                        make_issue(
                            "POINT_ARROWS_UNCLEAR",
                            self.rel,
                            grid.name,
                            cell_ref(r, pc),
                            value=values["risk_point"][:30],
                        )
                    )
            if has_point and t.point_lines and not get(t.point_lines):
                split = _head_and_lines(values["risk_point"])
                if split and not (split[2] and get("measures")):
                    # '公款吃喝⏎（1）…；⏎（2）…。' under '风险点及防控措施': the point, its measures
                    values["risk_point"] = split[0]
                    values["measures" if split[2] else t.point_lines] = split[1]
                    shows = _SHOWS_LINE.search(values["risk_point"])
                    if shows and shows.start() > 0 and not get("description"):
                        # '…⏎表现形式：…' between the point and its measures: how it shows
                        head = values["risk_point"][: shows.start()].strip()
                        values["risk_point"], values["description"] = head, shows.group(1).strip()
            if (
                has_point
                and _BULLET.match(values["risk_point"])
                and self._bullets_unclear(t, values)
            ):
                # '●…⏎●…⏎●…' under '风险点及防控措施', no line before the bullets: several points,
                # or one and its measures, is not certain: the cell stays whole, and the sender is told
                self.issues.append(
                    make_issue(
                        "POINT_BULLETS_UNCLEAR",
                        self.rel,
                        grid.name,
                        cell_ref(r, pc),
                        value=values["risk_point"].split("\n")[0][:30],
                    )
                )
            if has_point and values["risk_point"][:1] in "【〔[［" and "department" not in roles:
                tag = _DEPT_TAG.match(values["risk_point"])
                named = caption_identity(tag.group(1)) if tag else None
                if tag and named is not None and named[0] == "department":
                    # '【教务处】学籍变更审核把关不严' with no 科室 column: the row's 科室, then
                    # its point ('【立案环节】', a stage, stays)
                    values["department"] = named[1]
                    values["risk_point"] = values["risk_point"][tag.end() :].strip()
            if has_point and not get("risk_type") and _has_colon(values["risk_point"][:12]):
                m = _TYPE_PREFIX.match(values["risk_point"])
                if m and _full_type(m.group(1), self.config):
                    # '思想道德风险：理想信念淡化,……': the point's type, then the point
                    values["risk_type"], values["risk_point"] = m.group(1), m.group(2)
            if not has_point:
                measures_col = roles.get("measures")
                if (
                    raw_rows
                    and measures_col is not None
                    and measures_col < rl
                    and row[measures_col]
                    and all(not v for c, v in enumerate(row) if c != measures_col)
                    and sh.kind(r - 1) != "blank"
                    and (
                        (_ITEM.match(row[measures_col]) and _ITEM.match(raw_rows[-1].measures))
                        or raw_rows[-1].measures.rstrip().endswith(("，", ",", "、", "；", ";"))
                    )
                ):  # (numbered on, as the measures above it are, or a sentence going on)
                    # '2.发包方案经所务会集体研究…' alone on the next row: the measures go on
                    _extend(raw_rows[-1], {"measures": row[measures_col]})
                    r += 1
                    continue
                if (r, pc) in merged and raw_rows and merged[(r, pc)][0] <= raw_rows[-1].row:
                    # the point merged over several rows: this row adds to its texts
                    _extend(raw_rows[-1], values)
                    r += 1
                    continue
                if self._group_row(r, t, next_h):
                    r += 1  # '1 | 侦查监督科 | 科长 | 尚文斌' over the points 1-1, 1-2 of that post
                    continue
                if gc is not None and _grid_row_empty(row, gc, self.config):
                    r += 1  # '业务流程风险 | / | / | /': none of that type (level), no blank point
                    continue
                if (aside := self.aside.get(t.row)) and all(
                    not v or c in aside or c in own_cols or c in order_cols
                    for c, v in enumerate(row)
                ):
                    r += 1  # a safety hazard of the holder's and no integrity point: said once
                    continue
                self.seen += 1
                self.reported += 1
                if self._computed_only(row, t):
                    computed.append(r)  # a template row's formulas running on: reported once
                    r += 1
                    continue
                self.issues.append(make_issue("POINT_BLANK", self.rel, grid.name, cell_ref(r, pc)))
            elif deleted:
                # '删除' under '修订情况': a point struck out this round, no risk point now (its
                # post and holder still carry down to the rows below)
                self.seen += 1
                self.reported += 1
                self.issues.append(
                    make_issue("ROW_DELETED", self.rel, grid.name, cell_ref(r, t.revised),
                               field=squeeze(t.header[1].get(t.revised, "")) if t.header else "",
                               value=squeeze(row[t.revised]))
                )  # fmt: skip
            elif unnamed:
                # a measures cell of a table with no point column that names no point: the row is
                # reported, its measures not made a point of
                self.seen += 1
                self.reported += 1
                said = squeeze(row[pc])
                self.issues.append(
                    make_issue("POINT_NOT_NAMED", self.rel, grid.name, cell_ref(r, pc),
                               value=said if len(said) <= 20 else said[:20] + "…")
                )  # fmt: skip
            elif (
                raw_rows
                and not numbered
                and not (t.level_points or t.type_points or t.per_column or t.across)
                and self._point_again(raw_rows[-1], r, values, t)
            ):
                # the point, its post, type and level written out again on the next row with
                # another measure ('1 | 馆长 | … | 指定供应商 | 一级 | 2 | 采购按程序实施'): one point
                _extend(raw_rows[-1], {"measures": values.get("measures", "")})
                repeated += 1
            else:
                self.seen += 1
                if order and not t.holder_steps:  # which of the 科室, post and holder the row
                    written[r] = len([c for c in order_cols if c < rl and row[c]])  # writes itself
                raw_rows.append(
                    RawRisk(
                        r,
                        section or "",
                        get("duty", ""),
                        get("workflow", ""),
                        values["risk_point"],
                        get("risk_type", ""),
                        get("risk_level", ""),
                        get("measures", ""),
                        roles,
                        get("person", ""),
                        get("department", ""),
                        get("title", ""),
                        get("declared_grade", ""),
                        get("tier", ""),
                        get("description", ""),
                        get("unit", ""),
                    )  # fmt: skip
                )
                for pair in numbered:  # the cell's later numbered points, the row's otherwise
                    self.seen += 1
                    raw_rows.append(replace(raw_rows[-1], **pair))
                if t.level_points:  # 廉政风险点 over 高风险 | 中风险 | 低风险: a point per column
                    base = raw_rows.pop()
                    self.seen -= 1
                    for c, word in t.level_points.items():
                        if c < rl and row[c] and row[c] not in _DITTO:
                            if t.level_lines and (
                                row[c] in _NOTHING or _NOTHING_WRITTEN.match(row[c])
                            ):
                                continue  # ('/' under a level: none of that level)
                            said_all = _band_cell_points(row[c]) if t.level_lines else [row[c]]
                            mc = t.level_point_measures.get(c)
                            own = (row[mc] if mc < rl else "") if mc is not None else None
                            each = _band_cell_points(own) if own and len(said_all) > 1 else []
                            for k, said in enumerate(said_all):
                                self.seen += 1
                                raw_rows.append(replace(base, risk_point=said, risk_level=word,
                                                        cols={**roles, "risk_point": c,
                                                              "risk_level": c}))  # fmt: skip
                                if own is not None:  # the level's own measures, line by line
                                    raw_rows[-1].measures = (
                                        each[k] if len(each) == len(said_all) else own
                                    )
                                    raw_rows[-1].cols = {**raw_rows[-1].cols, "measures": mc}
                if t.type_points:  # 风险点 over 思想道德 | 制度机制 | …: a point per type's column
                    base = raw_rows.pop()
                    self.seen -= 1
                    for c, word in t.type_points.items():
                        if c < rl and row[c] and row[c] not in _DITTO and row[c] not in _NOTHING:
                            if row[c] in _MARK_WORDS:
                                continue  # '不适用', '存在': a mark, no point
                            self.seen += 1
                            raw_rows.append(replace(base, risk_point=row[c], risk_type=word,
                                                    cols={**roles, "risk_point": c,
                                                          "risk_type": c}))  # fmt: skip
                if t.per_column:
                    raw_rows.extend(self._per_column(t, row, raw_rows.pop()))
                for more in t.across:  # 风险点2 | 风险等级 … of the same post
                    point = row[more["risk_point"]] if more["risk_point"] < rl else ""
                    if not point or point in _DITTO or label_key(point) in _NOTHING:
                        continue  # ('/' under a stage with no risk: that group only)
                    lc, tc, mc = (more.get(x) for x in ("risk_level", "risk_type", "measures"))
                    level = row[lc] if lc is not None and lc < rl else ""
                    kind = row[tc] if tc is not None and tc < rl else ""
                    self.seen += 1
                    raw_rows.append(replace(raw_rows[-1], risk_point=point, risk_level=level,
                                            cols={**roles, **more}, description="",
                                            risk_type=kind))  # fmt: skip
                    for own in ("title", "person", "department"):
                        # the stage's own post and holder ('调查取证环节 ⏵ 责任岗位 | 姓名')
                        oc = more.get(own)
                        if oc is not None:
                            setattr(raw_rows[-1], own, row[oc].strip() if oc < rl else "")
                    if mc is not None:  # the group's own measures, not the first group's
                        raw_rows[-1].measures = row[mc] if mc < rl else ""
            r += 1
        if held_runs:  # once a table: the footers naming the holders of the rows above them
            t.sections = True  # (the rows name their posts, as group lines would: a list)
            self.issues.append(
                make_issue("HOLDER_BY_FOOTER", self.rel, grid.name, held_runs[0],
                           value=str(len(held_runs)))
            )  # fmt: skip
        if closed_runs:  # once a table: the levels (types) its footers gave
            self.issues.append(
                make_issue("LEVEL_BY_FOOTER", self.rel, grid.name, closed_runs[0][0],
                           value="，".join(gave for _cell, gave in closed_runs))
            )  # fmt: skip
        if clauses:  # once a table: the points whose type or level closed their sentences
            self._clauses_said(t, raw_rows, clauses)
        if noted:  # once a table: the points whose basis or source closed their cells
            self.issues.append(
                make_issue("POINT_NOTE_BRACKET", self.rel, grid.name, cell_ref(noted[0][0], pc),
                           value=str(len(noted)), example=noted[0][1])
            )  # fmt: skip
        if bracketed:  # once a table: how many points' measures closed their cells
            self.issues.append(
                make_issue("MEASURES_IN_POINT_BRACKET", self.rel, grid.name,
                           cell_ref(bracketed[0][0], pc), value=str(len(bracketed)),
                           example=bracketed[0][1])
            )  # fmt: skip
        if repeated:
            self.issues.append(
                make_issue("POINT_ROWS_JOINED", self.rel, grid.name, cell_ref(t.start, 0),
                           value=str(repeated))
            )  # fmt: skip
        if computed:
            self.issues.append(
                make_issue("ROWS_COMPUTED", self.rel, grid.name, cell_ref(computed[0], 0),
                           value=f"{len(computed)}")
            )  # fmt: skip
        id_cols = [roles[x] for x in order]
        if len(written) >= 3:
            # labels merged down over their rows are read so already; those not merged (a
            # 科室 merged over its posts, each post and holder written once a run) are the
            # runs' own
            free = [
                c for c in id_cols if not (merged and any((rr.row, c) in merged for rr in raw_rows))
            ]
            if free and free != id_cols:
                written = {
                    rr.row: sum(
                        1 for c in free if c < len(grid.rows[rr.row]) and grid.rows[rr.row][c]
                    )
                    for rr in raw_rows
                }
            if free:
                self._centred_blocks(raw_rows, written, free)
                self._footed_blocks(raw_rows, written, free)
        _hold(raw_rows, signed_from, below)
        _roster_hold(raw_rows, roster_from, roster_below)
        if roster_all:  # one list of holders written over two lines, or not by the rows it names
            _roster_hold(
                raw_rows, -1, {p: next(iter(ns)) for p, ns in roster_all.items() if len(ns) == 1}
            )
        # a holder column headed by the post itself ('村级动物防疫员' over names), no post column:
        # the heading is each holder's post
        pc_ = roles.get("person")
        posted = ""
        if pc_ is not None and "title" not in roles and t.header:
            head = squeeze(t.header[1].get(pc_, ""))
            if head and is_post(head) and heading_role(head) is None:
                posted = head
        handed: dict[str, RawRisk] = {}
        for rr in raw_rows:
            if posted and rr.person and not rr.title:
                rr.title = posted
            if rr.person and rr.person[-1] in _NAME_MARKS:
                rr.person = _unmarked(rr.person)  # '闵渫珑*△': marks a note explains
            if "的" in rr.title and (m := _DUTY_THEN_POST.fullmatch(squeeze(rr.title))):
                post = m.group(2)
                if is_post(post) and post not in _NO_POST_ALONE and not LEADERS_GROUP.match(post):
                    # '分管社会救助工作的副局长': the post, its duty before it
                    rr.title = post
                    rr.duty = m.group(1) if not rr.duty else f"{rr.duty}；{m.group(1)}"
            if (
                rr.person
                and rr.person[-1] in ")）"
                and not rr.department
                and "department" not in roles
                and (m := _NAME_THEN_PART.fullmatch(squeeze(rr.person)))
                and (looks_like_name(m.group(1)) or _plain_name(m.group(1)))
                and (_dept_like(m.group(2)) or LEADERS_GROUP.match(m.group(2)))
            ):
                rr.person, rr.department = m.group(1), m.group(2)  # '鄂琤淏（市场运行科）'
            if rr.person and rr.person[-1] in ")）" and (m := _PERSONAL_BRACKET.search(rr.person)):
                bare = rr.person[: m.start()].strip()
                if looks_like_name(bare) or _plain_name(bare):
                    rr.person = bare  # '鄦昶翾（回族）', '…（女）': the holder's own details
            for k in ("department", "title", "person"):
                v = getattr(rr, k)
                if v and v[-1] in ")）" and (m := _PAGE_GOES_ON.search(v)) and m.start():
                    setattr(rr, k, v[: m.start()].strip())  # '规划股（续）' over a page's rows
            if "/" in rr.department or "／" in rr.department:
                _part_by_path(rr)
            if rr.person and _HANDED.search(rr.person):
                self._handed_over(rr, handed)
        if handed:
            first = min(handed.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_HANDED_OVER", self.rel, grid.name, first.cell("person"),
                           value="；".join(handed))
            )  # fmt: skip
        return raw_rows, r

    @staticmethod
    def _measures_in_bracket(
        values: dict[str, str], r: int, pc: int, bracketed: list[tuple[int, str]]
    ) -> None:
        """'…降格处理（防控措施：检查不少于两人，…）': a point cell closing with its measures in a
        bracket whose label says so. The point is the text before it; the bracket's text is the
        row's measures where it has none, joins them where it has others, and is dropped where
        they already say it (a '（新增）' after the bracket is left for ``_STATUS_TAIL``)."""
        text = values["risk_point"].rstrip()
        tail = _STATUS_TAIL.search(text)
        core = text[: tail.start()] if tail else text
        got = _measures_bracket(core)
        if got is None:
            return
        point, said, shown = got
        values["risk_point"] = point + (text[tail.start() :] if tail else "")
        # (the column's own first, then the bracket's; dropped where they already say it)
        values["measures"] = _joined(values.get("measures") or "", said)
        bracketed.append((r, shown))

    def _handed_over(self, rr: RawRisk, handed: dict[str, RawRisk]) -> None:
        """A holder's cell of two names joined by an arrow ('郗澂翾→宓瀛曈', a post handed over in
        the year): the arrow points to the present holder, whose the post's points are now (a
        note saying the name BEFORE the arrow is the present one turns it round). Two names
        only; anything else stays as written."""
        parts = [squeeze(x) for x in _HANDED.split(rr.person)]
        if len(parts) != 2 or not all(looks_like_name(x) for x in parts):
            return
        before = bool(_HANDED_BEFORE.search(self._legend))
        said = rr.person.strip()
        rr.person = parts[0] if before else parts[1]
        handed.setdefault(said, rr)

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

    def _hold_run(self, fields: dict[str, str], band: list[RawRisk], r: int, c: int) -> list[str]:
        """A footer naming the 科室, post and holder of ``band``, the rows since the footer
        before ('以上风险点责任科室：…　责任岗位：…　责任人：…'): each row takes those of them it
        leaves blank (a row's own post stands; '以上风险点责任人：…' under rows naming only
        their post gives the name). The footer's cell, where it named any row's."""
        took = False
        for rr in band:
            for k, v in fields.items():
                if not getattr(rr, k).strip():
                    setattr(rr, k, v)
                    took = True
        return [cell_ref(r, c)] if took else []

    def _close_run(
        self, r: int, c: int, said: tuple[str, str, int | None], band: list[RawRisk]
    ) -> list[tuple[str, str]]:
        """A footer ``said`` at (r, c) closes ``band``, the rows since the one before: its level
        (type) goes to those of them that write none (a row's own stands); a count it writes that
        is not the band's is told (LEVEL_FOOTER_COUNT), the rows graded all the same. Its cell and
        what it gave, for the table's one LEVEL_BY_FOOTER."""
        level, kind, count = said
        if not band:
            return []
        text = self.sh.rows[r][c].strip()
        if count is not None and count != len(band):
            self.issues.append(
                make_issue("LEVEL_FOOTER_COUNT", self.rel, self.grid.name, cell_ref(r, c),
                           value=text, found=str(len(band)))
            )  # fmt: skip
        role, value = ("risk_level", level) if level else ("risk_type", kind)
        if level:  # a row's own level other than the footer's: kept, and told
            for rr in band:
                own = rr.risk_level.strip()
                if own and self.config.level(own) != self.config.level(level):
                    self.issues.append(
                        make_issue("LEVEL_FOOTER_DIFFERS", self.rel, self.grid.name,
                                   rr.cell("risk_level"), value=own, other=text)
                    )  # fmt: skip
        filled = [rr for rr in band if not getattr(rr, role).strip()]
        for rr in filled:
            setattr(rr, role, value)
        if not filled:
            return []
        first, last = min(rr.row for rr in filled) + 1, max(rr.row for rr in filled) + 1
        rows = f"第{first}行" if first == last else f"第{first}–{last}行"
        return [(cell_ref(r, c), f"{rows} {value}")]

    def _holders_in_brackets(self, t: _Table, rows: list[RawRisk]) -> None:
        """Each row's 科室, post and holder from the labelled bracket closing one of its cells
        (``t.holder_cells``), where its own columns leave them blank; the bracket is taken out of
        the text (it is no measure, no point). One only repeating the row's own columns is left as
        read; one naming another holder than they do leaves both as they are, and the sender is
        told (HOLDER_BRACKET_DIFFERS)."""
        labels = t.header[1] if t.header else {}
        merged = self.grid.merged_into if self.grid.merges else {}
        first: dict[int, tuple[RawRisk, str]] = {}  # column → its first bracket read
        for rr in rows:
            for c in t.holder_cells:
                role = t.col_role.get(c, "")
                if role in _BRACKET_ROLES:
                    text = getattr(rr, role)
                else:  # a 备注: no text of the point's, only its holder
                    text = self.grid.get(*merged.get((rr.row, c), (rr.row, c)))
                got = holder_bracket(text) if text else None
                if got is None:
                    continue
                start, fields = got
                said = {k: getattr(rr, k).strip() for k in fields if getattr(rr, k).strip()}
                clash = [k for k, v in said.items() if not _same_holder(k, v, fields[k])]
                where = cell_ref(rr.row, c)
                if clash:
                    self.issues.append(
                        make_issue(
                            "HOLDER_BRACKET_DIFFERS",
                            self.rel,
                            self.grid.name,
                            where,
                            field=squeeze(labels.get(c, "")) or role_zh(role),
                            value=text[start:].strip(),
                            other="、".join(said[k] for k in clash),
                        )
                    )
                    break  # (the row's columns stand; the bracket stays in its text)
                if set(fields) <= set(said):
                    break  # (it only repeats the row's own columns: the cell stays as read)
                for k, v in fields.items():
                    if k not in said:
                        setattr(rr, k, v)
                if role in _BRACKET_ROLES:
                    setattr(rr, role, text[:start].rstrip())
                first.setdefault(c, (rr, text[start:].strip()))
                break
        for c, (rr, bracket) in first.items():
            self.issues.append(
                make_issue(
                    "HOLDER_IN_CELL_BRACKET",
                    self.rel,
                    self.grid.name,
                    cell_ref(rr.row, c),
                    field=squeeze(labels.get(c, "")) or role_zh(t.col_role.get(c, "")),
                    value=bracket,
                )
            )

    def _holders_by_post_columns(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Names under two or more columns headed by posts ('科主任 | 护士长'), and a post column
        saying which of them answers for each row ('责任岗位 | 护士长', '科主任、护士长'): the
        row's holder is the name under the post it names, a point each for two ('/' none)."""
        sh, merged = self.sh, self.grid.merged_into
        labels = t.header[1] if t.header else {}
        pc = t.roles["title"]
        cols = {
            squeeze(text): c
            for c, text in labels.items()
            if c != pc
            and c != t.roles.get("risk_point")
            and 2 <= len(squeeze(text)) <= 6
            and is_post(squeeze(text))
            and not heading_role(squeeze(text))
        }
        if len(cols) < 2 or not rows:
            return rows

        def name_at(r: int, c: int) -> str:
            v = sh.rows[r][c].strip() if c < len(sh.rows[r]) else ""
            if not v and (r, c) in merged:
                top = merged[(r, c)]
                v = sh.rows[top[0]][top[1]].strip()
            return v

        split = [[squeeze(p) for p in _POSTS_SPLIT.split(rr.title) if p.strip()] for rr in rows]
        if not all(parts and all(p in cols for p in parts) for parts in split):
            return rows
        names = [name_at(rr.row, c) for rr in rows for c in cols.values()]
        if not any(looks_like_name(v) for v in names) or any(
            v and v not in _NOTHING and not looks_like_name(v) for v in names
        ):
            return rows
        out = []
        for rr, parts in zip(rows, split, strict=True):
            held = [(p, name_at(rr.row, cols[p])) for p in parts]
            held = [(p, n) for p, n in held if n and n not in _NOTHING] or [(parts[0], "")]
            self.seen += len(held) - 1
            for p, n in held:
                out.append(
                    replace(rr, title=p, person=n, cols={**rr.cols, "person": cols.get(p, pc)})
                )
        return out

    def _centred_blocks(
        self, rows: list[RawRisk], written: dict[int, int], cols: list[int]
    ) -> None:
        """Blocks of rows between blank rows, or closed by heavier lines drawn under them, each
        writing its 科室, post and holder once, on a row in its middle (centred as a merge would
        be, none made): the block's rows are that post's, those above the label too. Only where
        every block writes them once, and some block below its first row."""
        sh = self.sh
        at = {rr.row for rr in rows}
        blocks: list[list[RawRisk]] = []
        lined = len(at) == max(at) - min(at) + 1
        if lined:
            # no row left out between the first and the last: the lines drawn may close runs
            # (a label row's own line, at its foot, is ``_footed_blocks``')
            if len(rows) < 3 or any(a.row == b.row for a, b in zip(rows, rows[1:], strict=False)):
                return
            labelled = sum(1 for rr in rows if written.get(rr.row))
            if labelled < 2 or labelled * 2 > len(rows):
                return  # (the cheap test: a label for each run of two rows or more, before lines)
            weight = self.grid.rules_under([rr.row for rr in rows[:-1]])
            if not weight or len(set(weight.values())) < 2:
                return
            light = min(weight.values())
            for rr in rows:
                if blocks and weight.get(blocks[-1][-1].row, light) <= light:
                    blocks[-1].append(rr)
                else:
                    blocks.append([rr])
            if all(written.get(b[-1].row) for b in blocks):
                return  # (every run labelled at its foot)
        for rr in rows if not blocks else ():
            if (
                blocks
                and blocks[-1][-1].row < rr.row
                and not any(sh.kind(x) == "blank" for x in range(blocks[-1][-1].row + 1, rr.row))
            ):
                blocks[-1].append(rr)
            else:
                blocks.append([rr])
        if len(blocks) < 2:
            return
        labels = []
        for block in blocks:
            own = [rr for rr in block if written.get(rr.row)]
            if len(own) != 1 or written[own[0].row] < len(cols) and len(cols) > 1:
                return
            labels.append(own[0])
        if (
            labels[0] is blocks[0][0]
            and len(blocks[0]) > 1
            and (
                not lined
                or all(label is block[0] for block, label in zip(blocks, labels, strict=True))
            )
        ):
            return  # the first rows name their post (a stray blank row later splits no one's run)
        for block, label in zip(blocks, labels, strict=True):
            for rr in block:
                rr.unit, rr.department = label.unit, label.department
                rr.title, rr.person = label.title, label.person

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

    def _footed_blocks(self, rows: list[RawRisk], written: dict[int, int], cols: list[int]) -> None:
        """Runs of rows whose 科室, post and holder are written once, the last row writing them:
        each post's may be written on the FIRST row of its run or on its LAST (a report's group
        footer, batch 482). The lines drawn tell: a heavier line under each label row closes a
        run there (the labels are its foot: each row is the next label's), one under each row
        above a label opens a run there (read as written). Where no line tells (.xls, no
        borders), the runs are read as headed; said once where the first row writes none and
        every label all three (the first rows then the unit's own, or the first post's)."""
        if len(rows) < 3 or not written.get(rows[-1].row):
            return
        labels = [rr for rr in rows if written.get(rr.row)]
        if len(labels) < 2 or len(labels) == len(rows):
            return
        if any(a.row == b.row for a, b in zip(rows, rows[1:], strict=False)):
            return  # (several points of one row: read as written)
        doubt = not written.get(rows[0].row) and all(written[rr.row] >= len(cols) for rr in labels)
        at = [rr.row for rr in rows]
        weight = self.grid.rules_under(at[:-1])  # (the last row's is the table's edge)
        if weight:
            light = min(weight.values())
            closing = {r for r, w in weight.items() if w > light}
            if closing and closing == {rr.row for rr in labels[:-1]}:
                k = len(labels) - 1
                for rr in reversed(rows):  # each row is the next label's at or below it
                    while k > 0 and labels[k - 1].row >= rr.row:
                        k -= 1
                    label = labels[k]
                    rr.unit, rr.department = label.unit, label.department
                    rr.title, rr.person = label.title, label.person
                self.issues.append(
                    make_issue("HOLDERS_AT_FOOT", self.rel, self.grid.name,
                               cell_ref(labels[0].row, cols[0]), value=str(len(labels)))
                )  # fmt: skip
                return
            opening = {at[i - 1] for i in range(1, len(at)) if written.get(at[i])}
            if closing and closing == opening:
                return  # (lines over each label: the runs are headed by them, as read)
        if not doubt:
            return  # (the first row labelled, no line saying otherwise: a list headed by them)
        self.issues.append(
            make_issue("HOLDERS_PLACE_UNCLEAR", self.rel, self.grid.name,
                       cell_ref(rows[0].row, cols[0]), value=str(len(labels)))
        )  # fmt: skip

    def _per_column(self, t: _Table, row: list[str], base: RawRisk) -> list[RawRisk]:
        """A row of a table whose columns are posts' or parts' own (``_named_columns``): a
        point each column names one for, '/' naming none. A row whose every part is '/' stays
        one point without a holder (nothing is lost)."""
        out = []
        # '风险等级' over the same posts as the points: each post's point at its own level
        level_at = {_tick_post(w)[0]: c for c, (k, w) in t.per_column.items() if k == "level"}
        paired = bool(t.post_points) and set(level_at) <= {
            _tick_post(w)[0] for w in t.post_points.values()
        }  # (by post: '所长⏎程晓' over the points, '所长' over the levels)
        merged = self.grid.merged_into
        for c, (kind, word) in t.per_column.items():
            v = row[c].strip() if c < len(row) else ""
            if (
                not v
                and kind == "post"
                and (base.risk_level or base.measures)  # (not a section's or a note's line)
                and (top := merged.get((base.row, c)))
                and top[0] == base.row
                and t.per_column.get(top[1], ("",))[0] == "post"
            ):
                v = row[top[1]].strip()  # a point merged across the posts that share it
            whole = False  # (a holder merged across every part's column: the unit's own)
            if kind not in ("post", "stage", "level"):
                top = merged.get((base.row, c))
                if top is not None and top[1] != c:
                    continue  # (the merge's first column speaks for it)
                start = top or (base.row, c)
                if not v and top is not None:  # a holder merged down over his post's rows
                    v = self.sh.rows[top[0]][top[1]].strip()
                parts = sorted(x for x, (k, _w) in t.per_column.items() if k == kind)
                whole = (
                    len(parts) > 1
                    and start[1] == parts[0]
                    and self.sh.span_end(*start) >= parts[-1]
                )
            if not v or v in _NOTHING or v in _DITTO or _NOTHING_WRITTEN.match(v):
                continue
            if kind == "level" and paired:
                continue  # (read with its post's point)
            if kind == "post":
                post, holder = _tick_post(word)
                lc = level_at.get(post) if paired else None
                level = (
                    (row[lc].strip() if lc < len(row) else "")
                    if lc is not None
                    else base.risk_level
                )
                cols = {
                    **base.cols,
                    "risk_point": c,
                    **({"risk_level": lc} if lc is not None else {}),
                }
                out.append(replace(base, risk_point=v, title=post, person=holder, risk_level=level,
                                   cols=cols))  # fmt: skip
            elif kind == "stage":
                step = "" if _ASPECT.match(word) else word  # ('外部': no step of the work)
                out.append(replace(base, risk_point=v, workflow=base.workflow or step,
                                   cols={**base.cols, "risk_point": c}))  # fmt: skip
            elif kind == "level":
                post, holder = _tick_post(word)
                out.append(replace(base, risk_level=v, title=post, person=holder,
                                   cols={**base.cols, "risk_level": c}))  # fmt: skip
            else:
                name, post = holder_and_post(v) or (v, "")
                out.append(replace(base, department="" if whole else word,
                                   title=post or base.title, person=name,
                                   cols={**base.cols, "person": c}))  # fmt: skip
        self.seen += len(out) - 1
        return out or [base]

    def _numbered_points(self, raw_rows: list[RawRisk]) -> list[RawRisk]:
        """A cell of numbered points beside a cell of as many levels, line by line ('1.公车购置不经
        集体研究⏎2.维修单位不比选' beside '1.高⏎2.中'): a point each, with its level, and its
        measures where they are numbered alike. (Numbered lines beside one level are one point's
        parts; '防控前：高⏎防控后：低' are two readings of one.) Done once the table is read, its
        rows merged down and carried on included."""
        out: list[RawRisk] = []
        for rr in raw_rows:
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
            if "\n" not in rr.risk_level:
                out.append(rr)
                continue
            levels = [NUMBERING.sub("", x, count=1).strip() for x in rr.risk_level.split("\n")]
            levels = [x for x in levels if x]
            points = _numbered_lines(rr.risk_point)
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
            measures = _numbered_lines(rr.measures)
            if len(measures) != len(levels):
                measures = [rr.measures] * len(levels)
            self.seen += len(levels) - 1
            for point, level, measure in zip(points, levels, measures, strict=True):
                out.append(replace(rr, risk_point=point, risk_level=level, measures=measure))
        return out

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

    def _written_out(self, t: _Table, c: int | None, end: int) -> bool:
        """The holder column names its holder again on each of a holder's rows (not once for
        the rows below it, nor merged down): a blank there names no one."""
        if c is None:
            return False
        merged = self.grid.merged_into if self.grid.merges else {}
        pc = t.roles["risk_point"]
        above, again, blank = "", 0, 0
        rows = self.sh.rows
        for r in range(t.start, end):
            row = rows[r]
            n = len(row)
            if pc >= n or not row[pc]:
                continue  # a caption, a note, a blank line: no row of the table
            v = row[c] if c < n else ""
            if (r, c) in merged:
                return False
            if v and v == above and v not in _DITTO:
                again += 1
            elif not v and above and not self._collective(r, t):
                blank += 1  # a blank under a name: '同上' the way most tables write it
            above = v or above
        return again > blank

    def _collective(self, r: int, t: _Table) -> bool:
        """Row ``r`` is a step a meeting takes ('科务会研究', '局长办公会审定', '集体研究' in its
        流程环节 cell): no one person holds it."""
        c = t.roles.get("workflow")
        row = self.sh.rows[r]
        step = row[c].strip() if c is not None and c < len(row) else ""
        return len(step) <= 12 and bool(_COLLECTIVE.search(step))

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
        # '风险表现及防控措施' over '表现：…⏎措施：…': how the point shows, then its measures
        shows_too = mc is not None and "表现" in labels.get(mc, "") and "措施" in labels.get(mc, "")
        for rr in rows:
            if shows_too and not rr.description and "\n" in rr.measures:
                parts = _labelled_lines(rr.measures)  # ('表现' a label of the point's words)
                if parts and set(parts) == {"risk_point", "measures"}:
                    rr.description, rr.measures = parts["risk_point"], parts["measures"]
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
                    known, unknown = types(m.group(1))
                    if known and not unknown:
                        rr.risk_type = m.group(1)
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

    def _scale(self, t: _Table, rows: list[RawRisk]) -> None:
        """A table whose levels are exactly the three words of a configured scale (较高 / 一般 /
        较低) reads them in that scale's order, with one info naming it."""
        words = {rr.risk_level.strip() for rr in rows if rr.risk_level.strip()}
        scale = None
        if len(words) == 3:
            scale = self.config.scale_of(words)
            if not scale:
                steps = three_steps(words, self.config.level)  # (the legend read only for one)
                if steps and not _DEFINES.search(self._legend):  # a legend on the sheet decides
                    scale = steps
        elif len(words) == 2 and self.config.within_a_scale(words):
            # two of the three, and a legend on the sheet naming all three
            legend = self._legend
            scale = self.config.scale_of(words, legend) if legend else None
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

        if not marks or not any(mark_of(rr.risk_point)[0] in marks for rr in rows):
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

    def _band_types(self, t: _Table, rows: list[RawRisk]) -> None:
        """Groups of point columns side by side ('风险点 | 等级' again and again), each group under
        a band heading naming a type ('思想道德风险', '制度机制风险' …): each point takes the type
        of the band it stands in. Only where every group's band names exactly one type."""
        if not t.across or not rows or any(rr.risk_type for rr in rows) or t.start - t.row < 2:
            return
        sh, merged = self.sh, self.grid.merged_into
        bands: dict[int, str] = {}
        for c in (t.roles["risk_point"], *(g["risk_point"] for g in t.across)):
            r0, c0 = merged.get((t.row, c), (t.row, c))
            head = sh.rows[r0][c0] if c0 < len(sh.rows[r0]) else ""
            known, unknown = self.config.types(head) if head else ([], [])
            if len(known) != 1 or unknown:
                return
            bands[c] = known[0]
        if len(set(bands.values())) < 2:
            return  # (one type over every group: a heading of the whole, no band)
        for rr in rows:
            row = sh.rows[rr.row] if rr.row < len(sh.rows) else []
            at = next((c for c in bands if c < len(row) and row[c].strip() == rr.risk_point), None)
            if at is not None:
                rr.risk_type = bands[at]
                rr.cols = {**rr.cols, "risk_type": at}
        if all(rr.risk_type for rr in rows):
            at = cell_ref(t.row, t.first)
            self.issues = [
                i for i in self.issues if not (i.code == "TABLE_NO_TYPE" and i.cell == at)
            ]

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

    def _tree_by_parent_codes(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A tree exported flat, a row a node ('编号 | 上级编号 | 类别 | 名称 | 责任人 | …': the
        unit, its 科室, their posts with holders, the posts' points), each row naming its parent
        only by the parent's code: each point takes the post, holder, 科室 and unit above it by
        the codes, and the other nodes are no points. The rows as read where the codes do not
        make one tree (a code twice, a parent not in the table, a loop)."""
        labels = {c: squeeze(v) for c, v in t.header[1].items()}
        up = next((c for c, v in labels.items() if _PARENT_HEAD.match(v)), None)
        own = next((c for c, v in labels.items() if _NODE_CODE.match(v)), None)
        kind_col = next((c for c, v in labels.items() if _NODE_KIND_HEAD.match(v)), None)
        if up is None or own is None:
            return rows

        def cell(rr: RawRisk, c: int | None) -> str:
            row = self.sh.rows[rr.row]
            return squeeze(row[c]) if c is not None and c < len(row) else ""

        by_code: dict[str, RawRisk] = {}
        for rr in rows:
            code = cell(rr, own)
            if not code or code in by_code:
                return rows
            by_code[code] = rr

        def kind(rr: RawRisk) -> str:
            said = cell(rr, kind_col)
            for k, words in _NODE_KINDS.items():
                if said in words:
                    return k
            if rr.risk_level or rr.risk_type or rr.measures:
                return "point"
            if rr.person:
                return "title"
            return ""

        def chain(rr: RawRisk) -> list[RawRisk] | None:
            out, seen = [], {id(rr)}
            parent = cell(rr, up)
            while parent in by_code:
                rr = by_code[parent]
                if id(rr) in seen:
                    return None  # (a loop)
                seen.add(id(rr))
                out.append(rr)
                parent = cell(rr, up)
            if parent and parent.strip("0") and parent not in by_code:
                return None  # (a parent not in the table)
            return out

        kinds = {id(rr): kind(rr) for rr in rows}
        points = [rr for rr in rows if kinds[id(rr)] == "point"]
        if not points or len(points) == len(rows):
            return rows
        roots = [rr for rr in rows if not cell(rr, up).strip("0")]
        if kind_col is None and not all(_names_a_body(rr.risk_point) for rr in roots):
            return rows  # (the parents are matters, '土地出让' over its points: no tree of posts)
        if kind_col is not None and any(
            kinds[id(rr)] == "" and cell(rr, kind_col) != "" for rr in rows
        ):
            return rows  # (a kind the tree of a body's posts does not have: '事项')
        out = []
        pc = t.roles.get("person")
        for rr in points:
            above = chain(rr)
            if above is None:
                return rows
            # (what the row carried down from the rows above is no part of its own; what it
            # writes itself stays)
            rr.title = cell(rr, t.roles.get("title"))
            rr.department = cell(rr, t.roles.get("department"))
            rr.person = cell(rr, pc)
            for node in above:  # (nearest first: the post, then its 科室, then the unit)
                k = kinds[id(node)] or ("unit" if _names_a_body(node.risk_point) else "department")
                if k == "title" and not rr.title:
                    rr.title, rr.person = node.risk_point, rr.person or cell(node, pc)
                elif k == "department" and not rr.department:
                    rr.department = node.risk_point
                elif k == "unit" and not rr.unit:
                    rr.unit = node.risk_point
            out.append(rr)
        self.seen -= len(rows) - len(out)  # (the unit's, 科室's and posts' rows: no points)
        return out

    def _specific_holders(self, t: _Table, rows: list[RawRisk]) -> None:
        """'第一责任人 | 直接责任人 | 具体责任人' (the 责任制's chain): where the holder column read
        is the 直接责任人 and one of its names stands over rows of several posts (the 分管 leader),
        those rows' own 具体责任人 (one name) holds them."""
        labels = t.header[1] if t.header else {}
        pc = t.roles["person"]
        if squeeze(labels.get(pc, "")) != "直接责任人":
            return
        sc = next((c for c, v in labels.items() if squeeze(v) == "具体责任人"), None)
        if sc is None:
            return
        posts: dict[str, set] = {}
        for rr in rows:
            posts.setdefault(rr.person, set()).add((rr.department, rr.title))
        merged = self.grid.merged_into
        for rr in rows:
            if len(posts.get(rr.person, ())) < 2:
                continue  # (his own post's rows: he holds them)
            top = merged.get((rr.row, sc), (rr.row, sc))
            line = self.sh.rows[top[0]]
            own = squeeze(line[top[1]]) if top[1] < len(line) else ""
            if own and looks_like_name(own) and not HOLDER_SPLIT.search(own):
                rr.person = own

    def _holders_by_duty(self, rows: list[RawRisk]) -> None:
        """Each row of a post two hold takes the holder whose 分工 a cell of the row (or one
        merged over it) names."""
        sh, merged = self.sh, self.grid.merged_into
        for rr in rows:
            if rr.person:
                continue
            post = squeeze(rr.title)
            line = sh.rows[rr.row]
            for c in range(len(line)):
                top = merged.get((rr.row, c), (rr.row, c))
                v = squeeze(sh.rows[top[0]][top[1]]) if top[1] < len(sh.rows[top[0]]) else ""
                if len(v) < 2:
                    continue
                who = self.duty_holders.get((post, v))
                if who is None:  # ('预算' for '分管预算': the 分工 in fewer words, one only)
                    near = {
                        n
                        for (p, d), n in self.duty_holders.items()
                        if p == post and (v in d or d in v)
                    }
                    who = near.pop() if len(near) == 1 else None
                if who:
                    rr.person = who
                    break

    def _roster_across(self, rows: list[int]) -> tuple[list[tuple[str, str, str]], set[int]]:
        """Lines above a list naming who holds which post a column a person ('岗　位 | 所长 |
        副所长 | …' over '姓　名 | 鄢霁琮 | 郦沛珩 | …', maybe '分　工 | 主持全面工作 | …'):
        (post, holder, 分工) of each column, and those lines."""
        sh = self.sh
        found: dict[str, int] = {}
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            label = squeeze(sh.rows[r][cols[0]])
            f = field_of(sh.key(r, cols[0])) if len(label) <= 4 else None
            if f in ("title", "person", "department"):
                found.setdefault(f, r)
            elif label in ("分工", "工作分工", "职责分工", "主要分工", "分管工作"):
                found.setdefault("duty", r)
        if "title" not in found or "person" not in found:
            return [], set()
        first = sh.nonempty(found["person"])[0]
        names, posts = sh.rows[found["person"]], sh.rows[found["title"]]
        duties = sh.rows[found["duty"]] if "duty" in found else []
        depts = sh.rows[found["department"]] if "department" in found else []
        out = []
        for c in range(first + 1, len(names)):
            name = squeeze(names[c])
            post = squeeze(posts[c]) if c < len(posts) else ""
            if not name:
                continue
            if VACANT.match(name):
                name = ""  # ('空缺', '待定': the post held by no one)
            # (under its 姓名 label, a name of a surname not listed too)
            elif not ((looks_like_name(name) or _PLAIN_NAME.fullmatch(name)) and is_post(post)):
                return [], set()
            dept = squeeze(depts[c]) if c < len(depts) else ""
            key = roster_key(dept, post) if dept else post
            out.append((key, name, duties[c].strip() if c < len(duties) else ""))
        if sum(1 for _p, n, _d in out if n) < 2:
            return [], set()
        return out, set(found.values())

    def _post_holders(self, rows: list[int]) -> tuple[dict[str, str], set[int]]:
        """Lines above a list naming who holds which post ('村文书 | 戴晓军 | 村报账员 | 史红霞'):
        post → holder, and the lines that were such a list."""
        sh = self.sh
        out: dict[str, str] = {}
        used: set[int] = set()
        across, across_rows = self._roster_across(rows)
        if across:
            used |= across_rows
            count: dict[str, int] = {}
            for post, _name, _duty in across:
                count[post] = count.get(post, 0) + 1
            for post, name, duty in across:
                if count[post] == 1:
                    out[post] = name
                elif duty and name:  # (a post two hold: whose a row is, its 分工 says)
                    self.duty_holders[(post.rpartition("\x00")[2], squeeze(duty))] = name
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) == 1:
                # '村“两委”成员：党总支书记　甄澍霖；村委会副主任　郗晓桐；…' in one cell
                text = sh.rows[r][cols[0]]
                pairs = roster_cell(text)
                if pairs:
                    out.update(pairs)
                    used.add(r)
                    self.held_posts.update((name, post) for post, name in pairs)
                elif (
                    (m := _POST_NAME_DUTIES.match(text))
                    and is_post(squeeze(m.group(1)))
                    and squeeze(m.group(1)) not in _HOLDER_WORDS
                    and (
                        looks_like_name(m.group(2))
                        or (
                            marked_name(m.group(2))
                            and not field_of(m.group(2))
                            and m.group(2) not in _PERSONAL_LABELS
                            and not _is_signoff_label(m.group(2))
                        )
                    )
                ):
                    # '主任　茹望岳：主持办公室全面工作…' under '一、人员分工': who holds the post
                    out[squeeze(m.group(1))] = m.group(2)
                    used.add(r)
                elif text.count("：") + text.count(":") >= 2:
                    # '科室：心血管内科　　科主任：嵇长庚　　护士长：阙素纨': the heads among fields
                    for post, name in POST_PAIR.findall(text):
                        post = squeeze(post)
                        if is_post(post) and looks_like_name(name) and not field_of(post):
                            out[post] = name
                continue
            if sh.kind(r) != "other":
                continue
            cells = [squeeze(sh.rows[r][c]) for c in cols]
            if len(cells) < 2 or len(cells) % 2:
                continue
            pairs = list(zip(cells[::2], cells[1::2], strict=True))
            if all(
                looks_like_name(name) and not looks_like_name(post) and len(post) <= 16
                for post, name in pairs
            ):
                out.update(pairs)
                used.add(r)
                roles = {post for post, _name in pairs}
                group = "组长" in roles and bool(
                    roles & {"副组长", "成员", "组员"}
                )  # a leading group
                self.held_posts.update(
                    (name, post) for post, name in pairs if not (group and post in GROUP_ROLES)
                )
        roster, rows_used = self._roster_table(rows)
        return {**roster, **out}, used | rows_used

    def _chart_roster(self) -> dict[str, str]:
        """An organisation chart of boxes, each a cell naming its 科室 and then a post and its
        holder a line ('总务处⏎主　任：饶洺玙⏎会　计：简泠璆'): (科室, post) → holder, where at
        least two are named; {} otherwise."""
        got: dict[str, list[str]] = {}
        for row in self.sh.rows[:200]:
            for v in row:
                if "\n" not in v or ("：" not in v and ":" not in v):
                    continue
                lines = [x.strip() for x in v.split("\n") if x.strip()]
                dept = "" if _INLINE_FIELD.match(lines[0]) else squeeze(lines[0])
                pairs = []
                for line in lines[1 if dept else 0 :]:
                    m = _INLINE_FIELD.match(line)
                    post, name = (squeeze(m.group(1)), squeeze(m.group(2))) if m else ("", "")
                    if not (is_post(post) and _boxed_name(name)):
                        break
                    pairs.append((post, name))
                else:
                    for post, name in pairs:
                        got.setdefault(roster_key(dept, post), []).append(name)
        if sum(len(v) for v in got.values()) < 2:
            return {}
        return {k: v[0] if len(v) == 1 else "" for k, v in got.items()}

    def _roster_table(
        self, rows: list[int], full: bool = False, min_col: int = 0
    ) -> tuple[dict[str, str], set[int]]:
        """A small table of who holds which post ('序号 | 岗位 | 姓名 | 分工' over '1 | 网格员 |
        杨帆 | …'), above a list or, ``full``, the whole of a sheet of its own (its rows run on
        past ``rows``): post → holder (keys of ``roster_key``, by 科室 and post where it names
        the 科室), and its rows."""
        sh = self.sh
        for i, r in enumerate(rows):
            grid = self._grid_roster(r) if r + 1 < len(sh.rows) else None
            if grid is not None and grid[0] >= min_col:
                held, used = self._grid_holders(r, *grid, rows[i + 1 :] if not full else None)
                if held:
                    return held, used
            cols = {}
            for c in sh.nonempty(r):
                if c < min_col:
                    continue  # (a roster beside a list: its columns only)
                h = heading_role(sh.key(r, c))
                if (
                    h is not None
                    and h.strength >= 2
                    and h.role in ("title", "person", "department")
                ):
                    if h.role == "person" and any(w in sh.rows[r][c] for w in NOT_HOLDER_HEAD):
                        continue  # '分管领导姓名', 'B岗人员': who watches or stands in
                    if h.role == "title" and _POSTS_HELD.match(sh.key(r, c)):
                        cols.setdefault("_posts", c)  # '承担岗位': the posts a person holds, listed
                        continue
                    cols.setdefault(h.role, c)
            if "title" not in cols and "_posts" in cols:
                cols["title"] = cols.pop("_posts")  # (the only post column)
            if "title" not in cols or "person" not in cols:
                continue
            mc = cols.get("_posts")  # (a row a person, the posts he holds in one cell)
            also = mc is not None and sh.key(r, mc).startswith(
                "兼"
            )  # ('兼任岗位': besides his own)
            tc, pc, dc = cols["title"], cols["person"], cols.get("department")
            got: dict[str, list[str]] = {}
            n = 0
            dept = ""
            for x in range(r + 1, len(sh.rows)) if full else rows[i + 1 :]:
                row = sh.rows[x]
                post = squeeze(row[tc]) if tc < len(row) else ""
                name = squeeze(row[pc]) if pc < len(row) else ""
                if dc is not None and dc < len(row) and row[dc]:
                    dept = squeeze(row[dc])  # (merged down over its posts)
                if not post or looks_like_name(post):
                    break
                if not _rostered_name(name):
                    break
                if not (looks_like_name(name) or marked_name(name)):
                    name = ""  # '缺编', '空缺', '待定': a note, no one holds it
                if HOLDER_SPLIT.search(name):
                    name = ""  # '赵建国、钱多多': two hold the post, the list cannot say whose
                listed = squeeze(row[mc]) if mc is not None and mc < len(row) else ""
                parts = [x for x in _CODE_SPLIT.split(listed) if x and x not in _NOTHING]
                if parts and all(is_post(split_dept_title(x)[1] or x) for x in parts):
                    # '药房调剂员、药品验收员', '副主任、公共卫生科科长': each his; under '兼任岗位'
                    # besides his own ('分管医疗、药品采购' names duties, no posts: his own only)
                    for one in [post, *parts] if also else parts:
                        d, ttl = split_dept_title(one)
                        got.setdefault(roster_key(d or dept, ttl or one), []).append(name)
                        if d:  # ('办公室主任' the post as a list may write it whole)
                            got.setdefault(roster_key(dept, one), []).append(name)
                    n += 1
                    continue
                got.setdefault(roster_key(dept, post), []).append(name)  # ('' without a 科室)
                n += 1
            if n >= 2:  # a post two people hold: the list says which rows are whose
                # a post two people hold stays, naming no one: no other 科室's holder for it
                held = {p: ns[0] if len(ns) == 1 else "" for p, ns in got.items()}
                return held, set(range(r, r + 1 + n))
        return {}, set()

    def _grid_holders(
        self, r: int, dc: int, posts: dict[int, str], rows: list[int] | None
    ) -> tuple[dict[str, str], set[int]]:
        """The holders a grid (``_grid_roster``) headed by row ``r`` names: (科室, post) →
        holder ('/' where the 科室 has no such post), and its rows."""
        sh = self.sh
        got: dict[str, list[str]] = {}
        used = {r}
        dept = ""
        for x in rows if rows is not None else range(r + 1, len(sh.rows)):
            row = sh.rows[x]
            if dc < len(row) and row[dc].strip():
                dept = squeeze(row[dc])
            names = {c: squeeze(row[c]) if c < len(row) else "" for c in posts}
            said = {c: v for c, v in names.items() if v and label_key(v) not in _NOTHING}
            if not said or not dept or looks_like_name(dept):
                break
            if not all(_rostered_name(v) for v in said.values()):
                break
            for c, name in said.items():
                # ('暂缺', '待定', '一名': a note or a count, no one named)
                who = name if looks_like_name(name) or marked_name(name) else ""
                got.setdefault(roster_key(dept, posts[c]), []).append(who)
            used.add(x)
        named = sum(1 for ns in got.values() for n in ns if n)
        if len(used) < 2 or named < 2:
            return {}, set()
        return {p: ns[0] if len(ns) == 1 else "" for p, ns in got.items()}, used

    def _roster_beside(self, t: _Table, end: int) -> dict[str, str]:
        """A table of who holds which post to the right of a list, past an empty column ('岗位人员
        名单' over '股室 | 岗位 | 姓名'): post → holder, or {}."""
        sh = self.sh
        rows = range(t.row, end)
        used = max(c for role, c in t.roles.items() if role not in ("other", "monitoring"))
        if not any(any(sh.rows[r][used + 2 :]) for r in range(t.row, min(t.row + 4, end))):
            return {}  # (the cheap test: nothing right of the list by its header)
        width = max((len(sh.rows[r]) for r in rows), default=0)
        gap = next(
            (
                c
                for c in range(used + 1, width)
                if not any(c < len(sh.rows[r]) and sh.rows[r][c] for r in rows)
            ),
            None,
        )
        if gap is None or gap + 2 >= width:
            return {}
        got, _used = self._roster_table(
            list(range(t.row, min(t.row + 4, end))), full=True, min_col=gap + 1
        )
        return got

    def _roster_below(self, r: int, end: int, posts: set[str]) -> tuple[dict[str, str], int]:
        """A table of who holds which post under a list ('附：岗位人员名单' over '序号 | 股室 |
        岗位 | 姓名'): post → holder, and the row after it (``r`` when there is none). Right
        above the next list, it is that list's unless it names the posts of this one
        (``posts``)."""
        sh = self.sh
        x = r
        while x < end and sh.kind(x) == "blank":
            x += 1
        if x < end and len(sh.nonempty(x)) == 1 and self._roster_header(x + 1) is not None:
            x += 1  # its caption
        if x >= end or self._roster_header(x) is None:
            return {}, r
        got, used = self._roster_table(list(range(x, end)))
        if not got:
            return {}, r
        after = max(used) + 1
        while after < end and sh.kind(after) == "blank":
            after += 1
        mine = {k.rpartition("\x00")[2] for k in got}
        lone = x > r and len(sh.nonempty(x - 1)) == 1
        cap = sh.rows[x - 1][sh.nonempty(x - 1)[0]] if lone else ""
        captioned = bool(cap) and not cap.lstrip().startswith("附")  # ('附：名单' is this one's)
        if after == end < len(sh.rows) and (captioned or len(mine & posts) * 2 < len(mine)):
            return {}, r  # right above the next list ('二、农机股' over it): its roster
        return got, max(used) + 1

    def _point_holders_head(self, r: int) -> tuple[int, dict[str, int]] | None:
        """Row ``r`` heads a table of holders naming their points by the list's 序号: short
        labels only, a post or a holder among them (科室 too, perhaps) and one column headed as
        the points' numbers ('负责风险点序号', '对应风险点', '负责事项序号'). (that column, role →
        column), or None. A table of measures by number ('对应风险点 | 防控措施') names no one."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cols = sh.nonempty(r)
        if not 2 <= len(cols) <= 8:
            return None  # (the cheap test: a list's heading is wider, a caption narrower)
        row = sh.rows[r]
        short = [c for c in cols if len(row[c]) <= 12 and ("风险" in row[c] or "事项" in row[c])]
        refs = [c for c in short if _POINT_REFS_HEAD.match(sh.key(r, c))]
        if not refs:  # '承担的廉政风险点（对应上表序号）' merged over the numbers' own columns
            refs = [
                c
                for c in cols
                if ("风险" in row[c] or "事项" in row[c])
                and sh.span_end(r, c) > c
                and _POINT_REFS_HEAD.match(squeeze(BRACKETED.sub("", row[c])))
                # (a bracket saying what the numbers are: the list's 序号, not quarters or months)
                and all(_REFS_BRACKET.search(b) for b in BRACKETED.findall(row[c]))
                and self._numbers_grid(r, c)
            ]
        if len(refs) != 1:
            return None
        found: dict[str, int] = {}
        for c in cols:
            if c == refs[0]:
                continue
            h = heading_role(sh.key(r, c))
            if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES:
                return None
            found.setdefault(h.role, c)
        if "person" not in found and "title" not in found:
            return None
        return refs[0], found

    def _numbers_grid(self, r: int, c: int) -> dict[int, int]:
        """A heading at (r, c) merged across columns whose sub-headings in the next row are the
        list's point numbers ('承担的廉政风险点（对应上表序号）' over 1 | 2 | … | 7), a tick under each
        a holder bears: column → number; else {}."""
        sh = self.sh
        end = sh.span_end(r, c)
        if end <= c or r + 1 >= len(sh.rows):
            return {}
        below = sh.rows[r + 1]
        got = {x: below[x].strip() if x < len(below) else "" for x in range(c, end + 1)}
        if not all(v.isdecimal() and 0 < int(v) < 1000 for v in got.values()):
            return {}  # ('①' is a digit to isdigit, no number to int)
        return {x: int(v) for x, v in got.items()}

    def _point_holders_at(self, r: int, end: int) -> int | None:
        """A table of holders at row ``r`` (its caption, '岗位责任分工', perhaps first) whose
        numbers' column names the list's points by 序号 ('1—2', '3、4', '5至7'): kept in
        ``self.point_holders`` (no points, no stray rows), and the row after it; else None.
        Only where its rows name such numbers: a staff list headed so but naming none is not."""
        if r in self.point_holder_rows:
            return self.point_holder_rows[r]
        sh = self.sh
        x = r + 1 if len(sh.nonempty(r)) == 1 and r + 1 < end else r
        head = self._point_holders_head(x)
        if head is None:
            return None
        rc, cols = head
        grid = self._numbers_grid(x, rc)  # the numbers' own columns, a tick under each held
        holders: list[PointHolder] = []
        dept = ""
        y = x + 1 + bool(grid)
        while y < end and sh.nonempty(y):
            row = sh.rows[y]
            said = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            if grid:
                numbers = [n for c, n in grid.items() if c < len(row) and _ticked(row[c])]
                refs, every = "、".join(map(str, numbers)), False
            else:
                refs = squeeze(row[rc]) if rc < len(row) else ""
                numbers = _point_numbers(refs) if refs else []
                every = bool(refs) and bool(_EVERY_POINT.fullmatch(refs))
            if refs and not numbers and not every:
                break  # ('全面工作': no numbers, the table ends or is not one of numbers)
            dept = said.get("department") or dept  # (merged down over its people)
            name, post = said.get("person", ""), said.get("title", "")
            if not (name or post) or looks_like_name(post):
                break
            if numbers or every:
                holders.append(
                    PointHolder(y, cell_ref(y, rc), dept, post,
                                name if looks_like_name(name) or marked_name(name) else "",
                                numbers, every)
                )  # fmt: skip
            y += 1
        if not any(h.numbers for h in holders):
            return None  # (every row '全部': a list of who answers for the whole, no numbers)
        self.point_holders[x] = PointHolders(x, cell_ref(x, rc), squeeze(sh.rows[x][rc]), holders)
        self.point_holder_rows[r] = self.point_holder_rows[x] = y
        self.point_holder_used.update(range(r, y))
        return y

    def _point_holders_in(self, rows: Iterable[int]) -> set[int]:
        """The rows of the tables of holders by point numbers among ``rows`` (lines above a
        list, or a sheet of no list), each table kept (``_point_holders_at``)."""
        rows = list(rows)
        if not rows:
            return set()
        end, used, x = rows[-1] + 1, set(), rows[0]
        for r in rows:
            if r < x or r in used:
                continue
            after = self._point_holders_at(r, end)
            if after is not None:
                used.update(range(r, after))
                x = after
        return used

    def _code_table_head(self, r: int) -> bool:
        """Row ``r`` heads a small table of codes: '代号 | 科室 | 岗位 | 姓名', '编号 | 职务 | 姓名'."""
        sh = self.sh
        cols = sh.nonempty(r) if r < len(sh.rows) else []
        if not 2 <= len(cols) <= 6 or not _CODE_HEAD.search(squeeze(sh.rows[r][cols[0]])[-4:]):
            return False  # (the cheap test: a list's rows open with a number or a word)
        roles = set()
        for c in cols[1:]:
            h = heading_role(sh.key(r, c))
            if h is None or h.strength < 2 or h.role not in ("department", "title", "person"):
                return False
            roles.add(h.role)
        return bool({"title", "person"} & roles)

    def _roster_header(self, r: int) -> dict[str, int] | None:
        """Row ``r`` heads a table of who holds which post: short labels only, among them a
        post and a holder ('序号 | 部门 | 职务 | 姓名'); role → column."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cols = sh.nonempty(r)
        if not 2 <= len(cols) <= 8 or any(len(sh.rows[r][c]) > 12 for c in cols):
            return None
        found: dict[str, int] = {}
        for c in cols:
            h = heading_role(sh.key(r, c))
            if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES:
                break
            found.setdefault(h.role, c)
        else:
            if "title" in found and "person" in found:
                return found
        grid = self._grid_roster(r)
        return {"department": grid[0]} if grid is not None else None

    def _grid_roster(self, r: int) -> tuple[int, dict[int, str]] | None:
        """Row ``r`` heads a grid of who holds which post, a row a 科室 and a column a post
        ('序号 | 科室 | 科长 | 副科长 | 科员' over '1 | 办公室 | 庹翙岚 | / | 眭渼霏'): the 科室's
        column and each post's column, or None."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cols = sh.nonempty(r)
        if not 3 <= len(cols) <= 10 or any(len(sh.rows[r][c]) > 8 for c in cols):
            return None
        dc, posts = None, {}
        for c in cols:
            k = sh.key(r, c)
            h = heading_role(k)
            if h is not None and h.strength >= 2:
                if h.role == "department" and dc is None:
                    dc = c
                elif h.role not in ("seq", "other"):
                    return None
            elif is_post(k):
                posts[c] = squeeze(sh.rows[r][c])
            else:
                return None
        if dc is None or len(posts) < 2 or min(posts) < dc:
            return None
        return dc, posts

    def _signs_above(self, r: int, next_h: int) -> bool:
        """A line of the holder's pairs (``_signer_pairs``) is the form's above it: signed
        ('自查人（签名）：…'), or unsigned fields ('科室 | 培训部 | 负责人 | …') with no form after
        them whose preamble they could be (stacked cards: '姓名 | … | 所在中队 | …')."""
        cols = self.sh.nonempty(r)
        first = self.sh.rows[r][cols[0]]
        if _SIGNER_LABEL.match(first) and (
            _SIGN_WORD.search(first) or first.rstrip()[-1:] in ":："
        ):
            # (right over the next header it opens the next card: '责任人： | 王强 | … ' stacked)
            nxt = next((x for x in range(r + 1, next_h) if self.sh.kind(x) != "blank"), next_h)
            return nxt != next_h or next_h >= len(self.sh.rows)  # (the sheet's end: no card after)
        if not self._precedes_header(r, next_h):
            return True
        # right under the rows and apart from the next card, where that card is closed the same
        # way ('科室 | … | 负责人 | …' under each card's rows), not opened by such a line
        sh = self.sh
        if sh.kind(r - 1) == "blank" or r + 1 >= next_h or sh.kind(r + 1) != "blank":
            return False
        # (the card above opened with its holder's fields: this line opens the next card)
        t = self.current_table
        if t is None:
            return True
        for x in range(t.row - 1, max(-1, t.row - 9), -1):
            cols = sh.nonempty(x)
            if x in self.closed or (cols and sh.rows[x][cols[0]].strip().isdigit()):
                break  # the line that closed the card before, or its rows
            if any(field_of(sh.key(x, c)) in ("person", "head") for c in cols):
                return False
        return True

    def _signer_pairs(self, r: int) -> bool:
        """A line of label | value pairs opening with the holder's signing label ('自查人（签名）：
        | 昝蔓汀 | 所在科室： | 救助科 | 岗位： | 救助员') under a form: who holds it, no row."""
        cells = [self.sh.rows[r][c] for c in self.sh.nonempty(r)]
        if len(cells) >= 4 and not len(cells) % 2:
            # '科室 | 培训部 | 负责人 | 蓟汀兰 | 岗位风险等级 | 二级' moved under a 附件3's table
            kinds = [field_of(label_key(x)) for x in cells[::2]]
            if all(k in _OWN_FIELDS for k in kinds) and {"person", "head"} & set(kinds):
                return not any(field_of(label_key(x)) for x in cells[1::2])
        if len(cells) < 3 or not _SIGNER_LABEL.match(cells[0]):
            return False
        own = 0
        for x in cells[1:]:
            if not x.rstrip().endswith((":", "：")):
                continue  # a value (the name may be left blank: a label follows a label)
            key = label_key(x)
            if field_of(key) in ("department", "title", "dept_title"):
                own += 1
            elif not (_is_signoff_label(key) or "日期" in key or "时间" in key):
                return False  # '审核人：…': another's
        return own > 0

    def _signed_by(self, rows: Iterable[int], above: bool = False) -> str:
        """The person who signs a personal form as its holder in a line under it ('自查人(签名):
        韩立军', '本人签字 | 韩立军') or, ``above``, in a line of its preamble ('承诺人 | 宦知白'),
        else ''."""
        sh = self.sh
        for r in rows:
            if sh.kind(r) not in (("signoff", "other", "fields") if above else ("signoff",)):
                if not self._signer_pairs(r):
                    continue
            cells = [sh.rows[r][c] for c in sh.nonempty(r)]
            for i, v in enumerate(cells):
                m = _SIGNED.match(v)
                if not m and (got := _signed_with_post(v)):
                    self.signed_post = got[0]  # '承诺人：XX局环境卫生管理所所长　恽拾遗'
                    return got[1]
                if not m and (lead := _signer_leads(v)):
                    return lead  # '持卡人（签字）：冼栖梧　　所在部门：采编部　　职务：主任'
                if not m and not (above and _SIGNER_LABEL.match(v)):
                    continue
                inline = m.group(1).strip() if m else ""
                name = inline or (cells[i + 1].strip() if i + 1 < len(cells) else "")
                if looks_like_name(name) or marked_name(name):  # the label says a name follows
                    return name
        return ""

    def _block_signer(self, r: int, cols: list[int]) -> str:
        """The holder who signs a line under a post's rows in a list ('岗位责任人（签字）：扶鸣珂',
        '本人签名 | 扶鸣珂', '岗位责任人：扶鸣珂'), else ''. The caller takes it for the rows above
        only where none of them has a holder yet: a line naming the holder of the rows below
        follows rows that already have theirs (or none, above the first)."""
        if not cols or len(cols) > 2:
            return ""
        cells = [self.sh.rows[r][c] for c in cols]
        m = _SIGNED.match(cells[0])
        if not m and not _SIGNER_LABEL.match(cells[0]):
            return ""
        inline = m.group(1).strip() if m else ""
        if inline and len(cells) > 1:
            return ""  # '岗位责任人：王五 | 李四': not one signature
        name = inline or (cells[1].strip() if len(cells) > 1 else "")
        # the label says a name follows ('须景行' though 行 ends posts); a post or a 科室 is none
        said = (
            bool(HAN_NAME.match(name))
            and not is_post(name)
            and not _dept_like(name)
            and not name.endswith(("人", "员", "领导"))  # '责任人：经办人': a role, no one
        )
        return name if looks_like_name(name) or marked_name(name) or said else ""

    def _info_pairs(self, r: int) -> bool:
        """A line above a table of label | value pairs about who filled it and when ('联系人 | 邸见山 |
        联系电话 | 0831-… | 填报日期 | 2024年6月'), or about its holder ('民族 | 汉族 | 政治面貌 |
        中共党员'): no row outside the table."""
        cells = [squeeze(self.sh.rows[r][c]) for c in self.sh.nonempty(r)]
        if len(cells) < 4 or len(cells) % 2:
            return False
        labels = cells[::2]
        if any(_INFO_LABEL.match(x) or x in _PERSONAL_LABELS for x in labels) and all(
            _INFO_LABEL.match(x) or field_of(label_key(x)) or x in _PERSONAL_LABELS for x in labels
        ):
            return True
        # '社区名称 | 桂香社区 | 辖区户数 | 1260户 | 常住人口 | 3875人': facts about the body
        values = cells[1::2]
        counts = sum(1 for v in values if _COUNT_VALUE.match(v))
        return (
            counts >= 2
            and all(len(x) <= 8 and not any(ch.isdigit() for ch in x) for x in labels)
            and all(
                _COUNT_VALUE.match(v) or _is_date(v) or x.endswith("名称") or _INFO_LABEL.match(x)
                or field_of(label_key(x))
                for x, v in zip(labels, values, strict=True)
            )
        )  # fmt: skip

    def _labelled_values(self, r: int) -> bool:
        """A line above a table of two or more 'label:value' cells: what the table is about."""
        cells = [self.sh.rows[r][c] for c in self.sh.nonempty(r)]
        if len(cells) == 1:  # '公示时间:…　监督电话:…' in one cell
            cells = cells[0].split()
        return len(cells) >= 2 and all(LABELLED.match(v) for v in cells)

    def _self_named(self, rows: list[int]) -> tuple[str, tuple[str, str, str] | None]:
        """The holder a pledge above its table names in its first words ('本人樊志鹏,在训练科
        田径教练员岗位上,…郑重承诺:'), else '', with the (unit, 科室, post) it says he holds."""
        sh = self.sh
        for r in rows:
            for c in sh.nonempty(r):
                text = sh.rows[r][c]
                if "本人" not in text[:8]:
                    continue  # (the cheap test: a pledge's first words are '本人')
                m = SELF_NAMED.match(text)
                name = m and (m.group(1) or m.group(2))
                if name and looks_like_name(name) and name[:2] not in NOT_SELF:
                    return name, self_post(text[m.start(1) + len(name) if m.group(1) else 0 :])
        return self._addressed(rows)

    def _addressed(self, rows: list[int]) -> tuple[str, tuple[str, str, str] | None]:
        """The holder a notice above its table is addressed to ('笪玥泠同志：' on a line of
        its own), with the (unit, 科室, post) its letter says he holds ('你所在的财政审计科科长
        岗位存在以下廉政风险'), else ('', None)."""
        sh = self.sh
        name, where = "", None
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) != 1:
                continue
            text = sh.rows[r][cols[0]]
            m = _SALUTATION.match(text) if not name else None
            if (
                m
                and not m.group(1).startswith(_ALL_OF_US)  # '各位同志：', '全体同志：': no one
                and (looks_like_name(m.group(1)) or _PLAIN_NAME.fullmatch(m.group(1)))
            ):
                name = m.group(1)
                continue
            p = _YOUR_POST.search(text) if name else None
            if p:
                u, d, post = split_unit_title(squeeze(p.group(1)))
                if is_post(post):
                    where = (u, d, post)
                break
        return name, where

    def _own_line(self, r: int) -> bool:
        """A sign-off line under a personal form in which its holder signs with his own 科室 or
        post ('填表人：郈语澈 | 所在科室：监督管理科 | 职务：科员 | 填表日期：…', '承诺人： | 科室：…'
        with the name left to sign by hand) and no one else signs by name: a reviewer's '审核人：
        王五 | 职务：科长' gives his own post; an empty '科室负责人审核：' slot gives nothing."""
        sh = self.sh
        if sh.kind(r) != "signoff" and not self._signer_pairs(r):
            return False
        cells = [sh.rows[r][c] for c in sh.nonempty(r)]
        own = other = False
        for i, v in enumerate(cells):
            label, colon, value = v.partition("：") if "：" in v else v.partition(":")
            if _FILLED_INLINE.match(v) or _SIGNED.match(v) or _SIGNER_LABEL.match(v):
                own = True
            elif _signer_leads(v) or _filler_leads(v):
                own = True  # '持卡人（签字）：冼栖梧　　职务：主任' in one cell
            elif _OTHER_SIGNER.search(label):
                after = cells[i + 1] if i + 1 < len(cells) else ""
                named = (
                    value.strip()
                    or looks_like_name(label.split()[-1])
                    or (looks_like_name(after) and not _field_with_value(after))
                )  # '审核人：李四', '审核人 李四', '审核人： | 李四'
                if named:
                    other = True  # another signs here by name: the fields are his
        fields = {got[0] for v in cells if (got := _field_with_value(v))}
        fields |= {f for v in cells for f, _v in _fields_in_line(v)}
        return own and not other and bool(fields & {"department", "title"})

    def _filled_by(self, rows: list[int]) -> str:
        """The person a personal form's preamble or sign-off line says filled it in ('填表人 |
        韩雪', '填表人：韩雪'), else ''."""
        sh = self.sh
        for r in rows:
            cols = sh.nonempty(r)
            for i, c in enumerate(cols):
                m = _FILLED_INLINE.match(sh.rows[r][c])
                if m and m.group(1) and looks_like_name(m.group(1)):
                    return m.group(1)
                if (
                    i + 1 < len(cols)
                    and sh.key(r, c) in _FILLER
                    and looks_like_name(sh.rows[r][cols[i + 1]])
                ):
                    return squeeze(sh.rows[r][cols[i + 1]])
        return ""

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
                sh.kind(r) == "note"
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
        return self._level_said_column(roles, col_role, rows, h, depth, legend)

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

    def _stamp(self, r: int) -> bool:
        """A lone line naming an organisation under a form ('XX县住房和城乡建设局'): the unit
        that signs it, kept in ``self.stamps``."""
        cols = self.sh.nonempty(r)
        text = self.sh.rows[r][cols[0]].strip() if len(cols) == 1 else ""
        if text and _names_a_body(text):
            self.stamps.append((r, text))
            return True
        return False

    def _stamp_under(self, r: int, start: int) -> bool:
        """Row ``r`` names a body alone, right under the rows (``start``) or over a date line:
        the stamp that signs the form above, kept in ``self.stamps`` (not the next one's unit)."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1 or not _names_a_body(self.sh.rows[r][cols[0]].strip()):
            return False
        nxt = next((x for x in range(r + 1, len(self.sh.rows)) if self.sh.kind(x) != "blank"), None)
        dated = nxt is not None and all(
            _is_date(self.sh.rows[nxt][c]) for c in self.sh.nonempty(nxt)
        )
        if r != start and not dated:
            return False
        return self._stamp(r)

    def _stamp_line(self, r: int) -> None:
        """A sign-off line under a form opening with its unit ('单位(盖章)：XX县图书馆 | 2024年6月'):
        the unit that signs it, kept in ``self.stamps``."""
        cols = self.sh.nonempty(r)
        row = self.sh.rows[r]
        if cols and _OVER_THE_UNIT.match(label_key(row[cols[0]])):
            # '主管部门 | XX县卫生健康局 | 单位名称 | …': from the unit's own label on
            cols = next(([c for c in cols if c >= x] for x in cols if _is_unit_label(row[x])), [])
        first = row[cols[0]] if cols else ""
        bare = _UNIT.match(fold(first)) if _is_unit_label(first) else None
        if bare is not None and not bare.group(1).strip() and len(cols) > 1:
            value = row[cols[1]].strip()  # '填报单位（盖章） | XX镇中心卫生院 | 填报日期 | …'
            if len(value) > 2 and _names_a_body(value):
                self.stamps.append((r, value))
            return
        if not _is_unit_label(first) or ("：" not in first and ":" not in first):
            return
        value = re.sub(
            r"[(（]\s*(?:盖章|公章|章)\s*[)）]", "", re.split(r"[:：]", first, maxsplit=1)[1]
        )
        value = value.strip()
        if len(value) > 2 and _names_a_body(value):
            self.stamps.append((r, value))

    def _group_row(self, r: int, t: _Table, next_h: int) -> bool:
        """A row that names a post, its holder or duty and leaves every risk column empty, over
        rows of points that leave those cells empty in turn: it heads them (their cells take
        its values), it is no point left blank."""
        sh, roles = self.sh, t.roles
        row = sh.rows[r]

        def filled(x: list[str], role: str) -> bool:
            c = roles.get(role)
            return c is not None and c < len(x) and bool(x[c])

        risk = ("risk_point", "description", "risk_type", "risk_level", "measures")
        own = [role for role in ("department", "title", "person", "duty") if filled(row, role)]
        if not own or any(filled(row, role) for role in risk):
            return False
        for x in range(r + 1, next_h):
            below = sh.rows[x]
            if not any(below):
                continue
            return filled(below, "risk_point") and not any(filled(below, role) for role in own)
        return False

    def _pledge_line(self, r: int) -> bool:
        """A lone sentence of a pledge under it ('以上承诺,保证做到,并请广大干部群众予以监督。')."""
        cols = self.sh.nonempty(r)
        text = self.sh.rows[r][cols[0]] if len(cols) == 1 else ""
        return "承诺" in text and len(text) >= 8 and text.rstrip().endswith(("。", "！", "!"))

    def _pledge_text(self, r: int) -> bool:
        """Row ``r`` is a pledge's words written across the form ('…郑重承诺如下'), or a
        notice's to its holder ('…你所在的副局长岗位存在以下廉政风险…')."""
        if not self._paragraph(r):
            return False
        text = self.sh.rows[r][self.sh.nonempty(r)[-1]]
        return "承诺" in text or bool(_YOUR_POST.search(text))

    def _paragraph(self, r: int) -> bool:
        """Row ``r`` is a paragraph written across the form: at most a label and one long text
        merged over three columns or more ('廉政承诺 | 本人郑重承诺……')."""
        sh = self.sh
        cols = sh.nonempty(r)
        if not 1 <= len(cols) <= 2:
            return False
        c = cols[-1]
        text = sh.rows[r][c]
        if NUMBERING.match(sh.rows[r][cols[0]]):
            return False  # '一、财务管理岗位(负责……)': a caption over rows, not a paragraph
        return len(text) >= 20 and sh.span_end(r, c) - c >= 2

    def _across_roles(self, r: int, pc: int, roles: dict[str, int]) -> bool:
        """The text of row ``r`` in or over the point's column is merged over the level, type
        or measures column (a pledge written from column A across the form, say)."""
        sh = self.sh
        start = next((c for c in reversed(sh.nonempty(r)) if c <= pc), None)
        if start is None:
            return False
        end = sh.span_end(r, start)
        return end >= pc and any(
            pc < roles[x] <= end for x in ("risk_level", "risk_type", "measures") if x in roles
        )

    def _leveled(self, row: list[str], t: _Table) -> bool:
        """The row's level cell holds a level ('增加公众参与意见 | … | 高': a row, no review box)."""
        lc = t.roles.get("risk_level")
        return lc is not None and lc < len(row) and self.config.level(row[lc]) is not None

    def _rows_resume(self, r: int, next_h: int, t: _Table) -> bool:
        """Risk rows go on under the sign-off line ``r``, past blank lines and one line saying
        they were added ('补充风险点（…按反馈意见增加）：') or captioning the next run
        ('以下风险点责任科室：…　责任人：…', '二、收费室') where such captions began the runs
        above (not last year's list under its own caption, '附：2024年度…风险点'): the next
        row is data, its point and its level or measures filled."""
        sh = self.sh
        captions = 0
        for x in range(r + 1, next_h):
            if sh.kind(x) == "blank":
                continue
            cols = sh.nonempty(x)
            text = sh.rows[x][cols[0]].strip() if len(cols) == 1 else ""
            if (
                text
                and not captions
                and (
                    text.endswith((":", "："))
                    or (
                        t.sections
                        and not _FORMER_LIST.search(text)
                        and (_caption_holder_fields(text) or caption_identity(text) is not None)
                    )
                )
            ):
                captions += 1
                continue
            lc = t.roles.get("risk_level")
            row = sh.rows[x]
            leveled = lc is not None and lc < len(row) and self.config.level(row[lc]) is not None
            return sh.kind(x) in ("other", "fields") and self._datalike(x, t) and leveled
        return False

    def _points_by_row(self, t: _Table, next_h: int) -> dict[int, str] | None:
        """A short point merged down over rows that each give its form (描述, 表现形式) with a
        level and measures of their own: row → the merged name, for every row under such a
        merge; None where no point is merged so (a point's level merged down with it, or the
        rows' levels left blank, keep one point)."""
        pc, dc, lc = t.roles["risk_point"], t.roles["description"], t.roles.get("risk_level")
        if lc is None:
            return None
        sh, merged = self.sh, self.grid.merged_into
        out: dict[int, str] = {}
        for r0, c0, r1, c1 in self.grid.merges or ():
            if c0 != pc or c1 != pc or r1 <= r0 or not t.start <= r0 < next_h:
                continue
            rows = range(r0, min(r1, next_h - 1) + 1)
            if any(
                (x, lc) in merged
                or dc >= len(sh.rows[x])
                or not sh.rows[x][dc].strip()
                or lc >= len(sh.rows[x])
                or not sh.rows[x][lc].strip()
                for x in rows
            ):
                continue  # (its level merged down with it: one point, whatever the others)
            name = sh.rows[r0][pc].strip()
            out.update((x, name) for x in rows)
        return out or None

    def _item_over_points(self, r: int, row: list[str], t: _Table) -> bool:
        """Row ``r`` writes in the point's column only a work item ('（一）“两违”治理'): no 序号,
        level, type or measures of its own, and the next row opens its point with '1' and gives
        a level or a 序号."""
        roles = t.roles
        own = [roles[x] for x in ("seq", "risk_level", "risk_type", "measures") if x in roles]
        if any(c < len(row) and row[c].strip() for c in own):
            return False
        item = squeeze(_CN_ITEM.sub("", row[roles["risk_point"]], count=1))
        if caption_identity(item) or caption_level(item, self.config):
            return False  # ('一、办公室', '二、一级风险点': a group line naming a 科室 or a level)
        nxt = r + 1
        if nxt >= len(self.sh.rows):
            return False
        below = self.sh.rows[nxt]
        pc = roles["risk_point"]
        if pc >= len(below) or not _FIRST_ITEM.match(below[pc]):
            return False
        return any(c < len(below) and below[c].strip() for c in own)

    def _data_after(self, r: int, next_h: int, pc: int) -> bool:
        """Some row after row ``r`` (before the next header) holds a risk point among other
        cells (a data row, whatever words it ends with)."""
        sh = self.sh
        return any(
            pc < len(sh.rows[x]) and sh.rows[x][pc].strip() and len(sh.nonempty(x)) >= 3
            for x in range(r + 1, next_h)
        )

    def _rows_follow(self, r: int, next_h: int, pc: int) -> bool:
        """Whether risk rows go on after row ``r`` (past blank lines): the next row that is
        not blank has a risk point and is no sign-off, review or note."""
        sh = self.sh
        for x in range(r + 1, next_h):
            k = sh.kind(x)
            if k == "blank":
                continue
            row = sh.rows[x]
            v = row[pc].strip() if pc < len(row) else ""
            if k == "signoff":  # '2 | 虚列支出 | 高 | 复核': a row of short cells ending in a word
                return (  # a sign-off may use, its point filled: data
                    bool(v)
                    and len(sh.nonempty(x)) >= 3
                    and not v.endswith((":", "："))
                    and not _is_signoff_label(_key(v))
                    and not looks_like_name(v)
                )
            return k in ("other", "fields") and bool(v)
        return False

    @staticmethod
    def _nothing(row: list[str], t: _Table) -> bool:
        """A row whose risk columns say only 无 (or are blank) reports no risk (a group's of
        points across the row: its own columns, not those it shares with the others)."""
        said = False
        shared = set.intersection(*(set(m.values()) for m in t.across)) if t.across else set()
        for role in ("risk_point", "description", "risk_type", "risk_level", "measures"):
            c = t.roles.get(role)
            v = row[c] if c is not None and c < len(row) and c not in shared else ""
            if not v:
                continue
            if len(v) > 8 or (
                label_key(v) not in _NOTHING and label_key(v).strip("-—") not in _PROMPTS
            ):
                return False
            said = True
        return said

    def _shared_by_all(self, t: _Table, rows: list[RawRisk], end: int) -> list[RawRisk]:
        """A post merged down its block with several names listed beside it a row each, under a
        note saying the post's points are shared by all its people ('该岗位所列风险点为本岗位
        全体人员共同防控的风险点'): every one listed holds each point of the block; a row of a
        name alone is no row missing its point."""
        sh, tc, pc = self.sh, t.roles["title"], t.roles["person"]
        blocks = [
            (r0, r1)
            for r0, c0, r1, c1 in self.grid.merges or ()
            if c0 == c1 == tc and r1 > r0 and t.start <= r0 < end
        ]
        if not blocks:
            return rows
        listed = {}
        for r0, r1 in blocks:
            names = [squeeze(sh.rows[x][pc]) for x in range(r0, r1 + 1) if pc < len(sh.rows[x])]
            names = [x for x in names if x and (looks_like_name(x) or _bracketed_name(x))]
            if len(set(names)) >= 2:
                listed[(r0, r1)] = list(dict.fromkeys(names))
        if not listed:
            return rows
        notes = "".join(v for x in range(end, min(len(sh.rows), end + 6)) for v in sh.rows[x] if v)
        if not _SHARED_BY_ALL.search(notes) or "本人" in notes:
            return rows
        out = []
        for rr in rows:
            block = next((b for b in listed if b[0] <= rr.row <= b[1]), None)
            if block is None:
                out.append(rr)
                continue
            self.seen += len(listed[block]) - 1
            out.extend(replace(rr, person=name) for name in listed[block])
        # a name alone on its row in such a block: one of the post's people, no point missing
        lone = {
            cell_ref(x, t.roles["risk_point"])
            for (r0, r1) in listed
            for x in range(r0, r1 + 1)
            if sh.nonempty(x) == [pc]
        }
        kept = [i for i in self.issues if not (i.code == "POINT_BLANK" and i.cell in lone)]
        self.seen -= len(self.issues) - len(kept)
        self.reported -= len(self.issues) - len(kept)
        self.issues = kept
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

    def _measures_lines_by_number(self, t: _Table, rows: list[RawRisk]) -> None:
        """One measures cell serving several rows (merged down over a holder's points), its
        lines keyed to the points by their 序号 ('针对风险点3：…⏎针对风险点4：…'): each row keeps
        the lines of its own number (a row's own cell keyed to its own number, the key dropped;
        unkeyed lines go with the key above them, '风险点1：⏎（1）…⏎（2）…'). Only where the first
        line is keyed and the keys are exactly the 序号 of the rows the cell serves; otherwise
        each keeps the whole cell, as before."""
        sc = t.roles["seq"]
        groups: dict[str, list[RawRisk]] = {}
        for rr in rows:
            if "风险点" in rr.measures:
                groups.setdefault(rr.measures, []).append(rr)
        done = 0
        for text, served in groups.items():
            keyed: dict[int, list[str]] = {}
            key = None
            for line in filter(None, (x.strip() for x in text.split("\n"))):
                m = _KEYED_LINE.match(line)
                if m:
                    key = int(m.group(1) or m.group(2))
                    line = line[m.end() :].strip()
                elif key is None:
                    break  # (the first line keyed, or none of them is read so)
                if line:  # ('风险点1：⏎（1）…⏎（2）…': a key's lines under it)
                    keyed.setdefault(key, []).append(line)
                else:
                    keyed.setdefault(key, [])
            else:
                numbers = [self._seq_number(rr, sc) for rr in served]
                numbers = [-1 if n is None else n for n in numbers]
                if sorted(numbers) != sorted(keyed) or len(set(numbers)) != len(numbers):
                    continue  # (a key naming no row it serves, a row with no key: unsaid)
                for rr, k in zip(served, numbers, strict=True):
                    rr.measures = "\n".join(keyed[k])
                done += len(served)
        if done:
            self.issues.append(
                make_issue("MEASURES_LINES_BY_NUMBER", self.rel, self.grid.name,
                           cell_ref(t.row, t.roles["measures"]), value=f"{done}个风险点")
            )  # fmt: skip

    def _keyed_measures(self, t: _Table, rows: list[RawRisk], forms: list[RawForm]) -> bool:
        """A table of measures under a list of points, naming in its point column only the
        numbers of the points above ('对应风险点 | 防控措施' over '1、2 | …', '4—5 | …'): each
        measure goes to the points it names (by their 序号), and the table gives no points.
        Numbers that name no point above leave it a table of its own."""
        if "measures" not in t.roles:
            return False
        refs = [_point_numbers(rr.risk_point) for rr in rows]
        if not all(refs):
            return False
        by_number: dict[int, list[RawRisk]] = {}
        for f in forms:
            for rr in f.risks:
                n = None if rr.sheet else self._seq_number(rr, rr.cols.get("seq"))
                if n is not None:
                    by_number.setdefault(n, []).append(rr)
        if not all(k in by_number for ks in refs for k in ks):
            return False
        named = {k for ks in refs for k in ks}
        if any(len(by_number[k]) > 1 for k in named):
            # numbers begun again per post above: which post's point each names is unsaid
            self.issues.append(
                make_issue("MEASURES_NUMBERS_UNCLEAR", self.rel, self.grid.name,
                           rows[0].cell("risk_point"), value=f"{len(rows)}条")
            )  # fmt: skip
            return True
        for rr, ks in zip(rows, refs, strict=True):
            said = rr.measures.strip()
            for k in ks:
                for x in by_number[k]:
                    if said and said not in x.measures:
                        x.measures = f"{x.measures}\n{said}" if x.measures else said
        first = rows[0]
        self.issues.append(
            make_issue("MEASURES_BY_NUMBER", self.rel, self.grid.name, first.cell("risk_point"),
                       value=f"{len(rows)}条")
        )  # fmt: skip
        return True

    def _seq_number(self, rr: RawRisk, sc: int | None) -> int | None:
        """The number in the 序号 cell (column ``sc``) of ``rr``'s row; None where it holds no
        decimal number ('①', '一', blank)."""
        line = self.sh.rows[rr.row]
        v = line[sc].strip() if sc is not None and sc < len(line) else ""
        return int(v) if v.isdecimal() else None

    def _cross_refs(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A row whose point cell names other rows of the table by number ('同内科科主任（第1—3
        项）', merged over the point, its level and measures): those rows' points, levels and
        measures, for this row's post and holder, instead of the words of the reference."""
        sc = t.roles["seq"]
        by_number: dict[int, list[RawRisk]] = {}
        for rr in rows:
            n = self._seq_number(rr, sc)
            if n is not None:
                by_number.setdefault(n, []).append(rr)
        out: list[RawRisk] = []
        for rr in rows:
            m = _cross_ref(rr.risk_point)
            if not m:
                out.append(rr)
                continue
            first, last = int(m.group(3)), int(m.group(5) or m.group(3))
            if m.group(4) in ("、", "，", ","):
                numbers = [first, last]  # '同第1、3项': those two
            else:
                numbers = list(range(first, min(last, first + 50) + 1))  # '第1—3项': the run
            named = squeeze(m.group(1))
            got = []
            for k in numbers:
                cands = [x for x in by_number.get(k, []) if not _cross_ref(x.risk_point)]
                fits = [x for x in cands if named and (x.department + x.title) and
                        (x.department and x.department in named or x.title and x.title in named)]  # fmt: skip
                above = [x for x in cands if x.row < rr.row]
                # (a named post's row; else, numbers restarting a group, the nearest above)
                got.extend(fits[:1] or above[-1:] or cands[:1])
            if not got:
                out.append(rr)  # (no such rows here: the reference stays, as written)
                continue
            self.seen += len(got) - 1
            for x in got:
                out.append(replace(x, row=rr.row, person=rr.person, department=rr.department,
                                   title=rr.title, unit=rr.unit or x.unit,
                                   rows={role: x.row for role in x.cols}))  # fmt: skip
        return out

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
        column reads as before)."""
        sh = self.sh
        bottom = sh.rows[h + depth - 1]
        cols = range(min(headings), max(len(bottom), max(headings) + 1))

        def text(x: int) -> str:
            v = bottom[x] if x < len(bottom) else ""
            return squeeze(v if v.strip() else labels.get(x, ""))

        def kind(x: int) -> str | None:
            t = text(x)
            if not t or len(t) > 12:
                return None
            m = _FACTOR_LETTER.search(t)
            if m:
                return "C" if (m.group(1) or m.group(2)) == "S" else m.group(1) or m.group(2)
            names = {k for k, rx in _FACTOR_NAMES if rx.search(t)}
            return names.pop() if len(names) == 1 else None

        kinds = {x: k for x in cols if (k := kind(x))}
        if len(kinds) < 2:
            return None  # (most tables: no factor named at all)
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

    def _scores_said(self, h: int, depth: int, scores: _Scores) -> None:
        """The one issue of a table graded by its factors: an info naming the bands read, or a
        warning that no note bands their product (no level is made up)."""
        at = cell_ref(h + depth - 1, scores.cols[0])
        names = "“" + "”“".join(scores.names) + "”"
        if not scores.bands:
            said = f"本表没有风险级别列,只有{names}各列的评价分值,表下说明没有写明分值(乘积)的区段各为几级风险"
            self.issues.append(
                make_issue("LEVEL_FACTORS_UNBANDED", self.rel, self.grid.name, at, value=said)
            )
            return
        by = (
            f"“{scores.total_name}”列的分值({names}各列分值的乘积)"
            if scores.total is not None
            else f"{names}各列分值的乘积"
        )
        self.issues.append(
            make_issue("LEVEL_BY_FACTORS", self.rel, self.grid.name, at,
                       value=_said_bands(scores.bands), by=by)
        )  # fmt: skip

    def _scored_level(self, row: list[str], r: int, scores: _Scores) -> str:
        """The level of a row graded by factors: the band its product falls in (the product's
        column as written where filled, a product differing from it a warning); '' where a
        factor is missing, no note bands it or the product is in no one band."""
        got = [row[c].strip() if c < len(row) else "" for c in scores.cols]
        product = None
        if all(_NUMBER.fullmatch(v) for v in got):
            product = 1.0
            for v in got:
                product *= float(v)
        t = scores.total
        written = row[t].strip() if t is not None and t < len(row) else ""
        value = product
        if written and _NUMBER.fullmatch(written):
            value = float(written)
            if product is not None and abs(value - product) > 1e-6 * max(1.0, abs(product)):
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

    def _computed_only(self, row: list[str], t: _Table) -> bool:
        """A row of no point holding only what a template's formulas give on an unused row: its
        number, a score of 0 and the level 0 maps to ('=ROW()-4', '=F5*G5', '=IF(H5>=15,"高",…)'
        copied down), nothing anyone typed."""
        seq, lc = t.roles.get("seq"), t.roles.get("risk_level")
        number = False
        for c, v in enumerate(row):
            if not v:
                continue
            if c == lc:
                if not self.config.level(v):
                    return False
            elif _NUMBER.fullmatch(v):
                if c != seq and float(v) != 0:
                    return False  # (a typed 可能性, 金额: a row someone filled in)
                number = number or c != seq
            else:
                return False
        return number and lc is not None and lc < len(row) and bool(row[lc])

    def _next_group(self, row: list[str], t: _Table) -> list[str] | None:
        """A row whose first group of point columns says nothing ('/ | / | /' under 事前) but a
        later group a point: the row with that group's cells moved into the first group's
        (and cleared where they were), or None when no group says anything."""
        for more in t.across:
            c = more["risk_point"]
            v = row[c] if c < len(row) else ""
            if v and v not in _DITTO and label_key(v) not in _NOTHING:
                out = list(row) + [""] * max(0, max(t.roles.values()) + 1 - len(row))
                for role, x in more.items():
                    first = t.roles.get(role)
                    if first is not None and first != x and x < len(out):
                        out[first], out[x] = out[x], ""
                return out
        return None

    @staticmethod
    def _maybe_tail(first: str) -> bool:
        """Whether a row with a risk point could still be a review box or sign-off line: its
        first filled cell is short and names one (checked cheaply before classifying the row)."""
        if len(first) > 40 or first.isdigit():
            return False
        if len(first) <= 16 and first.endswith((":", "：")):
            return True  # a label: '村务监督委员会主任:' over a place to sign
        if _signed_label(first):
            return True  # '编制:综合部 | … | 审核:纪检监察室 | … | 2024年7月' under the table
        if _is_unit_label(first) and (":" in first or "：" in first):
            return True  # '填报单位:XX县青溪镇农业技术推广站 | 填报人: | 祁山' under the table
        if ("主管" in first or "归口" in first) and _OVER_THE_UNIT.match(label_key(first)):
            return True  # '主管部门 | XX县卫生健康局 | 单位名称 | …' under the table
        # … or the next form's preamble ('姓名 | 郑丽华 | 职务 | 镇长' between stacked cards)
        # ('科室 | 培训部 | 负责人 | … ' moved under a 附件3's table)
        return _tail_label(first) or (
            len(first) <= 8 and field_of(label_key(first)) in ("person", "department", "head")
        )

    def _datalike(self, r: int, t: _Table) -> bool:
        """A row with text under at least two of the table's risk columns is data, unless
        that text is itself a sign-off label or a date ('审核人:' under 风险点)."""
        row = self.sh.rows[r]
        n = 0
        for role in ("risk_point", "risk_level", "measures", "risk_type", "description"):
            c = t.roles.get(role)
            if c is None or c >= len(row) or not row[c]:
                continue
            k, v = self.sh.key(r, c), row[c].strip()
            if (
                _is_signoff_label(k)
                or _is_date(v)
                or v.endswith((":", "："))
                or "意见" in k
                or _signed_label(v)  # '审核:纪检监察室' under 风险点
                or (len(v) <= 24 and _field_with_value(v))  # '所在科室：监督管理科' signed beside
            ):
                continue  # a label of a sign-off or a review ('站所负责人意见:')
            if role == "risk_point" and looks_like_name(v):
                continue  # a name signed beside '本人签字:', not a risk
            n += 1
        return n >= 2

    def _fields_group(self, r: int, t: _Table, carry: dict[str, str], next_h: int, pc: int) -> bool:
        """A line of fields across a table ('岗位:党建办主任　　责任人:龙梅') naming a post, its
        holder or 科室 where the table has no such column, over rows of points: it heads them."""
        text = self.sh.rows[r][self.sh.nonempty(r)[0]]
        got = dict(_fields_in_line(text))
        own = {"department", "title", "person"}
        if len(got) < 2 or not set(got) <= own or set(got) & set(t.roles):
            return False
        if "person" in got and ("title" in t.roles or not looks_like_name(got["person"])):
            return False  # '责任人：各科室负责人'; a holder over several posts' rows names none
        if not self._rows_follow(r, next_h, pc):
            return False
        for role in ("department", "title", "person"):
            if role in got:
                carry[role] = got[role].strip()
            elif role != "department":
                carry.pop(role, None)  # a new post starts afresh
        carry.pop("duty", None)
        t.sections = True  # a list now: its rows belong to the posts the lines name
        return True

    def _pairs_group(self, r: int, t: _Table, carry: dict[str, str], next_h: int, pc: int) -> bool:
        """A line of labels and values in the table's own cells ('持卡人 | 璩湙岚 | 所在股室 |
        站领导 | 职务 | 站长') right under the heading, or after rows where such a line opened
        the rows before, over rows of points: it names the holder, post and 科室 of the rows
        below it (several cards stacked under one heading). Where no such line stood under the
        heading, a line after rows closes them instead (a signer's, ``_block_signer``)."""
        if r != t.start and "_pairs" not in carry:
            return False
        got = {f: v.strip() for f, (v, _cell) in _parse_fields(self.sh, [r], {}).items()}
        got = {f: v for f, v in got.items() if f in ("department", "title", "person") and v}
        if "person" not in got or len(got) < 2 or set(got) & set(t.roles):
            return False
        who = got["person"]
        if not (looks_like_name(who) or _PLAIN_NAME.fullmatch(who)):
            return False  # ('持卡人 | 各股室负责人': no one's name)
        if not self._rows_follow(r, next_h, pc):
            return False
        for role in ("department", "title", "person"):
            if role in got:
                carry[role] = got[role]
            else:
                carry.pop(role, None)
        carry.pop("duty", None)
        carry["_pairs"] = ""
        t.sections = True  # a list now: its rows belong to the holders the lines name
        return True

    @staticmethod
    def _row_values(row: list[str], t: _Table) -> dict[str, str]:
        """A row's cells by the table's roles (a measure with its stage, where a column gives
        one: '事中：…')."""
        out = {role: row[c] if c < len(row) else "" for role, c in t.roles.items()}
        if t.stage_col is not None and out.get("measures"):
            out["measures"] = _with_stage(row, t.stage_col, out["measures"])
        return out

    def _record_goes_on(self, r: int, row: list[str], t: _Table, prev: RawRisk) -> bool:
        """Row ``r`` goes on with the record of ``prev``: its 序号 and its level and type cells
        are merged down from ``prev``'s row, its own point cell is empty or the first words
        under the point (no description yet), and its measures cell is empty or numbered on
        ('2.…' after '1.…'): not a post's next point under a 序号 and grade merged per post."""
        merged = self.grid.merged_into
        roles = t.roles
        kinds = [roles[x] for x in ("risk_level", "risk_type") if x in roles]
        if not kinds or any(
            merged.get((r, c), (-1, -1))[0] != prev.row for c in (roles["seq"], *kinds)
        ):
            return False
        pc = roles["risk_point"]
        point = row[pc].strip() if pc < len(row) else ""
        if point and (prev.description or "description" in roles or _MEASURE_ITEM.match(point)):
            return False  # ('2.坐支现金；': a numbered point of its own, or a measure line)
        name = prev.risk_point.strip()
        if point and (len(point) < 1.5 * len(name) or len(point) < len(name) + 6):
            return False  # (how a point shows says more than its name; a next point no more)
        if t.point_measures:
            return False  # ('（1）…' under '风险点及防控措施': the point's measure lines)
        mc = roles.get("measures")
        said = row[mc].strip() if mc is not None and mc < len(row) else ""
        if mc is not None and merged.get((r, mc), (-1, -1))[0] == prev.row:
            return False  # (the measures merged over it too: a post's points sharing them)
        if said:
            m = _NUMBER_ON.match(said)
            last = _NUMBER_ON.findall("\n".join(line.strip() for line in prev.measures.split("\n")))
            if not m or not last or int(m.group(1)) != int(last[-1]) + 1:
                return False
        return bool(point or said)

    def _continues_above(self, r: int, row: list[str], t: _Table, above: RawRisk) -> bool:
        """A row holding only the rest of the point (and of its measures) of the row above, typed
        on into it ('村级工程项目化整为零规避招标，' over '指定亲友承建'): joined to it, no point of
        its own. Only where the row above broke off mid-sentence and this one fills nothing else."""
        # (a row cut by a page break: the rest on the next page, under the repeated heading)
        paged = (
            above.row < r - 1
            and all(
                x in self.repeated or self.sh.kind(x) in ("blank", "page")
                for x in range(above.row + 1, r)
            )
            and any(x in self.repeated for x in range(above.row + 1, r))
        )
        if above.row != r - 1 and self._joined != (id(above), r - 1) and not paged:
            return False
        if not paged and not above.risk_point.rstrip().endswith(_GOES_ON):
            return False
        if (
            paged
            and (
                "risk_level"
                not in t.roles  # (no level to show the row is a part: a post's next point)
                or above.risk_point.rstrip().endswith(("。", "；", ";", "！", "？"))
                or _has_colon(row[t.roles["risk_point"]][:12])  # ('资金管理：…' opens a point)
            )
        ):
            return False
        roles = t.roles
        if NUMBERING.match(row[roles["risk_point"]]):
            return False  # '2.坐支现金', '（2）…': the next item, no wrapped sentence
        own = {roles[x] for x in ("risk_point", "measures", "description") if x in roles}
        if any(v for c, v in enumerate(row) if v and c not in own):
            return False
        above.risk_point += row[roles["risk_point"]].strip()
        mc = roles.get("measures")
        if mc is not None and mc < len(row) and row[mc]:
            joint = "" if above.measures.rstrip().endswith(_GOES_ON) else "\n"
            above.measures = (
                (above.measures + joint + row[mc].strip()) if above.measures else row[mc]
            )
        self._joined = (id(above), r)  # (a sentence may go on over a third row)
        return True

    def _kinds_ticked(self, row: list[str], r: int, t: _Table) -> str:
        """A row's measures under ``t.measure_kinds``: the kinds it ticks ('人防、技防'), '' where
        it ticks none (a tick merged down over a post's rows is each row's); a row writing a
        text there instead keeps its cells' texts, joined, as read."""
        said = [
            ((row[c] if c < len(row) else "") or self._merged_below(r, c, t)).strip()
            for c in t.measure_kinds
        ]
        if not all(v in _KIND_MARKS for v in said if v):
            return "\n".join(v for v in said if v)
        kinds = t.measure_kinds.values()
        return "、".join(k for k, v in zip(kinds, said, strict=True) if _kind_ticked(v))

    def _merged_below(self, r: int, c: int, t: _Table) -> str:
        """The value of a cell merged down from a row of the table, else ''."""
        top = self.grid.merged_into.get((r, c)) if self.grid.merges else None
        if top is None or not t.start <= top[0] < r or top[1] != c:
            return ""  # not merged down in this column (a merge across repeats nothing)
        row = self.sh.rows[top[0]]
        return row[top[1]] if top[1] < len(row) else ""

    def _side_title(self) -> tuple[int, int, str] | None:
        """The table's title typed in ONE cell merged down its left (or right) edge, from its
        heading row on, beside the heading and the rows, as a page bound at that edge prints it
        ('X⏎X⏎县⏎…⏎一⏎览⏎表' in A1:A9 beside a table from B1; one character a line or turned):
        (its first row, its last row, the title); the cell taken out of the sheet (no column of
        the table, its text no one's duty) and reported. None where there is none: a name, a
        ``骑⏎缝⏎线``, a 科室 or a 监督主体 merged down beside the rows is a field and stays."""
        grid = self.grid
        rows = grid.rows
        found = None
        for m in grid.merges or ():  # (the cheap test: a merge one column wide, 3+ rows down)
            r0, c, r1, c1 = m
            if c1 != c or r1 - r0 < 2 or r0 >= len(rows) or c >= len(rows[r0]):
                continue
            title = squeeze(rows[r0][c])
            if not _side_title_text(title):
                continue
            span = rows[r0 : r1 + 1]
            left = not any(v for row in span for v in row[:c])
            right = not any(v for row in span for v in row[c + 1 :])
            if left == right:
                continue  # (in the middle of the sheet, or nothing beside it)
            # the table's heading beside it, on its first rows: no heading of its own above it
            beside = [(row[c + 1 :] if left else row[:c]) for row in rows[r0 : min(r1, r0 + 2) + 1]]
            if not any(any(map(_names_point_cell, row)) for row in beside):
                continue
            found = (m, left, title)
            break
        if found is None:
            return None
        (r0, c, r1, _c1), left, title = found
        new_rows = [
            [("" if x == c and r0 <= r <= r1 else v) for x, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        merges = [m for m in grid.merges or () if m != found[0]]
        self.grid = replace(grid, rows=new_rows, merges=merges)
        self.sh = _Sheet(self.grid)
        self.issues.append(
            make_issue(
                "TITLE_BESIDE_TABLE",
                self.rel,
                grid.name,
                cell_ref(r0, c),
                "左侧" if left else "右侧",
                title,
            )
        )
        return r0, r1, title

    def _side_panel(self) -> dict[str, tuple[str, str]]:
        """A card whose holder's fields stand in a panel of label | value columns left of its
        table, in the same rows, an empty column between ('姓　　名 | 郄澹宁' … beside '序号 | 风险点
        | …'): the fields, and the panel taken out of the sheet (its labels are no column of the
        table, its caption no part of the title); {} where there is none."""
        sh = self.sh
        rows = sh.rows
        for row in rows:  # (the cheap test: column C empty all down the sheet)
            if len(row) > 2 and row[2]:
                return {}
        k = 2  # the panel's columns: its labels and their values; column k (C) empty
        for row in rows[: min(len(rows), 40)]:  # (the cheap test: a label, a value, a gap, more)
            if len(row) > 3 and row[0] and row[1] and not row[2] and any(row[3:]):
                break
        else:
            return {}
        labels = [r for r in range(len(rows)) if rows[r] and rows[r][0] and len(rows[r][0]) <= 8]
        found: dict[str, tuple[str, str]] = {}
        panel: set[int] = set()  # (a title across the sheet stays)
        for r in labels:
            key = _key(rows[r][0])
            fld = field_of(key)
            if fld or key in _PERSONAL_LABELS or key in _PANEL_WORDS or key in _PANEL_CAPTIONS:
                panel.add(r)
            if fld in ("person", "department", "title", "declared_grade", "unit"):
                value = next(
                    (rows[r][c] for c in range(1, k) if c < len(rows[r]) and rows[r][c]), ""
                )
                if value:
                    found.setdefault(fld, (value.strip(), cell_ref(r, 1)))
        if len(panel) < 3 or "person" not in found:
            return {}
        # the table's heading row stands right of the gap ('序号 | 风险点' in A:B is the table's)
        if any(
            any(_names_point_cell(v) for v in row[: k + 1])
            for r, row in enumerate(rows)
            if sh.names_point(r)
        ):
            return {}
        sh.rows = [
            [("" if c < k and r in panel else v) for c, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        sh._nonempty = [None] * len(sh.rows)
        sh._kinds = [None] * len(sh.rows)
        return found

    def _right_panel(self) -> dict[str, tuple[str, str]]:
        """``_side_panel`` mirrored: the holder's label | value columns right of the table, an
        empty column between ('序号 | 风险点 | … | | 姓名 | 逄峤生'): the fields, the panel taken
        out of the sheet; {} where there is none."""
        sh = self.sh
        rows = sh.rows
        top = rows[: min(len(rows), 40)]  # (the cheap test: the panel stands by the table's top)
        last = max((len(row) - 1 for row in top if row and row[-1]), default=-1)
        if last < 4:
            return {}
        lab, gap = last - 1, last - 2
        if sum(1 for row in top if len(row) > lab and field_of(_key(row[lab]))) < 2:
            return {}
        persons = sum(1 for row in rows if len(row) > lab and field_of(_key(row[lab])) == "person")
        if persons != 1:
            return {}  # (one card's panel: several name a card each)
        for row in top:  # a list's own identity headings left of the panel: no card
            if any(
                (h := heading_role(_key(v))) is not None
                and h.strength == SURE
                and h.role in ("person", "title", "department")
                for v in row[:gap]
            ):
                return {}
        if any(len(row) > gap and row[gap] for row in rows):
            return {}  # the column before the panel empty all down
        found: dict[str, tuple[str, str]] = {}
        panel: set[int] = set()
        for r, row in enumerate(rows):
            label = row[lab] if len(row) > lab else ""
            if not label or len(label) > 8:
                continue
            key = _key(label)
            fld = field_of(key)
            if fld or key in _PERSONAL_LABELS or key in _PANEL_WORDS or key in _PANEL_CAPTIONS:
                panel.add(r)
            value = row[last] if len(row) > last else ""
            if fld in ("person", "department", "title", "declared_grade", "unit") and value:
                found.setdefault(fld, (value.strip(), cell_ref(r, last)))
        if len(panel) < 3 or "person" not in found:
            return {}
        sh.rows = [
            [("" if c >= lab and r in panel else v) for c, v in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        sh._nonempty = [None] * len(sh.rows)
        sh._kinds = [None] * len(sh.rows)
        return found

    def _cell_fields(self, t: _Table, rows: list[RawRisk]) -> dict[str, tuple[str, str]]:
        """A column whose cells each name a post's fields by their labels ('部门：信贷管理部⏎岗位：
        经理⏎姓名：钟离既白' under 责任主体; '姓名：…⏎所在中队：…⏎职务：…' merged down a card's rows):
        each row's 科室, post and holder from its cell. Returns the first cell's fields (a card's
        holder), or {}."""
        skip = {"risk_point", "risk_type", "risk_level", "measures", "duty", "workflow",
                "description", "seq", "monitoring"}  # fmt: skip
        srows = self.sh.rows
        cols = [c for c in range(t.first, t.last + 1) if t.col_role.get(c) not in skip]
        # (the cheap test: the columns with a cell of two labels or more in a sample of the rows,
        # a long list's sampled; a cell merged down holds its text in its first row)
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        hits: set[int] = set()
        for rr in sample:
            row = srows[rr.row]
            line = "".join(row)  # (one look at the row before its cells)
            if line.count("：") + line.count(":") < 2:
                continue
            hits.update(
                c for c in cols if c < len(row) and row[c].count("：") + row[c].count(":") >= 2
            )
        merged: dict | None = None
        for c in sorted(hits):
            if merged is None:
                merged = self.grid.merged_into if self.grid.merges else {}
            found: dict[int, dict[str, tuple[str, str]]] = {}
            filled = 0
            for i, rr in enumerate(rows):
                at = merged.get((rr.row, c), (rr.row, c))
                text = self.grid.get(*at)
                if not text:
                    continue
                filled += 1
                if text.count("：") + text.count(":") < 2:
                    continue
                got = {f: (v, cell_ref(*at)) for f, v in _fields_in_line(text) if f in IDENTITY}
                if len(got) >= 2:
                    found[i] = got
            if not found or len(found) * 2 < filled:
                continue
            if not t.is_list:
                held = {g["person"][0] for g in found.values() if "person" in g}
                if len(held) > 1:
                    return {}  # a card's cells naming different holders row by row: no one
                whole: dict[str, tuple[str, str]] = {}
                for g in found.values():
                    for key, value in g.items():
                        whole.setdefault(key, value)
                return whole
            for i, got in found.items():
                rr = rows[i]
                for key, (value, _cell) in got.items():
                    if value and (
                        not getattr(rr, key) or "：" in getattr(rr, key) or ":" in getattr(rr, key)
                    ):
                        setattr(rr, key, value.strip())
            return found[min(found)]
        return {}

    def _holder_beside_field(
        self,
        roles: dict[str, int],
        col_role: dict[int, str],
        labels: dict[int, str],
        rows: list[list[str]],
        h: int,
        given: bool,
    ) -> int | None:
        """A column headed by a holder joined to another field ('管养路段及责任人', '负责区域和责任人',
        '分管工作、责任人') whose cells write that field and the holder's name on lines of their own
        ('S202线　K0+000—K16+300⏎庹翛沄', either order) is the holder column, whatever its contents
        made of it (a long road code is no post): the name line is read by ``_holder_lines``. Only
        where no other column holds the holder. Returns the column so taken, with one info."""
        for c, text in labels.items():
            fld = holder_beside_field(label_key(text)) if text else ""
            if not fld or roles.get("person", c) != c:
                continue
            if col_role.get(c) not in ("other", "person", "duty", "workflow"):
                continue
            vals = [row[c] for row in rows if c < len(row) and row[c]]
            if not reads_holder_lines(vals):
                continue
            for role in [k for k, v in roles.items() if v == c and k != "person"]:
                del roles[role]  # ('分管工作、责任人' taken for the duty by its heading)
            roles["person"], col_role[c] = c, "person"
            if not given:  # (said on the sheet before)
                first = next(v for v in vals if "\n" in v and holder_lines(v)[2] == 1)
                name, lines, _n = holder_lines(first)
                personal = any(w in fld for w in PERSONAL_FIELDS)
                self.issues.append(
                    make_issue("HOLDER_BESIDE_PERSONAL" if personal else "HOLDER_AFTER_FIELD",
                               self.rel, self.grid.name, cell_ref(h, c),
                               field=fld, value=text.replace("\n", ""),
                               example=f"{'　'.join(lines)}⏎{name}")
                )  # fmt: skip
            return c
        return None

    def _holder_lines(self, t: _Table, rows: list[RawRisk]) -> None:
        """Under a heading joining a holder to another field ('管养路段及责任人'), a cell of that
        field's lines and a name's line gives the row its holder, the name; the field's words are
        kept as the row's duty, after the field's name ('管养路段：S202线　K0+000—K16+300'): the
        export has no column for where a post works (a '负责片区' column of its own is left unread),
        yet here it is what tells two holders of one post apart, and a duty is where a post's own
        words are kept (a duty already written keeps it, the field on a line after it). A cell
        with no name line gives no holder; one whose lines read as two names or more, beside a
        field, gives none either (a warning), its text kept whole under the heading."""
        pc = t.roles.get("person")
        if pc is None or not t.header or not any("\n" in rr.person for rr in rows):
            return  # (the cheap test: no holder's cell of two lines)
        label = t.header[1].get(pc, "")
        fld = holder_beside_field(label_key(label)) if label else ""
        if not fld or not reads_holder_lines([rr.person for rr in rows]):
            return
        said: set[str] = set()
        for rr in rows:
            cell = rr.person.strip()
            if not cell or VACANT.match(cell) or NO_ONE.match(cell):
                continue
            name, lines, n = holder_lines(cell)
            if not name and n == 1 and len(lines) == 1:
                continue  # a name alone: the holder, as before
            if not name and n >= 2:
                keep = f"{squeeze(label)}：{'　'.join(lines)}"  # (no line known for the field's)
                if cell not in said:
                    said.add(cell)
                    self.issues.append(
                        make_issue("HOLDER_AFTER_FIELD_UNCLEAR", self.rel, self.grid.name,
                                   rr.cell("person"), field=fld, value=cell.replace("\n", "⏎"))
                    )  # fmt: skip
            else:
                words = [x for x in lines if not (VACANT.match(x) or NO_ONE.match(x))]
                keep = "\n".join(words)
                if keep and not re.match(rf"{re.escape(fld)}\s*[:：]", keep):
                    keep = f"{fld}：{keep}"  # (a line labelled so keeps its own label)
            rr.person = name
            if any(w in fld for w in PERSONAL_FIELDS):
                continue  # ('中共党员' beside the name: the person's, none of the post's)
            if keep and keep not in rr.duty:
                rr.duty = f"{rr.duty}\n{keep}" if rr.duty else keep

    def _boxed_posts(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A 责任岗位 cell printing every post of the unit behind a box, the posts bearing the
        row's point ticked ('☑主席　□副主席　□经审会主任　☑办公室主任　□财务会计', '局长√　副局长□',
        one to several ticked): the row is a point of each ticked post, one copy a post (its
        holder the one a roster on the sheet names, or none: the form is the post's). A row
        with no box ticked keeps its point on no post (a warning naming the cell). Only where
        every filled cell of the column is such options, two or more, each box by a word and
        the words mostly posts; otherwise (one post a cell, '○○股' masked) read as before."""
        srows = self.sh.rows
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        if not any(_OPTION_BOX.search(rr.title) for rr in sample):
            return rows  # (the cheap test: a box in a sampled row's post)
        tc = t.roles["title"]
        texts = []
        for rr in rows:
            row = srows[rr.row] if rr.row < len(srows) else []
            raw = row[tc] if tc < len(row) and row[tc].strip() else rr.title
            texts.append(_HOW_TO_TICK.sub("", raw))  # ('（在□内打☑）': how to tick, no option)
        words: set[str] = set()
        for x in texts:
            if not x.strip():
                continue
            if not _BOXED_CHOICES.search(x):
                return rows
            # every box's word: the options as if all were ticked (a box without one: no options)
            every = ticked_choices(_OPTION_BOX.sub("☑", x))
            if len(every) < 2 or len(every) != len(_OPTION_BOX.findall(x)):
                return rows
            words.update(every)
        posts = sum(map(is_post, words))
        if posts < 2 or 2 * posts < len(words):
            return rows  # ('□是　☑否', '□思想道德　☑制度机制': no posts offered)
        if not any(ticked_choices(x) for x in texts if x.strip()):
            return rows  # ('□局长　□副局长' in every row, none ticked: bullets, read as written)
        out: list[RawRisk] = []
        first = None
        for rr, x in zip(rows, texts, strict=True):
            if not x.strip():
                out.append(rr)
                continue
            ticked = list(dict.fromkeys(squeeze(w) for w in ticked_choices(x)))
            first = first or (rr.row, x)
            if not ticked:
                out.append(replace(rr, title=""))
                self.issues.append(
                    make_issue("POST_BOXES_NONE_TICKED", self.rel, self.grid.name,
                               cell_ref(rr.row, tc), value=squeeze(x))
                )  # fmt: skip
                continue
            out.extend(replace(rr, title=post) for post in ticked)
        if first is not None:
            field = squeeze(t.header[1].get(tc, "")) if t.header else ""
            self.issues.append(
                make_issue("POST_BOXES", self.rel, self.grid.name, cell_ref(first[0], tc),
                           field=_HOW_TO_TICK.sub("", field) or "责任岗位", value=squeeze(first[1]))
            )  # fmt: skip
        self.seen += len(out) - len(rows)  # (a point of two posts counts once per post)
        return out

    def _posts_listed_in_cell(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A holder's cell listing several posts, each with its holder ('科长：厍沨珺⏎科员：缑玥潆',
        '科长（郄昶瀚）、科员（晁珈懿）', '会计 璩泷玥；出纳 笪霂琰': ``listed_holders``). Beside a 岗位
        column of the rows' own (a 科室's staff written once, merged over its rows), a row is held
        by whoever is listed under its own post, as a group line's '（科长：…；科员：…）' is matched
        to its rows; a row whose post the cell does not list keeps no holder (a warning: who holds
        it is not written). Where the rows name no post of their own (a list by point, its
        '责任岗位及责任人' listing every post answering for the point), the point is each listed
        holder's: one copy a holder, his post the one written before him (one info a table). A
        column of such cells is the holder's whatever its contents looked like; a cell not wholly
        such pairs, and a table where few rows' posts are listed, are read as before."""
        if not rows or not t.header:
            return rows
        srows, labels = self.sh.rows, t.header[1]
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        pc, tc = t.roles.get("person"), t.roles.get("title")
        cands = [pc] if pc is not None else []
        if pc is None:  # ('责任岗位及责任人' taken for no holder's: '表头像是责任人,但内容是岗位')
            cands = [
                c
                for c, v in labels.items()
                if t.col_role.get(c) == "other"
                and (h := heading_role(label_key(v)) if v else None) is not None
                and h.role in ("person", "title")
            ]
            cands += [tc] if tc is not None else []
        for c in cands:
            # (the cheap test: a bracket, a colon or a space in a sampled row's cell)
            if not any(
                c < len(srows[rr.row]) and _LISTING_MARK.search(srows[rr.row][c]) for rr in sample
            ):
                continue
            merged = self.grid.merged_into if self.grid.merges else {}
            at_row = [merged.get((rr.row, c), (rr.row, c)) for rr in rows]
            texts = {at: self.grid.get(*at).strip() for at in dict.fromkeys(at_row)}
            filled = {at: x for at, x in texts.items() if x}
            by_post = tc is not None and tc != c
            if not by_post and any(":" in x or "：" in x for x in filled.values()):
                continue  # ('股长：甲、科员：乙', '组长：…⏎组员：…': ``_shared_holders`` reads them)
            listed = {at: listed_holders(x) for at, x in filled.items()}
            own = c == pc  # (a plain name under the holder's heading stays his)
            if not listed or not all(
                pairs or (own and (looks_like_name(squeeze(x)) or VACANT.match(x)))
                for x, pairs in zip(filled.values(), listed.values(), strict=True)
            ):
                continue  # (not wholly such cells: read as before)
            if not any(len({q for q, _n in p}) >= 2 for p in listed.values()) or not any(
                looks_like_name(n) for p in listed.values() for _p, n in p
            ):
                continue  # (one post a cell, '经办员（甲、乙）': the post's own rules read it)
            out = self._holders_by_listed_post(t, rows, at_row, texts, listed, c, by_post)
            if out is None:
                continue
            if not own:  # the column is the holder's (its cells name posts and their holders)
                if c != tc:
                    t.col_role[c] = "person"
                t.roles["person"] = c
                ref = col_letter(c)
                self.issues = [
                    i
                    for i in self.issues
                    if not (
                        i.code == "COLUMN_GUESSED"
                        and i.source_sheet == self.grid.name
                        and i.cell.rstrip("0123456789") == ref
                    )
                ]
            first = min(at for at, p in listed.items() if p)
            how = (
                "各行按本行所填的岗位取该岗位后面的人员作责任人"
                if by_post
                else "该行风险点记入所列每个岗位及其责任人名下(每人一份)"
            )
            self.issues.append(
                make_issue("HOLDERS_LISTED_WITH_POSTS", self.rel, self.grid.name,
                           cell_ref(*first), field=squeeze(labels.get(c, "")) or "责任人",
                           value=filled[first].replace("\n", "⏎"), how=how)
            )  # fmt: skip
            self.seen += len(out) - len(rows)  # (a point held by two counts once per holder)
            return out
        return rows

    def _holders_by_listed_post(
        self,
        t: _Table,
        rows: list[RawRisk],
        at_row: list[tuple[int, int]],
        texts: dict[tuple[int, int], str],
        listed: dict[tuple[int, int], tuple[tuple[str, str], ...]],
        c: int,
        by_post: bool,
    ) -> list[RawRisk] | None:
        """The rows of ``_posts_listed_in_cell``, each holder's. By the rows' own posts only where
        one cell (merged, or written alike) stands beside rows of two of the posts it lists, and
        at least half the rows beside such cells find their post listed: else None ('股长：甲、
        副股长：乙' beside the 股长's rows only names the point's two holders; 'A岗：…⏎B岗：…'
        beside the rows' posts lists no post)."""
        if by_post:
            several = matched = 0
            posts_of: dict[str, set[str]] = {}  # a cell's text → the rows' posts it lists
            for rr, at in zip(rows, at_row, strict=True):
                pairs = listed.get(at, ())
                if len({q for q, _n in pairs}) < 2 or not squeeze(rr.title):
                    continue
                several += 1
                if _held_by_post(pairs, rr.title):
                    matched += 1
                    posts_of.setdefault(texts[at], set()).add(squeeze(rr.title))
            if 2 * matched < several or not any(len(v) >= 2 for v in posts_of.values()):
                return None
        out: list[RawRisk] = []
        said: set[tuple[tuple[int, int], str]] = set()
        head = squeeze(t.header[1].get(c, "")) if t.header else ""
        for rr, at in zip(rows, at_row, strict=True):
            pairs = listed.get(at)
            if not pairs:
                if t.col_role.get(c) != "person":  # (a blank cell of the column it now is)
                    rr.person = ""
                out.append(rr)
                continue
            cols = {**rr.cols, "person": c}
            if by_post:
                if not squeeze(rr.title):
                    out.append(rr)  # (no post of its own to look up: as read)
                    continue
                names = _held_by_post(pairs, rr.title)
                if not names and (at, squeeze(rr.title)) not in said:
                    said.add((at, squeeze(rr.title)))
                    self.issues.append(
                        make_issue("HOLDER_POST_NOT_LISTED", self.rel, self.grid.name,
                                   cell_ref(*at), field=head or "责任人",
                                   value=squeeze(rr.title), other=texts[at].replace("\n", "⏎"))
                    )  # fmt: skip
                out += [replace(rr, person=n, cols=cols) for n in names or [""]]
            else:
                out += [replace(rr, title=p, person=n, cols=cols) for p, n in pairs]
        return out

    def _chained_holders(self, t: _Table, rows: list[RawRisk]) -> None:
        """A holder's column whose cells chain 科室, post and name by one separator
        ('人事股-股长-鄄翃沚', as an office system prints a post's place): each row's fields from
        its cell, in the order the heading names them ('责任主体（股室-岗位-姓名）'), with one info.
        Without such a heading, a 科室 or 责任人 column is split so only where every filled cell is
        ``科室-岗位-姓名`` by the same separator; else it is read as before. A cell not fitting its
        heading's order is left as read and the sender told (HOLDER_CHAINED_UNCLEAR)."""
        if not rows or not t.header:
            return
        labels = t.header[1]
        srows = self.sh.rows
        skip = {"risk_point", "risk_type", "risk_level", "measures", "duty", "workflow",
                "description", "seq", "monitoring", "declared_grade"}  # fmt: skip
        # (the cheap test: a separator in a sampled row's cell under a holder's heading)
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        merged: dict | None = None
        for c in range(t.first, t.last + 1):
            role = t.col_role.get(c)
            label = labels.get(c, "")
            if role in skip or not label:
                continue
            if not any(c < len(srows[rr.row]) and _CHAIN_MARK.search(srows[rr.row][c])
                       for rr in sample):  # fmt: skip
                continue
            own = t.roles.get("person")
            if own is not None and own != c:
                continue  # ('… | 姓名 | … | 责任部门/责任人': another's, the row has its holder)
            mc = t.roles.get("measures")
            if mc is not None and c > mc:
                continue  # (after the measures: who answers for them, not the holder)
            chain = chain_heading(label)
            if chain is None and role not in ("department", "person"):
                h = heading_role(squeeze(label))
                if h is None or h.role not in ("department", "person"):
                    continue
            if merged is None:
                merged = self.grid.merged_into if self.grid.merges else {}
            texts: dict[tuple[int, int], str] = {}  # the cells under it, merged ones once
            at_row: list[tuple[int, int]] = []
            for rr in rows:
                at = merged.get((rr.row, c), (rr.row, c))
                at_row.append(at)
                texts.setdefault(at, self.grid.get(*at).strip())
            filled = {at: x for at, x in texts.items() if x}
            got = _chain_by_heading(filled, chain) if filled and chain else None
            if got is not None:
                kind, roles, order = chain
            else:
                # no such heading, or cells chained otherwise than it says ('科室/岗位/姓名'
                # over '办公室-主任-…'): only cells that are all plainly '科室-岗位-姓名'
                by_cells = _chain_by_cells(filled) if filled else None
                if by_cells is None:
                    continue  # (read as before)
                kind, got = by_cells
                roles, order = _CHAIN_ROLES, kind.join(("科室", "岗位", "姓名"))
            changed = []
            for rr, at in zip(rows, at_row, strict=True):
                fields = got.get(at)
                if not fields:
                    continue
                text = squeeze(texts[at])
                new = {k: getattr(rr, k) for k in ("unit", "department", "title", "person")}
                for key, value in fields.items():
                    now = squeeze(new[key])
                    if not now or now == text or t.col_role.get(c) == key:
                        new[key] = value
                if role in IDENTITY and role not in fields and squeeze(new[role]) == text:
                    new[role] = ""  # (the whole cell, read as the column's own field)
                old = (rr.unit, rr.department, rr.title, rr.person)
                if post_of(*old, "", "", "", "") != post_of(*new.values(), "", "", "", ""):
                    changed.append((rr, new))
            if not changed:
                continue  # ('股长/鲁建华' under '岗位/姓名': the post's own rules read it so)
            for rr, new in changed:
                for key, value in new.items():
                    setattr(rr, key, value)
            if role not in IDENTITY:  # ('责任人' over cells its contents took for no holder's)
                keys = [k for k in roles if k not in t.roles]
                t.col_role[c] = "person" if "person" in keys else (keys or roles)[0]
                t.roles.update(dict.fromkeys(keys, c))
            field = squeeze(label)
            ref = col_letter(c)
            self.issues = [
                i
                for i in self.issues
                if not (
                    i.code == "COLUMN_GUESSED"
                    and i.source_sheet == self.grid.name
                    and i.cell.rstrip("0123456789") == ref
                )
            ]  # (the column is the holder's, whatever its contents looked like)
            first = next(at for at in filled if got.get(at))
            self.issues.append(
                make_issue("HOLDER_CHAINED", self.rel, self.grid.name, cell_ref(*first),
                           field=field, value=order, other=filled[first])
            )  # fmt: skip
            for at, x in filled.items():
                if not got.get(at) and any(_CHAIN_KINDS.get(ch) == kind for ch in x):
                    self.issues.append(
                        make_issue("HOLDER_CHAINED_UNCLEAR", self.rel, self.grid.name,
                                   cell_ref(*at), field=field, value=order, other=x)
                    )  # fmt: skip

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

    def _type_codes(self, t: _Table, rows: list[RawRisk]) -> None:
        """A type column of code letters ('B', 'A、C') that a line on the sheet defines ('A—思想
        道德风险，B—制度机制风险…'): each code read as the type it stands for, with one info."""
        if any(_TWO_HAN.search(rr.risk_type) for rr in rows[:20]):
            return  # (the cheap test: type words, no codes)
        codes = {c for rr in rows for c in _CODE_SPLIT.split(rr.risk_type.strip()) if c}
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

    def _section(self, r: int, t: _Table, carry: dict[str, str]) -> bool:
        """A lone line inside a list table naming a 科室 ('一、办公室') or a post
        ('(二)村委会主任') opens the rows below it, where the table has no such column."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1:
            return False
        # '(分管副主任:夏立群)', '(共查找风险点2个)' after it
        text = COUNT_NOTE.sub("", WATCHER_NOTE.sub("", self.sh.rows[r][cols[0]]))
        if "risk_level" not in t.roles:  # '一、一级风险点' over the rows of that level
            level = caption_level(text, self.config)
            if level:
                carry["_level"] = level
                t.sections = True
                return True
        graded = False
        if "risk_level" not in t.roles:
            style = caption_numbering(text)
            if carry.get("_level_of_matter") and carry["_level_of_matter"] == style:
                carry.pop("_level_of_matter")
                carry.pop("_level", None)  # (the matter above graded its own rows only)
            m = _MATTER_GRADE.search(text)
            if m and m.start() >= 2 and self.config.level(m.group(1)):
                # '一、高标准农田建设项目管理（风险等级：高）', '…【风险等级：高】', '…　风险等级：中',
                # '二、…（低风险）': the matter's rows at its grade, its sub-captions' too
                carry["_level"] = m.group(1)
                carry["_level_of_matter"] = style or "-"
                t.sections = graded = True
                text = text[: m.start()]
        if "risk_type" not in t.roles:  # '二、岗位职责风险' over the rows of that type
            kind = NUMBERING.sub("", text.strip(), count=1).strip()
            known, unknown = self.config.types(kind) if len(kind) <= 12 else ([], [kind])
            style = caption_numbering(text)
            if known and not unknown:
                carry["_type"] = kind
                carry["_type_style"] = style
                t.sections = True
                return True
            if style and carry.get("_type_style") == style:
                # '（二）财务管理' after '（一）思想道德风险': a group of no type ends that type
                carry.pop("_type", None)
                carry.pop("_type_style", None)
        carry.pop("_holders", None)  # (the holders a group line names are its own rows')
        carry.pop("_lead", None)
        raw = self.sh.rows[r][cols[0]]  # (its watcher too: '责任科室：…　分管领导：…')
        fields = _caption_holder_fields(raw) if "：" in raw or ":" in raw else {}
        if fields:
            # '以下风险点责任科室：院办　责任岗位：院长　责任人：…' over the rows of that holder
            for x in ("department", "title", "person", "duty", "workflow", "declared_grade"):
                if x not in t.roles:
                    carry.pop(x, None)
            carry.update((k, v) for k, v in fields.items() if k not in t.roles)
            t.sections = True
            return True
        lead = _post_and_name(text) if "title" in t.roles and "person" in t.roles else None
        if lead is not None:
            # '二、副局长　邴翊淙（分管社会救助股）' over his own rows (their 股室, post and name
            # blank), then the rows of the 股室 he oversees naming their own: a group of his
            for x in ("department", "title", "person", "duty", "workflow", "declared_grade"):
                if x in t.roles or x not in IDENTITY:  # (a 科室 an outer group line set stays)
                    carry.pop(x, None)
            carry["_lead"] = lead  # type: ignore[assignment]
            t.sections = True
            return True
        m = _CAPTION_PAIRS.search(text)
        if m and "person" not in t.roles and "title" in t.roles:
            # '二、秘书科（科长：揭澄霁；科员：冉屿白）': the group's 科室 and who holds its posts
            pairs = {
                squeeze(p): n
                for p, n in POST_PAIR.findall(m.group(1) or m.group(2))
                if is_post(squeeze(p))
                and squeeze(p) not in _HOLDER_WORDS  # '（负责人：王强）': caption_holder's
                and (looks_like_name(n) or marked_name(n))
                and not n.endswith(("兼", "代", "等"))
            }
            if pairs:
                carry["_holders"] = pairs
                text = text[: m.start()] + text[m.end() :]
        rest, holder = caption_holder(text)
        bare = squeeze(NUMBERING.sub("", rest.strip(), count=1))
        carry.pop("_tier", None)  # a caption ends the tier the one before named
        if "风险" not in bare and (
            bare in TIER_GROUPS
            or (bare.startswith(("中层", "一般")) and len(bare) <= 8)
            or bare in ("股室负责人", "科室负责人", "部门负责人", "站所负责人", "中层负责人")
        ):
            # '二、中层干部' after '一、局领导': a group of one tier, no 科室 nor post; the rows
            # below are no longer the leaders'
            for x in ("department", "title", "person", "duty", "_dept_style"):
                carry.pop(x, None)
            carry["_tier"] = "一般" if bare.startswith(("一般", "干部", "工作人员")) else "中层"
            t.sections = True
            return True
        got = self._caption_names(rest)
        style = caption_numbering(rest)
        if got is None and style and carry.get("_dept_style") == style:
            # '三、药房' after '一、办公室' and '二、财务室': numbered as its siblings, a 科室 too;
            # '三、其他岗位', '三、共性风险' end the 科室 above without naming one
            name = re.sub(r"\s+", "", NUMBERING.sub("", rest.strip(), count=1))
            if any(w in name for w in NO_KESHI_CAPTION):
                got = ("department", "")
            elif (
                name.isalnum()
                and not looks_like_name(name)
                # a longer name ends as a part's does: '三、提案和委员联络委员会' of a 政协
                and (
                    2 <= len(name) <= 8
                    or (len(name) <= 14 and (_dept_like(name) or name.endswith("委员会")))
                )
            ):
                got = ("department", name)
        if got is not None and got[0] == "title" and "department" not in t.roles:
            got = self._group_of_posts(r, t, got)
        if got is None or (got[0] in t.roles and got[0] != "_post"):
            if (
                got is not None
                and got[0] == "title"
                and style
                and carry.get("_dept_style") == style
            ):
                # '二、路政员' after '一、所领导': numbered as the 科室 caption above and naming
                # the rows' own post, it ends that 科室's group without naming one
                carry.pop("department", None)
                carry.pop("_dept_style", None)
            return graded
        role, value = got
        role = "title" if role == "_post" else role
        spaced = NUMBERING.sub("", rest.strip(), count=1).split()
        if role == "title" and "department" not in t.roles and len(spaced) == 2:
            if _dept_like(spaced[0]) and is_post(spaced[1]):
                # '社会救助股　股长：眭绮云': the 股 and, apart from it, its head
                carry["department"], value = spaced[0], spaced[1]
        carry[role] = value
        if role == "department":
            carry["_dept_style"] = style
        lower = {"unit": ("department", "title", "person"), "department": ("title", "person")}.get(
            role, ("person",)
        )
        for x in (*lower, "duty", "workflow", "declared_grade"):
            carry.pop(x, None)
        if holder and "person" not in t.roles:  # '一、出纳岗(责任人:李明)': the post's holder
            carry["person"] = holder
        t.sections = True
        return True

    def _group_of_posts(self, r: int, t: _Table, got: tuple[str, str]) -> tuple[str, str]:
        """'二、综合受理窗口' over rows with posts of their own ('首席代表', '窗口工作人员'): a
        caption worded like a post over a table's own post column names the group they work
        in, its 科室; over rows naming that post again it stays their post, and over rows naming
        none it is the post of each ('三、收费员' over rows with the post cell left empty)."""
        pc = t.roles.get("title")
        if pc is None:
            return got
        posts = []
        for x in range(r + 1, min(len(self.sh.rows), r + 40)):
            k = self.sh.kind(x)
            if k == "blank":
                continue
            if k != "other" or (x in self.repeated) or len(self.sh.nonempty(x)) == 1:
                break  # the next caption, a note, a repeated header: the group ends
            posts.append(squeeze(self.sh.rows[x][pc]) if pc < len(self.sh.rows[x]) else "")
        named = [p for p in posts if p]
        if not named:
            return ("_post", got[1]) if posts else got
        if posts[0] and not any(p in got[1] or got[1] in p for p in named):
            return ("department", got[1])  # (none of the rows is that post: '三、驾驶员' over
        return got  # '车队队长 | 驾驶员' names the 驾驶员's post, no group)

    @staticmethod
    def _captioned_unit(named: dict[str, str], unit: str) -> str:
        """The unit of a table under a caption naming one ('一、县财政局' in a list of several
        units); under a title naming another unit, that caption names its 二级单位: the 科室."""
        cap = named.pop("unit", "")
        if not cap or cap == unit or unit.endswith(cap) or shortened(cap, unit):
            return unit
        if not unit or unit.endswith(REGION_END) or cap.startswith(unit):
            return cap
        named.setdefault("department", cap)
        return unit

    def _header_follows(self, r: int) -> bool:
        """A repeated header comes next, past titles and blank lines."""
        for x in range(r + 1, min(len(self.sh.rows), r + 4)):
            if x in self.repeated:
                return True
            if self.sh.kind(x) not in ("blank", "title"):
                return False
        return False

    def _caption_names(self, text: str) -> tuple[str, str] | None:
        """What a caption names (``caption_identity``), or the 科室 a caption worded like a
        title names for the part below it ('城区巡逻中队岗位廉政风险点'), not the sheet's own."""
        got = caption_identity(text)
        if got is None:
            d = dept_in_title(text)
            got = ("department", d) if d and d != self._sheet_dept_of_title() else None
        return got

    def _sheet_dept_of_title(self) -> str:
        """The 科室 the sheet's first line names (its title), not a part's caption."""
        sh = self.sh
        first = next((r for r in range(min(len(sh.rows), 5)) if sh.nonempty(r)), None)
        if first is None:
            return ""
        return dept_in_title("".join(sh.rows[first][c] for c in sh.nonempty(first)))

    def _numbered_caption(self, r: int, pc: int, content: set[int]) -> str | None:
        """A lone short numbered line outside the risk point column ('2.预算编制', '(三)采购
        管理') heads a part of the table: its text without the number, else None."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1 or cols[0] == pc:
            return None
        c = cols[0]
        text0 = self.sh.rows[r][c].strip()
        if c in content and not self._header_follows(r):
            above = next((self.sh.rows[x][c] for x in range(r - 1, max(-1, r - 30), -1)
                          if c < len(self.sh.rows[x]) and self.sh.rows[x][c]), "")  # fmt: skip
            if _numbering_style(above) and _numbering_style(above) == _numbering_style(text0):
                return None  # '2.实行双人复核' under '1.严格审核…': the item list goes on
        text = self.sh.rows[r][cols[0]].strip()
        m = NUMBERING.match(text)
        rest = text[m.end() :].strip() if m else ""
        if not rest or len(rest) > 20 or _field_with_value(rest) or _NUMBERISH.match(rest):
            return None
        return rest

    def _outside(self, r: int, cols: list[int], t: _Table) -> None:
        """Cells to the right (or left) of the table's columns are reported, not dropped (a
        风险坐标图's beside the list are the map's)."""
        if cols and (cols[-1] > t.last or cols[0] < t.first):
            merged = self.grid.merged_into
            m = self.beside_map
            for c in cols:
                if m is not None and r in m.rows and c >= m.left:
                    continue
                if (c > t.last or c < t.first) and (r, c) not in merged:
                    self.issues.append(
                        make_issue(
                            "CELL_OUTSIDE",
                            self.rel,
                            self.grid.name,
                            cell_ref(r, c),
                            value=self.sh.rows[r][c][:60],
                            field=col_letter(t.last),
                        )
                    )
                    self.unplaced += 1

    def _tail(self, r: int, next_h: int, t_list: bool) -> tuple[tuple[int, int], int]:
        """Review boxes, sign-off lines and the note after a table; anything else there is
        reported. Stops at the next form's preamble. Returns (boxes found, filled) and the row."""
        sh = self.sh
        found = filled = 0
        noted = False  # the row above is a note or goes on with one
        tail_start = r
        while r < next_h:
            if r in self.staffing_rows:
                r += 1  # '营业网点 | 网点负责人 | …' under a list of posts: ``_posts_by_staffing_grid``
                continue
            k = sh.kind(r)
            if k != "blank" and (after := self._point_holders_at(r, next_h)) is not None:
                r = after  # '序号 | 姓名 | 职务 | 负责风险点序号': whose the points above are
                continue
            if t_list and k != "blank" and self._roster_header(r + (len(sh.nonempty(r)) == 1)):
                break  # '附：岗位人员名单' over who holds the posts: ``_roster_below``
            if t_list and k != "blank" and len(cols := sh.nonempty(r)) == 1:
                pairs = roster_cell(sh.rows[r][cols[0]])
                if pairs:
                    # '岗位责任人：部长　禤朗川；常务副部长　蒉若葵；…' under the list: its holders
                    self.tail_roster.update(pairs)
                    self.held_posts.update((name, post) for post, name in pairs)
                    r += 1
                    continue
            if noted and k in ("other", "title") and self._note_goes_on(r):
                r += 1  # '2.风险类型分为……。' under '说明:1.风险等级分为……;': the note's next item
                continue
            noted = k == "note" or (noted and k == "blank")
            if k == "title" and r + 1 < next_h and self._foreign_header(r + 1, None):
                r = self._other_table(r + 1, next_h)  # a caption over a table of another kind
                continue
            if (
                k == "title"
                and self._paragraph(r)
                and _sentence(sh.rows[r][sh.nonempty(r)[-1]])
                and not self._precedes_header(r, next_h)
            ):
                r += 1  # '廉政承诺:本人将严格执行……。' across the form under its note: part of it
                continue
            if k == "unit" and not self._precedes_header(r, next_h):
                r += 1  # '填报单位:XX县水文站' under the table, no next form after it: the unit
                continue
            if (
                k == "fields"
                and not t_list
                and self._own_fields(r)
                and (
                    not self._precedes_header(r, next_h)
                    # '持卡人：柯雨萌' under a card, the next card's own title after it
                    or (
                        not self.card_named
                        and set(_parse_fields(sh, [r])) == {"person"}
                        and any(sh.kind(x) == "title" for x in range(r + 1, next_h))
                    )
                )
            ):
                r += (
                    1  # '所在处室：总务处　　职务：主任' under a pledge: its holder's 科室 and post
                )
                continue
            if self._signer_pairs(r) and self._signs_above(r, next_h):
                self.closed.add(r)
                r += 1  # '自查人（签名）： | … | 所在科室： | …' under the form: its holder's line
                continue
            if k == "title" and self._stamp_under(r, tail_start):
                r += 1  # 'XX县文化馆' right under the rows, or over its date: their stamp
                continue
            if k in ("title", "unit", "fields"):
                break
            if k == "signoff":
                self._stamp_line(r)  # '单位：江津区图书馆 | 2024年6月' under the form
            if r in self.skip or r in self.repeated:
                pass
            elif k == "review":
                found += 1
                cols = sh.nonempty(r)
                if any(not _is_date(sh.rows[r][c]) for c in cols[1:]):
                    filled += 1
            elif k == "other":
                if (self._title_like(r) or self._duty_line(r)) and self._precedes_header(r, next_h):
                    break  # the next form's preamble
                if self._paragraph(r) or self._pledge_line(r):
                    r += 1  # '廉政承诺 | 本人郑重承诺……' across the form: part of it
                    continue
                if self._foreign_header(r, None):
                    r = self._other_table(r, next_h)
                    continue
                if not self._stamp(r):  # the unit under the form is kept in self.stamps
                    self._unplace(r)
            r += 1
        return (found, filled), r

    def _own_fields(self, r: int) -> bool:
        """Row ``r`` under a personal form holds only its holder's name, 科室 and post as
        fields ('持卡人：柯雨萌' under a card)."""
        got = _parse_fields(self.sh, [r])
        return bool(got) and set(got) <= {"department", "title", "person"}

    def _point_and_measures(self, t: _Table) -> bool:
        """The point's heading names its measures too ('风险点及防控措施'): its numbered items
        may be measures, no points."""
        label = t.header[1].get(t.roles["risk_point"], "") if t.header else ""
        return "措施" in label

    def _bullets_unclear(self, t: _Table, values: dict[str, str]) -> bool:
        """The point's cell under a heading naming the point and its measures, no measures column
        nor measures in the row, is lines all opened by one bullet (no line before them)."""
        if "measures" in t.roles or values.get("measures") or not t.header:
            return False
        if not _POINT_AND_MEASURES.search(squeeze(t.header[1].get(t.roles["risk_point"], ""))):
            return False
        lines = [x.strip() for x in values["risk_point"].split("\n") if x.strip()]
        return len(lines) >= 2 and bool(_bullet_of(lines))

    def _split_by(self, t: _Table) -> bool:
        """The point's heading says several points of a cell are parted by '；'
        ('廉政风险点（同一等级的多个风险点用“；”隔开）')."""
        if t.header is None:
            return False
        label = t.header[1].get(t.roles["risk_point"], "")
        return bool(_PARTED_BY.search(label))

    def _staff_lines(self, rows: list[int]) -> dict[str, tuple[str, str]]:
        """Lines above a table naming its people, a line a person, the name first and then
        his post ('从琰澍　土地收储股股长，负责收储计划编制。', '匡煦湄　主任，主持全面工作'):
        name → (科室, post); only where two lines or more say so."""
        sh = self.sh
        out: dict[str, tuple[str, str]] = {}
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) != 1:
                continue
            m = _STAFF_LINE.match(sh.rows[r][cols[0]].strip())
            if m is None or is_post(m.group(1)):
                continue  # (the name is checked against the table's holders)
            dept, post = split_dept_title(squeeze(m.group(2)))
            if post and is_post(post):
                out[m.group(1)] = (dept, post)
        return out if len(out) >= 2 else {}

    def _posts_by_tier(self, t: _Table, rows: list[RawRisk]) -> None:
        """'岗位' merged over '领导岗位 | 中层岗位 | 一般岗位', each row writing its post in its
        tier's column: the post, whichever column holds it, and the tier that column names (the
        rows of a post merged down take its post and tier)."""
        labels = t.header[1]
        tiers = {}
        for c, label in labels.items():
            word = next((w for w in _TIER_HEADS if squeeze(label).endswith(w)), None)
            if word and (squeeze(label) != word or c == t.roles["title"]):
                tiers[c] = word
        if len(tiers) < 2 or t.roles["title"] not in tiers:
            return
        merged = self.grid.merged_into
        last: tuple[str, str, str] | None = None
        for rr in rows:
            got = None
            for c, word in tiers.items():
                x, y = merged.get((rr.row, c), (rr.row, c))
                v = squeeze(self.sh.rows[x][y]) if y < len(self.sh.rows[x]) else ""
                if v:
                    got = (v, word)
                    break
            if got is None and last is not None and last[2] == rr.person:
                got = last[:2]  # (the post's later rows, its cell left blank)
            if got is not None:
                rr.title, rr.tier = got
                last = (*got, rr.person)

    def _post_labels(
        self, rows: list[int], t: _Table, next_h: int
    ) -> tuple[dict[str, str], set[int]]:
        """Posts a person holds named by labels above his table ('主　岗 | 站长 | 兼　岗 |
        燃气安全检查员'), where the table's 岗位 column writes those labels ('主岗', '兼岗位',
        '本职'): which label → post, and the rows saying so; nothing where the column does not."""
        sh = self.sh
        tc = t.roles.get("title")
        if tc is None:
            return {}, set()
        out: dict[str, str] = {}
        used: set[int] = set()
        for r in rows:
            cols = sh.nonempty(r)
            for i, c in enumerate(cols[:-1]):
                which = _post_label(sh.rows[r][c])
                value = squeeze(sh.rows[r][cols[i + 1]])
                if which and value and not _post_label(value) and not _NOTHING_WRITTEN.match(value):
                    out[which] = value
                    used.add(r)
        if not out:
            return {}, set()  # (no labels above: the column is not looked through)
        column = {
            _post_label(sh.rows[x][tc]) for x in range(t.start, next_h) if tc < len(sh.rows[x])
        }
        if not (set(out) & column):
            return {}, set()  # (labels the table does not use: the line as it was)
        return out, used

    def _point_again(self, rr: RawRisk, r: int, values: dict[str, str], t: _Table) -> bool:
        """Row ``r`` writes out the point of the row above (``rr``) again, word for word with its
        序号, post, holder, type and level, and only another measure beside it."""
        measures = values.get("measures", "").strip()
        if not measures or measures in rr.measures or rr.row >= r or not rr.measures:
            return False
        if values.get("risk_point", "").strip() != rr.risk_point.strip():
            return False
        for role in ("risk_type", "risk_level", "description", "person", "title", "department"):
            if role in values and values[role].strip() != getattr(rr, role).strip():
                return False
        # every other cell of the row as above's (its 序号, matter, stage, unit …), a merged one
        # by its top cell; only the measures and their own numbers ('措施序号') change
        labels = t.header[1] if t.header else {}
        merged = self.grid.merged_into
        mc = t.roles.get("measures")

        def at(x: int, c: int) -> str:
            x, c = merged.get((x, c), (x, c))
            row = self.sh.rows[x]
            return row[c].strip() if c < len(row) else ""

        for c in range(t.first, t.last + 1):
            if c == mc or "措施" in labels.get(c, ""):
                continue
            if at(r, c) != at(rr.row, c):
                return False  # ('1', '2'; '低保审核', '临时救助审批': each its own point)
        return True

    def _dept_over_posts(self, r: int, next_h: int, pc: int) -> bool:
        """Row ``r`` names a 科室 alone in the point's column ('办公室', '局领导') and the next
        row, alone there too, a post and its holder ('主任　阙知微')."""
        sh = self.sh
        got = caption_identity(sh.rows[r][pc])
        if got is None or got[0] != "department":
            return False
        for x in range(r + 1, next_h):
            cols = sh.nonempty(x)
            if not cols:
                continue
            if cols != [pc]:
                return False
            # (a line the table takes for a caption, as it does '主任　阙知微')
            return sh.kind(x) == "title" and _post_and_name(sh.rows[x][pc]) is not None
        return False

    def _holder_line(self, r: int, cols: list[int]) -> bool:
        """'持卡人： | 柯雨萌' under a card: a label naming the holder and a name beside it,
        nothing else on the row; no risk point, whatever column the name stands in."""
        if len(cols) != 2:
            return False
        label, name = (self.sh.rows[r][c] for c in cols)
        if not label.endswith((":", "：")) or not looks_like_name(name.strip()):
            return False
        return field_of(self.sh.key(r, cols[0])) == "person"

    def _note_goes_on(self, r: int) -> bool:
        """Row ``r`` is one more numbered item of the note above it: a lone sentence
        ('2.风险类型分为思想道德风险、……五类。')."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1:
            return False
        text = self.sh.rows[r][cols[0]]
        return bool(NUMBERING.match(text)) and _sentence(text)

    def _foreign_header(self, r: int, t: _Table | None) -> bool:
        """Row ``r`` heads a table of another kind: short cells, most of them headings, and
        not a copy of this table's header."""
        sh = self.sh
        if r >= len(sh.rows) or r in self.repeated:
            return False  # this table's header again
        cols = sh.nonempty(r)
        if len(cols) < 2 or any(len(sh.rows[r][c]) > 16 for c in cols):
            return False  # (the cheap tests before the row's kind)
        if _INT_CELL.match(sh.rows[r][cols[0]]):
            return False  # numbered: a data row
        if sh.kind(r) in ("fields", "unit", "signoff"):
            return False  # a form's fields ('科室:国库股 | 持卡人:…')
        if self._level_grid_head(r, cols):
            return True  # '发生可能性＼影响程度 | 高 | 中 | 低': a grid giving the levels, no rows
        heads = {c: heading_role(sh.key(r, c)) for c in cols}
        known = [h for h in heads.values() if h and h.strength >= 2]
        first = heads[cols[0]]
        numbered = first is not None and first.role == "seq" and first.strength == SURE
        if not numbered and (len(known) < 2 or len(known) < 0.6 * len(cols)):
            return False  # ('序号 | 负面事项 | 适用对象': a table of its own, whatever its words)
        if t is not None and all(
            (h := heads.get(c)) and h.role == role for c, role in t.col_role.items() if c in heads
        ):
            return False
        return True

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
        for r in range(len(sh.rows)):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if len(cols) < 3 or not any(len(row[c]) <= 2 for c in cols):
                continue  # (the cheap test: a grade across is short: '高', '5')
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

    def _holder_cell(self, r: int, c: int) -> str:
        """What a holder's column of measures says at row ``r`` (``_Table.holder_measures``):
        its text, the text of a cell merged across it from a holder on its left (measures two
        holders share), or '' where it holds nothing ('/', '不涉及', empty)."""
        row = self.sh.rows[r]
        v = row[c].strip() if c < len(row) else ""
        if not v and (top := self.grid.merged_into.get((r, c))) and top[0] == r:
            v = row[top[1]].strip()
        return "" if v in _NOTHING or _NOTHING_WRITTEN.match(v) or not _ticked(v) else v

    def _lane_cell(self, r: int, c: int, t: _Table) -> str:
        """What a swim lane says at row ``r`` (``_Table.holder_steps``): its step, the step of a
        cell merged across it from a lane on its left (a step two holders do together) or down
        over it from a row above (a step with two points), or '' where the lane holds nothing,
        a '↓' or '/'."""
        row = self.sh.rows[r]
        v = row[c].strip() if c < len(row) else ""
        if not v and (top := self.grid.merged_into.get((r, c))) and top[0] >= t.start:
            v = self.sh.rows[top[0]][top[1]].strip()
        if not v or v in _NOTHING or _FLOW_MARK.fullmatch(squeeze(v)) or not _ticked(v):
            return ""
        return v

    def _lane_step(self, r: int, t: _Table) -> tuple[str, str] | None:
        """The holders ('post⏎name' lines) and the step a swim-lane chart's row ``r`` writes in
        its lanes: '' holders for a step in the applicant's lane only ('提交申请材料'), none
        invented; None where no lane holds a step."""
        said = {c: v for c in t.post_ticks if (v := self._lane_cell(r, c, t))}
        said.update({c: v for c in t.open_lanes if (v := self._lane_cell(r, c, t))})
        steps = [v for v in said.values() if HAN_TEXT.search(v)]  # (not '√')
        if not said or (not steps and not set(said) & t.post_ticks.keys()):
            return None
        return (
            "\n".join(t.post_ticks[c] for c in sorted(said) if c in t.post_ticks),
            "\n".join(dict.fromkeys(steps)),
        )

    def _lane_only_row(self, row: list[str], t: _Table) -> bool:
        """A row of a swim-lane flow chart that holds nothing but its lanes: a '↓' (or '→',
        '⇩'), '开始' / '结束', or a step with no point beside it ('公示：…')."""
        said = [c for c, v in enumerate(row) if v]
        return bool(said) and all(c in t.post_ticks or c in t.open_lanes for c in said)

    def _holder_heading_rows(self, h: int, c: int) -> list[str] | None:
        """A heading merged across in a three-row header ('责任人' over '校长 | 党支部书记 | 副校长
        | 副校长' over '甄珝岚 | …'), one row of posts and one of names under it, a cell each: its
        columns' sub-headings as 'post⏎name' (as a post and its holder typed in one cell), so the
        two 副校长 are told apart; else None."""
        sh = self.sh
        end = sh.span_end(h, c)
        if end == c or h + 2 >= len(sh.rows):
            return None  # (the cheap test: nothing merged across at the top)
        cells = []
        for r in (h + 1, h + 2):
            row = sh.rows[r]
            said = [row[x].strip() if x < len(row) else "" for x in range(c, end + 1)]
            if not all(said) or any(sh.span_end(r, x) != x for x in range(c, end + 1)):
                return None
            cells.append(said)
        posts, names = cells
        if all(map(looks_like_name, posts)):
            posts, names = names, posts  # (names over posts)
        if not (all(map(is_post, posts)) and all(map(looks_like_name, names))):
            return None
        return [f"{p}\n{n}" for p, n in zip(posts, names, strict=True)]

    def _lane_heading_rows(self, h: int, c: int) -> list[tuple[str, str]] | None:
        """A flow heading merged across in a three-row header ('办　理　流　程' over '行政审批股 |
        群众体育股' (merged over two lanes) '| 局领导' … over '受理员⏎郇璟沨 | 科员⏎邬翀澈 | …'): a
        swim-lane chart's lanes, each its 股室 (the one merged over it) and its 'post⏎name'; a lane
        headed '申请人' (服务对象, 企业, …) merged down both rows is nobody's: ('', '申请人'). Else
        None."""
        sh, merged = self.sh, self.grid.merged_into
        end = sh.span_end(h, c)
        if end == c or h + 2 >= len(sh.rows) or not _FLOW_HEAD.search(squeeze(sh.rows[h][c])):
            return None  # (the cheap test: no flow heading merged across)
        posts = sh.rows[h + 2]
        lanes: list[tuple[str, str]] = []
        for x in range(c, end + 1):
            top = merged.get((h + 1, x), (h + 1, x))
            dept = sh.rows[top[0]][top[1]].strip() if top[1] < len(sh.rows[top[0]]) else ""
            post = posts[x].strip() if x < len(posts) else ""
            if top[0] == h + 1 and _OPEN_LANE.fullmatch(squeeze(dept)) and not post:
                lanes.append(("", dept))  # (the applicant's lane, its word merged down)
                continue
            if top[0] != h + 1 or not post or sh.span_end(h + 2, x) != x or not _dept_like(dept):
                return None
            lanes.append((dept, post))
        return lanes if _lane_holders(range(c, end + 1), [v for _, v in lanes]) else None

    def _helper_marks(self, marks: set[str], heading: str) -> frozenset[str]:
        """Of two marks under post columns, the one that helps rather than holds: as a legend
        says ('●主责　○配合' in the heading, '○—牵头岗位；√—配合岗位' in a note), else the hollow
        one beside a filled one (○ beside ●, ☆ beside ★)."""
        notes = (v for row in self.sh.rows[:300] for v in row if v and _HELPS.search(v))
        legend = heading + "\n" + "\n".join(notes)
        said = {
            m
            for m in marks
            if re.search(
                re.escape(m) + r"\s*[—\-－:：=为表示是]*\s*(?:配合|协助|协办|参与)", legend
            )
        }
        if said and marks - said:
            return frozenset(said)
        if marks & _HOLLOW and marks - _HOLLOW:
            return frozenset(_HOLLOW)
        return frozenset()

    def _stacked_holders(self, t: _Table, next_h: int) -> None:
        """A Word table pasted in, each paragraph of a cell on a row of its own: the holder's
        column gives the post on the first row of a block and the holder's name under it, merged
        down the rest ('党委书记' over '吉克曲惹'), the first point merged over both rows. Each such
        pair is written as one cell ('党委书记⏎吉克曲惹', as a post and its holder typed in one),
        the name's row a row of the point above; only where the table does so twice."""
        sh, merged = self.sh, self.grid.merged_into
        pc, kc = t.roles.get("person", t.roles.get("title")), t.roles["risk_point"]
        seq = t.roles.get("seq")
        pairs = []
        for r in range(t.start, next_h - 1):
            row, below = sh.rows[r], sh.rows[r + 1]
            post = row[pc].strip() if pc < len(row) else ""
            name = below[pc].strip() if pc < len(below) else ""
            if (
                post
                and name
                and is_post(post)
                and not looks_like_name(post)
                and (looks_like_name(name) or _bracketed_name(name))
                and not is_post(name)  # ('办公室主任' over '司机', a shared point: two posts)
                and not (seq is not None and seq < len(below) and below[seq])
                and (r + 1, pc) not in merged
                and not (kc < len(below) and below[kc])
                and merged.get((r + 1, kc), (-1, -1))[0] == r
            ):
                pairs.append(r)
        if len(pairs) < 2:
            self._post_over_name(t, pc, next_h)
            return
        for r in pairs:
            both = f"{sh.rows[r][pc].strip()}\n{sh.rows[r + 1][pc].strip()}"
            sh.rows[r][pc] = sh.rows[r + 1][pc] = both
            self.stacked.add(r + 1)  # (its own cell is the pair's: no point of its own)

    def _post_over_name(self, t: _Table, pc: int, next_h: int) -> None:
        """The holder's column ('岗位及责任人') giving each holder's post on the first row of his
        block and his name on the next, unmerged, both rows points of their own ('院长' over
        '壤驷昶', the rest blank): each pair is one holder ('院长⏎壤驷昶'), the block his. Only
        where every filled cell of the column is such a pair's, twice or more."""
        sh = self.sh
        filled = [
            r
            for r in range(t.start, next_h)
            if pc < len(sh.rows[r])
            and sh.rows[r][pc].strip()
            and sh.kind(r) not in ("signoff", "note", "review", "total")
        ]
        if len(filled) < 4 or len(filled) % 2:
            return
        pairs = list(zip(filled[::2], filled[1::2], strict=True))
        for a, b in pairs:
            post, name = sh.rows[a][pc].strip(), sh.rows[b][pc].strip()
            if (
                b != a + 1
                or "\n" in post
                or not is_post(post)
                or looks_like_name(post)
                or not looks_like_name(name)
                or is_post(name)
            ):
                return
        ends = [a for a, _b in pairs[1:]] + [next_h]
        for (a, b), end in zip(pairs, ends, strict=True):
            both = f"{sh.rows[a][pc].strip()}\n{sh.rows[b][pc].strip()}"
            sh.rows[a][pc] = sh.rows[b][pc] = both
            for x in range(b + 1, end):  # (the block's further rows, blank there: his too)
                row = sh.rows[x]
                if pc < len(row) and not row[pc].strip() and sh.kind(x) == "other":
                    row[pc] = both

    def _crew_above(self, rows: list[int]) -> tuple[tuple[str, str], set[int]]:
        """A small table of the people in the post above a post's card ('本岗位在岗人员' over
        '序号 | 姓名 | 人员类别 | 到岗时间 | 备注', a row each): ('滑霈岚、蓟澄筠', first name's
        cell) and its rows, or ('', set()). A family's table ('称谓 | 姓名 | …') is no such."""
        sh = self.sh
        allowed = set(rows)
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            keys = [sh.key(r, c) for c in cols]
            if {"称谓", "关系", "与本人关系"} & set(keys):
                return ("", ""), set()
            heads = [heading_role(k) if k and k != "\x00" else None for k in keys]
            person = [
                c
                for c, h in zip(cols, heads, strict=True)
                if h and h.role == "person" and h.strength >= 2
            ]
            if len(person) != 1 or any(h and h.role in ("title", *POINTISH) for h in heads):
                continue
            if any(
                field_of(k)
                for k, h in zip(keys, heads, strict=True)
                if not (h and h.role == "person")
            ):
                continue  # ('姓名 | 张三 | 岗位 | 会计': the card's own fields)
            if keys[0] not in ("序号", "编号") or any(looks_like_name(sh.rows[r][c]) for c in cols):
                continue  # ('姓名 | 祁翯舲 | 性别 | 女': labels and their values, no header)
            pc, names, end = person[0], [], r + 1
            while end in allowed:
                v = squeeze(sh.rows[end][pc]) if pc < len(sh.rows[end]) else ""
                if not v or not (
                    looks_like_name(v) or (HAN_NAME.match(v) and len(v) <= 5 and not _dept_like(v))
                ):
                    break
                names.append(v)
                end += 1
            caption = "".join(sh.rows[r - 1]) if r - 1 in allowed else ""
            said = caption + "".join(sh.rows[r])
            if names and _CREW.search(said) and not _NOT_CREW.search(said):
                used = set(range(r, end))
                if caption and len(sh.nonempty(r - 1)) == 1:
                    used.add(r - 1)  # its caption
                return ("、".join(names), cell_ref(r + 1, pc)), used
        return ("", ""), set()

    def _coded_posts(
        self, rows: list[int], t: _Table
    ) -> tuple[tuple[int, dict[str, tuple[str, str, str]]] | None, set[int]]:
        """A table of posts above the risk table on the same sheet ('岗位编号 | 科室 | 岗位 | 姓名 |
        主要职责', GW-01 …) whose code the risk table gives for each point ('序号 | 岗位编号 |
        廉政风险点 | …', no post or holder of its own): (the risk table's code column, code →
        (科室, post, holder)), and its rows (no fields, no stray rows)."""
        labels = t.header[1] if t.header else {}
        if not rows or "person" in t.roles:
            return None, set()
        code_col = next(
            (
                c
                for c, k in labels.items()
                if _CODE_HEAD.search(squeeze(k)) and squeeze(k) != "编号"
            ),
            None,
        )
        if code_col is None or t.roles.get("title", code_col) != code_col:
            return None, set()  # ('岗位代码' may have been taken for the post: it is its code)
        key = squeeze(labels[code_col])
        got = self._code_rows(rows, lambda v: v == key, _CODE_VALUE)
        if got is None:
            return None, set()
        _r, _at, out, used = got
        return (code_col, {c: v[-1] for c, v in out.items()}), used

    def _code_rows(
        self, rows: list[int], is_head: Callable[[str], bool], is_code: re.Pattern
    ) -> tuple[int, int, dict[str, list[tuple[str, str, str]]], set[int]] | None:
        """A small table of codes among ``rows`` ('岗位编号 | 科室 | 岗位 | 姓名', '代号 | 股室 | 岗位 |
        姓名' over one row a code): its header row, code column, code → every (科室, post, holder)
        given it (a code given twice keeps both: the caller decides) and its rows with the caption
        over it. Shared by the post tables keyed like the risk table's code column and the
        legends of a holder column's codes."""
        sh = self.sh
        for r in rows:
            cells = {c: squeeze(sh.rows[r][c]) for c in sh.nonempty(r)}
            at = next((c for c, v in cells.items() if is_head(v)), None)
            if at is None:
                continue
            ids: dict[str, int] = {}
            for c, v in cells.items():
                h = heading_role(label_key(v)) if c != at else None  # (the code is no post)
                if (
                    h is not None
                    and h.role in ("department", "title", "person")
                    and h.strength >= 2
                ):
                    ids.setdefault(h.role, c)
            if not {"title", "person"} & set(ids):
                continue
            out: dict[str, list[tuple[str, str, str]]] = {}
            used = {r}
            for x in rows:
                if x <= r:
                    continue
                row = sh.rows[x]
                code = squeeze(row[at]) if at < len(row) else ""
                if not is_code.match(code):
                    if sh.nonempty(x):
                        break
                    continue
                out.setdefault(code.upper(), []).append(
                    tuple(  # type: ignore[arg-type]
                        squeeze(row[ids[k]]) if k in ids and ids[k] < len(row) else ""
                        for k in ("department", "title", "person")
                    )
                )
                used.add(x)
            if len(out) >= 2:
                above = max((x for x in rows if x < r and sh.nonempty(x)), default=None)
                if (
                    above is not None
                    and len(sh.nonempty(above)) == 1
                    and NUMBERING.match(sh.rows[above][sh.nonempty(above)[0]])
                ):
                    used.add(above)  # its caption ('一、重点岗位及人员'): no post of the points
                return r, at, out, used
        return None

    def _posts_by_code(self, t: _Table, rows: list[RawRisk], coded) -> None:
        """Each point the code column names: the post's 科室, post and holder (a code no post of
        the table above names leaves the row as it is)."""
        code_col, posts = coded
        merged = self.grid.merged_into
        for rr in rows:
            at = merged.get((rr.row, code_col), (rr.row, code_col))
            row = self.sh.rows[at[0]]
            code = squeeze(row[code_col]).upper() if code_col < len(row) else ""
            got = posts.get(code)
            if got:  # (the code names the post, whatever a caption over the table said)
                rr.department, rr.title, rr.person = got

    def _side_tables(self, rows: list[int]) -> set[int]:
        """Tables of another kind above a form's risk table — its duties ('序号 | 职责内容 | 工作
        标准' over rows numbered 1, 2 …), the holder's family ('称谓 | 姓名 | 出生年月 | …') — with a
        numbered caption over each ('一、岗位职责'): each reported once (TABLE_OTHER), its rows
        counted; none of them a field or a stray row."""
        sh = self.sh
        out: set[int] = set()
        allowed = set(rows)
        for r in rows:
            if r in out:
                continue
            row = sh.rows[r]
            if _SIDE_HEADS.isdisjoint(row):
                continue  # (the cheap test)
            cells = [row[c].strip() for c in sh.nonempty(r)]
            family = bool({"称谓", "关系", "与本人关系"} & set(cells))
            if (
                len(cells) < 3
                or any(
                    len(x) > 10 or (re.search(r"\d", x) and (not HAN_TEXT.search(x) or _is_date(x)))
                    for x in cells
                )
                or not (
                    family
                    or (
                        cells[0] in ("序号", "编号")  # duties, not a roster ('序号 | 岗位 | 姓名')
                        and not any(
                            (x := heading_role(label_key(y))) and x.role in IDENTITY for y in cells
                        )
                    )
                )
                or r + 1 not in allowed
            ):
                continue

            def member(x: int, family: bool = family) -> bool:
                got = sh.nonempty(x)
                if len(got) < 2 or field_of(sh.key(x, got[0])):
                    return False  # ('姓名 | 张建军 | 岗位 | 会计' after it: the card's own fields)
                first = sh.rows[x][got[0]].strip()
                return len(got) >= 3 if family else bool(_ITEM_NUMBER.fullmatch(first))

            end = r + 1
            while end in allowed and member(end):
                end += 1
            if end == r + 1:
                continue  # no row of it under the header
            self._other_table(r, end)
            out.update(range(r, end))
            above = r - 1  # '一、岗位职责', '（二）家庭主要成员': the caption over it
            cols = sh.nonempty(above) if above in allowed else []
            if len(cols) == 1 and NUMBERING.match(sh.rows[above][cols[0]]):
                out.add(above)
        return out

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

    def _prefix_code_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list with no 科室, post or holder column whose risk codes begin with a post's code
        ('风险编码 | 廉政风险点 | …' over 'S01-1', 'G02-2'; or 'A1', 'A2' where 'A' is listed) and a
        table of those codes under or above it ('岗位代码 | 所在股室 | 岗　位 | 责任人' over 'S01 |
        所领导 | 所长 | 张三'): the code table's rows with its caption ('岗位代码对照表'), no rows of
        the list (``_holder_codes`` then reads each row's holder by its code's prefix). Else a
        column of holders' staff numbers keyed by a table (``_staff_number_rows``)."""
        if not t.header:
            return set()
        if _NO_PREFIX_ROLES & t.roles.keys():
            return self._staff_number_rows(t, above, next_h)  # (names its holders, or numbers)
        sh = self.sh
        cols = [
            c
            for c, k in t.header[1].items()
            if k and t.col_role.get(c) in _CODE_COL_ROLES and _CODE_HEAD.search(squeeze(k))
        ]
        for c in cols:
            vals: list[str] = []
            for x in range(t.start, next_h):
                v = squeeze(sh.rows[x][c]) if c < len(sh.rows[x]) else ""
                if v:
                    vals.append(v)
                    if len(vals) == 3:
                        break
            if len(vals) < 2 or not all(_PREFIX_CODE.match(v) for v in vals):
                continue
            # (one run of rows: the list's heading ends a code table above it)
            got = self._code_rows(
                list(range(min(above, default=t.row), next_h)), _CODE_HEAD.search, _HOLDER_CODE
            )
            if got is None:
                break  # ('SJ2501' is no post's code here: maybe a holder's number)
            r, _at, listed, used = got
            if not any(p in listed for v in vals for p in _code_prefixes(v.upper())):
                break  # (a table of other codes)
            cap = max((x for x in range(max(r - 3, 0), r) if sh.nonempty(x)), default=None)
            if (
                cap is not None
                and len(sh.nonempty(cap)) == 1
                and _CODE_CAPTION.search(sh.rows[cap][sh.nonempty(cap)[0]])
            ):
                used = used | {cap}  # '岗位代码对照表'
            return used
        return self._staff_number_rows(t, above, next_h)

    def _staff_number_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list whose holders are named only by staff numbers ('责任人编号 | SJ2501', 'SJ2502、
        SJ2503' — one or several a cell) and a key table of those numbers under or above it
        ('人员编号 | 姓名 | 职务', 科室 optional): the column (``t.staff_numbers``, read by
        ``_holder_codes``) and the key table's rows with its caption ('人员编号对照'), no rows of
        the list. The column is one headed as a code ('责任人编号', '人员代码') whose numbers the
        table lists, or any other holder-like column whose every number it lists ('责任人 |
        SJ2501'); a table of other codes ('科室代码 | 科室名称') or none leaves the list as read."""
        sh = self.sh
        labels = t.header[1] if t.header else {}
        cand: list[tuple[int, bool]] = []
        for c, k in labels.items():
            if not k or t.col_role.get(c) not in _STAFF_COL_ROLES:
                continue
            headed = bool(_STAFF_HEAD.search(squeeze(k)))  # '责任人编号', '人员代码', '工号'
            if not headed and t.col_role.get(c) == "seq":
                continue  # ('编号 | 001': the points' own numbers, whatever a roster numbers)
            vals: list[str] = []
            for x in range(t.start, next_h):
                v = _staff_cell(sh, x, c)
                if v:
                    vals.append(v)
                    if len(vals) == 3 or not _STAFF_NOS.match(v):
                        break
            if not vals or not all(_STAFF_NOS.match(v) for v in vals):
                continue
            if t.col_role.get(c) in ("person", "title") and all(
                _HOLDER_CODE.match(v) for v in vals
            ):
                continue  # ('责任人 | C2': a holder's code, read by its legend as before)
            cand.append((c, headed))
        if not cand:
            return set()  # (the cheap test: no column of staff numbers)
        heads = range(t.row, t.start)  # (the list's own heading is no key table)
        got = self._code_rows(
            [x for x in range(min(above, default=t.row), next_h) if x not in heads],
            _staff_key_head,
            _STAFF_KEY,
        )
        if got is None:
            return set()
        r, _at, listed, used = got
        merged = self.grid.merged_into
        for c, headed in cand:
            nos = []
            for x in range(t.start, r if r > t.row else next_h):
                at = merged.get((x, c), (x, c))
                if at[0] != x:
                    continue  # (a cell merged over a holder's rows: its first row says)
                nos += [p for p in _CODE_SPLIT.split(_staff_cell(sh, x, c)) if p]
            listed_nos = [p for p in nos if p in listed]
            if not listed_nos:
                continue  # (a table of other codes)
            if len(listed_nos) < len(nos) and not headed:
                continue  # (not headed as numbers: every number must be the table's)
            t.staff_numbers = c
            cap = max((x for x in range(max(r - 3, 0), r) if sh.nonempty(x)), default=None)
            if (
                cap is not None
                and cap not in used
                and len(sh.nonempty(cap)) == 1
                and _CODE_CAPTION.search(sh.rows[cap][sh.nonempty(cap)[0]])
            ):
                used = used | {cap}  # '人员编号对照'
            return used
        return set()

    def _holder_codes(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A post's or holder's column of short codes ('A', 'B、D', '①', '甲') that a legend on
        the sheet defines — a line above, below or beside the table ('A—所长　张三；B—…', '①所长
        张三 ②…'), a small table ('代号 | 科室 | 岗位 | 姓名', '编号 | 职务 | 姓名') or a note: each
        row is the 科室, post and holder its code stands for (a row of two codes a point of each),
        with one info naming the legend. A code the legend leaves out or gives two meanings stays
        as read, with a warning naming its cell; without a legend the codes read as before."""
        role = next(
            (
                x
                for x in ("title", "person")
                if x in t.roles and all(_HOLDER_CODE.match(getattr(rr, x).strip()) for rr in rows)
            ),
            None,
        )
        prefix_col = None
        staff_col = t.staff_numbers
        if staff_col is not None:  # 'SJ2502、SJ2503': every number a holder of the point
            role = "person"
            merged = self.grid.merged_into
            codes = [
                [
                    p
                    for p in _CODE_SPLIT.split(
                        _staff_cell(self.sh, *merged.get((rr.row, staff_col), (rr.row, staff_col)))
                    )
                    if p
                ]
                for rr in rows
            ]
            used = {c for cs in codes for c in cs}
        elif role is None:
            prefix_col = _prefix_code_col(t, self.sh, rows)
            if prefix_col is None:
                return rows  # (the cheap test: most columns hold words)
            role = "person"  # ('S01-1': the point's holder is the code's 'S01')
            codes = [[_prefix_code_value(self.sh, rr.row, prefix_col)] for rr in rows]
            used = {p for cs in codes for p in _code_prefixes(cs[0])}
        else:
            codes = [_CODE_SPLIT.split(getattr(rr, role).strip().upper()) for rr in rows]
            used = {c for cs in codes for c in cs}
        sh = self.sh
        legend_re = _code_legend_re(frozenset(map(_code_kind, used)))
        said: dict[str, set[tuple[str, str, str]]] = {}
        where: list[str] = []  # the legend's cells
        legend_rows: set[int] = set()  # (no stray rows under the list)

        def take(
            pairs: Iterable[tuple[str, tuple[str, str, str] | None]], at: str, rows: Iterable[int]
        ) -> None:
            hit = False
            for code, meaning in pairs:
                if meaning is not None:
                    said.setdefault(code.upper(), set()).add(meaning)
                    hit = hit or code.upper() in used
            if hit and at not in where:
                where.append(at)
                legend_rows.update(rows)

        cells = [(x, c) for x in around for c in sh.nonempty(x)]
        own = {c for x, c in t.roles.items() if x != "other"}  # (beside: under no column of it)
        cells += [(x, c) for x in body for c in sh.nonempty(x) if c not in own]
        for x, c in cells:  # a line: 'A—所长　张三；B—…' (only a cell naming a code is parsed)
            text = sh.rows[x][c]
            if any(code in text.upper() for code in used):
                found = legend_re.findall(text)
                take(((k, _code_meaning(v, role)) for k, v in found), cell_ref(x, c), (x,))
        table = self._code_rows(  # '代号 | 科室 | …', '人员编号 | 姓名 | 职务'
            around,
            _CODE_HEAD.search if staff_col is None else _staff_key_head,
            _HOLDER_CODE if staff_col is None else _STAFF_KEY,
        )
        if table is not None:
            r, at, got, rows_of = table
            cap = r - 1  # its caption: '责任人代号：'
            if (
                cap >= 0
                and len(sh.nonempty(cap)) == 1
                and _CODE_HEAD.search(sh.key(cap, sh.nonempty(cap)[0]))
            ):
                rows_of = rows_of | {cap}
            take(
                ((k, _split_post(v)) for k, vs in got.items() for v in vs if v[1] or v[2]),
                cell_ref(r, at),
                rows_of,
            )
        if not where:  # a note, comment or text box ('说明：责任岗位填代码：A—…')
            found = legend_re.findall(self._legend)
            take(((k, _code_meaning(v, role)) for k, v in found), "说明、批注或文本框", ())
        self.skip |= legend_rows - set(body)  # (neither the tail's rows nor stray ones)
        self.code_legend |= legend_rows - set(body)
        if not where:
            return rows  # no legend of these codes: as read
        defined = {c: next(iter(m)) for c, m in said.items() if len(m) == 1}
        if prefix_col is not None:  # 'S01-1' → 'S01'; 'A12' → 'A1' or 'A', whichever is defined
            codes = [
                [next((p for p in _code_prefixes(cs[0]) if p in said), _code_prefixes(cs[0])[-1])]
                for cs in codes
            ]
        out: list[RawRisk] = []
        unclear: dict[str, str] = {}  # code → the first cell holding it
        code_col = staff_col if staff_col is not None else prefix_col
        for rr, cs in zip(rows, codes, strict=True):
            if not all(c in defined for c in cs) or not cs:
                for c in cs:
                    if c not in defined:
                        unclear.setdefault(
                            c, rr.cell(role) if code_col is None else cell_ref(rr.row, code_col)
                        )
                if staff_col is not None:  # (a number is no one's name or post)
                    rr = replace(
                        rr,
                        person="" if t.roles.get("person") == staff_col else rr.person,
                        title="" if t.roles.get("title") == staff_col else rr.title,
                    )
                out.append(rr)  # (nothing invented)
                continue
            for k, code in enumerate(cs):
                dept, title, name = defined[code]
                if k:
                    self.seen += 1  # (a row of two codes: a point of each)
                if staff_col is not None and t.roles.get("title") == staff_col:
                    got_rr = replace(rr, department=rr.department or dept, title=title,
                                     person=name)  # fmt: skip
                elif role == "title":
                    got_rr = replace(rr, department=rr.department or dept, title=title,
                                     person=rr.person or name)  # fmt: skip
                else:
                    got_rr = replace(rr, department=rr.department or dept,
                                     title=rr.title or title, person=name)  # fmt: skip
                out.append(got_rr)
        col = t.roles[role] if code_col is None else code_col
        head = squeeze(t.header[1].get(col, "")) if t.header else ""
        for code, cell in unclear.items():
            self.issues.append(
                make_issue("HOLDER_CODE_UNCLEAR", self.rel, self.grid.name, cell,
                           field=head or ("岗位" if role == "title" else "责任人"), value=code,
                           why="有两种说法" if code in said else "没有写明")
            )  # fmt: skip
        shown = "、".join(
            f"{c}={d}{ti} {n}".strip() for c, (d, ti, n) in sorted(defined.items()) if c in used
        )
        if shown and role == "title":  # (the post codes a note defines, as always told)
            self.issues.append(make_issue("POST_CODES", self.rel, self.grid.name, value=shown))
        elif shown:
            legend = "、".join(f"{self.grid.name}!{w}" if w[0].isascii() else w for w in where)
            self.issues.append(
                make_issue("HOLDER_CODES", self.rel, self.grid.name, where[0],
                           field=head or "责任人", value=shown, legend=legend)
            )  # fmt: skip
        t.sections = t.sections or role == "person"  # (the rows name their holders: a list)
        return out

    def _holders_by_stage(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range, key: str = "workflow"
    ) -> list[RawRisk]:
        """A list keyed by a workflow stage ('执法环节 | 廉政风险点 | …') with no post or holder
        column, whose holders the sheet gives ELSEWHERE by stage: a line above or under it
        ('各环节责任人：接警受案—值班民警　张三；调查取证—…', '、' or line breaks between), a strip
        of the steps across ('办理环节 | 来访登记 | …' over '承办股室', '承办岗位', '承办人' rows, a
        cell merged over the steps one holder handles) or a small table down ('环节 | 责任人')
        beside or under it. Each row is then the point of its stage's 科室, post and holder (one
        form a holder), with one info; a row whose stage the map names not (or twice) stays as
        read, with a warning at its cell. The map's rows are no points and no stray rows.

        Keyed by a window's or a desk's number instead (``key`` 'department': '窗口 | 窗口名称 |
        廉政风险点', '1号窗口' …), the map is likewise a table ('窗口 | 姓名', '窗口号 | 工作人员'),
        a strip or a line ('1号窗口：张三；2号窗口：李四'), or the hall's floor plan: boxes
        '1号窗口⏎企业开办⏎张三' (its number, its business, its holder) laid out as the hall is,
        the plan's caption and its other boxes ('咨询引导台', '大门') no stray rows either. A
        window matches by its number only ('1号窗口', '1号', '窗口1', '一号窗口' alike); its post
        is the list's '窗口名称' where it gives one, else the window (the box's business is none).
        Without such a map the rows go on to a roster by group, as before."""
        window = key != "workflow"
        keyf = _window_key if window else _stage_key
        matchf = _window_match if window else _stage_match
        stages = {keyf(getattr(rr, key)) for rr in rows} - {""}
        if not stages:
            return rows  # (the cheap test: the caller asked for a stage column and no holder one)
        sh = self.sh
        if all(rr.person for rr in rows):
            return rows  # (each row's holder named already)
        merged = self.grid.merged_into if self.grid.merges else {}
        own = {c for x, c in t.roles.items() if x != "other"}  # (beside: under no column of it)
        cells = [(x, c) for x in around for c in sh.nonempty(x)]
        # (beside it: under no column of it; or a line of its own in the body, '各环节责任人：…')
        cells += [
            (x, c) for x in body for c in sh.nonempty(x) if c not in own or len(sh.nonempty(x)) == 1
        ]
        if not window:  # (the cheap test: a map names a stage of the list's, or heads its steps)
            said_all = _stage_key("".join(sh.rows[x][c] for x, c in cells))
            if not any(s in said_all for s in stages) and not any(
                w in said_all for w in _STAGE_HEAD_WORDS
            ):
                return rows
        said: dict[str, set[tuple[str, str, str]]] = {}  # a stage as the map writes it → holders
        where: list[str] = []  # the map's cells
        map_rows: set[int] = set()

        def value(y: int, c: int) -> str:
            v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
            top = merged.get((y, c)) if not v else None
            return squeeze(sh.rows[top[0]][top[1]]) if top else squeeze(v)

        def take(got: dict[str, tuple[str, str, str]], at: str, used: Iterable[int]) -> None:
            named = [k for k, (_d, _t, name) in got.items() if name]
            if sum(matchf(s, named) is not None for s in stages) < min(2, len(stages)):
                return  # ('受理—登记—办结' prose, another table's steps, or '环节 | 岗位' with
                # no one named, offices and posts only: not a map of this list's holders)
            for k, meaning in got.items():
                said.setdefault(k, set()).add(meaning)
            where.append(at)
            map_rows.update(used)

        boxes: dict[str, tuple[str, str, str]] = {}  # the plan's boxes: window → its holder
        box_cells: list[tuple[int, int]] = []
        for x, c in cells:
            k = sh.key(x, c)
            if (
                _WINDOW_HEAD.match(k)
                if window
                else len(k) <= 8 and any(w in k for w in _STAGE_HEAD_WORDS)
            ):
                h = heading_role(k)  # '办理环节 | 来访登记 | …' across, '环节 | 责任人' down
                if window or (h is not None and h.role == "workflow"):
                    got = self._stage_strip(x, c, value, keyf)
                    if got:
                        used = got.pop("") | {x}
                    else:
                        got, used = self._stage_table(x, c, value, keyf)
                    if got:
                        take(got, cell_ref(x, c), used)
                continue
            text = sh.rows[x][c]
            if window:
                if len(text) < 4 or not _WINDOW_MARK.search(text):
                    continue  # (the cheap test: a map's cell names a window by its number)
                box = _window_box(text)
                if box is not None:
                    if box[0] in stages:
                        boxes.setdefault(box[0], box[1])
                        box_cells.append((x, c))
                    continue
                entries = _WINDOW_ENTRY.finditer(text)  # '1号窗口：张三；2号窗口：李四'
                two_names = True  # ('1号窗口：张三、李四': no one holder)
            else:
                if len(text) < 6:
                    continue
                text_key = _stage_key(text)
                if not any(s in text_key for s in stages):
                    continue  # (the cheap test: a map's line names the list's stages)
                entries = _STAGE_ENTRY.finditer(text)  # '接警受案—值班民警　张三；…'
                two_names = False  # ('、' parts the stages' entries)
            got = {}
            for m in entries:
                after = m.string[m.end() : m.end() + 1] if two_names else ""
                if (
                    after
                    and _NAME_SEPARATORS.match(after)
                    and not _WINDOW_MARK.match(m.string[m.end() + 1 :].lstrip())
                ):
                    continue  # ('1号窗口：张晓明、李红梅': two people, neither the holder; unread)
                meaning = _code_meaning(m.group(2), "person")
                if meaning is not None and keyf(m.group(1)):
                    got[keyf(m.group(1))] = meaning
            if got:
                take(got, cell_ref(x, c), (x,))
        if boxes:
            plan = {x for x, _c in box_cells}
            top, end = min(plan), max(plan)
            for y in range(top - 1, max(top - 3, -1), -1):  # its caption: '大厅窗口分布示意图'
                on = sh.nonempty(y)
                if len(on) == 1 and _PLAN_CAPTION.search(sh.key(y, on[0])):
                    plan.add(y)
                    break
                if on:
                    break
            rows_of = sorted(plan)  # and the rows between its boxes ('咨询引导台 | 自助服务区')
            for a, b in zip(rows_of, rows_of[1:], strict=False):
                if b - a <= 3 and not any(y in body for y in range(a + 1, b)):
                    plan.update(range(a + 1, b))
            for y in range(end + 1, min(end + 3, len(sh.rows))):  # and under ('大门（入口）')
                said_here = [sh.rows[y][c] for c in sh.nonempty(y)]
                if not said_here or y in body or any(_NO_BOX.search(v) for v in said_here):
                    break  # (a sign-off line '填表人：…' is no box)
                plan.add(y)
            x, c = box_cells[0]
            take(boxes, cell_ref(x, c), plan)
        defined = {k: next(iter(m)) for k, m in said.items() if len(m) == 1}
        if not defined:
            # no map of these stages: as read (a window's rows: a roster by group, as before)
            return self._holders_by_group(t, rows, around, body) if window else rows
        above = [x for x in around if x < t.row and sh.kind(x) == "fields"]
        if above and looks_like_name(squeeze(_parse_fields(sh, above).get("person", ("",))[0])):
            return rows  # (a card whose fields name its holder: '姓名 | 张三' over the list)
        self.skip |= map_rows - set(body)
        self.code_legend |= map_rows - set(body)
        gone = {cell_ref(x, sh.nonempty(x)[0]) for x in map_rows if sh.nonempty(x)}
        stray = ("ROW_UNPLACED",)
        if window:  # (a '窗口 | 工作人员' table or a plan beside the list: its cells are read)
            gone |= {cell_ref(x, c) for x in map_rows & set(body) for c in sh.nonempty(x)
                     if c > t.last}  # fmt: skip
            stray = ("ROW_UNPLACED", "CELL_OUTSIDE")
        self._withdraw_strays(gone, stray)  # (the map's lines, set aside as stray: they are read)
        head = squeeze(t.header[1].get(t.roles[key], "")) if t.header else ""
        names = _window_names(t, rows, value) if window else None
        shown: dict[str, str] = {}
        for rr in rows:
            k = matchf(keyf(getattr(rr, key)), list(said))
            if k is None or k not in defined:
                self.issues.append(
                    make_issue("HOLDER_STAGE_UNMATCHED", self.rel, self.grid.name,
                               rr.cell(key), field=head or "环节", value=getattr(rr, key) or "空白")
                )  # fmt: skip
                continue
            dept, title, name = defined[k]
            if names is not None and dept.endswith(_WINDOW_WORDS) and not title:
                dept, title = "", dept  # ('窗口 | 窗口名称 | 姓名' beside: the name no 科室)
            if names is not None:  # '1号窗口' under '窗口': no 科室, the list's 窗口名称 its post
                label = squeeze(rr.department)
                rr.department = dept
                title = names.get(rr.row) or title or label
                shown[k] = f"{label}={dept}{title} {name}".strip()
            else:
                rr.department = rr.department or dept
                shown[k] = f"{k}={dept}{title} {name}".strip()
            rr.title, rr.person = title, name
        if shown:
            legend = "、".join(f"{self.grid.name}!{w}" for w in where)
            self.issues.append(
                make_issue("HOLDER_BY_STAGE", self.rel, self.grid.name, where[0],
                           field=head or "环节", value="、".join(shown.values()), legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _holders_by_group(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A list whose only holder column names a GROUP ('责任主体 | 局领导', '责任单位 | 投资股')
        and a roster keyed by group elsewhere — under the list ('附：责任主体人员名单' over '序号 |
        责任主体 | 职务 | 姓名 | 分工', the group merged down over its members), above it, beside
        it, or on a sheet of the file named like '人员名单', '分工': every member the roster lists
        under a row's group holds its point (one form a member: the group his 科室, a 局领导 the
        leaders' as elsewhere, his post and name the roster's), with one info. A row whose group
        the roster lists not stays as read (the group a 科室 of no holder), with a warning at its
        cell. The roster's rows are no points and no stray rows. A roster naming no one, or
        few of the list's groups, is no such roster."""
        gc = t.roles.get("department", t.roles.get("unit"))
        role = "department" if "department" in t.roles else "unit"
        groups = {squeeze(getattr(rr, role)) for rr in rows} - {""}
        if gc is None or not groups:
            return rows  # (the cheap test: a group column, written)
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}
        own = max(c for x, c in t.roles.items() if x != "other")  # (beside: right of it)
        found: tuple | None = None  # (members by group, its rows, where, sheet, first column)
        places = [(x, 0) for x in around] + [
            (x, own + 1) for x in body if len(sh.rows[x]) > own + 1
        ]
        for x, lo in places:
            head = _group_roster_head(sh, x, lo) if x + 1 < len(sh.rows) else None
            if head is None:
                continue
            got, used = _group_roster(sh, merged, x, head)
            if _group_roster_fits(got, groups):
                found = got, used, cell_ref(x, head[0]), "", lo
                break
        for grid in self.group_sheets if found is None else ():
            if grid is self.grid:
                continue
            other = _Sheet(grid)  # (rare: a list of groups, no roster by it, a '人员名单' sheet)
            for x in range(min(len(other.rows) - 1, 20)):
                head = _group_roster_head(other, x)
                if head is None:
                    continue
                got, _used = _group_roster(other, grid.merged_into if grid.merges else {}, x, head)
                if _group_roster_fits(got, groups):
                    found = got, set(), cell_ref(x, head[0]), grid.name, 0
                    break
            if found is not None:
                break
        if found is None:
            return rows  # no roster of these groups: as read
        members, used, at, sheet, lo = found
        if used and (x := min(used) - 1) >= 0 and _FILLERS.search("".join(sh.rows[x])):
            return rows  # ('附：各单位填报人员', '联络员名单': who filled the list in, no holders)
        if used:
            x = min(used) - 1  # its caption ('附：责任主体人员名单', '各单位人员') right above it
            if (
                x >= 0
                and len([c for c in sh.nonempty(x) if c >= lo]) == 1
                and (lo or x not in body)
                and not (x < body.start and sh.kind(x) == "title")  # (the list's own title)
            ):
                used.add(x)
            self.skip |= used - set(body)
            self.code_legend |= used - set(body)
            gone = {cell_ref(y, c) for y in used for c in sh.nonempty(y) if c >= lo}
            self._withdraw_strays(gone)  # (its lines above or cells beside: they are read)
        head = squeeze(t.header[1].get(gc, "")) if t.header else ""
        legend = f"{sheet or self.grid.name}!{at}"
        if sheet:  # (a roster on another sheet: told at the group column's heading)
            at = cell_ref(t.row, gc)
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr in rows:
            g = squeeze(getattr(rr, role))
            held = members.get(g)
            if not held:
                if g:
                    self.issues.append(
                        make_issue("GROUP_NOT_IN_ROSTER", self.rel, self.grid.name,
                                   rr.cell(role), field=head or "责任主体", value=g)
                    )  # fmt: skip
                out.append(rr)
                continue
            unit = "" if role == "unit" else rr.unit  # ('责任单位 | 投资股': the group, no unit)
            for post, name in held:
                out.append(replace(rr, department=g, title=post, person=name, unit=unit))
            shown[g] = f"{g}=" + "、".join(f"{p} {n}".strip() for p, n in held)
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_GROUP_ROSTER", self.rel, self.grid.name, at,
                           field=head or "责任主体", value="；".join(shown.values()),
                           legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.seen += len(out) - len(rows)  # (a point held by three counts once per holder)
        return out

    def _posts_by_staffing_grid(
        self, t: _Table, rows: list[RawRisk], tail: range, body: range
    ) -> list[RawRisk]:
        """A list of posts common to every outlet ('序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施',
        its rows naming posts only: '网点负责人', '会计主管'; no 科室, no holder of its own) and,
        under it (``tail``) or right of it past an empty column, a staffing grid saying who holds
        each post in each outlet ('营业网点 | 网点负责人 | 会计主管 | 客户经理' over '营业部 | 巫马琰
        | …', one row a 网点, 站, 所 or 中队; or transposed: '岗位 | 城关所 | 河东站' over '所长 | …'):
        each row is a point of its post's holder in EVERY outlet — one form a holder, the outlet
        his 科室 ('张三、李四' in a cell: two forms; an empty or '暂缺' cell: the post of that
        outlet, no name; '/' there: the outlet has no such post) — with one info. A post of the
        list the grid has not stays as read, with a warning at its cell. The grid's rows are no
        points and no stray rows. A grid naming fewer than two of the list's posts, two outlets
        or two people is no such grid (the README's '科室 | 科长 | 副科长' grid for a list whose rows
        name their own 科室 is ``_grid_holders``'s)."""
        if any(rr.person or rr.department for rr in rows):
            return rows  # (the cheap test: rows of their own holder or 科室 are not common posts)
        posts = {squeeze(rr.title) for rr in rows} - {""}
        if len(posts) < 2:
            return rows
        sh = self.sh
        own = max(c for x, c in t.roles.items() if x != "other")
        places = [(x, 0) for x in tail] + [
            (x, own + 2)
            for x in body
            if len(sh.rows[x]) > own + 3 and not sh.rows[x][own + 1]  # (past an empty column)
        ]
        found = None
        for x, lo in places:
            if x + 1 < len(sh.rows) and sum(1 for c in sh.nonempty(x) if c >= lo) >= 3:
                found = self._staffing_grid(x, lo, posts)
                if found is not None:
                    break
        if found is None:
            return rows  # no grid of these posts: as read
        grid, used, at, lo = found
        above = "".join(
            squeeze("".join(sh.rows[y]))
            for y in range(t.row)
            if sh.kind(y) in ("title", "unit", "fields")
        )
        own = {o: held for o, held in grid.items() if squeeze(o) and squeeze(o) in above}
        if own:  # ('…水利局办公室岗位…表' over a roster of every 股室: the list is 办公室's own)
            grid = own
        x = min(used) - 1  # its caption ('各营业网点关键岗位人员') right above it
        if (
            x >= 0
            and x not in body
            and x >= tail.start
            and len([c for c in sh.nonempty(x) if c >= lo]) == 1
            and sh.kind(x) in ("title", "other")
        ):
            used.add(x)
        used -= set(body)
        self.staffing_rows |= used
        self.code_legend |= used
        beside = body if lo else ()
        gone = {cell_ref(y, c) for y in [*used, *beside] for c in sh.nonempty(y) if c >= lo}
        self._withdraw_strays(gone)  # (its cells beside the list: they are read)
        held_posts = {p for held in grid.values() for p in held}
        out: list[RawRisk] = []
        missing: set[str] = set()
        for rr in rows:
            post = squeeze(rr.title)
            if post not in held_posts:
                if post and post not in missing:
                    missing.add(post)
                    self.issues.append(
                        make_issue("POST_NOT_IN_STAFFING_GRID", self.rel, self.grid.name,
                                   rr.cell("title"), value=post)
                    )  # fmt: skip
                out.append(rr)
                continue
            for outlet, held in grid.items():
                for name in held.get(post, ()):
                    out.append(replace(rr, department=outlet, person=name))
        shown = "；".join(
            f"{outlet}=" + "、".join(f"{p} {n}".strip() for p, ns in held.items() for n in ns)
            for outlet, held in grid.items()
        )
        self.issues.append(
            make_issue("POSTS_BY_STAFFING_GRID", self.rel, self.grid.name, at, field="岗位",
                       value=shown, legend=f"{self.grid.name}!{at}")
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        self.seen += len(out) - len(rows)  # (a point held in three outlets counts once a holder)
        return out

    def _staffing_grid(
        self, x: int, lo: int, posts: set[str]
    ) -> tuple[dict[str, dict[str, list[str]]], set[int], str, int] | None:
        """Row ``x`` (from column ``lo``) heads a staffing grid of the list's ``posts``: across
        ('序号 | 营业网点 | 网点负责人 | 会计主管' — a 序号, the outlet's column, then two or more of
        the posts; a '备注' after them) over a row an outlet, or down ('岗位＼网点 | 营业部 | 宗加支行'
        over a row a post). Outlet → post → its holders in order ('' a vacancy), its rows, the
        heading's cell and ``lo``; or None. Short labels only, no risk's heading among them."""
        sh = self.sh
        row = sh.rows[x]
        cols = [c for c in sh.nonempty(x) if c >= lo]
        if not 3 <= len(cols) <= 12 or any(len(squeeze(row[c])) > 12 for c in cols):
            return None  # (the cheap test: a list's heading or a line is wider or longer)
        nxt = sh.rows[x + 1]
        if not any(squeeze(row[c]) in posts for c in cols) and not any(
            c < len(nxt) and squeeze(nxt[c]) in posts for c in cols
        ):
            return None  # (no post of the list across it, nor down under it)
        roles = {}
        for c in cols:
            h = heading_role(sh.key(x, c))
            role = h.role if h is not None and h.strength >= 2 else ""
            if role and role not in _ROSTER_ROLES:
                return None  # ('风险点', '防控措施': a list's heading)
            roles[c] = role
        at = cell_ref(x, cols[0])
        cols = [c for c in cols if roles[c] != "seq"]
        across = [c for c in cols if squeeze(row[c]) in posts]
        grid: dict[str, dict[str, list[str]]] = {}
        used = {x}
        if len(across) >= 2:  # '营业网点 | 网点负责人 | 会计主管 | 客户经理': a row an outlet
            oc = cols[0]  # (the outlet's column first, after a 序号)
            if (
                oc in across
                or is_post(squeeze(row[oc]))
                or roles[oc] not in ("department", "unit", "")
            ):
                return None
            heads = {}
            for c in cols[1:]:
                v = squeeze(row[c])
                if v in posts or is_post(v):
                    heads[c] = v
                elif roles[c] != "other":  # ('备注')
                    return None
            for y in range(x + 1, min(len(sh.rows), x + 80)):
                got = sh.rows[y]
                outlet = squeeze(got[oc]) if oc < len(got) else ""
                if (
                    not outlet
                    or len(outlet) > 20
                    or outlet in posts
                    or looks_like_name(outlet)
                    or not _OUTLET_END.search(outlet)
                ):
                    break
                names = {p: _grid_names(got[c] if c < len(got) else "") for c, p in heads.items()}
                if any(ns is None for ns in names.values()):
                    break
                grid[outlet] = {p: ns for p, ns in names.items() if ns}
                used.add(y)
        else:  # '岗位＼网点 | 营业部 | 宗加支行 | 热水支行': a row a post
            pc = cols[0]
            if roles[pc] == "person" or pc >= len(nxt) or squeeze(nxt[pc]) not in posts:
                return None
            outlets = {}
            for c in cols[1:]:
                v = squeeze(row[c])
                if roles[c] == "other":
                    continue  # ('备注')
                if roles[c] not in ("department", "unit", "") or v in posts or is_post(v):
                    return None
                if looks_like_name(v) or not _OUTLET_END.search(v):
                    return None  # ('岗位 | A角 | B角', '岗位 | 2024年 | 2025年': no outlets)
                outlets[c] = v
            if len(outlets) < 2:
                return None
            for y in range(x + 1, min(len(sh.rows), x + 80)):
                got = sh.rows[y]
                post = squeeze(got[pc]) if pc < len(got) else ""
                if not post or not (post in posts or is_post(post)):
                    break
                names = {o: _grid_names(got[c] if c < len(got) else "") for c, o in outlets.items()}
                if any(ns is None for ns in names.values()):
                    break
                for o, ns in names.items():
                    if ns:
                        grid.setdefault(o, {})[post] = ns
                used.add(y)
        held = {p for h in grid.values() for p in h}
        named = sum(1 for h in grid.values() for ns in h.values() for n in ns if n)
        if len(grid) < 2 or named < 2 or len(held & posts) < 2:
            return None
        return grid, used, at, lo

    def _stage_strip(self, x: int, c: int, value, keyf=None) -> dict:
        """A strip of steps across from the stage heading at (x, c) ('办理环节 | 来访登记 | …')
        and the rows just above or under it labelled by a holder's part ('承办股室', '承办岗位',
        '承办人'; a cell merged over the steps one holder handles): step → (科室, post, holder);
        under '' the labelled rows. Empty where no such rows stand by it. ``keyf`` keys a step
        (a window: by its number)."""
        sh = self.sh
        keyf = keyf or _stage_key
        steps = {k: squeeze(sh.rows[x][k]) for k in sh.nonempty(x) if k > c}
        parts: dict[int, dict[str, str]] = {k: {} for k in steps}
        used: set[int] = set()
        for y in range(max(0, x - 4), min(len(sh.rows), x + 5)):
            if y == x or c >= len(sh.rows[y]) or not sh.rows[y][c]:
                continue
            h = heading_role(sh.key(y, c))
            if h is None or h.strength < 2 or h.role not in ("department", "title", "person"):
                continue
            for k in steps:
                v = value(y, k)
                if v:
                    parts[k].setdefault(h.role, v)
            used.add(y)
        got: dict = {}
        for k, step in steps.items():
            said = parts[k]
            if (meaning := _stage_holder(said)) is not None and keyf(step):
                got[keyf(step)] = meaning  # ('承办人 | 股长　张三': the post with the name)
        if got:
            got[""] = used
        return got

    def _stage_table(self, x: int, c: int, value, keyf=None) -> tuple[dict, set[int]]:
        """A small table down from the stage heading at (x, c) — '环节 | 责任人', '流程节点 | 科室 |
        岗位 | 姓名', beside or under the list: stage → (科室, post, holder), and its rows."""
        sh = self.sh
        keyf = keyf or _stage_key
        cols: dict[str, int] = {}
        for k in sh.nonempty(x):
            if k <= c:
                continue  # (beside the list: its own cells to the left)
            h = heading_role(sh.key(x, k))
            if h is not None and h.strength >= 2 and h.role in ("department", "title", "person"):
                cols.setdefault(h.role, k)
            elif cols:
                break  # (the table ends at the first column of something else)
            else:
                return {}, set()  # (a list's own heading: '环节 | 风险点 | …')
        if "title" not in cols and "person" not in cols:
            return {}, set()
        got: dict = {}
        used = {x}
        y = x + 1
        while y < len(sh.rows) and y - x <= 40:
            step = value(y, c)
            if not step:
                break
            meaning = _stage_holder({role: value(y, k) for role, k in cols.items()})
            if meaning is None:
                break  # ('值班民警　张三' in a 责任人 cell is one)
            got[keyf(step)] = meaning
            used.add(y)
            y += 1
        return got, used

    def _change_log_head(self, r: int) -> bool:
        """A header of who took over which post: '岗位 | 原任人员 | 现任人员 | 变动时间'."""
        keys = [self.sh.key(r, c) for c in self.sh.nonempty(r)]
        return any(_FORMER_HOLDER_HEAD.match(k) for k in keys) and any(
            _NEW_HOLDER_HEAD.match(k) for k in keys
        )

    def _changes(self, r: int, end: int, rows: list[RawRisk]) -> int:
        """The table of changes under a list ('部门 | 岗位 | 原任人员 | 现任人员 | 变动时间'): each
        row of the list held by a former holder at that 科室 and post is the new one's now (a swap
        read from the holders as listed), with one info; returns the row after it."""
        sh = self.sh
        cols: dict[str, int] = {}
        for c in sh.nonempty(r):
            k = sh.key(r, c)
            if _FORMER_HOLDER_HEAD.match(k):
                cols.setdefault("old", c)
            elif _NEW_HOLDER_HEAD.match(k):
                cols.setdefault("new", c)
            elif (h := heading_role(k)) is not None and h.role in ("department", "title"):
                cols.setdefault(h.role, c)
        changes: dict[tuple[str, str, str], str] = {}
        x = r + 1
        while x < end and sh.kind(x) in ("other", "fields"):
            row = sh.rows[x]
            got = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            if got.get("old") and got.get("new"):
                new = got["new"]
                if (
                    VACANT.match(new)
                    or NO_ONE.match(new)
                    or new.startswith(("空缺", "暂缺", "待配"))
                ):
                    new = ""  # ('暂缺（由会计代管）': no one holds it now)
                changes[(got.get("department", ""), got.get("title", ""), got["old"])] = new
            x += 1
        moved = []
        now = []
        for rr in rows:
            for key in (
                (squeeze(rr.department), squeeze(rr.title), squeeze(rr.person)),
                ("", squeeze(rr.title), squeeze(rr.person)),
                (squeeze(rr.department), "", squeeze(rr.person)),
            ):
                if key in changes:
                    now.append((rr, changes[key]))
                    moved.append(f"{rr.title} {rr.person}→{changes[key] or '空缺'}")
                    break
        for rr, name in now:  # (after all are looked up: two holders who swapped posts)
            rr.person = name
        if moved:
            self.issues.append(
                make_issue("HOLDERS_CHANGED", self.rel, self.grid.name, cell_ref(r, sh.nonempty(r)[0]),
                           value="、".join(dict.fromkeys(moved)))
            )  # fmt: skip
        self.unplaced += x - r
        return x

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

    def _other_table(self, r: int, next_h: int) -> int:
        """A table with no risk points (who is responsible for which step, say): reported
        once, its rows counted; returns the row after it."""
        sh = self.sh
        head = r
        r += 1
        while r < next_h and sh.kind(r) in ("other", "fields"):
            r += 1
        text = " ".join(sh.rows[head][c] for c in sh.nonempty(head))
        self.issues.append(
            make_issue(
                "TABLE_OTHER",
                self.rel,
                self.grid.name,
                cell_ref(head, sh.nonempty(head)[0]),
                value=text[:60],
                field=str(r - head - 1),
            )
        )
        self.unplaced += r - head
        return r

    def _precedes_header(self, r: int, next_h: int) -> bool:
        """Only titles, fields and blank lines lie between row ``r`` and the next header."""
        if next_h >= len(self.sh.rows):
            return False
        return all(
            self.sh.kind(x) != "other" or self._title_like(x) or self._duty_line(x)
            for x in range(r, next_h)
        )

    def _duty_line(self, r: int) -> bool:
        """'分管工作 | 主持镇政府全面工作……', '职权名称 | 取水许可 | 职权类别 | 行政许可': labels
        of the post's duties or powers and their texts, a line of a form's preamble."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) not in (2, 4, 6) or any(len(sh.rows[r][c]) > 8 for c in cols[::2]):
            return False
        h = heading_role(sh.key(r, cols[0]))
        if h is None or h.strength < 2 or h.role != "duty":
            return False
        return all(
            field_of(sh.key(r, c)) or (heading_role(sh.key(r, c)) or _NO_ROLE).strength >= 2
            for c in cols[2::2]
        )

    # --- forms --------------------------------------------------------------------------

    def _tier(
        self, t: _Table, fields: dict, title_text: str, meta: dict | None, dept: str, title: str
    ) -> str:
        if meta and meta.get("form") in self.spec.forms:
            return meta["form"]
        tier = _tier_from(title_text)
        if tier:
            return tier
        duty_col = t.roles.get("duty")
        duty_label = label_key(self.sh.rows[t.row][duty_col]) if duty_col is not None else ""
        if duty_label.startswith("分管"):  # only the leader form lists 分管工作
            return "leader"
        if "head" in fields or ("department" in fields and "person" not in fields):
            return "middle"
        tier = tier_of_post(title, dept) or tier_of_post(title_text, dept)
        if tier:
            return tier
        if "dept_title" in fields or ("department" in fields and "person" in fields):
            return "general"
        return ""

    def _form(
        self, t: _Table, fields: dict, title_text: str, raw_rows, reviews, unit, meta, named
    ) -> RawForm:
        """One form from its preamble (title, fields), its rows and, for our templates, metadata."""
        h = t.row
        person_fld = "head" if "head" in fields and "person" not in fields else "person"
        person, person_cell = fields.get(person_fld, ("", ""))
        if _NO_ONE_HOLDER.match(person.strip()):
            person = ""  # '在岗人员 | 3人', '全体股室人员': how many or who all, no holder
        elif (
            person
            and not looks_like_name(person)
            and not holder_and_post(person)
            and is_post(squeeze(person))
            and squeeze(person).endswith(POST_ENDS)
        ):
            # '告知对象 | 税收管理员': a post told of its risks, no one named
            fields = {**fields, "title": fields.get("title") or (person.strip(), person_cell)}
            person = ""
        if person and person[-1].isdigit():
            person = PHONE.sub("", person)  # '陈静 0527-88123456': the holder, not his phone
        if person and person[-1] in _NAME_MARKS:
            person = _unmarked(person.strip())  # '闵渫珑*' by '注：*为持证执法人员'

        asked = (person_fld in fields and not self.held_below) or bool(meta)
        if not person_cell:
            person_cell = cell_ref(h - 1, 1) if h else "B1"
        dept = fields["department"][0] if "department" in fields else ""
        title = fields["title"][0] if "title" in fields else ""
        split = holder_and_post(person)
        if split:
            person, title = split[0], title or split[1]
        # '副局长(正科级)', '副处长（主持工作）': the post, not its rank or who stands in
        title = POST_NOTE.sub("", RANK.sub("", title)).strip()
        if person:
            title = OVERSEES.sub("", title).strip()  # '副乡长（分管林业）' of 向德贵
        if "dept_title" in fields:
            dept, title = split_dept_title(fields["dept_title"][0])
        if "unit_title" in fields:  # '单位及职务 | XX县XX镇镇党委书记'
            u, d, ttl = split_unit_title(fields["unit_title"][0])
            unit, dept, title = unit or u, dept or d, title or ttl
        if not dept and "unit" in fields:  # '所在单位:XX镇人民政府财政所'
            dept = dept_in_title(fields["unit"][0])
            unit = unit or fields["unit"][0]
        if not dept and title and "dept_title" not in fields:  # '现任岗位 | 秘书科机要员'
            d, ttl = split_dept_title(title)
            # ('育种技术部测定员' too; not the 党支部 of '党支部书记')
            if (
                d.endswith(("科", "股", "室", "队", "站", "所", "中心", "处", "部"))
                and not d.endswith("支部")
                and not (d.endswith("部") and len(d) < 3)  # '内部审计员', '本部出纳'
                and _dept_like(d)
            ):
                dept, title = d, ttl
        if not meta and not asked:
            title = title or named.get("title", "")
            dept = dept or named.get("department", "")
            person = person or named.get("person", "")
        if not person and not meta and not asked:
            # a workbook of a sheet per person, each tab named for its holder: the tab names
            # him where the form has no place for a name (see collect for a blank 姓名)
            tab = tab_name(self.grid.name)
            person = tab if tab and tab not in f"{unit}{dept}{title_text}" else ""
        if not dept and not meta:
            # no 科室 field: the title's ('XX乡人民政府农经股…'), else the sheet's name
            dept = named.get("department", "") or sheet_department(self.grid.name)
        if dept and unit and not meta:
            # '科室 | XX县房屋管理处物业科' under '单位(盖章):XX县房屋管理处': the 科室 is 物业科
            d, u = squeeze(dept), squeeze(unit)
            if d.startswith(u) and _dept_like(d[len(u) :]):
                dept = d[len(u) :]
            else:  # '杉坪镇安监办' under 'XX县杉坪镇人民政府': the 镇 named short
                place, _d, rest = split_unit_title(d)
                if place and rest and place in u and _dept_like(rest):
                    dept = rest
        if person and title:
            title = OVERSEES.sub("", title).strip()  # '办公室副主任（分管财务）' of 张三
        tier = self._tier(t, fields, title_text, meta, dept, title)
        if tier == "middle" and not meta and heads_the_unit(title, dept, unit):
            tier = "leader"  # '所长' of 'XX县农机安全监理所', no 科室: the unit's own head
        if not title and (not asked or post_closes_title(title_text)):
            # '…劳动保障所所长廉政风险防控卡' over a card naming only its holder: his post
            title = titled_post(title_text)
        if tier == "leader" and not dept:
            dept = "领导班子"
        if tier == "middle" and not title:
            title = "科室负责人"
        declared, declared_cell = fields.get("declared_grade", ("", ""))
        style, roster_row = "form", 0
        if meta:
            style = "template"
            person = person or meta.get("person", "")
            unit = meta.get("unit") or unit
            dept = meta.get("department") or dept
            if not title or (tier == "middle" and "title" not in fields):
                title = meta.get("title") or title
            if fields.get("dept_title") and meta.get("department"):
                dt = fields["dept_title"][0]
                if dt.startswith(meta["department"]):
                    title = dt[len(meta["department"]) :] or meta.get("title", "")
            roster_row = int(meta.get("roster_row") or 0)
        form_def = self.spec.forms.get(tier)
        default_section = form_def.sections[0].key if form_def else ""
        for rr in raw_rows:
            rr.section = rr.section or default_section
        continued = (
            not meta
            and not (person or dept or title or unit or fields)
            and bool(_CONTINUED.search(title_text) or _CONTINUED.search(self.grid.name))
        )
        return RawForm(
            sheet=self.grid.name,
            continued=continued,
            style=style,
            tier=tier,
            unit=unit,
            department=dept,
            person=squeeze(person),
            title=squeeze(title),
            declared=declared,
            person_cell=person_cell,
            declared_cell=declared_cell,
            header_row=h,
            risks=raw_rows,
            duty_texts=_duty_texts(self.sh, h, t.roles, raw_rows),
            reviews_found=reviews[0],
            reviews_filled=reviews[1],
            person_field=self.spec.field_labels[person_fld],
            roster_row=roster_row,
            person_asked=asked,
            grade_asked=bool(meta) or "declared_grade" in fields or asked,
            filled_by=bool(person) and person == named.get("_filler"),
        )

    def _list_forms(
        self, t: _Table, rows: list[RawRisk], unit: str, fields: dict, title_text: str, named
    ) -> list[RawForm]:
        """A list table holds many posts: one form per unit, 科室, post and holder, in order."""
        by_post: dict[tuple[str, str, str, str], RawForm] = {}
        f_person = fields.get("person", ("", ""))[0] or fields.get("head", ("", ""))[0]
        if _NO_ONE_HOLDER.match(f_person.strip()):
            f_person = ""  # '在岗人员 | 3人': a headcount, no holder
        if f_person and f_person == fields.get("filler", ("", ""))[0]:
            if "title" not in t.roles or len({(rr.department, rr.title) for rr in rows}) > 1:
                # '填报人：赵丽娟　科室：国库股' over the 科室's list (its posts, or none named):
                # the 科室's clerk
                f_person = ""
        f_dept = fields.get("department", ("", ""))[0]
        f_title = fields.get("title", ("", ""))[0]
        if "dept_title" in fields:
            f_dept, f_title = split_dept_title(fields["dept_title"][0])
        if "unit_title" in fields:
            u, d, ttl = split_unit_title(fields["unit_title"][0])
            unit, f_dept, f_title = unit or u, f_dept or d, f_title or ttl
        secretaries = (
            sum(1 for rr in rows if not rr.department and rr.title.strip().endswith("书记"))
            if f_dept
            else 0
        )  # ('书记', '副书记', '纪委书记' over '填报科室：党政办': the 镇's leaders)
        if f_dept and (
            any(not rr.department and _heads_another(rr.title.strip(), f_dept) for rr in rows)
            or (secretaries >= 2 and not f_dept.endswith(("委", "支部", "党总支", "党组")))
        ):
            f_dept = ""  # '填报股室：办公室' over a list with the 局长's post: who filled it in
        f_dept = f_dept or named.get("department", "")
        f_title = f_title or named.get("title", "")
        f_person = f_person or named.get("person", "")
        split = holder_and_post(f_person)
        if split:
            f_person, f_title = split[0], f_title or split[1]
        holders: dict[str, str] = named.get("_holders") or {}  # type: ignore[assignment]
        dc = t.roles.get("department")
        if "窗口岗位" in title_text and dc is not None and "title" not in t.roles:
            h = t.header[0].get(dc) if t.header else None
            if h is not None and "窗口" in h.word:  # '…中心窗口岗位…一览表': each 窗口 is a post
                for rr in rows:
                    rr.title, rr.department = rr.title or rr.department, ""
        if f_person and "person" in t.roles:
            h = t.header[0].get(t.roles["person"]) if t.header else None
            if h is not None and h.word in WATCHERS:
                for rr in rows:  # '持卡人 | 史丽君' above a 监督责任人 column: the card's holder
                    rr.person = ""
        for rr in rows:
            if not rr.person and ("\u3000" in rr.title or " " in rr.title):
                # '保管员　谷梁叙白、左丘霁青' under '岗位及责任人': the post, then who hold it
                post, _sp, held = rr.title.strip().partition(
                    "\u3000" if "\u3000" in rr.title else " "
                )
                names = [x for x in HOLDER_SPLIT.split(held.strip()) if x]
                if len(names) >= 2 and is_post(post.strip()) and several_names(names):
                    rr.title, rr.person = post.strip(), held.strip()
        if "person" in t.roles and t.header:
            _holder_by_heading(t.header[1].get(t.roles["person"], ""), rows)
        teams: dict[str, RawRisk] = {}
        shared = _shared_holders(rows, teams)
        if teams:  # '组长：X⏎组员：Y、Z': said once per table
            first = min(teams.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_TEAM_HEAD", self.rel, self.grid.name, first.cell("person"),
                           value="；".join(x.replace("\n", "⏎") for x in teams))
            )  # fmt: skip
        self.seen += len(shared) - len(rows)  # a row held by two counts once per holder
        depts_of: dict[str, set[str]] = {}  # post → the 科室 it stands in on the list
        for title, dept in dict.fromkeys((rr.title, rr.department) for rr in shared):
            depts_of.setdefault(squeeze(title), set()).add(squeeze(dept))  # (each pair once)
        all_depts = frozenset(d for ds in depts_of.values() for d in ds if d)
        # a 姓名 column someone filled: a blank there is a vacancy (one nobody filled is the
        # template's, left empty)
        named_column = "person" in t.roles and any(rr.person for rr in rows)
        posts: dict[tuple[str, str, str, str], tuple[str, str, str, str]] = {}
        tc = t.roles.get("title")
        heading = t.header[1].get(tc, "") if t.header and tc is not None else ""
        names_first = any(w in heading[:4] for w in ("姓名", "人员", "责任人", "负责人"))
        # a 单位 column, or captions naming units, under a title or 单位 line naming the unit hold
        # its 二级单位: its 科室
        sub_units = bool(unit) and (
            ("unit" in t.roles and "department" not in t.roles)
            or ("unit" not in t.roles and named.get("_titled") == unit)
        )
        _bracketed_holders(shared)
        for rr in shared:
            if (
                sub_units
                and rr.unit
                and rr.unit != unit
                and not unit.endswith(rr.unit)
                and not shortened(rr.unit, unit)
            ):
                rr.department, rr.unit = rr.department or rr.unit, unit
            if "\n" in rr.title:  # '受理岗⏎依法查验申请材料……' under 岗位名称及职责
                first, _, rest = rr.title.strip().partition("\n")
                if len(first.strip()) <= 12 < len(rest.strip()) and not looks_like_name(rest):
                    rr.title = first.strip()
                    rr.duty = rr.duty or rest.strip()
            raw = (rr.unit, rr.department, rr.title, rr.person)
            key = posts.get(raw)  # rows of one post repeat its cells: each is read once
            if key is None:
                key = posts[raw] = post_of(*raw, unit, f_dept, f_title, f_person, names_first)
                bare = _without_own_name(key[1], key[0])
                if bare != key[1]:  # '鲤湾镇财政所' in the list of 鲤湾镇: its 财政所
                    key = posts[raw] = (key[0], bare, key[2], key[3])
                several = len(depts_of.get(squeeze(key[2]), ())) > 1
                held = roster_lookup(holders, key[1], key[2], several, all_depts) if holders else ""
                if not key[3] and held and not named_column:
                    # the list of who holds which post above or below
                    key = posts[raw] = (*key[:3], held)
                elif key[3] and not key[2] and key[3] in self.held_posts:
                    # '站长 | 岳建军 | 专职工作人员 | 卢海燕' above a list naming only holders
                    key = posts[raw] = (key[0], key[1], self.held_posts[key[3]], key[3])
            rr.unit, rr.department, rr.title, rr.person = key
            f = by_post.get(key)
            if f is None:
                pc = rr.cols.get("person", rr.cols["risk_point"])
                tier = (
                    TIER_WORDS.get(rr.tier.replace(" ", ""), "")
                    or (
                        LEADERS_GROUP.match(rr.department) and tier_of_post(rr.title, rr.department)
                    )
                    or _tier_from(rr.title)
                    or tier_of_post(rr.title, rr.department)
                )
                if tier == "middle" and heads_the_unit(rr.title, rr.department, rr.unit):
                    tier = "leader"  # '站长' in the list of 'XX县木材检查站': its own head
                if (
                    tier == "leader"
                    and not rr.department
                    and rr.title.strip() in ("主任", "副主任")
                    and squeeze(rr.unit).endswith("局")
                ):
                    tier = "middle"  # '主任' in a 局's list: an office's, not the 局's head
                if tier == "leader" and not rr.department and heads_an_office(rr.title, rr.unit):
                    tier = (
                        "middle"  # '党政办主任' in a 镇's list: the head of its 办, not of the 镇
                    )
                if not tier and len(t.roles) and not rr.title:
                    tier = _tier_from(title_text)
                f = by_post[key] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier, unit=rr.unit,
                    department=rr.department, title=rr.title,
                    person=rr.person, declared=rr.declared, person_cell=cell_ref(rr.row, pc),
                    declared_cell=cell_ref(rr.row, rr.cols["declared_grade"]) if rr.declared else "",
                    header_row=t.row, person_asked=False, holder_column=named_column,
                )  # fmt: skip
            f.risks.append(rr)
        for f in by_post.values():
            f.duty_texts = _duty_texts(None, t.row, t.roles, f.risks)
        return list(by_post.values())


# tabs that pass for names but name a place or a 科室 ('李庄村', '石桥镇') or a line of work
NOT_A_NAME_END = ("村", "庄", "镇", "乡", "区", "县", "社区", "科", "股", "室", "站", "所", "队", "办",
                   "组", "部", "处", "局")  # fmt: skip


def _numbering_style(text: str) -> str:
    """The kind of numeral a line opens with ('' without one): '1.', '2．', '3、' and '(4)' are
    one list ('1'), '二、国库管理' starts a part ('一') rather than being item 3 of '1. 2.'."""
    m = NUMBERING.match(text.strip())
    if not m:
        return ""
    return "1" if any(ch.isdigit() for ch in m.group(0)) else "一"


def _sentence(text: str) -> bool:
    """A long text with a sentence's punctuation: no heading."""
    return len(text) > 16 and any(ch in text for ch in ",，;；。")


_INT_CELL = re.compile(r"^\s*\d{1,6}\s*$")
# the headings a table of who holds which post has ('序号 | 科室 | 岗位 | 姓名')
_ROSTER_ROLES = frozenset({"seq", "department", "title", "person", "tier", "unit", "other"})


_BRACKETED = re.compile(r"^\s*[(（【\[].*[)）】\]]\s*$", re.S)
_HINT_WORD = re.compile(
    r"填写|请填|请选择|请结合|请根据|请按|示例|例如|如[:：]|选填|可填|每个|一个风险点|名称[)）]$"
    r"|^[(（]\s*[高中低一二三ⅠⅡⅢ级、/／\s]{3,}[)）]$"  # '（高、中、低）': the choices, not one
)


def _hint_row(row: list[str]) -> bool:
    """A template's row of hints, each cell a bracketed prompt ('（填写岗位名称）')."""
    cells = [v for v in row if v]
    return (
        len(cells) >= 2
        and all(_BRACKETED.match(v) for v in cells)
        and sum(1 for v in cells if _HINT_WORD.search(v)) >= 2
    )


# who holds the posts of a group, after its name: '（科长：揭澄霁；科员：冉屿白）', '　科长：…　科员：…'
_CAPTION_PAIRS = re.compile(
    r"[(（]([^()（）]*[:：][^()（）]*)[)）]\s*$|[ \u3000]+(\S{2,12}[:：].*)$"
)
# a line of who holds a post and what he does: '主任　茹望岳：主持全面工作，分管财务股。'
_POST_NAME_DUTIES = LazyRe(r"^\s*([^\s:：]{2,12}?)[ \u3000]+([\u4e00-\u9fff·]{2,4})\s*[:：]\s*\S")
# the words that say who answers for a group, not a post of its rows
_HOLDER_WORDS = frozenset(
    {"负责人", "责任人", "联系人", "分管领导", "联系领导", "牵头领导", "责任领导"}
)
# words in a holder's cell saying how a post is held, not by whom
_STAND_IN_WORDS = frozenset(
    {"兼任", "兼职", "代理", "代管", "暂缺", "待定", "空缺", "轮岗", "借调", "外聘"}
)
# words that mark a cell rather than say a risk ('适用', '不存在')
_MARK_WORDS = frozenset(
    {"适用", "不适用", "存在", "不存在", "有", "是", "否", "涉及", "不涉及", "具备"}
)
_BRACKETS = re.compile(r"[()（）\[\]【】]")


# a diagonal corner cell naming the columns' heads and the rows' both: '岗位⏎风险等级', '等级＼岗位'
_DIAGONAL = LazyRe(r"\S\s*[\n＼\\/／]\s*\S")


def _grid_corner(text: str) -> bool:
    """The corner cell of a cross table's heading rows ('岗位⏎风险等级', '风险等级＼岗位', '姓名'):
    words of headings only, no value."""
    words = [w for w in re.split(r"[\s/／＼\\|、]+", text) if w]
    return bool(words) and all(
        (h := heading_role(label_key(w))) is not None and h.role != "other" for w in words
    )


def _heads_kind(values: list[str]) -> str | None:
    """What a row of column heads names when every cell names one kind: 'department' ('局领导',
    '人事股'), 'title' ('局长', '会计（柯雨萌）', '会计⏎柯雨萌') or 'person' (names); else None."""
    keys = [squeeze(v) for v in values]
    names = [looks_like_name(k) and k not in NOT_A_NAME for k in keys]
    if any(names) and all(
        x or VACANT.match(k) or not k.strip(DASHES) for x, k in zip(names, keys, strict=True)
    ):
        return "person"  # ('空缺', '/' under a post no one holds)
    if all(_dept_like(k) for k in keys):
        return "department"
    if all(is_post(_post_holder(v)[0]) and not _dept_like(_post_holder(v)[0]) for v in values):
        return "title"
    return None


def _post_holder(text: str) -> tuple[str, str]:
    """A post's column head naming its holder too ('会计（柯雨萌）', '会计⏎柯雨萌', '会计 柯雨萌'):
    (post, holder); (the head, '') where it names none."""
    v = text.strip()
    m = POST_BRACKET_NAME.match(v)
    if m and looks_like_name(m.group(2)) and not looks_like_name(m.group(1)):
        return squeeze(m.group(1)), m.group(2)
    parts = v.split()
    if len(parts) == 2 and looks_like_name(parts[1]) and not looks_like_name(parts[0]):
        return parts[0], parts[1]
    return squeeze(v), ""


def _band_cell_points(text: str) -> list[str]:
    """The points of one cell of a band of points laid on its side (a post's points of one
    level): each numbered line one ('1.…⏎2.…', the number left off, a line typed on without a
    number joined to the one before), since the cell lists them; a cell not opening with a
    number is one point as written."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    first = _ITEM_LINE.match(lines[0]) if lines else None
    if first is None:
        return [text]
    kind = _item_kind(first.group(0))
    out: list[str] = []
    for x in lines:
        m = _ITEM_LINE.match(x)
        if m and _item_kind(m.group(0)) == kind:
            out.append(x[m.end() :].strip())
        elif m or NUMBERING.match(x) or x[:1].isdecimal():
            out[-1] += "\n" + x  # ('1.1 …', '（1）…' under '1.…': the item's own sub-items)
        else:
            out[-1] += x
    return [x for x in out if x] or [text]


def _item_kind(mark: str) -> str:
    """The kind of an item's number: '(1)', '1.' or '①' — a list numbers its items alike."""
    mark = mark.strip()
    return "(" if mark[:1] in "(（" else "1" if mark[:1].isdecimal() else "①"


def _numbered_lines(text: str) -> list[str]:
    """The items of a cell written one per line, each numbered ('1.…⏎2.…'), without their
    numbers; [] unless every line is numbered."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or not all(NUMBERING.match(x) for x in lines):
        return []
    return [NUMBERING.sub("", x, count=1).strip() for x in lines]


def roster_key(department: str, title: str) -> str:
    """The key of a post in a table of who holds which post, by its 科室 and its name."""
    return f"{squeeze(department)}\x00{squeeze(title)}"


def roster_lookup(
    holders: dict[str, str],
    department: str,
    title: str,
    several: bool,
    depts: frozenset[str] = frozenset(),
) -> str:
    """The one holder a list of who holds which post names for a post, else ''. Keys are
    ``roster_key``s or bare posts. A roster naming the 科室 names the holder of that 科室's post
    only ('财务' for '财务股' too); one naming none, only of a post the list has under one 科室
    (``several``: under more than one)."""
    dept, post = squeeze(department), squeeze(title)
    key = roster_key(dept, post)
    if key in holders:
        return holders[key]  # ('' where two hold it)
    names = set()
    for key, name in holders.items():
        d, _sep, p = key.rpartition("\x00")
        if p != post and not (dept and not d and p == dept + post):
            continue  # ('项目股股长' of a list with no 科室 names 项目股's 股长)
        if d and dept:
            if not (_same_part(d, dept) or _short_for(d, dept, depts)):
                continue  # another 科室's post of that name
        elif not d and several and p == post:
            continue  # which 科室's? the roster does not say
        names.add(name)
    if not names and not several and tier_of_post(post) == "leader":
        # '院长' under '院领导' on the list, under '院长室' in the roster: the body's one 院长
        same = [
            (key.rpartition("\x00")[0], name)
            for key, name in holders.items()
            if key.rpartition("\x00")[2] == post
        ]
        if len(same) == 1 and _LEADERS_GROUP.search(same[0][0]) and _LEADERS_GROUP.search(dept):
            return same[0][1]  # (not the 主任 of a 科室: '办公室主任')
        return ""
    return names.pop() if len(names) == 1 else ""


_LEADERS_GROUP = LazyRe(r"领导|班子|长室|党组|党委|党总支|党支部|政府|机关$|^行政$")


def _short_for(short: str, full: str, depts: frozenset[str]) -> bool:
    """A roster's 科室 written short ('党政办', '水政股') for the list's one ('党政办公室', '水政监察
    股'): it shortens that one and no other 科室 of the list (``depts``), and names none exactly."""
    if short in depts or not shortened(short, full):
        return False
    return sum(1 for d in depts if shortened(short, d)) == 1


def _same_part(a: str, b: str) -> bool:
    """One 科室 written in full and without its ending ('财务股', '财务')."""
    short, full = sorted((a, b), key=len)
    return a == b or (
        full.startswith(short) and len(full) == len(short) + 1 and full[-1] in "股科室组队站所部处"
    )


# a level in brackets at either end of a point ('违规审批（高）', '【一级】擅自…')
_LEVEL_TAG = re.compile(
    r"^\s*[【\[（(]\s*([^】\]）)]{1,6}?)\s*[】\]）)]\s*|\s*[【\[（(]\s*([^】\]）)]{1,6}?)\s*[】\]）)]\s*$"
)


def _level_word(tag: str) -> bool:
    """A tag that can only be a level ('高', '一级', 'Ⅱ级', '中风险', '★★'), not a number of a list
    ('(1)', '(一)', '【二】')."""
    t = tag.strip()
    return t.endswith(("级", "风险")) or t in _LEVEL_WORDS or set(t) <= set("★☆▲△")


_END_LEVEL = re.compile(r"^(?:[ⅠⅡⅢ]|I{1,3}|[123]|中等|[高中低]等?)$")  # at a point's end: a level
_LEVEL_WORDS = {"高", "中", "低", "较高", "较低", "一般", "重大", "较大", "较小", "严重", "轻微"}
_TYPE_TAG = re.compile(r"\s*[（(【\[]\s*([^（()）【】\[\]]{2,16}?)\s*[)）】\]]\s*$")
_TYPE_SEP = re.compile(r"[/／、,，;；\s]+")
# a tag opening a point ('【制度机制】…', '〔思想道德风险〕…', '[岗位职责类]…'), its brackets paired
_TAG_OPENERS = "【〔［[（(「〖"
_PAIRS = dict(zip(_TAG_OPENERS, "】〕］]）)」〗", strict=True))
_TYPE_LEAD = LazyRe(
    r"\s*([【〔［\[（(「〖])\s*([^【】〔〕［］\[\]（）()「」〖〗\s]{1,16}?)\s*([】〕］\]）)」〗])\s*"
)
# a note saying the brackets before the points hold their types: '注：风险点前【】内为风险类型。'
_TAG_TYPE_NOTE = LazyRe(
    r"(?:[【〔［\[][】〕］\]]|括号|括弧)\s*(?:内|中|里)?[^。；;\n]{0,10}类[型别]"
)
_MEASURES_HOLDER = re.compile(
    r"(?<![监督分管主领导])(?:责任人|负责人|责任岗位人员)\s*[:：]\s*([^\s:：,，;；。]{2,8})\s*[。.]?\s*$"
)
_NO_ROLE = Heading("other", 0, "")
_EXAMPLE = {"示例", "例", "样例", "举例", "范例", "例:", "例：", "示例:", "示例："}
_COLLECTIVE = re.compile(
    r"(?:办公会|党组会|党委会|科务会|局务会|院务会|校务会|所务会|联席会|常委会|集体)(?:议|研究|审定|审议|讨论|决定|决策)"
)


# a level moved a step from the one before: '上调一级', '下调一级', '降低两级'
_LEVEL_STEP = LazyRe(
    r"(上调|调高|提高|提升|升|下调|调低|降低|降)\s*(一|二|两|1|2)\s*(?:级|档|个等级)"
)
_UP = ("上调", "调高", "提高", "提升", "升")
_LEVEL_BEFORE = LazyRe(r"\d{4}\s*年|原|上年|去年|调整前|上一年")
_STEP_FROM = LazyRe(r"由\s*([一二三ⅠⅡⅢ123高中低]级?)")
_STEPS = {"一": 1, "1": 1, "二": 2, "两": 2, "2": 2}
_SET_TO = LazyRe(r"(?:定为|评为|列为|确定为)\s*([一二三ⅠⅡⅢ123高中低]级?(?:风险)?)")
_LEVELS_DOWN = ("Ⅰ级", "Ⅱ级", "Ⅲ级")  # highest first
_ADJ_TO = re.compile(r"^(?:调整为|调整到|降为|降至|升为|升至|上调为|上调至|下调为|下调至|改为)")
_KEEP_LEVEL = frozenset(
    {"不变", "维持", "维持不变", "无", "无变化", "未调整", "同上", "〃", "原等级"}
)
# a column saying how a row was revised, and the words that strike it out
_REVISION_HEAD = re.compile(r"修订|修改|变动|变更|调整情况|增删")
_DELETED = frozenset(
    {"删除", "已删除", "删去", "删", "取消", "已取消", "撤销", "作废", "本年删除", "拟删除"}
)
# a level column's heading after a review: '调整后等级', '复核后风险等级', '最终等级'
_ADJUSTED = re.compile(
    r"^(?:调整后|复核后|审核后|审定|核定|最终|修正后|重新评定)(?:的)?(?:风险)?(?:等级|级别)"
    r"|^(?:\d{4}年度?)?(?:风险)?(?:等级|级别)(?:调整|变动|升降)(?:情况)?$"  # ('2025年等级调整')
)


def _full_type(word: str, config) -> bool:
    """A type's full name ('思想道德风险', '制度机制'), not a word that also names one ('岗位', '业务')."""
    known, unknown = config.types(word)
    return len(known) == 1 and not unknown and (word.endswith("风险") or len(word) >= 4)


def _has_colon(text: str) -> bool:
    return "：" in text or ":" in text


# a record's line naming another's part in the point ('监督科室', '牵头科室', '涉及岗位', '配合科室'),
# not the holder's own
_OTHERS_PART = LazyRe(r"监督|督查|督办|牵头|配合|协办|协助|涉及|相关|联系|分管|主管|对口|审核|审批")
# two holders of a post joined by an arrow, the former then the present ('郗澂翾→宓瀛曈')
_HANDED = LazyRe(r"\s*(?:→|->|—>|⇒|➝|➔|=>)\s*")
# a note saying the name before the arrow is the present holder's (the other way round)
_HANDED_BEFORE = LazyRe(
    r"(?:箭头|“?→”?)(?:之?前|左)[^。；;\n]{0,12}(?:现任|现在|目前)"
    r"|(?:箭头|“?→”?)(?:之?后|右)[^。；;\n]{0,6}(?:原|前任|已调离|调出)"
)
# a line of a cell opening with a bracketed label ('⏎【风险点】…'): a cell of labelled lines
_TAG_LINE = LazyRe(r"\n\s*[【\[［〔]")
# the words that go on from a point to how it shows in one sentence ('…，主要表现为…')
_SHOWS_AS = LazyRe(
    r"[，,；;。]\s*(?:(?:其|主要|具体|通常|一般)(?:表现(?:形式)?(?:为|在|是|有)|体现为)"
    r"|表现(?:形式)?为|体现为)[：:]?\s*"
)
_FIRST_SENTENCE = LazyRe(r"。(?=\s*\S)")
# a heading joining the point and how it shows by a mark ('廉政风险点／表现形式', '风险点|具体表现')
_HEAD_JOINED = LazyRe(
    r"风险(?:点|事项|内容)([／/｜|—]+)(?:主要|具体)?(?:表现|描述|情形)"
)  # the end of a cell's first sentence, more after it
# a phrase of time or place before the words ('年度考核中，表现为优秀的…'): the subject's conduct
_SHOWS_NOT_AFTER = ("中", "时", "后", "前", "里", "上", "间", "内", "期")


def _shows_split(text: str, sentences: bool = False, within: int = 24) -> tuple[str, str] | None:
    """(the point, how it shows) of a cell written '风险点，主要表现为…' in one sentence (or, with
    ``sentences``, '风险点。表现。' in two: under a heading naming both, the first sentence the
    point); None where the words come late (past ``within`` characters: 24 to judge a column,
    more once most of its cells are so written), after a phrase of time or place, or after a
    short name and its colon ('干部选拔：…，主要表现为…': the colon parts it, ``_colon_parts``)."""
    m = _SHOWS_AS.search(text)
    if not m and sentences:
        m = _FIRST_SENTENCE.search(text)
    if not m or not 2 <= m.start() <= within:
        return None
    head, rest = text[: m.start()].strip(), text[m.end() :].strip()
    if not head or not rest or head.endswith(_SHOWS_NOT_AFTER) or "：" in head or ":" in head:
        return None
    return head, rest


_MARK_WIDTHS = {"／": "／/", "/": "／/", "｜": "｜|", "|": "｜|"}


def _mark_split(text: str, mark: str) -> tuple[str, str] | None:
    """(the point, how it shows) of a cell parted by the mark its heading joins them with
    ('重大案件处理个人说了算／大案要案…', either width of the mark): the mark once in the cell and
    five characters at least on each side; None otherwise ('审批／审核不严': a slash for 'or')."""
    found = [m for m in _MARK_WIDTHS.get(mark, mark) if m in text]
    if len(found) != 1 or text.count(found[0]) != 1:
        return None
    head, _m, rest = text.partition(found[0])
    head, rest = head.strip(), rest.strip()
    if not 5 <= len(head) <= 24 or len(rest) < 5:
        return None
    return head, rest


def _point_shows(roles: dict[str, int], labels: dict[int, str], rows) -> str:
    """How the point's cells join the point and how it shows, no description column beside:
    'words' ('风险点，主要表现为…' in one sentence: under a heading naming the point and how it
    shows, '廉政风险点及主要表现', most cells so written; under a plain point heading, every one),
    'sentences' (under such a heading only, most cells two sentences '风险点。表现。', the first
    short: the point), 'mark:／' (a heading joining the two by a mark, '廉政风险点／表现形式',
    most cells joined by it), '' for none."""
    pc = roles.get("risk_point")
    if pc is None or "description" in roles:
        return ""
    cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
    if len(cells) < 2 or not any(
        "表现" in v or "体现" in v or "。" in v[:25] or any(m in v for m in "／/｜|—")
        for v in cells
    ):
        return ""  # (the cheap test first)
    head = squeeze(labels.get(pc, ""))
    if _POINT_AND_SHOWS.search(head):
        joined = _HEAD_JOINED.search(head)
        if joined:  # '廉政风险点／表现形式' over '短名／表现': the heading's own mark parts them
            mark = joined.group(1)
            if sum(_mark_split(v, mark) is not None for v in cells) * 5 >= len(cells) * 4:
                return "mark:" + mark
        if sum(_shows_split(v) is not None for v in cells) * 5 >= len(cells) * 4:
            return "words"
        # '老旧小区改造项目安排个人说了算。改造小区名单未经…。': two sentences, the first the point
        if sum(_shows_split(v, True) is not None for v in cells) * 5 >= len(cells) * 4:
            return "sentences"
        return ""
    return "words" if all(_shows_split(v) is not None for v in cells) else ""


def _colon_parts(text: str, config) -> tuple[str, str] | None:
    """'补贴机具核验：不到现场核验机具即签字确认…': (the short name, how it shows), where a short name
    of 2–12 characters stands before the first colon and a longer sentence after it, and the
    short name is no label ('风险点', '表现形式', '防控措施'), no type ('思想道德风险'), no post,
    科室, holder or level, and no stage of the work ('受理环节': the step the risk lies in, not a
    name of the point — such a cell stays as read); None otherwise, and where the colon sits
    inside quotes or brackets ('落实“一岗双责：…”')."""
    m = _COLON_SHORT.match(text)
    if not m:
        return None
    head, rest = m.group(1).strip(), m.group(2).strip()
    if len(rest) < 6 or len(rest) <= len(head) or not _closed(head):
        return None
    key = squeeze(head)
    h = heading_role(label_key(key))
    if (h is not None and h.strength == SURE) or _COLON_LABEL.search(key) or _STAGE.search(key):
        return None
    if config.level(key) or config.types(key)[0] or _a_named_post(key):
        return None
    named = caption_identity(key)
    if named is not None and named[0] in ("department", "unit"):
        return None  # ('办公室：…', '县财政局：…')
    if len(key) <= 4 and looks_like_name(key) and not _POINT_WORDS.search(key):
        return None  # ('鄢璟琤：…': the holder)
    lines = [x for x in rest.split("\n")[1:] if x.strip()]
    if any(
        (n := _LINE_LABEL.match(x)) and heading_role(label_key(n.group(1))) is not None
        for x in lines
    ):
        return None  # ('…⏎防控措施：…': a labelled cell, read line by line)
    return head, rest


def _closed(text: str) -> bool:
    """Every bracket and quote opened in ``text`` is closed in it: a colon after it is not
    inside them."""
    return (
        _balanced(text)
        and all(
            text.count(a) == text.count(b) for a, b in ("“”", "‘’", "《》", "【】", "「」", "〔〕")
        )
        and text.count('"') % 2 == 0
    )


# a short name in brackets opening a point cell, how it shows after it: '【低保资格审核】对…'
_POINT_TAG_OPENERS = "【〔［[〖「"
_POINT_TAG = LazyRe(
    r"^\s*(?:【([^【】\n]{2,16})】|〔([^〔〕\n]{2,16})〕|［([^［］\n]{2,16})］|\[([^\[\]\n]{2,16})\]"
    r"|〖([^〖〗\n]{2,16})〗|「([^「」\n]{2,16})」)\s*[:：,，、—\-]*\s*(\S.*)$",
    re.S,
)
# a note saying the bracket holds the point: '【】内为廉政风险点', '风险点名称写在〔〕内' (not
# '括号内注明风险点的表现', '【】内为风险类型')
_TAG_POINT_NOTE = LazyRe(
    r"(?:[【〔［\[〖「]\s*[】〕］\]〗」]|方?括号|括弧)\s*(?:内|中|里)?(?:的|文字|内容)*\s*"
    r"(?:为|是|即|系|表示|写|填写?|标注|注明)?\s*(?:廉政|廉洁|岗位)?风险点(?:名称|简称)?"
    r"(?![^。；;，,\n]{0,3}?(?:的|之|表现|描述|类[型别]|等级|级别|编号|序号|说明))"
    r"|风险点(?:名称|简称)?(?:写|填写?|标注|注明|列)在?\s*(?:[【〔［\[〖「]\s*[】〕］\]〗」]|方?括号|括弧)"
)
# a bracket opening a point that is no short name: a status of this year's list, a case, a note
_TAG_NOT_POINT = LazyRe(
    r"^(?:本年度?|今年|\d{4}年度?)?(?:重点|新增|修订|修改|调整|补充|完善|变更|更新|新发现|新识别|保留"
    r"|删除|已整改|整改|典型|示例|样例|举例|例|注|备注|说明|高发|易发|多发|常见|关键|核心|一般)"
    r"(?:风险点?|事项|领域)?$|以案|案例"
)


def _tag_parts(text: str, config, dept: str | None = None) -> tuple[str, str] | None:
    """'【低保资格审核】对收入超标的家庭…': (the short name in the opening bracket, the rest of
    the cell), where the bracket holds 2–16 characters that are no type, level, label, 科室,
    unit, post, holder, stage of the work ('【立案环节】') or status ('【重点】', '【新增】'), and
    four characters at least follow it on; None otherwise. ``dept`` is the row's own 科室 where
    the table has a 科室 column: a tag naming it is the 科室 again, while a tag only shaped like a
    科室 ('【案件查处】') is then a short name; with no 科室 column (None) any such tag is read as
    the row's 科室, as before."""
    m = _POINT_TAG.match(text)
    if not m:
        return None
    head = next(g for g in m.groups()[:-1] if g is not None).strip()
    rest = m.group(m.lastindex).strip()
    key = squeeze(head)
    if len(key) < 2 or len(rest) < 4 or not HAN_TEXT.search(key) or _TAG_LINE.search(text):
        return None  # ('【风险点】…⏎【防控措施】…': a cell of labelled lines)
    if _TAG_NOT_POINT.search(key) or _STAGE.search(key) or _COLON_LABEL.search(key):
        return None
    if _ORDINAL_TAG.match(key) or config.level(key) or config.types(key)[0] or _a_named_post(key):
        return None
    h = heading_role(label_key(key))
    if h is not None and h.strength == SURE:
        return None
    if dept is not None and key in squeeze(dept):
        return None  # ('【办公室】…' beside 办公室 in the 科室 column)
    named = caption_identity(key)
    if named is not None and (named[0] == "unit" or (named[0] == "department" and dept is None)):
        return None  # ('【教务处】…' with no 科室 column: the row's 科室, read as such)
    if len(key) <= 4 and looks_like_name(key) and not _POINT_WORDS.search(key):
        return None  # ('【鄢璟琤】…': the holder)
    return head, rest


# a number or an ordinal in a bracket: '【一】', '[12]', '〔第三项〕'
_ORDINAL_TAG = LazyRe(r"^(?:第?[\d一二三四五六七八九十百]+[项条个点]?|[A-Za-z\d.\-]+)$")


# a short name, a FULL-WIDTH colon, then the rest on its line: '补贴机具核验：不到现场核验…' (a
# short name opens with a word or a quote, not a number; '环节:表现' typed with the half-width
# colon, as a field and its value are, stays whole)
_COLON_SHORT = LazyRe(
    r"^\s*([\u4e00-\u9fff“‘《\"][^:：\n，,。；;!！?？]{1,11}?)\s*：\s*(\S.*)$", re.S
)
# a label before a colon, whatever its wording: '主要风险点', '具体表现', '对策', '针对…的风险'
_COLON_LABEL = LazyRe(
    r"(?:风险点?|风险事项|表现|表现形式|情形|描述|措施|对策|说明|备注|注|职责|问题|重点|具体为|可能存在|主要有|包括)$"
)
# a point's heading naming what is no description: its measures, duties, steps
_COLON_HEAD_NOT_SHOWS = LazyRe(r"措施|对策|职责|流程|环节")


_TYPE_PREFIX = LazyRe(r"^\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*(\S.*)$", re.S)


# a glossary line under a list: '3.审计组成员回避不到位：指…' (number, the point's words, meaning)
_GLOSSARY_LINE = LazyRe(r"^\s*(\d{1,3})\s*[.、．]\s*([^：:\n]{2,40}?)\s*[:：]\s*(\S.*)$", re.S)
# a caption over a glossary ('风险点释义：', '名词解释'), and a line that defines ('指…', '是指…')
_GLOSSARY_HEAD = LazyRe(r"释义|名词解释|术语|含义|定义")
_DEFINING = LazyRe(r"^(?:主要)?(?:是|系|意)?指|^即")
# a measures line keyed to a point by its 序号: '针对风险点3：…', '风险点2:…', '对应第4项风险点：…'
_KEYED_LINE = LazyRe(
    r"^(?:针对|对应|对)?\s*(?:第\s*)?(?:风险点\s*(\d{1,3})|(\d{1,3})\s*(?:项|个)?\s*风险点)"
    r"\s*(?:的?(?:防控)?措施)?\s*[:：]"
)
_LINE_LABEL = re.compile(r"^\s*([^:：\n]{2,10}?)\s*[:：]\s*")
# labelled lines that may follow a point written first without a label
_AFTER_THE_POINT = frozenset({"risk_level", "risk_type", "measures"})
_LINE_ROLES = (
    "risk_point",
    "description",
    "measures",
    "risk_level",
    "risk_type",
    "duty",
    "workflow",
)


_NUMBERED_LABEL = re.compile(
    r"^\s*(?:[(（]?(\d{1,2}|[一二三四五六七八九十]{1,2}(?=[)）.、．]))[)）.、．]?\s*|([①-⑳])\s*)?"
    r"([^:：\n\d()（）①-⑳]{2,8}?)\s*(\d{1,2}|[一二三四五六七八九十])?\s*[:：]\s*"
)


def _numbered_pairs(text: str) -> list[dict[str, str]] | None:
    """'风险点1：…⏎防控措施1：…⏎风险点2：…⏎防控措施2：…' (points and their measures numbered
    together in one cell): a dict of role → text per number, in order; None unless every
    labelled line is numbered, each number opens with its point and has its measures."""
    groups: dict[str, dict[str, str]] = {}
    role = key = None
    for line in text.split("\n"):
        m = _NUMBERED_LABEL.match(line)
        number = m and (m.group(1) or m.group(2) or m.group(4))
        h = heading_role(label_key(m.group(3))) if m else None
        if m and h is not None and h.strength == SURE and h.role in _LINE_ROLES:
            if not number and key is None:
                return None  # unnumbered: '风险点：…⏎防控措施：…' (``_labelled_lines``)
            key, role = number or key, h.role  # ('（1）风险点：…⏎防控措施：…': the number's)
            group = groups.setdefault(key, {})
            if not group and role not in ("risk_point", "description"):
                return None
            if role in group:
                return None
            group[role] = line[m.end() :].strip()
        elif role is None or key is None:
            return None
        else:
            groups[key][role] += "\n" + line
    out = []
    for group in groups.values():
        if "risk_point" not in group and "description" in group:
            group["risk_point"] = group.pop("description")
        if not group.get("risk_point") or "measures" not in group:
            return None
        out.append(group)
    return out or None


def _point_lines(roles: dict[str, int], labels: dict[int, str], rows) -> str:
    """The point's column names the point and its measures ('廉政风险点及防控措施') or how it
    shows ('风险点及表现形式'), no column of those beside it, and most of its cells are a line
    of the point over numbered lines ('（1）…；⏎（2）…。'): the role the numbered lines are
    ('measures', 'description'), or ''."""
    pc = roles.get("risk_point")
    if pc is None:
        return ""
    head = squeeze(labels.get(pc, ""))
    if "measures" not in roles and _POINT_AND_MEASURES.search(head):
        role = "measures"
    elif "description" not in roles and _POINT_AND_SHOWS.search(head):
        role = "description"
    else:
        return ""
    cells = [
        row[pc]
        for row in rows
        if pc < len(row) and ("\n" in row[pc] or "\u3000\u3000" in row[pc] or "    " in row[pc])
    ]
    split = sum(_head_and_lines(v) is not None for v in cells)
    return role if split >= 2 and split * 2 > len(cells) else ""


def _point_arrow(roles: dict[str, int], labels: dict[int, str], rows) -> bool:
    """The point's column names the point and its measures ('廉政风险点及防控措施'), no measures
    column beside it, and most of its cells part a point from its measures by one arrow
    ('…把关不严→材料逐车过磅，…'): the heading says measures are in the cell, the arrow where.
    An arrow under any other heading (a 流程's '受理→审核', a level's '高→中', a point's own
    '…→…') is no such parting and is not looked at."""
    pc = roles.get("risk_point")
    if pc is None or "measures" in roles:
        return False
    if not _POINT_AND_MEASURES.search(squeeze(labels.get(pc, ""))):
        return False
    cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
    arrowed = sum(_arrow_parts(v) is not None for v in cells if _ARROW.search(v))
    return arrowed >= 1 and arrowed * 2 > len(cells)


def _arrow_parts(text: str) -> tuple[str, str] | None:
    """'养护材料进场验收把关不严→材料逐车过磅，…': the point before the arrow and the measures
    after it. Only where the cell has exactly ONE arrow with text on both sides, the point on one
    line, short and its brackets and quotes closed: several arrows are a workflow inside the point
    ('受理→审核→办结') or more than one parting, and which one parts the measures is not certain;
    an arrow inside '“…”' or '（…）' belongs to the point's own words. None where not so."""
    found = list(_ARROW.finditer(text))
    if len(found) > 1:
        return _arrow_bullets(text)
    if len(found) != 1:
        return None
    m = found[0]
    point, measures = text[: m.start()].strip(), text[m.end() :].strip()
    if _CONSEQUENCE.search(measures) and not _MEASURE_WORD.search(measures):
        return None  # '资产处置把关不严→造成国有资产流失': what the risk leads to, no measure
    if not 2 <= len(point) <= 50 or "\n" in point or len(measures) < 2:
        return None
    if point[-1] in "，,、；;：:（(“‘《" or not _balanced(point):
        return None
    if point.count("“") != point.count("”") or point.count("《") != point.count("》"):
        return None
    label = _MEASURES_ROW.match(measures)  # ('…→防控措施：…': its label is no measure)
    if label:
        measures = measures[label.end() :].strip()
    said = _LINE_LABEL.match(point)  # ('风险点：…→…': the point after its label)
    if said and said.end() < len(point):
        h = heading_role(label_key(said.group(1)))
        if h is not None and h.strength == SURE and h.role == "risk_point":
            point = point[said.end() :]
    point = point.rstrip("。；;，,")
    return (point, measures) if point and measures else None


def _arrow_bullets(text: str) -> tuple[str, str] | None:
    """'报销凭证审核不严⏎→凭证双人审核⏎→每月对账': the point on the first line, each measure on a
    line of its own opened by an arrow; none where another line has an arrow inside it."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 3 or _ARROW.search(lines[0]):
        return None
    items = []
    for line in lines[1:]:
        m = _ARROW.match(line)
        if not m or _ARROW.search(line, m.end()) or len(line) == m.end():
            return None
        items.append(line[m.end() :].strip())
    return _arrow_parts(f"{lines[0]}→{chr(10).join(items)}")


def _head_and_bullets(lines: list[str]) -> tuple[str, str, bool] | None:
    """'殡葬用品进货指定供应商⏎●进货三家比价；⏎●名单公示。': the lines before the first one opened
    by a bullet, and the bulleted lines on (their bullets kept, as the numbered case keeps its
    numbers), False. Only where every line from the first bulleted one on opens with the SAME
    bullet and words follow it (``_bullet_of``); None where the first line is bulleted too (several
    points, or a point and its measures: not certain) or a later line is not."""
    lines = [x.strip() for x in lines if x.strip()]
    k = next((i for i, line in enumerate(lines) if _BULLET.match(line)), 0)
    if not k or not _bullet_of(lines[k:]):
        return None
    return "\n".join(lines[:k]), "\n".join(lines[k:]), False


def _bullet_of(lines: list[str]) -> str:
    """The bullet every one of ``lines`` opens with ('●', '■', '•', '-', '——' …), each followed by
    words, else ''. A run of marks ('●●●' a level), boxes offered ('●高　○中　○低' a tick) or an
    arrow ('->…', read as an arrow) is no bullet; ★ ▲ √ are no bullets at all (levels, types, ticks
    by the README's marks)."""
    said = ""
    for line in lines:
        m = _BULLET.match(line)
        if m is None or _ARROW.match(line) or _BOXED_CHOICES.search(line):
            return ""
        rest = line[m.end() :]
        if (
            len(rest) < 2
            or rest[0] in _MARKS
            or _BULLET.match(rest)
            or said not in ("", m.group(1))
        ):
            return ""
        said = m.group(1)
    return said


def _balanced(text: str) -> bool:
    """Brackets inside ``text`` open before they close and all close ('…（含隐蔽工程），…')."""
    depth = 0
    for ch in text:
        depth += (ch in "（(") - (ch in ")）")
        if depth < 0:
            return False
    return depth == 0


def _point_bracket(roles: dict[str, int], labels: dict[int, str]) -> str:
    """The point's heading says what its cells' closing brackets hold ('廉政风险点（括号内注明
    主要表现）', '…（括号内为防控措施）'), no column of that beside it: that role, or ''."""
    pc = roles.get("risk_point")
    m = _BRACKET_SAID.search(squeeze(labels.get(pc, ""))) if pc is not None else None
    if m is None:
        return ""
    if m.group(1) in ("风险点", "风险名称", "风险事项", "名称"):
        # '廉政风险表现（括号内为风险点）': the point in the bracket, how it shows before it
        return "" if "description" in roles else "risk_point"
    role = "measures" if "措施" in m.group(1) else "description"
    return "" if role in roles else role


_BLANK_LINE = LazyRe(r"\n[ \t\u3000]*\n\s*")


def _head_and_lines(text: str) -> tuple[str, str, bool] | None:
    """'公款吃喝⏎（1）…；⏎（2）…。': the lines before the first numbered one ('一是…', '（一）…'
    too), the numbered lines on, False; 'X⏎防控措施：…': the lines before the labelled one, what
    follows its label, True (the measures whatever the heading says of the rest); 'X⏎⏎…': one
    paragraph, an empty line, the rest, False; None where the cell opens with a numbered line or
    has none of these."""
    if "\n" not in text:
        # '农业项目资金分配　　　　　　高标准农田…个人说了算': spaces typed for a line break
        parts = _PADDING.split(text.strip(), maxsplit=1)
        if (
            len(parts) == 2
            and 0 < len(parts[0]) <= 24
            and parts[1]
            and parts[0][-1] not in "，,、；;：:中时后前内间"  # ('…采购过程中　　收受好处')
            and parts[1][0] not in _PARTICLES
            and not (_MEASURE_ITEM.match(parts[0]) and _MEASURE_ITEM.match(parts[1]))
        ):
            return parts[0], parts[1], False  # (a name, then more; no sentence wrapped mid-way)
        return None
    lines = text.split("\n")
    for i in range(1, len(lines)):
        m = _MEASURES_ROW.match(lines[i])
        if m:
            head = "\n".join(lines[:i]).strip().rstrip(":：").strip()
            rest = "\n".join([lines[i][m.end() :], *lines[i + 1 :]]).strip()
            return (head, rest, True) if head and rest else None
    gap = _BLANK_LINE.split(text.strip(), maxsplit=1)
    if len(gap) == 2 and "\n" not in gap[0] and len(gap[0]) >= 4 and len(_bare(gap[1])) >= 4:
        # '发票领用资格审核把关不严⏎⏎领用资格经系统比对…': one paragraph, an empty line, the rest
        return gap[0].strip(), gap[1].strip(), False
    k = next((i for i, line in enumerate(lines) if _MEASURE_ITEM.match(line)), None)
    if k is None:
        return _head_and_bullets(lines)  # ('殡葬用品…⏎●三家比价；⏎●名单公示。': bulleted lines)
    head = "\n".join(lines[:k]).strip()
    if not k or not head:
        return None
    style = caption_numbering(lines[0].strip())
    if style and any(caption_numbering(line.strip()) == style for line in lines[k:]):
        return None  # '一、公款吃喝⏎（一）…⏎二、公车私用⏎（一）…': several points in one cell
    return head, "\n".join(lines[k:]).strip(), False


def _labelled_lines(text: str) -> dict[str, str] | None:
    """'风险点：…⏎防控措施：…' (a Word table's cell pasted into one), '职责：…⏎风险点：…' (under
    '岗位职责及廉政风险点'): role → its lines, where the cell opens with a labelled line and
    another role's label starts a later line, the point's among them."""
    parts: dict[str, str] = {}
    role = None
    lead: list[str] = []  # unlabelled lines before the first label: the point's, perhaps
    loose = False  # after a lead, a line going on a level or type, or one labelled otherwise
    for line in text.split("\n"):
        m = _LINE_LABEL.match(line)
        h = heading_role(label_key(m.group(1))) if m else None
        if (
            m
            and h is not None
            and h.strength == SURE
            and h.role in _LINE_ROLES
            # ('岗位职责：…' inside the measures after the point: a line of the measures)
            and not (h.role in ("duty", "workflow") and "risk_point" in parts)
        ):
            if h.role in parts:
                return None  # '风险点：…⏎措施：…⏎风险点：…': two points in one cell
            role = h.role
            parts[role] = line[m.end() :].strip()
        elif role is None:
            lead.append(line)
        else:
            if lead and line.strip() and (role != "measures" or m):
                loose = True  # ('…⏎风险等级：高⏎执法检查走过场', '…⏎措施：…⏎责任人：…')
            parts[role] += "\n" + line
    parts = {k: v.strip() for k, v in parts.items()}  # ('防控措施：⏎1.…': its lines below)
    if lead:
        # '插手工程招标⏎风险类型：思想道德风险⏎风险等级：一级': the point first, unlabelled, then
        # labelled lines of what is plainly no point (its type, level, measures); a label of
        # its description or duty after an unlabelled line is read as before (the whole cell)
        # (a line going on after a level or type, or labelled otherwise: the whole cell, as
        # before, so that nothing written is lost)
        point = "\n".join(lead).strip()
        if (
            loose
            or not point
            or not parts
            or "risk_point" in parts
            or not set(parts) <= _AFTER_THE_POINT
        ):
            return None
        return {"risk_point": point, **parts}
    if "risk_point" not in parts and "description" in parts:
        parts["risk_point"] = parts.pop("description")  # '风险描述：…⏎防范措施：…': the point
    return parts if len(parts) >= 2 and parts.get("risk_point") else None


# clauses closing a point cell that give its type or its level in prose ('…，属岗位职责风险，
# 风险等级为一级。'): a labelled clause ('风险类型为…', '风险等级：中') or a verb and a word
# ('属于…类风险', '为一级风险', '定为二级')
_CLAUSE_SEP = LazyRe(r"[，,；;。]")
_CLAUSE_LABELLED = LazyRe(
    r"(?:风险)?(类型|类别|等级|级别)\s*(?:为|是|属于|属|定为|评定为|确定为|[:：])\s*(\S{1,12})"
)
_CLAUSE_VERB = LazyRe(
    r"(属于|属|系|是|为|定为|列为|评定为|确定为|认定为|划为|归为)(\S{1,12}?)(类)?(风险点?)?"
)
_UNKNOWN_CLAUSE = ("", "")  # a clause's shape, naming no type and no level the vocabulary knows


def _type_or_level_clause(seg: str, config) -> tuple[str, str] | None:
    """('risk_type' | 'risk_level', the word) of one clause closing a point ('属岗位职责风险',
    '风险等级为一级', '为高风险', '定为二级'); ``_UNKNOWN_CLAUSE`` where it has the shape but names
    no type or level the vocabularies know; None where it is no such clause ('认定为合格走过场')."""
    seg = seg.strip().rstrip("。.")
    m = _CLAUSE_LABELLED.fullmatch(seg)
    if m:
        word = m.group(2)
        if "类" in m.group(1):
            known, unknown = config.types(word)
            return ("risk_type", word) if known and not unknown else _UNKNOWN_CLAUSE
        return ("risk_level", word) if config.level(word) else _UNKNOWN_CLAUSE
    m = _CLAUSE_VERB.fullmatch(seg)
    if not m:
        return None
    word = m.group(2)
    if not (m.group(3) or m.group(4)):
        # '定为二级', '为一级': a level's own word only ('认定为合格走过场' is the point's)
        return ("risk_level", word) if word.endswith("级") and config.level(word) else None
    known, unknown = config.types(word)
    level = config.level(word)
    if known and not unknown and not level:
        return ("risk_type", word)
    if level and not known and not m.group(3):
        return ("risk_level", word)
    return _UNKNOWN_CLAUSE  # ('属重要岗位风险', '为廉洁风险': no word the vocabularies know)


def _point_and_clauses(text: str, config) -> dict[str, str] | None:
    """'工程实体质量抽检走过场，属岗位职责风险，风险等级为一级。': the point before the first clause
    closing the cell, and the type and level those clauses give (either order, one or both);
    None where no such clause closes it, a clause names a word the vocabularies do not know, or
    two clauses say the same field (which is meant is unsaid: the cell stays whole)."""
    body = text.strip().rstrip("。.；;，, ")
    cuts = [m.start() for m in _CLAUSE_SEP.finditer(body)]
    if not cuts:
        return None
    said: dict[str, str] = {}
    first = None
    for at, end in zip(reversed(cuts), [len(body), *reversed(cuts)], strict=False):
        got = _type_or_level_clause(body[at + 1 : end], config)
        if got is None:
            break
        if got is _UNKNOWN_CLAUSE or got[0] in said:
            return None
        said[got[0]] = got[1]
        first = at
    if first is None:
        return None
    point = body[:first].strip().rstrip("。.；;，, ")
    if len(point) < 4 or _CLAUSE_SEP.fullmatch(point[-1:]):
        return None
    return {"risk_point": point, **said}


def _same_field(role: str, column: str, said: str, config) -> bool:
    """A row's own cell and what its point cell says of the same field agree: as written, or
    (``config`` given: a clause's word) by meaning ('Ⅰ级' and '一级', '制度机制风险' and '制度机制')."""
    if squeeze(column) == squeeze(said):
        return True
    if config is None:
        return False
    if role == "risk_level":
        return config.level(column) is not None and config.level(column) == config.level(said)
    if role == "risk_type":
        known = config.types(column)
        return bool(known[0]) and not known[1] and set(known[0]) == set(config.types(said)[0])
    return False


def _clause_example(text: str, parts: dict[str, str]) -> str:
    """The clauses a point cell closed with, as written ('属岗位职责风险，风险等级为一级'), for the info."""
    first = text.split("\n")[0].strip()
    at = first.find(parts["risk_point"])
    return first[at + len(parts["risk_point"]) :].strip("，,；;。. ")[:30] if at >= 0 else ""


def _closing_clauses(text: str, config) -> list[dict[str, str]]:
    """The point (points) of a cell whose sentence closes with its type and level in clauses
    (``_point_and_clauses``): one, or one a numbered line where every line closes so ('1.…，属制度
    机制风险；⏎2.…，为二级风险。'); [] otherwise. Cheap for the cells without such a clause."""
    tail = text[-24:]
    if not ("风险" in tail or "级" in tail) or not _CLAUSE_SEP.search(text):
        return []
    if "\n" not in text.strip():
        got = _point_and_clauses(text, config)
        return [got] if got else []
    items = _numbered_lines(text)
    each = [_point_and_clauses(x, config) for x in items]
    return each if items and all(each) else []  # type: ignore[return-value]


# a measures cell naming the point it answers, under a heading with no point column: the point
# quoted ('针对“…”的风险：…', '对「…」风险，…', '"…"问题：…'; a bare quotation, '“…”：…', a
# 制度 or a slogan: none), written out ('针对…的风险：…') or labelled
# ('风险点：…　防控措施：…'), after an item's number where a cell names several
_POINT_NUMBER = r"\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑳])?\s*"
_POINT_QUOTED = LazyRe(
    _POINT_NUMBER + r"(?P<v>针对|对于|对|关于|防范|防止)?\s*[“「『‘〝\"＂]"
    r"(?P<p>[^“”「」『』‘’〝〞\"＂\n]{2,60})[”」』’〞\"＂]\s*(?:这一|这个|此|的|等)?\s*"
    r"(?P<w>(?:廉政|廉洁)?风险(?:点|隐患)?|问题)?(?:的)?\s*(?:[:：，,；;。]|\n)\s*(?P<m>.*)$",
    re.S,
)
_POINT_WRITTEN = LazyRe(
    _POINT_NUMBER + r"(?:针对|对于)\s*(?P<p>[^:：“”「」『』\"＂\n，,。；;]{4,60}?)(?P<of>的)?"
    r"(?P<r>(?:廉政|廉洁)?风险(?:点|隐患)?)\s*[:：，,]\s*(?P<m>.*)$",
    re.S,
)
_POINT_LABELLED = LazyRe(
    _POINT_NUMBER
    + r"(?:针对的?)?(?:存在的?|主要)?(?:廉政|廉洁)?风险(?:点|隐患)?(?:名称)?\s*[:：]\s*"
    r"(?P<p>[^\n]+?)\s*(?:\n|[；;。]|[ \u3000])\s*(?:(?:防控|防范|管控|应对)?措施|对策)\s*[:：]"
    r"\s*(?P<m>.*)$",
    re.S,
)
# the cheap test: a cell that may open with a named point
_OPENS_POINT = LazyRe(
    _POINT_NUMBER + r"(?:针对|对于|对|关于|防范|防止|[“「『‘〝\"＂]|[^:：\n]{0,8}风险)"
)
# a later line of the cell naming another point: by a verb or a label, not a bare quotation
_LATER_POINT = LazyRe(
    _POINT_NUMBER
    + r"(?:针对|对于|对|关于|防范|防止|(?:廉政|廉洁)?风险(?:点|隐患)?(?:名称)?\s*[:：])"
)
# words that point back, not name a point ('针对上述风险，…', '针对岗位存在的风险：…')
_POINT_BACK = LazyRe(
    r"^(?:上述|以上|前述|上面|下列|如下|这些|这个|这一|这|该|此|本|相关|有关|各|所有|存在|可能|"
    r"岗位|以下|其|廉政|廉洁|风险)"
)
# a measures heading naming the points it answers: '针对风险点的防控措施', '防控措施（针对的风险点）'
_ANSWERS_POINTS = LazyRe(r"针对|对应|风险点")
# a lead-in before the measures themselves: '采取以下措施：', '防控措施：'
_MEASURES_LEAD = LazyRe(
    r"^(?:(?:主要)?(?:采取|制定|落实)了?(?:以下|如下)?的?(?:防控|防范)?措施(?:如下)?|"
    r"(?:防控|防范|管控)?措施)\s*[:：]\s*"
)


def _point_named(text: str, labelled: bool = True) -> tuple[str, str] | None:
    """(point, measures) of a measures cell opening by naming its point, else None; with
    ``labelled`` False only a point quoted or written out ('针对…的风险：') counts."""
    m = _POINT_QUOTED.match(text)
    if m and m.group("v") != "针对" and not m.group("w"):
        # a bare quotation, no risk word around it ('“四议两公开”：…', '对“三重一大”：…'): a
        # 制度 or a slogan the measures keep to, no point named
        return None
    if m:
        point = m.group("p").strip()
    else:
        m = _POINT_WRITTEN.match(text) or (_POINT_LABELLED.match(text) if labelled else None)
        if m is None and not labelled:
            return None
        if m is None:
            # '风险点：…⏎防控措施：⏎1.…': labelled lines, a point's and its measures' only (a
            # '风险等级：' line among them is read as the cell was before)
            parts = _labelled_lines(text) if "\n" in text else None
            if (
                parts
                and set(parts) == {"risk_point", "measures"}
                and not _POINT_BACK.match(parts["risk_point"])
            ):
                return parts["risk_point"], parts["measures"]
            return None
        point = m.group("p").strip().rstrip("。；;，,")
        if "r" in m.groupdict() and not m.group("of"):
            point += m.group("r")  # '针对资金挪用风险：' names '资金挪用风险'
    if len(point) < 2 or _POINT_BACK.match(point) or _heading_cell(point):
        return None  # ('针对上述风险：', '风险点：风险等级'): no point named
    measures = m.group("m").strip()
    return point, _MEASURES_LEAD.sub("", measures, count=1).strip()


# --- a 防控要点 written as an aim: 'measures，防止 point。' ----------------------------------

# a 要点 heading ('廉政风险防控要点', '防控重点', '防范要点'), not a '工作要点' of duties
_AIM_HEADING = LazyRe(r"(?:防控|防范|预防)(?:要点|重点)$")
# the word bringing in what the measures guard against, after a comma ('，有效防止…', '，以防…')
_GUARD_WORD = LazyRe(
    r"[，,]\s*(?:以|从而|有效|切实|坚决|严格|进而|以便)?(?:防止|避免|杜绝|以防|防范|严防)"
)
_AIM_END = LazyRe(r"[。；;！!\n]")
_AIM_NUMBER = LazyRe(
    r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}、)\s*"
)
# a point that names no risk of its own ('，防止廉政风险', '，避免类似问题发生')
_GENERIC_AIM = LazyRe(
    r"^(?:出现|发生|产生)?(?:上述|以上|此类|这类|类似|各类|各种|相关|有关|廉政|廉洁|腐败|违纪|违法|违规|的)*"
    r"(?:风险|问题|现象|情况|行为|事件|隐患)?(?:的?发生)?$"
)


def _aimed_parts(text: str) -> list[tuple[str, str]]:
    """(point, measures) of each sentence of a 防控要点 cell written as an aim: the measures,
    then '，防止' (避免, 杜绝, 以防, 防范) and the point, to the sentence's end ('…评审结果公示，防止
    降低准入门槛引进不达标项目。'); a cell of several such sentences (numbered, or parted by
    '；' or '。') gives one each, the measures being what stands since the last one closed. []
    where any sentence cannot be so read: no guard word, two in one sentence, nothing before
    it, a generic point ('，防止廉政风险') or words left after the last point."""
    text = text.strip()
    if not _GUARD_WORD.search(text):
        return []
    out: list[tuple[str, str]] = []
    start = 0
    for m in _GUARD_WORD.finditer(text):
        if m.start() < start:
            return []  # a second guard word in one point's clause: which parts is not certain
        end = _AIM_END.search(text, m.end())
        stop = end.start() if end else len(text)
        measures = _AIM_NUMBER.sub("", text[start : m.start()].strip(" \n。；;"), count=1)
        point = re.sub(r"^(?:出现|发生|产生)(?=.{4})", "", text[m.end() : stop].strip())
        point = point.rstrip("。.；;！!，, ")
        aim = _AIM_PURPOSE.search(point)
        if (
            aim
        ):  # ('…，防止虚列支出，保障资金安全。': what the measures are for, no part of the point)
            point, purpose = point[: aim.start()], point[aim.start() :]
            measures = measures.strip() + purpose
        point = re.sub(r"(?<=.{4})的?发生$", "", point)  # ('防止…违规操作发生')
        if len(measures.strip()) < 2 or len(point) < 2 or _GENERIC_AIM.match(point):
            return []
        out.append((point, measures.strip()))
        start = end.end() if end else len(text)
    if text[start:].strip(" \n。；;"):
        return []  # (measures after the last point: whose they are is not certain)
    return out


# --- a point, then its requirement after '，应' in one sentence ---------------------------

# a heading naming the point and what is required of it ('廉政风险点及防控要求', '风险及防控',
# '风险点及应对措施'); '风险点及防控措施' is ``_POINT_AND_MEASURES``
_POINT_AND_REQUIRED = LazyRe(
    r"风险(?:点|事项|内容)?(?:及|和|与|、|/|／)(?:其|对应的?|相应的?)?"
    r"(?:(?:防控|防范|管控|预防|应对|控制)(?:措施|要求|对策)?|措施|要求|对策)"
)
# the seam: a comma, then a modal word opening the requirement ('，应经…', '，须按…', '，要凭…');
# not a noun ('，应收账款', '，需求', '，须知', '，要件') and not a point's own '应收未收'
_REQUIRE_SEAM = LazyRe(
    r"[，,]\s*(?=(?:应当|应该|必须|需要|要求|应|须|需|要)"
    r"(?!收账|付|收款|急|聘|届|试|用|知|件|素|害|点|职|闻|案|地|求))"
    r"(?!(?:应当?|须|需|要)([^，,。；;]{1,4}?)(?:而?未|不|没有?)\1)"
)
_REQUIRE_END = LazyRe(r"[。；;\n]")
# a phrase of time or place before the comma ('审批过程中，应…', '验收后，应…'), no point
# ('资金拨付不及时', '工作滞后' are)
_REQUIRE_NOT_AFTER = LazyRe(
    r"(?:中|(?<![及按超准])时|(?<![滞落])后|(?<!提)前|期间|以来|之际|[在对]\S{0,8}上)$"
)


def _required_parts(text: str) -> list[tuple[str, str]]:
    """(point, requirement) of each sentence of a '风险点及防控要求' cell written 'point，应
    requirement。' ('免费培训补贴资金分配个人说了算，应经馆务会集体研究，…'): the point the text
    before the first comma and modal word (应, 须, 要, 必须, 应当, 需), the requirement the rest
    from the modal word on; a cell of several such sentences (numbered, or parted by '；'/'。')
    gives one each, an unnumbered sentence without the seam going on the requirement before.
    [] where the first sentence (or a numbered one) has no seam, or the point before it is too
    short, too long, labelled ('风险点：…') or a phrase of time or place ('审批中，应…')."""
    text = text.strip()
    if not _REQUIRE_SEAM.search(text):
        return []
    out: list[tuple[str, str]] = []
    start = 0
    while start < len(text):
        end = _REQUIRE_END.search(text, start)
        stop = end.end() if end else len(text)
        sentence = text[start:stop]
        numbered = _AIM_NUMBER.match(sentence)
        body = sentence[numbered.end() :] if numbered else sentence
        seam = _REQUIRE_SEAM.search(body)
        if seam is None:
            if numbered or not out:
                return []  # (a numbered sentence, or the first, with no requirement in it)
            if body.strip(" \n。；;"):
                point, said = out[-1]
                out[-1] = (
                    point,
                    f"{said}{body.strip()}" if said.endswith("。") else f"{said}；{body.strip()}",
                )
            start = stop
            continue
        point = body[: seam.start()].strip()
        said = body[seam.end() :].strip().rstrip("；; \n")
        if not 4 <= len(point) <= 40 or len(said) < 4 or not _balanced(point):
            return []
        if said.startswith("要求") and not measure_item(said):
            return []  # ('…刁难企业，要求企业购买指定产品': what the holder demands, no measure)
        if "：" in point or ":" in point or _REQUIRE_NOT_AFTER.search(point):
            return []
        out.append((point, said))
        start = stop
    return out


def _seamed_parts(text: str) -> list[tuple[str, str]]:
    """(point, measures) of a '风险点及防控措施' cell written 'point；measures' on one line with one
    '；' ('审计评价避重就轻；审计报告经业务会审定，…'), or 'point，应 requirement' sentences
    (``_required_parts``); [] otherwise. The part after '；' must read as measures and the one
    before it not (two points parted by '；' are two points, as the heading may say)."""
    got = _required_parts(text)
    if got:
        return got
    text = text.strip()
    first = _INLINE_FIRST_ITEM.search(text) if "\n" not in text else None
    if first and _INLINE_SECOND_ITEM.search(text, first.end()):
        # '电梯定期检验结论不核查（1）监察员现场抽查…；（2）…': the point runs into its numbered
        # measures on one line, the first number the seam
        point, said = text[: first.start()].strip(), text[first.start() :].strip()
        if 4 <= len(point) <= 40 and not _SENTENCE_MARKS.search(point) and not risk_worded(said):
            return [(point, said)]
        return []
    if "\n" in text or text.count("；") + text.count(";") != 1:
        return []
    point, _mark, said = text.replace(";", "；").partition("；")
    point, said = point.strip(), said.strip()
    if not 4 <= len(point) <= 40 or len(said) < 4 or "：" in point or ":" in point:
        return []
    if _AIM_NUMBER.match(said) or not measure_item(said) or measure_item(point):
        return []
    return [(point, said)]


def _point_required(roles: dict[str, int], labels: dict[int, str], rows) -> bool:
    """The point's column names the point and its measures or requirements ('廉政风险点及防控
    要求', '风险点及防控措施', '风险及防控'), no measures column beside it, and most of its cells
    (two at least) are 'point，应 requirement' (``_required_parts``): the heading says both are in
    the cell, the modal word where the requirement begins. A column of points alone is not
    looked at: a point may say '，应…' of itself."""
    pc = roles.get("risk_point")
    if pc is None or "measures" in roles:
        return False
    head = squeeze(labels.get(pc, ""))
    if not (_POINT_AND_MEASURES.search(head) or _POINT_AND_REQUIRED.search(head)):
        return False  # (the cheap test first: the heading names both)
    cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
    if sum(1 for v in cells if _REQUIRE_SEAM.search(v) or "；" in v or ";" in v) < 2:
        return False  # (two cells with a comma and a modal word, or a '；', at least)
    parted = sum(1 for v in cells if _seamed_parts(v))
    return parted >= 2 and parted * 2 > len(cells)


def _points_named(text: str, labelled: bool = True) -> list[tuple[str, str]]:
    """The points a measures cell names and the measures of each: one, or one per line that
    opens by naming another ('1.针对“…”的风险：…⏎2.针对“…”的风险：…'); [] where it names
    none (or a later line opening so cannot be read). ``labelled``: ``_point_named``'s. (A
    later line opening with a bare quotation, '“四议两公开”：…', is one of the measures.)"""
    text = text.strip()
    if not _OPENS_POINT.match(text):
        return []
    lines = text.split("\n")
    starts = [
        0,
        *(
            i
            for i in range(1, len(lines))
            if _LATER_POINT.match(lines[i]) and _point_named("\n".join(lines[i:]), labelled)
        ),
    ]
    out = []
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        got = _point_named("\n".join(lines[a:b]), labelled)
        if got is None:
            return []
        out.append(got)
    return out


def _part_by_path(rr: RawRisk) -> None:
    """A 部门 written as its path in a staff directory ('黄陵县人民医院/医技科室/药剂科', a
    system's export): the body its unit (where the row names none), the last part its 科室; the
    groups between ('医技科室') are neither. Only where the path opens with a body's name."""
    parts = [squeeze(x) for x in re.split(r"\s*[/／]\s*", rr.department) if x.strip()]
    if len(parts) < 2 or not _names_a_body(parts[0]):
        return  # ('办公室/财务室': two parts named together, as written)
    if parts[-1] == squeeze(rr.title) or (is_post(parts[-1]) and not _dept_like(parts[-1])):
        parts.pop()  # ('…/预算股/股长': the post, written in its own column)
    # the last body named is the unit ('县卫健局/县人民医院': the hospital); a part after it
    # the 科室, the groups between neither
    k = max(i for i, x in enumerate(parts) if _names_a_body(x))
    unit, dept = parts[k], (parts[-1] if k < len(parts) - 1 else "")
    if rr.unit and squeeze(rr.unit) not in parts:
        return  # (another body than the row's own)
    rr.unit, rr.department = unit, dept


# --- a holder column chaining 科室, 岗位 and 姓名 in one cell ('人事股-股长-鄄翃沚') --------------

# the marks chaining a holder's fields, each kind one separator whatever its width
_CHAIN_KINDS = {**dict.fromkeys("-－—–‐", "-"), **dict.fromkeys("/／", "/"),
                **dict.fromkeys("·・•", "·"), "、": "、", **dict.fromkeys("|｜", "|")}  # fmt: skip
_CHAIN_SPLITS = {
    "-": LazyRe(r"\s*([-－—–‐]+)\s*"),
    "/": LazyRe(r"\s*([/／])\s*"),
    "·": LazyRe(r"\s*([·・•])\s*"),
    "、": LazyRe(r"\s*(、)\s*"),
    "|": LazyRe(r"\s*([|｜])\s*"),
}
_CHAIN_MARK = LazyRe(r"[-－—–‐/／·・•、|｜]")
_CHAIN_BRACKET = LazyRe(r"^(?P<out>[^()（）]*)[(（](?P<in>[^()（）]+)[)）]$")
_CHAIN_ROLES = ("department", "title", "person")
_BARE_PLACE = LazyRe(r"^(?:XX|[\u4e00-\u9fff]{1,8}?)(?:省|市|县|区|州|旗|盟|镇|乡|街道)$")
_CHAIN_NOTE = LazyRe(r"\s*[(（][^()（）]{1,12}[)）]\s*$")  # '（兼）', '（主持工作）' after a name


def chain_heading(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """'责任主体（股室-岗位-姓名）', '责任人（科室/职务/姓名）', '岗位信息：部门—岗位—责任人',
    '科室·岗位·姓名': a holder column whose heading names two or three of 科室, 岗位 and 姓名 in
    their order, joined by one separator (in brackets, after a colon or alone). Returns (the
    separator's kind, the roles in order, the named order as written) or None."""
    s = "".join(text.split())
    if not _CHAIN_MARK.search(s):
        return None
    m = _CHAIN_BRACKET.match(s)
    if m:
        outer, inner = m.group("out"), m.group("in")
    elif "：" in s or ":" in s:
        outer, _c, inner = s.replace(":", "：").partition("：")
    else:
        outer, inner = "", s
    if outer:
        h = heading_role(outer)
        if h is not None and h.role not in (*IDENTITY, "other"):
            return None  # ('风险点（岗位-环节）': no holder's column)
    kinds = {_CHAIN_KINDS[ch] for ch in inner if ch in _CHAIN_KINDS}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    parts = _CHAIN_SPLITS[kind].split(inner)[::2]
    if not 2 <= len(parts) <= 3:
        return None
    roles = []
    for p in parts:
        h = heading_role(p) if 2 <= len(p) <= 6 else None
        if h is None or h.role not in _CHAIN_ROLES or h.strength < LIKELY:
            return None
        roles.append(h.role)
    if len(set(roles)) != len(roles):
        return None
    return kind, tuple(roles), inner


def _chain_part_fits(role: str, part: str) -> bool:
    """A part of a chained holder's cell that can be the field ``role`` names: a 科室 or a post
    that is no name, a holder that is a name (or says the post is vacant)."""
    p = squeeze(part)
    if role == "person":
        p = _CHAIN_NOTE.sub("", p)
        if VACANT.match(p) or NO_ONE.match(p):
            return True
        names = [x for x in HOLDER_SPLIT.split(p) if x]
        return (
            (marked_name(p) or several_names(names))
            and not is_post(p)
            and not _dept_like(p)
        )  # fmt: skip
    if looks_like_name(p):
        return False
    if role == "title":
        return not (_dept_like(p) and not is_post(p))  # ('办公室' is no post)
    return not (is_post(p) and not _dept_like(p))  # ('股长' is no 科室)


def chained_holder(
    text: str, kind: str, roles: tuple[str, ...], exact: bool = False
) -> dict[str, str] | None:
    """The fields of a holder's cell chained by the separator ``kind`` ('人事股-股长-鄄翃沚'), in
    the order ``roles`` names them: a cell of fewer parts gives the first ones ('人事股-股长'); one
    of more gives them where the parts before name the body ('泾川县-教育局-人事股-…': its
    unit, a directory path) or one 科室 holding the separator ('一-二级财务室-…'). None where the
    parts do not fit their fields (``exact``: or are not as many as ``roles``)."""
    pieces = _CHAIN_SPLITS[kind].split(text.strip())
    parts = [x.strip() for x in pieces[::2]]
    while parts and not parts[-1]:
        parts.pop()
    if not parts or (exact and len(parts) != len(roles)):
        return None
    out: dict[str, str] = {}
    extra = len(parts) - len(roles)
    if extra > 0:
        lead = parts[:extra]
        joined = "".join(lead)
        if _BARE_PLACE.match(lead[0]) and extra > 1 and _names_a_body(joined):
            out["unit"] = joined  # '泾川县-教育局-…': one body's name, parted as a path
        elif _names_a_body(lead[-1]) and (extra == 1 or _names_a_body(lead[-2])):
            out["unit"] = lead[-1]  # '县卫健局/县人民医院/…': the last body named
        elif roles[0] == "department" and _dept_like("".join(pieces[: 2 * extra + 1])):
            # '一-二级财务室-科员-…': the 科室's own name holds the separator
            parts = ["".join(pieces[: 2 * extra + 1]).strip(), *parts[extra + 1 :]]
            lead = []
        else:
            return None
        parts = parts[len(lead) :]
    for role, part in zip(roles, parts, strict=False):
        if part and not _chain_part_fits(role, part):
            return None
        out[role] = part
    return out


def _chain_by_heading(
    filled: dict[tuple[int, int], str], chain: tuple[str, tuple[str, ...], str]
) -> dict[tuple[int, int], dict[str, str] | None] | None:
    """Each cell's fields by the chain its heading names (``chain_heading``), where at least
    half the cells split so and one at least gives every field; else None."""
    kind, roles, _order = chain
    got = {at: chained_holder(x, kind, roles) for at, x in filled.items()}
    split = {at: g for at, g in got.items() if g and len(g) >= 2}
    if len(split) * 2 < len(filled) or not any(
        len([k for k in g if k != "unit"]) == len(roles) for g in split.values()
    ):
        return None
    return got


def _chain_by_cells(
    filled: dict[tuple[int, int], str],
) -> tuple[str, dict[tuple[int, int], dict[str, str] | None]] | None:
    """(the separator, each cell's fields) where every cell is '科室-岗位-姓名' by one separator:
    a 科室's ending first, a post in the middle, a name last; else None."""
    kinds = {_CHAIN_KINDS.get(ch) for x in filled.values() for ch in x} - {None}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    got = {at: chained_holder(x, kind, _CHAIN_ROLES, exact=True) for at, x in filled.items()}
    if all(
        g
        and _dept_like(squeeze(g["department"]))
        and is_post(squeeze(g["title"]))
        and not looks_like_name(squeeze(g["title"]))
        for g in got.values()
    ):
        return kind, got
    return None


def _names_a_body(text: str) -> bool:
    """A short line that is the name of an organisation ('XX县住房和城乡建设局', '…党史研究室')."""
    return (
        len(text) <= 30
        and not any(map(str.isdigit, text))
        and (
            text.endswith(UNIT_END)
            or unit_in_title(text) == text
            or text.endswith(("纪检监察组", "纪检组", "监察组"))  # a 派驻 team, sending a notice
        )
    )


_BODY_NAME = LazyRe(r"^[\w()（）·]{3,40}$")
_HAN3 = LazyRe(r"[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff]")
_BODY_END_WORDS = ("厂", "社", "店", "段", "队", "局", "委", "院", "校", "所", "站", "馆", "中心", "公司",
                   "处", "会", "办", "村", "镇", "乡", "街道", "社区", "集团", "银行", "场", "台")  # fmt: skip


def _body_name(value: str) -> bool:
    """A 单位 cell's value that names a body ('XX县第一污水处理厂', 'XX县报社'), not a measure
    ('万元'), a blank ('______', '……') or a hint ('（填写单位全称）', '本单位')."""
    value = value.replace(" ", "").replace("\u3000", "")
    placed = bool(_PLACED.match(value))  # 'XX县…', '大渡口区…' (not '城区中队', '城乡规划科')
    return (
        bool(_BODY_NAME.match(value))
        and bool(_HAN3.search(value))
        and not value.startswith(("本", "（", "("))
        and "填写" not in value
        and (placed or bool(unit_in_title(value)) or value.endswith(_BODY_END_WORDS))
        and not (_dept_like(value) and not placed)  # '办公室', '国库科': a 科室, no unit
    )


_PLACED = LazyRe(
    r"^(?:XX|[\u4e00-\u9fff]{2,8}?)(?:县|区|市|州|旗|镇|乡|街道|村|社区)(?!委?[科股室])\S+"
)


# an item of a numbered list: '1.', '（1）', '①', '一是', '一、'
_ITEM = LazyRe(
    r"^\s*(?:[①-⑳]|[一二三四五六七八九十]是|\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)"
)
_COUNT_VALUE = re.compile(
    r"^\d+(?:\.\d+)?\s*(?:万|亿)?(?:户|人|个|名|家|所|间|处|项|元|亩|平方米|平方公里|km|公里)?$"
)


def _one_post_unheld(rows: list[RawRisk], after: int) -> bool:
    """The rows below sheet row ``after`` are one post's and name no holder, not even in the
    post's cell ('所长 王强'): a holder's line beside them may name him."""
    block = [x for x in rows if x.row > after]
    posts = {(x.department, x.title) for x in block if x.title or x.department}
    return (
        bool(block)
        and len(posts) <= 1
        and not any(x.person or post_of(x.unit, x.department, x.title, "", "", "", "", "")[3]
                    for x in block)
    )  # fmt: skip


def _roster_hold(rows: list[RawRisk], after: int, holders: dict[str, str]) -> None:
    """The rows below sheet row ``after`` naming no holder take the one ``holders`` names for
    their post ('站长', or '国库股站长' for 国库股's 站长)."""
    if holders:
        for x in rows:
            if x.row > after and not x.person:
                post = squeeze(x.title)
                x.person = holders.get(post) or holders.get(squeeze(x.department) + post, "")


def _grid_names(v: str) -> list[str] | None:
    """The holders a staffing grid's cell names ('巫马琰', '张三、李四'): [] where the outlet has no
    such post ('/', '无'), [''] for a vacancy (empty, '暂缺', '空缺'), None where it holds no
    names (the grid has ended)."""
    v = v.strip()
    if label_key(v) in _NOTHING or NO_ONE.match(v):
        return []
    if not v or VACANT.match(v):
        return [""]
    parts = [squeeze(p) for p in HOLDER_SPLIT.split(v) if p.strip()]
    if not parts or not all(_rostered_name(p) for p in parts):
        return None
    return [p if looks_like_name(p) or marked_name(p) else "" for p in parts]


# the roles a roster keyed by group may head its columns with besides the group and its people
# ('序号 | 责任主体 | 职务 | 姓名 | 分工'); a risk's column there makes it a list, no roster
_GROUP_ROSTER_ROLES = frozenset(
    {"seq", "department", "unit", "title", "person", "tier", "duty", "other"}
)
# a sheet of the file that may be such a roster ('人员名单', '责任主体人员', '分工')
GROUP_ROSTER_SHEET = LazyRe(r"名单|分工|人员")


def _group_roster_fits(got: dict[str, list[tuple[str, str]]], groups: set[str]) -> bool:
    """A roster keyed by group names the list's groups: someone named, and two of the groups
    (the one where the list names one) among its own."""
    if sum(1 for held in got.values() for _p, n in held if n) < 2:
        return False  # ('责任主体 | 岗位' and no one named: posts only, not whose)
    return len(groups & got.keys()) >= min(2, len(groups))


def _group_roster_head(sh: _Sheet, r: int, lo: int = 0) -> tuple[int, int | None, int] | None:
    """Row ``r`` (from column ``lo``) heads a roster keyed by group ('序号 | 责任主体 | 职务 | 姓名
    | 分工', '责任单位 | 人员'): short labels, a 科室's (or 单位's) column and a holder's, perhaps
    a post's; (group, post or None, holder) columns, or None."""
    cols = [c for c in sh.nonempty(r) if c >= lo]
    if not 2 <= len(cols) <= 8 or any(len(sh.rows[r][c]) > 12 for c in cols):
        return None  # (the cheap test: a list's heading is wider, a caption longer)
    found: dict[str, int] = {}
    for c in cols:
        h = heading_role(sh.key(r, c))
        if h is None or h.strength < 2:
            continue  # ('分工', '备注')
        if h.role not in _GROUP_ROSTER_ROLES:
            return None  # ('风险点', '防控措施': a list's heading)
        if h.role == "person" and any(w in sh.rows[r][c] for w in NOT_HOLDER_HEAD):
            continue  # '分管领导': who watches
        found.setdefault(h.role, c)
    gc = found.get("department", found.get("unit"))
    if gc is None or "person" not in found:
        return None
    return gc, found.get("title"), found["person"]


def _group_roster(
    sh: _Sheet, merged: dict, r: int, head: tuple[int, int | None, int]
) -> tuple[dict[str, list[tuple[str, str]]], set[int]]:
    """The members a roster keyed by group (``_group_roster_head`` at row ``r``) lists under
    each group — its cell merged down over them, or written on its first only — as (post,
    holder) in order: '局领导 | 局长 | 昝某' or '局领导 | 局长　昝某、副局长　闾某' in one cell. And
    its rows. Stops at the first row naming no such member."""
    gc, tc, pc = head
    got: dict[str, list[tuple[str, str]]] = {}
    used = {r}
    group = ""

    def value(y: int, c: int) -> str:
        v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
        top = merged.get((y, c)) if not v else None
        return sh.rows[top[0]][top[1]] if top else v

    for y in range(r + 1, min(len(sh.rows), r + 80)):
        g = squeeze(value(y, gc))
        group = g or group  # (merged down over its members, or written on the first)
        said = value(y, pc).strip()
        post = squeeze(value(y, tc)) if tc is not None else ""
        if not group or looks_like_name(group) or not said:
            break
        name = squeeze(said)
        if post and not looks_like_name(post) and _rostered_name(name):
            pairs: tuple[tuple[str, str], ...] = ((post, name),)
        elif split := holder_and_post(said):
            pairs = ((split[1], split[0]),)  # '昝某（局长）', '局长　昝某'
        else:
            pairs = listed_holders(said)  # '局长　昝某、副局长　闾某'
        if not pairs:
            break
        for p, n in pairs:
            who = n if looks_like_name(n) or marked_name(n) else ""  # ('空缺': no one)
            got.setdefault(group, []).append((p, who))
        used.add(y)
    return got, used


def _hold(rows: list[RawRisk], after: int, person: str) -> None:
    """The rows below sheet row ``after`` are ``person``'s, where they are one post's and name
    no holder of their own."""
    if person and _one_post_unheld(rows, after):
        for x in rows:
            if x.row > after:
                x.person = person


_COLUMN_CODES = "甲乙丙丁戊己庚辛壬癸"


def _column_numbers(row: list[str]) -> bool:
    """A row that numbers the columns under a printed form's header: 1, 2, 3 … in order, after
    a statistical report's codes of its text columns (甲, 乙, 丙 … or A, B, C …, a '栏次' first)."""
    vals = [v for v in row if v]
    if vals and vals[0] in ("栏次", "栏目", "列次", "栏号"):
        vals = vals[1:]
    codes = 0
    for letters in (_COLUMN_CODES, "ABCDEFGHIJ"):
        while codes < len(vals) and vals[codes] == letters[codes : codes + 1]:
            codes += 1
        if codes:
            break
    rest = vals[codes:]
    return len(vals) >= 3 and rest == [str(i) for i in range(1, len(rest) + 1)]


_SIGN_WORD = re.compile(r"签字|签名|签章|盖章")
_FILLER = {"填表人", "填报人", "填表人签字", "填表人签名", "填报人签字"}
_OTHER_SIGNER = re.compile(r"审核|审批|复核|负责人|领导|监督|分管|主管|签发")
_FILLED_INLINE = re.compile(
    r"^\s*(?:填表人|填报人)\s*[(（]?(?:签字|签名)?[)）]?\s*[:：]\s*(\S{2,5})?\s*$"
)
# a holder signing his own form: '自查人(签名):韩立军', '本人签字:', '承诺人:'; the name in the
# cell or the next one
_SIGNER = (
    r"^\s*(?:自查人|本人|承诺人|持卡人|岗位责任人|责任人)\s*[(（]?\s*(?:签名|签字)?\s*[)）]?\s*"
)
_SIGNED = re.compile(
    _SIGNER + r"[:：]\s*([^\s:：]{0,5})\s*(?:[\d〇零一二三四五六七八九十]{2,4}\s*年.*)?$"
)
# the same label alone in its cell, the name in the next: '承诺人 | 宦知白' above the table
_SIGNER_LABEL = re.compile(_SIGNER + r"[:：]?\s*$")


_OWN_FIELDS = frozenset({"person", "head", "department", "title", "dept_title", "declared_grade"})


_SIGNED_POST = re.compile(_SIGNER + r"[:：]\s*(\S.*?)[\s\u3000]+([^\s\u3000:：]{2,4})\s*$")


def _signed_with_post(text: str) -> tuple[str, str] | None:
    """'承诺人：XX县城市管理局环境卫生管理所所长　恽拾遗': (the post as written, the holder)."""
    m = _SIGNED_POST.match(text)
    if not m:
        return None
    post, name = m.group(1).strip(), m.group(2)
    if not (looks_like_name(name) or marked_name(name)) or not is_post(split_unit_title(post)[2]):
        return None
    return post, name


def _signer_leads(text: str) -> str:
    """The holder a line of fields opens with under his signing label ('持卡人（签字）：冼栖梧
    所在部门：采编部　　职务：主任'), else ''."""
    if text.count(":") + text.count("：") < 2:
        return ""
    found = _line_fields(text)
    if not found or not _SIGNER_LABEL.match(found[0].group(1) + "："):
        return ""
    name = found[0].group(2)
    return name if looks_like_name(name) or marked_name(name) else ""


def _filler_leads(text: str) -> bool:
    """A line of fields opening with its 填表人 ('填表人：栾葭苇　　岗位：园长')."""
    found = _line_fields(text) if text.count(":") + text.count("：") >= 2 else []
    return bool(found) and label_key(found[0].group(1)) in _FILLER


# a level written as a word ('高', '二级', 'Ⅱ级'), not a mark or a digit ('★', '1', '√')
_LEVEL_WORDISH = LazyRe(r"[\u4e00-\u9fff]")
# a note on the posts' own grade, not the points' levels
_POST_GRADE_NOTE = LazyRe(r"岗位(?:风险)?(?:等级|级别)|(?<![该本此])岗位为[一二三ⅠⅡⅢ123高中低]")
# a window's or a desk's number or code, no 科室: '3号', 'A05', '12号窗口'
_WINDOW_NUMBER = LazyRe(
    r"^(?:[A-Za-zＡ-Ｚ]{0,2}[\d０-９]{1,3}|[一二三四五六七八九十]{1,3})[号#]?(?:窗口|台|柜台)?$"
)


# a point's wording last year and now in one cell: '原：…⏎现：…', '调整前：…⏎调整后：…'
_HAS_FORMER = LazyRe(r"^\s*(?:原|调整前|修改前|修订前)(?:风险点|表述)?\s*[:：]")
_FORMER_AND_NOW = LazyRe(
    r"^\s*(?:原|调整前|修改前|修订前)(?:风险点|表述)?\s*[:：].*?\n\s*"
    r"(?:现|调整后|修改后|修订后)(?:风险点|表述)?\s*[:：]\s*(.+)$",
    re.S,
)
# a heading over columns headed by scores, one ticked a row: '风险程度评分', '分值', '得分', '风险值'
_SCORE_HEAD = LazyRe(r"评分|分值|得分|打分|赋分|分数|风险值|风险程度|风险指数")
_SCORE_SUB = LazyRe(r"(\d{1,2})(?:\.0)?\s*分?")  # a score column's own heading: '1', '5分'
_SCORE_UNTICKED = frozenset("○◯")  # (offered, not ticked: '○ | ● | ○')


def _score_ticked(v: str) -> bool:
    """A score column's cell ticked: a mark, not an empty box, circle, cross or 否."""
    return _kind_ticked(v) and v not in _SCORE_UNTICKED


# a count of criteria met and the level a note gives it: '符合三项及以上的为一级风险'
_CRITERIA_TICKS = frozenset({"√", "✓", "✔", "●", "☑", "■", "◆", "▲", "v", "V"})
_CRITERIA_MARKS = _CRITERIA_TICKS | {"是", "×", "✗", "✘", "否"}
_COUNT_LEVEL = LazyRe(
    r"([一二两三四五六七八九十]|\d{1,2})\s*(?:项|个)(?:要素|条件|情形)?\s*(及以上|以上)?"
    r"(?:[\u4e00-\u9fff]{0,4}(?:要素|因素|条件|情形|指标))?\s*(?:的|者)?"
    r"[，,]?\s*(?:评定为|确定为|为|是|定为|属于?)\s*"
    r"((?:[一二三ⅠⅡⅢ]|[1-3])级|[高中低])"
)
_COUNT_WORDS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_REASON_LINE = LazyRe(r"\n\s*[^\n:：]{2,6}[:：]")  # '…⏎调整原因：…' after the point
# a status written after a point: '（新增）', '(修订)', '（本年度新增）' — none of its words
_STATUS_TAIL = LazyRe(
    r"\s*[(（]\s*(?:\d{4}年度?|本年度?|今年|本次)?\s*(?:新增|修订|修改|调整|补充|完善|变更|更新|新发现|新识别)"
    r"(?:风险点)?\s*[)）]\s*$"
)
_TYPE_LEVEL = LazyRe(r"^(.{2,16}?)\s*[(（]\s*([^()（）]{1,6}?)\s*[)）]\s*$")
# a point opening with the area of the work it is in: '工程发包方面：…', '“三重一大”决策方面：…'
_AREA_PREFIX = LazyRe(
    r"^\s*(?![\d（(一二三四五六七八九十]+[.、．)）])(?!.{0,8}(?:以下|如下|下列|主要表现|表现在))"
    r"([^:：\n，,。；;]{2,16}?方面)\s*[:：]\s*(.+)$",
    re.S,
)


def _names_in(text: str) -> list[str]:
    """The personal names a bracket lists ('鄢璟琤', '甄澍霖、郗晓桐', '书记瞿望川', '责任人：…',
    '…等'), or [] if any part is none ('（试行）', '（2024年）', '（村文书）', '（王某）')."""
    text = _NAMES_TAIL.sub("", _NAMES_LABEL.sub("", text.strip()))
    parts = []
    for x in re.split(r"[、,，/／;；\s]+", text):
        x = squeeze(x)
        if not x:
            continue
        run = _post_run_name(x) if len(x) > 4 else None
        parts.append(run[1] if run else x)
    ok = parts and all(_a_bracketed_name(x) for x in parts)
    return parts if ok and len(parts) <= 8 else []


def _a_bracketed_name(x: str) -> bool:
    """A personal name in brackets after a point: three or four characters, or two of a common
    surname ('王强'); no word a bracket also holds ('信访', '程序', '王某')."""
    if not looks_like_name(x) or is_post(x) or "某" in x or x in _NOT_BRACKET_NAMES:
        return False
    return len(x) >= 3 or x[0] in COMMON_SURNAMES or x[0] in _MORE_SURNAMES


# surnames common enough for a two-character name in brackets, beyond the commonest hundred
_MORE_SURNAMES = frozenset("邹薛贾付向蒲冉苟闫严郝孔易庞文牟罗")
# two-character words a bracket after a point holds that read as names
_NOT_BRACKET_NAMES = frozenset(
    {"高速", "张贴", "张三", "李四", "王五", "赵六", "周边", "程序", "安全", "白条", "方便", "石油",
     "龙头", "高压", "马上", "田间", "林业", "江河", "胡乱", "万元", "雷同", "毛利", "温度", "黄金",
     "高额", "高价", "低价", "孔洞", "文件", "文化", "罗列", "严重", "易燃", "向外"}
)  # fmt: skip
_NAMES_LABEL = LazyRe(r"^(?:责任人|负责人|经办人|岗位人员|人员)\s*[:：]\s*")
_NAMES_TAIL = LazyRe(r"\s*等\s*(?:\d+\s*人)?$")


_TAIL_NAMES = LazyRe(r"[(（]([^()（）]{2,24})[)）]\s*[。；;]?\s*$")

# a labelled bracket closing a cell, naming who answers for its row: '…公示。⏎（责任科室：耕保股
# 　责任岗位：股长　责任人：…）'; its labelled parts are parted by spaces, '；' or '，'
_HOLDER_BRACKET = LazyRe(
    r"[(（]\s*([^()（）\n]{2,30}?[:：][^()（）\n]{1,90}?)\s*[)）]\s*[。；;.]?\s*$"
)
_HOLDER_PARTS = LazyRe(r"[\s\u3000；;，,]+")
_HOLDER_PART = LazyRe(r"^([^:：]{1,8})[:：](.*)$")
_NOT_HOLDER_VALUE = LazyRe(r"[。；;，,:：、/／]|\d")


def _holder_label(key: str) -> str | None:
    """The identity field a label in a holder's bracket names ('责任科室', '责任岗位', '职务',
    '责任人', '姓名', '负责人'), or None ('监督人', '分管领导', '审核人' name someone else)."""
    if key == "负责人":
        return "person"  # (in a row's own bracket: who answers for it, not a 科室's head)
    fld = field_of(key)
    if fld is None and key.startswith("责任") and len(key) > 2:
        fld = field_of(key[2:])  # '责任岗位', '责任股室'
    return fld if fld in ("department", "title", "person") else None


def _holder_fields(text: str, labelled: bool = False) -> dict[str, str]:
    """'责任科室：耕保股　责任岗位：股长　责任人：…' → field → value; {} unless every part is a
    holder's labelled field, each named once, and the names look like names (``labelled``: a
    line of its own whose label says it is a name, '姓名：王中', takes any two to four
    characters that are no post, 科室 or group of people)."""
    got: dict[str, str] = {}
    last = ""
    for part in _HOLDER_PARTS.split(text.strip()):
        if not part:
            continue
        m = _HOLDER_PART.match(part)
        if m is None:
            # '责任人：龙　梅': a name padded with a space goes on; anything else is no field
            if last != "person" or len(got[last] + part) > 4:
                return {}
            got[last] += part
            continue
        last = _holder_label(label_key(m.group(1))) or ""
        if not last or last in got:
            return {}
        got[last] = m.group(2).strip()
    got = {k: v for k, v in got.items() if v}  # ('责任科室：　责任岗位：股长'): what is written
    for k, v in got.items():
        if k == "person":
            if not all(
                looks_like_name(x) or (labelled and _plain_name(x)) for x in re.split(r"[、,，]", v)
            ):
                return {}  # ('责任人：各股室负责人'): no one named
        elif len(v) > 20 or _NOT_HOLDER_VALUE.search(v):
            return {}
    return got


def _plain_name(text: str) -> bool:
    """Two to four Han characters that are no post, 科室 nor group of people ('王中', '马低')."""
    return (
        bool(HAN_NAME.match(text))
        and len(text) <= 4
        and "·" not in text
        and not is_post(text)
        and not _dept_like(text)
        and not any(w in text for w in "各全相等负")
    )


# circled numbers closing a point as footnote marks, and a note's line for one: '①指…'
_FOOTNOTE_MARKS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_FOOTNOTE_LINE = LazyRe(r"([①-⑳])\s*(?:系指|是指|指|即|为)?\s*[:：]?\s*([^①-⑳\n]{4,})")
# a 科室, post or name marked as going on from the page before: '规划股（续）', '股长(续上页)'
_PAGE_GOES_ON = LazyRe(r"\s*[（(]\s*(?:续|续上|续上页|接上页|接上)\s*[)）]$")
# a holder's own details bracketed after the name: sex, people (民族), party, age or birth
# the first of measures numbered on the point's own line, straight after its words ('…不核查（1）')
_INLINE_FIRST_ITEM = LazyRe(r"(?<=[\u4e00-\u9fff])(?:[（(]1[)）]|1[.、．]|①)")
_INLINE_SECOND_ITEM = LazyRe(r"[（(]2[)）]|(?<![\d.])2[.、．]|②")
_SENTENCE_MARKS = LazyRe(r"[。；;！!？?]")
# a holder's name with the 科室 he works in bracketed after it: '鄂琤淏（市场运行科）'
_NAME_THEN_PART = LazyRe(r"([\u4e00-\u9fff·]{2,5})[（(]([^（()）]{2,16})[)）]")
_PERSONAL_BRACKET = LazyRe(
    r"[（(]\s*(?:男|女|[\u4e00-\u9fff]{1,4}族|中共党员|中共预备党员|党员|群众|共青团员|"
    r"\d{2}岁|\d{4}(?:年|\.)\d{1,2}月?(?:生|出生)?)\s*[)）]$"
)


def holder_bracket(text: str) -> tuple[int, dict[str, str]] | None:
    """The labelled holder closing a cell (a bracket, or a last line bracketed or not) after
    what the cell says: where it starts and its fields; None where there is none."""
    s = text.rstrip()
    tail = s[-130:]
    if "：" not in tail and ":" not in tail:
        return None  # (the cheap test: no label near the end)
    m = _HOLDER_BRACKET.search(s)
    if m is not None:
        start, inner = m.start(), m.group(1)
    else:
        start = s.rfind("\n") + 1  # '…公示。⏎责任科室：…　责任人：…': a last line of fields
        inner = s[start:]
    if not start or not s[:start].strip():
        return None  # (nothing before it: the cell is the fields, no bracket closing it)
    fields = _holder_fields(inner)
    return (start, fields) if fields else None


def _a_named_post(text: str) -> bool:
    """A post a point may open with ('保管员', '出纳', '副场长'): a post word of a known tier, not
    a group of people ('工作人员', '领导干部') nor a matter ('干部选拔任用')."""
    return (
        2 <= len(text) <= 10
        and text not in _NOT_A_NAMED_POST
        and text.endswith(POST_ENDS)
        and bool(tier_of_post(text))
        and is_post(text)
    )


_NOT_A_NAMED_POST = frozenset(
    {"工作人员", "领导干部", "党员干部", "个别干部", "干部", "人员", "分管领导", "主要领导", "领导",
     "班子成员", "全体人员", "相关人员", "经办人员", "其他人员"}
)  # fmt: skip
_BARE_NUMERAL = LazyRe(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:人|名)?\s*$")


_ITEM_START = LazyRe(r"^\s*(?:\d{1,2}|[（(]\d{1,2}[)）])[.、．]?")  # '1.计量支付…': item one
_NEXT_ITEM = LazyRe(r"\n\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])")  # '…⏎2.违规签证变更': item two
_LATER_ITEM = LazyRe(r"\n\s*(?:风险等级|风险级别|等级|风险点|风险类型|类型)\s*[:：]")


def _note_on_column(legend: str, head: str) -> str:
    """The sentence of a legend saying the levels are written in the column headed ``head``
    ('各风险点的风险等级在备注栏注明', '备注栏中注明各点级别'), else ''."""
    for k in dict.fromkeys((head, re.sub(r"[（(].*$", "", head))):
        if len(k) < 2 or k not in legend:
            continue
        k = rf"[“\"「『]?{re.escape(k)}[”\"」』]?"
        m = re.search(
            rf"(?:等级|级别)[^。；;\n]{{0,8}}?(?:在|见|于|入)\s*{k}"
            rf"(?:一?栏|一?列|[中内里，,。;；\s)）]|$)"
            rf"|{k}\s*(?:一?栏|一?列)?\s*[中内里]?\s*[已均应须需]?\s*"
            rf"(?:注明|标注|标明|写明|填写|载明|列明)[^。；;\n]{{0,8}}?(?:等级|级别)",
            legend,
        )
        if m and not _LEVEL_CHANGE.search(legend[m.start() : m.end() + 4]):
            return next(x for x in re.split(r"[。；;\n]", legend) if m.group() in x).strip()
    return ""  # ('备注栏填写等级调整原因': why a level changed, not the level)


def _level_sentences(legend: str, posts_too: bool = True) -> str:
    """A legend less its sentences about the scales a level is worked out from ('发生可能性、影响
    程度按1为低…'), and, unless ``posts_too``, about the posts' own grade: they define no level
    of a point."""
    return "。".join(
        x
        for x in _SENTENCE.split(legend)
        if (not _OTHER_SCALE.match(x) or _SAYS_RISK.search(x))
        and (posts_too or not _POST_GRADE_NOTE.search(x))
    )


def _joined(own: str, said: str) -> str:
    """``said`` after a cell's ``own`` text on a line of its own; ``own`` as it is where it
    already says it (the words only compared: ``_bare``), ``said`` alone where ``own`` is empty."""
    kept = own.strip()
    if not kept:
        return said
    return own if _bare(said) in _bare(kept) else f"{kept}\n{said}"


def _bare(text: str) -> str:
    """A text's words only (no numbering, punctuation or spaces): '1.监理签字；2.审计复核' and
    '1.监理签字⏎2.审计复核' say the same."""
    return re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", text)


# the measures labelled after the point in its own cell: '…套取资金。对策：实行联审联签'
_INLINE_MEASURES = LazyRe(
    r"([。；;！!]|[ \u3000])[ \u3000]*(?:对策|措施|防控措施|防范措施|管控措施|应对措施|防控对策)\s*[:：]"
    r"\s*(.+)$",
    re.S,
)
# the label opening a bracket's text: '防控措施：', '管控措施:', '责任人：'
_BRACKET_LABEL = LazyRe(r"^\s*([^()（）:：\n，,。；;、]{1,8}?)\s*[:：]\s*")
# a later label inside the bracket: '…；责任人：…', '，风险等级：高'
_LATER_LABEL = LazyRe(r"(?:^|[\s\u3000；;，,。、])([^()（）:：\n\s\u3000，,。；;、]{2,8}?)\s*[:：]")
# measures that only point elsewhere: '见第3条', '同上', '详见制度汇编', '2、3', '略'
_MEASURES_ELSEWHERE = LazyRe(
    r"^(?:见|详见|参见|同上|同前|同第|(?:按|参照)第|另附|附后"
    r"|(?:略|无|暂无|待定|待补)\s*[。；;]?$"
    r"|(?:第\s*)?\d{1,2}(?:\s*[、,，和及至到\-—–~～]\s*\d{1,2})*\s*(?:项|条|点)?\s*[。；;]?$)"
)


# the labels of a note closing a point cell that is no field of the point: what it rests on
# ('依据', '法律依据', '依据文件'), how it was found ('查找方式', '来源'), where it comes from,
# examples of how it shows ('如：…', '例如：…')
_NOTE_LABEL_WORDS = LazyRe(r"依据|查找|发现|来源|出处|如[:：]|比如|例如|包括")
_NOTE_LABEL = LazyRe(
    r"^(?:[\u4e00-\u9fff]{0,4}依据|依据(?:文件|条款)|(?:查找|发现)(?:方式|途径|方法|渠道)"
    r"|(?:风险)?来源|出处|如|比如|例如|包括|主要包括)$"
)


def _several(point: str) -> bool:
    """Text before a closing bracket that holds more than one point ('1.坐支现金；2.白条抵库',
    '…（防控措施：…）；网银密码泄露'): the bracket is the last one's only, so none is parted."""
    return bool(_SEVERAL_POINTS.search(point) or _ITEM_START.match(point))


_SEVERAL_POINTS = LazyRe(r"[；;]|[)）]\s*[，,、]")


def _closing_label(text: str) -> tuple[str, str, str, str] | None:
    """(the point, the label, what follows it, the bracket as written) of a point cell closing
    with a labelled bracket ('…降格处理（防控措施：…）', '…（依据：《…》）'), a full stop after it
    allowed; None where no bracket of its own closes the cell, it names no label, or the text
    before it is short, of several lines or of several points (``_several``)."""
    s = text.rstrip().rstrip("。；;").rstrip()
    if not s.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        depth += (s[i] in ")）") - (s[i] in "(（")
        if depth == 0:
            break
    else:
        return None  # (unbalanced: no bracket of its own closes the cell)
    point, inner = s[:i].strip(), s[i + 1 : -1].strip()
    m = _BRACKET_LABEL.match(inner)
    if m is None or len(point) < 4 or "\n" in point or not _balanced(point) or _several(point):
        return None
    return point.rstrip("，,；;：:"), m.group(1).strip(), inner[m.end() :].strip(), s[i:]


def _note_bracket(text: str) -> tuple[str, str] | None:
    """(the point, its note as written 'label：…') of a point cell closing with a labelled
    bracket that says what the point rests on, how it was found or how it shows by examples
    ('…以罚代管（依据：《城市市容和环境卫生管理条例》）', '…（查找方式：领导点）', '…（如：降低
    标准纳入…）'), else None: other labels, unlabelled brackets and a point of several lines
    before it are read as before."""
    got = _closing_label(text)
    if got is None:
        return None
    point, label, said, _shown = got
    if not _NOTE_LABEL.match(label_key(label)) or len(_bare(said)) < 2:
        return None
    return point, f"{label}：{said}"


def _measures_bracket(text: str) -> tuple[str, str, str] | None:
    """(the point, its measures, the bracket as written) of a point cell closing with a bracket
    labelled as measures ('…降格处理（防控措施：检查不少于两人，…）', '…(管控措施:…)'), else None:
    an unlabelled bracket ('（含押金）'), another label ('（表现形式：…）', '（责任人：…）'), a
    further label inside ('…；责任人：…'), measures that point elsewhere ('（措施：见第3条）'), or
    a point of several lines before it are read as before."""
    got = _closing_label(text)
    if got is None:
        return None
    point, label, said, shown = got
    h = heading_role(label_key(label))
    if h is None or h.role != "measures" or h.strength != SURE:
        return None
    if len(_bare(said)) < 4 or _MEASURES_ELSEWHERE.match(said):
        return None
    for later in _LATER_LABEL.finditer(said):
        k = heading_role(label_key(later.group(1)))
        if k is not None and k.strength == SURE and k.role not in ("measures", "other"):
            return None  # ('（措施：…；责任人：郜瀚）': whose words are which is not certain)
    return point, said, shown


# a point opening with the post that holds it: '保管员：出库时…', '出纳:坐支现金'
_POST_COLON = LazyRe(r"^\s*([^:：\n，,。；;]{2,12}?)\s*[:：]\s*(.+)$", re.S)
# a post and its own level in brackets: '副理事长（中）', '报账员(三级)'
_POST_LEVEL = LazyRe(r"^(.{2,12}?)\s*[(（]\s*([^()（）]{1,5}?)\s*[)）]$")
# a note saying what stands before the dash: '“——”前为风险点', '破折号前面是风险点'
_DASH_SAID = LazyRe(r"(?:——|破折号)[”\"」']?\s*(?:之?[前后]|前面|后面|左边|右边)")
# a point's heading naming how it shows too: '风险点及表现形式', '廉政风险点（具体表现）'
_POINT_AND_SHOWS = LazyRe(r"风险(?:点|事项|内容).{0,3}(?:表现|描述|表述|情形|情况|说明)")
# what a note says a value of a column is, in words of its own: '…（监控|负责…）的为一级风险'
_GIVEN_LEVEL = (
    r"[^，,。；;：:\n]{0,8}?(?:为|属于?|是|定为|确定为|列为|对应)\s*[“\"「]?"
    r"((?:[一二三ⅠⅡⅢ]|[1-3])[级等](?:风险)?|[高中低](?:风险|等级)?)"
)
# 'A为高风险', 'B级表示中风险', '★★★:高' in a legend: a word of the table and the level it means
# coloured marks a legend may tie to levels: circles and squares of emoji, and their plain kin
_EMOJI_MARKS = "\U0001f534\U0001f535\U0001f7e0-\U0001f7eb\u26aa\u26ab"
_COLOUR_MARKS = _EMOJI_MARKS + "●○■□▲△◆◇"
_MARK_CHARS = LazyRe(f"[{_COLOUR_MARKS}]")
_EMOJI_MARK = LazyRe(f"[{_EMOJI_MARKS}]")
_GLUED_MARK = LazyRe(
    rf"(?<![{_COLOUR_MARKS}])([{_COLOUR_MARKS}]{{1,3}})\s*(较高|较低|较大|较小|一般|高|中|低)"
    r"(?=风险|等级|级|\s|[,，、;；。]|$)"
)
_LEGEND_WORD = (
    r"(?:[“\"「‘'](?:[\u4e00-\u9fff]{1,4}|[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁ⅠⅡⅢⅣ★☆▲△●○◆◇■□\d]{1,5})[”\"」’']"
    r"|\d{1,2}\s*[—–－~～至到-]\s*\d{1,2}(?:分)?"  # a band of scores: '6—9'
    r"|\d{1,2}分?(?:及以上|以上|及以下|以下)"  # an open band: '12及以上', '5分以下'
    r"|[红橙黄蓝绿紫][色灯]?"
    r"|[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁ⅠⅡⅢⅣ★☆▲△●○◆◇■□\d]{1,5}(?![\d★☆▲△●○◆◇■□])|[一二三](?=级))"
)


# 'A为高风险', 'B级表示中风险', '★★★★、★★★★★为高风险', '红色—高风险', '6—9为高风险' in a legend:
# the words of the table and the level they mean
@cache
def _legend_pair_re() -> re.Pattern:
    """Compiled on first use: most inboxes have no legend."""
    return re.compile(
        rf"({_LEGEND_WORD}(?:\s*(?:级|类|档|等|分)?\s*(?:[、,，/和或]|及(?!以))\s*{_LEGEND_WORD})*)"
        r"\s*(?:级|类|档|等|分)?\s*(?:为|是|表示|代表|指|即|属于?|[:：=]|[—–－]{1,2}|-{1,2})"
        r"\s*(最高|最低|较高|较低|较大|较小|一般|重大|严重|轻微|[一二三ⅠⅡⅢ]级|高|中|低)"
    )


# a legend of the scales a level is worked out from, not of the level itself
_OTHER_SCALE = re.compile(
    r"^\s*(?:注|说明|备注)?\s*[:：]?\s*(?:\d+[.、])?\s*(?:发生)?(?:可能性|影响程度|概率|严重程度|危害程度)"
)
# (not a band of scores defining one: '8—10分为一级风险')
_HOW_MANY = re.compile(r"(?<!\d)(?<!\d )分[为成]?\s*[一二三四五两\d]\s*[级档类等个]\s*[:：,，]?")


# the steps listed before they are defined: '风险等级分A级、B级、C级,A级为高风险…'
@cache
def _listed_re() -> re.Pattern:
    """Compiled on first use: most inboxes have no legend."""
    return re.compile(
        rf"分[为成]?\s*(?:{_LEGEND_WORD}\s*(?:级|类|档|等)?\s*[、/和及]\s*)+{_LEGEND_WORD}\s*"
        r"(?:级|类|档|等)?\s*(?:[三四3-4]个?)?(?:等级|级别|档次|级|档|类)?\s*[:：,，;；。]"
    )


_SAYS_RISK = re.compile(r"为(?:较高|较低|高|中|低)风险")  # '3为高风险' defines the level itself
_SENTENCE = re.compile(r"[;；。\n]")
_LEGEND_SPLIT = re.compile(r"\s*(?:级|类|档|等|分)?\s*(?:[、,，/和或]|及(?!以))\s*")
_LEGEND_BAND = re.compile(r"^(\d{1,2})\s*[—–－~～至到-]\s*(\d{1,2})分?$")
_LEGEND_OPEN = re.compile(r"^(\d{1,2})分?(及以上|以上|及以下|以下)$")
# words that make a line or heading a legend of the levels
_DEFINES_LEVEL = ("为高", "为中", "为低", "为一级", "为二级", "为三级", "为Ⅰ级", "为较高", "为重大", "—高",
                  "－高", "表示高", "代表高", "为一般", "高到低", "低到高")  # fmt: skip


# three steps named in order: '由高到低分为A、B、C三个等级', '从低到高依次为三级、二级、一级'
@cache
def _ordered_re() -> re.Pattern:
    """Compiled on first use: most inboxes have no legend."""
    return re.compile(
        rf"[由从自]\s*(高|低)\s*[到至向]\s*(?:高|低)\s*(?:依次)?\s*(?:划?分[为成]?|[为是]|排列为)?\s*"
        rf"({_LEGEND_WORD})\s*(?:级|类|档|等)?\s*[、,，/]\s*({_LEGEND_WORD})\s*(?:级|类|档|等)?\s*"
        rf"[、,，/和及]\s*({_LEGEND_WORD})(?![\dA-Za-z★☆▲△●○◆◇■□])"
    )


_DEFINES = re.compile("|".join(_DEFINES_LEVEL))
# a code and what it stands for: '1—思想道德风险', 'A：高风险', 'ZD=制度机制'
_CODE_KEY = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,3}\s*[—－\-:：=]\s*[\u4e00-\u9fff]{2}")
# a mark put before a point and the level a note gives it: '标“★”的为一级风险点', '带☆者为中风险'
_MARKS = "★☆▲△●○◆◇■□※＊*"
_LEVEL_SAID = (
    f"({LEVEL_ALTS}|[123]级)"
    r"(?=风险|级|类|档|等|[，,。;；、）)（(\s]|$)"  # ('高发风险点', '中央巡视': no level)
)
# a level named inside a remark's sentence ('列为一级风险点，…', '属三级', '定为高风险'): not
# a step ('上调一级'), a rank ('第一级'), a licence ('一级建造师') or a word ('其中风险')
_LEVEL_NAMED = LazyRe(
    r"(?<![调升降提高低第上下])[一二三ⅠⅡⅢ123]级(?=风险|[，,。;；、）)（(\s]|$)"
    r"|(?:较高|较低|较大|重大|一般)(?=风险)"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[为属列定是作系入]))[高中低](?=风险|等级)"
)
_LEVEL_CHANGE = LazyRe(r"调整|变化|变动|变更|原因|理由|依据|标准")
# a heading naming the level as written in its column too: '备注（风险等级）', '说明/级别'
_LEVEL_IN_HEAD = LazyRe(
    r"^(?!.*(?:等级|级别).*[（(/／、及和])[^（(/／、]{2,8}[（(/／、及和](?:含|注明|标注|写明)?"
    r"(?:风险)?(?:等级|级别)[)）]?$"
)
# a note giving an empty level cell a level: '空白的为三级风险点', '未填写的为低风险', '不填表示一般'
_BLANK_MEANS = LazyRe(
    r"(?:空白|空格|空着|留空|未填写?|不填写?|没有?填写?)(?:的|者|处|栏)?\s*(?:均|即|则|一律|一概)?\s*"
    r"(?:为|是|表示|视为|属于|代表|默认为?)\s*"
    + _LEVEL_SAID
    + r"(?!\s*[、和及与或]\s*(?:[一二三ⅠⅡⅢ123]级|高|中|低|较高|一般|较低))"  # ('中、低': two levels)
)
_FOOTNOTES = "①②③④⑤"  # markers after a point a note defines ('…虚增工程量①': ① 一级)
_MARK_DEFINED = LazyRe(
    rf"[“\"「‘']?([{_MARKS}{_FOOTNOTES}]{{1,5}})[”\"」’']?\s*(?:号|标记|符号)?\s*(?:的|者)?\s*"
    r"(?:为|是|表示|代表|属于)\s*" + _LEVEL_SAID
)
# a line of who to call or when, under a chart: no point ('监督举报电话：12388', '公示时间：…')
_POSTS_SPLIT = re.compile(r"[、,，/／和及]")
_CONTINUED_CAPTION = LazyRe(r"续表|[(（]续[)）]|接上表|续上")
_REVIEWED = LazyRe(r"落实情况|回头看|整改情况|执行情况|销号|落实结果")
_CAPTION_YEAR = LazyRe(r"(20\d\d)\s*年度?(?!\d{1,2}月)")
_APPLIES = LazyRe(
    r"^(?:本岗位?|该岗位|本人岗位|本人|本村|本社区|本单位|本科室|本部门|本股室)是否(?:存在|涉及|适用)"
    r"(?:该风险点?|此风险点?|该项|此项|本项)?$|^是否(?:涉及|适用)(?:该风险点?|此风险点?|本岗位|本项)?$"
    r"|^是否存在(?:该风险点?|此风险点?|本岗位)$"
)  # (a question of its own, '是否涉及“三重一大”事项', '本科室是否存在此类问题', asks no such thing)
_SUCCESSOR = LazyRe(
    r"由\s*((?:(?!由)[\u4e00-\u9fff·]){2,10}?)\s*(?:同志)?\s*(?:接任|接替)(?!前|后|人选)"
    r"|(?:[，,；;。]|^)\s*((?:(?!由)[\u4e00-\u9fff·]){2,10}?)\s*(?:同志)?\s*接任(?!前|后|人选)"
)
# who answers for a vacant post now: '现由站长逄樾岑负责', '暂由镇财政所会计郜砚湛代管'
_CARETAKER = LazyRe(
    r"(?<![原拟将])(?:现|暂|目前|暂时)?由\s*((?:(?!由)[\u4e00-\u9fff·]){2,14}?)\s*(?:同志)?\s*"
    r"(?:负责|兼管|代管|兼任|兼|代理|履职)(?!审核|审批|审查|监督|复核|把关|签字|考核|指导)"
)
_CLAUSE = LazyRe(r"[，,。；;（）()]")
# a note moving numbered items of a list to another holder in it ('第8、9项风险点改由村委会副主任
# 拓跋翀负责', '序号8—9调整为村文书负责', '第3项改由张三（副主任）负责'): the numbers, the word
# that moves them, who takes them and the duty word after him (``_moved_by_note``)
_MOVED_ITEMS = LazyRe(
    r"(?:第|序号)\s*(\d{1,3}(?:\s*(?:[—\-－~～至到、,，和及]+|[项条]、第|[项条][和及]第)\s*\d{1,3})*)"
    r"\s*[项条号]?\s*(?:所列|中的|的)?(?:廉政)?(?:风险点|风险|事项|工作|内容)?\s*(?:的)?"
    r"(?:责任人|责任岗位|防控责任)?\s*[，,]?\s*(?:现|已|均|统一|今后|自[^，,。；;由]{1,12}起)?\s*"
    r"(改由|调整为由|调整由|调整给|调由|转由|交由|划归|划给|移交给?|转交给?|改为由|由|调整为|改为)\s*"
    r"((?:(?!负责|承担|分管|主管|牵头)[^，,；;。：:\n由]){1,30}?)\s*(?:同志)?\s*"
    r"(?:(负责|承担|分管|主管|牵头)|(?=[，,；;。\n]|$))"
)
# what a '负责' goes on to say when it is no holder's charge: overseeing, leading, putting right
_NOT_HELD_AFTER = LazyRe(r"\s*(?:督导|督办|监督|指导|整改|审批|审核|配合|协调|牵头|统筹|汇总|填报)")
# a bracket in a holders table's heading saying its numbers are the list's ('对应上表序号')
_REFS_BRACKET = LazyRe(r"序号|编号|对应|上表|表中|风险点")
# between two people's names in one entry ('张晓明、李红梅')
_NAME_SEPARATORS = LazyRe(r"[、,，/／]")  # (not '和': a surname too)
# a roster's caption naming those who filled a list in or keep in touch, not its holders
_FILLERS = LazyRe(r"填报|填表|联络员|联系人|报送人|经办人")
# a band heading over another programme's risks: safety hazards, not integrity (一岗双责)
_SAFETY_BAND = LazyRe(r"安全生产风险|生产安全风险|双重预防|隐患排查|事故隐患|危险源")  # (not
# '食品安全风险', '资金安全风险', '安全生产执法检查': an integrity table's own areas of work)
_INTEGRITY_BAND = LazyRe(r"廉政|廉洁|腐败|作风")
# a map's caption saying its cells count or score, not the list's 序号
_MAP_COUNTS = LazyRe(r"[(（]\s*个\s*[)）]|个数|数量|计算|分值|风险值|得分|统计")
# a holder's cell naming every holder of a post, not one ('各科室主任', '全体股长', '各站所负责人')
_ALL_OF_A_POST = LazyRe(r"^(?:各|全体|所有)[\u4e00-\u9fff、]{1,12}$")  # (not _COLLECTIVE's)
_LOOSE_MOVE = {"由", "调整为", "改为"}  # (moving words that say so only with a duty word after)
# a line saying the work was re-divided, a plain '由…负责' then moving items
_REDIVIDED = LazyRe(r"调整|变动|调换|变更|重新分工|分工有变|交接|轮岗|调离|调入|接替|接任|不再")
_VACANT_SEAT = LazyRe(r"空缺|暂缺|缺岗|空岗|未配备|待配备|暂无人")
_PLANNED = LazyRe(r"拟|计划|将由|将于|原由|调离|离任|退休")
_NOW_BY = LazyRe(r"(?:现|暂|目前|暂时|现暂)由\s*$")
# a remark saying the post is vacant now, or who holds it at present
_VACANT_NOW = LazyRe(r"暂缺|空缺|缺岗|空岗|未配备|待配备|暂无|出缺|现由|目前由|暂由|兼任|兼管")
# a handover planned or for a time, a stand-in while away: no one who holds the post now
_NOT_YET = LazyRe(
    r"拟|计划|将由|将于|待|临时|暂|期间|代为|代管|挂职|时[，,由]|时$|AB|A/B|A、B|[AB]角|[AB]岗"
    r"|不在岗|请假|外出|休假|出差|轮岗|缺岗|顶岗"
)


def _successor_in(text: str) -> str:
    """The one a remark names as taking the post over ('该岗位由蒯昉湄接任', '苗向东退休，裘文静
    接任', '由副经理简立言接任'; the last of two), or ''."""
    if _NOT_YET.search(text):
        return ""
    name = ""
    for m in _SUCCESSOR.finditer(text):
        got = m.group(1) or m.group(2)
        if looks_like_name(got) and not is_post(got):
            name = got
        else:
            run = _post_run_name(got)
            if run and looks_like_name(run[1]):
                name = run[1]
    return name


_STAGE = LazyRe(r"(?:环节|阶段|步骤|流程|程序)$|^事[前中后]$|^(?:内部|外部|对内|对外)(?:风险)?$")
_ASPECT = LazyRe(r"^(?:内部|外部|对内|对外)")  # (sides of the risk, no steps of the work)
_HINT = LazyRe(r"[(（][^()（）]*[)）]")  # '（是/否）', '（填是或否）' after a heading
# a point column's heading naming the post its rows are (and who holds it): '工程管理部部长（亓璟翀）
# 岗位廉洁风险点', '出纳岗位廉政风险点'
_HEADING_POST = LazyRe(
    r"^(.{2,20}?)\s*(?:[（(]([^()（）]{2,4})[)）])?\s*(?:岗位?)?的?(?:廉政|廉洁)?风险点?(?:及表现形式)?$"
)


def _post_in_heading(label: str) -> tuple[str, str, str] | None:
    """The (科室, post, holder) a point column's heading names, where it names a post."""
    m = _HEADING_POST.match(squeeze(label))
    if not m:
        return None
    dept, title = split_dept_title(m.group(1))
    name = m.group(2) or ""
    if not title or not is_post(title) or (name and not looks_like_name(name)):
        return None
    if dept and not _dept_like(dept):
        return None  # ('中层干部风险点': a tier's points, no post)
    return dept, title, name


# a heading cell closing in a bracket: the heading, then what the bracket holds
_HEADING_BRACKET = LazyRe(r"^(.*?[^\s（(])\s*[（(]\s*([^()（）]{2,40}?)\s*[)）]\s*$")
# a bracket saying how to fill the column in, no holder: '（括号内注明主要表现）', '（分岗位填写）'
_BRACKET_NOTE = LazyRe(
    r"注明|填写|填报|标注|写明|列明|括号|括弧|多选|单选|选填|必填|隔开|分隔|等级|级别|类型|类别|表现|"
    r"描述|说明|主要|具体|示例|例如|包括|包含|以上|以下|各岗|岗位[:：]?$|每人|本人"
)


@lru_cache(maxsize=1 << 12)
def heading_bracket_holder(text: str) -> dict[str, str]:
    """The 科室, post and holder a bracket closing a heading cell names ('廉政风险点（接收征集科
    科长　张三）', '风险点（科长张三）', '序号（责任人：张三）', '风险点（办公室）' a 科室 alone),
    else {}: every part must be clearly a 科室, a post or a name; a bracket saying how to fill
    the column ('（括号内注明主要表现）', '（分岗位填写）', '（可多选）') is a note, no holder."""
    m = _HEADING_BRACKET.match(text.strip())
    if m is None:
        return {}
    inner = m.group(2).strip()
    if ":" in inner or "：" in inner:
        fields = _holder_fields(inner, labelled=True)  # '责任人：张三', '岗位：科长　姓名：张三'
        return {k: v for k, v in fields.items() if k in ("department", "title", "person")}
    if _BRACKET_NOTE.search(inner) or heading_role(_key(inner)) is not None:
        return {}  # a note on the column, or a heading word ('风险点（岗位）')
    return _holder_parts(inner)


# a stage band's holder column ('经办人', '审核人', '审批人', '复核人', '姓名')
_STAGE_HOLDER_HEAD = re.compile(
    r"^(?:(?:经办|承办|受理|初审|审核|复核|审查|审批|审定|签批|办理|责任)人|姓名)$"
)
_STAGE_BAND = re.compile(
    r"^(\S{1,8}?)(?:环节|阶段|程序)\s*[(（]\s*(?:分管|主管)?([^()（）\s]{2,8})\s*[)）]$"
)


def _stage_band_post(text: str) -> str:
    """The post a stage band's heading names in its bracket ('经办环节（股员）', '审批环节（分管
    副局长）' → '副局长'), else ''."""
    m = _STAGE_BAND.match(text.strip()) if text and len(text) <= 20 else None
    return m.group(2) if m and is_post(m.group(2)) else ""


def _band_holder(text: str) -> dict[str, str]:
    """The holder a band's merged cell names (``_holder_bands``): '登记科　科长　张三', '科长⏎张三',
    '科长（张三）', '科长张三' → its 科室, post and name; {} unless a post at least is clear."""
    s = text.strip()
    if not s or len(s) > 40:
        return {}
    m = POST_BRACKET_NAME.match(s)
    if m and looks_like_name(m.group(2)):
        s = f"{m.group(1)} {m.group(2)}"  # '科长（张三）'
    got = _holder_parts(s)
    parts = s.split()
    if not got and len(parts) == 3 and not looks_like_name(parts[0]):
        # '综合窗口　受理员　张三': before a post and its holder, the part is their 科室 (a 窗口,
        # 大厅 or 中队 the words alone may take for a post)
        got = _holder_parts(f"{parts[1]} {parts[2]}")
        got = {"department": parts[0], **got} if got and "department" not in got else {}
    return got if "title" in got else {}


def _holder_parts(inner: str) -> dict[str, str]:
    """A holder written in words parted by spaces or lines ('接收征集科　科长　张三', '科长张三',
    '办公室'): each part clearly a 科室, a post or a name, else {}."""
    parts = inner.split()

    def dept(v: str) -> bool:
        return _dept_like(v) and caption_identity(v) == ("department", v) and not is_post(v)

    def post(v: str) -> bool:
        return is_post(v) and not _dept_like(v) and not looks_like_name(v)

    def pair(v: str) -> dict[str, str]:
        got = _post_run_name(v)  # '科长张三', '科长 张三'
        if got is None or got[1] in NOT_A_NAME:
            return {}
        d, title = split_dept_title(got[0])
        if not title or not post(title) or (d and not dept(d)):
            return {}
        return {"department": d, "title": title, "person": got[1]} if d else {
            "title": title, "person": got[1]}  # fmt: skip

    if len(parts) == 1:
        v = parts[0]
        if got := pair(v):
            return got
        leaders = bool(LEADERS_GROUP.match(v))
        return {"department": v} if dept(v) or (leaders and _dept_like(v)) else {}
    if len(parts) == 2:
        a, b = parts
        if got := pair(f"{a} {b}"):
            return got
        if dept(a) or (_dept_like(a) and LEADERS_GROUP.match(a)):
            got = pair(b)
            if got and "department" not in got:
                return {"department": a, **got}
            if post(b):
                return {"department": a, "title": b}
        return {}
    if len(parts) == 3:
        a, b, c = parts
        if (
            (dept(a) or (_dept_like(a) and LEADERS_GROUP.match(a)))
            and post(b)
            and marked_name(c)
            and c not in NOT_A_NAME
            and not is_post(c)
        ):
            return {"department": a, "title": b, "person": c}
    return {}


# a column saying what makes each level: '判定标准', '评定依据', '划分条件'
# a flat tree's columns: each row's parent by its code, the row's own code, what kind of node
_PARENT_HEAD = LazyRe(r"^(?:上级|父级|父|上层|所属)(?:节点)?(?:编号|编码|代码|ID|id)$")
_NODE_CODE = LazyRe(r"^(?:本级|节点)?(?:编号|编码|代码|ID|id)$")
_NODE_KIND_HEAD = LazyRe(r"^(?:节点)?(?:类别|类型|层级|级次)$")
_NODE_KINDS = {
    "unit": {"单位", "机构", "单位名称"},
    "department": {"科室", "部门", "股室", "处室", "内设机构", "科室部门"},
    "title": {"岗位", "职位", "职务", "岗位名称"},
    "point": {"风险点", "风险", "廉政风险点", "风险事项"},
}
# a heading saying how several points of a cell are parted: '多个风险点用“；”隔开', '以分号分隔'
_PARTED_BY = LazyRe(
    r"(?:^|[（(])(?:[^（()）]*风险点|多个|各)?[^（()）表措形描]{0,4}(?:用|以)\s*[“\"「]?\s*(?:[；;]|分号)\s*[”\"」]?"
    r"\s*(?:隔开|分隔|分开|间隔)"
)
# the ordinals of items written on in one line: '一是…；二是…', '（1）…；（2）…', '1.…；2.…'
_INLINE_ORDINAL = LazyRe(
    r"(?:^|(?<=[；;。]))\s*(?:([一二三四五六七八九十])是|[（(]([一二三四五六七八九十])[)）]"
    r"|[（(](\d{1,2})[)）]|(\d{1,2})[.、．)）](?!\d)|([①②③④⑤⑥⑦⑧⑨⑩]))"
)
_CN_ORDER = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# ('①…；②…' under one level are one point's parts, as batch 148's list has them: not split)
_ORDINAL_FIRST = "一（(1"


def _inline_items(text: str) -> list[str] | None:
    """A cell listing its items on in one line, each opened by the next ordinal after a '；'
    or '。' ('一是A；二是B；三是C。'): the items without their ordinals; None where the cell does
    not open with the first, skips one, or has only one."""
    found = list(_INLINE_ORDINAL.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return None
    kinds = {m.lastindex for m in found}
    if len(kinds) != 1:
        return None  # ('一是…（1）…': a list inside an item)
    for i, m in enumerate(found, 1):
        g = m.group(m.lastindex)
        if m.lastindex in (1, 2):
            n = _CN_ORDER.index(g) + 1
        elif m.lastindex == 5:
            n = _CIRCLED.index(g) + 1
        else:
            n = int(g)
        if n != i:
            return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    items = [
        text[m.end() : e].strip().rstrip("；;。").strip() for m, e in zip(found, ends, strict=True)
    ]
    return items if all(len(x) >= 4 for x in items) else None


# a line naming a person and then his post: '从琰澍　土地收储股股长，负责…', '匡煦湄：主任。'
_STAFF_LINE = LazyRe(
    r"^([\u4e00-\u9fff]{2,4})(?:\s+|[:：]\s*)([^，,。；;:：\s]{2,16})(?:[，,。；;]|$)"
)
# tier sub-headings under one '岗位' heading, each over the posts of its tier
_TIER_HEADS = ("领导岗位", "中层岗位", "一般岗位")
# a label naming one of the posts a person holds: '主岗', '兼岗位', '第二岗位', '本职', '兼职'
_POST_LABEL = LazyRe(
    r"^(主|主要|本职|第一|兼|兼任|兼职|第二|第三|第四)(?:岗|岗位|职务|职位)?[:：]?$"
)
_WHICH_POST = {"主": "1", "主要": "1", "本职": "1", "第一": "1", "兼": "2", "兼任": "2", "兼职": "2",
               "第二": "2", "第三": "3", "第四": "4"}  # fmt: skip


def _post_label(text: str) -> str:
    """Which of a person's posts a label names ('主　岗', '本职岗位' → '1'; '兼岗' → '2'), else ''."""
    m = _POST_LABEL.match(label_key(text)) if text else None
    if m is None or m.group(1) in ("主", "兼") and len(label_key(text)) == 1:
        return ""  # ('主', '兼' alone are no labels of posts)
    return _WHICH_POST[m.group(1)]


# a labelled line of how a point shows, under it in its cell: '⏎表现形式：…', '⏎主要表现：…'
_SHOWS_LINE = LazyRe(r"\n\s*(?:主要|具体|风险)?表现(?:形式)?\s*[:：]\s*(.+)$", re.S)
# a 科室's tag opening a point: '【教务处】…', '〔办公室〕…', '[财务股]…'
_DEPT_TAG = LazyRe(r"^\s*[【〔\[［]\s*([^】〕\]］\s]{2,12}?)\s*[】〕\]］]\s*(?=\S)")
# a line telling a case of the risk under the point: '【以案说险】…', '典型案例：…', '【警示案例】…'
# a code opening with a level's numeral: 'Ⅰ-01', 'Ⅱ—03', '三级-2'
_LEVEL_CODE = LazyRe(r"^((?:Ⅰ|Ⅱ|Ⅲ|III|II|I|[一二三])级?)\s*[-—－_.．]\s*\d{1,3}$")
# a note saying the codes give the level: '风险编号由风险等级代码和顺序号组成', '编号中的Ⅰ、Ⅱ、Ⅲ表示风险等级'
_CODE_GIVES_LEVEL = LazyRe(
    r"(?:编号|编码|代码|代号)[^。；;，,\n]{0,10}(?:由|以|用|表示|代表|即|中的?|首位|前缀|开头|第一位|首字)"
    r"[^。；;，,\n]{0,12}(?:风险等级|风险级别|(?<!岗位)(?<!职务)(?<!干部)等级)"
    r"|(?:风险等级|风险级别|(?<![岗位职务干部])等级)[^。；;，,\n]{0,6}(?:体现|标注|标示|标明|注明|见|用|以)"
    r"[^。；;，,\n]{0,6}(?:编号|编码|代码)"
)
# the heads of a table of who took over which post: '原任人员 | 现任人员', '调整前 | 调整后'
_FORMER_HOLDER_HEAD = LazyRe(
    r"^(?:原任|原|调整前|变动前|轮岗前|交接前|移交)(?:人员|责任人|姓名|人)?$"
)
_NEW_HOLDER_HEAD = LazyRe(
    r"^(?:现任|现|调整后|变动后|轮岗后|新任|接任|接收)(?:人员|责任人|姓名|人)?$"
)
# a holder's (科室's, post's) sub-column of a year, or of before and after: '2024年', '上年', '现'
_HELD_ROLES = frozenset({"person", "title", "department"})
_SUB_YEAR = LazyRe(r"^(\d{4})年度?$")
_SUB_LAST_YEAR = LazyRe(r"^(?:上|去|上一)年度?$")
_SUB_THIS_YEAR = LazyRe(r"^(?:本|今|当)年度?$")


def _sub_time(label: str) -> int | str | None:
    """When a sub-heading says its column was written: the year (an int), 'a'/'b' for before
    and after (上年 | 本年, 原 | 现, 调整前 | 调整后); None for anything else."""
    s = squeeze(label)
    if not s:
        return None
    m = _SUB_YEAR.match(s)
    if m:
        return int(m.group(1))
    if _SUB_LAST_YEAR.match(s) or _FORMER_HOLDER_HEAD.match(s):
        return "a"
    if _SUB_THIS_YEAR.match(s) or _NEW_HOLDER_HEAD.match(s):
        return "b"
    return None


# a list ranked by level, and how many of each: '按风险等级由高到低排列，其中高风险点5个、中风险点6个'
_RANKED = LazyRe(
    r"(?:等级|级别|风险点?)[^。；;，,\n职岗]{0,3}(?:由|从)(高|低|一级|三级)(?:到|至|向)(?:低|高|三级|一级)"
    r"(?:依次)?排[列序]"
)
_LEVEL_COUNT = LazyRe(
    r"(高|中|低|一级|二级|三级|较高|较低)(?:风险)?(?:点|项)?(?:共|有)?(\d{1,3})(?:个|项|条)"
)
# a row of measures written in the point's column: '防控措施：⏎1.…', '预防措施:…'
_MEASURES_ROW = LazyRe(r"^\s*(?:防控|预防|控制|整改|防范)?措施\s*[:：]")
# two to four Han characters not ending as a post or a part does: a name after a holder's label
_PLAIN_NAME = LazyRe(
    r"[\u4e00-\u9fff]{1,3}[^\W\d_a-zA-Z长员任记理计纳师委室科股所站队部办组处局人责导]"
)
# a work item by a Chinese numeral ('（一）…', '一、…'); the first point under it ('1.…', '（1）…')
_CN_ITEM = LazyRe(
    r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*"
)
_FIRST_ITEM = LazyRe(r"^\s*(?:1\s*[.、．]|[（(]1[)）]|①)")
# a footer's label of who filled the form in or whom to ask, not its holder
_NOT_HOLDER_LABEL = LazyRe(r"^[^:：]{0,6}(?:联系|填报|填表|制表|经办|审核|编制|电话)")
# what a sheet of what each level means calls itself ('风险等级评定标准', '判定依据', '等级说明')
_CRITERIA = LazyRe(
    r"(?:评定|判定|分级|划分|认定|评估|确定)(?:标准|依据|办法)|(?:等级|级别|类型|风险)(?:说明|释义|定义|标准)"
)
# a notice's salutation, a line of its own: '笪玥泠同志：'
_SALUTATION = LazyRe(r"^\s*([\u4e00-\u9fff·]{2,6}?)\s*同志\s*[:：]\s*$")
_COUNT_NUMBER = LazyRe(r"\d+")
_CELL_NOTE = ("（以上", "(以上", "注：", "注:", "说明：", "说明:", "备注")
_BLANK_ITEMS = frozenset(("(空白)", "（空白）", "(blank)", "(Blank)", "(空)", "（空）"))
_ALL_OF_US = ("各", "全体", "相关", "有关", "广大", "亲爱", "尊敬", "同事", "大家")
# the post a notice says its addressee holds: '你所在的财政审计科科长岗位存在…'
_YOUR_POST = LazyRe(
    r"[你您](?:所在的?|担任的?|现任的?|所任的?)\s*([^，,。；;：:\s]{2,30}?)\s*(?:岗位|职务|一职)"
)
# a label of measures in a cell of its own ('防控措施', '主要防控措施')
_MEASURES_LABEL = LazyRe(r"(?:主要)?(?:防控|预防|防范|管控|控制|廉政防控)?措施[:：]?")
# a heading over the point and its measures: '廉政风险点及防控措施', '风险点与防范措施'
_POINT_AND_MEASURES = LazyRe(
    r"风险(?:点|事项|内容)?.{0,3}(?:(?:及|和|与|、|/)(?:其|对应的?|相应的?|具体的?|主要的?|的)?.{0,4}"
    r"|[（(]\s*(?:防控|防范|管控|预防|控制)?)措施"
)
# what a risk leads to, written after an arrow ('→造成国有资产流失', '→账实不符'), no measure
_CONSEQUENCE = LazyRe(
    r"^(?:从而|进而|容易|易|可能|将)?(?:造成|导致|引发|引起|致使|使得|带来|形成|产生|损害|影响)"
    r"|(?:受损|不符|流失|损失|失真|失控|外流|浪费|漏洞|隐患|被骗|被查|违纪|违法)$"
)
# what a cell beside the measures says that is no measure: a status, a note, a signature
_NOT_A_MEASURE = LazyRe(
    r"\s*(?:注|备注|说明|已|正在|尚未|未|本人|签字|签名|确认|[（(]?\d+[.、)）]|\d{4}\s*年)"
)
# a word a measure is made of ('实行', '公示', '双人', '集体研究' …)
_MEASURE_WORD = LazyRe(
    r"实行|建立|健全|严格|落实|执行|公示|公开|审核|复核|核验|核查|核实|双人|两人|集体|监督|检查|签字|登记"
    r"|台账|制度|规范|加强|完善|定期|轮岗|回避|备案|报批|审批|研究|承诺|留存|记录|培训|教育|比选|招标"
    r"|抽查|验收|核对|对账|把关|限时|全程"
)
# an arrow parting a point from its measures: '→', '⇒', '➔', '->', '——>', '=>'
_ARROW = LazyRe(r"\s*(?:[→⇒⇨⟶⟹➔➙➛➜➝➞➡⮕]|[-－—–=＝]{1,4}\s*[>＞])\s*")
# a numbered item ('（1）…', '1.…', '①…'): a line of measures on its own row; never a sign-off
# a heading saying what a bracket after the point holds: '（括号内注明主要表现）', '括号中为防控措施'
_BRACKET_SAID = LazyRe(
    r"括号[内中里]?.{0,6}?(表现|描述|情形|说明|措施|风险点|风险名称|风险事项|名称)"
)
# a point and the bracket closing its cell: '竣工验收监督（参加验收不到现场，…）'
_CLOSING_BRACKET = LazyRe(r"^([^()（）\n]+?)\s*[（(](.{2,})[)）]\s*$", re.S)
# characters that go on a phrase and do not open one: a line wrapped mid-way ('…个人说　　了算')
_PARTICLES = frozenset("了的地得着过们么呢吗吧之其而并且")
# spaces typed for a line break: three full-width ones or six half-width, or more
_PADDING = LazyRe(r"[ \u3000]*(?:\u3000[ \u3000]{2,}| {6,})[ \u3000]*")
# a mark opening a line as a list's bullet: '●', '■', '◆', '•', '·', '○', '□', '-', '——' (no ★ ☆
# ▲ △ √ ☑: levels, types and ticks)
_BULLET = LazyRe(r"^\s*(——|--|－－|[●■◆◇•·・○□◦▪▫◎◉►▶▸‣➢➤❖✦✧⚫⚪◼◻\-－—–])\s*")
# a numbered line of measures: '（1）', '1.', '①', '（一）', '一是'
_MEASURE_ITEM = LazyRe(
    r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳]|[（(][一二三四五六七八九十][)）]|[一二三四五六七八九十]是)"
)
# a point's closing bracket naming the numbers of its measures: '（对应措施2、3）', '（措施：1—3）',
# '(见防控措施第2条)'
_MEASURE_REF = LazyRe(
    r"\s*[（(]\s*(?:对应|见|详见|参见|参照)?\s*(?:防控|防范)?措施\s*(?:序号|编号)?\s*[:：]?\s*"
    r"(?:第\s*(\d{1,2}(?:\s*[、,，和及至到\-—–~～]\s*\d{1,2})*)\s*(?:项|条|点)?"
    r"|(\d{1,2}(?:\s*[、,，和及至到\-—–~～]\s*\d{1,2})*))\s*[)）]\s*[。；;]?\s*$"
)


def _numbered_items(text: str) -> dict[int, str]:
    """A cell of numbered lines ('1.…⏎2.…', lines wrapped go on the item before): number → the
    line as written; {} where the cell does not open with item 1 or skips a number."""
    items: dict[int, str] = {}
    last = 0
    for line in text.split("\n"):
        m = _NUMBER_ON.match(line)
        if m and int(m.group(1)) == last + 1:
            last += 1
            items[last] = line.strip()
        elif last and line.strip():
            items[last] += line.strip()
        elif line.strip():
            return {}
    return items


# a numbered line's number: '2.…', '（3）…', '4、…'
_NUMBER_ON = LazyRe(r"(?m)^\s*[（(]?(\d{1,2})[)）.、．]")
_ITEM_LINE = LazyRe(r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])")
# a heading over both the type and the level: '风险类别及等级', '风险类型和级别'
_TYPE_AND_LEVEL = LazyRe(r"(?:类型|类别).{0,2}(?:等级|级别)")
# a roster's column of the posts each person holds: '承担岗位', '兼任岗位', '分工岗位'
_POSTS_HELD = LazyRe(
    r"^(?:承担|分工|兼任|负责|所任|担任|兼)(?:的)?岗位$"
)  # ('兼…': besides his own)
# a column of a table of holders naming the points each answers for by the list's 序号:
# '负责风险点序号', '对应风险点', '风险点编号', '负责事项序号', '承担风险点', '分管事项编号'
_POINT_REFS_HEAD = LazyRe(
    r"^(?:(?:负责|对应|承担|分管|分工|包含|所含|涉及|具体负责)的?(?:廉政|廉洁)?"
    r"(?:风险点?|风险事项|事项|风险点位|风险点项目)(?:序号|编号|号|号码)?"
    r"|(?:廉政|廉洁)?(?:风险点|风险事项|事项)(?:序号|编号|号码))$"
)
# a post's or holder's code: 'A', 'B、D', 'C2', '3', '①', '甲'
_HOLDER_CODE = LazyRe(
    r"^(?:[A-Za-z]{1,2}\d{0,2}|\d{1,2}|[①-⑳]|[甲乙丙丁戊己庚辛壬癸])"
    r"(?:\s*[、,，/／]\s*(?:[A-Za-z]{1,2}\d{0,2}|\d{1,2}|[①-⑳]|[甲乙丙丁戊己庚辛壬癸]))*$"
)
# each kind of code as a legend writes it: letters, digits, circled numbers, 甲乙丙
_CODE_KINDS = {
    "A": r"[A-Za-z]{1,2}\d{0,2}",
    "1": r"\d{1,2}",
    "①": r"[①-⑳]",
    "甲": r"(?<![\u4e00-\u9fff])[甲乙丙丁戊己庚辛壬癸]",
}
_CODE_SEP = r"[—–\-－:：=＝.．、]+|为|是|指"


def _code_kind(code: str) -> str:
    """The kind of a code: 'A' (letters), '1' (digits), '①' or '甲'."""
    c = code[0]
    if "①" <= c <= "⑳":
        return "①"
    return "A" if c.isascii() and c.isalpha() else "1" if c.isascii() and c.isdigit() else "甲"


@cache
def _code_legend_re(kinds: frozenset[str]) -> re.Pattern:
    """A legend line's entries for codes of these kinds — 'A—所长　张三；B—…', '①所长张三 ②…',
    '甲：办公室主任' — as (code, what it stands for); compiled on first use (most sheets have
    none). Only the column's kinds count: '注：1.…填写代码：A—…' is no entry '1'."""
    alts = "|".join(_CODE_KINDS[k] for k in sorted(kinds))
    return re.compile(
        rf"(?<![A-Za-z0-9])({alts})(?:\s*(?:{_CODE_SEP})\s*|(?<=[①-⑳])\s*)"
        rf"([^；;。\n，,:：①-⑳]{{2,30}}?)"
        rf"(?=\s*(?:[；;。\n，,①-⑳]|$)|\s+(?:{alts})\s*(?:{_CODE_SEP}))"
    )


# an entry of a map of holders by stage: '接警受案—值班民警　张三' (the stage, a dash, post and name)
_STAGE_ENTRY = LazyRe(
    r"([^\s；;、，,。:：\n—–\-－─→]{2,14})\s*(?:—+|–|－+|-+|─+|→)\s*"
    r"([^；;、，,。\n—–\-－─→]{2,30}?)\s*(?=[；;、，,。\n]|$)"
)
_STAGE_HEAD_WORDS = ("环节", "流程", "节点", "步骤", "程序")
_STAGE_NOISE = LazyRe(r"^(?:[0-9０-９①-⑳]+|[一二三四五六七八九十]+(?=[、.．]))|[\W_]+")


def _stage_key(text: str) -> str:
    """A stage as compared: no spaces, punctuation or leading number ('1．接警 受案' → '接警受案')."""
    return _STAGE_NOISE.sub("", text) if text else ""


def _stage_holder(said: dict[str, str]) -> tuple[str, str, str] | None:
    """A stage's (科室, post, holder) from the parts a map's cells give by role; a holder's cell
    may hold the post too ('股长　张三', '养老保险股股长　张三'). None where it names no one."""
    dept, title, name = said.get("department", ""), said.get("title", ""), said.get("person", "")
    if name and not title and (meaning := _code_meaning(name, "person")) is not None:
        dept, title, name = dept or meaning[0], meaning[1], meaning[2]
    if name and not looks_like_name(name):  # ('河湖股 | 股长' under '岗位 | 责任人': no one)
        title, name = title or name, ""
    if title and not name:
        dept2, title = split_dept_title(title)
        dept = dept or dept2
    return (dept, title, name) if title or name else None


def _stage_match(key: str, said: list[str]) -> str | None:
    """The map's stage for a list's stage ``key``: the same one, else the only one holding it or
    held by it ('受案' in '接警受案'); None where none or several do."""
    if not key:
        return None
    if key in said:
        return key
    near = [k for k in said if len(k) >= 2 and (key in k or k in key)]
    return near[0] if len(near) == 1 else None


# a list keyed by a window's or a desk's number ('窗口 | 窗口名称 | 廉政风险点', '1号窗口' …)
_WINDOW_WORDS = ("窗口", "柜台", "服务台")
# the heading of a window's number in a map of holders: '窗口', '窗口号', '服务窗口', '柜台号'
_WINDOW_HEAD = LazyRe(r"^(?:服务|办事|业务|所在)?(?:窗口|柜台|服务台)(?:号|号码|编号|序号)?$")
_WINDOW_NO = r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})"
# a window named by its number in a map's text: '1号窗口', '1号', '窗口1', '一号窗口', 'A2号柜台'
_WINDOW_MARKS = (
    rf"第?[A-Za-zＡ-Ｚ]{{0,2}}{_WINDOW_NO}(?:[号#](?:窗口|柜台|服务台|台)?|窗口|柜台|服务台)"
    rf"|(?:窗口|柜台)[A-Za-zＡ-Ｚ]{{0,2}}[0-9０-９]{{1,3}}号?"
)
_WINDOW_MARK = LazyRe(_WINDOW_MARKS)
_WINDOW_KEY = LazyRe(
    rf"^第?(?:窗口|柜台)?([A-Za-zＡ-Ｚ]{{0,2}})({_WINDOW_NO})[号#]?(?:窗口|柜台|服务台|台)?$"
)
# an entry of a line of windows' holders: '1号窗口：张三', '2号窗口—受理员　李四'
_WINDOW_ENTRY = LazyRe(
    rf"((?:{_WINDOW_MARKS}))\s*(?:[:：]|—+|–|－+|-+|→|\s)\s*"
    r"([^；;、，,。\n:：—–\-－→]{2,30}?)\s*(?=[；;、，,。\n]|$)"
)
# the caption over a floor plan of the hall: '政务服务大厅窗口分布示意图', '窗口平面布局图'
# no box of a plan under its windows ('大　门（入口）' is): a long text or a labelled field
_NO_BOX = LazyRe(r"[:：]|\S(?:\s*\S){8}")
_BOX_BUSINESS = LazyRe(r"[（(][^（()）]*[）)]\s*$")
_PLAN_CAPTION = LazyRe(r"示意图|平面图|分布图|布局|布置图|分布情况|(?:窗口|大厅)分布")


def _window_key(text: str) -> str:
    """A window as compared, by its number: '1号窗口', '1号', '窗口1', '一号窗口', '１' → '1';
    'A05' → 'A5'. '' for anything else ('综合窗口', '窗口')."""
    m = _WINDOW_KEY.match(squeeze(text)) if text else None
    if m is None:
        return ""
    n = m.group(2).translate(_FULLWIDTH_DIGITS)
    number = int(n) if n.isdigit() else _chinese_count(n)
    return f"{m.group(1).upper()}{number}" if number else ""


def _chinese_count(said: str) -> int:
    """'三' → 3, '十二' → 12, '二十' → 20; 0 where not a number."""
    digits = "一二三四五六七八九"
    tens, ten, ones = said.partition("十")
    if not ten:
        return digits.index(said) + 1 if len(said) == 1 and said in digits else 0
    if len(tens) > 1 or len(ones) > 1 or not set(tens + ones) <= set(digits):
        return 0
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def _window_match(key: str, said: list[str]) -> str | None:
    """The map's window for a list's window ``key``: the same number, nothing near ('1' is no
    '11')."""
    return key if key and key in said else None


def _window_keyed(t: _Table, rows: list[RawRisk]) -> bool:
    """A list whose only holder-like column is a window's number ('窗口 | 1号窗口', '窗口号 | 3')."""
    dc = t.roles.get("department")
    if dc is None or "title" in t.roles or "person" in t.roles or not t.header:
        return False
    h = t.header[0].get(dc)
    if h is None or not h.word.endswith(_WINDOW_WORDS):
        return False  # (the cheap test: '科室', '股室' are most such columns)
    said = [rr.department for rr in rows if rr.department.strip()]
    return bool(said) and all(_window_key(v) for v in said)


def _window_box(text: str) -> tuple[str, tuple[str, str, str]] | None:
    """A box of a hall's floor plan: '1号窗口⏎企业开办⏎张三' (its number, its business, its
    holder; '1号窗口　不动产登记　李四' in one line alike) → (window, (科室, post, holder)); the
    business is no post. None for a box naming no one ('咨询引导台', '1号窗口⏎企业开办')."""
    parts = [p for p in text.strip().split("\n") if p.strip()]
    if len(parts) < 2:
        parts = text.split()
    if len(parts) < 2:
        return None
    key = _window_key(_BOX_BUSINESS.sub("", parts[0]))  # ('1号窗口（企业开办）')
    if not key:
        return None
    last = parts[-1].strip()
    if HOLDER_SPLIT.search(last):
        return None  # ('张三、李四': two at one window, the box cannot say whose points)
    meaning = _code_meaning(last, "person")
    if meaning is None or not meaning[2]:
        return None
    return key, meaning


def _window_names(t: _Table, rows: list[RawRisk], value) -> dict[int, str]:
    """The list's own names of its windows by row ('窗口名称 | 企业开办窗口', merged over the
    window's rows): row → the name, the window's post."""
    cols = [
        c
        for c, role in t.col_role.items()
        if role in ("other", "department")
        and c != t.roles.get("department")
        and _WINDOW_NAME_HEAD.search(squeeze(t.header[1].get(c, "")) if t.header else "")
    ]
    if not cols:
        return {}
    return {rr.row: v for rr in rows if (v := value(rr.row, cols[0]))}


_WINDOW_NAME_HEAD = LazyRe(r"窗口(?:名称|业务|职能|类别|类型)|业务(?:名称|类别|类型|范围)|办理业务")


# a risk code that begins with its post's code: 'S01-1', 'G02－2', 'A1' (the post 'A')
_PREFIX_CODE = LazyRe(r"^[A-Za-z]{1,3}\d{0,3}\s*[-－—–_.．]\s*\d{1,3}$|^[A-Za-z]{1,3}\d{1,4}$")
_PREFIX_SPLIT = LazyRe(r"^([A-Za-z]{1,3}\d{0,3})\s*[-－—–_.．]\s*\d{1,3}$")
_CODE_CAPTION = LazyRe(r"代码|代号|编码|对照")
# a risk code's column: unclaimed, or '编号' read as the 序号 ('K1-1' is no number)
_CODE_COL_ROLES = (None, "other", "seq")
# a list naming any of these needs no holder by its codes
_NO_PREFIX_ROLES = frozenset({"title", "person", "department", "unit", "workflow"})
# a holder's staff number: 'SJ2501', 'GH-07', 'A1', '20250113' (letters then digits, or digits)
_STAFF_NO = r"(?:[A-Z]{1,4}[-－_]?\d{1,8}|\d{3,10})"
# a cell of one or more ('SJ2502、SJ2503', 'SJ2502⏎SJ2503'), upper-cased
_STAFF_NOS = LazyRe(rf"^{_STAFF_NO}(?:\s*[、,，/／;；\s]\s*{_STAFF_NO})*$")
# a key table's number (lower case allowed: the table's keys are upper-cased as read)
_STAFF_KEY = LazyRe(rf"^(?i:{_STAFF_NO})$")
# a heading of holders' numbers: '责任人编号', '人员编号', '责任人代码', '职工工号' (not '编号')
_STAFF_HEAD = LazyRe(
    r"(?:责任人|责任人员|人员|职工|员工|干部|工作人员)(?:编号|代码|代号|编码|工号)$|^工号$"
)
# the columns a list may hold its holders' numbers in ('责任人编号' unclaimed, '责任人 | SJ2501')
_STAFF_COL_ROLES = (None, "other", "seq", "person", "title")


def _code_prefixes(code: str) -> list[str]:
    """The post codes a risk code may begin with, the longest first: 'S01-1' → ['S01'];
    'A12' → ['A1', 'A'] (which one the code table lists decides)."""
    m = _PREFIX_SPLIT.match(code)
    if m:
        return [m.group(1)]
    letters = code.rstrip("0123456789")
    return [code[:k] for k in range(len(code) - 1, len(letters) - 1, -1)] or [code]


def _prefix_code_col(t: _Table, sh: _Sheet, rows: list[RawRisk]) -> int | None:
    """The list's column of risk codes that begin with a post's code ('风险编码 | S01-1'), where
    the list has no holder's column of its own."""
    if not t.header or _NO_PREFIX_ROLES & t.roles.keys():
        return None
    for c, k in t.header[1].items():
        if k and t.col_role.get(c) in _CODE_COL_ROLES and _CODE_HEAD.search(squeeze(k)):
            if all(_PREFIX_CODE.match(_prefix_code_value(sh, rr.row, c)) for rr in rows):
                return c
    return None


def _staff_cell(sh: _Sheet, row: int, col: int) -> str:
    """A cell of staff numbers as compared: upper-cased, its line breaks kept (they part them)."""
    return sh.rows[row][col].strip().upper() if col < len(sh.rows[row]) else ""


def _staff_key_head(text: str) -> bool:
    """A key table's number heading: '人员编号', '编号', '工号'."""
    return bool(_CODE_HEAD.search(text)) or text.endswith("工号")


def _prefix_code_value(sh: _Sheet, row: int, col: int) -> str:
    return squeeze(sh.rows[row][col]).upper() if col < len(sh.rows[row]) else ""


def _split_post(given: tuple[str, str, str]) -> tuple[str, str, str]:
    """A code table's row with no 科室 of its own: the 科室 its post opens with ('财务室会计')."""
    dept, title, name = given
    if dept or not title:
        return given
    dept, title = split_dept_title(title)
    return dept, title, name


def _code_meaning(said: str, role: str) -> tuple[str, str, str] | None:
    """What a legend gives a code ('所长　闾蘅湉', '馆长瞿望川', '培训部主任'; a holder's code may
    stand for a name alone): (科室, post, holder), or None where it names no post (and, for a
    holder's code, no person either) — a level's or a type's legend is none of these."""
    said = said.strip()
    parts = said.split()
    name = parts[-1] if len(parts) > 1 else ""
    post = " ".join(parts[:-1]) if name else said
    if not name:  # ('馆长瞿望川': the post, then the name, no space)
        run = _post_run_name(said)
        if run:
            post, name = run
    if name and HOLDER_SPLIT.search(name):
        name = ""  # ('阙知微、冼书白': two hold the post, the legend cannot say whose)
    elif name and not looks_like_name(name) and not (HAN_NAME.match(name) and len(name) <= 4):
        post, name = said, ""
    dept, title = split_dept_title(squeeze(post))
    if title and is_post(title):
        return dept, title, name
    if role == "person" and not name and looks_like_name(squeeze(said)):
        return "", "", squeeze(said)  # ('A—闾蘅湉': the holder only)
    return None


_CASE_LINE = LazyRe(
    r"\n\s*(?:【[^】\n]{0,4}案例[^】\n]{0,4}】|【以案[^】\n]{1,3}】"
    r"|(?:典型|警示|相关)?案例(?:链接|分析|剖析|警示)?[:：]|以案[说释示为明促][^:：\n]{0,2}[:：])"
)
# a note saying a level is written at the first of a run of equal ones, the rest left blank
_LEVEL_ONCE = LazyRe(
    r"(?:只|仅)在第一(?:项|行|条)(?:填写?|标注|注明|写)(?:风险)?(?:等级|级别)"
    r"|(?:等级|级别)相同的?[^。；;\n]{0,12}(?:只|仅)(?:填写?|写|标注)第一(?:项|行|条)"
    r"|(?:等级|级别)[^。；;，,\n]{0,4}(?:留空|空白|空着|未填)的?[，,]?(?:表示|即|视为|为)?"
    r"(?:同上|与上一?(?:项|行|条)相同)"
    r"|(?:等级|级别)与上一?(?:项|行|条)相同的?不再填写?"
)


# a grade in brackets closing a caption: '（风险等级：高）', '（一级风险）', '(高)'
# (a bare class or rank in brackets, '（三级）', '（二类）', '（中级）', '（一般）', is no grade)
_MATTER_GRADE = LazyRe(
    r"(?:[(（【\[]\s*|\s+)(?:(?:风险)?(?:等级|级别|等次)\s*[:：为]\s*)?"
    r"((?<=[:：为])[^()（）【】\[\]:：\s]{1,4}|[^()（）【】\[\]:：\s]{1,3}风险|(?<=[(（【\[])(?:较高|较低|高|中|低)(?=[)）】\]]))"
    r"\s*[)）】\]]?\s*$"
)


# words of misconduct: a text with them is a risk point, not a work item ('违规登记', '公车私用');
# no nouns of the work itself ('公务宴请', '礼品管理' are items)
_MISCONDUCT = LazyRe(
    r"违规|违反|违纪|私自|私用|泄露|泄密|收受|索要|索取|吃拿卡要|优亲厚友|弄虚作假|虚报|虚列|虚增|套取|挪用|侵占|截留"
    r"|贪污|受贿|贿赂|不作为|乱作为|失职|渎职|徇私|滥用|插手|干预|暗箱|串通|围标|偏袒|刁难|拖延|推诿|超标|选择性"
    r"|擅自|不按|未按|不严|走过场|谋取|谋私|私分|以权|利益输送|通风报信|包庇|纵容|疏于|放松|缺位|不力|不到位|失察"
)
_CATEGORY_ENDS = ("管理", "岗位", "成员", "人员", "工作", "事项", "领导", "干部", "职工")


def _item_then_point(rows: list[list[str]], c: int, config) -> bool:
    """Column ``c`` holds short work items, each merged down over several rows (written at the
    first of them only), and the column right of it a longer text on every row: item, then
    point. Levels, types or marks on the left are no items."""
    left = [row[c].strip() if c < len(row) else "" for row in rows]
    right = [row[c + 1].strip() if c + 1 < len(row) else "" for row in rows]
    said = [x for x in left if x]
    points = [x for x in right if x]
    if len(points) < 3 or not said or any(len(x) > 16 for x in said):
        return False
    if len(points) - len(said) < 2 or len(said) * 5 > len(points) * 4:
        return False  # (an item written on (nearly) every row: two texts of one point)
    if sum(1 for x in said if _MISCONDUCT.search(x)) * 4 > len(said):
        return False  # ('违规登记', '吃拿卡要' on the left: the points, their descriptions beside)
    if any(config.level(x) or config.types(x)[0] or not HAN_TEXT.search(x) for x in said):
        return False  # ('高', '岗位职责', '★' on the left: the point's level, type or mark)
    return sum(map(len, points)) > sum(map(len, said)) * len(points) / len(said)


def _heading_type(text: str, config) -> str:
    """The type a point column's heading names ('思想道德风险点', '制度机制类风险'): the type, or ''
    ('廉政风险点', '岗位职责及风险点' name none)."""
    text = squeeze(text)
    m = re.search(r"[（(]([^()（）]{2,8})[)）]$", text)
    if m and "风险" in text[: m.start()]:
        text = m.group(1)  # '廉政风险点（思想道德）': the type in brackets
    elif "风险" not in text or any(w in text for w in ("及", "和", "与", "、", "/")):
        return ""  # ('岗位职责及廉政风险点': the duties and the points, no type)
    head = re.sub(r"(?:风险点?|廉政风险点?|类)+$", "", text)
    if not head or len(head) > 8:
        return ""
    known, unknown = config.types(head)
    if len(known) != 1 or unknown or (head.startswith("岗位") and not head.startswith("岗位职责")):
        return ""  # ('岗位风险点', '岗位廉政风险点' name the post's risks, no type)
    return known[0]


def _heading_level(text: str, config) -> str:
    """The level a point column's heading names ('高风险点', '二级风险点'), not a post's grade
    ('高风险岗位风险点'): the level word, or ''."""
    head = squeeze(text)
    return "" if "岗位" in head else caption_level(head, config)


def _labelled_fields(text: str) -> dict[str, str]:
    """A cell of several labelled fields on one line, spaced apart ('风险点1：小型水库…　　风险
    等级：一级　　风险类型：制度机制风险'): role → value, where it opens with the point's label
    and names a level or a type too; {} otherwise."""
    if "风险" not in text[:4] or text.count("：") + text.count(":") < 2:
        return {}
    marks = list(_FIELD_LABEL.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return {}
    out: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        h = heading_role(_key(re.sub(r"\d+$", "", m.group(1))))
        if h is None or h.role not in ("risk_point", "risk_level", "risk_type", "measures"):
            return {}
        out.setdefault(h.role, text[m.end() : end].strip().rstrip("；;，,").strip())
    return out if "risk_point" in out and len(out) >= 2 else {}


# a field's label inside a line of several: '风险点1：', '风险等级：', '风险类型：'
_FIELD_LABEL = LazyRe(
    r"(?:^|(?<=[\s；;，,]))((?:风险点|风险等级|风险级别|风险类型|风险类别|防控措施)\s*\d*)\s*[:：]"
)


def _labelled_cell(text: str) -> tuple[str, str] | None:
    """A box of one field and its value ('风险点：泄露…', '风险等级：中', '防控措施：…'):
    (role, value), or None."""
    if "：" not in text and ":" not in text:
        return None
    m = _LINE_LABEL.match(text)  # (the label of a cell's line, as ``_labelled_lines`` reads it)
    value = text[m.end() :].strip() if m is not None and len(m.group(1)) <= 8 else ""
    if not value:
        return None
    h = heading_role(_key(m.group(1)))
    if h is None or h.strength < 2:
        return None
    if h.role not in ("risk_point", "description", "risk_level", "risk_type", "measures"):
        return None
    return h.role, value


_ARROWS = frozenset("→←↑↓⇒⇓⬇➡")
# a heading over swim lanes names a flow ('业务流程', '工作流程', '流程图', '办理环节', '操作步骤')
_FLOW_HEAD = LazyRe(r"流程|环节|步骤")
# what a swim lane holds that is no step: the flow's arrows ('↓', '↓↓', '⇩') and its ends
_FLOW_MARK = LazyRe(r"[→←↑↓⇒⇓⬇➡⇩⇨⇧⇦↘↙↗↖]+|[(（]?(?:流程)?(?:开始|结束)[)）]?")
# a swim lane of the one the procedure serves, not a holder ('申请人', '服务对象', '办事群众')
_OPEN_LANE = LazyRe(
    r"(?:办事|申请|申报)?(?:申请人|申报人|申请单位|申报单位|服务对象|群众|企业|当事人|"
    r"(?:行政|管理)?相对人)(?:[(（][^()（）]{1,8}[)）])?"
)


def _lane_holders(sub: range, subs: list[str]) -> dict[int, str] | None:
    """Swim lanes' holders under a flow heading: lane → 'post⏎name' of each lane headed with a
    post and its holder ('受理员⏎郇璟沨'), the applicant's ('申请人') left out; None unless every
    other lane names one, two at least, each once."""
    held: dict[int, str] = {}
    for x, v in zip(sub, subs, strict=True):
        if _OPEN_LANE.fullmatch(squeeze(v)):
            continue
        post, name = _tick_post(v)
        if not (name and is_post(post)):
            return None
        held[x] = f"{post}\t{name}"
    return held if len(held) >= 2 and len(set(held.values())) == len(held) else None


def _lane_steps(rows: list[list[str]], lanes: range) -> bool:
    """Whether the cells under post columns are a swim-lane chart's steps: text (not marks)
    in at least two lanes, and rows whose step stands in some lanes and not in others
    ('摸排需求' in the 业务员's lane, the 经理's empty), not every lane written on every row."""
    used: set[int] = set()
    apart = False
    for row in rows:
        said = [x for x in lanes if x < len(row) and row[x] and HAN_TEXT.search(row[x])]
        said = [x for x in said if not _FLOW_MARK.fullmatch(squeeze(row[x]))]
        if said:
            used.update(said)
            apart = apart or len(said) < len(lanes)
    return len(used) >= 2 and apart


def _box_holder(text: str) -> tuple[str, str, str] | None:
    """A box naming a 科室 over a post and its holder ('受理指派科⏎受理员　郏湑蘅'), or a post
    and its holder alone: (科室, post, holder), or None."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if not 1 <= len(lines) <= 2:
        return None
    dept = squeeze(lines[0]) if len(lines) == 2 else ""
    if dept and not _dept_like(dept):
        return None
    parts = lines[-1].replace("\u3000", " ").split()
    if len(parts) == 2 and is_post(parts[0]) and looks_like_name(parts[1]):
        return dept, parts[0], parts[1]
    if len(parts) == 1 and dept and is_post(parts[0]):
        return dept, parts[0], ""
    return None


def _holder_words(text: str) -> list[str]:
    """The post and name words of a holder a note names ('村委会副主任拓跋翀', '张三（副主任）',
    '村文书'), [] where it names none ('二级', '各科室')."""
    parts = [x for x in re.split(r"[（）()\s\u3000、/]+", text) if x]
    out: list[str] = []
    for x in parts:
        run = _post_run_name(x)
        out.extend(run if run else [x])
    return [x for x in out if is_post(x) or looks_like_name(x)]


def _post_and_holder(h: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """A list's holder (unit, 科室, post, name) with a name written in his post's cell taken out
    ('所长（晏知秋）', '所长　晏知秋', '所长晏知秋'), as a note names him."""
    unit, dept, title, person = h
    if person or not title:
        return h
    m = re.fullmatch(r"(.+?)\s*[（(]([^（）()]+)[)）]", title.strip())
    if m and looks_like_name(m.group(2)):
        return unit, dept, m.group(1), m.group(2)
    post, _sp, name = squeeze(title).replace("\u3000", " ").partition(" ")
    if name and looks_like_name(name):
        return unit, dept, post, name
    run = _post_run_name(squeeze(title))
    return (unit, dept, *run) if run else h


def _moved_to(
    who: str, holders: list[tuple[str, str, str, str]]
) -> tuple[str, str, str, str] | None:
    """The one holder of a list (unit, 科室, post, name) a note moving items names (``who``:
    '村委会副主任拓跋翀', '拓跋翀', '村文书', '张三（副主任）'), else None: a name in the list
    decides (his post, where he holds two); a name not in it is no one's; else the longest post
    of the list the words hold (its 科室 deciding between two), else the one holder of a 科室."""
    named = [h for h in holders if h[3] and h[3] in who]
    if named:
        if len({h[3] for h in named}) > 1:
            return None
        if len(named) > 1:
            named = [h for h in named if h[2] and h[2] in who]
        return named[0] if len(named) == 1 else None
    if any(looks_like_name(x) and not is_post(x) for x in _holder_words(who)):
        return None  # ('改由李四负责', no 李四 in the list)
    posts = [h for h in holders if h[2] and h[2] in who]
    if not posts:
        posts = [h for h in holders if h[2] and is_post(who) and h[2].endswith(who)]
    if posts:
        most = max(len(h[2]) for h in posts)
        posts = [h for h in posts if len(h[2]) == most]
        if len(posts) > 1:
            posts = [h for h in posts if h[1] and h[1] in who] or posts
        return posts[0] if len(posts) == 1 else None
    parts = [h for h in holders if h[1] and h[1] in who]
    return parts[0] if len(parts) == 1 else None


def _point_numbers(text: str) -> list[int]:
    """The numbers of points a cell names ('1、2', '4—5', '第6至8项', '1-11', '第1项、第3项'),
    or [] when it says anything else."""
    t = _ITEM_WORDS.sub("", squeeze(text)) if "项、" in text or "条、" in text else squeeze(text)
    m = _POINT_NUMBERS.fullmatch(t)
    if not m:
        return []
    out: list[int] = []
    for a, b in _NUMBER_RUN.findall(m.group(1)):
        lo, hi = int(a), int(b or a)
        if hi < lo or hi - lo > 99:
            return []
        out.extend(range(lo, hi + 1))
    return out


# each number's own 第 and 项 in a list of them ('第1项、第3项'); the first 第 and last 项 stay
_ITEM_WORDS = LazyRe(r"(?<=\d)[项条](?=、第?\d)|(?<=、)第(?=\d)")
# a holder's cell naming every point of the list, no numbers
_EVERY_POINT = LazyRe(r"(?:以上)?(?:全部|所有|全体)(?:风险点|事项|项目|各项)?")
_NUMBER_RUN = LazyRe(r"(\d{1,3})(?:[—\-－~～至到]+(\d{1,3}))?")
_POINT_NUMBERS = LazyRe(
    r"(?:第|序号)?((?:\d{1,3}(?:[—\-－~～至到]+\d{1,3})?)(?:[、,，.．和及](?:\d{1,3}(?:[—\-－~～至到]+\d{1,3})?))*)"
    r"(?:项|条|号)?(?:风险点)?"
)


def _post_and_name(text: str) -> tuple[str, str] | None:
    """'二、副局长　邴翊淙（分管社会救助股，联系县救助管理站）', '一、局长：甯澍岚': the post and the
    name a group line gives, its numbering and a bracket after it left off; else None."""
    bare = re.sub(r"[(（][^()（）]*[)）]\s*$", "", NUMBERING.sub("", text.strip(), count=1)).strip()
    parts = [x for x in re.split(r"[\s\u3000:：]+", bare) if x]
    if len(parts) != 2 or not is_post(parts[0]) or not _lead_name(parts[1]):
        return None
    return parts[0], parts[1]


# two-character words of work a leader's line may name after his post ('副局长　国土')
_WORK_WORDS = frozenset(
    "国土 信访 卫生 文化 应急 全盘 包村 车辆 程序 林草 林场 林业 林政 高速 石化 范围 许可 安全 党建 "
    "纪检 财务 人事 宣传 统战 武装 政法 综治 民政 城建 农业 水利 交通 教育 科技 环保 社保 医保 扶贫 "
    "招商 经济 项目 工会 妇联 团委 后勤 审批 执法 规划 国资 金融 商务 旅游 体育 档案 保密 机要 督查 "
    "考核 组织 纪律 作风 廉政 党务 政务 办公 外事 侨务 民族 宗教 老干 计生 残联 工商 税务 统计 审计 "
    "物价 粮食 供销 市场 质监 安监 消防 人防 气象 地震 水务 电力 通信 邮政 住建 城管 环卫 园林 市政 "
    "房管 征收 拆迁 土地 矿产 测绘 种植 畜牧 水产 农机 农经 农技 乡村 司法 公安 法院 检察 高新 田间 "
    "石油 周转 马路 龙头 夏粮 陈列 余额 黄金 文旅 文体 卫健 安置 移民 防汛 森林 草原 河长 湖长 农林 党群 全面 "
    "包片 农村 平安 文明 安环 文教 文卫 商贸 景区 经发 社事 城乡 环境 生态 规建 财经 党政 纪委 政协 人大 "
    "统筹 协调 联系 常务 日常 机关 群团 青年 老龄 双拥 征兵 优抚 救助 低保 残疾 殡葬 婚姻 收养".split()
)


def _lead_name(x: str) -> bool:
    """A group line's second word is a name, not the area he leads ('安全生产', '国土', '王伟等')."""
    if x.endswith("等") or is_post(x) or _dept_like(x) or not looks_like_name(x):
        return False
    if len(x) == 2:
        return x not in _WORK_WORDS
    if len(x) == 4:
        return x[:2] in COMPOUND_SURNAMES
    return len(x) == 3


# a point column's heading saying it holds the parts and posts too: '部门／岗位／廉政风险点'
_OUTLINE_HEAD = LazyRe(r"(?:部门|科室|股室|处室|单位|岗位)\s*[/／、及和\-—－\n]")
_OUTLINE_CODE = LazyRe(r"^\d{1,3}(?:[.．]\d{1,3})*$")
_OUTLINE_DOTS = LazyRe(r"[.．]")
_POINT_DETAILS = frozenset(("risk_type", "risk_level", "measures", "description"))


def _outline_column(
    rows: list[list[str]], roles: dict[str, int], col_role: dict[int, str], headed: bool
) -> tuple[int, int] | None:
    """A column of outline codes left of the points ('1', '1.1', '1.1.1'), of three depths or
    more, the shallower rows naming nothing but their text: (its column, the points' depth).
    Under a heading naming parts and posts ('部门／岗位／风险点', ``headed``), or where the
    shallower rows name 科室 and the rows just above the points posts."""
    pc = roles.get("risk_point")
    if pc is None or any(r in roles for r in ("department", "title", "person")):
        return None
    for c in sorted(col_role):
        if c >= pc or col_role[c] not in ("other", "seq"):
            continue
        codes = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        if len(codes) < 4 or not all(_OUTLINE_CODE.match(x) for x in codes):
            continue
        depths = [len(_OUTLINE_DOTS.split(x)) for x in codes]
        if len(set(depths)) < 3:
            continue
        deepest = max(depths)
        details = [c2 for role, c2 in roles.items() if role in _POINT_DETAILS]
        for row in rows:
            code = row[c].strip() if c < len(row) else ""
            if not code:
                continue
            depth = len(_OUTLINE_DOTS.split(code))
            if depth < deepest and any(c2 < len(row) and row[c2].strip() for c2 in details):
                return None  # (only the points write a level, type or measures)
            if not headed and depth < deepest and not _outline_names(row, pc, depth == deepest - 1):
                return None  # ('1.1 设置排他性条件': sub-items of a point, no 科室 or post)
        return c, deepest


def _outline_names(row: list[str], pc: int, post_depth: bool) -> bool:
    """An outline row names a post (just above the points: '股长（瞿望川）') or a 科室."""
    text = row[pc].strip() if pc < len(row) else ""
    if post_depth:
        return is_post(re.sub(r"[(（][^()（）]*[)）]$", "", text).strip())
    return _dept_like(text) or bool(LEADERS_GROUP.match(text))
    return None


def _outline_node(text: str, post_depth: bool, carry: dict[str, str]) -> None:
    """An outline row above the points: a post ('股长（瞿望川）', one level above the points)
    or a 科室; the rows below are theirs."""
    m = re.match(r"^(.+?)[(（]([\u4e00-\u9fff·]{2,5})[)）]$", text)
    if m and (looks_like_name(m.group(2)) or (is_post(m.group(1)) and not is_post(m.group(2)))):
        # ('股长（貊珣蔚）': a post, then its holder whatever his surname)
        carry["title"], carry["person"] = m.group(1).strip(), m.group(2)
    elif post_depth and is_post(text):
        carry["title"] = text
        carry.pop("person", None)
    else:
        carry["department"] = text
        for x in ("title", "person"):
            carry.pop(x, None)


# a line of a holder's cell naming who held the post in a term: '2025—2026学年：訾沅彤',
# '2025年秋季学期：殳煜棻', '2024年度：…'
_TERM_HOLDER = LazyRe(
    r"^(\d{4})(?:\s*年)?(?:\s*[—\-－~～至到]\s*(\d{4}))?\s*(?:学年|年度|年)?\s*"
    r"(春季|秋季|上半年|下半年|第一学期|第二学期)?(?:学期)?\s*[:：]\s*([^\s:：]{2,6})$"
)
_TERM_ORDER = {"春季": 0, "上半年": 0, "秋季": 1, "下半年": 1}


def _holder_by_term(cell: str) -> str:
    """A holder's cell of lines each naming a term and who held the post in it: the latest term's
    holder (the one holding it now, whichever order the lines are in); else ''."""
    lines = [x.strip() for x in cell.split("\n") if x.strip()]
    if len(lines) < 2:
        return ""
    terms = []
    for x in lines:
        m = _TERM_HOLDER.match(x)
        if not m:
            return ""
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        half = m.group(3) or ""
        if half == "第一学期":  # (of the 学年 2025—2026: the autumn of 2025)
            key = (first, 1)
        elif half == "第二学期":  # (… and the spring of 2026)
            key = (last, 0)
        else:
            key = (last, _TERM_ORDER.get(half, 0))
        terms.append((key, m.group(4)))
    best = max(terms)
    if sum(1 for k, _n in terms if k == best[0]) > 1:
        return ""  # ('2025年：王岚⏎2025年：李一': two holders of one term, both)
    return best[1]


def _levels_down_runs(rows: list[RawRisk]) -> None:
    """A blank level under a post's point with one: the level above, of the same post and
    holder (where a note says a run of equal levels is written once)."""
    above = None
    for rr in rows:
        key = (rr.unit, rr.department, rr.title, rr.person)
        if rr.risk_level:
            above = (key, rr.risk_level)
        elif above is not None and above[0] == key:
            rr.risk_level = above[1]


_SCALE_HEAD = LazyRe(r"(?:判定|评定|划分|认定|判断|定级|分级|评级|界定)(?:标准|依据|条件)")
_SCALE_CASES = LazyRe(r"情形|情况|表现|示例|举例|特征|典型")
_BOX_TICKED = frozenset("☑√✓✔▣■")
_BOX_EMPTY = frozenset("□☐")
_BOXES_ANY = _BOX_TICKED | _BOX_EMPTY | frozenset("☒")


def _point_boxes(rows: list[list[str]], pc: int | None) -> bool:
    """Each point cell opens with a box, some ticked and some not ('☑临时救助金…', '□居民出具证明…':
    a general list each holder ticks): the unticked rows are none of the holder's points."""
    if pc is None:
        return False
    cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
    if any(sum(ch in _BOXES_ANY for ch in v) != 1 for v in cells):
        return False  # ('□虚报工程量 ☑验收不严': choices in a cell, no box opening a point)
    heads = [v.lstrip()[:1] for v in cells]
    ticked = sum(1 for x in heads if x in _BOX_TICKED)
    empty = sum(1 for x in heads if x in _BOX_EMPTY)
    return ticked >= 1 and empty >= 1 and ticked + empty == len(heads)


_NO_ANSWER = frozenset({"否", "不涉及", "不存在", "无", "没有", "不适用", "×", "✗"})
_ANSWERS = _NO_ANSWER | {"是", "涉及", "存在", "有", "适用", "√", "✓"}
_POINT_GRADE = LazyRe(r"风险点的?(?:等级|级别)$")
_COUNT_HEAD = LazyRe(r"个数|数量|数目|合计|统计|[(（]个[)）]")
# a matrix's heading over its points saying the cells hold measures: '廉政风险点及本岗位防控措施'
# a line of a level cell naming a grade and the numbers of the row's points at it ('二级：1、3')
_LEVEL_NUMBERS = LazyRe(r"(\S{1,6}?)\s*[:：]\s*((?:\d{1,2}|[、,，和及至\-—~～\s])+)")
# a cell counting the votes for a grade: a number, a share or '8票'
_VOTES = LazyRe(r"\d{1,4}(?:\.\d+)?\s*(?:%|％|票|人)?")


def _vote_count(text: str) -> float:
    """The votes (or their share) a cell gives a grade; 0 where it gives none."""
    m = _VOTES.fullmatch(text.strip())
    return float(re.match(r"[\d.]+", m.group(0)).group(0)) if m else 0.0


# a heading over the criteria a point is ticked under, graded by their count in a note
_CRITERIA_HEAD = LazyRe(
    r"(?:评估|评定|评价|定级|判定|研判)(?:要素|因素|指标|条件|标准)|风险(?:要素|因素)"
)
_MATRIX_MEASURES = LazyRe(r"措施|对策|防范办法|防控要求|防范举措|防控手段|防控办法")
_NOT_MATRIX_POINT = LazyRe(
    r"等级$|等级[(（]|^\d{4}年|^(?:上|本|今|去|前)年度|(?:初评|复核|复评|审定|确定|评定|自查|自评)$"
)
_SIGNING = LazyRe(
    r"^.{0,7}(?:签字|签名|盖章)$|^.{0,6}(?:长|人|任|领导|书记|科室|部门|股室|单位)(?:审定|审核|审批)$"
    r"|(?:填表|审核|审批)人|[人长任]\s+\S{2,4}$|电话\s*\d"
)  # ('主要负责人签字', '审核人 温子墨'; '领导干部插手工程项目', '泄露举报人信息' are points)
# words a risk point says and measures do not, and the other way round (for telling the two
# cells apart under one heading over both)
_POINT_WORDS = LazyRe(
    r"违规|私自|擅自|插手|干预|收受|吃拿卡要|优亲厚友|泄露|虚报|虚列|虚增|套取|截留|挪用|以权谋私"
    r"|索要|谋利|牟利|不按|不严|走过场|刁难|未经|越权|伪造|冒领|绕过|私用|串通|围标|包庇|索贿|受贿"
)
_MEASURE_WORDS = LazyRe(
    r"严格|制度|公示|公开|复核|不得|一律|建立|落实|定期|监督|签字|报告|回避|防止|杜绝|加强|实行"
    r"|坚持|严禁|禁止"
)
_PREVENTS = LazyRe(r"杜绝|防止|严禁|禁止|避免|预防")
# how a measure opens: '加强…', '防止…', '严格执行…'
_MEASURE_OPENS = LazyRe(
    r"^\s*(?:\d+[.、．]\s*)?(?:加强|防止|杜绝|严格|实行|建立|落实|坚持|严禁|禁止|定期|一律|执行|完善)"
)


def _measure_like(text: str) -> bool | None:
    """Whether a cell reads as measures (True), as a risk point (False), or could be either."""
    if _MEASURE_OPENS.match(text) or _PREVENTS.search(text):
        return True  # ('…，杜绝虚报、截留、挪用': the wrongs it names are what it prevents)
    point = len(_POINT_WORDS.findall(text))
    measure = len(_MEASURE_WORDS.findall(text))
    return None if point == measure else measure > point


_RISKY = LazyRe(r"未经|未|不经|无|绕过|擅自|违规|越权|伪造|代|冒|私自|虚|泄露|插手")
_CONTACT_LINE = LazyRe(r"(?:电话|举报|热线|邮箱|地址|日期|时间|网址)\s*[:：]")
_MARK_RUN = LazyRe(rf"^[{_MARKS}]{{1,5}}")
# a mark a note gives a type: '▲为思想道德风险', '标“●”的表示制度机制类'
_MARK_TYPED = LazyRe(
    rf"[“\"「‘']?([{_MARKS}]{{1,3}})[”\"」’']?\s*(?:号|标记|符号)?\s*(?:的|者)?\s*"
    r"(?:为|是|表示|代表|属于)\s*([\u4e00-\u9fff]{2,4})(?:类)?(?:风险)?"
)
_MARKS_RESPECTIVELY = LazyRe(
    rf"((?:[{_MARKS}{_FOOTNOTES}]{{1,5}}[”\"」’']?\s*[、,，和及与]?\s*[“\"「‘']?){{2,5}})\s*(?:的|者)?\s*"
    r"分别(?:为|是|表示|代表|属于)\s*((?:[一二三ⅠⅡⅢ123]级|[高中低]|重大|较大|一般)(?:风险)?"
    r"(?:\s*[、,，和及与]\s*(?:[一二三ⅠⅡⅢ123]级|[高中低]|重大|较大|一般)(?:风险)?){1,4})"
)
_MARK_TAIL = LazyRe(rf"[{_MARKS}{_FOOTNOTES}]{{1,5}}$")
_UNMARKED = LazyRe(
    r"(?:未|没有|不)(?:作|加|做)?(?:标注|标记|标识|标)[^，,。;；]{0,6}?(?:的|者)?\s*(?:为|是|表示|属于)\s*"
    + _LEVEL_SAID
)


def tab_name(sheet: str) -> str:
    """The name a sheet's tab gives, numbered or not ('章文斌', '1.章文斌', '(2)庞丽'), else ''
    (a tab naming a post, an office or a place: '安全员', '财务', 'XX村')."""
    tab = TAB_NUMBER.sub("", "".join(sheet.split()))
    if (
        2 <= len(tab) <= 4
        and looks_like_name(tab)
        and tab not in NOT_A_NAME
        and not (len(tab) >= 3 and tab.endswith(NOT_A_NAME_END))
        and not tier_of_post(tab)
    ):
        return tab
    return ""


# words of a tab that name no one: a copy, a version, a period, a kind of sheet
_NOT_TAB_NAME = re.compile(
    r"模板|副本|汇总|样表|示例|说明|范本|稿$|版$|版本|[上下]半年|年度|季度|月份|[上本下]月|[周月年]报|新增|新表"
    r"|表格|表[一二三四五六七八九十]|[表单册]$|附件|修改|修订|合计|统计|目录|封面|\d"
)
_TAB_SPLIT = re.compile(r"\s*[-－—–_、/／]+\s*|\s+")


def tab_holder(sheet: str, loose: bool = False) -> tuple[str, str]:
    """(科室, holder) a sheet's tab names: '检验室-南宫絮' → ('检验室', '南宫絮'); a tab of a name
    alone → ('', name); else ('', ''). ``loose``: other tabs of the workbook are written so, and
    the name may be of a surname not listed ('办公室-怀芷汀')."""
    name = tab_name(sheet)
    if name:
        return "", name
    parts = [x for x in _TAB_SPLIT.split(sheet.strip()) if x]
    if len(parts) == 2:
        for dept, who in (parts, parts[::-1]):
            if not _dept_like(dept):
                continue
            if tab_name(who):
                return dept, tab_name(who)
            if (
                loose
                and HAN_NAME.match(who)
                and len(who) <= 4
                and not _dept_like(who)
                and not is_post(who)
                and not _NOT_TAB_NAME.search(who)
            ):
                return dept, who
    return "", ""


def card_front(grid: Grid) -> dict[str, str]:
    """The details a sheet without a table holds: the front of a card whose table is on the
    next sheet ('持卡人 | 向德贵 | 职务 | 站长', '所在单位 | …'): field → value, the unit too."""
    sh = _Sheet(grid)
    rows = [r for r in range(min(len(sh.rows), 40)) if sh.nonempty(r)]
    out = {f: v.strip() for f, (v, _cell) in _parse_fields(sh, rows).items() if v.strip()}
    unit = _parse_unit(sh, rows)
    if not unit and out:  # a cover's lone line naming the body ('XX区XX街道便民服务中心')
        lone = (sh.rows[r][sh.nonempty(r)[0]] for r in rows if len(sh.nonempty(r)) == 1)
        unit = next((u for text in lone if (u := unit_in_title(text))), "")
    if unit:
        out.setdefault("unit", unit)
    return out


_CODE_HEAD = re.compile(r"(?:编码|编号|代码|代号)$")
_WATCHED = re.compile(r"监督|督导|督查|分管|联系|检查")
_CODE_VALUE = re.compile(r"^[A-Za-z]{1,6}[-－_—]?[A-Za-z0-9]*[-－_—]?\d{1,5}$|^\d{6,}$")


_DIRECT = re.compile(r"直接|承办|经办|具体")


def code_directory(grid: Grid) -> dict[str, list[tuple[str, str, str]]]:
    """A sheet listing who holds each power by its code ('职权编码 | 职权名称 | 承办股室 |
    承办岗位 | 责任人'), no risks on it: code → the (科室, post, holder) of each post holding it.
    Empty where the sheet is no such list (no code heading, or no post or holder beside it)."""
    sh = _Sheet(grid)
    merged = grid.merged_into
    for r in range(min(len(sh.rows), 10)):
        code_col, ids = None, {}
        for c in sh.nonempty(r):
            key = sh.key(r, c)
            if code_col is None and _CODE_HEAD.search(key) and key not in ("序号", "编号"):
                if _WATCHED.search(key):
                    break  # ('监督的风险点编号': the risks each one watches, no holder of them)
                code_col = c
                continue
            h = heading_role(key)
            if h is not None and h.role in ("department", "title", "person") and h.strength >= 2:
                if h.role == "person" and _DIRECT.search(key):
                    ids["person"] = c  # '直接责任人', '承办人' beside '主要责任人': who does it
                else:
                    ids.setdefault(h.role, c)
        if code_col is None or not ({"title", "person"} & set(ids)):
            continue
        out: dict[str, list[tuple[str, str, str]]] = {}

        def cell(x: int, c: int | None) -> str:
            if c is None:
                return ""
            v = sh.rows[x][c] if c < len(sh.rows[x]) else ""
            if not v and (x, c) in merged:  # merged down over the powers of one post
                top = merged[(x, c)]
                v = sh.rows[top[0]][top[1]]
            return squeeze(v)

        for x in range(r + 1, len(sh.rows)):
            # ('FX-01、FX-02、FX-03': the codes of every risk the post holds)
            codes = [c for c in re.split(r"[、,，;；/\s]+", cell(x, code_col)) if c]
            if not codes or not all(_CODE_VALUE.match(c) for c in codes):
                continue
            got = tuple(cell(x, ids.get(role)) for role in ("department", "title", "person"))
            for code in codes:
                if got not in out.setdefault(code, []):
                    out[code].append(got)  # (a power two posts hold: the point is each's)
        return out if len(out) >= 2 else {}
    return {}


def file_legend(sheets: Iterable[Grid]) -> str:
    """The lines of ``sheets`` (a file's 填表说明 sheets) that define level words ('红为高风险,
    黄为中风险…'): the forms on the file's other sheets may use them."""
    return "\n".join(text for g in sheets for text in map("".join, g.rows) if _DEFINES.search(text))


def _legend_words(said: str) -> list[str]:
    """The table's words a legend names at once ('★★★★★、★★★★', '6—9', '“红”'): each of
    them, a band of scores as each score in it."""
    out: list[str] = []
    for w in _LEGEND_SPLIT.split(said.strip()):
        w = w.strip().strip("“”\"「」‘’'")
        m = _LEGEND_BAND.match(w)
        o = _LEGEND_OPEN.match(w)
        if m:
            a, b = sorted((int(m.group(1)), int(m.group(2))))
            out.extend(str(x) for x in range(a, b + 1))
        elif (
            o
        ):  # '12及以上' up to 99, '5及以下' down to 0 ('以上' without 及 leaves the number out)
            n, up = int(o.group(1)), "上" in o.group(2)
            n += 0 if o.group(2).startswith("及") else (1 if up else -1)
            out.extend(str(x) for x in (range(n, 100) if up else range(0, n + 1)))
        elif w:
            out.append(w)
    return out


def _side_by_side(headings: dict[int, Heading | None]) -> list[int]:
    """Where a header row holds two or more tables side by side, the first column of each
    table after the first (the column where the risk text's role starts to repeat), else []."""
    points = [c for c, h in headings.items() if h and h.role in POINTISH and h.strength >= 2]
    if len(points) < 2:
        return []
    counts: dict[str, int] = {}
    for h in headings.values():
        if h and h.strength >= 2 and h.role != "other":
            counts[h.role] = counts.get(h.role, 0) + 1
    cols = sorted(headings)
    gap = any(b - a > 1 for a, b in zip(cols, cols[1:], strict=False))
    if sum(1 for n in counts.values() if n > 1) < 2 and not gap:
        return []  # one repeated word ('风险事项' beside '风险表现') is not a second table
    starts: list[int] = []
    seen: set[str] = set()
    for i, c in enumerate(cols):
        h = headings[c]
        role = h.role if h and h.strength >= 2 else "other"
        gap = i > 0 and c - cols[i - 1] > 1
        if (role in seen and role != "other") or (
            gap and "risk_point" in seen and seen & set(ANCHOR)
        ):
            starts.append(c)
            seen = set()
        seen.add(role)
    # each table must have a risk text and an anchor of its own
    bounds = [cols[0], *starts, cols[-1] + 1]
    groups = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        roles = {headings[c].role for c in cols if lo <= c < hi and headings[c]}
        if not (roles & set(POINTISH)) or not (roles & set(ANCHOR)):
            return []
        groups.append(roles)
    # 风险点1 | 等级 | 风险点2 | 等级 after one post's columns: points across one row, one table
    risk_only = {"risk_point", "description", "risk_level", "risk_type", "measures", "other"}
    if groups[0] - risk_only and all(g <= risk_only for g in groups[1:]):
        return []
    return starts


# a holder cell that also names who held the post before, or says who holds it now; a former
# holder is one labelled 原 / 前任, or said to have left ('（退休）', '（已调离）', '（2024年5月调离）';
# not '（退休返聘）', '（负责离任审计）')
_LEFT = r"(?:已|\d{4}年(?:\d{1,2}月)?)?(?:调离|调出|调走|离任|离职|退休|辞职)"
_FORMER_HOLDER = LazyRe(
    r"(?:原任?|前任|现任?)[:：]|^\s*(?:前任|现任)|[\n、,，;；]\s*(?:前任|现任)|[(（]现任?[)）]"
    r"|[(（][^()（）]*?"
    + _LEFT
    + r"\s*[)）]|[(（][^()（）]*已(?:调离|调出|调走|离任|离职|退休|辞职)"
)
_FORMER_PART = LazyRe(
    r"^(?:原任?|前任)[:：]|^(?:原任|前任)(?=[\u4e00-\u9fff·]{2,5}$)"
    r"|[(（]\s*"
    + _LEFT
    + r"\s*[)）]|[(（][^()（）]*(?:已(?:调离|调出|调走|离任|离职|退休|辞职)|调离|调出|调走)"
)
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
# (the cheap test: every mark of a former or a current holder has one of these)
_FORMER_CHARS = frozenset("原前现调离退辞职出走(（:：")
_NOW_LABEL = LazyRe(r"^(?:现任?|新任|接任)[:：]\s*|^现任(?=[\u4e00-\u9fff·]{2,5}$)")
_NOT_NAME_END = ("股", "科", "室", "所", "站", "队", "办", "中心", "处", "部", "组")


def _current_holder(cell: str) -> str | None:
    """Of '现：苑岷樵⏎原：荀篁音（2024年5月调离）', '苑岷樵（现任）⏎（原荀篁音，已调离）',
    '王建国（退休）⏎李明辉': the one name left once the former holder and the notes are taken
    out; '' where the post is vacant now ('原：王建国⏎现：未定'); None where it cannot tell."""
    names = []
    vacant = False
    # the parts between separators, a bracket whole whatever it holds ('（原任，已调出）')
    for part in re.findall(r"(?:[^\s、,，;；(（)）]|[(（][^()（）]*[)）])+", cell):
        notes = re.findall(r"[(（]([^()（）]*)[)）]", part)
        if _FORMER_PART.search(part) and not any("现" in n for n in notes):
            continue  # '原：荀篁音', '宓知远（原任，已调出）', '（原荀篁音，已调离）'
        now = bool(_NOW_LABEL.match(part)) or any(re.fullmatch(r"现任?", n) for n in notes)
        part = _NOW_LABEL.sub("", re.sub(r"[(（][^()（）]*[)）]", "", part))
        vacant = vacant or (now and bool(VACANT.match(part) or NO_ONE.match(part)))
        # labelled as the holder now, a name whatever its surname ('现：铁蘅皋'), but not a
        # vacancy, a stand-in or a 科室 ('现：未定', '现：临时代管', '现：国库股')
        if looks_like_name(part) or (
            now
            and HAN_NAME.fullmatch(part)
            and len(part) <= 4
            and not is_post(part)
            and not (VACANT.match(part) or NO_ONE.match(part))
            and not part.endswith(_NOT_NAME_END)
            and not any(ch in NOT_NAME_CHARS for ch in part[1:])
        ):
            names.append(part)
    if len(names) == 1:
        return names[0]
    return "" if vacant and not names else None


_OWN_NAME_END = ("镇", "乡", "街道", "局", "院", "中心")
# bodies in a 镇 that are not its own 站所 ('清溪镇中心小学', '清溪镇派出所'): their name stays whole
_BODIES_OF_THEIR_OWN = ("学校", "小学", "中学", "幼儿园", "卫生院", "医院", "派出所", "法庭", "信用社",
                        "银行", "邮政所", "供电所", "税务所", "市场监督管理所")  # fmt: skip


def _tick_post(heading: str) -> tuple[str, str]:
    """A sub-heading over marks naming a post and, maybe, its holder ('主席⏎辜岚舟', '科员　司徒晓
    棠', '主席（辜岚舟）'): (post, holder)."""
    text = heading.strip()
    m = re.match(r"^(.+?)\s*[(（]([^()（）]+)[)）]$", text)
    if m and looks_like_name(squeeze(m.group(2))):
        return squeeze(m.group(1)), squeeze(m.group(2))
    parts = [p for p in re.split(r"[\s\u3000]+", text) if p]
    if (
        len(parts) == 2
        and (
            looks_like_name(parts[1])
            or (len(parts[1]) == 3 and marked_name(parts[1]))
            or parts[1] in TIBETAN  # '所长⏎扎西'
        )
        and is_post(parts[0])
    ):
        return parts[0], parts[1]  # ('会计⏎稽念初': the break marks a name, its surname rare;
        # '民警⏎内勤' names his line of work)
    return squeeze(text), ""


# what may part a post from its holder in one cell: a bracket, a colon, a space
_LISTING_MARK = LazyRe(r"[(（:：\s\u3000]")
# 'post：name', 'post（name）' in a cell listing posts with their holders
_LISTED_COLON = LazyRe(r"([^\s:：、,，;；/／()（）]{2,12})\s*[:：]")
_LISTED_BRACKET = LazyRe(r"([^\s:：、,，;；/／()（）]{2,12}?)\s*[(（]([^()（）]{2,24})[)）]")
_LISTED_SEP = LazyRe(r"[\s\u3000、,，;；/／]+")
_LISTED_CHUNK = LazyRe(r"\s*[\n、,，;；]\s*")


def _listed_post(post: str) -> bool:
    """A label of a cell listing holders that is a post ('科长', '会计'), not who answers for or
    watches it ('直接责任人', '分管领导'), as ``_CAPTION_PAIRS``' labels are."""
    return (
        is_post(post)
        and not looks_like_name(post)
        and post not in _HOLDER_WORDS
        and post not in WATCHERS
        and not post.endswith(("领导", "监督人", "责任人"))
    )


def _listed_name(name: str, bracketed: bool) -> bool:
    """A holder's name after his post in such a cell ('厍沨珺', a rare surname too), not a note of
    how or where the post is held ('分管财务', '空缺', '兼', '监督员（安装）')."""
    return (
        2 <= len(name) <= 5
        and not is_post(name)
        and name not in NOT_A_NAME
        and name not in _STAND_IN_WORDS
        and not VACANT.match(name)
        and not NO_ONE.match(name)
        and not name.endswith(("兼", "代", "等"))
        and (looks_like_name(name) or (_bracketed_name(name) if bracketed else marked_name(name)))
    )


@lru_cache(maxsize=1 << 10)
def listed_holders(cell: str) -> tuple[tuple[str, str], ...]:
    """Posts each with its holder, all in one cell: '科长：厍沨珺⏎科员：缑玥潆', '科长（郄昶瀚）、
    科员（晁珈懿）', '会计 璩泷玥；出纳 笪霂琰' → ((post, name), …), a post two hold twice ('科员：
    甲、乙', '经办员（甲、乙）'); () unless every part of the cell is such a pair."""
    text = cell.strip()
    pairs: list[tuple[str, str]] = []
    bracketed = False
    if "：" in text or ":" in text:
        found = list(_LISTED_COLON.finditer(text))
        if not found or text[: found[0].start()].strip():
            return ()
        for i, m in enumerate(found):
            end = found[i + 1].start() if i + 1 < len(found) else len(text)
            names = [x for x in _LISTED_SEP.split(text[m.end() : end]) if x]
            if not names:
                return ()
            pairs += [(squeeze(m.group(1)), n) for n in names]
    elif "（" in text or "(" in text:
        bracketed, pos = True, 0
        for m in _LISTED_BRACKET.finditer(text):
            if _LISTED_SEP.sub("", text[pos : m.start()]):
                return ()  # (words between two pairs: not a list of them)
            pairs += [(squeeze(m.group(1)), n) for n in _LISTED_SEP.split(m.group(2)) if n]
            pos = m.end()
        if _LISTED_SEP.sub("", text[pos:]):
            return ()
    else:
        for chunk in filter(None, _LISTED_CHUNK.split(text)):
            parts = chunk.split()
            if len(parts) != 2:
                return ()
            pairs.append((parts[0], parts[1]))
    if not pairs or not all(_listed_post(p) and _listed_name(n, bracketed) for p, n in pairs):
        return ()
    return tuple(pairs)


def _held_by_post(pairs: tuple[tuple[str, str], ...], title: str) -> list[str]:
    """Who a cell listing posts and their holders names for a row's own post: the names under
    its label, as a group line's pairs are matched to its rows ('医政科科长' by its '科长' too)."""
    post = squeeze(title)
    names = [n for p, n in pairs if p == post]
    if not names:
        _dept, bare = split_dept_title(post)
        names = [n for p, n in pairs if bare and p == squeeze(bare)]
    return names


def _holder_by_heading(label: str, rows: list[RawRisk]) -> None:
    """'责任人（分管领导/岗位责任人）' over '雍泊舟/晏拾舟': the heading says which part of each cell
    is the holder; the watcher's part is none."""
    m = re.search(r"[(（]([^()（）]+)[)）]", label)
    parts = [squeeze(x) for x in re.split(r"[/／、]", m.group(1))] if m else []
    watch = [i for i, p in enumerate(parts) if p in WATCHERS or p.endswith(("领导", "监督人"))]
    if len(parts) < 2 or not watch or len(watch) == len(parts):
        return
    holder = next(i for i in range(len(parts)) if i not in watch)
    for rr in rows:
        names = [x.strip() for x in re.split(r"[/／]", rr.person)]
        if len(names) == len(parts) and names[holder]:
            rr.person = names[holder]


def _without_own_name(dept: str, unit: str) -> str:
    """A 科室 written with the name of its own unit before it ('鲤湾镇财政所' in the list of
    南溪县鲤湾镇人民政府): the 科室 alone; else as written."""
    d, u = squeeze(dept), squeeze(unit)
    if not d or not u or d[:2] not in u:
        return dept  # (the cheap test: it begins as the unit's name does somewhere)
    for j in range(len(d) - 2, 2, -1):  # the longest name of the unit it begins with
        head, rest = d[:j], d[j:]
        if (
            head.endswith(_OWN_NAME_END)
            and head in u
            and not LEADERS_GROUP.match(rest)
            and not rest.endswith(_BODIES_OF_THEIR_OWN)
        ):
            return rest
    return dept


def _shared_holders(rows: list[RawRisk], teams: dict[str, RawRisk] | None = None) -> list[RawRisk]:
    """A point held by several people ('黄立新⏎詹可' under 责任人, their 科室 likewise one per line)
    belongs to each holder's form: one copy of the row per holder, in the holder's own 科室. A
    team's cell ('组长：X⏎组员：Y、Z') is held by its head alone (``_team_head``): such cells as
    written go to ``teams``, each with its first row."""
    from dataclasses import replace

    out: list[RawRisk] = []
    plain: dict[str, bool] = {}  # a holder's cell as written → names one holder only
    for rr in rows:
        one = plain.get(rr.person)
        if one is None:
            p = rr.person
            one = plain[p] = (_FORMER_CHARS.isdisjoint(p) or not _FORMER_HOLDER.search(p)) and (
                not (held := p.strip().removesuffix("等"))
                or not (HOLDER_SPLIT.search(held) or " " in held or "\u3000" in held)
            )
        if one:
            out.append(rr)  # (the common case, decided once per cell text)
            continue
        by_term = _holder_by_term(rr.person)
        if by_term:  # '2024—2025学年：禚颀桉⏎2025—2026学年：訾沅彤': who holds it this term
            out.append(replace(rr, person=by_term))
            continue
        now = (
            _current_holder(rr.person)
            if rr.person
            and not _FORMER_CHARS.isdisjoint(rr.person)
            and _FORMER_HOLDER.search(rr.person)
            else None
        )
        if now is not None:
            rr = replace(rr, person=now)  # '现：苑岷樵⏎原：荀篁音（已调离）': who holds it now
        held = rr.person.strip().removesuffix("等")  # '王芳、刘洋等': the two of them
        if not held or not (HOLDER_SPLIT.search(held) or " " in held or "\u3000" in held):
            out.append(rr)
            continue
        team = _team_head(held) if "：" in held or ":" in held else None
        if team is not None:  # '组长：X⏎组员：Y、Z': X holds the post, Y and Z work under him
            if teams is not None:
                teams.setdefault(rr.person.strip(), rr)
            held, members = team
            duty = f"{rr.duty.rstrip()}\n{members}" if rr.duty.strip() else members
            rr = replace(rr, person=held, duty=duty)
            if not HOLDER_SPLIT.search(held):
                out.append(rr)
                continue
        named = [
            x
            for x in re.split(r"[\s\n、,，;；]+", held)
            if x and x.strip(DASHES) and not VACANT.match(x) and not NO_ONE.match(x)
        ]
        if len(named) == 1 and looks_like_name(named[0]) and named[0] != held:
            out.append(replace(rr, person=named[0]))  # '骆志刚⏎/': the B角 left empty
            continue
        parts = [x for x in HOLDER_SPLIT.split(held) if x]
        names = [LABEL_PREFIX.sub("", x) for x in parts]
        # '股长:张三、副股长:李四': each holder's label is his post
        posts = [
            x[: len(x) - len(n)].rstrip(":：").strip() for x, n in zip(parts, names, strict=True)
        ]
        watching = [
            i for i, p in enumerate(posts) if p in WATCHERS or p.endswith(("领导", "监督人"))
        ]
        if (
            watching
            and len(watching) < len(names)
            and (
                tier_of_post(rr.title, rr.department) != "leader"
                or all("责任人" in p for i, p in enumerate(posts) if i not in watching)
            )
        ):
            # '直接责任人：X⏎领导责任人：Y': Y oversees the post, X holds it (a leader's own
            # post, '分管副局长', is his: '分管领导：X、经办人：Y' are two holders of it)
            names = [n for i, n in enumerate(names) if i not in watching]
            posts = [p for i, p in enumerate(posts) if i not in watching]
            if len(names) == 1:
                out.append(replace(rr, person=names[0]))
                continue
        if len(names) < 2:  # '郝永福 谭桂兰': two names apart by a space
            names = held.split()
        depts = [x for x in HOLDER_SPLIT.split(rr.department.strip()) if x]
        titles = [x for x in HOLDER_SPLIT.split(rr.title.strip()) if x]
        paired = len(titles) == len(names) >= 2 and all(
            HAN_NAME.match(n)
            and len(n) <= 4
            and not is_post(n)
            and n not in NOT_A_NAME
            and n not in _STAND_IN_WORDS
            and not VACANT.match(n)
            for n in names
        )  # '会计、出纳' beside '么若澄、青蔓菁': a name each, whatever the surnames
        if not (several_names(names) or paired):
            out.append(rr)
            continue
        if len(titles) != len(names):
            titles = rr.title.split()
        if len(titles) != len(names) and all(p and tier_of_post(p) for p in posts):
            titles = posts  # (not 'A岗:', 'B岗:', which say who stands in for whom)
        for i, name in enumerate(names):
            dept = depts[i] if len(depts) == len(names) else rr.department
            title = titles[i] if len(titles) == len(names) else rr.title
            out.append(replace(rr, person=name, department=dept, title=title))
    return out


_CONTINUED = re.compile(
    r"续表|[(（]\s*续\s*[)）]|续页|接上页|^\s*第\s*[2-9二三四五六七八九]\s*页\s*$"
)


def join_continued(forms: list[RawForm], before: RawForm | None) -> list[RawForm]:
    """A sheet's first form that is the rest of the form on the sheet before (a 续表 or a sheet
    named 第2页, naming no one, under the same headings) joins that form: its risk points keep
    the sheet they are on. Returns the forms still to be taken as forms of their own."""
    if not forms or before is None or not forms[0].continued or not before.risks:
        return forms
    first = forms[0]
    if not first.risks or set(first.risks[0].cols) != set(before.risks[-1].cols):
        return forms
    for rr in first.risks:
        rr.sheet = rr.sheet or first.sheet
    before.risks.extend(first.risks)
    before.duty_texts = list(dict.fromkeys([*before.duty_texts, *first.duty_texts]))
    return forms[1:]


_NOT_TICKED = {"×", "✗", "✘", "x", "X", "否", "无", "不", "N", "n", "0", "-", "—", "/", "／"}


def _level_head(text: str) -> bool:
    """A heading naming the points' level ('风险等级（按季度动态评估）')."""
    key = _key(text)
    h = heading_role(key) if key and key != "\x00" else None
    return h is not None and h.role == "risk_level"


# a note saying a post's points are shared by all its people ('…为本岗位全体人员共同防控的风险点')
_SHARED_BY_ALL = re.compile(
    r"(?:风险点|风险)[^。；;]{0,16}共同(?:防控|承担)|共同(?:防控|承担)的?(?:风险点|风险)"
)
# '同内科科主任（第1—3项）', '同上（第4、5项）': a row standing for rows named by number
_CROSS_REF = re.compile(
    r"^\s*同\s*([^\s，,。；;、《》“”\"：:（）()]{0,12}?)\s*[（(]?\s*(第|序号)\s*(\d+)\s*(?:([—\-－~～至到、，,])\s*(\d+))?\s*"
    r"(?:项|条|(?<=\d))\s*[)）]?\s*$"
)


def _cross_ref(text: str) -> re.Match | None:
    """'同第2项', '同序号14', '同内科科主任（第1—3项）': a row naming other rows of the table by
    number, where what stands before the number is a post or a 科室, or nothing ('同级监督…违反
    第4条' is a point); '第N' without 项 or 条 only after 序号."""
    m = _CROSS_REF.match(text)
    if m is None:
        return None
    if m.group(2) == "第" and not re.search(r"[项条]\s*[)）]?\s*$", text):
        return None
    named = squeeze(m.group(1))
    if named and not (is_post(named) or _dept_like(named) or named in ("上述", "上表", "前")):
        return None
    return m


# the labels of a team's cell: the one who answers for the post ('组长：X'), and those working
# under him, no holders of their own ('组员：Y、Z'); a label of neither ('副组长', '分管领导')
# leaves the cell as read
_TEAM_HEADS = frozenset(
    {"组长", "小组长", "队长", "班长", "负责人", "主要负责人", "主责人", "第一责任人", "牵头人",
     "牵头负责人", "召集人", "主办人", "责任人", "岗位责任人", "直接责任人"}
)  # fmt: skip
_TEAM_MEMBERS = frozenset(
    {"组员", "成员", "小组成员", "工作组成员", "队员", "班员", "协助人", "协助人员", "配合人",
     "配合人员", "参与人", "参与人员", "协办人"}
)  # fmt: skip
_TEAM_LABEL = LazyRe(r"([^\s:：、,，;；/／]{1,10})\s*[:：]")
_TEAM_NAMES = LazyRe(r"[\s、,，;；/／]+")


def _team_label(label: str) -> str:
    """'head', 'member' or '' for a label of a team's cell ('监督一组组长' is a head too; no
    '副组长', who is neither for certain)."""
    if label in _TEAM_HEADS or (label.endswith(("组长", "队长")) and "副" not in label):
        return "head"
    if label in _TEAM_MEMBERS or label.endswith(("组员", "队员")):
        return "member"
    return ""


def _team_names(value: str) -> bool:
    """The value of a team's label names people: one name, or several ('隗翚煦、睢瑷翯')."""
    names = [x for x in _TEAM_NAMES.split(value) if x]
    if len(names) == 1:
        return looks_like_name(names[0]) and not is_post(names[0])
    return several_names(names)


def _team_head(cell: str) -> tuple[str, str] | None:
    """A holder's cell naming a working group by its roles, the one who answers for the post and
    those working under him ('组长：郜昉珩⏎组员：隗翚煦、睢瑷翯', '负责人：X；协助人：Y'): the head's
    names as written (two under one label stay two holders) and the members' lines, kept as the
    rows' duty. None unless every part is such a label over names, one of them the head's."""
    found = list(_TEAM_LABEL.finditer(cell))
    if len(found) < 2 or cell[: found[0].start()].strip():
        return None
    head, members = "", []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(cell)
        value = cell[m.end() : end].strip(" \t\n\u3000、,，;；")
        kind = _team_label(squeeze(m.group(1)))
        if not kind or not value or not _team_names(value):
            return None
        if kind == "head":
            if head:
                return None  # ('组长：X⏎负责人：Y'): two heads, neither the one
            head = value
        else:
            members.append(f"{squeeze(m.group(1))}：{value}")
    if not head or not members:
        return None
    return head, "\n".join(members)


_A_ROLE = frozenset({"A角", "A岗", "A角人员", "A岗人员", "a角", "a岗"})
_LIKELIHOOD = re.compile(r"可能性|概率|频率|频度|可能程度")
_IMPACT = re.compile(r"影响|危害|后果|损失|严重")
_PERIOD = re.compile(
    r"^(?:[一二三四1-4]季度|第[一二三四1-4]季度|[上下]半年|\d{1,2}月|\d{4}年(?:度)?|Q[1-4])$"
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_HOLLOW = frozenset("○☆□△◇")
_HELPS = re.compile(r"配合|协助|协办")

# the factors a point's level is worked out from as their product (LEC法: L 可能性 × E 暴露频率
# × C 后果; the risk matrix: L 可能性 × S 严重性), each in a column headed by its letter ('L',
# '可能性(L)') or its name; the product's own column ('D', '风险值（R=L×S）') where there is one
_FACTOR_LETTER = LazyRe(r"^[(（]?([LECS])[)）]?(?:值|分值)?$|[(（]([LECS])[)）]")
_FACTOR_NAMES = (
    ("L", LazyRe(r"可能性|可能程度|概率|几率")),
    ("E", LazyRe(r"暴露|频繁程度|频繁性")),
    ("C", LazyRe(r"后果|严重性|严重程度|影响程度|危害程度")),
)
_PRODUCT_HEAD = LazyRe(
    r"^[(（]?[DR][)）]?值?$|风险值|危险性|风险度|风险分值|乘积|[(（][DR](?:值|[=＝][^)）]*)?[)）]"
)
# a note that multiplies them ('D=L×E×C', 'R＝L*S', '两者的乘积'), the product's letter first
_PRODUCT_SAID = LazyRe(r"([A-Z])\s*[=＝]\s*[A-Z]\s*[×xX*＊·]\s*[A-Z]|乘积|相乘|乘以")
_BAND_LEVEL = LazyRe(
    r"[一二三ⅠⅡⅢ]级(?:风险)?|(?:重大|较大|一般|较高|较低|高|中|低)风险"
    r"|(?<=为)(?:高|中|低)(?![\u4e00-\u9fff])"
)
_BAND_OPS = (
    ("大于或等于", "≥"), ("大于等于", "≥"), ("不小于", "≥"), ("不低于", "≥"), ("小于或等于", "≤"),
    ("小于等于", "≤"), ("不大于", "≤"), ("不超过", "≤"), ("不高于", "≤"), ("大于", ">"),
    ("高于", ">"), ("超过", ">"), ("小于", "<"), ("低于", "<"), ("不足", "<"), (">=", "≥"),
    ("<=", "≤"), ("＞", ">"), ("＜", "<"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"),
)  # fmt: skip
_BAND_NUM = r"(\d+(?:\.\d+)?)"
_BAND_BETWEEN = LazyRe(rf"{_BAND_NUM}\s*([<≤])\s*D\s*([<≤])\s*{_BAND_NUM}")
_BAND_AFTER = LazyRe(rf"(?:D|^|[:：])\s*([<>≤≥])\s*{_BAND_NUM}")  # 'D≥160', '：<70'
_BAND_BEFORE = LazyRe(rf"{_BAND_NUM}\s*([<>≤≥])\s*D")  # '160≤D'
_BAND_RANGE = LazyRe(rf"{_BAND_NUM}\s*分?\s*[—–－~～至到-]\s*{_BAND_NUM}")  # '70～159'
_BAND_OPEN = LazyRe(rf"{_BAND_NUM}\s*分?\s*([(（]含[)）])?\s*(及以上|以上|及以下|以下)")
_OTHER_LETTER = LazyRe(r"(?<![A-Za-z])[A-CE-Z]\s*[<>≤≥]|[<>≤≥]\s*[A-CE-Z](?![A-Za-z])")
_RANK = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}

# a band of the product: (low, low included, high, high included, level); None where open
_Band = tuple[float | None, bool, float | None, bool, str]


@dataclass(frozen=True)
class _Scores:
    """A table graded by factor columns: their columns, the product's (if any), the note's
    bands of the product, and the headings as written (for the issues)."""

    cols: list[int]
    total: int | None
    bands: tuple[_Band, ...]
    names: list[str]
    total_name: str


def _product_bands(
    legend: str, level: Callable[[str], str | None], product: bool = False
) -> tuple[_Band, ...]:
    """The bands of a product a note gives its levels by ('D=L×E×C；D≥160为一级风险，70≤D<160为
    二级风险，D<70为三级风险'): one per clause naming one level and bounds of the product, only in
    a note that multiplies factors (or, ``product``, a note by a map whose cells are products:
    '风险值≥15为高风险') and only where higher products give higher levels; else ()."""
    said = _PRODUCT_SAID.search(legend)
    if said is None and not product:
        return ()
    letter = (said.group(1) if said else None) or "D"
    bands: list[_Band] = []
    for clause in re.split(r"[，,；;。\n、]", legend):
        words = {lv for m in _BAND_LEVEL.finditer(clause) if (lv := level(m.group()))}
        if len(words) != 1 or not any(ch.isdigit() for ch in clause):
            continue
        text = re.sub(
            r"(?:风险值|危险性|风险度|风险分值|乘积)\s*(?:[A-Z](?![A-Za-z]))?", "D", clause
        )
        text = re.sub(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", "D", text).replace("D值", "D")
        for word, op in _BAND_OPS:
            text = text.replace(word, op)
        if _OTHER_LETTER.search(text):
            continue  # ('L≥6为高'): a factor's own scale, not the product's
        lows: list[tuple[float, bool]] = []
        highs: list[tuple[float, bool]] = []
        for m in _BAND_BETWEEN.finditer(text):
            lows.append((float(m.group(1)), m.group(2) == "≤"))
            highs.append((float(m.group(4)), m.group(3) == "≤"))
        text = _BAND_BETWEEN.sub(" ", text)
        for m in _BAND_AFTER.finditer(text):
            n, op = float(m.group(2)), m.group(1)
            (lows if op in ">≥" else highs).append((n, op in "≥≤"))
        for m in _BAND_BEFORE.finditer(text):
            n, op = float(m.group(1)), m.group(2)
            (highs if op in ">≥" else lows).append((n, op in "≥≤"))
        for m in _BAND_RANGE.finditer(text):
            a, b = sorted((float(m.group(1)), float(m.group(2))))
            lows.append((a, True))
            highs.append((b, True))
        for m in _BAND_OPEN.finditer(text):
            # ('以上' without 及 or （含） leaves the number out, as a legend's score bands do)
            n, kept = float(m.group(1)), bool(m.group(2)) or m.group(3).startswith("及")
            (lows if "上" in m.group(3) else highs).append((n, kept))
        if not lows and not highs:
            continue
        lo = max(lows, key=lambda x: (x[0], not x[1])) if lows else (None, False)
        hi = min(highs, key=lambda x: (x[0], x[1])) if highs else (None, False)
        bands.append((lo[0], lo[1], hi[0], hi[1], words.pop()))
    ordered = sorted(bands, key=lambda b: -1.0 if b[0] is None else b[0])
    ranks = [_RANK[b[4]] for b in ordered]
    if len(set(ranks)) < 2 or any(a < b for a, b in zip(ranks, ranks[1:], strict=False)):
        return ()  # (one level, or lower products higher: not bands of a product read here)
    return tuple(ordered)


def _band_of(value: float, bands: tuple[_Band, ...]) -> str:
    """The level of the one band ``value`` falls in ('' in none, or in two of different levels:
    the edge two bands share)."""
    got = {
        b[4]
        for b in bands
        if (b[0] is None or value > b[0] or (b[1] and value == b[0]))
        and (b[2] is None or value < b[2] or (b[3] and value == b[2]))
    }
    return got.pop() if len(got) == 1 else ""


def _said_bands(bands: tuple[_Band, ...], letter: str = "D") -> str:
    """The bands as a note would write them, the highest first: 'D≥160为Ⅰ级、70≤D<160为Ⅱ级、
    D<70为Ⅲ级'."""

    def num(x: float) -> str:
        return f"{x:g}"

    out = []
    for lo, lo_in, hi, hi_in, lv in reversed(bands):  # (the highest level first)
        left = f"{num(lo)}{'≤' if lo_in else '<'}" if lo is not None else ""
        right = f"{'≤' if hi_in else '<'}{num(hi)}" if hi is not None else ""
        if lo is not None and hi is None:
            said = f"{letter}{'≥' if lo_in else '>'}{num(lo)}"
        else:
            said = f"{left}{letter}{right}"
        out.append(f"{said}为{lv}")
    return "、".join(out)


def _ticked_part(post: str) -> tuple[str, str]:
    """A post column's heading that names its 部 too ('综合部部长'): (部, post); else ('', post).
    (A 支部's, a 村委会's post stays as written.)"""
    if "、" in post or "委" in post:
        return "", post  # ('党支部书记、村委会主任', '村委会副主任': posts as written)
    d, t = split_dept_title(post)
    if (
        d
        and t
        and _dept_like(d)
        and is_post(t)
        and d.endswith(("部", "科", "室", "股", "处"))
        and not d.endswith(("支部", "党总支"))
    ):
        return d, t
    return "", post


def _blank_marks(rows: list[list[str]], cols: list[int]) -> frozenset[str]:
    """Boxes that are all filled, one mark ticking one of them and another mark in the rest
    (a symbol font's 'R' drawn as ☑ and '£' as ☐; '■' and '□'): the mark of the unticked ones,
    where most rows of boxes tick exactly one; else none."""
    if len(cols) < 2:
        return frozenset()
    lines = [[row[c].strip() if c < len(row) else "" for c in cols] for row in rows]
    lines = [v for v in lines if any(v)]
    marks = {x for v in lines for x in v}
    if len(lines) < 2 or len(marks) != 2 or "" in marks:
        return frozenset()
    counts = {m: sum(v.count(m) for v in lines) for m in marks}
    empty = marks & (_BOX_EMPTY | {"£"})  # ('£' is Wingdings 2's empty box, 'R' its ticked)
    if len(empty) == 1:
        blank = next(iter(empty))  # ('■ | □', '☑ | ☐': the empty box says so itself)
    else:
        blank = max(marks, key=lambda m: (counts[m], m))
        if len(set(counts.values())) == 1 or blank in _CRITERIA_TICKS or blank in _BOX_EMPTY:
            return frozenset()  # ('√ | √ | ×': two ticks and a cross; '√ | ×' under 高 | 低)
    ticked = next(m for m in marks if m != blank)
    if ticked in _NOT_TICKED:
        return frozenset()
    once = sum(v.count(ticked) == 1 for v in lines)
    return frozenset({blank}) if once * 5 >= len(lines) * 4 else frozenset()


# the marks that tick a cell of a type × level grid (a box left empty, ×, '/' tick none)
_GRID_MARKS = _CRITERIA_TICKS | _BOX_TICKED


def _ticked(v: str) -> bool:
    """A mark that says yes (√, ●, 是, 有): not empty and not one that says no (×, 否, 无)."""
    return bool(v) and v.strip() not in _NOT_TICKED


# the marks a cell under a kind of measure may hold (人防 | 制防 | 技防 | 群防): yes or no, nothing else
_KIND_MARKS = _CRITERIA_TICKS | _BOXES_ANY | _MARK_WORDS | frozenset(_NOT_TICKED)
_KIND_NOT = _BOX_EMPTY | frozenset(w for w in _MARK_WORDS if w[0] in "不否")  # ('不适用', '□')
# sub-headings saying how a measure stands, not what kind it is ('已落实 | 未落实', '是否执行')
_KIND_STATE = LazyRe(r"落实|完成|执行|整改|情况|是否|效果")


def _kind_ticked(v: str) -> bool:
    """A mark under a kind of measure that says it applies (√, ●, ☑, 是), not no (×, □, 否)."""
    return _ticked(v) and v.strip() not in _KIND_NOT


_GROUP_NUMBER = LazyRe(
    r"^(.+?)\s*(\d{1,2}|[一二三四五六七八九十①-⑩])\s*(?:[(（][^()（）]{0,6}[)）])?$"
)  # '风险点2（选填）', '风险点三', '风险等级②' (a band's sub-heading under its heading)
_GROUP_ROLES = ("risk_point", "risk_type", "risk_level", "measures")
_NUMBERED_END = re.compile(r"[\d一二三四五六七八九十①-⑩]\s*(?:[(（][^()（）]{0,6}[)）])?\s*$")
_HAN_NUMBER = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {
    c: i for i, c in enumerate("①②③④⑤⑥⑦⑧⑨⑩", 1)
}


def _point_groups(labels: dict[int, str]) -> list[dict[str, int]]:
    """Numbered groups of a point's columns along the header ('风险点1 | 风险类型1 | 风险等级1 |
    防控措施1 | 风险点2（选填）| …'), each group the same roles: role → column per group, in
    number order; [] unless two groups or more."""
    if not any(x and _NUMBERED_END.search(x) for x in labels.values()):
        return []  # (the cheap test: a numbered heading)
    by_number: dict[int, dict[str, int]] = {}
    plain: dict[str, int] = {}  # unnumbered columns of the same roles: the first group's
    for c in sorted(labels):
        text = squeeze(labels[c])
        m = _GROUP_NUMBER.match(text)
        h = heading_role(label_key(m.group(1) if m else text))
        if h is None or h.role not in _GROUP_ROLES:
            continue
        if m:
            n = _HAN_NUMBER.get(m.group(2)) or int(m.group(2))
            by_number.setdefault(n, {}).setdefault(h.role, c)
        else:
            plain.setdefault(h.role, c)
    groups = [by_number[n] for n in sorted(by_number)]
    if groups and 1 not in by_number and set(plain) >= set(groups[0]):
        # '风险点 | 风险类别 | … | 风险点2 | 风险类别2 | …': the unnumbered ones before are the first
        first = {r: plain[r] for r in groups[0]}
        if max(first.values()) < min(groups[0].values()):
            groups.insert(0, first)
    # every group a point; a later group may lack the level the first has (uneven bands: '① |
    # ② | ③' over the points, '① | ②' over the levels: the third point has no level written)
    if len(groups) < 2 or any(
        "risk_point" not in g
        or not set(g) <= set(groups[0])
        or set(groups[0]) - set(g) - {"risk_level"}
        for g in groups
    ):
        return []
    return groups


def _point_pairs(headings) -> list[int]:
    """Columns headed as a risk point with a level column right after them."""
    out = []
    for c in sorted(headings):
        h, nxt = headings[c], headings.get(c + 1)
        if h and h.role == "risk_point" and h.strength >= 2 and nxt and nxt.role == "risk_level":
            out.append(c)
    return out


@lru_cache(maxsize=1 << 14)
def _tail_label(first: str) -> bool:
    """A short first cell that names a total, a review box, a sign-off or a date."""
    k = label_key(first)
    return bool(_TOTAL.match(k)) or "意见" in k or _is_signoff_label(k) or _is_date(first)


_DITTO = {"同上", "〃", "同前", "同左", "同上。", "ditto"}

_RECORD_ROLES = ("risk_point", "description", "risk_type", "risk_level", "measures", "workflow",
                 "duty", "person", "title", "department")  # fmt: skip


def _grid_row_empty(row: list[str], gc: int, config) -> bool:
    """A grid's row that names its type (or level) in column ``gc`` and writes nothing else but
    '/', '无' or blanks at its crossings: no point of it, nothing to report."""
    said = squeeze(row[gc]) if gc < len(row) else ""
    if not said or not (config.level(said) or config.types(said)[0]):
        return False
    return all(
        not v.strip() or v.strip() in _NOTHING or _NOTHING_WRITTEN.match(v)
        for c, v in enumerate(row)
        if c != gc
    )


def _is_risk_text(v: str, config) -> bool:
    """A cell that could be a risk point's text: words, not a number or a level word."""
    return len(v) >= 4 and not _NUMBERISH.match(v) and config.level(v) is None


def _join_posts(forms: list[RawForm]) -> list[RawForm]:
    """Stacked tables of the same post on one sheet (a flow table per task, say) are one
    post's form; forms with a place for a name are never joined."""
    out: list[RawForm] = []
    seen: dict[tuple, RawForm] = {}
    for f in forms:
        key = (f.style, f.unit, f.department, f.title, f.person)
        first = seen.get(key)
        if first is not None and not f.person_asked and not first.person_asked:
            first.risks.extend(f.risks)
            first.duty_texts = list(dict.fromkeys([*first.duty_texts, *f.duty_texts]))
            continue
        seen.setdefault(key, f)
        out.append(f)
    return out


_HOLDER_HEADS = ("department", "title", "person")
# the heading of a long export's label column and of its value column ('项　目 | 内　容'), and
# of the key column before them ('记录编号'), as ``_key`` gives them
_LONG_LABEL_HEADS = frozenset(
    ("项目", "项目名称", "字段", "字段名", "字段名称", "要素", "指标", "指标名称", "名称", "栏目")
)
_LONG_VALUE_HEADS = frozenset(
    ("内容", "具体内容", "值", "字段值", "数值", "填写内容", "填报内容", "信息")
)
_LONG_KEY_HEAD = LazyRe(r"[号码]$|^(?:ID|NO\.?|KEY)$")  # 编号, 序号, 流水号, 编码, 代码
_HOLDER_ZH = {"department": "科室", "title": "岗位", "person": "姓名", "pair": "岗位和姓名"}

# per-post bands of labelled rows ('序号 | 岗位 | 姓名 | 项　目 | 第一项 | 第二项 | …'): the heading
# of the label column (as ``_key`` gives it; or none), the numbered items' headings across (第一项,
# 风险点1, 1, （一）), and the fields a band's rows may be labelled with
_BAND_LABEL_HEADS = frozenset(("项目", "内容", "类别", "项目内容", "类目", "栏目", "事项"))
_BAND_TAIL_HEADS = frozenset(("备注", "说明", "附注", "备考"))
# words for who holds a post that name none ('从事招生工作的人员'): the whole cell is the post
_NO_POST_ALONE = frozenset(("人员", "工作人员", "同志", "干部", "职工", "员工", "领导"))
# a post cell naming the post after what its holder does: '负责低保审核确认的股长'
_DUTY_THEN_POST = LazyRe(
    r"((?:分管|负责|主持|主管|协助|从事|承担|具体负责)[^的]{2,30})的([^的]{2,10})"
)
# a purpose clause after the point a guard word names: '，确保公平竞争', '，保障资金安全'
_AIM_PURPOSE = LazyRe(r"[，,](?:确保|保障|保证|做到|以便|从而|切实|维护|促进)")
# the headings whose closing bracket may name the table's holder: the point's, 序号, measures
_BRACKET_HOLDER_ROLES = frozenset(("risk_point", "seq", "measures", "description"))
# a caption of another list than this year's: last year's, an annex, a revision
_FORMER_LIST = LazyRe(r"^附|^原|上年|往年|去年|以前|\d{4}年|已调整|已销号")
# headings of bare numbers: quarters, months, items, no levels
_BARE_NUMBERS = frozenset((*"一二三四五六七八九十", *"123456789", "10", "11", "12"))
_BAND_ITEM = LazyRe(
    r"^(?:第(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})(?:项|个|条|点|栏)?"
    r"|(?:廉政)?(?:风险点?|风险事项|事项|条目|项)?[(（]?(?P<b>\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?)$"
)
_BAND_FIELDS = ("risk_point", "description", "risk_type", "risk_level", "measures", "workflow")
_CN_NUMERALS = {ch: i for i, ch in enumerate("一二三四五六七八九十", 1)}


def _band_item(text: str) -> int | None:
    """The number of a numbered item's heading ('第二项', '风险点2', '2', '（二）' → 2), else None."""
    m = _BAND_ITEM.match(re.sub(r"\s+", "", text.strip()).translate(_FULLWIDTH_DIGITS))
    if m is None:
        return None
    n = m.group("a") or m.group("b")
    if n.isdigit():
        return int(n)
    if len(n) == 1:
        return _CN_NUMERALS[n]
    if "十" not in n:
        return None  # ('一二': no number)
    tens, _, ones = n.partition("十")  # '十二', '二十', '二十一'
    return (_CN_NUMERALS.get(tens, 0) if tens else 1) * 10 + _CN_NUMERALS.get(ones, 0)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _holder_value(text: str) -> str:
    """What a value typed over a heading names: 'department' ('财务股', '站领导'), 'title'
    ('副局长'), 'person' ('厍昶翀'), 'pair' ('会计　戚翾珖'), 'unit' ('城关镇卫生院'), or ''
    (unclear)."""
    s = text.strip()
    k = _key(s)
    if not s or k == "\x00" or heading_role(k) is not None:
        return ""  # (a heading word, or a long text)
    if looks_like_name(s) and not is_post(s):
        return "person"
    if s.endswith(UNIT_END) and not is_post(s):
        return "unit"  # '城关镇卫生院': a unit's name, no 科室 of it (left as read)
    if _dept_like(s):
        return "department"
    if is_post(s):
        return "pair" if caption_holder(s)[1] else "title"
    return "pair" if caption_holder(s)[1] else ""


def _same_header(a: dict[int, Heading | None], b: dict[int, Heading | None]) -> bool:
    ra = {c: h.role for c, h in a.items() if h}
    rb = {c: h.role for c, h in b.items() if h}
    return ra == rb


def _reset_below(carry: dict[str, str], role: str, order: list[str]) -> None:
    """A new 科室 starts afresh: the post, holder and duty above it do not carry into it."""
    if role in order:
        for lower in order[order.index(role) + 1 :]:
            carry.pop(lower, None)
        for lower in ("duty", "workflow", "declared_grade"):
            carry.pop(lower, None)
    elif role == "duty":
        carry.pop("workflow", None)


def _extend(rr: RawRisk, values: dict[str, str]) -> None:
    """Add a continuation row's texts (under a risk point merged down) to that point."""
    for role in ("description", "measures"):
        v = values.get(role, "")
        old = getattr(rr, role)
        if v and v not in old:
            setattr(rr, role, f"{old}\n{v}" if old else v)
    for role in ("risk_type", "risk_level"):
        if not getattr(rr, role) and values.get(role):
            setattr(rr, role, values[role])


# the words opening a footer that names the holder of the rows above: '以上风险点', '上述5项'
_FOOTER_HOLDER_LEAD = LazyRe(
    r"^(?:以上|上述|上列)(?:所列|各项|全部)?(?:共?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条])?"
    r"(?:廉政风险点|风险点|风险事项|风险|事项)?的?[,，]?"
)


_FOOTER_COMMA = LazyRe(r"([，,；;])")
# the words opening a caption that names the holder of the rows below: '以下风险点', '下列事项'
_CAPTION_HOLDER_LEAD = LazyRe(
    r"^(?:以下|下列)(?:各项|全部)?(?:廉政风险点|风险点|风险事项|风险|事项)?的?[,，]?"
)


_WATCHER_PART = LazyRe(r"^(?:分管|主管|联系|挂点|包保|监督|督导)[\u4e00-\u9fff]{0,6}[:：]")


def _caption_holder_fields(text: str) -> dict[str, str]:
    """The 科室, post and holder a caption over a run of rows names in labelled fields, two
    at least, or the name after '以下风险点' ('以下风险点责任科室：院办　责任岗位：院长　责任人：…',
    '责任科室：…　责任人：…'), else {}."""
    s = NUMBERING.sub("", text.strip(), count=1)
    m = _CAPTION_HOLDER_LEAD.match(s)
    led = m is not None and m.end() > 0
    body = s[m.end() :] if m else s
    # ('责任科室：耕保股　分管领导：白振宇': the leader who oversees the rows holds none of them)
    parts = [x for x in _HOLDER_PARTS.split(body) if x]
    kept = [x for x in parts if not _WATCHER_PART.match(x)]
    watched = len(kept) < len(parts)
    fields = _holder_fields("　".join(kept), labelled=True)
    if watched and set(fields) == {"department"}:
        return fields
    # (a name alone under no lead, '本人签名：…', signs the rows above it)
    return fields if len(fields) >= 2 or (led and "person" in fields) else {}


def _footer_holder(text: str) -> dict[str, str]:
    """The 科室, post and holder a lone line closing a run of rows names in labelled fields
    ('以上风险点责任科室：局领导　责任岗位：局长　责任人：…'), else {}: only where it names a
    holder or a post, every part a holder's field."""
    s = text.strip()
    if len(s) > 60 or ("：" not in s and ":" not in s):
        return {}
    m = _FOOTER_HOLDER_LEAD.match(s)
    fields = _holder_fields(s[m.end() :], labelled=True) if m else {}
    return fields if {"title", "person"} & set(fields) else {}


def _footer_parts(text: str, config) -> tuple[tuple[str, str, int | None] | None, dict[str, str]]:
    """What a lone line closing a run says of its rows: the level (type) it gives, and the
    holder it names, either or both ('以上为一级风险点，责任人：…': the level, then the holder)."""
    said = _footer_says(text, config)
    if said is not None:
        return said, {}
    fields = _footer_holder(text)
    if fields:
        return None, fields
    parts = _FOOTER_COMMA.split(text.strip(), maxsplit=1)
    if len(parts) < 3:
        return None, {}
    head, _sep, tail = parts
    said = _footer_says(head, config)
    fields = _holder_fields(tail) if said is not None else {}
    return (said, fields) if said is not None and {"title", "person"} & set(fields) else (None, {})


def _footer_says(text: str, config) -> tuple[str, str, int | None] | None:
    """What a lone line closing a run of rows says of them all: the level or the type it gives
    and how many rows it counts ('以上为一级风险点（共3项）' → ('一级风险点', '', 3)); None for any
    other line — a note naming no level ('以上风险点由科室负责人负责防控'), a post's grade ('以上为
    高风险岗位'), a total ('合计：一级风险点3项' counts all, its levels written)."""
    s = squeeze(text)
    if len(s) > 32 or not s.startswith(_FOOTER_STARTS):
        return None
    m = _FOOTER_SAYS.match(s)
    if m is None:
        bare = _FOOTER_BARE.match(s)
        if bare is None or not config.level(bare.group("what")):
            return None
        return bare.group("what"), "", _small_number(bare.group("count"))
    what = m.group("what")
    if any(w in what for w in ("岗位", "单位", "科室", "部门", "人员", "责任")):
        return None  # ('以上为高风险岗位': the post's grade, not its points')
    level = what if ("风险" in what or what.endswith("级")) and config.level(what) else ""
    kind = ""
    if not level:
        known, unknown = config.types(what)
        if len(known) != 1 or unknown:
            return None
        kind = known[0]
    said = m.group("lead") or m.group("count")
    return level, kind, _small_number(said) if said else None


def _small_number(said: str) -> int:
    """'3' → 3, '三' → 3, '十二' → 12 (a footer's count)."""
    if said.isdigit():
        return int(said)
    digits = "一二三四五六七八九"
    tens, ten, ones = said.replace("两", "二").partition("十")
    if not ten:
        return digits.index(tens) + 1 if tens in digits else 0
    t = digits.index(tens) + 1 if tens in digits else (1 if not tens else 0)
    return t * 10 + (digits.index(ones) + 1 if ones in digits else 0)


def _section_label(sh: _Sheet, r: int, roles: dict[str, int]) -> str | None:
    """A row such as '"三重一大"方面' opens a section of the table.

    Alone on its row it is a section whatever column it sits in (often 序号, or a merged row);
    beside other cells it is one only if the risk point is blank.
    """
    cols = sh.nonempty(r)
    if not cols or len(cols) > 2:
        return None
    text = label_key(sh.rows[r][cols[0]])
    alone = len(cols) == 1
    rp = roles.get("risk_point")
    if not alone and rp is not None and rp < len(sh.rows[r]) and sh.rows[r][rp]:
        return None
    if "三重一大" in text and (alone or text.endswith("方面")):
        return "三重一大"
    if text.endswith("方面") and len(text) <= 20 and alone:
        return text[: -len("方面")]
    return None


def _duty_texts(sh, h: int, roles: dict[str, int], rows: list[RawRisk]) -> list[tuple[str, str]]:
    """The duty and workflow texts of a form, each with its column's label, for grading."""
    labels = {}
    for role, default in (("duty", "岗位职责"), ("workflow", "工作流程")):
        c = roles.get(role)
        header = (
            label_key(sh.rows[h][c])
            if sh is not None and c is not None and c < len(sh.rows[h])
            else ""
        )
        labels[role] = header if 0 < len(header) <= 8 else default
    duty, workflow = labels["duty"], labels["workflow"]
    pairs: dict[tuple[str, str], None] = {}
    for rr in rows:
        if rr.duty:
            pairs[duty, rr.duty] = None
        if rr.workflow:
            pairs[workflow, rr.workflow] = None
    return list(pairs)


# --------------------------------------------------------------------------- field codes
# A list exported from a database keeps the database's column names as its heading
# ('XH | DWMC | GWMC | FXDMC | FXDJ'), their meaning given only by a data dictionary
# ('字段名 | 字段说明', one row a field) on another sheet or below the list.

_FIELD_CODE = LazyRe(r"[A-Za-z][A-Za-z0-9_]{1,39}")
# a dictionary's heading words: the column of codes and the column of their meanings are told
# apart by their contents (ASCII codes, Chinese meanings), as '字段名称' may be either
_CODE_HEADS = frozenset(
    ("字段名", "字段代码", "字段编码", "字段标识", "字段", "字段英文名", "英文字段名", "英文名",
     "英文名称", "列名", "列代码", "字段名称", "代码")
)  # fmt: skip
# the meaning columns, the shortest first: '中文名' beside a long '说明' is the name to read
_MEANING_HEADS = (
    "中文名", "字段中文名", "中文名称", "字段中文名称", "字段含义", "含义", "字段说明", "中文说明",
    "说明", "字段描述", "描述", "注释", "字段名称", "列名称", "名称",
)  # fmt: skip
# a dictionary is told by a heading word only these say
_DICTIONARY_WORDS = ("字段", "列名", "英文名")
_HAN_CHAR = LazyRe(r"[\u4e00-\u9fff]")


@dataclass
class FieldDictionary:
    """A data dictionary read off one sheet: code (upper case) → meaning, and the rows it takes
    (its heading, its fields and a caption line just above), which are no list's rows."""

    sheet: str
    meanings: dict[str, str]
    rows: range


def _is_code(text: str) -> bool:
    return bool(text) and _FIELD_CODE.fullmatch(text) is not None


def data_dictionary(grid) -> FieldDictionary | None:
    """The data dictionary on ``grid`` ('字段名 | 字段说明 | 数据类型 …', one row a field), or None.

    The heading is a row with a code word and a meaning word (at least one saying 字段, 列名 or
    英文名); the code column is the one whose cells below are field codes, the meaning column
    the first of ``_MEANING_HEADS`` whose cells are Chinese. Three fields at least; a code the
    dictionary gives two meanings is left out (which one the list means is not known)."""
    rows = grid.rows
    for h, row in enumerate(rows):
        text = "\x00".join(row)
        if not any(w in text for w in _DICTIONARY_WORDS):
            continue  # (most rows: no cell by cell look)
        keys = [label_key(v) if v and len(v) <= 10 else "" for v in row]
        if not any(k and any(w in k for w in _DICTIONARY_WORDS) for k in keys):
            continue
        heads = [c for c, k in enumerate(keys) if k in _CODE_HEADS or k in _MEANING_HEADS]
        if len(heads) < 2:
            continue
        below = rows[h + 1 :]
        found = _dictionary_columns(keys, heads, below)
        if found is None:
            continue
        code_col, meaning_col = found
        meanings: dict[str, str] = {}
        twice: set[str] = set()
        last, misses = h, 0
        for r, line in enumerate(below, h + 1):
            code = line[code_col].strip() if code_col < len(line) else ""
            meaning = fold(line[meaning_col]) if meaning_col < len(line) else ""
            if _is_code(code) and _HAN_CHAR.search(meaning):
                key = code.upper()
                if meanings.get(key, meaning) != meaning:
                    twice.add(key)
                meanings.setdefault(key, meaning)
                last, misses = r, 0
            elif any(line):
                misses += 1
                if misses > 2:
                    break
        for key in twice:
            del meanings[key]
        if len(meanings) >= 3:
            top = h
            while top > 0 and h - top < 2 and 0 < sum(map(bool, rows[top - 1])) <= 1:
                top -= 1  # '附：数据字典' above it
            return FieldDictionary(grid.name, meanings, range(top, last + 1))
    return None


def _dictionary_columns(keys: list[str], heads: list[int], below: list[list[str]]):
    """(code column, meaning column) of a dictionary heading by its cells below, or None."""

    def cells(c: int) -> list[str]:
        out = []
        for line in below[:200]:
            v = line[c].strip() if c < len(line) else ""
            if v:
                out.append(v)
        return out

    code_col = next(
        (
            c
            for c in heads
            if keys[c] in _CODE_HEADS
            and (vs := cells(c))
            and sum(map(_is_code, vs)) >= max(3, 0.8 * len(vs))
        ),
        None,
    )
    if code_col is None:
        return None
    meaning = [
        (_MEANING_HEADS.index(keys[c]), c)
        for c in heads
        if c != code_col
        and keys[c] in _MEANING_HEADS
        and (vs := cells(c))
        and sum(bool(_HAN_CHAR.search(v)) for v in vs) >= 0.8 * len(vs)
    ]
    return (code_col, min(meaning)[1]) if meaning else None


def code_heading(grid) -> tuple[int, list[int]] | None:
    """(row, its columns) of a heading made of field codes ('XH | DWMC | BMMC | FXDMC …'): the
    sheet's first row of three cells or more (a title line above it aside), wholly codes, with
    Chinese written below it; None for any other sheet."""
    rows = grid.rows
    seen = 0
    for r, row in enumerate(rows):
        filled = [c for c, v in enumerate(row) if v]
        if not filled:
            continue
        seen += 1
        if len(filled) >= 3:
            if not all(_is_code(row[c].strip()) for c in filled):
                return None
            han = sum(
                1 for line in rows[r + 1 : r + 30] if any(_HAN_CHAR.search(v) for v in line if v)
            )
            return (r, filled) if han else None
        if seen >= 3:
            return None
    return None


def heading_by_dictionary(
    grid, heading: tuple[int, list[int]], dictionaries: list[FieldDictionary]
) -> tuple[object, dict[str, str]] | None:
    """A copy of ``grid`` whose heading of codes reads as the dictionary's meanings (codes it
    does not define stay as written; the rows of a dictionary on this sheet left blank), and
    the codes read; None when fewer than two of its codes are defined. The cells keep their
    places, so issues point at the sheet's own cells."""
    r, cols = heading
    meanings: dict[str, str] = {}
    for d in dictionaries:
        for code, meaning in d.meanings.items():
            meanings.setdefault(code, meaning)
    row = list(grid.rows[r])
    read: dict[str, str] = {}
    for c in cols:
        meaning = meanings.get(row[c].strip().upper())
        if meaning:
            read[row[c].strip()] = meaning
            row[c] = meaning
    if len(read) < 2:
        return None
    rows = [list(line) for line in grid.rows]
    rows[r] = row
    for d in dictionaries:
        if d.sheet == grid.name:
            for k in d.rows:
                if k != r and k < len(rows):
                    rows[k] = [""] * len(rows[k])
    return replace(grid, rows=rows), read
