"""The one-thousand-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫健, 医保, 退役军人, 供销, 图书馆 and 水务 bodies of
one county, 惠水县 (黔南布依族苗族自治州, 贵州省) — its 好花红镇人民政府, the 辉岩村, the 卫生健康局,
the 医疗保障局, the 退役军人事务局, the 供销合作社联合社, the 图书馆 and the 水务局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 好花红镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、社会事务办``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 辉岩村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 医疗保障局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 退役军人事务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 供销合作社联合社's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, 高/中/低, no type column;
- the 图书馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``huishui_water_bureau_marks_on_measures``: the 水务局's 一览表 with NO LEVEL COLUMN — ``序号 | 科室
  | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施`` — where each row's level is the number of ``▲``
  written before its MEASURES (``▲▲▲　水利项目公开招标…``, ``▲▲　…``, ``▲　…``), a ``注`` below
  saying ``防控措施前“▲”的个数表示风险等级：▲▲▲为一级风险，▲▲为二级风险，▲为三级风险``.
  docs/layouts.md knows marks before the POINTS defined by a note (LEVEL_MARKS), ``▲`` bars in a
  level column, ``★`` a cell across unheaded columns and ``▲/●`` before points as TYPES; not the
  level's marks on the measures cell of a table with no level column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
贺葛 and 纥干 with rare given names); every unit is a body of 惠水县.

Run ``python tests/published/score.py --set batch1017`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the number of ``▲`` before its measures as the note
  gives it; the marks are no part of the measures; the ``注`` is no point;
- ``镇领导``, ``局领导``, ``馆领导`` are the 科室 of the leaders; the 村's and the 图书馆's people have
  no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 主任 (of the 联合社), 馆长 are
  leaders; 股长, 主任 (of a 镇's 中心 or 办), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 退役军人事务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``▲▲▲/▲▲/▲`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1017_"
PLACE = "惠水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
MARKS = {"▲▲▲": 1, "▲▲": 2, "▲": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, 廉政风险点, 风险类型, marks, 防控措施)
WATER = [
    ("局领导", "局长", "贺葛翀璟", "leader", "水利工程项目干预招投标", "外部环境风险", "▲▲▲",
     "项目公开招标，领导干预插手工程登记报告。"),
    ("局领导", "局长", "贺葛翀璟", "leader", "农田水利资金安排个人说了算", "制度机制风险", "▲▲▲",
     "资金安排局党组会集体研究，结果公开。"),
    ("建设管理股", "股长", "纥干沄珝", "middle", "涟江河堤工程变更签证把关不严", "岗位职责风险", "▲▲",
     "变更经监理、设计、业主三方签认。"),
    ("建设管理股", "股长", "纥干沄珝", "middle", "隐蔽工程验收不到现场", "业务流程风险", "▲▲",
     "验收留存影像资料，两人以上到场。"),
    ("水政监察大队", "执法队员", "贺葛岍", "general", "河道采砂执法中说情减罚", "思想道德风险", "▲▲",
     "执法全程记录，处罚集体审议。"),
    ("水政监察大队", "执法队员", "贺葛岍", "general", "巡河记录弄虚作假", "岗位职责风险", "▲", "巡河轨迹定位，大队每月抽查。"),
    ("办公室", "会计", "纥干瑆", "general", "水资源费收入不及时入账", "业务流程风险", "▲",
     "收费票据日清月结，定期对账。"),
]  # fmt: skip


def huishui_water_bureau_marks_on_measures() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, marks, measures) in enumerate(WATER, 1):
        sh.add(n, dept, post, who, point, typ, f"{marks}　{measures}")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), MARKS[marks])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：防控措施前“▲”的个数表示风险等级：▲▲▲为一级风险，▲▲为二级风险，▲为三级风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "huishui_water_bureau_marks_on_measures", "https://gzszx.gov.cn/gzzxb/web/doc/detail/3382/A4",
        "(harder) 县水务局 岗位廉政风险防控一览表 with NO LEVEL COLUMN, each row's level the number of ``▲`` written "
        "before its 防控措施 (``▲▲▲　…``), a 注 below giving ▲▲▲/▲▲/▲ as 一级/二级/三级, after the source's essay "
        "on 好花红 (千户布依寨, 辉岩桥, 中华布依第一堂屋): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/防控措施 with the marks; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huishui_haohuahong_town_group_rows() -> dict:
    unit = f"{PLACE}好花红镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "纥干璆翃", "leader", [
                ("乡村旅游区基础设施项目指定施工方", "高", "项目按规定比选，镇党委会集体研究。"),
                ("金钱橘产业奖补资金分配个人说了算", "高", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "贺葛澈", "middle", [
                ("刺梨种植补贴面积核实不严", "中", "面积入户核实，村组公示。"),
            ]),
            ("农技员", "纥干湉", "general", [
                ("农资发放优亲厚友", "中", "发放名单公示，领取签字。"),
                ("农技培训签到弄虚作假", "低", "培训留存影像资料。"),
            ]),
        ]),
        ("三、社会事务办", "社会事务办", [
            ("主任", "贺葛琰翾", "middle", [
                ("临时救助审核把关不严", "中", "救助对象入户调查，集体评议。"),
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
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "huishui_haohuahong_town_group_rows", "https://haijiao.cn/post/643739.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's travel guide to 惠水 (好花红乡, 涟江公园, "
        "红石滩, 九龙寺): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、镇领导``, "
        "``二、农业服务中心``, ``三、社会事务办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huishui_huiyan_village_list() -> dict:
    unit = f"{PLACE}好花红镇辉岩村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "贺葛霂澂", "leader", "农家乐集体用地租金收支不公开", "一级风险", "租金收支按月公开。"),
        ("村党支部书记", "贺葛霂澂", "leader", "寨内风雨廊修缮工程指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "纥干琛", "general", "危房改造对象评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "贺葛沨", "general", "集体林地流转不签合同", "二级风险", "流转公开竞价，合同备案。"),
        ("村文书", "贺葛沨", "general", "公益岗位考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "huishui_huiyan_village_list", "http://www.huishui.ccoo.cn/forum/thread-9557447-1-1.html",
        "村 小微权力廉政风险防控清单, after the source's forum essay on 好花红 (涟江, 辉岩古寨, 刺梨花, 布依山歌): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def huishui_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "纥干珩瑗", "leader", "医疗设备采购干预招标", "思想道德风险", "Ⅰ级",
         "采购公开招标，领导干预登记报告。"),
        ("局领导", "局长", "纥干珩瑗", "leader", "卫生项目资金安排个人说了算", "制度机制风险", "Ⅰ级",
         "资金安排局党组会集体研究。"),
        ("医政股", "股长", "贺葛澜翊", "middle", "医疗机构校验审核不严", "岗位职责风险", "Ⅱ级", "校验材料两人复核。"),
        ("医政股", "股长", "贺葛澜翊", "middle", "医疗纠纷调处偏袒一方", "业务流程风险", "Ⅱ级", "调处过程全程记录。"),
        ("综合监督执法大队", "执法员", "纥干霈", "general", "对无证行医通风报信", "外部环境风险", "Ⅲ级",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "huishui_health_bureau_list", "https://tag.chinawriter.com.cn/member/tqtqwtqwetqwen/viewarchives_784397.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's essay 绿美惠水 (盘山公路, 竹林, 梯田, 非遗): a title, "
        "序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def huishui_medical_security_duty_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贺葛璟澄", "leader", "定点医药机构准入打招呼", "外部环境", "高风险",
         "准入集体评审，过问登记。"),
        ("医药服务管理股", "股长", "纥干沨琬", "middle", "医保基金拨付审核不严", "岗位职责", "高风险",
         "拨付两级审核，定期对账。"),
        ("医药服务管理股", "股长", "纥干沨琬", "middle", "违规使用医保基金查处放水", "业务流程", "中风险",
         "查处结果集体审议。"),
        ("待遇保障股", "科员", "贺葛璠", "general", "慢特病认定把关不严", "制度机制", "中风险", "认定专家评审。"),
        ("待遇保障股", "科员", "贺葛璠", "general", "接受定点药店礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "huishui_medical_security_duty_list", "http://www.pishu.com.cn/skwx_ps/ps/literature?ID=12026038&SiteID=14",
        "县医疗保障局 廉政风险防控责任清单, after the source's notes on 好花红村 (涟江河, 红树圃, 农家乐, 布依铜鼓): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def huishui_veterans_bureau_posts() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("优抚股", "优抚岗", "general", "优抚对象资格认定审核不严", "岗位职责风险", "一级", "资格认定集体审核，结果公示。"),
        ("优抚股", "优抚岗", "general", "抚恤补助资金虚报冒领", "业务流程风险", "一级", "补助资金直达个人账户。"),
        ("安置股", "安置岗", "general", "退役士兵安置岗位分配不公", "制度机制风险", "二级", "安置岗位公开选岗。"),
        ("安置股", "安置岗", "general", "接受安置对象礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "慰问物资采购不比价", "外部环境风险", "三级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "huishui_veterans_bureau_posts", "http://www.hbzqbyyxgs.com/citiao/108411.html",
        "县退役军人事务局 岗位廉政风险防控清单 对岗不对人, after the source's entry on 惠水 涟江公园 and 涟江水利风景区 "
        "(涟江大坝, 好花红民族文化): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huishui_supply_coop_screening() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "纥干翃瀚", "leader", "项目安排", "农产品冷链项目化整为零规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("业务科", "科长", "贺葛璇霁", "middle", "网点建设", "基层网点补助超标准审批", "高", "补助申请集体审核。"),
        ("业务科", "科长", "贺葛璇霁", "middle", "农资储备", "化肥储备数量核查走过场", "中", "储备库存两人盘点。"),
        ("财务科", "出纳", "纥干琇", "general", "资金收付", "社有资产租金收取不入账", "中", "租金收入开具票据，日清月结。"),
        ("财务科", "出纳", "纥干琇", "general", "票据管理", "收据领用不登记", "低", "票据领用台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "huishui_supply_coop_screening", "http://ly.web258.cn/show/i63418.html",
        "县供销合作社联合社 廉政风险点排查表, after the source's entry on 清水苑 (摆金镇, 摆郎河, 布依族村寨, 四月八): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huishui_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("贺葛澍瑀", "馆长", "leader", [
            ("图书采购指定供应商", "一级", "采购公开比选，结果公示。", "已落实"),
            ("接受书商礼品礼金", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("纥干沅琤", "管理员", "general", [
            ("阅览室场地出借不登记", "二级", "场地出借审批登记。", "已落实"),
            ("过期图书剔旧不经审核", "三级", "剔旧清单馆务会审定。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "馆领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huishui_library_selfchecks", "https://fx361.cc/page/2018/0529/16852151.shtml",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of 黔中 "
        "白水河谷 布依聚落 公共空间 (街巷, 水井, 寨门): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huishui_water_bureau_marks_on_measures(),
    huishui_haohuahong_town_group_rows(),
    huishui_huiyan_village_list(),
    huishui_health_bureau_list(),
    huishui_medical_security_duty_list(),
    huishui_veterans_bureau_posts(),
    huishui_supply_coop_screening(),
    huishui_library_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1017-inbox"))
