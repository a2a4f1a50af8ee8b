"""The seven-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's grain and
farming bodies, 柳河县 (of 通化市, 吉林省) — its 粮食和物资储备局, 储备粮管理中心, 农业农村局,
农业技术推广总站, 土壤肥料工作站, 农业机械化技术推广站 and 种子管理站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 粮食和物资储备局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农业技术推广总站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险``
  types, 高/中/低; no names;
- the 土壤肥料工作站's 自查表, one sheet a person: ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of
  values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 种子管理站's 清单 under GROUP ROWS ``一、站领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 农业机械化技术推广站's 防控卡, one sheet a holder, ``★★★/★★/★`` read by a ``注：`` line;
- the 储备粮管理中心's 一览表 under ``附件2`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every row,
  short types, ``高风险/中风险/低风险``;
- the 农业农村局's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``liuhe_grain_depot_comma_rows``: the 粮食收储库's 岗位廉政风险点台账 exported from a 粮库 管理系统 as
  COMMA-SEPARATED TEXT and pasted into Excel without splitting: under a title, EVERY ROW IS ONE CELL in
  column A, the heading too (``序号,科室,岗位,姓名,风险点,风险等级,防控措施``), the fields parted by
  half-width commas (the texts use only full-width ``，``). The README's 读得懂的表 knows rows typed in
  one cell with the columns parted by SPACES (``ROWS_TYPED_IN_ONE_CELL``), a whole table pasted into one
  cell (tabs and line breaks), and ``.csv`` files themselves; it does not describe a sheet whose rows
  each stand in one cell as comma-separated values.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (粮库 “升溢粮”“转圈粮”“损耗粮”, 虚开结算凭证;
a 粮食物资局's 文件; 测土配方施肥 项目检查 — 项目资金, 帐目, 田间试验; 测土配方 化验室 — 土样采集, 化验,
配方肥; 农机新产品购置补贴; 农业补贴政策 — 良种补贴, 农资; 储备粮油 竞价销售; 粮食补贴政策) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 侴 and 檀 with rare given names); every unit is a body of
柳河县.

Run ``python tests/published/score.py --set batch736`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each one-cell row is a row of the table read by its commas: the fields are those
  the heading cell names, in its order; the title is no point;
- ``局领导``, ``站领导`` (a group row, a 所在科室 cell) are the 科室 of those leaders; the 局's leaders (sheet
  ``局领导``) and the cards' holders have no 科室;
- 局长, 副局长, 主任, 站长, 副站长, 库主任 are leaders; 股长, 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 推广总站's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b736_"
PLACE = "柳河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
HEADS = ("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, 风险点, 风险等级, 防控措施) — no ASCII comma inside a field
DEPOT = [
    ("库领导", "库主任", "檀曦璠", "leader", "轮换粮食以陈顶新，套取轮换差价", "一级",
     "轮换计划报县粮食和物资储备局审批，出入库全程视频留存。"),
    ("库领导", "库主任", "檀曦璠", "leader", "升溢粮不入账，形成账外粮", "一级",
     "升溢粮按月登记入账，年终清仓查库。"),
    ("保管科", "保管员", "侴畯珝", "general", "出入库检斤虚增重量", "一级",
     "检斤数据系统自动采集，磅房与保管双人复核。"),
    ("保管科", "保管员", "侴畯珝", "general", "虚报储存损耗，超定额核销", "二级",
     "损耗按定额核销，超耗查明原因报批。"),
    ("化验室", "检验员", "檀燏岍", "general", "收购扦样定等压级压价或抬级抬价", "二级",
     "扦样、检验、定等分设岗位，结果当场告知售粮农户。"),
    ("财务科", "会计", "侴蕤琛", "general", "虚开粮食收购结算凭证", "一级",
     "结算凭证与检斤单、入库单三单核对，收购资金直接打卡。"),
    ("财务科", "会计", "侴蕤琛", "general", "收购资金体外循环", "三级", "收购资金专户管理，每月对账。"),
]  # fmt: skip


def liuhe_grain_depot_comma_rows() -> dict:
    unit = f"{PLACE}粮食收储库"
    sh = _Sheet("导出数据", [120])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险点台账（系统导出）")
    sh.add("导出时间：2025-05-12 09:31")
    sh.add(",".join(HEADS))
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(DEPOT, 1):
        sh.add(",".join([str(n), dept, post, who, point, lv, measures]))
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "liuhe_grain_depot_comma_rows", "http://jsgaoke17.com/kes/6/6936/3860551_3.html",
        "(harder) 县粮食收储库 岗位廉政风险点台账, after the source's account of 粮食购销 腐败 (升溢粮, 转圈粮, 虚增损耗, "
        "虚开结算凭证): a title, an 导出时间 line, then EVERY ROW ONE CELL in column A holding comma-separated values, "
        "the heading ``序号,科室,岗位,姓名,风险点,风险等级,防控措施`` too; ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liuhe_grain_bureau_two_sheets() -> dict:
    unit = f"{PLACE}粮食和物资储备局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("檀赟翯", "局长", [
            ("地方储备粮承储企业选定不经集体研究", "一级", "承储企业资格经局党组会研究，结果公开。"),
            ("粮食收购资格审核中打招呼、开绿灯", "二级", "收购资格审核材料公开，办理时限公示。"),
        ]),
        ("侴甯璈", "副局长", [
            ("政策性粮食库存检查走过场、包庇账实不符", "一级", "库存检查交叉进行，问题清单逐项销号。"),
            ("物资储备仓库维修项目化整为零", "二级", "维修项目按限额标准采购，资料存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("粮食流通监督检查股", "股长", "檀韫琚", "middle", "粮食经营者违规收购不予查处、以罚代管", "一级",
         "案件查处集体审议，处罚结果公开。"),
        ("粮食流通监督检查股", "股长", "檀韫琚", "middle", "收购资格备案审核把关不严", "二级", "备案资料双人审核。"),
        ("粮食流通监督检查股", "股员", "侴暐珣", "general", "粮食质量抽检样品调包", "二级", "抽检样品封签，双人送检。"),
        ("财务股", "股长", "侴燊旻", "middle", "储备粮利息费用补贴拨付不按库存核定", "一级",
         "补贴按核定库存拨付，拨付前公示。"),
        ("财务股", "会计", "檀璁骞", "general", "报销凭证审核不严、虚列支出", "三级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "liuhe_grain_bureau_two_sheets", "http://fengdujob.net/go/宁夏粮食物资局24年下发文件.html",
        "县粮食和物资储备局 廉政风险防控一览表 in TWO SHEETS, after the source's 粮食物资局 文件 (库存检查, 收购资格, "
        "储备粮补贴): sheet 局领导 with 姓名/职务 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged "
        "per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def liuhe_agri_extension_posts() -> dict:
    unit = f"{PLACE}农业技术推广总站"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "示范项目实施主体确定", "项目示范户、实施主体内定，优亲厚友", "制度机制风险", "高",
         "实施主体公开遴选，名单在村务公开栏公示。"),
        ("推广科", "科长", "middle", "项目物资采购", "配方肥、种子等物资采购指定供货商", "外部环境风险", "高",
         "物资采购进入县公共资源交易中心。"),
        ("推广科", "科长", "middle", "田间试验数据", "试验记录造假，应付项目检查", "岗位职责风险", "中",
         "原始记录专人保管，检查组随机抽查。"),
        ("推广科", "农技员", "general", "物资发放", "补助物资发放不登记、不签字", "业务流程风险", "中",
         "物资发放农户签字确认，名单公示。"),
        ("财务室", "报账员", "general", "项目资金报账", "项目资金挤占挪用、虚列培训费", "业务流程风险", "低",
         "项目资金专账核算，培训凭签到表报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "liuhe_agri_extension_posts", "http://www.xiushui.net/html/shizheng/2010/0812/13198.html",
        "县农业技术推广总站 岗位廉政风险点排查表 对岗不对人, after the source's 测土配方施肥项目 检查 (项目资金使用, 帐目, "
        "田间试验): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def liuhe_soil_fertilizer_selfchecks() -> dict:
    unit = f"{PLACE}土壤肥料工作站"
    t = _Truth(unit)
    people = [
        ("檀椿棣", "站领导", "站长", "leader", [
            ("化验室仪器设备采购量身定制参数", "Ⅰ级", "采购需求集体论证，参数不指向品牌。"),
            ("配方肥定点企业确定暗箱操作", "Ⅱ级", "定点企业公开招募，评审结果公示。"),
        ]),
        ("侴骙翮", "化验室", "化验员", "general", [
            ("土样化验数据随意填写", "Ⅱ级", "化验原始记录双人签字，留样备查。"),
            ("为肥料企业出具不实检测结果", "Ⅰ级", "检测报告三级审核，企业送检登记。"),
            ("化验试剂耗材私自处置", "Ⅲ级", "试剂耗材领用登记，每季度盘点。"),
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
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liuhe_soil_fertilizer_selfchecks", "http://egbuddhist.com/news/detail/25463.asp",
        "县土壤肥料工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 测土配方施肥 "
        "化验室 (土样采集, 化验设备, 配方肥): a title, ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def liuhe_seed_station_group_rows() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "侴琚渼", "leader", [
                ("良种补贴品种推荐收受种子企业好处", "一级风险", "推荐品种经专家组评议，结果公示。"),
            ]),
        ]),
        ("二、种子执法股", "种子执法股", [
            ("股长", "檀霈骞", "middle", [
                ("假劣种子案件查处降格处理", "一级风险", "案件办理集体审议，处罚结果公开。"),
                ("种子经营备案把关不严", "二级风险", "备案资料双人审核，备案信息公开。"),
            ]),
            ("执法员", "侴翃旸", "general", [
                ("市场检查提前通风报信", "二级风险", "检查对象随机抽取，两人以上执法。"),
                ("扣押种子保管处置不规范", "三级风险", "扣押物品登记造册，集中保管。"),
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
        "liuhe_seed_station_group_rows", "https://m.fx361.com/news/2022/0524/10766748.html",
        "县种子管理站 廉政风险防控责任清单, after the source's 农业补贴政策 (良种补贴, 农资综合补贴): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、种子执法股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def liuhe_farm_machinery_cards() -> dict:
    unit = f"{PLACE}农业机械化技术推广站"
    t = _Truth(unit)
    cards = [
        ("站长", "檀瞿昶", "站长", "主持全面工作", "leader", [
            ("农机购置补贴机具核验走过场", "★★★", "核验实行人机合影、铭牌拓印，抽查复核。"),
            ("新产品补贴试点机具推荐倾向特定企业", "★★", "试点机具经专家评审，名单公示。"),
            ("接受农机经销商宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("补贴核验员", "侴澂璈", "补贴核验员", "补贴机具现场核验", "general", [
            ("一机多补、套取补贴", "★★★", "出厂编号系统比对，核验照片存档。"),
            ("补贴资料受理不一次告知", "★", "受理清单公开，一次性告知。"),
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
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "liuhe_farm_machinery_cards", "http://fengdujob.net/go/农机新产品购置补贴试点项目有哪些.html",
        "县农机推广站 岗位廉政风险防控卡, one sheet a holder, after the source's 农机新产品购置补贴试点: a title, "
        "``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def liuhe_grain_reserve_center_list() -> dict:
    unit = f"{PLACE}储备粮管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "檀曜琛", "leader", "储备粮竞价销售中串通买方压低底价", "制度机制", "高风险",
         "竞价销售全部进入粮食交易平台，底价集体研究。"),
        ("中心领导", "主任", "檀曜琛", "leader", "轮换出库延期不追究", "岗位职责", "中风险", "出库进度按周通报。"),
        ("业务科", "科长", "侴瑑岷", "middle", "承储库点数量质量检查弄虚作假", "业务流程", "高风险",
         "检查实行清仓查库交叉检查，结果签字负责。"),
        ("业务科", "统计员", "檀翙珝", "general", "库存统计数据虚报", "业务流程", "中风险", "统计数据与保管账每月核对。"),
        ("财务科", "出纳", "侴璈岍", "general", "竞价保证金收退不及时入账", "思想道德", "低风险",
         "保证金专户收退，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "liuhe_grain_reserve_center_list",
        "https://abg.baidu.com/tags/xl7ldmokug25rn55wsrldogbxdj43pv2xtn476wk3o63xuwxz64nj4q11",
        "县储备粮管理中心 岗位廉政风险防控一览表, after the source's 地方储备粮油竞价销售交易细则 (竞价销售, 底价, 保证金, "
        "出库): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def liuhe_agriculture_bureau_register() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "侴晞璘", "middle", [
            ("耕地地力保护补贴面积核实不准", "业务流程", "一级", "补贴面积村级公示、乡镇审核、县级抽查。"),
            ("补贴资金拨付不及时、截留", "制度机制", "二级", "补贴资金通过一卡通直接发放。"),
        ]),
        ("计划财务股", "会计", "檀昉珣", "general", [
            ("补贴发放名册与一卡通信息核对不严", "岗位职责", "二级", "发放名册与银行信息逐户比对。"),
        ]),
        ("农田建设股", "股长", "侴昀翾", "middle", [
            ("高标准农田项目验收降低标准", "外部环境", "一级", "验收邀请第三方机构参与，验收结果公示。"),
            ("项目变更不按程序报批", "制度机制", "三级", "项目变更经局党组会研究并报批。"),
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
        "liuhe_agriculture_bureau_register", "http://fengdujob.net/go/粮食补贴政策最新规定文件下载.html",
        "县农业农村局 廉政风险点排查登记表, after the source's 粮食补贴政策 (耕地地力保护补贴, 补贴面积, 一卡通): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liuhe_grain_depot_comma_rows(),
    liuhe_grain_bureau_two_sheets(),
    liuhe_agri_extension_posts(),
    liuhe_soil_fertilizer_selfchecks(),
    liuhe_seed_station_group_rows(),
    liuhe_farm_machinery_cards(),
    liuhe_grain_reserve_center_list(),
    liuhe_agriculture_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch736-inbox"))
