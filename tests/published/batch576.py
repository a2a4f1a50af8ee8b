"""The five-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 气象、地震
and 科技 bodies, 天峻县 (海西蒙古族藏族自治州, 青海) — its 气象局, 防雷减灾中心, 人工影响天气办公室,
地震局, 地震监测中心, 科学技术局, 科技服务中心 and 科学技术协会 — each handing back the 一览表, 排查表,
防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 防雷减灾中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 人工影响天气办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 |
  自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 科技服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 科学技术局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 科学技术协会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 地震监测中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tianjun_earthquake_bureau_levels_by_item_numbers``: the 地震局's 一览表, ONE ROW A PERSON
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``): the person's points are numbered
  lines in ONE cell (``1.…⏎2.…⏎3.…``), his measures numbered lines in one cell beside them, and his
  ``风险等级`` cell does NOT give one level a line in the points' order: it names, grade by grade, the
  NUMBERS of his points of that grade — ``一级：1⏎二级：2、3``, ``一级：2⏎二级：1⏎三级：3``,
  ``二级：1、2`` — so a point's level is the grade whose line lists its number (in one row the
  first line names point 2, not point 1; in two rows the grades' lines list the numbers out of
  the points' order). A ``注：`` line under the table says the 风险等级 column is filled by the
  numbers of the row's own points, and names no number. The README's 读得懂的表 knows points
  numbered in one cell with a level cell numbered alike (``1.高⏎2.中``, one level a line, by
  number), a note UNDER THE TABLE giving levels by the table's item numbers (``第1、2、4项为高风险``,
  ``LEVEL_BY_NUMBER``), ``高风险点：⏎1.…`` subheadings inside the point cell, a level table
  ``风险等级 | 风险点序号 | 个数`` under the list, and level columns holding numbered points; it does
  not describe a per-row level cell that lists, under each grade, the numbers of that row's own
  points. A scan of the earlier batches' cells for a grade word followed by a colon and numbers
  (``一级：1、``, ``高：2，``) finds none; item numbers after ``第`` stand only in notes and duty
  lines under a table (batches 242, 243, 318, 573).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a province 地震局's 地震灾害风险防治
体制改革 design — 抗震设防要求, 地震安全性评价, 活动断层探测, 监测台网; a city 气象局's 重点项目建设
meeting — 项目储备, 国债气象项目, “四制”, 廉洁工程; a 自治州's 气象条例 — 防雷, 人工影响天气弹药存储,
气候可行性论证; a 县's 人工影响天气作业公告 — 炮站, 火箭弹, 残骸移交; a page on 科技特派员 — 做给农民看,
科技示范; an analysis of 科研腐败 cases — 科研经费, 项目立项, 结题; a 市科协's 巡察整改 report — 学会,
科普, 经费管理; a 防震减灾 plan — 地震行政执法, 观测环境保护, 台网运行) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 仉 and 濮阳 with rare given names); every unit is a body of 天峻县.

Run ``python tests/published/score.py --set batch576`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a person's ``廉政风险点`` cell is one point of his, its
  number left off (``1.地震监测台网升级项目招标设置倾向性条件`` → ``地震监测台网升级项目招标设置倾向性条件``);
  its level is the grade whose line in the row's ``风险等级`` cell lists its number; the numbered
  lines of ``防控措施`` are measures, no points; the ``注：`` line and the 填表/审核 line are no
  points; ``股室 | 岗位 | 姓名`` give the form as usual (one form a person);
- ``局领导``, ``中心领导``, ``科协领导`` (a 股室/部门/科室 cell or a group row) are the 科室 of those
  leaders; the 气象局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 局's 科 and 股, a 中心's 科 and 室, a 科协's 部 and the 人影办's 组 are 科室; a group row
  ``二、技术推广科`` gives the 科室 ``技术推广科`` (its number left off);
- every body is a unit of its own: 局长, 副局长, a 中心's or 办公室's 主任 and the 科协's 主席 are leaders;
  科长, 股长, 部长 and the 办公室主任 of a 局 are middle, as is a 组's 组长; the rest (预报员, 会计, 出纳,
  检测员, 收费员, 观测员, 技术员, 股员, 弹药库管理员, 作业员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 防雷减灾中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b576_"
PLACE = "天峻县"
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


def numbered(items: list[str]) -> str:
    """Items as numbered lines in one cell: ``1.…⏎2.…``."""
    return "\n".join(f"{i}.{text}" for i, text in enumerate(items, 1))


def unnumbered(cell: str) -> list[str]:
    """The numbered lines of a cell, their numbers left off."""
    return [re.sub(r"^\d+\.", "", s) for s in cell.split("\n")]


def level_cell(levels: list[str], order: list[str]) -> str:
    """A row's 风险等级 cell: one line a grade (in ``order``) listing its points' numbers."""
    lines = []
    for grade in order:
        nums = [str(i) for i, lv in enumerate(levels, 1) if lv == grade]
        if nums:
            lines.append(f"{grade}：{'、'.join(nums)}")
    return "\n".join(lines)


def levels_of(cell: str) -> dict[int, str]:
    """Point number -> grade, read back from a 风险等级 cell."""
    out = {}
    for line in cell.split("\n"):
        grade, nums = line.split("：")
        for n in nums.split("、"):
            out[int(n)] = grade
    return out


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(风险点, 等级, 防控措施)], grades' order in the level cell)
BY_NUMBER = [
    ("局领导", "局长", "仉翯澜", "leader", [
        ("地震监测台网升级项目招标设置倾向性条件", "一级", "项目招标文件经局党组会审定，进入县公共资源交易中心。"),
        ("防震减灾专项资金安排个人说了算", "一级", "专项资金安排经局党组会集体研究，会议纪要存档。"),
    ], ["一级", "二级", "三级"]),
    ("局领导", "副局长", "濮阳岱琛", "leader", [
        ("建设工程抗震设防要求审查降低标准", "一级", "抗震设防要求审查实行初审、复审两级把关。"),
        ("地震安全性评价报告审查走过场", "二级", "安评报告邀请州地震局专家参加评审。"),
        ("农牧区抗震民居补助对象审核不严", "二级", "补助对象村级评议、乡镇审核、县级公示。"),
    ], ["一级", "二级", "三级"]),
    ("监测预报股", "股长", "仉玹岍", "middle", [
        ("地震监测设备采购验收把关不严", "二级", "设备验收由两人以上参加，验收单签字存档。"),
        ("地震观测环境保护执法中接受请托", "一级", "执法检查两人以上，处理意见集体研究。"),
        ("地震宏观观测点补助发放不实", "三级", "补助按观测记录核发，名单公示。"),
    ], ["一级", "二级", "三级"]),
    ("震害防御股", "股长", "濮阳骁澜", "middle", [
        ("活动断层探测成果运用中为建设单位规避避让要求", "二级", "避让要求书面告知建设单位，抄送县自然资源局。"),
        ("地震应急避难场所建设验收不严", "二级", "验收邀请县应急管理局、住建局共同参加。"),
    ], ["一级", "二级", "三级"]),
    ("震害防御股", "股员", "仉湛琮", "general", [
        ("防震减灾科普宣传品采购虚报数量", "三级", "宣传品按实发放登记，年底盘点。"),
        ("群测群防员补助名单弄虚作假", "二级", "补助名单乡镇核实，银行卡直接发放。"),
    ], ["二级", "三级"]),
    ("办公室", "会计", "濮阳玥岍", "general", [
        ("报账单据审核不严，虚列支出", "三级", "报账单据经办人、审核人、审批人三签。"),
        ("地震应急物资出入库账实不符", "二级", "应急物资出入库登记，每季度盘点。"),
    ], ["二级", "三级"]),
]  # fmt: skip


def tianjun_earthquake_bureau_levels_by_item_numbers() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 44, 14, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, items, order) in enumerate(BY_NUMBER, 1):
        points = [p for p, _lv, _m in items]
        levels = [lv for _p, lv, _m in items]
        measures = [m for _p, _lv, m in items]
        sh.add(n, dept, post, who, numbered(points), level_cell(levels, order), numbered(measures))
        for point, lv in zip(points, levels, strict=True):
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：风险等级一栏按本行廉政风险点的序号分级填写；风险等级分为一级、二级、三级，一级为最高。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "tianjun_earthquake_bureau_levels_by_item_numbers", "http://www.hubdzj.gov.cn/info/1123/19496.htm",
        "(harder) 县地震局 岗位廉政风险防控一览表, after the source's 地震灾害风险防治体制改革 design (抗震设防要求, "
        "地震安全性评价, 活动断层探测, 监测台网, 群测群防): a title, a merged 填报单位/填报时间 line, then "
        "序号/股室 (merged over one 股's rows)/岗位/姓名/廉政风险点/风险等级/防控措施 with ONE ROW A PERSON: his points "
        "numbered lines ``1.…⏎2.…`` in one cell, his measures numbered lines in another, and his 风险等级 cell "
        "listing, one line a grade, the NUMBERS of his points of that grade (``一级：1⏎二级：2、3``, ``一级：2⏎二级：1⏎"
        "三级：3``, ``二级：2⏎三级：1``); no type column; a ``注：`` line naming no number and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tianjun_meteorology_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仉翛岚", "局长", "主持全面工作", [
            ("气象现代化建设项目招标中设置倾向性条件", "一级", "项目招标文件经局务会审定，全程进入公共资源交易平台。"),
            ("“三重一大”事项不经党组集体研究", "一级", "严格执行党组议事规则，会议纪要存档备查。"),
        ]),
        ("濮阳翙", "副局长", "分管业务、人工影响天气和防雷安全", [
            ("人工影响天气弹药采购和调拨审批把关不严", "一级", "弹药采购按省局统一招标目录执行，调拨双人审签。"),
            ("防雷安全监管检查中降格处理违规行为", "二级", "检查不少于两人，处理意见经局务会研究。"),
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
    dept = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "仉霁岑", "middle", "国债气象项目资金拨付审核不严", "一级",
         "项目资金按进度拨付，拨付前经分管领导、局长审签。"),
        ("办公室", "主任", "仉霁岑", "middle", "公务接待超标准、虚列接待费用", "二级", "接待实行公函制度，清单与发票一并报账。"),
        ("办公室", "会计", "濮阳琬岑", "general", "报账单据审核不严，虚列支出", "二级", "报账单据经办人、证明人、审批人三签。"),
        ("业务科", "科长", "仉沄翮", "middle", "气象探测环境保护审查中接受请托", "二级",
         "探测环境保护审查意见经局务会研究，结果公开。"),
        ("业务科", "科长", "仉沄翮", "middle", "气象资料有偿提供不按规定收费", "三级", "资料提供登记，按标准收费开票。"),
        ("业务科", "预报员", "濮阳潆", "general", "擅自向外提供未发布的预报信息谋利", "三级", "预报产品统一发布，签订保密承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tianjun_meteorology_bureau_two_sheets", "http://sn.cma.gov.cn/dsqx/bjqx/bjqxyw/bjsjxw/202403/t20240320_6139047.html",
        "县气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 市气象局 重点项目建设 meeting (项目储备, 国债气象项目, "
        "“四制”, 廉洁工程): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tianjun_lightning_centre_posts() -> dict:
    unit = f"{PLACE}防雷减灾中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测业务承接", "利用职务为亲友开办的防雷公司介绍业务", "思想道德风险", "高",
         "领导干部亲属从业情况登记报告，业务承接集体研究。"),
        ("中心领导", "主任", "leader", "检测仪器采购", "检测仪器采购指定品牌，收受回扣", "制度机制风险", "高",
         "仪器采购按政府采购程序，需求经论证后公开。"),
        ("检测科", "科长", "middle", "检测报告签发", "未到现场检测即签发合格报告", "岗位职责风险", "高",
         "报告签发前复核现场检测记录和照片。"),
        ("检测科", "检测员", "general", "现场检测", "接受受检单位宴请，检测数据弄虚作假", "外部环境风险", "中",
         "现场检测不少于两人，数据实时上传平台。"),
        ("检测科", "检测员", "general", "易燃易爆场所检测", "半年一检不按时开展，漏检不报", "业务流程风险", "中",
         "建立检测台账，到期提前提醒。"),
        ("综合科", "收费员", "general", "检测服务收费", "不按标准收费，收费不开具票据", "业务流程风险", "低",
         "收费标准公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tianjun_lightning_centre_posts", "http://ask.fsou.com/html/text/lar/171358/17135838_1.html",
        "县防雷减灾中心 岗位廉政风险点排查表 对岗不对人, after the source's 自治州 气象条例 (雷电灾害防御, 人工影响天气"
        "弹药存储, 气候可行性论证): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tianjun_weather_modification_selfchecks() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    people = [
        ("仉珝琰", "作业指挥组", "组长", "middle", [
            ("人工增雨作业点布设受人情干扰", "Ⅱ级", "作业点布设经办公室集体研究，报县政府审定。", "已落实"),
            ("作业效果评估数据弄虚作假", "Ⅲ级", "评估数据留存原始记录，接受州人影中心抽查。", "未发现问题"),
        ]),
        ("濮阳瑄", "弹药管理组", "弹药库管理员", "general", [
            ("火箭弹出入库不登记，账物不符", "Ⅰ级", "出入库双人登记签字，每月盘点。", "已落实"),
            ("回收的弹药残骸私自处置", "Ⅱ级", "残骸回收登记，统一交州人影中心销毁。", "已落实"),
        ]),
        ("仉砚漪", "作业管理组", "作业员", "general", [
            ("作业人员补助虚报冒领", "Ⅰ级", "补助按作业记录核发，银行卡直接发放。", "未发现问题"),
            ("作业安全培训流于形式", "Ⅲ级", "培训签到、考核记录存档备查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tianjun_weather_modification_selfchecks", "https://www.gzhs.gov.cn/xwdt/tzgg/202502/t20250226_86952518.html",
        "县人工影响天气办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 "
        "人工影响天气作业公告 (炮站, 火箭弹, 弹药残骸 移交): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "自查时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def tianjun_tech_service_centre_group_rows() -> dict:
    unit = f"{PLACE}科技服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "仉翀嵘", "leader", [
                ("科技特派员选派中优亲厚友", "一级风险", "选派条件公开，人选经中心会议研究后公示。"),
                ("农牧业科技示范项目验收走过场", "一级风险", "验收邀请县科学技术局和受益村代表参加。"),
            ]),
        ]),
        ("二、技术推广科", "技术推广科", [
            ("科长", "濮阳沅芷", "middle", [
                ("科技培训参训人数虚报，套取培训经费", "二级风险", "培训签到拍照留存，经费按实结算。"),
                ("良种和技术物资发放对象不公开", "二级风险", "发放名单在村务公开栏公示。"),
            ]),
            ("技术员", "仉昉湉", "general", [
                ("科技示范户补贴登记不实", "三级风险", "示范户入户核实，补贴名单公示。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "濮阳翎", "general", [
                ("科技特派员补助发放不及时、截留", "二级风险", "补助通过银行直接发放，每季度对账。"),
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
        "tianjun_tech_service_centre_group_rows", "https://www.ppdoc.com/periodical/ecc7cc15aa33b00c4f7042c2d952b545.html",
        "县科技服务中心 廉政风险防控责任清单, after the source's page on 科技特派员制度 (做给农民看, 领着农民干, 科技示范): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、技术推广科``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tianjun_science_bureau_cards() -> dict:
    unit = f"{PLACE}科学技术局"
    t = _Truth(unit)
    cards = [
        ("局长", "仉岷璘", "局长", "主持全面工作", "leader", [
            ("科技计划项目立项评审打招呼、定结果", "★★★", "评审专家从专家库随机抽取，评审结果公示。"),
            ("科技专项经费分配不经集体研究", "★★★", "经费分配方案经局党组会研究，公开分配结果。"),
            ("接受项目申报单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副局长", "濮阳珂岚", "副局长", "分管科技项目和成果转化", "leader", [
            ("项目中期检查和结题验收把关不严", "★★", "结题验收实行专家组验收，资料存档。"),
            ("高新技术企业认定推荐材料审核不实", "★★", "推荐材料实地核查，核查记录签字。"),
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
        "tianjun_science_bureau_cards", "https://m.fx361.cc/news/2017/0707/19356389.html",
        "县科学技术局 领导干部廉政风险防控卡, one sheet a leader, after the source's analysis of 科研腐败 cases (科研经费, "
        "项目立项, 项目管理, 结题): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tianjun_science_association_list() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("科协领导", "主席", "仉筠翥", "leader", "学会年检和评优中打招呼", "制度机制", "高风险",
         "学会年检结果经主席办公会研究，评优结果公示。"),
        ("科协领导", "主席", "仉筠翥", "leader", "科普经费使用不经集体研究", "岗位职责", "中风险",
         "科普经费使用计划经主席办公会审定。"),
        ("科普部", "部长", "濮阳澍岚", "middle", "科普示范基地评审把关不严", "业务流程", "高风险",
         "评审实地查看，评审意见集体研究。"),
        ("科普部", "部长", "濮阳澍岚", "middle", "科普大篷车下乡运行经费虚列", "思想道德", "中风险",
         "下乡活动留存照片和签到表，经费按实报销。"),
        ("学会部", "部长", "仉琤沨", "middle", "学术交流活动经费超标准列支", "外部环境", "中风险",
         "活动方案事前报批，经费按标准列支。"),
        ("办公室", "会计", "濮阳翾珂", "general", "报账单据审核不严", "业务流程", "低风险",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主席（签字）：", None, None)
    return _layout(
        "tianjun_science_association_list", "http://www.jiwei.gov.cn/news_content.thtml?contentId=44211",
        "县科学技术协会 岗位廉政风险防控一览表, after the source's 市科协 巡察整改 report (学会, 科普, 议事制度, 经费管理): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主席（签字） line",
        [sh], t,
    )  # fmt: skip


def tianjun_seismic_monitoring_register() -> dict:
    unit = f"{PLACE}地震监测中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仉璠昶", "leader", [
            ("地震台站维护项目发包不公开", "制度机制", "一级", "维护项目按程序比选，结果公示。"),
            ("台站值班补助审批不严", "岗位职责", "二级", "值班补助按排班表核发，每月公示。"),
        ]),
        ("监测科", "科长", "濮阳淏", "middle", [
            ("地震观测环境保护执法中接受请托", "外部环境", "一级", "执法不少于两人，处理意见集体研究。"),
        ]),
        ("监测科", "观测员", "仉溆岚", "general", [
            ("观测数据漏报、篡改", "岗位职责", "二级", "观测数据实时上传，异常情况登记报告。"),
            ("台站备品备件领用不登记", "业务流程", "三级", "备品备件领用登记，每季度盘点。"),
        ]),
        ("办公室", "出纳", "濮阳璆", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "tianjun_seismic_monitoring_register", "http://fsou.com/html/text/chl/1544/154466_4.html",
        "县地震监测中心 廉政风险点排查登记表, after the source's 防震减灾 plan (地震行政执法, 地震观测环境保护, 台网运行, "
        "抗震设防监管): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tianjun_earthquake_bureau_levels_by_item_numbers(),
    tianjun_meteorology_bureau_two_sheets(),
    tianjun_lightning_centre_posts(),
    tianjun_weather_modification_selfchecks(),
    tianjun_tech_service_centre_group_rows(),
    tianjun_science_bureau_cards(),
    tianjun_science_association_list(),
    tianjun_seismic_monitoring_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch576-inbox"))
