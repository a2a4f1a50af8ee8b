"""The nine-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
bodies, 浪卡子县 (山南市, 西藏自治区) — its 交通运输局, 道路运输管理站, 汽车客运站, 交通运输综合行政执法大队,
公路养护段, 农村公路服务站 and two 乡镇交通管理站 (打隆镇, 普玛江塘乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 道路运输管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 汽车客运站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 交通运输综合行政执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 打隆镇交通管理站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 普玛江塘乡交通管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 公路养护段's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``langkazi_rural_road_station_level_by_indent``: the 农村公路服务站's 岗位廉政风险点一览表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 股室 merged, 岗位 and 姓名 merged per person)
  with NO LEVEL COLUMN: each point's level is told by how far its text is INDENTED in the 廉政风险点
  cell, as a Word outline would — written flush (顶格) for 一级, after two full-width spaces
  (``　　``) for 二级, after four (``　　　　``) for 三级 — and a ``注：`` line under the table says
  so (``注：廉政风险点顶格书写的为一级风险点，缩进两格的为二级风险点，缩进四格的为三级风险点。``).
  The README's 读得懂的表 knows points whose indent tells their HOLDER (``HOLDERS_BY_INDENT``: a group
  row naming two people, flush rows the first's, indented rows the second's), levels told by a
  mark before the point (``★``/``☆``, ``LEVEL_MARKS``), by the 序号's numbering style, by the 序号
  in a note, by the point's place in its block, by its name or by cell colour; it does not
  describe a level told by the point cell's indent.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 州交通运输局 on a 政风行风热线 —
农村公路建设养护, 非法营运, 交通重点项目; a 运管部门 reviewing 驾校 校外桩训点 — 审核, 备案, 投诉; a
汽车客运站's 管理制度 — 售票, “人情票”“关系票”, 三品检查, 路单; the opening of 超限超载检测站 — 检测,
卸载, 处理; a 县乡道 feature — 林场路, 乡道修建; a 运管所 督促 a 客运中心站 — 三不进站、五不出站,
送客车辆; a 交通运输综合行政执法大队's 决算 — 政府采购, 国有资产, 三公经费; a paper on 农村公路质量
监督 — 县级质监, 监督程序) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 海 and 元 with rare
given names); every unit is a body of 浪卡子县.

Run ``python tests/published/score.py --set batch938`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the indent is the level (flush 1, two full-width spaces 2, four 3) and the
  point is the cell's text without its leading spaces; the 注 line is no point;
- ``站领导``, ``段领导``, ``大队领导`` (a 股室/部门 cell, a group row) are the 科室 of those leaders; the
  交通运输局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 股 or 室,
  a 段's 股 or 道班 and a 大队's 中队 are 科室; a group row ``二、治超中队`` gives the 科室 ``治超中队``;
- every station, the 段, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 段长,
  副段长, 大队长 and 副大队长 are leaders; 股长, 室主任, 班长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 道路运输管理站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b938_"
PLACE = "浪卡子县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
INDENT = {1: "", 2: GAP * 2, 3: GAP * 4}  # the harder file's indent a level


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, level, 防控措施)])
INDENTED = [
    ("站领导", "站长", "海翀漪", "leader", [
        ("农村公路建设项目质量监督程序走过场，放松把关", 1, "质量监督按程序逐项进行，监督记录报县交通运输局备案。"),
        ("养护工程发包不经比选，指定施工队伍", 1, "养护工程三家以上比选，结果在站内公示。"),
        ("接受施工单位宴请、礼品", 3, "签订廉洁承诺书，节前开展廉洁提醒。"),
    ]),
    ("站领导", "副站长", "元琰霁", "leader", [
        ("交工验收降低标准，为不合格路段签字", 1, "交工验收邀请县质监人员和乡村代表参加，现场检测。"),
        ("养护补助资金审核不严，按申报数拨付", 2, "补助资金按考核结果拨付，考核表双人签字。"),
    ]),
    ("质量监督股", "股长", "海璆岫", "middle", [
        ("工程质量检测取样弄虚作假", 2, "取样由监理、施工、服务站三方见证，样品封存。"),
        ("对质量问题整改不跟踪、不复查", 3, "整改通知书限期回复，复查结果存档。"),
    ]),
    ("养护管理股", "管理员", "元翯湉", "general", [
        ("养护巡查记录代签、补签", 2, "巡查定位打卡，记录每月核查。"),
        ("养护材料验收数量不实", 2, "材料入库过磅，验收单两人签字。"),
        ("向养护队伍索要好处", 3, "养护考核结果公开，设立举报电话。"),
    ]),
]  # fmt: skip


def langkazi_rural_road_station_level_by_indent() -> dict:
    unit = f"{PLACE}农村公路服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 44, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in INDENTED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, INDENT[lv] + point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：廉政风险点顶格书写的为一级风险点，缩进两格的为二级风险点，缩进四格的为三级风险点。",
        6,
    )
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月")
    return _layout(
        "langkazi_rural_road_station_level_by_indent", "https://www.xiaomilidoc.com/p-15029614.html",
        "(harder) 县农村公路服务站 岗位廉政风险点一览表, after the source's paper on 农村公路质量监督 (县级质监机构, 监督程序, "
        "监督手段, 质量把关): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 股室 merged, 岗位/姓名 merged "
        "per person, NO LEVEL COLUMN: each point's level told by its INDENT in the cell (flush 一级, two full-width "
        "spaces 二级, four 三级), a ``注：`` line saying so; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def langkazi_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("元璟霨", "局长", "主持全面工作", [
            ("交通重点项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，纪要存档。"),
            ("插手农村公路建设项目招标，为亲友承揽工程", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("海珣翙", "副局长", "分管运输管理、执法", [
            ("非法营运查处中说情、打招呼", "一级", "查处结果每月通报，说情干预登记报告。"),
            ("客运班线审批向关系企业倾斜", "二级", "班线审批条件公开，审批结果公示。"),
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
        ("规划建设股", "股长", "元岑澍", "middle", "农村公路建设养护计划安排不按轻重缓急", "二级",
         "计划安排经局务会研究，结果公示。"),
        ("规划建设股", "股长", "元岑澍", "middle", "工程计量支付不按进度，虚报工程量", "一级",
         "计量凭监理签认的进度报表，财务股复核。"),
        ("财务股", "会计", "海霂珩", "general", "交通专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "元泠翥", "general", "现金收支不及时入账", "一级", "现金日清月结，每月对账。"),
        ("安全监督股", "股长", "海峤淙", "middle", "安全检查发现隐患不督促整改", "三级", "隐患整改台账销号管理，复查留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "langkazi_transport_bureau_two_sheets",
        "http://www.diqing.gov.cn/zfxxgk_dqzzf_zjtysj/fdzdgknr/gzdt/202008/20200828_99942.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 州交通运输局 on a 政风行风热线 (农村公路建设养护, "
        "非法营运, 交通重点项目): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def langkazi_road_transport_station_posts() -> dict:
    unit = f"{PLACE}道路运输管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "驾培机构审核", "驾校校外训练场地审核降低条件、照顾关系", "制度机制风险", "高",
         "审核经站务会集体研究，结果公示。"),
        ("运政股", "股长", "middle", "道路运输经营许可", "经营许可材料审查不严，违规发证", "岗位职责风险", "高",
         "许可材料双人审查，办理时限公开。"),
        ("运政股", "审批员", "general", "从业资格证办理", "从业资格证办理收受好处、吃拿卡要", "思想道德风险", "中",
         "窗口办理全程录像，群众评价。"),
        ("稽查股", "稽查员", "general", "运输市场稽查", "查处非法营运时选择性执法", "业务流程风险", "高",
         "稽查全程执法记录仪记录，案件集体审议。"),
        ("稽查股", "稽查员", "general", "投诉处理", "对驾校、维修企业的投诉压案不办", "外部环境风险", "中",
         "投诉登记编号，限期办结回访。"),
        ("维修管理股", "管理员", "general", "维修企业备案", "维修企业备案把关不严", "业务流程风险", "低",
         "备案材料每季度抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "langkazi_road_transport_station_posts",
        "https://jtj.changzhou.gov.cn/content/suitable/show?catid=3284&id=38315",
        "县道路运输管理站 岗位廉政风险点排查表 对岗不对人, after the source's 运管部门 审核 驾校校外桩训点 (现场审核, 备案, "
        "投诉, 取消备案): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def langkazi_bus_station_cards() -> dict:
    unit = f"{PLACE}汽车客运站"
    t = _Truth(unit)
    cards = [
        ("站长", "海曦翾", "站长", "主持客运站全面工作", "leader", [
            ("进站经营车辆准入照顾关系", "★★★", "进站车辆按条件准入，名单公示。"),
            ("站务设施维修项目指定施工单位", "★★★", "维修项目三家比价，站务会研究。"),
            ("接受客运经营者宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "元瑗岷", "副站长", "分管售票、安检", "leader", [
            ("默许售卖“人情票”“关系票”", "★★", "售票全部进系统，每日核对票款。"),
            ("“三品”检查放松，收受好处放行", "★★", "安检全程录像，站长抽查。"),
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
        "langkazi_bus_station_cards", "https://78911.com.cn/GuiZhangZhiDu/305523-3.html",
        "县汽车客运站 领导干部廉政风险防控卡, one sheet a leader, after the source's 汽车客运站 管理制度 (售票, 不准售“人情票”、"
        "“关系票”, 三品检查, 路单报表): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def langkazi_transport_enforcement_group_rows() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "元旻瑢", "leader", [
                ("重大行政处罚案件说情、干预，降低处罚标准", "一级风险", "重大案件法制审核后集体审议。"),
                ("执法车辆、装备采购指定供应商", "二级风险", "采购按政府采购程序办理。"),
            ]),
        ]),
        ("二、治超中队", "治超中队", [
            ("中队长", "海琤岘", "middle", [
                ("超限车辆检测数据修改，少计超限吨位", "一级风险", "检测数据系统自动上传，不得人工修改。"),
            ]),
            ("队员", "元翾澂", "general", [
                ("卸载货物处置不规范，私自变卖", "二级风险", "卸载货物登记造册，处置两人以上经办。"),
                ("收受货车司机好处放行", "三级风险", "检测现场全程录像，定期轮岗。"),
            ]),
        ]),
        ("三、路政中队", "路政中队", [
            ("中队长", "海濛岍", "middle", [
                ("路政许可现场勘验走过场", "二级风险", "勘验两人以上，现场照片存档。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "langkazi_transport_enforcement_group_rows", "http://admin.chinacar.com.cn/newsview101466.html",
        "县交通运输综合行政执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's opening of 超限超载检测站 (检测, "
        "卸载, 教育放行, 处理): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、大队领导``, ``二、治超中队``, ``三、路政中队`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def langkazi_dalong_station_selfchecks() -> dict:
    unit = f"{PLACE}打隆镇交通管理站"
    t = _Truth(unit)
    people = [
        ("元峣瀞", "站领导", "站长", "leader", [
            ("乡道、村道修建项目化整为零规避招标", "Ⅰ级", "项目按限额标准报县交通运输局审批。", "已落实"),
            ("筑路材料采购指定供应商", "Ⅱ级", "材料采购三家比价，验收入库。", "未发现问题"),
        ]),
        ("海沅岵", "农村公路股", "管理员", "general", [
            ("乡道养护质量检查打人情分", "Ⅰ级", "检查结果乡村两级签字确认。", "已落实"),
            ("路面坑槽修补工程量签字不实", "Ⅲ级", "修补前后拍照留存，站长抽查。", "已落实"),
        ]),
        ("元湜翚", "运输管理股", "协管员", "general", [
            ("农村客运补贴核定不实", "Ⅰ级", "补贴按班次记录核定，在村务栏公示。", "未发现问题"),
            ("对非法营运车辆睁一只眼闭一只眼", "Ⅱ级", "巡查记录每日上报，站里抽查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "langkazi_dalong_station_selfchecks", "http://www.chinahighway.com/article/63872.html",
        "镇交通管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's feature on "
        "县乡道 (乡路修建, 泥沙道铺水泥, 林场路, 通客车): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def langkazi_pumajiangtang_station_list() -> dict:
    unit = f"{PLACE}普玛江塘乡交通管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "海湛翙", "leader", "农村客运招呼站建设项目验收不严", "制度机制", "高风险",
         "验收邀请乡、村和群众代表参加。"),
        ("站领导", "站长", "海湛翙", "leader", "乡村道路安全设施经费使用不公开", "岗位职责", "中风险",
         "经费专账核算，每年底张榜公布。"),
        ("运输管理", "管理员", "元珂澈", "general", "对送客车辆违规进站不劝阻、不报告", "业务流程", "高风险",
         "站场巡查记录每日登记，乡里抽查。"),
        ("运输管理", "管理员", "元珂澈", "general", "收受客运车主好处，安排班次", "思想道德", "低风险",
         "班次安排在乡政务栏公示。"),
        ("道路养护", "养护员", "海翊泷", "general", "养护用工考勤弄虚作假", "外部环境", "中风险",
         "考勤表村委会签字，每月公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "langkazi_pumajiangtang_station_list", "http://jinanzhuoli.com/jg_detail.php?id=523",
        "乡交通管理站 岗位廉政风险防控一览表, after the source's 运管所 督促 客运中心站 (三不进站、五不出站, 进站口引导, 送客车辆 "
        "劝阻): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def langkazi_road_maintenance_section_register() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "元璆翥", "leader", [
            ("养护材料政府采购规避程序", "制度机制", "一级", "采购按政府采购目录执行，段务会研究。"),
            ("养护经费分配不按路况", "岗位职责", "二级", "经费按路况评定结果测算，公示。"),
        ]),
        ("财务股", "会计", "海珩湲", "general", [
            ("“三公”经费报账票据不实", "业务流程", "一级", "公务接待、公车运行费用逐笔审核。"),
        ]),
        ("机料股", "股长", "元澂岘", "middle", [
            ("养护机械、车辆等国有资产处置不公开", "业务流程", "二级", "资产处置评估后公开处置。"),
            ("机械维修费虚报冒领", "思想道德", "三级", "维修前后拍照，机料股和段领导双签。"),
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
        "langkazi_road_maintenance_section_register",
        "http://www.hjs.gov.cn/hjs/c123591/202510/87d8acb2ce4947a4864863708526834f.shtml",
        "县公路养护段 廉政风险点排查登记表, after the source's 交通运输综合行政执法大队 决算 (政府采购, 国有资产占用, “三公”经费, "
        "机关运行经费): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    langkazi_rural_road_station_level_by_indent(),
    langkazi_transport_bureau_two_sheets(),
    langkazi_road_transport_station_posts(),
    langkazi_bus_station_cards(),
    langkazi_transport_enforcement_group_rows(),
    langkazi_dalong_station_selfchecks(),
    langkazi_pumajiangtang_station_list(),
    langkazi_road_maintenance_section_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch938-inbox"))
