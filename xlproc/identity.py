"""Who holds which post in which unit and 科室, read from words: titles, captions, sheet tabs
and the cells that name a holder.

A sheet says these things in many ways besides its 姓名 and 科室 fields: a title naming the
unit and the post (`XX县财政局办公室主任岗位廉政风险防控表`), a caption over a card
(`二、副主任　綦若谷`), a tab (`3.综合科`), a holder written with his post (`党总支书记冷霁川`,
`报账员 毋暮云`), a pledge signed under the table. ``xlproc.locate`` finds the tables; this
module reads those words. Everything here is pure and most of it cached: the same titles and
captions come in every file of a round.
"""

from __future__ import annotations

import re
from functools import lru_cache

from xlproc.columns import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    LEADERS_GROUP,
    NOT_A_NAME,
    NOT_NAME_CHARS,
    ORG_PATH_MARKS,
    PHONE,
    POST_BRACKET_NAME,
    POST_ENDS,
    SECTION_ENDS,
    THREE_CHAR_SURNAMES,
    UNIT_LEADERS,
    WORK_TEAMS,
    _dept_like,
    _tibetan_name,
    _yi_name,
    looks_like_name,
    name_and_dept_lines,
    name_then_post,
    signed_name,
    surname_and_one,
)
from xlproc.script import as_keyed, as_written
from xlproc.text import LazyRe

# sheets that hold no form by their name: instructions, contents, summaries, covers
NOT_A_FORM_SHEET = re.compile(r"说明|须知|示例|样表|目录|汇总|统计|封面|评分|计分")

# the words that end a list's title
TITLE_ENDS = (
    "一览表", "汇总表", "清单", "排查表", "登记表", "台账", "台帐", "防控表", "自查表", "防控卡",
    "明细表", "统计表", "评估表", "识别表", "风险库", "信息库", "目录",
)  # fmt: skip


# post words → tier, longest first ('主任科员' is general, '主任' is not)
_POST_TIERS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [
            (w, "general")
            for w in """四级主任科员 三级主任科员 二级主任科员 一级主任科员 副主任科员
        主任科员 一级科员 二级科员 科员 办事员 工作人员 职员 干部 会计 出纳 专员 文员 干事 技术员
        管理员 专管员 收费员 驾驶员 执法人员 执法队员 队员 审核员 档案员 统计员 辅助人员 窗口人员 内勤
        经办人员 业务人员 班主任 教师 辅导员 四级调研员 三级调研员 二级调研员 一级调研员 调研员
        客户经理 台区经理 项目经理 班长 运行班长 现场代表 业主代表 甲方代表""".split()
        ]
        + [
            (w, "middle")
            for w in """科长 副科长 股长 副股长 队长 副队长 中队长 副中队长 大队长
        副大队长 站长 副站长 所长 副所长 处长 副处长 科室负责人 部门负责人 科室主任 办公室主任 监区长
        庭长 副庭长 台长 副台长 段长 副段长 店长 副店长
        副监区长 支局长 副支局长 病区主任
        中心主任 部长 副部长 经理 副经理 主管 主编 副主编""".split()
        ]
        + [
            (w, "leader")
            for w in """局长 副局长 党组书记 党组副书记 党委书记 党委副书记 党组成员
        党委委员 纪检组长 纪检监察组长 纪委书记 区长 副区长 县长 副县长 镇长 副镇长 乡长 副乡长
        院长 副院长 校长 副校长 总经理 董事长 主席 副主席 领导班子 班子成员 总会计师 总工程师
        检察长 副检察长 行长 副行长 园长 副园长 馆长 副馆长 社长 副社长 场长 副场长 厂长 副厂长
        总经济师 三级调研员领导 党工委书记 党工委副书记 党支部书记 党总支书记 党总支副书记 专职副书记
        总编辑 副总编辑 总审计师 总规划师 总农艺师 总畜牧师 总兽医师 总统计师 总督学 副总督学
        第一书记""".split()
        ],
        key=lambda wt: -len(wt[0]),
    )
)


_TIER_OF_WORD = dict(_POST_TIERS)
# first character → the places in ``_POST_TIERS`` of the words it opens: a post is looked for
# only the words whose first character it holds (a dozen of the hundred and more), in order
_TIERS_BY_FIRST: dict[str, list[int]] = {}
for _i, (_w, _t) in enumerate(_POST_TIERS):
    _TIERS_BY_FIRST.setdefault(_w[0], []).append(_i)


def _tier_words_in(s: str) -> list[tuple[str, str]]:
    """The (word, tier) pairs of ``_POST_TIERS`` that may occur in ``s``, in their order."""
    at = sorted(i for ch in set(s) for i in _TIERS_BY_FIRST.get(ch, ()))
    return [_POST_TIERS[i] for i in at]


_TIER_WORD_LENGTHS = sorted({len(w) for w in _TIER_OF_WORD}, reverse=True)
_STAFF_ENDS = (
    "民警",
    "法警",
    "编辑",
    "辅警",
    "文秘",
    "秘书",
    "记者",
    "主持人",
    "工作者",
    "工",
    "士",
    "师",
    "兽医",
    "医",  # '保健医', '校医', '村医'
    "医生",
    "文书",
    "司机",
    "保管",
    "保洁",
    "教练",
    "窗口",
    "助理",
)


_TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


@lru_cache(maxsize=1 << 14)
def tier_of_post(text: str, department: str = "") -> str:
    """The tier a post's title says (科长 → middle, 局长 → leader, 科员 → general), or ''; a
    post in traditional characters ('科長') by its simplified form."""
    keyed, dept_keyed = as_keyed(text), as_keyed(department)
    if keyed != text or dept_keyed != department:
        return tier_of_post(keyed, dept_keyed)
    s = text.replace(" ", "")
    if s.endswith((")", "）")):
        # '保管员（1—6号仓）', '会计（兼）': the post before the note; '财务（出纳）': the post in it
        bare = _TRAILING_NOTE.sub("", s)  # (a lone '）' has no note to take off)
        return (bare and bare != s and tier_of_post(bare, department)) or _tier_of(s, department)
    return _tier_of(s, department)


_RANKED = {"leader": 3, "middle": 2, "general": 1}
# a hospital's grades of title ('主管护师', '主管药师', '主管技师', '主管检验师'): a grade held, no post
# heading anyone, though '主管' says 'in charge'
_GRADE_TITLES = ("护师", "药师", "技师", "检验师")
# the offices of a school (or a hospital's 后勤) whose 主任 heads a part: '教务主任' is the
# 教务处's, not the school's head
_SCHOOL_OFFICES = frozenset(
    ("教务", "教导", "政教", "德育", "总务", "后勤", "教科", "教研", "学工", "安保", "保卫", "团委")
)

# the areas a body parts its work into ('工区' of a 公路养护段, '营林区' and '管护区' of a 林场, '片区',
# '库区', '监区'): their heads ('工区长', '营林区主任') head a part, no district ('区长', '副区长'
# head a 区; '社区', '园区', '开发区' are bodies of their own and no such part)
_PART_AREAS = ("工区", "片区", "林区", "管护区", "作业区", "矿区", "库区", "校区", "监区", "病区", "责任区",
               "管区")  # fmt: skip
_AREA_HEAD = LazyRe(r"^(?:常务)?副?([\u4e00-\u9fff]{1,4}区)副?(?:长|主任)$")
# the area named before its head's post ('河口工区工区长', '第一管护区副主任'): the post after it
_AREA_NAMED = LazyRe(
    r"^[\u4e00-\u9fff]{1,6}?(?:工区|片区|林区|管护区|作业区|管区)(?=(?:常务)?副?[\u4e00-\u9fff]{0,3}区)"
)


def _heads_an_area(s: str) -> bool:
    """'工区长', '副工区长', '营林区主任', '第一管护区主任', '河口工区工区长': the head of an area of
    a body ('区长', '朝阳区区长', '社区主任' are none)."""
    if not s.endswith(("区长", "主任")):
        return False
    m = _AREA_HEAD.match(s)
    if m is None and len(s) > 5 and (named := _AREA_NAMED.match(s)):
        m = _AREA_HEAD.match(s[named.end() :])  # ('河口工区工区长': the 工区长 of 河口工区)
    return bool(m) and m.group(1).endswith(_PART_AREAS) and not m.group(1).endswith("区区")


# a rank of the police's 警员职务序列 (一级至四级高级警长, 一级至四级警长, 一级、二级警员) or of its 警务技术
# 职务序列 (警务技术一级至四级主任, 一级、二级主管; '二级主任' alone) written as the post, as a roster names a
# 民警 who holds no leading post: a rank, no head of anything ('长' in '三级警长' heads no part; a
# '警长' with no 级 — a 社区's, '訾警长' — is a post as before)
_POLICE_RANK = LazyRe(
    r"(?:[一二三四]级(?:高级)?警长|[一二]级警员|(?:警务技术)?[一二三四]级主任|警务技术[一二]级主管)$"
)
# the political heads beside a body's head, tiered as that head is: a 公安局's (or a 支队's) 政委
# beside its 局长 (支队长), a 派出所's, a 看守所's or a 大队's 教导员 beside its 所长 or 大队长
_POLITICAL_HEADS = ("政治委员", "政治教导员", "政委", "教导员")
# the parts of a body that end in 局 ('局长' heads the body itself, but the 局长 of one of these
# heads a part, as a 庭长 does): a court's 执行局, a 检察院's former 反贪局 and 反渎局
_PART_BUREAUS = ("执行局", "反贪局", "反贪污贿赂局", "反渎局", "反渎职侵权局")


def _heads_a_part_bureau(before: str, department: str) -> bool:
    """A 局长 whose 局 is a part of its body: '执行局局长', '执行局长', '反贪局副局长', or a '局长' in
    the 科室 '执行局'."""
    if before:
        return before.endswith(_PART_BUREAUS) or (before + "局").endswith(_PART_BUREAUS)
    return department.endswith(_PART_BUREAUS)


def _political_tier(s: str, word: str, department: str) -> str:
    """The tier of a 政委 or a 教导员 ('副政委', '交警大队教导员', '县公安局政委'): that of the head he
    stands beside — the 长 of the body his post names ('交警大队教导员' as '交警大队长', '公安局政委' as
    '公安局长'), else of his 科室 ('教导员' under '所领导' a leader, under '交警大队' middle), else a
    政委 as a 局长 (leader) and a 教导员 as a 所长 (middle, the unit's leader where it is that 所 or
    大队: ``heads_the_unit``)."""
    before = s[: -len(word)].removesuffix("副").removesuffix("常务")
    if before and before[-1] in "局所队区院站":
        return _tier_of(before + "长", department)
    if before:
        return ""  # ('专职政委', '某某教导员'): no body named
    if department and LEADERS_GROUP.match(department) and not department.endswith("务会成员"):
        return "leader"
    if department:
        # ('特警支队', '错那镇派出所', '执行局'): the part he is the 政委 or 教导员 of; ('党委',
        # '局党委') no part: the body's own
        part = _dept_like(department) or department.endswith(_PART_BUREAUS)
        return "middle" if part and not department.endswith("党委") else "leader"
    return "leader" if word in ("政委", "政治委员") else "middle"


def _tier_of(s: str, department: str) -> str:
    if not s:
        return ""
    if "兼" in s[1:]:
        # '副所长兼会计', '副镇长兼派出所所长': the higher of the posts held, not the last one
        parts = [x for x in s.split("兼") if x]
        tiers = [_tier_of(x, department) for x in parts]
        if any(tiers):
            return max(tiers, key=lambda x: _RANKED.get(x, 0))
    if "区" in s and ("、" in s or "，" in s) and len(s) <= 24:
        # '工区长、安全员': the head of an area who holds a staff post too, the higher of the two
        parts = [x for x in re.split(r"[、，]", s) if x]
        if any(_heads_an_area(x) for x in parts):
            return max((_tier_of(x, department) for x in parts), key=lambda x: _RANKED.get(x, 0))
    if "级" in s and s.endswith(("警长", "警员", "主任", "主管")) and _POLICE_RANK.search(s):
        return "general"  # '三级警长', '刑罚执行科一级警长', '警务技术二级主任': a rank held
    if s.endswith(_POLITICAL_HEADS):
        word = next(w for w in _POLITICAL_HEADS if s.endswith(w))
        return _political_tier(s, word, department)
    if s.endswith(_GRADE_TITLES) and "主管" in s:
        return "general"  # '主管护师', '主管药师': a hospital's grade of title, no head of a part
    if s.endswith("支书") and len(s) <= 4:
        return "leader"  # '村支书', '支书': the 村's own head
    if _heads_an_area(s):
        # '工区长' of a 公路养护段's 工区, '营林区主任' of a 林场's: the head of a part, where the
        # word '区长' would make him a district's head (a 工区 that is the unit: ``heads_the_unit``)
        leads = LEADERS_GROUP.match(department) and not department.endswith("务会成员")
        return "leader" if leads else "middle"
    # the word ending the post first ('离退休干部科科长': a 科长, not a 干部), then any inside it
    ending = next(
        ((s[-k:], _TIER_OF_WORD[s[-k:]]) for k in _TIER_WORD_LENGTHS if s[-k:] in _TIER_OF_WORD),
        None,
    )
    for word, tier in (ending,) if ending else _tier_words_in(s):
        if word in s:
            if (
                tier == "leader"
                and ending
                and word.endswith("局长")
                and _heads_a_part_bureau(s[: -len(word)], department)
                and not LEADERS_GROUP.match(department)
            ):
                return "middle"  # '局长' of the court's 执行局, '执行局长': a part's head
            if (
                tier == "leader"
                and ending
                and department
                and len(s) > len(word)
                and department.endswith(s[: -len(word)])
                and word.endswith("长")
                and word.removeprefix("副")[:1] == department[-1]  # 局长 of the 执行局
                and not LEADERS_GROUP.match(department)
            ):
                return "middle"  # '执行局局长' of the court's 执行局: the head of a part
            if (
                tier == "middle"
                and LEADERS_GROUP.match(department)
                and not department.endswith("务会成员")  # (a 办公室主任 sits in the 局务会)
            ):
                return "leader"  # '部长' under '部领导': the body's own head, not a part's
            return tier
    if LEADERS_GROUP.match(department) and (s.endswith(("书记", "主席", "主任")) or "长" in s):
        return "leader"  # '常务副书记' under '工委领导': one of the body's heads
    if s.endswith(("员", "专干")) and not s.endswith(("委员", "成员", "巡视员")):
        return "general"  # 参保登记员, 稽核员: a staff post by its ending
    if s.endswith(("会长", "理事长", "秘书长")):
        return "leader"  # a 联合会's or a 红十字会's heads
    if s.endswith(_STAFF_ENDS):
        return "general"  # 火化工, 助产士, 主治医师, 官方兽医, 文书, 司机
    if s.endswith("负责人") and len(s) >= 4 and s[-4] in "房部室科股站所队组厅库点":
        return "middle"  # '药房负责人', '门市部负责人': the head of a part
    if s.endswith("长") and (len(s) >= 3 or s in ("组长", "班长")):
        return "middle"  # 护士长, 组长, 支行行长: the head of a part
    if (
        s.endswith(("岗", "经办"))
        and len(s) >= 3
        and not any(w in s for w in ("领导", "中层", "负责"))
    ):
        return "general"  # 社会救助经办岗, 窗口经办: a post no head word names
    if s.endswith(("主任", "副主任")):
        head = s[: s.rfind("主任")].removesuffix("副")
        if head and (head[-1] in "科室股队站所部处心组" or head.endswith("部门")):
            return "middle"  # ('部门主任' of a 检察院's 检察部: the head of a part)
        if head in _SCHOOL_OFFICES:
            return "middle"  # '教务主任', '总务主任': the head of a school's 处, as '教务处主任'
        leads = not department or department == "领导班子" or department.endswith("领导")
        return "leader" if leads else "middle"  # '室领导', '局领导': the body's own heads
    return ""


# a bracket after a post naming a 科室 not the holder's own now: former, seconded, posted
_NOT_OWN_DEPT = re.compile(
    r"^\s*(?:原|曾|前|借调|抽调|挂职|派驻|驻|下派|兼|兼任|代管|分管|协管|负责|联系)"
)
_POST_BRACKET_DEPT = LazyRe(r"^\s*([^()（）]{2,12}?)\s*[(（]\s*([^()（）]{2,16})\s*[)）]\s*$")
_DEPT_DASH_POST = re.compile(r"^\s*([^-－—–/／]{2,16}?)\s*[-－—–/／]+\s*([^-－—–/／]{2,16})\s*$")


def shortened(short: str, full: str) -> bool:
    """'水政股' of '水政监察股': the same first and last characters, the rest in order;
    '综治办' of '综合治理办公室' (办 stands for 办公室)."""
    if short.endswith("办") and full.endswith("办公室"):
        short += "公室"
    if not short or not full or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


SYMBOL = re.compile(
    r"[\dA-Za-zＡ-Ｚａ-ｚ★☆▲△●○◆◇■□]{1,5}级?|[一二三]级"
)  # a level written as a symbol: 3, A, ★★


def is_post(text: str) -> bool:
    """A post's name: a tier's word in it or a post's ending ('科员', '文书', '站长'); in
    traditional characters ('股長', '會計') by its simplified form."""
    text = as_keyed(text)
    return bool(tier_of_post(text)) or text.endswith(POST_ENDS)


# an organisation path in one cell, as a system's export prints a row's holder ('内乡县统计数据
# 管理中心 > 数据审核科 > 科长 > 谯珣蘅'): only separators no post or name is written with ('-' is
# not one: '财务科-出纳'); '/' and '\' never after ':' (no 'D:\…', no 'http://…')
_ORG_PATH_SEP = re.compile(r"\s*(?:[>＞›»→／]|(?<![:：/])[/\\](?![/\\]))\s*")
_ORG_PATH_PART = re.compile(r"[\u4e00-\u9fff·（）()]{2,24}")
# a part with ASCII letters or digits in it ('XX县财政局', '第2党支部'): two Chinese characters beside them
_ORG_PATH_PART_ASCII = re.compile(
    r"(?=(?:.*[\u4e00-\u9fff]){2})[\u4e00-\u9fff·（）()A-Za-z0-9]{2,24}"
)
# the last part naming more than one holder ('李四、赵六'): split as a holder's cell is
_ORG_PATH_NAMES = re.compile(r"\s*[、,，;；]\s*")
_ORG_PATH_NARROW = frozenset(">＞›»→")  # (a two-part path only by these: '岗位职责/审批' is none)
# a unit's kind ending its name: a first part so, nothing but the post after it, is the unit
_ORG_PATH_UNIT_ENDS = ("中心", "局", "院", "委", "所", "站", "馆", "队", "公司", "政府", "办事处")
_ORG_PATH_PLACE = re.compile(r"[省市县区州旗镇乡]")


@lru_cache(maxsize=1 << 12)
def org_path(text: str) -> tuple[str, str, str] | None:
    """(科室, post, person) of an organisation path in one cell, deepest last ('单位 > 科室 > post
    > name'; '单位 > 中心领导 > 主任 > 某某' the leaders' group its 科室; '… > 数据审核科 > 科长' no
    one named): None for anything else ('受理→审核→审批' ends in no post, '岗位职责/审批' has two
    parts and a slash). The unit first in the path is dropped: a part before the 科室, or alone
    before the post one whose name is a place's and ends in a unit's kind ('内乡县…中心')."""
    if not ORG_PATH_MARKS.intersection(text):  # (the cheap test)
        return None
    parts = _ORG_PATH_SEP.split(text.strip())
    person = ""
    if len(parts) >= 3 and (
        VACANT.match(parts[-1]) or several_names(_ORG_PATH_NAMES.split(parts[-1]))
    ):
        # '… > 会计 > 李四、赵六' two holders, '… > 会计 > （空缺）' a vacancy: the last part as a
        # holder's cell, split (or read as vacant) as one is
        person = parts.pop()
    if not 2 <= len(parts) <= 6 or not all(
        _ORG_PATH_PART.fullmatch(x) or _ORG_PATH_PART_ASCII.fullmatch(x) for x in parts
    ):
        return None
    if len(parts) + bool(person) == 2 and not _ORG_PATH_NARROW.intersection(text):
        return None
    if any(x.count("（") + x.count("(") != x.count("）") + x.count(")") for x in parts):
        return None  # ('某某（科员→副股长）': an arrow inside a bracket parts no path)
    if not person and looks_like_name(parts[-1]) and not is_post(parts[-1]):
        person = parts.pop()
    if not parts or not is_post(parts[-1]) or looks_like_name(parts[-1]):
        return None
    if len(parts) + bool(person) < 3 and not _ORG_PATH_NARROW.intersection(text):
        return None
    post = parts.pop()
    if parts and (
        len(parts) == 1
        and parts[0].endswith(_ORG_PATH_UNIT_ENDS)
        and _ORG_PATH_PLACE.search(parts[0])
    ):
        parts.pop(0)  # (the unit itself: no 科室)
    return (parts[-1] if parts else "", post, person)


