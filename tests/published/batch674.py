"""The six-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's transport
bodies, 牙克石市 (of 呼伦贝尔市, 内蒙古自治区) — its 交通运输局, 公路养护段, 公路超限检测站, 交通运输综合行政执法
大队, 道路运输管理所, 汽车综合性能检测站 and 交通运输事业发展中心, and the 汽车客运站 — each handing back the
一览表, 防控卡, 排查表, 清单, 自查表 or 公示表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路养护段's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 公路超限检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 交通运输综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、运政中队`` merged across
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 道路运输管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 汽车综合性能检测站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 交通运输事业发展中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yakeshi_bus_station_row_triplets``: the 汽车客运站's 岗位廉政风险公示表, EACH HOLDER A BLOCK OF THREE
  ROWS: ``序号 | 部门 | 岗位 | 责任人`` merged down over the block, a ``项　目`` column saying ``廉政风险点``,
  ``风险等级`` and ``防控措施`` down the block, and the holder's OWN points ACROSS the columns ``第一项 |
  第二项 | 第三项`` — the point in the block's first row, its level (高/中/低) in the cell under it and
  its measures under that; a holder with fewer points leaves the last cells blank. So a point is a
  COLUMN of one block (three cells stacked), not a row; the heading over the point columns names
  only an item number, and the same column holds different holders' different points. The
  README's 读得懂的表 knows one row a post with ``风险点1 | 风险等级 | 风险点2 | 风险等级`` across, one row a
  post under ``廉政风险点及风险等级`` merged over columns whose HEADINGS are the (shared) points (levels
  in the cells, or in a ``风险等级`` row under the headings), a 公示牌 with POSTS across and point/level/
  measures row triplets down, two-row records under a two-row heading, and bands of holders across.
  FOUND ONLY AFTER MEASURING: the README's 读得懂的表 DOES describe this shape — ``每个岗位占几行的公示表``
  (``序号 | 岗位 | 姓名 | 项目 | 第一项 | 第二项 | …``, a label column down each post's band, each column a
  point; hint ``TABLE_POST_BANDS``, first built as batch 518) — which the key-word search before
  building missed (it looked for 三行/横排/项目 triplets, not 每个岗位占几行); so this is no new shape,
  and the round lost its harder file (see tests/test_batch674.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 汽车站 at 春运 — 售票窗口, 网上购票,
``黄牛`` and 过路车 拉客; 牙克石市交通运输局's own 交通局信息 — 道路巡查, Y001/Y003 结冰, 局属交通运输事业发展中心
清雪除冰; 普通国省干线公路建设养护发展专项资金; a 县 公路超限监测站 case — 分组轮流上岗, 组长, 刹磅, 顶替过磅;
a call for clues on 运输执法领域 突出问题 — 逐利执法, 罚没指标, 随意拦车扣车, 执法寻租; a 专项整治 of
非法营运 — 道路运输经营许可, 出租汽车, 倒卖车票, 包车客运; a 汽车性能综合检测站 受贿案 — 代检 ``黄牛``,
尾气排放, 整备质量称重; a 交通运输局 行政执法公示制度) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 牧 and 仝 with rare given names); every unit is a body of 牙克石市 (no earlier batch's unit
holds the name, so ``unit_words``).

Run ``python tests/published/score.py --set batch674`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's block is one form (部门, 岗位 and 责任人 from the merged cells); each
  filled cell of the block's ``廉政风险点`` row is one of his points, its level the ``风险等级`` cell
  under it and its measures the ``防控措施`` cell under that; the blank cells of a short block are no
  points; the ``项　目`` words, the ``第一项…`` headings, the ``注：`` line and the 填表/审核 line are no
  points; ``站领导`` is the 科室 of the 站长 and 副站长;
- ``局领导``, ``段领导``, ``站领导``, ``大队领导`` and ``中心领导`` (a 科室 cell, a group row, a 部门 cell)
  are the 科室 of those leaders; the 交通运输局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 局's 股, a 段's 科/站/工区, a 站's 班组/部/室, a 大队's 中队 and a
  中心's 科 are 科室;
- every body is a unit of its own: 局长, 副局长, 段长, 站长, 副站长, 大队长, 所长, 副所长 and the 中心's
  主任 are leaders; 股长, 科长, 部长, 中队长 and 工区长 middle; the rest (股员, 会计, 出纳, 保管员, 售票员,
  调度员, 组长 of a 检测班组, 检测员, 引车员, 收费员, 执法队员, 技术员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 公路养护段's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b674_"
PLACE = "牙克石市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

ITEMS = ("廉政风险点", "风险等级", "防控措施")

# the 客运站's holders, one block of three rows each: (部门, 岗位, 姓名, tier, [(point, level, measures)])
BLOCKS = [
    ("站领导", "站长", "牧翾澈", "leader", [
        ("站内商铺、广告位出租不公开招租，暗定承租人", "高", "出租项目公开招租，租金标准站务会集体研究。"),
        ("客运班线进站协议签订中收受运输企业好处", "高", "进站协议统一文本，签订前报市交通运输局备案。"),
        ("车站维修改造项目化整为零、指定施工队伍", "中", "维修项目按限额报批，三家以上比选。"),
    ]),
    ("站领导", "副站长", "仝璟骢", "leader", [
        ("对站外“黄牛”揽客、过路车拉客查处不力，放任不管", "高", "联合执法大队定期清理站外揽客，问题台账销号。"),
        ("安全例检不合格车辆违规签发出站", "中", "例检结果系统留痕，不合格车辆不予打印路单。"),
    ]),
    ("票务科", "科长", "牧峤珺", "middle", [
        ("票款解缴不及时，截留、挪用票款", "高", "票款日清日结，每日银行解缴，财务科月末核对。"),
        ("春运加班车票额分配不公，预留紧俏车票", "中", "加班车票额系统统一发售，不得预留。"),
        ("退票、改签手续费收取不规范", "低", "退改手续费按规定标准收取并公示。"),
    ]),
    ("票务科", "售票员", "仝沨瑀", "general", [
        ("倒卖车票或为熟人预留紧俏车次座位", "中", "实名制售票，窗口视频监控，售票记录可追溯。"),
        ("收取现金票款不出票或少出票", "低", "每班交接核对票号与票款，差错登记。"),
    ]),
    ("安检调度室", "调度员", "牧琇澔", "general", [
        ("为未进站车辆补打路单，收受驾驶员好处", "高", "路单由系统按进站记录生成，不得手工补打。"),
        ("超员客车放行出站", "中", "出站口查验核载人数，出站登记表双签。"),
        ("发车顺序调配中优亲厚友", "低", "发车顺序按班线时刻表排定并公示。"),
    ]),
]  # fmt: skip


def yakeshi_bus_station_row_triplets() -> dict:
    unit = f"{PLACE}汽车客运站"
    width = max(len(points) for *_, points in BLOCKS)
    ncols = 5 + width
    sh = _Sheet("公示表", [6, 12, 9, 9, 11] + [30] * width)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险公示表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", ncols)
    sh.add("序号", "部门", "岗位", "责任人", "项　目", *[f"第{c}项" for c in "一二三四"[:width]])
    for n, (dept, post, who, tier, points) in enumerate(BLOCKS, 1):
        first = None
        for k, item in enumerate(ITEMS):
            cells = [p[k] for p in points] + [None] * (width - len(points))
            r = (
                sh.add(n, dept, post, who, item, *cells)
                if k == 0
                else sh.add(None, None, None, None, item, *cells)
            )
            first = r if k == 0 else first
        for c in range(4):
            sh.merge(first, c, first + 2, c)
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：每个岗位占三行，依次填写该岗位的廉政风险点、风险等级（高、中、低）和防控措施。",
        ncols,
    )
    sh.add("填表：", None, "审核：", None, None, "站长（签字）：", *([None] * (width - 1)))
    return _layout(
        "yakeshi_bus_station_row_triplets", "https://miaojiangdaoshi.net/info/466470/56577633.html",
        "(harder) 市汽车客运站 岗位廉政风险公示表, after the source's story of a 汽车站 at 春运 (售票窗口, 电话购票 and 网上购票, "
        "``黄牛`` and 过路车 拉客 outside the station, 售票员, 车站 and 派出所): a title, a merged ``单位：…　2025年5月`` line, "
        "then ``序号 | 部门 | 岗位 | 责任人 | 项　目 | 第一项 | 第二项 | 第三项``; EACH HOLDER A BLOCK OF THREE ROWS — "
        "序号/部门/岗位/责任人 merged down over the block, the ``项　目`` column saying ``廉政风险点``, ``风险等级``, "
        "``防控措施`` down the block — and the holder's points ACROSS, one column an item, the point in the block's "
        "first row, its level (高/中/低) under it and its measures under that; fewer points than columns leave "
        "the cells blank; no type column; a merged ``注：`` line and a 填表/审核/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yakeshi_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仝骞翊", "局长", "主持全面工作", [
            ("农村公路建设项目安排不经党组集体研究", "一级", "项目计划经局党组会研究，报市政府审定后公开。"),
            ("插手干预交通工程招投标和分包", "一级", "交通工程一律进入公共资源交易平台，领导干部插手登记。"),
        ]),
        ("牧溦瑱", "副局长", "分管公路养护、冬季除雪保畅", [
            ("冬季清雪除冰机械租赁中虚报台班", "一级", "机械台班以北斗定位和作业记录为准，月度公示。"),
            ("公路养护工程计量签证把关不严", "二级", "计量实行现场、内业双人签认，分管领导复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "仝璘渟", "middle", "农村公路项目库入库审核优亲厚友", "一级",
         "入库项目按评分标准排序，结果公示。"),
        ("规划建设股", "股长", "仝璘渟", "middle", "交工验收走过场，降低质量标准", "二级", "验收邀请质监机构参加，资料存档备查。"),
        ("规划建设股", "股员", "牧珣峄", "general", "工程变更资料审核不严", "三级", "设计变更实行分级审批。"),
        ("财务股", "股长", "仝瀚琤", "middle", "车辆购置税补助资金拨付不按进度", "一级", "资金按计量支付，经办、复核、审批分离。"),
        ("财务股", "会计", "牧湉璎", "general", "公务用车加油、维修费用报销审核不严", "二级", "一车一卡，维修定点并事前审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yakeshi_transport_bureau_two_sheets", "http://swgk.yks.gov.cn:88/qzbm/detail/content/676a65db58ce57d816000029.html",
        "市交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 交通局信息 (道路巡查, 元旦 保畅, Y001/Y003 公路 结冰, "
        "局属交通运输事业发展中心 清雪除冰, 除雪机械): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yakeshi_highway_maintenance_posts() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", "养护专项资金使用", "养护发展专项资金挤占挪用，用于非养护支出", "制度机制风险", "高",
         "专项资金专账核算，年度接受审计。"),
        ("养护科", "科长", "middle", "养护计划编制", "养护计划安排向关系路段倾斜", "岗位职责风险", "中",
         "养护计划依据路况检测数据编制，集体审定。"),
        ("养护科", "科长", "middle", "小修保养验收", "日常小修保养工程量虚报、验收不实", "业务流程风险", "高",
         "验收现场拍照留存，工程量抽查复核。"),
        ("材料站", "保管员", "general", "沥青、融雪剂管理", "养护材料出入库不登记，私自变卖", "业务流程风险", "中",
         "材料出入库双人签字，季度盘点。"),
        ("材料站", "保管员", "general", "废旧材料处置", "旧护栏、旧料处置不公开，低价处理", "外部环境风险", "低",
         "废旧物资评估后公开处置，收入上缴。"),
        ("工区", "工区长", "middle", "临时用工考勤", "临时养护工考勤虚报，冒领工资", "思想道德风险", "中",
         "用工花名册公示，工资打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yakeshi_highway_maintenance_posts", "http://myssjk.com/html/.szztzxzyzf.zx049.html",
        "市公路养护段 岗位廉政风险点排查表 对岗不对人, after the source's 普通国省干线公路建设养护发展专项资金: a title, "
        "序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yakeshi_overload_station_selfchecks() -> dict:
    unit = f"{PLACE}公路超限检测站"
    t = _Truth(unit)
    people = [
        ("牧睿淼", "站领导", "站长", "leader", [
            ("检测班组轮岗安排中固定人员长期把守同一班组", "Ⅰ级", "班组人员每月随机轮换，站长不得指定。", "已落实"),
            ("对超限车辆卸载、罚款处理降格从轻", "Ⅱ级", "处理决定集体审核，结果网上公示。", "未发现问题"),
        ]),
        ("仝澍骐", "检测一组", "组长", "general", [
            ("收受好处费后帮助车辆“刹磅”或顶替过磅", "Ⅰ级", "称重全程视频监控，磅单系统自动生成。", "已落实"),
            ("不引导超载车辆进站检测，直接放行", "Ⅱ级", "引导进站情况与卡口抓拍数据比对。", "已落实"),
        ]),
        ("牧璞泓", "检测二组", "检测员", "general", [
            ("篡改车辆信息，帮助超载司机逃避不良记录", "Ⅰ级", "检测数据实时上传，修改须审批留痕。", "未发现问题"),
            ("交接班时私分现场收取的款项", "Ⅲ级", "现场不收现金，一律扫码缴款。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yakeshi_overload_station_selfchecks", "http://www.sqfi.cn/kayouhui/201608/22896.html",
        "市公路超限检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 公路超限监测站 "
        "case (分组轮流上岗, 组长, 好处费, 刹磅, 顶替过磅, 篡改车辆信息): a title, a label row ``姓　名 | 所在班组 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def yakeshi_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "仝晗琚", "leader", [
                ("下达或变相下达罚没指标，逐利执法", "一级风险", "执法考核不与罚没收入挂钩，纪检组监督。"),
                ("重大行政处罚不经法制审核", "一级风险", "重大处罚决定法制审核后集体讨论。"),
            ]),
        ]),
        ("二、路政中队", "路政中队", [
            ("中队长", "牧沅珥", "middle", [
                ("路政巡查中选择性执法、人情执法", "一级风险", "执法记录仪全程记录，案卷月度评查。"),
                ("违规扣留车辆和证件", "二级风险", "扣车扣证须经审批并开具凭证。"),
            ]),
            ("执法队员", "仝灏岑", "general", [
                ("随意拦截正常行驶车辆检查", "二级风险", "路面检查按计划实施，不得单独上路执法。"),
                ("对非法中介、辅助人员违规行为监管不力", "三级风险", "辅助人员不得单独执法，违规行为月度通报。"),
            ]),
        ]),
        ("三、运政中队", "运政中队", [
            ("中队长", "牧嵘琬", "middle", [
                ("查处非法营运“黑车”时以罚代管、一罚了之", "二级风险", "处罚与教育纠正并用，处罚结果公示。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yakeshi_enforcement_brigade_group_rows", "https://www.spwqw.com/20597.html",
        "市交通运输综合行政执法大队 廉政风险防控责任清单, after the source's call for clues on 道路交通安全和运输执法领域 突出问题 "
        "(逐利执法, 罚没指标, 随意拦车扣车, 以罚代管, 执法寻租, 非法中介和辅助人员): a title, 序号/岗位/姓名/廉政风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、大队领导``, ``二、路政中队``, ``三、运政中队`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yakeshi_transport_management_cards() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "仝溱玙", "所长", "主持全所工作", "leader", [
            ("客运班线、包车客运许可审批把关不严", "★★★", "许可条件和办理结果网上公开，集体审批。"),
            ("出租汽车经营权配置暗箱操作", "★★★", "经营权配置公开招标，结果公示。"),
            ("接受运输企业宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "牧玹澜", "副所长", "分管运政稽查、驾培维修", "leader", [
            ("向非法营运车主透露稽查信息", "★★", "稽查行动临时确定路线，参与人员上交通讯工具。"),
            ("驾培机构、维修企业备案审核走过场", "★★", "备案材料网上核验，随机抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yakeshi_transport_management_cards", "http://kidbbs.com/news/jiaodian/197706.html",
        "市道路运输管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 专项整治 of 非法营运 (道路运输经营许可, "
        "巡游出租车和网约车许可, 倒卖车票, 黑车, 包车客运许可管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yakeshi_vehicle_testing_list() -> dict:
    unit = f"{PLACE}汽车综合性能检测站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仝琰骁", "leader", "默许“黄牛”代检，为其车辆打通检测环节", "外部环境", "高风险",
         "检测大厅禁止代办人员进入，设举报电话。"),
        ("站领导", "站长", "仝琰骁", "leader", "检测设备采购和检定不按程序", "制度机制", "中风险",
         "设备采购集体研究，按期送检。"),
        ("检测部", "部长", "牧漪珞", "middle", "尾气排放检测不合格车辆违规出具合格报告", "岗位职责", "高风险",
         "检测数据实时上传监管平台，报告双人审签。"),
        ("检测部", "检测员", "仝崴璟", "general", "整备质量称重环节收受好处放行超重车辆", "业务流程", "高风险",
         "称重数据自动采集，视频留存三个月。"),
        ("检测部", "引车员", "牧滢琭", "general", "为熟人车辆插队检测", "思想道德", "低风险",
         "检测按系统排号顺序进行。"),
        ("财务室", "收费员", "仝骅沣", "general", "检测费收取不开票，截留费用", "业务流程", "中风险",
         "一律电子缴费，日结日清。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yakeshi_vehicle_testing_list", "http://www.6849084.com/2018/0925/2846917.shtml",
        "市汽车综合性能检测站 岗位廉政风险防控一览表, after the source's 县 汽车性能综合检测站 受贿案 (车辆代检 ``黄牛``, 尾气排放, "
        "整备质量称重, 保护伞): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yakeshi_development_centre_register() -> dict:
    unit = f"{PLACE}交通运输事业发展中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "牧琨澧", "leader", [
            ("农村公路管护资金分配不公开", "制度机制", "一级", "管护资金按里程和等级测算，分配结果公示。"),
            ("亲属承揽中心养护、清雪业务", "思想道德", "二级", "亲属经商办企业报告，业务往来回避。"),
        ]),
        ("工程管理科", "科长", "仝岫瑨", "middle", [
            ("工程质量检测委托指定检测机构", "岗位职责", "二级", "检测机构比选确定，检测报告抽查。"),
        ]),
        ("工程管理科", "技术员", "牧澐骢", "general", [
            ("隐蔽工程签认不到现场", "业务流程", "一级", "隐蔽工程影像资料随签认单归档。"),
            ("接受施工单位礼品", "外部环境", "三级", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("综合科", "出纳", "仝珏淏", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "yakeshi_development_centre_register", "http://dghcph.com/zwfw/bmlqfw/jtfw/jtzc/202110/t20211028_71363119.html",
        "市交通运输事业发展中心 廉政风险点排查登记表, after the source's 交通运输局 行政执法公示制度 (谁执法谁公示, 事前公开, "
        "事中公示, 事后公开, 执法全过程记录, 法制审核): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yakeshi_bus_station_row_triplets(),
    yakeshi_transport_bureau_two_sheets(),
    yakeshi_highway_maintenance_posts(),
    yakeshi_overload_station_selfchecks(),
    yakeshi_enforcement_brigade_group_rows(),
    yakeshi_transport_management_cards(),
    yakeshi_vehicle_testing_list(),
    yakeshi_development_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch674-inbox"))
