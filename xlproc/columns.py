"""What a table column holds, from its heading, its position and its contents.

Offices head the same column with many words (`风险等级`, `等级评定`, `风险定级` …), put the
holder under a responsibility heading (`责任人`), and pair a short risk name with a long
description. A heading alone cannot settle all of that, so each column is classified twice:
by its heading words (`heading_role`, from the words in ``workbook_templates/forms.toml``) and
by what its cells contain (`profile`). `assign_roles` combines the two and says why whenever
the contents overruled or filled in for the heading, so the guess can be reported.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache

from xlproc.forms import load_spec
from xlproc.script import as_keyed
from xlproc.text import (
    BRACKETED,
    LIST_SEPARATORS,
    WATCHING_LABEL,
    LazyRe,
    label_key,
    lists_in_brackets,
)

# Roles of a table column. `other` and `monitoring` are data the export does not carry.
POINTISH = ("risk_point", "description")
ANCHOR = ("risk_type", "risk_level", "measures")
# roles that name a post or its holder on every row (list tables)
IDENTITY = ("person", "department", "title", "unit")
# when two columns claim a role, the one whose heading word comes first here is the holder
_HOLDER_RANK = (
    "姓名", "岗位人员", "人员姓名", "责任人姓名", "岗位责任人", "直接责任人", "具体责任人",
    "责任人员", "责任人", "防控责任人", "风险防控责任人", "风险责任人", "主体责任人", "经办人",
    "承办人", "在岗人员", "人员", "工作人员", "岗位人", "持有人", "防控人", "第一责任人",
    "负责人", "科室负责人", "部门负责人", "单位负责人",
)  # fmt: skip
SURE, LIKELY, HINT = 3, 2, 1


@dataclass(frozen=True)
class Heading:
    role: str
    strength: int  # SURE: the heading is a known word; LIKELY: starts/ends with one; HINT
    word: str


# words that name a column only when they are the whole heading: '风险' ends every type value
# a signature alone names the holder; after another word (审核人签字) it is that one's
# who checked, assessed or talked to the holder ('排查人 | 被排查人 | 职务' of a dated 排查台账, the
# same inspectors on every row): no holder, whatever their names; the one checked is (被排查人)
_CHECKERS = frozenset({"排查人", "检查人", "考核人", "谈话人", "约谈人", "记录人", "排查人员",
                       "检查人员"})  # fmt: skip
# a log of checks: who checked and who was checked, as headings of their own only ('谈话对象表态',
# '当事人意见', '检查人签字' say what was said or signed, no one)
_CHECK_LOG_HEADS = _CHECKERS | {"被排查人", "被检查人", "被考核人", "被谈话人", "被约谈人", "谈话对象",
                                "约谈对象", "当事人", "排查对象", "自查人", "被排查人员", "被检查人员"}  # fmt: skip
# the one checked, assessed or talked to: where such a column stands beside '姓名', he holds the
# points and the 姓名 column is the checker's ('姓名 | 被检查人 | 岗位' of a 检查记录)
_CHECKED_HOLDER_HEADS = _CHECK_LOG_HEADS - _CHECKERS
# "风险点事项" is the point, not a 事项
_EXACT_ONLY = {"风险", "序", "事项", "签字", "签名"} | _CHECK_LOG_HEADS
# '<this>风险' names a kind of risk (a type, the post's own), not the column of risk texts
_NOT_A_RISK_TEXT = {"岗位", "思想道德", "道德", "思想", "制度机制", "制度", "机制", "职责", "岗位职责",
                    "业务流程", "流程", "业务", "外部环境", "外部", "环境", "廉政", "廉洁", "腐败",
                    "一级", "二级", "三级", "高", "中", "低", "较高", "较低", "重大", "一般", "总体",
                    "综合", "单位", "部门", "科室", "较大", "较小", "轻微", "严重", "较重", "中等",
                    "最高", "特大", "重要", "次要"}  # fmt: skip


def _names_a_risk(head: str) -> bool:
    """'隐蔽', '多发' before 风险 name a risk column; a type, a level or a rank do not."""
    return (
        head not in _NOT_A_RISK_TEXT
        and head[-1] not in "级类等档度"
        and not any(ch in "ⅠⅡⅢⅣIV0123456789一二三四★☆" for ch in head)
    )


@cache
def _words() -> tuple[dict[str, str], int]:
    """word → role, and the longest word's length."""
    pairs: dict[str, str] = {}
    for role, keys in load_spec().column_labels.items():
        for k in keys:
            pairs.setdefault(k, role)
    return pairs, max(map(len, pairs))


_COUNTED = re.compile(r"^(共|合计|小计)?[\d一二三四五六七八九十两]+[个项条人名]")


_ASKS_LEVEL = re.compile(
    r"^是否(?:为|属于|是|列为|确定为|评定为)?(?:高|重大|重点|一级|较高|Ⅰ级|严重)"
)
# the answers a question heading offers ('是否重点风险点（是/否）', '重点风险（填是或否）',
# '是否高风险（√/×）', '（Y/N）'): not part of what it asks
_ANSWERS_OFFERED = re.compile(
    r"[（(]?(?:请?填写?|请?打|请?选择?)?(?:是/否|是／否|是或否|是、否|√/×|√／×|√或×|y/n|Y/N)[)）]?$"
)
# what a question asks about a point's weight, its answers put aside: '是否重点风险点', '是否为
# 重点', '是否属于关键风险', '重点风险' (with answers offered); not a post ('是否重点岗位') nor
# whether a thing is done ('是否已整改', '是否落实')
_ASKS_WEIGHT = re.compile(
    r"^(?:是否(?:为|属于|是|列为|确定为|评定为)?)?(?:重点|高|重大|较高|主要|关键|一级|Ⅰ级|严重)"
    r"(?:廉政)?(?:风险点?|风险事项|风险岗位)?$|^是否(?:为|属于|列为)?(?:重点|关键)$"
)


def asks_level(label: str) -> bool:
    """A heading asking yes or no of a point's weight ('是否为高风险点', '是否重点风险点（是/否）',
    '重点风险（是/否）', '是否为重点'): the level is its answer. Not a post ('是否重点岗位'), nor a
    question of another thing ('是否已整改', '是否落实'); without 是否 only where answers are
    offered ('重点风险（是/否）': '重点风险' alone is a column of points)."""
    key = label_key(label)
    bare = _ANSWERS_OFFERED.sub("", key)
    if not bare or (bare == key and not key.startswith("是否")):
        return False
    if bare.endswith("岗位"):
        return False
    return bool(_ASKS_WEIGHT.match(bare)) and (bare.startswith("是否") or bare != key)


# a heading of a column of cases told as stories beside the measures: ending in 案例 ('典型案例',
# '警示案例', '违纪违法典型案例', '廉政风险案例'; '案例警示', '案例剖析'), '以案说险', '以案示警',
# '以案明纪', '以案释法'; '反面典型'. Not '以案促改' (the reforms a case prompted: measures), not a
# heading going on past the case ('典型案例及防控措施', '案例数')
_CASE_HEAD = LazyRe(
    r"(?:案例(?:警示|剖析|分析|链接|简介|摘要|说明|选编)?|以案[说示警释明][险警纪法理]?|反面典型)$"
)


def _case_key(key: str) -> bool:
    """The heading key ends naming cases, and joins them to no field of ours before them
    ('防控措施及警示案例' holds the measures, the cases written after them in its cells)."""
    if not _CASE_HEAD.search(key):
        return False
    m = _AND.search(key)
    if m is None:
        return True
    left = heading_role(key[: m.start()]) if m.start() >= 2 else None
    return left is None or left.role == "other"


def names_a_case(label: str) -> bool:
    """A column heading naming a column of cases told as stories ('典型案例', '警示案例',
    '以案说险', '风险防控典型案例'): set aside, no point, measures or duty (info
    CASE_COLUMN_SET_ASIDE)."""
    key = label_key(label)
    return bool(key) and len(key) <= 24 and _case_key(key)


@lru_cache(maxsize=1 << 16)
def heading_role(key: str) -> Heading | None:
    """The role a heading (as a label key) names, or None.

    The longest known word found in the heading decides; among words of the same length the
    one ending the heading wins, since a Chinese compound's head comes last (`风险点描述`).
    Substrings are tried longest first, so a heading costs a few dict lookups.
    """
    if not key or len(key) > 24 or _COUNTED.match(key):
        return None  # '3个风险点', '共5个岗位': a count in a 小计 row, no heading
    words, longest = _words()
    role = words.get(key)
    if role is not None:
        return Heading(role, SURE, key)
    if _case_key(key):
        # '典型案例', '警示案例', '以案说险', '廉政风险案例', '风险防控典型案例' (a heading across
        # over '防控措施 | 典型案例'): a column of others' cases told as stories ('某县某局干部收受…
        # 被处分'), never the point, the measures or a duty of the row (``names_a_case``)
        return Heading("other", LIKELY, key)
    if key != (bare := _ANSWERS_OFFERED.sub("", key)) and asks_level(key):
        # '是否重点风险点（是/否）', '重点风险（是/否）': the answers offered put aside, a question
        # of the point's weight (see below)
        return Heading("risk_level", LIKELY, key)
    if bare == key and asks_level(key) and not key.endswith(("风险点", "风险", "风险事项")):
        return Heading("risk_level", LIKELY, key)  # ('是否为重点': the point's weight asked)
    if (
        key.startswith("是否")
        and len(key) > 3
        and key.endswith(("风险点", "风险", "风险岗位", "风险事项"))
    ):
        # '是否为高风险点 | 是/否': a question, answered for each point; of its level where it
        # names one ('高', '重大', '一级'), else no column of ours
        if (_ASKS_LEVEL.search(key) or asks_level(key)) and not key.endswith("岗位"):
            return Heading("risk_level", LIKELY, key)
        return Heading("other", LIKELY, key)
    for end in _COUNT_ENDS:  # '岗位人数', '科室人员数量': how many hold it, not who
        if key.endswith(end) and len(key) > len(end):
            if any(ch in key for ch in "及和与、/／"):
                break  # '岗位及人数': the post, its headcount written after it in the cell
            # '岗位' of '岗位人数', '责任人' of '责任人数'
            for base in (key[: -len(end)], key[:-1]):
                h = heading_role(base)
                if h is not None and h.role in ("person", "title", "department", "unit", *POINTISH):
                    return Heading("other", LIKELY, key)  # ('风险点数量': how many, no points)
    both = _coordinated(key)
    if both is not None:
        return both
    if key.startswith(_SERVED) and len(key) > 2:
        # '挂钩乡镇', '联系单位', '配合科室': the places a post serves or liaises with, not where
        # its holder works ('服务科室', '对口部门' may be the holder's own 科室)
        base = heading_role(key[2:])
        if base is not None and (
            base.role == "unit"
            or (base.role == "department" and not key.startswith(("服务", "对口", "指导")))
        ):
            return Heading("other", LIKELY, key)
    if key.endswith(_AREAS) and key.startswith(_COVERS) and len(key) > 2:
        return Heading("other", LIKELY, key)  # '负责片区', '分管区域': where a post works
    if key.endswith(("长", "主任", "书记")) and 3 <= len(key) <= 6:
        head = heading_role(key[:-1] if key.endswith("长") else key[:-2])
        if head is not None and head.role in ("department", "unit"):
            return Heading("title", LIKELY, key)  # '站所长', '科室主任': the post heading them
    n = len(key)
    if 3 <= n <= 6 and key.endswith("风险") and _names_a_risk(key[:-2]):
        return Heading("risk_point", LIKELY, key)  # 隐蔽风险, 多发风险: some risk, named
    # the head of a Chinese compound comes last: the longest word ending the heading decides
    # ('风险点涉及的岗位' is a post, '廉政风险点表现形式' a description)
    for size in range(min(n - 1, longest), 1, -1):
        word = key[n - size :]
        role = words.get(word)
        if role is not None and word not in _EXACT_ONLY:
            return Heading(role, LIKELY, word)
    # else the longest word inside it: at its start it is likely, elsewhere a hint
    for size in range(min(n - 1, longest), 1, -1):
        found: Heading | None = None
        for pos in range(n - size):
            word = key[pos : pos + size]
            role = words.get(word)
            if role is None or word in _EXACT_ONLY:
                continue
            h = Heading(role, LIKELY if pos == 0 else HINT, word)
            if found is None or h.strength > found.strength:
                found = h
        if found is not None:
            return found
    return None


_AREAS = ("片区", "区域", "辖区")  # (not 网格: '管辖网格 | 第一网格' names the rows' own part)
_COVERS = ("负责", "分管", "管辖", "包片", "包保", "服务", "联系", "挂钩", "监管")
_COUNT_ENDS = ("人数", "职数", "编制数", "数量", "个数")
_SERVED = ("挂钩", "联系", "包联", "包保", "帮扶", "服务", "对口", "配合", "协办", "挂点", "联络", "指导",
           "代理")  # fmt: skip

# 及, 和, 与, 、 joining two headings; not the 及 of 涉及, 危及, the 与 of 参与, the 和 of 和谐
_AND = re.compile(r"以及|(?<![涉普危波来提顾])及|(?<![参给])与|和(?!谐)|、")


def _coordinated(key: str) -> Heading | None:
    """'风险点及等级', '风险类别及等级', '防控措施及责任人': two roles joined by 及/和/与 head one
    column holding the first, the second written into its cells; a risk text joined to
    anything is the risk text ('风险环节及表现'). None where the heading is no such pair, or
    pairs two of 科室/岗位/姓名 (the old rule decides)."""
    m = _AND.search(key)
    if m:
        left, right = key[: m.start()], re.sub(r"^(?:其|对应的?|相应的?)", "", key[m.end() :])
        if m.group(0) == "、" and _AND.search(right):
            # '廉洁风险点、表现形式及防控措施': three fields in one column, the point first
            first = heading_role(left) if len(left) >= 2 else None
            if first is not None and first.role in POINTISH and first.strength >= LIKELY:
                return Heading(first.role, LIKELY, first.word)
        hl = heading_role(left) if len(left) >= 2 else None
        hr = heading_role(right) if len(right) >= 2 else None
        if hl is None or hr is None or hl.strength < LIKELY or hl.role == hr.role:
            return None
        if hr.strength < SURE or hr.word != right:
            return None  # '风险点及等级风险等级': a group heading and its own sub-heading
        if hl.role in IDENTITY and hr.role in IDENTITY:
            return None
        if hl.role == "other" and RISK_HARM.search(left):
            return Heading(hr.role, LIKELY, hr.word)  # '风险后果及防控措施': the measures, no harm
        if hl.role == "other" and _CASE_HEAD.search(left):
            return Heading(
                hr.role, LIKELY, hr.word
            )  # '典型案例及防控措施': the measures, as before
        if hl.role == "description" and hr.role == "measures":
            return Heading("description", LIKELY, key)  # '风险描述及防控措施': see _both_texts
        if hr.role in POINTISH and hl.role not in POINTISH:
            return Heading(hr.role, LIKELY, hr.word)
        return Heading(hl.role, LIKELY, hl.word)
    return None


# a risk's consequence ('风险后果', '可能后果', '危害后果'): no field of ours, where it heads a column
RISK_HARM = LazyRe(r"后果|风险危害")
_PARTS = LazyRe(r"以及|(?<![涉普危波来提顾])及|(?<![参给])与|和(?!谐)|[、/／]")


def identity_parts(key: str, n: int) -> list[Heading] | None:
    """'岗位及人员' merged over two columns, '科室/岗位/姓名' over three: a heading naming
    ``n`` of 单位/科室/岗位/姓名 in turn heads ``n`` columns, one each, in that order. None
    where it names another number of them, any other role, or one of them twice."""
    parts = _PARTS.split(key)
    if len(parts) != n or n < 2:
        return None
    out = [heading_role(p) if len(p) >= 2 else None for p in parts]
    if any(h is None or h.role not in IDENTITY or h.strength < LIKELY for h in out):
        return None
    if len({h.role for h in out}) != n:  # type: ignore[union-attr]
        return None
    return out  # type: ignore[return-value]


# --- contents -------------------------------------------------------------------------------

_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣"
    "晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
    "银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "綦滑郦钭蔺邸訾郜莘庹巫仉闾缑隗麴厍冀鄂钮蓟芮邴宓郗逄郏郄暨弓牧笪宦匡韶郁雒巢蔚双闻党翟"
    "谯沃桓淳漆蔡阎蒯酆暴甘钞亓官訚佴汲卢丘邱姒舍贲濮爱门墨"
    "洪赖木竺荀禄仰弘寿贡"
    "甯郇郤蹇禚璩眭羿芈殳乜郈庾苌蒉斛糜隽禤侴茆弭琚"  # rare ones that begin no common word nor place ('靖江', '钦州')
    "傅萧"
)
# a place's or a part's last character after a compound surname ('东方村', '诸葛镇'), and its
# last two ('东方社区', '欧阳二组'); not 路, 期 ('司马晓路', '上官子期')
_PLACE_LAST = frozenset("村镇乡组社区校队站所科室街")
_PLACE_TWO = ("社区", "学校", "小学", "中学", "小组", "村委", "一组", "二组", "三组", "四组", "五组",
              "六组", "七组", "八组", "九组", "十组")  # fmt: skip
# compound surnames that begin ordinals and places ('第五网格', '夹谷村', '子车间')
_RARE_COMPOUNDS = frozenset(
    {
        "第五",
        "夹谷",
        "子车",
        "闾丘",
        "仲孙",
        "太叔",
        "单于",
        "商牟",
        "伯赏",
        "仉督",
        "东门",
        "西门",
        "南门",
        "百里",
    }
)
# what ends a part's, a group's or a clause's name, hardly a given name ('第五网格', '第五小组')
_PART_END_CHARS = set("格组区队部间款社支村片校所站科室街路镇乡条项班级届期次号楼层厂场")
# what ends a place's, a building's or a thing's name, hardly a given name ('凤凰街', '鱼苗场')
_NOT_A_NAME_END = set("县市区州旗镇乡村路山庆街园场厂湖城阁府奖岭池港桥坝湾体馆楼台会节点")
# surnames that begin common words or places ('铁路', '汝州', '肇庆'): a name only in three
# characters, not ending as a place does
_RARE_SURNAMES = set(
    "铁贝么肇鄞寸夔淦泮汝蓬扶堵宰籍苍咸怀鱼琴伯赏慎秋凤昌融毋须戢"
    "代操税旷"  # ('代表', '操作', '税务': common in the southwest, '代骞曦')
    "睢"  # ('睢县', '睢宁': places)
    "爨邗广益空"  # ('广场', '益阳', '空白': words; helpers' holders '邗翀甯', '爨霂澍')
    "楮"  # ('楮树': a tree; holder '楮岚澈')
    "堪"  # ('堪称': a word; holder '堪翀霂'; not 有: '有台账', '有效期' would read as names)
)  # (百家姓 ones too)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "司徒",
    "长孙",
    "东郭",
    "夏侯",
    "宇文",
    "独孤",
    "南宫",
    "闻人",
    "端木",
    "呼延",
    "钟离",
    "公冶",
    "梁丘",
    "巫马",
    "仲长",
    "申屠",
    "轩辕",
    "澹台",
    "赫连",
    "淳于",
    "宗政",
    "拓跋",
    "左丘",
    "司空",
    "鲜于",
    "万俟",
    "太史",
    "濮阳",
    "公羊",
    "段干",
    "谷梁",
    "颛孙",
    "漆雕",
    "乐正",
    "壤驷",
    "公良",
    "宰父",
    "羊舌",
    "公西",
    "亓官",
    "司寇",
    "第五",
    "仉督",
    "子车",
    "夹谷",
    "闾丘",
    "仲孙",
    "太叔",
    "单于",
    "商牟",
    "伯赏",
    "纳兰",  # (Manchu: the northeast and Inner Mongolia)
    "完颜",
    "归海",  # (百家姓 …呼延归海…: '归海砚泠')
    "东门",  # (百家姓 …东门西门…, and 南门 百里: '东门岍澍'; places too: '东门社区', '百里镇')
    "西门",
    "南门",
    "百里",
)  # fmt: skip  (not 微生: 微生物)
# the historical three-character compound surnames (北朝、隋唐 鲜卑、突厥 姓氏: '阿史那翾澈',
# '步六孤琰', '侯莫陈瀞'), a one- or two-character given name after them: a name of four or five
THREE_CHAR_SURNAMES = frozenset(
    {"阿史那", "阿史德", "步六孤", "侯莫陈", "可朱浑", "破六韩", "普六茹", "郁久闾", "阿伏于", "出大汗",
     "莫那娄"}
)  # fmt: skip
# characters that occur in post, department and task words but hardly in given names
_NOT_NAME_WORDS = (
    "科室局长员队站所办组部处中心主任会计出纳管理审批采购项目资费用会议工程招标合同检查监督执法"
    "财务人事车接待报销领导班子副党委书记负责干部职工作岗位审核核查验收登记办理发放收取保管制度"
    "流程风险措施责任单位窗口服务行政处罚业务综合办公室后传息档案统计规划表警机医"  # not 勤: '谭书勤'
)  # (the words of work the characters are taken from: '管理', '项目', '会计')
NOT_NAME_CHARS = set(_NOT_NAME_WORDS)
POST_BRACKET_NAME = re.compile(r"^\s*([^()（）]{2,12}?)\s*[(（]\s*([^()（）\s]{2,4})\s*[)）]\s*$")
# a telephone number after a holder's name ('斛雨萱 13905271468', '王强(0527-8812345)')
PHONE = re.compile(
    r"[\s\u3000]*[(（]?(?:\d{17}[\dXx]|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})[)）]?\s*$"
)  # (or an identity card's number)
_WITH_POST = re.compile(r"[(（][^()（）]{1,12}[)）]$")
_NAME_SPLIT = re.compile(r"[、,，/;；\s]+")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_INT = re.compile(r"^\d{1,4}$")