HAN_TEXT = re.compile(r"[\u4e00-\u9fff]{2}")


# a holder's cell naming no one: a vacancy ('空缺', '(待配备)') or a headcount ('共8人', '若干')
_GROUP = re.compile(r"^\s*(?:各|全体|所有|相关|其他)\S{1,10}\s*$")


VACANT = re.compile(
    r"^\s*[(（\[【]?\s*(空缺|暂缺|缺员|缺编|空岗|待配备|待配|待补|待定|暂无|无|若干|全体|全员|多人|"
    r"共?\s*[\d一二三四五六七八九十两]+\s*[人名])\s*[)）\]】]?\s*$"
    # a post and its headcount in the holder's cell: '执法队员(6人)'
    r"|^[^()（）\d]{1,10}[(（]\s*共?\s*[\d一二三四五六七八九十两]+\s*[人名]\s*[)）]\s*$"
)


_POST_SPACE_NAME = re.compile(r"^\s*(\S.*?)\s+(\S+)\s*$", re.S)


_COMRADE = LazyRe(r"^\s*([\u4e00-\u9fff]{2,4}?)\s*(?:同志|的)\s*(?:个人)?(?:岗位)?(?:廉政|廉洁)")


# '本人樊志鹏,在训练科田径教练员岗位上': a name, then where the post is
# a B角 or second holder left open: '未设', '暂未设置', '互为AB角'
NO_ONE = re.compile(r"^(?:暂?未设(?:置)?|未定|暂不设|互为[AB]{2}角|[AB]角互补|不设)$")


# what a named holder's post is in charge of: '副乡长（分管林业）', '科员（负责出纳）'; without a
# holder it tells two posts apart, and '（负责人）' is a post
OVERSEES = re.compile(r"\s*[(（]\s*(?:分管|负责(?!人))[^()（）]{1,30}[)）]\s*$")


NOT_HOLDER_HEAD = ("分管", "领导", "监督", "B岗", "B角", "备岗", "协管", "联系")


# a post's holders named by the first of them and how many more: '厍骞璆等6人', '某某 等 3 名'
_AND_OTHERS = LazyRe(r"\s*等\s*(?:[\d一二三四五六七八九十两]+\s*[人名](?:同志)?|人|同志)\s*$")
_HEADCOUNT = re.compile(
    r"\s*[(（]\s*共?\s*[\d一二三四五六七八九十两]+\s*[人名]\s*[)）]\s*$|(?<=[^\d\s])\s*\d{1,2}\s*人$"
)


def oversees_line(text: str) -> bool:
    """'分管工作 | 办公室、预算股', '分 管：…', '岗 位 职 责 | …': what a post does or oversees, not a
    caption naming it ('分管城建副镇长' is the post)."""
    t = squeeze(text)
    if not _DUTY_START.match(t):
        return False
    head = re.split(r"[:：]", t, maxsplit=1)[0]
    return not is_post(head)  # '分管副局长：王建国': the post


_DUTY_START = re.compile(r"^(?:分管|主要职责|岗位职责|工作职责|职责|主要工作|负责(?!人))")


GROUP_ROLES = frozenset(
    {"组长", "副组长", "成员", "组员", "委员", "主任委员", "副主任委员", "召集人"}
)


# a party committee ('中共XX县委', 'XX市委'): its 委员会 has an 办公室 of its own ('…编制委员会办公室')
_PARTY_COMMITTEE = LazyRe(
    r"(?:[县市区州旗]委|中共).*(?:机构编制|网络安全和信息化|财经|外事工作|全面深化改革|依法治|审计|农村工作|国家安全|保密)"
    r"|政协|政治协商会议|共青团"
    # a county's standing committees whose office does their work ('关心下一代工作委员会办公室')
    r"|(?:关心下一代|老龄|妇女儿童|安全生产|食品安全|国防动员|双拥|爱国卫生|精神文明建设|未成年人保护|绿化"
    r"|森林防火|护林防火|防汛抗旱)"
    r"(?:工作)?委员会$"
)


# the same committees by their short names: '关工委办公室' is the committee's office, a unit
_SHORT_COMMITTEE = ("关工委", "老龄委", "妇儿工委", "文明委", "食安委", "爱卫会")


def _office_is_unit(before: str) -> bool:
    """An 办公室 after ``before`` is a unit of its own: the office of a party or standing
    committee ('县委机构编制委员会办公室', '关心下一代工作委员会办公室'), not a 委's 科室
    ('卫生健康委员会办公室')."""
    return bool(
        (before.endswith("委员会") and _PARTY_COMMITTEE.search(before))
        or before.endswith(_SHORT_COMMITTEE)
        # '…县防汛抗旱指挥部办公室': the county's headquarters' office, not a 局's ('…局…指挥部办公室')
        or bool(re.search(r"[县区市旗州][^局委]{2,12}指挥部$", before))
    )


def heads_the_unit(title: str, dept: str, unit: str) -> bool:
    """A post heading the unit itself, no part of it: '所长', '副站长', '大队长' with no 科室 (or
    the unit's own leaders, '站领导') where the unit is that 所, 站 or 大队."""
    if dept and not LEADERS_GROUP.match(dept):
        return False
    post = squeeze(title).removeprefix("副").removeprefix("常务副")
    if post in ("教导员", "政治教导员"):
        # a 派出所's, a 看守所's, a 大队's own 教导员, beside its 所长 or 大队长
        return squeeze(unit).endswith(("所", "大队", "支队"))
    if post in ("中心主任", "中心副主任") or (post == "主任" and not dept):
        return squeeze(unit).endswith("中心")  # the 中心's own 主任 ('…政府采购中心')
    if not post.endswith("长") or len(post) < 2:
        return False
    head = post[:-1]  # '所', '站', '大队', '台'
    u = squeeze(unit)
    if head == "队" and u.endswith(("大队", "支队")):
        return False  # '队长' in a 大队: the head of one of its teams
    return bool(head) and u.endswith(head) and len(head) <= 2


def heads_an_office(title: str, unit: str) -> bool:
    """'党政办主任' where the unit is a 镇: the head of one of its 办, not of the unit ('乡村振兴办主任'
    of 'XX县乡村振兴办公室' heads the unit)."""
    i = title.rfind("主任")
    head = title[:i].removesuffix("副") if i > 0 else ""
    if not head.endswith("办"):
        return False
    u = squeeze(unit)
    if not u or head in u or shortened(head, u):
        return False
    it = iter(u)  # '扶贫办' of 'XX县扶贫开发办公室', '人防办' of '…人民防空办公室': the unit itself
    return not (u.endswith("办公室") and all(ch in it for ch in head[:-1]))


COUNT_NOTE = re.compile(r"\s*[(（][^()（）]{0,12}\d+\s*[个项条处][^()（）]{0,12}[)）]\s*$")


TAB_NUMBER = re.compile(r"^(?:[(（]\d{1,3}[)）]|\d{1,3}[.、．\-_]?)")


SELF_NAMED = LazyRe(
    r"^\s*本人\s*[:：]?\s*([\u4e00-\u9fff·]{2,10}?)\s*(?:同志\s*[,，、]?|[,，、])?\s*"
    r"(?<=[,，、志])(?:在|现任|担任|系|是|作为|现为)[^,，。;；]{0,30}?"
    r"(?:岗位|职务|科|股|室|站|所|队|办|中心|局)"
    r"|^\s*本人\s*[:：]?\s*([\u4e00-\u9fff·]{2,10}?)\s*(?:现任|担任|系|作为|现为)"
)


# where a pledge's writer says he works: '系XX县生态环境监测站现场监测室采样员。'
_SELF_POST = LazyRe(
    r"(?:在|现任|担任|系|是|作为|现为)\s*([^,，。;；:：]{2,40}?)\s*(?:岗位上?|职务|一职)?\s*(?:[,，。;；]|$)"
)


@lru_cache(maxsize=1 << 12)
def self_post(text: str) -> tuple[str, str, str] | None:
    """(unit, 科室, post) a pledge's first sentence names after 系 / 在 / 现任, else None."""
    m = _SELF_POST.search(text)
    if not m:
        return None
    where = squeeze(m.group(1)).removeprefix("本单位").removeprefix("我单位")
    if (
        any(w in where for w in ("一名", "一个", "、", "的", "从事", "分管", "党员"))
        or where.endswith(("工作", *_STATUS))
        or re.search(r"负责(?!人)", where)
    ):
        return None  # '是一名共产党员', '党组书记、局长', '在办公室从事会计工作': no one post
    unit = unit_in_title(where)
    rest = where[len(unit) :] if unit and where.startswith(unit) else where
    got = None
    if not unit and where[:1] in _BARE_LEVEL and len(where) >= 6:
        got = _bare_level_unit(where)  # ('系县人民医院药剂科科长': the county's hospital)
    unit, (dept, post) = (got[0], got[1:]) if got else (unit, split_dept_title(rest))
    if post.startswith("任") and dept:
        post = post[1:]  # '在财务股任出纳'
    if not post or not is_post(post) or _dept_like(post) or looks_like_name(post):
        return None
    return unit, dept, post


# what a pledge's writer may say he is that is no post
_STATUS = ("公务员", "公职人员", "领导干部", "人民教师", "人民法官", "人民警察", "团员", "党员")


NOT_SELF = {"郑重", "严格", "坚决", "自愿", "一直", "始终", "长期", "目前", "现在", "已经", "将在",
             "平时", "常年", "甘愿", "时刻", "全力", "一贯", "一向", "素来", "历来", "多年", "今后",
             "自觉", "主动", "务必", "必须", "愿意", "承诺", "保证"}  # fmt: skip


# where a level word stands between the three levels: '较高' under 高 and over 中, '一般' and
# '较低' over 低 (the vocabulary reads each alone: 较高 as Ⅱ级, 一般 as Ⅲ级)
_BETWEEN = {"较高": 1.5, "一般": 2.5, "较低": 2.5}


_WRITTEN_STEP = re.compile(
    r"(?:[ⅠⅡⅢⅣ]|I{1,3}|IV|[一二三四1-4])级?"
)  # 'Ⅱ级', '二级': a step by number


def three_steps(words: set[str], level) -> dict[str, str] | None:
    """Three level words of one column that the vocabulary reads as two levels, but that stand
    in a clear order ('较高/中/低', '高/一般/低'): the top, the middle and the bottom step."""
    read = {w: level(w) for w in words}
    if None in read.values() or len(set(read.values())) == 3:
        return None
    if any(_WRITTEN_STEP.fullmatch(w) or SYMBOL.fullmatch(w) for w in words):
        return (
            None  # 'Ⅱ级 | 较高 | Ⅲ级': a step written out is that step, the others as the words say
        )
    rank = {
        w: _BETWEEN.get(w.removesuffix("风险"), "ⅠⅡⅢ".index(lv[0]) + 1) for w, lv in read.items()
    }
    if len(set(rank.values())) < 3 or min(rank.values()) > 1.5 or max(rank.values()) < 3:
        return None  # '中/较低/低', '高/较高/中': not the top to the bottom, no scale of three
    ordered = sorted(words, key=rank.__getitem__)
    return dict(zip(ordered, ("Ⅰ级", "Ⅱ级", "Ⅲ级"), strict=True))


# '鹤汀县广电网络有限公司欧阳辰同志岗位廉洁风险防控卡': the holder after the unit's name
_COMRADE_AFTER = LazyRe(
    r"(?:公司|局|站|所|中心|院|校|委|办|队|部|科|股|室|政府|镇|乡|村|[)）])\s*([\u4e00-\u9fff·]{2,5}?)\s*同志"
)


def holder_in_title(text: str) -> str:
    """'周立新同志岗位廉政风险防控卡', '…防控卡(营林科技术员　韩立新)': the holder a personal
    form's title names, else ''."""
    m = _COMRADE.match(text) or _COMRADE_AFTER.search(text)
    if m and looks_like_name(m.group(1)):
        return m.group(1)
    m = TITLE_BRACKET_HOLDER.search(text)
    return m.group(2) if m and looks_like_name(m.group(2)) else ""


# words a title puts after a post that read like names: '…科员相关廉政风险', '…全体…'
_TITLE_WORDS = frozenset({"相关", "全体", "公示", "公开", "谈话", "明细", "明白", "情况", "流程", "自查",
                          "信息", "个人", "本人", "重点", "关键", "主要"})  # fmt: skip


@lru_cache(maxsize=1 << 12)
def post_and_holder_in_title(text: str) -> tuple[str, str, str] | None:
    """'XX县土地储备中心副主任麦芷沅廉政风险防控卡': (科室, post, holder) a personal form's title
    names after its unit ('…中心收储股股长韦昱珩…' → ('收储股', '股长', '韦昱珩')), else None;
    a holder of a surname no list holds glued after the post whole (``rare_holder_in_title``)."""
    return rare_holder_in_title(text) or _listed_holder_in_title(text)


@lru_cache(maxsize=1 << 12)
def _title_rest(text: str) -> str | None:
    """What a personal form's title writes between its unit and the form's words, ``同志`` and
    '的' taken off ('…水务局副局长郁都甄澜岗位…' → '副局长郁都甄澜'), else None."""
    m = _TITLE_CUT.search(text)
    if not m:
        return None  # '…副局长自查表': no title's words to end the name
    if holders_in_title(text):
        return None  # '…站长葛翯渟、副站长奚瀞岚…': several holders, no one's card
    head = re.sub(r"\s+", "", text[: m.start()])
    head = head.removesuffix("的").removesuffix("同志")
    unit = unit_in_title(text)
    if not unit or not head.startswith(unit) or len(head) - len(unit) < 4:
        return None
    return head[len(unit) :]


def _clean_title_post(post: str) -> bool:
    """A post as a title writes it before its holder: ending on a post's last word ('副局长',
    '股长', '会计'), no name, no 科室 ('副局长郁' ends on a name's first character)."""
    return (
        len(post) >= 2
        and (as_keyed(post).endswith(_UNSPACED_POST_ENDS) or post in _TITLE_SET)
        and is_post(post)
        and not looks_like_name(post)
        and not _dept_like(post)
    )


@lru_cache(maxsize=1 << 12)
def rare_holder_in_title(text: str) -> tuple[str, str, str] | None:
    """A personal form's title gluing its holder after the post, the holder of a surname no list
    holds ('…水务局副局长郁都甄澜岗位廉政风险防控卡', '…林业局站长万纽于翀…', '…局股长骨咄沅同志岗位…'):
    (科室, post, holder) with the whole name — three to five Han characters ``labelled_rare_name``
    takes (no character of posts or work, no post, 科室, field of work, vacancy or no one) — where
    the listed reading cuts it at a listed surname inside it and leaves the post ending on the
    name's first one or two characters ('副局长郁' | '都甄澜', '副局长万纽' | '于翀'), or reads no
    holder at all ('副局长骨咄沅'); the post before it ends on a post's last word. None where the
    listed reading's post ends so already ('局长乌丸翀': 乌 + 丸翀, read whole) or no such cut is."""
    got = _listed_holder_in_title(text)
    if got is not None:
        dept, post, name = got
        if _clean_title_post(post):
            return None
        for k in (1, 2):
            whole = post[-k:] + name
            if _clean_title_post(post[:-k]) and 4 <= len(whole) <= 5 and labelled_rare_name(whole):
                return dept, post[:-k], whole
        return None
    rest = _title_rest(text)
    if rest is None:
        return None
    for n in (3, 4, 5):
        name, post = rest[-n:], rest[:-n]
        if not _clean_title_post(post) or not labelled_rare_name(name) or name in NOT_A_NAME:
            continue
        dept, title = split_dept_title(post)
        if title and _clean_title_post(title):
            return dept, title, name
    return None


@lru_cache(maxsize=1 << 12)
def _listed_holder_in_title(text: str) -> tuple[str, str, str] | None:
    """``post_and_holder_in_title`` by the listed surnames: the holder the shortest name that
    ``looks_like_name`` takes before the form's words."""
    rest = _title_rest(text)
    if rest is None:
        return None
    # ('站长赫连望川': a compound surname's four characters before the three that end in 连望川)
    for n in (4, 3, 2) if rest[-4:-2] in COMPOUND_SURNAMES else (3, 2, 4):
        name, post = rest[-n:], rest[:-n]
        if (
            len(post) < 2
            or not looks_like_name(name)
            or looks_like_name(post)
            or name in NOT_A_NAME
            or name[:2] in _TITLE_WORDS
            or name.endswith(("表", "卡", "图", "单", "书"))
        ):
            continue
        dept, title = split_dept_title(post)
        if title and is_post(title) and not _dept_like(title):
            return dept, title, name
    return None


# where a title's pairs of post and holder part: '、', '，', '／' or '/' ('；' too)
_TITLED_PAIRS_SPLIT = re.compile(r"[、，,／/；;]")


def _titled_pair(part: str) -> tuple[str, str] | None:
    """One of a title's holders: '站长葛翯渟', '所长 韦昊然', '站长：韦昊然', '韦昊然（主任）'
    → (post, name), else None."""
    part = part.strip()
    m = _NAME_BRACKET_POST.match(part)
    if m:
        name, post = m.group(1), squeeze(m.group(2))
        ok = looks_like_name(name) and is_post(post) and not looks_like_name(post)
        return (post, name) if ok and name not in NOT_A_NAME else None
    post, colon, name = part.partition("：") if "：" in part else part.partition(":")
    if colon:
        post, name = squeeze(post), name.strip()
        ok = looks_like_name(name) and is_post(post) and not looks_like_name(post)
        return (post, name) if ok and name not in NOT_A_NAME else None
    return _post_run_name(part)


def _titled_first(part: str) -> tuple[str, tuple[str, str]] | None:
    """The first of a title's holders, his 科室 perhaps before him ('河道管理所所长聂澜清',
    '财政所郗沛然（所长）') → (科室 or '', (post, name)), else None."""
    got = _titled_pair(part)
    if got is not None:
        dept, post = split_dept_title(got[0])
        if dept and _dept_like(dept) and is_post(post):
            return dept, (post, got[1])
        return "", got
    cut = part.find("（") if "（" in part else part.find("(")
    for n in (3, 2, 4) if cut > 4 else ():
        dept = squeeze(part[: cut - n])
        if _dept_like(dept) and (got := _titled_pair(part[cut - n :])) is not None:
            return dept, got  # '财政所郗沛然（所长）'
    return None


def holders_in_title(text: str) -> list[tuple[str, str]]:
    """The holders a title names as pairs of post and name between its unit and the form's words
    ('…监测站站长葛翯渟、副站长奚瀞岚、监测员葛翀璟岗位廉政风险点排查表', '…站所长 韦昊然，副所长
    单书瑶…', '…站（站长：韦昊然、副站长：单书瑶）…', '…站韦昊然（主任）、单书瑶（副主任）…') →
    [(post, name), …]; [] unless two or more and every part is such a pair (one pair is a
    personal card's holder: ``post_and_holder_in_title``)."""
    got = _title_roster(text)
    return [(post, name) for _dept, post, name in got[1]] if got else []


def holders_in_title_by_dept(text: str) -> list[tuple[str, str, str]]:
    """``holders_in_title``'s pairs with the 科室 each is of ('…预算股股长王明、国库股股长李华…' →
    [('预算股', '股长', '王明'), ('国库股', '股长', '李华')]; a pair without its own is of the one
    before it's; '' where the title names none)."""
    got = _title_roster(text)
    return list(got[1]) if got else []


