"""The risk rows under a header: ``_table`` and the per-row helpers it asks (is a row data,
a group line, the rest of the row above, a cross-reference, one of several points in a
cell, its measures keyed by number …). Also every ``_Locator`` method no name rule of
``benchmarks/split_locate.py`` assigns elsewhere.

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import attrgetter, itemgetter

from xlproc.columns import (
    COMPOUND_SURNAMES,
    EVERYONE_WORDS,
    LEADERS_GROUP,
    ORG_PATH_MARKS,
    _dept_like,
    heading_role,
    holder_shares,
    looks_like_name,
    name_then_post,
    role_zh,
    starts_with_surname,
)
from xlproc.identity import (
    LEVEL_SAID_MARKS,
    LEVEL_TAIL_MARKS,
    NUMBERING,
    caption_identity,
    caption_level,
    caption_level_said,
    caption_level_tail,
    dept_in_title,
    holder_and_post,
    is_post,
    org_path,
    roster_cell,
    shortened,
    squeeze,
    unit_in_title,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _ADJ_TO,
    _AREA_PREFIX,
    _ARROW,
    _BARE_NUMERAL,
    _BLANK_ITEMS,
    _BOX_EMPTY,
    _BOX_TICKED,
    _BULLET,
    _CASE_LINE,
    _CLOSING_BRACKET,
    _CN_ITEM,
    _COLLECTIVE,
    _DASH_RUN,
    _DATE,
    _DELETED,
    _DEPT_TAG,
    _DITTO,
    _DITTO_CHAR,
    _DITTO_LOOKALIKE,
    _DITTO_MARK_CHARS,
    _DUTY_THEN_POST,
    _EXAMPLE,
    _FIGURES,
    _FIRST_ITEM,
    _FOOTER_OPENERS,
    _FOOTER_STARTS,
    _FORMER_AND_NOW,
    _GENERIC_TYPES,
    _GOES_ON,
    _HANDED,
    _HAS_FORMER,
    _HOLDER_CODE,
    _HOLDER_COLON,
    _HOLDER_ROLES,
    _INLINE_MEASURES,
    _ITEM,
    _ITEM_LINE,
    _ITEM_START,
    _KEEP_LEVEL,
    _KEYED_LINE,
    _LATER_ITEM,
    _LEVEL_BEFORE,
    _LEVEL_STEP,
    _LEVELS_DOWN,
    _MARK_WORDS,
    _MEASURE_ITEM,
    _MEASURE_REF,
    _MEASURES_LABEL,
    _MEASURES_ROW,
    _NAME_MARKS,
    _NAME_THEN_PART,
    _NEXT_ITEM,
    _NO_ANSWER,
    _NO_POST_ALONE,
    _NOT_A_SPILL,
    _NOTE_LABEL_WORDS,
    _NOTHING,
    _NOTHING_WRITTEN,
    _NUMBER,
    _NUMBER_ON,
    _NUMBERISH,
    _ORDINAL_FIRST,
    _OUTLINE_CODE,
    _OUTLINE_DOTS,
    _PAGE_GOES_ON,
    _PAGE_HOLDER_ON,
    _PERSONAL_BRACKET,
    _POINT_DETAILS,
    _POINT_WORDS,
    _POST_COLON,
    _POST_MOVED,
    _POST_MOVED_BEFORE,
    _POST_NAMES_SPLIT,
    _PROMPTS,
    _REASON_LINE,
    _REVIEW_SETS_LEVEL,
    _RULE_MARKS,
    _SAFETY_CLASS,
    _SAME_AS_BEFORE,
    _SAME_BELOW,
    _SECTION_LINE,
    _SET_TO,
    _SHARER_GROUP,
    _SHOWS_LINE,
    _SIGNING_ROLE,
    _STAGE_LINE_WORDS,
    _STATUS_TAIL,
    _STEP_FROM,
    _STEPS,
    _SUMMARY_COUNT,
    _TAIL_NAMES,
    _TOTAL,
    _TREE_BRANCH,
    _TREE_BRANCH_OPENERS,
    _TYPE_LEVEL,
    _TYPE_PREFIX,
    _UP,
    RawForm,
    RawRisk,
    _a_named_post,
    _aimed_parts,
    _approval_head,
    _area_cell_holders,
    _arrow_parts,
    _balanced,
    _bare,
    _block_names_row,
    _caption_holder_fields,
    _carry_heads,
    _cell_or_merged,
    _clause_example,
    _closing_clauses,
    _closing_count_says,
    _cn_row_number,
    _colon_parts,
    _column_numbers,
    _connector_row,
    _cross_ref,
    _ditto_said,
    _extend,
    _field_with_value,
    _footer_parts,
    _full_type,
    _grid_row_empty,
    _has_colon,
    _head_and_lines,
    _head_holder,
    _heading_cell,
    _heading_level,
    _heading_type,
    _held_numbered_items,
    _hint_row,
    _hold,
    _holder_back,
    _inline_items,
    _is_date,
    _is_risk_text,
    _is_signoff_label,
    _joined,
    _key,
    _label_cells_line,
    _labelled_lines,
    _level_cell_holders,
    _level_cell_points,
    _level_closed_items,
    _levels_by_line_numbers,
    _licence_roster_at,
    _line_holders,
    _lines_numbered_as,
    _mark_split,
    _measures_bracket,
    _measures_numbered_alike,
    _names_a_body,
    _names_holder,
    _names_in,
    _names_sharer,
    _names_someone,
    _note_bracket,
    _note_line,
    _numbered_items,
    _numbered_pairs,
    _outline_depths,
    _outline_node,
    _overseer_grade,
    _part_by_path,
    _plain_name,
    _point_holder_bracket,
    _point_holder_dash,
    _point_holders_of_line,
    _point_numbers,
    _points_among_lines,
    _points_named,
    _post_and_name,
    _post_in_heading,
    _post_label,
    _post_stem,
    _prefixed_level,
    _raci_letters,
    _review_agrees,
    _review_hands_to,
    _role_signed,
    _roster_hold,
    _row_seq,
    _ruled,
    _same_field,
    _same_holder,
    _seamed_parts,
    _section_label,
    _shared_close,
    _sharer_note,
    _shows_split,
    _signed_label,
    _signoff_cell,
    _stage_key,
    _stage_row_level,
    _sub_row_level,
    _Table,
    _tag_parts,
    _takes_over,
    _ticked,
    _tree_branch_holder,
    _typed_line_items,
    _unmarked,
    _with_stage,
    bracket_head,
    cell_runs,
    grade_mark_step,
    holder_bracket,
    level_then_holders,
    member_post,
    post_moved,
)
from xlproc.locate_holders import _fan_out
from xlproc.locate_levels import (
    _count_lines,
    _dot_numbered_levels,
    _level_lines,
    _lines_level_tagged,
    _other_marks_fit,
)
from xlproc.shadow import SHADOW, shadow_agrees
from xlproc.text import LazyRe, cell_ref, col_letter, label_key, number_list

# the fields a numbered point's later items carry (no holder's): parted again under levels
_POINT_PARTS = frozenset({"risk_point", "measures", "risk_level", "risk_type", "description"})
# a subtotal row's count of the rows above it: '4个', '3项', '共3项', '计2条'
_SUBTOTAL_COUNT = LazyRe(r"^\s*(?:共计|共|计)?\s*(\d+)")
# a row's point cell saying it holds the measures of the points above it, written once for them:
# '以上风险点防控措施', '针对上述风险点的防控措施：', '以上2项风险点共用措施' (``_measures_for_points_above``)
_SHARED_MEASURES = LazyRe(
    r"^(?:本岗位|本人|该岗位|本股室|本科室)?(?:针对|对|关于)?(?:以上|上述|前述|上列)"
    r"(?:所列|各项|全部|的)?(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,2})?[项个条]?"
    r"(?:廉政|廉洁)?风险点?(?:的|之)?(?:共同|共性|共用|统一|综合)?(?:的)?"
    r"(?:防控|防范|预防|管控|应对)?(?:措施|办法|举措)(?:如下)?[：:]?$"
)
_CN_COUNTS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}  # fmt: skip


def _count_of(text: str) -> int:
    """'2' → 2, '三' → 3, '十二' → 12 (the count a shared-measures label names)."""
    if text.isdigit():
        return int(text)
    if len(text) == 2 and text[0] == "十":
        return 10 + _CN_COUNTS.get(text[1], 0)
    if len(text) == 2 and text[1] == "十":
        return 10 * _CN_COUNTS.get(text[0], 0)
    return _CN_COUNTS.get(text, 0)


# a 环节 row's stage cell: '一、受理环节', '（二）审核阶段', '3.审批环节' (``_stage_cell_row``)
_STAGE_CELL_LABEL = LazyRe(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[、.．：:\s]*)?"
    r"\s*(?P<stage>[\u4e00-\u9fff]{1,14}(?:环节|阶段))$"
)


def _stage_cell_label(row: list[str], c: int) -> str:
    """The stage a 环节 row's cell names, its number off ('一、受理环节' → '受理环节'), or ''."""
    text = squeeze(row[c]) if c < len(row) else ""
    if not text or len(text) > 20:
        return ""
    m = _STAGE_CELL_LABEL.match(text)
    return m.group("stage") if m is not None else ""


# a stage of control written alone in the point (or 序号) column of a list, over the points of
# that stage ('事前防范', '二、事中控制', '（三）事后监督：', '事后'; '决策环节', '二、执行', '监督阶段';
# ``_control_stage_row``)
_CONTROL_STAGE = LazyRe(
    r"^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．])?\s*"
    r"(?P<stage>事[前中后](?:[\u4e00-\u9fff]{0,2}?(?:防范|预防|防控|控制|监管|监督|监控|检查|问责|追责|"
    r"处置|管理|审查|环节|阶段))?|(?:决策|执行|监督)(?:环节|阶段|过程)?)\s*[：:]?$"
)
_CONTROL_STAGE_WORDS = ("事前", "事中", "事后", "决策", "执行")  # (two stages name one of them)


# a 环节 numbered ``N.`` alone in the point column of a list, over its points numbered ``N.1``,
# ``N.2`` … ('1. 项目审批环节', '2.资金拨付' over '2.1 不按进度拨付…'; ``_numbered_stage_rows``)
_NUMBERED_STAGE = LazyRe(r"^(\d{1,2})[.．、](?P<stage>[^\d.．、，,。；;：:（(][^，,。；;]{1,17})$")
_NUMBERED_POINT = LazyRe(r"^(\d{1,2})[.．](\d{1,2})(?![\d.．])")
# the same numbering standing ONLY in the 序号 column: '1' beside a 环节 with no number in the
# point column ('项目审批环节', '资金拨付') over '1.1', '1.2' beside its points
# (``_seq_numbered_stage_rows``)
_SEQ_STAGE_NUMBER = LazyRe(r"^(\d{1,2})(?:\.0)?[.．、]?$")
# a number opening a cell ('3.', '4、', '2.1', '（5）'): where a numbered 环节's points end
_ANY_NUMBERING = LazyRe(r"^(?:\d{1,3}(?:[.．、)）]|$)|[（(]\d{1,3}[)）])")
_SEQ_FIRST_POINT = LazyRe(r"^(\d{1,2})[.．]1$")
_SEQ_STAGE_NAME = LazyRe(r"^[^\d.．、，,。；;：:（(【\[][^，,。；;：:]{1,17}$")


def _control_stage_label(text: str) -> str:
    """The stage of control a cell names alone, its number off ('二、事中控制' → '事中控制'), or ''."""
    if len(text) > 40:
        return ""  # (a point's words: the common case, before squeezing them)
    text = squeeze(text)
    if (
        not text
        or len(text) > 14
        or ("事" not in text and "决策" not in text and "执行" not in text and "监督" not in text)
    ):
        return ""
    m = _CONTROL_STAGE.match(text)
    return m.group("stage") if m is not None else ""


def _give_stage_measures(raw_rows: list, given: list[tuple[int, str, str]]) -> int:
    """Give the measures a stage row of control writes for its stage ('一、事前防范 | … |
    开展廉政教育…') to each point read under it (``given``: each stage row, its stage, its
    measures; a point is under the last such row above its own row), after the point's own,
    headed by the stage ('事前防范：…'); returns how many points took them."""
    n = 0
    for rr in raw_rows:
        at = None
        for sr, stage, said in given:
            if sr >= rr.row:
                break
            at = (stage, said)
        if at is None or not at[1]:
            continue
        own = rr.measures.strip()
        rr.measures = f"{own}\n{at[0]}：{at[1]}" if own else f"{at[0]}：{at[1]}"
        n += 1
    return n


def _head_of(header: list[str], col: int) -> str:
    """A column's heading as said ('序号', '廉政风险点'), or where it stands when blank."""
    return squeeze(header[col]) if col < len(header) and header[col] else f"第{col + 1}列"


# a level's word in a stage cell (the cheap test of ``_stage_rows_col``)
_STAGE_LEVEL_HINT = LazyRe(r"[级高中低]|风险")
# a staggered point's text broken off across two columns: the left ending mid-phrase, or the
# right opening with what closes one ('…打招呼、' | '放行', '…（含' | '）'; ``_staggered_written_on``)
# a post column's heading naming a chain of posts handling a matter in turn, no one's move
# ('岗位（审批层级）', '责任链', '审批流程岗位', '经办→审核→审批'): its arrows stay as written
_REPORTING_HEAD = LazyRe(r"层级|链|流程|审批|审核|经办|逐级|→|->|—>")
_RUNS_ON_LEFT = LazyRe(r"[，,、（(“‘—\-和与及或的在对把将被向给从]$")
_RUNS_ON_RIGHT = LazyRe(r"[，,、）)”’。；;]")
# a row of a list saying what the post does, over its points: '岗位职责：负责…', '【主要职责】…'
_DUTY_HEAD_FIRST = "岗主工本职【[〔"
_DUTY_HEAD = LazyRe(
    r"^[【\[〔]?\s*(?:本人|本?岗位(?:主要)?|主要|工作)?职责(?:内容|范围|描述)?\s*"
    r"(?:[】\]〕]\s*[：:]?|[：:])\s*\S",
)
# (a note tying the indent to the people a section names: '第一位同志', '第二位人员', '后者')
_INDENT_NOTE_PEOPLE = re.compile(
    r"人|成员|同志|第[一二三四1-4]位|第[一二三四1-4]名|前者|后者|岗位|所列"
)

# the cells whose lines may close with each holder's share of the point ('牟某　40%')
_SHARE_ROLES = ("person", "title")
# '与第4项相同', '与序号2一致': a level cell naming the row whose level it is (``_levels_by_row_number``)
_LEVEL_SAME_AS_NUMBER = LazyRe(
    r"^\s*与\s*(?:序号\s*第?|第)\s*(\d{1,3})\s*(?:项|条|号|行)?\s*的?(?:风险等级|等级|级别)?\s*(?:相同|一致)\s*$"
)
# '同第1项（高）', '同序号2(Ⅲ级)': the level a row-number level cell writes beside it, in brackets
_LEVEL_NUMBER_BRACKET = LazyRe(r"[（(]\s*([^（）()]{1,12}?)\s*[)）]\s*$")
_BACK_ROLES = ("department", "title", "person")  # the cells a '同序号2' takes from row 2
# a holder's cell saying its holder is the one named at its left: '同左', '见左', '同前列',
# '（同左）' under 岗位责任人 beside a 科室负责人 column naming the head (``_name_at_left``)
_SAME_LEFT_SAID = re.compile(r"[（(]?(?:同|见|如)(?:左|左列|左栏|左侧|前列|前栏)[)）]?")
_NOT_LEFT_ROLES = frozenset({"seq", "unit", "department", "title"})  # (never a name at the left)


# the columns of a point's own words, no post in them, for a colleague named by post and name
_TAKER_TEXT_ROLES = frozenset(
    {"risk_point", "risk_level", "risk_type", "measures", "duty", "workflow", "description"}
)


def _page_holder_on(v: str) -> bool:
    """A holder's cell saying only that the holder above the page break goes on: '（接上页）',
    '接上页', '续上页', '同上页', '（续）' (``_PAGE_HOLDER_ON``)."""
    if not v or len(v) > 10 or ("页" not in v and "续" not in v and "接上" not in v):
        return False  # (the cheap test first: most cells are names and posts)
    return bool(_PAGE_HOLDER_ON.fullmatch("".join(v.split())))


def _across_post_name(v: str) -> tuple[str, str] | None:
    """A holder's block merged across the 科室, 岗位 and 姓名 columns naming his post and him:
    '局长　甄翯湲', '副局长⏎钭澂翊', '局长：甄翯湲', '甄翯湲（局长）' → (post, name); None for a 科室
    ('办公室'), a post alone ('局长') or a group's label ('局领导')."""
    if len(v) < 4 or len(v) > 24:
        return None  # (the cheap test: a post and a name need four characters at least)
    got = _post_and_name(v)  # 'post name', 'post：name' (a space, a newline or a colon between)
    if got is not None:
        return None if _dept_like(got[0]) else got
    pair = holder_and_post(v) if v.rstrip()[-1:] in ")）" else None  # '甄翯湲（局长）'
    if pair is not None and is_post(pair[1]) and not _dept_like(pair[1]):
        return pair[1], pair[0]
    return None


# a post one is called by after his surname ('康科长', '岑主任')
_ADDRESSED_POST = re.compile(
    r"副?(?:[科股局所站院处部队校园室组]长|主任|书记|会计|出纳|经理|老师|干事)"
)
# one word alone in a holder's cell ending as posts end ('安全员', '主任'), to try as a post
_ONE_POST_WORD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:员|长|主任|会计|出纳|书记|干事|专干)")
# one department's name ('财务科', '办公室', '稽查大队'): two of them split at a comma
_ONE_DEPT_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:科|室|股|处|所|队|站|中心|部|组)")
# '填写示例：', '示例', '例：' on a line over rows stood over a heading: how to fill it in
_SORTED_EXAMPLE_LINE = re.compile(r"示例|样例|举例|范例|^例[:：]")


# a 序号 cell ('10', '10.', '10、'), and a line saying the rows were sorted descending
# ('按序号降序排列', '倒序', '从大到小'): the list's blanks carry up (``_carried_up``)
_CARRY_UP_SEQ = re.compile(r"(\d{1,4})[.．、]?")
_CARRY_UP_NOTE = re.compile(r"倒序|降序|从大到小|由大到小")
# the columns a level word never stands in, as a row shifted left puts it (``_rows_shifted``)
_STRAY_ROLES = frozenset(("unit", "department", "title", "person", "risk_point"))
# a job cell saying the row has none ('/' under 行政职务 beside a 党内职务, ``Table.side_post``)
_NO_JOB = frozenset({"/", "／", "\\", "-", "—", "——", "－", "无", "暂无"})
# a line closing a table, typed in its last column under the last point ('以下空白', '（此页无正文）',
# '本表一式两份', a remark wholly in brackets, a place to sign '分管领导签字', a date alone): no
# measure of the point above (``_measure_rows_under``)
_TABLE_FOOT = LazyRe(
    r"^[（(][^（）()]*[)）]$|以下(?:空白|无内容|无正文|无)|无正文|一式[两二三四五2-5]份|^(?:附|附件|附表)[:：\d一二三]"
    r"|^(?![\d（(]|[一二三四五六七八九十][、.．])[^，。；,;]{0,10}(?:签字|签名|盖章|签章)[)）]?$"
    r"|^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*[年.\-/]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:[月.\-/]"
    r"\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?)?)?$"
)
# an actual post's (科室's) cell beside the one on paper saying it is the same ('不变', '未变动',
# '同编制岗位', '与编制一致', '同左', '—'): the post on paper is held (``_post_on_paper``)
_SAME_AS_PAPER = LazyRe(
    r"^(?:[/／\\\-—－]+|无|暂无|不变|未变|未变动|没变|未调整|无调整|无变化|无变动|未变化|一致|相同|同左"
    r"|(?:同|与)(?:编制|原|定编|左)(?:岗位|职务|科室|股室|所在科室)?(?:一致|相同)?)[。.]?$"
)

# a point cell saying the post's points are withheld from the list, reported elsewhere
# ('该岗位为涉密岗位，廉政风险点…另行报送，不在本表填列', '另文上报', '详见涉密台账'): no point
_WITHHELD = LazyRe(
    r"(?:另行|另文|另册|单独|另外)(?:报送|上报|填报|呈报|报备|报告)"
    r"|不(?:在|于)(?:本|此)表(?:中|内)?(?:填列|填报|填写|列出|列明|列示|体现|公开)"
    r"|本表(?:中|内)?不(?:予)?(?:填列|填报|列出|列明|公开)"
    r"|(?:详见|另见|见)(?:涉密|保密)(?:台账|清单|登记表|档案)"
)
# …but not a fault of reporting that happens to say so ('数据另行报送不及时', '另行上报弄虚作假')
_WITHHELD_FAULT = LazyRe(
    r"不及时|不准确|不真实|不严|不到位|不规范|未按|弄虚|虚报|瞒报|迟报|漏报|违规|私自|擅自"
)
# the columns a row of two years' lists side by side names beside its points: its holder's
_YEAR_ROW_HELD = frozenset(("seq", "unit", "department", "title", "person"))
# a note (or the point's heading) saying a row whose point is left blank shares the point above:
# '注：风险点一栏空白的行，与上一条风险点相同，由该行人员共同承担。', '风险点（空白的与上行相同）',
# '空格表示同上', '未填的同上' (``_blank_shares_above``)
_BLANK_SHARES_SAID = re.compile(
    r"(?:空白|空格|空着|留空|为空|未填|不填|没填|没有填)[^。；;\n]{0,24}?(?:相同|同上|同前|共同承担|一致)"
)
_BLANK_SHARES_CLAUSE = re.compile(r"[^。；;\n]+")
_BLANK_SHARES_POINT = re.compile(r"风险点|风险内容|风险事项")
# (another column named as what is blank: the note is that column's, not the point's)
_BLANK_SHARES_OTHER = re.compile(
    r"科室|股室|部门|单位|岗位|职务|姓名|等级|措施|类型|类别|序号|责任人"
)
_BLANK_SHARES_NOT = re.compile(r"不相同|不得|不能|并非|无")


# a sub-row in one holder's block naming the second post he holds, over that post's points,
# unlabelled: '兼任统计员', '（兼）档案管理岗位', '报账员（兼任）' (labelled ones, '兼任岗位：儿童督导员',
# '兼职：出纳', '第二岗位：安全员', by ``_post_label``; '分管岗位：财务' by ``_SIDE_POST_LABELS``)
_SECOND_POST_ROW = LazyRe(
    r"^(?:兼任\s*(?P<p>[^:：]+)"
    r"|[(（]\s*兼(?:任|职)?\s*[)）]\s*(?P<p2>[^:：]+)"
    r"|(?P<p3>[^:：(（]+?)\s*[(（]\s*兼(?:任|职)?\s*[)）])$"
)
_SIDE_POST_LABELS = ("分管岗位", "协管岗位", "分管职务", "协管职务")


def _second_post(text: str) -> str:
    """The post a sub-row names as its holder's second (concurrent) post ('兼任岗位：儿童督导员'
    → '儿童督导员', '（兼）档案管理岗位' → '档案管理'), else '' ('一、财务管理', '兼任岗位过多')."""
    text = squeeze(text).rstrip("。；;")
    label, colon, post = text.replace(":", "：").partition("：")
    if colon:
        # '兼任岗位：…', '兼职：…', '第二岗位：…' ('主岗：…' names his first post: no sub-row)
        if _post_label(label) in ("", "1") and label_key(label) not in _SIDE_POST_LABELS:
            return ""
        labelled = True
    elif m := _SECOND_POST_ROW.match(text):
        post = next(g for g in m.group("p", "p2", "p3") if g)
        labelled = post.endswith("岗位")
    else:
        return ""
    if post.endswith("岗位") and len(post) >= 4:
        post = post[:-2]
    if not 2 <= len(post) <= 14 or re.search(r"[，,。；;、:：\d]|岗位|职务|风险", post):
        return ""
    if _NO_SECOND_POST.search(post) or (looks_like_name(post) and not is_post(post)):
        return ""  # ('兼任岗位：暂无', '兼职：同上', '兼任：张三': no post named)
    return post if labelled or is_post(post) else ""


# the words of a form's '兼任岗位：___' left without a post: none, the same, see elsewhere
_NO_SECOND_POST = LazyRe(
    r"^(?:(?:暂?无|否|其他|其它|空)$|暂无|没有|不兼|未兼|无兼|暂未|暂不|同上|同前|待定|待补|不详"
    r"|见(?!习)|详见|参见|[—\-－─_＿/／\\]+$)"
)


def _blank_shares_point(text: str) -> bool:
    """A note saying a blank POINT cell is the point above: a clause (to '。', '；' or a line's end)
    with the blank-means-same words, not negated ('不相同', '不得', '并非', '无'), its blank the
    point's ('风险点一栏空白的…相同', '风险点（空白的与上行相同）') or no column's at all ('空格表示
    同上'); a clause whose blank is another column's ('科室、岗位栏空白的与上一行相同', '风险等级
    一栏空白的…') says nothing of the point."""
    for m in _BLANK_SHARES_CLAUSE.finditer(text):
        clause = m.group()
        said = _BLANK_SHARES_SAID.search(clause)
        if said is None or _BLANK_SHARES_NOT.search(clause):
            continue
        subject = clause[: said.start()]
        if _BLANK_SHARES_POINT.search(subject) or not _BLANK_SHARES_OTHER.search(subject):
            return True
    return False


_SHARER_ROLES = frozenset(("unit", "department", "title", "person", "tier"))  # a holder's cells
_SHARED_ROLES = ("risk_point", "risk_level", "risk_type", "measures")  # what a sharer takes


def _post_name_cell(key: tuple[str, str, str]) -> tuple[str, str, str]:
    """A holder's (科室, post, name) with a post cell holding post and name ('检验员　甄睿渊', no
    name of its own) read as the two; else as it is."""
    dept, title, person = key
    parts = title.split()
    if person or len(parts) != 2 or not is_post(parts[0]) or not looks_like_name(parts[1]):
        return key
    return dept, parts[0], parts[1]


# measures a line under a list gives every row above, no one point ('防控措施：以上各岗位均严格执行
# 内控制度', '措施：上述风险点均…', '措施：各股室…'): no point's own measures' row
_MEASURES_FOR_ALL = re.compile(
    r"\s*(?:以上|上述|上列|所有|全部|全体|本表|本单位|本[局院所站]|各(?:岗位|科室|股室|部门|单位|风险点))"
)


