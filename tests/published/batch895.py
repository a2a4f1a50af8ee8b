"""The eight-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's market
regulation bodies, 温宿县 (阿克苏地区, 新疆维吾尔自治区) — its 市场监督管理局, 食品药品检验站, 计量检定所,
质量技术服务中心, 消费者投诉举报中心, 知识产权服务中心 and two 乡镇市场监管所 (佳木镇, 托乎拉乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 市场监督管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 食品药品检验站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 计量检定所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 质量技术服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, 高/中/低;
- the 佳木镇市场监管所's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表日期``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 托乎拉乡市场监管所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 消费者投诉举报中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wensu_ip_service_center_numbered_lines``: the 知识产权服务中心's 岗位廉政风险防控一览表, ONE ROW A
  PERSON (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``) whose 廉政风险点 cell lists the
  person's points numbered on lines of their own (``1.…⏎2.…⏎3.…``) while the 风险等级 cell beside
  it is a NUMBERED LIST TOO (``1.二级⏎2.一级⏎3.三级``) and so is the 防控措施 cell: the point numbered
  N has the level numbered N. The README's 读得懂的表 knows numbered points in one cell graded by a
  bracket at the end of each line (``1.…（二级）``), by level sub-headings inside the cell
  (``一级风险：⏎1.…``), by per-level counts in ``一级 | 二级 | 三级`` columns, by numbered level COLUMNS
  (``① | ② | ③``) and by a ``；``-split cell announced in its heading; it does not describe a level
  cell that is itself a numbered list matched to the point cell's numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 质监局 挂职副局长's note on 食品安全
监管 — 食品生产许可 (QS), 小作坊, 监督抽查; a 高新区 市场监督管理局's 食品安全监督抽检 notice — 委托检验机构,
抽样, 不合格 核查处置; a 计量检定收费标准 list — 检定项目, 收费单位, 加收; a 产品质量检验中心's 能力建设
验收 — 起重机械, 检验检测, 盲样; a 霍尔果斯 市场监管局's 农村假冒伪劣食品 专项整治 — 乡场餐饮店, 食品
作坊, 流动摊点; a 拜城县工商局's 卤肉制品 专项检查 — 随机检查, 取样抽检, 公示; a 泽普县 市场监督管理局's
抽检 notice — 食堂, 合格率, 12315 投诉举报; a 知识产权服务 research report — 信息披露, 服务机构, 专利 and
商标) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 乌 and 逢 with rare given names);
every unit is a body of 温宿县.

Run ``python tests/published/score.py --set batch895`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of the 廉政风险点 cell is one point (its number, ``1.``,
  left off), graded by the line of the 风险等级 cell with the same number; the holder is the row's
  科室, 岗位 and 姓名, one form a person;
- ``中心领导``, ``所领导``, ``站领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the
  局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's or 中心's 室 or
  科 and a 所's 组 are 科室; a group row ``二、检验检测室`` gives the 科室 ``检验检测室``;
- every 站, 所, 中心 and the 局 are units of their own: 局长, 副局长, 站长, 所长, 副所长, 主任 and 副主任
  (of a 中心) are leaders; 股长, 科长, 室主任 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表日期`` are no
  points and name no holder; the 食品药品检验站's list names no person: its forms are posts;
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

PREFIX = "b895_"
PLACE = "温宿县"
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


def _numbered(items: list[str]) -> str:
    """Lines ``1.…⏎2.…`` in one cell, as typed with Alt+Enter."""
    return "\n".join(f"{i}.{text}" for i, text in enumerate(items, 1))


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
NUMBERED = [
    ("中心领导", "主任", "乌湉珣", "leader", [
        ("知识产权运营项目承接单位确定中暗箱操作", "一级", "项目承接单位经主任办公会集体研究，结果公示。"),
        ("专利资助资金审核把关不严，为关系企业打招呼", "一级", "资助名单经科室初审、中心复审，报县市场监管局审定。"),
        ("接受服务对象宴请和礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("专利服务科", "科长", "逢璆岱", "middle", [
        ("专利申请预审中泄露申请人技术信息", "二级", "预审材料专人保管，查阅登记。"),
        ("向申请人指定或推荐代理机构，收取好处", "一级", "代理机构名录公开，由申请人自主选择。"),
    ]),
    ("商标品牌科", "商标指导员", "乌翀沅", "general", [
        ("地理标志商标申报材料审核走过场", "二级", "申报材料两人审核，实地核查产地。"),
        ("商标侵权线索不按规定移交执法", "二级", "线索登记台账，每月与执法大队对账。"),
        ("为企业商标注册提供有偿咨询", "三级", "严禁有偿服务，公开服务承诺。"),
    ]),
    ("信息服务科", "信息员", "逢琰崧", "general", [
        ("专利检索、分析报告数据失实", "三级", "检索报告由科长复核签字。"),
        ("违规对外提供企业知识产权信息", "二级", "信息查询权限分级管理，操作留痕。"),
    ]),
]  # fmt: skip


def wensu_ip_service_center_numbered_lines() -> dict:
    unit = f"{PLACE}知识产权服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 46, 10, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    for n, (dept, post, who, tier, points) in enumerate(NUMBERED, 1):
        # one row a person: points, levels and measures each a numbered list in one cell
        sh.add(n, dept, post, who, _numbered([p for p, _, _ in points]),
               _numbered([lv for _, lv, _ in points]), _numbered([m for _, _, m in points]))  # fmt: skip
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "wensu_ip_service_center_numbered_lines", "http://freereport.cnipa.gov.cn/detail.asp?id=343",
        "(harder) 县知识产权服务中心 岗位廉政风险防控一览表, after the source's research report on 知识产权服务 (服务机构, "
        "信息披露, 专利, 商标, 权属): a title, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, ONE ROW A "
        "PERSON: the 廉政风险点 cell a numbered list ``1.…⏎2.…⏎3.…``, the 风险等级 cell beside it a numbered list too "
        "(``1.一级⏎2.一级⏎3.三级``), the point numbered N graded by the level numbered N, the measures numbered alike; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wensu_market_bureau_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("乌澍琮", "局长", "主持全面工作", [
            ("重大执法案件处理个人说了算，干预案件查办", "Ⅰ级", "重大案件经案审委集体审议，会议纪要存档。"),
            ("政府采购和执法装备购置指定供应商", "Ⅰ级", "采购进县公共资源交易平台，局党组集体研究。"),
        ]),
        ("逢骞湄", "副局长", "分管食品生产、特种设备", [
            ("食品生产许可审查降低条件，为小作坊开绿灯", "Ⅰ级", "许可审查两人以上现场核查，结果公示。"),
            ("特种设备安全检查走过场，隐患不督促整改", "Ⅱ级", "检查记录存档，隐患整改销号管理。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品生产监管股", "股长", "乌珩淇", "middle", "食品监督抽查抽样对象选择性安排", "Ⅰ级",
         "抽样对象由系统随机抽取，抽样全程记录。"),
        ("食品生产监管股", "股长", "乌珩淇", "middle", "不合格食品核查处置不到位", "Ⅱ级", "核查处置限期办结，结果报局审核。"),
        ("登记注册股", "科员", "逢岑瑄", "general", "市场主体登记材料审核不严", "Ⅱ级", "登记材料一审一核，档案留存。"),
        ("登记注册股", "科员", "逢岑瑄", "general", "为中介代办登记提供便利，收受好处", "Ⅲ级", "窗口办件全程录像，群众评价。"),
        ("特种设备安全监察股", "股长", "乌暄淳", "middle", "特种设备使用登记不按规定审查", "Ⅱ级", "使用登记资料复核，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wensu_market_bureau_two_sheets", "https://www.xuncaibao.com/zhuantifanwen/gongwenfanwen/115648.html",
        "县市场监督管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 质监局 挂职副局长's note on 食品安全监管 "
        "(食品生产许可, 小作坊, 监督抽查, 监管责任): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wensu_food_drug_testing_station_posts() -> dict:
    unit = f"{PLACE}食品药品检验站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "检验机构委托", "委托外检机构不经比选，收受好处", "制度机制风险", "一级",
         "外检委托经站务会集体研究，比选结果公示。"),
        ("抽样室", "主任", "middle", "抽样计划安排", "抽样对象选择性安排，避开关系户", "岗位职责风险", "一级",
         "抽样对象随机抽取，计划报县市场监管局备案。"),
        ("抽样室", "抽样员", "general", "现场抽样", "抽样不按规程，调换样品", "业务流程风险", "二级",
         "抽样两人以上，样品封签拍照留存。"),
        ("检验室", "检验员", "general", "检验数据出具", "篡改检验数据，出具虚假报告", "思想道德风险", "一级",
         "原始记录双人签字，报告三级审核。"),
        ("检验室", "检验员", "general", "不合格结果通报", "不合格结果迟报、漏报", "外部环境风险", "二级",
         "不合格结果24小时内报送，台账登记。"),
        ("综合室", "样品管理员", "general", "留样管理", "留样私自处理或外借", "业务流程风险", "三级",
         "留样出入库登记，每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wensu_food_drug_testing_station_posts",
        "http://uhdz.gov.cn/zfxxgk/fdzdgknr/6rmrzenm3y/spypjg1/content_16480",
        "县食品药品检验站 岗位廉政风险点排查表 对岗不对人, after the source's 市场监督管理局 食品安全监督抽检 notice "
        "(委托检验机构, 抽样, 不合格, 核查处置): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wensu_metrology_institute_cards() -> dict:
    unit = f"{PLACE}计量检定所"
    t = _Truth(unit)
    cards = [
        ("所长", "逢沣璟", "所长", "主持全面工作", "leader", [
            ("检定收费不按标准，擅自加收费用", "★★★", "收费标准上墙公示，票据统一开具。"),
            ("强制检定计量器具漏检、代检", "★★", "强检器具建档，到期自动提醒。"),
            ("接受送检单位宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "乌琤岳", "副所长", "分管检定业务、证书签发", "leader", [
            ("未经检定出具检定证书", "★★★", "证书签发核对原始记录，检定员、核验员、批准人三级签字。"),
            ("计量标准器具维护经费使用不规范", "★★", "经费支出所务会研究，专账核算。"),
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
        "wensu_metrology_institute_cards", "https://360docs.net/doc/0714948450.html",
        "县计量检定所 领导干部廉政风险防控卡, one sheet a leader, after the source's 计量检定收费标准 (检定项目, 收费单位, "
        "基本价, 加收): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wensu_quality_service_center_group_rows() -> dict:
    unit = f"{PLACE}质量技术服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "逢濯瑜", "leader", [
                ("检验检测设备采购化整为零规避招标", "高", "设备采购按限额进平台，中心集体研究。"),
                ("检验报告审批签字把关不严", "中", "报告审批核对原始记录，责任倒查。"),
            ]),
        ]),
        ("二、检验检测室", "检验检测室", [
            ("室主任", "乌瑗岍", "middle", [
                ("起重机械等产品检验结论弄虚作假", "高", "检验结论双人复核，盲样比对。"),
            ]),
            ("检验员", "逢琮沄", "general", [
                ("检验收费不开票据，私收费用", "高", "收费统一由财务开票，每月对账。"),
                ("向企业透露抽查计划", "低", "抽查计划保密，知悉范围登记。"),
            ]),
        ]),
        ("三、综合办公室", "综合办公室", [
            ("会计", "乌璟沺", "general", [
                ("检验收入不及时入账", "中", "收入日清月结，中心主任每月审阅。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wensu_quality_service_center_group_rows", "http://sjbl.cc/Show-21254.html",
        "县质量技术服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's 产品质量检验中心 能力建设验收 (起重机械, "
        "检验检测, 盲样, 仪器设备): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、中心领导``, ``二、检验检测室``, ``三、综合办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wensu_jiamu_town_station_selfchecks() -> dict:
    unit = f"{PLACE}佳木镇市场监管所"
    t = _Truth(unit)
    people = [
        ("乌泠翾", "所领导", "所长", "leader", [
            ("农村假冒伪劣食品整治中对违法经营者说情放纵", "一级风险", "案件查处集体研究，处罚结果公开。", "已落实"),
            ("执法车辆、办案经费使用不规范", "二级风险", "车辆使用登记，经费报镇财政所审核。", "未发现问题"),
        ]),
        ("逢岐玥", "食品监管组", "组长", "middle", [
            ("乡场餐饮店、食品作坊日常检查走过场", "一级风险", "检查记录拍照上传，所长抽查。", "已落实"),
            ("接受被检查单位宴请", "三级风险", "签订廉洁承诺书。", "已落实"),
        ]),
        ("乌峤瑢", "综合执法组", "执法人员", "general", [
            ("流动摊点收缴物品私自处理", "二级风险", "收缴物品登记入库，两人以上处置。", "未发现问题"),
            ("罚没款当场收缴不开票", "一级风险", "罚款一律银行代收。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wensu_jiamu_town_station_selfchecks", "http://m.zgkjsz.com/page/2019/0127/15916632.shtml",
        "镇市场监管所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市场监管局 "
        "农村假冒伪劣食品 专项整治 (乡场餐饮店, 食品生产作坊, 流动摊点, 拉网式排查): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表日期`` over a row of values, then 序号/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def wensu_tuohula_town_station_list() -> dict:
    unit = f"{PLACE}托乎拉乡市场监管所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "逢岚翊", "leader", "节日市场专项检查选择性检查", "岗位职责", "高风险",
         "检查对象随机抽取，检查结果公示。"),
        ("所领导", "所长", "逢岚翊", "leader", "行政处罚裁量不公，同案不同罚", "制度机制", "中风险",
         "执行处罚裁量基准，案件法制审核。"),
        ("市场监管", "监管员", "乌沅琳", "general", "卤肉等熟食抽检结果不及时公示", "业务流程", "中风险",
         "抽检结果按期在集市公示栏公示。"),
        ("市场监管", "监管员", "乌沅琳", "general", "收受商户好处，通风报信", "思想道德", "高风险",
         "检查不提前通知，两人以上同行。"),
        ("消费维权", "调解员", "逢翙萱", "general", "消费纠纷调解偏袒经营者", "外部环境", "低风险",
         "调解过程记录，当事人签字确认。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "wensu_tuohula_town_station_list", "http://quvv.com.cn/news/show.php?itemid=4488",
        "乡市场监管所 岗位廉政风险防控一览表, after the source's 县工商局 卤肉制品 专项检查 (节日市场, 随机检查, 取样抽检, "
        "公示抽检信息): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def wensu_consumer_complaint_center_register() -> dict:
    unit = f"{PLACE}消费者投诉举报中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "乌翎澈", "leader", [
            ("重大投诉举报件分办不按规定，压案不查", "制度机制", "一级", "举报件登记编号，分办结果集体研究。"),
            ("举报奖励资金发放审核不严", "岗位职责", "二级", "奖励资金审核公示，报局审批。"),
        ]),
        ("投诉受理科", "受理员", "逢珞岷", "general", [
            ("12315投诉不登记、不转办", "业务流程", "一级", "投诉全部录入平台，系统留痕。"),
        ]),
        ("举报处置科", "科长", "乌璠沚", "middle", [
            ("泄露举报人信息", "思想道德", "一级", "举报人信息专人管理，严格保密。"),
            ("举报核查超期不办结", "业务流程", "三级", "办理时限系统预警，每月通报。"),
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
        "wensu_consumer_complaint_center_register",
        "https://bvnf.cn/zpx/c117888/202412/c312d9b83caf4867aff5b55187d5aff3.shtml",
        "县消费者投诉举报中心 廉政风险点排查登记表, after the source's 县市场监督管理局 食品安全监督抽检 notice (抽检, 不合格, "
        "12315 投诉举报): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wensu_ip_service_center_numbered_lines(),
    wensu_market_bureau_two_sheets(),
    wensu_food_drug_testing_station_posts(),
    wensu_metrology_institute_cards(),
    wensu_quality_service_center_group_rows(),
    wensu_jiamu_town_station_selfchecks(),
    wensu_tuohula_town_station_list(),
    wensu_consumer_complaint_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch895-inbox"))
