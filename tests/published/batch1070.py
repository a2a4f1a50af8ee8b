"""The one-thousand-and-seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 市场监管, 农业农村, 人社, 卫生院, 学校 and 自然资源
bodies of one county, 江川区 (玉溪市, 云南省) — its 星云街道办事处, the 江城镇温泉村, the
市场监督管理局, the 农业农村局, the 人力资源和社会保障局, the 路居镇卫生院, the 江川区第一中学 and the
自然资源局 — each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 星云街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 温泉村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 市场监督管理局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 农业农村局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 人力资源和社会保障局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 路居镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``jiangchuan_land_pdf_lines``: the 自然资源局's 一览表 converted from a PDF to Excel, each
  printed line of a cell its OWN ROW (no merges in the body): a long point and its measures go on
  into the next row(s), the 序号 / 岗位 / 姓名 / 风险等级 cells of those rows empty, broken mid-word
  (``违规审批建设项`` over ``目用地``), at a comma (``土地出让底价确定，`` over ``个人说了算``), or the
  measures alone going on over two rows; the page's heading row repeated where the PDF's page
  broke, in the middle of a record (its rest under the repeated heading); and the long 科室 names
  (``国土空间规划股``, ``耕地保护监督股``) broken at the narrow 科室 column's width too, their rest
  (``股``) in the 科室 cell of the row below, beside the point's rest or alone. Every rest joins its
  record: no point of its own, no text lost, the 科室 whole. A probe at HEAD read the mid-word,
  comma, measures-only and page-break rests right, but a row holding the 科室's rest as a new
  point (科室 ``股``, no level: LEVEL_BLANK) and the point above cut short with the 科室 broken. See
  tests/test_batch1070.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 江川 could be found: the pages are of the county's place
name, history, divisions and its 星云湖); the rows are worded by us, the names invented (the rare
compound surnames 驼满 and 抹捻 with rare given names); every unit is a body of 玉溪市江川区.

Run ``python tests/published/score.py --set batch1070`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with no 序号, no 岗位/姓名 and no level holding a line of text is the
  rest of the record above (of its point, its measures, its 科室), joined to it without a break;
  the point is the whole joined sentence, the 科室 the whole joined name; the repeated heading is
  no row of the table;
- ``局领导``, ``街道领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  局长, 副局长, 街道办事处主任, 村党总支书记, 院长, 校长 are leaders; 股长, 主任 of an 办公室, 科长,
  所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  人社局's list names no person: its forms are posts;
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

PREFIX = "b1070_"
PLACE = "玉溪市江川区"
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

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (序号, 科室's lines, 岗位, 姓名, tier, 廉政风险点's lines, 风险等级, 防控措施's lines): each printed
# line of a cell its own row, as the PDF's converter wrote them; PAGE: the heading repeated after
# the first row of this 序号's record (the PDF's page broke inside it)
LAND = [
    (1, ["局领导"], "局长", "驼满珩", "leader", ["违规审批建设项", "目用地"], "高",
     ["用地审批提交局党组会", "集体研究，结果公示。"]),
    (2, ["局领导"], "局长", "驼满珩", "leader", ["土地出让底价确定，", "个人说了算"], "高",
     ["底价由评估机构评估，", "集体决定。"]),
    (3, ["国土空间规划", "股"], "股长", "抹捻澜", "middle", ["擅自调整控制性详", "细规划指标"], "高",
     ["规划调整专家论证，", "网上公示。"]),
    (4, ["国土空间规划", "股"], "股长", "抹捻澜", "middle", ["规划条件核实不到场"], "中",
     ["核实两人到场，", "影像留存，", "资料归档。"]),
    (5, ["办公室"], "主任", "抹捻瑗", "middle", ["公务接待超标准、", "超范围"], "中",
     ["接待凭公函审批，", "清单报账。"]),
    (6, ["办公室"], "主任", "抹捻瑗", "middle", ["办公用品采购不比价"], "低", ["采购三家比价。"]),
    (7, ["耕地保护监督", "股"], "股员", "驼满琇澄", "general", ["违法占地巡查发现后", "不报告"], "中",
     ["巡查记录每日上报，", "台账管理。"]),
    (8, ["耕地保护监督", "股"], "股员", "驼满琇澄", "general", ["接受被查处对象宴请"], "低",
     ["签订廉洁承诺书。"]),
]  # fmt: skip
PAGE = 5


def jiangchuan_land_pdf_lines() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [5, 9, 6, 7, 14, 5, 16])
    sh.add(f"{unit}岗位廉政风险防控一览表", None, None, None, None, None, None)
    sh.add(*HEAD)
    for n, depts, post, who, tier, points, lv, measures in LAND:
        lines = max(len(depts), len(points), len(measures))
        for k in range(lines):
            if k == 1 and n == PAGE:
                sh.add(*HEAD)  # (the PDF's page broke inside this record: its heading again)
            line = lambda cells, k=k: cells[k] if k < len(cells) else None  # noqa: E731
            if k == 0:
                sh.add(n, line(depts), post, who, line(points), lv, line(measures))
            else:
                sh.add(None, line(depts), None, None, line(points), None, line(measures))
        t.point(sh.name, "".join(depts), post, who, tier, "".join(points), [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月")
    return _layout(
        "jiangchuan_land_pdf_lines", "https://wikim.kfd.me/zh/%E6%B1%9F%E5%B7%9D%E5%8C%BA",
        "(harder) 区自然资源局 岗位廉政风险防控一览表 converted from a PDF to Excel, each printed line of a "
        "cell its own row, NO merges: a title row, 序号/科室/岗位/姓名/廉政风险点/风险等级/防控措施; a long "
        "point's and its measures' lines going on into the rows below (序号, 岗位, 姓名, 风险等级 blank), "
        "broken mid-word (``违规审批建设项`` over ``目用地``), at a comma, or only the measures going on; the "
        "heading row repeated where the page broke inside record 5; the 科室 ``国土空间规划股``, "
        "``耕地保护监督股`` broken at the narrow column, ``股`` in the row below (beside the point's rest or "
        "alone); a 填表人/审核人/date line; after the source's encyclopaedia page on 江川区 (玉溪市下属市辖区, "
        "抚仙湖西南岸和星云湖南岸, 2015年撤县设区, 下辖2个街道4个镇2个乡)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiangchuan_xingyun_street_list() -> dict:
    unit = f"{PLACE}星云街道办事处"
    sh = _Sheet("清单", [6, 14, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "街道办事处主任", "抹捻翀", "leader", "辖区道路提升工程指定施工队", "思想道德风险", "高",
         "工程按规定比选，党工委会研究。"),
        ("街道领导", "街道办事处主任", "抹捻翀", "leader", "街道经费支出一支笔审批", "制度机制风险", "高",
         "大额支出集体研究，按月公开。"),
        ("党政综合办公室", "主任", "驼满澐", "middle", "会议经费虚报冒领", "岗位职责风险", "中",
         "报账附签到表和通知。"),
        ("社会事务办公室", "民政专干", "抹捻湉", "general", "临时救助对象审核把关不严", "业务流程风险", "中",
         "救助对象入户核查并公示。"),
        ("社会事务办公室", "民政专干", "抹捻湉", "general", "接受救助对象礼品", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "jiangchuan_xingyun_street_list", "https://zhdiming.com/yunnanjiangchuanxian",
        "街道办事处 岗位廉政风险防控清单, after the source's place-name page on 江川区 (行政代码 530403, its 星云街道, "
        "宁海街道 and 镇乡 with their areas, 位置面积, 历史沿革): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def jiangchuan_wenquan_village_list() -> dict:
    unit = f"{PLACE}江城镇温泉村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "驼满翾", "leader", "集体鱼塘发包不经村民代表会议", "一级", "发包方案村民代表会议表决。"),
        ("村党总支书记", "驼满翾", "leader", "村组道路硬化指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "抹捻琇", "general", "宅基地申请初审优亲厚友", "二级", "初审结果张榜公示。"),
        ("村报账员", "驼满玥", "general", "村级票据报账不及时", "二级", "票据按月报账，两人复核。"),
        ("村报账员", "驼满玥", "general", "集体收入坐收坐支", "三级", "收入全额存入村账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "jiangchuan_wenquan_village_list", "https://twwiki.net/wiki/lvelxm62eekvrqz.html",
        "村 小微权力廉政风险防控清单, after the source's encyclopaedia page on 星云湖 (江川县城北, 俗称江川海, 海门桥, "
        "湖滨公园): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def jiangchuan_market_bureau_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "抹捻翃", "leader", "行政处罚案件干预定性", "制度机制", "高风险", "重大案件集体讨论。"),
        ("局领导", "局长", "抹捻翃", "leader", "抽检机构选定个人决定", "外部环境", "高风险", "抽检机构公开比选。"),
        ("食品安全监管股", "股长", "驼满澍", "middle", "食品经营许可现场核查走过场", "岗位职责", "中风险",
         "核查两人以上，留存影像。"),
        ("食品安全监管股", "股长", "驼满澍", "middle", "投诉举报处理拖延", "业务流程", "中风险", "举报件限时办结。"),
        ("登记注册股", "科员", "抹捻湲", "general", "接受办事群众礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "jiangchuan_market_bureau_list",
        "https://fensifuwu.com/emotion/me/2b9d1ba3fed9b11f51602396663329c2.html",
        "区市场监督管理局 岗位廉政风险防控一览表, after the source's news page on Yunnan's nine plateau lakes "
        "(its 星云湖 in 玉溪市江川区, 与抚仙湖一山之隔): a title, 序号/股室 merged/职务 and 姓名 merged per person/"
        "廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jiangchuan_agriculture_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "驼满瑄", "leader", "项目资金", "高标准农田项目资金安排不经集体研究", "高",
         "资金安排党组会研究并公示。"),
        ("农田建设股", "股长", "抹捻泠", "middle", "工程验收", "高标准农田工程验收降低标准", "高",
         "验收三方到场，结果公示。"),
        ("农田建设股", "股长", "抹捻泠", "middle", "进度款", "进度款拨付不按合同", "中", "拨付两人审核。"),
        ("种植业股", "工作人员", "驼满璆", "general", "烤烟补贴", "烤烟种植补贴面积核实不实", "中",
         "补贴面积入户核实。"),
        ("种植业股", "工作人员", "驼满璆", "general", "农资检查", "农资检查接受商户宴请", "低", "检查两人到场。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "jiangchuan_agriculture_screening", "http://www.5sfc.com/ss-2-79445-0.html",
        "区农业农村局 廉政风险点排查表, after the source's encyclopaedia entry on 星云湖 (江川县, 断层湖, 水产养殖): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/"
        "防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jiangchuan_hrss_posts() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("劳动保障监察大队", "监察岗", "general", "欠薪案件查处降格处理", "岗位职责风险", "Ⅰ级", "案件集体研究，全程记录。"),
        ("劳动保障监察大队", "监察岗", "general", "向用人单位通风报信", "思想道德风险", "Ⅰ级", "检查计划保密。"),
        ("社会保险股", "审核岗", "general", "养老保险待遇审核不严", "业务流程风险", "Ⅱ级", "待遇审核两级复核。"),
        ("社会保险股", "审核岗", "general", "违规补缴社会保险", "制度机制风险", "Ⅱ级", "补缴材料逐件审查。"),
        ("办公室", "综合岗", "general", "培训费报账附件不全", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jiangchuan_hrss_posts", "http://www.95408.com/baike/123823.html",
        "区人力资源和社会保障局 岗位廉政风险防控清单 对岗不对人, after the source's encyclopaedia entry on 星云湖 "
        "(江川区 产业结构, AAAA级): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def jiangchuan_luju_clinic_group_rows() -> dict:
    unit = f"{PLACE}路居镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "抹捻琬", "leader", [
                ("药品耗材采购个人决定", "一级风险", "采购院务会研究，公开采购。"),
                ("基建维修项目指定施工方", "一级风险", "项目比选，结果公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "驼满璠", "middle", [
                ("公共卫生服务数据虚报", "二级风险", "数据按季抽查核实。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂师", "抹捻瑀", "general", [
                ("药品出入库登记不实", "二级风险", "出入库两人签字。"),
                ("收受医药代表礼品", "三级风险", "签订廉洁承诺书。"),
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
        "jiangchuan_luju_clinic_group_rows", "http://www.peiliaoba.cn/83909.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 江川区 概况 (云烟之乡, 鱼米之乡, "
        "辖4镇2乡1街道): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、院领导``, ``二、公共卫生科``, ``三、药房`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def jiangchuan_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("驼满珺", "", "校长", "leader", [
            ("校服征订收受回扣", "高", "征订自愿，家委会参与。", "已落实"),
            ("校园维修指定施工方", "中", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("抹捻玙", "教务处", "干事", "general", [
            ("学籍信息违规更改", "中", "更改两人审核，留档。", "未发现问题"),
            ("考试成绩录入不核对", "低", "成绩录入两人核对。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiangchuan_first_middle_school_selfchecks",
        "https://bbzoh.cn/content/15/1209/12/10310181_519059412.shtml",
        "区第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's news "
        "page on 江川县撤县设区 (江川概览: 沿革, 辖镇乡, 人口): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiangchuan_land_pdf_lines(),
    jiangchuan_xingyun_street_list(),
    jiangchuan_wenquan_village_list(),
    jiangchuan_market_bureau_list(),
    jiangchuan_agriculture_screening(),
    jiangchuan_hrss_posts(),
    jiangchuan_luju_clinic_group_rows(),
    jiangchuan_first_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1070-inbox"))
