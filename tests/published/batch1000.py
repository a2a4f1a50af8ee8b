"""The one-thousandth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 县直 and 乡镇 bodies of one county, 富宁县 (文山壮族苗族自治州,
云南省) — the 县自然资源局, the 县民族宗教事务局, the 县林业和草原局, a 镇林业和草原服务中心, the 县水务局, the
县统计局, a 镇人民政府 and the 县疾病预防控制中心 — each handing back the 一览表, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel (or, once, turned back from a PDF):

- the 民族宗教事务局's 责任清单: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级``;
- the 林业和草原局's 一览表: ``科室`` merged, ``职务 | 责任人`` on every row, 高/中/低, no type column;
- the 剥隘镇林业和草原服务中心's 自查表, one sheet a person: ``姓名 | … | 职务 | …`` in pairs on one row,
  short types under ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水务局's 排查表 under ``附件2``: a 填报单位 line, ``股室 | 岗位 | 姓名`` on every row, ``高风险/中风险/
  低风险``, no type column;
- the 统计局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``★★★/★★/★``; no names;
- the 田蓬镇人民政府's 一览表 under group rows ``一、镇领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 疾病预防控制中心's 一览表: ``科室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 | 防控措施`` on every row,
  ``…风险`` types, 高/中/低, a ``注：`` line.

One is harder:

- ``funing_land_pdf_wrapped_holders``: the 县自然资源局's 一览表 turned back into a sheet from its PDF (a ``PDF
  转Excel`` tool keeps each printed line of a cell as a line break in that cell): the ``责任人`` column, four
  characters wide, lists the two or three holders of a post in one cell separated by ``、``, and the
  printed wraps fall INSIDE the names (``阿史那翾⏎澈、破六⏎韩沨琬``); a lone five-character name wraps too
  (``破六韩琤⏎瀚``). docs/layouts.md knows several holders in one cell (``、``, line by line, bracketed
  lists), and the lines of a cell turned into rows (``RECORD_LINES_AS_ROWS``); not a cell's names broken
  by line breaks that are only the print's wraps.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
阿史那 and 破六韩 with rare given names, four or five characters in all); every unit is a body of 富宁县.

Run ``python tests/published/score.py --set batch1000`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each name listed in a ``责任人`` cell is a holder of every point of its row, the
  line breaks only the print's (a line not ending in ``、`` goes on in the next); ``局领导`` is the 科室 of
  the 局长;
- ``局领导``, ``镇领导``, ``中心领导`` are the 科室 of the leaders; the 服务中心's people have no 科室 where no
  column gives one; 局长, 副局长, 镇长, 副镇长, 主任 (of a 局, 中心 or 服务中心), 副主任 are leaders; 股长,
  科长, 办公室主任 middle; the rest general;
- ``自查情况`` is no point; the 统计局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1000_"
PLACE = "富宁县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WRAP = 4  # the harder file's 责任人 column: four characters a printed line


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def wrapped(text: str, width: int = WRAP) -> str:
    """``text`` as a PDF printed it in a column ``width`` characters wide, each printed line a line of
    the cell: a line breaks after ``width`` characters, a ``、`` or ``，`` hanging at a line's end
    rather than opening the next (避头)."""
    lines, cur = [], ""
    for ch in text:
        if len(cur) >= width and ch not in "、，":
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return "\n".join(lines)


# --------------------------------------------------------------------------- harder layout

LAND_ROWS = [
    ("局领导", "局长", ("破六韩琤瀚",), "leader", [
        ("国土空间规划修改中打招呼、干预", "高", "规划修改集体研究，全程留痕。"),
        ("土地出让底价泄露", "高", "底价集体确定，知悉范围登记。"),
    ]),
    ("耕地保护股", "耕保岗", ("阿史那翾澈", "破六韩沨琬"), "general", [
        ("耕地占补平衡指标核查不实", "中", "指标实地核查，双人签字。"),
        ("设施农业用地备案把关不严", "中", "备案材料股室集体审核。"),
    ]),
    ("不动产登记中心", "审核岗", ("阿史那瑆淼", "破六韩翊沄", "阿史那琮"), "general", [
        ("违规办理不动产登记", "高", "登记审核、登簿分岗，系统留痕。"),
        ("登记资料泄露、倒卖", "中", "查询权限分级，查询日志月查。"),
    ]),
    ("执法监察大队", "执法员", ("破六韩澂瑗", "阿史那珩沚"), "general", [
        ("土地违法案件查处以罚代拆", "高", "案件集体审理，处罚结果公开。"),
    ]),
    ("财务股", "会计", ("阿史那瀞",), "general", [
        ("专项资金拨付审核不严", "低", "拨付凭证复核，按月对账。"),
    ]),
]  # fmt: skip


def funing_land_pdf_wrapped_holders() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("Table 1", [6, 14, 8, 7, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, holders, tier, points in LAND_ROWS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, wrapped("、".join(holders)), point, lv, measures)
            for who in holders:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("第 1 页，共 1 页", None, None, None, None, None, None)
    return _layout(
        "funing_land_pdf_wrapped_holders", "https://nctoro.com/a729169",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 turned back from its PDF (each printed line of a cell kept as a "
        "line break in the cell), after the source's account of what a PDF转Excel tool makes of a table (编码, "
        "字体, 版面 lost or jumbled): a title, 序号/股室/岗位/``责任人`` (four characters wide: two or three names in "
        "one cell separated by ``、``, the printed wraps falling INSIDE names, ``阿史那翾⏎澈、破六⏎韩沨琬``; a lone "
        "five-character name wrapped ``破六韩琤⏎瀚``)/廉政风险点/风险等级 高/中/低/防控措施 on every row; no type column; "
        "a ``第 1 页，共 1 页`` line; the tab ``Table 1``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def funing_ethnic_religious_duty_list() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("责任清单", [6, 14, 10, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿史那翯珺", "leader", "少数民族发展资金分配优亲厚友", "思想道德风险", "一级",
         "资金分配党组集体研究，结果公示。"),
        ("局领导", "局长", "阿史那翯珺", "leader", "民族团结进步示范项目干预选定", "岗位职责风险", "二级",
         "项目评审专家打分，领导回避。"),
        ("民族工作股", "股长", "破六韩湉璆", "middle", "民族特需商品定点企业认定把关不严", "制度机制风险", "二级",
         "认定材料实地核查，集体审核。"),
        ("宗教事务股", "科员", "阿史那瓅", "general", "宗教活动场所登记审核走过场", "业务流程风险", "三级",
         "审核意见双人签字。"),
        ("宗教事务股", "科员", "阿史那瓅", "general", "接受管理对象宴请", "外部环境风险", "二级",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "funing_ethnic_religious_duty_list", "https://mzw.shaoyang.gov.cn/symzw/njgjj/llist_c.shtml",
        "县民族宗教事务局 廉政风险防控责任清单, after the source's list of a 民宗局's 主要职责 (民族工作, 少数民族专项"
        "资金, 宗教事务): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def funing_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "职务", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "破六韩霂珣", "leader", "生态护林员选聘打招呼", "高", "选聘公开报名，乡村两级公示。"),
        ("资源管理股", "股长", "阿史那沅璟", "middle", "林木采伐许可超蓄积量审批", "高", "采伐许可外业核查，限额公开。"),
        ("资源管理股", "股长", "阿史那沅璟", "middle", "林地征占用现场查验不实", "中", "查验两人以上，影像存档。"),
        ("生态修复股", "科员", "破六韩璇沣", "general", "公益林补偿资金兑付名单审核不严", "中",
         "兑付名单村组公示，一卡通发放。"),
        ("生态修复股", "科员", "破六韩璇沣", "general", "造林项目验收走过场", "低", "验收抽查小班，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2025年5月")
    return _layout(
        "funing_forestry_bureau_list", "http://www.jiexieyu.cn/news/show.php?itemid=16674",
        "县林业和草原局 岗位廉政风险防控一览表, after the source's account of a 县's “林长+片长+组长” network (护林员 巡护, "
        "天然林、公益林 补偿资金 发放): a title, 序号/科室 merged/职务/责任人 on EVERY row/风险点/风险等级 高/中/低/"
        "防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def funing_boai_forestry_centre_selfchecks() -> dict:
    unit = f"{PLACE}剥隘镇林业和草原服务中心"
    t = _Truth(unit)
    people = [
        ("阿史那翊珩", "主任", "leader", [
            ("林长制巡林记录弄虚作假", "岗位职责", "Ⅱ级", "巡林轨迹系统核对。", "已整改"),
            ("林权纠纷调处中偏袒一方", "思想道德", "Ⅰ级", "调处双人参与，结果公开。", "未发现问题"),
        ]),
        ("破六韩沄珈", "护林员管理员", "general", [
            ("护林员考勤、考核不实", "制度机制", "Ⅱ级", "考勤与巡护轨迹比对。", "已落实"),
            ("护林员工资代领、克扣", "业务流程", "Ⅰ级", "工资直接打卡发放。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "职务", post, "填表日期", "2025年5月")
        sh.add("序号", "廉政风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add("本人签名：", None, "中心主任意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "funing_boai_forestry_centre_selfchecks", "https://m.fx361.cc/news/2021/0327/12313476.html",
        "镇林业和草原服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "account of a 市's 林长制 (分级负责, 网格管理, 护林员): a title, a row ``姓名 | … | 职务 | … | 填表日期 | …`` "
        "in pairs, then 序号/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``",
        sheets, t,
    )  # fmt: skip


def funing_water_bureau_screening() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 14, 12, 12, 40, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}\u3000\u3000\u3000\u3000填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿史那澍", "leader", "水利工程项目干预招标", "高风险", "项目公开招标，领导干预登记。"),
        ("水政监察大队", "大队长", "破六韩翙琮", "middle", "河道非法采砂查处中说情放纵", "高风险",
         "执法全程记录，案件集体审理。"),
        ("水政监察大队", "大队长", "破六韩翙琮", "middle", "采砂许可现场核查不实", "中风险", "核查两人以上，影像留存。"),
        ("农村水利股", "科员", "阿史那沄珈", "general", "农村饮水维修项目验收降低标准", "中风险", "验收组集体验收。"),
        ("农村水利股", "科员", "阿史那沄珈", "general", "工程资料弄虚作假", "低风险", "资料与现场核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "funing_water_bureau_screening", "http://www.cylw.com.cn/industry/134273.html",
        "县水务局 廉政风险点排查表, after the source's account of a 县水利和湖泊局's 河砂 专项整治 (联合执法, 值守执法点, "
        "农村供水维修): ``附件2``, a title, a merged 填报单位/填报时间 line, 序号/股室/岗位/姓名 on EVERY row/廉政风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def funing_statistics_bureau_posts() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合核算股", "核算岗", "general", "受干预调整统计数据", "外部环境风险", "★★★", "数据审核留痕，干预登记。"),
        ("综合核算股", "核算岗", "general", "数据审核评估走过场", "业务流程风险", "★★", "审核评估集体会商。"),
        ("调查股", "普查岗", "general", "普查对象名录随意增删", "岗位职责风险", "★★", "名录变动两人核对。"),
        ("执法监督股", "执法岗", "general", "统计执法检查降低处罚", "制度机制风险", "★★★",
         "执法案卷评查，处罚集体审理。"),
        ("执法监督股", "执法岗", "general", "接受被检查单位宴请", "思想道德风险", "★", "签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级★★★为高、★★为中、★为低。", 7)
    return _layout(
        "funing_statistics_bureau_posts", "https://dawenge.com/document/detail.html?id=698882",
        "县统计局 岗位廉政风险防控清单 对岗不对人, after the source's 专题党课 on 统计造假 (数据干预, 普查, 执法): a "
        "title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; "
        "no names; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def funing_tianpeng_town_group_rows() -> dict:
    unit = f"{PLACE}田蓬镇人民政府"
    sh = _Sheet("一览表", [6, 12, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "破六韩瑗翮", "leader", [
                ("边境村寨建设项目指定施工方", "一级风险", "项目公开比选，党政联席会研究。"),
                ("镇级资金使用个人说了算", "二级风险", "资金使用集体决策。"),
            ]),
        ]),
        ("二、财政所", "财政所", [
            ("会计", "阿史那瑄", "general", [
                ("边民补助发放名单审核不实", "一级风险", "名单村组公示，入户核实。"),
                ("报账票据审核不严", "三级风险", "票据审核签字留痕。"),
            ]),
        ]),
        ("三、社会事务办公室", "社会事务办公室", [
            ("主任", "破六韩瑆", "middle", [
                ("低保评议优亲厚友", "二级风险", "评议结果张榜公示。"),
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
        "funing_tianpeng_town_group_rows", "https://m.17golang.com/article/476790.html",
        "镇人民政府 岗位廉政风险防控一览表 under GROUP ROWS, after the source's note on keeping a table's rows, columns "
        "and blank cells when a PDF table is rebuilt as a sheet: a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、镇领导``, ``二、财政所``, ``三、社会事务办公室`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def funing_cdc_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 14, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阿史那珺", "leader", "疫苗、试剂采购干预选定供应商", "思想道德风险", "高",
         "采购按程序集体决策，领导回避。"),
        ("免疫规划科", "科长", "破六韩珩", "middle", "疫苗出入库登记不实", "业务流程风险", "高", "出入库双人核对，系统追溯。"),
        ("免疫规划科", "科长", "破六韩珩", "middle", "冷链设备验收把关不严", "岗位职责风险", "中", "验收组集体验收。"),
        ("检验科", "检验员", "阿史那翮澂", "general", "检测报告出具违规", "制度机制风险", "中", "报告三级审核。"),
        ("检验科", "检验员", "阿史那翮澂", "general", "收受送检单位好处", "外部环境风险", "低", "签订廉洁承诺。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "funing_cdc_list", "https://nctoro.com/a703219",
        "县疾病预防控制中心 岗位廉政风险防控一览表, typed afresh after its PDF copy came out of a converter jumbled (the "
        "source's account of 乱码 and 错位 in PDF转Excel): a title, 序号/科室/岗位/姓名 on EVERY row/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    funing_land_pdf_wrapped_holders(),
    funing_ethnic_religious_duty_list(),
    funing_forestry_bureau_list(),
    funing_boai_forestry_centre_selfchecks(),
    funing_water_bureau_screening(),
    funing_statistics_bureau_posts(),
    funing_tianpeng_town_group_rows(),
    funing_cdc_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1000-inbox"))