# two-character syllables of Tibetan names as written in Chinese (泽仁央宗, 桑吉彭措, 格桑曲珍): such a
# name has no surname of the 百家姓, so it is known by being two or three of these
TIBETAN = _TIBETAN = frozenset(
    """扎西 次仁 格桑 卓玛 达瓦 多吉 桑吉 彭措 央金 拉姆 曲珍 顿珠 尼玛 旦增 仁青 索朗 洛桑 益西 德吉
    平措 贡布 泽仁 降措 四郎 阿旺 罗布 白玛 嘉措 加措 巴桑 边巴 普布 旺堆 嘎玛 拉巴 次旦 央宗 卓嘎
    仁增 丹增 昂旺 土登 强巴 群培 洛布 措姆 泽郎 格绒 呷绒 仁真 根秋 秋吉 登巴 达娃 旺姆 拥忠 多杰
    志玛 向巴 曲扎 翁姆 扎巴 贡嘎 雍措 降央 洛绒 泽旺 泽翁 友珍 永珍 益珍 泽珍 曲措 此里 仁措 定珠
    登珠 阿呷 秋英 土呷 泽郎 德庆 卓措 拉措 仁钦 顿丹 次珍 旺加 桑珠 泽措 央措 格勒 热巴 多布""".split()
)


# words that name everyone of a post, no one person ('全体' under 副局长: all of them): never a
# name ('全' is a surname, '全体' is no name); a holder's cell saying so names no one
EVERYONE_WORDS = frozenset(
    {"全体", "全部", "全员", "所有", "均", "全体人员", "全体干部", "全体职工"}
)


def _tibetan_name(p: str) -> bool:
    return len(p) in (4, 6) and all(p[i : i + 2] in _TIBETAN for i in range(0, len(p), 2))


# the characters Yi names are written in (吉克阿呷, 俄的拉者, 马海拉几, 勒格史诺): a name of four
# of them, three at least, where no surname list helps; '乡村振兴', '征地拆迁' have none
_YI = frozenset(
    "阿吉克沙马海来拉呷者几日哈古惹莫伍曲布果支史诺格依铁尔比勒俄的说且木子乃苦补约加各衣觉瓦色达火"
    "什倮洛此杰尼么体迪博额西则土嘎夫安井叶石果"
)


def _yi_name(p: str) -> bool:
    return (
        len(p) == 4
        and sum(ch in _YI for ch in p) >= 3
        and not any(ch in NOT_NAME_CHARS for ch in p)
        and p[-1] not in _NOT_A_NAME_END
    )


# two-character words of forms and duties whose first character is a surname's ('盖章', '时间',
# '安全', '金额'): no name (not '许可', a common name)
_WORDS_NOT_NAMES = frozenset(
    "盖章 时间 高级 初级 程序 钱款 金额 安全 平台 车辆 武装 信访 应急 卫生 文化 宗教 公安 海关 国土 双拥 "
    "计生 史志 门卫 花匠 文印 公关 任免 晋升 签章 印章 "
    # days of the week ('周一 | 周三 | 周五' keying a list: no holders named 周)
    "周一 周二 周三 周四 周五 周六 周日 周天 周末".split()
)


# two-character words of work a task's name ends with ('管网维修', '冷链仓储', '票据核销'): after a
# single surname's character and one more, no given name ends so (a compound surname's four-character
# name, '欧阳修远', '司马懿然', is read before this is asked)
_TASK_WORD_ENDS = frozenset(
    "维修 检修 抢修 机修 运维 维护 养护 管护 保养 仓储 储存 存储 储备 运输 配送 装卸 核销 核算 结算 收费 "
    "收缴 征收 缴费 计量 抄表 化验 检测 监测 检验 巡检 巡查 巡护 巡逻 调度 监控 监管 稽查 审核 审批 审查 "
    "核查 查验 验收 登记 备案 受理 办理 采购 销售 招标 发包 发放 报销 出库 入库 施工 整治 治理 保洁 安装 "
    "统计 评审 评估 督查 考核 环节 流程 节点 步骤 程序 阶段 巡线 调配 调运 分拣 抽检 检疫".split()
)


# an ordinal's opening, no surname's ('第一', '第三', '第12'; '第五' is a compound surname: '第五枕流')
_ORDINAL_NOT_NAME = LazyRe(r"^第[一二三四六七八九十百千两零〇\d]")


# the caption of a hyperlink standing in a cell for what it links to ('点击查看', '详见附表',
# '见附件', '查看', '单击此处查看详情'): no name, whatever its first character reads
LINK_CAPTION = LazyRe(
    r"(?:请)?(?:(?:点击|单击|双击|点此|点这里|点击此处|单击此处)(?:此处|这里)?"
    r"(?:查看|打开|跳转|进入)?|查看|详见|参见|见)"
    r"(?:详情|详细信息|附表|附件|链接|明细|名单|花名册|人员信息表?|信息表?|下表|\d+)?[。.]?"
    r"|(?:超)?链接"
)


@lru_cache(maxsize=1 << 16)
def looks_like_name(text: str) -> bool:
    """A personal name or a few of them ('张三', '李四、王五'), not a post or a task word; a name
    written in traditional characters ('陳志遠') is tested in its simplified form."""
    keyed = as_keyed(text)
    if keyed != text:
        return looks_like_name(keyed)
    if LINK_CAPTION.fullmatch(text.strip()):
        return False  # '查看': a hyperlink's caption ('查' a surname's)
    text = _WITH_POST.sub("", PHONE.sub("", text.strip()))  # '蒋文斌(处长)', '斛雨萱 139…'
    parts = [p for p in _NAME_SPLIT.split(text.replace("\u3000", " ").strip()) if p]
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        parts = ["".join(parts)]  # a name spaced out to the width of the cell: '赵 东 升'
    if not parts or len(parts) > 4 or not EVERYONE_WORDS.isdisjoint(parts):
        return False  # ('全体': everyone, no name)
    for p in parts:
        if p in _WORDS_NOT_NAMES:
            return False
        if len(p) == 2 and p[0] in _SURNAMES and p[1] not in NOT_NAME_CHARS:
            continue
        if (
            p[:3] in THREE_CHAR_SURNAMES
            and len(p) in (4, 5)
            and all("\u4e00" <= ch <= "\u9fff" for ch in p[3:])
            and not any(ch in NOT_NAME_CHARS for ch in p[3:])
        ):
            continue  # '阿史那翾澈', '步六孤琰': a three-character compound surname's
        if _tibetan_name(p):
            continue  # '桑吉彭措', '泽仁央宗'
        if _yi_name(p):
            continue  # '俄的拉者', '马海拉几'
        if (
            len(p) == 4
            and p[2:] in _TASK_WORD_ENDS
            and (p[:2] not in COMPOUND_SURNAMES or p[0] == "第")
        ):
            return False  # '管网维修', '冷链仓储': a task whose first character is a surname's
            # ('第五监测': an ordinal's team at work, 第五 a surname's all the same)
        if _ORDINAL_NOT_NAME.match(p):
            return False  # '第一监测', '第3网格': an ordinal ('第五' a compound surname, below)
        if len(p) >= 3 and p.endswith(("科", "股", "室", "站", "所", "处", "队", "办", "中心")):
            return False  # '房产科', '任务股': a 科室 however its first character reads
        if len(p) == 3 and p[-1] == "员":
            return False  # '安全员', '信贷员', '计量员': a post however its first character reads
        if (
            len(p) == 3
            and p[0] in _RARE_SURNAMES
            and _HAN.match(p)
            and not any(ch in NOT_NAME_CHARS for ch in p[1:])
            and p[-1] not in _NOT_A_NAME_END
        ):
            continue  # '贝文华', '寸红梅': a rare surname, in a three-character name only
        given = p[2:] if p[:2] in COMPOUND_SURNAMES else p[1:]
        if p.startswith("第五") and len(p) != 4:
            return False  # '第五条', '第五名': an ordinal; '第五枕流' a name
        if p[:2] in COMPOUND_SURNAMES and (
            (p[:2] in _RARE_COMPOUNDS and p[-1] in _PART_END_CHARS)
            or (len(p) == 3 and p[-1] in _PLACE_LAST)
            or p.endswith(_PLACE_TWO)
        ):
            return False  # '第五网格', '东方社区', '诸葛镇': a place or a part named so
        if (
            _HAN.match(p)
            and (p[0] in _SURNAMES or p[:2] in COMPOUND_SURNAMES)
            # '葛长春' is a name though 长 ends posts; '张科长', '李会计' are not
            and not (
                all(ch in NOT_NAME_CHARS for ch in given)
                if len(given) == 2
                else any(ch in NOT_NAME_CHARS for ch in given)
            )
        ):
            continue
        return False
    return True


# a post's, a place's or a level's own character: no given name of one character after a surname
# ('王科', '李村', '张高' are a 科室, a village, a level however the first one reads)
_NOT_GIVEN_ALONE = frozenset(
    "科室局长员队站所办组部处股岗班院馆庭乡镇村县区市省街社高中低级等星主副总"
)


def surname_and_one(text: str) -> bool:
    """A surname and one character ('李理', '管理' no): a holder's name where it stands after a post
    and a space ('副所长 李理'), though its character is one of the words of work ('管理', '经理')
    that keep ``looks_like_name`` from reading it anywhere; never a post's, place's or level's
    character, a word of work ('项目', '管理') or a known word ('信访', '周一')."""
    return (
        len(text) == 2
        and text[0] in _SURNAMES
        and text[1] not in _NOT_GIVEN_ALONE
        and bool(_HAN.match(text))
        and text not in _NOT_NAME_WORDS
        and text not in NOT_A_NAME
        and text not in _WORDS_NOT_NAMES
        and text not in _TASK_WORD_ENDS
    )


def starts_with_surname(text: str) -> bool:
    """The text begins with a surname ('佘翀岍', '欧阳澍'): a name pieced together from single
    characters, where ``looks_like_name`` alone also takes Tibetan and Yi names of no surname."""
    return bool(text) and (
        text[:2] in COMPOUND_SURNAMES or text[0] in _SURNAMES or text[0] in _RARE_SURNAMES
    )


# the separators of an organisation path in one cell (identity.org_path)
ORG_PATH_MARKS = frozenset(">＞›»→/／\\")


@dataclass
class Profile:
    """What the non-empty cells of one column look like."""

    n: int
    level: float  # share of values in the level vocabulary
    type: float  # share of values wholly in the type vocabulary
    name: float  # share of personal names
    grade: float  # share of post grades (A/B/C)
    seq: bool  # 1, 2, 3 … in order
    mean_len: float
    distinct: int = 0  # different values: a leader merged over every row has one
    post: float = 0.0  # share of post titles (科长, 会计, 社区书记)
    dept: float = 0.0  # share of 科室 names (办公室, 财务科, 执法大队)
    post_name: float = 0.0  # share of a post and its holder in one cell ('主任 邝永胜')
    labels: float = 0.0  # share of bare labels ('责任人:') with nothing after them
    numbers: float = 0.0  # share of plain numbers ('3': a count, not a text)
    several: float = 0.0  # share of cells listing several items ('党支部书记、村委会主任')
    leaders: float = 0.0  # share of leaders' posts (局长, 分管副局长, 书记)
    risky: bool = False  # most values name a kind of risk ('廉洁风险', '履职风险')
    unnamed: float = 0.0  # share of what no one is called: a date, a tick, '已签'
    name_post: float = 0.0  # share of a name with the post typed after it ('厍翊沣局长')
    rank_name: float = 0.0  # share of a rank or grade, then the name ('一级指挥员　禤骁沨')
    counts: float = 0.0  # share of counts ('3', '2个', '/' for none; some with a digit)
    post_over: float = 0.0  # share of a post, and its holder's name on the next line ('部长⏎张三')
    signed: float = 0.0  # share of a name with the date signed after it ('竺曜泓　2025.4.8')
    bars: float = 0.0  # share of bars of filled marks padded with empty ones ('■■■□□', '●●○○')
    shares: float = 0.0  # share of lines labelled by who leads and who assists ('主责：…⏎协责：…')
    # share of one name of a common surname ('甄沐阳'; not '贝文华' of a rare one, nor a post)
    plain_names: float = 0.0
    # share of an organisation path ending in a post and its holder's name: '内乡县统计数据管理中心
    # > 数据审核科 > 科长 > 谯珣蘅', a system's export naming the row's holder (identity.org_path)
    paths: float = 0.0
    rows: int = 0  # the rows looked at, the blank cells' too (``n`` of them filled)
    kin: float = 0.0  # share of kinship words ('配偶', '儿子', '岳父'): a tie column's cells
    scores: float = 0.0  # share of scores, a number maybe with its unit ('9', '8.5分', '6.5')
    colours: float = 0.0  # share of warning colour words ('红色', '橙', '黄灯', '红色预警')
    # share of staff grades ('管理七级', '专业技术十二级', '工勤技能四级', '四级主任科员', '副科级'):
    # a person's 岗位等级 in a 事业单位, no post's risk grade
    staff_grades: float = 0.0
    # share of level words followed by the reason for them ('一级：涉及资金量大', '高，自由裁量空间大')
    reasoned: float = 0.0


# which contents matter for a column, by what its heading says (None: all of them)
_NEEDS: dict[str, tuple[str, ...]] = {
    "person": ("name", "org"), "risk_level": ("level", "type"), "risk_type": ("level", "type"),
    "department": ("name", "org"), "title": ("name", "org"),
    "risk_point": (), "description": (), "measures": (), "workflow": (), "seq": (),
    "duty": ("type",),  # a duty column of type words is the type column (分管工作 | 岗位职责)
    "declared_grade": ("rank",), "tier": ("level",), "unit": (),
}  # fmt: skip


def needs(h: Heading | None) -> tuple[str, ...] | None:
    """The content features worth computing for a column with heading ``h``: a sure heading
    of the risk text or the measures needs no name or vocabulary test (they cost the most)."""
    if h is None or h.strength == HINT:
        return None
    if h.role == "description" and RISK_SOURCE.search(h.word):
        return ("type",)  # a source column of type words is the type column ('风险因素 | 制度机制')
    return _NEEDS.get(h.role)


# a level drawn as a bar four marks wide or more, filled then empty ('■■■■□', '●●○○', '★★★☆☆'):
# a score a note may fold into levels (locate's ``_bar_levels``); three wide ('■□□') ticks a place
_MARK_BAR = LazyRe(r"^([■●★▲])\1*[□○☆△]*$")
# a count typed with its measure word ('2个', '1 项') or bare; '/', '—', '无' for none
_COUNT = re.compile(r"\d{1,3}\s*[个项条处]?")
_NO_COUNT = frozenset({"/", "／", "-", "—", "——", "－", "无"})
# a score as typed in a cell ('9', '8.5分', '6.5 分'): no 科室's or unit's name
_SCORE_LIKE = re.compile(r"\d+(?:\.\d+)?\s*分?")


# a warning colour written as the level word: '红色', '橙', '黄灯', '红色预警', '蓝色风险' (a level
# by the note's order or the usual 红 > 橙 > 黄 > 蓝, locate_levels ``_colour_words``)
WARNING_COLOUR_WORD = re.compile(r"([红橙黄蓝绿])色?灯?(?:预警|风险)?(?:等级|级)?")


def _names_with_lists(v: str) -> bool:
    """Holders in one cell, each name followed by a bracketed list by the names' own separators
    ('钱珝（包巴麦村、江雄村）、夏玹（包洛嘎村、嘎确村）'), or by a bracket of one item ('张三（财务股）、
    李四（办公室）', '王五（女）、赵六'): every part's word a name."""
    got = lists_in_brackets(v, listed=False)
    return got is not None and all(looks_like_name(n) for n, _b in got)


