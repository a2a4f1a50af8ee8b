"""The three-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 卫生健康
bodies, 新城区 (a district of 西安, its staff Han) — the 卫生健康局, the 社区卫生服务中心 of its
街道 (西一路, 长乐中路, 韩森寨, 中山门), the 妇幼保健计划生育服务中心, the 疾病预防控制中心 and the
卫生监督所 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS
or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 西一路街道社区卫生服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、药剂科``,
  ``三、公共卫生科``, ``四、财务科`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person,
  short types, 高/中/低, a 填表人/审核人/date line;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a holder (tabs 主任, 保健科科主任, 药具管理员): two
  rows of pairs ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, then ``序号 | 风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | …
  中心纪检员：``;
- the 卫生监督所's 排查表 对岗不对人: ``科室`` merged (所领导, 医疗卫生监督科, 公共卫生监督科,
  稽查科), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现`` (ONE row a 风险点),
  ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 长乐中路街道社区卫生服务中心's 自查表, one sheet a person (tabs named by the holder): a LABEL
  ROW ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心主任意见：``;
- the 韩森寨街道社区卫生服务中心's 责任清单: ``责任科室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the
  measures and a LAST ``分管领导`` column naming the 中心's 副主任 on every row;
- the 中山门街道社区卫生服务中心's 一览表 under ``附件1``: ``科室 | 岗位 | 责任人`` written out on
  EVERY row, nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``xincheng_cdc_pivot_counts``: the 疾病预防控制中心's 岗位廉政风险点统计, which its 办公室 drew up
  not by typing a list but as an Excel DATA PIVOT TABLE (数据透视表) over the 排查 records, laid out
  ``以表格形式显示``, then COPIED AND PASTED AS VALUES into the workbook it sent (so no pivot object
  is left, only its cells). Under a merged title and the pivot's report filter ``排查年度 | 2025年``
  (two plain cells) and a blank row, the pivot stands as Excel draws it: a CORNER ROW
  ``计数项:廉政风险点`` over the row fields, with the column field's name ``风险等级`` over the value
  columns; then the field row ``科室 | 岗位 | 姓名 | 廉政风险点 | 一级 | 二级 | 三级 | 总计`` — the
  LEVELS ARE NOT A COLUMN BUT THE COLUMN FIELD'S ITEMS, and each risk row marks its level ONLY BY
  THE COUNT ``1`` in that level's column (the other two blank) and a ``1`` in ``总计``. The row
  labels are written ONCE, at the first row of each item, and left blank below (nothing merged:
  the pivot does not repeat item labels), the items sorted as the pivot sorts them (by 拼音:
  办公室, 传染病防制科, 检验科, 免疫规划科, 中心领导 — the leaders LAST); every 科室 is closed by a
  SUBTOTAL ROW ``办公室 汇总`` (its counts per level and in 总计), and the table by a GRAND TOTAL
  ROW ``总计``; a post whose holder was blank in the records shows the pivot's item ``(空白)`` in
  the 姓名 column; there is no 防控措施 and no type column (a pivot carries only its fields). The
  README's 读得懂的表 knows ``风险等级`` merged over ``一级 | 二级 | 三级`` sub-columns ticked with ``√``,
  the ``财务股 计数`` / ``总计数`` rows Excel's 分类汇总 inserts, labels written only in the first row
  of a run, a ``小计`` row and the count tables (TABLE_OTHER); it does not describe a PIVOT TABLE
  pasted as values: a corner row ``计数项:…`` that is not the heading, the levels as the column
  field's items under a field name on the row above, the level marked by a count ``1``, a
  ``总计`` column of ``1`` beside them, ``… 汇总`` subtotal rows and a ``总计`` row, and the item
  ``(空白)`` standing for no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市卫生计生委's 年度工作总结 —
公立医院改革, 药品器械集中采购, 医疗质量, 各处室 and 直属单位; a report on 基层医疗 腐败 cases —
乡镇卫生院, 街道社区卫生服务中心, 疾控中心, 虚假招标, 明招暗定, 外部监督乏力 and 内部制约缺位; a
区计划生育指导站's services — 避孕节育咨询, 婚前医学检查, 孕前优生健康检查, 避孕药具发放 and 随访; a
省卫生健康委's 调研 of 基层卫生监督执法 — 监督执法体制, 执法队伍, 规范化, 压实监管责任; a 新医改
commentary on 医药领域 违法案件 — 耗材回扣, 处方, 医保基金; a study of a 社区卫生服务中心's 公共卫生
服务工作量 — 基本公共卫生服务, 慢性病, 妇女保健, 标化工作量; a note on 医保基金 监督 and 举报 — 欺诈
骗保, 内部人员; a 省疾控中心's lecture on 疫情管理中统计图表的制作 — 统计表, 分组, 汇总, 三间分布)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 新城区, named with the district's name.

Run ``python tests/published/score.py --set batch367`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row with a ``1`` in one of ``一级 | 二级 | 三级`` is a point, its text the
  ``廉政风险点`` cell, its level the column that holds the ``1`` (一级 1, 二级 2, 三级 3); the
  ``总计`` column is no level and no point; the 科室, 岗位 and 姓名 of a row are the nearest labels
  above it in those columns within its 科室 (a pivot writes an item once); the corner row
  ``计数项:廉政风险点 | … | 风险等级``, the field row, the ``… 汇总`` rows, the ``总计`` row, the report
  filter ``排查年度 | 2025年``, the title and the 制表 line are no points and name no holder; the
  item ``(空白)`` in 姓名 is no person: that post's form names none (``person`` ""), known by its
  科室 and post (检验科 检验员);
- ``局领导``, ``中心领导``, ``所领导`` (a sheet's tab and title, a group row, a 科室 cell, a card's
  所在科室, a 自查表's 科室) are the 科室 of those leaders; a 局's, a 中心's and a 所's 科, 室 and
  办公室 are 科室; a group row ``二、药剂科`` gives the 科室 ``药剂科`` (its number left off);
- every 局, 中心 and 所 here is a unit of its own (each 社区卫生服务中心 apart from the others and
  from the 卫生健康局): the 局's 局长 and 副局长, a 中心's 主任 and 副主任, the 所's 所长 and 副所长
  are leaders; 科长, 科主任 (a 科's head), 护士长 and the 疾控中心 办公室's 主任 (its head, a 科室's, not
  the 中心's) middle; the rest (科员, 药剂师, 药房调剂员,
  公卫医生, 会计, 出纳, 药具管理员, 监督员, 稽查员, 检验员, 疫苗管理员, 收费员, 医保专管员, 护士,
  采购员) general;
- ``风险点 | 风险表现`` in the 卫生监督所's list (one row a 风险点): the point is the short 风险点;
  ``分管工作``, ``职责事项``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the
  韩森寨 中心's LAST ``分管领导`` column names a supervisor (the holder is ``责任人``); the 卫生监督所's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级`` (in the harder file the
  three level columns' heads), ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中山门 中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b367_"
PLACE = "新城区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

PIVOT_UNIT = f"{PLACE}疾病预防控制中心"
PIVOT_LEVELS = ("一级", "二级", "三级")
PIVOT_HEAD = ("科室", "岗位", "姓名", "廉政风险点", *PIVOT_LEVELS, "总计")
PIVOT_CORNER = "计数项:廉政风险点"
BLANK = "(空白)"
# (科室, [(岗位, 姓名 or BLANK, tier, [(廉政风险点, 等级)])]) in the pivot's order: 科室, 岗位, 姓名
# and points ascending by 拼音, as Excel sorts them
PIVOT_ROWS = [
    ("办公室", [
        ("会计", "笪澹宁", "general", [
            ("虚列会议培训费用套取专项资金", "一级"),
            ("专项经费支出不按预算科目列支", "二级"),
        ]),
        ("主任", "甯珂岫", "middle", [
            ("公务用车派车登记不实，公车私用", "二级"),
            ("卫生应急物资储备采购不比价", "一级"),
        ]),
    ]),
    ("传染病防制科", [
        ("科长", "晁沅熠", "middle", [
            ("疫情处置中虚报消杀药品和防护用品用量", "二级"),
            ("重点传染病监测补助发放不按标准", "三级"),
        ]),
    ]),
    ("检验科", [
        ("检验员", BLANK, "general", [
            ("检测报告数据随意修改", "一级"),
        ]),
        ("科长", "钭昀瑶", "middle", [
            ("检测设备试剂采购指定品牌", "一级"),
            ("委托检验收费不开票、不入账", "二级"),
        ]),
    ]),
    ("免疫规划科", [
        ("科长", "楚沚萱", "middle", [
            ("第二类疫苗采购中收受生产企业好处", "一级"),
            ("预防接种单位考核评分不公", "三级"),
        ]),
        ("疫苗管理员", "漆涴岫", "general", [
            ("近效期疫苗报损处置不规范", "二级"),
            ("疫苗出入库数量登记不实", "一级"),
        ]),
    ]),
    ("中心领导", [
        ("副主任", "缪翊泠", "leader", [
            ("分管科室检测收费减免审批把关不严", "二级"),
        ]),
        ("主任", "蔺澂宜", "leader", [
            ("实验室改造项目不经集体研究确定施工单位", "一级"),
            ("中层干部竞聘中打招呼、定人选", "一级"),
        ]),
    ]),
]  # fmt: skip


def xincheng_cdc_pivot_counts() -> dict:
    unit = PIVOT_UNIT
    width = len(PIVOT_HEAD)
    sh = _Sheet("风险点统计", [14, 12, 9, 40, 7, 7, 7, 7])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度岗位廉政风险点统计", width)
    sh.add("排查年度", "2025年", None, None, None, None, None, None)
    sh.add()
    sh.add(PIVOT_CORNER, None, None, None, "风险等级", None, None, None)
    sh.add(*PIVOT_HEAD)
    totals = [0, 0, 0]
    for dept, posts in PIVOT_ROWS:
        sums = [0, 0, 0]
        for p, (post, who, tier, points) in enumerate(posts):
            for i, (point, lv) in enumerate(points):
                k = GRADES[lv] - 1
                marks = [1 if j == k else None for j in range(3)]
                sums[k] += 1
                sh.add(dept if p == 0 and i == 0 else None, post if i == 0 else None,
                       who if i == 0 else None, point, *marks, 1)  # fmt: skip
                t.point(sh.name, dept, post, "" if who == BLANK else who, tier, point, [],
                        GRADES[lv])  # fmt: skip
        sh.add(f"{dept} 汇总", None, None, None, *(s or None for s in sums), sum(sums))
        totals = [a + b for a, b in zip(totals, sums, strict=True)]
    sh.add("总计", None, None, None, *totals, sum(totals))
    sh.add()
    sh.add("制表：中心办公室", None, None, "2025年10月", None, None, None, None)
    return _layout(
        "xincheng_cdc_pivot_counts", "https://zixin.com.cn/doc/838198.html",
        "(harder) 区疾病预防控制中心 岗位廉政风险点统计 made as an Excel DATA PIVOT TABLE (以表格形式显示) and pasted as values, "
        "after the source's 疾控中心 lecture on 疫情管理中统计图表的制作 (统计表, 分组, 汇总, 三间分布): a title, the report filter "
        "``排查年度 | 2025年``, a blank row, a CORNER ROW ``计数项:廉政风险点 | … | 风险等级``, the field row ``科室 | 岗位 | 姓名 | "
        "廉政风险点 | 一级 | 二级 | 三级 | 总计``; each point's level ONLY as the count ``1`` in its level's column (and ``1`` in "
        "总计); labels written once per item, nothing merged, items sorted by 拼音 (中心领导 last); a ``… 汇总`` subtotal row "
        "after each 科室 and a ``总计`` row; one holder the item ``(空白)``; no measures, no types; a 制表 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xincheng_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "仉澈屿", "主持全面工作，分管办公室和规划财务科", [
            ("区属医疗机构负责人选拔任用搞个人说了算", "一级", "干部任用经局党组集体研究，全程纪实。"),
            ("医疗卫生基建项目插手招标投标", "一级", "基建项目一律进入公共资源交易平台。"),
        ]),
        ("副局长", "冼蔚澂", "分管医政医管科和药械采购监管", [
            ("药品耗材集中采购监管中为企业说情", "一级", "采购数据平台留痕，约谈记录存档。"),
            ("医疗质量检查走过场，问题不处理", "二级", "检查结果通报，整改清单限期销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("机关科室", [6, 14, 9, 9, 38, 9, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "科长", "贲翊岚", "middle", [
            ("公务接待和会议费用超标准列支", "三级", "接待、会议事前审批，费用清单公示。"),
        ]),
        ("医政医管科", "科长", "郄昀洲", "middle", [
            ("医疗机构校验中降低标准放行", "一级", "校验材料两人审核，结果网上公开。"),
            ("医疗纠纷调处中偏袒一方", "二级", "引入第三方人民调解，调处记录存档。"),
        ]),
        ("医政医管科", "科员", "逯沁棠", "general", [
            ("医师执业注册材料审核不严", "二级", "注册材料清单化审核，随机抽查复核。"),
        ]),
        ("规划财务科", "科长", "訾澜汐", "middle", [
            ("基本公共卫生服务补助资金拨付不按考核结果", "一级", "资金拨付与绩效考核结果挂钩并公示。"),
            ("财务报销票据审核把关不严", "三级", "报销实行经办、审核、审批三级签字。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "xincheng_health_bureau_two_sheets", "https://www.sx.gov.cn/art/2017/4/11/art_1229354888_59085156.html",
        "区卫生健康局 廉政风险防控表 in two sheets, after the source's 卫生计生委 年度工作总结 (公立医院改革, 药品器械集中采购, "
        "医疗质量, 各处室 and 直属单位): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def xincheng_xiyilu_center_group_rows() -> dict:
    unit = f"{PLACE}西一路街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "甄曜岑", "leader", [
                ("医疗设备采购明招暗定，指定供应商", "制度机制", "高", "设备采购经中心办公会研究，公开招标。"),
                ("绩效工资分配向个人倾斜", "岗位职责", "中", "分配方案经职工代表讨论并公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科长", "扈珣渼", "middle", [
                ("药品耗材遴选中收受医药代表回扣", "外部环境", "高", "新进药品耗材经药事小组集体评审。"),
            ]),
            ("药房调剂员", "昝湛清", "general", [
                ("向医药代表提供处方统计数据", "思想道德", "中", "处方数据查询权限分级，查询留痕。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科长", "巩泠玥", "middle", [
                ("虚报家庭医生签约和慢病随访人次", "业务流程", "高", "签约、随访数据电话抽查核实。"),
                ("公共卫生服务项目考核打分不公", "制度机制", "低", "考核细则公开，两人以上共同考核。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("出纳", "卞霁桓", "general", [
                ("医疗收费现金截留、坐支", "业务流程", "高", "收费日清日结，收费与记账分离。"),
                ("医保结算数据与实际诊疗不符", "岗位职责", "中", "医保结算每月与诊疗记录核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "xincheng_xiyilu_center_group_rows", "https://c.m.163.com/news/a/JHHCFHGI0534LWQM.html",
        "区西一路街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's report on 基层医疗 腐败 (乡镇卫生院, 街道社区卫生服务"
        "中心, 虚假招标, 明招暗定, 外部监督乏力, 内部制约缺位): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施 under GROUP ROWS ``一、中心领导``, ``二、药剂科``, ``三、公共卫生科``, ``四、财务科`` merged across (no "
        "科室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xincheng_maternal_center_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郇沛瑶", "主任", "中心领导", "leader", [
            ("孕前优生健康检查项目委托检测机构不经集体研究", "★★★", "委托机构经中心办公会比选确定，合同公开。"),
            ("专项经费调剂使用不按规定审批", "★★", "经费调剂报区卫生健康局审批。"),
            ("职工招聘中降低条件录用关系人员", "★★★", "招聘全程公开，面试专家随机抽取。"),
        ]),
        ("保健科科主任", "蒯昱浛", "科主任", "妇女保健科", "middle", [
            ("婚前医学检查结果出具不实证明", "★★★", "检查报告双人审核签字，系统留存。"),
            ("免费筛查项目虚报服务人次套取补助", "★★", "服务对象信息电话回访抽查。"),
        ]),
        ("药具管理员", "隗澄芮", "药具管理员", "计划生育服务科", "general", [
            ("免费避孕药具发放登记不实、私自倒卖", "★★★", "药具出入库台账每月盘点，发放对象签字。"),
            ("药具随访记录弄虚作假", "★", "随访记录科室负责人抽查复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 40, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", "2025年10月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "中心纪检员：", None)
        sheets.append(sh)
    return _layout(
        "xincheng_maternal_center_cards", "https://www.chaxiaohao.com/read-1751311642l4762475.html",
        "区妇幼保健计划生育服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 保健科科主任, 药具管理员), after the source's "
        "计划生育指导站 services (避孕节育咨询, 婚前医学检查, 孕前优生健康检查, 避孕药具发放, 随访): a title, PAIRS ``姓　名 | … | "
        "职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a "
        "merged ``注：`` line on the stars and ``持卡人签字： | 中心纪检员：``",
        sheets, t,
    )  # fmt: skip


def xincheng_health_supervision_posts() -> dict:
    unit = f"{PLACE}卫生监督所"
    sh = _Sheet("排查表", [6, 14, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("行政处罚案件集体讨论", "重大案件不经集体讨论，个人决定处罚结果", "制度机制风险", "Ⅰ级",
             "重大案件一律提交案审会集体讨论，纪要存档。"),
        ]),
        ("医疗卫生监督科", "科长", "middle", [
            ("非法行医查处", "接受说情，对非法行医降格处理或不予立案", "外部环境风险", "Ⅰ级",
             "案件来源登记编号，立案情况定期通报。"),
            ("医疗机构日常监督", "事先透露检查时间和内容", "思想道德风险", "Ⅱ级", "检查对象和人员“双随机”抽取。"),
        ]),
        ("医疗卫生监督科", "监督员", "general", [
            ("现场检查取证", "现场笔录与实际不符，选择性取证", "岗位职责风险", "Ⅱ级", "执法全过程记录仪记录，两人以上执法。"),
        ]),
        ("公共卫生监督科", "监督员", "general", [
            ("公共场所卫生许可现场审查", "审查走过场，为不符合条件的场所出具合格意见", "业务流程风险", "Ⅰ级",
             "审查意见经科长复核，许可结果网上公开。"),
            ("生活饮用水卫生监督抽检", "调换水样或篡改抽检结果", "岗位职责风险", "Ⅱ级", "水样现场封样，双人签字送检。"),
        ]),
        ("稽查科", "稽查员", "general", [
            ("执法案卷评查", "评查中隐瞒执法文书不规范问题", "业务流程风险", "Ⅲ级", "评查结果集体审定并通报。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年10月", None)
    return _layout(
        "xincheng_health_supervision_posts", "https://m.yaozui.com/p/769558",
        "区卫生监督所 岗位廉政风险点排查表 对岗不对人, after the source's 省卫生健康委 调研 of 基层卫生监督执法 (监督执法体制, 执法"
        "队伍, 规范化, 压实监管责任): a title, 序号/科室 merged (所领导, 医疗卫生监督科, 公共卫生监督科, 稽查科)/岗位 merged per "
        "post/a short 风险点/a long ``风险表现`` (one row a 风险点)/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no "
        "names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def xincheng_changlezhonglu_center_selfchecks() -> dict:
    unit = f"{PLACE}长乐中路街道社区卫生服务中心"
    t = _Truth(unit)
    people = [
        ("斛泓瑾", "中心领导", "副主任", "leader", [
            ("高值耗材采购中接受供应商返点", "外部环境", "高风险", "耗材采购纳入平台集中采购，用量按月分析。", "已落实"),
            ("分管科室医保违规收费问题不处理", "岗位职责", "中风险", "医保自查问题清单化整改，结果通报。", "已落实"),
        ]),
        ("佴筠溪", "药剂科", "药剂师", "general", [
            ("按开药金额接受药企返点", "思想道德", "高风险", "处方点评每月开展，异常用量预警。", "已落实"),
            ("药品验收不严，以次充好", "业务流程", "中风险", "药品验收双人核对，验收记录存档。", "正在整改"),
            ("过期药品处置登记不全", "制度机制", "低风险", "报损药品经科室和中心审批后统一销毁。", "已落实"),
        ]),
        ("矫洵屿", "医保办", "医保专管员", "general", [
            ("串换诊疗项目、虚记费用骗取医保基金", "岗位职责", "高风险", "医保结算明细每月抽查，异常数据约谈。", "已落实"),
            ("泄露参保人员信息", "思想道德", "低风险", "医保系统账号专人专用，查询留痕。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年10月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xincheng_changlezhonglu_center_selfchecks", "http://www.xygpl.com/contents/3/20021.html",
        "区长乐中路街道社区卫生服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 新医改 "
        "commentary on 医药领域 违法案件 (耗材回扣, 处方, 医保基金): a title, a LABEL ROW ``姓　名 | 科　室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def xincheng_hansenzhai_center_duties() -> dict:
    unit = f"{PLACE}韩森寨街道社区卫生服务中心"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "茹靖珂"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    rows = [
        ("中心领导", "副主任", chief, "leader", [
            ("基本公共卫生服务绩效考核", "考核中对虚报工作量的科室不扣分", "岗位职责风险", "一级风险",
             "考核结果经中心办公会审定并公示。"),
        ]),
        ("公共卫生科", "科长", "鄂沅熹", "middle", [
            ("慢性病患者健康管理", "虚增高血压、糖尿病患者规范管理人数", "业务流程风险", "一级风险", "管理档案抽查回访，数据与诊疗记录比对。"),
            ("老年人健康体检", "体检人次重复统计，虚报工作量", "制度机制风险", "二级风险", "体检名单公示，系统自动去重。"),
        ]),
        ("公共卫生科", "公卫医生", "宓曦澄", "general", [
            ("妇女保健服务", "孕产妇随访记录补记、编造", "思想道德风险", "三级风险", "随访记录科长每月抽查。"),
        ]),
        ("护理部", "护士长", "仝璟淳", "middle", [
            ("医用耗材申领", "耗材申领量与实际使用不符", "业务流程风险", "二级风险", "耗材申领与收费数据每月核对。"),
            ("护理人员排班", "排班优亲厚友，收受好处", "外部环境风险", "三级风险", "排班表提前公示，调班登记。"),
        ]),
        ("收费室", "收费员", "暴淙宁", "general", [
            ("门诊收费", "少收费、漏收费后截留现金", "岗位职责风险", "二级风险", "收费日结日清，票据连号核销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年10月", None, None)
    return _layout(
        "xincheng_hansenzhai_center_duties", "http://m.jizihe.com/page/2020/1009/14898218.shtml",
        "区韩森寨街道社区卫生服务中心 廉政风险防控责任清单, after the source's study of a 社区卫生服务中心's 公共卫生服务工作量 (基本"
        "公共卫生服务, 慢性病, 妇女保健, 标化工作量): a title, then 序号/责任科室 merged (中心领导, 公共卫生科, 护理部, 收费室)/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/a LAST ``分管领导`` column naming the 副主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xincheng_zhongshanmen_center_every_row() -> dict:
    unit = f"{PLACE}中山门街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "琚杳涵", "leader", "医保基金使用中默许科室串换收费项目", "Ⅰ",
         "医保基金使用每月自查，问题集体研究整改。"),
        ("中心领导", "主任", "琚杳涵", "leader", "房屋修缮项目化整为零规避采购程序", "Ⅰ", "修缮项目按限额公开采购。"),
        ("全科医疗科", "科主任", "谌婳溪", "middle", "诱导参保人员住院、挂床", "Ⅱ", "住院病历每月抽查，床位实时核查。"),
        ("全科医疗科", "护士", "寇湜舟", "general", "代参保人员刷卡开药", "Ⅱ", "刷卡须本人到场，身份核验留痕。"),
        ("后勤科", "采购员", "浦栩澜", "general", "办公和维修物资采购虚报价格", "Ⅰ", "采购三家比价，验收与采购分离。"),
        ("后勤科", "采购员", "浦栩澜", "general", "医疗废物处置量登记不实", "Ⅲ", "医疗废物交接联单逐日登记。"),
        ("财务科", "会计", "郜昕泠", "general", "专项资金列支不真实", "Ⅱ", "专项资金专账核算，凭证逐笔审核。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "xincheng_zhongshanmen_center_every_row", "https://m.fx361.cc/news/2022/1217/13092863.html",
        "区中山门街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's note on 医保基金 监督 and 举报 (欺诈骗保, 内部人员): "
        "``附件1``, a title, 序号/科室/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xincheng_cdc_pivot_counts(),
    xincheng_health_bureau_two_sheets(),
    xincheng_xiyilu_center_group_rows(),
    xincheng_maternal_center_cards(),
    xincheng_health_supervision_posts(),
    xincheng_changlezhonglu_center_selfchecks(),
    xincheng_hansenzhai_center_duties(),
    xincheng_zhongshanmen_center_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch367-inbox"))
