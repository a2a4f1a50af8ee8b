"""The one-thousand-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 教育, 卫生院, 市场监管, 学校, 自然资源 and 街道 bodies
of one county, 通海县 (玉溪市, 云南省) — its 杨广镇人民政府, the 兴蒙蒙古族乡白阁村, the 教育体育局,
the 纳古镇卫生院, the 市场监督管理局, the 通海县第一中学, the 自然资源局 and the 秀山街道办事处 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 杨广镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 白阁村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 纳古镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、财务室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 市场监督管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级风险/二级风险/三级风险``; no names;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 岗　位 | 所在处室`` over a row of values,
  高/中/低, ``防控措施 | 整改时限``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a ``主要职责`` column before the
  point, 高/中/低, ``风险类型`` full names.

One is harder:

- ``tonghai_xiushan_codes_levels_below``: the 秀山街道办事处's 排查表 whose points and levels stand in
  TWO tables on one sheet linked by the point's number: the list ``编号 | 科室 | 岗位 | 姓名 | 廉政
  风险点 | 防控措施`` numbers its points ``FX-01`` … ``FX-08`` and has no level column; under it, after
  a caption line ``二、风险点等级评定``, a second table ``风险点编号 | 风险等级`` lists the numbers sorted
  by level (not in the list's order), one of them (``FX-09``) a number the list does not have.
  Each point takes the level of its number; the second table gives no points. A probe at HEAD
  (a 镇's list of four ``FX-`` points and such a table below, levels or measures; and the same
  with the second table on a sheet of its own): on a second SHEET it reads right
  (SHEET_JOINED_BY_CODE, the missing number warned by cell, SHEET_CODE_UNMATCHED), and with
  ``1-1`` numbers too; on the SAME sheet the table below is set aside as no risk table
  (TABLE_OTHER) and every point's level left blank (LEVEL_BLANK), or every measure
  (MEASURES_BLANK) where it gives measures. See tests/test_batch1071.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 通海 could be found: the pages are of the county's place
name, its lake 杞麓湖 and its history); the rows are worded by us, the names invented (the rare
compound surnames 纥石烈 and 乌林答 with rare given names); every unit is a body of 玉溪市通海县.

Run ``python tests/published/score.py --set batch1071`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the second table ``风险点编号 | 风险等级`` grades the list above by number: each
  point takes the level written beside its ``FX-`` number, whatever the order; the caption line
  and the second table are no points; ``FX-09`` names no point (a number the list lacks) and
  grades nothing;
- ``局领导``, ``镇领导``, ``院领导``, ``街道领导`` are the 科室 of the leaders, and the 中学's ``所在处室``
  ``校领导`` the 校长's; the 村's people have no 科室, no column giving one; 镇长, 局长, 副局长, 村党总支书记, 院长, 校长, 主任 of a
  街道 are leaders; 股长, 科主任, 所长, 队长 middle; the rest general;
- ``主要职责 | 廉政风险点``: the point is the 廉政风险点; ``整改时限`` is no point; the 市场监督管理局's
  list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1071_"
PLACE = "玉溪市通海县"
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

HEAD = ("编号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
HEAD2 = ("风险点编号", "风险等级")
CAPTION = "二、风险点等级评定"

# (编号, 科室, 岗位, 姓名, tier, 廉政风险点, 防控措施) in the list's order
XIUSHAN = [
    ("FX-01", "街道领导", "主任", "纥石烈珩", "leader", "社区改造项目干预施工单位确定", "项目按规定比选，党工委会集体研究。"),
    ("FX-02", "街道领导", "主任", "纥石烈珩", "leader", "街道公用经费支出一人审批", "大额支出联签，按季公示。"),
    ("FX-03", "党政办公室", "副主任", "乌林答澜", "middle", "公务接待超标准、超范围", "接待一事一单，严格对照标准。"),
    ("FX-04", "党政办公室", "副主任", "乌林答澜", "middle", "办公用品采购不比价", "采购三家比价，验收签字。"),
    ("FX-05", "社会事务办公室", "工作人员", "纥石烈琇", "general", "低保对象审核优亲厚友", "入户调查，评议结果公示。"),
    ("FX-06", "社会事务办公室", "工作人员", "纥石烈琇", "general", "临时救助资金发放不及时", "救助资金按月发放，台账管理。"),
    ("FX-07", "财政所", "会计", "乌林答瑗珩", "general", "票据入账不及时", "票据按月入账，两人复核。"),
    ("FX-08", "财政所", "会计", "乌林答瑗珩", "general", "专项资金拨付手续不全", "拨付资料齐全后方可支付。"),
]  # fmt: skip

# the second table: (风险点编号, 风险等级) sorted by level, one number (FX-09) the list lacks
XIUSHAN_LEVELS = [
    ("FX-01", "一级"), ("FX-02", "一级"), ("FX-05", "一级"), ("FX-08", "一级"),
    ("FX-03", "二级"), ("FX-06", "二级"), ("FX-09", "二级"),
    ("FX-04", "三级"), ("FX-07", "三级"),
]  # fmt: skip


def tonghai_xiushan_codes_levels_below() -> dict:
    unit = f"{PLACE}秀山街道办事处"
    t = _Truth(unit)
    sh = _Sheet("排查表", [10, 16, 10, 12, 38, 36])
    _line(sh, f"{unit}廉政风险点排查表", 6)
    _line(sh, "一、廉政风险点及防控措施", 6)
    sh.add(*HEAD)
    first = len(sh.rows)
    levels = dict(XIUSHAN_LEVELS)
    for code, dept, post, who, tier, point, measures in XIUSHAN:
        sh.add(code, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[levels[code]])
    _per_person(sh, first, 1, 2, 3)
    sh.add(None, None, None, None, None, None)
    _line(sh, CAPTION, 6)
    sh.add(*HEAD2, None, None, None, None)
    for code, lv in XIUSHAN_LEVELS:
        sh.add(code, lv, None, None, None, None)
    sh.add("填表人：", None, None, "审核人：", "2025年9月", None)
    return _layout(
        "tonghai_xiushan_codes_levels_below", "http://www.52gudian.com/lishi/diming/e9809ae6b5b7e58ebf",
        "(harder) 街道办事处 廉政风险点排查表 in TWO tables on one sheet linked by the point's number, after the "
        "source's place-name entry on 通海县 (元初置通海千户, 县人民政府驻秀山镇, 名胜秀山): a title, a caption "
        "``一、…``, 编号 ``FX-01``…/科室 merged/岗位 and 姓名 merged per person/廉政风险点/防控措施 (no level "
        "column); a blank row, a caption ``二、风险点等级评定`` and ``风险点编号 | 风险等级`` sorted by level, "
        "one number ``FX-09`` the list lacks; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tonghai_yangguang_town_list() -> dict:
    unit = f"{PLACE}杨广镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "乌林答翀", "leader", "蔬菜交易市场建设指定施工单位", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "乌林答翀", "leader", "镇级资金拨付不按合同进度", "制度机制风险", "高",
         "资金按合同和进度拨付，按季公示。"),
        ("党政综合办公室", "主任", "纥石烈澐", "middle", "会议费报账虚列人数", "岗位职责风险", "中", "会议签到表附报账。"),
        ("农业农村服务中心", "农技员", "乌林答湉", "general", "蔬菜种植补贴面积核实不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "乌林答湉", "general", "接受农资经销商宴请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "tonghai_yangguang_town_list", "http://66zidian.com/lishi/diming/e69d9ee9ba93e6b996",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name entry on 杞麓湖 (在今云南通海县东北, 湖周为"
        "烤烟主产地): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def tonghai_baige_village_list() -> dict:
    unit = f"{PLACE}兴蒙蒙古族乡白阁村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "纥石烈翾", "leader", "集体土地流转不经村民代表会议", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "纥石烈翾", "leader", "村内道路硬化指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "乌林答琇", "general", "危房改造对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "纥石烈玥", "general", "村级票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("村报账员", "纥石烈玥", "general", "集体收入坐收坐支", "三级", "收入全额存入村账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "tonghai_baige_village_list", "http://www.kanshici.com/lishi/diming/e69d9ee9ba93e6b996",
        "村 小微权力廉政风险防控清单, after the source's reposted place-name entry on 杞麓湖 (the same entry as the "
        "镇's source, on another site; no other unused page of the county could be found): a title, 序号/职务/姓名 "
        "on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def tonghai_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌林答翃", "leader", "校舍建设项目干预招标", "外部环境", "Ⅰ级", "项目全程公开招标。"),
        ("局领导", "局长", "乌林答翃", "leader", "教师招聘考核打招呼", "思想道德", "Ⅰ级", "招聘全程纪检监督。"),
        ("计划财务股", "股长", "纥石烈澍", "middle", "学生资助资金审核不严", "岗位职责", "Ⅱ级", "资助名单两级审核、公示。"),
        ("计划财务股", "股长", "纥石烈澍", "middle", "经费拨付不按预算", "制度机制", "Ⅱ级", "经费按预算拨付，按月对账。"),
        ("体育股", "科员", "乌林答湲", "general", "赛事经费报账附件不全", "业务流程", "Ⅲ级", "报账附通知和名单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "tonghai_education_bureau_list", "http://52gefu.com/lishi/diming/e69d9ee9ba93e6b996",
        "县教育体育局 岗位廉政风险防控一览表, after the source's reposted place-name entry on 杞麓湖 (又称通海湖, 湖面"
        "海拔1797米): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def tonghai_nagu_clinic_group_rows() -> dict:
    unit = f"{PLACE}纳古镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "乌林答琬", "leader", [
                ("医疗设备采购个人决定", "高风险", "设备采购院务会研究，公开采购。"),
                ("绩效分配不公开", "高风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("药剂师", "纥石烈璠", "general", [
                ("药品验收把关不严", "中风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "乌林答瑀", "general", [
                ("医保基金结算数据不实", "中风险", "结算数据按月核对。"),
                ("门诊收入不及时入账", "低风险", "收入日清日结。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "tonghai_nagu_clinic_group_rows", "http://m.ciyuwu.com/lishi/diming/e69d9ee9ba93e6b996",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's reposted place-name entry on 杞麓湖 (the "
        "same entry as the 镇's, on another site; no other unused page of the county could be found): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group rows ``一、院领导``, "
        "``二、药剂科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tonghai_market_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "案件查处降格处理", "岗位职责风险", "一级风险", "执法全程记录，两人以上。"),
        ("综合执法大队", "执法岗", "general", "罚没款不按规定上缴", "业务流程风险", "一级风险", "罚没款直缴国库。"),
        ("食品安全监督管理股", "监管岗", "general", "食品抽检结果不实", "制度机制风险", "二级风险", "抽检结果复核。"),
        ("食品安全监督管理股", "监管岗", "general", "接受经营户礼金", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("登记注册股", "窗口岗", "general", "登记材料审核不严", "外部环境风险", "三级风险", "材料两人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "tonghai_market_posts", "http://www.66zidian.com/lishi/diming/e69d9ee9ba93e6b996",
        "县市场监督管理局 岗位廉政风险排查表 对岗不对人, after the source's place-name entry on 杞麓湖 (the same entry "
        "as the 镇's source, served with ``www.``; no other unused page of the county could be found): a title, "
        "序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def tonghai_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("纥石烈珺", "", "校长", "leader", [
            ("教辅资料征订收受回扣", "高", "征订自愿，家委会参与。", "即时"),
            ("校舍维修指定施工方", "中", "维修项目比选，结果公示。", "2025年12月"),
        ]),
        ("乌林答玙", "总务处", "干事", "general", [
            ("食堂物资验收不严", "中", "验收两人签字，留档。", "即时"),
            ("固定资产登记不及时", "低", "资产按月登记核对。", "2025年10月"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在处室", None, None)
        sh.add(who, post, dept or "校领导", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "整改时限")
        for i, (point, lv, measures, when) in enumerate(points, 1):
            sh.add(i, point, lv, measures, when)
            t.point(sh.name, dept or "校领导", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tonghai_first_middle_school_selfchecks", "http://m.zhaociyu.com/lishi/diming/e69d9ee9ba93e6b996",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's reposted "
        "place-name entry on 杞麓湖 (the same entry as the 镇's, on another site; no other unused page of the county "
        "could be found): a title, a label row ``姓　名 | 岗　位 | 所在处室`` over a row of values, then "
        "序号/廉政风险点/风险等级 高/中/低/防控措施/``整改时限``; no type column",
        sheets, t,
    )  # fmt: skip


def tonghai_land_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 24, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "主要职责",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("局领导", "副局长", "乌林答瑄", "leader", "分管用地审批", "为不符合条件的项目办理用地审批", "岗位职责风险", "高",
         "审批两级审核，结果网上公开。"),
        ("国土空间规划股", "股长", "纥石烈泠", "middle", "规划条件核定", "擅自调整容积率等规划条件", "制度机制风险", "高",
         "规划条件集体研究。"),
        ("国土空间规划股", "股长", "纥石烈泠", "middle", "规划核实", "规划核实走过场", "业务流程风险", "中", "核实两人到场，留存影像。"),
        ("不动产登记中心", "窗口人员", "乌林答璆", "general", "不动产登记", "登记材料审核不严", "外部环境风险", "中", "材料两人审核。"),
        ("不动产登记中心", "窗口人员", "乌林答璆", "general", "信息查询", "违规查询不动产信息", "思想道德风险", "低",
         "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None)
    return _layout(
        "tonghai_land_resources_screening", "http://m.zgkjsz.com/page/2015/0416/19873545.shtml",
        "县自然资源局 廉政风险点排查表, after the source's paper on the 开发与治理 of 杞麓湖 in 通海县 since the 元 "
        "(屯田, 泄水拓田): a title, 序号/科室/岗位/责任人 on EVERY row/``主要职责``/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tonghai_xiushan_codes_levels_below(),
    tonghai_yangguang_town_list(),
    tonghai_baige_village_list(),
    tonghai_education_bureau_list(),
    tonghai_nagu_clinic_group_rows(),
    tonghai_market_posts(),
    tonghai_first_middle_school_selfchecks(),
    tonghai_land_resources_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1071-inbox"))
