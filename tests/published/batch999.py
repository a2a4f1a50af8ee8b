"""The nine-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 温泉, 茶 and 林 bodies of one county, 石阡县 (铜仁市, 贵州省) —
the 县茶业发展中心, the 县林业局, the 县文体广电旅游局, the 城南温泉管理所, the 县殡仪馆, an 易地扶贫搬迁
安置社区 and the 县自然资源局 (its 地热矿泉水 office), and the 温泉群风景名胜区管理处 — each handing back the
一览表, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 茶业发展中心's 一览表: ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 林业局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``一级/二级/三级``;
- the 文体广电旅游局's 排查表 under ``附件2``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row,
  short types under ``风险类别``, ``高风险/中风险/低风险``;
- the 城南温泉管理所's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``;
- the 殡仪馆's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 安置社区's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 自然资源局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a
  ``注：`` line.

One is harder:

- ``shiqian_hot_spring_park_level_reasons``: the 温泉群风景名胜区管理处's 一览表 ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施`` whose ``风险等级`` cells write the level AND WHY, in one cell: the level word
  first, then a colon, a comma or a full stop and the reason it was graded so
  (``一级：门票和经营权收入集中，涉及资金量大``, ``二级，自由裁量空间较大``, ``三级。发生概率较小``). docs/layouts.md
  knows a level cell with a mark after it (``二级。``), a reason on its own line or in brackets, a
  ``定级理由`` column of its own, a label before the level (``风险等级:中``); not the level word FOLLOWED
  by its reason after a colon, comma or stop in the same line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
步六孤 and 普六茹 with rare given names); every unit is a body of 石阡县.

Run ``python tests/published/score.py --set batch999`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the word opening the ``风险等级`` cell; what follows the colon, comma
  or stop is the reason for it, no point, no level and no measures;
- ``处领导`` and ``局领导`` are the 科室 of the leaders; the 中心's, the 所's and the 社区's people have no
  科室 where no column gives one; 主任 and 副主任 (of the 中心 and the 处), 局长, 副局长, 所长 and 社区党支部书记
  are leaders; 股长 and 科长 middle; the rest (社区副主任 too) general;
- ``自查情况`` and ``填表日期`` are no points; the 殡仪馆's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b999_"
PLACE = "石阡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, 廉政风险点, 风险等级 as written: the level, then why, 防控措施, level)
PARK_ROWS = [
    ("处领导", "主任", "步六孤翾", "leader", "景区经营权发包暗箱操作、优亲厚友",
     "一级：门票和经营权收入集中，涉及资金量大", "发包方案集体研究，公开招租。", 1),
    ("处领导", "主任", "步六孤翾", "leader", "景区建设项目干预选定施工单位",
     "一级：项目投资大，领导个人意见影响大", "项目公开招标，干预登记报告。", 1),
    ("处领导", "副主任", "普六茹澂瑗", "leader", "温泉泡池改造工程验收走过场",
     "二级，自由裁量空间较大", "验收组集体验收，资料存档。", 2),
    ("票务科", "科长", "普六茹翀", "middle", "门票收入截留、坐支",
     "一级：直接经手现金，监督难度大", "电子票务系统售检，日清日结。", 1),
    ("票务科", "科长", "普六茹翀", "middle", "违规减免门票、赠送人情票",
     "二级：有一定审批权限", "减免按规定审批，月度公示。", 2),
    ("景区管理科", "科员", "步六孤沄琤", "general", "商户摊位分配收受好处",
     "三级。发生概率较小", "摊位公开摇号分配。", 3),
    ("景区管理科", "科员", "步六孤沄琤", "general", "巡查中对违规经营通风报信",
     "三级，涉及金额小、可及时发现", "巡查双人进行，记录存档。", 3),
]  # fmt: skip


def shiqian_hot_spring_park_level_reasons() -> dict:
    unit = f"{PLACE}温泉群风景名胜区管理处"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 30, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, graded, measures, lv) in enumerate(PARK_ROWS, 1):
        sh.add(n, dept, post, who, point, graded, measures)
        t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, "2025年5月")
    return _layout(
        "shiqian_hot_spring_park_level_reasons",
        "https://www.jendow.com.tw/wiki/%E7%9F%B3%E9%98%A1%E6%BA%AB%E6%B3%89%E7%BE%A4%E9%A2%A8%E6%99%AF%E5%90%8D%E5%8B%9D%E5%8D%80",
        "(harder) 风景名胜区管理处 岗位廉政风险防控一览表, after the source's account of the 石阡温泉群 国家级风景"
        "名胜区 (城南温泉, 景点, 古建筑): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险等级 written as the level AND ITS REASON in one cell (``一级：…``, ``二级，…``, ``三级。…``)/防控措施; "
        "no type column; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shiqian_tea_centre_list() -> dict:
    unit = f"{PLACE}茶业发展中心"
    sh = _Sheet("一览表", [6, 12, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "普六茹霂", "leader", "茶园建设补助资金分配优亲厚友", "高", "补助对象公示，集体研究分配。"),
        ("主任", "普六茹霂", "leader", "茶叶加工设备采购指定供应商", "中", "设备采购按政府采购程序。"),
        ("技术推广员", "步六孤澈珩", "general", "茶园面积核验弄虚作假", "中", "核验双人到场，影像留存。"),
        ("技术推广员", "步六孤澈珩", "general", "接受茶企宴请、礼品", "低", "签订廉洁承诺，定期谈话提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "shiqian_tea_centre_list", "https://www.inrrp.com.cn/html/47ef083583238b16.html",
        "县茶业发展中心 岗位廉政风险防控一览表, after the source's note on 茶叶 安全生产 种植技术规范 and 农药残留: a "
        "title, 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def shiqian_forestry_duty_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "步六孤璆", "leader", "林木采伐指标分配暗箱操作", "岗位职责风险", "一级",
         "采伐指标集体研究，结果公示。"),
        ("局领导", "局长", "步六孤璆", "leader", "接受林业企业吃请、礼金", "思想道德风险", "二级",
         "严守廉洁纪律，重大事项报告。"),
        ("资源管护股", "科员", "普六茹湉翯", "general", "护林员考核打分优亲厚友", "业务流程风险", "二级",
         "考核结果村组公示。"),
        ("资源管护股", "科员", "普六茹湉翯", "general", "森林资源管护巡查不到位", "制度机制风险", "三级",
         "巡护轨迹系统记录，月度抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    return _layout(
        "shiqian_forestry_duty_list", "http://www.wendangku.net/doc/f319230840.html",
        "县林业局 廉政风险防控责任清单, after the source's 森林资源管护责任书 (管护人员职责, 管护区域, 巡护): a title, "
        "序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def shiqian_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("排查表", [6, 14, 12, 12, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "普六茹璇", "leader", "A级景区评定推荐中收受好处", "思想道德", "高风险",
         "评定推荐集体研究，结果公示。"),
        ("旅游市场股", "股长", "步六孤瑗沚", "middle", "旅游市场检查随意减免处罚", "岗位职责", "高风险",
         "检查执法全程记录，处罚集体审议。"),
        ("旅游市场股", "股长", "步六孤瑗沚", "middle", "景区安全隐患排查走过场", "业务流程", "中风险",
         "排查清单化，隐患整改销号。"),
        ("综合股", "科员", "普六茹沨", "general", "文旅活动经费报销审核不严", "制度机制", "低风险",
         "报销票据逐张审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "shiqian_tourism_bureau_screening",
        "https://www.wencheng.gov.cn/art/2020/3/11/art_1229265061_56812969.html",
        "县文体广电旅游局 廉政风险点排查表, after the source's notice of a 旅游景区 防汛防台检查 and 隐患排查 (景区"
        "自查, 属地排查, 部门检查): ``附件2``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def shiqian_chengnan_spring_selfchecks() -> dict:
    unit = f"{PLACE}城南温泉管理所"
    t = _Truth(unit)
    people = [
        ("步六孤琰", "所长", "leader", [
            ("温泉洗浴收入账外运行", "高", "收入统一入账，按月审计。", "已落实"),
            ("泡池维修工程虚报工程量", "中", "工程量现场核实，双人签认。", "未发现问题"),
        ]),
        ("普六茹瀞翃", "收费员", "general", [
            ("收取现金不开票、截留门票款", "高", "扫码收费，日清日结。", "已落实"),
            ("为熟人免票入场", "低", "免票登记，所长审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shiqian_chengnan_spring_selfchecks", "https://nanmuxuan.com/zh-tw/leisure/qrljgilrwwb.html",
        "温泉管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of "
        "the 石阡 城南温泉 (古温泉, 泡池, 可直接饮用): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def shiqian_funeral_home_posts() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("业务科", "业务接待岗", "general", "捆绑销售骨灰盒、殡葬用品", "业务流程风险", "Ⅰ级",
         "基本服务项目价格公示，自愿选购。"),
        ("业务科", "业务接待岗", "general", "收取丧属红包", "思想道德风险", "Ⅱ级", "服务评价卡回访。"),
        ("财务科", "收费岗", "general", "擅自提高收费标准", "制度机制风险", "Ⅰ级", "收费系统锁定标准，票据核对。"),
        ("财务科", "收费岗", "general", "殡葬惠民补贴虚报冒领", "岗位职责风险", "Ⅱ级", "补贴对象与民政数据比对。"),
        ("后勤科", "物资采购岗", "general", "殡葬用品采购收受回扣", "外部环境风险", "Ⅲ级", "采购询价三家，集体议定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "shiqian_funeral_home_posts", "http://cqsbyg.cn/fengsu/5487.html",
        "县殡仪馆 岗位廉政风险防控清单 对岗不对人, after the source's 殡葬管理 实施细则 (殡葬服务机构, 公墓, 收费): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def shiqian_resettlement_community_list() -> dict:
    unit = f"{PLACE}汤山街道易地扶贫搬迁安置社区居民委员会"
    sh = _Sheet("清单", [6, 16, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党支部书记", "步六孤翙", "leader", "公益性岗位安排优亲厚友", "一级", "岗位安排居民代表会议评议。"),
        ("社区党支部书记", "步六孤翙", "leader", "扶贫车间租金减免说了算", "一级", "减免事项“四议两公开”。"),
        ("社区副主任", "普六茹珈", "general", "搬迁群众就业补贴审核不严", "二级", "补贴名单公示七天。"),
        ("社区网格员", "步六孤沅", "general", "临时救助申请代办中吃拿卡要", "三级", "代办事项登记，群众签字确认。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("居务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "shiqian_resettlement_community_list", "https://m.fx361.cc/news/2021/0911/8837180.html",
        "易地扶贫搬迁安置社区 小微权力廉政风险防控清单, after the source's study of 易地扶贫搬迁 农户 生计适应 (安置区"
        "域, 收入结构): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def shiqian_natural_resources_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "普六茹琮", "leader", "地热矿泉水采矿权出让干预评审", "思想道德风险", "高",
         "出让网上公开交易，评审专家随机抽取。"),
        ("矿产资源股", "股长", "步六孤瑄澍", "middle", "温泉开采量核查不实", "岗位职责风险", "高",
         "开采计量在线监测，季度复核。"),
        ("矿产资源股", "股长", "步六孤瑄澍", "middle", "矿业权人年度信息公示审查放松", "业务流程风险", "中",
         "抽查比例公开，结果公示。"),
        ("用途管制股", "科员", "普六茹翊", "general", "用地预审材料把关不严", "制度机制风险", "低",
         "预审双人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "shiqian_natural_resources_list", "http://paper.wenweipo.com/2012/06/11/zt1206110017.htm",
        "县自然资源局 岗位廉政风险防控一览表, after the source's feature on 石阡's 地热水资源 (出露点, 日流量, 矿泉水) "
        "and 苔茶: a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shiqian_hot_spring_park_level_reasons(),
    shiqian_tea_centre_list(),
    shiqian_forestry_duty_list(),
    shiqian_tourism_bureau_screening(),
    shiqian_chengnan_spring_selfchecks(),
    shiqian_funeral_home_posts(),
    shiqian_resettlement_community_list(),
    shiqian_natural_resources_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch999-inbox"))