@lru_cache(maxsize=1 << 12)
def _title_roster(text: str) -> tuple[str, tuple[tuple[str, str, str], ...]] | None:
    """``holders_in_title``'s (科室, post, name)s and the 科室 the first one is written with ('…水利局
    河道管理所所长聂澜清、副所长仉沐阳…': 河道管理所; '' when pairs name 科室s of their own), else None."""
    m = _TITLE_CUT.search(text)
    if not m or not _TITLED_PAIRS_SPLIT.search(text, 0, m.start()):
        return None  # (the cheap test first: no mark parting two pairs before the form's words)
    head = text[: m.start()].strip()
    opened = head.rfind("（") if "（" in head else head.rfind("(")
    if opened > 0 and head.endswith(("）", ")")) and re.search(r"[:：]", head[opened:]):
        # '…推广站（站长：韦昊然、副站长：单书瑶）': the unit, and its holders in brackets
        unit, body = head[:opened].strip(), head[opened + 1 : -1]
    else:
        unit = unit_in_title(text)
        if sep := _TITLED_PAIRS_SPLIT.search(unit):
            # '…林业局党组书记、局长王强，副局长…': the unit runs to no '局' past the first mark
            unit = unit_in_title(text[: head.find(sep.group(0))] + text[m.start() :])
        flat = re.sub(r"\s+", "", head)
        if not unit or not flat.startswith(unit):
            return None
        # (back to the head as written: a space between post and name marks where the name starts)
        k, seen = 0, 0
        while seen < len(unit):
            seen += not head[k].isspace()
            k += 1
        body = head[k:]
    body = _TITLE_YEAR.sub("", body)  # '…水利局2025年所长聂澜清、…': the year, as the unit
    parts = [x for x in _TITLED_PAIRS_SPLIT.split(body) if x.strip()]
    if not unit or len(parts) < 2:
        return None
    # '党组书记、局长王强，…': posts before a name, each of them his
    lead: list[str] = []
    while parts and _bare_title_post(parts[0]):
        lead.append(squeeze(parts.pop(0)))
    if not parts or (first := _titled_first(parts[0])) is None:
        return None
    dept = first[0]
    pairs = [(dept, post, first[1][1]) for post in lead]
    pairs.append((dept, *first[1]))
    own = False  # a later pair with its own 科室: '预算股股长王明、国库股股长李华'
    lead = []
    for part in parts[1:]:
        if _bare_title_post(part):
            lead.append(squeeze(part))
            continue
        got = _titled_pair(part)
        if got is None:
            return None
        d, post = split_dept_title(got[0])
        if d and _dept_like(d) and is_post(post):
            own = own or d != dept
            dept, got = d, (post, got[1])  # (a pair after it without one is of this 科室 too)
        pairs.extend((dept, p, got[1]) for p in lead)
        pairs.append((dept, *got))
        lead = []
    if lead or len({name for _d, _p, name in pairs}) < 2:
        return None  # ('…站长王明、出纳岗位…': a post no one is named for; one holder's posts)
    return ("" if own else first[0]), tuple(pairs)


# a year between a title's unit and its holders: '2025年', '2025年度'
_TITLE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?\s*")


def _bare_title_post(part: str) -> bool:
    """'党组书记' of '党组书记、局长王强': a post alone, its holder named after the next one."""
    s = squeeze(part)
    return (
        2 <= len(s) <= 8
        and s.isalpha()
        and is_post(s)
        and not looks_like_name(s)
        and _titled_pair(part) is None
    )


# a title ending in its holder in brackets, after his 科室 and post: '…(营林科技术员　韩立新)'
TITLE_BRACKET_HOLDER = re.compile(
    r"[(（]([^()（）]{0,16}?)[\s\u3000:：]+([^\s\u3000()（）:：]{2,4})\s*[)）]\s*$"
)


def holder_and_post(text: str) -> tuple[str, str] | None:
    """A holder field naming the post too: '蓝建峰(所长)', '刘长河  站长', '股长 刘洪波' → (name, post)."""
    m = _NAME_POST.match(text) or _NAME_SPACE_POST.match(text)
    if m and looks_like_name(m.group(1)) and not looks_like_name(m.group(2)):
        return m.group(1), m.group(2)
    if m and looks_like_name(m.group(2)) and not looks_like_name(m.group(1)):
        return m.group(2), m.group(1)
    return None


_NAME_SPACE_POST = re.compile(r"^\s*(\S{2,4})[\s\u3000]+(\S{2,12})\s*$")


