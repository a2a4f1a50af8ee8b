"""The one-thousand-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 文旅, 生态环境, 学校 and 交通 bodies and
the 市场监督管理局 of one county-level city, 仁怀市 (遵义市, 贵州省) — its 茅台镇人民政府, the 茅台镇
椿树村, the 合马镇卫生院, the 文体广电旅游局, the 生态环境局, the 第二中学, the 交通运输局 and the
市场监督管理局 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 茅台镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 椿树村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 合马镇卫生院's 一览表: ``科室 | 职务 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 文体广电旅游局's 排查表: ``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险描述``, 高/中/低, no type column;
- the 生态环境局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``;
- the 交通运输局's 清单 under GROUP ROWS ``一、局领导``, ``二、综合行政执法大队``, ``三、建设管理股`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``renhuai_market_supervision_numbered_points_levels``: the 市场监督管理局's 一览表 — ``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` — ONE ROW A PERSON, his points in ONE cell numbered
  one a line in a style other than ①②③: ``1）…⏎2）…⏎3）…``, ``A.…⏎B.…``, ``（一）…⏎（二）…⏎（三）…``,
  ``(1)…⏎(2)…``; the level cell giving EACH point its own level in the same style — on one line
  (``1）高 2）高 3）中``, ``(1)中；(2)低``), grouped (``（一）（三）高（二）中``) or a line each
  (``A.中⏎B.低``); the measures cell numbered alike. Two rows are as batch148 and the issue call
  them ONE point: a cell of sub-items ``1.1 …⏎1.2 …`` under one level, and ``（1）…⏎（2）…`` under one
  level; one person's one point in plain cells. docs/layouts.md knows points numbered ①②③ (or
  ``（1）``) beside levels marked by the same numbers (LEVELS_BY_ITEM_MARKS, batch1027) and
  ``1.…⏎2.…`` beside ``1.高⏎2.中`` a line each; not ``1）``, ``A.`` or ``（一）`` marks in a level cell
  on one line or grouped, nor letters a line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table of 仁怀 was found, so each source is a page on
仁怀市 (茅台镇, its 酒旅, 长岗镇 …) and the layout says so; the rows are worded by us, the names
invented (the rare compound surnames 侯伏侯 and 苦烛浑 with rare given names); every unit is a body
of 仁怀市.

Run ``python tests/published/score.py --set batch1047`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered line of a point cell beside a level cell giving levels by the
  same numbers is a point, its level the one its number is given (``（一）（三）高`` gives （一） and
  （三） 高), the number no part of the point; a cell of numbered sub-items beside ONE level is one
  point, the whole cell;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's and the 中学's people have no
  科室 where no column gives one; 镇长, 局长, 院长, 校长, 村党支部书记 are leaders; 股长, 大队长, 所长
  (of a 局's 所), 主任 (of a 镇's 办 or 中心), 科长 middle; the rest general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points; the
  生态环境局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1047_"
PLACE = "仁怀市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# the item numbers of the harder file's cells, by style
STYLES = {
    "1）": ["1）", "2）", "3）", "4）"],
    "(1)": ["(1)", "(2)", "(3)", "(4)"],
    "A.": ["A.", "B.", "C.", "D."],
    "（一）": ["（一）", "（二）", "（三）", "（四）"],
}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# one row a person: (股室, 岗位, 姓名, tier, numbering style or None, the level cell as written,
# [(风险点, level, 防控措施)]); style None: the cell as written is ONE point (its level the cell's)
MARKET = [
    ("局领导", "局长", "侯伏侯湛", "leader", "1）", "1）高 2）高 3）中", [
        ("酱香白酒生产许可审批打招呼", "高", "许可审批局党组会集体研究，结果公开。"),
        ("酒类质量抽检结果干预", "高", "抽检结果两人复核，干预过问登记。"),
        ("广告违法案件查处说情", "中", "案件集体审理，说情登记备案。"),
    ]),
    ("食品生产监管股", "股长", "苦烛浑琰", "middle", "（一）", "（一）（三）高（二）中", [
        ("小作坊整治验收放宽标准", "高", "验收两人以上，留存影像。"),
        ("日常检查接受企业宴请", "中", "检查人员签订廉洁承诺书。"),
        ("关停作坊复产核查走过场", "高", "复产核查结果局务会审定。"),
    ]),
    ("登记注册股", "登记员", "侯伏侯沄", "general", "A.", "A.中\nB.低", [
        ("为熟人企业提前办理登记", "中", "取号叫号，按序办理。"),
        ("登记材料审核把关不严", "低", "初审、复审两级审核。"),
    ]),
    ("茅台市场监管所", "所长", "苦烛浑翊", "middle", "(1)", "(1)中；(2)低", [
        ("酒类经营户投诉处理偏袒", "中", "投诉处理结果回访。"),
        ("罚没酒品保管处置不登记", "低", "罚没物品入库登记，集体处置。"),
    ]),
    ("价格监督检查股", "股长", "侯伏侯霈", "middle", None, "中", [
        ("1.1 价格检查选择性执法\n1.2 检查结果不如实记录", "中", "检查对象随机抽取，结果公示。"),
    ]),
    ("综合执法大队", "执法队员", "苦烛浑曦", "general", None, "中", [
        ("（1）案件调查取证不全\n（2）处罚自由裁量畸轻", "中", "执法全过程记录，处罚集体讨论。"),
    ]),
    ("办公室", "会计", "侯伏侯翎", "general", None, "低", [
        ("公务接待费用超标准列支", "低", "接待清单审核，按月公开。"),
    ]),
]  # fmt: skip


def _numbered(style: str | None, items: list[str]) -> str:
    """Items one a line, numbered in ``style`` ('1）…⏎2）…'); style None: the one item as written."""
    if style is None:
        assert len(items) == 1
        return items[0]
    return "\n".join(f"{STYLES[style][i]}{x}" for i, x in enumerate(items))


def renhuai_market_supervision_numbered_points_levels() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 12, 40, 18, 40])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    for n, (dept, post, who, tier, style, levels, points) in enumerate(MARKET, 1):
        cell = _numbered(style, [p for p, _, _ in points])
        measures = _numbered(style, [m for _, _, m in points])
        sh.add(n, dept, post, who, cell, levels, measures)
        for point, lv, _ in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "renhuai_market_supervision_numbered_points_levels", "https://drbdp.com/4-6206173.html",
        "(harder) 市市场监督管理局 岗位廉政风险防控一览表, ONE ROW A PERSON, his points in ONE cell numbered one a "
        "line ``1）…⏎2）…``, ``A.…⏎B.…``, ``（一）…⏎（二）…`` or ``(1)…⏎(2)…``, the 风险等级 cell giving EACH point "
        "its own level by the same numbers — on one line (``1）高 2）高 3）中``, ``(1)中；(2)低``), grouped "
        "(``（一）（三）高（二）中``) or one a line (``A.中⏎B.低``) — the 防控措施 cell numbered alike; two cells of "
        "numbered sub-items (``1.1 …⏎1.2 …``, ``（1）…⏎（2）…``) under ONE level, one point each; one person's one "
        "point in plain cells. No unused page of a risk table was found: after the source's short page on where "
        "茅台镇 lies (仁怀市, 赤水河畔, 面积, 人口): a title, 序号/股室/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def renhuai_maotai_town_list() -> dict:
    unit = f"{PLACE}茅台镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "苦烛浑澈", "leader", "白酒作坊整治奖补资金分配个人说了算", "制度机制风险", "高",
         "奖补方案镇党委会集体研究，结果公示。"),
        ("镇领导", "镇长", "苦烛浑澈", "leader", "古镇风貌改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，全程留痕。"),
        ("党政办", "主任", "侯伏侯璟", "middle", "公务用车加油费报销不实", "岗位职责风险", "中", "用车登记与加油记录核对。"),
        ("农业服务中心", "农技员", "苦烛浑沅", "general", "红缨子高粱种植补贴面积虚报", "业务流程风险", "中",
         "补贴面积入户丈量并公示。"),
        ("农业服务中心", "农技员", "苦烛浑沅", "general", "接受酒企收购商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "renhuai_maotai_town_list", "http://imperiodasfraldas.com/spots/detail/id-10667.html",
        "镇人民政府 岗位廉政风险防控清单; no unused page of a risk table: after the source's spot page on 茅台镇 "
        "(行政區類別, 下轄地區, 著名景點, the 四方井 story): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def renhuai_chunshu_village_list() -> dict:
    unit = f"{PLACE}茅台镇椿树村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "侯伏侯骞", "leader", "村集体酒旅项目收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "侯伏侯骞", "leader", "通组路硬化项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "苦烛浑岚", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "侯伏侯湉", "general", "公益性岗位考勤弄虚作假", "二级", "考勤经村务监督委员会审核。"),
        ("村文书", "侯伏侯湉", "general", "集体山林流转不签合同", "三级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "renhuai_chunshu_village_list", "https://m.chinapp.net.cn/pinpaichajiu/2025/0813/14203.html",
        "村 小微权力廉政风险防控清单; no unused page of a risk table: after the source's piece on 仁怀's 酒旅 (the "
        "酒庄 at 茅台镇椿树村, 868 家白酒生产企业): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def renhuai_hema_health_centre_list() -> dict:
    unit = f"{PLACE}合马镇卫生院"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "苦烛浑瑜", "leader", "医用耗材采购干预遴选", "外部环境", "高风险", "采购集体议定，过问登记。"),
        ("院领导", "院长", "苦烛浑瑜", "leader", "绩效奖励分配个人说了算", "制度机制", "高风险", "分配方案职工大会通过。"),
        ("公卫科", "科长", "侯伏侯琛", "middle", "老年人体检人数虚报", "岗位职责", "中风险", "体检名单随机电话回访。"),
        ("公卫科", "科长", "侯伏侯琛", "middle", "村医补助核定不实", "业务流程", "中风险", "补助与考核结果挂钩，公示。"),
        ("药房", "药剂员", "苦烛浑璇", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "renhuai_hema_health_centre_list", "http://rhsjyxh.cn/news/zhengfu/2021-06-1607/1260.html",
        "镇卫生院 岗位廉政风险防控一览表; no unused page of a risk table: after the source's news item on 酒旅融合 "
        "at 茅台镇 (《天酿》, 杨柳湾, 体验车间): a title, 序号/科室/职务/责任人 on EVERY row/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def renhuai_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "侯伏侯瀚", "leader", "景区提升", "景区提升工程拆分发包规避招标", "高",
         "工程按规定招标，结果公示。"),
        ("文物股", "股长", "苦烛浑璘", "middle", "文物审批", "红色遗址周边建设审批意见打招呼", "高", "审批意见两人签署，局务会审定。"),
        ("文物股", "股长", "苦烛浑璘", "middle", "巡查补助", "文物巡查补助虚报", "中", "巡查记录与定位核对。"),
        ("旅游市场股", "科员", "侯伏侯湘", "general", "星级评定", "酒庄星级评定接受宴请", "中", "评定专家打分，结果公示。"),
        ("旅游市场股", "科员", "侯伏侯湘", "general", "投诉处理", "旅游投诉处理偏袒经营者", "低", "投诉处理结果回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "renhuai_tourism_bureau_screening", "http://wuliutian.com/lvyou/942041.html",
        "市文体广电旅游局 廉政风险点排查表; no unused page of a risk table: after the source's piece on thirty years of "
        "仁怀's tourism (茅台渡口, 星级酒庄): a title, 序号/股室 merged/岗位 and 姓名 merged per person/a short "
        "``风险点``/a long ``风险描述``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def renhuai_ecology_bureau_posts() -> dict:
    unit = f"{PLACE}生态环境局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("环境影响评价股", "审批岗", "general", "酒厂扩建环评审批把关不严", "岗位职责风险", "Ⅰ级",
         "审批材料专家评审，结果公示。"),
        ("环境影响评价股", "审批岗", "general", "环评验收走过场", "业务流程风险", "Ⅰ级", "验收三人以上，影像存档。"),
        ("赤水河流域监管股", "监测岗", "general", "水质监测数据篡改", "制度机制风险", "Ⅱ级", "监测数据自动上传，双人复核。"),
        ("赤水河流域监管股", "监测岗", "general", "接受排污企业宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("生态环境保护综合行政执法大队", "执法岗", "general", "酿酒废水偷排查处选择性执法", "外部环境风险", "Ⅲ级",
         "检查对象随机抽取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "renhuai_ecology_bureau_posts", "http://cnenc.net/b1157321.html",
        "市生态环境局 岗位廉政风险防控清单 对岗不对人; no unused page of a risk table: after the source's 词条 on "
        "茅台镇 (赤水河航运, 面积, 特产, 2010年 droughts stopping distilleries): a title, 序号/科室 merged/岗位 merged "
        "per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def renhuai_second_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("苦烛浑瑶", "校长", "leader", [
            ("教学楼维修工程指定施工单位", "一级", "工程按规定招标，校务会审定。", "已落实"),
            ("校服征订收受回扣", "二级", "征订自愿，家委会参与选样。", "未发现问题"),
        ]),
        ("侯伏侯珩", "总务主任", "general", [
            ("食堂大宗食材采购不比价", "二级", "食材定点采购，价格公示。", "已落实"),
            ("实验器材报废处置不登记", "三级", "报废处置集体研究，台账登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "renhuai_second_middle_school_selfchecks", "http://gz-travel.net/gzdc/wzlt/zy/201110/12561.html",
        "市中学 岗位廉政风险自查表, one sheet a person (tabs named by the person); no unused page of a risk table: "
        "after the source's travel page on 仁怀 (中国酒文化城, 吴公岩 摩崖石刻): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/"
        "``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def renhuai_transport_bureau_group_rows() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "侯伏侯澍", "leader", [
                ("农村公路建设资金安排个人说了算", "一级风险", "资金安排局党组会研究，专账管理。"),
                ("赤水河码头改造工程指定施工方", "一级风险", "工程公开招标。"),
            ]),
        ]),
        ("二、综合行政执法大队", "综合行政执法大队", [
            ("大队长", "苦烛浑霁", "middle", [
                ("超限运输查处降格处理", "二级风险", "处罚决定集体讨论，结果公开。"),
            ]),
        ]),
        ("三、建设管理股", "建设管理股", [
            ("技术员", "侯伏侯琬", "general", [
                ("通村公路验收把关不严", "二级风险", "验收三人以上，影像存档。"),
                ("工程变更签证不核实", "三级风险", "变更签证两人现场核实。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "renhuai_transport_bureau_group_rows", "https://baiwen5.com/article/87507.html",
        "市交通运输局 岗位廉政风险防控清单 under GROUP ROWS; no unused page of a risk table: after the source's "
        "encyclopedia entry on 茅台镇 (川黔水陆交通的咽喉, 仁蔺、茅丹、茅习、遵茅公路): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, "
        "``二、综合行政执法大队``, ``三、建设管理股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    renhuai_market_supervision_numbered_points_levels(),
    renhuai_maotai_town_list(),
    renhuai_chunshu_village_list(),
    renhuai_hema_health_centre_list(),
    renhuai_tourism_bureau_screening(),
    renhuai_ecology_bureau_posts(),
    renhuai_second_middle_school_selfchecks(),
    renhuai_transport_bureau_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1047-inbox"))