# a level cell written as the level and then why ('一级：涉及资金量大', '高，自由裁量空间较大', '三级。
# 发生概率较小'): a short word before the first colon, comma, semicolon or full stop, the reason after
_LEVEL_THEN_REASON = re.compile(r"^\s*([^\s：:，,。；;]{1,8}?)\s*[：:，,。；;]\s*(\S.*?)\s*$", re.S)
REASON_MARKS = re.compile(r"[：:，,。；;]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# a cell listing levels rather than giving one ('一级：1、3⏎二级：2', '高：2项，中：1项'): a second level
# word before a colon
_LEVELS_LISTED = re.compile(
    r"(?<![\u4e00-\u9fff])(?:[一二三四ⅠⅡⅢ123]级|[高中低])(?:风险点?)?\s*[：:]"
)  # (not '其中：')


def level_then_reason(text: str, config, scales: bool = False) -> tuple[str, str] | None:
    """A level cell written as a level word and then the reason for it, after a colon, a comma,
    a semicolon or a full stop ('一级：门票收入集中，涉及资金量大'): (the level word, the reason), else
    None (a word that is no level, a 'reason' of one character or a level itself, '一级，二级', or
    a cell listing several levels). ``scales``: a word of a configured three-step scale the
    vocabulary does not know ('较重要：…', '较轻，…') opens such a cell too (the caller reads the
    column's words as that scale, or not at all)."""
    m = _LEVEL_THEN_REASON.match(text)
    if m is None:
        return None
    word, why = m.group(1), m.group(2)
    known = config.level(word) or (scales and config.within_a_scale({word}))
    if not known or len(_HAN_CHAR.findall(why)) < 2:
        return None
    if config.level(why.rstrip("。；;，,.")) or _LEVELS_LISTED.search(why):
        return None
    return word, why


def profile(values: list[str], config, only: tuple[str, ...] | None = None) -> Profile:
    """The contents of one column; ``only`` limits the costly tests to those named."""
    vals = list(filter(None, values))
    n = len(vals)
    if not n:
        return Profile(0, 0.0, 0.0, 0.0, 0.0, False, 0.0, 0)
    mean_len = sum(map(len, vals)) / n
    numbers = sum(map(str.isdigit, vals)) / n
    counted = sum(1 for v in vals if _COUNT.fullmatch(v))
    counts = (counted + sum(1 for v in vals if v in _NO_COUNT)) / n if counted else 0.0
    level = typ = name = grade = bars = colours = reasoned = 0.0
    seq = False
    if only is None:
        ints = [int(v) for v in vals if _INT.match(v)]
        seq = len(ints) >= max(2, 0.8 * n) and sum(
            1 for a, b in zip(ints, ints[1:], strict=False) if b == a + 1
        ) >= 0.7 * (len(ints) - 1)
        grade = sum(1 for v in vals if len(v) <= 3 and config.grade(v)) / n
    if only is None or "level" in only:
        lookup, listed = config.levels.lookup, config.levels.grades_listed
        # ('高　中　低' printed in every cell, the grade marked by its run's font: a level cell
        # all the same, ``Vocabulary.grades_listed``)
        level = sum(1 for v in vals if len(v) <= 12 and (lookup(v) is not None or listed(v))) / n
        if level < 0.8 and vals[0][0] in "■●★▲":  # (the cheap test: a bar opens on a filled mark)
            bars = sum(1 for v in vals if 4 <= len(v) <= 10 and _MARK_BAR.match(v)) / n
        if level < 0.8 and vals[0][0] in "红橙黄蓝绿":  # (the cheap test first)
            colours = sum(1 for v in vals if WARNING_COLOUR_WORD.fullmatch(v)) / n
        if level < 0.8 and REASON_MARKS.search(vals[0]):  # (the cheap test: a mark in the first)
            reasoned = sum(1 for v in vals if level_then_reason(v, config)) / n
    risky = False
    if only is None or "type" in only:
        typ = sum(map(config.type_only, vals)) / n
        if not typ and mean_len == 1 and config.type_initials(vals):
            typ = 1.0  # '思 | 制 | 岗': each the one type whose name holds it (read so by locate)
        risky = sum(v.endswith("风险") for v in vals) >= 0.5 * n
    post_name = unnamed = name_post = rank_name = post_over = signed = shares = plain_names = 0.0
    paths = 0.0
    if only is None or "name" in only:
        name = (
            sum(
                1
                for v in vals
                if (len(v) <= 20 and (looks_like_name(v) or _post_colon_name(v)))
                # '欧霁翾（1—6月）⏎区沨珝（7—12月）': the post's holders in turn, names all the same
                or ("\n" in v and holders_in_turn(v))
                # '滕沛琰⏎药剂科': the holder's name, his 科室 on a line of its own
                or ("\n" in v and name_and_dept_lines(v) is not None)
                # '钱珝（包巴麦村、江雄村）、夏玹（…）': holders each with his scope's list
                or (len(v) <= 120 and _names_with_lists(v))
            )
            / n
        )
        post_name = sum(1 for v in vals if len(v) <= 24 and _post_and_name(v)) / n
        if post_name < 0.6 and any(5 <= len(v) <= 24 for v in vals[:8]):  # (the cheap test)
            from xlproc.identity import dept_post_names

            # '财务室出纳　徒单珂', '就业股股长徒单澈': the 科室, the post, then the holder, however
            # rare his surname or with no space before him (read apart by locate:
            # DEPT_BEFORE_POST_IN_HOLDER_CELL)
            read = dept_post_names([v for v in vals if len(v) <= 24])
            post_name = (
                sum(1 for v in vals if len(v) <= 24 and (_post_and_name(v) or v in read)) / n
            )
        name_post = (
            sum(1 for v in vals if len(v) <= 24 and name_then_post(v.rpartition("、")[2])) / n
        )  # ('张三丰、李四海局长': two holders, the post typed after the second)
        unnamed = sum(1 for v in vals if _no_one(v)) / n
        rank_name = (
            sum(1 for v in vals if len(v) <= 24 and _rank_then_name(v)) / n if post_name else 0.0
        )
        post_over = sum(1 for v in vals if "\n" in v and _post_over_name(v)) / n
        signed = sum(1 for v in vals if len(v) <= 24 and signed_name(v)) / n
        if any("责" in v or "配合" in v or "协" in v for v in vals[:8]):  # (the cheap test)
            shares = sum(1 for v in vals if _lead_names_someone(v)) / n
        plain_names = (
            sum(
                1
                for v in vals
                if 2 <= len(v) <= 4
                and (v[0] in _SURNAMES or v[:2] in COMPOUND_SURNAMES)
                and looks_like_name(v)
            )
            / n
        )
        if any(ORG_PATH_MARKS.intersection(v) for v in vals[:8]):  # (the cheap test)
            from xlproc.identity import org_path

            got = [org_path(v) if len(v) <= 60 else None for v in vals]
            paths = sum(1 for o in got if o and o[2]) / n
            if not paths and all(o and o[0] and _dept_like(o[0]) for o in got):
                # '汝阳县财政局 > 办公室 > 主任' in every cell: each row's 科室 and post, a
                # post-only holder (a path of 2+ parts ending in a post, a 科室 before it)
                paths = 1.0
    post = dept = labels = several = leaders = 0.0
    if only is None or "org" in only:
        post = sum(1 for v in vals if _post_like(v)) / n
        dept = sum(1 for v in vals if _dept_like(v)) / n
        labels = sum(1 for v in vals if v.endswith((":", "："))) / n
        several = sum(1 for v in vals if "、" in v or "，" in v or "," in v) / n
        leaders = sum(1 for v in vals if _leader_like(v)) / n
    return Profile(
        n, level, typ, name, grade, seq, mean_len, len(set(vals)), post, dept, post_name, labels,
        numbers, several, leaders, risky, unnamed, name_post, rank_name, counts, post_over, signed,
        bars, shares, plain_names, paths, len(values),
        sum(1 for v in vals if len(v) <= 12 and kin_word(v)) / n,
        sum(1 for v in vals if _SCORE_LIKE.fullmatch(v)) / n, colours,
        sum(1 for v in vals if len(v) <= 12 and _STAFF_GRADE.fullmatch(v)) / n
        if only is None or "rank" in only
        else 0.0,
        reasoned,
    )  # fmt: skip


# a 事业单位 staff grade or a civil servant's 职级 (what a '岗位等级' column may hold instead of A/B/C)
_STAFF_GRADE = LazyRe(
    r"(?:管理|专业技术|专技|工勤技能|工勤|技术工|普通工)\s*(?:岗位?)?\s*[一二三四五六七八九十]{1,3}级(?:岗位?)?"
    r"|[一二三四]级(?:主任科员|科员|调研员|巡视员)|(?:正|副)?(?:科|处|股)级|(?:副)?主任科员|科员|办事员"
)


# a rank or grade, no post: a 消防救援衔, a police rank, a civil servant's 职级 ('四级主任科员')
_RANK_WORD = LazyRe(
    r"(?:[一二三四五六七八九十]级|高级|中级|初级)\S{1,6}"
    r"|\S{0,4}(?:指挥员|指挥长|消防士|消防员|警监|警督|警司|警员)"
)


def _rank_then_name(v: str) -> bool:
    """'一级指挥员　禤骁沨', '四级主任科员 骆澜曦': a rank or grade, a space, then the name."""
    parts = v.split()
    return len(parts) == 2 and bool(_RANK_WORD.fullmatch(parts[0])) and looks_like_name(parts[1])


# what a signature column holds where no one signs by name: a mark, a word of assent
_SIGN_MARKS = frozenset(
    {"已签", "已签字", "已签名", "已确认", "确认", "同意", "本人", "是", "√", "已阅"}
)
_NAME_SHAPED = re.compile(r"^[\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{1,5}$")


def _no_one(v: str) -> bool:
    """A signature cell naming no one: a date, a tick, '已签' ('王强（签字）', '王强、李芳' do)."""
    parts = [p for p in _NAME_SPLIT.split(BRACKETED.sub("", v)) if p]
    return not parts or any(not _NAME_SHAPED.match(p) or p in _SIGN_MARKS for p in parts)


# headings of a column where each holder signs his rows
_SIGNATURE = ("签字", "签名", "确认", "承诺人")
# the date a holder signed on after his name ('竺曜泓　2025.4.8', '訾景澜 2025年4月8日', '4.8')
_DATE_SIGNED_ON = re.compile(
    r"[\s\u3000]*(?:(?:19|20)\d{2}\s*[.\-/．年]\s*)?\d{1,2}\s*[.\-/．月]\s*\d{1,2}\s*日?\s*$"
)
# the date a holder signed on before his name ('2025年4月8日　訾景澜', '2025.4.8 訾景澜')
_DATE_SIGNED_FIRST = re.compile(
    r"^[\s\u3000]*(?:(?:19|20)\d{2}\s*[.\-/．年]\s*\d{1,2}\s*[.\-/．月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\u3000]*"
)
# the words of a per-row confirmation heading besides the signing ('岗位人员确认（签字、日期）',
# '本人签字', '确认签字'): what is left names who signs, or no one
_SIGN_HEAD_WORDS = re.compile(r"确认|签字|签名|日期|时间|及|和|[、,，/（）()]")


def signed_name(v: str) -> str:
    """A signature with the date signed after it as the name ('竺曜泓　2025.4.8' → '竺曜泓'), or ''
    (no date after it, or no name before it)."""
    if not v:
        return ""
    if v[-1].isdigit() or v[-1] == "日":  # (the cheap test: a date ends in a digit or 日)
        name = _DATE_SIGNED_ON.sub("", v).strip()
    elif v.lstrip()[:1].isdigit():  # the date first: '2025年4月8日　訾景澜' (review 110)
        name = _DATE_SIGNED_FIRST.sub("", v, count=1).strip()
    else:
        return ""
    return name if name != v.strip() and looks_like_name(name) else ""


# a holder's share of the responsibility for the row's point written on his line ('所长　牟某　40%',
# '牟某（40%）', '牟某 占40%', '40%　所长　牟某'): a number and a percent sign, no part of who he is
_HOLDER_SHARE_TAIL = re.compile(
    r"[\s\u3000]*[(（]?\s*(?:占|承担|分担)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*[%％]\s*[)）]?[\s\u3000]*$"
)
_HOLDER_SHARE_HEAD = re.compile(r"^[\s\u3000]*(\d{1,3}(?:\.\d{1,2})?)\s*[%％][\s\u3000]+")


def holder_shares(cell: str) -> tuple[str, float] | None:
    """A holders' cell whose every line closes (or opens) with the holder's share of the row's
    point ('所长　牟某　40%⏎食品监管员　牟某某　60%', '牟某（40%）', '40%　所长　牟某'): (the cell
    without the shares, the shares' sum); None for any other cell (no '%', a line without a share,
    a line that is a share alone)."""
    if "%" not in cell and "％" not in cell:
        return None  # (the cheap test)
    lines, total = [], 0.0
    for x in cell.split("\n"):
        if not x.strip():
            continue
        m = _HOLDER_SHARE_TAIL.search(x)
        if m is not None and m.start() > 0:
            rest = x[: m.start()]
        else:
            m = _HOLDER_SHARE_HEAD.match(x)
            if m is None:
                return None
            rest = x[m.end() :]
        if not rest.strip() or rest.strip()[-1:].isdigit():
            return None
        lines.append(rest.strip())
        total += float(m.group(1))
    return ("\n".join(lines), total) if lines else None


def signs_for_holder(h: Heading | None, label: str) -> bool:
    """A heading of a per-row confirmation column the row's holder signs ('岗位人员确认（签字、日期）',
    '本人签字', '签名确认', '确认签字', '签名'), not one signed by a checker or a keyer ('审核人签字',
    '检查人签名') nor a named person's column that merely says 确认 ('负责人确认' is his)."""
    if "签" not in label and "确认" not in label:
        return False
    if h is not None and (h.role != "person" or h.word in _KEYERS or h.word in _CHECKERS):
        return False
    who = _SIGN_HEAD_WORDS.sub("", label)
    if not who or who in ("本人", "岗位人员", "岗位", "责任人", "岗位责任人", "当事人"):
        return True
    return False


# words of work that read like names: a tab, a holder's cell or a '…：…' saying them names no one
NOT_A_NAME = {"信访", "司机", "党建", "应急", "武装", "安全", "金融", "明细", "统计", "汇总", "财务",
               "文书", "后勤", "宣传", "组织", "纪检", "工会", "妇联", "团委", "档案", "保密", "审计",
               "计生", "民政", "农经", "水利", "林业", "城建", "交通", "食堂", "门卫", "保洁", "司法",
               "文化", "国土", "卫健", "农技", "综治", "城管", "环保", "教育", "科技", "民宗", "残联", "扶贫",
               "社保", "医保", "畜牧", "农业", "财政", "规划", "住建", "市场", "商务", "人社", "退役",
               "文秘", "全面", "政工", "宣教"}  # fmt: skip


def _post_colon_name(v: str) -> bool:
    """'新闻部主任：蒙立新', '支行行长：周海': a holder's cell naming the post before him."""
    if ":" not in v and "：" not in v:
        return False
    post, _, holder = v.replace("：", ":").strip().rpartition(":")
    holder = holder.strip()
    return (
        bool(post.strip())
        and looks_like_name(holder)
        and holder not in NOT_A_NAME
        and not looks_like_name(post)
    )


# a name's last character that starts a post, or ends a place or a body, instead ('王强副局长':
# 王强 and 副局长; '管理区主任', '林场场长': no name at all)
_POST_START = frozenset("副局股科处室站所队院办组委部区场厂馆校园社团行司厅台库中心县乡镇村")
# more words of work a post opens with ('卫生院长', '农技站长')
_NOT_A_NAME_MORE = frozenset(
    ("卫生", "农技", "水保", "林政", "安监", "质监", "药监", "文广", "城乡", "村镇")
)
# the posts typed after a name: a head ('局长', '副站长', '主任'), or a staff post of its own
# name ('科员', '会计'); not any word ending as a post does ('项目受理岗' is no 项目受 and 理岗)
_GLUED_POST = re.compile(
    r"^(?:副|常务副)?(?:[局股科处所站队馆院校部组场厂园区镇乡村行会]长|主任|书记|经理|主席|秘书长)$"
    r"|^(?:科员|办事员|职员|干事|专干|会计|出纳|文员|统计员|审计员|技术员|管理员|讲解员|驾驶员|护林员|"
    r"网格员|协管员|联络员|监督员|检验员|收费员|辅警|民警|教师|医生|护士)$"
)


@lru_cache(maxsize=1 << 14)
def name_then_post(v: str) -> tuple[str, str] | None:
    """'厍翊沣局长', '訾泓旻副局长': a holder's name with the post typed straight after it, as
    (name, post); None for anything else (the post must end as a post does)."""
    s = "".join(v.split())
    if not 4 <= len(s) <= 12 or not s.isalpha():
        return None
    parts = v.split()
    if len(parts) == 2 and 3 <= len(parts[0]) <= 5 and _GLUED_POST.match(parts[1]):
        from xlproc.identity import WORK_PHRASE_ENDS, labelled_rare_name

        # '郁都甄澜　副局长', '骨咄澈 股长': a space after a name of a surname no list holds (one
        # opening with a listed one's character too), the post after it; not a line of work or a
        # place before a post ('文明创建 专干', '城关镇 会计')
        if labelled_rare_name(parts[0]) and not parts[0].endswith(WORK_PHRASE_ENDS):
            return parts[0], parts[1]
    for n in (4, 3) if s[:2] in COMPOUND_SURNAMES else (3, 2):
        name, post = s[:n], s[n:]
        if (
            len(post) >= 2
            and name[-1] not in _POST_START
            and looks_like_name(name)
            and name not in NOT_A_NAME  # ('文化站长', '计生专干', '武装部长': a post alone)
            and name not in _NOT_A_NAME_MORE
            and not _dept_like(name)
            and _GLUED_POST.match(post)
        ):
            return name, post
    if len(s) >= 5:
        from xlproc.identity import WORK_PHRASE_ENDS, labelled_rare_name

        # '郁都甄澜副局长', '骨咄澈股长': a name of a surname no list holds, the post typed after it
        # (the longest such name before a post: no post word inside it; no line of work or place)
        for n in (5, 4, 3):
            name, post = s[:n], s[n:]
            if (
                len(post) >= 2
                and _GLUED_POST.match(post)
                and labelled_rare_name(name)
                and not name.endswith(WORK_PHRASE_ENDS)
            ):
                return name, post
    return None


# a date line under a holder's name ('2025.3', '2025年3月', '2025-03-01'): when he signed or took
# the post, no part of him (``name_and_dept_lines``)
_HOLDER_DATE_LINE = re.compile(
    r"^\d{4}\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}\s*日?|\s*月)?$"
)
# what separates two names on one line of a holder's cell ('岑皓轩、司徒婧妍')
_HOLDER_LINE_NAMES_SPLIT = re.compile(r"[、，,；;\s\u3000]+")


@lru_cache(maxsize=1 << 14)
def name_and_dept_lines(v: str) -> tuple[str, str, str] | None:
    """'滕沛琰⏎药剂科', '药剂科⏎滕沛琰', '药剂科主任　滕沛琰⏎药剂科': a holder's cell of two or three
    lines, one his name (a post may stand before it) and one his 科室, maybe one more his post,
    in any order, as (name, 科室, post); None for anything else: two names ('理事长　某某⏎会计　某某',
    several holders), no 科室 line ('主任⏎邝永胜', the post and its holder)."""
    if "\n" not in v or len(v) > 40:
        return None
    lines = [x.strip(" \u3000") for x in v.split("\n")]
    lines = [x for x in lines if x]
    dated = [x for x in lines if _HOLDER_DATE_LINE.match(x)]
    lines = [x for x in lines if x not in dated]  # '岑皓轩⏎2025.3': the date is no part of him
    if not 1 + (not dated) <= len(lines) <= 3:
        return None
    name = dept = post = ""
    for x in lines:
        names = [w for w in _HOLDER_LINE_NAMES_SPLIT.split(x) if w]
        if _dept_like(x) and not looks_like_name(x):
            if dept:
                return None
            dept = x
        elif len(x) <= 4 and looks_like_name(x) and x not in NOT_A_NAME:
            if name:
                return None
            name = x
        elif len(names) >= 2 and all(
            len(w) <= 4 and looks_like_name(w) and w not in NOT_A_NAME and not _dept_like(w)
            for w in names
        ):  # '办公室⏎岑皓轩、司徒婧妍': a 科室 over its holders, each his own
            if name:
                return None
            name = "、".join(names)
        elif _post_like(x) and not looks_like_name(x):
            if post:
                return None
            post = x
        elif not name and not post and " " in x.replace("\u3000", " ") and _post_and_name(x):
            post, _, name = x.replace("\u3000", " ").rpartition(" ")
            post, name = post.strip(), name.strip()  # '药剂科主任　滕沛琰'
        else:
            return None
    return (name, dept, post) if name and (dept or (dated and not post)) else None


# the labels of a holders' cell's lines by their share of the point: who leads it ('主责：',
# '牵头：', '主办：', '第一责任人：') and who assists, holding none of it ('协责：', '配合：', '协办：',
# '协助：', '参与：'), as a 配合岗位 column names no holder
_SHARE_LINE = LazyRe(r"^\s*([^\s:：]{1,8}?)\s*[:：]\s*(\S.*?)\s*$")
_LEAD_SHARE = LazyRe(
    r"^(?:主责|牵头|主办|第一责任|直接责任|主要责任)(?:人|人员|岗|岗位|科室|股室|部门|单位|领导)?$"
)
_ASSIST_SHARE = LazyRe(
    r"^(?:协责|配合|协办|协助|参与|协同)(?:人|人员|岗|岗位|科室|股室|部门|单位|领导)?$"
)


@lru_cache(maxsize=1 << 12)
def lead_share_line(cell: str) -> str | None:
    """A holders' cell of lines each labelled by its share of the row's point ('主责：主任　鄂某某⏎
    协责：项目股　股长　鄂某某', '牵头：…⏎配合：…⏎配合：…'): the words after the lead line's label
    (the row's holder), '' where every line assists; None unless every line is so labelled (a
    watcher's line, '监督：…', may stand among them), one at least leads or assists and at most one
    leads ('第一责任人：X⏎直接责任人：Y' is no such cell)."""
    if "：" not in cell and ":" not in cell:
        return None  # (the cheap test: a label's colon)
    lead, shared = None, False
    for line in cell.split("\n"):
        if not line.strip():
            continue
        m = _SHARE_LINE.match(line)
        if m is None:
            return None
        label = m.group(1)
        if _LEAD_SHARE.match(label):
            if lead is not None:
                return None
            lead, shared = m.group(2), True
        elif _ASSIST_SHARE.match(label):
            shared = True
        elif not WATCHING_LABEL.search(label):
            return None
    if not shared:
        return None
    return lead if lead is not None else ""


# a point's closing bracket, its words: '…代签（协办）', '（主办、协办）' (``share_labels_tagged``)
_SHARE_TAG_END = LazyRe(r"[(（]\s*([^()（）:：\n]{1,16}?)\s*[)）][ \u3000。.；;]*$")
_SHARE_TAG_SPLIT = LazyRe(r"\s*[、,，/／;；和及]\s*")


@lru_cache(maxsize=1 << 12)
def share_labels_tagged(cell: str, point: str) -> bool:
    """A holders' cell of lines labelled by their share (``lead_share_line``: '主办：甲⏎协办：乙',
    '主责：…⏎协责：…', '牵头：…⏎配合：…'), one person a label, beside a point whose closing bracket
    names those labels ('…调查不实（主办）', '（协办）', '（主办、协办）'): the bracket, not the lead
    line, says whose the point is (``_holders_by_label_tag`` gives it), as the A岗/B岗 labels'
    brackets do. Not a point of no bracket, nor a bracket of other words ('（重点）')."""
    if not point or not point.rstrip(" \u3000。.；;").endswith((")", "）")):
        return False  # (the cheap test: a closing bracket)
    if "：" not in cell and ":" not in cell or lead_share_line(cell) is None:
        return False
    lines = [line for line in cell.split("\n") if line.strip()]
    labels = [m.group(1) for line in lines if (m := _SHARE_LINE.match(line))]
    if len(labels) < 2 or len(set(labels)) != len(lines):
        return False  # (one label a line, each once)
    m = _SHARE_TAG_END.search(point)
    if m is None:
        return False
    parts = [x for x in _SHARE_TAG_SPLIT.split(m.group(1).strip()) if x]
    return bool(parts) and all(x in labels for x in parts)


def _lead_names_someone(v: str) -> bool:
    """A cell of lines labelled by their share (``lead_share_line``) whose lead line ends in a
    name ('主责：项目股　股长　鄂某某'), or none leads; not '主责：办公室⏎配合：财务股' (科室 only)."""
    lead = lead_share_line(v)
    if not lead:
        return lead == ""
    last = lead.split()[-1]
    return looks_like_name(last) and last not in NOT_A_NAME


def _post_over_name(v: str) -> bool:
    """'财务部部长⏎栾霁雯', '主任⏎邝永胜': a post on one line and its holder's name on the next."""
    post, _, name = v.strip().partition("\n")
    post, name = post.strip(" \u3000"), name.strip(" \u3000")
    return (
        len(name) <= 4
        and looks_like_name(name)
        and name not in NOT_A_NAME
        and _post_like(post)
        and not looks_like_name(post)
    )


@lru_cache(maxsize=1 << 14)
def _post_and_name(v: str) -> bool:
    """'主任 邝永胜' or '民政专干(高丽)': a post, then a personal name."""
    m = POST_BRACKET_NAME.match(v)
    if m:
        return looks_like_name(m.group(2)) and not looks_like_name(m.group(1))
    post, _, holder = v.replace("\u3000", " ").strip().rpartition(" ")  # (a full-width space too)
    post = post.strip()
    if not (post and looks_like_name(holder) and not looks_like_name(post)):
        return False
    if (
        len(post) < 3
        or post.endswith(POST_ENDS)
        or post[0] in _SURNAMES
        or post[0] in _RARE_SURNAMES
    ):
        return True
    from xlproc.identity import is_post, unlisted_name_like

    # ('骨咄澈 阿布思珩', '骨咄澈 王明': two holders, the first of a surname no list holds, no post;
    # a word of work opening with a listed surname, '安全生产 王明', stays the post's)
    return is_post(post) or not unlisted_name_like(post)


# what a post's name ends with ('站长', '科员', '出纳岗'): one list for the column profile and
# the locator's tests of a post
POST_ENDS = ("长", "员", "主任", "书记", "会计", "出纳", "干部", "委员", "主管", "经理", "专干",
             "领导", "成员", "负责人", "内勤", "法官", "医生", "护士", "教师", "岗")  # fmt: skip
# what a team is named for (运行班, 检修班): a 班 so named is a 科室, not a shift or a class (白班, 毕业班)
WORK_TEAMS = ("运行", "检修", "维修", "抢修", "巡检", "巡查", "保洁", "调度", "炊事", "安装", "驾驶", "装卸",
              "计量", "化验", "机修", "收费", "稽查", "抄表", "运维", "监控", "机务", "护理", "维护", "巡逻",
              "保卫", "安保", "客服", "营业")  # fmt: skip
# a railway's or a road's sections ('车务段', '工务段', '养护段'): parts, where '阶段', '时段' are none
SECTION_ENDS = ("务段", "养护段", "管理段", "公路段")
_DEPT_ENDS = (
    "科",
    "股",
    "室",
    "站",
    "所",
    "队",
    "中心",
    "办",
    "部",
    "处",
    "院",
    "馆",
    "组",
    "庭",  # 审判庭, 仲裁庭, 派出法庭
    "车间",  # a plant's 保养车间, 生产车间
    "网格",
    "委会",  # 村委会, 居委会, 村务监督委员会
    *("董事会", "监事会", "理事会"),  # a company's or a 合作社's boards, in a group row
    "教学点",
    *SECTION_ENDS,
    "条线",  # a 社区's lines of work: 民政条线, 综治条线
    "工委",  # a 人大常委会's committees: 代表工委, 预算工委
    *(w + "班" for w in WORK_TEAMS),  # 运行班, 检修班: a team named for its work
)


_LEADER_ENDS = ("局长", "书记", "县长", "区长", "市长", "镇长", "乡长", "院长", "校长", "主席", "总经理",
                "董事长", "站长领导", "领导")  # fmt: skip


@lru_cache(maxsize=1 << 14)
def _leader_like(v: str) -> bool:
    s = "".join(v.split())
    return s.endswith(_LEADER_ENDS) or s.startswith(("分管", "主管"))


# the body's own leaders as a group in a 科室 column ('局领导', '中心领导', '领导班子', a 公路养护段's
# '段领导'): no post
LEADERS_GROUP = re.compile(
    r"^(?:(?:[局馆部站所院校室处委办队台场厂行社团镇乡村园段]|中心|单位|机关|大队|中队|支队|公司|分公司|支行|分局"
    r"|医院|街道|县委|区委|市委|党委|工委|团委|团县委|协会|学会|科协|侨联|文联|社科联|工商联|妇联|残联|工会"
    r"|总工会|管委会|委员会|研究室|集团|学校|中学|小学|卫生院|社区|纪委)领导(?:班子)?(?:成员)?"
    # a whole body named in more words ('管理处领导', '组织部领导'), not a part's or a duty's
    r"|(?!.*(?:中层|科室|股室|一般|主要|分管|部门|相关|其他|直接|上级|带|包|联|挂|驻|值班|责任|督导|主管|县级"
    r"|片区|帮扶|牵头|班组|车间|项目|站所|科级|股级|内设|二级|下属|基层|所属))"
    r"[\u4e00-\u9fff]{0,6}(?:管理处|组织部|宣传部|统战部|办事处|总局|学院|监狱|人大|政协|党组|纪委|管委会"
    r"|委员会|协会|学会|集团|公司|医院|学校)领导(?:班子)?(?:成员)?|(?:领导)?班子成员|领导班子"
    r"|(?:[局室馆所站院校办会部处委]务会|党组|党委|党总支)成员"  # '室务会成员': the body's heads
    r"|(?:村|社区|居)?[“\"「]?两委[”\"」]?(?:班子)?(?:成员)?)$"  # '社区“两委”': a 村's, a 社区's heads
)


UNIT_LEADERS = ("镇", "乡", "村", "街道", "县委", "区委", "党委")


# the most common surnames: a two-character word of one of them is a name ('王东', '覃丽') unless it
# ends as a place's name does ('高桥', '石门')
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范廖覃韦莫黎蒙陶贺龚邱秦毛万顾侯邵孟熊白石段雷龙夏"
)
PLACE_ENDS = tuple("镇乡村街庄屯寨湾坝桥山岭河湖口门港铺店区城关")


