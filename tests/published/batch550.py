"""The five-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水利 and
生态 bodies, 门源回族自治县 (海北州, 青海) — the 水利局, the 生态环境分局, the 水土保持工作站, the
灌区管理所 and four 镇水利管理站 (浩门镇, 青石嘴镇, 东川镇, 泉口镇) — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 水利局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 生态环境分局's 一览表: ``股室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 灌区管理所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、渠道管护组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 浩门镇水利管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 青石嘴镇水利管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在股室`` over a row of values, 高/中/低, ``自查情况``;
- the 东川镇水利管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 泉口镇水利管理站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``menyuan_soil_station_point_split_across``: the 水土保持工作站's 廉政风险防控一览表 has the
  heading ``序号 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施`` with ``廉政风险点`` MERGED
  ACROSS TWO COLUMNS (D:E) and, under it, the longer points RUN ON FROM THE LEFT CELL INTO THE
  RIGHT ONE: the clerk typed a point until the left cell was full and went on in the next cell
  (``生产建设项目水土保持方案`` in D, ``审查降低标准`` in E), as a table pasted from a PDF or typed
  to a printed width comes out; the short points stand in D alone, E empty. Neither cell is a
  point of its own and E is no description (nothing in it can stand alone: it starts mid-phrase,
  with no subject). The shape is about HOW A CELL'S TEXT IS LAID ACROSS COLUMNS. The README's
  读得懂的表 knows a heading merged over one EMPTY column (``防控措施`` 跨两列、右边一列空着), a
  heading merged over ``岗位 | 姓名`` (``岗位及人员``, left post, right names), a point merged across
  the point and description columns, ``廉政风险点`` merged over posts or over 环节 columns, a point
  and its description parted by a symbol, a full stop, a comma phrase or typed spaces, a sentence
  run on into the NEXT ROW (一句话写不下接着写在下一行) and a point cell wrapped by typed line breaks;
  none has one point's text cut in two SIDE BY SIDE under one merged heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 河道管理 by tier of government — 县级
水利局 监督执法; a county plan for 河长制 — 河湖管护, 水域岸线; news on 环境监测数据弄虚作假 —
环保分局, 不当干预; a paper on 农村供水工程 运行管理 — 管理单位, 维修; a paper on 农村河道治理 under
河长制 — 巡河; an answer on what a 河长 does — 巡查, 记录上报; a paper on 河湖管护 体制机制 —
长效保洁; news on 监测数据弄虚作假 — 第三方检测机构) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 门源回族自治县 (``unit_words=("门源回族自治县",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch550`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the LEFT cell's text followed straight by the RIGHT cell's,
  with nothing between (``生产建设项目水土保持方案`` + ``审查降低标准`` =
  ``生产建设项目水土保持方案审查降低标准``); a point with an empty right cell is the left cell; the
  right cell is no point and no description; the level is the ``风险等级`` column's (高/中/低 →
  1/2/3); no type; 岗位 and 责任人 merged per person are the form's post and holder; no 股室;
- ``局领导`` (the leaders' sheet), ``所领导`` and ``站领导`` are the 股室 of those leaders; a 局's
  股, a 分局's 股, a 所's 组 are 股室 (科室); a group row ``一、所领导`` gives the 科室 ``所领导``,
  ``二、渠道管护组`` the 科室 ``渠道管护组`` (its number left off), as batch 280 and 546 did; the
  浩门镇 cards and the 泉口镇 list name a 科室 only where a cell does (they name none); the
  青石嘴镇 sheets write ``站领导`` / ``工程管理组`` in ``所在股室`` and that is their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 分局's 分局长, a 所's 所长, a 站's
  站长 are leaders; 股长 and 组长 are middle; the rest (科员, 管理员, 技术员, 水管员, 收费员,
  执法员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 东川镇 station's list names no person: its forms are posts
  (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b550_"
PLACE = "门源回族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [((left, right or None), 风险等级, 防控措施)])
SPLIT = [
    ("站长", "蔺璟濠", "leader", [
        (("生产建设项目水土保持方案", "审查降低标准"), "高", "方案审查实行专家评审、站务会集体审定。"),
        (("水土保持补偿费", None), "中", "补偿费按核定标准征收，票据统一管理。"),
    ]),
    ("技术员", "谭翙琮", "general", [
        (("水土保持设施验收报备核查", "走过场"), "高", "报备材料逐项核对，抽查现场并留影像。"),
        (("监测数据弄虚作假", None), "中", "监测数据双人录入，季度比对复核。"),
        (("淤地坝除险加固项目现场", "签证虚增工程量"), "低", "签证经监理、站里两级审核。"),
    ]),
]  # fmt: skip


def menyuan_soil_station_point_split_across() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("一览表", [6, 10, 10, 24, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    r = sh.add("序号", "岗位", "责任人", "廉政风险点", None, "风险等级", "防控措施")
    sh.merge(r, 3, r, 4)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in SPLIT:
        for (left, right), lv, measures in points:
            n += 1
            sh.add(n, post, who, left, right, lv, measures)
            t.point(sh.name, "", post, who, tier, left + (right or ""), [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "menyuan_soil_station_point_split_across",
        "https://www.yoojia.com/article/9093290787479004498.html",
        "(harder) 县水土保持工作站 廉政风险防控一览表, after the source's page on 河道管理 by tier of "
        "government (县级水利局 监督执法, 监管力量, 违法案件): ``廉政风险点`` merged across two columns and a "
        "long point's text RUN ON from the left cell into the right one (``…水土保持方案 | 审查降低标准``), "
        "short points in the left cell alone; 岗位 and 责任人 merged per person; 高/中/低; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def menyuan_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水利局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仉澈昀", "局长", "主持全面工作", [
            ("水利项目资金分配个人说了算", "一级", "项目资金分配经局党组会集体研究，结果公示。"),
            ("干预水利工程招标", "一级", "招标全程进交易平台，纪检组长列席开标。"),
        ]),
        ("逯霁沨", "副局长", "分管水资源和河湖管理", [
            ("取水许可审批放宽条件", "二级", "取水许可实行股室初审、分管领导复核。"),
            ("河道采砂许可优亲厚友", "三级", "采砂许可公开拍卖，结果公示。"),
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
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划计划股", "股长", "郦瑄霈", "middle", "项目前期工作经费虚列", "一级", "前期经费按合同支付，凭成果验收。"),
        ("规划计划股", "股长", "郦瑄霈", "middle", "项目申报材料把关不严", "三级", "申报材料股室会审。"),
        ("水政监察股", "执法员", "庾晗璁", "general", "水事违法案件降格处理", "二级", "案件处理集体讨论，裁量基准公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "menyuan_water_bureau_two_sheets",
        "https://m.23xiu.com/xinlaodongfa/441777.html",
        "县水利局's file in two sheets, after the source's county plan for 河长制 (水资源保护, 河湖管护, "
        "水域岸线, 水污染防治): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def menyuan_ecology_branch_list() -> dict:
    unit = f"{PLACE}生态环境分局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "阎玙翥", "leader", "自然保护地执法检查结果说情干预", "制度机制风险", "高风险",
         "执法结果集体审议，说情干预登记报告。"),
        ("分局领导", "分局长", "阎玙翥", "leader", "环评文件审批把关不严", "岗位职责风险", "中风险",
         "环评审批实行技术审查、集体审定。"),
        ("执法股", "股长", "浦曦琰", "middle", "双随机检查对象私下调换", "业务流程风险", "中风险",
         "检查对象系统随机抽取，全程留痕。"),
        ("执法股", "执法员", "缑沂璠", "general", "接受排污单位宴请放松监管", "思想道德风险", "低风险",
         "执法两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "分局长（签字）：", None, None)
    return _layout(
        "menyuan_ecology_branch_list",
        "http://www.readmeok.com/2018-8/10_72791.html",
        "县生态环境分局 廉政风险防控一览表, after the source's news on 环境监测数据 "
        "弄虚作假 (环保分局, 考核压力, 不当干预, 责任追究): 序号/股室 merged/岗位 and 责任人 merged per person/风险点/"
        "``…风险`` types/``高风险/中风险/低风险``/防控措施; 填表人/审核人/分局长 line",
        [sh], t,
    )  # fmt: skip


def menyuan_irrigation_office_group_rows() -> dict:
    unit = f"{PLACE}灌区管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "芮翎潆", "leader", [
                ("渠系维修工程发包暗箱操作", "一级风险", "维修工程按限额比选，结果公示。"),
                ("水费减免个人审批", "二级风险", "水费减免所务会研究，名单公示。"),
            ]),
        ]),
        ("二、渠道管护组", "渠道管护组", [
            ("收费员", "晏琪滢", "general", [
                ("末级渠系水费搭车收费", "一级风险", "水价到户公示，开具统一票据。"),
                ("水费收入截留坐支", "三级风险", "水费日清月结，按时缴存专户。"),
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
        "menyuan_irrigation_office_group_rows",
        "http://m.handmsg.com/page/2021/0402/20247738.shtml",
        "县灌区管理所 廉政风险防控责任清单, after the source's paper on 农村供水工程 运行管理 (管理单位, "
        "承包租赁, 管理人员, 维修): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、渠道管护组`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def menyuan_haomen_station_cards() -> dict:
    unit = f"{PLACE}浩门镇水利管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "鄢珧沣", "leader", [
            ("小型农田水利项目验收放水", "★★★", "验收邀请村民代表参加，结果公示。"),
            ("防汛物资采购指定商家", "★★", "物资采购三家比价，入库登记。"),
        ]),
        ("水管员", "桓溱煜", "general", [
            ("农村供水工程维修虚报材料", "★★", "维修材料领用登记，旧件回收。"),
            ("用水计量抄表弄虚作假", "★", "抄表数据村级公示，按月复核。"),
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
        "menyuan_haomen_station_cards",
        "http://taokecoco.com/page/2019/1016/17573310.shtml",
        "县浩门镇水利管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 水管员), after the source's "
        "paper on 农村河道治理 under 河长制 (河长, 巡河, 职能机构, 农村居民): ``姓　名 | … | 职　务 | …``, "
        "序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def menyuan_qingshizui_station_selfchecks() -> dict:
    unit = f"{PLACE}青石嘴镇水利管理站"
    t = _Truth(unit)
    people = [
        ("郯霂璇", "站长", "leader", "站领导", [
            ("灌溉用水调度优亲厚友", "高", "用水计划村级公示，按轮次配水。"),
            ("水利补助资金发放不公", "中", "补助名单公示七天，站务会审定。"),
        ]),
        ("暨瀚琛", "技术员", "general", "工程管理组", [
            ("渠道衬砌质量检查走过场", "中", "质量检查拍照存档，抽检复核。"),
            ("工程量计量虚报", "低", "计量两人以上，监理签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站务会意见：", None, None)
        sheets.append(sh)
    return _layout(
        "menyuan_qingshizui_station_selfchecks",
        "https://m.sboyo.com/1/79890.html",
        "县青石嘴镇水利管理站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's "
        "answer on what a 河长 does (巡查河道, 清理, 记录上报, 考核): a label row ``姓　名 | 岗　位 | 所在股室`` over "
        "values, 序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站务会意见：``",
        sheets, t,
    )  # fmt: skip


def menyuan_dongchuan_station_posts() -> dict:
    unit = f"{PLACE}东川镇水利管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "站领导", "综合组"
    rows = [
        (a, "站长", "leader", "固定资产处置", "水利设施报废处置不经审批", "制度机制", "Ⅰ级",
         "资产处置报县水利局审批，公开处置。"),
        (b, "管理员", "general", "河道保洁考核", "保洁考核打人情分", "业务流程", "Ⅱ级",
         "考核结果平台录入，村级公示。"),
        (b, "管理员", "general", "保洁经费拨付", "保洁经费按人头虚报", "制度机制", "Ⅰ级",
         "经费按考核结果拨付，名单公示。"),
        (b, "管理员", "general", "办公经费报销", "虚开票据套取经费", "思想道德", "Ⅲ级",
         "报销票据逐张审核，站长审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "menyuan_dongchuan_station_posts",
        "http://zgkjsz.com/page/2016/0408/20755172.shtml",
        "县东川镇水利管理站 廉政风险点排查表 对岗不对人, after the source's paper on 河湖管护 "
        "体制机制 (长效保洁, 河长制, 水利管理平台): 股室 merged/岗位 merged/a short 风险点/a long 风险表现/"
        "short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def menyuan_quankou_station_duty_list() -> dict:
    unit = f"{PLACE}泉口镇水利管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "覃溆翀", "leader", "农村供水水质检测", "水质检测数据弄虚作假", "一级",
         "检测数据原始记录留存，县级抽检比对。"),
        ("站长", "覃溆翀", "leader", "检测机构委托", "第三方检测机构委托暗箱操作", "二级", "委托比选，结果公示。"),
        ("水管员", "戢珝潼", "general", "水利设施巡查", "巡查记录补记造假", "二级",
         "巡查定位打卡，记录按周核对。"),
        ("水管员", "戢珝潼", "general", "抗旱物资发放", "抗旱物资私自截留", "三级", "物资发放签字登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "menyuan_quankou_station_duty_list",
        "http://www.xxszxw.net/downzEVhNbXJ/20240519amaWTVR",
        "县泉口镇水利管理站 廉政风险防控责任清单, after the source's news on 监测数据弄虚作假 "
        "(零容忍, 第三方检测机构, 质量管理): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/"
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    menyuan_soil_station_point_split_across(),
    menyuan_water_bureau_two_sheets(),
    menyuan_ecology_branch_list(),
    menyuan_irrigation_office_group_rows(),
    menyuan_haomen_station_cards(),
    menyuan_qingshizui_station_selfchecks(),
    menyuan_dongchuan_station_posts(),
    menyuan_quankou_station_duty_list(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch550-inbox"))
