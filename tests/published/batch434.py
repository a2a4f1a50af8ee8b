"""The four-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 气象 and
防灾 bodies, 佳县 (a county of 榆林 on the 黄河, its staff Han) — the 县气象局 and its 县气象台, the
县地震局 and its 县防震减灾服务中心, the 县人工影响天气办公室, the 县防雷减灾中心 and the 气象信息服务站
of two of its towns (佳芦镇, 坑镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 气象局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  an 编制/审核/date line under each;
- the 地震局's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line: ``股室``
  merged (``局领导``, ``办公室``, ``震害防御股``, ``监测预报股``), ``岗位`` and ``姓名`` merged per person,
  ``廉政风险点``, short types, 高/中/低;
- the 人工影响天气办公室's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over a merged ``岗位职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 办公室主任（签字）：``;
- the 防雷减灾中心's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 佳芦镇气象信息服务站's 自查表, one sheet a person (tabs named by the holder): pairs ``姓　名 | …
  | 岗　位 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``,
  ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 站长审核：``;
- the 坑镇气象信息服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、信息服务组``,
  ``三、设施管护组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 防震减灾服务中心's 清单 written out on EVERY row (nothing merged): ``部门 | 岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 主任 on every
  row — bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``jiaxian_observatory_footer_codes``: the 气象台's 岗位廉政风险防控一览表, an ordinary list in every
  other way (a title, a merged ``填报单位：…　填报时间：2025年11月`` line, ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged per person,
  a 填表人/审核人/date line) — but its TYPES AND LEVELS ARE CODES whose meaning is printed ONLY IN THE
  SHEET'S PAGE FOOTER. To keep the landscape table narrow, the 风险类型 cells hold the digits ``1`` …
  ``5`` (typed as numbers) and the 风险等级 cells the letters ``A``/``B``/``C``; the key to both is the
  footer the 台's clerk typed in 页面设置 → 页眉/页脚, so that it is printed under the table on every
  page: its LEFT section ``风险类型代码：1—思想道德风险；2—制度机制风险；3—岗位职责风险；4—业务流程风险；
  5—外部环境风险``, its CENTRE ``第 &P 页，共 &N 页``, its RIGHT section ``风险等级代码：A—高风险；
  B—中风险；C—低风险``. No cell, comment, text box, validation, other sheet or defined name says what
  the codes mean (the header row is repeated on every printed page, ``repeat_rows``). The shape is about
  WHERE THE MEANING OF A POINT'S TYPE AND LEVEL CODES IS GIVEN. The README's 读得懂的表 knows codes for
  types and levels explained by a ``填表说明`` line or sheet, a note under or over the table, the
  heading itself, a comment on the heading cell (``表头单元格的批注``), a data validation's input prompt
  (``PROMPTS_UNREAD``), a text box drawn over empty cells, a small ``标识 | 含义`` box beside the table;
  it reads a page header for a TITLE and a page footer for a HOLDER, his 部门 and post (``页脚里写
  自查人``), and says that a footer naming the 填报科室 or a 联系人 is no holder — but it does not
  describe a footer that is the KEY TO THE CODES of the type and level columns. No earlier batch
  writes one: the batches that write footers (batch130, batch203, batch250, batch359) put in them a
  holder, a unit, a 填报时间, a page number or a place to sign, and ``grep -l "高风险" `` over their
  footer strings finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 气象部门 meeting on 廉政风险防控
信息化 — 基于流程管理的风险防控, 廉政风险防控信息化平台, 落实主体责任和监督责任; a 区地震局 honoured as
a 防震减灾 先进单位 — 三网一员 群测群防, 地震应急预案, 农村民居地震安全工程, 科普宣传; a 县 notice of
人工增雨（防雹）作业 — 火箭发射架, 增雨防雹火箭弹, 固定作业点, 故障弹和残骸; a city's list of 防雷 中介服务
— 防雷装置检测, 设计技术评价, 雷电灾害风险评估, 防雷产品测试; a 市气象局 checking its 乡镇气象信息员 by
telephone — 信息员 普查, 更换收不到短信的信息员, 汛期; a 省气象局 building a 气象信息员 队伍 — 信息员
管理数据库, 预警信息传递, 灾情反馈, 基层气象设施的管护; a 县地震局 visited by a 副县长 — 电磁波观测台站,
地震台 监测仪器, 宏观观测异常上报, 应急预案; a 省's 气象事业 十二五 review — 乡（镇）村气象信息服务站,
预警信息发布, 人工影响天气作业指挥系统, 农业气象服务) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 佳县, named with the county's
name (no earlier unit holds ``佳县``; 佳芦镇 and 坑镇 are towns of the county).

Run ``python tests/published/score.py --set batch434`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 风险类型 code ``1``…``5`` is the type its page footer names (1 思想道德, 2 制度机制,
  3 岗位职责, 4 业务流程, 5 外部环境), a 风险等级 code ``A``/``B``/``C`` the level (A 高 = 1, B 中 = 2, C 低 =
  3), as the footer says; the footer is no point and names no holder;
- ``局领导`` (the 气象局's sheet of its leaders, named so by its tab and title; the 地震局's 股室 cells),
  ``中心领导``, ``台领导`` (部室, 部门 and 科室 cells) and ``站领导`` (a group row) are the 科室 of those
  leaders; a 局's 科, 股 and 办公室, a 中心's 部 and 办公室, a 台's 组, a 站's 组 are 科室; a group row
  ``二、信息服务组`` gives the 科室 ``信息服务组`` (its number left off); the 人工影响天气办公室's cards and
  the 佳芦镇 station's sheets name no 科室: their 科室 is "";
- 局长, 副局长, the 人工影响天气办公室's and the 中心s' 主任 and 副主任, 台长, 副台长 and 站长 are leaders;
  科长, 股长, the 气象局's 办公室主任, a 中心's 部长 and 办公室主任, a 台's and a 站's 组长 middle; the rest
  (科员, 会计, 出纳, 监测员, 检测员, 技术员, 作业员, 弹药库管理员, 预报员, 观测员, 气象协理员, 气象信息员,
  设施管护员) general;
- ``风险点 | 风险表现`` (the 防雷减灾中心's list): the point is the short 风险点; ``分管工作``,
  ``岗位职责``, ``职责事项`` and ``自查情况`` are no points and name no holder; the 防雷减灾中心's list names
  no person: its forms are posts (对岗不对人); in the 防震减灾服务中心's list the LAST column ``责任领导``
  names a supervisor (the 主任, holder of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch250.write_xlsx``: ``batch44``'s
borders, 宋体 10 and taller rows for wrapped cells, landscape A4, plus a sheet's ``page`` — here the
harder sheet's page footer and print title rows) and ``truth.json``; no re-saved copies (as batch280
and batch432).
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line
from published.batch250 import write_xlsx
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b434_"
PLACE = "佳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"


# --------------------------------------------------------------------------- harder layout

CODE_NAME = "jiaxian_observatory_footer_codes"
CODE_UNIT = f"{PLACE}气象台"
CODE_TAB = "一览表"
CODE_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
# the codes, as the page footer gives them
TYPE_CODES = {1: "思想道德", 2: "制度机制", 3: "岗位职责", 4: "业务流程", 5: "外部环境"}
LEVEL_CODES = {"A": 1, "B": 2, "C": 3}
CODE_FOOTER = (
    "&L风险类型代码：1—思想道德风险；2—制度机制风险；3—岗位职责风险；4—业务流程风险；5—外部环境风险"
    "&C第 &P 页，共 &N 页"
    "&R风险等级代码：A—高风险；B—中风险；C—低风险"
)

# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型代码, 等级代码, 防控措施)])
CODE_ROWS = [
    ("台领导", "台长", "隗砚澄", "leader", [
        ("气象探测设备和业务系统采购不经台务会集体研究", 2, "A",
         "采购计划报县气象局审定，台务会集体研究，纪要存档。"),
        ("专业气象服务合同由个人商定、收费不入账", 4, "A", "服务合同统一编号管理，收费全额缴入局财务账户。"),
    ]),
    ("台领导", "副台长", "厍沅霏", "leader", [
        ("重大天气过程决策服务材料报送迟报、瞒报", 3, "B", "决策材料实行台长审签，报送时间留痕。"),
    ]),
    ("预报服务组", "组长", "阚翊漪", "middle", [
        ("为关系单位提前透露未发布的预报预警信息", 1, "A", "预报预警信息统一发布，发布前不得对外提供。"),
        ("服务对象选择和服务效益评价弄虚作假", 4, "B", "服务效益按标准评价，评价材料存档备查。"),
    ]),
    ("预报服务组", "预报员", "蒯珝沨", "general", [
        ("为商业活动出具气象证明收受好处", 5, "B", "气象证明按程序审批出具，登记编号。"),
        ("值班记录补写、交接班走过场", 3, "C", "值班记录实时录入业务系统，组长每周检查。"),
    ]),
    ("观测保障组", "观测员", "糜曦岑", "general", [
        ("自动气象站维护材料虚报数量", 1, "B", "维护材料领用登记，更换旧件回收核对。"),
        ("观测数据人为修改、缺测不报", 2, "C", "观测数据自动上传，疑误数据按程序订正并记录。"),
    ]),
    ("综合组", "会计", "庾沄笙", "general", [
        ("专项业务经费挤占挪用", 2, "B", "专项经费专账核算，年度接受审计。"),
        ("报销凭证审核不严，虚列差旅费", 4, "C", "报销经办、审核、审批三签，每季度内审。"),
    ]),
]  # fmt: skip


def jiaxian_observatory_footer_codes() -> dict:
    unit = CODE_UNIT
    sh = _Sheet(CODE_TAB, [6, 12, 9, 9, 44, 9, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    head = sh.add(*CODE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CODE_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [TYPE_CODES[typ]], LEVEL_CODES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        CODE_NAME, "http://qinghai.chinagdp.org/fzgh/201804/395.html",
        "(harder) 县气象台 岗位廉政风险防控一览表, after the source's 省 气象事业 review (预警信息发布, 人工影响天气作业指挥系统, "
        "农业气象服务, 乡镇气象信息服务站): a title, a merged ``填报单位：…　填报时间：2025年11月`` line, then 序号/科室 merged "
        "(台领导, 预报服务组, 观测保障组, 综合组)/岗位 and 姓名 merged per person/廉政风险点/风险类型 as CODES ``1``…``5`` (numbers)/"
        "风险等级 as CODES ``A/B/C``/防控措施; the KEY TO BOTH CODES is printed ONLY IN THE SHEET'S PAGE FOOTER (left: the five "
        "type codes, centre: the page number, right: ``风险等级代码：A—高风险；B—中风险；C—低风险``), nowhere in the cells; "
        "the header row repeats on every printed page; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["page"] = {"footer": CODE_FOOTER, "repeat_rows": head}
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def jiaxian_weather_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郜澂岳", "局长", "主持全面工作，分管人事、财务和基本建设", [
            ("综合气象观测站基建项目插手干预、指定施工单位", "一级", "基建项目按限额进场交易，过问插手登记报告。"),
            ("干部选任和绩效分配中搞亲疏远近", "二级", "选任按程序动议、考察、公示，绩效方案经职工大会通过。"),
        ]),
        ("眭沛泠", "副局长", "分管防灾减灾、气象行政执法", [
            ("气象行政执法检查降格处理、以罚代管", "一级", "执法案件集体审理，处罚结果公开。"),
            ("气象灾害预警信息发布考核打招呼", "三级", "考核结果按评分细则确定并公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "蔚岫琮", "middle", [
            ("公务用车和会议费用超标准列支", "二级", "用车和会议事前审批，费用按月公开。"),
        ]),
        ("办公室", "会计", "暨璐汐", "general", [
            ("人工影响天气专项资金拨付不按进度", "二级", "专项资金凭作业记录和审批单拨付。"),
            ("票据审核不严，虚列支出", "三级", "报销凭证三级审核，每季度内审。"),
        ]),
        ("防灾减灾科", "科长", "沈甯瑜", "middle", [
            ("防雷装置设计审核和竣工验收把关不严", "一级", "审核意见经科室集体研究，报分管局长签批。"),
            ("施放气球活动许可违规发放", "二级", "许可条件和结果公开，现场核查两人以上。"),
        ]),
        ("观测与预报科", "科员", "浦芃湄", "general", [
            ("区域自动气象站维护经费核定不实", "三级", "经费按维护台账核定，抽查核实。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "jiaxian_weather_bureau_two_sheets",
        "http://makayikanggw.com/html/dflz1content5e38cfb84951e86b014983e269043b82.html",
        "县气象局 廉政风险防控表 in two sheets, after the source's 气象部门 meeting on 廉政风险防控信息化 (基于流程管理的风险防控, "
        "主体责任和监督责任): ``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 "
        "``一级/二级/三级``/防控措施) and ``科室`` (a title, 序号/科室 merged (办公室, 防灾减灾科, 观测与预报科)/岗位 and 姓名 "
        "merged per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def jiaxian_earthquake_bureau_list() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "鞠旻澜", "leader", [
            ("地震监测台站建设项目不经集体研究", "制度机制", "高", "项目立项和资金安排经局务会集体研究。"),
            ("防震减灾专项资金分配个人说了算", "思想道德", "中", "资金分配方案公开，按考核结果拨付。"),
        ]),
        ("办公室", "会计", "籍湛霓", "general", [
            ("地震科普宣传资料印制不比价、虚报数量", "业务流程", "中", "印制三家比价，入库领用登记。"),
            ("公务接待超标准", "岗位职责", "低", "接待事前审批，清单按月公示。"),
        ]),
        ("震害防御股", "股长", "滑岍芮", "middle", [
            ("建设工程抗震设防要求审核把关不严", "岗位职责", "高", "审核意见两人复核，结果网上公开。"),
            ("农村民居地震安全工程补助对象认定不实", "外部环境", "高", "补助对象村级评议、镇级审核、县级公示。"),
        ]),
        ("监测预报股", "监测员", "宦翀漪", "general", [
            ("宏观观测点补助冒名领取", "制度机制", "中", "补助发放到人，名单在镇村公示。"),
            ("监测仪器维护记录补写造假", "岗位职责", "低", "维护记录拍照上传，股长每月抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "jiaxian_earthquake_bureau_list", "http://219.140.164.170/info/1005/6425.htm",
        "县地震局 岗位廉政风险防控一览表, after the source's 区地震局 honoured for 防震减灾 (三网一员 群测群防, 地震应急预案, 农村民居"
        "地震安全工程, 科普宣传): ``附件1``, a title, a merged ``填报单位：…　填报时间：…`` line, then 序号/股室 merged (局领导, 办公室, "
        "震害防御股, 监测预报股)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jiaxian_weather_modification_cards() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "亢翾沄", "leader", "主持全面工作，负责作业计划、弹药采购和经费管理", [
            ("增雨防雹火箭弹采购指定供应商", "★★★", "弹药按省人影办统一招标采购，验收两人以上。"),
            ("作业点建设和发射架维修资金分配不公开", "★★★", "资金分配方案经县气象局审定并公开。"),
            ("接受作业所在乡镇宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "郦瑑岚", "leader", "分管作业指挥和安全管理", [
            ("作业人员补助按作业次数虚报", "★★", "补助按作业记录和指挥指令核发，按月公示。"),
            ("故障弹和残骸处置不登记、私自处理", "★★★", "故障弹回收登记，报公安机关和省人影办处置。"),
        ]),
        ("弹药库管理员", "缪沚颀", "general", "负责火箭弹出入库、保管和台账", [
            ("弹药出入库账物不符", "★★", "双人双锁，出入库逐发登记，每月盘点。"),
            ("私自外借弹药库钥匙", "★", "钥匙分人保管，借用报主任批准并登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [8, 40, 12, 34])
        _line(sh, f"{unit}{post}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "办公室主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jiaxian_weather_modification_cards", "http://www.bbatmm.com/freezedryingequipment/1542.html",
        "县人工影响天气办公室 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 县 notice of "
        "人工增雨（防雹）作业 (火箭发射架, 增雨防雹火箭弹, 固定作业点, 故障弹和残骸): a title naming the post, ``姓　名 | … | 职　务 | "
        "…``, a merged ``岗位职责`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a merged ``注：`` line on the stars "
        "and ``持卡人（签字）： | … | 办公室主任（签字）：``; no type column",
        sheets, t,
    )  # fmt: skip


def jiaxian_lightning_center_posts() -> dict:
    unit = f"{PLACE}防雷减灾中心"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("检测服务收费", "擅自提高收费标准或减免关系单位检测费用", "制度机制风险", "Ⅰ级",
             "收费标准公示，减免经中心集体研究。"),
            ("防雷工程分包", "防雷工程不按程序分包，与施工单位利益往来", "外部环境风险", "Ⅰ级", "分包比选公开，签订廉洁协议。"),
        ]),
        ("检测部", "部长", "middle", [
            ("检测报告审签", "对不合格防雷装置出具合格报告", "岗位职责风险", "Ⅰ级", "报告实行检测、校核、审签三级签字。"),
        ]),
        ("检测部", "检测员", "general", [
            ("现场检测", "检测数据不实，现场检测走过场", "岗位职责风险", "Ⅱ级", "检测现场拍照定位，原始记录存档。"),
            ("检测对象接待", "接受被检测单位宴请、礼品", "思想道德风险", "Ⅱ级", "检测两人以上，严禁接受宴请。"),
        ]),
        ("技术服务部", "技术员", "general", [
            ("雷电灾害风险评估", "评估报告照搬模板、结论不实", "业务流程风险", "Ⅱ级", "评估报告专家复核，抽查比对。"),
            ("防雷产品质量检查", "为关系企业产品检查放行", "外部环境风险", "Ⅲ级", "检查结果登记备查，随机抽检。"),
        ]),
        ("办公室", "会计", "general", [
            ("检测收入管理", "检测收入不及时入账、坐支", "制度机制风险", "Ⅲ级", "收入统一开票，日清月结。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "jiaxian_lightning_center_posts",
        "http://156152.com/zwgk/zwwgk/fwgk/xzspzjfw/fwsxqd/qlgffwsx/content/post_7875368.html",
        "县防雷减灾中心 岗位廉政风险点排查表 对岗不对人, after the source's list of 防雷 中介服务 (防雷装置检测, 设计技术评价, 雷电灾害"
        "风险评估, 防雷产品测试): a title, then 序号/部室 merged (中心领导, 检测部, 技术服务部, 办公室)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiaxian_jialu_station_selfchecks() -> dict:
    unit = f"{PLACE}佳芦镇气象信息服务站"
    t = _Truth(unit)
    people = [
        ("弓霈溪", "站长", "leader", [
            ("气象信息员补贴发放虚报人数", "制度机制风险", "高风险", "补贴名单经镇政府审核，按村公示。", "已落实"),
            ("预警大喇叭和显示屏维护费用虚高", "业务流程风险", "中风险", "维护费用三家比价，镇财政所审核。", "未发现问题"),
        ]),
        ("帅琬琰", "气象协理员", "general", [
            ("灾情收集上报不实、迟报漏报", "岗位职责风险", "中风险", "灾情上报附照片，镇分管领导审核。", "已落实"),
            ("借灾情调查之机接受群众宴请", "思想道德风险", "低风险", "调查两人以上，严守廉洁纪律。", "未发现问题"),
        ]),
        ("栾湉澍", "气象信息员", "general", [
            ("更换信息员时优亲厚友", "外部环境风险", "低风险", "信息员由村委推荐、站里登记，名单公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 13, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, "填表时间", DATE)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None, None)
        sheets.append(sh)
    return _layout(
        "jiaxian_jialu_station_selfchecks", "http://v15510.com/news/xingyi/20120314/55364.htm",
        "镇气象信息服务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 市气象局 checking its "
        "乡镇气象信息员 by telephone (信息员 普查, 更换收不到短信的信息员, 汛期, 农村气象灾害防御): a title, pairs ``姓　名 | … | 岗　位 | "
        "… | 填表时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank "
        "row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def jiaxian_kengzhen_station_group_rows() -> dict:
    unit = f"{PLACE}坑镇气象信息服务站"
    sh = _Sheet("责任清单", [6, 11, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "邰沨柘", "leader", [
                ("气象设施建设", "乡村气象设施建设项目指定施工队伍", "业务流程风险", "一级风险",
                 "项目经镇政府审批，三家比价，验收两人以上。"),
                ("经费管理", "站运行经费挪作他用", "制度机制风险", "二级风险", "经费纳入镇财政统一核算，专款专用。"),
            ]),
        ]),
        ("二、信息服务组", "信息服务组", [
            ("组长", "宰沅蓁", "middle", [
                ("预警信息传递", "预警信息发布为关系户优先、选择性传递", "思想道德风险", "二级风险",
                 "预警信息按名单统一推送，推送记录存档。"),
            ]),
            ("气象信息员", "漆澪芃", "general", [
                ("灾情反馈", "灾情信息虚报夸大，骗取救灾物资", "岗位职责风险", "一级风险", "灾情核实两人签字，镇民政办复核。"),
            ]),
        ]),
        ("三、设施管护组", "设施管护组", [
            ("设施管护员", "佴祎渟", "general", [
                ("自动气象站管护", "管护不到位，巡检记录补写", "岗位职责风险", "三级风险", "巡检定位打卡，组长每周抽查。"),
                ("设施损坏报修", "报修虚列配件、费用", "外部环境风险", "三级风险", "更换配件旧件回收，费用公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "jiaxian_kengzhen_station_group_rows",
        "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/shanxisheng/2009/0428/24168.html",
        "镇气象信息服务站 廉政风险防控责任清单, after the source's 省气象局 building a 气象信息员 队伍 (信息员管理数据库, 预警信息"
        "传递, 灾情反馈, 基层气象设施的管护): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, ``二、信息服务组``, ``三、设施管护组`` merged "
        "across (no 组 column); 岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jiaxian_quake_service_center_every_row() -> dict:
    unit = f"{PLACE}防震减灾服务中心"
    sh = _Sheet("清单", [6, 12, 10, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "阙澴琦"
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中心领导", "主任", chief, "leader", "地震台站监测仪器采购不公开", "Ⅰ", "仪器采购按政府采购程序，结果公示。"),
        ("中心领导", "主任", chief, "leader", "应急演练经费预算虚高", "Ⅱ", "演练方案和预算报县地震局审定。"),
        ("监测部", "部长", "钮澹岺", "middle", "电磁波观测台站运维合同由个人商定", "Ⅰ", "运维单位比选确定，合同会签。"),
        ("监测部", "监测员", "隆葳沄", "general", "宏观观测异常瞒报、迟报", "Ⅱ", "异常现象两人核实，按时限上报。"),
        ("监测部", "监测员", "隆葳沄", "general", "台站值守记录补写", "Ⅲ", "值守记录实时录入，部长每周检查。"),
        ("宣教部", "技术员", "冉翯铮", "general", "防震减灾科普场馆讲解有偿服务", "Ⅲ", "讲解一律免费，预约登记。"),
        ("办公室", "办公室主任", "晁汧璟", "middle", "应急物资储备账实不符", "Ⅱ", "物资出入库双人登记，每季度盘点。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures, chief)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "jiaxian_quake_service_center_every_row", "https://meeios.com/www/dzj/dzdt/gzdt/202302/t20230210_983154",
        "县防震减灾服务中心 廉政风险防控清单, after the source's 县地震局 visited by a 副县长 (电磁波观测台站, 地震台 监测仪器, 宏观"
        "观测异常上报, 地震应急预案, 科普宣传): a title, then 序号/部门/岗位/``责任人`` written out on EVERY row (nothing merged)/"
        "廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 主任 on every row; no type column; a "
        "merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiaxian_observatory_footer_codes(),
    jiaxian_weather_bureau_two_sheets(),
    jiaxian_earthquake_bureau_list(),
    jiaxian_weather_modification_cards(),
    jiaxian_lightning_center_posts(),
    jiaxian_jialu_station_selfchecks(),
    jiaxian_kengzhen_station_group_rows(),
    jiaxian_quake_service_center_every_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch250.write_xlsx`` (page footers)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch434-inbox"))