@lru_cache(maxsize=1 << 14)
def _post_like(v: str) -> bool:
    s = "".join(as_keyed(v).split())
    return 2 <= len(s) <= 16 and s.endswith(POST_ENDS) and not LEADERS_GROUP.match(s)


# words that end as a 科室's name does but say what is done or where ('…违法案件查处', '督办',
# '公共场所'): a matter of the work, no part of the unit
_NOT_DEPT_ENDS = (
    *(
        "案件查处",
        "违法查处",
        "行为查处",
        "依法查处",
        "立案查处",
        "严肃查处",
        "惩处",
        "论处",
        "判处",
    ),
    *("好处", "之处", "住处", "用处"),  # (稽查处, 督查处, 审查处 are offices)
    *(
        "查办",
        "承办",
        "督办",
        "代办",
        "交办",
        "经办",
        "包办",
        "帮办",
        "协办",
        "举办",
        "创办",
        "开办",
    ),
    *(
        "兴办",
        "领办",
        "催办",
        "场所",
        "住所",
        "网站",
        "全部",
        "局部",
        "内部",
        "外部",
        "家庭",
        "开庭",
        "出庭",
        "休庭",
        "闭庭",
        "到庭",
        "退庭",
        "当庭",
    ),
)


@lru_cache(maxsize=1 << 14)
def _dept_like(v: str) -> bool:
    s = "".join(as_keyed(v).split())
    return 2 <= len(s) <= 16 and (
        (s.endswith(_DEPT_ENDS) and not s.endswith((*POST_ENDS, "两条线", *_NOT_DEPT_ENDS)))
        # '局领导' in a 科室 column; a 镇's or a party committee's leaders are the unit's own
        or bool(LEADERS_GROUP.match(s) and not s.startswith(UNIT_LEADERS))
    )


# --- combining heading and contents -----------------------------------------------------------

_ROLE_ZH = {
    "seq": "序号", "person": "责任人(姓名)", "department": "科室", "title": "岗位", "unit": "单位",
    "duty": "岗位职责", "workflow": "工作流程", "risk_point": "风险点", "description": "风险描述",
    "risk_type": "风险类型", "risk_level": "风险级别", "measures": "防控措施",
    "monitoring": "监测指标", "other": "其他", "declared_grade": "岗位风险等级", "tier": "岗位层级",
}  # fmt: skip


_MATTER_HEAD = re.compile(r"事项|权力|职权")  # a duty heading naming the matter, not the duty
_TYPE_HEAD = re.compile(r"(?:思想道德|制度机制|外部环境)(?:风险|类)?$")  # (under a heading)


def role_zh(role: str) -> str:
    return _ROLE_ZH.get(role, role)


@dataclass
class Guess:
    """A column whose role came from its contents, or was changed by them: reported as info."""

    col: int
    heading: str
    role: str
    why: str


# a heading over ranks ('排名', '位次', '综合排名', '风险排序'): its numbers 1, 2, 3 are no levels
_RANK_LABEL = LazyRe(r"(?:排名|排位|位次|名次|排序)$")


# a heading naming the teams a 部 or 科 works in: '办案组', '工作小组', '专业组'
_CASE_TEAMS = re.compile(
    r"^(?:所在)?(?:办案|工作|专业|业务|检察官办案)?小?组(?:别|名称)?$|^所在组$"
)


def assign_roles(
    headings: dict[int, Heading | None],
    profiles: dict[int, Profile],
    labels: dict[int, str],
    spanning: frozenset[int] = frozenset(),
    cadres: bool = False,
    restates=None,
) -> tuple[dict[str, int], dict[int, str], list[Guess]]:
    """Columns → roles. Returns (role → column, column → role for every column, guesses).

    Each role goes to one column; a second column that claims it becomes `other` (or, for
    the risk text, the description). The contents decide where the heading is silent or
    contradicted: a column of level words is the level, of type words the type, of personal
    names the holder; and of two risk-text columns the shorter is the point.
    """
    col_role: dict[int, str] = {}
    whys: dict[int, str] = {}
    for c, h in headings.items():
        p = profiles.get(c)
        role = h.role if h else ""
        why = ""
        if p and p.n:
            if (
                p.signed >= 0.5
                and p.name + p.signed >= 0.8
                and signs_for_holder(h, labels.get(c, ""))
            ):
                # '岗位人员确认（签字、日期）' over '竺曜泓　2025.4.8': each row's holder signed it,
                # the only place he is named (post_of drops the date); not a note column
                role, why = "person", f"{p.signed:.0%} 的内容是签名加日期,签名者为责任人"
            else:
                role, why = _by_contents(role, h, p)
            if role == "title" and p.name_post >= 0.6 and "姓名" in labels.get(c, ""):
                # '姓名及职务 | 王明校长', '姓名/职务 | 郁都甄澜　副局长': each row's holder, his post
                # typed after him (read apart as under 职务姓名), not a column of posts
                role, why = "person", f"{p.name_post:.0%} 的内容是姓名加职务,姓名和岗位分开读"
        if role == "person" and why and _REVIEWER_HEAD.match("".join(labels.get(c, "").split())):
            # '审核人 | 甄某某' down every row, '最后编辑人', '复核人': who checked or tidied the
            # rows, never their holder, however much its cells look like holders' names (the
            # list stays one of posts; locate_header says the names were left unread)
            role, why = "other", ""
        if role == "risk_level" and why and _RANK_LABEL.search(labels.get(c, "")):
            # ('排名 | 2', '位次 | 1': a point's rank, 1 the most serious, is no level of its own;
            # a note may give levels by bands of rank, collect._levels_by_rank_bands)
            role, why = "other", ""
        if (
            h is None
            and not role
            and p
            and labels.get(c, "").endswith("组")
            and _CASE_TEAMS.match(labels[c])
            and p.name < 0.2
            and p.dept > 0
            and p.dept + p.leaders >= 0.8
        ):
            # '办案组 | 部门领导 | 审查逮捕组': the teams a 部 works in (its leaders' group among
            # them), the 科室 of each row, not the 部 of the title
            role, why = "department", "内容是办案组(小组)名称"
        if role in ("department", "unit") and p and p.n and p.scores >= 0.8:
            # ('股室评议 | 9分', '单位评分 | 8.5'): each row's score by a 股室 or unit, never its
            # 科室 or unit, however its heading reads
            role, why = "other", "内容是分值,不是科室或单位名称"
        col_role[c] = role or "other"
        if why:
            whys[c] = why
    # a column of level words beats a level heading over other contents (swapped columns)
    for role, attr in (("risk_level", "level"), ("risk_type", "type")):
        claim = [c for c, r in col_role.items() if r == role]
        if len(claim) > 1:

            def says(c: int, role: str = role) -> int:
                h = headings.get(c)
                return h.strength if h and h.role == role else 0

            # the column whose heading says so, then the one whose contents fit best
            rec = {c: _recency(labels.get(c, "")) for c in claim}
            # current against former decides only where a column is marked former (上年); else
            # the settled reading beats the self-assessed one (本年自查 | 审定)
            dated = any(t < 0 for t, _s in rec.values())

            # (a column headed so whose contents are no levels at all, '综合评定 | 85分', loses)
            def fits(c: int, attr: str = attr) -> bool:
                p = profiles.get(c)
                return p is None or not p.n or getattr(p, attr, 0.0) >= 0.3

            # (where a column is marked former, 上年 | 本年, the current one wins as before)
            best = max(claim, key=lambda c: (not dated and says(c) > 0 and fits(c), says(c),
                                             rec[c] if dated else rec[c][::-1],
                                             getattr(profiles.get(c), attr, 0.0), -c))  # fmt: skip
            for c in claim:
                if c != best:
                    # the contents lost to a column headed so: back to what its heading says
                    # (a 分管工作 cell reading 岗位 is a duty, not a second type column)
                    h = headings.get(c)
                    if h is not None and h.strength >= 2 and h.role not in (role, "other"):
                        col_role[c] = h.role
                        whys.pop(c, None)
                    else:
                        col_role[c] = "other"
    _leaders_beside_keshi(col_role, headings, profiles, whys)
    _swapped_name_and_post(col_role, headings, profiles, whys)
    _ranks_before_names(col_role, headings, profiles, whys)
    _watching_body(col_role, labels, profiles, whys)
    _posts_under_a_holder_heading(col_role, headings, profiles, whys, labels)
    _responsible_first(col_role, labels, whys)
    _relatives_not_holders(col_role, labels, whys, profiles)
    _contacts_not_holders(col_role, headings, profiles, whys, labels)
    _resolve_holder(col_role, headings, profiles, whys, labels)
    _day_job_set_aside(col_role, profiles, whys, labels)
    _job_beats_side_role(col_role, headings, profiles, whys, labels)
    _actual_post_beats_paper(col_role, headings, profiles, whys, labels)
    _resolve_post(col_role, headings, profiles, whys, labels)
    _watchers_beside_posts(col_role, headings, profiles, whys, spanning)
    _point_beside_description(col_role, headings, profiles, whys, labels)
    _resolve_point(col_role, profiles, whys, labels)
    _measures_by_position(col_role, headings, profiles, whys)
    _both_texts(col_role, headings, whys)
    _home_units_not_own(col_role, labels, whys, cadres)
    # of two columns taken for one 科室/岗位/姓名, the one headed so beats a guess by contents
    # ('党支部' of 行政党支部 … beside '科室')
    for r in IDENTITY:
        claim = [c for c, x in col_role.items() if x == r]
        headed = [c for c in claim if (h := headings.get(c)) and h.role == r and h.strength >= 2]
        if len(claim) > 1 and headed:
            for c in claim:
                if c not in headed:
                    col_role[c] = "other"
                    whys[c] = f"表头为“{role_zh(r)}”的另一列更确定"
            if r == "title" and restates is not None and len(headed) == 1:
                _holders_after_posts(
                    claim, headed[0], col_role, headings, profiles, whys, labels, restates
                )
    # two columns headed as the 科室 ('业务条线 | 部门'): the one whose contents are 科室 names
    # (only where the first holds few: '中队 | 组别' with one '机关' keeps the 中队)
    claim = sorted(c for c, x in col_role.items() if x == "department" and c in profiles)
    if len(claim) > 1 and profiles[claim[0]].dept < 0.5:
        best = max(claim, key=lambda c: (profiles[c].dept, -c))
        if profiles[best].dept >= 0.8:
            for c in claim:
                if c != best:
                    col_role[c] = "other"
                    whys[c] = f"另一列的内容更像“{role_zh('department')}”"
    # of two columns taken for the measures, one headed so beats a hint ('管控措施' beats '应对
    # 策略', whose 对策 only hints at them)
    claim = [c for c, x in col_role.items() if x == "measures"]
    strong = [
        c
        for c in claim
        if (h := headings.get(c))
        and h.role == "measures"
        and h.strength >= 2
        and not answers(labels.get(c, ""), profiles.get(c))
    ]
    if strong and len(claim) > len(strong):
        for c in claim:
            if c not in strong:
                col_role[c] = "other"
                whys[c] = f"表头为“{role_zh('measures')}”的另一列更确定"
    # two duty columns, one of them headed as the matter or power the points come under ('岗位职责
    # | 职权事项', '权力事项 | 职责要求'): that one is kept as the workflow — graded on too (a
    # 行政处罚 there raises the post) — not dropped as a second duty
    duties = [c for c, x in col_role.items() if x == "duty"]
    if (
        len(duties) == 2
        and "workflow" not in col_role.values()
        and not any(_TYPE_HEAD.search(v) for v in labels.values())
    ):  # (types as columns '思想道德 | 岗位职责 | 制度机制': that 岗位职责 is a type's)
        matters = [c for c in duties if _MATTER_HEAD.search(labels.get(c, ""))]
        if len(matters) == 1:
            col_role[matters[0]] = "workflow"
            whys[matters[0]] = f"已有另一列作为“{role_zh('duty')}”,此列作为“{role_zh('workflow')}”"
    roles: dict[str, int] = {}
    for c in sorted(col_role):
        r = col_role[c]
        if r in roles and r not in ("other", "monitoring"):
            col_role[c] = "other"
            whys.setdefault(c, f"已有另一列作为“{role_zh(r)}”")
        else:
            roles.setdefault(r, c)
    # report a column only where the contents gave it another role than its heading did
    guesses = []
    for c in sorted(headings):
        h = headings[c]
        said = h.role if h and h.strength > 1 else "other"
        if (col_role[c] != said and (h is not None or col_role[c] != "other")) or (
            whys.get(c)
            in (
                CONTACT_SET_ASIDE,
                HOME_UNIT_SET_ASIDE,
                DAY_JOB_SET_ASIDE,
                POST_ON_PAPER_SET_ASIDE,
                HOLDER_AFTER_POST,
                POINT_LONGER_THAN_FORM,
                MATTER_BESIDE_DUTY,
            )
            # (said apart, by name, naming the holder's or the post's column too)
        ):
            if said == "description" and col_role[c] == "risk_point":
                continue  # the only risk text is the point
            if said == "title" and col_role[c] == "other" and not getattr(profiles.get(c), "n", 0):
                continue  # (an empty 岗位 column, the posts written in another: nothing read)
            if (
                said == "risk_level"
                and col_role[c] == "other"
                and "risk_level" in roles
                and (h.word.startswith("是否") or asks_level(h.word))
            ):
                continue  # ('是否重点 | 风险等级': a yes/no flag beside the level column, no level)
            guesses.append(
                Guess(c, labels.get(c, ""), col_role[c], whys.get(c, "按位置和内容判断"))
            )
    return roles, col_role, guesses


