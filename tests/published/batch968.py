"""The nine-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 类乌齐县 (昌都市, 西藏自治区) — its 卫生健康委员会, 疾病预防控制中心, 藏医院,
妇幼保健计划生育服务中心, 卫生健康综合监督执法大队, 人民医院 and two 乡镇卫生院 (桑多镇, 甲桑卡乡) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  高/中/低, a ``注：`` line and a ``第 1 页，共 1 页`` line under the sign-off;
- the 疾病预防控制中心's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no
  type column;
- the 藏医院's 防控卡, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | …`` and a
  merged 主要职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 妇幼保健计划生育服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 卫生健康综合监督执法大队's 自查表, one sheet a person (tabs named by the person): a label row
  ``姓　名 | 所在中队 | 职　务 | 自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``,
  ``自查结果``, no type column;
- the 桑多镇卫生院's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 甲桑卡乡卫生院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``.

One is harder:

- ``leiwuqi_hospital_levels_in_summary_grid``: the 人民医院's workbook of TWO SHEETS, a summary and
  its detail. The first sheet ``明细表`` is an ordinary list (``序号 | 科室 | 岗位 | 姓名 | 廉洁风险点
  | 防控措施``, 科室 merged, 岗位 and 姓名 merged per person) with NO LEVEL COLUMN, and a ``注：`` line
  saying the levels were set by the 院廉洁风险防控领导小组 and stand in the ``分级汇总表``. The second
  sheet ``分级汇总表`` is that summary: ``序号 | 科室 | 一级风险点 | 二级风险点 | 三级风险点``, one row a
  科室, each cell numbering (``1.…⏎2.…``) that 科室's points of the level word for word as the
  明细表 has them, ``—`` where a 科室 has none, a ``合计`` row counting them (``4项``) and the date of
  the 领导小组 meeting under it; it names no holder, no post and no measure. The README's 读得懂的表
  and docs/layouts.md know levels joined from another sheet by a 风险编号 or a 序号, by a grid of
  codes by type and level (``分类分级分布表``), by a sheet grading one point a row (``风险评估``),
  from a 风险点库 and by membership in a 重点 list, and a 分级汇总 that restates the named holders'
  points (set aside); they do not describe a list with no level column whose levels stand only in
  a 科室 × 等级 SUMMARY GRID on another sheet, each cell listing several of the 科室's points by their
  words (no holder, no code, no 序号 of the list).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 地区卫健委's work — 公共卫生, 疾病
预防控制, 医疗服务, 医疗保障, 基层卫生; a 县疾控中心's 冷链 — 疫苗冷藏车, 冷库, 冰箱, 温度监控; a 地区藏医院
— 藏药生产, 药浴药蒸, 外治科; a 市卫健委's 生育服务 — 孕前优生健康检查, 随访; 公共场所卫生监督量化分级;
a 卫生院院长 who paid staff from the 基本公共卫生服务补助资金 through a 报账员's 工资表; 援藏医疗队 at a
县人民医院 — 筛查门诊病人, 白内障手术; a 医疗耗材 回扣 case — 心血管支架, 科主任, 副院长) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the compound surnames 独孤 and 纳兰 with rare given names); every unit is a body
of 类乌齐县.

Run ``python tests/published/score.py --set batch968`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the column of the ``分级汇总表`` whose cell, in the row
  of the point's 科室, lists the point (``一级风险点`` 1, ``二级风险点`` 2, ``三级风险点`` 3); the
  summary is no list of its own: it holds no point, names no holder, and its ``合计`` row and date
  line are no points; no type column, so no types;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``委领导``, ``中心领导``, ``院领导``, ``大队领导`` (a 股室/科室
  cell, a group row, a 所在中队 value) are the 科室 of those leaders; a 委's 股, a 中心's 科 or 室, a
  医院's 科 and a 大队's 中队 are 科室;
- the 委, the 中心, the 院 (人民医院, 藏医院, each 乡镇卫生院) and the 大队 are units of their own:
  主任 (of the 委 or of a 中心), 副主任, 院长, 副院长 and 大队长 are leaders; 股长, 科长, 科主任 and 中队长
  middle; the rest general; the two 乡镇卫生院 name no 科室;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查结果`` and
  ``自查时间`` are no points and name no holder; the 桑多镇卫生院's list names no person: its forms
  are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b968_"
PLACE = "类乌齐县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"
SUMMARY_HEADS = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉洁风险点, level the 分级汇总表 gives, 防控措施)])
BY_SUMMARY = [
    ("院领导", "院长", "独孤瑷岚", "leader", [
        ("药品、耗材遴选进院个人说了算", 1, "新药品、新耗材进院经药事管理与药物治疗学委员会集体评审，会议纪要存档。"),
        ("大型医疗设备采购设置倾向性参数、指定品牌", 1, "采购参数由三名以上专家论证，招标文件经纪检监察室审核。"),
    ]),
    ("药剂科", "科主任", "纳兰琬峤", "middle", [
        ("药品采购中收受医药代表回扣", 1, "医药代表到院实行预约登记，药品用量异常的每月点评公示。"),
        ("药品验收入库把关不严、以次充好", 2, "药品验收双人签字，冷链药品查验温度记录。"),
    ]),
    ("设备科", "科长", "独孤泓翊", "middle", [
        ("医疗设备维修配件虚报数量、与维修商串通", 2, "维修配件更换旧件回收登记，维修费用经使用科室确认。"),
        ("报废设备处置不公开、低价处理", 3, "报废设备经资产清查小组鉴定，残值处置公开竞价。"),
    ]),
    ("内科", "科主任", "纳兰霂澄", "middle", [
        ("介入耗材使用中收受供应商好处", 1, "高值耗材使用实行条码追溯，用量前十名每季度约谈。"),
        ("开具大处方、过度检查", 2, "处方点评每月一次，结果与科室绩效挂钩。"),
    ]),
    ("财务科", "收费员", "独孤珏岫", "general", [
        ("收取现金不开票据、截留挪用", 2, "收费一律通过系统开具电子票据，每日日结对账。"),
        ("违规为熟人减免医疗费用", 3, "减免费用须经科室主任和分管院长审批，每月公示。"),
    ]),
]  # fmt: skip


def _summary_cell(points: list[str]) -> str:
    """One cell of the 分级汇总表: the 科室's points of one level, numbered, one a line; — none."""
    return "\n".join(f"{i}.{p}" for i, p in enumerate(points, 1)) if points else NONE


