"""The nine-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
their 事业单位 and one of its towns, 宁陵县 (商丘市, 河南省) — its 财政局, 人力资源和社会保障局, 医疗保障局,
农业农村局, 柳河镇人民政府, 交通运输局, 公路事业发展中心 and 住房和城乡建设局 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 财政局's 一览表: ``股室`` merged (``局领导``, ``国库股``, ``预算股``, ``农业股``), ``职务 | 姓名`` merged
  per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 人力资源和社会保障局's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 |
  …`` and a merged 岗位职责 line, short types under ``风险类别``, ``一级/二级/三级``;
- the 医疗保障局's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类型``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 农业农村局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 自查日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column;
- the 柳河镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、财政所``, ``三、社会保障所`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 交通运输局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  short types, ``重点防控/一般防控/常规防控``;
- the 公路事业发展中心's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, ``高风险/中风险/低风险``, no type column.

One is harder:

- ``ningling_housing_typed_lines``: the 住房和城乡建设局's 岗位廉政风险防控一览表, ONE ROW A PERSON
  (``序号 | 股室 | 职务 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, no type column) whose ``廉政风险点`` cell
  lists all his points, ONE A LINE, each line numbered and OPENING WITH ITS TYPE as a label
  (``1.思想道德风险：收受施工企业礼金礼品。⏎2.制度机制风险：…``, ``（一）岗位职责风险：…``,
  ``①业务流程风险：…``; a type may stand on two lines); the ``防控措施`` cell numbers its measures in
  the same order; the ``风险等级`` cell gives one level for all his points or numbers them line by line
  (``1.一级⏎2.二级⏎3.二级``); a ``注：`` line says the points are written by type, one a line, the type
  before the colon. The README's 读得懂的表 and docs/layouts.md know a type written before a point in
  its own cell (``思想道德风险：…``, one point a cell), a cell numbering several points each with its
  OWN BRACKETED level or type at its end (``1.…（二级）⏎2.…（三级）``, POINTS_NUMBERED_LEVELS), a
  ``风险等级`` cell numbering the levels of a numbered cell, a cross table of types and posts, and type
  columns that hold the points; they do not describe ONE cell of numbered lines whose TYPE is the
  LABEL OPENING each line (``1.思想道德风险：…``), which must split into points and give each the type
  of its label, the label taken off the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市's 惠民惠农财政补贴资金“一卡通”
专项治理; a 县社保局's 城乡居民养老保险 待遇发放 and 生存认证; a 县医疗保障局's 欺诈骗保 专项治理; the
2024—2026 农机购置与应用补贴 plan; a 县's 城乡居保 待遇领取 by 镇人社所 and 村协理员; a 县交通运输局's answer
on 农村公路管养 and 治超; a paper on 农村公路治超 and 路政; a paper on the five factors of 廉政风险 in 基建
工程) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare compound surnames 钟吾 and 呼衍 with rare given
names); every unit is a body of 宁陵县.

Run ``python tests/published/score.py --set batch986`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a ``廉政风险点`` cell is one point of the row's holder: its
  text is the line without its number and without its type label (``收受施工企业礼金礼品。``), its type
  the label's (``思想道德风险：`` is 思想道德), its level the row's level, or the level the ``风险等级``
  cell numbers for that line; the ``注：`` line is no point;
- ``局领导`` (a 股室 cell) is the 科室 of the 局's leaders; a 局's 股 and 大队, a 中心's 科, a 镇's 所 (a
  group row) are 科室; ``一、镇领导`` is the 科室 of the 镇's leaders; the 人社局's cards and the 医保局's
  list name no 科室;
- the 局, the 中心 and the 镇人民政府 are units of their own: 局长, 副局长, 主任 and 副主任 (of the
  中心), 镇长, 党委书记 and 副镇长 are leaders; 股长, 科长, 所长 and 大队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 医疗保障局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and
  ``重点防控/一般防控/常规防控`` are 1/2/3.

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

PREFIX = "b986_"
PLACE = "宁陵县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

NUMBERS = {
    "1.": lambda i: f"{i}.",
    "（一）": lambda i: "（" + "一二三四五"[i - 1] + "）",
    "①": lambda i: "①②③④⑤"[i - 1],
    "1、": lambda i: f"{i}、",
}


def typed_lines(cell: str) -> list[tuple[str, str]]:
    """The (type, point) of each line of a typed cell: ``1.思想道德风险：收受…。`` -> (思想道德, 收受…。)."""
    out = []
    for line in cell.split("\n"):
        m = re.fullmatch(r"(?:\d+[.、]|（[一二三四五]）|[①②③④⑤])(..)(..)风险[：:](.+)", line)
        assert m, line
        out.append((m.group(1) + m.group(2), m.group(3)))
    return out


# (股室, 职务, 姓名, tier, numbering, 风险等级: one word or one a line, [(type, 风险点, 防控措施)])
BY_LINES = [
    ("局领导", "局长", "钟吾澂翊", "leader", "1.", ["一级"], [
        ("思想道德", "收受房地产开发企业、施工企业礼金礼品。", "签订廉洁承诺书，节前廉洁提醒。"),
        ("制度机制", "城建项目安排、资金拨付个人说了算。", "“三重一大”事项局党组会集体研究。"),
        ("外部环境", "接受请托干预工程招标投标。", "插手干预工程建设一律登记报告。"),
    ]),
    ("局领导", "副局长", "呼衍翮", "leader", "（一）", ["一级", "二级", "二级"], [
        ("岗位职责", "建筑工程施工许可审批把关不严。", "许可事项网上办理，限时办结。"),
        ("业务流程", "竣工验收备案材料审核走过场。", "验收备案两人审核，抽查复核。"),
        ("思想道德", "在分管企业报销应由个人支付的费用。", "定期廉政谈话，接受派驻组监督。"),
    ]),
    ("质量安全股", "股长", "钟吾岫", "middle", "①", ["一级"], [
        ("岗位职责", "工程质量监督检查降低标准、隐瞒问题。", "检查实行“双随机”，问题清单闭环。"),
        ("岗位职责", "安全生产事故调查处理避重就轻。", "事故调查组集体研判，结果公开。"),
    ]),
    ("房产股", "股长", "呼衍瑗", "middle", "1、", ["二级", "二级", "三级"], [
        ("制度机制", "商品房预售资金监管账户拨付审核不严。", "预售资金拨付按节点审核，银行联签。"),
        ("外部环境", "物业企业信用评价中收受好处。", "信用评价集体评定，结果公示。"),
        ("业务流程", "房屋网签备案信息更改不留痕。", "网签系统全程留痕，每月抽查。"),
    ]),
    ("城建股", "科员", "钟吾琰澈", "general", "1.", ["二级"], [
        ("业务流程", "老旧小区改造工程量核定不实。", "工程量现场核定，监理、住户代表签字。"),
        ("思想道德", "接受施工单位宴请。", "执行工作纪律“六不准”，公开监督电话。"),
    ]),
    ("建筑市场管理股", "科员", "呼衍沅", "general", "（一）", ["二级", "三级"], [
        ("外部环境", "建筑企业资质初审中为企业打招呼。", "资质初审材料公开，接受企业监督。"),
        ("制度机制", "农民工工资保证金退还审核不严。", "保证金退还经股室、局领导两级审核。"),
    ]),
]  # fmt: skip


def ningling_housing_typed_lines() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 9, 10, 52, 14, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, style, levels, points) in enumerate(BY_LINES, 1):
        number = NUMBERS[style]
        cell = "\n".join(
            f"{number(i)}{typ}风险：{point}" for i, (typ, point, _m) in enumerate(points, 1)
        )
        measures = "\n".join(f"{number(i)}{m}" for i, (_t, _p, m) in enumerate(points, 1))
        assert len(levels) in (1, len(points)), who
        grades = (
            levels[0]
            if len(levels) == 1
            else "\n".join(f"{number(i)}{lv}" for i, lv in enumerate(levels, 1))
        )
        sh.add(n, dept, post, who, cell, grades, measures)
        assert typed_lines(cell) == [(typ, point) for typ, point, _m in points]
        for i, (typ, point, _m) in enumerate(points):
            t.point(sh.name, dept, post, who, tier, point, [typ], GRADES[levels[i % len(levels)]])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：廉政风险点按思想道德、制度机制、岗位职责、业务流程、外部环境风险分类查找，每条一行，冒号前注明风险类型；"
        "风险等级只填一个的，本人各风险点均为该等级。",
        7,
    )
    sh.add("填表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "ningling_housing_typed_lines", "https://scholarmate.com/S/TNpneX",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表, after the source's paper on the five factors of 廉政风险 in "
        "基建工程 (风险点, 关键点, 防控点): a title, 序号/股室 merged/职务/姓名/廉政风险点/风险等级/防控措施, ONE ROW A PERSON: "
        "the 廉政风险点 cell lists his points one a line, numbered (``1.``, ``（一）``, ``①``, ``1、``), EACH LINE OPENING "
        "WITH ITS TYPE (``1.思想道德风险：…``); 防控措施 numbered alike; 风险等级 one word or numbered line by line; no type "
        "column; a ``注：`` line saying so",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ningling_finance_list() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "呼衍璟", "leader", "财政资金分配、调度个人说了算", "制度机制风险", "高",
         "资金分配方案经局党组会集体研究。"),
        ("局领导", "局长", "呼衍璟", "leader", "为亲友承揽政府采购项目打招呼", "思想道德风险", "高",
         "领导干部插手干预登记报告，定期廉政谈话。"),
        ("国库股", "股长", "钟吾霂", "middle", "国库集中支付审核不严、违规拨付", "岗位职责风险", "高",
         "支付凭证系统校验，大额支付双人复核。"),
        ("国库股", "股长", "钟吾霂", "middle", "财政专户资金存放收受银行好处", "外部环境风险", "中",
         "专户存放竞争性选择，结果公示。"),
        ("农业股", "科员", "呼衍霁", "general", "惠民惠农补贴“一卡通”发放名单审核不实", "业务流程风险", "中",
         "补贴名单与户籍、社保数据比对。"),
        ("农业股", "科员", "呼衍霁", "general", "涉农资金拨付不及时、截留", "岗位职责风险", "低",
         "资金拨付限时办结，按月通报。"),
        ("预算股", "股长", "钟吾玹瑛", "middle", "部门预算追加审核把关不严", "制度机制风险", "中",
         "预算追加按程序报批，集体审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "ningling_finance_list", "https://public.xinmi.gov.cn/D47Y/2453598.jhtml",
        "县财政局 岗位廉政风险防控一览表, after the source's account of a 市's 惠民惠农财政补贴资金“一卡通”专项治理 "
        "(联席机制, 补助对象清理核查, 自查自纠): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningling_social_security_cards() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    cards = [
        ("钟吾澍", "副局长", "分管城乡居民养老保险、社会保险稽核", "leader", [
            ("养老保险待遇核定中优亲厚友", "思想道德", "一级", "待遇核定经股室初审、分管领导复核。"),
            ("社保基金稽核发现问题不移交", "岗位职责", "一级", "稽核问题台账管理，按月报局党组。"),
        ]),
        ("呼衍渼", "股长", "城乡居民养老保险股全面工作", "middle", [
            ("死亡人员养老金停发不及时、冒领", "业务流程", "二级", "每月与民政、公安数据比对，及时停发。"),
            ("生存认证结果弄虚作假", "制度机制", "二级", "认证结果乡镇初核、县级抽查。"),
        ]),
        ("钟吾珝", "科员", "就业补贴审核、发放", "general", [
            ("就业补贴申报材料审核不严", "岗位职责", "二级", "补贴申报两人审核，名单公示。"),
            ("接受培训机构吃请", "外部环境", "三级", "签订廉洁承诺书，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "ningling_social_security_cards", "https://www.gangcha.gov.cn/html/2172/215695.html",
        "县人力资源和社会保障局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's "
        "account of a 县社保局's 城乡居民养老保险 待遇发放 (资格审核, 死亡上报, 重复领取比对, 生存认证): a title, "
        "``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; 持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


def ningling_medical_insurance_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("清单", [6, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "定点医药机构协议准入个人说了算", "制度机制风险", "Ⅰ级", "准入评估集体研究，结果公示。"),
        ("局长", "leader", "欺诈骗保案件处理中说情打招呼", "外部环境风险", "Ⅰ级", "案件查处过问一律登记报告。"),
        ("基金监管股股长", "middle", "专项治理检查降低标准、选择性执法", "岗位职责风险", "Ⅱ级",
         "检查“四不两直”，问题清单闭环。"),
        ("基金监管股股长", "middle", "违规费用追缴不到位", "业务流程风险", "Ⅱ级", "追缴台账销号管理。"),
        ("待遇审核员", "general", "手工报销票据审核不严", "岗位职责风险", "Ⅱ级", "票据两人审核，抽查回访。"),
        ("待遇审核员", "general", "收受参保人员好处费", "思想道德风险", "Ⅲ级", "公开监督电话，廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "ningling_medical_insurance_posts",
        "https://www.hengyang.gov.cn/ylbzj/xxgk/ybxw/hyybxw/20200728/i2104633.html",
        "县医疗保障局 岗位廉政风险防控清单 对岗不对人, after the source's account of a 县医疗保障局's 欺诈骗保 专项治理 "
        "(联动治理, 自查自纠承诺, 重点稽核, 违规费用追缴): a title, 序号/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningling_agriculture_selfchecks() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    people = [
        ("呼衍瀛", "局领导", "副局长", "leader", [
            ("农机购置补贴机具核验中为经销商谋利", "★★★", "机具核验两人以上，现场拍照留存。", "已落实"),
            ("高标准农田项目验收打招呼", "★★★", "项目验收组集体验收，结果公示。", "已落实"),
        ]),
        ("钟吾翀", "农机股", "股长", "middle", [
            ("补贴申请资料审核不严", "★★", "补贴申请系统校验，名单公示。", "未发现问题"),
            ("补贴机具“人机合影”核查走过场", "★★", "核查结果抽查复核。", "已落实"),
        ]),
        ("呼衍翯", "农业综合执法大队", "执法员", "general", [
            ("农资执法检查中吃拿卡要", "★★", "执法全程记录仪记录。", "已落实"),
            ("行政处罚自由裁量不规范", "★", "执行裁量基准，案件集体审议。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ningling_agriculture_selfchecks", "https://xinxiangbilang.com/product/3214.html",
        "县农业农村局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省 plan for "
        "农机购置与应用补贴 2024—2026 (补贴范围, 优机优补, 严惩违规): a title, a label row ``姓　名 | 所在股室 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` "
        "line; no type column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def ningling_liuhe_town_group_rows() -> dict:
    unit = f"{PLACE}柳河镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "钟吾沨", "leader", [
                ("镇级项目资金使用个人说了算", "一级风险", "项目资金经镇党政联席会研究。"),
                ("村级重大事项审批打招呼", "二级风险", "重大事项“四议两公开”。"),
            ]),
        ]),
        ("二、财政所", "财政所", [
            ("所长", "呼衍珈", "middle", [
                ("村级财务代理记账把关不严", "一级风险", "村账镇代管，凭证两人审核。"),
            ]),
            ("会计", "钟吾璆", "general", [
                ("惠农补贴发放名单审核不实", "二级风险", "名单入户核实并公示。"),
                ("报账票据审核不严", "三级风险", "票据审核签字留痕。"),
            ]),
        ]),
        ("三、社会保障所", "社会保障所", [
            ("协理员", "呼衍澜", "general", [
                ("城乡居保待遇领取资格认证走过场", "二级风险", "认证结果镇村两级复核。"),
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
        "ningling_liuhe_town_group_rows", "http://luohe.yuduxx.com/shaoling/402184.html",
        "县柳河镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a 区's 城乡居民养老保险 "
        "待遇领取资格认证 (区乡村三级经办, 乡级人社所“十步走”, 村级协办员): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、镇领导``, ``二、财政所``, ``三、社会保障所`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ningling_transport_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "钟吾湉", "leader", "农村公路建设项目发包中打招呼", "思想道德", "重点防控",
         "项目发包公开招标，纪检全程监督。"),
        ("局领导", "局长", "钟吾湉", "leader", "公路养护资金分配不公", "制度机制", "重点防控",
         "养护资金按里程、路况分配并公示。"),
        ("工程建设股", "股长", "呼衍靓", "middle", "工程计量支付审核不严", "岗位职责", "重点防控",
         "计量支付经监理、股室、分管领导三级审核。"),
        ("工程建设股", "股长", "呼衍靓", "middle", "隐蔽工程验收不到场", "业务流程", "一般防控",
         "隐蔽工程验收影像留存。"),
        ("运输管理股", "科员", "钟吾翾", "general", "道路运输经营许可审核中收受好处", "外部环境", "一般防控",
         "许可事项网上办理，结果公开。"),
        ("运输管理股", "科员", "钟吾翾", "general", "营运车辆年审把关不严", "岗位职责", "常规防控",
         "年审资料两人审核，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "ningling_transport_list", "https://www.clxzf.gov.cn/single/44/25809.html",
        "县交通运输局 岗位廉政风险防控一览表, after the source's answer to a 代表 on 农村公路管养 (路长制, 养护资金, 治超, "
        "路产路权保护): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/防控措施; a 填表人/审核人/局长（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def ningling_highway_center_screening() -> dict:
    unit = f"{PLACE}公路事业发展中心"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "呼衍昶", "leader", "养护工程发包", "日常养护工程化整为零规避招标", "高风险",
         "养护工程按规定招标，结果公示。"),
        ("中心领导", "副主任", "钟吾岍", "leader", "治超执法", "超限车辆处罚中说情减免", "高风险",
         "处罚案件集体审议，全程记录。"),
        ("路政科", "科长", "呼衍瑀", "middle", "路政许可", "涉路施工许可审批吃拿卡要", "中风险",
         "许可事项限时办结，结果公开。"),
        ("路政科", "科长", "呼衍瑀", "middle", "路产赔偿", "路产损坏赔偿收费随意减免", "中风险",
         "赔偿按标准收取，票据统一管理。"),
        ("养护科", "技术员", "钟吾瀞岚", "general", "养护验收", "养护工程验收签字不到场", "中风险",
         "验收两人以上，影像留存。"),
        ("养护科", "技术员", "钟吾瀞岚", "general", "材料计量", "养护材料进场计量不实", "低风险",
         "材料进场过磅登记，监理签认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "ningling_highway_center_screening", "https://www.wnwk.com/doc/623343.html",
        "县公路事业发展中心 廉政风险点排查表, after the source's paper on 农村公路治超 (超限车辆绕行, 路政执法手段, 路产"
        "损害): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ningling_housing_typed_lines(),
    ningling_finance_list(),
    ningling_social_security_cards(),
    ningling_medical_insurance_posts(),
    ningling_agriculture_selfchecks(),
    ningling_liuhe_town_group_rows(),
    ningling_transport_list(),
    ningling_highway_center_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch986-inbox"))