class _Body:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _withdraw_strays(
        self, gone: set[str], codes: tuple[str, ...] = ("ROW_UNPLACED", "CELL_OUTSIDE")
    ) -> None:
        """Take back the stray-row or stray-cell issues already given for cells a later step read
        after all (a map of holders, a roster, a staffing grid), and their count."""
        before = len(self.issues)
        self.issues = [i for i in self.issues if not (i.code in codes and i.cell in gone)]
        self.unplaced -= before - len(self.issues)

    def _new_holder_row(self, r: int, row: list[str], roles: dict[str, int]) -> bool:
        """A row writing a holder's name of its own, not the row above's: a blank job cell there is
        no job (``Table.side_post``), not the holder above's job carried down."""
        pc = roles.get("person")
        if pc is None or pc >= len(row) or not (name := row[pc].strip()):
            return False
        above = self.sh.rows[r - 1] if r > 0 else []
        return pc >= len(above) or above[pc].strip() != name

    def _post_on_paper(
        self,
        r: int,
        row: list[str],
        values: dict[str, str],
        roles: dict[str, int],
        t: _Table,
        merged: dict[tuple[int, int], tuple[int, int]],
    ) -> None:
        """'编制股室 | 编制岗位 | 实际股室 | 实际岗位' (``Table.paper_cols``, POST_ON_PAPER_SET_ASIDE): a
        row opening a holder's rows whose actual cell is blank (not merged down over it) works
        where the establishment puts him: his post (科室) is the one on paper, written on the row
        or merged down over it, not the actual one of the holder above carried down. A later row
        of the same holder carries his post as before (a list naming no holder: a row writing its
        own post on paper has it); '/', '无' on paper give nothing."""
        rl = len(row)
        new = self._new_holder_row(r, row, roles)
        for role, pc in t.paper_cols.items():
            ac = roles.get(role)
            if ac is None or (r, ac) in merged:
                continue
            # an actual cell saying no more than 'as on paper' ('不变', '同编制岗位', '一致', '同左',
            # '—'): staff not lent, the post on paper is the one held, never a post '不变'
            same = ac < rl and bool(_SAME_AS_PAPER.match("".join(row[ac].split())))
            if values.get(role) and not same:
                continue
            own = row[pc].strip() if pc < rl else ""
            if not (same or new or (own and roles.get("person") is None)):
                continue
            top = merged.get((r, pc))
            paper = own or (self.sh.rows[top[0]][top[1]].strip() if top else "")
            if paper and paper not in _NO_JOB:
                values[role] = paper
            elif same:
                values[role] = ""

    def _withdraw_column_issues(self, c: int, codes: tuple[str, ...] = ("COLUMN_GUESSED",)) -> None:
        """Take back this sheet's issues of ``codes`` on column ``c`` (a guess about the column a
        later step read after all: a holders' column by its heading)."""
        ref = col_letter(c)
        self.issues = [
            i
            for i in self.issues
            if not (
                i.code in codes
                and i.source_sheet == self.grid.name
                and i.cell.rstrip("0123456789") == ref
            )
        ]

    def _unplace(self, r: int) -> None:
        cols = self.sh.nonempty(r)
        text = " ".join(self.sh.rows[r][c] for c in cols)
        self.issues.append(
            make_issue(
                "ROW_UNPLACED", self.rel, self.grid.name, cell_ref(r, cols[0]), value=text[:60]
            )
        )
        self.unplaced += 1

    def _sorted_over_heading(self, t: _Table, strays: list[int], next_h: int) -> list[int]:
        """A list sorted in Excel with its heading row inside the range (the 排序 dialog's
        '数据包含标题' left unticked): some of its rows now stand between the title and the
        heading ('3 | 生态修复股 | 股长 | 宓泓缇 | 造林地块验收…不实 | 二级 | …' over '序号 | 科室 |
        岗位 | 姓名 | …'). The stray rows right over the heading (blank rows aside) that fill only
        columns the rows under it fill, and whose cells read as the table's roles say — its
        point a text, and two more of a 序号, a level word, a name, a post, a 科室, a type, a
        tick — are rows of the table, read with its column roles; the rest stay strays. The
        rows so taken, top first."""
        sh, roles = self.sh, t.roles
        pc = roles.get("risk_point")
        if pc is None or strays[-1] >= t.row:
            return []
        # the rows under the heading (its first few): the columns most of them fill, and what
        # (point, holder, level) each says
        under = [
            x
            for x in range(t.start, next_h)
            if x not in self.repeated and x not in self.skip and sh.kind(x) == "other"
        ]
        key_cols = [roles[k] for k in ("risk_point", "person", "title", "risk_level") if k in roles]

        def key(x: int) -> tuple[str, ...]:
            row = sh.rows[x]
            return tuple(squeeze(row[c]) if c < len(row) else "" for c in key_cols)

        said_under = {key(x) for x in under}
        merged = self.grid.merged_into if self.grid.merges else {}
        lookup, type_only = self.config.levels.lookup, self.config.type_only
        level_c, measures_c = roles.get("risk_level"), roles.get("measures")

        def shaped(x: int, common: set[int], filled: set[int]) -> bool:
            """A row read as the list's rows are: only columns they fill, every column most of
            them fill (a cell merged from above aside), its point a text, and two more cells
            that read as the table's roles say."""
            cols = sh.nonempty(x)
            if len(cols) < 3 or not filled.issuperset(cols):
                return False
            row = sh.rows[x]
            if any(v in _EXAMPLE for v in row[:3]):
                return False  # ('例 | 办公室 | 科员 | …': how to fill it in)
            if any(c not in cols and (x, c) not in merged for c in common - set(t.ticks)):
                return (
                    False  # ('1 | 局领导 | 局长 | 亓渊澈 | 主持全面工作…': no level, no measures)
                )
            if not (
                (level_c is not None and level_c < len(row) and lookup(row[level_c]) is not None)
                or (measures_c is not None and measures_c < len(row) and row[measures_c])
                or any(c < len(row) and _ticked(row[c]) for c in t.ticks)
            ):
                return False
            point = row[pc] if pc < len(row) else ""
            if len(point) < 6 or looks_like_name(point):
                return False
            said = 0
            for role, c in roles.items():
                v = row[c] if c < len(row) else ""
                if not v:
                    continue
                if (
                    (role == "seq" and v.isdigit() and len(v) <= 4)
                    or (role == "risk_level" and len(v) <= 12 and lookup(v) is not None)
                    or (role == "person" and (looks_like_name(v) or _post_and_name(v)))
                    or (role == "title" and (is_post(v) or _post_and_name(v)))
                    or (role == "department" and _dept_like(v))
                    or (role == "risk_type" and type_only(v))
                ):
                    said += 1
            said += any(c < len(row) and _ticked(row[c]) for c in t.ticks)  # (高 | 中 | 低 ticked)
            return said >= 2

        def columns_of(rows: list[int]) -> tuple[set[int], set[int]]:
            """The columns some of ``rows`` fill, and those most of them fill."""
            count: dict[int, int] = {}
            for x in rows:
                for c in sh.nonempty(x):
                    count[c] = count.get(c, 0) + 1
            return set(count), {c for c, n in count.items() if 2 * n > len(rows)}

        stray = set(strays)
        over: list[int] = []  # the stray rows right over the heading (blank rows passed), upwards
        x = t.row - 1
        while x >= 0:
            if not sh.nonempty(x):
                x -= 1  # (a blank row between: nothing)
                continue
            if x not in stray:
                break
            over.append(x)
            x -= 1
        if under:
            filled, common = columns_of(under[:3])
        else:
            # the heading sorted last ('序号' after the numbers): no rows under it; the rows over
            # it compared with each other (two at least)
            filled, common = columns_of(over)
            if len(over) < 2:
                return []
        if pc not in filled:
            return []
        taken: list[int] = []
        for x in over:
            if not shaped(x, common, filled) or (under and key(x) in said_under):
                break  # (a copy of a row under the heading: a stray, as before)
            taken.append(x)
        if not under and len(taken) < 2:
            return []
        if taken:
            # '填写示例：' over them: how to fill it in, no rows
            y = taken[-1] - 1
            while y >= 0 and not sh.nonempty(y):
                y -= 1
            if y >= 0 and _SORTED_EXAMPLE_LINE.search("".join(sh.rows[y])):
                return []
        return taken[::-1]

    # --- rows ---------------------------------------------------------------------------

    @staticmethod
    def _tier_point(row: list[str], t: _Table) -> list[str]:
        """'一级风险点 | 二级风险点' beside '风险等级', the deepest tier blank on a row that has
        its level or measures: its point is the deepest tier filled on it (the tiers filled one
        a row, each a point), the tiers above that on the row its duty."""
        rl = len(row)
        filled = [c for c in t.duty_tiers if c < rl and row[c]]
        said = [t.roles.get(x) for x in ("risk_level", "measures")]
        if not filled or not any(c is not None and c < rl and row[c] for c in said):
            return row
        pc = t.roles["risk_point"]
        row = list(row) + [""] * max(0, pc + 1 - rl)
        row[pc], row[filled[-1]] = row[filled[-1]], ""
        return row

    def _written_once(self, t: _Table, next_h: int) -> dict[int, list[str]]:
        """'检疫股（下同）', '一级（下同）' over cells left empty (not merged) till the next value
        written: the clerk's 'the same below'. Such a cell's value, the marker dropped, holds for
        the empty cells below it in its column on the rows that have a point (科室, post, holder,
        level, type, measures alike; the columns' runs need not line up, a level's run goes on
        across a change of holder), until the next cell written in that column; a value written
        without the marker holds for its row only. A run ends at a repeated header, at a row
        the table reads as a caption (no point, one cell: '二、国库股' merged across, a number's
        column alone) and at the table's end; a holder's run (or a post's) ends where a column
        above it in 科室 > post > holder is written anew with another value (a new post, a
        new holder). The rows so rewritten, by row (the point and 序号 columns are left: a point
        is never 'the same below'); one info issue a table, where some cell was filled."""
        rows = self.sh.rows
        # (the cheap test first: most tables never say '下同'; the rows joined in one pass in C,
        # a row apart from the next by \x01, which no word holds)
        if "下同" not in "\x01".join(map("\x00".join, rows[t.start : next_h])):
            return {}
        pc = t.roles["risk_point"]
        cols = sorted({c for role, c in t.roles.items() if role not in ("risk_point", "seq")})
        merged = self.grid.merged_into if self.grid.merges else {}
        # anchors of cells merged across columns (a caption's row)
        across = {(r0, c0) for r0, c0, _r1, c1 in self.grid.merges or () if c1 > c0}
        # the identity columns, outermost first: a cell written anew with another value ends
        # the runs of the columns after it (a new post: the holder written once above is not
        # its holder)
        tiers = list(dict.fromkeys(
            t.roles[x] for x in ("unit", "department", "title", "person") if x in t.roles
        ))  # fmt: skip
        last: dict[int, str] = {}  # identity column → the value last written in it
        run: dict[int, str] = {}  # column → the value written once above
        out: dict[int, list[str]] = {}
        first = ""  # the first cell saying it, for the message
        filled = 0
        said: set[int] = set()  # the columns with such a cell
        for x in range(t.start, next_h):
            if x in self.repeated or x in self.skip:
                run, last = {}, {}  # a header again, a set-aside row: the runs end
                continue
            row = rows[x]
            rl = len(row)
            has_point = pc < rl and bool(row[pc])
            if not has_point:
                on = self.sh.nonempty(x)
                if len(on) == 1 and (on[0] not in cols or (x, on[0]) in across):
                    run, last = {}, {}  # a section's or group's caption: the runs end
            for i, c in enumerate(tiers):
                v = row[c] if c < rl else ""
                if not v:
                    continue
                m = _SAME_BELOW.search(v) if "同" in v else None
                v = squeeze(v[: m.start()] if m is not None else v)
                if last.get(c, v) != v:
                    for below in tiers[i + 1 :]:
                        run.pop(below, None)  # (another post: not the holder's run above)
                        last.pop(below, None)
                last[c] = v
            new: list[str] | None = None
            for c in cols:
                v = row[c] if c < rl else ""
                if v:
                    m = _SAME_BELOW.search(v) if "同" in v else None
                    if m is None or not m.start():
                        run.pop(c, None)  # written for its row only
                        continue
                    run[c] = v[: m.start()] + m.group(1)
                    said.add(c)
                    first = first or f"{cell_ref(x, c)}“{v}”"
                elif not has_point or c not in run or (x, c) in merged:
                    continue  # (a merged cell: the merge says what it holds)
                else:
                    filled += 1
                if new is None:
                    new = list(row) + [""] * max(0, max(cols) + 1 - rl)
                new[c] = run[c]
            if new is not None:
                out[x] = new
        if said and filled:  # (nothing filled: the marker dropped, nothing to tell)
            heads = t.header[1] if t.header is not None else {}
            self.issues.append(
                make_issue(
                    "VALUES_SAME_BELOW", self.rel, self.grid.name,
                    field="、".join(heads.get(c, "") or f"第{c + 1}列" for c in sorted(said)),
                    value=str(filled), example=first,
                )
            )  # fmt: skip
        return out

    def _blank_shares_above(self, t: _Table, next_h: int) -> dict[int, tuple[int, list[str]]]:
        """A point several share typed once, each further holder on a row of his own with only
        his 科室, post and name ('资源管理股 | 股长 | 农某', no 序号, the point, level and
        measures cells empty, not merged), a note saying so ('注：风险点一栏空白的行，与上一条
        风险点相同，由该行人员共同承担。', or the heading '风险点（空白的与上行相同）'): each such
        row holds the nearest point above (text, level, type, measures). The rows so read → the
        row of that point (its cells named there) and the row rewritten; one info issue a
        table. Without such a note the rows stay rows with no point (POINT_BLANK: perhaps a form
        left unfinished); a holder row over points of no holder of their own is the points'
        heading (``_group_row``); a point merged down, '同上', '（下同）': their own rules."""
        rows = self.sh.rows
        end = min(next_h, len(rows))
        said = self._shares_above_said(t, end)
        if not said:
            return {}
        roles = t.roles
        shared = [roles[x] for x in _SHARED_ROLES if x in roles]  # (ticks, further columns too)
        shared += [*t.ticks, *(c for x in _SHARED_ROLES for c in t.extra.get(x, ()))]
        holder = {c for x, c in roles.items() if x in _SHARER_ROLES}
        pc = roles["risk_point"]
        if not holder or not ({"title", "person"} & roles.keys()):
            return {}
        merged = self.grid.merged_into if self.grid.merges else {}
        out: dict[int, tuple[int, list[str]]] = {}
        above = -1  # the row of the nearest point above
        for x in range(t.start, end):
            if x in self.repeated or x in self.skip:
                above = -1  # a header again, a set-aside row: no point above
                continue
            row = rows[x]
            rl = len(row)
            if (pc < rl and row[pc]) or (x, pc) in merged:
                above = merged.get((x, pc), (x,))[0] if not (pc < rl and row[pc]) else x
                continue
            on = [c for c, v in enumerate(row) if v]
            if not on or above < 0:
                continue  # (a blank row: their rule)
            if any(c not in holder or "：" in row[c] or ":" in row[c] for c in on):
                above = -1  # a 序号 or a caption with no point, '填表人：…': no sharer below
                continue
            if any((x, c) in merged for c in shared):
                continue  # (a cell merged down: the merge says what it holds)
            nxt = rows[x + 1] if x + 1 < end else []
            if pc < len(nxt) and nxt[pc] and not any(c < len(nxt) and nxt[c] for c in holder):
                continue  # the heading of the points under it, that name no holder (a group row)
            new = list(row) + [""] * max(0, max(shared) + 1 - rl)
            for c in shared:  # (the point's cells, a merge's top cell where merged)
                top = merged.get((above, c), (above, c))
                new[c] = rows[top[0]][top[1]] if top[1] < len(rows[top[0]]) else ""
            out[x] = (above, new)
        if out:
            self.issues.append(
                make_issue(
                    "POINT_BLANK_SHARES_ABOVE", self.rel, self.grid.name,
                    cell_ref(min(out), pc), value=said.strip()[:40], count=str(len(out)),
                )
            )  # fmt: skip
        return out

    def _shares_above_said(self, t: _Table, end: int) -> str:
        """The note (or heading) saying a row whose point is blank shares the point above it
        ('注：风险点一栏空白的行，与上一条风险点相同…', '风险点（空白的与上行相同）'), or ''."""
        if self.grid.lacks("同", "一致"):
            return ""  # (the cheapest test: the sheet writes neither word, as ``Grid.lacks``)
        rows = self.sh.rows
        heads = list(t.header[1].values()) if t.header is not None else []
        # (the cheapest test first: no '同' nor '一致' in the heading or under it, the rows
        # joined in one pass in C; then a row at a time)
        text = "\x01".join(map("\x00".join, (heads, *rows[t.start : end])))
        if "同" not in text and "一致" not in text:
            return ""
        return next(
            (
                v
                for cells in (heads, *(rows[x] for x in range(t.start, end)))
                if "同" in (j := "\x00".join(cells)) or "一致" in j
                for v in cells
                if v and ("同" in v or "一致" in v) and _blank_shares_point(v)
            ),
            "",
        )

    def _measure_rows_under(self, t: _Table, next_h: int) -> dict[int, int]:
        """Each point on a row of its own (序号, point, level, type) with its own 防控措施 cell
        left blank, and its measures written ONE A ROW in the rows right under it ('1.…',
        '2.…'; only the measures cell each row's own, the holder's cells at most inside merges
        from above, nothing merged over them): those rows are the point's measures, in order,
        no rows of points without text. The rows so read → the row of their point. Not where a
        measures-only row stands over the table's first point (measures typed ABOVE their
        points: a row's measures are not the point's above it), nor where a note says a row of
        blank point shares the point above (``_blank_shares_above``: its own reading); a point
        whose own cell holds '1.…' goes on with '2.…' by the rule for numbered lines; a lone
        measure under a point that has its own stays a row with no point (POINT_BLANK)."""
        roles = t.roles
        pc, mc = roles.get("risk_point"), roles.get("measures")
        if pc is None or mc is None or pc == mc or t.ticks or t.point_measures:
            return {}
        sh = self.sh
        rows = sh.rows
        end = min(next_h, len(rows))
        merged = self.grid.merged_into if self.grid.merges else {}
        out: dict[int, int] = {}
        point = -1  # the row of the point a run of measures rows hangs under (-1: none)
        first = True  # no point yet in the table
        for x in range(t.start, end):
            if x in self.repeated or x in self.skip:
                point = -1  # (a header again, a set-aside row: no point above)
                continue
            on = sh.nonempty(x)
            if not on:
                point = -1
                continue
            row = rows[x]
            if on == [mc]:
                text = row[mc].strip()
                spans = merged and (x, mc) in (merged.get((x, mc + 1)), merged.get((x + 1, mc)))
                if (x, pc) in merged or (x, mc) in merged or spans:
                    point = -1  # (a point or measures merged down, a line across: theirs)
                    continue
                if first:
                    return {}  # a measure over the table's first point: typed above its point
                if point < 0 or not text or text.startswith(("注", "备注", "说明")) or (
                    _signoff_cell(text) and _has_colon(text)
                ) or _TABLE_FOOT.search(text):  # fmt: skip
                    point = -1
                    continue
                out[x] = point
                continue
            if pc < len(row) and row[pc].strip() and (x, pc) not in merged:
                first = False
                own = row[mc].strip() if mc < len(row) else ""
                point = -1 if own or (x, mc) in merged else x
                continue
            point = -1  # (a holder's row, a group's row, a sign-off: no run goes on over it)
        if out and self._shares_above_said(t, end):
            return {}
        return out

    def _rows_shifted(self, t: _Table, next_h: int) -> dict[int, list[str]]:
        """A list saved from a web page by a tool that drops row spans: the spanned 科室/岗位/姓名
        cells stand on the first row of their run only and every row under them is SHIFTED LEFT
        by the cells it lacks, no cell merged ('2 | 车辆定点维修企业选定暗箱操作 | 高 | …' from
        column A, '3 | 副主任 | 蒙祎璘 | 车辆更新… | 中 | …'). Such a row, its cells running from
        the table's first column without a gap and ending short of its last, whose values do
        not fit where they stand (a level word outside the level column, risk text under 姓名)
        but fit the heading's last columns right-aligned (a level under the level, risk text
        under the point, a name under 姓名 …; measures last, or with a 备注 after them the
        measures' column), is moved right (its 序号 kept in place) and takes the cells it lacks
        from the row above, as the merged cells would give them. Gated: a level word under a
        holder's or the point's heading on each such row, each fitting fully. The rows so rewritten,
        by row; one info issue a table. A row short of its measures (its cells under their
        headings), a blank 科室 under a merged one, a sign-off line: as before."""
        roles = t.roles
        lc, pc = roles.get("risk_level"), roles.get("risk_point")
        if lc is None or pc is None or not t.is_list or pc >= lc or t.year_older:
            return {}  # (two years' bands: a row blank in this year's band is no row shifted)
        sh, level = self.sh, self.config.level
        merged = self.grid.merged_into if self.grid.merges else {}
        seq = roles.get("seq")
        first = t.first
        ends = sorted({t.last, roles.get("measures", t.last)}, reverse=True)
        # (the cheap test first: a row shorter than the heading, from its first column, some
        # level word under a holder's or the point's heading: not a level column of its own, as
        # a set-aside '安全风险' group's '风险等级' beside the integrity one)
        col_role = t.col_role
        astray = {c for c, role in col_role.items() if role in _STRAY_ROLES and c < lc}
        cands: list[int] = []
        for x in range(t.start, next_h):
            if x in self.repeated or x in self.skip:
                continue
            on = sh.nonempty(x)
            if len(on) < 2 or on[0] != first or on[-1] >= ends[0] or on[-1] - first + 1 != len(on):
                continue
            row = sh.rows[x]
            if any(
                level(row[c]) is not None and not _NUMBERISH.match(row[c])
                for c in on
                if c in astray
            ):
                cands.append(x)
        if not cands:
            return {}
        held = ("risk_point", "risk_level", "measures")
        fits = self._fits_role
        out: dict[int, list[str]] = {}
        prev_of: dict[int, int] = {}
        last_row = -1
        for x in range(t.start, next_h):  # the row above each candidate, read or rewritten
            if x in self.repeated or x in self.skip or not sh.nonempty(x):
                continue
            prev_of[x] = last_row
            last_row = x
        for x in cands:
            above = prev_of.get(x, -1)
            if above < 0:
                continue
            row = sh.rows[x]
            on = sh.nonempty(x)
            if any((x, c) in merged for c in on):
                continue
            hi = on[-1]
            starts = (
                [first + 1, first] if seq == first and _NUMBERISH.match(row[first]) else [first]
            )
            done = None
            for k in starts:
                for e in ends:
                    m = e - hi
                    if m <= 0 or not (k + m <= pc and lc <= e):
                        continue
                    if any(col_role.get(c) in held for c in range(k, k + m)):
                        continue  # (a row lacks spanned holders' cells, not its point)
                    if all(fits(row[c], col_role.get(c + m)) for c in range(k, hi + 1)):
                        done = (k, m)
                        break
                if done:
                    break
            if done is None:
                continue
            k, m = done
            up = out.get(above) or sh.rows[above]
            new = list(row[:k]) + [up[c] if c < len(up) else "" for c in range(k, k + m)]
            new += row[k : hi + 1]
            new += [""] * max(0, len(row) - len(new))
            out[x] = new
        if not out:
            return {}
        self.issues.append(
            make_issue(
                "ROWS_SHIFTED_REALIGNED", self.rel, self.grid.name,
                cell=cell_ref(min(out), first),
                value="、".join(str(x + 1) for x in sorted(out)),
            )
        )  # fmt: skip
        return out

    def _fits_role(self, v: str, role: str | None) -> bool:
        """Whether a cell's value may stand under a heading of that role, as a row moved to
        other columns is checked (``_rows_shifted``, ``_rows_split_at_comma``): a level word
        under the level, risk text under the point, a name under 姓名, a number under 序号,
        no level word anywhere else."""
        level = self.config.level
        if role == "risk_level":
            return level(v) is not None
        if role == "risk_point":
            return _is_risk_text(v, self.config)
        if role == "person":
            return _plain_name(squeeze(v))
        if role == "seq":
            return bool(_NUMBERISH.match(v))
        return level(v) is None  # (科室, post, measures …: no level word)

    def _rows_split_at_comma(self, t: _Table, next_h: int) -> dict[int, list[str]]:
        """A list written out as a .csv WITHOUT quoting and opened in Excel: on a row whose
        point (or measures) was typed with a half-width comma the field was split there, and
        the row is LONGER than the heading by one cell a comma, every later field that many
        columns right ('价格监测数据采集不按时 | 事后补录编造 | 一级 | 定点…' under '廉政风险点 |
        风险等级 | 防控措施 | (none)'). Such a row, its k cells past the heading's last column
        filled (and no more), no level word under the level's heading but one k columns right,
        is read with the k neighbouring pairs joined again by ',' — the first joins from the
        left that realign the whole row (a level word under the level, risk text under the
        point, a name under 姓名, no level word elsewhere), each join in a text column (the
        point, its description, the measures) or in the holders' (two names, two posts). Gated: the table's other rows hold level words
        under the level's heading (at least two, two in three of those written). The rows so
        rewritten, by row; one info issue a table. A 备注 typed in an unheaded column past a
        row whose level stands in place, a row no join realigns, a list whose points hold
        commas inside their one cell: as before."""
        roles = t.roles
        lc, pc = roles.get("risk_level"), roles.get("risk_point")
        if lc is None or pc is None or not t.is_list or pc >= lc or t.year_older:
            return {}
        sh, level = self.sh, self.config.level
        first, last = t.first, t.last
        col_role = t.col_role
        # (the cheap test first: cells right of the heading's last column, its level cell no
        # level word)
        cands: list[tuple[int, int]] = []
        others: list[int] = []
        for x in range(t.start, next_h):
            if x in self.repeated or x in self.skip:
                continue
            on = sh.nonempty(x)
            if not on:
                continue
            row = sh.rows[x]
            if lc >= len(row) or not row[lc].strip():
                continue
            if level(row[lc]) is None and row[lc].strip() not in _NOTHING:
                # ('/', '无' under the level: the row says it has none, nothing shifted in)
                # (k: how far right the level word stands; the row's cells past the heading's
                # last column, if any, the k moved out of it: a trailing 备注 left blank moves
                # none out)
                k = next(
                    (
                        j
                        for j in range(1, 4)
                        if lc + j < len(row) and level(row[lc + j]) is not None
                    ),
                    0,
                )
                past = [c for c in on if c > last]
                if k and past == list(range(last + 1, last + 1 + len(past))) and len(past) <= 3:
                    cands.append((x, max(k, len(past))))  # (more cells out: the measures too)
                    continue
            others.append(x)
        if not cands:
            return {}
        leveled = sum(level(sh.rows[x][lc]) is not None for x in others)
        if leveled < 2 or 3 * leveled < 2 * len(others):
            return {}  # (no level column the other rows bear out)
        merged = self.grid.merged_into if self.grid.merges else {}
        joinable = {"risk_point", "description", "measures"}
        fits = self._fits_role

        def holders(role: str | None, a: str, b: str) -> bool:
            """Two holders typed in one cell with a comma ('闵慧,芮涛', '科长,副科长'): a join
            there, both halves names (posts) the column holds, not the point's first words."""
            if role == "person":
                return all(
                    _plain_name(squeeze(v)) and looks_like_name(squeeze(v))
                    and not _is_risk_text(v, self.config)
                    for v in (a, b)
                )  # fmt: skip
            if role == "title":
                return bool(_ONE_POST_WORD.fullmatch(a) and _ONE_POST_WORD.fullmatch(b))
            if role == "department":
                return bool(_ONE_DEPT_WORD.fullmatch(a) and _ONE_DEPT_WORD.fullmatch(b))
            return False

        def joins(cells: list[str], k: int, lo: int) -> list[str] | None:
            """``cells`` (from the table's first column) with k neighbouring pairs joined, the
            first join at ``lo`` or right of it, the leftmost that realign them; else None."""
            if k == 0:
                return cells if all(
                    all(fits(p, col_role.get(first + i)) for p in v.split(","))
                    if col_role.get(first + i) in ("person", "title") else fits(v, col_role.get(first + i))
                    for i, v in enumerate(cells) if v
                ) else None  # fmt: skip
            for i in range(lo, len(cells) - 1):
                a, b = cells[i], cells[i + 1]
                role = col_role.get(first + i)
                if (
                    not a
                    or not b
                    or level(b)
                    or not (role in joinable or holders(role, a, b))
                    # (a half of a point is words: no count or vote '9', no type word that
                    # stands in its column's neighbour, '思想道德风险')
                    or (
                        role in joinable
                        and (_FIGURES.fullmatch(b.strip()) or self.config.type_only(b.strip()))
                    )
                ):
                    continue
                # (the cells left of the join keep their columns: they must fit them)
                if not all(fits(v, col_role.get(first + j)) for j, v in enumerate(cells[:i]) if v):
                    break
                got = joins([*cells[:i], f"{a},{b}", *cells[i + 2 :]], k - 1, i)
                if got is not None:
                    return got
            return None

        out: dict[int, list[str]] = {}
        for x, k in cands:
            row = sh.rows[x]
            if any((x, c) in merged for c in range(first, last + k + 1)):
                continue
            cells = [row[c] if c < len(row) else "" for c in range(first, last + k + 1)]
            got = joins(cells, k, 0)
            if got is None:
                continue
            new = list(row[:first]) + got + [""] * k
            new += row[len(new) :]
            out[x] = new
        if not out:
            return {}
        self.issues.append(
            make_issue(
                "ROWS_SPLIT_AT_COMMA", self.rel, self.grid.name,
                cell=cell_ref(min(out), pc),
                value="、".join(str(x + 1) for x in sorted(out)),
            )
        )  # fmt: skip
        return out

    def _carried_up(self, t: _Table, next_h: int) -> dict[int, list[str]]:
        """A list whose merged 科室/岗位/姓名 cells were unmerged (each value left in its old
        range's top cell) and whose rows were then sorted by 序号 DESCENDING ('10', '9' … '1';
        '注：本表已取消合并单元格，按序号降序排列。'): each holder's post and name now stand on the
        LAST row of his block, his other rows blank ABOVE it, so a blank identity cell belongs
        to the nearest row BELOW it that writes that column (the next smaller 序号), not to the
        row above. Gated: a 序号 on every row of the list running strictly down by one to 1,
        no identity cell merged among them, the lowest row naming its holder, some identity
        cell blank, and either the first row's identity cells all blank or (its 科室 blank, its
        post or name written) a line saying the rows were sorted 倒序/降序/从大到小; a first row
        naming every identity column is a list typed top-named (a countdown), never carried
        up, note or not. Such rows rewritten, by row, each blank identity
        cell from the row below (a row writing a 科室 anew ends the post's and holder's runs
        above it); one info issue a table. An ascending list, one with no 序号, a descending
        list whose first row is named and no note (blanks carried down as ever), one with a
        caption row among its rows, or merged cells (the merges say whose): as before."""
        roles = t.roles
        sc = roles.get("seq")
        if sc is None or not t.is_list:
            return {}
        ids = [roles[x] for x in ("unit", "department", "title", "person") if x in roles]
        if not ids or ("title" not in roles and "person" not in roles):
            return {}
        rows, pc = self.sh.rows, roles["risk_point"]
        # (the cheap test first: the first two rows' 序号 going down by one)
        x0 = t.start
        while x0 < next_h and (x0 in self.repeated or x0 in self.skip):
            x0 += 1
        if x0 + 1 >= next_h:
            return {}
        a = _CARRY_UP_SEQ.fullmatch(rows[x0][sc].strip()) if sc < len(rows[x0]) else None
        b = _CARRY_UP_SEQ.fullmatch(rows[x0 + 1][sc].strip()) if sc < len(rows[x0 + 1]) else None
        if a is None or b is None or int(a.group(1)) != int(b.group(1)) + 1:
            return {}
        # the list: its rows from the first, each numbered one less than the row above (or two:
        # one row deleted, '6 5 4 2 1', once), to 1
        n = int(a.group(1)) + 1
        gaps = 0
        run: list[int] = []
        x = x0
        while x < next_h and n > 1:
            row = rows[x]
            m = _CARRY_UP_SEQ.fullmatch(row[sc].strip()) if sc < len(row) else None
            k = int(m.group(1)) if m else -1
            if m is None or not n - 2 <= k < n or pc >= len(row) or not row[pc]:
                return {}  # (a caption row, a number out of turn: not this shape)
            gaps += k == n - 2
            if gaps > 1:
                return {}  # (numbers skipping more than once: not a list sorted so)
            run.append(x)
            n = k
            x += 1
        if n != 1 or len(run) < 3:
            return {}
        # nothing numbered after it in the table (a second list, ascending)
        for y in range(x, next_h):
            if y not in self.repeated and sc < len(rows[y]) and rows[y][sc].strip().isdigit():
                return {}
        merged = self.grid.merged_into if self.grid.merges else {}
        if merged and any((y, c) in merged for y in run for c in ids):
            return {}  # (merged cells: the merges say whose)

        def cell(y: int, c: int) -> str:
            return rows[y][c].strip() if c < len(rows[y]) else ""

        named = [c for c in ids if c in (roles.get("title"), roles.get("person"))]
        if not all(cell(run[-1], c) for c in named):
            return {}  # (the lowest row names no one: nothing below to carry up from)
        if not any(not cell(y, c) for y in run for c in ids):
            return {}
        if all(cell(run[0], c) for c in ids):
            # the first row fully named ('5 | 办公室 | 主任 | 张伟' atop a countdown list, each
            # block's FIRST row named): its blanks carried down as ever, whatever a note says
            # ('由大到小' is a countdown's order too; review 127g, finding 3)
            return {}
        if any(cell(run[0], c) for c in named):
            # the first row's post or name written, a 科室 blank (none to carry it down from):
            # only a line saying the rows were sorted descending tells it (its 科室 alone
            # written, as on every row, its post and name blank: carried up)
            in_run = set(run)
            text = "\x00".join(
                v for y in range(len(rows)) if y not in in_run for v in rows[y] if v and len(v) < 80
            )
            if not _CARRY_UP_NOTE.search(text):
                return {}
        out: dict[int, list[str]] = {}
        below: dict[int, str] = {}  # column → the value the nearest row below writes
        filled = 0
        for y in reversed(run):
            row = rows[y]
            new: list[str] | None = None
            for i, c in enumerate(ids):
                v = cell(y, c)
                if v:
                    if below.get(c) != v:
                        for lower in ids[i + 1 :]:
                            if not cell(y, lower):
                                below.pop(lower, None)  # (a 科室 anew over no post: none above)
                    below[c] = v
                elif below.get(c):
                    if new is None:
                        new = list(row) + [""] * max(0, max(ids) + 1 - len(row))
                    new[c] = below[c]
                    filled += 1
            if new is not None:
                out[y] = new
        if out:
            self.issues.append(
                make_issue(
                    "HOLDERS_CARRIED_UP", self.rel, self.grid.name,
                    cell=cell_ref(run[0], sc), value=str(filled),
                )
            )  # fmt: skip
        return out

    def _tree_branches(self, t: _Table, r: int, next_h: int, pc: int, above: int) -> int:
        """The row after a run of tree-branch rows from ``r`` in the point column ``pc``, each a
        lone cell naming a holder ('├─ 质量监督股　股长　某某' … '└─ 站长　某某',
        ``_tree_branch_holder``), right under the point row ``above`` (blank rows between), in a
        table whose first row is a point's, not a holder's; 0 where row ``r`` is none, another
        row stands between, or the table opens with a 科室 or holder row (a tree of holders OVER
        their points, '办公室' / '├─ 主任　某某' / '1 | …'): as before."""
        sh = self.sh
        if any(sh.nonempty(x) for x in range(above + 1, r)):
            return 0  # (the point row above, not a caption or footer between)
        # (a group row at the top, '一、财务管理' alone in a short cell, heads the points and
        # is none of the tree: the first row under it decides the direction)
        first = next(
            (x for x in range(t.start, r) if sh.nonempty(x) and not self._numbered_group_row(x)), r
        )
        if len(sh.nonempty(first)) < 2:
            return 0  # (the table opens with a lone cell: the holders stand over their points)
        end = r
        while end < next_h and sh.nonempty(end) == [pc] and _tree_branch_holder(sh.rows[end][pc]):
            end += 1
        return end if end > r else 0

    def _numbered_group_row(self, x: int) -> bool:
        """Row ``x`` is a group's row: one short cell numbered as a section ('一、财务管理',
        '（二）资产管理', '第三部分　项目建设'), no point of its own."""
        cells = self.sh.nonempty(x)
        if len(cells) != 1:
            return False
        v = self.sh.rows[x][cells[0]].strip()
        return len(v) <= 20 and "\n" not in v and bool(_SECTION_LINE.match(v))

    def _section_in_point_column(self, r: int, t: _Table, next_h: int) -> bool:
        """Row ``r`` is a group's row typed in the point's column: its one cell a numbered
        section line (``_numbered_group_row``: '一、财务管理', '（二）资金管理', '第三部分　项目
        建设'), merged across nothing (a row merged across the table reads as before), in a table
        with points of their own levels or measures ('1 | 报销审核不严 | 一级 | 双人复核'). An
        unnumbered cell alone there ('财务管理') reads as before."""
        pc = t.roles["risk_point"]
        merged = self.grid.merged_into if self.grid.merges else {}
        if merged and ((r, pc) in merged or (r, pc + 1) in merged):
            return False  # (merged across, or over from the 序号 cell: as before)
        if not self._numbered_group_row(r):
            return False
        own = [t.roles[x] for x in ("risk_level", "measures") if x in t.roles]
        if not own:
            return False  # (no column to tell a point's row from a group's)
        rows = self.sh.rows
        return any(
            x != r
            and pc < len(rows[x])
            and rows[x][pc].strip()
            and any(c < len(rows[x]) and rows[x][c].strip() for c in own)
            for x in range(t.start, min(next_h, len(rows)))
        )

    def _branches_over_points(self, t: _Table, next_h: int, pc: int) -> None:
        """A tree of holders OVER their points drawn down the point's column: the table opens
        with a lone cell there ('办公室', or a holder), each holder a lone branch row ('├─ 主任
        某某', the last '└─ 科员　某某'; '┣━', '|-', '+-' as typed) over his numbered points. The
        mark is dropped from each such cell ('主任　某某', ``_tree_branch_holder`` reading the
        rest a holder), so the one-column tree reads as it does unmarked (``_dept_over_posts``,
        the holder's line over the rows under it) and no mark reaches a post. A table opening
        with a point row, its branches under each point, is the other tree (``_tree_branches``)."""
        sh = self.sh
        first = next((x for x in range(t.start, next_h) if sh.nonempty(x)), None)
        if first is None or sh.nonempty(first) != [pc]:
            return  # (the cheap test: most tables open with a point row)
        marked = [
            x
            for x in range(first, next_h)
            if sh.nonempty(x) == [pc]
            and sh.rows[x][pc][:1] in _TREE_BRANCH_OPENERS
            and _tree_branch_holder(sh.rows[x][pc])
        ]
        if not marked or any(len(sh.nonempty(x)) > 1 for x in range(first, marked[0])):
            return  # (a point row before the first branch: the branches may hang under points)
        for x in marked:
            after = next((y for y in range(x + 1, next_h) if sh.nonempty(y)), None)
            if after is None or len(sh.nonempty(after)) < 2:
                return  # (a branch row over no point row of its own: not this tree)
        for x in marked:
            sh.rows[x][pc] = _TREE_BRANCH.sub("", sh.rows[x][pc], count=1)
            sh.reread(x)  # (read again, as the unmarked line)

    def _dash_holders(self, pc: int, start: int, end: int) -> bool:
        """Most point cells of rows ``start``..``end`` close with a dash and their holder, unlabelled
        ('…对单证不符放行——审单员　闻砚翮', ``_point_holder_dash``), two or more: the tails are the
        rows' holders. A few such cells among others are wording ('审批——签字——存档') and stay."""
        cells = [row[pc] for row in self.sh.rows[start:end] if pc < len(row) and row[pc]]
        if not any("——" in v or "--" in v or "－－" in v or "──" in v for v in cells):
            return False  # (cheap: no doubled dash in the column)
        held = sum(_point_holder_dash(v) is not None for v in cells)
        return held >= 2 and 2 * held > len(cells)

    def _grade_moved(self, t: _Table, r: int, row, values: dict, graded: list[str]) -> None:
        """This year's level: last year's ('上年风险等级 | 二级') moved by the row's change mark
        ('等级变化 | ↑' → 一级; '—', '不变' or empty keep it). A mark not understood, or one moving
        past the top or bottom grade ('↑' on 一级), keeps last year's and is warned of."""
        c = t.grade_marks
        mark = row[c].strip() if c < len(row) else ""
        step = grade_mark_step(mark) if mark else 0
        if not step:
            return
        canon = self.config.levels.canonical
        before = self.config.level(values["risk_level"])
        k = canon.index(before) + step if step is not None and before in canon else -1
        if not 0 <= k < len(canon):
            self.issues.append(
                make_issue("LEVEL_CHANGE_MARK_UNCLEAR", self.rel, self.grid.name, cell_ref(r, c),
                           value=mark, level=values["risk_level"])
            )  # fmt: skip
            return
        values["risk_level"] = t.grade_words.get(canon[k], canon[k])
        graded.append(cell_ref(r, c))

    def _reviewed_level(self, t: _Table, r: int, row, values: dict, reviewed: list[str]) -> None:
        """The level the reviewer set in the row's opinion ('派驻纪检监察组审核意见 | 调整为一级' over
        '自评等级 | 二级'); '同意' or an empty cell leaves the self-assessed one. An opinion naming
        a level the scale does not know ('调整为A级') keeps the self-assessed one, warned of."""
        c = t.opinions
        said = squeeze(row[c]).rstrip("。．.") if c < len(row) else ""
        if said and not _review_agrees(said) and not _REVIEW_SETS_LEVEL.match(said):
            # '责任人调整为市场股股长敖湝岏': the holder moved once the rows are read; the rest of
            # the opinion may still set the level ('调整为一级，责任人改为股员某某')
            got = _review_hands_to(said, self.config.level)
            if got:
                t.handed_to[r] = (cell_ref(r, c), said, got[0])
                said = got[1]
        if "risk_level" not in t.roles:
            return  # (no level column: the opinions read for their hand-overs only)
        m = _REVIEW_SETS_LEVEL.match(said) if said and not _review_agrees(said) else None
        if m is None:
            return
        to = m.group("to")
        if not self.config.level(to):
            self.issues.append(
                make_issue("LEVEL_REVIEW_OPINION_UNREAD", self.rel, self.grid.name, cell_ref(r, c),
                           value=said, level=values.get("risk_level", ""))
            )  # fmt: skip
            return
        if self.config.level(to) != self.config.level(values.get("risk_level", "")):
            reviewed.append(cell_ref(r, c))
        values["risk_level"] = to

    def _shares_dropped(
        self, t: _Table, r: int, c: int, cell: str, total: float, told: set[tuple[int, int]]
    ) -> None:
        """Tell once per table that holders' shares ('牟某　40%') were dropped, naming the column,
        and warn at each cell (once, merged or not) whose shares do not add up to 100%."""
        top = self.grid.merged_into.get((r, c), (r, c)) if self.grid.merges else (r, c)
        if top in told:
            return
        field = (t.header[1].get(c, "") if t.header is not None else "") or f"第{c + 1}列"
        if not told:
            self.issues.append(
                make_issue("HOLDER_SHARES_DROPPED", self.rel, self.grid.name, cell_ref(*top),
                           field=field, value=cell.strip().replace("\n", "⏎"))
            )  # fmt: skip
        told.add(top)
        if abs(total - 100) > 0.01:
            self.issues.append(
                make_issue("HOLDER_SHARES_UNSUMMED", self.rel, self.grid.name, cell_ref(*top),
                           field=field, value=cell.strip().replace("\n", "⏎"),
                           total=f"{total:g}")
            )  # fmt: skip

    def _path_differs(self, r: int, c: int, cell: str, role: str, kept: str, said: str) -> None:
        """Warn at an organisation path ('… > 综合科 > 主任 > 张三') whose 科室, post or name
        differs from the row's own column: the column's is kept."""
        self.issues.append(
            make_issue("ORG_PATH_DIFFERS", self.rel, self.grid.name, cell_ref(r, c),
                       field=role_zh(role), value=cell.strip(), kept=kept, said=said)
        )  # fmt: skip

    def _approval_record(self, r: int, next_h: int) -> bool:
        """An approval record under an OA form's list ('审批记录' over '节点名称 | 审批人 | 职务 |
        审批意见 | 审批时间 | 用时' and rows '部门负责人审核 | 麻蕤澧 | 副队长 | 同意。 | …'): it ends the
        list; its rows, down to a blank row, are no points and its approvers hold none of them
        (kept in ``approval_rows`` for ``_tail``; one info naming it)."""
        sh = self.sh
        cols = sh.nonempty(r)
        head = r + (len(cols) == 1)  # (a band over the heading: '审批记录')
        if head >= next_h or not _approval_head(tuple(v for v in sh.rows[head] if v)):
            return False
        end = head + 1
        while end < next_h and sh.kind(end) not in ("blank", "page"):  # ('打印人：…' ends it)
            end += 1
        self.approval_rows.update(range(r, end))
        last = max(sh.nonempty(end - 1), default=cols[0])
        self.issues.append(
            make_issue("APPROVAL_RECORD_SKIPPED", self.rel, self.grid.name, cell_ref(r, cols[0]),
                       value=squeeze(sh.rows[r][cols[0]]) if head > r else "审批记录",
                       cells=f"{cell_ref(r, cols[0])}:{cell_ref(end - 1, last)}",
                       count=str(end - head - 1))
        )  # fmt: skip
        return True

    def _name_post_swapped_rows(self, t: _Table, raw_rows: list[RawRisk], pc: int, tc: int) -> None:
        """Some persons' rows with the post and holder cells typed the other way round under a
        heading right for the rest ('职务 | 姓名' over '村党支部副书记 | 宿勤某' and, a member's own
        rows pasted as he typed them, '宿勤某 | 文书'): a row whose post cell is a 2–4-character
        name and whose holder cell a post (a bare '文书', '会计', '出纳' too) is read the other way
        round, when other rows stand as headed (a post under the post, no post under the holder);
        said once a table (info NAME_POST_ROWS_SWAPPED naming the cells). Rows whose two cells are
        both names or both posts read as written; with no row as headed (the whole column
        swapped, a heading's matter) nothing changes here."""
        titles = {rr.title for rr in raw_rows if rr.title and rr.cols.get("title") == tc}
        if not any(2 <= len(squeeze(v)) <= 4 and looks_like_name(squeeze(v)) for v in titles):
            return  # (the cheap test: no name in the post column)
        swapped: list[RawRisk] = []
        straight = 0
        for rr in raw_rows:
            if rr.cols.get("title") != tc or rr.cols.get("person") != pc:
                continue
            post, who = squeeze(rr.title), squeeze(rr.person)
            if not post or not who:
                continue
            if (
                (rr.risk_level.strip() or rr.measures.strip())  # (a risk row: no register under it)
                and 2 <= len(post) <= 4
                and looks_like_name(post)
                and not is_post(post)
                and is_post(who)
                and not looks_like_name(who)
                and heading_role(who) is None
                and name_then_post(who) is None  # ('宿勤某文书': a holder and his post, no post)
            ):
                swapped.append(rr)
            elif is_post(post) and not looks_like_name(post) and not is_post(who):
                straight += 1
        if not swapped or not straight:
            return
        runs: list[tuple[int, int, str, str]] = []  # (first row, last row, name, post)
        for rr in swapped:
            rr.title, rr.person = rr.person, rr.title
            rr.cols = {**rr.cols, "title": pc, "person": tc}  # (each value's own cell)
            rows = rr.rows or {}
            if "title" in rows or "person" in rows:
                rr.rows = {
                    **rows,
                    "title": rows.get("person", rr.row),
                    "person": rows.get("title", rr.row),
                }
            if runs and runs[-1][1] + 1 >= rr.row and runs[-1][2:] == (rr.person, rr.title):
                runs[-1] = (runs[-1][0], rr.row, rr.person, rr.title)
            else:
                runs.append((rr.row, rr.row, rr.person, rr.title))
        lo, hi = min(pc, tc), max(pc, tc)
        said = "、".join(
            f"{cell_ref(a, lo)}:{cell_ref(b, hi)}（{name}｜{post}）" for a, b, name, post in runs
        )
        heads = t.header[1] if t.header else {}
        self.issues.append(
            make_issue("NAME_POST_ROWS_SWAPPED", self.rel, self.grid.name,
                       cell_ref(runs[0][0], lo), value=said, count=str(len(swapped)),
                       field=squeeze(heads.get(tc, "")) or "职务",
                       person=squeeze(heads.get(pc, "")) or "姓名")
        )  # fmt: skip

    def _table(self, t: _Table, next_h: int) -> tuple[list[RawRisk], int]:
        """The risk rows under header row ``t.row``; returns them and the first row after."""
        sh, grid = self.sh, self.grid
        roles = t.roles
        is_list = t.is_list
        pc = roles["risk_point"]
        seq = roles.get("seq")
        merged = grid.merged_into if grid.merges else {}
        second = sh.second_lines.get(t.row, {})  # a record's second row's fields, by column
        # (its second line named cell by cell: each record's lower row, under its upper row only)
        lower_line = t.row in sh.lower_lines
        lower_read: list[int] = []  # the lower rows so read
        # 序号 merged down over rows: perhaps records of several rows (``_record_goes_on``)
        record_rows = seq is not None and any(
            c0 == seq == c1 and r1 > r0 >= t.start for r0, c0, r1, c1 in grid.merges or ()
        )
        order = [r for r in ("unit", "department", "title", "person") if r in roles]
        # a holder column of organisation paths ('… > 数据审核科 > 科长 > 谯珣蘅', a system's
        # export): each row's 科室, post and holder read apart (the cheap test: a mark in it)
        hc = roles.get("person")
        path_holders = hc is not None and any(
            hc < len(row) and ORG_PATH_MARKS.intersection(row[hc] or "")
            for row in sh.rows[t.start : t.start + 8]
        )
        # a column of such paths beside a real 姓名 column (taken as 'other'): each row's 科室 and
        # post from it where the row names none, its name checked against the 姓名 column's
        path_aside = (
            _path_column_aside(sh.rows[t.start : t.start + 8], t.col_role)
            if hc is not None and not path_holders
            else None
        )
        shares_told: set[tuple[int, int]] = set()  # the holders' cells told of shares dropped
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
        page_none: list[str] = []  # a row's '（接上页）' cells with no holder above (review 110)
        outline_told = False  # (an outline's numbering said in an issue)
        duty_told = False  # (a list's duty rows said in an issue)
        # a holder's summary row over his points: (row, its cells, the points read before it)
        summaries: list[tuple[int, list[str], int, int | None]] = []
        if ("person" in roles) != ("title" in roles) and merged:
            self._stacked_holders(t, next_h)  # '党委书记' over '吉克曲惹' in one column
        if "title" not in roles and "person" not in roles:
            self._branches_over_points(t, next_h, pc)  # '办公室' / '├─ 主任　某某' / '1 | …'
        if "person" in roles and ("title" in roles or "department" in roles):
            self._name_down_cells(t, next_h)  # '佘', '翀', '岍' down a holder's block: '佘翀岍'
        written_out = self._written_out(t, roles.get("person"), next_h)
        # a cell merged across the 科室 and the post column next to it says one thing: the post
        span_post = (
            (roles["department"], roles["title"])
            if "department" in roles and roles.get("title") == roles["department"] + 1 and merged
            else None
        )
        # ... and on to the 姓名 column: '局长　甄翯湲' across 科室:姓名, the holder's post and name
        across_person = roles.get("person") if span_post is not None else None
        own_cols = [roles[x] for x in ("seq", "title", "person") if x in roles]
        former, post_ticks = t.former_point, t.post_ticks  # (looked up once, not per row)
        # where a point's closing bracket goes: its description, or (the heading saying the
        # bracket holds the point) the text before it
        bracket_into = "description" if t.point_bracket == "risk_point" else t.point_bracket
        points_by = [by for by in (t.level_points, t.type_points, t.post_points) if by]
        order_cols = [roles[x] for x in order]
        # (the identity cells of a row reaching them all, taken in C: ``written``)
        order_get = itemgetter(*order_cols) if len(order_cols) > 1 else None
        order_end = max(order_cols, default=-1)
        last_values: dict[str, str] = {}  # the row above, for a '同上'
        lookalike_told = False  # a look-alike of 〃 read as a ditto ('″'): told once a table
        last_r = -1  # (its row)
        # a row's holder by its 序号, for a holder's cell saying '同序号2' (``_holder_back``)
        seq_col = roles.get("seq")
        # (the table's cells joined once, in C: a word in none of them is in no cell of a column)
        table_text = "".join(map("".join, sh.rows[t.start : next_h]))
        if seq_col is not None:
            # (only where some holder's cell says '同…': a 50,000-row list pays one pass, not a
            # number and a record each row)
            back_cols = [roles[x] for x in _BACK_ROLES if x in roles]
            if "同" not in table_text or not any(
                "同" in row[c][:3]
                for row in sh.rows[t.start : next_h]
                for c in back_cols
                if c < len(row)
            ):
                seq_col = None
        # the holder's cells saying '同左' (the head named at their left), only where some does
        left_col = roles.get("person", 0)
        if left_col and (
            ("左" not in table_text and "前列" not in table_text)
            or not any(
                "左" in row[left_col] or "前列" in row[left_col]
                for row in sh.rows[t.start : next_h]
                if left_col < len(row)
            )
        ):
            left_col = 0
        left_read: list[str] = []  # the '同左' cells read as the name at their left
        left_none: list[tuple[str, str]] = []  # those with no name at their left: (cell, said)
        by_seq: dict[int, dict[str, str]] = {}
        backed: list[str] = []  # cells read from the row their number names
        unbacked: list[tuple[str, str]] = []  # cells naming no row: (cell, what it says)
        # every numbered row's holder (a '同序号3' naming a row below, or several rows, is read
        # once all rows are: ``_holders_later``); the cells so read, by row and role
        seq_all: dict[int, list[tuple[int, dict[str, str]]]] = {}
        later: dict[int, dict[str, tuple[tuple[int, ...], str, str]]] = {}
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
        # a level column blank for every point, level group rows among them: the rows' levels
        # those rows' (``_section``; the first filled cell ends the test, one look in a list)
        t.level_blank = "risk_level" in roles and self._level_column_blank(t, next_h)
        level_blank_given = 0  # the points so given a level (LEVEL_COLUMN_BLANK_BY_SECTIONS)
        # a row of nothing but '防控措施：…' in the point's column, its holder's cells blank, under
        # each point: that point's measures (asked only where some cell can say so)
        labelled_rows = not grid.lacks("措施：", "措施:")
        bare_measures: list[int] = []  # (those rows)
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
        graded: list[str] = []  # the cells whose mark moved last year's level (``_grade_marks``)
        reviewed: list[str] = []  # the opinions that set their row's level (``_review_opinions``)
        banded = 0  # the rows a subtotal of their level closes start here
        closed_runs: list[tuple[str, str]] = []  # each footer's cell, what it gave ('第3–5行 一级')
        # the '二级风险点（共2项）' rows closing each level's group, no 以上 (``_closing_count_rows``)
        closers = self._closing_count_rows(t, next_h, pc)
        count_closed: list[tuple[str, str]] = []  # each such row's cell, what it gave
        # the '一级风险点小计' rows that gave their band a level the level column left blank
        subtotalled: list[tuple[str, str]] = []
        held_from = 0  # the rows a footer naming their holder closes start here
        held_runs: list[str] = []  # each such footer's cell
        # the '表N　主任　…' captions of stacked tables naming their holders, if any, and whether
        # under their tables (else over them: the one over this table's heading names its rows')
        below, captions = self._table_captions
        over = None if below or not captions else self._caption_over(t.row)
        captioned: list[str] = []  # each such caption's cell that named a row's holder
        own_held = "title" in roles or "person" in roles  # (its own holders stand over a caption's)
        under_each: bool | None = None  # a holder's line under every point (``_holder_under_each``)
        held_each: list[str] = []  # each such line's cell
        # the first cell of each point's tree-branch holder rows ('├─ …' … '└─ …'), how many
        branched: list[str] = []
        branch_rows = 0
        # labelled holder rows closing each person's points ('责任岗位：主任　　责任人：…' under
        # them, none over the first; ``_labels_close_blocks``), looked up at the first such row
        labels_close: bool | None = None
        held_closed: list[str] = []  # each such row's cell
        not_applying: list[str] = []  # the answer cells of rows answered no (or left unticked)
        # the rows saying their post's points are reported elsewhere, each with the holder
        # cells carried down to it (a row naming none of its own: the post above's)
        withheld: list[tuple[int, dict[str, str]]] = []
        members_read: list[str] = []  # the group rows whose members held rows (``_group_member``)
        bracketed: list[tuple[int, str]] = []  # rows whose measures closed the point's cell
        noted: list[tuple[int, str]] = []  # rows whose basis (how found) closed the point's cell
        # rows whose basis closed the point's cell unbracketed ('…⏎依据：…'), asked only of sheets
        # that can write '依据'
        noted_lines: list[tuple[int, str]] = []
        noting_lines = not grid.lacks("依据")
        held_closing: list[tuple[int, str]] = []  # rows whose holder closed the point's cell
        # a point's bracket's holder of a surname no list holds, its label vouching for the name
        # ('（责任人：一那蒌珩）'): asked only of sheets that write such a label
        unlisted = not grid.lacks("责任人", "责任岗位")
        # a holder's cell going on past a page break ('（接上页）', '续上页'): asked only of sheets
        # that can write one (``_page_holder_on``'s words; asked of each carried cell a row)
        page_on = not grid.lacks("页", "续", "接上")
        # the marks a row's cells are searched for, asked of each row only where the sheet can
        # write one at all (as ``page_on``): a ditto ('同上', '〃', their look-alikes, 'ditto'),
        # a holder's share ('40%'); a district's list writes neither
        dittos = not grid.lacks(*_DITTO_MARK_CHARS) or not grid.lacks("ditto")
        shares = not grid.lacks("%", "％")
        held_rare: list[tuple[int, str, list[str]]] = []  # the rows among them whose holder is such
        held_dashed: list[tuple[int, str]] = []  # rows whose holder followed a dash closing it
        # '…放行——审单员　闻砚翮' closing most points of a table naming no holder: its holders
        dashed = (
            not t.point_holders
            and "title" not in roles
            and "person" not in roles
            and not self.holder_above
            and self._dash_holders(pc, t.start, next_h)
        )
        clauses: list[tuple[int, str]] = []  # rows whose type or level closed the point's sentence
        lined_cells: list[tuple[int, str]] = []  # cells of duty lines with labelled point lines
        leveled: list[tuple[int, int]] = []  # cells of numbered points each closing with its level
        levelled_over: list[tuple[int, str]] = []  # of those, the rows whose level cell says one
        level_run_on: list[tuple[int, int, str]] = []  # level cells numbering items in one line
        # ('1.…；2.…' beside '1.中；2.低' parted alike: the levels without their numbers)
        level_dots: list[tuple[int, str, int]] = []
        level_lines: list[tuple[int, str, int]] = []  # '1.…；2.…' beside '高⏎中': a level a line
        typed_cells: list[
            tuple[int, int, str]
        ] = []  # cells of points a line, each typed by its label
        # '【高风险】' alone in the point's column inside a holder's block gives its level to the
        # points under it, down to the next such row or the next holder (a level column beside
        # it: to the blank cells, a written level wins); in a list of no holders' blocks (one
        # post a row) down to the next such row, a band (``_sub_row_bands``)
        sub_rows = not points_by
        sub_level, sub_holder = "", None  # the level given; the holder of its points
        # the stage column whose 环节 rows may give their points a level (no level column)
        stage_rows = self._stage_rows_col(t) if sub_rows else None
        stage_levels: list[tuple[int, str]] = []  # (row, level) of each such 环节 row read
        # '一、受理环节' (merged across, or alone in its cell) over points whose level cells are
        # blank, the level ALONE in the row's own level cell ('三级'): the stage and level of the
        # points under it, to the next such row (across holders); no point of its own
        cell_stages = self._stage_cell_rows(t) if sub_rows else None
        cell_stage: tuple[str, str] | None = None  # (stage, level) of the last such row
        cell_stage_rows: list[tuple[int, str]] = []  # (row, stage) of each such row read
        cell_stage_given = 0  # the points that took its level
        # '事前防范 | 事中控制 | 事后监督' each ALONE in the point column of a row of a list (not
        # merged, the row's other cells blank but its holder's): the stage of control of the
        # points under it, to the next such row (across holders); no point of its own, nor the
        # tail of the point above (``_control_stage_rows``)
        control_stages = self._control_stage_rows(t) if sub_rows else None
        self.stage_ends: dict[int, int] = {}  # a numbered 环节 row → the row its points end at
        # '1. 项目审批环节' ALONE in the point column over '1.1 …', '1.2 …': the 环节 of the points
        # under it, read as the stages of control are (``_numbered_stage_rows``); no point
        numbered_stages = self._numbered_stage_rows(t) if sub_rows else None
        # '1 | 项目审批环节' (the number in 序号 alone) over '1.1 | …', '1.2 | …': the same
        seq_stages = self._seq_numbered_stage_rows(t) if sub_rows else None
        if seq_stages:
            numbered_stages = {**seq_stages, **(numbered_stages or {})}
        if numbered_stages:
            control_stages = {**numbered_stages, **(control_stages or {})}
        control_stage = ""  # the stage of the last such row
        control_until: int | None = None  # the row a numbered 环节's points end at
        control_stage_rows: list[tuple[int, int]] = []  # (row, label column) of each such row
        # (its row, its stage, the stage's own measures written on it) of each such row
        control_measures: list[tuple[int, str, str]] = []
        # '以上风险点防控措施 | 1.…⏎2.…' under a holder's points whose measures cells are blank:
        # the measures written once for them, no point (``_measures_for_points_above``); looked
        # for only where the sheet can write '以上'/'上述'… at all
        shared_labels = (
            "measures" in roles
            and not grid.lacks("以上", "上述", "前述", "上列")
            and not grid.lacks("风险")
        )
        shared_rows: list[tuple[int, int]] = []  # (row, points given) of each such row read
        sub_band: bool | None = None  # (looked up at the first sub-row)
        # '兼任岗位：儿童督导员' inside a holder's block (``_second_post_row``): the post of the
        # points under it, his second, down to the next such row or the next holder
        second_post, second_of = "", ()  # the post named; the holder's cells as his rows read
        last_held: dict[str, str] = {}  # the holder's cells of the last point read
        second_rows: list[str] = []  # each such row's cell
        # no level column: '一级风险点：工程招投标打招呼', the level before the point's words
        prefix_levels = "risk_level" not in roles and not points_by
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
        once = self._written_once(t, next_h)  # '一级（下同）' over empty cells
        sharers = self._blank_shares_above(t, next_h)  # holder-only rows under a shared point
        # measures written one a row under their point, its own cell blank: those rows → its row
        measure_rows = self._measure_rows_under(t, next_h)
        measures_joined: list[int] = []
        rests: list[int] = []  # rows holding the rest of a record's broken type or measures
        if sharers:
            once = {**once, **{x: new for x, (_o, new) in sharers.items()}}
        shifted = self._rows_shifted(t, next_h)  # a web table's rows under dropped row spans
        if shifted:
            once = {**once, **shifted}
        split = self._rows_split_at_comma(t, next_h)  # an unquoted .csv split at a field's comma
        if split:
            once = {**once, **split}
        carried_up = self._carried_up(t, next_h)  # unmerged, then sorted by 序号 descending
        if carried_up:
            once = {**once, **carried_up}
        names_quiet = None  # (a table whose names rows re-key its point columns block by block)
        if t.block_names:
            t.per_column.update((c, ("post", w)) for c, w in t.block_names.items())
            names_quiet = [roles[k] for k in ("seq", "risk_level", "measures")
                           if k in roles and roles[k] not in t.block_names]  # fmt: skip
        while r < next_h:
            if r in self.repeated or r in self.skip:
                if captions and r in self.repeated and r - 1 not in self.repeated:
                    # the next small table's heading: a table of no caption reads as before
                    if over is not None:
                        captioned += self._hold_captioned(captions[over], raw_rows[held_from:],
                                                          over, sh.nonempty(over)[0], own_held)  # fmt: skip
                    held_from = len(raw_rows)
                    over = None if below else self._caption_over(r)
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
            row = once.get(r) or sh.rows[r]
            rl = len(row)
            if closers and r in closers and raw_rows:
                # '二级风险点（共2项）' after its group's rows: their level, no group line over
                # the rows below (``_closing_count_rows``)
                said_at = sh.nonempty(r)[0]
                count_closed += self._close_run(r, said_at, closers[r], raw_rows[banded:])
                banded = len(raw_rows)
                r += 1
                continue
            if names_quiet is not None and _block_names_row(row, t.block_names, names_quiet):
                # '科员　某某 | 会计　某某' opening the next 股室 block (``block_names``): the
                # holders of the point columns for the rows under it, no point of its own
                t.per_column.update(
                    (c, ("post", row[c].strip() if c < rl else "")) for c in t.block_names
                )
                r += 1
                continue
            if (
                raw_rows
                and rl - row.count("") in (1, 3, 4, 5, 6, 7, 8)
                and not (pc < rl and len(row[pc]) > 10)  # (a point's text: the common case)
                and self._approval_record(r, next_h)
            ):
                break  # '审批记录' and '节点名称 | 审批人 | 职务 | 审批意见' under an OA form's list
            if (
                raw_rows
                and rl - row.count("") in (1, 3, 4, 5, 6, 7)
                and not (pc < rl and len(row[pc]) > 10)  # (a point's text: the common case)
                and (
                    self._grade_change_at(r, next_h) is not None
                    or self._post_moves_at(r, next_h) is not None
                )
            ):
                # '岗位风险等级调整情况' and '序号 | 岗位 | 调整前 | 调整后' under the list: posts'
                # grades adjusted, no points (``_post_grade_changes``)
                break
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
            if (
                (first_v := next(filter(None, row), ""))  # (in C: the row's first filled cell,
                and first_v[0] in _RULE_MARKS  # whose first mark ``_ruled`` asks first)
                and _ruled(row)
                and sh.kind(r) == "page"
            ):
                r += 1  # '------ | ------ | …' typed between rows to rule them: no row
                continue
            if seq is not None and seq < rl and row[seq].isdigit() and _ruled(row, seq):
                r += 1  # '2 | …… | …… | ……': a blank form's numbered row of placeholders, no row
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
                and not self.own
                and self._point_holders_at(r, next_h) is not None
            ):
                break  # '岗位责任分工' and '姓名 | 职务 | 负责风险点序号': whose the points above are
            if (
                is_list
                and (
                    "person" not in roles
                    # ('适用人员' over '所长', '综合内勤': a holders column naming posts, read as
                    # names while the rows are; a plain '职务 | 姓名' under it ends it likewise)
                    or (
                        raw_rows
                        and rl - row.count("") <= 6  # (the cheap test: a roster's heading)
                        and any(rr.person for rr in raw_rows)
                        and not any(looks_like_name(rr.person) for rr in raw_rows)
                    )
                )
                and self._roster_header(r + (rl - row.count("") == 1))
            ):
                break  # '附：岗位人员名单' and '序号 | 股室 | 岗位 | 姓名': who holds the posts above
            if (
                is_list
                and raw_rows
                and rl - row.count("") <= 6  # (the cheap test: a roster's heading is narrow)
                and _licence_roster_at(self.sh, r + (rl - row.count("") == 1))
                and not any(looks_like_name(rr.person) for rr in raw_rows)
            ):
                # '适用人员 | 持证人员' over '序号 | 姓名 | 职务 | 执法证件号码': who holds the posts
                # and the licences above (a list of names, '姓名 | 鄢沛霖', reads on as before)
                break
            if (
                raw_rows
                and rl - row.count("") <= 6  # (the cheap test: a roster's heading is narrow)
                and "title" not in roles
                and "person" not in roles
                and "department" not in roles
                and "unit" not in roles
                and (cut := self._mention_roster_rows(r, raw_rows))
            ):
                # '协作成员' and '成员 | 部门 | 职务' under points closing '… @鄞澐璟': who they
                # mention, no rows (``_holders_by_mentions``); the lines under it read as before
                r = max(cut) + 1
                continue
            if (
                is_list
                and len(raw_rows) >= 2
                and rl - row.count("") >= 3
                and "person" not in roles
                and "department" not in roles
                and "unit" not in roles
                and self._posts_across_outlets(r, raw_rows)
            ):
                break  # '岗位 | 城关所 | 河湾站' over '所长 | 张三 | …': ``_posts_by_staffing_grid``
            if (
                is_list
                and len(raw_rows) >= 2
                and rl - row.count("") >= 3
                and "person" not in roles
                and "unit" not in roles
                and self._posts_on_rota(r, raw_rows)
            ):
                break  # '轮岗时段 | 售票员 | 检票员' over '第一轮 | 甲、乙 | 丙': ``_posts_by_rota``
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
            if t.duty_tiers and not (pc < rl and row[pc]) and (r, pc) not in merged:
                row, rl = self._tier_point(row, t), len(row)
            has_point = pc < rl and bool(row[pc])
            if not has_point and merged and (r, pc) in merged and t.start <= merged[(r, pc)][0] < r:
                # a point merged down over the rows of two posts (a shared risk): each row with
                # its own 序号, post or holder holds it too
                if r not in self.stacked and any(c < rl and row[c] for c in own_cols):
                    row = list(row)
                    row[pc] = sh.rows[merged[(r, pc)][0]][pc]
                    has_point = True
            if (
                not has_point
                and (more := t.extra.get("risk_point"))
                and (r, pc) not in merged
                and any(c < rl and row[c] for c in own_cols)
                and (x := next((c for c in more if c < rl and row[c].strip()), None)) is not None
                and row[x].strip() not in _NOTHING
                and row[x] not in _DITTO
            ):
                # '风险点' merged over two or three columns, the row's first cell blank and a
                # later one written ('| 公款私存 |'): its point starts there, not a blank point
                row = list(row)
                row[pc], row[x] = row[x], ""
                has_point = True
            for by in points_by:  # a point in another level's, type's or post's column
                if not (has_point and row[pc] not in _NOTHING):
                    has_point = any(c < rl and row[c] and row[c] not in _NOTHING for c in by)
            if (
                control_stages
                and r in control_stages
                and (has_point or control_stages[r][1] != pc)
                and (
                    said := self._control_stage_row(
                        r,
                        row,
                        t,
                        order_cols + self._numbered_stage_seq(r, row, t, numbered_stages),
                        control_stages[r][1],
                    )
                )
                is not None
                and not (said and numbered_stages and r in numbered_stages)
            ):
                # (its label in the 序号 column or the point's; the stage's own measures beside
                # it or not: those go with the points under it, ``_give_stage_measures``)
                _carry_heads(carry, row, carry_cols, resets, order)
                control_stage = control_stages[r][0]
                control_until = self.stage_ends.get(r)  # (a numbered 环节: its N.k rows only)
                control_stage_rows.append((r, control_stages[r][1]))
                control_measures.append((r, control_stage, said))
                r += 1
                continue
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
                    if not outline_told:  # (told once a table, at its first node)
                        outline_told = True
                        self.issues.append(
                            make_issue("OUTLINE_NUMBERED", self.rel, grid.name, cell_ref(r, oc),
                                       value=_outline_depths(deepest))
                        )  # fmt: skip
                    r += 1
                    continue
            if (
                has_point
                and (cat := self.rows_aside.get(t.row)) is not None
                and _SAFETY_CLASS.fullmatch(squeeze(_cell_or_merged(sh, merged, r, cat, t.start)))
            ):
                # '安全履职风险 | 进入有限空间检查前未检测气体浓度' in a 一岗双责 list: the
                # holder's safety duty, no integrity point (said once); his cells carry down
                _carry_heads(carry, row, carry_cols, resets, order)
                self.seen += 1
                self.reported += 1
                r += 1
                continue
            counted = (
                has_point
                and is_list
                and ("风险" in row[pc] or "计" in row[pc])  # (the cheap test first)
                and _SUMMARY_COUNT.match(row[pc].strip()) is not None
            )
            if counted and raw_rows:
                closes = self._summary_under_points(r, row, t, next_h, order_cols, raw_rows,
                                                    summaries)  # fmt: skip
                if closes is not None and closes >= 0:
                    # '本岗位风险点共2项' under its holder's point rows (his cells merged over
                    # them and it, or carried down), the next row another holder's: no point
                    summaries.append((r, row, closes, len(raw_rows)))
                    r += 1
                    continue
                if closes is not None and not (
                    any(c < rl and row[c] for c in order_cols)
                    and self._summary_over_points(r, t, next_h, order_cols)
                ):
                    self.issues.append(
                        make_issue("SUMMARY_ROW_AMID_POINTS", self.rel, grid.name,
                                   cell_ref(r, pc), value=row[pc].strip())
                    )  # fmt: skip
            if (
                counted
                and any(c < rl and row[c] for c in order_cols)
                and self._summary_over_points(r, t, next_h, order_cols)
            ):
                # '处长 | 缪霭澄 | 本岗位风险点共3项 | 一级' over his point rows (folded with
                # Excel's 分级显示, their holder cells blank): a count and his top grade, no
                # point; his holder cells carry down to the rows it heads
                summaries.append((r, row, len(raw_rows), None))
                _carry_heads(carry, row, carry_cols, resets, order)
                carry.pop("duty", None)
                r += 1
                continue
            if (
                has_point
                and row[pc][:1] in _DUTY_HEAD_FIRST  # (the cheap test first)
                and _DUTY_HEAD.match(row[pc].strip())
                and self._duty_over_points(r, row, t)
            ):
                # '岗位职责：负责…' in the point's column (merged across), no 序号, level, type or
                # measures, over the holder's points: what his post does, no point; his cells
                # (merged down over it and them, or written on it) carry down
                if not duty_told:  # (told once a table, at its first such row)
                    duty_told = True
                    said = sum(
                        1
                        for k in range(r, min(next_h, len(sh.rows)))
                        if pc < len(sh.rows[k])
                        and sh.rows[k][pc][:1] in _DUTY_HEAD_FIRST
                        and _DUTY_HEAD.match(sh.rows[k][pc].strip())
                        and self._duty_over_points(k, sh.rows[k], t)
                    )
                    self.issues.append(
                        make_issue("DUTY_ROWS_SKIPPED", self.rel, grid.name, cell_ref(r, pc),
                                   value=row[pc].strip()[:40], count=said)
                    )  # fmt: skip
                _carry_heads(carry, row, carry_cols, resets, order)
                carry.pop("duty", None)
                self.seen += 1
                self.reported += 1
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
                _carry_heads(carry, row, carry_cols, resets, order)
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
                # (or no post or name cell written on it nor merged over it, and nothing but these
                # words on it, right under a point with no measures: each point's row followed
                # by its measures' row, 序号, 科室, post and name left blank there)
                bare = (
                    not his
                    and labelled_rows
                    and prev.row == r - 1
                    and not prev.measures
                    and all(not v.strip() for c, v in enumerate(row) if c != pc)
                    and not _MEASURES_FOR_ALL.match(said)
                )  # (a merge over it from above is over the point's row too: 科室 merged on)
                if (
                    said
                    and (his or bare)
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
                    if bare:
                        bare_measures.append(r)
                    r += 1
                    continue
            if (
                has_point
                and len(row[pc]) <= 8
                and ("任" in row[pc] or "前" in row[pc] or "后" in row[pc])
                and self._change_log_head(r)
            ):
                break  # '岗位 | 原任人员 | 现任人员 | 变动时间': who took over which post (run)
            if (
                has_point
                and len(row[pc]) <= 8  # (a point's words are longer: the cheap test)
                and rl - row.count("") >= 3
                and self._change_log_head(r, posts=True)
                and self._change_rows(r, next_h)[0] is not None
            ):
                # '序号 | 岗位 | 原任人员 | 现任人员 | 调整时间' under a caption, its date's (or
                # post's, 备注's) heading in the point's column: who took over which post, no points
                # (names under 原/现: '二级 | 一级' of a post's level adjusted reads as before)
                break
            if has_point and _heading_cell(row[pc]) and self._foreign_header(r, t):
                break  # the heading row of another table (a list of who is responsible …)
            if (
                raw_rows
                and not (has_point and len(row[pc]) > 12)  # (a point's text: the common case)
                and rl - row.count("") >= 2
                and max(map(len, row)) <= 12  # (a small table's cells are all short)
                and (is_list or self._holders_head(r))
                and self._small_table_head(r, t)
            ):
                # '科室 | 低 | 中 | 高' over counts under the rows: another table (``_tail``); under
                # a list naming no holder, '工作事项 | 责任岗位 | 责任人' too (who holds what)
                if not is_list:
                    self.small_below.add(r)
                break
            if (
                raw_rows
                and is_list
                and rl - row.count("") == 1
                and max(map(len, row)) <= 12
                and self._small_table_shape(r + 1, t) in ("level_counts", "level_key")
            ):
                # '风险点统计' over '风险等级 | 一级 | 二级 | 三级 | 合计' in any column, '等级说明'
                # over '风险等级 | 高 | 中 | 低': ``_tail``
                break
            if (
                raw_rows
                # (its kind, fields or a record's, tested there after the cells' shape: a
                # list's row of a point's long text is not read for its kind; that shape's test
                # asked here first, as ``_heading_under_list`` asks it, in C)
                and (
                    r in self.ledger_heads
                    or not (h_row := sh.rows[r] if r < len(sh.rows) else ())
                    or max(map(len, h_row)) <= 12
                    or max(map(len, map(str.strip, h_row))) <= 12
                )
                and self._heading_under_list(r, t)
            ):
                # '序号 | 存在问题 | 整改措施 | 整改时限 | 责任人' under the rows: a ledger's heading;
                # '日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人': a record's
                break
            if (
                second
                and raw_rows
                and not (has_point and seq is not None and seq < rl and row[seq])
                and all(not row[c] for c in range(rl) if c not in second.values())
                and not (lower_line and raw_rows[-1].row != r - 1)
                and not (lower_line and sh.kind(r) == "note")
            ):
                # '年度水利项目计划…不经集体研究' | '“三重一大”事项清单化管理…' under a record's
                # first row: its second row, the fields the header's second line names
                prev = raw_rows[-1]
                for role, c in second.items():
                    v = row[c].strip() if c < rl else ""
                    old = getattr(prev, role, "")
                    if v:
                        setattr(prev, role, f"{old}\n{v}" if old else v)
                    # ('童璟岱 | 一级 | …' under the point: the lower line's cells are its fields)
                    if lower_line:
                        prev.cols = {**prev.cols, role: c}
                        prev.rows = {**(prev.rows or {}), role: r}
                if lower_line:
                    lower_read.append(r)
                r += 1
                continue
            if (
                measure_rows
                and r in measure_rows
                and raw_rows
                and raw_rows[-1].row == measure_rows[r]
            ):
                # '2.签约数据与系统比对。' alone in the measures column under a point whose own
                # measures cell is blank: the point's next measure, no row of a point without text
                k = len(raw_rows)
                while k and raw_rows[k - 1].row == measure_rows[r]:
                    k -= 1
                for rr in raw_rows[k:]:  # (a point copied to several holders: each)
                    _extend(rr, {"measures": row[roles["measures"]].strip()})
                measures_joined.append(r)
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
                last_held
                and 1 <= rl - row.count("") <= len(order) + 1
                and any("兼" in v or v[:2] in ("第二", "分管", "协管") for v in row[: pc + 1])
                and (named := self._second_post_row(r, row, t, next_h, last_held))
            ):
                # '兼任岗位：儿童督导员' merged across the point, level and measures inside
                # '民政专干 | 吉某' merged down (or written again): no point, the post of the
                # points under it in his block (his second post: the same holder and 科室)
                second_post, second_of = named, tuple(last_held.values())
                at = next(c for c in sh.nonempty(r) if c not in order_cols)
                second_rows.append(cell_ref(r, at))
                r += 1
                continue
            if (
                has_point
                and raw_rows
                and (ty_c := roles.get("risk_type")) is not None
                and ty_c < rl
                and row[ty_c]
                and len(row[ty_c]) <= 12
                and ((lv_c := roles.get("risk_level")) is None or lv_c >= rl or not row[lv_c])
                and self._continues_above(r, row, t, raw_rows[-1], next_h)
            ):
                # '泄露给意向竞买人 | 制风险 | | 确定，…' under '…出让底价 | 制度机 | 一级 | …': a
                # PDF's lines each a row, the type word broken at the column's width (the
                # cheap tests first: a short type and no level on the row)
                rests.append(r)
                r += 1
                continue
            if (
                shared_labels
                and has_point
                and raw_rows
                and len(row[pc]) <= 40
                and _SHARED_MEASURES.match(squeeze(row[pc]))
                and (given := self._measures_for_points_above(r, row, t, raw_rows))
            ):
                # '以上风险点防控措施 | 1.…⏎2.…' under a holder's points with blank measures: the
                # measures of those points, written once; no point (before, read as the rest of
                # the last point's words)
                shared_rows.append((r, given))
                r += 1
                continue
            if (
                has_point
                and rl - row.count("") > 2
                and not row[pc].endswith((":", "："))  # '审核:' under the point: a sign-off
                # (a row opening with its number, in C: no tail, as ``_maybe_tail`` says first)
                and (
                    (first_v := next(filter(None, row))).isdigit() or not self._maybe_tail(first_v)
                )
            ):
                pass  # a plain data row: the common case, decided cheaply (in C)
            else:
                cols = sh.nonempty(r)
                if (
                    raw_rows
                    and cols == [pc]
                    and row[pc][:1] in _TREE_BRANCH_OPENERS  # (the cheap test first)
                    and not {"title", "person"} & roles.keys()
                    and (end := self._tree_branches(t, r, next_h, pc, raw_rows[-1].row))
                ):
                    # '├─ 质量监督股　股长　某某' … '└─ …' under a numbered point in its own
                    # column: the holders of the point above them, a copy of it each (not group
                    # lines naming the holder of the next point)
                    held = [_tree_branch_holder(sh.rows[x][pc]) for x in range(r, end)]
                    above = raw_rows[-1].row
                    k = len(raw_rows)
                    while k and raw_rows[k - 1].row == above:
                        k -= 1
                    fanned = [
                        x for rr in raw_rows[k:] for x in _fan_out(rr, [h for h in held if h])
                    ]
                    self.seen += len(fanned) - (len(raw_rows) - k)
                    raw_rows[k:] = fanned
                    branched.append(cell_ref(r, pc))
                    branch_rows += end - r
                    r = end
                    continue
                if captions and r in captions:
                    # '表2　副主任　鲜于某某　岗位廉政风险点' under table 2's rows: their holder
                    # (``_table_captions``), not a group line over the table under it; one over
                    # the next table's heading names the rows under it (read at the heading)
                    if below:
                        captioned += self._hold_captioned(captions[r], raw_rows[held_from:], r,
                                                          cols[0], own_held)  # fmt: skip
                        held_from = len(raw_rows)
                    r += 1
                    continue
                if (
                    raw_rows
                    and len(cols) == 1
                    and (
                        (lone := row[cols[0]])[:2] in _FOOTER_STARTS
                        # '（以上为一级风险点，共3项）': the footer in brackets
                        or (lone[:1] in _FOOTER_OPENERS and lone[1:3] in _FOOTER_STARTS)
                    )
                ):
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
                    and raw_rows
                    and "责任" in row[cols[0]]  # (the cheap test first)
                    and not {"department", "title", "person"} & roles.keys()
                    and under_each is not False
                    and (held := _point_holders_of_line(row[cols[0]]))
                ):
                    if under_each is None:
                        under_each = self._holder_under_each(t, next_h)
                    if under_each:
                        # '责任科室：测验组　　责任岗位：组长　　责任人：…' under each point: the
                        # holder of the point above it, not a group line over the rows below (two
                        # holders named: a copy of the point each)
                        point = raw_rows[-1]
                        for fields in held[1:]:
                            raw_rows.append(replace(point, cols=dict(point.cols)))
                            self._hold_run(fields, raw_rows[-1:], r, cols[0])
                            self.seen += 1
                        held_each += self._hold_run(held[0], [point], r, cols[0])
                        r += 1
                        continue
                if (
                    # (or split over unmerged cells: '责任岗位：局长 | | 责任人：张三')
                    (len(cols) == 1 or _label_cells_line(row, cols))
                    and raw_rows
                    and labels_close is not False
                    and (
                        "：" in (label_line := _label_cells_line(row, cols) or row[cols[0]])
                        or ":" in label_line
                    )  # fmt: skip
                    and not {"department", "title", "person"} & roles.keys()
                    and (fields := _caption_holder_fields(label_line))
                ):
                    if labels_close is None:
                        labels_close = self._labels_close_blocks(t, next_h, pc)
                    if labels_close:
                        # '责任岗位：主任　　责任人：…' after each person's points (none over the
                        # first, the table ending with one): the holder of the rows above it
                        held_closed += self._hold_run(fields, raw_rows[held_from:], r, cols[0])
                        held_from = len(raw_rows)
                        r += 1
                        continue
                if (
                    (len(cols) == 1 or _label_cells_line(row, cols))
                    and (
                        row[cols[0]][:2] in ("以下", "下列")
                        or sh.kind(r) == "fields"
                        or _label_cells_line(row, cols)
                    )  # fmt: skip
                    and _caption_holder_fields(_label_cells_line(row, cols) or row[cols[0]])
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
                    and not any(
                        _signoff_cell(row[c])
                        and (c in roles.values() or ":" in row[c] or "：" in row[c])
                        for c in cols
                    )
                    # ('持卡人签字：' under the rows: a sign-off, no measure; '2.验收两人签字' is one;
                    # '拨付2笔，三级审核' in a '季度 | 落实情况 | 检查人' band beside a point merged
                    # down over its quarter rows: that quarter's record, the point's row)
                ):
                    # under a point merged down: its measures go on here, whatever the words
                    # ('2.验收两人签字…' is no sign-off line)
                    _extend(raw_rows[-1], self._row_values(row, t))
                    r += 1
                    continue
                if (
                    has_point
                    and raw_rows
                    and self._continues_above(r, row, t, raw_rows[-1], next_h)
                ):
                    if "risk_type" in roles and roles["risk_type"] < rl and row[roles["risk_type"]]:
                        rests.append(r)  # ('制风险' under '制度机': the type word's rest too)
                    r += 1  # '…化整为零规避招标，' typed on into the row below: one point
                    continue
                if not has_point and raw_rows and self._rest_of_record(r, row, t, raw_rows[-1]):
                    rests.append(r)  # '责风险' under '岗位职', the measures' rest after them
                    r += 1
                    continue
                k = sh.kind(r)
                if (
                    k == "signoff"
                    and not has_point
                    and raw_rows
                    and raw_rows[-1].row == r - 1
                    and cols == [roles.get("measures")]
                    and ":" not in row[cols[0]]
                    and "：" not in row[cols[0]]
                    and self._rows_follow(r, next_h, pc)
                ):
                    # '到货数量两人清点签字。' alone in the measures column between two rows: a
                    # measure with no point of its own, not a sign-off (it had been dropped unsaid)
                    k = "other"
                if k == "total":
                    band = raw_rows[banded:]
                    if (
                        raw_rows
                        and not points_by
                        and (
                            "risk_level" not in roles
                            # (a level column there but blank on every row of the band: the
                            # subtotal's level is theirs all the same)
                            or (band and not any(rr.risk_level for rr in band))
                        )
                    ):
                        # '一级风险点小计 | 4个' closing a band of a list sorted by level: its rows',
                        # where it counts them (a tally of levels under a list counts others)
                        lv = caption_level(
                            re.sub(r"(小计|合计)$", "", squeeze(row[cols[0]])), self.config
                        )
                        said = [
                            int(m.group(1))
                            for c in cols[1:]
                            if (m := _SUBTOTAL_COUNT.match(row[c]))
                        ]
                        if lv and said and said[0] == len(band):
                            for rr in band:
                                rr.risk_level = rr.risk_level or lv
                            if "risk_level" in roles:  # (LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN)
                                subtotalled.append((cell_ref(r, cols[0]), squeeze(row[cols[0]])))
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
                if (
                    cols == [pc]
                    and row[pc][:1] in "一二三四五六七八九十（(第"  # (the cheap test first)
                    and self._section_in_point_column(r, t, next_h)
                ):
                    # '一、财务管理' typed in the point's column, its 序号, level and measures
                    # blank, merged across nothing, over '1 | 报销审核不严 | 一级 | …': the
                    # group's row it is when typed in the 序号 column, no point of its own
                    if is_list and self._section(r, t, carry):
                        pass
                    elif (
                        not is_list
                        and ("risk_level" not in roles or t.level_blank)
                        and (carry.get("_levels_outer") or self._caption_level(row[pc])[0])
                        and self._data_after(r, next_h, pc)
                        and self._section(r, t, carry)
                    ):
                        pass  # ('一、一级风险点': the level of the rows under it)
                    elif caption := self._numbered_caption(r, pc, content, True):
                        section = caption
                        carry.pop("duty", None)
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
                    if (
                        self._precedes_header(r, next_h)
                        or self._foreign_header(r + 1, t)
                        or (is_list and raw_rows and self._small_table_head(r + 1, t))
                        or (raw_rows and self._heading_under_list(r + 1, t))
                    ):
                        break  # ('重点监督清单' over a table of another kind)
                    if not is_list and raw_rows and self._holders_head(r + 1):
                        if self._small_table_head(r + 1, t):
                            # '责任分工' over '工作事项 | 责任岗位 | 责任人' under a list naming no
                            # holder: who holds what, another table (``_tail``)
                            self.small_below.add(r + 1)
                            break
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
                    if (not raw_rows or self._data_after(r, next_h, pc)) and not self._section(
                        r, t, carry
                    ):
                        # '（一）移民后期扶持资金发放' merged across a list of no 科室, post or
                        # holder column: no group of theirs but the work matter of the rows
                        # under it, kept as their section (a 分工 table may name it: collect's
                        # ``_name_keys``); rows naming their holders need none (the cheap test)
                        if not order and (caption := self._numbered_caption(r, pc, content, True)):
                            section = caption
                            carry.pop("duty", None)
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
                if (
                    k == "other"
                    and not has_point
                    and len(cols) == 1
                    and cols[0] != pc
                    and self._unit_signs_off(r, row[cols[0]], next_h, pc)
                ):
                    break  # '泾县木竹检查站' (over '2025年5月20日') under the last table: its sign-off
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
                if (
                    not has_point
                    and not is_list
                    and len(cols) == 1
                    and ("risk_level" not in roles or t.level_blank)
                    and (carry.get("_levels_outer") or self._caption_level(row[cols[0]])[0])
                    and self._data_after(r, next_h, pc)
                    and self._section(r, t, carry)
                ):
                    # '一、一级风险点' (and the holder rows nested in it) written in the 序号 cell
                    # alone, merged across nothing: the level of the rows under it, as when merged
                    r += 1
                    continue
                if (
                    not has_point
                    and not is_list
                    and len(cols) == 1
                    and cols[0] in (first, seq)
                    and self._lone_holder_row(r, t, cols[0])
                    and self._data_after(r, next_h, pc)
                    and self._section(r, t, carry)
                ):
                    # '一、院长　某某（主持全面工作）' in the 序号 cell alone, merged across nothing,
                    # in a list with no 岗位 nor 姓名 column: that post and holder over the rows
                    # under it, as when merged (it had been the rows' work matter, no one's)
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
            if (
                cell_stages is not None
                and not has_point
                and cell_stages < rl
                and row[cell_stages]
                and (said := self._stage_cell_row(r, row, t, order_cols, cell_stages))
            ):
                _carry_heads(carry, row, carry_cols, resets, order)
                cell_stage = said
                cell_stage_rows.append((r, said[0]))
                r += 1
                continue
            if (
                stage_rows
                and not has_point
                and stage_rows < rl
                and row[stage_rows]
                and (said := self._stage_level_row(r, row, t, order_cols, stage_rows))
            ):
                # '造林项目审批——一级风险' in the 工作环节 column, the point, 序号 and measures empty
                # (no level column): the stage and the level of the points under it in the
                # holder's block, to the next such row; no point of its own
                _carry_heads(carry, row, carry_cols, resets, order)
                carry[t.col_role[stage_rows]] = said[0]
                sub_level, sub_holder = said[1], None
                stage_levels.append((r, said[1]))
                if sub_band is None:
                    sub_band = self._sub_row_bands(t, next_h, order_cols)
                r += 1
                continue
            if (
                sub_rows
                and has_point
                and len(row[pc]) <= 14
                and (
                    row[pc][:1] in "【[［（(" or "风险" in row[pc] or "等级" in row[pc]
                )  # (cheap first)
                and (said := self._level_sub_row(r, row, t, order_cols))
            ):
                # '【高风险】' (merged over the point and its measures, no 序号) in '闫珣翀 | 主任'
                # merged down: no point, the level of the points under it in his block
                if self.sub_row_tail is not None:  # ('二级风险点：计2条': its count after it)
                    carry.setdefault("_level_tails", []).append(self.sub_row_tail)  # type: ignore[union-attr]
                    self.sub_row_tail = None
                if self.sub_row_worded is not None:  # ('风险等级为“高”的风险点': said so)
                    carry.setdefault("_level_worded", []).append(self.sub_row_worded)  # type: ignore[union-attr]
                    self.sub_row_worded = None
                _carry_heads(carry, row, carry_cols, resets, order)
                sub_level, sub_holder = said, None
                if sub_band is None:
                    sub_band = self._sub_row_bands(t, next_h, order_cols)
                r += 1
                continue
            said = squeeze(row[t.answer]) if t.answer is not None and t.answer < rl else ""
            if t.answer is not None and (
                said in _NO_ANSWER or (t.answer_ticked and not said and has_point)
            ):
                not_applying.append(cell_ref(r, t.answer))
                r += 1  # '否', '不涉及' under '本岗位是否存在', no '√' under '本岗位涉及（打√）':
                continue  # the list's row does not apply
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
            if (
                has_point
                and ("报" in (pt := row[pc]) or "表" in pt or "台账" in pt)  # (cheap first)
                and self._withheld(r, row, t)
            ):
                # '该岗位为涉密岗位，风险点…另行报送，不在本表填列' merged over the point, level and
                # measures of a numbered row naming a post: no point; the post makes no form
                _carry_heads(carry, row, carry_cols, resets, order)
                withheld.append((r, dict(carry)))
                r += 1
                continue
            if (
                len(row[pc] if has_point else "") <= 6 or _DASH_RUN.match(row[pc])
            ) and self._nothing(row, t):
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
            if t.dept_ticks:  # a tick under each 科室 of the row's point: '办公室\n财务科'
                values["department"] = "\n".join(
                    d
                    for c, d in t.dept_ticks.items()
                    if _ticked((row[c] if c < rl else "") or self._merged_below(r, c, t))
                )
            pending: dict[str, list[str]] = {}
            for role, more in t.extra.items():
                if role in values:
                    # a further column's cell merged down among the rows repeats its top cell
                    extras = [
                        (row[c] if c < rl else "") or self._merged_below(r, c, t) for c in more
                    ]
                    if role == "duty" and t.duty_tiers:
                        # the tiers above the point, top-down: '基金管理/基金拨付'
                        top = values[role] or self._merged_below(r, roles[role], t)
                        values[role] = "/".join(p for p in (top, *extras) if p)
                    elif t.holders_on and any(extras):
                        # one holder a cell ('局长⏎某某 | 副局长⏎某某'): each cell one line
                        values[role] = "\n".join(
                            " ".join(p.split()) for p in (values[role], *extras) if p.strip()
                        )
                    elif values[role]:
                        values[role] = "\n".join(p for p in (values[role], *extras) if p)
                    elif (
                        role == "measures"
                        and role not in carried
                        and (r, roles[role]) not in merged
                        and any(extras)
                    ):
                        # '(blank) | 两人验收。 | 台账电子化。' under one measures heading: the
                        # first sub-column's cell blank, the others the row's measures
                        values[role] = "\n".join(p for p in extras if p)
                    elif any(extras):
                        pending[role] = extras  # joined once the first column's cell is known
            if t.surname_col is not None and values.get("person"):
                values["person"] = self._whole_name(r, values["person"], t)
            if left_col:  # '同左' under 岗位责任人: the head named at its left (merged down too)
                self._name_at_left(r, row, left_col, values, roles, t, left_read, left_none)
            # '同上', '〃' repeat the cell above, as a merge would (a point so written is the row
            # above's, held by this row's holder too: a point several share, written once)
            if SHADOW and not dittos:
                shadow_agrees(not _DITTO_CHAR.search("".join(values.values())), "dittos")
                shadow_agrees(_DITTO.isdisjoint(values.values()), "dittos")
            # (the cheap test: one search a row)
            if dittos and _DITTO_CHAR.search("".join(values.values())):
                for role, v in values.items():
                    if (
                        v
                        and len(v) <= 8
                        and _DITTO_CHAR.search(v)
                        and (as_ditto := _ditto_said(v)) != v
                    ):
                        values[role] = as_ditto  # ('同 上', '〃〃', '”' alone: a ditto too)
                        if not lookalike_told and _DITTO_LOOKALIKE.match("".join(v.split())):
                            # '″', '〞', 'ʺ' typed for 〃: a ditto all the same (told once a table)
                            lookalike_told = True
                            c = roles.get(role)
                            self.issues.append(
                                make_issue("DITTO_LOOKALIKE", self.rel, self.grid.name,
                                           cell_ref(r, c) if c is not None else "", value=v)
                            )  # fmt: skip
            if dittos and not _DITTO.isdisjoint(values.values()):
                above = later.get(last_r, {}) if seq_col is not None else {}
                for role in values:
                    if role == "risk_point" and values[role] in _DITTO and "risk_point" in roles:
                        if not last_values.get("risk_point"):
                            # (no point above to repeat: kept as written, its cell named)
                            self.issues.append(
                                make_issue("POINT_DITTO_NONE_ABOVE", self.rel, self.grid.name,
                                           cell_ref(r, roles["risk_point"]), value=values[role])
                            )  # fmt: skip
                    if values[role] in _DITTO and (
                        role != "risk_point" or last_values.get("risk_point")
                    ):
                        values[role] = "" if role in carried else last_values.get(role, "")
                        if role in above:  # '同上' under a '同序号2、3': those rows' holders too
                            later.setdefault(r, {})[role] = above[role]
            if seq_col is not None:
                self._holders_back(r, values, roles, by_seq, backed, later)
            if t.paper_cols:  # '编制岗位 | 实际岗位': a blank actual cell, the post on paper
                self._post_on_paper(r, row, values, roles, t, merged)
            # a cell merged down repeats its top cell's value
            page_none = []  # placeholders with no holder above them on this sheet
            for role, c in carry_cols:
                v = values[role]
                if (
                    page_on
                    and role in _BACK_ROLES
                    and _page_holder_on(
                        v or (sh.rows[top[0]][top[1]] if (top := merged.get((r, c))) else "")
                    )
                ):
                    # '（接上页）', '续上页', '（续）' in a 科室, post or name cell after a page break
                    # (written, or merged over the continued rows): the holder of the rows before
                    # the break goes on, no holder of its own; nor does it start a new one
                    values[role] = carry.get(role, "")
                    if not values[role]:  # (none above: the sheet before's, or a warning)
                        page_none.append(role)
                    continue
                if v:
                    if carry.get(role) != v:
                        carry[role] = v
                        if role in resets:  # a new 科室, post, holder or duty starts afresh
                            for lower in cleared[role]:
                                carry.pop(lower, None)
                elif (r, c) in merged:
                    top = merged[(r, c)]
                    values[role] = carry[role] = sh.rows[top[0]][top[1]].strip()
                    if role == "person" and t.surname_col is not None and values[role]:
                        values[role] = carry[role] = self._whole_name(r, values[role], t)
                    if role in pending:  # '詹雨桐' merged under B角 beside the A角's merge
                        values[role] = "\n".join(p for p in (values[role], *pending[role]) if p)
                elif role == "person" and written_out:
                    carry.pop("person", None)  # names written on every row: a blank names no one
                elif role == "person" and carry.get("person") and self._collective(r, t):
                    values[role] = ""  # a meeting's step: no one holds it; the rows below go on
                else:
                    values[role] = carry.get(role, "")
            if (
                (sc := t.side_post) is not None
                and (tc := roles.get("title")) is not None
                and (r, tc) not in merged
                and (
                    (job := row[tc].strip() if tc < rl else "") in _NO_JOB
                    or (not job and self._new_holder_row(r, row, roles))
                )
                and sc < rl
                and (side := row[sc].strip())
                and side not in _NO_JOB
            ):
                # '党组成员、纪检组长 | /' under '党内职务 | 行政职务': no job, the side role his post
                values["title"] = side
            if t.dept_ticks and not any(
                _ticked((row[c] if c < rl else "") or self._merged_below(r, c, t))
                for c in t.dept_ticks
            ):
                values["department"] = ""  # (no 科室 ticked: none, not the row above's)
            if r in later:  # read once all rows are: blank till then, not the holder above
                for role in later[r]:
                    values[role] = ""
            if SHADOW and not shares:
                shadow_agrees(not any("%" in values.get(x, "") or "％" in values.get(x, "")
                                      for x in _SHARE_ROLES), "shares")  # fmt: skip
            for role in _SHARE_ROLES if shares else ():
                v = values.get(role, "")
                if v and ("%" in v or "％" in v) and (got := holder_shares(v)) is not None:
                    # '所长　牟某　40%⏎食品监管员　牟某某　60%': each holder's share of the point
                    # is no part of him; each line is read as any holder's line, the shares dropped
                    values[role] = got[0]
                    self._shares_dropped(t, r, roles[role], v, got[1], shares_told)
            if (
                path_holders
                and (v := values.get("person", ""))
                and (path := org_path(v)) is not None
            ):
                # '内乡县统计数据管理中心 > 数据审核科 > 科长 > 谯珣蘅': the row's 科室, post and
                # holder in one path (the unit dropped); no 科室 or 岗位 column says otherwise
                # (one that does wins, and is warned of)
                values["person"] = path[2]
                for role, part in zip(("department", "title"), path[:2], strict=True):
                    if part and not values.get(role):
                        values[role] = part
                    elif part and not _path_part_agrees(values[role], part):
                        self._path_differs(r, hc, v, role, values[role], part)
            elif (
                path_aside is not None
                and (v := (row[path_aside] if path_aside < rl else "") or "")
                and (path := org_path(v)) is not None
            ):
                if path[2] and values.get("person") and values["person"] != path[2]:
                    # '… > 出纳 > 王五' beside 姓名 '赵六': whose post it is cannot be told
                    self._path_differs(r, path_aside, v, "person", values["person"], path[2])
                else:
                    for role, part in zip(("department", "title"), path[:2], strict=True):
                        if part and not values.get(role):
                            values[role] = part
                        elif part and not _path_part_agrees(values[role], part):
                            self._path_differs(r, path_aside, v, role, values[role], part)
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
                    if (
                        across_person is not None
                        and merged.get((r, across_person)) == top
                        and values.get("person") == values["title"]
                        and (split := _across_post_name(values["title"])) is not None
                    ):
                        values["title"], values["person"] = split
                elif (
                    top[1] == span_post[0]
                    and across_person is not None
                    and merged.get((r, across_person)) == top
                    and values.get("person") == values.get("title") == values.get("department")
                    and _dept_like(values["department"])
                ):
                    # '委领导' (or '办公室') merged across 科室, 岗位 and 姓名 over a block of
                    # points: the block's 科室 or group, no post of its own and no one's name
                    values["title"] = values["person"] = ""
            if t.overseer_levels:  # '局长 某某' under 监督责任人, graded by a note: its grade
                values["risk_level"] = _overseer_grade(
                    values.get("risk_level", ""), t.overseer_levels
                )
            if t.level_said and values.get("risk_level"):
                # '二级风险点，科室每季度自查一次' in the 备注 a note names: the level it names
                values["risk_level"] = self._level_named(values["risk_level"])
            if (
                t.point_heads
                and has_point
                and (held_head := bracket_head(values.get(t.point_heads) or ""))
            ):
                # '【药剂科　主任　某某】药品采购…' opening the first point of a block (or its
                # 防控措施: '【责任人：质量管理科　科长　某某】1.…'), no holder column: he holds
                # this row and the unbracketed rows under it, to the next bracket
                carry.update(
                    {k: held_head[0].get(k, "") for k in ("department", "title", "person")}
                )
                values[t.point_heads] = held_head[1]
            also: list[dict[str, str]] = []  # the other members of the row's post on its group row
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
                    if t.level_blank and not values.get("risk_level"):
                        level_blank_given += 1  # (blank in the level column: the group row's)
                    values["risk_level"] = carry["_level"]
                if "_tier" in carry and "tier" not in roles:
                    values["tier"] = carry["_tier"]  # under '二、中层干部': the middle tier
                if "_type" in carry:
                    values["risk_type"] = carry["_type"]
                held = carry.get("_holders")
                if held and not values.get("person") and squeeze(values.get("title", "")) in held:
                    values["person"] = held[squeeze(values["title"])]  # named on the group line
                if "_members" in carry and not values.get("person"):
                    self._group_member(r, values, carry["_members"], members_read, also)
                if carry.get("_section_sharers") and "person" not in roles:
                    # (a section row naming several holders who share its rows: ``_section``)
                    also.extend({"title": p, "person": n} for p, n in carry["_section_sharers"])
                    carry["_sharer_groups"][-1][1].append(r)  # (whose by its indent: collect)
            if (
                prefix_levels
                and not values.get("risk_level")
                and any(x in "：:" for x in (values.get("risk_point") or "")[:9])
            ):
                said_point = _prefixed_level(values["risk_point"], self.config)
                if said_point is not None:  # '一级风险点：工程招投标打招呼': its level, its words
                    values["risk_level"], values["risk_point"] = said_point
            if control_until is not None and r >= control_until:
                control_stage, control_until = "", None  # (past a numbered 环节's points)
            if control_stage and not values.get("workflow"):
                values["workflow"] = control_stage  # (the stage row's: '事前防范')
            if cell_stage is not None:
                if not values.get("workflow"):
                    values["workflow"] = cell_stage[0]
                if not values.get("risk_level"):
                    values["risk_level"] = cell_stage[1]  # (the 环节 row's level: its blank cell)
                    cell_stage_given += 1
            if sub_level:
                whose = tuple(values.get(x, "") for x in order)
                if sub_holder is None or sub_band:
                    sub_holder = whose  # (the first point under the sub-row: whose block it is)
                if whose != sub_holder:
                    sub_level = ""  # the next holder's block: the level ends with his
                elif not values.get("risk_level"):
                    values["risk_level"] = sub_level
            if order:
                held_now = {x: values.get(x, "") for x in order}
                if second_post and tuple(held_now.values()) != second_of:
                    second_post = ""  # the next holder's block: his second post ends with his
                elif second_post:
                    values["title"] = second_post
                last_held = held_now
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
            elif post_ticks and t.holder_names:  # the names under each post, blank: none
                held: list[str] = []
                for c, p in post_ticks.items():
                    said = self._holder_cell(r, c)
                    if said in _DITTO:  # '同上': the name above in that column
                        said = carry.get(f"_named{c}", "")
                    elif said:
                        carry[f"_named{c}"] = said
                    if said in EVERYONE_WORDS:  # '全体', '均': all of the post, no one name
                        held.append(p)
                        continue
                    if t.holder_areas:  # '瞿晓岚 褚芸汐', '滕骁（护林员）': each name, his post
                        held.extend(f"{post or p}\t{who}" for who, post in _area_cell_holders(said))
                        continue
                    held.extend(
                        f"{p}\t{squeeze(who)}"
                        for who in _POST_NAMES_SPLIT.split(said)
                        if who.strip()
                    )
                if t.holder_areas:  # (under places: names only, '童玙翯' in 宫城 and 皇城 once)
                    held = [h for h in dict.fromkeys(held) if looks_like_name(h.partition("\t")[2])]
                values["title"] = "\n".join(held)
            elif post_ticks and t.holder_depts:  # each 科室's posts under it: '科室\tpost' each
                held = []
                for c, dept in post_ticks.items():
                    said = self._holder_cell(r, c)
                    if said in _DITTO:  # '同上': the posts above in that column
                        said = carry.get(f"_posted{c}", "")
                    elif said:
                        carry[f"_posted{c}"] = said
                    held.extend(
                        f"{dept}\t{squeeze(p)}" for p in _POST_NAMES_SPLIT.split(said) if p.strip()
                    )
                values["title"] = "\n".join(dict.fromkeys(held))
            elif post_ticks and t.holder_measures:  # each holder's measures under him, '/' none
                said = {c: self._holder_cell(r, c) for c in post_ticks}
                values["title"] = "\n".join(post_ticks[c] for c, v in said.items() if v)
                values["measures"] = "\n".join(dict.fromkeys(v for v in said.values() if v))
            elif post_ticks and t.holder_excluded:  # '×' under who it is NOT: the blank ones
                values["title"] = "\n".join(
                    v for c, v in post_ticks.items() if c >= rl or not row[c].strip()
                )
            elif post_ticks:  # a mark under the post that holds the row (a copy of it each)
                values["title"] = "\n".join(
                    v
                    for c, v in post_ticks.items()
                    if c < rl
                    and _ticked(row[c])
                    and (
                        (_raci_letters(row[c]) or frozenset()) & t.raci_owners  # 'R/A', 'ｒ'
                        if t.raci_owners
                        else row[c].strip() not in t.helper_marks
                    )
                )
                if t.raci_owners and not values["title"]:
                    self._raci_unheld(r, row, t)
            if t.level_criteria:  # ticks under 涉及重大决策 | 涉及资金资源 | …: their count's level
                n_ticks = sum(1 for c in t.level_criteria if c < rl and _ticked(row[c]))
                values["risk_level"] = self._criteria_levels.get(n_ticks, "") if n_ticks else ""
            if t.level_factor_steps:  # 发生概率 | 影响程度 | 可控程度 ticked: the note's count
                values["risk_level"] = self._factor_steps_level(r, row, t.level_factor_steps)
            if t.level_factors:  # 发生概率 | 危害程度: the level the two make
                values["risk_level"] = self._matrix_level(row, t.level_factors)
            if t.level_scores:  # L | E | C and a note's bands of their product
                values["risk_level"] = self._scored_level(row, r, t.level_scores)
            if t.level_series:  # 一季度 | 二季度 | 三季度: the latest quarter's level
                said = [row[c] for c in t.level_series if c < rl and row[c]]
                said = [v for v in said if label_key(v) not in _NOTHING]
                latest = next((v for v in reversed(said) if v.strip() not in _KEEP_LEVEL), "")
                values["risk_level"] = latest  # ('不变' in the last: the level before stands)
            if t.level_peaks:  # 汛前 | 主汛期 | 汛后: the highest of the periods' grades
                peaks = [(lv, v) for c in t.level_peaks if c < rl
                         if (v := row[c].strip()) and (lv := self.config.level(v))]  # fmt: skip
                values["risk_level"] = min(peaks)[1] if peaks else ""  # (Ⅰ级 < Ⅱ级 as text)
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
                if len(filled) > 1 and t.level_measures_band:
                    # ('一级 | 二级' both written: no level, as two ticks; both texts the measures)
                    self.issues.append(
                        make_issue("LEVEL_SCALE_MARKS_UNCLEAR", self.rel, grid.name,
                                   cell_ref(r, filled[0]),
                                   field=" | ".join(squeeze(v) for v in t.level_measures.values()),
                                   value="、".join(cell_ref(r, c) for c in filled))
                    )  # fmt: skip
            if t.tier_levels:  # 岗位自控 | 股室监控 | 中心防控, '/' in the tiers not needed
                values["measures"], values["risk_level"] = self._tier_level(row, r, t)
            if t.stage_col is not None and values.get("measures"):
                # '事前 | 征集文物由专家组评估定价。': the stage kept with its measure
                values["measures"] = _with_stage(
                    row, t.stage_col, values["measures"], t.doer_col, t.doer_label
                )
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
            level_held: list[dict[str, str]] = []  # the holders named under the levels
            if t.level_counts:  # a holder's counts of 高 | 中 | 低: the point's place in his block
                values["risk_level"] = self._counted_level(r, t)
            elif t.counts_lined:  # (a level a numbered line: given with the lines, below)
                if _lines_level_tagged(_count_lines(values.get("risk_point", "")), self.config):
                    # ('1.…（中）⏎2.…（低）' among untagged rows: each line at its own tag,
                    # ``_level_closed_items`` below; never a count read as the row's level)
                    values["risk_level"] = ""
            elif t.level_votes:  # votes under 高 | 中 | 低: the grade with the most
                tagged = _lines_level_tagged(
                    _count_lines(values.get("risk_point", "")), self.config
                )
                values["risk_level"] = "" if tagged else self._voted_level(row, r, t)
                # ('1.…（高）⏎2.…（低）': the lines' own levels, no vote and no tick read from
                # the counts: ``_level_closed_items`` below)
            elif t.level_holders and (
                held := [
                    (who, lv)
                    for c, lv in t.ticks.items()
                    if c < rl and row[c].strip() not in _NOTHING
                    for who in _level_cell_holders(row[c])
                ]
            ):
                # '理事长　郄翮岚⏎康复部部长　郄璿汀' under 一级（高）: the row's point each one's,
                # at the level of the column naming him (a row naming none: a tick, as below)
                dept = values.get("department", "")
                level_held = [
                    {"department": who.get("department") or dept, "title": who.get("title", ""),
                     "person": who.get("person", ""), "risk_level": lv}
                    for who, lv in held
                ]  # fmt: skip
                values.update(level_held[0])
            elif (
                t.level_named
                and (named := level_then_holders(values.get("risk_level", ""), self.config))[1]
            ):
                # '一级 √ 敖鹤龄、伊澜笙' in the 风险等级 column: the row's point each one's
                dept = values.get("department", "")
                level_held = [
                    {"department": who.get("department") or dept, "title": who.get("title", ""),
                     "person": who.get("person", ""), "risk_level": named[0]}
                    for who in named[1]
                ]  # fmt: skip
                values.update(level_held[0])
            elif (
                t.ticks
                and len(
                    marked := [
                        c
                        for c in t.ticks
                        if c < rl and _ticked(row[c]) and row[c].strip() not in t.blank_marks
                    ]
                )
                > 1
            ):
                # '√ | √ | ' under 高 | 中 | 低: two grades ticked, none is the row's (no first
                # column's guessed); a printed scale's rows are said by ``_scale_marks_said``
                values["risk_level"] = ""
                if t.scale_row is None:
                    self.issues.append(
                        make_issue("LEVEL_SCALE_MARKS_UNCLEAR", self.rel, grid.name,
                                   cell_ref(r, marked[0]),
                                   field=" | ".join(squeeze(t.ticks[c]) for c in t.ticks),
                                   value="、".join(cell_ref(r, c) for c in marked))
                    )  # fmt: skip
            elif t.ticks:  # a mark under 一级 / 二级 / 三级
                values["risk_level"] = next(
                    (
                        lv
                        for c, lv in t.ticks.items()
                        if c < rl and _ticked(row[c]) and row[c].strip() not in t.blank_marks
                    ),
                    "",
                ) or next(
                    # none of its own: a tick merged down over a holder's rows is each row's
                    # (review 91; the votes and counts above read no merged cell)
                    (
                        lv
                        for c, lv in t.ticks.items()
                        if not (c < rl and row[c].strip())
                        and _ticked(m := self._merged_below(r, c, t))
                        and m.strip() not in t.blank_marks
                    ),
                    "",
                )
            last_year = values.get("risk_level")  # (before an adjusted column's step moves it)
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
            if t.grade_marks is not None and values.get("risk_level") == last_year and last_year:
                # (a mark column also read as '等级调整 | 上调一级' has moved it already)
                self._grade_moved(t, r, row, values, graded)
            if t.opinions is not None:  # ('审核意见 | 调整为一级' over '自评等级 | 二级')
                self._reviewed_level(t, r, row, values, reviewed)
            if t.count_text is not None and (
                not values.get("risk_level") or t.count_text[0] == t.roles.get("risk_level")
            ):
                # '共3项（一级1项、二级2项）' merged beside the holder's rows: the point's place
                values["risk_level"] = self._text_counted_level(r, t)
                if t.count_text[0] == t.roles.get("duty"):
                    values["duty"] = ""  # (the counts under a heading guessed a 职责: none)
            get = values.get
            last_values, last_r = values, r
            if seq_col is not None and seq_col < rl and row[seq_col]:
                n = _row_seq(row[seq_col])
                if n is not None:  # (numbers restarting a group: the nearest above)
                    by_seq[n] = {x: values.get(x, "") for x in _BACK_ROLES}
                    seq_all.setdefault(n, []).append((r, by_seq[n]))
            numbered: list[dict[str, str]] = [*level_held[1:], *also]  # (the other holders named)
            if "\n" in get("title", "") or get("title", "").endswith(("）", ")")):
                shared = self._posts_with_levels(get("title", ""))
                if shared and not get("risk_level"):
                    # '理事长（高）⏎副理事长（中）': the row's point is each post's, at its level
                    values["title"], values["risk_level"] = shared[0]
                    numbered = [{"title": p, "risk_level": lv} for p, lv in shared[1:]]
            if (
                t.counts_lined
                and has_point
                and not numbered
                and (lined := self._counted_lines(r, t, values["risk_point"], get("measures", "")))
            ):
                # '1.…⏎2.…⏎3.…' beside '2 | 0 | 1' under '风险等级及个数': a point a line, its
                # level its place against the counts, its measures the line numbered alike
                values.update(lined[0])
                numbered = lined[1:]
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
            if (
                has_point
                and noting_lines
                and "依据" in values["risk_point"]
                and (got := _note_line(values["risk_point"])) is not None
            ):  # '…⏎依据：《…条例》第…条', '…。政策依据：《…》': unbracketed, the point's basis
                values["risk_point"], said = got
                values["description"] = _joined(values.get("description", ""), said)
                noted_lines.append((r, said))
            if (
                has_point
                and not t.point_holders
                and "title" not in t.roles
                and "person" not in t.roles
                and not get("title")
                and not get("person")
                and not self.holder_above  # (the form's holder stands: the bracket a note)
                and (
                    (closing := _point_holder_bracket(values["risk_point"], unlisted))
                    or (dashed and (closing := _point_holder_dash(values["risk_point"])))
                )
                and not (pc in t.holder_cells and holder_bracket(values["risk_point"], False))
            ):  # (a bracket of labelled fields the cells' own reader takes stays its: '（责任岗位：…）')
                # '…考察把关不严（责任人：副部长　骆沄琤）' with no 岗位 or 姓名 column: the point,
                # then who holds it; '（责任人：部长　伏琰翀、副部长　骆沄琤）' a copy each; so
                # '…对单证不符放行——审单员　闻砚翮' where most points close with a dash and a holder
                values["risk_point"] = closing[0]
                own = get("department", "")
                holders = []
                for h in closing[1]:
                    dept, title = h.get("department", ""), h.get("title", "")
                    if dept and own and squeeze(own) != dept:
                        dept, title = own, dept + title  # (another 科室's post: as written)
                    holders.append(
                        {"department": own or dept, "title": title, "person": h.get("person", "")}
                    )
                values.update(holders[0])
                numbered = [*numbered, *holders[1:]]
                (held_dashed if closing[2][:1] in "—-－─" else held_closing).append((r, closing[2]))
                if len(closing) > 3:  # ('（责任人：一那蒌珩）': a name by its label only)
                    rare = [h["person"] for h in closing[1] if not looks_like_name(h["person"])]
                    held_rare.append((r, closing[2], rare))
            elif (
                has_point
                and values["risk_point"].rstrip().endswith(("）", ")"))  # (the cheap test)
                and ("title" in t.roles or "person" in t.roles)
            ):
                self._point_bracket_differs(t, values, r, pc)
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
                    elif (
                        "person" not in t.roles
                        and "department" not in t.roles
                        and (m := _HOLDER_COLON.match(values["risk_point"]))
                        and (held := _head_holder(m.group(1)))
                    ):  # '院长眭翀璟：…' with no 姓名 column either: the post and its holder
                        if held[0]:
                            values["department"] = held[0]
                        values["title"], values["person"] = held[1:]
                        values["risk_point"] = m.group(2)
            if (
                has_point
                and not numbered
                and not get("risk_type")
                and "\n" in values["risk_point"]
                and _has_colon(values["risk_point"])
            ):
                typed, partly = _typed_line_items(values["risk_point"], self.config)
                if typed:
                    # '1.思想道德风险：收受礼金。⏎2.制度机制风险：…' with no type column: a point a
                    # line, its type the label opening it; its level (measures) the line numbered
                    # alike in the level (measures) cell, or the row's one for all
                    n_typed = len(typed)
                    for role in ("risk_level", "measures"):
                        each = _lines_numbered_as(get(role, ""), n_typed)
                        if role == "risk_level" and not (
                            each and all(self.config.level(x) for x in each)
                        ):  # ('一级：1、3⏎二级：2': the grades by the lines' numbers)
                            each = _levels_by_line_numbers(get(role, ""), n_typed, self.config)
                        if each:
                            typed = [{**x, role: v} for x, v in zip(typed, each, strict=True)]
                    typed_cells.append((r, pc, values["risk_point"].split("\n")[0].strip()))
                    values.update(typed[0])
                    numbered = typed[1:]
                elif partly:
                    # some lines typed, some not: which type is whose is unsaid, the cell whole
                    self.issues.append(
                        make_issue("TYPED_LINE_UNLABELLED", self.rel, grid.name, cell_ref(r, pc),
                                   value=str(partly),
                                   example=next(x.strip() for x in values["risk_point"].split("\n")
                                                if x.strip() and not _typed_line_items(
                                                    f"{x}\n{x}", self.config)[0]))
                    )  # fmt: skip
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
                lined = (
                    []
                    if pairs or numbered
                    else _points_among_lines(values["risk_point"], self.config)
                )
                if pairs and not get("measures") and not numbered:
                    # '风险点1：…⏎防控措施1：…⏎风险点2：…': a point each, with its own measures
                    values.update(pairs.pop(0))
                    numbered = pairs
                elif lined:
                    # '1.负责…。⏎　风险点：…（一级）⏎2.负责…。' under '岗位职责及廉政风险点': a point
                    # each labelled line, its duty the line above, its level (measures) its own
                    # or the row's; the duty lines no points
                    said = lined[0]["risk_point"]
                    lined_cells.append(
                        (r, next(x.strip() for x in values["risk_point"].split("\n") if said in x))
                    )
                    row_own = {
                        x: get(x, "") for x in ("duty", "risk_level", "risk_type", "measures")
                    }
                    lined = [{**row_own, **{k: v for k, v in x.items() if v}} for x in lined]
                    values.update(lined[0])
                    numbered = lined[1:]
                parts = None if lined else _labelled_lines(values["risk_point"])
            if has_point and not parts and not numbered:
                # '…走过场，属岗位职责风险，风险等级为一级。': the type and level given in clauses
                # closing the point's sentence (a numbered line each, where every line closes so)
                # (the first test ``_closing_clauses`` asks, asked here: most points' last words
                # name no type nor level)
                got = (
                    _closing_clauses(values["risk_point"], self.config)
                    if "风险" in (tail_ := values["risk_point"][-24:]) or "级" in tail_
                    else []
                )
                if got:
                    parts, more, by_clause = got[0], got[1:], True
                elif not (t.type_points or t.level_points) and (
                    items := _level_closed_items(values["risk_point"], self.config)
                ):
                    # '1.…（高）⏎2.…（中）', '①…（一级）②…（二级）': a point each, at its own
                    # bracket's level (type), where the row's own cell for it is empty
                    if not any(get(x) for x in items[0] if x != "risk_point"):
                        values.update(items[0])
                        numbered = items[1:]
                        leveled.append((r, pc))
                    elif self._level_of_the_items(get("risk_level", ""), items):
                        # '①…（高）②…（中）' over the level column's one '高' for the cell: the
                        # column the cell's highest, each item a point at its own bracket's
                        said_whole = get("risk_level", "")
                        values.update(items[0])
                        numbered = items[1:]
                        leveled.append((r, pc))
                        levelled_over.append((r, said_whole))
                elif (
                    not (t.type_points or t.level_points)
                    and not (get("title") or get("person") or get("risk_level"))
                    and (items := _held_numbered_items(values["risk_point"], self.config))
                ):
                    # '局长　某某⏎1.…（一级）⏎副局长　某某⏎2.…（二级）' in a 科室's one cell: a point
                    # each, its holder the line naming him above it, the row's 科室 kept; the
                    # measures cell numbered alike ('1.…⏎2.…') gives each point its own
                    each = _measures_numbered_alike(values["risk_point"], get("measures", ""))
                    if len(each) == len(items):
                        items = [{**x, "measures": m} for x, m in zip(items, each, strict=True)]
                    values.update(items[0])
                    numbered = items[1:]
                    leveled.append((r, pc))
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
                if parts and _other_marks_fit(
                    values["risk_point"], get("risk_level") or "", self.config
                ):
                    # ('1）…；2）…' beside '1）2）二级': ``_numbered_points`` reads it)
                    parts = None
                if parts:
                    # '一是…；二是…；三是…。' in one cell, as a report's prose lists them: a point
                    # each, the row's level, type and measures theirs (or each its own, where
                    # they are parted alike)
                    each = {}
                    for role in ("measures", "risk_level", "risk_type"):
                        text = (get(role) or "").strip()
                        # (measures by ordinals of their own only: '…；…' may all be the row's)
                        dots = (
                            _dot_numbered_levels(text, self.config)
                            if role == "risk_level" and text[:1].isdigit()
                            else []
                        )  # ('1.中；2.低；3.低', '1.高 2.中': each number's level, its number off)
                        if len(dots) == len(parts):
                            each[role] = dots
                            level_dots.append((r, text, len(parts)))
                            continue
                        lines = (
                            _level_lines(text, self.config, len(parts))
                            if role == "risk_level" and "\n" in text
                            else []
                        )  # ('高⏎中⏎中' beside '1.…；2.…；3.…': each line its point's, in turn)
                        if lines:
                            each[role] = lines
                            level_lines.append((r, values["risk_point"], len(parts)))
                            continue
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
                if (
                    tag
                    and named is not None
                    and named[0] == "department"
                    and _stage_key(tag.group(1)) not in _STAGE_LINE_WORDS
                ):  # ('【承办】…⏎【审核】…': stages' labels, no 科室)
                    # '【教务处】学籍变更审核把关不严' with no 科室 column: the row's 科室, then
                    # its point ('【立案环节】', a stage, stays)
                    values["department"] = named[1]
                    values["risk_point"] = values["risk_point"][tag.end() :].strip()
                    t.sections = True  # (the rows name their 科室, as group lines would: a list)
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
                if "workflow" in roles and _connector_row(row, roles["workflow"]):
                    r += 1  # '↓' between two nodes of a flow down the '办理流程' column: a spacer
                    continue
                if t.year_older and all(
                    not v or c in t.year_older or t.col_role.get(c) in _YEAR_ROW_HELD
                    for c, v in enumerate(row)
                ):
                    r += 1  # last year's point alone, none this year: no row (``_year_bands``)
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
                if r not in self.sh.point_at:  # (under a group row read as no point: said there)
                    self.issues.append(
                        make_issue("POINT_BLANK", self.rel, grid.name, cell_ref(r, pc))
                    )  # fmt: skip
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
                # (the point word for word as above's, which ``_point_again`` asks too: most
                # rows write another point)
                and values.get("risk_point", "").strip() == raw_rows[-1].risk_point.strip()
                and self._point_again(raw_rows[-1], r, values, t)
            ):
                # the point, its post, type and level written out again on the next row with
                # another measure ('1 | 馆长 | … | 指定供应商 | 一级 | 2 | 采购按程序实施'): one point
                _extend(raw_rows[-1], {"measures": values.get("measures", "")})
                repeated += 1
            else:
                self.seen += 1
                if order and not t.holder_steps:  # which of the 科室, post and holder the row
                    written[r] = (  # writes itself
                        sum(map(bool, order_get(row)))
                        if order_get is not None and rl > order_end
                        else len([c for c in order_cols if c < rl and row[c]])
                    )
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
                if (at := sharers.get(r)) is not None:  # (a point shared with the row above)
                    raw_rows[-1].rows = {
                        **(raw_rows[-1].rows or {}),
                        **dict.fromkeys((x for x in _SHARED_ROLES if x in roles), at[0]),
                    }
                if (at := self.sh.point_at.get(r)) is not None:  # (a point from a group row)
                    raw_rows[-1].rows = {**(raw_rows[-1].rows or {}), "risk_point": at[0]}
                    raw_rows[-1].cols = {**roles, "risk_point": at[1]}
                if page_none:
                    raw_rows[-1].page_on = ",".join(page_none)
                if (
                    t.level_points
                    and t.level_lines
                    and numbered
                    and all(set(pair) <= _POINT_PARTS for pair in numbered)
                ):
                    # (the first level cell's items parted as the row's point: each level cell
                    # is parted below, its own)
                    numbered = []
                for pair in numbered:  # the cell's later numbered points, the row's otherwise
                    self.seen += 1
                    raw_rows.append(replace(raw_rows[-1], **pair))
                if t.level_points:  # 廉政风险点 over 高风险 | 中风险 | 低风险: a point per column
                    base = raw_rows.pop()
                    self.seen -= 1
                    if t.point_staggered:  # (one point typed on across two columns)
                        row = _staggered_written_on(row, list(t.level_points))
                    for c, word in t.level_points.items():
                        if c < rl and row[c] and row[c] not in _DITTO:
                            if t.level_lines and (
                                row[c] in _NOTHING or _NOTHING_WRITTEN.match(row[c])
                            ):
                                continue  # ('/' under a level: none of that level)
                            if t.point_staggered and row[c].strip() in _NOTHING:
                                continue  # ('/' in the columns a staggered row leaves)
                            stage = t.stage_points.get(c)
                            if stage is not None and row[c].strip() in _NOTHING:
                                continue  # ('—' under a stage: the row has no such stage)
                            said_all, run_on = (
                                _level_cell_points(row[c]) if t.level_lines else ([row[c]], False)
                            )
                            if run_on:  # '1.…；2.…' in one line under '一级风险点': an item each
                                level_run_on.append((r, c, row[c]))
                            if t.line_holders:
                                # '总经理　某某：…⏎报关员　某某：…': each line its own holder's
                                # point, a line naming none its line above's (the cell's)
                                held_lines = _line_holders(row[c])
                                said_all = [x for x, _ in held_lines] or said_all
                                holder = ("", "", "")
                            mc = t.level_point_measures.get(c)
                            own = (row[mc] if mc < rl else "") if mc is not None else None
                            each = _level_cell_points(own)[0] if own and len(said_all) > 1 else []
                            for k, said in enumerate(said_all):
                                self.seen += 1
                                raw_rows.append(replace(base, risk_point=said, risk_level=word,
                                                        cols={**roles, "risk_point": c,
                                                              "risk_level": c}))  # fmt: skip
                                if t.point_staggered and "risk_level" in roles and base.risk_level:
                                    # staggered beside a 风险等级 column: the column's level, a
                                    # note's other one for the column told at the cell
                                    raw_rows[-1].risk_level = base.risk_level
                                    raw_rows[-1].cols = {**roles, "risk_point": c}
                                    lc = t.point_side_levels.get(c)
                                    if lc is not None and lc < rl and row[lc].strip():
                                        # (side by side, each over its own level cell)
                                        raw_rows[-1].risk_level = row[lc]
                                        raw_rows[-1].cols = {**roles, "risk_point": c,
                                                             "risk_level": lc}  # fmt: skip
                                    lv = self.config.level
                                    if word and lv(word) != lv(base.risk_level):
                                        self.issues.append(
                                            make_issue("POINT_COLUMN_LEVEL_DIFFERS", self.rel,
                                                       self.grid.name,
                                                       cell_ref(r, roles["risk_level"]),
                                                       value=said[:30],
                                                       field=_staggered_heading(self.sh, t),
                                                       place=str(list(t.level_points).index(c) + 1),
                                                       other=word, level=base.risk_level)
                                        )  # fmt: skip
                                if stage is not None:  # (the stage its 环节; no bracket: the
                                    # row's own level, from its level column if any)
                                    raw_rows[-1].workflow = base.workflow or stage
                                    if not word:
                                        raw_rows[-1].risk_level = base.risk_level
                                        raw_rows[-1].cols = {**roles, "risk_point": c}
                                if t.line_holders and held_lines:
                                    holder = held_lines[k][1] or holder
                                    (raw_rows[-1].department, raw_rows[-1].title,
                                     raw_rows[-1].person) = holder  # fmt: skip
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
                            # '3.…（二级）⏎4.…（三级）': his numbered points of the type, each at
                            # its own bracket's level (the number running on along the row)
                            items = (
                                _level_closed_items(row[c], self.config, one=True)
                                if not base.risk_level
                                else []
                            )
                            if items and "risk_level" in items[0]:
                                leveled.append((r, c))
                                for said in items:
                                    self.seen += 1
                                    raw_rows.append(replace(base, **said, risk_type=word,
                                                            cols={**roles, "risk_point": c,
                                                                  "risk_type": c,
                                                                  "risk_level": c}))  # fmt: skip
                                continue
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
        if summaries:  # once a table: the summary rows, or the one whose count is off
            self._summaries_told(t, summaries, raw_rows)
        if held_runs:  # once a table: the footers naming the holders of the rows above them
            t.sections = True  # (the rows name their posts, as group lines would: a list)
            self.issues.append(
                make_issue("HOLDER_BY_FOOTER", self.rel, grid.name, held_runs[0],
                           value=str(len(held_runs)))
            )  # fmt: skip
        if held_closed:  # once a table: the labelled rows naming the holders of the rows above
            t.sections = True
            self.issues.append(
                make_issue("HOLDER_ROWS_CLOSING", self.rel, grid.name, held_closed[0],
                           value=str(len(held_closed)))
            )  # fmt: skip
        if over is not None:  # (the last small table's caption over it)
            captioned += self._hold_captioned(captions[over], raw_rows[held_from:], over,
                                              sh.nonempty(over)[0], own_held)  # fmt: skip
        if captioned:  # the captions of the sheet's stacked tables naming their holders
            t.sections = True
            if not self.captions_told and self._report_paragraphs:
                # (a report's numbered paragraphs naming each small table's holder: told apart)
                self.captions_told = True
                cells = [cell_ref(x, sh.nonempty(x)[0]) for x in sorted(self._report_paragraphs)]
                self.issues.append(
                    make_issue("HOLDERS_BY_REPORT_PARAGRAPH", self.rel, grid.name, cells[0],
                               value=str(len(cells)), other="、".join(cells))
                )  # fmt: skip
            if not self.captions_told:  # (once a sheet: its small tables may read apart)
                self.captions_told = True
                self.issues.append(
                    make_issue("HOLDER_BY_TABLE_CAPTION", self.rel, grid.name, captioned[0],
                               value=str(len(captions)), part="下方" if below else "上方")
                )  # fmt: skip
        if second_rows:  # once a table: the rows naming a holder's second post in his block
            self.issues.append(
                make_issue("POST_SECOND_SUB_ROWS", self.rel, grid.name, second_rows[0],
                           value=str(len(second_rows)), other="、".join(second_rows))
            )  # fmt: skip
        if members_read:  # once a table: the group rows naming their members post by post
            self.issues.append(
                make_issue("HOLDERS_BY_GROUP_MEMBERS", self.rel, grid.name, members_read[0],
                           value=str(len(members_read)))
            )  # fmt: skip
        if carry.get("_sharers_at"):  # once a table: the section rows naming who shares them
            shared_at = carry["_sharers_at"]
            self._sharers_by_indent(t, carry["_sharer_groups"], r)
            self.issues.append(
                make_issue("HOLDERS_SHARE_SECTION", self.rel, grid.name, shared_at[0],
                           value=str(len(shared_at)))
            )  # fmt: skip
        for wr, carried in withheld:  # each post whose points are withheld, its cell named
            self._say_withheld(wr, t, carried)
        if shared_rows:  # once a table: the rows of measures written once for the points above
            sr, _ = shared_rows[0]
            self.issues.append(
                make_issue("MEASURES_SHARED_ROW_BELOW", self.rel, grid.name, cell_ref(sr, pc),
                           value=squeeze(sh.rows[sr][pc]), count=str(len(shared_rows)),
                           given=str(sum(g for _, g in shared_rows)))
            )  # fmt: skip
        if seq_stages and control_stage_rows:  # once a table: the 环节 rows numbered in 序号
            told = [(x, c) for x, c in control_stage_rows if x in seq_stages]
            if told:
                control_stage_rows = [(x, c) for x, c in control_stage_rows if (x, c) not in told]
                sc = roles["seq"]
                self.issues.append(
                    make_issue("POINTS_UNDER_SEQ_NUMBERED_STAGES", self.rel, grid.name,
                               cell_ref(told[0][0], told[0][1]),
                               value=squeeze(sh.rows[told[0][0]][told[0][1]]), count=str(len(told)),
                               seq=squeeze(sh.rows[told[0][0]][sc]).rstrip(".．、"))
                )  # fmt: skip
        if numbered_stages and control_stage_rows:  # once a table: the numbered 环节 rows
            told = [(x, c) for x, c in control_stage_rows if x in numbered_stages]
            if told:
                control_stage_rows = [(x, c) for x, c in control_stage_rows if (x, c) not in told]
                self.issues.append(
                    make_issue("POINTS_UNDER_NUMBERED_STAGES", self.rel, grid.name,
                               cell_ref(told[0][0], told[0][1]),
                               value=squeeze(sh.rows[told[0][0]][told[0][1]]), count=str(len(told)))
                )  # fmt: skip
        if control_stage_rows:  # once a table: the 事前/事中/事后 rows over their points
            sr, sc = control_stage_rows[0]
            given = _give_stage_measures(raw_rows, control_measures)
            if sc == pc and not any(m for _, _, m in control_measures):
                self.issues.append(
                    make_issue("CONTROL_STAGE_ROWS", self.rel, grid.name, cell_ref(sr, pc),
                               value=squeeze(sh.rows[sr][pc]), count=str(len(control_stage_rows)))
                )  # fmt: skip
            else:  # (its label in the 序号 column, or the stage's measures written beside it)
                self.issues.append(
                    make_issue("CONTROL_STAGE_ROWS_ASIDE", self.rel, grid.name, cell_ref(sr, sc),
                               value=squeeze(sh.rows[sr][sc]), count=str(len(control_stage_rows)),
                               field=_head_of(sh.rows[t.row], sc),
                               given=f"本阶段的措施已注明阶段并入其下 {given} 个风险点的防控措施"
                               if given else "阶段行没有另写措施")
                )  # fmt: skip
        if cell_stage_rows and cell_stage_given:  # once a table: 环节 rows, their level alone
            sr, stage = cell_stage_rows[0]
            self.issues.append(
                make_issue("LEVEL_ALONE_ON_STAGE_ROWS", self.rel, grid.name,
                           cell_ref(sr, cell_stages), value=squeeze(sh.rows[sr][cell_stages]),
                           stage=stage,
                           count=str(len(cell_stage_rows)), given=str(cell_stage_given))
            )  # fmt: skip
        if level_blank_given and carry.get("_level_blank_at"):
            # once a table: its level column blank for every point, the group rows' levels
            blank_at, blank_text = carry["_level_blank_at"]
            lc = roles["risk_level"]
            self.issues.append(
                make_issue("LEVEL_COLUMN_BLANK_BY_SECTIONS", self.rel, grid.name, cell_ref(t.row, lc),
                           field=_head_of(sh.rows[t.row], lc), value=blank_text, at=blank_at,
                           count=str(level_blank_given))
            )  # fmt: skip
        if carry.get("_level_worded"):  # once a table: level rows saying the level in words
            (said_at, said_text, said_level), *_ = carry["_level_worded"]
            self.issues.append(
                make_issue("LEVEL_ROW_WORDED", self.rel, grid.name, said_at, value=said_text,
                           level=said_level, count=str(len(carry["_level_worded"])))
            )  # fmt: skip
        if carry.get("_level_tails"):  # once a table: level rows closing on a count, no bracket
            (tail_at, tail_text, tail_level), *_ = carry["_level_tails"]
            self.issues.append(
                make_issue("LEVEL_ROW_COUNT_TAIL", self.rel, grid.name, tail_at, value=tail_text,
                           level=tail_level, count=str(len(carry["_level_tails"])),
                           or_blank="(或“风险等级”一栏各风险点都空着)" if t.level_blank else "")
            )  # fmt: skip
        if stage_levels:  # once a table: the 环节 rows read as the stage and level of their points
            sr, word = stage_levels[0]
            self.issues.append(
                make_issue("LEVEL_BY_STAGE_ROWS", self.rel, grid.name, cell_ref(sr, stage_rows),
                           field=squeeze(t.header[1].get(stage_rows, "")) if t.header else "",
                           value=squeeze(sh.rows[sr][stage_rows]), count=str(len(stage_levels)))
            )  # fmt: skip
        if not_applying:  # once a table: the rows the holder said are not his
            self.issues.append(
                make_issue("ROWS_NOT_APPLYING", self.rel, grid.name, not_applying[0],
                           value=str(len(not_applying)), label=squeeze(sh.rows[t.start - 1][t.answer]))
            )  # fmt: skip
        if lower_read:  # once a table: the records read in two lines under a two-line header
            self.issues.append(
                make_issue("RECORDS_IN_TWO_LINES", self.rel, grid.name, cell_ref(t.row + 1, 0),
                           value=str(len(lower_read)))
            )  # fmt: skip
        if rests:  # once a table: a record's rest over the rows under it (a PDF converted)
            at = rests[0]
            c = next(c for c in (roles.get("risk_type"), roles.get("measures")) if c is not None
                     and c < len(sh.rows[at]) and sh.rows[at][c].strip())  # fmt: skip
            self.issues.append(
                make_issue("RECORD_LINES_AS_ROWS", self.rel, grid.name, cell_ref(at, c),
                           value=squeeze(sh.rows[at][c])[:30], count=str(len(rests)))
            )  # fmt: skip
        if bare_measures:  # once a table: '防控措施：…' rows under points, no holder's cell
            at = bare_measures[0]
            self.issues.append(
                make_issue("MEASURES_LABEL_ROW_UNDER_POINT", self.rel, grid.name, cell_ref(at, pc),
                           value=squeeze(sh.rows[at][pc])[:30], count=str(len(bare_measures)))
            )  # fmt: skip
        if measures_joined:  # once a table: measures written one a row under their points
            self.issues.append(
                make_issue("MEASURE_ROWS_UNDER_POINT", self.rel, grid.name,
                           cell_ref(measures_joined[0], roles["measures"]),
                           value=squeeze(sh.rows[measures_joined[0]][roles["measures"]])[:30],
                           count=str(len(measures_joined)),
                           points=str(len({measure_rows[x] for x in measures_joined})))
            )  # fmt: skip
        if branched:  # once a table: the points' holders drawn as tree branches under each
            t.sections = True  # (the rows name their holders, as group lines would: a list)
            # ('一、财务管理' alone in the point column over its points: a group's row, no point)
            grouped = {id(rr) for rr in raw_rows if self._numbered_group_row(rr.row)}
            if grouped:
                raw_rows[:] = [rr for rr in raw_rows if id(rr) not in grouped]
                self.seen -= len(grouped)
            self.issues.append(
                make_issue("HOLDERS_AS_BRANCHES", self.rel, grid.name, branched[0],
                           value=str(branch_rows), count=str(len(branched)))
            )  # fmt: skip
        if held_each:  # once a table: the lines naming the holder of the point above each
            t.sections = True  # (the rows name their posts, as group lines would: a list)
            self.issues.append(
                make_issue("HOLDER_UNDER_EACH_POINT", self.rel, grid.name, held_each[0],
                           value=str(len(held_each)))
            )  # fmt: skip
        if graded and t.header:  # once a table: last year's levels moved by their marks
            self.issues.append(
                make_issue("LEVEL_BY_CHANGE_MARK", self.rel, grid.name,
                           cell_ref(t.start, t.grade_marks), field=squeeze(lc_head),
                           value=squeeze(t.header[1].get(t.grade_marks, "")), count=str(len(graded)))
            )  # fmt: skip
        if reviewed:  # once a table: the rows whose level the reviewer changed
            head = squeeze(t.header[1].get(t.opinions, "")) if t.header else ""
            self.issues.append(
                make_issue("LEVEL_BY_REVIEW_OPINION", self.rel, grid.name, reviewed[0],
                           field=head or "审核意见", count=str(len(reviewed)), value="、".join(reviewed))
            )  # fmt: skip
        if subtotalled:  # once a table: the levels its subtotal rows gave a blank level column
            self.issues.append(
                make_issue("LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN", self.rel, grid.name,
                           subtotalled[0][0], value=subtotalled[0][1], count=str(len(subtotalled)),
                           field=squeeze(lc_head) or "风险等级")
            )  # fmt: skip
        if count_closed:  # once a table: the levels its closing '二级风险点（共2项）' rows gave
            fr = min(closers)
            fc = sh.nonempty(fr)[0]
            self.issues.append(
                make_issue("LEVEL_BY_CLOSING_COUNT_ROWS", self.rel, grid.name, cell_ref(fr, fc),
                           value=squeeze(sh.rows[fr][fc]), count=str(len(closers)),
                           given="，".join(gave for _cell, gave in count_closed))
            )  # fmt: skip
        if closed_runs:  # once a table: the levels (types) its footers gave
            self.issues.append(
                make_issue("LEVEL_BY_FOOTER", self.rel, grid.name, closed_runs[0][0],
                           value="，".join(gave for _cell, gave in closed_runs))
            )  # fmt: skip
        if clauses:  # once a table: the points whose type or level closed their sentences
            self._clauses_said(t, raw_rows, clauses)
        if lined_cells:  # once a table: the cells of duties with labelled point lines among them
            self.issues.append(
                make_issue("POINTS_AMONG_DUTY_LINES", self.rel, grid.name,
                           cell_ref(lined_cells[0][0], pc), value=str(len(lined_cells)),
                           example=lined_cells[0][1])
            )  # fmt: skip
        if typed_cells:  # once a table: the cells of points a line, each typed by its label
            self.issues.append(
                make_issue("POINTS_BY_TYPED_LINES", self.rel, grid.name,
                           cell_ref(typed_cells[0][0], typed_cells[0][1]),
                           value=str(len(typed_cells)), example=typed_cells[0][2][:30])
            )  # fmt: skip
        if level_run_on:  # once a table: the level cells numbering their points in one line
            r0, c0, said = level_run_on[0]
            self.issues.append(
                make_issue("LEVEL_CELL_ITEMS_RUN_ON", self.rel, grid.name, cell_ref(r0, c0),
                           field=t.level_points.get(c0, ""), value=said[:30],
                           count=str(len(level_run_on)))
            )  # fmt: skip
        if level_lines:  # once a sheet: the level cells a line a point beside points on one line
            r0, said, _ = level_lines[0]
            self._level_lines_issue(
                cell_ref(r0, t.roles.get("risk_point", pc)), said, len(level_lines),
                sum(n for *_, n in level_lines),
            )  # fmt: skip
        if level_dots:  # once a table: the level cells numbering each point's level on one line
            r0, said, _ = level_dots[0]
            self.issues.append(
                make_issue("LEVELS_NUMBERED_ON_ONE_LINE", self.rel, grid.name,
                           cell_ref(r0, t.roles.get("risk_level", pc)), value=squeeze(said),
                           count=str(len(level_dots)), given=str(sum(n for *_, n in level_dots)))
            )  # fmt: skip
        if leveled:  # once a table: the cells of numbered points each closing with its level
            self.issues.append(
                make_issue("POINTS_NUMBERED_LEVELS", self.rel, grid.name, cell_ref(*leveled[0]),
                           value=str(len(leveled)))
            )  # fmt: skip
        if levelled_over:  # once a table: those over a level cell giving the highest of them
            r0, said = levelled_over[0]
            self.issues.append(
                make_issue("LEVEL_CELL_HIGHEST_OF_ITEMS", self.rel, grid.name,
                           cell_ref(r0, t.roles.get("risk_level", pc)), value=said,
                           count=str(len(levelled_over)), point=cell_ref(r0, pc))
            )  # fmt: skip
        if noted:  # once a table: the points whose basis or source closed their cells
            self.issues.append(
                make_issue("POINT_NOTE_BRACKET", self.rel, grid.name, cell_ref(noted[0][0], pc),
                           value=str(len(noted)), example=noted[0][1])
            )  # fmt: skip
        if noted_lines:  # once a table: the points whose basis closed their cells unbracketed
            self.issues.append(
                make_issue("POINT_NOTE_LINE", self.rel, grid.name, cell_ref(noted_lines[0][0], pc),
                           value=str(len(noted_lines)), example=noted_lines[0][1])
            )  # fmt: skip
        if held_closing:  # once a table: the points whose holders closed their cells
            t.sections = True  # (the rows name their holders, as group lines would: a list)
            self.issues.append(
                make_issue("HOLDER_IN_POINT_BRACKET", self.rel, grid.name,
                           cell_ref(held_closing[0][0], pc), value=str(len(held_closing)),
                           example=held_closing[0][1])
            )  # fmt: skip
        if held_rare:  # once a table: the brackets whose holder is a name by its label only
            rare_names = dict.fromkeys(x for _r, _b, who in held_rare for x in who)
            self.issues.append(
                make_issue("HOLDER_BRACKET_RARE_NAME", self.rel, grid.name,
                           cell_ref(held_rare[0][0], pc), value=str(len(held_rare)),
                           example=held_rare[0][1], person="、".join(rare_names))
            )  # fmt: skip
        if held_dashed:  # once a table: the points whose holders followed a dash closing them
            t.sections = True  # (the rows name their holders, as group lines would: a list)
            self.issues.append(
                make_issue("HOLDER_AFTER_POINT_DASH", self.rel, grid.name,
                           cell_ref(held_dashed[0][0], pc), value=str(len(held_dashed)),
                           example=held_dashed[0][1])
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
        if later:  # '同序号3' naming a row below, '同序号2、3' naming several
            raw_rows[:] = self._holders_later(raw_rows, later, seq_all, backed, unbacked)
        if backed:  # once a table: the holders' cells read from the rows their numbers name
            self.issues.append(
                make_issue("HOLDER_BY_ROW_NUMBER", self.rel, grid.name, backed[0],
                           value=str(len(backed)))
            )  # fmt: skip
        for cell, said in unbacked:
            self.issues.append(
                make_issue("HOLDER_ROW_NUMBER_UNMATCHED", self.rel, grid.name, cell, value=said)
            )
        if left_read:  # once a table: the '同左' cells read as the name at their left
            self.issues.append(
                make_issue("HOLDER_SAME_AS_LEFT", self.rel, grid.name, left_read[0],
                           value=str(len(left_read)))
            )  # fmt: skip
        for cell, said in left_none:
            self.issues.append(
                make_issue("HOLDER_SAME_AS_LEFT_NONE", self.rel, grid.name, cell, value=said)
            )
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
            # the post merged over each holder's block, his name signed once in it
            once = self._signed_once_a_block(raw_rows, roles)
            if free and not once and not self._centred_by_restarts(raw_rows, roles, free):
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
        if pc_ is not None:
            self._holders_by_link(raw_rows)  # ('点击查看' linking to a roster's row)
            if "title" in roles:
                self._name_post_swapped_rows(t, raw_rows, pc_, roles["title"])
        handed: dict[str, RawRisk] = {}
        moved: dict[str, tuple[list[str], list[str]]] = {}  # a post cell moved: its cells, former
        unclear: list[RawRisk] = []  # (holder cells a name or a post alike)
        acting: dict[str, list[str]] = {}  # a vacant post's cell naming who acts for it
        proxied: dict[str, list[str]] = {}  # a holder's cell signed for him by a colleague
        unread: set[str] = set()
        lines = self._reporting_lines(t, raw_rows)  # ('科员→股长→局长': who handles it in turn)
        for rr in raw_rows:
            if posted and rr.person and not rr.title:
                rr.title = posted
            if rr.person and rr.person[-1] in _NAME_MARKS:
                rr.person = _unmarked(rr.person)  # '闵渫珑*△': marks a note explains
            if (
                pc_ is not None
                and rr.person
                and rr.cols.get("person") == pc_
                and _ONE_POST_WORD.fullmatch(who := rr.person.strip())
                and is_post(who)
                and not looks_like_name(who)
                and not name_then_post(who)  # ('司马云峰站长': the holder, his post after him)
                and not (
                    starts_with_surname(who)
                    and _ADDRESSED_POST.fullmatch(who[2 if who[:2] in COMPOUND_SURNAMES else 1 :])
                )  # ('康科长', '欧阳院长': a holder called by surname and post, a roster's to name)
                and heading_role(who) is None
            ):
                if (
                    rr.title
                    and squeeze(rr.title) != who
                    and len(who) == 3
                    and who[-1] == "员"
                    and starts_with_surname(who)
                ):
                    # '张德员' beside '会计': a name ending 员 or a post, no telling: as written
                    unclear.append(rr)
                elif rr.title and squeeze(rr.title) != who:
                    # '副科长' beside '科长': a post, not a person, but not the row's post either:
                    # as written (nothing lost), with a warning at the cell
                    self.issues.append(
                        make_issue("HOLDER_CELL_NAMES_POST", self.rel, grid.name,
                                   rr.cell("person"), value=who, post=squeeze(rr.title))
                    )  # fmt: skip
                else:
                    # '安全员', '主任' in the holders' column: the row's post, no holder named
                    rr.title = rr.title or who
                    rr.person = ""
            if (
                rr.title
                and (_POST_MOVED.search(rr.title) or "原" in rr.title)
                and " ".join(rr.title.split()) not in lines
            ):
                self._post_moved(rr, moved)  # '统计员→副股长': the present post, after the arrow
            elif (
                rr.person
                and not rr.title
                and rr.person.rstrip()[-1:] in ")）"
                and _POST_MOVED.search(rr.person)
                and (pair := holder_and_post(rr.person)) is not None
            ):
                # '鲍某（科员→副股长）' in the holder's column, no post column: his post moved
                said, rr.title = rr.person, pair[1]
                self._post_moved(rr, moved)
                if rr.title == pair[1]:
                    rr.title = ""
                    rr.person = said  # (no post moved after all: as written)
                else:
                    rr.person = pair[0]
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
            if rr.person.endswith("同志") and 4 <= len(rr.person) <= 6:
                bare = rr.person[:-2].strip()
                if looks_like_name(bare) or _plain_name(bare):
                    rr.person = bare  # '李明同志': the name, the form of address aside
            for k in ("department", "title", "person"):
                v = getattr(rr, k)
                if v and v[-1] in ")）" and (m := _PAGE_GOES_ON.search(v)) and m.start():
                    setattr(rr, k, v[: m.start()].strip())  # '规划股（续）' over a page's rows
            if "/" in rr.department or "／" in rr.department:
                _part_by_path(rr)
            if rr.person and _HANDED.search(rr.person):
                self._handed_over(rr, handed)
            elif (
                rr.person
                and pc_ is not None
                and "代" in rr.person
                and self._signed_by_proxy(rr, proxied)  # '鲜某代权某签', '权某（鲜某代签）'
            ):
                pass
            elif (
                rr.person
                and pc_ is not None
                # (the words ``acting_for_vacant`` asks first, asked here: most cells a name)
                and (
                    "缺" in (who_ := rr.person)
                    or "配备" in who_
                    or "暂无" in who_
                    or "空岗" in who_
                )
            ):
                self._acting_for_vacant(rr, acting, unread)  # '空缺（由副段长　某某代管）'
        if pc_ is not None and t.header is not None:
            self._acting_for_absent(t, raw_rows)  # '在岗情况' 驻村/借调 beside '代岗人员'
        if unclear and pc_ is not None:
            head = squeeze(t.header[1].get(pc_, "")) if t.header else ""
            self.issues.append(
                make_issue("HOLDER_OR_POST_UNCLEAR", self.rel, grid.name,
                           unclear[0].cell("person"), field=head or "责任人",
                           value="、".join(dict.fromkeys(rr.person.strip() for rr in unclear)))
            )  # fmt: skip
        if acting:  # said once per table, naming the cells
            first = next(iter(acting.values()))[0]  # (rows in order: the first such cell)
            self.issues.append(
                make_issue("HOLDER_ACTING_FOR_VACANT", self.rel, grid.name, first,
                           value="；".join(acting),
                           cells="、".join(c for cs in acting.values() for c in cs))
            )  # fmt: skip
        if proxied:  # said once per table, naming the cells, the holders and the signers
            first = next(iter(proxied.values()))[0]
            self.issues.append(
                make_issue("HOLDER_SIGNED_BY_PROXY", self.rel, grid.name, first,
                           value="；".join(proxied),
                           cells="、".join(c for cs in proxied.values() for c in cs))
            )  # fmt: skip
        if handed:
            first = min(handed.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_HANDED_OVER", self.rel, grid.name, first.cell("person"),
                           value="；".join(handed))
            )  # fmt: skip
        if moved:  # said once per table, naming the cells and the former posts
            cells = [c for cs, _was in moved.values() for c in cs]
            self.issues.append(
                make_issue("POST_MOVED_READ_PRESENT", self.rel, grid.name, cells[0],
                           value="；".join(moved), cells=cell_runs(cells),
                           other="；".join(dict.fromkeys(x for _cs, was in moved.values()
                                                         for x in was)))
            )  # fmt: skip
        return raw_rows, r

    @staticmethod
    def _reporting_lines(t: _Table, rows: list[RawRisk]) -> set[str]:
        """The post cells of ``rows`` that chain the posts handling a matter in turn, no one's
        move ('科员→股长→局长' beside a 业务环节, under '岗位（审批层级）'): each cell's text where
        the post column's heading names a chain or flow ('审批层级', '责任链', '流程'), where the
        row names a flow's step and no holder, or where two cells of three posts or more, no holder
        named beside them, end in the same two ('会计→股长→局长', '出纳→股长→局长': a line of
        approval, not two people promoted alike). Such a cell stays as written."""
        # (the cheap test first: one search of every post cell joined by NULs, which no arrow
        # nor word of the pattern spans; then a cell at a time)
        if not _POST_MOVED.search("\x00".join([rr.title for rr in rows])):
            return set()
        chained = [rr for rr in rows if rr.title and _POST_MOVED.search(rr.title)]
        if not chained:
            return set()
        out: set[str] = set()
        heads = t.header[1] if t.header else {}
        tails: dict[tuple[str, ...], set[str]] = {}
        for rr in chained:
            said = " ".join(rr.title.split())
            head = squeeze(heads.get(rr.cols.get("title", -1), ""))
            if (head and _REPORTING_HEAD.search(head)) or (rr.workflow.strip() and not rr.person):
                out.add(said)
            links = [squeeze(x) for x in _POST_MOVED.split(said)]
            if len(links) >= 3 and not rr.person:  # (a holder named: his moves, maybe alike)
                tails.setdefault(tuple(links[-2:]), set()).add(said)
        for cells in tails.values():
            if len(cells) >= 2:
                out |= cells
        return out

    def _post_moved(self, rr: RawRisk, moved: dict[str, tuple[list[str], list[str]]]) -> None:
        """A post cell written old post → present post ('统计员→副股长', '科员调整为副科长', '原：
        统计员　现：副股长'; a chain gives its last): the present post is the row's post, the
        former ones only told (``moved``: each such cell's text → its cells and the former
        posts); a note saying the post BEFORE the arrow is the present one turns it round. A
        flow's steps ('受理→审核→审批') or two posts in one ('股长、会计') stay as written."""
        said = rr.title.strip()
        before = bool(_POST_MOVED_BEFORE.search(self._legend))
        got = post_moved(said, before)
        name = ""
        if got is None and not rr.person:
            # '科员→副股长　鲍某' under '岗位及姓名' (or the name first): the post moved, the name
            m = re.fullmatch(r"(.+?)\s+(\S{2,4})|(\S{2,4})\s+(.+)", said, re.S)
            if m is None:
                return
            post, name = m.group(1, 2) if m.group(1) else m.group(4, 3)
            if (
                not looks_like_name(name)
                or is_post(name)
                or (got := post_moved(post, before)) is None
            ):
                return
        if got is None:
            return
        rr.title, was = got
        if name:
            rr.person = name
        cells, _was = moved.setdefault(" ".join(said.split()), ([], was))
        if (at := rr.cell("title", "person")) not in cells:
            cells.append(at)

    def _group_member(
        self,
        r: int,
        values: dict[str, str],
        said: tuple[dict[str, list[str]], str, set[str]],
        read: list[str],
        also: list[dict[str, str]],
    ) -> None:
        """Row ``r``'s holder under a group row naming its members post by post
        ('一、民事审判团队：员额法官　郁澂峣，法官助理　甄琬涞'): the member of the row's post
        ('员额法官' → 郁澂峣), two of it a copy each (``also``); a post the group row lists not
        stays the post alone, with a warning (once a group row)."""
        members, at, warned = said
        post = squeeze(values.get("title", ""))
        if not post:
            return
        key = member_post(post, members)  # ('法官' → the one '员额法官' of the roster)
        names = members.get(key) if key is not None else None
        if names:
            values["person"] = names[0]
            also.extend({"person": n} for n in names[1:])
            if at not in read:
                read.append(at)
            return
        if post in warned:
            return
        warned.add(post)
        tc = self.current_table.roles["title"]
        self.issues.append(
            make_issue("POST_NOT_ON_GROUP_ROW", self.rel, self.grid.name, cell_ref(r, tc),
                       value=values["title"], group=at)
        )  # fmt: skip

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

    def _collective(self, r: int, t: _Table) -> bool:
        """Row ``r`` is a step a meeting takes ('科务会研究', '局长办公会审定', '集体研究' in its
        流程环节 cell): no one person holds it."""
        c = t.roles.get("workflow")
        row = self.sh.rows[r]
        step = row[c].strip() if c is not None and c < len(row) else ""
        return len(step) <= 12 and bool(_COLLECTIVE.search(step))

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

    def _point_bracket_differs(self, t: _Table, values: dict, r: int, pc: int) -> None:
        """A list with 岗位 or 姓名 columns whose point closes with its holder's bracket
        ('…公务接待超标准（责任人：副主任　欧阳翰）') naming another than the row's own columns
        ('主任 | 邝景澄'): told (HOLDER_BRACKET_DIFFERS), as a cell's bracket is; the columns stand
        and the point stays as written (it may be the sender's note of who watches the point).
        A bracket naming the row's own holder, one of its holders, or a row with no post or
        name written is read as before, untold."""
        own = {k: values.get(k, "").strip() for k in ("title", "person")}
        if not (own["title"] or own["person"]):
            return
        point = values["risk_point"]
        if pc in t.holder_cells and holder_bracket(point, False):
            return  # (labelled fields the cells' own reader takes: '（责任岗位：…　责任人：…）')
        closing = _point_holder_bracket(point)
        if closing is None:
            return
        clashes = []
        for h in closing[1]:
            clash = [k for k, v in own.items() if v and h.get(k) and not _same_holder(k, v, h[k])]
            if not clash:
                return  # ('（责任人：科员　訾雨桐）' on 訾雨桐's own row: the same holder)
            clashes.append(clash)
        labels = t.header[1] if t.header else {}
        self.issues.append(
            make_issue(
                "HOLDER_BRACKET_DIFFERS",
                self.rel,
                self.grid.name,
                cell_ref(r, pc),
                field=squeeze(labels.get(pc, "")) or role_zh("risk_point"),
                value=closing[2].strip(),
                other="、".join(own[k] for k in clashes[0]),
            )
        )

    def _level_sub_row(self, r: int, row: list[str], t: _Table, holder_cols: list[int]) -> str:
        """The level a row gives the points under it where it says nothing but a level in the
        point's column ('【中风险】', '二级风险点：', '（三级）'; merged across the measures or
        not), no 序号 (a bracketed level with one: '2 | 【二级】'), beside at most its holder's
        cells (the first row of his block, '储沚崟 | 副主任' merged down from it); '' for any
        other row ('【重点】…' is a point)."""
        pc, seq = t.roles["risk_point"], t.roles.get("seq")
        if (
            seq is not None
            and seq < len(row)
            and row[seq].strip()
            and row[pc].strip()[:1] not in "【[［"
        ):
            return ""  # ('3 | 较高风险': a numbered row; '2 | 【二级】' a sub-row all the same)
        merged = self.grid.merged_into if self.grid.merges else {}
        for c in self.sh.nonempty(r):
            if c not in (pc, seq) and c not in holder_cols and merged.get((r, c)) != (r, pc):
                return ""  # ('【高风险】 | 一级': other words on the row)
        said, tail, worded = self._sub_row_word(row[pc])
        if tail:  # (told once a table by ``_table``: LEVEL_ROW_COUNT_TAIL)
            self.sub_row_tail = (cell_ref(r, pc), squeeze(row[pc]), said)
        if worded:  # (likewise: LEVEL_ROW_WORDED)
            self.sub_row_worded = (cell_ref(r, pc), squeeze(row[pc]), said)
        return said

    def _sub_row_word(self, text: str) -> tuple[str, str, bool]:
        """The level a level sub-row's cell names ('【中风险】', '二级风险点：'; ``_sub_row_level``)
        and, where its level words close on their count outside a bracket ('二级风险点：计2条',
        '高风险点　3个'; ``caption_level_tail``, asked only of sheets holding a mark such a count
        is written with), that count; or the level it says inside quotes or after 为/是/a colon
        ('风险等级为“高”的风险点', '等级：低'; ``caption_level_said``, asked only of sheets that can
        hold 等级 or 级别): (level, tail, whether said so), ('', '', False) for any other cell."""
        said = _sub_row_level(text, self.config)
        if said:
            return said, "", False
        if not self.grid.lacks(*LEVEL_TAIL_MARKS):
            said, tail = caption_level_tail(text, self.config)
            if said:
                return said, tail, False
        if self.grid.lacks(*LEVEL_SAID_MARKS):
            return "", "", False
        said = caption_level_said(text, self.config)
        return said, "", bool(said)

    def _second_post_row(
        self, r: int, row: list[str], t: _Table, next_h: int, held: dict[str, str]
    ) -> str:
        """The post row ``r`` names as the second (concurrent) post of the holder whose block it
        is in ('兼任岗位：儿童督导员' merged across the point, its level and measures, or alone in
        the point's column; no 序号), where the row above is his point (``held``: its holder's
        cells as read) and the next point row his too (its holder's cells blank, merged down or
        his again); '' for any other row ('一、财务管理', a 备注 saying '兼任…' beside a point)."""
        roles = t.roles
        pc = roles["risk_point"]
        holder_cols = {roles[x]: x for x in ("unit", "department", "title", "person") if x in roles}
        if not {"title", "person"} & set(holder_cols.values()):
            return ""
        if not (held.get("title") or held.get("person")):
            return ""  # (no holder's block above it)
        merged = self.grid.merged_into if self.grid.merges else {}

        def his(x: int, y: list[str]) -> bool:
            # the holder's cells of row x: blank, merged down from above or his again
            return all(
                c >= len(y)
                or not y[c].strip()
                or (merged.get((x, c), (x, c))[0] < x)
                or squeeze(y[c]) == squeeze(held.get(role, ""))
                for c, role in holder_cols.items()
            )

        cells = [c for c in self.sh.nonempty(r) if c not in holder_cols]
        if len(cells) != 1 or not his(r, row):
            return ""
        c = cells[0]
        if c != pc and not (c < pc and merged.get((r, pc)) == (r, c)):
            return ""  # (the words in the point's cell, or merged over it from the left)
        post = _second_post(row[c])
        if not post or squeeze(post) == squeeze(held.get("title", "")):
            return ""
        own = [roles[x] for x in ("risk_level", "measures", "seq") if x in roles]
        for x in range(r + 1, min(next_h, len(self.sh.rows))):
            if x in self.repeated or x in self.skip:
                return ""
            y = self.sh.rows[x]
            if not any(v.strip() for v in y):
                continue
            # the next row a point of his: its point and a level, measure or 序号 of its own
            return (
                post
                if pc < len(y)
                and y[pc].strip()
                and not _second_post(y[pc])
                and any(k < len(y) and y[k].strip() for k in own)
                and his(x, y)
                else ""
            )
        return ""

    def _control_stage_rows(self, t: _Table) -> dict[int, tuple[str, int]] | None:
        """The rows of a list naming a stage of control alone ('事前防范', '事中控制', '事后监督';
        ``_control_stage_label``) in the point cell, or in the 序号 cell (merged across or not)
        where the point cell is blank, by row: (the stage, its cell's column); two such rows at
        least, of two stages; None where no cell of the sheet can name one ('事前', '事中',
        '事后', '决策', '执行': the cheap test first) or the table has no point column."""
        if self.grid.lacks(*_CONTROL_STAGE_WORDS):
            return None
        pc = t.roles.get("risk_point")
        if pc is None:
            return None
        sc = t.roles.get("seq")
        found = {}
        for r in range(t.start, len(self.sh.rows)):
            row = self.sh.rows[r]
            if pc < len(row) and row[pc]:
                if stage := _control_stage_label(row[pc]):
                    found[r] = (stage, pc)
            elif sc is not None and sc < len(row) and row[sc]:
                if stage := _control_stage_label(row[sc]):
                    found[r] = (stage, sc)
        if len(found) < 2 or len({v[:2] for v, _ in found.values()}) < 2:
            return None
        return found

    def _numbered_stage_rows(self, t: _Table) -> dict[int, tuple[str, int]] | None:
        """The heading rows of a list naming a 环节 numbered ``N.`` in the point cell ('1. 项目审批
        环节', '2.资金拨付', '3．政府采购环节') over points numbered ``N.1``, ``N.2`` … in the same
        column ('1.1 项目立项审核把关不严'), by row: (the 环节, the point column); two such rows at
        least, each with the point under it numbered ``N.1``; None where no cell of the sheet can
        write '.1' or '．1' (the cheap test first) or the table has no point column."""
        if self.grid.lacks(".1", "．1"):
            return None
        pc = t.roles.get("risk_point")
        if pc is None:
            return None
        rows = self.sh.rows
        found = {}
        for r in range(t.start, len(rows) - 1):
            row = rows[r]
            if not (pc < len(row) and row[pc]):
                continue
            m = _NUMBERED_STAGE.match(squeeze(row[pc]))
            if m is None:
                continue
            nxt = rows[r + 1]
            under = squeeze(nxt[pc]) if pc < len(nxt) else ""
            m2 = _NUMBERED_POINT.match(under)
            if m2 is None or m2.group(1) != m.group(1) or m2.group(2) != "1":
                continue
            found[r] = (m.group("stage"), pc)
        if len(found) < 2:
            return None
        self._stage_runs(
            found, pc, {r: _NUMBERED_STAGE.match(squeeze(rows[r][pc])).group(1) for r in found}
        )  # type: ignore[union-attr]
        return found

    def _stage_runs(
        self, found: dict[int, tuple[str, int]], col: int, numbers: dict[int, str]
    ) -> None:
        """Where each numbered 环节 row's points end (``stage_ends``): at the first row below it
        whose ``col`` writes a number other than its own ``N.k`` ('3.挪用公款' under '2.1 …'),
        or at the next 环节 row; rows writing no number there stay its."""
        rows = self.sh.rows
        for r, n in numbers.items():
            k = r + 1
            while k < len(rows) and k not in found:
                v = squeeze(rows[k][col]) if col < len(rows[k]) else ""
                if v and _ANY_NUMBERING.match(v):
                    m = _NUMBERED_POINT.match(v)
                    if m is None or m.group(1) != n:
                        break
                k += 1
            self.stage_ends[r] = k

    def _seq_numbered_stage_rows(self, t: _Table) -> dict[int, tuple[str, int]] | None:
        """The heading rows of a list whose numbering stands ONLY in the 序号 column: ``N`` (``N.``,
        ``N、``) beside a 环节 with no number in the point cell ('1 | 项目审批环节', '2 | 资金拨付')
        over a point numbered ``N.1`` in 序号, by row: (the 环节, the point column); two such rows
        at least, numbered 1, 2 … in turn; None where no cell of the sheet can write '.1' or
        '．1' (the cheap test first) or the table has no 序号 or point column. (The rest of the
        row blank but its holder's is asked by ``_control_stage_row``, as for
        ``_numbered_stage_rows``.)"""
        if self.grid.lacks(".1", "．1"):
            return None
        pc = t.roles.get("risk_point")
        sc = t.roles.get("seq")
        if pc is None or sc is None or sc == pc or t.outline is not None:
            return None  # (an outline's '1 | 院领导' over '1.1 | 院长：…' names 科室 and holders)
        rows = self.sh.rows
        found = {}
        want = 1
        for r in range(t.start, len(rows) - 1):
            row = rows[r]
            if not (sc < len(row) and pc < len(row) and row[sc] and row[pc]):
                continue
            m = _SEQ_STAGE_NUMBER.match(squeeze(row[sc]))
            if m is None or _SEQ_STAGE_NAME.match(stage := squeeze(row[pc])) is None:
                continue
            if _dept_like(stage) or LEADERS_GROUP.match(stage):
                continue  # ('1 | 办公室', '2 | 局领导': a 科室's group row, not a 环节)
            nxt = rows[r + 1]
            under = squeeze(nxt[sc]) if sc < len(nxt) else ""
            m2 = _SEQ_FIRST_POINT.match(under)
            if m2 is None or m2.group(1) != m.group(1) or int(m.group(1)) != want:
                continue
            if not (pc < len(nxt) and nxt[pc].strip()):
                continue  # (the point under it named)
            found[r] = (stage, pc)
            want += 1
        if len(found) < 2:
            return None
        self._stage_runs(
            found, sc, {r: _SEQ_STAGE_NUMBER.match(squeeze(rows[r][sc])).group(1) for r in found}
        )  # type: ignore[union-attr]
        return found

    def _numbered_stage_seq(
        self, r: int, row: list[str], t: _Table, numbered: dict[int, tuple[str, int]] | None
    ) -> list[int]:
        """The 序号 column of a numbered 环节 row (``_numbered_stage_rows``) where it writes the
        row's own number ('1', '1.' beside '1. 项目审批环节'), to be passed over; else none."""
        if not numbered or r not in numbered:
            return []
        sc = t.roles.get("seq")
        pc = numbered[r][1]
        if sc is None or sc == pc or sc >= len(row) or not row[sc].strip():
            return []
        said = squeeze(row[sc]).rstrip(".．、")
        m = _NUMBERED_STAGE.match(squeeze(row[pc]))
        if m is None:  # (the number in 序号 alone: ``_seq_numbered_stage_rows``)
            m = _SEQ_STAGE_NUMBER.match(squeeze(row[sc]))
            return [sc] if m is not None else []
        return [sc] if said == m.group(1) else []

    def _control_stage_row(
        self, r: int, row: list[str], t: _Table, holder_cols: list[int], lc: int
    ) -> str | None:
        """The stage's own measures ('' for none) if row ``r``, naming a stage of control in its
        cell ``lc`` (``_control_stage_rows``: the point's, or the 序号's), is that stage's row
        over its points: no other cell written but its holder's, cells merged down from above,
        the 序号 cell merged across from it and the measures cell (the stage's own measures);
        its cell not merged down from above nor across from the left; the row under it a point.
        None for any other row."""
        pc = t.roles["risk_point"]
        mc = t.roles.get("measures")
        merged = self.grid.merged_into if self.grid.merges else {}
        top = merged.get((r, lc))
        if top is not None and top != (r, lc):
            return None  # (merged down from above: the point's own cell)
        said = ""
        for c in self.sh.nonempty(r):
            if c == lc or c in holder_cols:
                continue
            top = merged.get((r, c))
            if top is not None and (top[0] < r or top == (r, lc)):
                continue  # (merged down from above, or the label merged across)
            if c == mc and c != pc:
                said = row[c].strip() if c < len(row) else ""
                if said in _NOTHING:
                    said = ""
                continue
            return None
        nxt = self.sh.rows[r + 1] if r + 1 < len(self.sh.rows) else []
        if not (pc < len(nxt) and nxt[pc] and not _control_stage_label(nxt[pc])):
            return None
        return said

    def _stage_cell_rows(self, t: _Table) -> int | None:
        """The level column of a table whose 环节 rows may give the points under them the level
        written ALONE in that column (``_stage_cell_row``); None where no cell of the sheet can
        name a stage ('环节', '阶段': the cheap test first) or the table has no level or point
        column."""
        if self.grid.lacks("环节", "阶段"):
            return None
        roles = t.roles
        if "risk_point" not in roles:
            return None
        return roles.get("risk_level")

    def _stage_cell_row(
        self, r: int, row: list[str], t: _Table, holder_cols: list[int], lc: int
    ) -> tuple[str, str] | None:
        """The stage and level a 环节 row gives the points under it: one cell naming the stage
        ('一、受理环节', '（二）审核阶段'; merged across the number, point and holder cells or
        not), the level ALONE in the level column ('三级', '高', 'Ⅱ级'), nothing else but its
        holder's cells (or cells merged down from above); the row under it a point whose level
        cell is blank. None for any other row."""
        word = squeeze(row[lc])
        if not (len(word) <= 6 and self.config.level(word)):
            return None
        merged = self.grid.merged_into if self.grid.merges else {}
        label = None
        for c in self.sh.nonempty(r):
            if c == lc:
                continue
            top = merged.get((r, c))
            if top is not None and top[0] < r:
                continue  # (merged down from above)
            if top is not None and top != (r, c):
                if top[0] == r and top[1] == label:
                    continue  # (the stage merged across)
                return None
            if label is None and _stage_cell_label(row, c):
                label = c
                continue
            if c in holder_cols:
                continue
            return None
        if label is None:
            return None
        nxt = self.sh.rows[r + 1] if r + 1 < len(self.sh.rows) else []
        pc = t.roles["risk_point"]
        if not (pc < len(nxt) and nxt[pc] and not (lc < len(nxt) and nxt[lc].strip())):
            return None  # (the points under it leave their level blank)
        return _stage_cell_label(row, label), word

    def _stage_rows_col(self, t: _Table) -> int | None:
        """The stage (工作环节, 业务环节; else 职责, 事项) column of a table with no level column
        whose rows may be 环节 rows giving a level (``_stage_level_row``); None where the table
        has a level column or no stage column. (The cheap test: a level's word ('级', '风险',
        '高', '中', '低') somewhere in that column's cells.)"""
        roles = t.roles
        if "risk_level" in roles or "risk_point" not in roles:
            return None
        for role in ("workflow", "duty"):
            c = roles.get(role)
            if c is None:
                continue
            if any(
                c < len(row) and row[c] and _STAGE_LEVEL_HINT.search(row[c])
                for row in self.sh.rows[t.start :]
            ):
                return c
        return None

    def _stage_level_row(
        self, r: int, row: list[str], t: _Table, holder_cols: list[int], sc: int
    ) -> tuple[str, str] | None:
        """The stage and level a 环节 row gives the points under it: its stage cell
        ('造林项目审批——一级风险', '审核：高风险', '报账　二级') the only cell written beside its
        holder's cells (or cells merged down from above), no 序号, no point, no measures; None
        for any other row."""
        merged = self.grid.merged_into if self.grid.merges else {}
        for c in self.sh.nonempty(r):
            if c == sc or c in holder_cols:
                continue
            top = merged.get((r, c))
            if top is not None and (top[0] < r or top == (r, sc)):
                continue  # (merged down from above, or the stage merged across)
            return None
        return _stage_row_level(row[sc], self.config)

    def _sub_row_bands(self, t: _Table, next_h: int, holder_cols: list[int]) -> bool:
        """Whether the table's level sub-rows head bands of rows (down to the next sub-row)
        rather than one holder's block each: no holder column, none merged down, no point row
        leaving its holder blank under the one above nor writing the holder above again (one
        post a row: '较高风险' over 局长, 副局长)."""
        if not holder_cols:
            return True
        if any(
            r1 > r0 and c0 in holder_cols and t.start <= r0 < next_h
            for r0, c0, r1, _c1 in self.grid.merges or ()
        ):
            return False  # (姓名, 职务 merged down over a block)
        pc = t.roles["risk_point"]
        before = None
        for x in range(t.start, next_h):
            if x in self.repeated or x in self.skip:
                continue
            row = self.sh.rows[x]
            if pc >= len(row) or not row[pc] or self._sub_row_word(row[pc])[0]:
                continue
            whose = tuple(row[c] if c < len(row) else "" for c in holder_cols)
            if not any(whose) or whose == before:
                return False  # (a holder's rows: blank under him, or him again)
            before = whose
        return True

    def _level_of_the_items(self, said: str, items: list[dict[str, str]]) -> bool:
        """The level cell of a row whose point cell numbers its items, each closing with its own
        level ('①…（高）②…（中）'), gives ONE level, the highest of the items' ('高'): the cell's
        level, not each item's. Items closing with types, a level cell saying another level or two,
        and a level the items' highest is not, stay one point as before."""
        if not said or "risk_level" not in items[0] or "\n" in said.strip():
            return False
        canon = self.config.levels.canonical
        whole = self.config.level(said)
        own = [self.config.level(x["risk_level"]) for x in items]
        if whole not in canon or any(x not in canon for x in own):
            return False
        return canon.index(whole) == min(canon.index(x) for x in own)

    def _leveled(self, row: list[str], t: _Table) -> bool:
        """The row's level cell holds a level ('增加公众参与意见 | … | 高': a row, no review box)."""
        lc = t.roles.get("risk_level")
        return lc is not None and lc < len(row) and self.config.level(row[lc]) is not None

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

    def _summary_over_points(self, r: int, t: _Table, next_h: int, order_cols: list[int]) -> bool:
        """Row ``r`` (its point cell a count: '本岗位风险点共3项') stands over a point row of the
        same holder: the next row has a point of its own and leaves every holder cell the count
        row fills blank (or merged from it, or repeats it: '大队长' again, the name left blank);
        a 科室's count ('审批股 | 本科室风险点共2项') over rows giving their own post and name."""
        sh, pc = self.sh, t.roles["risk_point"]
        nr = r + 1
        if nr >= next_h or nr >= len(sh.rows):
            return False
        row, below = sh.rows[r], sh.rows[nr]
        said = below[pc].strip() if pc < len(below) else ""
        if not said or _SUMMARY_COUNT.match(said) or sh.kind(nr) in ("total", "note"):
            return False
        merged = self.grid.merged_into if self.grid.merges else {}
        return all(
            not (c < len(below) and below[c])
            or merged.get((nr, c), (nr,))[0] <= r
            or not (c < len(row) and row[c].strip())
            or below[c].strip() == row[c].strip()
            for c in order_cols
        )

    def _summary_under_points(
        self,
        r: int,
        row: list[str],
        t: _Table,
        next_h: int,
        order_cols: list[int],
        raw_rows: list[RawRisk],
        summaries: list[tuple[int, list[str], int, int | None]],
    ) -> int | None:
        """Row ``r`` (its point cell a count, no measures) closes the run of point rows above
        it: it gives no holder cell of its own (blank, or merged from above), the row just above
        is one of the run's points and the next row opens another holder (or the table ends).
        Returns where the run starts in ``raw_rows``; None when the row closes no run, -1 when
        it stands amid one holder's rows (his point rows above and below it: no run it heads
        or closes)."""
        sh, roles = self.sh, t.roles
        mc = roles.get("measures")
        if mc is not None and mc < len(row) and row[mc].strip():
            return None
        if sh.kind(r) in ("total", "note"):
            return None  # ('合计 | 共2个风险点': the table's total, read as before)
        last = raw_rows[-1]
        if last.row != r - 1 or not order_cols:
            return None
        merged = self.grid.merged_into if self.grid.merges else {}
        for c in order_cols:
            if c < len(row) and row[c].strip() and merged.get((r, c), (r,))[0] >= r:
                return None
        nr = r + 1
        if nr < next_h and nr < len(sh.rows) and sh.kind(nr) not in ("total", "note"):
            below = sh.rows[nr]
            if not any(
                c < len(below) and below[c].strip() and merged.get((nr, c), (nr,))[0] >= nr
                for c in order_cols
            ):
                pc = roles["risk_point"]
                # a count amid one holder's rows: read as before, and told (-1)
                return -1 if pc < len(below) and below[pc].strip() else None
        key = (last.department, last.title, last.person)
        if not any(key):
            return None
        floor = 0
        if summaries:
            _r, _row, s0, s1 = summaries[-1]
            floor = s1 if s1 is not None else s0
        start = len(raw_rows)
        while (
            start > floor
            and (
                raw_rows[start - 1].department,
                raw_rows[start - 1].title,
                raw_rows[start - 1].person,
            )
            == key
        ):
            start -= 1
        return start if start < len(raw_rows) else None

    def _summaries_told(
        self,
        t: _Table,
        summaries: list[tuple[int, list[str], int, int | None]],
        raw_rows: list[RawRisk],
    ) -> None:
        """Tell a table's summary rows once: a warning at the first whose count or grade is not
        that of the rows under it ('本岗位风险点共3项' over 2 points, '一级' over 二级 and 三级),
        else one info naming them."""
        pc, lc = t.roles["risk_point"], t.roles.get("risk_level")
        name = self.grid.name
        for i, (r, row, start, closed) in enumerate(summaries):
            end = summaries[i + 1][2] if i + 1 < len(summaries) else len(raw_rows)
            if closed is not None:  # (a count under the run it closes)
                end = closed
            under = raw_rows[start:end]
            m = _SUMMARY_COUNT.match(row[pc].strip())
            n = m.group("n").replace("两", "二")
            said = int(n) if n.isdecimal() else _cn_row_number(n)
            grade = self.config.level(row[lc].strip()) if lc is not None and lc < len(row) else None
            levels = [lv for rr in under if (lv := self.config.level(rr.risk_level or ""))]
            if said != len(under) or (grade and levels and grade != min(levels)):
                self.issues.append(
                    make_issue("SUMMARY_ROW_COUNT_DIFFERS", self.rel, name, cell_ref(r, pc),
                               value=row[pc].strip(), count=len(under),
                               grade=row[lc].strip() if grade else "—")
                )  # fmt: skip
                return
        self.issues.append(
            make_issue("SUMMARY_ROWS_SKIPPED", self.rel, name, cell_ref(summaries[0][0], pc),
                       value=len(summaries),
                       cells="、".join(cell_ref(r, pc) for r, _row, _s, _e in summaries))
        )  # fmt: skip

    def _duty_over_points(self, r: int, row: list[str], t: _Table) -> bool:
        """Row ``r`` writes in the point's column only its post's duties ('岗位职责：负责…'): no
        序号, level, type or measures of its own (blank, or the same text merged across them),
        and the next row is a point of the list (its point written, not another duty line, with
        a 序号, level, type or measures)."""
        roles = t.roles
        pc = roles["risk_point"]
        text = row[pc]
        own = [roles[x] for x in ("seq", "risk_level", "risk_type", "measures") if x in roles]
        if any(c < len(row) and row[c].strip() and row[c] != text for c in own):
            return False
        nxt = r + 1
        if nxt >= len(self.sh.rows):
            return False
        below = self.sh.rows[nxt]
        if pc >= len(below) or not below[pc].strip() or below[pc] == text:
            return False
        if below[pc][:1] in _DUTY_HEAD_FIRST and _DUTY_HEAD.match(below[pc].strip()):
            return False
        return any(c < len(below) and below[c].strip() for c in own)

    def _item_over_points(self, r: int, row: list[str], t: _Table) -> bool:
        """Row ``r`` writes in the point's column only a work item ('（一）“两违”治理'): no 序号,
        level, type or measures of its own, and the next row opens its point with '1' and gives
        a level or a 序号."""
        roles = t.roles
        own = [roles[x] for x in ("seq", "risk_level", "risk_type", "measures") if x in roles]
        if any(c < len(row) and row[c].strip() for c in own):
            return False
        item = squeeze(_CN_ITEM.sub("", row[roles["risk_point"]], count=1))
        if caption_identity(item) or self._caption_level(item)[0]:
            return False  # ('一、办公室', '二、一级风险点': a group line naming a 科室 or a level)
        nxt = r + 1
        if nxt >= len(self.sh.rows):
            return False
        below = self.sh.rows[nxt]
        pc = roles["risk_point"]
        if pc >= len(below) or not _FIRST_ITEM.match(below[pc]):
            return False
        return any(c < len(below) and below[c].strip() for c in own)

    def _labels_close_blocks(self, t: _Table, next_h: int, pc: int) -> bool:
        """Lone labelled holder rows ('责任岗位：主任　　责任人：…', merged across) in a list of
        no holder columns CLOSE each person's points rather than open them: points stand above
        the first such row, each such row closes one point at least, and the last stands after
        the last point (a note or sign-off may follow). A label row over the first point, a
        point after the last label row, or a footer ('以上风险点…') or headed line ('以下风险
        点…') anywhere: read as before (group rows opening the rows below, footers closing)."""
        if t.point_holders or self.holder_above:
            return False
        sh, rows = self.sh, self.sh.rows
        points = labels = 0  # points since the last label row; label rows
        for x in range(t.start, min(next_h, len(rows))):
            if x in self.repeated or x in self.skip:
                continue
            cols = sh.nonempty(x)
            split = _label_cells_line(rows[x], cols)  # ('责任岗位：局长 | | 责任人：张三')
            if len(cols) == 1 or split:
                text = split or rows[x][cols[0]]
                if text[:2] in _FOOTER_STARTS or text[:2] in ("以下", "下列"):
                    return False  # (the line says which rows it names)
                if ("：" in text or ":" in text) and _caption_holder_fields(text):
                    if not points:
                        return False  # (over the first point, or two labels a block: headed)
                    labels += 1
                    points = 0
            elif pc in cols and not rows[x][pc].endswith((":", "：")):
                points += 1  # ('审核：' under the point: a sign-off, no point)
        return labels >= 2 and not points

    def _closing_count_rows(
        self, t: _Table, next_h: int, pc: int
    ) -> dict[int, tuple[str, str, int]]:
        """The lone lines naming a level and counting the rows ABOVE them ('一级风险点（共3项）',
        '高风险点合计：2项'; no 以上, no 小计), by row, with what they say: where two at least close
        the table's points, the first point before the first of them, every count the number of
        points since the one before (or the header), no point after the last, and no point
        writing a level of its own (the level column, if any, blank on them: a sign-off's date
        under it is no level). Else {} (a group line over the rows below it: read as before).
        Asked only where the sheet writes 共 or 计 somewhere; the first point writing a level
        ends the test."""
        if self.grid.lacks("共", "计"):
            return {}
        rows, lc = self.sh.rows, t.roles.get("risk_level")
        closers: dict[int, tuple[str, str, int]] = {}
        band = 0
        for x in range(t.start, min(next_h, len(rows))):
            if x in self.repeated:
                continue
            cols = self.sh.nonempty(x)
            if not cols:
                continue
            row = rows[x]
            if len(cols) == 1:
                said = _closing_count_says(row[cols[0]], self.config)
                if said is not None:
                    if said[2] != band:
                        return {}
                    closers[x], band = said, 0
                    continue
            if _TOTAL.match(row[cols[0]].strip()):
                continue  # ('合计 | 8项': the table's total, no point)
            if len(cols) >= 2 and pc < len(row) and row[pc].strip():
                if lc is not None and lc < len(row) and row[lc].strip():
                    return {}
                band += 1
        return closers if len(closers) >= 2 and not band else {}

    def _level_column_blank(self, t: _Table, next_h: int) -> bool:
        """The table's one plain level column is blank on every row under its header (cells
        merged into it from across left aside: a group row's), two points at least among them
        ('一、高风险点（3个）' over '1 | 资金拨付… | (blank) | …'): the levels are the group
        rows' (``_section``), read as with no level column. A column filled for some point (a
        level merged down over several included) is read as it stands, its blanks blank. The
        first filled cell ends the test."""
        lc, pc = t.roles["risk_level"], t.roles["risk_point"]
        if (
            t.ticks
            or t.extra.get("risk_level")
            or t.level_holders
            or t.level_votes
            or t.level_counts
            or t.type_levels
            or t.type_level_ticks
            or t.adjusted is not None
        ):
            return False  # (the level's marks in other columns, or a second level column)
        rows, merged = self.sh.rows, self.grid.merged_into if self.grid.merges else {}
        points = 0
        for x in range(t.start, min(next_h, len(rows))):
            row = rows[x]
            if lc < len(row) and row[lc].strip():
                top = merged.get((x, lc))
                if top is None or top[1] == lc:
                    return False
            elif x not in self.repeated and pc < len(row) and row[pc].strip():
                points += 1
        return points >= 2

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

    def _withheld(self, r: int, row: list[str], t: _Table) -> bool:
        """Row ``r``'s point cell says the post's points are withheld from this list, reported
        elsewhere ('该岗位为涉密岗位，廉政风险点及防控措施…以纸质件另行报送，不在本表填列', '另文
        上报', '详见涉密台账'), its type, level, measures and description blank or merged into
        it: no risk point (a secret post's points, sent apart). A point of reporting that says
        so ('统计数据另行报送不及时') or one graded or with measures of its own stays a point."""
        said = row[t.roles["risk_point"]]
        if not _WITHHELD.search(said) or _WITHHELD_FAULT.search(said):
            return False
        if said.lstrip()[:1] == "注" or said.lstrip()[:2] in ("说明", "备注"):
            return False  # ('注：涉密岗位的风险点另行报送': the list's note, read as notes are)
        pc = t.roles["risk_point"]
        merged = self.grid.merged_into if self.grid.merges else {}
        top = merged.get((r, pc), (r, pc))
        for role in ("risk_type", "risk_level", "measures", "description"):
            c = t.roles.get(role)
            if c is None or c >= len(row) or not row[c].strip():
                continue
            if merged.get((r, c)) != top:
                return False  # (a cell of its own: a point graded or met, whatever it says)
        return True

    def _say_withheld(self, r: int, t: _Table, carried: dict[str, str]) -> None:
        """One info a post whose points the list says are reported elsewhere, naming its cell
        and the post (科室, 岗位, 姓名 as the row or the merge over it writes them, else as
        carried down to it from the rows above)."""
        sh, merged = self.sh, self.grid.merged_into if self.grid.merges else {}
        row = sh.rows[r]
        named = []
        for role in ("department", "title", "person"):
            c = t.roles.get(role)
            if c is None:
                continue
            top = merged.get((r, c), (r, c))
            v = sh.rows[top[0]][top[1]].strip() if top[1] < len(sh.rows[top[0]]) else ""
            if v or (v := carried.get(role, "").strip()):
                named.append(v)
        self.issues.append(
            make_issue("POINTS_WITHHELD", self.rel, self.grid.name,
                       cell_ref(r, t.roles["risk_point"]),
                       field=f"({' '.join(named)})" if named else "",
                       value=squeeze(row[t.roles["risk_point"]]))
        )  # fmt: skip

    @staticmethod
    def _nothing(row: list[str], t: _Table) -> bool:
        """A row whose risk columns say only 无 (or are blank) reports no risk (a group's of
        points across the row: its own columns, not those it shares with the others; points
        a level's, type's or post's column each, '/ | 水费减免审批不严 | …': every such column).
        A run of dashes or slashes alone ('———', '－－', '————' across the row) says 无 too."""
        said = False
        shared = set.intersection(*(set(m.values()) for m in t.across)) if t.across else set()
        cols = [
            t.roles.get(role)
            for role in ("risk_point", "description", "risk_type", "risk_level", "measures")
        ]
        for by in (t.level_points, t.type_points, t.post_points):
            cols.extend(by or ())
        for c in cols:
            v = row[c] if c is not None and c < len(row) and c not in shared else ""
            if not v:
                continue
            if _DASH_RUN.match(v):
                said = True  # ('———', '－－': a dash run for 无)
                continue
            if len(v) > 8 or (
                label_key(v) not in _NOTHING and label_key(v).strip("-—") not in _PROMPTS
            ):
                return False
            said = True
        return said

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

    @staticmethod
    def _holders_back(
        r: int,
        values: dict[str, str],
        roles: dict[str, int],
        by_seq: dict[int, dict[str, str]],
        backed: list[str],
        later: dict[int, dict[str, tuple[tuple[int, ...], str, str]]],
    ) -> None:
        """A holder's 科室, post or name cell saying '同序号2' ('同第2项', '同2号'): the holder
        written in full on the row of 序号 2 above, not a holder named '同序号2' (a list sorted
        by level or by step, each holder written out on his first row only); one cell may refer
        and the others be written ('同序号2' under 责任人 beside '财务室'). A number naming no row
        above, or several numbers ('同序号2、3'), are read once all rows are (``later``): the
        cell blank till then."""
        for role in _BACK_ROLES:
            v = values.get(role)
            if not v or "同" not in v[:3]:
                continue
            nums = _holder_back(v)
            if nums is None:
                continue
            cell = cell_ref(r, roles[role])
            if len(nums) == 1 and nums[0] in by_seq:
                values[role] = by_seq[nums[0]][role]
                backed.append(cell)
            else:
                values[role] = ""  # (no made-up holder '同序号9', nor the holder above)
                later.setdefault(r, {})[role] = (nums, cell, v.strip())

    def _holders_later(
        self,
        raw_rows: list[RawRisk],
        later: dict[int, dict[str, tuple[tuple[int, ...], str, str]]],
        seq_all: dict[int, list[tuple[int, dict[str, str]]]],
        backed: list[str],
        unbacked: list[tuple[str, str]],
    ) -> list[RawRisk]:
        """The holders' cells ``_holders_back`` left for now, read with every row known: each
        number's row (the nearest above, else the nearest below: '同序号3' on row 2); a cell
        naming several rows ('同序号2、3', '同序号2-4') gives the row's points to each of their
        holders, a copy each; a number naming no row of the table (nor the row itself) leaves
        the cell blank, warned."""
        found: dict[int, list[dict[str, str]]] = {}  # row → the holders it is read as
        said_cells: set[str] = set()
        for r in sorted(later):
            got: dict[int, dict[str, str]] = {}  # number → values for the cells naming it
            for role, (nums, cell, said) in later[r].items():
                missed = False
                for n in nums:
                    rows_n = seq_all.get(n, [])
                    above = [h for rn, h in rows_n if rn < r]
                    below = [h for rn, h in rows_n if rn > r]
                    h = above[-1] if above else below[0] if below else None
                    if h is None:
                        missed = True
                    else:
                        got.setdefault(n, {})[role] = h.get(role, "")
                if cell in said_cells:
                    continue  # (a '同上' under it: told once, at the cell that says it)
                said_cells.add(cell)
                if missed:
                    unbacked.append((cell, said))
                elif any(n in got for n in nums):
                    backed.append(cell)
            holders = []
            for each in got.values():
                # a cell naming one row stands for that row in every copy
                for role, (nums, _cell, _said) in later[r].items():
                    if role not in each:
                        each[role] = next(
                            (got[k][role] for k in nums if role in got.get(k, {})), ""
                        )
                holders.append(each)
            if holders:
                found[r] = holders
                for _n, rows_n in seq_all.items():  # (a row naming this one reads it so)
                    for rn, h in rows_n:
                        if rn == r and len(holders) == 1:
                            h.update(holders[0])
        if not found:
            return raw_rows
        out: list[RawRisk] = []
        for rr in raw_rows:
            holders = found.get(rr.row)
            if not holders:
                out.append(rr)
                continue
            for each in holders:
                out.append(replace(rr, **each))
            self.seen += len(holders) - 1
        return out

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

    def _levels_by_row_number(self, t: _Table, rows: list[RawRisk]) -> None:
        """A level cell naming another row by its 序号 ('同第1项', '同序号2', '同3号', '与第4项相同'):
        the level written on that row (a list writing each grade out only where it first appears),
        a chain of such cells followed to the row that writes its level; a number naming no row,
        several rows ('同第1、2项'), a row with no level of its own, a chain going round, or a
        level in brackets other than the named row's ('同第1项（低）' beside a 高 row 1), or an item
        of several points (its 序号 merged down or written again) graded differently leaves the
        cell as written (LEVEL_UNKNOWN as before). The 序号 is read as the holder's '同序号2'
        reads it ('1', '1.', '（1）', '一'). '同上' is read elsewhere; '同岗位…' is no number."""
        sc = t.roles["seq"]
        said: dict[int, tuple[int, ...]] = {}  # index in rows → the 序号 its level cell names
        bracket: dict[int, str] = {}  # index in rows → a level its cell writes in brackets too
        for i, rr in enumerate(rows):
            v = rr.risk_level
            if not v or v.lstrip()[:1] not in "同与":
                continue  # (the cheap test: a level word)
            m = _LEVEL_SAME_AS_NUMBER.match(v)
            nums = (int(m.group(1)),) if m else _holder_back(v)
            if nums is not None and len(nums) == 1:
                said[i] = nums
                if (b := _LEVEL_NUMBER_BRACKET.search(v)) and (lv := self.config.level(b.group(1))):
                    bracket[i] = lv
        if not said:
            return
        merged = self.grid.merged_into if self.grid.merges else {}
        by_number: dict[int, list[int]] = {}  # 序号 → indexes of its rows
        number: dict[int, int] = {}  # index in rows → its 序号
        for i, rr in enumerate(rows):
            line = self.sh.rows[rr.row]
            v = line[sc] if sc is not None and sc < len(line) else ""
            if not v and (top := merged.get((rr.row, sc))) is not None:
                v = self.sh.rows[top[0]][top[1]]  # (a 序号 merged down over its item's points)
            n = _row_seq(v) if v else None
            if n is not None:
                by_number.setdefault(n, []).append(i)
                number[i] = n

        def item(k: int) -> list[int]:
            """The rows of ``k``'s item: its 序号 merged or written again on the rows beside."""
            lo = hi = k
            while lo - 1 in number and number[lo - 1] == number[k]:
                lo -= 1
            while hi + 1 in number and number[hi + 1] == number[k]:
                hi += 1
            return list(range(lo, hi + 1))

        def named(i: int) -> int | None:
            cands = [k for k in by_number.get(said[i][0], []) if k != i]
            above = [k for k in cands if rows[k].row < rows[i].row]
            return above[-1] if above else cands[0] if cands else None

        levels: dict[int, str] = {}
        for i in said:
            k, seen = named(i), {i}
            while k is not None and k in said and k not in seen:  # ('同第3项', row 3 '同第1项')
                seen.add(k)
                k = named(k)
            if k is None or k in said or not rows[k].risk_level.strip():
                continue  # (no row, a chain going round, a row with no level)
            if i in bracket and self.config.level(rows[k].risk_level) != bracket[i]:
                continue  # ('同第1项（低）' beside a 高 row 1: which is meant is not ours to say)
            if (
                len({self.config.level(rows[j].risk_level) or rows[j].risk_level.strip()
                     for j in item(k) if j not in said and rows[j].risk_level.strip()}) > 1
            ):  # fmt: skip
                continue  # (item 1 two points, 高 and 低: which one '同第1项' means is not said)
            levels[i] = rows[k].risk_level
        for i, level in levels.items():
            rows[i] = replace(rows[i], risk_level=level)
        if levels:  # once a table: how many level cells were read from the rows they name
            first = rows[min(levels)]
            self.issues.append(
                make_issue("LEVEL_BY_ROW_NUMBER", self.rel, self.grid.name,
                           first.cell("risk_level"), value=str(len(levels)))
            )  # fmt: skip

    def _taken_over(self, rows: list[RawRisk]) -> list[RawRisk]:
        """A holder's one row saying his points are a named colleague's ('风险点、风险等级及防控措施
        同审计员敖璘骅', merged over the point, its level and measures; '同张三', '与副局长某某相同',
        '参照出纳岗位'): a copy of each of that colleague's points, levels and measures, for this
        row's 科室, post and holder, instead of the words. The colleague is named by his name, his
        post and name, or a post that one holder of the list holds; a name or post naming nobody
        (or several) leaves the row no point, with a warning. A colleague whose own row says the
        same of a third is followed down the chain; a chain going round, or ending at nobody,
        leaves the row no point, with a warning. A row with a level or measures of its own
        ('同上级' beside '二级') is a point as written."""
        found = {}
        for i, rr in enumerate(rows):
            said = _takes_over(rr.risk_point.strip())
            if said is None:
                continue
            text = rr.risk_point.strip()
            if any(v.strip() and v.strip() != text for v in (rr.risk_level, rr.measures)):
                continue  # (its own level or measures: a point, whatever it says)
            found[i] = said[0]
        if not found:
            return rows
        holders: dict[tuple[str, str, str], list[RawRisk]] = {}
        for i, rr in enumerate(rows):
            if i not in found and (rr.person or rr.title):
                holders.setdefault((rr.department, rr.title, rr.person), []).append(rr)
        takers: dict[tuple[str, str, str], list[int]] = {}  # those whose rows say '同…' themselves
        for i in found:
            rr = rows[i]
            if rr.person or rr.title:
                takers.setdefault((rr.department, rr.title, rr.person), []).append(i)

        def named_by(i: int, pool) -> list[tuple[str, str, str]]:
            rr, named = rows[i], found[i]
            own = (rr.department, rr.title, rr.person)
            keys = [k for k in pool if k != own and _names_holder(named, *k)]
            return keys or [k for k in pool if k != own and self._named_in_row(named, k, pool[k])]

        done: dict[int, tuple[list[RawRisk], tuple[str, str, str]] | None] = {}
        why: dict[int, tuple[str, str, str]] = {}  # a row left no point: what to say

        def resolve(
            i: int, path: tuple[int, ...]
        ) -> tuple[list[RawRisk], tuple[str, str, str]] | None:
            if i in done:
                return done[i]
            rr, named = rows[i], found[i]
            keys = named_by(i, holders)
            if not keys:  # (none with points of his own: one whose row copies another's?)
                keys = named_by(i, {k: [rows[j] for j in v] for k, v in takers.items()})
                own = (rr.department, rr.title, rr.person)
                if not keys and own in takers and named.endswith(rr.person or "\0"):
                    keys = [own]  # ('同信贷员蔺骁珩' on 蔺骁珩's own row: round in one step)
            if len({k[2] or k[:2] for k in keys}) != 1:
                why[i] = ("POINTS_COLLEAGUE_UNMATCHED", "不止一人" if keys else "没有", "")
                done[i] = None
                return None
            got = [x for k in keys for x in holders.get(k, ())]
            for k in keys:
                for j in takers.get(k, ()):
                    if j in path or j == i:
                        why[i] = ("POINTS_COLLEAGUE_CIRCULAR", "", rows[j].risk_point.strip())
                        done[i] = None
                        return None
                    sub = resolve(j, (*path, i))
                    if sub is None:
                        why[i] = ("POINTS_COLLEAGUE_CIRCULAR", "", rows[j].risk_point.strip())
                        done[i] = None
                        return None
                    got.extend(sub[0])
            got.sort(key=lambda x: x.row)
            done[i] = (got, keys[0])
            return done[i]

        out: list[RawRisk] = []
        for i, rr in enumerate(rows):
            if i not in found:
                out.append(rr)
                continue
            named = found[i]
            res = resolve(i, ())
            if res is None:
                code, said, via = why[i]
                if code == "POINTS_COLLEAGUE_UNMATCHED" and not _names_someone(named):
                    out.append(rr)  # ('同级监督缺位'): a point that begins with 同
                    continue
                self.reported += 1
                if code == "POINTS_COLLEAGUE_UNMATCHED":
                    issue = make_issue(code, self.rel, self.grid.name, rr.cell("risk_point"),
                                       value=rr.risk_point.strip(), field=named, found=said)  # fmt: skip
                else:
                    issue = make_issue(code, self.rel, self.grid.name, rr.cell("risk_point"),
                                       value=rr.risk_point.strip(), field=named, via=via)  # fmt: skip
                self.issues.append(issue)
                continue
            got, k = res
            self.seen += len(got) - 1
            for x in got:
                out.append(replace(x, row=rr.row, person=rr.person, department=rr.department,
                                   title=rr.title, unit=rr.unit or x.unit, tier=rr.tier,
                                   declared=rr.declared, section=rr.section,
                                   rows={role: x.row for role in x.cols
                                         if role not in _HOLDER_ROLES}))  # fmt: skip
            self.issues.append(
                make_issue("POINTS_TAKEN_FROM_COLLEAGUE", self.rel, self.grid.name,
                           rr.cell("risk_point"), value=rr.risk_point.strip(),
                           field=k[1] + k[2] or k[0], count=str(len(got)))
            )  # fmt: skip
        return out

    def _sharers_by_note(self, rows: list[RawRisk], around: list[int]) -> list[RawRisk]:
        """A note over or under a list adding holders who stand in no row, their points a listed
        colleague's ('注：河道巡查员蒯澭岨、邴滘璩的廉政风险点、风险等级及防控措施与邴沜甃相同，不再重复
        填写。'; '会计甲、乙同出纳丙', '丁参照副站长戊执行'): a copy of each of the colleague's points,
        levels, types and measures for each person named, his 科室 and post as the note says
        them, else the colleague's; a form each. The colleague is named as in ``_taken_over``;
        none or several: nothing copied, a warning. A person the list holds already is no one
        new (no second form); a note on levels or filling in names no one and is passed over."""
        sh = self.sh
        for x in around:
            cells = sh.nonempty(x) if x < len(sh.rows) else []
            if not cells or len(cells) > 2:
                continue  # (a note is one merged line, or a label and its text)
            text = "".join(sh.rows[x][c] for c in cells)
            for people, named in _sharer_note(text):  # (in order: a chain reads what came before)
                self._sharers_said(rows, people, named, text, cell_ref(x, cells[0]), x)
        return rows

    def _sharers_said(
        self,
        rows: list[RawRisk],
        people: list[tuple[str, str, str]],
        named: str,
        text: str,
        cell: str,
        x: int,
    ) -> None:
        """One sentence of a sharing note (``_sharers_by_note``): ``people`` (those not listed yet)
        given copies of ``named``'s rows, appended to ``rows``; a colleague not found, several
        found or several named ('与荀沛霖、訾晗煦相同'): nothing copied, a warning."""  # fmt: skip
        holders: dict[tuple[str, str, str], list[RawRisk]] = {}
        for rr in rows:
            if rr.person or rr.title:
                holders.setdefault((rr.department, rr.title, rr.person), []).append(rr)
        # (a '岗位及姓名' cell '检验员　甄睿渊' is split later: its post and name here)
        seen_as = {k: _post_name_cell(k) for k in holders}
        listed = {k[2] for k in seen_as.values() if k[2]}
        new = [p for p in people if p[2] not in listed]
        if not new:
            return  # (a note naming listed holders: they have their rows)
        if "、" in named:  # ('与荀沛霖、訾晗煦相同': whose points, when theirs differ, is not said)
            self.issues.append(make_issue(
                "HOLDERS_SHARED_NOTE_SEVERAL", self.rel, self.grid.name, cell, value=text.strip(),
                field=named, names="、".join(p[2] for p in new)))  # fmt: skip
            return
        keys = [k for k in holders if _names_holder(named, *seen_as[k])]
        keys = keys or [k for k in holders if self._named_in_row(named, k, holders[k])]
        if len({seen_as[k][2] or k[:2] for k in keys}) != 1:
            if _names_someone(named):
                self.issues.append(make_issue(
                    "HOLDERS_SHARED_NOTE_UNMATCHED", self.rel, self.grid.name, cell,
                    value=text.strip(), field=named, found="不止一人" if keys else "没有"))  # fmt: skip
            return
        own = sorted((rr for k in keys for rr in holders[k]), key=lambda rr: rr.row)
        k = seen_as[keys[0]]
        for dept, title, person in new:
            for rr in own:
                rows.append(replace(rr, row=x, person=person, department=dept or rr.department,
                                    title=title or k[1], declared="",
                                    tier=rr.tier if not title or title == k[1] else "",
                                    rows={**{role: rr.row for role in rr.cols
                                             if role not in _HOLDER_ROLES},
                                          **(rr.rows or {})}))  # fmt: skip
        # (a copy of a copy, a chain's later link, cites where the first one's cells are)
        self.seen += len(new) * len(own)
        self.issues.append(make_issue(
            "HOLDERS_SHARED_BY_NOTE", self.rel, self.grid.name, cell, value=text.strip(),
            field=k[1] + k[2] or k[0],
            names="、".join(p[2] for p in new), count=str(len(own))))  # fmt: skip

    def _sharers_by_indent(self, t: _Table, groups: list, end: int) -> None:
        """Section rows naming several holders ('二、药剂科（科主任　某；药师　某）') kept for
        ``collect._holders_by_indent``, which reads their points' typed indent (the grid's text
        is stripped): flush the first-named's, indented the second's, as a note may say."""
        many = [(shared, rows) for shared, rows in groups if len(shared) >= 2 and rows]
        if many:  # (the cheap test: a group of one holder has no one to tell apart)
            self.indent_groups.append((t.roles["risk_point"], many, self._indent_noted(t, end)))

    def _indent_noted(self, t: _Table, end: int) -> bool | None:
        """A note by the table (a few rows above its heading or below its end) saying the
        indent tells whose a point is ('缩进两格书写的为第二位人员', '顶格的为第一位成员的…'): True.
        A note tying the indent to anything but the people ('顶格填写的为主要风险点，缩进填写的为一般
        风险点': the points' rank, sub-items): None, the rule off (rows shared as before); no
        note: False."""
        sh = self.sh
        other = False
        for r in range(max(0, t.row - 4), min(len(sh.rows), end + 6)):
            for v in sh.rows[r]:
                if v and "缩进" in v and ("顶格" in v or "首行" in v):
                    if _INDENT_NOTE_PEOPLE.search(v):
                        return True
                    other = True
        return None if other else False

    def _shared_by_bracket(self, rows: list[RawRisk]) -> list[RawRisk]:
        """A point written once under one holder and closed by a bracket naming those who share it
        ('森林抚育作业验收签字走过场（与组长殳珝澂共担）', '（与会计甲、出纳乙共担）', '（与办公室主任
        共同负责）', '（会同…）', '（…协同）'; a '注：' saying so): the point without the bracket, the
        row's holder's and each named holder's (same level, type and measures, his 科室, post and
        name), each named by his name, post and name, or a post one holder of the table holds. A
        party not found leaves the point the row's, the bracket kept as written: with a warning
        where it names a person (a name, post and name) or a post several hold, none for a post
        of nobody here; a bracket naming no one ('（与供应商串通）') or no one in particular
        ('（与其他队员共担）', '（与班子成员共担）') stays part of the point. A name found on
        another sheet of the file is matched there (``collect._sharers_on_other_sheets``)."""
        points = "".join(map(attrgetter("risk_point"), rows))  # (the whole list's, in C)
        if ("）" not in points and ")" not in points) or (
            "共" not in points and "会同" not in points and "协同" not in points
        ):
            return rows  # (the cheapest test: no point closes with a bracket of these words)
        found = {}
        for i, rr in enumerate(rows):
            if rr.risk_point and (got := _shared_close(rr.risk_point)) is not None:
                found[i] = got
        if not found:
            return rows
        holders: dict[tuple[str, str, str], list[RawRisk]] = {}
        for rr in rows:
            if rr.person or rr.title:
                holders.setdefault((rr.department, rr.title, rr.person), []).append(rr)
        if not holders:
            return rows
        given: dict[tuple[str, str, str], list[RawRisk]] = {}  # (the copies, after his own rows)
        for i, (point, names) in found.items():
            rr = rows[i]
            own = (rr.department, rr.title, rr.person)
            keys, missing, told, hit, lost = [], [], [], False, False
            for named in names:
                if _SHARER_GROUP.search(named):
                    continue  # ('（与其他队员共担）', '（与班子成员共担）': no one in particular)
                got = [k for k in holders if _names_sharer(named, *k)]
                got = got or [k for k in holders if self._named_in_row(named, k, holders[k])]
                if len({k[2] or k[:2] for k in got}) == 1:
                    keys.extend(k for k in got if k != own and k not in keys)
                    told.extend([named] if own not in got else [])
                    hit = True
                elif got:
                    missing.append((named, "有不止一人（同一岗位多人担任，不知是谁）"))
                elif _names_someone(named) and (
                    looks_like_name(named)
                    or any(
                        is_post(named[:j]) and looks_like_name(named[j:])
                        for j in range(2, len(named) - 1)
                    )
                ):
                    missing.append((named, "没有"))  # (a name, or a post and name; a post alone
                else:  # of no one here: the bracket kept as written, no warning)
                    lost = True
            if not hit and not missing:
                continue  # ('（与施工单位共担）': no one of the table's named)
            if not missing and not lost:  # (else the bracket kept: nothing lost)
                rows[i] = rr = replace(rr, risk_point=point)
            for named, said in missing:
                self.issues.append(
                    make_issue("POINT_SHARER_UNMATCHED", self.rel, self.grid.name,
                               rr.cell("risk_point"), value=rr.risk_point, field=named, found=said)
                )  # fmt: skip
            for k in keys:
                h = holders[k][0]
                at = {role: (rr.rows or {}).get(role, rr.row) for role in rr.cols
                      if role not in _HOLDER_ROLES}  # fmt: skip
                at.update({role: (h.rows or {}).get(role, h.row) for role in h.cols
                           if role in _HOLDER_ROLES})  # fmt: skip
                given.setdefault(k, []).append(
                    replace(rr, row=holders[k][-1].row, person=h.person, department=h.department,
                            title=h.title, unit=h.unit or rr.unit, tier=h.tier,
                            declared=h.declared, section=h.section, rows=at)
                )  # fmt: skip
            if keys:
                self.seen += len(keys)
                self.issues.append(
                    make_issue("POINT_SHARED_BY_BRACKET", self.rel, self.grid.name,
                               rr.cell("risk_point"), value=point,
                               field="、".join(told))
                )  # fmt: skip
        if not given:
            return rows
        last = {(rr.department, rr.title, rr.person): i for i, rr in enumerate(rows)}
        after = {i: k for k, i in last.items() if k in given}
        out: list[RawRisk] = []
        for i, rr in enumerate(rows):
            out.append(rr)
            if i in after:
                out.extend(given[after[i]])
        return out

    def _named_in_row(self, named: str, key: tuple[str, str, str], of: list[RawRisk]) -> bool:
        """``named`` ('信贷员蔺骁珩') is ``key``'s holder's name after a post or 科室 that his own
        row holds in any cell, read as his post or not (a 岗位 column of one value all down,
        read as no column of posts)."""
        person = key[2]
        if not person or not named.endswith(person) or len(named) == len(person):
            return False
        pre = _post_stem(named[: -len(person)])
        for x in of:
            cells = self.sh.rows[x.row] if x.row < len(self.sh.rows) else []
            said = {c for role, c in x.cols.items() if role in _TAKER_TEXT_ROLES}
            for c, v in enumerate(cells):
                if c in said:
                    continue  # (a point's or a measure's words are no post)
                v = squeeze(v or "")
                if len(v) < 2 or v == person or _NUMBER.fullmatch(v):
                    continue
                if pre in v or _post_stem(v) in pre:
                    return True
        return False

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

    def _unit_signs_off(self, r: int, text: str, end: int, pc: int) -> bool:
        """A lone unit's name (or unit and date, '泾县木竹检查站　2025年5月20日') in a column not
        the point's, with no point in any row down to ``end``: a report's sign-off under its last
        table, no row of it (the cheap test first: the name is a body's whole name)."""
        s = squeeze(text)
        if not 4 <= len(s) <= 40 or s[-1] in "：:。；;，,":
            return False
        unit = unit_in_title(s)
        if unit and s.startswith(unit) and s[len(unit) :].startswith(part := dept_in_title(s)):
            unit += part  # '溪口镇财政所': the 镇's 所
        if not unit or not (s == unit or _is_date(s[len(unit) :])) or is_post(s):
            return False
        rows = self.sh.rows
        if any(pc < len(rows[x]) and rows[x][pc].strip() for x in range(r + 1, end)):
            return False
        self.unit_signoff_rows.add(r)
        # its date on the next line ('2025年6月3日'), blank lines between: the sign-off's too
        for x in range(r + 1, end):
            cols = self.sh.nonempty(x)
            if cols and not all(_is_date(rows[x][c]) for c in cols):
                break
            if cols:
                self.unit_signoff_rows.add(x)
                break
        return True

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
                or _role_signed(v)  # '统计负责人：覃某 | … | 报出日期：…' under a 统计报表
                or (len(v) <= 24 and _field_with_value(v))  # '所在科室：监督管理科' signed beside
            ):
                continue  # a label of a sign-off or a review ('站所负责人意见:')
            if role == "risk_point" and looks_like_name(v):
                continue  # a name signed beside '本人签字:', not a risk
            if c and looks_like_name(v) and _signs_before(row, c):
                continue  # '财务负责人： | 宓某': the name a 报表's signer signs, under any column
            n += 1
        return n >= 2

    @staticmethod
    def _row_values(row: list[str], t: _Table) -> dict[str, str]:
        """A row's cells by the table's roles (a measure with its stage, where a column gives
        one: '事中：…')."""
        out = {role: row[c] if c < len(row) else "" for role, c in t.roles.items()}
        if t.stage_col is not None and out.get("measures"):
            out["measures"] = _with_stage(
                row, t.stage_col, out["measures"], t.doer_col, t.doer_label
            )
        return out

    def _measures_for_points_above(
        self, r: int, row: list[str], t: _Table, raw_rows: list[RawRisk]
    ) -> int:
        """Row ``r`` says in its point cell that it holds the measures of the points above
        ('以上风险点防控措施', '针对上述风险点的防控措施：', '以上2项风险点共用措施') and writes them in
        the measures cell, its 序号, level and type cells blank, its holder cells blank, merged
        down or the same as the last point's: the measures of the last holder's points right
        above it whose measures cells are blank (the last N of them where the label counts N),
        given to each. Returns how many points took them (0: not such a row, read as before)."""
        roles = t.roles
        mc = roles["measures"]
        rl = len(row)
        said = row[mc].strip() if mc < rl else ""
        if not said:
            return 0
        for x in ("seq", "risk_level", "risk_type", "description"):
            c = roles.get(x)
            if c is not None and c < rl and row[c].strip():
                return 0  # (a numbered or graded row: a point of its own)
        last = raw_rows[-1]
        if last.measures.strip() or not t.start <= last.row < r:
            return 0
        if any(
            self.sh.kind(x) != "blank" and x not in self.repeated for x in range(last.row + 1, r)
        ):
            return 0  # (only the points right above it, a blank row at most between)
        own = {roles["risk_point"], mc}
        held = {roles[x]: getattr(last, x) for x in ("department", "title", "person") if x in roles}
        for c, v in enumerate(row):
            if v.strip() and c not in own and squeeze(v) != squeeze(held.get(c, "\0")):
                return 0  # (a cell of its own beyond its holder's: another kind of row)
        run = []
        for rr in reversed(raw_rows):
            if (
                rr.row < t.start
                or rr.measures.strip()
                or (rr.department, rr.title, rr.person)
                != (last.department, last.title, last.person)
            ):
                break
            run.append(rr)
        m = _SHARED_MEASURES.match(squeeze(row[roles["risk_point"]]))
        n = _count_of(m.group("n")) if m and m.group("n") else 0
        if n:
            run = run[:n]
        for rr in run:
            rr.measures = said
        return len(run)

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

    def _continues_above(
        self, r: int, row: list[str], t: _Table, above: RawRisk, end: int = -1
    ) -> bool:
        """A row holding only the rest of the point (and of its measures) of the row above, typed
        on into it ('村级工程项目化整为零规避招标，' over '指定亲友承建'): joined to it, no point of
        its own. Only where the row above broke off mid-sentence, or the table numbers and grades
        every point of its own (``_spill_table``), and this one fills nothing else."""
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
        if (
            not paged
            and not above.risk_point.rstrip().endswith(_GOES_ON)
            and not self._spills_on(r, row, t, above, end)
        ):
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
        tc = roles.get("risk_type")
        rest = row[tc].strip() if tc is not None and tc < len(row) else ""
        if rest:
            # a table converted from a PDF, each printed line of a cell its own row: the type
            # word broken at the column's width goes on here too ('制度机' over '制风险')
            if not self._type_goes_on(above.risk_type, rest):
                return False
            own.add(tc)
        if any(v for c, v in enumerate(row) if v and c not in own):
            return False
        if rest:
            above.risk_type = above.risk_type.strip() + rest
        above.risk_point += row[roles["risk_point"]].strip()
        mc = roles.get("measures")
        if mc is not None and mc < len(row) and row[mc]:
            joint = "" if above.measures.rstrip().endswith(_GOES_ON) else "\n"
            above.measures = (
                (above.measures + joint + row[mc].strip()) if above.measures else row[mc]
            )
        self._joined = (id(above), r)  # (a sentence may go on over a third row)
        return True

    def _type_goes_on(self, have: str, rest: str) -> bool:
        """``rest`` is the rest of the type word ``have`` begins, broken across two rows at a
        narrow column's width ('制度机' over '制风险', '思想道德' over '风险', '制度' over '机制'):
        the two joined read as one known type and nothing else, and ``rest`` alone is no type
        (or the same one: '机制' under '制度'). Two types, one a row, are not one broken."""
        if not have or len(rest) > 12 or len(have) > 24:
            return False  # (the cheap tests first: a word's halves are short)
        # (the vocabulary's plain words, no memo written: a half is no cell of its own)
        word = self.config.risk_types._word
        have, rest = squeeze(have), squeeze(rest)
        whole = word(have + rest)
        if whole is None or not any("\u4e00" <= ch <= "\u9fff" for ch in rest):
            return False  # ('制度机制风险' over '/': no word's rest)
        alone = word(rest)
        return alone is None or alone == whole

    def _rest_of_record(self, r: int, row: list[str], t: _Table, above: RawRisk) -> bool:
        """A row with no point of its own holding only the rest of the record above, as a table
        converted from a PDF gives it (each printed line of a cell its own row): the rest of
        its broken type word ('责风险' under '岗位职', with or without the measures' rest), or,
        under a row already joined to the point above (``_continues_above``), only the rest
        of its measures ('分管领导两级审核并公示。'). Its 序号, holder and level cells blank;
        joined to the point above (before, a row with no point: POINT_BLANK, its words lost)."""
        roles = t.roles
        tc, mc = roles.get("risk_type"), roles.get("measures")
        on = self.sh.nonempty(r)
        if not on or any(c not in (tc, mc) for c in on) or self.grid.merges and any(
            (r, c) in self.grid.merged_into for c in on
        ):  # fmt: skip
            return False
        after = self._joined == (id(above), r - 1)
        if not after and above.row != r - 1:
            return False
        rest = row[tc].strip() if tc in on else ""
        said = row[mc].strip() if mc in on else ""
        if rest:
            if not self._type_goes_on(above.risk_type, rest):
                return False
        elif not after:
            return False  # (measures alone under a point's own row: ``_measure_rows_under``)
        if said and (
            said.startswith(("注", "备注", "说明"))
            or (_signoff_cell(said) and _has_colon(said))
            or _TABLE_FOOT.search(said)
        ):
            return False
        if rest:
            above.risk_type = above.risk_type.strip() + rest
        if said:
            joint = "" if above.measures.rstrip().endswith(_GOES_ON) else "\n"
            above.measures = (above.measures + joint + said) if above.measures else said
        self._joined = (id(above), r)  # (its rest may go on over a further row)
        return True

    def _spills_on(self, r: int, row: list[str], t: _Table, above: RawRisk, end: int) -> bool:
        """Row ``r``, with no 序号 and no level, goes on with the point of the row above ending on
        no comma ('…安排不经馆务会' over '集体研究，个人说了算'), in a table whose own points each
        have their 序号 and their level (``_spill_table``); a point ended ('…。') stays ended."""
        roles = t.roles
        lc, sc = roles.get("risk_level"), roles.get("seq")
        if lc is None or sc is None or end < 0 or t.ticks or (lc < len(row) and row[lc].strip()):
            return False  # (the cheap tests first: a level of its own, a point of its own; no
            # 序号 column: a band's caption ('“三重一大”方面') looks the same, not joined)
        if sc < len(row) and row[sc].strip():
            return False
        merged = self.grid.merged_into if self.grid.merges else {}
        if (r, lc) in merged or (sc is not None and (r, sc) in merged):
            return False  # (a level or 序号 merged down over it: the merge's business)
        if above.risk_point.rstrip().endswith(("。", "；", ";", "！", "？", "!", "?")):
            return False
        piece = row[roles["risk_point"]].strip()
        if _has_colon(piece[:12]) or _signoff_cell(piece) or _NOT_A_SPILL.search(piece):
            return (
                False  # ('承诺人（签名）：宇文渡' under the rows: a sign-off; '合计', '二、…方面')
            )
        if _DATE.match(squeeze(piece)) or any(
            _signoff_cell(v) for v in self.sh.rows[r] if v and v.strip() != piece
        ):
            return False  # ('2025年12月' under the point column on the '制表： | 审核：' line)
        if not any(
            (r, roles[x]) in merged for x in ("department", "title", "person") if x in roles
        ) and caption_identity(piece):
            return False  # ('保管利用股' under no merged holder: a 科室 over the next rows)
        top = self.sh.rows[above.row]
        if lc >= len(top) or not top[lc].strip():
            return False
        if sc is not None and (sc >= len(top) or not top[sc].strip()):
            return False  # (the row it goes on from is a numbered, graded point)
        mc = roles.get("measures")
        said = row[mc].strip() if mc is not None and mc < len(row) else ""
        if (
            said
            and above.measures.rstrip().endswith(("。", "；", ";"))
            and not (_ITEM.match(said) and _ITEM.match(above.measures))
        ):
            return False  # ('…三签。' over '专人复核。': the next point's measures, not these)
        key = (t.row, end)
        shaped = self._spill_shapes.get(key)
        if shaped is None:
            shaped = self._spill_shapes[key] = self._spill_table(t, end)
        return shaped

    def _spill_table(self, t: _Table, end: int) -> bool:
        """Every row of the table with a 序号 has a level and every row with a level a 序号 (a
        mismatch in ten allowed), at least two of them; with no 序号 column, every row lacking a
        level holds only a point (and measures) right under a graded one. Such a table's rows of no
        序号 and no level are the points above running on, not points of their own ('3 | 副馆长 |
        …授课教师劳务费 | 二级' over '　|　| 虚列人数或' over '　|　| 重复发放'); a block numbered once
        with each row its own level, or rows of their own post and no level, are not this shape."""
        roles = t.roles
        pc, lc, sc = roles["risk_point"], roles["risk_level"], roles.get("seq")
        bare_ok = {roles[x] for x in ("risk_point", "measures", "description") if x in roles}
        full = odd = 0
        graded_above = False
        for x in range(t.start, end):
            row = self.sh.rows[x]
            if pc >= len(row) or not row[pc].strip():
                graded_above = False
                continue
            lv = bool(lc < len(row) and row[lc].strip())
            said = row[sc].strip() if sc is not None and sc < len(row) else ""
            no = bool(said) and len(said) <= 6 and not _has_colon(said)  # ('填表人：' no 序号)
            if sc is not None:
                if lv and no:
                    full += 1
                elif lv or no:
                    odd += 1
            elif lv:
                full += 1
            elif not graded_above or any(v for c, v in enumerate(row) if v and c not in bare_ok):
                return False  # (a row of its own holder, or of its own, with no level)
            graded_above = lv or graded_above
        return full >= 2 and odd * 10 <= full

    def _whole_name(self, r: int, given: str, t: _Table) -> str:
        """'芈 | 翾珥' under '责任人' over '姓 | 名' (``surname_col``): the row's 姓 cell (or the
        cell merged down over it, as the 名 is) before its 名, one name ('芈翾珥'); a whole name
        typed in the 名 cell, a ditto or a blank 姓 leave the 名 as it is."""
        sc, row = t.surname_col, self.sh.rows[r]
        sur = ((row[sc] if sc < len(row) else "") or self._merged_below(r, sc, t)).strip()
        if not sur or given.startswith(sur) or not {sur, given}.isdisjoint(_DITTO):
            return given
        return sur + given

    def _name_at_left(
        self,
        r: int,
        row: list[str],
        pc: int,
        values: dict[str, str],
        roles: dict[str, int],
        t: _Table,
        read: list[str],
        none: list[tuple[str, str]],
    ) -> None:
        """A holder's cell saying '同左' ('见左', '同前列'; written, or merged down over the row):
        the holder is the one named in the nearest column to its left naming someone on the row
        (a '科室负责人' merged down over the 科室's rows, beside a '岗位责任人' that says '同左' on
        the head's own rows), not a holder called '同左', nor the name above as a '同上' would
        be. That column stays no holder's otherwise (the head of the 科室 holds no staff's points).
        None named at its left: read as before (a ditto of the cell above), its cell named."""
        said = values["person"] or self._merged_below(r, pc, t)
        if not said or len(said) > 8 or "同" not in said and "见" not in said and "如" not in said:
            return  # (the cheap test first)
        if not _SAME_LEFT_SAID.fullmatch("".join(said.split())):
            return
        top = self.grid.merged_into.get((r, pc)) if self.grid.merges else None
        first = top is None or top[0] == r  # (a merged cell told once, at its top row)
        skip = {c for role, c in roles.items() if role in _NOT_LEFT_ROLES}
        for c in range(pc - 1, -1, -1):
            if c in skip:
                continue
            v = ((row[c] if c < len(row) else "") or self._merged_below(r, c, t)).strip()
            if v and (looks_like_name(v) or _plain_name(v)):
                values["person"] = v
                if first:
                    read.append(cell_ref(r, pc))
                return
        if first:
            none.append((cell_ref(r, pc), said.strip()))

    def _merged_below(self, r: int, c: int, t: _Table) -> str:
        """The value of a cell merged down from a row of the table, else ''."""
        top = self.grid.merged_into.get((r, c)) if self.grid.merges else None
        if top is None or not t.start <= top[0] < r or top[1] != c:
            return ""  # not merged down in this column (a merge across repeats nothing)
        row = self.sh.rows[top[0]]
        return row[top[1]] if top[1] < len(row) else ""

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


