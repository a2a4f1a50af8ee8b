"""The one-thousand-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 乡, 村, 教体, 林草, 市场监管, 卫生院 and 学校 bodies of
one county, 施甸县 (保山市, 云南省) — its 甸阳镇人民政府, the 万兴乡人民政府, the 由旺镇木瓜榔村民委员会,
the 教育体育局, the 林业和草原局, the 市场监督管理局, the 木老元布朗族彝族乡卫生院 and the 施甸县第一中学 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 万兴乡人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 木瓜榔村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no
  type column, a 填表人/审核人 line;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 木老元乡卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、护理部``, ``三、药房`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``shidian_dianyang_town_pdf_lines``: the 甸阳镇人民政府's 一览表 converted from a PDF to Excel
  WITH a 序号 column, each printed line of a cell its OWN ROW (no merges): the LEVEL word broken
  at the narrow 风险等级 column under a numbered record (``一级风`` over ``险``, ``较高风`` over
  ``险``, ``一般风`` over ``险``), and a 姓名 broken in a column wider than that line (``散答`` over
  ``澜`` where ``散答珩``, ``乌延翾`` fit on one line), beside the point's and the measures' rests or
  alone; two sheets, ``镇机关`` (``一级风险/二级风险/三级风险``) and ``站所`` (``高风险/较高风险/一般风险``).
  Every rest joins its record: the level word whole, the name whole, no point of its own. A probe
  at HEAD read the level's rest ``险`` as no level (LEVEL_UNKNOWN ``一级风``, and ``险`` a point of
  its own or a blank point) and ``散答`` / ``澜`` as a cut name. See tests/test_batch1077.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 施甸 could be found: the pages are of the county's place
name, history, 万兴乡, 布朗族 and 契丹后裔, sights); the rows are worded by us, the names invented
(the rare compound surnames 散答 and 乌延 with rare given names); every unit is a body of
保山市施甸县.

Run ``python tests/published/score.py --set batch1077`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with no 序号 and no 科室/岗位 holding a line of text is the rest of the
  record above (of its point, its measures, its level word, its name), joined to it without a
  break; the level is the whole joined word (``一级风险``), the name the whole joined name
  (``散答澜``);
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  镇长, 副镇长, 乡长, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 站长, 所长, 主任 of an
  办公室 middle; the rest general;
- the 市场监管局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no
  points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3;
  ``高风险/较高风险/一般风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1077_"
PLACE = "保山市施甸县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STEPS = {"高风险": 1, "较高风险": 2, "一般风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (序号, 科室, 岗位, 姓名's lines, tier, 廉政风险点's lines, 风险等级's lines, 防控措施's lines): each
# printed line of a cell its own row, as the PDF's converter wrote them
OFFICE = [
    (1, "镇领导", "镇长", ["乌延珩"], "leader", ["烤烟产业扶持项目指定", "实施主体"], ["一级风", "险"],
     ["项目实施主体经党委会", "集体研究并公示。"]),
    (2, "镇领导", "镇长", ["乌延珩"], "leader", ["镇级工程结算个人说了算"], ["一级风", "险"],
     ["结算经审计后党委会研究。"]),
    (3, "党政办", "主任", ["散答", "澜"], "middle", ["公务接待超标准安排"], ["二级风", "险"],
     ["接待按标准，", "一事一单。"]),
    (4, "党政办", "主任", ["散答", "澜"], "middle", ["公车使用登记不全"], ["三级风", "险"],
     ["派车单登记，按月公示。"]),
    (5, "财政所", "会计", ["乌延翾"], "general", ["报账票据审核不严"], ["二级风", "险"],
     ["票据两人审核签字。"]),
    (6, "财政所", "出纳", ["散答琪"], "general", ["现金坐收坐支，", "收入不入账"], ["一级风", "险"],
     ["收入日清日结，", "及时存入银行。"]),
]  # fmt: skip
OFFICE_LEVELS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}

STATIONS = [
    (1, "农业农村服务中心", "站长", ["乌延璟"], "middle", ["烤烟种植补贴面积核实", "不实"],
     ["高风险"], ["补贴面积入户核实并张榜", "公示。"]),
    (2, "农业农村服务中心", "农技员", ["散答", "琛"], "general", ["农资发放优亲厚友"], ["较高风", "险"],
     ["发放名单公示，签字领取。"]),
    (3, "农业农村服务中心", "农技员", ["散答", "琛"], "general", ["病虫害防治物资登记不实"],
     ["一般风", "险"], ["物资入库出库两人登记。"]),
    (4, "林业站", "站长", ["乌延珏"], "middle", ["林木采伐许可审核不严"], ["较高风", "险"],
     ["采伐申请现场核查，", "审批公示。"]),
    (5, "林业站", "护林员", ["散答瑄"], "general", ["护林员考勤弄虚作假"], ["一般风", "险"],
     ["考勤按月公示。"]),
]  # fmt: skip


def _pdf_sheet(name: str, rows: list, levels: dict, unit: str, t: _Truth) -> _Sheet:
    sh = _Sheet(name, [5, 10, 7, 6, 16, 5, 18])
    sh.add(f"{unit}{name}岗位廉政风险防控一览表", None, None, None, None, None, None)
    sh.add(*HEAD)
    for n, dept, post, whos, tier, points, lvs, measures in rows:
        lines = max(len(whos), len(points), len(lvs), len(measures))
        for k in range(lines):
            line = lambda cells, k=k: cells[k] if k < len(cells) else None  # noqa: E731
            if k == 0:
                sh.add(n, dept, post, line(whos), line(points), line(lvs), line(measures))
            else:
                sh.add(None, None, None, line(whos), line(points), line(lvs), line(measures))
        t.point(sh.name, dept, post, "".join(whos), tier, "".join(points), [], levels["".join(lvs)])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月")
    return sh


def shidian_dianyang_town_pdf_lines() -> dict:
    unit = f"{PLACE}甸阳镇人民政府"
    t = _Truth(unit)
    office = _pdf_sheet("镇机关", OFFICE, OFFICE_LEVELS, unit, t)
    stations = _pdf_sheet("站所", STATIONS, STEPS, unit, t)
    return _layout(
        "shidian_dianyang_town_pdf_lines", "https://www.56whw.com/baike/detail?id=3430",
        "(harder) 镇人民政府 岗位廉政风险防控一览表 converted from a PDF to Excel WITH a 序号 column, each "
        "printed line of a cell its own row, NO merges: two sheets 镇机关 and 站所, a title row, 序号/科室/"
        "岗位/姓名/廉政风险点/风险等级/防控措施; the LEVEL word broken at the narrow column under each "
        "numbered record (``一级风`` over ``险``, ``较高风`` over ``险``, ``一般风`` over ``险``; ``高风险`` on "
        "one line), the 姓名 ``散答澜``, ``散答琛`` broken as ``散答`` over ``澜`` in a column where ``乌延珩``, "
        "``散答琪`` fit, beside the point's and the measures' rests or alone; a 填表人/审核人/date line; "
        "after the source's encyclopaedia page on 施甸县 (县政府驻甸阳镇, 5镇8乡, 区划代码 530521; no page "
        "of 甸阳镇 could be found)",
        [office, stations], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shidian_wanxing_township_list() -> dict:
    unit = f"{PLACE}万兴乡人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "散答翀", "leader", "烤烟收购点设置个人决定", "思想道德风险", "高",
         "收购点设置经党委会集体研究。"),
        ("乡领导", "乡长", "散答翀", "leader", "乡级资金拨付不按合同", "制度机制风险", "高", "资金按进度拨付并公示。"),
        ("党政综合办公室", "副主任", "乌延澐", "middle", "会议费报账虚列人数", "岗位职责风险", "中",
         "会议签到表附报账。"),
        ("社会事务办公室", "工作人员", "散答湉", "general", "临时救助对象评议不公", "业务流程风险", "中",
         "评议两人以上到场，结果公示。"),
        ("社会事务办公室", "工作人员", "散答湉", "general", "收受救助对象土特产", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "shidian_wanxing_township_list", "https://shidian.gov.cn/info/4931/238993.htm",
        "乡人民政府 岗位廉政风险防控清单, after the source's page of the 施甸县 government on 万兴乡 (怒江大峡谷"
        "东岸, 7个村委会, 烤烟): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def shidian_mugualang_village_list() -> dict:
    unit = f"{PLACE}由旺镇木瓜榔村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "乌延翾", "leader", "宅基地审批登记优亲厚友", "一级", "审批经村民代表会议评议并公示。"),
        ("村党总支书记", "乌延翾", "leader", "村组道路硬化指定施工方", "一级", "项目“四议两公开”。"),
        ("村委会副主任", "散答琰", "general", "临时救助评议不公开", "二级", "评议结果张榜公示。"),
        ("村报账员", "乌延玥", "general", "票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("村报账员", "乌延玥", "general", "集体林地承包费坐收坐支", "三级", "承包费全额存入村账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "shidian_mugualang_village_list", "https://www.guayunfan.com/lsgs/11871.html",
        "村民委员会 小微权力廉政风险防控清单, after the source's page on the 契丹后裔 of 施甸 and their "
        "融合 with the 布朗族 (no page of 木瓜榔村 itself could be found): a title, 序号/职务/姓名 on every "
        "row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def shidian_education_sports_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乌延翃", "leader", "校舍建设项目承建单位内定", "外部环境", "Ⅰ级",
         "承建单位公开招标。"),
        ("局领导", "局长", "乌延翃", "leader", "教育经费分配个人说了算", "制度机制", "Ⅰ级", "经费分配党组会研究。"),
        ("计划财务股", "股长", "散答澍", "middle", "学生资助资金审核不严", "岗位职责", "Ⅱ级",
         "资助名单学校公示，股室复核。"),
        ("计划财务股", "股长", "散答澍", "middle", "营养改善计划资金挪用", "业务流程", "Ⅱ级",
         "资金专户管理，按学期审计。"),
        ("人事股", "科员", "乌延湲", "general", "接受教师调动请托礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "shidian_education_sports_bureau_list", "http://youlai19.cn/show.asp?id=1051",
        "县教育体育局 岗位廉政风险防控一览表, after the source's page on the origin of the name 施甸县 (石甸, "
        "施甸长官司, 1962年设县): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def shidian_forestry_bureau_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "散答瑄", "leader", "造林工程招标设置倾向性条款", "一级风险", "招标文件集体审查。"),
        ("资源管理股", "股长", "乌延泠", "middle", "林木采伐限额分配不公", "一级风险", "限额分配集体研究并公示。"),
        ("资源管理股", "股长", "乌延泠", "middle", "林地征占用现场查验不到场", "二级风险", "查验两人到场，留存影像。"),
        ("森林资源管护站", "管护员", "散答璆", "general", "生态护林员考核不实", "二级风险", "考核结果公示。"),
        ("森林资源管护站", "管护员", "散答璆", "general", "木材运输检查放行不登记", "三级风险", "检查登记，按月核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "shidian_forestry_bureau_screening", "http://www.yaolvyou.com/zhutilvyou/20191130/1488.html",
        "县林业和草原局 廉政风险点排查表, after the source's travel page on 施甸 (石甸, 永镇驿道, 温泉, 湿地, "
        "森林, 湖泊; no page of its 林草局 could be found): a title, 序号/科室/岗位/责任人 on EVERY row/风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def shidian_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("登记注册股", "登记审批岗", "general", "企业登记材料审查不严", "岗位职责风险", "高风险",
         "登记材料两人审查。"),
        ("登记注册股", "登记审批岗", "general", "为关系人办照开绿灯", "思想道德风险", "高风险", "办照按序受理，全程留痕。"),
        ("执法稽查大队", "执法员", "general", "案件查处通风报信", "制度机制风险", "中风险", "检查不预先告知。"),
        ("执法稽查大队", "执法员", "general", "处罚裁量畸轻畸重", "业务流程风险", "中风险", "案件集体审理。"),
        ("食品安全股", "监管岗", "general", "接受被监管单位宴请", "外部环境风险", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "shidian_market_bureau_posts", "http://m.guoxuedashi.com/diming/78742ccyg/",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's dictionary entry on the place "
        "name 施甸县 (怒江东岸, 县人民政府驻甸阳镇, its 工业 and 特产): a title, 序号/科室 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def shidian_mulaoyuan_clinic_group_rows() -> dict:
    unit = f"{PLACE}木老元布朗族彝族乡卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "散答琬", "leader", [
                ("医用耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、护理部", "护理部", [
            ("护士", "乌延璠", "general", [
                ("护理耗材领用不登记", "中", "领用登记，按月盘点。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "散答瑀", "general", [
                ("药品出入库数据不实", "中", "出入库数据按月核对。"),
                ("近效期药品处置不报告", "低", "近效期药品登记报告。"),
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
        "shidian_mulaoyuan_clinic_group_rows",
        "https://mooc1.chaoxing.com/mooc-ans/ztnodedetailcontroller/visitnodedetail?courseId=83937850"
        "&knowledgeId=83937856",
        "乡卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's course page on the 布朗族 (族称族源; "
        "分布 in 保山市的施甸县; no page of 木老元乡 nor of its 卫生院 could be found): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、护理部``, ``三、药房`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shidian_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("乌延珺", "", "校长", "leader", [
            ("学生食堂食材采购指定供应商", "一级", "食材公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("散答玙", "教务处", "干事", "general", [
            ("教辅资料征订收受回扣", "二级", "教辅征订自愿，结果公示。", "未发现问题"),
            ("考试成绩登记不实", "三级", "成绩两人核对登记。", "已落实"),
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
        "shidian_no1_middle_school_selfchecks", "https://guayunfan.com/baike/86568.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the 布朗族's 人口状况 and migrations in the old 永昌郡 (施甸's region; no page of a 施甸 school "
        "could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then "
        "序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shidian_dianyang_town_pdf_lines(),
    shidian_wanxing_township_list(),
    shidian_mugualang_village_list(),
    shidian_education_sports_bureau_list(),
    shidian_forestry_bureau_screening(),
    shidian_market_bureau_posts(),
    shidian_mulaoyuan_clinic_group_rows(),
    shidian_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1077-inbox"))
