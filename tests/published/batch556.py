"""The five-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生 bodies,
刚察县 (海北藏族自治州, 青海) — the 卫生健康局, the 人民医院, the 藏医院, the 疾病预防控制中心 and four
乡镇卫生院 of its own towns (沙柳河镇, 哈尔盖镇, 泉吉乡, 伊克乌兰乡) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 卫生健康局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 藏医院's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 疾病预防控制中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、免疫规划科`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 沙柳河镇卫生院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 哈尔盖镇卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 泉吉乡卫生院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 伊克乌兰乡卫生院's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``gangcha_peoples_hospital_levels_in_comments``: the 人民医院's 岗位廉政风险防控一览表, an
  ordinary list in every other way (a title, ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 |
  防控措施``, 科室 merged, 岗位 and 责任人 merged per person, short types typed in their cells, a
  merged ``注：`` line and a 填表人/审核人/date line) — but it has NO ``风险等级`` COLUMN and no level
  word in any cell of the sheet: EACH POINT'S LEVEL IS WRITTEN ONLY IN A CELL COMMENT (批注) ON
  THAT POINT'S CELL, as the hospital's 纪检监察室 typed it when the 院党委 settled the levels
  (``Administrator:⏎审定风险等级：一级风险``; Excel's ``xl/comments1.xml`` with its VML drawing,
  shown as red corner marks). The ``注：`` line says so: ``注：风险等级经院党委会审定，由纪检监察室以
  批注形式标注在各风险点单元格，表内不另设等级栏。`` The shape is about WHERE A POINT'S LEVEL IS
  GIVEN. The README's 读得懂的表 knows levels in a level column written many ways, levels by group
  rows, footer rows, sheets, titles, notes by number, codes read by a legend in a HEADER comment
  (batch 361, 385, 388: the legend, not the level), a data validation's prompt, formats, colours,
  icons, check boxes drawn over cells, and comments that carry a HOLDER (batch 387, on the 岗位
  cell) or MEASURES (on the point cells); batch 39 and 181 have a reviewer's comment on a LEVEL
  CELL beside a filled level column (the column rules). None gives the level of each point only
  in a comment on the point's own cell, with no level column at all (``grep -l write_comment
  tests/published/batch*.py`` finds batch 361, 387, 39, 410, 415, 477, 483; none puts a level in
  a comment on a point cell).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 新农村合作医疗 筹资工作实施方案 — 参合,
筹资, 基金专户; an article on the 廉洁 risks of a hospital's 设备耗材采购 立项 — 科室论证, 管理委员会
集体决策, 一把手率先表态; a 同德县藏医院's 二级甲等民族医院 挂牌 — 藏医, 群众路线, 创优; a paper on the
实验室 of the 疾病预防控制机构 — 等级评审, 生物安全, 检测能力; the 业务员手册 of 青海's 基本公共卫生
信息管理系统 — 健康档案, 慢病随访, 数据录入; a 中医院's 护理质量考核评分标准 — 护士长, 病区, 考核打分;
a history of the 医疗 work of the 1950s in 西藏 — 巡回医疗, 卫生队, 民族医; a 医院医疗设备采购流程图 —
设备科 计划, 采购办, 领导小组 审批) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 刚察县 (``unit_words=("刚察县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch556`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one its cell's comment gives
  (``审定风险等级：一级风险`` → 1, ``二级风险`` → 2, ``三级风险`` → 3), as the ``注：`` line says; the
  comments are no point, no part of the point and name nobody (``Administrator`` is the author
  Excel writes, no holder); the type is the ``风险类型`` cell's; ``科室 | 岗位 | 责任人`` give the form
  as usual; the ``注：`` line is no point;
- ``局领导``, ``院领导`` and ``中心领导`` are the 科室 of those leaders; a 局's 股室, a 医院's or 中心's 科,
  a 卫生院's 科室 (``护理部``, ``医疗组``) are 科室; a group row ``一、中心领导`` gives the
  科室 ``中心领导``, ``二、免疫规划科`` the 科室 ``免疫规划科`` (its number left off), as batch 280,
  546, 549 and 553 did; the 沙柳河镇 cards and the 伊克乌兰乡 list name a 科室 only where a cell does
  (they name none); the 哈尔盖镇 sheets write ``院领导`` / ``护理部`` in ``所在科室`` and that is
  their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 医院's 院长 and 副院长, a 中心's 主任,
  a 卫生院's 院长 are leaders; 股长, 科主任, 科长 and 护士长 are middle; the rest (科员, 医师, 药剂员,
  会计, 出纳, 检验员, 公卫医生, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 泉吉乡 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders and
cell comments) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import COMMENT_AUTHOR, write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b556_"
PLACE = "刚察县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
COMMENT_LABEL = "审定风险等级："
LEVEL_NOTE = (
    "注：风险等级经院党委会审定，由纪检监察室以批注形式标注在各风险点单元格，表内不另设等级栏。"
)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, level in the comment, 防控措施)])
COMMENTED = [
    ("院领导", "院长", "阚嵚琤", "leader", [
        ("大型医疗设备购置不经集体论证", "制度机制", "一级风险", "设备购置经医学装备管理委员会论证，院党委会决定。"),
        ("干预药品耗材遴选", "思想道德", "一级风险", "遴选由药事管理委员会无记名投票，结果公示。"),
    ]),
    ("设备科", "科长", "厍瑀泠", "middle", [
        ("采购参数设置倾向特定品牌", "岗位职责", "一级风险", "采购参数由使用科室、设备科、纪检监察室会审。"),
        ("设备验收走过场", "业务流程", "二级风险", "验收由使用科室、设备科、财务科三方签字。"),
    ]),
    ("药剂科", "药剂员", "阚璟滢", "general", [
        ("统方给医药代表", "外部环境", "二级风险", "处方查询权限分级，查询记录每月核查。"),
        ("药品出入库账实不符", "岗位职责", "三级风险", "药库每月盘点，账物核对签字。"),
    ]),
]  # fmt: skip


def gangcha_peoples_hospital_levels_in_comments() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 36, 11, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    comments = {}
    n = 0
    for dept, post, who, tier, points in COMMENTED:
        for point, typ, lv, measures in points:
            n += 1
            comments[(len(sh.rows), 4)] = f"{COMMENT_AUTHOR}:\n{COMMENT_LABEL}{lv}"
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, LEVEL_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    lay = _layout(
        "gangcha_peoples_hospital_levels_in_comments",
        "http://www.jwmath.com/web/toNewDetail?id=4410b9cc26b34156ac78b16ba1c2f0bc&type=7",
        "(harder) 县人民医院 岗位廉政风险防控一览表, after the source's article on the 廉洁 risks of 设备耗材采购 立项 "
        "(科室论证, 管理委员会集体决策, 一把手率先表态): 序号/科室 merged/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/防控措施 — NO level column: each point's level is written ONLY in a cell comment (批注) on "
        "its point cell, ``Administrator:⏎审定风险等级：一级风险``, as a merged ``注：`` line says; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["comments"] = comments
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def gangcha_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厍翀沨", "局长", "主持全面工作", [
            ("医疗卫生项目资金分配个人说了算", "一级", "项目资金分配经局党组会集体研究，结果公开。"),
            ("干预医疗机构人事招聘", "二级", "招聘全程纪检监督，结果公示。"),
        ]),
        ("阚珝泓", "副局长", "分管医政医管、合作医疗", [
            ("合作医疗基金拨付审核不严", "一级", "基金拨付两级审核，专户管理。"),
            ("医疗纠纷处理偏袒一方", "三级", "医疗纠纷由第三方调解。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "阚瑨沅", "middle", "医疗机构校验把关不严", "二级", "校验材料两人审核，现场核查。"),
        ("医政医管股", "股长", "阚瑨沅", "middle", "执业注册违规办理", "三级", "注册条件公开，办理留痕。"),
        ("财务股", "会计", "厍琇沄", "general", "参合资金收缴不及时入账", "一级", "筹资款当日缴存基金专户，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "gangcha_health_bureau_two_sheets",
        "https://abg.baidu.com/tags/2dbmlknu4w5m7v7x2k64drvt57l4vone2734vnokvg333mfy",
        "县卫生健康局's file in two sheets, after the source's 新农村合作医疗 筹资工作实施方案 (参合, 筹资, 基金专户): "
        "``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def gangcha_tibetan_hospital_list() -> dict:
    unit = f"{PLACE}藏医院"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "阚昶琰", "leader", "藏药材采购不经集体研究", "制度机制风险", "高风险",
         "藏药材采购经院务会研究，比价采购。"),
        ("院领导", "院长", "阚昶琰", "leader", "评审创优中弄虚作假", "思想道德风险", "中风险",
         "创优材料逐项核实，如实申报。"),
        ("藏药制剂室", "科主任", "厍湝璘", "middle", "制剂原料以次充好", "岗位职责风险", "高风险",
         "原料入库检验，双人验收。"),
        ("收费室", "收费员", "阚瑢淇", "general", "收费不开票据私收现金", "业务流程风险", "低风险",
         "收费日清日结，票据按号核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "院长（签字）：", None, None)
    return _layout(
        "gangcha_tibetan_hospital_list",
        "https://tmst.org.cn/xuehuidongtai/353.html",
        "县藏医院 廉政风险防控一览表, after the source's 藏医院 二级甲等民族医院 挂牌 (藏医, 群众路线, 创优): "
        "序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/"
        "防控措施; 填表人/审核人/院长 line",
        [sh], t,
    )  # fmt: skip


def gangcha_cdc_group_rows() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "厍珣瀞", "leader", [
                ("实验室设备采购指定供应商", "一级风险", "设备采购比选，结果公示。"),
                ("检测能力建设经费挪用", "二级风险", "专项经费专款专用，定期审计。"),
            ]),
        ]),
        ("二、免疫规划科", "免疫规划科", [
            ("科长", "阚琦沨", "middle", [
                ("疫苗出入库记录不实", "一级风险", "疫苗追溯系统扫码出入库，每月盘点。"),
                ("接种单位考核打人情分", "三级风险", "考核两人以上，结果通报。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "gangcha_cdc_group_rows",
        "https://soolun.net/periodical/41fcdf40bb648b133b01c3cac7b2e540.html",
        "县疾病预防控制中心 廉政风险防控责任清单, after the source's paper on 疾控机构 实验室 (等级评审, 生物安全, 检测能力): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、免疫规划科`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def gangcha_shaliuhe_clinic_cards() -> dict:
    unit = f"{PLACE}沙柳河镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "厍翯瑅", "leader", [
            ("基本公共卫生服务资金截留", "★★★", "资金按考核结果拨付，院务公开。"),
            ("健康档案考核数据授意造假", "★★", "档案随机抽查电话回访。"),
        ]),
        ("公卫医生", "阚湲琮", "general", [
            ("慢病随访记录补录虚填", "★★", "随访记录系统留痕，院长每月抽查。"),
            ("健康体检收受礼品", "★", "体检结果当场告知，拒收登记。"),
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
        "gangcha_shaliuhe_clinic_cards",
        "http://china-audit.com/lhs_tw2lmfni9hdmkdog30g35gh7n4vfs1j1rof5mx2oorp27ffegblgnsjezg3w02e01d01c_1.html",
        "沙柳河镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 公卫医生), after the source's 业务员手册 of "
        "青海's 基本公共卫生信息管理系统 (健康档案, 慢病随访, 数据录入): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def gangcha_haergai_clinic_selfchecks() -> dict:
    unit = f"{PLACE}哈尔盖镇卫生院"
    t = _Truth(unit)
    people = [
        ("阚沚璆", "院长", "leader", "院领导", [
            ("绩效工资分配不公开", "高", "分配方案职工大会通过并公示。"),
            ("药品耗材验收把关不严", "中", "验收两人以上签字。"),
        ]),
        ("厍澪琚", "护士长", "middle", "护理部", [
            ("护理质量考核打人情分", "中", "考核评分两人复核，结果公示。"),
            ("一次性耗材重复使用", "低", "耗材使用登记，毁形回收。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "院意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gangcha_haergai_clinic_selfchecks",
        "https://abg.baidu.com/tags/23infpouxk52jqhn23fmdp57xs5mxrwaw7lld2wxxq16",
        "哈尔盖镇卫生院 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 中医院 "
        "护理质量考核评分标准 (护士长, 病区, 考核打分): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 院意见：``",
        sheets, t,
    )  # fmt: skip


def gangcha_quanji_clinic_posts() -> dict:
    unit = f"{PLACE}泉吉乡卫生院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "院领导", "医疗组"
    rows = [
        (a, "院长", "leader", "巡回医疗补助发放", "虚报巡回医疗天数套取补助", "制度机制", "Ⅰ级",
         "巡回医疗登记牧户签字，补助公示。"),
        (b, "医师", "general", "处方开具", "开大处方、人情方", "岗位职责", "Ⅱ级", "处方点评每月一次。"),
        (b, "医师", "general", "转诊", "收受好处违规转诊", "外部环境", "Ⅰ级", "转诊经院长审签，登记备查。"),
        (b, "药剂员", "general", "药品发放", "药品私自外卖", "思想道德", "Ⅲ级", "药品进销存系统管理，月底盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：院办", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "gangcha_quanji_clinic_posts",
        "https://m.fx361.cc/news/2024/0612/24191790.html",
        "泉吉乡卫生院 廉政风险点排查表 对岗不对人, after the source's history of the 1950s 医疗 work in 西藏 (巡回医疗, "
        "卫生队, 民族医): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def gangcha_yikewulan_clinic_duty_list() -> dict:
    unit = f"{PLACE}伊克乌兰乡卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "阚霂瑄", "leader", "医疗设备购置", "小型设备采购不比价", "一级",
         "设备采购报领导小组审批，比价记录存档。"),
        ("院长", "阚霂瑄", "leader", "卫生院经费管理", "经费支出不入账", "二级", "经费纳入乡财政统一核算。"),
        ("出纳", "厍珞潍", "general", "现金管理", "坐支现金", "二级", "现金日清月结，定期盘点。"),
        ("出纳", "厍珞潍", "general", "票据管理", "收费票据遗失不报", "三级", "票据领用登记，按号核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "gangcha_yikewulan_clinic_duty_list",
        "https://360docs.net/doc/5214692666.html",
        "伊克乌兰乡卫生院 廉政风险防控责任清单, after the source's 医院医疗设备采购流程图 (设备科 计划, 采购办, 领导小组 "
        "审批): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gangcha_peoples_hospital_levels_in_comments(),
    gangcha_health_bureau_two_sheets(),
    gangcha_tibetan_hospital_list(),
    gangcha_cdc_group_rows(),
    gangcha_shaliuhe_clinic_cards(),
    gangcha_haergai_clinic_selfchecks(),
    gangcha_quanji_clinic_posts(),
    gangcha_yikewulan_clinic_duty_list(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders, comments)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch556-inbox"))
