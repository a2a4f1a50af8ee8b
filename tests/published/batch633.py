"""The six-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's health
supervision and disease-control bodies, 九原区 (of 包头市, 内蒙古自治区) — its 卫生健康局, 卫生健康综合
行政执法大队, 疾病预防控制中心, 妇幼保健计划生育服务中心 and 社区卫生服务中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人 (``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低);
- the 妇幼保健计划生育服务中心's 自查表, one sheet a person (label row over values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 沙河街道社区卫生服务中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 医疗保障局's 防控卡 (基金监管 beside the health bodies), one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 萨如拉街道社区卫生服务中心's 一览表 under ``附件3`` and a 填报单位 line, holders on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 疾病预防控制中心传染病防治所's 排查登记表 (``科室`` merged, ``岗位 | 姓名`` merged per person, short
  types, ``一级/二级/三级``, a ``注：`` line).

One is harder:

- ``jiuyuan_health_enforcement_division_of_labour``: the 卫生健康综合行政执法大队's 风险点清单 with NO
  holder column (``序号 | 风险点 | 风险等级 | 防控措施``, the points numbered 1…N straight through, under
  section rows by 监督专业), and BELOW it, after a blank row, a ``岗位分工及风险点对应表``
  (``科室 | 岗位 | 姓名 | 对应风险点``) whose last column names the points by RANGES and lists of the
  list's numbers in words — ``第1至3项``, ``第4、5项``, ``第6至7项`` — and, for the 大队长,
  ``全部``. Each holder's points are the numbered rows his cell covers (a range takes both ends and
  everything between), with the rows' levels; the section rows name no 科室. As far as this helper
  found in the README's 读得懂的表 (grepping 分工, 对应, 序号, 全部), a staff table naming point numbers
  is known only as ``post name（1、2）`` in one holders' cell or by the points' names; ranges ``第1至4项``
  and ``全部`` in a separate 分工 table under the list are not described.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 覃 and 韦 with
rare given names); every unit is a body of 九原区.

Run ``python tests/published/score.py --set batch633`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``全部`` gives the holder every numbered point; ``第1至3项`` gives 1, 2 and 3; a
  point is then two holders' (the 大队长's and a 中队长's); the section rows (``一、公共场所卫生监督``) are
  no 科室 and no points; the 分工 table's 科室 is the holders' 科室;
- 局长, 副局长, 主任 of a 中心, 大队长 and 医疗保障局's 副局长 are leaders; 股长, 科长 and 中队长 middle; the rest general;
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

PREFIX = "b633_"
PLACE = "九原区"
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

# (section row, [(风险点, 风险等级, 防控措施)]) numbered 1…N straight through
SECTIONS = [
    ("一、公共场所卫生监督", [
        ("公共场所卫生许可现场审查降低标准、人情审批", "高", "现场审查两人以上，审查意见集体复核。"),
        ("日常监督检查选择性执法，对部分经营单位“打招呼”不查", "高", "检查对象和执法人员“双随机”抽取。"),
        ("检测报告采信不严，默许经营单位提供虚假检测结果", "中", "检测结果与抽检数据比对，异常的复检。"),
    ]),
    ("二、医疗卫生监督", [
        ("查处非法行医中事实认定不清、裁量不当", "高", "严格执行行政处罚裁量基准，重大案件法制审核。"),
        ("医疗废物处置监督检查走过场", "低", "检查记录表逐项填写，留存影像资料。"),
    ]),
    ("三、传染病防治和饮用水卫生监督", [
        ("供水单位卫生许可延续审查把关不严", "中", "许可延续材料两级审核。"),
        ("水质抽检样品采集不规范，替换样品", "低", "采样全程执法记录仪记录，双人采样封样。"),
    ]),
]  # fmt: skip

# the 分工 table: (科室, 岗位, 姓名, tier, shown, point numbers)
DIVISION = [
    ("大队领导", "大队长", "覃沅翊", "leader", "全部", None),
    ("公共卫生监督中队", "中队长", "韦琤峣", "middle", "第1至3项", [1, 2, 3]),
    ("医疗卫生监督中队", "中队长", "覃霁岚", "middle", "第4、5项", [4, 5]),
    ("传染病与饮用水监督中队", "中队长", "韦汐旻", "middle", "第6至7项", [6, 7]),
]  # fmt: skip


def jiuyuan_health_enforcement_division_of_labour() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("风险点清单", [6, 44, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 4)
    sh.add("序号", "风险点", "风险等级", "防控措施")
    numbered = []
    n = 0
    for shown, points in SECTIONS:
        _line(sh, shown, 4)
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
            numbered.append((point, HML[lv]))
    sh.add()
    _line(sh, "岗位分工及风险点对应表", 4)
    sh.add("科室", "岗位", "姓名", "对应风险点")
    for dept, post, who, tier, shown, nums in DIVISION:
        sh.add(dept, post, who, shown)
        for k in nums or range(1, n + 1):
            point, lv = numbered[k - 1]
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：风险点序号见上表；风险等级分高、中、低三级。", 4)
    sh.add("填表：", None, "审核：", "2025年6月")
    return _layout(
        "jiuyuan_health_enforcement_division_of_labour",
        "https://www.21xqjy.com/archive/diao-yan-wei-sheng-jian-du-neng-li-jian-she-xian-zhuang-yu-tiao-zhan-ru-he-ti-sheng-ji-ceng-zhi-fa-x.html",
        "(harder) 区卫生健康综合行政执法大队 廉政风险点清单, after the source's 调研 on 卫生监督能力建设 (公共场所、饮用水、"
        "医疗机构 modules, 双随机一公开, 移动执法终端): a title, ``序号 | 风险点 | 风险等级 | 防控措施`` with NO holder "
        "column, points numbered straight through under section rows by 监督专业; BELOW, a ``岗位分工及风险点对应表`` "
        "``科室 | 岗位 | 姓名 | 对应风险点`` whose cells name the list's numbers as ranges and lists (``第1至4项``, "
        "``第4、5项``) or ``全部``; 高/中/低, no type column; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiuyuan_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("覃泷昀", "局长", "主持全面工作", [
            ("卫生健康重大项目资金安排个人说了算", "一级", "重大资金安排经局党组会集体研究。"),
            ("干预下属医疗机构药品耗材采购", "一级", "药品耗材一律在自治区平台集中采购。"),
        ]),
        ("韦翃澍", "副局长", "分管医政、综合监督", [
            ("对医疗机构违法行为说情、干预查处", "一级", "说情干预登记报告，案件集体审议。"),
            ("医疗机构校验走过场", "二级", "校验结果公示，接受社会监督。"),
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
        ("医政医管股", "股长", "覃岫澐", "middle", "医师执业注册审核不严", "一级", "注册材料两级审核，结果网上公示。"),
        ("医政医管股", "股长", "覃岫澐", "middle", "医疗纠纷调处偏袒一方", "二级", "调处过程记录，双方签字确认。"),
        ("规划财务股", "股长", "韦湝珩", "middle", "公共卫生专项资金拨付不按绩效考核结果", "一级",
         "资金按考核结果拨付，拨付方案公开。"),
        ("规划财务股", "会计", "覃淏漪", "general", "报销单据审核不严，虚列支出", "二级", "报销单据三级审核。"),
        ("人事股", "股员", "韦筠翾", "general", "卫生专业技术人员招聘资格审查走过场", "三级", "资格审查双人复核，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiuyuan_health_bureau_two_sheets",
        "https://dakule.com/zh-cn/content/cf55e65e1325af3fe36ded87491722d3.html",
        "区卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 卫健委 officials under investigation "
        "(医药领域反腐, 卫生健康委 党组书记、主任、副主任): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiuyuan_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测试剂和设备采购指定品牌", "制度机制风险", "高", "采购需求集体论证，进入平台采购。"),
        ("检验科", "科长", "middle", "委托检测收费不按标准，多收少收", "业务流程风险", "高", "收费项目和标准公示，票据统一开具。"),
        ("检验科", "检验员", "general", "检测数据篡改、出具虚假报告", "岗位职责风险", "中", "检测原始记录留存，报告双人复核。"),
        ("免疫规划科", "科长", "middle", "疫苗出入库不登记，账物不符", "业务流程风险", "中", "疫苗出入库扫码追溯，每月盘点。"),
        ("免疫规划科", "疫苗管理员", "general", "接受疫苗配送企业好处", "外部环境风险", "中", "配送企业公开比选，签订廉洁协议。"),
        ("办公室", "出纳", "general", "应急物资资金挤占挪用", "思想道德风险", "低", "应急物资专账核算，定期审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jiuyuan_cdc_posts", "http://m.shuixizi.com/info/2151/241981.htm",
        "区疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's news on 疾控机构 检测收费标准 (收费公示, "
        "不得擅自增加收费项目, 试剂零差率): 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/高/中/低/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def jiuyuan_maternal_child_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    people = [
        ("覃濯昕", "中心领导", "主任", "leader", [
            ("孕产妇免费筛查项目经费虚报套取", "Ⅰ级", "项目经费按实际服务量结算，专账核算。", "已落实"),
            ("医疗设备采购指定供应商", "Ⅰ级", "设备采购集体论证、公开招标。", "未发现问题"),
        ]),
        ("韦珏瑄", "妇女保健科", "医师", "general", [
            ("出具虚假出生医学证明", "Ⅰ级", "出生医学证明专人管理，签发双人核对。", "已落实"),
            ("推荐患者到民营机构就诊收取好处", "Ⅱ级", "签订廉洁行医承诺书。", "已落实"),
        ]),
        ("覃芃瀚", "儿童保健科", "科长", "middle", [
            ("儿童体检收费不规范", "Ⅱ级", "收费标准公示，电子票据。", "未发现问题"),
            ("营养品推销收取回扣", "Ⅲ级", "严禁推销营养品，家长监督电话公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiuyuan_maternal_child_selfchecks", "http://m.x771001.net/show.asp?id=7949",
        "区妇幼保健计划生育服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's story "
        "of a 卫生监督所 执法监督员 and a 民营妇产医院 (医疗欺诈, 吊销执业许可证, 计划生育技术服务): a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, then 序号/风险点/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况",
        sheets, t,
    )  # fmt: skip


def jiuyuan_shahe_community_group_rows() -> dict:
    unit = f"{PLACE}沙河街道社区卫生服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "韦澈珣", "leader", [
                ("基本公共卫生服务项目资金虚报冒领", "一级风险", "项目资金按考核结果拨付，台账公示。"),
                ("家庭医生签约服务费分配不公", "二级风险", "分配方案经职工会议通过。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "覃璘翙", "middle", [
                ("居民健康档案造假，虚增服务量", "一级风险", "档案抽查电话回访。"),
            ]),
            ("医师", "韦泓晞", "general", [
                ("慢病随访记录弄虚作假", "二级风险", "随访记录与系统数据比对。"),
            ]),
        ]),
        ("三、药剂科", "药剂科", [
            ("药剂员", "覃珩湄", "general", [
                ("药品出入库不登记，私自处置过期药品", "二级风险", "药品出入库扫码，过期药品集中销毁。"),
                ("收受药品配送企业好处", "三级风险", "签订廉洁购销协议。"),
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
        "jiuyuan_shahe_community_group_rows", "https://m.med126.com/rencai/2013/20130710164330_679763.shtml",
        "街道社区卫生服务中心 廉政风险防控责任清单, after the source's 全市卫生监督工作要点 (网格协管, 规范执法, "
        "卫生监督所、疾病预防控制中心): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、公共卫生科``, ``三、药剂科``; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def jiuyuan_enforcement_cards() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    cards = [
        ("副局长（一）", "韦湘珮", "副局长", "分管基金监管和稽核", "leader", [
            ("定点医药机构双随机抽查名单人为调整", "★★★", "抽查名单系统随机生成，留痕备查。"),
            ("行政处罚案件减轻处罚无依据", "★★★", "减轻处罚一律提交案审会。"),
            ("接受监管对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副局长（二）", "覃澄岍", "副局长", "分管医药服务管理", "leader", [
            ("欺诈骗保案件线索压案不查", "★★", "案件线索登记台账，定期清理。"),
            ("定点医疗机构协议考核走过场", "★★", "检查结果公示。"),
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
        "jiuyuan_enforcement_cards",
        "https://www.21xqjy.com/archive/wei-sheng-jian-du-suo-gao-zhi-liang-fa-zhan-ru-he-po-jie-ji-ceng-zhi-fa-nan-ti-bing-ti-sheng-gong-go.html",
        "区医疗保障局 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on 卫生监督所 高质量发展 "
        "(执法力量不足, 医疗美容, 新业态监管): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, 序号/风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiuyuan_saerla_community_list() -> dict:
    unit = f"{PLACE}萨如拉街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "韦瀞昶", "leader", "医保基金违规结算，虚记诊疗项目", "制度机制", "高风险",
         "医保结算数据每月自查。"),
        ("中心领导", "主任", "韦瀞昶", "leader", "绩效工资分配优亲厚友", "岗位职责", "中风险", "分配方案公示。"),
        ("全科医疗科", "科长", "覃煦珞", "middle", "开大处方、搭车开药", "业务流程", "中风险", "处方点评每月一次。"),
        ("收费室", "收费员", "韦绮澴", "general", "收费不开票据，截留收入", "业务流程", "高风险", "收费日清日结。"),
        ("后勤科", "科长", "覃岷澂", "middle", "维修项目化整为零", "外部环境", "中风险", "维修项目集体研究。"),
        ("后勤科", "保管员", "韦珞湲", "general", "防疫物资账实不符", "思想道德", "低风险", "物资每季盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jiuyuan_saerla_community_list",
        "http://www.ggdlvshi.cn/2025/09/28/%e5%8d%ab%e7%94%9f%e5%81%a5%e5%ba%b7%e8%a1%8c%e6%94%bf%e6%89%a7%e6%b3%95%e9%a2%86%e5%9f%9f%e6%b6%89%e4%bc%81%e8%a1%8c%e6%94%bf%e6%89%a7%e6%b3%95%e5%85%b8%e5%9e%8b%e6%a1%88%e4%be%8b%e8%af%84%e6%9e%90",
        "街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's comment on a 卫生健康 行政执法 典型案例 (非法行医, "
        "裁量不当, 案卷评查): ``附件3``, a 填报单位（盖章） line, 科室/岗位/责任人 on EVERY row, short types, "
        "``高风险/中风险/低风险``; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def jiuyuan_cdc_lab_register() -> dict:
    unit = f"{PLACE}疾病预防控制中心传染病防治所"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "覃湛珧", "leader", [
            ("疫情处置物资采购不按程序", "制度机制", "一级", "应急采购事后补办手续并公示。"),
            ("传染病疫情信息迟报、瞒报", "岗位职责", "二级", "疫情信息网络直报，专人审核。"),
        ]),
        ("急性传染病防制科", "科长", "韦翊淙", "middle", [
            ("流调报告弄虚作假", "岗位职责", "二级", "流调报告双人复核。"),
        ]),
        ("消毒与病媒防制科", "防制员", "覃瑭涴", "general", [
            ("消杀药械验收不严，接受供货商好处", "外部环境", "一级", "药械验收双人签字。"),
            ("消杀服务收费不开票据", "业务流程", "三级", "收费统一开具票据。"),
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
        "jiuyuan_cdc_lab_register", "https://xiexiebang.com/a10/201905147/0de266dea9db1cc8.html",
        "区疾控中心 传染病防治所 廉政风险点排查登记表, after the source's 中国疾控中心 on 手足口病 (疫情报告, 传染病监测, "
        "消毒): 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiuyuan_health_enforcement_division_of_labour(),
    jiuyuan_health_bureau_two_sheets(),
    jiuyuan_cdc_posts(),
    jiuyuan_maternal_child_selfchecks(),
    jiuyuan_shahe_community_group_rows(),
    jiuyuan_enforcement_cards(),
    jiuyuan_saerla_community_list(),
    jiuyuan_cdc_lab_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch633-inbox"))
