"""The one-thousand-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 财政, 住建, 交通, 卫生院, 学校 and 水务 bodies of one
county, 师宗县 (曲靖市, 云南省) — its 丹凤镇人民政府, the 雄壁镇大舍村, the 财政局, the
住房和城乡建设局, the 交通运输局, the 彩云镇卫生院, the 师宗县第二中学 and the 水务局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 丹凤镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 大舍村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 财政局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 住房和城乡建设局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 彩云镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、检验科``, ``三、财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``shizong_water_level_footers``: the 水务局's 一览表 sorted by level whose ``风险等级`` column is
  BLANK on every row; each level's group of points is CLOSED by a footer row after it, merged
  across the table, naming the level and counting the group with no ``小计`` and no ``以上``:
  ``一级风险点（共3项）``, ``二级风险点（共3项）``, ``三级风险点（共2项）``. The points above each footer
  take its level; the footers are no points. A probe at HEAD read such footers as GROUP rows giving
  their level to the rows BELOW them (``一、一级风险点（共3个）`` is read so, LEVEL_ROW_COUNT_TAIL):
  the first group's points blank (LEVEL_BLANK), each later group one level too high; and
  ``高风险点合计：2项`` footers not at all (every level blank); this file, a date under its level
  column, read every level blank. See tests/test_batch1066.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 师宗 could be found: the pages are of the county's place
name, history and divisions); the rows are worded by us, the names invented (the rare compound
surnames 蒲察 and 唐括 with rare given names); every unit is a body of 曲靖市师宗县.

Run ``python tests/published/score.py --set batch1066`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a footer row naming a level and a count closes the group ABOVE it: its
  points take that level (the table's own 风险等级 column blank), the footer is no point; the
  three footers count their groups right (3, 3, 2);
- ``局领导``, ``镇领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处; 镇长,
  局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 科主任, 所长, 站长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and the footers'
  ``一级风险点/二级风险点/三级风险点`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1066_"
PLACE = "曲靖市师宗县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
FOOTERS = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (footer's level words, [(科室, 岗位, 姓名, tier, 廉政风险点, 防控措施), ...]) in the sheet's order
WATER = [
    ("一级风险点", [
        ("局领导", "局长", "蒲察珩", "leader", "水利工程项目干预招标投标", "项目公开招标，领导干部过问登记备案。"),
        ("局领导", "局长", "蒲察珩", "leader", "水利资金分配不经党组会研究", "资金分配党组会集体研究，结果公示。"),
        ("水利工程建设股", "股长", "唐括澜", "middle", "工程变更签证把关不严", "变更签证三方会审，资料存档。"),
    ]),
    ("二级风险点", [
        ("水利工程建设股", "股长", "唐括澜", "middle", "隐蔽工程验收不到场", "验收全程影像留存。"),
        ("水资源管理股", "工作人员", "蒲察琇", "general", "取水许可审查降低条件", "许可两人审核，网上公示。"),
        ("水资源管理股", "工作人员", "蒲察琇", "general", "水资源费征收减免不按规定", "减免报分管领导审批。"),
    ]),
    ("三级风险点", [
        ("办公室", "科员", "唐括瑗珩", "general", "公务用车私用", "派车登记，定点停放。"),
        ("办公室", "科员", "唐括瑗珩", "general", "办公用品采购不比价", "采购三家比价，验收签字。"),
    ]),
]  # fmt: skip


def shizong_water_level_footers() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    n = 0
    for footer, points in WATER:
        for dept, post, who, tier, point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, None, measures)
            t.point(sh.name, dept, post, who, tier, point, [], FOOTERS[footer])
        _line(sh, f"{footer}（共{len(points)}项）", 7)
    _per_person(sh, first, 1, 2, 3)  # (each person's run between two footers: a footer breaks it)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "shizong_water_level_footers", "http://www.scc7s.com/wangzhan/zhengfuzuzhi/2130.html",
        "(harder) 县水务局 岗位廉政风险防控一览表 sorted by level, its ``风险等级`` column BLANK on every row, each "
        "level's group CLOSED by a footer row merged across, ``一级风险点（共3项）``, ``二级风险点（共3项）``, "
        "``三级风险点（共2项）`` (no 小计, no 以上), after the source's page on 师宗县 (位置, 面积, 历史沿革 from "
        "漏江县, 师宗州): a title, 序号/科室/岗位/姓名 merged per person within a group/廉政风险点/风险等级 (blank)/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shizong_danfeng_town_list() -> dict:
    unit = f"{PLACE}丹凤镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "唐括翀", "leader", "集镇市场改造项目指定施工单位", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "唐括翀", "leader", "镇级财政资金拨付不按合同", "制度机制风险", "高",
         "资金按合同和进度拨付，按季公示。"),
        ("党政办", "主任", "蒲察澐", "middle", "会议费报账虚列人数", "岗位职责风险", "中", "会议签到表附报账。"),
        ("农业农村服务中心", "农技员", "唐括湉", "general", "烤烟补贴面积核实不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "唐括湉", "general", "接受农资商户宴请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "shizong_danfeng_town_list", "http://mdiming.qi18.com/yunnan/shizongdianhltq",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name page on 师宗县 (行政代码, 人口区划 of its "
        "4 镇 4 乡, 历史沿革; the 县城 in 丹凤镇): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def shizong_dashe_village_list() -> dict:
    unit = f"{PLACE}雄壁镇大舍村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "蒲察翾", "leader", "集体林地承包不经村民代表会议", "一级", "承包方案村民代表会议表决。"),
        ("村党总支书记", "蒲察翾", "leader", "村内水池修建指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "唐括琇", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "蒲察玥", "general", "村级票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("村报账员", "蒲察玥", "general", "集体收入坐收坐支", "三级", "收入全额存入村账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "shizong_dashe_village_list", "http://m.ciyuzhan.com/lishi/diming/e5b888e5ae97e58ebf",
        "村 小微权力廉政风险防控清单, after the source's place-name entry on 师宗县 (降师宗州置, 沿革, 物产): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def shizong_finance_bureau_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "唐括翃", "leader", "预算追加个人说了算", "制度机制", "高风险", "预算追加局党组会研究。"),
        ("局领导", "局长", "唐括翃", "leader", "政府采购干预供应商确定", "外部环境", "高风险", "采购全程网上公开。"),
        ("国库股", "股长", "蒲察澍", "middle", "国库集中支付审核不严", "岗位职责", "中风险", "支付两人审核，按月对账。"),
        ("国库股", "股长", "蒲察澍", "middle", "暂付款清理不及时", "业务流程", "中风险", "暂付款按季清理。"),
        ("农业股", "科员", "唐括湲", "general", "接受补贴申报单位礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "shizong_finance_bureau_list", "http://m.jizuoye.com/lishi/diming/e5b888e5ae97e58ebf",
        "县财政局 岗位廉政风险防控一览表, after the source's reposted place-name entry on 师宗县 (面积, 人口, 县人民"
        "政府驻丹凤镇): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def shizong_housing_screening() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "蒲察瑄", "leader", "施工许可", "为不符合条件的项目办理施工许可", "高",
         "许可两级审核，结果网上公开。"),
        ("建筑市场管理股", "股长", "唐括泠", "middle", "招投标监管", "对围标串标线索不查处", "高", "线索登记，集体研判。"),
        ("建筑市场管理股", "股长", "唐括泠", "middle", "质量检查", "质量检查走过场", "中", "检查两人到场，留存影像。"),
        ("房地产管理股", "工作人员", "蒲察璆", "general", "预售资金", "预售资金拨付审核不严", "中", "拨付两人审核。"),
        ("房地产管理股", "工作人员", "蒲察璆", "general", "信息查询", "违规查询房产信息", "低", "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "shizong_housing_screening", "http://m.zhaoshici.com/lishi/diming/e5b888e5ae97e58ebf",
        "县住房和城乡建设局 廉政风险点排查表, after the source's reposted place-name entry on 师宗县 (滇东喀斯特高原, "
        "物产, 名胜): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shizong_transport_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "超限运输查处降格处理", "岗位职责风险", "Ⅰ级", "执法全程记录，两人以上。"),
        ("综合执法大队", "执法岗", "general", "罚没款不按规定上缴", "业务流程风险", "Ⅰ级", "罚没款直缴国库。"),
        ("工程建设股", "质监岗", "general", "农村公路质量抽检不实", "制度机制风险", "Ⅱ级", "抽检结果第三方复核。"),
        ("工程建设股", "质监岗", "general", "接受施工单位礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "培训费报账附件不全", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "shizong_transport_posts", "http://www.ciyuzhan.com/lishi/diming/e5b888e5ae97e58ebf",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's place-name entry on 师宗县 (the same entry "
        "as the 村's source, served with ``www.`` and not ``m.``; no other unused page of the county could be "
        "found): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def shizong_caiyun_clinic_group_rows() -> dict:
    unit = f"{PLACE}彩云镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "唐括琬", "leader", [
                ("医疗设备采购个人决定", "一级风险", "设备采购院务会研究，公开采购。"),
                ("绩效分配不公开", "一级风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、检验科", "检验科", [
            ("检验师", "蒲察璠", "general", [
                ("试剂验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "唐括瑀", "general", [
                ("医保基金结算数据不实", "二级风险", "结算数据按月核对。"),
                ("现金收入不及时入账", "三级风险", "收入日清日结。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "shizong_caiyun_clinic_group_rows", "http://ciyuzhan.com/lishi/diming/e5b888e5ae97e58ebf",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's place-name entry on 师宗县 (the same "
        "entry as the 村's and the 交通运输局's, served without ``www.``; no other unused page of the county "
        "could be found): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、院领导``, ``二、检验科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def shizong_second_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("蒲察珺", "", "校长", "leader", [
            ("教辅资料征订收受回扣", "高", "征订自愿，家委会参与。", "已落实"),
            ("校舍维修指定施工方", "中", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("唐括玙", "总务处", "干事", "general", [
            ("食堂物资验收不严", "中", "验收两人签字，留档。", "未发现问题"),
            ("固定资产登记不及时", "低", "资产按月登记核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shizong_second_middle_school_selfchecks", "http://www.jizuoye.com/lishi/diming/e5b888e5ae97e58ebf",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's reposted "
        "place-name entry on 师宗县 (the same entry as the 财政局's source, served with ``www.`` and not ``m.``; "
        "no other unused page of the county could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shizong_water_level_footers(),
    shizong_danfeng_town_list(),
    shizong_dashe_village_list(),
    shizong_finance_bureau_list(),
    shizong_housing_screening(),
    shizong_transport_posts(),
    shizong_caiyun_clinic_group_rows(),
    shizong_second_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1066-inbox"))
