"""The seven-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
meteorological and disaster-prevention bodies, 海城市 (of 鞍山市, 辽宁省) — its 气象局, 气象台,
防雷中心, 气象灾害防御技术中心, 气象服务中心, 气象科技服务中心 and 人工影响天气作业站 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 气象台's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types,
  高/中/低; no names;
- the 防雷中心's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on every row, short
  types, ``高风险/中风险/低风险``;
- the 气象灾害防御技术中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 气象服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 人工影响天气作业站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 气象科技服务中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``haicheng_weather_modification_office_review``: the 人工影响天气办公室's 一览表, an ordinary list
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, ``一级/二级/三级`` on every row) sent
  back AFTER REVIEW: under the list a merged ``审核意见`` block of the 局纪检组 (``经市气象局纪检组审核，同意上报。其中
  第2项风险等级调整为一级，第5、7项调整为三级，其余维持。``) and a 审核人 line; the table's level cells
  were not retyped, so the final level of the named rows stands only in the review note. The
  README's 读得懂的表 knows a level changed in its own cell (``二级调整为三级``, ``高→中``), an
  ``调整后等级`` column, ``自查 | 审定`` columns, levels given by 序号 in a note where the list HAS NO
  level column, and a note moving numbered items to other holders (it says a note that speaks
  only of levels changes no holder); it does not describe a review note under a list that HAS a
  level column and overrides the levels of the rows it numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省气象局 警示教育会 on 违规吃喝 and
作风建设; a 省气象局党组 巡察 of a 州气象局 and its 县局; 雷电防护装置检测 单位 监管 — 资质, 检测报告,
不得漏检; 雷电防护装置设计审核、竣工验收 办事指南; a 县气象局 权力清单 on 施放气球活动审批; a 施放气球
许可程序 — 现场查看施放环境; a 县 人工影响天气作业公告 — 作业站点, 高炮, 火箭, 故障弹; 辽宁 人工增雨
作业 — 作业弹药准备, 作业通知, 作业计划) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
骆 and 巩 with rare given names); every unit is a body of 海城市.

Run ``python tests/published/score.py --set batch764`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``审核意见`` note decides the level of the rows it numbers (``第2项…调整为
  一级`` makes row 2 一级 whatever its level cell says); the other rows keep the level in their
  cell; the note and the 审核人 line are no points and name no holder (the 纪检组 reviewer holds
  nothing);
- ``局领导``, ``中心领导``, ``站领导`` and ``台领导`` (a 科室 cell, a group row) are the 科室 of those
  leaders; the 气象局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- every body is a unit of its own: 局长, 副局长, 台长, 主任, 副主任, 站长 and 副站长 are leaders; 科长
  and a 科's 主任 middle; the rest (科员, 预报员, 检测员, 会计, 出纳, 作业员, 弹药库管理员, 服务员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 气象台's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b764_"
PLACE = "海城市"
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

# (科室, 岗位, 姓名, tier, 廉政风险点, level in the cell, 防控措施)
REVIEWED = [
    ("办公室领导", "主任", "骆翙岚", "leader", "作业弹药采购不走政府采购程序，指定生产厂家", "一级",
     "弹药按省人影办统一招标目录采购，采购结果公示。"),
    ("办公室领导", "主任", "骆翙岚", "leader", "作业计划和作业点布设受人情干扰，向关系乡镇倾斜", "二级",
     "作业计划经办公室集体研究，报市气象局审批。"),
    ("作业指挥科", "科长", "巩湉珣", "middle", "作业补贴和误工补助核定不实，虚报作业人员", "一级",
     "补助按作业记录逐人核定，乡镇签字确认。"),
    ("作业指挥科", "科长", "巩湉珣", "middle", "作业效果评估报告弄虚作假，夸大增雨量", "二级",
     "评估数据留存备查，报省人影办复核。"),
    ("作业指挥科", "科员", "骆琂沅", "general", "作业信息上报迟报、漏报，篡改作业记录", "二级",
     "作业信息系统实时上报，记录双人签字。"),
    ("装备保障科", "弹药库管理员", "巩璘涘", "general", "弹药出入库不登记，私自调拨、处置故障弹", "一级",
     "弹药出入库双人双锁，逐枚登记，每月盘点。"),
    ("装备保障科", "弹药库管理员", "巩璘涘", "general", "火箭发射装置年检维修费用虚列", "二级",
     "维修费凭厂家检测报告和验收单报销。"),
]  # fmt: skip
# the review note: 序号 → the level it sets
ADJUSTED = {2: "一级", 5: "三级", 7: "三级"}


def haicheng_weather_modification_office_review() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    sh = _Sheet("一览表", [6, 12, 12, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(REVIEWED, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[ADJUSTED.get(n, lv)])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    r = sh.add("审核意见", "经市气象局纪检组审核，同意上报。其中第2项风险等级调整为一级，第5、7项调整为三级，其余维持。",
               None, None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 6)
    sh.add("审核人：", None, "市气象局纪检组", None, None, "2025年5月20日", None)
    return _layout(
        "haicheng_weather_modification_office_review", "http://kfprxf.com/n2/2023/0406/c378489-40365517.html",
        "(harder) 市人工影响天气办公室 岗位廉政风险防控一览表 sent back AFTER REVIEW, after the source's 辽宁 人工增雨作业 "
        "(作业弹药准备, 作业通知, 作业计划, 火箭发射装置): a title, a merged 填报单位/填报时间 line, an ordinary list "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级`` on every row/防控措施; "
        "under it a blank row and a ``审核意见`` block merged across (``…其中第2项风险等级调整为一级，第5、7项调整为三级，"
        "其余维持。``) and a 审核人 line: the final level of rows 2, 5 and 7 stands only in the review note, the level "
        "cells were not retyped; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def haicheng_meteorological_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("骆翯蓁", "局长", "主持全面工作，分管财务", [
            ("“三重一大”事项不经党组会集体研究", "一级", "党组会议事规则上墙，会议纪要存档备查。"),
            ("公务接待超标准，在下属单位违规吃喝", "二级", "接待实行公函、清单、审批单“三单”报销。"),
        ]),
        ("巩沣璆", "副局长", "分管减灾与法规、人工影响天气", [
            ("雷电防护装置设计审核许可中降低审查标准", "一级", "许可事项进驻政务服务中心，审查意见集体会签。"),
            ("对防雷检测单位监督检查走过场，有案不查", "二级", "“双随机、一公开”抽查，检查结果公示。"),
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
    dept = _Sheet("内设机构", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "骆瑱淏", "middle", "公务用车私用，加油卡管理混乱", "二级", "车辆派遣单登记，加油卡专人保管、月结核对。"),
        ("办公室", "会计", "巩翊潆", "general", "报销票据审核不严，虚列会议费、培训费", "一级", "会议费、培训费附通知、签到表、明细单。"),
        ("办公室", "会计", "巩翊潆", "general", "往来款项长期挂账不清理", "三级", "往来款每季度对账清理。"),
        ("减灾与法规科", "科长", "骆岍琤", "middle", "行政处罚自由裁量不规范，以罚代管", "一级", "执行行政处罚裁量基准，案件集体审理。"),
        ("减灾与法规科", "科员", "巩璩昳", "general", "施放气球活动审批资料审查不严", "二级", "审批资料一次性告知，审批结果网上公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "haicheng_meteorological_bureau_two_sheets", "http://sc.cma.gov.cn/xwzx/qxyw/202506/t20250610_7130719.html",
        "市气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 省气象局 党组理论学习中心组 暨警示教育会 (违规吃喝, "
        "中央八项规定, 作风建设, 厉行节约): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def haicheng_observatory_posts() -> dict:
    unit = f"{PLACE}气象台"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "leader", "业务系统建设项目", "业务系统建设项目量身定制参数，指定承建单位", "制度机制风险", "高",
         "项目需求经台务会论证，按政府采购程序实施。"),
        ("预报科", "科长", "middle", "专业气象服务合同", "以台名义私签专业气象服务合同，收入不入账", "岗位职责风险", "高",
         "服务合同统一编号登记，收入全额缴入单位账户。"),
        ("预报科", "预报员", "general", "预警信息发布", "迟发、漏发预警信号，事后补记发布时间", "岗位职责风险", "中",
         "预警发布全程留痕，值班记录每日复核。"),
        ("预报科", "预报员", "general", "气象资料提供", "违规向社会提供未公开气象资料并收取费用", "外部环境风险", "中",
         "资料提供履行审批手续，登记用途和数量。"),
        ("综合科", "会计", "general", "值班补助发放", "值班补助虚报天数，重复发放", "业务流程风险", "低",
         "补助按排班表和值班日志核发，公示后发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "haicheng_observatory_posts", "http://gz.cma.gov.cn/dsqxj/qdn/xwzx_39428/qxyw_39430/202504/t20250410_6988989.html",
        "市气象台 岗位廉政风险点排查表 对岗不对人, after the source's 省气象局党组 巡察 州气象局 及所属县级气象局 动员会 "
        "(政治监督, 主体责任, 直属单位 科级干部): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def haicheng_lightning_center_list() -> dict:
    unit = f"{PLACE}防雷中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "骆晞沄", "leader", "检测项目分配向熟人企业倾斜", "制度机制", "高风险",
         "检测任务统一登记、轮流分派。"),
        ("中心领导", "主任", "骆晞沄", "leader", "检测收费低于或高于标准，私设小金库", "岗位职责", "中风险",
         "收费标准公示，票据统一开具。"),
        ("检测部", "部长", "巩琅峣", "middle", "检测报告审核把关不严，不合格项判为合格", "业务流程", "高风险",
         "检测报告三级审核，数据上传全国防雷平台。"),
        ("检测部", "检测员", "骆沨瑀", "general", "以部分检测代替整体检测，漏检项目", "岗位职责", "中风险",
         "现场检测拍照留痕，随机抽查复检。"),
        ("检测部", "检测员", "巩旻湉", "general", "接受被检单位宴请、礼品", "思想道德", "低风险",
         "签订廉洁检测承诺书，公开监督电话。"),
        ("综合部", "出纳", "骆珧汭", "general", "检测费现金收取不及时入账", "业务流程", "中风险",
         "检测费一律转账，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "haicheng_lightning_center_list", "https://www.gswuwei.gov.cn/art/2025/3/21/art_967_1443889.html",
        "市防雷中心 岗位廉政风险防控一览表, after the source's 市气象局 规范雷电防护装置检测活动 公告 (资质证书, 不得以部分"
        "检测代替整体检测, 检测报告, 全国防雷减灾综合管理服务平台): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def haicheng_disaster_prevention_center_group_rows() -> dict:
    unit = f"{PLACE}气象灾害防御技术中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "巩琇岑", "leader", [
                ("雷电防护装置竣工验收技术评审中打招呼、说情", "一级风险", "技术评审专家随机抽取，评审意见署名。"),
                ("设计技术评价服务向指定设计单位引导", "二级风险", "公开服务指南，禁止推荐设计单位。"),
            ]),
        ]),
        ("二、技术评审科", "技术评审科", [
            ("科长", "骆霁翀", "middle", [
                ("设计图纸技术审查降低标准，出具合格意见", "一级风险", "审查要点清单化，审查记录存档。"),
            ]),
            ("技术员", "巩湜琰", "general", [
                ("现场勘查走过场，验收资料代填代签", "二级风险", "现场勘查两人以上，影像资料留存。"),
                ("泄露申请单位设计资料", "三级风险", "资料专柜保管，借阅登记。"),
            ]),
        ]),
        ("三、风险评估科", "风险评估科", [
            ("科长", "骆玹澂", "middle", [
                ("雷电灾害风险评估报告结论迁就委托方", "二级风险", "评估报告内部互审，结论集体研究。"),
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
        "haicheng_disaster_prevention_center_group_rows",
        "http://www.linzi.gov.cn/gongkai/site_lzqqxj/channel_c_5f9f6cdc1ebfe2f7fcddefe4_5fb3c02e607979429fbb99b0/doc_643d07937e151728755a90a9.html",
        "市气象灾害防御技术中心 廉政风险防控责任清单, after the source's 区气象局 雷电防护装置设计审核、竣工验收、升放气球"
        "活动审批办事指南 (易燃易爆场所, 设计审核申请表, 承诺时限): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、技术评审科``, ``三、风险评估科`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def haicheng_weather_service_center_selfchecks() -> dict:
    unit = f"{PLACE}气象服务中心"
    t = _Truth(unit)
    people = [
        ("巩浛珺", "中心领导", "主任", "leader", [
            ("施放气球作业资质审查把关不严，转包给无资质单位", "Ⅰ级", "施放作业人员持证上岗，合作单位资质年审。"),
            ("专业气象服务收费不按合同执行", "Ⅱ级", "服务合同经中心会议审定，收费入单位账户。"),
        ]),
        ("骆琬岫", "公众服务科", "服务员", "general", [
            ("施放气球现场查看走过场，施放环境不符照常作业", "Ⅰ级", "现场查看拍照留存，负责人签字。"),
            ("气象影视广告收入不入账", "Ⅲ级", "广告合同登记，收入每月对账。"),
        ]),
        ("巩澍玙", "决策服务科", "科长", "middle", [
            ("向企业有偿提供决策服务材料", "Ⅱ级", "决策材料按发布清单报送，严禁对外有偿提供。"),
            ("服务满意度调查数据弄虚作假", "Ⅲ级", "调查由第三方实施，原始数据留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "haicheng_weather_service_center_selfchecks", "http://m-jianshi.cjyun.org/p/2536.html",
        "市气象服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县气象局 权力清单 "
        "施放气球活动审批 (施放气球资质证, 施放气球作业申报表, 承办机构): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def haicheng_operation_station_cards() -> dict:
    unit = f"{PLACE}人工影响天气作业站"
    t = _Truth(unit)
    cards = [
        ("站长", "骆昶璎", "站长", "主持作业站全面工作", "leader", [
            ("高炮、火箭作业人员聘用优亲厚友", "★★★", "作业人员公开招聘，培训考核合格持证上岗。"),
            ("作业站点建设维修工程虚增工程量", "★★★", "工程量现场核实，验收邀请市气象局参加。"),
            ("接受弹药供货商宴请", "★", "严守中央八项规定精神，拒收礼品礼金。"),
        ]),
        ("副站长", "巩珣岙", "副站长", "分管作业安全、弹药管理", "leader", [
            ("故障弹、火箭弹残骸回收处置不登记", "★★", "残骸回收逐枚登记，交回弹药库统一销毁。"),
            ("作业安全检查走过场，隐患不整改", "★★", "安全检查清单化，整改销号。"),
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
        "haicheng_operation_station_cards", "https://www.kazuo.gov.cn/html/KZXZF/202502/0173977466048833.html",
        "市人工影响天气作业站 领导干部廉政风险防控卡, one sheet a leader, after the source's 县 人工影响天气作业公告 "
        "(固定作业站点, “三七”高炮, WR-98型火箭, 故障弹, 火箭弹残骸): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def haicheng_tech_service_center_register() -> dict:
    unit = f"{PLACE}气象科技服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "骆淏琨", "leader", [
            ("施放气球业务承揽中收受回扣", "思想道德", "一级", "业务承揽集体研究，合同统一管理。"),
            ("大额资金支出不经集体研究", "制度机制", "二级", "大额支出经中心会议研究，会议纪要存档。"),
        ]),
        ("施放业务科", "科长", "巩翾沂", "middle", [
            ("施放许可申报材料弄虚作假", "岗位职责", "一级", "申报材料科长、主任两级审核。"),
        ]),
        ("施放业务科", "作业员", "骆璐岢", "general", [
            ("氢气瓶领用、充灌不登记，私自外借", "业务流程", "二级", "气瓶领用登记，定期盘点。"),
            ("施放完毕不按时回收气球", "岗位职责", "三级", "按批准时间回收，回收情况报备。"),
        ]),
        ("财务科", "会计", "巩沄翮", "general", [
            ("服务收入开票与入账不一致", "业务流程", "一级", "开票与入账每月核对，年度审计。"),
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
        "haicheng_tech_service_center_register", "https://www.sz.gov.cn/hdjl/ywzsk/qxj/xzfwl/content/post_7861401.html",
        "市气象科技服务中心 廉政风险点排查登记表, after the source's 施放气球活动行政许可程序 (申请材料, 现场查看施放环境, "
        "核准书, 更改施放时间重新申请): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    haicheng_weather_modification_office_review(),
    haicheng_meteorological_bureau_two_sheets(),
    haicheng_observatory_posts(),
    haicheng_lightning_center_list(),
    haicheng_disaster_prevention_center_group_rows(),
    haicheng_weather_service_center_selfchecks(),
    haicheng_operation_station_cards(),
    haicheng_tech_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch764-inbox"))
