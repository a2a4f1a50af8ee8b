"""The nine-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry and
grassland bodies, 加查县 (山南市, 西藏自治区) — its 林业和草原局, 国有林场, 森林公安派出所, 草原监理站,
林木种苗站, 野生动物救护站 and two 乡镇林业站 (安绕镇, 拉绥乡) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel, and one list that travelled through a script:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国有林场's 排查表 对岗不对人: ``所室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 森林公安派出所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 草原监理站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 林木种苗站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 野生动物救护站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 安绕镇林业站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jiacha_lasui_station_returns_concat``: the 拉绥乡林业站's 岗位廉政风险点汇总表, MERGED FROM THE
  STAFF'S RETURNS BY A SCRIPT (pandas ``read_excel`` of each return, ``concat``, ``to_excel``): the
  returns did not use the same heading words (one ``股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级``, one
  ``科室 | 岗位 | 责任人 | 风险点 | 风险等级``, one ``股室 | 职务 | 姓名 | 廉政风险点 | 风险级别``), so the
  merged heading is the UNION of their columns in order of first appearance — ``(blank) | 序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 | 科室 | 责任人 | 风险点 | 职务 | 风险级别`` — and every
  row fills only the synonyms its own return used, leaving the others blank (the 管护员's rows have
  their 科室, 责任人 and 风险点 far right, the 报账员's their 职务 and 风险级别); the script's DataFrame
  index stands in an unheaded first column (0…n-1) and ``序号`` restarts with each return. The
  README's 读得懂的表 and docs/layouts.md know returns merged by WPS“合并表格”/Power Query with a
  ``工作簿名称`` column, field-code headings read by a data dictionary, a generated ``列1 | 列2`` header,
  an unheaded 序号 column and column synonyms one at a time; they do not describe one heading holding
  two or three synonyms of a field side by side, each filled on some rows and blank on the others.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县林草局's 政府信息公开 年度报告 —
京津风沙源治理, 退耕还林, 造林; a 林业保护中心 page — 林场, 防火巡查, 护林员, 育苗; a page on 森林警察 —
盗伐, 盗猎, 防火宣传; a report on a 林业局's 专项检查 — 检查站, 农牧业点, 野生动植物; a paper on 林业补助
与林木补偿; a page on 野生动物 保护 and 救护; a note on 乡镇 自然资源资产审计 — 林地占用; a 林草 事业单位's
duties — 森林和草地资源监管, 林长制, 疫源疫病监测, 致害赔偿) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 双 and 门 with rare given names); every unit is a body of 加查县.

Run ``python tests/published/score.py --set batch936`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's 科室, post, holder, point and level are the filled one of the
  synonym columns (``股室``/``科室``, ``岗位``/``职务``, ``姓名``/``责任人``, ``廉政风险点``/``风险点``,
  ``风险等级``/``风险级别``); the unheaded index column and the restarting ``序号`` are no points; one
  form a holder;
- ``站领导``, ``场领导`` (a 所室/股室/部门 cell, a group row) are the 科室 of those leaders; the 林草局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 站's 组 or 室 and a 林场's
  科 are 科室; a group row ``二、监理执法组`` gives the 科室 ``监理执法组``;
- every station, the 林场, the 派出所 and the 局 are units of their own: 局长, 副局长, 场长, 所长,
  教导员 and 站长 are leaders; 股长, 科长 and a 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 国有林场's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b936_"
PLACE = "加查县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# each return as its author typed it: (its heading, [(序号, 科室, 岗位, 姓名, tier, point, level, measures)])
RETURNS = [
    (("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"), [
        (1, "站领导", "站长", "门璆澥", "leader", "公益林生态效益补偿资金发放名册审核不严", "一级",
         "补偿名册经村委会公示、乡政府复核，资金一卡通直发。"),
        (2, "站领导", "站长", "门璆澥", "leader", "林木采伐许可初审时放宽条件、收受好处", "一级",
         "采伐申请实地核验，初审意见两人签字。"),
        (3, "站领导", "站长", "门璆澥", "leader", "林长制巡林考核打人情分", "二级", "考核结果在站务会通报并公示。"),
    ]),
    (("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"), [
        (1, "资源管护组", "管护员", "双澂峤", "general", "生态护林员聘用优亲厚友", "一级",
         "护林员由村推荐、乡审核、县林草局备案，名单公示。"),
        (2, "资源管护组", "管护员", "双澂峤", "general", "护林员巡护考勤代签、虚报", "二级",
         "巡护轨迹手机打卡，每月抽查。"),
    ]),
    (("序号", "股室", "职务", "姓名", "廉政风险点", "风险级别", "防控措施"), [
        (1, "综合组", "报账员", "门暻瀓", "general", "造林补助资金报账票据不实", "二级",
         "报账附验收单和领款花名册，乡财政所审核。"),
        (2, "综合组", "报账员", "门暻瀓", "general", "苗木款支付不按合同约定", "三级", "苗木款凭入库验收单和合同支付。"),
    ]),
    (("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"), [
        (1, "资源管护组", "林政员", "双翊渟", "general", "林地占用现场核查走过场", "二级",
         "核查两人以上同行，现场照片存档。"),
        (2, "资源管护组", "林政员", "双翊渟", "general", "发现乱砍滥伐线索不报告、私了", "一级",
         "线索登记台账，当日报县林草局。"),
    ]),
]  # fmt: skip


def _union(headings) -> list[str]:
    """The columns of the returns in order of first appearance (pandas ``concat``, sort=False)."""
    cols: list[str] = []
    for heading in headings:
        cols += [h for h in heading if h not in cols]
    return cols


def jiacha_lasui_station_returns_concat() -> dict:
    unit = f"{PLACE}拉绥乡林业站"
    cols = _union(h for h, _ in RETURNS)
    sh = _Sheet("Sheet1", [5, 6, 12, 12, 9, 36, 9, 34, 12, 9, 36, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点汇总表", len(cols) + 1)
    # the script's DataFrame index stands left, its heading cell blank
    sh.add(None, *cols)
    i = 0
    for heading, rows in RETURNS:
        for n, dept, post, who, tier, point, lv, measures in rows:
            cells = dict(zip(heading, (n, dept, post, who, point, lv, measures), strict=True))
            sh.add(i, *(cells.get(c) for c in cols))
            i += 1
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "jiacha_lasui_station_returns_concat", "http://search.gjsy.gov.cn:9090/bulletin/detail/110226/1/20250429/F741CFD5D18F8C29B7BA04BCF47DE006",
        "(harder) 乡林业站 岗位廉政风险点汇总表 MERGED FROM THE STAFF'S RETURNS BY A SCRIPT (pandas ``concat`` then "
        "``to_excel``), after the source's 林草 事业单位 duties (森林和草地资源 动态监管, 林长制, 野生动植物 保护): a title "
        "the coordinator typed above, then the UNION of the returns' headings: ``(blank) | 序号 | 股室 | 岗位 | 姓名 | "
        "廉政风险点 | 风险等级 | 防控措施 | 科室 | 责任人 | 风险点 | 职务 | 风险级别``, every return's rows filling only its "
        "own synonyms (the 管护员's rows 科室/岗位/责任人/风险点/风险等级, the 报账员's 股室/职务/姓名/廉政风险点/风险级别) "
        "and leaving the others blank; an unheaded index column 0…n-1 at left, 序号 restarting per return; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiacha_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("门瑀湜", "局长", "主持全面工作", [
            ("退耕还林、防沙治沙项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，纪要存档。"),
            ("造林绿化工程招标中为亲友打招呼", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("双嶓昶", "副局长", "分管草原保护、林政资源", [
            ("草原禁牧补助和草畜平衡奖励资金审核把关不严", "一级", "补奖资金到户清册逐户核实，在村务公开栏公示。"),
            ("使用林地、草地审核意见违规出具", "二级", "审核意见经股室会审，重大事项集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("生态修复股", "股长", "门珩湄", "middle", "人工造林成活率核查不实，虚报造林面积", "一级",
         "造林验收实地抽样，县林草局复核。"),
        ("生态修复股", "股长", "门珩湄", "middle", "京津风沙源治理项目苗木验收把关不严", "二级", "苗木到场验收三方签字，留存照片。"),
        ("计划财务股", "会计", "双淏岏", "general", "林业专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("计划财务股", "出纳", "门曦瀞", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("林政资源股", "股长", "双峘琤", "middle", "林木采伐限额分配不公开", "二级", "采伐限额分配方案集体研究并公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jiacha_forestry_bureau_two_sheets", "https://www.huade.gov.cn/gqxqzf8/1323053.html",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 县林草局 年度报告 (京津风沙源治理, 退耕还林, "
        "人工造林, 封山育林, 草原): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiacha_state_forest_farm_posts() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "所室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "leader", "森林抚育项目", "抚育项目施工队伍选定暗箱操作", "制度机制风险", "高",
         "抚育项目公开比选，场务会集体研究。"),
        ("营林科", "科长", "middle", "苗圃育苗", "育苗数量虚报，苗木出圃不登记", "岗位职责风险", "高",
         "苗木出圃凭单登记，每季度盘点。"),
        ("营林科", "技术员", "general", "造林验收", "造林成活率检查弄虚作假", "业务流程风险", "中",
         "验收抽样两人以上，结果复核。"),
        ("护林防火科", "护林员", "general", "林区巡护", "发现盗伐不制止、收受好处放行", "思想道德风险", "高",
         "巡护轨迹定位，发现案件当日上报。"),
        ("护林防火科", "护林员", "general", "防火物资", "防火物资领用不登记，挪作私用", "外部环境风险", "低",
         "物资领用登记，每月核对。"),
        ("财务室", "报账员", "general", "护林员工资发放", "护林员工资冒领、克扣", "业务流程风险", "中",
         "工资按考勤表造册，打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "jiacha_state_forest_farm_posts", "https://m.gzjll.com/3/4465137.html",
        "县国有林场 岗位廉政风险点排查表 对岗不对人, after the source's 林业保护中心 (林场, 森林防火 巡查, 护林员, 育苗, 执法): "
        "a title, 序号/所室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiacha_forest_police_cards() -> dict:
    unit = f"{PLACE}森林公安派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "门瀛昕", "所长", "主持派出所全面工作", "leader", [
            ("盗伐滥伐林木案件立案不及时、降格处理", "★★★", "案件受理、立案全程录入执法办案系统。"),
            ("涉林案件当事人说情，违规减轻处罚", "★★★", "处罚决定经所务会集体研究，法制员审核。"),
            ("接受管辖区木材经营户宴请", "★", "节前廉洁提醒，签订廉洁承诺书。"),
        ]),
        ("教导员", "双岷琮", "教导员", "分管队伍建设、野生动物案件", "leader", [
            ("非法猎捕野生动物案件罚没物品处置不规范", "★★", "罚没物品登记入库，处置经局审批。"),
            ("森林防火宣传经费使用不实", "★★", "经费支出附活动照片和签到表。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jiacha_forest_police_cards", "https://m.kfkhr.com/1/2014413.html",
        "县森林公安派出所 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 森林警察 (巡逻, 查处非法砍伐、"
        "盗猎, 防火宣传): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiacha_grassland_supervision_group_rows() -> dict:
    unit = f"{PLACE}草原监理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "门沣翎", "leader", [
                ("草原违法案件查处中说情、干预，降低处罚标准", "一级风险", "重大案件集体审议，处罚决定公开。"),
                ("禁牧区、草畜平衡区核定面积弄虚作假", "一级风险", "核定面积卫星图斑比对，结果公示。"),
            ]),
        ]),
        ("二、监理执法组", "监理执法组", [
            ("组长", "双泠昉", "middle", [
                ("非法开垦、违规占用草原案件调查取证不全", "二级风险", "调查取证两人以上，现场录像存档。"),
            ]),
            ("监理员", "门潼瑷", "general", [
                ("巡查农牧业点发现违法行为不制止", "二级风险", "巡查日志每日上报，站里抽查。"),
                ("接受牧户宴请，泄露检查信息", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、草原监测组", "草原监测组", [
            ("监测员", "双珣澍", "general", [
                ("草原生产力监测数据编造", "二级风险", "监测样方定位拍照，原始记录双人签字。"),
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
        "jiacha_grassland_supervision_group_rows", "http://szb.northnews.cn/nmgrb/html/2021-01/18/content_26986_138374.htm",
        "县草原监理站 廉政风险防控责任清单 under GROUP ROWS, after the source's report on a 林业局 专项检查 (检查站, 农牧业点, "
        "野生动植物 资源保护, 巡查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、站领导``, ``二、监理执法组``, ``三、草原监测组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def jiacha_seedling_station_selfchecks() -> dict:
    unit = f"{PLACE}林木种苗站"
    t = _Truth(unit)
    people = [
        ("双湛琇", "站领导", "站长", "leader", [
            ("良种补贴苗圃认定把关不严", "Ⅰ级", "苗圃认定实地核查，结果公示。", "已落实"),
            ("种苗质量抽检结果人情处理", "Ⅱ级", "抽检样品编号送检，结果集体研究。", "未发现问题"),
        ]),
        ("门霈岐", "质量检验室", "检验员", "general", [
            ("种子检验数据弄虚作假", "Ⅰ级", "检验原始记录双人签字，留样备查。", "已落实"),
            ("林木种苗生产经营许可证初审放宽条件", "Ⅲ级", "初审材料清单化，复核后报局审批。", "已落实"),
        ]),
        ("双璟沄", "生产经营室", "保管员", "general", [
            ("苗木出入库不登记，私自变卖", "Ⅰ级", "出入库凭单登记，每月盘点。", "未发现问题"),
            ("苗木调拨补偿款截留", "Ⅱ级", "补偿款直拨受补户账户。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiacha_seedling_station_selfchecks", "http://lunwen.zhiwutong.com/word/121/DE1769D8-2DA7-4DD4-B48D-AD29B1CC0D59.html",
        "县林木种苗站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 林业补助 "
        "与 林木补偿 制度 (补助资金, 补偿, 林木): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def jiacha_wildlife_rescue_station_list() -> dict:
    unit = f"{PLACE}野生动物救护站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "门燊湉", "leader", "野生动物致害补偿核定金额不实", "制度机制", "高风险",
         "致害补偿现场核定，乡村两级公示。"),
        ("站领导", "站长", "门燊湉", "leader", "救护设备、饲料采购不比价", "岗位职责", "中风险",
         "采购三家比价，验收两人签字。"),
        ("救护组", "救护员", "双琰汧", "general", "收容救护的野生动物私自转卖、赠送", "思想道德", "高风险",
         "收容、放生、死亡逐只登记，每月核对。"),
        ("救护组", "救护员", "双琰汧", "general", "救护饲养记录补记、虚记", "业务流程", "低风险",
         "饲养记录每日填写，站长每周抽查。"),
        ("监测组", "监测员", "门渊峒", "general", "疫源疫病监测数据迟报、瞒报", "外部环境", "中风险",
         "监测数据按日报送系统，异常情况立即上报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "jiacha_wildlife_rescue_station_list", "http://www.kxting.com/article/20230118/6938923.html",
        "县野生动物救护站 岗位廉政风险防控一览表, after the source's page on 林业部门 野生动物保护 (伤病野生动物 上交, 保护名录): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def jiacha_anrao_town_station_register() -> dict:
    unit = f"{PLACE}安绕镇林业站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "双淼岚", "leader", [
            ("林地占用、临时用地现场查验不严", "制度机制", "一级", "查验由镇、村和站里三方参加。"),
            ("森林植被恢复费减免意见违规出具", "岗位职责", "二级", "减免意见报县林草局审核。"),
        ]),
        ("林政组", "林政员", "门澔岑", "general", [
            ("采伐作业现场监管缺位，超量采伐不制止", "业务流程", "一级", "采伐现场伐前、伐中、伐后三查。"),
        ]),
        ("营林组", "技术员", "双峣珝", "general", [
            ("退耕还林检查验收面积虚报", "业务流程", "二级", "验收图斑实地核对，村组签字确认。"),
            ("为亲友违规办理木材运输手续", "思想道德", "三级", "手续办理登记，每季度核查。"),
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
        "jiacha_anrao_town_station_register", "http://baokang.cjyun.org/p/214727.html",
        "镇林业站 廉政风险点排查登记表, after the source's note on 乡镇领导干部 自然资源资产审计 (耕地、林地占用, 生态环境保护, "
        "实地察看): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiacha_lasui_station_returns_concat(),
    jiacha_forestry_bureau_two_sheets(),
    jiacha_state_forest_farm_posts(),
    jiacha_forest_police_cards(),
    jiacha_grassland_supervision_group_rows(),
    jiacha_seedling_station_selfchecks(),
    jiacha_wildlife_rescue_station_list(),
    jiacha_anrao_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch936-inbox"))
