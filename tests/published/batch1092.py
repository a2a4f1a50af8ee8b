"""The one-thousand-and-ninety-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 林草, 卫生院, 中学 and 交通 bodies of one county,
镇雄县 (昭通市, 云南省) — its 以勒镇人民政府, the 芒部镇人民政府, the 母享镇母享村民委员会, the
林业和草原局, the 赤水源镇人民政府, the 塘房镇卫生院, the 镇雄县第一中学 and the 交通运输局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 以勒镇人民政府's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 芒部镇人民政府's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column, a
  镇纪委 line;
- the 母享村民委员会's 清单: ``职务 | 姓名`` merged per person, short types under ``风险类型``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 林业和草原局's 排查表: ``股室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 赤水源镇人民政府's 清单 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 塘房镇卫生院's 防控卡 under GROUP ROWS ``（一）院领导``, ``（二）公共卫生科``, ``（三）收费室`` (no
  科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``zhenxiong_transport_bureau_run_on_points``: the 交通运输局's 岗位廉政风险防控一览表, one row a
  person: ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, and in each row the 风险点
  cell numbers its points ON ONE LINE (``①…；②…``, ``1.…；2.…；3.…``, ``①…②…`` with nothing
  between, ``（1）…；（2）…``, ``1、… 2、…`` parted by a space), while the 风险等级 cell gives one level
  A LINE, the first line the first point's (``高⏎高``, ``高⏎中⏎中``, ``中⏎低``), no numbers; the
  防控措施 cell numbers its measures the same way on one line, or is one text for the row. Each
  number is a point of its own, with the level of its line. The assigned kind and its fallbacks
  were probed in order at HEAD: (assigned) a measures column beside an unknown column that is not
  measures (``防控措施 | 预期效果``, ``措施内容 | 完成时限``, ``防范措施 | 责任领导``, ``主要防控措施 |
  目标要求``/``预期成效``/``达到效果``/``防控目标``/``监督方式``) read RIGHT: the measures were each
  cell's own, the neighbour left out; so the first fallback, (a) numbered points ①…② in one cell
  beside a level column giving one level per item on separate lines, was probed: written a line
  each (``①…⏎②…`` beside ``高⏎中``) it read right, but written ON ONE LINE it misread — ``①…；②…``
  and ``①…②…`` and ``1、… 2、…`` as ONE point (the whole cell with its numbers) with the first
  line's level, and ``1.…；2.…``, ``（1）…；（2）…``, ``一是…；二是…`` split into their points but
  every point given the FIRST line's level — so (a), written on one line, was taken (the later
  fallbacks were not needed).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 镇雄 could be found: the pages are of the county, its towns
以勒, 芒部, 母享, 赤水源 and 塘房, its products, its roads, and the 赤水河's source); the rows are
worded by us, the names invented (the rare compound surnames 拔也古 and 同罗); every unit is a body
of 昭通市镇雄县.

Run ``python tests/published/score.py --set batch1092`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered item of the 风险点 cell is a point, its words without the
  number and the ``；`` between, its level the line of the 风险等级 cell of its turn;
- ``镇领导``, ``院领导``, ``局领导`` are the 科室 of the leaders; the 镇's and the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``教务处主任`` is the 主任 of the 科室
  教务处; 镇长, 副镇长, 党委书记, 局长, 副局长, 院长, 校长 are leaders; 股长, 队长, 主任 of a 科室,
  科长 the middle; the rest (the 村委会主任 too, as earlier batches have him) general;
- the 赤水源镇's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1092_"
PLACE = "昭通市镇雄县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the marks a cell numbers its items with on one line: (opening of item n, joint between items)
MARKS = {
    "circled;": (lambda n: "①②③④⑤"[n - 1], "；"),
    "circled": (lambda n: "①②③④⑤"[n - 1], ""),
    "dot;": (lambda n: f"{n}.", "；"),
    "paren;": (lambda n: f"（{n}）", "；"),
    "comma ": (lambda n: f"{n}、", " "),
}

# one row a person: (股室, 岗位, 姓名, tier, how the 风险点 cell numbers its items, whether the
# 防控措施 cell is numbered alike (else one text for the row), [(风险点, 风险等级, 防控措施)])
RUN_ON = [
    ("局领导", "局长", "拔也古山", "leader", "circled;", True, [
        ("公路建设项目招标指定中标单位", "高", "招标全程进入公共资源交易平台"),
        ("工程变更签证个人说了算", "高", "变更签证班子集体研究"),
    ]),
    ("建设管理股", "股长", "同罗月", "middle", "dot;", True, [
        ("农村公路交工验收降低标准", "高", "验收邀请第三方检测"),
        ("工程款拨付不按进度", "中", "拨付按进度两人审核"),
        ("质量检测报告弄虚作假", "中", "检测报告抽查复核"),
    ]),
    ("运输管理股", "股长", "拔也古云", "middle", "circled", False, [
        ("客运线路审批优亲厚友", "中", ""),
        ("货运车辆年审放宽条件", "低", ""),
    ]),
    ("路政执法大队", "执法队员", "同罗川", "general", "paren;", True, [
        ("超限运输车辆以罚代管", "中", "执法全程记录仪录像"),
        ("路产赔偿款收缴不入账", "低", "赔偿款当日缴入专户"),
    ]),
    ("财务室", "会计", "拔也古琳", "general", "comma ", True, [
        ("差旅费报销审核不严", "中", "报销凭证逐笔复核"),
        ("固定资产账实不符", "低", "每年盘点一次"),
    ]),
]  # fmt: skip
ROW_MEASURES = "线路审批结果公示，年审两人以上现场查验。"


def run_on_cell(items: list[str], marks: str) -> str:
    """Items numbered in turn on ONE line ('①…；②…', '1.…；2.…', '①…②…', '1、… 2、…')."""
    mark, joint = MARKS[marks]
    return joint.join(f"{mark(n)}{x}" for n, x in enumerate(items, 1))


def zhenxiong_transport_bureau_run_on_points() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 48, 10, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    for n, (dept, post, who, tier, marks, numbered, points) in enumerate(RUN_ON, 1):
        sh.add(
            n, dept, post, who,
            run_on_cell([p for p, _, _ in points], marks),
            "\n".join(lv for _, lv, _ in points),
            run_on_cell([m for _, _, m in points], marks) if numbered else ROW_MEASURES,
        )  # fmt: skip
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填报人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhenxiong_transport_bureau_run_on_points",
        "https://ztnews.net/article/show-357803.html",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, one row a person, after the source's 昭通新闻网 "
        "report on 镇雄's roads in the 十三五 (its 13477 公里 of 公路, the 镇毕高速, the 成贵高铁; no page "
        "of its 交通运输局's table could be found): a title, 序号/股室/岗位/姓名/廉政风险点/风险等级/防控措施, "
        "the 风险点 cell numbering its points ON ONE LINE (``①…；②…``, ``1.…；2.…；3.…``, ``①…②…``, "
        "``（1）…；（2）…``, ``1、… 2、…``), the 风险等级 cell one level A LINE in the points' order "
        "(``高⏎高``, ``高⏎中⏎中``, ``中⏎低``), the 防控措施 cell numbered alike on one line or one text; "
        "a 填报人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhenxiong_yile_town_list() -> dict:
    unit = f"{PLACE}以勒镇人民政府"
    sh = _Sheet("一览表", [6, 16, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "同罗松", "leader", "集镇改造项目指定施工队", "思想道德风险", "高",
         "项目党委会集体研究，公开比选。"),
        ("镇领导", "党委书记", "同罗松", "leader", "村级干部考核个人定调", "制度机制风险", "中",
         "考核结果班子研究并公示。"),
        ("农业农村服务中心", "主任", "拔也古荣", "middle", "烤烟种植补贴审核不实", "岗位职责风险", "高",
         "补贴名单逐户核实并公示。"),
        ("农业农村服务中心", "主任", "拔也古荣", "middle", "农资发放优亲厚友", "外部环境风险", "中",
         "发放登记签字，张榜公示。"),
        ("综合行政执法队", "队员", "同罗菊", "general", "集市摊位收费不开票", "业务流程风险",
         "低", "收费统一开具票据，日清日结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "zhenxiong_yile_town_list",
        "https://bdditu.com/zhaotongditu/map/zhenxiongxian_yilezhen.html",
        "镇人民政府 岗位廉政风险防控一览表, after the source's map page on 镇雄县以勒镇 (its 175 平方千米, "
        "its 烤烟 and 葡萄泉, its 全国重点镇 title of 2014): a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def zhenxiong_mangbu_town_list() -> dict:
    unit = f"{PLACE}芒部镇人民政府"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("镇长", "拔也古正", "leader", "土司文化遗址修缮验收走过场", "一级", "验收集体进行，结果公示。"),
        ("镇长", "拔也古正", "leader", "镇级资金大额支出个人审批", "二级", "大额支出班子会研究。"),
        ("副镇长", "同罗霞", "leader", "集体林地流转不公开", "一级", "流转公开竞价。"),
        ("林业站工作人员", "拔也古星", "general", "五加皮种植补助虚报", "二级", "补助据实核定，留存影像。"),
        ("林业站工作人员", "拔也古星", "general", "收受木材经营户礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("镇纪委意见：", None, None, "2025年9月", None, None)
    return _layout(
        "zhenxiong_mangbu_town_list", "https://xtjys.com/wiki/%E8%8A%92%E9%83%A8%E9%8E%AE/140213",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 镇雄县芒部镇 (its 142.52 平方公里, the "
        "彝族土司文化, the 五加皮 and 云杉 林): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 镇纪委意见 line",
        [sh], t,
    )  # fmt: skip


def zhenxiong_muxiang_village_list() -> dict:
    unit = f"{PLACE}母享镇母享村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "同罗文斌", "leader", "村集体糯米加工坊承包不公开", "制度机制", "Ⅰ级",
         "承包经村民代表会议决定并公示。"),
        ("村党总支书记", "同罗文斌", "leader", "村内道路硬化指定施工队", "外部环境", "Ⅰ级",
         "项目公开比选。"),
        ("村委会主任", "拔也古秀英", "general", "临时救助评议优亲厚友", "思想道德", "Ⅱ级", "评议结果张榜公示。"),
        ("村委会主任", "拔也古秀英", "general", "公益岗位人选安排不实", "业务流程", "Ⅱ级", "人选逐户核实。"),
        ("报账员", "同罗勇", "general", "村级票据审核不严", "岗位职责", "Ⅲ级", "票据经村务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
    return _layout(
        "zhenxiong_muxiang_village_list", "http://m.guoxuedashi.com/diming/18505lopd/",
        "村民委员会 岗位廉政风险防控清单, after the source's gazetteer entry on 镇雄县母享镇 (its 98.9 平方千米, "
        "the 母享巡检司 of the 清, its 糯米 and 仙人洞; no page of the 村 itself could be found): a title, "
        "序号/职务 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhenxiong_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "同罗刚", "leader", "退耕还林项目指定苗木供应商", "一级风险", "苗木公开采购，党组会研究。"),
        ("资源管理股", "股长", "拔也古平", "middle", "林木采伐许可超限额审批", "一级风险", "采伐指标公示，两人审核。"),
        ("资源管理股", "股长", "拔也古平", "middle", "征占用林地现场查验走过场", "二级风险", "查验留存影像，结果存档。"),
        ("办公室", "出纳", "同罗丽", "general", "现金收付不及时入账", "二级风险", "收付日清日结，两人对账。"),
        ("办公室", "出纳", "同罗丽", "general", "支票印鉴保管不善", "三级风险", "印鉴分人保管，使用登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "zhenxiong_forestry_bureau_screening", "http://www.lygfang.com/townce/zhenxiong.html",
        "县林业和草原局 廉政风险点排查表, after the source's page on 镇雄's products (its 木漆, the most of "
        "the province, its 竹荪 and 天麻; no page of the 局 could be found): a title, 序号/股室/岗位/责任人 on "
        "EVERY row/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhenxiong_chishuiyuan_town_posts() -> dict:
    unit = f"{PLACE}赤水源镇人民政府"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "leader", "河道治理资金分配个人决定", "思想道德风险", "高风险",
         "资金分配党委会研究并公示。"),
        ("镇领导", "镇长", "leader", "水源地保护工程验收不严", "制度机制风险", "高风险", "验收邀请专家参加。"),
        ("生态环境保护站", "河道管理员", "general", "河道保洁补助虚报", "岗位职责风险", "中风险",
         "补助名单逐人核对。"),
        ("生态环境保护站", "河道管理员", "general", "采砂巡查放宽标准", "外部环境风险", "中风险",
         "巡查两人以上，留存影像。"),
        ("财政所", "报账员", "general", "村级报账票据不全", "业务流程风险", "低风险", "票据逐张审核登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "zhenxiong_chishuiyuan_town_posts", "https://ztnews.net/article/show-368077.html",
        "镇人民政府 岗位廉政风险防控清单 对岗不对人, after the source's 昭通新闻网 essay on the 赤水河's "
        "source at 赤水源镇银厂村 (the 罗汉林梁子, the 五德天坑): a title, 序号/部门 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhenxiong_tangfang_clinic_group_rows() -> dict:
    unit = f"{PLACE}塘房镇卫生院"
    sh = _Sheet("防控卡", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("（一）院领导", "院领导", [
            ("院长", "同罗岩", "leader", [
                ("药品耗材采购指定供应商", "高", "采购院务会研究，公开比选。"),
                ("职工绩效分配个人说了算", "中", "绩效方案职工大会通过。"),
            ]),
        ]),
        ("（二）公共卫生科", "公共卫生科", [
            ("科长", "拔也古芳", "middle", [
                ("基本公卫服务数据虚报", "中", "服务记录随机电话回访。"),
            ]),
        ]),
        ("（三）收费室", "收费室", [
            ("收费员", "同罗静", "general", [
                ("收费不开票据", "中", "收费统一开具电子票据。"),
                ("退费审核不严", "低", "退费经科室负责人签字。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "zhenxiong_tangfang_clinic_group_rows", "http://readke.com/c/2901026.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 镇雄县's sights (the "
        "母享 and 塘房 风光, the 罗甸 river, the 躲军洞; no page of the 塘房镇卫生院 could be found): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``（一）院领导``, "
        "``（二）公共卫生科``, ``（三）收费室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhenxiong_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("同罗雪", "", "校长", "leader", [
            ("校服征订指定供应商", "一级", "征订由家委会参与，公开比选。", "已落实"),
            ("教师评优评先不公", "二级", "评优结果校务会研究并公示。", "已落实"),
        ]),
        ("拔也古涛", "教务处", "主任", "middle", [
            ("教辅资料违规征订", "二级", "教辅征订按规定自愿选用。", "未发现问题"),
            ("考试成绩录入不实", "三级", "成绩两人录入核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhenxiong_no1_middle_school_selfchecks",
        "https://pediainside.com/index.php?title=%E9%95%87%E9%9B%84%E5%8E%BF&variant=zh-hant",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "求真百科 page on 镇雄县 (its 3 街道, 20 镇 and 7 乡, its seat at 乌峰街道, the 镇雄军民府 of the 明; "
        "no page of the school could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over "
        "a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type "
        "column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhenxiong_transport_bureau_run_on_points(),
    zhenxiong_yile_town_list(),
    zhenxiong_mangbu_town_list(),
    zhenxiong_muxiang_village_list(),
    zhenxiong_forestry_bureau_screening(),
    zhenxiong_chishuiyuan_town_posts(),
    zhenxiong_tangfang_clinic_group_rows(),
    zhenxiong_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1092-inbox"))
