"""The four-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 统计和审计
bodies, 漳县 (a county of 定西市) — its 统计局, 统计普查中心 and 经济责任审计中心, the 统计站 of four
of its towns (武阳镇, 三岔镇, 盐井镇, 新寺镇) and, in the harder file, its 审计局 — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 统计局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 统计普查中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 经济责任审计中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 武阳镇统计站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 三岔镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 盐井镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 新寺镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhangxian_audit_bureau_glossary_below``: the 审计局's 一览表, ``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, one point a row, each ``廉政风险点`` cell a SHORT NAME
  only (``审计组成员回避不到位``) — and what each point MEANS, how it shows, is written apart from
  it, UNDER THE TABLE, in a GLOSSARY keyed by 序号: a merged line ``风险点释义：`` and then one
  merged line a point, ``1.审计组成员回避不到位：指审计组成员与被审计单位负责人有亲属关系或利害关系，
  未按规定申请回避。`` (the 序号, the short name again, a colon, the description), then a
  填表人/审核人/date line. The point is the short name in the table; its description stands
  below the table, a whole line for itself, restating the name. The README's 读得懂的表 knows a
  point's description beside it in a column (``风险点 | 风险表现``), in the same cell (after a
  colon, in a closing bracket, in a bold/plain rich text, parted by typed spaces, on labelled
  lines), on the rows of a Word record, under a merged heading; it knows notes under a table
  that give levels, holders or measures by 序号, and measures in another table under the list —
  it does not describe the points' DESCRIPTIONS written as a numbered glossary of whole lines
  under the table, each restating the point's short name. No earlier batch writes one
  (``grep -l '释义' tests/published/batch*.py``: only batch184, whose source is a 释义 of a
  条例, in prose, not a glossary under a table).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (浙江's 统计法律法规读本 for 统计局s;
宁德's 人口普查 and the units that run it; a college's 领导干部经济责任审计实施办法; 浙江's 市县
经济责任审计操作规程; a 街道统计调查队 and its 普查员 drawing maps; 广州's 统计执法抽检; the 统计造假
专项整治; 黔江's 统计全流程质量控制管理办法) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 漳县 (``unit_words=("漳县",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch481`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉政风险点`` cell's TEXT (the short name) is one point of its row's
  holder, with that row's type and level; the ``风险点释义：`` line and every numbered glossary
  line under it (``1.…：指…``) are no points, no part of a point and name nobody;
- ``局领导``, ``中心领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a
  局's 股 and a 中心's 科 are 科室; a 镇统计站 has no 科室: its group rows ``一、站领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are
  leaders; 股长 and 科长 middle; the rest (科员, 统计员, 审计员, 普查员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 统计普查中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b481_"
PLACE = "漳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
GLOSSARY_HEAD = "风险点释义："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 释义, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "鞠翾璟", "leader", [
        ("审计项目计划随意调整", "指未经局党组集体研究，擅自增减或推迟年度审计项目，为被审计单位规避审计。", "制度机制",
         "高", "年度审计项目计划党组会审定，调整须报县委审计委员会。"),
        ("审计处理处罚从轻", "指接受说情，对应处理处罚的问题降格处理或不予处理。", "思想道德", "高",
         "审计处理处罚经审理会审定，说情干预登记报告。"),
    ]),
    ("财政审计股", "股长", "茹湜骎", "middle", [
        ("审计组成员回避不到位", "指审计组成员与被审计单位负责人有亲属关系或利害关系，未按规定申请回避。", "岗位职责",
         "中", "进点前签订回避承诺书，股室复核。"),
        ("审计证据取舍不当", "指对重要问题的证据不取、少取或故意遗漏，使审计结论失实。", "业务流程", "高",
         "审计证据经主审、股长两级复核。"),
    ]),
    ("投资审计股", "科员", "乜沄翃", "general", [
        ("工程结算审减不实", "指与施工单位串通，对工程量、单价审减不足，多结工程款。", "业务流程", "中",
         "结算审计实行复审制度，重大项目第三方复核。"),
        ("审计期间接受宴请", "指在审计现场接受被审计单位宴请、礼品礼金或报销个人费用。", "外部环境", "低",
         "执行审计“八不准”，审计纪律监督卡随审计通知书送达。"),
    ]),
]  # fmt: skip


def zhangxian_audit_bureau_glossary_below() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 12, 8, 10, 24, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    glossary = []
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, meaning, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            glossary.append(f"{n}.{point}：{meaning}")
    _per_person(sh, first, 1, 2, 3)
    _line(sh, GLOSSARY_HEAD, 8)
    for text in glossary:
        _line(sh, text, 8)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "zhangxian_audit_bureau_glossary_below",
        "https://law.esnai.com/do.aspx?action=show&controller=home&lawid=109919",
        "(harder) 县审计局 岗位廉政风险防控一览表, after the source's 市县党政主要领导干部经济责任审计操作规程 (审计组, 回避, "
        "审计证据, 审计报告): 序号/股室 merged (局领导, 财政审计股, 投资审计股)/岗位 and 责任人 merged per person/廉政风险点 "
        "a SHORT NAME only/风险类型 (short)/高/中/低/防控措施 — and each point's DESCRIPTION written UNDER THE TABLE in a "
        "glossary keyed by 序号: a merged ``风险点释义：`` line, then one merged line a point ``N.短名：指…。``; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhangxian_statistics_bureau_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "戚翀旻", "leader", [
            ("授意下级统计机构修改统计数据", "思想道德", "高", "统计数据由专业股室依法审核，领导不签批数据。"),
            ("统计执法检查对象选定随意", "制度机制", "中", "检查对象“双随机”抽取。"),
        ]),
        ("综合股", "股长", "羿旸澔", "middle", [
            ("统计资料提前泄露", "岗位职责", "高", "统计资料发布前专人保管，严守发布时间。"),
        ]),
        ("专业股", "统计员", "揭湲昶", "general", [
            ("对企业联网直报数据审核走过场", "业务流程", "中", "数据异常逐条核实并留痕。"),
            ("接受调查对象礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "zhangxian_statistics_bureau_list",
        "https://tjj.zjtz.gov.cn/art/2024/12/25/art_1229576342_1716635.html",
        "县统计局 岗位廉政风险防控一览表, after the source's 统计法律法规读本 (统计造假、弄虚作假, 统计督察, 统计执法): a "
        "title, 序号/股室 merged (局领导, 综合股, 专业股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhangxian_census_center_posts() -> dict:
    unit = f"{PLACE}统计普查中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    cen, dat = "普查科", "数据处理科"
    rows = [
        (cen, "科长", "middle", "普查员选聘", "优亲厚友，选聘不符合条件的人员", "制度机制风险", "Ⅱ级",
         "选聘条件和结果公示。"),
        (cen, "科长", "middle", "普查经费使用", "虚列普查员劳务补贴", "岗位职责风险", "Ⅰ级",
         "补贴按登记户数核发到个人账户。"),
        (dat, "普查员", "general", "普查数据录入", "擅自修改普查对象申报数据", "业务流程风险", "Ⅰ级",
         "录入修改留痕，双人比对。"),
        (dat, "普查员", "general", "普查资料保管", "泄露普查对象个人信息", "思想道德风险", "Ⅲ级",
         "签订保密协议，资料专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhangxian_census_center_posts", "https://bkwk.cn/article/jmndrkpcnxdwcgjcyz.html",
        "县统计普查中心 廉政风险点排查表 对岗不对人, after the source's account of who runs 宁德's 人口普查 (统计局, 普查员和"
        "指导员, 数据汇总): a title, 序号/科室 merged (普查科, 数据处理科)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def zhangxian_audit_center_two_sheets() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("阙翊澈", "主任", "主持全面工作", [
            ("经济责任审计评价意见受干预", "一级", "审计评价意见经中心业务会集体审定。"),
            ("审计结果运用选择性移送", "二级", "问题线索移送台账报局党组。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审计一科", "科长", "詹昉翚", "middle", "离任审计延伸调查范围随意缩小", "一级", "延伸调查范围写入审计实施方案。"),
        ("审计一科", "审计员", "笃澍霁", "general", "审计工作底稿记录不实", "二级", "底稿经主审复核签字。"),
        ("审计一科", "审计员", "笃澍霁", "general", "向被审计领导干部透露审计发现", "三级", "审计情况未经批准不得对外透露。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhangxian_audit_center_two_sheets",
        "https://52xueshu.com/w/docoeo2etfku.html",
        "县经济责任审计中心's file in two sheets, after the source's 领导干部经济责任审计实施办法 (离任经济责任审计, 任期审计, "
        "内审机构): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhangxian_wuyang_station_cards() -> dict:
    unit = f"{PLACE}武阳镇统计站"
    t = _Truth(unit)
    cards = [
        ("站长", "仝翯湛", "leader", [
            ("镇域经济指标层层加码", "★★★", "指标数据按统计制度采集，不设数据目标。"),
            ("统计站办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("统计员", "厍昱潆", "general", [
            ("村级统计报表代填代报", "★★", "报表由村统计员签字报送。"),
            ("接受企业土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhangxian_wuyang_station_cards",
        "http://udlsy.com/zixun/4130.html",
        "镇统计站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 统计员), after the source's report of a 街道统计调查队 and its "
        "普查员 (手绘地图, 入户摸底, 普查员培训): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhangxian_sancha_station_selfchecks() -> dict:
    unit = f"{PLACE}三岔镇统计站"
    t = _Truth(unit)
    people = [
        ("逯翙珩", "副站长", "leader", [
            ("规模以上企业入库审核把关不严", "高风险", "入库材料报县统计局复核。", "已落实"),
            ("统计执法配合检查通风报信", "中风险", "检查安排保密。", "未发现问题"),
        ]),
        ("蒯翕澂", "会计", "general", [
            ("调查补贴白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("代管调查经费公款私存", "低风险", "经费进镇财政所专户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhangxian_sancha_station_selfchecks",
        "https://www.ztwlxx.com/t/jie-mi-guang-zhou-tong-ji-zhi-fa-chou-jian-ru-he-shou-hu-shu-ju-zhen-shi.html",
        "镇统计站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of 广州's "
        "统计执法抽检 (抽检对象, 随机抽样, 现场检查): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zhangxian_yanjing_station_group_rows() -> dict:
    unit = f"{PLACE}盐井镇统计站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "宓翾濯", "leader", [
                ("农业产量调查样本户擅自更换", "一级风险", "样本户更换报县统计局批准。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("统计员", "琴昶沣", "general", [
                ("住户调查记账补贴冒领", "一级风险", "补贴发放到记账户个人账户。"),
                ("统计台账补记后补", "二级风险", "台账按月登记、站长签字。"),
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
        "zhangxian_yanjing_station_group_rows",
        "https://hzyx88.com/info/1047/93616.htm",
        "镇统计站 廉政风险防控责任清单, after the source's account of the 统计造假专项整治 (找、查、督、处、防): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def zhangxian_xinsi_station_list() -> dict:
    unit = f"{PLACE}新寺镇统计站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "隆翥沄", "leader", "统计数据质量核查走过场", "岗位职责", "中", "核查记录双人签字。"),
        ("站长", "隆翥沄", "leader", "为关系企业瞒报统计违法行为", "思想道德", "高", "统计违法线索登记上报。"),
        ("统计员", "沃昀澹", "general", "名录库单位信息随意变更", "业务流程", "高", "变更凭证明材料并报县局审核。"),
        ("统计员", "沃昀澹", "general", "统计原始资料保管不善丢失", "制度机制", "低", "资料专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zhangxian_xinsi_station_list",
        "http://m.xuyunyun2.cn/bmjd/xzfgzbm/qtjj/zwgk_49283/gkml/zcwj/qtwj/202502/t20250217_14310860.html",
        "镇统计站 廉政风险防控一览表, after the source's 统计全流程质量控制管理办法 (调查对象管理, 数据采集, 资料整理归档): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhangxian_audit_bureau_glossary_below(),
    zhangxian_statistics_bureau_list(),
    zhangxian_census_center_posts(),
    zhangxian_audit_center_two_sheets(),
    zhangxian_wuyang_station_cards(),
    zhangxian_sancha_station_selfchecks(),
    zhangxian_yanjing_station_group_rows(),
    zhangxian_xinsi_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch481-inbox"))