LABELLED = LazyRe(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")


POST_PAIR = re.compile(
    r"([^\s:：、,，;；]{1,12})\s*[:：]\s*([^\s:：、,，;；]{2,4})(?=[\s、,，;；]|$)"
)


RANK = re.compile(r"\s*[(（]\s*(?:正|副)?(?:厅|处|科|股|局|县处|乡科)级\s*[)）]")


_SELF = {"本人", "自己", "我"}


DASHES = "—–－-/／\\ \u3000"  # a cell of only these says 'none'


# a 科室 and its head's name in brackets: '运营管理部（殷昊然）', '财务部(负责人:戚沐阳)'
_DEPT_HEAD = LazyRe(
    r"^\s*([^()（）]{2,16}?)\s*[(（]\s*(?:负责人\s*[:：]\s*)?([^()（）\s:：]{2,4})\s*[)）]\s*$"
)


# what a 科室 covers, in brackets after it: '（辖芦圩、蔺湖）', '(含城南、城北片区)'
_COVERS = LazyRe(r"\s*[(（]\s*(?:下辖|管辖|辖|含|包括|包含)[^()（）]{1,40}[)）]\s*$")


# where a post is worked, not a person: a name ending so is a place ('药房（药剂师）',
# '库房（保管员）', '前台（接待员）')
_SENT_BY = re.compile(
    r"\s*[(（][^()（）]{0,20}(?:派驻|派出(?!所)|垂管|垂直管理|双重管理|代管|挂靠)[^()（）]{0,6}[)）]\s*$"
)
_WORK_PLACE = tuple("台储关房库厂间场室站所处组队办部科股馆")
# a staff number or code after a holder's name: '（YG024）', '(0031)'
_STAFF_CODE = LazyRe(r"\s*[(（]\s*[A-Za-z]{0,4}[-_]?\d{2,10}\s*[)）]\s*$")
# a note after a holder's name saying how he holds the post: '（兼）', '(代)', '（主持工作）'
_HOLDER_NOTE = LazyRe(
    r"\s*[(（]\s*(?:兼|兼职|兼任|代|代理|暂代|挂职|借调|主持工作|主持|临时负责)\s*[)）]\s*$"
)


def _one_after_post(post: str, name: str) -> bool:
    """'副所长 李理', '副所长：李理', '副所长（李理）': a surname and one character written after a
    post is its holder, though the character ends words of work ('管理', '经理') and so is no
    name on its own (``looks_like_name('李理')``); not '科长 王科', '主任 项目'."""
    return len(name) == 2 and surname_and_one(name) and is_post(post) and not is_post(name)


@lru_cache(maxsize=1 << 12)
def marked_name(name: str) -> bool:
    """A holder's name where a space or a colon marks where it starts after a post ('报账员 毋暮云'):
    a known name, or two or three characters of no post's or work's words (a surname not listed)."""
    if name in NOT_A_NAME or VACANT.match(name) or NO_ONE.match(name):
        return False  # '干事 信访': his line of work; '主任 空缺': no one
    return looks_like_name(name) or (
        2 <= len(name) <= 3
        and bool(HAN_NAME.match(name))
        and name[0] not in _NOT_A_SURNAME
        and not any(ch in NOT_NAME_CHARS for ch in name)
    )


# what begins a word saying how or whether a post is held, never a surname ('外聘', '退休', '见附件')
_NOT_A_SURNAME = frozenset(
    "空暂外临退已调借派在编不未无一二三四五六七八九十男女汉群大中小休病见另新实返初高副正兼代缺轮驻挂"
)


@lru_cache(maxsize=1 << 12)
def _post_run_name(text: str) -> tuple[str, str] | None:
    """'村会计栾沁雪', '党总支书记冷霁川': (post, holder) of a post typed straight onto a name;
    '报账员 毋暮云': the same marked by a space. None for a rank typed onto its field of work
    ('出纳现金收付', '站长安全生产': ``rank_then_field``), though the field's first characters
    are a surname's."""
    parts = text.split()
    if len(parts) == 2 and (
        tier_of_post(parts[0]) or (is_post(parts[0]) and not looks_like_name(parts[0]))
    ):
        if marked_name(parts[1]) and not is_post(parts[1]):
            return parts[0], parts[1]
    s = squeeze(text)
    if not HAN_NAME.match(s[-4:]) or not s.isalpha():
        return None  # '股长/鲁建华', '出纳：薛文亮': the marks say where the post ends
    if len(s) >= 6 and rank_then_field(s) is not None:
        return None  # '出纳现金收付': a post and its line of work, no one ('出纳现' | '金收付')
    for n in (4, 3, 2) if s[-4:-2] in COMPOUND_SURNAMES else (3, 2):
        post, name = s[:-n], s[-n:]
        if (
            len(post) >= 2
            and looks_like_name(name)
            and name not in NOT_A_NAME
            and is_post(post)
            and not looks_like_name(post)
            and not _dept_like(post)
        ):
            return post, name
    return None


# words that open a title, never a name: what follows a rank glued onto a name may not start with
# one ('四级主任' | '科员叱卢珂' is no rank and holder; ``rank_glued_name``)
_GLUED_RANK_NOT_NAME = ("科员", "主任", "助理", "书记", "干事", "专员", "局长", "科长", "股长", "所长")  # fmt: skip


@lru_cache(maxsize=1 << 12)
def rank_glued_name(text: str) -> tuple[str, str] | None:
    """'副局长叱卢琛', '四级主任科员叱卢珂', '股长叱卢翾澄': (rank or title, holder) where a post is
    typed straight onto a name of a surname no list knows, which ``_post_run_name`` cuts at the
    known surname after it ('副局长叱' | '卢琛'): the post it leaves ends in no post's word, the
    longest start of the cell that does is the post, and all after it (three to five characters,
    no post's or work's word, nothing saying how the post is held) the name. None where the cut
    left a post of its own ('局长助理王强', '村会计栾沁雪') or no such start is found."""
    s = text.strip()
    if len(s) < 5 or not s.isalpha():
        return None  # ('副局长　叱卢琛': the space says where the name starts, read so already)
    if len(s) >= 6 and rank_then_field(s) is not None:
        return None  # ('站长安全生产': the post's line of work, no name: ``rank_then_field``)
    run = _post_run_name(s)
    if run is None:
        return _rank_before_unlisted_name(s)
    cut = run[0]
    if cut.endswith(POST_ENDS) or cut in _TITLE_SET or any(cut.endswith(t) for t in _TITLES):
        return None  # ('局长助理' | '王强': the cut's post is a post)
    for k in range(len(s) - 3, 1, -1):
        post, name = s[:k], s[k:]
        if len(name) > 5 or not name.endswith(run[1]) or len(name) <= len(run[1]):
            continue
        if not (post.endswith(POST_ENDS) or post in _TITLE_SET) or not is_post(post):
            continue
        if (
            HAN_NAME.match(name)
            and name[0] not in _NOT_A_SURNAME
            and not any(ch in NOT_NAME_CHARS for ch in name)
            and name not in NOT_A_NAME
            and not is_post(name)
            and not name.startswith(_GLUED_RANK_NOT_NAME)
            and not name.endswith(POST_ENDS)
            and not _dept_like(name)
        ):
            return post, name
        return None  # (the longest post-like start decides: '四级主任' | '科员叱卢珂' is none)
    return None


# what a post's line of work ends with, written straight after its rank ('站长林业管护',
# '出纳现金收付'; with ``_WORK_WORDS`` and ``_FIELD_ENDS``): never the end of a name
_GLUED_FIELD_ENDS = ("管护", "巡护", "收付", "收支", "收缴", "发放", "登记", "核查", "审核", "核算", "统筹",
                     "宣教", "接待", "调处", "调度", "采购", "保管", "出纳", "记账", "结算", "验收")  # fmt: skip


@lru_cache(maxsize=1)
def glued_field_words() -> tuple[str, ...]:
    """The words a field of work typed after its rank ends with (``rank_then_field``): what a
    sheet must hold for such a cell to be in it."""
    return _WORK_WORDS + _FIELD_ENDS + _GLUED_FIELD_ENDS


@lru_cache(maxsize=1 << 12)
def rank_then_field(text: str) -> tuple[str, str] | None:
    """'站长安全生产', '出纳现金收付', '主任文化宣传', '会计钱粮管理', '站长林业管护': (rank, field) of
    a post's rank typed straight onto the line of work it is for, no separator — one post, named
    for no one, though the field's first characters are a surname's (安, 金, 文, 钱, 林) and
    ``_post_run_name`` would cut a name there. The longest start of the cell that is a post
    (ending like one) is the rank; the rest, four to eight characters, ends in a word of work
    ('生产', '收付', '宣传', '管理', '管护'), is no post, 科室 or name of a compound surname
    ('欧阳建设', '阿布思建设'). None otherwise ('股长王明', '出纳李红梅', '副局长叱卢琛')."""
    s = text.strip()
    if not 6 <= len(s) <= 16 or not _HAN_ONLY.match(s):
        return None
    for k in range(len(s) - 4, 1, -1):
        post, field = s[:k], s[k:]
        if len(field) > 8:
            return None
        if not (post.endswith(POST_ENDS) or post in _TITLE_SET) or not is_post(post):
            continue
        if (
            (
                _field_of_work(field)
                or field.endswith(_FIELD_ENDS)
                or field.endswith(_GLUED_FIELD_ENDS)
            )
            and field[:2] not in COMPOUND_SURNAMES
            and field[:3] not in THREE_CHAR_SURNAMES
            and not is_post(field)
            and not _dept_like(field)
            and not looks_like_name(post)
        ):
            return post, field
        return None  # (the longest post-like start decides)
    return None


def _rank_before_unlisted_name(s: str) -> tuple[str, str] | None:
    """'副所长土难澈', '出纳土难琤岚': a post typed straight onto a name in which no listed surname
    stands at all (``_post_run_name`` finds no cut): the longest start of the cell that is a post
    is the rank, all after it (three to five characters of no post's, work's or 科室's words, no
    post's line of work: '副站长乡村振兴' is none) the holder. None where no start is a post."""
    for k in range(len(s) - 3, 1, -1):
        post, name = s[:k], s[k:]
        if len(name) > 5:
            return None
        if not (post.endswith(POST_ENDS) or post in _TITLE_SET) or not is_post(post):
            continue
        if (
            HAN_NAME.match(name)
            and name[0] not in _NOT_A_SURNAME
            and _no_post_nor_work(name)
            and name[:2] not in NOT_A_NAME
            and not name.startswith(_GLUED_RANK_NOT_NAME)
            and not name.endswith(POST_ENDS)
            and not _field_of_work(name)
            and not name.endswith(_FIELD_ENDS)
        ):
            return post, name
        return None  # (the longest post-like start decides)
    return None


# what opens words saying how or whether a post is held, never the surname of a name after a post
# and a space ('主任　暂缺', '会计 外聘人员', '站长 兼任'): ``_NOT_A_SURNAME`` less the characters
# that open compound surnames too ('大利稽', '中行', '小野', '高堂', '正令')
_HELD_OPENERS = frozenset("空暂外临退已调借派在编不未无兼代缺轮驻挂见另新实返休病")


@lru_cache(maxsize=1 << 12)
def post_spaced_unlisted_name(text: str) -> tuple[str, str] | None:
    """'股长 大利稽珩', '副镇长　拓拔子墨', '站长　拓拔干': (post, holder) of a post, ONE space (half- or
    full-width) and a name of a surname no list holds — three to five Han characters, though
    longer than a name ``marked_name`` takes or holding characters of posts' and work's words
    (子, 心, 政, 干) — where the post typed onto a name (``_post_run_name``) squeezes the space out
    and cuts at a listed surname ('股长大' | '利稽珩') or finds no cut at all. The space says
    where the name starts. None for a listed surname's name (read so already), a post, 科室,
    field or line of work, duty, vacancy or word saying how the post is held after the space
    ('主任　综合协调', '副站长 乡村振兴', '会计 暂缺', '干事 负责信访', '科员 安全员')."""
    t = text.strip()
    if "\n" in t:
        return None  # ('镇长⏎大利稽珩': a line each, read so already)
    parts = t.split()
    if len(parts) != 2:
        return None
    post, name = parts
    if not 3 <= len(name) <= 5 or not _HAN_ONLY.match(name) or looks_like_name(name):
        return None
    if (
        not (post.endswith(POST_ENDS) or post in _TITLE_SET)
        or not is_post(post)
        or looks_like_name(post)
        or _dept_like(post)
    ):
        return None
    return (post, name) if unlisted_name_after_post(name) else None


@lru_cache(maxsize=1 << 12)
def unlisted_name_after_post(name: str) -> bool:
    """'大利稽珩', '拓拔干', '纳合澜': a word written after a post (and a space) that is a name of a
    surname no list holds — three to five Han characters, no name of a listed surname, and no
    post, 科室, field or line of work, duty, vacancy or word saying how the post is held
    (``post_spaced_unlisted_name``'s test of the word after the space)."""
    if not 3 <= len(name) <= 5 or not _HAN_ONLY.match(name) or looks_like_name(name):
        return False
    if (
        is_post(name)
        or _dept_like(name)
        or VACANT.match(name)
        or NO_ONE.match(name)
        or name[0] in _HELD_OPENERS
        or _NUMERAL_WORD.match(name)
        or _DUTY_WORDS.match(name)
        or name in NOT_A_NAME
        or name[:2] in NOT_A_NAME
        or name[-2:] in NOT_A_NAME
        or _field_of_work(name)
        or name.endswith(_FIELD_ENDS + _GLUED_FIELD_ENDS + _WORK_WORDS + POST_ENDS)
        or name.startswith(_FIELD_ENDS + _WORK_WORDS + _GLUED_RANK_NOT_NAME)
        or name.endswith(_NOT_NAME_END)
        or name.endswith(WORK_PHRASE_ENDS)
        or any(
            w in name for w in ("各", "全", "相关", "有关", "人员", "等", "们", "本人", "附", "第")
        )
    ):
        return False
    return True


def spaced_name_heads(name: str) -> tuple[str, ...]:
    """The heads a surname no list holds may be of a holder ``post_spaced_unlisted_name`` took
    ('尼庞古珩': '尼庞', '尼庞古'; '移剌澜': '移剌'): its first two or three characters, one or
    two left after them."""
    return tuple(name[:k] for k in (2, 3) if 1 <= len(name) - k <= 2)


def post_spaced_headed_name(text: str, heads: frozenset[str]) -> tuple[str, str] | None:
    """'会计　移剌长', '站长　尼庞古员', '主任　尼庞古科', '报账员 尼庞古师': (post, holder) of a post, ONE
    space and a name whose given name is a character that also writes a post or a 科室 (长, 员,
    科, 师 …), so that ``post_spaced_unlisted_name`` took it for a post — where its surname is
    one of ``heads``, the surname of another holder of the same column or file so written
    ('站长　尼庞古珩' beside it: ``spaced_name_heads``). None where the post before the space is
    none, or the word after it is a vacancy, a word of how the post is held, or no name's
    length."""
    t = text.strip()
    if "\n" in t or not heads:
        return None
    parts = t.split()
    if len(parts) != 2:
        return None
    post, name = parts
    if not 3 <= len(name) <= 5 or not _HAN_ONLY.match(name) or looks_like_name(name):
        return None
    if not any(h in heads for h in spaced_name_heads(name)):
        return None
    if (
        not (post.endswith((*POST_ENDS, "师")) or post in _TITLE_SET)
        or not is_post(post)
        or looks_like_name(post)
        or _dept_like(post)
    ):
        return None
    return (post, name) if headed_name_after_post(name, heads) else None


def headed_name_after_post(name: str, heads: frozenset[str]) -> bool:
    """'移剌长', '尼庞古员', '纳合科': a word written after a post whose surname is one of
    ``heads`` (``spaced_name_heads``) and whose given name may write a post or a 科室 — not a
    vacancy, a word of how the post is held, nor a word of no name's length
    (``post_spaced_headed_name``'s test of the word after the space)."""
    if not 3 <= len(name) <= 5 or not _HAN_ONLY.match(name) or looks_like_name(name):
        return False
    if not any(h in heads for h in spaced_name_heads(name)):
        return False
    return not (
        VACANT.match(name)
        or NO_ONE.match(name)
        or name[0] in _HELD_OPENERS
        or _NUMERAL_WORD.match(name)
        or name in NOT_A_NAME
        or any(
            w in name for w in ("各", "全", "相关", "有关", "人员", "等", "们", "本人", "附", "第")
        )
    )


def _spaced_post(text: str) -> tuple[str, str] | None:
    """(post, the word after it) of a cell written post, ONE space (half- or full-width) and a
    word, on one line, the post one (``post_spaced_unlisted_name``'s test of it). None else."""
    t = text.strip()
    if "\n" in t:
        return None
    parts = t.split()
    if len(parts) != 2:
        return None
    post, word = parts
    if (
        not (post.endswith((*POST_ENDS, "师")) or post in _TITLE_SET)
        or not is_post(post)
        or looks_like_name(post)
        or _dept_like(post)
    ):
        return None
    return post, word


# two characters opening with a common surname's that write a post, a grade or a line of work
# ('段长', '林政', '高管', '周报', '任务', '白班'), no holder's name however they are read after a
# post and a space ('干事 段长', '科员 林政': ``post_spaced_common_name``); a word any list reads
# as a name ('余额', '许可') is that test's, not this one's
_COMMON_SURNAME_WORDS = frozenset(
    "段长 林长 田长 高工 董事 林政 林业 林管 田管 高管 高级 周报 周末 程序 程度 任务 任职 任免 白班 "
    "夏收".split()
)


def common_surname_word(name: str) -> bool:
    """'段长', '林政', '高管', '任务', '高级': two characters that write a post, a grade, a duty or
    a line of work (``_COMMON_SURNAME_WORDS``, the listed posts, the grades before a post, the
    words of work) though they open with a common surname's character."""
    return (
        name in _COMMON_SURNAME_WORDS
        or name in _TITLE_SET
        or name in _NO_DEPT
        or name in _WORK_BIGRAMS
        or name in _WORK_WORDS
    )


@lru_cache(maxsize=1 << 12)
def post_spaced_common_name(text: str) -> tuple[str, str] | None:
    """'会计　王长', '出纳 李员', '主任　张科', '站长 刘干', '科员　赵师': (post, holder) of a post, ONE
    space and a name of TWO characters, a common surname's (``COMMON_SURNAMES``) and a given name
    that may write a post, a 科室 or a duty (长, 员, 科, 干, 师, 主, 管 …), which no other test takes
    for a name: the cell was read whole as a name with no post ('会计王长') or its column set aside
    as posts. Whether such a cell is read so is its column's to say (most of its cells post, space,
    name). None where the post before the space is none, or the word after it is a listed post, a
    vacancy, a duty, a field of work or a word of how the post is held ('科员　文书', '会计 暂缺',
    '科员　安全员', '会计 城关镇': no two-character name), or two characters that write a post, a
    grade or a line of work ('干事 段长', '科员 林政', '科员 高管': ``common_surname_word``)."""
    got = _spaced_post(text)
    if got is None:
        return None
    post, name = got
    if (
        len(name) != 2
        or not _HAN_ONLY.match(name)
        or name[0] not in COMMON_SURNAMES
        or common_surname_word(name)
        or name in NOT_A_NAME
        or name[0] in _HELD_OPENERS
        or VACANT.match(name)
        or NO_ONE.match(name)
        or _NUMERAL_WORD.match(name)
        or _DUTY_WORDS.match(name)
        or _field_of_work(name)
    ):
        return None
    return post, name


def post_spaced_any_name(text: str) -> tuple[str, str] | None:
    """(post, holder) of a cell written post, ONE space and a name of any kind — a listed
    surname's (``looks_like_name``), one of a surname no list holds
    (``post_spaced_unlisted_name``) or a common surname's two characters whose given name writes
    a post (``post_spaced_common_name``): what makes a column one of posts and holders."""
    got = _spaced_post(text)
    if got is None:
        return None
    if looks_like_name(got[1]) and 2 <= len(got[1]) <= 4:
        return got
    return post_spaced_unlisted_name(text) or post_spaced_common_name(text)


# the body's own organs a post may be written with, no 科室 of it ('村委会主任', '党支部书记',
# '居委会主任', '村监委会主任': the 村's or 社区's own leaders)
_OWN_ORGAN = LazyRe(r"(?:党总支|党支部|党委|党组|总支|支部|委会|委员会|两委|村委|居委|小组)$")
# a unit of its own kind, no 科室 of another, where the post after it is its head ('卫生院院长',
# '中心卫生院院长', '敬老院院长', '卫生所所长', '派出所所长': the unit's own leader, as '局长' is;
# not '财政所所长', '党政办主任': a 乡's or a 局's parts)
_UNIT_ITSELF = LazyRe(r"(?:院|卫生所|派出所|医所|卫生室|学校|中学|小学|幼儿园)$")
_UNIT_HEADS = ("院长", "所长", "校长", "园长", "主任")
# a line of work's or a duty's words that no given name holds ('预算编制', '文件起草', '管公章',
# '收发文', '来信来访'): no holder after a 科室 and its post however its first character reads
_WORK_BIGRAMS = frozenset(
    "编制 起草 处理 办理 审核 记录 流转 公开 报销 来访 来信 使用 清查 签订 检测 审批 核算 采购 发放 "
    "收发 收缴 登记 保管 接待 统计 归档 录入 报送 上报 申报 核对 验收 督办 执行 公章 印章 工资 "
    "车辆 公文 文件 合同 资产 经费 政务 会议 质量 案件 账务 预算 档案 票据 现金 资金 物资 信访 "
    "考勤 值班 后勤 报账 结算 审计 稽查 复核 初审 受理 审查 评审".split()
)


def _work_phrase(name: str) -> bool:
    """A line of work or a duty written where a holder would be ('预算编制', '管公章', '收发文'):
    any two characters of it a word of work (``_WORK_BIGRAMS``)."""
    return any(name[i : i + 2] in _WORK_BIGRAMS for i in range(len(name) - 1))


def _surname_known(name: str) -> bool:
    """A name of four or five characters whose surname is a known compound or a name of its own
    form ('欧阳晓东', '阿史那翾', '桑吉彭措'); one of a single surname and a given name of three
    ('文件起草', '预算编制' pass ``looks_like_name`` so) is not known by itself."""
    return (
        len(name) <= 3
        or name[:2] in COMPOUND_SURNAMES
        or name[:3] in THREE_CHAR_SURNAMES
        or _tibetan_name(name)
        or _yi_name(name)
    )


def dept_post_names(texts: list[str]) -> dict[str, tuple[str, str, str]]:
    """``dept_post_name`` of a column's cells, each cell's reading by itself; a holder of four or
    five characters whose surname no list holds ('温迪罕沅') only where another holder of the
    column is of the same surname ('温迪罕琇', '局长　温迪罕翀': ``spaced_name_heads``) — not a
    duty of four characters that opens with a surname's character ('预算编制')."""
    got = {t: r for t in dict.fromkeys(texts) if (r := dept_post_name(t, lax=True))}
    if all(_surname_known(r[2]) for r in got.values()):
        return got  # (the cheap test: no surname to be known by another holder)
    names = {r[2] for r in got.values()}
    for t in texts:
        pair = post_spaced_unlisted_name(t)
        if pair:
            names.add(pair[1])
    return {t: r for t, r in got.items() if holder_known(r[2], names)}


def holder_known(name: str, names: set[str]) -> bool:
    """A holder read after a post (``dept_post_name``, ``post_spaced_unlisted_name``) that is a
    name: no word of work in it ('预算编制', '管公章'), and one of four or five characters of a
    surname no list holds ('温迪罕沅') only where another of ``names`` is of that surname."""
    if _work_phrase(name):
        return False
    if _surname_known(name):
        return True
    heads = spaced_name_heads(name)
    return any(n != name and n.startswith(heads) for n in names)


@lru_cache(maxsize=1 << 12)
def dept_post_name(text: str, lax: bool = False) -> tuple[str, str, str] | None:
    """'财务室出纳　徒单珂', '办公室主任 温迪罕沅', '就业股股长徒单澈': (科室, post, holder) of a cell
    that writes the 科室 BEFORE the post and then the holder — after a space (half- or
    full-width) or typed straight on — in a column naming post and holder in one ('岗位人员',
    '岗位及人员'). The 科室 ends in a 科室's word (``_dept_like``: 室, 股, 科, 办, 队 …) and the post
    after it is a post of its own ('出纳', '主任', '股长', '经办员'); the holder is a name, of a listed
    surname or not (``post_spaced_unlisted_name`` takes the name after the post as if a space
    stood there). None for a post with no 科室 before it ('局长　某某', '村会计 某某', '中心主任
    某某'), a post typed onto its line of work ('出纳现金收付'), a vacancy or a duty after the space
    ('主任　暂缺', '股长 审核把关', '科长 预算编制', '主任 管公章'), a cell of several lines or
    holders, the unit's own leader ('卫生院院长', '派出所所长') or a leader of a 村's own organ
    ('村民小组组长', '党小组组长'). A holder of four or five characters whose surname is known
    by no list ('温迪罕沅') only where ``lax`` (``dept_post_names``: another holder of the column
    is of his surname)."""
    t = text.strip()
    if "\n" in t or not 5 <= len(t) <= 24:
        return None
    parts = t.split()
    if len(parts) == 2:
        cuts = [(parts[0], parts[1])]
    elif len(parts) == 1 and _HAN_ONLY.match(t):
        cuts = [(t[:-n], t[-n:]) for n in (3, 2, 4, 5) if len(t) - n >= 4]
    else:
        return None
    for head, name in cuts:
        dept, post = split_dept_title(head)
        if (
            not dept
            or dept + post != head
            or not _dept_like(dept)
            or _OWN_ORGAN.search(dept)
            or is_post(dept)
            or not (post.endswith(POST_ENDS) or post in _TITLE_SET)
            or not is_post(post)
            or _dept_like(post)
            or looks_like_name(post)
            or (_UNIT_ITSELF.search(dept) and post.removeprefix("副").endswith(_UNIT_HEADS))
        ):
            continue
        if (
            not 2 <= len(name) <= 5
            or _work_phrase(name)
            or (not lax and not _surname_known(name))
            or not _HAN_ONLY.match(name)
            or is_post(name)
            or _dept_like(name)
            or name in NOT_A_NAME
            or VACANT.match(name)
            or NO_ONE.match(name)
            or _field_of_work(name)
            or name.endswith(WORK_PHRASE_ENDS)
            or _DUTY_WORDS.match(name)
            or (len(parts) == 1 and rank_then_field(post + name) is not None)
        ):
            continue
        if looks_like_name(name) or post_spaced_unlisted_name(f"{post} {name}") == (post, name):
            return dept, post, name
    return None


# how a line of work, a duty or a place ends that no given name does ('审核把关', '农机推广',
# '文明创建', '常务副', '城关镇'): no holder's name after a post's space, nor before it
WORK_PHRASE_ENDS = (
    "把关", "推广", "创建", "审核", "监管", "指导", "督查", "检查", "整治", "保护", "防治", "维稳",
    "调解", "巡查", "核查", "统筹", "落实", "服务", "管理", "工作", "副", "正", "镇", "乡", "村",
    "街道", "社区", "县", "区", "市",
)  # fmt: skip


def post_of(
    unit: str,
    dept: str,
    title: str,
    person: str,
    f_unit: str,
    f_dept: str,
    f_title: str,
    f_person: str,
    names_first: bool = False,
) -> tuple[str, str, str, str]:
    """A list row's unit, 科室, post and holder, from its cells (a holder's cell may name the
    post too) and else the table's header fields (``f_…``). A vacant post ('空缺', '(待配备)')
    or a headcount ('共8人') names no holder. ``names_first``: the post's column is headed with
    the holder first ('姓名及职务'), so a cell may be the name, then the post."""
    unit, dept, title = (x if x.strip(DASHES) else "" for x in (unit, dept, title))
    if "级" in title:
        title = RANK.sub("", title)  # '主任(副科级)': the post, not its rank
    if "人" in title:
        title = _HEADCOUNT.sub("", title)  # '保管员（4人）' under '岗位（人数）': the post
    if "人" in dept:
        dept = _HEADCOUNT.sub("", dept)  # '财务室（3人）' under '科室及人数'
    if "辖" in dept or "含" in dept or "包括" in dept:
        dept = _COVERS.sub("", dept)  # '芦圩中队（辖芦圩、蔺湖、荻塘）': the 中队, not its towns
    if "派" in dept or "管" in dept or "挂靠" in dept:
        dept = _SENT_BY.sub("", dept)  # '畜牧兽医站（区农业农村委派驻）': who sends it, no name
    if dept[:1].isdigit() or dept[:1] in "(（一二三四五六七八九十":
        d = NUMBERING.sub("", dept, count=1)
        if d != dept and (_dept_like(d) or LEADERS_GROUP.match(d)):
            dept = d  # '2.综合科' in a 科室 column numbered down the list
    if person and person[-1] in ")）":
        person = _HOLDER_NOTE.sub("", person)  # '睢霁澄（兼）': the holder, who holds it besides
        person = _STAFF_CODE.sub("", person)  # '铎映川（YG024）' under '姓名（工号）': the name
    if person and (person[-1].isdigit() or person[-1] == "日" or person[0].isdigit()):
        # '竺曜泓　2025.4.8' under '岗位人员确认（签字、日期）': the holder, not the day he signed
        # (nor the day written first: '2025年4月8日　訾景澜' — review 110)
        person = signed_name(person) or person
    if person and person[-1].isdigit():
        person = PHONE.sub("", person)  # '斛雨萱 13905271468' under '责任人及电话'
    if person and person[-1] in "人名志" and "等" in person:
        first = _AND_OTHERS.sub("", person)
        if first != person and (not first or looks_like_name(first)):
            person = first  # '厍骞璆等6人': the one named for a post several hold ('等6人': none)
    m = _DEPT_HEAD.match(dept) if "（" in dept or "(" in dept else None
    if (
        m
        and looks_like_name(m.group(2))
        # not '营业部（金山）', '综合部（党群）': a name of three, labelled, or the row's holder
        and (len(m.group(2)) >= 3 or "负责人" in dept or m.group(2) == squeeze(person))
        and _dept_like(m.group(1))
    ):
        dept = m.group(1)  # '运营管理部（殷昊然）': the 部 and its head's name
    if "（" in title or "(" in title:
        m = _NAMED_STAND_IN.search(title)
        if (
            m
            and not person
            and looks_like_name(m.group(1))
            and m.group(1) not in NOT_A_NAME
            and not is_post(m.group(1))
        ):
            person = m.group(1)  # '出纳（王敏兼任）': who holds it besides his own post
        title = POST_NOTE.sub("", title)  # '副馆长（主持工作）', '副部长（兼…局长）': the post
        if person or f_person:
            title = OVERSEES.sub("", title)  # '副局长（分管预算）' of 王强: his post
    if person and (
        VACANT.match(person)
        or _GROUP.match(person)  # '各班班主任', '全体任课教师': a group, no one holder
        or not person.strip(DASHES)
        or person.strip() in _SELF
    ):
        person = ""  # '本人' on a personal list: the holder the form names above
    lines = name_and_dept_lines(person) if "\n" in person else None
    if lines:  # '滕沛琰⏎药剂科', '药剂科⏎滕沛琰': the holder, his 科室 (and post) a line each
        person, dept, title = lines[0], dept or lines[1], title or lines[2]
    elif "\n" in person:
        first, _nl, last = person.strip().partition("\n")
        if (
            is_post(first.strip())
            and not looks_like_name(first.strip())
            and HAN_NAME.match(last.strip())
            and not is_post(last.strip())
        ):  # '村级会计委托代理员⏎勒格史诺': the post, then its holder, on a line of his own
            title, person = title or first.strip(), last.strip()
    run = (
        _post_run_name(person)
        if person and (not looks_like_name(person) or len(person.split()) == 2)
        else None
    )
    if run:  # '党总支书记冷霁川': the post typed straight onto the holder's name
        title, person = title or run[0], run[1]
    elif person and not looks_like_name(person) and (glued := name_then_post(person)):
        person, title = glued[0], title or glued[1]  # '厍翊沣局长': the post typed after him
    elif person and "、" in person and (glued := name_then_post(person.rpartition("、")[2])):
        names = [*person.rpartition("、")[0].split("、"), glued[0]]
        if all(looks_like_name(x.strip()) for x in names):  # '张三丰、李四海局长': one post, two
            person, title = "、".join(x.strip() for x in names), title or glued[1]
    m = _NAME_POST.match(person)
    if (
        m
        and (_RANK_OR_LEVEL_NOTE.match(m.group(2)) or _NAME_DATE_NOTE.search(m.group(2)))
        and marked_name(m.group(1))
    ):
        # '郦沁禾（高级）', '钱多多（低）': his title rank or the row's level, written after the
        # holder's name, is no post (the level column says the level); nor is a date
        # ('阚澄宇（2025年调入）', '郦沁禾（2024年9月任职）': when he came to it)
        person, m = m.group(1), None
    if (
        m
        and not looks_like_name(m.group(1))
        and m.group(1).endswith(_WORK_PLACE)
        and is_post(m.group(2))
    ):
        person, title = "", title or m.group(2)  # '药房（药剂师）': a place and its post, no one
        m = None
    if m and (
        looks_like_name(m.group(1))
        or (
            marked_name(m.group(1))
            and is_post(m.group(2))
            and (len(m.group(1)) >= 3 or not m.group(1).endswith(_WORK_PLACE))
        )
    ):  # '蒋文斌(处长)', '铎映川（管理员）', '铎凡（出纳）' (a surname not listed; not '前台（…）')
        person = m.group(1)
        title = title or m.group(2)
    split = _post_slash_name(person) or (None if person else _post_slash_name(title))
    if split:  # '股长/鲁建华' under '岗位/姓名': the post and its holder
        title, person = (title if person else "") or split[0], split[1]
    m = _POST_NAME.match(person)
    if (
        m
        and (looks_like_name(m.group(2)) or (is_post(m.group(1)) and marked_name(m.group(2))))
        and m.group(2) not in NOT_A_NAME
        and not looks_like_name(m.group(1))
    ):
        title, person = title or m.group(1), m.group(2)  # '科长:焦建军'
    m = _POST_NAME.match(title) if not person else None
    if (
        m
        and (looks_like_name(m.group(2)) or _one_after_post(m.group(1), m.group(2)))
        and m.group(2) not in NOT_A_NAME  # '干事：信访': his line of work
        and not looks_like_name(m.group(1))
    ):
        title, person = m.group(1), m.group(2)  # '新闻部主任：蒙立新' under '岗位及责任人'
    m = _POST_SPACE_NAME.match(title) if not person else None
    if m:  # '主任 邝永胜', '定点评估岗⏎吴海燕': the post and its holder
        post, holder = m.group(1).strip(), m.group(2)
        if (
            looks_like_name(holder)
            # '主任 虢慕宁': a space after a post marks a name whatever its surname
            # (three characters: '民警 户籍', '所长 驻村' name a line of work, not a holder)
            or (
                "\n" not in m.group(0)
                and len(holder) == 3
                and is_post(post)
                and marked_name(holder)
                and not is_post(holder)
            )
            or _one_after_post(post, holder)  # '副所长 李理', '副所长⏎李理'
        ) and (not looks_like_name(post) or post.endswith(POST_ENDS)):
            title, person = post, holder
        elif (
            names_first
            and looks_like_name(post)
            and not post.endswith(POST_ENDS)
            and holder.endswith(POST_ENDS)
            and not looks_like_name(holder)
        ):
            # '闵国强⏎党委书记、院长' under '姓名及职务': the holder first, then the post
            title, person = holder, post
    m = POST_BRACKET_NAME.match(title)
    if (
        not person
        and m
        and (looks_like_name(m.group(2)) or _one_after_post(m.group(1).strip(), m.group(2)))
        # '查表员' ends as a post does, though it could be read as a name
        and (not looks_like_name(m.group(1)) or m.group(1).strip().endswith(POST_ENDS))
    ):
        title, person = m.group(1), m.group(2)  # '民政专干(高丽)': the post and its holder
    m = _POST_BRACKET_NAMES.match(title) if not person else None
    if m and is_post(squeeze(m.group(1))):
        names = [x for x in re.split(r"[、，,/\s\u3000]+", m.group(2)) if x]
        if len(names) >= 2 and all(looks_like_name(x) for x in names):
            # '经办员（巫马栖棠、梁丘若棠）': a post held by two, each the holder of its rows
            title, person = m.group(1), "、".join(names)
    if not dept and not f_dept:  # '财务科-出纳': the 科室 and the post in one cell
        m = _DEPT_DASH_POST.match(title)
        if m and _dept_like(m.group(1)) and not _dept_like(m.group(2)):
            dept, title = m.group(1), m.group(2)
        m = _POST_BRACKET_DEPT.match(title) if title[-1:] in ")）" else None
        if (
            m
            and is_post(m.group(1))
            and _dept_like(m.group(2))
            and not is_post(m.group(2))
            and not _NOT_OWN_DEPT.match(m.group(2))  # ('科员（借调县委办）', '（原财务股）')
            and m.group(2).endswith(("股", "科", "室", "处", "办", "部", "中心", "组", "队"))
        ):
            title, dept = m.group(1), m.group(2)  # '股长（应急指挥股）': the post, its 科室
    return (squeeze(unit or f_unit), squeeze(dept or f_dept), squeeze(title or f_title),
            squeeze(person or f_person))  # fmt: skip


_POST_BRACKET_NAMES = re.compile(r"^\s*([^()（）]{2,12}?)\s*[(（]\s*([^()（）]{4,30})\s*[)）]\s*$")
_SLASH_PAIR = re.compile(r"^\s*([^/／\s]{2,12})\s*[/／]\s*([^/／\s]{2,12})\s*$")


def _post_slash_name(text: str) -> tuple[str, str] | None:
    """'股长/鲁建华', '鲁建华/股长' → ('股长', '鲁建华'); None unless one side is a name and the
    other a post."""
    m = _SLASH_PAIR.match(text)
    if not m:
        return None
    a, b = m.groups()
    for post, name in ((a, b), (b, a)):
        if (
            looks_like_name(name)
            and name not in NOT_A_NAME
            and not tier_of_post(name)  # '司机/保管员': two posts
            and not looks_like_name(post)
            and is_post(post)
        ):
            return post, name
    return None


_SPACE = re.compile(r"\s+")


_NAME_POST = re.compile(r"^\s*(\S{2,4})\s*[(（]([^()（）]{1,12})[)）]\s*$")
# what a bracket after a holder's name may say that is no post: a title rank ('（高级）',
# '（副高级）') or a risk level ('（低）', '（高风险）', '（二级）', '（★★）')
_RANK_OR_LEVEL_NOTE = re.compile(
    r"^\s*(?:正高级|副高级|高级|中级|初级|[高中低]|较高|较低|一般|[高中低]风险|较高风险|一般风险"
    r"|[一二三123ⅠⅡⅢ]级|★{1,3})\s*$"
)


# a date in a bracket after a holder's name ('（2025年调入）', '（2024.9任职）'): when he came, no post
_NAME_DATE_NOTE = re.compile(r"(?:19|20)\d{2}\s*(?:年|[.．\-/／]\s*\d{1,2})")


_POST_NAME = re.compile(r"^\s*([^:：\s]{1,12})\s*[:：]\s*(\S{2,4})\s*$")


HOLDER_SPLIT = re.compile(r"\s*[\n、,，;；/／]\s*")


def several_names(parts: list[str]) -> bool:
    """Two or more holders written in one cell ('阚明轩、逄立峰', '蒉海生/沃晓澜'): each part a name of
    two to four characters, none a post, a 科室 or a word of work; one of them at least a name by
    its surname (a rare surname, '蒉', is still a name beside a known one)."""
    return (
        len(parts) >= 2
        and all(
            (2 <= len(x) <= 4 or (len(x) == 5 and x[:3] in THREE_CHAR_SURNAMES))
            and HAN_NAME.match(x)
            and x not in NOT_A_NAME
            and not is_post(x)
            and not _dept_like(x)
            and not VACANT.match(x)
            and not NO_ONE.match(x)
            for x in parts
        )
        # '城关', '借调', '李四负责' are no names; '蒉海生', '扎西多吉' are of surnames not listed
        and all(
            looks_like_name(x)
            or (len(x) in (3, 4) and not any(ch in NOT_NAME_CHARS for ch in x))
            or surname_and_one(x)  # ('张三、李理': a surname and one beside a name)
            for x in parts
        )
        and any(map(looks_like_name, parts))
        and not any(x.endswith(_NOT_NAME_END) for x in parts)
    )


def _no_post_nor_work(x: str) -> bool:
    """What every reading of a name of an unlisted surname asks first (``several_unlisted_names``,
    ``labelled_rare_name``, ``post_spaced_rare_holder``, a rank glued onto such a name): no
    character of posts or work, no one ('待定', '全体'), no vacancy, no post, no 科室, no word
    known to be no name."""
    return (
        not any(ch in NOT_NAME_CHARS for ch in x)
        and not NO_ONE.match(x)
        and not VACANT.match(x)
        and not is_post(x)
        and not _dept_like(x)
        and x not in NOT_A_NAME
    )


def several_unlisted_names(parts: list[str]) -> bool:
    """Two to four holders in one cell none of whose surnames a list holds ('骨咄澈、骨咄沅',
    '阿布思琤岚　骨咄澈'): each part a name's length (three to five characters: a surname of one to
    three and a given name of one or two), none a post, a 科室, a word of work or a vacancy. Only
    asked of a holder cell beside other rows' single holders (``several_names`` wants one part
    a name by its surname); two-character parts ('城关', '借调') are never taken so."""
    return 2 <= len(parts) <= 4 and all(map(unlisted_name_like, parts))


def unlisted_name_like(x: str) -> bool:
    """A holder's name whose surname no list holds could be written so ('骨咄澈', '阿布思琤岚'):
    three to five characters, no post, 科室, word of work or vacancy."""
    return (
        3 <= len(x) <= 5
        and bool(HAN_NAME.match(x))
        and _no_post_nor_work(x)
        and not x.endswith(_NOT_NAME_END)
    )


SEVERAL_MARK = re.compile(r"[\s、,，;；/／]+")


HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")


_NOT_NAME_END = ("负责", "签字", "联系人", "同志", "兼任", "借调", "等")


_ALIAS = re.compile(r"[(（][^()（）]{1,16}[)）]$")


COUNT_CELL = re.compile(r"^\s*\d+\s*[个项条处人]?\s*$")


_COUNTED = re.compile(r"^([两二三四五六七八九十几多各全]|\d+)个?")


# '(分管副主任:夏立群)' after a group line's 科室, or '　　分管领导：弓擎宇' at its end
WATCHER_NOTE = LazyRe(
    r"\s*[(（]\s*(?:分管|主管|联系|包保)[^()（）]{0,16}[)）]\s*$"
    r"|[\s\u3000]+(?:分管|主管|联系|包保|挂钩)(?:[县区市镇乡局院校]?领导|负责人|副职|副?(?:[县区市镇乡局]长|主任|书记|站长|所长|院长|校长))"
    r"[:：]\s*[\u4e00-\u9fff·]{2,6}\s*$"
)


LABEL_PREFIX = re.compile(r"^[^:：\s]{1,6}[:：]\s*")  # 'A岗:' before a holder's name


_ROSTER_LABEL = re.compile(r"^[^:：；;]{0,16}(?:成员|人员|班子|名单|责任人)\s*[:：]\s*")


_ROSTER_PAIR = re.compile(r"^(.+?)[\s\u3000:：]+([^\s\u3000:：]{2,4})$")


_NAME_BRACKET_POST = re.compile(r"^([^\s()（）]{2,4})\s*[(（]([^()（）]{2,16})[)）]$")


@lru_cache(maxsize=1 << 12)
def roster_cell(text: str) -> list[tuple[str, str]]:
    """Who holds which post, written in one cell: '村“两委”成员：党总支书记　甄澍霖；村会计　阚明澈'
    or '甄澍霖（村会计）、…' → [(post, name), …]; [] unless every part is such a pair."""
    body = _ROSTER_LABEL.sub("", text.strip()).rstrip("。.；; ")
    chunks = [x.strip() for x in re.split(r"[；;]|、(?=\S{2,4}[(（])", body)]
    pairs = []
    for x in filter(None, chunks):
        m = _ROSTER_PAIR.match(x)
        if m:
            post, name = squeeze(m.group(1)), m.group(2)
        else:
            m = _NAME_BRACKET_POST.match(x)
            if not m:
                return []
            name, post = m.group(1), squeeze(m.group(2))
        if (
            not (
                looks_like_name(name)
                or (m.re is _ROSTER_PAIR and len(name) == 3 and marked_name(name))
            )
            or name in NOT_A_NAME
            or ":" in post
            or "：" in post  # '审核：分管副局长　王强': a sign-off's label, no post
            or looks_like_name(post)
            or not is_post(post)
        ):
            return []  # (a space or a colon marks where a name of a rare surname starts)
        pairs.append((post, name))
    return pairs if len(pairs) >= 2 else []


@lru_cache(maxsize=1 << 16)
def squeeze(text: str) -> str:
    """A name, post or 科室 as one word: '赵 东 升' → '赵东升', '局党组成员、\n副局长' → …"""
    return _SPACE.sub("", text)


NUMBERING = re.compile(
    r"^\s*(岗位[一二三四五六七八九十\d]{1,3}\s*[:：]|第[一二三四五六七八九十\d]+[部分章节类]+|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*"
)


_DEPT_END = "科室股队站所办部处心组庭"  # 庭: a court's or an arbitral body's 审判庭, 仲裁庭
# words ending in 庭 that name no part of a body: a family, a hearing's stages ('二、开庭')
_NOT_COURT = ("家庭", "开庭", "出庭", "休庭", "闭庭", "到庭", "退庭", "当庭")


# captions of rows no 科室 holds: '三、其他岗位', '四、共性风险'
TIER_GROUPS = frozenset({"干部", "工作人员", "一般工作人员", "中层干部", "中层岗位", "一般干部"})


NO_KESHI_CAPTION = (
    "岗位",
    "风险点",
    "共性风险",
    "共同风险",
    "通用风险",
    "其他",
    "其它",
    "合计",
    "小计",
    "所有",
    "全体",
    "中层",  # '二、中层干部', '三、一般工作人员': the tiers' groups, no 科室
    "一般",
    "干部",
    "工作人员",
    "负责人",
)


def caption_numbering(text: str) -> str:
    """How a caption is numbered, its numeral's kind and marks: '一、' and '二、' alike, '（一）'
    another level ('cn、', '(cn)', '1.' …); '' when it is not numbered."""
    m = NUMBERING.match(text)
    if not m:
        return ""
    mark = m.group(1).strip()
    kind = "cn" if any(ch in "一二三四五六七八九十" for ch in mark) else "n"
    opens = "(" if mark[0] in "(（" else ""
    closes = ")" if mark[-1] in ")）" else "、"  # '二.' and '二．' number as '二、' does
    return f"{opens}{kind}{closes}" if not mark.startswith("第") else "第"


_CAPTION_HOLDER = re.compile(
    r"^(.*?)\s*[(（]?\s*(?:责任人|负责人|岗位人员|经办人|持卡人|姓名)\s*[:：]\s*([^\s()（）:：]{2,5})"
    r"\s*[)）]?\s*$"
)


# a number before a part's name on a tab, with its mark or as two digits ('1.综合办公室', '01财务部');
# '1号站', '120急救中心' are names with numbers in them
_TAB_PART_NUMBER = re.compile(
    r"^(?:[(（]\d{1,3}[)）]|\d{1,3}[.、．\-_]|\d{1,2}(?![\d号楼层栋幢路#]))"
)


def sheet_department(name: str) -> str:
    """The 科室 a sheet is named for ('执法稽查股', '计划基建科'), else ''. A tab's numbering
    ('1.综合办公室', '01财务部', '表2-规划股', '（一）办公室', '二、执法大队') and what it adds after
    the 科室 (a copy's '(2)', '（3人）', '清单', '风险点', '岗位') are no part of it."""
    s = _TAB_PART_NUMBER.sub("", "".join(name.split()))  # '1.综合办公室', '01财务部'
    if s[:1] in _TAB_DECOR_FIRST or s[-1:] in _TAB_DECOR_LAST:  # (the cheap test)
        bare = _TAB_DECOR_TAIL.sub("", _TAB_DECOR_HEAD.sub("", s, count=1), count=1)
        if bare != s and len(bare) >= 2 and _dept_like(bare):
            s = bare
    if not _dept_like(s):
        return ""  # (the cheap test first: most tabs, a person's name or 'Sheet1', name no 科室)
    if NOT_A_FORM_SHEET.search(s) or looks_like_name(s) or tier_of_post(s) or _COUNTED.match(s):
        return ""  # ('两个中队', '各科室': several, not one)
    if s.endswith(("级领导", "岗位")) or LEADERS_GROUP.match(s):
        # '校级领导', '关键岗位': the tiers a workbook's sheets are split by; '局领导', '院领导',
        # '中心领导': the body's leaders, a tier, no 科室 of it
        return ""
    return s if _dept_like(s) else ""


# what a tab writes around the 科室 it is named for (``sheet_department``): '表2-', '附表1、',
# '（一）', '二、' before; a copy's '(2)', '（3人）', '清单', '风险点', '岗位' after
_TAB_DECOR_HEAD = re.compile(
    r"^(?:附?表\d{1,3}[-－—.．、_:：]?|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
)
_TAB_DECOR_TAIL = re.compile(
    r"(?:[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})人?[)）]"
    r"|(?:廉政)?(?:风险)?(?:防控)?(?:清单|一览表|排查表|风险点|岗位))$"
)
_TAB_DECOR_FIRST = frozenset("附表(（一二三四五六七八九十")
_TAB_DECOR_LAST = frozenset(")）单表点位")


def part_tab(name: str) -> str:
    """A sheet's tab as the name of a part, 2–6 characters, no form's or person's name, else ''."""
    s = "".join(name.split())
    if not 2 <= len(s) <= 6 or NOT_A_FORM_SHEET.search(s) or tier_of_post(s) or _COUNTED.match(s):
        return ""
    if re.search(r"[\da-zA-Z]|表|单|卡|汇总|说明|附件|风险", s):
        return ""  # 'Sheet1', '一览表', '清单', '2024'
    return s


@lru_cache(maxsize=1 << 12)
def caption_holder(text: str) -> tuple[str, str]:
    """A group line that names the holder beside the post ('一、出纳岗(责任人:李明)',
    '(三)稽查员 负责人:王强') → (the line without the holder, the holder); else (text, '')."""
    m = _CAPTION_HOLDER.match(text.strip())
    if m and m.group(1) and looks_like_name(m.group(2)):
        return m.group(1), m.group(2)
    # '一、主任　禚铭远', '三、援助业务股股长 宓清扬', '二、副主任（綦若谷）': the post, then its holder
    t = text.strip()
    m = _CAPTION_POST_COLON.match(t)
    if (
        m
        and is_post(split_dept_title(m.group(2))[1])
        and marked_name(m.group(3))
        and (
            _dept_like(NUMBERING.sub("", m.group(1), count=1))
            or LEADERS_GROUP.match(NUMBERING.sub("", m.group(1), count=1))
        )
    ):
        return f"{m.group(1)} {m.group(2)}", m.group(3)  # '社会救助股　股长：眭绮云'
    num = NUMBERING.match(t)
    mark, body = (t[: num.end()], t[num.end() :]) if num else ("", t)
    m = _CAPTION_POST_NAME.match(body) or POST_BRACKET_NAME.match(body)
    if (
        m
        and (
            looks_like_name(m.group(2))
            # '一、局长　种澜汐': a space after the post marks a name whatever its surname
            or (
                m.re is _CAPTION_POST_NAME
                and len(m.group(2)) <= 3
                and marked_name(m.group(2))
                and not is_post(m.group(2))
                and not _dept_like(m.group(2))
            )
        )
        and not looks_like_name(m.group(1))
        and m.group(2) not in NOT_A_NAME
        and not VACANT.match(m.group(2))
        and not _field_of_work(m.group(2))  # ('安全生产': a field, no name)
        and is_post(split_dept_title(m.group(1).strip())[1])
    ):
        return mark + m.group(1).strip(), m.group(2)
    return text, ""


# a group row's duty in brackets after its holder: '（主持全面工作）', '（分管财务、审批）', '(负责…)'
_GROUP_DUTY = re.compile(r"[(（]\s*([^()（）]{1,30}?)\s*[)）]\s*$")
_DUTY_WORDS = re.compile(r"^(?:主持|分管|负责|协助|主管|联系|包保|挂钩|兼任|兼管|管理|统筹)")
# the words a post and its holder are written apart with on a group row: a space or a colon
_POST_HOLDER_APART = re.compile(r"^(\S.{0,15}?)(?:\s*[:：]\s*|[ \u3000]+)([^\s:：]{2,5})$")


def post_holder_caption(text: str) -> tuple[str, str, str] | None:
    """A group row over a person's points in a table with no 岗位 nor 姓名 column, naming the
    post AND its holder, however written: '一、局长　某某（主持全面工作）' (a space, a duty in
    brackets after), '二、副局长某某（分管财务）' (no space: the longest post before a name, a
    duty after it or a known surname), '三、办公室主任：某某' (a colon) → (the numbering and
    post, the holder, the duty or ''); else None. A post alone ('一、办公室主任'), a 科室
    ('二、财务股'), two posts ('三、财务股　会计'), a label ('责任人：某某') or a bracket that is
    no duty on an unspaced line ('一、局长办公会（集体决策事项）') are none."""
    t = text.strip()
    num = NUMBERING.match(t)
    mark, body = (t[: num.end()], t[num.end() :].strip()) if num else ("", t)
    if not 3 <= len(body) <= 40:
        return None
    duty = ""
    m = _GROUP_DUTY.search(body)
    if m:
        duty, body = m.group(1).strip(), body[: m.start()].strip()

    def post_ok(post: str) -> bool:
        post = post.strip()
        return (
            bool(post)
            and post not in _HOLDER_WORDS_CAPTION
            and not looks_like_name(post)
            and is_post(split_dept_title(post)[1])
        )

    def name_ok(name: str, marked: bool = False) -> bool:
        return (
            2 <= len(name) <= 5
            and bool(re.fullmatch(r"[\u4e00-\u9fff·]+", name))
            and not is_post(name)
            and not _dept_like(name)
            and name not in NOT_A_NAME
            # ('副局长　安全生产', '主任　财务管理': the field a post oversees, no one's name)
            and name[:2] not in NOT_A_NAME
            and not name.endswith(_WORK_WORDS)
            and not VACANT.match(name)
            # (a rare surname's mark only on a short name: '安全生产' is a field, no name)
            and (
                looks_like_name(name)
                or (len(name) <= 3 and marked_name(name))
                or (marked and _rare_surname_name(name))
            )
        )

    m = _POST_HOLDER_APART.match(body)
    if m:
        # a colon, or a duty said after it ('（分管…）'), marks the words after the post as its
        # holder: a name of four or five characters of a surname not listed ('会计：吐火罗珩',
        # '副院长　吐火罗湉（分管医疗）'), where a space alone may part a post from its field
        said = ":" in body[m.end(1) : m.start(2)] or "：" in body[m.end(1) : m.start(2)]
        marked = said or bool(_DUTY_WORDS.match(duty))
        if post_ok(m.group(1)) and name_ok(m.group(2), marked):
            return mark + m.group(1).strip(), m.group(2), duty
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff·]+", body):
        return None
    # no space: the post typed onto the name, told apart by the post's words
    found = [
        (body[:-n], body[-n:])
        for n in range(2, 6)
        if len(body) - n >= 2
        and as_keyed(body[:-n]).endswith(_UNSPACED_POST_ENDS)
        and post_ok(body[:-n])
        and name_ok(body[-n:])
    ]
    sure = [x for x in found if looks_like_name(x[1])]
    if len(found) != 1 and len(sure) == 1:
        found = sure
    if len(found) != 1:
        return None
    post, name = found[0]
    if not (looks_like_name(name) or _DUTY_WORDS.match(duty)):
        return None  # ('一、局长办公会': no name, no duty said after it)
    return mark + post, name, duty


