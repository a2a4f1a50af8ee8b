"""The five-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 国资 and
国有企业 bodies, 大通回族土族自治县 (西宁市, 青海) — the 国有资产服务中心, the 城市投资建设有限公司 and its
资产经营分公司, the 水务有限公司 and its 城区污水处理厂, the 供热有限公司, the 公共交通有限公司 and its
维修保养厂 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 国有资产服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 城投公司's 资产经营分公司's 一览表: ``部门 | 岗位 | 责任人`` merged per person before
  ``风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 水务有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` / ``二、营业收费部`` merged across:
  ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 城区污水处理厂's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 供热有限公司's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉洁风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 公共交通有限公司's 责任清单: ``部门 | 岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``,
  short types;
- the 维修保养厂's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在车间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``.

One is harder:

- ``datong_urban_invest_hml_letters``: the 城市投资建设有限公司's 廉洁风险登记表, kept as the company's
  内控 risk register is kept: ``序号 | 部门 | 岗位 | 责任人 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施``,
  and every cell under ``风险等级`` is one Latin capital, ``H``, ``M`` or ``L`` — the initials of
  High / Medium / Low that risk registers after ISO 31000 and the 风险矩阵 templates write — with
  no note, no legend and no bracket in the heading telling what they mean. The shape is about HOW
  THE LEVEL IS WRITTEN. The README's 读得懂的表 knows Chinese level words, Roman numerals, stars,
  capital numerals, degrees, control grades, coloured dots and emoji, and letters only when a
  note explains them (``A为高风险``); it says bare ``A/B/C`` are not guessed. ``H/M/L`` are not an
  arbitrary code like ``A/B/C``: they are English words' initials with one meaning in every risk
  register; no earlier batch writes levels as ``H/M/L`` (grep finds no ``"H"``, ``High`` or
  ``H/M/L`` in batch*.py) and none of the shapes listed as known does.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a template page of 风险评估标准
and 风险等级划分; a city's 行政事业性国有资产出租管理办法 — 出租, 公开招租, 评估; a page on 政府资产
管理服务平台 — 资产整合, 动态监管, 处置; a 水务集团's visit to its 水厂 — 水质, 管网, 抄表收费; a page
on what 居民排水费 costs — 污水处理费; a page on 热力公司 收费依据 — 供暖费, 面积核定; a 公交公司's
page on 售票员 and 车队 — 票款, 调度; a page on who manages buses — 车辆保养维修, 汽修厂) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of
大通回族土族自治县 (``unit_words=("大通回族土族自治县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch544`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``H``, ``M`` and ``L`` under ``风险等级`` are 1, 2 and 3 (High, Medium, Low);
  the types are the ``风险类别`` column's;
- ``中心领导``, ``公司领导`` are the 科室 of those leaders; a 中心's 科 or 股, a company's 部, a 厂's
  班组 or 车间 are 科室; a group row ``一、公司领导`` gives the 科室 ``公司领导``, ``二、营业收费部`` the 科室
  ``营业收费部`` (its number left off), as batch 280 and 541 did; the 供热 cards name no 科室 (none
  is written); the 维修保养厂's sheets write a 车间 in ``所在车间`` and that is their 科室;
- every body is a unit of its own (a 分公司 and a 厂 too): a 中心's 主任 and 副主任, a company's 总经理
  and 副总经理, a 分公司's 经理, a 厂's 厂长 are leaders; 科长, 部长, 车间主任, 队长 and 班长 are
  middle; the rest (会计, 出纳, 收费员, 抄表员, 化验员, 调度员, 维修工 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and name
  no holder; the 污水处理厂's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险`` and ``H/M/L`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b544_"
PLACE = "大通回族土族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"H": 1, "M": 2, "L": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 责任人, tier, [(廉洁风险点, 风险类别, H/M/L, 防控措施)])
REGISTER = [
    ("公司领导", "总经理", "禚翊玹", "leader", [
        ("重大投资项目决策个人说了算", "制度机制", "H", "严格执行“三重一大”集体决策，会议纪要存档。"),
        ("融资中介机构选定暗箱操作", "岗位职责", "M", "中介机构比选结果经董事会审定。"),
    ]),
    ("工程管理部", "部长", "鄢琨翃", "middle", [
        ("工程签证变更把关不严", "业务流程", "H", "变更签证实行监理、跟审、部门三方会签。"),
        ("接受施工单位宴请礼品", "外部环境", "M", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("财务融资部", "出纳", "覃骎潆", "general", [
        ("资金支付不按审批流程", "岗位职责", "M", "支付实行经办、复核、审批分离。"),
        ("公款私存、挪用备用金", "思想道德", "L", "每月盘点库存现金，银行对账由他人完成。"),
    ]),
]  # fmt: skip


def datong_urban_invest_hml_letters() -> dict:
    unit = f"{PLACE}城市投资建设有限公司"
    sh = _Sheet("风险登记表", [6, 12, 9, 9, 30, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in REGISTER:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), LETTERS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "datong_urban_invest_hml_letters",
        "https://abg.baidu.com/tags/w7t47vogyc44bmpk266lzmfx47h5lnoixs3lxlvx22y6213",
        "(harder) 县城投公司 廉洁风险登记表, after the source's template of 风险评估标准 and 风险等级划分: "
        "序号/部门 merged/岗位 and 责任人 merged per person/廉洁风险点/short types/``风险等级`` written "
        "``H``/``M``/``L`` with no note/防控措施; 编制/审核/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def datong_assets_centre_two_sheets() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("靳翀昶", "主任", "主持全面工作", [
            ("国有资产处置审批个人决定", "一级", "处置事项经主任办公会研究，结果公示。"),
            ("监管企业负责人考核打人情分", "二级", "考核指标公开，结果集体审定。"),
        ]),
        ("逄霈珣", "副主任", "分管产权管理和统计评价", [
            ("产权登记审核降低标准", "一级", "登记材料两级审核，系统留痕。"),
            ("评估机构选用优亲厚友", "二级", "评估机构从名录库随机抽取。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资产管理科", "科长", "郗瑀翯", "middle", "资产清查数据弄虚作假", "一级", "清查结果抽样复核，与财务账核对。"),
        ("资产管理科", "科长", "郗瑀翯", "middle", "闲置资产调剂不公开", "三级", "调剂信息在平台公开。"),
        ("财务审计科", "会计", "晏沨玥", "general", "报销凭证审核把关不严", "二级", "凭证审核、复核两人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "datong_assets_centre_two_sheets",
        "https://www.yancuan.com/zcgl/198499.html",
        "县国有资产服务中心's file in two sheets, after the source's page on a 政府资产管理服务平台 "
        "(资产整合, 动态监管, 处置): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "科室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def datong_invest_leasing_branch_list() -> dict:
    unit = f"{PLACE}城市投资建设有限公司资产经营分公司"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分公司领导", "经理", "殳霁琮", "leader", "经营性房产低价出租", "岗位职责风险", "高风险",
         "出租一律公开招租，底价经评估确定。"),
        ("分公司领导", "经理", "殳霁琮", "leader", "租金减免随意审批", "制度机制风险", "中风险",
         "减免按规定报公司审批并公示。"),
        ("租赁管理部", "部长", "甄翾淏", "middle", "租赁合同到期不收回续租", "业务流程风险", "中风险",
         "合同到期前三个月预警，续租重新招租。"),
        ("租赁管理部", "收费员", "隗沅璟", "general", "收取租金不入账", "思想道德风险", "低风险",
         "租金一律对公转账，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "经理（签字）：", None, None)
    return _layout(
        "datong_invest_leasing_branch_list",
        "https://www.mz.gov.cn/gk/zfxxgk/hzgfxwj/1600305.htm",
        "县城投公司资产经营分公司 廉洁风险防控一览表, after the source's 国有资产出租管理办法 (出租, 公开招租, "
        "评估): 序号/部门 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/经理 line",
        [sh], t,
    )  # fmt: skip


def datong_water_group_rows() -> dict:
    unit = f"{PLACE}水务有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "蒉翊淳", "leader", [
                ("管网改造工程发包不规范", "高", "工程发包进入公共资源交易平台。"),
                ("水质检测结果干预", "中", "检测报告由化验室独立出具，定期送检。"),
            ]),
        ]),
        ("二、营业收费部", "营业收费部", [
            ("部长", "佴瑷珺", "middle", [
                ("水费减免核销随意", "高", "减免核销两级审批，按季公开。"),
            ]),
            ("抄表员", "厍洺翯", "general", [
                ("抄表估抄漏抄、人情水", "中", "抄表数据远传比对，定期轮换片区。"),
                ("收取用户好处费", "低", "收费票据统一管理，用户回访。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "datong_water_group_rows",
        "http://www.usambaramountainsguide.com/index.php?c=show&id=1157",
        "县水务有限公司 廉洁风险防控责任清单, after the source's 水务集团 visit to its 水厂 (水质, 管网, "
        "供水服务): 序号/岗位/姓名/廉洁风险点/高/中/低/防控措施 under GROUP ROWS ``一、公司领导``, "
        "``二、营业收费部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def datong_sewage_plant_posts() -> dict:
    unit = f"{PLACE}水务有限公司城区污水处理厂"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "厂领导", "运行班组", "化验室"
    rows = [
        (a, "厂长", "leader", "药剂采购", "絮凝剂等药剂采购指定供应商、抬高单价", "制度机制", "Ⅰ级",
         "药剂采购三家比价，验收入库两人签字。"),
        (b, "班长", "middle", "运行台账记录", "运行数据补记、改记，掩盖超标排放", "岗位职责", "Ⅱ级",
         "在线监测数据与台账每日比对。"),
        (c, "化验员", "general", "出水水质检测", "受人请托修改检测数据", "外部环境", "Ⅰ级",
         "检测原始记录留存，定期外送比对。"),
        (c, "化验员", "general", "试剂耗材领用", "试剂耗材多领私用", "思想道德", "Ⅲ级", "领用登记，按月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：化验室", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "datong_sewage_plant_posts",
        "https://www.zhetiaohe.com/ss/46fd3a2ac68c76e8d1c2bf6759fa6a3a96e18df565f1e3dcf766793b3530946a.html",
        "县污水处理厂 廉洁风险点排查表 对岗不对人, after the source's page on 居民排水费 (污水处理费): 科室 "
        "merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def datong_heating_cards() -> dict:
    unit = f"{PLACE}供热有限公司"
    t = _Truth(unit)
    cards = [
        ("副总经理", "蔺澍琛", "leader", [
            ("供热面积核定弄虚作假", "★★★", "面积核定两人以上现场测量，结果公示。"),
            ("煤炭采购验收降低标准", "★★", "煤质第三方检测，验收记录存档。"),
        ]),
        ("收费员", "郜湉霏", "general", [
            ("收取供暖费不开票据", "★★", "收费一律使用系统票据，日清日结。"),
            ("为熟人违规办理停供", "★", "停供申请现场核实，部门审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉洁风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "datong_heating_cards",
        "https://www.zhetiaohe.com/ss/8c7ee5eb71689d01e01de18e47ce3992142ae67fd3ed58df6e752e32dba191b6ae857e948c5cbb56.html",
        "县供热有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 副总经理, 收费员), after the source's "
        "page on 热力公司 收费依据 (供暖费, 面积): ``姓　名 | … | 职　务 | …``, 序号/廉洁风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def datong_bus_duty_list() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 34, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "笪蕴翀", "leader", "新能源车辆购置指定品牌", "制度机制", "一级风险",
         "购车公开招标，参数经集体论证。"),
        ("运营调度部", "队长", "濮翾泓", "middle", "线路排班优亲厚友", "岗位职责", "二级风险",
         "排班规则公开，每月公示。"),
        ("票务管理部", "票款清点员", "禤琬湜", "general", "清点票款截留私分", "思想道德", "一级风险",
         "清点全程监控，两人以上同时在场。"),
        ("票务管理部", "票款清点员", "禤琬湜", "general", "公交卡充值资金挪用", "业务流程", "三级风险",
         "充值资金日结，系统与银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, "2025年8月", None, None)
    return _layout(
        "datong_bus_duty_list",
        "http://www.tengzhoubus.com/Article/ShowArticle.asp?ArticleID=2533",
        "县公共交通有限公司 廉洁风险防控责任清单, after the source's 公交 page on 售票员 and 车队 (票款, "
        "调度): 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/short types/"
        "``一级风险/二级风险/三级风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def datong_bus_repair_selfchecks() -> dict:
    unit = f"{PLACE}公共交通有限公司维修保养厂"
    t = _Truth(unit)
    people = [
        ("缑霖翊", "厂长", "leader", "厂部", [
            ("配件采购以次充好", "高风险", "配件采购比价，入库质检。"),
            ("外委维修结算虚增", "中风险", "外委结算按工单核对，财务复核。"),
        ]),
        ("勾澈珩", "维修工", "general", "保养车间", [
            ("虚报维修工时", "中风险", "工时按派工单记录，班长签字。"),
            ("旧件私自变卖", "低风险", "旧件回收登记，集中处置。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在车间", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "公司意见：", None, None)
        sheets.append(sh)
    return _layout(
        "datong_bus_repair_selfchecks",
        "https://m.fqmxn.com/1/136731.html",
        "县公交维修保养厂 岗位廉洁风险自查表, one sheet a person (tab = the person), after the source's page "
        "on who manages buses (车辆保养维修, 汽修厂): a label row ``姓　名 | 岗　位 | 所在车间`` over values, "
        "序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 公司意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    datong_urban_invest_hml_letters(),
    datong_assets_centre_two_sheets(),
    datong_invest_leasing_branch_list(),
    datong_water_group_rows(),
    datong_sewage_plant_posts(),
    datong_heating_cards(),
    datong_bus_duty_list(),
    datong_bus_repair_selfchecks(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch544-inbox"))
