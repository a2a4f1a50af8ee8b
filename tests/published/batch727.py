"""The seven-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the forestry bodies of one
county-level city, 和龙市 (延边朝鲜族自治州, 吉林省) — its 林业局, 国有林总场, 森林病虫害防治检疫站,
木材检查站, 林业工作站, 苗圃 and 森林防火指挥部办公室 — and one harder file:

- ``helong_forest_farm_block_bars``: the 国有林总场's 廉政风险点评估表, no level words: a
  ``风险指数`` column whose cells are text bars of ``■`` and ``□`` (five cells, ``■■■■□`` = 4 of 5, as an
  Excel ``REPT`` formula prints them), folded into three grades by a ``注：`` line (``■`` 4–5 个为一级,
  3 个为二级, 1–2 个为三级). The README's 读得懂的表 knows stars ``★★★/★★/★`` read one-to-one and five grades
  folded by a note written in words; it does not describe a bar of filled and empty blocks counted
  and folded by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 茆 and 谌).

Judgement calls: the ``■`` count is the score, the note folds it (4–5 → 1, 3 → 2, 1–2 → 3); 局长,
副局长, 场长, 副场长, 站长 are leaders, 股长/科长 middle, the rest general; a 股/科/站's office is the 科室.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``); no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b727_"
PLACE = "和龙市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
BARS = {"■■■■■": 1, "■■■■□": 1, "■■■□□": 2, "■■□□□": 3, "■□□□□": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FARM = [
    ("场领导", "场长", "茆翾岧", "leader", [
        ("林木采伐指标分配不经班子集体研究", "■■■■■", "采伐指标经场务会研究，分配结果公示。"),
        ("森林抚育项目作业设计与实际不符，虚增作业面积", "■■■■□", "抚育作业设计第三方审核，验收实地核查。"),
    ]),
    ("资源管护科", "科长", "谌翀峣", "middle", [
        ("护林员考核走过场，虚报管护天数", "■■■□□", "护林员巡护轨迹APP打卡，月度抽查。"),
        ("林地占用现场查验不实", "■■■■□", "查验两人以上到场，影像存档。"),
    ]),
    ("营林生产科", "技术员", "茆翥崟", "general", [
        ("造林苗木验收数量把关不严", "■■□□□", "苗木验收供苗、用苗、监督三方签字。"),
        ("林下经济项目承包人员优亲厚友", "■□□□□", "承包项目公开竞价，结果公示。"),
    ]),
]  # fmt: skip


def helong_forest_farm_block_bars() -> dict:
    unit = f"{PLACE}国有林总场"
    sh = _Sheet("评估表", [6, 12, 10, 10, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点评估表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险指数", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FARM:
        for point, bar, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, bar, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARS[bar])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险指数按5分评定，“■”为得分；■4—5个为一级风险，3个为二级风险，1—2个为三级风险。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "helong_forest_farm_block_bars", "http://hljszw.org.cn/home/book/info/get_id/284981.html",
        "(harder) 国有林总场 岗位廉政风险点评估表, after the source's 三总量 检查 (采伐, 林政, 森保, 木材): 科室 merged, "
        "岗位/姓名 merged per person, a ``风险指数`` column of ``■``/``□`` bars (five cells) folded by a ``注：`` line "
        "into 一级/二级/三级; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def _list(name, unit, source, desc, sheet, heads, rows, levels, typed, with_dept, with_name,
          pre=(), post=()):  # fmt: skip
    """A one-sheet list: rows are (dept, post, who, tier, point, type, level, measures)."""
    ncol = len(heads)
    sh = _Sheet(sheet, [6] + [12] * (ncol - 3) + [36, 32])
    t = _Truth(unit)
    for line in pre:
        _line(sh, line, ncol)
    sh.add(*heads)
    first = len(sh.rows)
    for n, (dept, p, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        cells = [n]
        if with_dept:
            cells.append(dept)
        cells.append(p)
        if with_name:
            cells.append(who)
        cells.append(point)
        if typed:
            cells.append(typ)
        cells += [lv, measures]
        sh.add(*cells)
        t.point(sh.name, dept if with_dept else "", p, who if with_name else "", tier, point,
                types_in(typ) if typed else [], levels[lv])  # fmt: skip
    if with_dept and with_name:
        _per_person(sh, first, 1, 2, 3)
    elif with_dept:
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    for line in post:
        _line(sh, line, ncol)
    return _layout(name, source, desc, [sh], t)


def helong_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    rows = [
        ("局领导", "局长", "谌翯岨", "leader", "林业项目资金分配个人说了算", "制度机制", "一级",
         "项目资金分配经局党组会集体研究。"),
        ("局领导", "局长", "谌翯岨", "leader", "干预林业工程招投标", "岗位职责", "一级", "工程一律进入公共资源交易平台。"),
        ("林政资源股", "股长", "茆峘翚", "middle", "林木采伐许可证审核把关不严", "业务流程", "一级",
         "采伐许可网上申请，审核留痕。"),
        ("林政资源股", "股长", "茆峘翚", "middle", "使用林地现场查验走过场", "岗位职责", "二级", "现场查验两人以上并拍照存档。"),
        ("计划财务股", "会计", "谌岏翙", "general", "生态公益林补偿资金核发不实", "业务流程", "二级",
         "补偿资金打卡发放，名单公示。"),
        ("计划财务股", "会计", "谌岏翙", "general", "报账票据审核不严", "思想道德", "三级", "报账单据三级审核。"),
    ]  # fmt: skip
    return _list(
        "helong_forestry_bureau_list", unit, "https://m.fx361.com/news/2018/0807/3976049.html",
        "市林业局 岗位廉政风险防控一览表, after the source's 国有林场改革 (管护站点, 林地争议, 生态工程): 科室 merged, "
        "岗位/姓名 merged per person, 风险类型 short names, 一级/二级/三级",
        "一览表", ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"), rows, GRADES,
        True, True, True, pre=(f"{unit}岗位廉政风险防控一览表",), post=("制表：办公室　　审核：　　2025年4月",),
    )  # fmt: skip


def helong_pest_station_posts() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    rows = [
        ("检疫股", "检疫员", "", "general", "植物检疫证书不经现场检疫即签发", "岗位职责风险", "高",
         "检疫证书凭现场检疫记录签发，系统留痕。"),
        ("检疫股", "检疫员", "", "general", "复检时收受货主好处放行", "思想道德风险", "高", "复检两人同行，执法记录仪全程记录。"),
        ("防治股", "股长", "", "middle", "防治药剂采购指定供应商", "制度机制风险", "中", "药剂采购三家比价，集体确定。"),
        ("防治股", "股长", "", "middle", "防治作业面积虚报", "业务流程风险", "中", "作业面积GPS核实，乡镇签字。"),
        ("测报股", "测报员", "", "general", "疫情监测数据弄虚作假", "业务流程风险", "低", "监测数据双人复核。"),
    ]  # fmt: skip
    return _list(
        "helong_pest_station_posts", unit, "http://beijing.baogaosu.com/xinwen/%E4%BF%9D%E6%8A%A4%E5%8F%91%E5%B1%95%E6%A3%AE%E6%9E%97%E8%B5%84%E6%BA%90%E7%9B%AE%E6%A0%87%E8%B4%A3%E4%BB%BB%E5%88%B6%E6%A3%80%E6%9F%A5/34725388",
        "市森防站 岗位廉政风险点排查表 对岗不对人, after the source's 森防站 检疫执法 (产地检疫, 调运检疫, 复检): 科室 "
        "and 岗位 merged, …风险 types, 高/中/低; no names",
        "排查表", ("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施"), rows, HML,
        True, True, False, pre=(f"{unit}岗位廉政风险点排查表",), post=("注：风险等级分高、中、低三级。",),
    )  # fmt: skip


def helong_checkpoint_list() -> dict:
    unit = f"{PLACE}木材检查站"
    rows = [
        ("", "站长", "茆曦岽", "leader", "对无证运输木材违规放行", "", "高风险", "站长每周抽查检查登记簿。"),
        ("", "站长", "茆曦岽", "leader", "罚没木材处置不公开", "", "中风险", "罚没木材公开拍卖。"),
        ("", "检查员", "谌翃岍", "general", "检查时收受司机钱物", "", "高风险", "检查全程视频监控。"),
        ("", "检查员", "谌翃岍", "general", "运输证核对不认真", "", "中风险", "运输证与货物逐车核对登记。"),
        ("", "检查员", "茆砻嵋", "general", "值班脱岗，为违规运输提供便利", "", "低风险", "值班签到，站长查岗。"),
    ]  # fmt: skip
    return _list(
        "helong_checkpoint_list", unit, "http://m.handmsg.com/page/2017/0928/2376022.shtml",
        "市木材检查站 廉政风险防控清单, after the source's 森林管护 (包片责任人, 管护站站长, 偷拉盗运): ``附件3``, a "
        "填报单位 line, 岗位/姓名 on every row, 高风险/中风险/低风险, no type column",
        "清单", ("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"), rows, HIGHS,
        False, False, True, pre=("附件3", f"{unit}廉政风险防控清单", f"填报单位：{unit}{GAP * 8}2025年6月"),
    )  # fmt: skip


def helong_workstation_roman() -> dict:
    unit = f"{PLACE}林业工作站"
    rows = [
        ("业务股", "股长", "谌翚岫", "middle", "林权流转审核不严，协助违规流转", "外部环境", "Ⅰ级", "流转合同备案，公示十日。"),
        ("业务股", "股长", "谌翚岫", "middle", "退耕还林补助面积核查不实", "业务流程", "Ⅱ级", "核查到小班，乡村签字。"),
        ("业务股", "技术员", "茆珝嶂", "general", "造林检查验收弄虚作假", "岗位职责", "Ⅰ级", "验收分组交叉进行。"),
        ("综合股", "出纳", "谌琡岈", "general", "现金收支不入账", "制度机制", "Ⅲ级", "现金日清月结。"),
        ("综合股", "出纳", "谌琡岈", "general", "公务接待超标准", "思想道德", "Ⅲ级", "接待凭公函、清单报销。"),
    ]  # fmt: skip
    return _list(
        "helong_workstation_roman", unit, "http://www.footprintwoodworking.com/xwzx/2015-09/24/content_191918.htm",
        "市林业工作站 廉政风险点登记表, after the source's 国有林场 林业项目资金 自检自查 (专项资金, 森林抚育, 公益林): "
        "科室 merged, 岗位/姓名 merged per person, 风险类别, Ⅰ级/Ⅱ级/Ⅲ级, a 注 line",
        "登记表", ("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"), rows, ROMAN,
        True, True, True, pre=(f"{unit}廉政风险点登记表",), post=("注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。",),
    )  # fmt: skip


def helong_nursery_cards() -> dict:
    unit = f"{PLACE}苗圃"
    t = _Truth(unit)
    cards = [
        ("茆旳峄", "主任", "主持苗圃全面工作", [
            ("苗木销售价格随意降价", "★★★", "苗木价格集体定价并公示。"),
            ("种子采购收受回扣", "★★★", "种子采购三家比价。"),
            ("临时用工工资虚报冒领", "★★", "用工名册、考勤和工资表相互核对。"),
        ]),
        ("谌翛峤", "副主任", "分管育苗生产", [
            ("苗木出圃数量把关不严", "★★", "出圃凭单，门卫核对。"),
            ("化肥农药出入库不登记", "★", "出入库登记，月末盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, items in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "helong_nursery_cards", unit and "https://qj.gov.cn/html/2017/bmdt2_0113/42420.html",
        "市苗圃 领导干部廉政风险防控卡, one sheet a leader, after the source's 林业局 年度考核 (造林资金, 苗木, 管护站): "
        "label rows, ★★★/★★/★ read by a 注 line",
        sheets, t,
    )  # fmt: skip


def helong_fire_office_groups() -> dict:
    unit = f"{PLACE}森林防火指挥部办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [("主任", "谌翕岿", "leader", [
            ("防火物资采购不按程序", "一级", "防火物资政府采购。"),
            ("森林防火专项资金挪用", "一级", "专项资金专账核算。"),
        ])]),
        ("二、调度科", "调度科", [("科长", "茆暐嵚", "middle", [
            ("火情信息瞒报迟报", "二级", "火情信息值班登记，逐级上报。"),
        ]), ("调度员", "谌瑱峋", "general", [
            ("野外用火审批违规", "二级", "用火审批双人审核。"),
            ("扑火补助发放不实", "三级", "补助名单公示。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "helong_fire_office_groups", "https://lyj.cnbz.gov.cn/stjs/lycy/22871272.html",
        "市森林防火指挥部办公室 廉政风险防控责任清单 under group rows ``一、办公室领导``/``二、调度科``, after the "
        "source's 巡林 and 资金监管 page; 岗位/姓名 merged per person, 一级/二级/三级",
        [sh], t,
    )  # fmt: skip


def helong_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局湾沟林场"
    t = _Truth(unit)
    lead = _Sheet("场领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}场领导廉政风险点", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    first = len(lead.rows)
    n = 0
    for who, post, pts in [("茆翮峦", "场长", [("林场基建项目化整为零", "一级", "基建项目报林业局审批。"),
                                             ("木材销售暗箱操作", "一级", "木材销售公开竞价。")]),
                           ("谌翊岚", "副场长", [("管护站物资分配不公", "二级", "物资分配登记公示。")])]:  # fmt: skip
        for point, lv, m in pts:
            n += 1
            lead.add(n, who, post, point, lv, m)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    st = _Sheet("管护站", [6, 12, 9, 9, 38, 9, 34])
    _line(st, f"{unit}管护站廉政风险点", 7)
    st.add("序号", "管护站", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(st.rows)
    rows = [("东山管护站", "站长", "茆翚峯", "middle", "盗伐案件隐瞒不报", "一级", "案件登记，林场督查。"),
            ("东山管护站", "站长", "茆翚峯", "middle", "护林员考勤弄虚作假", "二级", "考勤每月公示。"),
            ("西岔管护站", "护林员", "谌翘岣", "general", "收受好处纵容盗伐", "二级", "巡护轨迹核查。")]  # fmt: skip
    for i, (d, p, who, tier, point, lv, m) in enumerate(rows, 1):
        st.add(i, d, p, who, point, lv, m)
        t.point(st.name, d, p, who, tier, point, [], GRADES[lv])
    _per_person(st, first, 1, 2, 3)
    return _layout(
        "helong_bureau_two_sheets", "http://jlsgll.com/mobile/news/show/id/6479",
        "市林场 廉政风险点 in TWO SHEETS 场领导/管护站, after the source's 森林资源经营保护 考核 (管护站标准化): "
        "姓名/职务 merged per leader; 管护站 merged, 岗位/姓名 merged per person; 一级/二级/三级",
        [lead, st], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    helong_forest_farm_block_bars(),
    helong_forestry_bureau_list(),
    helong_pest_station_posts(),
    helong_checkpoint_list(),
    helong_workstation_roman(),
    helong_nursery_cards(),
    helong_fire_office_groups(),
    helong_bureau_two_sheets(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )
