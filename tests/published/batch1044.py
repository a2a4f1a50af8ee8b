"""The one-thousand-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 学校, 卫生院, 农业, 市场监管, 交通 and 自然资源 bodies
of one county, 务川仡佬族苗族自治县 (遵义市, 贵州省) — its 丹砂街道办事处, the 大坪街道龙潭村, the 务川中学,
the 丰乐镇卫生院, the 农业农村局, the 市场监督管理局, the 交通运输局 and the 自然资源局 — each handing back
the 一览表, 清单, 排查表, 防控卡 or 责任清单 its staff typed in WPS or Excel:

- the 丹砂街道办事处's 清单 under GROUP ROWS ``一、街道领导``, ``二、党政办``, ``三、社会事务办`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 龙潭村's 清单: ``职务 | 姓名`` on every row, 高/中/低, no type column;
- the 务川中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 丰乐镇卫生院's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, 高/中/低, no type column;
- the 农业农村局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, short types under ``风险类别``,
  ``一级风险/二级风险/三级风险``; no names;
- the 市场监督管理局's 防控卡, one sheet a person: ``姓　名 | 所在科室 | 职　务`` over a row of values,
  ``★★★/★★/★``, ``防控措施 | 责任领导``; no type column;
- the 交通运输局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类型``,
  ``高风险/中风险/低风险``.

One is harder:

- ``wuchuan_natural_resources_own_classes_typed``: the 自然资源局's 一览表 — ``序号 | 股室 | 职务 |
  姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` — whose ``风险类别`` cells are written in the
  office's OWN classes with the official type in brackets (``廉洁自律类（思想道德风险）``,
  ``履职尽责类（岗位职责风险）``, ``制度执行类(制度机制)``, ``廉洁自律类【思想道德】``) or as a phrase
  (``思想道德风险为主``, ``岗位职责风险为主``); no note maps the classes. docs/layouts.md knows own
  classes (``决策类``, ``廉洁自律类``) mapped by a note (TYPE_BY_OWN_CATEGORY), type codes, circled
  codes keyed in the heading (TYPE_CIRCLED_CODES); not a cell that names its official type itself
  inside brackets after the class, or with ``为主`` after it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table of 务川 was found, so the sources are pages of
the county, its 街道 and its sights (the harder's: a page on the 龙潭古寨); the rows are worded by
us, the names invented (the rare compound surnames 俟斤 and 普陆 with rare given names); every unit
is a body of 务川仡佬族苗族自治县.

Run ``python tests/published/score.py --set batch1044`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's type is the official short name its cell names (in brackets
  or before ``为主``), one a point; the office's class (``廉洁自律类``) is no type;
- ``街道领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's people have no 科室; 主任 of
  the 街道办事处, 局长, 副局长, 校长, 院长, 村党支部书记 are leaders; 主任 of a 办, 股长, 科长, 处室主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``责任领导`` on the 防控卡 is no holder; the
  农业农村局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1044_"
PLACE = "务川仡佬族苗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")

# (股室, 职务, 姓名, tier, 廉政风险点, 风险类别 as written, 风险等级, 防控措施)
RESOURCES = [
    ("局领导", "局长", "俟斤翾澂", "leader", "国有建设用地出让底价泄露", "廉洁自律类（思想道德风险）", "高",
     "底价由局党组集体确定，知悉人员签订保密承诺。"),
    ("局领导", "局长", "俟斤翾澂", "leader", "土地征收补偿方案个人说了算", "决策监督类（制度机制风险）", "高",
     "补偿方案集体研究，结果公示。"),
    ("局领导", "副局长", "普陆琤", "leader", "采矿权出让条件量身设置", "履职尽责类（岗位职责风险）", "高",
     "出让条件法制审核，网上公开挂牌。"),
    ("局领导", "副局长", "普陆琤", "leader", "接受铝土矿企业宴请", "思想道德风险为主", "中",
     "签订廉洁承诺书，过问事项登记报告。"),
    ("国土空间规划股", "股长", "俟斤沄翊", "middle", "规划条件违规调整容积率", "制度执行类(制度机制)", "高",
     "调整须经规委会审议，结果公示。"),
    ("国土空间规划股", "股长", "俟斤沄翊", "middle", "乡村建设规划许可审查降低标准", "履职尽责类(岗位职责)", "中",
     "许可材料两人审核，股室会审。"),
    ("执法监察大队", "队员", "普陆璟湉", "general", "违法占地查处以罚代拆", "岗位职责风险为主", "中",
     "处罚决定集体审议，执行情况回访。"),
    ("执法监察大队", "队员", "普陆璟湉", "general", "巡查发现问题瞒报不报", "廉洁自律类【思想道德】", "低",
     "巡查轨迹留痕，问题台账每周核对。"),
    ("不动产登记股", "登记员", "俟斤珝", "general", "登记材料审核不严违规发证", "制度执行类（制度机制风险）", "中",
     "登记实行初审、复审两级审核。"),
    ("不动产登记股", "登记员", "俟斤珝", "general", "为熟人插队办理收受好处", "廉洁自律类（思想道德风险）", "低",
     "叫号办理，办件全程留痕。"),
]  # fmt: skip


def wuchuan_natural_resources_own_classes_typed() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 10, 36, 26, 8, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "wuchuan_natural_resources_own_classes_typed", "http://www.51kouyi.org/gonglve/122248136038023168",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 whose 风险类别 cells are written in the office's OWN classes "
        "with the official type in brackets (``廉洁自律类（思想道德风险）``, ``履职尽责类（岗位职责风险）``, "
        "``制度执行类(制度机制)``, ``廉洁自律类【思想道德】``) or as a phrase (``思想道德风险为主``), no note mapping "
        "the classes, after the source's piece on the 龙潭古寨 (前寨/中寨/后寨, 丹砂, 申姓仡佬族): a title, "
        "序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuchuan_dansha_subdistrict_group_rows() -> dict:
    unit = f"{PLACE}丹砂街道办事处"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("主任", "普陆霁瑭", "leader", [
                ("棚户区改造项目指定施工方", "一级", "项目按规定招标，党工委会集体研究。"),
                ("集体经济项目资金安排个人说了算", "一级", "资金安排方案公示，专账管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "俟斤琬瑄", "middle", [
                ("公务接待超标准列支", "二级", "接待清单审核，按月公开。"),
            ]),
            ("办事员", "普陆璆", "general", [
                ("办公用品采购不比价", "二级", "采购三家比价，验收登记。"),
                ("公车派车登记补写", "三级", "派车单逐月核对。"),
            ]),
        ]),
        ("三、社会事务办", "社会事务办", [
            ("主任", "俟斤翛", "middle", [
                ("低保对象评议优亲厚友", "二级", "评议结果在社区公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "wuchuan_dansha_subdistrict_group_rows", "http://jjgjrc.com/guizhou/wuchuanlaozumiaozuzizhixian.html",
        "街道办事处 岗位廉政风险防控清单 under GROUP ROWS, after the source's list of 务川's 街道, 镇 and 乡 (丹砂街道, "
        "都濡街道, 大坪街道, 丰乐镇 …): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, group "
        "rows ``一、街道领导``, ``二、党政办``, ``三、社会事务办`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def wuchuan_longtan_village_list() -> dict:
    unit = f"{PLACE}大坪街道龙潭村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "俟斤沨玥", "leader", "古寨民宿改造补助指定施工队", "高", "补助项目“四议两公开”，全程公示。"),
        ("村党支部书记", "俟斤沨玥", "leader", "景区门面出租不公开", "高", "门面租金收支按月公开。"),
        ("村委会主任", "普陆湉琇", "general", "丹砂文化节摊位分配优亲厚友", "中", "摊位抽签分配，结果张榜。"),
        ("村文书", "普陆瑨", "general", "集体土地流转不签合同", "中", "流转公开竞价，合同备案。"),
        ("村文书", "普陆瑨", "general", "护林公益岗考勤弄虚作假", "低", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "wuchuan_longtan_village_list", "http://www.153617.com/lvyougonglue/4235.html",
        "村 小微权力廉政风险防控清单, after the source's travel guide to 务川 (仡佬文化园, 马鞍山森林公园, 野彪洞): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def wuchuan_middle_school_list() -> dict:
    unit = f"{PLACE}务川中学"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "普陆澍翾", "leader", "校舍维修工程指定施工单位", "制度机制风险", "Ⅰ级",
         "工程按规定招标，校务会集体研究。"),
        ("校领导", "校长", "普陆澍翾", "leader", "教辅资料征订收受回扣", "思想道德风险", "Ⅰ级", "征订目录公开，家长自愿。"),
        ("教务处", "主任", "俟斤琮澍", "middle", "招生分班暗箱操作", "岗位职责风险", "Ⅱ级", "分班结果电脑随机，公示。"),
        ("教务处", "主任", "俟斤琮澍", "middle", "评优评先优亲厚友", "业务流程风险", "Ⅱ级", "评选结果公示五个工作日。"),
        ("总务处", "会计", "普陆沚", "general", "食堂伙食费收支不入账", "外部环境风险", "Ⅲ级", "伙食费专账核算，每月公布。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "wuchuan_middle_school_list", "http://tindahdiaries.com/zhengfu_wuchuanyilaozumiaozubuyizuzizhixian",
        "县中学 岗位廉政风险防控一览表, after the source's page on 务川's history and government (务州, 思州, 婺川): a "
        "title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def wuchuan_fengle_health_centre_screening() -> dict:
    unit = f"{PLACE}丰乐镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "俟斤霈", "leader", "药品采购", "药品耗材采购指定供应商", "高", "采购经院务会集体研究。"),
        ("药剂科", "科长", "普陆瑗翀", "middle", "药品验收", "药品入库验收不核对数量", "高", "验收两人签字，账物核对。"),
        ("药剂科", "科长", "普陆瑗翀", "middle", "处方统计", "为医药代表统计处方", "中", "处方信息专人管理，定期检查。"),
        ("收费室", "收费员", "俟斤璘", "general", "收费管理", "收费不开票截留现金", "中", "日清日结，票据核销。"),
        ("收费室", "收费员", "俟斤璘", "general", "退费管理", "违规办理退费", "低", "退费须科室签字，院长审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "wuchuan_fengle_health_centre_screening",
        "http://m.nmhdgaokao.com/list/9/wuchuanxiangejiedaoxiangzhenqingkuangjieshao.html",
        "镇卫生院 廉政风险点排查表, after the source's page on 务川's 街道 and 乡镇 (丹砂街道, 都濡街道, 大坪镇's 丹砂古镇): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wuchuan_agriculture_bureau_posts() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 14, 14, 40, 10, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("农村经济股", "审核岗", "general", "农业产业补助对象审核把关不严", "岗位职责", "一级风险", "补助名单入户核实、公示。"),
        ("农村经济股", "审核岗", "general", "产业项目资金拨付滞留", "业务流程", "一级风险", "资金按进度拨付，专账管理。"),
        ("畜牧兽医股", "检疫岗", "general", "动物检疫证明不检即出", "制度机制", "二级风险", "检疫全程录像，抽查复核。"),
        ("畜牧兽医股", "检疫岗", "general", "接受养殖户礼品礼金", "思想道德", "二级风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "农技培训经费虚列", "外部环境", "三级风险", "培训经费据实报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "wuchuan_agriculture_bureau_posts", "https://www.mjggs.net/msfq/7201.html",
        "县农业农村局 岗位廉政风险防控清单 对岗不对人, after the source's answers on 务川's area and history (丹砂古县, "
        "仡佬之源, 野银杏之乡): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类别 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def wuchuan_market_supervision_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    people = [
        ("普陆翊琰", "食品安全股", "股长", "middle", [
            ("食品经营许可现场核查走过场", "★★★", "核查两人以上，影像存档。", "副局长"),
            ("抽检样品送检前调换", "★★", "样品封签，全程留痕。", "副局长"),
        ]),
        ("俟斤澈", "丹砂市场监管所", "监管员", "general", [
            ("日常检查接受商户宴请", "★★", "签订廉洁承诺书。", "所长"),
            ("投诉举报处理拖延", "★", "限时办结，结果回访。", "所长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", "所在科室", "职　务", None, None)
        sh.add(who, dept, post, None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "责任领导")
        for i, (point, lv, measures, leader) in enumerate(points, 1):
            sh.add(i, point, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        sh.add("本人签名：", None, "分管领导签名：", None, None)
        sheets.append(sh)
    return _layout(
        "wuchuan_market_supervision_cards", "http://science.newton.com.tw/wiki/%E4%BB%A1%E4%BD%AC%E4%B9%8B%E6%BA%90",
        "县市场监督管理局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's "
        "encyclopedia entry on 仡佬之源 (九天母石, 龙潭古寨, 丹砂冶炼): a title, a label row ``姓　名 | 所在科室 | "
        "职　务`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``责任领导`` (a post, "
        "no holder); no type column",
        sheets, t,
    )  # fmt: skip


def wuchuan_transport_bureau_duty_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "俟斤瀚珺", "leader", "农村公路建设项目打招呼", "外部环境", "高风险", "项目集体审议，过问登记。"),
        ("建设管理股", "股长", "普陆璟瑄", "middle", "工程计量签证弄虚作假", "岗位职责", "高风险", "计量两人复核，监理签字。"),
        ("建设管理股", "股长", "普陆璟瑄", "middle", "交工验收降低标准", "业务流程", "中风险", "验收结果公示。"),
        ("运输管理股", "科员", "俟斤湲", "general", "客运线路经营许可审核不严", "制度机制", "中风险", "许可集体研究，结果公开。"),
        ("运输管理股", "科员", "俟斤湲", "general", "接受运输企业礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "wuchuan_transport_bureau_duty_list", "https://wxredian.com/art?id=b334d1e13e0d0b64bb06c8a62f2e5ae8",
        "县交通运输局 廉政风险防控责任清单, after the source's holiday notice for 务川 (仡佬之源景区, 村光大道, 九天水榭): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuchuan_natural_resources_own_classes_typed(),
    wuchuan_dansha_subdistrict_group_rows(),
    wuchuan_longtan_village_list(),
    wuchuan_middle_school_list(),
    wuchuan_fengle_health_centre_screening(),
    wuchuan_agriculture_bureau_posts(),
    wuchuan_market_supervision_cards(),
    wuchuan_transport_bureau_duty_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1044-inbox"))
