"""Tables not laid out as a list of rows: tables on their side (``_transposed``), matrices of
posts by risks, cross tables of type or level by holder, bands of points or holders
across, type × level grids of ticks, point groups and columns a post or part each.

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
from dataclasses import replace

from xlproc.columns import (
    ANCHOR,
    EVERYONE_WORDS,
    IDENTITY,
    LEADERS_GROUP,
    POINTISH,
    SURE,
    WATCHERS,
    Heading,
    _dept_like,
    _leader_like,
    heading_role,
    looks_like_name,
    role_zh,
)
from xlproc.config import SOLID_MARKS, TICK_MARKS
from xlproc.identity import (
    HAN_TEXT,
    NUMBERING,
    TIER_GROUPS,
    UNIT_END,
    holder_and_post,
    is_post,
    labelled_rare_name,
    split_dept_title,
    squeeze,
    tier_of_post,
    unit_in_title,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _ASPECT,
    _BAND_FIELDS,
    _BAND_LABEL_HEADS,
    _BAND_TAIL_HEADS,
    _BOX_EMPTY,
    _CATEGORY_ENDS,
    _CONTACT_LINE,
    _COUNT_HEAD,
    _CRITERIA_TICKS,
    _DIAGONAL,
    _DITTO,
    _END_LEVEL,
    _GRID_MARKS,
    _GROUP_ROLES,
    _HOLDER_HEADS,
    _ITEM_LINE,
    _KIND_MARKS,
    _LEVEL_CELL_SPLIT,
    _LEVEL_CLOSING,
    _LEVEL_TAG,
    _LEVEL_WORDISH,
    _MARK_WORDS,
    _MATRIX_MEASURES,
    _MEASURE_OPENS,
    _MISCONDUCT,
    _NOT_MATRIX_POINT,
    _NOT_TICKED,
    _NOTHING,
    _NOTHING_WRITTEN,
    _OWN_BAND_NOTE,
    _POINT_GRADE,
    _RECORD_ROLES,
    _RISKY,
    _SIGNING,
    _STAGE,
    _STAGE_HOLDER_HEAD,
    RawForm,
    RawRisk,
    _band_cell_points,
    _band_holder,
    _band_item,
    _column_numbers,
    _grid_corner,
    _heads_kind,
    _inline_items,
    _is_date,
    _is_risk_text,
    _is_shared_band,
    _is_signoff_label,
    _key,
    _kind_ticked,
    _level_cell_holders,
    _level_closed_items,
    _level_word,
    _names_a_body,
    _names_point_cell,
    _parse_fields,
    _parse_unit,
    _point_holder_dash,
    _point_pairs,
    _post_band_post,
    _post_holder,
    _signoff_cell,
    _stage_band_post,
    _Table,
    _tick_post,
    field_of,
    key_spans,
    keyed_holder,
    numbered_item_texts,
)
from xlproc.locate_holders import _fan_out
from xlproc.text import LazyRe, cell_ref, label_key

# the sub-heading of a holder column whose holder holds the row's point (``_defence_lines``), and
# of one whose holder only watches it: the lines of defence, '主体责任 | 监督责任'
_LINE_HOLDS = ("第一道防线", "业务部门", "直接责任", "主体责任", "岗位责任人")
_LINE_OVERSEES = ("监督", "第二道", "第三道", "纪检", "审计", "风控合规")  # (and ``WATCHERS``)

# a heading naming a line of defence: '第一道防线（业务部门）', '第二道防线'
# a level closing a point in a bracket under its label: '…（风险等级：高）', '…[等级：较高]', '…【级别：一级】'
_LABELLED_LEVEL_CLOSE = re.compile(
    r"\s*[【\[（(]\s*(?:风险等级|风险级别|等级|级别)\s*[:：]\s*([^【\[（(】\]）)]{1,6}?)\s*[】\]）)]"
    r"[\s。.；;]*$"
)
_DEFENCE_HEAD = re.compile(r"^第[一二三四1-4]道防线")
# a stacked grid's section line (``_position_grids``): its bracketed gloss left out, the field it
# names ('一、岗位廉政风险点', '二、风险等级（与第一部分同一位置的风险点对应）', '三、防控措施')
_POSITION_GRID_BRACKET = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
# a stacked grid's item heading naming the grid's own field ('等级1 | 等级2', '措施1 | 措施2' over
# the grids of levels and measures, '风险点1 | 风险点2' over the points'; ``_position_item``)
_POSITION_GRID_ITEM = re.compile(
    r"^(?:风险)?(?P<w>等级|级别|防控措施|措施)[(（]?(?P<n>\d{1,2}|[一二三四五六七八九十])[)）]?$"
)
# words joining two fields a section line names ('风险点及等级', '风险点、等级'): no one field
_POSITION_GRID_JOINED = re.compile(r"[及和与、,，/／]|以及")
_POSITION_GRID_FIELDS = (
    ("risk_point", re.compile(r"风险点|风险事项|风险内容|风险表现|廉政风险$")),
    ("risk_level", re.compile(r"等级|级别|风险程度")),
    ("measures", re.compile(r"措施")),
)


# a survey platform's export (问卷星, 腾讯问卷, 金数据), one row a respondent: a question's heading
# is its number ('1、', 'Q3.', '第5题') then its wording ('您的姓名：', '本岗位的高风险点（一级）：（多选题）')
_SURVEY_NUMBER = re.compile(
    r"^\s*(?:[QqＱ]\s*\d{1,3}\s*[.、．:：]?|第\s*\d{1,3}\s*题\s*[.、．:：]?|\d{1,3}\s*[、.．])\s*(?=\S)"
)
_SURVEY_KIND = re.compile(r"[（(【\[]\s*(?:多选|单选|填空|必答|选填|可多选)题?\s*[)）】\]]")
_SURVEY_ASKING = re.compile(r"^(?:请(?:填写|选择|勾选|列出)|您(?:的|所在的?)?|本人(?:的)?)")
# a level the question names: '高风险点（一级）' (its bracket first), '中风险点', '三级风险点'
_SURVEY_LEVEL_WORD = re.compile(
    r"(较高|较低|一般|重大|较大|[高中低]|[一二三1-3]级|[ⅠⅡⅢ]级)\s*(?:等级)?(?:的)?(?:廉政)?风险"
)
_SURVEY_BRACKET = re.compile(r"[（(]([^()（）]{1,8})[)）]")
# the ticked options of a multiple-choice cell ('…┋…', 腾讯问卷 '…|…' or '…；…'); '其他〖…〗' the text typed
_SURVEY_OPTIONS = re.compile(r"\s*[┋｜|]\s*")
_SURVEY_OPTIONS_MORE = re.compile(r"\s*[┋｜|；;]\s*")
_SURVEY_OTHER = re.compile(r"^其[他它]\s*〖(.*)〗$")
# every role a question may ask: the holder's, the point's and what the ordinary heading matcher
# reads beside it (a level question '4、该风险点的风险等级：' gives the level of that row's points)
_SURVEY_ROLES = (
    "person", "unit", "department", "title", "risk_point", "risk_type", "risk_level", "measures",
    "duty", "workflow", "description",
)  # fmt: skip
# the platform's own columns (问卷星, 腾讯问卷, 金数据): a sheet with one is an export
_SURVEY_PLATFORM = re.compile(
    r"^(?:提交答卷时间|开始答题时间|结束答题时间|答题时间|所用时间|答题时长|来源|来源详情|来自IP|IP地址|"
    r"填写设备|提交时间|地理位置)$"
)
# a heading asked as a question ('您的…', '本岗位的…', '请填写…', '（多选题）'); a colon alone is not
# one ('1.科室：' heads an ordinary list)
_SURVEY_ASKED = re.compile(
    r"您|本岗位|本人|请(?:填写|选择|勾选|列出)|[（(【\[]\s*(?:多选|单选|填空|必答|选填|可多选)题?\s*[)）】\]]"
)
# 问卷星's one column an option ('3、本岗位的风险点：(公车私用)'), its cells 1 / 0
_SURVEY_OPTION_COL = re.compile(r"[：:？?]\s*[（(]([^()（）]{1,40})[)）]\s*$")
_SURVEY_TICKED = frozenset({"1", "1.0", "√", "✓", "✔", "选中", "是", "☑"})

# a team task tool's export (Teambition, 钉钉项目, 飞书任务), one row a task: the tool's own fields;
# a heading row with four of them is an export ('任务ID | 标题 | 任务类型 | 父任务 | … | 执行者 | …')
_TASK_TOOL_FIELDS = frozenset(
    {
        "任务ID", "任务编号", "标题", "任务标题", "任务名称", "任务类型", "父任务", "所属项目", "所属分组",
        "任务分组", "任务列表", "执行者", "参与者", "创建者", "创建人", "关注人", "优先级", "截止时间",
        "开始时间", "完成时间", "创建时间", "任务状态", "是否完成", "标签",
    }
)  # fmt: skip
# the export's fields that carry a role of ours (the rest by the ordinary heading words, ``heading_role``):
# the sub-task's 标题 the point, the 执行者 the holder, the 分组 the 科室; '参与者', '创建者', '优先级',
# '截止时间', '任务状态' no role (a watcher, a clerk, the tool's urgency, no level)
_TASK_FIELD_ROLES = {
    "标题": "risk_point", "任务标题": "risk_point", "任务名称": "risk_point", "执行者": "person",
    "负责人": "person", "所属分组": "department", "任务分组": "department", "任务类型": "kind",
    "父任务": "parent", "备注": "remark", "描述": "remark", "任务描述": "remark",
}  # fmt: skip
_TASK_OWN_ROLES = ("department", "title", "risk_type", "risk_level", "measures")

# an OA system's 流程明细 export, one row an approval step of one declared form: the 流程's own
# number ('流程编号', '单号', '申请编号'), the step ('节点名称', '环节', '步骤') and who handled it
# ('处理人', '审批人', '经办人') beside the form's fields repeated on every step row; the form's
# declarant ('申报人', '申请人', '发起人', '填报人') its holder, the handlers none
_OA_FLOW_HEAD = re.compile(
    r"^(?:流程|审批|申请|申报|业务|单据|表单)(?:实例)?(?:编号|单号|号|ID|id|编码)$|^单号$"
)
_OA_STEP_HEAD = re.compile(r"^(?:当前|审批|办理|流程|处理)?(?:节点|环节|步骤)(?:名称)?$")
_OA_HANDLER_HEAD = re.compile(r"^(?:节点|环节|步骤)?(?:处理|审批|经办|办理|审核|操作)人(?:姓名)?$")
_OA_DECLARANT_HEAD = re.compile(r"^(?:申报|申请|发起|填报|提交)人(?:姓名)?$")
# the step of a 流程 its declarant starts ('发起申报', '提交', '填报'): its handler the declarant
_OA_START_STEP = re.compile(r"发起|申报|提交|填报|申请|开始|起草")
_OA_OWN_ROLES = ("department", "title", "risk_point", "risk_type", "risk_level", "measures")

# an approval platform's export ONE ROW A SUBMISSION (钉钉, 企业微信, 飞书, 金数据): the platform's own
# columns beside the form's fields, the form's detail table (明细, 子表单) flattened into one cell of
# numbered items of '键：值' pairs ('明细1：风险点：…；风险等级：一级；防控措施：…'); the submitter
# ('发起人', '提交人', '填报人') its holder, the approvers ('审批人', '历史审批人', '抄送人') none
_SUBMIT_PLATFORM_HEAD = re.compile(
    r"^(?:审批|流程|申请|申报|表单|单据|业务)?(?:实例)?(?:编号|单号|流水号|ID|id|编码)$|^(?:审批)?标题$|"
    r"^(?:审批|流程|单据|表单)?(?:状态|结果)$|^(?:发起|提交|申请|创建|完成|结束|审批|填写|更新)时间$|"
    r"^(?:历史|当前|最终)?(?:审批|审核|处理)人(?:姓名|名称)?$|^抄送人(?:姓名)?$|^(?:审批|流程)(?:记录|意见|耗时|动态)$|"
    r"^(?:当前|审批)?(?:节点|环节)(?:名称)?$|^(?:提交人|发起人|填报人|填写人)(?:ID|id|工号|账号)$"
)
_SUBMIT_PERSON_HEAD = re.compile(r"^(?:发起|提交|填报|填写|申报|申请)(?:人|者)(?:姓名|名称)?$")
_SUBMIT_DEPT_HEAD = re.compile(
    r"^(?:发起|提交|填报|填写|申报|申请)(?:人|者)(?:所在|所属)?(?:部门|科室|股室|单位)(?:名称)?$"
)
# a submission withdrawn, refused or ended before approval: none of its items read (SUBMISSION_WITHDRAWN)
_SUBMIT_DROPPED = re.compile(r"撤销|撤回|拒绝|驳回|不同意|终止|作废|已删除")
# the item marks of a flattened detail table: '明细1：', '子表单2:', '表格3 ', '第4项：', '[5]'
_SUBMIT_ITEM = re.compile(
    r"^\s*(?:(?:明细|子表单|子表|表格|明细表|明细行)\s*(?:第\s*)?\d{1,3}\s*(?:项|条|行)?|第\s*\d{1,3}\s*(?:项|条|行)|"
    r"[\[【]\s*\d{1,3}\s*[\]】])\s*[：:.、．]?\s*"
)
_SUBMIT_PAIR = re.compile(r"^\s*([^：:；;｜|\n]{1,10}?)\s*[：:]\s*(.*)$", re.S)
_SUBMIT_PARTS = re.compile(r"\s*[；;｜|\n]\s*")
_SUBMIT_ITEM_ROLES = ("risk_point", "risk_level", "risk_type", "measures", "description")


def _detail_items(text: str) -> list[dict[str, str]]:
    """The items of a form's detail table flattened into one cell by an approval platform's export
    ('明细1：风险点：…；风险等级：一级；防控措施：…⏎明细2：…'): one dict an item, role → value. An item
    starts at an item mark ('明细N：', '子表单N', '第N项', '[N]') or at a second point key; its pairs
    are parted by '；', ';', '｜', '|' or lines, a key read by the ordinary heading words ('风险点名称',
    '等级', '风险类别', '措施'); a part with no key of ours goes on the value before it (a measures
    value's own '；'). Only items keyed so: a list's '1.…；2.…' lines give none."""
    items: list[dict[str, str]] = []
    cur: dict[str, str] | None = None
    last = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _SUBMIT_ITEM.match(line)
        if m and m.end() > 0 and line[: m.end()].strip():
            cur, last = {}, ""
            items.append(cur)
            line = line[m.end() :]
        for part in _SUBMIT_PARTS.split(line):
            if not part:
                continue
            pm = _SUBMIT_PAIR.match(part)
            h = heading_role(label_key(pm.group(1))) if pm else None
            role = h.role if h is not None and h.role in _SUBMIT_ITEM_ROLES else ""
            if role:
                if cur is None or (role == "risk_point" and cur.get("risk_point")):
                    cur = {}
                    items.append(cur)
                value = pm.group(2).strip()
                cur[role] = f"{cur[role]}；{value}" if cur.get(role) and value else value
                last = role
            elif cur is not None and last:
                cur[last] = f"{cur[last]}；{part.strip()}" if cur[last] else part.strip()
    return [i for i in items if i.get("risk_point") and set(i) - {"risk_point"}]


def _line_cell_holders(text: str) -> list[dict[str, str]]:
    """The holders one cell under a line of defence (``_defence_lines``) names: a whole holder
    ('信贷管理部⏎总经理　冉若澜'), a 科室 alone ('信贷管理部': the 科室's post-less form), or a 科室
    over two or more holders a line ('信贷管理部⏎总经理　冉若澜⏎客户经理　谷清越': each his own,
    the 科室 theirs); [] where the cell is none of these."""
    got = _band_holder(text)
    if "person" in got:
        return [got]
    if not got and _dept_like(text) and "\n" not in text.strip():
        return [{"department": squeeze(text), "title": ""}]
    lines = [v.strip() for v in text.strip().split("\n") if v.strip()]
    dept = ""
    if lines and _dept_like(lines[0]) and not _band_holder(lines[0]):
        dept = squeeze(lines.pop(0))
    held = [_band_holder(v) for v in lines]
    if len(held) < 2 or not all("person" in w and "department" not in w for w in held):
        return []
    return [{**({"department": dept} if dept else {}), **w} for w in held]


# a note line under a 科室 × type grid, its first cell the 科室 column's ('注：各格内…')
# a grid line's holder after its level bracket by another separator than a doubled dash:
# '…（高）—科长　某某', '…（中）～报装员　某某', '…（高），责任人：出纳　某某'
_GRID_HOLDER_SEP = re.compile(
    r"([（(]\s*[^（()）]{1,6}?\s*[）)])\s*(?:—|─|－|～|~|[，,；;]\s*(?:落实)?责任人\s*[：:])\s*(?=\S)"
)
# a band naming a tier or a collective of the staff, no holder ('班子成员', '中层干部', '一般干部',
# '全体人员', '其他工作人员'): ``_band_holder_words``
_BAND_TIER = re.compile(
    r"^(?:全体|所有|中层|一般|其他|其它|普通|基层)|(?:干部|成员|班子|职工|员工|人员|党员)$"
)
_GRID_NOTE_LINE = re.compile(r"^(?:注|说明|备注|填表说明)\s*[：:]")
# a column heading that is a time of the year (``_year_time_columns``): '开学初（2—3月）', '暑期',
# '第一季度', 'Q2', '上半年', '3—4月', '十一月', '汛前 | 主汛期 | 汛后', '春节前后'; its bracket the months
_YEAR_TIME = re.compile(
    r"^(?:第?[一二三四1-4]季度|Q[1-4]|[上下]半年|"
    r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])(?:[—\-－~～至到、](?:\d{1,2}|十[一二]|[一二三四五六七八九十]))?"
    r"月(?:份|上旬|中旬|下旬)?|汛前|汛期|主汛期|汛后|[春夏秋冬]季|春节(?:前后)?|节假日|[寒暑]假|暑期|"
    r"开学[初前后]?|学期[初中末]|期[初中末]|年[初中末底]|岁末年初)(?:[（(][^()（）]{1,12}[)）])?$"
)
# such a time followed by the points in one heading, no '风险点' merged over the times
# ('第一季度风险点', '1—3月风险', '汛期廉政风险点'): the time (``_year_time_point_headings``)
_YEAR_TIME_POINTS = re.compile(r"^(.{1,16}?)\s*(?:的)?(?:廉政|廉洁)?风险点?$")


# a matrix's heading over its points saying the cells name the holders ('廉洁风险点及责任人',
# '风险点责任分解', '（格内填写本科室直接责任岗位及人员）'): ``_matrix_named``
_MATRIX_CELL_NAMES = re.compile(r"责任人|责任分解|岗位及人员|责任岗位")
# such a matrix's cell marking a holder's part in a bracket after the name ('股长 某某（A角）',
# '某某（主办）'): no part of the name (review 123)
_MATRIX_CELL_ROLE = re.compile(r"\s*[(（]\s*(?:[ABab][角岗](?:人员)?|主办|协办|主责|协责)\s*[)）]")
# a post and its holder parted by a colon ('科长：某某'), or the post bracketed after the name
# ('某某（科长）') in such a cell
_MATRIX_CELL_COLON = re.compile(r"^([^：:\s]{1,12})\s*[：:]\s*(\S.*)$")
_MATRIX_CELL_NAME_POST = re.compile(r"^(\S{2,4}?)\s*[(（]\s*([^()（）\s]{1,12})\s*[)）]$")
# a row closing the cells of such a matrix: its label a note's ('备注', '说明', '注：…')
_MATRIX_NOTE_ROW = re.compile(r"^\s*(?:备\s*注|说\s*明|注\s*[:：意]|注$|填表说明)")


def _matrix_cell_holders(text: str) -> list[dict[str, str]]:
    """The holders one cell of a matrix naming them writes (``_Cross._matrix_named``): as
    ``_level_cell_holders`` reads a level cell's, and besides '科长：某某', '某某（科长）', two pairs
    on a line ('科长　某某　科员　某某'), a bracket of the holder's part dropped ('某某（A角）'), a
    name after a post and '、' the same post's ('科长张三、李四'); [] where any part is unclear."""
    out: list[dict[str, str]] = []
    alone = False  # the line before a post alone
    for line in text.split("\n"):
        line = _MATRIX_CELL_ROLE.sub("", line).strip()
        if not line:
            continue
        post: dict[str, str] = {}  # the post of the part before on the line
        for part in _LEVEL_CELL_SPLIT.split(line):
            v = _MATRIX_CELL_ROLE.sub("", part).strip()
            if not v:
                continue
            if (m := _MATRIX_CELL_COLON.match(v)) and is_post(squeeze(m.group(1))):
                v = f"{squeeze(m.group(1))} {m.group(2).strip()}"
            elif (
                (m := _MATRIX_CELL_NAME_POST.match(v))
                and looks_like_name(m.group(1))
                and is_post(m.group(2))
                and not is_post(m.group(1))
            ):
                v = f"{m.group(2)} {m.group(1)}"
            words = v.split()
            if (
                len(words) >= 4
                and len(words) % 2 == 0
                and all(
                    is_post(a) and not looks_like_name(a) and looks_like_name(b) and not is_post(b)
                    for a, b in zip(words[::2], words[1::2], strict=True)
                )
            ):
                held = [
                    {"title": a, "person": b} for a, b in zip(words[::2], words[1::2], strict=True)
                ]
            else:
                held = _level_cell_holders(v)
            if not held or any(
                any(c in w.get(k, "") for c in "：:（）()") for w in held for k in w
            ):
                return []
            for w in held:
                if "title" in w:
                    post = {k: w[k] for k in ("department", "title") if k in w}
                elif post and "person" in w:
                    w.update(post)  # ('科长张三、李四': 李四 a 科长 too)
            if (
                alone
                and held == [{"person": held[0].get("person", "")}]
                and part.strip() == line
                and "person" not in out[-1]
            ):
                out[-1] = {**out[-1], **held[0]}  # ('股长⏎某某': the post's holder)
                alone = False
                continue
            out.extend(held)
        alone = len(held) == 1 and "person" not in held[0] and part.strip() == line
    return out


# a cross-watch grid's band over the watchers ('监督人（交叉监督）', '监督责任人', '交叉监督',
# '监督岗位') and its column of the watched ('被监督人', '被监督对象', '责任人', '岗位')
_WATCH_BAND = LazyRe(r"^(?:监督(?:人|责任人|岗位|领导)|交叉监督)")
_WATCH_HAN = LazyRe(r"[\u4e00-\u9fff]")
# a watch grid cell that is a way or a matter of watching, no point of the holder: '提醒谈话',
# '日常监督', '谈心谈话', '重大事项集体决策执行情况' (review 127h, finding 2)
_WATCH_WAY_CELL = LazyRe(r"(?:谈话|监督|提醒|检查|督查|巡查|抽查|约谈|情况|执行|落实)$")
# a watch band naming what or how the watcher watches ('监督人及监督重点', '监督方式', '监督内容'):
# its cells are the watching, no points
_WATCH_BAND_NOT_POINTS = LazyRe(r"重点|方式|内容|事项|职责|分工")
# a watch grid cell line's number ('1.', '（2）', '③')
_WATCH_LINE_NO = LazyRe(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")
_WATCHED_HEAD = LazyRe(r"^(?:被监督(?:人|对象|岗位|领导)|责任人|岗位|职务)(?:[（(].{0,10}[)）])?$")


def _watch_person(text: str) -> tuple[str, str] | None:
    """A grid's person cell as (post, name): '常务副主席⏎某某', '副主席　某某', '某某（副主席）';
    None where it names no post and person (a point, a heading)."""
    parts = [p for p in re.split(r"[\s\u3000]+", text.strip()) if p]
    if len(parts) == 2:
        a, b = parts
        if looks_like_name(b) and not looks_like_name(a) and is_post(a):
            return a, b
        if looks_like_name(a) and not looks_like_name(b) and is_post(b):
            return b, a
        return None
    if len(parts) == 1 and (got := holder_and_post(parts[0])):
        name, post = got
        return (post, name) if is_post(post) else None
    return None


# the labels of a row of holders' names down a table laid on its side or across a cross table
# ('姓　名', '责任人', '负责人', '人员', '持卡人'): a sheet with none of them pays one test
_HOLDER_LABEL_WORDS = ("姓名", "责任人", "负责人", "人员", "持卡人", "承诺人")
# the labels of a transposed block's identity rows (``_label_row_spanned``)
_SPANNED_LABEL_WORDS = ("科室", "股室", "部门", "岗位", "职务", "责任人", "姓名")


class _Cross:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

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
        # a running 序号 down the left of such a grid, no level column: row → its number
        numbered = self._grid_numbered(heads) if heads else {}
        # labels in TWO columns (a list with a two-row header, turned): (group column, label column)
        pair = self._label_groups() if band is None and not heads else None
        # an identity row whose one value is merged across a post's columns ('岗位 | 局长' over
        # B:C): asked only of a sheet with merges and an identity label's words
        spans_ok = (
            band is None and not heads and bool(self.grid.merges)
            and not self.grid.lacks(*_SPANNED_LABEL_WORDS)
        )  # fmt: skip
        spanned: dict[int, int] = {}  # such rows → their label's column

        def label_row(x: int) -> tuple[Heading, int] | None:
            if band is not None and x > band[0]:
                h = self._band_label(x, band[1])
                return None if h is None else (h, band[1])
            got = heads.get(x) or self._label_row(x)
            if got is None and spans_ok:
                got = self._label_row_spanned(x)  # '岗位 | 局长' merged over his two columns
                if got is not None:
                    spanned.setdefault(x, got[1])
            if pair is not None and (got is None or got[1] == pair[0]):
                got = self._paired_label(x, pair) or got
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
                    level = (
                        "" if typed else numbered.get(r) or self._band_level(r, label_col, bands)
                    )
                    if level and bands and bands[-1][0] in numbered and level == bands[-1][1]:
                        numbered.setdefault(r, level)  # (more points under a 序号 left blank)
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
        # a '姓名' ('责任人') row's names whose surname no list holds, its label vouching for them
        # (``_label_row_rare_name``): asked only where such a label can be written
        rare_labels = not self.grid.lacks(*_HOLDER_LABEL_WORDS)
        rare_said: dict[str, tuple[str, str]] = {}  # cell → (label, name) of each so read
        unit_above = ""  # the unit of the block above (a title over blocks one under another)
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
            if not unit and spanned and any(roles.get(k) in spanned for k in IDENTITY):
                unit = unit_above  # a second block under the first's title: the same unit
            unit_above = unit or unit_above
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
                named_here = looks_like_name(holder)
                if not named_here and rare_labels and holder:
                    label = self._label_row_rare_name(roles, heads, holder)
                    if label:
                        named_here = True
                        rare_said[cell_ref(roles["person"], c)] = (label, squeeze(holder))
                person = squeeze(holder) if named_here else named
                post = squeeze(cell("title")) or title  # a 岗位 row: each column its own post
                if not named_here and "title" in roles:
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
                        if kind is not None or br in numbered:
                            # a type row or a 序号's: the level closing the line, if any
                            said, level = self._level_tagged(said)
                        elif heads and band is None:  # a level row: its, or its own bracket's
                            said, level = self._bracket_over_row(br, c, said, bands)
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
        if forms and numbered:
            first = min(numbered)
            lc = next(iter(heads.values()))[1]
            self.issues.append(
                make_issue("GRID_NUMBERED_ROWS", self.rel, self.grid.name, cell_ref(first, lc),
                           value=" | ".join(numbered[x] for x in sorted(numbered)[:3]))
            )  # fmt: skip
        if forms and type_rows:
            self._said_type_rows(blocks, type_rows)
        if forms and rare_said:
            at, (label, name) = next(iter(rare_said.items()))
            self.issues.append(
                make_issue("HOLDER_LABEL_ROW_RARE_NAME", self.rel, self.grid.name, at,
                           field=label, value=name, count=str(len(rare_said)))
            )  # fmt: skip
        if forms and spanned:
            self._said_spanned(spanned, blocks)
        if forms and band is not None:
            self._said_bands(band, blocks)
        if forms and pair is not None:
            self._said_label_groups(pair, blocks)
        return list(forms.values())

    def _label_groups(self) -> tuple[int, int] | None:
        """A table on its side turned (选择性粘贴—转置) from a list whose header had two rows: its
        labels in TWO columns, a group ('责任主体', '风险识别') merged down column a over the labels
        in column a + 1 ('股室 | 岗位 | 姓名'), a label of one row ('防控措施', '序号') merged across
        both. (a, a + 1) when there are two such groups, or one and a label merged across, each
        group over two labelled rows or more with values to their right; else None. The cheap
        test first: the sheet's merged ranges, not its cells."""
        merges = self.grid.merges
        if not merges:
            return None
        sh = self.sh
        n = len(sh.rows)

        def label(r: int, c: int) -> Heading | None:
            if r >= n or c >= len(sh.rows[r]) or not sh.rows[r][c].strip():
                return None
            h = heading_role(sh.key(r, c))
            return (
                h if h is not None and h.strength >= 2 and h.role not in ("other", "seq") else None
            )

        groups: dict[int, int] = {}
        across: dict[int, int] = {}
        for r0, c0, r1, c1 in merges:
            if r1 >= n or c0 >= len(sh.rows[r0]) or not sh.rows[r0][c0].strip():
                continue
            if c1 == c0 and r0 < r1 <= r0 + 8:  # a group down c0 over labels in the next column
                if len(sh.rows[r0][c0].strip()) <= 8 and all(
                    label(r, c0 + 1) is not None and len(sh.nonempty(r)) >= 3
                    and all(c >= c0 for c in sh.nonempty(r))  # (nothing else on the left)
                    for r in range(r0, r1 + 1)
                ):  # fmt: skip
                    groups[c0] = groups.get(c0, 0) + 1
            elif r1 == r0 and c1 == c0 + 1 and len(sh.nonempty(r0)) >= 3:
                across[c0] = across.get(c0, 0) + 1  # ('防控措施' merged across A:B)
        for c, k in sorted(groups.items()):
            if k >= 2 or across.get(c):
                return c, c + 1
        return None

    def _paired_label(self, x: int, pair: tuple[int, int]) -> tuple[Heading, int] | None:
        """Row ``x``'s label where the labels stand in two columns (``_label_groups``): the one in
        the second column beside a group opening in the first, or one merged across both; as in
        the second column, so that every row of the table has its label in one column."""
        sh = self.sh
        a, b = pair
        row = sh.rows[x]
        cols = [c for c in sh.nonempty(x) if c > b]
        if len(cols) < 2 or b >= len(row):
            return None
        if row[a].strip() and row[b].strip():  # a group's first row: the group, then the label
            top = self.grid.merged_into.get((x + 1, a))
            if top != (x, a):
                return None
            h = heading_role(sh.key(x, b))
        elif row[a].strip() and self.grid.merged_into.get((x, b)) == (x, a):
            h = heading_role(sh.key(x, a))  # a label of one row merged across both columns
        else:
            return None
        if h is None or h.strength < 2 or h.role in ("other", "seq"):
            return None
        return h, b

    def _said_label_groups(
        self,
        pair: tuple[int, int],
        blocks: list[tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]],
    ) -> None:
        """Say once a table that its labels were read in two columns, the groups of the first
        set aside, so that a wrong reading can be seen."""
        sh = self.sh
        a, b = pair
        start, last = blocks[0][0], blocks[-1][1]
        said = [
            sh.rows[x][a].strip()
            for x in range(start, last + 1)
            if sh.rows[x][a].strip() and sh.rows[x][b].strip()
        ]
        if not said:
            return
        self.issues.append(
            make_issue(
                "SIDE_TABLE_LABEL_GROUPS", self.rel, self.grid.name, cell_ref(start, a),
                value="、".join(f"“{g}”" for g in dict.fromkeys(said)), field=re.sub(r"\d+", "", cell_ref(start, b)),
            )
        )  # fmt: skip

    def _band_heading(self, upto: int = 20) -> tuple[int, int, dict[int, str], list[int]] | None:
        """The heading of a table whose holders each take a band of labelled rows ('序号 | 岗位 |
        姓名 | 项　目 | 第一项 | 第二项 | 第三项'; the labels' heading may be 内容, 类别 or left
        blank; the items 风险点1, 1, （一） …): (its row, the label column, each holder column's
        role — 序号's too, as 'seq' — and the items' columns), else None. Such a heading names no
        field of a point, so no header row is found; the rows under it must hold a point's
        label and a type's, level's or measures' in the label column. (The first such row of
        the sheet's 20 first, of its ``upto`` first: asked whether a header found is one, the
        rows under it need no look.)"""
        sh = self.sh
        n = len(sh.rows)
        for r in range(min(n - 2, 20, upto)):
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

    def _label_row_spanned(self, r: int) -> tuple[Heading, int] | None:
        """(heading, column) of a transposed block's identity row ('科室', '岗位', '责任人') whose
        one value is merged across two or more columns ('岗位 | 局长' over B:C: one post over
        his points' columns), a row of points ('风险点 | …') no more than three rows below with
        values in two or more of those columns; else None. ``_label_row`` asks for two values:
        a block of one post has one."""
        sh = self.sh
        cols = sh.nonempty(r)
        if len(cols) != 2:
            return None
        h = heading_role(sh.key(r, cols[0]))
        if h is None or h.strength < 2 or h.role not in ("department", "title", "person"):
            return None
        into = self.grid.merged_into
        c0 = cols[1]
        span = [c0]
        while into.get((r, span[-1] + 1)) == (r, c0):
            span.append(span[-1] + 1)
        if len(span) < 2:
            return None
        for y in range(r + 1, min(r + 4, len(sh.rows))):
            got = self._label_row(y)
            if got is None:
                continue
            if got[0].role in POINTISH and got[1] == cols[0]:
                row = sh.rows[y]
                return (
                    (h, cols[0])
                    if sum(1 for c in span if c < len(row) and row[c].strip()) >= 2
                    else None
                )
        return None

    def _said_spanned(
        self,
        spanned: dict[int, int],
        blocks: list[tuple[int, int, dict[str, int], list[int], list[tuple[int, str]]]],
    ) -> None:
        """Say once a table that an identity row with one value merged across its points'
        columns was read as theirs (``_label_row_spanned``), naming the first such cell."""
        rows = sorted(x for _s, _l, roles, _c, _b in blocks for x in roles.values() if x in spanned)
        if not rows:
            return
        r = rows[0]
        lc = spanned[r]
        c = self.sh.nonempty(r)[1]
        span = 1
        while self.grid.merged_into.get((r, c + span)) == (r, c):
            span += 1
        self.issues.append(
            make_issue("TRANSPOSED_SPANNED_LABEL_ROW", self.rel, self.grid.name, cell_ref(r, c),
                       field=squeeze(self.sh.rows[r][lc]), value=squeeze(self.sh.rows[r][c]),
                       count=str(span), rows=str(len(rows)))
        )  # fmt: skip

    def _label_row_rare_name(
        self, roles: dict[str, int], heads: dict[int, tuple[Heading, int]], holder: str
    ) -> str:
        """The label of the row a holder's name stands in ('姓　名', '责任人') when that row is a
        labelled one (not read by its contents, ``_holder_heads``) and the cell is a name whose
        surname no list holds ('库门翀', '婆衍珺岚': ``labelled_rare_name``: no post, 科室, vacancy,
        level or word of work); "" otherwise. The label vouches for the name, as a bracket's
        '责任人：' does (HOLDER_BRACKET_RARE_NAME)."""
        r = roles.get("person")
        if r is None or r in heads or not labelled_rare_name(squeeze(holder)):
            return ""
        cols = self.sh.nonempty(r)
        if not cols:
            return ""
        label = self.sh.rows[r][cols[0]]
        h = heading_role(self.sh.key(r, cols[0]))
        return squeeze(label) if h is not None and h.role == "person" else ""

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
            if span is None:
                continue
            # '廉洁风险点及责任人（格内填写…岗位及人员）' over the points: the cells may name holders
            named = bool(_MATRIX_CELL_NAMES.search(sh.rows[r][span[0]]))
            if named and ids.get("person") == span[0]:
                # ('…（格内写责任岗位及人员）' the points' own heading, no 姓名 column)
                del ids["person"]
            named = named and "person" not in ids
            if not ({"title", "person"} & set(ids)) and not (named and "department" in ids):
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
            if named and (forms := self._matrix_named(r, ids, risk_cols, subs)) is not None:
                return forms
            if not ({"title", "person"} & set(ids)):
                continue  # (a 科室 a row, its cells no holders: not a matrix of posts)
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

    def _matrix_named(self, r: int, ids: dict[str, int], risk_cols: list[int], subs: list[str]):
        """The matrix whose cells NAME the holders: a row a 科室 (or 岗位), no 姓名 column, the
        points under a heading saying so ('廉洁风险点及责任人（格内填写本科室直接责任岗位及人员）'),
        a row of the points' levels under them ('风险等级 | 一级 | 二级') and maybe a closing
        '防控措施' row; each cell names the row's holders of the column's point, one a line ('科长
        某某', '科主任　某某⏎护士长　某某', a name alone), '/', '—', '无' or nothing where none.
        Every named holder (the row's 科室, the line's post and name) has the column's point with
        its level and measures, one form a holder. None for any other matrix (levels, measures
        or ticks in the cells, no level row): read as before."""
        sh = self.sh
        levels = self._matrix_level_row(r + 2, risk_cols)
        if not levels:
            return None  # (cheap: the level row first)
        data, measures_row = self._matrix_rows(r + 3)
        # ('备注 | 多人的分行填写' under the cells: a note closing them, no row of holders)
        for i, x in enumerate(data):
            first = next(filter(None, sh.rows[x]), "")
            if isinstance(first, str) and _MATRIX_NOTE_ROW.match(first):
                data = data[:i]
                break
        cells: dict[tuple[int, int], list[dict[str, str]]] = {}
        cell_levels: dict[tuple[int, int], str] = {}  # a level written in a cell: the row's
        unread: list[tuple[int, int, str]] = []
        named = 0  # cells naming someone
        for x in data:
            row = sh.rows[x]
            for c in risk_cols:
                v = row[c].strip() if c < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                if v in TICK_MARKS or v in SOLID_MARKS:
                    cells[(x, c)] = [{}]  # ('√': the row's 科室 (or post) holds it, no one named)
                    continue
                if len(v) <= 6 and not v.isdigit() and self.config.level(v):
                    cells[(x, c)] = [{}]  # ('高': the row's, at the cell's level)
                    cell_levels[(x, c)] = v
                    continue
                held = _matrix_cell_holders(v)
                if not held:
                    unread.append((x, c, v))  # (said, the rest read)
                    continue
                named += any("person" in w for w in held)
                cells[(x, c)] = held
        if len(data) < 2 or not cells:
            return None
        merged = self.grid.merged_into
        unit = self._unit_above(r)
        forms: dict[tuple[str, str, str], RawForm] = {}
        mrow = sh.rows[measures_row] if measures_row is not None else []
        carry: dict[str, str] = {}
        for x in data:
            row = sh.rows[x]
            got = {}
            for role in ("department", "title"):
                c = ids.get(role)
                v = row[c] if c is not None and c < len(row) else ""
                if not v and c is not None and (x, c) in merged:
                    top = merged[(x, c)]
                    v = sh.rows[top[0]][top[1]]
                got[role] = squeeze(v) or (carry.get(role, "") if role == "department" else "")
                if not v and c is not None and self._matrix_own_label(row, c):
                    got[role] = (
                        ""  # ('分管领导 | | 副局长　某某': the row's own key, no 科室 above)
                    )
                carry[role] = got[role]
            for i, (c, point) in enumerate(zip(risk_cols, subs, strict=True)):
                for w in cells.get((x, c), ()):
                    dept = squeeze(w.get("department", "")) or got["department"]
                    post = squeeze(w.get("title", "")) or got["title"]
                    key = (dept, post, w.get("person", ""))
                    if key not in forms:
                        forms[key] = self._post_form(r, unit, *key)
                    at = {"risk_point": r + 1, "risk_level": r + 2}
                    if measures_row is not None:
                        at["measures"] = measures_row
                    self.seen += 1
                    level = cell_levels.get((x, c), levels[i].strip())
                    if (x, c) in cell_levels:
                        at.pop("risk_level")  # (the cell's own level)
                    forms[key].risks.append(
                        RawRisk(x, "", "", "", point, "", level,
                                mrow[c] if c < len(mrow) else "",
                                {"risk_point": c, "risk_level": c, "measures": c},
                                w.get("person", ""), dept, post, rows=at)
                    )  # fmt: skip
        self.issues.append(
            make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0), field="风险类型")
        )
        if named:
            self.issues.append(
                make_issue(
                    "HOLDERS_IN_MATRIX_CELLS", self.rel, self.grid.name,
                    cell_ref(r, risk_cols[0]), value=str(len(forms)),
                )
            )  # fmt: skip
        for x, c, v in unread:
            self.issues.append(
                make_issue("MATRIX_CELL_UNREAD", self.rel, self.grid.name, cell_ref(x, c),
                           value=v[:40])
            )  # fmt: skip
        return list(forms.values())

    def _matrix_own_label(self, row: list[str], c: int) -> bool:
        """A row of a matrix naming holders in its cells keyed by a label of its own left of its
        empty 科室 cell ('分管领导 | | 副局长　某某', review 123): no 序号, no 科室 carried down."""
        for x in range(c):
            v = squeeze(row[x]) if x < len(row) else ""
            if v and not re.fullmatch(r"[\d一二三四五六七八九十百.、（）()]+", v):
                return True
        return False

    def _dept_post_grid(self) -> list[RawForm]:
        """A grid of 科室 across by posts down: a corner naming both axes ('岗位＼部门', '部门/岗位',
        '岗位⏎科室' under a diagonal) over a row of 科室 ('综合部 | 客房部 | 餐饮部'), a post down
        the corner's column ('部长 | 主管 | 专员'), each cell that 科室's post's points numbered and
        closing with their levels ('1.…（高）⏎2.…（中）', '/' none); a merged '防控措施：…' row
        under it the measures of all. A form a filled cell, no person. Posts across and 科室 down
        read the same. Not a staffing grid (names in the cells) nor a 岗位 × 级别 cross table
        (levels across): every filled cell must list points closing with levels."""
        sh = self.sh
        n = len(sh.rows)
        for r in range(min(n - 2, 30)):
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            lc = cols[0]
            corner = sh.rows[r][lc]
            if len(corner) > 16 or not _DIAGONAL.search(corner):  # (cheap first)
                continue
            words = [w for w in re.split(r"[\s/／＼\\|、]+", corner) if w]
            roles = {h.role for w in words if (h := heading_role(label_key(w))) is not None}
            if len(words) != 2 or roles != {"department", "title"}:
                continue
            across = {c: squeeze(sh.rows[r][c]) for c in cols[1:]}
            if all(_dept_like(v) and not is_post(v) for v in across.values()):
                dept_across = True
            elif all(is_post(v) and not _dept_like(v) for v in across.values()):
                dept_across = False
            else:
                continue
            data, measures_row = self._grid_post_rows(r + 1)
            cells: list[tuple[int, int, list[dict[str, str]]]] = []
            for x in data:
                row = sh.rows[x]
                down = squeeze(row[lc]) if lc < len(row) else ""
                if not down or not (is_post(down) if dept_across else _dept_like(down)):
                    cells = []
                    break
                for c in across:
                    v = row[c].strip() if c < len(row) else ""
                    if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                        continue
                    items = _level_closed_items(v, self.config, one=True)
                    if not items or any("risk_level" not in i for i in items):
                        cells = []
                        break
                    cells.append((x, c, items))
                else:
                    continue
                break
            if len(data) < 2 or len(cells) < 2:
                continue
            return self._dept_post_grid_forms(r, lc, across, dept_across, cells, measures_row)
        return []

    def _watch_grid(self) -> list[RawForm]:
        """A cross-watch grid: holders down under '被监督人' ('被监督对象', '责任人', '岗位'; each
        cell '党组书记、主席⏎某某' or '副主席　某某'), '监督人（交叉监督）' ('监督责任人', '交叉监督',
        '监督岗位') over columns a colleague each ('常务副主席⏎某某') in the row under it, each
        cell one of the ROW's holder's own points ('帮扶对象审核把关不严（一级）'), put under the
        colleague who watches it; '—' his own column, '/' or '无' none. A form a row holder; the
        watchers are no holders (the export keeps no monitor). Most cells close in a level in
        brackets, or none does. Not '廉政风险点' over post columns (the points the column's), nor a
        '监督人' column beside a list (a heading of its own): no 监督 band over people, no read."""
        sh = self.sh
        for r in range(min(len(sh.rows) - 2, 20)):
            row = sh.rows[r]
            if not any("监督" in v for v in row):  # (cheap first)
                continue
            band = next((c for c in sh.nonempty(r) if _WATCH_BAND.match(squeeze(row[c]))), None)
            if band is None or _WATCH_BAND_NOT_POINTS.search(squeeze(row[band])):
                continue
            lc = next(
                (
                    c
                    for c in reversed(sh.nonempty(r))
                    if c < band and _WATCHED_HEAD.match(squeeze(row[c]))
                ),
                None,
            )
            if lc is None:
                continue
            under = sh.rows[r + 1]
            end = sh.span_end(r, band)
            if end == band:  # (not merged: the people's columns under it with nothing above)
                while (
                    end + 1 < len(under)
                    and under[end + 1].strip()
                    and not (end + 1 < len(row) and row[end + 1].strip())
                ):
                    end += 1
            watchers = {c: under[c].strip() for c in range(band, end + 1) if c < len(under)}
            if len(watchers) < 2 or not all(_watch_person(v) for v in watchers.values()):
                continue
            measures_col = next(
                (c for c in sh.nonempty(r) if c > end and (h := heading_role(label_key(row[c])))
                 and h.role == "measures"),
                None,
            )  # fmt: skip
            return self._watch_grid_forms(r, lc, band, watchers, measures_col)
        return []

    def _watch_grid_forms(self, r, lc, band, watchers, measures_col) -> list[RawForm]:
        sh = self.sh
        cells: list[
            tuple[int, int, str, str, str, str]
        ] = []  # row, col, post, person, point, level
        tagged = 0
        for x in range(r + 2, len(sh.rows)):
            row = sh.rows[x]
            label = row[lc].strip() if lc < len(row) else ""
            first = next(filter(None, row), "").strip()
            if not label or sh.kind(x) in ("note", "signoff", "review") or first.startswith("注"):
                break
            who = _watch_person(label)
            if who is None:
                return []
            for c in watchers:
                v = row[c].strip() if c < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                said = [_WATCH_LINE_NO.sub("", y).strip() for y in v.split("\n") if y.strip()]
                read = [self._level_tagged(y) for y in said]
                if len(read) < 2 or not all(lv for _p, lv in read):
                    read = [self._level_tagged(v)]  # (a cell a point, unless each line so closes)
                for point, level in read:  # ('…（高）⏎…（中）': a point a line, review 127h)
                    if len(_WATCH_HAN.findall(point)) < 4 or _WATCH_WAY_CELL.search(point):
                        return []  # ('√', '分管', '提醒谈话': who watches what or how, no points)
                    tagged += bool(level)
                    cells.append((x, c, *who, point, level))
        if len({x for x, *_ in cells}) < 2 or len(cells) < 2 or 0 < tagged * 2 < len(cells):
            return []  # (a few cells so closing: a bracket of the point's own, not its level)
        if not tagged and not any(
            "风险" in squeeze(v) for x in range(r + 1) for v in sh.rows[x] if v
        ):  # (no level on any cell: only a sheet saying its cells are risk points is read)
            return []
        unit = self._unit_above(r)
        posts = {(post, person) for _x, _c, post, person, *_ in cells}
        self.issues.append(
            make_issue("POINTS_BY_WATCH_GRID", self.rel, self.grid.name, cell_ref(r, band),
                       value=squeeze(sh.rows[r][band]), count=str(len(posts)))
        )  # fmt: skip
        self.issues.append(
            make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, lc), field="风险类型")
        )
        forms: dict[tuple[str, str], RawForm] = {}
        for x, c, post, person, point, level in cells:
            if (post, person) not in forms:
                forms[(post, person)] = self._post_form(r, unit, "", post, person)
                forms[(post, person)].person_cell = cell_ref(x, lc)
            measures = ""
            cols = {"risk_point": c, "risk_level": c, "title": lc, "person": lc}
            if measures_col is not None and measures_col < len(sh.rows[x]):
                measures = sh.rows[x][measures_col].strip()
                cols["measures"] = measures_col
            self.seen += 1
            forms[(post, person)].risks.append(
                RawRisk(x, "", "", "", point, "", level, measures, cols, person, "", post)
            )
        return list(forms.values())

    def _grid_post_rows(self, start: int) -> tuple[list[int], int | None]:
        """The rows of a 科室 × post grid from ``start`` down to a blank, note or sign-off row,
        and the row of its measures closing them ('防控措施：…' merged across, or '防控措施 | …')."""
        sh = self.sh
        data: list[int] = []
        for x in range(start, len(sh.rows)):
            first = next(filter(None, sh.rows[x]), "").strip()
            label = re.split(r"[：:]", first, maxsplit=1)[0] if first else ""
            if label and len(label) <= 10 and (h := heading_role(label_key(label))):
                if h.role == "measures":
                    return data, x
            if not first or sh.kind(x) in ("note", "signoff", "review"):
                break
            data.append(x)
        return data, None

    def _dept_post_grid_forms(
        self, r, lc, across, dept_across, cells, measures_row
    ) -> list[RawForm]:
        sh = self.sh
        unit = self._unit_above(r)
        self.issues.append(
            make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, lc), field="风险类型")
        )
        self.issues.append(
            make_issue("DEPT_POST_GRID", self.rel, self.grid.name, cell_ref(r, lc),
                       value=sh.rows[r][lc].strip(), count=str(len(cells)))
        )  # fmt: skip
        measures = ""
        if measures_row is not None:
            cells_said = [v.strip() for v in sh.rows[measures_row] if v and v.strip()]
            first = cells_said[0] if cells_said else ""
            if len(cells_said) > 1 and len(first) <= 10:  # '防控措施 | …'
                first = cells_said[1]
            measures = re.sub(r"^[^：:]{1,10}[：:]\s*", "", first)  # '防控措施：…'
        forms: dict[tuple[str, str], RawForm] = {}
        # a 科室's posts together, 科室 in their order across (or down)
        for x, c, items in sorted(cells, key=lambda t: (t[1], t[0]) if dept_across else t):
            a, b = across[c], squeeze(sh.rows[x][lc])
            dept, post = (a, b) if dept_across else (b, a)
            if (dept, post) not in forms:
                forms[(dept, post)] = self._post_form(r, unit, dept, post, "")
            at = {"risk_point": x, "risk_level": x}
            if measures_row is not None:
                at["measures"] = measures_row
            for item in items:
                self.seen += 1
                forms[(dept, post)].risks.append(
                    RawRisk(x, "", "", "", item["risk_point"], "", item["risk_level"], measures,
                            {"risk_point": c, "risk_level": c, "measures": c}, "", dept, post,
                            rows=at)
                )  # fmt: skip
        return list(forms.values())

    def _dept_type_grid(self) -> list[RawForm]:
        """A grid of 科室 (or posts) down by risk types across: a '科室' heading (可有 '岗位 | 姓名'
        beside it) and the types as headings ('思想道德风险 | 制度机制风险 | …', in the header row
        or under a band '廉政风险点（风险等级）——责任岗位　责任人'), each cell that 科室's points of
        that type one a line, each line closing with its level in brackets and its holder after a
        dash ('1.接受作业公司宴请（中）——主任　滕翙岚'; '/' none). A line is a point of its row's
        科室, of its column's type, at its bracket's level, held by the post and name after its
        dash (by the row's 岗位 | 姓名 where the grid has them); a form a holder. Not a tally
        ('3 | 2' under the types) nor a grid of lines naming no holder: every line must close
        with a level, and most with a dash and a holder (or the grid have holder columns)."""
        sh = self.sh
        n = len(sh.rows)
        for r in range(1, min(n - 1, 30)):
            cols = sh.nonempty(r)
            if len(cols) < 2:
                continue
            typed = [c for c in cols if len(sh.rows[r][c]) <= 10 and self._one_type(sh.rows[r][c])]
            times = len(typed) < 2 and bool(typed := self._year_time_columns(r, cols))
            if len(typed) < 2 or typed != [c for c in cols if typed[0] <= c <= typed[-1]]:
                continue  # (the types side by side, nothing else between them)
            roles: dict[str, int] = {}
            for c in [*range(typed[0]), *range(typed[-1] + 1, len(sh.rows[r]))]:
                key = sh.key(r, c) or sh.key(r - 1, c)
                h = heading_role(key) if key else None
                if h is None or h.strength < 2:
                    continue
                if h.role in ("department", "title", "person") and c < typed[0]:
                    roles.setdefault(h.role, c)
                elif h.role == "measures" and c > typed[-1]:
                    roles.setdefault(h.role, c)  # ('防控措施' after the types: the row's)
            lc = roles.get("department", roles.get("title"))
            if lc is None:
                continue
            data, _measures_row = self._grid_post_rows(r + 1)
            # (a 科室 merged down over its rows is each row's: '馆长室' B3:B5, rows 4 and 5 its
            # points too, not the grid's end)
            carry = self._merged_down_values(lc, data)
            got = self._dept_type_cells(data, lc, typed, roles, carry)
            if got is None:
                continue
            return self._dept_type_grid_forms(r, lc, typed, roles, got, carry, times)
        return []

    def _stage_item_grid(self) -> list[RawForm]:
        """A grid of stages down ('经办环节 | 申报受理 | 审核认定 | …') by items across whose headings
        name no holder, no point and no level ('职业培训补贴 | 社会保险补贴 | …'; a '防控措施' column
        after them the row's), each cell ONE point closing with its level in brackets
        ('培训机构虚报培训对象（高）'; '—', '/' none), the holders given only by a line under the grid
        keying each column's HEADING ('经办分工：职业培训补贴——培训股　股长　某某；社会保险补贴——…'):
        each cell a point of its column's holder at its bracket's level, no type (the stage is no
        part of the point); a form a holder. Not read so: a line keying fewer than two headings
        or leaving a column of points with no holder, a cell with no level of its own, headings
        that name a point or a holder (an ordinary table)."""
        sh = self.sh
        n = len(sh.rows)
        lines = [
            (x, c)
            for x in range(2, n)
            if len(cs := sh.nonempty(x)) == 1
            for c in cs
            if len(sh.rows[x][c]) >= 12 and ("—" in sh.rows[x][c] or "：" in sh.rows[x][c])
        ]
        if not lines:
            return []  # (the cheap test: no keying line in the sheet)
        for r in range(min(n - 2, 30)):
            cols = sh.nonempty(r)
            if len(cols) < 3:
                continue
            row = sh.rows[r]
            for x, lc in lines:
                if x <= r + 1:
                    continue
                text = sh.rows[x][lc]
                heads = {c: k for c in cols[1:] if 2 <= len(k := squeeze(row[c])) <= 16}
                keyed = [c for c, k in heads.items() if k in text]
                if len(keyed) < 2 or keyed != [c for c in cols if keyed[0] <= c <= keyed[-1]]:
                    continue  # (the line names two headings side by side at least)
                if any(
                    (h := heading_role(label_key(row[c]))) is not None
                    and h.strength >= 2
                    and h.role in ("risk_point", "risk_level", "person", "title", "department")
                    for c in cols
                ):
                    break  # (a heading of an ordinary table: not this grid)
                held = self._stage_item_keys(text, {c: heads[c] for c in keyed})
                if held is None:
                    continue
                got = self._stage_item_cells(r + 1, x, cols[0], keyed)
                if got is None or any(c not in held for _y, c, _p, _l in got):
                    continue
                return self._stage_item_forms(r, (x, lc), cols, keyed, held, got)
        return []

    def _stage_item_keys(
        self, text: str, heads: dict[int, str]
    ) -> dict[int, tuple[str, str, str]] | None:
        """Column → (科室, post, holder) the keying line gives its heading (``_stage_item_grid``),
        a longer heading first ('社会保险补贴' masks '保险补贴'); None where a heading is named twice
        or fewer than two name a post and a holder."""
        spans, starts = key_spans(text, set(heads.values()))
        if any(len(where) > 1 for where in spans.values()):
            return None  # (a heading named twice: ambiguous)
        out: dict[int, tuple[str, str, str]] = {}
        for c, k in heads.items():
            if (
                k in spans
                and (meaning := keyed_holder(text, spans[k][0][1], starts))
                and meaning[1]
            ):
                out[c] = meaning
        return out if len(out) >= 2 else None

    def _stage_item_cells(
        self, start: int, stop: int, sc: int, keyed: list[int]
    ) -> list[tuple[int, int, str, str]] | None:
        """The points of a stage × item grid's rows (``_stage_item_grid``), each (row, column,
        point, level), from ``start`` down to a blank row, a note or the keying line ``stop``;
        None where a cell is not one point closing with its level or a stage is no short word."""
        sh = self.sh
        out = []
        for y in range(start, stop):
            row = sh.rows[y]
            stage = squeeze(row[sc]) if sc < len(row) else ""
            if not stage or _GRID_NOTE_LINE.match(stage):
                break
            if stage.isdigit() or len(stage) > 16:
                return None
            for c in keyed:
                v = row[c].strip() if c < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v) or set(v) <= set("—-－/／"):
                    continue
                if "\n" in v:
                    return None  # (one point a cell: lines are another grid's)
                m = _ITEM_LINE.match(v)
                text = v[m.end() :].strip() if m else v
                tag = _LEVEL_CLOSING.search(text)
                said = tag.group(1) if tag else ""
                worded = _level_word(said) or (_END_LEVEL.match(said) and not said.isdigit())
                point = text[: tag.start()].strip() if tag else ""
                if not (said and worded and self.config.level(said)) or len(point) < 2:
                    return None  # (a cell with no level of its own: not this grid)
                out.append((y, c, point, said))
        return out if len(out) >= 3 else None

    def _stage_item_forms(
        self, r: int, line: tuple[int, int], cols: list[int], keyed: list[int],
        held: dict[int, tuple[str, str, str]], got: list[tuple[int, int, str, str]],
    ) -> list[RawForm]:  # fmt: skip
        """A stage × item grid's forms (``_stage_item_grid``): a holder each in the order the
        columns stand, the row's measures from a '防控措施' column after the items; one info."""
        sh = self.sh
        unit = self._unit_above(r)
        mc = next(
            (
                c
                for c in cols
                if c > keyed[-1]
                and (h := heading_role(label_key(sh.rows[r][c]))) is not None
                and h.role == "measures"
            ),
            None,
        )
        forms: dict[tuple[str, str, str], RawForm] = {}
        for y, c, point, level in got:
            key = held[c]
            if key not in forms:
                forms[key] = self._post_form(r, unit, *key)
            row = sh.rows[y]
            measures = row[mc].strip() if mc is not None and mc < len(row) else ""
            at = {"risk_point": c, "risk_level": c, "measures": mc if mc is not None else c}
            self.seen += 1
            forms[key].risks.append(
                RawRisk(y, "", "", "", point, "", level, measures, at, key[2], key[0], key[1])
            )
        x, lc = line
        self.issues.append(
            make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, keyed[0]),
                       field="风险类型")
        )  # fmt: skip
        self.issues.append(
            make_issue("STAGE_ITEM_GRID", self.rel, self.grid.name, cell_ref(r, keyed[0]),
                       value=" | ".join(squeeze(sh.rows[r][c]) for c in keyed),
                       legend=f"{self.grid.name}!{cell_ref(x, lc)}",
                       count=str(len(forms)), total=str(len(got)))
        )  # fmt: skip
        return list(forms.values())

    def _position_grids(self) -> list[RawForm]:
        """Grids of the same shape stacked down the sheet, each under a section line naming its
        field ('一、岗位廉政风险点', '二、风险等级（与第一部分同一位置的风险点对应）', '三、防控措施…') and
        its own heading of holders and numbered items ('序号 | 岗位 | 姓名 | 第一项 | 第二项 | 第三项',
        '1 | 2 | 3', '风险一 | 风险二'; ``_band_item``) over the same holder rows: the points grid's
        cells (a point each, '/' none) are joined to the level and measures in the SAME POSITION
        (holder row, item column) of the other grids; one info. A level or measures cell with no
        point is reported (its cell), never dropped; grids whose holder rows differ are not
        joined (one warning). Not read so: one such grid alone (a holders × items grid of its
        own), headings that differ (two lists on one sheet), a heading repeated with no section
        line naming a field over each (a list pasted page by page)."""
        sh = self.sh
        n = len(sh.rows)
        found: dict[tuple[str, ...], list[tuple[int, dict[int, str], list[int]]]] = {}
        for r in range(1, n - 1):
            cols = sh.nonempty(r)
            if cols and sh.key(r, cols[-1]) in _BAND_TAIL_HEADS:
                cols = cols[:-1]  # ('… | 第三项 | 备注': a remark after the items)
            if len(cols) < 2 or _position_item(sh.rows[r][cols[-1]]) is None:
                continue  # (cheap first: a numbered item closing the row)
            got = self._position_grid_heading(r, cols)
            if got is not None:
                # (items by their numbers: '等级1' under the levels' line is '风险点1' above)
                key = tuple(
                    str(got[1].index(c) + 1) if c in got[1] else squeeze(sh.rows[r][c])
                    for c in cols
                ) + tuple(map(str, cols))
                found.setdefault(key, []).append((r, *got))
        for grids in found.values():
            if len(grids) < 2:
                continue
            roles: dict[str, tuple[int, dict[int, str], list[int], int]] = {}
            for r, heads, items, named in grids:
                line = self._position_grid_line(r)
                if line is None or line[1] in roles or named not in ("", "risk_point", line[1]):
                    roles = {}
                    break  # (no line, a field twice, labels naming another field: '等级1' under
                    # the measures' line; '风险点1' over every grid as before)
                roles[line[1]] = (r, heads, items, line[0])
            if "risk_point" not in roles or len(roles) < 2:
                continue
            return self._position_grid_forms(roles)
        return []

    def _position_grid_heading(
        self, r: int, cols: list[int]
    ) -> tuple[dict[int, str], list[int], str] | None:
        """A stacked grid's heading at row ``r`` (``_position_grids``): (each holder column's role —
        序号's as 'seq' —, the items' columns, the field its items' labels name, '' none), else
        None. The holder headings may stand merged down from the row above, over the items' own
        caption ('风险点内容' over '1 | 2 | 3')."""
        sh = self.sh
        row = sh.rows[r]
        items: list[int] = []
        for c in reversed(cols):
            if _position_item(row[c]) is None:
                break
            items.insert(0, c)
        said = {got[1] for c in items if (got := _position_item(row[c])) is not None}
        if (
            len(items) < 2
            or [got[0] for c in items if (got := _position_item(row[c]))]
            != list(range(1, len(items) + 1))
            or items != list(range(items[0], items[-1] + 1))
            or len(said) > 1
        ):
            return None
        merged = self.grid.merged_into or {}
        heads: dict[int, str] = {}
        for c in range(items[0]):
            text = row[c] if c < len(row) else ""
            if not text.strip() and merged.get((r, c), (r, c))[0] < r:
                top = merged[(r, c)]
                text = sh.rows[top[0]][top[1]]
            if not text.strip():
                continue
            h = heading_role(_key(text))
            if h is None or h.role not in {*_HOLDER_HEADS, "seq"}:
                return None  # ('项目 | 第一项 | …': a band's labels, not a holder's row)
            heads[c] = h.role
        if not set(heads.values()) & {"title", "person"}:
            return None
        return heads, items, said.pop()

    def _position_grid_line(self, r: int) -> tuple[int, str] | None:
        """The section line over a stacked grid's heading ``r`` (``_position_grids``), within two
        rows above it (or above a heading row merged over it): (its row, the field it names),
        the field by its words outside brackets ('二、风险等级（与第一部分同一位置的风险点对应）'
        names the level), the last field word where one qualifies another ('二、风险点等级' the level,
        '三、风险点防控措施' the measures; not '风险点及等级'), a cell all in brackets beside it a gloss
        ('二、风险等级 | （高、中、低）'); None where no line names exactly one field."""
        sh = self.sh
        merged = self.grid.merged_into or {}
        top = min((merged.get((r, c), (r, c))[0] for c in range(len(sh.rows[r]))), default=r)
        for x in range(top - 1, max(top - 3, -1), -1):
            cols = sh.nonempty(x)
            if not cols:
                continue
            if any(
                _POSITION_GRID_BRACKET.sub("", sh.rows[x][c]).strip() for c in cols[1:]
            ):  # (a second cell but a bracketed gloss: no section line)
                return None
            text = _POSITION_GRID_BRACKET.sub("", sh.rows[x][cols[0]])
            named = sorted(
                (m.end(), m.start(), role)
                for role, words in _POSITION_GRID_FIELDS
                if (m := words.search(text))
            )
            if not named:
                return None
            end, start, role = named[-1]
            if any(
                e > start or _POSITION_GRID_JOINED.search(text[e:start]) for e, _s, _r in named[:-1]
            ):
                return None  # (two fields named side by side, '风险点及等级')
            return x, role
        return None

    def _position_grid_rows(
        self, r: int, heads: dict[int, str]
    ) -> list[tuple[int, tuple[str, ...]]]:
        """A stacked grid's holder rows under heading ``r``: (row, its holder cells but 序号, a
        cell merged down over rows its top's value, as everywhere in the reader), down to a blank
        row, a line, a sign-off ('填表人 | 韦澍宁 | 审核人 | …') or a row naming no holder."""
        sh = self.sh
        merged = self.grid.merged_into or {}
        keep = [c for c, role in heads.items() if role != "seq"]
        out = []

        def cell(y: int, c: int) -> str:
            row = sh.rows[y]
            v = row[c] if c < len(row) else ""
            if not v.strip() and (y, c) in merged:
                top = merged[(y, c)]
                v = sh.rows[top[0]][top[1]] if top[0] > r else ""
            return squeeze(v)

        for y in range(r + 1, len(sh.rows)):
            row = sh.rows[y]
            cols = sh.nonempty(y)
            if len(cols) <= 1 and (not cols or len(row[cols[0]]) > 12 or cols[0] not in keep):
                break
            if any(_signoff_cell(row[c]) for c in cols if c in heads):
                break  # (a sign-off under the grid, its label in a holder column: no holder row)
            cells = tuple(cell(y, c) for c in keep)
            if not any(cells) or any(len(v) > 16 for v in cells):
                break
            out.append((y, cells))
        return out

    def _position_grid_forms(
        self, roles: dict[str, tuple[int, dict[int, str], list[int], int]]
    ) -> list[RawForm]:
        """The forms of stacked grids joined by position (``_position_grids``)."""
        sh = self.sh
        r, heads, items, _line = roles["risk_point"]
        rows = self._position_grid_rows(r, heads)
        others: dict[str, list[int]] = {}

        def said(x: int) -> str:  # (a section line's words)
            return squeeze(sh.rows[x][sh.nonempty(x)[0]])

        for role, (h, hh, _it, line) in roles.items():
            theirs = self._position_grid_rows(h, hh)
            if not _position_rows_agree(
                [cells for _y, cells in rows], [cells for _y, cells in theirs]
            ):
                self.issues.append(
                    make_issue("GRIDS_ROWS_DIFFER", self.rel, self.grid.name, cell_ref(h, items[0]),
                               value=said(line), field=said(_line))
                )  # fmt: skip
                self.grids_unread = True  # (no other reading of them: the warning says so)
                return []
            others[role] = [y for y, _cells in theirs]
        texts = [
            v
            for y, _cells in rows
            for c in items
            if (v := sh.rows[y][c].strip() if c < len(sh.rows[y]) else "")
            and v not in _NOTHING
            and not _NOTHING_WRITTEN.match(v)
        ]
        if not texts or sum(1 for v in texts if _is_risk_text(v, self.config)) < len(texts) / 2:
            return []  # (the first grid's cells are no points)
        unit = self._unit_above(min(h for h, *_rest in roles.values()))
        keep = [c for c, role in heads.items() if role != "seq"]
        forms: dict[tuple[str, str, str], RawForm] = {}
        total = 0
        for i, (y, cells) in enumerate(rows):
            said = dict(zip((heads[c] for c in keep), cells, strict=True))
            dept, post, person = (
                said.get("department", ""),
                said.get("title", ""),
                said.get("person", ""),
            )
            if person and not looks_like_name(person) and not post:
                pc = next(c for c in keep if heads[c] == "person")
                post, person = _post_holder(sh.rows[y][pc])  # ('站长　某某' under '岗位及姓名')
            for c in items:
                point = sh.rows[y][c].strip() if c < len(sh.rows[y]) else ""
                at = {
                    role: others[role][i] for role in ("risk_level", "measures") if role in others
                }
                value = {
                    role: (sh.rows[x][c].strip() if c < len(sh.rows[x]) else "")
                    for role, x in at.items()
                }
                if not point or point in _NOTHING or _NOTHING_WRITTEN.match(point):
                    for role, v in value.items():
                        if v and v not in _NOTHING and not _NOTHING_WRITTEN.match(v):
                            self.issues.append(
                                make_issue("GRIDS_CELL_NO_POINT", self.rel, self.grid.name,
                                           cell_ref(at[role], c), field=role_zh(role), value=v,
                                           point=cell_ref(y, c))
                            )  # fmt: skip
                    continue
                key = (dept, post, person)
                if key not in forms:
                    forms[key] = self._post_form(r, unit, *key)
                self.seen += 1
                total += 1
                forms[key].risks.append(
                    RawRisk(y, "", "", "", point, "", value.get("risk_level", ""), value.get("measures", ""),
                            {"risk_point": c, "risk_level": c, "measures": c}, person, dept, post,
                            rows={"risk_level": at.get("risk_level", y), "measures": at.get("measures", y)})
                )  # fmt: skip
        if not forms:
            return []
        self.issues.append(
            make_issue(
                "TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, items[0]), field="风险类型"
            )
        )
        self.issues.append(
            make_issue("GRIDS_BY_POSITION", self.rel, self.grid.name, cell_ref(r, items[0]),
                       value=" | ".join(squeeze(sh.rows[r][c]) for c in items),
                       field="、".join(role_zh(role) for role in roles if role != "risk_point"),
                       count=str(len(forms)), total=str(total))
        )  # fmt: skip
        return list(forms.values())

    def _year_time_columns(self, r: int, cols: list[int]) -> list[int]:
        """The columns of header row ``r`` that are TIMES of the year under one heading naming the
        points merged over exactly them ('风险时段及风险点（括号内为风险等级）' over '开学初（2—3月）
        | 学期中（4—5月）| 期末（6—7月）| 暑期（7—8月）', '廉政风险点' over '第一季度 | … | 第四季度',
        '汛前 | 主汛期 | 汛后'): a holders-down grid whose cells are points each closing with its
        level, read as the type grid is but with no type (the time is no part of the point);
        else []. Not a '风险高发时段' band of ticks (no 风险点 in its heading, no points in it)."""
        sh = self.sh
        above = sh.rows[r - 1]
        for c in cols:  # (cheap first: a merge over the row above naming the points)
            end = sh.span_end(r - 1, c)
            if end > c and c < len(above) and "风险点" in above[c]:
                break
        else:
            return self._year_time_point_headings(r, cols)
        times = [x for x in cols if c <= x <= end]
        if len(times) < 2 or times != list(range(c, end + 1)):
            return self._year_time_point_headings(r, cols)
        if not all(len(v := squeeze(sh.rows[r][x])) <= 16 and _YEAR_TIME.match(v) for x in times):
            return self._year_time_point_headings(r, cols)
        return times

    def _year_time_point_headings(self, r: int, cols: list[int]) -> list[int]:
        """The columns of header row ``r`` each headed by a time of the year followed by the
        points, with no heading merged over them ('岗位 | 姓名 | 第一季度风险点 | 第二季度风险点
        | …', '1—3月风险 | 4—6月风险'): side by side, two or more, read as under a merged
        '风险点' (``_year_time_columns``); else []. Not '第一季度 | 第二季度' alone (a band of
        ticks beside a 风险点 column), nor one '汛期风险' heading among others."""
        row = self.sh.rows[r]
        times = []
        for x in cols:
            v = row[x]
            if not v.rstrip().endswith(("风险", "风险点")):  # (cheap first)
                if times:
                    break
                continue
            m = _YEAR_TIME_POINTS.match(squeeze(v))
            if not (m and _YEAR_TIME.match(m.group(1))):
                if times:
                    break
                continue
            times.append(x)
        if len(times) < 2 or times != list(range(times[0], times[-1] + 1)):
            return []
        return times

    def _merged_down_values(self, c: int, rows: list[int]) -> dict[int, str]:
        """Row → the text of the merge over column ``c`` that starts above it ('校领导' merged
        B5:B6: row 6's), for the rows of a grid."""
        sh = self.sh
        out: dict[int, str] = {}
        if not rows:
            return out
        for r0, c0, r1, c1 in self.grid.merges or ():
            if c0 <= c <= c1 and r1 > r0 and r1 >= rows[0] and r0 <= rows[-1]:
                for x in range(r0 + 1, r1 + 1):
                    out[x] = sh.rows[r0][c0]
        return out

    def _dept_type_cells(
        self, data: list[int], lc: int, typed: list[int], roles: dict[str, int],
        carry: dict[int, str] | None = None,
    ) -> list[tuple[int, int, str, str, list[dict[str, str]] | None]] | None:  # fmt: skip
        """The points of a 科室 × type grid's rows (``_dept_type_grid``), each (row, column,
        point, level, holder or None), or None where a cell is not numbered points each closing
        with its level, or where the lines name no holder and the grid has no holder column."""
        sh = self.sh
        out = []
        dashed = lines = 0
        for x in data:
            row = sh.rows[x]
            down = squeeze(row[lc]) if lc < len(row) else ""
            if not down and carry:
                down = squeeze(carry.get(x, ""))
            if not down or _GRID_NOTE_LINE.match(down):
                break  # (a '注：…' line merged across the grid: its end)
            if down.isdigit() or len(down) > 16:
                return None
            for c in typed:
                v = row[c].strip() if c < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                for line in filter(None, (t.strip() for t in v.split("\n"))):
                    m = _ITEM_LINE.match(line)
                    text = line[m.end() :].strip() if m else line
                    closing = _point_holder_dash(text)
                    if closing is None and (sep := _GRID_HOLDER_SEP.search(text)):
                        # ('…（高）—科长　某某', '～', '，责任人：': the dash's holder too)
                        closing = _point_holder_dash(
                            text[: sep.start()] + sep.group(1) + "——" + text[sep.end() :]
                        )
                    if closing is not None:  # ('——主任　某某、副主任　某某': a copy each)
                        text, held = closing[0], closing[1]
                        dashed += 1
                    else:
                        text, held = re.sub(r"\s*(?:—{2,}|-{2,}|－{2,})\s*$", "", text), None
                    tag = _LEVEL_CLOSING.search(text)
                    said = tag.group(1) if tag else ""
                    worded = _level_word(said) or (_END_LEVEL.match(said) and not said.isdigit())
                    point = text[: tag.start()].strip() if tag else ""
                    if not (said and worded and self.config.level(said)) or len(point) < 2:
                        return None  # (a count, a line with no level of its own: not this grid)
                    lines += 1
                    out.append((x, c, point, said, held))
        if lines < 2 or not (dashed * 2 >= lines or "person" in roles):
            return None  # (no holder written: the grid is not read so)
        return out

    def _dept_type_grid_forms(
        self, r: int, lc: int, typed: list[int], roles: dict[str, int], got,
        carry: dict[int, str] | None = None, times: bool = False,
    ) -> list[RawForm]:  # fmt: skip
        """A 科室 × type grid's forms (``_dept_type_grid``), a holder each in the order first
        named: a line's holder after its dash, else its row's 岗位 | 姓名; a line with neither
        the 科室's point with no one (warned, its cell named). ``times``: the columns times of
        the year (``_year_time_columns``), no type; ``carry``: a 科室 merged down, each row's."""
        sh = self.sh
        unit = self._unit_above(r)
        tc, pc, mc = roles.get("title"), roles.get("person"), roles.get("measures")
        forms: dict[tuple[str, str, str], RawForm] = {}
        for x, c, point, level, held in got:
            row = sh.rows[x]
            # (posts down: no 科室; a 科室 merged down over its holders: each row's)
            own = "" if lc == tc else squeeze(row[lc] or (carry or {}).get(x, ""))
            post = squeeze(row[tc]) if tc is not None and tc < len(row) else ""
            if not post and tc == lc:  # (posts down, a post merged over its rows: each row's)
                post = squeeze((carry or {}).get(x, ""))
            person = squeeze(row[pc]) if pc is not None and pc < len(row) else ""
            holders = [(own, post, person)]
            if held is not None:
                holders = []
                for h in held:
                    hd, title = h.get("department", ""), h.get("title", "") or post
                    if hd and own and hd != own:
                        title = hd + title  # (another 科室's post: as written)
                    holders.append((own or hd, title, h.get("person", "") or person))
            elif pc is None:
                self.issues.append(
                    make_issue("DEPT_TYPE_GRID_NO_HOLDER", self.rel, self.grid.name,
                               cell_ref(x, c), value=point)
                )  # fmt: skip
            measures = row[mc].strip() if mc is not None and mc < len(row) else ""
            at = {"risk_point": c, "risk_level": c, "measures": mc or c}
            if not times:
                at["risk_type"] = c
            for key in holders:
                if key not in forms:
                    forms[key] = self._post_form(r, unit, *key)
                self.seen += 1
                kind = "" if times else squeeze(sh.rows[r][c])
                forms[key].risks.append(
                    RawRisk(x, "", "", "", point, kind, level, measures, at, key[2], key[0], key[1])
                )  # fmt: skip
        if times:  # (the times no type: the file's points untyped)
            self.issues.append(
                make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, typed[0]),
                           field="风险类型")
            )  # fmt: skip
            self.issues.append(
                make_issue("YEAR_TIME_GRID", self.rel, self.grid.name, cell_ref(r, typed[0]),
                           value=" | ".join(squeeze(sh.rows[r][c]) for c in typed),
                           count=str(sum(1 for k in forms if k[2])), total=str(len(got)))
            )  # fmt: skip
            return list(forms.values())
        self.issues.append(
            make_issue("DEPT_TYPE_GRID", self.rel, self.grid.name, cell_ref(r, typed[0]),
                       value=" | ".join(squeeze(sh.rows[r][c]) for c in typed),
                       count=str(sum(1 for k in forms if k[2])))
        )  # fmt: skip
        return list(forms.values())

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

    def _survey_question(self, text: str) -> tuple[str, str, bool, str] | None:
        """A survey export's question heading read by the words inside: (role, the level it names,
        whether multiple-choice, the option of a one-column-an-option heading); None unless
        numbered and naming a role ('4、您的岗位：', 'Q5. 本岗位的高风险点（一级）：（多选题）', '第3题
        请填写所在科室', 'Q1. 姓名', '3、本岗位的风险点：(公车私用)'). Whether the sheet is an export
        at all is ``_survey_export``'s to say."""
        m = _SURVEY_NUMBER.match(text)
        if not m:
            return None
        many = "多选" in text
        words = _SURVEY_KIND.sub("", text[m.end() :]).strip()
        option = ""
        if o := _SURVEY_OPTION_COL.search(words):
            option, words = squeeze(o.group(1)), words[: o.start()]
        words = words.strip().rstrip("：:？? ")
        words = _SURVEY_ASKING.sub("", words).replace("所在的", "所在")
        level = ""
        for b in _SURVEY_BRACKET.findall(words):
            if self.config.level(squeeze(b)):
                level = squeeze(b)
        bare = _SURVEY_BRACKET.sub("", words)
        h = heading_role(label_key(bare))
        if h is None or h.role not in _SURVEY_ROLES:
            return None
        if h.role in ("risk_point", "measures") and not level:
            lw = _SURVEY_LEVEL_WORD.search(bare)
            level = lw.group(1) if lw and self.config.level(lw.group(1)) else ""
        if option and h.role != "risk_point":
            return None  # (an option column of another question: no field of ours)
        return h.role, level, many, option

    def _survey_export(self) -> list[RawForm]:
        """A survey platform's export, one row a respondent (问卷星's '序号 | 提交答卷时间 | 所用时间 |
        来源 | … | 1、您的姓名： | … | 5、本岗位的高风险点（一级）：（多选题） | …'): the questions are
        read by the words inside, the platform's own columns left; each ticked option of a point
        question ('…┋…') is a point of the level the question names, '(跳过)' nothing; one form a
        respondent, his measures to each of his points. Needs a point question and one naming the
        holder (a satisfaction survey is no form), and the marks of a real export: a platform's
        column ('提交答卷时间', '答题时长', …), a '（多选题）' bracket, or most headings asked as
        questions ('您的…', '本岗位…'); '1.科室： | 2.岗位： | …' heads an ordinary list. A merged
        cell on the table is no platform's (they never merge): the ordinary reader reads it. Said
        once (SURVEY_EXPORT)."""
        sh = self.sh
        merged = self.grid.merged_into
        for r in range(min(len(sh.rows) - 1, 5)):
            cols = sh.nonempty(r)
            row = sh.rows[r]
            numbered = [c for c in cols if _SURVEY_NUMBER.match(row[c])]
            if len(numbered) < 3:
                continue  # (the cheap test: three numbered headings)
            asked: dict[int, tuple[str, str, bool, str]] = {}
            for c in numbered:
                q = self._survey_question(squeeze(row[c]))
                if q is not None:
                    asked[c] = q
            roles = {q[0] for q in asked.values()}
            if len(asked) < 3 or "risk_point" not in roles or not {"person", "title"} & roles:
                continue
            platform = any(_SURVEY_PLATFORM.match(squeeze(row[c])) for c in cols)
            kinds = any(_SURVEY_KIND.search(row[c]) for c in numbered)
            worded = sum(bool(_SURVEY_ASKED.search(row[c])) for c in asked)
            if not (platform or kinds or 2 * worded > len(asked)):
                return []  # ('1.科室： | 2.岗位： | …': an ordinary list's numbered headings)
            if any(x >= r for x, _c in merged):
                return []  # (merged cells: no platform's export, the ordinary reader's table)
            return self._survey_forms(r, asked)
        return []

    def _survey_points(self, v: str, many: bool) -> list[str]:
        """A point answer's points: options parted by '┋' always, by '|', '｜' or '；' only in a
        multiple-choice question's cell; a typed answer split as a list's cell is (its numbered
        items, '1.…；2.…'); '其他〖…〗' the text typed."""
        out: list[str] = []
        for option in (_SURVEY_OPTIONS_MORE if many else re.compile(r"\s*┋\s*")).split(v):
            text = (m.group(1) if (m := _SURVEY_OTHER.match(option)) else option).strip()
            if not text:
                continue
            items = None if many else _inline_items(text)
            if not items and not many:
                found = numbered_item_texts(text)
                if (
                    len(found) > 1
                    and [n for n, _x in found] == list(range(1, len(found) + 1))
                    and text.lstrip()[:1] in "1（(①"
                ):
                    items = [x.strip().rstrip("；;。，,").strip() for _n, x in found]
            out.extend(x for x in (items or [text]) if x)
        return out

    def _survey_forms(self, r: int, asked: dict[int, tuple[str, str, bool, str]]) -> list[RawForm]:
        sh = self.sh
        above = self._unit_above(r)
        level = self.config.level

        def said(row: list[str], c: int) -> str:
            v = row[c].strip() if c < len(row) else ""
            return "" if v.strip("()（）") in ("跳过", "空") else v

        forms: list[RawForm] = []
        skipped: list[str] = []
        point_cols = [c for c, q in asked.items() if q[0] == "risk_point"]
        for x in range(r + 1, len(sh.rows)):
            row = sh.rows[x]
            got: dict[str, list[str]] = {}
            by_level: dict[str | None, list[str]] = {}  # a measures question naming a level
            for c, (role, lv, _many, _option) in asked.items():
                if role == "risk_point" or not (v := said(row, c)):
                    continue
                if role == "measures" and lv:
                    by_level.setdefault(level(lv), []).append(v)
                else:
                    got.setdefault(role, []).append(v)
            one = {k: squeeze(v[0]) for k, v in got.items() if k not in ("measures", "risk_type")}
            form = self._post_form(
                r, one.get("unit", above), one.get("department", ""), one.get("title", ""),
                one.get("person", ""),
            )  # fmt: skip
            measures = "\n".join(got.get("measures", []))
            typ = "；".join(got.get("risk_type", []))
            row_level = one.get("risk_level", "")
            for c, (role, lv, many, option) in asked.items():
                if role != "risk_point":
                    continue
                v = said(row, c)
                if option:  # (one column an option: ticked 1 / √, else none)
                    points = [option] if squeeze(v) in _SURVEY_TICKED else []
                else:
                    points = self._survey_points(v, many)
                lv = lv or row_level
                own = "\n".join(by_level.get(level(lv), [])) if lv else ""
                said_measures = "\n".join(x for x in (measures, own) if x)
                for point in points:
                    self.seen += 1
                    cols = {"risk_point": c}
                    risk = RawRisk(x, "", "", "", point, typ, lv, said_measures, cols,
                                   form.person, form.department, form.title)  # fmt: skip
                    risk.duty = one.get("duty", "")
                    risk.workflow = one.get("workflow", "")
                    risk.description = one.get("description", "")
                    form.risks.append(risk)
            if form.risks:
                forms.append(form)
            elif got and point_cols:  # (a respondent who answered no point question)
                skipped.append(cell_ref(x, point_cols[0]))
        if forms:
            self.issues.append(
                make_issue("SURVEY_EXPORT", self.rel, self.grid.name, cell_ref(r, min(asked)),
                           value=str(len(forms)))
            )  # fmt: skip
            for at in skipped:
                self.issues.append(make_issue("POINT_BLANK", self.rel, self.grid.name, at))
            if "risk_type" not in {q[0] for q in asked.values()}:
                self.issues.append(
                    make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0),
                               field="风险类型")
                )  # fmt: skip
        return forms

    def _task_export(self) -> list[RawForm]:
        """A team task tool's export (Teambition, 钉钉项目, 飞书任务), one row a task: '任务ID | 标题 |
        任务类型 | 父任务 | 所属分组 | 执行者 | 参与者 | 创建者 | 优先级 | 风险等级 | 岗位 | 备注 | …'. One
        parent task a holder ('任务', '…岗位廉政风险排查') over his sub-tasks ('子任务', or a row
        naming its 父任务), whose 标题 are his points: the 执行者 the holder (a sub-task's blank one
        its parent's), 所属分组 the 科室, 岗位 the post, 风险等级 the level, a 防控措施 field (else
        备注 / 描述) the measures; parent rows no points; '参与者', '创建者', '优先级' (the tool's
        urgency, no level), '截止时间', '任务状态' left. Needs four of the tool's own fields with a
        title, an 执行者 and a 任务类型 or 父任务 among them, and a risk field (风险等级 / 风险类型):
        a task list with none is no form, and an ordinary list with a '标题' column has not the
        tool's fields. Merged cells on the table: no tool's export. Said once (TASK_EXPORT)."""
        if self.grid.lacks(*_TASK_TOOL_FIELDS):
            return []  # (the cheap test: a task tool's own field, 任务ID/执行者/…, in the cells)
        sh = self.sh
        for r in range(min(len(sh.rows) - 1, 3)):
            row = sh.rows[r]
            heads = {c: squeeze(row[c]) for c in sh.nonempty(r)}
            if sum(h in _TASK_TOOL_FIELDS for h in heads.values()) < 4:
                continue  # (the cheap test: the tool's own fields)
            cols: dict[str, int] = {}
            for c, h in heads.items():
                role = _TASK_FIELD_ROLES.get(h)
                if role is None and h not in _TASK_TOOL_FIELDS:
                    found = heading_role(label_key(h))
                    role = found.role if found and found.role in _TASK_OWN_ROLES else None
                if role and role not in cols:
                    cols[role] = c
            if not (
                {"risk_point", "person"} <= cols.keys()
                and {"kind", "parent"} & cols.keys()
                and {"risk_level", "risk_type"} & cols.keys()
            ):
                return []  # (no risk field: a task list, no form)
            if any(x >= r for x, _c in self.grid.merged_into):
                return []
            return self._task_forms(r, cols)
        return []

    def _task_forms(self, r: int, cols: dict[str, int]) -> list[RawForm]:
        sh = self.sh
        unit = self._unit_above(r)
        measures_col = cols.get("measures", cols.get("remark"))

        def got(row: list[str], role: str) -> str:
            c = cols.get(role)
            return row[c].strip() if c is not None and c < len(row) else ""

        parents: dict[str, str] = {}  # a parent task's 标题 → its 执行者
        forms: dict[tuple[str, str, str], RawForm] = {}
        for x in range(r + 1, len(sh.rows)):
            row = sh.rows[x]
            kind, parent, title = (
                squeeze(got(row, "kind")),
                got(row, "parent"),
                got(row, "risk_point"),
            )
            if not title:
                continue
            if not (kind == "子任务" or (parent and kind in ("", "子任务"))):
                parents[title] = got(row, "person")  # (a parent task: the holder, no point)
                continue
            person = squeeze(got(row, "person") or parents.get(parent, ""))
            dept, post = squeeze(got(row, "department")), squeeze(got(row, "title"))
            key = (dept, post, person)
            if key not in forms:
                forms[key] = self._post_form(r, unit, dept, post, person)
            measures = (
                row[measures_col].strip()
                if measures_col is not None and measures_col < len(row)
                else ""
            )
            at = {k: c for k, c in cols.items() if k not in ("kind", "parent", "remark")}
            if measures_col is not None:
                at["measures"] = measures_col
            self.seen += 1
            forms[key].risks.append(
                RawRisk(x, "", "", "", title, got(row, "risk_type"), got(row, "risk_level"), measures,
                        at, person, dept, post)
            )  # fmt: skip
        out = [f for f in forms.values() if f.risks]
        if out:
            self.issues.append(
                make_issue("TASK_EXPORT", self.rel, self.grid.name, cell_ref(r, cols["risk_point"]),
                           value=str(len(out)))
            )  # fmt: skip
            if "risk_type" not in cols:
                self.issues.append(
                    make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0),
                               field="风险类型")
                )  # fmt: skip
        return out

    def _oa_step_export(self) -> list[RawForm]:
        """An OA system's 流程明细 export, ONE ROW AN APPROVAL STEP: '流程编号 | 申报人 | 所在股室 |
        岗位 | 廉政风险点 | 风险等级 | 防控措施 | 节点名称 | 处理人 | 处理意见 | 处理时间', the declared
        form's fields repeated on each step row of its 流程. The rows sharing a 流程编号 (单号,
        申请编号) are one point: its holder the 申报人 (申请人, 发起人, 填报人; where there is no such
        column, the handler of the step that starts the 流程, '发起申报'/'提交'), its 科室, post,
        point, level, type and measures the form's; where the steps' fields differ (edited on
        审核) the last step's, and said (OA_STEP_FIELDS_DIFFER). The handlers ('处理人', '审批人',
        '经办人') approve and hold nothing of it. Needs a heading row with a 流程 number, a step and
        a handler column and a point column by the ordinary words, and rows that bear it out: a
        number on two rows or more, its rows different steps repeating the one point (a 流程 of
        three steps or more the same point on two of them at least, the form's other fields the same
        too but for one, an edit; half the numbers so). A list
        with a '环节' and an '经办人' but no 流程 number, one whose numbers never repeat, or a 流程's
        环节 each with a point of its own under one number, is read as before. Said once
        (OA_STEP_EXPORT)."""
        if self.grid.lacks("节点", "环节", "步骤") or self.grid.lacks(
            "处理人", "审批人", "经办人", "办理人", "审核人", "操作人"
        ):
            return []  # (the cheap test: a 节点/环节/步骤 and a 处理人/审批人/… heading in the cells)
        sh = self.sh
        merged = self.grid.merged_into
        for r in range(min(len(sh.rows) - 1, 6)):
            heads = {c: label_key(sh.rows[r][c]) for c in sh.nonempty(r)}
            flow = [c for c, h in heads.items() if _OA_FLOW_HEAD.match(h)]
            step = [c for c, h in heads.items() if _OA_STEP_HEAD.match(h)]
            handler = [c for c, h in heads.items() if _OA_HANDLER_HEAD.match(h)]
            if not (flow and step and handler):
                continue  # (the cheap test: the export's own fields)
            cols: dict[str, int] = {"flow": flow[0], "step": step[0], "handler": handler[0]}
            for c, h in heads.items():
                if c in cols.values():
                    continue
                if _OA_DECLARANT_HEAD.match(h):
                    cols.setdefault("person", c)
                    continue
                found = heading_role(h)
                if found and found.role in _OA_OWN_ROLES:
                    cols.setdefault(found.role, c)
            if "risk_point" not in cols:
                return []

            def cell(x: int, c: int) -> str:
                row = sh.rows[x]
                v = row[c].strip() if c < len(row) else ""
                if not v and (x, c) in merged:
                    top = merged[(x, c)]
                    v = sh.rows[top[0]][top[1]].strip()
                return v

            flows: dict[str, list[int]] = {}
            for x in range(r + 1, len(sh.rows)):
                code = squeeze(cell(x, cols["flow"]))
                if code and (cell(x, cols["step"]) or cell(x, cols["handler"])):
                    flows.setdefault(code, []).append(x)
            if not any(len(xs) > 1 for xs in flows.values()):
                return []  # (every number once: a list with a number column, as before)
            repeated = 0
            own = [k for k in ("person", *_OA_OWN_ROLES) if k in cols]
            for xs in flows.values():
                steps = [(cell(x, cols["step"]), cell(x, cols["handler"])) for x in xs]
                if len(set(steps)) < len(steps):
                    return []  # (a number's rows the same step twice: no 流程 of steps)
                points = [squeeze(cell(x, cols["risk_point"])) for x in xs]
                same = len(xs) > 1 and len(set(points)) < len(points)
                # (the form's OTHER fields repeat too: its steps differ in one field at most, an
                # edit on review, and where the point is that one, in nothing else; a process
                # list's 环节 whose points happen to coincide differ in post, level or measures.
                # With a declarant column, the one declarant on every step, more than one edit)
                differ = [k for k in own if len({squeeze(cell(x, cols[k])) for x in xs} - {""}) > 1]
                same = same and (
                    differ == ["risk_point"]
                    or ("risk_point" not in differ and len(differ) <= 1)
                    or ("person" in cols and not {"risk_point", "person"} & set(differ))
                )
                # (no declarant column: the 流程 a form only where a step starts it, '提交'/'发起',
                # its handler the holder; a list of 环节 with merged points and none would lose
                # every holder the rows name)
                same = same and (
                    "person" in cols
                    or any(
                        _OA_START_STEP.search(cell(x, cols["step"])) and cell(x, cols["handler"])
                        for x in xs
                    )
                )
                if len(xs) > 2 and not same:
                    return []  # (a 流程's 环节 each with a point of its own: an ordinary list)
                repeated += same
            if 2 * repeated < sum(len(xs) > 1 for xs in flows.values()):
                return []  # (the form's fields not repeated on its steps: as before)
            return self._oa_step_forms(r, cols, flows, cell)
        return []

    def _oa_step_forms(self, r, cols, flows, cell) -> list[RawForm]:
        unit = self._unit_above(r)
        own = [k for k in ("person", *_OA_OWN_ROLES) if k in cols]
        forms: dict[tuple[str, str, str], RawForm] = {}
        for code, xs in flows.items():
            got: dict[str, str] = {}
            at: dict[str, int] = {}
            for k in own:
                seen = [(x, cell(x, cols[k])) for x in xs if cell(x, cols[k])]
                if not seen:
                    continue
                got[k], at[k] = seen[-1][1], seen[-1][0]
                if len({squeeze(v) for _x, v in seen}) > 1:
                    self.issues.append(
                        make_issue("OA_STEP_FIELDS_DIFFER", self.rel, self.grid.name,
                                   cell_ref(seen[-1][0], cols[k]),
                                   field=squeeze(self.sh.rows[r][cols[k]]), value=code,
                                   cells="、".join(cell_ref(x, cols[k]) for x, _v in seen),
                                   found=seen[-1][1])
                    )  # fmt: skip
            if "person" not in got:  # no declarant column: who handled the starting step
                for x in xs:
                    if _OA_START_STEP.search(cell(x, cols["step"])) and cell(x, cols["handler"]):
                        got["person"], at["person"] = cell(x, cols["handler"]), x
                        break
            point = got.get("risk_point", "")
            if not point:
                continue
            person = squeeze(got.get("person", ""))
            dept, post = squeeze(got.get("department", "")), squeeze(got.get("title", ""))
            key = (dept, post, person)
            if key not in forms:
                forms[key] = self._post_form(r, unit, dept, post, person)
            x = at["risk_point"]
            where = {k: cols[k] for k in own if k in cols}
            if "person" in at and "person" not in cols:
                where["person"] = cols["handler"]
            rows = {k: y for k, y in at.items() if y != x}
            self.seen += 1
            forms[key].risks.append(
                RawRisk(x, "", "", "", point, got.get("risk_type", ""), got.get("risk_level", ""),
                        got.get("measures", ""), where, person, dept, post, rows=rows or None)
            )  # fmt: skip
        out = [f for f in forms.values() if f.risks]
        if out:
            self.issues.append(
                make_issue("OA_STEP_EXPORT", self.rel, self.grid.name, cell_ref(r, cols["flow"]),
                           field=squeeze(self.sh.rows[r][cols["flow"]]), value=str(sum(len(f.risks) for f in out)),
                           count=str(sum(len(xs) for xs in flows.values())))
            )  # fmt: skip
            if "risk_type" not in cols:
                self.issues.append(
                    make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0),
                               field="风险类型")
                )  # fmt: skip
        return out

    def _submission_export(self) -> list[RawForm]:
        """An approval platform's export ONE ROW A SUBMISSION (钉钉, 企业微信, 飞书, 金数据): '审批编号 |
        标题 | 审批状态 | 审批结果 | 发起时间 | 完成时间 | 发起人姓名 | 发起人部门 | 历史审批人姓名 |
        审批记录' and the form's fields ('岗位', '风险点明细'), the form's detail table (明细, 子表单)
        flattened into one cell of numbered items of '键：值' pairs (``_detail_items``). One form a
        submitter: the 发起人 (提交人, 填报人) the holder, his 部门 the 科室, the form's 岗位 the post,
        each item a point with its own level, type and measures; the approvers ('历史审批人',
        '审批人', '抄送人') hold nothing. A submission withdrawn, refused or ended ('已撤销', '拒绝',
        '已撤回') is not read and said (SUBMISSION_WITHDRAWN): it was never approved, and its
        submitter files again, the next row. Needs a submitter column, two of the platform's own
        columns, and one column whose cells are such items on half the submitters' rows at least:
        an ordinary list's '1.…；2.…' measures lines are no keyed items, and a list with a '填报人'
        column has not the platform's. Said once (SUBMISSION_EXPORT)."""
        if self.grid.lacks(*(p + s for p in ("发起", "提交", "填报", "填写", "申报", "申请")
                             for s in ("人", "者"))):  # fmt: skip
            return []  # (the cheap test: a 发起人/提交人/填报人/…者 heading in the cells)
        sh = self.sh
        for r in range(min(len(sh.rows) - 1, 6)):
            heads = {c: label_key(sh.rows[r][c]) for c in sh.nonempty(r)}
            person = [c for c, h in heads.items() if _SUBMIT_PERSON_HEAD.match(h)]
            platform = [c for c, h in heads.items() if _SUBMIT_PLATFORM_HEAD.match(h)]
            if not person or len(platform) < 2:
                continue  # (the cheap test: the platform's own columns)
            cols: dict[str, int] = {"person": person[0]}
            rows = [x for x in range(r + 1, len(sh.rows)) if self._submit_cell(x, cols["person"])]
            best, best_n = -1, 0
            for c in heads:
                if c in person or c in platform:
                    continue
                n = sum(bool(_detail_items(self._submit_cell(x, c))) for x in rows)
                if n > best_n:
                    best, best_n = c, n
            if not rows or 2 * best_n < len(rows):
                return []  # (no cell of keyed items on most rows: an ordinary list, as before)
            own = {
                h_.role: c
                for c, h in reversed(heads.items())
                if c not in person and c not in platform and c != best
                if (h_ := heading_role(h)) is not None and h_.role in ("person", "measures")
            }
            if "measures" in own and not any(
                i.get("measures") for x in rows for i in _detail_items(self._submit_cell(x, best))
            ):
                return []  # (its measures in a column of their own: an ordinary list, as before)
            if "person" in own:  # (the form's own 姓名 field the holder, the submitter a clerk)
                cols["holder"] = own["person"]
            cols["detail"] = best
            for c, h in heads.items():
                if c in cols.values() or c in platform:
                    continue
                if _SUBMIT_DEPT_HEAD.match(h):
                    cols.setdefault("department", c)
                    continue
                found = heading_role(h)
                if found and found.role in (
                    "unit",
                    "department",
                    "title",
                    "risk_type",
                    "risk_level",
                ):
                    cols.setdefault(found.role, c)
            status = [c for c in platform if re.search(r"(?:状态|结果)$", heads[c])]
            when = [
                c for c in platform if re.search(r"^(?:发起|提交|申请|创建|填写)时间$", heads[c])
            ]
            return self._submission_forms(r, cols, rows, status, when[0] if when else -1)
        return []

    def _submit_cell(self, x: int, c: int) -> str:
        row = self.sh.rows[x]
        return row[c].strip() if c < len(row) else ""

    def _submission_forms(self, r, cols, rows, status, when: int = -1) -> list[RawForm]:
        """``when``: the column of the submission's time (发起时间, 提交时间), -1 none: a submitter's
        two approved submissions for one post are his form filed twice, the latest (by that time,
        else the lower row) read and the other said (SUBMISSION_SUPERSEDED)."""
        unit = self._unit_above(r)
        forms: dict[tuple[str, str, str], RawForm] = {}
        typed = "risk_type" in cols
        dropped = 0

        def dropped_by(x: int) -> list[tuple[int, str]]:
            return [
                (c, self._submit_cell(x, c))
                for c in status
                if _SUBMIT_DROPPED.search(self._submit_cell(x, c))
            ]

        who = cols.get("holder", cols["person"])

        def key_of(x: int) -> tuple[str, str, str]:
            return (
                *(
                    squeeze(self._submit_cell(x, cols[k])) if k in cols else ""
                    for k in ("department", "title")
                ),
                squeeze(self._submit_cell(x, who)),
            )  # type: ignore[return-value]

        def time_of(x: int) -> tuple[int, ...]:
            # ('2025/9/3 9:00' before '2025/10/1 8:00': by its numbers, not its letters)
            return tuple(int(d) for d in re.findall(r"\d+", self._submit_cell(x, when)))

        latest: dict[tuple[str, str, str], int] = {}
        for x in rows:
            if dropped_by(x) or not _detail_items(self._submit_cell(x, cols["detail"])):
                continue
            k = key_of(x)
            if k not in latest or when < 0 or time_of(x) >= time_of(latest[k]):
                latest[k] = x
        for x in rows:
            said = dropped_by(x)
            person = squeeze(self._submit_cell(x, who))
            k = key_of(x)
            if not said and k in latest and latest[k] != x:
                dropped += 1
                self.issues.append(
                    make_issue("SUBMISSION_SUPERSEDED", self.rel, self.grid.name,
                               cell_ref(x, cols["detail"]), names=person,
                               value=cell_ref(latest[k], cols["detail"]))
                )  # fmt: skip
                continue
            if said:
                dropped += 1
                self.issues.append(
                    make_issue("SUBMISSION_WITHDRAWN", self.rel, self.grid.name, cell_ref(x, said[0][0]),
                               value=said[0][1], names=person)
                )  # fmt: skip
                continue
            items = _detail_items(self._submit_cell(x, cols["detail"]))
            if not items:
                self.issues.append(
                    make_issue("POINT_BLANK", self.rel, self.grid.name, cell_ref(x, cols["detail"]))
                )  # fmt: skip
                continue
            got = {
                k: squeeze(self._submit_cell(x, c))
                for k, c in cols.items()
                if k not in ("detail", "holder")
            }
            dept, post = got.get("department", ""), got.get("title", "")
            key = (dept, post, person)
            if key not in forms:
                forms[key] = self._post_form(r, got.get("unit", unit), dept, post, person)
            at = {k: c for k, c in cols.items() if k not in ("detail", "holder")}
            at["person"] = who
            for item in items:
                typed = typed or bool(item.get("risk_type"))
                self.seen += 1
                risk = RawRisk(x, "", "", "", item["risk_point"],
                               item.get("risk_type", got.get("risk_type", "")),
                               item.get("risk_level", got.get("risk_level", "")),
                               item.get("measures", ""),
                               {**at, "risk_point": cols["detail"]}, person, dept, post)  # fmt: skip
                risk.description = item.get("description", "")
                forms[key].risks.append(risk)
        out = [f for f in forms.values() if f.risks]
        if out:
            self.issues.append(
                make_issue("SUBMISSION_EXPORT", self.rel, self.grid.name, cell_ref(r, cols["detail"]),
                           field=squeeze(self.sh.rows[r][cols["detail"]]),
                           value=str(sum(len(f.risks) for f in out)), count=str(len(rows) - dropped))
            )  # fmt: skip
            if not typed:
                self.issues.append(
                    make_issue("TABLE_NO_TYPE", self.rel, self.grid.name, cell_ref(r, 0),
                               field="风险类型")
                )  # fmt: skip
        return out

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
        ('广告合同不登记（三级）', '【一级】私收广告费', '…（风险等级：高）', '…[等级：中]'): (the
        point without it, the level); (the point, '') where no bracket gives a level."""
        if (m := _LABELLED_LEVEL_CLOSE.search(point)) and self.config.level(m.group(1)):
            return point[: m.start()].strip(), m.group(1)  # (its label says it is the level)
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

    def _grid_numbered(self, heads: dict[int, tuple[Heading, int]]) -> dict[int, str]:
        """A holders-across grid keyed down only by a running 序号 ('序号' merged down the
        heading rows, then '1 | …（一级） | …', '2 | …', '3 | …'): the numbers are no levels
        (they would read Ⅰ/Ⅱ/Ⅲ, and stop at 3), each cell's own closing bracket gives its
        point's level. Row → its number for the run 1, 2, 3 … under the heading rows, where
        the column is headed 序号/编号 or every point of the cells closes with a level in a
        bracket; {} otherwise (levels written 1/2/3 under '风险等级', or bare and plain cells)."""
        sh = self.sh
        lc = next(iter(heads.values()))[1]
        b = max(heads) + 1
        if b >= len(sh.rows) or squeeze(sh.rows[b][lc] if lc < len(sh.rows[b]) else "") != "1":
            return {}  # (cheap first: '1' under the heading rows)
        rows: dict[int, str] = {}
        for x in range(b, len(sh.rows)):
            row = sh.rows[x]
            v = row[lc].strip() if lc < len(row) else ""
            if v.rstrip(".．、") != str(len(rows) + 1) or not any(c > lc for c in sh.nonempty(x)):
                break
            rows[x] = v
        if len(rows) < 2:
            return {}
        merged = self.grid.merged_into
        said = set()
        for x in range(min(heads), b):
            top = merged.get((x, lc), (x, lc))
            said.add(squeeze(sh.rows[top[0]][top[1]]) if top[1] < len(sh.rows[top[0]]) else "")
        if said & {"风险等级", "等级", "风险级别", "级别"}:
            return {}
        if said & {"序号", "编号"}:
            return rows
        cells = [
            v.strip()
            for x in rows
            for v in sh.rows[x][lc + 1 :]
            if v.strip() and v.strip() not in _NOTHING and not _NOTHING_WRITTEN.match(v.strip())
        ]
        tagged = all(
            (((m := _LEVEL_TAG.search(p)) and m.group(2)) or _LABELLED_LEVEL_CLOSE.search(p))
            and self._level_tagged(p)[1]
            for v in cells
            for p in _band_cell_points(v)
        )
        return rows if cells and tagged else {}

    def _bracket_over_row(self, br: int, c: int, said: str, bands) -> tuple[str, str]:
        """A point of a level row of a holders-across grid and its level: the row's, but a
        level closing the point in a bracket ('…出让暗箱操作（一级）' in the '二级' row) is the
        point's own — it comes off the point and wins, with a warning where it differs."""
        level = next(lv for x, lv in bands if x == br)
        if not said.endswith(("）", ")", "】", "]")):
            return said, level  # (cheap first: no closing bracket)
        m = _LEVEL_TAG.search(said)
        if (not m or not m.group(2)) and not _LABELLED_LEVEL_CLOSE.search(said):
            return said, level
        point, tag = self._level_tagged(said)
        if not tag:
            return said, level
        got = self.config.level
        if got(squeeze(level)) and got(tag) != got(squeeze(level)):
            self.issues.append(
                make_issue("GRID_BRACKET_LEVEL_DIFFERS", self.rel, self.grid.name, cell_ref(br, c),
                           value=squeeze(said), field=squeeze(level), other=tag)
            )  # fmt: skip
        return point, tag

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

    def _pairs(
        self, r: int, window: tuple[int, int] | None = None
    ) -> list[tuple[Heading, int, str]] | None:
        """A row of label | value pairs ('所在科室 | 中心领导 | 涉及岗位 | 主任 | 责任人 | 郗澹岳',
        '风险表现 | …' with the value merged across): (label's role, value's column, value), or
        None when the row is not such. With a window (first column, end), only its cells: one
        card of several tiled side by side (``_card_tiles``)."""
        sh = self.sh
        cols = sh.nonempty(r)
        if window is not None:
            cols = [c for c in cols if window[0] <= c < window[1]]
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
        # '受理岗　张三（本岗独有风险）' | '两岗共同风险（受理岗、审核岗共担）' | '审核岗　李四（本岗独有
        # 风险）': a band naming no one but shared, its points every named band's holder's
        shared = {c for c, e in spans if _is_shared_band(over[c])}
        for c, e in spans:
            group: dict[str, int] = {}
            # '经办环节（股员）' over '经办人 | 风险点 | 风险等级': a stage band whose holder is
            # named row by row in its own column, its post in the band's bracket
            stage = _stage_band_post(over[c])
            # '科室主任' over '姓名 | 廉政风险点 | 风险等级' beside '工作人员' over the same: a post's
            # band, its holder named row by row in its own column, the row's 科室 beside the bands
            post = "" if stage else _post_band_post(over[c])
            own: dict[str, str] = {}
            for x in range(c, e + 1):
                word = sh.key(last, x) if x < len(sh.rows[last]) else ""
                if (stage or post) and not own and x == c and _STAGE_HOLDER_HEAD.match(word):
                    own = {"title": stage or post, "person_col": str(x)}
                    if post:
                        own["band"] = "post"
                    continue
                head = heading_role(word) if word else None
                if head is None or head.role not in _GROUP_ROLES or head.role in group:
                    return None  # (a band's columns are one point's, each once)
                group[head.role] = x
            if c in shared:
                who = {"shared": "1"}
            elif shared:  # (a named band beside a shared one: its post and name, no bracket)
                who = _band_holder(_OWN_BAND_NOTE.sub("", over[c]))
                who = who if "person" in who else {}
            else:
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
        if shared and len(holders) - len(shared) < 2:
            return None  # (a shared band is shared by two named holders at least)
        return top, groups, holders

    def _own_holder_bands(self, h: int, depth: int, headings: dict[int, Heading | None]) -> bool:
        """Bands across each naming its holders in its own column ('科室主任 ⏵ 姓名 | 廉政风险点 |
        风险等级', '工作人员 ⏵ 姓名 | …', or '经办环节（股员）' over '姓名 | …' in every band): the
        repeated '姓名' is each band's holder on the row, one table sharing the row's 科室, not
        tables side by side (``_side_by_side``)."""
        if h < 1 or not self.grid.merges:
            return False  # (the cheap test: a band's heading is merged over the header's row)
        banded = self._holder_bands(h, depth, headings)
        return bool(banded) and all("person_col" in w for w in banded[2].values())

    def _band_holders_of(self, t: _Table, rows: list[RawRisk]) -> None:
        """Each point read under holder bands (``_holder_bands``) takes the holder of the band
        its text stands in on its row (a row's first band left blank moves a later band's point
        into the first one's columns, so the column read is not the band's)."""
        sh = self.sh
        bands = t.band_holders
        held: dict[int, tuple[str, str]] = {}  # a post band's name column → (科室, name) above
        # a shared band's point ('两岗共同风险（…共担）') is each named band's holder's, in order
        named = [w for _, w in sorted(bands.items()) if "shared" not in w]
        sharing = len(named) < len(bands)
        copies: dict[int, list[RawRisk]] = {}
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
                if not rr.person and who.get("band") == "post":
                    # a post band's 姓名 merged down over his 科室's rows, or written on the 科室's
                    # first row only: the merge's name, else the band's name above in this 科室
                    top_left = (self.grid.merged_into or {}).get((rr.row, pc))
                    if top_left is not None:
                        rr.person = squeeze(self.grid.get(*top_left))
                    elif held.get(pc, ("", ""))[0] == rr.department:
                        rr.person = held[pc][1]
                if who.get("band") == "post" and rr.person:
                    held[pc] = (rr.department, rr.person)
                rr.title = who["title"]
                if _leader_like(rr.title):
                    rr.department = ""  # ('分管副局长': a leader of the body, no 科室)
                continue
            if sharing:  # (the 科室 the title names, unless the band names one)
                fields = ("department", "title", "person")
                got = [{k: w.get(k) or (rr.department if k == "department" else "") for k in fields}
                       for w in ([who] if "shared" not in who else named)]  # fmt: skip
                # (a point moved into the first band's columns: its cells are its own band's)
                shift = at - rr.cols.get("risk_point", at)
                cols = {k: x + shift if k in _GROUP_ROLES else x for k, x in rr.cols.items()}
                copies[id(rr)] = _fan_out(rr, got, cols=cols)
                continue
            rr.department = who.get("department", "")
            rr.title = who.get("title", "")
            rr.person = who.get("person", "")
        if copies:
            rows[:] = [x for rr in rows for x in copies.get(id(rr), [rr])]
        top = t.band_row
        first = min(bands)
        own = sorted(c for c, role in t.col_role.items() if role in _GROUP_ROLES)
        heads = " | ".join(squeeze(t.header[1].get(c, "")) for c in own)
        said = " ".join(self.sh.rows[top][first].split())
        code, at = "HOLDER_BANDS_ACROSS", first
        if "person_col" in bands[first]:  # a stage band: '经办人 | 风险点 | 风险等级' under it
            code, at = "STAGE_BANDS_HOLDERS", int(bands[first]["person_col"])
            if bands[first].get("band") == "post":
                code = "POST_BANDS_HOLDERS"  # ('科室主任' over '姓名 | 廉政风险点 | 风险等级')
            upto = min(int(w["person_col"]) for w in bands.values() if int(w["person_col"]) > at)
            heads = " | ".join(squeeze(sh.rows[top + 1][x]) for x in range(at, upto))
            said = " ".join(sh.rows[top][at].split())
        self.issues.append(
            make_issue(code, self.rel, self.grid.name, cell_ref(top, at),
                       field=heads, value=said)
        )  # fmt: skip
        if sharing:
            at = next(c for c, w in sorted(bands.items()) if "shared" in w)
            self.issues.append(
                make_issue("SHARED_BAND_BOTH_HOLDERS", self.rel, self.grid.name, cell_ref(top, at),
                           value=" ".join(sh.rows[top][at].split()),
                           holders="、".join(f"{w['title']}{w['person']}" for w in named))
            )  # fmt: skip

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

    def _band_holder_words(self, a: int, c: int, end: int) -> tuple[str, str] | None:
        """The holder a band merged over columns c–end of row ``a`` names ('局长⏎酆蓼汀', '局长　酆蓼汀',
        '酆蓼汀' alone), or with row ``a + 1`` merged alike under it ('局长' over '酆蓼汀'): (post,
        name); None where it names no holder (a type, a level, '责任人')."""
        sh = self.sh
        text = sh.rows[a][c].strip() if c < len(sh.rows[a]) else ""
        if not text or len(text) > 24:
            return None
        post, name = _tick_post(text)
        if name:
            return post, name
        if looks_like_name(post) and not is_post(post):
            return "", post  # (a name alone)
        if not is_post(post):
            return None
        if (
            post in EVERYONE_WORDS
            or post in TIER_GROUPS
            or LEADERS_GROUP.match(post)
            or _BAND_TIER.search(post)
        ):
            return None  # ('班子成员 | 中层干部' over 高 | 中 | 低: tiers, no one's band)
        under = sh.rows[a + 1] if a + 1 < len(sh.rows) else []
        said = under[c].strip() if c < len(under) else ""
        if said and sh.span_end(a + 1, c) == end and looks_like_name(said) and not is_post(said):
            return post, said  # (the post over the name, each merged across the band)
        return post, ""

    def _holder_band_heads(
        self, a: int, first: bool = False
    ) -> tuple[dict[int, tuple[str, str, str]], int]:
        """Row ``a`` holds two or more neighbouring bands each merged over two to five columns
        and naming one holder (``_band_holder_words``: '局长⏎酆蓼汀', a post over a name, a name),
        and the row under them (under the names' row, where the bands are two rows) the same
        level words under every band, each once ('高 | 中 | 低', '一级 | 二级 | 三级'): column →
        (post, name, level), and the rows bands and levels take (2 or 3); ({}, 0) else.
        One band alone ('局长⏎宓澹宁' over 高 | 中 | 低: one holder's card), or bands on the
        header's ``first`` row beside its own headings ('序号 | 廉政风险点 | 局长⏎宓澹宁 | 副局长⏎
        郗霭岚 | 防控措施', no heading over them), only where every band names a person."""
        sh = self.sh
        if a < 0 or a + 1 >= len(sh.rows):
            return {}, 0
        cols = sh.nonempty(a)
        spans = [(c, sh.span_end(a, c)) for c in cols]
        if first:
            spans = [(c, end) for c, end in spans if end > c]  # (its own headings beside them)
        if not spans or any(not 1 <= end - c <= 4 for c, end in spans):
            return {}, 0  # (the cheap test: bands merged across, nothing else on the row)
        if any(e + 1 != c for (_, e), (c, _) in zip(spans, spans[1:], strict=False)):
            return {}, 0
        holders = [self._band_holder_words(a, c, end) for c, end in spans]
        if not all(holders) or len(set(holders)) != len(holders):
            return {}, 0
        if (first or len(spans) < 2) and not all(h[1] for h in holders if h):
            return {}, 0  # ('局长' alone, '局长 | 副局长' as the header's headings: no one named)
        under = sh.rows[a + 1]
        two = all(
            post and c < len(under) and under[c].strip() == name
            for (c, _), (post, name) in zip(spans, holders, strict=True)
        )  # (the names on a row of their own under the posts)
        low = a + 2 if two else a + 1
        if low >= len(sh.rows) or set(sh.nonempty(low)) != {
            x for c, end in spans for x in range(c, end + 1)
        }:
            return {}, 0
        levels = [sh.rows[low][x].strip() for x in range(spans[0][0], spans[0][1] + 1)]
        if not all(map(self._one_level, levels)):
            return {}, 0
        if len({self.config.level(v) for v in levels}) != len(levels):
            return {}, 0
        out: dict[int, tuple[str, str, str]] = {}
        for (c, end), (post, name) in zip(spans, holders, strict=True):
            subs = [sh.rows[low][x].strip() for x in range(c, end + 1)]
            if subs != levels:
                return {}, 0
            out.update((x, (post, name, v)) for x, v in zip(range(c, end + 1), subs, strict=True))
        return out, low - a + 1

    def _band_level_grid(self, h: int, depth: int, rows) -> dict[int, tuple[str, str, str]]:
        """The holder bands over level words the header's last two or three rows make
        (``_holder_band_heads``), where only marks stand under them: column → (post, holder,
        level); else {}."""
        for used in (3, 2):  # (a post row over a names row first: not the names alone)
            a = h + depth - used
            if a < h:
                continue  # (a heading over the bands: '责任人及风险等级（…打√）')
            grid, took = self._holder_band_heads(a, first=a == h)
            if grid and took == used and self._grid_marks_only(grid, rows):
                return grid
        return {}

    def _band_rows_under(self, top: int, depth: int) -> int:
        """How many rows under a header found belong to it as holder bands over level words
        (``_holder_band_heads``: '责任人及风险等级（在本人对应等级下打√）' over '局长⏎酆蓼汀' merged over
        '高 | 中 | 低', a '√' under his own level in the band of each holder whose point the row
        is), only marks under them; else 0 (data rows, as before)."""
        sh = self.sh
        b = top + depth
        if depth < 1 or b + 1 >= len(sh.rows) or not self.grid.merges:
            return 0  # (the cheap test)
        for a in (b - 2, b - 1, b):  # (the bands already in the header, or under it)
            if a < top or a >= len(sh.rows):
                continue
            grid, used = self._holder_band_heads(a, first=a == top)
            if not grid:
                continue
            if a + used <= b:
                return 0  # (the header has them all)
            rows = []
            for r in range(a + used, min(a + used + 50, len(sh.rows))):
                if sh.kind(r) in ("review", "note"):
                    break  # (the 注 line, the 填表/审核 line: no rows of the table)
                rows.append(sh.rows[r])
            if self._grid_marks_only(grid, rows):
                return a + used - b
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

    def _band_levels_said(self, t: _Table, rows: list[RawRisk]) -> None:
        """Says once for the table that its holder bands over level words gave each tick's
        holder and level, at the heading merged over the bands (the first band where none)."""
        if not rows:
            return
        sh, c = self.sh, min(t.band_levels)
        at, head = t.start - 2, ""
        for x in range(t.row, t.start - 2):  # ('责任人及风险等级（在本人对应等级下打√）')
            v = sh.rows[x][c].strip() if c < len(sh.rows[x]) else ""
            if v and not self._band_holder_words(x, c, sh.span_end(x, c)):
                at, head = x, squeeze(v)
        bands = dict.fromkeys(f"{p}　{n}".strip() for p, n, _v in t.band_levels.values())
        levels = dict.fromkeys(v for _p, _n, v in t.band_levels.values())
        self.issues.append(
            make_issue("HOLDER_BANDS_LEVEL_TICKS", self.rel, self.grid.name, cell_ref(at, c),
                       field=head or "责任人及风险等级",
                       value=f"{'、'.join(bands)} 各分 {'、'.join(levels)}")
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

    @staticmethod
    def _defence_lines(subs: list[str], rows: list[list[str]], sub: range) -> dict[int, str]:
        """Holder columns under one heading merged across ('防控责任（三道防线）' over '第一道防线
        （业务部门） | 第二道防线（风控合规部门） | 第三道防线（纪检审计部门）', '责任分工' over '主体责任 |
        监督责任'), every cell a whole holder ('工程管理部⏎部长　丰琲瑄', '科长 张三'): column →
        'holds' (the row's point is his) or 'oversees' (a line watching it, holding none), by the
        sub-headings' words; no word either way, each holds it. {} unless every filled cell
        names a post and a person (a '科室 | 岗位 | 姓名' split under '责任主体' stays as read)."""
        if len(sub) < 2 or not all(subs):
            return {}
        names = [squeeze(v) for v in subs]
        if any(_band_holder(v) for v in names):
            return {}  # (holders named in the heading row: bands, not lines)
        seen = dict.fromkeys(sub, 0)
        bare = False  # (a cell naming a 科室 alone)
        for row in rows:
            for x in sub:
                v = row[x].strip() if x < len(row) else ""
                if not v or v in _NOTHING or _NOTHING_WRITTEN.match(v):
                    continue
                who = _line_cell_holders(v)
                if not who:
                    return {}  # (the cheap end: the first cell no holder of a line)
                bare = bare or "person" not in who[0]
                seen[x] += 1
        if min(seen.values()) < 2:
            return {}  # (a column naming nobody, or one row only: no lines of holders)
        said = {}
        for x, v in zip(sub, names, strict=True):
            holds = any(w in v for w in _LINE_HOLDS)
            watches = any(w in v for w in (*_LINE_OVERSEES, *WATCHERS))
            said[x] = (
                "holds" if holds and not watches else "oversees" if watches and not holds else ""
            )
        if bare and not any(said.values()):
            return {}  # (科室 alone under headings saying no line: '牵头部门 | 配合部门' as before)
        if "holds" in said.values():
            return {x: "holds" if k == "holds" else "oversees" for x, k in said.items()}
        return {x: k or "holds" for x, k in said.items()}

    def _defence_heads(self, h: int, c: int) -> list[str]:
        """Two or more headings side by side from column ``c`` of row ``h``, each a line of
        defence of its own ('第一道防线 | 第二道防线 | 第三道防线', no heading merged over them): their
        texts; [] unless column ``c`` opens such a run (the first line's)."""
        row = self.sh.rows[h]
        run: list[str] = []
        for x in range(c, len(row)):
            v = row[x].strip()
            if not _DEFENCE_HEAD.search(squeeze(v)) or self.sh.span_end(h, x) != x:
                break
            run.append(v)
        if c and c - 1 < len(row) and _DEFENCE_HEAD.search(squeeze(row[c - 1])):
            return []  # (not the run's first column)
        return run if len(run) >= 2 else []

    def _lines_said(self, top: int, c: int, lines: dict[int, str], subs: list[str]) -> None:
        """Tells the sender which of the holder columns under a merged heading (``_defence_lines``) were
        read as holding the rows' points and which as watching them."""
        sh = self.sh
        head = squeeze(sh.rows[top][c]) if c < len(sh.rows[top]) else ""
        said = {x: squeeze(v) for x, v in zip(lines, subs, strict=True)}
        holds = "、".join(f"“{said[x]}”" for x, k in lines.items() if k == "holds")
        watch = "、".join(f"“{said[x]}”" for x, k in lines.items() if k == "oversees")
        self.issues.append(
            make_issue("HOLDER_LINES", self.rel, self.grid.name, cell_ref(top, c),
                       field=head, value=holds, other=watch or "无")
        )  # fmt: skip

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
        if t.band_levels:
            return self._band_ticked(t, row, base)
        for c, (kind, word) in t.per_column.items():
            if kind == "oversees":
                continue  # (a line watching the row's point, the same on every row: no holder)
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
            elif kind == "holds":
                # '工程管理部⏎部长　丰琲瑄' under 第一道防线: the row's 科室, post and holder (a
                # copy of the row for each holder the cell names; a 科室 alone, its post-less form)
                held = _line_cell_holders(v)
                if not held:
                    name, post = holder_and_post(v) or (v, "")
                    held = [{"title": post, "person": name}]
                for who in held:
                    out.append(replace(base, department=who.get("department") or base.department,
                                       title=who.get("title") or base.title,
                                       person=who.get("person", ""),
                                       cols={**base.cols, "person": c}))  # fmt: skip
            else:
                name, post = holder_and_post(v) or (v, "")
                out.append(replace(base, department="" if whole else word,
                                   title=post or base.title, person=name,
                                   cols={**base.cols, "person": c}))  # fmt: skip
        self.seen += len(out) - 1
        return out or [base]

    def _band_ticked(self, t: _Table, row: list[str], base: RawRisk) -> list[RawRisk]:
        """A row under holder bands over level words ('局长⏎酆蓼汀' over 高 | 中 | 低): a point of
        each holder with a '√' in his band, at the level it stands under (two levels ticked in
        one band: his point, its level left blank). A row ticking no band stays one point
        without a holder (nothing is lost)."""
        held: dict[tuple[str, str], tuple[int, list[str]]] = {}
        for c, (post, holder, level) in t.band_levels.items():
            if c < len(row) and row[c].strip() in _GRID_MARKS:
                held.setdefault((post, holder), (c, []))[1].append(level)
        out = [
            replace(base, risk_level=levels[0] if len(levels) == 1 else "", title=post,
                    person=holder, cols={**base.cols, "risk_level": c})
            for (post, holder), (c, levels) in held.items()
        ]  # fmt: skip
        self.seen += len(out) - 1 if out else 0
        return out or [base]

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


def _position_rows_agree(first: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> bool:
    """Whether a stacked grid's holder rows are the points grid's (``_position_grids``): as many,
    each agreeing on the holder cells both fill, one at least ('场长 | 覃砚昶' and '场长 | ': a
    name left blank in a later grid is the first grid's)."""
    if len(first) != len(other):
        return False
    for a, b in zip(first, other, strict=True):
        both = [(x, y) for x, y in zip(a, b, strict=True) if x and y]
        if not both or any(x != y for x, y in both):
            return False
    return True


def _position_item(text: str) -> tuple[int, str] | None:
    """A stacked grid's item heading (``_position_grids``): (its number, the field its words name:
    'risk_level' for '等级2', 'measures' for '措施2', 'risk_point' for '风险点2', '' for '2' or
    '第二项'), else None."""
    n = _band_item(text)
    if n is not None:
        return n, "risk_point" if "风险点" in text else ""
    m = _POSITION_GRID_ITEM.match(re.sub(r"\s+", "", text))
    if m is None:
        return None
    num = m.group("n")
    return (
        int(num) if num.isdecimal() else _band_item(num) or 0,
        "risk_level" if m.group("w") in ("等级", "级别") else "measures",
    )
