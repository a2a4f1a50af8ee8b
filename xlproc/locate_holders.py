"""Who holds which post, read from elsewhere than a holder column of the row itself:
rosters and tables of holders above, beside or below a list (by post, by point
numbers, by codes, by groups, by stages and windows, by staffing grids), charts and
swim lanes, change logs and successors, holders chained, listed or bracketed in
a cell, and runs or blocks of rows that share one holder.

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from xlproc.columns import (
    COMPOUND_SURNAMES,
    IDENTITY,
    LEADERS_GROUP,
    LINK_CAPTION,
    NOT_A_NAME,
    NOT_NAME_CHARS,
    PERSONAL_FIELDS,
    POINTISH,
    _dept_like,
    _leader_like,
    heading_role,
    holder_beside_field,
    holder_lines,
    looks_like_name,
    name_then_post,
    reads_holder_lines,
    role_zh,
    scope_parts,
    scope_tag_lines,
    share_labels_tagged,
    signed_name,
    signs_for_holder,
    starts_with_surname,
)
from xlproc.config import ticked_choices
from xlproc.identity import (
    _SELF,
    GROUP_ROLES,
    HAN_TEXT,
    HOLDER_SPLIT,
    NO_ONE,
    NOT_HOLDER_HEAD,
    NUMBERING,
    POST_PAIR,
    VACANT,
    _post_run_name,
    dept_post_names,
    glued_field_words,
    headed_name_after_post,
    holder_and_post,
    holder_known,
    holders_in_title_by_dept,
    is_post,
    marked_name,
    post_of,
    post_spaced_any_name,
    post_spaced_common_name,
    post_spaced_headed_name,
    post_spaced_unlisted_name,
    rank_glued_name,
    rank_then_field,
    roster_cell,
    several_names,
    spaced_name_heads,
    split_dept_title,
    split_unit_title,
    squeeze,
    unlisted_name_after_post,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _ALL_OF_A_POST,
    _BLOCK_EVERYONE,
    _BLOCK_NO_NAME,
    _BLOCK_POST_AND_JOINT,
    _BLOCK_POST_LIST_MARKS,
    _BLOCK_POST_SPLIT,
    _BOXED_CHOICES,
    _BRACKET_ROLES,
    _CALLED_SPLIT,
    _CARETAKER,
    _CHAIN_KINDS,
    _CHAIN_MARK,
    _CHAIN_ROLES,
    _CHANGE_LOG_LINE,
    _CHANGE_VACANT_WORD,
    _CLAUSE,
    _CN_ITEM,
    _CODE_CAPTION,
    _CODE_COL_ROLES,
    _CODE_HEAD,
    _CODE_SPLIT,
    _CODE_VALUE,
    _COLLECTIVE_OF,
    _CORNER_SPLIT,
    _DITTO,
    _DUTY_CITE_HEAD,
    _DUTY_CITE_ROLES,
    _DUTY_CITES,
    _DUTY_KEY,
    _DUTY_KEY_HEAD,
    _ENFORCER_GROUP,
    _EVERY_POINT,
    _EVERYONE_NOUNS,
    _EXCLUDED_REFS_HEAD,
    _FILLER,
    _FILLERS,
    _FLOW_CONNECTOR,
    _FLOW_MARK,
    _FLOW_TERMINAL,
    _FORMER,
    _FORMER_HOLDER_HEAD,
    _GRADE_REFS_HEAD,
    _GRADE_REFS_NONE,
    _GRID_CELL_MAX,
    _GRID_MARKS,
    _HANDED,
    _HANDED_BEFORE,
    _HOLDER_CELL_HEAD,
    _HOLDER_CHAIN_HEAD,
    _HOLDER_CODE,
    _HOLDER_COLON,
    _HOLDER_COUNT,
    _HOLDER_LINK,
    _HOLDER_MARK_ENTRY,
    _HOLDER_MARK_TAIL,
    _HOLDER_WORDS,
    _HOW_TO_TICK,
    _INLINE_FIELD,
    _ITEM_LINE,
    _ITEM_NUMBER,
    _KEY_ROLE_COLS,
    _LEADER_NOT_SIGNER,
    _LEVEL_HOLDERS_HEAD,
    _LICENCE_HEAD,
    _LICENSED_GROUP,
    _LIST_LEVEL,
    _LISTING_MARK,
    _LOOSE_MOVE,
    _MARK_END_STRIP,
    _MATTER_BRACKET_ROLES,
    _MATTER_KEY_HEAD,
    _MENTION_OUTSIDER,
    _MOVED_ITEMS,
    _NAME_SEPARATORS,
    _NAMES_SPLIT,
    _NEW_HOLDER_HEAD,
    _NO_BOX,
    _NO_PREFIX_ROLES,
    _NODE_CODE,
    _NODE_KIND_HEAD,
    _NODE_KINDS,
    _NOT_HELD_AFTER,
    _NOT_YET,
    _NOTHING,
    _NOTHING_WRITTEN,
    _NOW_BY,
    _NUMBERS_SAID,
    _OPTION_BOX,
    _OUTLET_END,
    _PARENT_HEAD,
    _PERIOD_HEAD,
    _PERSONAL_LABELS,
    _PLACE_HEAD,
    _PLAIN_NAME,
    _PLAN_CAPTION,
    _PLANNED,
    _POINT_REFS_HEAD,
    _POST_CITE_HEAD,
    _POST_COLON,
    _POST_NAME_DUTIES,
    _POSTS_HELD,
    _POSTS_SPLIT,
    _PREFIX_CODE,
    _RANGE_HEAD_TRIM,
    _RANGE_VALUE,
    _REDIVIDED,
    _REFS_BRACKET,
    _REFS_WORD,
    _REPORTING_UNIT_FIELD,
    _ROSTER_ROLES,
    _ROSTER_TRAILING_NOTE,
    _ROTA_PERIOD_HEAD,
    _ROUTE_HEAD,
    _SECTION_LINE,
    _SHARED_BY_ALL,
    _SIDE_HEADS,
    _SIGNING_ROLE,
    _STAFF_COL_ROLES,
    _STAFF_HEAD,
    _STAFF_KEY,
    _STAFF_NOS,
    _STAGE_ENTRY,
    _STAGE_HEAD_WORDS,
    _STAGE_LEAD_WORD,
    _STAGE_LINE_LEVEL,
    _STAGE_LINE_OPEN,
    _STAGE_LINE_WORDS,
    _STAGE_PICK_HEAD,
    _STAGE_POST_NOISE,
    _TICK_GRID_MARKS,
    _TIER_LEVEL,
    _VACANT_NOW,
    _VACANT_SEAT,
    _WINDOW_ENTRY,
    _WINDOW_HEAD,
    _WINDOW_MARK,
    _WINDOW_WORDS,
    MENTION_NAME,
    MENTIONS_TAIL,
    KeyRoleRoster,
    PointHolder,
    PointHolders,
    RangeRoster,
    RawRisk,
    _a_named_post,
    _band_holder,
    _boxed_name,
    _bracketed_name,
    _chain_by_cells,
    _chain_by_heading,
    _code_kind,
    _code_legend_re,
    _code_meaning,
    _code_prefixes,
    _ditto_said,
    _export_holder_pairs,
    _field_with_value,
    _fields_in_line,
    _grid_names,
    _grid_outlet,
    _group_roster,
    _group_roster_fits,
    _group_roster_head,
    _has_colon,
    _head_holder,
    _held_by_post,
    _holder_parts,
    _holder_words,
    _in_collective,
    _is_date,
    _is_signoff_label,
    _key,
    _level_cell_holders,
    _level_cell_ticked_holder,
    _levels_by_post,
    _levels_in_order,
    _levels_listed,
    _licence_holders,
    _line_fields,
    _mark_keys,
    _moved_to,
    _named_tiers,
    _names_a_body,
    _numbered_caption_holder,
    _own_point_lines,
    _packed_holder,
    _parse_fields,
    _past_change_lines,
    _permission_grid,
    _place,
    _point_holders_of_line,
    _point_key,
    _point_names,
    _point_numbers,
    _post_and_holder,
    _post_name_lines,
    _post_roster,
    _post_then_name,
    _posts_said,
    _prefix_code_col,
    _prefix_code_value,
    _ranges_of,
    _report_paragraph_holder,
    _role_signed,
    _roster_key,
    _roster_key_value,
    _rostered_name,
    _route_key,
    _same_holder,
    _Sheet,
    _signer_name,
    _signer_role,
    _split_post,
    _staff_cell,
    _staff_key_head,
    _stage_holder,
    _stage_key,
    _stage_line_column,
    _stage_line_measures,
    _stage_line_texts,
    _stage_match,
    _structured_holder,
    _successor_in,
    _Table,
    _tick_grid,
    _ticked,
    _tier_key,
    _tier_parts,
    _tier_roster,
    _types_listed,
    _window_box,
    _window_key,
    _window_match,
    _window_names,
    acting_for_vacant,
    call_of,
    called_roster,
    cell_slots,
    chain_heading,
    chain_link,
    chain_links,
    change_columns,
    concurrent_posts,
    counted_holder,
    duty_numbers_cited,
    field_of,
    heading_slot_holders,
    held_numbers,
    holder_bracket,
    key_spans,
    keyed_holder,
    level_then_holders,
    listed_holders,
    mention_roster,
    mention_roster_head,
    noted_ranges,
    numbered_item_texts,
    proxy_signed,
    roster_key,
    subject_holders,
)
from xlproc.script import as_keyed
from xlproc.text import (
    BRACKETED,
    WATCHING_LABEL,
    LazyRe,
    cell_ref,
    col_index,
    col_letter,
    label_key,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from xlproc.workbook import Grid


# a risk code spelling its holder: '主任·郗缃蕤-01', '01-会计', 'LZ-办公室主任-张三-1' (the running
# number at one end, the parts parted by '·', '-', '_', '/' or a space; a code's letters may lead)
# the words some heading of a table of holders by point numbers writes (``_point_holders_head``:
# ``_REFS_WORD``'s, '风险'/'事项' of a heading merged over the numbers, '不'/'除' of the numbers
# a holder does NOT have): a row with none of them is no such heading
_POINT_HOLDERS_HEAD_WORD = re.compile(r"风险|事项|业务|职权|环节|不|除")
# a posts' column heading that names the holders too ('岗位及人员', '岗位（人员）', '职务及姓名'):
# ``_post_spaced_in_posts_column``
_HALF_NAMED_HEAD = re.compile(r"人员|姓名|责任人")
_HALF_NAMED_POST = re.compile(r"岗位|职务|职位")
# what a place's name ends with, no given name, after a post and a space ('站长　威远街', '组长 大寨组')
_PLACE_ENDS = ("街", "寨", "村", "屯", "组", "片", "社区", "坝")
# two characters of a township's or a clinic's line of work, or of how a post is held, that no
# holder's name writes ('主任 土地确权', '医生 计划免疫', '站长 试用期', '主任 河长制'), after a
# post and a space in a half-written posts' column: no holder (``holder_known``'s words of work
# are the others')
_HALF_NAMED_WORK = frozenset(
    "确权 确地 生育 免疫 接种 防疫 检疫 试用 期满 见习 巡河 巡林 巡查 排查 调解 拆迁 征收 征地 "
    "扶贫 低保 救助 优抚 安置 维稳 综治 普法 计生 招标 投标 招商 长制".split()
)


def _half_named_work(word: str) -> bool:
    """A word after a post and a space holding two characters of a line of work
    (``_HALF_NAMED_WORK``: '土地确权', '计划免疫', '试用期', '河长办'): no holder's name."""
    return any(word[i : i + 2] in _HALF_NAMED_WORK for i in range(len(word) - 1))


_SPELLED_CODE_TAIL = re.compile(
    r"^(.+?)[\s·・\-－—–_/.．]*(?:\d{1,4}[\-－—–.．])?\d{1,4}$"
)  # (a running number, sub-numbered or of four digits: '-1-1', '-0001')
_SPELLED_CODE_HEAD = re.compile(r"^\d{1,3}[\s·・\-－—–_/.．]+(.+)$")
_SPELLED_CODE_SPLIT = re.compile(r"[\s·・\-－—–_/（）()]+")  # ('主任（郗缃蕤）-01')
_SPELLED_CODE_ROLES = (None, "other", "seq", "duty", "title", "person")
_SPELLED_CODE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# a note giving the code's format: '编号格式：岗位·姓名-序号', '风险编码由“岗位-序号”组成'
_SPELLED_CODE_NOTE = re.compile(
    r"(?:编号|编码|代码|代号).{0,20}?(?:岗位|职务)\s*[·・\-－—–_/\s]\s*(?:姓名|责任人|序号|流水号)"
)


def _opinion_holder_split(who: str) -> tuple[str, str, str] | None:
    """A holder a reviewer's opinion names and the list does not, as written: (科室, post, name)
    ('市场股股长某某' → 市场股, 股长, 某某; '张三（副主任）'; '办公室主任'; '张三'), else None."""
    s = squeeze(who)
    m = re.fullmatch(r"(.+?)[（(]([^（）()]+)[)）]", s)
    if m:
        a, b = m.group(1), m.group(2)
        if looks_like_name(a) and not is_post(a):
            dept, post = split_dept_title(b)
            return (dept, post, a) if is_post(post) else None
        if looks_like_name(b) and not is_post(b):
            s = f"{a} {b}"
    run = _post_run_name(s)
    if run:
        dept, post = split_dept_title(run[0])
        return dept, post, run[1]
    if looks_like_name(s) and not is_post(s):
        return "", "", s
    dept, post = split_dept_title(s)
    return (dept, post, "") if post and is_post(post) else None


def _spelled_holder(cell: str) -> tuple[str, ...] | None:
    """The (post, name) a risk code spells ('主任·郗缃蕤-01' → ('主任', '郗缃蕤'); '会计-02' →
    ('会计', '')), or None for a plain code ('LZ-01', 'S01-1', 'FX2024-003', 'A1.2'): a post's
    word and/or a name ``looks_like_name`` accepts, nothing else, beside a running number
    ('-01', '-1-1', '-0001'); a 科室 before the post ('办公室·主任·郗缃蕤-01') a third item."""
    text = squeeze(cell)
    m = _SPELLED_CODE_TAIL.match(text) or _SPELLED_CODE_HEAD.match(text)
    if m is None:
        return None
    parts = [p for p in _SPELLED_CODE_SPLIT.split(m.group(1)) if p]
    while parts and parts[0].isascii():  # a code's letters before the holder: 'LZ-'
        parts.pop(0)
    return _spelled_parts(parts)


def _spelled_parts(parts: list[str]) -> tuple[str, ...] | None:
    """The (post, name[, 科室]) a code's or a file name's words spell, or None (``_spelled_holder``)."""
    if len(parts) == 3 and all(_SPELLED_CODE_WORD.match(p) for p in parts):
        dept, post, name = parts  # ('办公室·主任·郗缃蕤-01': 科室·岗位·姓名)
        if is_post(post) and looks_like_name(name) and not is_post(name):
            if not looks_like_name(dept) and not is_post(dept):
                return post, name, dept
        return None
    if not parts or len(parts) > 2 or not all(_SPELLED_CODE_WORD.match(p) for p in parts):
        return None
    if len(parts) == 1:
        word = parts[0]
        if is_post(word) and not looks_like_name(word):
            return word, ""
        return ("", word) if looks_like_name(word) and not is_post(word) else None
    a, b = parts
    if is_post(a) and looks_like_name(b) and not is_post(b):
        return a, b
    if is_post(b) and looks_like_name(a) and not is_post(a):  # '郗缃蕤·主任-01'
        return b, a
    return None


# a holder written as a personnel file's 简历 sentence ('聂某某，男，哈萨克族，1975年6月出生，中共党员，
# 大学学历，现任县畜牧兽医局局长，主持局全面工作。'): its clauses, the personal facts after the name
# (性别, 民族, 出生年月, 政治面貌, 学历, 籍贯, 参加工作/入党), the clause giving the post, and the unit's
# own name before a 科室 or a post in it (a place's word first: '县畜牧兽医局', '本局')
# a person × post tick grid's mark of a post held ('√', '○', '是', '1'), and of none ('—', '否')
_POST_TICK_MARKS = _TICK_GRID_MARKS | {"✓", "✔", "☑", "是", "1"}
_POST_TICK_NONE = re.compile(r"^(?:[—–\-－─/／\\×✕]+|无|否|0)?$")
# what a tick grid's heading may hold besides its people and posts ('序号', '科室', '备注')
_POST_TICK_ASIDE = ("seq", "department", "other")
_PROFILE_CLAUSE_CUT = re.compile(r"\s*[，,。；;]\s*")
_PROFILE_FACT = re.compile(
    r"^(?:男|女|[\u4e00-\u9fff]{1,6}族|.{0,12}(?:出生|生人|月生)|(?:中共)?(?:预备)?党员|共青团员|群众"
    r"|无党派.{0,6}|民[盟建进]盟?员|九三学社社员|.{0,12}(?:学历|学位|毕业)|.{0,14}(?:参加工作|入党)"
    r"|籍贯.{1,12})$"
)
_PROFILE_POST = re.compile(
    r"^(?P<when>(?:19|20)\d\d\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*(?:至今|以来|起|开始)?\s*)?"
    r"(?P<now>现)?(?:任职?|为|担任|调任|起任)(?:于)?\s*(.{2,40})$"
)
_PROFILE_UNIT_OPEN = re.compile(r"^(?:[本我该]|.{0,10}?[省市区县旗州镇乡])")
# a 科室 word that is the unit's own kind ('财政局', '卫健委', '疾控中心'), named first: the unit, no 科室
_PROFILE_UNIT_SELF = ("局", "委", "委员会", "中心")
_PROFILE_UNIT_ENDS = ("局", "委", "中心", "站", "所", "院", "馆", "队", "厅", "办事处", "政府", "公司", "场", "社", "会")  # fmt: skip


def _profile_clausy(text: str) -> bool:
    """A cell of clauses, as a 简历 is written (by commas, lines or spaces): the cheap test."""
    return "，" in text or "," in text or "\n" in text.strip() or text.strip().count(" ") >= 2


def profile_holder(text: str) -> tuple[str, str, str] | None:
    """The (name, 科室, post) a 简历 sentence gives ('聂某某，男，哈萨克族，1975年6月出生，中共党员，
    大学学历，现任县畜牧兽医局办公室主任，…' → ('聂某某', '办公室', '主任')): the first clause a name,
    then two of the personal facts or more, and the '现任…' clause the post, the unit's own name
    before it dropped; ('聂某某', '', '') where no clause names a post. None for anything else (a
    duty's sentence '负责…', prose '由…负责', a name with its facts bracketed '某某（回族）')."""
    if not _profile_clausy(text):
        return None  # (the cheap test: a sentence of clauses)
    clauses = [c for c in _PROFILE_CLAUSE_CUT.split(text.strip()) if c]
    if len(clauses) < 3:  # ('张三 男 汉族 … 现任…': clauses by spaces)
        clauses = text.split()
    if clauses and clauses[0].endswith("同志") and len(clauses[0]) > 3:
        clauses[0] = clauses[0][:-2]  # ('张三同志，男，…')
    if len(clauses) < 3 or not looks_like_name(clauses[0]) or is_post(clauses[0]):
        return None
    facts = 0
    posts: list[tuple[bool, str, str]] = []  # (said current, 科室, post) in the sentence's order
    for clause in clauses[1:]:
        if _PROFILE_FACT.match(clause):
            facts += 1
            continue
        m = _PROFILE_POST.match(clause)
        if m is not None and (m.group("now") or m.group("when") or not clause.startswith("为")):
            dept, post = _profile_post(m.group(3))
            now = bool(m.group("now")) or bool(re.search(r"至今|以来", m.group("when") or ""))
        elif facts >= 2 and _PROFILE_UNIT_OPEN.match(clause) and not posts:
            dept, post = _profile_post(clause)  # ('…，大学学历，县财政局局长。': no verb)
            now = False
        else:
            continue
        if post:
            posts.append((now, dept, post))
    if facts < 2:
        return None
    if not posts:
        return clauses[0], "", ""
    # the post held now ('现任', '2019年至今任'), else the latest ('2018年任…副局长，2022年任…局长')
    _now, dept, post = next((x for x in reversed(posts) if x[0]), posts[-1])
    return clauses[0], dept, post


def _profile_post(said: str) -> tuple[str, str]:
    """The (科室, post) of a '现任' clause's words, the unit's own name first dropped
    ('县畜牧兽医局办公室主任' → ('办公室', '主任')); ('', '') where the words end in no post."""
    s = "".join(said.split())
    if "、" in s:
        # '党组书记、局长', '二级主任科员、预算股股长': several posts, the LAST the post (a 党组
        # post or a rank before it no 科室); the unit's name (in the first) dropped with them
        dept, post = _profile_post(s.rsplit("、", 1)[1])
        if not post:
            return "", ""
        return ("" if dept.endswith(_PROFILE_UNIT_SELF) else dept), post
    if _PROFILE_UNIT_OPEN.match(s):
        for i in range(2, len(s) - 1):
            if s[:i].endswith(_PROFILE_UNIT_ENDS):
                dept, post = split_dept_title(s[i:])
                if is_post(post):
                    return dept, post
    dept, post = split_dept_title(s)
    if dept.endswith(_PROFILE_UNIT_SELF):
        dept = ""  # ('财政局局长', '疾控中心主任': the unit itself, no 科室)
    return (dept, post) if is_post(post) else ("", "")


# the headings of a column of 简历 sentences, and the roles such a column is never taken from
_PROFILE_HEAD = re.compile(r"基本情况|简历|个人情况|责任人情况")
_PROFILE_NOT_ROLES = ("risk_point", "risk_type", "risk_level", "measures", "seq", "description")

# the header lines of a mail copied out of a mail client over the table its sender typed in it
# (Foxmail, QQ/163 邮箱, Outlook: '发件人：姓名 <address>', '发送时间：…', '收件人：…', '抄送：…',
# '主题：回复：…（科室　岗位）', or 'From:', 'Sent:', 'To:', 'Cc:', 'Subject:'): label → kind
_MAIL_LINE = re.compile(
    r"^\s*(发件人|寄件人|发信人|from|发送时间|发件时间|发送日期|发信时间|sent|date|收件人|收信人|to"
    r"|抄送人?|cc|主\s*题|邮件主题|subject)\s*[:：]\s*(.*?)\s*$",
    re.I | re.S,
)
_MAIL_KIND = {"发件人": "from", "寄件人": "from", "发信人": "from", "from": "from",
              "发送时间": "sent", "发件时间": "sent", "发送日期": "sent", "发信时间": "sent",
              "sent": "sent", "date": "sent", "收件人": "to", "收信人": "to", "to": "to",
              "抄送": "cc", "抄送人": "cc", "cc": "cc", "主题": "subject", "邮件主题": "subject",
              "subject": "subject"}  # fmt: skip
# a sender's address and its wrappers ('<a@b.cn>', '[mailto:a@b.cn]', '"姓名"'), and a reply's or a
# forward's marks before a subject ('回复：', '答复:', 'Re:', '转发：', 'Fw:', 'Fwd:')
_MAIL_ADDRESS = re.compile(
    r"[<《＜(（\[【]\s*(?:mailto:)?[^<>《》＜＞()（）\[\]【】\s]*@[^>》＞)）\]】]*[>》＞)）\]】]"
)
_MAIL_BARE_ADDRESS = re.compile(r"\S+@\S+")
_MAIL_REPLY = re.compile(r"^\s*(?:回复|答复|回覆|转发|re|fw|fwd|aw|wg)\s*[:：]\s*", re.I)
# the subject's bracket naming the sender's 科室 and post ('（药剂科　科主任）', '【财务科-出纳】'), else
# the words after its 报送 ('…报送-财务科-出纳', '…报送 财务科 出纳'), split at spaces or dashes
_MAIL_BRACKET = re.compile(r"[（(【\[〔]([^（）()【】\[\]〔〕]+)[）)】\]〕]\s*$")
_MAIL_AFTER = re.compile(r"(?:报送|上报|填报|报备|提交)\s*[-—－_·:：\s]+(.+)$")
_MAIL_SPLIT = re.compile(r"[\s\u3000\-—－_·/／、，,|｜]+")


def _mail_lines(sh, r: int) -> list[tuple[str, str]] | None:
    """The mail header lines row ``r`` holds ('发件人：… <…>' a cell, '发件人： | 某某 <…>' over two
    cells, several lines in one cell): [(kind, value)], else None (a row of anything else)."""
    cols = sh.nonempty(r)
    if not cols or len(cols) > 4:
        return None
    cells = [sh.rows[r][c].strip() for c in cols]
    if len(cells) == 2 and cells[0][-1:] in (":", "：") and not _MAIL_LINE.match(cells[1]):
        cells = [cells[0] + cells[1]]  # ('发件人： | 连某 <…>')
    out = []
    for cell in cells:
        for line in cell.splitlines():
            if not line.strip():
                continue
            m = _MAIL_LINE.match(line)
            if not m:
                return None
            out.append((_MAIL_KIND[re.sub(r"\s+", "", m.group(1)).lower()], m.group(2)))
    return out or None


def mail_sender(value: str) -> str:
    """The name a mail's 发件人 gives ('连霁珩 <lianjiheng@163.com>', '"连霁珩" [mailto:…]',
    'lianjiheng@163.com (连霁珩)'), else '' (an address alone names no one)."""
    bracketed = re.search(r"[(（]([^()（）@]+)[)）]\s*$", value)
    if _MAIL_BARE_ADDRESS.fullmatch(value.split("(")[0].split("（")[0].strip()) and bracketed:
        value = bracketed.group(1)  # ('a@b.cn (连霁珩)')
    name = _MAIL_BARE_ADDRESS.sub("", _MAIL_ADDRESS.sub("", value))
    name = name.strip().strip("\"'“”‘’").strip()
    return squeeze(name) if name and looks_like_name(squeeze(name)) else ""


def mail_subject_post(subject: str) -> tuple[str, str]:
    """The (科室, post) a return's subject names ('回复：岗位廉政风险点报送（药剂科　科主任）',
    'Re: 廉政风险点报送-财务科-出纳'), else ('', '') where it names none."""
    s = subject.strip()
    while _MAIL_REPLY.match(s):
        s = _MAIL_REPLY.sub("", s, count=1)
    m = _MAIL_BRACKET.search(s)
    said = m.group(1) if m else ((a := _MAIL_AFTER.search(s)) and a.group(1)) or ""
    parts = [p for p in _MAIL_SPLIT.split(said.strip()) if p]
    if len(parts) == 1:
        dept, post = split_dept_title(parts[0])
        parts = [dept, post] if dept else [post]
    if len(parts) >= 3 and looks_like_name(parts[-1]) and not is_post(parts[-1]):
        parts = parts[:-1]  # ('（药剂科　科主任　连某）': the sender names him anyway)
    if len(parts) == 2 and _dept_like(parts[0]) and is_post(parts[1]):
        return parts[0], parts[1]
    if len(parts) == 1 and is_post(parts[0]):
        return "", parts[0]
    return "", ""


def _mail_recipients(blocks: list[tuple[int, int, dict[str, str]]]) -> str:
    """The 收件人 and 抄送 lines of the mails over a list, one a line: whom they were sent to."""
    return "\n".join(s[k] for _f, _l, s in blocks for k in ("to", "cc") if s.get(k, "").strip())


def mail_blocks(sh, rows: Iterable[int]) -> list[tuple[int, int, dict[str, str]]]:
    """The mail header blocks among ``rows`` (a run of header lines, its 发件人 and its 主题 or two
    other lines among 发送时间, 收件人, 抄送): [(first row, last row, kind → value)]."""
    out: list[tuple[int, int, dict[str, str]]] = []
    run: list[int] = []
    said: dict[str, str] = {}

    def close() -> None:
        if run and "from" in said and ("subject" in said or len(said.keys() - {"from"}) >= 2):
            out.append((run[0], run[-1], dict(said)))

    for r in rows:
        got = _mail_lines(sh, r)
        if got is None or (run and r != run[-1] + 1) or (got[0][0] == "from" and "from" in said):
            close()
            run, said = [], {}
            if got is None:
                continue
        run.append(r)
        for kind, value in got:
            said.setdefault(kind, value)
    close()
    return out


# a merge tool's column naming each row's source (WPS 合并表格 '工作簿名称', Power Query
# 'Source.Name', '来源文件', '工作表名称'); its cells' extension and a download's or a copy's suffix
# ('…-荆璟沅(1).xlsx', '…（2）.xls', '… - 副本.xlsx')
_SOURCE_COL_HEAD = re.compile(
    r"^(?:工作簿|来源文件|源文件|来源工作簿|来源工作表|工作表)(?:名称|名)?$|^source\.?name$", re.I
)  # ('文件名', '文件名称' may list a 制度's documents: only by cells ending in '.xlsx')
_SOURCE_FILE_EXT = re.compile(r"\.(?:xlsx|xlsm|xls|et|ett|csv)$", re.I)
_SOURCE_COPY_TAIL = re.compile(r"(?:\s*[-－_]?\s*副本)?\s*(?:[(（]\s*\d{1,2}\s*[)）])?$")
_SOURCE_NOT_HEAD = re.compile(r"附件|备注|说明|依据|材料|链接|佐证|台账|记录|表单")
# a file name's words of the form itself ('荆璟沅-风险点排查表.xlsx', '…廉政风险防控卡'): no holder's
_SOURCE_FORM_WORD = re.compile(
    r"(?:廉政|风险|排查|防控|自查).*(?:表|卡|单)$|^(?:汇总|合并|填报|回执)"
)


def _source_stem(cell: str) -> str:
    """A source file's name without its extension and copy suffix ('资源保护科-护林员-荆璟沅(1).xlsx'
    → '资源保护科-护林员-荆璟沅'; 'Sheet1' as it is)."""
    stem = _SOURCE_FILE_EXT.sub("", " ".join(cell.split()))  # (a space parts its words)
    return _SOURCE_COPY_TAIL.sub("", stem).strip() or stem


# the headings of a column of files or links ('附件', '相关文件', '链接', '图片'): never the holder
# column, whatever key=value pairs its cells hold (``_packed_holder_column``)
_ATTACHMENT_HEADING = LazyRe(r"附件|文件|链接|图片|照片|附图|网址|下载")
# a roster's column saying who of its staff is in post ('在岗情况', '在岗状态', '人员状态', '状态',
# '备注'): ``_roster_in_post``; its values must all be status words, or it is no such column
_ROSTER_STATUS_HEAD = LazyRe(
    r"^(?:在岗(?:情况|状态|与否)|在职(?:情况|状态)|人员状态|工作状态|状态|备注|现状|是否在岗)$"
)
# a list's own column saying whether each row's named holder is at his post this year ('在岗情况',
# '在岗状态', '状态', '是否在岗'), beside a column naming who acts for an absent one (``_ACTING_HEAD``):
# ``_acting_for_absent``
_ABSENT_STATUS_HEAD = LazyRe(
    r"^(?:在岗(?:情况|状态|与否)|在职(?:情况|状态)|人员状态|工作状态|状态|是否在岗)$"
)
# the column naming the colleague who does an absent holder's post meanwhile ('代岗人员', '代岗人',
# '顶岗人员', '临时负责人', '代理人', '代岗人员（姓名）')
_ACTING_HEAD = LazyRe(
    r"^(?:(?:代岗|顶岗|替岗|暂代|代职)(?:人员|人)|临时负责人|代理人员?|代理负责人)(?:姓名)?$"
)
# an acting cell naming no one ('/', '无', '—', '暂无')
_ACTING_NONE = frozenset(("", "/", "／", "无", "—", "－", "-", "——", "暂无", "\\"))
# an attendance sign-in's title or heading ('会议签到表', '培训签到', '签到时间', '参会人员'): its
# signers are those who came, not the holders of a card
_SIGN_IN = LazyRe(r"签到|会议|培训|参会|到会|出席")
# a unit, 科室 or room named with a meeting word ('县培训中心', '会议中心', '会议室管理人员名单',
# '培训科'): no meeting of its own, taken out before ``_SIGN_IN`` is looked for
_SIGN_IN_NAMED = LazyRe(r"(?:会议|培训)(?:服务)?(?:中心|学校|基地|学院|室|厅|科|股|处|部|站)")
# a column for each attendee's signature or time of coming ('签名', '本人签字', '签到时间', '到会时间'):
# with a meeting's title or several units, a sign-in sheet (``_attendance_sheet``)
_SIGN_COLUMN = LazyRe(r"签名|签字|签到|到会时间")
# the signer column of a card's issue-and-receipt register ('领卡人（签名）', '签收人', '领取人签字',
# '接收人', '确认人', '本人签字'): on a sheet of its own beside a post-only list, who signed for a
# post's card is its holder (``_roster_table``; the '签收日期' beside is no column of it)
_SIGNER_HEAD = LazyRe(
    r"^(?:领卡|签收|签领|领取|领用|接收|接卡|确认|持卡)人(?:签名|签字|姓名)?$|^(?:本人)?(?:签名|签字)$"
)
# a status keeping someone in post: '在岗', '正常在岗', '在职', '正常' (an absence word anywhere in
# the cell wins over it: '在职不在岗', '在职（长期病休）')
_STATUS_IN_POST = LazyRe(r"^(?:正常)?(?:在岗|在职)|^正常$|^已?(?:返岗|回岗|归队)$")
# borrowed INTO this unit (he holds the post here): '从县人民医院借调', '县医院借调来', '借调入',
# '借入', '在岗（县中医医院借调）'
_STATUS_LENT_IN = LazyRe(
    r"借调(?:入|进|来)|借入|^从.{1,20}借调|^(?:正常)?在岗[（(][^（()）]{0,20}借调[）)]$"
)
# a status taking someone out of his post: '借调县医疗保障局', '借调至…', '长期借调', '借出', '外派',
# '挂职…', '长期病休', '病假', '产假', '离岗', '调离', '退休', '停职', '待岗', '辞职', '不在岗', '驻村',
# '进修', '休假'
_STATUS_OUT_OF_POST = LazyRe(
    r"不在岗|未在岗|借调|借出|外派|挂职|病休|病假|产假|离岗|调离|调出|退休|停职|待岗|辞职|离职|脱产|抽调"
    r"|援藏|援疆|驻村|进修|休假"
)
# '县纪委借调': a unit before 借调 and nothing else — lent to it or borrowed from it? (read as out of
# post, with a warning: ``_roster_status_unsure``); '长期借调', '临时借调' say only how long
_STATUS_UNIT_BORROWED = LazyRe(r"^(.{2,20}?)借调$")
# an absence ended: '在岗（原驻村，已返岗）', '驻村结束已返岗', '借调期满已返岗', '病休结束', '已归队',
# '已回岗' — after the absence word, not denied ('未返岗', '尚未结束')
_STATUS_BACK = LazyRe(r"(?<![未没不])(?:返岗|已?返回|结束|期满|归队|回岗|已回|到期)")
_STATUS_HOW_LONG = (
    "长期",
    "临时",
    "短期",
    "在外",
    "外出",
    "已",
    "被",
    "现",
    "已被",
    "目前",
    "正在",
)


def _roster_in_post(value: str) -> bool | None:
    """Whether a roster's status cell keeps its person in post: True ('在岗', '在岗（县中医医院
    借调）', '从县人民医院借调'), False ('借调县医疗保障局', '长期病休', '调离', '在职不在岗',
    '在职（长期病休）', '县纪委借调'), None for no status word ('13907310000', '兼出纳': a 备注 of
    other things). An absence word anywhere wins over a leading 在岗/在职; 借调 only borrowed in
    where the cell says so (从…借调, 借调来/入, 借入)."""
    if not value:
        return None
    value = squeeze(value)
    away = list(_STATUS_OUT_OF_POST.finditer(value))
    if (
        away
        and (back := list(_STATUS_BACK.finditer(value)))
        and back[-1].start() >= away[-1].end()
        and not re.search(r"[未没不](?:返岗|返回|结束|期满|归队|回岗|到期)", value)
    ):
        return True  # ('驻村结束已返岗', '在岗（原驻村，已返岗）': back in post)
    if _STATUS_LENT_IN.search(value) and not re.search(
        r"不在岗|未在岗|病休|病假|产假|离岗|调离|退休|停职|待岗|辞职|离职", value
    ):
        return True
    if _STATUS_OUT_OF_POST.search(value):
        return False
    return True if _STATUS_IN_POST.search(value) else None


def _acting_name(value: str) -> str | None:
    """The colleague an acting cell names ('仉督某', '办公室主任　仉督某', '仉督某（办公室主任）'), or
    None where no one's name can be told ('本股其他人员', '主任兼')."""
    v = value.strip()
    if looks_like_name(squeeze(v)):
        return squeeze(v)
    pair = holder_and_post(v)
    if pair is not None and looks_like_name(pair[0]):
        return pair[0]
    parts = v.split()
    if len(parts) >= 2 and looks_like_name(parts[-1]) and not looks_like_name(parts[0]):
        return parts[-1]  # ('办公室主任　仉督某': his own post before his name)
    return None


def _roster_status_unsure(value: str) -> bool:
    """A status read as out of post that may say the opposite: '县纪委借调' (a unit before 借调,
    no 从/来/入: lent to it, or borrowed from it?)."""
    m = _STATUS_UNIT_BORROWED.match(squeeze(value))
    return bool(m) and m.group(1) not in _STATUS_HOW_LONG and _roster_in_post(value) is False


# what follows a post opening a point's sentence as its subject: more words, a Chinese one first
# ('登记员在…', '接待员对…', '副主任未…'; not '：', '（', '—' nor the end)
_POINT_POST_AFTER = LazyRe(r"[\u4e00-\u9fff].")
# what lengthens a post into another one: '主任' + '科员', '会计' + '员', '站长' + '助理'
_LONGER_POST_TAIL = ("科员", "员", "助理", "专员", "干事", "秘书", "主管")
# what builds a noun on a post, no sentence's subject: '会计' + '凭证', '出纳' + '日记账', '主任' +
# '会议' (``_holders_by_post_opening``)
_POST_COMPOUND_TAILS = (
    "账簿", "档案", "凭证", "日记账", "账", "岗位", "岗", "会议", "科目", "报表", "制度", "资料",
    "印章", "人员", "工作", "职责", "职务", "信息", "系统", "室", "办公会", "专用章", "业务",
)  # fmt: skip
# a 科室 box's second line, its headcount: '营林股⏎（2人）', '护林股⏎(共3人)' (``_chart_above``)
_CHART_HEADCOUNT = LazyRe(
    r"\s*\n\s*[（(]\s*共?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:人|名)\s*[)）]\s*$"
)
# what follows a post that is its sentence's subject: '副所长对…', '站长在…', '出纳未…'
_POST_SUBJECT_NEXT = (
    "在", "对", "于", "把", "将", "未", "不", "违规", "利用", "接受", "擅自", "私自", "故意", "放松",
    "收受", "与", "和", "以", "借", "为", "向", "从", "办理", "审核", "审批", "参与", "负责", "履职",
    "滥用", "索要", "虚报", "弄虚", "泄露", "截留", "挪用", "玩忽", "徇私", "优亲",
)  # fmt: skip
# two posts opening a point together: '出纳、会计在对账时…', '出纳和会计…'
_POST_JOINED = LazyRe(r"\s*[、和与及/／]\s*")


def _opens_with_other_post(text: str, posts: list[str]) -> bool:
    """A point opening with a post's name ('副所长对…', '站长在…') none of the roster's, the post
    the sentence's subject (a verb or preposition after it): the roster misses its holder. A
    point opening with no post ('固定资产管理不规范') or with a roster post read otherwise ('会计
    凭证…', a noun built on it) says nothing of the roster."""
    if any(text.startswith(p) and not text.startswith(_LONGER_POST_TAIL, len(p)) for p in posts):
        return False  # ('会计凭证…'; but '会计员在…' with 会计 on the roster: another post)
    return any(
        is_post(text[:j]) and text.startswith(_POST_SUBJECT_NEXT, j)
        for j in range(2, min(8, len(text) - 1))
    )


# how a post glued before its holder's name ends ('出纳', '科员', '股长', '主任'), to choose between
# two ways of parting a file name (``_source_glued``)
_GLUED_POST_END = LazyRe(
    r"(?:员|长|主任|会计|出纳|书记|干事|专干|助理|秘书|经理|主管|司机|师|官|管理)$"
)


def _source_glued(word: str) -> list[str] | None:
    """A file name's word gluing a 科室, a post and a name with nothing between ('财务股出纳司马岚',
    '出纳上官岫', '办公室欧阳澈') → [科室, post, name] as present; [] where it splits two ways
    ('出纳' + a name or '出纳司' + another: a compound surname decides); None for no glued name."""
    if looks_like_name(word) and not is_post(word):
        return None  # (a name alone)
    dept, rest = split_dept_title(word)
    cands = []
    for k in (2, 3, 4):
        name, pre = rest[-k:], rest[:-k]
        if len(rest) < k or not looks_like_name(name) or is_post(name):
            continue
        if pre and pre[-1] + name[0] in COMPOUND_SURNAMES:
            continue  # ('出纳司' + '马岚': '司马岚' is the name)
        if pre and not (is_post(pre) and not looks_like_name(pre) and not _dept_like(pre)):
            continue
        if not pre and not dept:
            continue
        cands.append([x for x in (dept, pre, name) if x])
    if len(cands) > 1:  # ('会计张文军': '会计' ends as posts end, '会计张' does not)
        cands = [x for x in cands if len(x) > 1 and _GLUED_POST_END.search(x[-2])]
    if len(cands) > 1:
        return []
    return cands[0] if cands else None


def _source_holder(stem: str) -> tuple[str, ...] | None:
    """The (post, name[, 科室]) a return's file name spells as ``_spelled_parts`` reads a code's
    words, the three parts in any order ('站领导-站长-荆翊澍', '荆翊澍_站长_站领导', '臧珹翕'); a
    leaders' group ('站领导') is a 科室 here; parts glued ('财务股出纳司马岚', '出纳上官岫(1)',
    '办公室欧阳澈') split by ``_source_glued``. None for a name naming no one ('Sheet1', '汇总表')
    or glued parts that split two ways: never a post holding a name."""
    parts = [
        p for p in _SPELLED_CODE_SPLIT.split(stem) if p and not p.isascii()
    ]  # ('01-', 'Sheet1': a number's or a tool's, no one's)
    parts = [p for p in parts if not _SOURCE_FORM_WORD.search(p)]
    if 0 < len(parts) <= 2:
        split: list[str] = []
        for p in parts:
            g = _source_glued(p)
            if g == []:
                return None  # (two ways to split: no one's)
            split += g or [p]
        if len(split) > 3:
            return None
        if len(split) == 2 and split != parts:  # ('办公室欧阳澈': a 科室 and a name, no post)
            dept, name = split
            if looks_like_name(name) and not is_post(name) and not is_post(dept):
                return "", name, dept
        parts = split
    if len(parts) != 3:
        return _spelled_parts(parts) if parts else None
    if not all(_SPELLED_CODE_WORD.match(p) for p in parts):
        return None
    names = [p for p in parts if looks_like_name(p) and not is_post(p)]
    posts = [p for p in parts if is_post(p) and not LEADERS_GROUP.match(p) and p not in names]
    if len(names) != 1 or len(posts) != 1:
        return None
    dept = next(p for p in parts if p not in (names[0], posts[0]))
    if looks_like_name(dept) or (is_post(dept) and not LEADERS_GROUP.match(dept)):
        return None
    return posts[0], names[0], dept


def _key_parts(text: str) -> list[str]:
    """The keys a roster's cell names, as compared ('甲化工有限公司、乙矿业公司': two), split as
    the names mode splits a holder's list of points (``_NAMES_SPLIT``)."""
    return [k for p in _NAMES_SPLIT.split(text) if (k := _point_key(p))]


def _closing_bracket_inner(text: str) -> str:
    """What the bracket closing a section row holds ('二、失业保险金（含代缴医保）申领（经办：…；审批：
    副主任　某某）' → '经办：…；审批：副主任　某某'), so the business's own words key nothing and the last
    name keeps no '）'; a row closing on no bracket: as it is."""
    if not text.endswith(("）", ")")):
        return text
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += text[i] in "）)"
        depth -= text[i] in "（("
        if depth == 0:
            return text[i + 1 : -1]
    return text


# a holder's cell naming the one who filled the list in: '本人', '自己', '填表人本人'
_SELF_WORDS = frozenset({*_SELF, "填表人本人", "填报人本人", "本人（填表人）", "本人(填表人)"})

# the heading of a count table's column of each holder's number of points ('风险点数', '风险点
# 个数（个）', '廉政风险点数量', '条数'; keyed, its brackets dropped): ``_count_table``
# the connectors of an organisation chart drawn in cells ('│', '┬', '—', '↓'): spacers (``_chart_above``)
_CHART_LINK = LazyRe(r"[│┃|｜—─━┬┴├┤┼┌┐└┘┏┓┗┛→←↑↓⇓⬇▼▽\-－\s]+")


def _rows_of(cells) -> list[list[int]]:
    """The columns of ``cells`` ((row, column) keys) grouped by row."""
    by: dict[int, list[int]] = {}
    for r, c in cells:
        by.setdefault(r, []).append(c)
    return list(by.values())


_POINTS_COUNT_HEAD = LazyRe(
    r"(?:(?:廉政|岗位)?风险点?)?(?:个数|数量|数目|点数|条数)(?:[(（]?[个条项][)）]?)?"
    r"|(?:廉政|岗位)?风险点[(（]?[个条项][)）]?"
)
# a value of a keyed column that is a place by its number ('301室', '1号窗口'): no 科室
# (the keying line's entries: ``key_spans``, ``keyed_holder``)
_COLUMN_KEY_PLACE = LazyRe(r"\d")  # ('301室', '1号窗口': a place by its number, no 科室)
# a note pairing a holder's cell line by line with the rows it spans ('…栏按行填写，每行对应
# 右侧同一行的风险点', '责任人逐行对应风险点', '各人按行依次对应'): ``_holder_lines_by_row``
# All in one clause (between '；'/'。'): a holder's word, a row's ('逐行', '按行', '每行', '各行')
# and '对应'/'依次', and no level's word ('风险等级一、二、三级依次对应高、中、低风险' pairs levels,
# not a holder's lines; '责任人为岗位现任人员' in the next clause does not make it one).
_LINES_BY_ROW_NOTE = LazyRe(
    r"^(?!.*(?:等级|[一二三四1-4１-４]级|[高中低较]+风险|风险[高中低]))"
    r"(?=.*(?:责任人|人员|岗位|姓名|负责人|各人))(?=.*(?:逐行|按行|每行|各行))(?=.*(?:对应|依次))"
)
_LINES_BY_ROW_CLAUSE = LazyRe(r"[。；;]")
# a column naming each group of the list after its leader ('诊疗组 | 郏翯筠主诊组', '班组 | 张三班组',
# '项目组', '工作专班', '所在中队'; keyed): ``_holders_by_group_names``
_LEADER_GROUP_HEAD = LazyRe(
    r"^(?:所在|所属)?[\u4e00-\u9fff]{0,4}(?:组|班组|专班|中队|分队|小队|团队)(?:别|名称|名)?$"
)
# the group word after the leader's name in such a cell ('主诊组', '医疗组', '治疗小组', '班组',
# '专班', '中队'): what is left once a personal name is off its head
_LEADER_GROUP_WORD = LazyRe(
    r"(?:主诊|医疗|治疗|诊疗|护理|手术|专家|工作|项目|课题|攻关|专业|技术|服务|维修|抢修|巡查|巡逻|"
    r"执法|督查|检查|稽查|作业|施工|运维|审计|办案|养护|保洁|安保|收费|路政|监测|调度|营销|客服|教研|"
    r"备课|质检|检测|科研|研发|保障|应急|后勤)?(?:小组|组|班组|专班|班|中队|分队|小队|团队)"
)
# a note's clause saying so ('注：诊疗组以组长姓名命名，组长为本组…第一责任人'): its lines only
_LEADER_GROUP_NOTE = LazyRe(r"^\s*(?:注|说明|备注|附注)")
# what such a note says of the groups' names ('以组长姓名命名', '以班长名字命名'): the names at the
# head of the groups' names are their leaders', however short ('李明组')
_LEADER_GROUP_NAMED = LazyRe(r"(?:姓名|名字|人名)(?:来|进行)?命名")
# the last character of a place's name at a group's head ('高新区中队', '向阳路中队', '金桥村组'):
# no leader's name without such a note
_LEADER_GROUP_PLACE_END = LazyRe(r"[区路村街镇乡县市港湾]$")


def _leader_of_group(v: str) -> tuple[str, str] | None:
    """'郏翯筠主诊组' → ('郏翯筠', '主诊组'): a personal name the name rules accept at the head of
    a group's name, then only a group word ('第一诊疗组', '急诊组', '内分泌组' name no one)."""
    v = squeeze(v)
    for n in (2, 3, 4):  # (the shortest name first: '李明小组' is 李明's 小组)
        if len(v) > n and _LEADER_GROUP_WORD.fullmatch(v[n:]) and looks_like_name(v[:n]):
            if any(_LEADER_GROUP_WORD.fullmatch(v[k:]) for k in range(1, n)):
                return None  # ('第五诊疗组': the group word longer, '第五' left, an ordinal)
            return v[:n], v[n:]
    return None


# a pair band's mark on its two headings ('岗位一 | 姓名一', '岗位A | 责任人A', '岗位（2）'), or a name
# heading that is a holder's by its ending once the band's word before it is off ('主办人' → '人')
_PAIR_BAND_MARK = LazyRe(r"\s*[(（]?([一二三四五六甲乙丙丁A-Da-d1-6１-６])[)）]?$")
_PAIR_BAND_WHO = LazyRe(r"^(?:人|人员|责任人|姓名)$")
# a band of who oversees the row's holders, not one of them ('监督岗位 | 监督人', '分管领导' over a pair)
_PAIR_BAND_OVERSEER = LazyRe(r"监督|监管|分管|主管|领导|联系|督办")


# a holder column of one period of the year or one shift, each holding the post fully in its turn
# ('责任人（旺季5—10月）' | '责任人（淡季11—次年4月）', '值班人员（白班）', '汛期责任人' | '非汛期责任人',
# '上半年责任人'): the period word (the cheap test, on the kept holder column's heading alone); an
# A角/B角 (B角 stands in for A角) or '主要 | 直接' is no period
_PERIOD_WORD = LazyRe(
    r"旺季|淡季|汛期|汛前|汛后|防火期|雨季|旱季|[春夏秋冬]季|冬春|夏秋|[上下]半年|[白夜早中晚]班|"
    r"寒假|暑假|开放期|闭园期|封山期|[供采]暖期|[一二三四]季度|\d{1,2}\s*月?\s*[—\-－~～至到]+\s*(?:次年)?\s*\d{1,2}\s*月"
)
_PERIOD_WHO = r"(?:责任人员?|负责人|姓名|值班人员?|值守人员?|在岗人员?|岗位人员|人员|管理员)"
_PERIOD_HEAD_BRACKET = LazyRe(rf"^({_PERIOD_WHO})[（(【\[](.+)[)）】\]]$")
_PERIOD_HEAD_BEFORE = LazyRe(rf"^(.{{1,12}}?)(?:的)?({_PERIOD_WHO})$")
# a two-row heading read as one: '责任人' merged over '旺季 | 淡季' gives '责任人旺季'
_PERIOD_HEAD_UNDER = LazyRe(rf"^({_PERIOD_WHO})(.{{1,12}})$")
# a period's cell naming the holder of the column to its left, or nobody that period
_PERIOD_SAME = LazyRe(r"^(?:同左|同上|同前|同左栏|同上栏|同旺季|同汛期|同白班|同上半年)$")
_PERIOD_NONE = frozenset(
    ("/", "／", "\\", "无", "空缺", "暂缺", "不设", "—", "——", "-", "－", "--", "停岗", "暂无", "待定",
     "未定", "未配备", "未配", "无人", "轮空", "不设岗", "未设", "未设岗", "缺员", "空岗", "空")
)  # fmt: skip
# a period cell naming the holder with his post or a remark in brackets ('郦沛宁（站长）')
_PERIOD_BRACKET = LazyRe(r"^(.+?)[（(【\[]([^（()）】\]]{1,12})[)）】\]]$")

_PERIOD_NAME = LazyRe(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}")


def _period_name(x: str) -> bool:
    """A period column's cell naming a person: a name the reader knows, or any two to four Han
    characters that are no post and no 科室 (the column is headed as holders: '剧澜珩', whose
    surname is a rare one's)."""
    if looks_like_name(x) and not is_post(x):
        return True
    return (
        _PERIOD_NAME.fullmatch(x) is not None
        and not is_post(x)
        and not x.endswith(
            ("科", "股", "室", "站", "所", "处", "队", "办", "组", "部", "中心", "人员")
        )
    )


def _period_cell(x: str) -> str:
    """A period cell as its holder's name or a nobody word: a bracket around the whole
    ('（空缺）') or after a name ('郦沛宁（站长）', '聂昶翊(代)') taken off."""
    if not x or x[-1] not in ")）】]":
        return x
    if x[0] in "（(【[":
        return x[1:-1].strip()
    m = _PERIOD_BRACKET.match(x)
    if m and _period_name(m.group(1).strip()):
        return m.group(1).strip()
    return x


def period_heading(head: str) -> tuple[str, str] | None:
    """A holder heading of one period ('责任人（旺季5—10月）' → ('责任人', '旺季5—10月'), '非汛期责任人' →
    ('责任人', '非汛期')), or None: the period must be a period word or a span of months."""
    h = "".join(head.split())
    m = _PERIOD_HEAD_BRACKET.match(h)
    if m and _PERIOD_WORD.search(m.group(2)):
        return m.group(1), m.group(2)
    m = _PERIOD_HEAD_BEFORE.match(h)
    if m and (w := _PERIOD_WORD.search(m.group(1))) is not None and w.start() <= 1:
        return m.group(2), m.group(1)  # (a period word first, or '非' before it)
    m = _PERIOD_HEAD_UNDER.match(h)
    if m and (w := _PERIOD_WORD.search(m.group(2))) is not None and w.start() <= 1:
        return m.group(1), m.group(2)  # (the holder's heading over a row of periods)
    return None


def _pair_band_words(post: str, who: str) -> tuple[str, str, str] | None:
    """A post heading and the name heading beside it as one band's pair ('岗位 | 责任人', '岗位二 |
    姓名二', '主办岗位 | 主办人'): (the band's mark, the post word, the name word) with the mark
    off, else None."""
    mark = ""
    a, b = _PAIR_BAND_MARK.search(post), _PAIR_BAND_MARK.search(who)
    if a and b and a.group(1) == b.group(1) and len(post) > len(a.group(0)):
        mark, post, who = a.group(1), post[: a.start()], who[: b.start()]
    n = 0  # ('主办岗位 | 主办人', '协办岗位 | 协办人': the band's word before both)
    while n < min(len(post), len(who)) - 1 and post[n] == who[n]:
        n += 1
    if n >= 2 and not mark:
        mark, post, who = post[:n], post[n:], who[n:]
    hp, hw = heading_role(post), heading_role(who)
    if hp is None or hp.role != "title" or hp.strength < 2:
        return None
    if not (hw is not None and hw.role == "person" and hw.strength >= 2) and not (
        mark and _PAIR_BAND_WHO.match(who)
    ):
        return None
    return mark, post, who


# a holder of a count table: (科室, post, name, his number of points, level → his number of them)
CountedHolder = tuple[str, str, str, int, dict[str, int]]


# what joins a row's combined posts ('党支部书记、站长', '书记兼站长', '站长及会计'): ``_slot_post_is``
_SLOT_POSTS_JOINED = LazyRe(r"[、，,/／]|及|兼")


def _slot_post_is(slot: tuple[str, str, str, str], rr: RawRisk) -> bool:
    """Whether a list row's 岗位 IS a holder slot's post, compared as written and split the same
    way: '办公室主任' the slot '办公室主任　张三''s; '主任' of 科室 办公室 too; '纪检组长' the slot
    '纪检组长　李四''s (not split into 纪检组 + 组长 on one side only)."""
    dept, title, _name, written = slot
    whole = squeeze(rr.title)
    if not whole:
        return False
    theirs = {written, dept + title} if dept else {written, title}
    # (a row of combined posts, '党支部书记、站长', '书记兼站长': each of its posts compared)
    parts = [whole] + [q for q in _SLOT_POSTS_JOINED.split(whole) if q and q != whole]
    for own in parts:
        mine = {own, squeeze(rr.department) + own}
        if mine & theirs:
            return True
        d, ttl = split_dept_title(own)
        if ttl and (d or squeeze(rr.department), ttl) == split_dept_title(written):
            return True
    return False


def _fan_out(
    rr: RawRisk, holders: list[tuple[str, str]] | list[dict[str, str]], **fields: object
) -> list[RawRisk]:
    """A row's point held by each of ``holders``, at least one: (post, name) pairs, or each
    holder's own fields as dicts of the same keys ({'department': …, 'title': …, 'person': …}).
    The row itself takes the first, a copy each of the others (the caller counts the copies
    seen); ``fields`` (``cols=…``) are set on the row, so on every copy alike, a holder's own
    field over them. What a holder's field falls back on ('… or rr.department') is the row's
    as it came: the list is built before the row takes the first."""
    own = [h if isinstance(h, dict) else {"title": h[0], "person": h[1]} for h in holders]
    for k, v in {**fields, **own[0]}.items():
        setattr(rr, k, v)
    return [rr, *(replace(rr, **h) for h in own[1:])]


# an object-keeper register's headings: '装备名称 | 数量及存放地点 | 保管责任人 | 职务'
_OBJECT_HEAD = LazyRe(r"名称$|^(?:装备|设备|器材|车辆|物品|资产)$")
_KEEPER_HEAD = LazyRe(r"(?:保管|责任|管理|使用)人$|^姓名$")
_KEEPER_POST_HEAD = LazyRe(r"^(?:职务|岗位|职位)$")
# a CUSTODY register of the objects a person keeps and signs or opens with ('证书名称 | 证书编号 |
# 持有人 | 职务 | 所在股室', '印章名称 | 保管人 | 职务', '钥匙编号 | 领用人 | 科室'): its keeper's heading,
# the object's (a name or a number), the keeper's 科室; and the words saying the objects are
# such things (a 设备台账's '设备名称 | 使用人' is none: ``_holders_by_object_register``'s)
_KEEPER_WORD = re.compile(r"持\s*有|保\s*管|领\s*用|使\s*用|管\s*理")
_CUSTODY_KEEPER_HEAD = LazyRe(r"^(?:现)?(?:持有|保管|领用|使用|管理)(?:责任)?人(?:姓名)?$")
_CUSTODY_OBJECT_HEAD = LazyRe(
    r"(?:名称|编号|号码|序列号|序号|代码)$|^(?:数字)?证书$|^(?:印章|印鉴|钥匙|密码器|账户|账号|保险柜|U盾|UKey)$",
    re.I,
)
_MEASURES_SAID = LazyRe(r"措施|办法|手段|制度")
_CUSTODY_DEPT_HEAD = LazyRe(r"(?:股室|科室|部门|处室|所室)$")
_CUSTODY_WORDS = LazyRe(
    r"证书|U\s*Key|U盾|印章|印鉴|公章|专用章|名章|私章|密码器|钥匙|账户|账号|保险柜|口令卡|密钥",
    re.I,
)


def _keeper_rows(grid) -> list[int]:
    """The rows of another sheet's first 200 that may head a custody register (a keeper's word and
    a 人 in a cell), found once a sheet however many lists of the file ask."""
    got = grid.__dict__.get("_keeper_rows")
    if got is None:
        got = grid.__dict__["_keeper_rows"] = [
            x
            for x, row in enumerate(grid.rows[:200])
            if any(v and "人" in v and _KEEPER_WORD.search(v) for v in row)
        ]
    return got


def _custody_register(
    sh: _Sheet, merged: dict, xs: Iterable[int], own: set[int]
) -> tuple[str, dict[tuple[str, ...], list[tuple[str, str, str]]], set[int]] | None:
    """A custody register among rows ``xs`` (``_holders_by_custody_register``): a heading row of
    a keeper's heading ('持有人', '保管人', '领用人'), one object heading before it at least
    ('证书名称', '证书编号', '印章名称') and maybe a post's and a 科室's, over two rows at least
    of an object and a keeper's name (an object merged down over two keepers: both its). It
    must be of kept things: a custody word (证书, UKey, 印章, 钥匙 …) in its caption, headings
    or objects. Returns the register's span ('A13:F17'), each object (its names and numbers)
    → its keepers (科室, post, name), and its rows (with its caption); else None. A heading
    row of the list's own (``own``, a 姓名 column) is no register: ``xs`` are searched in order."""
    cell = lambda y, j: squeeze(sh.rows[y][j]) if j < len(sh.rows[y]) else ""  # noqa: E731

    def value(y: int, j: int) -> str:
        return cell(y, j) or (cell(*merged[(y, j)]) if (y, j) in merged else "")

    for x in xs:
        if not any("人" in v and _KEEPER_WORD.search(v) for v in sh.rows[x]):
            continue  # (the cheapest test: a keeper's heading, '…人' of 持有/保管/领用/使用/管理)
        cs = sh.nonempty(x)
        if len(cs) < 3:
            continue
        heads = {j: cell(x, j) for j in cs}
        keeper = [j for j, v in heads.items() if _CUSTODY_KEEPER_HEAD.match(v)]
        if len(keeper) != 1:
            continue  # (the cheap test: one keeper's heading)
        kc = keeper[0]
        objs = [j for j, v in heads.items() if j < kc and _CUSTODY_OBJECT_HEAD.search(v)]
        if not objs or all(heads[j] in ("序号", "编号") for j in objs):
            continue
        objs = [j for j in objs if heads[j] != "序号"]
        post = next((j for j, v in heads.items() if _KEEPER_POST_HEAD.search(v)), None)
        dept = next((j for j, v in heads.items() if j != kc and _CUSTODY_DEPT_HEAD.search(v)), None)
        groups: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        y = x + 1
        # (a keeper written as a post, '办公室主任', '出纳': the post's, no one named)
        while y < len(sh.rows) and (
            (as_post := is_post(name := cell(y, kc)) and not looks_like_name(name))
            or _rostered_name(name)
        ):
            ids = tuple(value(y, j) for j in objs)
            if not any(ids) or any(len(i) > 30 for i in ids):
                break
            who = (
                value(y, dept) if dept is not None else "",
                name if as_post else value(y, post) if post is not None else "",
                "" if as_post else name,
            )
            groups.setdefault(ids, []).append(who)
            y += 1
        if len(groups) < 2:
            continue
        used = set(range(x, y))
        if x - 1 >= 0 and len(sh.nonempty(x - 1)) == 1 and x - 1 not in own:
            used.add(x - 1)  # (its caption, '数字证书（UKey）保管登记')
        said = [cell(z, j) for z in sorted(used) if z <= x for j in sh.nonempty(z)]
        if not any(_CUSTODY_WORDS.search(v) for v in [*said, *(i for k in groups for i in k)]):
            continue  # (a 设备台账, a roster: no kept things)
        last = max(j for z in range(x, y) for j in sh.nonempty(z))
        return f"{cell_ref(x, cs[0])}:{cell_ref(y - 1, last)}", groups, used
    return None


def _custody_pick(v: str, groups: dict[tuple[str, ...], list]) -> tuple[str, ...] | None:
    """The one object of a custody register ``groups`` a list's cell ``v`` names ('录入证书（01号）'
    names '录入证书' and '01号'; '01' names '01号'), by any of its names or numbers; None if
    none or two (one naming all of its ids is taken before one naming some)."""
    if not v:
        return None

    def names(i: str) -> bool:
        if len(i) < 2 and not i.isdigit():
            return False
        core = i.removesuffix("号") if i.removesuffix("号").isalnum() else i
        if core.isdecimal():  # a number names its object as one: '3号', '3#', 'U盾3', the cell
            # alone ('3'), never a count or an amount ('3个工作日', '1万元以上')
            n = rf"0*{int(core)}" if core.strip("0") else re.escape(core)
            return bool(
                re.fullmatch(rf"\s*(?:No\.?|NO\.?|编号|第)?\s*{n}\s*[号#]?\s*", v)
                or re.search(rf"(?<![0-9A-Za-z]){n}\s*[号#]", v)
                or re.search(
                    rf"(?:{_CUSTODY_WORDS.pattern}|编号|No\.?)\s*[:：#]?\s*{n}(?!\d)", v, re.I
                )
            )
        return bool(re.search(rf"(?<![0-9A-Za-z]){re.escape(core)}(?![0-9A-Za-z])", v))

    hits = {k: [names(i) for i in k if i] for k in groups}
    some = [k for k, h in hits.items() if any(h)]
    if len(some) > 1:
        some = [k for k in some if all(hits[k])]
    if len(some) > 1:  # ('审核证书' and '复审核证书'): the longest name named
        some = [k for k in some if not any(o != k and "".join(k) in "".join(o) for o in some)]
    return some[0] if len(some) == 1 else None


# a list's column naming the leader over each point ('责任领导', '分管领导'), not its holder
_LEADER_COLUMN_HEAD = LazyRe(r"(?:责任|分管|主管|联系|包保)领导")
# a numbered continuation row of a note split one clause a row ('2.涉及采购的，由…负责；')
# (``_holders_by_point_words``)
_NOTE_ITEM_ROW = LazyRe(r"^\s*(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）]|[①-⑳])")

# a labelled holder slot above a list (``_holders_by_slot_role``): '行政责任人' (its value the next
# cell, or the cell under it) or '技术责任人：工程师　某某' in one cell; the slot's word the label's
# opening ('行政', '主体'), a bare '责任人' no slot
_SLOT_LABEL = LazyRe(r"^([\u4e00-\u9fff]{2,6}?)责任人\s*(?:[:：]\s*(.*))?$", re.S)
# the words of a slot that are no role: a signer's or a filler's ('填报责任人', '审核责任人')
_SLOT_NOT_ROLE = LazyRe(r"填报|填表|审核|审批|签字|联系|经办|复核|单位|部门|科室")


# a numbered key of holders (``_holders_by_numbered_key``): its numbers as written in a heading's
# bracket or a note ('①局长 隗翛暻　②…', '1.局长 … 2.…', '(1)…(2)…', '1、…', '①为局长 …，②为…')
_NUMKEY_MARK = LazyRe(
    r"([①-⑳])\s*(?:为|是|指|[:：—\-－=＝])?"
    r"|[(（](\d{1,2})[)）]\s*(?:为|是|指|[:：—\-－=＝])?"
    r"|(?<![\d.．])(\d{1,2})\s*(?:[.．、:：—\-－=＝]|为|是|指)"
)
# a cell of that column naming only numbers of the key: '①②', '①、②', '1、2', '1,3', '(1)(3)'
_NUMKEY_CELL = LazyRe(
    r"^(?:[①-⑳](?:\s*[、,，/／;；]?\s*[①-⑳])*"
    r"|\d{1,2}(?:\s*[、,，/／;；]\s*\d{1,2})*"
    r"|[(（]\d{1,2}[)）](?:\s*[、,，]?\s*[(（]\d{1,2}[)）])*)$"
)
_NUMKEY_NUMBER = LazyRe(r"[①-⑳]|\d{1,2}")
# such a cell naming a run of the key's numbers ('①-③', '①~③', '1-3') or all of them ('全体')
_NUMKEY_SPAN = LazyRe(r"^([①-⑳]|\d{1,2})\s*[-~～—－至到]\s*([①-⑳]|\d{1,2})$")
_NUMKEY_ALL = frozenset(("全体", "全部", "以上全部", "以上全体", "全体人员", "全体领导"))


# a heading of counts or totals ('涉及人数', '数量', '次数', '合计'): its numbers count, never number
# holders (``_holders_by_numbered_key``)
_NUMKEY_COUNT_HEAD = LazyRe(r"人数|人次|数量|次数|个数|件数|合计|小计|总数|总计|职数")
# heads of people who check or supervise, not hold ('检查人 | ①②'): no number column of holders
_NUMKEY_NOT_HOLDER_HEAD = LazyRe(
    r"检查|排查人|考核人|谈话|约谈|记录人|监督|审核人|审批人|填表|填报"
)


def _numkey_head_ok(head: str) -> bool:
    """May a column headed ``head`` give its rows' holders by number (``_holders_by_numbered_
    key``)? A holder's heading (责任人, 承担人, 编号, 代号…) or an unknown one; never one that counts
    ('涉及人数 | 2') or names people who are no holders ('检查人')."""
    text = squeeze(head)
    return not (_NUMKEY_COUNT_HEAD.search(text) or _NUMKEY_NOT_HOLDER_HEAD.search(text))


def _numkey_cell_ok(text: str) -> bool:
    """A cell of a numbered key's column: numbers, a run of them or all of them."""
    return bool(_NUMKEY_CELL.match(text) or _NUMKEY_SPAN.match(text)) or text in _NUMKEY_ALL


def _numkey_cell_numbers(text: str, key: dict) -> list[int]:
    """The key's numbers a cell names ('①②' → [1, 2], '①-③' → [1, 2, 3], '全体' → all)."""
    if text in _NUMKEY_ALL:
        return list(key)
    if m := _NUMKEY_SPAN.match(text):
        a, b = _numkey_number(m.group(1)), _numkey_number(m.group(2))
        return list(range(a, b + 1)) if a < b else []
    if not _NUMKEY_CELL.match(text):
        return []
    return [_numkey_number(x) for x in _NUMKEY_NUMBER.findall(text)]


def _numkey_number(mark: str) -> int:
    """A key's or a cell's number as counted: '③' → 3, '12' → 12."""
    return ord(mark) - ord("①") + 1 if "①" <= mark <= "⑳" else int(mark)


def _numkey_entries(text: str, least: int = 2) -> dict[int, dict[str, str]] | None:
    """A numbered key of holders ('①局长 隗翛暻　②党组书记 逯翾澋', '1.站长 甲 2.会计 乙', '(1)…(2)…',
    '①为局长 …，②为…'): number → {科室, post, holder}, numbered 1, 2, … in order, two or more,
    each entry a post and name, a name or a post alone; None where any entry is no holder
    ('①思想道德风险②…', '1.高 2.中') or the numbers skip."""
    marks = list(_NUMKEY_MARK.finditer(text))
    if len(marks) < least or not marks:  # (one alone only a block's: ``_block_keys``)
        return None
    out: dict[int, dict[str, str]] = {}
    for k, m in enumerate(marks):
        n = _numkey_number(next(g for g in m.groups() if g))
        if n != k + 1:
            return None  # ('2025.6', '第1、3项': no key numbered in order)
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        entry = text[m.end() : end].strip(" \u3000\t\n，,；;。、/／")
        if k + 1 == len(marks):  # (the last entry: to the line's end or a sentence's)
            entry = re.split(r"[。；;\n]", entry, maxsplit=1)[0].strip(" \u3000，,、")
        got = _holder_parts(entry) if entry else {}
        if "person" not in got:
            bare = squeeze(entry)
            if bare and looks_like_name(bare) and bare not in NOT_A_NAME and not is_post(bare):
                got = {"person": bare}
            elif bare and is_post(bare):
                got = {"title": bare}
            else:
                return None
        if got.get("department") in ("党组", "党委", "党总支", "支部", "纪检组"):
            # ('党组书记 逯翾澋', '纪检组长 郦霖澄': one post; the 科室 popped before the copy)
            dept, post = got.pop("department"), got.get("title", "")
            got = {**got, "title": dept + (post[1:] if post[:1] == dept[-1] else post)}
        out[n] = got
    return out


# one column after a folded roster's groups, the whole roster's ('备注', '说明', '联系电话')
# a holder's cell of a roster saying the post is vacant ('／', '空缺', '缺编'): no one holds it
_VACANT_MARKS = frozenset({"／", "/", "空缺", "缺编", "暂缺", "待定", "待配", "×", "x"})
_FOLD_TRAILER = re.compile(r"备注|说明|附注|联系电话|电话|联系方式|手机(?:号码?)?")


# a day of a duty calendar ('1月28日', '2025-01-28', '2025年1月28日（除夕）', '星期一', '周六'): a
# 节假日值班表's rows, no shift or period of a rota (``_rota_of_other_posts``)
_DUTY_DAY = re.compile(
    r"\d{1,2}月\d{1,2}日|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|^\d{1,2}[-/.]\d{1,2}$|星期[一二三四五六日天]|^周[一二三四五六日天]"
)


# what the space after a row's own post may open ('股长　叱伏列珂'): a name of two to five characters,
# no post's, 科室's or work's word, nothing saying the post is vacant or how it is held
_AFTER_POST_NAME = re.compile(r"^[\u4e00-\u9fff]{2,5}$")
_NOT_A_SURNAME_AFTER_POST = frozenset("空暂外临退已调借派在编不未无男女兼代缺轮驻挂见另新全各本")
# what a post is run on with into a longer one ('出纳' → '出纳员', '统计员', '药剂师', '驾驶员'): a
# holder's cell repeating its row's post so has the longer post before the name, no part of it
_LONGER_POST_ENDS = frozenset("员长师工手")


def _named_after_post(name: str) -> bool:
    """'叱伏列琛', '费也头湄', '赵丽': a holder's name written after his post and a space."""
    return (
        bool(_AFTER_POST_NAME.match(name))
        and name not in NOT_A_NAME
        and not VACANT.match(name)
        and not NO_ONE.match(name)
        and name[0] not in _NOT_A_SURNAME_AFTER_POST
        and not is_post(name)
        and not _dept_like(name)
        and not any(ch in NOT_NAME_CHARS for ch in name)
    )


class _Holders:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _level_holders(
        self, h: int, depth: int, ticks: dict[int, str], roles: dict[str, int], rows
    ) -> bool:
        """The cells under the level words (``ticks``) name the holders for whom the row's point
        is of that level ('风险等级及责任岗位' over '一级（高） | 二级（中） | 三级（低）', in the cells
        '理事长　郄翮岚⏎康复部部长　郄璿汀', '院长、副院长', '缑星河'), not marks ('√', '●') or counts:
        the table has no post or holder column of its own, every filled cell is holders
        (``_level_cell_holders``; '/' none), and the heading over them names posts or holders
        ('…及责任岗位', '…及责任人') or some line is a post and its holder's name. Said once."""
        if "title" in roles or "person" in roles:
            return False  # (a row's own holder: the marks under the levels are ticks)
        cells = [
            v
            for row in rows
            for c in ticks
            if c < len(row) and (v := row[c].strip()) and v not in _NOTHING
        ]
        ticked_named = any(_level_cell_ticked_holder(v) for v in cells)
        if ticked_named:
            # ticks naming their holders ('√ 鄢澄溪', review 92): a bare tick beside them is a
            # row naming none (its level only); so is a tick before words naming no one ('√ 较高',
            # '√（已整改）' beside '√ 局长', review 95): its level and a note
            cells = [
                v
                for v in cells
                if v not in _GRID_MARKS
                and not (_level_cell_ticked_holder(v) and not _level_cell_holders(v))
            ]
        if not cells or not all(len(v) >= 2 and HAN_TEXT.search(v) for v in cells):
            return False  # (the cheap test: a mark, a level word, a count)
        held = [_level_cell_holders(v) for v in cells]
        if not all(held):
            return False
        sh = self.sh
        cols = range(min(ticks), max(ticks) + 1)
        head = "".join(  # (the heading over the level words)
            sh.rows[x][c]
            for x in range(h, h + max(depth - 1, 1))
            for c in cols
            if c < len(sh.rows[x])
        )
        if not (
            _LEVEL_HOLDERS_HEAD.search(squeeze(head))
            or any("title" in p and "person" in p for got in held for p in got)
            or ticked_named  # ('√ 敖鹤龄、伊澜笙' under a plain 风险等级: the tick names them)
        ):
            return False
        self.issues.append(
            make_issue("LEVEL_CELLS_HOLDERS", self.rel, self.grid.name, cell_ref(h, min(ticks)),
                       field=squeeze(head)[:30], value=" | ".join(map(squeeze, ticks.values())))
        )  # fmt: skip
        return True

    def _level_ticks_named(self, h: int, lc: int, rows) -> bool:
        """The 风险等级 column's cells tick the row's holders after its level ('一级 √ 敖鹤龄、
        伊澜笙'; the table has no post or holder column): the point is each named holder's, at
        that level (``level_then_holders``). Every filled cell is a level, one at least naming
        holders so. Said once."""
        cells = [v for row in rows if lc < len(row) and (v := row[lc].strip())]
        if not any(("√" in v or "✓" in v or "✔" in v or "☑" in v) for v in cells):
            return False  # (the cheap test)
        named = [v for v in cells if level_then_holders(v, self.config)[1]]
        if not named or not all(v in named or self.config.level(v) for v in cells):
            return False
        self.issues.append(
            make_issue("LEVEL_CELLS_HOLDERS", self.rel, self.grid.name, cell_ref(h, lc),
                       field=squeeze(self.sh.rows[h][lc])[:30], value=named[0][:20])
        )  # fmt: skip
        return True

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

    def _shared_by_block_posts(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A common row inside a 科室 block (the whole list where no 科室 is written) whose post
        cell lists several of the block's posts ('主任、副主任', '股长和审核员') or says the whole
        block ('全股人员', '本科室人员', '全体') and whose name cell names no one ('—', '/', '各人',
        empty): a point of each person of those posts named in the block's other rows (of every
        one named in the block for '全股…'), one copy each, with one info. A listed post with no
        named person in the block keeps the point (a warning naming the cell); a list of posts none
        of which the block names stays a post group, as read before."""
        common = [
            rr
            for rr in rows
            if rr.title
            and _BLOCK_NO_NAME.match(squeeze(rr.person) or self._holder_text(rr))
            and (_BLOCK_EVERYONE.match(squeeze(rr.title)) or _BLOCK_POST_SPLIT.search(rr.title))
        ]
        if not common:
            return rows  # (the cheap test: a row of no one whose post cell lists or says '全…')
        blocks: list[list[RawRisk]] = []
        for rr in rows:  # runs of one 科室 (one run where the list writes none)
            if blocks and blocks[-1][-1].department == rr.department:
                blocks[-1].append(rr)
            else:
                blocks.append([rr])
        out: list[RawRisk] = []
        spread: list[str] = []
        for block in blocks:
            named: dict[str, list[RawRisk]] = {}
            for rr in block:
                who = squeeze(rr.person)
                if rr.title and who and looks_like_name(who) and rr not in common:
                    heads = named.setdefault(squeeze(rr.title), [])
                    if all(h.person != rr.person for h in heads):
                        heads.append(rr)
            for rr in block:
                if rr not in common or not named:
                    out.append(rr)
                    continue
                said = squeeze(rr.title)
                if _BLOCK_EVERYONE.match(said):
                    posts, missing = list(named), []
                else:
                    parts = []
                    for chunk in _BLOCK_POST_LIST_MARKS.split(said):
                        bits = [x for x in _BLOCK_POST_AND_JOINT.split(chunk) if x]
                        if len(bits) > 1 and not all(x in named or _a_named_post(x) for x in bits):
                            bits = [chunk]  # ('收费及票据管理员': one post as written)
                        parts.extend(x for x in bits if x)
                    posts = [x for x in parts if x in named]
                    missing = [x for x in parts if x not in named]
                    if len(parts) < 2 or not posts:
                        out.append(rr)  # (posts the block names no one of: a post group)
                        continue
                heads = [h for x in posts for h in named[x]]
                out.extend(
                    replace(rr, title=h.title, person=h.person, tier=h.tier or rr.tier)
                    for h in heads
                )
                out.extend(replace(rr, title=x) for x in missing)
                self.seen += len(heads) + len(missing) - 1
                spread.append(f"{said}（{len(heads)}人）")
                if missing:
                    self.issues.append(
                        make_issue("BLOCK_POST_NOT_NAMED", self.rel, self.grid.name,
                                   rr.cell("title"), value=said, field="、".join(missing))
                    )  # fmt: skip
        if spread:
            self.issues.append(
                make_issue("POINT_SHARED_BY_BLOCK_POSTS", self.rel, self.grid.name,
                           common[0].cell("title"), value="、".join(spread))
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

    def _named_once(self, rows: list[RawRisk], t: _Table) -> None:
        """A list by work item whose 科室 and post are written on every row and the holder only at
        the post's first row ('责任人' blank at its later rows, apart from it): a row that writes
        its post itself, its holder's cell blank (not merged), is the holder's the list names at
        that 科室 and post, where it names one. (A row whose post is carried down from the rows
        above, a meeting's step, keeps what the carrying gave it.)"""
        tc, pc = t.roles.get("title"), t.roles.get("person")
        if tc is None or pc is None or t.signed_rows or not any(not rr.person for rr in rows):
            return  # (a row left unsigned in a column signed row by row: ROW_UNSIGNED)
        if t.signed_blocks:
            return  # (a merged post block no one signed: the post's only, ``_signed_once_a_block``)
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

    def _self_rows(self, rows: list[RawRisk], t: _Table, around: list[int]) -> None:
        """A list of several holders filled in by one of them, whose own rows say '本人' in the
        责任人 cell ('自己', '填表人本人'; merged down his rows) while the others' rows name them,
        a line of the sheet naming who filled it in ('填报人：覃某　职务：营业科科长　填报日期：…',
        often with '注：“本人”指填报人'): those rows are the 填报人's (his post and 科室 from the
        line where the row writes none; HOLDER_SELF_IS_FILLER). No such line naming one: the
        rows keep no holder and the cell is warned (HOLDER_SELF_NO_FILLER), never silently."""
        own = [rr for rr in rows if squeeze(rr.person) in _SELF_WORDS]
        if not own or len(own) == len(rows):
            return  # (the cheap test first; a list of his rows only is his card: as before)
        sh = self.sh
        found: dict[str, tuple[str, str, int]] = {}
        first = set(around)
        for r in sorted(range(len(sh.rows)), key=lambda x: (x not in first, x)):
            text = "".join(
                v if v.rstrip().endswith((":", "：")) else v + "　" for v in sh.rows[r] if v
            )
            if "填" not in text:
                continue
            ms = _line_fields(text)
            name = post = ""
            for m in ms:
                key, value = label_key(m.group(1)), m.group(2).strip()
                if key in _FILLER and value and looks_like_name(value) and not is_post(value):
                    name = value
                elif field_of(key) in ("title", "dept_title") and value:
                    post = post or value
            if name:
                found.setdefault(name, (post, "".join(sh.rows[r]).strip()[:30], r))
                if r in first:
                    break  # (the table's own line above it beats one further off)
        said = squeeze(own[0].person)
        near = [n for n, (_p, _t, r) in found.items() if r in first]
        name = near[0] if near else (next(iter(found)) if len(found) == 1 else "")
        if not name:
            self.issues.append(
                make_issue("HOLDER_SELF_NO_FILLER", self.rel, self.grid.name, own[0].cell("person"),
                           value=said)
            )  # fmt: skip
            for rr in own:
                rr.person = ""
            return
        post, line, _r = found[name]
        _u, dept, title = split_unit_title(post) if post else ("", "", "")
        tc, merged = t.roles.get("title"), self.grid.merged_into
        mine = {id(rr) for rr in own}
        carried = set()  # rows whose post was carried down from another holder's row above
        for prev, rr in zip([None, *rows], rows, strict=False):
            row = sh.rows[rr.row]
            if (
                id(rr) in mine
                and tc is not None
                and (rr.row, tc) not in merged
                and not (tc < len(row) and row[tc].strip())
                and (prev is None or id(prev) not in mine or id(prev) in carried)
            ):
                carried.add(id(rr))
        for rr in own:
            rr.person = name
            if title and id(rr) in carried:
                rr.title = ""  # ('工程师' above, his rows' post left blank: not his post)
            if not rr.title and title:
                rr.title = title
                rr.department = rr.department or dept
        self.issues.append(
            make_issue("HOLDER_SELF_IS_FILLER", self.rel, self.grid.name, own[0].cell("person"),
                       field=line, value=said, found=name,
                       cells=", ".join(dict.fromkeys(rr.cell("person") for rr in own)))
        )  # fmt: skip

    @cached_property
    def _moves_items(self) -> bool:
        """Some line of the sheet moves numbered items to a holder ('第8、9项改由…负责'): looked
        at once a sheet (the cheap test: no '第'/'序号' before a number, no move)."""
        if self.grid.lacks("由", "划", "移交", "调整为"):
            return False  # (the cheapest test: a sheet lacking a character of each word below)
        lines = list(map("".join, self.sh.rows))
        text = "".join(lines)  # (the words in no line: no line to search)
        if "由" not in text and "划" not in text and "移交" not in text and "调整为" not in text:
            return False
        return any(
            ("由" in x or "划" in x or "移交" in x or "调整为" in x) and _MOVED_ITEMS.search(x)
            for x in lines
        )

    def _handed_by_opinion(self, t: _Table, rows: list[RawRisk]) -> None:
        """A reviewer's column of opinions ('派驻纪检监察组审核意见') handing some rows' points to
        another holder while the list still writes the first ('责任人调整为市场股股长敖湝岏',
        '责任人应为产业发展股股员敖玹翥，请调整', '改由产业发展股股长诸霔棽负责'; ``_review_hands_to``):
        each such row becomes the point of the holder named — one of the list's where the words
        name him (his 科室, post and name as the list writes them, ``_moved_to``), else as
        written, split into 科室, post and name. Said once for the table (info
        ``HOLDER_BY_REVIEW_OPINION``); words that name no one the list has and split into no
        post or name: warned at the cell (``HOLDER_REVIEW_OPINION_UNREAD``), the row as written."""
        key = lambda rr: (rr.unit, rr.department, rr.title, rr.person)  # noqa: E731
        holders: dict[tuple[str, str, str, str], RawRisk] = {}
        for rr in rows:
            if rr.title or rr.person:
                holders.setdefault(key(rr), rr)
        seen = {_post_and_holder(k): k for k in holders}
        moved: list[str] = []
        for rr in rows:
            got = t.handed_to.get(rr.row)
            if got is None:
                continue
            ref, said, who = got
            target = seen.get(_moved_to(who, list(seen)))  # type: ignore[arg-type]
            if target is not None:
                new = holders[target]
                if key(rr) != target:  # (all else the row's own: level, type, measures)
                    for name in ("unit", "section", "department", "title", "person", "tier",
                                 "declared"):  # fmt: skip
                        setattr(rr, name, getattr(new, name))
                    moved.append(ref)  # (an opinion naming the row's own holder moves nothing)
                continue
            split = _opinion_holder_split(who)
            if split is None:
                self.issues.append(make_issue(
                    "HOLDER_REVIEW_OPINION_UNREAD", self.rel, self.grid.name, ref, value=said,
                    found=" ".join(filter(None, (rr.department, rr.title, rr.person))) or "原责任人",
                ))  # fmt: skip
                continue
            dept, title, person = split
            if not person:
                # (a post the list gives no holder, no name: whose? '改由办公室主任负责' on a list
                # with no 办公室主任 — the row as written, warned at the cell)
                self.issues.append(make_issue(
                    "HOLDER_REVIEW_OPINION_POST_ONLY", self.rel, self.grid.name, ref, value=said,
                    who=squeeze(who),
                    found=" ".join(filter(None, (rr.department, rr.title, rr.person))) or "原责任人",
                ))  # fmt: skip
                continue
            rr.department = dept or (rr.department if not person else "")
            rr.title, rr.person, rr.tier, rr.declared = title, person, "", ""
            moved.append(ref)
        if moved:
            head = (
                squeeze(t.header[1].get(t.opinions, ""))
                if t.header and t.opinions is not None
                else ""
            )
            self.issues.append(
                make_issue("HOLDER_BY_REVIEW_OPINION", self.rel, self.grid.name, moved[0],
                           field=head or "审核意见", count=str(len(moved)), value="、".join(moved))
            )  # fmt: skip

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

    @cached_property
    def _swaps_posts(self) -> bool:
        """Some line of the sheet says people exchanged posts ('岗位互换', '对调', '调换',
        '交流轮岗'): looked at once a sheet (the cheap test before ``_swapped_by_note``)."""
        # (one search of the lines joined: no word of it spans a line break, and a break before
        # '轮岗' is no '定期' before it, as at a line's start)
        if self.grid.lacks(*_POSTS_SWAPPED_CORE):
            return False  # (the cheapest test: a sheet lacking a character of every such word)
        text = "\n".join(map("".join, self.sh.rows))
        if not any(w in text for w in _POSTS_SWAPPED_CORE):
            return False  # (the cheap test: every wording of it holds one of these words)
        return _POSTS_SWAPPED.search(text) is not None

    def _swapped_by_note(self, t: _Table, rows: list[RawRisk], above: range, below: range) -> None:
        """A note by a list saying two people it names exchanged posts while its holder column
        was left as it was ('注：自2025年7月1日起陶骞澍（检查股检查员）与文翯岚（审理股审理员）岗位互换，
        本表姓名栏未改。', '甲与乙岗位对调', '甲、乙两同志交流轮岗，表中姓名未改'): each of the two
        then holds the other's post (its 科室, post and points), the rows of one read as the
        other's; said once (info ``HOLDERS_SWAPPED_BY_NOTE``). The gate: one sentence of a line of
        one or two cells by the table, an exchange word after two people joined by 与/和/同/、,
        both holders of the list, each of one post, the two posts apart. A note saying the
        table already shows the exchange ('表中已按调整后填写'), or a bracket giving each the
        post the list already gives the other, a swap planned ('拟…') or general ('定期轮岗交流',
        no one named) changes nothing; a person named who is not in the list (or three and
        more) a warning (``HOLDERS_SWAPPED_UNMATCHED``), nothing changed. The lines read are
        the table's own, as for ``_moved_by_note``."""
        sh = self.sh
        posts: dict[str, set[tuple[str, str, str, str]]] = {}
        for rr in rows:
            who = squeeze(rr.person)
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", who) and not is_post(who):
                posts.setdefault(who, set()).add((rr.unit, rr.section, rr.department, rr.title))
        if len(posts) < 2:
            return
        under = next((x for x in below if sh.kind(x) == "title"), below.stop)
        for x in [*above, *range(below.start, under)]:
            cols = sh.nonempty(x)
            if not cols or len(cols) > 2 or x in self.point_holder_used:
                continue
            line = "".join(sh.rows[x][c] for c in cols)
            for said in _SENTENCES.split(line):
                # the word after the two joined ('根据轮岗交流安排，…甲与乙岗位互换': the second);
                # brackets ('陶某（检查股检查员）') read apart
                for m in _POSTS_SWAPPED.finditer(said):
                    head = said[: m.start()]
                    bare = _BRACKETED.sub("", head)
                    named = sorted(
                        (p for p in posts if p in bare), key=lambda p: (bare.rfind(p), -len(p))
                    )
                    named = [p for p in named if not any(p != q and p in q for q in named)]
                    if named or _joined_names(bare):
                        break
                else:
                    continue  # ('定期轮岗交流', '人员与岗位调换时…': no one named exchanging)
                after = said[m.end() :]
                if (
                    _SWAP_PLANNED.search(head)
                    or _SWAP_SOON.search(said[: m.end()])
                    or _SWAP_LATER.match(after)
                    or _SWAP_NOT_POSTS.match(after)
                    or (
                        m.group(0) in ("交换", "轮换")
                        and not re.search(r"(?:岗位|职务|工作|职位)(?:相互|互相)?$", head)
                    )
                    or _SWAP_ROUTINE.search(said)
                ):
                    # ('…将岗位对调', '…对调（下半年执行）': planned; '轮换值班', '交换保管', a bare
                    # '交换'/'轮换' with no 岗位 by it ('与供应商交换合同'): a duty or a thing, no post; '每年轮岗一次', '休假期间…互换工作': a routine or a
                    # cover, no one's post changed)
                    continue
                ref = cell_ref(x, cols[0])
                if len(named) != 2 or any(len(posts[p]) != 1 for p in named):
                    self.issues.append(make_issue(
                        "HOLDERS_SWAPPED_UNMATCHED", self.rel, self.grid.name, ref,
                        value=squeeze(said), found="、".join(named) or "无",
                    ))  # fmt: skip
                    continue
                a, b = named
                (pa,), (pb,) = posts[a], posts[b]
                if pa == pb:
                    continue
                rest = line[line.find(said) + m.end() :]  # (the sentences after it too)
                if _SWAP_SHOWN.search(rest) and not _SWAP_KEPT.search(rest):
                    continue  # ('表中已按调整后填写': the list shows it)
                said_a, said_b = _bracket_after(head, a), _bracket_after(head, b)
                if (
                    said_a
                    and said_b
                    and pb[3]
                    and pa[3]
                    and pb[3] in said_a
                    and pa[3] not in said_a
                    and pa[3] in said_b
                    and pb[3] not in said_b
                ):
                    continue  # ('甲（原审理员）与乙（原检查员）…': the list already their new posts)  # fmt: skip
                now = {a: b, b: a}
                for rr in rows:
                    if (who := squeeze(rr.person)) in now:
                        rr.person = now[who]
                self.issues.append(make_issue(
                    "HOLDERS_SWAPPED_BY_NOTE", self.rel, self.grid.name, ref, value=squeeze(said),
                    found=f"{a}（{' '.join(filter(None, pa[2:4]))}）与{b}（{' '.join(filter(None, pb[2:4]))}）",
                ))  # fmt: skip
                if sh.kind(x) != "note":
                    self.skip.add(x)

    @cached_property
    def _hands_over_by_lines(self) -> bool:
        """Some line of the sheet hands a post to a successor ('…出纳岗由某某接任'): looked at
        once a sheet (the cheap test before ``_handover_by_lines``)."""
        return any(
            ("接任" in x or "接替" in x) and _HANDOVER_VERB.search(x)
            for x in map("".join, self.sh.rows)
        )

    def _handover_by_lines(
        self, t: _Table, rows: list[RawRisk], above: range, below: range
    ) -> None:
        """A 岗位交接登记 written as LINES by a list filled in for the year and not edited when
        posts changed hands ('岗位交接登记' and under it '1.2025年7月起，副局长岗位由公休珩谧接任。',
        '2.房地产市场监管股股长岗由公休湛接任', '注：2025年9月起，出纳岗由某某接替，原出纳某某调离'):
        each line's post (with or without its 科室; the former holder named picks among two of
        one post) is its successor's now, rows and all, the 科室, post, levels and measures as the
        list gives them; said once a table (info ``HANDOVER_AFTER_FILING``). A line naming a post
        or holder the list does not have (or two it cannot tell apart) a warning at its cell
        (``HANDOVER_UNMATCHED``), the list as it is. Lines of one or two cells only (a row of a
        ``原任 | 现任`` table or a ``备注`` cell is read by ``_changes`` and ``_successors``);
        a handover planned or for a time ('拟由…', '休假期间由…临时接替') changes no one. The
        lines read are the table's own, as for ``_moved_by_note``."""
        sh = self.sh
        keys: dict[tuple[str, str, str, str], list[RawRisk]] = {}
        for rr in rows:
            if rr.title or rr.person:
                keys.setdefault(
                    (rr.unit, squeeze(rr.department), squeeze(rr.title), squeeze(rr.person)), []
                ).append(rr)
        if not keys:
            return
        under = next(
            (
                x
                for x in below
                if sh.kind(x) == "title"
                and not _HANDOVER_VERB.search(line := "".join(sh.rows[x]))
                and not _HANDOVER_CAPTION.search(line)
            ),
            below.stop,
        )
        moved: list[str] = []
        first = None
        read: list[int] = []
        for x in [*above, *range(below.start, under)]:
            cols = sh.nonempty(x)
            if not cols or len(cols) > 2 or x in self.point_holder_used:
                continue
            line = "".join(sh.rows[x][c] for c in cols)
            said = handover_clauses(line)
            if not said:
                continue
            ref = cell_ref(x, cols[0])
            for phrase, new, sentence in said:
                hit = handover_hits(phrase, sentence, list(keys), new)
                if hit is None:
                    self.issues.append(make_issue(
                        "HANDOVER_UNMATCHED", self.rel, self.grid.name, ref, value=squeeze(sentence),
                        post=phrase or "（未写岗位）",
                    ))  # fmt: skip
                    continue
                if hit[3] == new:
                    continue  # (the list names the successor already)
                for rr in keys[hit]:
                    rr.person = new
                moved.append(f"{' '.join(filter(None, hit[1:3]))} {hit[3] or '（原未写）'}→{new}")
                first = ref if first is None else first
            read.append(x)
        if not read:
            return
        for x in read:
            if sh.kind(x) != "note":
                self.skip.add(x)  # (a handover line, no stray line)
        top = min(read)
        if top - 1 in below and (cap := sh.nonempty(top - 1)) and len(cap) == 1:
            if _HANDOVER_CAPTION.search(sh.rows[top - 1][cap[0]]) and sh.kind(top - 1) != "note":
                self.skip.add(top - 1)  # ('岗位交接登记（本表填报后岗位人员变动情况）' over them)
                read.append(top - 1)
        self.handover_lines.update(read)
        self._withdraw_strays(
            {cell_ref(x, c) for x in read for c in sh.nonempty(x)}, ("ROW_UNPLACED",)
        )
        if moved:
            self.issues.append(make_issue(
                "HANDOVER_AFTER_FILING", self.rel, self.grid.name, first,
                value="、".join(dict.fromkeys(moved)),
            ))  # fmt: skip

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

    def _signed_by_proxy(self, rr: RawRisk, proxied: dict[str, list[str]]) -> bool:
        """A holder's (签字) cell signed by a colleague for the absent holder ('鲜某代权某签',
        '权某（鲜某代签）', ``proxy_signed``): the holder is the one signed for, the signer no
        part of the name (``proxied``: each cell's reading and its cells, for the table's one
        info). Whether the cell was such."""
        got = proxy_signed(rr.person)
        if got is None:
            return False
        said = rr.person.strip().replace("\n", "⏎")
        rr.person = got[0]
        cells = proxied.setdefault(f"“{said}”读作{got[0]}(由{got[1]}代签)", [])
        if rr.cell("person") not in cells:
            cells.append(rr.cell("person"))
        return True

    def _acting_for_absent(self, t: _Table, rows: list[RawRisk]) -> None:
        """A list naming each post's holder with a column of its own saying whether he is at his
        post this year ('在岗情况' over '在岗', '驻村（2024.11—2025.11）', '借调县委巡察办'; '在岗状态',
        '状态', '是否在岗' 是/否) and one naming the colleague who does an absent holder's post
        meanwhile ('代岗人员', '代岗人', '顶岗人员', '临时负责人', '代理人'): a row whose holder is
        away (``_roster_in_post``: 驻村, 借调, 挂职, 外派, 病休 …) with a name in the acting column is
        the acting colleague's, under this post and its 科室 (a form beside his own post's, as a
        vacant post's acting holder is: HOLDER_ACTING_FOR_VACANT), the absent holder none for it
        (HOLDERS_ACTING_FOR_ABSENT, said once a table naming both columns and who acts for whom);
        away with no one named in the acting column ('/', blank): the post's, no holder
        (ABSENT_HOLDER_NO_ACTING at the status cell); an acting cell naming no one that can be
        told ('本股其他人员'): as written, warned (ACTING_HOLDER_UNREAD). '在岗', '/', blank
        statuses read as before; a status column any of whose cells is no status word
        ('已整改') is no such column; a list whose holders are all at their posts, or with only
        one of the two columns, reads as before, nothing said. The cheap test: the table's
        headings alone."""
        heads = t.header[1] if t.header is not None else {}
        said_heads = "\x00".join(h for h in heads.values() if h)
        if "代" not in said_heads and "顶岗" not in said_heads and "临时负责" not in said_heads:
            return  # (the cheap test: no heading names who acts)
        status_c = acting_c = None
        for c, head in heads.items():
            if not head or t.col_role.get(c, "other") != "other":
                continue
            k = label_key(head)
            if acting_c is None and _ACTING_HEAD.match(k):
                acting_c = c
            elif status_c is None and _ABSENT_STATUS_HEAD.match(k):
                status_c = c
        if status_c is None or acting_c is None or not rows:
            return
        grid = self.grid
        merged = grid.merged_into if grid.merges else {}
        yes_no = label_key(heads[status_c]) == "是否在岗"
        said: list[tuple[str, str, int]] = []  # each row's status, acting cell and its cells' row
        last_key: tuple[str, str, str] | None = None
        last: tuple[str, str, int] = ("", "", -1)
        for rr in rows:
            top, sc = merged.get((rr.row, status_c), (rr.row, status_c))
            st = grid.get(top, sc).strip()
            ac = grid.get(*merged.get((rr.row, acting_c), (rr.row, acting_c))).strip()
            key = (rr.department, rr.title, rr.person)
            if not st and not ac and key == last_key:
                st, ac, top = last  # (a holder's cells written once over his rows, not merged)
            last_key, last = key, (st, ac, top)
            said.append((st, ac, top))
        states: list[bool | None] = []
        for st, _ac, _top in said:
            if squeeze(st) in _ACTING_NONE:
                states.append(None)  # (blank, '/': as written)
                continue
            state = {"是": True, "否": False}.get(squeeze(st)) if yes_no else _roster_in_post(st)
            if state is None:
                return  # (a cell of no status word: no such column, read as before)
            states.append(state)
        if False not in states:
            return  # (every holder at his post: as before, nothing said)
        acted: dict[str, str] = {}  # '独孤某（驻村…）由仉督某代岗' → the acting cell
        told: set[tuple[int, int]] = set()
        for rr, (st, ac, top), state in zip(rows, said, states, strict=True):
            if state is not False or not rr.person.strip():
                continue
            absent = rr.person.strip()
            if squeeze(ac) in _ACTING_NONE:
                rr.person = ""  # (away, no one acting: the post's, no holder)
                if (top, status_c) not in told:
                    told.add((top, status_c))
                    self.issues.append(
                        make_issue("ABSENT_HOLDER_NO_ACTING", self.rel, grid.name,
                                   cell_ref(top, status_c), field=squeeze(heads[status_c]),
                                   value=" ".join(st.split()), names=absent,
                                   other=squeeze(heads[acting_c]))
                    )  # fmt: skip
                continue
            who = _acting_name(ac)
            at = merged.get((rr.row, acting_c), (rr.row, acting_c))
            if who is None or who == absent:
                if at not in told:
                    told.add(at)
                    self.issues.append(
                        make_issue("ACTING_HOLDER_UNREAD", self.rel, grid.name, cell_ref(*at),
                                   field=squeeze(heads[acting_c]), value=" ".join(ac.split()),
                                   names=absent)
                    )  # fmt: skip
                continue
            rr.person = who
            acted.setdefault(f"{absent}“{' '.join(st.split())}”，由{who}代岗", cell_ref(*at))
        if acted:
            shown = list(acted)
            value = "；".join(shown[:3]) + (f"等{len(shown)}人" if len(shown) > 3 else "")
            self.issues.append(
                make_issue("HOLDERS_ACTING_FOR_ABSENT", self.rel, grid.name,
                           next(iter(acted.values())), field=squeeze(heads[status_c]),
                           other=squeeze(heads[acting_c]), value=value)
            )  # fmt: skip

    def _acting_for_vacant(
        self, rr: RawRisk, acting: dict[str, list[str]], unread: set[str]
    ) -> None:
        """A vacant post's holder cell naming who acts for it ('空缺（由副段长　羿某代管）',
        '空缺，暂由养护股股长　丌某兼任', '（空缺）路政股副股长　羿某代理'): the post's points are the
        acting colleague's, under this post and its 科室 (a form apart from his own post's), his
        name taken out of the phrase (``acting``: each phrase's cells, for the table's one
        info); a vacancy naming no one ('空缺（待招录）') has no holder; a stand-in whose name
        cannot be told ('空缺（由会计兼）') is no name either, warned at its cell."""
        got = acting_for_vacant(rr.person)
        if got is None:
            return
        said = rr.person.strip()
        kind, rr.person = got
        if kind == "acting":
            cells = acting.setdefault(said, [])
            if rr.cell("person") not in cells:
                cells.append(rr.cell("person"))
        elif kind == "unread" and said not in unread:
            unread.add(said)  # (a cell merged down its post's rows: warned once)
            self.issues.append(
                make_issue("HOLDER_ACTING_UNREAD", self.rel, self.grid.name, rr.cell("person"),
                           value=said.replace("\n", "⏎"))
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

    def _hold_captioned(
        self, fields: dict[str, str], band: list[RawRisk], r: int, c: int, own: bool
    ) -> list[str]:
        """A table's numbered caption at (r, c) naming the holder of ``band`` (``_table_captions``):
        as a footer (``_hold_run``) for a table of no holder columns; a table writing its own
        post or holder (``own``) keeps them and takes nothing where the caption names another
        (HOLDER_CAPTION_DIFFERS at the caption's cell, naming both), only the 科室 where it
        names the rows' own. A report paragraph stating how many points it found ('…查找出廉政风险
        点3个，具体如下：') over a table of another count is told (HOLDER_PARAGRAPH_COUNT)."""
        stated = self._report_paragraphs.get(r, (None, None))[1] if band else None
        if stated is not None and stated != len(band):
            said = self.sh.rows[r][c].strip()
            self.issues.append(
                make_issue("HOLDER_PARAGRAPH_COUNT", self.rel, self.grid.name, cell_ref(r, c),
                           value=said[:24] + ("…" if len(said) > 24 else ""), other=str(stated),
                           found=str(len(band)))
            )  # fmt: skip
        if not own:
            return self._hold_run(fields, band, r, c)
        keys = [k for k in ("title", "person") if k in fields]
        theirs = {tuple(getattr(rr, k).strip() for k in keys) for rr in band}
        mine = tuple(fields[k] for k in keys)
        if any(a and a != b for row in theirs for a, b in zip(row, mine, strict=True)):
            found = next(row for row in theirs if any(row))
            self.issues.append(
                make_issue("HOLDER_CAPTION_DIFFERS", self.rel, self.grid.name, cell_ref(r, c),
                           value=cell_ref(r, c), other="　".join(mine), found="　".join(found))
            )  # fmt: skip
            return []
        dept = {k: v for k, v in fields.items() if k == "department"}
        return self._hold_run(dept, band, r, c) if dept else []

    @cached_property
    def _table_captions(self) -> tuple[bool, dict[int, dict[str, str]]]:
        """A sheet of small tables stacked down whose holders stand only in a numbered caption
        line of each, Word's 题注 ('表1　主任　戚某某　岗位廉政风险点', '表3　票务科科长　…'): whether
        the captions stand UNDER their tables, and the rows of the captions with the holder each
        names; (False, {}) for any other sheet. Two such lines at least, each a lone cell: under
        the tables where each is right under a row of the table above it and each but the last
        has the next table's heading after it (blank lines between); over them where each has
        a heading right after it (the first table under its caption, the last with none under
        it). A '表2　…' line over rows of the same table is a group line, none. Looked at once a
        sheet."""
        sh = self.sh
        said: dict[int, dict[str, str]] = {}
        for r, row in enumerate(sh.rows):
            lone = next(filter(None, row), "")
            if "表" not in lone[:2]:
                continue  # (the cheap test: a caption opens the line with its number)
            if len(sh.nonempty(r)) == 1 and (fields := _numbered_caption_holder(lone)):
                said[r] = fields
        if not said and self._report_paragraphs:
            return False, {r: fields for r, (fields, _n) in self._report_paragraphs.items()}
        if len(said) < 2:
            return False, {}
        rows = sorted(said)
        headed = [self._heading_after(r) for r in rows]
        if all(r > 0 and len(sh.nonempty(r - 1)) >= 2 for r in rows) and all(headed[:-1]):
            return True, said  # (each closing a table: the last with no table after it)
        return (False, said) if all(headed) else (False, {})

    # the first characters a numbered report paragraph opens with: '（一）', '(1)', '一、', '1.'
    _PARAGRAPH_OPENERS = "（(一二三四五六七八九十0123456789"

    @cached_property
    def _report_paragraphs(self) -> dict[int, tuple[dict[str, str], int | None]]:
        """A report pasted from Word whose holders stand only in its numbered paragraphs, each
        merged across the sheet right over its own small table ('（一）站长禹翾翎同志，主持……查找
        出廉政风险点3个，具体如下：' over '序号 | 廉政风险点 | 风险等级 | 防控措施'): the rows of
        the paragraphs with the holder each names and the count it states
        (``_report_paragraph_holder``), read as captions over their tables; {} for any other
        sheet. One paragraph naming a person at least; every numbered paragraph over a heading
        must read (one naming several, '局长某某、副局长某某同志，…': no guess, none read)."""
        sh = self.sh
        said: dict[int, tuple[dict[str, str], int | None]] = {}
        for r, row in enumerate(sh.rows):
            lone = next(filter(None, row), "")
            if len(lone) < 16 or lone[:1] not in self._PARAGRAPH_OPENERS:
                continue  # (the cheap test: a report paragraph is long and numbered)
            if len(sh.nonempty(r)) != 1 or not self._heading_after(r):
                continue  # (a lone line right over a table's heading)
            if self._heading_names_holders(r):
                continue  # (a table with its own 科室/岗位/姓名 column: its columns say who, no caption)
            got = _report_paragraph_holder(lone)
            if got is None:
                if NUMBERING.match(lone) and "同志" in lone:
                    return {}  # (a paragraph over a table naming several, or unread: as before)
                continue
            said[r] = got
        return said if any("person" in fields for fields, _n in said.values()) else {}

    def _caption_over(self, h: int) -> int | None:
        """The row of the numbered caption standing over the heading at row ``h`` (blank lines
        between), of a sheet whose captions stand over their tables (``_table_captions``)."""
        x = h - 1
        while x >= 0 and not self.sh.nonempty(x):
            x -= 1
        return x if x in self._table_captions[1] else None

    def _heading_names_holders(self, r: int) -> bool:
        """The heading right after row ``r`` (blank lines between) has a column of the holder's
        own: a 科室, 岗位 or 姓名 ('序号 | 岗位 | 风险点 | …')."""
        sh = self.sh
        x = r + 1
        while x < len(sh.rows) and not sh.nonempty(x):
            x += 1
        if x >= len(sh.rows):
            return False
        roles = {getattr(heading_role(sh.key(x, c)), "role", None) for c in sh.nonempty(x)}
        return bool(roles & {"department", "title", "person"})

    def _heading_after(self, r: int) -> bool:
        """The first line after row ``r`` but blank ones is a table's heading, two cells of it
        headings' words at least ('序号 | 廉政风险点 | 风险等级 | 防控措施')."""
        sh = self.sh
        x = r + 1
        while x < len(sh.rows) and not sh.nonempty(x):
            x += 1
        cols = sh.nonempty(x) if x < len(sh.rows) else []
        return len(cols) >= 2 and sum(heading_role(sh.key(x, c)) is not None for c in cols) >= 2

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
        told (HOLDER_BRACKET_DIFFERS). A matter's cell (业务事项, 岗位职责, 环节) merged or
        carried down over its points is each of its rows' own ('防空地下室建设审批⏎（责任科室：
        工程管理股　责任人：股长　某某）'): its holder holds them all, told once a table
        (HOLDERS_IN_MATTER_CELL)."""
        labels = t.header[1] if t.header else {}
        merged = self.grid.merged_into if self.grid.merges else {}
        first: dict[int, tuple[RawRisk, str]] = {}  # column → its first bracket read
        # column → the brackets read whose holder's surname no list holds, the label saying a name
        # ('（责任人：一那蒌珩）'), and their names: told once a column (HOLDER_BRACKET_RARE_NAME)
        rare: dict[int, list[tuple[RawRisk, str, list[str]]]] = {}
        for rr in rows:
            for c in t.holder_cells:
                role = t.col_role.get(c, "")
                if role in _BRACKET_ROLES or role in _MATTER_BRACKET_ROLES:
                    text = getattr(rr, role)
                else:  # a 备注: no text of the point's, only its holder
                    text = self.grid.get(*merged.get((rr.row, c), (rr.row, c)))
                got = holder_bracket(text, role != "risk_point") if text else None
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
                if role in _BRACKET_ROLES or role in _MATTER_BRACKET_ROLES:
                    setattr(rr, role, text[:start].rstrip())
                first.setdefault(c, (rr, text[start:].strip()))
                who = re.split(r"[、,，]", fields.get("person", ""))
                if fields.get("person") and not all(looks_like_name(x) for x in who):
                    unlisted = [x for x in who if not looks_like_name(x)]
                    rare.setdefault(c, []).append((rr, text[start:].strip(), unlisted))
                break
        for c, told in rare.items():
            names = dict.fromkeys(x for _rr, _b, who in told for x in who)
            self.issues.append(
                make_issue("HOLDER_BRACKET_RARE_NAME", self.rel, self.grid.name,
                           cell_ref(told[0][0].row, c), value=str(len(told)),
                           example=told[0][1], person="、".join(names))
            )  # fmt: skip
        for c, (rr, bracket) in first.items():
            matter = t.col_role.get(c, "") in _MATTER_BRACKET_ROLES
            self.issues.append(
                make_issue(
                    "HOLDERS_IN_MATTER_CELL" if matter else "HOLDER_IN_CELL_BRACKET",
                    self.rel,
                    self.grid.name,
                    cell_ref(rr.row, c),
                    field=(
                        f"“{squeeze(labels.get(c, '')) or role_zh(t.col_role.get(c, ''))}”一栏"
                        if matter
                        else squeeze(labels.get(c, "")) or role_zh(t.col_role.get(c, ""))
                    ),
                    value=bracket,
                )
            )

    def _holders_by_count(self, t: _Table, rows: list[RawRisk]) -> None:
        """A table with no holder column whose cells (``t.counted_cells``: a 备注, the measures)
        head each holder's block with the count of its rows ('本条起3条由总经理　某某负责',
        '以下2项由…负责', '第4—6条由…负责'): that row and the next, the count in all, are his;
        the words are taken out of a measure or point (they are none of it). A count that does
        not fit the rows read (past the table's end, over another such cell, '第4—6条' on the
        row numbered 5) is told (HOLDER_COUNT_UNFIT) and the table's rows stay as read; other
        remarks ('2025年新增', '由办公室负责解释') are no holder's. Rows no count covers (above
        the first, or past a count's rows) stay no one's, named in a warning
        (HOLDER_COUNT_UNCOVERED), not left silently to a holderless form."""
        labels = t.header[1] if t.header else {}
        seq = t.roles.get("seq")
        heads: list[tuple[int, int, str, str, tuple[int, int | None, str, str, int, int]]] = []
        for i, rr in enumerate(rows):
            for c in t.counted_cells:
                role = t.col_role.get(c, "")
                text = getattr(rr, role) if role in _BRACKET_ROLES else self.grid.get(rr.row, c)
                said = counted_holder(text) if text else None
                if said is not None:
                    heads.append((i, c, role, text, said))
                    break
        if not heads:
            return
        unfit = []
        for k, (i, c, _role, text, said) in enumerate(heads):
            count, first = said[0], said[1]
            end = heads[k + 1][0] if k + 1 < len(heads) else len(rows)
            own = squeeze(self.grid.get(rows[i].row, seq)) if seq is not None else ""
            if i + count > end or (first is not None and own.isdecimal() and int(own) != first):
                unfit.append((cell_ref(rows[i].row, c), text[said[4] : said[5]], i + count - end))
        if unfit:
            for where, text, over in unfit:
                self.issues.append(
                    make_issue("HOLDER_COUNT_UNFIT", self.rel, self.grid.name, where,
                               value=text,
                               other=f"多出 {over} 条" if over > 0 else "起始序号不符")
                )  # fmt: skip
            return
        covered: set[int] = set()
        for i, _c, role, text, (count, _first, post, name, start, stop) in heads:
            covered.update(range(i, i + count))
            for rr in rows[i : i + count]:
                if not rr.title.strip() and not rr.person.strip():
                    rr.title, rr.person = post, name
            if role in _BRACKET_ROLES:  # (the words are no measure, no point)
                rest = (text[:start].rstrip() + text[stop:].lstrip("。；;，, \u3000\n")).strip()
                setattr(rows[i], role, rest)
        i, c, role, text, said = heads[0]
        self.issues.append(
            make_issue(
                "HOLDERS_BY_COUNT",
                self.rel,
                self.grid.name,
                cell_ref(rows[i].row, c),
                field=squeeze(labels.get(c, "")) or role_zh(role),
                value=text[said[4] : said[5]],
                other=str(len({h[4][2:4] for h in heads})),
            )
        )
        left = [rr for k, rr in enumerate(rows) if k not in covered]
        if left:  # (rows above the first count, or past a count's rows: no one's, as read)
            pc = t.roles.get("risk_point", c)
            self.issues.append(
                make_issue("HOLDER_COUNT_UNCOVERED", self.rel, self.grid.name,
                           cell_ref(left[0].row, pc),
                           field=squeeze(labels.get(c, "")) or role_zh(role),
                           value=text[said[4] : said[5]],
                           rows="、".join(dict.fromkeys(str(rr.row + 1) for rr in left)))
            )  # fmt: skip

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
            out += _fan_out(
                rr,
                [{"title": p, "person": n, "cols": {**rr.cols, "person": cols.get(p, pc)}}
                 for p, n in held],
            )  # fmt: skip
        return out

    def _signed_once_a_block(self, rows: list[RawRisk], roles: dict[str, int]) -> bool:
        """The post (or 科室 and post) merged down over each holder's block, the holder named
        ONCE in it, in an unmerged 签字 (姓名) column — on the block's LAST row, as a '注：' asks
        ('…在本岗位最后一项风险点所在行签字确认'), or on a middle one: the merge bounds the
        block, so its one name holds every row of it, those above the name too, and none of the
        next block's (two '科员' blocks of one 股 are two holders). Said once (info
        ``HOLDER_SIGNED_ONCE_A_BLOCK``). A block naming two (each row its own signer) is left
        as read; one naming none is the post's only (a name carried into it over the block's
        edge dropped); every name on its block's first row: carried down, as read."""
        pc, tc = roles.get("person"), roles.get("title")
        merges = self.grid.merges
        if pc is None or tc is None or not merges or len(rows) < 3:
            return False
        sh = self.sh

        def typed(r: int) -> bool:
            line = sh.rows[r]
            return pc < len(line) and bool(line[pc].strip())

        # (the cheap test first: some row's holder cell blank)
        if all(typed(rr.row) for rr in rows):
            return False
        spans = [
            (r0, r1)
            for r0, c0, r1, c1 in merges
            if c0 <= tc <= c1 and r1 > r0 and not c0 <= pc <= c1
        ]
        merged = self.grid.merged_into
        if len(spans) < 2:
            # the post written on EVERY row, unmerged, and a note asking one signature a post
            # ('注：请在本岗位最后一项风险点所在行签字确认'): each run of one post's rows a block
            # (review 127g, finding 7)
            if not self._sign_once_noted(rows) or any(
                (rr.row, tc) in merged
                or not (tc < len(sh.rows[rr.row]) and sh.rows[rr.row][tc].strip())
                for rr in rows
            ):
                return False
            spans = []
            for rr in rows:
                post = sh.rows[rr.row][tc].strip()
                if spans and spans[-1][2] == post and spans[-1][1] == rr.row - 1:
                    spans[-1] = (spans[-1][0], rr.row, post)
                else:
                    spans.append((rr.row, rr.row, post))
            spans = [(r0, r1) for r0, r1, _p in spans]
            if len(spans) < 2 or all(r0 == r1 for r0, r1 in spans):
                return False
        if any((rr.row, pc) in merged for rr in rows):
            return False  # (the holder merged down too: read so already)
        if not self._signing_column_or_note(pc, rows):
            return False  # ('具体责任人' on one row of a post's block: that row's, as before)
        blocks: dict[tuple[int, int], list[RawRisk]] = {}
        for rr in rows:
            span = next(((r0, r1) for r0, r1 in spans if r0 <= rr.row <= r1), None)
            if span is not None:
                blocks.setdefault(span, []).append(rr)
        labels: dict[tuple[int, int], RawRisk] = {}
        for span, block in blocks.items():
            named = {rr.row: rr for rr in block if typed(rr.row)}
            if len(named) == 1 and len(block) > 1:
                label = next(iter(named.values()))
                if label.person:
                    labels[span] = label
        if len(labels) < 2 or len(labels) * 2 < len(blocks):
            return False  # (most blocks name none, or several: read as before)
        if all(label is blocks[span][0] for span, label in labels.items()):
            return False  # (each name on its block's first row: carried down, as read)
        signed = {label.person for label in labels.values()}
        for span, block in blocks.items():
            label = labels.get(span)
            for rr in block:
                if label is not None:
                    rr.person = label.person
                elif not typed(rr.row) and rr.person in signed:
                    rr.person = ""  # (carried over the block's edge from another's signature)
        self.current_table.signed_blocks = True
        first = min(labels)
        self.issues.append(
            make_issue("HOLDER_SIGNED_ONCE_A_BLOCK", self.rel, self.grid.name,
                       cell_ref(labels[first].row, pc), value=str(len(blocks)))
        )  # fmt: skip
        return True

    def _signing_column_or_note(self, pc: int, rows: list[RawRisk]) -> bool:
        """Whether the holder column ``pc`` is a signing one ('责任人签字', '确认人（签名）',
        '岗位人员签章') or a line off the table's rows asks for one signature a block ('注：请在
        本岗位最后一项风险点所在行签字确认'): a name once in a merged block then is the
        block's signature. A plain '具体责任人' / '责任人' column with no such note: the name
        is its row's (review 127g, finding 4)."""
        t = self.current_table
        sh = self.sh
        head = "".join(
            sh.rows[r][pc] for r in range(t.row, t.start) if pc < len(sh.rows[r]) and sh.rows[r][pc]
        )
        return bool(_SIGNING_HEAD.search(head)) or self._sign_once_noted(rows)

    def _sign_once_noted(self, rows: list[RawRisk]) -> bool:
        """Whether a line under the table's heading, off its rows, asks each post to sign once
        ('注：请在本岗位最后一项风险点所在行签字确认')."""
        t = self.current_table
        inside = {rr.row for rr in rows}
        return any(
            _SIGN_ONCE_NOTE.search(v)
            for r, line in enumerate(self.sh.rows)
            if r not in inside and r >= t.start
            for v in line
            if v and len(v) < 200
        )

    def _centred_by_restarts(
        self, rows: list[RawRisk], roles: dict[str, int], cols: list[int]
    ) -> bool:
        """No merged cell, no blank row nor line between the holders' blocks: only the ``序号``
        starting again at 1 tells them apart (1 2 3 | 1 2 | 1 2 3), and each block writes its
        post and holder once, on ONE of its rows — a middle one, as a merge centred would print
        ('大队长 | 冉某某' on the second of three rows), not always the first. Each block's rows are
        that row's post and holder, those above it too; a 科室 (or unit) written once among a
        block's rows is that block's, and the blocks' below until another is written (as merged
        over them: '大队领导' on the third row of the first of its two blocks). Said once (info
        ``HOLDERS_MID_BLOCK``). A block writing none, or two (every row written out, a post
        changing within it), or all written on the first rows (carried down, as read): False."""
        sc = roles.get("seq")
        own = [roles[r] for r in ("title", "person") if r in roles and roles[r] in cols]
        if sc is None or not own or len(rows) < 3:
            return False
        sh = self.sh

        def typed(r: int, c: int) -> bool:
            line = sh.rows[r]
            return c < len(line) and bool(line[c].strip())

        # (the cheap test first: some row below the first names no holder; asked in C, column
        # by column, where every row reaches the holder's columns, as ``typed`` asks it)
        lines = [sh.rows[rr.row] for rr in rows]
        if min(map(len, lines)) > max(own):
            if all(all(map(str.strip, map(itemgetter(c), lines))) for c in own):
                return False
        elif all(typed(rr.row, c) for rr in rows for c in own):
            return False
        blocks = self._restart_blocks(rows, sc)
        if blocks is None or len(blocks) < 2:
            return False
        labels: list[RawRisk] = []
        for block in blocks:
            named = {rr.row: rr for rr in block if any(typed(rr.row, c) for c in own)}
            if len(named) != 1:
                return False  # (none, or a post changing within the block: read as before)
            label = next(iter(named.values()))
            if not all(typed(label.row, c) for c in own):
                return False  # (a post without its holder, or a name without its post)
            labels.append(label)
        if all(label.row == block[0].row for block, label in zip(blocks, labels, strict=True)):
            return False  # (each holder on his block's first row: carried down, as read)
        outer = [(r, roles[r]) for r in ("unit", "department") if r in roles and roles[r] in cols]
        given: list[dict[str, str]] = []  # each block's 科室 (and unit), written in it or above
        now: dict[str, str] = {}
        for block in blocks:
            for role, c in outer:
                at = {rr.row: rr for rr in block if typed(rr.row, c)}
                if len(at) > 1:
                    return False  # (two 科室 in one holder's block: not one label a block)
                if at:
                    now[role] = getattr(next(iter(at.values())), role)
            given.append(dict(now))
        for block, label, held in zip(blocks, labels, given, strict=True):
            for rr in block:
                rr.title, rr.person = label.title, label.person
                for role, _c in outer:
                    setattr(rr, role, held.get(role, getattr(label, role)))
        self.issues.append(
            make_issue("HOLDERS_MID_BLOCK", self.rel, self.grid.name,
                       cell_ref(labels[0].row, own[0]), value=str(len(blocks)))
        )  # fmt: skip
        return True

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

    def _holder_under_each(self, t: _Table, next_h: int) -> bool:
        """Each point a record of two rows: the point's row, then a lone line naming THAT point's
        holder ('责任科室：测验组　　责任岗位：组长　　责任人：…' merged across the row), the
        holders in no order. Only where the first row under the heading is a point, lines and
        points alternate (two records at least) and the last record ends on its line;
        a line over several points, or over the first point, heads the rows below it (a group
        line, read as before). A point with no line under it between two records (fewer such
        points than records) is one whose holder is left out: none given, and told
        (HOLDER_UNDER_EACH_POINT_GAP at its point's cell)."""
        sh, rows = self.sh, self.sh.rows
        pc = t.roles["risk_point"]
        end = min(next_h, len(rows))
        r, pairs = t.start, 0
        gaps: list[int] = []  # points with no line under them
        while r < end and not sh.nonempty(r):
            r += 1  # (a heading of two rows merged down: its second row blank)
        while r < end:
            cols = sh.nonempty(r)
            if len(cols) < 2 or pc not in cols:
                break  # (no point's row: the list is over — a note, a sign-off, a blank)
            if r + 1 >= end:
                return False  # (a point with no line under it)
            line = sh.nonempty(r + 1)
            if len(line) != 1 or not _point_holders_of_line(rows[r + 1][line[0]]):
                if len(line) >= 2 and pc in line and pairs:
                    gaps.append(r)  # (the next row a point: this one's line left out)
                    r += 1
                    continue
                return False
            pairs += 1
            r += 2
        if pairs < 2 or (gaps and (len(gaps) >= pairs or gaps[-1] >= r - 1)):
            return False
        for g in gaps:
            self.issues.append(
                make_issue("HOLDER_UNDER_EACH_POINT_GAP", self.rel, self.grid.name,
                           cell_ref(g, pc), value=squeeze(rows[g][pc]))
            )  # fmt: skip
        return True

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

    def _written_out(self, t: _Table, c: int | None, end: int) -> bool:
        """The holder column names its holder again on each of a holder's rows (not once for
        the rows below it, nor merged down): a blank there names no one."""
        if c is None:
            return False
        if self._signed_row_by_row(t, c, end):
            t.signed_rows = True
            return True
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
            if v and v == above and v not in _DITTO and _ditto_said(v) not in _DITTO:
                again += 1  # ('″″' under '″″': a ditto twice, no name written again)
            elif not v and above and not self._collective(r, t):
                blank += 1  # a blank under a name: '同上' the way most tables write it
            above = v or above
        return again > blank

    def _signed_row_by_row(self, t: _Table, c: int, end: int) -> bool:
        """The holder column is a per-row confirmation each row's holder signs with the date
        ('岗位人员确认（签字、日期）' over '竺曜泓　2025.4.8'): a blank there is a row left unsigned,
        no '同上' of the name above; each such row is warned of where others are signed."""
        label = t.header[1].get(c, "") if t.header is not None else ""
        if "签" not in label and "确认" not in label:
            return False  # (the cheap test: most holder columns say neither)
        pc = t.roles["risk_point"]
        rows = self.sh.rows
        signed, other, unsigned = 0, 0, []
        for r in range(t.start, end):
            row = rows[r]
            if pc >= len(row) or not row[pc]:
                continue  # a caption, a note, a blank line: no row of the table
            v = row[c] if c < len(row) else ""
            if not v:
                unsigned.append(r)
            elif signed_name(v):
                signed += 1
            else:
                other += 1
        if signed < 2 or signed < other or not signs_for_holder(heading_role(label), label):
            return False  # (names without dates: perhaps one a holder's block, blanks '同上')
        for r in unsigned:
            self.issues.append(
                make_issue("ROW_UNSIGNED", self.rel, self.grid.name, cell_ref(r, c),
                           field=label, value=rows[r][pc][:30])
            )  # fmt: skip
        return True

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
                elif sh.kind(r) == "title" and (triples := holders_in_title_by_dept(text)):
                    # '…监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表': the
                    # unit's holders, each row's 岗位 picking its own (the line stays the title;
                    # a post two of them hold picks no one, its rows stay the post's); a pair
                    # with a 科室 ('预算股股长王明、国库股股长李华') is that 科室's post's
                    keys = [roster_key(d, p) if d else p for d, p, _n in triples]
                    for key, (_d, post, name) in zip(keys, triples, strict=True):
                        if keys.count(key) == 1:
                            out.setdefault(key, name)
                            self.held_posts.setdefault(name, post)
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
        self.roster_shared = []
        roster, rows_used = self._roster_table(rows)
        if rows_used:
            self._roster_shared_said()
        return {**roster, **out}, used | rows_used

    def _count_table(
        self, rows: list[int]
    ) -> tuple[int, int, list[CountedHolder], set[int]] | None:
        """A count table of the holders above a list ('序号 | 科室 | 岗位 | 姓名 | 风险点数 | 一级 |
        二级 | 三级' over '4 | 人事代理科 | 档案管理员 | 乔琇岚 | 2 | 1 | 1 | 0', a row a holder):
        its heading row, its count column, its holders in order and its rows; None without one.
        Whose the list's rows are is settled by ``_holders_by_count_table``."""
        if self.grid.lacks("数", "个"):
            return None  # (the cheap test: a heading of counts, a 数 or a 个, in the cells)
        sh = self.sh
        for i, r in enumerate(rows):
            row = sh.rows[r]
            # (the cheap test: no heading of counts on the line)
            if not any(v and len(v) <= 16 and ("数" in v or "个" in v) for v in row):
                continue
            cols: dict[str, int] = {}
            count = None
            grades: dict[int, str] = {}
            for c in sh.nonempty(r):
                key = sh.key(r, c)
                if count is None and _POINTS_COUNT_HEAD.fullmatch(key):
                    count = c
                    continue
                if count is not None and c > count:
                    lv = self.config.level(key)
                    if lv:  # '一级 | 二级 | 三级' right of it: his points of each level
                        grades[c] = lv
                    continue
                h = heading_role(key)
                if (
                    h is not None
                    and h.strength >= 2
                    and h.role in ("title", "person", "department")
                ):
                    cols.setdefault(h.role, c)
            if count is None or "title" not in cols or "person" not in cols:
                continue
            tc, pc, dc = cols["title"], cols["person"], cols.get("department")
            got: list[CountedHolder] = []
            dept = ""
            for x in rows[i + 1 :]:
                line = sh.rows[x]

                def cell(c: int | None, line: list[str] = line) -> str:
                    return squeeze(line[c]) if c is not None and c < len(line) else ""

                post, name, n = cell(tc), cell(pc), _HOLDER_COUNT.fullmatch(cell(count))
                dept = cell(dc) or dept  # (merged down over its holders)
                if not post or looks_like_name(post) or not looks_like_name(name) or not n:
                    break  # ('合计 | … | 14': the total, no holder)
                by_level: dict[str, int] = {}
                for c, lv in grades.items():
                    k = _HOLDER_COUNT.fullmatch(cell(c))
                    by_level[lv] = by_level.get(lv, 0) + (int(k.group(1)) if k else 0)
                got.append((dept, post, name, int(n.group(1)), by_level))
            if len(got) >= 2:
                return r, count, got, set(range(r, r + 1 + len(got)))
            return None
        return None

    def _holders_by_count_table(
        self, t: _Table, raw_rows: list[RawRisk], counted: tuple[int, int, list[CountedHolder]]
    ) -> bool:
        """A list that names no holder nor 科室 (a 岗位 column or none) under a count table of
        its holders ('科室 | 岗位 | 姓名 | 风险点数', ``_count_table``) whose rows are in the table's
        order, each holder's as many as his count: where the counts add up to the list's points
        and each holder's rows, taken in turn, are all of his post (or the list has no post), each
        row is his, 科室 and post as the table says ('档案管理员' two hold, 2 and 3 points: the
        first two rows the first one's). Said once (info ``HOLDERS_BY_COUNT_TABLE``); a holder
        whose points' levels are not his counts of each level is warned
        (``COUNT_TABLE_LEVELS_DIFFER``). False, and nothing changed, where they do not fit."""
        h, count, holders = counted
        if any(rr.person or rr.department for rr in raw_rows):
            return False  # (another rule named the holders)
        if sum(x[3] for x in holders) != len(raw_rows):
            return False  # (the counts are not this list's: a roster of posts at most)
        rows = sorted(raw_rows, key=lambda rr: rr.row)
        posts = "title" in t.roles
        slices: list[list[RawRisk]] = []
        at = 0
        for _dept, post, _name, n, _by in holders:
            part = rows[at : at + n]
            at += n
            for rr in part:
                own = squeeze(rr.title)
                if not posts:
                    if own:
                        return False  # (a post the list's rows name some other way)
                elif own != post and not (own and split_dept_title(own)[1] == post):
                    return False  # (a row of another post in his turn: no such order)
            slices.append(part)
        differ: list[str] = []
        for (_dept, _post, name, _n, by_level), part in zip(holders, slices, strict=True):
            if by_level:
                said: dict[str, int] = {}
                for rr in part:
                    lv = self.config.level(rr.risk_level) or ""
                    said[lv] = said.get(lv, 0) + 1
                if any(said.get(lv, 0) != k for lv, k in by_level.items()):
                    differ.append(name)
        if differ and not posts:
            # (no post to check the order by, and the levels say the rows are not in the
            # table's order: whose each row is the table cannot tell — review 100)
            self.issues.append(
                make_issue("COUNT_TABLE_ORDER_UNCLEAR", self.rel, self.grid.name,
                           cell_ref(h, count), value="、".join(differ))
            )  # fmt: skip
            return False
        for (dept, post, name, _n, _by), part in zip(holders, slices, strict=True):
            for rr in part:
                rr.department, rr.title, rr.person = dept, post, name
        self.issues.append(
            make_issue("HOLDERS_BY_COUNT_TABLE", self.rel, self.grid.name, cell_ref(h, count),
                       value=self.sh.rows[h][count].strip())
        )  # fmt: skip
        if differ:
            self.issues.append(
                make_issue("COUNT_TABLE_LEVELS_DIFFER", self.rel, self.grid.name,
                           cell_ref(h, count), value="、".join(differ))
            )  # fmt: skip
        return True

    def _restart_blocks(self, raw_rows: list[RawRisk], sc: int) -> list[list[RawRisk]] | None:
        """The rows cut into blocks by a ``序号`` starting again at 1 (1 2 3 | 1 2 | 1 2 3), in
        row order; None where the numbers do not so run ('1 2 4', a blank 序号)."""
        blocks: list[list[RawRisk]] = []
        last, prev_row = 0, -1
        for rr in sorted(raw_rows, key=lambda x: x.row):
            n = self._seq_number(rr, sc)
            if n is None and rr.row == prev_row and blocks:
                blocks[-1].append(rr)  # (a row read as two points: one number)
            elif n == 1:
                blocks.append([rr])
            elif n is not None and n == last + 1 and blocks:
                blocks[-1].append(rr)
            else:
                return None  # ('1 2 4', a blank 序号: no numbering by blocks)
            last, prev_row = n if n is not None else last, rr.row
        return blocks

    def _holders_by_restarts(self, t: _Table, raw_rows: list[RawRisk], near: list[int]) -> bool:
        """A list that names no holder, post nor 科室 whose ``序号`` starts again at 1 for each
        holder's block (1 2 3 | 1 2 | 1 2 3, at least three blocks), with a line above or under it
        (``near``, nearest first) naming as many holders in order ('说明：本清单按岗位分段编号，
        各段依次为：普查办主任 芈某某，副主任 巫某某，…', '注：各段分别为站长、会计、出纳'): the k-th
        block is the k-th holder's (post and name, or only one of them). Said once (info
        ``HOLDERS_BY_RESTARTS``); a line naming another number of holders leaves the list as it
        was, warned (``RESTART_HOLDERS_UNMATCHED``). False, and nothing changed, otherwise."""
        sc = t.roles.get("seq")
        if sc is None or len(raw_rows) < 3 or not t.roles.keys().isdisjoint(_RESTART_OWN_ROLES):
            return False
        if any(rr.person or rr.department or rr.title for rr in raw_rows):
            return False  # (group rows '一、办公室' or another rule named the holders)
        # (the cheap test first: the numbers, each block 1, 2, 3 … and at least three blocks)
        blocks = self._restart_blocks(raw_rows, sc)
        if blocks is None or len(blocks) < 3:
            return False
        sh = self.sh
        for x in near:
            line = "".join(sh.rows[x][c] for c in sh.nonempty(x)).strip()
            holders = _holders_said_in_order(line) if len(line) <= 400 else None
            if holders is None:
                continue
            at = cell_ref(x, sh.nonempty(x)[0])
            if len(holders) != len(blocks):
                self.issues.append(
                    make_issue("RESTART_HOLDERS_UNMATCHED", self.rel, self.grid.name, at,
                               value=line[:60], holders=str(len(holders)),
                               blocks=str(len(blocks)))
                )  # fmt: skip
                return False
            for (post, name), part in zip(holders, blocks, strict=True):
                for rr in part:
                    rr.title, rr.person = post, name
            self.issues.append(
                make_issue("HOLDERS_BY_RESTARTS", self.rel, self.grid.name, at,
                           value=str(len(blocks)))
            )  # fmt: skip
            self.skip.add(x)  # (the line names the holders: no stray, no point)
            return True
        return False

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

    def _chart_above(self, rows: list[int], table) -> tuple[dict[str, str], set[int]]:
        """An organisation chart drawn in cells above a list naming no holder: boxes of a post
        and its holder ('理事会主任⏎晁翕岷', '科长⏎晁燊琦'), a box's 科室 the lone 科室 box over
        its column ('财务审计科', through '│' rows and the boxes stacked under it), the top
        boxes with none over them the leaders: (科室, post) → holder (keys of ``roster_key``,
        '' where a 科室 names a post twice) and the chart's rows (no strays). The separate
        sheet's boxes of '岗位：姓名' lines are ``_chart_roster``'s."""
        if "person" in table.roles or not rows:
            return {}, set()
        sh = self.sh
        boxes: dict[tuple[int, int], tuple[str, str]] = {}
        for r in rows:
            for c, v in enumerate(sh.rows[r]):
                if "\n" not in v or "：" in v or ":" in v:
                    continue  # (the cheap test: a box is two lines, no '岗位：姓名' field)
                lines = [x.strip() for x in v.split("\n") if x.strip()]
                if len(lines) != 2:
                    continue
                post, name = squeeze(lines[0]), squeeze(lines[1])
                if (
                    looks_like_name(post)
                    and not is_post(post)
                    and is_post(name)
                    and not looks_like_name(name)
                ):
                    post, name = name, post  # (a box written name first: '仉澍岚⏎场长')
                if is_post(post) and looks_like_name(name) and _boxed_name(name):
                    boxes[(r, c)] = (post, name)
        box_rows = {r for r, _c in boxes}
        if len(boxes) < 3 or len(box_rows) < 2 or max(map(len, _rows_of(boxes))) < 2:
            return {}, set()  # (a chart spreads across and down: not one '岗位⏎姓名' cell)
        merged = self.grid.merged_into or {}

        def said(x: int, c: int) -> str:
            top = merged.get((x, c))
            row = sh.rows[top[0]] if top else sh.rows[x]
            k = top[1] if top else c
            return row[k].strip() if k < len(row) else ""

        first = rows[0]
        got: dict[str, list[str]] = {}
        at: dict[str, int] = {}
        depts: set[int] = set()
        for (r, c), (post, name) in sorted(boxes.items()):
            dept = ""
            for x in range(r - 1, first - 1, -1):
                v = said(x, c)
                if not v or (x, c) in boxes or _CHART_LINK.fullmatch(v):
                    continue  # (the boxes stacked over it, the connectors, gaps)
                if (m := _CHART_HEADCOUNT.search(v)) and "\n" not in v[: m.start()]:
                    v = v[: m.start()].strip()  # ('营林股⏎（2人）': the 科室, its headcount)
                if "\n" not in v and _dept_like(v) and not looks_like_name(v):
                    dept = squeeze(v)  # its 科室's box
                    depts.add(x)
                break
            key = roster_key(dept, post) if dept else post
            got.setdefault(key, []).append(name)
            at.setdefault(key, r)
        top, bottom = min(depts | box_rows), max(box_rows)
        used = box_rows | depts
        for x in range(top, bottom + 1):
            cells = [said(x, c) for c in sh.nonempty(x)]
            if x in rows and cells and all(_CHART_LINK.fullmatch(v) for v in cells):
                used.add(x)  # ('│ | │ | │'): a spacer of the chart
        out = {}
        for key, names in got.items():
            out[key] = names[0] if len(names) == 1 else ""
            if len(names) > 1:  # (同岗多人 under one 科室: whose, the chart cannot say)
                self.issues.append(
                    make_issue("ROSTER_POST_SEVERAL_HOLDERS", self.rel, self.grid.name,
                               cell_ref(at[key], 0), value=key.rpartition("\x00")[2],
                               names="、".join(names))
                )  # fmt: skip
        r0, c0 = min(boxes)
        self.issues.append(
            make_issue("HOLDERS_BY_ORG_CHART", self.rel, self.grid.name, cell_ref(r0, c0),
                       value=str(len(boxes)))
        )  # fmt: skip
        return out, used

    def _sign_in_sheet(self, r: int) -> bool:
        """A sheet whose signer column (heading row ``r``) is an attendance sign-in, not a card
        register: its title or heading says 签到/会议/培训/参会 ('廉政教育培训签到表', '签到时间'), or
        its 单位 column names two units or more (a county meeting's attendees)."""
        sh = self.sh
        said = (_SIGN_IN_NAMED.sub("", v) for row in sh.rows[: r + 1] for v in row if v)
        if any(_SIGN_IN.search(v) for v in said):
            return True
        for c in sh.nonempty(r):
            if re.fullmatch(r"(?:工作|所在|参会)?单位(?:名称)?", sh.key(r, c)):
                units = {squeeze(x[c]) for x in sh.rows[r + 1 :] if c < len(x) and x[c].strip()}
                if len(units) >= 2:
                    return True
        return False

    def _attendance_sheet(self, r: int) -> bool:
        """A sheet of its own whose post-and-name table (heading row ``r``) is an attendance
        sign-in, no roster of the unit's staff: its title or heading says 签到 ('会议签到表',
        '签到时间'), or it has a column for each one's signature ('签名', '签字') and is a
        meeting's (``_sign_in_sheet``: 会议/培训/参会 said, or two units or more). A roster of the
        unit's own staff with a '本人签名' column (a 承诺书's) says neither: a roster still."""
        sh = self.sh
        if any("签到" in v for row in sh.rows[: r + 1] for v in row if v):
            return True
        signs = any(_SIGN_COLUMN.search(sh.key(r, c)) for c in sh.nonempty(r))
        return signs and self._sign_in_sheet(r)

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
            signed = None  # (a sign-off register's signer column: its cell and heading)
            for c in sh.nonempty(r):
                if c < min_col:
                    continue  # (a roster beside a list: its columns only)
                if full and "person" not in cols and _SIGNER_HEAD.match(sh.key(r, c)):
                    cols["person"] = c  # '领卡人（签名）': who signed for the post's card
                    signed = (cell_ref(r, c), squeeze(sh.rows[r][c]))
                    continue
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
            if full and not min_col and self._attendance_sheet(r):
                # '会议签到表 | 序号 | 姓名 | 单位 | 职务 | 签到时间': those who came (of other units
                # too), not who holds the unit's posts: no holder from it
                self.issues.append(
                    make_issue("ROSTER_SIGN_IN_SET_ASIDE", self.rel, self.grid.name,
                               cell_ref(r, cols["person"]), value=squeeze(sh.rows[r][cols["person"]]))
                )  # fmt: skip
                self.sign_in_aside = True
                return {}, set()
            # '在岗情况' beside '姓名 | 岗位': who of a post's listed staff holds it (``_roster_status``)
            sc = next(
                (
                    c
                    for c in sh.nonempty(r)
                    if c >= min_col
                    and c not in cols.values()
                    and _ROSTER_STATUS_HEAD.match(sh.key(r, c))
                ),
                None,
            )
            plain_rows: list[tuple[int, str, str]] = []  # (row, key, name) of rows of one post
            # '分管工作' beside '姓名 | 职务': what each of a post's several holders has in hand, the
            # words a post-only list repeats on their rows (``roster_by_duty``)
            uc = self._roster_duty_column(r, cols, min_col)
            duties: dict[str, list[tuple[str, str]]] = {}  # key → (duty, name) of its rows
            mc = cols.get("_posts")  # (a row a person, the posts he holds in one cell)
            also = mc is not None and sh.key(r, mc).startswith(
                "兼"
            )  # ('兼任岗位': besides his own)
            # a roster folded across ('科室 | 岗位 | 姓名' ×3): each group a person, left to right
            folds = self._roster_folds(r, min_col) if len(sh.nonempty(r)) >= 4 else None
            groups = folds or [cols]
            got: dict[str, list[str]] = {}
            n = 0
            last = r
            ended = False
            depts = [""] * len(groups)
            joint: list[tuple[int, int, str, str, list[str], str]] = []  # ('副站长兼出纳')
            jointly: dict[str, list[str]] = {}  # the posts those cells name, to whom
            owned: set[str] = set()  # the posts rows of their own hold ('会计（临聘）': 会计)
            lines = (
                (x, g)
                for x in (range(r + 1, len(sh.rows)) if full else rows[i + 1 :])
                for g in range(len(groups))
            )
            for x, g in lines:
                if ended and not g:
                    break  # (a fold's cells left blank closed the row before: its last)
                row = sh.rows[x]
                tc, pc, dc = groups[g]["title"], groups[g]["person"], groups[g].get("department")
                post = squeeze(row[tc]) if tc < len(row) else ""
                name = squeeze(row[pc]) if pc < len(row) else ""
                if g and not post and not name:
                    ended = True  # the last row's groups left blank at its end
                    continue
                if dc is not None and dc < len(row) and row[dc]:
                    depts[g] = squeeze(row[dc])  # (merged down over its posts)
                dept = depts[g]
                if not post or looks_like_name(post):
                    break
                if name and label_key(name) in _NOTHING | _VACANT_MARKS:
                    name = "空缺"  # ('—', '／', '空缺'): the post no one holds, read on
                if not _rostered_name(name) and not (
                    len(name) == 5 and _surname_shared(name, pc, x, r, sh, full, rows[i + 1 :])
                ):
                    break  # ('步鹿根琤澜' beside '步鹿根沨': a three-character surname's, read on)
                last = x
                if not (
                    looks_like_name(name)
                    or marked_name(name)
                    or _surname_shared(name, pc, x, r, sh, full, rows[i + 1 :])
                ):
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
                if _FORMER.search(post):
                    n += 1  # ('原会计兼出纳（已调离）': a former holder's, no post of his now)
                    continue
                note = _ROSTER_TRAILING_NOTE.search(post)
                if note and note.group(1).startswith("兼") and len(note.group(1)) > 2:
                    post = post[: note.start()] + note.group(1)  # ('会计（兼出纳）': 会计兼出纳)
                    note = None
                plain = post[: note.start()] if note else post  # ('会计（临聘）': 会计's)
                both = concurrent_posts(post) if "兼" in post else []
                if both and all(is_post(split_dept_title(x)[1] or x) for x in both):
                    # '副站长兼出纳', '检疫员兼报账员' (a 职务 cell of a staff table under a
                    # post-only list): he holds each of the posts no other row names as its own
                    for one in both:
                        jointly.setdefault(roster_key(dept, one), []).append(name)
                    if name:
                        joint.append((x, tc, dept, post, both, name))
                    n += 1
                    continue
                got.setdefault(roster_key(dept, post), []).append(name)  # ('' without a 科室)
                if uc is not None and not g:
                    duty = squeeze(row[uc]) if uc < len(row) else ""
                    duties.setdefault(roster_key(dept, post), []).append((duty, name))
                plain_rows.append((x, roster_key(dept, post), name))
                owned.add(roster_key(dept, plain))
                n += 1
            for key, names in jointly.items():
                if key not in owned:  # (a row of its own for the post: as that row says)
                    got.setdefault(key, names)
            if sc is not None and not folds and n >= 2:
                self._roster_status(r, sc, plain_rows, got)
            if n >= 2:  # a post two people hold: the list says which rows are whose
                if signed and self._sign_in_sheet(r):
                    signed = None  # (a meeting's sign-in: those who came, not a card's holders)
                self.roster_signed = signed
                if signed:  # (each who signed for a post's card holds it: a form each)
                    for p, ns in got.items():
                        if len(set(filter(None, ns))) >= 2:
                            self.roster_many[p] = list(dict.fromkeys(filter(None, ns)))
                # a post two people hold stays, naming no one: no other 科室's holder for it
                held = {p: ns[0] if len(ns) == 1 else "" for p, ns in got.items()}
                for p, pairs in duties.items():
                    # (each holder his own 分管工作, none blank nor another's: told apart by it)
                    names = [nm for _d, nm in pairs]
                    said_duties = [d for d, _nm in pairs]
                    if (
                        len(pairs) >= 2
                        and len(got.get(p, [])) == len(pairs)
                        and all(names)
                        and len(set(names)) == len(names)
                        and all(said_duties)
                        and len(set(said_duties)) == len(said_duties)
                    ):
                        self.roster_by_duty[p] = (cell_ref(r, uc), dict(pairs))
                self.roster_shared = [
                    (r, p, [x for x in dict.fromkeys(ns) if x])
                    for p, ns in got.items()
                    if len({x for x in ns if x}) >= 2
                ]
                for x, c, dept, post, both, name in joint:
                    mine = [p for p in both if held.get(roster_key(dept, p)) == name]
                    if mine:
                        self.issues.append(
                            make_issue("ROSTER_CONCURRENT_POSTS", self.rel, self.grid.name,
                                       cell_ref(x, c), value=post, field="、".join(mine),
                                       names=name)
                        )  # fmt: skip
                return held, set(range(r, last + 1 if folds else r + 1 + n))
        return {}, set()

    def _roster_duty_column(self, r: int, cols: dict, min_col: int) -> int | None:
        """The roster's column of each holder's 分管工作 ('分管工作', '工作分工', '分工', '负责工作',
        '分管范围', '分管股室', any heading read as a duty), beside its post and holder columns: the
        cheap test its heading alone."""
        sh = self.sh
        for c in sh.nonempty(r):
            if c < min_col or c in cols.values():
                continue
            h = heading_role(sh.key(r, c))
            if _DUTY_HEAD.fullmatch(sh.key(r, c)) or (h is not None and h.role == "duty"):
                return c
        return None

    def _roster_status(
        self, r: int, sc: int, rows: list[tuple[int, str, str]], got: dict[str, list[str]]
    ) -> None:
        """A roster's status column ('在岗情况' over '在岗', '借调县医疗保障局', '在岗（县中医医院
        借调）', '长期病休'; a 注 line: staff lent out or on sick leave bear none of the points)
        says which of a post's listed staff hold it: the ones lent out, on leave or gone leave
        ``got`` (a post none of whose staff is in post: '', said at their cells), the ones in
        post or lent in stay; a post with several in post is each one's (``roster_many``, for a
        post-only list on another sheet). Every cell of the column must be a status word (a
        '备注' of phones or '兼出纳' is no such column); one info naming the column."""
        sh = self.sh
        said = {x: squeeze(sh.rows[x][sc]) if sc < len(sh.rows[x]) else "" for x, _k, _n in rows}
        if squeeze(sh.rows[r][sc]) == "是否在岗":  # ('是否在岗 | 是/否')
            states = {x: {"是": True, "否": False}.get(v) for x, v in said.items() if v}
        else:
            states = {x: _roster_in_post(v) for x, v in said.items() if v}
        if None in states.values() or not states:
            return  # (the cheap test: no status words down the column)
        if len(states) < 2 and not (False in states.values() and len(said) >= 3):
            return  # (one cell alone: only where it takes its one out, the others blank)
        out = [(x, key, name) for x, key, name in rows if states.get(x) is False and name]
        left: dict[str, list[str]] = {}
        for key, names in got.items():
            keep = list(names)
            for _x, k, name in out:
                if k == key and name in keep:
                    keep.remove(name)
            left[key] = keep
        emptied = [k for k, ns in left.items() if not any(ns) and any(got[k])]
        for key in got:
            got[key] = left[key] if any(left[key]) else [""]
        many = {k: list(dict.fromkeys(n for n in ns if n)) for k, ns in got.items()}
        self.roster_many.update({k: ns for k, ns in many.items() if len(ns) >= 2})
        field = sh.rows[r][sc]
        at = cell_ref(r, sc)
        for x, key, name in out:
            self.roster_out.setdefault(name, (cell_ref(x, sc), said[x]))
            self.roster_changed.add(key)
        self.roster_changed |= set(self.roster_many)
        if any(i.code == "HOLDERS_BY_ROSTER_STATUS" and i.cell == at for i in self.issues):
            return  # (the roster read once already)
        if out or self.roster_many:
            value = "、".join(f"{name}（{said[x]}）" for x, _k, name in out) or "无"
            self.issues.append(
                make_issue("HOLDERS_BY_ROSTER_STATUS", self.rel, self.grid.name, at,
                           field=squeeze(field), value=value)
            )  # fmt: skip
        for x, _k, name in out:
            if _roster_status_unsure(said[x]):
                self.issues.append(
                    make_issue("ROSTER_STATUS_UNSURE", self.rel, self.grid.name,
                               cell_ref(x, sc), field=squeeze(field), value=said[x], names=name)
                )  # fmt: skip
        for key in emptied:
            cells = [cell_ref(x, sc) for x, k, _n in out if k == key]
            self.issues.append(
                make_issue("ROSTER_POST_NONE_IN_POST", self.rel, self.grid.name, cells[0],
                           value=key.replace("\x00", ""), cells="、".join(cells),
                           names="、".join(n for _x, k, n in out if k == key))
            )  # fmt: skip

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

    def _matter_roster_beside(
        self, h: int, depth: int, headings: dict, end: int
    ) -> tuple[int, int] | None:
        """A roster keyed by the list's own matter printed BESIDE it, past an empty column, in
        its header's row or a few rows lower ('序号 | 包保企业 | 廉政风险点 | … |  | 包保企业 |
        包保责任人 | 职务', one row a firm, '注：各包保企业的廉政风险点由右侧…包保责任人负责'): each
        row's holder is the one its key names, not the one printed on the same row. Kept in
        ``self.point_holders`` by name (``collect``'s ``_points_by_name``, a matter each key);
        (the empty column, the list's key column), or None. Only where the roster names a
        post or holder and most of its keys are values of one list column: a table of
        contacts beside ('单位 | 联系人 | 电话', other units) is not one."""
        sh = self.sh
        cols = sorted(c for c in sh.nonempty(h))
        if len(cols) < 4:
            return None
        # the cheap test: a gap in the header row, or cells right of it in the rows just below
        gap = next((a + 1 for a, b in zip(cols, cols[1:], strict=False) if b - a > 1), None)
        top = range(h, min(h + depth + 4, end))
        if gap is None:
            gap = cols[-1] + 1
            if not any(len(sh.rows[r]) > gap + 2 and any(sh.rows[r][gap + 1 :]) for r in top):
                return None
        rows = range(h, end)
        merged = self.grid.merged_into
        if gap < 2 or any(
            ((gap < len(sh.rows[r]) and sh.rows[r][gap].strip()) or (r, gap) in merged)
            and len(sh.nonempty(r)) > 1
            for r in rows
        ):
            return None  # (no column empty all the way down, a note across aside: one table)
        head = None
        for x in top:
            right = [c for c in sh.nonempty(x) if c > gap]
            if 2 <= len(right) <= 6:
                head = (x, right)
                break
            if len(right) > 6:
                return None
        if head is None:
            return None
        x, right = head
        roles = {c: heading_role(sh.key(x, c)) for c in right}
        who = {k.role: c for c, k in roles.items() if k and k.strength >= 2
               and k.role in ("department", "title", "person")}  # fmt: skip
        if "person" not in who and "title" not in who:
            return None
        if any(k and k.role in POINTISH and k.strength >= 2 for k in roles.values()):
            return None  # (a second list beside, ``_side_by_side``'s)
        # the roster's rows: under its header while its part of the row says something
        y, lines = x + 1, []
        while y < end and any(c < len(sh.rows[y]) and sh.rows[y][c] for c in right):
            lines.append(y)
            y += 1
        if len(lines) < 2:
            return None
        # the list's column of those keys, carried down its merges
        first = h + max(depth, 1)

        def at_raw(r: int, c: int) -> str:
            r0, c0 = merged.get((r, c), (r, c))
            row = sh.rows[r0]
            return row[c0] if c0 < len(row) else ""

        def at(r: int, c: int) -> str:
            return _point_key(at_raw(r, c))

        best = None
        for kc in (c for c in right if c not in who.values()):
            if (k := roles[kc]) and k.role == "seq":
                continue
            # (a cell naming two keys, '甲化工有限公司、乙矿业公司': each one, as the names
            # mode splits a holder's list of points)
            keys = [k for r in lines for k in _key_parts(at_raw(r, kc))]
            if len(set(keys)) < 2 or any(k.isdecimal() for k in keys):
                continue  # (numbers: its 序号, not a key)
            for lc in (c for c in range(gap) if (hd := headings.get(c)) is None
                       or hd.role not in POINTISH):  # fmt: skip
                values = {at(r, lc) for r in range(first, end)}
                found = sum(1 for k in keys if k in values)
                if found * 3 >= len(keys) * 2 and (best is None or found > best[0]):
                    best = (found, kc, lc)
        if best is None:
            return None
        _n, kc, lc = best
        holders = []
        dept = ""
        for r in lines:
            row = sh.rows[r]
            said = {k: squeeze(row[c]) if c < len(row) else "" for k, c in who.items()}
            dept = said.get("department") or dept  # (merged down over its people)
            name, post = said.get("person", ""), said.get("title", "")
            key = squeeze(row[kc]) if kc < len(row) else ""
            if not key or not (name or post) or looks_like_name(post):
                continue
            parts = [squeeze(p) for p in _NAMES_SPLIT.split(row[kc]) if squeeze(p)]
            holders.append(
                PointHolder(r, cell_ref(r, kc), dept, post,
                            name if looks_like_name(name) or marked_name(name) else "",
                            [], False, parts or [key])
            )  # fmt: skip
        if len(holders) < 2:
            return None
        self.point_holders[x] = PointHolders(
            x, cell_ref(x, kc), squeeze(sh.rows[x][kc]), holders, True, beside=True
        )
        cap = [x - 1] if x > h and len([c for c in sh.nonempty(x - 1) if c > gap]) == 1 else []
        self.beside_roster_cells.update(
            (r, c) for r in (*cap, x, *lines) for c in sh.nonempty(r) if c > gap
        )  # (its caption too: '包保责任分工表')
        return gap, lc

    def _roster_shared_said(self) -> None:
        """A warning for each post the roster just read gives two holders or more (同岗多人:
        whose the post's points are the roster cannot say), once a post."""
        for r, post, names in getattr(self, "roster_shared", []):
            at = cell_ref(r, 0)
            value = post.replace("\x00", "") or post
            if not any(
                i.code == "ROSTER_POST_SEVERAL_HOLDERS" and i.cell == at and i.value == value
                for i in self.issues
            ):
                self.issues.append(
                    make_issue("ROSTER_POST_SEVERAL_HOLDERS", self.rel, self.grid.name, at,
                               value=value, names="、".join(names))
                )  # fmt: skip
        self.roster_shared = []

    def _roster_below(self, r: int, end: int, posts: set[str]) -> tuple[dict[str, str], int]:
        """A table of who holds which post under a list ('附：岗位人员名单' over '序号 | 股室 |
        岗位 | 姓名'): post → holder, and the row after it (``r`` when there is none). Right
        above the next list, it is that list's unless it names the posts of this one
        (``posts``)."""
        sh = self.sh
        x = r
        while x < end and sh.kind(x) == "blank":
            x += 1
        if x < end and len(sh.nonempty(x)) == 1 and self._roster_like_under(x + 1):
            x += 1  # its caption
        if x >= end or not self._roster_like_under(x):
            return {}, r
        self.roster_shared = []
        got, used = self._roster_table(list(range(x, end)))
        if not got:
            return {}, r
        self._roster_shared_said()
        after = max(used) + 1
        while after < end and sh.kind(after) == "blank":
            after += 1
        mine = {k.rpartition("\x00")[2] for k in got}
        lone = x > r and len(sh.nonempty(x - 1)) == 1
        cap = sh.rows[x - 1][sh.nonempty(x - 1)[0]] if lone else ""
        captioned = bool(cap) and not cap.lstrip().startswith("附")  # ('附：名单' is this one's)
        if after == end < len(sh.rows) and (captioned or len(mine & posts) * 2 < len(mine)):
            return {}, r  # right above the next list ('二、农机股' over it): its roster
        self._roster_duties_said(x, got, posts)
        return got, max(used) + 1

    def _roster_duties_said(self, x: int, got: dict[str, list[str]], posts: set[str]) -> None:
        """An info at the 职责 heading of the roster just read under a post-only list where only
        that column ('工作职责', '岗位职责') made it one (no 分工 word in its heading row: read
        before as another table, TABLE_OTHER): ROSTER_DUTIES_BELOW, naming the posts it gave a
        holder."""
        sh = self.sh
        said = "".join(sh.rows[x])
        if "职责" not in said or _ROSTER_DUTY_WORD.search(said) or self._roster_header(x):
            return  # (the cheap test first: a roster read as ever)
        at = next((c for c in sh.nonempty(x) if _ROSTER_DUTIES_HEAD.fullmatch(sh.key(x, c))), None)
        if at is None:
            return
        held = [k for k, names in got.items() if k.rpartition("\x00")[2] in posts and any(names)]
        if not held:
            return
        self.issues.append(
            make_issue("ROSTER_DUTIES_BELOW", self.rel, self.grid.name, cell_ref(x, at),
                       value=squeeze(sh.rows[x][at]), head=" | ".join(
                           squeeze(sh.rows[x][c]) for c in sh.nonempty(x)),
                       count=str(len(held)), rows=str(len(got)))
        )  # fmt: skip

    def _point_holders_head(
        self, r: int
    ) -> tuple[int, dict[str, int], dict[int, str], bool] | None:
        """Row ``r`` heads a table of holders naming their points by the list's 序号: short
        labels only, a post or a holder among them (科室 too, perhaps) and one column headed as
        the points' numbers ('负责风险点序号', '对应风险点', '负责事项序号'), or a column a grade
        ('一级风险点 | 二级风险点 | 三级风险点', ``_grade_refs``). (that column, or the first
        grade's, role → column, grade's column → its word, whether its numbers are those each
        holder does NOT have: '本人不涉及的风险点（填序号）', the list's others his), or None. A
        table of measures by number ('对应风险点 | 防控措施') names no one."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cols = sh.nonempty(r)
        if not 2 <= len(cols) <= 8:
            return None  # (the cheap test: a list's heading is wider, a caption narrower)
        row = sh.rows[r]
        if not _POINT_HOLDERS_HEAD_WORD.search("\x00".join(row)):
            return None  # (the cheap test: none of the words any test below needs, in one search)
        short = [c for c in cols if len(row[c]) <= 12 and _REFS_WORD.search(row[c])]
        refs = [c for c in short if _POINT_REFS_HEAD.match(sh.key(r, c))]
        if not refs:  # '序号 | 工作事项 | 责任岗位 | 责任人': one matter a row, keyed by its name
            refs = [c for c in short if _MATTER_KEY_HEAD.match(sh.key(r, c))]
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
        grades: dict[int, str] = {}
        if not refs:  # '处室 | 岗位 | 姓名 | 一级风险点 | 二级风险点 | 三级风险点'
            grades = self._grade_refs(r, short)
            refs = [min(grades)] if grades else []
        excluded = False
        if not refs:  # '本人不涉及的风险点（填序号）': the numbers he does NOT have
            refs = [
                c
                for c in cols
                if len(row[c]) <= 20
                and ("不" in row[c] or "除" in row[c])  # (the cheap test)
                and _EXCLUDED_REFS_HEAD.match(squeeze(BRACKETED.sub("", row[c])))
                and all(_REFS_BRACKET.search(b) for b in BRACKETED.findall(row[c]))
            ]
            excluded = bool(refs)
        if len(refs) != 1:
            return None
        found: dict[str, int] = {}
        for c in cols:
            if c == refs[0] or c in grades:
                continue
            h = heading_role(sh.key(r, c))
            if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES:
                return None
            found.setdefault(h.role, c)
        if "person" not in found and "title" not in found:
            return None
        return refs[0], found, grades, excluded

    def _grade_refs(self, r: int, short: list[int]) -> dict[int, str]:
        """The columns of row ``r`` each headed by a grade of the list's points ('一级风险点 |
        二级风险点 | 三级风险点', '高风险事项 | 中风险事项 | 低风险事项'), two grades at least:
        column → the grade's word; else {}. Whether their cells are the list's 序号 (not the
        points' words, nor counts) ``_point_holders_at`` settles by the rows."""
        sh = self.sh
        got: dict[int, str] = {}
        for c in short:
            m = _GRADE_REFS_HEAD.match(sh.key(r, c))
            if m and self.config.level(m.group(1)):
                got[c] = m.group(1)
        levels = {self.config.level(w) for w in got.values()}
        return got if len(levels) >= 2 and len(levels) == len(got) else {}

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
        numbers' column names the list's points by 序号 ('1—2', '3、4', '5至7'), or by their
        short 风险点 words where its heading says no 序号 ('对应风险点 | 户外广告审批、占道经营许可',
        the words the sheet's points: ``_names_of_points``): kept in ``self.point_holders`` (no
        points, no stray rows), and the row after it; else None. Only where its rows name such
        numbers or points: a staff list headed so but naming none ('主持全面工作') is not."""
        if r in self.point_holder_rows:
            return self.point_holder_rows[r]
        sh = self.sh
        x = r + 1 if len(sh.nonempty(r)) == 1 and r + 1 < end else r
        head = self._point_holders_head(x)
        if head is None:
            return None
        rc, cols, grades, excluded = head
        # the numbers' own columns, a tick under each held
        grid = {} if grades else self._numbers_grid(x, rc)
        holders: list[PointHolder] = []
        dept = ""
        y = x + 1 + bool(grid)
        # '对应风险点 | 户外广告审批、占道经营许可': the points by their names, where the heading
        # says no 序号 (one way or the other for the whole table; ``_names_of_points``)
        by_name: bool | None = (
            None if not grid and not grades and not _NUMBERS_SAID.search(sh.key(x, rc)) else False
        )
        while y < end and sh.nonempty(y):
            row = sh.rows[y]
            said = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
            names: list[str] = []
            levels: dict[int, tuple[str, str]] = {}
            if grades:  # ('1、2' under 一级风险点, '6、7' under 二级风险点, '—' none)
                got = self._grade_numbers(row, y, grades)
                if got is None:
                    break  # (a grade's cell saying words: the points themselves, no numbers)
                levels, numbers, every = got, list(got), False
                refs = "、".join(map(str, numbers))
            elif grid:
                numbers = [n for c, n in grid.items() if c < len(row) and _ticked(row[c])]
                refs, every = "、".join(map(str, numbers)), False
            elif excluded:  # ('第2、5项' he has not; '无', '—' or blank: he has them all)
                refs = squeeze(row[rc]) if rc < len(row) else ""
                every = bool(_GRADE_REFS_NONE.fullmatch(refs))
                numbers = [] if every else _point_numbers(refs)
                if not every and not numbers:
                    break  # (words: no numbers, the table ends or is not one of numbers)
            else:
                refs = squeeze(row[rc]) if rc < len(row) else ""
                numbers = _point_numbers(refs) if refs and not by_name else []
                every = bool(refs) and bool(_EVERY_POINT.fullmatch(refs))
                if refs and not numbers and not every and by_name is not False:
                    names = _point_names(row[rc])
            if numbers and by_name is None:
                by_name = False
            elif names and by_name is None:
                by_name = True
            if refs and not numbers and not every and not names:
                break  # ('全面工作': no numbers, the table ends or is not one of numbers)
            dept = said.get("department") or dept  # (merged down over its people)
            name, post = said.get("person", ""), said.get("title", "")
            if not (name or post) or looks_like_name(post):
                break
            if numbers or every or names:
                holders.append(
                    PointHolder(y, cell_ref(y, rc), dept, post,
                                name if looks_like_name(name) or marked_name(name) else "",
                                numbers, every, names, levels)
                )  # fmt: skip
            y += 1
        if not any(h.numbers or h.names for h in holders) and not (excluded and holders):
            return None  # (every row '全部': a list of who answers for the whole, no numbers)
        if grades and not self._grade_numbers_said(holders, r, x, y):
            return None  # (a count of each grade's points, '2 | 1 | 0', no 序号)
        if by_name and not self._names_of_points(holders, x, y):
            return None  # (the words are the holders' duties, no points of a list on the sheet)
        self.point_holders[x] = PointHolders(
            x, cell_ref(x, rc), squeeze(sh.rows[x][rc]), holders, bool(by_name),
            graded=bool(grades), excluded=excluded,
        )  # fmt: skip
        self.point_holder_rows[r] = self.point_holder_rows[x] = y
        self.point_holder_used.update(range(r, y))
        return y

    def _grade_numbers(
        self, row: list[str], y: int, grades: dict[int, str]
    ) -> dict[int, tuple[str, str]] | None:
        """A holder's row of a grid a column a grade ('1、2 | 6、7 | —'): each number named →
        (its column's grade word, its cell), the first grade where two name it; None where a
        cell says anything but numbers or none ('—', '/', '无')."""
        got: dict[int, tuple[str, str]] = {}
        for c, word in grades.items():
            v = squeeze(row[c]) if c < len(row) else ""
            if _GRADE_REFS_NONE.fullmatch(v):
                continue
            numbers = _point_numbers(v)
            if not numbers:
                return None
            for n in numbers:
                got.setdefault(n, (word, cell_ref(y, c)))
        return got

    def _grade_numbers_said(self, holders: list[PointHolder], r: int, x: int, y: int) -> bool:
        """The numbers of a grid a column a grade are the list's 序号, not counts of each
        grade's points ('2 | 1 | 0'): no 0, and a cell listing two ('1、2', '5—8') or a caption
        or note by the table saying 序号 ('注：分解表中的数字为上表风险点序号')."""
        cells: dict[str, int] = {}
        for h in holders:
            if 0 in h.levels:
                return False
            for _w, cell in h.levels.values():
                cells[cell] = cells.get(cell, 0) + 1
        if any(k > 1 for k in cells.values()):
            return True
        sh = self.sh
        last = max(h.row for h in holders) + 1  # (a note under it may be taken in as a row)
        under = []
        for k in range(last, min(max(y, last + 3), len(sh.rows))):
            if len(sh.nonempty(k)) > 1:
                break  # (another table's heading, '序号 | 整改事项 | 完成时限': not of this grid)
            under.append(k)
        # a caption or a note of one line speaking of the grid, never a table's row of cells
        return any(
            len(cells := sh.nonempty(k)) == 1 and _NUMBERS_SAID.search(sh.rows[k][cells[0]])
            for k in [*range(r, x), *under]
        )

    def _names_of_points(self, holders: list[PointHolder], top: int, end: int) -> bool:
        """The words a table of holders names its points by ('环卫作业政府采购、执法车辆使用')
        are the 风险点 of a list on the sheet: two at least, and most of them the start of (or
        within) some cell outside the table. Which point each is, ``collect`` settles; duties
        ('主持全面工作', '分管市容') name none."""
        names = {_point_key(_CN_ITEM.sub("", n, count=1)) for h in holders for n in h.names}
        names.discard("")
        if len(names) < 2:
            return False
        sh = self.sh
        cells = {
            k
            for r in range(max(0, top - 1000), min(len(sh.rows), end + 1000))
            if not top <= r < end
            for v in sh.rows[r]
            if len(v) >= 2 and (k := _point_key(v))
        }
        found = sum(1 for n in names if n in cells or any(n in c for c in cells))
        return found * 3 >= len(names) * 2

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

    def _roster_like_under(self, r: int) -> bool:
        """Row ``r``, under a list, heads a roster: as ``_roster_header``, or with one column of
        each holder's 分工 besides ('序号 | 姓名 | 职务 | 分工', ``_duty_roster_under``)."""
        return self._roster_header(r) is not None or self._duty_roster_under(r)

    def _duty_roster_under(self, r: int) -> bool:
        """Row ``r``, under the list ``current_table`` naming no one, heads a roster with a
        column of each holder's 分工 ('附：领导班子成员及工作人员分工' over '序号 | 姓名 | 职务 |
        分工'): its post column's cells below are, half at least, the list's posts (a 领导小组's
        '组长 | 成员' under it are no holders of the list's posts). The cheap test: a 分工 word in
        the row."""
        sh = self.sh
        t = self.current_table
        if t is None or r >= len(sh.rows) or "person" in t.roles or "title" not in t.roles:
            return False
        said = "".join(sh.rows[r])
        # '工作职责', '岗位职责' as the roster's extra column ('序号 | 姓名 | 科室 | 岗位 | 工作职责'):
        # each person's duties, no 分工 word (ROSTER_DUTIES_BELOW; its one test first)
        duties = not self.grid.lacks("职责") and "职责" in said
        if not duties and not _ROSTER_DUTY_WORD.search(said):
            return False
        head = self._roster_header(r, True, duties)
        if head is None or "title" not in head:
            return False
        tc, lc = head["title"], t.roles["title"]
        posts = {squeeze(sh.rows[y][lc]) for y in range(t.start, r) if lc < len(sh.rows[y])} - {""}
        mine = []
        for y in range(r + 1, min(len(sh.rows), r + 60)):
            v = squeeze(sh.rows[y][tc]) if tc < len(sh.rows[y]) else ""
            if not v:
                break
            mine.append(v)
        return bool(mine) and len([v for v in mine if v in posts]) * 2 >= len(mine)

    def _roster_header(
        self, r: int, duty: bool = False, duties: bool = False
    ) -> dict[str, int] | None:
        """Row ``r`` heads a table of who holds which post: short labels only, among them a
        post and a holder ('序号 | 部门 | 职务 | 姓名'); role → column. ``duty``: one column of
        each holder's 分工 among them too ('序号 | 姓名 | 职务 | 分工' under a list: ``_roster_below``,
        its 分工 telling a post's several holders apart, ``roster_by_duty``); ``duties``: or one
        column of each holder's 职责 ('工作职责', '岗位职责', '主要职责': ROSTER_DUTIES_BELOW)."""
        sh = self.sh
        if r >= len(sh.rows):
            return None
        cols = sh.nonempty(r)
        if len(cols) > 8:
            folds = self._roster_folds(r)  # ('科室 | 岗位 | 姓名' three times across one row)
            return folds[0] if folds else None
        if len(cols) < 2 or any(len(sh.rows[r][c]) > 12 for c in cols):
            return None
        found: dict[str, int] = {}
        extra = 0
        for c in cols:
            h = heading_role(sh.key(r, c))
            if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES:
                if duty and not extra and _ROSTER_DUTY_HEAD.fullmatch(sh.key(r, c)):
                    extra += 1  # ('分工', '分管工作': the roster's 分工 column, one)
                    continue
                if duties and not extra and _ROSTER_DUTIES_HEAD.fullmatch(sh.key(r, c)):
                    extra += 1  # ('工作职责', '岗位职责': each one's duties, one column)
                    continue
                break
            found.setdefault(h.role, c)
        else:
            if "title" in found and "person" in found:
                return found
        grid = self._grid_roster(r)
        return {"department": grid[0]} if grid is not None else None

    def _roster_folds(self, r: int, lo: int = 0) -> list[dict[str, int]] | None:
        """Row ``r`` heads a roster FOLDED across to fit the page: the same group of a roster's
        headings two times or more in one row ('科室 | 岗位 | 姓名 | 科室 | 岗位 | 姓名 | …',
        '岗位 | 姓名' ×4), each group's cells under it a person, read left to right: each group's
        role → column (from column ``lo``), or None. Groups headed differently ('科室 | 岗位 |
        姓名 | 科室 | 职务 | 姓名') are no fold, nor two lists side by side (their risk columns)."""
        sh = self.sh
        cols = [c for c in sh.nonempty(r) if c >= lo]
        n = len(cols)
        if not 4 <= n <= 16:
            return None  # (the cheap test: two groups of two labels at least, a page wide)
        row = sh.rows[r]
        if any(len(row[c]) > 8 for c in cols):
            return None
        keys = [sh.key(r, c) for c in cols]

        def width(keys: list[str]) -> int | None:
            m = len(keys)
            return next(
                (
                    w
                    for w in (2, 3, 4)
                    if m % w == 0 and m > w and all(keys[i] == keys[i % w] for i in range(w, m))
                ),
                None,
            )

        w = width(keys)
        if w is None and _FOLD_TRAILER.fullmatch(keys[-1]):
            # one trailing column after whole groups ('科室 | 岗位 | 姓名 ×2 | 备注'): the groups'
            cols, keys = cols[:-1], keys[:-1]
            n -= 1
            w = width(keys)
        if w is None:
            return None
        first: dict[str, int] = {}
        for j, c in enumerate(cols[:w]):
            h = heading_role(keys[j])
            if h is None or h.strength < 2 or h.role not in _ROSTER_ROLES or h.role in first:
                return None
            if h.role == "person" and any(x in row[c] for x in NOT_HOLDER_HEAD):
                return None  # ('分管领导姓名': who watches)
            first[h.role] = j
        if "title" not in first or "person" not in first:
            return None
        return [{k: cols[g + j] for k, j in first.items()} for g in range(0, n, w)]

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
        # the holder column an export's cells of who submitted each row make ('提交人：微生翀湄｜
        # 职务：总经理｜提交时间：2025-05-12' under 填报信息, ``_packed_holder_column``)
        packed_at = t.roles.get("person") if t.is_list else None
        if (
            packed_at is not None
            and packed_at not in hits
            and any(
                packed_at < len(row := srows[rr.row]) and "=" in row[packed_at] for rr in sample[:3]
            )
        ):
            hits.add(packed_at)  # ('部门=…; 岗位=…; 姓名=…': an exported object, no colon)
        merged: dict | None = None
        for c in sorted(hits):
            if merged is None:
                merged = self.grid.merged_into if self.grid.merges else {}
            found: dict[int, dict[str, tuple[str, str]]] = {}
            # (an exported object's cells that name no one: flagged once the column is taken)
            unread: list[tuple[int, str, str]] = []
            nameless: list[tuple[int, str, str]] = []
            objects = 0
            filled = 0
            for i, rr in enumerate(rows):
                at = merged.get((rr.row, c), (rr.row, c))
                text = self.grid.get(*at)
                if not text:
                    continue
                filled += 1
                if c == packed_at and (obj := _structured_holder(text)) is not None:
                    objects += 1  # ('{"部门":"…","姓名":"…"}' read by its keys, not its colons)
                    if obj:
                        found[i] = {f: (v, cell_ref(*at)) for f, v in obj}
                        if "person" not in found[i]:
                            # (a post, no name key: '{"userName":…,"岗位":…}' with a key not
                            # known — the person blank and flagged, never the raw text)
                            nameless.append((i, text, cell_ref(*at)))
                    else:
                        unread.append((i, text, cell_ref(*at)))
                    continue
                if text.count("：") + text.count(":") < 2:
                    if c == packed_at:
                        unread.append((i, text, cell_ref(*at)))
                    continue
                got = {f: (v, cell_ref(*at)) for f, v in _fields_in_line(text) if f in IDENTITY}
                if len(got) >= 2:
                    found[i] = got
                elif c == packed_at and (pairs := _packed_holder(text)):
                    found[i] = {f: (v, cell_ref(*at)) for f, v in pairs}
            if not found or len(found) * 2 < filled:
                continue
            if objects * 2 > filled:
                self._objects_unread(rows, unread)
                self._objects_unread(rows, nameless, keep=True)
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
                        not getattr(rr, key)
                        or "：" in getattr(rr, key)
                        or ":" in getattr(rr, key)
                        or "=" in getattr(rr, key)  # ('部门=…; 姓名=…')
                    ):
                        setattr(rr, key, value.strip())
            return found[min(found)]
        return {}

    def _objects_unread(
        self, rows: list[RawRisk], unread: list[tuple[int, str, str]], keep: bool = False
    ) -> None:
        """The cells of an exported person field ('{"部门":"…","岗位":"…","姓名":"…"}') that do
        not parse or name neither 姓名 nor 岗位: a warning each, the row kept holderless (its
        cell is no name); with ``keep``, cells read for their post and 科室 but naming no one by a
        known key: their person only blanked."""
        for i, text, cell in unread:
            rr = rows[i]
            for key in ("person",) if keep else ("person", "title", "department"):
                if getattr(rr, key) == text.strip() or getattr(rr, key) == text:
                    setattr(rr, key, "")
            self.issues.append(
                make_issue("HOLDER_STRUCTURED_CELL_UNREAD", self.rel, self.grid.name, cell,
                           value=text.strip()[:60])
            )  # fmt: skip

    def _structured_column(
        self, c: int, labels: dict[int, str], rows: list[list[str]], h: int, given: bool
    ) -> bool:
        """Whether the holder column ``_packed_holder_column`` took is an online form's person
        field exported as an object, most of its cells ('人员信息 | {"单位":"…","部门":"渔船检验股",
        "岗位":"验船师","姓名":"滑沄浥"}', '部门=…; 岗位=…; 姓名=…'): then said by one info (its cells
        read by ``_cell_fields``, those naming no one flagged there)."""
        vals = [row[c] for row in rows if c < len(row) and row[c].strip()]
        objects = [v for v in vals if _structured_holder(v) is not None]
        if len(objects) * 2 <= len(vals):
            return False
        if not given:  # (said on the sheet before)
            self.issues.append(
                make_issue("HOLDER_FROM_STRUCTURED_CELL", self.rel, self.grid.name, cell_ref(h, c),
                           value=labels.get(c, "").replace("\n", ""), example=objects[0].strip()[:80])
            )  # fmt: skip
        return True

    @staticmethod
    def _packed_holder_column(
        roles: dict[str, int],
        col_role: dict[int, str],
        rows: list[list[str]],
        labels: dict[int, str] | None = None,
    ) -> int | None:
        """With no holder column, a column of an online form's export packing who submitted each
        row ('填报信息 | 提交人：微生翀湄｜职务：总经理｜提交时间：2025-05-12') is the holder column:
        most of its cells ``_packed_holder`` pairs naming different people or their posts (a 部门
        alone is no post). Its
        cells are split by ``_cell_fields``. Returns the column so taken, or None."""
        if "person" in roles:
            return None
        for c, role in col_role.items():
            if role != "other":
                continue
            if labels and _ATTACHMENT_HEADING.search(labels.get(c, "")):
                continue  # ('附件 | name=办法.pdf; size=20KB': files, never the holder column)
            vals = [row[c] for row in rows if c < len(row) and row[c]]
            # (the cheap test: two pairs or more in the first cells; 'key=value; …' too)
            if (
                len(vals) < 2
                or sum(1 for v in vals[:3] if v.count("：") + v.count(":") + v.count("=") >= 2) < 2
            ):
                continue
            # an exported object ('{"部门":"…","岗位":"…","姓名":"…"}', ``_structured_holder``)
            # before the labelled pairs
            found = {i: dict(got) for i, v in enumerate(vals) if (got := _export_holder_pairs(v))}
            if len(found) * 2 <= len(vals):
                continue
            if not any("title" in g for g in found.values()) and (
                len({g.get("person") for g in found.values()}) < 2
            ):
                continue  # (one submitter of every row, no post said: the clerk, no holder; a
                # 部门 alone is no post: '填表人：…；部门：办公室' on every row is the clerk's 科室)
            roles["person"], col_role[c] = c, "person"
            return c
        return None

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

    def _holder_from_profile(
        self,
        roles: dict[str, int],
        col_role: dict[int, str],
        labels: dict[int, str],
        rows: list[list[str]],
        h: int,
        given: bool,
    ) -> int | None:
        """With no holder column, a column whose cells (merged down beside a holder's rows) are
        personnel files' 简历 sentences ('责任人基本情况 | 聂某某，男，哈萨克族，1975年6月出生，中共党员，
        大学学历，现任县畜牧兽医局局长，…') is the holder column, whatever its contents made of it: most
        cells so under a heading of 基本情况, 简历, 个人情况 or 责任人情况, every cell (two or more)
        under any other. Each row's name, 科室 and post are read by ``_holder_profiles``; the other
        personal facts are kept nowhere. Returns the column so taken, with one info."""
        if "person" in roles:
            return None
        for c, text in labels.items():
            if col_role.get(c) in _PROFILE_NOT_ROLES:
                continue
            vals = list(dict.fromkeys(v for row in rows if c < len(row) and (v := row[c].strip())))
            # (the cheap test: a first cell of clauses, long as a sentence)
            if not vals or len(vals[0]) < 12 or not _profile_clausy(vals[0]):
                continue
            got = [p for v in vals if (p := profile_holder(v)) is not None]
            headed = bool(text) and _PROFILE_HEAD.search(label_key(text)) is not None
            if not (len(got) * 2 > len(vals) if headed else len(got) == len(vals) >= 2):
                continue
            if not any(p[2] for p in got):
                continue  # (no clause names anyone's post: no 简历 of a holder)
            for role in [k for k, v in roles.items() if v == c]:
                del roles[role]
            roles["person"], col_role[c] = c, "person"
            if not given:  # (said on the sheet before)
                name, dept, post = next(p for p in got if p[2])
                self.issues.append(
                    make_issue("HOLDER_FROM_PROFILE", self.rel, self.grid.name, cell_ref(h, c),
                               value=text.replace("\n", "") or col_letter(c),
                               example=f"{name}（{dept}{post}）")
                )  # fmt: skip
            return c
        return None

    def _holder_profiles(self, t: _Table, rows: list[RawRisk]) -> None:
        """Under a holder column of 简历 sentences (``_holder_from_profile``), each row's holder is
        the sentence's first clause, its post (and 科室) the '现任…' clause's, where the row has no
        post of its own column (a post so written stands, with its 科室); the other facts go. A
        sentence naming no post gives the name alone, with a warning at its cell."""
        pc = t.roles.get("person")
        if pc is None or not rows:
            return
        if len(rows[0].person) < 12 or not _profile_clausy(rows[0].person):
            self._posts_from_profiles(t, rows)  # ('姓名 | 基本情况': the name its own column's)
            return  # (the cheap test: a first holder's cell of clauses)
        said: set[str] = set()
        for rr in rows:
            text = rr.person.strip()
            got = profile_holder(text) if text else None
            if got is None:
                continue
            name, dept, post = got
            rr.person = name
            if post and not rr.title:  # (a post of the row's own column keeps its 科室 too)
                rr.title = post
                if dept and not rr.department:
                    rr.department = dept
            if not post and not rr.title and text not in said:  # (a post of its own column)
                said.add(text)
                self.issues.append(
                    make_issue("HOLDER_PROFILE_NO_POST", self.rel, self.grid.name,
                               rr.cell("person"), value=text)
                )  # fmt: skip

    def _posts_from_profiles(self, t: _Table, rows: list[RawRisk]) -> None:
        """Beside a 姓名 column, with no post column, a column headed 基本情况/简历/个人情况 of 简历
        sentences ('张三，男，…现任县财政局预算股股长。'): each row's post (and 科室) the sentence's
        '现任…' clause, the name staying the 姓名 column's; most cells so, one info. Rows with a post
        of their own keep it."""
        if "title" in t.roles or not t.header:
            return
        used = {c for role, c in t.roles.items() if role != "other"}
        heads = [
            c
            for c, text in t.header[1].items()
            if c not in used and text and _PROFILE_HEAD.search(label_key(text))
        ]
        if len(heads) != 1:
            return
        c = heads[0]
        merged = self.grid.merged_into
        got: dict[int, tuple[str, str, str]] = {}
        for i, rr in enumerate(rows):
            y, x = merged.get((rr.row, c), (rr.row, c))
            row = self.sh.rows[y]
            text = row[x].strip() if x < len(row) else ""
            p = profile_holder(text) if len(text) >= 12 else None
            if p is not None and p[2]:
                got[i] = p
        if not got or len(got) * 2 <= len(rows):
            return
        for i, (_name, dept, post) in got.items():
            rr = rows[i]
            if not rr.title:
                rr.title = post
                if dept and not rr.department:
                    rr.department = dept
        name, dept, post = next(iter(got.values()))
        self.issues.append(
            make_issue("HOLDER_POST_FROM_PROFILE", self.rel, self.grid.name, cell_ref(t.row, c),
                       value=squeeze(t.header[1][c]), example=f"{name}（{dept}{post}）")
        )  # fmt: skip

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

    def _holders_by_numbers_in_cell(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk] | None:
        """A holders' cell of a list one row a matter, its every line a holder followed by the
        numbers of the row's points that are his ('首席代表　师琰翀（1、2）⏎审批员　广沄璆（3）',
        '郜屿(1,3)', '股长 祁澜：2'; a line with no numbers: all the row's points), beside a point
        cell numbering them ('1.…（一级）⏎2.…（二级）'): each point is copied to each holder naming
        its number (a point may be two holders', a holder's points gather from several rows).
        Only under a holder's heading with no post or holder column of its own, where every filled
        cell is wholly such lines, some naming numbers, and some row numbers two points or more;
        a number naming no point of its row is told (a warning naming the cell). None otherwise:
        the rows read as before ('张三（兼）' names no number; one unnumbered point a row)."""
        if not rows or not t.header or t.across or t.level_points or t.type_points:
            return None
        pc = t.roles.get("risk_point")
        if pc is None or t.per_column:
            return None
        srows, labels = self.sh.rows, t.header[1]
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        for c, head in labels.items():
            role = t.col_role.get(c)
            if role not in ("other", "person", "title", "seq") or c == pc:
                continue
            if any(t.roles.get(x, c) != c for x in ("person", "title")):
                continue  # (the rows have a post or holder column of their own)
            outer = re.split(r"[（(]", head or "", maxsplit=1)[0]
            if not _HOLDER_CELL_HEAD.search(outer):
                continue
            # (the cheap test: a digit closing a line of a sampled row's cell)
            if not any(
                c < len(srows[rr.row]) and re.search(r"\d\s*[)）]?\s*(?:\n|$)", srows[rr.row][c])
                for rr in sample
            ):
                continue
            out = self._rows_by_held_numbers(t, rows, c, pc)
            if out is not None:
                return out
        return None

    def _rows_by_held_numbers(
        self, t: _Table, rows: list[RawRisk], c: int, pc: int
    ) -> list[RawRisk] | None:
        """The rows of ``_holders_by_numbers_in_cell`` for column ``c``, each holder's; None where
        its cells or the rows' point numbers are not so."""
        srows = self.sh.rows
        merged = self.grid.merged_into if self.grid.merges else {}
        by_row: dict[int, list[RawRisk]] = {}
        for rr in rows:
            by_row.setdefault(rr.row, []).append(rr)
        held: dict[int, list[tuple[dict[str, str], list[int] | None]]] = {}
        numbered = several = False
        for r in by_row:
            if merged.get((r, c), (r, c)) != (r, c):
                return None  # (a cell merged down over rows: not one row's)
            cell = srows[r][c].strip() if c < len(srows[r]) else ""
            if not cell:
                continue
            lines: list[tuple[dict[str, str], list[int] | None]] = []
            for line in filter(None, (x.strip() for x in cell.split("\n"))):
                got = held_numbers(line)
                who = _level_cell_holders(got[0] if got else line) or _post_then_name(
                    got[0] if got else line
                )
                if len(who) != 1 or "person" not in who[0]:
                    return None  # (a line not one named holder: not this shape)
                lines.append((who[0], got[1] if got else None))
                numbered |= got is not None
            held[r] = lines
        if not numbered:
            return None
        # each row's points by their numbers in its point cell
        at: dict[int, list[int]] = {}
        for r, rrs in by_row.items():
            items = numbered_item_texts(srows[r][pc]) if pc < len(srows[r]) else []
            if len(rrs) == 1 and len(items) <= 1:
                at[r] = [items[0][0] if items else 1]
                continue
            free = list(items)
            nums = []
            for rr in rrs:
                key = squeeze(rr.risk_point)[:8]
                hit = next((x for x in free if key and key in squeeze(x[1])), None)
                if hit is None:
                    return None  # (a point not of a numbered item: read as before)
                free.remove(hit)
                nums.append(hit[0])
            at[r] = nums
            several |= len(rrs) >= 2
        if not several:
            return None  # (one point a row: the numbers name no item of a cell)
        out: list[RawRisk] = []
        unmatched: list[tuple[int, str]] = []
        for r, rrs in by_row.items():
            lines = held.get(r)
            if not lines:
                out += rrs
                continue
            stray = sorted({n for _w, ns in lines for n in ns or () if n not in at[r]})
            if stray:
                unmatched.append((r, "、".join(map(str, stray))))
            for rr, n in zip(rrs, at[r], strict=True):
                mine = [w for w, ns in lines if ns is None or n in ns]
                if not mine:
                    rr.person = rr.title = ""  # (no line names it: no holder written)
                    out.append(rr)
                    continue
                out += _fan_out(
                    rr,
                    [{"title": w.get("title", ""), "person": w["person"],
                      "department": w.get("department") or rr.department} for w in mine],
                    cols={**rr.cols, "person": c, "title": c},
                )  # fmt: skip
        t.roles["person"] = c
        t.col_role[c] = "person"
        self._withdraw_column_issues(c)
        first = min(r for r, ls in held.items() if any(ns for _w, ns in ls))
        head = squeeze(t.header[1].get(c, "")) or "责任人"
        self.issues.append(
            make_issue("HOLDERS_BY_NUMBERS_IN_CELL", self.rel, self.grid.name, cell_ref(first, c),
                       field=head, value=srows[first][c].strip().replace("\n", "⏎"))
        )  # fmt: skip
        for r, nums in unmatched:
            self.issues.append(
                make_issue("HOLDER_CELL_NUMBERS_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(r, c), field=head, value=nums)
            )  # fmt: skip
        self.seen += len(out) - len(rows)  # (a point held by two counts once per holder)
        return out

    def _holders_in_pair_bands(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Two or more equal bands of one holder each side by side, a post and a name a band
        ('不相容岗位（一）' and '不相容岗位（二）' each merged over '岗位 | 责任人', '经办 | 审核 | 审批'
        over '岗位 | 姓名' each, or no band heading but '岗位一 | 姓名一 | 岗位二 | 姓名二', '主办岗位 |
        主办人 | 协办岗位 | 协办人'), one row a point: the row's point is each band's holder's alike,
        one copy each, under the post beside his name in his band (not one band's post with
        another's name; one info a table). Only where the bands are the table's only post and
        holder columns, each band's two headings alike but for the band's mark (or merged band
        headings over them, each its own, none a holder) and some row names two holders; one
        '岗位 | 姓名' pair (a '分管领导' beside it) and stage bands each with its own point
        ('经办环节（股员）' over '经办人 | 风险点 | …', ``_holder_bands``) are not so. A band of
        an overseer beside two pairs or more ('监督岗位' over '岗位 | 责任人') is left out, its people
        no holders; a band's name may come first ('责任人 | 岗位' under each band heading)."""
        if not rows or t.start - t.row > 3:
            return rows
        sh = self.sh
        last = t.start - 1
        low = sh.rows[last] if last < len(sh.rows) else []
        held = [c for c, role in t.col_role.items() if role in ("title", "person")]
        if len(held) < 2:
            return rows  # (the cheap test: one post or holder column read, or none)
        bands: list[tuple[int, int]] = []  # (its post's column, its name's), either order
        marks: list[tuple[str, str, str]] = []
        c = t.first
        while c < min(t.last, len(low) - 1):
            got = _pair_band_words(squeeze(low[c]), squeeze(low[c + 1]))
            pair = (c, c + 1)
            if got is None:  # ('责任人 | 岗位' under each band heading: the name first)
                got, pair = _pair_band_words(squeeze(low[c + 1]), squeeze(low[c])), (c + 1, c)
            if got is None:
                c += 1
                continue
            bands.append(pair)
            marks.append(got)
            c += 2
        if len(bands) < 2:
            return rows
        inside = {x for b in bands for x in b}
        if any(c not in inside for c in held) or any(
            c not in inside and t.col_role.get(c) in ("title", "person")
            for c in range(t.first, t.last + 1)
        ):
            return rows  # (a post or holder column beside the bands: the row's own)
        if any(m[1:] != marks[0][1:] for m in marks):
            return rows  # (bands of one shape)
        heads: list[str] = []
        if last > t.row:  # a band's merged heading over its pair ('不相容岗位（一）')
            top = last - 1
            for a, b in bands:
                lo, hi = min(a, b), max(a, b)
                word = squeeze(sh.rows[top][lo]) if lo < len(sh.rows[top]) else ""
                if not word or sh.span_end(top, lo) != hi or looks_like_name(word):
                    heads = []
                    break
                if _band_holder(sh.rows[top][lo]):
                    return rows  # ('科长　张三' over the band: a holder's band, not a pair's)
                heads.append(word)
        if not heads and len({m[0] for m in marks}) < len(marks):
            return rows  # (neither a band heading each nor a mark each: one list's columns)
        if heads and len(set(heads)) < len(heads):
            return rows
        overseen = [
            bool(
                _PAIR_BAND_OVERSEER.search(m[0]) or (heads and _PAIR_BAND_OVERSEER.search(heads[k]))
            )
            for k, m in enumerate(marks)
        ]
        overseers = [ab for ab, o in zip(bands, overseen, strict=True) if o]
        if overseers:  # ('不相容岗位（一）| （二）| 监督岗位' over '岗位 | 责任人' each: the pairs'
            # holders only, the overseer's band left out, its people no holders of the point)
            keep = [k for k, o in enumerate(overseen) if not o]
            if len(keep) < 2:
                return rows  # ('责任岗位 | 责任人 | 监督岗位 | 监督人': one band and its overseer)
            bands, marks = [bands[k] for k in keep], [marks[k] for k in keep]
            heads = [heads[k] for k in keep] if heads else heads
        merged = self.grid.merged_into if self.grid.merges else {}

        def cell(r: int, x: int) -> str:
            return squeeze(self.grid.get(*merged.get((r, x), (r, x))))

        got = {rr.row: [(cell(rr.row, a), cell(rr.row, b)) for a, b in bands] for rr in rows}
        if not any(len({n for _p, n in pairs if n}) >= 2 for pairs in got.values()):
            return rows  # (no row naming two holders: not bands of a row's holders)
        out: list[RawRisk] = []
        for rr in rows:
            pairs: dict[tuple[str, str], tuple[int, int]] = {}  # (one holder in two bands: once)
            for pn, ab in zip(got[rr.row], bands, strict=True):
                if any(pn):
                    pairs.setdefault(pn, ab)
            if not pairs:
                rr.title = rr.person = ""
                out.append(rr)
                continue
            out += _fan_out(
                rr,
                [{"title": p, "person": n, "cols": {**rr.cols, "title": a, "person": b}}
                 for (p, n), (a, b) in pairs.items()],
            )  # fmt: skip
        a, b = bands[0]
        t.roles["title"], t.roles["person"] = a, b
        for a, b in bands:
            t.col_role[a], t.col_role[b] = "title", "person"
            self._withdraw_column_issues(a)
            self._withdraw_column_issues(b)
        for a, b in overseers:  # (the overseer's band: no holder's columns)
            for x in (a, b):
                if t.col_role.get(x) in ("title", "person"):
                    t.col_role[x] = "other"
                self._withdraw_column_issues(x)
        first = min(bands[0])
        field = " | ".join(heads) if heads else " | ".join(squeeze(low[a]) for a, _b in bands)
        said = next(("　".join(filter(None, x[0])) for x in got.values() if x[0][1]), "")
        self.issues.append(
            make_issue("HOLDERS_IN_PAIR_BANDS", self.rel, self.grid.name,
                       cell_ref(t.row, first), field=field, value=said)
        )  # fmt: skip
        self.seen += len(out) - len(rows)  # (a point held by two counts once per holder)
        return out

    def _holders_by_period_columns(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A post's holders named in parallel columns, one a period of the year or a shift, each
        holding the post fully in its turn ('责任人（旺季5—10月） | 责任人（淡季11—次年4月）', '值班人员（白班）
        | 值班人员（夜班）', '汛期责任人 | 非汛期责任人'): every point of the row is each named person's, one
        copy each (one form each, the same points), not the first column's alone with the others
        guessed '其他'. '同左'/'同上' is the holder of the column to its left again (no second form);
        '/', '无', '空缺' nobody that period; a cell of other words is told (a warning) and adds
        nobody. Only where the kept holder column's heading names a period (the cheap test) and
        the period columns stand side by side, each a holder's heading of its own period, and some
        row names two different people; A角/B角 (B角 stands in) and '主要 | 直接' are no periods."""
        pc = t.roles.get("person")
        if not rows or not t.header or pc is None:
            return rows
        labels = t.header[1]
        if _PERIOD_WORD.search(labels.get(pc, "")) is None:
            return rows  # (the cheap test: the holder column's heading names no period)
        if period_heading(labels[pc]) is None:
            return rows
        cols = [pc]
        for step in (-1, 1):  # (the period columns side by side, either side of the kept one)
            c = pc + step
            while (
                c in labels
                and t.col_role.get(c) in ("other", "person")
                and period_heading(labels[c]) is not None
            ):
                cols.append(c)
                c += step
        cols.sort()
        periods = [period_heading(labels[c])[1] for c in cols]  # type: ignore[index]
        if len(cols) < 2 or len(set(periods)) < len(periods):
            return rows
        merged = self.grid.merged_into if self.grid.merges else {}

        def cell(r: int, x: int) -> tuple[tuple[int, int], str]:
            at = merged.get((r, x), (r, x))
            return at, squeeze(self.grid.get(*at))

        held: dict[int, list[tuple[str, int]]] = {}
        unread: dict[tuple[int, int], str] = {}
        for rr in rows:
            names: list[tuple[str, int]] = []
            left = ""
            for c in cols:
                at, x = cell(rr.row, c)
                x = _period_cell(x)
                if _PERIOD_SAME.match(x):
                    who = left
                elif not x or x in _PERIOD_NONE:
                    who = ""
                elif _period_name(x):
                    who = x
                else:
                    who = ""
                    unread.setdefault(at, x)
                if who and who not in (n for n, _c in names):
                    names.append((who, c))
                left = who
            held[rr.row] = names
        if not any(len(names) >= 2 for names in held.values()):
            return rows  # (no row naming two people: read as before)
        out: list[RawRisk] = []
        for rr in rows:
            names = held[rr.row]
            if not names:
                rr.person = ""
                out.append(rr)
                continue
            out += _fan_out(rr, [{"person": n, "cols": {**rr.cols, "person": c}} for n, c in names])
        for c in cols:
            t.col_role[c] = "person"
            self._withdraw_column_issues(c)
        example = next(names for names in held.values() if len(names) >= 2)
        self.issues.append(
            make_issue("HOLDERS_BY_PERIOD_COLUMNS", self.rel, self.grid.name,
                       cell_ref(t.row, cols[0]), field=" | ".join(labels[c] for c in cols),
                       value="、".join(n for n, _c in example))
        )  # fmt: skip
        for (r, c), x in unread.items():
            self.issues.append(
                make_issue("HOLDER_PERIOD_CELL_UNREAD", self.rel, self.grid.name, cell_ref(r, c),
                           field=labels.get(c, "责任人"), value=x)
            )  # fmt: skip
        self.seen += len(out) - len(rows)  # (a point held by two counts once per holder)
        return out

    def _holders_on_chain(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A column chaining each row's holders by arrows, the handling one to the approving one
        ('责任链（经办→审核→审批）' over '利琤湉（检斤员）→爨霂澍（副主任）→利岍昶（主任）', '经办→审核→审批'
        over '仓管员 邬昶翎->所长 禚沅芷'): the row's point is every linked holder's alike, one copy
        each, his post the one bracketed or written by his name (one info a table). Only where the
        heading says a chain ('链', '流程', '经办…审批', an arrow) or names holders (责任人) with
        every link's post written, every filled cell such links (or one holder), and the table has
        no post or other holder column of its own (this one taken for posts by its contents
        aside); two bare names under a plain 姓名/责任人 stay a handover ('郗澂翾→宓瀛曈',
        ``_handed_over``), a flow's steps ('受理→审核→办结') no holders."""
        if not rows or not t.header:
            return rows
        if self.grid.lacks("→", ">", "＞", "⇒", "➝", "➔"):
            return rows  # (the cheap test: an arrow, →/>/＞/⇒/➝/➔, in the cells)
        srows, labels = self.sh.rows, t.header[1]
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        pc, tc = t.roles.get("person"), t.roles.get("title")
        for c, head in labels.items():
            role = t.col_role.get(c)
            if role not in ("person", "title", "other", "workflow") or (pc is not None and c != pc):
                continue
            if tc is not None and c != tc:
                continue  # (the rows' own posts beside it: not read so)
            # (the cheap test: an arrow in a sampled row's cell)
            if not any(
                c < len(srows[rr.row]) and _HOLDER_LINK.search(srows[rr.row][c]) for rr in sample
            ):
                continue
            chained = bool(_HOLDER_CHAIN_HEAD.search(head))
            if not chained and role == "other" and pc is None and tc is None:
                # ('责任人' over '茹湛岚（会计）→眭霁川（科长）→阙望舒' guessed no holder's by its
                # contents, COLUMN_GUESSED: its heading's, every link's post written but one)
                hd = t.header[0].get(c)
                role = "person" if hd is not None and hd.role == "person" else role
            if not chained and role != "person":
                continue  # (the heading names neither holders nor a chain)
            merged = self.grid.merged_into if self.grid.merges else {}
            at_row = [merged.get((rr.row, c), (rr.row, c)) for rr in rows]
            texts = {at: self.grid.get(*at).strip() for at in dict.fromkeys(at_row)}
            links: dict[tuple[int, int], tuple[tuple[str, str, str], ...]] = {}
            for at, x in texts.items():
                if not x:
                    continue
                got = chain_links(x, not chained)
                if not got and (one := chain_link(x, not chained)) is not None:
                    got = (one,)  # (a row of one holder among the chains)
                if not got:
                    links = {}
                    break
                links[at] = got
            if not any(len(x) >= 2 for x in links.values()):
                continue  # (not wholly such cells: read as before)
            out: list[RawRisk] = []
            for rr, at in zip(rows, at_row, strict=True):
                got = links.get(at)
                if not got:
                    rr.person = ""
                    out.append(rr)
                    continue
                out += _fan_out(
                    rr,
                    [
                        {"department": d or rr.department, "title": p, "person": n}
                        for d, p, n in got
                    ],
                    cols={**rr.cols, "person": c},
                )
            t.col_role[c] = "person"
            t.roles["person"] = c
            if tc == c:  # ('经办人责任链' taken for a post's column by its contents)
                del t.roles["title"]
            t.chain_col = c
            self._withdraw_column_issues(c, ("COLUMN_GUESSED", "HOLDER_HANDED_OVER"))
            first = min(at for at, x in links.items() if len(x) >= 2)
            self.issues.append(
                make_issue("HOLDERS_ON_CHAIN", self.rel, self.grid.name, cell_ref(*first),
                           field=squeeze(head) or "责任人", value=texts[first].replace("\n", "⏎"))
            )  # fmt: skip
            self.seen += len(out) - len(rows)  # (a point held by three counts once per holder)
            return out
        return rows

    def _holders_by_heading_slots(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A column whose heading names several holders in order in its bracket ('责任领导（所长
        路翯岷／教导员 娄珺翊／副所长 路澹霏）', '（冼澄岳、郦昶沅、宓霁橙）' names alone) and whose cells
        hold one slot a holder in that order, each a tick or a blank mark ('√／—／√', '●/○/●'):
        the row's point is each ticked holder's, one copy each (one info a column; every such
        column is read, a holder ticked in two getting the point once). Only where the
        table has no post or holder column of its own and most filled cells are slots as many as
        the holders named; a cell of other slots or words is told (a warning naming the cell)
        and its row keeps no holder, as before. One holder in the bracket is a block's
        (``heading_bracket_holder``); a note ('（打√）') names none: read as before."""
        if not rows or not t.header:
            return rows
        labels = t.header[1]
        pc, tc = t.roles.get("person"), t.roles.get("title")
        merged = self.grid.merged_into if self.grid.merges else {}
        found = []  # every such column: '主要责任（所长 …／教导员 …）', '直接责任（民警 …／辅警 …）'
        for c, head in labels.items():
            if "（" not in head and "(" not in head:
                continue  # (the cheap test: a bracket in the heading)
            if t.col_role.get(c) not in ("other", "person", "title"):
                continue
            if (pc is not None and c != pc) or (tc is not None and c != tc):
                continue  # (the rows' own holders beside it: not read so)
            named = heading_slot_holders(head)
            if not named:
                continue
            at_row = {rr.row: merged.get((rr.row, c), (rr.row, c)) for rr in rows}
            texts = {at: self.grid.get(*at).strip() for at in dict.fromkeys(at_row.values())}
            slots = {at: cell_slots(x) for at, x in texts.items() if x}
            fits = [at for at, got in slots.items() if got is not None and len(got) == len(named)]
            if len(fits) < 2 or 2 * len(fits) < len(slots):
                continue  # (few cells slots of these holders: read as before)
            found.append((c, head, named, at_row, texts, slots, fits))
        if not found:
            return rows
        first_col = found[0][0]
        out: list[RawRisk] = []
        for rr in rows:
            held: dict[str, tuple[dict[str, str], int]] = {}  # (a holder ticked twice: once)
            for c, _head, named, at_row, _texts, slots, _fits in found:
                got = slots.get(at_row[rr.row])
                if got is None or len(got) != len(named):
                    continue  # (not so written: no holder from this column)
                for who, ticked in zip(named, got, strict=True):
                    if ticked:
                        held.setdefault(who["person"], (who, c))
            if not held:
                out.append(rr)  # (no slot ticked, or not so written: no holder, as before)
                continue
            out += _fan_out(
                rr,
                [{"department": who.get("department") or rr.department,
                  "title": who.get("title", ""), "person": who["person"],
                  "cols": {**rr.cols, "person": c, "title": c}} for who, c in held.values()],
            )  # fmt: skip
        t.col_role[first_col] = "person"
        t.roles["person"] = first_col
        if tc == first_col:
            del t.roles["title"]
        for c, head, named, _at_row, texts, _slots, fits in found:
            if c != first_col:
                t.col_role[c] = "person"  # (its holders read with the first's)
            self._withdraw_column_issues(c)
            field = " ".join(head.split())  # (its names' spaces kept: '所长 路翯岷')
            self.issues.append(
                make_issue("HOLDERS_BY_HEADING_SLOTS", self.rel, self.grid.name,
                           cell_ref(t.row, c), field=field, value=texts[fits[0]])
            )  # fmt: skip
            for at, x in texts.items():
                if x and at not in fits:
                    self.issues.append(
                        make_issue("HOLDER_SLOTS_UNMATCHED", self.rel, self.grid.name,
                                   cell_ref(*at), field=field, value=x.replace("\n", "⏎"),
                                   count=str(len(named)))
                    )  # fmt: skip
        self.seen += len(out) - len(rows)  # (a point of two holders counts once per holder)
        return out

    def _holders_by_numbered_key(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> list[RawRisk]:
        """A column whose cells give only the numbers of the row's holders ('①②', '①、③',
        '1、2', '1,3', '(1)(3)') and whose key numbers the holders in order — in the heading's own
        bracket ('责任领导（①局长 隗翛暻　②党组书记 逯翾澋　③副局长 …）', '（1.站长 … 2.…）') or in a
        line above or under the table naming the column ('注：责任领导栏中①为局长 …，②为…'): the
        row's point is each numbered holder's, one copy each, post and name from the key (one
        info a column; a number the key lacks a warning naming its cell, its row no holder's).
        Only where the table has no other holder or post column, every filled cell of the column
        is such numbers and the key numbers two or more holders 1, 2, … in order, each entry a
        post, a name or both: plain counts or 序号-like numbers with no key, or a key of types or
        levels ('①思想道德风险'), read as before. Beside a holders column, only where that
        column numbers each block's own holders (``_block_keys``: '①股长　匡某⏎②股员　蓟某' merged
        over a 股室's rows, the numbers restarting in every block): each row looks its numbers up
        in its own block's key. (The slots of ticks are ``_holders_by_heading_
        slots``; a holder column's codes with a legend ``_holder_codes``.)"""
        if not rows or not t.header:
            return rows
        srows = self.sh.rows
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        pc, tc = t.roles.get("person"), t.roles.get("title")
        for c, head in t.header[1].items():
            role = t.col_role.get(c)
            if role not in ("other", "person", "title") or not _numkey_head_ok(head):
                continue  # ('涉及人数 | 2' beside '①所长　某某⏎②…': counts, no holders' numbers)
            beside = [x for x in dict.fromkeys((pc, tc)) if x is not None and x != c]
            # (the cheap test: the sampled cells numbers only)
            said = [srows[rr.row][c].strip() for rr in sample if c < len(srows[rr.row])]
            if not any(said) or sum(1 for x in said if x and not _numkey_cell_ok(x)) > 1:
                continue
            blocks = self._block_keys(rows, beside) if beside else None
            if beside and blocks is None:
                continue  # (the rows' own holders beside it: not read so)
            if role != "other" and not all(
                _NUMKEY_CELL.match(getattr(rr, role).strip()) for rr in rows if getattr(rr, role)
            ):
                continue  # (its codes already read: ``_holder_codes``)
            merged = self.grid.merged_into if self.grid.merges else {}
            at_row = {rr.row: merged.get((rr.row, c), (rr.row, c)) for rr in rows}
            texts = {at: self.grid.get(*at).strip() for at in dict.fromkeys(at_row.values())}
            filled = [x for x in texts.values() if x]
            odd = [x for x in filled if not _numkey_cell_ok(x)]
            if len(filled) - len(odd) < 2 or len(odd) > 1:
                continue  # (one odd cell a warning at it, the other rows read)
            if blocks is None:
                got = self._numbered_key(t, c, head, around)
                if got is None:
                    continue
                key, where, stem = got
                keyed = dict.fromkeys(at_row, key)
            else:
                keyed, kc, where = blocks
                open_at = min((i for i in (head.find("（"), head.find("(")) if i > 0), default=-1)
                stem = squeeze(head[:open_at] if open_at > 0 else head)
            out: list[RawRisk] = []
            unclear: dict[str, str] = {}
            for rr in rows:
                at = at_row[rr.row]
                key = keyed[rr.row]
                nums = _numkey_cell_numbers(texts[at], key)
                if not nums or not all(n in key for n in nums):
                    if texts[at] and not nums:  # ('见附件', '③-①': no numbers of the key)
                        unclear.setdefault(texts[at], cell_ref(*at))
                    for x in _NUMKEY_NUMBER.findall(texts[at]) if nums else ():
                        if _numkey_number(x) not in key:
                            unclear.setdefault(x, cell_ref(*at))
                    rr = replace(  # (a number is no one's name or post, nor a block's key)
                        rr,
                        person="" if blocks or _NUMKEY_CELL.match(rr.person.strip()) else rr.person,
                        title="" if blocks or _NUMKEY_CELL.match(rr.title.strip()) else rr.title,
                    )
                    out.append(rr)
                    continue
                held = [key[n] for n in dict.fromkeys(nums)]
                out += _fan_out(
                    rr,
                    [{"department": w.get("department") or rr.department,
                      "title": w.get("title", ""), "person": w.get("person", "")} for w in held],
                    cols={**rr.cols, "person": c, "title": c},
                )  # fmt: skip
            t.col_role[c] = "person"
            t.roles["person"] = c
            if tc is not None and (tc == c or blocks is not None):
                del t.roles["title"]
            self._withdraw_column_issues(c)
            if blocks is not None:
                t.col_role[kc] = "other"  # (the blocks' keys, read: no holders of their own)
                self._withdraw_column_issues(kc)
            field = stem or "责任人"
            for x, cell in unclear.items():
                self.issues.append(
                    make_issue("HOLDER_CODE_UNCLEAR", self.rel, self.grid.name, cell,
                               field=field, value=x, why="没有写明", kept="这一行未读出责任人")
                )  # fmt: skip
            shown = "；".join(  # (a key a block: each said once, in order)
                "、".join(
                    f"{n}={w.get('department', '')}{w.get('title', '')} {w.get('person', '')}".strip()
                    for n, w in k.items()
                )
                for k in {id(k): k for k in keyed.values()}.values()
            )
            self.issues.append(
                make_issue("HOLDER_CODES", self.rel, self.grid.name, where, field=field,
                           value=shown, legend=f"{self.grid.name}!{where}")
            )  # fmt: skip
            self.seen += len(out) - len(rows)  # (a point of two holders counts once per holder)
            return out
        return rows

    def _block_keys(
        self, rows: list[RawRisk], cands: list[int]
    ) -> tuple[dict[int, dict[int, dict[str, str]]], int, str] | None:
        """Each block's own numbered key of holders, in a holders cell merged over the block's rows
        ('①股长　匡某⏎②股员　蓟某' over a 股室's rows, '1.所长 甘某⏎2.副所长 乐某') or written in its
        first row only, the cells under it blank, the numbers restarting in every block: row →
        its block's key, the column and the first key's cell (``_holders_by_numbered_key``). None
        unless every row of the table has such a key, each entry a holder: a merged cell of
        holders unnumbered (the block's holders all sharing its rows) is read as before."""
        merged = self.grid.merged_into if self.grid.merges else {}
        for kc in cands:
            keyed: dict[int, dict[int, dict[str, str]]] = {}
            parsed: dict[tuple[int, int], dict[int, dict[str, str]] | None] = {}
            first = None
            key = None
            for rr in sorted(rows, key=lambda x: x.row):
                at = merged.get((rr.row, kc), (rr.row, kc))
                text = self.grid.get(*at).strip()
                if text:
                    if at not in parsed:
                        if not _NUMKEY_MARK.match(text):
                            break  # (the cheap test: a key starts with its first number)
                        parsed[at] = _numkey_entries(text, least=1)
                    key = parsed[at]
                    first = first or at
                elif at != (rr.row, kc) or rr.row - 1 not in keyed:
                    key = None  # (a blank cell only under its block's key: its row's)
                if key is None:
                    break
                keyed[rr.row] = key
            else:
                if first is not None and any(len(k) >= 2 for k in parsed.values() if k):
                    return keyed, kc, cell_ref(*first)
        return None

    def _numbered_key(
        self, t: _Table, c: int, head: str, around: list[int]
    ) -> tuple[dict[int, dict[str, str]], str, str] | None:
        """The numbered key of column ``c``'s holders (``_holders_by_numbered_key``): number →
        holder, the key's cell and the heading's words outside its bracket; None where neither
        the heading's bracket nor a line around the table naming the column keys two or more."""
        open_at = min((i for i in (head.find("（"), head.find("(")) if i > 0), default=-1)
        stem = squeeze(head[:open_at] if open_at > 0 else head)
        heading = heading_role(_key(stem)) if stem else None
        if heading is not None and heading.role not in ("other", "person", "title"):
            return None  # ('风险类型（①…②…）': a key of no holders)
        if open_at > 0 and (key := _numkey_entries(head[open_at + 1 :].rstrip().rstrip("）)"))):
            return key, cell_ref(t.row, c), stem
        if not stem:
            return None
        sh = self.sh
        for x in around:  # '注：责任领导栏中①为局长 …，②为…' (a line naming the column)
            for cc in sh.nonempty(x):
                text = sh.rows[x][cc]
                i = text.find(stem)
                if i < 0 or (key := _numkey_entries(text[i + len(stem) :])) is None:
                    continue
                self.skip.add(x)
                self.code_legend.add(x)
                return key, cell_ref(x, cc), stem
        return None

    def _holder_lines_by_row(self, t: _Table, rows: list[RawRisk]) -> set[int]:
        """A holder's cell merged down over the rows of several holders, listing one holder a
        line, the k-th line the holder of the k-th row it spans ('主任 竺翾蘅⏎主任 竺翾蘅⏎副主任
        蓟岫沄⏎副主任 蓟岫沄' merged beside four points, '郝静姝⏎郝静姝⏎龚彦博' under 责任人): each row
        is its own line's, not every listed holder's. Only where the cell spans exactly as many
        rows as it has lines and says so: a line repeated (one holder of two rows; holders all
        sharing a point are listed once each) or a note pairing them by row ('注：…按行填写，每行
        对应右侧同一行的风险点', '…依次对应'); lines all different and no note may as well be the
        holders all sharing every row: read as before. The rows paired (by ``id``)."""
        if not rows or not self.grid.merges:
            return set()  # (the cheap test: no merged cell, no such holder's cell)
        cands = [c for c in (t.roles.get("person"), t.roles.get("title")) if c is not None]
        if not cands:
            return set()
        merged = self.grid.merged_into
        spans: dict[tuple[int, int], int] = {}  # a merged cell of a holder column → its rows
        for r0, c0, r1, c1 in self.grid.merges:
            if c0 == c1 and c0 in cands and r1 > r0:
                spans[(r0, c0)] = r1 - r0 + 1
        if not spans:
            return set()
        paired: set[int] = set()
        noted: bool | None = None  # (the sheet's notes looked at when first needed)
        for c in dict.fromkeys(cands):
            beside: dict[tuple[int, int], list[RawRisk]] = {}
            for rr in rows:
                at = merged.get((rr.row, c), (rr.row, c))
                if at in spans and id(rr) not in paired:
                    beside.setdefault(at, []).append(rr)
            for at, held in beside.items():
                lines = [squeeze(x) for x in self.grid.get(*at).split("\n") if x.strip()]
                if len(lines) != spans[at] or len({rr.row for rr in held}) != len(held):
                    continue  # (two holders over three rows: whose is which, it does not say)
                if len(held) != len(lines):
                    continue  # (rows of the span not read as points: the count is not sure)
                pairs = _post_name_lines("\n".join(lines))
                if not pairs and not (
                    c == t.roles.get("person") and all(looks_like_name(x) for x in lines)
                ):
                    continue
                if len(set(lines)) == len(lines):
                    if noted is None:
                        noted = self._lines_by_row_noted()
                    if not noted:
                        continue  # (distinct lines, no note: maybe all share every row)
                held.sort(key=lambda rr: rr.row)
                for k, rr in enumerate(held):
                    if pairs:
                        rr.title, rr.person = pairs[k]
                    else:
                        rr.person = lines[k]
                    rr.cols = {**rr.cols, "person": c}
                    paired.add(id(rr))
                self.issues.append(
                    make_issue("HOLDER_LINES_BY_ROW", self.rel, self.grid.name, cell_ref(*at),
                               field=squeeze(t.header[1].get(c, "")) if t.header else "",
                               value="⏎".join(lines), count=str(len(lines)))
                )  # fmt: skip
        return paired

    def _lines_by_row_noted(self) -> bool:
        """A line of the sheet pairs a holder's cell with the rows by order ('注：“岗位及责任人”栏
        按行填写，每行对应右侧同一行的风险点', '责任人逐行对应', '各人按行依次对应各风险点'), in
        one clause and about no level ('风险等级一、二、三级依次对应高、中、低风险' is none)."""
        return any(
            len(v) <= 300 and _LINES_BY_ROW_NOTE.search(clause)
            for row in self.sh.rows
            for v in row
            if v and "行" in v and ("对应" in v or "依次" in v)
            for clause in _LINES_BY_ROW_CLAUSE.split(squeeze(v))
        )

    def _identity_lines_by_row(self, t: _Table, rows: list[RawRisk], paired: set[int]) -> None:
        """A 单位, 科室, 岗位 or holder's cell writing its value once a row it covers, one a line
        (WPS's 合并内容 merging typed cells: '食品药品监管股⏎食品药品监管股⏎食品药品监管股' over
        three rows, '所长⏎所长'), or a plain cell repeating it so: lines all the same are that
        value once, not one word glued from them; a merged cell of as many lines as the rows it
        spans, lines differing but one repeated ('副所长⏎副所长⏎所长', the joined cells of two
        runs) or a note pairing them by row, gives its k-th line to the k-th row, as the holder's
        cell does (``_holder_lines_by_row``; its rows, ``paired``, are left to it). Lines all
        different with no note (two 科室 of one row '办公室⏎财务室', a post and its note
        '股长⏎（兼）会计', two holders of a row) are read as before; a point's cells are not looked at."""
        roles = [(role, t.roles[role]) for role in ("unit", "department", "title", "person")
                 if role in t.roles]  # fmt: skip
        # (the cheap test: no identity's value of two lines; a column's values joined, in C)
        if not roles or not any("\n" in "".join(map(attrgetter(role), rows)) for role, _c in roles):
            return
        merged = self.grid.merged_into if self.grid.merges else {}
        spans = {(r0, c0): r1 - r0 + 1 for r0, c0, r1, c1 in self.grid.merges or () if c0 == c1}
        said: list[tuple[tuple[int, int], int, str]] = []  # (cell, column, its lines) read so
        pc = t.roles.get("person")
        noted: bool | None = None  # (the sheet's notes looked at when first needed)
        for role, c in roles:
            beside: dict[tuple[int, int], list[RawRisk]] = {}
            for rr in rows:
                value = getattr(rr, role)
                if "\n" not in value or (role == "person" and id(rr) in paired):
                    continue
                lines = [x.strip() for x in value.split("\n") if x.strip()]
                if len(lines) >= 2 and len({squeeze(x) for x in lines}) == 1:
                    setattr(rr, role, lines[0])  # ('所长⏎所长': 所长 once)
                    at = merged.get((rr.row, c), (rr.row, c))
                    if not said or said[-1][0] != at:
                        said.append((at, c, "⏎".join(lines)))
                elif role != "person":  # (a holder's different lines: ``_holder_lines_by_row``)
                    at = merged.get((rr.row, c), (rr.row, c))
                    if at in spans:
                        beside.setdefault(at, []).append(rr)
            for at, held in beside.items():
                text = self.grid.get(*at)
                lines = [x.strip() for x in text.split("\n") if x.strip()]
                if len(lines) != spans[at] or len(held) != len(lines):
                    continue  # (rows of the span not each one point: whose is which, unsure)
                if len({rr.row for rr in held}) != len(held):
                    continue
                if any(squeeze(getattr(rr, role)) != squeeze(text) for rr in held):
                    continue  # (a value another rule read already)
                bracket = any(x[0] in "（(" for x in lines)  # ('股长⏎（兼）会计': a post's note)
                if bracket or (
                    pc is not None and not self._holder_each_row(held, pc, merged, paired)
                ):
                    # (a bracket line is no post of its own; the holder's cell not split by row
                    # — one name merged over the span, or as many names as lines, paired line by
                    # line as before — keeps the rows' value: '科员⏎科员⏎办事员' beside one name
                    # his posts, each once, '科员、办事员')
                    distinct = list(dict.fromkeys(squeeze(x) for x in lines))
                    if len(distinct) < len(lines) and (
                        bracket or self._one_holder(held, pc, merged)
                    ):
                        value = distinct[0] + "".join(
                            x if x[0] in "（(" else "、" + x for x in distinct[1:]
                        )
                        for rr in held:
                            setattr(rr, role, value)
                        said.append((at, c, "⏎".join(lines)))
                    continue
                if len({squeeze(x) for x in lines}) == len(lines):
                    if noted is None:
                        noted = self._lines_by_row_noted()
                    if not noted:
                        continue  # (distinct lines, no note: maybe every row's all of them)
                held.sort(key=lambda rr: rr.row)
                for k, rr in enumerate(held):
                    setattr(rr, role, lines[k])
                said.append((at, c, "⏎".join(lines)))
        if said:
            at, c, value = said[0]
            self.issues.append(
                make_issue("MERGED_LINES_BY_ROW", self.rel, self.grid.name, cell_ref(*at),
                           field=squeeze(t.header[1].get(c, "")) if t.header else "",
                           value=value, count=str(len(said)))
            )  # fmt: skip

    def _holder_each_row(
        self, held: list[RawRisk], pc: int, merged: dict, paired: set[int]
    ) -> bool:
        """Each of the rows ``held`` has a holder of its own: his cell's k-th line given to it
        (``paired``), or a cell of the row's own with one name (not one merged over them all)."""
        anchors = set()
        for rr in held:
            if id(rr) in paired:
                continue
            at = merged.get((rr.row, pc), (rr.row, pc))
            if not rr.person.strip() or "\n" in rr.person.strip() or at in anchors:
                return False
            anchors.add(at)
        return True

    def _one_holder(self, held: list[RawRisk], pc: int | None, merged: dict) -> bool:
        """The rows ``held`` share one holder's cell of one name merged over them."""
        if pc is None:
            return False
        cells = {merged.get((rr.row, pc), (rr.row, pc)) for rr in held}
        if len(cells) != 1:
            return False
        name = self.grid.get(*cells.pop()).strip()
        return bool(name) and "\n" not in name

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
        if pc is not None and pc == t.chain_col:
            return rows  # (its links read by ``_holders_on_chain``)
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
                self._withdraw_column_issues(c)
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

    def _holder_after_own_post(self, t: _Table, rows: list[RawRisk]) -> None:
        """A holders' column ('直接责任人', '责任人') beside the list's own 岗位 whose cells write the
        row's post again, a space, then the holder ('股长　叱伏列珂' on a 股长's row): the space marks
        where the name starts, so the name is all that follows it, however rare its surname (the
        post typed straight onto a name, ``_post_run_name``, cut '副局长叱' | '伏列琛' by the
        surnames it knows). One info a table, only where a name read otherwise before."""
        pc, tc = t.roles.get("person"), t.roles.get("title")
        # (the cheap test first: a holder's cell with a space in it)
        if (
            pc is None
            or tc is None
            or not any(" " in rr.person or "\u3000" in rr.person for rr in rows)
        ):
            return
        first, changed = None, 0
        for rr in rows:
            parts = rr.person.split()
            if len(parts) != 2 or not rr.title.strip():
                continue
            post, name = parts
            if squeeze(post) != squeeze(rr.title):
                continue
            if VACANT.match(name) or NO_ONE.match(name):
                rr.person = name  # '出纳　空缺': the row's post, held by no one
                continue
            if not _named_after_post(name):
                continue
            run = _post_run_name(rr.person)
            if run is not None and run[1] == name:
                continue  # ('局长　费也头瑾': read so already)
            rr.person = name
            changed += 1
            first = first or (rr.cell("person"), post, name)
        if first:
            self.issues.append(
                make_issue("HOLDER_AFTER_OWN_POST", self.rel, self.grid.name, first[0],
                           value=f"{first[1]}　{first[2]}", field=first[2], count=str(changed))
            )  # fmt: skip

    def _rank_glued_onto_name(self, t: _Table, rows: list[RawRisk]) -> None:
        """A holder's cell writing his rank or title straight onto his name, no space
        ('副局长叱卢琛', '四级主任科员叱卢珂' under 姓名): the name is all after the rank, however rare
        its surname (``rank_glued_name``; the post typed onto a name, ``_post_run_name``, cut
        '副局长叱' | '卢琛' by the surnames it knows). The post stays the row's own where the table
        has one, else it is the rank. One info a table."""
        # (the cheap test first: a word a rank or title ends with in the sheet, then a holder's
        # cell long enough to hold a title and a name)
        if (
            t.roles.get("person") is None
            or self.grid.lacks("长", "员", "主任", "书记", "会计", "出纳", "干部", "专干", "主管")
            or not any(len(rr.person) >= 5 for rr in rows)
        ):
            return
        first, changed = None, set()
        for rr in rows:
            if len(rr.person) < 5 or looks_like_name(rr.person):
                continue
            got = rank_glued_name(rr.person)
            if got is None:
                continue
            rank, name = got
            if not rr.title.strip():
                rr.title = rank
            first = first or (rr.cell("person"), rr.person, rank, name)
            changed.add(rr.person)  # (a cell merged over a person's rows: once)
            rr.person = name
        if first:
            self.issues.append(
                make_issue("HOLDER_RANK_GLUED", self.rel, self.grid.name, first[0],
                           value=first[1], field=first[3], count=str(len(changed)))
            )  # fmt: skip

    def _rank_glued_field(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column naming the post and its holder in one cell ('岗位人员', '岗位及人员': no 岗位
        column of its own) whose cells for the posts named for no one write the rank typed
        straight onto the post's line of work ('站长安全生产', '出纳现金收付', '主任文化宣传'): the
        whole cell is the post, held by no one named — not a rank and a name ('股长' | '安全生产',
        '出纳现' | '金收付': the field's first characters are a surname's). ``rank_then_field``
        says which; a rank typed onto a name ('股长王明', '副局长叱卢琛') and a post and a name a
        line each read as before. One info a table."""
        pc = t.roles.get("person")
        # (the cheap tests first: a holders' column but no post column, a cell long enough for a
        # rank and a field, then a word a field ends with in the sheet)
        if (
            pc is None
            or "title" in t.roles
            or not any(len(rr.person) >= 6 for rr in rows)
            or self.grid.lacks(*glued_field_words())
        ):
            return
        first, changed = None, set()
        for rr in rows:
            if len(rr.person) < 6 or rr.title.strip():
                continue
            cell = squeeze(rr.person)
            got = rank_then_field(cell)
            if got is None:
                continue
            rr.title, rr.person = cell, ""
            first = first or (rr.cell("person"), cell, *got)
            changed.add(cell)  # (a cell merged over a post's rows: once)
        if first:
            head = t.header[1].get(pc, "") if t.header else ""
            self.issues.append(
                make_issue("POST_RANK_GLUED_FIELD", self.rel, self.grid.name, first[0],
                           field=squeeze(head) or "岗位人员", value=first[1], rank=first[2],
                           work=first[3], count=str(len(changed)))
            )  # fmt: skip

    def _post_spaced_unlisted(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column naming the post and its holder in one cell ('岗位及人员', '岗位人员', '职务姓名':
        no 岗位 column of its own) whose cells write the post, a space (half- or full-width) and a
        holder of a surname no list holds ('镇长　大利稽珩', '副镇长 拓拔子墨', '站长　拓拔干'): the
        post is all before the space, the holder all after it, however long the name or whatever
        characters of posts' or work's words it holds — not the post typed onto a name, which
        squeezed the space out and cut at a listed surname ('镇长大' | '利稽珩') or found no cut
        and left the whole cell a holder with no post. ``post_spaced_unlisted_name`` says which; a
        name of a listed surname ('局长 王明', '会计　欧阳建设') or of three characters read so
        already, a field of work after the space ('主任　综合协调') and a post and a name a line
        each read as before. One info a table."""
        pc = t.roles.get("person")
        # (the cheap tests first: a holders' column but no post column, a word a post ends with
        # in the sheet, then a holder's cell with a space in it)
        if (
            pc is None
            or "title" in t.roles
            or self.grid.lacks("长", "员", "主任", "书记", "会计", "出纳", "干部", "专干", "主管")
            or not any(" " in rr.person or "\u3000" in rr.person for rr in rows)
        ):
            return
        first, changed = None, set()
        rest: list[RawRisk] = []  # (cells it took for no name: '会计　移剌长' by its 长)
        for rr in rows:
            if rr.title.strip() or (" " not in rr.person and "\u3000" not in rr.person):
                continue
            got = post_spaced_unlisted_name(rr.person)
            if got is None:
                rest.append(rr)
                continue
            if _post_run_name(rr.person.strip()) == got:
                continue  # ('护林员　拓拔琤': read so already)
            cell = rr.person.strip()
            rr.title, rr.person = got
            first = first or (rr.cell("person"), cell, *got)
            changed.add(cell)  # (a cell merged over a holder's rows: once)
        if first:
            head = t.header[1].get(pc, "") if t.header else ""
            self.issues.append(
                make_issue("HOLDER_AFTER_POST_SPACE", self.rel, self.grid.name, first[0],
                           field=squeeze(head) or "岗位人员", value=first[1], post=first[2],
                           person=first[3], count=str(len(changed)))
            )  # fmt: skip
        if rest:
            self._post_spaced_headed(t, rest)

    def _post_spaced_headed(self, t: _Table, rows: list[RawRisk]) -> None:
        """The cells of such a column (post, a space, a name) whose given name is a character that
        also writes a post, a 科室 or a duty ('会计　移剌长', '站长　尼庞古员', '主任　尼庞古科',
        '报账员 尼庞古师'), which ``post_spaced_unlisted_name`` took for no name and which were read
        whole as a holder with no post ('会计移剌长'): where the name's surname is that of another
        holder so written in a cell of the file ('镇长　尼庞古珩', '出纳 移剌任'), the post is all
        before the space and the holder all after it (``post_spaced_headed_name``). A post, a
        field of work or a vacancy after the space ('科员　安全员', '主任　综合协调') and a name of no
        surname held elsewhere read as before. One info a table."""
        # (the cheap tests first: a name's length after one space, no listed surname's, read as
        # a post or a 科室 — before the file's cells are looked at)
        split = [
            (rr, parts) for rr in rows
            if len(parts := rr.person.split()) == 2 and 3 <= len(parts[1]) <= 5
            and not looks_like_name(parts[1]) and (is_post(parts[1]) or _dept_like(parts[1]))
        ]  # fmt: skip
        if not split:
            return
        # the heads of the names after a post and a space in the file's cells (this sheet's too)
        frozen = self._file_spaced_heads()
        if not frozen:
            return
        first, changed = None, set()
        for rr, _parts in split:
            cell = rr.person.strip()
            got = post_spaced_headed_name(cell, frozen)
            if got is None:
                continue
            rr.title, rr.person = got
            surname = next(h for h in spaced_name_heads(got[1])[::-1] if h in frozen)
            first = first or (rr.cell("person"), cell, *got, surname)
            changed.add(cell)  # (a cell merged over a holder's rows: once)
        if first:
            pc = t.roles.get("person")
            head = t.header[1].get(pc, "") if t.header and pc is not None else ""
            self.issues.append(
                make_issue("HOLDER_NAME_WRITES_POST", self.rel, self.grid.name, first[0],
                           field=squeeze(head) or "岗位人员", value=first[1], post=first[2],
                           person=first[3], surname=first[4], count=str(len(changed)))
            )  # fmt: skip

    def _file_spaced_heads(self) -> frozenset[str]:
        """The heads (``spaced_name_heads``) of the names written after a post and a space, of a
        surname no list holds (``post_spaced_unlisted_name``), in the cells of the file — this
        sheet's and the others' ('镇长　尼庞古珩', '出纳 移剌任': 尼庞, 尼庞古, 移剌)."""
        return frozenset(h for name in self._file_spaced_names() for h in spaced_name_heads(name))

    def _file_spaced_names(self) -> frozenset[str]:
        """The names written after a post and a space, of a surname no list holds
        (``post_spaced_unlisted_name``), in the cells of the file — this sheet's and the others'
        ('镇长　尼庞古珩', '出纳 移剌任': 尼庞古珩, 移剌任)."""
        names: set[str] = set()
        grids = [self.grid] + [g for g in self.file_sheets if g is not self.grid]
        for grid in grids:
            if getattr(grid, "refused", False):
                continue
            for row in grid.rows:
                for v in row:
                    if (
                        isinstance(v, str)
                        and 5 <= len(v) <= 16
                        and (" " in v or "\u3000" in v)
                        and (got := post_spaced_unlisted_name(v)) is not None
                    ):
                        names.add(got[1])
        return frozenset(names)

    def _post_spaced_common(self, t: _Table, rows: list[RawRisk]) -> bool:
        """A column naming the post and its holder in one cell ('岗位及人员', '职务　姓名', '岗位人员':
        no 岗位 column of its own) whose cells write the post, a space (half- or full-width) and a
        holder of a COMMON surname and a one-character given name that also writes a post, a 科室
        or a duty ('会计　王长', '出纳 李员', '主任　张科', '站长 刘干': ``post_spaced_common_name``),
        which was read whole as a name with no post ('会计王长') or, where most of the column's
        holders are so named, set aside as a column of posts ('表头像是责任人,但内容是岗位或科室')
        with no holder at all. Where MORE THAN HALF of the column's filled cells are a post, a
        space and a name of any kind (``post_spaced_any_name``: '镇长　王珩', '副站长 李澜' count),
        such a cell is the post before the space and the holder after it; a column set aside is
        the holders' again, each of its cells so split. A post, a field, a duty or a place after
        the space ('科员　安全员', '股长 审核把关', '会计 城关镇', '干事 段长', '科员 高管'), a word of
        the table's own 科室 names ('科员 林政' on a 林政股's row) and a column only half so written
        read as before. One info a table. True where a column set aside is taken back (the table is
        a list of holders' forms now)."""
        # (the cheap tests first: no post column, a word a post ends with in the sheet, a name
        # of a common surname's length after a space somewhere)
        if (
            "title" in t.roles
            or not rows
            or self.grid.lacks("长", "员", "主任", "会计", "出纳", "主管", "干事", "专干")
        ):
            return False
        pc = t.roles.get("person")
        labels = t.header[1] if t.header else {}
        col = pc
        if pc is None:  # ('岗位及人员' set aside: '表头像是责任人,但内容是岗位或科室')
            cands = [
                c for c, v in labels.items()
                if t.col_role.get(c) == "other" and v
                and (h := heading_role(label_key(v))) is not None and h.role == "person"
            ]  # fmt: skip
            if len(cands) != 1:
                return False
            col = cands[0]
        merged = self.grid.merged_into if self.grid.merges else {}
        at = [merged.get((rr.row, col), (rr.row, col)) for rr in rows]
        cells: dict[tuple[int, int], str] = {}
        for a in at:
            if a not in cells:
                v = self.grid.get(*a)
                cells[a] = v.strip() if isinstance(v, str) else ""
        # the table's 科室 names: a word of one after the space is no holder ('科员 林政' on a
        # 林政股's row, '干事 石材' on a 石材管理股's)
        depts = {d for rr in rows if (d := squeeze(rr.department))}

        def common(v: str) -> tuple[str, str] | None:
            got = post_spaced_common_name(v)
            return None if got is None or any(got[1] in d for d in depts) else got

        if not any(common(v) for v in cells.values() if " " in v or "\u3000" in v):
            return False
        filled = [a for a, v in cells.items() if v]
        spaced = {
            a: got for a in filled
            if (got := post_spaced_any_name(cells[a])) is not None
            and (looks_like_name(got[1]) or common(cells[a]) is not None
                 or post_spaced_common_name(cells[a]) != got)
        }  # fmt: skip
        if len(spaced) < 2 or 2 * len(spaced) <= len(filled):
            return False
        first, changed = None, set()
        for rr, a in zip(rows, at, strict=True):
            got = spaced.get(a)
            if got is None:
                continue
            cell = cells[a]
            if pc is not None:
                if rr.title.strip() or common(cell) is None:
                    continue  # ('副站长 李澜': read so already)
                rr.title, rr.person = got
            else:
                rr.title, rr.person = got
                rr.cols = {**rr.cols, "person": col}
                if common(cell) is None:
                    continue  # ('镇长　王珩': split with the column, not this rule's kind)
            if looks_like_name(got[1]):
                continue  # ('镇长　王珩', '科员 赵师': a name any list reads, told of by none)
            first = first or (rr.cell("person"), cell, *got)
            changed.add(a)  # (a cell merged over a holder's rows: once)
        self._holders_column_said(t, col, pc is None, labels, "HOLDER_SPACED_COMMON_NAME",
                                  "岗位人员", first, len(changed))  # fmt: skip
        return pc is None

    def _post_spaced_in_posts_column(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column headed as post AND holder ('岗位及人员', '岗位（人员）', '职务及姓名') that the
        heading guess read as the POSTS' column because it is only half written — some cells a
        post alone ('副镇长', '会计', one over a blank cell), others the post, a space (half- or
        full-width) and the holder — whose post-space-name cells the posts' reading (``post_of``)
        kept whole as a post held by no one where the name is of a surname no list holds and
        holds a character of posts', 科室's or work's words ('站长　黑齿干', '出纳　斡准长',
        '主任　黑齿科', '报账员 斡准员'; a plain name, '镇长　斡准珩', was split off already). Such a
        cell is the post before the space and the holder all after it: a name
        ``post_spaced_unlisted_name`` takes ('黑齿干'), or one whose given name writes a post or a
        科室 where its surname is that of another holder so written in the file
        (``post_spaced_headed_name``, ``_file_spaced_names``: '斡准长' beside '斡准珩'); a word of
        four or five characters only where another holder of the file is of its surname
        (``holder_known``: '局长 经费报销' is a duty). A post alone stays a post held by no one; a
        field of work, a duty, a vacancy, a post, a 科室 or a place after the space ('科员　安全员',
        '主任　综合协调', '会计　暂缺', '站长 林业站', '组长 大寨组'), a name of no surname held
        elsewhere that no list reads, and a column headed as posts only ('岗位') read as before.
        One info a table."""
        tc = t.roles.get("title")
        # (the cheap tests first: a posts' column and no holders' one, a word a post ends with in
        # the sheet, a heading naming the holder too, then a cell of the column with a space)
        if (
            tc is None
            or "person" in t.roles
            or not rows
            or self.grid.lacks("长", "员", "主任", "会计", "出纳", "主管", "干事", "专干", "书记")
        ):
            return
        head = squeeze(t.header[1].get(tc, "")) if t.header else ""
        if not _HALF_NAMED_HEAD.search(head) or not _HALF_NAMED_POST.search(head):
            return
        spaced = [
            rr for rr in rows
            if not rr.person.strip() and (" " in rr.title.strip() or "\u3000" in rr.title)
        ]  # fmt: skip
        if not spaced:
            return
        plan: list[tuple[RawRisk, str, tuple[str, str]]] = []
        rest: list[tuple[RawRisk, str]] = []
        names: frozenset[str] | None = None
        for rr in spaced:
            text = rr.title.strip()
            if post_of("", "", text, "", "", "", "", "")[3]:
                continue  # ('出纳　斡准瑶': the posts' reading splits it already)
            got = post_spaced_unlisted_name(text)
            if got is None:
                rest.append((rr, text))
                continue
            if names is None:
                names = self._file_spaced_names()
            # (a name of four or five characters only where another holder of the file is of
            # its surname: '局长 经费报销' is a duty, no holder)
            if (
                not got[1].endswith(_PLACE_ENDS)
                and not _half_named_work(got[1])
                and holder_known(got[1], set(names))
            ):
                plan.append((rr, text, got))
        if rest:
            if names is None:
                names = self._file_spaced_names()
            heads = frozenset(h for name in names for h in spaced_name_heads(name))
            for rr, text in rest if heads else ():
                got = post_spaced_headed_name(text, heads)
                if (
                    got is not None
                    and not got[1].endswith(_PLACE_ENDS)
                    and not _half_named_work(got[1])
                ):
                    plan.append((rr, text, got))
        if not plan:
            return
        first, changed = None, set()
        for rr, text, got in sorted(plan, key=lambda x: x[0].row):
            rr.title, rr.person = got
            first = first or (rr.cell("title"), text, *got)
            changed.add(text)  # (a cell merged over a holder's rows: once)
        self.issues.append(
            make_issue("HOLDER_IN_HALF_NAMED_POSTS", self.rel, self.grid.name, first[0],
                       field=head or "岗位及人员", value=first[1], post=first[2], person=first[3],
                       count=str(len(changed)))
        )  # fmt: skip

    def _holders_column_said(
        self,
        t: _Table,
        col: int,
        taken_back: bool,
        labels: dict | None,
        code: str,
        field: str,
        first: tuple | None,
        count: int,
    ) -> None:
        """A holder-cell rule's ending: its column taken back as the holders' where the column
        guess had set it aside (its issues withdrawn), and its one info a table naming the first
        cell read (cell, text, post, holder) and how many cells."""
        if taken_back:
            t.col_role[col] = "person"
            t.roles["person"] = col
            self._withdraw_column_issues(col)
        if first:
            head = squeeze(labels.get(col, "")) if labels else ""
            self.issues.append(
                make_issue(code, self.rel, self.grid.name, first[0], field=head or field,
                           value=first[1], post=first[2], person=first[3], count=str(count))
            )  # fmt: skip

    def _holder_repeats_own_post(self, t: _Table, rows: list[RawRisk]) -> None:
        """A holders' column ('责任人', '岗位责任人', '责任人员') beside the list's own 岗位 column
        whose cells write the row's post again before the holder — after a space, full- or
        half-width, or typed straight on ('出纳　纳合澜', '局长　纳合珩', '报账员纳合主' on an 出纳's,
        a 局长's, a 报账员's row) — where the name is one the other rules do not take: a surname
        no list holds whose characters also write work (纳, 合: ``_named_after_post`` refused it,
        and the cell was read whole as a name, '出纳纳合澜'), or a given name that writes a post or
        a 科室 ('科员　纳合长', '主任　石盏科'), taken where its surname is that of another holder so
        written in the column or in the file (``spaced_name_heads``). The row's post is its own
        岗位, the holder the whole word after it. A column of such cells that the heading guess
        set aside ('表头像是责任人,但内容是岗位或科室') is the holders' again where most of its cells so
        read. A cell running its row's post on into a longer one ('出纳员李四' on an 出纳's row,
        '药剂师孙琳' on a 药剂's) names the holder after the longer post. A field of work, a
        vacancy or another post after the post, a cell not repeating its row's post and a name
        read so already are left as they were. One info a table."""
        tc = t.roles.get("title")
        # (the cheap tests first: a post column, a word a post ends with in the sheet)
        if (
            tc is None
            or not rows
            or self.grid.lacks(
                "长", "员", "主任", "书记", "会计", "出纳", "干部", "专干", "主管", "文书"
            )
        ):
            return
        pc = t.roles.get("person")
        labels = t.header[1] if t.header else {}
        col, texts = pc, None
        if pc is None:  # ('岗位责任人' set aside: '表头像是责任人,但内容是岗位或科室')
            cands = [
                c for c, v in labels.items()
                if c != tc and t.col_role.get(c) == "other" and v
                and (h := heading_role(label_key(v))) is not None and h.role == "person"
            ]  # fmt: skip
            if len(cands) != 1:
                return
            col = cands[0]
            merged = self.grid.merged_into if self.grid.merges else {}
            texts = [self.grid.get(*merged.get((rr.row, col), (rr.row, col))) for rr in rows]
        else:
            texts = [rr.person for rr in rows]
        # each row's (post, the word after it, spaced?) where its cell repeats its post
        after: dict[int, tuple[str, str]] = {}
        for i, (rr, text) in enumerate(zip(rows, texts, strict=True)):
            text = (text or "").strip()
            if not text or text[0] not in rr.title:
                continue  # (the cheap test first: a cell opening with its post opens with one of
                # the post's characters, ``squeeze`` taking out only spaces)
            post = squeeze(rr.title)
            if not post or "\n" in text or not text.startswith(post) or len(text) <= len(post):
                continue
            rest = text[len(post) :].strip()
            if (
                rest[0] in _LONGER_POST_ENDS
                and post[-1] not in _LONGER_POST_ENDS
                and rest[:2] not in COMPOUND_SURNAMES
            ):
                rest = rest[1:].strip()  # ('出纳员李四' on an 出纳's row: the longer post off)
            if _AFTER_POST_NAME.match(rest) and rest[0] not in _NOT_A_SURNAME_AFTER_POST:
                after[i] = (post, rest)
        if not after:
            return
        sure = {
            i for i, (_p, rest) in after.items()
            if _named_after_post(rest) or looks_like_name(rest) or unlisted_name_after_post(rest)
        }  # fmt: skip
        heads = {h for i in sure for h in spaced_name_heads(after[i][1])}
        doubtful = [i for i in after if i not in sure]
        if doubtful:
            heads |= self._file_spaced_heads()
        frozen = frozenset(heads)
        took = sure | {i for i in doubtful if headed_name_after_post(after[i][1], frozen)}
        if pc is None:
            # the column is the holders' only where most of its filled cells so read
            filled = {
                merged.get((rr.row, col), (rr.row, col))
                for rr, x in zip(rows, texts, strict=True) if (x or "").strip()
            }  # fmt: skip
            read = {merged.get((rows[i].row, col), (rows[i].row, col)) for i in took}
            if len(read) < 2 or 2 * len(read) < len(filled):
                return
        first, changed = None, set()
        for i in sorted(took):
            rr, (post, name) = rows[i], after[i]
            cell = texts[i].strip()
            if pc is not None:
                run = _post_run_name(cell)
                glued = rank_glued_name(cell)
                if (run is not None and run[1] == name) or (glued is not None and glued[1] == name):
                    continue  # ('会计 石盏珩', '股长石盏沅': read so already)
                rr.person = name
            else:
                rr.person, rr.cols = name, {**rr.cols, "person": col}
            first = first or (rr.cell("person"), cell, post, name)
            changed.add(cell)  # (a cell merged over a holder's rows: once)
        self._holders_column_said(t, col, pc is None, labels, "HOLDER_REPEATS_OWN_POST", "责任人",
                                  first, len(changed))  # fmt: skip

    def _dept_before_post_in_cell(self, t: _Table, rows: list[RawRisk]) -> None:
        """A column naming post and holder in one cell ('岗位人员', '岗位及人员': no 科室 column, and
        no other column for the post or for the holder) whose cells write the 科室 BEFORE the post
        and then the holder, after a space or typed straight on ('财务室出纳　徒单珂', '办公室主任
        温迪罕沅', '就业股股长徒单澈'): the 科室 is the row's department, the post its post, the rest
        its holder (``dept_post_name``) — not '财务室出纳' kept whole as the post, nor the cell
        whole as a post with no holder where the surname is one no list holds. Once a cell of
        the column so reads, a cell of it with no 科室 ('局长　徒单翀') is the post before the space
        and the name after it (``post_spaced_unlisted_name``). One info a table."""
        roles = t.roles
        # (the cheap tests first: no 科室 column, one column for post and holder, a cell long
        # enough for a 科室, a post and a name)
        if "department" in roles:
            return
        tc, pc = roles.get("title"), roles.get("person")
        if (tc is None) == (pc is None):
            return
        role = "title" if tc is not None else "person"
        col = tc if tc is not None else pc
        if not any(len(rr.title) + len(rr.person) >= 5 for rr in rows):
            return
        raw: dict[tuple[str, str], str] = {}
        for rr in rows:
            r = (rr.rows or {}).get(role, rr.row)
            text = self.grid.get(r, col).strip()
            if text:
                raw.setdefault((squeeze(rr.title), squeeze(rr.person)), text)
        readings = dept_post_names(list(raw.values()))
        if not readings:
            return
        names = {r[2] for r in readings.values()} | {
            pair[1] for x in raw.values() if (pair := post_spaced_unlisted_name(x))
        }
        first, changed, plan = None, set(), []
        for rr in rows:
            if rr.department.strip():
                continue
            text = raw.get((squeeze(rr.title), squeeze(rr.person)), "")
            if not text:
                continue
            got = readings.get(text)
            if got is None:
                pair = post_spaced_unlisted_name(text)
                if pair is None or (rr.title, rr.person) == pair:
                    continue
                if not holder_known(pair[1], names):
                    continue  # ('局长 预算编制': a duty, no holder; '局长 温迪罕沅' alone)
                got = ("", *pair)  # '局长　徒单翀' beside them: no 科室, the whole name
            elif (rr.department, rr.title, rr.person) == got:
                continue
            plan.append((rr, got))
            if got[0]:
                first = first or (rr.cell(role), text, *got)
                changed.add(text)  # (a cell merged over a holder's rows: once)
        # (only a column whose holders were lost: where each such cell reads as a post and a
        # name as it always did ('办公室主任　甄沐阳', '水资源股股长　钭星遥'), the 科室 stays in the post)
        from xlproc.locate_base import _post_and_name

        if not changed or all(_post_and_name(t) for t in changed):
            return
        for rr, got in plan:
            rr.department, rr.title, rr.person = got
        if first:
            head = t.header[1].get(col, "") if t.header else ""
            self.issues.append(
                make_issue("DEPT_BEFORE_POST_IN_HOLDER_CELL", self.rel, self.grid.name, first[0],
                           field=squeeze(head) or "岗位人员", value=first[1], dept=first[2],
                           post=first[3], person=first[4], count=str(len(changed)))
            )  # fmt: skip

    def _holders_by_surname_tag(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A point shared by the people of one cell listing several ('股长　郄昶崟⏎股员　夔洺翾'
        merged over a 股室's rows: ``_posts_listed_in_cell``, ``_shared_holders``) whose text
        closes with a bracket naming which of them carry it ('…凑数入库（郄）', '（郄、夔）'):
        each part the surname, surname and given-name initial, full name or post of exactly one
        of the row's listed people. The point goes to those named only, the bracket taken off
        (one info a table). A bracket naming none of them is the point's own text ('（含…）',
        '（重点）'); one whose parts name some but not each exactly one ('（郄、王）', '（郄）'
        beside two 郄) keeps all the row's holders, a warning at the cell. A labelled bracket
        ('（责任人：…）') and a row of one holder are read as before."""
        # (the cheap test first: some point closes with a bracket; the points joined first, in C)
        points = "".join(map(attrgetter("risk_point"), rows))
        if (
            len(rows) < 2
            or (")" not in points and "）" not in points)
            or not any(rr.risk_point.rstrip(" \u3000。.；;\n").endswith((")", "）")) for rr in rows)
        ):
            return rows
        groups: dict[tuple[int, int | None, str], list[RawRisk]] = {}
        for rr in rows:
            if rr.person and rr.risk_point:
                groups.setdefault((rr.row, rr.cols.get("person"), rr.risk_point), []).append(rr)
        drop: set[int] = set()
        tagged: list[RawRisk] = []
        labelled: list[RawRisk] = []  # (given by a bracket naming their labels: 'A岗', 'B岗')
        by_share: list[RawRisk] = []  # (… naming their shares' labels: '主办', '协办')
        if self._brackets_rank_points(rows):
            return rows  # (the table's brackets are its points' levels: '（高）', '（中）')
        for held in groups.values():
            people = {squeeze(rr.person) for rr in held}
            if len(people) < 2 or len(people) != len(held):
                continue
            m = _SURNAME_TAG_END.search(held[0].risk_point)
            if not m:
                continue
            if self._tag_is_level_or_type(m.group(1)):
                continue  # ('公务接待超标准（高）' beside 高明: a level word, no surname)
            parts = [x for x in _SURNAME_TAG_SPLIT.split(m.group(1)) if x]
            # 'A岗：甲⏎B岗：乙' beside '…（A岗）', '（B岗）', '（A、B岗）': the bracket names the label
            by_label = self._holders_by_label_tag(held, parts, m)
            if by_label is not None:
                if by_label:
                    keep = {id(rr) for rr in by_label}
                    point = held[0].risk_point[: m.start()].rstrip()
                    # ('主办：甲⏎协办：乙' beside '…（协办）': said as such, ``share_labels_tagged``)
                    shared = share_labels_tagged(self._label_cell_text(held[0]), held[0].risk_point)
                    for rr in held:
                        if id(rr) in keep:
                            rr.risk_point = point
                            (by_share if shared else labelled).append(rr)
                        else:
                            drop.add(id(rr))
                continue
            if not parts or not all(_SURNAME_TAG_PART.match(x) for x in parts):
                continue
            whose = [
                [
                    rr
                    for rr in held
                    if (n := squeeze(rr.person)) == x
                    or (len(x) < len(n) and n.startswith(x))
                    or (x == squeeze(rr.title) and not looks_like_name(x))
                ]
                for x in parts
            ]
            if not any(whose):
                continue  # ('（重点）', '（含村级）': the point's own words)
            if not all(len(w) == 1 for w in whose):
                at = held[0].cell("risk_point")
                if not any(  # (the table's rows are looked at again after ``_shared_holders``)
                    i.code == "HOLDER_SURNAME_TAG_UNCLEAR"
                    and i.cell == at
                    and i.source_sheet == self.grid.name
                    for i in self.issues
                ):
                    self.issues.append(
                        make_issue("HOLDER_SURNAME_TAG_UNCLEAR", self.rel, self.grid.name, at,
                                   value=m.group(0).strip(),
                                   other="、".join(squeeze(rr.person) for rr in held))
                    )  # fmt: skip
                continue
            keep = {id(w[0]) for w in whose}
            point = held[0].risk_point[: m.start()].rstrip()
            for rr in held:
                if id(rr) in keep:
                    rr.risk_point = point
                    tagged.append(rr)
                else:
                    drop.add(id(rr))
        if labelled:
            first = min(labelled, key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_BY_LABEL_TAG", self.rel, self.grid.name,
                           first.cell("risk_point"), value=first.risk_point.replace("\n", "⏎"),
                           count=str(len({rr.row for rr in labelled})))
            )  # fmt: skip
        if by_share:
            first = min(by_share, key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_BY_SHARE_TAG", self.rel, self.grid.name,
                           first.cell("risk_point"), value=first.risk_point.replace("\n", "⏎"),
                           other=self._label_cell_text(first).strip().replace("\n", "⏎"),
                           count=str(len({rr.row for rr in by_share})))
            )  # fmt: skip
        if not tagged and not labelled and not by_share:
            return rows
        if tagged:
            first = min(tagged, key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_BY_SURNAME_TAG", self.rel, self.grid.name,
                           first.cell("risk_point"), value=first.risk_point.replace("\n", "⏎"),
                           count=str(len({rr.row for rr in tagged})))
            )  # fmt: skip
        self.seen -= len(drop)  # (a point held by two counted once per holder)
        return [rr for rr in rows if id(rr) not in drop]

    def _label_cell_text(self, rr: RawRisk) -> str:
        """The text of the row's holders' cell as typed, a merged cell's own ('A岗：甲⏎B岗：乙'), or
        of its post's cell where it has no holder column ('前台：收费员　甲'); '' where none."""
        c = rr.cols.get("person", rr.cols.get("title"))
        if c is None:
            return ""
        merged = self.grid.merged_into if self.grid.merges else {}
        return self.grid.get(*merged.get((rr.row, c), (rr.row, c))) or ""

    def _holders_by_label_tag(
        self, held: list[RawRisk], parts: list[str], m: re.Match
    ) -> list[RawRisk] | None:
        """Of the people ``held`` of one point, listed in their cell each under a label ('A岗：
        甲⏎B岗：乙', 'A角：…⏎B角：…', '前台：…⏎后台：…'), those the point's closing bracket names
        by label (``parts``: 'A岗'; 'A'、'B岗' and 'AB岗' name both, the labels' common ending
        said once). None when the cell labels them not so, or the bracket names no label (read
        as before: a surname, '（重点）'); [] when it names a label and also something that is
        none of the cell's, or no one (all keep the point: a warning at the cell)."""
        if not parts:
            return None
        text = self._label_cell_text(held[0])
        if not text or ("：" not in text and ":" not in text):
            return None  # (the cheap test: no label in the holders' cell)
        lines = [  # (label, what follows it: a name, or a post and a name)
            (_fold_label(lm.group(1)), squeeze(lm.group(2)))
            for line in re.split(r"[\n；;]", text)
            if (lm := _HOLDER_LABEL_LINE.match(line))
        ]
        people: dict[int, str | None] = {}
        for rr in held:
            name = squeeze(rr.person)
            found = {lb for lb, said in lines if name and said.endswith(name)}
            people[id(rr)] = found.pop() if len(found) == 1 else None
        labels = set(people.values())
        if None in labels or len(labels) != len(held):
            return None  # (not one label a holder)
        tail = _common_tail(labels)
        named: list[str] = []
        unknown = False
        for x in (_fold_label(p) for p in parts):
            if x in labels:
                named.append(x)
            elif tail and x + tail in labels:
                named.append(x + tail)
            elif tail and x.endswith(tail) and all(ch + tail in labels for ch in x[: -len(tail)]):
                named += [ch + tail for ch in x[: -len(tail)]]  # ('AB岗': both)
            else:
                unknown = True
        if not named:
            return None
        if unknown:
            at = held[0].cell("risk_point")
            if not any(
                i.code == "HOLDER_LABEL_TAG_UNCLEAR"
                and i.cell == at
                and i.source_sheet == self.grid.name
                for i in self.issues
            ):
                self.issues.append(
                    make_issue("HOLDER_LABEL_TAG_UNCLEAR", self.rel, self.grid.name, at,
                               value=m.group(0).strip(),
                               other="、".join(f"{people[id(rr)]}：{squeeze(rr.person)}"
                                              for rr in held))
                )  # fmt: skip
            return []
        for rr in held:  # ('前台：收费员' read as the post: the label is none of it)
            lm = _HOLDER_LABEL_LINE.match(rr.title) if rr.title else None
            if lm and _fold_label(lm.group(1)) == people[id(rr)]:
                rr.title = lm.group(2).strip()
        return [rr for rr in held if people[id(rr)] in named]

    def _tag_is_level_or_type(self, said: str) -> bool:
        """A bracket's whole content a level word ('高', '中', '一级', '较高') or a type word
        (``config.level``, ``config.types``): never a surname tag."""
        said = squeeze(said)
        if not said:
            return False
        if self.config.level(said):
            return True
        known, unknown = self.config.types(said)
        return bool(known) and not unknown

    def _brackets_rank_points(self, rows: list[RawRisk]) -> bool:
        """The closing brackets of the table's points, those of the rows not naming one of
        their holders, are level or type words ('…（中）', '…（低）'): so is every one of the
        table's, none a surname tag."""
        said = set()
        for rr in rows:
            if rr.risk_point and (m := _SURNAME_TAG_END.search(rr.risk_point)):
                said.add(squeeze(m.group(1)))
        ranked = {x for x in said if self._tag_is_level_or_type(x)}
        return bool(ranked) and len(ranked) * 2 >= len(said) and len(ranked) >= 2

    def _holders_with_own_levels(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk] | None:
        """A holders' cell of a point listing one holder a line, each line closing with that
        holder's own level of the point in a bracket ('主任　池翊岚（一级）⏎代理会计　双霁珩（二级）',
        '郜蔓菁（高）、仉望舒（中）'), under a heading naming a holder ('责任岗位及责任人（风险
        等级）', '责任人及风险等级') and beside no filled level column: the point is each listed
        holder's (one copy a holder, his post the one written before him, if any) at the level
        in his bracket, one info a table. None (read as before) unless every filled cell of the
        column is such lines and at least half of them bracket a level on every line: a bracket
        of a 科室 ('某某（办公室）'), a date or a rank is no level; a filled level column's levels
        are the rows' own."""
        if not rows or not t.header:
            return None
        srows, labels = self.sh.rows, t.header[1]
        sample = rows if len(rows) <= 60 else rows[:10] + rows[10::50]
        pc, tc, lc = t.roles.get("person"), t.roles.get("title"), t.roles.get("risk_level")
        for c, label in labels.items():
            # (the cheap tests first: a holder's heading, then a line of a sampled row's cell
            # closing in a bracket; '备注', '风险点（…）' are read as before)
            if t.col_role.get(c) not in _OWN_LEVEL_ROLES or not label:
                continue
            key = label_key(label)
            if not _OWN_LEVEL_HOLDER_HEAD.search(key) or not any(
                c < len(srows[rr.row]) and _OWN_LEVEL_LINE_END.search(srows[rr.row][c])
                for rr in sample
            ):
                continue
            if pc is not None and pc != c:
                continue  # (the rows' holder is another column's)
            if lc is not None and lc != c and any(rr.risk_level.strip() for rr in rows):
                continue  # (a level column filled: the rows' levels are its own)
            merged = self.grid.merged_into if self.grid.merges else {}
            at_row = [merged.get((rr.row, c), (rr.row, c)) for rr in rows]
            texts = {at: self.grid.get(*at).strip() for at in dict.fromkeys(at_row)}
            # (under a heading naming no level, '（中级）' is the holder's rank)
            ranks = not _OWN_LEVEL_HEAD_LEVEL.search(key)
            held = {at: self._own_level_lines(x, ranks) for at, x in texts.items() if x}
            if not held or not all(got is None or got for got in held.values()):
                continue  # (not wholly holders' lines: read as before)
            # (a cell whose holder's bracket is no level, '阚澄宇（2025年调入）', is read as
            # before, its level missing: it does not turn the rule off for the other rows)
            graded = sum(bool(got) and all(lv for _p, _n, lv in got) for got in held.values())
            if not graded or 2 * graded < len(held):
                continue
            unread = {at for at, got in held.items() if got is None}
            out: list[RawRisk] = []
            for rr, at in zip(rows, at_row, strict=True):
                got = held.get(at)
                if not got:
                    if at in unread and rr.cols.get("risk_level") == c:
                        rr.risk_level = ""  # (its bracket no level: the row's level missing)
                    out.append(rr)
                    continue
                for post, name, lv in got:
                    cols = {**rr.cols, "person": c, **({"risk_level": c} if lv else {})}
                    if post:
                        cols["title"] = c
                    out.append(
                        replace(rr, title=post or (rr.title if c != tc else ""), person=name,
                                risk_level=lv or rr.risk_level, cols=cols)
                    )  # fmt: skip
            t.col_role[c] = "person"
            t.roles["person"] = c
            if tc == c:
                del t.roles["title"]
            if lc == c:
                del t.roles["risk_level"]
            self._withdraw_column_issues(c, ("COLUMN_GUESSED", "LEVEL_IN_REMARKS"))
            first = min(at for at, got in held.items() if got and all(lv for _p, _n, lv in got))
            self.issues.append(
                make_issue("HOLDERS_WITH_OWN_LEVELS", self.rel, self.grid.name, cell_ref(*first),
                           field=squeeze(label) or "责任人", value=texts[first].replace("\n", "⏎"))
            )  # fmt: skip
            self.seen += len(out) - len(rows)  # (a point held by two counts once per holder)
            return out
        return None

    def _own_level_lines(self, cell: str, ranks: bool) -> list[tuple[str, str, str]] | None:
        """The holders of a cell of ``_holders_with_own_levels``, one a line (or one a closing
        bracket: '甲（高）、乙（中）') → [(post or '', name, level or '')]; [] unless every part is
        one holder, named alone or after his one post, his level a bracket closing it or none;
        None when they are but a bracket closing one is no level ('某某（办公室）', '（2025.3
        起）'): the cell is read as before. With ``ranks`` (a heading naming no level) '（中级）',
        '（高级）' are his rank: no level."""
        got: list[tuple[str, str, str]] = []
        nolevel = False
        for part in _OWN_LEVEL_PARTS.split(cell):
            part = part.strip(" \u3000\n、,，;；")
            if not part:
                continue
            lv = ""
            m = _OWN_LEVEL_TAIL.match(part)
            if m:
                said = squeeze(m.group(2))
                if (ranks and said in _OWN_LEVEL_RANKS) or not self.config.level(said):
                    nolevel = True  # ('某某（办公室）', '（2025.3起）': no level)
                    part = m.group(1).strip()
                else:
                    part, lv = m.group(1).strip(), squeeze(m.group(2))
            elif "（" in part or "(" in part:
                return []
            name = squeeze(part)
            if looks_like_name(name):
                got.append(("", name, lv))
                continue
            pairs = listed_holders(part)
            if len(pairs) != 1:
                return []  # (two holders before one bracket: whose level, the cell does not say)
            got.append((pairs[0][0], pairs[0][1], lv))
        return None if nolevel and got else got

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
        beside the rows' posts lists no post). A point cell of as many whole lines as the holders
        listed gives each his own line (``_own_point_lines``: '主任　甲⏎验船师　乙' beside two
        points and '★★★⏎★★'), said once."""
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
        lined: list[RawRisk] = []  # rows whose point lines are each listed holder's own
        in_line: list[RawRisk] = []  # rows whose one-line level cell lists a level a holder
        by_lines: list[bool] = []
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
                in_order = _levels_in_order(rr.risk_level) if "\n" in rr.risk_level else []
                own = (
                    _own_point_lines(rr, len(pairs), in_order, rows, by_lines)
                    if "\n" in rr.risk_point
                    else None
                )
                if own is not None:  # ('主任　甲⏎验船师　乙' beside two points a line each)
                    lined.append(rr)
                    out += [
                        replace(rr, title=p, person=n, cols=cols, risk_point=x, measures=m,
                                risk_type=ty, risk_level=in_order[i] if in_order else rr.risk_level)
                        for i, ((p, n), x, m, ty) in enumerate(zip(pairs, *own, strict=True))
                    ]  # fmt: skip
                    continue
                levels = self._listed_levels(rr, pairs, in_line)
                types = (
                    _types_listed(rr.risk_type, rr.risk_level, len(pairs))
                    if in_line and in_line[-1] is rr
                    else []
                )
                out += [
                    replace(rr, title=p, person=n, cols=cols, risk_level=lv or rr.risk_level,
                            risk_type=types[i] if types else rr.risk_type)
                    for i, ((p, n), lv) in enumerate(
                        zip(pairs, levels or [""] * len(pairs), strict=True)
                    )
                ]  # fmt: skip
        if lined:  # said once per table
            self.issues.append(
                make_issue("HOLDER_POINT_LINES_PAIRED", self.rel, self.grid.name,
                           lined[0].cell("risk_point"), count=str(len(lined)),
                           value=lined[0].risk_point.strip().replace("\n", "⏎"))
            )  # fmt: skip
        if in_line:  # '一级、二级' beside '站长　甲、会计　乙': said once per table
            self.issues.append(
                make_issue("HOLDER_LEVELS_LISTED", self.rel, self.grid.name,
                           in_line[0].cell("risk_level"), count=str(len(in_line)),
                           value=in_line[0].risk_level.strip())
            )  # fmt: skip
        return out

    def _listed_levels(
        self, rr: RawRisk, pairs: tuple[tuple[str, str], ...], in_line: list[RawRisk]
    ) -> list[str]:
        """The level of each holder a point's cell lists, in its order, from a level cell giving
        them one a line ('副主任：二级⏎采购员：一级' by post, ``_levels_by_post``; '一级⏎二级' by
        order, a note may say so); [] for one level, every holder's. Bare lines not as many as
        the holders give each the first and a warning (which is whose, the cell does not say).
        A cell listing them on one line ('一级、二级', ``_levels_listed``) pairs by order alike
        (its row appended to ``in_line``); listing more or fewer, it is left as written (the level
        unread) and the sender told."""
        if "\n" not in rr.risk_level:
            listed = _levels_listed(rr.risk_level) if len(pairs) >= 2 else []
            if not listed:
                return []  # (the common case: one level)
            if len(listed) == len(pairs):
                in_line.append(rr)
                return listed
            self.issues.append(
                make_issue("HOLDER_LEVELS_LISTED_UNPAIRED", self.rel, self.grid.name,
                           rr.cell("risk_level"), value=rr.risk_level.strip(),
                           count=str(len(pairs)))
            )  # fmt: skip
            return []
        by_post = _levels_by_post(rr.risk_level)
        if by_post:
            return [by_post.get(squeeze(p), "") for p, _n in pairs]
        lines = _levels_in_order(rr.risk_level)
        if not lines or len(lines) == len(pairs):
            return lines
        self.issues.append(
            make_issue("HOLDER_LEVELS_UNPAIRED", self.rel, self.grid.name, rr.cell("risk_level"),
                       value=rr.risk_level.strip().replace("\n", "⏎"), count=str(len(pairs)))
        )  # fmt: skip
        return [lines[0]] * len(pairs)

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
            # (the column is the holder's, whatever its contents looked like)
            self._withdraw_column_issues(c)
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

    def _holders_head(self, r: int) -> bool:
        """Row ``r`` is a row of headings naming a holder ('工作事项 | 责任岗位 | 责任人', '序号 |
        姓名 | 职务'): under a list naming no holder of its own (one form, no 科室/岗位/姓名
        column), a table of who holds what, not more of its rows (``_small_table_head`` decides)."""
        sh = self.sh
        if r >= len(sh.rows):
            return False
        heads = [heading_role(sh.key(r, c)) for c in sh.nonempty(r)]
        return any(
            h is not None and h.strength >= 2 and h.role in ("title", "person") for h in heads
        )

    def _raci_unheld(self, r: int, row: list[str], t: _Table) -> None:
        """A RACI chart's row with no holder's letter ('A | C | I | I', no 'R'): no holder, a
        warning at its first holder cell (a row of no letters at all is no row of the chart)."""
        cols = sorted(t.post_ticks)
        said = [row[c].strip() if c < len(row) else "" for c in cols]
        if not any(said):
            return
        self.issues.append(
            make_issue("HOLDERS_RACI_NONE", self.rel, self.grid.name, cell_ref(r, cols[0]),
                       value="、".join(sorted(t.raci_owners)), other=" | ".join(v or "—" for v in said))
        )  # fmt: skip

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

    def _name_down_cells(self, t: _Table, next_h: int) -> None:
        """A narrow 姓名 column, not merged, giving each holder's name ONE CHARACTER A CELL down
        his block ('佘', '翀', '岍' under '站长' merged over the three rows), so the printed sheet
        shows it upright: the characters down each block are one name, written on each of its
        rows (a block longer than the name, its last cells blank, is his too). The blocks are the
        post's (or 科室's) merged runs, or its runs of one value where nothing is merged. Only
        where (nearly) every filled cell of the column is one Han character and every block's
        characters join into a name beginning with a surname; else nothing is changed."""
        roles, sh = t.roles, self.sh
        nc = roles["person"]
        rows = sh.rows
        # (the cheapest test first, where every row reaches the column: the cells counted by
        # value in C, each distinct value looked at once; the same counts as the lists below)
        block = rows[t.start : next_h]
        if block and min(map(len, block)) > nc:
            counts = Counter(map(itemgetter(nc), block))
            n_filled = len(block) - counts.get("", 0)
            n_single = sum(n for v, n in counts.items() if v and len(v.strip()) == 1)
            if n_single < 2 or n_single * 5 < n_filled * 4:
                return
        filled = [r for r in range(t.start, next_h) if nc < len(rows[r]) and rows[r][nc]]
        single = [r for r in filled if len(rows[r][nc].strip()) == 1]
        # (the cheap test first: most names are whole)
        if len(single) < 2 or len(single) * 5 < len(filled) * 4:
            return
        if not all("\u4e00" <= rows[r][nc].strip() <= "\u9fff" for r in single):
            return  # '√', '○': ticks, no name
        keys = [roles[x] for x in ("title", "department") if x in roles]
        tops = {
            (r0, c0)
            for r0, c0, r1, c1 in self.grid.merges or ()
            if c0 == c1 and c0 in keys and r1 > r0 and t.start <= r0 < next_h
        }
        if not tops and len(single) != len(filled):
            return  # nothing merged beside it: every filled cell one character
        starts = []
        for r in range(t.start, next_h):
            row = rows[r]
            for c in keys:
                v = row[c].strip() if c < len(row) else ""
                above = rows[r - 1][c].strip() if r > t.start and c < len(rows[r - 1]) else ""
                if v and ((r, c) in tops or v != above):
                    starts.append(r)
                    break
        if not starts:
            return
        joined: list[tuple[list[int], str]] = []  # each block's rows, its name
        for a, b in zip(starts, [*starts[1:], next_h], strict=True):
            block = [x for x in range(a, b) if sh.kind(x) == "other"]
            chars = [x for x in block if nc < len(rows[x]) and rows[x][nc]]
            if not chars or all(len(rows[x][nc].strip()) > 1 for x in chars):
                continue  # no name, or a whole one: as it is read
            name = "".join(rows[x][nc].strip() for x in chars)
            if (
                not 2 <= len(name) <= 4
                or len(chars) != len(name)
                or not starts_with_surname(name)
                # ('王', '王', '王': one holder's short name on each row; '王', '李': two holders'
                # surnames in one block — a name of surnames only is none of these)
                or all(starts_with_surname(ch) for ch in name)
                # (four characters: two holders' two-character names in one block, '祁澜郗沐',
                # unless a compound surname leads, '欧阳澍翀')
                or (len(name) == 4 and name[:2] not in COMPOUND_SURNAMES)
                or not looks_like_name(name)
                or is_post(name)
            ):
                return  # ('是', '是', '是'; two holders' characters in one block): no name
            joined.append((block, name))
        if not joined or not set(single) <= {x for block, _n in joined for x in block}:
            return  # (a character above the first block: no holder's block to join it in)
        for block, name in joined:
            for x in block:
                row = rows[x]
                if nc < len(row):
                    row[nc] = name
        first = joined[0][0][0]
        self.issues.append(
            make_issue("NAME_DOWN_CELLS", self.rel, self.grid.name, cell_ref(first, nc),
                       value="、".join(name for _b, name in joined))
        )  # fmt: skip

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
        self, rows: list[int], is_head: Callable[[str], bool], is_code: re.Pattern, grid=None
    ) -> tuple[int, int, dict[str, list[tuple[str, str, str]]], set[int]] | None:
        """A small table of codes among ``rows`` ('岗位编号 | 科室 | 岗位 | 姓名', '代号 | 股室 | 岗位 |
        姓名' over one row a code): its header row, code column, code → every (科室, post, holder)
        given it (a code given twice keeps both: the caller decides) and its rows with the caption
        over it. Shared by the post tables keyed like the risk table's code column and the
        legends of a holder column's codes. ``grid``: another sheet of the file to look on."""
        sh = self.sh if grid is None else _Sheet(grid)
        grid = self.grid if grid is None else grid
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
            merged = grid.merged_into if grid.merges else {}
            for x in rows:
                if x <= r:
                    continue
                row = sh.rows[x]
                code = squeeze(row[at]) if at < len(row) else ""
                if not is_code.match(code):
                    if sh.nonempty(x):
                        break
                    continue
                given = []
                for k in ("department", "title", "person"):
                    c = ids.get(k)
                    if c is None:
                        given.append("")
                        continue
                    top = merged.get((x, c), (x, c))  # ('资源管理股' merged down over its members)
                    if top[0] <= r:
                        top = (x, c)  # (a merge from over the table's header is no member's)
                    src = sh.rows[top[0]]
                    given.append(squeeze(src[top[1]]) if top[1] < len(src) else "")
                out.setdefault(code.upper(), []).append(tuple(given))  # type: ignore[arg-type]
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

    def _prefix_code_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list with no 科室, post or holder column whose risk codes begin with a post's code
        ('风险编码 | 廉政风险点 | …' over 'S01-1', 'G02-2'; or 'A1', 'A2' where 'A' is listed) and a
        table of those codes under or above it ('岗位代码 | 所在股室 | 岗　位 | 责任人' over 'S01 |
        所领导 | 所长 | 张三'): the code table's rows with its caption ('岗位代码对照表'), no rows of
        the list (``_holder_codes`` then reads each row's holder by its code's prefix). Else a
        column of holders' staff numbers keyed by a table (``_staff_number_rows``)."""
        if not t.header:
            return set()
        if _NO_PREFIX_ROLES & t.roles.keys():  # (names its holders, or numbers, or duties)
            return self._staff_number_rows(t, above, next_h) or self._duty_number_rows(
                t, above, next_h
            )
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
        return self._staff_number_rows(t, above, next_h) or self._duty_number_rows(t, above, next_h)

    def _staff_number_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list whose holders are named only by staff numbers ('责任人编号 | SJ2501', 'SJ2502、
        SJ2503' — one or several a cell) and a key table of those numbers under or above it
        ('人员编号 | 姓名 | 职务', 科室 optional): the column (``t.staff_numbers``, read by
        ``_holder_codes``) and the key table's rows with its caption ('人员编号对照'), no rows of
        the list. The column is one headed as a code ('责任人编号', '人员代码') whose numbers the
        table lists, or any other holder-like column whose every number it lists ('责任人 |
        SJ2501') most of whose numbers it lists (the rest warned); a table of other codes ('科室
        代码 | 科室名称') or none, or a list naming its holders ('责任人 | 仉晴岚'), as read."""
        sh = self.sh
        labels = t.header[1] if t.header else {}
        pc = t.roles.get("person")
        if pc is not None:
            said: list[str] = []  # (the first three: 50,000 rows are not read through)
            for x in range(t.start, next_h):
                if v := _staff_cell(sh, x, pc):
                    said.append(v)
                    if len(said) == 3:
                        break
            if any(not _STAFF_NOS.match(v) for v in said):
                return set()  # ('责任人 | 仉晴岚': names its holders; numbers beside are no key)
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
            if not headed and (len(set(listed_nos)) < 2 or 2 * len(listed_nos) <= len(nos)):
                continue  # (not headed as numbers: most numbers must be the table's; the rest warned)
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

    def _duty_number_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list with no post or holder column whose '对应职责' cells cite duties by number
        ('职责1、职责2、职责6', '1、3', '第2项') and a duties table above or under it on the sheet
        ('职责序号 | 岗位职责 | 岗位 | 姓名', one row a duty, a holder of several duties on several
        rows): the citing column (``t.duty_numbers``, read by ``_holders_by_duty_numbers``) and
        the duties table's rows with its caption ('一、岗位职责'), no rows of the list nor a
        holder of the sheet. A '对应职责' column of words ('低保审核') is the points' duty text,
        and a duties table naming no holder, or none of whose numbers the list cites, is no key.
        Ranges cite each number ('职责1-2', '第2至4项'); the table's keys may read '职责1'; a sheet
        with no duties table looks on the file's other sheets ('岗位职责': ``t.duty_sheet``)."""
        if "title" in t.roles or "person" in t.roles or not t.header:
            return set()
        sh = self.sh
        col = None
        by_post = False
        for c, k in t.header[1].items():
            if not k or t.col_role.get(c) not in _DUTY_CITE_ROLES:
                continue
            by_post = bool(_POST_CITE_HEAD.match(re.sub(r"[()（）]", "", squeeze(k))))
            if not by_post and not _DUTY_CITE_HEAD.search(squeeze(k)):
                continue  # (the cheap test: no column headed as duties or as a roster's numbers)
            vals = [
                v
                for x in range(t.start, next_h)
                if (v := squeeze(sh.rows[x][c]) if c < len(sh.rows[x]) else "")
            ][:3]
            if vals and all(_DUTY_CITES.match(v) for v in vals):
                col = c
                break
        if col is None:
            return set()
        # above the list, else under its heading (the list's own rows are no duties: they end
        # a table above, and one under begins at its own heading)
        key_head = _DUTY_KEY_HEAD.match
        if by_post:  # (a roster's own column may be headed as the list's: '岗位序号')

            def key_head(v: str) -> bool:
                return bool(
                    _DUTY_KEY_HEAD.match(v) or _POST_CITE_HEAD.match(re.sub(r"[()（）]", "", v))
                )

        got = self._code_rows(
            list(range(min(above, default=t.row), t.row)), key_head, _DUTY_KEY
        ) or self._code_rows(list(range(t.start, next_h)), key_head, _DUTY_KEY)

        def cited(upto: int) -> set[int]:
            return {
                n
                for x in range(t.start, upto)
                for n in duty_numbers_cited(
                    squeeze(sh.rows[x][col]) if col < len(sh.rows[x]) else ""
                )
            }

        if got is not None:
            # (a table under the list: the cells citing above it)
            key = self._duty_key(sh, got, cited(got[0] if got[0] > t.row else next_h), by_post)
            if key is None:
                return set()
            r, at, duties, used = key
            t.duty_numbers = (col, (r, at), duties)
            t.duty_by_post = by_post
            return used
        # none on the sheet: a sheet of its own ('岗位职责': 职责序号 | 岗位职责 | 岗位 | 姓名)
        for grid in self.file_sheets:
            if grid is self.grid or grid.refused or not grid.rows:
                continue
            other = _Sheet(grid)
            rows = list(range(min(len(other.rows), 200)))
            got = self._code_rows(rows, key_head, _DUTY_KEY, grid)
            if (
                got is not None
                and (key := self._duty_key(other, got, cited(next_h), by_post)) is not None
            ):
                r, at, duties, _used = key
                t.duty_numbers = (col, (r, at), duties)
                t.duty_sheet = grid.name
                t.duty_by_post = by_post
                return set()  # (no row of this sheet)
        return set()

    @staticmethod
    def _duty_key(sh, got, cited: set[int], by_post: bool = False):
        """A table ``_code_rows`` found as the duties the list cites by number: (its header row,
        number column, number → every (科室, post, holder) of it, its rows), else None.
        ``by_post``: the list cites a roster's rows ('岗位序号'): a roster ('序号 | 岗位 | 姓名')
        is the key, a duties table too."""
        r, at, listed, used = got
        if (
            not by_post
            and not any("职责" in squeeze(v) for c, v in enumerate(sh.rows[r]) if c != at)
            and not (_DUTY_CITE_HEAD.search(sh.key(r, at)))
        ):
            return None  # ('序号 | 岗位 | 姓名', a roster: its numbers are no duties')
        duties = {
            int(re.sub(r"\D", "", k)): [v for v in vs if v[1] or v[2]] for k, vs in listed.items()
        }  # ('职责1' keys the first duty as '1' does)
        if not cited & {k for k, v in duties.items() if v}:
            return None  # (its numbers cite no duty of the table, or one of no holder)
        return r, at, duties, used

    def _holders_by_measure_lines(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A list with no 科室, post or 姓名 column whose measures cell writes, one a line, each
        holder and his own measure ('通关协调股　股长　凌琭蘅：协调事项登记台账…⏎中心主任　凌甯羲：
        每月抽查…', '防控措施（分解到人）'): the row's point of every holder opening a line (his 科室
        and post as the line writes them), with that line's measure as his, a copy each, one info
        for the table. Only where the heading says '分解到人'/'到岗'/'到人' and half the filled cells
        are so lined, or two thirds of them are; numbered lines ('1.…⏎2.…'), a '责任人：' bracket
        and a post alone ('局长：审批把关') open no holder, so such tables are read as before — save
        where every line opens with a post alone and the heading says '到岗': the posts hold it, no
        person. A line opening with no holder among the holders' lines: the row's point stays with
        those read, a warning at the cell; a line with no colon goes on the measure above it."""
        c = t.roles["measures"]
        sh, merged = self.sh, self.grid.merged_into
        if not any(
            ":" in v[:24] or "：" in v[:24]
            for rr in rows[:12]
            if c < len(sh.rows[rr.row]) and (v := sh.rows[rr.row][c])
        ):
            return rows  # (the cheap test first: a colon where a holder's head would end)
        cells: list[tuple[RawRisk, int, int, list[tuple[str, tuple[str, str, str] | None]]]] = []
        filled = named = posted = 0
        for rr in rows:
            x, d = merged.get((rr.row, c), (rr.row, c))
            text = sh.rows[x][d].strip() if d < len(sh.rows[x]) else ""
            if not text or text in _NOTHING:
                cells.append((rr, x, d, []))
                continue
            filled += 1
            lines = _measure_holder_lines(text)
            cells.append((rr, x, d, lines))
            if lines and lines[0][1] is not None:
                if lines[0][1][2]:
                    named += 1
                elif all(h is not None and not h[2] for _m, h in lines):
                    posted += 1
        head = squeeze(t.header[1].get(c, "")) if t.header else ""
        said = _MEASURES_SPLIT_HEAD.search(head)
        if (named and said and 2 * named >= filled) or (named >= 2 and 3 * named >= 2 * filled):
            by_post = False
        elif posted == filled >= 2 and said and "岗" in said.group(0):
            by_post = True  # ('防控措施（分解到岗）' over '局长：…⏎出纳：…' only: the posts hold)
        else:
            return rows
        out: list[RawRisk] = []
        picked = 0
        holders: set[tuple[str, str, str]] = set()
        for rr, x, d, lines in cells:
            held = [(m, h) for m, h in lines if h is not None and (by_post or h[2])]
            if not held:
                out.append(rr)  # (a row whose cell opens with no holder: as read)
                continue
            picked += 1
            unread = [m for m, h in lines if h is None or not (by_post or h[2])]
            if unread:
                self.issues.append(
                    make_issue("MEASURE_LINE_NO_HOLDER", self.rel, self.grid.name, cell_ref(x, d),
                               field=head or "防控措施", value=unread[0][:30])
                )  # fmt: skip
            mine: dict[tuple[str, str, str], list[str]] = {}
            for m, h in held:
                mine.setdefault(h, []).append(m)  # (two lines of one holder: both his)
            for k, ((dept, title, name), said_ms) in enumerate(mine.items()):
                self.seen += k > 0  # (a point of several holders: one each)
                holders.add((dept, title, name))
                out.append(replace(rr, department=dept, title=title, person=name,
                                   measures="\n".join(said_ms)))  # fmt: skip
        if not picked:
            return rows
        self.issues.append(
            make_issue("HOLDERS_BY_MEASURE_LINES", self.rel, self.grid.name, cell_ref(t.row, c),
                       field=head or "防控措施", value=str(len(holders)), rows=str(picked))
        )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _holders_by_scope_tag(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Each row under a holder cell naming its holders after their scopes ('小学　綦某某⏎初中
        邰某某', ``t.scope_holders``): the point of the holder(s) whose tag the row's scope cell
        names ('初中'; '小学、初中' both; '全学段', '各片区' all of the cell's), a copy each, with
        one info for the table. A row whose scope names none of the cell's tags: its post with
        no holder, and a warning at its scope cell. A plain holder's cell ('邰某某'): his, as read."""
        sh, merged = self.sh, self.grid.merged_into
        col, at = t.scope_holders  # type: ignore[misc]
        out: list[RawRisk] = []
        picked = 0
        for rr in rows:
            x, c = merged.get((rr.row, col), (rr.row, col))
            lines = scope_tag_lines(sh.rows[x][c]) if c < len(sh.rows[x]) else []
            if not lines:
                out.append(rr)  # (a plain holder, or none)
                continue
            y, d = merged.get((rr.row, at), (rr.row, at))
            said = sh.rows[y][d].strip() if d < len(sh.rows[y]) else ""
            parts, every = scope_parts(said, {tag for tag, _n in lines})
            whose = [n for tag, n in lines if every or tag in parts]
            if not whose:
                out.append(replace(rr, person=""))
                self.issues.append(
                    make_issue("SCOPE_TAG_UNMATCHED", self.rel, self.grid.name, cell_ref(y, d),
                               field=squeeze(t.header[1].get(at, "")) if t.header else "",
                               value=said, cell_text=squeeze(sh.rows[x][c]).replace("\n", "、"))
                )  # fmt: skip
                continue
            picked += 1
            for k, name in enumerate(dict.fromkeys(whose)):
                self.seen += k > 0  # (a point of several holders: one each)
                out.append(replace(rr, person=name))
        if picked:
            labels = t.header[1] if t.header else {}
            self.issues.append(
                make_issue("HOLDERS_BY_SCOPE_TAG", self.rel, self.grid.name, cell_ref(t.row, col),
                           field=squeeze(labels.get(col, "")) or "责任人",
                           value=squeeze(labels.get(at, "")) or col_letter(at), rows=str(picked))
            )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _holders_by_duty_numbers(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Each point of a list citing duties by number ('对应职责 | 职责1、职责2、职责6', under
        a duties table '职责序号 | 岗位职责 | 岗位 | 姓名'): a point of every holder of a cited
        duty (a copy each; a holder of two cited duties has it once), with one info naming the
        table. A number the table lists no duty under is warned at its cell; a row citing none
        the table lists stays as read."""
        sh = self.sh
        col, (r, at), duties = t.duty_numbers  # type: ignore[misc]
        if t.duty_by_post:  # a roster's row may list the post's people ('甲、乙'): each a holder
            duties = {n: [h for v in vs for h in _roster_people(v)] for n, vs in duties.items()}
        merged = self.grid.merged_into
        out: list[RawRisk] = []
        unclear: dict[int, str] = {}  # number → the first cell citing it
        holders_of: set[tuple[str, str, str]] = set()
        for rr in rows:
            x, c = merged.get((rr.row, col), (rr.row, col))
            cell = squeeze(sh.rows[x][c]) if c < len(sh.rows[x]) else ""
            whose: list[tuple[str, str, str]] = []
            for n in duty_numbers_cited(cell):
                if not duties.get(n):
                    unclear.setdefault(n, cell_ref(rr.row, col))
                for h in duties.get(n, ()):
                    if h not in whose:
                        whose.append(h)  # (two cited duties of one holder: his point once)
            if not whose:
                out.append(rr)  # (nothing invented)
                continue
            for k, (dept, title, name) in enumerate(whose):
                self.seen += k > 0  # (a point of several holders: one each)
                out.append(replace(rr, department=rr.department or dept, title=title, person=name))
                holders_of.add((dept, title, name))
        head = squeeze(t.header[1].get(col, "")) if t.header else ""
        by_post = t.duty_by_post
        for n, cell in sorted(unclear.items()):
            self.issues.append(
                make_issue("POST_NUMBER_UNMATCHED" if by_post else "DUTY_NUMBER_UNMATCHED",
                           self.rel, self.grid.name, cell,
                           field=head or ("岗位序号" if by_post else "对应职责"), value=str(n))
            )  # fmt: skip
        if holders_of and by_post:
            self.issues.append(
                make_issue("HOLDERS_BY_POST_NUMBERS", self.rel, t.duty_sheet or self.grid.name,
                           cell_ref(r, at), field=head or "岗位序号",
                           value=f"{len(duties)}个岗位、{len(holders_of)}人")
            )  # fmt: skip
        elif holders_of:
            self.issues.append(
                make_issue("HOLDERS_BY_DUTY_NUMBERS", self.rel, t.duty_sheet or self.grid.name,
                           cell_ref(r, at),
                           field=head or "对应职责", value=f"{len(duties)}项职责、{len(holders_of)}人")
            )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _range_roster_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list with no post or holder column keyed by PLACES — a stake along a road ('路线编号
        | 桩号' over 'X412 | K9+300') or a number ('序号', '门牌号', '地块编号' over 1, 2 …) — and a
        roster of RANGES of that key under or above it ('管养路段责任分工' over '路线编号 | 起止桩号
        | 养护工区 | 职务 | 负责人' and 'X412 | K0+000—K18+600 | …'; '序号 | 责任人' over '1—4 |
        所长　张三'), read as the code tables are (``_code_rows``, its range the code): the roster
        (``t.range_roster``, resolved by ``_holders_by_range``) and its rows with its caption, no
        rows of the list. A roster needs two rows, one a range ('—', '-', '~', '至'), and must
        hold two of the list's keys; a route column is one headed alike in both ('路线编号'), or
        in the roster only (its ranges' routes, the list choosing none). A roster of dates
        ('1月—3月'), one with dates or turns beside ('起止日期', '值班领导') or none: as read."""
        if not t.header or {"title", "person"} & t.roles.keys():
            return set()  # (the cheap test: a list naming its own holders)
        sh = self.sh
        labels = {c: squeeze(k) for c, k in t.header[1].items() if k}
        keys: list[tuple[int, str]] = []
        for c, k in labels.items():
            if t.col_role.get(c) not in _CODE_COL_ROLES or not _PLACE_HEAD.search(k):
                continue
            vals = [
                _place(sh.rows[x][c])
                for x in range(t.start, min(t.start + 4, next_h))
                if c < len(sh.rows[x]) and sh.rows[x][c].strip()
            ]
            if len(vals) >= 2 and all(v is not None for v in vals):
                keys.append((c, k))
        # (the cheap test: no column of stakes or numbers; or no range a roster needs, a
        # —/-/~/～/–/－/至/到 between its ends, in the cells)
        if not keys or self.grid.lacks("—", "-", "~", "～", "–", "－", "至", "到"):
            return self._noted_range_rows(t, keys, above, next_h)  # (the sheet's rows, '第4—6行')
        heads = range(t.row, t.start)  # (the list's own heading is no roster)
        rows = [x for x in range(min(above, default=t.row), next_h) if x not in heads]
        merged = self.grid.merged_into if self.grid.merges else {}
        for kc, label in keys:
            word = _PLACE_HEAD.search(label).group(0)  # type: ignore[union-attr]

            def is_head(v: str, label: str = label, word: str = word) -> bool:
                core = _RANGE_HEAD_TRIM.sub("", v)
                return len(v) <= 10 and (
                    core in (label, word) or (len(core) > 1 and label.endswith(core))
                )

            got = self._code_rows(rows, is_head, _RANGE_VALUE)
            if got is None:
                continue
            r, at, _out, used = got
            if any(c != at and _PERIOD_HEAD.search(sh.key(r, c)) for c in sh.nonempty(r)):
                continue  # '序号 | 起止日期 | 值班领导 | 姓名': a duty roster by dates, no holders
            # its route: a column headed as one of the list's ('路线编号' in both)
            own = {
                v: c for c, v in labels.items() if c != kc and t.col_role.get(c) in _CODE_COL_ROLES
            }
            rc = next(
                (c for c in sh.nonempty(r) if c != at and squeeze(sh.rows[r][c]) in own), None
            )
            lc = own[squeeze(sh.rows[r][rc])] if rc is not None else None  # (the list's)
            if rc is None:  # '路线编号' in the roster only: its ranges' routes, the list's rows
                rc = next(  # choosing none (a key in ranges of two routes is ambiguous)
                    (c for c in sh.nonempty(r) if c != at and _ROUTE_HEAD.match(sh.key(r, c))),
                    None,
                )
            meanings = {k: iter(v) for k, v in _out.items()}
            ranges = []
            for x in sorted(used):
                text = squeeze(sh.rows[x][at]) if x > r and at < len(sh.rows[x]) else ""
                m = _RANGE_VALUE.match(text)
                if not m:
                    continue
                lo = _place(m.group(1))
                hi = _place(m.group(2)) if m.group(2) else lo
                route = ""
                if rc is not None:
                    top = merged.get((x, rc), (x, rc))
                    route = _route_key(sh.rows[top[0]][top[1]])
                meaning = _split_post(next(meanings[text.upper()]))
                if lo is not None and hi is not None and (meaning[1] or meaning[2]):
                    ranges.append((route, min(lo, hi), max(lo, hi), text, meaning))
            if len(ranges) < 2 or not any(hi > lo for _r, lo, hi, _t, _m in ranges):
                continue  # ('序号 | 姓名' over 1, 2 …: a roster by number, no ranges)
            held = 0
            for x in range(t.start, r if r > t.row else next_h):
                key = _place(sh.rows[x][kc]) if kc < len(sh.rows[x]) else None
                route = _route_key(sh.rows[x][lc]) if lc is not None else ""
                if key is not None and _ranges_of(ranges, route, key):
                    held += 1  # (in two ranges too: the roster's, warned there)
            if held < 2:
                continue  # (ranges of something else)
            cap = max((x for x in range(max(r - 3, 0), r) if sh.nonempty(x)), default=None)
            if (
                cap is not None
                and cap not in heads
                and cap >= t.start
                and len(sh.nonempty(cap)) == 1
                and not _place(sh.rows[cap][sh.nonempty(cap)[0]])
            ):
                used = used | {cap}  # '管养路段责任分工'
            t.range_roster = RangeRoster(kc, lc, ranges, cell_ref(r, at), label, r)
            return used
        return self._noted_range_rows(t, keys, above, next_h)

    def _noted_range_rows(
        self, t: _Table, keys: list[tuple[int, str]], above: list[int], next_h: int
    ) -> set[int]:
        """The same roster of ranges written as one note line under (or over) the list, no
        table ('说明：第1-2项由办公室主任 某某负责，第3—5项由会计 某某负责，其余由出纳 某某负责',
        '注：1—3项 站长 某某；4、5项 副站长 某某'; ``noted_ranges``), keyed by the list's 序号:
        '其余' the numbers no other part names. A line of one cell only, two holders or more,
        each part naming one, two of the list's numbers held; a note citing numbers for
        anything else ('说明：第3项为新增') is none (as read). A part may give the 序号 by their
        PARITY ('序号为单数的由主任 某某负责，序号为双数的由副主任 某某负责', '单数序号为…的风险点',
        '奇数项由…负责'): the list's odd or even 序号, its rows alternating between two holders.
        A note citing the WORKSHEET'S OWN ROW NUMBERS ('说明：第4—6行为所长 某某的风险点；第7—8行为
        副所长…', no 序号 to count by: ``noted_ranges(…, by_rows=True)``) is keyed by them, where the
        list has no 序号 column or its 序号 do not hold the note's numbers while its rows do
        (``RangeRoster.key_col`` None); its numbers must all fall on the list's rows."""
        if self.grid.lacks("说", "注", "备", "附", "填"):
            return set()  # (the cheap test: a line opening with 说/注/备/附/填 in the cells)
        sh = self.sh
        kc, label = next(((c, k) for c, k in keys if k.endswith(("序号", "编号"))), (None, ""))
        heads = range(t.row, t.start)
        for x in [*above, *range(t.start, next_h)]:
            if x in heads:
                continue
            cells = sh.nonempty(x)
            if len(cells) != 1 or sh.rows[x][cells[0]].lstrip()[:1] not in "说注备附填":
                continue  # (the cheap test: a line of one cell opening as a note does)
            text = sh.rows[x][cells[0]].strip()
            own = (
                {
                    int(k)
                    for y in range(t.start, x if x > t.row else next_h)
                    if kc < len(sh.rows[y]) and (k := _place(sh.rows[y][kc])) is not None
                }
                if kc is not None
                else set()
            )  # (the list's 序号: a part by parity, '序号为单数的由…负责', takes its odd ones)
            said = noted_ranges(text, numbers=own) if kc is not None else None
            if said is None:
                if "行" in text and (got := self._noted_sheet_rows(t, kc, text, x, next_h)):
                    return got
                continue
            named = {n for items, *_ in said if items for n in items}
            ranges = []
            for items, text, post, name in said:
                if items is None:  # '其余由…负责': each number no other part names
                    items, text = tuple(sorted(own - named)), "其余"
                ranges += [("", n, n, text, ("", post, name)) for n in items]
            if len({n for _r, n, _h, _t, _m in ranges} & own) < 2:
                continue  # (numbers of something else)
            t.range_roster = RangeRoster(kc, None, ranges, cell_ref(x, cells[0]), label, x)
            for _items, part, post, name in said:
                if post and not name:  # ('双数序号由副主任负责': the post's, no name given)
                    self.issues.append(
                        make_issue("HOLDER_RANGE_POST_UNNAMED", self.rel, self.grid.name,
                                   cell_ref(x, cells[0]), field=label, value=text.strip(),
                                   part=part, post=post)
                    )  # fmt: skip
            return {x}
        return set()

    def _noted_sheet_rows(
        self, t: _Table, kc: int | None, text: str, x: int, next_h: int
    ) -> set[int]:
        """A note line (row ``x``) giving the list's rows to holders by the worksheet's own row
        numbers ('第4—6行为所长 某某的风险点'; ``_noted_range_rows``): the roster keyed by them,
        or none — fewer than two of its numbers on rows of the list, one off the list's rows
        (the note counts something else), or the list's 序号 holding them all ('第1—3行' under
        a list numbered 1, 2, 3 …: as read)."""
        said = noted_ranges(text, by_rows=True)
        if said is None:
            return set()
        sh = self.sh
        body = range(t.start, x if x > t.row else next_h)
        own = {y + 1 for y in body if sh.nonempty(y)}  # (the numbers Excel prints: from 1)
        named = {n for items, *_ in said if items for n in items}
        on_rows = len(named & own) >= 2 and named <= {y + 1 for y in body}
        if kc is not None:
            # a list with a 序号 column: '第1—2行' may mean its 序号 as well as the sheet's rows —
            # which is meant, unclear: as read, with a warning at the note
            keyed = {
                int(k)
                for y in body
                if kc < len(sh.rows[y]) and (k := _place(sh.rows[y][kc])) is not None
            }
            if not on_rows and not (len(named & keyed) >= 2 and named <= keyed):
                return set()  # (numbers of something else)
            at = cell_ref(x, sh.nonempty(x)[0])
            if not any(
                i.code == "HOLDER_ROWS_OR_SEQ_UNCLEAR" and i.cell == at for i in self.issues
            ):
                self.issues.append(
                    make_issue("HOLDER_ROWS_OR_SEQ_UNCLEAR", self.rel, self.grid.name, at,
                               field=squeeze(sh.rows[t.row][kc]) if kc < len(sh.rows[t.row]) else "序号",
                               value=text.strip())
                )  # fmt: skip
            return set()
        if not on_rows:
            return set()  # (numbers of something else)
        ranges = []
        for items, part, post, name in said:
            if items is None:  # '其余各行为…': each of the list's rows no other part names
                items, part = tuple(sorted(own - named)), "其余"
            ranges += [("", n, n, part, ("", post, name)) for n in items]
        t.range_roster = RangeRoster(None, None, ranges, cell_ref(x, sh.nonempty(x)[0]), "行号", x)
        return {x}

    def _holders_by_sheet_rows(
        self, t: _Table, rows: list[RawRisk], rr_: RangeRoster
    ) -> list[RawRisk]:
        """Each row of a list whose note names holders by the worksheet's row numbers
        (``_noted_sheet_rows``): the post and holder of the part naming its row, one info; a
        row no part names, or two do, stays as read with a warning at its point's cell."""
        col = t.roles.get("risk_point", 0)
        shown: dict[str, str] = {}
        for rr in rows:
            hits = [g for g in rr_.ranges if g[1] == rr.row + 1]
            if len(hits) != 1:
                where = (
                    "同时写在几段之中(" + "、".join(g[3] + g[4][1] + g[4][2] for g in hits) + ")"
                    if hits
                    else "不在其中任何一段"
                )
                self.issues.append(
                    make_issue("HOLDER_ROW_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, col), legend=f"{self.grid.name}!{rr_.at}",
                               value=str(rr.row + 1), where=where)
                )  # fmt: skip
                continue
            _r, _lo, _hi, part, (dept, title, name) = hits[0]
            rr.department = rr.department or dept
            rr.title, rr.person = title, name
            shown[part] = part + "=" + " ".join(x for x in (dept + title, name) if x)
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_ROW_NUMBERS", self.rel, self.grid.name, rr_.at,
                           legend=f"{self.grid.name}!{rr_.at}", value="；".join(shown.values()))
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.ranges_read.add(rr_.row)
        return rows

    def _holders_by_range(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Each row of a list keyed by places (``t.range_roster``): the 科室, post and holder of
        the roster's range holding its key on its route (a key on a boundary belongs to the
        range it opens: 'K18+600' to 'K18+600—K41+250', not 'K0+000—K18+600'), with one info;
        a key in no range, or in two (ranges overlapping, or of routes the list names none of),
        stays as read, with a warning at its cell."""
        rr_ = t.range_roster
        assert rr_ is not None
        if rr_.key_col is None:  # ('第4—6行为所长 某某的风险点': the worksheet's own rows)
            return self._holders_by_sheet_rows(t, rows, rr_)
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}

        def cell(x: int, c: int) -> str:
            top = merged.get((x, c), (x, c))  # (a route merged down over its stakes)
            row = sh.rows[top[0]]
            return row[top[1]] if top[1] < len(row) else ""

        shown: dict[str, str] = {}
        for rr in rows:
            text = squeeze(cell(rr.row, rr_.key_col))
            key = _place(text)
            route = _route_key(cell(rr.row, rr_.route_col)) if rr_.route_col is not None else ""
            hits = _ranges_of(rr_.ranges, route, key) if key is not None else []
            if len(hits) > 1:  # (ranges overlapping, or on routes the row does not name)
                self.issues.append(
                    make_issue("HOLDER_RANGE_AMBIGUOUS", self.rel, self.grid.name,
                               cell_ref(rr.row, rr_.key_col), field=rr_.label,
                               value=f"{route} {text}".strip(),
                               ranges="、".join(
                                   " ".join(x for x in (g[0], g[3], g[4][1] + g[4][2]) if x)
                                   for g in hits
                               ))
                )  # fmt: skip
                continue
            got = hits[0] if hits else None
            if got is None:
                if text:
                    self.issues.append(
                        make_issue("HOLDER_RANGE_UNMATCHED", self.rel, self.grid.name,
                                   cell_ref(rr.row, rr_.key_col), field=rr_.label,
                                   value=f"{route} {text}".strip())
                    )  # fmt: skip
                continue
            g_route, _lo, _hi, g_text, (dept, title, name) = got
            rr.department = rr.department or dept
            rr.title, rr.person = title, name
            said = " ".join(x for x in (dept + title, name) if x)
            shown[f"{g_route} {g_text}".strip()] = f"{g_route} {g_text}".strip() + f"={said}"
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_RANGES", self.rel, self.grid.name, rr_.at,
                           field=rr_.label, value="；".join(shown.values()),
                           legend=f"{self.grid.name}!{rr_.at}",
                           boundary="" if rr_.label.endswith(("序号", "编号"))
                           else "(两段相接处的归后一段)")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.ranges_read.add(rr_.row)
        return rows

    def _holders_by_column_key(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A list with no post or holder column, one of whose columns' values a LINE above or
        under it (or a line of its own in the body) keys to holders ('单笔支付金额 | 5万元以下' under '审批权限：5万元以下：支付审核岗
        张三；5万—50万元：副主任 李四；…' or '单笔5万元以下的由支付审核岗 张三审核审批；…',
        '办公室 | 301室' under '办公室分布：301室：大队长 王五　305室：…', '班次 | 夜班' under '夜班：
        值班长 赵六、白班：…'): each row is the point of its value's holder (its 科室 the line's,
        a value the reader took for a 科室 none), one info; a row whose value the line names not
        (or twice) stays as read, with a warning at its cell. The line must name a holder (a post
        and a name) for two of the column's values at least and for most of its rows; a line
        of level words ('注：高、中、低三级') or of keys that are no values of the column: as read."""
        sh = self.sh
        own = {rr.row for rr in rows}
        lines = [
            (x, c, sh.rows[x][c])
            for x in [*around, *(y for y in body if y not in own)]
            if len(cs := sh.nonempty(x)) == 1
            for c in cs
            if len(sh.rows[x][c]) >= 8
        ]
        if not t.header:
            return rows  # (the cheap test: no headings)
        skip_roles = {"risk_point", "description", "measures", "risk_level", "risk_type", "seq"}
        for c in sorted(t.header[1]):
            if t.col_role.get(c) in skip_roles:
                continue
            vals = [squeeze(sh.rows[rr.row][c]) if c < len(sh.rows[rr.row]) else "" for rr in rows]
            keys = sorted(set(vals) - {""}, key=len, reverse=True)
            if len(keys) < 2 or any(len(k) > 20 for k in keys):
                continue  # (one value, or sentences: no keys)
            for x, lc, text in lines:
                found = [k for k in keys if k in text]
                if len(found) < 2:
                    continue  # (the cheap test: the line names two of the column's values)
                spans, starts = key_spans(text, found)
                if WATCHING_LABEL.search(text[: starts[0]]):
                    continue  # ('监督责任：工程股：纪检员 某某；…': who watches, no holders)
                if x in body and (
                    scoped := self._column_keys_by_section(rows, vals, keys, body, x)
                ):
                    return self._rows_by_section_key(t, rows, c, vals, scoped)
                said: dict[str, tuple[str, str, str] | None] = {}
                for k, where in spans.items():
                    if len(where) > 1:
                        said[k] = None  # (named twice: ambiguous)
                        continue
                    if (meaning := keyed_holder(text, where[0][1], starts)) is not None:
                        said[k] = meaning
                defined = {k: m for k, m in said.items() if m is not None}
                held = sum(v in defined for v in vals)
                if len(defined) < 2 or 2 * held <= len(rows):
                    continue  # (level words, or keys of something else: no holders of this list)
                above = [y for y in around if y < t.row and sh.kind(y) == "fields"]
                if above and any(
                    squeeze(_parse_fields(sh, above).get(f, ("",))[0]) for f in ("person", "title")
                ):
                    return rows  # (a card whose fields name its holder: '姓名 | 张三' over it)
                return self._rows_by_column_key(t, rows, c, vals, defined, (x, lc))
        near = [*around, *body]
        # each text of the rows around and in the body → the rows holding it (a grid's keys are
        # looked up in it, not by reading every row again for each column)
        texts: dict[str, list[int]] = {}
        for x in dict.fromkeys(near):
            for j in sh.nonempty(x):
                texts.setdefault(squeeze(sh.rows[x][j]), []).append(x)
        for c in sorted(t.header[1]):
            if t.col_role.get(c) in skip_roles:
                continue
            if (grid := self._column_key_grid(rows, c, near, texts)) is not None:
                above = [y for y in around if y < t.row and sh.kind(y) == "fields"]
                if above and any(
                    squeeze(_parse_fields(sh, above).get(f, ("",))[0]) for f in ("person", "title")
                ):
                    return rows  # (a card whose fields name its holder)
                self.seen -= len(rows) - len(grid[0])  # (the grid's rows read as points: none)
                return self._rows_by_column_key(t, *grid)
        got = self._holders_by_custody_register(t, rows, near)
        if got is not None:
            return got
        return self._holders_by_object_register(t, rows, near)

    def _holders_by_custody_register(
        self, t: _Table, rows: list[RawRisk], near: list[int], fields: bool = False
    ) -> list[RawRisk] | None:
        """A list with no post or holder column whose rows each name the OBJECT a step is signed
        or opened with ('使用数字证书 | 录入证书（01号）', '用印 | 财务专用章', '钥匙 | 3号'), and a
        custody register of those objects (``_custody_register``: '证书名称 | 证书编号 | 持有人 |
        职务 | 所在股室', under the list, over it, read as its last rows, or on another sheet of the
        file): each row is the point of the keeper of the object it names (by name or number),
        the register's 职务 his post and its 股室 his 科室; an object kept by two, a copy each; one
        info. A row whose object the register lacks (or names two) stays as read, with a warning
        at its cell. The register is no rows of the list. Its objects must be such kept things
        (证书, UKey, 印章, 钥匙, 账户 …), two of them named by most rows of one column; else None.
        ``fields``: the rows all hold one 科室 and post, a register right over the list read as
        a card's fields ('岗位 | 股室' over '柜员 | 归集股'): only a register over the list whose
        keeper holds them, its keepers' over them."""
        if not t.header:
            return None
        sh = self.sh
        own = {rr.row for rr in rows}
        merged = self.grid.merged_into if self.grid.merges else {}
        # (a register over the list may stand past the rows said around it: up to 40 rows up)
        above = range(max(0, t.row - 40), t.row)
        xs = list(dict.fromkeys([*near, *above])) if not fields else list(above)
        found = (
            None  # (the cheap test: a 持有人/保管人/领用人/使用人/管理人 heading in the cells)
            if self.grid.lacks("持有人", "保管人", "领用人", "使用人", "管理人")
            else _custody_register(sh, merged, xs, own)
        )  # (another sheet's register is still looked for, below)
        if fields and (
            found is None
            or (rows[0].department, rows[0].title)
            not in {(d, p) for k in found[1].values() for d, p, _n in k}
        ):
            return None  # (the card's fields are no keeper's of a register over it)
        sheet = ""
        if found is None and not fields:
            for grid in self.file_sheets:
                if (
                    grid is self.grid
                    or grid.name == self.grid.name
                    or grid.refused
                    or not grid.rows
                ):
                    continue
                keepers = _keeper_rows(grid)
                if not keepers:
                    continue  # (no keeper's heading on it: looked for once a file's sheet)
                # (the other sheet's register is the same whichever list asks: sought once)
                if "_custody_found" not in grid.__dict__:
                    grid.__dict__["_custody_found"] = _custody_register(
                        _Sheet(grid), grid.merged_into if grid.merges else {}, keepers, set()
                    )
                found = grid.__dict__["_custody_found"]
                if found is not None:
                    sheet = grid.name
                    break
        if found is None:
            return None
        at, groups, used = found
        if sheet:
            used = set()
        rest = [rr for rr in rows if rr.row not in used]
        skip_roles = {"risk_point", "description", "measures", "risk_level", "risk_type", "seq"}
        cell = lambda y, j: squeeze(sh.rows[y][j]) if j < len(sh.rows[y]) else ""  # noqa: E731
        for c in sorted(t.header[1]):
            role = t.col_role.get(c)
            if role in skip_roles and not (
                role == "measures" and not _MEASURES_SAID.search(squeeze(t.header[1][c]))
            ):
                continue  # (but a column only guessed 防控措施, '使用U盾' last: looked at)
            vals = [cell(*merged.get((rr.row, c), (rr.row, c))) for rr in rest]
            picked = [_custody_pick(v, groups) for v in vals]
            hit = {p for p in picked if p is not None}
            if len(hit) >= 2 and 2 * sum(p is not None for p in picked) > len(rest):
                break
        else:
            return None
        if used:  # (the register's lines, read as rows of the list: no points, no strays)
            self.skip |= used
            self.code_legend |= used
            cells = {cell_ref(y, j) for y in used for j in range(len(sh.rows[y]))}
            blank = [i for i in self.issues if i.code == "POINT_BLANK" and i.cell in cells]
            self.seen -= len(rows) - len(rest) + len(blank)
            self.reported -= len(blank)
            self._withdraw_strays(cells, ("ROW_UNPLACED", "CELL_OUTSIDE", "POINT_BLANK"))
            self.issues = [
                i for i in self.issues if not (i.source_sheet == self.grid.name and i.cell in cells)
            ]
        self._withdraw_column_issues(c)
        head = squeeze(t.header[1].get(c, "")) or col_letter(c)
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr, v, key in zip(rest, vals, picked, strict=True):
            if key is None:
                self.issues.append(
                    make_issue("HOLDER_CUSTODY_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head, value=v or "空白")
                )  # fmt: skip
                out.append(rr)
                continue
            keepers = groups[key]
            held = [
                {"department": d or ("" if fields else rr.department), "title": p, "person": n}
                for d, p, n in keepers
            ]
            out += _fan_out(rr, held)
            self.seen += len(held) - 1
            shown[v] = f"{v}=" + "、".join(f"{d}{p} {n}".strip() for d, p, n in keepers)
        self.issues.append(
            make_issue("HOLDERS_BY_CUSTODY_REGISTER", self.rel, self.grid.name,
                       cell_ref(t.row, c) if sheet else at.split(":")[0], field=head,
                       value="；".join(shown.values()), legend=f"{sheet or self.grid.name}!{at}")
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return out

    def _role_slots(
        self, above: list[int]
    ) -> tuple[dict[str, tuple[str, str, str, str]], set[int]]:
        """The labelled holder slots in the rows over a list ('行政责任人 | 所长　某某 | 技术责任人 |
        工程师　某某', one label a row, or '巡查责任人：巡查员　某某' in one cell): each slot's word
        ('行政') → (科室, post, holder, the post as written: '办公室主任', '纪检组长'), and the rows
        holding them; a label whose value names no post, or a word twice: no slot."""
        sh = self.sh
        slots: dict[str, tuple[str, str, str, str] | None] = {}
        rows: set[int] = set()
        for x in above:
            cols = sh.nonempty(x)
            for i, c in enumerate(cols):
                m = _SLOT_LABEL.match(squeeze(sh.rows[x][c]))
                if m is None or _SLOT_NOT_ROLE.search(m.group(1)):
                    continue
                said, at = m.group(2), x
                if said is None:  # (a label cell: its value the next cell, or the one under it)
                    nxt = cols[i + 1] if i + 1 < len(cols) else None
                    if nxt is not None and not _SLOT_LABEL.match(squeeze(sh.rows[x][nxt])):
                        said = sh.rows[x][nxt]
                    elif x + 1 in above and c < len(sh.rows[x + 1]) and sh.rows[x + 1][c].strip():
                        said, at = sh.rows[x + 1][c], x + 1
                meaning = _code_meaning(said, "person") if said and said.strip() else None
                if meaning is None or not (meaning[1] or looks_like_name(meaning[2])):
                    continue  # (a post, or a name alone that looks like one: '主体责任人 | 邬某')
                dept, title, name = meaning
                written = squeeze(said)
                written = written[: -len(name)] if name and written.endswith(name) else dept + title
                written = written.rstrip("：:（(　 ")
                if dept and not _dept_like(dept):  # ('助理工程师　某某': no 科室 '助理')
                    dept, title = "", dept + title
                word = m.group(1)
                slots[word] = None if word in slots else (dept, title, name, written)
                rows |= {x, at}
        defined = {k: v for k, v in slots.items() if v is not None}
        return defined, rows if len(defined) >= 2 else set()

    def _holders_by_slot_role(
        self, t: _Table, rows: list[RawRisk], above: list[int], below: list[int] = ()
    ) -> list[RawRisk]:
        """A list naming nobody under LABELLED HOLDER SLOTS ('行政责任人 | 所长　某某 | 技术责任人 |
        工程师　某某 | 巡查责任人 | 巡查员　某某' in one row, one label a row, or '主体责任人：站长　某某'
        in one cell), one of whose columns gives each row a slot's word ('责任类别 | 技术', or the
        full label '技术责任人'): each row is the point of the holder in the slot its word names,
        '行政、技术' a copy for each, one info; a word naming no slot leaves its row as read, with a
        warning at its cell. Two slots at least, each a post (and a name); the column's words must
        name two slots and most rows. A '填报单位 | 负责人' line (a signer), a single '责任人：…' line
        or a role column with no slots above: as read."""
        if self.grid.lacks("责任人"):
            return rows  # (the cheap test: a '…责任人' label in the cells)
        sh = self.sh
        # the slots may be written under the list too, even read as its last rows ('主体责任人 |
        # 站长　某某 | 直接责任人 | …' closing it): those rows are the slots, no points
        tail: list[int] = []
        for rr in reversed(rows):
            cs = sh.nonempty(rr.row)
            if not cs or not _SLOT_LABEL.match(squeeze(sh.rows[rr.row][cs[0]])):
                break
            tail.insert(0, rr.row)
        near = [*above, *tail, *below]
        if not t.header or not any("责任人" in sh.rows[x][c] for x in near for c in sh.nonempty(x)):
            return rows  # (the cheap test: no '…责任人' label above or under)
        slots, used = self._role_slots(near)
        if not used:
            return rows
        if tail and set(tail) <= used:
            self.seen -= sum(rr.row in used for rr in rows)
            rows = [rr for rr in rows if rr.row not in used]
            if not rows:
                return rows
        skip_roles = {"risk_point", "description", "measures", "risk_level", "seq"}

        def words(v: str) -> list[str] | None:
            parts = [p for p in HOLDER_SPLIT.split(v) if p]
            got = [p.removesuffix("责任人").removesuffix("责任") for p in parts]
            return got if got and all(w in slots for w in got) else None

        for c in sorted(t.header[1]):
            if t.col_role.get(c) in skip_roles:
                continue
            vals = [squeeze(sh.rows[rr.row][c]) if c < len(sh.rows[rr.row]) else "" for rr in rows]
            picked = [words(v) for v in vals]
            named = {w for p in picked if p for w in p}
            if len(named) < 2 or 2 * sum(p is not None for p in picked) <= len(rows):
                continue  # (the cheap test: the column's words name two slots, on most rows)
            return self._rows_by_slot_role(t, rows, c, vals, picked, slots, used)
        return rows

    def _rows_by_slot_role(
        self,
        t: _Table,
        rows: list[RawRisk],
        c: int,
        vals: list[str],
        picked: list[list[str] | None],
        slots: dict[str, tuple[str, str, str, str]],
        used: set[int],
    ) -> list[RawRisk]:
        """The rows of ``_holders_by_slot_role``: each its slot's holder (copies for several),
        or a warning; the slots' rows no strays, the column no guess. Where the list has its own
        岗位 column, a slot's holder goes only to the rows whose 岗位 IS the slot's post (compared
        as written: '办公室主任' the slot's '办公室主任　张三'); rows of other posts keep their own
        post and no one (the slots name who answers for the category — '主体责任人 | 局长　某某' —
        not those posts' holders), said once for the table."""
        sh = self.sh
        posted = "title" in t.roles  # (a 岗位 column and no 责任人 column)
        if posted and not any(
            ws and any(_slot_post_is(slots[w], rr) for w in ws)
            for rr, ws in zip(rows, picked, strict=True)
        ):
            return rows  # (no row of a slot's post: the slots name no post's holder, as before)
        self.skip |= used
        self.code_legend |= used
        self.slot_rows = set(
            used
        )  # (no card fields: '直接责任人 | 护林员　某某' holds no other row)
        self._withdraw_strays(
            {cell_ref(y, j) for y in used for j in range(len(sh.rows[y]))}, ("ROW_UNPLACED",)
        )
        self._withdraw_column_issues(c)
        head = squeeze(t.header[1].get(c, "")) or col_letter(c)
        out: list[RawRisk] = []
        others: list[str] = []  # (posted) the posts of rows no slot holds: as read
        for rr, v, ws in zip(rows, vals, picked, strict=True):
            if ws is None:
                self.issues.append(
                    make_issue("HOLDER_SLOT_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head, value=v or "空白")
                )  # fmt: skip
                out.append(rr)
                continue
            ws = list(dict.fromkeys(ws))
            if posted:
                # the list's own 岗位 stands; the slot's holder only on a row of the slot's post
                ws = [w for w in ws if _slot_post_is(slots[w], rr)]
                if not ws:
                    others.append(rr.title or v)
                    out.append(rr)
                    continue
            held = [
                {"department": rr.department if posted else slots[w][0],
                 "title": (rr.title or slots[w][1]) if posted else slots[w][1],
                 "person": slots[w][2]}
                for w in ws
            ]  # fmt: skip
            out += _fan_out(rr, held)
            self.seen += len(held) - 1
        first = min(used)
        shown = "、".join(
            f"{w}=" + f"{wr or d + p} {n}".strip() for w, (d, p, n, wr) in slots.items()
        )
        at = cell_ref(first, sh.nonempty(first)[0])
        if others:
            self.issues.append(
                make_issue("HOLDER_SLOTS_ANSWER_FOR_CATEGORY", self.rel, self.grid.name, at,
                           field=head, value=shown, posts="、".join(dict.fromkeys(others)))
            )  # fmt: skip
        else:
            self.issues.append(
                make_issue("HOLDERS_BY_SLOT_ROLE_POSTED" if posted else "HOLDERS_BY_SLOT_ROLE",
                           self.rel, self.grid.name, at, field=head, value=shown)
            )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return out

    def _holders_by_object_register(
        self, t: _Table, rows: list[RawRisk], near: list[int]
    ) -> list[RawRisk]:
        """A keyless list whose points each NAME an object in their text ('应急通信指挥车燃油卡
        私用…', '天通卫星电话话费充值虚报…'), and beside or under it a register of the objects
        and their keepers ('装备名称 | 数量及存放地点 | 保管责任人 | 职务' over '应急通信指挥车 |
        1辆 | 霍某 | 科长'): each point is the keeper's of the one object its text names (post
        from 职务/岗位), one info; the register (and its caption line) no stray rows. A point
        naming none or two of the objects stays as read, with a warning. Two objects at least
        must be named, by most points; a register naming no person: as read."""
        pc = next((c for c, role in t.col_role.items() if role == "risk_point"), None)
        if pc is None or len(rows) < 2:
            return rows  # (the cheap test: a point column)
        # (the cheap test: an object's heading, …名称/装备/设备/…, and a keeper's, 保管人/责任人/
        # 管理人/使用人/姓名, in the cells)
        if self.grid.lacks("名称", "装备", "设备", "器材", "车辆", "物品", "资产"):
            return rows
        if self.grid.lacks("保管人", "责任人", "管理人", "使用人", "姓名"):
            return rows
        sh = self.sh
        own = {rr.row for rr in rows}
        cell = lambda y, j: squeeze(sh.rows[y][j]) if j < len(sh.rows[y]) else ""  # noqa: E731
        for x in near:
            cs = sh.nonempty(x)
            if x in own or len(cs) < 3 or not _OBJECT_HEAD.search(cell(x, cs[0])):
                continue  # (the cheap test first: the row opens with an object's heading)
            heads = {j: cell(x, j) for j in cs}
            who = [j for j, v in heads.items() if _KEEPER_HEAD.search(v)]
            post = [j for j, v in heads.items() if _KEEPER_POST_HEAD.search(v)]
            if len(who) != 1 or len(post) > 1 or not _OBJECT_HEAD.search(heads[cs[0]]):
                continue  # ('装备名称 | … | 保管责任人 | 职务': names, a keeper, his post)
            kc, wc, tc = cs[0], who[0], (post[0] if post else None)
            keepers: dict[str, tuple[str, str, str] | None] = {}
            y = x + 1
            while y < len(sh.rows) and y not in own and (k := cell(y, kc)):
                name = cell(y, wc)
                if not _rostered_name(name) or len(k) > 20:
                    break  # ('填表人：' or a sentence: the register ends)
                keepers[k] = (
                    None if k in keepers else ("", cell(y, tc) if tc is not None else "", name)
                )
                y += 1
            defined = {k: m for k, m in keepers.items() if m is not None}
            if len(defined) < 2:
                continue
            named: list[tuple[RawRisk, str | None]] = []
            for rr in rows:
                text = cell(rr.row, pc)
                found = [k for k in defined if k in text]
                found = [k for k in found if not any(k != o and k in o for o in found)]
                named.append((rr, found[0] if len(found) == 1 else None))
            hit = {k for _rr, k in named if k}
            if len(hit) < 2 or 2 * sum(k is not None for _rr, k in named) <= len(rows):
                continue  # (objects the points do not name: another table)
            reg = set(range(x, y))
            if x - 1 not in own and len(sh.nonempty(x - 1)) == 1:
                reg.add(x - 1)  # (its caption, '应急通信装备保管责任表')
            self.skip |= reg
            self.code_legend |= reg
            self._withdraw_strays(
                {cell_ref(z, j) for z in reg for j in range(len(sh.rows[z]))}, ("ROW_UNPLACED",)
            )
            head = squeeze(t.header[1].get(pc, "")) or col_letter(pc)
            shown: dict[str, str] = {}
            for rr, k in named:
                if k is None:
                    self.issues.append(
                        make_issue("HOLDER_OBJECT_UNNAMED", self.rel, self.grid.name,
                                   cell_ref(rr.row, pc), field=head, value=cell(rr.row, pc))
                    )  # fmt: skip
                    continue
                _dept, title, name = defined[k]
                rr.title, rr.person = title, name
                shown[k] = f"{k}={title} {name}".strip()
            last = cell_ref(y - 1, max(j for z in range(x, y) for j in sh.nonempty(z)))
            self.issues.append(
                make_issue("HOLDERS_BY_OBJECT_REGISTER", self.rel, self.grid.name,
                           cell_ref(x, kc), field=heads[kc], value="、".join(shown.values()),
                           legend=f"{self.grid.name}!{cell_ref(x, kc)}:{last}")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            return rows
        return rows

    def _column_key_grid(
        self, rows: list[RawRisk], c: int, near: list[int], texts: dict[str, list[int]]
    ) -> tuple | None:
        """A GRID keying a keyless list's column values to holders ('接访日 | 星期一…星期五' merged
        down the list, under it '局领导接访日安排': '接访日 | 星期一 | 星期二 | …' over '接访领导 |
        局长　某某 | 副局长　某某 | …'; or the holders' row over the keys', or the keys down one
        column and each holder in the next, '东片 | 队长　某某'): two rows (or columns) whose cells
        pair two of the column's values at least, each once, with a post and a name, the pairs
        holding most of the list's other rows. The grid's rows are no points. Returns the
        arguments of ``_rows_by_column_key`` (the rows without the grid's), or None. ``texts``:
        each text of the ``near`` rows → the rows holding it."""
        sh = self.sh
        near_set = set(near)
        cell = lambda y, j: squeeze(sh.rows[y][j]) if j < len(sh.rows[y]) else ""  # noqa: E731
        merged = self.grid.merged_into if self.grid.merges else {}
        # (a value merged down over its rows, '星期一', is each row's)
        vals = [cell(*merged.get((rr.row, c), (rr.row, c))) for rr in rows]
        keys = {v for v in vals if v and len(v) <= 20}
        if len(keys) < 2:
            return None  # (the cheap test: the column has two short values)
        named: dict[int, int] = {}  # a row → how many of its cells are the column's values
        for k in keys:
            for x in texts.get(k, ()):
                named[x] = named.get(x, 0) + 1
        # (a row of two values at least, or a row of two cells, a value and its holder: the
        # list's own rows, one value among many cells, are passed over)
        for x in [
            y for y in near if named.get(y, 0) >= 2 or (y in named and len(sh.nonempty(y)) == 2)
        ]:
            at = [j for j in sh.nonempty(x) if cell(x, j) in keys]
            if not at:
                continue  # (none of the column's values in this row)
            pairs: list[tuple[list[tuple[str, int, int]], set[int]]] = []
            for y in (x + 1, x - 1) if len(at) >= 2 else ():  # (holders under the keys, or over)
                beyond = y + (y - x)  # (a second row of holders past it: a duty rota by weeks,
                if (
                    beyond in near_set
                    and sum(  # '第一周 | … ⏎ 第二周 | …', no key grid)
                        keyed_holder(t, 0, []) is not None for j in at if (t := cell(beyond, j))
                    )
                    >= 2
                ):
                    continue
                if y in near_set:
                    pairs.append(([(cell(x, j), y, j) for j in at], {x, y}))
            j = at[0]  # (or the keys down a column, each holder in the next, '东片 | 队长　某某')
            if (
                len(sh.nonempty(x)) == 2
                and sh.nonempty(x)[1] == j + 1
                and (x - 1 not in near_set or cell(x - 1, j) not in keys)
            ):
                down, y = [], x
                while y in near_set and cell(y, j) in keys and sh.nonempty(y) == [j, j + 1]:
                    down.append((cell(y, j), y, j + 1))
                    y += 1
                if len(down) >= 2:
                    pairs.append((down, {y for _k, y, _j in down}))
            for found, grid_rows in pairs:
                said: dict[str, tuple[str, str, str] | None] = {}
                for k, y, j in found:
                    got = keyed_holder(text, 0, []) if (text := cell(y, j)) else None
                    said[k] = None if k in said else got  # (a key twice: ambiguous)
                defined = {k: m for k, m in said.items() if m is not None}
                rest = [
                    (rr, v) for rr, v in zip(rows, vals, strict=True) if rr.row not in grid_rows
                ]
                held = sum(v in defined for _rr, v in rest)
                if len(defined) < 2 or 2 * held <= len(rest):
                    continue
                kept = [rr for rr, _v in rest]
                return kept, c, [v for _rr, v in rest], defined, (min(grid_rows), at[0]), grid_rows
        return None

    def _column_keys_by_section(
        self, rows: list[RawRisk], vals: list[str], keys: list[str], body: range, first: int
    ) -> dict[int, dict[str, tuple[str, str, str]]] | None:
        """Section rows of the body each keying, in their closing bracket, the column's values
        of the rows under them to THEIR holders ('一、养老保险待遇核定（经办：待遇核发股科员　某某；复核：
        …；审批：副主任　某某）', '二、关系转移接续（经办：…）'): each section row's row → its keys, or None
        (one section row keying, or the rows mostly named by none: a table-wide line, as read).
        A section row is a body row of one cell, numbered ('二、', '（三）') or merged across."""
        sh = self.sh
        own = {rr.row for rr in rows}
        merged = self.grid.merged_into if self.grid.merges else {}
        heads = [
            y
            for y in body
            if y not in own
            and len(cs := sh.nonempty(y)) == 1
            and (_SECTION_LINE.match(sh.rows[y][cs[0]]) or (y, cs[0] + 1) in merged)
        ]
        if first not in heads or len(heads) < 2:
            return None  # (the cheap test: two section rows at least, the first among them)
        scoped: dict[int, dict[str, tuple[str, str, str]]] = {}
        for y in heads:
            text = _closing_bracket_inner(squeeze(sh.rows[y][sh.nonempty(y)[0]]))
            found = [k for k in keys if k in text]
            if not found:
                scoped[y] = {}
                continue
            spans, starts = key_spans(text, found)
            scoped[y] = {
                k: m
                for k, where in spans.items()
                if len(where) == 1 and (m := keyed_holder(text, where[0][1], starts)) is not None
            }
        if sum(bool(v) for v in scoped.values()) < 2:
            return None
        held = 0
        for rr, v in zip(rows, vals, strict=True):
            y = max((h for h in heads if h < rr.row), default=None)
            held += y is not None and v in scoped[y]
        return scoped if 2 * held > len(rows) else None

    def _rows_by_section_key(
        self,
        t: _Table,
        rows: list[RawRisk],
        c: int,
        vals: list[str],
        scoped: dict[int, dict[str, tuple[str, str, str]]],
    ) -> list[RawRisk]:
        """The rows of ``_column_keys_by_section``: each its own section row's holder of its
        value (up to the next section row), or a warning; one info."""
        heads = sorted(scoped)
        sh = self.sh
        for y in heads:
            if scoped[y]:
                self.skip.add(y)
                self.code_legend.add(y)
        self._withdraw_strays(
            {cell_ref(y, sh.nonempty(y)[0]) for y in heads if scoped[y]}, ("ROW_UNPLACED",)
        )
        head = squeeze(t.header[1].get(c, "")) or col_letter(c)
        shown: dict[str, str] = {}
        for rr, v in zip(rows, vals, strict=True):
            y = max((h for h in heads if h < rr.row), default=None)
            got = scoped[y].get(v) if y is not None else None
            if got is None:
                self.issues.append(
                    make_issue("HOLDER_SECTION_KEY_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head, value=v or "空白")
                )  # fmt: skip
                continue
            dept, title, name = got
            rr.department = rr.department or dept
            rr.title, rr.person = title, name
            at = cell_ref(y, sh.nonempty(y)[0])
            shown[f"{at}{v}"] = f"{at} {v}={dept}{title} {name}".strip()
        if shown:
            at = [cell_ref(y, sh.nonempty(y)[0]) for y in heads if scoped[y]]
            self.issues.append(
                make_issue("HOLDERS_BY_SECTION_KEYS", self.rel, self.grid.name, at[0],
                           field=head, value="、".join(shown.values()),
                           legend=f"{self.grid.name}!{'、'.join(at)}")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _rows_by_column_key(
        self,
        t: _Table,
        rows: list[RawRisk],
        c: int,
        vals: list[str],
        defined: dict[str, tuple[str, str, str]],
        at: tuple[int, int],
        grid_rows: set[int] | None = None,
    ) -> list[RawRisk]:
        """The rows of ``_holders_by_column_key``: each its value's holder, or a warning
        (``grid_rows``: the rows of a keying grid, ``_column_key_grid``, not a line)."""
        x, lc = at
        sh = self.sh
        if (
            not grid_rows
            and all(v and _numkey_cell_ok(v) for v in vals)
            and any("①" <= ch <= "⑳" for v in vals for ch in v)
        ):
            return (
                rows  # ('①②' keyed by '注：…①为局长 …': ``_holders_by_numbered_key``'s, said once)
            )
        gone = grid_rows or {x}
        self.skip |= gone
        self.code_legend |= gone
        cells = {cell_ref(y, j) for y in gone for j in range(len(sh.rows[y]))}
        if grid_rows:  # (a grid row read as a point: its level's or blank point's issue goes)
            blank = [i for i in self.issues if i.code == "POINT_BLANK" and i.cell in cells]
            self.seen -= len(blank)
            self.reported -= len(blank)
            self.issues = [
                i
                for i in self.issues
                if not (
                    i.code in ("LEVEL_UNKNOWN", "LEVEL_BLANK", "POINT_BLANK") and i.cell in cells
                )
            ]
        self._withdraw_strays(cells if grid_rows else {cell_ref(x, lc)}, ("ROW_UNPLACED",))
        head = squeeze(t.header[1].get(c, "")) or col_letter(c)
        as_dept = t.col_role.get(c) == "department"  # ('办公室 | 301室': a room, no 科室)
        shown: dict[str, str] = {}
        for rr, v in zip(rows, vals, strict=True):
            got = defined.get(v)
            if got is None:
                self.issues.append(
                    make_issue("HOLDER_COLUMN_KEY_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head, value=v or "空白")
                )  # fmt: skip
                continue
            dept, title, name = got
            if as_dept:  # (a room or a numbered window is no 科室; '不动产窗口' read so stays)
                rr.department = dept or ("" if _COLUMN_KEY_PLACE.search(v) else rr.department)
            else:
                rr.department = rr.department or dept
            rr.title, rr.person = title, name
            shown[v] = f"{v}={dept}{title} {name}".strip()
        if shown:
            code = "HOLDERS_BY_KEY_GRID" if grid_rows else "HOLDERS_BY_COLUMN_KEY"
            legend = f"{self.grid.name}!{cell_ref(x, lc)}"
            if grid_rows:  # (the grid's span: its first row's first cell to its last row's last)
                last = max(grid_rows)
                legend += f":{cell_ref(last, max(j for y in grid_rows for j in sh.nonempty(y)))}"
            self.issues.append(
                make_issue(code, self.rel, self.grid.name, cell_ref(x, lc),
                           field=head, value="、".join(shown.values()), legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _holders_by_point_words(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A list with no post or holder column and no key column, under (or over) it a note
        handing its points out by the WORDS they contain ('注：涉及生态管护员、巡护的，由生态保护科
        科长　某某负责；涉及资金、票据、采购的，由财务科会计　某某负责；其余由主任　某某负责';
        ``subject_holders``): each row the holder of the part whose words its point (or its
        duty or business cell) contains — of two parts, a copy each; of none, the catch-all's
        ('其余由…'), else as read with a warning at its cell; one info. Two rows at least must
        hold a part's words; a note of levels ('涉及资金的为一级') or of no one ('涉及资金的须集体
        研究'), or keying a column's values (``_holders_by_column_key``): as read."""
        sh = self.sh
        own = {rr.row for rr in rows}
        said = None
        near = [*around, *(y for y in body if y not in own)]
        lines = {
            y: "".join(sh.rows[y][c] for c in cs)
            for y in near
            if 0 < len(cs := sh.nonempty(y)) <= 2
        }
        xs: list[int] = []
        for x in near:
            if x not in lines:
                continue
            # a note split one clause a row ('注：1.涉及水费的，由…负责；' over '2.涉及采购的，由…
            # 负责；' over '3.其余由…负责。'): its numbered continuation rows joined first
            run = [x]
            while (y := run[-1] + 1) in lines and _NOTE_ITEM_ROW.match(lines[y]) and len(run) < 12:
                run.append(y)
            text = "".join(lines[y] for y in run)
            if len(text) < 12:
                continue  # (the cheap test)
            if (said := subject_holders(text)) is not None:
                xs = run
                break
            if len(run) > 1 and (said := subject_holders(lines[x])) is not None:
                xs = [x]
                break
        if said is None:
            return rows
        above = [y for y in around if y < t.row and sh.kind(y) == "fields"]
        if above and any(
            squeeze(_parse_fields(sh, above).get(f, ("",))[0]) for f in ("person", "title")
        ):
            return rows  # (a card whose fields name its holder: '姓名 | 张三' over it)
        parts = [p for p in said if p[0] is not None]
        rest = next((p for p in said if p[0] is None), None)

        def hits_of(rr: RawRisk) -> list[tuple]:
            text = rr.risk_point + rr.duty + rr.workflow
            return [p for p in parts if any(w in text for w in p[0])]

        hits = [hits_of(rr) for rr in rows]
        if sum(bool(h) for h in hits) < 2:
            return rows  # (words no point holds: a note about something else)
        at = cell_ref(x, sh.nonempty(x)[0])
        self.skip |= set(xs)
        self.code_legend |= set(xs)
        self._withdraw_strays(
            {cell_ref(y, c) for y in xs for c in sh.nonempty(y)}, ("ROW_UNPLACED",)
        )
        col = t.roles.get("risk_point", 0)
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr, got in zip(rows, hits, strict=True):
            if not got and rest is not None:
                got = [rest]
            if not got:
                self.issues.append(
                    make_issue("HOLDER_POINT_WORDS_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, col), legend=f"{self.grid.name}!{at}",
                               value=squeeze(rr.risk_point))
                )  # fmt: skip
                out.append(rr)
                continue
            for _words, part, (dept, title, name) in got:
                out.append(replace(rr, department=rr.department or dept, title=title, person=name))
                shown[part] = part + "=" + " ".join(x for x in (dept + title, name) if x)
        self.seen += len(out) - len(rows)  # (a point of two parts counts once per holder)
        self.issues.append(
            make_issue("HOLDERS_BY_POINT_WORDS", self.rel, self.grid.name, at,
                       legend=f"{self.grid.name}!{at}", value="；".join(shown.values()))
        )  # fmt: skip
        for c, role in sorted(t.col_role.items()):
            head = squeeze(t.header[1].get(c, ""))
            if role != "other" or not _LEADER_COLUMN_HEAD.search(head):
                continue
            # '责任领导 | 副所长　某某' beside the rows: a leader over the point, no holder of it
            # (the record has no place for it), told, not dropped silently
            said = dict.fromkeys(
                v
                for rr in rows
                if c < len(sh.rows[rr.row]) and (v := " ".join(sh.rows[rr.row][c].split()))
            )
            if said:
                self.issues.append(
                    make_issue("HOLDER_LEADER_COLUMN_UNREAD", self.rel, self.grid.name,
                               cell_ref(t.row, c), field=head, value="、".join(list(said)[:4]))
                )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return out

    def _holders_by_roster_key(self, t: _Table, rows: list[RawRisk], around: list[int]) -> None:
        """A list with no 姓名 column, one of whose columns holds numbers ('联系电话 |
        0433-3221518' merged over a holder's rows, '工号 | A017', '办公室 | 305室') that a roster
        above or under it ('序号 | 姓名 | 职务 | 办公电话') has in a column of its own: each row
        is that roster row's person (and post, where the row has none), before any post → name
        lookup, so two holders of one post stay apart; one info. A value the roster lacks: a
        warning, the row keeps its post. The values must hold a digit (keys, no words: a roster
        matched by post is ``_roster_below``'s) and most rows' values be the roster's."""
        if not rows or not t.header or "person" in t.roles:
            return  # (the cheap test: a list naming its own holders)
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            y, c = merged.get((y, c), (y, c))
            return squeeze(sh.rows[y][c]) if c < len(sh.rows[y]) else ""

        skip = {"risk_point", "description", "measures", "risk_level", "risk_type", "seq"}
        cands = {
            c: [_roster_key_value(value(rr.row, c)) for rr in rows]
            for c, role in t.col_role.items()
            if role not in skip and t.header[1].get(c)
        }
        cands = {
            c: vs for c, vs in cands.items() if len(set(vs) - {""}) >= 2 and all(
                not v or (len(v) <= 20 and any(ch.isdigit() for ch in v)) for v in vs
            )
        }  # fmt: skip
        if not cands:
            return  # (no column of numbers: no keys)
        own = {rr.row for rr in rows}
        for x in around:
            if x in own or x + 1 >= len(sh.rows):
                continue
            head = self._key_roster_header(x)
            if head is None:
                continue
            pc, tc = head["person"], head.get("title")
            kcs = [
                c
                for c in sh.nonempty(x)
                if c not in (pc, tc, head.get("seq"), head.get("department"))
            ]
            people: dict[int, dict[str, list[tuple[str, str]]]] = {c: {} for c in kcs}
            y = x + 1
            while y < len(sh.rows) and y not in own:
                name = value(y, pc)
                if not name or not looks_like_name(name):
                    break
                post = value(y, tc) if tc is not None else ""
                for c in kcs:
                    k = _roster_key_value(value(y, c))
                    if k:
                        people[c].setdefault(k, []).append((post, name))
                y += 1
            for c, vals in cands.items():
                for kc, by in people.items():
                    hit = sum(1 for v in vals if v in by and len(by[v]) == 1)
                    if len(set(vals) & by.keys()) < 2 or 2 * hit <= len(vals):
                        continue
                    self._rows_by_roster_key(t, rows, c, vals, by, cell_ref(x, kc))
                    return

    def _key_roster_header(self, x: int) -> dict[str, int] | None:
        """Row ``x`` heads a roster of people by number: short labels only, one a 姓名, one more
        at least ('姓名 | 职务 | 办公电话', '工号 | 姓名'); role → column (the first of a role)."""
        sh = self.sh
        cols = sh.nonempty(x)
        if not 2 <= len(cols) <= 8 or any(len(sh.rows[x][c]) > 12 for c in cols):
            return None
        found: dict[str, int] = {}
        for c in cols:
            h = heading_role(sh.key(x, c))
            if h is not None and h.strength >= 2:
                if h.role == "person" and any(w in sh.rows[x][c] for w in NOT_HOLDER_HEAD):
                    return None  # ('分管领导姓名': who watches)
                found.setdefault(h.role, c)
        return found if "person" in found else None

    def _rows_by_roster_key(
        self,
        t: _Table,
        rows: list[RawRisk],
        c: int,
        vals: list[str],
        by: dict[str, list[tuple[str, str]]],
        at: str,
    ) -> None:
        """The rows of ``_holders_by_roster_key``: each its value's person, or a warning."""
        head = squeeze(t.header[1].get(c, "")) or col_letter(c)
        shown: dict[str, str] = {}
        for rr, v in zip(rows, vals, strict=True):
            got = by.get(v)
            if not got or len(got) > 1:
                if v or rr.title:
                    self.issues.append(
                        make_issue("HOLDER_ROSTER_KEY_UNMATCHED", self.rel, self.grid.name,
                                   cell_ref(rr.row, c), field=head, value=v or "空白")
                    )  # fmt: skip
                continue
            post, name = got[0]
            rr.person = name
            rr.title = rr.title or post
            shown[v] = f"{v}={rr.title} {name}"
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_ROSTER_KEY", self.rel, self.grid.name, at, field=head,
                           value="、".join(shown.values()), legend=f"{self.grid.name}!{at}")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now)

    def _key_role_roster_rows(self, t: _Table, above: list[int], next_h: int) -> set[int]:
        """A list with no post or holder column whose rows name a KEY ('平台账号 | “某某发布”
        公众号', '村名 | 东沟村', merged down or not) and a ROLE on it ('涉及角色 | 内容编辑',
        '环节 | 审核'), and a roster of key × role under or above it ('附：账号管理责任表' over
        '账号名称 | 运维管理员 | 内容编辑 | 终审人', a row a key, each cell '姓名（职务）' or '职务
        姓名'): the roster (``t.key_roles``, resolved by ``_holders_by_key_role``) and its rows
        with its caption, no rows of the list. The roster's headings must be two or more of the
        role column's values (the same words or within them: ``_named_tiers``), its first
        column's values the key column's (most of them), its cells name people. A list with its
        own 岗位 or 姓名 column, a role column with no such roster: as read; a '处室 | 责任层级'
        list is ``_holders_by_group``'s (its leaders across 处室 one form, no 科室)."""
        if not t.header or {"title", "person"} & t.roles.keys():
            return set()  # (the cheap test: a list naming its own holders)
        if "tier" in t.roles and {"department", "unit"} & t.roles.keys():
            return set()  # ('处室 | 责任层级': a roster of tiers, ``_holders_by_group``'s)
        cands = [
            c for c, role in t.col_role.items() if role in _KEY_ROLE_COLS and t.header[1].get(c)
        ]
        if len(cands) < 2:
            return set()  # (a key and a role column at least)
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            y, c = merged.get((y, c), (y, c))
            return squeeze(sh.rows[y][c]) if c < len(sh.rows[y]) else ""

        said = {c: {value(y, c) for y in range(t.start, next_h)} - {""} for c in cands}
        for x in [*range(t.start + 1, next_h), *above]:
            cs = sh.nonempty(x)
            if len(cs) < 3 or x in range(t.row, t.start):
                continue
            if any(len(sh.rows[x][c]) > 16 for c in cs):
                continue  # (a row of the list, its point a sentence: no roster's heading row)
            k0 = cs[0]
            heads = [h for c in cs[1:] if len(h := _tier_key(sh.rows[x][c])) >= 2]
            # (the cheap test: two headings of the row among one column's values, or within them)
            rcs = [
                rc
                for rc in cands
                if sum(any(h in v or v in h for v in said[rc]) for h in heads) >= 2
            ]
            for rc in rcs:
                body = range(t.start, x) if x > t.start else range(t.start, next_h)
                named = [value(y, rc) for y in body]
                tiers = _named_tiers(sh, x, k0, k0, named)
                if not tiers:
                    continue
                members, used = _tier_roster(sh, merged, x, k0, tiers)
                if not any(
                    n for cs_ in members.values() for held in cs_.values() for _p, n in held
                ):
                    continue  # (a roster naming no one: headings of another table)
                keys = {_roster_key(k) for k in members}
                # (the list's own rows only: not the roster's caption merged across above it,
                # '附：…责任表', which would count as one more key of the list)
                listed = [y for y in body if len(sh.nonempty(y)) >= 2]
                best, kc = 0, None
                for c in cands:
                    if c == rc:
                        continue
                    own = {_roster_key(value(y, c)) for y in listed} - {""}
                    hit = len(own & keys)
                    if hit > best and 2 * hit >= len(own):
                        best, kc = hit, c
                if kc is None or 2 * best < len(keys):
                    continue  # (its rows no keys of the list: another roster)
                cap = x - 1  # its caption ('附：政务新媒体账号管理责任表') right above it
                if cap >= t.start and len(sh.nonempty(cap)) == 1:
                    used.add(cap)
                t.key_roles = KeyRoleRoster(
                    kc,
                    rc,
                    {c: squeeze(sh.rows[x][c]) for c in tiers},
                    tiers,
                    {_roster_key(k): v for k, v in members.items()},
                    cell_ref(x, k0),
                )
                return used
        return set()

    def _holders_by_key_role(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """Each row of a list keyed by (key, role) (``t.key_roles``): the holders of the
        roster's cell at its key's row and its role's column (a cell naming two roles, '内容编辑、
        终审人': both), one form a holder however many keys he holds roles on, with one info. A
        (key, role) the roster has no holder for stays as read, with a warning at its cell."""
        kr = t.key_roles
        assert kr is not None
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            y, c = merged.get((y, c), (y, c))
            return squeeze(sh.rows[y][c]) if c < len(sh.rows[y]) else ""

        head = t.header[1] if t.header else {}
        kh = squeeze(head.get(kr.key_col, "")) or "账号"
        rh = squeeze(head.get(kr.role_col, "")) or "角色"
        legend = f"{self.grid.name}!{kr.at}"
        col_of = {v: c for c, vs in kr.roles.items() for v in vs}
        by_key = t.col_role.get(kr.key_col) == "department"  # ('科室 | 办公室': his 科室)
        out: list[RawRisk] = []
        shown: dict[str, list[str]] = {}
        for rr in rows:
            key, role = value(rr.row, kr.key_col), value(rr.row, kr.role_col)
            by_col = kr.members.get(_roster_key(key), {})
            cols = list(dict.fromkeys(col_of.get(p) for p in _tier_parts(role)))
            picked = [(c, by_col.get(c, [])) for c in cols if c is not None]
            if (
                not cols
                or None in cols
                or not all(n for _c, held in picked for _p, n in held)
                or not all(held for _c, held in picked)
            ):
                self.issues.append(
                    make_issue("KEY_ROLE_NOT_IN_ROSTER", self.rel, self.grid.name,
                               cell_ref(rr.row, kr.role_col), field=kh, key=key or "空白",
                               role=rh, value=role or "空白", legend=legend)
                )  # fmt: skip
                out.append(rr)
                continue
            done: set[tuple[str, str]] = set()
            for c, held in picked:
                for post, name in held:
                    if (post, name) in done:
                        continue
                    done.add((post, name))
                    dept = key if by_key else rr.department
                    out.append(replace(rr, department=dept, title=post, person=name))
                said = f"{kr.heads[c]}=" + "、".join(f"{p} {n}".strip() for p, n in held)
                if said not in shown.setdefault(key, []):
                    shown[key].append(said)
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_KEY_AND_ROLE", self.rel, self.grid.name, kr.at,
                           field=kh, role=rh, heads=" | ".join(kr.heads.values()),
                           value="；".join(f"{k}：" + "，".join(v) for k, v in shown.items()),
                           legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.seen += len(out) - len(rows)
        return out

    def _holders_called(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> tuple[list[RawRisk], set[int]]:
        """A 责任人 column calling each holder as colleagues do, by surname + post ('訾所长',
        '漆副所长'; '漆教导员、訾警长' two), the full names only in a roster line above or under the
        list ('所领导及警长：所长 訾霂棠　教导员 漆岚岫　副所长 訾沄璆　…'): each call is the roster's
        holder of that post whose name starts with the surname (two 副所长 told apart by surname,
        two 訾 by post; a cell of two calls a point of each), with one info a table; a call naming
        none or several of them stays as the post, with a warning naming its cell; a call by the
        END of the roster's post ('冉书记' for the 党委书记) is the one holder it fits. The column
        may be one the contents made 'other' (a cell of two calls taken for several posts). The
        roster's lines are returned (no caption naming a 科室 or the unit, no stray rows), also
        when the calls read as before. Without such a column or such a line the rows read as
        before."""
        sh = self.sh
        heads = t.header[1] if t.header else {}
        role = next(
            (
                x
                for x in ("title", "person")
                if x in t.roles
                and (h := heading_role(squeeze(heads.get(t.roles[x], "")))) is not None
                and h.role == "person"
            ),
            None,
        )
        col = t.roles[role] if role is not None else None
        if role is None:
            # a '责任人' column the contents made 'other' (two calls a cell, '漆教导员、訾所长', read
            # as several posts): its cells are the calls still
            col = next(
                (
                    c
                    for c, r in sorted(t.col_role.items())
                    if r == "other"
                    and (h := heading_role(squeeze(heads.get(c, "")))) is not None
                    and h.role == "person"
                ),
                None,
            )
            role = "person"
        if col is None:
            return rows, set()  # (the cheap test: a column headed '责任人', '负责人')
        merged = self.grid.merged_into

        def said(rr: RawRisk) -> str:
            if t.roles.get(role) == col:
                return getattr(rr, role)
            x = merged.get((rr.row, col), (rr.row, col))
            return sh.rows[x[0]][x[1]] if x[1] < len(sh.rows[x[0]]) else ""

        calls: list[list[str]] = []
        for rr in rows:
            ws = [w for w in _CALLED_SPLIT.split(said(rr).strip()) if w]
            if not all(3 <= len(w) <= 7 and is_post(w) for w in ws):
                # (a call ends in a post: '訾所长', '冉站长'; a full name does not; the first
                # such cell ends it, the rows under it not split)
                return rows, set()
            calls.append(ws)
        if not any(calls):
            return rows, set()
        roster: list[tuple[str, str]] = []
        lines: set[int] = set()
        for x in around:
            cols = sh.nonempty(x)
            if len(cols) == 1 and (got := called_roster(sh.rows[x][cols[0]])):
                roster += got
                lines.add(x)
        if not roster:
            return rows, set()  # (no roster line: the calls read as before)
        meant = {w: call_of(w, roster) for ws in calls for w in ws}
        if None in meant.values() or not any(len(n) == 1 for _p, n in meant.values()):
            # (not every word a call of the roster's posts: the rows as before; the roster line
            # names holders, no 科室 or caption)
            return rows, lines
        head = squeeze(heads.get(col, "")) or "责任人"
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr, ws in zip(rows, calls, strict=True):
            if not ws:
                out.append(rr)
                continue
            for w in ws:
                post, named = meant[w]
                if len(named) == 1:
                    name = named[0][1]
                    shown[w] = f"{w}={post} {name}"
                    out.append(replace(rr, title=post, person=name))
                    continue
                if named:  # ('漆副所长' where two 副所长 are 漆: which one?)
                    why = f"有{len(named)}位({'、'.join(n for _p, n in named)})"
                else:  # ('郑所长' where the 所长 is 訾)
                    why = f"没有姓“{w[: len(w) - len(post)]}”的{post}"
                self.issues.append(
                    make_issue("HOLDER_CALL_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, col), field=head, value=w, why=why)
                )  # fmt: skip
                out.append(replace(rr, title=w, person=""))
        self._withdraw_column_issues(col)  # (the column is the holders', as its heading says)
        x = min(lines)
        self.issues.append(
            make_issue("HOLDERS_CALLED_BY_SURNAME", self.rel, self.grid.name,
                       cell_ref(x, sh.nonempty(x)[0]), field=head, value="、".join(shown.values()))
        )  # fmt: skip
        self.skip |= lines
        self.code_legend |= lines  # (neither the tail's rows nor stray ones)
        t.sections = True  # (the rows name their holders: a list)
        return out, lines

    def _posts_from_signoff(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> tuple[list[RawRisk], set[int]]:
        """A list naming its holders by name only ('序号 | 姓名 | 廉政风险点 | …', no 岗位 or 职务
        column), each name's post given only in a line under or above it that pairs posts and full
        names: a sign-off ('本人签字确认：大队长 黎翊澂　副大队长 莫琤岚　…', '签字：黎翊澂（大队长）、…')
        or a roster ('班子成员：…'). Each row whose holder the line names takes that post (and the
        科室 the line writes before it, '综合科科长 …'), with one info a table; a name the line
        lacks keeps no post, a name only the line gives adds nothing, a name given two posts none.
        The line's rows are returned (no caption, no 科室). Without such a line as before."""
        if not rows or any(rr.title for rr in rows) or not any(rr.person for rr in rows):
            return rows, set()  # (the cheap test: names and no post at all)
        sh = self.sh
        posts: dict[str, set[str]] = {}
        lines: set[int] = set()
        for x in around:
            cols = sh.nonempty(x)
            if not 1 <= len(cols) <= 2:
                continue
            # ('本人签字确认： | 大队长 黎翊澂　…': its label in a cell of its own)
            text = "\u3000".join(sh.rows[x][c].strip() for c in cols)
            if got := called_roster(text):
                for post, name in got:
                    posts.setdefault(name, set()).add(post)
                lines.add(x)
        if not posts:
            return rows, set()  # (no line of post–name pairs: as before)
        meant = {n: next(iter(p)) for n, p in posts.items() if len(p) == 1}
        if not any(squeeze(rr.person) in meant for rr in rows):
            return rows, set()  # (the line names other people: as before)
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr in rows:
            given = meant.get(squeeze(rr.person))
            if given is None:
                out.append(rr)
                continue
            dept, post = split_dept_title(given)
            shown[rr.person] = f"{rr.person}={given}"
            out.append(replace(rr, title=post or given, department=rr.department or dept))
        x = min(lines)
        head = squeeze(t.header[1].get(t.roles["person"], "")) if t.header else ""
        self.issues.append(
            make_issue("POSTS_FROM_SIGNOFF_LINE", self.rel, self.grid.name,
                       cell_ref(x, sh.nonempty(x)[0]), field=head or "姓名",
                       value="、".join(shown.values()))
        )  # fmt: skip
        self.skip |= lines
        self.code_legend |= lines  # (neither the tail's rows nor stray ones)
        return out, lines

    def _holders_by_signoff_roles(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> tuple[list[RawRisk], set[int]]:
        """A list whose holder column ('责任人') names no person but the form's SIGNING ROLES
        ('单位负责人', '统计负责人', '填表人', or several '单位负责人、统计负责人'), as a 统计报表 is
        signed: the persons stand only in its closing sign-off row ('单位负责人：那某 | 统计负责人：
        覃某 | 填表人：… | 报出日期：…', each label and its name in cells of their own, all in one
        merged cell, '单位负责人（签字）：…', a two-character '李理', or such a line above the table
        beside '填报单位：…'). A '分管领导' among the roles is an ordinary post (no report's
        signer): kept as read, no warning. Each row's
        point goes to whoever signs in each role its cell names (two roles: a point of each), the
        role his post, with one info a table; a role the row does not sign keeps its post only,
        with a warning naming the cell. A cell naming anything but roles, a name column, or no
        such row: as before."""
        if not rows or ("title" in t.roles) == ("person" in t.roles):
            return rows, set()  # (one holder column, read as posts or as names)
        role_of = "title" if "title" in t.roles else "person"
        col = t.roles[role_of]
        named: list[list[str]] = []
        written: list[list[str]] = []  # (each role as the cell writes it: '單位負責人' stays so)
        for rr in rows:  # (the cheap test first: every holder cell role words only)
            said = rr.title if role_of == "title" else rr.person
            as_said = [squeeze(p) for p in _ROLES_JOINED.split(said) if p.strip()]
            parts = [as_keyed(p) for p in as_said]
            if not parts or not all(_SIGNING_ROLE.match(p) for p in parts):
                return rows, set()
            named.append(parts)
            written.append(as_said)
        head = squeeze(t.header[1].get(col, "")) if t.header else ""
        if "人" not in head and "责任" not in head:
            return rows, set()  # ('岗位 | 单位负责人': a post column, its posts as they are)
        sh = self.sh
        said: dict[str, set[str]] = {}
        lines: list[int] = []
        for x in around:
            got = _signers_in_line(sh.rows[x], sh.nonempty(x))
            if got:
                for role, name in got:
                    said.setdefault(role, set()).add(name)
                lines.append(x)
        signers = {
            role: next(iter(n))
            for role, n in said.items()
            if len(n) == 1 and not _LEADER_NOT_SIGNER.match(role)  # (a report's signers only)
        }
        if not any(p in signers for parts in named for p in parts):
            return rows, set()  # (no sign-off naming these roles: as before)
        out: list[RawRisk] = []
        unnamed: dict[str, str] = {}  # role → the first cell naming it
        for rr, parts, as_said in zip(rows, named, written, strict=True):
            for k, (role, post) in enumerate(zip(parts, as_said, strict=True)):
                if k:
                    self.seen += 1  # (a row of two roles: a point of each)
                if _LEADER_NOT_SIGNER.match(role):
                    out.append(replace(rr, title=post, person=""))  # ('分管领导': a post, as read)
                    continue
                if role not in signers:
                    unnamed.setdefault(role, rr.cell(role_of))
                out.append(replace(rr, title=post, person=signers.get(role, "")))
        x = lines[0]
        self.issues.append(
            make_issue("HOLDERS_BY_SIGNOFF_ROLES", self.rel, self.grid.name,
                       cell_ref(x, sh.nonempty(x)[0]), field=head,
                       value="、".join(f"{r}={n}" for r, n in signers.items()))
        )  # fmt: skip
        for role, cell in unnamed.items():
            self.issues.append(
                make_issue("SIGNOFF_ROLE_UNNAMED", self.rel, self.grid.name, cell, field=head,
                           value=role)
            )  # fmt: skip
        self.skip |= set(lines)
        self.code_legend |= set(lines)  # (neither the tail's rows nor stray ones)
        return out, set(lines)

    def _holder_codes(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A post's or holder's column of short codes ('A', 'B、D', '①', '甲') that a legend on
        the sheet defines — a line above, below or beside the table ('A—所长　张三；B—…', '①所长
        张三 ②…'), a small table ('代号 | 科室 | 岗位 | 姓名', '编号 | 职务 | 姓名') or a note: each
        row is the 科室, post and holder its code stands for (a row of two codes a point of each),
        with one info naming the legend. A code the legend leaves out or gives two meanings stays
        as read, with a warning naming its cell; without a legend the codes read as before."""
        if t.duty_numbers is not None:  # '对应职责 | 职责1、职责2' under a duties table
            return self._holders_by_duty_numbers(t, rows)
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
                           why="有两种说法" if code in said else "没有写明",
                           kept="已照原样读取" if code_col is None
                           else "这一行未读出责任人")
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

    def _holders_by_source_files(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """No post or holder column, and a merge tool's column names each row's source: WPS 合并表格's
        '工作簿名称', Power Query's 'Source.Name', '来源文件', '文件名', '工作表名称', or a column
        whose cells mostly end in '.xlsx'/'.xls'/'.et'/'.csv' ('资源保护科-护林员-臧屹沣.xlsx', the
        序号 restarting at each file): each distinct file (its extension and a copy suffix '(1)',
        '（2）', '副本' off) is one return, one form, its holder the (科室, post, name) its name
        spells as ``_source_holder`` reads it (a 科室 column stays its 科室), with one info naming
        the column; a file naming no one ('Sheet1') is still a form of its own, with a warning. A
        '附件' or '备注' column ('见附件.docx') is no source column."""
        if not t.header or "person" in t.roles:
            return rows  # (the cheap test: a holder's column of its own)
        # ('工作簿名称 | 序号 | 岗位 | …' over '办公室-主任-欧阳某.xlsx | 1 | 主任'): posts and no
        # names, each file spelling its holder's name, and his post where it gives one
        posts = "title" in t.roles
        sh = self.sh
        heads = t.header[1]
        col = next((c for c, k in heads.items() if k and _SOURCE_COL_HEAD.match(squeeze(k))), None)
        by_cells = col is None
        if col is None:  # (else a column of file names under another heading)
            for c, k in heads.items():
                if t.col_role.get(c) not in (None, "other") or _SOURCE_NOT_HEAD.search(k or ""):
                    continue
                cells = [sh.rows[rr.row][c] if c < len(sh.rows[rr.row]) else "" for rr in rows]
                if not any(_SOURCE_FILE_EXT.search(v.strip()) for v in cells[:3]):
                    continue  # (the cheap test: the first rows name no file)
                if sum(1 for v in cells if _SOURCE_FILE_EXT.search(v.strip())) * 3 >= len(rows) * 2:
                    col = c
                    break
        if col is None or t.col_role.get(col) not in (None, "other"):
            return rows
        if any(rr.person or (rr.title and not posts) for rr in rows):
            return rows  # (a card's holder stands)
        stems: list[str] = []
        last = ""
        for rr in rows:  # (a blank or merged cell: the file above's)
            v = sh.rows[rr.row][col].strip() if col < len(sh.rows[rr.row]) else ""
            last = _source_stem(v) if v else last
            stems.append(last)
        files = dict.fromkeys(s for s in stems if s)
        held = {f: _source_holder(f) for f in files}
        if not files or (len(files) < 2 and not any(held.values())):
            return rows  # (one source naming no one: as read)
        if posts and not self._source_names_posts(rows, stems, held):
            return rows  # (a file naming no one, or another post than its rows': as read)
        if by_cells and not (
            sum(1 for h in held.values() if h) * 2 > len(files)
            or self._seq_restarts(t, rows, stems)
        ):  # ('台账 | 数据核对台账.xlsx' of one office's list: its ledgers, no returns)
            return rows
        out = []
        for rr, stem in zip(rows, stems, strict=True):
            h = held.get(stem)
            if h is None:
                out.append(replace(rr, source=stem))
                continue
            out.append(
                replace(rr, title=rr.title or h[0], person=h[1], source=stem,
                        department=h[2] if len(h) > 2 and not rr.department else rr.department,
                        cols={**rr.cols, "person": col} if posts else
                        {**rr.cols, "title": col, "person": col})
            )  # fmt: skip
        field = squeeze(heads.get(col, ""))
        first = next(rr for rr, stem in zip(rows, stems, strict=True) if stem)
        self.issues.append(
            make_issue("HOLDER_BY_SOURCE_FILE", self.rel, self.grid.name, cell_ref(t.row, col),
                       field=field, value=squeeze(sh.rows[first.row][col]), count=str(len(files)),
                       lacks="有岗位栏但没有姓名栏" if posts else "没有岗位和责任人栏")
        )  # fmt: skip
        for f, h in held.items():
            if h is None:
                at = next(rr for rr, s in zip(rows, stems, strict=True) if s == f)
                self.issues.append(
                    make_issue("SOURCE_FILE_NO_HOLDER", self.rel, self.grid.name,
                               cell_ref(at.row, col), field=field, value=f)
                )  # fmt: skip
        t.sections = True  # (the rows name their returns: a list)
        return out

    def _holders_by_mail_headers(self, t: _Table, rows: list[RawRisk], end: int) -> list[RawRisk]:
        """Returns pasted out of e-mails, each small table under its mail's header lines
        ('发件人：连某 <…@163.com>', '发送时间：…', '收件人：院办公室 <…>', '主题：回复：…报送（药剂科
        科主任）', or From/Sent/To/Subject), and no 岗位 or 姓名 column: each mail one form, the
        rows under it to the next mail its sender's (the address off), the 科室 and post the
        subject's bracket (or the words after its 报送) names, else none; 收件人 and 抄送 name no
        holder or 科室, and header lines read as rows are none. One info a sheet naming how many
        mails; a mail with no table under it, or whose 发件人 names no one, a warning. A 姓名 or
        岗位 column wins: the sender only sent it. ``end``: the row the next table starts at; the
        mails are looked for from under the sheet's table before."""
        floor = self.mail_floor
        if rows:
            self.mail_floor = max(floor, max(rr.row for rr in rows) + 1)
        if not rows:
            return rows
        if self.grid.lacks("发件人", "寄件人", "发信人", "m", "M"):
            return rows  # (the cheap test: a 发件人/寄件人/发信人/from line in the cells)
        sh = self.sh
        if all(_mail_lines(sh, r) is None for r in range(floor, min(end, rows[0].row + 1))):
            return rows  # (the cheap test: a mail over the first row starts on a header line)
        blocks = mail_blocks(sh, range(floor, end))
        if not blocks or blocks[0][0] > rows[0].row:
            return rows  # (no mail over the first row: an ordinary list)
        if {"person", "title"} & t.roles.keys():
            # (its own 岗位 or 姓名 column wins; the 收件人 '局办公室 <…>' is still no 科室 of it)
            t.mail_to = _mail_recipients(blocks)
            return rows
        if any(rr.person or rr.title for rr in rows):
            return rows  # (a card's holder stands)
        inside = {x for first, last, _s in blocks for x in range(first, last + 1)}
        kept = [rr for rr in rows if rr.row not in inside]  # ('发件人： | 某某 <…>' read as a row)
        if "department" in t.roles:
            keshi: dict[int, set[str]] = {}
            for rr in kept:
                b = max((b for b in blocks if b[1] < rr.row), key=lambda b: b[0])
                if rr.department.strip():
                    keshi.setdefault(b[0], set()).add(rr.department.strip())
            if any(len(v) > 1 for v in keshi.values()):
                # ('科室' over 财务股, 办公室 … under one mail: the unit's list someone sent, no
                # return of his own; the 收件人 no 科室 of it either)
                t.mail_to = _mail_recipients(blocks)
                return rows
        out: list[RawRisk] = []
        used: set[int] = set()
        for rr in kept:
            b = max((b for b in blocks if b[1] < rr.row), key=lambda b: b[0])
            used.add(b[0])
            first, _last, said = b
            dept, post = mail_subject_post(said.get("subject", ""))
            col = sh.nonempty(first)[0]
            out.append(
                replace(rr, person=mail_sender(said["from"]), title=post,
                        department=rr.department or dept,
                        source=f"{self.grid.name}!{cell_ref(first, col)}",
                        cols={**rr.cols, "person": col}, rows={**(rr.rows or {}), "person": first})
            )  # fmt: skip
        if not any(mail_sender(b[2]["from"]) for b in blocks if b[0] in used):
            return rows  # (no mail naming its sender: as read)
        self.seen -= len(rows) - len(kept)
        told = self.mails_read
        first_told = not told
        told.update(used)
        at = cell_ref(min(told), sh.nonempty(min(told))[0])
        info = make_issue(
            "HOLDERS_BY_MAIL_HEADERS", self.rel, self.grid.name, at, count=str(len(told)),
            value=" ".join(sh.rows[min(told)][c].strip() for c in sh.nonempty(min(told))),
        )  # fmt: skip
        if first_told:
            self.issues.append(info)
        else:  # (the mails read as tables of their own: one info for the sheet)
            self.issues[:] = [info if i.code == info.code else i for i in self.issues]
        for i, (first, last, said) in enumerate(blocks):
            cell = cell_ref(first, sh.nonempty(first)[0])
            nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
            if first in used:
                if mail_sender(said["from"]):
                    continue
                why = "只写了邮箱地址或读不出姓名,这封邮件的风险点未读出责任人"
            elif nxt is not None and all(len(sh.nonempty(x)) < 2 for x in range(last + 1, nxt)):
                why = "之下没有风险点表格,这封邮件未读出风险点"  # (the next mail right under it)
            else:
                continue
            if cell in self.mails_warned:
                continue
            self.mails_warned.add(cell)
            self.issues.append(
                make_issue("MAIL_HEADER_UNREAD", self.rel, self.grid.name, cell,
                           value=said["from"].strip(), other=why)
            )  # fmt: skip
        t.sections = t.by_mails = True  # (the rows name their mails: a list)
        return out

    @staticmethod
    def _source_names_posts(
        rows: list[RawRisk], stems: list[str], held: dict[str, tuple[str, ...] | None]
    ) -> bool:
        """Beside a 岗位 column and no 姓名 column (``_holders_by_source_files``): every file spells a
        name, and the post it spells, where it spells one, is each of its rows' own."""
        if not held or not all(h and h[1] for h in held.values()):
            return False
        return all(
            not (h := held.get(stem)) or not h[0] or not rr.title or squeeze(rr.title) == h[0]
            for rr, stem in zip(rows, stems, strict=True)
        )

    def _seq_restarts(self, t: _Table, rows: list[RawRisk], stems: list[str]) -> bool:
        """The 序号 restarts where the source file changes ('1 2 | 1 | 1 2 3'), at every change (one
        change at least): the rows are several returns merged (``_holders_by_source_files``)."""
        sc = t.roles.get("seq")
        if sc is None:
            return False
        changes = 0
        prev = None
        for i, rr in enumerate(rows):
            v = self.sh.rows[rr.row][sc].strip() if sc < len(self.sh.rows[rr.row]) else ""
            n = int(v) if v.isdecimal() else None
            if i and stems[i] != stems[i - 1]:
                changes += 1
                if n is None or prev is None or n > prev:
                    return False
            prev = n
        return changes > 0

    def _holders_spelled_in_codes(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> list[RawRisk]:
        """No post or holder column, and the list's 编号 spells each row's holder before or after
        a running number ('风险编号 | 所在部门 | …' over '主任·郗缃蕤-01 | 中心领导 | …', '01-会计',
        'LZ-办公室主任-张三-1'): each row's holder is the post and name its code spells (a 科室
        column stays its 科室; one form a holder), with one info naming the column. Read when two
        thirds of the codes spell a post and a name, or spell a post or a name and a note gives
        the format ('注：风险编号格式为“岗位·姓名-序号”'); plain codes ('LZ-01', 'S01-1') and a
        code table's ('岗位代码 | …', ``_holder_codes``) stay as read."""
        if len(rows) < 2 or not t.header:
            return rows
        sh = self.sh
        col = next(
            (
                c
                for c, k in t.header[1].items()
                if k
                and t.col_role.get(c) in _SPELLED_CODE_ROLES  # (its words read as duties or posts)
                and _CODE_HEAD.search(squeeze(k))
            ),
            None,
        )
        if col is None or any(t.roles.get(x, col) != col for x in ("title", "person")):
            return rows  # (a post's or holder's column of its own: the code is only a code)
        own = t.col_role.get(col)
        if any((rr.title and own != "title") or (rr.person and own != "person") for rr in rows):
            return rows  # (a card's holder stands)
        cells = [sh.rows[rr.row][col] if col < len(sh.rows[rr.row]) else "" for rr in rows]
        if sum(1 for v in cells if re.search(r"[\u4e00-\u9fff]", v)) * 3 < len(rows) * 2:
            return rows  # (the cheap test: most codes hold no Chinese word)
        spelled = [_spelled_holder(v) for v in cells]
        # a "name" that is the row's 科室 or 村 or begins one ('李村-会计-01' beside 所在村 '李村',
        # '党建-主任-01' beside 科室 '党建办'): a place, no one's name
        places = {squeeze(rr.department) for rr in rows if rr.department}
        spelled = [
            (h[0], "", *h[2:]) if h and h[1] and any(p.startswith(h[1]) for p in places) else h
            for h in spelled
        ]
        spelled = [None if h is not None and not h[0] and not h[1] else h for h in spelled]
        got = [h for h in spelled if h is not None]
        if len(got) * 3 < len(rows) * 2:
            return rows
        if (
            sum(1 for p, n, *_d in got if p and n) * 3 < len(rows) * 2
        ):  # post-only: a note must say so
            noted = any(
                _SPELLED_CODE_NOTE.search(squeeze(sh.rows[x][c]))
                for x in around
                for c in sh.nonempty(x)
            )
            if not noted:
                return rows
        out = [
            rr
            if h is None
            else replace(
                rr,
                title=h[0],
                person=h[1],
                duty="" if own == "duty" else rr.duty,
                department=h[2] if len(h) > 2 and not rr.department else rr.department,
            )
            for rr, h in zip(rows, spelled, strict=True)
        ]
        first = next(v for v, h in zip(cells, spelled, strict=True) if h is not None)
        self.issues.append(
            make_issue("HOLDER_SPELLED_IN_CODES", self.rel, self.grid.name,
                       cell_ref(t.row, col), field=squeeze(t.header[1][col]),
                       value=squeeze(first))
        )  # fmt: skip
        # '代码' guessed by its contents as the post column: read as codes after all, the guess
        # (COLUMN_GUESSED '表头'代码'所在列按内容判断为'岗位'') is taken back
        heads = {cell_ref(x, col) for x in range(max(0, t.row - 2), t.start)}
        self.issues = [
            i
            for i in self.issues
            if not (
                i.code == "COLUMN_GUESSED" and i.source_sheet == self.grid.name and i.cell in heads
            )
        ]
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _holder_marks(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """No 科室, post or holder column, and each point closes with one or more marks ('…追加
        豪华配置※', '…公车私用不制止△◇', '…不按规定停放（B）') that a legend above, under or
        beside the list, or a note, resolves to holders ('注：风险点后标注的符号表示责任岗位及
        责任人：※—中心主任　钮璟翯；△—车辆调度科　科长　蓟沨璁；…'): each point is a point of
        every holder its marks stand for (one form a holder), the marks taken off its text, with
        one info naming the legend. Only marks the legend gives a post count: a mark it makes a
        level or a type ('★—高风险') or explains otherwise ('※为新增风险点'), or no legend at
        all, leaves the rows as read (``_marked_points`` may still read a level); a row with a mark
        the legend leaves out stays as read, with a warning. (The holder column of codes is
        ``_holder_codes``; this feeds the same (科室, post, holder) meanings from the point.)"""
        tails = [_HOLDER_MARK_TAIL.search(rr.risk_point.rstrip(_MARK_END_STRIP)) for rr in rows]
        used = {k for m in tails if m for k in _mark_keys(m.group(0))}
        if not used:
            return rows
        sh = self.sh
        said: dict[str, set[tuple[str, str, str]]] = {}
        where: list[str] = []
        legend_rows: set[int] = set()

        def take(text: str, at: str, x: int | None) -> None:
            hit = False
            for key, meaning in _HOLDER_MARK_ENTRY.findall(text):
                key = _mark_keys(key)[0] if _mark_keys(key) else key
                if key not in used:
                    continue
                got = _code_meaning(meaning, "person")
                if got is None or self.config.level(squeeze(meaning)):
                    said.setdefault(key, set()).add(("", "", ""))  # (a level's, a note's: no one)
                    continue
                said.setdefault(key, set()).add(got)
                hit = True
            if hit and at not in where:
                where.append(at)
                if x is not None:
                    legend_rows.add(x)

        own = {c for x, c in t.roles.items() if x != "other"}  # (beside: under no column of it)
        cells = [(x, c) for x in around for c in sh.nonempty(x)]
        cells += [(x, c) for x in body for c in sh.nonempty(x) if c not in own]
        for x, c in cells:  # (only a cell naming a mark of the points is parsed)
            text = sh.rows[x][c]
            if any(k in text for k in used):
                take(text, cell_ref(x, c), x)
        if not where:
            take(self._legend, "说明、批注或文本框", None)
        if not where:
            return rows  # no holders' legend of these marks: as read
        defined = {k: next(iter(m)) for k, m in said.items() if len(m) == 1 and any(next(iter(m)))}
        self.skip |= legend_rows - set(body)
        self.code_legend |= legend_rows - set(body)
        out: list[RawRisk] = []
        unclear: dict[str, str] = {}
        for rr, m in zip(rows, tails, strict=True):
            keys = _mark_keys(m.group(0)) if m else []
            if not keys or not all(k in defined for k in keys):
                for k in keys:  # (a mark the legend makes a level's or a note's: no warning)
                    if k not in said or len(said[k]) > 1:
                        unclear.setdefault(k, rr.cell("risk_point"))
                out.append(rr)  # (unmarked, or a mark no holder's: as read)
                continue
            text = rr.risk_point.rstrip(_MARK_END_STRIP)
            point = text[: m.start()].rstrip()
            at = rr.cols.get("risk_point", t.first)
            for n, k in enumerate(keys):
                dept, title, name = defined[k]
                if n:
                    self.seen += 1  # (a point of two marks: a point of each)
                out.append(
                    replace(rr, risk_point=point, department=dept, title=title, person=name,
                            cols={**rr.cols, "title": at, "person": at})
                )  # fmt: skip
        head = squeeze(t.header[1].get(t.roles["risk_point"], "")) if t.header else ""
        for k, cell in unclear.items():
            self.issues.append(
                make_issue("HOLDER_CODE_UNCLEAR", self.rel, self.grid.name, cell,
                           field=head or "风险点", value=k,
                           why="有两种说法" if k in said else "没有写明",
                           kept="这一项未读出责任人,符号照原样留在风险点中")
            )  # fmt: skip
        shown = "、".join(
            f"{k}={d}{ti} {n}".strip() for k, (d, ti, n) in defined.items() if k in used
        )
        legend = "、".join(f"{self.grid.name}!{w}" if w[0].isascii() else w for w in where)
        self.issues.append(
            make_issue("HOLDER_MARKS", self.rel, self.grid.name, where[0],
                       field=head or "风险点", value=shown, legend=legend)
        )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _mention_roster_rows(self, r: int, rows: list[RawRisk]) -> set[int]:
        """Row ``r`` (or the row under its caption, a cell alone: '协作成员') heads a roster of the
        members the points read so far mention ('成员 | 部门 | 职务' under '… @鄞澐璟'): its rows,
        kept as no rows of any kind (``_holders_by_mentions`` reads it); else an empty set."""
        sh = self.sh
        if not sh.writes_at:
            return set()  # (the cheap test: no '@' on the sheet, no point mentions anyone)
        x = r + (len(sh.nonempty(r)) == 1)
        head = mention_roster_head(sh, x)
        if head is None:
            return set()
        mentioned = {
            n
            for rr in rows
            if (m := MENTIONS_TAIL.search(rr.risk_point))
            for n, _post in MENTION_NAME.findall(m.group(0))
        }
        got, used = mention_roster(sh, x, head)
        if not got.keys() & mentioned:
            return set()  # (a staff table of others: as before)
        self.mention_rows |= used
        self.skip |= used
        self.code_legend |= used
        return used

    def _holders_by_mentions(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> list[RawRisk]:
        """No 科室, post or holder column, and most points close with @ mentions, as a list kept
        as an online sheet is exported ('…违规承诺优惠政策 @鄞澐璟', '…礼品礼金 @鄞澐璟 @寸霂岍',
        '…＠某某'): each mentioned name holds the point (one form a holder), the point the text
        before the first @; a roster of the members under or above the list, or on another sheet
        of the file ('协作成员' over '成员 | 部门 | 职务' and '@寸璎濯 | 企业服务部 | 专员'), gives
        each name's 科室 and post (a name it lacks is the name alone); one info. The roster's rows
        are no risk rows (the body ends at its heading) nor stray ones. A row whose mentions are
        no names ('…@某某发布') stays as read; an @ inside the text ('“@某某发布”公众号') or an
        address ('xx@yy.gov.cn') is no mention."""
        tails = [MENTIONS_TAIL.search(rr.risk_point) for rr in rows]
        if sum(1 for m in tails if m) * 2 < len(rows):
            return rows  # (the cheap test: most points close with mentions)
        sh = self.sh
        roster: dict[str, tuple[str, str]] = {}
        used: set[int] = set()
        where = ""
        mentioned = {n for m in tails if m for n, _post in MENTION_NAME.findall(m.group(0))}
        for x in [*sorted(self.mention_rows), *around]:  # (the one the body cut out first)
            head = mention_roster_head(sh, x)
            if head is None:
                continue
            got, rows_of = mention_roster(sh, x, head)
            if got.keys() & mentioned:
                roster, used, where = got, rows_of, cell_ref(x, head[0])
                break
        for grid in self.file_sheets if not roster else ():
            if grid is self.grid or grid.refused or not grid.rows:
                continue
            other = _Sheet(grid)  # ('成员' on a sheet of its own)
            for x in range(min(len(other.rows) - 1, 30)):
                head = mention_roster_head(other, x)
                if head is None:
                    continue
                got, _rows = mention_roster(other, x, head)
                if got.keys() & mentioned:
                    roster, where = got, f"{grid.name}!{cell_ref(x, head[0])}"
                    break
            if roster:
                break
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        first = ""
        for rr, m in zip(rows, tails, strict=True):
            said = dict(MENTION_NAME.findall(m.group(0))) if m else {}  # name → a bracketed post
            names = list(said)
            point = rr.risk_point[: m.start()].rstrip() if m else ""
            if not names or not point or not all(_mentions_holder(n, roster) for n in names):
                out.append(rr)  # (no mention, or one of no name: as read)
                continue
            at = rr.cols.get("risk_point", t.first)
            first = first or rr.cell("risk_point")
            for k, name in enumerate(names):
                dept, title = roster.get(name, ("", said.get(name, "")))
                shown.setdefault(name, f"{name}={dept}{title}" if dept or title else name)
                if k:
                    self.seen += 1  # (a point of two mentions: a point of each)
                out.append(
                    replace(rr, risk_point=point, department=dept, title=title, person=name,
                            cols={**rr.cols, "title": at, "person": at})
                )  # fmt: skip
        if not shown:
            return rows
        self.skip |= used
        self.code_legend |= used  # (neither the tail's rows nor stray ones)
        self.mention_rows |= used
        # (a roster above the list: its rows may have been reported stray already)
        self._withdraw_strays({cell_ref(x, sh.nonempty(x)[0]) for x in used if sh.nonempty(x)})
        head = squeeze(t.header[1].get(t.roles["risk_point"], "")) if t.header else ""
        self.issues.append(
            make_issue("HOLDERS_BY_MENTIONS", self.rel, self.grid.name, first,
                       field=head or "风险点", value="、".join(shown.values()),
                       roster=f"(科室、岗位按{where}起的成员名单)" if where else "")
        )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _holder_keys_in_numbers(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range, numbered: bool = False
    ) -> list[RawRisk]:
        """No 科室, post or holder column, and each 序号 cell carries the posts' short names in a
        bracket after the number ('1（院）', '3（院、会）', '2[财、出]', '4(A)') that a legend line
        above, under or beside the list, or a note, keys to holders ('注：序号后括号内为责任岗位简称：
        院—院长　钭暄甯；会—会计　乜曌湲'; '财：财务股长 某某', '出=出纳 某某'): each point is a
        point of every holder its keys stand for (one form a holder), with one info naming the
        legend. Only short keys (one to three characters each, split by '、', '，' or '/'); a
        legend must give a holder to most of them, so a bracket of status words ('1（重点）',
        '2（续）', '3（新增）') that no legend keys leaves the rows as read; a row with a key the
        legend lacks stays as read, with a warning at its 序号 cell. (The marks closing the point
        are ``_holder_marks``; this feeds the same (科室, post, holder) meanings from the 序号.)

        ``numbered``: no bracket, but EVERY 编号/序号 cell is a composite 'holder number-point
        number' ('2-1', '1.2', '3－1', '（2）1') and a numbered legend line ('说明：编号前一位为责任人
        代号（1—主任　某某；2—副主任　某某）', '注：1.站长 某某；2.会计 某某', '1：出纳') keys the first
        part: the rows may be sorted by level, one holder's rows scattered, so no block shows them.
        So a key of one or two letters or characters glued before the number ('乙1', '丙2', 'A1',
        'B-2') keyed by a legend line ('说明：编号首字为责任人代号：甲—总经理　某某；乙—仓储部　部长
        某某', '甲为…', 'A=…'): two keys at least ('FX-01', 'LZ01': a prefix all rows share, no key).
        A composite 编号 of no such legend ('1-1', '1-2' as chapter numbers; '甲1' unkeyed) stays
        as read."""
        sc = t.roles["seq"]
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}
        keyed: list[tuple[list[str], str]] = []  # each row's keys and its 序号 cell
        lettered = False  # (numbered: '甲1', 'A1' keys rather than '2-1' numbers)
        for rr in rows:
            at = merged.get((rr.row, sc), (rr.row, sc))
            text = sh.rows[at[0]][at[1]] if at[1] < len(sh.rows[at[0]]) else ""
            if numbered:
                m = _SEQ_HOLDER_NUMBER.match(text) if text else None
                k = _SEQ_HOLDER_KEY.match(text) if text and m is None else None
                if m is None and k is None:
                    return rows  # (one 编号 not composite: not this shape)
                lettered = k is not None if not keyed else lettered
                if (k is not None) != lettered:
                    return rows  # ('2-1' beside '甲1': no one scheme)
                key = k.group(1).upper() if k else str(int(m.group(1) or m.group(2)))
                keyed.append(([key], cell_ref(*at)))
                continue
            m = _SEQ_BRACKET_KEYS.match(text) if text else None
            parts = [p.strip() for p in _SEQ_KEY_SPLIT.split(m.group(1))] if m else []
            if parts and all(_SEQ_KEY_WORD.match(p) for p in parts):
                keyed.append((list(dict.fromkeys(p.upper() for p in parts)), cell_ref(*at)))
            else:
                keyed.append(([], ""))
        used = {k for ks, _c in keyed for k in ks}
        if not used or (numbered and len(keyed) < 2):
            return rows
        if numbered and lettered and len(used) < 2:
            return rows  # ('FX-01', 'LZ01': a prefix all rows share is no holder's key)
        alt = "|".join(re.escape(k) for k in sorted(used, key=len, reverse=True))
        if numbered:  # ('（1—主任　某某', '注：1.站长 某某'; not the '2' of '12—' or of '2025-')
            entry = re.compile(
                rf"(?:^|(?<=[：:\s“”\"「」（(]))0*({alt})(?![\d.．]\d)"
                r"\s*(?:[—–\-－─:：=＝.．、]+|为|指)\s*([^—–:：=＝]{2,30}?)[)）”\"」。．.]*$",
                re.I if lettered else 0,
            )
        else:
            entry = re.compile(
                rf"(?:^|(?<=[：:\s“”\"「」]))[“\"「]?({alt})[”\"」]?"
                r"\s*(?:[—–\-－─:：=＝]+|为|指)\s*([^—–:：=＝]{2,30})$",
                re.I,
            )
        said: dict[str, set[tuple[str, str, str]]] = {}
        where: list[str] = []
        legend_rows: set[int] = set()

        def take(text: str, at: str, x: int | None) -> None:
            hit = False
            for clause in _SEQ_LEGEND_SPLIT.split(text):
                m = entry.search(clause.strip())
                if not m:
                    continue
                key, meaning = m.group(1).upper(), m.group(2).strip()
                got = _code_meaning(meaning, "person")
                bare = squeeze(meaning).rstrip("。．.；;，,")
                if got is None and _dept_like(bare) and not self.config.level(bare):
                    got = (bare, "", "")  # ('办—办公室': a 科室's key, no post or holder named)
                if got is None or self.config.level(squeeze(meaning)):
                    said.setdefault(key, set()).add(("", "", ""))  # (a level's, a note's: no one)
                    continue
                said.setdefault(key, set()).add(got)
                hit = True
            if hit and at not in where:
                where.append(at)
                if x is not None:
                    legend_rows.add(x)

        own = {c for x, c in t.roles.items() if x != "other"}  # (beside: under no column of it)
        cells = [(x, c) for x in around for c in sh.nonempty(x)]
        cells += [(x, c) for x in body for c in sh.nonempty(x) if c not in own]
        for x, c in cells:  # (only a cell naming a key and a dash, colon or '=' is parsed)
            text = sh.rows[x][c]
            if any(k in text.upper() for k in used) and _SEQ_LEGEND_SEP.search(text):
                take(text, cell_ref(x, c), x)
        if not where:
            take(self._legend, "说明、批注或文本框", None)
        defined = {k: next(iter(m)) for k, m in said.items() if len(m) == 1 and any(next(iter(m)))}
        if 2 * len(defined.keys() & used) <= len(used):
            return rows  # no holders' legend of most of these keys ('（重点）', '（续）'): as read
        self.skip |= legend_rows - set(body)
        self.code_legend |= legend_rows - set(body)
        out: list[RawRisk] = []
        lacking: dict[str, str] = {}
        for rr, (keys, cell) in zip(rows, keyed, strict=True):
            if not keys or not all(k in defined for k in keys):
                for k in keys:
                    if k not in defined:
                        lacking.setdefault(k, cell)
                out.append(rr)  # (no keys, or a key no holder's: as read)
                continue
            for n, k in enumerate(keys):
                dept, title, name = defined[k]
                if n:
                    self.seen += 1  # (a point of two keys: a point of each)
                out.append(
                    replace(rr, department=dept, title=title, person=name,
                            cols={**rr.cols, "title": sc, "person": sc})
                )  # fmt: skip
        head = squeeze(t.header[1].get(sc, "")) if t.header else ""
        for k, cell in lacking.items():
            self.issues.append(
                make_issue("HOLDER_NUMBER_UNDEFINED" if numbered else "HOLDER_KEY_UNDEFINED",
                           self.rel, self.grid.name, cell, field=head or "序号", value=k,
                           why="有两种说法" if len(said.get(k, ())) > 1 else "没有写明")
            )  # fmt: skip
        shown = "、".join(
            f"{k}={d}{ti} {n}".strip() for k, (d, ti, n) in defined.items() if k in used
        )
        legend = "、".join(f"{self.grid.name}!{w}" if w[0].isascii() else w for w in where)
        self.issues.append(
            make_issue("HOLDER_NUMBERS_IN_CODES" if numbered else "HOLDER_KEYS_IN_NUMBERS",
                       self.rel, self.grid.name, where[0], field=head or "序号", value=shown,
                       legend=legend)
        )  # fmt: skip
        t.sections = True  # (the rows name their holders: a list)
        return out

    def _holders_in_stage_nodes(self, t: _Table, rows: list[RawRisk], posts_only: bool) -> bool:
        """A flow drawn down a stage column ('办理流程', '环节') with no post or holder column,
        whose node cells (merged over the node's points or not) close with a bracket naming the
        node's post and holder ('申请受理⏎（受理岗　某某）', '复核（复核岗 某某）'): each row is then
        the point of that post and holder (one form a holder), the step alone its stage, with one
        info. Every node must so end, two nodes at least; a bracket naming no post and person
        ('受理（1个工作日）', '审核（窗口）') leaves the column as read. ``posts_only``: a bracket
        naming a post alone ('（受理岗）', a post word ending in 岗) counts too (called when no
        other source named the rows' holders). Whether it read them."""
        # a row whose flow cell is an arrow or a terminal box ('↓', '结束') yet carries a point: no
        # node of its own (an arrow's point is the node's above it; a terminal's stays unheld)
        nodes = {rr.workflow for rr in rows if rr.workflow and not _flow_box(rr.workflow)}
        if len(nodes) < 2 or not all(v.rstrip()[-1:] in ")）" for v in nodes):
            return False  # (the cheap test: every node closes with a bracket)
        if any(rr.title or rr.person or rr.department for rr in rows):
            return False  # (a card's holder, or the rows' own: they stand)
        said: dict[str, tuple[str, tuple[str, str, str]]] = {}
        for v in nodes:
            m = _STAGE_NODE_BRACKET.match(v)
            meaning = _node_bracket_holder(m.group(2)) if m else None
            if meaning is None or not (meaning[1] or meaning[3]):
                return False  # ('受理（1个工作日）', '（张三）' with no post: no node's holder)
            if not meaning[2] and not (posts_only and meaning[1].endswith(("岗", "岗位"))):
                return False  # ('审核（窗口）': the step's detail, no post of the node's)
            said[v] = (squeeze(m.group(1)), meaning[:3])
        first = min((rr for rr in rows if rr.workflow in said), key=lambda rr: rr.row)
        m = _STAGE_NODE_BRACKET.match(first.workflow)
        shown, at = first.workflow[m.end(1) :].strip(), cell_ref(first.row, t.roles["workflow"])
        labels = t.header[1] if t.header else {}
        field = squeeze(labels.get(t.roles["workflow"], "")) or "环节"
        above: tuple[str, tuple[str, str, str]] | None = None  # the last node read, down the rows
        out: list[RawRisk] = []
        for rr in sorted(rows, key=lambda x: x.row):
            if rr.workflow in said:
                above = said[rr.workflow]
            elif rr.workflow and _flow_box(rr.workflow):
                if above is None or not _FLOW_CONNECTOR.fullmatch(rr.workflow.strip()):
                    # '结束' (or an arrow before any node) carrying a point: whose, the chart
                    # does not say
                    self.issues.append(
                        make_issue("FLOW_BOX_POINT_UNHELD", self.rel, self.grid.name,
                                   cell_ref(rr.row, t.roles["workflow"]), field=field,
                                   value=rr.workflow.strip())
                    )  # fmt: skip
                    out.append(rr)
                    continue
            else:
                out.append(rr)
                continue
            assert above is not None
            step, (dept, title, name) = above
            rr.workflow, rr.department = step, dept
            names = [x for x in _NODE_NAMES_SPLIT.split(name) if x] if name else [""]
            self.seen += len(names) - 1
            out += _fan_out(rr, [(title, x) for x in names])  # ('张三、赵六': each holds it)
        rows[:] = out
        self.issues.append(
            make_issue("HOLDER_IN_CELL_BRACKET", self.rel, self.grid.name, at,
                       field=field, value=shown)
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return True

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
        if key == "workflow":  # ('风险环节 | 经办人 | 复核人 | 审批人': the row's own columns)
            picked = self._holders_picked_by_stage(t, rows, around, body)
            if picked is not None or "person" in t.roles:
                return rows
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
                return self._holders_by_grid(t, rows, around, body)
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
            # no map of these stages: as read (a window's rows: a roster by group, as before;
            # a business's and a stage's: a permission grid of both)
            if window:
                return self._holders_by_group(t, rows, around, body)
            return self._holders_by_grid(t, rows, around, body)
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

    def _holders_by_photo(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A 公示牌 with no post or holder column whose holder stands only as the CAPTION of a
        photo placeholder in an UNHEADED column just outside it: a cell saying '（照片）' ('照片',
        '相片', '免冠照片') beside the board's rows, merged down or not, and the holder's name in
        the cell right under it ('梁丘沨岫') or on the box's last line ('（照片）⏎梁丘沨岫'). The
        rows beside a box and its caption are that holder's, his post the one the board's title
        line names ('主任岗位廉政风险防控公示' → 主任); a caption writing a post before the name
        ('受理员　宓荇舟') gives the post itself, the caption's winning over the title's (the
        title names the board, the caption the one in the photo); boards stacked and read as
        one table, a box each, split so. The boxes and captions are no stray cells, one info a board. A
        caption that is no name ('（盖章）'), other text in the column, or a row beside no box:
        as read."""
        if not rows:
            return rows
        sh = self.sh
        lo, hi = min(rr.row for rr in rows), max(rr.row for rr in rows)
        boxes: list[int] = []
        for c in (t.first - 1, t.last + 1):
            if c < 0:
                continue
            boxes = [
                x
                for x in range(lo, hi + 1)
                if c < len(sh.rows[x])
                and "片" in sh.rows[x][c]
                and (x, c) not in self.grid.merged_into
                and _PHOTO_BOX.match(sh.rows[x][c])
            ]
            if boxes:
                break
        if not boxes:
            return rows  # (the cheap test: no photo box beside the rows)
        if any(c < len(sh.rows[x]) and sh.rows[x][c].strip() for x in range(t.row, t.start)):
            return rows  # (a headed column: the table's own, no photo column)
        down = {r0: r1 for r0, c0, r1, c1 in self.grid.merges or () if c0 == c == c1}
        boards: list[tuple[int, int, int, str]] = []  # (box, caption's row, last row, name)
        for i, r0 in enumerate(boxes):
            r1 = down.get(r0, r0)
            caption, at = (_PHOTO_BOX.match(sh.rows[r0][c]).group(1) or "").strip(), r0
            if not caption and r1 + 1 < len(sh.rows) and r1 + 1 <= hi + 1:
                at = r1 + 1
                caption = sh.rows[at][c].strip() if c < len(sh.rows[at]) else ""
            name, own = "".join(caption.split()), ""
            parts = caption.split()
            if len(parts) == 2 and is_post(parts[0]) and looks_like_name(parts[1]):
                own, name = parts  # ('受理员　宓荇舟': the caption's post and name)
            if (
                not name
                or not looks_like_name(name)
                or any(w in name for w in ("盖章", "签字", "签名", "公章", "粘贴"))
            ):
                return rows  # ('（盖章）', '盖章', '单位负责人': no name under the box, as read
            end = boxes[i + 1] - 1 if i + 1 < len(boxes) else hi + 1  # (a caption under them)
            if max(r1, at) > end:
                return rows  # (a caption past the next box: no board's)
            boards.append((r0, at, end, name, own))
        said = {x for r0, at, *_rest in boards for x in (*range(r0, down.get(r0, r0) + 1), at)}
        pos = {rr.row for rr in rows}
        if any(c < len(sh.rows[x]) and sh.rows[x][c].strip() and x not in said for x in pos):
            return rows  # (more text in the column beside the rows: no board's photo column)
        if lo < boards[0][0]:
            return rows  # (a row above the first box: beside no board's photo)
        for k, (r0, at, end, name, own) in enumerate(boards):
            post = own or self._board_post(t.row if k == 0 else r0, pos)
            for rr in rows:
                if r0 <= rr.row <= end:
                    rr.title, rr.person = post or rr.title, name
            self._withdraw_strays(
                {cell_ref(r0, c), cell_ref(at, c)}, ("CELL_OUTSIDE", "ROW_UNPLACED")
            )
            self.issues.append(
                make_issue("HOLDER_UNDER_PHOTO", self.rel, self.grid.name, cell_ref(at, c),
                           field=squeeze(sh.rows[r0][c].split("\n")[0]),
                           value=f"{post} {name}".strip())
            )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _board_post(self, below: int, points: set[int]) -> str:
        """The post a board's title line a few rows above ``below`` names ('主任岗位廉政风险防控
        公示', '收费员岗位廉洁风险公示牌'), else '': no higher than the rows of the board before."""
        sh = self.sh
        for x in range(below - 1, max(below - 5, -1), -1):
            if x in points:
                return ""  # (the board before's rows: this board names no post)
            cells = sh.nonempty(x)
            m = (
                _BOARD_POST_LINE.match(squeeze("".join(sh.rows[x][c] for c in cells)))
                if cells
                else None
            )
            if m:
                # ('XX县不动产登记中心登记审核员岗位…': the post after the body the line names)
                _dept, title = split_dept_title(m.group(1))
                return title if title and is_post(title) else ""
        return ""

    def _holders_in_margin(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A list with no 科室, post or holder column whose holders stand in an UNHEADED column
        just right of its last one, one cell a holder merged down beside his rows ('责任人：⏎中心
        主任⏎鄂翛崟' over rows 4–5, '交易服务科科长　仓翊澂' over 6–8): each row takes the holder of
        the cell beside it (its 科室, post and name), the cells are no stray cells, one info. Every
        filled cell there must name a holder, one at least merged down over two rows, and every
        row stand beside one; a headed column ('备注'), notes, cells not merged: as read."""
        c = t.last + 1
        sh = self.sh
        merges = self.grid.merges
        if not merges or not rows:
            return rows
        lo, hi = min(rr.row for rr in rows), max(rr.row for rr in rows)
        said = [x for x in range(lo, hi + 1) if c < len(sh.rows[x]) and sh.rows[x][c].strip()]
        if not said:
            return rows  # (the cheap test: nothing beside the table)
        if any(c < len(sh.rows[x]) and sh.rows[x][c].strip() for x in range(t.row, t.start)):
            return rows  # (a headed column, '备注': the table's own, not a margin)
        down = {r0: r1 for r0, c0, r1, _c1 in merges if c0 == c and lo <= r0 <= hi}
        covered = self.grid.merged_into
        runs: list[tuple[int, int, dict[str, str]]] = []
        for x in said:
            if (x, c) in covered:
                continue  # (a merge's covered cell, its text its top cell's)
            who = _margin_holder(sh.rows[x][c])
            if not who:
                return rows  # (a note, a date, a tick: no holder, as read)
            runs.append((x, down.get(x, x), who))
        if not runs or all(a == b for a, b, _w in runs):
            return rows  # (no cell merged down beside rows: no margin of holders)
        of: dict[int, dict[str, str]] = {}
        for a, b, who in runs:
            of.update(dict.fromkeys(range(a, b + 1), who))
        if any(rr.row not in of for rr in rows):
            return rows  # (a row beside no holder: the column is no list of them)
        for rr in rows:
            who = of[rr.row]
            rr.department = who.get("department", "")
            rr.title = who.get("title", "")
            rr.person = who.get("person", "")
        self._withdraw_strays({cell_ref(a, c) for a, _b, _w in runs}, ("CELL_OUTSIDE",))
        shown = "、".join(" ".join(sh.rows[a][c].split()) for a, _b, _w in runs)
        head = squeeze(t.header[1].get(t.last, "")) if t.header else ""
        self.issues.append(
            make_issue("HOLDER_IN_MARGIN", self.rel, self.grid.name, cell_ref(runs[0][0], c),
                       field=head or col_letter(t.last), value=shown[:80])
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _holders_in_numbers(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A list with no post or holder column whose headed 序号 (编号) column holds no
        numbers but its holders, one cell merged down over each holder's rows ('一⏎局长⏎百里湍'
        over rows 5–7, '二、副局长　阳汀蘅', '3⏎办公室⏎主任⏎某某'): each row takes the holder of
        the cell it stands beside (its 科室, post and name; the ordinal no part of them), one
        info. A 科室 column beside it ('科室 | 预算股'): each row keeps the 科室 it writes (the
        cell's where it writes none), the post and name the 序号 cell's. Every filled 序号 cell beside the rows must name a post or a name once its ordinal
        is off, one at least merged down over two rows, and every row stand beside one; plain
        numbers ('1' merged over a block), a group word ('一、采购环节'), a 科室 alone: as read."""
        c = t.roles["seq"]
        sh = self.sh
        texts = {rr.row: sh.rows[rr.row][c].strip() for rr in rows if c < len(sh.rows[rr.row])}
        if not any(_SEQ_HOLDER_WORDY.search(s) for s in texts.values()):
            return rows  # (the cheap test: numbers only, or nothing, in the 序号)
        lo, hi = min(rr.row for rr in rows), max(rr.row for rr in rows)
        down = {r0: r1 for r0, c0, r1, _c1 in self.grid.merges if c0 == c and lo <= r0 <= hi}
        if not any(r1 > r0 for r0, r1 in down.items()):
            return rows  # (no 序号 cell merged down over rows: no holder's block)
        covered = self.grid.merged_into
        runs: list[tuple[int, int, dict[str, str]]] = []
        for x in range(lo, hi + 1):
            if (x, c) in covered or c >= len(sh.rows[x]) or not sh.rows[x][c].strip():
                continue  # (a merge's covered cell, its text its top cell's)
            text = _SEQ_HOLDER_ORDINAL.sub("", sh.rows[x][c].strip(), count=1)
            who = _margin_holder(text) if text else {}
            if not {"title", "person"} & who.keys():
                return rows  # ('1', '一、采购环节', '办公室': no holder, as read)
            joined = who.get("department", "") + who.get("title", "")
            if who.get("department") and who.get("title") and joined in text:
                # '工程建设股股长' in one word is the post, as a 岗位 column reads it; a 科室 on
                # its own line or set off ('综合股⏎股长') is the 科室
                who = {**who, "department": "", "title": joined}
            runs.append((x, down.get(x, x), who))
        if not runs or all(a == b for a, b, _w in runs):
            return rows
        of: dict[int, dict[str, str]] = {}
        for a, b, who in runs:
            of.update(dict.fromkeys(range(a, b + 1), who))
        if any(rr.row not in of for rr in rows):
            return rows  # (a row beside no holder: the column is no list of them)
        own = "department" in t.roles  # (a 科室 column: each row keeps its own 科室)
        for rr in rows:
            who = of[rr.row]
            if not own or not rr.department:
                rr.department = who.get("department", "")
            rr.title = who.get("title", "")
            rr.person = who.get("person", "")
        shown = "、".join(" ".join(sh.rows[a][c].split()) for a, _b, _w in runs)
        head = squeeze(t.header[1].get(c, "")) if t.header else ""
        self.issues.append(
            make_issue("HOLDER_IN_NUMBER", self.rel, self.grid.name, cell_ref(runs[0][0], c),
                       field=head or "序号", value=shown[:80])
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _holders_by_grid(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A list keyed by a business AND a stage ('业务事项 | 办理环节 | 廉政风险点', '住房公积金提取 |
        经办') with no post or holder column and no map by stage alone, whose holders stand in a
        PERMISSION GRID: the businesses down, the holders across (a posts row over a names row,
        '岗位 | 综合柜员 | …' over '姓名 | 张三 | …', or one cell '综合柜员⏎张三'), each cell the
        stage(s) that holder handles for that business ('经办', '复核、审批'; '—' none) — under or
        beside the list, or on another sheet of the file ('岗位权限设置'). Each row is then the
        point of the holder whose cell in its business's row names its stage (of each, where two
        do: one form a holder), with one info; a row no cell names stays as read, with a warning
        at its stage. The grid's rows are no points and no stray rows. A grid of ticks ('√'), of
        words other than the list's stages, or naming no holder is no such grid: as read."""
        if "workflow" not in t.roles:
            return self._holders_by_ticks(t, rows, around, body)
        bc = t.roles.get("duty")
        if bc is None or any(rr.person or rr.title for rr in rows):
            return rows  # (the cheap test: a business column, and no holder written)
        businesses = {_stage_key(rr.duty) for rr in rows} - {""}
        stages = {_stage_key(rr.workflow) for rr in rows} - {""}
        if not businesses or len(stages) < 2:
            return rows
        # a grid's stages are few and short, the same under several businesses ('经办' of each);
        # a card's 工作流程 steps are its duty's own ('考核推荐档案查阅'): no grid sought there
        under: dict[str, set[str]] = {}
        for rr in rows:
            under.setdefault(_stage_key(rr.workflow), set()).add(_stage_key(rr.duty))
        if not any(len(bs - {""}) >= 2 for w, bs in under.items() if w) and any(
            len(w) > 4 for w in stages
        ):
            return rows
        sh = self.sh
        # the list's own rows (a long point, or a level in its level column: '二级', '高'), never
        # a grid's, nor the holders' rows of a grid right under the list
        skip = {
            rr.row
            for rr in rows
            if len(rr.risk_point) > _GRID_CELL_MAX or _LIST_LEVEL.match(squeeze(rr.risk_level))
        }
        xs = [x for x in sorted({*around, *body}) if x not in skip]
        found = self._permission_grid_of(xs, skip, businesses, stages)
        if found is None:  # no grid of these businesses' stages: as read
            # (but one in other words, '经办、复核' where the list says '审核': say so)
            other = self._permission_grid_of(xs, skip, businesses, None)
            if other is not None:
                words = sorted({w for row in other[0].values() for d in row.values() for w in d})
                self.issues.append(
                    make_issue("HOLDER_GRID_OTHER_STAGES", self.rel, self.grid.name,
                               cell_ref(t.row, t.roles["workflow"]) if other[4] else other[3],
                               field=squeeze(t.header[1].get(t.roles["workflow"], ""))
                               if t.header else "办理环节",
                               value="、".join(words), stages="、".join(sorted(stages)),
                               legend=f"{other[4] or self.grid.name}!{other[3]}")
                )  # fmt: skip
            return rows
        cells, holders, used, at, sheet = found
        if not sheet:  # (the grid's lines, in the body or around it: no points, no stray rows)
            self.skip |= used - set(body)
            self.code_legend |= used - set(body)
            gone = {cell_ref(y, c) for y in used for c in range(len(sh.rows[y]))}
            before = len(rows)
            rows = [rr for rr in rows if rr.row not in used]
            self.seen -= before - len(rows)
            blank = [i for i in self.issues if i.code == "POINT_BLANK" and i.cell in gone]
            self.seen -= len(blank)
            self.reported -= len(blank)
            self._withdraw_strays(gone, ("ROW_UNPLACED", "CELL_OUTSIDE", "POINT_BLANK"))
            self.unplaced += len(blank)  # (a blank point's row was counted read, not unplaced)
        head = squeeze(t.header[1].get(t.roles["workflow"], "")) if t.header else ""
        said = list(cells)
        out: list[RawRisk] = []
        shown: dict[str, list[str]] = {}  # '住房公积金提取/经办' → its holders
        for rr in rows:
            b = _stage_match(_stage_key(rr.duty), said)
            k = _stage_key(rr.workflow)
            who = [c for c, done in cells[b].items() if _stage_match(k, [*done])] if b and k else []
            if not who:
                self.issues.append(
                    make_issue("HOLDER_STAGE_UNMATCHED", self.rel, self.grid.name,
                               rr.cell("workflow"), field=head or "环节",
                               value=f"{squeeze(rr.duty)}/{squeeze(rr.workflow)}".strip("/") or "空白")
                )  # fmt: skip
                out.append(rr)
                continue
            out.extend(_fan_out(rr, [holders[c] for c in who]))
            for c in who:
                title, name = holders[c]
                shown.setdefault(f"{b}/{k}", []).append(f"{title} {name}".strip())
            self.seen += len(who) - 1  # (a stage two hold: a point of each)
        if shown:
            legend = f"{sheet or self.grid.name}!{at}"
            self.issues.append(
                make_issue("HOLDER_BY_PERMISSION_GRID", self.rel, self.grid.name,
                           cell_ref(t.row, t.roles["workflow"]) if sheet else at,
                           field=head or "环节", business=squeeze(t.header[1].get(bc, ""))
                           if t.header else "业务事项",
                           value="；".join(f"{k}={'、'.join(v)}" for k, v in shown.items()),
                           legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
        return out

    def _holders_by_ticks(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """The permission grid turned and ticked: a list keyed by a business ('序号 | 经营业务 |
        廉政风险点 | 风险等级 | 防控措施', '农资配送' merged over its points) with no post, holder,
        科室 or stage column, and under or beside it a 业务分工表 of persons down and the list's
        businesses across ('岗位 | 姓名 | 农资配送 | 农产品收购 | …' over '主任 | 张三 | √ | √'),
        '√' under each business a person runs (``_tick_grid``). Each row is then the point of
        every person ticked under its business (a form each), with one info; a business no one
        is ticked under stays as read, with a warning. The grid is no rows of the list: its
        heading, tick rows and caption are no points and no stray rows."""
        if {"title", "person", "department", "unit"} & t.roles.keys():
            return rows
        sh = self.sh
        if all(rr.person or rr.title for rr in rows):
            return rows  # (the cheap test: no holder column, and not every holder written)
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
            top = merged.get((y, c)) if not v.strip() else None
            return squeeze(sh.rows[top[0]][top[1]]) if top else squeeze(v)

        cols = [c for c, role in sorted(t.col_role.items()) if role in ("other", "duty")]
        xs = sorted({*around, *body})
        # the list's own rows, with a long point or a level ('高', '二级'), are no grid's; the
        # businesses are those of its rows that tick nothing and name no one (the grid's heading
        # and tick rows read as points name '姓名' and '张三' under 经营业务)
        skip = {rr.row for rr in rows if len(rr.risk_point) > _GRID_CELL_MAX
                or _LIST_LEVEL.match(squeeze(rr.risk_level))}  # fmt: skip
        ticked = {
            rr.row
            for rr in rows
            if any(squeeze(sh.rows[rr.row][k]) in _TICK_GRID_MARKS for k in sh.nonempty(rr.row))
        }
        if any(rr.person or rr.title for rr in rows if rr.row not in ticked and rr.row in skip):
            return rows  # (a holder written in a row of the list's own: not keyed by a grid)
        for c in cols:
            keys = {rr.row: _stage_key(value(rr.row, c)) for rr in rows}
            said = sorted(
                k
                for k in {keys[x] for x in keys if x not in ticked} - {""}
                if (h := heading_role(k)) is None or h.role not in ("title", "person")
            )
            if len(said) < 2:
                continue
            found = _tick_grid(sh, [x for x in xs if x not in skip], said, skip)
            if found is not None:
                break
        else:
            return rows
        across, holders, ticks, used, at = found
        self.skip |= used - set(body)
        self.code_legend |= used - set(body)
        gone_rows = used | {x for x in range(min(used), max(used) + 1) if not sh.nonempty(x)}
        gone = {cell_ref(y, k) for y in used for k in range(len(sh.rows[y]))}
        before = len(rows)
        rows = [rr for rr in rows if rr.row not in gone_rows]
        self.seen -= before - len(rows)
        blank = [i for i in self.issues if i.code == "POINT_BLANK" and i.cell in gone]
        self.seen -= len(blank)
        self.reported -= len(blank)
        self._withdraw_strays(gone, ("ROW_UNPLACED", "CELL_OUTSIDE", "POINT_BLANK"))
        self.unplaced += len(blank)  # (a blank point's row was counted read, not unplaced)
        # (the grid's rows read as points: their levels and measures said nothing of the list)
        self.issues = [
            i for i in self.issues if not (i.source_sheet == self.grid.name and i.cell in gone)
        ]
        head = squeeze(t.header[1].get(c, "")) if t.header else ""
        out: list[RawRisk] = []
        shown: dict[str, list[str]] = {}
        for rr in rows:
            k = keys.get(rr.row, "")
            who = [x for x in holders if any(across[a] == k for a in ticks[x])] if k else []
            if not who:
                self.issues.append(
                    make_issue("HOLDER_TICK_GRID_UNMATCHED", self.rel, self.grid.name,
                               cell_ref(rr.row, c), field=head or "业务", value=k or "空白",
                               legend=f"{self.grid.name}!{at}")
                )  # fmt: skip
                out.append(rr)
                continue
            out.extend(_fan_out(rr, [holders[x] for x in who]))
            for x in who:
                title, name = holders[x]
                if f"{title} {name}".strip() not in shown.setdefault(k, []):
                    shown[k].append(f"{title} {name}".strip())
            self.seen += len(who) - 1  # (a business several run: a point of each)
        if shown:
            self.issues.append(
                make_issue("HOLDER_BY_TICK_GRID", self.rel, self.grid.name, at,
                           field=head or "业务",
                           value="；".join(f"{k}={'、'.join(v)}" for k, v in shown.items())[:300],
                           legend=f"{self.grid.name}!{at}")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
        return out

    def _permission_grid_of(
        self, xs: list[int], skip: set[int], businesses: set[str], stages: set[str] | None
    ) -> (
        tuple[dict[str, dict[int, set[str]]], dict[int, tuple[str, str]], set[int], str, str] | None
    ):
        """``_permission_grid`` among rows ``xs`` of this sheet (never the list's rows ``skip``),
        else on another sheet of the file: with the name of that sheet ('' for this one)."""
        merged = self.grid.merged_into if self.grid.merges else {}
        found = _permission_grid(self.sh, merged, xs, businesses, stages, skip)
        if found is not None:
            return (*found, "")
        for grid in self.file_sheets:
            if grid is self.grid or grid.refused or not grid.rows:
                continue
            other = _Sheet(grid)
            found = _permission_grid(
                other, grid.merged_into if grid.merges else {}, range(min(len(other.rows), 200)),
                businesses, stages,
            )  # fmt: skip
            if found is not None:
                return (*found, grid.name)
        return None

    def _holders_picked_by_stage(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk] | None:
        """A list whose holders stand in the row itself, one column a stage of the business ('经办人
        | 复核人 | 审批人', '承办人 | 审核人 | 审批人', '初审 | 复审 | 审定'; under '办理人员' or not),
        and a stage cell of the row ('风险环节', '所在环节' … '复核') saying WHICH of them holds its
        point: the row is that column's holder's (one form a holder), his post the column's bracket
        ('复核人（股长）'), a note's ('注：经办人为各股经办员，复核人为股长，审批人为分管副主任') or
        his cell's ('股长　张三'), a leader's with no 科室; one info. A row whose stage cell is
        blank or names no such column (or an empty one) stays as read (the first holder column's),
        with a warning. None unless two such columns, two of them picked by the rows with a name:
        the list is then read as before (the stage a workflow note)."""
        stems = self._stage_pick_stems(t)
        if stems is None:
            return None  # (the cheap test: two stages' holder columns, the holder's one of them)
        sh = self.sh
        heads = t.header[1]
        cols = {c for c, _h, _p in stems.values()}
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
            top = merged.get((y, c)) if not v else None
            return squeeze(sh.rows[top[0]][top[1]]) if top else squeeze(v)

        wc, said = t.roles["workflow"], list(stems)
        picks: dict[int, tuple[str, tuple[str, str, str]] | None] = {}
        for rr in rows:  # (the cell as written: a blank one is no stage carried down)
            k = _stage_match(_stage_key(value(rr.row, wc)), said)
            who = _stage_holder({"person": value(rr.row, stems[k][0])}) if k else None
            picks[rr.row] = (k, who) if who and who[2] else None
        got = [p for p in picks.values() if p is not None]
        if len({k for k, _w in got}) < 2 or len(got) * 2 < len(rows):
            return None  # ('受理 | 审查 | 决定' steps over one holder: no pick of a column)
        # the posts a note gives the columns: '经办人为各股经办员，复核人为股长' (a bracket first)
        posts = {k: p for k, (_c, _h, p) in stems.items() if p}
        legend = ""
        if len(posts) < len(stems):
            for x in [*around, *(y for y in body if len(sh.nonempty(y)) == 1)]:
                for c in sh.nonempty(x):
                    text = sh.rows[x][c]
                    if len(text) < 6 or ("为" not in text and "由" not in text):
                        continue  # (the cheap test: a note says who a column is)
                    said_posts = {}
                    for k, (_c, head, _p) in stems.items():
                        m = re.search(
                            rf"(?:{head}|{k}人?)(?:为|由|是)([^，,；;。、\s]{{2,14}})", text
                        )
                        post = _STAGE_POST_NOISE.sub("", m.group(1)) if m else ""
                        if post and is_post(post):
                            said_posts[k] = post
                    if len(said_posts) >= 2:
                        posts = {**said_posts, **posts}
                        legend = legend or cell_ref(x, c)
        field_ = squeeze(heads.get(wc, "")) or "环节"
        first = stems[min(stems, key=lambda k: stems[k][0])][1]
        shown: dict[str, str] = {}
        for rr in rows:
            pick = picks[rr.row]
            if pick is None:
                self.issues.append(
                    make_issue("HOLDER_STAGE_NOT_PICKED", self.rel, self.grid.name,
                               cell_ref(rr.row, wc), field=field_,
                               value=value(rr.row, wc) or "空白", first=first)
                )  # fmt: skip
                continue
            k, (dept, title, name) = pick
            title = posts.get(k, "") or title
            if title:
                rr.title = _STAGE_LEAD_WORD.sub("", title)
            elif stems[k][1] != first:
                rr.title = ""  # (a 岗位 column's post is the first column's holder's)
            if _leader_like(title):
                rr.department = ""  # ('分管副主任': a leader of the body, no 科室)
            elif dept:
                rr.department = dept
            rr.person = name
            shown.setdefault(k, f"{k}={stems[k][1]}" + (f"（{rr.title}）" if posts.get(k) else ""))
        self.issues.append(
            make_issue("HOLDER_PICKED_BY_STAGE", self.rel, self.grid.name, cell_ref(t.row, wc),
                       field=field_, value="、".join(shown.values()),
                       heads=" | ".join(stems[k][1] for k in stems),
                       legend=f",岗位见{self.grid.name}!{legend}" if legend else "")
        )  # fmt: skip
        said = {cell_ref(x, c) for x in range(t.row, t.start) for c in cols}
        self.issues = [  # (a stage's column guessed '其他' is read now)
            i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in said)
        ]
        t.sections = True  # (the rows name their holders now: a list)
        return rows

    def _stage_pick_stems(self, t: _Table) -> dict[str, tuple[int, str, str]] | None:
        """The stages' holder columns of a list (``_holders_picked_by_stage``): a column's stage →
        (column, heading, the post its bracket gives); None unless two, the rows' holder column
        (if any) one of them."""
        if not t.header:
            return None
        sh = self.sh
        heads = t.header[1]
        bottom = t.start - 1
        stems: dict[str, tuple[int, str, str]] = {}
        for c in sorted(heads):
            under = sh.rows[bottom][c] if bottom > t.row and c < len(sh.rows[bottom]) else ""
            for v in (heads[c], under):  # (a second heading row's cell: '办理人员' over it)
                m = _STAGE_PICK_HEAD.match(squeeze(v)) if 2 <= len(v) <= 16 else None
                if m:
                    if m.group(1) not in stems:
                        head = re.split(r"[(（]", m.group(0))[0]
                        stems[m.group(1)] = (c, head, m.group(2) or "")
                    break
        pc = t.roles.get("person")
        if len(stems) < 2 or (pc is not None and pc not in {c for c, _h, _p in stems.values()}):
            return None
        return stems

    def _holders_picked_by_stage_lines(self, t: _Table, rows: list[RawRisk]) -> list[RawRisk]:
        """A list of the same stage columns as ``_holders_picked_by_stage`` ('承办人 | 审核人 |
        审批人', each cell '监理员⏎张三') and no stage column, whose ONE point cell a row splits
        into lines each opened by its stage's label and closed by its own level ('承办：…（二级）⏎
        审核：…（一级）'; '经办：' under '承办人', '批准：' under '审批人' alike): each line is a
        point of the holder in its stage's column on the same row (one form a holder), its level
        its bracket's (else the row's), the label and bracket gone; one info. A row whose label
        names no such column (or an empty one) stays as read, with a warning. As read unless at
        least half the filled point cells are wholly such lines (a line typed on with no label
        belongs to the one above) and the lines pick two columns at least: '表现：…⏎措施：…',
        a single labelled line of one stage, or a table of one holder column are as before."""
        pcol = t.roles.get("risk_point")
        if pcol is None or not any(
            ("\n" in rr.risk_point or "；" in rr.risk_point or ";" in rr.risk_point)
            and len(lines := _stage_line_texts(rr.risk_point)) > 1
            and _STAGE_LINE_OPEN.match(lines[0])
            for rr in rows
        ):
            return rows  # (the cheap test: a labelled cell of several lines)
        stems = self._stage_pick_stems(t)
        if stems is None:
            return rows
        sh = self.sh
        said, pc = list(stems), t.roles.get("person")
        merged = self.grid.merged_into if self.grid.merges else {}

        def value(y: int, c: int) -> str:
            v = sh.rows[y][c] if c < len(sh.rows[y]) else ""
            top = merged.get((y, c)) if not v else None
            return sh.rows[top[0]][top[1]].strip() if top else v.strip()

        # a row → its lines (stage or None, label, point, level)
        split: dict[int, list[tuple[str | None, str, str, str]]] = {}
        filled = 0
        for rr in rows:
            text = rr.risk_point.strip()
            if not text:
                continue
            filled += 1
            lines: list[list] = []  # [stage or None, label, text]
            for line in _stage_line_texts(text):
                if not line.strip():
                    continue
                m = _STAGE_LINE_OPEN.match(line)
                label = _stage_key(m.group(1)) if m else ""
                k = _stage_line_column(label, said) if m else None
                if m and (k is not None or label in _STAGE_LINE_WORDS):
                    lines.append([k, label, m.group(2).strip()])
                elif lines:
                    lines[-1][2] += line.strip()  # (a line typed on: the one above's)
                else:
                    break  # (no label first: no such cell)
            else:
                got = []
                for k, label, point in lines:
                    lm = _STAGE_LINE_LEVEL.match(point)
                    lv = squeeze(lm.group(2)) if lm else ""
                    lv = lv if lv and self.config.level(lv) else ""  # ('（含补检）': no level)
                    got.append((k, label, lm.group(1).strip() if lv else point, lv))
                if got:
                    split[rr.row] = got
        picked = {k for got in split.values() for k, _x, _p, _l in got if k}
        if 2 * len(split) < filled or len(picked) < 2:
            return rows  # (few cells so written, or one stage's: as before)
        field_ = squeeze(t.header[1].get(pcol, "")) or "风险点"
        first = stems[min(stems, key=lambda k: stems[k][0])][1]
        out: list[RawRisk] = []
        cited: tuple[str, str] | None = None  # (the first cell so read, its text)
        for rr in rows:
            got = split.get(rr.row)
            if got is None:
                out.append(rr)
                continue
            whos = {k: _stage_holder({"person": value(rr.row, stems[k][0])}) for k in picked}
            bad = [x for k, x, _p, _l in got if k is None or not (whos[k] and whos[k][2])]
            if bad:
                self.issues.append(
                    make_issue("HOLDER_STAGE_NOT_PICKED", self.rel, self.grid.name,
                               rr.cell("risk_point"), field=field_, value=bad[0], first=first)
                )  # fmt: skip
                out.append(rr)
                continue
            # measures written alike ('承办：双人查验⏎审批：集体研究'): each line its stage's
            steps = (
                _stage_line_measures(rr.measures, said)
                if "\n" in rr.measures or "；" in rr.measures or ";" in rr.measures
                else None
            )
            for k, _x, point, lv in got:
                dept, title, name = whos[k]
                if dept and _STAGE_LEAD_WORD.match(dept + title):
                    dept, title = "", dept + title  # ('分管副主任⏎某某': a leader, no 科室 '分管')
                c = stems[k][0]
                title = stems[k][2] or title
                post = _STAGE_LEAD_WORD.sub("", title) if title else ""
                cols = {**rr.cols, "person": c, **({"title": c} if post else {})}
                if lv:
                    cols["risk_level"] = pcol
                out.append(
                    replace(rr, risk_point=point, risk_level=lv or rr.risk_level, person=name,
                            title=post or (rr.title if c == pc else ""), cols=cols,
                            measures=steps.get(k, "") if steps else rr.measures,
                            department="" if _leader_like(title) else (dept or rr.department))
                )  # fmt: skip
            if not cited:
                cited = (rr.cell("risk_point"), rr.risk_point.strip().replace("\n", "⏎"))
        if not cited:
            return rows
        self.issues.append(
            make_issue("HOLDERS_BY_STAGE_LINES", self.rel, self.grid.name, cited[0], field=field_,
                       heads=" | ".join(stems[k][1] for k in stems), value=cited[1])
        )  # fmt: skip
        cells = {cell_ref(x, c) for x in range(t.row, t.start) for c, _h, _p in stems.values()}
        self.issues = [  # (a stage's column guessed '其他' is read now)
            i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in cells)
        ]
        self.seen += len(out) - len(rows)  # (one point a line now)
        t.sections = True  # (the rows name their holders now: a list)
        return out

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
        few of the list's groups, is no such roster.

        A roster whose columns are TIERS of holders (分级管控: '科室 | 分管局领导 | 科室负责人 |
        岗位工作人员' under '注：一级风险点由分管局领导负责管控，二级…由科室负责人…', or headings
        carrying the levels themselves: '分管局领导（一级）', '一级风险责任人 | 二级…') gives each row
        the one cell its group AND its own level pick (``_level_tiers``), not the whole group."""
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
        # (levels on the rows: a roster of tiers may pick by them; '一级' → 'Ⅰ级')
        leveled = any(rr.risk_level for rr in rows)
        # (a '责任层级' column naming the row's tier: '分管校领导', '岗位经办人'; it picks before levels)
        named = [_tier_key(rr.tier) for rr in rows] if "tier" in t.roles else []
        tiers: dict[int, set[str]] = {}
        tier_row = 0
        by_name = False
        for x, lo in places:
            head = _group_roster_head(sh, x, lo) if x + 1 < len(sh.rows) else None
            if head is None:
                continue
            tiers = _named_tiers(sh, x, lo, head[0], named) if any(named) else {}
            by_name = bool(tiers)
            if not tiers and leveled:
                tiers = self._level_tiers(x, lo, head[0], around, body)
            if tiers:
                by_tier, used = _tier_roster(sh, merged, x, head[0], tiers)
                flat = {g: [p for held in cs.values() for p in held] for g, cs in by_tier.items()}
                if _group_roster_fits(flat, groups):
                    found = by_tier, used, cell_ref(x, head[0]), "", lo
                    tier_row = x
                    break
                tiers, by_name = {}, False
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
        if tiers:
            theads = {c: squeeze(sh.rows[tier_row][c]) for c in tiers}
            return self._holders_by_tier(
                t, rows, role, members, theads, tiers, legend, head, by_name
            )
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
            out += _fan_out(rr, held, department=g, unit=unit)
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

    def _holders_by_group_names(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> list[RawRisk]:
        """A list with no post or holder column whose groups are NAMED AFTER THEIR LEADERS, as
        hospitals and teams name them ('诊疗组 | 郏翯筠主诊组', merged down over the group's rows;
        '班组 | 张三班组', '项目组 | 李四项目组'), often under '注：诊疗组以组长姓名命名，组长为本组…第一
        责任人': each group one form, its holder the name at the head of the group's name, its post
        the note's word for the leader ('组长'; else the group word's as the note writes it,
        '中队长'; else '组长'), its 科室 the row's (the group column the only one: as read), with
        one info. Every written cell must be a personal name and a group word: '第一诊疗组', '急诊组',
        '内分泌组' name no one, and the list reads as before."""
        if t.header is None:
            return rows
        labels = t.header[1]
        cols = [
            c
            for c, role in t.col_role.items()
            if role in ("other", "department")
            and (label := label_key(labels.get(c, "")))
            and label[-1]
            in "组班队别称名"  # (the cheap test: its heading ends so, '组别', '小组名')
            and _LEADER_GROUP_HEAD.match(label)
        ]
        if len(cols) != 1:
            return rows
        gc = cols[0]
        sh = self.sh
        merged = self.grid.merged_into if self.grid.merges else {}
        leaders: dict[int, tuple[str, str, str]] = {}  # row → (group, leader, group word)
        last: tuple[str, str, str] | None = None
        for rr in rows:
            if rr.row in leaders:
                continue
            row = sh.rows[rr.row]
            v = row[gc] if gc < len(row) else ""
            if not v.strip() and (top := merged.get((rr.row, gc))) is not None:
                v = sh.rows[top[0]][top[1]]
            if not v.strip():
                if last is None:
                    return rows  # (a row of no group before any group: not such a list)
                leaders[rr.row] = last  # (written at the group's first row only, unmerged)
                continue
            got = _leader_of_group(v)
            if got is None:
                return rows  # ('第一诊疗组', '急诊组': a group named otherwise; as read)
            last = leaders[rr.row] = (squeeze(v), *got)
        notes = [
            text
            for x in around
            if _LEADER_GROUP_NOTE.match(text := "".join(sh.rows[x][c] for c in sh.nonempty(x)))
        ]
        said = "".join(notes)
        weak = {
            group: name
            for group, name, _w in leaders.values()
            if len(name) < 3
            or (not name.startswith(COMPOUND_SURNAMES) and _LEADER_GROUP_PLACE_END.search(name))
        }
        if weak and not _LEADER_GROUP_NAMED.search(said):
            # ('江南中队', '雷锋班', '周末班', '高新区中队': a two-character head is a place's, an
            # emblem's, a time's as likely as a name; one such group leaves the whole column as read,
            # with a warning where others look named after their leaders: '宓瀛曈中队 | 江南中队')
            if any(group not in weak for group, _n, _w in leaders.values()):
                self.issues.append(
                    make_issue("HOLDERS_BY_GROUP_NAMES_UNSURE", self.rel, self.grid.name,
                               cell_ref(t.row, gc), field=squeeze(labels.get(gc, "")),
                               value="、".join(weak))
                )  # fmt: skip
            return rows

        def post_for(word: str) -> str:
            if "组长" in said:
                return "组长"
            for i in range(len(word)):  # ('中队长', '专班长', '班长' as the note writes it)
                if word[i:] + "长" in said:
                    return word[i:] + "长"
            return "组长"

        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        dc = t.roles.get("department")
        for rr in rows:
            group, name, word = leaders[rr.row]
            post = post_for(word)
            # one 科室 a group: the group's own where its column is the 科室's, the row's 科室
            # column's where another is, else none (not the group's name on some rows only)
            dept = group if dc == gc else (rr.department if dc is not None else "")
            out.append(replace(rr, title=post, person=name, department=dept))
            shown.setdefault(group, f"{group}={post} {name}")
        head = squeeze(labels.get(gc, ""))
        self.issues.append(
            make_issue("HOLDERS_BY_GROUP_NAMES", self.rel, self.grid.name, cell_ref(t.row, gc),
                       field=head, value="；".join(shown.values()))
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        t.group_names_col = gc
        return out

    def _holders_by_posts_named(
        self, t: _Table, rows: list[RawRisk], around: list[int], body: range
    ) -> list[RawRisk]:
        """A list one row a point whose holders cell ('适用人员', '适用岗位') names POSTS, not
        people — one ('所长'), several ('所长、副所长'), a collective ('全体民警') or a collective
        with exceptions ('全体民警（所长、教导员除外）', '管教民警以外的全体民警', '除会计外的
        全体职工') — and a roster of who holds which post ('附：本所民警名单' over '职务 | 姓名',
        a post two hold on two rows) under it, above it or on a sheet of the file named like
        '人员名单': each row's point is every roster member's whose post the cell names (a
        collective of the whole staff, '全体职工', everyone on the roster; of a class, '全体民警',
        the members not of another class — no 辅警, 文职人员: ``_in_collective``; another,
        '全体股长', the members whose post ends with its noun) but the excepted posts', one form a
        member, with one info. A post the roster lists not: a warning at the cell, the row as
        read. The roster's rows are no points and no stray rows. A cell naming a person, or a
        column of single posts each one person's (read as before: ``_roster_below``), is no such
        list."""
        if "person" in t.roles and "title" in t.roles:
            return rows  # (the cheap test: one holders column, of whatever heading)
        role = "person" if "person" in t.roles else "title"
        col = t.roles.get(role)
        if col is None and t.header and not {"department", "unit"} & t.roles.keys():
            # '适用人员' over posts only: read as no one's column by its contents (COLUMN_GUESSED)
            col = next(
                (c for c, hd in t.header[0].items()
                 if hd is not None and hd.role == "person" and t.col_role.get(c) == "other"),
                None,
            )  # fmt: skip
            role = ""
        if col is None:
            return rows
        merged = self.grid.merged_into if self.grid.merges else {}
        said: dict[int, tuple[list[str], list[str]]] = {}
        for i, rr in enumerate(rows):
            y, x = merged.get((rr.row, col), (rr.row, col))
            text = squeeze(self.sh.rows[y][x]) if x < len(self.sh.rows[y]) else ""
            got = _posts_said(text) if text else None
            if got is None:
                return rows  # (a name, a sentence: no post of a roster)
            said[i] = got
        grouped = any(
            ex or len(named) > 1 or any(_COLLECTIVE_OF.match(x) for x in named)
            for named, ex in said.values()
        )
        if (
            not grouped
            and role == "title"
            and not any(
                _LICENSED_GROUP.match(x) or _ENFORCER_GROUP.match(x)
                for named, _ex in said.values()
                for x in named
            )
        ):
            return rows  # ('岗位 | 所长' a row: the roster's holder is looked up as before)
        sh = rsh = self.sh
        found = None
        for x in around:
            found = _post_roster(sh, x)
            if found is not None:
                break
        sheet = ""
        for grid in self.group_sheets if found is None else ():
            if grid is self.grid:
                continue
            rsh = _Sheet(grid)  # (a '人员名单' sheet of the file)
            for x in range(min(len(rsh.rows) - 1, 20)):
                found = _post_roster(rsh, x)
                if found is not None:
                    sheet = grid.name
                    break
            if found is not None:
                break
        if found is None:
            return rows  # no roster of posts: as read
        members, used, at = found
        names = {n for _d, _p, n in members}
        posts = {p for _d, p, _n in members}
        cells = [x for named, ex in said.values() for x in [*named, *ex]]
        if any(x in names for x in cells):
            return rows  # (a roster's name in the cell: a column of holders, read as before)
        # '持证执法人员' over a roster's '行政执法证号' ('41032700127', '—'): the group of those the
        # column gives a real value, across posts (a column all blank defines no one: as read)
        licensed = {
            x: got
            for x in {x for named, _ex in said.values() for x in named if x not in posts}
            if (got := _licence_holders(rsh, min(used), used, x)) is not None
        }
        # a licensed group over a roster with no licence column at all ('身份证号', '驾驶证号'
        # only): no one picked out by it — a warning at its cell — but the posts by the roster
        row0 = rsh.rows[min(used)]
        unlicensed = not any(
            len(row0[c]) <= 12 and _LICENCE_HEAD.search(row0[c]) for c in rsh.nonempty(min(used))
        ) and any(
            x not in posts and (_LICENSED_GROUP.match(x) or _ENFORCER_GROUP.match(x)) for x in cells
        )
        grouped = grouped or bool(licensed) or unlicensed
        if not grouped and role == "title":
            return rows  # (no one the roster marks licensed: as before)
        if (
            not grouped
            and not any(
                sum(p == x for _d, p, _n in members) > 1
                for named, _ex in said.values()
                for x in named
            )
            and not (role == "person" and all(x in posts for x in cells))
        ):
            # (a holders column read as names, '适用人员' over '所长 | 综合内勤' and a plain
            # '职务 | 姓名' roster under it: no post lookup after reads it, so the roster's here)
            return rows  # (one post a row, each one member's: the roster's holder as before)
        if sum(
            x in posts or x in licensed or _COLLECTIVE_OF.match(x) is not None for x in cells
        ) * 2 < len(cells):
            return rows  # (few of its posts on the roster: another roster's, or none)
        if not sheet:
            if (x := min(used) - 1) >= 0 and len(sh.nonempty(x)) == 1 and x not in body:
                used.add(x)  # its caption ('附：本所民警名单')
            self.skip |= used - set(body)
            self.code_legend |= used - set(body)
            self._withdraw_strays({cell_ref(y, c) for y in used for c in sh.nonempty(y)})
        out: list[RawRisk] = []
        shown: list[str] = []
        for i, rr in enumerate(rows):
            named, ex = said[i]
            held: list[tuple[str, str, str]] = []
            for x in named:
                m = _COLLECTIVE_OF.match(x)
                if x in licensed:
                    got = [mb for mb in members if mb[2] in licensed[x][1]]
                elif m is None:
                    got = [mb for mb in members if mb[1] == x]
                elif m.group(1) in _EVERYONE_NOUNS:
                    got = [mb for mb in members if _in_collective(mb[1], m.group(1))]
                else:
                    got = [mb for mb in members if mb[1].endswith(m.group(1))]
                if not got:
                    self.issues.append(
                        make_issue("POST_NOT_IN_POST_ROSTER", self.rel, self.grid.name,
                                   cell_ref(rr.row, col), value=x)
                    )  # fmt: skip
                held += [mb for mb in got if mb not in held and mb[1] not in ex]
            if not held:
                out.append(rr)
                continue
            for dept, post, name in held:
                out.append(replace(rr, department=dept or rr.department, title=post, person=name))
            shown.append(
                f"{'、'.join(named)}{'（除' + '、'.join(ex) + '）' if ex else ''}="
                + "、".join(n for *_x, n in held)
            )
        if shown or not role:
            # (the column is read after all, as posts the roster resolves: its guess withdrawn,
            # whichever way it was guessed — '适用人员' read as no one's column or as 岗位)
            heads = {cell_ref(y, col) for y in range(t.row, t.start)}
            self.issues = [
                i for i in self.issues if not (i.code == "COLUMN_GUESSED" and i.cell in heads)
            ]
        if shown:
            head = squeeze(t.header[1].get(col, "")) if t.header else ""
            self.issues.append(
                make_issue("HOLDERS_BY_POST_ROSTER", self.rel, self.grid.name,
                           cell_ref(t.row, col), field=head or "适用人员",
                           value="；".join(dict.fromkeys(shown)), legend=f"{sheet or self.grid.name}!{at}")
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.seen += len(out) - len(rows)
        return out

    def _holders_by_post_opening(
        self, t: _Table, rows: list[RawRisk], around: list[int]
    ) -> list[RawRisk]:
        """A list with no 科室, 岗位 or 姓名 column whose points are sentences with the post that
        carries them as the subject ('登记员在来访登记时…', '副主任对交办件…', '由出纳将…'; no colon,
        dash or bracket setting it apart: '保管员：…' is ``_point_posts``'s, read first) and a roster
        of who holds which post under or beside it ('附：中心人员名单' over '职务 | 姓名'): where most
        points open with a roster post (the longest, then more words), each such row is that post's
        and its holder's (the point's text as written); a row opening with none stays as read with a
        warning at its cell. A post mid-sentence ('未经局长审批…') opens no point; a roster whose
        posts open few points is left as before. The roster's rows are no stray rows."""
        sh = self.sh
        found = None
        for x in around:
            found = _post_roster(sh, x)
            if found is not None:
                break
        if found is None:
            return rows  # (the cheap test: no roster of posts around the list)
        members, used, at = found
        posts = sorted({p for _d, p, _n in members}, key=len, reverse=True)
        opened: list[str | None] = []
        for rr in rows:
            text = squeeze(rr.risk_point)
            for lead in ("由", "本岗"):  # ('由登记员在…', '本岗登记员…': the post after them)
                if text.startswith(lead) and any(text.startswith(p, len(lead)) for p in posts):
                    text = text[len(lead) :]
                    break
            post = next((p for p in posts if text.startswith(p)), None)
            if post is not None and (m := _POST_JOINED.match(text, len(post))):
                more = next((p for p in posts if text.startswith(p, m.end())), None)
                after = m.end() + len(more or "")
                if (
                    more is not None
                    and more != post
                    and _POINT_POST_AFTER.match(text, after)
                    and not text.startswith(_POST_COMPOUND_TAILS + _LONGER_POST_TAIL, after)
                ):  # ('出纳、会计在对账时…': both posts')
                    opened.append(f"{post}\t{more}")
                    continue
            if post is not None and not _POINT_POST_AFTER.match(text, len(post)):
                post = None  # ('主任：…', '主任（兼）…', a post alone: no sentence's subject)
            elif post is not None and text.startswith(_LONGER_POST_TAIL, len(post)):
                post = None  # ('主任科员在…' with only 主任 on the roster: another post)
            elif post is not None and text.startswith(_POST_COMPOUND_TAILS, len(post)):
                post = None  # ('会计凭证审核不严', '主任会议议事规则…': a noun built on the post)
            opened.append(post)
        hit = sum(p is not None for p in opened)
        if hit < 2 or hit * 2 <= len(rows):
            return rows  # (few points open with its posts: another roster's, or none)
        own = {t.row, *(rr.row for rr in rows)}
        if (x := min(used) - 1) >= 0 and len(sh.nonempty(x)) == 1 and x not in own:
            used.add(x)  # its caption ('附：中心人员名单')
        self.skip |= used - own
        self.code_legend |= used - own
        self._withdraw_strays({cell_ref(y, c) for y in used - own for c in sh.nonempty(y)})
        legend = f"{self.grid.name}!{at}"
        pc = t.roles.get("risk_point")
        out: list[RawRisk] = []
        shown: dict[str, str] = {}
        for rr, post in zip(rows, opened, strict=True):
            if post is None:
                if _opens_with_other_post(squeeze(rr.risk_point), posts):
                    self.issues.append(
                        make_issue("POINT_POST_NOT_IN_ROSTER", self.rel, self.grid.name,
                                   cell_ref(rr.row, pc) if pc is not None else "",
                                   value=squeeze(rr.risk_point)[:20], legend=legend)
                    )  # fmt: skip
                out.append(rr)
                continue
            holders: list[dict[str, str]] = []
            for one in post.split("\t"):  # (two posts joined: each one's holders)
                held = [mb for mb in members if mb[1] == one]
                holders += [
                    {"department": dept or rr.department, "title": one, "person": name}
                    for dept, _p, name in held
                ]
                shown.setdefault(one, f"{one}={'、'.join(n for *_x, n in held)}")
            out += _fan_out(rr, holders) if holders else []
        first = next(
            squeeze(rr.risk_point) for rr, p in zip(rows, opened, strict=True) if p is not None
        )
        self.issues.append(
            make_issue("HOLDER_BY_POST_IN_POINT", self.rel, self.grid.name,
                       cell_ref(t.row, pc) if pc is not None else "",
                       value="；".join(shown.values()), legend=legend, example=first[:16])
        )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        self.seen += len(out) - len(rows)
        return out

    def _level_tiers(
        self, x: int, lo: int, gc: int, around: list[int], body: range
    ) -> dict[int, set[str]]:
        """The tier columns of a roster keyed by group headed at row ``x`` (its group column
        ``gc``): column → the levels it holds, where its heading carries them ('分管局领导（一级）',
        '一级风险责任人') or a note by the list maps them to it ('注：一级风险点由分管局领导负责
        管控，二级风险点由科室负责人…', under it or in the list's own last line; a clause one
        heading and its levels). {} unless two columns or more hold different levels and no
        level two: then it is a roster of groups as before ('职务 | 姓名', or tiers no note ties)."""
        sh = self.sh
        heads = {
            c: squeeze(re.sub(r"[(（][^()（）]*[)）]", "", sh.rows[x][c]))
            for c in sh.nonempty(x)
            if c >= lo and c != gc
        }
        out: dict[int, set[str]] = {}
        for c in heads:  # '分管局领导（一级）', '一级风险责任人': the heading's own
            said = {
                lv
                for m in _TIER_LEVEL.finditer(sh.rows[x][c])
                if (lv := self.config.level(m.group()))
            }
            if said:
                out[c] = said
        if len(out) < 2:
            out = {}
            lines = [
                sh.rows[y][c]
                for y in [*around, *(y for y in body if len(sh.nonempty(y)) == 1)]
                if y != x
                for c in sh.nonempty(y)
                if "级" in sh.rows[y][c] or "风险" in sh.rows[y][c]
            ]  # (the cheap test: a note names levels)
            keys = {c: h for c, h in heads.items() if len(h) >= 2}
            for text in lines:
                for clause in re.split(r"[，,；;。\n]", text):
                    named = [c for c, h in keys.items() if h in clause]
                    if len(named) != 1:
                        continue  # ('由分管局领导和科室负责人共同负责': not one tier's)
                    said = {
                        lv
                        for m in _TIER_LEVEL.finditer(clause)
                        if (lv := self.config.level(m.group()))
                    }
                    if said:
                        out.setdefault(named[0], set()).update(said)
        levels = [lv for said in out.values() for lv in said]
        if len(out) < 2 or len(levels) != len(set(levels)):
            return {}  # (one tier, or a level in two: no picking by level)
        return out

    def _holders_by_tier(
        self,
        t: _Table,
        rows: list[RawRisk],
        role: str,
        members: dict[str, dict[int, list[tuple[str, str]]]],
        theads: dict[int, str],
        tiers: dict[int, set[str]],
        legend: str,
        head: str,
        by_name: bool = False,
    ) -> list[RawRisk]:
        """``_holders_by_group``'s rows through a roster of tiers: each row the holders of the
        cell its group and its level pick (a leader — a leader's post or tier, or one holder of
        a tier in two groups: '副局长 乜某' 分管 两科 — one form across groups, no 科室). A row
        whose level no tier holds, or whose group's cell of it names no one, stays as read,
        with a warning. ``by_name``: the row's own tier cell ('责任层级 | 分管校领导') picks the
        column, not its level (``_named_tiers``)."""
        tier_of = {lv: c for c, said in tiers.items() for lv in said}
        what, th = "risk_level", ""
        if by_name:
            what = "tier"
            th = squeeze(t.header[1].get(t.roles["tier"], "")) if t.header else ""
        at = legend.rsplit("!", 1)[1]  # (the roster's heading, on this sheet)
        across: dict[int, set[tuple[str, str]]] = {}
        for c in tiers:  # (a holder of one tier in two groups or more: his own, no group's)
            seen: dict[tuple[str, str], int] = {}
            for cs in members.values():
                for pair in dict.fromkeys(cs.get(c, ())):
                    if pair[1]:
                        seen[pair] = seen.get(pair, 0) + 1
            across[c] = {pair for pair, n in seen.items() if n > 1}
        out: list[RawRisk] = []
        shown: dict[str, list[str]] = {}
        for rr in rows:
            g = squeeze(getattr(rr, role))
            by_col = members.get(g)
            if not by_col:
                if g:
                    self.issues.append(
                        make_issue("GROUP_NOT_IN_ROSTER", self.rel, self.grid.name,
                                   rr.cell(role), field=head or "责任主体", value=g)
                    )  # fmt: skip
                out.append(rr)
                continue
            if by_name:  # ('科室负责人、岗位经办人': each tier's holders, one row each)
                lvs = _tier_parts(rr.tier)
            else:
                lvs = [self.config.level(rr.risk_level)] if rr.risk_level else []
            cs = [tier_of.get(lv) if lv else None for lv in lvs]
            cs = list(dict.fromkeys(cs))
            picked = [(c, by_col.get(c, [])) for c in cs if c is not None]
            if not cs or None in cs or not all(held for _c, held in picked):
                self.issues.append(
                    make_issue("LEVEL_NOT_IN_TIER_ROSTER", self.rel, self.grid.name,
                               rr.cell(what), group=g, value=getattr(rr, what) or "空白",
                               heads=" | ".join(theads.values()), legend=legend,
                               by=f"“{th or '责任层级'}”" if by_name else "风险等级")
                )  # fmt: skip
                out.append(rr)
                continue
            unit = "" if role == "unit" else rr.unit
            done: set[tuple[str, str]] = set()  # (one holder of two tiers named: one row)
            for c, held in picked:
                lead = _leader_like(theads[c])
                for post, name in held:
                    if (post, name) in done:
                        continue
                    done.add((post, name))
                    own = lead or _leader_like(post) or (post, name) in across[c]
                    out.append(
                        replace(rr, department="" if own else g, title=post, person=name, unit=unit)
                    )
                said = f"{theads[c]}=" + "、".join(f"{p} {n}".strip() for p, n in held)
                if said not in shown.setdefault(g, []):
                    shown[g].append(said)
        if shown:
            self.issues.append(
                make_issue("HOLDERS_BY_LEVEL_AND_GROUP", self.rel, self.grid.name, at,
                           field=head or "科室", heads=" | ".join(theads.values()),
                           by=f"“{th or '责任层级'}”" if by_name else "风险等级",
                           value="；".join(f"{g}：" + "，".join(v) for g, v in shown.items()),
                           legend=legend)
            )  # fmt: skip
            t.sections = True  # (the rows name their holders now: a list)
            self.seen += len(out) - len(rows)
        return out

    def _claim_roster_rows(self, used: set[int], body, tail: range, lo: int) -> None:
        """The rows of a roster read beside or under a list (a staffing grid, a rota; ``used``,
        from column ``lo`` on), with its one-cell caption right above it, are no stray rows and
        no points: kept aside, and their cells' ROW_UNPLACED withdrawn (beside the list, the
        list's own rows' cells from ``lo`` on too)."""
        sh = self.sh
        x = min(used) - 1
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
        self._claim_roster_rows(used, body, tail, lo)  # ('各营业网点关键岗位人员' over it)
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

    def _posts_across_outlets(self, r: int, rows: list[RawRisk]) -> bool:
        """Row ``r``, under a list of posts, heads a transposed staffing grid of them ('岗位 | 城关所
        | 石岭所 | 南湾站' over '所长 | 张三 | …'): the list ends there, not read on into the
        grid's rows as points ('岗位＼中队' is a heading ending it anyway)."""
        cols = self.sh.nonempty(r)
        h = heading_role(self.sh.key(r, cols[0])) if cols else None
        if h is None or h.role != "title" or r + 1 >= len(self.sh.rows):
            return False  # (the cheap test: a corner '岗位' first)
        posts = {squeeze(rr.title) for rr in rows} - {""}
        return len(posts) >= 2 and self._staffing_grid(r, 0, posts) is not None

    def _staffing_grid(
        self, x: int, lo: int, posts: set[str]
    ) -> tuple[dict[str, dict[str, list[str]]], set[int], str, int] | None:
        """Row ``x`` (from column ``lo``) heads a staffing grid of the list's ``posts``: across
        ('序号 | 营业网点 | 网点负责人 | 会计主管' — a 序号, the outlet's column, then two or more of
        the posts; a '备注' after them) over a row an outlet, or down ('岗位＼网点 | 营业部 | 宗加支行'
        over a row a post). Outlet → post → its holders in order ('' a vacancy), its rows, the
        heading's cell and ``lo``; or None. Short labels only, no risk's heading among them.
        Where the outlets' heading or the corner names their kind ('学校', '网格', '岗位＼村卫生室')
        an outlet is known by its place too, however it is named ('石桥', '马坊': a person's name
        by its words), so long as someone of it is named (``_grid_outlet``)."""
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
            # ('学校', '网格', '村卫生室' over them: its cells are outlets whatever their words)
            by_place = bool(roles[oc]) or bool(_OUTLET_END.search(squeeze(row[oc])))
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
                if outlet in posts or not (ended := _grid_outlet(outlet, by_place)):
                    break
                names = {p: _grid_names(got[c] if c < len(got) else "") for c, p in heads.items()}
                if any(ns is None for ns in names.values()):
                    break
                if ended == "place" and not any(n for ns in names.values() for n in ns):
                    break  # ('合计 | 3人 | 5人': no one named, no outlet by its place)
                grid[outlet] = {p: ns for p, ns in names.items() if ns}
                used.add(y)
        else:  # '岗位＼网点 | 营业部 | 宗加支行 | 热水支行': a row a post
            pc = cols[0]
            if roles[pc] == "person" or pc >= len(nxt) or squeeze(nxt[pc]) not in posts:
                return None
            corner = squeeze(row[pc])
            # ('岗位＼村卫生室', '网点/岗位': the corner names the outlets' kind)
            by_place = "岗位" in corner and any(
                k != "岗位" and (_OUTLET_END.search(k) or roles[pc] in ("department", "unit"))
                for k in _CORNER_SPLIT.split(corner)
            )
            outlets, placed = {}, set()
            for c in cols[1:]:
                v = squeeze(row[c])
                if roles[c] == "other":
                    continue  # ('备注')
                if roles[c] not in ("department", "unit", "") or v in posts or is_post(v):
                    return None
                if not (ended := _grid_outlet(v, by_place)):
                    return None  # ('岗位 | A角 | B角', '岗位 | 2024年 | 2025年': no outlets)
                outlets[c] = v
                if ended == "place":
                    placed.add(v)
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
            if any(not any(n for ns in grid.get(o, {}).values() for n in ns) for o in placed):
                return None  # (an outlet by its place only, and no one of it named)
        held = {p for h in grid.values() for p in h}
        named = sum(1 for h in grid.values() for ns in h.values() for n in ns if n)
        if len(grid) < 2 or named < 2 or len(held & posts) < 2:
            return None
        return grid, used, at, lo

    def _posts_by_rota(
        self, t: _Table, rows: list[RawRisk], tail: range, body: range
    ) -> list[RawRisk]:
        """A list of posts with no holders ('岗位 | 廉政风险点 | 风险等级 | 防控措施', '售票员', '检票员')
        and, under it (``tail``: after a blank row and a title '票务岗位轮岗安排表') or right of it
        past an empty column, a rota of those posts ('轮岗时段 | 售票员 | 检票员 | 票务稽核员' over a
        row a period, '第一轮（4—5月）', each cell the names standing at that post then: '甲、乙'),
        people moving between posts: each point of a post is every person the rota ever puts
        under it — one form a person and post, in the order met (one standing at two posts has
        two) — with one info naming the rota. The rota's rows are no points; a post of the list
        the rota has not stays as read. No rota of these posts (``_rota_grid``): as read."""
        if any(rr.person for rr in rows):
            return rows  # (the cheap test: rows of their own holder)
        posts = {squeeze(rr.title) for rr in rows} - {""}
        if len(posts) < 2 or len({(rr.department, squeeze(rr.title)) for rr in rows}) > len(
            {squeeze(rr.title) for rr in rows}
        ):
            return rows  # (one post in two 科室: a rota keyed by the post alone cannot tell them)
        sh = self.sh
        own = max(c for x, c in t.roles.items() if x != "other")
        places = [(x, 0) for x in tail] + [
            (x, own + 2)
            for x in body
            if len(sh.rows[x]) > own + 3 and not sh.rows[x][own + 1]  # (past an empty column)
        ]

        def grid_at(s, x: int, lo: int):  # a rota of the posts, or a person × post tick grid
            got = self._rota_grid(s, x, lo, posts)
            return (*got, None) if got is not None else self._post_tick_grid(s, x, lo, posts)

        found, lo = None, 0
        for x, lo in places:
            if x + 1 < len(sh.rows) and sum(1 for c in sh.nonempty(x) if c >= lo) >= 3:
                found = grid_at(sh, x, lo)
                if found is not None:
                    break
        where = self.grid.name
        if found is None:
            # none on the sheet: a sheet of its own ('轮岗安排': 月份 | 讲解员 | 值班员; or
            # '人员岗位对照表': 姓名 | 院长 | 会计, '√' under each post held)
            for grid in self.file_sheets:
                if grid is self.grid or grid.refused or not grid.rows:
                    continue
                if not any(
                    isinstance(v, str)
                    and len(v) <= 12
                    and (
                        _ROTA_PERIOD_HEAD.match(label_key(_CORNER_SPLIT.split(v)[0]))
                        or squeeze(v) in posts
                    )
                    for row in grid.rows[:60]
                    for v in row[:30]
                ):
                    continue  # (the cheap test: no period's heading nor post of the list on it)
                other = _Sheet(grid)
                for x in range(min(len(other.rows), 60) - 1):
                    if len(other.nonempty(x)) >= 3:
                        found = grid_at(other, x, 0)
                        if found is not None:
                            break
                if found is not None:
                    where = grid.name
                    break
            if found is None:
                self._rota_of_other_posts(posts)
                return rows
        held, used, at, ticked = found
        if where == self.grid.name:
            self._claim_roster_rows(used, body, tail, lo)  # ('票务岗位轮岗安排表' over it)
        out: list[RawRisk] = []
        legend = f"{where}!{at}"
        for post in dict.fromkeys(squeeze(rr.title) for rr in rows):
            mine = [rr for rr in rows if squeeze(rr.title) == post]
            if not held.get(post):
                out += mine  # (a post the rota does not staff: as read)
                if ticked is not None:  # (a tick grid: nobody ticked for it, said)
                    self.issues.append(
                        make_issue("POST_NOT_TICKED", self.rel, self.grid.name,
                                   mine[0].cell("title"), value=post, legend=legend)
                    )  # fmt: skip
                continue
            for name in held[post]:
                out += [replace(rr, person=name) for rr in mine]
        value = "；".join(f"{p}=" + "、".join(ns) for p, ns in held.items() if ns)
        if ticked is None:
            self.issues.append(
                make_issue("POSTS_BY_ROTA_GRID", self.rel, where, at, field="岗位",
                           value=value, legend=legend)
            )  # fmt: skip
        else:  # a tick grid: who holds which post; a post two hold, a post the list lacks
            self.issues.append(
                make_issue("POSTS_BY_TICK_GRID", self.rel, where, at, field="岗位",
                           value=value, legend=legend)
            )  # fmt: skip
            for p, (cell, ns) in ticked.items():
                if p not in posts:
                    self.issues.append(
                        make_issue("TICK_GRID_POST_UNLISTED", self.rel, where, cell, value=p,
                                   names="、".join(ns), field="、".join(sorted(posts)))
                    )  # fmt: skip
                elif len(ns) > 1:
                    self.issues.append(
                        make_issue("POST_TICKED_FOR_SEVERAL", self.rel, where, cell, value=p,
                                   count=str(len(ns)), names="、".join(ns), legend=legend)
                    )  # fmt: skip
        t.sections = True  # (the rows name their holders now: a list)
        self.seen += len(out) - len(rows)
        return out

    def _rota_of_other_posts(self, posts: set[str]) -> None:
        """A post-only list of ``posts`` and, on a sheet of its own, a rota or shift roster of
        names whose columns are posts but none of the list's ('值别 | 带班领导 | 值班员' beside a
        list of 站长 and 会计): one warning, the grid not used (ROTA_GRID_POSTS_UNLISTED)."""
        for grid in self.file_sheets:
            if grid is self.grid or grid.refused or not grid.rows:
                continue
            other = _Sheet(grid)
            for x in range(min(len(other.rows), 60) - 1):
                cols = other.nonempty(x)
                if not 3 <= len(cols) <= 12 or not _ROTA_PERIOD_HEAD.match(
                    label_key(_CORNER_SPLIT.split(squeeze(other.rows[x][cols[0]]))[0])
                ):
                    continue  # (the cheap test: a period's or shift's heading first)
                theirs = {squeeze(other.rows[x][c]) for c in cols[1:]}
                theirs = {v for v in theirs if is_post(v)}
                if theirs & posts or (found := self._rota_grid(other, x, 0, theirs)) is None:
                    continue
                days = [squeeze(row[cols[0]]) for row in other.rows[x + 1 : x + 41]]
                days = [v for v in days if v]
                if len(days) >= 2 and 2 * sum(map(bool, map(_DUTY_DAY.search, days))) >= len(days):
                    break  # (a 值班表 by day, '1月28日 | 带班领导 | 值班员': no one's staffing)
                at = found[2]
                if not any(
                    i.code == "ROTA_GRID_POSTS_UNLISTED" and i.source_sheet == grid.name
                    for i in self.issues
                ):
                    self.issues.append(
                        make_issue("ROTA_GRID_POSTS_UNLISTED", self.rel, grid.name, at,
                                   value="、".join(found[0]), field="、".join(sorted(posts)))
                    )  # fmt: skip
                return

    def _posts_on_rota(self, r: int, rows: list[RawRisk]) -> bool:
        """Row ``r``, under a list of posts, heads a rota of them ('轮岗时段 | 售票员 | 检票员'): the
        list ends there, its heading and rows not read on as points (``_posts_by_rota``). So too
        a person × post tick grid of them ('姓名 | 售票员 | 检票员' over '甲 | √ |')."""
        cols = self.sh.nonempty(r)
        posts = {squeeze(rr.title) for rr in rows} - {""}
        if not cols or len(posts) < 2:
            return False
        if not any(
            _ROTA_PERIOD_HEAD.match(label_key(k))
            for k in _CORNER_SPLIT.split(squeeze(self.sh.rows[r][cols[0]]))
        ):  # (the cheap test: a period's heading first, or a tick grid's short heading)
            return self._post_tick_grid(self.sh, r, 0, posts) is not None
        return self._rota_grid(self.sh, r, 0, posts) is not None

    @staticmethod
    def _rota_grid(
        sh, x: int, lo: int, posts: set[str]
    ) -> tuple[dict[str, list[str]], set[int], str] | None:
        """Row ``x`` of ``sh`` (from column ``lo``) heads a rota of the list's ``posts``: a period's heading
        first ('轮岗时段', '班次', '月份', '时段＼岗位'), then two or more of the posts (a '备注' after
        them), each row under it a period ('第一轮（4—5月）', '1—3月', '早班') and the names standing
        at each post then ('璩某、缑某'; '/' or empty: no one). Post → its distinct holders in
        the order met, its rows and the heading's cell; or None. Two periods and two people
        named at least, and every heading past the period's a post of the list: '月份 | 1月 |
        2月' or '时段 | 张三 | 李四' is no rota of them. A shift roster is one too ('值别 | 值长 |
        主值班员 | 值班时间' over '一值', '班组', '片区' over '甲班', '东片区'): its hours after the
        posts are no post's."""
        row = sh.rows[x]
        cols = [c for c in sh.nonempty(x) if c >= lo]
        if not 3 <= len(cols) <= 12 or any(len(squeeze(row[c])) > 12 for c in cols):
            return None  # (the cheap test: a list's heading or a line is wider or longer)
        if not any(
            _ROTA_PERIOD_HEAD.match(label_key(k))
            for k in _CORNER_SPLIT.split(squeeze(row[cols[0]]))
        ):
            return None
        heads: dict[int, str] = {}
        for c in cols[1:]:
            v = squeeze(row[c])
            if v in posts:
                heads[c] = v
            elif _ROTA_PERIOD_HEAD.match(label_key(v)) and heads:
                continue  # ('值别 | 值长 | 主值班员 | 值班时间': the shift's hours after its posts)
            elif (h := heading_role(sh.key(x, c))) is None or h.role != "other":
                return None  # ('1月 | 2月', a name, '风险点': no rota of the list's posts)
        if len(heads) < 2:
            return None
        pc = cols[0]
        held: dict[str, list[str]] = {p: [] for p in heads.values()}
        used = {x}
        for y in range(x + 1, min(len(sh.rows), x + 40)):
            got = sh.rows[y]
            period = squeeze(got[pc]) if pc < len(got) else ""
            if not period or len(period) > 20 or period in posts:
                break
            names = {p: _grid_names(got[c] if c < len(got) else "") for c, p in heads.items()}
            if any(ns is None for ns in names.values()):
                break  # ('注：…' merged across, a sign-off line: the rota has ended)
            if not any(n for ns in names.values() for n in ns):
                break
            for p, ns in names.items():
                held[p] += [n for n in ns if n and n not in held[p]]
            used.add(y)
        if len(used) < 3 or len({n for ns in held.values() for n in ns}) < 2:
            return None
        return held, used, cell_ref(x, cols[0])

    @staticmethod
    def _post_tick_grid(
        sh, x: int, lo: int, posts: set[str]
    ) -> tuple[dict[str, list[str]], set[int], str, dict[str, tuple[str, list[str]]]] | None:
        """Row ``x`` of ``sh`` (from column ``lo``) heads a person × post tick grid of the list's
        ``posts`` (人员岗位对照表, 岗位人员对应表): one row a person ('序号 | 姓名 | 院长 | 副院长 | … |
        备注' over '1 | 张三 | √ |  | …'), or turned, one row a post ('岗位＼姓名 | 张三 | 李四' over
        '院长 | √ |'), a tick ('√ ✓ ✔ ☑ ○ ● 是 1') where the person holds the post, blank ('—',
        '否', '0') elsewhere. Post → its ticked people in the order met, the grid's rows, its first
        cell and every ticked post, the list's or not (post → its heading's cell and people);
        or None. Two of the list's posts, two people and two ticks at least; any heading but the
        people's, the posts' and a 序号, 科室 or 备注 ('姓名 | 廉洁风险 | 履职风险', '姓名 | 3月5日':
        a grid of risk types or a sign-in sheet), or a cell no tick nor blank, makes it none."""
        row = list(sh.rows[x])
        top = x + 1  # (the grid's first person's row)

        def role(v: str) -> str:
            h = heading_role(v)
            return h.role if h is not None and h.strength >= 2 else ""

        under = sh.rows[x + 1] if x + 1 < len(sh.rows) else []
        sub = [c for c in range(lo, len(under)) if squeeze(under[c])]
        if (
            len(sub) >= 2
            and sum(1 for c in sub if squeeze(under[c]) in posts) >= 2
            and all(squeeze(under[c]) in posts or is_post(squeeze(under[c])) for c in sub)
            and [c for c in range(sub[0], min(sub[-1] + 1, len(row))) if squeeze(row[c])]
            == [sub[0]]
            and role(squeeze(row[sub[0]])) == "title"
        ):
            # '姓名 | 岗位' over '| 所长 | 出纳 | 报账员': the posts on the heading's second row
            row += [""] * (len(under) - len(row))
            for c in sub:
                row[c] = under[c]
            top = x + 2
        cols = [c for c in range(lo, len(row)) if squeeze(row[c])]
        if not 3 <= len(cols) <= 30 or any(len(squeeze(row[c])) > 12 for c in cols):
            return None  # (the cheap test: a list's heading or a line is wider or longer)

        def first_role(v: str) -> str:  # ('姓名＼岗位': people down, posts across)
            return role(next((k for k in _CORNER_SPLIT.split(v) if k.strip()), ""))

        def holder(v: str) -> str:
            names = _grid_names(v)
            return names[0] if names is not None and len(names) == 1 else ""

        def tick(v: str) -> bool | None:
            v = squeeze(v)
            return True if v in _POST_TICK_MARKS else False if _POST_TICK_NONE.match(v) else None

        keys = [c for c in cols if first_role(squeeze(row[c])) in ("person", "title")]
        if not keys:
            return None
        kc = keys[0]
        down = first_role(squeeze(row[kc]))  # what runs down: people ('姓名') or posts ('岗位')
        if any(role(squeeze(row[c])) not in _POST_TICK_ASIDE for c in cols if c < kc):
            return None
        across: dict[int, str] = {}  # column → its post (a person's row) or person (a post's)
        for c in cols:
            if c <= kc:
                continue
            v = squeeze(row[c])
            if down == "person" and (v in posts or (is_post(v) and role(v) != "person")):
                across[c] = v
            elif down == "title" and v not in posts and not is_post(v) and holder(v):
                across[c] = holder(v)
            elif role(v) not in _POST_TICK_ASIDE and not (down == "person" and role(v) == "title"):
                return None  # ('廉洁风险', '3月5日', '风险点': no grid of these posts' people; a
                # '职务' beside the names is the person's, as a '科室' or '备注' is)
        if len(across) < 2 or (
            down == "person" and sum(1 for v in across.values() if v in posts) < 2
        ):
            return None
        held: dict[str, list[str]] = {}
        cell_of = {
            v: cell_ref(top - 1, c) for c, v in across.items()
        }  # a post → its heading's cell
        used = set(range(x, top))
        for y in range(top, min(len(sh.rows), x + 80)):
            got = sh.rows[y]
            key = squeeze(got[kc]) if kc < len(got) else ""
            if down == "person":
                key = holder(key)
            elif key not in posts and not is_post(key):
                key = ""
            marks = {c: tick(got[c] if c < len(got) else "") for c in across}
            if not key or any(m is None for m in marks.values()):
                break  # (a blank line, a '注：' line, a sign-off line: the grid has ended)
            if down == "title":
                cell_of.setdefault(key, cell_ref(y, kc))
            for c, m in marks.items():
                if m:
                    post, name = (across[c], key) if down == "person" else (key, across[c])
                    if name not in held.setdefault(post, []):
                        held[post].append(name)
            used.add(y)
        people = {n for ns in held.values() for n in ns}
        listed = {p: ns for p, ns in held.items() if p in posts}
        if len(listed) < 2 or len(people) < 2 or sum(map(len, held.values())) < 2:
            return None
        return listed, used, cell_ref(x, cols[0]), {p: (cell_of[p], ns) for p, ns in held.items()}

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

    def _change_log_head(self, r: int, posts: bool = False) -> bool:
        """A header of who took over which post: '岗位 | 原任人员 | 现任人员 | 变动时间'. With
        ``posts``, only one naming the post or 科室 changed and no point, level or measure: not
        a second list whose own columns are '原任 | 现任' holders ('岗位 | 原任 | 现任 | 风险点')."""
        # (the cheap test: a sheet lacking every 原任/…前/交接/离任 or every 现任/…后/新任/接任/继任
        # character holds no such heading, as ``_change_log_at``'s gate; asked of many rows)
        if self.grid.lacks("原", "前", "交", "离") or self.grid.lacks("现", "后", "新", "接", "继"):
            return False
        keys = [self.sh.key(r, c) for c in self.sh.nonempty(r)]
        if not (
            any(_FORMER_HOLDER_HEAD.match(k) for k in keys)
            and any(_NEW_HOLDER_HEAD.match(k) for k in keys)
        ):
            return False
        if not posts:
            return True
        roles = {h.role for k in keys if (h := heading_role(k)) is not None}
        return bool(roles & {"title", "department"}) and not roles & _CHANGE_NOT_HEADS

    def _change_log_at(self, r: int, end: int) -> int | None:
        """The header of a table of changes at ``r`` or a few rows under it, past blank rows and
        lines of one cell speaking of the change: the note ('注：…表中岗位人员有变动的，该岗位风险
        点由现责任人承担，以下表“岗位人员调整情况”为准') and the table's title ('岗位人员调整情况').
        None where its before/after cells name no one ('调整前 | 调整后' of levels: '二级 | 一级')."""
        # (the cheap test: a 原任/…前/交接/离任 and a 现任/…后/新任/接任/继任 heading in the cells)
        if self.grid.lacks("原", "前", "交", "离") or self.grid.lacks("现", "后", "新", "接", "继"):
            return None
        y = _past_change_lines(self.sh, r, end, reach=5)
        if y is None or not self._change_log_head(y):
            return None
        changes, _cols, _x = self._change_rows(y, end)
        if changes is None:
            return None  # (levels, counts, dates under 调整前/调整后: no change of holder)
        return y

    def _change_rows(self, r: int, end: int) -> tuple[list | None, dict[str, int], int]:
        """The changes under the header at ``r``: (row, 科室, 岗位, 原, 现) each, a post written
        with the name in the 原/现 cell ('副局长　阚霁柔') taken as the row's post; None where a
        before/after cell is no name ('二级', '3'); with the columns and the row after the table."""
        sh = self.sh
        cols = change_columns({c: sh.key(r, c) for c in sh.nonempty(r)})
        changes: list[tuple[int, str, str, str, str]] = []  # (row, 科室, 岗位, 原, 现)
        named = True
        x = r + 1
        while x < end and (
            sh.kind(x) in ("other", "fields")
            or (sh.kind(x) == "signoff" and self._change_row_signed(x, cols))
        ):
            row = sh.rows[x]
            raw = {k: row[c] if c < len(row) else "" for k, c in cols.items()}
            got = {k: squeeze(v) for k, v in raw.items()}
            dept, title = got.get("department", ""), got.get("title", "")
            old, new = got.get("old", ""), got.get("new", "")
            for k in ("old", "new"):
                if not got.get(k) or ":" in raw[k] or "：" in raw[k]:
                    continue  # ('审核人：' of a signoff line under it: no change)
                said = _change_holder(raw[k])
                if said is None and k == "new" and is_post(new):
                    new = None  # ('局长' under 现任: a post, no one named; ``_changes`` says so)
                    continue
                if said is None:
                    named = False  # ('二级 | 一级' of a level's adjustment)
                    continue
                post, name = said
                if k == "old":
                    old = name
                else:
                    new = name
                if post and not title:
                    title = post  # ('副局长　阚霁柔 | 副局长　冼书白' under 原/现责任人)
            if got.get("new") and (old or (dept and title)):
                if new is None:
                    pass
                elif (
                    VACANT.match(new)
                    or NO_ONE.match(new)
                    or new.startswith(("空缺", "暂缺", "待配"))
                ):
                    new = ""  # ('暂缺（由会计代管）': no one holds it now)
                changes.append((x, dept, title, old, new))
            x += 1
        return (changes if named else None), cols, x

    def _change_row_signed(self, x: int, cols: dict[str, int]) -> bool:
        """A row of changes the sheet took for a signature line ('副馆长 | 阚霁柔 | 冼书白 |
        2025年3月': a post, names and a date): one with a name under 现任 and no label's colon
        ('审核人： | 局长（签字）：' under the table is the signoff it looks)."""
        row = self.sh.rows[x]
        c = cols.get("new")
        if c is None or c >= len(row) or not row[c].strip():
            return False
        if any(":" in v or "：" in v or "签" in v for v in row):
            return False
        said = _change_holder(row[c])
        if said is None:
            return is_post(squeeze(row[c]))  # ('局长' under 现任: said at its cell, ``_changes``)
        return bool(said[1]) or bool(_CHANGE_VACANT_WORD.match(squeeze(row[c])))  # ('空缺')

    @staticmethod
    def _change_hits(change: tuple, rows: list[RawRisk]) -> list[tuple[RawRisk, str, str]]:
        """The rows of the list a change (row, 科室, 岗位, 原, 现) is of: (row, post, former)."""
        _at, dept, title, old, _new = change
        depts = any(rr.department for rr in rows)  # (a list with no 科室: the post says which)
        hits = []
        for rr in rows:
            post, was = squeeze(rr.title), squeeze(rr.person)
            if title and not was and post.startswith(title) and looks_like_name(post[len(title) :]):
                post, was = title, post[len(title) :]  # '主任　阚霁柔' in one cell
            elif (
                title and not post and was.startswith(title) and looks_like_name(was[len(title) :])
            ):
                post, was = title, was[len(title) :]  # ('岗位及责任人' read as the holder's cell)
            if (
                (not old or old == was)
                and (not dept or not depts or dept == squeeze(rr.department))
                and (not title or title == post)
            ):
                hits.append((rr, post, was))
        return hits

    def _changes(self, r: int, end: int, rows: list[RawRisk], top: int | None = None) -> int:
        """The table of changes under a list ('部门 | 岗位 | 原任人员 | 现任人员 | 变动时间'): each
        row of the list at that 科室 and post held by the former holder (any holder when the
        former is not written) is the new one's now (a swap read from the holders as listed),
        with one info naming the table; a change matching no row of the list is a warning at its
        cell (no holder invented). ``top`` is the first of the lines over the header (the note,
        the title: '岗位人员调整情况'), read with it; returns the row after the table."""
        sh = self.sh
        top = r if top is None else top
        changes, cols, x = self._change_rows(r, end)
        moved = []
        now = []
        unmatched = []
        for change in changes or []:
            at, _dept, title, old, new = change
            nc = cols.get("new", 0)
            said = sh.rows[at][nc] if nc < len(sh.rows[at]) else ""
            if new is None:  # '局长' under 现任: no one named, the holders stay
                self.issues.append(
                    make_issue("HOLDER_CHANGE_NOT_NAME", self.rel, self.grid.name, cell_ref(at, nc),
                               value=said.strip(), post=title or "")
                )  # fmt: skip
                continue
            if old and old == new:
                continue  # ('副局长 | 綦沅湘 | 綦沅湘': the same holder, no change)
            hits = self._change_hits(change, rows)
            if hits and not new and _CHANGE_VACANT_WORD.match(squeeze(said)):
                # '空缺', '待定' under 现任: the post's rows lose their holder, said at the cell
                self.issues.append(
                    make_issue("HOLDER_CHANGE_TO_VACANT", self.rel, self.grid.name, cell_ref(at, nc),
                               value=said.strip(), post=hits[0][1] or title,
                               former="、".join(dict.fromkeys(w for _rr, _p, w in hits if w)))
                )  # fmt: skip
            for rr, post, was in hits:
                now.append((rr, post, new))
                moved.append(f"{post} {was or '（原未写）'}→{new or '空缺'}")
            if not hits:
                unmatched.append(change[0])
        if (
            unmatched
            and not now
            and any(_CHANGE_OTHER_BODY_HEAD.match(sh.key(r, c)) for c in sh.nonempty(r))
        ):
            unmatched = []  # ('单位 | 职务 | 原任 | 现任' of 下属单位, '村 | 职务 | …': another body's)
        for rr, post, name in now:  # (after all are looked up: two holders who swapped posts)
            if squeeze(rr.title) != post:
                rr.title = post  # (the former holder's name out of the post's cell)
            rr.person = name
        title_line = next(
            (
                v
                for y in range(top, r)
                if len(cells := sh.nonempty(y)) == 1
                and len(v := squeeze(sh.rows[y][cells[0]])) <= 20
                and not v.startswith(("注", "说明", "备注"))
            ),
            "",
        ) or next(
            (
                v  # (the caption read with the list's rows over it: '岗位人员调整情况')
                for y in range(top - 1, max(top - 3, 0) - 1, -1)
                if len(cells := sh.nonempty(y)) == 1
                and len(v := squeeze(sh.rows[y][cells[0]])) <= 20
                and _CHANGE_LOG_LINE.search(v)
                and not v.startswith(("注", "说明", "备注"))
            ),
            "",
        )
        if moved:
            self.issues.append(
                make_issue("HOLDERS_CHANGED", self.rel, self.grid.name, cell_ref(r, sh.nonempty(r)[0]),
                           value="、".join(dict.fromkeys(moved)),
                           table=f"表下的人员变动表“{title_line}”" if title_line else "表下的人员变动表")
            )  # fmt: skip
        for at in unmatched:
            self.issues.append(
                make_issue("HOLDER_CHANGE_UNMATCHED", self.rel, self.grid.name,
                           cell_ref(at, sh.nonempty(at)[0]),
                           value=" ".join(v for v in sh.rows[at] if v))
            )  # fmt: skip
        if changes == []:
            # a header taken and not one row under it read as a change ('局长： | 张三 | 李四 |
            # 2025年3月' taken for a signoff line, '局长 |  | 李四' with no former holder): each
            # row down to the blank line said at its cell, none lost without a word
            x = self._change_rows_unread(r, end)
            self.unplaced += r + 1 - top
            return x
        self.unplaced += x - top
        return x

    def _change_rows_unread(self, r: int, end: int) -> int:
        """The rows under a change header at ``r`` none of which read as a change: each down to
        the next blank line a ROW_UNPLACED at its first cell; returns the row after them."""
        sh = self.sh
        x = r + 1
        while x < end and sh.kind(x) != "blank":
            self._unplace(x)
            x += 1
        return x

    def _holders_by_link(self, raw_rows: list[RawRisk]) -> None:
        """Holder cells that print only a hyperlink's caption ('点击查看', '详见', '查看'), the
        link to the holder's row on a roster sheet of the file ('#人员信息!B4' on a sheet
        '序号 | 姓名 | 职务 | 联系电话'): the caption is no name; the holder is the 姓名 of the
        row linked to, his 职务 the post where the row has none. A caption with no link to a
        row naming someone (or in a format whose links are not read, .xls, .ods) keeps no
        holder, with a warning."""
        # (the cheapest test first: every caption writes 击, 点, 看 or 见, sought in the holder
        # cells joined in C; ``squeeze`` takes only spaces out)
        persons = "\x00".join(map(attrgetter("person"), raw_rows))
        if (
            "击" not in persons
            and "点" not in persons
            and "看" not in persons
            and "见" not in persons
        ):
            return
        said = [rr for rr in raw_rows if rr.person and LINK_CAPTION.fullmatch(squeeze(rr.person))]
        if not said:  # (the cheap test: a name, as in almost every table)
            return
        caption = squeeze(said[0].person)
        links = self.grid.hyperlinks
        sheets = {g.name: g for g in self.file_sheets if not g.refused and g.rows}
        read: list[RawRisk] = []
        unread: list[RawRisk] = []
        where: dict[str, None] = {}  # the sheets linked to
        for rr in said:
            r, c = (rr.rows or {}).get("person", rr.row), rr.cols["person"]
            r, c = self.grid.merged_into.get((r, c), (r, c))
            to = links.get((r, c), "")
            got = _linked_holder(to, sheets, self.grid) if to else None
            if got is None:
                rr.person = ""  # (a caption names no one)
                unread.append(rr)
                continue
            rr.person = got[0]
            if got[1] and not rr.title:
                rr.title = got[1]
            where[got[2]] = None
            read.append(rr)
        if read:
            first = min(read, key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_BY_LINK", self.rel, self.grid.name, first.cell("person"),
                           value=caption, count=str(len(read)),
                           target="、".join(f"“{g}”工作表" for g in where))
            )  # fmt: skip
        if unread:
            first = min(unread, key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_LINK_UNREAD", self.rel, self.grid.name, first.cell("person"),
                           value=caption, count=str(len(unread)),
                           why="本文件格式读不到超链接" if self.grid.links is None
                           else "不是指向本文件中写有姓名的一行的超链接")
            )  # fmt: skip


# where an internal hyperlink points: "'人员信息'!A4", '人员信息!$B$4', '#人员信息!B4', 'B4' (this
# sheet); a defined name is no row
_LINK_PLACE = LazyRe(r"#?(?:'((?:[^']|'')+)'!|([^!'#]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\S*)?")
_LINK_ROSTER_NAME = LazyRe(r"[\u4e00-\u9fff·]{2,6}")


def _linked_holder(to: str, sheets: dict, here: Grid) -> tuple[str, str, str] | None:
    """The holder on the row a link points to (``_holders_by_link``): (name, post, sheet),
    the name under the heading '姓名' (or '责任人', '人员') of the nearest heading row above it,
    the post under '职务' / '岗位'; with no such heading, the cell linked to if it is a name.
    None when the row names no one."""
    m = _LINK_PLACE.fullmatch(to.strip())
    if m is None:
        return None
    name = (m.group(1) or "").replace("''", "'") or (m.group(2) or "").strip()
    grid = sheets.get(name) if name else here
    if grid is None:
        return None
    r, c = int(m.group(4)) - 1, col_index(m.group(3).upper())
    if not 0 <= r < len(grid.rows):
        return None
    heads = sum(1 for text in grid.rows[r] if text and len(text) <= 12 and _link_heading_word(text))
    if heads >= 2 or _link_heading_word(grid.get(r, c) or ""):
        return None  # (the roster's heading row itself, or its 姓名 cell: no one — review 110)
    for h in range(r - 1, max(-1, r - 60), -1):  # (the roster's heading row above the row)
        cols = {
            got.role: k
            for k, text in enumerate(grid.rows[h])
            if text and len(text) <= 12 and (got := heading_role(squeeze(text))) is not None
        }
        if "person" not in cols:
            continue
        who = squeeze(grid.get(r, cols["person"]))
        post = squeeze(grid.get(r, cols["title"])) if "title" in cols else ""
        if (
            who
            and not LINK_CAPTION.fullmatch(who)
            and not _link_heading_word(who)
            and (looks_like_name(who) or _LINK_ROSTER_NAME.fullmatch(who))
        ):
            return who, post if is_post(post) else "", grid.name
        return None
    who = squeeze(grid.get(r, c))
    return (
        (who, "", grid.name)
        if who and looks_like_name(who) and not _link_heading_word(who)
        else None
    )


def _link_heading_word(text: str) -> bool:
    """A roster's heading word ('姓名', '序号', '职务'): the row holding one is no data row, and
    the cell no holder's name (``_linked_holder``, review 110)."""
    s = squeeze(str(text))
    return s in ("序号", "编号", "姓名", "名字") or (
        (h := heading_role(s)) is not None
        and h.strength >= 2
        and h.role in ("person", "title", "department", "seq")
    )


# a flow node's cell: the step, then its post and holder in a closing bracket
# ('申请受理⏎（受理岗　某某）', '复核（复核岗 某某）') (``_holders_in_stage_nodes``)
_STAGE_NODE_BRACKET = LazyRe(
    r"^\s*([^()（）]*[^()（）\s])\s*[（(]\s*([^()（）]{2,24}?)\s*[)）]\s*$"
)
# a node bracket's labels: '责任人：张三', '责任岗位：受理岗；责任人：张三' (``_node_bracket_holder``)
_NODE_LABELLED = LazyRe(
    r"^\s*(?:(?:责任)?岗位\s*[:：]\s*([^:：；;，,]{2,12}?)\s*[；;，,\s]\s*)?"
    r"(?:责任人|负责人|经办人|承办人|办理人)\s*[:：]\s*(\S.*?)\s*$"
)
# a node bracket's post, then its holder or holders: '审核岗、李四', '受理岗 张三、赵六'
_NODE_POST_NAMES = LazyRe(r"^\s*([^\s、，,:：]{2,12}?)\s*[\s、，,]\s*(\S.*?)\s*$")
_NODE_NAMES_SPLIT = LazyRe(r"\s*[、，,\s]\s*")


def _flow_box(v: str) -> bool:
    """An arrow or a terminal box in a flow chart's node column ('↓', '结束')."""
    v = v.strip()
    return bool(_FLOW_CONNECTOR.fullmatch(v) or _FLOW_TERMINAL.fullmatch(v))


def _node_bracket_holder(said: str) -> tuple[str, str, str, bool] | None:
    """(科室, post, holder or holders joined by '、', labelled) a flow node's bracket names:
    '受理岗　张三', '审核岗、李四', '受理岗　张三、赵六', '责任人：张三' (a name alone, labelled so),
    '责任岗位：受理岗；责任人：张三'; else what ``_code_meaning`` reads, or None."""
    got = _code_meaning(said, "person")
    if got is not None and got[1] and got[2]:
        return (*got, False)  # ('结算股经办员 蒯泠珊': its 科室 told apart)
    m = _NODE_LABELLED.match(said)
    if m:
        names = [x for x in _NODE_NAMES_SPLIT.split(m.group(2)) if x]
        post = m.group(1) or ""
        if (
            names
            and (post == "" or is_post(post))
            and (several_names(names) or (len(names) == 1 and looks_like_name(names[0])))
        ):
            return ("", post, "、".join(names), True)
        return None
    m = _NODE_POST_NAMES.match(said)
    if m and is_post(m.group(1)) and not looks_like_name(m.group(1)):
        names = [x for x in _NODE_NAMES_SPLIT.split(m.group(2)) if x]
        if several_names(names) or (
            len(names) == 1 and looks_like_name(names[0]) and not is_post(names[0])
        ):
            own = _code_meaning(m.group(1), "person")  # ('结算股经办员': its 科室 apart)
            dept, post = (own[0], own[1]) if own and own[1] and not own[2] else ("", m.group(1))
            return (dept, post, "、".join(names), False)
    return None if got is None else (*got, False)


# a photo placeholder on a 公示牌, and a caption on its last line: '（照片）', '照片', '相片',
# '免冠照片', '（照片）⏎梁丘沨岫' (``_holders_by_photo``)
_PHOTO_BOX = LazyRe(
    r"^\s*[（(【\[]?\s*(?:免冠|个人|本人)?(?:照\s*片|相\s*片)\s*[)）】\]]?\s*(?:\n\s*(.*\S))?\s*$"
)
# a board's title line naming its post: '主任岗位廉政风险防控公示', '收费员岗位廉洁风险公示牌'
_BOARD_POST_LINE = LazyRe(
    r"^(?:[一二三四五六七八九十\d]{1,3}[、.．])?(.{2,20}?)岗位?的?(?:廉政|廉洁)(?:风险)?点?(?:防控)?"
    r"(?:公示|公示牌|公示栏|告知牌|信息|一览表?|卡)?$"
)
# a margin cell's label before the holder it names ('责任人：⏎中心主任⏎鄂翛崟')
# a 序号 cell with the posts' short names bracketed after the number: '1（院）', '3（院、会）',
# '2[财、出]', '4(A)' (``_holder_keys_in_numbers``)
_SEQ_BRACKET_KEYS = LazyRe(
    r"^\s*\d{1,3}\s*[.．、]?\s*[（(\[［【]\s*([^（）()\[\]［］【】]{1,20}?)\s*[)）\]］】]\s*$"
)
# a composite 编号 whose first part is a holder's number in a legend: '2-1', '1.2', '3－1', '（2）1'
# (``_holder_keys_in_numbers(numbered=True)``)
_SEQ_HOLDER_NUMBER = LazyRe(
    r"^\s*(?:(\d{1,2})\s*[-－—–.．]\s*\d{1,3}|[（(]\s*(\d{1,2})\s*[)）]\s*\d{1,3})\s*$"
)
# a 编号 whose first one or two characters are a holder's key in a legend, glued or set off by '-'
# or '.': '甲1', '丙2', 'A1', 'B-2', '二.3' (``_holder_keys_in_numbers(numbered=True)``)
_SEQ_HOLDER_KEY = LazyRe(r"^\s*([A-Za-z]{1,2}|[\u4e00-\u9fff]{1,2})\s*[-－.．]?\s*\d{1,3}\s*$")
_SEQ_KEY_SPLIT = LazyRe(r"[、，,/／]")
_SEQ_KEY_WORD = LazyRe(r"^(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,3})$")
_SEQ_LEGEND_SPLIT = LazyRe(r"[；;，,。\n]")
_SEQ_LEGEND_SEP = LazyRe(r"[—–\-－─:：=＝]|为|指")
# a 序号 cell's ordinal before the holder it names ('一⏎局长⏎某某', '二、副局长 某某', '（三）',
# '1⏎办公室主任⏎某某'): a word or a bracket, set off by a mark or a line ('二级调研员' keeps its 二)
_SEQ_HOLDER_ORDINAL = LazyRe(
    r"^(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]"
    r"|(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:[、.．]|(?=\s)|$))\s*"
)
# a 序号 cell with words, not a number (``_holders_in_numbers``' cheap test)
_SEQ_HOLDER_WORDY = LazyRe(r"[\u4e00-\u9fff]{2}")
_MARGIN_HOLDER_LABEL = LazyRe(r"^(?:岗位)?(?:责任人|责任岗位|负责人|责任领导|承办人)\s*[:：]?\s*")


def _margin_holder(text: str) -> dict[str, str]:
    """The holder a margin cell beside a list names (``_holders_in_margin``), labelled or not
    ('责任人：⏎中心主任⏎鄂翛崟', '交易服务科科长　仓翊澂'): its 科室, post and name, else {}."""
    s = _MARGIN_HOLDER_LABEL.sub("", text.strip(), count=1)
    if not s or len(s) > 40:
        return {}
    got = _band_holder(" ".join(s.split()))
    if got:
        return got
    many = _level_cell_holders(s)
    return many[0] if len(many) == 1 and {"title", "person"} & many[0].keys() else {}


# a list's own holder columns: with any, its 序号 restarting says nothing of whose its rows are
_RESTART_OWN_ROLES = ("person", "title", "department")
# where a line names the holders of a list's blocks in order: after '依次为：', '分别为', '按顺序：'
# (or '各段为：'), up to the sentence's end
_IN_ORDER_MARK = LazyRe(
    r"(?:依次|分别|按顺序|按次序|顺序)(?:是|为|如下)?\s*[:：]?|(?:各段|各组)(?:是|为)\s*[:：]?"
)
_IN_ORDER_SPLIT = LazyRe(r"[、；;，,]")
# a line's word of a list's blocks ('分段编号', '各段', '每组'): without one, the people it names
# in order (reviewers, the leaders) are no blocks' holders; blocks by 科室 are no holders' blocks
_BLOCKS_WORD = LazyRe(r"分段|各段|每段|分组|各组|每组")
_BLOCKS_BY_DEPT = LazyRe(r"按(?:各)?(?:科室|部门|股室|处室|科股|单位|站所|所队)分(?:段|组)")
# where the subject of a line's order word starts ('…，审核人依次为', '；各段依次为')
_IN_ORDER_CLAUSE = LazyRe(r"[，,。；;：:（(）)]")


def _holders_said_in_order(line: str) -> list[tuple[str, str]] | None:
    """The holders a line names in order after its order word ('…分段编号，各段依次为：普查办主任
    芈某某，副主任 巫某某。' → [('普查办主任', '芈某某'), ('副主任', '巫某某')]; '各段分别为站长、会计、
    出纳' → posts only; names only too), split by '、', '，', '；' after the last order word
    ('依次为', '分别为', '按顺序', '各段为'); None unless two or more and every part is a holder
    ('…分别负责财务、采购' is prose). The line must speak of the blocks ('分段', '各段', '每组')
    and the order word be theirs: '审核人依次为', '局领导分工依次为' name no blocks' holders, and
    blocks '按科室分段' are 科室, not holders (review 103)."""
    if not any(w in line for w in ("依次", "分别", "顺序", "次序", "各段", "各组")):
        return None  # (the cheap test first)
    marks = list(_IN_ORDER_MARK.finditer(line))
    if not marks or not _BLOCKS_WORD.search(line) or _BLOCKS_BY_DEPT.search(line):
        return None  # (no word of the list's blocks, or blocks by 科室: no holders' order)
    said = _IN_ORDER_CLAUSE.split(line[: marks[-1].start()])[-1]
    if said and not _BLOCKS_WORD.search(said):
        return None  # ('审核人依次为', '局领导分工依次为': not the blocks' holders — review 103)
    rest = line[marks[-1].end() :].split("。")[0].strip()
    opened = rest.count("（") + rest.count("(")
    if rest.endswith(("）", ")")) and opened < rest.count("）") + rest.count(")"):
        rest = rest[:-1]  # '（本清单分段编号，各段分别为站长、会计、出纳）': the line's own bracket
    parts = [p.strip(" \u3000.") for p in _IN_ORDER_SPLIT.split(rest)]
    if len(parts) < 2 or not all(parts):
        return None
    got: list[tuple[str, str]] = []
    for part in parts:
        if len(part) > 24:
            return None
        pair = _post_run_name(part)
        if pair is None and (m := POST_PAIR.fullmatch(part)):
            pair = (m.group(1), m.group(2)) if looks_like_name(m.group(2)) else None
        if pair is None and (np := holder_and_post(part) or name_then_post(part)):
            pair = (np[1], np[0])
        if pair is None:
            s = squeeze(part)
            if is_post(s) and not looks_like_name(s):
                pair = (s, "")  # '站长': a post, its holder not named (对岗不对人)
            elif marked_name(s):
                pair = ("", s)  # '芈某某': a name, the post not said
        if pair is None:
            return None  # ('…分别负责财务、采购': prose, no holders)
        got.append(pair)
    return got


def _mentions_holder(name: str, roster: dict[str, tuple[str, str]]) -> bool:
    """An @ mention names a holder: the roster names him, or it reads as a person's name that is
    no body, post or outsider ('@文旅局', '@文化馆', '@施工方', '@申请人', '@王老板', '@商户')."""
    if name in roster:
        return True
    return (
        looks_like_name(name)
        and not _dept_like(name)
        and not is_post(name)
        and not _MENTION_OUTSIDER.search(name)
    )


# ``_holders_with_own_levels``: a line closing in a bracket; the holder's line and its level;
# the parts of a cell, one after each closing bracket or line; a heading naming a holder; the
# roles such a column may have been given ('其他' for '责任岗位及责任人（风险等级）'); a heading
# naming the level too; a bracket that is a rank ('（中级）') under a heading naming none
_OWN_LEVEL_LINE_END = LazyRe(r"[)）][ \u3000]*(?:\n|$)")
_OWN_LEVEL_TAIL = LazyRe(r"^(.+?)[ \u3000]*[(（]\s*([^()（）]{1,8}?)\s*[)）]$", re.S)
_OWN_LEVEL_PARTS = LazyRe(r"(?<=[)）])[ \u3000]*[\n、,，;；]?|\n")
_OWN_LEVEL_HOLDER_HEAD = LazyRe(r"责任人|责任岗位|岗位及|姓名|人员|责任主体")
_OWN_LEVEL_ROLES = frozenset({"person", "title", "other", "risk_level", "remarks"})
_OWN_LEVEL_HEAD_LEVEL = LazyRe(r"等级|级别|风险")
_OWN_LEVEL_RANKS = frozenset({"初级", "中级", "高级"})

# the headings a table of who took over which post has none of (``_change_log_head``): a list's
# own, whose '原任 | 现任' columns are its points' holders ('岗位 | 原任 | 现任 | 风险点 | 等级')
_CHANGE_NOT_HEADS = frozenset(
    ("risk_point", "description", "risk_type", "risk_level", "measures", "duty", "workflow")
)
# the 科室-ish heading of a table of changes of another body's people: '单位', '村', '社区', '乡镇'
_CHANGE_OTHER_BODY_HEAD = LazyRe(
    r"^(?:所属|下属|基层)?(?:单位|村|社区|村社区|村（社区）|乡镇|乡镇街道|街道)(?:名称)?$"
)


def _change_holder(text: str) -> tuple[str, str] | None:
    """A 原/现责任人 cell of a table of changes: ('', name), (post, name) for '副局长　冼书白', ('', '')
    for no one ('空缺', '暂缺（由会计代管）'); None for anything naming no one ('二级', '3')."""
    name = squeeze(text)
    if (
        not name
        or VACANT.match(name)
        or NO_ONE.match(name)
        or name.startswith(("空缺", "暂缺", "待配"))
        or not name.strip("—－-―/／\\、")
    ):
        return "", ""
    if looks_like_name(name) or marked_name(name):
        return "", name
    if (pair := holder_and_post(text)) is not None:
        return pair[1], pair[0]
    return None


# ``_holders_by_surname_tag``: a bracket of bare names closing a point ('…凑数入库（郄）',
# '（郄、夔）', '（股长）'), its parts; a bracket's part a name, surname or post could be
_SURNAME_TAG_END = LazyRe(r"[(（]\s*([^()（）:：\d\n]{1,20}?)\s*[)）][ \u3000。.；;]*$")
_SURNAME_TAG_SPLIT = LazyRe(r"\s*[、,，/／;；]\s*|[ \u3000]+")
_SURNAME_TAG_PART = LazyRe(r"^[\u4e00-\u9fff]{1,6}$")
# a holder's line under its label in his cell ('A岗：贺楼某', 'B角: …', '主办：…')
_HOLDER_LABEL_LINE = LazyRe(r"^\s*([^:：\s\d]{1,5})\s*[:：]\s*(\S[^:：]{0,15}?)\s*$")


def _fold_label(label: str) -> str:
    """A label as compared: full-width folded, upper case, no spaces ('ａ岗' → 'A岗')."""
    return squeeze(unicodedata.normalize("NFKC", label)).upper()


def _common_tail(labels: set[str]) -> str:
    """The ending all the labels share, short of a whole label ('A岗', 'B岗' → '岗')."""
    tail = os.path.commonprefix([x[::-1] for x in labels])[::-1]
    return tail if all(len(x) > len(tail) for x in labels) else ""


# role words joined in one holder cell ('单位负责人、统计负责人', '填表人和审核人')
_ROLES_JOINED = re.compile(r"[、，,;；/和及]")


# the places to sign of a sign-off typed in one cell, each after a space: '单位负责人：那某　填表人：…'
# a holder column headed as one to sign ('责任人签字', '确认人（签名）', '签章') and a note asking
# each post's holder to sign once ('在本岗位最后一行签名确认', '每个岗位签字一次')
# (``_signing_column_or_note``)
_SIGNING_HEAD = re.compile(r"签字|签名|签章|确认|签认")
_SIGN_ONCE_NOTE = re.compile(
    r"(?:本岗位|各岗位|每个?岗位|每段|本段|最后一[行项条]|一次).{0,24}(?:签字|签名|签章|签认)"
)
_SIGNOFF_IN_ONE_CELL = re.compile(r"[\s\u3000]+(?=[^\s\u3000：:]{1,14}[：:])")


def _signers_in_line(row: list[str], cols: list[int]) -> list[tuple[str, str]]:
    """The (role, name) pairs of a 统计报表's closing sign-off row: every cell a signing role
    with its name ('单位负责人：那某', or '单位负责人： | 那某'), a date signed on ('报出日期：…')
    or a place left blank ('审核人：'), at least two of them; else none."""
    if len(cols) == 1:  # the whole sign-off in one (merged) cell: '单位负责人：那某　　填表人：…'
        parts = _SIGNOFF_IN_ONE_CELL.split(row[cols[0]].strip())
        return _signers_in_line(parts, list(range(len(parts)))) if len(parts) > 1 else []
    if len(cols) < 2:
        return []
    got: list[tuple[str, str]] = []
    places, i = 0, 0
    while i < len(cols):
        v = row[cols[i]].strip()
        head, colon, rest = v.partition("：") if "：" in v else v.partition(":")
        head, rest = _signer_role(head), rest.strip()
        if not colon or len(head) > 8:
            if not _is_date(v):
                return []  # ('2 | 虚列支出 | …': data)
        elif _REPORTING_UNIT_FIELD.match(head) and rest:
            i += 1  # ('填报单位：XX县统计局 | 单位负责人：…': the unit, no place to sign)
            continue
        elif _role_signed(v):
            if _SIGNING_ROLE.match(head):
                got.append((head, squeeze(rest)))
        elif _SIGNING_ROLE.match(head) and not rest:
            after = row[cols[i + 1]].strip() if i + 1 < len(cols) else ""
            if _signer_name(after) and not _has_colon(after):
                got.append((head, squeeze(after)))  # '单位负责人： | 那某'
                i += 1
        elif rest or not _is_signoff_label(_key(head)):
            return []  # ('岗位：出纳': a field, not a place to sign)
        places += 1
        i += 1
    return got if got and places >= 2 else []


# a measures heading saying its measures are split among holders ('防控措施（分解到人）',
# '措施落实到岗', '责任到人'): ``_holders_by_measure_lines``
_MEASURES_SPLIT_HEAD = LazyRe(r"分解到[人岗]|落实到[人岗]|责任到[人岗]|到岗到人|到人|到岗")


# a label opening a measures line: the holder's ('责任人　股长　某某：…', the label dropped) or one
# who oversees the holder ('监督人　纪检组长　某某：…': no holder, his line no holder's measure)
_MEASURE_LINE_HOLDER_LABEL = LazyRe(
    r"^\s*(?:具体责任人|直接责任人|主要责任人|责任人|负责人|经办人|承办人)(?:\s+|[:：]\s*(?=\S+\s+\S+\s*[:：]))"
)
_MEASURE_LINE_OVERSEER_LABEL = LazyRe(
    r"^\s*(?:监督责任人|监督人|监管人|监督|分管领导|责任领导|审核人)(?:\s+|[:：])"
)
# label words a 科室 or post read off a line's head never holds ('监督人纪检组', '责任人股')
_MEASURE_LINE_LABEL_WORD = LazyRe(
    r"责任人|负责人|经办人|承办人|监督|监管人|审核人|分管领导|责任领导"
)
# a name before its post in brackets: '汲昶翊（场长）', '蒯霁涵（营林股股长）'
_NAME_BRACKET_POST = LazyRe(r"^\s*([^（()）\s]{2,4})\s*[（(]\s*([^（()）]{2,12}?)\s*[)）]\s*$")


def _measure_line_holder(head: str) -> tuple[str, str, str] | None:
    """The holder a measures line's head names ('营林股　股长　某某', '汲昶翊（场长）'), no label word
    read as his 科室 or post; else None."""
    held = _head_holder(head)
    if held is None and (m := _NAME_BRACKET_POST.match(head)):
        name, post = m.group(1), squeeze(m.group(2))
        if looks_like_name(name) and not is_post(name):
            got = _head_holder(f"{post}（{name}）")
            held = got if got is not None and got[2] == name else None
    if held is not None and any(_MEASURE_LINE_LABEL_WORD.search(v) for v in held[:2]):
        return None
    return held


def _measure_line_split(line: str) -> list[str]:
    """A line cut at each '；' after which a holder and a colon open ('场长　某甲：集体研究；营林股
    股长　某乙：现场核验。'): one line a holder."""
    if "；" not in line and ";" not in line:
        return [line]
    parts = re.split(r"(?<=[；;])", line)
    out = [parts[0]]
    for part in parts[1:]:
        m = _HOLDER_COLON.match(_MEASURE_LINE_HOLDER_LABEL.sub("", part, count=1))
        if part.strip() and m and _measure_line_holder(m.group(1)) is not None:
            out[-1] = out[-1].rstrip("；;")
            out.append(part)
        else:
            out[-1] += part
    return out


def _measure_holder_lines(text: str) -> list[tuple[str, tuple[str, str, str] | None]]:
    """The lines of a measures cell each opened by its holder ('综合股　会计　凌瑑岚：采购三家比价…',
    '副主任　梁翊珖：…', '汲昶翊（场长）：…', a post alone '局长：…' as ('', post, '')): (his
    measure, (科室, post, name)) a line, a line opening with some other head before a colon (his
    measure, None), a line with no colon going on the measure above it; a line cut at a '；' a
    holder follows; a label before the holder dropped ('责任人　股长　某某：'), a line of one who
    oversees ('监督人　纪检组长　某某：…', '分管领导：…') no holder's, kept as written after every
    holder's own measure, with the lines it runs on to; [] where the cell's first line opens with no holder or the cell is numbered
    ('1.…⏎2.…': one holder's measures, read as before) — save where every numbered line opens
    with a holder ('1.场长　某某：…'), read with the numbers dropped."""
    raw = [v.strip() for v in text.split("\n") if v.strip()]
    if raw and _ITEM_LINE.match(raw[0]):
        bare = [_ITEM_LINE.sub("", v, count=1).strip() if _ITEM_LINE.match(v) else v for v in raw]
        if not all(
            (m := _HOLDER_COLON.match(b)) and _measure_line_holder(m.group(1)) is not None
            for v, b in zip(raw, bare, strict=True)
            if _ITEM_LINE.match(v)
        ):
            return []  # (one holder's numbered measures: as before)
        raw = bare
    out: list[tuple[str, tuple[str, str, str] | None]] = []
    overseen = False  # (the lines of one who oversees: no holder of their own)
    watch: list[str] = []  # (those lines as written: kept with every holder's measures)
    for line in (part.strip() for v in raw for part in _measure_line_split(v)):
        if not line:
            continue
        if _MEASURE_LINE_OVERSEER_LABEL.match(line):
            overseen = True
            watch.append(line)
            continue
        line = _MEASURE_LINE_HOLDER_LABEL.sub("", line, count=1)
        m = _HOLDER_COLON.match(line)
        held = _measure_line_holder(m.group(1)) if m else None
        if (
            held is None
            and m
            and (p := _POST_COLON.match(line))
            and _a_named_post(squeeze(p.group(1)))
            and not _MEASURE_LINE_LABEL_WORD.search(p.group(1))
        ):
            held, m = ("", squeeze(p.group(1)), ""), p  # ('局长：审批把关': the post alone)
        if held is not None and m:
            overseen = False
            out.append((m.group(2).strip(), held))
        elif m:
            overseen = False
            if not out:
                return []  # (its first line opens with no holder: no cell of this shape)
            out.append((line, None))  # ('说明：…' among the holders' lines: no holder read)
        elif overseen:
            watch[-1] += "\n" + line  # (the overseer's measure typed on two lines)
        elif not out:
            return []
        else:
            out[-1] = (out[-1][0] + "\n" + line, out[-1][1])  # (a measure typed on two lines)
    if watch:  # ('监督人　纪检组长　某某：每季度检查': no holder, but nothing of the cell lost)
        out = [(m + "\n" + "\n".join(watch), h) if h is not None else (m, h) for m, h in out]
    return out


# a note's word saying people exchanged posts ('岗位互换', '对调', '调换岗位', '交流轮岗'; ``_swapped_by_note``)
_POSTS_SWAPPED = LazyRe(
    r"(?:相互|互相)?(?:互换|对调|调换|互调|交换|轮换)(?:了)?(?:岗位|工作岗位|职务|工作)?"
    r"|交流轮岗|轮岗交流|(?<!定期)轮岗"
)
# (one of these is in every match of ``_POSTS_SWAPPED``: searched for first, as plain text)
_POSTS_SWAPPED_CORE = ("互换", "对调", "调换", "互调", "交换", "轮换", "轮岗")
_SENTENCES = re.compile(r"[。；;\n]")

# a line handing a post to a successor: '…岗位由某某接任', '…岗由某某接替', '某某接任出纳'
_HANDOVER_VERB = LazyRe(
    r"由\s*(?:(?!由)[\u4e00-\u9fff·\s]){2,14}?\s*(?:同志)?\s*(?:接任|接替)(?!前|后|人选|人员|者)"
    r"|[\u4e00-\u9fff·]{2,4}\s*(?:同志)?\s*接任(?!前|后|人选|人员|者)[\u4e00-\u9fff]{2}"
)
_HANDOVER_SUCCESSOR = LazyRe(
    r"由\s*((?:(?!由)[\u4e00-\u9fff·]){2,14}?)\s*(?:同志)?\s*(?:接任|接替)(?!前|后|人选|人员|者)"
)
_HANDOVER_TAKES = LazyRe(
    r"^((?:(?!由)[\u4e00-\u9fff·]){2,4}?)\s*(?:同志)?\s*接任(?!前|后|人选|人员|者)(.+)$"
)
# the caption over such lines: '岗位交接登记', '人员变动情况', '岗位调整情况（本表填报后）'
_HANDOVER_CAPTION = LazyRe(r"交接|人员变动|人员调整|人员变更|变动情况|调整情况|变更情况")
# what opens a line before its post: '1.', '（2）', '注：', '2025年7月起', '自2025年7月1日起'
_HANDOVER_LEAD = LazyRe(
    r"^(?:注[:：]|说明[:：]|备注[:：]|[(（]?\d{1,2}[)）.．、]|[一二三四五六七八九十]{1,2}[、.．]|\s"
    r"|(?:自|从|于)?\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:起|以来|以后|后)?[，,]?"
    r"|(?:经|因|根据)[^，,]{0,16}[，,]|现|原|本局|我局|本单位|本)"
)
_HANDOVER_TAIL = LazyRe(r"(?:的)?(?:岗位|岗|一职|职务|职位|工作)?(?:现|改|已|则|均)?$")


def handover_clauses(line: str) -> list[tuple[str, str, str]]:
    """The handovers a line says, each (the post as written, the successor, the sentence):
    '1.2025年7月起，副局长岗位由公休珩谧接任（…）。' -> [('副局长', '公休珩谧', …)]; '原出纳某某调离，
    由某某接任' gives no post ('' : the former holder named says which); a handover planned
    or for a time ('拟由…', '休假期间由…临时接替') none."""
    out = []
    for sentence in _SENTENCES.split(line):
        if "接任" not in sentence and "接替" not in sentence:
            continue
        if _NOT_YET.search(sentence):
            continue  # ('拟由…接任', '休假期间由…临时接替': no one holds it now)
        bare = _BRACKETED.sub("", sentence)
        for clause in re.split(r"[，,]", bare):
            clause = clause.strip()
            m = _HANDOVER_SUCCESSOR.search(clause)
            after = ""
            if m:
                who, phrase, after = m.group(1), clause[: m.start()], clause[m.end() :]
            elif (m := _HANDOVER_TAKES.match(_lead_off(clause))) is not None:
                who, phrase = m.group(1), m.group(2)
            else:
                continue
            who = squeeze(who)
            if not looks_like_name(who) or is_post(who):
                run = _post_run_name(who)
                if not run or not looks_like_name(run[1]):
                    continue
                who = run[1]  # ('由副局长某某接任': the name)
            post = _handover_post(phrase)
            after = _HANDOVER_TAIL.sub("", squeeze(after))
            if not post and after and not looks_like_name(after) and is_post(after):
                post = after  # ('由某某接任出纳岗位': the post after the verb, no former holder)
            out.append((post, who, sentence.strip()))
    return out


# when a handover line says it happened, inside its post's phrase ('出纳岗位自2025年7月起由…')
_HANDOVER_WHEN = LazyRe(
    r"(?:自|从|于)?\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:起|以来|以后|后)?"
    r"|(?:自|从|于)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:起|以来|以后|后)"
)


def _handover_post(phrase: str) -> str:
    """The post a handover clause names before its verb, without what opens the line, a date
    said inside it ('出纳岗位自2025年7月起') and what follows a colon ('办公室主任：2025年8月')."""
    text = _HANDOVER_WHEN.sub("", _lead_off(squeeze(phrase)))
    head = re.split(r"[:：]", text, maxsplit=1)[0]
    return _HANDOVER_TAIL.sub("", head or text)


def _lead_off(text: str) -> str:
    """``text`` without what opens a handover line before its post (numbering, a date, '注：')."""
    while True:
        m = _HANDOVER_LEAD.match(text)
        if not m or not m.group(0):
            return text
        text = text[m.end() :]


def handover_hits(
    phrase: str, sentence: str, keys: list[tuple[str, str, str, str]], new: str = ""
) -> tuple[str, str, str, str] | None:
    """The one holder's key (unit, 科室, post, holder) of the list a handover line's post
    ``phrase`` names ('副局长', '财务室出纳', '房地产市场监管股股长'), the former holder the
    ``sentence`` names choosing among several of one post (or saying the post when no post is
    written; the successor ``new``, named in it too, is no former holder even where the list
    has him at another post); None when none or several."""

    def names(k):
        d, title = k[1], k[2]
        if not title or not phrase:
            return False
        if phrase in (title, d + title):
            return True
        lead = phrase[: -len(title)] if phrase.endswith(title) else ""
        return len(lead) >= 2 and lead in d

    hit = [k for k in keys if names(k)]
    if not hit and phrase:
        # ('出纳公上沨调离后由…接任': the former holder in the phrase, at a post he holds)
        hit = [k for k in keys if k[3] and k[2] and k[3] in phrase and k[2] in phrase]
    if not phrase:
        hit = keys  # ('原出纳某某调离，由某某接任': the former holder says which)
    if len(hit) > 1:
        named = [k for k in hit if k[3] and k[3] != new and k[3] in sentence]
        hit = named if named else hit
    if len(hit) != 1:
        return None
    return hit[0]


_BRACKETED = re.compile(r"\s*[（(][^（）()]*[)）]\s*")
# a swap planned or supposed, not made ('拟将…对调', '如…调换')
_SWAP_PLANNED = LazyRe(r"拟|计划|将于|准备|如果|如需|如遇|若需|假如")
# the list already shows the exchange ('表中已按调整后填写', '本表为互换后情况'), or says it does not
_SWAP_SHOWN = LazyRe(
    r"已按|已(?:作|做)?(?:相应)?(?:更新|调整|更改|修改|改正|变更|改为|填写|据此)"
    r"|按(?:调整|互换|对调|轮岗|交流|变动)后(?:的)?(?:情况|岗位|人员|名单)?(?:填写|填报|填列|列示|列)"
    r"|为(?:调整|互换|对调|轮岗|交流|变动)后"
)
_SWAP_KEPT = LazyRe(
    r"未(?:作|做)?(?:相应)?(?:改|变|调整|更改|修改|更新|变更)|没有(?:改|变|调整|更改|修改|更新)"
    r"|仍(?:按|为|写|填|列|是)|(?:姓名|责任人|人员)(?:栏|列)?(?:不变|照旧)"
)
# '将' right before the exchange word ('甲与乙将岗位对调': to come, not made)
_SWAP_SOON = LazyRe(
    r"将(?:于)?(?:岗位|职务|工作)?(?:相互|互相)?(?:互换|对调|调换|互调|交换|轮换)[^，。；]{0,4}$"
)
# a bracket after the exchange word putting it off ('对调（下半年执行）', '（待批准后）')
_SWAP_LATER = LazyRe(
    r"\s*[（(][^（）()]*(?:拟|计划|将于|待|下半年|明年|年底|年初|届时|执行|实施|生效)[^（）()]*[)）]"
)
# the exchange word before a duty or thing taken in turns, not a post ('轮换值班', '交换保管')
_SWAP_NOT_POSTS = LazyRe(
    r"(?:值班|值守|保管|使用|签字|审核|复核|审签|盘点|保存|顺序|位置|座位|意见|信息|资料|材料|文件"
    r"|钥匙|印章|印鉴|密码|检查|监督|监盘|记账|开车|驾驶|带班|巡查|负责)"
)
# a routine or a cover, no post changed ('每年轮岗一次', '休产假期间由…互换工作', '临时')
_SWAP_ROUTINE = LazyRe(
    r"每(?:年|季度?|半年|月|届|[两二三四五]年)|定期|适时|按期|逐年|期间|临时|暂时|暂由|代为|代理"
)
_SWAP_JOINER = re.compile(r"(?:同志)?(?:与|和|同|、)")


def _joined_names(text: str) -> list[str]:
    """The names two people joined by '与'/'和'/'同'/'、' stand as in a note's words ('张三与李四',
    '张三、李四两同志'), each side tried as a name of two to four characters; [] where the words
    join no names ('人员与岗位', '科室和股室')."""
    out: list[str] = []
    for m in _SWAP_JOINER.finditer(text):
        left = re.search(r"[\u4e00-\u9fff·]{2,6}$", text[: m.start()])
        right = re.match(r"[\u4e00-\u9fff·]{2,6}", text[m.end() :])
        if not left or not right:
            continue
        a = next((left.group(0)[-n:] for n in (3, 2, 4) if len(left.group(0)) >= n
                  and looks_like_name(left.group(0)[-n:]) and not is_post(left.group(0)[-n:])), "")  # fmt: skip
        b = next((right.group(0)[:n] for n in (3, 2, 4) if len(right.group(0)) >= n
                  and looks_like_name(right.group(0)[:n]) and not is_post(right.group(0)[:n])), "")  # fmt: skip
        if a and b:
            out += [a, b]
    return out


def _bracket_after(text: str, name: str) -> str:
    """What a bracket right after ``name`` says in a note ('陶某（检查股检查员）'), else ''."""
    m = re.search(re.escape(name) + r"\s*(?:同志)?\s*[（(]([^（）()]*)[)）]", text)
    return m.group(1) if m else ""


def _roster_people(given: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """A roster row's (科室, post, people) as one per person: '甲、乙' (or '甲/乙', one a line) under
    the roster's people column is each of them where every part reads as a name — two to four
    characters, no post — or ``several_names`` says so; else the row as it is."""
    dept, title, people = given
    parts = [p for p in HOLDER_SPLIT.split(people.strip()) if p]
    if len(parts) < 2 or not (
        several_names(parts)
        or all(
            2 <= len(p) <= 4
            and _ROSTER_NAME.match(p)
            and not is_post(p)
            and p[-1] not in _UNIT_ENDS
            for p in parts
        )
    ):
        return [given]
    return [(dept, title, p) for p in parts]


_ROSTER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_UNIT_ENDS = frozenset("科股室办队局所组站部")  # ('综合股、财务股': no people)


# a roster's column of what each holder has in hand ('分管工作', '工作分工', '分工', '负责工作')
# a roster's column of each holder's 分工 under a list ('分工', '具体分工', '分管工作'; not '分管股室',
# '分管领导'), and its word searched once in the heading row (``_duty_roster_under``)
_ROSTER_DUTY_HEAD = re.compile(
    r"(?:具体|工作|主要|职责)?分工|分管(?:工作|范围|领域|事项)|负责(?:工作|事项|范围)|具体负责"
)
_ROSTER_DUTY_WORD = re.compile(r"分工|分管|负责")
# a roster's column of each holder's duties under a post-only list, no 分工 word in it ('工作职责',
# '岗位职责', '主要职责', '职责', '职责范围'; ROSTER_DUTIES_BELOW): one such column beside the roster's
# post and holder columns (a second risk table's '风险点', '风险等级' make it no roster)
_ROSTER_DUTIES_HEAD = re.compile(r"(?:工作|岗位|主要|具体|本人|个人)?职责(?:范围|内容|分工|任务)?")
_DUTY_HEAD = re.compile(
    r"(?:分管|负责|主管|工作|具体)?(?:工作|分工|范围|事项|领域)(?:分工|内容|范围)?"
)
_HAN4 = re.compile(r"^[\u4e00-\u9fff]{4}$")
_HAN34 = re.compile(r"^[\u4e00-\u9fff]{3,4}$")
_HAN45 = re.compile(r"^[\u4e00-\u9fff]{4,5}$")


def _surname_shared(name: str, pc: int, x: int, r: int, sh, full: bool, rows: list[int]) -> bool:
    """A roster's holder cell of four Han characters read as no name only for a two-character
    surname the reader does not list ('叱奴翀璟'), which heads another holder cell of the same
    column too ('叱奴湉', '叱奴岍瑢'): staff of one family name, not a note ('暂未配备', '缺编').
    Four or five characters of a three-character surname not listed ('步鹿根琤澜', '吐谷浑翾')
    likewise, its three characters heading another cell of four or five ('步鹿根沨')."""
    if not _HAN45.match(name) or is_post(name):
        return False
    from xlproc.columns import NOT_NAME_CHARS

    if any(ch in NOT_NAME_CHARS for ch in name):
        return False  # ('待定人员', '待招聘人员': a note)
    # ('张三丰' sorts of names are read as names already: a two-character surname's only then)
    two = len(name) == 4 and not looks_like_name(name[:2])
    for y in range(r + 1, len(sh.rows)) if full else rows:
        if y == x:
            continue
        row = sh.rows[y]
        other = squeeze(row[pc]) if pc < len(row) else ""
        if other == name or any(ch in NOT_NAME_CHARS for ch in other):
            continue
        if two and other[:2] == name[:2] and _HAN34.match(other):
            return True
        if other[:3] == name[:3] and _HAN45.match(other):
            return True  # ('乌石兰翾澄' beside '乌石兰沅': 乌石兰 a surname, 乌石 no name)
    return False
