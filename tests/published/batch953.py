"""The nine-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 申扎县 (那曲市, 西藏自治区) — its 卫生健康委员会, 人民医院, 藏医院, 疾病预防控制中心, 妇幼保健院,
卫生监督所 and two 乡镇卫生院 (雄梅镇, 买巴乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 藏医院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 卫生监督所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 雄梅镇卫生院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 买巴乡卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shenzha_people_hospital_risk_event``: the 人民医院's 岗位廉政风险识别登记表, laid out as a 内部控制
  风险评估 register splits every risk in THREE CELLS under a two-row heading: ``风险识别`` merged over
  ``风险源 | 风险事件 | 风险后果`` — the business item the risk comes from (``药品耗材遴选``), the risk
  event itself (``药品遴选中收受供应商回扣，违规引进高价药品``) and what it leads to (``增加患者负担，
  造成医保基金损失``) — beside ``序号 | 科室 | 岗位 | 姓名`` and ``风险等级 | 防控措施`` merged down both
  heading rows; 科室 merged, 岗位 and 姓名 merged per person, ``一级/二级/三级``, no type column. The
  point is the 风险事件; the 风险源 and the 风险后果 are neither points nor measures. The README's
  读得懂的表 knows a short 风险点 beside a long 风险表现 (``风险点 | 风险表现``, ``简称：表现`` in a cell), a
  short ``风险成因`` column, an unknown risk heading such as ``风险事件`` read as the point by content,
  ``可能导致的后果`` read for a level by a note, and a 内部控制 ``风险控制矩阵`` whose 风险描述 spans several
  controls; it does not describe a risk split in three cells source | event | consequence under one
  merged ``风险识别`` heading (no ``风险源``, no ``风险后果`` anywhere in it).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县卫健系统's 述责述廉 meeting —
医疗卫生单位, 基本公共卫生服务, 廉政底线; a paper on 医院内控 执行有效性 — 风险评估, 药品耗材采购, 大型设备,
医保政策, 舞弊风险; a report on 西藏 藏医药 — 县级藏医院, 藏药生产, 藏药材; a paper on 基层疾控中心 — 疾控网络,
突发公共卫生事件, 检测能力; a 农村孕产妇住院分娩补助 项目实施方案 — 补助, 住院分娩率, 母婴安全; a paper on
卫生监督执法 — 食品卫生, 生活饮用水卫生, 医疗卫生, 执法; a paper on 乡镇卫生院 — 药品欠款, 医疗设备, 运营机制;
a paper on 基层公共卫生防控能力 — 农村, 乡镇卫生院, 村医, 疫情防控) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 姜 and 白 with rare given names); every unit is a body of 申扎县.

Run ``python tests/published/score.py --set batch953`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``风险事件`` cell; ``风险源`` (the business item) and
  ``风险后果`` (the consequence) are no points, no types and no measures; the truth is one form a
  holder (科室, 岗位, 姓名), the level from ``风险等级``;
- ``委领导`` (a sheet tab) and the cards' leaders have no 科室: ``院领导`` (a 科室 cell, a group row
  ``一、院领导``), ``中心领导`` (a 科室 cell) and ``所领导`` (the 自查表's 所在股室 cell) are the 科室 of those
  leaders; a 委's 股, a hospital's 科/室/部 and a 卫生院's 科 or 室 are 科室; a group row
  ``二、孕产保健部`` gives the 科室 ``孕产保健部``;
- every body is a unit of its own: 主任 and 副主任 of the 委 and of the 中心, 院长, 副院长, 所长 are
  leaders; 股长, 科长, 科主任, 部长, 主任 of a 科/室 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b953_"
PLACE = "申扎县"
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

# (科室, 岗位, 姓名, tier, [(风险源, 风险事件, 风险后果, 风险等级, 防控措施)])
EVENTS = [
    ("院领导", "院长", "姜翯澂", "leader", [
        ("大型医疗设备采购", "大型医疗设备采购中授意设定倾向性参数，为特定供应商谋利",
         "国有资金损失，设备闲置浪费", "一级", "设备采购论证经院长办公会集体研究，参数由三名以上专家论证。"),
        ("基建维修项目", "基建维修项目化整为零规避招标", "工程质量失控，滋生利益输送",
         "一级", "限额以上项目一律进县公共资源交易平台，纪检全程监督。"),
    ]),
    ("院领导", "副院长", "白翊霁", "leader", [
        ("药品耗材遴选", "药品遴选中收受供应商回扣，违规引进高价药品", "增加患者负担，造成医保基金损失",
         "一级", "药事管理委员会集体遴选，表决记录存档。"),
        ("医保政策执行", "默许科室分解住院、挂床住院套取医保基金", "医保基金流失，医院被约谈处罚",
         "二级", "医保办每月抽查病历，结果在院周会通报。"),
    ]),
    ("药剂科", "科主任", "姜沄翃", "middle", [
        ("药品统计", "为医药代表违规统方，提供医生用药数据", "助长商业贿赂，扰乱用药秩序",
         "二级", "信息系统统方权限分级授权，查询留痕。"),
        ("药品出入库", "药品验收入库把关不严，账实不符", "药品流失，质量隐患", "三级", "药品出入库双人验收，每月盘点。"),
    ]),
    ("财务科", "收费员", "白珝玥", "general", [
        ("门诊住院收费", "收取现金不入账，私自减免或挪用费用", "医院收入流失", "二级",
         "收费日结日清，票据与系统逐日核对。"),
    ]),
]  # fmt: skip


def shenzha_people_hospital_risk_event() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("登记表", [6, 10, 9, 9, 14, 36, 22, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险识别登记表", 9)
    top = sh.add("序号", "科室", "岗位", "姓名", "风险识别", None, None, "风险等级", "防控措施")
    sh.add(None, None, None, None, "风险源", "风险事件", "风险后果", None, None)
    for c in (0, 1, 2, 3, 7, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 6)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, items in EVENTS:
        for source, event, result, lv, measures in items:
            n += 1
            sh.add(n, dept, post, who, source, event, result, lv, measures)
            t.point(sh.name, dept, post, who, tier, event, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, "2025年5月", None)
    return _layout(
        "shenzha_people_hospital_risk_event",
        "https://www.seridoat.com/article/yi-yuan-nei-kong-zhi-xing-you-xiao-xing-bao-gao-jie-shi-guan-jian-wen-ti-yu-gai-jin-ce-lve-zhu-li-yi.html",
        "(harder) 县人民医院 岗位廉政风险识别登记表, after the source's paper on 医院内控 执行有效性 (风险评估, 药品耗材采购, "
        "大型医疗设备, 医保政策, 舞弊风险): a title, a TWO-ROW heading ``序号 | 科室 | 岗位 | 姓名 | 风险识别 | 风险等级 | "
        "防控措施`` with ``风险识别`` merged over ``风险源 | 风险事件 | 风险后果`` (the others merged down both rows): every "
        "risk split in three cells, the point the 风险事件; 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, "
        "no type column; a 填表人/审核人/院长（签字）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shenzha_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("白霈昶", "主任", "主持委全面工作", [
            ("医疗卫生项目资金分配个人说了算", "一级", "项目资金分配经委党组会集体研究，会议纪要存档。"),
            ("插手医疗卫生单位设备采购和工程建设", "一级", "领导干部插手干预重大事项记录报告。"),
        ]),
        ("姜峄翾", "副主任", "分管医政医管、基本公共卫生服务", [
            ("医疗机构执业审批把关不严", "一级", "执业审批实行初审、复核两级把关，结果公示。"),
            ("基本公共卫生服务项目考核走过场", "二级", "考核组由委、乡镇和村代表组成，现场抽查入户。"),
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
        ("医政医管股", "股长", "姜竑霆", "middle", "医疗纠纷调处偏袒一方，收受好处", "二级",
         "医疗纠纷调处两人以上参加，调处记录存档。"),
        ("医政医管股", "股长", "姜竑霆", "middle", "医师资格考试报名审核不严", "二级", "报名材料逐项核对，名单公示。"),
        ("财务股", "会计", "白璟翛", "general", "基层医疗卫生机构补助资金拨付不及时、截留", "一级",
         "补助资金按进度拨付，财务股长复核。"),
        ("财务股", "出纳", "姜瑀昕", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("疾控与基层卫生股", "股长", "白澍骞", "middle", "乡村医生补助核定不实", "二级", "补助名单逐村核实，在村务公开栏公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shenzha_health_commission_two_sheets", "http://m.serenwang.com/dy/article/KLJ239QK05368J2Z.html?spss=dy_author",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 县卫健系统 述责述廉 meeting (医疗卫生单位, "
        "基本公共卫生服务, 全面从严治党, 廉政底线): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shenzha_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测设备采购", "检测设备采购指定品牌，与供应商串通抬价", "制度机制风险", "高",
         "设备采购三家以上比选，中心班子集体研究。"),
        ("免疫规划科", "科长", "middle", "疫苗出入库", "疫苗出入库登记不实，私自调拨疫苗", "岗位职责风险", "高",
         "疫苗出入库扫码追溯，每月账实核对。"),
        ("免疫规划科", "接种管理员", "general", "冷链运转", "冷链运转经费虚报冒领", "业务流程风险", "中",
         "冷链运转经费凭运转记录报销，科长审核。"),
        ("检验科", "检验员", "general", "样品检测", "检测数据弄虚作假，出具不实报告", "思想道德风险", "高",
         "检测原始记录双人复核，报告三级审签。"),
        ("检验科", "检验员", "general", "有偿检测收费", "有偿检测收费不开票据，截留收入", "外部环境风险", "中",
         "收费统一开具票据，当日缴入财务。"),
        ("办公室", "报账员", "general", "公共卫生项目经费", "项目经费报账票据不实", "业务流程风险", "低",
         "报账单据主任审批，项目经费专账核算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shenzha_cdc_posts", "https://www.soolun.com/periodical/0b68673357c084fbbacf424bfb35bfcd.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 基层疾控中心 (疾控网络, 突发公共卫生事件, "
        "检测能力): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shenzha_tibetan_hospital_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    cards = [
        ("院长", "白翀曦", "院长", "主持医院全面工作", "leader", [
            ("藏药材收购价格不公开，向关系户倾斜", "★★★", "藏药材收购价格集体议定，张榜公示。"),
            ("院内制剂室改扩建项目干预招标", "★★★", "项目招标进县公共资源交易平台，院内不得指定施工单位。"),
            ("接受药材商宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副院长", "姜翙岚", "副院长", "分管藏药制剂、医疗质量", "leader", [
            ("藏药制剂质量检验把关不严", "★★", "制剂每批留样检验，检验报告存档。"),
            ("藏药浴等特色诊疗项目收费不规范", "★★", "收费项目按物价标准公示，每月抽查。"),
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
        "shenzha_tibetan_hospital_cards", "https://www.tibetcul.com/news/yy/20834.html",
        "县藏医院 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 西藏 藏医药 (县级藏医院, 藏药生产, "
        "藏药材, 藏医特色疗法): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shenzha_mch_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "白漪翚", "leader", [
                ("农村孕产妇住院分娩补助资金审核不严、虚报冒领", "一级风险", "补助名单逐人核实，在乡村公示。"),
                ("妇幼项目资金使用个人说了算", "一级风险", "项目资金使用经院务会集体研究。"),
            ]),
        ]),
        ("二、孕产保健部", "孕产保健部", [
            ("部长", "姜昉翊", "middle", [
                ("出具出生医学证明审核不严", "二级风险", "出生医学证明专人管理，签发登记。"),
            ]),
            ("助产士", "白霁峣", "general", [
                ("收受产妇家属红包", "二级风险", "签订拒收红包承诺书，出院回访。"),
                ("分娩登记信息不实，协助套取补助", "三级风险", "分娩登记与住院病历逐月核对。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "姜泠翾", "general", [
                ("专项补助资金发放台账不实", "二级风险", "补助资金通过惠民一卡通发放，台账每月核对。"),
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
        "shenzha_mch_group_rows", "https://dajudeng.com/Categor/TagList?tid=822251",
        "县妇幼保健院 廉政风险防控责任清单 under GROUP ROWS, after the source's 农村孕产妇住院分娩补助 项目实施方案 (补助, "
        "住院分娩率, 母婴安全): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、院领导``, ``二、孕产保健部``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shenzha_health_supervision_selfchecks() -> dict:
    unit = f"{PLACE}卫生监督所"
    t = _Truth(unit)
    people = [
        ("姜霈暄", "所领导", "所长", "leader", [
            ("卫生行政处罚案件说情干预，降低处罚标准", "Ⅰ级", "重大案件集体讨论，处罚结果公开。", "已落实"),
            ("公共场所卫生许可审批把关不严", "Ⅱ级", "许可审批实行现场核查和集体审核。", "未发现问题"),
        ]),
        ("白翎澈", "监督一股", "监督员", "general", [
            ("监督检查中吃拿卡要", "Ⅰ级", "监督检查两人以上，执法记录仪全程记录。", "已落实"),
            ("生活饮用水卫生监督抽检走过场", "Ⅲ级", "抽检点位随机确定，抽检记录存档。", "已落实"),
        ]),
        ("姜晗翥", "监督二股", "监督员", "general", [
            ("非法行医查处选择性执法", "Ⅰ级", "查处情况每月通报，案件移送留痕。", "未发现问题"),
            ("泄露投诉举报人信息", "Ⅱ级", "举报信息专人登记，严格保密。", "已落实"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shenzha_health_supervision_selfchecks", "https://soolun.net/periodical/0b3397e9fd7cfc0f3f8859df0dcd9b4a.html",
        "县卫生监督所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 卫生监督执法 "
        "(食品卫生, 生活饮用水卫生, 医疗卫生, 执法经费): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def shenzha_xiongmei_clinic_list() -> dict:
    unit = f"{PLACE}雄梅镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "白翯岍", "leader", "药品采购不在省平台进行，线下采购", "制度机制", "高风险",
         "药品一律在省集中采购平台采购，每月核对。"),
        ("院领导", "院长", "白翯岍", "leader", "拖欠药品款期间收受供应商好处", "岗位职责", "中风险",
         "药款支付按合同约定，支付经院务会研究。"),
        ("药房", "药剂员", "姜翛翀", "general", "药品账实不符，私自销售药品", "业务流程", "高风险",
         "药品进销存信息化管理，每月盘点。"),
        ("药房", "药剂员", "姜翛翀", "general", "过期药品报损不规范", "思想道德", "低风险", "报损经院长审批，监督销毁。"),
        ("公共卫生科", "科长", "白沚翾", "middle", "基本公共卫生服务数据造假", "外部环境", "中风险",
         "服务数据随机电话回访核实。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "shenzha_xiongmei_clinic_list", "https://www.ppdoc.com/periodical/dd7775c2792cba3fc859ffa4d79bdaff.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's paper on 乡镇卫生院 (药品欠款, 医疗设备陈旧, 运营机制, 专业人才): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def shenzha_maiba_clinic_register() -> dict:
    unit = f"{PLACE}买巴乡卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "姜沨翚", "leader", [
            ("乡村医生考核和补助发放不公", "制度机制", "一级", "考核结果和补助标准在村公示。"),
            ("医疗设备验收把关不严", "岗位职责", "二级", "设备验收由院长、使用科室和会计三方签字。"),
        ]),
        ("财务室", "会计", "白翚岷", "general", [
            ("新农合报销单据审核不严", "业务流程", "一级", "报销单据逐张审核，每月抽查病历。"),
        ]),
        ("防保科", "防保员", "姜濛翊", "general", [
            ("预防接种登记信息不实", "业务流程", "二级", "接种信息与系统逐条核对。"),
            ("下乡巡诊补助虚报", "思想道德", "三级", "巡诊定位打卡，院长签字确认。"),
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
        "shenzha_maiba_clinic_register", "http://chinaqking.com/yc/2021/3032139.html",
        "乡卫生院 廉政风险点排查登记表, after the source's paper on 基层公共卫生防控能力 (农村, 乡镇卫生院, 村医, 疫情防控): a "
        "title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shenzha_people_hospital_risk_event(),
    shenzha_health_commission_two_sheets(),
    shenzha_cdc_posts(),
    shenzha_tibetan_hospital_cards(),
    shenzha_mch_group_rows(),
    shenzha_health_supervision_selfchecks(),
    shenzha_xiongmei_clinic_list(),
    shenzha_maiba_clinic_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch953-inbox"))
