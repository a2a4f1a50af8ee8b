"""The seven-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 农业农村 and
农机 bodies, 凤城市 (of 丹东市, 辽宁省) — its 农业农村局, 农业综合行政执法队, 种子管理站, 农业技术推广
中心, 农村经济经营管理站, 农业项目建设服务中心 and 宝山镇农业综合服务站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 农业综合行政执法队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 种子管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, no names, ``…风险`` types, 高/中/低;
- the 农业技术推广中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 宝山镇农业综合服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在岗室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 农村经济经营管理站's 一览表 in TWO SHEETS ``站领导`` / ``股室``, ``高风险/中风险/低风险``;
- the 农业项目建设服务中心's 一览表 under ``附件3`` and a 填报单位 line, ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, 高/中/低, a sign-off line.

One is harder:

- ``fengcheng_farm_machinery_stage_lines``: the 农机服务中心's 农机监理业务廉政风险防控表, ONE ROW A
  BUSINESS MATTER (``拖拉机、联合收割机注册登记`` …) with three HOLDER COLUMNS ``承办人 | 审核人 |
  审批人``, each cell ``post⏎name`` naming who does that stage of that matter, and ONE POINT CELL
  ``各环节廉政风险点（括注等级）`` holding two or three LINES, each opened by its STAGE LABEL (``承办：``,
  ``审核：``, ``审批：``) and closed by its level in brackets (``（一级）``). A line's point belongs to
  the person in the column of its stage on the same row; the same person stands in different
  rows (and sometimes different stages), so his points gather from several rows. The README's
  读得懂的表 knows a ``风险环节`` cell picking one holder among ``经办人 | 复核人 | 审批人`` for a row's
  single point, lines ``受理员：…⏎民政员：…`` labelled by POSTS (no names) and stage bands each with
  its own point column; it does not describe one point cell split by stage labels whose holders
  are looked up, line by line, in the row's stage columns.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农机管理总站's 拖拉机、联合收割机
年度安全技术检验 — 检验登记, 监理人员, 安全生产责任状; a 市 特色现代农业发展资金 管理规定 — 资金分配,
项目申报, 绩效评价; a 种子执法 news item — 种子市场, 案件查办, 执法行为; a 种子管理体系 page —
品种管理, 质量管理, 市场管理, 种子储备, 许可证; a 县级种子管理 article — 种子站并入农业技术推广中心,
执法装备, 经费; a 农机安全监理所's 拖拉机、收割机补检 下乡; an article on 村级财务管理 委托代理 —
民主理财小组, 报账员, 会计代理中心; an article on 农业项目资金 — 招投标, 政府集中采购) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 厍 and 隗 with rare given names); every unit is a
body of 凤城市.

Run ``python tests/published/score.py --set batch741`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each LINE of the point cell is a point of the person in the column its
  label names (``承办：`` → ``承办人``, ``审核：`` → ``审核人``, ``审批：`` → ``审批人``) on the same
  row, with the line's bracketed level; the label and the bracket are no part of the point; the
  post is the first line of that person's cell; one form a holder, no 科室 (the table names
  none); ``业务事项`` and ``防控措施`` are no points;
- ``局领导``, ``中心领导``, ``站领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  cards' leaders and the 农经站's 站领导 sheet (no 科室 column) have no 科室;
- 局长, 副局长, 队长, 副队长, 主任, 副主任, 站长, 副站长 are leaders; 科长, 股长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b741_"
PLACE = "凤城市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TIERS = {"局长": "leader", "副局长": "leader", "队长": "leader", "副队长": "leader", "主任": "leader",
         "副主任": "leader", "站长": "leader", "副站长": "leader", "科长": "middle", "股长": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIERS.get(post, "general")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the people who stand in the stage columns: key -> (post, name)
STAFF = {
    "k1": ("监理员", "厍翾澍"),
    "k2": ("监理员", "隗沄篪"),
    "k3": ("检验员", "厍珝霈"),
    "g": ("股长", "隗琤翯"),
    "f": ("副主任", "厍澂璆"),
    "z": ("主任", "隗岫翀"),
}
STAGES = ("承办", "审核", "审批")

# (业务事项, (承办人, 审核人, 审批人) keys, [(stage, point, level)], 防控措施)
MATTERS = [
    ("拖拉机、联合收割机注册登记", ("k1", "g", "f"), [
        ("承办", "对机主身份、来历凭证和出厂合格证查验不严，为拼装机具办理登记", "二级"),
        ("审核", "登记资料审核走过场，为熟人优先办理号牌", "二级"),
        ("审批", "授意为不符合条件的机具核发号牌和行驶证", "一级"),
    ], "登记资料双人查验，号牌发放台账公开，审批留痕。"),
    ("拖拉机、联合收割机年度安全技术检验", ("k3", "g", "f"), [
        ("承办", "检验项目漏检少检，收受机手好处出具合格结论", "一级"),
        ("审核", "对检验记录复核不严，为未参检机具补签合格标志", "一级"),
    ], "检验过程拍照存档，合格标志专人保管、按号登记。"),
    ("拖拉机驾驶证考试", ("k2", "g", "z"), [
        ("承办", "考试中降低标准、替考或向考生泄露考题", "一级"),
        ("审核", "考试成绩录入和复核中篡改成绩", "二级"),
        ("审批", "干预考试安排，为关系人打招呼", "二级"),
    ], "考场全程录像，考试员随机安排，成绩当场公布。"),
    ("农机事故处理", ("k1", "g", "z"), [
        ("承办", "事故现场勘查不实，偏袒一方当事人", "二级"),
        ("审批", "事故责任认定受人情干扰", "三级"),
    ], "事故认定书经集体研究，送达当事人并告知救济途径。"),
    ("跨年度漏检机具补检", ("k2", "g", "f"), [
        ("承办", "下乡补检时收取规定以外的费用", "三级"),
        ("审核", "对补检机具的保险和检验记录核对不严", "三级"),
    ], "补检一律不收费，收费项目和监督电话张贴公示。"),
]  # fmt: skip


def fengcheng_farm_machinery_stage_lines() -> dict:
    unit = f"{PLACE}农机服务中心"
    sh = _Sheet("监理业务", [6, 22, 11, 11, 11, 52, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}农机监理业务廉政风险防控表", 7)
    _line(sh, f"单位：{unit}（盖章）{GAP * 16}2025年6月", 7)
    sh.add(
        "序号", "业务事项", "承办人", "审核人", "审批人", "各环节廉政风险点（括注等级）", "防控措施"
    )
    for i, (matter, keys, lines, measures) in enumerate(MATTERS, 1):
        cells = ["\n".join(STAFF[k]) for k in keys]
        text = "\n".join(f"{stage}：{point}（{lv}）" for stage, point, lv in lines)
        sh.add(i, matter, *cells, text, measures)
    # the truth one form a holder, in the order of STAFF
    for key, (post, who) in STAFF.items():
        for _matter, keys, lines, _measures in MATTERS:
            for stage, point, lv in lines:
                if keys[STAGES.index(stage)] == key:
                    t.point(sh.name, "", post, who, _tier(post), point, [], GRADES[lv])
    _line(
        sh,
        "注：风险点按承办、审核、审批环节分行填写，各环节风险点由本行该环节人员负责；风险等级分一级、二级、三级。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None)
    return _layout(
        "fengcheng_farm_machinery_stage_lines", "http://www.linesmovie.com/5/17/2019-07-18/191781.html",
        "(harder) 市农机服务中心 农机监理业务廉政风险防控表, after the source's 农机管理总站 拖拉机、联合收割机年度安全技术检验 "
        "(检验登记, 监理人员, 补检, 安全生产责任状): a title, a merged ``单位：…（盖章）　2025年6月`` line, then ONE ROW A "
        "BUSINESS MATTER: 序号/业务事项/``承办人 | 审核人 | 审批人`` each cell ``post⏎name``/ONE point cell "
        "``各环节廉政风险点（括注等级）`` holding two or three LINES each opened by its STAGE LABEL (``承办：``/``审核：``/"
        "``审批：``) and closed by ``（一级）``…, so each line's point belongs to the person in that stage's column of "
        "the row/防控措施; a merged ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fengcheng_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "隗霂湲", [
            ("特色现代农业发展资金分配方案不经党组会集体研究", "制度机制", "一级", "资金分配方案党组会研究，按因素法测算并公开。"),
            ("干预农业项目申报主体的确定", "岗位职责", "一级", "项目申报主体公开征集、专家评审。"),
        ]),
        ("计划财务科", "科长", "厍沨璟", [
            ("专项资金拨付不按项目进度，提前或超额拨付", "业务流程", "二级", "按验收结果和进度分期拨付，财务科、业务科室会签。"),
            ("绩效评价走过场，评价结果不与资金安排挂钩", "制度机制", "三级", "引入第三方绩效评价，结果公开。"),
        ]),
        ("计划财务科", "会计", "隗珣翙", [
            ("报账凭证审核不严，虚列项目支出", "业务流程", "二级", "凭证经办人、审核人、审批人三签。"),
        ]),
        ("农田建设管理科", "科长", "厍澪翚", [
            ("高标准农田建设项目验收降低标准", "岗位职责", "一级", "验收组随机抽取，验收结果公示。"),
            ("接受施工单位宴请、礼金", "思想道德", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "fengcheng_agriculture_bureau_list", "http://www.quanzhou.gov.cn/zfb/xxgk/ztxxgk/fp/fpzc/201907/t20190704_1808258.htm",
        "市农业农村局 岗位廉政风险防控一览表, after the source's 特色现代农业发展资金管理暂行规定 (资金分配, 项目申报, 绩效评价, "
        "信息公开): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengcheng_law_enforcement_cards() -> dict:
    unit = f"{PLACE}农业综合行政执法队"
    t = _Truth(unit)
    cards = [
        ("队长", "厍翊潆", "队长", "主持执法队全面工作", [
            ("重大行政处罚案件不经集体讨论，个人决定处罚种类和幅度", "★★★", "重大案件集体讨论，法制审核后决定。"),
            ("对种子违法案件说情打招呼，降格处理", "★★★", "案件查办全程记录，说情干预一律登记报告。"),
            ("执法车辆公车私用", "★", "车辆统一调度，出车登记。"),
        ]),
        ("副队长", "隗溁琯", "副队长", "分管种子、农药市场执法", [
            ("种子市场检查中选择性执法，对关系户不查不处", "★★", "检查对象双随机抽取，结果公开。"),
            ("扣押的种子、农药等物品处置不按规定", "★★", "扣押物品登记入库，处置经集体研究。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, items in cards:
        sh = _Sheet(tab, [8, 40, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "fengcheng_law_enforcement_cards", "http://www.herborn-bw.cn/news/show.php?itemid=45308",
        "市农业综合行政执法队 领导干部廉政风险防控卡, one sheet a leader, after the source's 种子执法 news item (种子市场, "
        "案件查办, 规范执法行为): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def fengcheng_seed_station_posts() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "种子生产经营许可证审核把关不严，为不具备条件的企业上报", "岗位职责风险", "高",
         "许可材料初审、复审分离，现场核查两人以上。"),
        ("站领导", "站长", "种子储备任务分配和储备补贴核定不公", "制度机制风险", "中",
         "储备任务按程序集体研究，补贴核定结果公示。"),
        ("质量检验室", "检验员", "种子质量检验数据弄虚作假", "业务流程风险", "高", "检验样品编码盲检，原始记录存档。"),
        ("质量检验室", "检验员", "接受送检企业的礼品礼金", "思想道德风险", "低", "签订廉洁承诺书。"),
        ("市场管理股", "管理员", "经营备案登记不核实，为代销户违规备案", "业务流程风险", "中", "备案信息网上公开，定期抽查。"),
        ("市场管理股", "管理员", "市场巡查中发现违法线索不报告", "岗位职责风险", "中", "巡查记录逐次登记，站领导每月抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fengcheng_seed_station_posts", "http://www.fymate.net/html/text/lar/168939/16893996_1.html",
        "市种子管理站 岗位廉政风险点排查表 对岗不对人, after the source's 种子管理体系 page (品种管理, 质量管理, 市场管理, "
        "种子储备, 生产经营许可证): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengcheng_agritech_center_group_rows() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "隗璘澔", [
                ("农技推广补助项目实施主体确定不公开", "一级风险", "实施主体公开遴选，结果公示。"),
                ("执法装备和检测仪器采购指定品牌", "一级风险", "采购按政府集中采购目录执行。"),
            ]),
        ]),
        ("二、种子股", "种子股", [
            ("股长", "厍琇翚", [
                ("品种试验数据审核不严，为企业品种说好话", "二级风险", "试验数据双人记录，专家复核。"),
            ]),
            ("技术员", "隗翙澂", [
                ("田间品种展示示范中收受企业好处", "二级风险", "展示品种公开征集，展示结果如实公布。"),
                ("试验经费报销虚列用工", "三级风险", "用工名单由村委会证明，经费公示。"),
            ]),
        ]),
        ("三、推广股", "推广股", [
            ("股长", "厍湄翃", [
                ("物化补贴农资发放对象审核不实", "二级风险", "发放名单村级公示，农户签字领取。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, _tier(post), point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "fengcheng_agritech_center_group_rows", "http://www.handmsg.com/page/2020/1118/7239771.shtml",
        "市农业技术推广中心 廉政风险防控责任清单, after the source's 县级种子管理 article (种子站并入农业技术推广中心, 执法装备, "
        "经费, 种子监管): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、种子股``, ``三、推广股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fengcheng_baoshan_service_selfchecks() -> dict:
    unit = f"{PLACE}宝山镇农业综合服务站"
    t = _Truth(unit)
    people = [
        ("厍瀛琚", "站领导", "站长", [
            ("农机补检下乡时搭车收费", "Ⅰ级", "补检不收费，收费公示牌上墙。", "已落实"),
            ("耕地地力保护补贴面积核实不实", "Ⅱ级", "面积核实村组公示，农户签字。", "未发现问题"),
        ]),
        ("隗沣琬", "农机组", "农机员", [
            ("为未参加年检的拖拉机代办手续收取好处", "Ⅰ级", "年检须机具到场，严禁代办。", "已落实"),
            ("农机作业补助面积虚报", "Ⅲ级", "作业面积卫星监测核对。", "已落实"),
        ]),
        ("厍琬翾", "农技组", "农技员", [
            ("向农户推销指定农资", "Ⅱ级", "严禁推销农资，签订承诺书。", "未发现问题"),
            ("技术培训签到弄虚作假", "Ⅲ级", "培训签到拍照存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在岗室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fengcheng_baoshan_service_selfchecks", "http://theworldseeds.cn/index.php?p=43896",
        "镇农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农机安全监理所 "
        "拖拉机、收割机补检 下乡 (补检, 年检, 监理人员): a title, a label row ``姓　名 | 所在岗室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def fengcheng_rural_economy_station_two_sheets() -> dict:
    unit = f"{PLACE}农村经济经营管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗翯湝", "站长", "主持全面工作", [
            ("村级会计委托代理服务机构人员安排优亲厚友", "高风险", "人员安排经站务会研究。"),
            ("农村集体资产清产核资结果审核放水", "高风险", "清产核资结果村级公示、站务会审定。"),
        ]),
        ("厍霈琨", "副站长", "分管村级财务审计", [
            ("村干部任期和离任审计发现问题不报告", "高风险", "审计报告报市农业农村局备案。"),
            ("审计中接受被审计村宴请", "低风险", "审计实行两人以上，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("会计代理股", "股长", "厍璐澶", "村级报账凭证审核不严，白条入账", "高风险", "报账凭证经民主理财小组签章后审核。"),
        ("会计代理股", "股长", "厍璐澶", "代理记账中为村干部隐瞒收入", "中风险", "收入票据统一领购、核销。"),
        ("会计代理股", "会计", "隗沨琮", "村集体资金调拨不按程序", "中风险", "资金调拨凭村民代表会议决议。"),
        ("经营管理股", "股长", "隗濛璠", "土地承包经营权流转合同鉴证把关不严", "中风险", "流转合同集中鉴证，台账公开。"),
        ("经营管理股", "科员", "厍沛琅", "农民负担监督检查走过场", "低风险", "检查结果通报并公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, _tier(post), point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fengcheng_rural_economy_station_two_sheets", "http://m.handmsg.com/page/2017/0427/1803458.shtml",
        "市农村经济经营管理站 廉政风险防控一览表 in TWO SHEETS, after the source's article on 村级财务管理 委托代理 "
        "(民主理财小组, 报账员, 会计代理中心): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 风险等级 ``高风险/中风险/低风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fengcheng_project_center_list() -> dict:
    unit = f"{PLACE}农业项目建设服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "隗翚澜", "农业项目招标中设置排他性条件", "制度机制", "高", "招标文件经法律顾问审查。"),
        ("中心领导", "主任", "隗翚澜", "项目变更不按程序报批", "岗位职责", "中", "变更经集体研究并报主管部门批准。"),
        ("项目管理科", "科长", "厍潼瑄", "项目实施过程监管不到位，工程量虚增", "业务流程", "高", "工程量现场计量，监理、业主双签。"),
        ("项目管理科", "科员", "隗琰沚", "项目档案资料补签造假", "业务流程", "低", "档案实时归集，专人管理。"),
        ("财务科", "会计", "厍岚瀞", "项目资金不专账核算，挤占挪用", "外部环境", "中", "项目资金专账核算，定期审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "fengcheng_project_center_list", "https://www.ppdoc.com/periodical/07ca60a61dcfcfe657c62ef31f1389ac.html",
        "市农业项目建设服务中心 岗位廉政风险防控一览表, after the source's article on 农业项目资金 (招投标, 政府集中采购, 权责): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fengcheng_farm_machinery_stage_lines(),
    fengcheng_agriculture_bureau_list(),
    fengcheng_law_enforcement_cards(),
    fengcheng_seed_station_posts(),
    fengcheng_agritech_center_group_rows(),
    fengcheng_baoshan_service_selfchecks(),
    fengcheng_rural_economy_station_two_sheets(),
    fengcheng_project_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch741-inbox"))