def _staggered_heading(sh, t: _Table) -> str:
    """The words of a staggered point heading (``_Table.point_staggered``), '风险点' if none."""
    c = min(t.level_points)
    for y in range(t.row, max(t.start, t.row + 1)):
        row = sh.rows[y]
        if c < len(row) and row[c].strip():
            return " ".join(row[c].split())
    return "风险点"


def _staggered_written_on(row: list[str], cols: list[int]) -> list[str]:
    """A row of a point heading's staggered columns (``_Table.point_staggered``) whose text in one
    column runs on into the next ('对核算单位超标准接待费报账打招呼、' | '放行'): one point, at the
    level of the column it starts in; two texts that each stand whole are two points."""
    out = row
    for a, b in zip(cols, cols[1:], strict=False):
        left = out[a].strip() if a < len(out) else ""
        right = out[b].strip() if b < len(out) else ""
        if (
            left
            and right
            and not {left, right} & _NOTHING
            and (_RUNS_ON_LEFT.search(left) or _RUNS_ON_RIGHT.match(right))
        ):
            out = list(out)
            out[a], out[b] = left + right, ""
    return out


def _path_part_agrees(own: str, part: str) -> bool:
    """A row's own 科室 or post and the path's ('财务科', '局财务科'; '办公室', '综合办'): the same."""
    a, b = "".join(own.split()), "".join(part.split())
    return a == b or a in b or b in a or shortened(a, b) or shortened(b, a)


def _path_column_aside(rows: list[list], col_role: dict[int, str]) -> int | None:
    """The column, taken as no holder's, whose first cells are organisation paths naming a
    person ('汝阳县财政局 > 财务科 > 会计 > 李四') beside a 姓名 column of its own."""
    for c, role in sorted(col_role.items()):
        if role != "other":
            continue
        vals = [str(row[c]).strip() for row in rows if c < len(row) and row[c]]
        if vals and all(
            len(v) <= 60 and ORG_PATH_MARKS.intersection(v) and (o := org_path(v)) and o[2]
            for v in vals
        ):
            return c
    return None


def _signs_before(row: list[str], c: int) -> bool:
    """The filled cell before column ``c`` is a signer's place ('财务负责人：', '制表人：')."""
    left = next((row[x].strip() for x in range(c - 1, -1, -1) if row[x].strip()), "")
    return left.endswith((":", "：")) and (
        _is_signoff_label(_key(left)) or _SIGNING_ROLE.match(_key(left)) is not None
    )
