"""The four-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 略阳县 (汉中, Shaanxi) — the 县卫生健康局, the 县医院, the 县中医医院, the 县妇幼保健计划生育服务中心
and four 镇卫生院 (接官亭镇, 白水江镇, 两河口镇, 徐家坪镇) — each handing back the 一览表, 防控卡,
排查表, 责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 县医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 中医医院's 责任清单 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、医务科`` merged
  across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 两河口镇卫生院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 接官亭镇卫生院's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 院长审核：``;
- the 白水江镇卫生院's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 院长 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 徐家坪镇卫生院's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``科室`` merged (``院领导``, ``公共卫生科``, ``药房``, ``财务室``), ``岗位`` and ``姓名`` merged per
  person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``lueyang_health_bureau_level_by_frequency``: the 县卫生健康局's 岗位廉政风险防控一览表 ``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险类型 | 监控频次 | 防控措施`` with NO LEVEL COLUMN: each point's level
  is given only by HOW OFTEN IT IS MONITORED, ``每月`` / ``每季度`` / ``每半年``, and a merged note under
  the table ties the frequency to the level (``注：风险点按等级实行分级监控：一级风险点每月监控一次，
  二级风险点每季度监控一次，三级风险点每半年监控一次。``). Offices that practise 分级监控 write the
  monitoring cycle the level dictates and leave the level itself to the note. The README's 读得懂的表
  knows level words in a column whatever its heading, level columns ticked, group rows, sheets by
  level, levels by note keyed to 序号, colours, codes, score ranges (``风险值6—9为高风险``), typeface
  and, in the list of shapes already known, levels given by WHO controls a point (``防控责任主体``); it
  does not describe a column of monitoring FREQUENCIES that a note maps to levels. No earlier batch
  writes one: ``grep -l 频次 tests/published/batch*.py`` finds ``检查频次``/``监测频次`` columns only BESIDE
  a level column (batch 17, batch 71) and 频次 inside risk texts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区卫生局 工作自查报告 on 招商引资,
党风廉政, 村卫生室 改扩建; a 公共卫生 自查报告 on 基本公共卫生服务项目 资金 and 虚假健康档案; 医院工作人员
奖惩细则; 药品集中采购 流程七个环节; 病历质量奖罚制度; 医疗卫生机构推诿处罚标准; 医院事故隐患内部报告
奖惩机制; 医疗机构合理用药考核指标) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 略阳县, named with the county's name.

Run ``python tests/published/score.py --set batch442`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``每月`` is level 1, ``每季度`` 2 and ``每半年`` 3, as its note says; the
  ``监控频次`` column and the note are no points;
- ``院领导`` (a sheet of the 县医院's leaders, named so by its tab and title; a group row of the
  中医医院; 科室 cells of the 徐家坪镇卫生院) is the 科室 of those leaders; a hospital's 科 and 室, a
  卫生院's 科, 药房 and 财务室, a 局's 股 and 办公室 are 科室; a group row ``二、药剂科`` gives the 科室
  ``药剂科`` (its number left off); the 中心's cards and the 接官亭镇 and 白水江镇 卫生院 files name no
  科室: their 科室 is "";
- 局长, 副局长, 院长, 副院长, a 中心's 主任 and 副主任 are leaders; 股长, 科长/科主任, 护士长, 药房 and
  财务室 负责人 (主任), an 办公室's 主任 middle; the rest (科员, 会计, 出纳, 药剂师, 医师, 护士, 收费员,
  公卫医生, 采购员) general;
- ``风险点 | 风险表现`` (the 两河口镇卫生院's list): the point is the short 风险点; ``分管工作``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 两河口镇卫生院's list names no
  person: its forms are posts (对岗不对人); in the 白水江镇卫生院's list the LAST column ``责任领导``
  names a supervisor (the 院长, holder of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch440).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b442_"
PLACE = "略阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
CYCLES = {"每月": 1, "每季度": 2, "每半年": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

FREQ_NAME = "lueyang_health_bureau_level_by_frequency"
FREQ_UNIT = f"{PLACE}卫生健康局"
FREQ_TAB = "一览表"
FREQ_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "监控频次", "防控措施")
FREQ_WIDTH = len(FREQ_HEAD)
FREQ_NOTE = (
    "注：风险点按等级实行分级监控：一级风险点每月监控一次，二级风险点每季度监控一次，"
    "三级风险点每半年监控一次。"
)

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 监控频次, 防控措施)])
FREQ_ROWS = [
    ("局领导", "局长", "leader", "隗翾彧", [
        ("村卫生室改扩建项目不经集体研究确定施工单位", "制度机制", "每月", "项目按规定进场交易，局党组会集体研究。"),
        ("医疗卫生人才招聘中打招呼", "思想道德", "每季度", "招聘公开报名、公开考试，结果公示。"),
    ]),
    ("局领导", "副局长", "leader", "郦昶璆", [
        ("基本公共卫生服务项目资金拨付不按考核结果", "业务流程", "每月", "资金按绩效考核结果拨付，结果公开。"),
        ("对虚假健康档案问题不追究", "岗位职责", "每季度", "督导发现问题通报，限期整改销号。"),
    ]),
    ("医政医管股", "股长", "middle", "殳旻琇", [
        ("医疗机构执业登记审查放宽条件", "岗位职责", "每月", "审查两人以上，结果网上公示。"),
        ("接受医疗机构宴请", "外部环境", "每半年", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("办公室", "主任", "middle", "禚烜翎", [
        ("办公用品采购不比价", "制度机制", "每季度", "采购三家比价，结果公示。"),
    ]),
    ("办公室", "会计", "general", "钭珝岚", [
        ("专项经费挪作他用", "制度机制", "每月", "专项资金专账核算，每季度对账。"),
        ("报销票据审核不严", "岗位职责", "每半年", "报销三级审核，定期内审。"),
    ]),
]  # fmt: skip


def lueyang_health_bureau_level_by_frequency() -> dict:
    unit = FREQ_UNIT
    sh = _Sheet(FREQ_TAB, [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", FREQ_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", FREQ_WIDTH)
    sh.add(*FREQ_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in FREQ_ROWS:
        for point, typ, cycle, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, cycle, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), CYCLES[cycle])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FREQ_NOTE, FREQ_WIDTH)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        FREQ_NAME, "https://m.liuxue86.com/k_卫生工作自查报告",
        "(harder) 县卫生健康局 岗位廉政风险防控一览表 with NO LEVEL COLUMN: the level given only by a ``监控频次`` column (每月/每季度/"
        "每半年) that a merged ``注：`` line under the table ties to 一级/二级/三级 (分级监控), after the source's 区卫生局 工作自查报告 "
        "(党风廉政, 村卫生室 改扩建, 基本公共卫生): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/股室 merged "
        "(局领导, 医政医管股, 办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/监控频次/防控措施; a 制表/审核/"
        "date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lueyang_county_hospital_two_sheets() -> dict:
    unit = f"{PLACE}医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯翀昉", "院长", "主持全面工作，分管财务", [
            ("大型医疗设备购置不经集体研究", "一级", "设备购置论证后院务会集体研究，纪要存档。"),
            ("职称推荐中打招呼", "二级", "推荐量化赋分，结果公示。"),
        ]),
        ("宓玹翯", "副院长", "分管医务、药事", [
            ("药品遴选进院中收受好处", "一级", "药事委员会集体遴选，票决留痕。"),
            ("医疗纠纷处理中偏袒一方", "二级", "纠纷处理集体研究，结果书面告知。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医务科", "科长", "濮晗珣", "middle", [
            ("病历质量检查打人情分", "二级", "检查两人以上，评分当场签字。"),
        ]),
        ("医务科", "科员", "竺沛翊", "general", [
            ("泄露患者信息给医药代表", "一级", "信息系统权限分级，查询留痕。"),
            ("进修名额安排不公", "三级", "进修名额公开，集体研究。"),
        ]),
        ("设备科", "科长", "佘晞璘", "middle", [
            ("设备验收走过场", "一级", "验收小组三人以上，验收单归档。"),
            ("维修费用结算不实", "二级", "维修凭工单结算，财务复核。"),
        ]),
        ("设备科", "采购员", "麻昀玠", "general", [
            ("耗材采购指定供应商", "三级", "耗材采购平台比价，记录存档。"),
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
        "lueyang_county_hospital_two_sheets", "https://abg.baidu.com/tags/2k65jovzutl7psgl2sy33mntzxh3rvhs",
        "县医院 廉政风险防控表 in two sheets, after the source's 医院工作人员奖惩细则: ``院领导`` (a title, 序号/``姓名 | 职务 | "
        "分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``科室`` (a title, 序号/科室 merged (医务科, "
        "设备科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def lueyang_tcm_hospital_group_rows() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "茹暄珏", "leader", [
                ("药品集中采购", "集中采购外违规采购药品", "制度机制风险", "一级风险", "药品全部网上集中采购，院务会审定。"),
                ("基建项目", "基建项目拆分规避招标", "业务流程风险", "二级风险", "按限额标准招标，审计全程跟踪。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "闾翡沅", "middle", [
                ("中药饮片验收", "中药饮片以次充好验收放行", "岗位职责风险", "一级风险", "验收双人，抽样送检。"),
            ]),
            ("药剂师", "褚琛旸", "general", [
                ("药品统方", "为医药代表统方", "思想道德风险", "二级风险", "统方权限专人管理，查询留痕。"),
                ("药品库存", "过期药品处置不登记", "业务流程风险", "三级风险", "过期药品登记销毁，双人监督。"),
            ]),
        ]),
        ("三、医务科", "医务科", [
            ("科长", "暴珺骞", "middle", [
                ("处方点评", "处方点评走过场", "制度机制风险", "二级风险", "点评结果公示，纳入考核。"),
            ]),
            ("科员", "郗晔琬", "general", [
                ("病历归档", "接受请托修改病历", "外部环境风险", "三级风险", "病历封存，修改留痕。"),
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
        "lueyang_tcm_hospital_group_rows", "http://fengdujob.net/go/药品集中采购流程七个环节.html",
        "县中医医院 廉政风险防控责任清单, after the source's 药品集中采购 流程七个环节: a title, 序号/岗位/责任人/``职责事项``/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、药剂科``, ``三、医务科`` merged across (no 科室 column); 岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lueyang_mch_center_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "亓煦琰", "leader", [
            ("孕产妇保健项目资金使用不经集体研究", "★★★", "项目资金使用中心会议集体研究。"),
            ("健康档案考核打分不实", "★★", "考核分值公开，集体打分。"),
            ("接受药械供应商宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副主任", "逄玙旸", "leader", [
            ("免费筛查试剂采购指定品牌", "★★★", "试剂采购平台比价，集体审定。"),
            ("出生医学证明签发把关不严", "★★", "签发双人审核，台账管理。"),
        ]),
        ("会计", "阚筠曈", "general", [
            ("项目补助发放不实", "★★", "补助按名册发放，公示三日。"),
            ("收费不开票据", "★", "收费票据连号，每日对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "lueyang_mch_center_cards", "https://cnrencai.cn/shiyongwen/zichabaogao/310616.html",
        "县妇幼保健计划生育服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 会计), after the source's 公共卫生 "
        "自查报告 (基本公共卫生服务项目, 资金使用, 虚假健康档案): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 "
        "| …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def lueyang_lianghekou_clinic_posts() -> dict:
    unit = f"{PLACE}两河口镇卫生院"
    sh = _Sheet("排查表", [6, 12, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("药品耗材采购", "在集中采购外自行采购药品耗材", "制度机制风险", "Ⅰ级", "网上集中采购，院务会集体研究。"),
            ("绩效分配", "绩效分配向个人倾斜", "思想道德风险", "Ⅱ级", "分配方案职工会讨论，结果公示。"),
        ]),
        ("临床科", "医师", "general", [
            ("推诿病人", "对诊疗收费低的病人推诿", "岗位职责风险", "Ⅱ级", "首诊负责制，投诉回访。"),
            ("收受红包", "收受病人红包、礼品", "外部环境风险", "Ⅰ级", "签订拒收红包协议，患者回访。"),
        ]),
        ("收费室", "收费员", "general", [
            ("医疗收费", "多收、漏收费用，截留现金", "业务流程风险", "Ⅲ级", "收费系统日结，财务核对。"),
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
        "lueyang_lianghekou_clinic_posts", "http://fengdujob.net/go/医疗卫生机构推诿处罚标准.html",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's 医疗卫生机构推诿处罚标准 (推诿病人, 首诊负责): a title, then "
        "序号/科室 merged (院领导, 临床科, 收费室)/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def lueyang_jieguanting_clinic_selfchecks() -> dict:
    unit = f"{PLACE}接官亭镇卫生院"
    t = _Truth(unit)
    people = [
        ("鄢翊珲", "院长", "leader", [
            ("病历质量考核打分不实", "高风险", "考核结果院务会复核，公示三日。", "已落实"),
            ("村医补助发放优亲厚友", "高风险", "补助按考核发放，名单公示。", "未发现问题"),
            ("职工考勤补助虚报", "中风险", "考勤打卡，补助按月公示。", "已落实"),
        ]),
        ("冼昱珩", "护士长", "middle", [
            ("一次性耗材私自变卖", "中风险", "耗材领用登记，定期盘点。", "未发现问题"),
            ("接受病人家属吃请", "低风险", "签订廉洁承诺，不接受宴请。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "lueyang_jieguanting_clinic_selfchecks", "https://abg.baidu.com/tags/wkq4b6wwzla37pnrw6r5nrvwza16",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 病历质量奖罚制度: a title, a "
        "label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; a blank row and ``本人签名： | 院长审核：``",
        sheets, t,
    )  # fmt: skip


def lueyang_baishuijiang_clinic_every_row() -> dict:
    unit = f"{PLACE}白水江镇卫生院"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "訾昶璠"
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("院长", chief, "leader", "隐患整改工程指定施工队", "Ⅰ", "工程按规定发包，院务会集体研究。"),
        ("院长", chief, "leader", "隐瞒事故隐患不报", "Ⅱ", "隐患内部报告，定期通报。"),
        ("公卫医生", "戢湄玗", "general", "虚报公共卫生服务工作量", "Ⅰ", "工作量系统核对，入户抽查。"),
        ("公卫医生", "戢湄玗", "general", "疫苗出入库登记不实", "Ⅲ", "出入库双人登记，每月盘点。"),
        ("出纳", "厍昀琮", "general", "公款私存", "Ⅱ", "现金日清月结，定期盘点。"),
        ("出纳", "厍昀琮", "general", "收据管理混乱", "Ⅲ", "收据连号使用，领用登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", DATE, None, None)
    return _layout(
        "lueyang_baishuijiang_clinic_every_row",
        "https://www.zhetiaohe.com/ss/b0ed80081d9a6b6cfa095452005bc51d3118dc90f1c23e2527d4c103bd6970572ff1ec4c6f054a047c600679c9a0151c.html",
        "镇卫生院 廉政风险防控清单, after the source's 医院事故隐患内部报告奖惩机制: a title, then 序号/岗位/``责任人`` written out "
        "on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 院长 on "
        "every row; no type column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lueyang_xujiaping_clinic_list() -> dict:
    unit = f"{PLACE}徐家坪镇卫生院"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "仉翕珧", "leader", [
            ("抗菌药物遴选中收受好处", "制度机制", "高", "药事小组集体遴选，结果公示。"),
            ("合理用药考核打招呼", "思想道德", "中", "考核指标公开，结果公示。"),
        ]),
        ("公共卫生科", "科长", "鲜于昙", "middle", [
            ("慢病随访记录造假", "业务流程", "高", "随访电话抽查，系统比对。"),
        ]),
        ("药房", "药剂师", "爨淇琰", "general", [
            ("药品私自外售", "岗位职责", "低", "药品进销存系统管理，月底盘点。"),
        ]),
        ("药房", "主任", "毌丘瑀", "middle", [
            ("药品验收不核对批号", "岗位职责", "中", "验收双人核对，记录存档。"),
            ("接受医药代表礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("财务室", "出纳", "逯翙琦", "general", [
            ("医保结算款不及时入账", "制度机制", "中", "结算款当日入账，每月对账。"),
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
        "lueyang_xujiaping_clinic_list", "https://www.jrssaishi.com/tagdetail/医疗机构合理用药考核指标.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's 医疗机构合理用药考核指标 (抗菌药物, 处方): ``附件1``, a title, a merged "
        "``填报单位：…　填报时间：2025年12月`` line, then 序号/科室 merged (院领导, 公共卫生科, 药房, 财务室)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lueyang_health_bureau_level_by_frequency(),
    lueyang_county_hospital_two_sheets(),
    lueyang_tcm_hospital_group_rows(),
    lueyang_mch_center_cards(),
    lueyang_lianghekou_clinic_posts(),
    lueyang_jieguanting_clinic_selfchecks(),
    lueyang_baishuijiang_clinic_every_row(),
    lueyang_xujiaping_clinic_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch442-inbox"))
