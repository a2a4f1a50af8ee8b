"""The four-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
生态环境 bodies, 庄浪县 (a county of 平凉, 甘肃) — its 自然资源局, 生态环境分局, 林业和草原局, 不动产登记
服务中心 and four 镇自然资源所 (水洛镇, 南湖镇, 朱店镇, 万泉镇 — towns of the county) — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 生态环境分局's file in two sheets ``领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 林业和草原局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 不动产登记服务中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, short
  types, 高/中/低, an 编制人/审核人/date line;
- the 水洛镇自然资源所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 南湖镇自然资源所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 朱店镇自然资源所's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 万泉镇自然资源所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhuanglang_resources_bureau_gender_mark``: the 自然资源局's 岗位廉政风险防控一览表 writes THE
  HOLDER'S SEX IN A FULL-WIDTH BRACKET AFTER THE NAME, for the women only: the heading is
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged over its rows,
  ``岗位`` and ``姓名`` over the person's, and the ``姓名`` cells read ``笪沇琤（女）``, ``郦泫珹（女）``
  while the man's reads plain ``仉翛湝`` (as rosters and 名单 mark women). The shape is about HOW
  THE HOLDER IS WRITTEN. The README's 读得懂的表 knows brackets after a name that give the post
  (``蓝建峰(所长)``), a second holder, the holder's supervisor, a seconded holder's home unit, a
  hired holder (``（聘用）``), an arrival date, a former holder (``（2024年5月调离）``), footnote
  marks, and after a post its 科室 or rank (``副局长（正科级）``, batch42/batch170); it does not
  describe a bracket giving the holder's SEX, which is no post, no 科室, no second person and
  no part of the name. No earlier batch writes one: ``grep -lF '（女）' tests/published/batch*.py``
  finds none. (A rank bracketed after the post, ``股长（四级主任科员）``, was the first choice and
  was dropped: batch42 and batch170 have it.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 市县级 国土空间用途管制
— 规划条件, 用途管制, 耕地; a paper on 排污许可信息真实性 — 核发程序, 审查不严, 执法; an account of
重点林区 林木采伐许可 — 伐区调查设计, 实地查验, 采伐证; a chapter on 不动产错误登记 赔偿责任 — 虚假
材料, 登记错误; a 镇's 乱占耕地建房 摸排 — 摸排APP, 公示, 巡查; a city's 乱占耕地建房 整治 — 宅基地
审批, 动态巡查, 立案查处; a provincial opinion on 节约集约用地 — 增减挂钩, 拆旧复垦; a report of a
森林法 执法检查 — 林地, 毁林, 护林员) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 庄浪县 (``unit_words=("庄浪县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch499`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the name BEFORE ``（女）``; the bracket is the holder's sex, no
  part of the name, no post, no 科室 and no second person; the man's plain name is his;
- ``领导`` (the 生态环境分局's leaders' sheet) is the 科室 of those leaders, and ``局领导`` in the
  自然资源局's and ``中心领导`` in the 不动产登记服务中心's 科室 cells likewise; a 局's 股, a 中心's 股
  and the 综合执法队 are 科室; a 自然资源所's card, 自查表 and lists name no 科室 (the 所 is the unit);
  the group rows ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, a 中心's 主任 and a 所's 所长 are leaders; 股长 middle; the
  rest (科员, 执法员, 技术员, 审核员, 协管员, 国土员, 测量员, 护林协管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 林业和草原局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b499_"
PLACE = "庄浪县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, 女, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "仉翛湝", False, "leader", [
        ("建设用地报批事项个人决定", "制度机制", "高", "用地报批方案局务会集体研究，纪要存档。"),
        ("为关系人规划调整打招呼", "思想道德", "中", "插手干预规划事项登记报告。"),
    ]),
    ("国土空间规划股", "股长", "笪沇琤", True, "middle", [
        ("规划条件出具随意变更", "岗位职责", "高", "规划条件经技术审查会审定，结果公开。"),
        ("用途管制审查把关不严", "业务流程", "中", "审查意见两人会签，系统留痕。"),
    ]),
    ("耕地保护股", "科员", "郦泫珹", True, "general", [
        ("占补平衡指标核算不实", "岗位职责", "中", "指标核算股长复核，按季公示。"),
        ("接受用地单位宴请", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
    ]),
]  # fmt: skip
FEMALE = "（女）"


def zhuanglang_resources_bureau_gender_mark() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 8, 14, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, female, tier, points in BUREAU:
        shown = f"{who}{FEMALE}" if female else who
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年7月", None, None, None)
    return _layout(
        "zhuanglang_resources_bureau_gender_mark",
        "http://zgkjsz.com/page/2021/1227/13595000.shtml",
        "(harder) 县自然资源局 岗位廉政风险防控一览表, after the source's paper on 市县级 国土空间用途管制 (规划条件, "
        "用途管制, 耕地保护): a title, 序号/科室 merged (局领导, 国土空间规划股, 耕地保护股)/岗位 merged per person/姓名 "
        "merged per person, the women's names written with their SEX IN A FULL-WIDTH BRACKET after them "
        "(``笪沇琤（女）``, ``郦泫珹（女）``; the man's plain)/廉政风险点/风险类型 (short)/高/中/低/防控措施; an "
        "编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhuanglang_ecology_two_sheets() -> dict:
    unit = f"{PLACE}生态环境分局"
    t = _Truth(unit)
    lead = _Sheet("领导", [6, 10, 10, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑湉珩", "局长", "主持全面工作", [
            ("排污许可核发个人说了算", "一级", "许可核发经分局会议集体审定。"),
            ("干预环境违法案件查处", "二级", "插手案件查处登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环评与排污许可股", "股长", "訾珞潆", "middle", "排污许可证审查降低标准", "一级",
         "审查要点清单化，两人审核。"),
        ("综合执法队", "执法员", "扈沄琇", "general", "现场检查接受企业宴请", "二级",
         "执法全过程记录，两人以上执法。"),
        ("综合执法队", "执法员", "扈沄琇", "general", "泄露执法检查计划", "三级", "双随机抽取，检查前保密。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhuanglang_ecology_two_sheets",
        "https://www.hanspub.org/journal/paperinformation?paperID=51188",
        "县生态环境分局's file in two sheets, after the source's paper on 排污许可信息真实性 (核发程序, 审查不严, 执法): "
        "``领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhuanglang_forestry_posts() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    res, grass = "森林资源管理股", "草原管理股"
    rows = [
        (res, "股长", "middle", "林木采伐许可审核", "对伐区调查设计不实的申请予以审核通过", "岗位职责风险", "Ⅰ级",
         "伐区实地查验，股长复核。"),
        (res, "股长", "middle", "使用林地现场查验", "查验走过场，出具不实查验意见", "业务流程风险", "Ⅱ级",
         "查验两人以上，影像存档。"),
        (grass, "技术员", "general", "草原补奖面积核定", "核定面积与实际不符，虚报冒领", "制度机制风险", "Ⅱ级",
         "面积核定村级公示。"),
        (grass, "技术员", "general", "草原征占用审核", "收受申请人好处，降低审核标准", "思想道德风险", "Ⅲ级",
         "审核意见集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhuanglang_forestry_posts",
        "http://nmglbh.cn/cnt_696.html",
        "县林业和草原局 廉政风险点排查表 对岗不对人, after the source's account of 林木采伐许可 (伐区调查设计, 实地查验, "
        "采伐证核发): a title, 序号/股室 merged (森林资源管理股, 草原管理股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年5月`` "
        "line",
        [sh], t,
    )  # fmt: skip


def zhuanglang_registry_list() -> dict:
    unit = f"{PLACE}不动产登记服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "厍璟沨", "leader", [
            ("更正登记审批把关不严", "制度机制", "高", "更正登记集体会审，结果公示。"),
            ("为办证人员插队办理", "思想道德", "中", "按号办理，插手事项登记报告。"),
        ]),
        ("登记审核股", "审核员", "暴湜琬", "general", [
            ("对虚假申请材料审核不严", "岗位职责", "高", "人脸识别核验身份，材料两级审核。"),
            ("登簿信息录入错误", "业务流程", "中", "登簿前复核，差错追责。"),
            ("违规查询泄露登记信息", "外部环境", "低", "查询凭证登记，系统留痕。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "zhuanglang_registry_list",
        "https://m.e-book.qq.com/read/1026398433/21",
        "县不动产登记服务中心 岗位廉政风险防控一览表, after the source's chapter on 不动产错误登记 赔偿责任 (虚假材料, "
        "登记错误, 追偿): a title, 序号/科室 merged (中心领导, 登记审核股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhuanglang_shuiluo_cards() -> dict:
    unit = f"{PLACE}水洛镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "沃琰澂", "leader", [
            ("乱占耕地建房摸排瞒报", "★★★", "摸排结果以村公示，县局抽查。"),
            ("违法建房制止不力", "★★", "巡查发现问题当日上报。"),
        ]),
        ("协管员", "麴沺瑆", "general", [
            ("巡查记录弄虚作假", "★★", "巡查轨迹APP记录，所长抽查。"),
            ("收受建房户好处不报", "★", "签订廉洁承诺书。"),
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
        "zhuanglang_shuiluo_cards",
        "https://public.zhongmu.gov.cn/D55Z/4445119.jhtml",
        "县水洛镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 协管员), after the source's account of a 镇's "
        "乱占耕地建房 摸排 (摸排APP, 公示, 常态化巡查): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhuanglang_nanhu_selfchecks() -> dict:
    unit = f"{PLACE}南湖镇自然资源所"
    t = _Truth(unit)
    people = [
        ("巩澴玹", "所长", "leader", [
            ("宅基地审批初审把关不严", "高风险", "初审意见村、所两级公示。"),
            ("违法用地立案选择性查处", "中风险", "立案线索台账化管理。"),
        ]),
        ("饶琮淏", "国土员", "general", [
            ("宅基地四至丈量不实", "中风险", "两人丈量，户主签字确认。"),
            ("动态巡查发现问题不报", "低风险", "巡查日志每周报所长。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhuanglang_nanhu_selfchecks",
        "https://www.fynews.net/article-201006-1.html",
        "县南湖镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of "
        "农村乱占耕地建房 整治 (宅基地审批, 动态巡查, 立案查处): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def zhuanglang_zhudian_group_rows() -> dict:
    unit = f"{PLACE}朱店镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("所长", "闻珧澔", "leader", [
                ("增减挂钩拆旧复垦验收不实", "一级风险", "验收县、镇两级联合，影像存档。"),
                ("项目用地选址打招呼", "三级风险", "选址意见集体研究。"),
            ]),
        ]),
        ("二、工作人员", [
            ("测量员", "鄂湲玙", "general", [
                ("复垦面积测量弄虚作假", "一级风险", "测量成果第三方复核。"),
                ("测量资料保管不善", "二级风险", "资料归档专人保管。"),
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
        "zhuanglang_zhudian_group_rows",
        "https://shuipu.net/law/v?id=v7v019f3c102114ddf5b8cac3cbc8c62c1a649cb92f7d6b8116e&title=%E5%85%B3%E4%BA%8E%E8%8A%82%E7%BA%A6%E9%9B%86%E7%BA%A6%E7%94%A8%E5%9C%B0%E4%BF%9D%E9%9A%9C%E9%87%8D%E5%A4%A7%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E7%9A%84%E6%84%8F%E8%A7%81",
        "县朱店镇自然资源所 廉政风险防控责任清单, after the source's provincial opinion on 节约集约用地 (增减挂钩, 拆旧复垦, "
        "用地布局): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、领导岗位``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def zhuanglang_wanquan_list() -> dict:
    unit = f"{PLACE}万泉镇自然资源所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "郗淯璠", "leader", "林地占用初审把关不严", "岗位职责", "高", "初审现场核实，县局复核。"),
        ("所长", "郗淯璠", "leader", "接受施工单位宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("护林协管员", "亓瑢澈", "general", "毁林线索隐瞒不报", "业务流程", "中", "巡护轨迹记录，按周报告。"),
        ("护林协管员", "亓瑢澈", "general", "管护补助虚报冒领", "制度机制", "低", "补助按考核发放，公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "zhuanglang_wanquan_list",
        "http://www.npc.gov.cn/npc/c2/c30834/202510/t20251030_449150.html",
        "县万泉镇自然资源所 廉政风险防控一览表, after the source's report of a 森林法 执法检查 (林地保护, 毁林, 护林员): "
        "a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhuanglang_resources_bureau_gender_mark(),
    zhuanglang_ecology_two_sheets(),
    zhuanglang_forestry_posts(),
    zhuanglang_registry_list(),
    zhuanglang_shuiluo_cards(),
    zhuanglang_nanhu_selfchecks(),
    zhuanglang_zhudian_group_rows(),
    zhuanglang_wanquan_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch499-inbox"))
