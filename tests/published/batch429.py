"""The four-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 畜牧 bodies,
横山区 (a district of 榆林 on the 无定河, in the 陕北 loess hills and the 毛乌素 sands, its staff Han) —
the 区畜牧兽医发展中心, the 区动物疫病预防控制中心, the 区草原工作站, the 区饲草料站 and the 畜牧兽医站 of
four of its towns (波罗镇, 石湾镇, 响水镇, 雷龙湾镇) — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 畜牧兽医发展中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 草原工作站's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 饲草料站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 波罗镇畜牧兽医站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | … |
  填表时间 | …`` over ``工作单位 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 石湾镇畜牧兽医站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、动物防疫组``, ``三、技术推广组``
  merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 响水镇畜牧兽医站's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (``站领导``, ``防疫检疫组``, ``综合组``), ``姓名`` BEFORE ``职务``, both merged per person, a short
  ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 雷龙湾镇畜牧兽医站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged) and with no 组 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``hengshan_epidemic_center_points_yishi``: the 动物疫病预防控制中心's 廉政风险防控责任清单 writes the
  points of a duty THE WAY A REPORT'S PROSE ENUMERATES THEM — INLINE, ONE AFTER ANOTHER ON ONE LINE, each
  opened by an ORDINAL WORD ``一是`` / ``二是`` / ``三是`` and closed by a full-width ``；`` (the last by
  ``。``), the whole list in the ONE ``廉政风险点`` cell of the duty's row: ``一是疫苗出入库登记不实，账物
  不符；二是将剩余疫苗转卖或私自发给关系场户；三是过期失效疫苗不按规定报废、销毁。``. Under a title and a
  merged ``填报单位：…　填报时间：2025年11月`` line the header is ``序号 | 科室 | 岗位 | 姓名 | 工作职责 |
  廉政风险点 | 风险等级 | 防控措施``; ``科室`` is merged over its rows, ``岗位`` and ``姓名`` over the
  person's; ONE ROW A DUTY (``工作职责``, a short name: ``强制免疫疫苗管理``), its ``风险等级`` (高/中/低)
  grading every point of the row; a duty with one point has that point alone in the cell (no ``一是``,
  no closing ``。``); the measures cell is written the same way (``一是…；二是…。``, not one for one with
  the points). The heading is the plain ``廉政风险点`` — it says nothing of how the points are parted
  — and no ``注：`` line does either (the one under the table is on the levels only). No line break,
  no number (``1.``, ``①``, ``（1）``), no label (``风险点1：``) and no bracket stands in a point cell;
  a point itself has commas, but no ``；``, no ``是`` after an ordinal and no closing ``。``. The shape
  is about HOW THE POINTS ARE WRITTEN AND JOINED: several points in one cell as an inline prose
  enumeration, told apart by ordinal words, one level for all. The README's 读得懂的表 knows several
  points in one cell only when NUMBERED ONE A LINE (``1.…⏎2.…`` beside ``1.高⏎2.中``, ``高风险点：⏎1.…``,
  ``风险点1：…⏎防控措施1：…``, ``受理员：…⏎民政员：…``), or UNNUMBERED and parted by ``；`` WHERE THE
  POINT'S HEADING SAYS SO (``廉政风险点（同一等级的多个风险点用“；”隔开）``, batch425); it knows ``一是…`` only
  as the MEASURES written on lines of their own under a point in a ``风险点及防控措施`` column; it keeps a
  numbered cell beside one level as one point (batch68). It does not describe ordinal words ``一是 / 二是``
  parting points inline in a plain ``廉政风险点`` column beside its own measures column. No earlier batch
  writes one: ``grep -l '二是' tests/published/*.py`` finds none (``一是`` stands only in batch391, as a
  measures line).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市农业农村局's 专题整治 meeting on
生猪屠宰领域 — 检疫出证, 防疫经费发放, 徇私舞弊, 问题清单, with its ``一要…；二要…；三要…`` prose; a
区畜牧服务中心's 年度工作总结 — 重大动物疫病, 行政执法, 先进性教育; a 草原监督管理站's 三级联合督查 on
征占用草原 — 执法检查记录, 审核审批手续; a 区畜牧局's 粮改饲示范项目 — 全株玉米 收储, 补助, 验收, 拨付;
a 村级动物防疫员考核办法 — 免疫密度, 责任书, 抗体检测, 走访场户; a 区畜牧发展促进中心's 三级畜禽防疫
网络 — 中心, 镇街兽医站, 村级防疫员; a 基层动物防疫管理规章制度; a 畜牧局's 自查汇报 — 良种冻精 推广,
疫情 测报, 血清 送检) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 横山区, named with the district's name (no earlier
unit holds ``横山区``; 波罗镇, 石湾镇, 响水镇 and 雷龙湾镇 are towns of the district).

Run ``python tests/published/score.py --set batch429`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``一是… / 二是… / 三是…`` part of a ``廉政风险点`` cell is ONE POINT of the row's
  post and holder, with the row's 风险等级: the text after the ordinal word (``一是``, ``二是``, ``三是``
  left off) up to the ``；`` or the closing ``。`` (left off); a cell without an ordinal word is one
  point, the whole cell; ``工作职责`` is no point and names no holder; the 防控措施 cell's parts are
  measures, no points;
- ``中心领导`` (the 畜牧兽医发展中心's sheet of its leaders, named so by its tab and title; the
  动物疫病预防控制中心's first 科室), ``站领导`` (the 草原工作站's first 部室, a group row, a 部门 cell) are
  the 科室 of those leaders; a 中心's 股 and 办公室 and its 兽医实验室, a 站's 股 and 组 are 科室; a group
  row ``二、动物防疫组`` gives the 科室 ``动物防疫组`` (its number left off); the 饲草料站's cards (their
  ``所在单位`` is the 站 itself), the 波罗镇 and 雷龙湾镇 stations' forms name no 科室: their 科室 is "";
- a 中心's 主任 and 副主任, 站长 and 副站长 are leaders; 股长 and a 站's 组长 middle; the rest (会计,
  科员, 检测员, 技术员, 检疫员, 防疫员, 防疫技术员, 工作人员, 草原监理员, 保管员, 统计员) general;
- ``风险点 | 风险表现`` (the 草原工作站's list) and ``廉政风险点 | 风险描述`` (the 响水镇 station's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name
  no holder; the 草原工作站's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 雷龙湾镇 station's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b429_"
PLACE = "横山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年11月"
ORDINALS = ("一是", "二是", "三是", "四是")
SEMI = "；"


def inline(parts: list[str]) -> str:
    """Parts written as a report's prose enumerates them: ``一是…；二是…。`` on one line; one part
    alone as it is."""
    if len(parts) == 1:
        return parts[0]
    return SEMI.join(o + p for o, p in zip(ORDINALS, parts, strict=False)) + "。"


# --------------------------------------------------------------------------- harder layout

YISHI_NAME = "hengshan_epidemic_center_points_yishi"
YISHI_UNIT = f"{PLACE}动物疫病预防控制中心"
YISHI_TAB = "责任清单"
YISHI_HEAD = (
    "序号", "科室", "岗位", "姓名", "工作职责", "廉政风险点", "风险等级", "防控措施",
)  # fmt: skip
YISHI_NOTE = "注：风险等级分高、中、低三级。"

# (科室, 岗位, 姓名, tier, [(工作职责, [廉政风险点], 等级, [防控措施])]) — one row a duty
YISHI = [
    ("中心领导", "主任", "郗霂澄", "leader", [
        ("重大动物疫病防控经费管理", [
            "防控经费分配不经中心班子集体研究，个人说了算",
            "将防控经费用于与防疫无关的支出",
            "对镇畜牧兽医站经费使用不监督、不检查",
        ], "高", ["经费分配方案班子会集体研究", "专款专用，每半年对镇站经费使用情况检查一次"]),
        ("疫情处置和扑杀补助", [
            "疫情处置中瞒报、迟报疫情",
            "扑杀补助对象和数量审核不实，虚报冒领",
        ], "高", ["疫情按规定时限逐级报告", "扑杀数量现场清点、影像留存，补助名单公示"]),
        ("干部职工管理", ["职工年度考核和评先评优中优亲厚友"], "中", ["考核评优结果在中心内部公示"]),
    ]),
    ("中心领导", "副主任", "亓朏瑶", "leader", [
        ("强制免疫疫苗招标采购", [
            "疫苗采购需求带有倾向性，指定生产企业",
            "接受疫苗供应企业宴请、礼品礼金",
        ], "高", ["疫苗采购按政府采购程序实施", "签订廉洁承诺书，节前廉洁提醒", "采购结果公开"]),
    ]),
    ("办公室", "会计", "訾旸沁", "general", [
        ("防疫经费报账", [
            "报销票据审核不严，虚列防疫物资支出",
            "拆分票据规避审批",
        ], "中", ["报账经办、审核、审批三签", "每季度开展内部审计"]),
        ("村级防疫员劳务补助发放", ["村级防疫员劳务补助不按考核结果发放"], "低",
         ["补助按考核结果核定，打卡发放"]),
    ]),
    ("免疫监测股", "股长", "甯曈翊", "middle", [
        ("强制免疫疫苗管理", [
            "疫苗出入库登记不实，账物不符",
            "将剩余疫苗转卖或私自发给关系场户",
            "过期失效疫苗不按规定报废、销毁",
        ], "高", ["疫苗出入库双人登记，每月盘点", "剩余疫苗回收登记", "报废疫苗集中销毁并留影像"]),
        ("免疫效果监测", [
            "抗体检测样品采集不按规定随机抽取",
            "篡改抗体检测结果，虚报免疫合格率",
        ], "中", ["采样场户随机抽取，采样记录场户签字", "检测原始记录存档，结果复核"]),
    ]),
    ("免疫监测股", "科员", "笪楙澜", "general", [
        ("免疫档案管理", ["免疫档案补记、代签，与实际免疫情况不符"], "低", ["免疫档案定期抽查，发现补记代签追责"]),
    ]),
    ("兽医实验室", "检测员", "蒯晗瑀", "general", [
        ("病料检测", [
            "事先向养殖场户透露检测时间和内容",
            "调换送检样品，出具不实检测报告",
        ], "中", ["检测计划保密", "样品编号盲检，报告双人签字"]),
        ("检测试剂管理", ["检测试剂领用不登记，私自外借"], "低", ["试剂领用登记，每季度核对"]),
    ]),
]  # fmt: skip


def hengshan_epidemic_center_points_yishi() -> dict:
    unit = YISHI_UNIT
    t = _Truth(unit)
    sh = _Sheet(YISHI_TAB, [6, 12, 9, 9, 16, 60, 9, 44])
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*YISHI_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duties in YISHI:
        for duty, points, lv, measures in duties:
            n += 1
            sh.add(n, dept, post, who, duty, inline(points), lv, inline(measures))
            for point in points:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, YISHI_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        YISHI_NAME, "https://dsbftdc.com/nyncj/zdht/sy/cmsy/content/post_1830210.html",
        "(harder) 区动物疫病预防控制中心 廉政风险防控责任清单, after the source's 市农业农村局 专题整治 meeting on 生猪屠宰领域 "
        "(检疫出证, 防疫经费发放, 徇私舞弊, 问题清单; its ``一要…；二要…；三要…`` prose): a title, a merged ``填报单位：…　填报时间："
        "2025年11月`` line, then 序号/科室 merged/岗位 and 姓名 merged per person/``工作职责``/a plain ``廉政风险点``/风险等级 "
        "高/中/低/防控措施 — ONE ROW A DUTY, its points written INLINE on one line as a report's prose enumerates them, "
        "``一是…；二是…；三是…。`` (a duty with one point: the point alone), one level for all; the measures written the same "
        "way; no type column; a ``注：`` line on the levels only and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hengshan_livestock_center_two_sheets() -> dict:
    unit = f"{PLACE}畜牧兽医发展中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("隗砚潇", "主任", "主持全面工作", [
            ("畜牧业发展项目资金安排不经集体研究", "一级", "项目资金安排经中心党支部和班子会研究。"),
            ("对下属单位和镇畜牧兽医站监督不力", "二级", "每年开展一次廉政谈话和经费专项检查。"),
        ]),
        ("佴昳岑", "副主任", "分管动物防疫、畜牧兽医行政执法", [
            ("执法检查中对违法行为降格处理、以罚代管", "一级", "处罚决定集体讨论，执法全过程记录。"),
            ("重大动物疫病防控物资分配不公", "二级", "防控物资按存栏量分配，分配表公开。"),
        ]),
        ("仉骎瑗", "副主任", "分管畜牧技术推广、良种繁育", [
            ("良种补贴对象审核把关不严", "一级", "补贴对象镇村两级公示，抽查复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("畜牧技术推广股", "股长", "晏珣澍", "middle", [
            ("良种冻精推广数量虚报", "二级", "冻精发放凭输精员签字，按月对账。"),
            ("技术培训经费虚列培训人数", "三级", "培训签到表、影像资料存档。"),
        ]),
        ("畜牧技术推广股", "技术员", "巩蔚瓒", "general", [
            ("养殖场户技术服务中收受财物", "二级", "服务登记，场户回访。"),
        ]),
        ("畜产品质量安全股", "股长", "糜璘沄", "middle", [
            ("饲料兽药监督抽检事先通风报信", "一级", "抽检计划保密，抽样双人签封。"),
            ("抽检不合格产品处理不到位", "二级", "不合格产品处理结果公开。"),
        ]),
        ("办公室", "会计", "逄檀沛", "general", [
            ("项目资金支付不按合同和进度", "二级", "支付凭合同、验收单和审批单办理。"),
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
        "hengshan_livestock_center_two_sheets", "http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2005/content/post_4487850.html",
        "区畜牧兽医发展中心 file in two sheets after the source's 区畜牧服务中心 年度工作总结 (重大动物疫病, 畜牧兽医行政执法): "
        "``中心领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; a "
        "制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def hengshan_grassland_station_posts() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("征占用草原审核", "对征占用草原申请材料把关不严，为不符合条件的项目出具审核意见", "岗位职责", "高风险",
             "审核意见经站务会集体研究，审核结果公开。"),
            ("草原建设项目", "草原改良、补播项目施工单位选择不公开", "制度机制", "高风险", "项目按程序公开招标，验收三方参与。"),
        ]),
        ("草原监理股", "股长", "middle", [
            ("草原执法检查", "执法检查中接受项目单位宴请，对违法占用草原不予查处", "外部环境", "高风险",
             "执法检查两人以上，执法检查记录当场签字。"),
        ]),
        ("草原监理股", "草原监理员", "general", [
            ("禁牧巡查", "禁牧巡查走过场，巡查记录补记", "业务流程", "中风险", "巡查轨迹上传，股长每周抽查。"),
            ("违法线索处置", "对群众举报的偷牧、开垦线索压案不报", "思想道德", "中风险", "举报线索登记编号，办理结果反馈。"),
        ]),
        ("草原建设股", "统计员", "general", [
            ("草原资源统计", "草原面积、产草量统计数据不实", "岗位职责", "低风险", "统计数据股长复核，样地调查留影。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "hengshan_grassland_station_posts",
        "http://big5.china.com.cn/gate/big5/grassland.china.com.cn/2016-08/03/content_8935010.htm",
        "区草原工作站 岗位廉政风险点排查表 对岗不对人, after the source's 草原监督管理站 三级联合督查 on 征占用草原 (执法检查记录, "
        "审核审批手续): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年11月`` line",
        [sh], t,
    )  # fmt: skip


def hengshan_forage_station_cards() -> dict:
    unit = f"{PLACE}饲草料站"
    t = _Truth(unit)
    cards = [
        ("站长", "鞠翮瑭", "leader", [
            ("粮改饲项目实施主体确定不公开", "★★★", "实施主体申报条件公开，评审结果公示。"),
            ("全株玉米收储补助资金拨付不按验收结果", "★★★", "补助按验收数量核定，拨付前站务会研究。"),
            ("饲草料站工作经费使用不规范", "★★", "经费支出按程序审批，按季度公开。"),
        ]),
        ("副站长", "於澶琪", "leader", [
            ("青贮收储量验收走过场，虚增收储数量", "★★★", "验收三人以上，逐窖测量留影。"),
            ("接受项目企业宴请、礼品", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("技术员", "宓苡瑢", "general", [
            ("饲草样品检测数据弄虚作假", "★★", "检测原始记录存档，站长抽查。"),
            ("项目档案资料补记、代签", "★", "档案当场签字，每季度检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hengshan_forage_station_cards", "http://luozhuang.gov.cn/info/5438/14569.htm",
        "区饲草料站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 技术员), after the source's 区畜牧局 粮改饲示范项目 "
        "(全株玉米 收储, 补助, 验收, 拨付): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def hengshan_boluo_station_selfchecks() -> dict:
    unit = f"{PLACE}波罗镇畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("厍漪珺", "站长", "leader", [
            ("主持站全面工作，负责防疫物资和村级防疫员考核", [
                ("村级防疫员考核打分不实，优亲厚友", "Ⅰ级", "考核结果镇站两级公示，场户回访。", "已落实"),
                ("防疫物资发放不登记", "Ⅱ级", "物资发放凭防疫员签字，每月对账。", "已落实"),
            ]),
        ]),
        ("阚暄棣", "检疫员", "general", [
            ("负责产地检疫申报受理和出证", [
                ("不到现场查验即出具检疫证明", "Ⅰ级", "检疫全程留影，出证记录可追溯。", "已落实"),
                ("检疫收费不开票据", "Ⅱ级", "检疫不收费政策上墙公示。", "正在整改"),
            ]),
        ]),
        ("麴玹滢", "防疫技术员", "general", [
            ("负责春秋两季集中免疫和抗体采样", [
                ("免疫密度数据虚报", "Ⅱ级", "免疫数据与疫苗用量比对。", "已落实"),
                ("抗体采样不到场户，以他样代替", "Ⅲ级", "采样记录场户签字确认。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", DATE)
        r = sh.add("工作单位", unit, None, None, None, None)
        sh.merge(r, 1, r, 5)
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
        "hengshan_boluo_station_selfchecks", "http://www.637916.com/article/guizhangzhidu/glbf/201308/755185.html",
        "镇畜牧兽医站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 村级动物防疫员考核办法 "
        "(免疫密度, 责任书, 抗体检测, 走访场户): a title, one row ``姓　名 | … | 职　务 | … | 填表时间 | …`` over a merged "
        "``工作单位 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def hengshan_shiwan_station_group_rows() -> dict:
    unit = f"{PLACE}石湾镇畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "缑翾澍", "leader", [
                ("经费管理", "站工作经费和防疫补助支出不经集体研究", "制度机制风险", "一级风险", "支出经镇党委会研究，按季度公示。"),
                ("防疫网络建设", "村级防疫员选聘不公开", "业务流程风险", "二级风险", "选聘条件和结果公示。"),
            ]),
        ]),
        ("二、动物防疫组", "动物防疫组", [
            ("组长", "昝琲沅", "middle", [
                ("疫苗领用", "疫苗领用数量与免疫数量不符，私自截留", "岗位职责风险", "一级风险", "疫苗领用与免疫记录逐月核对。"),
                ("病死畜禽无害化处理", "无害化处理数量核定不实，套取补助", "思想道德风险", "一级风险", "处理现场留影，补助名单公示。"),
            ]),
            ("工作人员", "郜铄瑶", "general", [
                ("疫情报告", "发现疫情不及时报告", "岗位职责风险", "二级风险", "疫情报告时限上墙，报告记录存档。"),
            ]),
        ]),
        ("三、技术推广组", "技术推广组", [
            ("组长", "羿蘅淞", "middle", [
                ("养殖场备案", "为不符合条件的养殖场出具备案意见", "外部环境风险", "二级风险", "备案材料现场核实，站长审签。"),
                ("技术服务", "技术服务中指定兽药、饲料购买渠道", "思想道德风险", "三级风险", "服务中不得推销产品，场户监督。"),
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
        "hengshan_shiwan_station_group_rows", "https://fx361.cc/page/2021/0109/14511636.shtml",
        "镇畜牧兽医站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、技术推广组`` merged across (no 组 column), "
        "after the source's 区畜牧发展促进中心 三级畜禽防疫网络 (中心, 镇街兽医站, 村级防疫员): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hengshan_xiangshui_station_list() -> dict:
    unit = f"{PLACE}响水镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("站领导", "竺珧澂", "站长", "leader", [
            ("防疫补助发放", "动物防疫补助和村级防疫员报酬发放不经集体研究", "制度机制", "高",
             "发放方案站务会研究，名单按季度公示。"),
            ("站务管理", "站内采购和报账一人说了算", "岗位职责", "中", "采购与验收分离，报账两人审核。"),
        ]),
        ("站领导", "亢翯滢", "副站长", "leader", [
            ("防疫物资管理", "消毒药品、防护用品出入库登记不实", "业务流程", "中", "出入库凭单据办理，每月盘点。"),
        ]),
        ("防疫检疫组", "濮玙澜", "组长", "middle", [
            ("屠宰检疫", "屠宰检疫不到岗，空白检疫证明交屠宰场填写", "岗位职责", "高", "检疫证明专人保管，出证记录逐份核对。"),
            ("检疫监督", "对无证调运畜禽不依法报告查处", "外部环境", "中", "调运检查记录存档，发现问题及时报告。"),
        ]),
        ("防疫检疫组", "璩昉沚", "检疫员", "general", [
            ("产地检疫", "接受养殖场户、畜禽经纪人吃请和好处", "思想道德", "高", "签订廉洁承诺书，公开举报电话。"),
        ]),
        ("综合组", "钭蕖瑗", "保管员", "general", [
            ("疫苗冷链", "冷链设备运行记录补记，疫苗储存温度不达标", "业务流程", "低", "冷链温度每日两次记录，站长每周检查。"),
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
        "hengshan_xiangshui_station_list", "https://m.wnwk.com/docdown/930827.html",
        "镇畜牧兽医站 岗位廉政风险防控一览表 after the source's 基层动物防疫管理规章制度: a title, a merged ``填报单位：…　填报时间："
        "2025年11月`` line, then 序号/``部门`` merged (站领导, 防疫检疫组, 综合组)/``姓名`` BEFORE ``职务``, both merged per "
        "person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def hengshan_leilongwan_station_every_row() -> dict:
    unit = f"{PLACE}雷龙湾镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "蔺璆岑", "leader", "制度机制", "良种冻精和防疫物资分配不经集体研究", "Ⅰ", "分配方案站务会研究后公示。"),
        ("站长", "蔺璆岑", "leader", "外部环境", "对养殖场户违规用药说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副站长", "邝骞沅", "leader", "岗位职责", "疫情测报调查数据不核实即上报", "Ⅱ", "调查数据逐户核对，测报记录存档。"),
        ("防疫员", "戢琡滢", "general", "业务流程", "血清样品送检数量虚报", "Ⅰ", "送检样品登记编号，与实验室回执核对。"),
        ("防疫员", "戢琡滢", "general", "思想道德", "接受养殖场户宴请、礼品", "Ⅲ", "签订廉洁承诺，节前提醒。"),
        ("技术员", "邰珞渟", "general", "岗位职责", "人工授精服务台账补记、涂改", "Ⅲ", "台账当日登记，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "hengshan_leilongwan_station_every_row", "https://gwyoo.com/article/zhongjibaogao/gzhb/201203/507376.html",
        "镇畜牧兽医站 岗位廉政风险防控一览表, after the source's 畜牧局 自查汇报 (良种冻精 推广, 疫情 测报, 血清 送检): ``附件1``, "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年11月`` line, then 序号/岗位/姓名 written out on EVERY row "
        "(nothing merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hengshan_epidemic_center_points_yishi(),
    hengshan_livestock_center_two_sheets(),
    hengshan_grassland_station_posts(),
    hengshan_forage_station_cards(),
    hengshan_boluo_station_selfchecks(),
    hengshan_shiwan_station_group_rows(),
    hengshan_xiangshui_station_list(),
    hengshan_leilongwan_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch429-inbox"))