def leiwuqi_hospital_levels_in_summary_grid() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    detail = _Sheet("明细表", [6, 10, 10, 10, 38, 40])
    _line(detail, f"{unit}岗位廉洁风险点明细表", 6)
    detail.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "防控措施")
    first = len(detail.rows)
    n = 0
    for dept, post, who, tier, points in BY_SUMMARY:
        for point, lv, measures in points:
            n += 1
            detail.add(n, dept, post, who, point, measures)
            t.point(detail.name, dept, post, who, tier, point, [], lv)
    _per_person(detail, first, 1, 2, 3)
    _line(
        detail, "注：本表各风险点的风险等级由院廉洁风险防控领导小组统一评定，详见“分级汇总表”。", 6
    )
    detail.add("填表：院办公室", None, None, "审核：", None, "2025年5月")
    summary = _Sheet("分级汇总表", [6, 12, 40, 40, 40])
    _line(summary, f"{unit}廉洁风险点分级汇总表", 5)
    summary.add("序号", "科室", *SUMMARY_HEADS)
    counts = dict.fromkeys(SUMMARY_HEADS.values(), 0)
    for i, (dept, _post, _who, _tier, points) in enumerate(BY_SUMMARY, 1):
        cells = []
        for lv in SUMMARY_HEADS.values():
            these = [p for p, level, _ in points if level == lv]
            counts[lv] += len(these)
            cells.append(_summary_cell(these))
        summary.add(i, dept, *cells)
    summary.add("合计", None, *(f"{counts[lv]}项" for lv in SUMMARY_HEADS.values()))
    summary.merge(len(summary.rows) - 1, 0, len(summary.rows) - 1, 1)
    _line(summary, "以上风险等级经2025年5月12日院廉洁风险防控领导小组会议评定。", 5)
    return _layout(
        "leiwuqi_hospital_levels_in_summary_grid", "https://www.zhidianjob.com/newsdetail/id/10793.html",
        "(harder) 县人民医院 岗位廉洁风险点明细表 and its 分级汇总表, after the source's report on a 医疗耗材 回扣 case "
        "(心血管支架, 球囊, 科主任, 副院长, 带金销售): sheet 明细表 with 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉洁风险点/防控措施 and NO LEVEL COLUMN, a ``注：`` line sending the reader to the 分级汇总表; sheet 分级汇总表 "
        "with 序号/科室/``一级风险点 | 二级风险点 | 三级风险点``, one row a 科室, each cell numbering that 科室's points of "
        "the level word for word (``—`` none), a 合计 row of counts and a date line; no holder on it; no type column",
        [detail, summary], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def leiwuqi_health_commission_list() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "主任", "独孤翊澂", "leader", "医疗卫生项目资金分配、设备配置个人说了算", "制度机制风险", "高",
         "项目资金分配经委党组会集体研究，结果公示。"),
        ("委领导", "主任", "独孤翊澂", "leader", "干预下属医疗卫生机构招聘、职称评聘", "思想道德风险", "中",
         "领导干部插手干预登记报告，招聘全程纪检监督。"),
        ("医政医管股", "股长", "纳兰岫青", "middle", "医疗机构设置审批、执业登记把关不严", "岗位职责风险", "高",
         "审批材料两人审核，现场核查拍照留存。"),
        ("医政医管股", "股长", "纳兰岫青", "middle", "医疗纠纷调处中偏袒一方、收受好处", "外部环境风险", "中",
         "调处由两人以上参加，调处结果书面告知双方。"),
        ("规划财务股", "会计", "独孤沄珩", "general", "基本公共卫生服务补助资金拨付审核不严", "业务流程风险", "高",
         "补助资金按绩效考核结果拨付，拨付清单公示。"),
        ("规划财务股", "会计", "独孤沄珩", "general", "差旅、会议费报销票据把关不严", "制度机制风险", "低",
         "报销票据经股长复核、分管领导审批。"),
        ("基层卫生股", "科员", "纳兰璟翾", "general", "乡村医生补助核定不实、优亲厚友", "岗位职责风险", "中",
         "村医补助按考核结果核定，在村卫生室张榜公布。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    _line(sh, "第 1 页，共 1 页", 8)
    return _layout(
        "leiwuqi_health_commission_list", "https://www.bkwk.cn/article/jmrkzwjwtxjkshzdsmzd.html",
        "县卫生健康委员会 岗位廉政风险防控一览表, after the source's account of what a 卫健委 does (公共卫生, 疾病预防控制, "
        "医疗服务, 医疗保障, 基层卫生): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line, a 制表/审核/date line and a page-number line",
        [sh], t,
    )  # fmt: skip


def leiwuqi_cdc_two_sheets() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("纳兰昶岚", "主任", "主持全面工作", [
            ("疫苗、检验试剂采购中指定供应商", "一级", "采购一律进县公共资源交易平台，中心集体研究。"),
            ("中心人员招聘、绩效分配不公开", "二级", "招聘方案和绩效分配结果在中心公示。"),
        ]),
        ("独孤霁琛", "副主任", "分管免疫规划、检验", [
            ("冷链设备采购验收把关不严", "一级", "冷链设备验收由使用科室、财务、纪检三方签字。"),
            ("检验报告签发受人情干扰", "二级", "检验报告实行检验、复核、签发三级审核。"),
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
    dept = _Sheet("科室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "独孤珝岍", "middle", "第二类疫苗出入库账实不符", "一级", "疫苗出入库扫码登记，每月盘点。"),
        ("免疫规划科", "科长", "独孤珝岍", "middle", "疫苗运输途中冷链温度记录造假", "二级", "冷藏车全程自动测温，记录不得手工改动。"),
        ("检验科", "检验员", "纳兰澍峤", "general", "篡改检验数据、出具虚假报告", "一级", "原始记录与仪器数据一并存档，定期抽查。"),
        ("综合办公室", "出纳", "独孤瑀翀", "general", "现金收支不入账、坐收坐支", "二级", "收支当日入账，会计每周核对库存现金。"),
        ("综合办公室", "出纳", "独孤瑀翀", "general", "公务加油卡使用不登记", "三级", "加油卡专人保管，加油登记与行车记录核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "leiwuqi_cdc_two_sheets", "http://jxxycdc.cn/news2010/xqdt/2013/8/1385847B8C4DDJBJH42KH.html",
        "县疾病预防控制中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on a county's 疫苗冷链 (冷藏车, 冷库, "
        "冰箱, 24小时温度监控): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def leiwuqi_tibetan_hospital_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    cards = [
        ("院长", "纳兰瀞沅", "院长", "主持医院全面工作", "leader", [
            ("藏药材采购价格不公开、收受供货商好处", "★★★", "藏药材采购三家比价，价格在院内公示。"),
            ("药浴、外治项目违规收费", "★★", "收费项目和标准上墙公示，每季度自查。"),
        ]),
        ("副院长", "独孤琤湉", "副院长", "分管藏药制剂和药剂科", "leader", [
            ("藏药制剂原料验收以次充好", "★★★", "原料验收留样备查，制剂室、药剂科双人签字。"),
            ("制剂成品出库登记不全", "★", "成品出库逐批登记，每月与销售数据核对。"),
        ]),
        ("药剂员", "纳兰岷翾", "药剂员", "藏成药调剂和发放", "general", [
            ("藏成药调剂多发、私自外带", "★★", "调剂处方双人核对，药房安装监控。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "leiwuqi_tibetan_hospital_cards", "http://www.syxj.com.cn/dfpd/changdu60nian/2010-07/27/content_11060891.htm",
        "县藏医院 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's account of a 地区藏医院 "
        "(藏医诊疗, 藏药生产, 药浴药蒸, 外治科, 肝胆专科): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def leiwuqi_maternal_center_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "独孤濬珣", "leader", [
                ("孕产妇住院分娩补助审核把关不严", "一级风险", "补助对象经乡、县两级审核，名单公示。"),
                ("出生医学证明签发管理不严、违规补发", "一级风险", "出生医学证明补发经集体审核，空白证件专柜保管。"),
            ]),
        ]),
        ("二、妇女保健科", "妇女保健科", [
            ("科长", "纳兰曦瑗", "middle", [
                ("孕前优生健康检查人数虚报、套取经费", "一级风险", "检查对象身份证核验，随机电话回访。"),
            ]),
            ("医生", "独孤沨屹", "general", [
                ("两癌筛查结果登记不实", "二级风险", "筛查结果系统录入，科长每月抽查。"),
                ("诱导服务对象自费检查", "三级风险", "免费项目清单公示，自费项目签署知情同意书。"),
            ]),
        ]),
        ("三、儿童保健科", "儿童保健科", [
            ("医生", "纳兰峋霈", "general", [
                ("新生儿疾病筛查违规收费", "二级风险", "筛查费用按项目标准收取，票据联号使用。"),
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
        "leiwuqi_maternal_center_group_rows", "https://jingmen.gov.cn/art/2024/11/25/art_26534_1116403.html",
        "县妇幼保健计划生育服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's account of 生育服务 (孕前优生"
        "健康检查, 检查内容, 风险评估, 随访): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、妇女保健科``, ``三、儿童保健科`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def leiwuqi_health_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}卫生健康综合监督执法大队"
    t = _Truth(unit)
    people = [
        ("独孤翎琇", "大队领导", "大队长", "leader", [
            ("公共场所卫生许可放宽条件、发放人情证", "Ⅰ级", "许可审查两人以上，现场核查记录存档。", "已落实"),
            ("行政处罚自由裁量不当、以罚代管", "Ⅰ级", "严格执行处罚裁量基准，重大案件集体讨论。", "已落实"),
        ]),
        ("纳兰澈昀", "公共卫生监督中队", "监督员", "general", [
            ("量化分级评定打人情分", "Ⅱ级", "评定由两人独立打分，结果公示。", "未发现问题"),
            ("检查中接受经营户吃请、收受购物卡", "Ⅱ级", "检查两人以上，执法记录仪全程记录。", "已落实"),
        ]),
        ("独孤骞珺", "医疗卫生监督中队", "中队长", "middle", [
            ("查处非法行医不力、通风报信", "Ⅰ级", "打击非法行医行动临时通知、统一行动。", "已落实"),
            ("监督检查记录不实、走过场", "Ⅲ级", "检查记录现场签字，照片上传系统。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "leiwuqi_health_enforcement_selfchecks", "https://www.soolun.net/periodical/f89c2b18ef5167a21d6341aa7946b7f2.html",
        "县卫生健康综合监督执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper "
        "on 公共场所卫生监督量化分级管理 (诚信经营, 监督数量, 卫生许可): a title, a label row ``姓　名 | 所在中队 | 职　务 | "
        "自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def leiwuqi_sangduo_clinic_posts() -> dict:
    unit = f"{PLACE}桑多镇卫生院"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "leader", "公卫补助资金使用", "将基本公共卫生服务补助资金用于未从事公卫工作人员的工资", "制度机制",
         "高风险", "补助资金专账核算，支出经院务会研究并报县卫健委备案。"),
        ("院长", "leader", "药品耗材采购", "化整为零规避集中采购，指定供货商", "业务流程", "中风险",
         "药品耗材一律网上集中采购，采购计划院务会审定。"),
        ("报账员", "general", "经费报账", "按领导授意编制虚假工资表报账", "岗位职责", "高风险",
         "工资表与考勤、花名册核对，报账员拒绝违规支出并报告。"),
        ("公卫专干", "general", "居民健康档案", "虚建居民健康档案、重复建档", "业务流程", "中风险",
         "健康档案随机电话回访核实，每季度抽查。"),
        ("公卫专干", "general", "慢病随访", "慢病随访记录编造、未入户随访", "思想道德", "低风险",
         "随访记录附患者签字，县级每半年督导。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：院办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "leiwuqi_sangduo_clinic_posts", "https://smxlsfy.hncourt.gov.cn/public/detail.php?id=624",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's report on a 卫生院院长 who had the 报账员 draw up a 工资表 "
        "paying staff who did no 基本公共卫生服务 from its 补助资金 (滥用职权, 主犯, 从犯): a title, 序号/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def leiwuqi_jiasangka_clinic_list() -> dict:
    unit = f"{PLACE}甲桑卡乡卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "纳兰岑颀", "leader", "乡村医生绩效考核打分不公", "制度机制", "一级",
         "考核由院班子集体打分，结果在各村卫生室公示。"),
        ("院长", "纳兰岑颀", "leader", "巡回医疗下乡补助虚报人次", "思想道德", "二级",
         "巡诊人员、地点、人次登记，乡政府签章确认。"),
        ("医生", "独孤湉珞", "general", "门诊开大处方、搭售药品", "岗位职责", "一级",
         "处方每月点评，不合理处方通报。"),
        ("医生", "独孤湉珞", "general", "住院病历编造、挂床住院", "业务流程", "一级",
         "住院病人每日查房签字，医保办不定期抽查。"),
        ("护士", "纳兰嶷澂", "general", "药品耗材领用登记不实", "外部环境", "三级",
         "领用登记与病区消耗核对，护士长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "leiwuqi_jiasangka_clinic_list", "https://ali.xzdw.gov.cn/yzzl_1207/cg/201509/t20150916_94633.html",
        "乡卫生院 岗位廉政风险防控一览表, after the source's note on an 援藏医疗队 at a 县人民医院 (筛查门诊病人, 白内障手术, "
        "农牧民群众): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    leiwuqi_hospital_levels_in_summary_grid(),
    leiwuqi_health_commission_list(),
    leiwuqi_cdc_two_sheets(),
    leiwuqi_tibetan_hospital_cards(),
    leiwuqi_maternal_center_group_rows(),
    leiwuqi_health_enforcement_selfchecks(),
    leiwuqi_sangduo_clinic_posts(),
    leiwuqi_jiasangka_clinic_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch968-inbox"))
