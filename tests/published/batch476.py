"""The four-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人力资源和
社会保障 bodies, 武山县 (a county of 天水) — its 社会保险事业服务中心, 就业服务中心 and 劳动保障监察大队, the
劳动保障所 of four of its towns (城关镇, 洛门镇, 滩歌镇, 鸳鸯镇) and, in the harder file, its 人力资源和社会
保障局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 社会保险事业服务中心's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the
  risk, short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 就业服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 劳动保障监察大队's file in two sheets ``队领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 城关镇劳动保障所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 洛门镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 滩歌镇 one's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 鸳鸯镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``wushan_bureau_type_initials``: the 人力资源和社会保障局's 一览表, ``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点 | 类型 | 等级 | 防控措施``, one point a row, a narrow ``类型`` column in which each type is
  written by ONE CHARACTER of its name — ``思`` (思想道德), ``制`` (制度机制), ``岗`` (岗位职责), ``流``
  (业务流程, also called 工作流程: the character of 流程), ``外`` (外部环境) — with NO legend anywhere (no note, no 填表说明, no heading bracket, no comment, no
  header/footer): the five types are the fixed nationwide set, and a narrow printed column
  abbreviates them to one character a cell. Levels are plain 高/中/低. The README's 读得懂的表
  knows type codes explained by a note, a 填表说明, a heading bracket or comment, a data
  validation's prompt or the page header (``A—思想道德风险``, ``1—…``), type marks explained by a
  note (``▲为思想道德风险``), the short types (``思想道德``) and the long ones (``思想道德风险``), a
  type stood on end one character a line (``制⏎度⏎机⏎制``, read joined); it does not describe a type
  given by a one-character abbreviation of its name with no key at all — the reader must know
  that ``岗`` in a type column is 岗位职责, not a post, and ``制`` 制度机制. No earlier batch writes
  it (``grep -l '"思"\\|"制",\\|"岗",' tests/published/batch*.py`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's rules for 公益性岗位 — 空岗报告, 考核, 补贴资金
督查; why 养老金资格认证 is done every year — 死亡不报, 虚报冒领; a county 纪委监委's 整治 of 城乡公益岗 —
审核把关不严, 优亲厚友; a province's 实施意见 on 拖欠农民工工资; a city's plan for 街道（乡镇） 劳动就业社会
保障 platforms, their windows and duties; a 市纪委监委's 公益岗 整治 in the villages — 打卡签到, 工资发放; a
county 监察大队 moving an 欠薪 case to the police; why 劳动保障监察执法 is weak)) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 武山县.

Run ``python tests/published/score.py --set batch476`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``思``, ``制``, ``岗``, ``流``, ``外`` are the types 思想道德, 制度机制, 岗位职责, 业务流程,
  外部环境 (one a point); the ``类型`` column is no point and names no post;
- ``局领导``, ``中心领导``, ``队领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's 股, a 中心's 股/室 and a 大队's 中队 are 科室; a 镇劳动保障所 has no 科室: its group
  rows ``一、所领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 大队's 大队长, a 所's
  所长 are leaders; 股长 and 中队长 middle; the rest (科员, 经办员, 稽核员, 监察员, 协理员, 会计)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 就业服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b476_"
PLACE = "武山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
INITIALS = {
    "思": "思想道德",
    "制": "制度机制",
    "岗": "岗位职责",
    "流": "业务流程",
    "外": "外部环境",
}
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

# (科室, 岗位, 责任人, tier, [(廉政风险点, 类型的首字, 等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "禚翊璠", "leader", [
        ("公益性岗位开发分配个人说了算", "制", "高", "岗位分配方案经局党组会集体研究。"),
        ("干预职称评审结果", "岗", "高", "评审专家随机抽取，结果公示。"),
    ]),
    ("局领导", "副局长", "甄昉翮", "leader", [
        ("技能培训补贴审批把关不严", "流", "高", "补贴名单与培训考勤比对。"),
        ("接受培训机构宴请", "思", "中", "节前廉洁提醒，拒收登记。"),
    ]),
    ("人事人才股", "股长", "笪湲玹", "middle", [
        ("事业单位招聘泄露试题", "岗", "高", "命题、印卷封闭管理。"),
        ("人才引进资格审查受请托放宽", "外", "中", "资格审查两人签字。"),
    ]),
    ("办公室", "科员", "郤翃澂", "general", [
        ("办公用品采购不询价", "制", "低", "采购三家比价，登记入库。"),
        ("公务接待超标准", "思", "中", "接待清单随报销单审核。"),
    ]),
]  # fmt: skip


def wushan_bureau_type_initials() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 34, 5, 5, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "类型", "等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, initial, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, initial, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [INITIALS[initial]], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "wushan_bureau_type_initials",
        "http://ask.fsou.com/html/text/lar/174021/17402156_3.html",
        "(harder) 县人社局 岗位廉政风险防控一览表, after the source's rules for 公益性岗位 (空岗报告, 考核, 补贴资金督查, "
        "虚报冒领): 序号/科室 merged (局领导, 人事人才股, 办公室)/岗位 and 责任人 merged per person/"
        "廉政风险点/a narrow 类型 column giving each type by ONE CHARACTER of its name (思/制/岗/流/外) with no "
        "legend anywhere/等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wushan_insurance_center_list() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "缑翀璟", "leader", [
            ("基金支付审批把关不严", "制度机制", "高", "大额支付集体研究，双人复核。"),
            ("稽核结果受人情左右", "思想道德", "中", "稽核结论中心会审定。"),
        ]),
        ("养老保险股", "股长", "嬴昶沛", "middle", [
            ("违规办理养老保险补缴", "业务流程", "高", "补缴凭原始工资表，报县局审批。"),
        ]),
        ("待遇核定股", "经办员", "暨湜玥", "general", [
            ("待遇核定基数不实", "岗位职责", "中", "核定结果系统比对，复核留痕。"),
            ("死亡人员养老金未及时停发", "业务流程", "低", "每月比对殡葬、公安数据。"),
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
        "wushan_insurance_center_list",
        "https://blob.wenxiaobai.com/article/18288164-b785-2378-db85-030a119db3e8",
        "县社会保险事业服务中心 岗位廉政风险防控一览表, after the source's account of the yearly 养老金资格认证 (死亡不报, 虚报冒领, "
        "社保经办机构 追回): a title, 序号/科室 merged (中心领导, 养老保险股, 待遇核定股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wushan_employment_center_posts() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, loan = "中心领导", "创业服务股"
    rows = [
        (lead, "主任", "leader", "就业补助资金分配", "资金分配照顾关系乡镇，不按就业任务", "制度机制风险", "Ⅰ级",
         "分配方案集体研究并公示。"),
        (lead, "主任", "leader", "定点培训机构认定", "认定条件把关不严，指定机构", "岗位职责风险", "Ⅱ级",
         "认定结果网上公示。"),
        (loan, "经办员", "general", "创业担保贷款初审", "为不符合条件人员出具推荐意见", "业务流程风险", "Ⅰ级",
         "初审、复核两人签字。"),
        (loan, "经办员", "general", "贷款贴息申报", "虚报贴息金额，收受申请人财物", "思想道德风险", "Ⅲ级",
         "贴息清单与银行流水核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wushan_employment_center_posts", "http://www.dxjjw.gov.cn/articles/2025/03/25/article_646_20062_1.html",
        "县就业服务中心 廉政风险点排查表 对岗不对人, after the source's 县纪委监委 整治 of 城乡公益岗 (审核把关不严, 优亲厚友, "
        "虚报冒领, 人社 数据比对): a title, 序号/科室 merged (中心领导, 创业服务股)/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def wushan_inspection_brigade_two_sheets() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    lead = _Sheet("队领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠珩翀", "大队长", "主持全面工作", [
            ("欠薪案件查处降格处理", "一级", "案件处理结果队务会集体审定。"),
            ("涉嫌拒不支付劳动报酬案件不移送", "一级", "移送标准公开，案件台账按月报局。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "队领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("监察一中队", "中队长", "宓翯珝", "middle", "日常巡查走过场，对违法用工不责令改正", "二级", "巡查记录双人签字。"),
        ("监察一中队", "监察员", "豆昀澈", "general", "接受用人单位宴请礼品", "二级", "执法两人以上，廉洁承诺。"),
        ("监察一中队", "监察员", "豆昀澈", "general", "泄露投诉人信息", "三级", "投诉材料专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "wushan_inspection_brigade_two_sheets",
        "http://shennongbaicaogaogw.com/html/1275/2016-04-20/content-116261.html",
        "县劳动保障监察大队's file in two sheets, after the source's 省政府办公厅 实施意见 on 拖欠农民工工资 (工资支付, "
        "劳动保障监察, 失信惩戒): ``队领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wushan_chengguan_office_cards() -> dict:
    unit = f"{PLACE}城关镇劳动保障所"
    t = _Truth(unit)
    cards = [
        ("所长", "蒿翾璋", "leader", [
            ("城乡居民养老保险参保信息审核不严", "★★★", "参保信息村级公示、所内复核。"),
            ("所办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("协理员", "湛昕琤", "general", [
            ("领取待遇资格认证走过场", "★★", "认证记录本人或家属签字。"),
            ("接受群众土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        "wushan_chengguan_office_cards",
        "http://fsou.com/html/text/lar/172619/17261905_1.html",
        "镇劳动保障所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 协理员), after the source's plan for 街道（乡镇） "
        "劳动就业社会保障 platforms (服务窗口, 社保经办, 就业失业登记): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def wushan_luomen_office_selfchecks() -> dict:
    unit = f"{PLACE}洛门镇劳动保障所"
    t = _Truth(unit)
    people = [
        ("綦翃瑷", "副所长", "leader", [
            ("就业困难人员认定放宽条件", "高风险", "认定结果村镇两级公示。", "已落实"),
            ("公益性岗位人员考勤不实", "中风险", "考勤表每月报县就业服务中心。", "未发现问题"),
        ]),
        ("暴湉珺", "协理员", "general", [
            ("失业登记资料代签代填", "中风险", "登记须本人到场签字。", "已落实"),
            ("向群众收取办事费用", "低风险", "免费政策窗口公示。", "已整改"),
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
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wushan_luomen_office_selfchecks", "https://sc.news.163.com/dazhou/24/0823/10/JA96L54Q04269B39.html",
        "镇劳动保障所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "市纪委监委's 公益岗 整治 (打卡签到, 考勤, 工资发放, 乡镇 and 人社局): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def wushan_tange_office_group_rows() -> dict:
    unit = f"{PLACE}滩歌镇劳动保障所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "亓翛琮", "leader", [
                ("劳务输转补贴名单把关不严", "一级风险", "补贴名单与务工证明核对并公示。"),
                ("公务车辆私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("会计", "晁昫瑢", "general", [
                ("代发补贴资金截留", "一级风险", "补贴资金一卡通直发。"),
                ("票据保管不善丢失", "二级风险", "票据专柜保管，领用登记。"),
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
        "wushan_tange_office_group_rows",
        "https://jining.dzwww.com/jxxw/jxyw/wz/201702/t20170221_15571172.html",
        "镇劳动保障所 廉政风险防控责任清单, after the source's county 监察大队 moving an 欠薪 case to the police "
        "(镇街联动, 农民工工资): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def wushan_yuanyang_office_list() -> dict:
    unit = f"{PLACE}鸳鸯镇劳动保障所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "庹翊瑄", "leader", "欠薪线索不上报", "岗位职责", "高", "线索登记报县监察大队。"),
        ("所长", "庹翊瑄", "leader", "劳动争议调解偏袒一方", "思想道德", "中", "调解笔录双方签字。"),
        ("协理员", "訾昉璇", "general", "社保卡代领代办不登记", "业务流程", "中", "代办须委托书，登记备查。"),
        ("协理员", "訾昉璇", "general", "参保档案保管不善", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "wushan_yuanyang_office_list", "http://www.thearxiv.net/2025/71/511c202571131.html",
        "镇劳动保障所 廉政风险防控一览表, after the source's account of why 劳动保障监察执法 is weak (基层监察力量不足, "
        "被动受理投诉): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wushan_bureau_type_initials(),
    wushan_insurance_center_list(),
    wushan_employment_center_posts(),
    wushan_inspection_brigade_two_sheets(),
    wushan_chengguan_office_cards(),
    wushan_luomen_office_selfchecks(),
    wushan_tange_office_group_rows(),
    wushan_yuanyang_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch476-inbox"))