# the last words of a post's line of work, never a given name's ('森林防火', '乡村振兴',
# '现金收付'): a space after a post and no colon leave them the post's field, not a holder
_FIELD_ENDS = ("防火", "振兴", "治理", "保护", "整治", "稳定", "卫生", "教育", "文化", "旅游", "交通", "水利",
               "林业", "农业", "民政", "社保", "计生", "统计", "征收", "拆迁", "安置", "维护", "调解", "发展",
               "改革", "改造", "监测", "防控", "防疫", "环境", "生态", "经济", "产业", "收费", "征管", "核算",
               "收付", "报账", "运维", "联络", "会务", "督查", "督办", "考核", "考勤", "巡查", "纪检", "环保",
               "应急", "消防", "安全", "民生", "就业", "医疗", "医保", "低保", "救助", "优抚", "双拥", "国防",
               "环卫", "城管", "市容", "绿化", "殡葬", "宗教", "民族", "侨务", "档案", "保密", "信息", "网络",
               "妇女", "儿童", "老龄", "残疾", "科普", "体育", "外事", "工会", "团委", "党务", "禁毒", "综治")  # fmt: skip


def post_spaced_rare_holder(text: str) -> tuple[str, str, str] | None:
    """A group row naming a post, a space and its holder of a surname no list holds, with
    nothing but the line's shape to say so — no colon, no duty in brackets ('二、出纳　土难琤岚',
    '一、站长 奚斗卢瑛琦') → (the numbering and post, the holder, ''); else None. The words after
    the space are four or five characters of no post's or work's words, no 科室, no post's line
    of work ('副局长　安全生产', '主任　综合协调', '副镇长　森林防火'), no word saying how the post
    is held (``post_holder_caption`` reads the names a list or a colon marks)."""
    t = text.strip()
    num = NUMBERING.match(t)
    mark, body = (t[: num.end()], t[num.end() :].strip()) if num else ("", t)
    parts = body.replace("\u3000", " ").split()
    if len(parts) != 2:
        return None
    post, name = parts
    if not (4 <= len(name) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+", name)):
        return None
    if (
        looks_like_name(name)  # (a listed surname: ``post_holder_caption``'s)
        or not _rare_surname_name(name)
        or not _no_post_nor_work(name)
        or name[:2] in NOT_A_NAME
        or name[2:] in NOT_A_NAME
        or _field_of_work(name)
        or name.endswith(_FIELD_ENDS)
        or _DUTY_WORDS.match(name)
    ):
        return None
    if (
        post in _HOLDER_WORDS_CAPTION
        or looks_like_name(post)
        or not is_post(split_dept_title(post)[1])
    ):
        return None
    return mark + post, name, ""


def _rare_surname_name(name: str) -> bool:
    """Four or five characters that may be a name of a compound surname no list holds ('吐火罗湉',
    '莫侯琤澜'), where a colon or a duty marks them as a holder's: no word of posts or work in them,
    no word saying how a post is held first."""
    return (
        4 <= len(name) <= 5
        and name[0] not in _NOT_A_SURNAME
        and not any(ch in NOT_NAME_CHARS for ch in name)
        and not NO_ONE.match(name)
    )


# what a numeral opening a labelled holder's words makes of them: a level, an ordinal, a count or a
# kind ('一级', '一般人员', '二类', '一把手', '三人'), no surname's character ('一那蒌珩' is a name)
_NUMERAL_WORD = re.compile(
    r"^[一二三四五六七八九十两]+(?:级|类|般|把|线|岗|名|人|号|组|等|档|批|次|期|年|月|季|是|起|律|同|并|体|切|概)"
)
# the first characters of words saying how a post is held, not by whom ('暂缺', '外借', '临时',
# '退休', '已调离', '借调', '派驻', '在编', '不设', '未定', '无'): ``_NOT_A_SURNAME`` less its numerals
_STATUS_OPENERS = frozenset(
    "空暂外临退已调借派在编不未无男女汉群大中小休病见另新实返初高副正兼代缺轮驻挂"
)


def labelled_rare_name(text: str) -> bool:
    """Three to five Han characters a label marks as the holder's name ('责任人：一那蒌珩', '责任岗位：
    股长　万纽于澈') though their surname is no listed one, whatever its first character ('一那蒌'
    opens with a numeral's): no character of posts or work, no post, 科室, field or line of work,
    vacancy, duty, level or ordinal ('一级', '一般人员'), no one ('待定', '全体')."""
    return (
        3 <= len(text) <= 5
        and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None
        and text[0] not in _STATUS_OPENERS
        and not _NUMERAL_WORD.match(text)
        and _no_post_nor_work(text)
        and not _DUTY_WORDS.match(text)
        and text[:2] not in NOT_A_NAME
        and text[-2:] not in NOT_A_NAME
        and not _field_of_work(text)
        and not text.endswith(_FIELD_ENDS)
        and not any(
            w in text for w in ("各", "全", "相关", "有关", "人员", "等", "们", "本人", "附", "第")
        )
    )


# what a post typed onto its holder's name ends with: its last word, not a tier's word inside it
# ('副局长贺' holds '局长' but ends on the name)
_UNSPACED_POST_ENDS = ("长", "员", "主任", "书记", "会计", "出纳", "干部", "委员", "主管", "经理", "专干", "负责人",
                       "内勤", "法官", "医生", "护士", "教师", "岗", "师", "秘书", "文书", "助理", "主席")  # fmt: skip
# the words of a field of work ending a post's second word: '安全生产', '项目管理'
_WORK_WORDS = ("生产", "工作", "管理", "建设", "服务", "审批", "执法", "监督", "项目", "资金", "业务", "事务",
               "人事", "综合", "保障", "全面", "救援", "宣传", "培训", "协调", "信访", "维稳", "党建",
               "财务", "后勤", "防汛", "扶贫", "招商", "规划")  # fmt: skip


def _field_of_work(text: str) -> bool:
    """Four characters or more ending in a field of work ('安全生产', '应急救援', '综合协调'), not
    a name of a compound surname ('欧阳建设')."""
    return len(text) >= 4 and text.endswith(_WORK_WORDS) and text[:2] not in COMPOUND_SURNAMES


def field_after_post(text: str) -> tuple[str, str] | None:
    """A group row naming a post and, apart from it, the field of work it oversees ('一、副局长
    安全生产', '（二）副主任　应急救援') → (the numbering and post, the field); else None. The field
    is no one's name though its first character is a surname's ('安全生产': 安)."""
    t = text.strip()
    num = NUMBERING.match(t)
    mark, body = (t[: num.end()], t[num.end() :].strip()) if num else ("", t)
    parts = body.replace("\u3000", " ").split()
    if len(parts) != 2 or not 3 <= len(parts[1]) <= 8 or not _field_of_work(parts[1]):
        return None
    if not is_post(split_dept_title(parts[0])[1]) or is_post(parts[1]):
        return None
    return mark + parts[0], parts[1]


# the labels of a holder, no post ('责任人：某某' is a field)
_HOLDER_WORDS_CAPTION = frozenset(
    (
        "责任人",
        "负责人",
        "填表人",
        "填报人",
        "审核人",
        "联系人",
        "经办人",
        "监督人",
        "姓名",
        "岗位",
        "职务",
    )
)


_CAPTION_POST_COLON = re.compile(
    r"^(\S.{0,20}?)[ \u3000]+([^\s:：]{1,12})\s*[:：]\s*([^\s:：]{2,4})$"
)


_CAPTION_POST_NAME = re.compile(r"^(\S.{1,20}?)[ \u3000]+(\S{2,4})$")


_POST_LABEL = re.compile(r"^(?:岗位|职务|岗位名称)[:：]")


# a caption naming a group of people, no post ('主要领导', '中层领导', '班子成员')
_GROUP_ENDS = ("领导", "成员")


# the farms a body runs, each one part of it when a caption heads its rows ('三、国有林场')
_FARM_ENDS = ("林场", "农场", "牧场", "茶场", "苗圃")


def caption_identity(text: str) -> tuple[str, str] | None:
    """What a group line or caption names: ('department', '招生就业处'),
    ('title', '村委会主任'), or None ('(一)执法类别:税收执法权', '公务车管理流程图')."""
    s = NUMBERING.sub("", text.strip(), count=1)
    s = re.sub(r"\s+", "", s)
    s = _POST_LABEL.sub("", s)  # '岗位：主任': the post
    if not 2 <= len(s) <= 20 or any(ch in s for ch in ":：;；,，。"):
        return None
    words = s.replace("预防控制", "")  # '疾病预防控制中心' is no '防控' title
    if any(w in words for w in ("风险", "廉政", "廉洁", "防控", "一览", "清单")) or s.endswith(
        TITLE_ENDS
    ):
        return None  # the title of a form or list, not a post or 科室
    if s.endswith("岗位") and len(s) > 3:
        s = s[:-2]
    head = _ALIAS.sub("", s) or s  # '办公室(综合科)', '行政审批局(…)': the name before it
    bare = head.replace("“", "").replace("”", "").replace('"', "")
    if bare.endswith("两委") and 3 <= len(bare) <= 6:
        return ("department", head)  # '一、社区“两委”', '村两委': a 社区's or a 村's leaders
    if head.endswith(("调解委员会", "监督委员会", "调委会")):
        return (
            "department",
            head,
        )  # '二、人民调解委员会', '居务监督委员会': a 社区's or a 村's part
    if _names_unit(head):  # '县财政局', 'XX县教育局': a unit of a multi-unit list
        return ("unit", head[:-2] if head.endswith("机关") else head)
    if head.endswith(("科", "股", "室", "中心", "社区", "组", "处", "队")) and not head.endswith(
        ("科员", "队员")
    ):
        # '离退休干部服务股', '会计核算组': a 科室, whatever post word is inside it
        return ("department", head)
    if head in ("董事会", "监事会", "理事会", "经理层", "经营层", "经营班子"):
        return ("department", head)  # '一、董事会': a company's or a 合作社's board
    if LEADERS_GROUP.match(head) and not head.startswith(UNIT_LEADERS):
        return ("department", head)  # '一、局领导': the body's own leaders, a 科室 of their own
    if (tier_of_post(head) or head.endswith(POST_ENDS)) and not head.endswith(_GROUP_ENDS):
        return ("title", s)
    if (head[-1] in _DEPT_END and not head.endswith(_NOT_COURT)) or head.endswith(
        ("中心", "办公室", "班子", "局", "院", "馆", "厅", *SECTION_ENDS, *_FARM_ENDS)
    ):
        # a 局 heading rows inside a table is one part of the body; a 林业局's '三、国有林场'
        # (a 苗圃, a 农场) is one too (batch1037)
        return ("department", head)
    return None


# what a unit's name ends with, as a caption of a list of several units writes it
_UNIT_NAME_END = ("局", "委", "监委", "中心", "院", "学校", "小学", "中学", "政府", "办事处", "委员会",
                  "大队", "公司", "镇", "乡", "街道", "站", "所", "馆", "会")  # fmt: skip


def _names_unit(head: str) -> bool:
    """A caption naming a unit, not a part of one: a county's (city's, district's) body
    ('县财政局', '区政务服务中心', '泉山区财政局', 'XX镇', '县教育局机关')."""
    if head.endswith("机关") and len(head) > 4:
        head = head[:-2]  # the body's own offices, beside its 二级单位
    if len(head) < 3 or not head.endswith(_UNIT_NAME_END):
        return False
    return (
        head[0] in "县市区州旗"
        and head[:2] != "市场"
        or head.startswith("XX")
        or (unit_in_title(head) == head)
    )


def caption_level(text: str, config) -> str:
    """The level a group line names ('一、一级风险点(…)' → '一级风险点'), or ''."""
    s = NUMBERING.sub("", text.strip(), count=1)
    s = re.sub(r"[(（].*?[)）]|[(（].*$", "", s).strip()
    if 2 <= len(s) <= 12 and ("风险" in s or s.endswith("级")) and config.level(s):
        return s
    return ""


# what a level group line may close on after its level words, outside any bracket: its count
# ('：共3个', '　4项', '3个', '共2条', '，计5处') or a colon alone ('一级风险点：')
_LEVEL_COUNT_TAIL = re.compile(
    r"(?:\s*[:：,，;；]\s*|\s+|(?=[共计合\d一二两三四五六七八九十]))"
    r"(?:(?:共|计|合计|共计)\s*)?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*[个项条处](?:风险点)?"
    r"\s*[。.；;]?$"
    r"|\s*[:：]\s*$"
)
# the marks such a tail is written with (a sheet with none of them has no such line)
LEVEL_TAIL_MARKS = ("个", "项", "条", "处", "：", ":")


def caption_level_tail(text: str, config) -> tuple[str, str]:
    """The level a group line names when its level words close on a count or a colon outside
    any bracket ('一、高风险点：共3个', '二、二级风险点　4项', '三、低风险点3个', '（一）中风险点：'):
    (the level words, the tail), as ``caption_level`` reads the line without the tail; ('', '')
    otherwise, and for a line ``caption_level`` reads as it is."""
    s = NUMBERING.sub("", text.strip(), count=1)
    s = re.sub(r"[(（].*?[)）]|[(（].*$", "", s).strip()
    m = _LEVEL_COUNT_TAIL.search(s)
    if m is None or not m.group(0).strip():
        return "", ""
    words = s[: m.start()].strip()
    # ('一、高风险岗位：共3个' counts posts, of a post's grade: no level of its points)
    if (
        2 <= len(words) <= 12
        and ("风险" in words or words.endswith("级"))
        and "岗位" not in words
        and config.level(words)
    ):
        return words, m.group(0).strip()
    return "", ""


# a level group line SAYING its level, the level inside quotes or after 为/是/a colon:
# '风险等级为“高”的风险点', '风险等级为中的风险点', '等级：低', '风险级别是“一级”', '风险等级“Ⅱ级”'
_QUOTES = "“”\"'‘’「」『』"
_LEVEL_SAID = re.compile(
    rf"^(?:(?:廉政)?风险(?:点)?)?(?:等级|级别)\s*(?:为|是|[:：]|(?=[{_QUOTES}]))\s*"
    rf"(?P<q>[{_QUOTES}]?)\s*(?P<level>[^{_QUOTES}的，,。；;:：\s]{{1,6}}?)\s*(?P<qq>[{_QUOTES}]?)"
    r"\s*(?:的)?\s*(?:(?:廉政)?风险点?|(?:风险)?事项)?\s*[。.；;]?$"
)
# what a sheet holding such a line has (``grid.lacks`` of these first)
LEVEL_SAID_MARKS = ("等级", "级别")


def caption_level_said(text: str, config) -> str:
    """The level a group line says in words of its own, the level inside quotes or after
    为/是/a colon ('一、风险等级为“高”的风险点' → '高', '（二）风险等级为中的风险点' → '中', '三、等级：低'
    → '低', '一、风险级别是“一级”（3个）' → '一级'), or ''; '' also for a line ``caption_level``
    reads as it is, for one counting posts ('风险等级为高的岗位') and for words no level."""
    s = NUMBERING.sub("", text.strip(), count=1)
    s = re.sub(r"[(（].*?[)）]|[(（].*$", "", s).strip()
    m = _LEVEL_SAID.match(s)
    if m is None or bool(m.group("q")) != bool(m.group("qq")):
        return ""  # (a quote opened and not closed, or closed and never opened: no such line)
    level = m.group("level")
    if "岗位" in level or not config.level(level):
        return ""
    return level


# what a list of a body's covers, after its name: '机关股室及局属单位', '局属学校', '及所属单位'
_SCOPE_TAIL = re.compile(
    r"(?<=[局院委办会])(?:机关(?:各)?(?:股室|科室|处室|部门)?)?(?:(?:(?:及|和|与|、)?"
    r"(?:局|院|委|所|直|下)|(?<=[局院委]))属(?:各)?[\u4e00-\u9fff]{0,6}?"
    r"(?:单位|学校|医院|企业|机构))?$"
)
_TITLE_CUT = re.compile(
    r"(关键岗位|重点岗位|岗位|党风廉政|廉政|廉洁|权力|职权|风险|小微|责任清单|(?<!预)防控)"
)  # not the 防控 of 疾病预防控制中心


UNIT_END = ("局", "委", "村委会", "居委会", "政府", "公司", "办事处", "委员会", "管委会", "集团", "学校", "大学", "医院", "街道",
             "小学", "中学", "幼儿园", "学院", "法院", "检察院", "银行", "联社", "信用社", "卫生院", "保健院", "联合社", "中心校", "党校",
             "常委会", "监狱", "看守所", "卫生服务中心", "卫生服务站", "敬老院", "福利院", "养老院", "光荣院", "合作社",
             "区", "县", "市", "旗", "镇", "乡", "村", "社区", "省", "州")  # fmt: skip


_COUNTY_BODY = ("中心", "大队", "调查队", "扑火队", "救援队", "搜救队", "消防队", "执法队", "稽查队", "勘查队", "测绘队", "工作队", "办公室", "研究室", "教研室", "公证处", "登记处", "馆", "宫", "会", "社", "院", "站", "所", "管理处", "部", "局", "林场",
                "农场", "牧场", "渔场", "茶场", "苗圃", "场", "厅", "血站", "敬老院", "福利院", "养老院", "光荣院", "储备库", "粮库", "血库", "总会", "海事处", "联", "科协", "剧团", "乐团", "艺术团", "歌舞团", "杂技团", "台", "养护段", "管理段", "公路段", "工务段")  # fmt: skip


REGION_END = ("省", "市", "区", "县", "旗", "州")
# the names a county's own body may end with that a body's part ends with too (a 公司's
# '客户服务部'): a unit only right after the county ('XX县住房公积金管理部')
_BODY_DEPT_ENDS = ("管理部", "服务部", "营业部")
# the stores a 中心 names as a whole body ('XX旗中心粮库')
_CENTRAL_STORE = ("粮库", "储备库", "血库")


# a national bureau whose teams in the counties are units of their own ('国家统计局XX调查队')
_NATIONAL = re.compile(r"^国家[^\s局]{2,12}局$")


# bodies of their own a 局 runs in a 镇: 'XX县教育局城关镇中心学校' is the school
_SELF_PART = frozenset(
    "本" + w for w in ("站", "所", "科", "室", "股", "队", "局", "院", "处", "办", "科室", "股室", "单位",
                       "部门", "中心")
)  # fmt: skip


_PLACED_UNIT = ("学校", "小学", "中学", "中心校", "幼儿园", "卫生院", "医院", "中心")


_PLACE_END = (*REGION_END, "镇", "乡", "街道")


_INSTITUTION_END = ("大学", "学院", "医院", "公司", "集团", "中学", "小学", "总局", "银行", "联社", "检察院",
                    "法院")  # fmt: skip


# a county's (city's, district's) government or party committee: its 办公室 is a unit of its own
COUNTY_SEAT = re.compile(r"([县市区州旗]人民政府|[县市区州旗]政府|[县市区州旗]委|人大常委会|政协)$")


_YEAR = re.compile(r"^(\d{4}|[〇零一二三四五六七八九]{4})年度?")


# '附件1', '附件三：', '附件二遂昌县…'; not the 三 of '附件三台县…' (see ``_annex_off``)
_ANNEX_PREFIX = re.compile(r"^\s*附件([0-9]+|[一二三四五六七八九十]{1,3})?[\s:：、.．]*")


def _annex_off(text: str) -> str:
    """The text after an '附件N' it begins with. A numeral in words glued to the name is the
    annex's, unless it begins a place's name ('附件三台县…', '附件三门峡市…', '附件一三门峡市…':
    三台县, 三门峡市; '附件二遂昌县…': 遂昌县)."""
    m = _ANNEX_PREFIX.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    n = m.group(1) or ""
    if n and not n.isdigit() and m.end(1) == m.end():
        for k in range(len(n)):  # the annex's number is n[:k], the place begins with n[k:]
            if (n[k:] + rest).startswith(NUMERAL_PLACES):
                return n[k:] + rest
    return rest


# places whose names begin with a numeral, with their kind ('三门峡市'), which an '附件N' glued before
# them must leave whole ('附件三江西省…' is the 附件 of 江西省, not a place 三江)
NUMERAL_PLACES = (
    "二七区", "二道区", "二道江区", "二连浩特市", "三台县", "三河市", "三明市", "三亚市", "三门峡市", "三门县",
    "三江侗族自治县", "三原县", "三都水族自治县", "三穗县", "三沙市", "三水区", "三元区", "三山区", "四川省",
    "四会市", "四平市", "四子王旗", "四方台区", "五莲县", "五河县", "五峰土家族自治县", "五寨县", "五台县",
    "五常市", "五华县", "五华区", "五指山市", "五家渠市", "五大连池市", "五营区", "五通桥区", "五原县",
    "六安市", "六盘水市", "六合区", "六枝特区", "七台河市", "七星关区", "七星区", "七里河区", "九江市",
    "九台区", "九龙县", "九龙坡区", "九寨沟县", "九原区", "八公山区", "八步区", "八宿县", "十堰市",
    "三江县", "三都县", "五峰县", "四川",  # as often written short
)  # fmt: skip


# a unit's parts in a title: _ORG_PART's, and villages and communities ('XX镇XX村')
_UNIT_PART = re.compile(
    r".*?(?:办事处|委员会|人大常委会|常委会|管委会|政府|公司|集团|大学|委党校|党校|委[^\s委]{1,10}?(?:局|委员会)|委[^\s委]{1,7}?(?:部|研究室)|协会|学会|商会|研究会|基金会|促进会|联合会|联谊会|中心小学|中心学校|中心校|中心幼儿园|中心卫生院|学校|小学"
    r"|中学|幼儿园|研究室|教研室|(?<=..)站(?![前后东西南北区街镇村路])|(?<=..)(?<!场)所(?![在属有辖前城里街]|[乡镇](?![乡镇村级区域])|(?<=[县区市旗].所)[乡镇])"
    r"|医院|卫生院|卫生室|街道|社区卫生服务(?:中心|站)|中心血[站库]|中心|敬老院|福利院|养老院|光荣院|大队|调查队|(?:扑火|救援|搜救|消防|执法|稽查|勘查|测绘|工作)队(?!伍)|公证处|登记处|海事处|(?:社科|工商|文|侨|残|妇)联(?![合络系席防动盟谊])|科协(?![管调助理作])|[剧乐]团|艺术团|歌舞团|杂技团|社区(?!矫正|戒毒|康复)|银行|联合社|联社|办公室|联合会|红十字会|工会|合作社|馆|保健院|管理处|(?:养护|管理|公路|工务)段"
    r"|林场|农场|牧场|渔场|茶场|苗圃|(?<=..)(?<![市广现考会操停商卖剧])场(?![所地馆部站区镇乡村口建])"
    r"|(?<![县区][城都])(?:市(?!场|容|政(?!府)|民(?!政|宗))|(?<![县区])市(?=政务))|(?<!社)区(?!域)|社区(?!矫正|戒毒|康复)|(?<![农驻])村(?![级民务委]|镇(?!村))|居委会|村委会|[局县镇院旗]|委(?!托|派(?!驻|出))|乡|(?<=..)(?<![国大餐展])厅(?![级局])"
    r"|(?<=..)(?<!国)省(?![级会])|(?<=..)州(?![市县区级河镇村街]|乡(?!村))"
    r"|(?<=[年化族童技])宫|总会(?!计)|储备库|粮库|监狱|看守所|(?<=..)(?:管理|服务|营业)部(?![门长])|(?:电视|广播|发射|转播|差转|气象|地震|天文|观测|观象|监测|电)台(?![湾办账帐区前阶风站长]))"
)


_ORG_PART = re.compile(
    r".*?(?:办事处|委员会|联合会|红十字会|政府|公司|集团|大学|学校|小学|中学|幼儿园|医院|街道|中队|大队|中心校|中心血站|中心|办公室|银行|联社"
    r"|支行|分行|分理处|(?<!家)庭|人大常委会|常委会"
    r"|(?<![县区][城都])(?:市(?!场|容|政|民(?!政|宗))|(?<![县区])市(?=政务))|(?<![城郊园景灌库矿林牧垦社])区(?!域)|社区(?!矫正|戒毒|康复)|处(?![理置罚分])|(?<!场)所(?![在属有辖]|[乡镇](?![乡镇村级区域])|(?<=[县区市旗].所)[乡镇])"  # not 处理, 所在, 城区
    r"|(?:社科|工商|文|侨|残|妇)联(?![合络系席防动盟谊])|科协(?![管调助理作])"
    r"|科(?![技研学普]|联(?![合络系])|协(?![管调助理作]))|党校|[剧乐]团|艺术团|歌舞团|杂技团"
    r"|[局县室站队办院]|委(?!托|派(?!驻|出))|股(?!份)|(?<![干全内外局])部|(?<!大)厅|(?<=..)(?<!国)省(?![级道直内外属委会])"
    r"|(?<=..)州(?![市县区级河镇村街]|乡(?!村))|教学点|服务点|代办点|网点|(?:电视|广播|发射|转播|差转|气象|地震|天文|观测|观象|监测|电)台(?![湾办账帐区前阶风站长])"
    r"|镇|乡(?!村))"  # not the 乡 of 乡村
)


# the bodies a 供销合作社联合社 runs as units of their own ('…联合社电子商务公共服务中心')
_UNION_BODY = ("中心", "站", "所")
# the body that runs what the words before name: '泵站' + '管理所', '体育场馆' + '管理中心'
_RUNS = r"(?:总站|中心|大队|所|处|站|局|队)"
_RUN_BY = re.compile(r"(?:管理|管护|养护)" + _RUNS)
# what a body runs, not a body with parts of its own (a 局's, a 院's 服务中心 is its part)
_FACILITY = ("站", "馆", "场", "库", "圃", "园", "闸")
# facilities no body works in, whose service centre is their own body ('XX县体育场馆服务中心')
_SERVED = ("泵站", "闸站", "电站", "排灌站", "提水站", "场馆", "体育馆", "体育场")
_SERVED_BY = LazyRe(r"(?:管理|管护|养护|服务)" + _RUNS)


# words made of place ends that are no place: '城镇住房保障中心', '城乡建设局', '乡村振兴办'
_COMPOUND_PLACE = frozenset({"乡", "城镇", "村镇", "乡镇", "城乡", "乡村"})


class _Got:
    """A part matched by one of the part patterns, over a compound of place ends if need be."""

    __slots__ = ("text", "stop")

    def __init__(self, text: str, stop: int) -> None:
        self.text, self.stop = text, stop

    def group(self, _i: int = 0) -> str:
        return self.text

    def end(self) -> int:
        return self.stop


def _match_part(
    rx: re.Pattern, head: str, pos: int, one: str = "站所科室股队办处部院局委"
) -> _Got | None:
    """``rx.match(head, pos)``, but a part that is only '城镇', '城乡', '乡村' … (or that ends in one
    right after a region) goes on to the next end: 'XX县城镇住房保障中心', 'XX镇乡村振兴工作站'."""
    got = rx.match(head, pos)
    if got is None:
        return None
    text, stop = got.group(0), got.end()
    while (
        text in _COMPOUND_PLACE
        or _ends_in_compound(text)
        or (len(text) == 1 and text in one)  # '…客运站站务科', '县委办公室', '局办公室'
    ):
        nxt = rx.match(head, stop) if stop < len(head) else None
        if nxt is None:
            return None  # '…局乡村' and no name ending after it: no part here
        text, stop = text + nxt.group(0), nxt.end()
    return _county_spelt_on(head, _Got(text, stop))


# what follows a 县 that makes a word of it ('县级', '县道', '县域', '县城', '县直', '县属'), no county
_COUNTY_WORD_ON = frozenset("级道域城直属内外里区乡镇")
# what follows a 市 that makes a word of it ('市场', '市民', '市容', '市政', '市县'), no city
_CITY_WORD_ON = frozenset("场民容政县郊貌井")


def _county_spelt_on(head: str, got: _Got | re.Match) -> _Got | re.Match:
    """'西乡' before '县水利局': a county named with a 乡 or 镇 in it ('西乡县', '安乡县', a
    county-level city '丰镇市'), no 乡 of its own; the part goes on through its 县 (旗, 市), else
    the county is lost ('丰镇市校园餐配送中心' read '丰镇'). A 市 that opens a word is none
    ('…镇市场监管所', '…镇市民服务中心', '…镇市级…')."""
    text, stop = got.group(0), got.end()
    after = head[stop + 1 : stop + 2]
    if (
        len(text) == 2
        and text[1] in "乡镇"
        and head[stop : stop + 1] in ("县", "旗", "市")
        and after not in _COUNTY_WORD_ON  # ('马镇县级河长办', '高乡县道')
        and not (head[stop] == "市" and (not after or after in _CITY_WORD_ON))
    ):
        return _Got(text + head[stop], stop + 1)
    return got


_PLACE_WORDS = ("镇", "乡", "村", *REGION_END)


def _place_opening(head: str, got: _Got | re.Match, rx: re.Pattern = _UNIT_PART) -> _Got | re.Match:
    """A lone place word opening a county's name ('镇坪县', '镇原县', '镇巴县') or a city's
    district named for where it lies ('市中区', '市北区'): the name through its own end; else
    ``got`` as it was ('镇村建设…', '镇政府', '村账镇代管', '县城乡…', '县景区…', '县级市…',
    '镇社区…' name no place)."""
    word = got.group(0)
    if word not in _PLACE_WORDS:
        return got
    nxt = rx.match(head, got.end())
    if nxt is None:
        return got
    name = word + nxt.group(0)
    inner = name[1:-1]
    if not 1 <= len(inner) <= 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in inner):
        return got
    county = name.endswith("县") and not any(
        ch in "省市区县旗州镇乡村城各本全该邻外每" for ch in inner
    )
    district = word == "市" and name.endswith("区") and inner in ("中", "东", "南", "西", "北")
    return _Got(name, nxt.end()) if county or district else got


