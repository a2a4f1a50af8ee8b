"""The one-thousand-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 教育, 市场监管, 人社, 统计, 文化馆 and 林业 bodies of
one county, 贵定县 (黔南布依族苗族自治州, 贵州省) — its 盘江镇人民政府, the 音寨村, the 教育局, the
市场监督管理局, the 人力资源和社会保障局, the 统计局, the 文化馆 and the 林业局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 盘江镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、应急管理办``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 音寨村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 市场监督管理局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 人力资源和社会保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级/二级/三级``; no names;
- the 统计局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, 高/中/低, no type column;
- the 文化馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``guiding_forestry_bureau_stage_rows_levels``: the 林业局's 一览表 with NO LEVEL COLUMN — ``序号 |
  科室 | 岗位 | 姓名 | 工作环节 | 廉政风险点 | 防控措施`` — where each person's points are grouped
  under 环节 ROWS: a row with no 序号, its 工作环节 cell ``造林项目审批——一级风险`` (the stage, a
  dash, the level), its point and measures cells EMPTY; the numbered rows under it (their 工作环节
  blank) are that stage's points and all take the level the 环节 row gives, until the next 环节
  row. ``科室``, ``岗位`` and ``姓名`` are merged over the person's rows, 环节 rows included.
  docs/layouts.md knows group rows merged across that end with a level (``（风险等级：高）``),
  ``一、一级风险点`` group rows, a 环节 cell merged down over its points with the level in brackets
  (LEVEL_IN_STAGE_CELL); not a 环节 ROW in the stage column over unmerged points whose level follows
  the stage after a dash.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
须卜 and 贺若 with rare given names); every unit is a body of 贵定县.

Run ``python tests/published/score.py --set batch1020`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one its 环节 row gives after the dash; the 环节 rows
  are no points; the stage is the 环节 row's stage without the level;
- ``镇领导``, ``局领导``, ``馆领导`` are the 科室 of the leaders; the 村's and the 文化馆's people have
  no 科室 where no column gives one; 镇长, 局长, 村党支部书记, 馆长 are leaders; 股长, 主任 (of a 镇's
  中心 or 办), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 人社局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1020_"
PLACE = "贵定县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(环节, level word, [(廉政风险点, 防控措施)])])
FOREST = [
    ("局领导", "局长", "须卜翀瑄", "leader", [
        ("造林项目审批", "一级风险", [
            ("石漠化治理造林项目指定施工单位", "项目公开招标，局党组会集体研究。"),
            ("造林补助资金安排个人说了算", "资金分配方案公示，专户管理。"),
        ]),
    ]),
    ("资源管理股", "股长", "贺若沄琮", "middle", [
        ("林木采伐审核", "一级风险", [
            ("采伐许可超限额审批", "采伐指标网上公示，两人复核。"),
            ("伐区验收只看资料不到现场", "验收留存影像，两人以上到场。"),
        ]),
        ("征占用林地初审", "二级风险", [
            ("使用林地现场查验走过场", "现场查验拍照定位，结果公示。"),
        ]),
    ]),
    ("森林资源管护站", "护林员", "须卜岍瑜", "general", [
        ("日常巡护", "三级风险", [
            ("巡护记录弄虚作假", "巡护轨迹定位，站里每月抽查。"),
            ("发现盗伐线索隐瞒不报", "线索登记台账，及时上报。"),
        ]),
    ]),
    ("办公室", "会计", "贺若瑆", "general", [
        ("资金报账", "二级风险", [
            ("生态护林员补助发放不及时", "补助按月直达个人账户。"),
        ]),
    ]),
]  # fmt: skip


def guiding_forestry_bureau_stage_rows_levels() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 10, 24, 38, 38])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "工作环节", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, stages in FOREST:
        for stage, lv, points in stages:
            sh.add(None, dept, post, who, f"{stage}——{lv}", None, None)
            for point, measures in points:
                n += 1
                sh.add(n, dept, post, who, None, point, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "guiding_forestry_bureau_stage_rows_levels", "https://qqbaike.com/jingdian/13715912.html",
        "(harder) 县林业局 岗位廉政风险防控一览表 with NO LEVEL COLUMN, each person's points grouped under 环节 ROWS "
        "(no 序号, 工作环节 ``造林项目审批——一级风险``, point and measures empty) whose level the numbered rows "
        "under them take, after the source's entry on 金海雪山 (音寨, 油菜花, 盘江酥李): a title, 序号/科室 merged/"
        "岗位 and 姓名 merged per person/工作环节/廉政风险点/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guiding_panjiang_town_group_rows() -> dict:
    unit = f"{PLACE}盘江镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "贺若璆珩", "leader", [
                ("乡村旅游步道项目指定施工方", "高", "项目按规定比选，镇党委会集体研究。"),
                ("酥李产业奖补资金分配个人说了算", "高", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "须卜澈翾", "middle", [
                ("油菜种植补贴面积核实不严", "中", "面积入户核实，村组公示。"),
            ]),
            ("农技员", "贺若湉", "general", [
                ("良种发放优亲厚友", "中", "发放名单公示，领取签字。"),
                ("农技培训签到弄虚作假", "低", "培训留存影像资料。"),
            ]),
        ]),
        ("三、应急管理办", "应急管理办", [
            ("主任", "须卜琰", "middle", [
                ("受灾群众救助物资发放不公", "中", "救助名单入户核实，集体评议。"),
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
        "guiding_panjiang_town_group_rows",
        "http://xianyu.chinaxiaokang.com/qiannanbuyizumiaozuzizhizhou/guidingxian/renwen/2020/0303/1570966.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's note on the 金海雪山旅游文化节 (音寨村, "
        "油菜花, 李花): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、镇领导``, "
        "``二、农业服务中心``, ``三、应急管理办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guiding_yinzhai_village_list() -> dict:
    unit = f"{PLACE}盘江镇音寨村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "贺若霂", "leader", "景区集体摊位租金收支不公开", "一级风险", "租金收支按月公开。"),
        ("村党支部书记", "贺若霂", "leader", "布依古寨封火墙修缮指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "须卜琛瑀", "general", "民宿改造补助评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "贺若沨", "general", "酥李果园流转不签合同", "二级风险", "流转公开竞价，合同备案。"),
        ("村文书", "贺若沨", "general", "保洁公益岗考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "guiding_yinzhai_village_list", "http://gz007.net/travel/guizhou/gdjhxs.html",
        "村 小微权力廉政风险防控清单, after the source's guide to 金海雪山景区 (中华布依第一寨, 青瓦房, 封火墙): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def guiding_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "须卜珩", "leader", "校舍建设项目干预招标", "思想道德风险", "Ⅰ级",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "须卜珩", "leader", "教育经费安排个人说了算", "制度机制风险", "Ⅰ级",
         "经费安排局党组会集体研究。"),
        ("人事股", "股长", "贺若澜翊", "middle", "教师招聘资格审查不严", "岗位职责风险", "Ⅱ级", "资格审查两人复核。"),
        ("人事股", "股长", "贺若澜翊", "middle", "教师调动暗箱操作", "业务流程风险", "Ⅱ级", "调动方案公示。"),
        ("资助中心", "资助专干", "须卜霈", "general", "学生资助对象认定优亲厚友", "外部环境风险", "Ⅲ级",
         "认定结果在校内公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "guiding_education_bureau_list", "https://puer10000.com/hangyexinwen/33158.html",
        "县教育局 岗位廉政风险防控一览表, after the source's report on 云雾镇 鸟王寨茶园 (茶艺, 芦笙长鼓舞, 马坝寨): a "
        "title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def guiding_market_regulation_duty_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贺若璟", "leader", "食品生产许可打招呼", "外部环境", "高风险", "许可集体审议，过问登记。"),
        ("食品安全监管股", "股长", "须卜沨琬", "middle", "茶叶抽检样品调换", "岗位职责", "高风险",
         "抽检双人取样，全程记录。"),
        ("食品安全监管股", "股长", "须卜沨琬", "middle", "对违法经营查处放水", "业务流程", "中风险", "查处结果集体审议。"),
        ("登记注册股", "科员", "贺若璠", "general", "企业登记材料审核不严", "制度机制", "中风险", "登记材料两人复核。"),
        ("登记注册股", "科员", "贺若璠", "general", "接受办事群众礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "guiding_market_regulation_duty_list", "http://ljmrzxjg.cn/87469.html",
        "县市场监督管理局 廉政风险防控责任清单, after the source's entry on 贵定云雾贡茶 (鸟王茶, 茶园, 茶叶合作社): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def guiding_hrss_bureau_posts() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会保险股", "审核岗", "general", "养老保险待遇资格审核不严", "岗位职责风险", "一级", "待遇资格两人审核。"),
        ("社会保险股", "审核岗", "general", "社保基金虚报冒领", "业务流程风险", "一级", "基金支付直达个人账户。"),
        ("就业股", "就业岗", "general", "公益性岗位人员安排不公", "制度机制风险", "二级", "岗位安排公开公示。"),
        ("就业股", "就业岗", "general", "接受培训机构礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "办公用品采购不比价", "外部环境风险", "三级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "guiding_hrss_bureau_posts", "http://www.handmsg.com/page/2007/0101/28619158.shtml",
        "县人力资源和社会保障局 岗位廉政风险防控清单 对岗不对人, after the source's essay on 贵定's tea hills (阳宝山, "
        "云雾山, 斗篷山): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def guiding_statistics_screening() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贺若翃", "leader", "数据审定", "授意篡改统计数据", "高", "数据审定集体研究，留痕备查。"),
        ("普查中心", "主任", "须卜璇霁", "middle", "普查经费", "普查员劳务费虚报冒领", "高", "劳务费按名单直达个人。"),
        ("普查中心", "主任", "须卜璇霁", "middle", "数据质量", "普查数据核查走过场", "中", "数据抽查复核。"),
        ("综合股", "统计员", "贺若琇", "general", "统计执法", "对统计违法企业说情减罚", "中", "执法两人以上，全程记录。"),
        ("综合股", "统计员", "贺若琇", "general", "报表管理", "企业报表催报收受好处", "低", "催报留痕，定期检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "guiding_statistics_screening", "https://yadoura.com/post/210155.html",
        "县统计局 廉政风险点排查表, after the source's page on the 金海雪山 festival (瓮城河, 鸳鸯岛, 观音山): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/"
        "防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def guiding_cultural_centre_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("须卜澍瑀", "馆长", "leader", [
            ("群众文化活动经费虚列支出", "一级", "活动经费据实报账，馆务会审定。", "已落实"),
            ("接受演出团体礼品礼金", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("贺若沅琤", "文艺辅导员", "general", [
            ("非遗传承培训签到弄虚作假", "二级", "培训留存影像资料。", "已落实"),
            ("排练厅出借不登记", "三级", "场地出借审批登记。", "已落实"),
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
        "guiding_cultural_centre_selfchecks", "http://news.wenweipo.com/2012/04/23/NN1204230016.htm",
        "县文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on the "
        "first 贵定云雾贡茶文化旅游节 (云雾镇, 苗岭贡茶之乡): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a "
        "row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guiding_forestry_bureau_stage_rows_levels(),
    guiding_panjiang_town_group_rows(),
    guiding_yinzhai_village_list(),
    guiding_education_bureau_list(),
    guiding_market_regulation_duty_list(),
    guiding_hrss_bureau_posts(),
    guiding_statistics_screening(),
    guiding_cultural_centre_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1020-inbox"))
