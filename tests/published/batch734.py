"""The seven-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 医药产业 and
市场监管 bodies, 梅河口市 (of 通化市, 吉林省) — its 医药高新区管理委员会, 药品检验所, 医药产业园服务中心,
市场监管综合行政执法队, 检验检测认证中心, 城区市场监督管理所 and 药品质量抽检中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医药高新区管理委员会's workbook in TWO SHEETS ``管委会领导`` (``姓名 | 职务`` merged per leader) and
  ``内设机构`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``;
- the 药品检验所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, no names,
  ``高风险/中风险/低风险``;
- the 医药产业园服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label row, ``★★★/★★/★``
  read by a ``注：`` line;
- the 市场监管综合行政执法队's 责任清单 under GROUP ROWS ``一、执法队领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 检验检测认证中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 城区市场监督管理所's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  ``风险类型`` (``…风险``), 高/中/低, a ``注：`` line;
- the 药品质量抽检中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人 line.

One is harder:

- ``meihekou_market_bureau_csv_in_one_column``: the 市场监督管理局's 岗位廉政风险防控一览表 typed (or
  exported) as COMMA-SEPARATED TEXT and pasted into Excel without 分列: a title in A1, then EVERY row of
  the table — the heading ``序号,科室,岗位,姓名,廉政风险点,风险等级,防控措施`` and each record
  ``1,局领导,局长,某某,…,一级,…`` — written whole in ONE CELL of column A, the fields parted by ASCII
  commas (the texts themselves use only the full-width ``，``), nothing in the other columns, a closing
  ``填表人：…`` line. The README's 读得懂的表 knows CSV files (``.csv`` read by their commas), a whole table
  pasted into ONE cell (``TABLE_IN_ONE_CELL``, not read) and a Word outline pasted down one column
  (``OUTLINE_PASTED``); it does not describe a comma-separated table pasted one record a cell down
  column A of an Excel sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市场监管局's 执法工作制度 — 立案,
调查, 处罚, 结案; a 医药高新区's 链式招商 and 项目推进; the 药品检验 流程 — 抽样, 收检, 检验, 复核, 报告;
a 药监局's 招商 for a 生物医药产业园; the 医疗器械生产 日常监督 现场检查 — 检查组长负责制; the 检验检测机构
资质认定 通用要求; a 药品经营企业 信用等级 评分标准; the 国家药品质量通告 and 抽检 不合格 处置) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 茆 and 竺 with rare given names); every unit is a body
of 梅河口市.

Run ``python tests/published/score.py --set batch734`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each cell of column A below the title is one row of the table, its fields
  parted by ``,``; the first such cell is the heading; a holder's form collects his records in the
  order of the sheet; the title and the closing 填表人 line are no rows of the table;
- a group row ``一、执法队领导`` gives the 科室 ``执法队领导`` (its number left off); the 管委会's leaders
  (sheet ``管委会领导``, no 部门 column) and the 服务中心's cards have no 科室;
- 局长, 副局长, 主任 and 副主任 of a 管委会 or 中心, 所长, 副所长, 队长 and 副队长 are leaders; 科长, 部长
  and 股长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表时间`` name no point;
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

PREFIX = "b734_"
PLACE = "梅河口市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
CN = {1: "一级", 2: "二级", 3: "三级"}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 市场监督管理局's holders: key -> (科室, post, name, tier)
HOLDERS = {
    "局长": ("局领导", "局长", "茆琰翾", "leader"),
    "副局长": ("局领导", "副局长", "竺沨岫", "leader"),
    "药品科长": ("药品医疗器械监管科", "科长", "茆翊珝", "middle"),
    "执法员": ("药品医疗器械监管科", "执法员", "竺湲璟", "general"),
    "法规科长": ("法规科", "科长", "茆岷蘅", "middle"),
}

# (holder, point, level, measures) in the order of the sheet; texts use only the full-width comma
RECORDS = [
    ("局长", "重大行政处罚案件审理中打招呼、说情，干预定性和处罚幅度", "一级", "重大案件集体讨论，领导干预登记报告。"),
    ("局长", "医药企业准入和扶持事项中为关系企业开绿灯", "二级", "准入事项按清单办理，结果公示。"),
    ("副局长", "分管的药品经营许可审批把关不严，降低条件发证", "一级", "许可现场核查双人实施，审批系统留痕。"),
    ("副局长", "接受医药企业宴请或在企业报销费用", "二级", "签订廉洁承诺书，定期谈心谈话。"),
    ("药品科长", "双随机检查对象和检查人员人为调换", "一级", "抽取过程系统生成，全程记录。"),
    ("药品科长", "对药品零售企业违法线索压案不查", "二级", "案源登记台账，按月核销。"),
    ("执法员", "现场检查中收受企业礼品、购物卡", "一级", "执法记录仪全程记录，检查后企业评议。"),
    ("执法员", "泄露抽检计划和检查时间", "二级", "抽检计划保密管理，临时通知。"),
    ("执法员", "检查记录填写不实，隐瞒发现的问题", "三级", "检查记录双人签字，科长抽查复核。"),
    ("法规科长", "法制审核走过场，对处罚依据和裁量不严格审查", "二级", "法制审核清单化，审核意见存档。"),
    ("法规科长", "行政复议和诉讼应诉中泄露案情", "三级", "案卷专人保管，借阅登记。"),
]  # fmt: skip


def meihekou_market_bureau_csv_in_one_column() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("Sheet1", [150])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险防控一览表")
    sh.add("序号,科室,岗位,姓名,廉政风险点,风险等级,防控措施")
    for n, (key, point, lv, measures) in enumerate(RECORDS, 1):
        dept, post, who, _tier = HOLDERS[key]
        sh.add(",".join((str(n), dept, post, who, point, lv, measures)))
    for key, (dept, post, who, tier) in HOLDERS.items():
        for k, point, lv, _measures in RECORDS:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add(f"填表人：{GAP * 2}审核人：{GAP * 2}2025年6月")
    return _layout(
        "meihekou_market_bureau_csv_in_one_column",
        "https://max.book118.com/html/2026/0105/6223135055012042.shtm",
        "(harder) 市市场监督管理局 岗位廉政风险防控一览表, after the source's 市场监管局 执法工作制度 (立案, 调查, 处罚, 结案, "
        "法制审核): COMMA-SEPARATED TEXT pasted into Excel without 分列 — a title in A1, then the heading "
        "``序号,科室,岗位,姓名,廉政风险点,风险等级,防控措施`` and every record (``一级/二级/三级``) each written whole in ONE "
        "cell of column A, fields parted by ASCII commas, nothing in the other columns; a closing 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def meihekou_hightech_zone_two_sheets() -> dict:
    unit = f"{PLACE}医药高新区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("管委会领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("竺琤芃", "主任", [
            ("招商引资项目扶持政策兑现中个人说了算，向关系企业倾斜", "一级", "扶持资金兑现经党工委会集体研究并公示。"),
            ("医药产业园用地和厂房分配中打招呼", "一级", "用地厂房分配按项目评审结果安排。"),
        ]),
        ("茆璐沄", "副主任", [
            ("分管的重点项目推进中默许企业未批先建", "二级", "项目手续清单化，开工前联合核查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("内设机构", [6, 14, 12, 10, 38, 9, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("招商服务部", "部长", "竺翀瑗", "middle", "驻点招商中虚报招商费用", "一级", "招商费用凭行程和成果报销。"),
        ("招商服务部", "部长", "竺翀瑗", "middle", "泄露在谈医药项目的底价和政策条件", "二级", "在谈项目信息分级保密。"),
        ("招商服务部", "招商专员", "茆玹荦", "general", "收受客商礼品，夸大项目投资实力", "二级", "项目尽职调查报告双人签字。"),
        ("项目建设部", "部长", "竺珞翛", "middle", "工程进度款审核把关不严", "一级", "进度款经监理、跟踪审计确认后支付。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "meihekou_hightech_zone_two_sheets",
        "http://xxgk.taizhou.gov.cn/xwzx/sqdt/art/2024/art_9dccd271741d4cd984e527c5cea71290.html",
        "市医药高新区管理委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 医药高新区 on 链式招商 and 项目推进 "
        "(驻点招商, 项目库, 全流程跟踪服务): ``管委会领导`` (序号/姓名/职务 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``内设机构`` (部门 merged, 岗位 and 姓名 merged per person); a 填表人/审核人/date line",
        [lead, dept], t,
    )  # fmt: skip


def meihekou_drug_testing_institute_posts() -> dict:
    unit = f"{PLACE}药品检验所"
    sh = _Sheet("排查表", [6, 12, 12, 30, 40, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("业务科", "科长", "收检把关不严", "对样品数量不足、封签不全的送检样品照常收检",
         "中风险", "收检要素清单核对，不符合的退回登记。"),
        ("业务科", "收样员", "泄露样品来源信息", "向被抽检企业透露样品编号和检验安排",
         "高风险", "样品盲样编号，来源信息专人保管。"),
        ("化学检验室", "主任", "检验结果复核走过场", "对超标数据不复测即签发或擅自改判",
         "高风险", "超标结果必须复验，复核人签字。"),
        ("化学检验室", "检验员", "篡改原始检验记录和图谱", "为企业调整色谱图谱积分，使不合格变合格",
         "高风险", "仪器审计追踪全程开启，数据自动备份。"),
        ("化学检验室", "检验员", "接受企业委托检验好处", "委托检验中收取检验费以外的费用",
         "低风险", "委托检验统一开票，公开收费标准。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "主任": "middle", "收样员": "general", "检验员": "general"}
    for i, (dept, post, point, show, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, show, lv, measures)
        t.point(sh.name, dept, post, "", tiers[post], point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("排查人：", None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "meihekou_drug_testing_institute_posts", "http://fengdujob.net/go/药品检验的基本流程有哪些.html",
        "市药品检验所 岗位廉政风险排查表 对岗不对人, after the source's page on the 药品检验 流程 (抽样, 收检, 检验, 复核, "
        "报告): a title, 序号/科室 merged/岗位 merged/a short 风险点 beside a long 风险表现/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names; an 排查人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def meihekou_industrial_park_center_cards() -> dict:
    unit = f"{PLACE}医药产业园服务中心"
    t = _Truth(unit)
    cards = [
        ("茆瑀岚", "主任", "leader", "主持产业园招商、企业服务和园区管理工作", [
            ("入园项目评审中为意向企业降低门槛", "★★★", "入园评审专家打分，结果集体研究。"),
            ("园区配套工程发包中指定施工单位", "★★", "工程按规定公开招标，全程监督。"),
        ]),
        ("竺砚霁", "企业服务专员", "general", "负责入园企业证照代办和政策申报", [
            ("代办药品生产许可资料时弄虚作假", "★★★", "代办资料企业确认签字，逐项留档。"),
            ("政策申报中向企业索要“辛苦费”", "★★", "申报流程公开，企业服务评价。"),
            ("泄露企业研发和生产信息", "★", "企业资料专柜保管，借阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in cards:
        sh = _Sheet(who, [6, 12, 26, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(1, 3, 1, 4)
        sh.add("岗位职责", work, None, None, None)
        sh.merge(2, 1, 2, 4)
        sh.add("序号", "风险点", None, "风险等级", "防控措施")
        sh.merge(3, 1, 3, 2)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签字：", None, "日期：", "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "meihekou_industrial_park_center_cards", "https://m.wnwk.com/doc/1276555.html",
        "市医药产业园服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 药监局 on 招商 for a 生物医药产业园 "
        "(推介会, 考察, 落户): a title, a label row ``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, 序号/风险点 merged "
        "over two columns/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line and a 本人签字/日期 line",
        sheets, t,
    )  # fmt: skip


def meihekou_enforcement_team_group_rows() -> dict:
    unit = f"{PLACE}市场监管综合行政执法队"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("执法队领导", [
            ("队长", "茆蓁淏", "leader", [
                ("医疗器械生产企业检查中指定检查组成员，规避回避", "Ⅰ级", "检查组随机组成，实行回避登记。"),
                ("对检查发现的严重缺陷不责令整改", "Ⅱ级", "缺陷项目跟踪复查，结果报局备案。"),
            ]),
        ]),
        ("药械执法中队", [
            ("中队长", "竺玓晞", "middle", [
                ("检查组长负责制落实不到位，检查报告事后补写", "Ⅱ级", "检查报告现场形成，企业负责人签字。"),
            ]),
            ("执法员", "茆骞澍", "general", [
                ("现场检查中接受企业吃请、馈赠", "Ⅰ级", "执法记录仪全程记录，企业廉政回访。"),
                ("对无证经营医疗器械线索瞒案不报", "Ⅱ级", "线索统一登记，定期比对核销。"),
            ]),
        ]),
        ("食品执法中队", [
            ("执法员", "竺璠沚", "general", [
                ("食品抽样时让企业自选样品", "Ⅲ级", "抽样随机进行，全程拍照留档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    nums = "一二三四"
    for g, (dept, people) in enumerate(groups):
        _line(sh, f"{nums[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "meihekou_enforcement_team_group_rows", "https://www.mingkunhouse.com/zxct/464.html",
        "市市场监管综合行政执法队 岗位廉政风险防控责任清单, after the source's 医疗器械生产 日常监督 现场检查 工作指南 "
        "(检查组长负责制, 检查组不少于2名执法人员, 缺陷整改): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施, GROUP ROWS ``一、执法队领导`` … ``三、食品执法中队`` merged across, 岗位 and 姓名 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def meihekou_inspection_center_selfchecks() -> dict:
    unit = f"{PLACE}检验检测认证中心"
    t = _Truth(unit)
    people = [
        ("茆湜翮", "中心领导", "主任", "leader", [
            ("检验检测报告签发中受人情干扰", "一级风险", "报告授权签字人分级签发。"),
            ("仪器设备采购中指定品牌", "二级风险", "采购需求经技术委员会论证。"),
        ]),
        ("竺岍璎", "质量管理科", "科长", "middle", [
            ("内部审核和管理评审走过场", "二级风险", "内审记录和整改逐项闭环。"),
        ]),
        ("茆玙澈", "质量管理科", "检测员", "general", [
            ("出具不实检测数据或未检先出报告", "一级风险", "原始记录与报告逐项核对。"),
            ("对外透露客户样品检测结果", "三级风险", "检测结果仅向委托方发送。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 12, 30, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", None, None, "风险等级", "自查情况")
        sh.merge(3, 1, 3, 3)
        for i, (point, lv, check) in enumerate(points, 1):
            r = sh.add(i, point, None, None, lv, check)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add("本人签名：", None, None, "科室负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "meihekou_inspection_center_selfchecks",
        "https://abg.baidu.com/tags/kjbfiibsge2dembrg4qlz3gr5g6ozmxcxp5ltooxzllmvsgpw2umjxgbu3dmbpg3xtwnd2n45szofo72xg443kgtypjkvr7t",
        "市检验检测认证中心 岗位廉政风险自查表, one sheet a person, after the source's 检验检测机构 资质认定 通用要求 (授权签字人, "
        "内部审核, 原始记录, 保密): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, "
        "序号/风险点 merged over three columns/风险等级 ``一级风险/二级风险/三级风险``/自查情况, a 本人签名/科室负责人 line",
        sheets, t,
    )  # fmt: skip


def meihekou_urban_market_office_list() -> dict:
    unit = f"{PLACE}城区市场监督管理所"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 14, 8, 32])
    t = _Truth(unit)
    sh.add("附件2", None, None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "竺嫣芷", "leader", "药品经营企业信用等级评定中人为加分", "岗位职责风险", "高",
         "信用评分逐项留证，评定结果公示。"),
        ("药品监管组", "监管员", "茆淏瑗", "general", "对药店处方药违规销售睁一只眼闭一只眼", "业务流程风险", "高",
         "检查清单化，问题拍照上传系统。"),
        ("药品监管组", "监管员", "茆淏瑗", "general", "接受药店赠送的保健品、购物卡", "思想道德风险", "中",
         "签订廉洁承诺，公开监督电话。"),
        ("登记注册窗口", "窗口负责人", "竺琇岏", "middle", "对关系户登记材料放宽审查", "制度机制风险", "中",
         "登记材料一次性告知，审核留痕。"),
        ("登记注册窗口", "受理员", "茆芃湉", "general", "向申请人推荐代办中介", "外部环境风险", "低",
         "窗口禁止推荐中介，张贴公示。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "meihekou_urban_market_office_list",
        "https://abg.baidu.com/tags/z7b4hrok2djktrvxx2w5hkwg6pjlluvjy233bmwivpimlu6dwxelznwgyc35nmpk266a14",
        "市城区市场监督管理所 岗位廉政风险点一览表, after the source's 药品经营企业 药品安全信用等级 评分标准 (评分, 处方药, "
        "监督检查): ``附件2``, a title, a merged 填报单位/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def meihekou_drug_sampling_center_list() -> dict:
    unit = f"{PLACE}药品质量抽检中心"
    sh = _Sheet("一览表", [6, 14, 12, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "竺瑢翚", "leader", [
            ("不合格药品核查处置中为企业说情，拖延风险控制", "Ⅰ级", "不合格结果按时限送达，处置情况上报。"),
        ]),
        ("抽样科", "科长", "茆翙珺", "middle", [
            ("抽样计划安排中避开关系企业", "Ⅰ级", "抽样计划按品种和企业随机生成。"),
            ("对企业申诉初审把关不严", "Ⅱ级", "申诉初审意见经中心集体研究。"),
        ]),
        ("抽样科", "抽样员", "竺沄瑀", "general", [
            ("抽样时接受企业宴请", "Ⅲ级", "抽样双人实施，企业回访。"),
            ("不合格报告书送达不及时或提前告知企业", "Ⅱ级", "报告书送达登记，时限预警。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None)
    return _layout(
        "meihekou_drug_sampling_center_list", "http://www.handmsg.com/page/2021/1216/9201219.shtml",
        "市药品质量抽检中心 岗位廉政风险防控一览表, after the source's paper on 国家药品质量通告 (抽检, 不合格报告书送达, "
        "风险控制, 申诉初审): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, no type column; a 填表人/审核人/主要负责人（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    meihekou_market_bureau_csv_in_one_column(),
    meihekou_hightech_zone_two_sheets(),
    meihekou_drug_testing_institute_posts(),
    meihekou_industrial_park_center_cards(),
    meihekou_enforcement_team_group_rows(),
    meihekou_inspection_center_selfchecks(),
    meihekou_urban_market_office_list(),
    meihekou_drug_sampling_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch734-inbox"))
