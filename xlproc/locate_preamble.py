"""What lies around a risk table and makes a form of it: titles, captions and section
lines, the fields and labels above a table (who fills it, whose it is, the staff lines),
the tail below it (review boxes, sign-off lines, stamps, pledges, notes), and the
assembling of a form (``_form``) or of a list's forms (``_list_forms``) from them.

A mixin of ``xlproc.locate._Locator``; split out of ``locate.py`` by
``benchmarks/split_locate.py`` (its name rules decide what goes here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from xlproc.columns import (
    IDENTITY,
    LEADERS_GROUP,
    PHONE,
    POST_ENDS,
    SURE,
    WATCHERS,
    _dept_like,
    heading_role,
    lead_share_line,
    looks_like_name,
    scope_tag_lines,
)
from xlproc.identity import (
    COUNT_NOTE,
    HAN_NAME,
    HOLDER_SPLIT,
    LABELLED,
    LEVEL_SAID_MARKS,
    LEVEL_TAIL_MARKS,
    NO_KESHI_CAPTION,
    NOT_SELF,
    NUMBERING,
    OVERSEES,
    POST_NOTE,
    POST_PAIR,
    RANK,
    REGION_END,
    SELF_NAMED,
    TIER_GROUPS,
    WATCHER_NOTE,
    caption_holder,
    caption_identity,
    caption_level,
    caption_level_said,
    caption_level_tail,
    caption_numbering,
    day_job_of_another_body,
    dept_in_title,
    field_after_post,
    heads_an_office,
    heads_the_unit,
    holder_and_post,
    is_post,
    marked_name,
    post_closes_title,
    post_holder_caption,
    post_of,
    post_spaced_rare_holder,
    roster_cell,
    self_post,
    several_names,
    sheet_department,
    shortened,
    split_dept_title,
    split_unit_title,
    squeeze,
    tier_of_post,
    titled_post,
    unit_in_title,
)
from xlproc.issues import make_issue
from xlproc.locate_base import (
    _ALL_OF_US,
    _CAPTION_PAIRS,
    _CAPTION_YEAR,
    _CONTINUED,
    _COUNT_HEADS,
    _COUNT_VALUE,
    _FILLED_INLINE,
    _FILLER,
    _FORMER_LIST,
    _GRID_CORNER,
    _HOLDER_WORDS,
    _INFO_LABEL,
    _INT_CELL,
    _LIST_ROLES,
    _MATTER_GRADE,
    _NAME_MARKS,
    _NO_ONE_HOLDER,
    _NO_ROLE,
    _NOTHING_WRITTEN,
    _NUMBERISH,
    _OTHER_SIGNER,
    _OVER_THE_UNIT,
    _OWN_FIELDS,
    _PERSONAL_LABELS,
    _PLAIN_NAME,
    _POST_MOVED,
    _POST_MOVED_BEFORE,
    _SALUTATION,
    _SALUTATION_LEAD_CELL,
    _SIGN_WORD,
    _SIGNED,
    _SIGNER_LABEL,
    _STAFF_LINE,
    _TABLE_TICKS,
    _TIER_HEADS,
    _UNIT,
    _YOUR_POST,
    RawForm,
    RawRisk,
    _addressed_holder,
    _bracketed_holders,
    _caption_holder_fields,
    _duty_texts,
    _employer_line,
    _field_with_value,
    _fields_in_line,
    _filler_leads,
    _grid_head,
    _heads_another,
    _holder_by_heading,
    _is_date,
    _is_signoff_label,
    _is_unit_label,
    _label_cells_line,
    _names_a_body,
    _numbering_style,
    _parse_fields,
    _parse_unit,
    _post_and_name,
    _post_label,
    _post_without_own_name,
    _sentence,
    _shared_holders,
    _signed_label,
    _signed_with_post,
    _signer_leads,
    _signoff_cell,
    _Table,
    _tail_label,
    _tier_from,
    _turn_dates,
    _unmarked,
    _without_own_name,
    field_of,
    group_members,
    holder_bracket,
    holders_outside_brackets,
    member_post,
    post_moved,
    roster_lookup,
    section_group,
    section_sharers,
    tab_name,
)
from xlproc.roster import TIER_WORDS
from xlproc.text import LazyRe, cell_ref, col_letter, fold, label_key

# the levels of an outline export's identity columns, the 单位 above the 科室 above the post above
# its holder above his duty (``_group_row``)
_OUTLINE_DEPTH = {"unit": 0, "department": 1, "title": 2, "person": 3, "duty": 4}
# a column whose cells never stop an outline's walk: a remark beside a level's row ('备注' over
# '2025年3月到任' on the 姓名 row)
_OUTLINE_ASIDE = re.compile(r"备注|说明|附注")
# a share of the points under a level in a block counting them ('33.3%', '50％')
_SHARE_CELL = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})?\s*[%％]\s*$")
# the small tables under a list that are blocks about its levels, and what each is said as:
# counts by level ('风险等级 | 一级 | 二级 | 三级 | 合计' over counts), a key of what each level
# means ('风险等级 | 高 | 中 | 低' over '判定标准 | …')
_LEVEL_BLOCKS = {"level_counts": "COUNT_BLOCK_BY_LEVEL", "level_key": "LEVEL_KEY_UNDER_LIST"}
# headings beside a level's that make a list's header, not a level key's ('风险点', '姓名')
_KEY_NOT_HEADS = _LIST_ROLES | {"person", "title"}
# words saying a list void or kept only to compare ('已废止', '作废', '不再执行', '已停用', '已被2025年版
# 替代', '仅供对照', '仅作参考', '历史版本，现已不用')
_VOID_LIST_WORD = re.compile(
    r"废止|作废|失效|(?:不再|停止)(?:执行|使用|适用)|停用|不适用|不用|已被替代|仅供(?:对照|比对|对比|参考)"
    r"|仅作参考|历史版本"
)
# a caption whose own subject is an old list ('原清单', '旧版清单', '以下为上一版清单', '调整前的原清单')
_OLD_LIST_SUBJECT = re.compile(
    r"(?:^|[：:、，,\s]|以下为?|附)(?:调整前的?|修订前的?)?(?:原|旧|上一?[版轮期]|往年)[^，。；（(]{0,12}?"
    r"(?:清单|表|目录|版)"
)
# a line pointing at the current list ('请按此表执行', '以此表为准', '本清单自2025年起执行，原清单同时
# 废止', '现行', '（替代2023年版）', '新版清单（旧版已废止）'): a current table's note or title
_POINTS_AT_CURRENT = re.compile(
    r"此表|本表|本清单|本版|本目录|现行|为准|请按|按此|新版|起(?:执行|施行|实施)"
    r"|同时(?:废止|作废|失效|停止执行)|(?:替代|取代|代替|替换)(?:原|旧|上|20)"
)
# (a caption may name its points for the list: '岗位廉政风险点（已废止）')
_NOUN_OF_LIST = re.compile(r"清单|表|目录|版|风险点")
# a note's opening ('注：', '说明：'): a note says what another list is, not what the table under it is
_NOTE_OPENING = re.compile(r"^(?:注|说明|备注|附注)\d*[：:]")
# a caption that is a year's list by name ('附：2023年版清单', '2023年岗位廉政风险点清单'), its year
_YEAR_LIST_CAPTION = re.compile(
    r"(?:附(?:件\d*)?[：:]?|[一二三四五六七八九十]+[、.．]|\d+[、.．])?(20\d\d)\s*年(?:度|版)?"
    r"[^（(，,。；]{0,20}?(?:清单|目录|表)"
)
_NOT_THE_YEARS_LIST = re.compile(r"以来|新增|未列|替代|取代|代替|续|补充|增补|调整|修订")
# a note repealing a year's list by name ('原2023年版清单同时废止'): a caption that is that year's list
# ('附：2023年版清单') is the repealed list's
_REPEAL_NOTE = re.compile(
    r"(20\d\d)\s*年(?:度|版)?[^，。；;,]{0,10}(?:清单|表|目录|版)[^，。；;,]{0,6}"
    r"(?:废止|作废|失效|停止执行|不再执行)"
)
# a holder line's label that says his part, no scope ('组长：…⏎组员：…', '责任领导：…', '监督人：…')
# a clause handing something to a holder ('…方面的风险由出纳　某某负责'), in a title's lines
_HELD_BY_CLAUSE = re.compile(r"由[^，,；;。由]{1,30}?(?:负责|承担)")
_ROLE_TAG = re.compile(r"组长|组员|成员|责任|负责|监督|分管|主管|领导|经办|审核|审批|复核")


# the date a repeal took effect, in a caption's own bracket ('（2025年起停止执行）', '（自2025年起作废）',
# '（已于2025年3月废止）', '（2025年1月1日起废止）', '（2025年已废止）'): the caption's, no other year's list
_REPEAL_TAKES_EFFECT = re.compile(
    r"(?:自|于|从)?\s*20\d\d\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*(?:起|开始)?\s*(?:已经?|即)?"
    r"(?:正式)?(?=废止|作废|失效|(?:不再|停止)(?:执行|使用|适用)|停用)"
)


def _says_itself_repealed(text: str) -> bool:
    """A caption telling the table under it a repealed old list kept only to compare ('附：2023年
    版原清单（已废止，仅供对照）', '原清单（2024年版，已作废）', '旧版清单', '附：2024年版清单（已停用）',
    '附：2023年版清单已废止'): its own subject the old list. Never a note ('说明：旧版清单不再执行，请按
    此表执行'), a line pointing at the current one (此表/本清单/现行/…为准), a title naming another
    list void in its brackets ('…2025年度…清单（2023年清单已废止）'), nor void words about no list
    ('（含作废票据核销）', '失效证照注销审核岗')."""
    t = squeeze(text)
    if len(t) > 60 or _NOTE_OPENING.match(t) or not _NOUN_OF_LIST.search(t):
        return False
    t = re.sub(r"已被.{0,16}?(?:替代|取代|代替|替换)", "已被替代", t)
    if _POINTS_AT_CURRENT.search(t):
        return False
    cut = min((i for i in (t.find("（"), t.find("(")) if i >= 0), default=len(t))
    head, rest = t[:cut], t[cut:]
    if _OLD_LIST_SUBJECT.search(head):
        return bool(_VOID_LIST_WORD.search(t) or re.search(r"旧版|上一?版", head))
    if not _NOUN_OF_LIST.search(head):
        return False
    head_years = set(re.findall(r"(20\d\d)\s*年", head))
    for g in re.findall(r"[（(]([^）)]*)[）)]?", rest):
        if not _VOID_LIST_WORD.search(g) or re.search(r"清单|表|目录", g):
            continue  # (a bracket naming a list: another one's, '（2023年清单已废止）')
        g = _REPEAL_TAKES_EFFECT.sub("", g)  # ('（2025年起停止执行）': when, not which list)
        years = set(re.findall(r"(20\d\d)\s*年", g))
        if head_years and years - head_years:
            continue
        if any(
            _VOID_LIST_WORD.search(item) and re.search(r"20\d\d\s*年", item)
            for item in re.split(r"[，,、；;]", g)
        ):
            continue  # ('（2023年版已废止）': that year's, maybe not this one)
        return True
    if len(set(re.findall(r"(20\d\d)\s*年", _REPEAL_TAKES_EFFECT.sub("", t)))) >= 2:
        return False
    return bool(
        re.search(
            r"(?:清单|表|目录|版)\s*[，,]?\s*(?:已经?|现已|均已)?(?:"
            + _VOID_LIST_WORD.pattern
            + ")",
            head,
        )
    )


# a list of no one in the unit ('参考目录', '参考清单', '供对照查找', '仅供参考', '不作为本单位风险点',
# '示例', '样表', '范例'): an upper-level catalogue or a sample the office pasted to look its points up
_REFERENCE_LIST = re.compile(
    r"参考(?:目录|清单|名录|名单|库|表|样表)|供(?:对照|参考|比对|对比|查阅|查找|参照)"
    r"|仅作参考|不作为本?(?:单位|局|委|院|所|中心|站|镇|乡|街道|部门|科室)?的?(?:风险点|清单|风险)"
    r"|不属于本(?:单位|局|委|院|所|中心|站|镇|乡|街道|部门)|示例|样表|范例|样例"
)
# a list made after a reference ('（参照县纪委监委参考目录制定）', '参考上级清单梳理'): the unit's own
_MADE_AFTER = re.compile(
    r"(?<![供仅])(?:参照|参考|对照|依照|按照|根据|结合)[^，。；（）()]{1,30}?"
    r"(?:制定|编制|修订|梳理|排查|拟定|形成|整理|填写|完善|查找|确定|查摆)"
)
# a note pointing at the table under it ('说明：以下为…') or over it ('注：以上为…参考目录')
_POINTS_DOWN = re.compile(r"以下|下表|下列|如下")
_POINTS_UP = re.compile(r"以上|上表|上述|上列|上面")
# words of an old list ('已废止', '旧版', '原清单', '2023年版', '已修订'): the repealed list's, though
# it is kept '仅供对照' or '仅作参考' as a reference catalogue is
_REPEAL_PROPER = re.compile(
    r"废止|作废|失效|停用|停止|不再|旧版|旧表|原(?:清单|表|目录|版)|上一?[版轮期]|历史|替代|取代"
    r"|修订|调整前|往年|20\d\d\s*年(?:度)?版"
)


# the title of the template the unit was sent, kept over the list it filled in: '附件2：岗位廉政
# 风险点排查表（样表）', '…一览表(参考样表)', '…防控卡（模板）' — the form's name, no sample of no one's
_TEMPLATE_TITLE = re.compile(
    r"^(?P<name>[^（()）]{2,60}?(?:表|清单|卡|台账))[（(](?:参考)?(?:样表|样式|式样|模板|范本)[)）]$"
)
# a later list's caption or note making its rows replace, post by post, all the rows of the posts
# it names in the list above ('说明：下表所列岗位的廉政风险点以下表为准，替换上表中该岗位的全部风险点；
# 未列入下表的岗位仍按上表执行', '三、调整后岗位风险点（所列岗位原风险点不再保留）'): the claim that it
# replaces, the words of an adjustment or of its posts, and of the old list or rows it replaces
_REPLACE_CLAIM = re.compile(
    r"替换|取代|代替|覆盖|不再保留|不再执行|停止执行|作废|废止|以[^，,。；;]{0,10}?为准"
)
_ADJUST_WORD = re.compile(r"动态调整|调整后|调整|更新|重新|修订|变更|替换|取代|代替")
_BY_POST = re.compile(r"岗位|人员|职务|所列|列入|列明|涉及|该岗|本岗")
_OLD_ROWS = re.compile(
    r"上表|前表|原表|原清单|原一览表|原[^，,。；;]{0,8}风险点|以上|上述|前述|原有"
)
# the clause of the posts the list does not name ('未列入下表的岗位仍按上表执行'): theirs stand
_UNNAMED_CLAUSE = re.compile(
    r"(?:未(?:列入|列明|列出|涉及|调整|变更|提及)|其他|其余|其它)[^，,。；;]*"
)
# the list the claim is of: the one under the line, or an adjustment's (not '以上…以…为准' of the
# list above, nor '如有调整，以…为准' of changes to come)
_FORWARD = re.compile(r"下表|本表|此表|以下|下列|调整后|更新后|动态调整|所列|列入|列明")
_IF_CLAUSE = re.compile(r"如有|如遇|若有|如需|今后|以后")
# a list adding to the old rows ('新增风险点', '补充', '原风险点继续执行'), or about levels only
_ADDS_WORD = re.compile(r"新增|补充|增补|增加|追加")
_OLD_KEPT = re.compile(r"继续(?:执行|有效|保留)|仍(?:然)?(?:有效|执行|按|适用)|保留|不变")
_LEVELS_ONLY = re.compile(r"等级|级别|风险级")
_POINTS_WORD = re.compile(r"风险点|风险内容|风险事项|全部|防控措施|内容")


# the old list repealed as a whole ('原一览表同时作废', '原清单废止'): no replacing post by post
_WHOLE_REPEAL = re.compile(
    r"原(?:一览表|清单|表|排查表|防控表)(?:同时|即行|自行|一并|即)?(?:作废|废止|失效|停止执行|不再执行)"
)


def replaces_by_post(text: str) -> bool:
    """The caption and note lines over a later list (``text``, joined) make its rows replace all
    the rows of the posts it names in the list above, the other posts standing: a claim that it
    replaces (替换, 以下表为准, 原风险点不再保留 …), said of the posts it lists or of an adjustment,
    and of the old list or its rows. Never a list adding points ('2025年新增风险点', '补充',
    the old rows kept), nor a note of levels only ('风险等级调整后以下表为准')."""
    t = squeeze(text)
    if _WHOLE_REPEAL.search(t):
        return False  # (the whole old list void, not the named posts' rows only: as before)
    kept = _UNNAMED_CLAUSE.sub("", t)  # (the posts not named stand: no keeping of the named)
    claim = _REPLACE_CLAIM.search(kept)
    if not claim:
        return False
    if _OLD_KEPT.search(re.sub(r"不再保留|不再执行", "", kept)):
        return False  # ('新增风险点，原风险点继续执行': added to)
    if _ADDS_WORD.search(t) and not re.search(r"替换|取代|代替|不再保留|全部", t):
        return False
    if not _FORWARD.search(t) or not any(
        _REPLACE_CLAIM.search(c)
        and not _IF_CLAUSE.search(c)
        and not (_LEVELS_ONLY.search(c) and not _POINTS_WORD.search(c))
        for c in re.split(r"[，,。；;]", kept)
    ):
        return False  # ('下表所列岗位风险等级调整后以下表为准': its levels, existing kinds)
    return bool(
        (_BY_POST.search(t) or _ADJUST_WORD.search(t))
        and (_OLD_ROWS.search(t) or _ADJUST_WORD.search(t))
        and (_BY_POST.search(t) or _OLD_ROWS.search(t))
    )


# a column naming outside bodies, one a row: the firms, shops or suppliers a unit serves or
# watches ('企业名称', '入园企业', '商户名称', '供应商', '监管对象（企业）'); the weaker '单位名称',
# '学校', '村' of other bodies (or the unit's own in a summary) count only with more said; no
# '所属企业', '下属公司' (the unit's own companies)
_FIRMS_HEAD = re.compile(
    r"^(?:(?!本|所属|下属|直属)[\u4e00-\u9fff]{0,4}?"
    r"(?:企业|公司|商户|经营户|个体工商户|个体户|供应商|承包商|服务商|中标人|市场主体|经营主体"
    r"|合作社|门店|店铺|商铺|药店|药房)(?:名称|名|全称)?"
    r"|(?:监管|服务|检查|帮扶)对象(?:名称)?|被(?:检查|监管)(?:企业|单位)(?:名称)?)$"
)
_BODIES_HEAD = re.compile(
    r"^(?:单位|机构|学校|幼儿园|医院|村|村居|社区|村（社区）)(?:名称|名|全称)?$"
)
# the outside body's own person: its legal representative or keeper ('法定代表人', '法人代表',
# '经营者'); the weaker '负责人', '联系人' count only with a caption saying so
_THEIR_HEAD_STRONG = re.compile(
    r"^(?:企业|公司|商户|单位|机构|对象)?(?:法定代表人|法人代表|法人|经营者|业主|店主|实际控制人)"
    r"(?:姓名)?$"
)
_THEIR_HEAD_WEAK = re.compile(
    r"^(?:企业|公司|商户|单位|机构|对象)?(?:负责人|联系人|联络人)(?:姓名)?$"
)
# a column of the unit's own staff or its post (any one: the list may be the unit's)
_OWN_STAFF_HEAD = re.compile(
    r"责任人|承办人|经办人|办理人|受理人|包保|包联|挂钩|联系领导|联系干部|监管人员|执法人员|工作人员"
    r"|^姓名$|岗位|职务|科室|股室|处室|部门|责任单位"
)
# a caption handing the list to the outside bodies ('入园企业廉洁经营风险提示清单', '…告知书')
_FIRMS_CAPTION = re.compile(
    r"(?:企业|商户|经营户|供应商|承包商|市场主体|经营主体|服务对象|监管对象|合作社)[^，。；]{0,20}?"
    r"(?:提示|告知|须知|廉洁经营|诚信经营)"
)
# a caption naming the bodies the unit's own ('所属企业', '下属公司', '直属单位', '本系统', '集团内')
_OWN_BODIES_CAPTION = re.compile(
    r"(?:所属|下属|直属|本系统|系统内|本集团|集团内|出资)[^，。；]{0,4}?(?:企业|公司|单位|学校|医院|机构)"
)
# a firm's or shop's name in a cell ('…有限公司', '…商行', '…合作社')
_FIRM_NAME = re.compile(
    r"(?:公司|集团|厂|店|超市|商行|商店|合作社|酒店|宾馆|饭店|餐厅|诊所|药房|经营部|门市部|工作室"
    r"|加油站|农场|牧场|养殖场|(?:有限|股份)?(?:责任)?公司[^，。]{0,8}分公司)$"
)


def _says_itself_reference(text: str, note: str = "") -> bool:
    """A caption, title or note telling a table a list of no one in the unit: a reference
    catalogue ('一、县纪委监委印发的…参考目录（供对照查找，不作为本单位风险点）', '附：市局参考清单（仅供
    参考）'), an example or sample ('填写示例', '样表'). A note counts only pointing at the table
    (``note`` 'down' for one above it, 'up' for one under it); never a list made after a
    reference ('本单位岗位廉政风险点（参照上级参考目录制定）'), nor a heading word ('参考风险点')."""
    t = squeeze(text)
    if len(t) > 80 or not _NOUN_OF_LIST.search(t) or not _REFERENCE_LIST.search(t):
        return False
    if (m := _TEMPLATE_TITLE.match(t)) and not _REFERENCE_LIST.search(m["name"]):
        return False  # ('附件2：岗位廉政风险点排查表（样表）': the template's title, kept)
    if _MADE_AFTER.search(t) or re.search(
        r"本单位(?:岗位)?(?:廉政|廉洁)?风险", t.split("不作为")[0]
    ):
        return False
    if _NOTE_OPENING.match(t) or note:
        return bool((_POINTS_UP if note == "up" else _POINTS_DOWN).search(t))
    return not _POINTS_AT_CURRENT.search(t)


# a sample's holder, no one ('张三', '李四', 'XXX', '某某', '×××')
_PLACEHOLDER_NAME = re.compile(r"(?:张三|李四|王五|赵六|某某|某|[Xx×＊*]{1,3})+")


def names_holders(rows: Iterable) -> bool:
    """Whether a table's rows name a holder in their own 姓名 cells ('亓澈萦'; not a sample's
    '张三' or 'XXX'): a list that applies to someone in the unit, never a reference catalogue or a
    sample of no one's (``_says_itself_reference``), whatever its caption or a note by it says."""
    return any(
        "person" in rr.cols
        and looks_like_name(name := rr.person.strip())
        and not _PLACEHOLDER_NAME.fullmatch(name)
        for rr in rows
    )


# a pledge's opening words in the first cell of a row typed across a list's cells: '全体人员承诺：',
# '本人郑重承诺', '我们承诺如下：', '本股室承诺：' (at most ten words before, a colon or nothing after;
# not '承诺人：', '承诺事项…')
_PLEDGE_OPENS = re.compile(
    r"^[^，。,;；:：\s]{0,10}?(?:郑重|庄严|公开)?承诺(?:如下)?\s*(?:[:：]|$)"
)
_PLEDGE_ENDS = ("。", "！", "!")


# a cell telling another's case as a story: someone ('某县…局长王某', '2021年…股长') sanctioned
# for it ('…被给予党内严重警告处分。', '…被立案审查。', '…被判处有期徒刑一年。')
_CASE_STORY = LazyRe(
    r"(?:被|受到|给予|予以|遭到?)[^。；;\n]{0,40}?"
    r"(?:处分|警告|记过|降级|撤职|开除|留置|审查|调查|徒刑|拘役|判刑|诫勉|免职|问责|追究)"
)
_CASE_WHO = LazyRe(r"^\s*(?:[（(]?\d{4}年|[^，,。；;\n]{0,16}某)")
# (the gate: a sheet writing none of the sanctions pays one test)
_CASE_SANCTIONS = ("处分", "审查", "调查", "徒刑", "判刑", "留置", "诫勉", "问责", "开除", "免职",
                   "警告", "记过", "撤职", "降级", "拘役", "追究")  # fmt: skip


def tells_a_case(text: str) -> bool:
    """A cell telling another's case as a story ('2021年某县自然资源局测绘股股长收受…，被给予党内
    严重警告处分。'): someone named as 某 or a year first, a sanction after."""
    return len(text) >= 12 and bool(_CASE_WHO.match(text)) and bool(_CASE_STORY.search(text))


# a post's last words, for the cheap test of a group row naming a post and its holder
_POST_LAST_WORDS = (
    "长",
    "员",
    "主任",
    "书记",
    "会计",
    "出纳",
    "干部",
    "主管",
    "经理",
    "负责人",
    "岗",
    "师",
    "秘书",
    "助理",
)


class _Preamble:
    """Methods of ``_Locator`` (``xlproc.locate``): see the module's docstring."""

    def _unit_above(self, r: int) -> str:
        """The unit a 单位 line or the title above header row ``r`` names, else ''."""
        sh = self.sh
        pre = [x for x in range(r) if sh.kind(x) != "blank"]
        return _parse_unit(sh, pre) or unit_in_title(
            "".join(sh.rows[x][c] for x in pre if sh.kind(x) == "title" for c in sh.nonempty(x))
        )

    def _caption_year(self, rows: list[int]) -> int:
        """The year a table's caption or title names ('二、2023年度岗位廉洁风险点…'), else 0."""
        if self.grid.lacks("20年"):
            return 0  # (the cheap test: a '20xx年' in the cells)
        sh = self.sh
        for r in reversed(rows):
            cols = sh.nonempty(r)
            if len(cols) == 1:
                m = _CAPTION_YEAR.search(sh.rows[r][cols[0]])
                if m:
                    return int(m.group(1))
        return 0

    def _repealed_caption(self, start: int, h: int) -> tuple[int, str, str]:
        """The caption over the heading at ``h`` when it marks the table a repealed old list kept
        only to compare ('附：2023年版原清单（已废止，仅供对照）'), or names a year a note above
        repeals ('附：2023年版清单' under '注：…原2023年版清单同时废止'): (its row, its text,
        'repealed'); or a list of no one in the unit, a reference catalogue or a sample ('一、…参考
        目录（供对照查找，不作为本单位风险点）', ``_says_itself_reference``): (…, 'reference'); else
        (-1, '', ''). Only a line or two of one short cell each counts (no note of the table above)."""
        sh = self.sh
        seen = 0
        for x in range(h - 1, max(start, h - 4) - 1, -1):
            cols = sh.nonempty(x)
            if not cols:
                continue
            if len(cols) > 2 or seen == 2:
                break
            seen += 1
            if len(cols) == 2 and all(_NOUN_OF_LIST.search(sh.rows[x][c]) for c in cols):
                continue  # ('2023年清单（已废止）' | '2025年清单': two lists' captions side by side)
            text = squeeze("".join(sh.rows[x][c] for c in cols))
            repealed = _says_itself_repealed(text)
            if repealed and _REPEAL_PROPER.search(text):
                return x, text, "repealed"
            if _says_itself_reference(text):  # ('参考清单（仅供参考）': no old list, no one's)
                return x, text, "reference"
            if repealed:
                return x, text, "repealed"
            m = _YEAR_LIST_CAPTION.fullmatch(text)
            if m and not _NOT_THE_YEARS_LIST.search(text) and self._repeal_noted(h, {int(m[1])}):
                return x, text, "repealed"
        return -1, "", ""

    def _replacing_caption(self, floor: int, h: int) -> tuple[int, str]:
        """The caption and note lines over the heading at ``h`` (below row ``floor``, the list
        above's last row) when they make this later list replace, post by post, all the rows of
        the posts it names in the list above (``replaces_by_post``): (the caption's row, its text
        — the note's where no caption), else (-1, ''). Only lines of one or two short cells."""
        sh = self.sh
        lines: list[tuple[int, str]] = []
        for x in range(h - 1, max(floor, h - 6) - 1, -1):
            cols = sh.nonempty(x)
            if not cols:
                continue
            if len(cols) > 2 or len(lines) == 3:
                break
            text = squeeze("".join(sh.rows[x][c] for c in cols))
            if len(text) > 160:
                break
            if re.match(r"(?:注|说明|备注)\d*[：:]\s*(?:以上|上表|上述)", text):
                continue  # (a note of the list above: '注：以上…')
            if (
                _NOTE_OPENING.match(text)
                and any(not _NOTE_OPENING.match(t) for _x, t in lines)
                and not re.search(r"下表|以下|下列|下述", text)
            ):
                continue  # (a note over this list's caption, of '本表' no list below: the list
                # above's own note, '说明：本表所列岗位风险点替换原清单' under it)
            lines.append((x, text))
        if not lines or not replaces_by_post("".join(t for _x, t in reversed(lines))):
            return -1, ""
        caption = [(x, t) for x, t in lines if not _NOTE_OPENING.match(t)]
        return caption[-1] if caption else lines[0]

    def _reference_note_under(self, r: int, next_h: int) -> tuple[int, str]:
        """A note right under a table's end at ``r`` telling it a list of no one in the unit
        ('注：以上为市局参考目录，不作为本单位风险点'): (its row, its text), else (-1, '')."""
        sh = self.sh
        seen = 0
        for x in range(r, min(next_h, r + 3)):
            cols = sh.nonempty(x)
            if not cols:
                continue
            if len(cols) > 2 or seen == 2:
                break
            seen += 1
            text = squeeze("".join(sh.rows[x][c] for c in cols))
            if _says_itself_reference(text, "up"):
                return x, text
        return -1, ""

    def _outside_parties(self, table: _Table, h: int, start: int, end: int) -> tuple[int, str, str]:
        """Whether the table at ``h`` (rows to ``end``) is a list of OUTSIDE bodies, one a row —
        the firms' own risks in dealing with the unit, or a 提示清单 handed to them
        ('企业名称 | 法定代表人 | 廉洁风险点 | 风险等级 | 防范措施'): its key column names the bodies,
        its only person column is theirs, no column names the unit's staff, post or 科室. Evidence
        must agree: a firms' heading and a 法定代表人/经营者 heading; a weaker heading ('单位名称',
        '负责人', '联系人') only with firms' names in its cells or a caption handing the list to
        them. (the key column, its heading, the person column's heading), else (-1, '', '')."""
        sh = self.sh
        held = table.roles.get("person")
        if held is None or {"title", "department"} & table.roles.keys():
            return -1, "", ""
        depth = max(1, table.start - h)

        def head(c: int) -> str:
            return "".join(
                "".join(sh.rows[x][c].split()) for x in range(h, h + depth) if c < len(sh.rows[x])
            )

        heads = {c: head(c) for c in table.col_role}
        if any(_OWN_STAFF_HEAD.search(v) for v in heads.values()):
            return -1, "", ""  # ('监管对象 | 监管责任人', '包保企业 | 包保责任人': the unit's own)
        who = re.sub(r"[（(][^）)]*[）)]$", "", heads.get(held, ""))
        strong_who = bool(_THEIR_HEAD_STRONG.match(who))
        if not strong_who and not _THEIR_HEAD_WEAK.match(who):
            return -1, "", ""
        keys = [
            (c, v, bool(_FIRMS_HEAD.match(k)))
            for c, v in heads.items()
            if c != held
            and (k := re.sub(r"[（(][^）)]*[）)]$", "", v))
            and (_FIRMS_HEAD.match(k) or _BODIES_HEAD.match(k))
        ]
        if not keys:
            return -1, "", ""
        key, said, firms = keys[0]
        cells = [
            v
            for x in range(table.start, end)
            if key < len(sh.rows[x]) and (v := squeeze(sh.rows[x][key]))
        ]
        named = len(cells) >= 2 and sum(bool(_FIRM_NAME.search(v)) for v in cells) >= 0.6 * len(
            cells
        )
        # another column of people's names ('监管对象 | 法定代表人 | 检查人员', '核查人', '包片干部'
        # under any heading but the bodies' own '联系人' etc.): the unit's own staff may be
        # there — the list may be the unit's
        width = max((len(sh.rows[x]) for x in range(h, end)), default=0)
        for c in range(width):
            theirs = re.sub(r"[（(][^）)]*[）)]$", "", head(c))
            if (
                c in (held, key)
                or _THEIR_HEAD_STRONG.match(theirs)
                or _THEIR_HEAD_WEAK.match(theirs)
            ):
                continue  # (the body's own second person: '法定代表人 | 联系人')
            names = [
                v
                for x in range(table.start, end)
                if c < len(sh.rows[x]) and (v := squeeze(sh.rows[x][c]))
            ]
            if len(names) >= 2 and sum(map(looks_like_name, names)) >= 0.6 * len(names):
                return -1, "", ""
        lines = [
            squeeze("".join(sh.rows[x][c] for c in sh.nonempty(x)))
            for x in range(max(start, h - 4), h)
            if 0 < len(sh.nonempty(x)) <= 2
        ]
        if any(_OWN_BODIES_CAPTION.search(v) for v in lines):
            return (
                -1,
                "",
                "",
            )  # ('县国资委所属企业…一览表': the unit's own companies, their heads its holders)
        caption = any(_FIRMS_CAPTION.search(v) for v in lines)
        if strong_who and (firms or named or caption) or caption and (firms or named):
            return key, said, heads[held]
        return -1, "", ""

    def _repeal_noted(self, h: int, years: set[int]) -> bool:
        """A note of the sheet repeals the list of one of ``years`` by name (the sheet's
        repealed years looked for once)."""
        said = self.__dict__.get("_repealed_years")
        if said is None:
            said = set()
            sh = self.sh
            for x in range(len(sh.rows)):
                cols = sh.nonempty(x)
                if len(cols) != 1:
                    continue
                v = sh.rows[x][cols[0]]
                if (
                    "废" not in v
                    and "失效" not in v
                    and "不再执行" not in v
                    and "停止执行" not in v
                ):
                    continue  # (the cheap test first)
                said |= {int(y) for y in _REPEAL_NOTE.findall(squeeze(v))}
            self.__dict__["_repealed_years"] = said
        return bool(said & years)

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
        if len(cells) >= 5 and len(cells) % 2 and _INFO_LABEL.match(cells[1]):
            # ('XX中心血站 | 文件编号 | … | 版本号 | …': the body's name, then pairs)
            cells = cells[1:]
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
        if self.grid.lacks("本人"):
            return self._addressed(rows)  # (the cheap test: a pledge's 本人 in the cells)
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
        if self.grid.lacks("致", "尊敬的", "同志", "先生", "女士"):
            return (
                "",
                None,
            )  # (the cheap test: a salutation's 致/尊敬的/同志/先生/女士 in the cells)
        sh = self.sh
        name, where = "", None
        for r in rows:
            cols = sh.nonempty(r)
            if len(cols) == 2 and _SALUTATION_LEAD_CELL.match(sh.rows[r][cols[0]]):
                # ('致： | 办公室主任鲍明远同志：' in two cells: one salutation)
                text = sh.rows[r][cols[0]].strip() + sh.rows[r][cols[1]].strip()
            elif len(cols) != 1:
                continue
            else:
                text = sh.rows[r][cols[0]]
            m = _SALUTATION.match(text) if not name else None
            if (
                m
                and not m.group(1).startswith(_ALL_OF_US)  # '各位同志：', '全体同志：': no one
                and (looks_like_name(m.group(1)) or _PLAIN_NAME.fullmatch(m.group(1)))
            ):
                name = m.group(1)
                continue
            got = _addressed_holder(text) if not name else None
            if got is not None:
                # '致：水资源股股长蒯岷翚同志：' over a 提示单's own table: his 科室 and post too
                name = got[3]
                if got[2]:
                    where = got[:3]
                    break
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
        its values), it is no point left blank. In an outline export the levels stand a row each
        (科室, then 岗位, then 姓名 over the points, OUTLINE_STAIRCASE said once): each heads
        the points its deeper rows lead down to."""
        sh, roles = self.sh, t.roles
        row = sh.rows[r]

        def filled(x: list[str], role: str) -> bool:
            c = roles.get(role)
            return c is not None and c < len(x) and bool(x[c])

        risk = ("risk_point", "description", "risk_type", "risk_level", "measures")
        own = [role for role in ("department", "title", "person", "duty") if filled(row, role)]
        if not own:
            own = [role for role in ("unit",) if filled(row, role)]  # (an outline's 单位 row)
        if not own or any(filled(row, role) for role in risk):
            return False

        def rank(roles: list[str]) -> list[str]:
            # a duty written beside its post or holder ('主任 | 负责全面工作') is of that level:
            # ranked only when it stands alone on its row
            return [x for x in roles if x != "duty"] or roles

        heads = t.header[1] if t.header else {}
        aside = {c for c, v in heads.items() if v and _OUTLINE_ASIDE.search(squeeze(v))}
        depth = max(_OUTLINE_DEPTH[role] for role in rank(own))
        steps: list[str] = []
        for x in range(r + 1, next_h):
            below = sh.rows[x]
            if not any(below):
                continue
            if filled(below, "risk_point"):
                if not any(filled(below, role) for role in (*own, *steps)) and (
                    steps or own != ["unit"]
                ):  # (a 单位 alone straight over points is no outline: as before)
                    if steps:
                        self._outline_told(t, r)
                    return True
                return False
            # an outline (staircase) export: '质量监督股' alone in 科室, then '股长' alone in
            # 岗位, then '牟溆瑭' alone in 姓名, then the points with those cells empty: a row of
            # a deeper level steps down to them; a row of this level or above ('监督员' after
            # '牟溆瑭') is the next holder's, and this one heads no point (still told)
            deeper = [role for role in _OUTLINE_DEPTH if filled(below, role)]
            if (
                not deeper
                or min(_OUTLINE_DEPTH[role] for role in rank(deeper)) <= depth
                or any(filled(below, role) for role in risk)
                or any(
                    v
                    for c, v in enumerate(below)
                    if c not in aside
                    and (
                        c not in t.col_role
                        or t.col_role[c] not in _OUTLINE_DEPTH
                        and t.col_role[c] != "seq"
                    )
                )
            ):
                return False
            steps.extend(deeper)
        return False

    def _outline_told(self, t: _Table, r: int) -> None:
        """A table read as an outline (its 科室, 岗位 and 姓名 each on a row of its own over the
        points): said once (OUTLINE_STAIRCASE)."""
        if t.row in self.outlined:
            return
        self.outlined.add(t.row)
        heads = [
            squeeze(t.header[1].get(t.roles[role], "")) or role
            for role in _OUTLINE_DEPTH
            if role in t.roles and t.header
        ]
        self.issues.append(
            make_issue("OUTLINE_STAIRCASE", self.rel, self.grid.name,
                       cell_ref(r, self.sh.nonempty(r)[0]), value="、".join(heads))
        )  # fmt: skip

    def _pledge_line(self, r: int) -> bool:
        """A lone sentence of a pledge under it ('以上承诺,保证做到,并请广大干部群众予以监督。')."""
        cols = self.sh.nonempty(r)
        text = self.sh.rows[r][cols[0]] if len(cols) == 1 else ""
        return "承诺" in text and len(text) >= 8 and text.rstrip().endswith(("。", "！", "!"))

    def _group_band(self, r: int, table: _Table) -> bool:
        """The row just over a table's heading names its column groups, each merged across the
        columns it heads ('收入（征缴）管理环节 | 责任股室及人员 | 支出（拨付）管理环节' over
        '廉政风险点 | 风险等级 | 防控措施 | 股室 | …'): the heading's upper row, no content."""
        if r != table.row - 1 or not self.grid.merges:
            return False
        cols = self.sh.nonempty(r)
        if len(cols) < 2 or any(len(self.sh.rows[r][c]) > 16 for c in cols):
            return False
        spans = {c0: c1 for r0, c0, r1, c1 in self.grid.merges if r0 == r == r1 and c1 > c0}
        last = cols[-1]
        if last not in spans and (r, last) not in self.grid.merged_into:
            # '基本信息 | 风险内容 | 其他': the last group over a single column, left unmerged
            # (review 95), after groups merged up to it
            if cols[-2] not in spans or spans[cols[-2]] != last - 1:
                return False
            spans = {**spans, last: last}
        return (
            all(c in spans and table.first <= c and spans[c] <= table.last for c in cols)
            and sum(spans[c] - c + 1 for c in cols) * 5 >= (table.last - table.first + 1) * 4
        )

    def _pledge_text(self, r: int) -> bool:
        """Row ``r`` is a pledge's words written across the form ('…郑重承诺如下'), or a
        notice's to its holder ('…你所在的副局长岗位存在以下廉政风险…')."""
        if not self._paragraph(r):
            return False
        text = self.sh.rows[r][self.sh.nonempty(r)[-1]]
        return "承诺" in text or bool(_YOUR_POST.search(text))

    def _pledge_across_cells(self, t: _Table, next_h: int) -> set[int]:
        """Rows under a list's points holding a pledge (or any such sentence) TYPED ACROSS THE
        LIST'S OWN CELLS, a piece in each and nothing merged, as tabbed in from Word: the first
        row opens, in its first filled cell, with a pledge's words ending on a colon or alone
        ('全体人员承诺： | 认真落实 | 上述防控措施， | …', '本人郑重承诺 | …', '承诺如下：'), holds three
        pieces or more and no level word under the level heading; rows going on under it with no
        序号, no level and no sign-off ('如有违反， | 自愿接受 | 组织处理。') are its too, up to the piece
        ending the sentence ('。', '！'); a run never ended is no pledge. The rows so read → no
        rows of the list (one info issue a run). A pledge in one cell merged across the form,
        '承诺人：…' and a point saying '违规承诺…' with its level are read as before."""
        if self.grid.lacks("承诺"):
            return set()  # (the cheap test: a 承诺 in the cells)
        sh = self.sh
        rows = sh.rows
        end = min(next_h, len(rows))
        # (the cheap test first: the word once in the table's text, before any cell is looked at)
        if end - t.start < 2 or "承诺" not in "\x00".join(chain.from_iterable(rows[t.start : end])):
            return set()
        roles = t.roles
        lc, sc = roles.get("risk_level"), roles.get("seq")
        level = self.config.level
        merged = self.grid.merged_into if self.grid.merges else {}
        out: set[int] = set()

        def plain(x: int) -> list[int] | None:
            """The row's filled cells if it may be a piece of the sentence: no level, no merge."""
            if x in self.repeated or x in self.skip:
                return None
            cols = sh.nonempty(x)
            row = rows[x]
            if not cols or any((x, c) in merged for c in cols):
                return None
            if lc is not None and lc < len(row) and row[lc].strip() and level(row[lc]) is not None:
                return None
            return cols

        x = t.start + 1  # (under one row of the list at least)
        while x < end:
            filled = sh.nonempty(x)
            if len(filled) < 3 or "承诺" not in rows[x][filled[0]]:
                x += 1  # (the cheap test first: ``plain`` gives these same cells or none)
                continue
            cols = plain(x)
            first = rows[x][cols[0]].strip() if cols else ""
            if not cols or len(cols) < 3 or "承诺" not in first or not _PLEDGE_OPENS.match(first):
                x += 1
                continue
            run = [x]
            text = "".join(rows[x][c].strip() for c in cols)
            y = x + 1
            while not text.endswith(_PLEDGE_ENDS) and y < end and len(run) < 5:
                more = plain(y)
                if not more:
                    break
                row = rows[y]
                head = row[more[0]].strip()
                if (sc is not None and sc < len(row) and _NUMBERISH.match(row[sc].strip())) or (
                    _signoff_cell(head) or _is_signoff_label(head) or "承诺人" in head
                ):
                    break  # (the list's next row, the signer's line: not the sentence's)
                run.append(y)
                text += "".join(row[c].strip() for c in more)
                y += 1
            if not text.endswith(_PLEDGE_ENDS):
                x += 1
                continue
            out.update(run)
            self.issues.append(
                make_issue(
                    "PLEDGE_ACROSS_CELLS", self.rel, self.grid.name, cell_ref(x, cols[0]),
                    value=text[:30], count=str(len(run)),
                )
            )  # fmt: skip
            x = run[-1] + 1
        return out

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

    def _caption_level(self, text: str) -> tuple[str, str, bool]:
        """The level a group line names ('一、一级风险点（…）' → '一级风险点'), with the count or
        colon its level words close on outside a bracket where the line is read so ('一、高风险点：
        共3个' → '高风险点', '：共3个'; ``caption_level_tail``, asked only where ``caption_level``
        reads no level and the sheet holds a mark such a tail is written with), or the level it
        says inside quotes or after 为/是/a colon ('一、风险等级为“高”的风险点' → '高';
        ``caption_level_said``, asked only where the sheet can hold 等级 or 级别): (level, tail,
        whether said so)."""
        level = caption_level(text, self.config)
        if level:
            return level, "", False
        if not self.grid.lacks(*LEVEL_TAIL_MARKS):
            level, tail = caption_level_tail(text, self.config)
            if level:
                return level, tail, False
        if self.grid.lacks(*LEVEL_SAID_MARKS):
            return "", "", False
        level = caption_level_said(text, self.config)
        return level, "", bool(level)

    def _section(self, r: int, t: _Table, carry: dict[str, str]) -> bool:
        """A lone line inside a list table naming a 科室 ('一、办公室') or a post
        ('(二)村委会主任') opens the rows below it, where the table has no such column."""
        cols = self.sh.nonempty(r)
        # ('责任岗位：局长 | | 责任人：张三': a label line split over unmerged cells, one line)
        split = _label_cells_line(self.sh.rows[r], cols)
        if len(cols) != 1 and not split:
            return False
        # '(分管副主任:夏立群)', '(共查找风险点2个)' after it
        text = COUNT_NOTE.sub("", WATCHER_NOTE.sub("", split or self.sh.rows[r][cols[0]]))
        # '一、一级风险点' over the rows of that level, where the table has no level column or
        # its level column is blank for every point (``_level_column_blank``)
        if "risk_level" not in t.roles or t.level_blank:
            level, tail, worded = self._caption_level(text)
            if level:
                if tail:
                    # '一、高风险点：共3个', '二、中风险点　4项': the count after the level words
                    # outside a bracket, read as '（共3个）' is (LEVEL_ROW_COUNT_TAIL, once a table)
                    said = carry.setdefault("_level_tails", [])  # type: ignore[arg-type]
                    said.append(
                        (cell_ref(r, cols[0]), squeeze(split or self.sh.rows[r][cols[0]]), level)
                    )  # type: ignore[union-attr]
                if worded:
                    # '一、风险等级为“高”的风险点', '三、等级：低': the level said in quotes or
                    # after 为/：, read as '一、高风险点' is (LEVEL_ROW_WORDED, once a table)
                    said = carry.setdefault("_level_worded", [])  # type: ignore[arg-type]
                    said.append(
                        (cell_ref(r, cols[0]), squeeze(split or self.sh.rows[r][cols[0]]), level)
                    )  # type: ignore[union-attr]
                if t.level_blank:
                    # (the first such row over the blank column: LEVEL_COLUMN_BLANK_BY_SECTIONS)
                    carry.setdefault(  # type: ignore[call-overload]
                        "_level_blank_at",
                        (cell_ref(r, cols[0]), squeeze(split or self.sh.rows[r][cols[0]])),
                    )
                if (
                    "_level" not in carry
                    and not any(carry.get(x) for x in ("department", "title", "person", "_lead"))
                    and not any(self.sh.nonempty(x) for x in range(t.start, r))
                ):
                    # the first line under the header a level row, no holder named yet: the
                    # levels are the outer groups, holder rows may nest in them (not the other
                    # way round: '一、局长　某某' over '（一）一级风险点')
                    carry["_levels_outer"] = "1"
                if carry.pop("_level_held", None):
                    # '二、二级风险点（一般防控）' after '（三）审核科　审核员　却沄翎''s rows: the
                    # holder rows nest in the level, so a level row ends the holder above it
                    for x in ("department", "title", "person", "duty", "workflow", "_tier"):
                        carry.pop(x, None)
                carry["_level"] = level
                t.sections = True
                return True
            if (
                carry.get("_levels_outer")
                and not {"department", "title", "person"} & t.roles.keys()
            ):
                held = _level_block_holder(text)
                if held is not None:
                    # '（一）中心领导　主任　却瑢翮' under '一、一级风险点（重点防控）', the same
                    # holders again under '二、…' and '三、…': the holder of the rows below it
                    # (to the next holder or level row), not a 部分 nor a post typed on a name
                    for x in ("department", "title", "person", "duty", "workflow", "_tier"):
                        carry.pop(x, None)
                    roles = ("department", "title", "person")
                    carry.update((k, v) for k, v in zip(roles, held, strict=True) if v)
                    carry["_level_held"] = "1"
                    t.sections = True
                    return True
        graded = False
        if "risk_level" not in t.roles or t.level_blank:
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
                if t.level_blank:
                    carry.setdefault(  # type: ignore[call-overload]
                        "_level_blank_at",
                        (cell_ref(r, cols[0]), squeeze(split or self.sh.rows[r][cols[0]])),
                    )
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
        if carry.pop("_matter_held", None):  # (the matter's bracket held its own rows only)
            for x in ("department", "title", "person"):
                carry.pop(x, None)
        carry.pop("_holders", None)  # (the holders a group line names are its own rows')
        carry.pop("_members", None)
        carry.pop("_lead", None)
        carry.pop("_section_sharers", None)
        if (
            "title" not in t.roles
            and "person" not in t.roles
            and (shared := section_sharers(text, carry.get("_sharers_known") or {}))  # type: ignore[arg-type]
        ):
            # '一、局长　酆某、副局长　褚某共同涉及', '二、局长　酆某本人涉及' over rows naming
            # no post or holder: every row under it is a point of each holder it names (the
            # first here, the others copies, ``_table``), not one post worded as the whole line
            for x in ("department", "title", "person", "duty", "workflow", "_tier"):
                carry.pop(x, None)
            carry.pop("declared_grade", None)
            (carry["title"], carry["person"]), *others = shared
            carry["_section_sharers"] = others  # type: ignore[assignment]
            group = section_group(text)
            if group and _dept_like(group):
                carry["department"] = group  # '二、药剂科（科主任　某；药师　某）': their 科室
            # (the rows under it, with their points' typed indent: ``_split_by_indent``)
            carry.setdefault("_sharer_groups", []).append((shared, []))  # type: ignore[union-attr]
            known = carry.setdefault("_sharers_known", {})  # type: ignore[arg-type]
            known.update((n, p) for p, n in shared)  # type: ignore[union-attr]
            carry.setdefault("_sharers_at", []).append(cell_ref(r, cols[0]))  # type: ignore[union-attr]
            t.sections = True
            return True
        raw = split or self.sh.rows[r][cols[0]]  # (its watcher too: '责任科室：…　分管领导：…')
        fields = _caption_holder_fields(raw) if "：" in raw or ":" in raw else {}
        if fields:
            # '以下风险点责任科室：院办　责任岗位：院长　责任人：…' over the rows of that holder
            for x in ("department", "title", "person", "duty", "workflow", "declared_grade"):
                if x not in t.roles:
                    carry.pop(x, None)
            carry.update((k, v) for k, v in fields.items() if k not in t.roles)
            t.sections = True
            return True
        if (
            raw.rstrip().endswith(("）", ")"))
            and not any(x in t.roles for x in IDENTITY)
            and (got := holder_bracket(raw)) is not None
            and {"department", "title"} & got[1].keys()
        ):
            # '一、工程建设（责任科室：工程股　责任人：股长　某某）' over rows naming no holder: the
            # matter's holder holds its rows, as a matter cell's bracket does (``_holder_cells``);
            # '一、出纳岗（责任人：李明）', naming no post nor 科室, is ``caption_holder``'s
            for x in ("department", "title", "person", "duty", "workflow", "declared_grade"):
                carry.pop(x, None)
            carry.update(got[1])
            carry["_matter_held"] = "1"
            if t.row not in self.matter_told:
                self.matter_told.add(t.row)
                self.issues.append(
                    make_issue("HOLDERS_IN_MATTER_CELL", self.rel, self.grid.name,
                               cell_ref(r, cols[0]), field="分组行", value=raw[got[0]:].strip())
                )  # fmt: skip
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
        elif (
            "person" not in t.roles
            and "title" in t.roles
            and (members := group_members(text))
            and self._members_hold_rows(r, t, members[1])
        ):
            # '一、民事审判团队：员额法官　郁澂峣，法官助理　甄琬涞', '二、第一检察部（主任　杭琬湄；
            # 检察官　单绎岚）': the group (the rows' 科室) and its members, each row below the
            # member's whose post is its 岗位 (``_table``), not one nameless form a post
            text = members[0]
            # (the posts warned of once a group row, not once a row of a post merged down)
            carry["_members"] = (members[1], cell_ref(r, cols[0]), set())  # type: ignore[assignment]
        rest, holder = caption_holder(text)
        paired = None
        if (
            not holder
            and "person" not in t.roles
            and "title" not in t.roles
            and not self.grid.lacks(*_POST_LAST_WORDS)
            and (
                paired := post_holder_caption(COUNT_NOTE.sub("", split or self.sh.rows[r][cols[0]]))
            )
        ):
            # '一、局长　某某（主持全面工作）', '二、副局长某某（分管财务）', '三、办公室主任：某某' over
            # that person's points, in a table with no 岗位 nor 姓名 column: the post and its holder
            # (POST_HOLDER_ON_GROUP_ROW), not a post with the name in it nor a 科室
            rest, holder = paired[0], paired[1]
        elif (
            not holder
            and "person" not in t.roles
            and "title" not in t.roles
            and not self.grid.lacks(*_POST_LAST_WORDS)
            and (paired := self._shaped_holder(r, split or self.sh.rows[r][cols[0]]))
        ):
            # '二、出纳　土难琤岚': a post, a space, a name of a surname no list holds, nothing but
            # the line's shape to say so (POST_HOLDER_BY_SHAPE), not the post '出纳土难琤岚'
            rest, holder = paired[0], paired[1]
        field = None
        if not holder and "title" not in t.roles and "person" not in t.roles:
            # '一、副局长　安全生产' over the points of the post overseeing that field: the post,
            # its field the rows' duty (the field is no one's name: FIELD_AFTER_POST)
            field = field_after_post(rest)
            if field:
                # (the post named as it is said, '分管安全生产副局长': two such posts are two)
                num = NUMBERING.match(field[0])
                mark = field[0][: num.end()] if num else ""
                rest = f"{mark}分管{field[1]}{field[0][len(mark) :]}"
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
            got = self._group_of_posts(r, t, got, style)
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
        if field and role == "title":
            self.issues.append(
                make_issue("FIELD_AFTER_POST", self.rel, self.grid.name, cell_ref(r, cols[0]),
                           value=(split or self.sh.rows[r][cols[0]]).strip(), post=value,
                           field=field[1])
            )  # fmt: skip
        if holder and "person" not in t.roles:  # '一、出纳岗(责任人:李明)': the post's holder
            carry["person"] = holder
            if paired and role == "title":
                self.issues.append(
                    make_issue("POST_HOLDER_BY_SHAPE" if r in self.shaped_holder_rows
                               else "POST_HOLDER_ROW_UNMERGED" if r in self.lone_holder_rows
                               else "POST_HOLDER_ON_GROUP_ROW", self.rel, self.grid.name,
                               cell_ref(r, cols[0]), value=(split or self.sh.rows[r][cols[0]]).strip(),
                               person=holder, post=squeeze(NUMBERING.sub("", rest.strip(), count=1)))
                )  # fmt: skip
        t.sections = True
        return True

    def _lone_holder_row(self, r: int, t: _Table, col: int) -> bool:
        """'一、院长　某某（主持全面工作）', '三、会计：某某' typed in the 序号 (first) cell alone,
        merged across nothing, the rest of its row blank, over that person's points in a table
        with no 岗位 nor 姓名 column: a group row of a post and its holder, as when merged across
        the table (``_section``; POST_HOLDER_ROW_UNMERGED), not the work matter of the rows under
        it. The cheap test first: a post's last word somewhere in the sheet."""
        if "title" in t.roles or "person" in t.roles or self.grid.lacks(*_POST_LAST_WORDS):
            return False
        text = self.sh.rows[r][col]
        if (
            post_holder_caption(COUNT_NOTE.sub("", text)) is None
            and self._shaped_holder(r, text) is None
        ):
            return False
        self.lone_holder_rows.add(r)
        return True

    def _shaped_holder(self, r: int, text: str) -> tuple[str, str, str] | None:
        """'二、出纳　土难琤岚', '一、站长 奚斗卢瑛琦' on group row ``r``: the post and, after a
        space, a holder whose surname no list holds, known by the line's shape alone
        (``post_spaced_rare_holder``; POST_HOLDER_BY_SHAPE) — unless a group row of the sheet
        names a post and its line of work ('一、副局长　安全生产'): there the words after a post's
        space are its field, not a name."""
        got = post_spaced_rare_holder(COUNT_NOTE.sub("", text))
        if got is None:
            return None
        if self._fields_after_posts is None:
            self._fields_after_posts = any(
                field_after_post(row[c])
                for row in self.sh.rows
                for c in range(min(len(row), 3))
                if row[c] and ("\u3000" in row[c] or " " in row[c])
            )
        if self._fields_after_posts:
            return None
        self.shaped_holder_rows.add(r)
        return got

    def _members_hold_rows(self, r: int, t: _Table, members: dict[str, list[str]]) -> bool:
        """The rows under group row ``r`` (up to the next lone line) are rows of posts: the
        roster is theirs ('员额法官' under '一、民事审判团队：员额法官　郁澂峣，…'), not a line
        of who signs or checks. Their posts need not be the roster's (a post it lists not:
        the post alone, warned, ``_group_member``; '法官' for '员额法官': ``member_post``)."""
        pc = t.roles["title"]
        rp = t.roles.get("risk_point")
        for x in range(r + 1, min(len(self.sh.rows), r + 40)):
            cols = self.sh.nonempty(x)
            if not cols:
                continue
            if len(cols) == 1 or x in self.repeated:
                return False  # (the next group row, a note: no row of a post under it)
            row = self.sh.rows[x]
            if pc < len(row) and member_post(squeeze(row[pc]), members) is not None:
                return True
            if pc < len(row) and row[pc] and rp is not None and rp < len(row) and row[rp]:
                return True  # (a row of a post the roster lists not: its own group's still)
        return False

    def _group_of_posts(
        self, r: int, t: _Table, got: tuple[str, str], style: str = ""
    ) -> tuple[str, str]:
        """'二、综合受理窗口' over rows with posts of their own ('首席代表', '窗口工作人员'): a
        caption worded like a post over a table's own post column names the group they work
        in, its 科室; over rows naming that post again it stays their post, and over rows naming
        none it is the post of each ('三、收费员' over rows with the post cell left empty). A
        group row numbered '一、' naming a body of staff by a (general) post that no row holds as
        written is their 科室 all the same ('三、嘎查协管员' over '协管员', '二、驾驶员' over '小车驾驶员');
        one that is a row's own post ('二、收费员' over '收费员'), a leader's post or one post's
        caption ('一、出纳岗') is not."""
        pc = t.roles.get("title")
        if pc is None:
            return got
        rp = t.roles.get("risk_point")
        posts = []
        for x in range(r + 1, min(len(self.sh.rows), r + 40)):
            k = self.sh.kind(x)
            if k == "blank":
                continue
            row = self.sh.rows[x]
            if k == "fields" and rp is not None and rp < len(row) and row[rp]:
                k = "other"  # ('负责人 | 国钰澍 | …' looks a label and its value: a row of points)
            if k != "other" or (x in self.repeated) or len(self.sh.nonempty(x)) == 1:
                break  # the next caption, a note, a repeated header: the group ends
            posts.append(squeeze(self.sh.rows[x][pc]) if pc < len(self.sh.rows[x]) else "")
        named = [p for p in posts if p]
        if not named:
            return ("_post", got[1]) if posts else got
        if posts[0] and not any(p in got[1] or got[1] in p for p in named):
            return ("department", got[1])  # (none of the rows is that post)
        if (
            style == "cn、"
            and squeeze(got[1]) not in named
            and not got[1].endswith(("岗", "岗位"))
            and tier_of_post(got[1]) == "general"
        ):
            return ("department", got[1])  # (a body of staff: the rows are its members)
        return got

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

    def _numbered_caption(
        self, r: int, pc: int, content: set[int], caption: bool = False
    ) -> str | None:
        """A lone short numbered line outside the risk point column ('2.预算编制', '(三)采购
        管理') heads a part of the table: its text without the number, else None. In the point's
        column too where the line is known for a caption, no point (``caption``: a title line
        merged across from it)."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1 or (cols[0] == pc and not caption):
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
        风险坐标图's beside the list are the map's; a column of cases with no heading beside it,
        ``_unheaded_cases``, is set aside once)."""
        if cols and (cols[-1] > t.last or cols[0] < t.first):
            merged = self.grid.merged_into
            m = self.beside_map
            for c in cols:
                if m is not None and r in m.rows and c >= m.left:
                    continue
                if (r, c) in self.beside_roster_cells:
                    continue  # (a roster beside keyed by the list's matter: read)
                if (c > t.last or c < t.first) and r in self._unheaded_cases(t, c):
                    continue  # (a case told beside the table, its column said once)
                if (c > t.last or c < t.first) and (r, c) not in merged:
                    self.issues.append(
                        make_issue(
                            "CELL_OUTSIDE",
                            self.rel,
                            self.grid.name,
                            cell_ref(r, c),
                            value=self.sh.rows[r][c][:60],
                            field=col_letter(t.first if c < t.first else t.last),
                            side="左侧" if c < t.first else "右侧",
                            edge="第一列" if c < t.first else "最后一列",
                        )
                    )
                    self.unplaced += 1

    def _unheaded_cases(self, t: _Table, c: int) -> frozenset[int]:
        """The rows of column ``c`` beside table ``t`` (outside its columns) whose cells tell
        others' cases as stories, where the column has NO heading (its header cells empty) and
        two or more of its cells beside the table's rows, most of those written, tell a case
        ('2021年某县自然资源局测绘股股长…被给予党内严重警告处分。'): a column of cases, no point,
        measures or stray text; said once a column (info CASE_COLUMN_UNHEADED, at its first
        case), its other cells reported as before. Empty elsewhere."""
        key = (t.row, c)
        got = self.unheaded_case_cells.get(key)
        if got is not None:
            return got
        got = frozenset()
        self.unheaded_case_cells[key] = got
        grid, rows = self.grid, self.sh.rows
        if grid.lacks(*_CASE_SANCTIONS):
            return got
        if any(c < len(rows[y]) and rows[y][c].strip() for y in range(t.row, t.start)):
            return got  # (a heading of its own: the header decides)
        merged = grid.merged_into
        written, told = 0, []
        for y in range(t.start, len(rows)):
            row = rows[y]
            if c >= len(row) or (y, c) in merged or not (text := row[c].strip()):
                continue
            if not any(row[x].strip() for x in range(t.first, min(t.last + 1, len(row)))):
                continue  # (a line below or beside the table's rows: not the column's)
            written += 1
            if tells_a_case(text):
                told.append(y)
        if len(told) < 2 or 2 * len(told) <= written:
            return got
        got = frozenset(told)
        self.unheaded_case_cells[key] = got
        first = rows[told[0]][c].strip()
        self.issues.append(
            make_issue(
                "CASE_COLUMN_UNHEADED",
                self.rel,
                grid.name,
                cell_ref(told[0], c),
                field=col_letter(c),
                value=first if len(first) <= 30 else first[:30] + "…",
                side="左侧" if c < t.first else "右侧",
                count=str(len(told)),
            )
        )
        return got

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
            if r in self.mention_rows:
                r += 1  # '协作成员' and '成员 | 部门 | 职务' under '… @鄞澐璟': ``_holders_by_mentions``
                continue
            if r in self.approval_rows:
                r += 1  # '审批记录' and '节点名称 | 审批人 | …' under an OA form: ``_approval_record``
                continue
            k = sh.kind(r)
            if k != "blank" and (after := self._point_holders_at(r, next_h)) is not None:
                r = after  # '序号 | 姓名 | 职务 | 负责风险点序号': whose the points above are
                continue
            if t_list and k != "blank" and self._roster_like_under(r + (len(sh.nonempty(r)) == 1)):
                # '附：岗位人员名单' over who holds the posts (a 分工 column too): ``_roster_below``
                break
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
                # a caption over a table of another kind (a self-check's answers to the list's
                # points: ``_without_answer_blocks``)
                r = self._other_table(r + 1, next_h, self.ledger_codes.get(r + 1, "TABLE_OTHER"))
                continue
            if (
                k != "blank"
                and r + 1 not in self.ledger_heads
                and len(sh.nonempty(r)) == 1
                and (t := self.current_table) is not None
                and self._titled_record(r + 1, t)
            ):
                # '附：2025年谈话提醒记录表' over '谈话日期 | 谈话人 | 谈话要点 | 签名', the list
                # ended at the title (``_titled_record``): the record reported once, no points
                at = r + 1
                r = self._other_table(at, next_h, self.ledger_codes[at], self.record_until[at])
                continue
            if r in self.ledger_heads or (k == "title" and r + 1 in self.ledger_heads):
                # '附：2024年县委巡察反馈问题整改台账' over '序号 | 存在问题 | … | 责任人' under the
                # list (``_heading_under_list``): the ledger reported once, its rows no points
                at = r + (r not in self.ledger_heads)
                code = self.ledger_codes.get(at, "TABLE_UNDER_LIST")
                r = self._other_table(at, next_h, code, self.record_until.get(at, 0))
                continue
            if (
                # (under a list naming no holder: the small table its rows ended at)
                (t_list or r in self.small_below or r + 1 in self.small_below)
                and k != "blank"
                and (t := self.current_table) is not None
                and (
                    self._small_table_head(r, t)
                    or (k in ("title", "fields") and self._small_table_head(r + 1, t))
                    or (
                        len(sh.nonempty(r)) == 1
                        and self._small_table_shape(r + 1, t) in _LEVEL_BLOCKS
                    )
                )
            ):
                # '人员岗位对照表' over '姓名 | 站长 | 农技员' under the list: reported once;
                # '风险等级 | 一级 | 二级 | 三级 | 合计' over counts: the list's points counted by
                # level; '风险等级 | 高 | 中 | 低' over '判定标准 | …': what each level means
                at = r + (not self._small_table_head(r, t))
                shape = self._small_table_shape(at, t)
                code = _LEVEL_BLOCKS.get(shape, "TABLE_OTHER")
                r = self._other_table(at, next_h, code, at + 1 + self.level_key_rows.get(at, 0))
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
            if r in self.skip or r in self.repeated or r in self.code_legend:
                pass  # (a legend's rows: 'A类（审批类）→制度机制' one a line under the list)
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
                if not self._stamp(r) and r not in self.unit_signoff_rows:
                    self._unplace(r)  # (the unit under the form is kept in self.stamps)
            r += 1
        return (found, filled), r

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

    def _note_goes_on(self, r: int) -> bool:
        """Row ``r`` is one more numbered item of the note above it: a lone sentence
        ('2.风险类型分为思想道德风险、……五类。')."""
        cols = self.sh.nonempty(r)
        if len(cols) != 1:
            return False
        text = self.sh.rows[r][cols[0]]
        return bool(NUMBERING.match(text)) and _sentence(text)

    def _small_table_head(self, r: int, t: _Table) -> bool:
        """Row ``r`` under a list's rows heads a small table of another kind, none of its rows
        points: short headings that are not the list's ('科室代码 | 科室名称 | 主要职能'), a
        heading over grades ('科室 | 低 | 中 | 高', '可能性＼影响 | 1 | … | 5' over counts, or
        the levels across a row labelled by the level's heading, '风险等级 | 一级 | 二级 | 三级 |
        合计' over a row of counts: ``_small_table_shape`` says 'level_counts'; over rows saying
        what each level means, '风险等级 | 高 | 中 | 低' over '判定标准 | …': 'level_key') or over posts or
        names ('姓名 | 站长 | 农技员' over '√'); the rows under it hold no point with its level
        or measures in the list's columns. A table of who holds which post ('序号 | 姓名 | 岗位 |
        联系电话') ends it too, read by ``_roster_below``, not reported."""
        return self._small_table_shape(r, t) is not None

    def _small_table_shape(self, r: int, t: _Table) -> str | None:
        """The shape of the small table row ``r`` heads (``_small_table_head``), or None."""
        sh = self.sh
        if r >= len(sh.rows) or r in self.repeated or r in self.skip:
            return None  # (the list's header again, page by page)
        row = sh.rows[r]
        cols = sh.nonempty(r)
        if not 2 <= len(cols) <= 12 or any(len(row[c]) > 12 for c in cols):
            return None  # (the cheap tests first)
        first = row[cols[0]]
        if _INT_CELL.match(first):
            return None  # numbered: a data row
        if _label_cells_line(row, cols):
            return None  # '责任岗位：局长 | 责任人：张三': labels filled in, a holder's row
        head = heading_role(sh.key(r, cols[0]))
        corner = head is None and bool(_GRID_CORNER.search(first))
        rest = cols[1:]
        level = self.config.level
        if head is not None and head.role == "risk_level" and (key := self._level_key(r, cols)):
            # '风险等级 | 高 | 中 | 低' over '判定标准 | 涉及…的 | … | …' (or '风险等级 | 判定标准'
            # over '高 | 涉及…的' …): what each level means, no points
            self.level_key_rows[r] = key
            return "level_key"
        if (
            head is not None
            and head.role == "risk_level"
            and len(rest) >= 2
            and sum(1 for c in rest if level(row[c].strip())) >= 2
            and all(level(row[c].strip()) or squeeze(row[c]) in _COUNT_HEADS for c in rest)
        ):
            # '风险等级 | 一级 | 二级 | 三级 | 合计' under the rows: the list's points counted by
            # level, the levels across one row (over a row of counts, checked below)
            shape = "level_counts"
        elif not corner and (head is None or head.strength < 2 or head.role in _LIST_ROLES):
            return None
        heads = [heading_role(sh.key(r, c)) for c in rest]
        if any(h is not None and h.strength == SURE and h.role in _LIST_ROLES for h in heads):
            return None  # '风险点 | 等级': a list's header, this one's or another's
        if head is not None and head.role == "risk_level":
            pass  # (the levels across: 'level_counts' above)
        elif not corner and all(h is not None and h.strength >= 2 for h in heads):
            if all(t.col_role.get(c) == h.role for c, h in zip(cols, [head, *heads], strict=True)):
                return None  # the list's own header, its words changed
            shape = "headings"  # (a roster among them ends the list too: ``_roster_below``)
        elif len(rest) >= 2 and all(
            _grid_head(row[c], level) is not None or squeeze(row[c]) in _COUNT_HEADS for c in rest
        ):
            shape = "counts"  # '科室 | 低 | 中 | 高 | 合计' over each 科室's numbers
        elif (
            not corner
            and head.role in ("person", "title")
            and len(rest) >= 2
            and all(is_post(sh.key(r, c)) or looks_like_name(row[c]) for c in rest)
        ):
            shape = "ticks"  # '姓名 | 站长 | 农技员' over '√'
        else:
            return None
        pc = t.roles["risk_point"]
        details = [t.roles[x] for x in ("risk_level", "measures", "risk_type") if x in t.roles]
        under = 0
        for x in range(r + 1, min(len(sh.rows), r + 6)):
            below = sh.rows[x]
            if not sh.nonempty(x) or x in self.repeated:
                break
            point = below[pc] if pc < len(below) else ""
            if len(point) > 12 and any(c != pc and c < len(below) and below[c] for c in details):
                return None  # a point with its level or measures: the list goes on
            said = [below[c].strip() for c in rest if c < len(below) and below[c].strip()]
            if shape == "counts" and not all(_INT_CELL.match(v) for v in said):
                return None  # counts only under the grades
            if shape == "level_counts" and not all(
                _INT_CELL.match(v) or _SHARE_CELL.match(v) for v in said
            ):
                if under:
                    break  # '制表：办公室 | 审核：' under the counts: the block ended
                return None  # counts (or their shares, '33.3%') only under the levels
            if shape == "ticks" and not all(v in _TABLE_TICKS for v in said):
                return None  # ticks only under the posts
            under += 1
        return shape if under > 0 else None

    def _level_key(self, r: int, cols: list[int]) -> int:
        """How many rows under row ``r`` (its first cell a level's heading) say what each level
        of the list means, or 0: the levels across the row ('风险等级 | 高 | 中 | 低', each
        level once) over rows of a short label and a text under each level ('判定标准 | 涉及
        “三重一大”事项…的 | … | …', '防控责任 | 主要领导 | 分管领导 | 股室负责人'; counts under them
        are a count block: 'level_counts'), or headings no list's ('风险等级 | 判定标准 | 管控主体')
        over rows each opening with a level, each level once ('高 | 涉及…的 | 主要领导'). The rows
        fill only the heading's columns; a sign-off line ('制表：办公室') ends them."""
        sh = self.sh
        level = self.config.level
        row = sh.rows[r]
        rest = cols[1:]
        if not rest:
            return 0
        said = [level(row[c].strip()) for c in rest]
        words = {squeeze(row[c]) for c in rest}
        across = len(rest) >= 2 and all(said) and len(words) == len(rest)  # (each level once)
        if not across:
            if any(said):
                return 0  # ('风险等级 | 高 | 中 | 合计': counts, 'level_counts')
            for c in rest:
                h = heading_role(sh.key(r, c))
                if h is not None and h.strength == SURE and h.role in _KEY_NOT_HEADS:
                    return 0  # '风险等级 | 风险点 | 防控措施', '等级 | 姓名': a list's heading
        inside, seen, under = set(cols), set(), 0
        for x in range(r + 1, min(len(sh.rows), r + 7)):
            got = sh.nonempty(x)
            if not got or x in self.repeated or not set(got) <= inside:
                break  # (a blank line, or cells beyond the key's columns: '审核：' …)
            below = sh.rows[x]
            first = below[cols[0]].strip()
            texts = [below[c].strip() for c in rest if c < len(below)]
            if not first or len(texts) < len(rest) or not all(texts):
                break
            if across:
                if (
                    len(first) > 10
                    or level(first)
                    or _INT_CELL.match(first)
                    or "：" in first
                    or ":" in first
                    or all(_INT_CELL.match(v) or _SHARE_CELL.match(v) for v in texts)
                ):
                    break  # a sign-off line, or counts under the levels (a count block)
            else:
                if len(first) > 6 or not level(first) or squeeze(first) in seen:
                    break
                seen.add(squeeze(first))
            under += 1
        return under if under >= (1 if across else 2) else 0

    def _other_table(self, r: int, next_h: int, code: str = "TABLE_OTHER", until: int = 0) -> int:
        """A table with no risk points (who is responsible for which step, say): reported
        once (``code``), its rows counted (at least to ``until``); returns the row after it."""
        sh = self.sh
        head = r
        r += 1
        while r < next_h and (r < until or sh.kind(r) in ("other", "fields")):
            r += 1
        text = " ".join(sh.rows[head][c] for c in sh.nonempty(head))
        self.other_rows.update(range(head, r))
        self.issues.append(
            make_issue(
                code,
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

    def _card_post_moved(self, said: str, at: str) -> str:
        """A card's 职务 field written old post → present post ('职　务 | 科员→副股长', '原：出纳
        现：会计'): the present post (the first where a note says the post before the arrow is
        the present one), told at the field's cell; else the field as written."""
        got = post_moved(said, bool(_POST_MOVED_BEFORE.search(self._legend)))
        if got is None:
            return said
        self.issues.append(
            make_issue("POST_MOVED_READ_PRESENT", self.rel, self.grid.name, at,
                       value=said.strip(), cells=at, other="；".join(got[1]))
        )  # fmt: skip
        return got[0]

    def _station_own_sections(self, t: _Table, rows: list[RawRisk], unit: str, part: str) -> str:
        """The unit of a township station's own list ('XX县白玛镇' + '农牧业综合服务中心', the
        title's), when its 科室 column names only the station's own parts: 股, 组, 室 or 科 (one
        股 or 组 at least) and its leaders' group ('中心领导', '站领导'), never the station itself
        nor another 站所 or 办 of the 镇 (a 镇's list naming its 财政所 keeps the convention: the
        站所 a 科室 of the 镇). Said once (UNIT_STATION_OWN_SECTIONS); '' where not so."""
        p = squeeze(part)
        if not p.endswith(_STATION_ENDS) or len(p) < 3:
            return ""
        depts = list(dict.fromkeys(d for rr in rows if (d := squeeze(rr.department))))
        if not depts or p in depts:
            return ""
        # each as the station's own part ('畜牧兽医站防疫组': its 防疫组, written after its name)
        bare = {d: d[len(p) :] if d.startswith(p) and len(d) - len(p) >= 2 else d for d in depts}
        own = [b for d in depts if (b := bare[d]).endswith(_SECTION_ENDS) and not b.startswith(p)]
        if not any(d.endswith(("股", "组")) for d in own) or any(
            bare[d] not in own and not LEADERS_GROUP.match(bare[d]) and not LEADERS_GROUP.match(d)
            for d in depts
        ):
            return ""
        for rr in rows:
            if (d := squeeze(rr.department)) and bare.get(d, d) != d:
                rr.department = bare[d]  # '畜牧兽医站防疫组' of the station: its 防疫组
        # ('XX乡人民政府畜牧兽医站': the 乡's station, named without its government's words)
        station = squeeze(_OWN_UNIT_TAIL.sub("", squeeze(unit))) + p
        dc = t.roles["department"]
        head = squeeze(t.header[1].get(dc, "")) if t.header else ""
        self.issues.append(
            make_issue("UNIT_STATION_OWN_SECTIONS", self.rel, self.grid.name, cell_ref(t.row, dc),
                       value=p, town=squeeze(unit), field=head or "科室",
                       example="、".join(NUMBERING.sub("", d) for d in own[:3]), unit=station)
        )  # fmt: skip
        return station

    def _day_job_field(self, fields: dict, post: str, unit: str) -> bool:
        """A '工作单位及职务 | 县民政局社会事务股股长' field beside '协会职务 | 秘书长' on the card of
        'XX县慈善总会' (``day_job_of_another_body``): said (CARD_DAY_JOB_SET_ASIDE), the field to be
        set aside: no unit, 科室 or post of the card."""
        text, at = fields["unit_title"]
        if not day_job_of_another_body(text, post, unit):
            return False
        self.issues.append(
            make_issue("CARD_DAY_JOB_SET_ASIDE", self.rel, self.grid.name, at,
                       value=" ".join(text.split()), field=post.strip(),
                       post_cell=fields.get("title", ("", ""))[1] or at)
        )  # fmt: skip
        return True

    def _employer_said(self, fields: dict, post: str, h: int) -> None:
        """A card's '工作单位 | 县民政局' beside '协会职务 | 秘书长' (``_employer_line``: no unit line
        of the card, its unit the title's): said once (CARD_DAY_JOB_SET_ASIDE). The cheap test
        first: a post field at all."""
        if "title" not in fields or not post:
            return
        sh = self.sh
        for r in range(h):
            cols = sh.nonempty(r)
            for i, c in enumerate(cols):
                label, at = sh.rows[r][c], c
                if len(label) > 40 or "单" not in label or "位" not in label:
                    continue
                value = (
                    re.split(r"[:：]", label, maxsplit=1)[1] if re.search("[:：]", label) else ""
                )
                if not value.strip() and i + 1 < len(cols):
                    value, at = sh.rows[r][cols[i + 1]], cols[i + 1]
                if value.strip() and _employer_line(sh, range(h), label, value):
                    self.issues.append(
                        make_issue("CARD_DAY_JOB_SET_ASIDE", self.rel, self.grid.name,
                                   cell_ref(r, at), value=" ".join(value.split()),
                                   field=post.strip(), post_cell=fields["title"][1])
                    )  # fmt: skip
                    return

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
        if title and (_POST_MOVED.search(title) or "原" in title):
            title = self._card_post_moved(title, fields.get("title", ("", ""))[1] or person_cell)
        if "dept_title" in fields:
            dept, title = split_dept_title(fields["dept_title"][0])
        if "unit_title" in fields and self._day_job_field(fields, title, unit):
            fields = {k: v for k, v in fields.items() if k != "unit_title"}
        elif "unit_title" not in fields:
            self._employer_said(fields, title, h)  # ('工作单位 | 县民政局' beside '协会职务')
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
                if place and rest and _names_own_unit(place, u) and _dept_like(rest):
                    dept = rest
        if person and title:
            title = OVERSEES.sub("", title).strip()  # '办公室副主任（分管财务）' of 张三
        tier = self._tier(t, fields, title_text, meta, dept, title)
        if tier == "middle" and not meta and heads_the_unit(title, dept, unit):
            tier = "leader"  # '所长' of 'XX县农机安全监理所', no 科室: the unit's own head
        if (
            not title
            and (not asked or post_closes_title(title_text))
            and len(_HELD_BY_CLAUSE.findall(title_text)) < 2
        ):
            # '…劳动保障所所长廉政风险防控卡' over a card naming only its holder: his post (a line
            # of several '…由出纳　某某负责，…由股长　某某负责' clauses names no one post for all)
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

    def _dept_post_unheld(
        self,
        t: _Table,
        rr: RawRisk,
        column_dept: str,
        key: tuple[str, str, str, str],
        holders: dict[str, str],
    ) -> None:
        """A post written under a 科室's column ('责任部门及岗位' over '院领导 | 医务科 | …') whose
        holder the roster under the list does not give, leaving it out or listing two for it:
        a warning naming the post's cell (the row keeps the post)."""
        x = next((x for x, d in t.post_ticks.items() if d == squeeze(column_dept)), None)
        dept, post = squeeze(key[1]), squeeze(key[2])
        twice = any(
            not name
            and k.rpartition("\x00")[2] == post
            and (not (d := k.rpartition("\x00")[0]) or d.startswith(dept) or dept.startswith(d))
            for k, name in holders.items()
        )
        self.issues.append(
            make_issue("DEPT_POST_NOT_IN_ROSTER", self.rel, self.grid.name,
                       cell_ref(rr.row, x if x is not None else rr.cols.get("title", 0)),
                       field=key[1] or column_dept, value=key[2],
                       other="列了不止一位人员" if twice else "没有列出")
        )  # fmt: skip

    def _list_forms(
        self, t: _Table, rows: list[RawRisk], unit: str, fields: dict, title_text: str, named
    ) -> list[RawForm]:
        """A list table holds many posts: one form per unit, 科室, post and holder, in order."""
        by_post: dict[tuple[str, ...], RawForm] = {}  # (and the return merged from, if any)
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
        if "unit_title" in fields and self._day_job_field(fields, f_title, unit):
            fields = {k: v for k, v in fields.items() if k != "unit_title"}
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
        if t.mail_to:  # (before the caption's, and after)
            # ('收件人：局办公室' over a list its own columns read: no 科室 of it)
            f_dept, f_title, f_person = (
                "" if v.strip() and v.strip() in t.mail_to else v
                for v in (f_dept, f_title, f_person)
            )
        f_dept = f_dept or named.get("department", "")
        f_title = f_title or named.get("title", "")
        f_person = f_person or named.get("person", "")
        if (
            f_dept
            and unit
            and squeeze(_OWN_UNIT_TAIL.sub("", unit)).endswith(_TOWNS)  # (a 镇's part in the title)
            and "department" in t.roles
            and f_dept == named.get("department")
            and (station := self._station_own_sections(t, rows, unit, f_dept))
        ):
            # 'XX县XX镇农牧业综合服务中心…一览表' whose 科室 column names the station's own 股: the
            # station is the unit, its 股 its 科室 (not the 镇's 站所 read as its 科室)
            unit, f_dept = station, ""
        if t.mail_to:  # ('收件人：局办公室' over a list its own columns read: no 科室 of it)
            f_dept, f_title, f_person = (
                "" if v.strip() and v.strip() in t.mail_to else v
                for v in (f_dept, f_title, f_person)
            )
        if t.by_mails:  # ('收件人：院办公室 <…>' over the mails: whom they were sent to, no one's)
            f_dept = f_title = f_person = ""
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
        tags_dropped: dict[str, RawRisk] = {}  # a holder's cell as written → its first row
        for rr in rows:
            # '高一　某某⏎高二　某某' beside no column of those scopes (``_holders_by_scope_tag``
            # reads those that have one): each line a holder, its tag dropped, never glued
            got = scope_tag_lines(rr.person) if "\n" in rr.person.strip() else []
            if (
                len(got) >= 2
                and not any(is_post(tag) or _ROLE_TAG.search(tag) for tag, _n in got)
                and lead_share_line(rr.person) is None  # ('第一责任人：X⏎参与：Y': their rule's)
            ):
                tags_dropped.setdefault(rr.person.strip(), rr)
                rr.person = "\n".join(dict.fromkeys(n for _tag, n in got))
        for cell, rr in tags_dropped.items():
            self.issues.append(
                make_issue("HOLDER_TAGS_DROPPED", self.rel, self.grid.name, rr.cell("person"),
                           value=cell.replace("\n", "⏎"),
                           field="、".join(tag for tag, _n in scope_tag_lines(cell)))
            )  # fmt: skip
        teams: dict[str, RawRisk] = {}
        turns: dict[str, RawRisk] = {}
        unpaired: list[tuple[RawRisk, int]] = []
        lined: list[RawRisk] = []
        shares: tuple[list[RawRisk], list[RawRisk]] = ([], [])
        dated = _turn_dates(t.header[1], t.col_role, rows, self.sh.rows) if t.header else None
        by_date = (dated[1], [], []) if dated else None
        listed: tuple[list[RawRisk], list[tuple[RawRisk, int]]] = ([], [])
        bracketed: dict[str, RawRisk] = {}
        unlisted: dict[str, RawRisk] = {}
        shared = _shared_holders(
            rows, teams, turns, unpaired, lined, shares, by_date, listed, bracketed, unlisted
        )
        if unlisted:  # '骨咄澈、骨咄沅', '阿布思琤岚　骨咄澈': said once per table
            first = min(unlisted.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_SHARED_UNLISTED", self.rel, self.grid.name,
                           first.cell("person"), value=first.person.strip().replace("\n", "⏎"),
                           count=str(len(unlisted)))
            )  # fmt: skip
        if bracketed:  # '钱珝（包巴麦村、江雄村）、夏玹（…）': said once per table
            first = min(bracketed.values(), key=lambda x: x.row)
            notes = [n for cell in bracketed for n in holders_outside_brackets(cell)[1]]
            self.issues.append(
                make_issue("HOLDERS_WITH_BRACKETED_LISTS", self.rel, self.grid.name,
                           first.cell("person"), value=first.person.strip().replace("\n", "⏎"),
                           field="；".join(dict.fromkeys(notes)))
            )  # fmt: skip
        if dated and by_date and by_date[1]:  # '排查时间 | 2025.8.14': said once per table
            first = min(by_date[1], key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_IN_TURN_BY_DATE", self.rel, self.grid.name,
                           cell_ref(t.row, dated[0]), value=t.header[1][dated[0]],
                           example=first.person.strip().replace("\n", "⏎"))
            )  # fmt: skip
        for rr in by_date[2] if by_date else ():  # a row of no date, or one no period holds
            self.issues.append(
                make_issue("HOLDER_IN_TURN_UNDATED", self.rel, self.grid.name,
                           cell_ref(rr.row, dated[0]) if dated else rr.cell("person"),
                           value=rr.person.strip().replace("\n", "⏎"))
            )  # fmt: skip
        if shares[0]:  # '主责：主任　鄂某某⏎协责：…': said once per table
            first = min(shares[0], key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_BY_LEAD_LINE", self.rel, self.grid.name, first.cell("person"),
                           value=first.person.strip().replace("\n", "⏎"))
            )  # fmt: skip
        for rr in shares[1]:  # '协责：财务股　出纳　某某' alone: who leads it?
            self.issues.append(
                make_issue("HOLDER_NO_LEAD_LINE", self.rel, self.grid.name, rr.cell("person"),
                           value=rr.person.strip().replace("\n", "⏎"))
            )  # fmt: skip
        if lined:  # '…打招呼⏎…把关不严' beside '主任⏎项目专员': said once per table
            self.issues.append(
                make_issue("HOLDER_POINT_LINES_PAIRED", self.rel, self.grid.name,
                           lined[0].cell("risk_point"), count=str(len(lined)),
                           value=lined[0].risk_point.strip().replace("\n", "⏎"))
            )  # fmt: skip
        if listed[0]:  # '一级、二级' beside '站长、会计': said once per table
            self.issues.append(
                make_issue("HOLDER_LEVELS_LISTED", self.rel, self.grid.name,
                           listed[0][0].cell("risk_level"), count=str(len(listed[0])),
                           value=listed[0][0].risk_level.strip())
            )  # fmt: skip
        for rr, held in listed[1]:  # '一级、二级、三级' beside two holders: whose is whose?
            self.issues.append(
                make_issue("HOLDER_LEVELS_LISTED_UNPAIRED", self.rel, self.grid.name,
                           rr.cell("risk_level"), value=rr.risk_level.strip(), count=str(held))
            )  # fmt: skip
        for rr, held in unpaired:  # '一级⏎二级⏎三级' beside two holders: whose is whose?
            self.issues.append(
                make_issue("HOLDER_LEVELS_UNPAIRED", self.rel, self.grid.name, rr.cell("risk_level"),
                           value=rr.risk_level.strip().replace("\n", "⏎"), count=str(held))
            )  # fmt: skip
        if turns:  # '欧霁翾（1—6月）⏎区沨珝（7—12月）': said once per table
            first = min(turns.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDERS_IN_TURN", self.rel, self.grid.name, first.cell("person"),
                           value="；".join(x.replace("\n", "⏎") for x in turns))
            )  # fmt: skip
        if teams:  # '组长：X⏎组员：Y、Z': said once per table
            first = min(teams.values(), key=lambda x: x.row)
            self.issues.append(
                make_issue("HOLDER_TEAM_HEAD", self.rel, self.grid.name, first.cell("person"),
                           value="；".join(x.replace("\n", "⏎") for x in teams))
            )  # fmt: skip
        self.seen += len(shared) - len(rows)  # a row held by two counts once per holder
        shared = self._holders_by_surname_tag(t, shared)  # '…（黄）' beside '黄立新⏎詹可'
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
        # '挂职单位及职务 | XX县人民医院副院长' where nothing above names the unit: the unit, then the
        # post (a list of cadres sent from elsewhere: their home body is no unit, _home_units_not_own)
        unit_titled = (
            not unit
            and "unit" not in t.roles
            and bool(_UNIT_AND_POST_HEAD.search(squeeze(heading)))
        )
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
                if unit_titled and not key[0] and key[2]:
                    u, _d, _p = split_unit_title(key[2])
                    rest = squeeze(key[2])[len(u) :]
                    if u and len(rest) >= 2 and is_post(rest):
                        key = posts[raw] = (u, key[1], rest, key[3])
                post = _post_without_own_name(key[2], key[0])
                if post != key[2]:  # '贡觉县人民医院副院长' in the list of 贡觉县人民医院: 副院长
                    key = posts[raw] = (key[0], key[1], post, key[3])
                several = len(depts_of.get(squeeze(key[2]), ())) > 1
                held = roster_lookup(holders, key[1], key[2], several, all_depts) if holders else ""
                if t.holder_depts and holders and key[2] and not key[3] and not held:
                    # (a 科室 column's post the roster under the list leaves out or lists twice:
                    # the post only, said)
                    self._dept_post_unheld(t, rr, raw[1], key, holders)
                if not key[3] and held and not named_column:
                    # the list of who holds which post above or below
                    key = posts[raw] = (*key[:3], held)
                    if self.moves_told is not None:  # (by a moves table: its info names it)
                        self._moves_told_more(key[1], key[2], held)
                elif key[3] and not key[2] and key[3] in self.held_posts:
                    # '站长 | 岳建军 | 专职工作人员 | 卢海燕' above a list naming only holders
                    key = posts[raw] = (key[0], key[1], self.held_posts[key[3]], key[3])
            rr.unit, rr.department, rr.title, rr.person = key
            fkey = (*key, rr.source) if rr.source else key
            f = by_post.get(fkey)
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
                f = by_post[fkey] = RawForm(
                    sheet=self.grid.name, style="list", tier=tier, unit=rr.unit,
                    department=rr.department, title=rr.title,
                    person=rr.person, declared=rr.declared, person_cell=cell_ref(rr.row, pc),
                    declared_cell=cell_ref(rr.row, rr.cols["declared_grade"]) if rr.declared else "",
                    header_row=t.row, person_asked=False, holder_column=named_column,
                    source=rr.source,
                )  # fmt: skip
            f.risks.append(rr)
        for f in by_post.values():
            f.duty_texts = _duty_texts(None, t.row, t.roles, f.risks)
        return list(by_post.values())