# words of a self-check's or a ledger's answers about the measures ('整改措施 | 无', '措施落实情况')
_ANSWER_HEADS = ("落实", "情况", "完成", "自查", "问题", "结果", "成效")


def answers(label: str, p: Profile | None) -> bool:
    """A column of answers about the measures ('措施落实情况', '自查情况'; '整改措施' holding 无,
    已整改): no measures of its own. ('整改措施' of real measures is measures.)"""
    if any(w in label for w in _ANSWER_HEADS):
        return True
    return "整改" in label and (p is None or not p.n or p.mean_len <= 6)


# headings of the leaders who watch a post: a column of names under one holds the holder only
# where nothing else names him
WATCHERS = {"责任领导", "分管领导", "主管领导", "分管负责人", "领导责任人", "监督责任人", "监督人"}


# who keyed, checked or sent a record in ('录入人 | 录入时间 | 审核状态' of a system's export): no holder
_FORMER_HOLDERS = frozenset({"原任人员", "原任", "原责任人", "原任责任人", "原岗位人员"})
_KEYERS = frozenset({"录入人", "录入员", "提交人", "提交者", "操作人", "操作员", "创建人", "修改人", "更新人",
                     "发布人", "导出人", "填报人", "审核人", "审批人", "复核人"})  # fmt: skip


# who checked, approved or last edited the rows ('审核人', '复核人', '审批人', '最后编辑人', '修改人',
# '更新者'): a column of their names is no holder's, whatever its cells (``assign_roles``)
_REVIEWER_HEAD = LazyRe(
    r"^(?:最后|最近)?(?:审核|复核|审批|审定|核稿|修改|更新|编辑)(?:人|者)(?:[(（]系统[)）])?$"
)


# a heading that says 'kind' and nothing more: over 管权 / 管人 / 管财 it sorts powers, not risks
_BARE_KIND = {"类别", "类型", "分类", "种类"}


def _levels_filled(p: Profile) -> bool:
    """A column's level words fill enough of it to make it the level column by its contents:
    two rows or more, and half the rows at least. A '备注' holding '重点' on one row of four
    (blank elsewhere) is a remark, not the list's levels."""
    return p.n >= 2 and 2 * p.n >= p.rows


def _by_contents(role: str, h: Heading | None, p: Profile) -> tuple[str, str]:
    """The role the contents give a column, and why, when they overrule or fill in."""
    weak = h is None or h.role in ("other", "monitoring") or h.strength == HINT
    if role == "seq" or (weak and p.seq):
        return "seq", ("" if role == "seq" else "内容为连续编号")
    if p.paths >= 0.6 and role in ("", "other", "monitoring", *IDENTITY):
        # '内乡县统计数据管理中心 > 数据审核科 > 科长 > 谯珣蘅' under '责任对象' (or none): each
        # row's holder as an organisation path, read apart by locate_body (identity.org_path)
        return "person", (
            "" if role == "person" else f"{p.paths:.0%} 的内容是组织路径(单位>科室>岗位>姓名)"
        )
    if p.level >= 0.8 and p.mean_len <= 8 and role != "risk_level" and _levels_filled(p):
        # (a heading that only ends in a tier's word, '评估层级', over level words: the level;
        # '层级' or '岗位层级' alone is the posts' tier whatever it holds)
        if weak or role in ("risk_type", "other") or (role == "tier" and h.strength < SURE):
            return "risk_level", f"{p.level:.0%} 的内容是风险级别的写法"
    if p.type >= 0.8 and role not in ("risk_type", "risk_level"):
        # ('风险因素 | 制度机制': a risk's source named by its type is the type column)
        if (
            weak
            or role in ("duty", "other")
            or (role == "description" and RISK_SOURCE.search(h.word))
        ):
            return "risk_type", f"{p.type:.0%} 的内容是风险类型的写法"
    if role == "risk_type" and p.level >= 0.8 and p.type < 0.2:
        return "risk_level", "内容是风险级别的写法"
    if role == "risk_level" and p.type >= 0.8 and p.level < 0.2:
        return "risk_type", "内容是风险类型的写法"
    if p.shares >= 0.6 and role in ("person", "title") and h is not None:
        # '主责：主任　鄂某某⏎协责：项目股　股长　鄂某某' under 责任人: the lead line names the
        # holder (``lead_share_line``), though the cells read as posts and 科室
        return "person", ("" if role == "person" else "内容是分行标明主责、协责的责任人")
    if (
        p.name >= 0.8
        and role != "person"
        and (weak or role in ("title", "other"))
        # (who keyed several rows in, '录入人' of a system's export: no holder; a name a row is
        # each holder's own submission)
        and not (h is not None and h.word in _KEYERS and p.distinct < p.n)
        # (who held the post before, beside who holds it now: '原任人员 | 现任人员')
        and not (h is not None and h.word in _FORMER_HOLDERS)
        # (who checked him, '排查人' beside '被排查人': they hold no point)
        and not (h is not None and h.word in _CHECKERS)
    ):
        return "person", f"{p.name:.0%} 的内容是人名"
    if (
        role == "person"
        and h is not None
        and any(w in h.word for w in _SIGNATURE)
        and p.unnamed >= 0.5
    ):
        return "other", "表头是签字栏,但内容不是人名"  # dates, ticks, '已签'
    if role == "person" and p.name_post >= 0.6:
        return "person", ""  # '厍翊沣局长': the holder, his post typed after him (post_of)
    if role in ("person", "title") and p.post_name >= 0.6:
        return "title", "内容是岗位加人名,岗位和责任人分开读"
    if (
        role == "person"
        and p.n >= 2
        and p.name < 0.3
        and h is not None
        and h.word != "姓名"
        and (p.post + p.dept + p.labels >= 0.5 or p.mean_len > 8)
        and p.post_over < 0.5  # ('财务部部长⏎栾霁雯': a long post over its holder's name)
        # (posts where no one is named and a name of a common surname among them, nothing else:
        # '信贷员 | 安全员 | 甄沐阳' stays the holders', each post the row's, see locate_body)
        and not (p.plain_names > 0 and p.name + p.post >= 0.999 and not p.dept and not p.labels)
    ):
        # a responsibility heading over posts or departments, not people (a rare surname
        # alone does not overrule the heading)
        return "other", "表头像是责任人,但内容是岗位或科室"
    unknown = h is None or h.strength == HINT
    if unknown and role not in IDENTITY and p.n >= 2 and p.name < 0.2 and p.mean_len <= 12:
        # an unknown heading over 科室 names or post titles ('所属单元 | 财务科 …')
        if p.dept >= 0.8 and p.post < 0.2:
            return "department", f"{p.dept:.0%} 的内容是科室名称"
        if p.post >= 0.8 and p.dept < 0.2:
            return "title", f"{p.post:.0%} 的内容是岗位名称"
    if role == "declared_grade" and p.staff_grades >= 0.8:
        return "other", "内容是人员的岗位等级(管理七级、专业技术十二级),不是岗位风险等级"
    if p.grade >= 0.8 and weak and role != "declared_grade":
        return "declared_grade", "内容是岗位风险等级 A/B/C"
    if role == "department" and p.post >= 0.6 and p.dept < 0.3:
        return "title", "内容是岗位名称"
    if role == "title" and p.dept >= 0.6 and p.post < 0.3:
        return "department", "内容是科室名称"
    if (
        role in ("risk_type", "risk_level")
        and h is not None
        and not (role == "risk_level" and (h.word.startswith("是否") or asks_level(h.word)))
        # ('是否为高风险点', '重点风险（是/否）': 是/否)
        and not (role == "risk_level" and p.bars >= 0.8)  # ('●●●○': a score drawn, a note folds)
        and not (role == "risk_level" and p.colours >= 0.8)  # ('红/橙/黄': warning colour words)
        and not (role == "risk_level" and p.reasoned >= 0.8)  # ('一级：涉及资金量大': and why)
        and (
            h.strength < SURE or (h.word in _BARE_KIND and p.n >= 3 and p.type == 0 and not p.risky)
        )
        and p.n >= 2
        and getattr(p, "type" if role == "risk_type" else "level") < 0.2
    ):
        # '职权类别' holds 审批类, 管理类: a category of powers, not the risk type
        return "other", "表头像是风险类型或级别,但内容不是"
    return role, ""


def _both_texts(col_role, headings, whys) -> None:
    """'风险描述及防控措施': beside a risk point the column is what the point lacks, the measures;
    alone it is the risk text."""
    if "risk_point" not in col_role.values() or "measures" in col_role.values():
        return
    for c, r in col_role.items():
        h = headings.get(c)
        if r == "description" and h is not None and "措施" in h.word:
            col_role[c] = "measures"
            whys[c] = "表头含风险描述和防控措施,旁边另有风险点列"


def _leaders_beside_keshi(col_role, headings, profiles, whys) -> None:
    """Leaders' posts under an unknown heading beside a 科室 column (科室 | … | 包保领导:
    副局长) watch the 科室's rows: they are no post of it."""
    if "department" not in col_role.values():
        return
    for c, r in col_role.items():
        h, p = headings.get(c), profiles.get(c)
        if (
            r == "title"
            and (h is None or h.strength == HINT)
            and p is not None
            and p.leaders >= 0.8  # all leaders: a 科室 list names its posts too
        ):
            col_role[c] = "other"
            whys[c] = "表头不是已知的写法,内容是领导职务,是监督各科室的领导"


# who watches a row ('监督科室'); 监管 and 督导 are a regulator's own business too ('监管科室 | 食品科')
_WATCH = ("监督", "督查", "督办")
_WATCH_TOO = ("监管", "督导")
_BODY_WORDS = {"department": ("科室", "部门", "股室", "处室", "站所"), "unit": ("单位",)}


def _watching_body(col_role, labels, profiles, whys) -> None:
    """'监督科室' right of the point, or beside another heading of the rows' own 科室 or unit
    ('科室/岗位（责任人）'): the office that watches each row. '监管科室' and '督导股室' are a
    regulator's own business too: a watcher only right of the measures, one office for several
    rows, or beside a heading of its own role."""
    risk = [c for c, r in col_role.items() if r in ("risk_point", "measures")]
    for c, r in col_role.items():
        label = labels.get(c, "")
        if r not in _BODY_WORDS or not label.startswith((*_WATCH, *_WATCH_TOO)):
            continue
        strong = label.startswith(_WATCH)
        right = bool(risk) and (c > min(risk) if strong else c > max(risk))
        words = (*_BODY_WORDS["department"], *_BODY_WORDS["unit"]) if strong else _BODY_WORDS[r]
        if right or any(x != c and any(w in labels.get(x, "") for w in words) for x in col_role):
            col_role[c] = "other"
            whys[c] = "表头是监督各行的科室或单位,不是各行本身的"


def _name_and_post_headed(headings) -> tuple[int, int] | None:
    """The one column surely headed as the holder and the one surely headed as the post."""
    names = [c for c, h in headings.items() if h and h.strength == SURE and h.role == "person"]
    posts = [c for c, h in headings.items() if h and h.strength == SURE and h.role == "title"]
    return (names[0], posts[0]) if len(names) == 1 and len(posts) == 1 else None


def _swapped_name_and_post(col_role, headings, profiles, whys) -> None:
    """'姓名 | 岗位' over posts, then names: the two headings typed the wrong way round."""
    pair = _name_and_post_headed(headings)
    if pair is None:
        return
    name_c, post_c = pair
    pn, pt = profiles.get(name_c), profiles.get(post_c)
    if (
        pn
        and pt
        and pn.n >= 2
        and pn.name == 0
        and pn.post >= 0.8
        and pt.name >= 0.6  # (a rare surname the list lacks among them)
        and pt.post == 0
    ):
        col_role[name_c], col_role[post_c] = "title", "person"
        whys[name_c] = "表头是姓名,但内容是岗位名称(旁边一列是人名)"
        whys[post_c] = "表头是岗位,但内容是人名(旁边一列是岗位名称)"


def _ranks_before_names(col_role, headings, profiles, whys) -> None:
    """'姓名 | 职务' over '一级指挥员　禤骁沨 | 中队长': a rank or grade typed before each name in
    the holder's column (消防救援衔, 职级), the post in a column of its own: the column is the
    holder's still (``locate`` keeps the name), not a second post column."""
    pair = _name_and_post_headed(headings)
    if pair is None:
        return
    c, post_c = pair
    p = profiles.get(c)
    if col_role.get(c) == col_role.get(post_c) == "title" and p and p.rank_name >= 0.6:
        col_role[c] = "person"
        whys[c] = "姓名前写了职级或衔(如“一级指挥员　张三”),只读姓名"


# --- the point's and the measures' headings over each other's values ------------------------

# an item's number at the start of its line ('1.', '2、', '（3）', '④', '一、')
_ITEM_NO = LazyRe(
    r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十]{1,3}\s*[)）]|[0-9]{1,2}\s*[.、．,，:：)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])\s*"
)
# where a cell's next item starts on the same line ('…报批；2.资金按季公开')
_ITEM_SPLIT = LazyRe(r"[；;。]\s*(?=[0-9]{1,2}\s*[.、．]|[（(][0-9一二三四五六七八九十]|[①-⑳])")
# what a measure does: an imperative of controls ('严格执行', '集体研究', '一律登记', '按程序报批')
_MEASURE_WORDS = LazyRe(
    "严格|落实|建立|健全|完善|实行|实施|执行|加强|强化|规范|公示|公开|集体研究|集体讨论|集体决策|审核|"
    "复核|核实|核查|抽查|登记|定期|签订|备案|留痕|回访|提醒|教育|培训|监督检查|报批|报备|报告|"
    "一律|按程序|按规定|按职责|按季|按月|每周|每月|每季|双人|专人|专柜|推行|坚持|明确|开展|轮岗|"
    "交流|回避|承诺|台账|全程|纳入|审定|会审|会签|两人以上|二人以上|备查|存档|比选|公开招标|集中采购|"
    "严禁|禁止|不得|杜绝|防止"
)
# a prohibition is a measure though it names what goes wrong ('严禁收受礼金')
_FORBIDS = LazyRe("严禁|禁止|不得|杜绝|防止|避免|坚决")
# what goes wrong: the words of a risk point ('审批不严', '擅自变更', '个人说了算')
_RISK_WORDS = LazyRe(
    "违规|违反|违纪|不严|不规范|不到位|不全|不实|不力|不当|不按|不及时|不公|不透明|不办|不报|不落实|"
    "未按|未经|未及时|未履行|擅自|收受|索要|索取|泄露|泄密|说了算|优亲厚友|走过场|随意|虚报|虚假|"
    "弄虚作假|谋取|谋私|徇私|舞弊|吃拿卡要|请托|说情|打招呼|利用职[权务]|挪用|截留|侵占|贪污|私分|"
    "套取|滥用|失职|渎职|玩忽|拖延|推诿|压件|刁难|暗箱|吃请|插手|干预|隐瞒|包庇|偏袒|失察|缺失|"
    "漏洞|好处|红包|礼金|回扣|冒领|以权|人情|关系户|选择性|敷衍|懈怠|不作为|乱作为|流于形式|混乱|"
    "把关不严|失守|超标"
)


def _items(v: str) -> list[str]:
    """A cell's items: its lines, or the parts after '1.', '2.' typed on one line."""
    lines = [x.strip() for x in v.splitlines() if x.strip()]
    if len(lines) == 1:
        parts = _ITEM_SPLIT.split(lines[0])
        lines = [x.strip() for x in parts if x.strip()]
    return lines


def measure_item(t: str) -> bool:
    return bool(_MEASURE_WORDS.search(t)) and (
        not _RISK_WORDS.search(t) or bool(_FORBIDS.search(t))
    )


def risk_worded(t: str) -> bool:
    """The text names what goes wrong ('审批不严', '擅自变更'), not to forbid it ('严禁收受礼金')."""
    return bool(_RISK_WORDS.search(t)) and not _FORBIDS.search(t)


def strong_measure(t: str) -> bool:
    """One line that reads as a measure beyond doubt: a measure item (``measure_item``) opening
    with a control word or holding two ('严格审核把关', '数据审核双人复核，留痕备查'), not a task
    that names a control in passing ('城乡低保对象入户调查及审核审批')."""
    t = t.strip()
    return measure_item(t) and (
        bool(_MEASURE_WORDS.match(t)) or len(_MEASURE_WORDS.findall(t)) >= 2
    )


