"""The seven-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's emergency
and fire bodies, 克什克腾旗 (of 赤峰市, 内蒙古) — its 应急管理局, 消防救援大队, 地震局, 应急物资储备库,
森林草原防灭火指挥部办公室, 安全生产监督执法大队 and 应急救援服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed, and one harder:

- ``keshiketeng_enforcement_residual``: the 应急管理综合行政执法大队's 廉政风险评估表 with TWO level
  columns, ``固有风险等级`` before the measures and ``剩余风险等级`` after them (the risk left once the
  measures are carried out, mostly a grade lower), a ``注：`` line saying which is which. The
  README's 读得懂的表 knows a former grade beside a change mark, an 调整后等级 column, levels by
  control tiers and folded five-grade scales; it does not describe an inherent and a residual
  grade of the same point side by side, the measures between them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 谷梁 and 左丘
with rare given names); every unit is a body of 克什克腾旗.

Run ``python tests/published/score.py --set batch703`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file the point's level is its 固有风险等级 (the grade the point is
assessed at, before the measures), the 剩余风险等级 is no level of the point; ``一级/二级/三级``,
高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` are 1/2/3; 局长, 大队长, 主任 of the
unit are leaders, 股长/科长/队长 middle, the rest general; the 排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b703_"
PLACE = "克什克腾旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, name, tier, [(风险点, 固有风险等级, 防控措施, 剩余风险等级)])
ENFORCEMENT = [
    ("大队长", "谷梁翀霁", "leader", [
        ("行政处罚案件自由裁量不按基准执行", "高", "严格执行行政处罚裁量基准，重大案件集体讨论", "中"),
        ("为被检查企业说情打招呼", "高", "干预执法一律登记报告", "中"),
    ]),
    ("执法一中队队长", "左丘泺晗", "middle", [
        ("执法检查选择性检查、随意减少检查频次", "高", "执法检查计划公示，双随机抽取检查对象", "低"),
        ("对发现的重大事故隐患不依法处理", "中", "重大隐患挂牌督办，跟踪销号", "低"),
        ("收受矿山企业礼品礼金", "中", "签订廉洁执法承诺书", "低"),
    ]),
    ("执法队员", "谷梁璆澍", "general", [
        ("现场检查记录不实、以罚代改", "中", "全程执法记录仪记录，案卷评查", "低"),
        ("泄露检查时间和检查内容", "低", "检查前统一收缴通讯工具", "低"),
    ]),
]  # fmt: skip


def keshiketeng_enforcement_residual() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    sh = _Sheet("风险评估表", [6, 14, 10, 38, 10, 40, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险评估表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}2025年5月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "固有风险等级", "防控措施", "剩余风险等级")
    first = len(sh.rows)
    n = 0
    for post, who, tier, items in ENFORCEMENT:
        for point, lv, m, rest in items:
            n += 1
            sh.add(n, post, who, point, lv, m, rest)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(
        sh,
        "注：固有风险等级为未采取防控措施时的风险等级，剩余风险等级为落实防控措施后的风险等级，均分高、中、低三级。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, None, None, None)
    return _layout(
        "keshiketeng_enforcement_residual", "http://lotussunrise.com/gdywdt/gdyw/content/post_2995769.html",
        "(harder) 旗应急管理综合行政执法大队 廉政风险评估表, after the source's 自然灾害防治 (风险调查, 隐患排查): a title, a "
        "填报单位 line, ``序号 | 岗位 | 姓名 | 廉政风险点 | 固有风险等级 | 防控措施 | 剩余风险等级`` — TWO grades of one point, "
        "the inherent before the measures and the residual after them (mostly a grade lower); 岗位/姓名 merged per "
        "person; 高/中/低; a ``注：`` line saying which is which and a 填表人/审核人 line; the point's level is the 固有",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def keshiketeng_emergency_bureau_list() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "左丘嫣沨", "leader", "安全生产行政许可审批个人说了算", "一级", "许可事项集体研究，网上公开办理。"),
        ("局领导", "局长", "左丘嫣沨", "leader", "应急物资采购干预供应商选定", "一级", "采购一律按政府采购程序执行。"),
        ("安全生产综合监管股", "股长", "谷梁彧琛", "middle", "非煤矿山安全评价报告审查不严", "二级", "评价报告专家评审。"),
        ("安全生产综合监管股", "科员", "左丘翾湄", "general", "危化品经营许可现场核查走过场", "二级", "现场核查双人进行并留存影像。"),
        ("救灾和物资保障股", "股长", "谷梁霂岚", "middle", "救灾资金分配优亲厚友", "一级", "救灾资金分配张榜公示。"),
        ("救灾和物资保障股", "股长", "谷梁霂岚", "middle", "受灾群众口粮救助虚报冒领", "二级", "救助对象入户核实。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "keshiketeng_emergency_bureau_list", "http://law.foodmate.net/show-210908.html",
        "旗应急管理局 岗位廉政风险防控一览表, after the source's 应急管理规划 (风险防控, 隐患排查, 应急救援): ``附件1``, a "
        "title, 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def keshiketeng_fire_brigade_posts() -> dict:
    unit = f"{PLACE}消防救援大队"
    sh = _Sheet("排查表", [6, 12, 14, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "消防装备采购指定品牌型号", "制度机制风险", "高", "装备采购技术参数论证，公开招标。"),
        ("大队领导", "大队长", "leader", "干预消防监督检查结果", "岗位职责风险", "高", "检查结果网上录入，不得事后修改。"),
        ("防火监督科", "监督员", "general", "消防安全检查中吃拿卡要", "思想道德风险", "中", "检查全程执法记录仪记录。"),
        ("防火监督科", "监督员", "general", "火灾隐患整改复查不到位", "业务流程风险", "中", "复查结果与申请人见面签字。"),
        ("后勤保障组", "助理", "general", "营房维修工程虚增工程量", "外部环境风险", "低", "工程量现场复核，审计结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "keshiketeng_fire_brigade_posts", "https://ehs.cn/law/116810.html",
        "旗消防救援大队 岗位廉政风险点排查表 对岗不对人, after the source's 消防安全风险管控 (隐患排查, 救援能力): 部门 and "
        "岗位 merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def keshiketeng_earthquake_cards() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    cards = [
        ("局长", "左丘澂翊", "局长", "主持全局工作", "leader", [
            ("地震监测台站建设项目发包暗箱操作", "★★★", "项目发包公开招标，集体决策。"),
            ("建设工程抗震设防要求审核放宽标准", "★★", "抗震设防审核双人复核。"),
        ]),
        ("监测员", "谷梁岫泠", "监测员", "地震监测设备运行维护", "general", [
            ("监测设备维修费用虚报", "★★", "维修费用凭验收单报销。"),
            ("监测数据篡改或漏报", "★★★", "数据自动上传，异常留痕。"),
            ("接受设备供应商宴请", "★", "严守廉洁纪律。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "keshiketeng_earthquake_cards", "https://lw33.cn/article/5165621787d0c1134eab9b05.html",
        "旗地震局 防控卡, one sheet a person, after the source's 应急管理的演进 (地震, 抢险救援): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def keshiketeng_reserve_selfchecks() -> dict:
    unit = f"{PLACE}应急物资储备库"
    t = _Truth(unit)
    people = [
        ("左丘琇霆", "储备库", "主任", "leader", [
            ("储备物资采购验收把关不严", "Ⅰ级", "物资入库三方验收。", "已落实"),
            ("物资调拨不按审批程序", "Ⅱ级", "调拨凭指挥部指令单。", "已落实"),
        ]),
        ("谷梁沄璟", "储备库", "保管员", "general", [
            ("账实不符、物资私自外借", "Ⅰ级", "每季度盘点，账物卡一致。", "已落实"),
            ("过期物资处置不公开", "Ⅲ级", "报废物资公开处置。", "未发现问题"),
            ("出入库登记不及时", "Ⅱ级", "出入库信息系统实时登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "keshiketeng_reserve_selfchecks", "http://www.boteman.cn/paper/476471376.html",
        "旗应急物资储备库 自查表, one sheet a person, after the source's 火灾隐患排查活动 (排查, 整改): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def keshiketeng_fireprevention_group_rows() -> dict:
    unit = f"{PLACE}森林草原防灭火指挥部办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [("主任", "左丘瀛珂", "leader", [
            ("防火物资采购不公开比价", "高风险", "物资采购比质比价，集体审定。"),
            ("护林员聘用优亲厚友", "中风险", "护林员聘用公开招考。"),
        ])]),
        ("二、防火业务股", "防火业务股", [("股长", "谷梁砚峤", "middle", [
            ("野外用火审批把关不严", "高风险", "用火审批现场踏查。"),
            ("护林员补助发放不实", "中风险", "补助按考勤核发，公示。"),
            ("接受林场、牧户吃请", "低风险", "严守纪律。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "keshiketeng_fireprevention_group_rows", "http://freshrice365.com/content/2024-11/11/content_690087.htm",
        "旗森林草原防灭火指挥部办公室 责任清单 under group rows ``一、办公室领导``, ``二、防火业务股``; 岗位/姓名 merged per "
        "person; ``高风险/中风险/低风险``, after the source's 消防救援工作年度回顾 (火灾防控, 隐患整改)",
        [sh], t,
    )  # fmt: skip


def keshiketeng_safety_enforcement_register() -> dict:
    unit = f"{PLACE}安全生产监督执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "左丘昉澍", "leader", [
            ("重大案件处罚决定不经集体讨论", "制度机制", "一级", "重大案件法制审核和集体讨论。"),
            ("执法检查计划随意调整", "岗位职责", "二级", "检查计划报局审批。"),
        ]),
        ("执法二中队", "中队长", "谷梁淏珣", "middle", [
            ("对违法企业降格处理", "业务流程", "一级", "处罚案卷定期评查。"),
        ]),
        ("执法二中队", "执法员", "左丘潆岚", "general", [
            ("现场检查接受企业宴请", "思想道德", "三级", "检查期间统一就餐。"),
            ("执法文书制作不规范", "业务流程", "二级", "文书网上制作留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "keshiketeng_safety_enforcement_register", "http://www.shanwei.gov.cn/shanwei/zwgk/jcxx/zfgb/szfbgs/2017/content/post_26809.html",
        "旗安全生产监督执法大队 排查登记表: a 填报单位 line, 部门 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's 消防工作规划 (隐患排查, 责任体系)",
        [sh], t,
    )  # fmt: skip


def keshiketeng_rescue_center_two_sheets() -> dict:
    unit = f"{PLACE}应急救援服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("谷梁筠翮", "主任", "救援车辆和装备采购干预评标", "一级", "评标专家随机抽取，全程录像。"),
        ("谷梁筠翮", "主任", "救援补助经费违规发放", "二级", "补助发放经集体研究并公示。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救援保障科", "科长", "左丘骞琰", "middle", "救援装备维修费用审核不严", "一级", "维修费用凭验收单审核。"),
        ("救援保障科", "驾驶员", "谷梁珞澜", "general", "公车私用、虚报油料费", "二级", "车辆装北斗定位，油卡管理。"),
        ("救援保障科", "驾驶员", "谷梁珞澜", "general", "救援车辆维修指定修理厂", "三级", "定点维修公开招标。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "keshiketeng_rescue_center_two_sheets", "http://cqzaitu.com/news/show-35460.html",
        "旗应急救援服务中心 一览表 in two sheets 中心领导/科室, ``一级/二级/三级``, no type column, after the source's "
        "消防救援支队 (抢险救援, 后勤保障)",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    keshiketeng_enforcement_residual(),
    keshiketeng_emergency_bureau_list(),
    keshiketeng_fire_brigade_posts(),
    keshiketeng_earthquake_cards(),
    keshiketeng_reserve_selfchecks(),
    keshiketeng_fireprevention_group_rows(),
    keshiketeng_safety_enforcement_register(),
    keshiketeng_rescue_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch703-inbox"))