# a post column headed as the unit and the post in one cell ('单位及职务', '挂职单位及职务', '工作单位及
# 岗位'): its cells may name the unit first
_UNIT_AND_POST_HEAD = re.compile(
    r"单位(?:及|和|与|、|/|／)?(?:现任|担任|所任|挂职)?(?:职务|岗位)(?:名称)?$"
)
# a township's name's end, a station's after it, and the ends of a station's own parts
_TOWNS = ("镇", "乡", "街道")
_STATION_ENDS = ("站", "所", "中心", "队")
_SECTION_ENDS = ("股", "组", "室", "科")


# the words a unit's full name closes with after its place ('XX县杉坪镇人民政府' is the 杉坪镇's)
_OWN_UNIT_TAIL = re.compile(r"(?:人民政府|政府|党委|办事处)$")


def _names_own_unit(place: str, unit: str) -> bool:
    """``place``, read off the front of a 科室 as a unit's name, is the unit's own: its full name
    or that short of the county before it and the government after it ('杉坪镇' of 'XX县杉坪镇人民
    政府'). One word the two share is not ('库区巡查股' of 天峨县龙滩库区管理站: '库区' is the
    巡查股's own word, the unit is the 龙滩库区管理站)."""
    stem = _OWN_UNIT_TAIL.sub("", unit)
    if not stem.endswith(place):
        return False
    before = stem[: len(stem) - len(place)]
    return not before or before.endswith(REGION_END)


def _level_block_holder(text: str) -> tuple[str, str, str] | None:
    """A holder row nested in a level section ('（一）中心领导　主任　却瑢翮', '审核科　科长　慎琤岫',
    '站长　却沄翎'): (科室, post, name) its spaced words give, the 科室 '' where it names none; else
    None ('（一）办公室', '（二）审核科科长', a matter or a note)."""
    bare = NUMBERING.sub("", text.strip(), count=1).strip()
    parts = [x for x in re.split(r"[\s\u3000:：]+", bare) if x]
    if not 2 <= len(parts) <= 3 or len(bare) > 30:
        return None  # (the cheap test first)
    name, post = parts[-1], parts[-2]
    dept = parts[0] if len(parts) == 3 else ""
    if dept and not (_dept_like(dept) or LEADERS_GROUP.match(dept)):
        return None
    if not dept:
        dept, post = split_dept_title(post)  # '审核科科长　慎琤岫': the 科 typed on its post
    if not is_post(post) or is_post(name) or _dept_like(name) or not marked_name(name):
        return None
    return dept, post, name