def _reads_as_measures(v: str) -> bool:
    """Several measures (numbered or a line each), or one line saying what is done; none naming
    what goes wrong but to forbid it ('严禁收受礼金')."""
    items = _items(v)
    if len(items) >= 2:
        return all(measure_item(_ITEM_NO.sub("", t)) for t in items)
    return len(items) == 1 and len(v) >= 6 and strong_measure(_ITEM_NO.sub("", items[0]))


def _reads_as_point(v: str) -> bool:
    """One short phrase of what goes wrong: no number, no line break, a risk word, no control."""
    v = v.strip()
    if not v or "\n" in v or _ITEM_NO.match(v) or len(v) > 40:
        return False
    return bool(_RISK_WORDS.search(v)) and not _FORBIDS.search(v) and not measure_item(v)


def harm_as_measures(
    col_role: dict[int, str],
    labels: dict[int, str],
    rows: list[list[str]],
) -> Guess | None:
    """'风险点 | 风险等级 | 风险后果' over '日清月结，定期对账', no measures column: a consequence's
    heading (``RISK_HARM``, read 'other' since batch953) over cells that read as measures on half
    the rows at least, none naming what goes wrong, is the list's measures mis-headed, as it was read before the heading was
    known; a column of real consequences ('造成资金损失') stays no field of ours. Sets the role in
    ``col_role`` and returns the guess that says why (None: nothing changed)."""
    if "measures" in col_role.values():
        return None
    point = next((c for c, r in col_role.items() if r == "risk_point"), None)
    if point is None:
        return None
    found = None
    for c, r in col_role.items():
        if r != "other" or c <= point or not RISK_HARM.search(label_key(labels.get(c, ""))):
            continue
        vals = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        # (each cell a measure's words and no risk's: '日清月结，定期对账', '严格派车登记制度')
        said = sum(1 for v in vals if _reads_as_measures(v) or measure_item(v))
        if len(vals) < 2 or 2 * said < len(vals) or any(map(risk_worded, vals)):
            continue
        if found is not None:
            return None  # (two such columns: which is the measures is no one's guess)
        found = c
    if found is None:
        return None
    col_role[found] = "measures"
    return Guess(
        found,
        labels.get(found, ""),
        "measures",
        "表头是风险后果,但内容是防控措施,表中又没有防控措施列,作防控措施",
    )


