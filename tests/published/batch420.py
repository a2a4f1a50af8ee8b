"""The four-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输
bodies, 延川县 (a county of 延安 on the west bank of the 黄河, its staff Han) — the 县交通运输局, the
县公路管理段, the 县运输服务中心, the 县农村公路管理站 and the 交通管理站 of four of its towns (永坪镇,
延水关镇, 文安驿镇, 关庄镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff
typed in WPS or Excel:

- the 交通运输局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader — the
  post BEFORE the name) and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 运输服务中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (``中心领导``, ``客运管理股``, ``驾培维修管理股``, ``综合股``), ``姓名`` BEFORE ``职务``, both merged per
  person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 农村公路管理站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 永坪镇交通管理站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 延水关镇交通管理站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、交通安全管理组``,
  ``三、农村公路养护组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 文安驿镇交通管理站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged) and with no 组 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 关庄镇交通管理站's 排查表 对岗不对人: ``岗位`` merged per post (no 组 column), a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line.

One is harder:

- ``yanchuan_highway_section_blank_is_low``: the 公路管理段's 岗位廉政风险防控一览表, an ordinary list in
  every column (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person,
  short types) — but its ``风险等级`` column is FILLED ONLY FOR THE TWO UPPER LEVELS: a point of 一级 or
  二级 has ``一级`` or ``二级`` in its own cell (nothing is merged in that column), and a point of the
  LOWEST level has its level cell LEFT EMPTY, as the merged note under the table says:
  ``注：1.风险等级分为一级（高）、二级（中）、三级（低）；2.风险等级栏只填写一级、二级，空白的为三级风险点。``
  Six of the fifteen points are blank so: the first point of a post (副段长's ``路产损坏赔偿…``), the one
  point of a post (技术员's), points right under a ``一级`` of the same holder (段长's second, 会计's second)
  and right under a ``二级`` (路政股长's third, 路政员's second) — so no reading of a blank as "the same as
  the row above" gives the truth; the word ``三级`` stands nowhere in the level column, only in the
  note. The shape is about HOW A POINT'S LEVEL IS WRITTEN: the lowest level written as NOTHING, an
  empty cell given a meaning by a note. The README's 读得懂的表 knows every level word and scale
  (``高/中/低`` … ``较高/一般/较低``, letters and symbols read by a note), a blank level as an error
  (``缺风险级别仍然每个风险点报错误``), a level merged down over several points, a blank level that
  repeats the row above when a note or heading says so (``同一岗位等级相同的只在第一项填写等级、其余
  留空``, batch323), marks before the point with ``未标注的为三级`` when there is NO level column
  (``LEVEL_MARKS``, batch230, batch315), an empty ``调整后等级`` that keeps the old level (batch107), and
  a ``风险点`` under ``高风险 | 中风险 | 低风险`` columns where an empty column means no point of that
  level; it does not describe a level column in which an EMPTY CELL IS ITSELF THE LOWEST LEVEL. No
  earlier batch writes one: ``grep -n '空白的为\\|空白的风险\\|留空' tests/published/batch*.py`` finds
  batch188 (an empty 调整说明 means no change), batch107 (an empty 调整后等级 keeps the level) and batch323
  (the ditto blanks), none a blank that is a level of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 简报 on 农村公路养护 —
地方公路管理段, 日常养护, 路政管理, 水毁抢修, 安保工程, 绿化; a 区交通局's 推进会 on ``四好农村路`` —
招投标管理, 合同管理, 报监和施工许可, 质量管理, 养护制度; a paper on 网约车监管 — 出租汽车, 行政许可,
经营服务; a 县地方道路管理站's 预防性养护 — 路面病害, 路域环境, 标志标牌, 路树; the duties of a 乡镇
道路交通安全管理站 — 安全责任书, 隐患排查, 机动车和驾驶人台账, 违法查纠, 事故调解; the duties of a
村 交通安全劝导站 — 酒后驾驶, 超载超员, 劝导, 封闭管制; what a 乡镇交通管理站 does — 交通建设计划, 民工
建勤, 水陆运输市场, 宣传教育; a 县政协's 民主监督 of ``四好农村路`` — 建, 管, 养, 运营, 养护资金) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames of the 百家姓 with rare given names, three characters
each); every unit is a body of 延川县, named with the county's name (no earlier unit holds
``延川县``; 永坪镇, 延水关镇, 文安驿镇 and 关庄镇 are towns of the county).

Run ``python tests/published/score.py --set batch420`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point whose ``风险等级`` cell is empty is of level 3 (三级, the lowest), as the
  note under the table says — not unlevelled, and not the level of the row above; ``一级`` is 1,
  ``二级`` 2; the note is no point and names no holder;
- ``局领导`` (the 交通运输局's sheet of its leaders, named so by its tab and title), ``段领导`` (the
  公路管理段's 股室 cell), ``中心领导`` (the 运输服务中心's 部门 cell), ``站领导`` (the 农村公路管理站's
  所在科室 cell, the 延水关镇 station's group row) are the 科室 of those leaders; a 局's, 段's or 中心's 股
  and 办公室, a 站's 组 and 综合办公室 are 科室; a group row ``二、交通安全管理组`` gives the 科室
  ``交通安全管理组`` (its number left off); the 永坪镇, 文安驿镇 and 关庄镇 stations' forms name no 科室
  (no field, no column): their 科室 is "";
- 局长, 副局长, 段长, 副段长, a 中心's 主任 and 副主任, 站长 and 副站长 are leaders; 股长, the 办公室's
  主任 and a 站's 组长 (``养护组长``, ``组长``) middle; the rest (科员, 会计, 技术员, 路政员, 工作人员,
  路况统计员, 交通安全管理员, 劝导员, 交通管理员, 养护员, 信息员, 安全员) general;
- ``廉政风险点 | 风险描述`` (the 运输服务中心's list) and ``风险点 | 风险表现`` (the 关庄镇 station's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name
  no holder; the 关庄镇 station's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 文安驿镇 station's note) are
  1/2/3; in the harder file ``一级/二级`` and the empty cell are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which also draws the borders of its
empty level cells, as a table typed in Excel or WPS keeps them) and ``truth.json``; no re-saved
copies (as batch280 and batch418).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b420_"
PLACE = "延川县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

BLANK_NAME = "yanchuan_highway_section_blank_is_low"
BLANK_UNIT = f"{PLACE}公路管理段"
BLANK_TAB = "一览表"
BLANK_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
BLANK_COL = BLANK_HEAD.index("风险等级")
BLANK_NOTE = (
    "注：1.风险等级分为一级（高）、二级（中）、三级（低）；"
    "2.风险等级栏只填写一级、二级，空白的为三级风险点。"
)
BLANK_WRITTEN = {"一级": 1, "二级": 2}  # what the level column holds; an empty cell is 3

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级 or None, 防控措施)])
SECTION = [
    ("段领导", "段长", "仉翯骐", "leader", [
        ("养护工程项目安排和养护资金使用不经段务会集体研究", "制度机制", "一级",
         "项目安排和资金使用经段务会研究，会议纪要存档，结果公开。"),
        ("职工绩效考核、评先评优中搞亲疏远近", "思想道德", None, "考核细则公开，结果全段公示五个工作日。"),
    ]),
    ("段领导", "副段长", "逯湉珩", "leader", [
        ("路产损坏赔偿协商中降低赔偿标准", "岗位职责", None, "赔偿按标准计算，两人以上协商，结果报段务会备案。"),
        ("水毁抢修工程不经比选直接指定施工队伍", "业务流程", "二级", "抢修队伍从备选库中比选确定，事后补办手续并公示。"),
    ]),
    ("养护股", "股长", "巩澍璠", "middle", [
        ("日常养护工程量计量虚报、多计", "业务流程", "一级", "计量现场双人核对，影像资料留存，每月抽查。"),
        ("沥青、碎石等养护材料验收把关不严", "岗位职责", "二级", "材料进场三方验收签字，抽样送检。"),
    ]),
    ("养护股", "技术员", "佴琮淏", "general", [
        ("路况检测和病害调查数据弄虚作假", "岗位职责", None, "检测数据系统录入，股长复核，上级抽检比对。"),
    ]),
    ("路政股", "股长", "鞠瑀霈", "middle", [
        ("超限运输车辆通行许可违规办理", "外部环境", "一级", "许可网上办理，条件和结果公开，全程留痕。"),
        ("路政案件处罚畸轻畸重", "岗位职责", "二级", "执行处罚裁量基准，处罚决定法制审核。"),
        ("涉路施工许可现场核查走过场", "业务流程", None, "核查两人以上，核查记录拍照存档。"),
    ]),
    ("路政股", "路政员", "蒯旻玗", "general", [
        ("路政巡查中对违法占道、私设非公路标志收受好处放任不管", "外部环境", "二级",
         "巡查轨迹定位，发现问题当日登记，股长每周抽查。"),
        ("巡查日志补记、代签", "制度机制", None, "巡查日志当班填写，按月检查。"),
    ]),
    ("办公室", "主任", "桓琛岍", "middle", [
        ("公务接待、公车使用超标准", "制度机制", "二级", "接待事前审批，公车使用登记，按季度公示。"),
    ]),
    ("办公室", "会计", "濮溧昶", "general", [
        ("养护补助资金不按进度拨付，截留挪用", "业务流程", "一级", "资金按计量结果拨付，专账核算，年度审计。"),
        ("报销票据审核不严，虚列支出", "岗位职责", None, "报销经办、审核、审批三签，每季度内审。"),
    ]),
]  # fmt: skip


def yanchuan_highway_section_blank_is_low() -> dict:
    unit = BLANK_UNIT
    t = _Truth(unit)
    sh = _Sheet(BLANK_TAB, [6, 10, 9, 9, 36, 10, 9, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*BLANK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SECTION:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            level = 3 if lv is None else BLANK_WRITTEN[lv]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3)
    _line(sh, BLANK_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        BLANK_NAME, "https://m.qiqiwenku.com/doc/117392.html",
        "(harder) 县公路管理段 岗位廉政风险防控一览表, after the source's 简报 on 农村公路养护 (地方公路管理段, 日常养护, 路政管理, "
        "水毁抢修, 安保工程): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, 序号/股室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 (short names)/风险等级/防控措施 — the LEVEL COLUMN HOLDS ONLY ``一级`` and ``二级``: a "
        "point of the lowest level has an EMPTY level cell (nothing merged there), as the merged note ``注：…风险等级栏只填写一级、"
        "二级，空白的为三级风险点。`` says; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["bordered"] = {"rows": (first, last), "cols": len(BLANK_HEAD)}
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def yanchuan_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "宦瑨沚", "主持全面工作，分管人事、财务", [
            ("“四好农村路”建设项目安排不经党组会集体研究", "一级", "项目计划经党组会研究，按程序报批并公开。"),
            ("干部选拔任用和职工调配中搞个人说了算", "二级", "选任严格执行程序，动议、考察、公示全程纪实。"),
        ]),
        ("副局长", "寇淯漪", "分管工程建设、质量监督", [
            ("插手干预交通工程招投标，为关系人打招呼", "一级", "工程全部进场交易，插手干预登记报告。"),
            ("工程质量监督抽检走过场，验收降低标准", "二级", "抽检委托第三方检测，验收结果公示。"),
        ]),
        ("副局长", "隆璆璪", "分管道路运输、安全生产", [
            ("道路运输企业安全检查中接受宴请、礼品", "二级", "检查两人以上，签订廉洁承诺，检查结果通报。"),
            ("安全生产事故调查处理中降格处理", "三级", "事故调查集体研究，处理结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("工程建设股", "股长", "殳晔炜", "middle", [
            ("农村公路工程合同签订前不经法律审核", "二级", "合同会签，法律顾问审核后签订。"),
            ("工程变更签证把关不严，增加工程量", "一级", "变更分级审批，重大变更党组会研究。"),
        ]),
        ("工程建设股", "科员", "满沄琤", "general", [
            ("报监和施工许可资料审查不严", "三级", "资料清单化审查，股长复核。"),
        ]),
        ("运输管理股", "股长", "巢玹滢", "middle", [
            ("农村客运补贴资金核定不实", "一级", "补贴按运营数据核定，名单和金额公示。"),
            ("客运线路审核中优亲厚友", "二级", "审核条件公开，结果集体研究。"),
        ]),
        ("办公室", "会计", "须澈璁", "general", [
            ("报销票据审核不严，虚列会议费、培训费", "三级", "报销经办、审核、审批三签，每季度内审。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yanchuan_transport_bureau_two_sheets", "http://web.chinamshare.com/flt/dszl/dslm/flxw/28933555.shtml",
        "县交通运输局 file in two sheets after the source's 推进会 on ``四好农村路`` (招投标管理, 合同管理, 报监和施工许可, 质量管理, "
        "养护): ``局领导`` (a title, 序号/``职务`` BEFORE ``姓名``, both and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no "
        "type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def yanchuan_transport_service_center_list() -> dict:
    unit = f"{PLACE}运输服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "夔翀洺", "主任", "leader", [
            ("经费安排", "中心经费和设备购置不经主任办公会研究", "制度机制", "高", "大额支出集体研究，会议纪要存档。"),
            ("人员考核", "工作人员考核评优搞亲疏远近", "思想道德", "中", "考核细则公开，结果公示。"),
        ]),
        ("中心领导", "充瑗澔", "副主任", "leader", [
            ("出租汽车经营权", "出租汽车经营权配置向关系企业倾斜", "外部环境", "高", "配置方案公开招标，结果公示。"),
        ]),
        ("客运管理股", "茹曦玧", "股长", "middle", [
            ("网约车许可", "网约车运输证审核降低条件，吃拿卡要", "岗位职责", "高", "许可条件公开，全程网上办理。"),
            ("客运班线审核", "班线审核中为经营者打招呼、开绿灯", "业务流程", "中", "班线审核两人办理，股长复核。"),
        ]),
        ("驾培维修管理股", "戈琬淩", "工作人员", "general", [
            ("驾校教学监管", "驾校学时核查不严，收受驾校好处", "外部环境", "中", "学时数据系统比对，每季度抽查。"),
            ("维修企业备案", "维修企业备案材料把关不严", "岗位职责", "低", "备案材料清单化审核，结果公开。"),
        ]),
        ("综合股", "庾沛玚", "会计", "general", [
            ("出租车燃油补贴", "出租车燃油补贴核定不实、重复发放", "业务流程", "中", "补贴按营运数据核定，名单公示。"),
            ("财务报销", "票据审核不严，虚列支出", "制度机制", "低", "报销三签，每季度内审。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "yanchuan_transport_service_center_list", "https://fx361.cc/page/2017/0307/18401173.shtml",
        "县运输服务中心 岗位廉政风险防控一览表 after the source's paper on 网约车监管 (出租汽车, 行政许可, 经营服务): a title, a "
        "merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``部门`` merged (中心领导, 客运管理股, 驾培维修管理股, 综合股)/"
        "``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanchuan_rural_road_station_cards() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "终炅瑷", "站领导", "leader", [
            ("农村公路预防性养护项目安排不经站务会研究", "★★★", "养护计划站务会研究，报县交通运输局审批。"),
            ("养护队伍选择中指定关系人", "★★★", "养护队伍比选确定，结果公示。"),
            ("养护考核打分讲人情", "★★", "考核两人以上，分数公开。"),
        ]),
        ("养护组长", "暨泷琰", "养护组", "middle", [
            ("路面病害修补工程量虚报", "★★★", "修补前后拍照，工程量双人核对。"),
            ("标志标牌修复材料以次充好", "★★", "材料进场验收签字，抽样留存。"),
        ]),
        ("路况统计员", "居霂璘", "综合办公室", "general", [
            ("路树补植、刷白数量统计不实", "★★", "统计数据与现场照片核对，站长抽查。"),
            ("路况台账补记、漏记", "★", "台账按周更新，每月检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yanchuan_rural_road_station_cards", "http://2017synchroworlds.com/Print.aspx?id=88063",
        "县农村公路管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 养护组长, 路况统计员), after the source's 地方道路管理站 "
        "预防性养护 (路面病害, 路域环境, 标志标牌, 路树): a title, ``姓　名 | … | 职　务 | …`` over ``所在科室 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yanchuan_yongping_station_selfchecks() -> dict:
    unit = f"{PLACE}永坪镇交通管理站"
    t = _Truth(unit)
    people = [
        ("衡珣沨", "站长", "leader", [
            ("主持站全面工作，负责与村、企业、学校签订交通安全责任书", [
                ("交通安全责任书考核打分中优亲厚友", "Ⅱ级", "考核细则公开，结果镇党委会审定。", "已落实"),
                ("站经费支出不经集体研究", "Ⅰ级", "支出按程序审批，按季度公示。", "已落实"),
            ]),
        ]),
        ("步瑄淼", "交通安全管理员", "general", [
            ("负责道路交通违法查纠和证据收集", [
                ("查纠中对熟人违法行为不报告、不劝导", "Ⅰ级", "查纠过程拍照留存，站长每周检查。", "已落实"),
                ("机动车和驾驶人台账登记不实", "Ⅲ级", "台账与交警数据按季度比对。", "正在整改"),
            ]),
        ]),
        ("匡玙潇", "信息员", "general", [
            ("负责隐患排查登记和事故调解资料", [
                ("农村道路安全隐患排查记录弄虚作假", "Ⅱ级", "隐患逐处拍照定位，复查留痕。", "已落实"),
                ("事故调解中偏袒一方，收受好处", "Ⅰ级", "调解两人以上，调解协议存档。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yanchuan_yongping_station_selfchecks", "http://555qipai.net/Manage/System/Traffic/201812/1547214.shtml",
        "镇交通管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's duties of a 乡镇道路交通"
        "安全管理站 (安全责任书, 隐患排查, 机动车和驾驶人台账, 违法查纠, 事故调解): a title, the pairs ``姓　名 | … | 职　务 | …`` over "
        "``工作单位 | … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def yanchuan_yanshuiguan_station_group_rows() -> dict:
    unit = f"{PLACE}延水关镇交通管理站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "弘湛珝", "leader", [
                ("劝导站建设", "劝导站建设和劝导员补助资金使用不经集体研究", "制度机制风险", "一级风险",
                 "资金使用经镇党委会研究，按季度公示。"),
                ("封闭管制", "恶劣天气封闭管制中为熟人车辆放行", "外部环境风险", "二级风险", "管制期间放行登记，镇纪委抽查。"),
            ]),
        ]),
        ("二、交通安全管理组", "交通安全管理组", [
            ("组长", "禄琪渼", "middle", [
                ("违法劝导", "对酒后驾驶、超载超员劝导不力，接受说情", "岗位职责风险", "一级风险", "劝导记录拍照上传，说情登记报告。"),
                ("证据移交", "收集的违法证据不按时报告交警部门", "业务流程风险", "二级风险", "证据台账管理，移交情况按月通报。"),
            ]),
            ("劝导员", "东瑢涟", "general", [
                ("劝导记录", "劝导记录填写不实，虚报劝导次数", "思想道德风险", "三级风险", "劝导记录当场填写，组长每周核对。"),
            ]),
        ]),
        ("三、农村公路养护组", "农村公路养护组", [
            ("组长", "越玥澂", "middle", [
                ("养护员聘用", "村道养护员聘用中优亲厚友", "思想道德风险", "二级风险", "聘用条件公开，名单公示。"),
                ("养护考核", "养护员考核不实，补助照发", "岗位职责风险", "三级风险", "考核结果与巡查记录核对，按月公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "yanchuan_yanshuiguan_station_group_rows", "http://jycdxd.com/Manage/System/Traffic/201506/399292.shtml",
        "镇交通管理站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、农村公路养护组`` merged across (no 组 column), "
        "after the source's duties of a 村 交通安全劝导站 (酒后驾驶, 超载超员, 劝导, 封闭管制): a title, then 序号/岗位 and ``责任人`` "
        "merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yanchuan_wenanyi_station_every_row() -> dict:
    unit = f"{PLACE}文安驿镇交通管理站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "师琅沺", "leader", "制度机制", "镇交通建设计划和资金安排不经镇党委会研究", "Ⅰ", "计划和资金安排按程序研究，按季度公示。"),
        ("站长", "师琅沺", "leader", "外部环境", "为客运经营户说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副站长", "晁瑛濬", "leader", "岗位职责", "民工建勤工日统计不实、补助虚报", "Ⅰ", "工日逐人登记签字，补助名单公示。"),
        ("交通管理员", "勾玠淇", "general", "业务流程", "水陆运输市场检查中发现问题私下“协调”", "Ⅱ", "检查结果登记，整改情况公开。"),
        ("养护员", "融澐琇", "general", "思想道德", "养护材料私自挪用", "Ⅲ", "材料领用登记，每月盘点。"),
        ("信息员", "毋珞泓", "general", "岗位职责", "交通安全宣传资料发放数量虚报", "Ⅲ", "发放登记签字，站长抽查。"),
        ("信息员", "毋珞泓", "general", "制度机制", "值班记录补记、代签", "Ⅱ", "值班记录当班填写，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "yanchuan_wenanyi_station_every_row", "http://isslerlaw.com/recruitmentportal/sxbwixbzki.html",
        "镇交通管理站 岗位廉政风险防控一览表, after the source's account of what a 乡镇交通管理站 does (交通建设计划, 民工建勤, 水陆运输"
        "市场, 宣传教育): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written "
        "out on EVERY row (nothing merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanchuan_guanzhuang_station_posts() -> dict:
    unit = f"{PLACE}关庄镇交通管理站"
    sh = _Sheet("排查表", [6, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("养护资金", "农村公路养护资金分配不经集体研究，向关系村倾斜", "制度机制", "高风险", "分配方案镇党委会研究，结果公示。"),
            ("项目验收", "村组道路验收降低标准", "岗位职责", "中风险", "验收邀请村民代表参加，结果公示。"),
        ]),
        ("安全员", "general", [
            ("运营监督", "农村客运车辆运营检查走过场", "业务流程", "中风险", "检查记录拍照存档，站长抽查。"),
            ("隐患上报", "发现道路安全隐患不上报或迟报", "岗位职责", "低风险", "隐患当日登记，按周汇总上报。"),
        ]),
        ("养护员", "general", [
            ("养护巡查", "巡查里程和工日虚报", "思想道德", "中风险", "巡查轨迹定位，工日按月公示。"),
            ("材料管理", "养护材料领用不登记，私自处置", "外部环境", "低风险", "材料出入库登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "yanchuan_guanzhuang_station_posts",
        "http://www.gdsx.gov.cn/xwdt/ztbd/sxzx/gzdt/content/post_2752020.html",
        "镇交通管理站 岗位廉政风险点排查表 对岗不对人, after the source's 民主监督 of ``四好农村路`` (建, 管, 养, 运营, 养护资金): a "
        "title, 序号/岗位 merged per post (no 组 column)/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanchuan_highway_section_blank_is_low(),
    yanchuan_transport_bureau_two_sheets(),
    yanchuan_transport_service_center_list(),
    yanchuan_rural_road_station_cards(),
    yanchuan_yongping_station_selfchecks(),
    yanchuan_yanshuiguan_station_group_rows(),
    yanchuan_wenanyi_station_every_row(),
    yanchuan_guanzhuang_station_posts(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout is written the same way (borders, wrapped text,
    宋体 10, taller rows for wrapped cells) but the empty cells of its table rows are written too,
    blank with the table's border, as a table typed in Excel or WPS keeps them."""
    if "bordered" not in layout:
        return _write_xlsx44(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 16, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    spec = layout["bordered"]
    top, bottom = spec["rows"]
    (sheet,) = layout["sheets"]
    ws = wb.add_worksheet(sheet["name"])
    for c, w in enumerate(sheet.get("widths") or []):
        ws.set_column(c, c, w)
    covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)}  # fmt: skip
    for r, row in enumerate(sheet["rows"]):
        lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
        if lines > 1:
            ws.set_row(r, 14 * lines)
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            if v is None:
                if top <= r <= bottom and c < spec["cols"]:
                    ws.write_blank(r, c, None, fmt)  # an empty level cell keeps its border
                continue
            _put(ws, (fmt, fmt), r, c, v)
    for r0, c0, r1, c1 in sheet["merges"]:
        v = sheet["rows"][r0][c0]
        ws.merge_range(r0, c0, r1, c1, "", fmt)
        if v is not None:
            _put(ws, (fmt, fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch420-inbox"))
