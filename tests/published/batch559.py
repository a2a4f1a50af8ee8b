"""The five-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输
bodies, 贵德县 (of 海南藏族自治州, 青海) — its 交通运输局, 公路养护段, 交通运输综合行政执法大队,
农村公路管理站, 道路运输服务中心, 公路超限检测站 and 河阴镇交通管理站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路养护段's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a ``风险类型`` column
  (``…风险``) BEFORE the point, 高/中/低;
- the 交通运输综合行政执法大队's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, ``风险类别`` (short names), ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村公路管理站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、养护管理股`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 河阴镇交通管理站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``, no type column;
- the 道路运输服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 公路超限检测站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``guide_bus_station_board_triplets``: the 汽车客运站's 岗位廉政风险公示牌 typed into a sheet, the
  posts ACROSS (``岗　位 | 站长 | 副站长 | 安全例检员 | 售票员``, under it ``姓　名 | …`` and
  ``主要职责 | …``, one column a holder) and the points DOWN in TRIPLETS of rows — ``廉政风险点（一）``,
  ``风险等级``, ``防控措施``, then ``廉政风险点（二）``, ``风险等级``, ``防控措施`` … — so a holder's
  points are the cells of his column on the ``廉政风险点（N）`` rows, each point's level the cell
  right under it (the ``风险等级`` row of its triplet) and its measures the cell under that; a
  holder with fewer points has ``/`` in the last triplet. The README's 读得懂的表 knows a 公示栏 with
  posts across whose points are grouped in one row (or merged rows) a LEVEL (``高风险 | 中风险 |
  低风险`` bands) and one ``防控措施`` row at the foot, and a 横放的表 of ONE post whose labels run
  down a column and whose points are one a column; it does not describe a board whose label
  column repeats ``廉政风险点（N） / 风险等级 / 防控措施`` once a point, the level a row of its own
  under each point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市交通运输局's 平安工程、精品工程、
廉洁工程 实施方案 — 工程建设管理, 质量安全, 廉洁工程; a 清廉交通工程建设示范点 推进会 — 参建单位,
廉洁从业承诺书, 总监办; a report on 路政执法 and 治超 腐败 — 黄牛, 好处费, 称重检测, 放行; a study of
农村公路 建设 and 管养 — 虚报工程量, 交工验收, 养护经费; a 县 “四好农村路” 视察 — 乡道, 村道, 道班,
管理养护; a 区 交通运输领域 规范执法专项行动 — 乱收费, 车辆保管费, 乱检查; a 公路“三乱” 通报 — 通风报信,
超限超载, 擅自放行; an 汽车客运站 安全生产管理制度 — 危险品查堵, 安全例行检查, 出站登记) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 亓官 and 鄢 with rare given names); every unit is a body of
贵德县.

Run ``python tests/published/score.py --set batch559`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column under ``岗　位`` is one form (post from the 岗位 row, holder from
  the 姓名 row), no 科室 (the board names none); each ``廉政风险点（N）`` cell is a point of that
  column's holder with the level written right under it; ``主要职责`` and ``防控措施`` are no points,
  a ``/`` is no point; the ``监督电话`` line is no point;
- ``局领导`` (a sheet without 科室 column) and the cards' leaders have no 科室; ``段领导``, ``大队领导``
  and ``站领导`` (a 科室 cell, a group row) are the 科室 of those leaders; a 股, 室, 中队 or 检测班 is a
  科室; a group row ``二、建设管理股`` gives the 科室 ``建设管理股`` (its number left off);
- every body is a unit of its own (the 河阴镇交通管理站 too, its file its own): 局长, 副局长, 段长,
  大队长, 县直 站's 站长, the 中心's 主任 and 副主任 are leaders; 股长, 中队长, 办公室主任, 班长 and the
  乡镇 站's 站长 middle; the rest (技术员, 会计, 道班班长, 执法队员, 法制审核员, 路管员, 统计员, 检测员,
  出纳) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 执法大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b559_"
PLACE = "贵德县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"
ORDINALS = "一二三四五"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the board's columns: (post, name, tier, 主要职责, [(廉政风险点, 风险等级, 防控措施), ...])
BOARD = [
    ("站长", "鄢岍湫", "leader", "主持客运站全面工作，负责班线进站和站务设施管理", [
        ("客运班线进站经营协议签订中收受运输企业好处", "高", "进站协议经站务会集体研究，协议文本公开。"),
        ("站务设施维修工程发包不按程序", "中", "维修项目三家比价，结果在站内公示。"),
        ("春运加班车安排优亲厚友", "中", "加班车计划报县交通运输局审核，公开安排。"),
    ]),
    ("副站长", "亓官琮霭", "leader", "分管安全生产、危险品查堵和安全例行检查", [
        ("对安全例检不合格的客车签字放行", "高", "例检不合格车辆一律不得出站，监控录像留存。"),
        ("危险品查堵工作监督不到位，隐瞒查获情况", "中", "查获危险品逐件登记，每周抽查登记台账。"),
        ("驾驶员从业资格审核把关不严", "低", "驾驶员资格每日报班时核验，双人签字。"),
    ]),
    ("安全例检员", "鄢翾湜", "general", "负责营运客车安全例行检查，填写例行检查报告单", [
        ("收受驾驶员好处，未检先签例行检查报告单", "高", "例检全程录像，报告单与录像每日核对。"),
        ("出站登记表代签、漏签", "中", "出站登记实行驾驶员、例检员双签。"),
    ]),
    ("售票员", "亓官沅琇", "general", "负责售票、退票和当日票款结算", [
        ("预留、倒卖车票收取好处", "中", "实行联网售票，预留票经值班站长审批。"),
        ("票款截留、长款不交", "高", "票款日清日结，长短款登记上交。"),
    ]),
]  # fmt: skip


def guide_bus_station_board_triplets() -> dict:
    unit = f"{PLACE}汽车客运站"
    n = len(BOARD)
    ncols = 1 + n
    sh = _Sheet("公示牌", [16] + [30] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险公示牌", ncols)
    _line(sh, f"单位：{unit}{GAP * 12}公示时间：2025年5月", ncols)
    sh.add("岗　位", *[post for post, *_ in BOARD])
    sh.add("姓　名", *[who for _, who, *_ in BOARD])
    sh.add("主要职责", *[duty for _, _, _, duty, _ in BOARD])
    deepest = max(len(points) for *_, points in BOARD)
    for k in range(deepest):
        cells = [points[k] if k < len(points) else (NONE, NONE, NONE) for *_, points in BOARD]
        sh.add(f"廉政风险点（{ORDINALS[k]}）", *[point for point, _, _ in cells])
        sh.add("风险等级", *[lv for _, lv, _ in cells])
        sh.add("防控措施", *[measures for _, _, measures in cells])
    # the truth one form a column, in the columns' order
    for post, who, tier, _duty, points in BOARD:
        for point, lv, _measures in points:
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "监督电话：0974-8552136（县纪委监委派驻纪检监察组）", ncols)
    return _layout(
        "guide_bus_station_board_triplets",
        "http://www.jianbiaoku.com/webarbs/book/164048/4711414.shtml",
        "(harder) 县汽车客运站 岗位廉政风险公示牌, after the source's 汽车客运站 安全生产管理制度 (危险品查堵, 营运客车"
        "安全例行检查, 例行检查报告单, 出站): a title, a merged ``单位：…　公示时间：…`` line, then the posts ACROSS "
        "(``岗　位 | 站长 | 副站长 | 安全例检员 | 售票员``, ``姓　名 | …``, ``主要职责 | …``; one column a holder) and "
        "the points DOWN in TRIPLETS of rows ``廉政风险点（一） / 风险等级 / 防控措施``, ``廉政风险点（二） / 风险等级 / "
        "防控措施`` …: each point's level is the cell right under it; ``/`` where a holder has fewer points; 高/中/低, "
        "no type row; a merged 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guide_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓官翀澜", "局长", "主持全面工作", [
            ("农村公路建设计划安排不经党组会集体研究", "一级", "年度建设计划经党组会研究后公示。"),
            ("插手干预交通工程招标投标，指定施工单位", "一级", "工程招标一律进入县公共资源交易中心。"),
        ]),
        ("鄢沄翮", "副局长", "分管工程建设、质量安全", [
            ("工程设计变更审批把关不严，变相增加投资", "一级", "重大设计变更组织专家论证，报局党组会审定。"),
            ("交工验收降低标准，为质量不合格工程签字", "二级", "交工验收邀请质监机构参加，检测数据存档。"),
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
    dept = _Sheet("股室", [6, 14, 12, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "鄢珝岷", "middle", "工程计量支付审核不严，多计工程量", "一级",
         "计量资料监理、业主双签，按月抽查。"),
        ("规划建设股", "股长", "鄢珝岷", "middle", "施工单位资质和人员到位审查走过场", "二级",
         "项目经理、总监到岗情况每月核查通报。"),
        ("规划建设股", "工程技术员", "亓官霂翾", "general", "隐蔽工程验收不到现场，凭资料签字", "二级",
         "隐蔽工程验收留存影像资料。"),
        ("财务股", "股长", "鄢琤沅", "middle", "农村公路建设补助资金拨付不按进度", "一级",
         "资金拨付凭计量支付证书，经分管领导审签。"),
        ("财务股", "会计", "亓官璆岚", "general", "工程款支付凭证审核把关不严", "三级", "支付凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "guide_transport_bureau_two_sheets",
        "https://jtj.suqian.gov.cn/sjtj/zdgz/202410/2027bdbb43e145068766d6513fa17e51.shtml",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 市交通运输局 平安工程、精品工程、廉洁工程 "
        "实施方案 (工程建设管理制度, 质量安全, 廉洁工程): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def guide_highway_maintenance_list() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("一览表", [6, 12, 10, 10, 14, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "鄢曈湉", "leader", [
            ("制度机制风险", "养护工程发包化整为零，规避公开招标", "高", "养护工程按限额标准招标，段务会集体研究。"),
            ("思想道德风险", "接受参建单位宴请、礼金", "中", "签订廉洁从业承诺书，节前廉洁提醒。"),
        ]),
        ("养护股", "股长", "亓官澂翎", "middle", [
            ("岗位职责风险", "日常养护考核打分不实", "中", "考核实行交叉检查，结果公示。"),
            ("业务流程风险", "养护工程计量签证虚增工程量", "高", "计量签证现场复核，影像资料存档。"),
        ]),
        ("养护股", "道班班长", "鄢沨岫", "general", [
            ("业务流程风险", "沥青、砂石料进场验收数量不实", "高", "材料进场逐车过磅，两人签字。"),
            ("岗位职责风险", "养护机械油料领用不登记", "低", "油料领用登记，每月盘点核对。"),
        ]),
        ("办公室", "主任", "亓官瑷崧", "middle", [
            ("制度机制风险", "养护临时用工考勤虚报", "中", "临时用工考勤每日签到，工资打卡发放。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for typ, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, typ, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "guide_highway_maintenance_list", "https://jtj.weinan.gov.cn/jggk/qxdt/1792400631697240066.html",
        "县公路养护段 岗位廉政风险防控一览表, after the source's 清廉交通工程建设示范点 推进会 (参建单位, 廉洁从业共建协议, "
        "廉洁从业承诺书, 总监办): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险类型 ``…风险`` before "
        "the point/廉政风险点/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def guide_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "重大行政处罚决定", "重大处罚案件不经集体讨论，个人决定处罚额度", "制度机制", "Ⅰ级",
         "重大处罚案件经法制审核、集体讨论决定。"),
        ("路政中队", "中队长", "middle", "超限车辆查处", "收受好处费后对超限超载车辆不称重直接放行", "思想道德", "Ⅰ级",
         "超限检测全程录像，检测数据联网上传。"),
        ("路政中队", "执法队员", "general", "路面巡查", "向超限运输车主通风报信，透露检查时间和路线", "岗位职责", "Ⅰ级",
         "巡查路线当日确定，执法记录仪全程开启。"),
        ("运政中队", "执法队员", "general", "非法营运查处", "以罚代管，罚款不开票或少开票", "业务流程", "Ⅱ级",
         "罚款一律通过非税系统缴纳，票款分离。"),
        ("运政中队", "执法队员", "general", "暂扣车辆管理", "违规收取暂扣车辆停车保管费", "外部环境", "Ⅲ级",
         "暂扣车辆存放指定停车场，不得收费。"),
        ("法制室", "法制审核员", "general", "案卷审核", "法制审核走过场，对证据不足的案件予以通过", "岗位职责", "Ⅱ级",
         "案卷评查每季度一次，结果通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：法制室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "guide_enforcement_brigade_posts", "http://cv123.cn/news/hyzx/6777.html",
        "县交通运输综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's report on 路政执法 and 治超 "
        "腐败 (勾结黄牛, 好处费, 称重检测, 放行, 以罚代管): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def guide_rural_road_station_group_rows() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "亓官湛琮", "leader", [
                ("农村公路建设计划安排优亲厚友", "一级风险", "建设计划按项目库排序，站务会研究后公示。"),
                ("与施工单位串通抬高工程造价", "一级风险", "工程预算送县财政评审中心审核。"),
            ]),
        ]),
        ("二、建设管理股", "建设管理股", [
            ("股长", "鄢璠霁", "middle", [
                ("工程质量抽检弄虚作假", "二级风险", "抽检委托第三方检测机构，报告存档。"),
            ]),
            ("技术员", "亓官琭芃", "general", [
                ("交工验收资料代签代填", "二级风险", "验收资料本人签字，抽查核对。"),
                ("为施工单位虚报完成工程量", "一级风险", "完成量现场丈量，监理复核。"),
            ]),
        ]),
        ("三、养护管理股", "养护管理股", [
            ("股长", "鄢昉澹", "middle", [
                ("村道养护补助资金分配不按里程核定", "二级风险", "补助资金按列养里程分配，分配表公示。"),
                ("护路员考核不实，套取养护经费", "三级风险", "护路员考核由乡镇和站联合打分。"),
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
        "guide_rural_road_station_group_rows", "http://fsou.com/html/text/art/3355981/335598130_1.html",
        "县农村公路管理站 廉政风险防控责任清单, after the source's study of 农村公路 建设和管养 (设计欠合理, 监管不到位, "
        "虚报工程量, 交工验收不及时, 养护经费): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、站领导``, ``二、建设管理股``, ``三、养护管理股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def guide_heyin_station_selfchecks() -> dict:
    unit = f"{PLACE}河阴镇交通管理站"
    t = _Truth(unit)
    people = [
        ("鄢翊琀", "站长", "middle", [
            ("乡村道路建设现场管理中收受施工方好处", "高", "现场管理两人以上，签订廉洁承诺。", "已落实"),
            ("乡道养护资金不按计划使用", "中", "养护资金专账核算，镇党委会研究。", "未发现问题"),
        ]),
        ("亓官芷湉", "路管员", "general", [
            ("农村公路路产损坏赔偿私下了结", "中", "路产赔偿开具票据，上缴财政。", "已落实"),
            ("护路员工资发放不实", "低", "工资按考核结果打卡发放。", "已落实"),
        ]),
        ("鄢湜琨", "统计员", "general", [
            ("“四好农村路”建设里程统计弄虚作假", "中", "统计数据与县农村公路数据库核对。", "未发现问题"),
            ("道班材料台账不全，材料去向不明", "低", "材料出入库登记，每季度盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guide_heyin_station_selfchecks",
        "http://www.lowongankerja-keluarnegeri.com/bmzb/xjtysj/zwgk/gzdt/content/post_427360.html",
        "镇交通管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 “四好农村路” "
        "视察 (乡道, 村道, 道班, 管理养护, 管养有标准有资金): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def guide_road_transport_centre_cards() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "亓官霈翯", "主任", "主持中心全面工作", "leader", [
            ("道路运输经营许可违规办理", "★★★", "许可事项网上办理，办理结果公开。"),
            ("出租汽车经营权配置暗箱操作", "★★★", "经营权配置公开招投标。"),
            ("接受运输企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "鄢峤琇", "副主任", "分管驾驶员培训、机动车维修行业管理", "leader", [
            ("驾驶员培训机构质量信誉考核打招呼", "★★", "考核结果集体评定并公示。"),
            ("机动车维修企业备案把关不严", "★★", "备案材料现场核查，两人签字。"),
            ("巧立名目向企业收取服务费", "★★★", "收费项目公示，严禁自立收费项目。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "guide_road_transport_centre_cards", "https://www.scps.gov.cn/info/1757/127745.htm",
        "县道路运输服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 区 交通运输领域 整治突出问题 "
        "规范执法 专项行动 (乱收费, 搭车收费, 车辆保管费, 乱罚款, 乱检查): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def guide_overload_station_list() -> dict:
    unit = f"{PLACE}公路超限检测站"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "亓官璩沣", "leader", "人为修改检测数据，为超限车辆开脱", "制度机制", "高风险",
         "检测数据实时上传省治超平台，修改留痕。"),
        ("站领导", "站长", "亓官璩沣", "leader", "卸载货物处置不按规定", "业务流程", "中风险",
         "卸载货物登记造册，由货主限期领回。"),
        ("检测班", "班长", "鄢琦澄", "middle", "称重设备数据异常不报告", "岗位职责", "中风险",
         "设备每日自检，异常情况当班上报。"),
        ("检测班", "班长", "鄢琦澄", "middle", "向超限车辆通风报信", "思想道德", "高风险",
         "当班人员手机集中管理，执勤信息保密。"),
        ("检测班", "检测员", "亓官珺滢", "general", "收受司机好处费，不引导车辆入站检测", "思想道德", "高风险",
         "入站引导全程录像，每日抽查回放。"),
        ("检测班", "检测员", "亓官珺滢", "general", "卸载货物私自变卖", "外部环境", "低风险",
         "卸货场视频监控全覆盖。"),
        ("综合室", "出纳", "鄢瑀澜", "general", "卸载货物保管费收取不开票据", "业务流程", "中风险",
         "收费开具统一票据，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险类型按思想道德、制度机制、岗位职责、业务流程、外部环境填写。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "guide_overload_station_list",
        "http://district.ce.cn/newarea/roll/201502/03/t20150203_4504946.shtml",
        "县公路超限检测站 岗位廉政风险防控一览表, after the source's 公路“三乱” 腐败案通报 (通风报信, 超限超载, 转运客程费, "
        "擅自放行): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guide_bus_station_board_triplets(),
    guide_transport_bureau_two_sheets(),
    guide_highway_maintenance_list(),
    guide_enforcement_brigade_posts(),
    guide_rural_road_station_group_rows(),
    guide_heyin_station_selfchecks(),
    guide_road_transport_centre_cards(),
    guide_overload_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch559-inbox"))