def swapped_point_and_measures(
    col_role: dict[int, str],
    headings: dict[int, Heading | None],
    labels: dict[int, str],
    rows: list[list[str]],
) -> list[Guess]:
    """'廉政风险点 | … | 防控措施' over numbered measures, then short risk phrases: the two headings
    typed over each other's values. Both columns must fit on most rows (four in five) — the
    measures' column reads as points and the point's as measures — or nothing changes (a list
    whose measures are short, or whose points are numbered, keeps its headings). Swaps the two
    roles in ``col_role`` and returns the guesses that say why (none: not swapped)."""
    points = [c for c, r in col_role.items() if r in POINTISH]
    measures = [c for c, r in col_role.items() if r == "measures"]
    if len(points) != 1 or len(measures) != 1:
        return []
    pc, mc = points[0], measures[0]
    hp, hm = headings.get(pc), headings.get(mc)
    if (
        hp is None
        or hm is None
        or hp.role not in POINTISH
        or hm.role != "measures"
        or min(hp.strength, hm.strength) < LIKELY
    ):
        return []

    def cells(c: int) -> list[str]:
        return [str(row[c]).strip() for row in rows if c < len(row) and str(row[c]).strip()]

    pv = cells(pc)
    # cheap first: the point's cells must be long or numbered before any word is searched
    if len(pv) < 2 or sum(1 for v in pv if "\n" in v or len(v) > 12) < 0.8 * len(pv):
        return []
    mv = cells(mc)
    if len(mv) < 2 or abs(len(mv) - len(pv)) > max(1, len(pv) // 5):
        return []  # (the two columns are filled on the same rows)
    as_measures = sum(map(_reads_as_measures, pv))
    as_points = sum(map(_reads_as_point, mv))
    if as_measures < 0.8 * len(pv) or as_points < 0.8 * len(mv):
        return []
    if sum(map(len, mv)) / len(mv) >= sum(map(len, pv)) / len(pv):
        return []  # (the points are the shorter texts)
    col_role[pc], col_role[mc] = "measures", "risk_point"
    return [
        Guess(
            pc,
            labels.get(pc, hp.word),
            "measures",
            "表头是风险点,但内容是分条的防控措施,与防控措施列的表头像是对调了",
        ),
        Guess(
            mc,
            labels.get(mc, hm.word),
            "risk_point",
            "表头是防控措施,但内容是简短的风险点,与风险点列的表头像是对调了",
        ),
    ]


def _posts_under_a_holder_heading(col_role, headings, profiles, whys, labels) -> None:
    """No column names the post, and one headed as the holder holds posts (责任划分/人员 over
    预算管理岗, 财务科负责人): it names the post. Of several, the one headed as responsible.
    A 岗位 column left empty on every row beside it ('岗位 | 责任人' over ' | 科长', ' | 副科长'):
    the same, the posts the rows' own, no holder (对岗不对人), the empty column none."""
    titles = [c for c, r in col_role.items() if r == "title"]
    empty = [c for c in titles if (p := profiles.get(c)) is None or not p.n]
    if len(empty) != len(titles):
        return
    cands = [
        c
        for c, r in col_role.items()
        if r == "other"
        and headings.get(c) is not None
        and headings[c].role == "person"
        and profiles.get(c) is not None
        and profiles[c].post >= 0.5
        and profiles[c].name < 0.3
        and profiles[c].distinct >= 2  # one word on every row ('部室负责人'): a role, no post
        and profiles[c].several < 0.5  # several posts a cell: who answers for it, not a post
        # 分管副局长 beside a 科室's rows: a leader who watches them, not their post
        and (profiles[c].leaders == 0 or "department" not in col_role.values())
        # (beside an empty 岗位 column: posts only, no name among them)
        and (not titles or (profiles[c].post >= 0.999 and profiles[c].name == 0))
    ]
    if cands:
        c = max(cands, key=lambda c: ("责任" in labels.get(c, ""), profiles[c].post, -c))
        col_role[c] = "title"
        whys[c] = "表头像是责任人,内容是岗位名称,作岗位"
        for x in empty:
            col_role[x] = "other"  # (the 岗位 column nobody filled)
        if empty:
            whys[c] = (
                "表头像是责任人,内容全是岗位名称,岗位一栏空白,作各行的岗位,责任人空缺(对岗不对人)"
            )


# a column headed so is the table's own 科室, whatever other 科室 columns say
_PLAIN_DEPT = {"科室", "部门", "股室", "处室", "所在科室", "所在部门", "科室名称", "部门名称", "单位/科室",
               "单位科室", "科室部门"}  # fmt: skip


def _responsible_first(col_role, labels, whys) -> None:
    """Of two columns naming the 科室 (涉及对象/部门 | 责任划分/部门), the one headed as responsible
    (责任) is the post's own; the other names others concerned."""
    depts = [c for c, r in col_role.items() if r == "department"]
    if len(depts) < 2:
        return
    resp = [c for c in depts if "责任" in labels.get(c, "")]
    plain = [c for c in depts if c not in resp and (labels.get(c, "") in _PLAIN_DEPT)]
    if len(resp) == 1 and not plain:
        for c in depts:
            if c != resp[0]:
                col_role[c] = "other"
                whys[c] = "另一列是责任科室,本列是涉及的其他科室"


def _watchers_beside_posts(col_role, headings, profiles, whys, spanning=frozenset()) -> None:
    """In a list of posts (a 岗位 column), leaders named under 责任领导 / 分管领导 / 监督责任人
    who each watch several posts do not hold them (对岗不对人); one name per post (局长 | 张三)
    is the post's holder."""
    posts = [c for c, r in col_role.items() if r == "title" and profiles.get(c)]
    if not posts:
        return
    n_posts = max(profiles[c].distinct for c in posts)
    for c, r in col_role.items():
        h, p = headings.get(c), profiles.get(c)
        if (
            r == "person"
            and h
            and h.role == "other"
            and h.strength >= 2
            and ("领导" in h.word or "监督" in h.word)
            and p is not None
            # fewer leaders than posts, or one of them over several posts (merged down over a
            # 科室's posts, or named again under another 科室)
            and (p.distinct < n_posts or c in spanning)
        ):
            col_role[c] = "other"
            whys[c] = "表里有岗位列,此列的领导各监督几个岗位,不是岗位的责任人"


_NEWER = ("调整后", "现行", "本年", "本次", "当前", "最新", "新")
_OLDER = ("调整前", "原", "上年", "去年", "上次", "上一年", "往年")
# a level settled by review beats the one a post gave itself (风险等级 over 自查 | 审定)
_SETTLED = ("审定", "核定", "认定", "确定", "评定", "最终", "复核", "审核")
_PROPOSED = ("自查", "自评", "自定", "初评", "初定", "拟定", "申报")


def _recency(label: str) -> tuple[int, int]:
    """(time, settled): time 1 for a heading of the current value (调整后风险等级), -1 for a former
    one (原风险等级); settled 1 for a reviewed reading (审定), -1 for a self-assessed one (自查)."""
    s = "".join(label.split())
    time = 0
    if s.startswith(_NEWER) or "调整后" in s:
        time = 1
    elif s.startswith(_OLDER) or "调整前" in s:
        time = -1
    # self-assessed before settled ('风险等级评定' over '自查 | 审定' names both columns)
    settle = -1 if any(w in s for w in _PROPOSED) else 1 if any(w in s for w in _SETTLED) else 0
    return time, settle


# a heading of a side role held beside the job ('党内职务', '党务职务', '兼任职务', '社会职务', '工会
# 职务', '团内职务', '民兵职务'): a 干部花名册's column of the 党支部 or 工会 role, no post of the row
_SIDE_ROLE_HEAD = LazyRe(
    r"^(?:党内|党务|党组织|党支部|党组|党团|党群|兼任|兼职|社会|工会|团内|团组织|团委|共青团|民兵|妇联|群团)"
    r"(?:任职|职务|职位|职务[（(]?职位[)）]?)(?:[（(][^）)]*[)）])?$"
)
# a heading of the job itself ('行政职务', '现任职务', '职务', '岗位', '实职')
_JOB_HEAD = LazyRe(
    r"^(?:行政|现任|现|实任|担任|所任|所在|工作|现工作)?(?:职务|职位|岗位)(?:名称)?"
    r"(?:[（(][^）)]*[)）])?$|^实职$"
)
SIDE_ROLE_SET_ASIDE = "表头是党内职务或兼任、社会、工会等职务,另一列表头写明是行政职务(岗位)"


def _job_beats_side_role(col_role, headings, profiles, whys, labels) -> None:
    """Of two post columns side by side in a list copied from a 干部花名册 ('党内职务 | 行政职务',
    '现任职务 | 兼任职务', '职务 | 工会职务'), the post is the job: the column headed as a side role
    (the 党支部's 书记 or 委员, a 工会 or 民兵 role, '/' where none) is set aside wherever it stands,
    its party role no post and no tier. Gated on both headings: the side role's naming its kind
    (党内/党务/兼任/社会/工会/团内/民兵 + 职务/职位), the job's one of the job's own
    ('行政职务', '现任职务', '职务', '岗位', '实职') over a column read (a title, or of posts by
    its contents). A side-role column alone stays the post as before."""
    keys = {c: re.split(r"[/／、]", re.sub(r"\s+", "", labels.get(c, "")))[0] for c in col_role}
    side = [c for c, r in col_role.items() if r == "title" and _SIDE_ROLE_HEAD.match(keys[c])]
    if not side:
        return
    jobs = []
    for c, r in col_role.items():
        if c in side or not keys.get(c) or not _JOB_HEAD.match(keys[c]):
            continue
        p = profiles.get(c)
        if p is None or not p.n:
            continue
        if r == "title" or (r == "other" and p.post >= 0.5 and p.name < 0.3):
            jobs.append(c)
    if not jobs:
        return
    job = min(jobs, key=lambda c: (col_role[c] != "title", c))
    col_role[job] = "title"
    whys.pop(job, None)
    for c in side:
        col_role[c] = "other"
        whys[c] = SIDE_ROLE_SET_ASIDE


# a heading of the post (or 科室) each holder has ON PAPER, in the establishment ('编制岗位', '定编岗位',
# '原岗位', '借用前岗位', '编制股室', '原所在科室'), beside one of the post he ACTUALLY holds ('实际岗位',
# '现岗位', '实际工作岗位', '借用后岗位', '实际股室'): staff lent between a body's parts, the risks
# those of the post held; '新岗位' says no more than a handover's next post (a 轮岗 list's), never
# which one is held now
_POST_KINDS = r"(?:岗位|职务|职位|股室|科室|处室|部门|科股|所在股室|所在科室|所在部门)(?:名称)?"
_PAPER_WORDS = r"(?:编制|定编|核定|在编|编内|编制内|原编制|原定|原|借用前|借调前|抽调前|借出前)"
_ACTUAL_WORDS = r"(?:实际|现实际|实际工作|现|现任|现工作|现在|目前|借用后|借调后|抽调后|借入后|实际从事|实际任职)"
# (either way round: '编制岗位', or '岗位' merged over '编制 | 实际' read '岗位编制', '岗位（实际）')
_PAPER_POST_HEAD = LazyRe(
    rf"^{_PAPER_WORDS}(?:工作)?{_POST_KINDS}(?:[（(][^）)]*[)）])?$"
    rf"|^{_POST_KINDS}[（(]?{_PAPER_WORDS}[)）]?$"
)
_ACTUAL_POST_HEAD = LazyRe(
    rf"^{_ACTUAL_WORDS}(?:工作)?{_POST_KINDS}(?:[（(][^）)]*[)）])?$"
    rf"|^{_POST_KINDS}[（(]?{_ACTUAL_WORDS}[)）]?$"
)
POST_ON_PAPER_SET_ASIDE = "表头是编制(原)岗位或科室,另一列表头写明是实际所在的岗位或科室:风险点是实际岗位的,此列不作岗位或科室"


def paper_post_kind(label: str) -> str | None:
    """'title' for a heading of the post on paper ('编制岗位', '定编职务', '原岗位'), 'department' for
    one of the 科室 on paper ('编制股室', '原所在科室'), else None."""
    key = re.sub(r"\s+", "", label or "")
    return _post_kind(key) if _heads_as(_PAPER_POST_HEAD, key) else None


def _heads_as(rx: LazyRe, key: str) -> bool:
    """``key`` is so headed, or its sub-heading is under a group heading read with it
    ('编制情况' over '编制岗位 | 实际岗位' reads '编制情况实际岗位')."""
    return bool(rx.match(key)) or any(rx.match(key[i:]) for i in range(2, len(key) - 2))


def _post_kind(key: str) -> str:
    return "title" if re.search("岗位|职务|职位", key) else "department"


def _actual_post_beats_paper(col_role, headings, profiles, whys, labels) -> None:
    """Of two post columns (or two 科室 columns) in a list of a body's staff, one headed as the
    post of the establishment ('编制岗位', '定编岗位', '原岗位', '借用前岗位') and one as the post
    actually held ('实际岗位', '现岗位', '实际工作岗位', '借用后岗位'; of the 科室 likewise, '编制股室 |
    实际股室'): staff lent from one part to another bear the risks of the post they hold, so the
    actual column is the post (the 科室) and the one on paper is set aside, wherever each stands
    (left of the actual one it was read as the post before, the actual one dropped). Gated on both
    headings, one of each; a row leaving its actual cell blank falls back to its post on paper
    (``Table.paper_cols``, locate_body). A single column so headed, and '原岗位 | 新岗位' (a
    handover's next post, no saying which is held), read as before."""
    keys = {c: re.sub(r"\s+", "", labels.get(c, "")) for c in col_role}
    if not any(w in k for k in keys.values() for w in ("编", "原", "借", "抽", "核定")):
        return  # (the cheap test: no heading of a post on paper)
    for kind in ("title", "department"):
        paper, actual = [], []
        for c, k in keys.items():
            if col_role[c] not in ("title", "department", "other") or not k:
                continue
            if _post_kind(k) != kind:
                continue
            if _ACTUAL_POST_HEAD.match(k):
                actual.append(c)
            elif _heads_as(_PAPER_POST_HEAD, k):
                paper.append(c)
            elif _heads_as(_ACTUAL_POST_HEAD, k):
                actual.append(c)
        if len(paper) != 1 or len(actual) != 1:
            continue
        p = profiles.get(actual[0])
        if p is not None and p.n and p.name >= 0.8 and p.post < 0.2:
            continue  # (the actual column holds names, no posts: who stands in, not a post)
        col_role[actual[0]] = kind
        whys.pop(actual[0], None)
        col_role[paper[0]] = "other"
        whys[paper[0]] = POST_ON_PAPER_SET_ASIDE


# a column of each holder's HOME or dispatching body, the one he came from or is sent by ('原单位',
# '原工作单位', '选派单位', '援派单位', '挂职前单位', '援藏派出单位'): a list of cadres sent for a term
# (援藏、援疆、挂职、选调) names there a body elsewhere, never the list's own unit or 科室
_HOME_UNIT_HEAD = LazyRe(
    r"^(?:(?:援藏|援疆|援青|对口支援|后方)(?:派出)?|原|选派|援派|派遣|挂职前|交流前|援藏前)"
    r"(?:工作|所在|任职)?单位(?:名称)?(?:(?:及|和|与|、|/|／)?(?:原|现)?(?:职务|岗位|职级))?$"
)
# '派出单位', '下派单位', '来源单位': the same in a list of cadres sent here, but a 派驻组's list names
# its own 组 there ('派出单位 | 县纪委监委驻财政局纪检监察组'): a home body only beside a heading or
# under a title saying the rows are such cadres
_SENT_UNIT_HEAD = LazyRe(
    r"^(?:派出|下派|外派|(?:人才)?来源)(?:工作|所在|任职)?单位(?:名称)?"
    r"(?:(?:及|和|与|、|/|／)?(?:原|现)?(?:职务|岗位|职级))?$"
)
# a heading of the post held here by a cadre sent from elsewhere ('挂职职务', '挂职单位及职务', '援藏
# 岗位', '挂任职务', '受援单位职务', '在藏任职'); not '现任职务', '现工作岗位': any list's post (a
# 派驻组's '派出单位 | 现任职务' names its 组)
_CADRE_POST_HEAD = LazyRe(r"挂职|挂任|援藏|援疆|援青|援派|受援|在藏|在疆|选派|选调|帮扶|交流|借调")
# a heading's words in brackets or after a slash, each a heading of its own ('派出单位（原单位）',
# '原单位\n（部门）', '派出单位/原单位')
_HEAD_PARTS = re.compile(r"[（(]([^（()）]*)[)）]|[/／]")
HOME_UNIT_SET_ASIDE = "表头是各人原来所在或派出的单位(派出单位、原单位等),不是本表的单位或科室"


def _home_units_not_own(col_role, labels, whys, cadres: bool = False) -> None:
    """A column headed as each holder's home or dispatching body ('派出单位 | 湖北省十堰市人民医院'
    beside '挂职单位及职务 | XX县人民医院副院长' in a list of 援藏干部; '原单位', '原工作单位',
    '选派单位', '派出单位及职务') names where he came from: no unit and no 科室 of the forms, nor
    their post, whatever its cells look like (inland bodies, a 委's 科). It is set aside and
    said (locate_header: HOME_UNITS_SET_ASIDE). '派出单位' alone is such only in a list of cadres
    (``cadres``: its title says so; or a heading of the post held here beside it, '挂职职务'): a
    派驻组's '派出单位' is each row's own 组, read as before. The cheap test first: a heading
    holding 单位 at all; a bare '单位', '所在单位', '工作单位' (each row's own unit in a
    consolidated list) is no home body and reads as before."""
    keys = {c: "".join(labels.get(c, "").split()) for c in col_role}
    found = [c for c, k in keys.items() if "单位" in k]
    if not found:
        return
    for c in found:
        if col_role[c] in ("person", *POINTISH, "risk_level", "risk_type"):
            continue
        parts = [keys[c]]
        if not _HOME_UNIT_HEAD.match(keys[c]):
            if (mine := _under_group({x: keys.get(x, "") for x in (c - 1, c, c + 1)})[c]) != keys[
                c
            ]:
                parts.append(mine)  # ('人员基本情况' merged over '姓名 | 派出单位 | 挂职职务')
            if _HEAD_PARTS.search(keys[c]):
                # '派出单位（原单位）', '派出单位/原单位': each part a heading ('单位/职务' whole above)
                parts += [x for x in _HEAD_PARTS.split(keys[c]) if x]
        if any(_HOME_UNIT_HEAD.match(k) for k in parts) or (
            any(_SENT_UNIT_HEAD.match(k) for k in parts)
            and (cadres or any(_CADRE_POST_HEAD.search(k) for x, k in keys.items() if x != c))
        ):
            col_role[c] = "other"
            whys[c] = HOME_UNIT_SET_ASIDE


# a heading of each holder's DAY JOB in another body, beside his post in the body whose list it
# is (a 协会's, a 学会's part-time officers): '所在单位及职务', '工作单位及职务', '本职工作', '本职单位'
DAY_JOB_HEAD = LazyRe(
    r"^(?:本职(?:工作)?(?:单位)?(?:[及和与、/／]?(?:职务|岗位|职位))?"
    r"|(?:所在|现|现任|现工作|工作|任职|就职|本人)?(?:工作)?单位[及和与、/／]?(?:职务|岗位|职位)"
    r"(?:名称)?)(?:[（(][^）)]*[)）])?$"
)
# a bare heading of each one's employer ('工作单位', '所在单位'): a day job only beside a post
# headed as the body's own ('学会职务', '会内职务'), never beside a plain '职务' (a consolidated
# list's '单位 | 职务' names each row's own unit)
_DAY_JOB_UNIT_HEAD = LazyRe(r"^(?:所在|现|现工作|工作|任职|就职|本人)(?:工作)?单位(?:名称)?$")
# a heading of the post held in the body itself beside it ('协会职务', '学会职务', '会内职务', '兼任
# 职务', '职务', '岗位', '在学会担任职务', '学会任职情况')
_BODY_POST_HEAD = LazyRe(
    r"^在?(?:[\u4e00-\u9fff]{0,10}?(?:会|协|联)内?|本会|会内|在会|兼任|担任|现任|所任|所在)?"
    r"(?:担任|兼任)?(?:任职|职务|职位|岗位)(?:名称|情况)?(?:[（(][^）)]*[)）])?$"
)
# the body's own name in such a heading ('学会职务', '在协会担任职务', '会内职务', '本会职务'); not a
# 工会's, a 妇联's ('所在单位 | 工会职务': each 基层工会 in its unit)
_BODY_NAMED = LazyRe(r"(?<!工)会(?:内|任|职|担)|本会|在会|协会|学会|商会|联合会|总会")
DAY_JOB_SET_ASIDE = "表头是各人在本单位以外的本职工作(所在单位和职务),另一列写明本表的职务(岗位)"


def _under_group(keys: dict[int, str]) -> dict[int, str]:
    """Each column's heading without a group heading merged over it and a neighbour ('人员基本情况'
    over '姓名 | 派出单位 | 挂职职务': '派出单位'): the longest start (two characters or more) it
    shares with the column beside it, two or more left; else the heading as it is."""
    out = {}
    for c, k in keys.items():
        best = 0
        for o in (keys.get(c - 1, ""), keys.get(c + 1, "")):
            n = 0
            while n < min(len(k), len(o)) and k[n] == o[n]:
                n += 1
            if n >= 2 and len(k) - n >= 2:
                best = max(best, n)
        out[c] = k[best:]
    return out


def _day_job_set_aside(col_role, profiles, whys, labels) -> None:
    """A column of each holder's day job in another body ('所在单位及职务 | 县市场监督管理局副局
    长', '本职工作 | 退休干部') beside a column of the post he holds in the body whose list it is
    ('协会职务 | 秘书长', '职务', '兼任职务'): the day job is no post, no unit and no 科室 of the
    list, wherever it stands (left of the post it was read as the post before, the body's post set
    aside). Gated on both headings ('所在单位' alone, a card's or a summary's own unit, is none);
    a day-job column alone stays as it was read."""
    keys = {c: re.sub(r"\s+", "", labels.get(c, "")) for c in col_role}
    if not any("单位" in k or "本职" in k for k in keys.values()):
        return  # (the cheap test: no heading of a unit or a day job)
    own = _under_group(keys)  # ('会员基本情况' merged over '姓名 | 工作单位及职务 | 学会职务')

    def heads(c: int, head) -> bool:
        return bool(keys[c] and (head.match(keys[c]) or (own[c] != keys[c] and head.match(own[c]))))

    jobs = [c for c in keys if heads(c, DAY_JOB_HEAD)]
    bare = [c for c in keys if heads(c, _DAY_JOB_UNIT_HEAD)]
    if not jobs and not bare:
        return
    posts = [
        c
        for c, r in col_role.items()
        if c not in jobs
        and c not in bare
        and r in ("title", "other")
        and c in keys
        and heads(c, _BODY_POST_HEAD)
        and (r == "title" or (own[c] != keys[c] and _BODY_NAMED.search(own[c])))
        and (p := profiles.get(c)) is not None
        and p.n
    ]
    if not posts:
        return
    for c in posts:
        col_role[c] = "title"  # ('会员基本情况学会职务': the body's post under a group heading)
    if bare and any(_BODY_NAMED.search(own[c]) for c in posts):
        jobs += bare  # '工作单位 | 学会职务': each one's employer, beside the 学会's own post
    for c in jobs:
        col_role[c] = "other"
        whys[c] = DAY_JOB_SET_ASIDE


def _resolve_post(col_role, headings, profiles, whys, labels=None) -> None:
    """Of two columns naming the post, one headed as a category (岗位类别 | 岗位) and coarser (fewer
    different values) groups the posts of the other ('业务运行岗位' over 参保登记员)."""
    posts = [c for c, r in col_role.items() if r == "title" and profiles.get(c)]
    if len(posts) <= 1:
        return

    def grouping(c: int) -> bool:
        h = headings.get(c)
        text = (labels or {}).get(c) or (h.word if h else "")
        return h is not None and any(w in text for w in ("类别", "类型", "分类", "类"))

    named = [c for c in posts if not grouping(c)]
    if not named:
        return
    # the post is a column not headed as a category; of several, the one with most posts
    best = max(named, key=lambda c: (profiles[c].distinct, -c))
    for c in posts:
        if c != best and grouping(c):
            col_role[c] = "other"
            whys[c] = "另一列是岗位,本列只是岗位的分类"


# a relative's or another outsider's name ('亲属姓名', '配偶姓名', '家属', '特定关系人', '服务对象
# 姓名') in a declaration register: data of the row, never its holder (``_relatives_not_holders``)
_KIN_HEAD = LazyRe(r"亲属|配偶|子女|家属|家庭成员|关系人|服务对象|父母|兄弟姐妹")
# the tie beside such a name ('亲属姓名 | 与本人关系', '姓名 | 称谓', '与本人关系（称谓）', '与干部
# 本人关系'): a heading of its words; it marks the name a relative's only over kinship cells
_TIE_WORDS = LazyRe(r"关系|称谓")
_TIE_NOT = LazyRe(r"姓名|关系人|单位|情况|职务|岗位|风险|措施|名称")
# a kinship word, what a tie column's cells say ('配偶', '儿子', '岳父', '表弟'); not a post or a
# reporting line ('股长', '分管领导', '股室负责人', '局领导', '中层')
_KIN_WORD = LazyRe(
    r"(?:本人)?(?:配偶|妻子?|丈夫|爱人|夫妻|儿子|女儿|[长次三]?[子女]|子女|父亲?|母亲?|父母|兄弟?|"
    r"弟弟?|哥哥?|姐姐?|妹妹?|姐妹|兄弟姐妹|岳父|岳母|公公|婆婆|女婿|儿媳(?:妇)?|侄子?|侄女|"
    r"外甥女?|孙子|孙女|外孙女?|祖父|祖母|外公|外婆|[表堂](?:兄|弟|姐|妹|哥)(?:弟|妹)?|"
    r"连襟|妯娌|姐夫|妹夫|嫂子?|弟媳|舅舅?|姑姑?|姨|叔叔?|伯伯?|亲属|亲戚)"
)
# who declares: the register's own holder beside the relatives ('申报人', '本人姓名')
_DECLARANT_HEAD = LazyRe(r"申报人|填报人|报告人|申请人|本人姓名|干部姓名")
# the relatives' own 工作单位 / 从业单位 beside their names: no 科室 of the holder
_THEIR_UNIT_HEAD = LazyRe(r"^(?:亲属)?(?:工作|从业|就职|任职|就业)单位")


@lru_cache(maxsize=1 << 14)
def kin_word(v: str) -> bool:
    """'配偶', '儿子', '配偶、女儿': each part a kinship word (asked of every short cell of each
    column profiled: the same texts again and again, so cached)."""
    parts = [x for x in re.split(r"[、，,/／\s]+", v) if x]
    return bool(parts) and all(_KIN_WORD.fullmatch(x) for x in parts)


def _relatives_not_holders(col_role, labels, whys, profiles=None) -> None:
    """A column of a relative's names ('亲属姓名 | 与本人关系 | 亲属从业情况' of a 利益关系申报
    登记表, one row a declared relative) is no holder's, however name-like its cells and though
    headed '…姓名': the holder is the '申报人' beside it (a name column the contents found), or
    where there is none the rows name posts only. Gated on the heading's words, or on a tie
    column (a heading of '关系'/'称谓' over kinship cells, '配偶', '儿子') just beside, or
    anywhere in the table when a declarant column ('申报人', '本人姓名') or a second name column
    is there to hold the points. A '称谓'/'关系' of posts or ranks ('股长', '分管领导', '局领导')
    demotes nothing: an ordinary '姓名 | 职务' keeps its holder."""
    if "person" not in col_role.values():
        return  # (the cheap test: no holder's column to demote)
    keys = {c: "".join(labels.get(c, "").split()) for c in col_role}
    persons = [c for c, r in col_role.items() if r == "person" and keys.get(c)]
    demoted = []
    for c in persons:
        if _KIN_HEAD.search(keys[c]) is not None:
            col_role[c] = "other"
            whys[c] = "表头是亲属或关系人的姓名,不是责任人"
            demoted.append(c)
    if not demoted and profiles is not None:
        ties = [
            c
            for c, r in col_role.items()
            if r not in ("person", "risk_point", "description", "measures", "risk_level")
            and _TIE_WORDS.search(keys.get(c, ""))
            and not _TIE_NOT.search(keys.get(c, ""))
            and len(keys.get(c, "")) <= 12
            and profiles.get(c) is not None
            and profiles[c].n
            and profiles[c].kin >= 0.6
        ]
        declarants = [c for c in persons if _DECLARANT_HEAD.search(keys[c])]
        for t in ties:
            cands = [c for c in persons if c not in declarants and c not in demoted]
            if not cands:
                continue
            c = min(cands, key=lambda x: (abs(x - t), x))
            held = declarants or [x for x in persons if x != c and x not in demoted]
            if abs(c - t) == 1 or held:
                col_role[c] = "other"
                whys[c] = "旁边的关系列写的是亲属称谓,本列是亲属的姓名,不是责任人"
                demoted.append(c)
                # the relative's 工作单位 beside him or his tie: his, not the holder's 科室
                lo, hi = min(c, t) - 1, max(c, t) + 1
                for u, r in col_role.items():
                    if (
                        lo <= u <= hi
                        and r in ("unit", "department")
                        and _THEIR_UNIT_HEAD.match(keys.get(u, ""))
                    ):
                        col_role[u] = "other"
                        whys[u] = "亲属的工作单位,不是责任人的科室"


# a person of another body than the list's own, named for reaching it: the contact of a
# supervised hospital, firm or shop ('机构联系人', '企业联系人', '对方联系人', '法定代表人'; a
# '监管对象' band over '负责人')
OUTSIDE_CONTACT = LazyRe(
    r"(?:联系人|联络人)(?:姓名)?$|^(?:法定代表人|法人代表)(?:姓名)?$"
    r"|^(?:企业|机构|对象|监管对象|检查对象|被检查单位|被监管单位|经营主体|市场主体|经营户|商户|门店"
    r"|药店|药房|医院|医疗机构|医药机构|定点机构|场所)(?:负责人|法定代表人|法人代表|法人)"
    r"(?:姓名)?$"
)
# the contact alone: '联系人', '企业联系人' (no 法定代表人, no 负责人)
CONTACT_ONLY = LazyRe(r"(?:联系人|联络人)(?:姓名)?$")
# a party the list's own people serve or handle ('申请人', '当事人'): not a holder where a column is
# headed as the one handling it ('承办人', '经办人', '责任人')
_OUTSIDE_PARTY = LazyRe(r"^(?:申请人|当事人|办事人|办事群众|相对人|管理相对人)(?:姓名)?$")
# a heading of the list's own holder, handler or staff member ('监管责任人', '包保责任人', '承办人')
_OWN_HANDLER = LazyRe(r"(?:责任人|承办人|经办人|办理人|受理人)(?:姓名)?$")
# who approved or checked the row ('审批责任人', '审核人' of an OA export of the staff's own
# declarations, '申请人' each row's declarant): no holder a declarant is set aside for
_APPROVER = LazyRe(r"(?:审批|审核|审签|审定|签批|批准|核准|复核|复审)")
_OWN_STAFF = LazyRe(r"^(?:姓名|人员姓名|工作人员|工作人员姓名|干部姓名|监管人员|执法人员)$")
# why a contact's column was set aside for one headed as the holder (locate_header says it)
CONTACT_SET_ASIDE = "表头是外单位的联系人或办事的当事人,另一列表头写明是本单位的责任人"


def _contacts_not_holders(col_role, headings, profiles, whys, labels) -> None:
    """Of two or more name columns, one headed as another body's contact ('机构联系人 | 联系电话'
    of a 定点医药机构 list, '法定代表人', '监管对象' over '负责人') or as a party served
    ('申请人', '当事人') is nobody's holder where another is headed as the list's own
    ('监管责任人', '包保责任人', '承办人'; for a contact also '姓名'), whatever their order or
    how name-like their cells: it is set aside. A list with only the contact's names is read as
    before (locate_header warns); '主要责任人 | 直接责任人' are both the list's own."""
    holders = [c for c, r in col_role.items() if r == "person"]
    if len(holders) < 2 or not labels:
        return
    keys = {c: "".join(labels.get(c, "").split()) for c in holders}
    contacts = [c for c in holders if OUTSIDE_CONTACT.search(keys[c])]
    parties = [c for c in holders if c not in contacts and _OUTSIDE_PARTY.match(keys[c])]
    if not contacts and not parties:
        return

    def own(c: int, staff: bool) -> bool:
        h, p, k = headings.get(c), profiles.get(c), keys[c]
        return (
            h is not None
            and h.role == "person"
            and h.strength >= 2
            and not k.startswith(("监督", "分管", "联系"))  # (who watches or liaises)
            and not _APPROVER.match(k)  # ('审批责任人' of an OA export: who approved it)
            and (_OWN_HANDLER.search(k) is not None or (staff and _OWN_STAFF.match(k) is not None))
            and p is not None
            and p.n > 0
            and p.post < 0.5  # (posts under '责任人': the post, read by other rules)
            and p.dept < 0.5
        )

    rest = [c for c in holders if c not in contacts and c not in parties]
    for group, staff in ((contacts, True), (parties, False)):
        if group and any(own(c, staff) for c in rest):
            for c in group:
                col_role[c] = "other"
                whys[c] = CONTACT_SET_ASIDE


HOLDER_AFTER_POST = "表头是责任人,内容是“职务　姓名”,另有岗位一列:读作责任人,空格后是姓名"


def _holders_after_posts(claim, post, col_role, headings, profiles, whys, labels, restates) -> None:
    """'岗位 | … | 直接责任人' over '会计 | … | 会计　赵丽': a column headed as the holder whose
    cells write a post, a space and a name (``Profile.post_name``) was read as a second post
    column and lost to the one headed 岗位, the list then naming no one; where no column holds
    the holders, such columns hold them; beside a column already taken for the holders they
    compete with it (``_resolve_holder`` keeps one: a column of bare names first, then 直接责任人
    before 第一责任人, 主体责任人), the post before the space the row's own (locate:
    HOLDER_AFTER_OWN_POST). Only where the post before the space is the row's own on most rows
    (``restates``: the locator's test on the rows): '股长 骆澜曦' over 会计, 出纳 names a supervisor,
    no holder of the rows (review 84)."""
    lost = [
        c
        for c in claim
        if c != post
        and (h := headings.get(c)) is not None
        and h.role == "person"
        and h.strength >= 2
        and (p := profiles.get(c)) is not None
        and p.n >= 2
        and p.post_name >= 0.6
        and restates(c, post)
    ]
    if not lost:
        return
    for c in lost:
        col_role[c] = "person"
        whys[c] = HOLDER_AFTER_POST
    _resolve_holder(col_role, headings, profiles, whys, labels)


def _resolve_holder(col_role, headings, profiles, whys, labels=None) -> None:
    holders = [c for c, r in col_role.items() if r == "person"]
    if len(holders) <= 1:
        return
    keys = {c: "".join((labels or {}).get(c, "").split()) for c in holders}

    def rank(c: int) -> tuple:
        h = headings.get(c)
        word = h.word if h and h.role == "person" else ""
        pos = _HOLDER_RANK.index(word) if word in _HOLDER_RANK else len(_HOLDER_RANK)
        p = profiles.get(c)
        named = p is not None and p.name >= 0.5
        checked = word in _CHECKED_HOLDER_HEADS  # ('被检查人' beside '姓名': he, not the checker)
        # who approved the row ('申请人 | … | 审批责任人' of an OA export): the other one holds it
        approver = _APPROVER.match(keys[c]) is not None
        # of two leader columns the one that varies names each post's holder
        return (0 if named else 1, approver, 0 if checked else 1, pos, -(p.distinct if p else 0), c)

    keep = min(holders, key=rank)
    for c in holders:
        if c != keep:
            col_role[c] = "other"
            whys[c] = "已有另一列作为责任人"


# an unknown heading naming the matter or power a duty covers ('具体事项', '重点事项', '具体业务',
# '主要职权', '权力事项名称', '具体工作', '重点工作'): beside a duty column a second duty-like column,
# never the point
_MATTER_BESIDE_DUTY = re.compile(r"(?:事项|权力|职权|业务|工作|任务)(?:名称|内容|清单)?$")
# ('易发问题事项', '需警惕事项', '风险隐患事项'): a heading naming the risk or the problem to watch,
# the point itself, not the matter it arises in
_MATTER_NAMES_RISK = re.compile(r"问题|警惕|隐患|风险|易发|情形|违规|违纪|违法|廉政|廉洁")
MATTER_BESIDE_DUTY = "表头写明是事项,另有岗位职责一列:是职责下的具体事项,作为工作流程,不作风险点"


def _point_beside_description(col_role, headings, profiles, whys, labels=None) -> None:
    """A description column but no column headed as the point: an unknown heading over texts
    shorter than the description, just left of it ('需警惕情形 | 风险表现形式'), names the point.
    Not a heading naming a matter beside a duty column ('岗位职责 | 具体事项 | 风险表现': two
    duty-like columns side by side, the second the matter each point arises in): that one is
    the workflow (MATTER_BESIDE_DUTY) and the description, the only risk text, the point."""
    if "risk_point" in col_role.values():
        return
    desc = [c for c, r in col_role.items() if r == "description"]
    if not desc:
        return
    d = min(desc)
    pd = profiles.get(d)
    duty = "duty" in col_role.values()
    for c in (d - 1, d - 2):
        h, p = headings.get(c), profiles.get(c)
        if col_role.get(c) != "other" or (h is not None and h.strength > 1) or not p or not p.n:
            continue
        label = "".join((labels or {}).get(c, "").split())
        if duty and _MATTER_BESIDE_DUTY.search(label) and not _MATTER_NAMES_RISK.search(label):
            # (the first duty-like column the duty, this one its matter: as '岗位职责 | 职权事项')
            col_role[c] = "other" if "workflow" in col_role.values() else "workflow"
            whys[c] = MATTER_BESIDE_DUTY
            continue
        if p.name >= 0.5 or p.level >= 0.5 or p.type >= 0.5 or p.seq or p.numbers >= 0.5:
            continue
        if 4 <= p.mean_len and (pd is None or not pd.n or p.mean_len < pd.mean_len):
            col_role[c] = "risk_point"
            whys[c] = "表头不是已知的写法,内容是风险描述旁较短的文字,作风险点"
            return


_CAUSE = re.compile(r"成因|原因")
# a risk's source ('风险源', '致险因素'): where it arises, never the point beside another risk
# column headed as the point, nor beside its event ('风险源 | 风险事件', '风险因素 | 风险表现');
# the shorter of two descriptions otherwise ('风险源 | 问题表现': the 风险源 names the risk)
RISK_SOURCE = re.compile(r"风险源|风险来源|风险因素|致险因素|风险诱因")
RISK_EVENT = re.compile(r"风险(?:事件|情形|表现)(?:描述|名称|形式)?$")
_POINT_TIER = re.compile(r"([一二三四五])级(?:廉政)?风险(?:点|事项)$")  # '二级风险点'
# a heading naming the point and nothing else ('风险点', '廉政风险点', '风险点名称', '风险名称'),
# and one saying only how a risk shows ('表现形式', '风险表现', '主要表现', '具体表现形式'): beside
# each other they say which is which, whatever the lengths of their cells
_POINT_NAME_HEAD = re.compile(
    r"(?:岗位|主要)?(?:廉政|廉洁|腐败)?风险(?:点|点名称|名称)|(?:廉政|廉洁)?风险点位"
)
_SHOWS_HEAD = re.compile(r"(?:风险点?|问题|行为)?(?:主要|具体)?表现(?:形式)?")
POINT_LONGER_THAN_FORM = "表头写明是风险点,旁边一列表头写明是表现形式:内容虽比表现形式长,仍作风险点"


def _resolve_point(col_role, profiles, whys, labels=None) -> None:
    """Of the risk-text columns the shortest is the point; a longer one is its description.
    A column of plain numbers under a risk heading ('风险点数量') is a count, not a text; so is
    one of counts typed with their measure word ('2个', '/' for none)."""
    texts = [c for c, r in col_role.items() if r in POINTISH]
    if len(texts) > 1:
        for c in list(texts):
            p = profiles.get(c)
            if p is not None and p.n and max(p.numbers, p.counts) >= 0.8:
                col_role[c] = "other"
                whys[c] = "内容是数字,是计数而不是风险点"
                texts.remove(c)
    if not texts:
        return
    if len(texts) == 1:
        c = texts[0]
        if col_role[c] == "description":
            col_role[c] = "risk_point"
        return

    def length(c: int) -> float:
        p = profiles.get(c)
        return p.mean_len if p and p.n else 1e9

    named = [c for c in texts if col_role[c] == "risk_point"]
    described = [c for c in texts if col_role[c] == "description"]
    tiers = (
        {c: _POINT_TIER.match("".join(labels.get(c, "").split())) for c in named} if labels else {}
    )
    if len(named) > 1 and all(tiers.values()) and "risk_level" in col_role.values():
        # '一级风险点 | 二级风险点' beside a '风险等级' column: a hierarchy, not levels — the
        # deepest names the point, the ones above it the matter it arises in (a duty)
        deepest = max(named, key=lambda c: ("一二三四五".index(tiers[c].group(1)), c))
        for c in named:
            if c != deepest:
                col_role[c] = "other" if "duty" in col_role.values() else "duty"
                whys[c] = "表头是上一级风险点,另有风险等级列,本列是风险所在的事项"
                texts.remove(c)
        if len(texts) == 1:
            return
    if len(named) > 1 and not described and labels:
        # '风险事项 | 廉政风险点': the column headed as the risk point is it; the other names
        # the matter it arises in (a duty)
        pointed = [c for c in named if "".join(labels.get(c, "").split()).endswith("风险点")]
        if len(pointed) == 1:
            for c in named:
                if c != pointed[0]:
                    col_role[c] = "other" if "duty" in col_role.values() else "duty"
                    whys[c] = "另一列表头是风险点,本列是风险所在的事项"
                    texts.remove(c)
            if len(texts) == 1:
                return

    # a column of causes ('风险成因': 责任心不强) says why, never what the risk is: short as it is
    def key(c: int) -> str:
        return "".join((labels or {}).get(c, "").split())

    named_by = [
        c for c in described if not _CAUSE.search(key(c)) and not RISK_SOURCE.search(key(c))
    ]
    events = [c for c in described if RISK_EVENT.search(key(c)) and not RISK_SOURCE.search(key(c))]
    if named and described:
        point = min(named, key=lambda c: (length(c), c))
        if named_by and length(point) > 1.5 * min(length(c) for c in named_by):
            shorter = min(named_by, key=lambda c: (length(c), c))
            if _POINT_NAME_HEAD.fullmatch(key(point)) and _SHOWS_HEAD.fullmatch(key(shorter)):
                # '风险点 | 表现形式' over '宅基地审批对不符合条件的申请予以通过 | 优亲厚友': the
                # headings say plainly which is the point and which how it shows (a kind of
                # misconduct, short as it is); the length does not overrule them
                whys[point] = POINT_LONGER_THAN_FORM
            else:
                point = shorter
                whys[point] = "内容比另一风险列短,作风险点"
    elif events and any(RISK_SOURCE.search(key(c)) for c in described):
        # '风险因素 | 风险表现': the source is where the risk comes from, the event the point
        point = min(events, key=lambda c: (length(c), c))
    else:
        point = min(texts, key=lambda c: (length(c), c))
        whys[point] = "几列都像风险点,内容最短的一列作风险点"
    desc_done = False
    for c in sorted(texts, key=length):
        if c == point:
            col_role[c] = "risk_point"
        elif not desc_done:
            col_role[c] = "description"
            whys.setdefault(c, "内容比风险点列长,作风险描述")
            desc_done = True
        else:
            col_role[c] = "other"


def _measures_by_position(col_role, headings, profiles, whys) -> None:
    """No measures heading found: an unnamed text column right of the point is the measures.

    Only a column whose heading is no known word qualifies (not 备注, 依据 …), and only if
    its contents are sentences rather than names, levels or types."""
    if "measures" in col_role.values():
        return
    point = next((c for c, r in col_role.items() if r == "risk_point"), None)
    if point is None:
        return
    best, best_len = None, 3.0
    for c, r in col_role.items():
        h = headings.get(c)
        p = profiles.get(c)
        if c <= point or r != "other" or (h is not None and h.strength > HINT) or not p or not p.n:
            continue
        if p.name >= 0.5 or p.level >= 0.5 or p.type >= 0.5 or p.seq:
            continue
        if p.mean_len > best_len:
            best, best_len = c, p.mean_len
    if best is not None:
        col_role[best] = "measures"
        whys[best] = "表头不是已知的写法,按位置(风险点右侧)和内容判断"


# --- a holder's name on a line of its own, under a field written before or after it ------------

# '管养路段及责任人', '负责区域和责任人', '分管工作、责任人', '包片范围及姓名', '姓名／管护范围': a holder
# joined to another field of the post in one heading (the words a holder is headed by, last)
_HOLDER_WORDS = ("责任人", "姓名", "负责人", "人员")
_FIELD_JOIN = re.compile(r"以及|(?<![涉普危波来提顾])及|(?<![参给])与|和(?!谐)|[、/／]")
_FIELD_HAN = LazyRe(r"^[\u4e00-\u9fff]{2,8}$")
# what a holder's cell gives beside him that is no field of the post: how to reach him, his
# headcount, his rank, his signature (read by their own rules, or not at all)
_NOT_A_FIELD = ("电话", "手机", "号码", "方式", "工号", "编号", "签字", "签名", "人数", "职务", "职称",
                "职级", "照片")  # fmt: skip
# what a holder's cell gives beside his name about the person, not the post ('姓名及政治面貌'):
# the name is read, the rest is none of the post's (and not kept)
PERSONAL_FIELDS = ("性别", "年龄", "出生", "政治面貌", "学历", "学位", "民族", "籍贯", "身份证",
                   "文化程度", "参加工作")  # fmt: skip


@lru_cache(maxsize=1 << 12)
def holder_beside_field(key: str) -> str:
    """The other field of a heading joining a holder to it, by its name in the heading ('管养路段'
    of '管养路段及责任人', '分管工作' of '分管工作、责任人', '管护范围' of '姓名及管护范围'); '' for any
    other heading. Two of 科室/岗位/姓名 ('岗位及责任人'), a risk text or the measures joined to a
    holder ('防控措施及责任人'), a watching leader or a telephone are not such a field: the rules
    before decide those."""
    if not 4 <= len(key) <= 16 or not any(w in key for w in _HOLDER_WORDS):
        return ""  # (the cheap test, on every heading of every table)
    parts = _FIELD_JOIN.split(key)
    if len(parts) != 2:
        return ""
    for holder, other in ((parts[1], parts[0]), (parts[0], parts[1])):
        if not holder.endswith(_HOLDER_WORDS) or len(holder) > 5 or holder in WATCHERS:
            continue
        h = heading_role(holder)
        if h is None or h.role != "person":
            continue
        if (
            not _FIELD_HAN.match(other)
            or other.endswith(("人", "员", "领导", "者", "长"))
            or any(w in other for w in _NOT_A_FIELD)
        ):
            return ""
        o = heading_role(other)
        if o is None or o.role in ("other", "duty", "workflow"):
            return other
        return ""
    return ""


def _name_on_line(line: str) -> str:
    """The holder a line of a cell names ('庹翛沄', '责任人：庹翛沄'), or '' (a line labelled as
    another field names no one: '分管工作：武装、应急')."""
    label, colon, value = line.replace("：", ":").partition(":")
    if colon:
        h = heading_role(BRACKETED.sub("", label).strip())
        if h is None or h.role != "person" or h.word in WATCHERS:
            return ""
        line = value.strip()
    parts = [x for x in _NAME_SPLIT.split(line) if x]
    if looks_like_name(line) and not any(x in NOT_A_NAME for x in parts):
        return line
    return ""


def holder_lines(cell: str) -> tuple[str, list[str], int]:
    """A holder's cell read as a field's lines and a name's line ('S202线　K0+000—K16+300⏎庹翛沄',
    either order): (the name, the other lines, how many lines name someone). The name is given
    only where exactly one line names someone and another line does not ('宫河镇⏎禤泓湜': both
    lines read as names, so neither is taken; a road code is never made a name)."""
    lines = [x.strip() for x in cell.split("\n") if x.strip()]
    names = [(i, n) for i, x in enumerate(lines) if (n := _name_on_line(x))]
    if len(names) == 1 and len(lines) >= 2:
        i, name = names[0]
        return name, lines[:i] + lines[i + 1 :], 1
    return "", lines, len(names)


def reads_holder_lines(values: list[str]) -> bool:
    """A column's cells of two lines or more are a field's line(s) and a name's line: one at
    least, and fewer than half of them read as two names or more (a column of names alone, or
    of two holders a cell one a line, is not; a cell of the field alone does not count against)."""
    cells = [v for v in dict.fromkeys(x.strip() for x in values) if "\n" in v]
    named = [holder_lines(v)[2] for v in cells]
    return 1 in named and 2 * sum(n >= 2 for n in named) < len(cells)


# a holder's time on the post in brackets after his name, when the post rotates within the year:
# '（1—6月）', '（7-12月）', '（1月至6月）', '（上半年）', '（第三季度）', '（2025.1—2025.6）',
# '（2025年7月—12月）', to the day '（2025.1.1—2025.6.30）', '（2025年1月1日—6月30日）'
_TURN_SPAN = (
    r"(?:\d{4}\s*[.．/年]\s*)?\d{1,2}\s*月?(?:份)?(?:\s*(?:[.．/]|(?<=月))\s*\d{1,2}\s*日?)?"
)
_TURN_DASH = r"[—\-－~～–]"
# a holder's line: his name (after his post perhaps, '收费员 祁朗月（1—6月）') and his period in
# brackets, one ending now too ('（2024.7至今）', '（2024.7—今）')
_IN_TURN = LazyRe(
    r"^(?:([^\s()（）:：、,，;；/]{2,10})\s+)?([^\s()（）:：、,，;；/]{2,6})\s*[(（]\s*"
    r"(?:[上下]半年|第?[一二三四1-4]季度|"
    + _TURN_SPAN
    + r"\s*(?:(?:[—\-－~～至到–]+|—{2})\s*"
    + _TURN_SPAN
    + rf"|(?:{_TURN_DASH}+\s*)?至今|{_TURN_DASH}+\s*今))\s*[)）]$"
)
_TURN_PARTS = LazyRe(f"\\s*(?:\\n|[{LIST_SEPARATORS}])\\s*")


def turn_lines(cell: str) -> list[tuple[str, str]]:
    """The holders a cell names each with his period in brackets, one a line or parted by '、'
    ('欧霁翾（1—6月）⏎区沨珝（7—12月）', '祁朗月（1—6月）、訾沐阳（7—12月）', '收费员 祁朗月（1—6月）',
    '訾沐阳（2024.7至今）', one alone too): (the post written before him or '', name) each, in the
    cell's order, one who returns ('祁朗月（1—3月）⏎訾沐阳（4—9月）⏎祁朗月（10—12月）') once, his
    first line's; [] unless every part is such a line."""
    if "（" not in cell and "(" not in cell:
        return []  # (the cheap test: a bracket)
    out: dict[str, str] = {}
    for part in _TURN_PARTS.split(cell.strip()):
        if not part:
            continue
        m = _IN_TURN.match(part)
        if not m or not looks_like_name(m.group(2)) or m.group(2) in NOT_A_NAME:
            return []
        post = m.group(1) or ""
        if post and (looks_like_name(post) or post in NOT_A_NAME):
            return []  # ('祁朗月 訾沐阳（…）': two names, no post)
        out.setdefault(m.group(2), post)
    return [(p, n) for n, p in out.items()]


def holders_in_turn(cell: str) -> list[str]:
    """A holder's cell naming the people who hold the post in turn through the year, one a line
    or parted by '、', each with his time on it in brackets ('欧霁翾（1—6月）⏎区沨珝（7—12月）',
    '…（上半年）⏎…（下半年）', '…（2025.1—2025.6）⏎…（2025.7至今）', '收费员 祁朗月（1—6月）⏎…'):
    their names, each once, each a holder of all the post's points (``turn_lines``); else [] (one
    holder, a line without its period, '现：…⏎原：…', '张三（兼）')."""
    names = [n for _p, n in turn_lines(cell)]
    return names if len(names) >= 2 else []


# a column naming each row's scope among the holders of its post: 学段, 片区, 校区 … ('学段 |
# 小学、初中' beside '小学　某某⏎初中　某某', ``scope_tag_lines``)
_SCOPE_KIND_HEAD = LazyRe(r"学段|学部|片区|校区|院区|园区|区域|辖区|年级|班组|分片|片$|网格$|所辖")
# a scope cell naming every holder of the cell ('全学段', '各片区', '全部', '所有校区')
_SCOPE_ALL = LazyRe(r"^(?:全部|全体|全|各|所有|均)")
_SCOPE_LINE = LazyRe(
    r"^((?:[0-9０-９]{1,3}号)?[^\s:：、,，;；()（）\d]{1,6}|[0-9０-９]{1,3}号)"
    r"\s*[\s:：]\s*([^\s:：、,，;；()（）\d]{2,6})$"
)  # (a numbered scope: '1号片区', '2号')
# what a scope's name ends with, where its first character is a surname's ('南校区', '高中')
_SCOPE_TAG_ENDS = ("区", "片", "部", "级", "段", "组", "校", "园", "中", "学")
# a school grade as a scope tag, its first character a surname's ('高一', '初三')
_SCOPE_GRADE = LazyRe(r"^[高初][一二三]$")
_SCOPE_PARTS = LazyRe(r"\s*[、，,;；/]\s*|\s+")
# '东片和西片', '小学及初中': two scopes, where each piece is a tag and the whole is none
_SCOPE_AND = LazyRe(r"\s*[和及]\s*")


def scope_tag_lines(cell: str) -> list[tuple[str, str]]:
    """A holder's cell naming each holder after the scope he covers, one a line ('小学　綦某某⏎
    初中　邰某某', '东片：甲⏎西片：乙'): (tag, name) each; [] unless every line is so (a tag no
    name, the name a name). Whether the tags are scopes a row picks is the caller's to say
    (``post name`` lines read alike: a scope column naming the tags tells them apart)."""
    if "\n" not in cell.strip() and "\u3000" not in cell and " " not in cell and "：" not in cell:
        return []  # (the cheap test: one word, no line to tag)
    out: list[tuple[str, str]] = []
    for line in cell.strip().splitlines():
        if not (line := line.strip()):
            continue
        m = _SCOPE_LINE.match(line)
        if m is None or not looks_like_name(m.group(2)):
            return []
        if (
            looks_like_name(m.group(1))
            and not m.group(1).endswith(_SCOPE_TAG_ENDS)
            and not _SCOPE_GRADE.match(m.group(1))
        ):
            return []  # (two names; '南校区' reads as one, its 区 says a place, '高一' a grade)
        out.append((m.group(1), m.group(2)))
    return out


def scope_parts(cell: str, tags: Collection[str] = ()) -> tuple[list[str], bool]:
    """A scope cell's tags ('小学、初中', '东片和西片') and whether it names all ('全学段').
    A part is split on 和/及 only where it is none of ``tags`` and each piece is one ('和平片区'
    is one scope, '东片和西片' two), never without ``tags``."""
    parts: list[str] = []
    for p in _SCOPE_PARTS.split(cell.strip()):
        if not p:
            continue
        pieces = [q for q in _SCOPE_AND.split(p) if q]
        if p not in tags and len(pieces) >= 2 and all(q in tags for q in pieces):
            parts.extend(pieces)
        else:
            parts.append(p)
    return parts, any(_SCOPE_ALL.match(p) for p in parts)


def scope_kind_head(label: str) -> bool:
    """A heading naming a kind of scope ('学段', '负责片区', '校区')."""
    return bool(_SCOPE_KIND_HEAD.search("".join(label.split())))
