"""The one-thousand-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 农业, 园区, 乡村 and 文旅 bodies of one county, 麻江县
(黔东南苗族侗族自治州, 贵州省) — its 下司镇人民政府, the 光明村, the 蓝莓产业发展中心, the 文体广电旅游局,
the 农文旅园区管委会, the 供销合作社联合社, the 土壤肥料工作站 and the 农业农村局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 下司镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、文化旅游服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 光明村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 蓝莓产业发展中心's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 文体广电旅游局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 农文旅园区管委会's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 供销合作社联合社's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 土壤肥料工作站's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``majiang_agriculture_own_scale_with_reasons``: the 农业农村局's 岗位廉政风险防控一览表, a plain list
  (``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types) whose 风险等级 is the table's
  OWN three-step scale ``较高/一般/较低`` — and each level cell goes on, in the same line, with the
  reason for it after a colon, a comma, a semicolon or a full stop (``较高：涉及补贴资金量大，审核
  裁量空间大``, ``一般，有一定自由裁量空间``, ``较低。发生概率较小``). docs/layouts.md knows a table
  using exactly ``较高/一般/较低`` as its own scale (LEVEL_SCALE: Ⅰ/Ⅱ/Ⅲ, though the vocabulary reads
  ``较高`` as Ⅱ级), and a level cell with its reason after it (LEVEL_WITH_REASON); not the two at
  once, where the scale's words are seen only at the head of each cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
越勒 and 去斤 with rare given names); every unit is a body of 麻江县.

Run ``python tests/published/score.py --set batch1007`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the three words ``较高/一般/较低`` are the table's own scale, top to bottom
  Ⅰ/Ⅱ/Ⅲ (the table uses all three and nothing else); the text after the level word is its reason,
  no level, point or measure of its own;
- ``镇领导``, ``局领导``, ``中心领导``, ``园区领导``, ``社领导`` are the 科室 of the leaders; the 村's and the
  站's people have no 科室 where no column gives one; 镇长, 副镇长, 局长, 副局长, 主任, 理事会主任,
  站长, 村党支部书记 are leaders; 股长, 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  园区管委会's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1007_"
PLACE = "麻江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险等级 as typed: the scale's word and its reason, 防控措施)
REASONED = [
    ("局领导", "局长", "越勒珝沄", "leader", "蓝莓产业奖补资金分配个人说了算", "制度机制风险",
     "较高：涉及奖补资金量大，分配裁量空间大", "奖补资金分配局党组会集体研究，结果公示。"),
    ("局领导", "局长", "越勒珝沄", "leader", "接受农资经营企业宴请、礼金", "思想道德风险",
     "一般，与服务对象交往较多", "签订廉洁承诺书，节前廉政提醒。"),
    ("农村经营管理股", "股长", "去斤瑗翚", "middle", "耕地地力保护补贴面积审核不实", "岗位职责风险",
     "较高；补贴面广，审核把关责任重", "补贴面积村组公示，股室交叉抽查。"),
    ("农村经营管理股", "股长", "去斤瑗翚", "middle", "土地流转合同备案走过场", "业务流程风险",
     "较低。发生概率较小，影响有限", "备案材料两人审核，台账管理。"),
    ("农产品质量安全股", "科员", "越勒沇", "general", "农产品抽检选择性抽样", "岗位职责风险",
     "一般：抽样环节有一定自由裁量", "抽样两人以上，样品编码盲检。"),
    ("农产品质量安全股", "科员", "越勒沇", "general", "对不合格产品通风报信", "外部环境风险",
     "较高，一旦发生社会影响大", "检测结果直报，定期轮岗。"),
    ("农产品质量安全股", "科员", "越勒沇", "general", "检测耗材领用不登记", "制度机制风险",
     "较低：涉及金额小", "耗材出入库台账管理。"),
]  # fmt: skip


def majiang_agriculture_own_scale_with_reasons() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 18, 8, 10, 36, 14, 34, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(REASONED, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv[:2]])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "majiang_agriculture_own_scale_with_reasons",
        "http://journal.crnews.net/ncpsczk/2022n/d22q/fwdl/951596_20221206074121.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表 whose 风险等级 is the table's OWN scale ``较高/一般/较低`` with "
        "the REASON after each level in the same cell, after the source's account of 麻江蓝莓 (地理标志, 有机认证, "
        "一县一业): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``较高：…``, ``一般，…``, ``较高；…``, ``较低。…``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def majiang_xiasi_town_group_rows() -> dict:
    unit = f"{PLACE}下司镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "去斤璩沨", "leader", [
                ("古镇风貌改造项目指定施工队伍", "一级风险", "项目按规定比选，结果公示。"),
                ("码头商铺招租暗箱操作", "一级风险", "招租公开竞价，镇党委会研究。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "越勒琤翙", "middle", [
                ("草莓种植补助面积核实不实", "二级风险", "补助面积村组公示，镇级抽查。"),
            ]),
            ("农技员", "去斤湜", "general", [
                ("农资发放优亲厚友", "二级风险", "发放名单公示，签字领取。"),
                ("农技培训签到造假", "三级风险", "培训照片和签到表存档。"),
            ]),
        ]),
        ("三、文化旅游服务中心", "文化旅游服务中心", [
            ("主任", "越勒瀚瑭", "middle", [
                ("龙舟节活动经费报账不实", "二级风险", "活动经费按预算执行，票据审核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "majiang_xiasi_town_group_rows", "http://news.cnair.com/c/201506/63150.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of 下司古镇's 修复 and 旅游 (商埠, "
        "苗侗风情, 清水江): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、农业服务中心``, ``三、文化旅游服务中心`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def majiang_guangming_village_list() -> dict:
    unit = f"{PLACE}宣威镇光明村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "越勒峣澈", "leader", "蓝莓基地土地流转租金截留", "一级", "租金直接打卡到户，村务公开。"),
        ("村党支部书记", "越勒峣澈", "leader", "村集体采摘园收益分配不公开", "一级", "收益分配方案村民大会表决。"),
        ("村委会副主任", "去斤翀璎", "general", "临时救助评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "去斤霡", "general", "集体收入坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "去斤霡", "general", "务工工资发放虚报人数", "三级", "工资发放名单村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "majiang_guangming_village_list", "http://henan.xzqydb.com/article/202206/3237.html",
        "村 小微权力廉政风险防控清单, after the source's report of 麻江 蓝莓 采摘期 (蓝梦谷, 订单销售, 农旅融合): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def majiang_blueberry_center_list() -> dict:
    unit = f"{PLACE}蓝莓产业发展中心"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "去斤琰翯", "leader", "种苗采购干预供应商选定", "思想道德风险", "高",
         "种苗采购公开招标，领导干预登记报告。"),
        ("中心领导", "主任", "去斤琰翯", "leader", "产业扶持资金分配个人说了算", "制度机制风险", "高",
         "资金分配集体研究并公示。"),
        ("种植技术股", "股长", "越勒瀞玥", "middle", "标准化示范园验收降低标准", "岗位职责风险", "中",
         "验收邀请专家参加，影像留存。"),
        ("种植技术股", "股长", "越勒瀞玥", "middle", "技术服务中收受果农好处", "外部环境风险", "中",
         "服务记录公开，设立举报电话。"),
        ("市场营销股", "科员", "去斤岚", "general", "展销活动费用报账不实", "业务流程风险", "低",
         "费用按合同结算，票据审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "majiang_blueberry_center_list", "http://www.jizihe.com/page/2019/0618/12945535.shtml",
        "县蓝莓产业发展中心 岗位廉政风险防控一览表, after the source's account of 麻江's 蓝莓 示范园区 (蓝梦谷, 产业链, "
        "致富果): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def majiang_culture_bureau_duty_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "越勒瑆湲", "leader", "景区经营权出让打招呼", "外部环境", "高风险",
         "出让方案集体研究，过问登记。"),
        ("文物股", "股长", "去斤澂琮", "middle", "会馆修缮工程验收降低标准", "岗位职责", "高风险",
         "验收邀请专家参加，结果公示。"),
        ("文物股", "股长", "去斤澂琮", "middle", "文物保护项目申报材料审核不严", "业务流程", "中风险",
         "申报材料集体评审。"),
        ("旅游市场股", "科员", "越勒翮", "general", "旅游市场检查中接受宴请", "思想道德", "中风险",
         "检查两人以上，执行工作纪律。"),
        ("旅游市场股", "科员", "越勒翮", "general", "星级农家乐评定不按标准", "制度机制", "低风险",
         "评定结果公示，接受监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "majiang_culture_bureau_duty_list", "https://eotui.com/travel/451835.html",
        "县文体广电旅游局 廉政风险防控责任清单, after the source's piece on a 黔东南 古镇's 规划 and 经营权 (商埠文化, 4A "
        "景区, 小上海): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def majiang_park_committee_posts() -> dict:
    unit = f"{PLACE}农文旅园区管理委员会"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("招商服务科", "招商岗", "general", "入园企业优惠政策兑现把关不严", "岗位职责风险", "Ⅰ级",
         "兑现事项集体审议，结果公开。"),
        ("招商服务科", "招商岗", "general", "向入园企业索要好处", "思想道德风险", "Ⅰ级", "招商人员定期轮岗。"),
        ("规划建设科", "工程管理岗", "general", "交易中心厂房工程变更签证不实", "业务流程风险", "Ⅱ级",
         "变更签证现场核实，多方会签。"),
        ("规划建设科", "工程管理岗", "general", "冷库设备采购验收不严", "外部环境风险", "Ⅱ级",
         "验收两人以上，台账管理。"),
        ("综合办公室", "财务岗", "general", "园区运营经费报销票据不实", "制度机制风险", "Ⅲ级",
         "报销票据逐张审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "majiang_park_committee_posts", "http://www.lunpang.cn/2022/0414/270611.shtml",
        "县农文旅园区管理委员会 岗位廉政风险防控清单 对岗不对人, after the source's report of 麻江 蓝莓 收获季 (蓝莓交易"
        "中心, 深加工, 产业链): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def majiang_supply_coop_screening() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("社领导", "理事会主任", "越勒沣瑀", "leader", "冷库租赁", "冷库低价租给关系户", "高风险",
         "租赁价格集体研究，结果公示。"),
        ("业务科", "科长", "去斤琬湫", "middle", "冷链补助", "冷藏车购置补助虚报冒领", "高风险",
         "补助车辆现场核验，影像留存。"),
        ("业务科", "科长", "去斤琬湫", "middle", "农资调运", "农资调运以次充好", "中风险", "农资进库检验登记。"),
        ("财务科", "会计", "越勒翯", "general", "资金往来", "往来款长期挂账不清理", "中风险", "往来款按季对账。"),
        ("财务科", "会计", "越勒翯", "general", "票据管理", "收款票据不连号使用", "低风险", "票据领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "majiang_supply_coop_screening", "http://wanshidatex.com/html/52f299887.html",
        "县供销合作社联合社 廉政风险点排查表, after the source's account of 麻江 蓝莓's 冷链贮运 (万吨冷库, 冷藏运输车, "
        "加工单品): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def majiang_soil_station_selfchecks() -> dict:
    unit = f"{PLACE}土壤肥料工作站"
    t = _Truth(unit)
    people = [
        ("去斤湛璁", "站长", "leader", [
            ("测土配方施肥项目资金分配不公", "高", "项目资金集体研究并公示。", "已落实"),
            ("接受肥料企业礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("越勒沅璆", "化验员", "general", [
            ("锌硒土壤检测数据随意更改", "中", "检测数据系统留痕，复核签字。", "已落实"),
            ("化验试剂采购不比价", "低", "试剂采购三家比价。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "majiang_soil_station_selfchecks", "https://13l.net/l/1516821432374896540.html",
        "县土壤肥料工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's answer "
        "on 麻江's 锌硒 土壤 (含锌、硒, 三江源头): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    majiang_agriculture_own_scale_with_reasons(),
    majiang_xiasi_town_group_rows(),
    majiang_guangming_village_list(),
    majiang_blueberry_center_list(),
    majiang_culture_bureau_duty_list(),
    majiang_park_committee_posts(),
    majiang_supply_coop_screening(),
    majiang_soil_station_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1007-inbox"))
