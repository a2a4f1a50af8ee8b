"""The one-thousand-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 教育, 自然资源, 林草, 卫生院, 学校 and 市场监管
bodies of one county, 晋宁区 (昆明市, 云南省) — its 昆阳街道办事处, the 夕阳彝族乡一字格村, the
教育体育局, the 自然资源局, the 林业和草原局, the 二街镇卫生院, the 晋宁区第二中学 and the
市场监督管理局 — each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in
WPS or Excel:

- the 昆阳街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 一字格村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 林业和草原局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 二街镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 晋宁区第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``jinning_market_bureau_level_subtotals``: the 市场监督管理局's 排查表 sorted by level, its
  ``风险等级`` column BLANK on every row, each level's group closed by a row ``一级风险点小计`` (in
  the 序号 cell, merged over 序号 to 姓名) with its count in the point's cell (``3项``, ``共3项``,
  ``2个``): the rows above a ``一级风险点小计`` to the previous such row are 一级. docs/layouts.md
  knows ``一级风险点小计 | 4个`` under a list with NO level column; a probe at HEAD read the
  subtotal rows as no points but gave the rows no level where the level column was there and
  blank (see tests/test_batch1064.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 晋宁 could be found: the pages are of the district, its
街道, 乡 and villages); the rows are worded by us, the names invented (the rare compound surnames
胡毋 and 温盆 with rare given names); every unit is a body of 昆明市晋宁区.

Run ``python tests/published/score.py --set batch1064`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a subtotal row ``X级风险点小计`` is no point; the rows of its group take its
  level (the level column is blank on them); the closing ``合计`` row is no point;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处;
  主任 of a 街道, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 科长, 所长, 药房主任
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  林业和草原局's list names no person: its forms are posts;
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

PREFIX = "b1064_"
PLACE = "昆明市晋宁区"
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

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (level, count as written, rows: (科室, 岗位, 姓名, tier, 廉政风险点, 防控措施))
BANDS = [
    ("一级", "3项", [
        ("局领导", "局长", "温盆翀", "leader", "食品生产许可审批干预结果", "许可事项集体审议，过问登记。"),
        ("稽查执法大队", "大队长", "胡毋琇", "middle", "重大案件查处降格处理", "重大案件法制审核，集体讨论。"),
        ("稽查执法大队", "执法员", "温盆澐", "general", "执法检查通风报信", "检查任务随机派发，两人以上。"),
    ]),
    ("二级", "共3项", [
        ("稽查执法大队", "执法员", "温盆澐", "general", "罚没物品处置不登记", "罚没物品入库台账管理。"),
        ("登记注册股", "股长", "胡毋瑄", "middle", "经营主体登记材料审核不严", "登记材料两人复核，系统留痕。"),
        ("计量股", "检定员", "温盆湲", "general", "计量器具检定数据不实", "检定结果抽查复核。"),
    ]),
    ("三级", "2个", [
        ("登记注册股", "股长", "胡毋瑄", "middle", "为中介代办开“绿色通道”", "一次性告知，窗口评价。"),
        ("办公室", "主任", "温盆翃", "middle", "办公用品采购不比价", "采购三家比价，入库登记。"),
    ]),
]  # fmt: skip


def jinning_market_bureau_level_subtotals() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 14, 10, 12, 38, 10, 34])
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add(*HEAD)
    n = 0
    for lv, count, rows in BANDS:
        for dept, post, who, tier, point, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, None, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        r = sh.add(f"{lv}风险点小计", None, None, None, count, None, None)
        sh.merge(r, 0, r, 3)
    r = sh.add("合计", None, None, None, f"{n}项", None, None)
    sh.merge(r, 0, r, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "jinning_market_bureau_level_subtotals",
        "https://54e1ad4b4888.kfd.me/zh-mo/%E6%99%8B%E5%AE%81%E5%8C%BA",
        "(harder) 区市场监督管理局 廉政风险点排查表 sorted by level whose ``风险等级`` column is BLANK on every "
        "row, each level's group closed by a row ``一级风险点小计`` / ``二级风险点小计`` / ``三级风险点小计`` "
        "(merged over 序号 to 姓名) with the group's count in the point's cell (``3项``, ``共3项``, ``2个``), a "
        "``合计`` row at the end, after the source's wiki article on 晋寧區 (an infobox of 面積/人口/郵政編碼, "
        "歷史沿革 from 益州郡): a title, 序号/科室/岗位/姓名 on every row/廉政风险点/风险等级 (blank)/防控措施; no "
        "type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinning_kunyang_street_list() -> dict:
    unit = f"{PLACE}昆阳街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "胡毋翾", "leader", "郑和公园周边改造项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，党工委会集体研究。"),
        ("街道领导", "主任", "胡毋翾", "leader", "社区惠民资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "温盆琮", "middle", "公务用车维修费用报账不实", "岗位职责风险", "中", "维修定点，报账附清单。"),
        ("社会事务办", "科员", "胡毋沅", "general", "残疾人补贴申报审核不严", "业务流程风险", "中",
         "申报材料入户核实并公示。"),
        ("社会事务办", "科员", "胡毋沅", "general", "接受申请人礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "jinning_kunyang_street_list",
        "http://tcmap.com.cn/list/6/jinningqugejiedaoxiangzhenlishiyange.html",
        "街道办事处 岗位廉政风险防控清单, after the source's page on the history of 晋宁区's 街道 and 乡镇 (昆阳, "
        "宝峰, 晋城, 二街 …): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def jinning_yizige_village_list() -> dict:
    unit = f"{PLACE}夕阳彝族乡一字格村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "温盆翾", "leader", "传统村落保护资金使用不公开", "一级", "资金使用村民代表会议表决。"),
        ("村党总支书记", "温盆翾", "leader", "茶马古道修缮指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会副主任", "胡毋琇", "general", "护林员人选优亲厚友", "二级", "人选张榜公示。"),
        ("村会计", "温盆玥", "general", "烤烟补贴发放名册不实", "二级", "名册经村务监督委员会审核。"),
        ("村会计", "温盆玥", "general", "村级票据保管不规范", "三级", "票据登记，定期清点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "jinning_yizige_village_list", "http://www.kmjn.gov.cn/c/2025-07-15/7030542.shtml",
        "村 小微权力廉政风险防控清单, after the source's profile of 夕阳彝族乡 (地理位置, 人口面积, 历史文化 naming "
        "the 一字格村 among its 传统村落): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def jinning_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "胡毋翃", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "副局长", "胡毋翃", "leader", "教育装备采购不经集体研究", "制度机制", "高风险",
         "采购计划局党组会研究。"),
        ("人事股", "股长", "温盆澍", "middle", "教师招聘资格审查把关不严", "岗位职责", "中风险", "资格审查两人复核。"),
        ("人事股", "股长", "温盆澍", "middle", "职称评审打分不公", "业务流程", "中风险", "评审结果公示。"),
        ("计财股", "出纳", "胡毋湲", "general", "接受供应商宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "jinning_education_bureau_list", "http://xfh999.com/yunnan/jinningxian_info.html",
        "区教育体育局 岗位廉政风险防控一览表, after the source's county page on 晉寧縣 (面積, 人口, 行政區劃 of its "
        "鎮 and 鄉, 郵編): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jinning_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "温盆瑄", "leader", "用地审批", "建设用地审批降低条件", "高", "审批事项集体审议，结果公示。"),
        ("耕地保护股", "股长", "胡毋泠", "middle", "占补平衡", "补充耕地验收不到现场", "高", "验收组三人以上，留存影像。"),
        ("耕地保护股", "股长", "胡毋泠", "middle", "执法巡查", "违法占地巡查发现不报", "中", "巡查轨迹留痕，定期抽查。"),
        ("不动产登记中心", "登记员", "温盆璆", "general", "登记审核", "不动产登记材料审核不严", "中", "登记材料两人复核。"),
        ("不动产登记中心", "登记员", "温盆璆", "general", "信息查询", "违规查询泄露权利人信息", "低", "查询留痕，定期核查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "jinning_natural_resources_screening", "https://dokumen123.com/ja/%E6%99%8B%E5%AF%A7%E5%8C%BA",
        "区自然资源局 廉政风险点排查表, after the source's short Japanese encyclopedia entry on 晋寧区 (歴史 from "
        "滇国 and 益州郡, 行政区画): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jinning_forestry_bureau_posts() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "审核岗", "general", "林木采伐许可审核降低条件", "岗位职责风险", "Ⅰ级", "审核两人以上，结果公示。"),
        ("资源管理股", "审核岗", "general", "使用林地现场查验走过场", "业务流程风险", "Ⅰ级", "查验留存影像，集体审核。"),
        ("生态修复股", "项目岗", "general", "退耕还林补助面积核定不实", "制度机制风险", "Ⅱ级", "面积入户核实，发放公示。"),
        ("生态修复股", "项目岗", "general", "接受苗木供应商礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "护林员培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附培训通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jinning_forestry_bureau_posts", "https://www.vsjclub.com/city/shuangheyitownship.html",
        "区林业和草原局 岗位廉政风险防控清单 对岗不对人, after the source's travel page on 双河彝族乡 (距县城, 面积, "
        "林地, 森林覆盖率, 水源保护区): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jinning_erjie_clinic_group_rows() -> dict:
    unit = f"{PLACE}二街镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "胡毋琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("院区维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药房主任", "温盆璠", "middle", [
                ("药品耗材验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "胡毋瑀", "general", [
                ("慢病随访数据虚报", "二级风险", "随访数据电话回访抽查。"),
                ("预防接种补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "jinning_erjie_clinic_group_rows", "https://iichatc.com/dm_109121",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 夕阳彝族乡 of 晋宁县 (乡镇概况, "
        "基层组织, 农村经济): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def jinning_second_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("温盆珺", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "高", "采购公开比选，家委会参与。", "已落实"),
            ("研学活动收费不公开", "中", "收费标准公示。", "已落实"),
        ]),
        ("胡毋玙", "总务处", "干事", "general", [
            ("校产维修验收不严", "中", "验收两人签字，留档。", "未发现问题"),
            ("物品出入库不登记", "低", "出入库台账双人核对。", "已落实"),
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
        "jinning_second_middle_school_selfchecks",
        "http://yn.xinhuanet.com/20260105/3d9ca51a32f04ec18962ac0f46896e9f/c.html",
        "区中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's news page on "
        "昆明's 民族团结进步 work (the 晋宁河泊所遗址 among its examples): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type "
        "column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinning_market_bureau_level_subtotals(),
    jinning_kunyang_street_list(),
    jinning_yizige_village_list(),
    jinning_education_bureau_list(),
    jinning_natural_resources_screening(),
    jinning_forestry_bureau_posts(),
    jinning_erjie_clinic_group_rows(),
    jinning_second_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1064-inbox"))
