"""The nine-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's veterans
affairs bodies, 康马县 (日喀则市, 西藏自治区) — its 退役军人事务局, 退役军人服务中心, 烈士陵园管理所, 军供站,
军队离退休干部休养所, 光荣院 and two 乡镇退役军人服务站 (南尼乡, 少岗乡) — each handing back the 一览表,
防控卡, 排查表, 清单, 登记表 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 军供站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  ``…风险`` types, 高/中/低; no names;
- the 烈士陵园管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 军队离退休干部休养所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 南尼乡退役军人服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 少岗乡退役军人服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 光荣院's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kangma_service_centre_party_and_admin_posts``: the 退役军人服务中心's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 科室 | 姓名 | 党内职务 | 行政职务 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged,
  姓名 and both 职务 merged per person, 高/中/低) copied from the centre's 干部花名册, which keeps TWO POST
  COLUMNS side by side: ``党内职务`` (the 党支部 role: ``党支部书记``, ``组织委员``, ``纪检委员``,
  ``宣传委员``, or ``/`` for a member without one) LEFT of ``行政职务`` (the job: ``主任``, ``副主任``,
  ``股长``, ``科员``). The post of each holder is the 行政职务; the 党内职务 is a party-branch role held
  beside it and names no post of its own. The README's 读得懂的表 and docs/layouts.md know two columns
  that both look like posts when one is a coarse grouping (``岗位类别 | 岗位``: the finer one is the
  post), three holder columns ``第一责任人 | 直接责任人 | 具体责任人``, a 职务 cell ``秘书科机要员`` split
  into 科室 and post, and a résumé's ``现任`` sentence listing several 职务 (``党组书记、局长``: the
  last one); they do not describe a 党内职务 column beside a 行政职务 column, neither a grouping of
  the other, the post being the 行政职务 and the party role no post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city bureau's visit to a county's
退役军人服务保障体系 — 服务站, 就业创业, 志愿服务队; a 社区 服务站 with its 退役军人功能型党支部 —
信息采集, 一人一台账, 送岗位; a 烈士陵园 巡检守护 制度 — 巡视员, 管理员, 保洁员, 经费, 设施维修; a
军区's 部队输送军供协作机制 — 饮食保障明细, 军供站, 财政结算; a comment on 军休所 — 会计, 司机, 电工,
专用车, 保障经费; 优待证 申请 at the 乡镇 服务站 (two pages) — 户籍地, 监护人, 申请审核; a 军粮供应站 at
a 驻训地 — 米面油, 肉禽蔬菜, 招标 供应商) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
苌 and 湛 with rare given names, three characters each); every unit is a body of 康马县.

Run ``python tests/published/score.py --set batch919`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the post is the ``行政职务``; the ``党内职务`` (``党支部书记``, ``组织委员`` …,
  ``/`` for none) is no post, no 科室 and no point; one form a holder;
- ``中心领导``, ``站领导``, ``所领导``, ``院领导`` (a 科室/股室 cell, a group row) are the 科室 of those
  leaders; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's
  股 or 组, a 所's 组 and a 院's 股 are 科室 (a 乡镇 station's ``信息采集组``, ``综合服务组``, ``优抚帮扶组`` too); a group row ``二、服务保障组`` gives the 科室 ``服务保障组``;
- every station, the 中心, the 陵园管理所, the 军供站, the 休养所, the 光荣院 and the 局 are units of
  their own: 局长, 副局长, 主任, 副主任, 所长, 副所长, 站长, 副站长, 院长 and 副院长 are leaders; 股长 and
  组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 军供站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b919_"
PLACE = "康马县"
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

# (科室, 姓名, 党内职务, 行政职务, tier, [(廉政风险点, 风险等级, 防控措施)])
TWO_POSTS = [
    ("中心领导", "湛翊岚", "党支部书记", "主任", "leader", [
        ("退役军人服务保障项目资金安排个人说了算", "高", "项目资金安排经中心主任办公会集体研究，报县退役军人事务局备案。"),
        ("办事大厅、阅览室改造项目指定施工单位", "高", "改造项目按限额进县公共资源交易平台，验收邀请审计参加。"),
    ]),
    ("中心领导", "苌珩澈", "组织委员", "副主任", "leader", [
        ("退役军人功能型党支部活动经费虚列支出", "中", "活动经费专款专用，开支凭活动记录和签到表报账。"),
        ("退役军人志愿服务队补贴发放对象不实", "中", "补贴名单经服务队队长核实，在中心公示。"),
    ]),
    ("综合股", "湛璟峤", "纪检委员", "股长", "middle", [
        ("办公用品和慰问物资采购不询价", "中", "采购三家询价，物资入库登记、领用签字。"),
        ("走访慰问物资发放台账与实际不符", "高", "慰问物资发放逐户签收，台账每季度核对。"),
    ]),
    ("就业创业股", "苌沅嵘", "/", "科员", "general", [
        ("退役军人信息采集和建档立卡数据弄虚作假", "中", "信息采集双人核对，一人一台账定期比对。"),
        ("适应性培训、送岗位活动补贴虚报人数", "高", "培训签到与影像资料存档，补贴按实到人数拨付。"),
    ]),
    ("优抚帮扶股", "湛岫琮", "宣传委员", "科员", "general", [
        ("困难帮扶对象认定优亲厚友", "高", "帮扶对象经村（社区）评议、中心审核并公示。"),
        ("帮扶资金发放不及时、截留挪用", "中", "帮扶资金社会化发放，直接打入对象账户。"),
    ]),
]  # fmt: skip


def kangma_service_centre_party_and_admin_posts() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 12, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "姓名", "党内职务", "行政职务", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, who, party, post, tier, points in TWO_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, who, party, post, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "kangma_service_centre_party_and_admin_posts",
        "http://www.qhbtv.com/new_index/folder3739/folder3753/2021-08-12/1562033.html",
        "(harder) 县退役军人服务中心 岗位廉政风险防控一览表, after the source's 社区 退役军人服务站 (退役军人功能型党支部, 信息采集, "
        "一人一台账, 送政策、送岗位、送培训): a title, then ``序号 | 科室 | 姓名 | 党内职务 | 行政职务 | 廉政风险点 | 风险等级 | "
        "防控措施`` copied from the 干部花名册 — TWO POST COLUMNS, the 党支部 role (``党支部书记``, ``组织委员``, ``纪检委员``, "
        "``宣传委员``, ``/``) LEFT of the job (``主任``, ``副主任``, ``股长``, ``科员``); 科室 merged, 姓名 and both 职务 "
        "merged per person; 高/中/低; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangma_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("苌霁翀", "局长", "主持全面工作", [
            ("服务保障体系建设项目资金分配个人说了算", "一级", "项目资金分配经局党组会集体研究，会议纪要存档。"),
            ("干预退役士兵安置岗位分配，为亲友打招呼", "一级", "安置岗位按量化积分选岗，结果公示。"),
        ]),
        ("湛昀潆", "副局长", "分管优抚安置、就业创业", [
            ("优抚对象身份认定把关不严", "一级", "身份认定查档案、经村乡两级核实，结果公示。"),
            ("就业创业扶持资金审批向关系户倾斜", "二级", "扶持资金申报材料经股室初审、局务会审定。"),
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
        ("优抚安置股", "股长", "苌峄泓", "middle", "抚恤补助资金发放对象、标准把关不严", "一级",
         "抚恤补助资金社会化发放，每季度与公安、民政数据比对。"),
        ("优抚安置股", "股长", "苌峄泓", "middle", "伤残等级评定材料审核不严", "二级", "评定材料两人审核，结果公示。"),
        ("褒扬纪念股", "股长", "湛瀚璘", "middle", "烈士纪念设施维修项目化整为零", "二级", "维修项目按限额报局党组研究，竣工验收存档。"),
        ("办公室", "会计", "苌琇岷", "general", "专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("办公室", "出纳", "湛沨翮", "general", "志愿服务队活动经费现金收支不入账", "一级", "现金日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kangma_veterans_bureau_two_sheets", "http://www.gongyishi.gov.cn/gysy01/8770524.jhtml",
        "县退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's visit of a city bureau to a county (退役军人服务保障"
        "体系, 乡镇服务站, 就业创业, 志愿服务队): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kangma_military_supply_station_posts() -> dict:
    unit = f"{PLACE}军供站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "军供保障经费结算", "虚增保障人次，多结算军供保障经费", "制度机制风险", "高",
         "保障人次以部队签认的饮食保障明细为准，经费报县财政审核。"),
        ("保障股", "股长", "middle", "主副食品采购", "主副食品采购指定供应商，收受回扣", "岗位职责风险", "高",
         "采购询价三家以上，供应商名录每年公开遴选。"),
        ("保障股", "炊事员", "general", "食材验收入库", "食材验收以次充好、短斤少两", "业务流程风险", "中",
         "验收两人以上，过磅记录和照片存档。"),
        ("保障股", "炊事员", "general", "剩余物资处置", "剩余主副食品私分私用", "思想道德风险", "低",
         "剩余物资登记入库，处置经站务会研究。"),
        ("综合股", "会计", "general", "站务经费报账", "协作保障往来款项不及时入账", "业务流程风险", "中",
         "往来款项专账核算，每月与县财政对账。"),
        ("综合股", "驾驶员", "general", "保障车辆使用", "公车私用、虚报加油费和维修费", "外部环境风险", "低",
         "车辆派车单管理，加油卡定车定人。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kangma_military_supply_station_posts", "https://sz81.org.cn/index.php?c=show&id=13642",
        "县军供站 岗位廉政风险点排查表 对岗不对人, after the source's 部队输送军供协作机制 (军供站 饮食保障, 沿途饮食保障明细表, "
        "财政 结算): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kangma_martyrs_cemetery_cards() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "湛珂嵛", "所长", "主持管理所全面工作", "leader", [
            ("陵园设施维修工程向施工方索取好处", "★★★", "维修工程由县退役军人事务局组织比选，管理所不得指定施工方。"),
            ("陵园管护经费使用不按预算", "★★★", "管护经费按预算执行，超预算支出报局审批。"),
            ("接受祭扫团体宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "苌濯峥", "副所长", "分管巡检守护、环境保洁", "leader", [
            ("巡视员、保洁员考勤和巡检记录造假", "★★", "巡检定位打卡，记录每月核查。"),
            ("保洁、绿化服务外包验收不严", "★★", "外包服务按合同验收，验收记录存档。"),
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
        "kangma_martyrs_cemetery_cards", "https://www.eqrm.cn/news/lslyxjshzdfbjmshyhdmj.html",
        "县烈士陵园管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 烈士陵园 巡检守护 制度 (巡视员、管理员、"
        "保洁员, 巡检记录, 经费, 设施维修): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kangma_retired_cadres_group_rows() -> dict:
    unit = f"{PLACE}军队离退休干部休养所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "湛霈岍", "leader", [
                ("军休干部保障经费长期结余、违规使用", "一级风险", "保障经费按年度预算使用，结余按规定上缴。"),
                ("所内车辆由所领导专用，不保障军休干部", "一级风险", "车辆统一调度，军休干部用车优先登记。"),
            ]),
        ]),
        ("二、服务保障组", "服务保障组", [
            ("组长", "苌瑀澜", "middle", [
                ("医疗、生活用品采购收受回扣", "二级风险", "采购三家比价，军休干部代表参与验收。"),
            ]),
            ("电工", "湛岱翎", "general", [
                ("水电维修材料虚报冒领", "二级风险", "维修材料领用登记，维修单由军休干部签字。"),
                ("接受服务单位宴请，维修验收走过场", "三级风险", "签订廉洁承诺书，维修验收两人以上。"),
            ]),
        ]),
        ("三、财务组", "财务组", [
            ("会计", "苌潼昉", "general", [
                ("统计发放退休金时多算、错发", "二级风险", "发放清册经组长复核、所长签字，每月对账。"),
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
        "kangma_retired_cadres_group_rows", "https://junzhuan.com/thread-2680880-2-1.html",
        "县军队离退休干部休养所 廉政风险防控责任清单 under GROUP ROWS, after the source's comment on a 军休所 (会计、司机、电工, "
        "所领导专用车, 保障经费 结余, 统计发放退休金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、所领导``, ``二、服务保障组``, ``三、财务组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def kangma_nanni_station_selfchecks() -> dict:
    unit = f"{PLACE}南尼乡退役军人服务站"
    t = _Truth(unit)
    people = [
        ("湛璠岑", "站领导", "站长", "leader", [
            ("优待证申请材料审核把关不严", "Ⅰ级", "申请材料对照户籍和建档立卡信息逐项审核。", "已落实"),
            ("走访慰问对象确定优亲厚友", "Ⅱ级", "慰问名单经站务会研究，在村务公开栏公示。", "未发现问题"),
        ]),
        ("苌渟峦", "信息采集组", "信息采集员", "general", [
            ("退役军人信息采集虚报、漏报", "Ⅰ级", "采集信息与乡派出所户籍信息比对。", "已落实"),
            ("泄露退役军人个人信息", "Ⅲ级", "信息系统账号专人专用，定期修改密码。", "已落实"),
        ]),
        ("湛曈澍", "优抚帮扶组", "工作人员", "general", [
            ("代办优待证时收取好处费", "Ⅰ级", "代办服务免费，监护人代办须签字确认。", "未发现问题"),
            ("帮扶援助资金发放不公开", "Ⅱ级", "帮扶援助名单和金额张榜公布。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kangma_nanni_station_selfchecks", "https://wenada.com/know/Ka1j.html",
        "乡退役军人服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 优待证 申请 "
        "(户籍地乡镇服务站, 常住地, 监护人 代为申请): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def kangma_shaogang_station_list() -> dict:
    unit = f"{PLACE}少岗乡退役军人服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "苌翎霄", "leader", "优待证申领对象身份核查不严", "制度机制", "高风险",
         "申领对象身份对照建档立卡信息核查，有疑问的报县局。"),
        ("站领导", "站长", "苌翎霄", "leader", "烈属、军属慰问金发放不公开", "岗位职责", "中风险",
         "慰问金发放名单张榜公布，对象签字领取。"),
        ("综合服务组", "专职工作人员", "湛淏岐", "general", "为不符合条件人员代办优待证", "业务流程", "高风险",
         "代办申请须本人或监护人到场签字。"),
        ("综合服务组", "专职工作人员", "湛淏岐", "general", "优待证申请材料保管不善、外借", "思想道德", "低风险",
         "申请材料专柜存放，借阅登记。"),
        ("优抚帮扶组", "兼职工作人员", "苌澄昶", "general", "走访退役军人时收受礼品", "外部环境", "中风险",
         "走访两人同行，签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "kangma_shaogang_station_list", "http://m.ddtbk.com/news/574741.html",
        "乡退役军人服务站 岗位廉政风险防控一览表, after the source's report on the 优待证管理办法 (乡镇（街道）退役军人服务站 受理申请, "
        "户籍地/常住地, 监护人): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def kangma_glory_home_register() -> dict:
    unit = f"{PLACE}光荣院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "湛翊澂", "leader", [
            ("米面油、肉禽蔬菜供应商选定暗箱操作", "制度机制", "一级", "供应商公开招标确定，合同报县退役军人事务局备案。"),
            ("集中供养对象入院审核不严", "岗位职责", "二级", "入院对象经乡镇服务站初审、院务会审定。"),
        ]),
        ("财务股", "会计", "苌岚翊", "general", [
            ("供养经费报账票据不实", "业务流程", "一级", "报账单据附验收单，院长、会计双签字。"),
        ]),
        ("生活保障股", "炊事员", "湛峤璟", "general", [
            ("伙食物资验收短斤少两", "业务流程", "二级", "物资过磅验收，供养对象代表轮流监督。"),
            ("私拿供养对象伙食物资", "思想道德", "三级", "伙食物资出入库登记，每月盘点。"),
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
        "kangma_glory_home_register", "http://81.cn/2018zt/2018-08/12/content_9250100.htm",
        "县光荣院 廉政风险点排查登记表, after the source's 军粮供应站 at a 驻训地 (米面油、新鲜肉禽蔬菜, 供应商 招标, 不高于市场价格, "
        "采购审批): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangma_service_centre_party_and_admin_posts(),
    kangma_veterans_bureau_two_sheets(),
    kangma_military_supply_station_posts(),
    kangma_martyrs_cemetery_cards(),
    kangma_retired_cadres_group_rows(),
    kangma_nanni_station_selfchecks(),
    kangma_shaogang_station_list(),
    kangma_glory_home_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch919-inbox"))
