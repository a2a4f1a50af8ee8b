"""Finding header rows and settling what each column holds: ``_header_rows`` and the
headers kept, repeated or extended up; guessed headers and columns read by their
contents; ``_classify`` (each column's role from its heading and cells) and the
column-level readings it asks for (a point's cells that also give its measures, how it
shows or its name; score ticks; votes; lanes; columns spanning several roles).

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property
from itertools import accumulate

from xlproc.columns import (
    ANCHOR,
    COMPOUND_SURNAMES,
    CONTACT_ONLY,
    CONTACT_SET_ASIDE,
    DAY_JOB_SET_ASIDE,
    EVERYONE_WORDS,
    HOME_UNIT_SET_ASIDE,
    IDENTITY,
    LEADERS_GROUP,
    LIKELY,
    MATTER_BESIDE_DUTY,
    POINT_LONGER_THAN_FORM,
    POINTISH,
    POST_ON_PAPER_SET_ASIDE,
    RISK_EVENT,
    RISK_HARM,
    RISK_SOURCE,
    SIDE_ROLE_SET_ASIDE,
    SURE,
    Guess,
    Heading,
    _dept_like,
    _post_and_name,
    _post_over_name,
    _recency,
    answers,
    assign_roles,
    harm_as_measures,
    heading_role,
    holder_shares,
    identity_parts,
    looks_like_name,
    names_a_case,
    needs,
    paper_post_kind,
    profile,
    role_zh,
    scope_kind_head,
    scope_parts,
    scope_tag_lines,
    signed_name,
    surname_and_one,
    swapped_point_and_measures,
)
from xlproc.identity import (
    HAN_TEXT,
    NUMBERING,
    SEVERAL_MARK,
    _shortened,
    _unit_in_title,
    caption_holder,
    caption_identity,
    caption_level,
    field_after_post,
    is_post,
    several_names,
    squeeze,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _A_ROLE,
    _ADJUSTED,
    _AIM_HEADING,
    _ANSWER_TICKS,
    _ANSWERS,
    _ANSWERS_POINTS,
    _APPLIES,
    _APPLIES_TICKED,
    _AREA_HOLDER_WORD,
    _AREA_NOT_PLACE,
    _AREA_OVERSEER_WORD,
    _AREA_PREFIX,
    _AREA_WHEN_OR_STAGE,
    _BARE_NUMBERS,
    _BARE_NUMERAL,
    _BRACKET_HOLDER_ROLES,
    _CLASS_HEADING,
    _COLON_HEAD_NOT_SHOWS,
    _CRITERIA,
    _CRITERIA_HEAD,
    _CRITERIA_MARKS,
    _CRITERIA_TICKS,
    _DASH_SAID,
    _DEPT_POSTS_HEAD,
    _DEPT_TICKS_HEAD,
    _DITTO,
    _DOER_NOTE,
    _EXCLUSION_CROSSES,
    _EXCLUSION_NEGATED,
    _EXCLUSION_PERSON,
    _EXCLUSION_SAID,
    _EXCLUSION_SLASHES,
    _FLOW_HEAD,
    _GUARD_WORD,
    _HELD_ROLES,
    _HELPS,
    _HINT,
    _HOLDER_COLON,
    _HOLDER_HEADS,
    _HOLDER_ZH,
    _HOLLOW,
    _IDENTITY_ROLES,
    _IMPACT,
    _INCLUSION_SAID,
    _INSTRUCTIONS_SHEET,
    _INT_CELL,
    _INTEGRITY_BAND,
    _INTEGRITY_CLASS,
    _ITEM_LINE,
    _KIND_MARKS,
    _KIND_STATE,
    _LEGEND_CLAUSES,
    _LEVEL_WORDISH,
    _LIKELIHOOD,
    _MARK_WORDS,
    _MEASURE_ITEM,
    _MEASURE_WORD,
    _MEASURES_ROW,
    _MISCONDUCT,
    _NAMES_UNDER_POSTS_HEAD,
    _NO_ANSWER,
    _NOT_A_MEASURE,
    _NOTHING,
    _NOTHING_DONE,
    _NOTHING_WRITTEN,
    _OPEN_LANE,
    _OPENS_POINT,
    _OUTLINE_HEAD,
    _PARTED_BY,
    _PERIOD,
    _POINT_AND_MEASURES,
    _POINT_AND_SHOWS,
    _POINT_HOLDER_OVERSEER,
    _POINT_TAG_OPENERS,
    _POST_COLON,
    _POST_LEVEL,
    _POST_NAMES_SPLIT,
    _PROJECT_PARTY,
    _RACI_LEGEND,
    _REMARKS_HEAD,
    _REVISED_WORDS,
    _REVISION_HEAD,
    _ROSTER_HEAD_ROLES,
    _SAFETY_BAND,
    _SAFETY_CLASS,
    _SCALE_IN_HEAD,
    _SCALE_ROW_ENDS,
    _SCALE_ROW_HEAD,
    _SCALE_ROW_LOW,
    _SCALE_ROW_MARKS,
    _SCALE_UNIFORM_MARKS,
    _SCORE_HEAD,
    _SCORE_SUB,
    _SCORE_UNTICKED,
    _STAGES,
    _TAG_POINT_NOTE,
    _TAIL_NAMES,
    _TEMPLATE_PREAMBLE,
    _TICK_ASKED,
    _TYPE_AND_LEVEL,
    _VOTES,
    RawForm,
    RawRisk,
    _a_named_post,
    _aimed_parts,
    _area_cell_holders,
    _blank_marks,
    _block_names_row,
    _bullet_of,
    _cell_or_merged,
    _colon_parts,
    _counted_holder_cells,
    _doer_column,
    _field_with_value,
    _head_holder,
    _holder_cells,
    _holder_value,
    _is_date,
    _is_risk_text,
    _is_stage,
    _item_then_point,
    _kind_ticked,
    _label_cells_line,
    _lane_holders,
    _lane_steps,
    _level_cell_holders,
    _level_head,
    _line_holders,
    _measure_like,
    _names_in,
    _outline_column,
    _point_arrow,
    _point_boxes,
    _point_bracket,
    _point_groups,
    _point_heads,
    _point_lines,
    _point_pairs,
    _point_required,
    _point_shows,
    _points_named,
    _post_holder,
    _post_in_heading,
    _raci_letters,
    _raci_owners,
    _same_header,
    _score_ticked,
    _seamed_parts,
    _span_role,
    _stage_column,
    _stage_lined,
    _sub_time,
    _Table,
    _tag_parts,
    _take_span,
    _template_ends,
    _template_labels,
    _tick_post,
    _ticked,
    _vote_count,
    _with_stage,
    count_levels,
    field_of,
    heading_bracket_holder,
)
from xlproc.text import LazyRe, cell_ref, col_letter, label_key

# a point heading merged across two sub-columns that name the point's NAME and its TEXT
# ('廉政风险点' over '名称 | 具体描述', '风险点' over '风险名称 | 内容'; ``_point_name_text_subs``): the
# right-hand words, the one-test gate first
_SUB_TEXT_WORDS = ("描述", "内容", "表现", "情形", "说明")
# a cell of a further measures column that says "none here" (``_Header._unheaded_measures``)
_NO_MEASURE_MARKS = frozenset(("/", "／", "\\", "-", "—", "——", "－", "无", "×"))
_SUB_POINT_NAME = LazyRe(r"^(?:(?:廉政)?风险点?)?(?:名称|简称|名目|事项)$|^(?:廉政)?风险点$")
_SUB_POINT_TEXT = LazyRe(
    r"^(?:(?:廉政)?风险点?)?(?:具体|主要|详细|基本)?(?:描述|内容|表现|情形|说明)(?:形式)?$"
)
# a ledger's or a record's headings under a list, with no number column (``_unnumbered_ledger``):
# one of its own words at least (searched once in the row), the rest of a ledger's, none a list's
_LEDGER_OWN = LazyRe(r"问题|整改|检查|学习|督办|销号|谈话|会议")
_LEDGER_WORDS = LazyRe(
    r"问题|整改|时限|期限|时间|日期|内容|情况|结果|措施|备注|参加|地点|形式|主题|检查|学习|督办|销号|完成"
    r"|谈话|会议|主持|记录|参会|出席|列席|授课|主讲|领学|对象|类型"
)
# a record's heading naming its people by the part they took, no holder ('主持人', '记录人',
# '参加人员', '谈话人', '谈话对象'): a 学习教育, 谈话 or 会议 record under a list, whole heading
_RECORD_HEAD = LazyRe(
    r"^(?:主持|记录|参加|参会|出席|列席|谈话|授课|主讲|领学|宣讲|召集)(?:人员?|对象)(?:姓名)?$"
)
_LEDGER_NOT = LazyRe(r"风险|廉政|防控|隐患")
# a title line naming the short table under it a record ('2025年度廉政风险防控学习记录', '附：谈话提醒
# 记录表', '集中学习情况登记表'): a record's words, ending as a record's name (``_titled_record``)
_RECORD_TITLE = LazyRe(
    r"(?:学习|谈话|教育|会议|培训|约谈|提醒|警示|宣讲|党课|讲座|学法)[^，。；,;:：]{0,12}"
    r"(?:记录|记录表|记录单|登记表|登记簿|签到表|签到簿|台账)$"
)
# the first row of a record numbered again from 1 ('1', '1.', '01'; ``_numbered_record``)
_FIRST_NUMBER = re.compile(r"^0?1[.、．]?$")
_NOT_LEDGER_ROLES = frozenset({"risk_point", "risk_level", "risk_type", "description"})
# what a numbered record under a list is of ('学习内容', '谈话时间', '培训主题'), its headings naming no
# one (``_numbered_record``); the one-test gate, and the words its other headings may be of besides
# a ledger's ('签到', '参加人数', '学时')
_RECORD_SUBJECTS = ("学习", "谈话", "会议", "培训", "教育", "约谈", "宣讲", "党课", "讲座", "学法")
_RECORD_SUBJECT = LazyRe("|".join(_RECORD_SUBJECTS))
_RECORD_COLUMN = LazyRe(r"签到|签名|人数|人次|方式|次数|学时|课时|时长|地点|形式|要点|主题|内容")

# a self-check's answer column beside its points ('是否存在', '有无问题', '自查情况', '存在与否'), and
# the answers written in it (``_without_answer_blocks``)
_SELF_ANSWER_HEAD = re.compile(
    r"^(?:是否(?:存在|发现|有|涉及)|有无|存在与否|自查(?:结果|情况)|排查结果)"
)
_SELF_ANSWERS = frozenset(
    {"是", "否", "有", "无", "存在", "不存在", "已发现", "未发现", "涉及", "不涉及"}
)

# how a note under the rows opens
_NOTE_OPENS = ("注", "备注", "说明", "填表说明", "填写说明", "填报说明")
# a title (or the sheet's name, a note under the rows) over a list of cadres sent to the body from
# elsewhere for a term ('援藏干部人才', '挂职干部', '对口支援干部', '“组团式”医疗人才', '柔性引进人才')
_CADRES_SENT = LazyRe(
    r"援藏|援疆|援青|援派|挂职|挂任|选调|下派干部|交流干部|帮扶干部|借调|对口支援|组团式|受援"
    r"|柔性引进|援助(?:干部|人才|医生|医疗|教师|专家)"
)
# a roster's heading naming each person's class of staff ('序号 | 姓名 | 部门 | 职务 | 人员类别'), printed
# under a list graded by class (``collect._holders_by_staff_class``): its rows are none of the list's
STAFF_CLASS_HEAD = LazyRe(r"^(?:人员|岗位|职工|干部)?(?:类别|类型|分类)$")


# a roster's name heading ('姓名', '姓 名'): a sheet whose first row has one is no list's rest
_ROSTER_NAMES = frozenset({"姓名", "人员姓名", "干部姓名"})


def staff_class_roster_head(row: list[str]) -> bool:
    """A row heading a roster of people by class: a 姓名 cell and a class cell."""
    if not any(v and "名" in v for v in row):
        return False  # (the cheap test: no 姓名 cell, before every cell is squeezed)
    heads = [re.sub(r"\s+", "", v or "") for v in row]
    return any(h in ("姓名", "人员姓名") for h in heads) and any(
        STAFF_CLASS_HEAD.match(h) for h in heads
    )


# (the doers' clause of MEASURES_BY_CONTROL_TIER)
_DOERS_SAID = (
    ";所写落实人是执行该条措施的人,不是风险点的责任人,风险点仍归本行所填的科室、岗位和姓名"
)
# a note mapping the columns of a point heading split three ways to levels (``_column_levels``):
# a column by its place ('填在第一列的为一级风险点', '左列', '首列', '中间列', '最后一列') and the
# level said after it …
_STAGGER_PLACE = LazyRe(r"(?:第\s*([一二三四1-4])|(首|左|中间|中|右|末|最后一?))\s*(?:列|栏)")
_STAGGER_LEVEL = LazyRe(
    r"[一二三ⅠⅡⅢ1-3][级等]|较高|较低|一般|重大"
    r"|(?<![由从到至向往])[高中低](?=风险|等级|级|[，,；;。、]|$)"
)
# … or in order ('三列从左至右依次为一、二、三级', '分别为高、中、低风险') …
_STAGGER_ORDER = LazyRe(
    r"(?:依次|分别|从左[到至往向]右|自左[到至往向]右)[^。；;\n]{0,8}?(?:为|是|表示|对应)\s*"
    r"((?:[一二三ⅠⅡⅢ1-3高中低](?:级|等|风险点?)?[、，,/和及\s]*){2,4})"
)
# … a sentence on the columns at all ('列', '栏', or an order '左起依次为高、中、低' in a heading)
_STAGGER_TALK = LazyRe(r"列|栏|左起|[从自]左[到至往向]右")
_STAGGER_STEP = LazyRe(r"[一二三ⅠⅡⅢ1-3高中低]")
# … or by direction, the columns staggered ('按风险等级由高到低错列填写')
_STAGGER_WAY = LazyRe(r"[由从自](高|低)[到至向往](?:高|低)")
_STAGGER_PLACES = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "首": 0,
                   "左": 0, "中": 1, "中间": 1}  # fmt: skip
# two points side by side under one merged point heading (``_side_points``): a cell whose text
# runs on into the next ('…报账打招呼、 | 放行'), ends so or the next opens so
_SIDE_RUNS_ON_LEFT = LazyRe(r"[，,、（(“‘—\-和与及或的在对把将被向给从]$")
_SIDE_RUNS_ON_RIGHT = LazyRe(r"[，,、）)”’。；;]")


def _column_levels(legend: str, n: int, level) -> list[str]:
    """The level of each of ``n`` columns under a split point heading as a note under the table
    gives them ('风险点按风险等级错列填写：填在第一列的为一级风险点，填在第二列的为二级风险点…',
    '三列从左至右依次为一、二、三级', '按风险等级由高到低错列填写'), left to right; [] where no
    sentence gives every column a different level."""
    for sentence in re.split(r"[。；;\n]", legend):
        if not _STAGGER_TALK.search(sentence):
            continue  # (the cheap test: a sentence on columns)
        out = [""] * n
        places = list(_STAGGER_PLACE.finditer(sentence))
        # '高风险填在左列，中风险填在中间列…': the level said BEFORE its column
        first = bool(places) and _STAGGER_LEVEL.search(sentence[: places[0].start()]) is not None
        for k, m in enumerate(places):
            said = m.group(1) or m.group(2)
            i = n - 1 if said in ("右", "末", "最后", "最后一") else _STAGGER_PLACES.get(said, -1)
            if said in ("中", "中间") and n != 3:
                continue
            if first:
                begin = places[k - 1].end() if k else 0
                found = list(_STAGGER_LEVEL.finditer(sentence[begin : m.start()]))
                lv = found[-1] if found else None
            else:
                end = places[k + 1].start() if k + 1 < len(places) else len(sentence)
                lv = _STAGGER_LEVEL.search(sentence[m.end() : end])
            if 0 <= i < n and not out[i] and lv:
                out[i] = lv.group()
        if not all(out) and (m := _STAGGER_ORDER.search(sentence)):
            steps = _STAGGER_STEP.findall(m.group(1))
            if len(steps) == n:
                out = [x + "级" if x not in "高中低" else x for x in steps]
        if not all(out) and n == 3 and "错列" in sentence and (m := _STAGGER_WAY.search(sentence)):
            out = ["一级", "二级", "三级"] if m.group(1) == "高" else ["三级", "二级", "一级"]
        if all(out) and len({level(w) for w in out} - {None}) == n:
            return out
    return []


# an attribute of a control under a merged 控制活动 band ('控制类型 | 控制方式 | 控制频率' beside
# '控制措施', cells '预防性控制', '人工控制', '每笔'): how and how often the measure is done, no
# measure text of its own (the 内部控制 风险控制矩阵; ``_control_attribute``)
_CONTROL_ATTRIBUTE_HEAD = LazyRe(
    r"^(?:控制|执行|监控|管控|检查|复核)(?:类型|类别|方式|手段|频率|频次|周期|性质)$"
)
# a duty's sub-heading under a holder's band ('责任清单' over '责任岗位 | 责任人 | 责任事项'): what
# the post does ('负责受理申请、一次性告知'), never more of the post (``_band_duty_column``)
# ('职责范围', '职责分工', '责任事项及内容', '履职内容', '负责事项', '责任事项（内容）' too; never a bare
# '主要责任', '直接责任': under a 责任人 band those are the holders' kinds, names in them)
_BAND_DUTY_HEAD = LazyRe(
    r"^(?:(?:具体|主要)?(?:责任|履职|负责)(?:事项|内容|范围)(?:及(?:事项|内容|范围))?"
    r"|(?:岗位|工作|主要|具体)?(?:主要)?职责(?:事项|内容|范围|分工|描述)?(?:及(?:事项|内容|范围|分工))?)$"
)
_BAND_DUTY_BRACKET = LazyRe(
    r"[（(][^（）()]{0,10}[)）]"
)  # '责任事项（内容）': the words in brackets


def _holder_said(v: str) -> bool:
    """'钭翊宁', '主任 钭翊宁', '主任⏎钭翊宁': a name, or a post and its holder's name in one cell."""
    return looks_like_name(v) or _post_and_name(v) or _post_over_name(v)


# the last heading of a list that may stand over a column left blank ('备注', '说明')
_REMARKS_HEADS = frozenset({"备注", "说明", "备考", "附注"})
# a note, a status or a sign-off typed right of a table ('注：…', '已整改', '本人签字'): no point
# a note saying a row blank in this year's band is as last year's ('本年度栏空白的，表示与上年度
# 相同', '现栏未填的同原栏', '空白的沿用上年'; ``_band_blank_same``)
_BAND_BLANK_SAME = LazyRe(
    r"(?:空白|空格|空着|未填|不填|没有填|没填|为空)[^。；;]{0,12}?"
    r"(?:与|同|和|沿用|延用|照)(?:上一?年|去年|往年|原|上年度|前一?年|左)"
)
# what a note says of the band that is this year's list, after its heading word ('“2025年度”栏为
# 本年度排查确定的风险点', '现栏为现行风险点', '以“本年度”列为准'; ``_band_named_current``)
_CURRENT_BAND = LazyRe(
    r"^[”\"’」』]?(?:栏|列|一栏|一列|部分)?(?:中的|内的|所列)?(?:风险点)?"
    r"(?:为准|(?:为|是|系)(?:本年度?|今年度?|当年度?|本次|本轮|现行|最新|目前|当前))"
)
# the roles a year band's own columns take where it is the current one: its point's, and its
# holder's where each year's list names its own ('2024年 | 2025年' each over 责任人 | 风险点 |
# 等级, '原 | 现' each over 岗位 | 风险点: that year's holder, ``_year_bands``)
_YEAR_BAND_ROLES = frozenset(
    ("risk_point", "risk_level", "measures", "risk_type", "person", "title", "department", "unit")
)
_PAIRS_TAIL_WORD = LazyRe(r"\s*(?:注|备注|说明|已整改|已落实|本人|签字|签名|确认|审核人|填表人)")
# a supervising leader's post typed beside the table (分管副局长 某某): no co-holder (_unheaded_holders)
_CO_HOLDER_OVERSEER = LazyRe(r"分管|主管|监督(?:领导|责任人|人)")
# the row's author an online collection sheet records ('创建人 | 创建时间 | 最后修改人 | 最后修改时间'
# of a 腾讯文档 / 金山文档 sheet exported, '提交者 | 提交时间'), maybe marked '（系统）': the holder of
# a list with no 姓名 column (``_author_holder_column``); who last edited a row is no holder
_ROW_AUTHOR_HEAD = LazyRe(r"^(?:创建[人者]|提交[人者]|填写人|填报人|录入人)(?:[(（]系统[)）])?$")
# who last edited a row ('最后修改人', '最后编辑人', '更新者'): the clerk who tidied it, no holder
_ROW_EDITOR_HEAD = LazyRe(r"^(?:最后|最近)?(?:修改|更新|编辑)(?:人|者)$")
# the tool's own record of a row beside its author: when and by whom it was made or edited
_ROW_RECORD_HEAD = LazyRe(
    r"^(?:最后|最近)?(?:创建|提交|填写|填报|录入|修改|更新|编辑)(?:时间|日期|人|者)(?:[(（]系统[)）])?$"
)
# a column of a level's holders: '一级风险责任人', '高风险责任岗位', 'Ⅱ级风险点责任人' (review 92)
_POINT_TIER_HEAD = LazyRe(r"级(?:廉政)?风险(?:点|事项)$")  # '二级风险点'
# a work stage's sub-heading under a merged points heading, its level bracketed after it
# ('招标采购（一级）', '验收（高）', '立项(Ⅱ级)', '拨付【二级】'): the stage, the bracket's words
_STAGE_BRACKET = LazyRe(
    r"^(.{2,12}?)[（(【\[]([^（）()【】\[\]]{1,6}|(?:风险)?(?:等级|级别)\s*[:：]\s*[^（）()【】\[\]]{1,6})[）)】\]]$"
)
# the label of a stage's bracketed level ('立项（风险等级：一级）'): the level word after it
_STAGE_LEVEL_LABEL = LazyRe(r"^(?:风险)?(?:等级|级别)\s*[:：]\s*")
# a merged points heading saying its columns are the work's stages ('各环节廉政风险点', '分阶段
# 风险点', '环节风险点'): its sub-headings stages even without a level bracket
_STAGED_POINTS_HEAD = LazyRe(
    r"(?:各|分|每个?)(?:工作|业务)?(?:环节|阶段|节点|步骤)|(?:环节|阶段|节点)(?:廉政|廉洁)?风险"
)
# a work stage's name as a whole heading, no '环节' nor '风险点' with it ('受理 | 审核 | 审批',
# '受理 | 审查 | 决定 | 送达', '立案 | 调查取证 | 审理 | 执行'): under it that stage's risk points
# when two or more stand side by side in a list's header (``_stage_headed_rows``)
_STAGE_ALONE = (
    "受理", "审查", "审核", "审批", "审定", "审理", "决定", "送达", "办结", "初审", "复审", "复核",
    "承办", "经办", "拟办", "立案", "调查", "调查取证", "核查", "现场核查", "现场勘查", "核实",
    "告知", "听证", "批准", "核准", "签发", "发证", "制证", "验收", "结案", "移送", "执行",
    "归档", "报批", "呈批",
)  # fmt: skip
# a heading of no known word naming a row's business beside stage columns ('许可事项', '审批项目')
_BUSINESS_HEADS = ("事项", "名称", "项目", "业务")
# a cell of one stage word alone in a row's cells joined by NUL ('\x00受理\x00', '审 核')
# (over the sheet's rows joined by '\x01', each row's cells by '\x00': one search a sheet)
# (opening on a bound, as the text searched does: the engine skips to the bounds)
_STAGE_ALONE_CELL = LazyRe(
    "[\x00\x01][ \u3000]*(?:"
    + "|".join("[ \u3000]*".join(w) for w in sorted(_STAGE_ALONE, key=len, reverse=True))
    + ")[ \u3000]*(?=[\x00\x01])"
)
# a date in a stage's cell: a register of when each stage was done, no risk of it
_STAGE_DATE = LazyRe(r"\d{1,4}\s*[年月./\-]\s*\d{1,2}")
# a short heading of Chinese characters only ('许可事项'): no value of a row's
_HAN_WORD = LazyRe(r"^[\u4e00-\u9fff]+$")
# a point graded twice, before and after its measures ('固有风险等级（防控前）| 防控措施 |
# 剩余风险等级（防控后）'): the words qualifying each level heading; the one before is the point's
# level unless a note takes the one after ('以防控后等级为准', '以剩余风险等级为准')
_MEASURED_BEFORE = ("固有", "初始", "原始", "防控前", "控制前", "措施前")
_MEASURED_AFTER = ("剩余", "残余", "防控后", "控制后", "措施后")
_AFTER_LEVEL_NOTE = LazyRe(
    r"[以按](?:落实|采取)?(?:防控|控制)?(?:措施)?后的?(?:风险)?(?:等级|级别)?"
    r"(?:为准|为依据|确定|认定|评定|定级)"
    r"|[以按](?:剩余|残余)(?:风险)?的?(?:等级|级别)?(?:为准|为依据|确定|认定|评定|定级)"
)
# a merged 风险等级 over parts of the year each graded ('汛前（4—5月） | 主汛期（6—9月） | 汛后（10—11月）',
# '春季防火期 | 非防火期', '旺季 | 淡季'): the same point in each season, not a series of reviews
_SEASON_HEAD = LazyRe(
    r"汛|防火期|[旺淡平]季|[春夏秋冬]季|[春秋]防|时段"
    r"|\d{1,2}\s*[—\-－–~～至到]+\s*(?:次年)?\d{1,2}\s*月"
)
# a note taking the highest of several grades ('以三个时段中最高的等级作为该风险点的风险等级',
# '两个学期等级不同的，就高确定', '取四个季度中的最高等级'); not the scale's order ('一级为最高')
_PEAK_NOTE = LazyRe(
    r"就高|取高|从高|择高"
    r"|(?:取|按|以|中|间)[^，。；,;：:]{0,10}?(?<!为)(?:最高|较高)(?:的|者|一?级|等级|级别)"
)
# sub-headings of two readings of one grade, no periods: inherent and residual ('固有 | 剩余'),
# self-assessed and approved ('自评 | 审定'): read as before
_GRADE_READINGS = LazyRe(
    r"固有|剩余|残余|初始|现有|目标|自评|自查|审定|评定|复核|防控前|防控后|措施前|措施后"
)
_LEVEL_HOLDER_HEAD = LazyRe(
    r"^((?:[一二三四五1-5Ⅰ-Ⅴ]|[高中低]|较高|较低)级?)(?:风险)?点?的?(?:防控)?"
    r"(?:责任人|责任岗位|责任人员|责任主体)$"
)


# a band over the parties to a project ('责任单位及责任人', '责任主体', '参建单位'), each column one
# party (``_PROJECT_PARTY``): only the unit's own column holds the rows
_PARTY_BAND_HEAD = LazyRe(r"责任单位|责任主体|参建单位|参建各方")
_OWNER_PARTY = LazyRe(r"建设单位|业主单位|业主|项目法人")
_SELF_PARTY = frozenset({"本单位", "本所", "本局", "本中心", "我单位", "我所", "我局", "我中心"})
_FIRM = LazyRe(r"公司|集团|企业|事务所")
# a point's weight in a 主次 column ('主要', '次要', '重点'): a mark beside the point, no point
_POINT_WEIGHTS = frozenset(
    {"主要", "次要", "重点", "非重点", "一般", "核心", "非核心", "重要", "关键", "主", "次"}
)
# a party a project's work is let to ('施工单位', '中标单位', '承建单位', '供应商'), not the unit's own
_LET_TO = LazyRe(r"施工|中标|承建|承包|供应|供货|监理|勘察|设计|代建|代理|投标|承接|外包|服务商")
# a firm's name in a cell ('山西路桥集团有限公司', '祁县农机合作社', '榆次区鑫源办公用品店')
_FIRM_CELL = LazyRe(r"公司|集团|企业|事务所|有限|合作社|[厂店](?:[(（][^()（）]*[)）])?$")


# a column's note in brackets under its heading ('（主要表现）', '（万元）', '（高/中/低）', '(签字)'):
# words, not a number alone ('（一）', '(1)' number a group or a column)
_COLUMN_NOTE = re.compile(r"[（(]([^（()）]{1,12})[）)]")
_NUMERALS = re.compile(r"[\d一二三四五六七八九十百零〇]+")


def _column_note(cell: str) -> bool:
    m = _COLUMN_NOTE.fullmatch(cell.strip())
    return (
        bool(m)
        and not _NUMERALS.fullmatch(m.group(1))
        and re.search("[\u4e00-\u9fff]", m.group(1)) is not None
    )


# a cell under a heading that says how to fill its column in, in plain words ('简要描述存在的问题',
# '所在股室全称', '按高中低填写', '具体措施'): a template's explanations row, not a point
_EXPLAIN_WORD = LazyRe(
    r"全称|名称|简要|描述|具体|逐条|逐项|填写|填报|注明|说明|列出|对应|针对|所属|哪[个些类]|"
    r"^[按从]|^(?:本人)?姓名$|^[高中低]{3}$|^[高中低][、/／][高中低][、/／][高中低]$|^(?:[一二三]级[、/／]?){3}$"
)


# a hint row's 序号 cell numbered like a data row ('1', '1.', '01'), and a cell saying how to
# fill its column in (not only restating its heading)
_HINT_NUMBER = LazyRe(r"^0?1[.、．]?$")
_TYPE_SPLIT = LazyRe(r"[/／、]")
_FILL_WORD = LazyRe(r"填写|填报|简述|简要|注明|列出|如实|^按.*[填写列]|^[高中低一二三][、/／级]")


