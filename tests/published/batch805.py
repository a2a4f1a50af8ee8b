"""The eight-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's court
bodies, 固始县 (of 信阳市, 河南省) — its 人民法院 and the 院's 立案庭, 刑事审判庭, 民事审判第一庭, 司法警察大队
and 执行局 and two of its 人民法庭 (陈淋子, 三河尖) — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 人民法院's 一览表 in TWO SHEETS: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``部门``
  (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 立案庭's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 刑事审判庭's 自查表, one sheet a person: a label row ``姓　名 | 所在庭室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 民事审判第一庭's 责任清单 under GROUP ROWS ``一、庭领导`` … ``三、综合内勤`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 司法警察大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 陈淋子人民法庭's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 三河尖人民法庭's 排查登记表: ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gushi_court_enforcement_bureau_staff_down``: the 执行局's 岗位廉政风险防控一览表, ONE ROW A POINT
  (``序号 | 岗位 | 在岗人员 | 廉政风险点 | 风险等级 | 防控措施``), ``岗位`` merged down over each post's
  points, and the ``在岗人员`` column NOT merged: the post's staff typed ONE NAME A CELL down the first
  cells of the post's block, fewer names than points, the cells under the last name left blank (two
  执行法官 over three points, two 法官助理 over three points, the 局长 alone over two); a ``注：`` line
  says the staff listed share every point of their post. So a name stands beside only one of the
  post's rows though it holds all of them, and the last rows of a block stand beside no name. The
  README's 读得懂的表 knows a merged holder cell with one holder a line, names one CHARACTER a cell
  down a block, blank cells under a name carrying it down, and ``等N人``; it does not describe a
  post's staff written one full name a cell down an unmerged column beside the post's merged block,
  each of them holding every row of the block.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 最高人民法院's 指导意见 on 廉政风险防控
— 岗位风险防控为基础, 审判权 and 执行权; a 法院's 立案窗口 — 缓、减、免交诉讼费, 诉讼风险提示; an article on
减刑、假释 腐败风险 — 计分考核, 立功材料, 说情; a 基层法院 on 法官助理 — 法官、法官助理、书记员 分工, 庭审准备,
调解; a 法警大队's 规章制度 — 警具、车辆管理, 押解, 值庭; a 立案庭 on 虚假诉讼 — 立案窗口 甄别, 诚信诉讼承诺书;
a 基层法院 on 审判辅助人员 配备; a 半月谈 report on 执行领域 — 有偿执行, 人情执行, 套取执行款, 资产包, 违规
终结执行) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 厍 and 粟 with rare given names); every
unit is a body of 固始县.

Run ``python tests/published/score.py --set batch805`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name in a post's ``在岗人员`` cells holds EVERY row of that post's merged
  block (not only the row beside him), with the row's level; the blank ``在岗人员`` cells name nobody
  new; one form a holder, no 科室 (the 执行局 is the unit); the ``注：`` line and the sign-off line
  are no points;
- the 院 and each of its 庭, 局, 大队 and 人民法庭 are units of their own (``固始县人民法院立案庭`` …);
  院长 and 副院长 are leaders; 庭长, 局长, 大队长 and a 部门's 主任 middle; the rest (员额法官, 执行法官,
  法官助理, 书记员, 法警, 会计, 内勤, 收费员 …) general; a 部门 column's 办公室 or 审判管理办公室 is its 科室;
  a group row ``二、审判团队`` gives the 科室 ``审判团队`` (its number left off);
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 立案庭's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b805_"
PLACE = "固始县"
COURT = f"{PLACE}人民法院"
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

STAFF_HEAD = ("序号", "岗位", "在岗人员", "廉政风险点", "风险等级", "防控措施")

# (岗位, tier, 在岗人员 one a cell down the block, [(廉政风险点, 风险等级, 防控措施)])
STAFF = [
    ("局长", "middle", ["粟澂翊"], [
        ("终结本次执行程序案件审批把关不严，违规终本", "高", "终本案件逐案审查财产查控记录，合议庭评议。"),
        ("为说情打招呼的案件安排执行力量、选择性执行", "高", "过问干预案件一律登记，执行案件随机分案。"),
    ]),
    ("执行法官", "general", ["厍翾湄", "粟緼琤"], [
        ("与被执行人串通，消极执行、拖延执行", "高", "执行节点系统预警，超期案件通报。"),
        ("查封、扣押、冻结财产超标的或选择性解封", "中", "财产查控措施经审批，解封须合议。"),
        ("参与或介绍“资产包”买卖，利用执行信息牟利", "中", "执行人员不得从事经营活动，定期申报个人事项。"),
    ]),
    ("法官助理", "general", ["厍珣崧", "粟璩瀛"], [
        ("执行案款到账后不及时登记、发放，截留挪用", "高", "执行案款一案一账号，到账即登记并告知申请人。"),
        ("外出执行接受当事人宴请、安排食宿", "中", "外出执行两人以上同行，费用按标准报销。"),
        ("评估、拍卖机构选定时暗中指定", "低", "评估拍卖机构由司法辅助部门随机摇号确定。"),
    ]),
]  # fmt: skip


def gushi_court_enforcement_bureau_staff_down() -> dict:
    unit = f"{COURT}执行局"
    sh = _Sheet("一览表", [6, 11, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add(*STAFF_HEAD)
    first = len(sh.rows)
    n = 0
    for post, _tier, names, points in STAFF:
        for i, (point, lv, measures) in enumerate(points):
            n += 1
            sh.add(n, post, names[i] if i < len(names) else None, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder: every name of a post holds every row of its block
    for post, tier, names, points in STAFF:
        for who in names:
            for point, lv, _measures in points:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：“在岗人员”一栏列出本岗位全部在岗人员，本岗位各风险点由所列人员共同承担。", 6)
    sh.add("填表：", None, "审核：", None, "执行局局长（签字）：", None)
    return _layout(
        "gushi_court_enforcement_bureau_staff_down",
        "http://www.quantumcomputergames.com/20230901/dcf7d94e7e5044bea52bf8a50d2ea66e/c.html",
        "(harder) 县人民法院执行局 岗位廉政风险防控一览表, after the source's 半月谈 report on 执行领域 (有偿执行, 人情执行, "
        "套取执行款, 倒卖“资产包”, 违规终结执行, 非领导岗位的执行员): a title, a merged ``单位：…　2025年6月`` line, then "
        "序号/岗位 merged down over each post's points/``在岗人员`` NOT merged — the post's staff one full name a cell "
        "down the FIRST cells of the block, fewer names than points, the cells under the last name blank (局长 alone "
        "over two points, two 执行法官 over three, two 法官助理 over three)/廉政风险点/风险等级 高/中/低/防控措施; a "
        "merged ``注：`` line saying the staff listed share every point of their post; a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gushi_court_two_sheets() -> dict:
    unit = COURT
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厍霂枞", "院长", "主持全面工作", [
            ("审判委员会讨论案件时先定调子、以个人意见代替集体决定", "一级",
             "审委会讨论案件院长末位发言，表决意见全程记录。"),
            ("法官员额遴选和干部选任中打招呼、搞照顾", "一级", "遴选、选任方案经院党组会研究，结果公示。"),
        ]),
        ("粟潆玑", "副院长", "分管执行、立案工作", [
            ("违规过问、干预执行案件的财产处置", "一级", "领导干部过问案件全面记录、季度通报。"),
            ("缓、减、免交诉讼费审批把关不严", "二级", "司法救助审批双人审核，每月公开审批情况。"),
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
    dept = _Sheet("部门", [6, 15, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}综合部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审判管理办公室", "主任", "厍瑑岫", "middle", "案件质量评查中降低标准、为人情案件开脱", "一级",
         "评查结果经审判委员会审定，评查意见存档。"),
        ("审判管理办公室", "主任", "厍瑑岫", "middle", "审限变更、延长审批不严", "二级", "审限变更系统留痕，每月通报。"),
        ("办公室", "会计", "粟瓅湜", "general", "诉讼费退费审核不严、虚退冒领", "二级", "退费凭生效法律文书办理，财务双人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "gushi_court_two_sheets", "http://gnygw.com/jiancha/info/1045/1718.html",
        "县人民法院 廉政风险防控一览表 in TWO SHEETS, after the source's account of the 最高人民法院's 指导意见 on 人民法院 "
        "廉政风险防控机制 (岗位风险防控为基础, 审判权 and 执行权 运行, 制度建设): sheet 院领导 with 姓名/职务/分管工作 merged "
        "per leader, sheet 部门 with 部门 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gushi_court_filing_division_posts() -> dict:
    unit = f"{COURT}立案庭"
    sh = _Sheet("排查表", [6, 13, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("庭领导", "庭长", "middle", "立案审查把关", "对符合条件的起诉拖延登记，或为关系人“插队”立案", "岗位职责风险",
         "高", "当场登记立案，不能当场登记的出具书面凭证。"),
        ("登记立案组", "立案法官", "general", "诉讼费缓减免", "对不符合条件的当事人缓、减、免交诉讼费", "制度机制风险",
         "高", "缓减免申请附困难证明，庭长审批后公开。"),
        ("登记立案组", "立案法官", "general", "案件分配", "人为指定承办法官，规避随机分案", "业务流程风险", "中",
         "案件由系统随机分配，特殊指定须书面审批。"),
        ("诉讼服务中心", "收费员", "general", "诉讼费收取", "收费不开票据或私收现金", "思想道德风险", "中",
         "诉讼费一律通过缴费系统交纳，不收现金。"),
        ("诉讼服务中心", "导诉员", "general", "诉讼指引", "向当事人推荐律师、介绍案件", "外部环境风险", "低",
         "导诉台公开监督电话，禁止推荐律师。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：立案庭", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "gushi_court_filing_division_posts", "http://www.jsfy.gov.cn/article/2712.html",
        "县人民法院立案庭 岗位廉政风险点排查表 对岗不对人, after the source's 法院 立案窗口 (立案审查, 缓、减、免交诉讼费, "
        "诉讼风险提示, 立案大厅服务): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gushi_court_criminal_division_selfchecks() -> dict:
    unit = f"{COURT}刑事审判庭"
    t = _Truth(unit)
    people = [
        ("厍靓澔", "刑事审判庭", "庭长", "middle", [
            ("减刑、假释案件对立功材料、计分考核审查流于形式", "Ⅰ级", "减刑假释案件一律公示、开庭审理。", "已落实"),
            ("为说情人打听案情、传递材料", "Ⅱ级", "过问案件登记报告，每季度“零报告”。", "未发现问题"),
        ]),
        ("粟琬濛", "刑事审判庭", "员额法官", "general", [
            ("量刑时对同类案件畸轻畸重", "Ⅰ级", "适用量刑规范化指引，类案检索。", "已落实"),
            ("缓刑适用前不作社会调查", "Ⅱ级", "缓刑案件委托社区矫正机构调查评估。", "已落实"),
        ]),
        ("厍嵚璐", "刑事审判庭", "书记员", "general", [
            ("庭审笔录事后修改、与录音录像不符", "Ⅱ级", "庭审同步录音录像，笔录当庭签字。", "未发现问题"),
            ("卷宗材料借阅不登记、丢失", "Ⅲ级", "卷宗借阅登记签收，结案即归档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在庭室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "庭长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gushi_court_criminal_division_selfchecks", "https://m.fx361.com/news/2019/1109/17557901.html",
        "县人民法院刑事审判庭 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "减刑、假释 腐败风险的制度防范 (计分考核, 立功材料, 行政奖励, 减刑假释报请): a title, a label row ``姓　名 | 所在庭室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 庭长意见：``",
        sheets, t,
    )  # fmt: skip


def gushi_court_civil_division_group_rows() -> dict:
    unit = f"{COURT}民事审判第一庭"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、庭领导", "庭领导", [
            ("庭长", "粟燊玥", "middle", [
                ("专业法官会议讨论案件时引导倾向性意见", "一级风险", "会议纪要如实记录各方意见，入副卷。"),
                ("对发回、改判案件不追查原因、包庇承办人", "二级风险", "发改案件逐件评查，结果通报。"),
            ]),
        ]),
        ("二、审判团队", "审判团队", [
            ("员额法官", "厍缊珧", "general", [
                ("调解中偏袒一方、强迫调解", "一级风险", "调解方案当事人签字确认，庭长抽查。"),
                ("私自会见当事人及其代理人", "二级风险", "会见当事人在接待室进行并登记。"),
            ]),
            ("法官助理", "粟朏澧", "general", [
                ("庭前证据交换时泄露对方证据或审理意见", "二级风险", "证据交换在法庭进行，全程录音录像。"),
            ]),
        ]),
        ("三、综合内勤", "综合内勤", [
            ("内勤", "厍琇滢", "general", [
                ("送达地址确认不实、虚假送达", "三级风险", "送达回证逐件核对，电子送达留痕。"),
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
        "gushi_court_civil_division_group_rows",
        "http://sdcourt.gov.cn/dyzy/551590/551592/dsq/llyj57/5836861/index.html",
        "县人民法院民事审判第一庭 廉政风险防控责任清单, after the source's 基层法院 民一庭 on 法官助理 (法官、法官助理、书记员 "
        "之间的分工, 庭前证据交换, 调解, 审判团队): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、庭领导``, ``二、审判团队``, ``三、综合内勤`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def gushi_court_judicial_police_cards() -> dict:
    unit = f"{COURT}司法警察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "粟禤珞", "大队长", "负责法警大队全面工作，安排押解、值庭和参与执行警力", "middle", [
            ("警具、警用车辆管理不严，公车私用", "★★★", "警具、车辆专人管理，出车登记审批。"),
            ("参与强制执行时警力安排受人情干扰", "★★", "警力派遣凭执行局书面用警申请。"),
            ("司法拘留人员送押、解除手续不全", "★★", "拘留、解除凭决定书办理，逐人登记。"),
        ]),
        ("法警", "厍翯玙", "法警", "承担押解、看管被告人和值庭任务", "general", [
            ("押解、看管中为被告人传递物品、信息", "★★★", "押解全程执法记录仪记录，两人以上押解。"),
            ("安检时对熟人放行、降低检查标准", "★", "安检全程录像，登记进入人员。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gushi_court_judicial_police_cards", "https://m.wnwk.com/doc/2053021.html",
        "县人民法院司法警察大队 岗位廉政风险防控卡, one sheet a person, after the source's 法警大队 十项规章制度 (警具、车辆 "
        "管理, 押解, 值庭, 日常管理, 队长监督): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gushi_chenlinzi_tribunal_list() -> dict:
    unit = f"{COURT}陈淋子人民法庭"
    sh = _Sheet("一览表", [6, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("庭长", "粟瑢皛", "middle", "对虚假诉讼线索不甄别、带病立案", "岗位职责", "高风险",
         "立案前查询关联案件，当事人签署诚信诉讼承诺书。"),
        ("庭长", "粟瑢皛", "middle", "巡回审判点办案经费使用不规范", "制度机制", "中风险", "巡回审判经费专账报销。"),
        ("法官助理", "厍晅琎", "general", "诉前调解中替一方当事人出主意", "思想道德", "高风险", "调解员名册公开，调解过程记录。"),
        ("法官助理", "厍晅琎", "general", "司法确认案件审查不严", "业务流程", "中风险", "司法确认案件法官审查签字。"),
        ("书记员", "粟淏瑀", "general", "向当事人透露合议庭评议情况", "外部环境", "低风险", "签订保密承诺书，评议笔录封存。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "庭长（签字）：", None)
    return _layout(
        "gushi_chenlinzi_tribunal_list", "http://nmgfzb.cn/xpaper/news/1046/15841/57858-1.shtml",
        "县人民法院陈淋子人民法庭 岗位廉政风险防控一览表, after the source's 立案庭 on 虚假诉讼 (立案窗口 甄别, 带病立案, "
        "诚信诉讼承诺书, 案件移交登记): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/庭长（签字） line",
        [sh], t,
    )  # fmt: skip


def gushi_sanhejian_tribunal_register() -> dict:
    unit = f"{COURT}三河尖人民法庭"
    sh = _Sheet("登记表", [6, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("庭长", "厍峣瑢", "middle", [
            ("审判辅助人员考核评优不公", "制度机制", "二级", "考核指标量化，结果在庭内公示。"),
            ("涉农土地纠纷案件受乡村干部说情干扰", "外部环境", "一级", "说情干预登记报告。"),
        ]),
        ("审判员", "粟棽珝", "general", [
            ("简易程序转普通程序随意，拖延审限", "业务流程", "二级", "程序转换经庭长审批。"),
            ("就地开庭时接受当事人吃请", "思想道德", "一级", "就地开庭两人同行，自带工作餐。"),
        ]),
        ("法警", "厍騉澄", "general", [
            ("协助执行时私自处置查扣物品", "岗位职责", "三级", "查扣物品当场清点造册，双方签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "gushi_sanhejian_tribunal_register", "https://tq.yaancourt.gov.cn/detail/99624b86-a7de-ce51-5006-6e63f6ed.html",
        "县人民法院三河尖人民法庭 廉政风险点排查登记表, after the source's 基层法院 on 审判辅助人员 配备模式及管理机制 "
        "(员额法官, 法官助理, 书记员, 法警, 考核激励): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gushi_court_enforcement_bureau_staff_down(),
    gushi_court_two_sheets(),
    gushi_court_filing_division_posts(),
    gushi_court_criminal_division_selfchecks(),
    gushi_court_civil_division_group_rows(),
    gushi_court_judicial_police_cards(),
    gushi_chenlinzi_tribunal_list(),
    gushi_sanhejian_tribunal_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch805-inbox"))