def _ends_in_compound(text: str) -> bool:
    """'XX县城镇' (a region, then only '城镇'): the compound begins the next name."""
    for w in ("城镇", "城乡", "村镇", "乡镇", "乡村"):
        if text.endswith(w) and text[: -len(w)].endswith(REGION_END):
            return True
    return False


_COUNTY_GOVERNMENT = re.compile(r"[县区市旗](?:人民)?政府$")
# a county's party committee's office named short, right after the county ('平川县委办', '平川县
# 县委办督查室', '平川县委编办', '…县委网信办'); not its 办公室 (read as a part) nor a 委办局 list
_PARTY_OFFICE_SHORT = re.compile(r"[县区市旗]?委(?:编|网信|农|政研|深改|外事)?办(?![公事理案结局])")
# a county government's office named short right after it: '政府办' ('平川县政府办信息科'), '金融办',
# '法制办', '采购管理办' (not '办公室', '办事处', '办理…')
_GOVERNMENT_OFFICE_SHORT = re.compile(r"(?:[^\s,，、办局的岗廉风科股室]{1,6}?)?办(?![公事理案结])")


def _government_office(title_text: str, dept: str) -> bool:
    """'XX区人民政府教育督导室': an office of a county's government (not its 办公室, nor a 镇's
    党政办公室) is a body of its own, named whole."""
    return (
        (
            (dept.endswith("室") and len(dept) >= 4)  # ('财务室', '机要室', '督查室': a 科室 of it)
            # '…县政府采购管理办', '…县政府法制办': the government's office named short
            or (dept.endswith("办") and len(dept) >= 3)
        )
        and not dept.endswith("办公室")
        and not any(ch in dept for ch in "、，,/")
        and bool(_COUNTY_GOVERNMENT.search(_unit_in_title(title_text)))
    )


