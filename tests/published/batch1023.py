"""The one-thousand-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫健, 文旅, 民政, 退役军人 and 纪念馆 bodies and the
住建局 of one county, 息烽县 (贵阳市, 贵州省) — its 温泉镇人民政府, the 永靖镇阳朗村, the 卫生健康局,
the 文化广电旅游局, the 民政局, the 退役军人事务局, the 息烽集中营革命历史纪念馆 and the 住房和城乡建设局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 温泉镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政办``, ``三、旅游服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 阳朗村's 清单: ``职务 | 姓名`` on every row, ``一级风险/二级风险/三级风险``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 文化广电旅游局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 民政局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 退役军人事务局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, 高/中/低, no type column;
- the 纪念馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``xifeng_housing_bureau_stage_rows_level_cell``: the 住建局's 一览表 — ``序号 | 廉政风险点 |
  责任科室 | 责任岗位 | 责任人 | 风险等级 | 防控措施`` — grouped by 环节 ROWS: a row whose first
  cell names the stage (``一、受理环节``, merged across 序号 … 责任人), whose 风险等级 cell holds the
  LEVEL of the points under it ALONE (``三级``), the point and measures cells empty; the numbered
  rows under it (holders on every row, different people under one stage) leave 风险等级 EMPTY and
  all take the stage row's level, until the next 环节 row. docs/layouts.md knows 环节 rows whose
  stage cell ENDS with the level in a table with NO level column (``造林项目审批——一级风险``,
  LEVEL_BY_STAGE_ROWS), group rows that end with a bracketed level, a 环节 cell merged down with
  a bracketed level (LEVEL_IN_STAGE_CELL); not a stage row giving the level in the table's OWN
  level column, a cell of its own, over points whose level cells are blank.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
是楼 and 叱利 with rare given names); every unit is a body of 息烽县.

Run ``python tests/published/score.py --set batch1023`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one its 环节 row gives in the 风险等级 column; the
  环节 rows are no points; the stage is the 环节 row's text without its ``一、`` number;
- ``镇领导``, ``局领导``, ``馆领导`` are the 科室 of the leaders; the 村's and the 纪念馆's people have
  no 科室 where no column gives one; 镇长, 局长, 村党支部书记, 馆长 are leaders; 股长, 主任 (of a 镇's
  中心 or 办), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 民政局's list names no person: its forms are posts;
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

PREFIX = "b1023_"
PLACE = "息烽县"
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

# (环节 row, level word, [(廉政风险点, 科室, 岗位, 责任人, tier, 防控措施)])
HOUSING = [
    ("一、受理环节", "三级", [
        ("施工许可申请材料不一次性告知", "政务服务股", "窗口受理员", "是楼翾琦", "general",
         "实行一次性告知，受理清单公开。"),
        ("对熟人申请先收后补材料", "政务服务股", "窗口受理员", "是楼翾琦", "general",
         "受理登记全程留痕，股长每周抽查。"),
    ]),
    ("二、审核环节", "二级", [
        ("商品房预售资金监管拨付审核放松", "房地产市场监管股", "股长", "叱利沄玙", "middle",
         "拨付资料两人复核，按节点拨付。"),
        ("施工图审查意见打招呼改动", "建筑业管理股", "股长", "是楼岍霖", "middle",
         "审查意见股室会审，改动留痕。"),
        ("质量安全监督抽查走过场", "建筑业管理股", "监督员", "叱利璘翯", "general",
         "抽查两人以上到场，影像存档。"),
    ]),
    ("三、审批环节", "一级", [
        ("老旧小区改造项目安排个人说了算", "局领导", "局长", "叱利琮澍", "leader",
         "项目安排局党组会集体研究，结果公示。"),
        ("保障性住房分配对象审批优亲厚友", "局领导", "副局长", "是楼沣琬", "leader",
         "分配对象三级审核，名单公示。"),
    ]),
]  # fmt: skip


def xifeng_housing_bureau_stage_rows_level_cell() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [8, 36, 18, 12, 10, 10, 36])
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "廉政风险点", "责任科室", "责任岗位", "责任人", "风险等级", "防控措施")
    n = 0
    for stage, lv, points in HOUSING:
        r = sh.add(stage, None, None, None, None, lv, None)
        sh.merge(r, 0, r, 4)
        for point, dept, post, who, tier, measures in points:
            n += 1
            sh.add(n, point, dept, post, who, None, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填报人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "xifeng_housing_bureau_stage_rows_level_cell", "https://c.m.163.com/news/a/JKF3P5R2054403ZR.html",
        "(harder) 县住房和城乡建设局 廉政风险防控一览表 grouped by 环节 ROWS (``一、受理环节`` merged across 序号 … "
        "责任人) each giving the LEVEL of the points under it ALONE in the table's 风险等级 cell (``三级``), the "
        "points' own 风险等级 cells empty, after the source's piece on 息烽温泉 (温泉镇, 氡泉, 天台山): a title, "
        "序号/廉政风险点/责任科室/责任岗位/责任人 on every row/风险等级/防控措施; no type column; a 填报人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xifeng_wenquan_town_group_rows() -> dict:
    unit = f"{PLACE}温泉镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "是楼瑨翀", "leader", [
                ("温泉康养小镇配套工程指定施工方", "高", "工程按规定招标，镇党委会集体研究。"),
                ("乡村振兴衔接资金分配个人说了算", "高", "资金分配方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "叱利珝澐", "middle", [
                ("公务接待超标准列支", "中", "接待清单审核，月度公开。"),
            ]),
            ("办事员", "是楼璆", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("公车派车登记补写", "低", "派车单据逐月核对。"),
            ]),
        ]),
        ("三、旅游服务中心", "旅游服务中心", [
            ("主任", "叱利翛瑗", "middle", [
                ("民宿奖补评审打招呼", "中", "评审结果在村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xifeng_wenquan_town_group_rows", "https://zongzhang.com.cn/north.asp?id=1850",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's entry on 息烽温泉 (黑滩河, 清水河, "
        "八大景点): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、镇领导``, "
        "``二、党政办``, ``三、旅游服务中心`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xifeng_yanglang_village_list() -> dict:
    unit = f"{PLACE}永靖镇阳朗村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱利璠翃", "leader", "辣子鸡美食街摊位出租不公开", "一级风险", "摊位租金收支按月公开。"),
        ("村党支部书记", "叱利璠翃", "leader", "通组路硬化指定施工方", "一级风险", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "是楼沨玥", "general", "土鸡养殖补助评议优亲厚友", "二级风险", "评议结果张榜公示。"),
        ("村文书", "叱利湉琇", "general", "集体林地承包不签合同", "二级风险", "承包公开竞价，合同备案。"),
        ("村文书", "叱利湉琇", "general", "护林公益岗考勤弄虚作假", "三级风险", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "xifeng_yanglang_village_list", "https://e-com-net.com/article/1244887187728748544.htm",
        "村 小微权力廉政风险防控清单, after the source's travel note on 息烽 (阳朗鸡, 息烽集中营, 虎城大道): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def xifeng_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "是楼霁瑭", "leader", "医疗设备采购干预招标", "思想道德风险", "Ⅰ级",
         "设备采购公开招标，领导干预登记报告。"),
        ("局领导", "局长", "是楼霁瑭", "leader", "基层卫生项目资金安排个人说了算", "制度机制风险", "Ⅰ级",
         "资金安排局党组会集体研究。"),
        ("医政股", "股长", "叱利琤沅", "middle", "医疗机构校验把关不严", "岗位职责风险", "Ⅱ级", "校验资料两人复核。"),
        ("医政股", "股长", "叱利琤沅", "middle", "医疗纠纷调处偏袒一方", "业务流程风险", "Ⅱ级", "调处结果集体审议。"),
        ("疾控股", "科员", "是楼沄", "general", "疫苗冷链检查走过场", "外部环境风险", "Ⅲ级",
         "检查留存影像，结果通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "xifeng_health_bureau_list", "http://wentinghu.com/lyjd/155331.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's page on 息烽温泉's springs and their cures (氡泉, "
        "疗养院, 温泉八景): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xifeng_tourism_bureau_duty_list() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叱利瀚珺", "leader", "景区提升项目打招呼", "外部环境", "高风险", "项目集体审议，过问登记。"),
        ("旅游市场股", "股长", "是楼璟湲", "middle", "旅行社违规经营查处放水", "岗位职责", "高风险",
         "查处结果集体审议，全程记录。"),
        ("旅游市场股", "股长", "是楼璟湲", "middle", "星级民宿评定降低标准", "业务流程", "中风险", "评定结果公示。"),
        ("文物股", "科员", "叱利霈", "general", "文物保护经费虚报", "制度机制", "中风险", "经费据实报账，两人复核。"),
        ("文物股", "科员", "叱利霈", "general", "接受施工单位宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "xifeng_tourism_bureau_duty_list", "http://www.dengche.cn/jd/i.php/29226.html",
        "县文化广电旅游局 廉政风险防控责任清单, after the source's 息烽温泉旅游指南 (天台丛林, 白石涌泉, 天生高桥): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def xifeng_civil_affairs_posts() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "审核岗", "general", "低保对象认定把关不严", "岗位职责风险", "一级", "认定结果入户核实、公示。"),
        ("社会救助股", "审核岗", "general", "临时救助金虚报冒领", "业务流程风险", "一级", "救助金直达个人账户。"),
        ("养老服务股", "管理岗", "general", "养老机构补贴核定不公", "制度机制风险", "二级", "补贴核定集体研究。"),
        ("养老服务股", "管理岗", "general", "接受养老机构礼品礼金", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "殡葬改革宣传经费虚列", "外部环境风险", "三级", "经费据实报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xifeng_civil_affairs_posts", "http://tour.shaoqun.com/a/85020.html",
        "县民政局 岗位廉政风险防控清单 对岗不对人, after the source's piece on the 息烽集中营 (阳郎坝, 玄天洞, "
        "忠斋/孝斋): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xifeng_veterans_screening() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叱利澈珩", "leader", "安置审批", "退役士兵安置岗位暗箱操作", "高", "安置方案集体研究、公示。"),
        ("优抚股", "股长", "是楼翊琰", "middle", "优抚资金", "优抚金虚报冒领", "高", "优抚金按名单直达个人。"),
        ("优抚股", "股长", "是楼翊琰", "middle", "身份认定", "参战身份认定资料审核不实", "中", "认定资料两人复核。"),
        ("服务中心", "科员", "叱利沚", "general", "帮扶援助", "困难帮扶对象优亲厚友", "中", "帮扶名单公示。"),
        ("服务中心", "科员", "叱利沚", "general", "烈士纪念设施", "纪念设施维修不比价", "低", "维修三家比价，验收留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "xifeng_veterans_screening", "https://360doc.cn/article/413468_865300664.html",
        "县退役军人事务局 廉政风险点排查表, after the source's article on 玄天洞 (杨虎城, 南山, 省级风景名胜区): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xifeng_memorial_selfchecks() -> dict:
    unit = f"{PLACE}息烽集中营革命历史纪念馆"
    t = _Truth(unit)
    people = [
        ("是楼澍翾", "馆长", "leader", [
            ("陈列布展经费虚列支出", "一级", "布展经费据实报账，馆务会审定。", "已落实"),
            ("接受布展公司礼品礼金", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("叱利琬瑄", "讲解员", "general", [
            ("团队讲解私收讲解费", "二级", "讲解预约登记，费用统一收取。", "已落实"),
            ("文创产品代销不入账", "三级", "代销收入统一入账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "馆领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xifeng_memorial_selfchecks", "http://baike.ipa361.com/index.php?doc-view-2299138.html%3Fsomeone_like=pc",
        "县革命历史纪念馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopedia entry on 息烽温泉 (天台丛林, 双胜明珠, 天下第一汤): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; "
        "no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xifeng_housing_bureau_stage_rows_level_cell(),
    xifeng_wenquan_town_group_rows(),
    xifeng_yanglang_village_list(),
    xifeng_health_bureau_list(),
    xifeng_tourism_bureau_duty_list(),
    xifeng_civil_affairs_posts(),
    xifeng_veterans_screening(),
    xifeng_memorial_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1023-inbox"))
