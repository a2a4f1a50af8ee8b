"""The four-hundred-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管
bodies, 庆城县 — its 驿马市场监管所, 马岭市场监管所, 赤城市场监管所, 庆城市场监管所, 食品药品检验中心,
消费者权益保护中心, 质量技术服务中心 and, in the harder file, its 市场监督管理局 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 驿马市场监管所's file in two sheets ``所领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 马岭市场监管所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 食品药品检验中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 消费者权益保护中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 赤城市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 质量技术服务中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低;
- the 庆城市场监管所's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, short types,
  bare ``Ⅰ/Ⅱ/Ⅲ``.

One is harder, a shape about WHERE THE TYPE IS WRITTEN:

- ``qingcheng_bureau_type_tags``: the 市场监督管理局's 一览表 ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施`` with NO TYPE COLUMN: each point's TYPE is a TAG IN 【】 OPENING THE POINT's
  cell (``【制度机制】食品经营许可现场核查走过场``), the point itself the text after the tag; a merged
  ``注：风险点前【】内为风险类型。`` line under the table says so; the level is an ordinary 高/中/低
  column. The README's 读得懂的表 knows a type in brackets AFTER the point (``…(制度机制)``, under a
  heading joined by 及), a type before a level (``岗位职责/中``), a LEVEL tag opening the point
  (``【一级】…``), and the earlier batches a 科室 tag opening the point (``【教务处】…``), the type as
  block heads, as marks a note explains (``▲为思想道德风险``), as codes, as fill colours, by 序号 in a
  note; none gives the TYPE as a 【】 tag at the START of the point (``grep -lE '(机制|道德|职责|
  流程|环境)】' tests/published/batch*.py`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 市场监督局 oversees — 食品药品
安全监管, 商标专利, 消费者权益保护; how a 市场监管 body divides its work — 食品流通 日常检查, 抽样检测,
工业产品质量; what a 食品药品监管局 does — 行政许可, 市场准入, 质量监督, 价格监管; a 食品检验 institute's
食品生产许可 现场检查 and 审查员; where to complain about unclean food — 投诉, 举报, 12315; the 农贸市场's
管理 — 摊位, 市场主办方, 日常管理人; what a 质量技术监督 body does — 计量, 电子秤, 加油机; a comparison of
the 食品生产许可 rules — 许可, 审查, 食品添加剂) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names); every unit is a body of 庆城县 (``unit_words=("庆城县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch492`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text AFTER the 【】 tag (the tag is no part of the point, as
  batch34's ``【一级】`` tag was none), the tag's type its only type (short name); the file is
  otherwise the plain 一览表 it is: one form a person (科室, 岗位, 责任人), 高/中/低;
- ``局领导``, ``所领导``, ``中心领导`` (a 科室/股室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股/科, a 所's 股 are 科室; a 中心's card names no 科室; the group rows ``一、所领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, a 中心's 主任 and 副主任 are leaders;
  股长 and 科长 middle; the rest (监管员, 执法员, 检验员, 受理员, 计量员, 会计, 协管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 马岭市场监管所's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ/Ⅱ/Ⅲ``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b492_"
PLACE = "庆城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NOTE = "注：风险点前【】内为风险类型。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def tagged(typ: str, point: str) -> str:
    """The point cell of the harder file: the type in 【】, then the point."""
    return f"【{typ}】{point}"


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(type, 廉政风险点, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郏澂翥", "leader", [
        ("制度机制", "重大行政处罚案件不经集体讨论", "高", "重大案件局务会集体讨论，法制审核在先。"),
        ("思想道德", "为违法经营主体说情打招呼", "中", "领导干部插手案件登记报告。"),
    ]),
    ("食品安全监督管理股", "股长", "笪湝珧", "middle", [
        ("岗位职责", "食品经营许可现场核查走过场", "高", "核查两人以上，照片留存，随机抽查复核。"),
        ("外部环境", "接受餐饮企业宴请、礼品", "中", "签订廉洁承诺，拒收登记。"),
    ]),
    ("登记注册股", "受理员", "蒉翙沅", "general", [
        ("业务流程", "市场主体登记材料审核不严", "中", "材料审核系统留痕，股长复核。"),
        ("岗位职责", "泄露登记人信息", "低", "信息查询权限分级，查询留痕。"),
    ]),
]  # fmt: skip


def qingcheng_bureau_type_tags() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 18, 10, 10, 46, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for typ, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, tagged(typ, point), lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2025年6月")
    return _layout(
        "qingcheng_bureau_type_tags",
        "https://pv40pux4.com/shou-ji/754995.html",
        "(harder) 县市场监督管理局 岗位廉政风险防控一览表, after the source's account of what a 市场监督局 oversees "
        "(食品药品安全监管, 商标专利审查, 消费者权益保护): a title, 序号/科室 merged (局领导, 食品安全监督管理股, 登记注册股)/"
        "岗位 and 责任人 merged per person/廉政风险点/风险等级 高/中/低/防控措施 with NO TYPE COLUMN: each point cell OPENS "
        "WITH ITS TYPE IN 【】 (``【制度机制】重大行政处罚案件不经集体讨论``); a merged ``注：风险点前【】内为风险类型。`` line; "
        "填表人/审核人/局长（签字）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingcheng_yima_two_sheets() -> dict:
    unit = f"{PLACE}驿马市场监管所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄢珩湜", "所长", "主持全面工作", [
            ("案件查办中降格处理", "一级", "案件集体讨论，处罚结果公示。"),
            ("辖区检查对象选定随意", "二级", "双随机抽取检查对象，全程留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "所领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("流通监管股", "股长", "缑翀岍", "middle", "食品流通环节抽检样品选择性送检", "一级", "抽样两人以上，样品封存登记。"),
        ("综合股", "会计", "琚沨霁", "general", "执法装备采购虚开发票", "二级", "凭正式票据报账，所长审签。"),
        ("综合股", "会计", "琚沨霁", "general", "罚没款收缴不及时入账", "三级", "罚没款直缴国库，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qingcheng_yima_two_sheets",
        "https://afq2q1k3.com/jing-hua-qi/675409.html",
        "县驿马市场监管所's file in two sheets, after the source's account of how a 市场监管 body divides its work "
        "(食品流通 日常检查, 抽样检测, 工业产品质量): ``所领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with "
        "股室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingcheng_maling_posts() -> dict:
    unit = f"{PLACE}马岭市场监管所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    reg, law = "市场准入股", "执法股"
    rows = [
        (reg, "股长", "middle", "个体工商户登记审核", "为不符合条件的申请人办理登记", "岗位职责风险", "Ⅰ级",
         "登记条件一次告知，结果网上公开。"),
        (reg, "股长", "middle", "变更注销登记办理", "故意拖延办理，暗示好处", "思想道德风险", "Ⅱ级",
         "办理时限公开，超时自动预警。"),
        (law, "执法员", "general", "价格违法行为查处", "对关系商户选择性执法", "业务流程风险", "Ⅰ级",
         "执法全程记录，案件随机分派。"),
        (law, "执法员", "general", "扣押物品保管", "扣押物品登记不全、私自处置", "制度机制风险", "Ⅲ级",
         "扣押物品入库登记，定期清点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qingcheng_maling_posts",
        "https://m.wangyinboy.com/shipin/234304.html",
        "县马岭市场监管所 廉政风险点排查表 对岗不对人, after the source's account of what a 食品药品监管 body does "
        "(行政许可, 市场准入 登记注册, 质量监督, 价格监管): a title, 序号/股室 merged (市场准入股, 执法股)/岗位 merged per "
        "post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "``编制：综合股 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def qingcheng_food_lab_cards() -> dict:
    unit = f"{PLACE}食品药品检验中心"
    t = _Truth(unit)
    cards = [
        ("主任", "訾湉翯", "leader", [
            ("检验设备采购指定品牌", "★★★", "采购需求集体研究，依法公开采购。"),
            ("检验报告签发把关不严", "★★", "报告三级审核，签发留痕。"),
        ]),
        ("检验员", "佴珝澐", "general", [
            ("篡改检验原始数据", "★★★", "原始记录仪器自动采集，双人复核。"),
            ("试剂耗材领用不登记", "★", "试剂出入库登记，按月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qingcheng_food_lab_cards",
        "http://www.sdifdc.org.cn/contents/273/14.html",
        "县食品药品检验中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 检验员), after the source's account of a "
        "食品检验 institute's work (食品生产许可 现场检查, 许可质量评价, 审查员队伍): a title, ``姓　名 | … | 职　务 | …``, "
        "then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def qingcheng_consumer_selfchecks() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    t = _Truth(unit)
    people = [
        ("禚岚澍", "副主任", "leader", [
            ("投诉调解偏袒经营者", "高风险", "调解过程录音录像，结果回访。"),
            ("消费维权宣传经费使用不规范", "中风险", "经费使用集体研究，按月公示。"),
        ]),
        ("亓沄翾", "受理员", "general", [
            ("投诉举报件压件不办", "中风险", "工单系统限时办结，超时预警。"),
            ("泄露投诉人信息", "低风险", "投诉人信息保密，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(
            [(*p, s) for p, s in zip(points, ("已落实", "未发现问题"), strict=True)], 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingcheng_consumer_selfchecks",
        "https://www.zhetiaohe.com/ss/cc7796c5db5d1abb93d5d351b653c3474571d861d8779845f6fe5dc61e192ae4ecf6a402d192ac97.html",
        "县消费者权益保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "account of where to complain about unclean food (投诉, 举报, 12315, 市场监管部门): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def qingcheng_chicheng_group_rows() -> dict:
    unit = f"{PLACE}赤城市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "郜翥湲", "leader", [
                ("农贸市场主办方违规行为查处不力", "一级风险", "查处结果集体研究，定期通报。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("监管员", "妫澔珵", "general", [
                ("农贸市场巡查走过场", "二级风险", "巡查记录拍照上传，所长抽查。"),
                ("收受摊主礼品放任溢摊经营", "一级风险", "签订廉洁承诺，接受群众举报。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "qingcheng_chicheng_group_rows",
        "https://nongye.s666.cn/news/1_657863772.html",
        "县赤城市场监管所 廉政风险防控责任清单, after the source's account of how a 农贸市场 is run (摊位, 市场主办方, "
        "日常管理人, 溢摊经营): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def qingcheng_quality_list() -> dict:
    unit = f"{PLACE}质量技术服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "晁翾湛", "leader", "计量检定收费标准执行随意", "制度机制", "高", "收费标准公示，票据统一管理。"),
        ("主任", "晁翾湛", "leader", "接受被检单位宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("计量员", "巩沅珧", "general", "电子秤、加油机检定数据不实", "岗位职责", "高", "检定双人操作，数据系统留存。"),
        ("计量员", "巩沅珧", "general", "检定证书出具不按流程", "业务流程", "低", "证书出具主任审签，编号登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qingcheng_quality_list",
        "http://wx1990.com/falv/202503/97017.html",
        "县质量技术服务中心 廉政风险防控一览表, after the source's account of what a 质量技术监督 body does (产品质量 "
        "监管, 计量, 电子秤, 加油站 油量): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def qingcheng_town_list() -> dict:
    unit = f"{PLACE}庆城市场监管所"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "副所长", "鄢澧翯", "leader", [
            ("食品生产许可现场审查降低标准", "岗位职责", "Ⅰ", "审查组两人以上，审查结论集体审定。"),
            ("干预股室案件办理", "思想道德", "Ⅱ", "领导干部插手案件登记报告。"),
        ]),
        ("食品生产监管股", "监管员", "郏沣翀", "general", [
            ("食品添加剂使用检查不到位", "业务流程", "Ⅱ", "检查清单逐项勾选，照片留存。"),
            ("检查中收受企业财物", "外部环境", "Ⅲ", "签订廉洁承诺，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "qingcheng_town_list",
        "https://bdocx.com/doc/23437645.html",
        "县庆城市场监管所 岗位廉政风险防控一览表, after the source's comparison of the 食品生产许可 rules (许可, 现场审查, "
        "食品添加剂): a title, 序号/股室 merged (所领导, 食品生产监管股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingcheng_bureau_type_tags(),
    qingcheng_yima_two_sheets(),
    qingcheng_maling_posts(),
    qingcheng_food_lab_cards(),
    qingcheng_consumer_selfchecks(),
    qingcheng_chicheng_group_rows(),
    qingcheng_quality_list(),
    qingcheng_town_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch492-inbox"))