@lru_cache(maxsize=1 << 12)
def unit_in_title(title_text: str) -> str:
    """``_unit_in_title``, a county government's own office taken in ('XX区人民政府教育督导室')."""
    unit = _unit_in_title(title_text)
    if unit and _COUNTY_GOVERNMENT.search(unit):
        dept = _dept_in_title(title_text)
        if _government_office(title_text, dept):
            return unit + dept
    return unit


def _shortened(part: str, unit: str) -> bool:
    """``part`` is the short name of the body ``unit`` ends with ('管委会' of '…管理委员会'):
    its characters in order in the body's last words, ending as it ends."""
    if len(part) < 2 or part[-1] != unit[-1]:
        return False
    rest = iter(unit[-3 * len(part) :])
    return all(ch in rest for ch in part)


# the label of a unit line read as a title: '导出单位：', '填报单位:', '单位名称：'
_LABELLED_UNIT = re.compile(r"^\s*(?:导出|填报|所属|所在)?单\s*位(?:名称)?\s*[:：]\s*")


# a run of rule marks a title was typed after (a card's cut line and the next card's title, a
# Chinese dash setting it off: '——XX局——…')
_RULE_OPENING = re.compile(r"^[\s\-－–—─━=＝_＿~～·…✂✄]{2,}")


@lru_cache(maxsize=1 << 12)
def _unit_in_title(title_text: str) -> str:
    """The unit a table's title names: 'XX县发展和改革局科室岗位…' → 'XX县发展和改革局',
    'XX区XX小学总务处岗位…' → 'XX区XX小学'; '' when it names none ('城南收费站…')."""
    m = _TITLE_CUT.search(title_text)
    head = _annex_off(title_text[: m.start()] if m else title_text)  # '附件1'
    head = _RULE_OPENING.sub("", head)  # '----------XX县疾控中心…': a cut line glued to it
    if "单位" in head[:8]:  # '导出单位：XX库　导出时间：…', a unit line's label is no part of it
        head = _LABELLED_UNIT.sub("", head)
    head = _YEAR.sub("", re.sub(r"\s+", "", head))  # '2023年度' before the name
    head = _SCOPE_TAIL.sub("", head)  # '…建设局机关股室及局属单位': what the list covers, no name
    if not head or len(head) > 60 or NUMBERING.match(head):
        return ""  # '一、村党支部书记': a caption, not a title
    unit, pos = "", 0
    while pos < len(head):
        short = _PARTY_OFFICE_SHORT.match(head, pos)
        if (
            short
            and unit.endswith(("县", "区", "市", "旗"))
            and not unit.endswith("社区")
            and (short.group(0)[0] == "委" or short.group(0)[0] == unit[-1])
        ):
            unit, pos = unit + short.group(0), short.end()  # '平川县委办', '平川县县委办督查室'
            continue
        got = _match_part(_UNIT_PART, head, pos)
        if got and got.group(0) == "省" and unit.endswith("省"):
            unit, pos = unit + "省", got.end()  # '湖北省省直机关工委': the 省's own bodies
            continue
        if (not got or len(got.group(0)) < 2) and unit.endswith(("县", "区", "市")):
            # '中共泸县县委统一战线工作部': a county named with 县 before its 县委
            again = (
                _match_part(_UNIT_PART, head, pos + 1)
                if head.startswith(("县委", "区委", "市委"), pos)
                else None
            )
            if again and len(again.group(0)) >= 2:
                got = None
                unit, pos = unit + head[pos] + again.group(0), again.end()
                continue
        if got and len(got.group(0)) < 2:
            got = _place_opening(head, got)  # '镇坪县', '市中区': a place named with its end
        if not got or len(got.group(0)) < 2:
            break
        part = got.group(0)
        if (
            part.count("（") + part.count("(") > part.count("）") + part.count(")")
            and unit.endswith(UNIT_END)
            and not unit.endswith((*REGION_END, "乡", "镇", "村", "街道", "社区"))
        ):
            break  # '…税务局股室（分局）岗位…': after a whole body, a part cut inside its brackets
        if unit and head.startswith("领导", got.end()) and (part in unit or _shortened(part, unit)):
            # '…有限公司公司领导岗位…', '…街道办事处街道领导…', '…管理委员会管委会领导…': the
            # body's own leaders, the body named again by its short name
            break
        if part == "社区" and unit.endswith("社区"):
            break  # 'XX社区社区事务…': the 社区's own affairs, no second 社区
        if part.endswith("政府") and unit and not unit.endswith((*REGION_END, "镇", "乡")):
            break  # '…财政局政府采购股': 政府采购 is a word, a 政府 after a 局 no government
        if part.endswith(_BODY_DEPT_ENDS) and not (
            len(unit) >= 3 and unit.endswith(("县", "旗", "市"))
        ):
            # '突泉县住房公积金管理部…' right after a county is a body of its own; after anything else
            # ('景区管理部', '…公司客户服务部', '服务区管理部') a 部 of a body, no unit
            break
        if unit and head.startswith("长", got.end()) and part in ("副局", "副院", "副镇", "副乡"):
            break  # 'XX县水利局副局长…': the post of the card's holder, no part of the unit
        national = not unit and bool(_NATIONAL.match(part))
        if not unit and not (
            part.endswith(_PLACE_END)
            or (len(part) >= 4 and part.endswith(_INSTITUTION_END))
            or national
        ):
            break  # a unit is named from its place ('XX县…'): '党委办公室', '学校食堂' name none
        if national:
            unit, pos = part, got.end()  # '国家统计局XX调查队': the bureau's team in a county
            continue
        # right after a region or a national bureau ('国家统计局XX调查队')
        after_region = (unit.endswith(REGION_END) and not unit.endswith("社区")) or bool(
            _NATIONAL.match(unit)
        )
        # right after a region, a 中心, a 大队, an office, a 馆 or a 会 is a unit of its own
        # ('XX区城管执法大队', 'XX县人民防空办公室', 'XX县图书馆', 'XX县妇女联合会')
        # after a village, the body that keeps it as a site ('XX市党家村保护管理所'): its own
        site = (
            unit.endswith("村")
            and part.endswith(("管理所", "管理处", "管理站", "管理中心"))
            and any(w in part for w in ("保护", "遗址", "景区", "文物", "古建"))
        ) or (
            unit.endswith("村") and part.endswith("服务中心") and part.startswith(("旅游", "游客"))
        )  # (not the village's own '村务管理中心', '三资管理中心', '党群服务中心'; its tourist
        # site's '北极村旅游服务中心' is a body of its own)
        if after_region and part == "中心" and head.startswith(_CENTRAL_STORE, got.end()):
            # 'XX旗中心粮库': a store named 中心, one body (not the 中心 and a part of it)
            store = _match_part(_UNIT_PART, head, got.end())
            if store and store.group(0) in _CENTRAL_STORE:
                part, got = part + store.group(0), store
        # a 联合社's own body ('XX旗供销合作社联合社电子商务公共服务中心', '…联合社农资配送站'): a
        # unit of its own, not a part of the 社 (a 局's '养护中心' stays the 局's)
        under_union = unit.endswith("联合社") and len(part) >= 4 and part.endswith(_UNION_BODY)
        if not (
            part.endswith(UNIT_END)
            or (after_region and part.endswith(_COUNTY_BODY))
            or site
            or under_union
        ):
            break
        if unit and part.endswith(("省", "州")) and not unit.endswith(REGION_END):
            break  # a 省 or 州 goes before the county, never after a unit ('…局州级资金股')
        if part.count("“") > part.count("”") or part.count("「") > part.count("」"):
            break  # '…社区“两委”成员…': a quote the part does not close names no part of the unit
        if part == "学校" and unit.endswith(("中学", "小学", "学校", "幼儿园", "学院", "大学")):
            break  # 'XX县第一中学学校食堂': the school's canteen, no second school
        if unit.endswith(("监狱", "看守所")) and part.endswith("区"):
            break  # 'XX省梅林监狱一监区': the prison's ward, its part
        if (
            unit
            and not unit.endswith(REGION_END)
            and part.endswith("区")
            and not part.endswith(("社区", "园区", "新区", "开发区", "景区"))
        ):
            break  # '…公路养护段养护工区', '…林场管护区': the body's own area, its part
        if unit.endswith("大学") and part.endswith("学院"):
            break  # 'XX大学经济管理学院': a school of the university, its part
        if unit.endswith(("法院", "检察院")) and part.endswith(("局", "庭", "室", "处", "科")):
            break  # 'XX县人民法院执行局': the court's bureau, its part
        if part.endswith("合作社") and unit.endswith(("局", "委", "中心", "站", "所")):
            break  # 'XX县农业农村局合作社指导股': the 局's work with them, no unit
        if unit.endswith(("村", "社区")) and part.endswith("监督委员会"):
            break  # 'XX村村务监督委员会': the village's committee that watches it, its part
        if unit.endswith(("局", "委")) and part.endswith(("镇", "乡", "街道")):
            after = _UNIT_PART.match(head, got.end())
            if not (after and after.group(0).endswith(_PLACED_UNIT)):
                break  # 'XX旗自然资源局纳川镇自然资源所': the 局's 所 in that 镇, its part
        unit += part
        pos = got.end()
        # a facility and the body that runs it: 'XX县泵站管理所', 'XX县体育场馆管理中心' (not
        # 'XX县公路局' + '养护中心': the 局's part)
        run_by = (
            (_RUN_BY if not part.endswith(_SERVED) else _SERVED_BY).match(head, pos)
            if after_region and part.endswith(_FACILITY) and not _RUN_BY.search(part)
            else None
        )
        if run_by:
            unit += run_by.group(0)  # 'XX县泵站管理所', 'XX县体育场馆管理中心': one body's name
            pos = run_by.end()
        party = _office_is_unit(unit)
        if (COUNTY_SEAT.search(unit) or party) and head.startswith("办公室", pos):
            unit += "办公室"  # 'XX区人民政府办公室', '…委员会办公室': an office of its own
            pos += 3
        elif (
            unit.endswith("政府")
            and COUNTY_SEAT.search(unit)
            and (office := _GOVERNMENT_OFFICE_SHORT.match(head, pos))
        ):
            # 'XX县政府办信息科' (the 政府办公室 named short), 'XX区人民政府金融办综合科': the
            # government's office, a unit of its own, a 科 of it after it
            unit += office.group(0)
            pos = office.end()
        elif unit.endswith("人民政府") and COUNTY_SEAT.search(unit):
            office = re.match(r"[^\s,，、]{2,10}?办公室", head[pos:])
            if office and not re.search(
                r"办事处|街道|局|中心", office.group(0)
            ):  # 'XX县人民政府金融工作办公室': the government's office, a unit of its own
                unit += office.group(0)
                pos += len(office.group(0))
        if unit.endswith("政府") and COUNTY_SEAT.search(unit):
            body = re.match(r"[^\s,，、办局]{0,10}?(?:中心|招待所)", head[pos:])
            if body and not re.search(r"街道|镇|乡|便民|为民", body.group(0)):
                # 'XX县政府采购中心', 'XX县人民政府招待所': the government's body, a unit
                unit += body.group(0)
                pos += len(body.group(0))
    # a region alone ('XX县') is no unit
    return "" if not unit or (unit.endswith(REGION_END) and not unit.endswith("社区")) else unit


_ALL_PARTS = re.compile(r"(?:各|全体|所属)?(?:科室|股室|处室|部门|科所|站所|科股|内设机构)$")


# the last character of a body's name: a part written after it is the body's part
_BODY_ENDS = tuple("局委院会所站队部办厅处社心馆校园场司行")


@lru_cache(maxsize=1 << 12)
def dept_in_title(title_text: str) -> str:
    """``_dept_in_title``, without the unit's own last words before it ('…档案馆保管利用科…'
    under the unit '…档案馆': 保管利用科)."""
    dept = _dept_in_title(title_text)
    if _government_office(title_text, dept):
        return ""  # '…区人民政府教育督导室': an office of the government is a body of its own
    if dept.endswith("办公室") and dept == unit_in_title(title_text):
        return ""  # '阿巴嘎旗…普查领导小组办公室廉政…': the unit is the title's body, no 科室 of it
    if (
        dept
        and len(unit := unit_in_title(title_text)) > len(dept)
        and unit.endswith(dept)
        and not unit[: -len(dept)].endswith(_BODY_ENDS)
    ):
        # '岚山市城市建设服务中心…': the unit's own last words, no 科室 '建设服务中心' of it ('…水务局
        # 红旗岭水库管理所' is the 局's 所: a body's name ends before it)
        return ""
    if dept and (roster := _title_roster(title_text)):
        # '…监测站站长葛翯渟、副站长奚瀞岚…': the unit's holders, no 科室 ('站长葛翯渟、副站');
        # '…水利局河道管理所所长聂澜清、…': the 科室 written before the first of them
        return roster[0]
    if len(dept) > 3:
        unit = unit_in_title(title_text)
        for k in range(len(dept) - 2, 1, -1):
            if unit.endswith(dept[:k]) and _dept_like(dept[k:]):
                return dept[k:]
    return dept


