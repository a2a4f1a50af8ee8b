"""The seven-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's water and
reservoir-resettlement bodies, 宽甸满族自治县 (of 丹东市, 辽宁) — its 水利局, 水政监察大队, 河长制办公室,
铁甲水库管理所, 农村供水服务中心, 水利事务服务中心, 水库移民后期扶持项目管理办公室 and 移民事务服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水利局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水政监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 河长制办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 水利事务服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 铁甲水库管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农村供水服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 水库移民后期扶持项目管理办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kuandian_resettlement_center_lead_assist``: the 移民事务服务中心's 廉政风险点及防控责任清单, ONE ROW A
  POINT (``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施 | 责任人``), the ``责任人`` cell of every row
  holding two LABELLED lines, ``主责：<科室　>岗位　姓名`` over ``协责：<科室　>岗位　姓名`` (one row has two
  协责 lines, one row none); the row's point is its 主责 holder's only — the 协责 people co-operate
  and hold no point by it (as ``配合岗位`` names no holder in the earlier batches); a 协责 person may
  be 主责 of other rows, and one 协责 person (the 财务股 出纳) is 主责 of none. The README's 读得懂的表
  knows ``主责岗位 | 配合岗位 | 监督岗位`` COLUMNS of posts resolved by a staff table, a ``●主责　○配合``
  responsibility matrix of holder columns, a RACI chart, a 责任链 cell chained with ``→``, a shared
  point's holders one a line (all holders alike), a 责任人 cell of name and 科室 on two lines and a
  ``（责任科室：…　责任岗位：…　责任人：…）`` bracket closing a cell; it does not describe ONE holders'
  cell whose lines are labelled by their share of the responsibility (``主责：`` / ``协责：``) where only
  the ``主责`` line names the row's holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市水利和湖泊局 news item on 河湖
“清四乱” in a 水库 — 违规捕鱼, 乱建, 网箱; a page on 移民项目资金补助申请表 — 村民代表会议决议, 乡镇初审,
现场勘验, 验收; a page on 移民资金管理办法 — 专户, 一卡通 兑付, 合同管理, 无验收不结算; a 水库整改方案 —
工程安全, 管理体制, 应急能力; a 县水利局 排查整治 农村供水 — 供水厂, 管护资料, 主管道改造; a 人饮工程
调研 — 水库巡查, 水源地保护, 水质检测; a 县水利局 农村饮水安全大排查 — 水费收取, 管护责任, 问题整改
清单; a 区水利局 河道非法采砂 专项整治 — 采砂船只, 水政执法, 行政处罚) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 鄂 and 谯 with rare given names); every unit is a body of 宽甸满族自治县.

Run ``python tests/published/score.py --set batch740`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the holder on its ``主责：`` line (科室 if the
  line gives one, post, name), with the row's level; the ``协责：`` lines name no holder of the row;
  ``业务事项`` is no point and no 科室; the 中心's 主任 and 副主任 (no 科室) are leaders, a 股长 middle,
  the rest general; the ``注：`` line and the sign-off line are no points;
- ``局领导``, ``中心领导``, ``所领导`` (a sheet, a group row, a 所在科室 cell) give no 科室 when the sheet
  has no 科室 column, and are the 科室 of those leaders where a 科室 cell or group row says so; a 局's
  股, a 中心's 科 or 股 and the 水政监察大队's 中队 are 科室;
- every body is a unit of its own (县直 站、所、中心 are units: their 所长, 主任, 大队长 are leaders);
  股长, 科长, 中队长 are middle; the rest (股员, 会计, 出纳, 巡查员, 执法队员, 水质检测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 水政监察大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b740_"
PLACE = "宽甸满族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LEAD = "主责："
ASSIST = "协责："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 中心's people: key -> (科室, post, name, tier)
STAFF = {
    "zr": ("", "主任", "鄂沨琰", "leader"),
    "fz": ("", "副主任", "谯珣蓠", "leader"),
    "xm": ("项目股", "股长", "鄂岫澴", "middle"),
    "gh": ("规划安置股", "股员", "谯瑑泠", "general"),
    "kj": ("财务股", "会计", "鄂漪翀", "general"),
    "cn": ("财务股", "出纳", "谯翯珉", "general"),
}

# (业务事项, 廉政风险点, 风险等级, 防控措施, 主责 key, 协责 keys)
LEAD_ASSIST = [
    ("后期扶持项目立项", "项目申报不经村民代表会议决议，指定扶持村和项目", "高",
     "项目须附村民代表会议决议和公示材料，中心主任办公会集体研究。", "zr", ("xm",)),
    ("后期扶持项目立项", "项目库入库审核打招呼、优亲厚友", "中",
     "入库项目乡镇初审、中心复审，结果公示。", "fz", ("xm", "gh")),
    ("项目实施与验收", "现场勘验走过场，虚报工程量", "高",
     "现场勘验两人以上，照片和测量记录存档。", "xm", ("gh",)),
    ("项目实施与验收", "项目验收降低标准，验收未合格即拨款", "高",
     "验收邀请乡镇和移民代表参加，无验收不结算。", "fz", ("xm",)),
    ("移民人口核定", "移民人口核减不及时，死亡、迁出人员仍领补助", "中",
     "每年6月底前完成人口核定，与公安户籍数据比对。", "gh", ("fz",)),
    ("直补资金兑付", "直补资金不通过一卡通发放，截留、代领", "高",
     "直补资金一律通过一卡通直接兑付到户。", "kj", ("cn",)),
    ("直补资金兑付", "资金未进专户，与其他资金混用", "中",
     "移民资金专户储存、专账核算，每季度对账。", "kj", ()),
    ("工作经费管理", "移民工作经费列支招待、差旅超标准", "低",
     "经费支出经办人、证明人、审批人三签，年度公开。", "zr", ("kj",)),
]  # fmt: skip


def _who(key: str) -> str:
    dept, post, name, _tier = STAFF[key]
    return GAP.join(x for x in (dept, post, name) if x)


def kuandian_resettlement_center_lead_assist() -> dict:
    unit = f"{PLACE}移民事务服务中心"
    sh = _Sheet("责任清单", [6, 14, 36, 8, 34, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控责任清单", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施", "责任人")
    first = len(sh.rows)
    for i, (item, point, lv, measures, lead, assist) in enumerate(LEAD_ASSIST, 1):
        cell = "\n".join([LEAD + _who(lead)] + [ASSIST + _who(k) for k in assist])
        sh.add(i, item, point, lv, measures, cell)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a 主责 holder, in the staff's order
    for key, (dept, post, name, tier) in STAFF.items():
        for _item, point, lv, _measures, lead, _assist in LEAD_ASSIST:
            if lead == key:
                t.point(sh.name, dept, post, name, tier, point, [], HML[lv])
    _line(
        sh,
        "注：“主责”为该风险点的责任人，“协责”为配合落实防控措施的人员；风险等级分高、中、低三级。",
        6,
    )
    sh.add("编制：", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "kuandian_resettlement_center_lead_assist", "https://zsywlkj.com/shijiebei/38281.html",
        "(harder) 县移民事务服务中心 廉政风险点及防控责任清单, after the source's page on 移民项目资金补助申请表 (村民代表会议决议, "
        "乡镇初审, 现场勘验, 验收, 专款专用): a title, a merged 填报单位/date line, then 序号/业务事项 (merged over its rows)/"
        "廉政风险点/风险等级 高/中/低/防控措施/责任人, ONE ROW A POINT whose 责任人 cell holds LABELLED lines "
        "``主责：<科室　>岗位　姓名`` over ``协责：…`` (none to two 协责 lines); only the 主责 line is the row's holder; "
        "a ``注：`` line saying so and an 编制/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kuandian_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄂璪岚", "局长", "主持全面工作", [
            ("农村供水工程项目安排不经党组会集体研究", "一级", "项目计划经局党组会研究，报县政府审定后公开。"),
            ("插手干预水利工程招标投标", "一级", "工程一律进入县公共资源交易平台，领导干部插手记录报告。"),
        ]),
        ("谯澔筠", "副局长", "分管农村水利、饮水安全", [
            ("饮水安全排查问题整改清单弄虚作假", "二级", "整改清单逐项销号，局纪检组随机抽查。"),
            ("供水工程维修资金分配照顾关系", "二级", "维修资金按排查问题清单因素法分配并公示。"),
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
        ("农村水利股", "股长", "鄂蘅昶", "middle", "集中供水工程验收签字把关不严", "一级",
         "验收组由技术、财务和乡镇人员组成，验收记录存档。"),
        ("农村水利股", "股长", "鄂蘅昶", "middle", "水费收取和管护经费使用监督不到位", "二级", "水费收支每半年公示一次。"),
        ("农村水利股", "股员", "谯渼屾", "general", "入户排查记录填报不实", "三级", "排查表由农户签字确认，抽查复核。"),
        ("计划财务股", "股长", "鄂珝翾", "middle", "水利项目资金拨付不按工程进度", "一级", "拨付凭监理进度签证和股长、分管局长双签。"),
        ("计划财务股", "会计", "谯霈沄", "general", "报账凭证审核不严，虚列工程支出", "二级", "报账凭证经办、审核、审批三级把关。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "kuandian_water_bureau_two_sheets", "https://zizhou.gov.cn/bmxz/zfjg/slj/gzqk/202209/t20220901_991342.html",
        "县水利局 廉政风险防控一览表 in TWO SHEETS, after the source's 县水利局 农村饮水安全大排查 (排查检查组, 水费收取, 管护责任, "
        "问题整改清单): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kuandian_water_enforcement_posts() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "采砂案件查处", "对非法采砂案件压案不查、以罚代刑", "岗位职责风险", "高",
         "案件集体研究，涉嫌犯罪的及时移送公安机关。"),
        ("一中队", "中队长", "middle", "采砂船只扣押", "扣押的采砂船只私自放行", "业务流程风险", "高",
         "扣押、解除扣押经大队审批，登记台账。"),
        ("一中队", "中队长", "middle", "行政处罚裁量", "处罚畸轻畸重，收受说情", "思想道德风险", "中",
         "严格执行裁量基准，处罚决定法制审核。"),
        ("二中队", "执法队员", "general", "河道巡查", "巡查发现违法行为不报告、通风报信", "外部环境风险", "中",
         "巡查轨迹记录，执法记录仪全程记录。"),
        ("二中队", "执法队员", "general", "罚没款收缴", "现场收取罚款不开票据", "制度机制风险", "低",
         "罚缴分离，罚款一律缴入指定账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "kuandian_water_enforcement_posts", "http://aq365.com/html/200907/14/52140.html",
        "县水政监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 区水利局 河道非法采砂 专项整治 (采砂船只, 水政执法人员, "
        "行政处罚, 巡查力度): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kuandian_river_chief_office_selfchecks() -> dict:
    unit = f"{PLACE}河长制办公室"
    t = _Truth(unit)
    people = [
        ("鄂泂琇", "河长办领导", "主任", "leader", [
            ("河湖“清四乱”问题销号弄虚作假", "Ⅰ级", "销号须附整改前后照片，县级河长审核。", "已落实"),
            ("河长制考核打分照顾关系", "Ⅱ级", "考核实行交叉打分，结果公示。", "未发现问题"),
        ]),
        ("谯岍瀓", "督查科", "科长", "middle", [
            ("对乡镇河长虚假巡河问题不督办", "Ⅰ级", "巡河轨迹每月抽查通报。", "已落实"),
            ("督查发现的违规网箱、乱建问题隐瞒不报", "Ⅱ级", "问题清单录入河长制平台，限期整改。", "已落实"),
        ]),
        ("鄂琬濋", "督查科", "巡查员", "general", [
            ("巡查记录补填、代填", "Ⅲ级", "巡查记录当日上传，带定位照片。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kuandian_river_chief_office_selfchecks", "http://slscj.huangshi.gov.cn/slscxx/hhzzdt/202008/t20200826_683890.html",
        "县河长制办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 河湖长制办公室 "
        "“清四乱” 督导 (违规捕鱼, 乱建, 网箱, 整改不彻底): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def kuandian_water_affairs_group_rows() -> dict:
    unit = f"{PLACE}水利事务服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "鄂瀞岘", "leader", [
                ("水源地保护工程项目化整为零规避招标", "一级风险", "项目按限额标准采购，中心办公会集体研究。"),
                ("小型水库管护人员聘用优亲厚友", "二级风险", "管护人员公开选聘，名单公示。"),
            ]),
        ]),
        ("二、工程管理科", "工程管理科", [
            ("科长", "谯珺滢", "middle", [
                ("水库巡查发现隐患不督促整改", "二级风险", "隐患台账限期整改，逐项销号。"),
            ]),
            ("技术员", "鄂潆翮", "general", [
                ("人饮工程维修工程量签证不实", "一级风险", "签证两人现场计量，附照片。"),
                ("水库周边清理费用虚报", "三级风险", "清理费用按实结算并公示。"),
            ]),
        ]),
        ("三、水质检测室", "水质检测室", [
            ("水质检测员", "谯沺琛", "general", [
                ("水质检测数据篡改、漏检", "二级风险", "检测报告双人复核，原始记录存档。"),
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
        "kuandian_water_affairs_group_rows", "http://www.thnews.gov.cn/content/detail/65261f48878ead6c2c000038.html",
        "县水利事务服务中心 廉政风险防控责任清单, after the source's 人饮工程调研 (水库巡查, 周边杂草清理, 水源地保护, 水质检测): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、工程管理科``, ``三、水质检测室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kuandian_tiejia_reservoir_cards() -> dict:
    unit = f"{PLACE}铁甲水库管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "鄂翚澜", "所长", "主持全面工作", "leader", [
            ("除险加固工程变更签证不经集体研究", "★★★", "设计变更经所务会研究并报县水利局审批。"),
            ("水库养殖承包违规发包", "★★★", "承包经营公开竞价，合同报局备案。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "谯峤瑢", "副所长", "分管工程运行、防汛", "leader", [
            ("防汛物资采购和出入库管理不严", "★★", "物资采购比价，出入库双人登记。"),
            ("闸门启闭设备维修验收走过场", "★★", "维修验收邀请局工程股参加。"),
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
        "kuandian_tiejia_reservoir_cards", "https://www.renrendoc.com/paper/506665343.html",
        "县水库管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 水库整改工作方案 (工程安全整改, 管理体制, "
        "应急能力, 资金保障): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kuandian_rural_water_supply_list() -> dict:
    unit = f"{PLACE}农村供水服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鄂瑀汭", "leader", "供水主管道改造工程指定施工队伍", "制度机制", "高风险",
         "改造工程按程序招标，结果公示。"),
        ("中心领导", "主任", "鄂瑀汭", "leader", "供水厂运行补助分配不公开", "岗位职责", "中风险",
         "补助按供水规模测算，方案公开。"),
        ("运行管理股", "股长", "谯湉崟", "middle", "管护资料造假应付检查", "业务流程", "中风险",
         "管护记录每月抽查，与现场核对。"),
        ("运行管理股", "股长", "谯湉崟", "middle", "供水管材验收把关不严，收受好处", "外部环境", "高风险",
         "管材进场抽检，验收双人签字。"),
        ("财务股", "出纳", "鄂澴珂", "general", "水费收入不及时入账", "业务流程", "中风险",
         "水费日清月结，票据统一领用。"),
        ("财务股", "出纳", "鄂澴珂", "general", "现金私存、白条抵库", "思想道德", "低风险",
         "库存现金不定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kuandian_rural_water_supply_list", "http://amraq.com/szb/pc/col/202410/11/content_252466.html",
        "县农村供水服务中心 岗位廉政风险防控一览表, after the source's 县水利局 排查整治农村供水问题 (供水厂, 管护资料, "
        "主管道改造, 水压): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def kuandian_resettlement_support_register() -> dict:
    unit = f"{PLACE}水库移民后期扶持项目管理办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "谯琂岑", "leader", [
            ("移民资金年度计划调整不报批", "制度机制", "一级", "计划调整按规定报市级移民管理机构审批。"),
            ("扶持项目合同签订不规范", "岗位职责", "二级", "合同经法律顾问审核后签订。"),
        ]),
        ("项目管理科", "科长", "鄂蕤沣", "middle", [
            ("工程款不按合同进度拨付", "业务流程", "一级", "无计划不付款、无验收不结算。"),
        ]),
        ("项目管理科", "科员", "谯珦澂", "general", [
            ("经营性资产收益登记不实", "业务流程", "二级", "资产确权登记，收益分配公示。"),
            ("接受项目村吃请", "思想道德", "三级", "签订廉洁承诺书。"),
        ]),
        ("资金管理科", "会计", "鄂岚翙", "general", [
            ("移民资金与其他资金混用", "制度机制", "一级", "专户管理、独立核算。"),
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
        "kuandian_resettlement_support_register", "https://zsywlkj.com/shijiebei/34239.html",
        "县水库移民后期扶持项目管理办公室 廉政风险点排查登记表, after the source's 移民资金管理办法 (专户管理, 独立核算, 计划调整, "
        "合同管理, 无验收不结算, 资产确权): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kuandian_resettlement_center_lead_assist(),
    kuandian_water_bureau_two_sheets(),
    kuandian_water_enforcement_posts(),
    kuandian_river_chief_office_selfchecks(),
    kuandian_water_affairs_group_rows(),
    kuandian_tiejia_reservoir_cards(),
    kuandian_rural_water_supply_list(),
    kuandian_resettlement_support_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch740-inbox"))
