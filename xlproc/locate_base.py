"""The sheet model and the module-level helpers of the reader (``xlproc.locate``).

``_Sheet`` (a sheet's cells as text, merges, rows' kinds), ``_Table`` (one header and
its columns' roles), ``RawRisk``, ``RawForm``, ``SheetResult``, ``PointHolder`` …, the
regexes and constants naming what headings, labels and cells say, and the helper
functions on cell texts that the mixins of ``_Locator`` (``locate_*.py``) and
``locate.py`` use. Split out of ``locate.py`` by ``benchmarks/split_locate.py``: the
statements are in their order there; rerun the script rather than edit the split by
hand while other branches still change the one-module form.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from xlproc.columns import (
    _BODY_NAMED,
    _BODY_POST_HEAD,
    _IN_TURN,
    _TURN_PARTS,
    ANCHOR,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    IDENTITY,
    LEADERS_GROUP,
    LIKELY,
    NOT_A_NAME,
    NOT_NAME_CHARS,
    POINTISH,
    POST_BRACKET_NAME,
    POST_ENDS,
    SURE,
    TIBETAN,
    WATCHERS,
    Guess,
    Heading,
    _dept_like,
    asks_level,
    heading_role,
    holders_in_turn,
    lead_share_line,
    looks_like_name,
    measure_item,
    risk_worded,
    share_labels_tagged,
    starts_with_surname,
    surname_and_one,
    turn_lines,
)
from xlproc.config import CROSS_MARKS, EMPTY_BOXES, SOLID_MARKS, TICK_MARKS, ticked_choices
from xlproc.forms import FormSpec, load_spec
from xlproc.identity import (
    DASHES,
    HAN_NAME,
    HAN_TEXT,
    HOLDER_SPLIT,
    LABEL_PREFIX,
    NO_ONE,
    NOT_HOLDER_HEAD,
    NUMBERING,
    POST_NOTE,
    TAB_NUMBER,
    TITLE_ENDS,
    UNIT_END,
    VACANT,
    _post_run_name,
    caption_holder,
    caption_identity,
    caption_level,
    caption_numbering,
    field_after_post,
    holder_and_post,
    is_post,
    labelled_rare_name,
    marked_name,
    post_of,
    roster_cell,
    several_names,
    several_unlisted_names,
    shortened,
    split_dept_title,
    split_unit_title,
    squeeze,
    tier_of_post,
    unit_in_title,
)
from xlproc.issues import Issue
from xlproc.script import as_keyed
from xlproc.text import (
    LEVEL_ALTS,
    LIST_SEPARATORS,
    LazyRe,
    cell_ref,
    fold,
    is_list_note,
    label_key,
    lists_in_brackets,
)

if TYPE_CHECKING:
    from collections.abc import Callable

_ANNEX = re.compile(r"^附件[0-9一二三四五六七八九十]+$")
# '…一级廉洁风险点清单', '…高风险事项': the one level a title gives all its rows (not a 高风险岗位,
# a post's grade; not the 中 of 高中, 初中)
# type codes ('A', 'B、C') and a line defining them ('A—思想道德风险，B—制度机制风险')
# how a note opens: '注：', '说明：', '填表说明：本表为…' (how the form is to be filled in)
_NOTE_OPENINGS = ("注", "备注", "说明", "填表说明", "填写说明", "填报说明", "填表须知", "填写须知")

# people named by the part they took in a record of another kind under a list ('主持人', '记录人',
# '参加人员', '谈话对象': a 学习教育, 谈话 or 会议 record; ``_Sheet.record_rows``, ``_heading_under_list``)
_RECORD_PEOPLE = LazyRe(
    r"(?:主持|记录|参加|参会|出席|列席|谈话|授课|主讲|领学|宣讲|召集)(?:人员?|对象)"
)

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
_REVISED_WORDS = LazyRe(r"原|调整|现|上年|本年|新|前|修订|变更")
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
    r"|(?:谈话|约谈|提醒|交接)?(?:时间|日期|地点|方式|事由|形式)"
    # a controlled record's block ('文件编号 | CYZZ-JL-027 | 版本号 | 第2版 | 生效日期 | … | 页码 | …')
    r"|文件编号|记录编号|表单编号|版本号|版次|修订号|受控号|生效日期|实施日期|页码|页　码|编写人|批准人)[:：]?$"
)
# the label of when a form was filled in ('填表时间', '填报日期'): a label beside a field, no value
_FILED_WHEN = LazyRe(r"^(?:填表|填报|制表|报送)(?:日期|时间)[:：]?$")
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
_COUNT_CELL = LazyRe(r"^(?:共计|共|计)?\s*\d+(?:\.\d+)?\s*[个项条人]?$")  # ('共3项' too)
# a lone line closing a run of rows with the level or type of them all: '以上为一级风险点（共3项）',
# '以上3项为高风险', '上述风险点为二级风险', '以上均为中风险', '以上为制度机制风险'
_FOOTER_STARTS = ("以上", "上述", "上列")
# the brackets a footer may be written in as a whole: '（以上为一级风险点，共3项）', '【上述风险点为三级】'
_FOOTER_OPENERS = "（(【[［"
_FOOTER_CLOSERS = {"（": "）", "(": ")", "【": "】", "[": "]", "［": "］"}
_FOOTER_SAYS = LazyRe(
    r"^(?:以上|上述|上列)(?:所列|列出的|各项|全部|所有)?"
    r"(?:共?(?P<lead>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处](?:风险点?)?[,，、]?)?"
    r"(?:风险点|风险事项|各项|事项)?(?P<graded>的?(?:风险)?(?:等级|级别))?(?:均|都|皆|全部|全)?"
    r"(?P<verb>为|属于|属|是|系|(?:评|确|认)?定为|列为|\s*[:：]\s*)"
    r"(?P<what>[^,，。;；:：()（）]{1,14}?)"
    r"(?:[(（,，]?共?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处](?:风险点)?[)）]?)?[。.]?$"
)
# a footer naming the level with no verb: '以上一级风险点共2项', '上述高风险点3个'
_FOOTER_BARE = LazyRe(
    r"^(?:以上|上述|上列)(?P<what>[^,，。;；:：()（）共\d]{2,10}?风险点?)"
    r"[,，]?共?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处][。.]?$"
)
# a lone line naming a level and counting its rows, no 以上 and no 小计: '二级风险点（共2项）',
# '高风险点合计：2项', 'Ⅱ级风险，共3个' — a group's closing row where it follows its rows
# (``_closing_count_rows``), else a group line over the rows below (LEVEL_ROW_COUNT_TAIL)
_CLOSING_COUNT = LazyRe(
    r"^(?P<what>[^\d，,。；;：:（）()、.．\s]{2,10}?)[，,]?"
    r"(?:[(（](?:共计|共|计)(?P<a>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处][)）]"
    r"|(?:合计|共计|总计|共)[:：]?(?P<b>\d{1,3}|[一二两三四五六七八九十]{1,3})[项个条处])[。.]?$"
)
# a sentence counting the points: '本岗位共查找廉政风险点5个,其中Ⅰ级2个…', '本站共排查岗位4个,
# 查找廉政风险点7个…'
_TALLY = re.compile(
    r"^(?!\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．])"  # a numbered caption is none
    r"\s*(?:本\S{1,3}|以上|上述)?[^,，。;；]{0,8}?(?:共(?![性同通])|合计|总计|累计)[^。;；]{0,30}?风险点?"
    r"\D{0,3}\d+\s*[个项条处]"
)
# a point cell counting its holder's points, no risk of its own: '本岗位风险点共3项', '共2个风险点',
# '风险点合计：3项', '该岗位共排查风险点4个（其中一级1个）', '本岗位共有风险点2项', '风险点2个',
# '共2项风险点，其中高风险1项', '小计：2项', '本岗位风险点数：2' (a holder's summary row, ``_table``);
# nothing else of risk text ('本岗位共涉及审批事项3项，存在违规审批风险' is a point)
_SUMMARY_COUNT = LazyRe(
    r"^(?:本|该)?(?:岗位|科室|股室|处室|部门|人|同志)?(?:廉政)?(?:"
    r"(?:风险点?)?(?:共[计有]?|合计|总计|小计)[:：]?(?:排查|查找|梳理|查摆|排查出|查找出)?"
    r"(?:廉政)?(?:风险点?)?"
    r"|风险点(?P<tally>数量?|个数)?(?:共[计有]?|合计|总计|小计)?[:：为]?)"
    r"\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?(tally)[项个条处]?|[项个条处])"
    r"(?:廉政)?(?:风险点?)?"
    r"(?:[(（][^()（）]{0,24}[)）]|[,，;；]其中[^。;；]{0,24})?[。.]?$"
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


class _Graded(dict):
    """A cell's text → it may be one of a 风险坐标图's grades (``_map_grades``: a level word, a
    score of 1–5, a word of ``_FIVE_WORDS``), worked out once a text (``_risk_maps``' cheap test:
    a district's list of 50,000 rows repeats its words)."""

    def __init__(self, level) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, v: str) -> bool:
        t = v.strip()
        got = self[v] = (
            _grid_head(t, self.level) is not None
            or t in _FIVE_WORDS
            or (len(t) == 1 and t in "12345")
        )
        return got


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
_SEQ_LIST = LazyRe(r"^\d{1,3}(?:\s*[、,，;；/\s]\s*\d{1,3})*$")
# a 注 line's zone: '…（右上三格）为高风险', '一高一低、或均为中的…为中风险', '其余为低风险'
_ZONE_LEVEL = LazyRe(r"(?:为|属于?|是|列为)(高|较高|中|中等|一般|低|较低|[一二三]级)(?:风险|区)")
_ZONE_CORNER = LazyRe(r"(右上|左下|左上|右下)[角方]?(?:的)?([一三六136])?格?")
_ZONE_CORNER_WORDS = re.compile(r"右上|左下|左上|右下")
_ZONE_DIAGONAL = LazyRe(r"对角(?:线)?(?:上)?(?:的)?([三3])?格?|中间(?:斜线)?([三3])格")
_ZONE_BOTH = LazyRe(r"(?:均|都|皆)为?(高|中|低)")
_ZONE_MIXED = LazyRe(r"一(高|中|低)一(高|中|低)")
_ZONE_REST = LazyRe(r"其余|其他|其它|剩余|余下")
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
            "无此风险", "－", "未发现", "暂未发现", "未发现风险点", "无明显风险点", "无明显风险",
            "暂无风险点", "暂无风险", "无廉政风险点"}  # fmt: skip
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
    "填表",
    "填报",
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
# a sign-off's label only with its colon ('汇总：文书', '汇总人：某某': who put the list together);
# bare, '汇总' heads a totals row or a sheet, no signer's place
_SIGNOFF_WITH_COLON = frozenset(("汇总", "汇总人"))
_PAGE = re.compile(r"^(第\d+页[,，]?(共\d+页)?|共\d+页[,，]?第\d+页|\d+/\d+|-\d+-)$")
# a line to cut a card printed twice apart ('✂- - - 沿此线裁开 - - -', '——————'), or a copy's
# name ('（第二联　站存档）'): the page's, never a title, unit or 科室 of the copy under it
_CUT_LINE = re.compile(
    r"^.{0,30}(?:[✀✁✂✃✄]|沿[此虚]?线(?:裁|剪|撕)|(?:裁剪|剪切|裁切|撕开)线|此处(?:裁|剪|撕)开)"
    r"|^[\s\-－—–_.·…=＝~～]*[\-－—–_=＝~～](?:[\s\-－—–_.·…=＝~～]*[\-－—–_=＝~～]){3}[\s\-－—–_.·…=＝~～]*$"
    # (and a copy's own name on its line: '（第二联　站存档）', '（此联交本人）', '存根')
    r"|^[(（]?\s*(?:此联|第[一二三四1-4]联)[^()（）]{0,20}[)）]?$|^[(（]?\s*(?:存根|回执)联?\s*[)）]?$"
)
# a cell of an OA export's print line ('打印人：系统管理员', '打印时间：2025-03-20 14:02', '导出时间：…')
_PRINTED_LINE = re.compile(r"^\s*(?:打印|导出)(?:人|时间|日期)\s*[:：]")
_ENDS_WITH_DATE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九十]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"(\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?(?:\s*(?:公示|发布|印发|制表|制))?$"
    r"|\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$"
)  # ('…服务中心　2025年5月公示': the board's dating line)
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
    # roles ('department,title') whose cell said '（接上页）' with no holder above (review 110)
    page_on: str = ""
    # the return it was merged from ('资源保护科-护林员-臧屹沣', a merge's 工作簿名称): one form a return
    source: str = ""
    # the heading of its table's case column ('办理日期', '案件编号'): a ledger one row a case,
    # where one holder's point comes back on each case (``normalise._repeats_as_one``)
    case: str = ""
    # its type cell writes the body's own class, no type (TYPE_OWN_CLASSES_UNREAD): kept as
    # written (raw_risk_type), no type read, no error a row
    type_set_aside: bool = False

    def cell(self, role: str, fallback: str = "risk_point") -> str:
        """The Excel reference of this risk's cell for ``role`` (else for ``fallback``)."""
        if role not in self.cols:
            role = fallback
        # (a table read with neither: its first column read, not an error raised — fuzzing)
        col = self.cols.get(role, min(self.cols.values(), default=0))
        return cell_ref((self.rows or {}).get(role, self.row), col)


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
    split_sheets: bool = False  # on one of the sheets of one list split by level (``_join_sheets``)
    source: str = ""  # the return it was merged from (``RawRisk.source``): never joined to another
    point_sheet: bool = False  # a holder of one sheet's point (``_point_holders_table``)


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
    # the points named by the list's short 风险点 words instead ('户外广告审批、占道经营许可')
    names: list[str] = field(default_factory=list)
    # a grid with a column a grade ('一级风险点 | 二级风险点'): number → (the grade's word, its cell)
    levels: dict[int, tuple[str, str]] = field(default_factory=dict)


@dataclass
class PointHolders:
    """A table of such rows (``_point_holders_at``): its numbers' heading, that heading's cell
    and its rows; the list it speaks of is settled across the file (``collect``). ``by_name``:
    its cells name the points by the list's 风险点 words, not by 序号."""

    row: int
    cell: str
    heading: str
    holders: list[PointHolder]
    by_name: bool = False
    # a roster printed beside the list keyed by its own matter column ('包保企业 | 包保责任人'):
    # whose each key's points are, not who oversees them (``_matter_roster_beside``)
    beside: bool = False
    # its numbers stand in a column a grade ('一级风险点 | 二级风险点 | 三级风险点'): each holder's
    # points at the level of the column (``PointHolder.levels``)
    graded: bool = False
    # its numbers are those each holder does NOT have ('本人不涉及的风险点（填序号）' | '第2、5项',
    # '无' all): his points are the list's others (``PointHolder.numbers`` the excluded)
    excluded: bool = False


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
    # read under the sheet before's headings (a page with no header of its own)
    headerless: bool = False
    # a sheet that is only a list of who holds which post ('科室 | 岗位 | 姓名'): post → holder
    # (see ``roster_key``), for the lists of the file's other sheets that name no one
    roster: dict[str, str] = field(default_factory=dict)
    # its posts a status column ('在岗情况') leaves with several staff in post: key → names, each a
    # holder of the post (``_roster_status``)
    roster_many: dict[str, list[str]] = field(default_factory=dict)
    # and the posts it lists two or more staff for with no such column: key → (cell, names),
    # post-only, said where a list asks for the post's holder
    roster_several: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    # and of those, the ones its '分管工作' column tells apart: key → (the column's cell, duty →
    # name), each list row of the post whose 分管工作 is one of them that holder's
    roster_by_duty: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    # the staff its status column takes out of post: name → (cell, status); and the posts whose
    # holders that changed (``_roster_status``): the info stands only where a post-only list of
    # another sheet asks for one of them, a named list giving one of them points is warned
    roster_out: dict[str, tuple[str, str]] = field(default_factory=dict)
    roster_changed: set[str] = field(default_factory=set)
    # the roster is a card's sign-off register ('岗位 | 领卡人（签名） | 签收日期'): (its signer
    # column's cell, heading), said where a post-only list of another sheet takes its holders
    roster_signed: tuple[str, str] | None = None
    # tables of holders naming their points by the list's 序号 ('负责风险点序号 | 1—2'), no points
    point_holders: list[PointHolders] = field(default_factory=list)
    # rows of notes or tables read as a roster of a list's 序号 ranges (HOLDERS_BY_RANGES): the
    # same note is not read again by 序号 in collect (``_ranges_read``)
    ranges_read: set[int] = field(default_factory=set)
    # tables whose section rows name several holders ('二、药剂科（科主任　某；药师　某）'):
    # (point column, [(holders named, rows under it)], a note says indent tells them apart),
    # read by the points' typed indent in collect (``_holders_by_indent``)
    indent_groups: list = field(default_factory=list)
    # an older year's table set aside under the current one (TABLE_SET_ASIDE): (its year, its cell,
    # [(科室, post, holder)] a row), naming the holders a '同上年' cell of the current list means
    # (``_holders_as_older_list`` in collect)
    older_lists: list = field(default_factory=list)


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


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=1 << 14)
def _names_point_cell(v: str) -> bool:
    """A cell that could head a table's risk text column (风险点, 风险描述 …). (Cached, as
    ``_heading_cell``: a pure function of the text, and a long list's type and level cells,
    written with 风险 on every row, are a few texts again and again.)"""
    if not v or len(v) > 40 or not ("风" in v or "描述" in v or "表现" in v):
        return False
    h = heading_role(label_key(v))
    if (h is None or h.role not in POINTISH) and ("（" in v or "(" in v):
        # '廉政风险点（分条编号，括号内为风险等级）': the note in the bracket names a level, the
        # heading before it the points (as ``_key`` reads a sure heading's qualifier)
        h = heading_role(_key(v))
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
    if colon and key in _SIGNOFF_WITH_COLON:
        return True  # ('汇总：', '汇总人：' a colon after it: who put the list together)
    return _is_signoff_label(key) and (bool(colon) or len(key) <= 8)


def _signed_label(v: str) -> bool:
    """A sign-off label with its value in one cell: '编制:综合部', '审核：纪检监察室'."""
    head, colon, rest = v.partition(":") if ":" in v else v.partition("：")
    rest = rest.strip()
    return (
        bool(colon)
        and len(head) <= 6
        and (_is_signoff_label(key := label_key(head)) or key in _SIGNOFF_WITH_COLON)
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


# a form's signing role ('单位负责人', '统计负责人', '填表人', '主管领导'): the label of a signer's
# place in a 统计报表's closing row ('单位负责人：那某 | 统计负责人：覃某 | 填表人：… | 报出日期：…')
_SIGNING_ROLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}负责人|填表人|填报人|制表人|审核人|复核人|审批人|经办人|[主分]管领导)$"
)
_SIGNED_DATE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:日期|时间)$")
# a leader's post among the signing roles' words ('分管领导'): an ordinary post, no report's signer
_LEADER_NOT_SIGNER = re.compile(r"^[主分]管领导$")
# '单位负责人（签字）：祁某': the place to sign marked after its role
_SIGN_HERE_MARK = re.compile(r"[(（]\s*(?:签字|签名|签章|盖章|签字盖章|签名盖章)\s*[)）]")
# '填报单位：XX县统计局' in a sign-off line: the reporting unit's field, no place to sign
_REPORTING_UNIT_FIELD = re.compile(r"^(?:填报|报送|报表|制表|统计)?单位(?:名称)?$")
# a two-character value after a role's colon that is no name ('盖章', '同上', '本人')
_NOT_SIGNED_NAME = re.compile(r"签|章|同上|本人|见|无|空")


def _signer_role(head: str) -> str:
    """A sign-off label's role, its '（签字）' mark off: '单位负责人（签字）' → '单位负责人'."""
    return squeeze(_SIGN_HERE_MARK.sub("", as_keyed(head)))  # ('單位負責人': its simplified key)


def _signer_name(v: str) -> bool:
    """The name signed after a role's colon: a name, or a surname and one character ('李理',
    '王科'), as after a post ('副所长 李理'): after a role's colon a two-character value is the
    signer's, unless a post, a word known as no name or a sign-off word ('盖章')."""
    v = squeeze(v)
    if looks_like_name(v) or surname_and_one(v):
        return True
    return (
        len(v) == 2
        and starts_with_surname(v)
        and "\u4e00" <= v[1] <= "\u9fff"
        and not is_post(v)
        and v not in NOT_A_NAME
        and not _NOT_SIGNED_NAME.search(v)
    )


def _role_signed(v: str) -> bool:
    """A signer's place with its name in one cell ('统计负责人：覃璨芃', '单位负责人（签字）：李理')
    or the date it was signed on ('报出日期：2025年6月10日'): a sign-off's cell, never a point or a
    level."""
    head, colon, rest = v.partition("：") if "：" in v else v.partition(":")
    if not colon or len(head) > 14:
        return False  # (the cheap test first: a short label and a colon)
    head, rest = _signer_role(head), rest.strip()
    if len(head) > 8:
        return False
    if _SIGNED_DATE.match(head):
        return _is_date(rest)
    return bool(_SIGNING_ROLE.match(head)) and _signer_name(rest)


def _post_to_sign(v: str) -> bool:
    """A leader's post with a colon, his place to sign ('局长：', '分管副局长：'): in a line of
    such pairs under a list, a sign-off, not a row."""
    key = _key(v)
    return (
        2 <= len(key) <= 8
        and not key.endswith("负责人")  # ('科室负责人：' may name a card's holder)
        and (bool(tier_of_post(key)) or key.endswith(POST_ENDS))
    )


def posts_to_sign_line(row: list[str]) -> bool:
    """A line whose places to sign are all leaders' posts ('股长： | 甲 | 副股长： | 乙'): a sign-off
    only UNDER a table; above one it is read as any line (``_post_to_sign``)."""
    labels = [v.strip() for v in row if v and v.strip().endswith((":", "："))]
    return len(labels) >= 2 and all(
        _post_to_sign(v) and not _is_signoff_label(_key(v)) for v in labels
    )


def lone_post_pair(sh: _Sheet, rows: list[int]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The one leader's post with a colon and a name after it in the lines above a card
    ('股长： | 宓霁川 | 填表日期： | 2025年6月'): the card's post and holder, as '负责人： | …'
    names one; two such pairs ('股长： | 甲 | 副股长： | 乙') name no one holder (None)."""
    found = None
    for r in rows:
        row, cols = sh.rows[r], sh.nonempty(r)
        for i, c in enumerate(cols):
            v = row[c].strip()
            if not v.endswith((":", "：")) or not _post_to_sign(v):
                continue  # (the cheap test first: a label with a colon, a post's)
            key = _key(v)
            if _is_signoff_label(key) or field_of(key):
                continue  # '审核人：', '岗位：': a sign-off's or a field's label, read as such
            name = squeeze(row[cols[i + 1]]) if i + 1 < len(cols) else ""
            if found is not None or not looks_like_name(name):
                return None
            found = ((squeeze(v.rstrip(":：")), cell_ref(r, c)), (name, cell_ref(r, cols[i + 1])))
    return found


# a signer's label standing bare in its cell, its value the next ('填报人 | 卜某 | 审核人 | 聂某')
_SIGNER_BARE = frozenset(
    ("填报人", "填表人", "制表人", "审核人", "审批人", "复核人", "经办人", "负责人", "单位负责人",
     "部门负责人", "科室负责人", "主要负责人", "分管领导")
)  # fmt: skip


def _signer_with_value(v: str) -> bool:
    """A signer's label and its value in one cell: '负责人：站长　某某', '审核人：聂某'."""
    head, colon, rest = v.partition("：") if "：" in v else v.partition(":")
    rest = rest.strip()
    return (
        bool(colon)
        and head.strip() in _SIGNER_BARE
        and 0 < len(rest) <= 16
        and (looks_like_name(rest) or looks_like_name(rest.split()[-1]))
    )


def _signoff_pairs(row: list[str], cols: list[int]) -> bool:
    """A line of places to sign, each a label with a colon and at most one short value after it
    ('填报人: | 韦春燕 | 审核人: | 田志刚 | 日期: | 2025-03-12'): a sign-off however many pairs."""
    if len(cols) > 2 and _is_date(row[cols[-1]]):
        cols = cols[:-1]  # '… | 审核人: | 缑晓岚 | 2024年6月12日': the date it was signed on
    labels, after = 0, 1
    for c in cols:
        v = row[c].strip()
        if v.endswith((":", "：")) and (
            _is_signoff_label(_key(v))
            or _post_to_sign(v)
            or _SIGNING_ROLE.match(_key(v)) is not None  # '财务负责人： | 宓某': a 报表's signer
        ):
            labels, after = labels + 1, 0
        elif v in _SIGNER_BARE and after:
            labels, after = labels + 1, 0  # ('填报人 | 卜某 | 审核人 | 聂某': labels, no colon)
        elif after and _signer_with_value(v):
            labels, after = labels + 1, 1  # ('… | 负责人：站长　某某': a label and its value)
        elif after or len(v) > 16:
            return False  # two values in a row, or a long text: data
        else:
            after = 1
    return labels >= 2 and len(cols) <= 2 * labels


@lru_cache(maxsize=1 << 16)
def _key(v: str) -> str:
    """A cell's label key; long texts are no label ('\x00'). A known heading or field with a
    qualifier in brackets is that heading ('风险点(注明等级)', '单位(盖章)', '科室(股室)'). (Cached
    across sheets: the headings and field labels of a batch's forms are few texts, again and
    again; ``_Sheet.key`` keeps each sheet's own.)"""
    if not v:
        return ""
    if len(v) > _MAX_LABEL:
        return "\x00"
    if "(" in v or "（" in v:
        m = _QUALIFIED.match(v)
        if m and asks_level(v):
            return label_key(v)  # ('重点风险（√/×）': a question of the level, no point heading)
        if m:
            outer = label_key(m.group(1))
            h = heading_role(outer) if outer else None
            if (
                (h is not None and h.strength == SURE)
                or field_of(outer)
                # '岗位廉政风险点（按人员逐条填写，括注等级）': a likely points heading before a note
                # on how to fill it is that heading (the note's '等级' names no level column)
                or (h is not None and h.role in POINTISH and _FILLING_NOTE.search(v[m.end(1) :]))
            ):
                inner = label_key(v[m.end(1) :])
                # '责任人(分管领导)': the brackets name the leader who watches, not a qualifier
                if not (h and h.role == "person" and inner in WATCHERS):
                    return outer
    m = _ASKED_HEADING.match(v)
    if m and (m.group(3) or "问" in (m.group(1) or "")) and m.group(2).strip():
        # '一问：管什么？', '1.谁来管？', '（三）怎么管？': the question a heading, its ordinal
        # and question mark aside (review 127g, finding 5); a cell asking nothing a heading
        # knows keyed as ever
        asked = label_key(m.group(2))
        if asked and heading_role(asked) is not None:
            return asked
    return label_key(v)


# a heading asked as a numbered question ('一问：管什么？', '1.谁来管？', '（三）怎么管？', '二问 谁来管'):
# the ordinal lead (group 1, a '…问' one or with the question mark), the question (2), its mark (3)
_ASKED_HEADING = re.compile(
    r"^\s*((?:[一二三四五六七八九十]|\d{1,2})问\s*[:：、.．]?|(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）]"
    r"|[一二三四五六七八九十][、.．])\s*)?(.*?)\s*([？?])?\s*$",
    re.S,
)


# a bracket after a heading saying how to fill its column in ('（按人员逐条填写）', '（括注等级）')
_FILLING_NOTE = LazyRe(r"填写|填报|注明|标注|括注|写明|列明|逐条|分条")
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


# the fields a record's lower line may hold under a header of two lines naming them cell by cell
_LOWER_LINE_ROLES = frozenset(
    ("person", "department", "title", "risk_level", "risk_type", "measures", "description")
)


# the key a column headed by a risk type alone is read by, under no '风险点' ('思想道德风险')
_TYPE_HEAD_KEY = label_key("风险点")


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
        # (those header rows whose second line names its fields cell by cell: ``_lower_line``)
        self.lower_lines: set[int] = set()
        self._keys: dict[str, str] = {}  # cell text → ``_key`` of it (the sheet's texts recur)
        # header row → its columns each headed by one risk type ('思想道德风险 | 制度机制风险'
        # beside '岗位 | 姓名 | 风险等级', no '风险点' over them): point columns (``type_headed``)
        self.type_heads: dict[int, frozenset[int]] = {}
        # header row → its columns each headed by a work stage's name alone ('受理 | 审核 | 审批'
        # beside '事项 | 岗位 | 风险等级', no '风险点' nor '环节' heading): column → stage; the
        # columns are type_heads too, keyed as '风险点' (``_stage_headed_rows``)
        self.stage_heads: dict[int, dict[int, str]] = {}
        # a holder row under a point's group row → (group row, column) of the point's text there
        # (``_point_group_rows`` copies it past the last column: issues cite where it is written)
        self.point_at: dict[int, tuple[int, int]] = {}

    def key(self, r: int, c: int) -> str:
        row = self.rows[r]
        if c >= len(row):
            return ""
        if self.type_heads and c in self.type_heads.get(r, ()):
            return _TYPE_HEAD_KEY  # (a type's column of points: read as '风险点')
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
        if one is not None and r + 1 < len(self.rows):
            second = (self._second_line(r, one[0]) if self.grid.merges else {}) or (
                self._lower_line(r, one[0])
            )
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

    def _lower_line(self, r: int, heads: dict[int, Heading | None]) -> dict[str, int]:
        """Row ``r + 1`` under a whole header names, cell by cell, the fields of each record's
        LOWER line ('姓名 | 风险等级 | 防控措施' under '科室 | 岗位 | 廉政风险点'), each under a column
        of another role and none merged under a heading across (a group's sub-headings,
        '风险等级' over '高 | 中 | 低', '责任人' over '姓名 | 职务'), and the rows below pair up so:
        role → column, the header's row marked in ``lower_lines``; else {}."""
        row = self.rows[r + 1]
        cols = self.nonempty(r + 1)
        if len(cols) < 2 or any(len(row[c]) > 8 for c in cols):
            return {}  # (the cheap test: a data row's texts are longer)
        merged = self.grid.merged_into or {}
        roles = {h.role for h in heads.values() if h is not None}
        out: dict[str, int] = {}
        for c in cols:
            h = heading_role(self.key(r + 1, c))
            over = heads.get(c)
            if (
                h is None
                or h.strength < 2
                or h.role not in _LOWER_LINE_ROLES
                or h.role in roles
                or h.role in out
                or over is None
                or (r, c) in merged
                or self.span_end(r, c) > c
            ):
                return {}
            out[h.role] = c
        if not {"person", "risk_level"} & out.keys() or not self._lines_pair(r + 2, heads, out):
            return {}
        self.lower_lines.add(r)
        return out

    def _lines_pair(
        self, first: int, heads: dict[int, Heading | None], out: dict[str, int]
    ) -> bool:
        """Most of the first records under a header of two lines take two rows each: an upper
        row with its point and a lower row holding, in the lower line's columns only, a name, a
        level word, measures ('童璟岱 | 一级 | 项目计划经办务会集体研究…'). A lower line may leave a
        cell blank (its name or its level there), a record may lack its lower line (an upper
        row right under an upper row): judged over up to the first 8 records, at least 2 in 3
        of them paired."""
        pc = next((c for c, h in heads.items() if h is not None and h.role == "risk_point"), None)
        if pc is None:
            return False
        lows = set(out.values())
        uppers = pairs = 0
        r = first
        while uppers < 8 and r < len(self.rows):
            upper = self.rows[r]
            if not any(upper) or self.kind(r) == "note":
                break
            if pc >= len(upper) or len(upper[pc]) < 4:
                if uppers:
                    break  # (no upper row: the records, as far as they are judged, end here)
                return False
            uppers += 1
            if r + 1 < len(self.rows) and self._lower_fits(r + 1, lows, out):
                pairs += 1
                r += 2
            else:
                r += 1
        return pairs >= 1 and 3 * pairs >= 2 * uppers

    def _lower_fits(self, r: int, lows: set[int], out: dict[str, int]) -> bool:
        """Row ``r`` is a record's lower line: cells in the lower line's columns only, each
        fitting its field, its name or its level written (``_lines_pair``)."""
        lower = self.rows[r]
        cols = self.nonempty(r)
        if not cols or any(c not in lows for c in cols):
            return False
        said = False
        for role, c in out.items():
            v = lower[c].strip() if c < len(lower) else ""
            if not v:
                continue
            if role == "person" and not looks_like_name(v):
                return False
            if role == "risk_level" and not (len(v) <= 6 and _level_word(v)):
                return False
            if role in ("measures", "description") and len(v) < 4:
                return False
            said = said or role in ("person", "risk_level")
        return said

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

    @cached_property
    def record_rows(self) -> frozenset[int]:
        """The rows naming people by the part they took in a record of another kind ('主持人',
        '记录人', '参加人', '谈话对象' …: a 学习教育, 谈话 or 会议 record under a list), found once a
        sheet: the sheet's text searched first, its rows only where it holds such a word."""
        text = "\x01".join(map("\x00".join, self.rows))
        # (every such word ends '人', '人员' or '对象': sought in C before the pattern)
        if ("人" not in text and "对象" not in text) or not _RECORD_PEOPLE.search(text):
            return frozenset()
        return frozenset(
            r for r, text in enumerate(map("\x00".join, self.rows)) if _RECORD_PEOPLE.search(text)
        )

    @cached_property
    def writes_at(self) -> bool:
        """Some cell of the sheet writes an '@' ('＠'): only then may a point read off it close
        with mentions ('… @鄞澐璟', ``MENTIONS_TAIL``). Looked at once, where a rule asks."""
        text = "\x00".join(map("\x00".join, self.rows))  # (in C, not a row at a time)
        return "@" in text or "＠" in text

    def type_headed(self, r: int, cols: Iterable[int]) -> None:
        """Header row ``r``'s columns ``cols`` each head one risk type's points: from now on
        they are keyed as '风险点' and the row names a risk text."""
        self.type_heads[r] = frozenset(cols)
        self._points[r] = True

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
        if not below:
            return None
        long = [c for c in below if len(self.rows[r + 1][c]) > 16]
        if (
            long
            and not set(long) <= self._group_subheads(r)
            and not all(_PROJECT_PARTY.match(squeeze(self.rows[r + 1][c])) for c in long)
        ):
            # (a long cell is a data row's, unless a group's sub-heading or a party to a
            # project, its body named in brackets: '项目法人（岚县水利工程建设管理站）')
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
        # longer sub-headings ('防控责任' over '责任岗位及人员（职务　姓名）| 防控措施'), each a
        # heading word, with nothing in the row below but under such groups
        subs = self._group_subheads(r)
        return bool(subs) and set(self.nonempty(r + 1)) <= subs

    def _group_subheads(self, r: int) -> set[int]:
        """The columns of row ``r + 1`` under a group heading of row ``r`` merged across them
        ('防控责任', '责任分工', '防控要求', '监督管理' …, whatever its word) where each of two or
        more filled cells below is itself a heading word ('责任岗位及人员（职务　姓名）',
        '防控措施', '完成时限'), not a data row's text; set() else."""
        if r not in self._merge_rows() or r + 1 >= len(self.rows):
            return set()  # (the cheap test: no merge starts on row r)
        low = self.rows[r + 1]
        out: set[int] = set()
        for r0, c0, r1, c1 in self._merges_from()[r]:
            if r1 > r0 or c1 == c0 or not self.rows[r][c0].strip():
                continue
            cols = [c for c in range(c0, min(c1 + 1, len(low))) if low[c]]
            if len(cols) >= 2 and all(_sub_heading_word(low[c]) for c in cols):
                out.update(cols)
        return out

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

    def reread(self, r: int) -> None:
        """Forget row ``r``'s cached non-empty columns and kind: a rule rewrote its cells."""
        self._nonempty[r] = self._kinds[r] = None

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
# the matter columns whose cell, merged or carried down over its points, may close with their
# holder's labelled bracket ('业务事项', '岗位职责', '环节': ``_holder_cells``)
_MATTER_BRACKET_ROLES = ("duty", "workflow")


# the stages of a measure ('事前 | 事中 | 事后' rows under a point merged down over them)
_STAGES = frozenset(
    ("事前", "事中", "事后", "事前防控", "事中防控", "事后防控", "事前预防", "事中监控", "事中控制",
     "事后监督", "事后处置", "事后追责")
)  # fmt: skip


# the tiers of a point's control, down a column beside its measures ('岗位自控 | 股室监控 | 单位防控'
# rows under a point merged down over them): a stage of the measures as 事前 | 事中 | 事后 are
_CONTROL_TIER = LazyRe(
    r"^(?:岗位|本岗|个人|本人|股室|科室|部门|处室|站所|中心|单位|站级|所级|局级|段级|院级|场级|队级|班子|领导|分管领导"
    r"|主要领导|纪检|纪检监察|(?:[局站所段场院队]|中心)(?:领导|班子|领导班子))"
    r"(?:自控|自查|自律|监控|防控|管控|督控|监管|监督|把关)$"
)
# the heading of a column naming who carries each stage's measure out ('落实人 | 本人', '股长　某某'),
# beside a list's own holder column: no holder of the point
_MEASURE_DOERS = frozenset(
    {"落实人", "落实责任人", "具体落实人", "措施落实人", "责任落实人", "执行人", "执行责任人", "实施人",
     "防控责任人", "防控落实人", "措施落实责任人", "措施执行人", "具体执行人", "措施实施人"}
)  # fmt: skip

# a doer's cell naming no one: the stage's measure is nobody's in particular
_NOTHING_DONE = frozenset({"/", "／", "—", "-", "－", "——", "无", "\\"})


# a tier's cell's number ('1.岗位自控', '①股室监控', '（三）单位防控'), its spaces taken out too
_TIER_NUMBER = LazyRe(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[①-⑩])")


def _bare_tier(v: str) -> str:
    """'岗位自控' of '1.岗位 自控', '②单位　防控': a tier's cell, its number and spaces aside."""
    return _TIER_NUMBER.sub("", "".join(v.split()), count=1)


def _is_stage(v: str) -> bool:
    """'事中', '股室监控': a stage of a point's measures or a tier of its control."""
    return v in _STAGES or bool(_CONTROL_TIER.match(v) or _CONTROL_TIER.match(_bare_tier(v)))


def _with_stage(
    row: list[str], sc: int, measures: str, dc: int | None = None, doer: str = ""
) -> str:
    """A row's measure with the stage its column ``sc`` writes beside it ('事中：…'), and who
    carries it out where a column ``dc`` (headed ``doer``) names him ('股室监控（落实人：股长　某某）：…')."""
    stage = row[sc].strip() if sc < len(row) else ""
    if stage and stage not in _STAGES and not _CONTROL_TIER.match(stage):
        stage = _bare_tier(stage) if _CONTROL_TIER.match(_bare_tier(stage)) else stage
    who = " ".join(row[dc].split()) if dc is not None and dc < len(row) else ""
    if who and who not in _NOTHING_DONE:
        stage = f"{stage if _is_stage(stage) else ''}（{doer}：{row[dc].strip()}）"
        return f"{stage}：{measures}"
    return f"{stage}：{measures}" if _is_stage(stage) else measures


def _stage_column(rows, roles, col_role, first: int, last: int) -> int | None:
    """A column no role claims whose every filled cell is a stage of the measures (事前 / 事中 /
    事后), two stages at least: each row's measure is of that stage. Or whose every filled cell
    is a tier of the point's control ('岗位自控 | 股室监控 | 单位防控'), two at least, a column
    a '防控层级' heading may have claimed as the posts' tier ('层级')."""
    claimed = {c for role, c in roles.items() if role not in ("other", "tier")}
    for c in range(first, last + 1):
        if c in claimed or col_role.get(c) not in (None, "other", "tier"):
            continue
        cells = {row[c].strip() for row in rows if c < len(row) and row[c].strip()}
        if len(cells) < 2:
            continue
        if cells <= _STAGES and col_role.get(c) != "tier":
            return c
        if len(cells) <= 8 and all(
            _CONTROL_TIER.match(x) or _CONTROL_TIER.match(_bare_tier(x)) for x in cells
        ):
            return c  # (each distinct cell tried once: a column of sentences fails at the first)
    return None


def _doer_column(
    roles: dict[str, int],
    col_role: dict[int, int | str],
    labels: dict[int, str],
    sc: int,
    first: int,
    last: int,
) -> int | None:
    """Beside a stage column ``sc`` and a list's own holder column, the column headed '落实人'
    ('执行人', '落实责任人') no other role claims: who carries each stage's measure out, no
    holder of the point."""
    if "person" not in roles or "measures" not in roles:
        return None
    for c in range(first, last + 1):
        if c in (sc, roles["person"]) or col_role.get(c) not in (None, "other", "person", "title"):
            continue
        if col_role.get(c) == "title" and roles.get("title") == c:
            continue  # (the list's own post)
        key = label_key(labels.get(c, ""))
        if key in _MEASURE_DOERS or (
            key[:2] in ("落实", "执行", "实施", "防控", "具体", "措施", "责任")
            and _MEASURE_DOERS.intersection((key.removesuffix("员"), _DOER_NOTE.sub("", labels[c])))
        ):
            return c
    return None


# a doer heading's note of what its cells write ('落实人（职务、姓名）', '执行人(姓名)')
_DOER_NOTE = LazyRe(r"\s+|[（(][^()（）]*[)）]")


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
    if not listed:  # ('防空地下室建设审批⏎（责任科室：工程管理股　责任人：股长　某某）' merged
        # down over its points: the matter's holder holds every row it spans; not where a
        # holder column names them, there it stays the matter's text)
        cols += [roles[x] for x in _MATTER_BRACKET_ROLES if x in roles]
    found = []
    for c in cols:
        cells = [row[c] for row in rows if c < len(row) and row[c].strip()]
        tails = [v for v in cells if ("：" in v[-130:] or ":" in v[-130:])]  # (the cheap test)
        if not tails or (not listed and (len(tails) < len(cells) or len(cells) < 2)):
            continue
        ours = c != roles.get(
            "risk_point"
        )  # (a point's '（责任人：副部长　某某）': the point's rule)
        if listed:
            named = any(holder_bracket(v, ours) is not None for v in tails)
        else:
            named = all(holder_bracket(v, ours) is not None for v in tails)
        if named:
            found.append(c)
    if found and not listed and card_above():
        return ()
    return tuple(found)


# a cell heading a holder's block in a table with no holder column, with the count of the rows
# that are his from it on: '本条起3条由总经理　某某负责', '以下3项由…负责', '本项及以下2项由…负责',
# '第4—6条由…负责' (``counted_holder``)
_COUNTED_HOLDER = LazyRe(
    r"(?:(?:(?:自|从)?本[条项](?:起|开始)(?:以下)?|本[条项]及以下|以下|下列)\s*"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[条项个]"
    r"|第\s*(?P<a>\d{1,3})\s*[条项]?\s*[—\-－~～至到]+\s*第?\s*(?P<b>\d{1,3})\s*[条项])"
    r"\s*(?:风险点|风险|事项|内容)?\s*[，,]?\s*(?:均|统一)?由\s*"
    r"(?P<who>(?:(?!负责|由)[^，,。；;：:\n]){2,30}?)\s*(?:同志)?\s*负责"
)


_HOLDERS_LISTED = LazyRe(f"[{LIST_SEPARATORS}和及与]")


def counted_holder(text: str) -> tuple[int, int | None, str, str, int, int] | None:
    """A cell's count of the rows a holder answers for from its own on, his post and name
    ('本条起3条由总经理　某某负责' → 3, None, '总经理', '某某'; '第4—6条由…' → 3, 4, …), and where
    it is said in the cell; None where it says no count, or no post or name ('以下3项由办公室
    负责解释': no holder; '…负责监督': no holder's charge)."""
    if "负责" not in text or "由" not in text:  # (the cheap test)
        return None
    m = _COUNTED_HOLDER.search(text)
    if m is None or _NOT_HELD_AFTER.match(text, m.end()):
        return None
    if m.group("n"):
        count, first = _band_item(m.group("n")) or 0, None
    else:
        first, last = int(m.group("a")), int(m.group("b"))
        count = last - first + 1
    if not 1 <= count <= 99:
        return None
    got = _one_holder(m.group("who"))
    if got is None:
        return None
    return count, first, got[0], got[1], m.start(), m.end()


def _one_holder(who: str) -> tuple[str, str] | None:
    """The post and name of one holder as a note writes him ('总经理　某某', '办公室主任某某',
    '站长'), or None: several ('站长　某某、会计　某某'), or neither a post nor a name."""
    who = who.strip()
    if _HOLDERS_LISTED.search(who):
        return None  # ('站长　某某、会计　某某': several holders of one count: as read before)
    parts = who.split()
    if len(parts) == 2 and looks_like_name(parts[1]):
        post, name = squeeze(parts[0]), parts[1]
    else:
        _u, _d, post, name = _post_and_holder(("", "", who, ""))
        post = squeeze(post)
        if not name and looks_like_name(post) and not is_post(post):
            post, name = "", post
    if not (name and looks_like_name(name)) and not is_post(post):
        return None
    return post, name


# a note under (or over) a list with no holder column giving its items to holders by number:
# '说明：第1-2项由办公室主任 某某负责，第3—5项由会计 某某负责，其余由…负责', '注：1—3项 站长
# 某某；4、5项 副站长 某某' (``noted_ranges``)
_NOTE_OPENING = LazyRe(r"^(?:填表)?(?:说明|注|备注|附注)\s*[0-9一二三]?\s*[:：]")
# (a number followed by 号 and a noun, '1号窗口', '3号楼', names a place, no item: no range)
_NOTE_ITEMS = LazyRe(
    r"(?:第\s*)?(?P<a>\d{1,3})\s*(?:(?:[项条]|号(?=由|均|统一|[^\u4e00-\u9fff]|$))\s*)?"
    r"(?:(?P<dash>[—\-－~～–至到]+)\s*第?\s*(?P<b>\d{1,3})|(?P<more>(?:\s*[、]\s*第?\s*\d{1,3})+))?"
    r"\s*(?:[项条](?:风险点|风险|事项|内容)?|号(?=由|均|统一|[^\u4e00-\u9fff]|$))"
    r"|(?P<rest>(?:其余|其他|剩余|余下)(?:各?(?:项目|[项条])|风险点)?)"
)
_NOTE_WHO_TRIM = LazyRe(r"^[\s，,：:]*(?:均|统一)?由?\s*")
_NOTE_WHO_END = LazyRe(r"\s*(?:同志)?\s*(?:负责|[；;。，,])")
# the same note citing the WORKSHEET'S OWN ROW NUMBERS, no item numbers ('说明：第4—6行为所长
# 某某的风险点；第7—8行为副所长…', '注：4-6行：站长 某某；7、8行由会计 某某负责'): 行 after the
# number ('行政', '行业', '行使' no row); the holder's part may end in '的风险点' ('…的')
_NOTE_ROWS = LazyRe(
    r"(?:第\s*)?(?P<a>\d{1,4})\s*(?:行\s*)?"
    r"(?:(?P<dash>[—\-－~～–至到]+)\s*第?\s*(?P<b>\d{1,4})|(?P<more>(?:\s*[、]\s*第?\s*\d{1,4})+))?"
    r"\s*行(?!政|业|使|贿|驶|动|车|李|程|走|文)(?:风险点|风险|事项|内容)?"
    r"|(?P<rest>(?:其余|其他|剩余|余下)各?行(?:风险点)?)"
)
_NOTE_ROW_WHO_TRIM = LazyRe(
    r"^[\s，,：:]*(?:(?:风险)?责任人|负责人|责任岗位)?[\s，,：:]*(?:均|统一)?(?:由|为|是|系|属于?)?\s*"
)  # ('第4~5行责任人：站长 某某': the label no part of the post)
# a row number in Chinese numerals ('第四至五行', '第十一、十二行'): after 第, or before 行 or a
# range's dash or a 、 (``noted_ranges`` by rows reads them as digits)
_NOTE_ROW_CN = LazyRe(
    r"(?<=第)[一二三四五六七八九十]{1,3}(?=\s*(?:[—\-－~～–至到、]|行))"
    r"|(?<=[—\-－~～–至到、])[一二三四五六七八九十]{1,3}(?=\s*(?:[—\-－~～–至到、]|行))"
)
_NOTE_ROW_WHO_END = LazyRe(r"\s*(?:同志)?\s*(?:的|负责|[；;。，,])")
# a part of the same note giving the items by the PARITY of their 序号, no numbers ('序号为单数的由
# 主任 某某负责，序号为双数的由副主任 某某负责', '注：单数序号为主任 某某的风险点，双数序号为…',
# '奇数项由…负责'): the word must stand by 序号, 项 or 条 ('双数月份检查', '快递单号': no part);
# ``noted_ranges`` resolves it over the list's numbers
_NOTE_PARITY_WORD = LazyRe(r"[单双奇偶][数号]")
_NOTE_PARITY = LazyRe(
    r"(?:序号|编号)\s*(?:为|是)?\s*(?P<par>单数|双数|奇数|偶数|单号|双号)(?:的)?\s*(?:[项条])?"
    r"|(?P<par2>单数|双数|奇数|偶数|单号|双号)\s*(?:序号|编号|[项条])"
    r"|(?P<par3>单数|双数|奇数|偶数|单号|双号)(?=的|由)"
)  # (par3, '双数的由…': after a first part by parity only, its noun inherited)
# a parity part's holder must be given to hold ('由 post name 负责', '为 post name 的风险点'): one
# helping, checking or reviewing ('另由会计某某协助', '由…每季度检查') is no part of the note
_NOTE_PARITY_HELD = LazyRe(r"^[\s，,：:]*(?:均|统一)?(?:由|为|是)")
# a range opening parts by parity within it ('1—4项中单数序号由…负责，双数序号由…负责')
_NOTE_RANGE_SCOPE = LazyRe(r"^\s*(?:中|之中|内|里)?\s*[，,：:]?\s*$")
_NOTE_PARITY_TAIL = LazyRe(r"\s*(?:的)?\s*(?:风险点|风险|事项|内容)?")


def noted_ranges(
    text: str, by_rows: bool = False, numbers: Iterable[int] = ()
) -> list[tuple[tuple[int, ...] | None, str, str, str]] | None:
    """A note's items by number and their holders ('说明：第1-2项由办公室主任 某某负责，第3—5项由
    会计 某某负责，其余由…' → ((1, 2), '第1-2项', '办公室主任', '某某'), …; '其余' None, the
    items no other names), or None: not a note, fewer than two holders, or a numbered part
    naming no holder ('说明：第3项为新增', '注：第2项由办公室负责解释' — as read before).
    ``by_rows``: the parts cite the worksheet's row numbers ('第4—6行为所长 某某的风险点').
    ``numbers``: the list's own 序号, over which a part by parity ('序号为单数的由主任 某某负责',
    '双数序号为副主任 某某的风险点', '…，双数的由…负责'; ``_NOTE_PARITY``) takes the odd or the
    even ones — within a range opening it ('1—4项中单数序号由…负责'); a parity clause that holds
    no one ('单数项每季度自查', '双数序号另由会计 某某协助': only '由…负责' and '为…的' hold) is
    no part, the note's other parts read."""
    if by_rows and "行" in text:
        text = _NOTE_ROW_CN.sub(lambda m: str(_cn_row_number(m.group(0))), text)  # '第四至五行'
    parity = not by_rows and bool(numbers) and _NOTE_PARITY_WORD.search(text) is not None
    if not _NOTE_OPENING.match(text) or not (parity or any(ch.isdigit() for ch in text)):
        return None  # (the cheap test)
    if by_rows and "行" not in text:
        return None
    parts, trim, ends = (
        (_NOTE_ROWS, _NOTE_ROW_WHO_TRIM, _NOTE_ROW_WHO_END)
        if by_rows
        else (_NOTE_ITEMS, _NOTE_WHO_TRIM, _NOTE_WHO_END)
    )
    found = list(parts.finditer(text))
    odd_even = list(_NOTE_PARITY.finditer(text)) if parity else []
    odd_even = [
        m
        for k, m in enumerate(odd_even)
        if not m.group("par3") or any(not p.group("par3") for p in odd_even[:k])
    ]  # ('双数的由…': after '序号为单数的由…' only)
    if odd_even:  # (a number inside a part by parity is none of its own)
        found = sorted(
            [*odd_even, *(m for m in found if not any(_overlap(m, p) for p in odd_even))],
            key=lambda m: m.start(),
        )
    if not found:
        return None
    out = []
    scope: set[int] | None = None  # ('1—4项中单数序号…': the parts by parity within 1—4)
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(text)
        if "par" in m.re.groupindex:
            # '序号为单数的由…负责', '单数序号为…的风险点': the holder after 由 or 为, up to 的 or 负责;
            # a part naming none or not holding ('单数项每季度自查', '双数序号另由会计某某协助')
            # is no part (the note's other parts still read)
            said = text[_NOTE_PARITY_TAIL.match(text, m.end()).end() : stop]  # type: ignore[union-attr]
            if not _NOTE_PARITY_HELD.match(said):
                continue
            said = _NOTE_ROW_WHO_TRIM.sub("", said, count=1)
            end = _NOTE_ROW_WHO_END.search(said)
            if not end or not end.group(0).strip().endswith(("的", "负责")):
                continue
            if "负责" in end.group(0) and _NOT_HELD_AFTER.match(said, end.end()):
                continue  # ('…负责监督')
            who = said[: end.start()]
            got = _one_holder(who) if who.strip() else None
            if got is None:
                continue
            odd = (m.group("par") or m.group("par2") or m.group("par3"))[0] in "单奇"
            pool = numbers if scope is None else scope
            items = tuple(sorted({n for n in pool if n % 2 == odd}))
            out.append((items, squeeze(m.group(0)), *got))
            continue
        scope = None
        if (
            m.group("b")
            and k + 1 < len(found)
            and "par" in found[k + 1].re.groupindex
            and _NOTE_RANGE_SCOPE.match(text[m.end() : stop])
        ):
            scope = set(range(int(m.group("a")), int(m.group("b")) + 1))
            continue  # ('1—4项中': the parts by parity after it take its numbers only)
        said = trim.sub("", text[m.end() : stop], count=1)
        end = ends.search(said)
        who = said[: end.start()] if end else said
        if end and "负责" in end.group(0) and _NOT_HELD_AFTER.match(said, end.end()):
            return None  # ('…负责监督': no holder's charge)
        got = _one_holder(who) if who.strip() else None
        if got is None:
            return None  # ('第3项为新增': no holder's, the whole note as read)
        if m.group("rest"):
            items = None
        elif m.group("b"):
            lo, hi = int(m.group("a")), int(m.group("b"))
            if not 0 < hi - lo < 100:
                return None
            items = tuple(range(lo, hi + 1))
        else:
            items = (int(m.group("a")), *map(int, re.findall(r"\d+", m.group("more") or "")))
        out.append((items, squeeze(m.group(0)), *got))
    return out if len(out) >= 2 else None


def _overlap(a: re.Match, b: re.Match) -> bool:
    """Two matches sharing a character."""
    return a.start() < b.end() and b.start() < a.end()


def _cn_row_number(word: str) -> int:
    """'五' → 5, '十二' → 12, '二十' → 20, '二十三' → 23 (a row number in Chinese numerals)."""
    digits = "一二三四五六七八九"
    if "十" not in word:
        return int("".join(str(digits.index(ch) + 1) for ch in word))
    tens, _, ones = word.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


# a note under (or over) a list with no holder column giving its points to holders by the WORDS
# the points contain, no numbers ('注：涉及资金、票据、采购的，由财务科会计　某某负责；涉及访客的，由…
# 负责；其余由主任　某某负责', '凡关于工程建设的风险点均由基建股长 某某承担'; ``subject_holders``);
# a part opens a clause ('按有关规定由局长负责' is no part: '有关' inside a sentence)
# an adverb between a holder and 负责 ('由出纳　某某具体负责', '由局长主要负责'): no part of his name
_SUBJECT_ADVERB = r"(?:具体|主要|全面|直接|分别|共同|牵头)?\s*"
# a clause's number before a class clause ('1.水费、票据方面的风险由…', '（2）', '②', '三、')
_SUBJECT_CLAUSE_NO = (
    r"(?:\d{1,2}\s*[.．、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)?\s*"
)
_SUBJECT_PART = LazyRe(
    r"(?:(?<![\u4e00-\u9fff])|(?<=其中))(?:凡是?)?(?:涉及|关于|有关)(?P<words>[^；;。：:]{1,60}?)"
    r"(?:的|等)?(?:风险点|风险|事项|内容|问题)?"
    r"\s*[，,]?\s*(?:均|统一|一律)?由\s*(?P<who>[^；;。，,：:]{1,30}?)\s*(?:同志)?\s*"
    + _SUBJECT_ADVERB
    + r"(?:负责|承担|落实)"
    r"|(?<![\u4e00-\u9fff])(?P<rest>其余|其他|剩余|余下)(?:的|各项|各)?(?:风险点|风险|事项|内容)?(?:的)?"
    r"\s*[，,]?\s*(?:均|统一|一律)?由\s*(?P<rwho>[^；;。，,：:]{1,30}?)\s*(?:同志)?\s*"
    + _SUBJECT_ADVERB
    + r"(?:负责|承担|落实)"
    # a clause opening on its words' class ('水费、票据方面的风险由出纳　某某负责')
    r"|(?:^|(?<=[，,；;。：:\s]))"
    + _SUBJECT_CLAUSE_NO
    + r"(?P<cwords>[^；;。，,：:由—－\-]{1,40}?)(?:方面|类|相关)的?"
    r"(?:风险点|风险|事项)\s*[，,]?\s*(?:均|统一|一律)?由\s*(?P<cwho>[^；;。，,：:]{1,30}?)\s*(?:同志)?\s*"
    + _SUBJECT_ADVERB
    + r"(?:负责|承担|落实)"
    # or by a dash or a colon ('水费、票据类风险点——出纳　某某；…')
    r"|(?:^|(?<=[，,；;。：:\s]))"
    + _SUBJECT_CLAUSE_NO
    + r"(?P<dwords>[^；;。，,：:由—－\-]{1,40}?)(?:方面|类|相关)的?"
    r"(?:风险点|风险|事项)\s*(?:——|—|－－|－|--|-|:|：)\s*(?P<dwho>[^；;。，,：:—－]{1,30}?)\s*(?=[；;。]|$)"
)
# the cue of such a class clause, where no '涉及' opens the note (``subject_holders``' cheap test)
_SUBJECT_CLASS_CUE = LazyRe(r"(?:方面|类|相关)的?(?:风险点|风险|事项)")
_SUBJECT_WORD_SPLIT = LazyRe(r"[、，,/和及与或]+")
# a word's tail that is no part of what the point says ('资金管理方面' → '资金管理', '巡护工作' → '巡护')
_SUBJECT_WORD_TAIL = LazyRe(r"(?:等|方面|类|工作|业务|环节|领域)+$")


def subject_holders(
    text: str,
) -> list[tuple[tuple[str, ...] | None, str, tuple[str, str, str]]] | None:
    """A note's parts giving points to holders by the words they contain ('涉及资金、票据、采购的，
    由财务科会计　某某负责' → (('资金', '票据', '采购'), '涉及资金、票据、采购', ('财务科', '会计',
    '某某')); '其余由主任　某某负责' → (None, '其余', ('', '主任', '某某'))), or None: no such part
    (the cheap test), fewer than two parts or none by words, or a part naming no holder ('涉及资金的
    由财务科负责': a 科室 only; '由…负责监督': who watches) — the whole note as read before. A
    note of level words ('涉及资金的为一级') or of no one ('涉及资金的须集体研究') is no such note."""
    if not (
        ("由" in text and ("涉及" in text or "关于" in text or "有关" in text))
        or _SUBJECT_CLASS_CUE.search(text)
    ):
        return None  # (the cheap test)
    out: list[tuple[tuple[str, ...] | None, str, tuple[str, str, str]]] = []
    for m in _SUBJECT_PART.finditer(text):
        if _NOT_HELD_AFTER.match(text, m.end()):
            return None  # ('…负责监督': no holder's charge)
        who = squeeze(m.group("who") or m.group("rwho") or m.group("cwho") or m.group("dwho") or "")
        wg = next((g for g in ("words", "cwords", "dwords") if m.group(g)), "words")
        got = _code_meaning(who, "person") if who else None
        if got is None:
            return None  # ('由财务科负责', '由班子集体负责': no post named)
        if m.group("rest"):
            out.append((None, m.group("rest"), got))
            continue
        words = tuple(
            dict.fromkeys(
                w
                for x in _SUBJECT_WORD_SPLIT.split(m.group(wg))
                if len(w := _SUBJECT_WORD_TAIL.sub("", squeeze(x))) >= 2
            )
        )
        if not words:
            return None
        out.append(
            (
                words,
                # ('涉及资金、票据'; a class clause from its words: no '1.' before them)
                squeeze(
                    m.group(0)[(m.start(wg) - m.start()) * (wg != "words") : m.end(wg) - m.start()]
                ),
                got,
            )
        )
    if len(out) < 2 or not any(words for words, *_ in out):
        return None
    if sum(words is None for words, *_ in out) > 1:
        return None  # (two catch-alls: whose the rest is, unclear)
    return out


def _counted_holder_cells(
    roles: dict[str, int], col_role: dict[int, str], labels: dict[int, str], rows
) -> tuple[tuple[int, ...], bool]:
    """The columns (a 备注, the measures, the point) whose cells head each holder's block of a
    table with no holder column with the count of its rows ('备注 | 本条起3条由总经理　某某负
    责'), and whether every count fits the rows sampled: the rows it counts are there and hold
    no other such cell (one that does not is told when the rows are read, the table then read
    as before: no list)."""
    pc = roles.get("risk_point")
    if pc is None or not _IDENTITY_ROLES.isdisjoint(roles):
        return (), False
    cols = [roles[x] for x in _BRACKET_ROLES if x in roles]
    cols += [
        c for c, x in col_role.items() if x == "other" and _REMARKS_HEAD.search(labels.get(c, ""))
    ]
    points = [row for row in rows if pc < len(row) and row[pc].strip()]
    found, fits = [], True
    for c in cols:
        heads = [
            (i, said)
            for i, row in enumerate(points)
            if c < len(row) and (said := counted_holder(row[c]))
        ]
        if heads:
            found.append(c)
            fits = fits and all(
                i + said[0] <= (heads[k + 1][0] if k + 1 < len(heads) else len(points))
                for k, (i, said) in enumerate(heads)
            )
    return tuple(found), fits


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
_CREW = LazyRe(r"在岗|岗位人员|工作人员|人员名单|到岗|上岗|任职时间|编制|人员类别")
_NOT_CREW = re.compile(r"监督|[AB]角|[AB]岗|家庭|亲属|称谓|关系|联系人")
# a crew member's role on a vehicle's card ('主驾驶员', '副驾驶员', '乘务员', '主班', 'A岗'):
# its stem the post ('驾驶员'); '主班', 'A岗' stand as written
_CREW_ROLE = LazyRe(
    r"^(?:[主副正]|主班|副班|[AB]岗)?(?P<stem>驾驶员|司机|乘务员|售票员|跟车员|安全员)$|^(?:主班|副班|[AB]岗)$"
)
# the label of the crew's 科室 on such a card ('所属车队', '所属部门')
_CREW_DEPT = ("车队", "部门", "科室", "班组")
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


_DATED_BY = re.compile(
    r"[^\n]{0,8}?(?:时间|日期)\s*[:：][^\n]*(?:填报人|填表人|经办人)\s*[:：][^\n]*$"
    r"|[^\n]{0,4}?(?:填报人|填表人|经办人)\s*[:：][^\n]*(?:时间|日期)\s*[:：][^\n]*$"
)


# a cell typed only of rule marks ('------', '======', '－－－', '________'; not '***', a level)
_RULED = re.compile(r"^[\s\-－–—─━=＝_＿~～·.…]+$")


_RULE_MARKS = frozenset(" -－–—─━=＝_＿~～·.…")


def _ruled(row, skip: int = -1) -> bool:
    """Whether a row is a typed rule line: every filled cell only rule marks, one of 3 or more;
    or marks alone in three or more cells ('…… | …… | ……' closing a blank form, '—— | —— | ——'):
    no word anywhere in it, no row. ``skip``: a column left out (a numbered row's 序号). (Asked
    of every row: its first filled cell's first mark decides for almost all.)"""
    for i, v in enumerate(row):
        if v and i != skip:
            if v[0] not in _RULE_MARKS:
                return False
            break
    else:
        return False
    cells = [v for i, v in enumerate(row) if v and i != skip]
    return (len(cells) >= 3 or any(len(v) >= 3 for v in cells)) and all(
        _RULED.match(v) for v in cells
    )


@lru_cache(maxsize=1 << 14)
def _row_kind(row: tuple[str, ...], span: int) -> str:
    """What a row is, from its filled cells in order (``span``: how many more columns a lone
    cell is merged over). Cached: the same title, field and sign-off lines come in every file
    of a round.

    blank | page | title | unit | fields | review | note | signoff | other"""
    cols = range(len(row))
    first = row[0]
    # (a serial number keys as itself: a long list's numbers would push the labels out of the
    # key cache)
    fk = (
        first
        if first.isdigit() and first.isascii()
        else label_key(first)
        if len(first) <= 200
        else ""
    )
    if len(cols) == 1 and (_PAGE.match(fk) or (len(first) <= 120 and _CUT_LINE.search(first))):
        return "page"  # ('第1页', and a card's cut line: '✂- - - 沿此线裁开 - - -')
    if _ruled(row):
        return "page"  # '------ | ------ | …', '=====': a line typed to rule the table, no row
    if len(cols) >= 2 and all(_TABLE_COLUMN.match(v) for v in row):
        return "page"  # '列1 | 列2 | …': the header Excel gives a table made of cells with none
    if len(cols) == 1 and _PHONE_LINE.match(first):
        return "signoff"  # '监督电话：0834-6522318（县纪委监委驻…纪检监察组）' under a card
    if first[:1] in "打导" and all(_PRINTED_LINE.match(v) for v in row):
        return "page"  # '打印人：系统管理员 | 打印时间：…' under an OA export: the page's, no row
    if 1 < len(cols) <= 4 and all(_CONTACT_CELL.match(v) for v in row):
        return "signoff"  # '报检点地址：… | 监督电话：12316' under a table
    if (
        _TOTAL.match(fk)
        or (len(cols) == 1 and len(first) <= 80 and _TALLY.search(as_keyed(first)))
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
        if (
            len(cols) == 2
            and first.strip().endswith((":", "："))
            and as_keyed(first.strip().rstrip(":：").strip()) in _NOTE_OPENINGS
            and len(row[1].strip()) >= 8
        ):
            return "note"  # ('注： | 河道巡查员甲、乙的…与丙相同，不再重复填写。': label and text apart)
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
        # ('①票据逐张审核', '（2）签字表…归档': an item, no label; '1.填表人：' a label all the same;
        # '（一）林木采伐许可审批', '一、资金审批': a numbered section, whatever word it ends in)
        and not (
            (_ITEM_LINE.match(first) or _SECTION_LINE.match(first))
            and first.rstrip()[-1:] not in ":："
        )
        and (
            _is_date(first)
            or _ENDS_WITH_DATE.search(row[cols[-1]])
            or _is_signoff_label(_key(first))
            or _signed_label(first)  # '编制:综合部'
            # '局长： | 某某 | 分管副局长： | 某某': leaders' places to sign, each with a name
            or (_post_to_sign(first) and _signoff_pairs(row, cols))
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
        if not holder and (field := field_after_post(first)) and caption_identity(field[0]):
            return "title"  # '一、副局长　安全生产': a caption naming a post and its field
    if len(cols) == 1 and len(first) <= 80 and span >= 2:
        # one short text merged across the table: a caption, not a row
        if len(_fields_in_line(first)) > 1:
            return "fields"  # '所在单位:…   姓名:…   岗位:…' across the sheet
        if _DATED_BY.match(first):
            return "signoff"  # '排查时间：…　填报人：中心综合办': who filled it in and when
        if not _field_with_value(first):
            return "title"
    if _applicant_line(row) or (len(cols) >= 4 and fk in _FLOW_LABELS):
        # '申请人 | 阚翥岍 | 申请部门 | 扑火一中队': an OA form's applicant; '流程编号 | LC… | 流程名称
        # | …' over it: the form's own record, no row
        return "fields"
    # field labels are short: do not fold the long texts of a data row
    for v in row:
        if len(v) <= 12 and not v.isdigit() and not _FIGURES.fullmatch(v) and _field_label(v):
            return "fields"
    return "fields" if _field_with_value(first) else "other"


# a cell of figures and punctuation only ('12', '1.2', '（3）'): no field's label
_FIGURES = re.compile(r"[\d\s.,，、．()（）\-—]*")


@lru_cache(maxsize=1 << 15)
def _field_label(text: str) -> bool:
    """A short cell that labels a field of the form, or the holder's former one. Cached (a
    list's short cells recur: posts, levels, names); figures are let through uncached, so that a
    long list's serial numbers do not push the labels out of the cache."""
    key = label_key(text)
    if field_of(key) or _former_field(key):
        return True
    # ('所在股室（队）', '科室（中心）': a field's label with a qualifier in brackets, as ``_key``)
    return ("（" in text or "(" in text) and field_of(_key(text)) is not None


# the unit's own label and value after its parent's in one cell ('…　　单位名称：XX站　　…')
_OWN_UNIT = LazyRe(
    r"(?<![管属口])(?:单位名称|填报单位|单位)\s*(?:[(（]\s*盖章\s*[)）])?\s*[:：]\s*([^\s:：]{2,40})"
)
# the label of the body a unit answers to, written before the unit's own ('主管部门', '上级主管单位')
_OVER_THE_UNIT = LazyRe(r"^(?:上级)?(?:主管|归口管理|业务主管)(?:部门|单位|机关)")


def _is_unit_label(text: str) -> bool:
    """'单位(盖章):XX局', '单位：', '填报单位', '单　位' spaced out — but not '单位领导小组审查意见'."""
    if "单" not in text[:10] or "位" not in text[:12]:
        return False  # (the cheap test, before the cache: a long list's first cells are each new)
    return _unit_label(text)


@lru_cache(maxsize=1 << 14)
def _unit_label(text: str) -> bool:
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
_NEXT_LABEL = LazyRe(r"(?:[ \t\u3000]{2,}|\n)(?=[^\s:：]{1,8}\s*[:：])")


def _field_with_value(text: str) -> tuple[str, str] | None:
    """'姓名:张三' in one cell → ('person', '张三')."""
    if ":" not in text and "：" not in text:
        return None  # (the cheap test, before the cache: a long list's cells are each new)
    return _field_and_value(text)


@lru_cache(maxsize=1 << 14)
def _field_and_value(text: str) -> tuple[str, str] | None:
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


_WIDE_GAP = LazyRe(r"\s*\n\s*|[ \t\u3000]{2,}")
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


# an online form's export packs who submitted each row into one cell of label：value pairs
# ('提交人：微生翀湄｜职务：总经理｜提交时间：2025-05-12', '填报人：…，岗位：…，时间：…'): a pair
# after each separator, a comma or '、' one where the next part opens with a label and its colon
_PACKED_SPLIT = LazyRe(r"\s*(?:[｜|；;/／，,、]|\n)\s*(?=[\u4e00-\u9fffA-Za-z（）()]{1,8}\s*[:：])")
# who submitted a row of such an export (beside the labels ``field_of`` reads as the holder's)
_SUBMITTERS = frozenset({"提交人", "填报人", "填写人", "填表人"})

# an OA 审批单's applicant and his part in the header block of label | value pairs over its list
# ('申请人 | 阚翥岍 | 申请部门 | 扑火一中队 | 申请日期 | …'): the holder and his 科室 — read so only
# on such a line, a name after the applicant's label (``_applicant_line``); a 填报人 stays the
# one who filled it in (``HOLDER_SELF_IS_FILLER``)
_APPLICANT_FIELD = {"申请人": "person", "申报人": "person", "发起人": "person",
                    "申请部门": "department", "申报部门": "department", "发起部门": "department",
                    "申请科室": "department", "申报科室": "department",
                    "申请股室": "department", "申报股室": "department"}  # fmt: skip


# the heading of an approval or circulation record under an OA form's list ('节点名称 | 审批人 | 职务 |
# 审批意见 | 审批时间 | 用时', '步骤 | 办理人 | 办理意见 | 办理时间'): who signed it off, no points
_APPROVER_HEADS = frozenset({"审批人", "办理人", "处理人", "操作人", "签批人", "审签人"})
_APPROVAL_HEADS = frozenset({
    "节点", "节点名称", "审批节点", "流程节点", "环节名称", "审批环节", "步骤", "步骤名称",
    "审批意见", "办理意见", "处理意见", "审核意见", "签批意见", "审批结果", "办理结果",
    "审批时间", "办理时间", "处理时间", "审核时间", "操作时间", "签批时间", "到达时间", "完成时间",
    "用时", "耗时", "办理用时", "审批用时",
})  # fmt: skip


@lru_cache(maxsize=1 << 12)
def _approval_head(row: tuple[str, ...]) -> bool:
    """The heading row of an approval record ('节点名称 | 审批人 | 职务 | 审批意见 | 审批时间 | 用时'):
    short cells, an approver's heading and two of a record's (node, opinion, time, time taken),
    no risk point's heading ('风险点 | … | 审批意见' heads a list with an opinion column)."""
    if len(row) < 3 or any(len(v) > 10 for v in row):
        return False  # (the cheap test)
    keys = [label_key(v) for v in row]
    if any(k in _APPROVER_HEADS for k in keys) and sum(k in _APPROVAL_HEADS for k in keys) >= 2:
        return not any((h := heading_role(k)) is not None and h.role == "risk_point" for k in keys)
    # '环节 | 经办人 | 意见 | 日期': 经办人 with an opinion's and a time's (or bare date's) heading;
    # '会签部门 | 会签人 | 意见 | 日期': a circulation record, with either; no risk's heading at all
    opinion = any(k.endswith(("意见", "结果")) for k in keys)
    time = any(k.endswith(("时间", "日期")) for k in keys)
    if not (
        ("经办人" in keys and opinion and time)
        or (any(k in _COSIGN_HEADS for k in keys) and (opinion or time))
    ):
        return False
    return not any((h := heading_role(k)) is not None and h.role in _RECORD_NOT_HEADS for k in keys)


_COSIGN_HEADS = frozenset({"会签人", "会签部门", "会签科室", "会签单位"})
_RECORD_NOT_HEADS = frozenset({"risk_point", "risk_level", "risk_type", "measures"})


# the first label of an OA form's line of its own record ('流程编号 | LC20250312007 | 流程名称 | …')
_FLOW_LABELS = frozenset({"流程编号", "流程名称", "流水号", "单据编号", "表单编号", "审批编号",
                          "申请编号", "申报编号"})  # fmt: skip


def _applicant_line(row: tuple[str, ...]) -> str:
    """The applicant a line of label | value pairs names ('申请人 | 阚翥岍 | 申请部门 | 扑火一中队'
    → '阚翥岍'), else '': two pairs at least, the applicant's label followed by his name
    ('申请人 | 受理' over a procedure's steps is a lane's heading, no pair)."""
    if len(row) < 4 or not any(v[:1] in "申发" for v in row):
        return ""  # (the cheap test, before the cache: a long list's rows are each new)
    return _applicant_pairs(row)


@lru_cache(maxsize=1 << 12)
def _applicant_pairs(row: tuple[str, ...]) -> str:
    return next(
        (
            name
            for i, v in enumerate(row[:-1])
            if _APPLICANT_FIELD.get(label_key(v)) == "person"
            and looks_like_name(name := row[i + 1].strip())
        ),
        "",
    )


@lru_cache(maxsize=1 << 12)
def _packed_holder(text: str) -> tuple[tuple[str, str], ...]:
    """A cell of label：value pairs joined by '｜', '|', '；', '/', '，', '、' or lines, one of them a
    holder's ('提交人：…｜职务：…｜提交时间：…', '填报人：…⏎部门：…⏎岗位：…'): ((field, value), …)
    of the holder, his post and 科室; other pairs (时间, 电话, IP) are left. () where fewer than
    two pairs or no holder's label ('联系人：…｜电话：…' names whom to call, no holder)."""
    pieces = _PACKED_SPLIT.split(text.strip())
    if len(pieces) < 2:
        return ()
    out: dict[str, str] = {}
    pairs = 0
    for piece in pieces:
        label, colon, value = piece.replace(":", "：").partition("：")
        if not colon:
            continue
        pairs += 1
        key = label_key(label)
        fld = "person" if key in _SUBMITTERS else field_of(key)
        value = value.strip()
        if fld in ("person", "title", "department") and value:
            out.setdefault(fld, value)
    name = out.get("person", "")
    if pairs < 2 or not _boxed_name(name) or _dept_like(name):
        return ()
    return tuple(out.items())


# a person field an online form (a 小程序, a survey) exports as it stores it, one object a cell:
# JSON ('{"单位":"…","部门":"渔船检验股","岗位":"验船师","姓名":"滑沄浥"}', single or full-width
# quotes too) or flat 'key=value; key=value' text ('name:…, post:…' with English keys): the keys
# naming the holder's fields (others, 手机号, openid, 提交时间, are left)
_OBJECT_FIELDS = {
    "单位": "unit", "单位名称": "unit", "所在单位": "unit", "unit": "unit",
    "部门": "department", "科室": "department", "处室": "department", "股室": "department",
    "所在部门": "department", "所在科室": "department", "dept": "department",
    "department": "department",
    "岗位": "title", "职务": "title", "post": "title", "position": "title",
    "姓名": "person", "人员": "person", "name": "person",
    # (a form tool's user record: 'userName', 'realName', 'user_name', 'staffName')
    "username": "person", "user_name": "person", "realname": "person", "real_name": "person",
    "staffname": "person", "staff_name": "person", "truename": "person",
}  # fmt: skip
# the keys of a file's or a link's object ('name=办法.pdf; size=20KB', '{"name":…,"url":…}'): no
# person's; a value naming a file or a link is none either
_FILE_OBJECT_KEYS = frozenset({
    "size", "url", "path", "type", "href", "link", "src", "filename", "file_name", "filesize",
    "file_size", "ext", "suffix", "mime", "mimetype", "uri", "文件名", "文件大小", "大小", "链接",
    "路径", "附件",
})  # fmt: skip
_FILE_OR_LINK = LazyRe(
    r"(?i)^(?:https?://|www\.|ftp://)|\.(?:pdf|docx?|xlsx?|wps|et|pptx?|txt|jpe?g|png|gif|bmp|zip|rar|7z|ofd)$"
)
_OBJECT_PAIR = LazyRe(
    r"^\s*[\"'“”‘’]?([A-Za-z_]{2,16}|[\u4e00-\u9fff]{2,6})[\"'“”‘’]?\s*([=:：])\s*(.*?)\s*$"
)
_OBJECT_SPLIT = LazyRe(r"[;；,，|｜&\n]")
_OBJECT_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": '"', "’": '"', "＂": '"', "'": '"'})
_OBJECT_WIDE = str.maketrans({"｛": "{", "｝": "}", "：": ":", "，": ","})


def _object_key(key: str) -> str | None:
    """The holder's field an object's key names ('部门', 'dept', '填报人'), else None."""
    key = key.strip().strip("\"'“”‘’").strip()
    return _OBJECT_FIELDS.get(key.lower()) or ("person" if key in _SUBMITTERS else None)


@lru_cache(maxsize=1 << 12)
def _structured_holder(text: str) -> tuple[tuple[str, str], ...] | None:
    """A cell holding a person field as an exported object (JSON, or 'key=value; …' text; see
    ``_OBJECT_FIELDS``): ((field, value), …) of the unit, 科室, post and holder it names; () where
    it looks like one but does not parse or names neither 姓名 nor 岗位 (flagged by the caller);
    None where it is no such cell (a '提交人：…｜职务：…' cell is ``_packed_holder``'s)."""
    s = text.strip()
    if not s or (s[0] not in "{｛" and "=" not in s and ":" not in s):
        return None  # (the cheap test)
    items: list[tuple[str, object]] = []
    if s[0] in "[［" and s[-1] in "]］" and s[1:].lstrip()[:1] in ("{", "｛"):
        s = s[1:-1].strip()  # (a JSON array of one object: '[{"部门":…,"姓名":…}]')
        if not s or s[-1] not in "}｝" or s.count("{") + s.count("｛") != 1:
            return None
    if s[0] in "{｛":
        if s[-1] not in "}｝":
            return None
        obj = None
        for t in (
            s,
            s.translate(_OBJECT_QUOTES),
            s.translate(_OBJECT_QUOTES).translate(_OBJECT_WIDE),
        ):
            try:
                obj = json.loads(t)
            except ValueError:
                continue
            break
        if not isinstance(obj, dict):
            return ()
        for k, v in obj.items():
            # (one level down: '{"user":{"name":…,"dept":…}}')
            items += list(v.items()) if isinstance(v, dict) else [(k, v)]
    else:
        pairs = [
            m.groups() for p in _OBJECT_SPLIT.split(s) if p.strip() and (m := _OBJECT_PAIR.match(p))
        ]
        if len(pairs) < 2 or not any(
            sep == "=" or (k.isascii() and _object_key(k)) for k, sep, _v in pairs
        ):
            return None  # ('部门：…，岗位：…': labelled text, not an export's object)
        items = [(k, v.strip("\"'“”‘’")) for k, _sep, v in pairs]
    if any(
        str(k).strip().strip("\"'“”‘’").strip().lower() in _FILE_OBJECT_KEYS
        or (isinstance(v, str) and _FILE_OR_LINK.search(v.strip()))
        for k, v in items
    ):
        return None  # (a file's or a link's object: '{"name":"办法.pdf","url":"https://…"}')
    out: dict[str, str] = {}
    for k, v in items:
        fld = _object_key(str(k))
        if fld and isinstance(v, str | int) and (value := str(v).strip()):
            out.setdefault(fld, value)
    if (
        "person" in out
        and "title" not in out
        and "department" not in out
        and all(
            str(k).strip().strip("\"'“”‘’").strip().lower() == "name"
            for k, _v in items
            if _object_key(str(k)) == "person"
        )
    ):
        return None  # (a bare 'name' with no post or 科室 beside it names anything: a file, a
        # product; no person's object)
    if "person" not in out and "title" not in out:
        return ()
    return tuple(out.items())


def _export_holder_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """The holder's fields a cell of an online form's export names: an exported object's
    (``_structured_holder``), else its label：value pairs' (``_packed_holder``)."""
    got = _structured_holder(text)
    return _packed_holder(text) if got is None else got


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
        if not below or any(_label_below(sh, r, c) for c in below):
            continue
        if sum(1 for c in labelled if c in below) >= max(2, (len(labelled) + 1) // 2):
            out[r] = r + 1
    return out


def _label_below(sh: _Sheet, r: int, c: int) -> bool:
    """The cell under the label row ``r`` in column ``c`` is itself a label, so the row below is
    no row of values. A 科室 named by a word that is also a label of its kind stands under its
    own label as the value ('所在部门' over '服务窗口', '科室' over '窗口'): a value there."""
    v = sh.rows[r + 1][c]
    fld = field_of(sh.key(r + 1, c))
    if fld is None:
        return _is_unit_label(v)
    return not (
        fld == "department" and c < len(sh.rows[r]) and field_of(sh.key(r, c)) == "department"
    )


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


# an audit working paper's header block (审计工作底稿) over a post's self-check: '被审计单位 | XX局 |
# 索引号 | LZ-01', '审计（核查）事项 | 经济责任审计科科长岗位廉政风险点自查 | 页　次 | 1/1', '编制人 | … |
# 日　期 | …', '复核人 | … | 日　期 | …'; its labels as keys, what each names (None: no field)
_PAPER_UNIT = LazyRe(r"^被(?:审计|核查|检查|审计调查)(?:单位|对象)(?:名称)?$")
_PAPER_MATTER = LazyRe(r"^(?:审计|核查|检查)(?:核查|调查)?(?:事项|项目|内容)(?:名称)?$")
_PAPER_AUTHOR = LazyRe(r"^(?:编制|制表)(?:人|者|人员)?(?:签字|签名)?$")
_PAPER_OTHER = LazyRe(
    r"^(?:底稿)?(?:索引号|编号)$|^页次$|^(?:编制|复核|审核)?(?:日期|时间)$"
    r"|^(?:复核|审核|审定|复审)(?:人|者|人员)?(?:签字|签名)?$"  # a reviewer: no holder of the paper
)
# a 事项 sentence of the post's own check ('…岗位廉政风险点自查', '…风险排查', '…自评'): its 编制人 the
# holder; an audit or 核查 of the post by others ('对…落实情况的审计') names the post, not its holder
_PAPER_SELF_CHECK = LazyRe(r"(?:自查|自评|排查|自检)(?:表|情况|报告|工作)?$")
# the post the 事项 sentence names: '经济责任审计科科长岗位廉政风险点自查', '对办公室主任岗位廉洁风险的核查'
_PAPER_POST = LazyRe(r"^(?:对|关于)?(.{2,30}?)(?:岗位?)?的?(?:廉政|廉洁)?风险")


def _paper_fields(sh: _Sheet, rows: list[int]) -> tuple[dict[str, tuple[str, str]], set[int]]:
    """An audit working paper's header block above a one-person table: the 编制人 or 制表人 (the
    self-check's author) its holder where the 事项 is the post's own check ('…自查', '…排查',
    '…自评'; an audit or 核查 of the post by others names no holder), the 被审计单位 its unit, the 科室 and post those the
    审计（核查）事项 sentence names ('经济责任审计科科长岗位廉政风险点自查'); the 复核人 reviews
    it and holds nothing here, 索引号/页次/日期 are no fields. ({}, set()) unless the block has
    a 被审计单位, a 事项 naming a post's 风险 and an 编制人 naming a person; else its fields
    ('unit', 'person', 'department', 'title') and its rows."""
    # the cheap test first: a line opening with '被审…' (no other form says so)
    if not any(
        (cols := sh.nonempty(r)) and sh.rows[r][cols[0]].lstrip().startswith("被") for r in rows
    ):
        return {}, set()
    got: dict[str, tuple[str, str]] = {}
    used: set[int] = set()
    for r in rows:
        cols = sh.nonempty(r)
        labelled = False
        for i, c in enumerate(cols):
            text = sh.rows[r][c]
            head, colon, rest = text.partition("：" if "：" in text else ":")
            k = label_key(head)
            fld = (
                "unit" if _PAPER_UNIT.match(k)
                else "matter" if _PAPER_MATTER.match(k)
                else "person" if _PAPER_AUTHOR.match(k)
                else "" if _PAPER_OTHER.match(k)
                else None
            )  # fmt: skip
            if fld is None:
                continue
            labelled = True
            if not fld or fld in got:
                continue
            if colon and rest.strip():
                got[fld] = (rest.strip(), cell_ref(r, c))  # '编制人：亢楮言' in one cell
            elif i + 1 < len(cols):
                got[fld] = (sh.rows[r][cols[i + 1]].strip(), cell_ref(r, cols[i + 1]))
        if labelled:
            used.add(r)
    person = squeeze(got.get("person", ("",))[0])
    matter = got.pop("matter", None)
    m = _PAPER_POST.match(squeeze(matter[0])) if matter else None
    if not (m and got.get("unit", ("",))[0] and looks_like_name(person)):
        return {}, set()
    dept, title = split_dept_title(m.group(1))
    if not is_post(title):
        return {}, set()
    if _PAPER_SELF_CHECK.search(squeeze(matter[0])):
        got["person"] = (person, got["person"][1])
    else:
        del got["person"]  # (the auditor wrote it: the post's, no holder named)
    got["title"] = (title, matter[1])
    if dept:
        got["department"] = (dept, matter[1])
    return got, used


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
        # '申请人 | 阚翥岍 | 申请部门 | 扑火一中队': an OA form's applicant, the holder
        applicant = bool(_applicant_line(tuple(row[c] for c in cols)))
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
            fld = field_of(k) or (applicant and _APPLICANT_FIELD.get(k)) or None
            c2 = cols[i] if i < len(cols) else None  # the next filled cell (cols ascend)
            if fld is None and c2 is not None and _part_label(k, row[c2]):
                part = (row[c2], cell_ref(r, c2))  # '村卫生室 | 柳湾村卫生室': the label says
                continue  # what kind of part; a 科室 field, if any, says more
            if fld is None:
                continue
            if fld in out and not person_by_name(fld, k):
                continue
            # the value is the next filled cell of the line, unless that is another label
            # ('岗　位 | 填表时间': the date's label, never the post)
            if (
                c2 is None
                or field_of(keys[c2])
                or keys[c2] in _PERSONAL_LABELS
                or _FILED_WHEN.match(keys[c2])
            ):
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
    held = out.get("person")
    if (
        held
        and _NOT_A_HOLDERS_VALUE.search(held[0])
        and not all(
            looks_like_name(x) for x in re.split(r"[；;。、，,\s]+", held[0].strip(" 。；;")) if x
        )
    ):
        # '现任职人员：某某同志任所长；某某同志任副所长。': a sentence (an appointment line), no name
        del out["person"]
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


# a labelled holder's value that is a sentence, no name: a clause's end, an appointment
_NOT_A_HOLDERS_VALUE = re.compile(r"[；;。]|同志(?:任|为|担任)|任命|担任")
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
# a run of dashes or slashes alone for 无 ('———', '－－', '— —', '／'): no full stops or '、'
_DASH_RUN = LazyRe(r"^[\s/／\\\-—－–―]+$")
_DEPT_END = LazyRe(r"(?:股|科|室|所|站|队|办|中心)\s*$")
# an outlet's name in a staffing grid ('营业部', '宗加支行', '城关供电所', '城区中队', '综合股',
# '青石中心校', '东关网格'); no year ('2024年'), no A/B角, no '现任': a grid of those says when or
# which of two, not where
_OUTLET_END = LazyRe(
    r"(?:股|科|室|所|站|队|办|中心|村|社区|学校|中学|小学|幼儿园|院|局|公司|镇|乡|街道|行|部|网点|"
    r"分理处|处|组|段|区|厂|场|点|馆|庭|班|厅|校|网格)\s*$"
)
# a rota's first heading, the period each of its rows stands for ('轮岗时段', '班次', '月份',
# '轮次'; in a corner '时段＼岗位'): the posts across it, the names standing at each in each period
_ROTA_PERIOD_HEAD = LazyRe(
    r"^(?:轮岗|轮值|轮换|值班|排班|在岗|上岗)?(?:时段|时间|期间|周期|班次|月份|年月|轮次|批次|阶段|季度|日期)$"
    r"|^(?:轮岗|轮值|轮换|排班)(?:安排)?$"
    # a shift roster's: a row a shift, team or area ('值别 | 值长 | 主值班员' over '一值', '甲班')
    r"|^(?:值别|值次|班别|班组|组别|队别|片区|(?:值班|倒班|轮班)(?:组|组别|班组))$"
)
# a corner over a staffing grid's posts and outlets: '岗位＼村卫生室', '网点/岗位'
_CORNER_SPLIT = LazyRe(r"[＼\\/／]")
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


_STAMP_NOTE = re.compile(r"\s*[(（]\s*(?:盖章|公章|签章|章)\s*[)）]\s*$")


def _employer_line(sh: _Sheet, rows, label: str, value: str) -> bool:
    """A card's '工作单位 | 县民政局' (or '所在单位') beside '协会职务 | 秘书长' ('会内职务', '学会
    职务'): the holder's employer, his day job's, not the unit of the 协会's card (the title's);
    one the title names, or a 会 where the title names none ('工作单位 | XX县慈善总会' under '岗位
    廉政风险防控卡'), is the body itself. The cheap test first: the label a bare 工作单位 or 所在
    单位."""
    key = label_key(label.split(":")[0].split("：")[0])
    v = squeeze(value)
    if key not in ("所在单位", "工作单位") or not v:
        return False
    titled = squeeze(
        "".join(sh.rows[r][c] for r in rows if sh.kind(r) == "title" for c in sh.nonempty(r))
    )
    if v in titled or (v.endswith("会") and "会" not in titled):
        return False
    return any(
        _BODY_POST_HEAD.match(k := label_key(_FIELD_LABEL_END.split(sh.rows[r][c], 1)[0]))
        and _BODY_NAMED.search(k)
        for r in rows
        for c in sh.nonempty(r)
        if len(sh.rows[r][c]) <= 30
    )


_FIELD_LABEL_END = re.compile(r"[:：]")


def _unit_line(sh: _Sheet, rows: list[int], stacked: dict[int, int] | None = None) -> str:
    if stacked is None:
        stacked = _labels_over_values(sh, rows)
    for r, v in stacked.items():
        for c in sh.nonempty(r):
            if (
                _is_unit_label(sh.rows[r][c])
                and c < len(sh.rows[v])
                and not _employer_line(sh, rows, sh.rows[r][c], sh.rows[v][c])
            ):
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
            if _employer_line(sh, rows, first, value):
                continue  # ('工作单位 | 县民政局' beside '协会职务 | 秘书长': his day job's)
            return value
        for c in cols[1:]:
            # '姓名：__舒窈禾__ | 单位：__XX街道综合文化站__ | 职务：__站长__': a unit among the fields
            cell = _BLANKS.sub(" ", sh.rows[r][c]) if "__" in sh.rows[r][c] else sh.rows[r][c]
            m = _UNIT.match(fold(cell))
            if m and _is_unit_label(cell):
                value = re.split(
                    r"\s+(?=[\u4e00-\u9fff()（）]{2,8}[:：])|\s{2,}", m.group(1).strip()
                )[0]
                if _body_name(value) and not _employer_line(sh, rows, cell, value):
                    return value  # ('单位：万元' says how much, not whose; '单位：XXXX' none)
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


@lru_cache(maxsize=8)
def _template_labels(form) -> tuple[str, ...]:
    """The texts of a template form's header row, as its cells hold them."""
    return tuple(c.label for c in form.columns)


@lru_cache(maxsize=8)
def _template_ends(form) -> tuple[str, frozenset[str]]:
    """How a template form's last printed rows open: its note's fixed start ('注:此表一式三份,',
    the round's deadline and authority left out; spaces aside) and its review boxes' labels
    (as printed)."""
    return squeeze(form.note.split("{")[0]), frozenset(form.reviews)


_TEMPLATE_PREAMBLE = 4  # the rows a template prints above its header (templates.write_form_sheet)


@lru_cache(maxsize=1 << 14)
def _is_date(text: str) -> bool:
    return bool(_DATE.match(label_key(text)))


@dataclass
class RangeRoster:
    """A roster of ranges keying a holderless list (``_range_roster_rows``): the list's key
    column and route column (None: no route), each range as (route, low, high, its text, (科室,
    post, holder)), the roster's heading cell, its row and the key's label."""

    key_col: int | None  # (None: the worksheet's own row numbers, '第4—6行为…')
    route_col: int | None
    ranges: list[tuple[str, float, float, str, tuple[str, str, str]]]
    at: str
    label: str
    row: int


@dataclass
class KeyRoleRoster:
    """A roster keying a holderless list by two of its columns (``_key_role_roster_rows``): a
    row a key of the list ('账号名称 | “某某发布”公众号'), a column a value of its role column
    ('运维管理员 | 内容编辑 | 终审人'): the list's key and role columns, each roster column's
    heading and the role values naming it, the holders key → column → [(post, holder)], and
    the roster's heading cell."""

    key_col: int
    role_col: int
    heads: dict[int, str]
    roles: dict[int, set[str]]
    members: dict[str, dict[int, list[tuple[str, str]]]]
    at: str


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
    # its rows held by the mails pasted over them (``_holders_by_mail_headers``): the header lines
    # above it (收件人, 抄送) are no fields of its forms
    by_mails: bool = False
    # the 收件人 and 抄送 of mails over a list read as it stands (its own 岗位 or 姓名 column, or
    # several 科室 under one mail): no 科室, post or holder of it
    mail_to: str = ""
    # '一级风险点 | 二级风险点 | 三级风险点' beside '风险等级': the tiers above the point's (the
    # duty's column first), joined top-down with '/' as the point's duty
    duty_tiers: tuple[int, ...] = ()
    ticks: dict[int, str] = field(default_factory=dict)  # column → level its mark means
    # the cells under the level words name the holders whose point the row is at that level
    # ('风险等级及责任岗位' over '一级（高） | …', '理事长　郄翮岚⏎康复部部长　郄璿汀'), not marks
    level_holders: bool = False
    # further holders typed on, one a cell, past the last (holder) column: each cell one holder
    # ('局长⏎某某' read as '局长　某某' when joined), ``_unheaded_holders``
    holders_on: bool = False
    level_named: bool = (
        False  # '一级 √ 敖鹤龄、伊澜笙' in the 风险等级 column: the level, its holders
    )
    level_votes: bool = False  # the cells under the level words count votes: the most wins
    # the cells under the level words count a holder's points of each grade, merged down beside
    # his block (or on its first row only), his points listed highest first: the place decides
    level_counts: bool = False
    counts_filled: bool = False  # (those counts typed again on every row of the block)
    count_total: int | None = None  # a '合计' column beside the counts: the block's total
    # one row a holder, his points numbered lines in one cell in level order, the cells under
    # the level words his counts of each grade ('1.…⏎2.…⏎3.…' beside '2 | 0 | 1'): a point a
    # line, its level its place against the counts; 'up' where they are listed lowest first
    counts_lined: str = ""
    # one cell beside each holder's rows counts his points of each grade in words ('共3项（一级1
    # 项、二级2项）'), his points in level order: (that column, listed lowest first)
    count_text: tuple[int, bool] | None = None
    counted: dict[int, str] = field(default_factory=dict)  # row → its level, block by block
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
    chain_col: int | None = None  # a column chaining each row's holders ('甲（科员）→乙（科长）')
    point_bracket: str = ""  # the role of the bracket closing a point, where the heading says so
    level_criteria: list[int] = field(default_factory=list)  # ticks under criteria: their count
    # 发生概率 | 影响程度 | 可控程度 each over 高 | 中 | 低: column → (factor, step), a note counting
    level_factor_steps: dict[int, tuple[str, str]] = field(default_factory=dict)
    # 风险程度评分 over 1 | 2 | 3 | 4 | 5, one tick a row: column → the score it stands for
    score_ticks: dict[int, int] = field(default_factory=dict)
    # 风险程度 over three unlabelled columns, a scale printed under it ('低 ——————→ 高'), one
    # mark a row: the scale's cell (row, column) where ``ticks`` were read from its direction
    scale_row: tuple[int, int] | None = None
    # no level column, a note names the column whose remarks name each row's level in a
    # sentence ('风险等级在备注栏注明' over '列为一级风险点，纳入重点监督'): the one level it names
    level_said: bool = False
    # the holder column is signed row by row, each name with its date ('岗位人员确认（签字、日期）'
    # over '竺曜泓　2025.4.8'): a blank there is unsigned, no holder named once above
    signed_rows: bool = False
    # the post merged over each holder's block, his name once in it: no name carried over an edge
    signed_blocks: bool = False
    # no level column, a note grading the points by who oversees them ('由局长直接监督的为一级风险
    # 点'): its (post or kind, level word) pairs, the overseer column the level (``_overseer_grade``)
    overseer_levels: tuple[tuple[str, str], ...] = ()
    point_posts: bool = False  # no post column, each point opens with its post ('出纳：坐支现金')
    # a type × level grid whose cells list points one a line, each opened by its holder
    # ('总经理　某某：…⏎报关员　某某：…'): each line a point of its own (``_line_holders``)
    line_holders: bool = False
    # the holder column's lines tagged by scope ('小学　某某⏎初中　某某') and the column of each
    # row's scope ('学段 | 小学、初中'): (holder column, scope column), ``_holders_by_scope_tag``
    scope_holders: tuple[int, int] | None = None
    point_holders: bool = False  # no holder column, each point ends with its holder ('…（鄢璟琤）')
    # no holder column, the first point of each holder's block opens with him in a bracket
    # ('【药剂科　主任　某某】…'), the unbracketed points under it his too (``bracket_head``):
    # the role of the column whose cells open so, 'risk_point' or 'measures' (the 防控措施 of his
    # first row opening '【责任人：质量管理科　科长　某某】1.…'), else ''
    point_heads: str = ""
    # columns whose cells close with a labelled bracket naming the row's holder ('…⏎（责任科室：…
    # 　责任岗位：…　责任人：…）'): the rows' 科室, post and holder where the table has none
    holder_cells: tuple[int, ...] = ()
    # columns whose cells head each holder's block with the count of its rows ('本条起3条由总经理
    # 　某某负责'): the rows' post and holder where the table has none (``counted_holder``)
    counted_cells: tuple[int, ...] = ()
    # the column of holders' staff numbers ('责任人编号 | SJ2502、SJ2503') a key table on the sheet
    # ('人员编号 | 姓名 | 职务') resolves: each number a holder of the row's point
    staff_numbers: int | None = None
    # no post or holder column, a column citing duties by number ('对应职责 | 职责1、职责2、职责6')
    # and a duties table on the sheet ('职责序号 | 岗位职责 | 岗位 | 姓名'): (the citing column, the
    # table's header cell, its number → (科室, post, holder) of each row), ``_duty_number_rows``
    duty_numbers: tuple[int, tuple[int, int], dict[int, list[tuple[str, str, str]]]] | None = None
    duty_sheet: str = ""  # the sheet of that duties table, where not the list's ('岗位职责')
    # that column cites a ROSTER's running numbers instead ('岗位序号 | 3' under '序号 | 科室 | 岗位 |
    # 姓名', on the sheet or one of its own): the numbers are posts, not duties
    duty_by_post: bool = False
    # no holder column, a key column of places ('桩号 | K9+300', '序号 | 3') and a roster of their
    # RANGES on the sheet ('起止桩号 | K0+000—K18+600 | 工区 | 职务 | 姓名'): ``_range_roster_rows``
    range_roster: RangeRoster | None = None
    # no holder column, a key column ('平台账号', '村名') and a role column ('涉及角色', '环节')
    # and a roster of key × role on the sheet ('账号名称 | 运维管理员 | 内容编辑' over '“某某发布”
    # 公众号 | 甲（科员） | …'): ``_key_role_roster_rows``
    key_roles: KeyRoleRoster | None = None
    point_areas: bool = False  # each point opens with its area of work ('工程发包方面：…')
    # each cell of the point's column opens by naming it ('针对“…”的风险：…'), the rest its measures:
    # 'measures' where that is the only risk column (a cell naming none is no point), 'joined'
    # under a heading of both ('风险点及防控措施': a cell naming none stays as read)
    point_quoted: str = ""
    # the only risk column is a 防控要点 whose cells read 'measures，防止 point。' (``_aimed_parts``)
    point_aimed: bool = False
    # '风险点及防控要求' over 'point，应 requirement。' in one sentence (``_required_parts``)
    point_required: bool = False
    # the column naming each group after its leader ('诊疗组 | 郏翯筠主诊组'; ``_holders_by_group_names``):
    # the holders' groups, no 科室 labels of the rows beside it (``_left_labels``)
    group_names_col: int | None = None
    post_ticks: dict[int, str] = field(default_factory=dict)  # column → post its mark means
    helper_marks: frozenset[str] = frozenset()  # marks under a post that help, not hold ('○')
    raci_owners: frozenset[str] = frozenset()  # a RACI chart's letters that hold the row ('R')
    holder_measures: bool = False  # post_ticks' cells are each holder's measures, not marks
    holder_steps: bool = False  # post_ticks' cells are swim lanes: the step the holder does
    holder_names: bool = False  # post_ticks' cells name the post's holder of the row ('芮翀骞')
    holder_excluded: bool = False  # post_ticks' marks say NOT his ('×'): his rows, the blank
    holder_areas: bool = False  # holder_names' columns are places: a name in two of a row is once
    holder_depts: bool = False  # post_ticks' columns are 科室s, their cells posts ('主任、记者')
    dept_ticks: dict[int, str] = field(default_factory=dict)  # column → 科室 its tick means
    open_lanes: frozenset[int] = frozenset()  # swim lanes of nobody's steps (the '申请人''s)
    lane_depts: dict[str, str] = field(default_factory=dict)  # a lane's holder → the 股室 over it
    blank_marks: frozenset[str] = frozenset()  # what an unticked box of a row of boxes holds
    level_series: list[int] = field(default_factory=list)  # a level per quarter: the latest counts
    level_peaks: list[int] = field(default_factory=list)  # a grade per season: the highest counts
    level_factors: list[int] = field(
        default_factory=list
    )  # likelihood | impact: the level both make
    level_scores: _Scores | None = None  # L | E | C (and D): the band of their product
    former_point: int | None = None  # '原风险点' beside '调整后风险点': the point where kept
    level_points: dict[int, str] = field(default_factory=dict)  # column → level of its points
    # 各环节风险点 over 立项论证（二级） | 招标采购（一级）: column → the stage its points are at
    # (their level in level_points, '' where the heading brackets none: the row's level column)
    stage_points: dict[int, str] = field(default_factory=dict)
    level_lines: bool = False  # a level_points cell lists its points a numbered line each
    # the level_points are one point heading's unheaded columns, each row's point staggered into
    # the column of its level ('廉政风险点' over three, a note: ``_staggered_points``)
    point_staggered: bool = False
    # two whole points side by side under one merged point heading, each over its own level
    # column under a level heading merged alike (``_side_points``): point column → its level column
    point_side_levels: dict[int, int] = field(default_factory=dict)
    level_point_measures: dict[int, int] = field(default_factory=dict)  # level col → its measures
    level_measures: dict[int, str] = field(default_factory=dict)  # column → level of its measures
    # the level columns under '风险等级及防控措施' (``_measures_under_levels``): two filled, a warning
    level_measures_band: bool = False
    # 防控措施 over 岗位自控 | 股室监控 | 中心防控 and a note naming each level's tiers: the set of
    # tier columns a row fills → (its level, tier column → heading) (``_control_tiers``)
    tier_levels: dict[frozenset[int], tuple[str, dict[int, str]]] = field(default_factory=dict)
    type_measures: dict[int, str] = field(default_factory=dict)  # column → type of its measures
    stage_col: int | None = None  # 事前 | 事中 | 事后 beside each row's measures, no heading known
    # '落实人' beside a stage column and the list's own holder: who carries each stage out (its heading)
    doer_col: int | None = None
    doer_label: str = ""
    # 防控措施 over 人防 | 制防 | 技防 | 群防, a tick under each kind that applies: column → kind
    measure_kinds: dict[int, str] = field(default_factory=dict)
    level_types: dict[int, str] = field(default_factory=dict)  # column → level of the types in it
    type_points: dict[int, str] = field(default_factory=dict)  # column → type of its points
    # column → (what its sub-heading names, the sub-heading): 'post' over the post's own risk
    # texts (廉政风险点 over 所长 | 法制员), 'part' over who holds the row there (责任人 over 公司本部 | …)
    per_column: dict[int, tuple[str, str]] = field(default_factory=dict)
    # holder bands over level words ('局长⏎酆蓼汀' over 高 | 中 | 低), a tick a holder's point at
    # the level it stands under: column → (post, holder, level); its columns in per_column too
    band_levels: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    post_points: dict[int, str] = field(default_factory=dict)  # per_column's posts over points
    # posts named by labels above the table ('主　岗 | 站长 | 兼　岗 | 检查员'), its 岗位 column
    # writing only the label ('主岗'): label key → the post
    post_labels: dict[str, str] = field(default_factory=dict)
    answer: int | None = None  # '本岗位是否存在 | 是/否': a row answered 否 is no point
    answer_ticked: bool = False  # '本岗位涉及（打√）' ticked or not: an unticked row is no point
    head_post: tuple[str, str, str] | None = None  # '财务部会计（钭璠漪）岗位风险点': whose rows
    # '责任人' (or '姓名') over '姓 | 名' ('姓氏 | 名字'): the holder's surname in this column, his
    # given name in the person column beside it ('芈 | 翾珥'), read together as one name
    surname_col: int | None = None
    # a heading row repeated over each holder's block, its 岗位/姓名 cells typed over with that
    # holder's ('序号 | 副局长 | 厍昶翀 | 廉政风险点 | …'): header row → the roles its cells give
    holder_rows: dict[int, dict[str, str]] = field(default_factory=dict)
    # a point heading merged over holder columns whose holders a names row opening each block
    # names ('股长　某某 | 科员　某某' under '廉政风险点（按责任人分列填写）'): the first block's
    # column → 'post　name' (each later names row re-keys them, ``_block_names_row``)
    block_names: dict[int, str] = field(default_factory=dict)
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
    # a reviewer's column of opinions row by row ('派驻纪检监察组审核意见': '同意', '调整为一级'):
    # an adjusting cell sets its row's level over the self-assessed one (``_review_opinions``)
    opinions: int | None = None
    # … and those of its cells handing the row's point to another holder ('责任人调整为市场股股长
    # 敖湝岏'): row → (the cell, the opinion, who it names) (``_Locator._handed_by_opinion``)
    handed_to: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    # a column of change marks beside last year's level ('等级变化 | ↑'): this year's is that one
    # moved (``_grade_marks``); the table's own word for each canonical level, to write it in
    grade_marks: int | None = None
    grade_words: dict[str, str] = field(default_factory=dict)
    revised: int | None = None  # a column saying how a row was revised ('修订情况': 删除, 新增)
    across: list[dict[str, int]] = field(default_factory=list)  # more points along the row
    # the older bands of two years' lists side by side ('2024年度 | 2025年度', ``_year_bands``):
    # their columns hold no points, a row filling only those (and its holder's) is no row
    year_older: frozenset[int] = frozenset()
    # a side-role column set aside beside the job's ('党内职务 | 行政职务', POST_NOT_SIDE_ROLE): a row
    # whose job cell says none ('/', blank: a 党组书记 or 纪检组长 with no 行政职务) has it as post
    side_post: int | None = None
    # the columns of the post and the 科室 on paper set aside beside the actual ones ('编制岗位 |
    # 实际岗位', POST_ON_PAPER_SET_ASIDE): role → column; a row leaving its actual cell blank has
    # the one on paper
    paper_cols: dict[str, int] = field(default_factory=dict)
    header: tuple[dict[int, Heading | None], dict[int, str], str] | None = None  # for a next sheet
    # its level column blank for every point, level group rows among them ('一、高风险点（3个）'
    # over '1 | … | (blank) | …'): the rows' levels those rows', as with no level column
    # (``_level_column_blank``, LEVEL_COLUMN_BLANK_BY_SECTIONS)
    level_blank: bool = False

    @property
    def is_list(self) -> bool:
        return self.sections or bool(self.per_column) or not _IDENTITY_ROLES.isdisjoint(self.roles)


_IDENTITY_ROLES = frozenset(IDENTITY)
_SIDE_HEADS = frozenset(("序号", "编号", "称谓", "关系", "与本人关系"))


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


# a party to a project heading its column under a band ('建设单位（XX县农村公路管理所）',
# '施工单位（中标企业）', '监理单位'): the kind, and the body named in its brackets
_PROJECT_PARTY = LazyRe(
    r"(建设单位|业主单位|业主|项目法人|施工单位|承建单位|施工企业|总承包单位|监理单位|设计单位|代建单位"
    r"|勘察单位|勘察设计单位|监管单位|主管单位)(?:及责任人|责任人)?(?:[(（]([^()（）]{1,30})[)）])?$"
)


def _sub_heading_word(text: str) -> bool:
    """A cell under a group heading that is a heading by itself: a known heading word, not a
    sentence nor a data row's text ('公开办事流程。'), at most 24 characters."""
    t = text.strip()
    if not t or len(t) > 24 or _sentence(t) or t[-1] in "。；;":
        return False
    h = heading_role(t)
    return h is not None and h.strength >= 2


def _sentence(text: str) -> bool:
    """A long text with a sentence's punctuation: no heading."""
    return len(text) > 16 and any(ch in text for ch in ",，;；。")


_INT_CELL = re.compile(r"^\s*\d{1,6}\s*$")
# the headings a table of who holds which post has ('序号 | 科室 | 岗位 | 姓名')
_ROSTER_ROLES = frozenset({"seq", "department", "title", "person", "tier", "unit", "other"})
# the roles of a list of points' columns: a heading of one is no small table's (``_small_table_head``)
_LIST_ROLES = frozenset({"risk_point", "description", "risk_level", "risk_type", "measures"})
# what else heads a count table's columns beside the grades ('科室 | 高 | 中 | 低 | 合计')
_COUNT_HEADS = frozenset({"4", "5", "合计", "小计", "总计", "共计", "数量", "极低", "很低", "较低",
                          "中等", "较高", "很高", "极高"})  # fmt: skip
# a tick in a grid of who holds which post
_TABLE_TICKS = TICK_MARKS | SOLID_MARKS | {"○", "v", "V", "是", "/", "—", "-"}


_BRACKETED = LazyRe(r"^\s*[(（【\[].*[)）】\]]\s*$", re.S)
_HINT_WORD = LazyRe(
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
# a group row naming its members post by post after the group's name, each pair post, space,
# name: '一、民事审判团队：员额法官　郁澂峣，法官助理　甄琬涞', '二、第一检察部（主任　杭琬湄；检察官　单绎岚）'
_GROUP_MEMBERS_LINE = LazyRe(r"^(.{2,30}?)(?:[:：]\s*([^:：]+)|[(（]([^()（）:：]+)[)）])\s*$")
_GROUP_MEMBER_PAIR = LazyRe(r"^([^\s\u3000]{2,12}?)[\s\u3000]+([^\s\u3000]{2,4})$")
_GROUP_MEMBERS_SPLIT = LazyRe(r"[，,；;、]")
_GROUP_MEMBER_POST = LazyRe(r"[\u4e00-\u9fff]{2,12}")


def group_members(text: str) -> tuple[str, dict[str, list[str]]] | None:
    """A group row that is the roster of its group ('一、民事审判团队：员额法官　郁澂峣，法官助理
    甄琬涞，书记员　郁芃翾', '二、第一检察部（主任　杭琬湄；检察官　单绎岚；检察官助理　杭涔霁）'):
    the group's caption ('一、民事审判团队') and each post's members in order ('检察官　单绎岚、杭某'
    two of a post); None unless the group is a 科室 and its members are named, each after a
    post ('（责任人：李明）', '（分管社会救助股）' are no roster; one pair, '一、办公室：主任　郑一',
    is a roster too: the caller's rows have a 岗位 column, the posts it names not his)."""
    if "\u3000" not in text and " " not in text:
        return None  # (the cheap test: a space between each post and its name)
    m = _GROUP_MEMBERS_LINE.match(text.strip())
    if not m:
        return None
    named = caption_identity(m.group(1))
    if named is None or named[0] != "department":
        return None
    members: dict[str, list[str]] = {}
    post = ""
    for part in _GROUP_MEMBERS_SPLIT.split((m.group(2) or m.group(3)).strip().rstrip("。.")):
        part = part.strip()
        pair = _GROUP_MEMBER_PAIR.match(part)
        if pair:
            post, name = squeeze(pair.group(1)), pair.group(2)
            if (
                not _GROUP_MEMBER_POST.fullmatch(post)
                or looks_like_name(post)
                or post in _HOLDER_WORDS
            ):
                return None
        elif post and 2 <= len(part) <= 4:
            name = part  # '检察官　单绎岚、杭某': another of the post before
        else:
            return None
        if not (looks_like_name(name) or marked_name(name)) or is_post(name):
            return None
        members.setdefault(post, []).append(name)
    # ('检察官' is no post's ending: one of them a post will do, the rows' own posts the test)
    if not members or not any(map(is_post, members)):
        return None
    return m.group(1), members


def member_post(post: str, members: dict[str, list[str]]) -> str | None:
    """The post of a group row's roster that a row's 岗位 names: itself, or the one member's
    post ending with it ('法官' → '员额法官' beside '法官助理'); None for none, or several."""
    if post in members:
        return post
    if len(post) < 2:
        return None
    ends = [p for p in members if p.endswith(post)]
    return ends[0] if len(ends) == 1 else None


# the words closing a section row that names who shares the rows under it: '…共同涉及',
# '…本人涉及', '…均涉及的风险点', '…共同承担', '…共性风险'
_SECTION_SHARE_TAIL = LazyRe(
    r"(?:[的之])?(?:(?:共同|均|都|本人|共)?(?:涉及|承担|负责)(?:的)?(?:廉政)?(?:风险点?)?|共性风险点?)"
    r"\s*[:：。]?\s*$"
)
# the holders a bracket after the group's word lists: '班子成员及办公室（局长　某、副局长　某）'
_SECTION_SHARE_BRACKET = LazyRe(r"^(.{0,16}?)[(（]([^()（）:：]+)[)）]$")
_SECTION_SHARE_SPLIT = LazyRe(r"[、，,；;]")
_SECTION_SHARE_JOIN = LazyRe(r"[和及与]")


def section_sharers(text: str, known: dict[str, str]) -> list[tuple[str, str]] | None:
    """A section row of a list with no post or name column naming the holders who share every
    row under it ('一、局长　酆某、副局长　褚某共同涉及', '二、局长酆某本人涉及', '四、班子成员及
    办公室（局长　某、副局长　某、办公室主任　某）共同涉及'): (post, name) of each, in order. A
    bracket may list names alone that an earlier section of the table paired with their posts
    (``known``: name → post). None for anything else: a 科室 ('一、办公室'), a group word alone
    ('三、班子成员'), one post's holder in a label ('一、出纳岗(责任人:李明)'), one post and name
    with no word of sharing ('一、局长　某': ``caption_holder`` reads it)."""
    body = NUMBERING.sub("", text.strip(), count=1).strip()
    if len(body) < 4 or ":" in body or "：" in body:
        return None  # (the cheap test: a label line is ``_caption_holder_fields``')
    tail = _SECTION_SHARE_TAIL.search(body)
    worded = tail is not None and tail.start() > 0
    if worded:
        body = body[: tail.start()].rstrip()
    m = _SECTION_SHARE_BRACKET.match(body)
    if m:
        body = m.group(2)
    elif not worded and not _SECTION_SHARE_SPLIT.search(body):
        return None  # (one run, no word of sharing: a 科室, a post, a post and its holder)
    got: list[tuple[str, str]] = []
    for part in _SECTION_SHARE_SPLIT.split(body):
        part = part.strip()
        if not part:
            continue
        if _SECTION_SHARE_JOIN.search(part):
            # '党组书记某和纪检组长某': joined by a word, each side a post and its holder (a
            # post and name read whole would swallow the first pair into the post)
            pairs = [_post_run_name(x.strip()) for x in _SECTION_SHARE_JOIN.split(part)]
            if len(pairs) >= 2 and all(x is not None for x in pairs):
                got.extend(x for x in pairs if x is not None)
                continue
        pair = _post_run_name(part)
        if pair is not None:
            got.append(pair)
            continue
        name = squeeze(part)
        if not (m and name in known):
            return None
        got.append((known[name], name))  # '（酆某、褚某）': named with their posts above
    if not got or (len(got) < 2 and not worded):
        return None
    if len({n for _, n in got}) != len(got):
        return None  # (a name twice: no list of holders)
    return got


def section_group(text: str) -> str:
    """The group a section row naming its sharers in a bracket names before it ('二、药剂科（科
    主任　某；药师　某）' → '药剂科', '一、院领导（院长　某；…）' → '院领导'): '' where the row
    names none, or a joined one ('班子成员及办公室': no one 科室)."""
    body = NUMBERING.sub("", text.strip(), count=1).strip()
    tail = _SECTION_SHARE_TAIL.search(body)
    if tail is not None and tail.start() > 0:
        body = body[: tail.start()].rstrip()
    m = _SECTION_SHARE_BRACKET.match(body)
    group = squeeze(m.group(1)) if m else ""
    return "" if _SECTION_SHARE_JOIN.search(group) or _SECTION_SHARE_SPLIT.search(group) else group


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
_BRACKETS = LazyRe(r"[()（）\[\]【】]")


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


# a line's opening item number: '1.', '1、', '1．', '（1）', '①' (its number, its kind's mark)
_RUN_ON_FIRST = LazyRe(r"^\s*(?:(\d{1,2})([.、．])(?!\d)|[（(](\d{1,2})[)）]|([①-⑳]))")


# what stands before or after a number a line cites, not one of its items ('第（2）项', '第三条
# （2）', '对②类对象', '②号'); not what may end an item or open the next ('…核对', '…事项', '项目…')
_RUN_ON_CITED_BEFORE = "第条"
_RUN_ON_CITED_AFTER = "类号"


def _run_on_parts(line: str) -> list[str] | None:
    """A line listing its numbered items on in one line ('1.A；2.B', '1.A 2.B', '1.A2.B',
    '（1）A（2）B', '①A②B'): the line parted before each next number of the same kind, counting
    on from the line's own (each number once, in order: '2.5万元', '第2.', '1.1' are no item's),
    every item four characters at least; None where it lists one."""
    m = _RUN_ON_FIRST.match(line)
    if m is None:
        return None
    # (a number cited inside an item is no next item: '违反第三条第（2）项', '对②类对象': after
    # 第 or 条, before 类 or 号, of every kind)
    if m.group(4):
        n, mark = ord(m.group(4)) - ord("①") + 1, lambda k: re.escape(chr(ord("①") + k - 1))
    elif m.group(3):
        n, mark = int(m.group(3)), lambda k: rf"[（(]{k}[)）]"
    else:
        dot = re.escape(m.group(2))
        n, mark = int(m.group(1)), lambda k: rf"(?<![\d.．第]){k}{dot}(?!\d)"

    def make(k: int) -> str:
        return rf"(?<![{_RUN_ON_CITED_BEFORE}]){mark(k)}(?![{_RUN_ON_CITED_AFTER}])"

    if n > 20:
        return None
    cuts, at = [0], m.end()
    while n < 20:
        n += 1
        nxt = re.compile(make(n)).search(line, at)
        if nxt is None:
            break
        cuts.append(nxt.start())
        at = nxt.end()
    if len(cuts) < 2:
        return None
    parts = [
        line[a:b].strip().rstrip("；;，,。").strip()
        for a, b in zip(cuts, cuts[1:] + [len(line)], strict=True)
    ]
    bare = [_RUN_ON_FIRST.sub("", x, count=1).strip() for x in parts]
    return parts if all(len(x) >= 4 for x in bare) else None


def _level_cell_points(text: str) -> tuple[list[str], bool]:
    """The points of a cell under a level heading (``_band_cell_points``), a line listing its
    numbered items on in one line ('1.…；2.…') parted into a point an item
    (``_run_on_parts``); and whether some line was so parted."""
    if not any(ch.isdecimal() or "①" <= ch <= "⑳" for ch in text[1:]):
        return _band_cell_points(text), False  # (one number at most: nothing run on)
    lines, parted = [], False
    for x in text.split("\n"):
        got = _run_on_parts(x) if len(x) > 8 else None
        parted = parted or got is not None
        lines += got or [x]
    return _band_cell_points("\n".join(lines) if parted else text), parted


def _line_holders(text: str) -> list[tuple[str, tuple[str, str, str] | None]]:
    """The lines of a grid's cell each opened by its own holder ('总经理　某某：…⏎报关员　某某：…',
    '1.院长某某：…⏎2.…'): (point, (科室, post, name)) a line, numbered lines as
    ``_band_cell_points`` parts them, else one a line; a line opening with no holder None (the
    reader gives it the holder of the line above it in the cell)."""
    lines = _band_cell_points(text) if _ITEM_LINE.match(text.lstrip()) else text.split("\n")
    out: list[tuple[str, tuple[str, str, str] | None]] = []
    alone = None  # the holder of a line of his own ('院长某某：'), over his numbered points
    for x in (part for line in lines for part in _holder_clauses(line)):
        x = x.strip()
        if not x:
            continue
        if (a := _LINE_HOLDER_ALONE.match(x)) and (h := _head_holder(a.group(1))) is not None:
            alone = h  # ('院长某某：' alone on its line: the lines under it are his — review 110)
            continue
        if (
            alone is not None
            and (im := _ITEM_LINE.match(x))
            and not _HOLDER_COLON.match(x[im.end() :])
        ):
            out.append((x[im.end() :].strip(), alone))  # ('1.…' under him: his point, unnumbered)
            continue
        m = _HOLDER_COLON.match(x)
        held = _head_holder(m.group(1)) if m else None
        if held is None and (m := _POST_COLON.match(x)) and _a_named_post(squeeze(m.group(1))):
            held = ("", squeeze(m.group(1)), "")  # ('出纳：…' among them: the post alone)
        if held and m:
            alone = None
        out.append((m.group(2).strip(), held) if held and m else (x, None))
    return out


# a holder alone on his line before a colon, his points on the lines under it ('院长某某：')
_LINE_HOLDER_ALONE = LazyRe(r"^\s*([^:：\n，,。；;]{2,16}?)\s*[:：]\s*$")
_LINE_HOLDER_SEMI = LazyRe(r"[；;]")


def _holder_clauses(line: str) -> list[str]:
    """A line of a grid's cell split at each '；' after which a holder and a colon open the next
    clause ('局长　某某：…；出纳　某某：…' → two, review 110); '；' inside one's point stays."""
    if "；" not in line and ";" not in line:
        return [line]
    pieces = _LINE_HOLDER_SEMI.split(line)
    seps = _LINE_HOLDER_SEMI.findall(line)
    out = [pieces[0]]
    for sep, piece in zip(seps, pieces[1:], strict=True):
        m = _HOLDER_COLON.match(piece)
        if m and out[-1].strip() and _head_holder(m.group(1)) is not None:
            out.append(piece)
        else:
            out[-1] += sep + piece
    return out


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


# the joints of a cell naming the posts one person holds: '副站长兼出纳', '所长兼任会计', '检疫员兼管
# 报账员', '站长兼出纳、报账员' (a '、' only where a '兼' says the posts are one person's)
_CONCURRENT_JOINT = LazyRe(r"兼任|兼管|兼|、")
# a roster's post cell ending in a bracketed note ('会计（临聘）', '会计（兼出纳）': ``_roster_table``)
_ROSTER_TRAILING_NOTE = LazyRe(r"\s*[(（]\s*([^()（）]*?)\s*[)）]\s*$")


def concurrent_posts(text: str) -> list[str]:
    """The posts a cell naming them joined by 兼 names, as written ('副站长兼出纳' → 副站长, 出纳;
    '站长兼出纳、报账员' → 站长, 出纳, 报账员), or [] where no 兼 joins two ('兼职纪检员', '出纳（兼）'
    end with nothing after a joint; the caller checks each part is a post)."""
    if "兼" not in text[1:]:
        return []  # (the cheap test: '兼职纪检员' opens with it, joins nothing)
    parts = _CONCURRENT_JOINT.split(text)
    return parts if len(parts) >= 2 and all(parts) else []


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
            if not (d and not dept and d + p == post):
                continue  # ('项目股股长' of a list with no 科室 names 项目股's 股长, and back)
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
    if not names and "兼" in post.strip("兼"):
        # '所长兼支部书记': the holder of its first post
        return roster_lookup(holders, department, post.partition("兼")[0], several, depts)
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


_END_LEVEL = LazyRe(r"^(?:[ⅠⅡⅢ]|I{1,3}|[123]|中等|[高中低]等?)$")  # at a point's end: a level
_LEVEL_WORDS = {"高", "中", "低", "较高", "较低", "一般", "重大", "较大", "较小", "严重", "轻微"}
_TYPE_TAG = re.compile(r"\s*[（(【\[〔［]\s*([^（()）【】\[\]〔〕［］]{2,16}?)\s*[)）】\]〕］]\s*$")
_TYPE_SEP = re.compile(r"[/／、,，;；\s]+")
# a tag opening a point ('【制度机制】…', '〔思想道德风险〕…', '[岗位职责类]…'), its brackets paired
_TAG_OPENERS = "【〔［[（(「〖"
_PAIRS = dict(zip(_TAG_OPENERS, "】〕］]）)」〗", strict=True))
_TYPE_LEAD = LazyRe(
    r"\s*([【〔［\[（(「〖])\s*([^【】〔〕［］\[\]（）()「」〖〗\s]{1,16}?)\s*([】〕］\]）)」〗])\s*"
)
_TAG_CLOSERS = "】〕］]）)」〗"
# a tag closing a cell ('…不制止（股室监管）。'), its brackets paired
_LEVEL_TAG_TAIL = LazyRe(
    r"([【〔［\[（(「〖])\s*([^【】〔〕［］\[\]（）()「」〖〗\s]{1,16}?)\s*([】〕］\]）)」〗])\s*[。；;]?\s*$"
)
# a note's tags as quoted words, as a legend names them: '【高】为…' → '“高”为…'
_TAGS_QUOTED = str.maketrans("【〔［[】〕］]", "““““””””")
_NUMERAL_TAG = LazyRe(r"[\d一二三四五六七八九十]{1,3}")  # '（一）', '【2】': a list's number


def _level_tag_of(text: str) -> tuple[str, int, int] | None:
    """The bracketed tag opening a cell, else closing it ('【局级管控】项目一律进…' → '局级管控'),
    with where it stands; None where there is none or its brackets are not of one pair."""
    for m in (_TYPE_LEAD.match(text), _LEVEL_TAG_TAIL.search(text)):
        if (
            m
            and _PAIRS.get(m.group(1)) == m.group(3)
            and (text[: m.start()] + text[m.end() :]).strip()
        ):
            return m.group(2), m.start(), m.end()
    return None


# a note saying the brackets before the points hold their types: '注：风险点前【】内为风险类型。'
_TAG_TYPE_NOTE = LazyRe(
    r"(?:[【〔［\[][】〕］\]]|括号|括弧)\s*(?:内|中|里)?[^。；;\n]{0,10}类[型别]"
)
_MEASURES_HOLDER = re.compile(
    r"(?<![监督分管主领导])(?:责任人|负责人|责任岗位人员)\s*[:：]\s*([^\s:：,，;；。]{2,8})\s*[。.]?\s*$"
)
_NO_ROLE = Heading("other", 0, "")
_EXAMPLE = {"示例", "例", "样例", "举例", "范例", "例:", "例：", "示例:", "示例："}
_COLLECTIVE = LazyRe(
    r"(?:办公会|党组会|党委会|科务会|局务会|院务会|校务会|所务会|联席会|常委会|集体)(?:议|研究|审定|审议|讨论|决定|决策)"
)


# a level moved a step from the one before: '上调一级', '下调一级', '降低两级'
_LEVEL_STEP = LazyRe(
    r"(上调|调高|提高|提升|升|下调|调低|降低|降)\s*(一|二|两|1|2)\s*(?:级|档|个等级)"
)
_UP = ("上调", "调高", "提高", "提升", "升")
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
# a column beside last year's level saying how the grade moved, this year's written nowhere
# ('上年风险等级 | 等级变化' with '↑', '↓', '—' and a '注：' line saying ↑ is one grade up):
# its heading, and its marks — up (more severe: '↑', '上调', '↑1级'), down, or the same
_GRADE_MARK_HEAD = LazyRe(
    r"^(?:(?:较|比|与)(?:上年度?|去年|上一年度?|\d{4}年度?)(?:相比)?)?(?:\d{4}年度?)?(?:风险)?"
    r"(?:等级|级别)?(?:变化趋势|变化|变动|调整|升降|升[/／]降|趋势)(?:情况|方向)?$"
)  # (a bracket of its marks, '等级变化（↑/↓/—）', is read off first)
# a level heading naming a former year's grade in words ('上年风险等级', '原等级', '调整前等级'); a
# year alone ('2024年等级') is a former one only where the table's caption names a later year
_LEVEL_FORMER_WORD = LazyRe(r"原|上年|去年|调整前|上一年")
_LEVEL_HEAD_YEAR = LazyRe(r"(\d{4})\s*年")
# a level heading of a former grade in words or of a year (which, ``_grade_marks`` asks)
_LEVEL_BEFORE = LazyRe(f"{_LEVEL_HEAD_YEAR.pattern}|{_LEVEL_FORMER_WORD.pattern}")
_NEW_POINT = LazyRe(r"(?:本年度?|今年)?新增(?:风险点?)?")  # a change column's word for a new point
_GRADE_MARK = LazyRe(
    r"^(?:(?P<up>↑+|⬆|↗|上升|上调|调高|提高|升高|升级|升)|(?P<down>↓+|⬇|↘|下降|下调|调低|降低|降级|降))"
    r"(?P<n>[一二两12])?(?:级|档|个等级)?$"
)
_GRADE_MARK_SAME = frozenset(
    {"—", "——", "-", "－", "–", "―", "→", "=", "0", "不变", "持平", "平", "无变化", "未变",
     "未变化", "未调整", "维持", "维持不变", "保持", "保持不变"}
)  # fmt: skip


def grade_mark_step(cell: str) -> int | None:
    """How many grades a change mark moves last year's level: -1 one up (more severe: '↑',
    '上调', '↑1级'), 2 two down ('↓↓', '下调两级'), 0 the same ('—', '不变', '持平'); None for a
    cell that is no such mark."""
    s = "".join(cell.split())
    if s in _GRADE_MARK_SAME:
        return 0
    m = _GRADE_MARK.match(s)
    if m is None:
        return None
    said = m.group("up") or m.group("down")
    n = _STEPS[m.group("n")] if m.group("n") else len(said) if said[0] in "↑↓" else 1
    return -n if m.group("up") else n


# a reviewer's column of opinions on each row ('派驻纪检监察组审核意见', '复核意见', '审定情况'), its
# cells agreeing ('同意', '无异议', '属实': the self-assessed level stands) or setting the row's
# level ('调整为一级', '建议定为高风险', '核定为Ⅱ级'); the level word is read by the config
_REVIEW_OPINION_HEAD = LazyRe(r"审核|审定|审查|复核|核定|意见")
_REVIEW_AGREES = frozenset({"同意", "无异议", "属实", "同意自评", "同意自评等级", "认可", "通过"})
_REVIEW_SETS_LEVEL = LazyRe(
    r"^(?:建议|同意[，,]?[（(]?|同意[，,]?建议)?(?:由\s*[^，,。；;\s（()）]{1,6}?\s*)?"
    r"(?:调整为|调整到|改为|更改为|应为|定为|核定为|确定为|升为|降为|上调为|下调为"
    r"|提高为|提高到|提升为|提升到|降低为|降低到)"
    r"\s*(?P<to>[^，,。；;\s（()）]{1,8}?)(?:风险等级|风险|等级)?[)）]?[。．.]?$"
)
# an agreeing opinion in words of its own: '同意。', '情况属实，同意', '无意见', '同意自评结果'
_REVIEW_AGREES_SAID = LazyRe(
    r"^(?:经(?:审核|审查|复核|核实)[，,]?)?(?:情况)?(?:属实[，,]?)?"
    r"(?:同意|无意见|无异议|属实|认可|通过)[^调改提升降定]{0,10}$"
)


def _review_agrees(said: str) -> bool:
    """A reviewer's opinion agreeing with the self-assessed level ('同意', '情况属实，同意',
    '无意见', '同意自评结果'), none setting one ('同意（调整为高风险）': a setting)."""
    return said in _REVIEW_AGREES or bool(_REVIEW_AGREES_SAID.match(said))


# a reviewer's opinion handing the row's point to another holder ('责任人调整为市场股股长敖湝岏',
# '责任人应为产业发展股股员敖玹翥，请调整', '改由产业发展股股长诸霔棽负责', '由股员某某承担',
# '划归办公室主任'): one clause of the cell, the words naming the holder in ``who``; the duty
# word after him, where the verb alone says no holder ('调整为…负责', '由…承担')
_REVIEW_HANDS_TO = LazyRe(
    r"^(?:建议|请|经审核[，,]?)?(?:该项|此项|本项|该风险点|此风险点)?(?:的)?"
    r"(?P<held>(?:防控)?责任人|责任岗位|责任主体)?\s*(?:应|应当|需|须)?\s*"
    r"(?P<verb>调整为由|调整为|更改为|变更为|改为由|改为|应为|确定为|改由|调整由|交由|转由|应由|由|划归|划给|移交给?)"
    r"\s*(?P<who>[^，,。；;：:\n]{2,30}?)\s*(?:同志)?\s*(?P<duty>负责|承担)?(?:[，,]?请(?:予以)?(?:调整|更正|修改))?$"
)
_REVIEW_LOOSE_VERBS = frozenset({"调整为", "更改为", "变更为", "改为", "确定为", "由"})
# what no opinion hands a point to: a meeting or a body ('改由局长办公会研究', '改由局务会审定',
# '交由第三方审计', '改由股长会议集体研究') — a measure, who decides, not who holds the point
_REVIEW_TO_BODY = LazyRe(r"会议|办公会|局务会|党组会|班子|集体|小组|委员会|第三方|会$")
# a post followed by what he is to do ('改由局长审批', '改由股长复核把关', '交由纪检组长监督'): who
# approves or checks, a measure — no holder
_REVIEW_TO_ACT = LazyRe(
    r"(?:审批|审核|复核|把关|研究|审定|签字|签批|监督|处理|审计|决定|决策|核实|检查|核查|办理|会签)+$"
)
# the verbs handing a point without saying whose it is: '划归办公室主任' alone; the others need
# '责任人' before or '负责'/'承担' after ('改由 X 负责', '由 X 承担')
_REVIEW_HANDS_PLAIN = frozenset({"划归", "划给"})
_REVIEW_CLAUSES = LazyRe(r"[，,；;。]")


def _review_hands_to(said: str, level) -> tuple[str, str] | None:
    """The holder a reviewer's opinion hands the row's point to and the rest of the opinion
    ('该项属市场股职责，责任人调整为市场股股长敖湝岏' → ('市场股股长敖湝岏', '该项属市场股职责');
    '调整为一级，责任人改为股员某某' → (…, '调整为一级') for the level), else None: an opinion
    naming no post or name ('调整为一级', '建议加强台账管理', '改为双人审核'); a bare
    '调整为…'/'由…' counts only with '责任人' before it or '负责'/'承担' after it."""
    if not any(w in said for w in ("由", "为", "划", "移交")):
        return None  # (the cheap test: '同意', '无异议')
    parts = [x for x in _REVIEW_CLAUSES.split(said) if x.strip()]
    for i, part in enumerate(parts):
        m = _REVIEW_HANDS_TO.match(squeeze(part))
        if m is None:
            continue
        who, verb, held, duty = (
            m.group("who").removesuffix("同志"),
            m.group("verb"),
            m.group("held"),
            m.group("duty"),
        )
        if level(who):
            continue  # ('应为二级')
        if _REVIEW_TO_BODY.search(who) or _REVIEW_TO_ACT.search(who):
            continue  # ('改由局长办公会研究', '改由局长审批', '交由纪检组长监督': measures)
        if not held and squeeze(part).startswith("建议"):
            continue  # ('建议改由股长复核把关': advice, no hand-over)
        if not held and not duty and verb not in _REVIEW_HANDS_PLAIN:
            continue  # ('应为股员某某', '交由某某'): the holder's role said nowhere
        if not held and verb in _REVIEW_HANDS_PLAIN and not (_holder_words(who) or _dept_like(who)):
            continue  # ('划归日常监督范畴')
        if (
            not held
            and (verb in _REVIEW_LOOSE_VERBS or verb == "应为")
            and not (duty and _holder_words(who))
            and not _post_run_name(squeeze(who))
        ):
            continue  # ('调整为股长审批', '改为双人审核': a measure; '应为股员某某' a holder)
        if not held and not (duty or _holder_words(who) or verb in _REVIEW_HANDS_PLAIN):
            continue  # ('改由集体研究'); ('改由某某负责' with no post or name: warned, kept;
            # '划归办公室', a 科室 alone, warned as '改由财务股负责' is)
        rest = [
            x
            for k, x in enumerate(parts)
            if k != i and not re.fullmatch(r"\s*请(?:予以)?(?:调整|更正|修改)\s*", x)
        ]
        return who, "，".join(rest)
    return None


# a level column's heading after a review: '调整后等级', '复核后风险等级', '最终等级'
_ADJUSTED = LazyRe(
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
# the links of a chain of holders in one cell ('利琤湉（检斤员）→爨霂澍（副主任）→利岍昶（主任）')
_HOLDER_LINK = LazyRe(r"\s*(?:→|->|—>|－>|－＞|—＞|-＞|⇒|➝|➔|=>|＞|>)\s*")
# a heading naming such a chain: '责任链（经办→审核→审批）', '经办→审核→审批', '审批流程责任人'
_HOLDER_CHAIN_HEAD = LazyRe(r"链|流程|经办.{0,4}审|审核.{0,4}审批|→|->|—>|＞|>")
# one link: 'name（post）' or 'post（name）'
_LINK_BRACKET = LazyRe(r"([^\s()（）]{2,12})\s*[(（]\s*([^()（）\s]{2,12})\s*[)）]")
# a note saying the name before the arrow is the present holder's (the other way round)
_HANDED_BEFORE = LazyRe(
    r"(?:箭头|“?→”?)(?:之?前|左)[^。；;\n]{0,12}(?:现任|现在|目前)"
    r"|(?:箭头|“?→”?)(?:之?后|右)[^。；;\n]{0,6}(?:原|前任|已调离|调出)"
)
# a post cell naming the post held before and the present one ('统计员→副股长', '科员调整为副科长',
# '原：统计员　现：副股长'): the links between them, and the labels of a '原：… 现：…' cell
_POST_MOVED = LazyRe(
    r"\s*(?:→|->|—>|－>|－＞|—＞|-＞|⇒|➝|➔|=>|调整为|改任为?|现任|转为|转任|调任为?|升任为?|提任为?)\s*"
)
# an arrow of those (not a word: '调整为', '转任')
_POST_ARROW = LazyRe(r"\s*(?:→|->|—>|－>|－＞|—＞|-＞|⇒|➝|➔|=>)\s*")
# the present post with the former in a bracket after it ('会计（原出纳）', '副股长(原任科员)')
_POST_WAS_BRACKET = LazyRe(
    r"^\s*(\S+?)\s*[（(]\s*(?:原任?|原为|调整前)(?:岗位|职务)?\s*[:：]?\s*([^()（）\s]+?)\s*[)）]\s*$"
)
# a date in a bracket closing the cell ('出纳→会计（2025年3月）', '(2025.3)'): when it moved
_POST_MOVED_WHEN = LazyRe(
    r"\s*[（(]\s*(?:\d{4}\s*[年./\-－]\s*\d{1,2}\s*月?(?:\s*[./\-－]?\s*\d{1,2}\s*[日号]?)?|\d{1,2}月)"
    r"\s*(?:起|调整|调任|后|以后|至今)?\s*[)）]\s*$"
)
_POST_WAS_NOW = LazyRe(
    r"^\s*(?:原任?|调整前)(?:岗位|职务)?\s*[:：]?\s*(\S+?)\s*[，,；;\s]\s*"
    r"(?:现任?|调整后)(?:岗位|职务)?\s*[:：]?\s*(\S+?)\s*$"
)
# a flow's step ('受理→审核→审批', '受理员→审核员→审批员': two such links a flow, no posts held)
_FLOW_STEP = LazyRe(r"受理|审核|审批|审查|审定|办结|经办|复核|初审|签发|承办|决定|登记|核查|批准")
# two posts in one link ('股长、会计', '会计/出纳'): a cell of two posts, as written
_POSTS_LISTED = LazyRe(r"[、/／，,；;＆&]|及|和|兼")
# a note saying the post BEFORE the arrow is the present one ('“→”前为现岗位', '箭头后为原职务')
_POST_MOVED_BEFORE = LazyRe(
    r"(?:箭头|“?(?:→|->|=>|⇒)”?)(?:之?前|左)(?:的|边|面)?(?:为|是|系)?(?:现|目前|当前)"
    r"|(?:箭头|“?(?:→|->|=>|⇒)”?)(?:之?后|右)(?:的|边|面)?(?:为|是|系)?(?:原|前任|调整前)"
)


def cell_runs(cells: list[str]) -> str:
    """Cells as runs down a column, in order ('C7', 'C8', 'C9' → 'C7:C9'; 'C7', 'E7' as they are)."""
    runs: list[list] = []  # [column, first row, last row]
    for at in cells:
        m = re.fullmatch(r"([A-Z]+)(\d+)", at)
        if m is None:
            runs.append([at, None, None])
            continue
        col, row = m.group(1), int(m.group(2))
        if runs and runs[-1][0] == col and runs[-1][2] is not None and runs[-1][2] + 1 == row:
            runs[-1][2] = row
        else:
            runs.append([col, row, row])
    return "、".join(
        c if a is None else f"{c}{a}" if a == b else f"{c}{a}:{c}{b}" for c, a, b in runs
    )


def post_moved(text: str, before: bool = False) -> tuple[str, list[str]] | None:
    """A post cell written old post → present post ('统计员→副股长', '副股长 -> 股长', '科员调整为
    副科长', '原：统计员　现：副股长'; a chain '科员→副股长→股长' gives its last): (the present post,
    the former ones in order); the first of the chain where a note says the post before the
    arrow is the present one (``before``). None unless every link is a post's name, none a
    flow's step ('受理→审核→审批') nor two posts in one ('股长、会计')."""
    said = " ".join(text.split())
    if _POST_MOVED.search(said) or _POST_WAS_NOW.match(said):
        said = _POST_MOVED_WHEN.sub("", said)  # ('出纳→会计（2025年3月）': the post, not when)
    if (m := _POST_WAS_NOW.match(said)) is not None:
        parts = [m.group(1), m.group(2)]
        before = False  # (labelled: the present one is the one labelled so)
    elif (m := _POST_WAS_BRACKET.match(said)) is not None:
        parts = [m.group(2), m.group(1)]  # ('会计（原出纳）': the present post first)
        before = False
    else:
        parts = _POST_MOVED.split(said)
        if len(parts) < 2:
            return None
        if not all(_POST_ARROW.fullmatch(x) for x in _POST_MOVED.findall(said)):
            before = False  # ('调整为', '改任': worded, the present post after them)
        parts[0] = re.sub(r"^(?:由|原任?|调整前)(?:岗位|职务)?[:：]?|[，,；;]$", "", parts[0])
    if any(re.search(r"\s", x.strip()) for x in parts):
        return None  # ('科员→副股长　鲍某': a name after the post, the caller's to part)
    parts = [squeeze(x) for x in parts]
    if (
        len(parts) != len(set(parts))
        or not all(parts)
        or sum(bool(_FLOW_STEP.search(x)) for x in parts) >= 2
        or any(len(x) > 12 or _POSTS_LISTED.search(x) or not is_post(x) for x in parts)
    ):
        return None
    if before:
        return parts[0], parts[1:]
    return parts[-1], parts[:-1]


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
    if key in _STAGE_LINE_WORDS:
        return None  # ('审核：资料把关不严⏎审批：…': the steps' lines of one cell, no point's name)
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


_NUMBERED_LABEL = LazyRe(
    r"^\s*(?:[(（]?(\d{1,2}|[一二三四五六七八九十]{1,2}(?=[)）.、．]))[)）.、．]?\s*|([①-⑳])\s*)?"
    r"([^:：\n\d()（）①-⑳]{2,8}?)\s*(\d{1,2}|[一二三四五六七八九十])?\s*[:：]\s*"
)


def _numbered_pairs(text: str) -> list[dict[str, str]] | None:
    """'风险点1：…⏎防控措施1：…⏎风险点2：…⏎防控措施2：…' (points and their measures numbered
    together in one cell): a dict of role → text per number, in order; None unless every
    labelled line is numbered, each number opens with its point and has its measures.
    Unnumbered, '风险点：…⏎防控措施：…⏎风险点：…⏎防控措施：…' (two pairs or more, nothing
    else): a point each '风险点：' (a '风险描述：' after a pair's measures), with its own
    measures; one such pair is ``_labelled_lines``', as before; a number among unnumbered
    labels, a pair with no measures: None (the cell read as before)."""
    groups: dict[str, dict[str, str]] = {}
    role = key = None
    plain = False  # the labels carry no number: a new group at each point's label
    for line in text.split("\n"):
        m = _NUMBERED_LABEL.match(line)
        number = m and (m.group(1) or m.group(2) or m.group(4))
        h = heading_role(label_key(m.group(3))) if m else None
        if m and h is not None and h.strength == SURE and h.role in _LINE_ROLES:
            if not number and key is None:
                plain = True  # unnumbered: '风险点：…⏎防控措施：…⏎风险点：…'
            if plain:
                if number:
                    return None  # ('风险点：…⏎措施1：…': numbered and not, no such pairs)
                group = groups.get(key) if key is not None else None
                if h.role in ("risk_point", "description") and (
                    group is None or h.role in group or "measures" in group
                ):
                    key = str(len(groups) + 1)  # ('风险点：A⏎防控措施：a⏎风险点：B': B's own)
                role = h.role
            else:
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
    if plain and len(out) < 2:
        return None  # one '风险点：…⏎防控措施：…' pair: ``_labelled_lines``
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


# the number before a duty line ('1.负责…。', '（2）…', '③…'), off the duty read for its point
_DUTY_NUMBER = LazyRe(r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])\s*")
# labelled lines that belong to the point above them in a cell of duty lines
_POINT_OWN_LINES = frozenset({"measures", "risk_level", "risk_type", "description"})


def _points_among_lines(text: str, config) -> list[dict[str, str]]:
    """The points of a cell listing duties line by line with, under some of them, a labelled
    point line ('1.负责公证书的审批出证。⏎　风险点：违规签发（一级）⏎2.负责…。⏎3.负责…。⏎　风险点：…
    （二级）' under '岗位职责及廉政风险点'; '职责：…⏎风险点1：…⏎防控措施：…'): a point each labelled
    line ('风险点：', '廉政风险：', '风险：', '风险点2：'), its closing bracket its level (type), the
    unlabelled (or '职责：') line above it its duty, a '防控措施：…' (level, type) line after it
    its own; the lines with no label are no points. [] unless two points or more are so labelled
    AMONG other lines (one '职责：…⏎风险点：…' pair: ``_labelled_lines``, as before;
    '风险点：…⏎防控措施：…' twice with nothing else: ``_numbered_pairs``; numbered points with no label: as before). Cheap for
    the cells with no second '风险' in them."""
    if text.count("风险") < 2:
        return []
    out: list[dict[str, str]] = []
    duty = ""  # the last line above that is no point's: the next point's duty
    others = 0  # the lines that are no point's nor a point's own
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = _NUMBERED_LABEL.match(line)
        h = heading_role(label_key(m.group(3))) if m else None
        role = h.role if h is not None and h.strength == SURE else None
        said = line[m.end() :].strip() if m else ""
        if role == "risk_point":
            body = said.rstrip("。；;，, ")
            item: dict[str, str] = {"duty": duty}
            tag = _LEVEL_CLOSING.search(body)
            word = tag.group(1) if tag else ""
            if (
                word
                and config.level(word)
                and (_level_word(word) or (_END_LEVEL.match(word) and not word.isdigit()))
            ):
                item["risk_level"], body = word, body[: tag.start()].strip()
            elif (tag := _TYPE_TAG.search(body)) and _full_type(tag.group(1), config):
                item["risk_type"], body = tag.group(1), body[: tag.start()].strip()
            if len(body) < 2:
                return []
            item["risk_point"] = body
            out.append(item)
            duty = ""
        elif role in _POINT_OWN_LINES:
            if not out or role in out[-1] or not said or duty:
                return []  # ('防控措施：' with no point above, or its lines below: not this shape)
            out[-1][role] = said
        elif role in ("duty", "workflow") or role is None:
            others += 1
            duty = _DUTY_NUMBER.sub("", said if role else line.strip(), count=1).rstrip("。；;，, ")
        else:
            return []  # (a line labelled as another field's: '责任人：…')
    return out if len(out) >= 2 and others else []


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


# an item's number where a cell lists several points: at the cell's start, or after the bracket
# closing the item before ('…（二级）⏎2.…', '…（一级）②…' on one line; '1.1' is a sub-item)
_CLOSED_ITEM = LazyRe(
    r"(?:^|(?<=[）)】\]]))[\s，,；;。]*(?P<n>[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳⑴-⒇])"
)
# another item's number inside an item ('①…②…（二级）', '1.…；2.…（二级）'): it has no bracket of its own
_ITEM_WITHIN = LazyRe(r"[①-⑳⑴-⒇]|[；;。，,]\s*(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）])")
# the parenthesised numbers set as one character ('⑴', '⑵' … '⒇'), numbering items as ① does
_PAREN_DIGITS = "".join(chr(c) for c in range(ord("⑴"), ord("⒇") + 1))
# a bracket closing an item ('…（二级）', '…【高】')
_LEVEL_CLOSING = LazyRe(r"\s*[【\[（(]\s*([^【\[（()）\]】]{1,6}?)\s*[】\]）)]$")


def _level_closed_items(text: str, config, one: bool = False) -> list[dict[str, str]]:
    """The points of a cell listing them numbered, each closing with its OWN level in brackets
    ('1.接受教材供应商宴请（二级）⏎2.成绩更改把关不严（三级）', '①…（一级）②…（二级）' or
    '⑴…（高）⑵…（中）' on one line) or each with its own type ('1.…（制度机制）⏎2.…（岗位职责）'): a point each, the number
    and the bracket off, the bracket its level (type); [] otherwise. Numbered lines of which not
    every one so closes stay one point's parts (issue #11), as do lines numbered out of turn.
    ``one``: a single numbered item so closing counts too (a type cell's '3.…（二级）', its number
    running on along the row). Cheap for the cells not closing with a bracket."""
    body = text.strip().rstrip("。；;，,")
    if not body.endswith(("）", ")", "】", "]")) or not (
        _ITEM_LINE.match(body) or body[:1] in _PAREN_DIGITS
    ):
        return []
    marks = list(_CLOSED_ITEM.finditer(body))
    if not marks or marks[0].start() != 0 or (len(marks) < 2 and not one):
        return []
    # ('⑴…（高）⑵…（中）': the parenthesised numbers set as one character, a kind of their own)
    kinds = {"⑴" if m.group("n") in _PAREN_DIGITS else _item_kind(m.group("n")) for m in marks}
    numbers = [
        int(d)
        if (d := re.sub(r"\D", "", m.group("n")))
        else ord(n) - ord("⑴" if n in _PAREN_DIGITS else "①") + 1
        for m in marks
        if (n := m.group("n"))
    ]
    if len(kinds) > 1 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    out: list[dict[str, str]] = []
    for m, end in zip(marks, [*(x.start() for x in marks[1:]), len(body)], strict=True):
        item = body[m.end() : end].strip().rstrip("。；;，, ")
        if _ITEM_WITHIN.search(item) or (
            "\n" in item and any(_ITEM_LINE.match(x) for x in item.split("\n")[1:])
        ):
            return []  # ('1.…⏎2.…（二级）', '①…②…（二级）': an item with no bracket of its own)
        tag = _LEVEL_CLOSING.search(item)
        said = tag.group(1) if tag else ""
        if (
            said
            and config.level(said)
            and (_level_word(said) or (_END_LEVEL.match(said) and not said.isdigit()))
        ):
            role = "risk_level"
        elif (tag := _TYPE_TAG.search(item)) and _full_type(tag.group(1), config):
            role, said = "risk_type", tag.group(1)
        else:
            return []  # (a line with no level or type of its own: one point's parts)
        point = item[: tag.start()].strip()
        if len(point) < 2 or (out and role not in out[0]):
            return []
        out.append({"risk_point": point, role: said})
    return out


# a line of a point cell opening with its type as a label, after the line's number or none:
# '1.思想道德风险：…', '（二）制度机制风险:…', '①岗位职责风险：…', '外部环境：…'
_TYPED_LINE = LazyRe(
    r"\s*(?P<n>\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}\s*、|[①-⑳])?"
    r"\s*(?P<t>[\u4e00-\u9fff]{2,10}?)\s*[:：]\s*(?P<p>\S.*)$"
)
# a line's number alone (a level or measures cell numbered as the points are)
_LINE_NUMBER = LazyRe(
    r"\s*(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}\s*、|[①-⑳])\s*"
)


def _type_label(word: str, config) -> bool:
    """A line's label naming one type in full ('思想道德风险', '制度机制类风险', '外部环境')."""
    return _full_type(word, config) or (word.endswith("风险") and _full_type(word[:-2], config))


def _typed_line_items(text: str, config) -> tuple[list[dict[str, str]], int]:
    """The points of a cell written one a line, each line opening with its TYPE as a label
    ('1.思想道德风险：收受礼金。⏎2.制度机制风险：资金分配个人说了算。'): a point each, the number and
    the label off, the label its type; the lines numbered alike or none numbered. Bare type names
    ('外部环境：…', no '风险') count where the lines name two types or more and none is
    '岗位职责' or '业务流程' alone (a duty's or a flow's label, '岗位职责：负责…'). Returns the
    points ([] unless every line so opens) and, for a cell of numbered lines of which two or more
    open with a '…风险：' label and some do not, the count of the labelled ones (0 otherwise)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 2:
        return [], 0
    out: list[dict[str, str]] = []
    kinds: set[str] = set()
    labelled, numbered = 0, 0
    for x in lines:
        m = _TYPED_LINE.match(x)
        numbered += bool(m and m.group("n")) or bool(_LINE_NUMBER.match(x))
        if not m or not _type_label(m.group("t"), config):
            continue
        kinds.add(_item_kind(m.group("n")) if m.group("n") else "")
        labelled += m.group("t").endswith("风险")
        out.append({"risk_point": m.group("p").strip(), "risk_type": m.group("t")})
    if len(out) < len(lines):
        return [], labelled if labelled >= 2 and numbered == len(lines) else 0
    if len(kinds) > 1:
        return [], 0  # (numbered lines and bare ones: not one list)
    bare = [x["risk_type"] for x in out if not x["risk_type"].endswith("风险")]
    if bare and (
        len({tuple(config.types(x["risk_type"])[0]) for x in out}) < 2
        or any(x in ("岗位职责", "业务流程") for x in bare)
    ):
        return [], 0
    return out, 0


def _levels_by_line_numbers(text: str, count: int, config) -> list[str]:
    """A level cell listing each grade's line numbers ('一级：1、3⏎二级：2') for ``count`` lines:
    each line's grade, where every number 1…count is listed once and no other; [] otherwise."""
    level_of: dict[int, str] = {}
    for line in (x.strip() for x in text.split("\n")):
        if not line:
            continue
        m = _LEVEL_NUMBERS.fullmatch(line)
        if not m or not config.level(m.group(1)):
            return []
        for n in _point_numbers(m.group(2)):
            if n in level_of:
                return []
            level_of[n] = m.group(1)
    if set(level_of) != set(range(1, count + 1)):
        return []
    return [level_of[n] for n in range(1, count + 1)]


def _lines_numbered_as(text: str, count: int) -> list[str]:
    """A cell's lines, their numbers off, where it has ``count`` lines each numbered; [] otherwise."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) != count or not all(_LINE_NUMBER.match(x) for x in lines):
        return []
    return [_LINE_NUMBER.sub("", x, count=1).strip() for x in lines]


def _held_numbered_items(text: str, config) -> list[dict[str, str]]:
    """The points of a 科室's cell split among its holders by lines naming each alone, post and
    name with no number and no colon ('局长　某某⏎1.…（一级）⏎2.…（二级）⏎副局长　某某⏎3.…（一级）'):
    each holder's numbered lines his points, each at its own bracket's level (as
    ``_level_closed_items``, the numbering running on or not); [] unless the cell opens with such a
    line and every holder's lines so close. Cheap for the cells of one line or not closing with a
    bracket."""
    if "\n" not in text or not text.rstrip().rstrip("。；;，,").endswith(("）", ")", "】", "]")):
        return []
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or len(lines[0]) > 20 or _ITEM_LINE.match(lines[0]):
        return []
    out: list[dict[str, str]] = []
    runs: list[tuple[dict[str, str], list[str]]] = []
    for x in lines:
        if _ITEM_LINE.match(x) or (runs and runs[-1][1] and len(x) > 20):
            if not runs:
                return []
            runs[-1][1].append(x)  # (a point's line typed on without a number: its own)
            continue
        h = _band_holder(x)
        if "person" not in h or (runs and not runs[-1][1]):
            return []  # (any other line, or a holder with no point: not this shape)
        runs.append(({k: h[k] for k in ("title", "person")}, []))
    for holder, own in runs:
        items = _level_closed_items("\n".join(own), config, one=True) if own else []
        if not items or "risk_level" not in items[0]:
            return []
        out.extend({**item, **holder} for item in items)
    return out


def _measures_numbered_alike(points: str, measures: str) -> list[str]:
    """A measures cell's items, one per point of a cell numbered the same way ('1.…⏎2.…⏎3.…'
    beside the points '1.…（一级）⏎2.…⏎3.…' under their holders' lines): the numbers of the
    measures' lines must be those of the points' lines, in order; [] otherwise (kept whole)."""
    own = [m.group(0).strip() for x in points.split("\n") if (m := _ITEM_LINE.match(x))]
    each = _band_cell_points(measures) if _ITEM_LINE.match(measures.lstrip()) else []
    said = [m.group(0).strip() for x in measures.split("\n") if (m := _ITEM_LINE.match(x))]
    return each if len(each) == len(own) and said == own else []


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
_COUNT_VALUE = LazyRe(
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


def _grid_outlet(v: str, by_place: bool) -> str:
    """An outlet's name in a staffing grid: 'end' where its ending says so ('城关供电所', '青石中心校',
    '东关网格'; no person's name), 'place' where only its place does (``by_place``: the heading
    names the outlets' kind) — two to five Han characters, no post, no heading ('石桥', '红星') —
    else ''."""
    if not v or len(v) > 20:
        return ""
    if _OUTLET_END.search(v) and not looks_like_name(v):
        return "end"
    if by_place and HAN_NAME.match(v) and not is_post(v) and heading_role(label_key(v)) is None:
        return "place"
    return ""


def _grid_names(v: str) -> list[str] | None:
    """The holders a staffing grid's cell names ('巫马琰', '张三、李四', '张三 李四' or a name a line:
    each his own form; '李四（兼）': 李四): [] where the outlet has no such post ('/', '无'),
    [''] for a vacancy (empty, '暂缺', '空缺'), None where it holds no names (the grid has
    ended)."""
    v = v.strip()
    if label_key(v) in _NOTHING or NO_ONE.match(v):
        return []
    if not v or VACANT.match(v):
        return [""]
    parts = []
    for p in HOLDER_SPLIT.split(v):
        if p.endswith((")", "）")):
            p = post_of("", "", "", p, "", "", "", "")[3]  # '李四（兼）', '王五(代)': the name
        words = p.split()
        if len(words) > 1 and all(len(w) >= 2 and looks_like_name(w) for w in words):
            parts += words  # '张三 李四': two holders ('赵 东 升' spaced out is one)
        elif p.strip():
            parts.append(squeeze(p))
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


# a level a tier's heading or a note's clause names ('分管局领导（一级）', '一级风险责任人', '二级由
# 科室负责人负责', '高风险点'): not a step ('上调一级') or a rank ('第一级')
_TIER_LEVEL = LazyRe(
    r"(?<![调升降提第上下])[一二三ⅠⅡⅢ123]级|较高(?=风险)|较低(?=风险)|(?<!较)[高中低](?=风险|等级)"
)


def _tier_cell(v: str) -> list[tuple[str, str]] | None:
    """The holders a roster's tier cell names as (post, name): '副局长　乜某', '乜某（副局长）',
    '科员 甲、科员 乙', a name or two alone ('甲、乙'); [] for no one ('', '/', '空缺'); None for
    words that are no holders (a sign-off line '审核：')."""
    v = v.strip()
    if not v:
        return []
    if split := holder_and_post(v):
        return [(split[1], split[0])]
    if pairs := listed_holders(v):
        return list(pairs)
    names = _grid_names(v)
    return None if names is None else [("", n) for n in names if n]


def _tier_roster(
    sh: _Sheet, merged: dict, r: int, gc: int, tiers: dict[int, set[str]]
) -> tuple[dict[str, dict[int, list[tuple[str, str]]]], set[int]]:
    """The holders a roster of tiers (headed at row ``r``, its group column ``gc``) names for
    each group in each tier column: group → column → [(post, name)]; and its rows. A group's
    cell merged across or down is read as ``_group_roster`` reads it; stops at the first row
    whose group or tier cells are no such (a sign-off line '制表：办公室 | 审核：')."""
    got: dict[str, dict[int, list[tuple[str, str]]]] = {}
    used = {r}

    def value(y: int, c: int) -> str:
        v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
        top = merged.get((y, c)) if not v else None
        return sh.rows[top[0]][top[1]] if top else v

    group = ""
    for y in range(r + 1, min(len(sh.rows), r + 80)):
        group = squeeze(value(y, gc)) or group
        if not group or looks_like_name(group) or len(group) > 16 or "：" in group or ":" in group:
            break
        cells = {c: _tier_cell(value(y, c)) for c in tiers}
        if any(v is None for v in cells.values()) or not any(cells.values()):
            break
        for c, held in cells.items():
            got.setdefault(group, {}).setdefault(c, []).extend(
                (p, n if looks_like_name(n) or marked_name(n) else "") for p, n in held or ()
            )
        used.add(y)
    return got, used


def _tier_key(v: str) -> str:
    """A tier's words as a row's tier cell or a roster's heading writes them, brackets and
    spaces gone ('分管校领导（一级）' → '分管校领导')."""
    return squeeze(re.sub(r"[(（][^()（）]*[)）]", "", v)) if v else ""


def _tier_parts(v: str) -> list[str]:
    """The tiers a row's tier cell names ('科室负责人、岗位经办人': two; split as a holder's list of
    points is, ``_NAMES_SPLIT``), each as ``_tier_key`` gives it."""
    return [k for p in _NAMES_SPLIT.split(v) if (k := _tier_key(p))] if v else []


def _tier_like(v: str, h: str) -> int:
    """How a row's tier ``v`` names a roster's tier heading ``h``: 3 the same, 2 one inside the
    other ('经办人' in '岗位经办人'), 1 the shorter's characters in order in the longer, most of
    it ('分管领导' for '分管校领导'), 0 not."""
    if v == h:
        return 3
    short, long_ = sorted((v, h), key=len)
    if len(short) < 2:
        return 0
    if short in long_:
        return 2
    if len(short) < 3 or 3 * len(short) < 2 * len(long_):
        return 0
    it = iter(long_)
    return 1 if all(ch in it for ch in short) else 0


def _named_tiers(sh: _Sheet, r: int, lo: int, gc: int, named: list[str]) -> dict[int, set[str]]:
    """The tier columns of a roster keyed by group headed at row ``r`` (its group column ``gc``)
    that a list's own tier column names row by row ('责任层级 | 分管校领导' over a roster '处室 |
    分管校领导 | 处室负责人 | 岗位经办人'): column → the row values naming it (the same words, or
    within them: '分管领导', '经办人'). {} unless two columns or more are named and most rows'
    values name one column: then the roster is read as before (by level or group)."""
    heads = {
        c: h
        for c in sh.nonempty(r)
        if c >= lo and c != gc and len(h := _tier_key(sh.rows[r][c])) >= 2
    }
    if len(heads) < 2:
        return {}  # (the cheap test: a roster of one column is no roster of tiers)
    out: dict[int, set[str]] = {}
    # (a cell naming two tiers, '科室负责人、岗位经办人': each part a tier of its own)
    parts = [_tier_parts(v) for v in named if v]
    for v in dict.fromkeys(p for ps in parts for p in ps):
        best = 0
        cols: list[int] = []
        for c, h in heads.items():
            k = _tier_like(v, h)
            if k > best:
                best, cols = k, [c]
            elif k and k == best:
                cols.append(c)
        if len(cols) == 1:  # (two headings alike: the row's tier is no one column's)
            out.setdefault(cols[0], set()).add(v)
    said = {v for vs in out.values() for v in vs}
    hit = sum(1 for ps in parts if ps and all(p in said for p in ps))
    if len(out) < 2 or 2 * hit < len(parts):
        return {}
    return dict(sorted(out.items()))  # (the roster's order, as its headings are told)


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


# a column's number written otherwise: in brackets, circled, after 栏 or between 第 and 栏/列
_COLUMN_NUMBER = re.compile(
    r"^\s*(?:[(（](\d{1,2})[)）]|([①-⑳])|栏(\d{1,2})|第(\d{1,2})[栏列])\s*$"
)


def _column_number(m: re.Match) -> str:
    if m.group(2):
        return str(ord(m.group(2)) - ord("①") + 1)
    return next(g for g in (m.group(1), m.group(3), m.group(4)) if g)


def _column_numbers(row: list[str]) -> bool:
    """A row that numbers the columns under a printed form's header: 1, 2, 3 … in order, after
    a statistical report's codes of its text columns (甲, 乙, 丙 … or A, B, C …, a '栏次' first)."""
    vals = [v for v in row if v]
    if vals and vals[0] in ("栏次", "栏目", "列次", "栏号"):
        vals = vals[1:]
    if vals and not vals[-1].isdecimal():
        vals = [_COLUMN_NUMBER.sub(_column_number, v) for v in vals]  # ('(1)', '①', '栏1', '第1列')
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
# a scale printed under a level heading over unlabelled columns ('低 ——————→ 高', '高←——低',
# '轻 → 重'): its two ends, the arrow between them optional; the pairs a scale may name
_SCALE_ROW_ARROW = r"[\s\-—–─―━→←⟶⟵>＞<＜=…·.]*"
# ('低  中  高' in one merged cell: the middle word between the ends, no arrow)
_SCALE_ROW_ENDS = LazyRe(
    f"{_SCALE_ROW_ARROW}(?:由|从)?([低高轻重小大弱强]){_SCALE_ROW_ARROW}[到至]?"
    f"(?:(?:中|一般|适中|较[高低轻重小大]){_SCALE_ROW_ARROW})?"
    f"{_SCALE_ROW_ARROW}([低高轻重小大弱强]){_SCALE_ROW_ARROW}"
)
# a level heading carrying its scale in brackets, merged over the band ('风险程度（低→高）')
_SCALE_IN_HEAD = LazyRe(r"^(?:风险)?(?:程度|等级|级别)[（(]([^（）()]+)[）)]$")
# a band's marks written as a digit or a word ('1', '是'): a mark where each filled cell of the
# band holds that same one (else the numbers may be levels, scores: no band)
_SCALE_UNIFORM_MARKS = frozenset({"1", "是", "有"})
_SCALE_ROW_LOW = {"低": "高", "轻": "重", "小": "大", "弱": "强"}  # low end → its high end
# the level headings such a band stands under (not '风险程度评分' or '分值': scores)
_SCALE_ROW_HEAD = LazyRe(r"^(?:风险)?(?:程度|等级|级别)(?:[（(][^）)]*[）)])?$")
_SCALE_ROW_MARKS = frozenset("★○◎")  # (besides the ticks of ``_CRITERIA_TICKS``)
_SCORE_UNTICKED = frozenset("○◯")  # (offered, not ticked: '○ | ● | ○')


def _score_ticked(v: str) -> bool:
    """A score column's cell ticked: a mark, not an empty box, circle, cross or 否."""
    return _kind_ticked(v) and v not in _SCORE_UNTICKED


# a count of criteria met and the level a note gives it: '符合三项及以上的为一级风险'
_CRITERIA_TICKS = TICK_MARKS | SOLID_MARKS | {"◆", "▲", "v", "V"}
_CRITERIA_MARKS = _CRITERIA_TICKS | CROSS_MARKS | {"是", "否"}
_COUNT_LEVEL = LazyRe(
    r"([一二两三四五六七八九十]|\d{1,2})\s*(?:项|个)(?:要素|条件|情形)?\s*(及以上|以上)?"
    r"(?:[\u4e00-\u9fff]{0,4}(?:要素|因素|条件|情形|指标))?\s*(?:的|者)?"
    r"[，,]?\s*(?:评定为|确定为|为|是|定为|属于?)\s*"
    r"((?:[一二三ⅠⅡⅢ]|[1-3])级|[高中低])"
)
_COUNT_WORDS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def count_levels(text: str, level: Callable[[str], str]) -> dict[int, str]:
    """A count of criteria met → the level a note gives it ('符合三项及以上的为一级风险，符合两项
    的为二级风险，符合一项的为三级风险'); {} without such a note. ``level``: a word's level
    (``Config.level``). Criteria ticked one column each and criteria cited by their numbers in
    one cell are counted alike."""
    out: dict[int, str] = {}
    for m in _COUNT_LEVEL.finditer(text):
        word = m.group(1)
        n = int(word) if word.isdecimal() else _COUNT_WORDS.get(word, 0)
        said = level(m.group(3))
        if not n or not said:
            continue
        for k in range(n, 11 if m.group(2) else n + 1):
            out.setdefault(k, said)
    return out


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
# (or squared: '【责任科室：办公室　责任人：主任　某某】')
_HOLDER_BRACKET = LazyRe(
    r"[(（【［]\s*([^()（）【】［］\n]{2,30}?[:：][^()（）【】［］\n]{1,90}?)\s*[)）】］]\s*[。；;.]?\s*$"
)
_HOLDER_PARTS = LazyRe(r"[\s\u3000；;，,]+")
# labels of who carries a row's measures out, its holder: '（落实责任人：站长　某某）'
_DOER_LABELS = frozenset({"落实责任人", "具体责任人", "直接责任人", "落实人", "承办人", "经办人"})
_HOLDER_PART = LazyRe(r"^([^:：]{1,8})[:：](.*)$")
# a bracket's label naming the leader in charge of the row, beside its holder: '（责任领导：副局长
# 　某某　责任人：主任　某某）' — the leader oversees, the 责任人 holds
_LEADER_IN_BRACKET = LazyRe(r"^(?:责任|分管|主管|联系|挂点|包保)(?:领导|局领导|副?[局院所站]长)$")
_NOT_HOLDER_VALUE = LazyRe(r"[。；;，,:：、/／]|\d")


def _holder_label(key: str) -> str | None:
    """The identity field a label in a holder's bracket names ('责任科室', '责任岗位', '职务',
    '责任人', '姓名', '负责人'), or None ('监督人', '分管领导', '审核人' name someone else)."""
    if key == "负责人":
        return "person"  # (in a row's own bracket: who answers for it, not a 科室's head)
    if key in _DOER_LABELS or key == "主要责任人":
        return "person"  # ('落实责任人', '具体责任人': who carries the measures out, the holder)
    fld = field_of(key)
    if fld is None and key.startswith("责任") and len(key) > 2:
        fld = field_of(key[2:])  # '责任岗位', '责任股室'
    return fld if fld in ("department", "title", "person") else None


def _holder_fields(text: str, labelled: bool = False, post_names: bool = False) -> dict[str, str]:
    """'责任科室：耕保股　责任岗位：股长　责任人：…' → field → value; {} unless every part is a
    holder's labelled field, each named once, and the names look like names (``labelled``: a
    line of its own whose label says it is a name, '姓名：王中', takes any two to four
    characters that are no post, 科室 or group of people)."""
    got: dict[str, str] = {}
    last = ""
    led = False  # (a leader's part passed over: his post and name are no holder's)
    for part in _HOLDER_PARTS.split(text.strip()):
        if not part:
            continue
        m = _HOLDER_PART.match(part)
        if m is not None and _LEADER_IN_BRACKET.match(label_key(m.group(1))):
            led, last = True, "leader"
            continue
        if m is None and last == "leader":
            continue  # ('责任领导：副局长　笪澈渝': his name after his post)
        if m is None:
            # '责任人：站长　邴翯湉': the post, then the name (the post the row's, if none given)
            if (
                post_names
                and last == "person"
                and "title" not in got
                and is_post(got[last])
                and (looks_like_name(part) or labelled_rare_name(part))
            ):  # ('责任人：股长　一那蒌琤': a surname no list holds, the label says a name)
                got["title"], got[last] = got[last], part
                continue
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
    if led and "person" not in got:
        return {}  # ('（分管领导：副主任　某某）' alone, or with a 科室: the leader's, no holder)
    if post_names and "person" in got and "title" not in got and not looks_like_name(got["person"]):
        run = _post_run_name(got["person"])  # '责任人：站长邴翯湉': the post glued to the name
        if run is not None:
            got["title"], got["person"] = run
        elif is_post(got["person"]) and got["person"][:1] not in "各全相有":
            got["title"] = got.pop("person")  # '（责任人：站长）': the post, no one named
    if post_names and "title" in got and "department" not in got and len(got["title"]) > 3:
        dept, post = split_dept_title(got["title"])  # '基金监管股股长': its 科室 and post
        if dept and post and _dept_like(dept):
            got["department"], got["title"] = dept, post
    for k, v in got.items():
        if k == "person":
            if not all(
                looks_like_name(x) or (labelled and _plain_name(x)) or labelled_rare_name(x)
                for x in re.split(r"[、,，]", v)
            ):  # ('责任人：一那蒌珩': a surname no list holds, the label says a name)
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
# a 科室, post or name cell saying nothing but that its holder goes on from the page before:
# '（接上页）', '接上页', '续上页', '同上页', '（续）' on the rows under a heading printed again
_PAGE_HOLDER_ON = LazyRe(
    r"[（(]?\s*(?:(?:接|续|同|承)\s*(?:上|前)\s*页|接上|续上)\s*[)）]?|[（(]\s*续\s*[)）]"
)
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


def holder_bracket(text: str, post_names: bool = True) -> tuple[int, dict[str, str]] | None:
    """The labelled holder closing a cell (a bracket, or a last line bracketed or not) after
    what the cell says: where it starts and its fields; None where there is none.
    ``post_names``: a 责任人 written post and name ('（落实责任人：站长　某某）') counts (not in a
    point's cell, where ``_point_holder_bracket`` reads it)."""
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
    fields = _holder_fields(inner, post_names=post_names)
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


def _head_holder(text: str) -> tuple[str, str, str] | None:
    """A head of a point naming its holder, the post then the name ('院长眭翀璟', '药剂科主任
    禚琇岑', '副院长（眭沄翯）'): (科室, post, name), the post one a point may open with and any
    科室 it opens with split off ('药剂科' of '药剂科主任'; '党委书记' stays whole); else None."""
    m = _POST_BRACKET_NAME.match(text)
    if m:
        got = (squeeze(m.group(1)), m.group(2).strip())
        if not looks_like_name(got[1]) or is_post(got[1]):
            return None  # ('副院长（主持工作）': a note on the post, no holder)
    else:
        got = _post_run_name(text.strip())
    post = squeeze(got[0]) if got else ""
    if got is None or got[1] in NOT_A_NAME or post in _NOT_A_NAMED_POST or len(post) > 12:
        return None
    if not (_a_named_post(post) or (tier_of_post(post) and is_post(post))):
        return None  # (the name beside it vouches for a post of no usual ending: '总工程师')
    dept, title = split_dept_title(post)
    if dept and title and _dept_like(dept) and is_post(title):
        return dept, title, got[1]
    return "", post, got[1]


_POST_BRACKET_NAME = LazyRe(r"^\s*([^（()）]{2,10}?)\s*[（(]\s*([^（()）\s]{2,4})\s*[)）]\s*$")


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


# a labelled basis closing a point cell UNBRACKETED: after a line break ('…⏎依据：《…》第…条',
# '…；⏎法律依据：…') or after the point's own full stop or semicolon ('…。政策依据：…'); the label
# one that says what the point rests on ('依据', '法律依据', '政策依据', '依据文件')
_NOTE_LINE = LazyRe(
    r"(?:[。；;]?[ \t\u3000]*\n\s*|[。；;][ \t\u3000]*)"
    r"((?:[\u4e00-\u9fff]{0,4}依据|依据(?:文件|条款)))[ \t\u3000]*[：:]"
)
# a later line of the note that is a field of its own ('风险等级：…', '防控措施：…', '责任人：…')
_NOTE_LINE_FIELD = LazyRe(
    r"\n\s*[^\n：:]{0,8}(?:风险|措施|等级|级别|类型|类别|责任|表现)[^\n：:]{0,4}[：:]"
)


def _note_line(text: str) -> tuple[str, str] | None:
    """(the point, its note as written 'label：…') of a point cell closing with what it rests on,
    labelled but UNBRACKETED, on a line of its own or after the point's full stop ('国有建设用地
    出让底价确定个人说了算⏎依据：《…条例》第四十一条', '…；⏎法律依据：…', '…。政策依据：《…通知》'),
    else None: a label opening the cell, a point of several lines or points before it ('1.…⏎2.…'),
    a short point, a note saying nothing and a later line of its own field ('⏎风险等级：…') are
    read as before. The caller asks it only of cells with '依据' in them."""
    m = _NOTE_LINE.search(text)
    if m is None:
        return None
    point, said = text[: m.start()].strip(), text[m.end() :].strip()
    if len(_bare(point)) < 4 or "\n" in point or not _balanced(point) or _several(point):
        return None
    if len(_bare(said)) < 2 or _NOTE_LINE_FIELD.search("\n" + said):
        return None
    return point.rstrip("，,；;：:。"), f"{m.group(1)}：{said}"


# the label of a bracket closing a point cell that names who holds the point ('责任人', '责任岗位',
# '负责人', '岗位责任人'); '责任领导', '监督人', '分管领导' name who oversees it, no holder
_POINT_HOLDER_LABEL = LazyRe(r"^(?:岗位)?(?:责任人|责任人员|负责人|责任岗位?)$")
# a bracket naming no one holder: '（责任人：各股室负责人）', '（责任人：相关工作人员）'
_POINT_HOLDER_NO_ONE = LazyRe(r"^(?:各|全体|所有)|相关|有关|等$|人员$")
# a bare post that oversees, naming no one's own post: '（责任人：分管领导）', '主要负责人'
_POINT_HOLDER_OVERSEER = LazyRe(r"^(?:分管|主要|主管|班子)(?:领导|负责人|负责同志|领导班子|成员)?$")


def _point_holder_bracket(
    text: str, unlisted: bool = False
) -> tuple[str, list[dict[str, str]], str] | tuple[str, list[dict[str, str]], str, bool] | None:
    """(the point, its holders, the bracket as written) of a point cell closing with a labelled bracket that names who
    holds it ('…考察把关不严（责任人：副部长　骆沄琤）', '…（责任岗位：办公室主任）', '…（负责人：
    王强）', '…（责任人：部长　伏琰翀、副部长　骆沄琤）' two: a copy each), else None: other
    labels ('（依据：…）', '（责任领导：…）'), a bracket naming no one ('各股室负责人') and a point
    of several lines or points before it are read as before. Cheap for cells with no '责'.
    ``unlisted`` (the sheet writes '责任人' or '责任岗位'): a holder whose surname no list holds,
    the label vouching for his name ('（责任人：一那蒌珩）', '（责任岗位：股长　一那蒌琤）', not
    '股长一' and '那蒌琤'), read too: then a fourth item, True (``_rare_bracket_holders``); and
    a squared bracket so labelled ('…【责任人：出纳　一那蒌瑶】', '〔责任人：…〕') as a round one."""
    if "责" not in text[-60:]:
        return None
    got = _closing_label(text) or (_closing_square_label(text) if unlisted else None)
    if got is None:
        return None
    point, label, said, shown = got
    if not _POINT_HOLDER_LABEL.match(label_key(label)):
        return None
    later = next((m for m in _LATER_LABEL.finditer(said) if m.start()), None)
    if later is not None:  # ('…；监督人：副局长　戈沅澍', '，配合：股长　某某'): the 责任人 part
        said = said[: later.start()].strip()
    said = said.rstrip("，,；;。、 \u3000")
    if _POINT_HOLDER_NO_ONE.search(said) or _POINT_HOLDER_OVERSEER.match(squeeze(said)):
        return None
    if unlisted and (rare := _rare_bracket_holders(said)):
        return point, rare, shown, True  # ('一那蒌珩', '股长　一那蒌琤': the label says a name)
    held = _level_cell_holders(said)  # ('副部长　骆沄琤', '办公室主任', '王强', '…、…')
    if not held or any(not ("title" in h or "person" in h) for h in held):
        return None  # ('（责任人：办公室）': a 科室 alone holds no point)
    return point, held, shown


# a squared bracket closing a cell and its opener: '【…】', '〔…〕', '［…］'
_SQUARE_PAIRS = {"】": "【", "〕": "〔", "］": "［"}


def _closing_square_label(text: str) -> tuple[str, str, str, str] | None:
    """``_closing_label`` of a cell closing with a squared bracket ('…审核不严【责任人：出纳　某某】'):
    (the point, the label, what follows it, the bracket as written), else None."""
    s = text.rstrip().rstrip("。；;").rstrip()
    opener = _SQUARE_PAIRS.get(s[-1:])
    i = s.rfind(opener) if opener else -1
    if i <= 0 or s.find(s[-1], i) != len(s) - 1:
        return None  # (no squared bracket of its own closes the cell)
    got = _closing_label(f"{s[:i]}（{s[i + 1 : -1]}）")
    return (*got[:3], s[i:]) if got else None


def _rare_bracket_holders(said: str) -> list[dict[str, str]]:
    """The holders a point's labelled bracket names (``said``: after '责任人：') where one at least
    is of a surname no list holds, written alone or after his post and a space ('一那蒌珩', '股长
    一那蒌琤', '出纳 一那蒌瑶、会计 万纽于澈': each part its holder, the others as
    ``_level_cell_holders`` reads them); [] where none is ('副部长　骆沄琤' as before) or a part is
    neither ('股长　安全生产', '财务股')."""
    out: list[dict[str, str]] = []
    rare = False
    for part in _LEVEL_CELL_SPLIT.split(said):
        words = part.split()
        name = words[-1] if words else ""
        post = words[0] if len(words) == 2 else ""
        if (
            1 <= len(words) <= 2
            and labelled_rare_name(name)
            and not looks_like_name(name)
            and (
                not post
                or (
                    not looks_like_name(post)
                    and is_post(split_dept_title(post)[1] or post)
                    and not _dept_like(post)
                )
            )
        ):
            rare = True
            dept, title = split_dept_title(post) if post else ("", "")
            if not (dept and title and _dept_like(dept) and is_post(title)):
                dept, title = "", post
            h = {"title": title, "person": name} if title else {"person": name}
            out.append({"department": dept, **h} if dept else h)
            continue
        got = _level_cell_holders(part)
        if len(got) != 1 or not ("title" in got[0] or "person" in got[0]):
            return []
        out.append(got[0])
    return out if rare else []


# the dash before a holder tacked onto a point ('…放行——审单员　闻砚翮'): two or more of '—', '-',
# '－' or '─' (one alone is wording: '2024-2025'), the holder after the last such run
_POINT_DASH = LazyRe(r"(?:—{2,}|-{2,}|－{2,}|─{2,})\s*([^—\-－─]{2,24}?)[。；;]?$")
# a name, then its post in brackets: '邬芷蘅（采购专员）'
_DASH_NAME_POST = LazyRe(r"^(\S{2,4})\s*[(（]\s*([^()（）]{2,16}?)\s*[)）]$")


def _point_holder_dash(text: str) -> tuple[str, list[dict[str, str]], str] | None:
    """(the point, its holders, the tail as written) of a point cell closing with a dash and its
    holder, unlabelled ('…对单证不符放行——审单员　闻砚翮', '…—— 采购专员 邬芷蘅', '…--邬芷蘅（采购专员）',
    '…－－仓库保管员'), else None: a tail that names no post ('审批——签字——存档', '——见附件'), a
    bracket naming no one ('——各股室负责人', '——分管领导') and a point of several lines or points
    before it are read as before. Cheap for cells with no doubled dash; the caller asks it only
    where most points of a table close so (``_Locator._dash_holders``)."""
    if "——" not in text and "--" not in text and "－－" not in text and "──" not in text:
        return None
    m = _POINT_DASH.search(text.rstrip())
    if m is None:
        return None
    point, said = text[: m.start()].strip().rstrip("，,；;：:"), m.group(1).strip()
    if len(point) < 4 or "\n" in point or "\n" in said or _several(point):
        return None
    if _POINT_HOLDER_NO_ONE.search(said) or _POINT_HOLDER_OVERSEER.match(squeeze(said)):
        return None
    if (np := _DASH_NAME_POST.match(said)) and looks_like_name(np.group(1)):
        said = f"{np.group(2)} {np.group(1)}"  # '邬芷蘅（采购专员）': the post, then its holder
    held = _level_cell_holders(said)
    if not held or any("title" not in h or "（" in h.get("person", "") for h in held):
        return None  # (a name alone after a dash may be wording: a post must be named)
    return point, held, text[m.start() :].strip()


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
# a holder before the colon: '水政监察大队大队长　仉曜澄：…' (a post and a name, longer than a post)
_HOLDER_COLON = LazyRe(r"^\s*([^:：\n，,。；;]{2,16}?)\s*[:：]\s*(.+)$", re.S)
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
# what stands in a tier of control a row does not need ('/', '—', '无'; '' left blank)
_TIER_NONE = frozenset((*_NOTHING, "", "／", "\\"))
# a level a note gives a set of tiers ('一级风险点由…', '…的为二级', '中风险由…'), not a count of the
# tiers ('三级共同防控', '两级防控')
_CONTROL_TIER_LEVEL = LazyRe(
    r"(?<![两二三四五分各每逐])[一二三四ⅠⅡⅢⅣ1-4]级(?=风险|[，,。;；、）)\s]|$)"
    r"|(?<![较其])[高中低](?=风险)|(?<=[为是属])[高中低](?=[，,。;；、）)\s]|$)"
)
# all the tiers, by their count ('三级共同防控', '三级防控均需落实', '三个层级同时')
_TIER_COUNT = LazyRe(
    r"([两二三四五2-5])(?:级|层|道|个层级)(?:防控|监控|管控)?(?:共同|均|都|全部|同时)"
)
_TIER_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5} | {str(n): n for n in range(2, 6)}
_TIER_SUFFIX = re.compile(r"(?:防控|监控|自控|管控|控制|监督|措施)$")


@lru_cache(maxsize=256)
def _tier_sets(legend: str, names: tuple[str, ...]) -> tuple[tuple[tuple[int, ...], str], ...]:
    """The tiers of control a note gives each level, one sentence a level ('一级风险点由岗位自控、
    股室监控、中心防控三级共同防控', '三级防控均需落实的为一级风险', '仅岗位自控的为三级'):
    ((tier indices, level word), …), each set and level different, at least two; else ()."""
    # a tier by its heading, or its stem where the note leaves the ending off ('个人' of '个人防控';
    # not '一级' of '一级防控': a level's word)
    terms = []
    for n in names:
        stem = _TIER_SUFFIX.sub("", n)
        terms.append((n, stem) if len(stem) >= 2 and not stem.endswith("级") else (n,))
    out: list[tuple[tuple[int, ...], str]] = []
    # a sentence a level, or one clause a level ('一级风险由…防控，二级风险由…防控')
    clauses = [
        x
        for sentence in _SENTENCE.split(legend)
        for x in (
            re.split(r"[，,]", sentence)
            if len(_CONTROL_TIER_LEVEL.findall(sentence)) > 1
            else (sentence,)
        )
    ]
    for sentence in clauses:
        words = {m.group() for m in _CONTROL_TIER_LEVEL.finditer(sentence)}
        if len(words) != 1:
            continue
        named = tuple(i for i, t in enumerate(terms) if any(w in sentence for w in t))
        if not named:
            m = _TIER_COUNT.search(sentence)
            said = m.group(1) if m else ""
            count = _TIER_COUNTS.get(said)
            if count != len(names):
                continue
            named = tuple(range(len(names)))
        out.append((named, words.pop()))
    if len(out) < 2 or len({t for t, _w in out}) < len(out) or len({w for _t, w in out}) < len(out):
        return ()
    return tuple(out)


# a note grading each point by who oversees it ('由局长直接监督的为一级风险点', '分管领导审批事项为
# 中风险', '一级：主要负责人监督'): the verb of oversight after the overseer's post, and the
# headings of the column naming him on each row ('监督责任人', '审批层级', '责任领导')
_GRADE_OVERSEES = LazyRe(r"(?:直接|亲自|负责)?(?:监督|审批|审核|审定|签批|批准|把关|监管|督办)")
_GRADE_OVERSEER_HEAD = LazyRe(r"监督|审批|审核|签批|把关|领导|监管|督办|层级")
# an overseer named by his kind, not his post ('主要负责人', '分管领导', '科室负责人'): the posts
# of each kind a cell may name ('局长', '副局长', '造林科科长')
_OVERSEER_KINDS = (
    ("deputy", LazyRe(r"^(?:分管|主管)|副职"), LazyRe(r"副(?![科股])|^(?:分管|主管)")),
    ("section", LazyRe(r"[科股室处]|部门|中层"),
     LazyRe(r"(?:[科股室]|部门|办公室)(?:长|主任|负责人)")),
    ("principal", LazyRe(r"^(?:主要|单位主要|一把手|单位负责人)"),
     LazyRe(r"局长|主任|站长|院长|所长|校长|书记|经理|主席|馆长|行长|厂长|社长|队长")),
)  # fmt: skip
_OVERSEER_GENERIC = ("负责人", "领导", "负责同志", "副职", "一把手")
# a grade in such a clause, as ``_CONTROL_TIER_LEVEL`` reads one, or heading it ('一级：主要负责人监督')
_OVERSEER_LEVEL = LazyRe(
    r"(?<![两二三四五分各每逐])[一二三四ⅠⅡⅢⅣ1-4]级(?=风险|[，,。;；、：:）)\s]|$)"
    r"|(?<![较其])[高中低](?=风险)|(?<=[为是属])[高中低](?=[，,。;；、）)\s]|$)"
)


@lru_cache(maxsize=256)
def _overseer_grades(legend: str) -> tuple[tuple[str, str], ...]:
    """The overseers a note grades the points by, one clause a grade ('由局长直接监督的为一级风险
    点', '由股室负责人（办公室主任）监督的为三级风险点', '一级：主要负责人监督'): ((the overseer's
    post or kind, level word), …), at least two grades; else (). A clause naming no grade or two
    ('局长监督分管副局长、分管副局长监督科室负责人') gives none."""
    out: list[tuple[str, str]] = []
    for clause in re.split(r"[，,；;。\n]", legend):
        m = _GRADE_OVERSEES.search(clause)
        if not m:
            continue
        words = {w.group() for w in _OVERSEER_LEVEL.finditer(clause)}
        if len(words) != 1:
            continue
        said = re.split(r"[：:为由按经是即]", clause[: m.start()])[-1]
        said = _OVERSEER_LEVEL.sub("", said)
        for term in re.split(r"[、/或和（）()\s]+", said):
            if 2 <= len(term) <= 10 and "级" not in term and "风险" not in term:
                out.append((term, next(iter(words))))
    if len({w for _t, w in out}) < 2:
        return ()
    return tuple(out)


def _overseer_grade(cell: str, grades: tuple[tuple[str, str], ...]) -> str:
    """The level word ``grades`` give the overseer a cell names ('局长 晁岍翎', '副局长宓澜汐',
    '分管领导审批'): by his post as the note writes it, the longest first ('局长' not in '副局长';
    '分管副局长' as '副局长'), else by his kind where the note names kinds ('股长' a 股室负责人);
    '' where none, or two different levels."""
    cell = squeeze(cell)
    if not cell:
        return ""
    for term, word in sorted(grades, key=lambda x: -len(x[0])):
        for t in dict.fromkeys((term, re.sub(r"^(?:分管|主管)", "", term))):
            i = cell.find(t)
            if len(t) >= 2 and i >= 0 and not (i and cell[i - 1] == "副" and t[0] != "副"):
                return word
    post = re.split(r"[:：,，、]", cell)[0]
    kind = next((k for k, _named, holds in _OVERSEER_KINDS if holds.search(post)), None)
    said = {
        word
        for term, word in grades
        if kind
        and term.endswith(_OVERSEER_GENERIC)
        and next((k for k, named, _holds in _OVERSEER_KINDS if named.search(term)), None) == kind
    }
    return said.pop() if len(said) == 1 else ""


_LEGEND_SPLIT = LazyRe(r"\s*(?:级|类|档|等|分)?\s*(?:[、,，/和或]|及(?!以))\s*")
_LEGEND_BAND = LazyRe(r"^(\d{1,2})\s*[—–－~～至到-]\s*(\d{1,2})分?$")
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
_CODE_KEY = LazyRe(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,3}\s*[—－\-:：=]\s*[\u4e00-\u9fff]{2}")
# a level drawn as a bar of filled marks padded with empty ones ('■■■■□', '●●○○', '★★★☆☆'):
# each filled mark and the empty one beside it; a note counts the filled ones ('■4—5个为一级')
_BAR_EMPTY_OF = {"■": "□", "●": "○", "★": "☆", "▲": "△"}
_BAR_CHARS = frozenset("■□●○★☆▲△")
_BAR_CELL = LazyRe(r"^([■●★▲])\1*([□○☆△]*)$")
_BAR_NUMERALS = "一二三四五六七八九十"
# a note's clause folding a count of filled marks into a level: '■4—5个为一级风险', '3个为二级',
# '1-2颗★为三级', '四个及以上的为高风险'
_BAR_COUNT_SAID = LazyRe(
    r"([1-9]|10|[一二三四五六七八九十两])(?:\s*[—–－~～至到-]\s*([1-9]|10|[一二三四五六七八九十两]))?"
    r"\s*(?:个|颗|格|枚|星)\s*[“\"「]?[■●★▲]?[”\"」]?\s*(及以上|以上|及以下|以下)?\s*(?:的)?"
    r"\s*(?:为|是|表示|代表|属于?|定为|即|[:：=])\s*"
    r"(较高|较低|较大|较小|一般|重大|[一二三ⅠⅡⅢ]级|高|中|低)"
)
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
_POSTS_SPLIT = LazyRe(r"[、,，/／和及]")
_CAPTION_YEAR = LazyRe(r"(20\d\d)\s*年度?(?!\d{1,2}月)")
# '本岗位涉及（打√）', '是否涉及（请打“√”）': a column the holder ticks where the row applies
_TICK_ASKED = LazyRe(r"[(（][^()（）]*(?:打|划|画|请)?\s*[“\"']?[√✓✔][”\"']?[^()（）]*[)）]")
_APPLIES_TICKED = LazyRe(
    r"^(?:本岗位?|该岗位|本人岗位|本人|本村|本社区|本单位|本科室|本部门|本股室)?(?:是否)?(?:存在|涉及|适用)"
    r"(?:该风险点?|此风险点?|该项|此项|本项|本岗位?|情况)?$"
)
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
# a vacant post's holder cell saying who acts for it: '空缺（由副段长　某某代管）', '暂缺，暂由养护股
# 股长　某某兼任', '（空缺）路政股副股长　某某代理', '由某某暂代（岗位空缺）'; the vacancy word opening
# the cell (or closing it in a bracket), the stand-in after it (``acting_for_vacant``)
_VACANCY_WORDS = r"(?:岗位|该岗位?|本岗位?)?(?:空缺|暂缺|缺员|缺编|空岗|缺岗|待配备|未配备|暂未配备|暂无(?:人员?)?)"
_VACANCY_OPENS = LazyRe(
    r"^\s*[(（【\[]?\s*" + _VACANCY_WORDS + r"\s*[)）】\]]?\s*[，,；;：:、。]?\s*"
)
_VACANCY_CLOSES = LazyRe(r"\s*[(（【\[]\s*" + _VACANCY_WORDS + r"\s*[)）】\]]\s*$")
_STANDS_IN = LazyRe(
    r"^(?:现|暂|目前|暂时|临时)?(?:由\s*)?(?P<who>\S.*?)\s*(?:同志)?\s*"
    r"(?:暂代|代管|代理|代行|兼任|兼管|暂管|兼|代|临时负责|暂时负责|负责|主持)(?:工作|职责|职务)?\s*$"
)
# what a stand-in's part says when it names someone (or means to): a name is not guessed from it
_STAND_IN_HINT = LazyRe(r"由|代|兼|负责|主持")


def _post_run_marked(s: str) -> tuple[str, str] | None:
    """'副段长丌璈淯': (post, holder) of a post typed straight onto a name of a surname no list
    holds, the name as a holder's cell takes one (``marked_name``) after a whole post."""
    if not s.isalpha() or not 4 <= len(s) <= 16:
        return None
    for n in (3, 2):
        post, name = s[:-n], s[-n:]
        if (
            len(post) >= 2
            and is_post(post)
            and not looks_like_name(post)
            and not _dept_like(post)
            and marked_name(name)
            and not is_post(name)
            and not (post + name[:1]).endswith(POST_ENDS)  # ('副段长丌浩': not '副段' '长丌浩')
        ):
            return post, name
    return None


def acting_for_vacant(cell: str) -> tuple[str, str] | None:
    """A holder's cell saying the post is vacant and who acts for it: ('acting', name) for
    '空缺（由副段长　羿某代管）', '空缺，暂由养护股股长　丌某兼任', '（空缺）路政股副股长　羿某
    代理' (the post written with him is his own, not this one's); ('vacant', '') for a vacancy
    with a note naming no one ('空缺（待招录）'); ('unread', '') where it says someone stands in
    but no name can be told ('空缺（由段务会指定专人代管）'). None for any other cell (a bare '空缺'
    is ``VACANT``'s; '张三（兼）' a holder)."""
    if "缺" not in cell and "配备" not in cell and "暂无" not in cell and "空岗" not in cell:
        return None  # (the cheap test first)
    m = _VACANCY_OPENS.match(cell)
    opens = bool(m and m.end() < len(cell.rstrip()))
    if opens:
        rest = cell[m.end() :]
    elif (m := _VACANCY_CLOSES.search(cell)) and m.start() > 0:
        rest = cell[: m.start()]
    else:
        return None
    rest = rest.strip().strip("，,；;。、")
    if rest[:1] in "(（【[" and rest[-1:] in ")）】]":
        rest = rest[1:-1].strip()
    # (the stand-in's clause, a remark after it aside: '由副段长　某某代管，待补充')
    said = _STANDS_IN.match(rest) or next(
        filter(None, (_STANDS_IN.match(x.strip()) for x in re.split(r"[，,；;。]", rest))), None
    )
    if not opens and not said and not _STAND_IN_HINT.search(rest):
        return None  # '羿某（岗位空缺）': a name written first is the holder, the bracket a remark
    who = said.group("who").strip() if said else ""
    if who:
        parts = who.split()
        if len(parts) >= 2 and marked_name(parts[-1]) and not is_post(parts[-1]):
            return "acting", parts[-1]  # '副段长　羿琡澪': his own post, then him
        bare = re.sub(r"[(（][^()（）]*[)）]$", "", squeeze(who))  # '羿琡澪（副段长）'
        if (
            (looks_like_name(bare) or (marked_name(bare) and not _dept_like(bare)))
            and not is_post(bare)
            and bare not in NOT_A_NAME
        ):  # ('丌璈淯': a surname no list holds, as a holder's cell takes it)
            return "acting", bare
        run = _post_run_name(squeeze(who)) or _post_run_marked(squeeze(who))
        if run and not is_post(run[1]):
            return "acting", run[1]  # '养护股股长丌璈淯'
    if said or _STAND_IN_HINT.search(rest) or looks_like_name(squeeze(rest)):
        return "unread", ""
    return "vacant", ""


# a holder's (签字) cell signed by a colleague for the absent holder: '张三代李四签', '张三代签李四',
# '张三代李四', '李四（张三代签）', '李四（由张三代）', '李四(代签:张三)', '李四，代签人：张三'
# (``proxy_signed``); '代' opening a word of work is no proxy ('代理', '代办员', '代账会计')
_PROXY_SIGN_END = LazyRe(r"\s*(?:签字|签名|签)$")
_PROXY_SIGN_OPEN = LazyRe(r"^\s*(?:签字|签名|签)\s*[:：]?\s*")
_PROXY_BRACKET = LazyRe(r"^(?P<x>[^()（）]+?)\s*[(（]\s*(?P<note>[^()（）]+?)\s*[)）]$")
_PROXY_TAIL = LazyRe(r"^(?P<x>[^()（）:：，,；;]+?)\s*[，,；;]\s*(?P<note>代签人?\s*[:：].+)$")
_PROXY_NOTE = LazyRe(
    r"^(?:由\s*)?(?P<y>[^:：\s]{2,6}?)\s*(?:同志)?\s*代(?:为)?(?:签字|签名|签)?$"
    r"|^代(?:签字|签名|签)?人?\s*[:：]?\s*(?P<y2>\S{2,6})$"
)
_PROXY_WORK = frozenset("理办账帐管行表课收缴扣购销建付领班")
# a word of how the signer stood in, between his name and 代 ('张伟暂代李强', '张伟临时代李强'):
# no part of his name
_PROXY_HOW = LazyRe(r"(?:临时|暂时|暂|兼)$")
# the signer's note on a line (or after a space) of its own below the holder's name ('李四⏎代签：王五',
# '李四　王五代签', '李四⏎代签人王五'): said with 签, the signer after a colon or before 代
_PROXY_LINE = LazyRe(
    r"^(?:由\s*)?(?P<y>[^:：\s]{2,6}?)(?:同志)?代为?(?:签字|签名|签)$"
    r"|^代(?:签字|签名|签)人?[:：](?P<y2>\S{2,6})$|^代(?:签字|签名|签)人(?P<y3>\S{2,6})$"
)


def _proxy_name(x: str) -> bool:
    return 2 <= len(x) <= 4 and looks_like_name(x) and not is_post(x) and x not in NOT_A_NAME


def proxy_signed(cell: str) -> tuple[str, str] | None:
    """A holder's (签字) cell of two personal names joined by 代 (a colleague signing for the
    absent holder): (the holder signed for, the signer) for '张三代李四签', '张三代签李四', '张三代李四',
    '李四（张三代签）', '李四（由张三代）', '李四(代签:张三)', '李四，代签人：张三', the note on a line
    of its own '李四⏎代签：张三', '李四　张三代签'; None for any other
    cell ('代玉兰', a surname 代; '代理站长　某某', a post and its holder; '张三（代）', a holder's
    note) or where the cell splits into names more ways than one."""
    s = squeeze(cell) if "代" in cell else ""
    if not s or len(s) > 24:
        return None
    parts = re.sub(r"\s*([:：])\s*", r"\1", cell).split()
    n = _PROXY_LINE.match(parts[1]) if len(parts) == 2 else None
    if n:  # '李四⏎代签：王五', '李四　王五代签': the holder's name, then the signer's note
        x, y = parts[0], n.group("y") or n.group("y2") or n.group("y3")
        return (x, y) if x != y and _proxy_name(x) and _proxy_name(y) else None
    m = _PROXY_BRACKET.match(s) or _PROXY_TAIL.match(s)
    if m:
        n = _PROXY_NOTE.match(m.group("note"))
        y = (n.group("y") or n.group("y2")) if n else ""
        x = m.group("x")
        return (x, y) if y and x != y and _proxy_name(x) and _proxy_name(y) else None
    got = set()
    for i, ch in enumerate(s):
        if ch != "代" or not 2 <= i <= 6:
            continue
        y, rest = _PROXY_HOW.sub("", s[:i]), s[i + 1 :]
        if _PROXY_SIGN_OPEN.match(rest):  # '张三代签李四', '张三代签：李四'
            x = _PROXY_SIGN_OPEN.sub("", rest, count=1)
        else:  # '张三代李四签', '张三代李四'
            if rest[:1] in _PROXY_WORK:
                continue  # ('张三代理', '某某代办员')
            x = _PROXY_SIGN_END.sub("", rest)
        if x != y and _proxy_name(y) and _proxy_name(x):
            got.add((x, y))
    return got.pop() if len(got) == 1 else None


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
# a per-row category cell of a 一岗双责 list ('风险类别 | 廉政风险' / '安全履职风险'): the integrity
# class, and the work-safety classes whose rows are another programme's (not '安全管理', '安全生产
# 监管': an integrity type of a duty, nor '意识形态风险': left as it was read)
_INTEGRITY_CLASS = LazyRe(r"(?:廉政|廉洁)(?:风险)?点?")
_SAFETY_CLASS = LazyRe(
    r"(?:安全履职|履职安全|安全生产|生产安全|安全责任|消防安全|安全|作业安全)(?:风险|隐患)点?"
)
# the heading of such a cell's column: a category, not the 风险类型 it was taken for
_CLASS_HEADING = LazyRe(r"类别|类型|分类|种类|性质")
# a map's caption saying its cells count or score, not the list's 序号
_MAP_COUNTS = LazyRe(r"[(（]\s*个\s*[)）]|个数|数量|计算|分值|风险值|得分|统计")
# a holder's cell naming every holder of a post, not one ('各科室主任', '全体股长', '各站所负责人')
_ALL_OF_A_POST = LazyRe(r"^(?:各|全体|所有)[\u4e00-\u9fff、]{1,12}$")  # (not _COLLECTIVE's)
# a common row of a 科室 block: its post cell the whole block ('全股人员', '本科室人员', '全体') or
# several posts ('主任、副主任', '股长和审核员'), its name cell no one ('—', '/', '各人', empty)
_BLOCK_EVERYONE = LazyRe(
    r"^(?:全(?:股|科|室|所|股室|科室|体)|本(?:股室|科室|股|科|室|所)|所有)(?:人员|工作人员|干部|职工)?$"
)
_BLOCK_POST_SPLIT = LazyRe(r"[、，,]|和|及")
# ... its list's marks ('、'), and the 和/及 that join posts only where each piece is a post
# ('股长和审核员'; '收费及票据管理员' is one post as written)
_BLOCK_POST_LIST_MARKS = LazyRe(r"[、，,]")
_BLOCK_POST_AND_JOINT = LazyRe(r"和|及")
_BLOCK_NO_NAME = LazyRe(r"^(?:[—\-－/／]*|全体|各人)$")
# a holders cell naming a collective of the body's people, perhaps with exceptions: '全体民警
# （所长、教导员除外）', '管教民警以外的全体民警', '除会计外的全体职工' (``_posts_said``)
_EXCEPT_BRACKET = LazyRe(r"^(.+?)[(（](?:不含|不包括|除)?(.+?)(?:除外|以外|之外|外)?[)）]$")
_EXCEPT_BEFORE = LazyRe(r"^除(.+?)(?:以外|之外|外)的?(.+)$")
_EXCEPT_LEADING = LazyRe(r"^(.+?)(?:以外|之外)的?(.+)$")
_EXCEPT_AFTER = LazyRe(r"^(.+?)[,，](.+?)除外$")
_COLLECTIVE_OF = LazyRe(r"^(?:全体|所有|全部)([\u4e00-\u9fff]{1,8})$")
# a collective's noun naming everyone the roster lists, whatever their posts ('全体民警' covers the
# 所长 as well as the 管教民警); another noun ('全体股长') covers the posts ending with it only
_EVERYONE_NOUNS = frozenset(
    {"民警", "干警", "警员", "干部", "职工", "干部职工", "干职工", "工作人员", "人员", "员工",
     "教职工", "职员", "同志", "成员", "党员", "党员干部", "医务人员", "在编人员"}
)  # fmt: skip
# of those, the nouns of the whole staff ('全体人员', '全体职工', '全体工作人员'): every roster member;
# the others ('全体民警', '全体干部') name a class, and cover a roster post only when it is of that
# class: a post with no class word ('所长', '教导员') or ending with the noun ('社区民警'), but not one
# of another class ('辅警', '文职人员', '协警': ``_in_collective``)
_WHOLE_STAFF_NOUNS = frozenset(
    {"职工", "干部职工", "干职工", "工作人员", "人员", "员工", "教职工", "职员", "同志", "成员"}
)  # fmt: skip
# classes of staff no narrower collective of the body's members takes in ('全体民警' is no 辅警's)
_NOT_MEMBER_CLASSES = ("辅警", "协警", "文职", "工勤", "临聘", "合同制", "保安")
_SAME_CLASS_NOUNS = ({"民警", "干警", "警员"},)  # (one class, several words)
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


def _in_collective(post: str, noun: str) -> bool:
    """Whether a roster's ``post`` is among '全体' + ``noun`` (a noun of ``_EVERYONE_NOUNS``): every
    post for a noun of the whole staff ('全体人员'); for a class ('全体民警') a post with no class
    word ('所长') or ending with the noun or a word of its class ('社区民警'), not one of another class
    ('辅警', '文职人员', '工勤人员')."""
    if noun in _WHOLE_STAFF_NOUNS:
        return True
    if any(c in post and c not in noun for c in _NOT_MEMBER_CLASSES):
        return False
    same = next((g for g in _SAME_CLASS_NOUNS if noun in g), {noun})
    ends = [c for c in _EVERYONE_NOUNS | _SAME_CLASS_NOUNS[0] if post.endswith(c)]
    return not ends or any(c in same or c.endswith(noun) or noun.endswith(c) for c in ends)


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


# several holders named in order in a heading's bracket, one slot a holder in each cell below
# ('责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏）' over '√／—／√'): the bracket, then its
# entries parted by '／', '/', '、' or a comma; a cell's slots parted likewise, each a mark
_SLOTS_BRACKET = LazyRe(r"^(.*?[^\s（(])\s*[（(]\s*([^()（）]{5,120}?)\s*[)）]\s*$")
_SLOT_PARTS = LazyRe(r"\s*[／/、,，]\s*")
_SLOT_TICKED = TICK_MARKS | SOLID_MARKS
_SLOT_BLANK = CROSS_MARKS | EMPTY_BOXES | {"○", "〇", "—", "-", "－", "–", "─", "空", ""}


def heading_slot_holders(text: str) -> list[dict[str, str]]:
    """The holders a heading's bracket names in order, two or more ('责任领导（所长 路翯岷／教导员
    娄珺翊／副所长 路澹霏）', '（站长 冼澄岳、副站长 …）', '（甲某、乙某、丙某）' names alone), each
    entry read as ``heading_bracket_holder`` reads one ('科长　张三') or a name alone; [] where any
    entry is no holder: a bracket of notes ('（打√）', '（高/中/低）', '（科室/岗位/姓名）') names none."""
    if "（" not in text and "(" not in text:
        return []  # (the cheap test: a bracket)
    m = _SLOTS_BRACKET.match(text.strip())
    if m is None or not _SLOT_PARTS.search(m.group(2)):
        return []
    entries = [x.strip() for x in _SLOT_PARTS.split(m.group(2).strip())]
    if len(entries) < 2:
        return []
    out: list[dict[str, str]] = []
    for x in entries:
        got = _holder_parts(x) if x else {}
        if "person" not in got:
            bare = squeeze(x)
            if not (looks_like_name(bare) and bare not in NOT_A_NAME and not is_post(bare)):
                return []
            got = {"person": bare}
        out.append(got)
    if len({h["person"] for h in out}) != len(out):
        return []  # (a name twice: no list of holders)
    return out


def cell_slots(text: str) -> list[bool] | None:
    """A cell of slots, each a tick or a blank mark ('√／—／√', '●/○/●', '√、空、√'): whether each
    slot is ticked, in order; None where any part is no such mark or there are fewer than two."""
    parts = [x.strip() for x in _SLOT_PARTS.split(text.strip())]
    if len(parts) < 2 or not all(x in _SLOT_TICKED or x in _SLOT_BLANK for x in parts):
        return None
    if not any(parts):
        return None  # ('/' alone: nothing written, no slots)
    return [x in _SLOT_TICKED for x in parts]


# a stage band's holder column ('经办人', '审核人', '审批人', '复核人', '姓名')
_STAGE_HOLDER_HEAD = LazyRe(
    r"^(?:(?:经办|承办|受理|初审|审核|复核|审查|审批|审定|签批|办理|责任)人|姓名)$"
)
# a stage's holder column of a list whose stage cell picks the row's holder (``_holders_picked_by_
# stage``): '经办人', '复核人（股长）', '初审', '审批人员'; the stage, then the post in its bracket
_STAGE_PICK_HEAD = LazyRe(
    r"^(经办|承办|受理|初审|复审|审核|复核|审查|审批|审定|签批|签发)(?:人员|人)?"
    r"(?:[(（]([^()（）\s]{2,10})[)）])?$"
)
# a line of a point cell opened by its stage ('承办：…（一级）', '复核:…'): the label, the rest
# (``_holders_picked_by_stage_lines``); a label '环节' may close ('审批环节：…')
_STAGE_LINE_OPEN = LazyRe(r"^\s*([\u4e00-\u9fff]{2,3}?)(?:环节)?\s*[：:]\s*(\S.*)$")
# its level closing it in a bracket ('…办理登记（二级）')
_STAGE_LINE_LEVEL = LazyRe(r"^(.+?)\s*[(（]\s*([^()（）\s]{1,6})\s*[)）][。；;]?$")
# a label in other words than its column's heading: '经办：' under '承办人', '批准：' under '审批人'
_STAGE_LINE_ALIKE = (
    frozenset(("经办", "承办", "受理", "办理")),
    frozenset(("审核", "复核", "初审", "审查", "复审")),
    frozenset(("审批", "批准", "审定", "签批", "签发", "决定")),
)
_STAGE_LINE_WORDS = frozenset().union(*_STAGE_LINE_ALIKE)
# a stage's label as written otherwise: numbered ('1.承办：…', '（2）审核：…'), in 【】 ('【承办】…'),
# or several on one line apart by '；' ('承办：…（二级）；审核：…（三级）')
_STAGE_LINE_LABEL = (
    r"(?:经办|承办|受理|办理|审核|复核|初审|审查|复审|审批|批准|审定|签批|签发|决定)人?(?:环节)?"
)
_STAGE_LINE_NUMBERED = LazyRe(
    r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*(?=【?"
    + _STAGE_LINE_LABEL
    + r"\s*[：:】])"
)
_STAGE_LINE_BRACKETED = LazyRe(r"^\s*【\s*(" + _STAGE_LINE_LABEL + r")\s*】\s*(?=\S)")
_STAGE_LINE_APART = LazyRe(
    r"\s*[；;]\s*(?=(?:\d{1,2}\s*[.、．]\s*)?【?" + _STAGE_LINE_LABEL + r"\s*[：:】])"
)


def _stage_line_texts(text: str) -> list[str]:
    """A point (or measures) cell's lines as its stages' labels open them: each line, one typed
    on by '；' before the next label a line too, a number before a label ('1.承办：') dropped, a
    label in 【】 ('【承办】…') written '承办：…'."""
    out = []
    for line in text.strip().split("\n"):
        parts = _STAGE_LINE_APART.split(line) if "；" in line or ";" in line else [line]
        for x in parts:
            x = _STAGE_LINE_NUMBERED.sub("", x, count=1)
            x = _STAGE_LINE_BRACKETED.sub(r"\1：", x, count=1)
            if x.strip():
                out.append(x)
    return out


def _stage_lined(cells: Iterable[str]) -> bool:
    """Point cells written a line a stage, each opened by its stage's label ('承办：…（二级）⏎
    审核：…（一级）'): at least half the filled ones so (``_holders_picked_by_stage_lines``)."""
    filled = lined = 0
    for v in cells:
        if not v.strip():
            continue
        filled += 1
        lines = _stage_line_texts(v)
        m = _STAGE_LINE_OPEN.match(lines[0]) if len(lines) > 1 else None
        lined += bool(m and _stage_key(m.group(1)) in _STAGE_LINE_WORDS)
    return filled > 0 and 2 * lined >= filled


def _stage_line_column(label: str, said: list[str]) -> str | None:
    """The stage column's word ``said`` holds for a point line's label: the same or a near one
    (``_stage_match``), else the only one of its kind ('批准' → '审批'); None where none is."""
    got = _stage_match(label, said)
    if got is not None:
        return got
    kind = next((k for k in _STAGE_LINE_ALIKE if label in k), None)
    near = [k for k in said if kind is not None and k in kind]
    return near[0] if len(near) == 1 else None


def _stage_line_measures(text: str, said: list[str]) -> dict[str, str] | None:
    """A measures cell of stage-labelled lines beside such a point cell ('承办：双人查验⏎审批：
    集体研究') → the stage column's word → its measures; None unless every line is one (a line
    typed on with no label the one above's)."""
    got: dict[str, str] = {}
    k = None
    for line in _stage_line_texts(text):
        m = _STAGE_LINE_OPEN.match(line)
        if m and (k := _stage_line_column(_stage_key(m.group(1)), said)) is not None:
            got[k] = (got.get(k, "") + "\n" + m.group(2).strip()).strip()
        elif got and line.strip():
            k = list(got)[-1]
            got[k] += line.strip()
        elif line.strip():
            return None
    return got or None


# a note's post before it is one: '各股经办员' → '经办员'; '分管副主任' a leader, read '副主任'
_STAGE_POST_NOISE = LazyRe(r"^各(?:股室|科室|股|科|室|所|站|组|部)|(?:担任|负责)$")
_STAGE_LEAD_WORD = LazyRe(r"^(?:分管|主管)(?=\S{2})")
_STAGE_BAND = LazyRe(
    r"^(\S{1,8}?)(?:环节|阶段|程序)\s*[(（]\s*(?:分管|主管)?([^()（）\s]{2,8})\s*[)）]$"
)


def _stage_band_post(text: str) -> str:
    """The post a stage band's heading names in its bracket ('经办环节（股员）', '审批环节（分管
    副局长）' → '副局长'), else ''."""
    m = _STAGE_BAND.match(text.strip()) if text and len(text) <= 20 else None
    return m.group(2) if m and is_post(m.group(2)) else ""


# a post band's heading bracket that only says how the post serves: '副所长（分管）' → '副所长'
_POST_BAND_NOTE = LazyRe(r"\s*[(（]\s*(?:分管|主管|兼职?|牵头|负责)\s*[)）]$")


def _post_band_post(text: str) -> str:
    """The post a holder band's heading is, alone ('科室主任', '工作人员', '副所长（分管）'), over
    its own '姓名 | 廉政风险点 | 风险等级' (``_holder_bands``), else '': a name, a holder's words
    ('科长　张三'), a type ('思想道德') or a stage's are no such heading."""
    s = squeeze(text) if text and len(text) <= 16 else ""
    if not s or not is_post(s) or looks_like_name(s) or _band_holder(s):
        return ""
    post = _POST_BAND_NOTE.sub("", s)
    return post if post == s or is_post(post) else ""


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


# a holder band's bracket saying its points are his alone, beside a shared band ('受理岗　张三（本岗
# 独有风险）', '出纳　李四（独有）'): no part of the name
_OWN_BAND_NOTE = LazyRe(
    r"\s*[(（]\s*(?:本岗|本人|个人)?(?:独有|独占|特有|专有)(?:风险点?)?\s*[)）]$"
)
# a band shared by the holders' bands beside it: '两岗共同风险（受理岗、审核岗共担）', '共有风险点'
_SHARED_BAND = LazyRe(r"共同|共有|共担|两岗共性|共性风险")


def _is_shared_band(text: str) -> bool:
    """A band's heading saying its points are shared and naming no one ('两岗共同风险（…共担）',
    '共性风险点'): the points of every named holder band beside it (``_holder_bands``)."""
    s = text.strip() if text and len(text) <= 40 else ""
    return bool(s) and bool(_SHARED_BAND.search(s)) and not _band_holder(s)


# a heading over level columns whose cells name holders: '风险等级及责任岗位', '…及责任人'
_LEVEL_HOLDERS_HEAD = LazyRe(r"岗位|责任人|人员|姓名|职务|责任主体")


def _level_cell_holders(text: str) -> list[dict[str, str]]:
    """The holders a cell under a level column names (``_Table.level_holders``), one a line or
    parted by '、' / '；': '理事长　郄翮岚', '康复部部长　郄璿汀' (its 科室, post and name), a post
    alone ('院长', '药剂科主任'), a name alone ('缑星河'), a post over its holder's name on the next
    line ('股长⏎芮知夏'); [] unless every part is one of these."""
    out: list[dict[str, str]] = []
    alone = False  # the line before was one part only
    for line in text.split("\n"):
        parts = _LEVEL_CELL_SPLIT.split(line)
        for part in parts:
            v = _level_cell_name(part)
            if not v:
                continue
            got = _band_holder(v)
            w = squeeze(v)
            if not got and w == v and is_post(w) and not looks_like_name(w):
                d, title = split_dept_title(w)
                if title and is_post(title) and not (d and not _dept_like(d)):
                    got = {"department": d, "title": title} if d else {"title": title}
            if not got and looks_like_name(w) and not is_post(w) and w not in NOT_A_NAME:
                if alone and len(parts) == 1 and out and out[-1].keys() <= {"department", "title"}:
                    out[-1] = {**out[-1], "person": w}  # '股长⏎芮知夏': the post's holder
                    alone = False
                    continue
                got = {"person": w}
            if not got:
                return []
            out.append(got)
            alone = len(parts) == 1
    return out


_LEVEL_CELL_SPLIT = re.compile(r"[、；;]")
# a tick before the holder it marks ('√ 鄢澄溪', '√（鄢澄溪）', review 92): the level's tick and
# the holder, the tick dropped and the bracket round the name with it
_LEVEL_CELL_TICK = LazyRe(r"^[√✓✔●☑■]\s*(?:[(（]\s*([^()（）]+?)\s*[)）]$)?")


# a level cell ticking the holders it names after the level ('一级 √ 敖鹤龄、伊澜笙')
# (or the tick and names bracketed after the level: '一级（√ 卞若棠）', '二级(√庹知行、卞若棠)')
LEVEL_THEN_NAMES = LazyRe(
    r"^(\S{1,6}?)\s*(?:[(（]\s*[√✓✔☑]\s*([^()（）\s][^()（）]*?)\s*[)）]|[√✓✔☑]\s*(\S.*))$", re.S
)


def level_then_holders(text: str, config) -> tuple[str, list[dict[str, str]]]:
    """The level and the holders of a level cell naming them after a tick ('一级 √ 敖鹤龄、伊澜笙'
    → ('一级', [{'person': '敖鹤龄'}, {'person': '伊澜笙'}])), else ('', [])."""
    m = LEVEL_THEN_NAMES.match(text.strip())
    if not m or not config.level(m.group(1)):
        return "", []
    held = _level_cell_holders(m.group(2) or m.group(3))
    return (m.group(1), held) if held else ("", [])


def _level_cell_name(part: str) -> str:
    """A part of a level cell without a tick written before its holder ('√（鄢澄溪）' → '鄢澄溪')."""
    v = part.strip()
    m = _LEVEL_CELL_TICK.match(v) if v else None
    if not m:
        return v
    return m.group(1) if m.group(1) else v[m.end() :].strip()


def _level_cell_ticked_holder(text: str) -> bool:
    """A level cell that ticks and names its holder ('√ 鄢澄溪', '√（鄢澄溪）')."""
    v = text.strip()
    return bool(_LEVEL_CELL_TICK.match(v)) and bool(_level_cell_name(v))


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


# a tree-branch row in a point's column naming one of the point's holders, the point's row above
# it ('├─ 质量监督股　股长　某某', the last '└─ …'; '┣━', '|-', '+-' as typed): the mark, any dashes
_TREE_BRANCH_OPENERS = frozenset("├└┣┗┠┖╠╚|+ \u3000")
_TREE_BRANCH = LazyRe(r"^[ \u3000]*(?:[├└┣┗┠┖╠╚][─—\-━]*|[|+][─—\-━]+)[ \u3000]*(?=\S)")


def _tree_branch_holder(text: str) -> dict[str, str] | None:
    """A tree-branch row's holder ('├─ 质量监督股　股长　某某' → 科室, post, name; '└─ 站长　某某';
    '├─ 副站长', a post alone), else None: no branch mark opening the cell, or its rest no holder
    ('├─ 1.1 审批环节' is a sub-point, '…—…' mid-text a point's own words)."""
    if text[:1] not in _TREE_BRANCH_OPENERS:
        return None  # (the cheap test: the mark opens the cell)
    m = _TREE_BRANCH.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if not rest or "\n" in rest:
        return None
    b = POST_BRACKET_NAME.match(rest)  # '└─ 站长（某某）'
    if b and is_post(squeeze(b.group(1))) and looks_like_name(b.group(2)):
        rest = f"{b.group(1)} {b.group(2)}"
    got = _holder_parts(rest.replace("\u3000", " "))
    if got.get("title"):
        return got
    if is_post(rest) and not _dept_like(rest) and not looks_like_name(rest):
        return {"title": rest}  # '├─ 副站长': the post alone
    return None


# a holder in a bracket opening a point: '【院长　某某】…', '〔财务股　股长　某某〕…', '[某某]…'
_HEAD_HOLDER_BRACKET = LazyRe(
    r"^\s*(?:【([^【】\n]{2,24})】|〔([^〔〕\n]{2,24})〕|［([^［］\n]{2,24})］|\[([^\[\]\n]{2,24})\])\s*(?=\S)"
)


# a label before the holder inside the bracket: '【责任人：局长某某】', '【责任岗位：财务股股长】'
_HEAD_HOLDER_LABEL = LazyRe(r"^(?:岗位)?责任(?:人|岗位|领导)\s*[:：]\s*")


def bracket_head(text: str) -> tuple[dict[str, str], str] | None:
    """A point opening with its holder in a bracket ('【院长　符翾澂】大型设备采购…', '〔财务股　股长
    某某〕…', '[药剂科主任某某]…', '【某某】…' a name alone): (the holder's 科室, post and name as
    ``_holder_parts`` reads them, the point after the bracket); None where the cell opens with no
    bracket, or its bracket names no person ('【教务处】' a 科室, '【制度机制】' a type, '【重点】')."""
    if text.lstrip()[:1] not in ("【", "〔", "［", "["):
        return None  # (the cheap test first: no bracket opening the cell)
    m = _HEAD_HOLDER_BRACKET.match(text)
    if m is None:
        return None
    inner = next(g for g in m.groups() if g is not None).replace("\u3000", " ").strip()
    inner = _HEAD_HOLDER_LABEL.sub("", inner, count=1).strip()  # ('【责任人：局长某某】')
    got = _holder_parts(inner)
    if "person" not in got:
        bare = squeeze(inner)
        if " " in inner or not looks_like_name(bare) or bare in NOT_A_NAME or is_post(bare):
            return None
        got = {"person": bare}
    return got, text[m.end() :].strip()


def _point_heads(roles: dict[str, int], rows, role: str = "risk_point") -> tuple[int, str] | None:
    """No 科室, 岗位 or 姓名 column, the first point opening with its holder in a bracket
    ('【院长　符翾澂】大型设备采购…'), some later points so too ('【药剂科　主任　糜翯岍】…') and the
    rest opening with no bracket at all: each bracket heads its holder's block (how many
    brackets, the first one's holder shown), else None; a bracket on every row is each row's
    holder. Any bracket naming no person ('【制度机制】', '【教务处】', '【重点】') makes no such
    list (read as before). With ``role`` 'measures' the same brackets opening the 防控措施 of a
    block's first row ('【责任人：质量管理科　科长　某某】1.…'), each with a post or a label
    ('责任人：'): a name alone ('【某某】') opening a measure is no holder there."""
    pc = roles.get(role)
    if pc is None or "risk_point" not in roles or not _IDENTITY_ROLES.isdisjoint(roles):
        return None
    first = next((row[pc].lstrip() for row in rows if pc < len(row) and row[pc].strip()), "")
    if not first or first[0] not in "【〔［[":
        return None  # (the cheap test first: the first point opens with a bracket)
    cells = [row[pc].lstrip() for row in rows if pc < len(row) and row[pc].strip()]
    heads = 0
    shown = ""
    for v in cells:
        if v[:1] not in "【〔［[":
            continue
        got = bracket_head(v)
        m = _HEAD_HOLDER_BRACKET.match(v) if got is None or role != "risk_point" else None
        if got is None and heads and m is not None:
            tag = squeeze(next(g for g in m.groups() if g is not None))
            if _TAG_NOT_POINT.search(tag):
                continue  # ('【重点】…', '【新增】…': a status under the holder above, no veto)
        if got is None:
            return None  # ('【制度机制】…': a tag of another kind on some rows)
        if role != "risk_point" and "title" not in got[0]:
            inner = next(g for g in m.groups() if g is not None).replace("\u3000", " ").strip()
            if not _HEAD_HOLDER_LABEL.match(inner):
                return None  # ('【某某】1.…' opening a measure: a name alone, no holder said)
        heads += 1
        shown = shown or "　".join(got[0].values())
    return (heads, shown) if heads else None


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
# a row under a point that is no piece of it: a total ('合计', '小计：2项'), a band's caption
# ('二、财务管理方面', '（三）审批环节', '“三重一大”方面')
_NOT_A_SPILL = LazyRe(
    r"^(?:合计|小计|总计|共计)|^[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|(?:方面|部分|阶段|环节)[”\"」]?$"
)
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
# a structured code's parts, as a list's cells split them ('CGS-LD-1-01', 'JT_B_07', 'WS.2.03')
# a heading of dates or deadlines ('完成时限', '整改时间', '日期'), and a date split as a code would be
_WHEN_HEAD = LazyRe(r"时限|时间|日期|期限|年月")
_DATE_CODE = LazyRe(r"^(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])$")
_CODE_PART_SEP = LazyRe(r"\s*[-－—–_.．]\s*")
# a note spelling out a code's parts in order: '单位代码-科室代码-风险等级代码-顺序号',
# '科室代码+风险等级+序号'; or listing them: '由科室代码、风险等级代码和顺序号组成'
_CODE_LAYOUT = LazyRe(
    r"[\u4e00-\u9fffA-Za-z]{1,16}(?:\s*[-－—–_.．+＋]\s*[\u4e00-\u9fffA-Za-z]{1,16}){1,7}"
    r"|由([^。；;\n]{4,60}?)(?:组成|构成|编排|编制)"
)
# a note naming the level's part by its place: '第三段为风险等级', '第2部分表示风险级别'
_LEVEL_PART_ORDINAL = LazyRe(
    r"第([一二三四五六七八1-8１-８])(?:段|节|部分|组|位|项)[^。；;，,\n]{0,8}?(?:等级|级别)"
)
# a note saying the level is written in digits: '等级用数字1、2、3表示', '1、2、3代表风险等级'
_DIGITS_AS_LEVELS = LazyRe(
    r"(?:等级|级别)[^。；;\n]{0,12}?(?:数字|[1１]\s*[、,，/～~—\-至到]\s*[2２])"
    r"|(?:数字|[1１]\s*[、,，/～~—\-至到]\s*[2２])[^。；;\n]{0,12}?(?:等级|级别)"
)
# the heads of a table of who took over which post: '原任人员 | 现任人员', '调整前 | 调整后',
# '交接人 | 接替人', '离任人员 | 继任人员', '原责任人 | 新责任人'
_FORMER_HOLDER_HEAD = LazyRe(
    r"^(?:原任|原|调整前|变动前|变更前|轮岗前|交接前|移交|交接|交出|离任)(?:人员|责任人|姓名|人)?$"
)
_NEW_HOLDER_HEAD = LazyRe(
    r"^(?:现任|现|调整后|变动后|变更后|轮岗后|新任|新|接任|接收|接替|继任)(?:人员|责任人|姓名|人)?$"
)


def change_columns(keys: dict[int, str]) -> dict[str, int]:
    """A table of changes' columns by its headings' keys (column → ``label_key``): 'old' and
    'new' (the holders before and after), 'department' and 'title' where written; the first
    of each kind."""
    cols: dict[str, int] = {}
    for c, k in keys.items():
        if _FORMER_HOLDER_HEAD.match(k):
            cols.setdefault("old", c)
        elif _NEW_HOLDER_HEAD.match(k):
            cols.setdefault("new", c)
        elif (h := heading_role(k)) is not None and h.role in ("department", "title"):
            cols.setdefault(h.role, c)
    return cols


# a line between a list and its table of changes: the note ('注：…以下表“岗位人员调整情况”为准')
# or the table's title ('岗位人员调整情况', '人员变动登记')
_CHANGE_LOG_LINE = LazyRe(r"调整|变动|变更|交接|轮岗|调换|接替")


def _past_change_lines(sh, r: int, end: int, reach: int = 4) -> int | None:
    """The first row of more than one cell at ``r`` or a few rows under it, past blank rows and
    lines of one cell speaking of a change (a table's title '岗位人员调整情况', a note on it);
    None where a one-cell line says something else (a signoff, a stray line) or none is found:
    where the header of a record of changes under a list would stand."""
    for y in range(r, min(end, r + reach)):
        if sh.kind(y) == "blank":
            continue
        cells = sh.nonempty(y)
        if len(cells) > 1:
            return y
        if not _CHANGE_LOG_LINE.search(sh.rows[y][cells[0]]):
            return None
    return None


_CHANGE_VACANT_WORD = LazyRe(
    r"^[(（]?(?:空缺|暂缺|待定|缺员|空岗|待配|待补|暂无)"
)  # (a post no one holds now)
# a table of levels adjusted, under a list on its sheet ('风险等级调整情况': '序号 | 岗位 | 风险点 |
# 调整前等级 | 调整后等级 | 调整原因'; '风险等级' over '调整前 | 调整后'): the heading of its
# levels before and after, the words of a level joined down its header's rows
_LEVEL_CHANGE_WORDS = LazyRe(r"风险|等级|级别|的")
_LEVEL_BEFORE_WORDS = frozenset(
    (
        "调整前",
        "原",
        "原定",
        "原有",
        "变更前",
        "调前",
        "复核前",
        "评估前",
        "复评前",
        "上年",
        "上年度",
    )
)
_LEVEL_AFTER_WORDS = frozenset(
    (
        "调整后",
        "调整为",
        "现",
        "变更后",
        "新",
        "调后",
        "复核后",
        "评估后",
        "复评后",
        "本年",
        "本年度",
    )
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
# a level board's card holder line, the whole cell in brackets ('【保管部　主任　张三】',
# '（讲解员 李四）', '［…］'; ``_level_board``)
_BOARD_HOLDER_LINE = LazyRe(
    r"^\s*[【〔［\[（(]\s*([^【】〔〕［］\[\]（）()]{2,40}?)\s*[】〕］\]）)]\s*$"
)
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
# such a label's field anywhere on a line ('科室：办公室　填表人：某某'): cut before the line is read
_NOT_HOLDER_FIELD = LazyRe(
    r"(?:联系|填报|填表|制表|经办|审核|编制)(?:人|员)(?:姓名)?\s*[:：]\s*[^\s　:：]*"
)
# what a sheet of what each level means calls itself ('风险等级评定标准', '判定依据', '等级说明')
_CRITERIA = LazyRe(
    r"(?:评定|判定|分级|划分|认定|评估|确定)(?:标准|依据|办法)|(?:等级|级别|类型|风险)(?:说明|释义|定义|标准)"
)
# a notice's salutation, a line of its own: '笪玥泠同志：'
_SALUTATION = LazyRe(r"^\s*([\u4e00-\u9fff·]{2,6}?)\s*同志\s*[:：]\s*$")
# a letter's salutation, a line of its own, his 科室 and post perhaps before the name, the
# lead or the honorific with its colon saying it is one: '致：水资源股股长蒯岷翚同志：', '尊敬的副局长
# 隗澔玟同志：', '致：副局长隗澔玟：', '财务科会计冉澄溪女士：'
_ADDRESSED_LINE = LazyRe(
    r"^\s*(致\s*[:：]?|尊敬的)?\s*([^:：，,。；;、]{2,30}?)\s*(同志|先生|女士)?\s*([:：，,])?\s*$"
)
# a salutation's lead in a cell of its own, its addressee in the next ('致： | 办公室主任…同志：')
_SALUTATION_LEAD_CELL = LazyRe(r"^\s*(?:致\s*[:：]?|尊敬的)\s*$")
# a salutation's lead opening a caption line ('致：办公室主任…同志：', '尊敬的…'): no 科室's words
_SALUTATION_LEAD_WORDS = LazyRe(r"^\s*(?:致\s*[:：]|尊敬的)\s*")
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
# a section's numbering in Chinese numerals ('（一）', '一、', '第一部分'): a section row's, no sign-off's
_SECTION_LINE = LazyRe(
    r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|第[一二三四五六七八九十\d]{1,3}[部分章节类]+)"
)
# a heading over both the type and the level: '风险类别及等级', '风险类型和级别'
_TYPE_AND_LEVEL = LazyRe(r"(?:类型|类别).{0,2}(?:等级|级别)")
# a roster's column of the posts each person holds: '承担岗位', '兼任岗位', '分工岗位'
_POSTS_HELD = LazyRe(
    r"^(?:承担|分工|兼任|负责|所任|担任|兼)(?:的)?岗位$"
)  # ('兼…': besides his own)
# a column of a table of holders naming the points each answers for by the list's 序号:
# '负责风险点序号', '对应风险点', '风险点编号', '负责事项序号', '承担风险点', '分管事项编号';
# or the matters of the list's 业务事项/职权/环节 column each handles, by name: '承办业务事项',
# '经办事项', '负责环节' (every point of the matter the holder's: collect's ``_points_by_name``)
_POINT_REFS_HEAD = LazyRe(
    r"^(?:(?:负责|对应|承担|分管|分工|包含|所含|涉及|具体负责)的?(?:廉政|廉洁)?"
    r"(?:风险点?|风险事项|事项|风险点位|风险点项目)(?:序号|编号|号|号码)?"
    r"|(?:廉政|廉洁)?(?:风险点|风险事项|事项)(?:序号|编号|号码)"
    r"|(?:承办|经办|主办|办理|负责|具体负责|承担|分工)的?"
    r"(?:业务事项|业务|事项|职权事项|职权|权力事项|工作事项|业务环节|环节))$"
)
# or a table one matter a row, the matter's name, its post and holder: '工作事项 | 责任岗位 |
# 责任人' under a list whose section rows name those matters ('（一）移民后期扶持资金发放'), or
# its 业务事项 column (its names must be cells of the sheet: ``_names_of_points``)
_MATTER_KEY_HEAD = LazyRe(r"^(?:工作|业务|职权|权力)?事项(?:名称)?$|^(?:职权|业务)名称$")
# a roster's column listing the numbers of the list's points a holder does NOT have, the rest
# his ('本人不涉及的风险点（填序号）', '不承担的风险事项序号', '除外风险点', '排除的风险点编号'; the
# brackets dropped by the caller): the list minus them (``PointHolders.excluded``)
_EXCLUDED_REFS_HEAD = LazyRe(
    r"^(?:本人|本岗位?|个人|岗位)?(?:不涉及|不承担|不负责|除外|排除|不含|不包含|不包括)的?"
    r"(?:廉政|廉洁)?(?:风险点?|风险事项|事项)(?:序号|编号|号)?$"
    r"|^(?:本人|个人)?(?:廉政|廉洁)?(?:风险点|风险事项)(?:序号|编号)?(?:除外|排除|不含)$"
)
# what a column naming points or matters says ('对应风险点', '承办业务事项', '负责环节')
_REFS_WORD = LazyRe(r"风险|事项|业务|职权|环节")
# a post's or holder's code: 'A', 'B、D', 'C2', '3', '①', '甲'; or holders' pinyin initials,
# two to four capitals, one or several a cell ('XYL', 'XYL、HQZ', 'XL HQZ')
_HOLDER_CODE = LazyRe(
    r"^(?:[A-Za-z]{1,2}\d{0,2}|\d{1,2}|[①-⑳]|[甲乙丙丁戊己庚辛壬癸])"
    r"(?:\s*[、,，/／]\s*(?:[A-Za-z]{1,2}\d{0,2}|\d{1,2}|[①-⑳]|[甲乙丙丁戊己庚辛壬癸]))*$"
    r"|^[A-Z]{2,4}(?:\s*[、,，/／]\s*[A-Z]{2,4}|\s+[A-Z]{2,4})*$"
)
# marks closing a point that a legend makes its holders': '…配置※', '…不制止△◇', '…停放（B）',
# '…（A、C）' (a letter only in brackets: '…（试行）' is none)
_HOLDER_MARK_SYMS = "※△◇○☆●▲★◆□■◎"
_MARK_END_STRIP = " \t\n\u3000。；;，,"
_HOLDER_MARK_TAIL = LazyRe(
    rf"(?:[{_HOLDER_MARK_SYMS}①-⑩]|[（(][A-Za-z](?:\s*[、,，/]\s*[A-Za-z])*[)）])+$"
)
# a legend's entry of a mark: '※—中心主任　钮璟翯', '（A）：科长 张三', 'B为调度员蓟某',
# '①水利工程股　股长　濮某' (a circled number needs no dash)
_HOLDER_MARK_KEY = (
    rf"[{_HOLDER_MARK_SYMS}①-⑩]|[（(][A-Za-z][)）]|(?<![A-Za-z0-9])[A-Za-z](?![A-Za-z0-9])"
)
_HOLDER_MARK_ENTRY = LazyRe(
    rf"[“\"「]?({_HOLDER_MARK_KEY})[”\"」]?"
    r"(?:\s*(?:[—–\-－─:：=＝]+|为|表示|代表|指)\s*|(?<=[①-⑩])\s*)"
    rf"([^；;。\n，,:：“”\"]{{2,30}}?)"
    rf"(?=\s*(?:[；;。\n，,]|$)|\s+(?:{_HOLDER_MARK_KEY})\s*[—–\-－─:：=＝])"
)


def _mark_keys(run: str) -> list[str]:
    """The marks of a run closing a point, each once, in order: '△◇' → ['△', '◇'], '（A）（C）'
    and '（A、C）' → ['A', 'C']."""
    keys = re.findall(rf"[{_HOLDER_MARK_SYMS}①-⑩]|[A-Za-z]", run)
    return list(dict.fromkeys(k.upper() for k in keys))


# each kind of code as a legend writes it: letters, digits, circled numbers, 甲乙丙
_CODE_KINDS = {
    "A": r"[A-Za-z]{1,2}\d{0,2}",
    "1": r"\d{1,2}",
    "①": r"[①-⑳]",
    "甲": r"(?<![\u4e00-\u9fff])[甲乙丙丁戊己庚辛壬癸]",
    "ABC": r"[A-Z]{3,4}",  # pinyin initials ('XYL—邢毓琳（中心主任）')
}
_CODE_SEP = r"[—–\-－:：=＝.．、]+|为|是|指"


def _code_kind(code: str) -> str:
    """The kind of a code: 'A' (letters), '1' (digits), '①' or '甲'; 'ABC' for a holder's
    pinyin initials of three or four capitals ('XYL': the legend's entries are of that length)."""
    c = code[0]
    if "①" <= c <= "⑳":
        return "①"
    if 3 <= len(code) <= 4 and code.isascii() and code.isalpha() and code.isupper():
        return "ABC"
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


# a permission grid's cell: the stages a holder handles for a business ('复核、审批'), or none
_GRID_NONE = LazyRe(r"^(?:[—–\-－─/／\\×✕]+|无|否|无此权限|不涉及)?$")
_GRID_PARTS = LazyRe(r"[、,，;；/／\s]+|[和及与]")
_GRID_CELL_MAX = 24  # (a point's text is longer than a grid's cell)
_GRID_WORD = LazyRe(r"^[\u4e00-\u9fff]{2,4}$")  # a stage word of a grid's cell ('经办', '复核')
_LIST_LEVEL = LazyRe(rf"^(?:{LEVEL_ALTS})(?:风险)?$")  # a list row's level ('二级', '高风险')


def _grid_stages(v: str, stages: list[str] | None) -> set[str] | None:
    """The list's stages a permission grid's cell names ('复核、审批' → {'复核', '审批'}); empty
    for none ('—', '/', '无'); None for anything else ('√', a point's text, a stage the list has
    not). ``stages`` None: any short words ('经办、复核' where the list says '受理', '审核'), to
    tell a grid in other stage words than the list's."""
    if _GRID_NONE.match(v):
        return set()
    if len(v) > _GRID_CELL_MAX:
        return None
    if stages is None:
        got = {_stage_key(p) for p in _GRID_PARTS.split(v) if _stage_key(p)}
        ok = all(_GRID_WORD.match(w) and not looks_like_name(w) and not is_post(w) for w in got)
        return got if got and ok else None  # (no names or posts: '张三' is a roster's cell)
    got = {_stage_match(_stage_key(p), stages) for p in _GRID_PARTS.split(v) if _stage_key(p)}
    return None if not got or None in got else got  # type: ignore[return-value]


def _grid_holder(v: str) -> tuple[str, str]:
    """A permission grid's holder cell as (post, name): '综合柜员⏎张三', '张三' or '综合柜员'."""
    parts = v.split()
    if len(parts) >= 2 and looks_like_name(parts[-1]):
        return "".join(parts[:-1]), parts[-1]
    v = squeeze(v)
    return ("", v) if looks_like_name(v) else (v, "")


def _grid_holder_read(v: str) -> tuple[str, str] | None:
    """A permission grid's holder cell as (post, name) where it reads as one: a post, a 科室, a
    name or both ('综合柜员', '财务科', '张三', '综合柜员⏎张三'); None for a step or a period
    ('第一步', '1月'), a stage ('审批'), a level ('二级') or a point's text."""
    if len(v) > _GRID_CELL_MAX:
        return None
    p, n = _grid_holder(v)
    return (p, n) if n or (p and (is_post(p) or _dept_like(p))) else None


def _grid_head_row(sh: _Sheet, merged: dict, y: int, c: int) -> bool:
    """A row over a permission grid's businesses (right of their column ``c``) that names its
    holders or heads them: labelled '岗位', '姓名' or '科室' in that column, or each cell a
    holder ('综合柜员⏎张三', '张三') or a heading ('岗位' merged across them, '姓名'; one cell
    alone, '办理权限'). Not a flow's steps ('第一步 | 第二步'), a schedule's months ('1月 |
    2月') or a list's row ('审批 | 拨付资金审批不按协议执行 | 二级')."""
    on = [k for k in sh.nonempty(y) if k > c]
    if not on or any(len(sh.rows[y][k]) > _GRID_CELL_MAX for k in on):
        return False  # (a blank line, a caption, or the list's own rows)
    label = heading_role(sh.key(y, c)) if sh.key(y, c) else None
    if label is not None and label.role in ("person", "title", "department"):
        return True
    if len(on) == 1:
        return True  # ('办理权限' over the holders: a heading, no one)
    for k in on:
        if merged.get((y, k + 1)) == (y, k):
            continue
        h = heading_role(sh.key(y, k))
        if (h is None or h.strength < 3) and _grid_holder_read(sh.rows[y][k]) is None:
            return False
    return True


def _permission_grid(
    sh: _Sheet,
    merged: dict,
    xs: Iterable[int],
    businesses: set[str],
    stages: set[str] | None,
    not_grid: set[int] | frozenset[int] = frozenset(),
) -> tuple[dict[str, dict[int, set[str]]], dict[int, tuple[str, str]], set[int], str] | None:
    """A grid of businesses down and holders across among rows ``xs`` of ``sh``, each cell the
    list's stages that holder handles for that business ('经办', '复核、审批', '—'): (business →
    holder column → stages, holder column → (post, name), its rows, its first cell), or None.
    Its holders stand in the rows over the businesses' (up to four: a '岗位' row over a '姓名'
    row, labelled in the business column or not; or one cell '综合柜员⏎张三'); a heading merged
    across the holders ('岗位', '办理权限') names no one. Its holders read as posts or names,
    no flow's steps ('第一步') or months ('1月'), and no row of ``not_grid`` (the list's points,
    a grid right under the list) is one of its rows. ``stages`` None: a grid of any stage words
    (``_grid_stages``)."""
    said, steps = list(businesses), None if stages is None else list(stages)
    found: dict[int, int] = {}  # a grid row → its business column
    for x in xs:
        on = sh.nonempty(x)
        if len(on) < 3:
            continue  # (the cheap test: a business and two holders' cells)
        for i, c in enumerate(on[:-2]):
            if _stage_match(_stage_key(sh.rows[x][c]), said) is None:
                continue
            got = [_grid_stages(squeeze(sh.rows[x][k]), steps) for k in on[i + 1 :]]
            if all(g is not None for g in got) and any(got):
                found[x] = c
            break
    if len(found) < min(2, len(businesses)):
        return None
    top = min(found)  # the first run of grid rows, one business column
    c = found[top]
    run = [top]
    while run[-1] + 1 in found and found[run[-1] + 1] == c:
        run.append(run[-1] + 1)
    if len(run) < min(2, len(businesses)):
        return None
    heads: list[int] = []
    for y in range(top - 1, max(top - 5, -1), -1):
        if y in not_grid or not _grid_head_row(sh, merged, y, c):
            break  # (a blank line, a caption, a flow's steps, or the list's own rows)
        heads.insert(0, y)
    if not heads:
        return None
    holders: dict[int, tuple[str, str]] = {}
    cols = sorted({k for x in run for k in sh.nonempty(x) if k > c})
    for k in cols:
        post = name = ""
        for y in heads:
            v = squeeze(sh.rows[y][k]) if k < len(sh.rows[y]) else ""
            if not v or merged.get((y, k + 1)) == (y, k):
                continue  # ('岗位' merged across the holders: a heading, no one)
            label = heading_role(sh.key(y, c)) if sh.key(y, c) else None  # ('岗位', '姓名')
            if label is not None and label.role == "person":
                name = name or v
            elif label is not None and label.role in ("title", "department"):
                p, n = _grid_holder(sh.rows[y][k])  # ('事项＼岗位' over '综合柜员⏎张三')
                post, name = post or p or n, name or (n if p else "")
            elif (h := heading_role(sh.key(y, k))) is not None and h.strength >= 3:
                continue  # ('岗位', '姓名': a heading)
            elif (got := _grid_holder_read(sh.rows[y][k])) is not None:
                p, n = got  # ('综合柜员⏎张三': as written, not squeezed)
                post, name = post or p, name or n
        if post or name:
            holders[k] = (post, name)
    if len(holders) < 2:
        return None
    cells: dict[str, dict[int, set[str]]] = {}
    for x in run:
        row = cells.setdefault(_stage_key(sh.rows[x][c]), {})
        for k in holders:
            v = squeeze(sh.rows[x][k]) if k < len(sh.rows[x]) else ""
            row[k] = _grid_stages(v, steps) or set()
    if sum(1 for row in cells.values() for done in row.values() if done) < 2:
        return None
    used = {*heads, *run}
    y = heads[0] - 1  # its caption right over it ('附：岗位办理权限表')
    if (
        y >= 0
        and y not in not_grid
        and len(sh.nonempty(y)) == 1
        and len(sh.rows[y][sh.nonempty(y)[0]]) <= 30
    ):
        used.add(y)
    return cells, holders, used, cell_ref(heads[0], c)


# a tick grid's cell: a tick ('√') for a business its row's holder runs, else nothing ('', '—')
_TICK_GRID_MARKS = TICK_MARKS | {"v", "V", "○", "●"}


def _tick_grid(
    sh: _Sheet,
    xs: Iterable[int],
    keys: list[str],
    not_grid: set[int] | frozenset[int] = frozenset(),
) -> tuple[dict[int, str], dict[int, tuple[str, str]], dict[int, set[int]], set[int], str] | None:
    """A permission grid turned and ticked: holders down, the list's key values across
    ('岗位 | 姓名 | 农资配送 | 农产品收购' over '主任 | 张三 | √ | √'; or one cell '主任⏎张三'
    under '岗位及姓名'), '√' under each business its row's holder runs (many to many), among
    rows ``xs`` of ``sh`` (no row of ``not_grid``): (column → its key, row → (post, name),
    row → its ticked columns, the grid's rows with its caption, its first cell), or None.
    Its heading names at least two of ``keys`` and heads its holders ('岗位', '姓名'); each of
    its rows names a holder and ticks or leaves blank every key's cell."""
    for y in xs:
        on = sh.nonempty(y)
        if len(on) < 3 or y in not_grid:
            continue  # (the cheap test: a holder's heading and two keys)
        across = {k: m for k in on if (m := _stage_match(_stage_key(sh.rows[y][k]), keys))}
        if len(set(across.values())) < 2 or len(set(across.values())) != len(across):
            continue  # (two keys or fewer, or a key twice: no grid of the list's keys)
        first = min(across)
        left = [k for k in on if k < first]
        aside = set(left)
        roles = {k: h.role for k in left if (h := heading_role(sh.key(y, k))) is not None}
        if (
            not left
            or set(on) - set(left) - set(across)
            or not {"title", "person"} & {*roles.values()}
        ):
            continue  # (every cell left of the keys a holder's heading, none right of them odd)
        holders: dict[int, tuple[str, str]] = {}
        ticks: dict[int, set[int]] = {}
        x = y + 1
        while x < len(sh.rows) and x not in not_grid:
            row_on = sh.nonempty(x)
            if not row_on or any(k not in aside and k not in across for k in row_on):
                break  # (a blank line, a '注：' line, a sign-off line)
            said = {k: squeeze(sh.rows[x][k]) for k in row_on if k in across}
            if any(v not in _TICK_GRID_MARKS and not _GRID_NONE.match(v) for v in said.values()):
                break  # (a cell under a key that is no tick: a table of other things)
            marks = {k for k, v in said.items() if v in _TICK_GRID_MARKS}  # ('—': not his)
            post = name = ""
            for k in sorted(roles):
                v = sh.rows[x][k] if k < len(sh.rows[x]) else ""
                if not squeeze(v):
                    continue
                if roles[k] in ("title", "person", "department"):
                    p, n = _grid_holder(v)  # ('张三' under '姓名', '主任⏎张三' under '岗位及姓名')
                    post, name = post or p, name or n
            if not name:
                break  # (a grid of posts or 科室 alone names no one: not read)
            holders[x], ticks[x] = (post, name), marks
            x += 1
        if len(holders) < 2 or sum(len(m) for m in ticks.values()) < 2:
            continue
        used = {y, *holders}
        up = y - 1  # its caption right over it ('业务分工表（在本人分管的业务下打“√”）')
        if up >= 0 and up not in not_grid and len(sh.nonempty(up)) == 1:
            if len(sh.rows[up][sh.nonempty(up)[0]]) <= 40:
                used.add(up)
        return across, holders, ticks, used, cell_ref(y, left[0])
    return None


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
    number = int(n) if n.isdecimal() else _chinese_count(n)
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
# a duties table's number heading ('职责序号', '职责编号', '序号' over duties numbered 1, 2 …)
_DUTY_KEY_HEAD = LazyRe(r"^(?:职责)?(?:序号|编号|序列号)$")
_DUTY_KEY = LazyRe(r"^(?:职责)?0?\d{1,2}$")  # its numbers ('1', '06', '职责1')
# a list's cell citing duties by their numbers: '职责1、职责2、职责6', '1、3', '第2项', '第1、3项',
# ranges too ('职责1-2', '第2至4项': each number of it)
_DUTY_CITES = LazyRe(
    r"^(?:第?\s*(?:职责)?\s*\d{1,2}(?:\s*[-－—–~～至到]\s*(?:职责)?\d{1,2})?\s*项?"
    r"(?:\s*[、,，;；/\s]\s*|$))+$"
)
_DUTY_RANGE = LazyRe(r"(\d{1,2})\s*[-－—–~～至到]\s*(?:职责)?(\d{1,2})|(\d+)")


def duty_numbers_cited(cell: str) -> list[int]:
    """The duty numbers a '对应职责' cell cites, its ranges spelt out ('职责1-2、5' → 1, 2, 5; a
    range backwards or over 30 numbers, its two ends only)."""
    out: list[int] = []
    for a, b, one in _DUTY_RANGE.findall(cell):
        if one:
            ns = [int(one)]
        else:
            lo, hi = int(a), int(b)
            ns = list(range(lo, hi + 1)) if lo < hi and hi - lo <= 30 else [lo, hi]
        out += [n for n in ns if n not in out]
    return out


_DUTY_CITE_HEAD = LazyRe(r"职责")  # ('对应职责', '涉及职责', '所属职责序号')
# a list's column citing a roster's rows by their running numbers: '岗位序号', '对应岗位序号',
# '岗位表序号', '所属岗位（序号）', '责任人序号' (brackets taken out first; a CODE '岗位编号 | GW01' is
# the post tables' key, read as before)
_POST_CITE_HEAD = LazyRe(r"^(?:对应|所属|所在|涉及|责任)?(?:岗位|人员|责任人|责任岗位)表?序号$")
# the columns a list may cite them in ('对应职责' is read as the point's duty text)
_DUTY_CITE_ROLES = (None, "other", "duty")


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


# a legend's entry of a name and a post, one of them in closing brackets: '邢毓琳（中心主任）'
_NAME_POST_BRACKET = LazyRe(r"^([^（()）\s]{2,20})\s*[（(]([^（()）]{2,20})[)）]$")


# a line keying values or headings to holders ('审批权限：5万元以下：支付审核岗 张三；…', '经办分工：职业
# 培训补贴——培训股　股长　某某；…'): an entry ends at the next key or a list separator; its lead ('——',
# '：', '的由') goes, and a duty word after the name ('审核审批'); the name a word of two to six, no
# level's word ('科长 高风险' names none)
_KEY_ENTRY_CUT = LazyRe(r"[；;，,。、\n]")
_KEY_ENTRY_LEAD = LazyRe(r"^[\s:：—–\-－→=]*(?:的)?(?:由|为|是|归(?=\s))?[\s:：]*")
_KEY_ENTRY_NAME = LazyRe(r"^(?![^风级等]*[风级等])[\u4e00-\u9fff·]{2,6}$")
_KEY_ENTRY_DUTY_TAIL = LazyRe(
    r"(?:负责|具体)?(?:审核|审批|签批|复核|核准|批准|把关|值守|值班|办理|受理|管理|分管|负责)+\S*$"
)


def key_spans(text: str, keys) -> tuple[dict[str, list[tuple[int, int]]], list[int]]:
    """Each key's places in a keying line, a longer key first masking a shorter one inside it
    ('5万元以上' masks '5万元', '社会保险补贴' masks '保险补贴'), and every place's start in order."""
    spans: dict[str, list[tuple[int, int]]] = {}
    masked = text
    for k in sorted(keys, key=len, reverse=True):
        at = masked.find(k)
        while at >= 0:
            spans.setdefault(k, []).append((at, at + len(k)))
            masked = masked[:at] + "\0" * len(k) + masked[at + len(k) :]
            at = masked.find(k)
    return spans, sorted(a for v in spans.values() for a, _e in v)


def keyed_holder(text: str, end: int, starts: list[int]) -> tuple[str, str, str] | None:
    """The (科室, post, holder) a keying line names after the key ending at ``end`` (``starts``:
    every key's start, from ``key_spans``); None where its entry names no holder."""
    nxt = next((a for a in starts if a >= end), len(text))
    seg = _KEY_ENTRY_LEAD.sub("", _KEY_ENTRY_CUT.split(text[end:nxt], maxsplit=1)[0]).strip()
    parts = seg.split()
    if len(parts) > 1 and not looks_like_name(parts[-1]):
        parts[-1] = _KEY_ENTRY_DUTY_TAIL.sub("", parts[-1])
    meaning = _code_meaning(" ".join(p for p in parts if p), "person") if seg else None
    return meaning if meaning is not None and _KEY_ENTRY_NAME.match(meaning[2]) else None


def _code_meaning(said: str, role: str) -> tuple[str, str, str] | None:
    """What a legend gives a code ('所长　闾蘅湉', '馆长瞿望川', '培训部主任'; a holder's code may
    stand for a name alone): (科室, post, holder), or None where it names no post (and, for a
    holder's code, no person either) — a level's or a type's legend is none of these. A name
    with its post in brackets ('邢毓琳（中心主任）', a key of initials) or a post with its holder's
    name in brackets ('中心主任（邢毓琳）') is read as post and name."""
    said = said.strip()
    both = _NAME_POST_BRACKET.match(said) if "（" in said or "(" in said else None
    if both:
        a, b = both.group(1).strip(), both.group(2).strip()
        if looks_like_name(a) and not looks_like_name(b):
            said = f"{b} {a}"
        elif looks_like_name(b) and not looks_like_name(a):
            said = f"{a} {b}"
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

# words in a holder columns' heading or a note saying the mark under a holder means the row is NOT
# his ('班子成员（本人不涉及的打“×”）', '注：打“×”的为本人不涉及', '（×为不涉及）', '／表示不涉及'):
# the mark itself in group 1 or 2 (``_excluding_marks``)
_EXCLUSION_SAID = LazyRe(
    r"不涉及[^，,。；;（()）]{0,6}?(?:打|划|画|标|填|用)\s*[“\"'「‘]?([×✗✘╳xX／/])"
    r"|([×✗✘╳xX／/])[”\"'」’]?\s*(?:的|者)?\s*(?:为|表示|代表|即|是|[—–\-－:：=])\s*"
    r"(?:本人|本岗位|该岗位|此人)?\s*(?:不涉及|非本人)"
)  # ('画‘×’', '×—本人不涉及': a dash or a colon for '为', single quotes)
# a legend's clauses ('班子成员（本人涉及的打“×”，不涉及的不打“×”）': two, each read alone)
_LEGEND_CLAUSES = LazyRe(r"[，,；;。、]")
# a clause whose mark is NOT made ('不涉及的不打“×”', '不涉及的无需打×', '不涉及留空'): no exclusion
_EXCLUSION_NEGATED = LazyRe(r"不(?:打|划|画|标|填|用)|无需|无须|不需|不用|不必|不要|留空|空白|不填")
# a clause saying the mark is made where the holder IS concerned ('本人涉及的打“×”', '涉及打×'):
# the mark holds, whatever another clause says
_INCLUSION_SAID = LazyRe(
    r"(?<!不)涉及[^，,。；;（()）]{0,6}?(?:打|划|画|标|填|用)\s*[“\"'「‘]?[×✗✘╳xX／/]"
)
# a note under the table speaks of the holder ('本人不涉及的打“×”'); one of the unit's points
# ('表中风险点本单位不涉及的打“×”后删除') is no legend of holder columns
_EXCLUSION_PERSON = LazyRe(r"本人|个人|本岗位|该岗位|自己|此人")
# the marks such a column may hold, one kind of them as the words say (a cross, or a slash)
_EXCLUSION_CROSSES = CROSS_MARKS | frozenset("╳xX")
_EXCLUSION_SLASHES = frozenset("／/")
# a holder's heading merged over post columns whose cells name the post's holder of the row
# ('责任人', '责任领导及责任人', '责任岗位及责任人' over '党委书记 | 苏木达 | …'; ``_post_names``)
_NAMES_UNDER_POSTS_HEAD = LazyRe(r"(?:责任|负责)人(?:姓名)?(?:[(（][^()（）]{1,12}[)）])?$")
# what separates two names in one cell of such a post column ('乜晗、冼昊')
_POST_NAMES_SPLIT = LazyRe(f"[{LIST_SEPARATORS}]+")
# a heading of 科室 AND post merged over one column a 科室 whose cells name that 科室's posts of
# the row ('责任部门及岗位' over '中心领导 | 办公室 | …', '主任、记者'; ``_dept_post_cells``)
_DEPT_POSTS_HEAD = LazyRe(
    r"(?:部门|科室|股室|处室|部室|科队|站所)[^，,。；;]{0,3}?(?:及|和|与|、|/|／|[(（])"
    r"(?:相关|责任|具体|涉及)?(?:岗位|职务|职位)[)）]?$"
)
# a heading merged over 科室 columns, a tick under each 科室 the row's point is of ('涉及科室' over
# '办公室 | 财务科 | 执法大队', '责任部门（打√）'): ``_dept_tick_cells``
_DEPT_TICKS_HEAD = LazyRe(
    r"^(?:涉及|责任|相关|所属|主责|牵头|承办|归口|对应|风险)?的?(?:部门|科室|股室|处室|部室|科队|站所)"
    r"(?:[(（][^)）]{0,12}[)）])?$"
)
# the roster's headings that end such columns' rows ('部门 | 岗位 | 姓名' under them)
_ROSTER_HEAD_ROLES = frozenset({"department", "title", "person"})
# the holder's word in a heading merged over place columns whose cells name the holders
# ('责任区域及看护员' over '宫城 | 皇城 | …'): a post ('看护员', '网格员') or a holder's word
# that is none ('责任人', '包保人'); ``_area_names``
_AREA_HOLDER_WORD = LazyRe(
    r"(?:看护|管护|护林|巡护|巡查|巡逻|网格|包保|包片|监管|安全)员|(?:责任|负责|包保|包片|管护|看护)人"
)
# sub-headings that are no places: a column's measures, checks or notes ('防控措施', '备注')
_AREA_NOT_PLACE = LazyRe(r"措施|防控|管控|监督|整改|备注|说明|序号|等级|级别|类型|类别")
# an overseer's, inspector's or approver's word in such a heading ('督查人员', '联系领导', '审批人员'):
# who checks or signs the point, not who answers for it
_AREA_OVERSEER_WORD = LazyRe(r"督查|督导|检查|监督|审批|审核|联系|值班|分管|挂钩")
# sub-headings that are times or stages, no places ('第一季度', '周一', '上半年', '初审 | 复核')
_AREA_WHEN_OR_STAGE = LazyRe(
    r"季度|[上下]半年|^\S{0,6}[年月周]$|周[一二三四五六日天]|星期|"
    r"初审|复核|复审|审定|审批|受理|终审|签批"
)


def _area_cell_holders(v: str) -> list[tuple[str, str]]:
    """The holders a place cell names, as (name, post): '瞿晓岚、褚芸汐', '瞿晓岚 褚芸汐' (a space
    between names, half- or full-width), '瞿晓岚（组长）' (the bracket his post); post '' unless
    written. A part that is no such thing is kept whole, squeezed, as a name (post '')."""
    out: list[tuple[str, str]] = []
    for part in _POST_NAMES_SPLIT.split(v):
        part = part.strip(" \u3000\n")
        if not part:
            continue
        words = part.split()
        if len(words) >= 2 and all(2 <= len(w) <= 4 and looks_like_name(w) for w in words):
            out.extend((w, "") for w in words)
        elif (np := _DASH_NAME_POST.match(part)) and looks_like_name(np.group(1)):
            out.append((np.group(1), squeeze(np.group(2))))
        else:
            out.append((squeeze(part), ""))
    return out


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
# a heading saying its cells are the points' numbers ('负责风险点序号', '风险点编号'): no names
_NUMBERS_SAID = LazyRe(r"序号|编号|号码|号$")
# a column of a holders' grid naming the list's points of one grade by 序号 ('一级风险点',
# 'Ⅱ级风险点序号', '高风险事项'): the grade's word (a level to ``Config.level``)
_GRADE_REFS_HEAD = LazyRe(r"^(\S{1,4}?)(?:廉政|廉洁)?(?:风险点|风险事项|风险)(?:序号|编号)?$")
# a grade's cell of such a grid saying it has none ('—', '/', '无')
_GRADE_REFS_NONE = LazyRe(r"[—－\-–/／\\无]*")
# what parts a cell naming points by their words ('户外广告审批、占道经营许可', one a line)
_NAMES_SPLIT = LazyRe(r"[、，,；;／/\n]+")
# what a point's words are compared without: spaces and punctuation ('门前三包 考核。')
_POINT_KEY_DROP = LazyRe(
    r"[\s\u3000，,。.；;：:、！!？?“”\"‘’'（）()《》〈〉【】\[\]\-—–－_/／·…]+"
)


def _point_key(text: str) -> str:
    """A point's words as compared with a name of it: no spaces, no punctuation."""
    return _POINT_KEY_DROP.sub("", text)


def _point_names(text: str) -> list[str]:
    """The points a cell names by their words ('环卫作业政府采购、执法车辆使用', one a line),
    or [] when it says anything else: a number, a sentence, a word too short to be a point."""
    parts = [p.strip(" \t\u3000。.") for p in _NAMES_SPLIT.split(text.strip())]
    parts = [p for p in parts if p]
    if not parts or any(
        not 2 <= len(_point_key(p)) <= 30 or any(ch.isdigit() for ch in p) for p in parts
    ):
        return []
    return parts


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
# ('1.1.1', or with dashes '1-1-1' / '1－1－1': one separator all along)
_OUTLINE_CODE = LazyRe(r"^\d{1,3}(?:(?:[.．]\d{1,3})+|(?:[\-－]\d{1,3})+)?$")
_OUTLINE_DOTS = LazyRe(r"[.．\-－]")
_POINT_DETAILS = frozenset(("risk_type", "risk_level", "measures", "description"))
_OUTLINE_HOLDER = LazyRe(r"^(.+?)[(（]([\u4e00-\u9fff·]{2,5})[)）]$")  # '股长（瞿望川）'


def _outline_column(
    rows: list[list[str]], roles: dict[str, int], col_role: dict[int, str], headed: bool
) -> tuple[int, int] | None:
    """A column of outline codes left of the points ('1', '1.1', '1.1.1'; '1-1-1'), of three
    depths or more, the shallower rows naming nothing but their text: (its column, the points'
    depth). Under a heading naming parts and posts ('部门／岗位／风险点', ``headed``), or where the
    shallower rows name 科室 and the rows just above the points posts ('股长（瞿望川）', '主任　咸翀翾').
    Of two depths only where each '1' row names a post (with its holder) and the '1.1' rows give
    their levels ('1 | 站长　邝岷汧' over '1.1 | 违规收费 | 高'): sub-points under a point
    ('1 工程招投标' over '1.1 设置排他性条件') stay points."""
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
        kinds = len(set(depths))
        if kinds < 2 or (kinds == 2 and "risk_level" not in roles):
            continue
        deepest = max(depths)
        details = [c2 for role, c2 in roles.items() if role in _POINT_DETAILS]
        if kinds == 2:
            # (two depths: the points say their levels, each row above them a holder)
            lc = roles["risk_level"]
            headed = False
            if not any(
                lc < len(row) and row[lc].strip()
                for row in rows
                if c < len(row)
                and _OUTLINE_CODE.match(row[c].strip())
                and len(_OUTLINE_DOTS.split(row[c].strip())) == deepest
            ):
                continue
        for row in rows:
            code = row[c].strip() if c < len(row) else ""
            if not code:
                continue
            depth = len(_OUTLINE_DOTS.split(code))
            if depth < deepest and any(c2 < len(row) and row[c2].strip() for c2 in details):
                return None  # (only the points write a level, type or measures)
            if not headed and depth < deepest and not _outline_names(row, pc, depth == deepest - 1):
                return None  # ('1.1 设置排他性条件': sub-items of a point, no 科室 or post)
            if kinds == 2 and depth < deepest and _post_and_name(row[pc]) is None:
                m = _OUTLINE_HOLDER.match(row[pc].strip())
                if m is None or not looks_like_name(m.group(2)):
                    return None  # ('1 | 股长': two depths need the holder named)
        return c, deepest


def _outline_names(row: list[str], pc: int, post_depth: bool) -> bool:
    """An outline row names a post (just above the points: '股长（瞿望川）') or a 科室."""
    text = row[pc].strip() if pc < len(row) else ""
    if post_depth:
        # ('主任　咸翀翾': post and name in one cell, as a group line writes them)
        return is_post(re.sub(r"[(（][^()（）]*[)）]$", "", text).strip()) or (
            _post_and_name(text) is not None
        )
    return _dept_like(text) or bool(LEADERS_GROUP.match(text))


def _outline_depths(deepest: int) -> str:
    """What each depth of an outline's codes was read as, for its issue: '1 为科室，1.1 为岗位及
    责任人，1.1.1 为风险点'."""
    names = ["科室"] * (deepest - 2) + ["岗位及责任人", "风险点"]
    return "，".join(f"{'.'.join(['1'] * k)} 为{x}" for k, x in enumerate(names, 1))


def _outline_node(text: str, post_depth: bool, carry: dict[str, str]) -> None:
    """An outline row above the points: a post ('股长（瞿望川）', one level above the points)
    or a 科室; the rows below are theirs."""
    m = _OUTLINE_HOLDER.match(text)
    if m and (looks_like_name(m.group(2)) or (is_post(m.group(1)) and not is_post(m.group(2)))):
        # ('股长（貊珣蔚）': a post, then its holder whatever his surname)
        carry["title"], carry["person"] = m.group(1).strip(), m.group(2)
    elif post_depth and (pn := _post_and_name(text)) is not None:
        carry["title"], carry["person"] = pn  # ('股长　怀曌琰': post and name with a space)
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


_SCALE_HEAD = LazyRe(r"(?:判定|评定|划分|认定|判断|定级|分级|评级|界定)(?:标准|依据|条件)")
_SCALE_CASES = LazyRe(r"情形|情况|表现|示例|举例|特征|典型")
_BOX_TICKED = TICK_MARKS | {"▣", "■"}
_BOX_EMPTY = EMPTY_BOXES
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
_ANSWER_TICKS = TICK_MARKS
_POINT_GRADE = LazyRe(r"风险点的?(?:等级|级别)$")
_COUNT_HEAD = LazyRe(r"个数|数量|数目|合计|统计|[(（]个[)）]")
# a matrix's heading over its points saying the cells hold measures: '廉政风险点及本岗位防控措施'
# a line of a level cell naming a grade and the numbers of the row's points at it ('二级：1、3')
_LEVEL_NUMBERS = LazyRe(r"(\S{1,6}?)\s*[:：]\s*((?:\d{1,2}|[、,，和及至\-—~～\s])+)")
# a cell counting the votes for a grade: a number, a share or '8票'
# a holder's number of points of one grade under 高 | 中 | 低 ('2', '1个', '0项')
_HOLDER_COUNT = LazyRe(r"(\d{1,2})\s*[个项条]?")
# a heading over 高 | 中 | 低 saying the cells count a holder's points ('风险点个数（个）'), or
# votes ('评议得票（票）'); a note saying his points are listed in level order ('按高、中、低排列')
_COUNTS_WORD = LazyRe(r"个数|数量|数目|点数|[(（]个[)）]")
_VOTES_HEAD = LazyRe(r"票|评议|投票|表决")
_LEVEL_ORDER_NOTE = LazyRe(
    r"[按依以照](?:风险)?(?:等级)?[的由从]?(?:高|一级|Ⅰ级|I级|1级|重大|较高)\S{0,16}?"
    r"(?:顺序|排列|排序|依次|先后)"
)
_VOTES = LazyRe(r"\d{1,4}(?:\.\d+)?\s*(?:%|％|票|人)?")
# a heading over a holder's numbered point lines' counts of each grade ('风险等级及个数', '各级风险
# 点条数', '（项）'), and a note or heading saying the lines are listed lowest first ('由低到高')
_LINED_COUNT_WORD = LazyRe(r"个数|数量|数目|点数|项数|条数|[(（][个项条][)）]")
_LINED_RISING = LazyRe(r"[由从]低到高|[由从](?:低|三级|Ⅲ级|一般)\S{0,8}?[到至](?:高|一级|Ⅰ级|重大)")


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


_CODE_HEAD = re.compile(r"(?:编码|编号|代码|代号)$")
# a list's key of places a roster gives by ranges: a stake ('桩号'), a number ('序号', '门牌号',
# '地块编号'); the roster's heading of them, its range words off ('起止桩号', '序号范围')
_PLACE_HEAD = re.compile(r"(?:桩号|序号|门牌号|编号)$")
# a roster's other heading of dates or turns ('起止日期', '时段', '值班领导'): a duty roster
_PERIOD_HEAD = re.compile(r"日期|时间|时段|期间|月份|年月|值班|轮值|排班|带班")
# a roster's column of routes ('路线编号', '线路', '渠道名称'): its ranges lie along them
_ROUTE_HEAD = re.compile(r"^(?:路线|线路|公路|道路|渠道|河道|管线)(?:编号|代码|名称|号)?$")
_RANGE_HEAD_TRIM = re.compile(r"^(?:起止|起讫|起始|所辖|管养|管护|负责)|(?:范围|区间|区段)$")
_PLACE = r"(?:[KkＫｋ]?\d+[+＋]\d+(?:\.\d+)?|\d+)"  # ('0+350' on a canal: no 'K')
# 'K0+000—K18+600', '1—4', '5至7', '第1-5项'; or one place ('13')
_RANGE_VALUE = re.compile(rf"^第?({_PLACE})[号项]?(?:[—\-~～–－至到]+第?({_PLACE})[号项]?)?$")


def _place(text: str) -> float | None:
    """A stake in metres ('K9+300' → 9300) or a number ('12'), or None."""
    t = squeeze(text).upper().replace("＋", "+").replace("Ｋ", "K")
    if t.endswith(".0"):
        t = t[:-2]  # (a number typed into a cell: '3.0')
    m = re.fullmatch(r"K?(\d+)\+(\d+(?:\.\d+)?)", t)
    if m:
        return int(m.group(1)) * 1000 + float(m.group(2))
    return float(t) if t.isdecimal() and len(t) <= 6 else None


def _route_key(text: str) -> str:
    """A route's code as compared ('x412 ' → 'X412')."""
    return squeeze(text).upper()


# the roles a holderless list's key or role column may be read as ('平台账号' other, '村名'
# unit, '环节' workflow): ``_key_role_roster_rows``
_KEY_ROLE_COLS = frozenset({"other", "department", "unit", "workflow", "tier", "duty"})


def _roster_key(text: str) -> str:
    """A key as a list and its roster are compared: quotes and spaces gone ('“土左发布” 公众号'
    → '土左发布公众号')."""
    return re.sub(r"[“”\"'‘’《》「」]", "", squeeze(text))


def _roster_key_value(text: str) -> str:
    """A key value as a list and its roster are compared by it: spaces and dashes gone
    ('0433-3221518', '0433 3221518' → '04333221518')."""
    return re.sub(r"[\s\-－—–]", "", text)


def _ranges_of(ranges: list, route: str, key: float) -> list:
    """The ranges holding ``key`` on ``route`` (any route where the list or the roster gives
    none): one, or none; several where they overlap or lie on routes the list does not choose
    between (ambiguous: the caller warns). A key on the boundary of two ranges of one route
    belongs to the one it opens ('K18+600' to 'K18+600—K41+250'), the other left out."""
    hits = [g for g in ranges if (not g[0] or not route or g[0] == route) and g[1] <= key <= g[2]]
    return [
        g
        for g in hits
        if not (
            g[2] == key
            and g[1] < key
            and any(h is not g and h[0] == g[0] and h[1] == key for h in hits)
        )
    ]


_CODE_VALUE = LazyRe(r"^[A-Za-z]{1,6}[-－_—]?[A-Za-z0-9]*[-－_—]?\d{1,5}$|^\d{6,}$")


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


def _block_names_row(row: list[str], cols: Iterable[int], quiet: Iterable[int]) -> bool:
    """A row naming the holders of the point columns ``cols`` for the block it opens ('股长　某某
    | 科员　某某 | (blank)'): every filled cell of them 'post　name', one at least, and the row's
    序号, level and measures (``quiet``) blank (a point's row says its level)."""
    filled = [v for c in cols if c < len(row) and (v := row[c].strip())]
    if not filled or any(c < len(row) and row[c].strip() for c in quiet):
        return False
    return all(_tick_post(v)[1] for v in filled)


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


# a holder's line naming the numbers of the row's points that are his: '首席代表　师琰翀（1、2）',
# '郜屿(1,3)', '股长 祁澜：2', '…（第1、2条）', '…（1-3）'; his words, then the numbers
_HELD_NUMS = r"(?:第\s*)?\d{1,2}(?:\s*(?:[、,，/／和及]|[-—~～至])\s*\d{1,2})*\s*(?:条|项|点)?"
_HELD_NUMBERS = LazyRe(
    r"^(?P<who>\S.*?)\s*(?:[（(]\s*(?P<a>"
    + _HELD_NUMS
    + r")\s*[)）]|[:：]\s*(?P<b>"
    + _HELD_NUMS
    + r"))\s*[。；;，,]?$"
)
# an item's number opening a line of a numbered point cell, or after the bracket or stop closing
# the item before ('1.…（一级）⏎2.…', '①…（一级）②…', '（1）…；（2）…')
_ITEM_OPENS = LazyRe(
    r"(?m)(?:^|(?<=[）)】\]；;。]))[ \t\u3000]*(?:(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[)）]|([①-⑳]))"
)
# the heading (before its bracket) of a column whose cells name holders: '责任岗位及责任人'
_HOLDER_CELL_HEAD = LazyRe(r"岗位|责任人|人员|姓名|责任主体")


def held_numbers(line: str) -> tuple[str, list[int]] | None:
    """A holder's line and the numbers of the points it names as his ('审批员　广沄璆（2、3）' →
    ('审批员　广沄璆', [2, 3]); '（1-3）' a run), or None where it closes with no numbers."""
    m = _HELD_NUMBERS.match(line.strip())
    if m is None:
        return None
    said = m.group("a") or m.group("b")
    out: list[int] = []
    for run in re.split(r"\s*[、,，/／和及]\s*", re.sub(r"[第条项点\s]", "", said)):
        ends = [int(x) for x in re.split(r"[-—~～至]", run) if x]
        if len(ends) == 2 and ends[0] < ends[1] <= 20:
            out += range(ends[0], ends[1] + 1)
        elif len(ends) == 1:
            out.append(ends[0])
        else:
            return None
    return m.group("who"), out


_ALL_HAN = LazyRe(r"^[\u4e00-\u9fff]+$")


def _post_then_name(text: str) -> list[dict[str, str]]:
    """A holder's line 'post　name' whose post the words do not know ('首席代表　师琰翀'): two
    parts, a name after a short word that is no name nor 科室; [] otherwise."""
    parts = text.split()
    if len(parts) != 2:
        return []
    post, name = parts
    if (
        not 2 <= len(post) <= 10
        or not _ALL_HAN.match(post)
        or looks_like_name(post)
        or _dept_like(post)
        or not looks_like_name(name)
        or is_post(name)
        or name in NOT_A_NAME
    ):
        return []
    return [{"title": post, "person": name}]


def numbered_item_texts(cell: str) -> list[tuple[int, str]]:
    """A numbered point cell's items: (number, its text) in order ('1.…（一级）⏎2.…（二级）')."""
    marks = list(_ITEM_OPENS.finditer(cell))
    if not marks:
        return []
    out = []
    for m, end in zip(marks, [*(x.start() for x in marks[1:]), len(cell)], strict=True):
        n = m.group(1) or m.group(2)
        out.append((int(n) if n else ord(m.group(3)) - ord("①") + 1, cell[m.end() : end]))
    return out


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


def chain_links(cell: str, posts: bool) -> tuple[tuple[str, str, str], ...]:
    """A cell chaining the holders of its row's point by arrows, the handling one to the approving
    one ('利琤湉（检斤员）→爨霂澍（副主任）', '仓管员（邬昶翎）->所长（禚沅芷）', '出纳 笪霂琰＞会计
    璩泷玥', '财务科 会计 茹湛岚→财务科 科长 眭霁川', '茹湛岚（财务科会计）→…'): each link's (科室,
    post, name), '' for a 科室 or a post left unsaid; () unless the cell is two links or more,
    every one a holder (``posts``: every one with his post, but one bare name among two links or
    more with theirs, '茹湛岚（会计）→眭霁川（科长）→阙望舒': a holder whose post is not written).
    Steps of a flow ('受理→审核→办结') are no holders."""
    links = _HOLDER_LINK.split(cell.strip())
    if len(links) < 2:
        return ()
    out = [chain_link(x, False) for x in links]
    if None in out:
        return ()
    got = [x for x in out if x is not None]
    if posts:
        bare = sum(not p for _d, p, _n in got)
        if bare and (bare > 1 or len(got) - bare < 2):
            return ()  # (bare names, '郗澂翾→宓瀛曈': a handover, ``_handed_over``)
    return tuple(got)


def _link_post(dept: str, post: str, name: str) -> tuple[str, str, str]:
    """A link's post with its 科室 written into it ('财务科会计') parted: (科室, post, name)."""
    d, p = split_dept_title(post)
    if d and p and _dept_like(d):
        return d, p, name
    return dept, post, name


def chain_link(link: str, posts: bool) -> tuple[str, str, str] | None:
    """One holder on such a chain: 'name（post）', 'post（name）', 'post name', '科室 post name' or
    (not ``posts``) a bare name → (科室, post, name), a 科室 written into the post ('茹湛岚（财务科
    会计）') parted from it; else None."""
    link = link.strip()
    if (m := _LINK_BRACKET.fullmatch(link)) is not None:
        a, b = m.group(1), m.group(2)
        if _listed_post(b) and _listed_name(a, False):
            return _link_post("", b, a)  # '利琤湉（检斤员）'
        if _listed_post(a) and _listed_name(b, True):
            return _link_post("", a, b)  # '检斤员（利琤湉）'
        return None
    parts = link.split()
    if len(parts) == 2:
        if _listed_post(parts[0]) and _listed_name(parts[1], False):
            return _link_post("", parts[0], parts[1])  # '检斤员 利琤湉'
        return None
    if len(parts) == 3:
        d, p, n = parts  # '财务科 会计 茹湛岚'
        if _dept_like(d) and not _listed_post(d) and _listed_post(p) and _listed_name(n, False):
            return d, p, n
        return None
    if not posts and len(parts) == 1 and looks_like_name(link) and not is_post(link):
        return "", "", link
    return None


# a list's own number before a post in a cell listing posts and holders ('①', '1.', '(2)')
_LISTED_NUMBERING = LazyRe(r"^(?:[①-⑳]|\d{1,2}[.．、]|[(（]\d{1,2}[)）])\s*")


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
    # ('①所长　甘某⏎②副所长　乐某', '1.科长 甲'): the list's numbers are no part of the post
    pairs = [(_LISTED_NUMBERING.sub("", p) or p, n) for p, n in pairs]
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


def _post_without_own_name(title: str, unit: str) -> str:
    """A post written after the full name of its own unit ('贡觉县人民医院副院长' under '挂职单位及
    职务' in the list of 贡觉县人民医院, 'XX县中医医院医务科副科长' under '单位及职务'): the post as a
    list's post cell says it, without the unit ('副院长', '医务科副科长'); else as written (a body of
    its own after the unit's name, '城关镇卫生院院长' in the list of 城关镇, stays whole)."""
    if not title or not unit or title[:2] != unit[:2]:
        return title  # (the cheap test: it begins as the unit's name does)
    t, u = squeeze(title), squeeze(unit)
    rest = t[len(u) :]
    if not t.startswith(u) or len(rest) < 2 or rest.startswith(_BODIES_OF_THEIR_OWN):
        return title
    return rest if is_post(rest) else title


# a column of the date each row's point was found on ('排查时间', '发现时间', '检查日期', '日期')
_ROW_DATE_HEADING = LazyRe(r"^(?:排查|发现|检查|自查|登记|识别|查找|查摆)?(?:时间|日期)$")
# a bare '日期'/'时间' may date anything (a fill-in date on every row): it counts only when its
# dates differ across the rows (``_turn_dates``), a heading naming the finding preferred
_BARE_DATE_HEADS = frozenset({"时间", "日期"})
# a date as typed in such a column ('2025.8.14', '2025-08-14', '2025年8月14日', '2025/8/14',
# a date cell read as '2025-08-14 00:00:00'): its year, month and day (if given)
_ROW_DATE_TEXT = LazyRe(
    r"^(\d{4})\s*[.．/\-年]\s*(\d{1,2})\s*(?:[.．/\-月]\s*(?:(\d{1,2})\s*日?)?)?(?:\s|$)"
)
# a holder's period with its year ('（2025.1—2025.6）', '（2025年7月—12月）', '（2025.7至今）',
# to the day '（2025.1.1—2025.6.30）'); a period of months alone ('（1—6月）') has none and picks
# no date
_TURN_DAY = r"(?:\s*(?:[.．/]|(?<=月))\s*(?P<{}>\d{{1,2}})\s*日?)?"
_TURN_PERIODS = LazyRe(
    r"[(（]\s*(?P<y1>\d{4})\s*[.．/年]\s*(?P<m1>\d{1,2})\s*(?:月份?)?"
    + _TURN_DAY.format("d1")
    + r"\s*(?:[—\-－~～–至到]+\s*(?:(?:(?P<y2>\d{4})\s*[.．/年]\s*)?(?P<m2>\d{1,2})\s*(?:月份?)?"
    + _TURN_DAY.format("d2")
    + r"|(?P<now>今)))?\s*[)）]\s*$"
)

_Day = tuple[int, int, int]


def _row_date(text: str) -> tuple[_Day, _Day] | None:
    """The first and last day of a row's date cell ((year, month, day) twice: '2025.8.14', '2025年
    8月14日', an Excel date read as its serial number '45883'; a month without its day,
    '2025.8', from its 1st to its 31st), else None."""
    m = _ROW_DATE_TEXT.match(text)
    if m:
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        year = int(m.group(1))
        if m.group(3) and 1 <= int(m.group(3)) <= 31:
            day = (year, month, int(m.group(3)))
            return day, day
        return (year, month, 1), (year, month, 31)
    if text.isdecimal() and 20000 <= int(text) <= 80000:  # an Excel date's serial number
        import datetime as dt

        d = dt.date(1899, 12, 30) + dt.timedelta(days=int(text))
        return (d.year, d.month, d.day), (d.year, d.month, d.day)
    return None


def _turn_periods(cell: str) -> dict[str, list[tuple[_Day, _Day]]]:
    """The periods (first and last day) of each holder in turn of ``cell``
    ('訾钰瑀（2025.1—2025.6）⏎郏彧镛（2025.7—2025.12）', '…（2025.1.1—2025.6.30）'), one who
    returns with each of his; {} unless every line's period has its year (a date needs one to
    fall in it). A period by months runs from the 1st of its first to the 31st of its last."""
    out: dict[str, list[tuple[_Day, _Day]]] = {}
    names = [n for _p, n in turn_lines(cell)]
    parts = [x for x in _TURN_PARTS.split(cell.strip()) if x]
    if len(names) < 2 or len(parts) < len(names):
        return {}
    for part in parts:
        m = _TURN_PERIODS.search(part)
        line = _IN_TURN.match(part)
        if not m or not line or line.group(2) not in names:
            return {}
        who = line.group(2)
        start = (int(m.group("y1")), int(m.group("m1")), int(m.group("d1") or 1))
        if m.group("now"):  # '（2025.7至今）'
            end = (9999, 12, 31)
        elif m.group("m2"):
            end = (
                int(m.group("y2") or m.group("y1")),
                int(m.group("m2")),
                int(m.group("d2") or 31),
            )
        else:  # '（2025.6）': that month (or that day)
            end = (start[0], start[1], int(m.group("d1") or 31))
        if end < start:
            return {}
        out.setdefault(who, []).append((start, end))
    return out


def _turn_dates(
    header: dict[int, str], col_role: dict[int, str], rows: list[RawRisk], sheet_rows: list
) -> tuple[int, dict[int, tuple[_Day, _Day] | None]] | None:
    """A list's column of each row's date ('排查时间 | 2025.8.14') beside holders in turn with
    their periods: the column and each row's (year, month) (None: blank or not a date), for
    ``_shared_holders`` to give the row to the holder in post on that date; None without such
    a column, or when no cell holds holders in turn."""
    if not any("\n" in rr.person or "、" in rr.person for rr in rows):
        return None  # (the cheap test: no cell of several holders)
    cols = [
        c for c, h in header.items()
        if col_role.get(c) in (None, "other") and _ROW_DATE_HEADING.match(label_key(h))
    ]  # fmt: skip
    named = [c for c in cols if label_key(header[c]) not in _BARE_DATE_HEADS]
    bare = len(named) == 0  # ('排查时间' beside a bare '日期': the one saying what it dates)
    if named:
        cols = named
    if len(cols) != 1 or not any(holders_in_turn(rr.person) for rr in rows):
        return None
    c = cols[0]
    texts = {rr.row: row[c].strip() if c < len(row := sheet_rows[rr.row]) else "" for rr in rows}
    dates = {x: _row_date(v) for x, v in texts.items()}
    if bare and len({texts[x] for x, d in dates.items() if d}) < 2:
        return None  # (a bare '日期' of one date on every row: the date filled in, no finding's)
    return (c, dates) if any(dates.values()) else None


def _shared_holders(
    rows: list[RawRisk],
    teams: dict[str, RawRisk] | None = None,
    turns: dict[str, RawRisk] | None = None,
    unpaired: list[tuple[RawRisk, int]] | None = None,
    lined: list[RawRisk] | None = None,
    shares: tuple[list[RawRisk], list[RawRisk]] | None = None,
    by_date: tuple[dict[int, tuple[_Day, _Day] | None], list[RawRisk], list[RawRisk]] | None = None,
    listed: tuple[list[RawRisk], list[tuple[RawRisk, int]]] | None = None,
    bracketed: dict[str, RawRisk] | None = None,
    unlisted: dict[str, RawRisk] | None = None,
) -> list[RawRisk]:
    """A point held by several people ('黄立新⏎詹可' under 责任人, their 科室 likewise one per line)
    belongs to each holder's form: one copy of the row per holder, in the holder's own 科室. A
    team's cell ('组长：X⏎组员：Y、Z') is held by its head alone (``_team_head``): such cells as
    written go to ``teams``, each with its first row; a cell of the post's holders in turn
    ('欧霁翾（1—6月）⏎区沨珝（7—12月）', ``holders_in_turn``) to ``turns``, each holder a copy.
    A level cell of bare levels one a line beside them ('一级⏎二级') gives each holder his own
    by order (``_levels_in_order``); one of more or fewer lines than holders goes to
    ``unpaired`` with the number of holders, each holder taking its first line. A point cell of
    as many whole lines as the holders, beside their posts one a line, holds each holder's OWN
    point (``_own_point_lines``): line n is the n-th holder's, with the n-th level (and measures or
    type, where those cells pair alike); such rows go to ``lined``. A column of cells whose lines
    are labelled by their share of the point ('主责：主任　鄂某某⏎协责：项目股　股长　鄂某某',
    ``_lead_share_column``) holds each row by its lead line alone (its 科室, post and name): such
    rows go to ``shares``' first list, those of a cell with no lead line (read as written) to its
    second. Beside a column of each row's date (``_turn_dates``: ``by_date``'s row → (year,
    month)), a row of holders in turn with dated periods ('訾钰瑀（2025.1—2025.6）⏎郏彧镛
    （2025.7—2025.12）' beside '2025.8.14') is the point of the holder in post on that date alone
    (such rows go to ``by_date``'s first list); one whose date no period holds, or with none, stays
    each holder's (to its second list). A level cell listing the holders' levels on one line
    ('一级、二级' beside '站长、会计', ``_levels_listed``) pairs by order likewise, its rows going to
    ``listed``' first list; one listing more or fewer levels than holders is left as written (the
    level unread), its row and number of holders going to ``listed``' second list. Holders each
    followed by a bracketed list joined by the holders' own separators ('钱珝（包巴麦村、江雄村）、
    夏玹（包洛嘎村、嘎确村）', ``holders_outside_brackets``) are split outside the brackets, each
    list dropped (his scope, nobody's name): such cells as written go to ``bracketed``, each with
    its first row. Holders none of whose surnames a list holds ('骨咄澈、骨咄沅', '阿布思琤岚　骨咄澈',
    ``several_unlisted_names``) are split alike where other rows of the table name one holder
    each (the column is one of names): such cells as written go to ``unlisted``, each with its
    first row."""
    from dataclasses import replace

    out: list[RawRisk] = []
    singles: list[str] | None = None  # the table's cells naming one holder, asked once
    by_share = _lead_share_column(rows)
    by_lines: list[bool] = []  # (a table of such rows with no level: once, when first asked)
    plain: dict[str, bool] = {}  # a holder's cell as written → names one holder only
    for rr in rows:
        # (a labelled cell is read by its lead line wherever it stands, the column's other cells
        # plain names or not: '主责：股长　某某⏎配合：技术员　某某' among plain names; a cell of
        # posts only, read as the post column's, '主责：局长⏎配合：股长', gives its lead's post)
        cell = rr.person.strip() or rr.title.strip()
        lead = lead_share_line(cell) if "：" in cell or ":" in cell else None
        if lead is not None and share_labels_tagged(cell, rr.risk_point):
            # ('主办：甲⏎协办：乙' beside '…（协办）': the bracket's, not the lead line's)
            lead = None
        elif cell and (by_share or lead) and _team_head(cell) is None:
            # ('牵头人：X⏎协助人：Y' of names alone is a team's cell: ``_team_head``)
            if not lead:  # ('协责：财务股　出纳　某某' alone, or lines unlabelled: who leads it?)
                if rr.person.strip() and shares is not None and (lead == "" or "\n" in cell):
                    shares[1].append(rr)
            else:
                if shares is not None and rr.person.strip():
                    shares[0].append(rr)
                link = _lead_line_holder(lead)
                if link is not None:  # '项目股　股长　鄂某某', '主任　鄂某某', '鄂某某', '营林股'
                    out.append(
                        replace(
                            rr,
                            department=link[0] or rr.department,
                            title=link[1] or (rr.title if rr.person.strip() else ""),
                            person=link[2],
                        )
                    )
                    continue
                if rr.person.strip():
                    rr = replace(rr, person=lead)  # (several on the lead line: read as any cell)
        if ("\n" in rr.title and not rr.person) or ("\n" in rr.person and not rr.title):
            lines = _post_name_lines(rr.person or rr.title)
            if lines:  # '理事长　郝霁岷⏎会计　毕沅翯': each line a holder, his post and name
                rr = replace(
                    rr,
                    title="\n".join(p for p, _n in lines),
                    person="\n".join(n for _p, n in lines),
                )
        one = plain.get(rr.person)
        if one is None:
            p = rr.person
            one = plain[p] = (_FORMER_CHARS.isdisjoint(p) or not _FORMER_HOLDER.search(p)) and (
                not (held := p.strip().removesuffix("等"))
                or not (HOLDER_SPLIT.search(held) or " " in held or "\u3000" in held)
            )
        if one:
            alone = turn_lines(rr.person) if "（" in rr.person or "(" in rr.person else []
            if len(alone) == 1 and (not alone[0][0] or is_post(alone[0][0])):
                # '祁朗月（2024.1—2024.6）': a name and his period on the post, the name his
                rr = replace(rr, title=alone[0][0] or rr.title, person=alone[0][1])
            out.append(rr)  # (the common case, decided once per cell text)
            continue
        by_term = _holder_by_term(rr.person)
        if by_term:  # '2024—2025学年：禚颀桉⏎2025—2026学年：訾沅彤': who holds it this term
            out.append(replace(rr, person=by_term))
            continue
        in_turn = turn_lines(rr.person) if holders_in_turn(rr.person) else []
        if in_turn and all(not p or is_post(p) for p, _n in in_turn):
            # '欧霁翾（1—6月）⏎区沨珝（7—12月）', '收费员 祁朗月（1—6月）⏎…': the post rotates, each
            # holds its points (one who returns once), under the post written before him
            if by_date is not None and rr.row in by_date[0]:
                # '排查时间 | 2025.8.14' beside '訾钰瑀（2025.1—2025.6）⏎郏彧镛（2025.7—2025.12）':
                # the row's point is the one's in post on that date
                # ('（1—6月）' has no year: no date is in it, read as ever)
                when = by_date[0][rr.row]
                spans = _turn_periods(rr.person)
                held = [
                    n for n, ps in spans.items()
                    if when and any(a <= when[1] and when[0] <= b for a, b in ps)
                ]  # fmt: skip
                if len(held) == 1:
                    by_date[1].append(rr)
                    post = {n: p for p, n in in_turn}
                    out.extend(replace(rr, title=post[n] or rr.title, person=n) for n in held)
                    continue
                if spans:  # (no period holds the date, or two do — periods overlapping:
                    by_date[2].append(rr)  # whose it is, unclear: each holder's, warned)
            if turns is not None:
                turns.setdefault(rr.person.strip(), rr)
            out.extend(replace(rr, title=p or rr.title, person=who) for p, who in in_turn)
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
        if "\n" in held:
            # '滕沛琰⏎宗霁霏⏎13905271468': a line of a phone (or other number) is no holder
            kept = [x for x in held.split("\n") if not _HOLDER_NUMBER_LINE.match(x)]
            if 2 <= len([x for x in kept if x.strip()]) < len(held.split("\n")):
                held = "\n".join(kept).strip()
        if not held or not (HOLDER_SPLIT.search(held) or " " in held or "\u3000" in held):
            out.append(rr)
            continue
        team = _team_head(held) if "：" in held or ":" in held else None
        if team is not None and not share_labels_tagged(held, rr.risk_point):
            # '组长：X⏎组员：Y、Z': X holds the post, Y and Z work under him ('主办人：X⏎协办人：Y'
            # beside '…（协办人）' is no team: the bracket says whose, ``share_labels_tagged``)
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
        # '钱珝（包巴麦村、江雄村）、夏玹（…）': split outside the brackets, each list dropped
        outside = holders_outside_brackets(held)
        parts = outside[0] if outside else [x for x in HOLDER_SPLIT.split(held) if x]
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
        each = (
            _holders_each_bracketed(parts) or _holders_each_bracketed(names)
            if "（" in held or "(" in held
            else []
        )  # (the cell as written first: '亓书瑶（电话：…）' is no label '电话：')
        if each:  # '阚澄宇（办公室）⏎郦沁禾（执法股）': each holder in the 科室 after his name;
            names = [n for n, _d, _p in each]  # '芮一鸣（监督员）、…': in his post; a phone, a
            # date or a remark in his bracket ('（13900000001）', '（临时）') is dropped
        depts = (
            [d or rr.department.strip() for _n, d, _p in each]
            if any(d for _n, d, _p in each)
            else [x for x in HOLDER_SPLIT.split(rr.department.strip()) if x]
        )
        titles = (
            [p or rr.title.strip() for _n, _d, p in each]
            if any(p for _n, _d, p in each)
            else [x for x in HOLDER_SPLIT.split(rr.title.strip()) if x]
        )
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
            if unlisted is None or not several_unlisted_names(names):
                out.append(rr)
                continue
            if singles is None:
                singles = [
                    p for x in rows
                    if 2 <= len(p := x.person.strip()) <= 5 and HAN_NAME.match(p)
                ]  # fmt: skip
            if not any(looks_like_name(p) or p[:2] in {n[:2] for n in names} for p in singles):
                out.append(rr)  # (no row names one holder: the column may be of other words)
                continue
            unlisted.setdefault(rr.person.strip(), rr)  # '骨咄澈、骨咄沅': each one's
        if outside and bracketed is not None:
            bracketed.setdefault(rr.person.strip(), rr)
        if len(titles) != len(names):
            titles = rr.title.split()
        if len(titles) != len(names) and all(p and tier_of_post(p) for p in posts):
            titles = posts  # (not 'A岗:', 'B岗:', which say who stands in for whom)
        # '副主任：二级⏎采购员：一级' in the level cell: each post's own level
        by_post = _levels_by_post(rr.risk_level) if "\n" in rr.risk_level else {}
        # '一级⏎二级' beside '理事长　郝霁岷⏎会计　毕沅翯' (a note may say so): by order
        in_order = _levels_in_order(rr.risk_level) if "\n" in rr.risk_level and not by_post else []
        own = (
            _own_point_lines(rr, len(names), in_order, rows, by_lines)
            if "\n" in rr.risk_point and len(titles) == len(names) and not by_post
            else None
        )
        if own is not None:
            # '对不符合规划的项目打招呼⏎入园材料初审把关不严' beside '主任⏎项目专员' and '高⏎中':
            # two holders' own points, paired by line, not one point of both
            if lined is not None:
                lined.append(rr)
            points, measures, types = own
            for i, name in enumerate(names):
                out.append(
                    replace(
                        rr,
                        person=name,
                        department=depts[i] if len(depts) == len(names) else rr.department,
                        title=titles[i],
                        risk_level=in_order[i] if in_order else rr.risk_level,
                        risk_point=points[i],
                        measures=measures[i],
                        risk_type=types[i],
                    )
                )
            continue
        if in_order and len(in_order) != len(names):
            if unpaired is not None:
                unpaired.append((rr, len(names)))
            in_order = [in_order[0]] * len(names)  # (which is whose, the cell does not say)
        types: list[str] = []
        if not in_order and not by_post and (in_line := _levels_listed(rr.risk_level)):
            # '一级、二级' beside '站长、会计' and two names: the k-th level the k-th holder's, and
            # a type cell listing as many types by the same separator likewise; of more or fewer
            # levels than holders, whose is whose the cell does not say: left as written
            if len(in_line) == len(names):
                in_order = in_line
                types = _types_listed(rr.risk_type, rr.risk_level, len(names))
                if listed is not None:
                    listed[0].append(rr)
            elif listed is not None:
                listed[1].append((rr, len(names)))
        for i, name in enumerate(names):
            dept = depts[i] if len(depts) == len(names) else rr.department
            title = titles[i] if len(titles) == len(names) else rr.title
            level = in_order[i] if in_order else by_post.get(squeeze(title), rr.risk_level)
            out.append(
                replace(
                    rr,
                    person=name,
                    department=dept,
                    title=title,
                    risk_level=level,
                    risk_type=types[i] if types else rr.risk_type,
                )
            )
    return out


def _types_listed(cell: str, levels: str, held: int) -> list[str]:
    """A type cell beside a level cell listing one level a holder (``_levels_listed``) that lists
    ``held`` types by the level cell's own separator ('廉洁风险、履职风险' beside '一级、二级'): one
    type a holder, in order; [] for any other (its types the point's, every holder's)."""
    sep = _LEVEL_LIST_SEP.search(levels.strip())
    text = cell.strip()
    if sep is None or not text or "\n" in text:
        return []
    mark = sep.group().strip()
    seps = {_LEVEL_LIST_FAMILY.get(x.strip(), x.strip()) for x in _LEVEL_LIST_SEP.findall(text)}
    if seps != {_LEVEL_LIST_FAMILY.get(mark, mark)}:
        return []
    parts = [x.strip() for x in _LEVEL_LIST_SEP.split(text)]
    if len(parts) != held or not all(parts):
        return []
    return parts


# a point's line that goes on in the next ('…打招呼、', '…不严，'), or goes on from the last
_POINT_LINE_RUNS_ON = "，,、；;：:（(—－-和及与或并"
_POINT_LINE_RUNS_FROM = "，,。.、；;：:）)"
_POINT_LINE_CLOSED = "；;。"  # (a point's line closed: '违规审批资金；⏎泄露招标信息。')


def _own_point_lines(
    rr: RawRisk, held: int, in_order: list[str], rows: list[RawRisk], by_lines: list[bool]
) -> tuple[list[str], list[str], list[str]] | None:
    """The point cell of a row of ``held`` holders (their posts one a line too) read as each
    holder's own point, paired by line ('对不符合规划的项目打招呼⏎入园材料初审把关不严' beside
    '主任⏎项目专员'): (points, measures, types), a line each, or None. Only where the point cell has
    as many lines as the holders, each a whole point (no number, none running on into the next:
    '罚没款不及时上缴，⏎拖欠入账' is one point wrapped), and the level cell gives as many bare
    levels one a line ('高⏎中'); with no level written, only where every row of the table with
    holders and points one a line has as many of each, two such rows at least. The measures and
    type cells pair so where they have as many lines; else each line keeps them whole."""
    points = _whole_lines(rr.risk_point, held, marked=True)
    if not points:
        return None
    if rr.risk_level.strip():
        if len(in_order) != held:
            return None  # ('一级' beside two holders: one shared point, its text of two lines)
    else:
        if not by_lines:
            by_lines.append(_table_by_lines(rows))
        if not by_lines[0]:
            return None
    measures = _whole_lines(rr.measures, held) or [rr.measures] * held
    types = [x.strip() for x in rr.risk_type.split("\n") if x.strip()]
    if len(types) != held:
        types = [rr.risk_type] * held
    return points, measures, types


def _points_held_by_line(rr: RawRisk, held: int) -> bool:
    """Whether a row's numbered point lines pair with its holders one a line ('1.违规审批资金⏎
    2.泄露招标信息' beside '局长⏎副局长' and '张建国⏎李明华', or '局长　张建国⏎副局长　李明华'):
    as many holders as points, each with his post, and the point lines whole
    (``_own_point_lines`` pairs them, a holder his line's point)."""
    names = [x.strip() for x in rr.person.split("\n") if x.strip()]
    titles = [x.strip() for x in rr.title.split("\n") if x.strip()]
    if not names and len(titles) == held:
        pairs = _post_name_lines(rr.title)
        names, titles = [n for _p, n in pairs], [p for p, _n in pairs]
    elif not titles and len(names) == held:
        pairs = _post_name_lines(rr.person)
        names, titles = [n for _p, n in pairs], [p for p, _n in pairs]
    return (
        held >= 2
        and len(names) == len(titles) == held
        and len(set(names)) == held
        and all(looks_like_name(n) for n in names)
        and bool(_whole_lines(rr.risk_point, held, marked=True))
    )


def _whole_lines(cell: str, held: int, marked: bool = False) -> list[str]:
    """A cell's lines if exactly ``held`` (two or more), all different, none numbered, each of five
    characters or more and none running on into the next; else []. ``marked`` (a point cell's):
    lines all numbered ('1.违规审批资金⏎2.泄露招标信息') or each closed by '；'/'。' are whole too,
    their numbers and closing marks off ('…资金，⏎…' still runs on: one point wrapped)."""
    lines = [x.strip() for x in cell.split("\n") if x.strip()]
    if held < 2 or len(lines) != held or len(set(lines)) != held:
        return []
    if marked:
        numbered = [NUMBERING.match(x) for x in lines]
        if all(numbered):
            lines = [x[m.end() :].strip() for x, m in zip(lines, numbered, strict=True) if m]
        lines = [x.rstrip(_POINT_LINE_CLOSED).strip() or x for x in lines]
        if len(set(lines)) != held or not all(lines):
            return []
    for x in lines:
        if (
            len(squeeze(x)) < 5
            or x[-1] in _POINT_LINE_RUNS_ON
            or x[0] in _POINT_LINE_RUNS_FROM
            or NUMBERING.match(x)
        ):
            return []
    return lines


def _table_by_lines(rows: list[RawRisk]) -> bool:
    """Whether a table with no level written pairs its holders' lines with its points' lines:
    every row whose holder and point cells both hold lines has as many of each, two rows at least
    (a single row of two holders and two lines may be one shared point wrapped)."""
    paired = 0
    for rr in rows:
        cell = rr.person if "\n" in rr.person else rr.title  # ('主任　甲⏎会计　乙' under 岗位)
        if "\n" not in cell or "\n" not in rr.risk_point:
            continue
        held = len([x for x in cell.split("\n") if x.strip()])
        if len([x for x in rr.risk_point.split("\n") if x.strip()]) != held:
            return False
        paired += 1
    return paired >= 2


# one holder of several in a cell, a bracket after him or not ('芮一鸣（监督员）', '亓书瑶',
# '芮一鸣（13900000001）', '亓书瑶（电话：0415-1234567）'): the name, what his bracket holds
_HOLDER_AND_BRACKET = re.compile(
    r"^\s*([\u4e00-\u9fff·]{2,4})\s*(?:[(（]\s*([^()（）\n]{1,24}?)\s*[)）])?\s*$"
)
# a bracket naming the body rather than its 科室 ('县住建局', '县委', '镇政府'): no one's 科室
_HOLDER_BRACKET_BODY = re.compile(r"(?:局|委|委员会|政府|厅)$")


def _holder_bracket_role(b: str) -> str:
    """What a bracket after one holder's name holds: 'post' ('监督员', '办公室主任'), 'dept'
    ('办公室', '质量监督站'), else '' (a phone, a date, a remark '临时', 'A角', '分管', a body)."""
    if not b or _HOLDER_BRACKET_BODY.search(b):
        return ""
    if is_post(b) and not _dept_like(b):
        return "post"
    if _dept_like(b) and not is_post(b):
        return "dept"
    return ""


def _bracket_dept_and_post(b: str) -> tuple[str, str] | None:
    """A bracket after one holder's name giving his 科室 and his post by a separator ('财务股，出纳',
    '办公室/主任', '党政办、干事'): (科室, post), else None (a list of his villages, his duties)."""
    parts = [x for x in re.split(r"[、，,；;/／\s]+", b.strip()) if x]
    if len(parts) != 2:
        return None
    if _holder_bracket_role(parts[0]) == "dept" and _holder_bracket_role(parts[1]) == "post":
        return parts[0], parts[1]
    return None


def holders_outside_brackets(held: str) -> tuple[list[str], list[str]] | None:
    """A holders' cell whose names are each followed by a bracketed list joined by the same
    separators as the holders ('钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）', '甲（分管办公室，财务股）/乙',
    ``lists_in_brackets``): the cell split on separators OUTSIDE brackets only, each part with a
    bracket holding a list dropping that bracket (a note of his scope: 包…村, 分管…, 负责…片区, 联系…,
    nobody's name) → (the parts so kept, the notes dropped). None unless every part opens on a
    name, no post ('张三、李四（共同负责）', a cell of no list in a bracket, is read as before)."""
    got = lists_in_brackets(held)
    if got is None or not all(marked_name(n) and not is_post(n) for n, _b in got):
        return None
    kept, notes = [], []
    for name, note in got:
        if is_list_note(note) and not _bracket_dept_and_post(note):
            kept.append(name)  # '钱珝（包巴麦村、江雄村）': his scope, no holder's
            notes.append(note)
        else:
            kept.append(f"{name}（{note}）" if note else name)  # ('夏玹（兼）': read as ever)
    return kept, notes


def _holders_each_bracketed(parts: list[str]) -> list[tuple[str, str, str]]:
    """Holders listed in one cell, a bracket after any of them ('阚澄宇（办公室）',
    '芮一鸣（监督员）、亓书瑶', '芮一鸣（13900000001）、…'): [(name, 科室, post), …], each
    bracket his 科室 or post where it is one, else dropped (a phone, a date, a remark, a body);
    one bracket closing the list ('芮一鸣、亓书瑶（质量监督站）') is each one's when a 科室 or a
    post, else dropped too. [] unless two or more, every one a name so written, one bracket at
    least."""
    if len(parts) < 2:
        return []
    found = [_HOLDER_AND_BRACKET.match(x) for x in parts]
    if not all(found) or not any(m.group(2) for m in found if m):
        return []
    names = [m.group(1) for m in found if m]
    if not all(marked_name(n) and not is_post(n) for n in names):
        return []
    brackets = [m.group(2) or "" for m in found if m]
    last = brackets[-1]
    if last and not any(brackets[:-1]) and _holder_bracket_role(last):
        brackets = [last] * len(names)  # one bracket closing the list: each one's
    out = []
    for n, b in zip(names, brackets, strict=True):
        both = _bracket_dept_and_post(b)  # ('张三（财务股，出纳）': his 科室, then his post)
        if both:
            out.append((n, *both))
            continue
        role = _holder_bracket_role(b)
        out.append((n, b if role == "dept" else "", b if role == "post" else ""))
    return out


def _lead_line_holder(lead: str) -> tuple[str, str, str] | None:
    """(科室, post, name) of a labelled cell's lead line ('项目股　股长　鄂某某', '主任　鄂某某',
    '鄂某某'); a 科室 alone ('营林股', '营林股　某某' with a name) is the 科室, never a name; a post
    alone ('局长') the post. None where it is none of these (several names: read as any cell)."""
    link = chain_link(lead, False)
    if link is not None:
        dept, post, name = link
        if name and _dept_like(name) and not looks_like_name(name):
            return (dept or name, post, "")
        return link
    parts = lead.replace("\u3000", " ").split()
    whole = "".join(parts)
    if _dept_like(whole) and not looks_like_name(whole):
        return (whole, "", "")
    if is_post(whole) and not looks_like_name(whole) and not _dept_like(whole):
        return ("", whole, "")
    if len(parts) == 2 and _dept_like(parts[0]) and marked_name(parts[1]) and not is_post(parts[1]):
        return (parts[0], "", parts[1])
    return None


def _lead_share_column(rows: list[RawRisk]) -> bool:
    """The holders' column of a list reads its cells by their lead lines: half its cells at least
    (two at least, or every one) are lines labelled by their share of the row's point ('主责：…⏎
    协责：…', ``lead_share_line``), one at least with a lead line; a team's cell ('牵头人：X⏎协助人：
    Y', ``_team_head``) is none."""
    cells = {rr.person.strip() for rr in rows if rr.person.strip()}
    if not cells or not any("：" in x or ":" in x for x in cells):
        return False  # (the cheap test: a label's colon)
    read = [lead_share_line(x) for x in cells]
    read = [x for x, cell in zip(read, cells, strict=True) if x is None or _team_head(cell) is None]
    labelled = sum(x is not None for x in read)
    return any(read) and (labelled == len(cells) or 2 <= labelled and 2 * labelled >= len(cells))


def _post_name_lines(cell: str) -> tuple[tuple[str, str], ...]:
    """A holder's cell listing a shared point's holders one a line, each his post and name
    ('理事长　郝霁岷⏎会计　毕沅翯', '站长（宓澄）⏎…'): ((post, name), …); () unless two lines or
    more, every one a post and a name, one post at least known by its words ('理事　郝珝潆' beside
    it is one too; '郗某⏎财务科', '郗某⏎13905271468' are one holder and his 科室 or phone)."""
    lines = [x for x in cell.split("\n") if x.strip()]
    if len(lines) < 2:
        return ()
    out, known = [], False
    for x in lines:
        post, name = _post_holder(x)
        if not name:
            post, name = _post_of_line(x) or (post, name)
        if not HAN_NAME.match(name) or is_post(name) or name in NOT_A_NAME or _dept_like(post):
            return ()  # (not '祁朗月（1—6月）', a holder in turn: ``turn_lines``)
        if is_post(post):
            known = True
        elif not _post_then_name(f"{post} {name}"):
            return ()
        out.append((post, name))
    return tuple(out) if known else ()


def _post_of_line(x: str) -> tuple[str, str] | None:
    """One line of ``_post_name_lines`` written other than '主任　滕沛琰': '滕沛琰（主任）' (the name,
    his post in brackets) or '主任滕沛琰' (the post typed straight onto the name): (post, name)."""
    got = holder_and_post(x) if x.rstrip()[-1:] in ")）" else None
    if got and is_post(got[1]):
        return got[1], got[0]
    return _post_run_name(x.strip())


def _levels_in_order(cell: str) -> list[str]:
    """A level cell of a shared point naming no post, one bare level a line ('一级⏎二级',
    '高⏎中'): its lines, the holders' levels in the order the holders are written; [] for any
    other cell ('二级⏎（较高）' is one level and its gloss). Every line numbered ('1.高⏎2.中') or
    every line glossed ('Ⅰ级（高）⏎Ⅱ级（中）'): the levels without their numbers or glosses."""
    lines = [x.strip() for x in cell.split("\n") if x.strip()]
    for mark in (_LEVEL_ITEM_MARK, _LEVEL_GLOSS_TAIL):
        if len(lines) >= 2 and all(mark.search(x) for x in lines):
            lines = [mark.sub("", x).strip() for x in lines]
    if len(lines) < 2 or not all(len(x) <= 4 and _level_word(x) for x in lines):
        return []
    return lines


def _levels_listed(cell: str) -> list[str]:
    """A level cell of a shared point listing its holders' levels on ONE line by one separator
    ('一级、二级', '高/中/高', 'Ⅱ级，Ⅰ级', '二级；三级', '一级 二级'): its items, read as
    ``_levels_in_order`` reads lines (bare levels, or all numbered or all glossed); [] for any
    other cell (one level, '一级、二级/三级' of two separators, '较高、需重点关注', lines)."""
    text = cell.strip()
    if not text or "\n" in text:
        return []
    seps = {_LEVEL_LIST_FAMILY.get(x.strip(), x.strip()) for x in _LEVEL_LIST_SEP.findall(text)}
    if len(seps) > 1:
        return []
    if seps:
        parts = _LEVEL_LIST_SEP.split(text)
    else:
        parts = text.replace("\u3000", " ").split()
    if len(parts) < 2 or not all(x.strip() for x in parts):
        return []
    if any(_LEVEL_BARE_SUFFIX.fullmatch(x.strip()) for x in parts):
        return []  # '二级 风险', '一级 风险等级': one level written apart from its suffix
    if len({_level_form(x) for x in parts}) > 1:
        return []  # 'Ⅱ级 中', '一级，较高': one level and its gloss side by side, no list
    return _levels_in_order("\n".join(parts))


# a level's suffix standing alone ('风险', '等级'): no level of its own
_LEVEL_BARE_SUFFIX = re.compile(r"风险|(?:风险)?(?:等级|级别|级)")


def _level_form(word: str) -> str:
    """Which way a level is written ('★★' stars, 'Ⅱ级' a Roman numeral, '二级' a Chinese one, '高'
    a word): the items of one list of levels are written one way."""
    w = word.strip()
    if set(w) <= set("★☆▲△"):
        return "star"
    if w[:1] in "ⅠⅡⅢⅣIVX123456789":
        return "roman"
    if w[:1] in "一二三四五六七八九十":
        return "numeral"
    return "word"


# the separators of a one-line list of levels, each family as one ('，' and ',' alike)
_LEVEL_LIST_SEP = re.compile(r"[\s\u3000]*[、，,；;/／|｜][\s\u3000]*")
_LEVEL_LIST_FAMILY = {
    **dict.fromkeys("，,", "，"), **dict.fromkeys("；;", "；"), **dict.fromkeys("/／", "/"),
    **dict.fromkeys("|｜", "|"),
}  # fmt: skip


# a level line's item number ('1.高'), its gloss in brackets ('Ⅰ级（高）'); a holder's line of a
# phone or other number only ('13905271468')
_LEVEL_ITEM_MARK = re.compile(r"^\s*\d{1,2}\s*[.．、,，)）]\s*")
_LEVEL_GLOSS_TAIL = re.compile(r"\s*[(（][^()（）]{1,8}[)）]\s*$")
_HOLDER_NUMBER_LINE = re.compile(r"^[\s\u3000]*[(（]?[\d\-－—+ ]{5,}[)）]?[\s\u3000]*$")


_POST_LEVEL_LINE = LazyRe(r"^\s*([^\s:：]{1,12})\s*[:：]\s*(\S{1,8})\s*$")


def _levels_by_post(cell: str) -> dict[str, str]:
    """A level cell giving each post of a shared point its own level, one a line ('副主任：二级⏎
    采购员：一级' → {'副主任': '二级', '采购员': '一级'}); {} unless every line is a post and a level."""
    lines = [x for x in cell.split("\n") if x.strip()]
    got = [_POST_LEVEL_LINE.match(x) for x in lines]
    if len(got) < 2 or not all(m and is_post(m.group(1)) for m in got):
        return {}
    return {squeeze(m.group(1)): m.group(2) for m in got if m}


_CONTINUED = LazyRe(r"续表|[(（]\s*续\s*[)）]|续页|接上页|^\s*第\s*[2-9二三四五六七八九]\s*页\s*$")


_NOT_TICKED = {"×", "✗", "✘", "x", "X", "否", "无", "不", "N", "n", "0", "-", "—", "/", "／"}


def _level_head(text: str) -> bool:
    """A heading naming the points' level ('风险等级（按季度动态评估）')."""
    key = _key(text)
    h = heading_role(key) if key and key != "\x00" else None
    return h is not None and h.role == "risk_level"


# a note saying a post's points are shared by all its people ('…为本岗位全体人员共同防控的风险点')
_SHARED_BY_ALL = LazyRe(
    r"(?:风险点|风险)[^。；;]{0,16}共同(?:防控|承担)|共同(?:防控|承担)的?(?:风险点|风险)"
)
# '同内科科主任（第1—3项）', '同上（第4、5项）': a row standing for rows named by number
_CROSS_REF = LazyRe(
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


# '同序号2', '同第3项', '同4号', '同序号2（科长）': a holder's cell standing for the one written
# on the row of that 序号 (a list sorted by level or by step, each holder in full on his first
# row only); '同序号2、3', '同第2、3项', '同序号2-4': the holders of each of those rows; '同上' is none
_HOLDER_BACK = LazyRe(
    r"^\s*同\s*(?:序号\s*第?|第)?\s*"
    r"((?:\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"(?:\s*(?:[、，,和及与]|[-—–~～至到])\s*第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}))*)"
    r"\s*(?:项|条|号|行)?\s*(?:[（(][^（）()]{0,20}[)）])?\s*$"
)
_HOLDER_BACK_SPAN = LazyRe(r"[-—–~～至到]")  # '2-4': rows 2 to 4


def _holder_back(text: str) -> tuple[int, ...] | None:
    """The 序号s a holder's cell refers back to ('同序号2', '同第3项', '同4号' → (2,), (3,), (4,);
    '同序号2、3', '同第2、3项' → (2, 3); '同序号2-4' → (2, 3, 4)); None for any other cell.
    ('同2' alone is a number only after 序号 or 第, or before 项/条/号/行.)"""
    if "同" not in text[:3]:
        return None  # (the cheap test: most cells are a name, a post or a 科室)
    m = _HOLDER_BACK.match(text)
    if m is None:
        return None
    said = squeeze(text)
    if not re.match(r"同(?:序号|第)", said) and not re.match(
        r"同[\d一二三四五六七八九十、，,和及与\-—–~～至到]+(?:项|条|号|行)", said
    ):
        return None
    parts = re.split(r"\s*([、，,和及与]|[-—–~～至到])\s*第?\s*", m.group(1))
    nums = [_row_seq(x) for x in parts[::2]]
    if any(n is None for n in nums):
        return None
    out: list[int] = [nums[0]]
    for sep, n in zip(parts[1::2], nums[1:], strict=True):
        if _HOLDER_BACK_SPAN.match(sep):
            if not out[-1] < n <= out[-1] + 30:
                return None  # ('同序号5-2', '同序号1-300': no run of rows)
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
    return tuple(dict.fromkeys(out))


def _row_seq(said: str) -> int | None:
    """A 序号 cell's number ('3', '3.', '3、', '（3）', '三', '十二'); None where it holds none."""
    said = said.strip().strip("（()）").rstrip(".、．。 ").translate(_FULLWIDTH_DIGITS)
    if said.isdecimal():
        return int(said)
    n = _chinese_count(said) if said and len(said) <= 3 else 0
    return n or None


# '风险点、风险等级及防控措施同审计员敖璘骅', '同张三', '与副局长某某相同', '参照出纳岗位': a row taking
# over a colleague's whole block, named by his name, his post and name, or his post alone
_TAKES_OVER = LazyRe(
    r"^((?:廉政)?(?:风险点|风险等级|风险|等级|级别|防控措施|措施)"
    r"(?:[、及和与,，/]*(?:廉政)?(?:风险点|风险等级|风险|等级|级别|防控措施|措施))*)?\s*(?:均|全部|都|也)?\s*"
    r"(?:(?:同|参照|参见|比照)\s*([^\s，,。；;、：:（）()\d]{2,16}?)\s*(?:同志)?(?:岗位|岗|的)?\s*"
    r"(?:相同|一致|执行|填写)?|与\s*([^\s，,。；;、：:（）()\d]{2,16}?)\s*(?:同志)?(?:岗位|岗|的)?\s*(?:相同|一致))"
    r"\s*[。.；;]?\s*$"
)


def _takes_over(text: str) -> tuple[str, bool] | None:
    """Who a point cell says the row's points are the same as ('同审计员敖璘骅' → '审计员敖璘骅'),
    and whether it says so of the points in words ('风险点、风险等级及防控措施同…'); None for a
    point of its own ('与服务对象相同利益关系人员未回避', '合同…', '同上')."""
    if len(text) > 48 or ("同" not in text and "参" not in text and "比照" not in text):
        return None
    m = _TAKES_OVER.match(text)
    if m is None:
        return None
    return squeeze(m.group(2) or m.group(3)), bool(m.group(1))


_HOLDER_ROLES = frozenset({"person", "title", "department", "unit"})


def _post_stem(text: str) -> str:
    """A post without the word 岗位 or 岗 after it ('出纳岗位' → '出纳')."""
    return text.removesuffix("岗位").removesuffix("岗") or text


def _names_holder(named: str, department: str, title: str, person: str) -> bool:
    """``named`` ('审计员敖璘骅', '敖璘骅', '出纳') names the holder of ``department``, ``title``
    and ``person``: his name, after his post or 科室 or nothing, or his post alone."""
    if person and named.endswith(person):
        pre = named[: -len(person)]
        return not pre or (pre in department + title or bool(title) and title in pre)
    stem = _post_stem(named)
    return bool(title) and stem in (_post_stem(title), _post_stem(department + title))


def _names_someone(named: str) -> bool:
    """``named`` reads as a person or a post ('敖璘骅', '副局长', '审计员敖璘骅'), not the words of
    a point ('级监督缺位')."""
    if looks_like_name(named) or is_post(named):
        return True
    return any(is_post(named[:i]) and looks_like_name(named[i:]) for i in range(2, len(named) - 1))


# a note by a list adding holders who stand in no row ('河道巡查员蒯澭岨、邴滘璩的廉政风险点、风险等级及
# 防控措施与邴沜甃相同，不再重复填写', '会计甲、乙同出纳丙', '丁参照副站长戊执行', '己与庚岗位相同'): those
# named (group 'who') hold the points of the listed colleague named after the verb ('a' or 'b')
_SHARER_NOTE = LazyRe(
    r"^(?:另有|另外|此外|还有|另)?\s*(?P<who>[^，,。；;：:（）()\s]{2,60}?)\s*(?:同志|等[\d一二两三四五六七八九十]+[人名位])?"
    r"\s*(?:的|之)?\s*"
    r"(?:(?:廉政)?(?:风险点|风险等级|风险|等级|级别|防控措施|措施)"
    r"(?:[、及和与,，/]*(?:廉政)?(?:风险点|风险等级|风险|等级|级别|防控措施|措施))*)?\s*(?:均|全部|都|也)?\s*"
    r"(?:(?:与|和)\s*(?P<a>[^\s，,。；;：:（）()\d]{2,33}?)\s*(?:同志)?(?:岗位|岗)?的?\s*(?:相同|一致)"
    r"|(?:同(?![时期样步事级类意等])|参照|参见|比照)\s*(?P<b>[^\s，,。；;、：:（）()\d]{2,16}?)\s*(?:同志)?(?:岗位|岗)?的?\s*"
    r"(?:相同|一致|执行|填写)?)"
    r"\s*(?:[，,]\s*(?:不再|不另|均不|略|省略|此处|表中|故|因此|下同)[^。；;]*)?[。.；;]?\s*$"
)
# a note's sentence opening: '注：', '说明：', '2.', '（2）', '二、'
_SHARER_NOTE_LEAD = LazyRe(
    r"^\s*(?:(?:注|说明|备注|附注)\s*[:：]?\s*)?(?:[（(]?\d{1,2}[)）.、．]|[一二三四五六七八九十][、.．])?\s*"
)
_SHARER_SPLIT = LazyRe(r"[、和及,，]")
# a note's sentences: at ；/。/a line break, and before a numbered item ('1.…2.…', '（2）…')
_SHARER_SENTENCES = LazyRe(r"[。；;\n]|(?<=[^\d\s（(])\s*(?=[（(]?\d{1,2}[)）.、．](?!\d))")


def _sharer_note(text: str) -> list[tuple[list[tuple[str, str, str]], str]]:
    """Each sentence of a note adding holders, in order: the holders it adds ((科室, post, name)
    each, as it says them; a bare name after a post-and-name taking that post: '河道巡查员甲、乙')
    and the colleague whose points they share ('与邴沜甃相同' → '邴沜甃'; several colleagues kept
    joined by 、: '邴沜甃、訾晗煦'). A sentence is split off at ；/。/a numbered item ('1.…；2.…');
    a clause after the sharing one is passed over ('…参照丙执行，风险等级与上年度相同'). The 同 form
    needs the colleague to be the whole rest of the clause, a name or post ('甲同出纳丙'), never
    '甲同时兼任…', '甲同丙一起…', '甲同丙互相监督'. Empty for any other note ('风险等级与上年相同',
    '同上')."""
    if "同" not in text and "参照" not in text and "比照" not in text and "一致" not in text:
        return []  # (the cheap test)
    out: list[tuple[list[tuple[str, str, str]], str]] = []
    for part in _SHARER_SENTENCES.split(text):
        part = _SHARER_NOTE_LEAD.sub("", part or "", count=1)
        commas = [i for i, ch in enumerate(part) if ch in "，,"]
        tries = [part, *(part[i + 1 :] for i in commas)][:4] + [part[:i] for i in commas[:1]]
        for said in tries:
            m = _SHARER_NOTE.match(said) if 6 <= len(said) <= 120 else None
            if m is None:
                continue
            if m.group("b") and not _sharer_colleague(squeeze(m.group("b"))):
                continue  # ('卞思远同场长隗劭祺一起分管…': 同 as "with")
            people = _sharer_people(m.group("who"))
            if people:
                out.append((people, squeeze(m.group("a") or m.group("b"))))
                break
    return out


# words after 同's colleague saying 同 means "with": '同丙一起分管', '同丙互相监督', '同丙不得由一人兼任'
_SHARER_WITH = LazyRe(r"一起|一同|互相|相互|共同|不得|兼任|兼管|分管|协助|配合|监督")


def _sharer_colleague(named: str) -> bool:
    """``named``, all the 同 form says after its verb, is one colleague: his name, post and name
    ('出纳訾晗煦'), or a short post ('出纳'); not a clause ('出纳訾晗煦互相监督')."""
    if _SHARER_WITH.search(named):
        return False
    one = _sharer_people(named)
    return len(one) == 1 or (not one and is_post(named) and len(named) <= 6)


def _sharer_people(who: str) -> list[tuple[str, str, str]]:
    """'河道巡查员蒯澭岨、邴滘璩' → [('', '河道巡查员', '蒯澭岨'), ('', '河道巡查员', '邴滘璩')]; empty
    where any item is no name ('风险等级', '各股室')."""
    out: list[tuple[str, str, str]] = []
    dept = title = ""
    for item in (x.strip() for x in _SHARER_SPLIT.split(who)):
        if looks_like_name(item) and not is_post(item) and not _dept_like(item):
            out.append((dept, title, item))
            continue
        for n in (4, 3, 2) if item[-4:-2] in COMPOUND_SURNAMES else (3, 2):
            name, pre = item[-n:], item[:-n]
            if len(pre) >= 2 and looks_like_name(name) and (is_post(pre) or _dept_like(pre)):
                dept, title = split_dept_title(pre) if is_post(pre) else (pre, "")
                out.append((dept, title, name))
                break
        else:
            return []
    return out


# '…验收签字走过场（与组长殳珝澂共担）', '（与会计甲、出纳乙共担）', '（与办公室主任共同负责）',
# '（会同纪检员某某）', '（财务股股长协同）': a point written once under one holder, closed by a
# bracket naming the colleagues who hold it too; no bracket about the risk itself ('（与供应商串通）')
_SHARED_CLOSE = LazyRe(
    r"\s*[（(]\s*(?:(?:与|同|和)\s*(?P<a>[^（）()]{2,40}?)\s*(?:同志)?\s*"
    r"(?:共同承担|共担|共同负责|共负|共管|共同管理)(?:责任)?"
    r"|会同\s*(?P<b>[^（）()]{2,40}?)\s*(?:同志)?\s*(?:共同)?(?:负责|承担|办理)?"
    r"|(?P<c>[^（）()与]{2,40}?)\s*(?:同志)?\s*协同(?:负责|承担|办理)?)"
    r"\s*[）)]\s*[。.；;]?\s*$"
)
# a sharing bracket's party that is no one in particular: '其他队员', '班子成员', '全体干部', '相关科室'
_SHARER_GROUP = LazyRe(r"^(?:其他|其它|其余|全体|所有|相关|有关|各)|班子成员|领导班子")
_SHARED_NAMES = LazyRe(r"\s*(?:[、，,/／;；]|及)\s*")


def _shared_close(text: str) -> tuple[str, list[str]] | None:
    """A point closed by a bracket naming those who share it ('…走过场（与组长殳珝澂共担）' →
    ('…走过场', ['组长殳珝澂'])): the point without the bracket and each name or post in it; None
    where the point closes with no such bracket (the cheap test first: a closing bracket and one
    of the words)."""
    s = text.rstrip().rstrip("。.；;").rstrip()
    if not s.endswith(("）", ")")) or not ("共" in s or "会同" in s or "协同" in s):
        return None
    m = _SHARED_CLOSE.search(s)
    if m is None or m.start() == 0:
        return None
    said = m.group("a") or m.group("b") or m.group("c")
    names = [squeeze(x).removesuffix("同志") for x in _SHARED_NAMES.split(said)]
    if not all(names):
        return None
    return s[: m.start()].rstrip(), names


def _names_sharer(named: str, department: str, title: str, person: str) -> bool:
    """``named`` in a sharing bracket ('会计郗若岚', '郗若岚', '办公室主任') names the holder of
    ``department``, ``title`` and ``person`` (``_names_holder``), or his post and name read as one
    post cell before the list splits them ('会计 郗若岚')."""
    if _names_holder(named, department, title, person):
        return True
    flat = squeeze(title)
    if person or not flat or flat == title:
        return False
    return named in (flat, squeeze(department) + flat) or (
        flat.endswith(named) and looks_like_name(named) and is_post(flat[: -len(named)])
    )


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
_LIKELIHOOD_WORDS = ("可能性", "概率", "频率", "频度", "可能程度")
_LIKELIHOOD = re.compile("|".join(_LIKELIHOOD_WORDS))
_IMPACT = re.compile(r"影响|危害|后果|损失|严重")
_PERIOD = LazyRe(
    r"^(?:[一二三四1-4]季度|第[一二三四1-4]季度|[上下]半年|\d{1,2}月|\d{4}年(?:度)?|Q[1-4])$"
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_HOLLOW = frozenset("○☆□△◇")
_HELPS = re.compile(r"配合|协助|协办")
# a RACI chart's legend, in its heading or a note: a capital letter and what it means ('R负责　A审批',
# 'R—负责', 'R=责任人', 'R为负责落实该风险点防控的责任人，A为审批把关')
_RACI_LEGEND = LazyRe(
    r"(?<![A-Za-z])([A-Z])\s*[—\-－–:：=＝]?\s*(?:为|即|表示|是|指)?\s*"
    r"(负责|责任|主责|执行|审批|批准|审定|审核|把关|协办|协助|配合|支持|咨询|知情|告知|知会|通报|监督)"
)
# what the letter of the row's holders means (the other letters help: 审批, 协办, 知情)
_RACI_HOLDS = frozenset({"负责", "责任", "主责", "执行"})


@lru_cache(maxsize=1 << 12)
def _factor_kind(t: str) -> str | None:
    """The factor a heading's text (squeezed) names: 'L', 'E' or 'C' ('可能性(L)', '后果'),
    else None. (Every file of a round repeats its headings: judged once.)"""
    if not t or len(t) > 12:
        return None
    m = _FACTOR_LETTER.search(t)
    if m:
        return "C" if (m.group(1) or m.group(2)) == "S" else m.group(1) or m.group(2)
    names = {k for k, rx in _FACTOR_NAMES if rx.search(t)}
    return names.pop() if len(names) == 1 else None


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
# 'D≥160', '：<70'; after an opening bracket ('一览表（≥8分为高'), or after the level it bands
# ('高风险≥8分', '一级：≥15', '低≤4分')
_BAND_AFTER = LazyRe(
    rf"(?:D|^|[:：(（]|风险|(?<![\u4e00-\u9fff])[高中低]|[一二三ⅠⅡⅢ]级)\s*([<>≤≥])\s*{_BAND_NUM}"
)
_BAND_BEFORE = LazyRe(rf"{_BAND_NUM}\s*([<>≤≥])\s*D")  # '160≤D'
_BAND_RANGE = LazyRe(rf"{_BAND_NUM}\s*分?\s*[—–－~～至到-]\s*{_BAND_NUM}")  # '70～159'
_BAND_OPEN = LazyRe(
    rf"{_BAND_NUM}\s*分?\s*([(（]含[)）])?\s*(及以上|以上|及以下|以下)"
    rf"(\s*[(（]含(?:本数|\d+(?:\.\d+)?\s*分?)?[)）])?"  # ('8分以上（含8分）': 本数 kept)
)
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
    # the factors' weights in percent where their headings carry them ('发生概率（权重40%）'):
    # the score is then the weighted sum, not the product
    weights: tuple[float, ...] = ()
    # several raters' scores of one point ('本人自评 | 股室评议 | 局党组评定') combined as the note
    # says: "mean" or "sum" ('' for factors); ``total`` is then a printed mean/sum or a level
    # column of its own (kept, its differences warned), ``note`` the note's words quoted
    combine: str = ""
    note: str = ""
    # ``combine`` "one": the note grades by one rater's column ('以局党组评定分值为准'), its index
    # in ``cols``; the other raters' scores are kept as written, not combined
    basis: int = -1
    # ``combine`` "amount": one amount column ('涉及资金（万元）') banded by the note; the units
    # its cells and the note's bands are written in ('万元', '元'; '' where unsaid)
    units: tuple[str, str] = ("", "")


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
            n, kept = (
                float(m.group(1)),
                bool(m.group(2) or m.group(4)) or m.group(3).startswith("及"),
            )
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


# a factor's weight at the end of its heading ('发生概率（权重40%）', '危害程度(35%)', '可能性×0.5',
# '影响程度权重：0.3'): the opener (a bracket with or without 权重, '×', '权重'), the number, '%'
_WEIGHT_HEAD = LazyRe(
    r"(?:[(（]\s*(?:(权重|权数|比重|占比)\s*[:：为]?\s*)?|([×xX*＊])\s*|(权重|权数)\s*[:：]?\s*)"
    r"(\d+(?:\.\d+)?)\s*([%％])?\s*[)）]?$"
)
_WEIGHT_HINT = LazyRe(r"[%％×xX*＊]|权重|权数|比重|占比")
# a cell of a row of weights under the factors' names ('40%', '权重0.4', '0.35')
_WEIGHT_CELL = LazyRe(r"(?:权重|权数|比重|占比)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*([%％])?")
_WEIGHT_LABEL = LazyRe(
    r"[(（]?(?:权重|权数|比重|占比|权重系数|权重占比)[)）]?[:：]?(?:[(（][%％][)）])?"
)
# a heading over weighted factors that says they grade a risk ('风险评估（1—5分）', '风险评价')
_WEIGHTED_OVER = LazyRe(
    r"风险.{0,4}(?:评估|评价|评分|评定|分值|打分)|(?:评估|评价)(?:要素|因素|指标)"
)
# a printed total of the weighted factors ('综合得分', '加权得分', '风险值')
_WEIGHTED_TOTAL = LazyRe(
    r"^(?:综合|加权|风险|合计|总)?(?:得分|分值|评分|分数)$|^风险值$|^总分$|^合计$"
)
# the score a note bands ('综合得分≥4.0分', '加权分值', '得分')
_SCORE_WORD = LazyRe(r"(?:综合|加权|风险|评估|评价|总)?(?:得分|分值|评分|分数)|综合分|加权分|总分")
# a column of one rater's (or one round's) score of each point ('本人自评', '股室评议', '局党组评定',
# '群众测评', '评分人1', '第二轮打分'); its own level ('自评等级') or weight ('自评（30%）') is not one
_RATER_HEAD = LazyRe(
    r"^.{0,6}(?:自评|互评|他评|评议|评定|评审|测评|打分|评分|初评|复评|终评|审定)(?:人?[一二三四五\d]{0,2})?"
    r"(?:得分|分数|分值)?$|^(?:评分|评议|打分|测评|评审)(?:人|员|专家)[一二三四五六七八九\d]{1,2}$"
)
# one rater's score as written in its cell: a number, maybe with its unit ('8.5分', '9 分')
_RATER_SCORE_CELL = re.compile(r"(-?\d+(?:\.\d+)?)\s*分?")


def _rater_number(text: str) -> float | None:
    """The score a rater's cell holds ('9', '8.5分'); None for anything else."""
    m = _RATER_SCORE_CELL.fullmatch(text.strip())
    return float(m.group(1)) if m else None


# how a note combines the raters' scores: their mean ('三项得分的平均分', '均分', '算术平均') or their
# sum ('三项评分之和', '合计', '总分')
_RATER_MEAN = LazyRe(r"平均分|平均得分|平均值|平均数|均分|算术平均|取平均")
_RATER_SUM = LazyRe(r"之和|总和|相加|合计|总分")
# a printed mean or sum after the raters' columns ('平均分', '综合得分', '合计')
_RATER_TOTAL = LazyRe(
    r"^(?:平均|综合|加权|评议|最终|风险)?(?:得分|分值|评分|分数|分)$|^(?:平均值|均分|合计|总分)$"
)
# the combined score's words in a note, read as the score the bands name ('平均分8分及以上')
_RATER_SCORE_WORD = LazyRe(
    r"(?:[一二三四五六两\d]项|各项)?(?:得分|评分|打分|分数|分值)?的?(?:算术)?"
    r"(?:平均分|平均得分|平均值|平均数|均分|之和|总和|合计|总分)"
)
# '3.0分（含）至4.0分': 3.0 kept, 4.0 left to the band above
_BAND_KEPT_TO = LazyRe(
    r"(\d+(?:\.\d+)?)\s*分?\s*[(（]含[)）]\s*[—–－~～至到-]\s*(\d+(?:\.\d+)?)\s*分?(?:[(（]不含[)）])?"
)


def _weight_percent(n: str, pct: str | None) -> float:
    """A weight as a percent: '40' with '%' or without, '0.4' (a fraction of one)."""
    v = float(n)
    return v if pct or v > 1 else v * 100


def _weight_in_heading(text: str) -> tuple[str, float] | None:
    """(factor, weight in percent) of a heading carrying its weight ('发生概率（权重40%）' →
    ('发生概率', 40)); None where it carries none: a bracket needs 权重 or '%' ('（1—5分）',
    '（10）' are scales), the factor's name a short word before it."""
    m = _WEIGHT_HEAD.search(text)
    if m is None:
        return None
    bracket = not (m.group(2) or m.group(3))
    if bracket and not (m.group(1) or m.group(5)):
        return None
    name = text[: m.start()].strip()
    if not name or len(name) > 10 or any(ch.isdigit() for ch in name):
        return None
    return name, _weight_percent(m.group(4), m.group(5))


def _weight_cell(text: str) -> float | None:
    """The weight in percent of a cell of a row of weights ('40%', '权重0.4', '0.35'); None for
    anything else (a whole number without '%' is a score, not a weight)."""
    m = _WEIGHT_CELL.fullmatch(text)
    if m is None or not (m.group(2) or float(m.group(1)) < 1 or "权" in text or "比" in text):
        return None
    return _weight_percent(m.group(1), m.group(2))


def _weighted_bands(legend: str, level: Callable[[str], str | None]) -> tuple[_Band, ...]:
    """The bands of a weighted score a note gives its levels by ('综合得分≥4.0分为一级风险，3.0分
    （含）至4.0分为二级风险，3.0分以下为三级风险', '4.0分及以上为一级，3.0—4.0分为二级'): the score's
    words read as the product's letter, then ``_product_bands``; an edge two bands both keep
    ('4.0分及以上' and '3.0—4.0分') goes to the higher band."""
    text = _BAND_KEPT_TO.sub(lambda m: f"{m.group(1)}≤D<{m.group(2)}", _SCORE_WORD.sub("D", legend))
    bands = list(_product_bands(text, level, product=True))
    for i in range(len(bands) - 1):
        lo, hi = bands[i], bands[i + 1]
        if lo[2] is not None and lo[2] == hi[0] and lo[3] and hi[1]:
            bands[i] = (lo[0], lo[1], lo[2], False, lo[4])
    return tuple(bands)


def _rater_note(legend: str) -> tuple[str, str]:
    """How a note combines several raters' scores and its sentence saying so ('…按本人自评、股室
    评议、局党组评定三项得分的平均分确定：平均分8分及以上为一级风险…'): ("mean" or "sum", the
    sentence); ("", "") where it names no mean or sum (a sum only where no mean is named)."""
    m = _RATER_MEAN.search(legend)
    how = "mean" if m else ""
    if m is None:
        m = _RATER_SUM.search(legend)
        how = "sum" if m else ""
    if m is None:
        return "", ""
    start = max(legend.rfind(ch, 0, m.start()) for ch in "。\n；;")
    ends = [i for ch in "。\n" if (i := legend.find(ch, m.end())) >= 0]
    said = legend[start + 1 : min(ends) if ends else len(legend)].strip()
    return how, said if len(said) <= 80 else said[:79] + "…"


# a note naming the one rater's column the level goes by ('风险等级以局党组评定分值为准', '按局党组
# 评定得分定级', '以股室评议结果为准'): {name} is the rater's heading
_RATER_BASIS_SAID = (
    r"以{name}(?:的)?(?:分值|得分|评分|分数|打分|结果|意见)?为准"
    r"|按(?:照)?{name}(?:的)?(?:分值|得分|评分|分数|打分|结果)?(?:定级|确定|划分|评定)"
)


def _rater_basis(legend: str, names: list[str]) -> tuple[int, str] | None:
    """The one rater column a note grades by ('风险等级以局党组评定分值为准，8分以上为一级风险…'):
    (its index in ``names``, the note's sentence saying so); None where the note names none or
    more than one."""
    found = []
    for i, name in enumerate(names):
        m = re.search(_RATER_BASIS_SAID.format(name=re.escape(name)), legend)
        if m is not None:
            found.append((i, m))
    if len(found) != 1:
        return None
    i, m = found[0]
    start = max(legend.rfind(ch, 0, m.start()) for ch in "。\n；;")
    ends = [j for ch in "。\n" if (j := legend.find(ch, m.end())) >= 0]
    said = legend[start + 1 : min(ends) if ends else len(legend)].strip()
    return i, said if len(said) <= 80 else said[:79] + "…"


def _rater_bands(legend: str, level: Callable[[str], str | None]) -> tuple[_Band, ...]:
    """The bands of the raters' combined score a note gives its levels by ('平均分8分及以上为一级
    风险，6分（含）至8分为二级风险，6分以下为三级风险'): the mean's or sum's words read as the
    score, then ``_weighted_bands``."""
    return _weighted_bands(_RATER_SCORE_WORD.sub("得分", legend), level)


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


# a column of an amount a note may grade by ('涉及资金（万元）', '项目金额(元)', '面积（亩）', '服务人数'):
# its heading names a quantity, often with its unit in brackets; not a score's, a level's
_AMOUNT_HEAD = LazyRe(
    r"资金|金额|额度|数额|造价|投资|数量|面积|人数|次数|频次|亩数|[(（](?:[亿万千]?元|亩|公顷|平方米|吨|人次|人|次)[)）]"
)
_AMOUNT_NOT = LazyRe(r"分|等级|级别|来源|用途|性质|类别|类型|风险点|说明|备注|依据|名称|是否")
# a number with its unit in a cell or a note ('186万元', '12.8万', '50万元（含）'); the money units'
# size in 元, to convert only where both the cell's and the note's units are written
_AMOUNT_UNIT = r"(亿元|万元|千元|元|万|公顷|平方米|亩|人次|人|次|吨)"
_AMOUNT_SAID = LazyRe(rf"(\d+(?:\.\d+)?)\s*{_AMOUNT_UNIT}")
_AMOUNT_CELL = re.compile(rf"(-?\d+(?:\.\d+)?)\s*{_AMOUNT_UNIT}?")
_MONEY_SIZE = {"元": 1.0, "千元": 1e3, "万元": 1e4, "万": 1e4, "亿元": 1e8}
# the quantity's words in a note, read as the banded value ('单项涉及资金在', '所涉金额达')
_AMOUNT_WORD = LazyRe(
    r"(?:单项|单笔|每项|所|项目)?(?:涉及|所涉|涉)?(?:资金|金额|额度|数额|造价|投资|数量|面积|人数|次数|频次|亩数)"
    r"(?:额度|数额|总额|总量|规模)?\s*(?:在|达到|达|为)?"
)


def _amount_unit(text: str) -> str:
    """The unit a heading or a cell writes ('涉及资金（万元）' → '万元', '12.8万' → '万元'); ''."""
    m = re.search(_AMOUNT_UNIT, text)
    return "" if m is None else ("万元" if m.group(1) == "万" else m.group(1))


def _amount_value(cell: str, unit: str, note_unit: str) -> float | None:
    """The amount a cell holds in the note's unit ('186', '186万元', '12.8万'; '120000' in a
    column of 元 against bands in 万元 → 12); None for anything else. Converted only where both
    units are written and are money's."""
    m = _AMOUNT_CELL.fullmatch(cell.strip().replace(",", "").replace("，", ""))
    if m is None:
        return None
    v = float(m.group(1))
    got = ("万元" if m.group(2) == "万" else m.group(2)) or unit
    if got in _MONEY_SIZE and note_unit in _MONEY_SIZE and got != note_unit:
        v = v * _MONEY_SIZE[got] / _MONEY_SIZE[note_unit]
    return v


def _amount_bands(
    legend: str, head: str, level: Callable[[str], str | None]
) -> tuple[tuple[_Band, ...], str, str]:
    """The bands of an amount a note gives its levels by ('单项涉及资金在50万元（含）以上的为一级
    风险，10万元（含）至50万元之间的为二级风险，10万元以下的为三级风险', '低于5亩的为低风险'): only
    its clauses naming the amount (a number with a unit, or the heading's quantity word), their
    units converted to the note's own money unit, then ``_weighted_bands``: (bands, the note's
    unit, the note's sentence); ((), '', '') where it bands no amount."""
    words = {
        m.group()
        for m in re.finditer(r"资金|金额|额度|数额|造价|投资|数量|面积|人数|次数|频次|亩数", head)
    }
    units = [u for m in _AMOUNT_SAID.finditer(legend) if (u := _amount_unit(m.group(2)))]
    money = [u for u in units if u in _MONEY_SIZE]
    note_unit = max(set(money), key=money.count) if money else (units[0] if units else "")
    kept: list[str] = []
    first = ""
    for clause in re.split(r"[，,；;。\n、]", legend):
        if not _BAND_LEVEL.search(clause) or "分" in clause.replace("分为", ""):
            continue  # (a score's band, '8分以上为一级': not an amount's)
        if not (_AMOUNT_SAID.search(clause) or any(w in clause for w in words)):
            continue

        def plain(m: re.Match[str]) -> str:
            u, v = _amount_unit(m.group(2)), float(m.group(1))
            if u in _MONEY_SIZE and note_unit in _MONEY_SIZE:
                v = v * _MONEY_SIZE[u] / _MONEY_SIZE[note_unit]
            return f"{v:g}"

        kept.append(_AMOUNT_WORD.sub("D", _AMOUNT_SAID.sub(plain, clause)))
        first = first or clause
    if len(kept) < 2:
        return (), "", ""
    bands = _weighted_bands("；".join(kept), level)
    if not bands:
        return (), "", ""
    at = legend.find(first)
    start = max(legend.rfind(ch, 0, at) for ch in "。\n")
    ends = [i for ch in "。\n" if (i := legend.find(ch, at)) >= 0]
    said = legend[start + 1 : min(ends) if ends else len(legend)].strip()
    return bands, note_unit, said if len(said) <= 80 else said[:79] + "…"


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


# letters of one RACI cell written together ('R/A', 'R、A', 'R,A', 'R A')
_RACI_CELL_SPLIT = re.compile(r"\s*[/、,，;；+＋&]\s*|\s+")


def _raci_letters(v: str) -> frozenset[str] | None:
    """The letters of a RACI chart's cell, folded (full-width 'Ｒ', lower-case 'r' read as 'R'):
    one letter, or several written together ('R/A', 'R、A'); None for anything else."""
    v = unicodedata.normalize("NFKC", v).strip().upper()
    if not v:
        return frozenset()
    parts = _RACI_CELL_SPLIT.split(v)
    if not all(len(x) == 1 and "A" <= x <= "Z" for x in parts):
        return None
    return frozenset(parts)


def _raci_owners(legend: str, letters: set[str]) -> frozenset[str]:
    """Of the letters a RACI chart writes under its holders, those its legend says hold the row
    ('R负责', 'R=责任人', a note's 'R为负责落实…的责任人'); none unless the legend explains every
    letter written ('A审批', 'C协办', 'I知情' help: no holder of the point). The legend is read
    folded (full-width 'Ｒ负责' as 'R负责')."""
    said: dict[str, str] = {}
    for m in _RACI_LEGEND.finditer(unicodedata.normalize("NFKC", legend)):
        said.setdefault(m.group(1), m.group(2))
    if not letters <= said.keys():
        return frozenset()
    return frozenset(x for x, what in said.items() if what in _RACI_HOLDS)


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


_DITTO = {"同上", "〃", "＂", '"', "同前", "同左", "同上。", "ditto"}  # ("＂": a ditto typed so)
# (and its look-alikes alone, '″', '〞', 'ʺ', '˝', '‶': a cell so typed is tested as a ditto
# wherever a ditto is, ``_ditto_said`` reading each as '〃')
_DITTO |= {"″", "〞", "ʺ", "˝", "‶"}
# a ditto written otherwise: a run of marks ('〃〃', '＂＂') or a curly quote alone ('”', '“')
_DITTO_MARKS = LazyRe(r"^(?:〃+|＂+|\"+|[“”]+)$")
# (every ditto's marks, one a character: a sheet writing none of them — ``Grid.lacks`` — holds
# no cell ``_DITTO_CHAR`` finds, nor any of ``_DITTO`` but 'ditto')
_DITTO_MARK_CHARS = tuple('同〃＂"“”″〞ʺ˝‶')
_DITTO_CHAR = re.compile("[" + "".join(_DITTO_MARK_CHARS) + "]")
# look-alikes of 〃 an input method offers, alone or repeated: the double prime '″' (U+2033), its
# reversed '‶', the quotation mark '〞', the modifier letters 'ʺ' and '˝' (DITTO_LOOKALIKE)
_DITTO_LOOKALIKE = LazyRe(r"^[″〞ʺ˝‶]+$")


def _ditto_said(v: str) -> str:
    """A cell written as a ditto otherwise, as ``_DITTO`` holds it ('同 上' → '同上', '〃〃' → '〃',
    '”' → '〃'), else the cell as written."""
    if not v or len(v) > 8 or not _DITTO_CHAR.search(v):
        return v  # (the cheap test: no character a ditto is written with)
    s = "".join(v.split())
    if _DITTO_LOOKALIKE.match(s):
        return "〃"  # ('″', '″″', '〞', 'ʺ': 〃 as an input method offers it)
    if s in _DITTO:
        return s
    return "〃" if _DITTO_MARKS.match(s) else v


# '检疫股（下同）', '一级(下同)', '…（以下同）', '…（下同此）': a value written once for the empty cells
# below it (``_written_once``)
# (the marker may stand before the cell's closing stop: '严格执行预算法（下同）。', group 1)
_SAME_BELOW = re.compile(r"\s*[（(]\s*以?下\s*同此?\s*[）)]\s*([。．.；;，,]?)\s*$")

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


# a connector drawn between two nodes of a flow down a column: '↓', '→', '▼', '⇩' (``_connector_row``)
_FLOW_CONNECTOR = LazyRe(r"[→←↑↓⇒⇓⬇➡⇩⇨⇧⇦↘↙↗↖▼▽▲△︾]{1,3}")
# a flow chart's terminal box: '开始', '结束', '流程结束' (``_connector_row``)
_FLOW_TERMINAL = LazyRe(r"(?:流程|办理)?(?:开始|结束|终止)")


def _connector_row(row: list[str], wc: int) -> bool:
    """A row of a flow column (``wc``, '办理流程') holding only the connector between two nodes
    ('↓' alone, or arrows in every cell it fills): a spacer of the chart, no point, nothing to
    report."""
    said = row[wc].strip() if wc < len(row) else ""
    if not said:
        return False
    if said[0].isalnum():
        # a chart's terminal box ('开始', '结束'), the rest of its row blank or arrows
        if not _FLOW_TERMINAL.fullmatch(said):
            return False
    elif not _FLOW_CONNECTOR.fullmatch(said):
        return False  # (the cheap test: the flow's own cell is an arrow)
    return all(
        not v.strip() or _FLOW_CONNECTOR.fullmatch(v.strip()) for k, v in enumerate(row) if k != wc
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
        key = (f.style, f.unit, f.department, f.title, f.person, f.source)
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
    if n.isdecimal():
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


def _cell_or_merged(sh, merged: dict, r: int, c: int, first: int) -> str:
    """The cell's text, or that of the merge it lies in when the merge starts at or below row
    ``first`` ('安全履职风险' merged down a holder's rows of that class)."""
    row = sh.rows[r]
    v = row[c] if c < len(row) else ""
    if not v and (o := merged.get((r, c))) is not None and o[0] >= first:
        v = sh.rows[o[0]][o[1]]
    return v


def _carry_heads(
    carry: dict[str, str], row: list[str], carry_cols, resets, order: list[str]
) -> None:
    """A row heading the rows under it (a holder's summary row, a work item, a level sub-row)
    starts the holder cells it fills: they carry down, each resetting the roles below it."""
    for role, c in carry_cols:
        v = row[c] if c < len(row) else ""
        if v and carry.get(role) != v:
            carry[role] = v
            if role in resets:
                _reset_below(carry, role, order)


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


# a label and the value typed after its colon ('责任岗位：局长'), no bare heading ('对应风险点：')
_LABEL_THEN_VALUE = LazyRe(r"^[^:：]{1,10}[:：][\s\u3000]*[^\s\u3000:：]")


def _label_cells_line(row: list[str], cols: list[int]) -> str:
    """A row of two to four cells each a label filled in ('责任岗位：局长 | | 责任人：张三'): the
    one line they write ('责任岗位：局长　责任人：张三'), as a label row merged across would;
    else ''."""
    if not 2 <= len(cols) <= 4 or not all(_LABEL_THEN_VALUE.search(row[c]) for c in cols):
        return ""
    return "　".join(row[c].strip() for c in cols)


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


# a Word caption numbering its table ('表1　主任　戚某某　岗位廉政风险点', '附表2-1：科长　冉某某'):
# the number, then what it names
_NUMBERED_TABLE_CAPTION = LazyRe(
    r"^附?表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}(?=[\s\u3000:：.、]))(?:[-－—–.]\d{1,2})?"
    r"(?:[\s\u3000:：.、]+|(?=[\u4e00-\u9fff]))(?P<body>.+)$"
)
# the words closing such a caption after its holder: '岗位廉政风险点', '廉洁风险防控表'
_NUMBERED_CAPTION_TAIL = LazyRe(
    r"[\s\u3000]*(?:的)?(?:岗位)?(?:廉政|廉洁)?风险(?:点|防控)?(?:表|清单|一览表|登记表|排查表)?$"
)
_CAPTION_GAPS = LazyRe(r"[\s\u3000]+")


def _numbered_caption_holder(text: str) -> dict[str, str]:
    """The 科室, post and holder an unlabelled numbered table caption names ('表3　票务科科长
    戚某某　岗位廉政风险点' → 票务科, 科长, 戚某某; '表1　主任　戚某某', '附表2-1 办公室　主任　…'),
    else {}: a post and a name after it at least, each in its own part; a caption naming a
    matter ('表2　资金管理类风险点') or a label ('表1　责任人：…') is none."""
    s = text.strip()
    if len(s) > 40 or s[:1] not in "表附":
        return {}  # (the cheap test: a caption opens with its number)
    m = _NUMBERED_TABLE_CAPTION.match(s)
    if m is None or "：" in m.group("body") or ":" in m.group("body"):
        return {}  # (a colon after the number only: '表1：局长…', not a label '表1　责任人：…')
    body = _NUMBERED_CAPTION_TAIL.sub("", m.group("body").strip())
    parts = [x for x in _CAPTION_GAPS.split(body) if x]
    if len(parts) == 1 and (run := _post_run_name(parts[0])):
        parts = list(run)  # '表1：局长欧阳澈岗位廉政风险点': the post typed onto the name
    if not 2 <= len(parts) <= 3 or not looks_like_name(parts[-1]) or is_post(parts[-1]):
        return {}
    _unit, dept, post = split_unit_title("".join(parts[:-1]))
    if len(parts) == 3 and not dept:
        dept, post = parts[0], parts[1]
    if not is_post(post):
        return {}
    fields = {"title": post, "person": parts[-1]}
    if dept:
        fields["department"] = dept
    return fields


# a numbered paragraph of a report pasted from Word naming the holder of the small table under
# it inside a sentence of prose ('（一）站长禹翾翎同志，主持……查找出廉政风险点3个，具体如下：',
# '2.禹翾翎同志（站长），负责……'): who, before '同志', then a comma and the paragraph's own tail
_REPORT_PARAGRAPH_WHO = LazyRe(
    r"^(?P<who>[^，,；;。：:、]{2,24}?)\s*同志\s*(?:[（(](?P<post>[^）)，,]{2,16})[）)])?\s*[，,]"
)
# the count such a paragraph states of its points: '查找出廉政风险点3个', '共排查出风险点两项'
_REPORT_PARAGRAPH_COUNT = LazyRe(
    r"(?:查找|排查|梳理|查摆|找出|查出|确定)[^。；;，,]{0,6}?(?:廉政|廉洁)?风险(?:点|事项)?"
    r"(?:共)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[个项条处]"
)
# its close over the table: '具体如下：', '分述如下：'
_REPORT_PARAGRAPH_CLOSE = LazyRe(r"如下[：:]\s*$")


# the words joining two people named in one breath: '所长某某和副所长某某', '…及…', '…与…', '…同…'
_REPORT_PARAGRAPH_JOINERS = LazyRe(r"[和及与同、]")


def _several_named(who: str) -> bool:
    """The words before a report paragraph's '同志' name two people joined by 和, 及, 与, 同 or
    '、' ('所长芮璟琇和副所长滕沐澂'): a name (after its post, or alone) on each side of the
    joiner. A 和 inside a post or a unit ('住房和城乡建设局局长某某') leaves no name before it."""
    for m in _REPORT_PARAGRAPH_JOINERS.finditer(who):
        left, right = squeeze(who[: m.start()]), squeeze(who[m.end() :])
        if not left or not right:
            continue
        named_left = looks_like_name(left) or _post_run_name(left) is not None
        named_right = looks_like_name(right) or _post_run_name(right) is not None
        if named_left and named_right:
            return True
    return False


def _report_paragraph_holder(text: str) -> tuple[dict[str, str], int | None] | None:
    """The post (科室) and holder a numbered report paragraph over a small table names, and the
    count of points it states ('（一）站长禹翾翎同志，主持……查找出廉政风险点3个，具体如下：' →
    ({title: 站长, person: 禹翾翎}, 3); '（二）禹澂岍同志（检查员），…', '3.检查员 禹澂岍同志，…'),
    else None. A numbered paragraph closing '如下：' or stating its count that names no one
    ('（三）票据管理岗位，…查找出风险点2个，具体如下：') gives its post alone, or nothing ({}), and
    still opens its own table; one naming several ('局长某某、副局长某某同志，…'), a salutation
    ('致：…同志：') or a card's 'X同志：' line is none (the cheap test: numbered, prose, long)."""
    s = text.strip()
    if len(s) < 16 or s[:1] not in "（(一二三四五六七八九十0123456789":
        return None  # (the cheap test: a report paragraph is numbered and long)
    m = NUMBERING.match(s)
    if m is None or not m.group(1).endswith(("）", ")", "、", ".", "．")):
        return None
    body = s[m.end() :]
    said = _REPORT_PARAGRAPH_COUNT.search(body)
    count = None
    if said:
        n = said.group("n")
        count = int(n) if n.isdecimal() else _chinese_count(n.replace("两", "二"))
    who = _REPORT_PARAGRAPH_WHO.match(body)
    if who is None:
        if said is None and not _REPORT_PARAGRAPH_CLOSE.search(body):
            return None
        if "同志" in body:
            return None  # ('局长某某、副局长某某同志，…': several named, no guess)
        lead = re.split(r"[，,；;。：:]", body, maxsplit=1)[0].strip()
        lead = lead[:-1] if lead.endswith("岗位") else lead  # '票据管理岗位' → '票据管理岗'
        return ({"title": lead} if is_post(lead) and not looks_like_name(lead) else {}), count
    named, post = who.group("who").strip(), (who.group("post") or "").strip()
    if post:
        if not looks_like_name(squeeze(named)) or is_post(named):
            return None
        fields = {"person": squeeze(named)}
        _unit, dept, post = split_unit_title(post)
    else:
        if _several_named(named):
            return None  # ('所长某某和副所长某某同志，…': two people, as '、' is — no guess)
        got = _post_run_name(named)
        if got is None:
            return None
        _unit, dept, post = split_unit_title(got[0])
        fields = {"person": got[1]}
    if not is_post(post):
        return None
    fields["title"] = post
    if dept:
        fields["department"] = dept
    return fields, count


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


def _addressed_holder(text: str) -> tuple[str, str, str, str] | None:
    """The (unit, 科室, post, holder) a letter's salutation over its table names, the only place a
    提示单 may write its holder ('致：水资源股股长蒯岷翚同志：' → ('', '水资源股', '股长', '蒯岷翚'),
    '尊敬的副局长隗澔玟同志：', '致：副局长隗澔玟：', '冉澄溪女士：'), else None: a line to many
    ('致：各股室、各单位：', '尊敬的各位领导：') or naming no one ('致：办公室主任：') is none."""
    s = text.strip()
    if not s or (s[0] not in "致尊" and s[-1] not in ":：,，"):
        return None  # (the cheap test: a salutation opens with its lead or ends with a colon)
    m = _ADDRESSED_LINE.match(s)
    if m is None or not (m.group(1) or (m.group(3) and m.group(4))):
        return None  # ('科室：办公室': a label, no salutation)
    body = m.group(2).strip()
    if body.startswith(_ALL_OF_US):
        return None
    if looks_like_name(body) and not is_post(body):
        return "", "", "", body  # '致：蒯岷翚同志：': the name alone
    got = _post_run_name(body) or _post_run_name(squeeze(body))
    if got is None:
        return None
    unit, dept, post = split_unit_title(got[0])
    return (unit, dept, post, got[1]) if is_post(post) else None


# the words a lone line opens with where it heads or closes a run of rows, no single point's
_RUN_LEADS = ("以上", "上述", "上列", "以下", "下列")


def _point_holder_line(text: str) -> dict[str, str]:
    """The 科室, post and holder a line under ONE point names in labelled fields ('责任科室：测验组
    责任岗位：组长　责任人：…', '责任岗位：股长；责任人：…', '责任人：组长　…' its post before the
    name), else {}: a post or a name at least; a line opening with '以上'/'以下' or numbered
    ('一、办公室（负责人：…）': a group's) is none."""
    s = text.strip()
    if len(s) > 60 or s[:2] in _RUN_LEADS or NUMBERING.match(s):
        return {}
    fields = _holder_fields(s, labelled=True)
    if {"title", "person"} & set(fields):
        return fields
    m = _HOLDER_PART.match(s)
    if m and _holder_label(label_key(m.group(1))) == "person":
        pair = _post_and_name(m.group(2))
        if pair is not None:
            return {"title": pair[0], "person": pair[1]}
    return {}


# a field naming the one who oversees a point, after its holder's on the line under it
# ('责任人：基金科科长 冉澄溪　　监督责任人：纪检组长 简若岚'): no holder of the point
_OVERSEER_FIELD = LazyRe(
    r"[\s\u3000；;，,]+(?:分管|主管|联系|挂点|包保|监督|督导)[\u4e00-\u9fff]{0,6}[:：].*$"
)


def _point_holders_of_line(text: str) -> list[dict[str, str]]:
    """The holders a line under ONE point names (``_point_holder_line``), a field of the one
    overseeing it dropped ('…　监督责任人：纪检组长 …'); a line naming two or more in its fields,
    '、' between them ('责任岗位：科长、科员　责任人：冉澄溪、蒯南乔'), pairs them by position (one
    post, or one 科室, for all: each's); [] where it names none, or the lists do not pair."""
    s = _OVERSEER_FIELD.sub("", text.strip())
    if "、" not in s:
        one = _point_holder_line(s)
        return [one] if one else []
    parts = [x for x in _HOLDER_PARTS.split(s) if x]
    said = [(m.group(1), m.group(2).split("、")) if (m := _HOLDER_PART.match(x)) else None
            for x in parts]  # fmt: skip
    if not all(said):
        return []
    n = max(len(v) for _k, v in said)
    if n < 2 or any(len(v) not in (1, n) or not all(v) for _k, v in said):
        return []
    if not any(_holder_label(label_key(k)) == "person" and len(v) == n for k, v in said):
        return []  # (two posts and one name: no pairs)
    out = [
        _point_holder_line("　".join(f"{k}：{v[i] if len(v) == n else v[0]}" for k, v in said))
        for i in range(n)
    ]
    return out if all("person" in w for w in out) else []


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


def _footer_in_brackets(text: str) -> str:
    """A footer written in one pair of brackets as a whole, its words without them
    ('（以上为一级风险点，共3项）' → '以上为一级风险点，共3项'), else '': only a pair that opens the
    line and closes it ('（一）以上为…' or '以上为一级（共3项）' are not)."""
    s = text.strip()
    if len(s) < 4 or s[0] not in _FOOTER_OPENERS or s[-1] != _FOOTER_CLOSERS[s[0]]:
        return ""
    inner = s[1:-1].strip()
    if not inner.startswith(_FOOTER_STARTS) or s[0] in inner or s[-1] in inner:
        return ""  # (a bracket closed inside: two bracketed parts, not one wrapped line)
    return inner


def _footer_parts(text: str, config) -> tuple[tuple[str, str, int | None] | None, dict[str, str]]:
    """What a lone line closing a run says of its rows: the level (type) it gives, and the
    holder it names, either or both ('以上为一级风险点，责任人：…': the level, then the holder).
    A line in brackets as a whole ('（以上为二级风险点，共4项）') is read for its level (type)
    only: a bracketed note of holders ('（以上3项由…负责）') stays as it was read."""
    if text[:1] in _FOOTER_OPENERS:
        inner = _footer_in_brackets(text)
        return (_footer_says(inner, config) if inner else None), {}
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
    graded = bool(m.group("graded"))  # ('以上风险等级：高', '以上…等级为中': a bare level word)
    loose = len(what) < 2 or m.group("verb").strip() in ":："
    if not graded and loose:
        return None  # (a colon or a one-character word only after '等级')
    if any(w in what for w in ("岗位", "单位", "科室", "部门", "人员", "责任")):
        return None  # ('以上为高风险岗位': the post's grade, not its points')
    level = what if ("风险" in what or what.endswith("级") or graded) and config.level(what) else ""
    if loose and not level:
        return None  # ('以上风险等级：见附表': no level)
    kind = ""
    if not level:
        known, unknown = config.types(what)
        if len(known) != 1 or unknown:
            return None
        kind = known[0]
    said = m.group("lead") or m.group("count")
    return level, kind, _small_number(said) if said else None


def _closing_count_says(text: str, config) -> tuple[str, str, int] | None:
    """What a lone line naming a level and a count says ('二级风险点（共2项）' → ('二级风险点', '',
    2), '高风险点合计：2项' → ('高风险点', '', 2)); None for any other line — a numbered group line
    ('一、高风险点（共3个）'), a subtotal ('一级风险点小计：3项'), a footer ('以上为…', read by
    ``_footer_says``), a post's grade ('高风险岗位（共3个）'), no level word."""
    s = squeeze(text)
    if len(s) > 20 or s.startswith(_FOOTER_STARTS):
        return None
    m = _CLOSING_COUNT.match(s)
    if m is None:
        return None
    what = m.group("what")
    if "小计" in what or not ("风险" in what or what.endswith("级")):
        return None
    if any(w in what for w in ("岗位", "单位", "科室", "部门", "人员", "责任")):
        return None
    if not config.level(what):
        return None
    return what, "", _small_number(m.group("a") or m.group("b"))


def _small_number(said: str) -> int:
    """'3' → 3, '三' → 3, '十二' → 12 (a footer's count)."""
    if said.isdecimal():
        return int(said)
    digits = "一二三四五六七八九"
    tens, ten, ones = said.replace("两", "二").partition("十")
    if not ten:
        return digits.index(tens) + 1 if tens in digits else 0
    t = digits.index(tens) + 1 if tens in digits else (1 if not tens else 0)
    return t * 10 + (digits.index(ones) + 1 if ones in digits else 0)


# a level sub-row's cell: the level word in brackets ('【高风险】', '[中]', '（二级）') or
# naming itself a level of risk ('一级风险点：', '较高风险'), nothing else
_SUB_ROW_LEVEL = LazyRe(
    r"^\s*(?:[【\[［(（]\s*(?P<said>[^【】\[\]［］()（）:：\s]{1,8})\s*[】\]］)）]"
    r"|(?P<named>[^【】\[\]［］()（）:：\s]{1,6}风险点?))\s*[:：]?\s*$"
)
# (what an item's number is made of: '（一）', '(2)' say no level)
_SUB_ROW_NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx"


def _sub_row_level(text: str, config) -> str:
    """The level a level sub-row gives the points under it ('【高风险】' → '高风险', '一级风险点：'
    → '一级风险点'), or '' for any other cell ('【重点】招标…' is a point; '（一）' a number)."""
    m = _SUB_ROW_LEVEL.match(text)
    if m is None:
        return ""
    word = m.group("said") or m.group("named")
    if word.strip(_SUB_ROW_NUMERALS) == "":
        return ""  # '（一）', '(2)', '（Ⅲ）': an item's number, no level
    return word if config.level(word) else ""


# a stage row's stage and the level after it: '造林项目审批——一级风险', '林木采伐审核：二级',
# '日常巡护　低风险', '资金报账（风险等级：高）', '立项｜Ⅱ级'
_STAGE_ROW_LEVEL = LazyRe(
    r"^(?P<stage>\S.*?)(?:\s*(?:—+|－+|-{1,2}|[:：｜|/／])\s*|\s+)"
    r"(?:风险(?:等级|级别)\s*[:：]?\s*)?(?P<word>[^\s—－:：｜|/／（）()【】\[\]]{1,8})$"
    r"|^(?P<stage2>\S.*?)\s*[（(【\[]\s*(?:风险(?:等级|级别)\s*[:：]?\s*)?"
    r"(?P<word2>[^（）()【】\[\]\s]{1,8})\s*[）)】\]]$"
)


def _stage_row_level(text: str, config) -> tuple[str, str] | None:
    """The stage and the level of a 环节 row's stage cell that ends with a level after a dash, a
    colon, a bar, a space or in brackets ('造林项目审批——一级风险' → ('造林项目审批', '一级风险')),
    or None: the level a word only a level can be ('一级', '高风险', 'Ⅱ级', '高'), the stage
    two Han characters at least and no level itself ('审批（2024年）', '事前：审核' are none)."""
    text = text.strip()
    if "\n" in text or len(text) > 40:
        return None
    m = _STAGE_ROW_LEVEL.match(text)
    if m is None:
        return None
    stage = (m.group("stage") or m.group("stage2") or "").strip()
    word = m.group("word") or m.group("word2") or ""
    if not (_level_word(word) and config.level(word)):
        return None
    if not HAN_TEXT.search(stage) or config.level(stage):
        return None
    return stage, word


# a point opening with its level and a colon: '一级风险点：工程招投标打招呼', '高风险：…'
_POINT_LEVEL_PREFIX = LazyRe(
    r"^\s*(?P<named>[^【】\[\]［］()（）:：\s]{1,6}风险点?)\s*[:：]\s*(?P<rest>\S.{3,})$"
)


def _prefixed_level(text: str, config) -> tuple[str, str] | None:
    """The level and the words of a point written after its level ('一级风险点：工程招投标打招呼'
    → ('一级风险点', '工程招投标打招呼')), or None ('廉政风险：…' names no level)."""
    m = _POINT_LEVEL_PREFIX.match(text)
    if m is None:
        return None
    word = m.group("named")
    return (word, m.group("rest").strip()) if config.level(word) else None


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


@dataclass
class FieldDictionary:
    """A data dictionary read off one sheet: code (upper case) → meaning, and the rows it takes
    (its heading, its fields and a caption line just above), which are no list's rows."""

    sheet: str
    meanings: dict[str, str]
    rows: range


@dataclass
class MindMap:
    """A mind map's export read as a list (``mind_map``): the sheet rewritten, and what was read."""

    grid: object  # a copy of the sheet: the depth heading (if any) a heading of roles, each
    # point on its node's row with the nodes above it carried down and those below it gathered
    header: tuple | None  # a headerless map's heading, as ``locate_forms`` takes a sheet's before
    row: int  # the heading row, else the central topic's
    col: int  # the central topic's column
    title: str  # the central topic ('' where the first depth holds several nodes)
    roles: list[str]  # each depth's role, the central topic's left out


@dataclass
class PivotList:
    """A compact pivot read as a list (``compact_pivot``): the sheet rewritten, and what was read."""

    grid: object  # a copy of the sheet: the field row a heading, each point row a row of the list
    row: int  # the field row ('行标签 | 一级 | …')
    col: int  # the one label column
    by_indent: bool  # the fields told apart by the cells' indent (else by the subtotals)
    fields: list[str]  # the row fields' roles, outermost first ('department', 'title', …)
    across: str  # what the column items are: 'risk_level', 'risk_type' or '' (no column field)
    items: list[str]  # the column items ('一级', '二级', '三级')
    # point rows counted more than once or under two columns: (row, its total's column, point,
    # the count)
    counted: list[tuple[int, int, str, str]]
    points: list[int] = field(default_factory=list)  # the rows read as points


def _span_role(
    roles: dict[str, int], col_role: dict[int, str], role: str, c: int, sub: list[int]
) -> None:
    """A heading merged over sub-columns ``sub`` (levels, types or control tiers) holding one
    role between them: the heading's column ``c`` takes the role, every sub-column is of it, and
    the roles the sub-columns' own words had are dropped."""
    roles[role] = c
    for x in sub:
        col_role[x] = role
    for other in [k for k, v in roles.items() if v in sub and k != role]:
        del roles[other]


def _take_span(
    roles: dict[str, int],
    col_role: dict[int, str],
    guesses: list[Guess],
    role: str,
    c: int,
    sub: list[int],
) -> list[Guess]:
    """A heading merged over sub-columns ``sub`` read whole as one ``role`` (a level band of
    scores, factors, periods or criteria): the roles the sub-columns had go first, the heading's
    column ``c`` takes ``role``, every sub-column is of it, and their content guesses are dropped
    (the guesses left are returned)."""
    for other in [k for k, v in roles.items() if v in sub]:
        del roles[other]
    roles[role] = c
    for x in sub:
        col_role[x] = role
    return [g for g in guesses if g.col not in sub]


# a roster line's label before its pairs ('所领导及警长：', '班子成员：'); the marks parting its
# words ('所长 訾霂棠　教导员 漆岚岫', '站长：冉某某；会计：…') and a cell's calls ('漆教导员、訾警长')
_CALLED_ROSTER_LABEL = LazyRe(r"^([^:：]{1,16})[:：]\s*")
_CALLED_SPLIT = LazyRe(r"[\s\u3000,，;；、/／:：]+")
# words before a post that make another post, no surname ('副所长', '常务副站长', '代站长')
_CALL_NOT_SURNAME = frozenset(
    {"副", "正", "总", "代", "原", "老", "小", "常务", "执行", "专职", "兼职"}
)


def called_roster(text: str) -> list[tuple[str, str]]:
    """A line giving each post's holder in full, one post a pair, two of a post kept apart
    ('所领导及警长：所长 訾霂棠　教导员 漆岚岫　副所长 訾沄璆　副所长 漆翀珩', '班子成员：站长：冉某某；
    …', '甄澍霖（站长）、…'): [(post, name), …] in its order; [] unless at least two pairs and every
    word is one of them."""
    text = text.strip()
    if len(text) < 8:
        return []  # (the cheap test: two posts and two names)
    m = _CALLED_ROSTER_LABEL.match(text)
    # (its label off, '所领导及警长：'; or, the words then odd, the line's first post: '所长：…')
    return (m and _called_pairs(text[m.end() :])) or _called_pairs(text)


def _called_pairs(text: str) -> list[tuple[str, str]]:
    pairs = roster_cell(text)
    if pairs:
        return pairs
    words = [w for w in _CALLED_SPLIT.split(text.rstrip("。.；; ")) if w]
    if len(words) < 4 or len(words) % 2:
        return []
    out = []
    for post, name in zip(words[::2], words[1::2], strict=True):
        if not (is_post(post) and not looks_like_name(post) and len(post) <= 10):
            return []
        if not (looks_like_name(name) or HAN_NAME.match(name)) or is_post(name) or len(name) > 4:
            return []
        out.append((post, name))
    return out


def call_of(call: str, roster: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]] | None:
    """How a cell calls a holder as colleagues do, by surname + post ('訾所长', '欧阳站长'), against
    a roster's (post, name) pairs: (the post, the pairs of that post whose name starts with the
    surname), or None when ``call`` is no such call (a post as the roster writes it, '副所长', a
    full name)."""
    for post in sorted({p for p, _n in roster}, key=len, reverse=True):
        if not call.endswith(post) or not 1 <= len(call) - len(post) <= 2:
            continue
        surname = call[: len(call) - len(post)]
        if surname in _CALL_NOT_SURNAME or not HAN_NAME.match(surname + post):
            continue
        named = [(p, n) for p, n in roster if p == post and n.startswith(surname)]
        if named or looks_like_name(surname + "某某"):  # (a surname the roster has not: '郑所长')
            return post, named
    # the post called by its end ('冉书记' for the 党委书记 冉澄溪, '简书记' for the 纪委书记): the one
    # holder of a post ending so whose name starts with the surname; none or two of them, the end
    # as the post (a call the roster cannot tell). ('纪委书记' is no call of a 委书记 by 纪.)
    for k in (1, 2):
        surname, end = call[:k], call[k:]
        if len(end) < 2 or end[0] in "委副" or surname in _CALL_NOT_SURNAME:
            continue
        ends = [(p, n) for p, n in roster if p.endswith(end) and p != end]
        if not ends or not is_post(end) or not HAN_NAME.match(call):
            continue
        named = [(p, n) for p, n in ends if n.startswith(surname)]
        if len(named) == 1:
            return named[0][0], named
        if named or looks_like_name(surname + "某某"):
            return end, named
    return None


def _posts_said(text: str) -> tuple[list[str], list[str]] | None:
    """What a holders cell naming posts says ('所长、副所长', '全体民警（所长、教导员除外）',
    '管教民警以外的全体民警', '除会计外的全体职工'): the posts or collectives it names ('全体…'
    kept whole) and the posts it excepts; None where a part is no post (a name, a sentence)."""
    v = squeeze(text)
    if not v or len(v) > 40:
        return None
    excepted: list[str] = []
    for pat, base_at in (
        (_EXCEPT_BRACKET, 1), (_EXCEPT_BEFORE, 2), (_EXCEPT_AFTER, 1), (_EXCEPT_LEADING, 2)
    ):  # fmt: skip
        m = pat.match(v)
        if m and (
            _COLLECTIVE_OF.match(m.group(base_at)) or _LICENSED_GROUP.match(m.group(base_at))
        ):  # ('持证人员（所长除外）': a licensed group's exceptions as a collective's)
            base, ex = m.group(base_at), m.group(3 - base_at)
            # ('所长、教导员等除外': the 等 closing the list is no part of its last post)
            excepted = [x for x in _POSTS_SPLIT.split(re.sub(r"等+$", "", ex)) if x]
            if not excepted or not all(is_post(x) for x in excepted):
                return None
            return [base], excepted
    named = [x for x in _POSTS_SPLIT.split(v) if x]
    if not named or not all(_COLLECTIVE_OF.match(x) or is_post(x) for x in named):
        return None
    return named, []


_ROSTER_POST_NOTE = LazyRe(r"\s*[(（][^()（）]*[)）]$")


def _post_roster(sh: _Sheet, x: int) -> tuple[list[tuple[str, str, str]], set[int], str] | None:
    """Row ``x`` heads a roster of who holds which post ('职务 | 姓名', '序号 | 岗位 | 姓名', a
    科室 column perhaps) naming two people or more: its members as (科室, post, name) in its order
    (a post two hold on two rows, or in one cell '蓝某、阮某'), its rows and its heading's cell;
    None otherwise. Its posts may look like names ('管教民警'): a post is what its column says."""
    cols = sh.nonempty(x)
    row = sh.rows[x]
    if not 2 <= len(cols) <= 6 or any(len(row[c]) > 8 for c in cols):
        return None  # (the cheap test: a roster's heading is a few short labels)
    found: dict[str, int] = {}
    extra = 0
    for c in cols:
        h = heading_role(sh.key(x, c))
        if h is None or h.role == "other":
            # ('行政执法证号', '备注' beside '姓名 | 职务': a column more of the people, no point's;
            # a label of a list's, '廉政风险点', '风险等级', has a role and is no roster)
            extra += 1
            continue
        if h.strength < 2 or h.role not in ("seq", "department", "title", "person"):
            return None
        found.setdefault(h.role, c)
    if "title" not in found or "person" not in found or extra > len(found):
        return None
    tc, pc, dc = found["title"], found["person"], found.get("department")
    members: list[tuple[str, str, str]] = []
    used = {x}
    dept = ""
    for y in range(x + 1, len(sh.rows)):
        r = sh.rows[y]
        post = squeeze(r[tc]) if tc < len(r) else ""
        # (a post with a note, '所长（兼）', '教导员(挂职)': the post before the bracket)
        post = _ROSTER_POST_NOTE.sub("", post) or post
        cell = squeeze(r[pc]) if pc < len(r) else ""
        if dc is not None and dc < len(r) and r[dc]:
            dept = squeeze(r[dc])  # (merged down over its posts)
        names = [n for n in HOLDER_SPLIT.split(cell) if n]
        if not post or not is_post(post) or not names or not all(map(looks_like_name, names)):
            break
        members += [(dept, post, n) for n in names]
        used.add(y)
    if len(members) < 2:
        return None
    return members, used, cell_ref(x, tc)


# a holders cell naming the people who hold a licence, not a post ('持证执法人员', '持证人员',
# '有执法证人员', '持有执法证的人员', '持证监督员'), and a roster column saying who holds one ('行政执法证号',
# '执法证件号码', '持证情况'), its empty words ('—', '无', '暂无', '未取得', '待取证') no licence
_LICENSED_GROUP = LazyRe(
    r"^(?:持有?|具有|取得|有)([\u4e00-\u9fff]{0,6}?)证[件书]?的?[\u4e00-\u9fff]{0,4}?"
    r"(?:员|干部|民警|职工|同志)$"  # ('…人员', '…队员', '持证监督员')
)
# (an enforcement or qualification licence's column only: '执法证号', '行政执法证件号码', '执法资格',
# '上岗证编号', '资格证书'; a 身份证号, 驾驶证号, 健康证编号, 社保卡号 column marks no one licensed)
_LICENCE_HEAD = LazyRe(r"(?:执法|资格|上岗|执业|监督|稽查|检查)证[号件书]?|执法资格|持证")
# a group word naming the licence's kind ('执法人员', '执法队员', '执法岗'): the holders of the
# roster's 执法证 column (a roster listing it as a post keeps it a post)
_ENFORCER_GROUP = LazyRe(r"^执法(?:人员|队员|岗|岗位|干部|民警|员)$")
# a roster's column of a card or number each member holds, a licence's or not ('身份证号', '驾驶证号',
# '执法证件号码'): a roster of people under a list (its end), though it marks no one licensed
_ROSTER_CARD_HEAD = LazyRe(r"证[号件书]|证编号|持证")
_NO_LICENCE = LazyRe(r"^[\s—\-－–~～/／\\、.。…·*×]*$|^(?:无|否|暂无|没有|未|待|尚未|空缺)")


def _licence_holders(sh: _Sheet, x: int, used: set[int], word: str) -> tuple[str, set[str]] | None:
    """The roster headed at row ``x`` (its rows ``used``) read for the licensed group ``word``
    names ('持证执法人员' over '行政执法证号'): the licence column's heading and the names whose
    cell in it holds a real value ('41032700127', not '—', '无', blank); None where no one column
    of the roster says who holds a licence, or no one holds one (a column all blank)."""
    m = _LICENSED_GROUP.match(word)
    kind = m.group(1) if m is not None else "执法" if _ENFORCER_GROUP.match(word) else None
    if kind is None:
        return None
    row = sh.rows[x]
    cols = [c for c in sh.nonempty(x) if len(row[c]) <= 12 and _LICENCE_HEAD.search(row[c])]
    if m is None:  # ('执法人员': an 执法证 column's only)
        cols = [c for c in cols if "执法" in row[c]]
    elif len(cols) > 1 and kind:  # ('执法证' of '有执法证人员': the column of that 证)
        cols = [c for c in cols if kind in row[c]]
    pc = next(
        (c for c in sh.nonempty(x) if (h := heading_role(sh.key(x, c))) and h.role == "person"),
        None,
    )
    if len(cols) != 1 or pc is None:
        return None
    lc = cols[0]
    held: set[str] = set()
    for y in sorted(used - {x}):
        r = sh.rows[y]
        v = squeeze(r[lc]) if lc < len(r) else ""
        if v and not _NO_LICENCE.match(v):
            held |= {n for n in HOLDER_SPLIT.split(squeeze(r[pc]) if pc < len(r) else "") if n}
    return (squeeze(row[lc]), held) if held else None


def _licence_roster_at(sh: _Sheet, x: int) -> bool:
    """Row ``x`` heads a roster of who holds which post with a licence or card column some
    member's cell fills ('序号 | 姓名 | 职务 | 执法证件号码' over '… | LS2021017', '… | 身份证号'):
    a post list's rows end there (a roster with no such column ends them as ``_roster_header``
    says; which column marks the licensed is ``_licence_holders``'s)."""
    if x >= len(sh.rows):
        return False
    row = sh.rows[x]
    cols = [c for c in sh.nonempty(x) if len(row[c]) <= 12 and _ROSTER_CARD_HEAD.search(row[c])]
    if not cols:
        return False  # (the cheap test: a licence or card column's heading)
    found = _post_roster(sh, x)
    if found is None:
        return False
    return any(
        (v := squeeze(sh.rows[y][c]) if c < len(sh.rows[y]) else "") and not _NO_LICENCE.match(v)
        for y in found[1] - {x}
        for c in cols
    )


# '…违规承诺优惠政策 @鄞澐璟', '… @鄞澐璟 @寸霂岍 @鄞珞岑', '…＠某某': @ mentions closing a point's
# cell (a list kept as an online sheet and exported), each a member's name; no letter, digit or
# dot right before the first ('xx@yy.gov.cn' is an address), none inside the text ('“@某某发布”公众号')
# (two may stand apart by '，', '、', '；' and the last close with '。': '… @某某，@某某。')
MENTIONS_TAIL = LazyRe(
    r"(?<![A-Za-z0-9._\-])\s*[@＠] ?[\u4e00-\u9fff·]{2,5}(?:[(（][\u4e00-\u9fff]{1,10}[)）])?"
    r"(?:[\s，,、；;]*[@＠] ?[\u4e00-\u9fff·]{2,5}(?:[(（][\u4e00-\u9fff]{1,10}[)）])?){0,5}[\s。；;.]*$"
)  # ('@鲜于沐岚(部长)', '@ 冼芷汀': a post bracketed after the name, a space after the @)
# a mention of a body or of someone outside ('@文旅局', '@施工方', '@申请人', '@王老板', '@商户'):
# no holder, though it reads as a name
_MENTION_OUTSIDER = LazyRe(
    r"(?:局|馆|院|所|站|中心|委|厅|队|组|公司|集团|厂|店|社)$"
    r"|(?:施工|项目|建设|甲|乙|对|买|卖|供货|供应|采购|中标|投标|第三|合作)方$"
    r"|(?:商|住|农|客|用|租|个体)户$|工头$|老板|老师|师傅|老总|经理|同学"
    r"|(?:申请|申报|当事|负责|责任|联系|经办|委托|代理|承包|发包|投标|中标|报名|举报|投诉|办事|"
    r"相对|服务|管理|所有|主持|发起|群主)人$"
)
MENTION_NAME = LazyRe(r"[@＠] ?([\u4e00-\u9fff·]{2,5})(?:[(（]([\u4e00-\u9fff]{1,10})[)）])?")
# the members' column of a roster of those mentioned: '成员 | 部门 | 职务', '人员 | 科室 | 岗位'
_MENTION_MEMBER_HEAD = LazyRe(
    r"^(?:协作)?(?:成员|人员|姓名|用户)(?:姓名|名称)?$|^(?:协作人|参与人)$"
)


def mention_roster_head(sh: _Sheet, r: int) -> tuple[int, dict[str, int]] | None:
    """Row ``r`` heads a roster of the members a list's points mention ('成员 | 部门 | 职务' over
    '@寸璎濯 | 企业服务部 | 专员'): short labels only, one a members' column, the others a 科室 or
    a post among them, and a name (or '@name') right under the members' heading: (members' column,
    role → column), else None."""
    if r + 1 >= len(sh.rows):
        return None
    cols = sh.nonempty(r)
    if not 2 <= len(cols) <= 6:
        return None  # (the cheap test: a list's rows are wider, a caption narrower)
    row = sh.rows[r]
    if any(len(row[c]) > 8 for c in cols):
        return None
    member = next((c for c in cols if _MENTION_MEMBER_HEAD.match(squeeze(row[c]))), None)
    if member is None:
        return None
    found: dict[str, int] = {}
    for c in cols:
        if c == member:
            continue
        h = heading_role(sh.key(r, c))
        if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES or h.role == "person":
            return None
        found.setdefault(h.role, c)
    if not {"department", "title"} & found.keys():
        return None
    below = sh.rows[r + 1]
    first = squeeze(below[member]) if member < len(below) else ""
    if not (MENTION_NAME.fullmatch(first) or looks_like_name(first)):
        return None
    return member, found


def mention_roster(
    sh: _Sheet, r: int, head: tuple[int, dict[str, int]]
) -> tuple[dict[str, tuple[str, str]], set[int]]:
    """The rows under a roster's heading at ``r`` (``mention_roster_head``): name → (科室, post)
    ('@寸璎濯 | 企业服务部 | 专员'; a 科室 merged down or written once goes on), and its rows (the
    heading's and the caption's right above it, a cell alone, too)."""
    member, cols = head
    got: dict[str, tuple[str, str]] = {}
    used = {r}
    if r > 0 and len(sh.nonempty(r - 1)) == 1:
        used.add(r - 1)  # its caption ('协作成员')
    dept = ""
    for y in range(r + 1, len(sh.rows)):
        row = sh.rows[y]
        said = squeeze(row[member]) if member < len(row) else ""
        said = said[1:] if said[:1] in ("@", "＠") else said
        if not looks_like_name(said):
            break
        dept = (
            squeeze(row[cols["department"]])
            if "department" in cols and cols["department"] < len(row)
            else ""
        ) or dept
        post = squeeze(row[cols["title"]]) if "title" in cols and cols["title"] < len(row) else ""
        got.setdefault(said, (dept, post))
        used.add(y)
    return got, used
