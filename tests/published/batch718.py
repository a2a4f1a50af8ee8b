"""The seven-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's geopark and
cultural-relics bodies, 嘉荫县 (of 伊春市, 黑龙江省) — its 恐龙国家地质公园管理处, 文物管理所, 文体广电和
旅游局, 文化馆, 图书馆, 文化市场综合行政执法大队 and 非物质文化遗产保护中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 登记表 its staff typed in WPS or Excel:

- the 地质公园管理处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 文物管理所's 排查表 对岗不对人: ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 文体广电和旅游局's 一览表 in TWO SHEETS ``局领导`` and ``股室``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 文化馆's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 图书馆's 清单 under GROUP ROWS ``一、馆领导`` …, ``一级风险/二级风险/三级风险``;
- the 执法大队's 一览表 under ``附件3`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 非遗保护中心's 登记表 with ``一级/二级/三级`` and a ``注：`` line.

One is harder:

- ``jiayin_dinosaur_museum_level_board``: the 恐龙博物馆's 廉政风险等级看板, THREE LEVEL COLUMNS
  ``高风险 | 中风险 | 低风险`` under a merged ``风险等级`` heading, each column holding a stack of
  three-row CARDS — a card's first row ``【部门　岗位　姓名】`` the holder, its second row the point,
  its third ``措施：…`` — one blank row between cards; a holder's cards stand in several level
  columns, and the cards of one row band belong to different holders. The README's 读得懂的表 knows
  ``高风险 | 中风险 | 低风险`` columns each cell a point (holder from the row's own columns), a
  公示栏 with posts and names across and one level a row, and label cards tiled side by side; it
  does not describe level columns whose cells are stacked holder–point–measures cards, where the
  holder of a point is the bracketed line above it in the same column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 嘉荫恐龙国家地质公园 — 化石,
游客中心, 科普展馆, 导游; a 地质公园 travel guide — 恐龙化石 挖掘遗迹, 开放; a 文物保护员 job
description — 巡查, 上报, 上交出土文物; a museum audit — 馆藏文物 采购、鉴定、保管、修复 资金; a 地质公园
条例 — 管委会, 经营服务单位, 公用设施; a 省级地质公园管理办法 — 申报, 地质遗迹 保护; a 文物安全 检查报告
— 文物保管、防火防盗、修复; a 化石 news page — 化石征集, 博物馆) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 东方 and 阙 with rare given names); every unit is a body of 嘉荫县.

Run ``python tests/published/score.py --set batch718`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every card is one point: its holder the ``【…】`` line heading the card (部门,
  岗位, 姓名), its level the column it stands in; the ``措施：`` row is the measures, no point; one
  form a holder, whatever columns his cards stand in;
- ``局领导``, ``馆领导``, ``所领导``, ``处领导``, ``队领导`` (a 科室 cell or a group row) are the 科室 of those
  leaders; the 局's leaders on sheet ``局领导`` (no 科室 column) and the cards' leaders have none;
- 局长, 副局长, 处长, 副处长, 馆长, 副馆长, 所长, 大队长, 主任 of a 中心 are leaders; 股长, 科长 and a
  部's 主任 middle; the rest general;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b718_"
PLACE = "嘉荫县"
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

# (部门, 岗位, 姓名, tier)
BOARD_HOLDERS = [
    ("馆领导", "馆长", "东方翊澂", "leader"),
    ("保管部", "主任", "阙芃昕", "middle"),
    ("保管部", "文物保管员", "东方泠筠", "general"),
    ("陈列宣教部", "讲解员", "阙岚琇", "general"),
]
# the board's columns: level -> cards (holder index, point, measures)
BOARD = {
    "高风险": [
        (
            0,
            "化石标本征集、收购价格不经集体研究，个人说了算",
            "征集价格经鉴定小组评估、馆务会研究。",
        ),
        (1, "馆藏化石出入库不登记，私自借出", "出入库双人双签，账物每季度核对。"),
        (0, "展陈改造项目指定施工单位", "项目进入县公共资源交易中心。"),
    ],
    "中风险": [
        (2, "藏品保养修复材料采购虚开发票", "材料采购比价，发票与入库单核对。"),
        (1, "化石鉴定定级中弄虚作假", "鉴定由三名以上专家签字。"),
        (3, "带团讲解收取旅行社、导游回扣", "讲解预约线上登记，讲解费统一收缴。"),
    ],
    "低风险": [
        (2, "库房钥匙交接不登记", "钥匙交接当面登记签字。"),
        (3, "文创纪念品私自代售牟利", "纪念品统一由游客中心销售。"),
    ],
}
LEVEL_ORDER = ("高风险", "中风险", "低风险")


def _holder_line(i: int) -> str:
    dept, post, who, _tier = BOARD_HOLDERS[i]
    return f"【{dept}{GAP}{post}{GAP}{who}】"


def jiayin_dinosaur_museum_level_board() -> dict:
    unit = f"{PLACE}恐龙博物馆"
    sh = _Sheet("看板", [6, 40, 40, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险等级看板", 4)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 4)
    top = sh.add("序号", "风险等级", None, None)
    sh.merge(top, 1, top, 3)
    sh.add(None, *LEVEL_ORDER)
    sh.merge(top, 0, top + 1, 0)
    depth = max(len(v) for v in BOARD.values())
    for k in range(depth):
        band = [BOARD[lv][k] if k < len(BOARD[lv]) else None for lv in LEVEL_ORDER]
        sh.add(k + 1, *[_holder_line(c[0]) if c else None for c in band])
        sh.add(None, *[c[1] if c else None for c in band])
        sh.add(None, *[f"措施：{c[2]}" if c else None for c in band])
        sh.add()
    for i, (dept, post, who, tier) in enumerate(BOARD_HOLDERS):
        for lv in LEVEL_ORDER:
            for h, point, _m in BOARD[lv]:
                if h == i:
                    t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _line(sh, "注：每一卡片首行【】内为责任部门、岗位和责任人，卡片所在列为其风险等级。", 4)
    sh.add("制表：办公室", None, "审核：", "馆长（签字）：")
    return _layout(
        "jiayin_dinosaur_museum_level_board", "https://www.seridoat.com/article/jie-mi-shou-dou-bo-wu-guan-shen-ji-shi-jiao-xia-de-wen-hua-gui-bao-shou-hu-zhi-dao.html",
        "(harder) 县恐龙博物馆 廉政风险等级看板, after the source's museum audit (馆藏文物 采购、鉴定、保管、修复 资金, 内部控制): "
        "a title, a ``单位：…　2025年6月`` line, ``序号`` merged down beside ``风险等级`` merged over ``高风险 | 中风险 | 低风险``; "
        "each level column a stack of three-row cards (``【部门　岗位　姓名】``, the point, ``措施：…``) with a blank row "
        "between bands, the cards of one band of different holders; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiayin_geopark_office_list() -> dict:
    unit = f"{PLACE}恐龙国家地质公园管理处"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "东方琇岫", "leader", [
            ("地质遗迹保护工程招标中打招呼、定中标人", "制度机制", "一级", "工程招标进入县公共资源交易中心。"),
            ("园区经营服务项目发包暗箱操作", "岗位职责", "一级", "经营项目公开竞价，结果公示。"),
        ]),
        ("保护科", "科长", "阙澂翾", "middle", [
            ("化石产地巡查走过场，对盗挖化石隐瞒不报", "岗位职责", "二级", "巡查记录每周上报，县局抽查。"),
        ]),
        ("保护科", "巡护员", "东方岑沅", "general", [
            ("收受好处放任游客在龙骨山私采化石", "思想道德", "一级", "巡护双人同行，执法记录仪全程记录。"),
            ("巡护补助考勤虚报", "业务流程", "三级", "考勤以定位打卡为准。"),
        ]),
        ("综合科", "会计", "阙璟沄", "general", [
            ("门票收入不及时足额入账", "业务流程", "二级", "门票收入日清日缴，票款核对。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None, None, None)
    return _layout(
        "jiayin_geopark_office_list", "https://gptkong.com/spot/jiayin_dinosaur_national_geopark",
        "县恐龙国家地质公园管理处 岗位廉政风险防控一览表, after the source's page on the 嘉荫恐龙国家地质公园 (化石探索, 游客中心, "
        "科普展馆, 导游服务): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short)/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiayin_relics_office_posts() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("排查表", [6, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", "建设工程文物影响评估意见违规出具", "岗位职责风险", "高", "评估意见集体研究，报县局审核。"),
        ("所长", "leader", "出土文物移交登记不全，截留文物", "制度机制风险", "高", "出土文物当场清点造册，双人签字。"),
        ("文物保护员", "general", "发现盗掘、破坏文物不及时上报", "岗位职责风险", "中", "实行巡查日志和即时报告制度。"),
        ("文物保护员", "general", "擅自对外提供未发表的文物信息", "思想道德风险", "低", "签订保密承诺书。"),
        ("文物保护员", "general", "文物保护员补贴冒领", "业务流程风险", "中", "补贴按巡查记录核发，公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "jiayin_relics_office_posts", "https://360docs.net/doc/1f8804901.html",
        "县文物管理所 岗位廉政风险点排查表 对岗不对人, after the source's 文物保护员工作职责 (巡查, 及时上报, 上交出土文物, "
        "严守文物机密): a title, 序号/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names, no 科室",
        [sh], t,
    )  # fmt: skip


def jiayin_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文体广电和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 9, 20, 38, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("东方珩湄", "局长", "主持全面工作", [
            ("地质公园、博物馆建设项目干预招投标", "Ⅰ级", "项目招标全程进入交易平台，局党组会研究。"),
            ("旅游发展专项资金分配不公", "Ⅰ级", "资金分配方案集体研究并公示。"),
        ]),
        ("阙湜琤", "副局长", "分管文物、旅游", [
            ("A级旅游景区评定中降低标准", "Ⅱ级", "评定邀请市局专家参与，结果公示。"),
            ("文物保护工程验收不严", "Ⅰ级", "工程验收由第三方和专家共同参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 8, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("文物股", "股长", "阙岫珞", "middle", "文物保护单位保护范围内建设项目审批把关不严", "Ⅰ级", "审批意见经局务会研究。"),
        ("文物股", "股长", "阙岫珞", "middle", "文物安全检查发现问题不督促整改", "Ⅱ级", "检查问题建立台账，限期销号。"),
        ("旅游股", "股长", "东方霂岚", "middle", "旅行社年检、导游证审核走过场", "Ⅱ级", "审核材料双人复核。"),
        ("旅游股", "科员", "阙沨砚", "general", "旅游投诉处理中偏袒经营者", "Ⅲ级", "投诉处理结果回访。"),
        ("办公室", "会计", "东方璆沅", "general", "下乡文化惠民演出经费虚列", "Ⅱ级", "演出凭影像和签到表报账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jiayin_culture_bureau_two_sheets", "https://code.fabao365.com/law_505143_3.html",
        "县文体广电和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 地质公园条例 (管委会, 经营服务单位, 公用设施, "
        "工作人员滥用职权): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiayin_culture_center_cards() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "东方曦翀", "馆长", "主持全面工作", "leader", [
            ("群众文化活动经费使用不经集体研究", "★★★", "活动经费预算馆务会研究，支出公示。"),
            ("文艺培训场地对外出租收入未入账", "★★★", "场地出租签订合同，收入统一入账。"),
            ("接受演出公司宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副馆长", "阙霈琰", "副馆长", "分管非遗展演、培训", "leader", [
            ("公益培训学员招收优亲厚友", "★★", "招收名单公开报名、公示。"),
            ("演出服装道具采购收受回扣", "★★", "采购三家比价，验收双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, points in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jiayin_culture_center_cards", "https://kniau.cn/lv-you-zi-xun/820003.html",
        "县文化馆 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 嘉荫 恐龙地质公园 (龙骨山, 科普基地): "
        "``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def jiayin_library_group_rows() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "阙筠翃", "leader", [
                ("图书采购指定书商，收受回扣", "一级风险", "图书采购政府采购，书目由采编组集体确定。"),
                ("地方文献征集经费支出不规范", "二级风险", "征集经费专账核算，凭征集清单报账。"),
            ]),
        ]),
        ("二、采编部", "采编部", [
            ("主任", "东方澈岍", "middle", [
                ("图书验收数量、复本把关不严", "二级风险", "验收清单与采购合同逐项核对。"),
            ]),
            ("采编员", "阙泠翾", "general", [
                ("剔旧图书私自处置变卖", "三级风险", "剔旧清单报馆务会审批，集中处置。"),
            ]),
        ]),
        ("三、流通部", "流通部", [
            ("管理员", "东方岍淏", "general", [
                ("读者押金、逾期费收取不开票据", "二级风险", "押金统一收取，开具票据。"),
                ("古籍善本借阅不登记", "一级风险", "古籍借阅经馆长审批，登记备查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiayin_library_group_rows", "http://dengche.cn/jd/i.php/5667.html",
        "县图书馆 廉政风险防控责任清单, after the source's 地质公园 travel guide (恐龙化石 挖掘遗迹, 向公众开放): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, ``二、采编部``, "
        "``三、流通部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jiayin_market_brigade_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "大队长", "东方璠漪", "leader", "文物违法案件查处中以罚代刑、降格处理", "制度机制", "高风险",
         "重大案件集体讨论，涉嫌犯罪的移送公安。"),
        ("队领导", "大队长", "东方璠漪", "leader", "对地质公园内违规经营者说情打招呼", "思想道德", "中风险",
         "领导干部插手干预执法事项登记报告。"),
        ("执法一中队", "中队长", "阙砚澂", "middle", "化石、文物市场检查选择性执法", "岗位职责", "高风险",
         "双随机抽查，执法全过程记录。"),
        ("执法一中队", "执法队员", "东方淇珩", "general", "收受经营业户礼品，通风报信", "思想道德", "中风险",
         "执法人员定期轮岗，签订承诺书。"),
        ("执法二中队", "执法队员", "阙昶琬", "general", "罚没物品登记保管不规范", "业务流程", "低风险",
         "罚没物品入库登记，定期清点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jiayin_market_brigade_list", "https://nr.gd.gov.cn/zwgknew/tzgg/tz/content/post_2740802.html",
        "县文化市场综合行政执法大队 岗位廉政风险防控一览表, after the source's 省级地质公园管理办法 (地质遗迹 保护, 监督管理): "
        "``附件3``, a title, a 填报单位（盖章）/填报时间 line, then 部门/岗位/责任人 on EVERY row, types short, "
        "``高风险/中风险/低风险``; a 填表人/审核人/签字 line",
        [sh], t,
    )  # fmt: skip


def jiayin_heritage_center_register() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阙琬沨", "leader", [
            ("非遗代表性传承人推荐认定优亲厚友", "岗位职责", "一级", "推荐名单专家评审、公示。"),
            ("传承人补助资金发放不按考核结果", "制度机制", "二级", "补助按年度考核结果发放，公示。"),
        ]),
        ("保护部", "主任", "东方沅翊", "middle", [
            ("赫哲族、鄂伦春族非遗项目记录工程外包暗箱操作", "外部环境", "一级", "外包项目比选，结果公示。"),
        ]),
        ("保护部", "专干", "阙漪岑", "general", [
            ("非遗展演活动虚报参演人数", "业务流程", "二级", "展演凭签到表和影像报账。"),
            ("非遗实物资料收集后私自留存", "思想道德", "三级", "实物资料登记入库，定期清点。"),
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
        "jiayin_heritage_center_register", "http://www.chinahuashi.com/show.asp?id=1389",
        "县非物质文化遗产保护中心 廉政风险点排查登记表, after the source's 化石 news page (化石征集, 博物馆, 科普资料): a title, "
        "序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiayin_dinosaur_museum_level_board(),
    jiayin_geopark_office_list(),
    jiayin_relics_office_posts(),
    jiayin_culture_bureau_two_sheets(),
    jiayin_culture_center_cards(),
    jiayin_library_group_rows(),
    jiayin_market_brigade_list(),
    jiayin_heritage_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch718-inbox"))