# a part's last character starting a word of the work with the next one ('执法办案', '队伍建设')
_WORD_NOT_PART = frozenset(("办案", "办理", "办事", "办结", "队伍", "处理", "处置", "处罚", "处分"))


def _dept_in_title(title_text: str) -> str:
    """The 科室 a table's title names: 'XX区运输管理所稽查中队廉政风险…' → '稽查中队',
    '城南收费站廉政风险点一览表' → '城南收费站', '人事科人员调动廉政风险防控流程图' → '人事科';
    '' when it names only the unit."""
    m = _TITLE_CUT.search(title_text)
    head = re.sub(r"\s+", "", title_text[: m.start()] if m else title_text)
    head = NUMBERING.sub("", head, count=1)  # '三、援助业务股股长': a numbered caption's 科室
    if "（" in head or "(" in head:
        # '…林业工作站（林长制工作办公室）': the 站 and, in brackets, the office it also serves as
        head = re.sub(
            r"(?<=[站所])[(（][^()（）]{0,8}(?:挂牌|加挂|长制|工作办公室|领导小组|指挥部)[^()（）]{0,8}[)）]",
            "",
            head,
        )
        # '…政务服务中心（综合科）…': the 科 in brackets after its body
        head = re.sub(r"[(（]([^()（）]{2,10}[科股室处部队])[)）]", r"\1", head)
    head = _ALL_PARTS.sub("", head)  # 'XX县财政局科室岗位…', '…各股室…': the parts in general
    if "政府" in head and head == _unit_in_title(title_text):
        return ""  # 'XX县政府采购中心…': the government's body is the unit, no part of one
    if (
        not head
        or len(head) > 60
        or head.startswith("本人")
        or any(ch in head for ch in ",，。;；")
    ):
        return ""  # '本人张建国，系预算股负责人…': a pledge's sentence, no title
    parts: list[str] = []
    pos = 0
    while pos < len(head):
        if (
            head.startswith("委", pos)
            and pos
            and head[pos - 1] in "县市区州旗"
            and not head.startswith("委员", pos)
        ):
            # the 委 of '县委': 'XX县委统战部民族宗教科' names the 部's 科; a committee's office
            # ('县委编办', '县委网信办') is the unit itself, its parts after it
            office = re.match(r"委[^\s委局]{0,4}?办(?!公)", head[pos:])  # ('县委办' too)
            pos += len(office.group(0)) if office else 1
            continue
        if pos and head[pos - 1] in "县市区旗" and _PARTY_OFFICE_SHORT.match(head, pos):
            if head[pos] == head[pos - 1]:  # 'XX县县委办督查室': the county named again, its 县委办
                pos = _PARTY_OFFICE_SHORT.match(head, pos).end()
                continue
        if head.startswith("政府办", pos - 2 if pos >= 2 else 0) and head.startswith("办", pos):
            if not head.startswith(("办公室", "办事处"), pos):
                pos += 1  # 'XX县政府办信息科': the 政府办 is the unit, its 科 after it
                continue
        got = _match_part(_ORG_PART, head, pos, "站所科室股队办处部院局")
        if got and len(got.group(0)) < 2:
            got = _place_opening(head, got, _ORG_PART)  # ('镇坪县…': the county, a part)
        if not got or len(got.group(0)) < 2:
            break
        if head.startswith(("镇", "乡"), got.end()) and got.group(0)[-1] in "科股队室处部院":
            # '民勤县双茨科镇水利管理站': a town whose name ends as a 科 does, a place
            parts.append(head[pos : got.end() + 1])
            pos = got.end() + 1
            continue
        if got.group(0)[0] == "副" and head.startswith("长", got.end()):
            break  # '…保护站副站长…': the post, no part '副站'
        if got.group(0).endswith("部") and head.startswith("门", got.end()):
            break  # '职能部门': departments in general, not one
        if head[got.end() - 1 : got.end() + 1] in _WORD_NOT_PART:
            break  # '…派出所执法办案和队伍管理…': '办案', '队伍' are words of the work, no 办 or 队
        if got.group(0) in _SELF_PART:
            pos = got.end()  # '本站', '本局': the unit or part the sheet is about, named elsewhere
            continue
        parts.append(got.group(0))
        pos = got.end()
        if head.startswith("部门", pos):  # '办公室部门…'
            pos += 2
    if not parts:
        return ""
    for i in range(len(parts) - 2, 0, -1):
        if parts[i] == "政府" and not parts[i - 1].endswith((*REGION_END, "镇", "乡")):
            # '…财政局政府采购股': 政府采购 is a word, the 股's name, no government
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
    for i in range(len(parts) - 2, 0, -1):
        # '设备与实验室' + '管理处': a name joined by 与/和/及 goes on past a 室 inside it
        if any(ch in parts[i] for ch in "与和及") and not parts[i].endswith(UNIT_END):
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
    last = parts[-1]
    watch = re.search(r"[村居]务监督委员会$", last)
    if watch and (len(parts) > 1 or len(last) > len(watch.group(0))):
        return watch.group(0)  # 'XX村村务监督委员会': the committee that watches the village
    if last.endswith("学院") and len(parts) > 1 and parts[-2].endswith("大学"):
        return last  # 'XX大学经济管理学院': the university's school
    if last.endswith(("干部", "全部", "内部", "外部", "局部")):
        return ""  # '中层干部', '全部': no 部 of the unit
    before = "".join(parts[:-1])
    if (
        last.endswith("办公室")
        and len(parts) > 1
        and (COUNTY_SEAT.search(before) or _office_is_unit(before))
    ):
        return ""  # 'XX县人民政府办公室…', '…人民政府金融工作办公室…': the office is the unit
    if (
        len(parts) == 2
        and (parts[0].endswith(REGION_END) or _NATIONAL.match(parts[0]))
        and last.endswith(_COUNTY_BODY)
    ):
        return (
            ""  # 'XX县不动产登记中心', 'XX县人民防空办公室': a county's body is a unit of its own
        )
    if (
        len(parts) > 2
        and parts[-2].endswith(("镇", "乡", "街道"))
        and parts[-3].endswith(("局", "委"))
        and not last.endswith(_PLACED_UNIT)
    ):
        return parts[-2] + last  # 'XX县公安局城关镇派出所': the 局's 所 in that 镇
    if last.endswith("分局") and len(parts) > 1:
        return last  # '…税务局第一税务分局': a branch of the unit above it
    if last.endswith("局") and len(parts) > 1 and parts[-2].endswith(("法院", "检察院")):
        return last  # 'XX县人民法院执行局': the court's bureau
    if last.endswith(UNIT_END):
        return ""
    strong = (
        (last.endswith(("科", "股", "室", "站", "所", "队")) and not last.endswith("办公室"))
        or last in ("办公室", "领导班子")
        # '党政办公室', '综合治理办公室': an office of the unit, not a body's own ('县委办公室')
        or (
            last.endswith("办公室")
            and last[0] not in "县市区州旗省X"
            and "政府" not in last
            and "委" not in last
        )  # fmt: skip
    )
    if strong or len(parts) > 1:
        return last
    return ""


@lru_cache(maxsize=1 << 12)
def post_closes_title(title_text: str) -> bool:
    """The title names one post right after its unit or 科室, before the form's words
    ('XX镇劳动保障所所长廉政风险防控卡'), not posts in general ('中层干部（科长、副科长）…')."""
    m = _TITLE_CUT.search(title_text)
    head = re.sub(r"\s+", "", title_text[: m.start()] if m else "")
    post = titled_post(title_text) if m else ""
    if not post or not head.endswith(post):
        return False
    rest = head[: -len(post)]
    return len(rest) >= 3 and (_dept_like(rest) or rest.endswith(UNIT_END))


def titled_post(title_text: str) -> str:
    """The post a card's title names after its unit and 科室, as written there
    ('…人工影响天气办公室弹药库管理员岗位…' → '弹药库管理员', not only '管理员'); else
    ``post_in_title``'s word."""
    word = post_in_title(title_text)
    m = _TITLE_CUT.search(title_text)
    if not m:
        return word
    head = re.sub(r"\s+", "", title_text[: m.start()])
    unit = unit_in_title(title_text)
    if not unit or not head.startswith(unit) or (word and not head.endswith(word)):
        return word
    rest = head[len(unit) :]
    dept = dept_in_title(title_text)
    if dept:
        at = rest.find(dept)
        rest = rest[at + len(dept) :] if at >= 0 else ""
    qualifier = rest[: -len(word)] if word else rest[:-2]
    if rest in _GROUP_OF_POSTS:
        return ""  # '…审计局全员岗位…', '…领导岗位…': the posts of a group, no one post
    if (
        len(word) < len(rest) <= 8
        and len(rest) >= 2
        # '…住院部收费员', '…中心库保管员': the title's split cut the 科室's last character off
        and not (rest[0] in _PART_LAST and len(rest) >= 4 and is_post(rest[1:]))
        and _HAN_ONLY.match(rest)
        and (word or rest.endswith(POST_ENDS))
        and not _dept_like(qualifier)
        and not looks_like_name(qualifier)
    ):
        return rest
    return word


_OWN_BODY_HEAD = re.compile(r"^(?:本?中心|本[所站院局馆队])(?:副?主任|副?[所站院局馆队]长)$")
_GROUP_OF_POSTS = frozenset(
    {"全员", "干部", "人员", "党员", "成员", "领导", "职工", "员工", "全体", "中层", "中层干部",
     "领导干部", "一般干部", "班子成员", "领导班子", "全体干部", "全体人员"}
)  # fmt: skip
_PART_LAST = frozenset("部库科股室站所队心组院馆局委办")
_HAN_ONLY = LazyRe(r"^[\u4e00-\u9fff]+$")


def post_in_title(title_text: str) -> str:
    """'办公室科长廉政风险防控卡' → the post word it names ('科长'), else ''."""
    s = title_text.replace(" ", "")
    for word, _tier in _POST_TIERS:
        if word in s and len(word) >= 2:
            return word
    return ""


_TITLES = sorted(
    """四级主任科员 三级主任科员 二级主任科员 一级主任科员 四级调研员 三级调研员 二级调研员 一级调研员
    副主任科员 主任科员 一级科员 二级科员 科员 办事员 副科长 科长 副主任 主任 副队长 队长 副中队长 中队长
    副大队长 大队长 副所长 所长 副站长 站长 副局长 局长 副处长 处长 干部 职员 工作人员 负责人 专员 会计 出纳 干事 文员 主管
    副书记 书记 组长 副组长 技术员 工程师 助理""".split(),
    key=len,
    reverse=True,
)


_DEPT = re.compile(
    rf"^((?:.*?(?:{'|'.join(WORK_TEAMS)})班)"
    r"|.+?(?:大队|中队|中心|办公室|科|室|股|队|站|所|办|处|部|组|院|馆))(.+)$"
)
# a 局 of a 管委会 as the 科室 ('园区发展局项目专员'), tried after the parts above
_BUREAU_POST = re.compile(r"^(.+?(?<!分)局)(?!长)(.+)$")


_TITLE_SET = frozenset(_TITLES)


# what stands before a post without being a 科室: '副' of '副处长', '常务' of '常务副局长'
# words before a post that grade it, no 科室: '助理工程师', '高级工程师', '见习科员'
_NO_DEPT = frozenset(
    {"", "副", "正", "常务", "常务副", "代", "代理", "兼", "专职", "专职副", "执行", "兼职", "助理",
     "高级", "正高级", "副高级", "中级", "初级", "见习", "实习", "首席", "特聘"}
)  # fmt: skip


# a note after a post saying who stands in, not what the post is: '副处长（主持工作）'
_NAMED_STAND_IN = LazyRe(r"[(（]\s*(?:由)?([\u4e00-\u9fff·]{2,4}?)\s*兼任?\s*[)）]\s*$")
POST_NOTE = re.compile(
    r"\s*[(（]\s*(?:主持[^()（）]{0,10}?工作|法定代表人|法人代表|法人|试用期?|挂职|借调|代职|兼(?:任)?[^()（）]{2,30}|[^()（）]{2,30}兼任?)\s*[)）]\s*$"
)


def split_unit_title(text: str) -> tuple[str, str, str]:
    """'XX县XX镇镇党委书记' → ('XX县XX镇', '', '镇党委书记'); without a unit first, the 科室 and
    the post ('财政所所长' → ('', '财政所', '所长'))."""
    s = text.strip().replace(" ", "")
    if s[:1] in _BARE_LEVEL and len(s) >= 6:
        got = _bare_level_unit(s)
        if got is not None:
            return got
    unit, pos = "", 0
    while pos < len(s):
        got = _UNIT_PART.match(s, pos)
        if got:
            got = _county_spelt_on(s, got)
        if got and len(got.group(0)) < 2:
            got = _place_opening(s, got)  # ('镇坪县…')
        if not got or len(got.group(0)) < 2 or not got.group(0).endswith(UNIT_END):
            break
        if len(s) - got.end() < 2:
            break  # '…人民政府副区长': what is left is the post, not one character of it
        unit += got.group(0)
        pos = got.end()
    rest = s[pos:]
    if unit and unit.endswith(REGION_END) and rest.startswith("委") and len(rest) > 2:
        unit, rest = unit + "委", rest[1:]  # 'XX县委办公室副主任'
    if unit and rest:
        dept, title = split_dept_title(rest)  # '办公室主任' → 办公室, 主任; '副局长' stays whole
        good = dept and _dept_like(dept) and "、" not in dept and dept not in ("党组", "党委")
        if good and unit.endswith(REGION_END) and dept.endswith(_BODY_OF_PARTS):
            # '合川区国有资产事务中心资产管理科副科长': a county's 中心 with a 科 of its own in
            # the post is the unit, the 科 its part
            d2, t2 = split_dept_title(title)
            if d2 and d2.endswith(_PART_ENDS) and _dept_like(d2) and is_post(t2):
                return unit + dept, d2, t2
        return (unit, dept, title) if good else (unit, "", rest)
    dept, title = split_dept_title(s)
    return "", dept, title


_BARE_LEVEL = frozenset("县区镇乡")
_PARTY_ORGAN = re.compile(
    r"[县区镇乡]委(?:[\u4e00-\u9fff]{2,6}?部|办公室|办)"
)  # '县委组织部', '区委办公室'


def _bare_level_unit(s: str) -> tuple[str, str, str] | None:
    """'县人民医院药剂科科长', '县财政局国库股股长', '县委组织部干部科科长': a body named by its level alone
    (the county's hospital, no place name before it), a 科室 of it and the post; None unless all
    three are there (a bare '县人民医院院长' is read as before)."""
    got = _PARTY_ORGAN.match(s) or _UNIT_PART.match(s, 1)
    if got is None or len(s) - got.end() < 3:
        return None
    unit, rest = s[: got.end()], s[got.end() :]
    if (
        len(unit) < 3
        or not (unit.endswith(UNIT_END) or _PARTY_ORGAN.fullmatch(unit))
        or unit.endswith(REGION_END + ("镇", "乡", "村"))
    ):
        return None
    if unit.endswith("纪委") and rest.startswith("监委"):
        unit, rest = unit + "监委", rest[2:]  # ('县纪委监委第一纪检监察室主任': one body)
    dept, title = split_dept_title(rest)
    if not dept or not _dept_like(dept) or "、" in dept or dept in ("党组", "党委"):
        return None
    d2, t2 = split_dept_title(title)
    if d2 and _dept_like(d2) and is_post(t2):
        return unit + dept, d2, t2  # ('县政府办公室秘书股股长': the 办公室 a body with parts)
    return (unit, dept, title) if is_post(title) else None


_BODY_OF_PARTS = ("中心", "站", "所", "队", "馆", "院", "处")
_PART_ENDS = ("科", "股", "室", "部", "办", "站", "所", "队")
_DEPT_MARK_TITLE = re.compile(
    r"^\s*([^/／\-－—、]{2,16}?)\s*[/／\-－—、]+\s*([^/／\-－—、]{1,16})\s*$"
)


_DEPT_BRACKET_POST = re.compile(r"^\s*([^()（）]{2,16}?)\s*[(（]\s*([^()（）]{2,12}?)\s*[)）]\s*$")


@lru_cache(maxsize=1 << 14)
def split_dept_title(text: str) -> tuple[str, str]:
    """'督查科副主任科员' → ('督查科', '副主任科员'); the title is matched at the end first;
    '办公室/出纳', '财务科-会计': the 科室 and the post either side of the mark. A text in
    traditional characters ('國庫股股長') is split by its simplified form, each part as written."""
    keyed = as_keyed(text)
    if keyed != text:
        dept, title = split_dept_title(keyed)
        return as_written(dept, text), as_written(title, text)
    text = RANK.sub("", text)  # '办公室副主任(副科级)': the post, not its rank
    text = POST_NOTE.sub("", text)  # '副处长（主持工作）': the post, not who stands in
    if text.strip() in _TITLE_SET:
        return "", text.strip()  # '副处长' is a post: no 科室 '副' in it
    head, jian, rest = text.strip().partition("兼")
    if jian and head and rest and is_post(rest.strip().removeprefix("任").removeprefix("管")):
        # '副所长兼会计', '财务股股长兼会计': the 科室 is the first post's, the posts stay whole
        dept, first = split_dept_title(head)
        return dept, first + jian + rest
    if _OWN_BODY_HEAD.match(text.strip()):
        return "", text.strip()  # '中心主任', '本所所长': the head of the body itself
    m = _DEPT_BRACKET_POST.match(text)
    if m and _dept_like(m.group(1)) and is_post(m.group(2)) and not _dept_like(m.group(2)):
        return m.group(1), m.group(2)  # '价格认定股(价格认定员)': the post in brackets
    m = _DEPT_MARK_TITLE.match(text)
    if m and _dept_like(m.group(1).strip()):
        return m.group(1).strip(), m.group(2).strip()
    s = "".join(text.split())  # '指挥调度科⏎调度员': a line break inside the cell
    if s.startswith("分管"):
        return "", s  # '分管副局长': what the post oversees, no 科室 '分管局' in it
    for rx in (_DEPT, _BUREAU_POST):  # '总务处总务干事': the 科室 ends at its first 处
        m = rx.match(s)
        if m and m.group(1) not in _TITLE_SET and any(m.group(2).endswith(t) for t in _TITLES):
            return m.group(1), m.group(2)
    for t in _TITLES:
        # a 科室 of one character is no 科室: '班主任' is a post
        if (
            s.endswith(t)
            and len(s) > len(t) + 1
            and s[: -len(t)] not in _NO_DEPT
            and not s.startswith("副")  # '副大队长': no 科室 '副大'
        ):
            head = s[: -len(t)]
            if t.endswith("长") and t[-2] in _PART_LAST and head[-1] not in _PART_LAST:
                # '执法大队长': 执法大队's 大队长, no 科室 '执法'; '财务副科长': 财务科's 副科长
                return head + t[:-1].removeprefix("副"), t
            return head, t
    m = _DEPT.match(s)
    if m and m.group(1) not in _TITLE_SET and m.group(1)[:-1] not in _NO_DEPT:
        if len(m.group(2)) > 1:
            return m.group(1), m.group(2)
        g = m.group(1)
        if m.group(2) == "长" and len(g) >= 3 and not s.startswith("副"):
            if g[-2] == "副":  # '人事副股长': 人事股's 副股长
                return (g[:-2] + g[-1], "副" + g[-1] + "长") if len(g) >= 4 else ("", s)
            return g, g[-1] + "长"  # '人事股长': 人事股's 股长
    return "", s  # '大队长': a post, not the 科室 '大队' and a '长'


def day_job_of_another_body(text: str, post: str, unit: str) -> bool:
    """A card's '工作单位及职务 | 县民政局社会事务股股长' (a '单位及职务' field) beside '协会职务 | 秘书长'
    on the card of 'XX县慈善总会': the holder's day job in another body, no unit, 科室 or post of
    the card. Only where the card names its own post apart, the field's post is not that post
    ('XX镇农经站站长' beside '职务 | 站长' is the card's own) and its unit is known and not named in
    the field ('XX县慈善总会秘书处副秘书长', '慈善总会…' are its own)."""
    t, p, u = squeeze(text), squeeze(post), squeeze(unit)
    if not (t and p and u) or not is_post(p) or t.endswith(p):
        return False
    if squeeze(split_unit_title(t)[2]) == p:
        return False
    stem = re.sub(r"^.*?[省市县区旗州]", "", u) or u  # ('慈善总会' of 'XX县慈善总会')
    return u not in t and (len(stem) < 2 or stem not in t)