def _restates(cell: str, heading: str) -> bool:
    """The cell says its heading again, whole or in part ('所在股室全称' under 所在股室, '岗位名称'
    under 岗位名称, '具体措施' under 防控措施: two characters running in both)."""
    a, b = squeeze(cell), squeeze(heading)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


class _Headers:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _own_template(self, meta: dict | None) -> tuple[int, int]:
        """A sheet of our own template (its metadata names a form) whose one header row is
        that form's, as printed ('岗位职责 | 工作流程 | 风险点 | 风险类型 | 风险级别 | 防控措施'):
        (that row, the first row of anything else: lines above the form's four, or under its
        printed end — the note, else the review boxes — other than its own note; the sheet's
        length if none), else (-1, 0). Cards, bands, panels and tables of holders by number
        are other programmes' shapes, not probed in the template's own rows; what staff
        pasted under the form is read as any sheet is. (Cheap: a tuple of texts a row.)"""
        form = self.spec.forms.get(meta.get("form", "")) if meta else None
        if form is None:
            return -1, 0
        labels = _template_labels(form)
        note, reviews = _template_ends(form)
        lead = note[:1]
        rows = self.sh.rows
        h = end = beyond = last_review = -1
        above = 0  # the lines above the header
        for r, row in enumerate(rows):  # (one pass: a tuple of texts a row, as before)
            texts = tuple(filter(None, row))
            if not texts:
                continue
            if texts == labels:
                if h >= 0:
                    return -1, 0  # (two forms' headers: no one form's sheet)
                h = r
            elif h < 0:
                above += 1
            elif end < 0:  # the form's rows: up to its note (its printed end)
                if texts[0][:1] == lead and squeeze(texts[0]).startswith(note):
                    end = r + 1
                elif texts[0] in reviews:
                    last_review = r
            elif beyond < 0 and not (texts[0][:1] == lead and squeeze(texts[0]).startswith(note)):
                beyond = r  # under the note, other than the note again: pasted
        if h < 0:
            return -1, 0
        if above > _TEMPLATE_PREAMBLE:
            return h, 0  # (a table or lines above the form: read as before)
        if end < 0:  # no note left: the review boxes end the form; neither: its end unknown
            end = last_review + 1 if last_review >= 0 else h + 1
            beyond = next((r for r in range(end, len(rows)) if any(rows[r])), -1)
        return h, beyond if beyond >= 0 else len(rows)

    # --- headers ------------------------------------------------------------------------

    def _header_rows(self) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """Table headers as (first row, depth, headings). One repeated further down (a table
        printed or pasted page by page) continues the table above it when nothing but table
        rows, titles, page numbers and blank lines lie between: it is skipped, not a new
        table."""
        sh = self.sh
        joined = ["\x00".join(row) for row in sh.rows]  # (each row's cheap test, for both)
        self._type_headed_rows(joined)
        self._link_headed_rows(joined)
        self._stage_headed_rows(joined)
        self._point_group_rows()
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
                depth += self._band_rows_under(top, depth)  # (holder bands ⏵ 高 | 中 | 低)
                depth += self._weights_row_under(top, depth)  # (factors ⏵ '40% | 35% | 25%')
                depth += self._factor_steps_row_under(top, depth)  # (factors ⏵ 高 | 中 | 低 ×3)
                depth += self._notes_row_under(top, depth, heads)  # ('（主要表现）| （万元）')
                depth += self._explains_row_under(top, depth, heads)  # ('所在股室全称 | …')
                found.append((top, depth, heads))
                after = top + depth
        kept = self._keep(found)
        if len(kept) > 1:
            kept = self._without_answer_blocks(kept)
        return kept

    def _without_answer_blocks(
        self, heads: list[tuple[int, int, dict[int, Heading | None]]]
    ) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """The headers but those of a self-check's answers under a list: a table further down
        the sheet ('自查结果' over '序号 | 廉政风险点 | 是否存在 | 整改措施') whose headings name a
        point and an answer ('是否存在', '有无问题', '自查情况' …) and no holder, 科室, post nor
        level, every point of its rows one of the list's above, its answers 是/否, 有/无 (one at
        least). Its rows answer for the list's points, no points of their own: its heading is
        kept in ``ledger_heads`` (``_tail`` reports the table once, ANSWERS_UNDER_LIST). (The
        cheap test first: an answer's heading among the header's words.)"""
        sh = self.sh
        out = [heads[0]]
        for i in range(1, len(heads)):
            top, depth, got = heads[i]
            ptop, pdepth, prev = out[-1]
            roles = {c: h.role for c, h in got.items() if h is not None}
            answer = [
                c for c in got if _SELF_ANSWER_HEAD.match(squeeze(sh.rows[top + depth - 1][c]))
            ]
            point = [c for c, role in roles.items() if role == "risk_point"]
            prev_point = [c for c, h in prev.items() if h is not None and h.role == "risk_point"]
            if (
                not answer
                or len(point) != 1
                or not prev_point
                or set(roles.values()) & {"person", "department", "title", "risk_level"}
            ):
                out.append(heads[i])
                continue
            end = heads[i + 1][0] if i + 1 < len(heads) else len(sh.rows)
            listed = {
                squeeze(sh.rows[r][prev_point[0]])
                for r in range(ptop + pdepth, top)
                if prev_point[0] < len(sh.rows[r])
            } - {""}
            pc, ac = point[0], answer[0]
            rows = [
                r
                for r in range(top + depth, end)
                if pc < len(sh.rows[r]) and squeeze(sh.rows[r][pc])
            ]
            if (
                rows
                and all(squeeze(sh.rows[r][pc]) in listed for r in rows)
                and any(
                    ac < len(sh.rows[r]) and squeeze(sh.rows[r][ac]) in _SELF_ANSWERS for r in rows
                )
            ):
                self.ledger_heads.add(top)
                self.ledger_codes[top] = "ANSWERS_UNDER_LIST"
                continue
            out.append(heads[i])
        return out

    def _notes_row_under(self, top: int, depth: int, heads: dict[int, Heading | None]) -> int:
        """1 where the row under a header notes what its columns hold, each of its cells a
        short note in brackets and nothing else ('（主要表现）' under 风险点, '（万元）' under 涉及资金,
        '（高/中/低）' under 风险等级): a header row, not a point; else 0. Not a row of the
        template's brackets filled in ('（向德贵）' under 姓名, '（中）' under 风险等级: a level
        or a name where the header asks for one is data)."""
        sh = self.sh
        b = top + depth
        if depth < 1 or b >= len(sh.rows):
            return 0
        row = sh.rows[b]
        cols = sh.nonempty(b)
        if not cols or row[cols[0]].strip()[:1] not in "(（":
            return 0  # (the cheap test: a data row opens with its number or a word)
        if not all(_column_note(row[c]) for c in cols):
            return 0
        for c in cols:
            h = heads.get(c)
            inner = row[c].strip()[1:-1].strip()
            if h is not None and (
                (h.role == "risk_level" and self.config.level(inner))
                or (h.role == "person" and looks_like_name(inner))
            ):
                return 0
        return 1

    def _explains_row_under(self, top: int, depth: int, heads: dict[int, Heading | None]) -> int:
        """1 where the row under a header explains its columns in PLAIN words, a template's row
        left in ('所在股室全称 | 岗位名称 | 姓名 | 简要描述存在的问题 | 高中低 | 具体措施', its 序号
        cell blank): each cell restates its own heading ('所在股室全称' under 所在股室, '姓名' under
        姓名) or says how to fill it in ('简要描述…', '按高中低填写'), two cells at least restating
        theirs; a header row, not a point; else 0. Not a row of data: a number in its 序号 cell, a
        level under 风险等级 or a name under 姓名 that reads as one, a cell under no heading. The
        template's hint row NUMBERED like a data row ('1 | 填写科室全称 | 填写岗位名称 | 简述风险表现 |
        一级/二级/三级 | 简述措施'): its 序号 cell a bare number, one cell at least saying how to fill
        the column in (填写, 简述, 注明 …: not only restating), the rest as above; a header row too
        (HEADER_HINT_ROW_NUMBERED)."""
        sh = self.sh
        b = top + depth
        if depth < 1 or b >= len(sh.rows):
            return 0
        row = sh.rows[b]
        cols = sh.nonempty(b)
        if len(cols) < 3:
            return 0
        said = {
            c: "".join(sh.rows[r][c] for r in range(top, b) if c < len(sh.rows[r])) for c in cols
        }
        restating = [c for c in cols if _restates(row[c], said[c])]
        if len(restating) < 2:
            return 0  # (the cheap test: data rows do not write their headings again)
        numbered = None  # (the 序号 cell of a hint row numbered like a data row: '1')
        for c in cols:
            h = heads.get(c)
            v = row[c].strip()
            if numbered is None and h is not None and h.role == "seq" and _HINT_NUMBER.match(v):
                numbered = c
                continue
            if h is None or not said[c] or any(ch.isdigit() for ch in v):
                return 0
            if c in restating:
                continue
            if h.role == "seq" or not (_EXPLAIN_WORD.search(v) or self._type_choices(h.role, v)):
                return 0
            if (h.role == "risk_level" and self.config.level(v)) or (
                h.role == "person" and not v.endswith("姓名") and looks_like_name(v)
            ):
                return 0
        if numbered is not None and not any(
            _FILL_WORD.search(squeeze(row[c])) for c in cols if c != numbered
        ):
            return 0  # (numbered, its cells only restating: a row of data, as read)
        code = "HEADER_EXPLAINS_ROW" if numbered is None else "HEADER_HINT_ROW_NUMBERED"
        where = cell_ref(b, cols[0])
        if not any(i.code == code and i.cell == where for i in self.issues):
            shown = " | ".join(squeeze(row[c]) for c in cols)
            self.issues.append(make_issue(code, self.rel, self.grid.name, where, value=shown))
        return 1

    def _type_choices(self, role: str, v: str) -> bool:
        """A type cell offering the types to choose from ('思想道德/制度机制/岗位职责'): three
        known types or more, split by '/' or '、', nothing else; a hint, not a point's types."""
        if role != "risk_type" or not _TYPE_SPLIT.search(v):
            return False
        known, unknown = self.config.types(v)
        return len(known) >= 3 and not unknown

    def _point_group_rows(self) -> None:
        """A list arranged by risk point: a heading of holder columns and a level or measures
        column but no '风险点' ('序号 | 责任股室 | 责任岗位 | 责任人 | 风险等级 | 本岗位防控措施'),
        each point a group row over the rows of its holders ('一 | 宗教活动场所设立、变更登记审核
        把关不严' merged across, then '1 | 宗教事务股 | 股长 | 某某 | 二级 | …'): the heading gets a
        '风险点' column after the last, each holder row the text of its group row there, and the
        group rows are blanked (a group row with no holder row under it keeps its text there: the
        point of no holder). Only a heading whose first row under it is such a group row, each
        group row's text a risk's words (not a 科室, a level or a type), and a holder row under
        one at least; a list with a point column, a roster with no level or measures: as read."""
        sh = self.sh
        rows = sh.rows
        for r in range(len(rows) - 2):
            if (
                not 0 < len(sh.nonempty(r + 1)) <= 2  # (a group row: one or two cells)
                or sh.names_point(r)
                or (sh.names_point(r + 1) and not self._group_labelled(r + 1))
                or (heads := self._point_group_heading(r)) is None
                or self._group_point(r + 1, 0) is None
            ):
                continue  # (the cheap test: the row under a heading a lone text, or a number and it)
            holders = [c for c, h in heads.items() if h is not None and h.role in _HOLDER_HEADS]
            first = min(c for c in heads if heads[c] is None or heads[c].role != "seq")
            groups: list[tuple[int, str, list[int]]] = []
            unread: list[int] = []  # (group rows whose text is no point: '吃')
            x = r + 1
            while x < len(rows):
                text = self._group_point(x, first)
                said = self._group_text(x, first)
                if text is not None:
                    groups.append((x, text, []))
                elif groups and said is not None and _POINT_GROUP_DITTO.match(said):
                    groups.append((x, groups[-1][1], []))  # ('二 | 同上': the group above's point)
                elif groups and said is not None and (len(said) <= 2 or len(sh.nonempty(x)) == 2):
                    groups.append((x, "", []))  # (a group row, its text no point: none read)
                    unread.append(x)
                elif groups and self._point_holder_row(x, heads, holders):
                    groups[-1][2].append(x)
                else:
                    break
                x += 1
            while groups and not groups[-1][1] and not groups[-1][2]:
                unread.remove(groups.pop()[0])  # (a lone text closing the list: no group)
            if not any(held for _g, _t, held in groups):
                continue
            width = max(len(rows[y]) for y in range(r, x))
            for y in range(r, x):
                rows[y].extend([""] * (width + 1 - len(rows[y])))
                sh.reread(y)
            at = cell_ref(groups[0][0], sh.nonempty(groups[0][0])[-1])  # (before it is blanked)
            rows[r][width] = "风险点"
            sh._points[r] = True
            said_at = {g: sh.nonempty(g)[-1] for g, _t, _h in groups}  # (before it is blanked)
            for g, text, held in groups:
                if g in unread:
                    self.issues.append(
                        make_issue("POINT_GROUP_ROW_UNREAD", self.rel, self.grid.name,
                                   cell_ref(g, said_at[g]), value=rows[g][said_at[g]].strip(),
                                   count=str(len(held)))
                    )  # fmt: skip
                rows[g][:] = [""] * len(rows[g])
                for y in held or [g]:
                    rows[y][width] = text
                for y in held:  # (a group of no holder keeps its text on its own row, cited there)
                    sh.point_at[y] = (g, said_at[g])
            for y in range(r, x):
                sh.reread(y)  # (read again: the group rows are blanked)
            self.issues.append(
                make_issue("POINTS_AS_GROUP_ROWS", self.rel, self.grid.name,
                           at, value=str(len(groups) - len(unread)))
            )  # fmt: skip

    def _point_group_heading(self, r: int) -> dict[int, Heading | None] | None:
        """Row ``r``'s headings if it heads a list of holders with a level or measures column and
        no point column (``_point_group_rows``), every cell a short heading; else None."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) < 3 or any(len(sh.rows[r][c]) > 12 for c in cols):
            return None
        heads: dict[int, Heading | None] = {}
        for c in cols:
            k = sh.key(r, c)
            h = heading_role(k) if k and k != "\x00" else None
            if h is None or h.strength < 2:
                return None
            heads[c] = h
        roles = {h.role for h in heads.values() if h is not None}
        if roles & {*POINTISH, "risk_type"} or not roles & {"risk_level", "measures"}:
            return None
        if not roles & {"title", "person"}:
            return None
        return heads

    def _group_point(self, r: int, first: int) -> str | None:
        """Row ``r``'s point if it is a group row of a list arranged by risk point: one text of
        a risk's words, alone or after a number ('一', '（二）'), in column ``first`` or before it
        (merged across the others or they blank); not a 科室 ('一、办公室'), a level or a type
        caption, nor a note."""
        sh = self.sh
        cols = sh.nonempty(r)
        if not cols or len(cols) > 2:
            return None
        row = sh.rows[r]
        if len(cols) == 2 and not (
            _POINT_GROUP_NUMBER.match(row[cols[0]]) or _POINT_GROUP_LABEL.match(row[cols[0]])
        ):
            return None
        c = cols[-1]
        if c > max(first, 1):
            return None
        text = NUMBERING.sub("", row[c].strip(), count=1).strip()
        config = self.config
        if (
            (len(text) < 6 and not (len(text) >= 4 and _MISCONDUCT.search(text)))  # ('吃拿卡要')
            or not _is_risk_text(text, config)
            or _NOT_A_POINT_GROUP.match(text)
            or _dept_like(text)
            or caption_level(text, config)
            or caption_holder(text)[1]  # ('二、副局长　某某': a holder's group, no point)
            or field_after_post(text)  # ('一、副局长　安全生产': a post's group, no point)
        ):
            return None
        known, unknown = config.types(text) if len(text) <= 12 else ([], [text])
        return None if known and not unknown else text

    def _group_labelled(self, r: int) -> bool:
        """Row ``r`` is a label numbering a point ('风险点1：') and one text after it."""
        cols = self.sh.nonempty(r)
        return len(cols) == 2 and bool(_POINT_GROUP_LABEL.match(self.sh.rows[r][cols[0]]))

    def _group_text(self, r: int, first: int) -> str | None:
        """Row ``r``'s text if it is shaped as a group row of a list arranged by risk point (a
        Chinese number or '风险点N：' and one text in column ``first`` or before it, or that text
        alone), whatever the text says ('同上', '吃'); else None."""
        sh = self.sh
        cols = sh.nonempty(r)
        if not cols or len(cols) > 2 or cols[-1] > max(first, 1):
            return None
        row = sh.rows[r]
        if len(cols) == 2 and not (
            _POINT_GROUP_NUMBER.match(row[cols[0]]) or _POINT_GROUP_LABEL.match(row[cols[0]])
        ):
            return None
        if len(cols) == 2 and row[cols[0]].strip().isdigit():
            return None  # ('3 | 办公室': a holder row's number and 科室)
        text = NUMBERING.sub("", row[cols[-1]].strip(), count=1).strip()
        if not text or _NOT_A_POINT_GROUP.match(text) or text[-1] in ":：":
            return None
        return text

    def _point_holder_row(
        self, x: int, heads: dict[int, Heading | None], holders: list[int]
    ) -> bool:
        """Row ``x`` under a list arranged by risk point holds a holder: a short value in a
        holder column, nothing outside the heading's columns."""
        sh = self.sh
        row = sh.rows[x]
        cols = sh.nonempty(x)
        said = [row[c] for c in holders if c < len(row) and row[c].strip()]
        if not said or any(len(v) > 16 for v in said) or any(c not in heads for c in cols):
            return False
        if any(_NOT_A_POINT_GROUP.match(row[c]) or row[c].rstrip()[-1] in ":：" for c in cols):
            return False  # ('制表：办公室 | 审核： | 局长（签字）：': the signing line under it)
        # (a heading of the next table, with or without its '风险点': that table's)
        return not sh.names_point(x) and self._point_group_heading(x) is None

    def _type_headed_rows(self, joined: list[str]) -> None:
        """A list's header on one row whose point columns are headed by the risk types alone,
        no '风险点' over them ('科室 | 岗位 | 姓名 | 思想道德风险 | 制度机制风险 | 岗位职责风险 |
        防控措施 | 风险等级'), each row's type cells that type's points (some empty): the type
        columns are read as point columns (``_Sheet.type_headed``), each its type's, as under
        a merged '风险点' band. Two types side by side at least, each another, after a 科室,
        岗位 or 姓名 heading, beside a level or measures heading, every other cell a short
        heading and no risk text named; under the types texts of words ('理想信念动摇'), not a
        tally ('3'), ticks, levels or the dash-and-holder lines of a 科室 × type grid."""
        sh = self.sh
        if sh.type_heads:
            return
        config = self.config
        for r in range(len(sh.rows)):
            row = sh.rows[r]
            text = joined[r]
            if text.count("风险") + text.count("方面") + text.count("类") < 2:
                continue  # (the cheap test: two type headings write '风险' ('方面', '类') twice)
            if sh.names_point(r):
                continue  # (a header naming its points: read as it is)
            if (r and sh.names_point(r - 1)) or (r + 1 < len(sh.rows) and sh.names_point(r + 1)):
                continue  # (the types a band under or over '风险点': a header of two rows)
            cols = sh.nonempty(r)
            # ('岗位' and '岗位（姓名）' read as a type's short name too: a type heading writes
            # four words at least, and no holder's heading)
            # ('一、思想道德风险 | 二、制度机制风险': the types numbered, read as the bare ones)
            bare = {c: NUMBERING.sub("", row[c]).strip() for c in cols}
            typed = [
                c
                for c in cols
                if 4 <= len(bare[c]) <= 8
                and self._one_type(bare[c])
                and not ((h := heading_role(sh.key(r, c))) and h.role in IDENTITY)
            ]
            if len(typed) < 2 or typed != [c for c in cols if typed[0] <= c <= typed[-1]]:
                continue  # (the types side by side, nothing else between them)
            if len({config.types(bare[c])[0][0] for c in typed}) < len(typed):
                continue
            roles = set()
            for c in cols:
                if c in typed:
                    continue
                k = sh.key(r, c)
                h = heading_role(k) if k and k != "\x00" else None
                if h is None or h.strength < 2 or len(row[c]) > 12:
                    break  # (a cell of no heading: a data row, a title)
                if h.role not in IDENTITY or c < typed[0]:
                    roles.add(h.role)  # (a holder's heading after the types: no list's holder)
            else:
                if not roles & set(IDENTITY):
                    continue  # (no holder: a 风险类型 × 等级 grid, a tally of types)
                if roles & {*POINTISH, "risk_type"} or not roles & {"risk_level", "measures"}:
                    continue
                if self._type_cells_hold_points(r, typed, "risk_level" in roles):
                    sh.type_headed(r, typed)  # (and its copies further down, page by page)

    def _link_headed_rows(self, joined: list[str]) -> None:
        """A list's header on one row whose ONLY risk-text column is headed by a workflow word
        naming the risk ('风险环节', '廉政风险环节', '工作环节'), no '风险点' or '风险描述' column, beside a
        level, type or measures heading and a holder's or post's heading ('序号 | 股室 | 岗位 | 姓名 |
        风险环节 | 风险等级 | 防控措施'): that column holds the points (``_Sheet.type_headed``, read as
        '风险点'), said once (info POINTS_IN_LINK_COLUMN). Under it texts of words (four characters
        at least, most of them), not step names ('审批'), levels or ticks; a header with a point
        column besides reads as before."""
        sh = self.sh
        for r in range(len(sh.rows)):
            if "环节" not in joined[r]:
                continue  # (the cheap test: the heading writes '环节')
            row = sh.rows[r]
            if sh.names_point(r) or r in sh.type_heads:
                continue  # (a header naming its points: read as it is)
            if (r and sh.names_point(r - 1)) or (r + 1 < len(sh.rows) and sh.names_point(r + 1)):
                continue  # (a header of two rows with its point heading)
            links, roles = [], set()
            for c in sh.nonempty(r):
                k = sh.key(r, c)
                h = heading_role(k) if k and k != "\x00" else None
                if h is None or h.strength < 2 or len(row[c]) > 12:
                    break  # (a cell of no heading: a data row, a title)
                if h.role == "workflow" and "环节" in row[c]:
                    links.append(c)
                roles.add(h.role)
            else:
                if len(links) != 1 or roles & set(POINTISH):
                    continue
                if not roles & {"risk_level", "risk_type", "measures"}:
                    continue
                if not roles & {*IDENTITY}:
                    continue  # (no holder nor post: a workflow chart's legend)
                if self._link_cells_hold_points(r, links[0]):
                    sh.type_headed(r, links)
                    self.issues.append(
                        make_issue("POINTS_IN_LINK_COLUMN", self.rel, self.grid.name,
                                   cell_ref(r, links[0]), value=row[links[0]].strip())
                    )  # fmt: skip

    def _stage_headed_rows(self, joined: list[str]) -> None:
        """A list's header on one row whose risk texts stand under the work's stages headed by
        their names ALONE, side by side ('事项 | 岗位 | 受理 | 审核 | 审批 | 风险等级', '受理 | 审查 |
        决定 | 送达'), no '风险点', '风险描述' or '…环节' heading, beside a level or measures heading
        and a holder's or post's heading (two short headings of no known word at most, a
        business's: '许可事项'): each stage's column holds that stage's points
        (``_Sheet.type_headed``, read as '风险点'; the stage kept in ``stage_heads``). Under them
        texts of words (most of four characters at least; '—', '/', '无' where a row has no
        such stage), not names, ticks, levels, dates or numbers; a header naming a point column besides
        reads as before. (The cheap tests first: a stage word in the sheet, two cells of one
        alone on the row.)"""
        sh, grid = self.sh, self.grid
        if grid.lacks(*_STAGE_ALONE):
            return  # (the cheap test: a stage word in the sheet)
        # (the cheap test: two cells of a stage word alone on the row, sought in one search)
        text = "\x01" + "\x01".join(joined) + "\x01"
        at = [m.end() - 2 for m in _STAGE_ALONE_CELL.finditer(text)]  # (in the text unbounded)
        if len(at) < 2:
            return
        ends = list(accumulate(len(j) + 1 for j in joined))
        hits = Counter(bisect_right(ends, x) for x in at)
        for r in sorted(r for r, n in hits.items() if n >= 2 and r < len(sh.rows)):
            if sh.names_point(r) or r in sh.type_heads:
                continue  # (a header naming its points: read as it is)
            if (r and sh.names_point(r - 1)) or (r + 1 < len(sh.rows) and sh.names_point(r + 1)):
                continue  # (a header of two rows with its point heading)
            row = sh.rows[r]
            cols = sh.nonempty(r)
            stages: dict[int, str] = {}
            roles: set[str] = set()
            unknown = 0
            for c in cols:
                word = "".join(row[c].split())
                if word in _STAGE_ALONE:
                    stages[c] = word
                    continue
                k = sh.key(r, c)
                h = heading_role(k) if k and k != "\x00" else None
                if h is None and 2 <= len(word) <= 8 and _HAN_WORD.match(word) and unknown < 2:
                    unknown += 1  # ('许可事项', '职权名称' of no known heading: a business's)
                    continue
                if h is None or h.strength < 2 or len(row[c]) > 12:
                    break  # (a cell of no heading: a data row, a title)
                roles.add(h.role)
            else:
                at = list(stages)
                if len(at) < 2 or len(set(stages.values())) < len(at):
                    continue
                if at != [c for c in cols if at[0] <= c <= at[-1]]:
                    continue  # (the stages side by side, nothing else between them)
                if roles & {*POINTISH, "workflow", "description"}:
                    continue
                if not roles & {"risk_level", "measures"}:
                    continue
                if not roles & {*IDENTITY, "duty"}:
                    continue  # (no holder, post nor business: a chart's legend)
                if self._stage_cells_hold_points(r, at):
                    sh.type_headed(r, at)
                    sh.stage_heads[r] = stages

    def _stage_cells_hold_points(self, r: int, cols: list[int]) -> bool:
        """Under header row ``r``'s stage columns (``_stage_headed_rows``) the rows write risks,
        texts of four characters or more for the most part (twice as many as shorter ones: the
        names of who signs), not ticks, levels, dates or numbers; two at least, in two columns."""
        texts = short = 0
        used: set[int] = set()
        for c, v in self._cells_under(r, cols):
            if self._no_point_text(v):
                return False
            if _STAGE_DATE.search(v):
                return False  # ('2025年9月1日', '张三 9.1': when each stage was done)
            if len(v) >= 4:  # ('吃拿卡要', '违规发证': a point of four)
                texts += 1
                used.add(c)
            else:  # ('欧阳澂', '股长': who signs the stage)
                short += 1
        return texts >= 2 and len(used) >= 2 and texts >= 2 * short

    def _cells_under(self, r: int, cols: list[int]):
        """The filled cells of ``cols`` in the 60 rows under header row ``r``, (column, text);
        none saying 'nothing' ('—', '无')."""
        rows = self.sh.rows
        for x in range(r + 1, min(len(rows), r + 61)):
            row = rows[x]
            for c in cols:
                v = row[c].strip() if c < len(row) else ""
                if v and v not in _NOTHING:
                    yield c, v

    def _no_point_text(self, v: str) -> bool:
        """A cell under a header that writes no risk: a tick, a level, a number, no words."""
        return (
            v in _MARK_WORDS or bool(self.config.level(v)) or not HAN_TEXT.search(v) or v.isdigit()
        )

    def _link_cells_hold_points(self, r: int, c: int) -> bool:
        """Under header row ``r``'s workflow column ``c`` (``_link_headed_rows``) the rows write
        risks, texts of four characters or more for the most part, not step names, levels or
        ticks."""
        texts = short = 0
        for _c, v in self._cells_under(r, [c]):
            if self._no_point_text(v):
                return False
            if len(v) >= 8:
                texts += 1
            else:
                short += 1
        return texts > 0 and texts >= 2 * short

    def _type_cells_hold_points(self, r: int, typed: list[int], levelled: bool) -> bool:
        """Under header row ``r``'s type columns (``_type_headed_rows``) the rows write texts
        of words, not numbers, ticks or levels; without a level column none closes with a
        holder after a dash (a 科室 × type grid's lines, ``_dept_type_grid``)."""
        texts = 0
        for _c, v in self._cells_under(r, typed):
            if self._no_point_text(v):
                return False
            if not levelled and "—" in v:
                return False
            texts += len(v) >= 4
        return texts > 0

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
                # ('附：2023年版原清单（已废止，仅供对照）' over it, or over the one above: the
                # repealed old list and the current one, two tables, ``_repealed_caption``)
                and self._repealed_caption(max(since, prev + prev_depth), h)[0] < 0
                and self._repealed_caption(max(0, prev - 4), prev)[0] < 0
                # ('三、调整后岗位风险点（所列岗位原风险点不再保留）' over it: a later list replacing
                # the posts it names, ``_replacing_caption``)
                and self._replacing_caption(max(since, prev + prev_depth), h)[0] < 0
            ):
                self.repeated.update(range(h, h + depth))
                # a title printed again above the repeated header goes with it
                r = h - 1
                while r > prev and sh.kind(r) in ("blank", "title", "page"):
                    cols = sh.nonempty(r)
                    # a caption naming the post or 科室 of the rows below stays: it groups them
                    # ('表1　主任　…' under or over its table: its holder, ``_table_captions``)
                    if not (
                        len(cols) == 1
                        and (
                            self._caption_names(sh.rows[r][cols[0]]) or r in self._table_captions[1]
                        )
                    ):
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
                    named.update(_spaced_post(post) if who else {"title": v}, person=who)
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

    def _bare_heading_holder(self, t: _Table, next_h: int) -> None:
        """A table whose heading row names its holder bare in one cell, no label, no bracket
        ('序号 | 风险点 | 风险等级 | 防控措施 | 总经理　南宫翀湄', '办公室　主任　李明 | 序号 | …',
        or only '李明'), over a column the point rows leave empty: the rows are that holder's.
        One table (or the same holder over each copy of its heading); copies naming different
        holders are ``_holder_headings``'. A cell that reads as a post only ('站长'), a unit or a
        heading word, or a column with anything under it, is no holder (left as read)."""
        if t.holder_rows or t.head_post is not None or t.header is None:
            return  # (read already from the heading's cells or the point's heading)
        if "title" in t.roles or "person" in t.roles:
            return  # the rows name their own holders
        pc = t.roles.get("risk_point")
        if pc is None:
            return
        sh = self.sh
        depth = max(t.start - t.row, 1)
        found: list[tuple[int, str, str]] = []  # (column, text, what it names)
        for c in range(t.first, t.last + 1):
            if t.col_role.get(c, "other") != "other":
                continue
            text = self._header_text(t.row, depth, c).strip()
            if not text or len(text) > 24 or text[-1] in ")）" or ":" in text or "：" in text:
                continue  # (the cheap test: a short cell, no bracket, no label: '填表人：…')
            kind = _holder_value(text)
            if kind == "pair" and _POINT_HOLDER_OVERSEER.match(squeeze(caption_holder(text)[0])):
                continue  # '分管领导　王五': who oversees, not whose the rows are
            if kind == "person" and not _bare_name(squeeze(text)):
                continue  # '时间', '盖章', '武装部': words the name rules let pass alone
            if kind in ("pair", "person"):
                found.append((c, text, kind))
        if len(found) != 1:
            return  # (none, or two cells naming someone: whose is unclear)
        c, text, kind = found[0]
        copies = [t.row] + [
            x for x in range(t.start, next_h) if x in self.repeated and x - 1 not in self.repeated
        ]
        heads = {y for x in copies for y in range(x, x + depth)}
        rows = 0
        for x in copies[1:]:
            if self._header_text(x, depth, c).strip() != text:
                return  # another holder over a later copy: not one table's holder
        for y in range(t.start, next_h):
            row = sh.rows[y]
            if y in heads or pc >= len(row) or not row[pc] or sh.kind(y) not in ("other", "fields"):
                continue  # (a copy of the heading, a blank or a sign-off line: no point row)
            if c < len(row) and row[c].strip():
                return  # the point rows write something there: a column of theirs
            rows += 1
        if not rows:
            return
        if kind == "pair":
            post, who = caption_holder(text)
            named = {**_spaced_post(post), "person": who}
        else:
            named = {"person": text}
        for x in copies:
            t.holder_rows[x] = named
        t.sections = True  # (a list: its rows are the holder's the heading names)
        said = "、".join(_HOLDER_ZH[k] for k in ("department", "title", "person") if named.get(k))
        self.issues.append(
            make_issue("HOLDER_BARE_IN_HEADING", self.rel, self.grid.name,
                       cell_ref(t.row, c), field=said, value=squeeze(text))
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

    def _case_columns_said(
        self,
        h: int,
        depth: int,
        headings: dict[int, Heading | None],
        col_role: dict[int, str],
        labels: dict[int, str],
        rows: list[list[str]],
    ) -> None:
        """A column of the table headed as cases told as stories ('典型案例', '警示案例', '以案说险',
        '风险防控' merged over '防控措施 | 典型案例'), read as none of the row's fields (no point,
        no measures, no part of the measures under a heading across): said once a column, at
        its own heading's cell (CASE_COLUMN_SET_ASIDE), with its first case."""
        sh = self.sh
        for c in sorted(headings):
            if col_role.get(c, "other") != "other":
                continue
            # (its own heading cell, the lowest of the header's written in it: '警示案例' under
            # '防控措施及警示案例' merged across)
            at = next(
                (
                    y
                    for y in range(h + depth - 1, h - 1, -1)
                    if c < len(sh.rows[y]) and sh.rows[y][c]
                ),
                h,
            )
            if not names_a_case(labels.get(c, "")) and not names_a_case(
                sh.rows[at][c] if c < len(sh.rows[at]) else ""
            ):
                continue
            said = next((row[c].strip() for row in rows if c < len(row) and row[c].strip()), "")
            if not said:
                continue  # (an empty column: nothing was set aside)
            self.issues.append(
                make_issue(
                    "CASE_COLUMN_SET_ASIDE",
                    self.rel,
                    self.grid.name,
                    cell_ref(at, c),
                    field=squeeze(sh.rows[at][c]),
                    value=said if len(said) <= 30 else said[:30] + "…",
                )
            )

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
            band = self._level_tick_heads(r, heads) if len(known) >= 2 else []
            if band:
                # '高 | 中 | 低' headed on their own, ticks under them: a level heading each
                # (left unnamed here: ``_classify`` reads them as level marks)
                known.update((c, Heading("risk_level", 2, sh.key(r, c))) for c in band)
                roles.add("risk_level")
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
                    if two := self._guessed_two_rows(r, cols):
                        return two
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
                if two := self._guessed_two_rows(r, cols):
                    return two  # (the level said on the row below, under a heading across)
                continue  # measures alone ('存在问题 | 整改措施'): a rectification ledger, not risks
            point = self._unnamed_text_column(r, heads, known)
            if point is None:
                continue
            heads[point] = Heading("risk_point", 2, sh.key(r, point))
            self._guessed(r, point, r, "risk_point", "表头不是已知的写法,此列是措施左侧最长的文字")
            found = self._same_below(r, cols, heads)
            subs = self._sub_heads_under(r, point)
            if subs:  # '风险评定' merged over '等级 | 备注' on the row below: a header of two rows
                heads.update(subs)
                low = [sh.rows[r + 1][c] for c in subs]
                found = [
                    (r2, 2 if r2 + 1 < len(sh.rows) and [sh.rows[r2 + 1][c] for c in subs] == low
                     else 1, dict(heads))
                    for r2, _d, _h in found
                ]  # fmt: skip
            return self._keep(found)
        return []

    def _sub_heads_under(self, r: int, point: int) -> dict[int, Heading | None]:
        """The sub-headings of a guessed header row ``r`` on the row below, each under a heading
        of row ``r`` merged across ('序号 | 岗位 | 存在问题 | 风险评定' with '风险评定' over
        '等级 | 备注'), the guessed point column ``point`` blank there: each sub-column's heading
        read from both rows ('风险评定等级'), else its own; {} for any other row below (a data
        row: a cell outside such a merge, a long text, a level written, the point filled)."""
        sh = self.sh
        if r + 1 >= len(sh.rows) or not self.grid.merges:
            return {}  # (the cheap test: no merges, no heading merged across)
        spans = [(c0, c1) for _r0, c0, _r1, c1 in sh._merges_from().get(r, ()) if c1 > c0]
        low = sh.rows[r + 1]
        below = sh.nonempty(r + 1)
        if not spans or len(below) < 2 or (point < len(low) and low[point]):
            return {}
        subs: dict[int, Heading | None] = {}
        for c in below:
            span = next(((c0, c1) for c0, c1 in spans if c0 <= c <= c1), None)
            v = low[c].strip()
            if span is None or len(v) > 6 or _INT_CELL.match(v) or self.config.level(v):
                return {}
            h = heading_role(label_key(sh.rows[r][span[0]] + v)) or heading_role(sh.key(r + 1, c))
            subs[c] = h
        if not any(h is not None and h.role != "other" for h in subs.values()):
            return {}  # (no sub-heading a known word of a column's role: left as before)
        return subs

    def _guessed_two_rows(
        self, r: int, cols: list[int]
    ) -> list[tuple[int, int, dict[int, Heading | None]]]:
        """Row ``r`` alone says too little ('序号 | 岗位 | 风险评估 | 防控措施'), but a cell of it
        merged across heads sub-headings on the row below ('风险评估' over '主要问题 | 风险等级'):
        the two rows judged together, each sub-heading in its parent's place, by the one-row
        rules (no level or type among them: a rectification ledger still, no risks). The
        risk text's column is guessed from its contents as there; [] where it is no such
        header."""
        sh = self.sh
        if r + 1 >= len(sh.rows) or not self.grid.merges or r not in sh._merges_from():
            return []  # (the cheap test: nothing merged on the row)
        spans = [(c0, c1) for _r0, c0, _r1, c1 in sh._merges_from()[r] if c1 > c0]
        under = {x for c0, c1 in spans for x in range(c0, c1 + 1)}
        below = sh.nonempty(r + 1)
        if (
            len(below) < 2
            or any(c not in under or len(sh.rows[r + 1][c]) > 16 for c in below)
            or not sh._merged_over_below(r)
        ):
            return []  # (sub-headings only under headings merged across, short ones)
        heads = {c: heading_role(sh.key(r, c)) for c in cols if c not in under}
        heads.update((c, heading_role(sh.key(r + 1, c))) for c in below)
        known = {c: h for c, h in heads.items() if h is not None and h.strength >= 2}
        roles = {h.role for h in known.values()}
        if (
            len(known) < 2
            or len(known) < len(heads) / 2
            or roles & set(POINTISH)  # (a named risk text: the known header's, as before)
            or not roles & {"risk_level", "risk_type"}
        ):
            return []
        point = self._unnamed_text_column(r + 1, heads, known)
        if point is None:
            return []
        heads[point] = Heading("risk_point", 2, sh.key(r + 1, point))
        self._guessed(r + 1, point, r, "risk_point", "表头不是已知的写法,此列是措施左侧最长的文字")
        return self._keep([(r, 2, dict(sorted(heads.items())))])

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
                    or any(h and h.role == "risk_level" and h.strength >= 2 for h in heads.values())
                ):
                    continue  # ('一级风险点 | 二级风险点' beside '风险等级': a hierarchy of points)
                below = [
                    [sh.rows[x][c] for c in levels if c < len(sh.rows[x]) and sh.rows[x][c]]
                    for x in range(r + 1, min(r + 30, len(sh.rows)))
                ]
                texts = [[v for v in cells if _is_risk_text(v, self.config)] for cells in below]
                # '一级风险点 | 二级风险点 | 三级风险点', one filled a row: the headings say the
                # cells are points, each at its column's level
                one_a_row = all(_POINT_TIER_HEAD.search(sh.key(r, c)) for c in levels) and (
                    len({c for x in range(r + 1, min(r + 30, len(sh.rows))) for c in levels
                         if c < len(sh.rows[x]) and sh.rows[x][c]}) >= 2
                )  # fmt: skip
                if sum(map(len, texts)) < 2 or not (
                    one_a_row
                    or any(len(got) >= 2 or any(_ITEM_LINE.match(v) for v in got) for got in texts)
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

    @staticmethod
    def _duty_tiers(
        roles: dict[str, int], col_role: dict[int, str], labels: dict[int, str]
    ) -> list[int]:
        """'一级风险点 | 二级风险点 | 三级风险点' beside '风险等级' (``columns._resolve_point``):
        the duty's column, headed as a tier, and the tiers left of the point after it (the ones
        not kept), top-down; else none."""
        duty, pc = roles.get("duty"), roles.get("risk_point")
        if duty is None or pc is None or duty > pc or "risk_level" not in roles:
            return []
        tiers = [
            c
            for c in range(duty, pc)
            if (c == duty or col_role.get(c) == "other")
            and _POINT_TIER_HEAD.search("".join(labels.get(c, "").split()))
        ]
        return tiers if tiers and tiers[0] == duty else []

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
        if any(label_key(v) in _ROSTER_NAMES for v in sh.rows[rows[0]]):
            return []  # a roster's heading first ('序号 | 姓 名 | 性别 | 职务 | 职级'): its own
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
        found = [(r, 1 + self._level_band_under(r, heads), heads)]
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
                found.append((r2, 1 + self._level_band_under(r2, heads), dict(heads)))
        return found

    def _level_tick_heads(self, r: int, heads: dict[int, Heading | None]) -> list[int]:
        """The columns of row ``r`` headed each by a level word alone, side by side ('高 | 中 |
        低', '一级 | 二级 | 三级'), no parent heading over them, and holding only marks in the
        rows below, one a row and some ticked: a level band (the row's level the ticked
        column's word). A '高' column holding text is no band; [] where there is none."""
        sh = self.sh
        row = sh.rows[r]
        cols = [c for c, x in heads.items() if x is None and self._one_level(row[c])]
        if len(cols) < 2 or cols[-1] - cols[0] != len(cols) - 1:
            return []  # (the cheap test: two level words side by side)
        if len({self.config.level(row[c]) for c in cols}) != len(cols):
            return []
        below = self._data_below(r)
        marked = False
        for data in below:
            vals = [data[c].strip() for c in cols if c < len(data) and data[c].strip()]
            if any(len(v) > 2 or HAN_TEXT.search(v) for v in vals) or len(vals) > 1:
                return []  # (text under '高', or a row ticked twice: no level band)
            marked = marked or any(map(_ticked, vals))
        return cols if marked else []

    def _level_band_under(self, r: int, heads: dict[int, Heading | None]) -> bool:
        """Row ``r + 1`` under a guessed header is its level band: level words only ('一级 |
        二级 | 三级', '高 | 中 | 低'), all under a level heading of row ``r`` merged across them
        ('风险等级' over them, each row ticking one), the rest of the row blank. Such a row is
        the header's second row, read as the known headers' band is (the ticks the level)."""
        sh = self.sh
        if r + 1 >= len(sh.rows) or not self.grid.merges:
            return False  # (the cheap test: no merge, no band)
        below = sh.nonempty(r + 1)
        if len(below) < 2 or any(len(sh.rows[r + 1][c]) > 6 for c in below):
            return False
        spans = [
            (c0, c1)
            for _r0, c0, _r1, c1 in sh._merges_from().get(r, ())
            if c1 > c0
            and (hd := heads.get(c0)) is not None
            and hd.role == "risk_level"
            and any(c0 <= c <= c1 for c in below)
        ]
        if len(spans) != 1:
            return False
        c0, c1 = spans[0]
        words = [sh.rows[r + 1][c] for c in below]
        levels = [self.config.level(v) for v in words]
        return all(c0 <= c <= c1 for c in below) and all(levels) and len(set(levels)) == len(levels)

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

    def _risk_event_point(self, roles, col_role, labels, at: int) -> None:
        """A 风险识别 register's three cells ('风险源 | 风险事件 | 风险后果', '致险因素 | 风险情形 |
        危害后果'): the event is the point, its source the description, the consequence no field
        of ours (columns.py decides so from the heading words); one info names the columns. Only
        where the point is headed as such an event and a source or consequence stands beside it
        ('风险点 | 风险源' is an ordinary list, said nothing of)."""
        point = roles.get("risk_point")
        if point is None or not RISK_EVENT.search(label_key(labels.get(point, ""))):
            return
        source = [c for c, r in col_role.items() if r == "description"
                  and RISK_SOURCE.search(label_key(labels.get(c, "")))]  # fmt: skip
        harm = [c for c, r in col_role.items() if r == "other"
                and RISK_HARM.search(label_key(labels.get(c, "")))]  # fmt: skip
        if not source and not harm:
            return
        row = self.sh.rows[at]

        def name(c: int) -> str:  # the sub-heading under a merged '风险识别', else the label
            return (row[c] if c < len(row) and row[c].strip() else labels.get(c, "")).strip()

        beside = "、".join(f"“{name(c)}”" for c in sorted(source + harm))
        self.issues.append(
            make_issue(
                "POINT_BY_RISK_EVENT",
                self.rel,
                self.grid.name,
                cell_ref(at, point),
                value=name(point),
                other=beside,
            )  # fmt: skip
        )

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

    def _hidden_columns(self, h, depth, headings, labels, rows, roles, col_role, guesses):
        """A column hidden in Excel (隐藏列) is no part of the table anyone sees. Where a shown
        column is headed for the same field ('风险等级 | 风险等级', last year's grades kept out
        of sight beside the re-graded ones; '风险类型' hidden beside '风险类别') and holds
        values, the shown one is the field and the hidden one is set aside, whatever the
        position or contents had decided; a hidden column that alone holds its field is read as
        before. Either way one info names the hidden column. Returns the guesses left."""
        shut = self.grid.hidden_columns
        at = max(h, h + depth - 1)

        def key(c: int) -> str:
            return label_key(labels.get(c, ""))

        def field(c: int) -> str:  # the field its heading names ('' where it names none)
            x = headings.get(c)
            return x.role if x is not None and x.strength >= 2 and x.role != "other" else ""

        def filled(c: int) -> int:
            return sum(1 for r in rows if c < len(r) and r[c].strip())

        for c in sorted(shut.intersection(col_role)):
            role = field(c) or (col_role[c] if col_role[c] != "other" else "")
            if not role:
                continue  # (a hidden '备注' or helper column: no field read from it, nothing said)

            def same(x: int, role: str = role) -> bool:  # (a shown column of the same field)
                return field(x) == role or (not field(x) and col_role[x] == role)

            # a copy under other words only where a row holds one value of the field (a level,
            # a type: '原定等级' beside '风险级别'); elsewhere the same heading ('姓名 | 姓名'):
            # '岗位' hidden beside a shown '职务' (a rank, '科员') is no copy of it (review 129d)
            rivals = [
                x
                for x in sorted(col_role)
                if x not in shut
                and filled(x)
                and role not in ("measures", "department")
                and (
                    (role in ("risk_level", "risk_type") and same(x))
                    or (key(c) and key(x) == key(c))
                )
            ]  # (measures, 科室: read from several columns at once, '防控措施 | 监督措施',
            # '部门 | 科室': a hidden one is read with the shown ones, as before)
            if not rivals and any(x not in shut and filled(x) and same(x) for x in col_role):
                continue  # (not alone in its field: read beside the shown one, as before)
            if rivals:
                won = roles[role] if roles.get(role) in rivals else rivals[0]
                if (
                    roles.get(role) != won
                ):  # the hidden one (or none) held it: the shown one takes it
                    for other, x in list(roles.items()):  # (the shown one's former field)
                        if x == won:
                            del roles[other]
                    roles[role], col_role[won] = won, role
                for other, x in list(roles.items()):
                    if x == c:
                        del roles[other]
                col_role[c] = "other"
                guesses = [g for g in guesses if g.col not in (c, won)]
                self.issues.append(
                    make_issue("COLUMN_HIDDEN_SET_ASIDE", self.rel, self.grid.name,
                               cell_ref(at, c), field=role_zh(role),
                               value=labels.get(c, "").replace("\n", ""),
                               shown=col_letter(won))
                )  # fmt: skip
            elif col_role[c] not in ("other", "seq") and filled(c):
                # (a hidden 序号 read is no value anyone sends: nothing said; review 129d)
                self.issues.append(
                    make_issue("COLUMN_HIDDEN_READ", self.rel, self.grid.name, cell_ref(at, c),
                               field=role_zh(col_role[c]),
                               value=labels.get(c, "").replace("\n", ""))
                )  # fmt: skip
        return guesses

    def _author_holder_column(
        self, h: int, depth: int, roles, col_role, labels, rows
    ) -> int | None:
        """An online collection sheet exported ('所在股室 | 岗位 | 风险点 | … | 创建人 | 创建时间 |
        最后修改人 | 最后修改时间'), no 姓名 column: each row's holder is who made it, the column
        headed as its author ('创建人', '提交者', '填报人（系统）'; under a band '系统记录' its own
        word) whose cells are names. Needs the tool's record beside it (another '…时间' or
        '…修改人' column): a bare '填报人' column of an ordinary list is left as before, and so is
        one naming a 科室's liaison who typed in the rows of several of its posts.
        '最后修改人' names whoever tidied the row (the 办公室's clerk): never the holder, though
        its names alone guessed it so ('最后编辑人', a heading no one knows): the author takes it."""
        sh = self.sh

        def own(c: int) -> str:  # the column's lowest heading (a band above it no part)
            for r in range(h + depth - 1, h - 1, -1):
                if c < len(sh.rows[r]) and sh.rows[r][c].strip():
                    return squeeze(sh.rows[r][c])
            return squeeze(labels.get(c, ""))

        held = roles.get("person")
        if held is not None and not _ROW_EDITOR_HEAD.match(own(held)):
            return None  # (a holder column of its own: the author left unread, as before)
        found = [
            c
            for c, k in labels.items()
            if ("人" in k or "者" in k)
            and col_role.get(c) in (None, "other")
            and _ROW_AUTHOR_HEAD.match(own(c))
        ]
        if len(found) != 1:
            return None  # (the cheap test: one author heading)
        c = found[0]
        if not any(_ROW_RECORD_HEAD.match(own(x)) for x in labels if x != c):
            return None
        said = [r_[c].strip() for r_ in rows if c < len(r_) and r_[c].strip()]
        if len(said) < 2 or sum(map(looks_like_name, said)) < 0.8 * len(said):
            return None  # ('办公室', '系统管理员': no person's names)
        # a 科室's liaison keying all its posts' rows in ('综合窗口科 | 科长 … 出件员' each '录入人
        # 禄溪言' of a system's export): who typed them, no holder (one holding two posts of two
        # 科室 is still his own)
        d, t = roles.get("department"), roles.get("title")
        if t is not None:
            posts: dict[tuple[str, str], set[str]] = {}
            for r_ in rows:
                who = r_[c].strip() if c < len(r_) else ""
                dept = r_[d].strip() if d is not None and d < len(r_) else ""
                post = r_[t].strip() if t < len(r_) else ""
                if who and post:
                    posts.setdefault((who, dept), set()).add(post)
            if any(len(p) > 1 for p in posts.values()):
                return None
        return c

    def _names_unread(self, hs: int, col_role, profiles, labels, marked) -> None:
        """No column holds the holder, yet one of personal names is read as nothing ('排查人 |
        帅某某、邗某某' of the inspectors, or a heading no one knows): say so, else the names are
        lost without a word and the forms come out as posts only."""
        for c, role in col_role.items():
            p = profiles.get(c)
            if role != "other" or c in marked or p is None or p.n < 2 or p.name < 0.8:
                continue
            self.issues.append(
                make_issue(
                    "COLUMN_NAMES_UNREAD",
                    self.rel,
                    self.grid.name,
                    cell_ref(hs, c),
                    value=labels.get(c, "").replace("\n", ""),
                )
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

    @staticmethod
    def _project_parties(subs: list[str]) -> list[tuple[str, str]] | None:
        """Each sub-heading a party of a project ('建设单位（XX所）', '施工单位', '监理单位'):
        (its kind, the name in its brackets); None unless all are and two kinds at least."""
        got = []
        for v in subs:
            m = _PROJECT_PARTY.match(squeeze(v))
            if m is None:
                return None
            got.append((m.group(1), m.group(2) or ""))
        return got if len({k for k, _ in got}) >= 2 else None

    def _own_party(self, h: int, parties: list[tuple[str, str]]) -> int | None:
        """Which party is the unit's own: the one whose brackets name it (as the title or the
        填报单位 line above the table does, or '本单位'), else the lone 建设单位 (业主, 项目法人)
        with no other body in its brackets when the lines above name no firm; else None."""
        lines = [squeeze(v) for r in range(max(0, h - 6), h) for v in self.sh.rows[r] if v]
        above = "".join(lines)
        # (the unit the title or 填报单位 line names, for a bracket shortening it: '临县公路管理所'
        # of '临县农村公路管理所', '城庄镇政府' of '临县城庄镇人民政府' — review 123)
        units = [u for v in lines if (u := _unit_in_title(v))]
        named = [
            i
            for i, (_k, who) in enumerate(parties)
            if who
            and (
                who in _SELF_PARTY
                or (len(who) >= 3 and who in above)
                or (
                    len(who) >= 3
                    and not _FIRM.search(who)
                    and any(_shortened(who, u) for u in units)
                )
            )
        ]
        if len(named) == 1:
            return named[0]
        if named:
            return None
        owners = [i for i, (k, _w) in enumerate(parties) if _OWNER_PARTY.fullmatch(k)]
        who = parties[owners[0]][1] if len(owners) == 1 else ""
        if (
            len(owners) == 1
            # (bare, or its bracket a body of the unit's kind the title names, no firm: '建设单位
            # （县公路所）' in 临县农村公路管理所's table, no other bracket naming the unit)
            and (not who or (not _FIRM.search(who) and any(who[-1] == u[-1] for u in units)))
            and above
            and not _FIRM.search(above)
        ):
            return owners[0]
        return None

    @staticmethod
    def _party_bodies(rows: list[list[str]], sub: range) -> bool:
        """The cells of a project's party columns name bodies, no people: a firm or a unit
        ('山西路桥集团', '临县农村公路管理所'), '/' or nothing; one at least a body."""
        seen = False
        for row in rows:
            for x in sub:
                v = squeeze(row[x]) if x < len(row) else ""
                if not v or v in ("/", "／", "—", "-", "无"):
                    continue
                if looks_like_name(v) or is_post(v) or "\n" in (row[x] or "") or len(v) < 4:
                    return False
                if not (_FIRM.search(v) or _unit_in_title(v) or _dept_like(v)):
                    return False
                seen = True
        return seen

    def _parties_said(self, hs: int, c: int, sub: range, subs: list[str], own: int | None) -> None:
        heads = ["“" + squeeze(v) + "”" for v in subs]
        band = squeeze(self.sh.rows[hs][c])
        if own is None:
            self.issues.append(
                make_issue("PARTY_COLUMNS_UNTOLD", self.rel, self.grid.name, cell_ref(hs, c),
                           field=band, value="、".join(heads))
            )  # fmt: skip
            return
        aside = "、".join(v for i, v in enumerate(heads) if i != own) or "无"
        self.issues.append(
            make_issue("HOLDER_OWN_PARTY_COLUMN", self.rel, self.grid.name,
                       cell_ref(hs + 1, sub[own]), field=band, value=heads[own], aside=aside)
        )  # fmt: skip

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
        if not down or any(len(sh.rows[up][c]) > 16 for c in cols):
            return r, depth, heads
        if len(down) < 2 and not all(c in down or merged.get((up, c + 1)) == (up, c) for c in cols):
            # one cell merged down ('序号') is the header's first row only beside bands merged
            # across the columns below ('岗位信息' over 科室 | 岗位 | 姓名, '廉政风险' over …)
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
        and whose cells go on that row's measures: a sentence each, in at least two rows of the
        first such column, one at least beside a written measures cell (a 备注's '已整改', a date,
        a name is no measure); a '/' there says nothing, and a row whose measures cell is blank
        may go on with its measures there (the first of several measure columns left blank)."""
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
            # ('/' under it: no measure of that row, no sign either way; a row whose measures
            # cell is blank and a sentence on: the rest of its measures, the first cell unused)
            said = [(m, v) for m, v in said if v not in _NO_MEASURE_MARKS]
            if len(said) < (1 if out else 2) or not any(m for m, _v in said) or not all(
                (not m or self.config.level(m) is None)  # (a level word: the row moved right)
                and len(v) >= 4 and v[-1:] in "。；;.）)" and not _is_date(v)
                and not looks_like_name(v) and self.config.level(v) is None
                and not _NOT_A_MEASURE.match(v)
                for m, v in said
            ) or (not out and 2 * sum(bool(_MEASURE_WORD.search(v)) for _m, v in said) < len(said)):  # fmt: skip
                break  # ('已落实。', '注：1.…', '本人已知晓。': a status, a note, a signature)
            out.append(c)
            c += 1
        return out

    def _unheaded_holders(
        self,
        h: int,
        depth: int,
        last: int,
        roles: dict[str, int],
        labels: dict[int, str],
        rows: list[list[str]],
    ) -> tuple[int, list[int]] | None:
        """'… | 防控措施 | 责任人' and a point two or three share, its further holders typed on, one a
        cell, into the columns right of the table ('注：…由多人承担的，在“责任人”栏右侧空白格内依次
        填写'): the holder column (the last headed one, or the last before a '备注') and the
        unheaded columns right of the table whose cells are all holders written as its own are
        ('中队长　某某' under a post-and-name column, a bare name under a name column), each typed
        on after the cell before it in the same row. Returns (the holder column, those columns),
        else None. A 备注's '已整改', a date, a roster past a blank column or below the rows, a
        holder column not the last, the same person on every row or a '分管副局长 某某' (a
        supervising leader typed beside the table, no co-holder): none (CELL_OUTSIDE as before)."""
        sh = self.sh
        if not any(last + 1 < len(row) and row[last + 1].strip() for row in rows):
            return None  # (the cheap test: nothing right of the table)
        held = {roles.get("title"), roles.get("person")} - {None}
        hc = last if last in held else None
        if (
            hc is None
            and last - 1 in held
            and _REMARKS_HEAD.fullmatch(label_key(labels.get(last, "")))
        ):
            hc = last - 1  # ('责任人 | 备注': the holders typed on past the 备注)
        if hc is None:
            return None

        def form(v: str) -> str:  # 'pair' ('中队长　某某'), 'name' ('某某'), else ''
            post, name = _post_holder(v)
            if name and is_post(post):
                return "pair"
            return "name" if looks_like_name(v) else ""

        own = [form(v) for row in rows if hc < len(row) and (v := row[hc].strip())]
        kind = max(("pair", "name"), key=own.count) if own else ""
        if not kind or 2 * own.count(kind) <= len(own):
            return None  # (the holder column's own cells not of one holder's form)

        def typed_on(v: str) -> bool:  # a co-holder in the holder column's form
            if kind == "name" and surname_and_one(v):
                return True  # ('李理' typed on beside names: a surname and one)
            if form(v) != kind:
                return False
            return kind != "pair" or not _CO_HOLDER_OVERSEER.search(_post_holder(v)[0])

        out: list[int] = []
        prev, c = hc, last + 1
        while True:
            if any(
                (c < len(sh.rows[r]) and sh.rows[r][c].strip()) or (r, c) in self.grid.merged_into
                for r in range(h, h + depth)
            ):
                break  # a heading of its own (or one merged across): another column
            said, seen, blank = 0, set(), False
            for row in rows:
                v = row[c].strip() if c < len(row) else ""
                if not v:
                    blank = True
                    continue
                if not (row[prev].strip() if prev < len(row) else "") or not typed_on(v):
                    said = 0  # ('已整改', '2025.6', a cell after a blank one: not typed on)
                    break
                said += 1
                seen.add("".join(v.split()))
            if not said or (said > 1 and len(seen) == 1 and not blank):
                break  # (none; or one person on every row, a supervising leader: no co-holder)
            out.append(c)
            prev, c = c, c + 1
        return (hc, out) if out else None

    def _unheaded_pairs(
        self, h: int, depth: int, last: int, rows: list[list[str]], across: list[dict[str, int]]
    ) -> list[dict[str, int]]:
        """'廉政风险点（一） | 风险等级 | 廉政风险点（二） | 风险等级' and a person with more points
        typing them on past the heading, a pair at a time ('注：…在右侧空白列依次续填…'): the two
        columns right of the last headed pair (``last``, its level) that no heading names, whose
        point cells are text typed on after the pair before it in the same row and whose level
        cells are a level word or blank (one level word at least in the first such pair), are one
        more pair; returns them, as ``across`` holds the headed ones. A comment, a name or a date
        right of the table is no such pair (CELL_OUTSIDE as before)."""
        if across[-1].get("risk_level") != last or any(
            len(g) != 2 or g.get("risk_level") != g.get("risk_point", -9) + 1 for g in across
        ):
            return []  # (the cheap test: a table ending in bare point | level pairs)
        sh, merged, level = self.sh, self.grid.merged_into, self.config.level
        out: list[dict[str, int]] = []
        prev, c = across[-1]["risk_point"], last + 1
        while True:
            if any(
                (x < len(sh.rows[r]) and sh.rows[r][x].strip()) or (r, x) in merged
                for r in range(h, h + depth)
                for x in (c, c + 1)
            ):
                break  # a heading of its own (or one merged across): another column
            said = levelled = 0
            for row in rows:
                p = row[c].strip() if c < len(row) else ""
                lv = row[c + 1].strip() if c + 1 < len(row) else ""
                if not p and not lv:
                    continue
                before = row[prev].strip() if prev < len(row) else ""
                if (
                    not p
                    or not before
                    or label_key(before) in _NOTHING
                    or (lv and level(lv) is None)
                    or len(p) < 4
                    or level(p) is not None
                    or looks_like_name(p)
                    or _is_date(p)
                    or _PAIRS_TAIL_WORD.match(p)
                ):
                    said = 0  # ('已整改 | 2025.6', a level alone, a note: not a pair typed on)
                    break
                said += 1
                levelled += bool(lv)
            if not said or (not out and not levelled):
                break
            out.append({"risk_point": c, "risk_level": c + 1})
            prev, c = c, c + 2
        return out

    @staticmethod
    def _scope_tagged_holders(roles, col_role, headings, labels, rows) -> tuple[int, int] | None:
        """A holder column ('责任人') whose cells name a post's holders one a line, each after the
        scope he covers ('小学　綦某某⏎初中　邰某某'; a plain name where one holds it all), and a
        column of the rows' scopes ('学段 | 小学、初中'): the holder column stays THE person
        column (its lines are no 'post name' lines, the 岗位 column beside it the post), each
        row's point the holder(s) its scope cell names (``_holders_by_scope_tag``). Returns
        (holder column, scope column), else None. Only where a cell has two tagged lines and the
        scope column (headed as a scope, or its cells those tags) names the tags; 'post name'
        lines with no such column, several plain names, a scope column alone: as read before."""
        for c, h in headings.items():
            if h is None or h.role != "person" or h.strength < 2:
                continue
            cells = [v for row in rows if c < len(row) and (v := row[c].strip())]
            tagged = [got for v in cells if (got := scope_tag_lines(v))]
            if not any(len({t for t, _n in got}) >= 2 for got in tagged) and (
                len(tagged) < 2 or len({got[0][0] for got in tagged}) < 2
            ):
                continue  # (the cheap test: no cell of two tagged lines, nor two cells of a tag each)
            if any(
                not scope_tag_lines(v) and not all(map(looks_like_name, v.split())) for v in cells
            ):
                continue  # (a cell of other words: not this shape)
            tags = {t for got in tagged for t, _n in got}
            for s in sorted(labels):
                was = col_role.get(s, "other")
                if s == c or not (
                    was == "other" or (was == "department" and scope_kind_head(labels.get(s, "")))
                ):
                    continue  # ('片区 | 东片' read as the 科室: the scope of the rows all the same)
                said = [v for row in rows if s < len(row) and (v := row[s].strip())]
                parts = [scope_parts(v, tags) for v in said]
                if not said or any(len(x) > 8 for ps, _all in parts for x in ps):
                    continue  # (texts, not tags)
                hits = [ps for ps, every in parts if every or tags & set(ps)]
                named = tags & {x for ps, _all in parts for x in ps}
                if len(hits) * 2 < len(said) or not named:
                    continue
                if not scope_kind_head(labels.get(s, "")) and len(named) < 2:
                    continue  # (neither headed as a scope nor naming the tags)
                for other in [k for k, v in roles.items() if v == c]:
                    del roles[other]
                if roles.get("person") not in (None, c):
                    col_role[roles["person"]] = "other"
                roles["person"], col_role[c] = c, "person"
                if was != "other":
                    if roles.get(was) == s:
                        del roles[was]
                    col_role[s] = "other"
                return c, s
        return None

    @staticmethod
    def _name_halves(roles, col_role, labels) -> int | None:
        """'责任人' (or '姓名') merged over '姓 | 名', or '姓氏 | 名字' headed on their own: the
        holder's surname in one cell and his given name in the next ('芈 | 翾珥'), one name read
        across two columns. The 名 column becomes THE person column; returns the 姓 column (else
        None). Only the two sub-headings side by side under the same (or no) holder heading: a
        '姓名 | 性别' pair or a '名称' beside the '姓名' is no such pair. The given name may come
        first ('名 | 姓', '名字 | 姓氏': '沐辰 | 阙'), the name still read surname first."""
        for c, lab in labels.items():
            if "姓" not in lab:
                continue  # (the cheap test first: most headings have no 姓 at all)
            key = label_key(lab)
            if not key.endswith("姓") and not key.endswith("姓氏"):
                continue
            cut = 1 if key.endswith("姓") else 2
            over = key[:-cut]
            names = (over + "名", over + "名字")
            if label_key(labels.get(c + 1, "")) in names:
                given = c + 1
            elif c - 1 in labels and label_key(labels[c - 1]) in names:
                given = c - 1  # ('名 | 姓': the given name written first)
            else:
                continue
            if over and not ((x := heading_role(over)) and x.role == "person"):
                continue  # ('项目 | 姓 …': only a holder's heading over the two halves)
            if roles.get("person", given) not in (c, given):
                return None  # a name column of its own elsewhere: not the holder's halves
            for other in [k for k, v in roles.items() if v in (c, given)]:
                del roles[other]
            roles["person"] = given
            col_role[c] = col_role[given] = "person"
            return c
        return None

    @staticmethod
    def _firm_column(roles, col_role, headings, labels, rows: list[list[str]]) -> int | None:
        """A project list's lone '施工单位' ('中标单位', '承建单位', '供应商') beside a 姓名/责任人
        column, its cells firms ('山西路桥集团有限公司', '晋茂商贸有限公司', 'XX办公用品店'): the
        party the row's work was let to, data of the row, never the holder's 科室 (the column's
        role is dropped). A column headed as the holder's own ('单位', '所在单位', '下属单位')
        is read as before, firms or not (a 国资委's list of its companies)."""
        if "person" not in roles and "title" not in roles:
            return None
        for role in ("unit", "department"):
            c = roles.get(role)
            h = headings.get(c) if c is not None else None
            if c is None or (h is not None and h.strength >= SURE and h.role == role):
                continue
            if not _LET_TO.search("".join(labels.get(c, "").split())):
                continue  # (the cheap test: the heading names a party the work was let to)
            said = [squeeze(row[c]) for row in rows if c < len(row) and row[c].strip()]
            said = [v for v in said if v not in ("/", "／", "—", "-", "无")]
            if len(said) < 2 or sum(bool(_FIRM_CELL.search(v)) for v in said) < 0.8 * len(said):
                continue
            col_role[c] = "other"
            del roles[role]
            return c
        return None

    def _vocabulary_word(self, v: str) -> bool:
        """A cell of a short vocabulary, no risk's text: a mark of weight ('主要', '次要'), a tick
        or a word of marking ('√', '是'), a level ('高', '★★') or a type ('制度机制')."""
        return len(v) <= 6 and (
            v in _POINT_WEIGHTS
            or v in _MARK_WORDS
            or not HAN_TEXT.search(v)
            or self.config.level(v) is not None
            or self.config.type_only(v)
        )

    def _point_band_marks(
        self, h: int, depth: int, headings: dict[int, Heading | None], sample: list[int]
    ) -> dict[int, Heading | None]:
        """'风险点' merged over '内容 | 主次' (or '名称 | 等级', '描述 | 类型'): each sub column took
        the point's heading from the band; the one whose cells are a short vocabulary ('主要',
        '次要', '高') is a mark, a type or a level, never the point, when a sibling under the same
        band holds long texts ('企业登记材料审核不严…') — it keeps its own heading's role, if any."""
        sh, merged = self.sh, self.grid.merged_into
        banded: dict[int, list[int]] = {}
        for c, x in headings.items():
            if x is None or x.role not in POINTISH:
                continue  # (the cheap test)
            r0, c0 = merged.get((h, c), (h, c))  # (the band's own cell is its origin)
            if r0 == h:
                banded.setdefault(c0, []).append(c)
        out = headings
        for cols in banded.values():
            if len(cols) < 2:
                continue

            def cells(c: int) -> list[str]:
                return [
                    v for r in sample if (v := sh.rows[r][c].strip() if c < len(sh.rows[r]) else "")
                ]

            said = {c: cells(c) for c in cols}
            long = [c for c in cols if said[c] and sum(map(len, said[c])) >= 8 * len(said[c])]
            if not long:
                continue
            for c in cols:
                vals = said[c]
                if c in long or not vals or not all(map(self._vocabulary_word, set(vals))):
                    continue
                sub = "".join(sh.rows[r][c] for r in range(h + 1, h + depth) if c < len(sh.rows[r]))
                own = heading_role(key) if (key := label_key(sub)) else None
                if own is None or own.role in POINTISH:
                    own = Heading("other", SURE, key)  # '主次': a mark, read beside the point
                out = dict(out) if out is headings else out
                out[c] = own
        return out

    @staticmethod
    def _control_attribute(sub: str, x: int, rows: list[list[str]]) -> bool:
        """A sub-heading under a merged band naming an attribute of the control, not its
        text ('控制方式', '控制频率' under 控制活动), its cells short words ('人工控制', '每笔',
        '预防性控制'): left out of the measures, as 控制类型 is no risk type."""
        if not sub or not _CONTROL_ATTRIBUTE_HEAD.search(squeeze(sub)):
            return False
        cells = [squeeze(row[x]) for row in rows if x < len(row) and row[x].strip()]
        return all(len(v) <= 6 and not v.endswith(("。", "；", ";")) for v in cells)

    @staticmethod
    def _block_names(
        subs: list[str], rows: list[list[str]], sub: range, roles: dict[str, int], depth: int
    ) -> int:
        """The columns ``sub`` under a point heading merged across, holders named block by block:
        a names row ('股长　某某 | 科员　某某 | (blank)', every filled cell 'post　name', the 序号,
        level and measures blank) opening the table — glued to the heading as its sub-headings
        (``subs``, depth 2) or its first row (depth 1) — and at least one more below naming
        OTHER holders in the same columns (the next 股室 block's): how many blocks (0 when not
        so). The posts fixed in the heading ('所长 | 法制员'), or the same names row again (a
        heading repeated page by page), are not this."""
        quiet = [
            roles[k]
            for k in ("seq", "risk_level", "measures")
            if k in roles and roles[k] not in sub
        ]
        if depth == 2:
            if not _block_names_row(subs, range(len(subs)), ()):
                return 0  # (the cheap test first)
            named = [[squeeze(v) for v in subs]]
        elif rows and _block_names_row(rows[0], sub, quiet):
            named = []
        else:
            return 0
        for row in rows:
            if _block_names_row(row, sub, quiet):
                cells = [squeeze(row[x]) if x < len(row) else "" for x in sub]
                if not named or cells != named[-1]:
                    named.append(cells)
        return len(named) if len(named) > 1 else 0

    def _staggered_points(
        self,
        h: int,
        depth: int,
        roles: dict[str, int],
        extra: dict[str, list[int]],
        rows: list[list[str]],
    ) -> list[str]:
        """'廉政风险点' merged across two to four columns with no sub-headings, and each row's
        point typed in ONE of them, staggered (at least two rows' only in a later column): the
        level each column gives by a note (``_column_levels``), '' each where no note says; []
        where not so ('风险点' over '内容 | 主次', a point merged across its row's cells, the
        rows' texts in two columns at once: as before)."""
        pc, more = roles["risk_point"], extra["risk_point"]
        cols = [pc, *more]
        if not 2 <= len(cols) <= 4 or more != list(range(pc + 1, pc + len(cols))):
            return []
        sh, merged = self.sh, self.grid.merged_into
        head = next((r for r in range(h, h + depth) if pc < len(sh.rows[r]) and sh.rows[r][pc]), h)
        for x in more:  # (the heading merged across them, and nothing under it)
            if merged.get((head, x)) != (head, pc):
                return []
        for r in range(head, h + depth):
            if any(x < len(sh.rows[r]) and sh.rows[r][x] for x in (more if r == head else cols)):
                return []
        filled = singles = later = 0
        used: set[int] = set()
        for row in rows:
            got = [
                x
                for x in cols
                if x < len(row) and (v := row[x].strip()) and v not in _NOTHING and v not in _DITTO
            ]
            if got:
                if "risk_level" in roles and not any(
                    v.strip() for x, v in enumerate(row) if x not in cols
                ):
                    return []  # (beside a 风险等级 column, a row of the point's text alone: a
                    # 表现 running on under its point, not a staggered row)
                filled += 1
                used.update(got)
                if len(got) == 1:
                    singles += 1
                    later += got[0] != pc
        if later < 2 or len(used) < 2 or singles * 3 < filled * 2:  # (most rows: one)
            return []
        # (the note under the table, else the heading's own gloss: '廉政风险点（左起依次为高、中、
        # 低风险）')
        return (
            _column_levels(self._legend, len(cols), self.config.level)
            or _column_levels(sh.rows[head][pc], len(cols), self.config.level)
            or [""] * len(cols)
        )

    def _side_points(
        self,
        h: int,
        depth: int,
        roles: dict[str, int],
        extra: dict[str, list[int]],
        rows: list[list[str]],
    ) -> int:
        """'廉政风险点' merged across two to four columns with no sub-headings, and each row's
        points typed SIDE BY SIDE, one whole point a cell, from the left ('锡绣基地资金安排个人说了算
        | 展演承办单位指定' on some rows, the left cell alone on others, never a later cell alone):
        the number of rows holding two points or more (each cell then read as a point of its own,
        at the row's level); 0 where not so — a text running on from one cell into the next
        ('…报账打招呼、 | 放行'), a short name beside its description ('公务接待 | 公务接待超标准'),
        a later cell alone on a row (staggered, ``_staggered_points``), '内容 | 主次' words."""
        pc, more = roles["risk_point"], extra["risk_point"]
        cols = [pc, *more]
        if not 2 <= len(cols) <= 4 or more != list(range(pc + 1, pc + len(cols))):
            return 0
        sh, merged = self.sh, self.grid.merged_into
        head = next((r for r in range(h, h + depth) if pc < len(sh.rows[r]) and sh.rows[r][pc]), h)
        for x in more:  # (the heading merged across them, and nothing under it)
            if merged.get((head, x)) != (head, pc):
                return 0
        for r in range(head, h + depth):
            if any(x < len(sh.rows[r]) and sh.rows[r][x] for x in (more if r == head else cols)):
                return 0
        level = self.config.level
        twos = ones = 0
        lefts: list[int] = []
        rights: list[int] = []
        for row in rows:
            got = [
                (x, v)
                for x in cols
                if x < len(row) and (v := row[x].strip()) and v not in _NOTHING and v not in _DITTO
            ]
            if not got:
                continue
            if [x for x, _v in got] != cols[: len(got)]:
                return 0  # (a later cell written with an earlier one blank: not from the left)
            if not any(v.strip() for x, v in enumerate(row) if x not in cols):
                return 0  # (a row of the point's text alone: a 表现 running on, no row of its own)
            if len(got) == 1:
                ones += 1
                continue
            said = [v for _x, v in got]
            for a, b in zip(said, said[1:], strict=False):
                if _SIDE_RUNS_ON_LEFT.search(a) or _SIDE_RUNS_ON_RIGHT.match(b):
                    return 0  # ('…打招呼、 | 放行'): one point typed on across the cells
                if a in b or b in a:
                    return 0  # ('公务接待 | 公务接待超标准'): a name and its description
            if any(len(v) < 4 or level(v) for v in said):
                return 0  # ('主要', '高'): a word of the point's, no point of its own
            twos += 1
            lefts.append(len(said[0]))
            rights.extend(len(v) for v in said[1:])
        if twos < 2 or ones < 1:
            return 0
        mean_l, mean_r = sum(lefts) / len(lefts), sum(rights) / len(rights)
        if mean_r > 2 * mean_l or mean_l > 2 * mean_r:
            return 0  # (a short name beside a long description, or the other way: one point)
        return twos

    def _heading_shifted(
        self, h: int, depth: int, headings: dict[int, Heading | None], end: int
    ) -> dict[int, Heading | None]:
        """A heading row shifted as a whole one column against every row under it (its '序号'
        cell deleted with 右侧单元格左移: '股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 |'
        over '1 | 质量安全股 | 股长 | 某某 | … | 一级 | …'): read with the heading moved back over its
        values, where the contents agree — the numbers 1..n under a first heading that is no 序号
        word (or unheaded at its left), the level words one column off the 风险等级 heading, the
        names one off the 姓名 heading, a data column past the heading's end (or before its start)
        unheaded. Only a one-row heading with nothing merged in it; else as before."""
        if depth != 1 or len(headings) < 4:
            return headings
        hrow = self.sh.rows[h]
        levels = [c for c, x in headings.items() if x is not None and x.role == "risk_level"]
        if len(levels) != 1 or any(r0 <= h <= r1 for r0, _c0, r1, _c1 in self.grid.merges or ()):
            return headings  # (the cheap tests first: one level heading, no merged heading cell)
        c0, c1 = min(headings), max(headings)
        rows = [
            row
            for r in range(h + 1, min(end, h + 41))
            if len(self.sh.nonempty(r)) >= 3 and (row := self.sh.rows[r])
        ]
        if len(rows) < 3:
            return headings

        def col(c: int) -> list[str]:
            return [row[c] if 0 <= c < len(row) else "" for row in rows]

        def seq(c: int) -> bool:
            vals = [v.strip() for v in col(c) if v.strip()]
            # ('①②③' numbers the rows as well: circled, each its number)
            ints = [int(v) if v.isdecimal() else ord(v) - 0x245F for v in vals
                    if (v.isdecimal() and len(v) <= 4) or "①" <= v <= "⑳"]  # fmt: skip
            return len(ints) >= max(3, 0.8 * len(rows)) and sum(
                1 for a, b in zip(ints, ints[1:], strict=False) if b == a + 1
            ) >= 0.7 * (len(ints) - 1)

        lookup = self.config.levels.lookup

        def level_share(c: int) -> float:
            said = sum(1 for v in col(c) if v and len(v) <= 12 and lookup(v) is not None)
            return said / len(rows)

        def filled(c: int) -> bool:
            return sum(1 for v in col(c) if v) >= 0.6 * len(rows)

        first = headings[c0]
        if first is not None and first.role == "seq" or label_key(hrow[c0]) in ("序号", "编号"):
            shift = -1  # (only the other way: the 序号 heading itself one column right)
        else:
            shift = 1
        if shift == 1:
            # '股室' over the numbers; the last data column (the measures) unheaded, or the
            # last heading '备注' over the measures and the remarks past it left blank
            last = headings[c1]
            remarks = last is not None and last.role == "other" and last.word in _REMARKS_HEADS
            if not seq(c0) or (c1 + 1 < len(hrow) and hrow[c1 + 1]):
                return headings
            if not filled(c1 + 1) and not (remarks and filled(c1)):
                return headings
        elif c0 == 0 or hrow[c0 - 1] or not seq(c0 - 1) or seq(c0) or filled(c1):
            return headings  # ('序号' over the 科室, the numbers unheaded at its left)
        lc = levels[0]
        if level_share(lc + shift) < 0.6 or level_share(lc) >= 0.2:
            return headings  # the level words stand under their own heading: no shift
        people = [c for c, x in headings.items() if x is not None and x.role == "person"]
        for pc in people:
            said = [v for v in col(pc + shift) if v]
            if not said or sum(map(_holder_said, said)) < 0.6 * len(said):
                return headings  # (a name, or post and name in one cell under '岗位及姓名')
        sh = self.sh
        width = len(hrow)
        moved_to = {c + shift: x for c, x in headings.items()}
        if shift == 1:
            # the deleted heading was the numbers' own: '序号' over them again, so the 1..n
            # are the list's first column, not cells beside it
            moved = [*hrow[:c0], "序号", *hrow[c0 : c1 + 1], *hrow[c1 + 2 :]]
            moved_to[c0] = heading_role(label_key("序号"))
        else:
            moved = [*hrow[: c0 - 1], *hrow[c0:], ""]
        sh.rows[h] = moved[: max(width, c1 + 2)]
        sh.reread(h)
        self.issues.append(
            make_issue("HEADING_SHIFTED", self.rel, self.grid.name, cell_ref(h, c0),
                       value=str(h + 1), side="左" if shift == 1 else "右")
        )  # fmt: skip
        return dict(sorted(moved_to.items()))

    def _stages_done_by(
        self, table: _Table, h: int, roles: dict, col_role: dict, labels: dict, sample: list[int]
    ) -> None:
        """A stage column found beside the measures: where it writes tiers of control ('岗位自控 |
        股室监控 | 单位防控', a '防控层级' heading read as the posts' tier no longer one) or a
        '落实人' column beside the list's own holder names who carries each stage out, both are
        kept with each measure ('股室监控（落实人：股长　某某）：…', info MEASURES_BY_CONTROL_TIER);
        a doer on a row with no measure is said (MEASURE_DOER_NO_MEASURE). Plain 事前 | 事中 |
        事后 rows with no doer read as before, nothing said."""
        sc = table.stage_col
        assert sc is not None
        dc = _doer_column(roles, col_role, labels, sc, table.first, table.last)
        tiers = any(
            _is_stage(v) and v not in _STAGES
            for r in sample
            if sc < len(self.sh.rows[r]) and (v := self.sh.rows[r][sc].strip())
        )
        if not tiers and dc is None:
            return
        if roles.get("tier") == sc:
            del roles["tier"]  # ('防控层级': the control's tier, no post's 领导/中层/一般)
            col_role[sc] = "other"
        if dc is not None:
            # ('落实人（职务、姓名）': the heading without its note of what the cells write)
            label = _DOER_NOTE.sub("", labels.get(dc, ""))
            table.doer_col, table.doer_label = dc, label or squeeze(labels.get(dc, "")) or "落实人"
        mc = roles["measures"]
        example = other = ""  # (the first measure said, the first whose doer is not '本人')
        for r in sample:
            row = self.sh.rows[r]
            measure = row[mc].strip() if mc < len(row) else ""
            who = row[dc].strip() if dc is not None and dc < len(row) else ""
            if measure and not other and _is_stage(row[sc].strip() if sc < len(row) else ""):
                said = _with_stage(row, sc, measure, table.doer_col, table.doer_label)
                example = example or said
                other = said if squeeze(who) not in ("本人", "") else ""
            if (
                who
                and who not in _NOTHING_DONE
                and not measure
                and (r, mc) not in self.grid.merged_into
            ):
                self.issues.append(
                    make_issue("MEASURE_DOER_NO_MEASURE", self.rel, self.grid.name, cell_ref(r, dc),
                               field=squeeze(labels.get(dc, "")), value=who)
                )  # fmt: skip
        heads = "”“".join(squeeze(labels.get(c, "")) for c in (sc, dc) if c is not None)
        self.issues.append(
            make_issue("MEASURES_BY_CONTROL_TIER", self.rel, self.grid.name, cell_ref(h, sc),
                       field=f"“{heads}”", value=(other or example).split("\n")[0][:60],
                       what=("防控层级" if tiers else "环节") + ("和落实人" if dc is not None else ""),
                       doers="" if dc is None else _DOERS_SAID)
        )  # fmt: skip

    def _note_under(self, first: int, end: int) -> str:
        """The note closing the rows before ``end`` ('注：本表由援藏干部填写，…', on a line or
        several from its opening on), within the last eight rows; '' where there is none."""
        sh = self.sh
        for r in range(max(first, end - 8), end):
            cols = sh.nonempty(r)
            if cols and sh.rows[r][cols[0]].lstrip().startswith(_NOTE_OPENS):
                return "".join(x for q in range(r, end) for x in sh.rows[q])
        return ""

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
        if depth > 1 and not given and not grid.lacks("案", "反面"):
            # '风险防控' (or '防控措施及警示案例') merged over '防控措施 | 警示案例': the column whose
            # own sub-heading names cases is no part of the measures its heading across names
            low = sh.rows[h + depth - 1]
            for c in headings:
                if c < len(low) and low[c] and (h + depth - 1, c) not in merged:
                    if names_a_case(low[c]):
                        headings = {
                            **headings,
                            c: Heading("other", LIKELY, sh.key(h + depth - 1, c)),
                        }
        if depth > 1 and not given:
            headings = self._not_integrity(h, headings, labels)
            headings = self._scope_bands(h, depth, headings)
        if not given and not self.own and self._risk_maps:  # (no map on our own template)
            headings = self._beside_map(h, end, headings)
        # the data rows a column's contents are judged on: the first 200 table-like rows
        sample: list[int] = []
        texts_at = [c for c, x in headings.items() if x and x.role in POINTISH]
        for r in range(h + depth, end):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if sample and len(sh.nonempty(r - 1)) <= 1 and self._level_grid_head(r, cols):
                break  # a level grid printed under the rows, after a gap or its caption
            if (
                sample
                and len(sh.nonempty(r - 1)) <= 1
                and r not in self.repeated
                and staff_class_roster_head(row)
            ):
                break  # a roster of people by class under the rows ('姓名 | … | 人员类别'), not
                # the list's own heading printed again after a gap ('序号 | 姓名 | … | 类别')
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
        if depth > 1 and not given and len(sample) > 1:
            headings = self._point_band_marks(h, depth, headings, sample)
        profiles = {}
        texts = sum(1 for h in headings.values() if h and h.role in POINTISH)
        rows = [sh.rows[r] for r in sample]
        # (the quick route's gates, ``locate.QUICK``: probes for a header our own template's, as
        # printed, has not — merged headings, bands over two rows, factor, year, type or defence
        # headings, point groups: each reads the header's words and merges only, never the rows)
        quick = self.quick
        split = {} if given or quick else self._identity_spans(h, headings, sample)
        for c in split:
            for x in range(c + 1, split[c] + 1):
                labels[x] = label(x)
        for c in headings:
            need = needs(headings[c])
            if need == () and texts < 2 and headings[c].strength == SURE:
                continue  # a sure heading of a column whose contents decide nothing here
            vals = [row[c] if c < len(row) else "" for row in rows]
            if headings[c] is not None and headings[c].role in ("person", "title"):
                # '所长　牟某　40%⏎食品监管员　牟某某　60%' under '责任人及责任分担比例': each
                # line's share is no part of the holder, his cell is judged without it
                vals = [got[0] if (got := holder_shares(v)) is not None else v for v in vals]
            profiles[c] = profile(vals, self.config, need)
        # '派出单位' of a list of cadres sent here (援藏、挂职…: the title, the sheet's name or a note
        # just under the rows says so) is each one's home body; of a 派驻组's list its own (the
        # cheap test first: a heading holding 派 or 来源 at all)
        cadres = any("派" in (k := labels.get(c, "")) or "来源" in k for c in headings) and bool(
            _CADRES_SENT.search(
                "".join(x for r in range(max(0, h - 6), h) for x in sh.rows[r])
                + grid.name
                + self._note_under(h + depth, end)
            )
        )

        def restates(c: int, post: int) -> bool:
            # '会计　赵丽' on a 会计's row: the holders' cells write the row's own post first
            pairs = [(row[c].split(), row[post]) for row in rows
                     if max(c, post) < len(row) and row[c].strip() and row[post].strip()]  # fmt: skip
            own = sum(
                1 for parts, p in pairs if len(parts) == 2 and squeeze(parts[0]) == squeeze(p)
            )
            return len(pairs) >= 2 and own >= 0.6 * len(pairs)

        roles, col_role, guesses = assign_roles(
            headings, profiles, labels, self._spanning(headings, rows), cadres, restates
        )
        if (
            grid.shut is not None
            and (shut := grid.hidden_columns)
            and not shut.isdisjoint(col_role)
        ):
            guesses = self._hidden_columns(
                h, depth, headings, labels, rows, roles, col_role, guesses
            )
        cat = self._rows_not_integrity(h, depth, roles, col_role, labels, sample)
        if cat is not None:
            guesses = [g for g in guesses if g.col != cat]
        firms = self._firm_column(roles, col_role, headings, labels, rows)
        if firms is not None:
            guesses = [g for g in guesses if g.col != firms]
        # '责任人 | 学段' over '小学　某某⏎初中　某某 | 小学、初中': the holder column picked by scope
        scoped = (
            None if given else self._scope_tagged_holders(roles, col_role, headings, labels, rows)
        )
        if scoped is not None:
            guesses = [g for g in guesses if g.col != scoped[0]]
        self._point_measures_swapped(roles, col_role, headings, labels, rows, guesses, h, given)
        harm = harm_as_measures(col_role, labels, rows)
        if harm is not None:  # ('风险后果' over '日清月结，定期对账', no measures column)
            roles["measures"] = harm.col
            guesses.append(harm)
        self._risk_event_point(roles, col_role, labels, max(h, h + depth - 1))
        self._finer_keshi(roles, col_role, headings, labels, rows)
        former_point = self._current_point(roles, col_role, headings, labels)
        older = (
            set()
            if given or quick
            else self._year_bands(h, depth, end, headings, roles, col_role, rows)
        )
        guesses = [g for g in guesses if g.col not in older]
        if older:
            former_point = None  # (last year's band is no point where this year's is blank)
        either = self._levels_either_side(roles, col_role, headings, labels, h, rows)
        guesses = [g for g in guesses if g.col not in either]  # (said by its own info)
        self._post_grade_varying_levels(roles, col_role, labels, rows, guesses)
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
        author = self._author_holder_column(h, depth, roles, col_role, labels, rows)
        if author is not None:
            if (editor := roles.get("person")) is not None:  # ('最后编辑人' guessed by its names)
                col_role[editor] = "other"
                guesses = [g for g in guesses if g.col != editor]
            roles["person"], col_role[author] = author, "person"
        surname = None if given else self._name_halves(roles, col_role, labels)
        if surname is not None:
            guesses = [g for g in guesses if g.col not in (surname, roles.get("person"))]
        held = None if quick else self._holder_beside_field(roles, col_role, labels, rows, h, given)
        guesses = [g for g in guesses if g.col != held]  # '管养路段及责任人': said by its own info
        # '责任人基本情况 | 聂某某，男，…，现任县畜牧兽医局局长，…': said by its own info
        if held is None:
            held = self._holder_from_profile(roles, col_role, labels, rows, h, given)
            guesses = [g for g in guesses if g.col != held]
        packed = self._packed_holder_column(roles, col_role, rows, labels)  # '提交人：…｜职务：…'
        if packed is not None and self._structured_column(packed, labels, rows, h, given):
            guesses = [g for g in guesses if g.col != packed]  # (said by its own info)
        elif packed is not None:
            guesses.append(
                Guess(packed, labels.get(packed, ""), "person",
                      "表头不是已知的写法,每格是“提交人：…｜职务：…”式的填报信息,取其中的人员、职务和科室")
            )  # fmt: skip
        level_said = False
        said_from = len(self.issues)
        if "risk_level" not in roles:
            level_said = self._legend_column(roles, col_role, rows, headings, h, depth)
        overseer_levels: tuple[tuple[str, str], ...] = ()
        if "risk_level" not in roles:  # '监督责任人 | 局长 某某' and '局长监督的为一级风险点'
            overseer_levels = self._overseer_levels(roles, col_role, rows, h, depth)
        scores = None if given or quick else self._level_scores(h, depth, headings, labels, rows)
        if scores:
            # L | E | C under 风险评价（LEC法）, no level column: the band of their product
            taken = [*scores.cols, *([scores.total] if scores.total is not None else [])]
            for other in [k for k, v in roles.items() if v in taken]:
                del roles[other]
            roles["risk_level"] = scores.cols[0]
            for x in taken:
                col_role[x] = "risk_level"
            guesses = [g for g in guesses if g.col not in taken]
            # (a rater's column the note's level words seemed to fill, '本人自评 | 9': no guess)
            gone = {cell_ref(max(h, h + depth - 1), x) for x in taken}
            self.issues[said_from:] = [
                i
                for i in self.issues[said_from:]
                if i.code != "COLUMN_GUESSED" or i.cell not in gone
            ]
            self._scores_said(h, depth, scores)
        # 发生可能性 | 影响程度 | 可控程度 each ONE WORD 高/中/低 a row, a note counting them into a level
        factor_words = {} if scores or given else self._factor_words(h, labels, rows, roles)
        side_factors = [] if scores or factor_words else self._factor_columns(labels, rows, roles)
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
        # holder bands over level words, one tick a holder: each holder's point at his level
        band_levels = (
            {}
            if given or grid_ticks or scores or side_factors or depth < 2
            else self._band_level_grid(h, depth, rows)
        )
        if band_levels:
            for other in [k for k, v in roles.items() if v in band_levels]:
                del roles[other]
            for x in band_levels:
                col_role[x] = "risk_level"
            guesses = [g for g in guesses if g.col not in band_levels]
            last = max(last, *band_levels)
        ticks: dict[int, str] = {}
        count_total: int | None = None  # ('合计' beside counts of 高 | 中 | 低: their total)
        type_ticks: dict[int, str] = {}
        type_levels = False
        level_criteria: list[int] = []
        score_ticks: dict[int, int] = {}
        scale_row: tuple[int, int] | None = None
        post_ticks: dict[int, str] = {}
        holder_measures = False
        holder_names = False
        holder_excluded = False
        holder_areas = False
        holder_depts = False
        dept_ticks: dict[int, str] = {}
        holder_steps = False
        open_lanes: frozenset[int] = frozenset()
        lane_depts: dict[int, str] = {}
        helper_marks: frozenset[str] = frozenset()
        raci_owners: frozenset[str] = frozenset()
        raci_col: int | None = None
        raci_was = ""
        level_series: list[int] = []
        level_peaks: list[int] = []
        level_factors: list[int] = []
        level_points: dict[int, str] = {}
        stage_points: dict[int, str] = {}
        level_point_measures: dict[int, int] = {}
        level_measures: dict[int, str] = {}
        measures_band = False
        tier_levels: dict[frozenset[int], tuple[str, dict[int, str]]] = {}
        type_measures: dict[int, str] = {}
        measure_kinds: dict[int, str] = {}
        level_types: dict[int, str] = {}
        type_points: dict[int, str] = {}
        per_column: dict[int, tuple[str, str]] = {}
        block_names: dict[int, str] = {}
        # 风险评估 over 发生概率 | 影响程度 | 可控程度 over 高 | 中 | 低 each, a tick in one step of
        # every factor, a note counting them ('…为高…为低的，各计一项；有两项及以上的为一级风险…')
        level_factor_steps = (self._factor_steps.get(h, {}) or factor_words) if not given else {}
        if level_factor_steps:
            span = sorted(level_factor_steps)
            c0 = max((c for c in headings if c <= span[0]), default=span[0])
            guesses = _take_span(roles, col_role, guesses, "risk_level", c0, span)
            last = max(last, span[-1])
            self._factor_steps_said(h, depth, c0, level_factor_steps)
        # spans and sub-headings are those of the header's last two rows: a row above them
        # merged down into them (``_extend_up``) only names the columns they leave empty
        hs = max(h, h + depth - 2)
        for c in headings if not given else ():
            if c in grid_ticks or c in band_levels or c in level_factor_steps:
                continue  # (read above)
            if (
                level_factor_steps
                and min(level_factor_steps) >= c
                and sh.span_end(h, c) >= min(level_factor_steps)
            ):
                continue  # (风险评估 over the factors: read above)
            if holder_steps and (c in post_ticks or c in open_lanes):
                continue  # (a swim lane read above, the 股室 over it a heading of its own)
            if per_column.get(c, ("",))[0] in ("holds", "oversees"):
                continue  # (a line of defence, read with the first of its run)
            end_c = sh.span_end(hs, c)
            if depth == 1 and end_c == c and not quick and (run := self._defence_heads(h, c)):
                # 第一道防线 | 第二道防线 | 第三道防线 as headings of their own (no heading merged
                # over them), each cell '部门⏎职务　姓名': read as under a merged parent
                sub = range(c, c + len(run))
                if lines := self._defence_lines(run, rows, sub):
                    self._lines_said(hs, c, lines, run)
                    per_column.update(
                        (x, (lines[x], v.strip())) for x, v in zip(sub, run, strict=True)
                    )
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    for x in sub:
                        col_role[x] = "other" if lines[x] == "oversees" else "person"
                    guesses = [g for g in guesses if g.col not in sub]
                    last = max(last, sub[-1])
                    continue
            if (
                raci_col is None
                and depth > 1
                and col_role.get(c) in ("other", "title", "person")
                and (owners := self._raci_chart(h, c, rows))
            ):
                # '责任分工（R负责　A审批　C协办　I知情）' merged over the holders' columns, a
                # letter in each cell: a RACI chart, its letters marks under posts of which only
                # the one the legend says 负责 holds the row (``helper_marks``: the others)
                raci_owners, raci_col, raci_was = owners, c, col_role[c]
                col_role[c] = "title"
            # '责任人' merged across over a posts row and a names row: the holders' columns
            stacked = (
                self._holder_heading_rows(h, c)
                if depth == 3
                and end_c == c
                and col_role.get(c) in ("title", "person", "measures", "workflow", "risk_level")
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
            if (
                stacked
                and col_role[c] == "risk_level"
                and self._named_columns(
                    headings.get(c), depth, stacked, [None] * len(stacked), rows,
                    range(c, c + len(stacked)),
                ) != "level"
            ):  # fmt: skip
                # '风险等级（按班子成员分别评定）' over '局长 | 副局长' over their names: each
                # holder's own level of the row in his column ('高', '/' not his), as one cell
                # 'post⏎name' reads (``_named_columns``); anything else under it stays as before
                stacked = None
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
                if (
                    depth > 1
                    and len(sub) >= 2
                    and role in (None, "unit", "department", "person", "title", "other")
                    and c < len(sh.rows[hs])
                    and _PARTY_BAND_HEAD.search(squeeze(sh.rows[hs][c]))
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and (parties := self._project_parties(subs)) is not None
                ):
                    # 责任单位及责任人 over '建设单位（临县农村公路管理所）' | '施工单位（中标企业）' |
                    # '监理单位', a project's parties: only the unit's own column holds the row
                    # ('所长⏎扈琇澂'); the firms' '项目经理⏎…' are no holders and no 科室
                    own = self._own_party(h, parties)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    for x in sub:
                        col_role[x] = "other"
                    if own is not None:
                        roles["person"], col_role[sub[own]] = sub[own], "person"
                    guesses = [g for g in guesses if g.col not in sub]
                    self._parties_said(hs, c, sub, subs, own)
                    last = max(last, end_c)
                    continue
                if (
                    depth > 1
                    and len(sub) >= 2
                    and role in (None, "unit", "department", "other")
                    and c < len(sh.rows[hs])
                    and _PARTY_BAND_HEAD.search(squeeze(sh.rows[hs][c]))
                    and self._project_parties(subs) is not None
                    and self._party_bodies(rows, sub)
                ):
                    # '参建单位' over '建设单位 | 施工单位 | 监理单位' whose cells name the bodies
                    # ('临县农村公路管理所 | 山西路桥集团 | …'), the holders in a column of their
                    # own: the row's data, never its 科室 (review 123)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    for x in sub:
                        col_role[x] = "other"
                    guesses = [g for g in guesses if g.col not in sub]
                    last = max(last, end_c)
                    continue
                blocks = (
                    self._block_names(subs, rows, sub, roles, depth)
                    if depth <= 2 and not stacked and role in POINTISH and not block_names
                    else 0
                )
                if blocks:
                    # '廉政风险点（按责任人分列填写）' over '股长　某某 | 科员　某某 | (blank)', a
                    # names row opening each 股室 block and naming OTHER people: the glued row is
                    # the first block's; each cell under it a point of its column's holder
                    # (the first names row a row of the table's own: its holders read there)
                    kind = "post"
                    block_names = dict(
                        zip(sub, subs if depth == 2 else [""] * len(sub), strict=True)
                    )
                    self.issues.append(
                        make_issue("HOLDERS_BY_BLOCK_NAMES_ROWS", self.rel, self.grid.name,
                                   cell_ref(hs + 1, c), field=squeeze(sh.rows[hs][c]),
                                   value=str(blocks))
                    )  # fmt: skip
                else:
                    kind = self._named_columns(headings.get(c), depth, subs, levels, rows, sub)
                if (
                    kind == "level"
                    and role in ("risk_type", "risk_level")
                    and roles.get("risk_level", c) in sub
                    and self._types_under(rows, sub)
                ):
                    kind = None  # (types written in their level's column: read below)
                if (
                    not ticks
                    and role == "risk_level"
                    and "risk_level" not in [k for k, v in roles.items() if v not in sub]
                    and (scaled := self._scale_mark_columns(hs, c, sub, subs, rows))
                ):
                    # 风险程度 over three unlabelled columns, '低 ——————→ 高' printed under
                    # them, one '●' a row: the column the mark stands in is the level, read as
                    # ticks under 高 | 中 | 低 are (``_scale_marks_said`` says so)
                    ticks = scaled
                    # (the scale's row, or the heading holding it: '风险程度（低→高）')
                    scale_row = (hs + 1, c) if any(v.strip() for v in subs) else (hs, c)
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
                    last = max(last, end_c)
                    continue
                if (
                    not score_ticks
                    and "risk_level" not in [k for k, v in roles.items() if v not in sub]
                    and (ticked := self._score_tick_columns(hs, c, role, sub, subs, levels, rows))
                ):
                    # 风险程度评分 over 1 | 2 | 3 | 4 | 5, one '●' a row: the score ticked, its
                    # level the band a note gives it (``_score_tick_level``)
                    score_ticks = ticked
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
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
                lines = (
                    self._defence_lines(subs, rows, sub)
                    if kind in ("", "part") and depth > 1 and not any(levels)
                    else {}
                )
                if kind == "part" and "oversees" not in lines.values():
                    lines = {}  # (各单位责任人 over the parts, each part's holder: as before)
                if (
                    lines
                    and (pc := roles.get("risk_point")) is not None
                    and _stage_lined(row[pc] for row in rows if pc < len(row))
                ):
                    lines = {}  # ('承办：…⏎审核：…' beside them: each line its stage's holder's)
                if lines:
                    # 防控责任（三道防线） over 第一道防线 | 第二道防线 | 第三道防线, each cell
                    # '部门⏎职务　姓名': the holding line's holder the row's, the others watch
                    kind = "lines"
                    self._lines_said(hs, c, lines, subs)
                if kind:
                    # 廉政风险点 over 所长 | 法制员 | …: each post's points in its column;
                    # 各单位责任人 over 公司本部 | 资产运营公司 | …: the row's holder in each part
                    per_column.update(
                        (x, (lines.get(x) or kind, v.strip()))
                        for x, v in zip(sub, subs, strict=True)
                    )
                    role = {"post": "risk_point", "part": "person", "level": "risk_level",
                            "stage": "risk_point", "lines": "person"}[kind]  # fmt: skip
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    if kind in ("post", "stage"):
                        roles["risk_point"] = c
                    for x in sub:
                        col_role[x] = "other" if lines.get(x) == "oversees" else role
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
                    guesses = _take_span(roles, col_role, guesses, "risk_type", c, sub)
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
                    _span_role(roles, col_role, "measures", c, sub)
                elif (
                    role == "measures"
                    and depth > 1
                    and 2 <= len(sub) <= 4
                    and "risk_level" not in roles
                    and not any(levels)
                    and (tiered := self._control_tiers(hs, sub, subs, rows))
                ):
                    # 防控措施 over 岗位自控 | 股室监控 | 中心防控, '/' in the tiers a row does not
                    # need, no level column, and a note naming the tiers of each level ('一级风险点
                    # 由岗位自控、股室监控、中心防控三级共同防控；…三级风险点只需岗位自控'): the
                    # filled tiers' measures, the level whose tiers they are
                    tier_levels = tiered
                    _span_role(roles, col_role, "measures", c, sub)
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
                    _span_role(roles, col_role, "measures", c, sub)
                elif (
                    depth > 1
                    and len(sub) >= 2
                    and (role in POINTISH or self._point_within(c, sub, headings, col_role))
                    and (staged := self._stage_point_columns(hs, c, sub, subs, rows, sample))
                ):
                    # 各环节廉政风险点 over 立项论证（二级） | 招标采购（一级） | …: each cell the row's
                    # holder's point at that stage, its level the stage's bracket ('—' none)
                    stage_points = {x: stage for x, (stage, _) in staged.items()}
                    level_points = {x: word for x, (_, word) in staged.items()}
                    _span_role(roles, col_role, "risk_point", c, list(sub))
                    guesses = [g for g in guesses if g.col not in sub]
                    self.issues.append(
                        make_issue(
                            "POINTS_BY_STAGE_COLUMNS",
                            self.rel,
                            self.grid.name,
                            cell_ref(hs, c),
                            field="".join(sh.rows[hs][c].split()),
                            value="、".join(f"“{squeeze(v)}”" for v in subs),
                        )
                    )
                elif (
                    all(levels)
                    and role in POINTISH
                    and len(sub) >= 2
                    and not self._numbered_like_points(hs, c, subs, headings)
                ):
                    # 廉政风险点 over 高风险 | 中风险 | 低风险: each point in its level's column
                    level_points = {x: sh.rows[hs + 1][x] for x in sub}
                    _span_role(roles, col_role, "risk_point", c, sub)
                elif (
                    (role in POINTISH or self._point_within(c, sub, headings, col_role))
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
                    _span_role(roles, col_role, "risk_point", c, sub)
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
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
                elif depth > 1 and self._peak_of_periods(hs, c, role, sub, subs, rows):
                    # 风险等级 over 汛前（4—5月） | 主汛期（6—9月） | 汛后（10—11月）, each point
                    # graded per period ('—' where it does not arise): its level the highest of
                    # them ('注：…以三个时段中最高的等级作为该风险点的风险等级'), not one column's
                    level_peaks = list(sub)
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
                    self.issues.append(
                        make_issue(
                            "LEVEL_HIGHEST_OF_PERIODS",
                            self.rel,
                            self.grid.name,
                            cell_ref(hs, c),
                            field="".join(sh.rows[hs][c].split()) or "风险等级",
                            value="、".join(f"“{squeeze(v)}”" for v in subs),
                        )
                    )
                elif (
                    len(sub) >= 2
                    and all(_PERIOD.search(squeeze(v)) for v in subs)
                    and (role == "risk_level" or _level_head(sh.rows[hs][c]))
                ):
                    # 风险等级 over 一季度 | 二季度 | 三季度 | 四季度: each row's latest
                    level_series = list(sub)
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
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
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
                elif (
                    all(levels)
                    and role in ("risk_level", "other")
                    and depth > 1
                    and len(sub) >= 2
                    and len(set(levels)) == len(levels)
                    and self._measures_under_levels(hs, c, sub, rows, roles, col_role)
                ):
                    # 风险等级及防控措施 over 一级 | 二级 | 三级, the row's measures written under
                    # its point's level ('签订廉洁承诺书，节前廉洁提醒。'): the filled one the
                    # level and the measures, as under 分级防控措施
                    level_measures = {x: sh.rows[hs + 1][x] for x in sub}
                    measures_band = True
                    _span_role(roles, col_role, "measures", c, sub)
                    guesses = [g for g in guesses if g.col not in sub]
                elif self._numbers_under_levels(hs, c, role, sub, subs, levels, rows, roles):
                    # '序号' over 一级 | 二级 | 三级, each row's running number in the one of its
                    # level: the sub-column written is the level, read as a tick there is
                    ticks = {x: sh.rows[hs + 1][x] for x in sub}
                    guesses = _take_span(roles, col_role, guesses, "risk_level", c, sub)
                elif (
                    (all(levels) or self._counts_totalled(hs, c, subs, levels))
                    and role in ("risk_level", "other")
                    and not self._numbered_like_points(hs, c, subs, headings)
                ):
                    # 风险等级 over 一级 | 二级 | 三级, a mark in one of them (not '① | ② | ③' as
                    # the points' band beside it is: the n-th point's level); '风险点个数（个）'
                    # over 高 | 中 | 低 | 合计: counts, the last their total (a check, no level)
                    ticks = {x: sh.rows[hs + 1][x] for x in sub if all(levels) or x != sub[-1]}
                    count_total = None if all(levels) else sub[-1]
                    roles.setdefault("risk_level", c)
                    col_role[c] = "risk_level"
                elif (
                    excluding := self._excluding_marks(hs, c, role, depth, sub, subs, rows, roles)
                ) or (
                    role in ("title", "person")
                    and depth > 1
                    and len(sub) >= 2
                    and all(v and is_post(_tick_post(v)[0].split("、")[0]) for v in subs)
                    and all(
                        (len(row[x].strip()) <= 2 and not HAN_TEXT.search(row[x]))
                        or (c == raci_col and _raci_letters(row[x]))  # ('R/A': two letters)
                        for row in rows
                        for x in sub
                        if x < len(row) and row[x].strip()
                    )
                    and any(x < len(row) and _ticked(row[x]) for row in rows for x in sub)
                ):
                    # 责任岗位 over 村文书 | 村报账员 | …, a mark under the post that holds the row
                    # ('主席⏎辜岚舟': the post and its holder); '班子成员（本人不涉及的打“×”）'
                    # over them, or a note saying so: the mark says NOT his, his rows the blank
                    # ones (``_excluding_marks``; a name alone is the holder, no post)
                    post_ticks = {
                        x: "\t".join(filter(None, _tick_post(v)))
                        if not excluding or _tick_post(v)[1]
                        else "\t" + squeeze(v)
                        for x, v in zip(sub, subs, strict=True)
                    }
                    marks = {
                        row[x].strip()
                        for row in rows
                        for x in sub
                        if x < len(row) and _ticked(row[x])
                    }
                    holder_excluded = excluding
                    if excluding:
                        self._excluded_said(hs, c, sub, post_ticks, rows)
                    elif c == raci_col:  # 'R' holds, 'A' | 'C' | 'I' help
                        helper_marks = frozenset(marks - raci_owners)
                    elif len(marks) >= 2:  # '● 主责　○ 配合': ○ holds nothing
                        head = sh.rows[hs][c] if c < len(sh.rows[hs]) else ""
                        helper_marks = self._helper_marks(marks, head)
                    if not excluding and c != raci_col and sample:
                        # '所长 | 教导员 | 副所长 | 副所长' naming no one, '本人签字确认 | | 阴某某
                        # | 南门某某 | …' under the rows: each column the holder signing under it
                        post_ticks = self._signed_under(sub, post_ticks, sample[-1], end)
                    for other in [k for k, v in roles.items() if v in sub]:
                        del roles[other]
                    roles["title"] = c
                    for x in sub:
                        col_role[x] = "title"
                elif (
                    role in ("department", "title", "other")
                    and depth > 1
                    and len(sub) >= 2
                    and c < len(sh.rows[hs])
                    and _DEPT_TICKS_HEAD.search(squeeze(sh.rows[hs][c]))
                    and "department" not in {k for k, v in roles.items() if v not in sub}
                    and all(v and len(squeeze(v)) <= 12 and _dept_like(squeeze(v)) for v in subs)
                    and self._dept_tick_cells(rows, sub)
                ):
                    # 涉及科室 over 办公室 | 财务科 | 执法大队, a tick ('√') under each 科室 the
                    # row's point is of: a copy of the row for each ticked 科室, the 科室 the
                    # column's heading (its post the table's 岗位 column's, if any: 对岗不对人)
                    dept_ticks = {x: squeeze(v) for x, v in zip(sub, subs, strict=True)}
                    guesses = _take_span(roles, col_role, guesses, "department", c, sub)
                elif (
                    role in ("title", "department", "other")
                    and depth > 1
                    and len(sub) >= 2
                    and c < len(sh.rows[hs])
                    and _DEPT_POSTS_HEAD.search(squeeze(sh.rows[hs][c]))
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and "department" not in {k for k, v in roles.items() if v not in sub}
                    and all(v and len(squeeze(v)) <= 12 and _dept_like(squeeze(v)) for v in subs)
                    and self._dept_post_cells(rows, sub)
                ):
                    # 责任部门及岗位 over 中心领导 | 办公室 | 新闻采编部 | …, each cell the POSTS of
                    # that 科室 whose point the row is ('主任', '主任、记者'), blank or '/' where
                    # the 科室 has none of it: a copy of the row for each post, its 科室 the
                    # column's (the holder a roster's, by 科室 and post; none: the post itself)
                    post_ticks = {x: squeeze(v) for x, v in zip(sub, subs, strict=True)}
                    holder_depts = True
                    guesses = _take_span(roles, col_role, guesses, "title", c, sub)
                    self.issues.append(
                        make_issue("HOLDER_POSTS_UNDER_DEPTS", self.rel, self.grid.name,
                                   cell_ref(hs, c), field=squeeze(sh.rows[hs][c]),
                                   value="、".join(f"“{v}”" for v in post_ticks.values()))
                    )  # fmt: skip
                elif (
                    role in ("title", "person", "other")
                    and depth > 1
                    and len(sub) >= 2
                    and c < len(sh.rows[hs])
                    and _NAMES_UNDER_POSTS_HEAD.search(squeeze(sh.rows[hs][c]))
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and all(v and not _tick_post(v)[1] for v in subs)
                    # (half of them posts at least: '苏木达' is a post no list knows)
                    and sum(is_post(squeeze(v)) for v in subs) * 2 >= len(subs)
                    and self._post_names(rows, sub)
                ):
                    # 责任人 over 党委书记 | 苏木达 | 副苏木达 | 经管站站长, each cell the NAME of
                    # that post's holder whose point the row is ('芮翀骞'; two 副苏木达 on
                    # different rows), blank or '/' where the post has none of it: a copy of the
                    # row for each name, his post the column's (never a blank filled from above)
                    post_ticks = {x: squeeze(v) for x, v in zip(sub, subs, strict=True)}
                    holder_names = True
                    guesses = _take_span(roles, col_role, guesses, "title", c, sub)
                    self.issues.append(
                        make_issue("HOLDER_NAMES_UNDER_POSTS", self.rel, self.grid.name,
                                   cell_ref(hs, c), field=squeeze(sh.rows[hs][c]),
                                   value="、".join(f"“{v}”" for v in post_ticks.values()))
                    )  # fmt: skip
                elif (
                    role in ("title", "person", "other")
                    and depth > 1
                    and len(sub) >= 2
                    and c < len(sh.rows[hs])
                    and not {"title", "person"} & {k for k, v in roles.items() if v not in sub}
                    and _AREA_HOLDER_WORD.search(squeeze(sh.rows[hs][c]))
                    and not _AREA_OVERSEER_WORD.search(squeeze(sh.rows[hs][c]))
                    and self._area_subs(subs)
                    and self._area_names(rows, sub)
                ):
                    # 责任区域及看护员 over 宫城 | 皇城 | 外城 | …, places not posts, each cell the
                    # NAME of who answers for the row's point there ('童玙翯', '房骊洹、房汭頔'),
                    # blank or '/' where the place has none: a copy of the row for each name, once
                    # however many places of the row name him, his post the heading's holder word
                    # ('看护员'; none for '责任人'), the places no 科室
                    head = squeeze(sh.rows[hs][c])
                    word = found.group() if (found := _AREA_HOLDER_WORD.search(head)) else ""
                    post = word if word.endswith("员") else ""
                    post_ticks = dict.fromkeys(sub, post)
                    holder_names = holder_areas = True
                    guesses = _take_span(roles, col_role, guesses, "title", c, sub)
                    self.issues.append(
                        make_issue("HOLDER_NAMES_IN_AREAS", self.rel, self.grid.name,
                                   cell_ref(hs, c), field=head,
                                   value="、".join(f"“{squeeze(v)}”" for v in subs))
                    )  # fmt: skip
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
                        and depth > 1
                        and end_c == c + 1
                        and not own(end_c)
                        and not grid.lacks(*_SUB_TEXT_WORDS)
                        and self._point_name_text_subs(hs, c, subs, col_role, sample)
                    ):
                        # '廉政风险点' merged over the sub-headings '名称 | 具体描述': the left the
                        # point's short name, the right how it goes wrong (its own heading no
                        # known word: read as the description, never joined to the point)
                        for other in [k for k, v in roles.items() if v == end_c]:
                            del roles[other]
                        roles["description"] = end_c
                        col_role[end_c] = "description"
                        guesses = [g for g in guesses if g.col != end_c]
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
                    # the holder's name column under the band ('控制责任' over '责任股室 | 责任岗位 |
                    # 控制执行人', its heading no holder's word but its cells names) is the person,
                    # never a further 科室 or post ('预算股' + '卜琎峃'); a control's attribute
                    # ('控制方式', '控制频率') is none of the measures' text
                    who = roles.get("person") if role != "person" else None
                    duties = (
                        [x for x in range(c + 1, end_c + 1) if _band_duty_column(subs[x - c])]
                        if depth > 1 and role in ("title", "person", "department")
                        else []
                    )
                    if duties and "duty" not in roles:
                        roles["duty"] = duties[0]  # (its row's own duty, as a 岗位职责 column's)
                        col_role[duties[0]] = "duty"
                    extra.setdefault(role, []).extend(
                        x
                        for x in range(c + 1, end_c + 1)
                        if not own(x)
                        and x != who
                        and x not in duties
                        and not self._control_attribute(subs[x - c], x, rows)
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
        if not given and not ticks and "risk_level" not in roles:
            # '一级风险责任人 | 二级风险责任人 | 三级风险责任人' (review 92): a column a level's
            # holders, the row's level the column its holder is written in ('院长 鄢澄溪'), read
            # as the level columns naming holders (``_level_holders``)
            level_heads = self._level_holder_columns(h + depth - 1, headings, rows)
            if level_heads:
                for x in level_heads:
                    for role in [k for k, c in roles.items() if c == x]:
                        del roles[role]  # (the 责任人 of a level, not the row's own holder)
                    col_role[x] = "risk_level"
                ticks, roles["risk_level"] = dict(level_heads), min(level_heads)
                said = {cell_ref(x, c) for x in (h, hs) for c in level_heads}
                self.issues = [
                    i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in said)
                ]
                guesses = [g for g in guesses if g.col not in level_heads]
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
            # ('科室主任 ⏵ 姓名 | …' beside '工作人员 ⏵ 姓名 | …': each '姓名' its band's holder)
            named = {int(w["person_col"]) for w in banded[2].values() if "person_col" in w}
            guesses = [g for g in guesses if g.col not in named]
        groups = staged or (
            _point_groups(labels) if len(paired) < 2 and not (given or quick) else []
        )
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
            grid_types = {} if quick else self._level_type_grid(headings, labels, rows)
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
        if (
            depth == 1
            and not (given or type_points or level_points or type_ticks or ticks or grid_ticks)
            and "risk_type" not in roles
            and (typed := self._type_headed_points(headings, labels))
        ):
            # '姓名 | 思想道德风险点 | 制度机制风险点 | 岗位职责风险点' on one row: each holder's
            # points of a type in its column ('/' none), as under '廉政风险点' merged over the types
            type_points = typed
            for other in [k for k, v in roles.items() if v in typed]:
                del roles[other]
            roles["risk_point"] = min(typed)
            for x in typed:
                col_role[x] = "risk_point"
            extra = {k: [x for x in xs if x not in typed] for k, xs in extra.items()}
            extra = {k: xs for k, xs in extra.items() if xs}
        if (
            depth == 1
            and self.sh.stage_heads
            and (alone := self.sh.stage_heads.get(h))
            and not (given or type_points or level_points or type_ticks or ticks or grid_ticks)
            and all(headings.get(x) and headings[x].role == "risk_point" for x in alone)
        ):
            # '事项 | 岗位 | 受理 | 审核 | 审批 | 风险等级' on one row: each stage's point of the
            # row's holder in its column ('—' none), its stage the 环节, the row's level its level
            stage_points = dict(alone)
            level_points = dict.fromkeys(alone, "")
            for other in [k for k, v in roles.items() if v in alone]:
                del roles[other]
            roles["risk_point"] = min(alone)
            for x in alone:
                col_role[x] = "risk_point"
            extra = {k: [x for x in xs if x not in alone] for k, xs in extra.items()}
            extra = {k: xs for k, xs in extra.items() if xs}
            guesses = [g for g in guesses if g.col not in alone]
            business = [
                x
                for x in headings
                if x < min(alone)
                and headings[x] is None
                and "".join(labels.get(x, "").split()).endswith(_BUSINESS_HEADS)
            ]
            if "duty" not in roles and len(business) == 1:
                # ('许可事项', '职权名称' of no known heading: the row's business, its duty)
                x = business[0]
                for other in [k for k, v in roles.items() if v == x]:
                    del roles[other]
                roles["duty"], col_role[x] = x, "duty"
                guesses = [g for g in guesses if g.col != x]
            said = {cell_ref(h, x) for x in (*alone, *business)}  # (no guess of them now)
            self.issues = [
                i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in said)
            ]
            self.issues.append(
                make_issue(
                    "STAGE_COLUMNS_ALONE",
                    self.rel,
                    self.grid.name,
                    cell_ref(h, min(alone)),
                    value="、".join(f"“{v}”" for v in alone.values()),
                )
            )
        staggered: list[str] = []
        side = 0
        side_levels: dict[int, int] = {}
        if (
            not (given or type_points or level_points or type_ticks or ticks or grid_ticks)
            and extra.get("risk_point")  # (the cheap test: a point heading merged across)
            and (
                (staggered := self._staggered_points(h, depth, roles, extra, rows))
                or (side := self._side_points(h, depth, roles, extra, rows))
            )
        ):
            if side:  # two whole points side by side on a row: each its own, at the row's level
                staggered = [""] * (1 + len(extra["risk_point"]))
                lc, lmore = roles.get("risk_level"), extra.get("risk_level", [])
                if lc is not None and len(lmore) == len(extra["risk_point"]):
                    # '风险等级' merged alike over as many columns: each point its own column's
                    side_levels = dict(zip([roles["risk_point"], *extra["risk_point"]],
                                           [lc, *extra.pop("risk_level")], strict=True))  # fmt: skip
            # '廉政风险点' merged over three unheaded columns, each row's point typed in ONE of
            # them and a note under the table giving each column a level ('填在第一列的为一级风险
            # 点，填在第二列的为二级风险点…'): each filled cell a point, its column its level
            # ('' each where no note says: the points read, their level unknown)
            cols = [roles["risk_point"], *extra.pop("risk_point")]
            level_points = dict(zip(cols, staggered, strict=True))
            for x in cols:
                col_role[x] = "risk_point"
            at = cell_ref(h, cols[0])
            if side:
                self.issues.append(
                    make_issue("POINTS_SIDE_BY_SIDE", self.rel, self.grid.name, at,
                               field=labels.get(cols[0], "").strip(),
                               value=f"{col_letter(cols[0])}–{col_letter(cols[-1])}",
                               count=str(side))
                )  # fmt: skip
            elif "risk_level" in roles:
                pass  # (a 风险等级 column of its own: each row's level its, a note's told where
                # it differs, cell by cell, in ``_table``)
            elif any(staggered):
                said = "、".join(f"第{i + 1}列={w}" for i, w in enumerate(staggered))
                self.issues.append(
                    make_issue("LEVEL_BY_POINT_COLUMN", self.rel, self.grid.name, at,
                               field=labels.get(cols[0], "").strip(), value=said)
                )  # fmt: skip
            else:
                self.issues.append(
                    make_issue("POINT_COLUMNS_UNSAID", self.rel, self.grid.name, at,
                               field=labels.get(cols[0], "").strip(), count=str(len(cols)))
                )  # fmt: skip
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
        side_post = None
        home_cols: list[int] = []
        # '编制岗位 | 实际岗位': the post (科室) on paper set aside, the actual one read; kind → column
        paper_cols = {
            kind: g.col
            for g in guesses
            if g.why == POST_ON_PAPER_SET_ASIDE
            and (kind := paper_post_kind(labels.get(g.col, ""))) in roles
        }
        for g in guesses if not given else ():  # said on the sheet before
            if g.why == CONTACT_SET_ASIDE and (held := roles.get("person")) is not None:
                # '机构联系人 | … | 监管责任人': the contact set aside, the holder's column named
                self.issues.append(
                    make_issue("HOLDER_NOT_CONTACT", self.rel, grid.name, cell_ref(hs, g.col),
                               value=g.heading.replace("\n", ""),
                               field=labels.get(held, "").replace("\n", ""),
                               holder_cell=cell_ref(hs, held))
                )  # fmt: skip
                continue
            if g.why == SIDE_ROLE_SET_ASIDE and (post := roles.get("title")) is not None:
                # '党内职务 | 行政职务': the party role set aside, the job's column named
                side_post = g.col
                self.issues.append(
                    make_issue("POST_NOT_SIDE_ROLE", self.rel, grid.name, cell_ref(hs, g.col),
                               value=g.heading.replace("\n", ""),
                               field=labels.get(post, "").replace("\n", ""),
                               post_cell=cell_ref(hs, post))
                )  # fmt: skip
                continue
            if g.why == POST_ON_PAPER_SET_ASIDE:
                continue  # (said once for the table, below)
            if g.why == POINT_LONGER_THAN_FORM:
                # '风险点 | 表现形式' over '宅基地审批…予以通过 | 优亲厚友': read by the headings,
                # the longer cells the point, the short kind of misconduct how it shows
                form = min((c for c, r in col_role.items() if r == "description"), default=None)
                if form is not None:
                    example = next(
                        (
                            v
                            for x in rows
                            if form < len(x) and (v := " ".join(str(x[form]).split()))
                        ),
                        "",
                    )
                    self.issues.append(
                        make_issue("POINT_LONGER_THAN_FORM", self.rel, grid.name,
                                   cell_ref(hs, g.col), value=g.heading.replace("\n", ""),
                                   field=labels.get(form, "").replace("\n", ""),
                                   form_cell=cell_ref(hs, form), example=example)
                    )  # fmt: skip
                continue
            if g.why == MATTER_BESIDE_DUTY:
                # '岗位职责 | 具体事项 | 风险表现': the matter of the duty set beside it, not the
                # point; the point the risk column beside it (said with both columns named)
                duty = min((c for c, r in col_role.items() if r == "duty"), default=None)
                point = min((c for c, r in col_role.items() if r == "risk_point"), default=None)
                if duty is not None and point is not None:
                    example = next(
                        (
                            v
                            for x in rows
                            if g.col < len(x) and (v := " ".join(str(x[g.col] or "").split()))
                        ),
                        "",
                    )
                    self.issues.append(
                        make_issue("MATTER_BESIDE_DUTY", self.rel, grid.name, cell_ref(hs, g.col),
                                   value=g.heading.replace("\n", ""),
                                   field=labels.get(duty, "").replace("\n", ""),
                                   point=labels.get(point, "").replace("\n", ""),
                                   point_cell=cell_ref(hs, point), example=example,
                                   role=role_zh(g.role))
                    )  # fmt: skip
                    continue
            if g.why == HOME_UNIT_SET_ASIDE:
                # '派出单位 | 湖北省十堰市人民医院' of a list of 援藏干部: each holder's home body,
                # no unit and no 科室 of the list's own (said once for the table, below)
                home_cols.append(g.col)
                continue
            if g.why == DAY_JOB_SET_ASIDE and (post := roles.get("title")) is not None:
                # '所在单位及职务 | 协会职务': each officer's day job set aside, the body's post named
                example = next(
                    (v for x in rows if g.col < len(x) and (v := " ".join(str(x[g.col]).split()))),
                    "",
                )
                self.issues.append(
                    make_issue("POST_DAY_JOB_SET_ASIDE", self.rel, grid.name, cell_ref(hs, g.col),
                               value=g.heading.replace("\n", ""), example=example,
                               field=labels.get(post, "").replace("\n", ""),
                               post_cell=cell_ref(hs, post))
                )  # fmt: skip
                continue
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
        if paper_cols and not given:
            # '编制岗位 | 实际岗位': the actual post (科室) read, the one on paper set aside
            kinds = sorted(paper_cols, key=lambda k: paper_cols[k])
            self.issues.append(
                make_issue("POST_ON_PAPER_SET_ASIDE", self.rel, grid.name,
                           cell_ref(hs, paper_cols[kinds[0]]),
                           value="、".join(labels.get(paper_cols[k], "").replace("\n", "")
                                          for k in kinds),
                           field="、".join(labels.get(roles[k], "").replace("\n", "")
                                          for k in kinds),
                           actual_cell="、".join(cell_ref(hs, roles[k]) for k in kinds))
            )  # fmt: skip
        if home_cols and (
            example := next(
                (v for row in rows for c in home_cols if c < len(row) and (v := row[c].strip())),
                "",
            )
        ):  # (a column left empty read nothing: nothing to say)
            self.issues.append(
                make_issue("HOME_UNITS_SET_ASIDE", self.rel, grid.name, cell_ref(hs, home_cols[0]),
                           value="、".join(labels.get(c, "").replace("\n", "") for c in home_cols),
                           example=example)
            )  # fmt: skip
        if (
            not given
            and (held := roles.get("person")) is not None
            and CONTACT_ONLY.search("".join(labels.get(held, "").split()))
            and not any(g.why == CONTACT_SET_ASIDE for g in guesses)
            and "department" not in roles
            and "post" not in roles  # ('科室 | 岗位 | 联系人': the unit's own staff member)
        ):
            # '企业名称 | 联系人 | 联系电话', no column of the list's own holder: read as before
            # (someone must hold the rows), warned
            self.issues.append(
                make_issue("HOLDER_IS_CONTACT", self.rel, grid.name, cell_ref(hs, held),
                           value=labels.get(held, "").replace("\n", ""))
            )  # fmt: skip
        if author is not None and not given:  # (said on the sheet before)
            self.issues.append(
                make_issue("HOLDER_BY_AUTHOR_COLUMN", self.rel, grid.name, cell_ref(hs, author),
                           value=labels.get(author, "").replace("\n", ""))
            )  # fmt: skip
        if "person" not in roles and not given:
            self._names_unread(hs, col_role, profiles, labels, marked)
        if not given and not grid.lacks("案", "反面"):  # (the cheap test: no case heading)
            self._case_columns_said(h, depth, headings, col_role, labels, rows)
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
        more_held = None
        if (
            not given
            and not {"title", "person"} & extra.keys()
            and (more_held := self._unheaded_holders(h, depth, last, roles, labels, rows))
        ):
            # '责任人 | (none) | (none)' over '大队长　某甲 | 副大队长　某乙 | …': a shared point's
            # further holders typed on, one a cell, as several holders in one cell are read
            held_at, more = more_held
            for k in ("title", "person"):
                if roles.get(k) == held_at:
                    extra[k] = more
            last = more[-1]
            self.issues.append(
                make_issue("HOLDERS_CONTINUED_UNHEADED", self.rel, grid.name,
                           cell_ref(h, more[0]), field=labels.get(held_at, "").replace("\n", ""),
                           value="–".join(dict.fromkeys((col_letter(more[0]), col_letter(last)))))
            )  # fmt: skip
        tiers = self._duty_tiers(roles, col_role, labels) if "duty" not in extra else []
        if len(tiers) > 1:
            extra["duty"] = tiers[1:]  # ('基金管理 | 基金拨付' over the point: '基金管理/基金拨付')
        if surname is not None:  # (the 责任人 merged over the halves: no further column of it)
            extra = {
                k: [x for x in xs if x not in (surname, roles.get("person"))]
                for k, xs in extra.items()
            }
            extra = {k: xs for k, xs in extra.items() if xs}
        table = _Table(h, h + depth, roles, col_role, min(headings), last, extra)
        table.duty_tiers = tuple(tiers)
        table.holders_on = bool(more_held)
        table.surname_col = surname
        table.scope_holders = scoped
        table.header = (headings, labels, "")
        table.year_older = frozenset(older)
        table.side_post = side_post
        table.paper_cols = paper_cols
        table.across = self._across(
            {c: x for c, x in headings.items() if c not in older}, roles, col_role, groups
        )
        if (
            table.across
            and not given
            and (more := self._unheaded_pairs(h, depth, last, rows, table.across))
        ):
            # 'point | level' pairs typed on into unheaded columns past the headed ones: more
            # points of the same row's holder, each with its level
            for g in more:
                col_role[g["risk_point"]] = col_role[g["risk_level"]] = "other"
            table.across = [*table.across, *more]
            table.last = more[-1]["risk_level"]
            self.issues.append(
                make_issue("PAIRS_CONTINUED_UNHEADED", self.rel, grid.name,
                           cell_ref(h, more[0]["risk_point"]), field=labels.get(last - 1, ""),
                           value=f"{col_letter(more[0]['risk_point'])}–{col_letter(table.last)}")
            )  # fmt: skip
        if banded:
            table.band_row, table.band_holders = banded[0], banded[2]
            table.sections = True  # (a list: each band's points its holder's form)
        if table.across and table.extra:
            # (a band's heading merged over its groups' columns: each a group's, none an extra)
            grouped = {x for g in table.across for x in g.values()}
            table.extra = {r: [x for x in xs if x not in grouped] for r, xs in table.extra.items()}
        table.ticks = ticks
        counts = self._level_counts(h, sample, ticks, roles, count_total) if ticks else ""
        table.level_counts, table.counts_filled = bool(counts), counts == "filled"
        table.count_total = count_total if counts else None
        if ticks and not counts:  # ('1.…⏎2.…' beside '2 | 0 | 1': a holder's lines' counts)
            table.counts_lined = self._level_counts_lined(h, sample, ticks, roles)
        if not (ticks or table.across):  # ('共3项（一级1项、二级2项）' beside a holder's rows)
            table.count_text = self._level_count_text(h, sample, roles, col_role)
        table.level_votes = (
            bool(ticks)
            and not (table.level_counts or table.counts_lined)
            and self._level_votes(h, rows, ticks)
        )
        if ticks and not (table.level_counts or table.level_votes or table.counts_lined):
            table.level_holders = self._level_holders(h, depth, ticks, roles, rows)
            table.sections = table.sections or table.level_holders  # (several holders: a list)
        elif (lc := roles.get("risk_level")) is not None and not {"title", "person"} & roles.keys():
            table.level_named = self._level_ticks_named(h, lc, rows)
            table.sections = table.sections or table.level_named
        table.type_ticks = type_ticks
        table.type_levels = type_levels
        table.type_level_ticks, table.ticks_level_col = grid_ticks, ticks_level_col
        table.level_criteria = level_criteria
        table.level_factor_steps = level_factor_steps
        table.score_ticks = score_ticks
        table.scale_row = scale_row
        table.level_said = level_said
        table.overseer_levels = overseer_levels
        table.point_dash = self._point_dash(roles, labels, rows)
        table.point_shows = "" if table.point_dash else _point_shows(roles, labels, rows)
        table.point_measures = self._point_measures(roles, labels, rows)
        table.point_lines = _point_lines(roles, labels, rows)
        table.point_arrow = _point_arrow(roles, labels, rows)
        table.point_required = not (
            table.point_arrow or table.point_lines or table.point_measures or table.point_shows
        ) and _point_required(roles, labels, rows)
        table.point_bracket = _point_bracket(roles, labels)
        heads_in = "risk_point"
        heads = _point_heads(roles, rows)
        if heads is None and "measures" in roles:
            # (no such point: '【责任人：质量管理科　科长　某某】1.…' opening the 防控措施 instead)
            heads_in = "measures"
            heads = _point_heads(roles, rows, heads_in)
        if heads and not card_above():
            # '【院长　某某】…' opening some points, the rest under them unbracketed: each
            # bracket's holder holds the rows down to the next (``bracket_head``)
            table.point_heads, table.sections = heads_in, True
            pc = roles[heads_in]
            first = next(
                r for r, row in zip(sample, rows, strict=True) if pc < len(row) and row[pc].strip()
            )
            code = (
                "HOLDER_PREFIX_CARRIED" if heads_in == "risk_point" else "HOLDER_MEASURES_CARRIED"
            )
            self.issues.append(
                make_issue(code, self.rel, self.grid.name, cell_ref(first, pc),
                           value=heads[1], total=str(heads[0]))
            )  # fmt: skip
        posts = 0 if table.point_heads else self._point_posts(roles, rows)
        table.point_posts = bool(posts) and not card_above()
        lined = (
            _grid_line_holders(roles, level_points, rows)
            if level_points and h in self.level_heads
            else None
        )
        if lined is not None:
            # '总经理　某某：…⏎报关员　某某：…' in the grid's cells: each line its holder's point
            table.line_holders, table.point_posts, posts = True, False, 0
            r0, c0, head, n = lined
            self.issues.append(
                make_issue("GRID_LINE_HOLDERS", self.rel, self.grid.name, cell_ref(sample[r0], c0),
                           value=head, total=str(n))
            )  # fmt: skip
        if table.point_posts and posts == 2:
            pc = roles["risk_point"]
            first = next(
                (
                    (r, m.group(1))
                    for r, row in zip(sample, rows, strict=True)
                    if pc < len(row)
                    and (m := _HOLDER_COLON.match(row[pc]))
                    and _head_holder(m.group(1))
                ),
                None,
            )
            if first is not None:
                self.issues.append(
                    make_issue("HOLDER_BEFORE_COLON", self.rel, self.grid.name,
                               cell_ref(first[0], pc), value=squeeze(first[1]))
                )  # fmt: skip
        # (each point naming its post, the rows are several posts': a list)
        table.sections = table.sections or table.point_posts or table.line_holders
        table.point_holders = self._point_holders(roles, rows) and (
            "title" in roles or not card_above()  # (a card's holder is its own)
        )
        table.holder_cells = _holder_cells(roles, col_role, labels, rows, card_above)
        if table.holder_cells and _IDENTITY_ROLES.isdisjoint(roles):
            table.sections = True  # (no holder column, the rows name their holders: a list)
        if not table.holder_cells:  # ('本条起3条由总经理　某某负责' heading each block: a list)
            table.counted_cells, counts_fit = _counted_holder_cells(roles, col_role, labels, rows)
            table.sections = table.sections or (bool(table.counted_cells) and counts_fit)
        pc = roles.get("risk_point")
        areas = [_AREA_PREFIX.match(row[pc]) for row in rows if pc is not None and pc < len(row)]
        table.point_areas = len(areas) >= 2 and sum(map(bool, areas)) * 5 >= len(areas) * 4
        table.point_colon = self._point_colon(table, labels, rows, sample)
        table.point_tag = not table.point_heads and self._point_tag(table, labels, rows, sample)
        table.post_ticks = post_ticks
        table.holder_measures = holder_measures
        table.holder_names = holder_names
        table.holder_excluded = holder_excluded
        table.holder_areas = holder_areas
        table.holder_depts = holder_depts
        table.dept_ticks = dept_ticks
        table.holder_steps = holder_steps
        table.open_lanes = open_lanes
        table.lane_depts = lane_depts if holder_steps else {}
        table.helper_marks = helper_marks
        if raci_col is not None:
            self._raci_read(table, h, raci_col, raci_owners, col_role, raci_was)
        table.blank_marks = _blank_marks(rows, list(type_ticks)) | _blank_marks(rows, list(ticks))
        table.level_series = level_series
        table.level_peaks = level_peaks
        table.level_factors = level_factors or side_factors
        table.level_scores = scores
        table.former_point = former_point
        table.level_points = level_points
        table.stage_points = stage_points
        table.level_lines = h in self.level_heads
        table.level_point_measures = level_point_measures
        table.point_staggered = bool(staggered)
        table.point_side_levels = side_levels
        table.level_measures = level_measures
        table.level_measures_band = measures_band
        table.tier_levels = tier_levels
        table.type_measures = type_measures
        if "measures" in roles:
            table.stage_col = _stage_column(rows, roles, col_role, table.first, table.last)
            if table.stage_col is not None:
                self._stages_done_by(table, h, roles, col_role, labels, sample)
        table.measure_kinds = measure_kinds
        table.level_types = level_types
        table.type_points = type_points
        if band_levels:
            per_column.update((x, ("level", f"{p}\n{n}")) for x, (p, n, _v) in band_levels.items())
        table.per_column, table.band_levels = per_column, band_levels
        table.block_names = block_names
        table.answer, table.answer_ticked = self._answer_column(labels, rows, roles, col_role)
        if table.answer is not None:
            self._withdraw_column_issues(table.answer)  # (its guess as a post: taken back)
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
        self._grade_marks(table, labels, headings, rows, lc)  # ('上年风险等级 | 等级变化 | ↑')
        self._review_opinions(table, labels, headings, rows, lc)  # ('审核意见 | 调整为一级')
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

    def _type_headed_points(
        self, headings: dict[int, Heading | None], labels: dict[int, str]
    ) -> dict[int, str]:
        """Point columns each headed by one risk type and nothing else ('思想道德风险点 | 制度机制
        风险点 | 岗位职责风险点', two at least, each another type), no other point column:
        column → type, or {}."""
        points = [c for c, x in headings.items() if x and x.role == "risk_point"]
        # ('一、思想道德风险 | 二、制度机制风险': numbered, the types all the same)
        bare = {c: NUMBERING.sub("", labels.get(c, "")).strip() for c in points}
        typed = {
            c: known[0]
            for c in points
            if self._one_type(bare[c]) and (known := self.config.types(bare[c])[0])
        }
        if len(typed) < 2 or len(typed) < len(points) or len(set(typed.values())) < len(typed):
            return {}
        return typed

    def _stage_point_columns(
        self, hs: int, c: int, sub: range, subs: list[str], rows: list[list[str]], sample: list[int]
    ) -> dict[int, tuple[str, str]]:
        """A points heading merged over the work's stages, each sub-heading a stage and its level
        in a closing bracket ('立项论证（二级） | 招标采购（一级）'), or under a heading saying
        its columns are stages ('各环节廉政风险点') bare stages ('立项 | 采购 | 验收'): column →
        (stage, its level word or ''), else nothing. The stages short words, each another, none
        a level, a type or a heading of its own; texts under them, not ticks or levels. A
        bracket of no level ('风险点（按环节填写）' over …) is no stage's. The level may be
        labelled in the bracket ('立项（风险等级：一级）'), or a row of level words right under bare
        stages ('立项 | 招标 | 验收' over '高 | 高 | 中', nothing else on it) gives them theirs:
        that row is the heading's, no point of it."""
        config, sh = self.config, self.sh
        bracketed = [_STAGE_BRACKET.match(squeeze(v)) for v in subs]
        level_row = sample[0] if sample and sample[0] == hs + 2 else None
        if level_row is not None and (
            any(bracketed)
            or not set(sh.nonempty(level_row)) <= set(sub)
            or any(
                config.level(sh.rows[level_row][x].strip() if x < len(sh.rows[level_row]) else "")
                is None
                for x in sub
            )  # fmt: skip
        ):
            level_row = None  # (not a row of the stages' levels only)
        if level_row is not None:  # '立项 | 招标' over '高 | 高': the stages' levels
            staged = [
                (squeeze(v), squeeze(sh.rows[level_row][x])) for x, v in zip(sub, subs, strict=True)
            ]
            rows = [sh.rows[r] for r in sample[1:]]
        elif all(bracketed):  # (the cheap test first: a bracket closes every sub-heading)
            staged = [(m.group(1), _STAGE_LEVEL_LABEL.sub("", m.group(2))) for m in bracketed if m]
            if any(config.level(word) is None for _, word in staged):
                return {}
        elif any(bracketed) or not _STAGED_POINTS_HEAD.search(squeeze(sh.rows[hs][c])):
            return {}
        else:
            staged = [(squeeze(v), "") for v in subs]
        stages = [stage for stage, _ in staged]
        if len(set(stages)) < len(stages) or any(
            not 2 <= len(stage) <= 12
            or not HAN_TEXT.search(stage)
            or config.level(stage)
            or self._one_type(stage)
            or heading_role(label_key(stage)) is not None
            for stage in stages
        ):
            return {}
        texts = 0
        for row in rows:
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING:
                    continue
                if v in _MARK_WORDS or config.level(v) or not HAN_TEXT.search(v):
                    return {}  # (ticks or levels under the stages: no points of them)
                texts += len(v) >= 4
        if texts < 2:
            return {}
        if level_row is not None:
            self.skip.add(level_row)  # (the stages' levels: the heading's row, no point's)
        return dict(zip(sub, staged, strict=True))

    @staticmethod
    def _point_within(
        c: int, sub: range, headings: dict[int, Heading | None], col_role: dict[int, str]
    ) -> bool:
        """The heading merged over ``sub`` names the points ('廉政风险点（按风险类型填写）' over
        思想道德风险 | 制度机制风险 | …) and the point's role went by contents to another of its
        columns ('/' in most of the first, two holders): the span is the points' all the same."""
        h = headings.get(c)
        return (
            h is not None
            and h.role in POINTISH
            and any(col_role.get(x) in POINTISH for x in sub if x != c)
        )

    def _peak_of_periods(
        self, hs: int, c: int, role: str, sub: range, subs: list[str], rows: list[list[str]]
    ) -> bool:
        """A level heading merged over sub-columns each graded, every filled cell below a level
        word or nothing ('高', '—', '/'), whose row's level is the highest of them: the
        sub-headings parts of the year ('汛前（4—5月）', '春季防火期', '旺季'), or any others but
        holders with a note taking the highest ('…就高确定'). Quarters, months, half-years and
        years without such a note stay a series whose latest counts (``level_series``);
        '固有 | 剩余' and '自评 | 审定' are two readings, read as before."""
        if len(sub) < 2 or not (role == "risk_level" or _level_head(self.sh.rows[hs][c])):
            return False
        keys = [squeeze(v) for v in subs]
        if not all(keys) or len(set(keys)) != len(keys):
            return False
        if any(_GRADE_READINGS.search(k) for k in keys):
            return False
        level = self.config.level
        graded = 0
        for row in rows:
            said = [v for x in sub if x < len(row) and (v := row[x].strip())
                    and v not in _NOTHING and not _NOTHING_WRITTEN.match(v)]  # fmt: skip
            if any(v.isdigit() or level(v) is None for v in said):
                return False
            graded += bool(said)
        if graded < 2:
            return False
        if all(_SEASON_HEAD.search(k) for k in keys):
            return True
        if any(_tick_post(v)[1] or is_post(k) for v, k in zip(subs, keys, strict=True)):
            return False  # (holders' columns, each cell the holder's own level)
        return self._peak_noted

    @cached_property
    def _peak_noted(self) -> bool:
        """A line of the sheet takes the highest of a point's grades ('注：…以三个时段中最高的
        等级作为该风险点的风险等级', '…就高确定')."""
        return any(
            len(v) <= 300 and "高" in v and _PEAK_NOTE.search(squeeze(v))
            for row in self.sh.rows
            for v in row
            if v
        )

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

    def _level_holder_columns(self, hr: int, headings, rows: list[list[str]]) -> dict[int, str]:
        """Neighbouring columns headed each by a level's holder ('一级风险责任人', '高风险责任岗位'),
        two levels or more, each once, no other role's column among them, and every filled cell
        holders (``_level_cell_holders``; '/' none), some filled: column → its level word."""
        head = self.sh.rows[hr]
        out: dict[int, str] = {}
        for c in sorted(headings):
            m = _LEVEL_HOLDER_HEAD.match(squeeze(head[c]) if c < len(head) else "")
            if not m or self.config.level(m.group(1)) is None:
                continue
            vals = [v for row in rows if c < len(row) and (v := row[c].strip())]
            if any(v not in _NOTHING and not _level_cell_holders(v) for v in vals):
                continue
            out[c] = m.group(1)
        cols = sorted(out)
        if (
            len(cols) < 2
            or cols[-1] - cols[0] != len(cols) - 1
            or len({self.config.level(v) for v in out.values()}) != len(cols)
            or not any(c < len(row) and row[c].strip() not in ("", *_NOTHING)
                       for row in rows for c in cols)
        ):  # fmt: skip
            return {}
        return out

    def _one_type(self, text: str) -> bool:
        """A heading that is one risk type and nothing else ('思想道德', '制度机制风险')."""
        known, unknown = self.config.types(text)
        return len(known) == 1 and not unknown and len(squeeze(text)) <= 8

    def _levels_either_side(
        self, roles, col_role, headings, labels, h: int, rows=()
    ) -> tuple[int, ...]:
        """A point graded twice, before and after its measures ('固有风险等级（防控前）| 防控措施 |
        剩余风险等级（防控后）'): the column before the measures is the point's level (never the
        post's A/B/C grade its contents may look like), the one after is no field of the point;
        a note taking the one after ('以防控后等级为准') takes it, and so does a before column with
        no level word at all ('A/B/C') beside an after column of levels. One level column of neither
        kind beside them ('风险等级'), or no measures column: as before. Returns the two columns
        so read, else ()."""
        if "measures" not in roles:
            return ()
        before: list[int] = []
        after: list[int] = []
        for c, hd in headings.items():
            if hd is None or hd.role != "risk_level":
                continue
            s = squeeze(labels.get(c, ""))
            ahead = any(w in s for w in _MEASURED_BEFORE)
            if ahead == any(w in s for w in _MEASURED_AFTER):
                return ()  # an unqualified level column (or one saying both): it wins as before
            (before if ahead else after).append(c)
        if len(before) != 1 or len(after) != 1:
            return ()
        pre, post = before[0], after[0]
        noted = any(
            len(v) <= 300 and ("后" in v or "余" in v) and _AFTER_LEVEL_NOTE.search(squeeze(v))
            for r, row in enumerate(self.sh.rows)
            if r != h
            for v in row
            if v
        )

        def graded(c: int) -> bool:
            return any(c < len(r) and self.config.level(squeeze(r[c])) for r in rows)

        # ('A | … | 高', 'A/B/C' a post's grade or a code before the measures, the levels after
        # them: the after column is the only one of levels, read and said)
        unlevelled = not noted and bool(rows) and not graded(pre) and graded(post)
        taken, left = (post, pre) if noted or unlevelled else (pre, post)
        for role in [k for k, v in roles.items() if v in (pre, post)]:
            del roles[role]
        roles["risk_level"], col_role[taken], col_role[left] = taken, "risk_level", "other"
        # (the label joins a heading of two rows: '风险级别' over '措施前')
        head = {c: squeeze(labels.get(c, "")) for c in (pre, post)}
        self.issues.append(
            make_issue("LEVEL_BEFORE_MEASURES", self.rel, self.grid.name, cell_ref(h, taken),
                       field=head[pre], other=head[post], value=head[taken],
                       reason="表下说明以防控后的等级为准" if noted
                       else "防控前一栏没有填风险级别,按防控后的级别读取" if unlevelled
                       else "防控前的等级是风险点本身的级别")
        )  # fmt: skip
        return pre, post

    def _post_grade_varying_levels(self, roles, col_role, labels, rows, guesses) -> None:
        """The only level-like column headed as a post's grade ('岗位等级', '岗位风险等级') that
        holds level words ('一级/二级/三级', 'Ⅰ/Ⅱ/Ⅲ') differing among one post's rows: each
        point's level, not the post's grade (a post has one grade). Only where no column is the
        level, every value filled is a level word (no staff grade, '管理七级', no A/B/C) and the
        values differ within a third of the posts with two rows or more at least (a grade merged
        or repeated down each post's rows stays the post's). Said as a column guessed."""
        c = roles.get("declared_grade")
        if c is None or "risk_level" in roles or col_role.get(c) != "declared_grade" or not rows:
            return
        ids = [roles[x] for x in ("department", "title", "person") if x in roles]
        held: dict[tuple[str, ...], list[str]] = {}
        key: list[str] = [""] * len(ids)
        for row in rows:
            key = [
                squeeze(row[x]) if x < len(row) and row[x].strip() else key[i]
                for i, x in enumerate(ids)
            ]
            v = squeeze(row[c]) if c < len(row) else ""
            if not v:
                continue
            level = self.config.level(v)
            if not level:
                return  # (a staff grade, A/B/C or other words: the post's, as before)
            held.setdefault(tuple(key), []).append(level)
        several = [x for x in held.values() if len(x) > 1]
        varying = sum(len(set(x)) > 1 for x in several)
        if not varying or 3 * varying < len(several):
            return
        del roles["declared_grade"]
        roles["risk_level"], col_role[c] = c, "risk_level"
        guesses[:] = [g for g in guesses if g.col != c]
        guesses.append(
            Guess(c, labels.get(c, ""), "risk_level", "同一岗位各行的级别不同,是风险点的级别")
        )

    def _year_bands(
        self,
        h: int,
        depth: int,
        end: int,
        headings: dict[int, Heading | None],
        roles: dict[str, int],
        col_role: dict[int, str],
        rows: list[list[str]],
    ) -> set[int]:
        """Two years' lists side by side in the same rows: bands headed by years ('2024年度 |
        2025年度', '上年度 | 本年度', '原 | 现') each merged over a point column of its own (and
        maybe its level and measures). Only the current band is read — the one a note under the
        table names as this year's, else the latest — its columns taking the point's, level's
        and measures' roles; the older bands' columns hold nothing (one info, YEAR_BANDS_LATEST).
        Returns the older bands' columns (empty where the header is no such thing)."""
        bands = self._year_band_spans(h, depth, headings)
        if not bands:
            return set()
        hs = h + depth - 2
        times = [t for _, _, t in bands]
        now = self._band_named_current(h + depth, end, [w for _, w, _ in bands])
        at = now if now is not None else times.index(max(times))
        sub, word, _ = bands[at]
        point = next(y for y in sub if (x := headings.get(y)) and x.role == "risk_point")
        if not any(point < len(row) and row[point].strip() for row in rows):
            return set()  # (the current band not filled in yet)
        older = {y for i, (s, _, _) in enumerate(bands) if i != at for y in s}
        same = self._band_blank_same(h + depth, end, headings, sub, older)
        for role in [k for k, c in roles.items() if c in older or c in sub]:
            del roles[role]
        for y in older:
            col_role[y] = "other"
        for y in sub:
            x = headings.get(y)
            role = x.role if x is not None else "other"
            if role in _YEAR_BAND_ROLES and role not in roles:
                roles[role] = y
                col_role[y] = role
            else:
                col_role[y] = "other"
        self.issues.append(
            make_issue(
                "YEAR_BANDS_LATEST",
                self.rel,
                self.grid.name,
                cell_ref(hs, sub[0]),
                value="、".join(f"“{w}”" for _, w, _ in bands),
                latest=word,
                reason="表下说明写明该栏为本年度的清单," if now is not None else "按年份最新,",
                blank="本栏空白的行按表下说明与往年一栏相同,照往年一栏读取"
                if same
                else "本栏空白的行不读",
            )
        )
        return older

    def _year_band_spans(
        self, h: int, depth: int, headings: dict[int, Heading | None]
    ) -> list[tuple[range, str, int | str]]:
        """The year bands over a header's last row ('2024年度 | 2025年度', '上年度 | 本年度', '原 |
        现'), each merged over two columns or more and a point column among them, every point
        column of the header under one of them: each band's columns, word and time (``_sub_time``);
        [] for any other header (a year over one column, a band over no point, a year twice)."""
        if depth < 2:
            return []
        sh = self.sh
        hs = h + depth - 2
        top = sh.rows[hs]
        bands: list[tuple[range, str, int | str]] = []
        for c in sh.nonempty(hs):
            t = _sub_time(top[c])
            if t is None:
                continue
            sub = range(c, sh.span_end(hs, c) + 1)
            if len(sub) < 2 or not any(
                (x := headings.get(y)) is not None and x.role == "risk_point" for y in sub
            ):
                return []  # (a year over one column, or over no points: no such list)
            bands.append((sub, squeeze(top[c]), t))
        times = [t for _, _, t in bands]
        if len(bands) < 2 or len(set(times)) != len(times) or len({type(t) for t in times}) > 1:
            return []
        points = [c for c, x in headings.items() if x is not None and x.role == "risk_point"]
        if any(not any(c in sub for sub, _, _ in bands) for c in points):
            return []  # (a point column outside the bands: no two years' lists of points)
        return bands

    def _band_blank_same(
        self,
        start: int,
        end: int,
        headings: dict[int, Heading | None],
        sub: range,
        older: set[int],
    ) -> int:
        """A note under two years' bands saying a row left blank in this year's band is as last
        year's ('注：本年度栏空白的，表示与上年度相同', '未填写的沿用上年'): such a row's cells of this
        year's band are filled from the older band's of the same heading, so its point is read
        (not dropped as last year's alone). Returns how many rows were filled."""
        sh = self.sh
        said = False
        for r in range(start, min(len(sh.rows), end + 8)):
            for c in sh.nonempty(r)[:1]:
                s = squeeze(sh.rows[r][c])
                if s.startswith(("注", "说明", "备注")) and _BAND_BLANK_SAME.search(s):
                    said = True
        if not said:
            return 0
        pairs = []
        for y in sub:
            x = headings.get(y)
            if x is None:
                continue
            old = next(
                (
                    o
                    for o in sorted(older)
                    if (h := headings.get(o)) is not None and h.role == x.role
                ),
                None,
            )
            if old is not None:
                pairs.append((y, old))
        if not any(headings[y].role == "risk_point" for y, _ in pairs):
            return 0
        filled = 0
        for r in range(start, min(len(sh.rows), end + 1)):
            row = sh.rows[r]
            if any(y < len(row) and row[y].strip() for y in sub):
                continue
            if not any(o < len(row) and row[o].strip() for _, o in pairs):
                continue
            for y, o in pairs:
                if y < len(row) and o < len(row):
                    row[y] = row[o]
            filled += 1
        return filled

    def _band_named_current(self, start: int, end: int, words: list[str]) -> int | None:
        """The band a note under the table names as this year's list ('注：“2025年度”栏为本年度
        排查确定的风险点'): its index among ``words``, else None."""
        sh = self.sh
        for r in range(start, min(len(sh.rows), end + 8)):
            for c in sh.nonempty(r)[:1]:
                s = squeeze(sh.rows[r][c])
                if not s.startswith(("注", "说明", "备注")):
                    continue
                for i, w in enumerate(words):
                    k = s.find(w)
                    if k >= 0 and _CURRENT_BAND.match(s[k + len(w) :]):
                        return i
        return None

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
    def _point_posts(roles: dict[str, int], rows) -> int:
        """No post column, and most of the points open with a post and a colon ('保管员：出库时以
        陈粮顶替轮换新粮', '出纳:坐支现金'): the post holds the point. With no 科室 or 姓名 column
        either, the head may name the holder too ('院长眭翀璟：…', '药剂科主任　禚琇岑：…',
        '副院长（眭沄翯）：…'; ``_head_holder``): 2 where some heads so name their holders, else
        1 (0: no such list)."""
        pc = roles.get("risk_point")
        if pc is None or "title" in roles:
            return 0
        cells = [row[pc] for row in rows if pc < len(row) and row[pc].strip()]
        if len(cells) < 2:
            return 0
        # (a holder in the head only where no column names one: else it is the 短名 it reads as)
        holders = (
            "person" not in roles
            and "department" not in roles
            # (the cheap test first: most cells with a colon where a holder's head would end)
            and sum(":" in v[:17] or "：" in v[:17] for v in cells) * 5 >= len(cells) * 4
        )
        posted = several = named = 0
        for v in cells:
            m = _POST_COLON.match(v)
            ok = bool(m and _a_named_post(squeeze(m.group(1))))
            if not ok and holders and (h := _HOLDER_COLON.match(v)) and _head_holder(h.group(1)):
                ok = True
                named += 1
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
        if posted * 5 >= len(cells) * 4:
            return 2 if named else 1
        return int(several >= 2 and several * 2 >= len(cells))

    def _types_under(self, rows: list[list[str]], sub: range) -> bool:
        """Most filled cells under these columns name a risk type ('岗位职责', '制度机制')."""
        cells = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        cells = [v for v in cells if v not in _NOTHING]
        return (
            len(cells) >= 2
            and sum(1 for v in cells if self.config.type_only(v)) * 5 >= len(cells) * 4
        )

    @cached_property
    def _criteria_levels(self) -> dict[int, str]:
        """A count of criteria met → the level a note gives it ('符合三项及以上的为一级风险，符合两项
        的为二级风险，符合一项的为三级风险'); {} without such a note (``count_levels``)."""
        return count_levels(self._legend, self.config.level)

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

    def _scale_mark_columns(
        self, hs: int, c: int, sub: range, subs: list[str], rows: list[list[str]]
    ) -> dict[int, str]:
        """Columns under a merged level heading ('风险程度', '风险等级') that carry no words of
        their own, only a scale printed across them in the row below ('低 ——————→ 高' in one
        merged cell, or '低 | → | 高' over the three), and in the rows only marks (●, √, ★),
        some ticked: column → level, the scale's high end Ⅰ级, its low end Ⅲ级, else {}. Only
        as many columns as there are levels (three): two or five columns under a scale say
        no level each (left as before). Not 一级 | 二级 | 三级 sub-headings (``ticks`` of their
        own), nor '风险程度评分' over 1 | 2 | 3 (scores)."""
        canon = self.config.levels.canonical
        heads = self.sh.rows[hs]
        in_head = (
            len(sub) == len(canon)
            and not any(v.strip() for v in subs)
            and c < len(heads)
            and (m := _SCALE_IN_HEAD.fullmatch(squeeze(heads[c]))) is not None
        )  # ('风险程度（低→高）' merged over the band, no scale row: its bracket the scale)
        if len(sub) != len(canon) or not (subs[0].strip() or in_head):
            return {}  # (the cheap tests first: three columns, the scale's first end at the left)
        if c >= len(heads) or not _SCALE_ROW_HEAD.fullmatch(squeeze(heads[c])):
            return {}
        if any(v.strip() for v in subs[1:]) and not subs[-1].strip():
            return {}  # (spread over the columns: the other end at the right)
        if all(self.config.level(v.strip()) for v in subs):
            return {}  # ('高 | 中 | 低': each column's own sub-heading, a tick band of its own)
        ends = _SCALE_ROW_ENDS.fullmatch(squeeze(m.group(1) if in_head else "".join(subs)))
        if not ends:
            return {}
        low, high = ends.groups()
        if _SCALE_ROW_LOW.get(low) != high:
            if _SCALE_ROW_LOW.get(high) != low:
                return {}  # ('高 → 高', '低 → 重': no scale)
            canon = canon[::-1]  # ('高 ←—— 低': the high end at the left)
        marks = [row[x].strip() for row in rows for x in sub if x < len(row) and row[x].strip()]
        uniform = len(marks) >= 2 and len(set(marks)) == 1 and marks[0] in _SCALE_UNIFORM_MARKS
        if not marks or not (
            uniform or all(v in _CRITERIA_TICKS or v in _SCALE_ROW_MARKS for v in marks)
        ):
            return {}  # (words or numbers under the scale: no band of marks)
        return dict(zip(sub, canon[::-1], strict=True))

    def _scale_marks_said(self, t: _Table, rows: list[RawRisk]) -> None:
        """Says once for the table that its levels were read from the column of each row's
        mark under the printed scale, and names each row marking two of its columns (its
        level then left blank: LEVEL_BLANK asks for one)."""
        if not rows or t.scale_row is None:
            return
        r0, c0 = t.scale_row
        sh = self.sh
        scale = "".join(sh.rows[r0][x] for x in t.ticks if x < len(sh.rows[r0]))
        said = "、".join(f"{col_letter(x)}列={lv}" for x, lv in t.ticks.items())
        self.issues.append(
            make_issue("LEVEL_BY_SCALE_MARK", self.rel, self.grid.name, cell_ref(r0, c0),
                       field=squeeze(scale), value=said)
        )  # fmt: skip
        for rr in rows:
            if rr.sheet and rr.sheet != self.grid.name:
                continue
            row = sh.rows[rr.row]
            marked = [x for x in t.ticks if x < len(row) and _ticked(row[x].strip())]
            if len(marked) > 1:
                rr.risk_level = ""
                self.issues.append(
                    make_issue("LEVEL_SCALE_MARKS_UNCLEAR", self.rel, self.grid.name,
                               cell_ref(rr.row, marked[0]), field=squeeze(scale),
                               value="、".join(cell_ref(rr.row, x) for x in marked))
                )  # fmt: skip

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

    def _point_name_text_subs(
        self, hs: int, c: int, subs: list[str], col_role: dict, sample: list[int]
    ) -> bool:
        """The point's heading on row ``hs`` merged over columns c and c + 1 heads the sub-headings
        of the point's NAME and its TEXT ('名称 | 具体描述', '风险点 | 内容', '简称 | 表现'), no other
        column is the description, and most rows write a short name on the left and a longer
        text on the right (``_name_then_text``, the sub-headings saying what the lengths need not
        prove). Said as the info POINT_NAME_TEXT_SUBHEADS."""
        if len(subs) != 2:
            return False
        left, right = (squeeze(v or "") for v in subs)
        if not (_SUB_POINT_NAME.fullmatch(left) and _SUB_POINT_TEXT.fullmatch(right)):
            return False
        if any(r == "description" for x, r in col_role.items() if x != c + 1):
            return False  # (a description column of its own elsewhere: as before)
        if not self._name_then_text(sample, c, said=True):
            return False
        self.issues.append(
            make_issue("POINT_NAME_TEXT_SUBHEADS", self.rel, self.grid.name, cell_ref(hs, c),
                       field=squeeze(self.sh.rows[hs][c]), value=f"{left}｜{right}")
        )  # fmt: skip
        return True

    def _name_then_text(self, sample: list[int], c: int, said: bool = False) -> bool:
        """Under a point's heading merged over columns c and c + 1, most rows write a short name
        in the left cell, a row each, and a sentence on how it shows in the right one (no
        measures): the right column is the description. ``said``: sub-headings name the two, the
        right cell need only be the longer."""
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
            if len(left) > 16 or _measure_like(right):
                return False
            if len(right) < (len(left) + 1 if said else 1.5 * len(left) + 4):
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
        types = self.config.types
        tails = [v.rsplit("——", 1)[1].strip().rstrip("。；;") for v in cells if "——" in v]
        if sum(bool(w) and not types(w)[1] and bool(types(w)[0]) for w in tails) * 2 > len(tails):
            return False  # ('…——思想道德风险': the type after the dash, ``_dash_types``)
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
            or t.line_holders
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

    def _rows_not_integrity(
        self,
        h: int,
        depth: int,
        roles: dict[str, int],
        col_role: dict[int, str],
        labels: dict[int, str],
        sample: list[int],
    ) -> int | None:
        """The column taken for the 风险类型 is a per-row category of a 一岗双责 list ('风险类别'
        over '廉政风险' and '安全履职风险' row by row): the work-safety rows are another programme's
        duties, not integrity points, set aside row by row in the body (one info, rows counted as
        reported); the column is no type (no TYPE_UNKNOWN on its cells). Only where every cell
        written is one of the two classes and both are there: a column of the integrity types
        ('岗位职责 | 安全管理'), or all safety, reads as before. The column taken for the type
        first, else one read as no role ('风险类型 | 风险类别' side by side: the types kept)."""
        typed = roles.get("risk_type")
        for c in sorted(labels, key=lambda x: x != typed):
            if (c == typed or col_role.get(c) in (None, "other")) and _CLASS_HEADING.search(
                labels[c]
            ):
                if self._class_split(h, depth, c, sample, labels[c]):
                    break
        else:
            return None
        if c == typed:
            del roles["risk_type"]
            col_role[c] = "other"
        return c

    def _class_split(self, h: int, depth: int, c: int, sample: list[int], label: str) -> bool:
        """Whether column ``c``'s cells are each an integrity or a safety class, both there; if
        so its rows are set aside (``_rows_not_integrity``) and said once."""
        merged = self.grid.merged_into
        safety = integrity = 0
        for r in sample:
            v = squeeze(_cell_or_merged(self.sh, merged, r, c, h + depth))
            if not v:
                continue
            if _SAFETY_CLASS.fullmatch(v):
                safety += 1
            elif _INTEGRITY_CLASS.fullmatch(v):
                integrity += 1
            elif label_key(v) not in _NOTHING:
                return False  # ('岗位职责风险', '安全管理'): a type column, read as before
        if not safety or not integrity:
            return False
        self.rows_aside[h] = c
        last = self.sh.rows[max(h, h + depth - 1)]  # ('风险情况' over '风险类别': the latter)
        field = squeeze(last[c]) if c < len(last) and last[c] else squeeze(label)
        self.issues.append(
            make_issue("ROWS_NOT_INTEGRITY", self.rel, self.grid.name,
                       cell_ref(max(h, h + depth - 1), c), field=field, rows=str(safety))
        )  # fmt: skip
        return True

    def _scope_bands(
        self, h: int, depth: int, headings: dict[int, Heading | None]
    ) -> dict[int, Heading | None]:
        """Two or more point bands of the row's holder side by side, each under its own heading
        merged over it ('个人岗位风险' over '本人岗位廉政风险 | 等级', '分管领域风险' over
        '分管领域廉政风险 | 等级', 一岗双责): each band's '等级' is its own point's level, not a
        岗位风险等级 nor the first band's, so both are read as points across (``_across``), each
        filled point cell a point of the row's holder at its band's level. Only where every band's
        merge starts over its point column and its level sub-heading is right after it, and the
        headings do not pair them all already ('风险点1 | 等级1 | 风险点2 …': read as before)."""
        sh, sub = self.sh, h + depth - 1
        row, merged = sh.rows[sub], self.grid.merged_into
        bands: list[int] = []  # (each band's point column)
        for c, x in headings.items():
            if x is None or x.role not in POINTISH or sh.span_end(sub - 1, c) not in (c + 1, c + 2):
                continue  # (cheap first: a point column where a band heading's merge starts)
            point = heading_role(label_key(row[c])) if c < len(row) else None
            level = heading_role(label_key(row[c + 1])) if c + 1 < len(row) else None
            if point is None or point.role != "risk_point" or level is None:
                continue
            if level.role == "risk_level" and (sub, c + 1) not in merged:
                bands.append(c)
        above = sh.rows[sub - 1]
        heads = [squeeze(above[c]) if c < len(above) else "" for c in bands]
        if len(bands) < 2 or len(set(heads)) < len(bands):
            return headings  # (one band, or one heading repeated: no scopes side by side)
        if set(bands) <= set(_point_pairs(headings)):
            return headings  # (every band a point and its level already: nothing to mend)
        self.issues.append(
            make_issue("POINT_BANDS_SIDE_BY_SIDE", self.rel, self.grid.name,
                       cell_ref(sub - 1, bands[0]), value=str(len(bands)),
                       other="、".join(f"“{x}”" for x in heads))
        )  # fmt: skip
        out = dict(headings)
        for c in bands:
            x = headings[c]
            out[c] = Heading("risk_point", max(x.strength, LIKELY), x.word)
            out[c + 1] = Heading("risk_level", SURE, label_key(row[c + 1]))
        return out

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
        if c == t.group_names_col:
            return  # ('张三丰组' merged down: the holder's group, named after him; no 科室)
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

    @staticmethod
    def _own_cols(t: _Table) -> set[int]:
        """The columns of a role of their own (not a 备注's): looked up once per table."""
        own = {c for role, c in t.roles.items() if role != "other"}
        own.update(x for more in t.extra.values() for x in more)
        return own

    @staticmethod
    def _answer_column(labels, rows, roles, col_role) -> tuple[int | None, bool]:
        """A column asking whether the row applies ('本岗位是否存在', '本村是否涉及') whose cells
        answer it (是/否, 涉及/不涉及): the rows answered no are no points. One asking for a
        tick ('本岗位涉及（打√）', '本岗位是否涉及' over '√' and blanks): the rows left unticked
        are none. It names no post, whatever its short repeated words looked like (the role it
        was given is taken back). Returns (the column, whether a blank answers no)."""
        for c, label in labels.items():
            if "涉及" not in label and "存在" not in label and "适用" not in label:
                continue  # (the cheap test)
            bare = _HINT.sub("", squeeze(label))
            asks = "是否" in label and bool(_APPLIES.search(bare))
            if not asks and not (_TICK_ASKED.search(label) and _APPLIES_TICKED.search(bare)):
                continue  # (a self-check's '是否存在' asks whether the problem is found: kept)
            vals = {squeeze(row[c]) for row in rows if c < len(row) and row[c].strip()}
            blank = any(c >= len(row) or not row[c].strip() for row in rows)
            if asks and len(vals) >= 1 and vals <= _ANSWERS and vals & _NO_ANSWER:
                ticked = False
            elif vals and vals <= _ANSWER_TICKS and (blank or not asks):
                ticked = True  # ('√' and blanks: the blank rows left unticked)
            else:
                continue
            for role in [k for k, v in roles.items() if v == c]:
                del roles[role]
            col_role[c] = "other"
            return c, ticked
        return None, False

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
        if sh.kind(r) in ("fields", "unit", "signoff") or _label_cells_line(sh.rows[r], cols):
            return False  # a form's fields ('科室:国库股 | 持卡人:…', '责任岗位：局长 | 责任人：…')
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

    def _heading_under_list(self, r: int, t: _Table) -> bool:
        """Row ``r``, under the rows of the list ``t``, heads a table of another kind: a ledger's
        or a record's by its headings' words (``_ledger_heading_under_list``), or a record the
        title line above it names one (``_titled_record``), or right under its rows untitled and
        numbered (``_numbered_record``)."""
        if r in self.ledger_heads:
            return True
        row = self.sh.rows[r] if r < len(self.sh.rows) else ()
        # (a heading's cells are short, all three's: a list's row of a point's text is none; in C)
        if row and max(map(len, row)) > 12 and max(map(len, map(str.strip, row))) > 12:
            return False
        return (
            self._ledger_heading_under_list(r, t)
            or self._titled_record(r, t)
            or self._numbered_record(r, t)
        )

    def _ledger_heading_under_list(self, r: int, t: _Table) -> bool:
        """Row ``r``, under the rows of the list ``t``, heads a numbered table of another kind
        whose headings name a holder or a 科室 among them ('序号 | 存在问题 | 整改措施 | 整改时限 |
        责任人 | 完成情况', a 巡察 ledger; '序号 | 检查事项 | 责任科室 | 检查人'): a form's labels by
        their words (its kind is ``fields``), so ``_foreign_header`` takes it for none. Its cells
        are short headings, no label written with a colon, no name, date or number among them, no
        risk point's or level's heading; it is not the list's own header (two of its headings at
        least are another column's or none); the row under it is numbered. (Found once, the row
        is kept in ``ledger_heads``: ``_tail`` reports the table, TABLE_UNDER_LIST.) A heading
        opening with no ``序号`` (no number column, or a blank over one) is taken by its words
        instead, ``_unnumbered_ledger``. A record naming its people only by the part they took
        ('日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人', '谈话时间 | 谈话人 | 谈话对象 | 谈话类型',
        no holder's nor 科室's heading, its row of kind ``other``) heads such a table too: its
        words found once a sheet (``_Sheet.record_rows``), a ``_RECORD_HEAD`` standing for the
        holder's heading."""
        sh = self.sh
        if r in self.ledger_heads:
            return True
        if r >= len(sh.rows) or r in self.repeated or r in self.skip:
            return False
        row = sh.rows[r]
        cols = sh.nonempty(r)
        if not 4 <= len(cols) <= 12:
            return False
        if max(map(len, map(row.__getitem__, cols))) > 12:  # (in C)
            return False  # (a heading's cells are short)
        text = "".join(map(row.__getitem__, cols))
        if ":" in text or "：" in text:
            return False  # ('科室：办公室 | 姓名：…': labels filled in, a form's fields)
        numbered = squeeze(row[cols[0]]) == "序号"
        if not numbered and r not in sh.record_rows and not _LEDGER_OWN.search(text):
            return False  # (no number column: a ledger's or a record's words, searched once)
        if _INT_CELL.match(row[cols[numbered]]):
            return False  # ('3 | 办公室 | 科员 | …': a numbered row, as the loop below finds)
        # (after the cells' shape and words: a list's rows are not read for their kind)
        kind = sh.kind(r)
        if kind != "fields" and (kind not in ("other", "signoff") or r not in sh.record_rows):
            # (the cheap tests first: a heading naming a holder is of kind fields; a record's
            # naming its people only as 主持人, 记录人 … of kind other, its words found once a
            # sheet — or of kind signoff, a sign-off line's words among them: '日期', '时间')
            return False
        if kind == "signoff" and not self._reaches_point(r, t):
            return False  # (a narrow record left of the point column: read as before, no points)
        heads = {c: heading_role(sh.key(r, c)) for c in cols[numbered:]}
        for c, h in heads.items():
            v = row[c].strip()
            if (looks_like_name(v) and not _LEDGER_OWN.search(v) and not _RECORD_HEAD.match(v)) or (
                _is_date(v) or _INT_CELL.match(v)
            ):
                # ('序号 | 姓名 | 丘穆陵璟 | …': a value among them, no heading row; '谈话时间',
                # '谈话人' are headings, whatever the surname 谈)
                return False
            if h is not None and h.strength == SURE and h.role in ("risk_point", "risk_level"):
                return False  # another list of points: ``_foreign_header`` and the header's
        if not any(
            h is not None and h.role in ("person", "department") for h in heads.values()
        ) and not any(_RECORD_HEAD.match(squeeze(row[c])) for c in heads):
            # (a holder's or 科室's heading made it a row of fields; a record names its people
            # by the part they took: '主持人 | 记录人', '谈话人 | 谈话对象')
            return False
        if self._roster_header(r) is not None or self._change_log_head(r):
            # who holds which post ('序号 | 科室 | 岗位 | 姓名': ``_roster_below``), who took over
            # which ('序号 | 岗位 | 原任人员 | 现任人员': ``collect._apply_change_sheet``): read, not reported
            return False
        if sum(h is None or t.col_role.get(c) != h.role for c, h in heads.items()) < 2:
            return False  # the list's own header again, a word changed
        below = next((x for x in range(r + 1, min(len(sh.rows), r + 4)) if sh.nonempty(x)), None)
        if below is None:
            return False
        if numbered:
            if not _INT_CELL.match(sh.rows[below][sh.nonempty(below)[0]].strip()):
                return False  # (a heading over numbered rows: a table's)
        elif not self._unnumbered_ledger(r, below, heads):
            return False
        self.ledger_heads.add(r)
        return True

    def _titled_record(self, r: int, t: _Table) -> bool:
        """Row ``r``, under the rows of the list ``t``, heads a short record the title line just
        above it names one ('2025年度廉政风险防控学习记录', '谈话提醒记录表', '集中学习情况登记表':
        ``_RECORD_TITLE``, alone on its row, merged across or not) — three headings or more,
        short, none a value (a name, a date, a number, a level) nor a risk list's ('风险点',
        '风险等级', '防控措施'), not the list's own header, however they are stretched over the
        list's columns by merges ('日期 | 主持人 | 学习内容 | 参加人数', 学习内容 over the point
        column); the row under it fills two cells at least and is no heading row. Its words are
        any (a sign-off line's '日期', '签名'; '参加人数', '应到/实到'): the title says what it is.
        Found, the row is kept in ``ledger_heads`` with the code RECORD_TITLED_UNDER_LIST and the
        record's last row in ``record_until`` (its rows may hold dates: they are counted to the
        first blank row, title or line of labels filled in). Behind the one test
        ``grid.lacks('记录', '登记', '签到', '台账')``."""
        if self.grid.lacks("记录", "登记", "签到", "台账"):
            return False
        sh = self.sh
        if not 0 < r < len(sh.rows) or r in self.repeated or r in self.skip:
            return False
        above = sh.nonempty(r - 1)
        if len(above) != 1:
            return False
        cols = sh.nonempty(r)
        if not 3 <= len(cols) <= 12:
            return False
        title = squeeze(sh.rows[r - 1][above[0]]).rstrip("。.")
        if len(title) > 30 or not _RECORD_TITLE.search(title):
            return False
        row = sh.rows[r]
        if any(len(row[c].strip()) > 10 or ":" in row[c] or "：" in row[c] for c in cols):
            return False  # (a heading's cells are short; '科室：办公室': a label filled in)
        if t.header is not None and r - 1 <= t.row:
            return False  # (the list's own title: no record under its rows)
        heads = {c: heading_role(sh.key(r, c)) for c in cols}
        for c, h in heads.items():
            v = squeeze(row[c])
            if (
                (looks_like_name(v) and not _RECORD_HEAD.match(v) and not _LEDGER_WORDS.search(v))
                or _is_date(v)
                or _INT_CELL.match(v)
                or self.config.level(v) is not None
            ):
                return False  # ('3月5日 | 宰父璟 | …': a row of values, no heading)
            if _LEDGER_NOT.search(v):
                return False  # ('风险点', '防控措施': a list's heading)
            if h is not None and h.strength == SURE and h.role in _NOT_LEDGER_ROLES:
                return False
        if sum(h is None or t.col_role.get(c) != h.role for c, h in heads.items()) < 2:
            return False  # the list's own header again, a word changed
        if not self._reaches_point(r, t):
            return False  # (a narrow record left of the point column: read as before, no points)
        below = next((x for x in range(r + 1, min(len(sh.rows), r + 3)) if sh.nonempty(x)), None)
        if below is None or len(sh.nonempty(below)) < 2:
            return False
        return self._take_record(r, below, "RECORD_TITLED_UNDER_LIST")

    def _numbered_record(self, r: int, t: _Table) -> bool:
        """Row ``r``, right under the rows of the list ``t`` (no blank row, no title line), heads
        an UNTITLED, NUMBERED record whose headings name no one ('序号 | 学习内容 | 学习时间 | 签到',
        '序号 | 培训主题 | 培训方式 | 学时 | 参加人数'): ``序号`` first, then two to eleven short
        headings, each of a ledger's or a record's words (``_LEDGER_WORDS``, ``_RECORD_COLUMN``),
        one at least naming what the record is of (``_RECORD_SUBJECT``: 学习, 谈话, 会议, 培训 …),
        none a value (a name, a date, a number, a level) nor a risk list's ('风险', '防控': a second
        list) nor a point's, level's, type's or description's heading, not the list's own header;
        the row under it is numbered again from 1 and no heading row. (A heading naming a holder,
        a 科室 or a record's people — 主持人, 谈话对象 — is ``_ledger_heading_under_list``'s; one under
        a title naming a record ``_titled_record``'s.) Found, the row is kept in ``ledger_heads``
        with the code RECORD_NUMBERED_UNDER_LIST and the record's last row in ``record_until``
        (its rows hold dates: counted to the first blank row or line of labels filled in).
        Behind the one test ``grid.lacks(*_RECORD_SUBJECTS)``."""
        if self.grid.lacks(*_RECORD_SUBJECTS):
            return False
        sh = self.sh
        if not 0 < r < len(sh.rows) or r in self.repeated or r in self.skip:
            return False
        cols = sh.nonempty(r)
        if not 3 <= len(cols) <= 12:
            return False
        row = sh.rows[r]
        if squeeze(row[cols[0]]) != "序号":
            return False
        if any(len(row[c].strip()) > 10 or ":" in row[c] or "：" in row[c] for c in cols):
            return False  # (a heading's cells are short; '科室：办公室': a label filled in)
        if not any(_RECORD_SUBJECT.search(row[c]) for c in cols[1:]):
            return False  # (no record's subject among its headings: the cheap test first)
        if (t.header is not None and r <= t.row) or len(sh.nonempty(r - 1)) < 2:
            # (right under the list's last row: after a blank row or a caption, another table
            # by ``_foreign_header``, TABLE_OTHER, as before)
            return False
        heads = {c: heading_role(sh.key(r, c)) for c in cols[1:]}
        for c, h in heads.items():
            v = squeeze(row[c])
            if _LEDGER_NOT.search(v):
                return False  # ('廉政风险点', '防控措施': a second list's heading)
            if not (_LEDGER_WORDS.search(v) or _RECORD_COLUMN.search(v)):
                return False  # (a heading of no record's words: no such table)
            if _is_date(v) or _INT_CELL.match(v) or self.config.level(v) is not None:
                return False  # ('2025年3月 | 3 | …': a row of values)
            if h is not None and h.strength == SURE and h.role in _NOT_LEDGER_ROLES:
                return False
        if sum(h is None or t.col_role.get(c) != h.role for c, h in heads.items()) < 2:
            return False  # the list's own header again, a word changed
        below = r + 1
        under = sh.nonempty(below) if below < len(sh.rows) else []
        if len(under) < 2 or not _FIRST_NUMBER.match(sh.rows[below][under[0]].strip()):
            return False  # (numbered again from 1 right under its heading)
        return self._take_record(r, below, "RECORD_NUMBERED_UNDER_LIST")

    def _take_record(self, r: int, below: int, code: str) -> bool:
        """The record headed at row ``r``, its first row ``below``, taken (``_titled_record``,
        ``_numbered_record``) unless that row is a heading row again (a two-row header's): its
        rows counted down to the first blank row or line of labels filled in (the sign-off under
        it), kept in ``ledger_heads``, ``ledger_codes`` (``code``) and ``record_until``."""
        sh = self.sh
        for c in sh.nonempty(below):
            h = heading_role(sh.key(below, c))
            if h is not None and h.strength == SURE:
                return False  # (a heading row again: a two-row header's, no rows)
        end = below
        while end + 1 < len(sh.rows) and (nxt := sh.nonempty(end + 1)) and len(nxt) >= 2:
            if any(":" in sh.rows[end + 1][c] or "：" in sh.rows[end + 1][c] for c in nxt):
                break  # ('填表人： | 审核人：': the sign-off under the record)
            end += 1
        self.ledger_heads.add(r)
        self.ledger_codes[r] = code
        self.record_until[r] = end + 1
        return True

    def _reaches_point(self, r: int, t: _Table) -> bool:
        """Row ``r``'s last filled cell stands in the list ``t``'s point column or right of it
        (a record stretched over the list's columns by merges, or as wide as the list): its rows
        would be read as points."""
        point = t.roles.get("risk_point")
        cols = self.sh.nonempty(r)
        return point is None or (bool(cols) and cols[-1] >= point)

    def _unnumbered_ledger(self, r: int, below: int, heads: dict) -> bool:
        """Row ``r``, a heading row under a list that opens with no ``序号`` ('问题描述 | 整改措施 |
        责任科室 | 责任人 | 完成时限 | 整改情况', '日期 | 学习内容 | 参加人 | 责任人', or a blank over a
        number column), heads a ledger or a record: every heading a known column's (no point's,
        level's, type's or description's) or of a ledger's words ('问题', '整改', '时限', '日期',
        '内容', '情况', '主持', '谈话' …), none a risk list's ('风险', '廉政', '防控', '隐患'); the row
        under it (``below``) is no heading row and fills the holder's or 科室's column, or a
        record's people's ('主持人', '谈话对象': ``_RECORD_HEAD``)."""
        sh = self.sh
        row = sh.rows[r]
        for c, h in heads.items():
            v = squeeze(row[c])
            if _LEDGER_NOT.search(v):
                return False  # ('防控措施', '廉政风险', '风险表现': a second list's heading)
            if (
                h is not None
                and h.role in _NOT_LEDGER_ROLES
                and not (h.strength < SURE and _LEDGER_OWN.search(v))
            ):
                return False  # (but '谈话类型', '问题类型': a record's or a ledger's own kind)
            if (h is None or h.strength < 2) and not _LEDGER_WORDS.search(v):
                return False  # (a heading of no ledger's words: no such table)
        under = sh.rows[below]
        for c in sh.nonempty(below):
            h = heading_role(sh.key(below, c))
            if h is not None and h.strength == SURE:
                return False  # (a heading row again: a two-row header's, no rows)
        return any(
            c < len(under) and under[c].strip()
            for c, h in heads.items()
            if (h is not None and h.role in ("person", "department"))
            or _RECORD_HEAD.match(squeeze(row[c]))
        )

    @staticmethod
    def _post_names(rows: list[list[str]], sub: range) -> bool:
        """Post columns under a merged 责任人 whose filled cells each name people ('芮淏瑷',
        '乜晗、冼昊'), blank or '/' where the post has none of the row: two names at least, not
        all on one row. A mark ('√'), a 科室 or a text in any cell: not such columns. '同上' (the
        name above in its column) and '全体' / '全部' / '均' (all of the post, no one name) are
        neither names nor against them."""
        named = 0
        rows_named = 0
        for row in rows:
            here = 0
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                if v in _DITTO or v in EVERYONE_WORDS:
                    continue
                if not looks_like_name(v):
                    return False  # (the cheap end: the first cell that is no name)
                here += 1
            named += here
            rows_named += bool(here)
        return named >= 2 and rows_named >= 2

    @staticmethod
    def _dept_tick_cells(rows: list[list[str]], sub: range) -> bool:
        """科室 columns whose filled cells are marks only ('√', '●', '是') or a 科室's part in the
        point in a short role word ('负责', '牵头验收', '配合', '监督': read as a tick, the words
        kept nowhere), one ticked at least: a text, a post ('主任') or a name ('芮淏瑷') in any
        cell is no such column (``_dept_post_cells`` and the names' readers read those). The
        roster under the rows ('附：…') ends them."""
        ticked = False
        for row in rows:
            first = next((v.strip() for v in row if v.strip()), "")
            if first.startswith("附"):
                break  # ('附：科室岗位人员表': the roster's caption)
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING:
                    continue
                if _DEPT_TICK_ROLE.match(v):
                    ticked = True  # '负责审核', '配合', '牵头验收': the 科室's part, a tick too
                    continue
                if v not in _CRITERIA_MARKS and (len(v) > 2 or HAN_TEXT.search(v) or v.isdigit()):
                    return False
                ticked = ticked or _ticked(v)
        return ticked

    @staticmethod
    def _dept_post_cells(rows: list[list[str]], sub: range) -> bool:
        """科室 columns whose filled cells each name posts only ('主任', '主任、记者', '副主任'),
        blank or '/' where the 科室 has none of the row: two such cells at least, on two rows. A
        mark ('√'), a name ('芮淏瑷') or a text in any cell: not such columns. The roster under
        the rows ('附：人员名单', '序号 | 部门 | 岗位 | 姓名') ends them."""
        said = 0
        rows_said = 0
        for row in rows:
            here = 0
            first = next((v.strip() for v in row if v.strip()), "")
            if first.startswith("附"):
                break  # ('附：科室岗位人员表': the roster's caption)
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                if len(v) > 30:
                    return False  # (the cheap end: a text, no posts)
                parts = [squeeze(p) for p in _POST_NAMES_SPLIT.split(v) if p.strip()]
                if parts and all(is_post(p) and not looks_like_name(p) for p in parts):
                    here += 1
                    continue
                hd = heading_role(v)
                if hd is not None and hd.strength >= SURE and hd.role in _ROSTER_HEAD_ROLES:
                    return said >= 2 and rows_said >= 2  # ('岗位 | 姓名': the roster's heading)
                return False
            said += here
            rows_said += bool(here)
        return said >= 2 and rows_said >= 2

    def _area_subs(self, subs: list[str]) -> bool:
        """Sub-headings that are places ('宫城 | 皇城 | 外城', '3林班 | 5林班'): each written,
        none a post, a level, a type or a column's other word ('备注'), fewer than half
        read as people ('宫城', '关厢' pass for names; people over columns are holders)."""
        people = 0
        for v in subs:
            s = squeeze(v)
            if not s or len(s) > 12:
                return False
            if _AREA_NOT_PLACE.search(s) or self.config.level(s) or self._one_type(s):
                return False
            if _AREA_WHEN_OR_STAGE.search(s):
                return False  # ('第一季度', '周一', '初审 | 复核 | 审定': times or stages)
            if is_post(_tick_post(s)[0]):
                return False
            hd = heading_role(s)
            if hd is not None and hd.strength >= SURE:
                return False  # ('责任人' over '姓名 | 职务': a heading's own sub-headings)
            people += looks_like_name(s)
        return people * 2 < len(subs)

    @staticmethod
    def _area_names(rows: list[list[str]], sub: range) -> bool:
        """Place columns whose filled cells (mostly) name people ('童玙翯', '房骊洹、房汭頔'), each
        name 2–4 characters: half the filled cells at least, two rows at least; a mark ('√') or a
        number (a count) in any cell: not such columns. '/' and blanks are no one."""
        filled = named = 0
        rows_named = 0
        for row in rows:
            here = 0
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v) or v in _DITTO:
                    continue
                if (len(v) <= 2 and not HAN_TEXT.search(v)) or v[0].isdigit():
                    return False  # (the cheap end: a mark or a count)
                filled += 1
                parts = [w for w, _post in _area_cell_holders(v)]
                if parts and all(2 <= len(w) <= 4 for w in parts) and looks_like_name(parts[0]):
                    here += 1
            named += here
            rows_named += bool(here)
        return named >= 2 and rows_named >= 2 and named * 2 >= filled

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

    def _raci_chart(self, h: int, c: int, rows: list[list[str]]) -> frozenset[str]:
        """A heading merged across holders' columns whose every filled cell is a capital letter
        ('R', 'A', 'C', 'I'; or two, 'R/A'; full-width or lower-case folded), a legend in the heading or a note saying what each means:
        the letters that hold the row ('R负责', 'R=责任人'); else none."""
        sh = self.sh
        end = sh.span_end(h, c)
        if end == c:
            return frozenset()  # (the cheap test: nothing merged across at the top)
        letters: set[str] = set()
        for row in rows:
            for x in range(c, min(end + 1, len(row))):
                said = _raci_letters(row[x])  # ('R/A' two letters; 'Ｒ', 'r' read as 'R')
                if said is None:
                    return frozenset()
                letters |= said
        if len(letters) < 2:
            return frozenset()
        notes = (v for row in sh.rows[:300] for v in row if v and _RACI_LEGEND.search(v))
        return _raci_owners(sh.rows[h][c] + "\n" + "\n".join(notes), letters)

    def _raci_read(
        self,
        t: _Table,
        h: int,
        c: int,
        owners: frozenset[str],
        col_role: dict[int, str],
        was: str,
    ) -> None:
        """A RACI chart read as marks under posts: one info issue; a chart its letters did not
        make marks under posts of (``post_ticks``) is left as it read before."""
        if c not in t.post_ticks or t.holder_measures or t.holder_steps:
            col_role[c] = was
            return
        t.raci_owners = owners
        head = squeeze(self.sh.rows[h][c])
        self.issues.append(
            make_issue("HOLDERS_BY_RACI", self.rel, self.grid.name, cell_ref(h, c),
                       field=head, value="、".join(sorted(owners)))
        )  # fmt: skip

    def _excluding_marks(
        self,
        hs: int,
        c: int,
        role: str | None,
        depth: int,
        sub: range,
        subs: list[str],
        rows: list[list[str]],
        roles: dict[str, int],
    ) -> bool:
        """Holder columns whose mark means the row is NOT the holder's: 'post⏎name' (or a name)
        a column under a merged group heading ('班子成员（本人不涉及的打“×”）'), the cells only
        '×' (or only '／') or blank, and the heading or a note saying the mark excludes ('注：打
        “×”的为本人不涉及', '（×为不涉及）', '／表示不涉及'). Plain ticks ('√') stay marks that hold."""
        if role not in ("title", "person", "other") or depth < 2 or len(sub) < 2:
            return False
        marks: set[str] = set()
        for row in rows:  # (the first other cell ends it: '√', a name, a level)
            for x in sub:
                if x < len(row) and (v := row[x].strip()):
                    if v not in _EXCLUSION_CROSSES and v not in _EXCLUSION_SLASHES:
                        return False
                    marks.add(v)
        if not marks:
            return False
        if {"title", "person"} & {k for k, v in roles.items() if v not in sub}:
            return False  # (a holder column of the table's own: the marks are something else)
        if len(set(subs)) < len(subs) or not all(
            ((named := _tick_post(v))[1] and is_post(named[0])) or looks_like_name(squeeze(v))
            for v in subs
        ):
            return False
        head = self.sh.rows[hs][c] if c < len(self.sh.rows[hs]) else ""
        notes = [head] + [v for row in self.sh.rows[:300] for v in row if v and "不涉及" in v]
        for k, text in enumerate(notes):
            if k and not _EXCLUSION_PERSON.search(text):
                continue  # (a note of something else: '表中风险点本单位不涉及的打“×”后删除')
            said = _exclusion_legend(text)
            if said:
                kind = _EXCLUSION_SLASHES if said in "／/" else _EXCLUSION_CROSSES
                return marks <= kind
            if _INCLUSION_SAID.search(text) and marks <= _EXCLUSION_CROSSES:
                # ('本人涉及的打“×”，不涉及的不打': the mark holds, not read here) the rows as
                # before, a warning at the heading
                issue = make_issue("HOLDER_MARKS_SAID_INVOLVED", self.rel, self.grid.name,
                                   cell_ref(hs, c), field=squeeze(head),
                                   value="、".join(f"“{squeeze(v)}”" for v in subs),
                                   other=squeeze(text))  # fmt: skip
                if issue not in self.issues:
                    self.issues.append(issue)
                return False
        return False

    def _excluded_said(
        self, hs: int, c: int, sub: range, post_ticks: dict[int, str], rows: list[list[str]]
    ) -> None:
        """One info issue a table of holder columns marked by exclusion, naming any column left
        all blank (every row his)."""
        blank = [
            post_ticks[x].replace("\t", " ").strip()
            for x in sub
            if not any(x < len(row) and row[x].strip() for row in rows)
        ]
        whole = f";“{'”“'.join(blank)}”一栏没有打记号,读作全部风险点都是其本人的" if blank else ""
        self.issues.append(
            make_issue("HOLDERS_BY_EXCLUSION", self.rel, self.grid.name, cell_ref(hs, c),
                       field=squeeze(self.sh.rows[hs][c]),
                       value="、".join(f"“{v.replace(chr(9), ' ').strip()}”"
                                      for v in post_ticks.values()),
                       other=whole)
        )  # fmt: skip

    def _signed_under(
        self, sub: range, post_ticks: dict[int, str], last: int, end: int
    ) -> dict[int, str]:
        """Tick columns headed by posts only ('所长 | 教导员 | 副所长 | 副所长'), the holders' names
        only in a sign row a few rows under the table ('本人签字确认 | | | 阴某某 | 南门某某 | …',
        '签字确认', '本人签名：', '责任人（签字）'): each column's post with the name signed under
        it (two alike posts told apart), a date signed after a name dropped ('郜翎湍 3.1'). The
        columns signed (half of them or more) must each be signed by a different name, one cell
        each, and the label be the row's only cell before them; a column left unsigned keeps its
        post only, with a warning naming its cell. Otherwise (dates or '已签' signed, a '填表人： |
        … | 审核人： | …' line, names in the heading already) ``post_ticks`` as read."""
        if any("\t" in v for v in post_ticks.values()):
            return post_ticks  # (the heading names them: '站长⏎邝沅霖')
        sh = self.sh
        for r in range(last + 1, min(end, len(sh.rows), last + 6)):
            row = sh.rows[r]
            cols = sh.nonempty(r)
            if not cols or cols[0] >= sub[0]:
                continue
            label = _SIGN_ROW_LABEL.fullmatch(re.sub(r"[\s:：()（）]", "", row[cols[0]]))
            if not label or any(x < sub[0] for x in cols[1:]):
                continue  # (a note, a date row: the sign row may follow them)
            # (a name signed with its date: '郜翎湍 3.1', '寇岚汐 2025-03-01')
            cells = [squeeze(row[x]) if x < len(row) else "" for x in sub]
            names = [signed_name(v) or v for v in cells]
            signed = {x: v for x, v in zip(sub, names, strict=True) if v not in _UNSIGNED}
            if (
                signed
                and len(signed) * 2 >= len(names)
                and all(looks_like_name(v) for v in signed.values())
                and len(set(signed.values())) == len(signed)
                and all(sh.span_end(r, x) == x for x in sub)
            ):
                label = squeeze(row[cols[0]])
                self.issues.append(
                    make_issue("HOLDERS_FROM_SIGN_ROW", self.rel, self.grid.name,
                               cell_ref(r, cols[0]), field=label,
                               value="、".join(f"“{post_ticks[x]} {v}”" for x, v in signed.items()))
                )  # fmt: skip
                for x in sub:
                    if x not in signed:  # (a column left unsigned: its rows keep the post only)
                        self.issues.append(
                            make_issue("SIGN_ROW_COLUMN_UNSIGNED", self.rel, self.grid.name,
                                       cell_ref(r, x), field=label, value=post_ticks[x])
                        )  # fmt: skip
                return {x: f"{post_ticks[x]}\t{signed[x]}" if x in signed else post_ticks[x]
                        for x in sub}  # fmt: skip
            return post_ticks
        return post_ticks

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


# a sign row's cell left unsigned under a post's column ('', '/')
# a 科室's part in a point written under its column in place of a tick ('负责', '配合', '牵头验收',
# '负责审核', '监督'): a role word, then at most a short verb (``_dept_tick_cells``)
_DEPT_TICK_ROLE = LazyRe(
    r"^(?:负责|牵头|配合|监督|参与|协助|协办|主办|主责|承办|督办|参加|落实)[\u4e00-\u9fff]{0,3}$"
)
_UNSIGNED = frozenset({"", "/", "／", "-", "—"})
# a date signed after a name in a sign row ('郜翎湍3.1', '寇岚汐3月1日', '戚泓樾2025-03-01')
# the label of a sign row under tick columns of posts: '本人签字确认', '签名确认', '责任人（签字）'
# ('签字', '签名', '确认' alone too; '填表人', '审核人签字' sign for the form, not the columns)
_SIGN_ROW_LABEL = LazyRe(r"(?:本人|责任人|岗位责任人|班子成员)?((?:签字|签名)(?:确认)?|确认)")


def _exclusion_legend(text: str) -> str:
    """The mark a legend says excludes the holder ('班子成员（本人不涉及的打“×”）' → '×', '注：打
    “×”的为本人不涉及', '／表示不涉及'), read clause by clause (split on ，；。、), else '': a
    clause that makes no mark ('不涉及的不打“×”', '不涉及的无需打×', '不涉及留空'), or another
    saying the mark is made where he IS concerned ('本人涉及的打“×”，不涉及的不打'), is no
    exclusion; nor a legend of ticks too ('涉及打√，不涉及打×': an answer)."""
    if {"√", "✓", "✔"} & set(text):
        return ""
    got = ""
    for clause in _LEGEND_CLAUSES.split(text):
        if _INCLUSION_SAID.search(clause):
            return ""  # ('涉及的打“×”': the mark holds)
        said = _EXCLUSION_SAID.search(clause)
        if said and not _EXCLUSION_NEGATED.search(clause.replace("不涉及", "")):
            got = got or said[1] or said[2]
    return got


def _spaced_post(post: str) -> dict[str, str]:
    """The post a heading cell names before its holder, a space between a 科室 and the post
    ('水资源股　股长' → 科室 and post); else the whole as the post ('工程管理部部长', '总经理')."""
    parts = post.split()
    if len(parts) == 2 and _dept_like(parts[0]) and is_post(parts[1]) and not _dept_like(parts[1]):
        return {"department": parts[0], "title": parts[1]}
    return {"title": post}


def _bare_name(name: str) -> bool:
    """A name alone in a heading cell, with nothing to mark it a name: three characters not ending
    as a place or a body does ('邝泓铭', not '康乐县', '修理厂'), or a compound surname's
    ('司马砚舟'); two characters are too like a word ('时间', '盖章') and are left."""
    if _dept_like(name) or is_post(name):
        return False
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) in (3, 4)
    return len(name) == 3 and name[-1] not in _BARE_NAME_NOT_END


# what ends a place's, a body's or a form's name of three characters ('康乐县', '修理厂', '公示表')
_BARE_NAME_NOT_END = frozenset("县区市州旗镇乡村厂库牌表部会站所队组室科股处中段场")


def _grid_line_holders(
    roles: dict[str, int], level_points: dict[int, str], rows: list[list[str]]
) -> tuple[int, int, str, int] | None:
    """A type × level grid ('风险类型 | 高风险 | 中风险 | 低风险', ``_type_rows_grid``) with no
    科室, post or 姓名 column, whose filled cells nearly all open with a holder before a colon
    ('总经理　某某：…', '1.院长某某：…') and list their points one a line ('…⏎报关员　某某：…'):
    each line a point of its own holder, not the cell one point of its first line's. (The first
    such cell's row in ``rows``, its column, its holder's words, how many lines), else None; one
    such cell among plain ones is a point as written."""
    if not _IDENTITY_ROLES.isdisjoint(roles):
        return None
    cells = [
        (i, c, v)
        for i, row in enumerate(rows)
        for c in sorted(level_points)
        if c < len(row) and (v := row[c].strip()) and v not in _NOTHING
        and not _NOTHING_WRITTEN.match(v)
    ]  # fmt: skip
    # (the cheap test first: most cells with a colon where a holder's head would end)
    if (
        len(cells) < 2
        or sum(":" in v[:20] or "：" in v[:20] for _, _, v in cells) * 5 < len(cells) * 4
    ):
        return None
    first, held, lines = None, 0, 0
    for i, c, v in cells:
        each = _line_holders(v)
        lines += len(each)
        m = _HOLDER_COLON.match(_ITEM_LINE.sub("", v.lstrip(), count=1))
        if each and each[0][1] and each[0][1][2] and m:  # (a name beside the post, not a post)
            held += 1
            first = first or (i, c, squeeze(m.group(1)))
    if first is None or held < 2 or held * 5 < len(cells) * 4:
        return None
    return (*first, lines)


# the number of a group row holding a point, alone in its cell ('一', '（二）', '3.')
_POINT_GROUP_NUMBER = LazyRe(r"^\s*[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）、.．]?\s*$")
# a lone line under a list that is no point's group row ('注：…', '说明：…', '制表：…')
# a group row saying its point is the one above ('二 | 同上', '同前', '同上一项')
_POINT_GROUP_DITTO = LazyRe(r"^(?:同上|同前|同上一项|同上项|同前项)[。.]?$")
# a group row's label numbering its point in the first column ('风险点1：', '风险点二:')
_POINT_GROUP_LABEL = LazyRe(
    r"^\s*(?:廉政)?风险点\s*[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]?\s*[:：、.．]?\s*$"
)
_NOT_A_POINT_GROUP = LazyRe(r"^\s*(?:注|备注|说明|附注|制表|审核|填表|填报)\s*[:：]")


def _band_duty_column(sub: str) -> bool:
    """A sub-heading under a holder's band naming the post's duty ('责任清单' over '责任岗位 |
    责任人 | 责任事项'): its cells ('负责受理申请、一次性告知', short or long) are what the post does,
    never glued onto the post ('科员负责…'), so one holder with two duties stays one post."""
    if not sub or ("责" not in sub and "履职" not in sub):
        return False  # (the cheap test; '履职事项' has no 责)
    return _BAND_DUTY_HEAD.search(_BAND_DUTY_BRACKET.sub("", squeeze(sub))) is not None
