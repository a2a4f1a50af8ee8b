"""The five-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 机关事务 and
档案 bodies, 德令哈市 (海西州, 青海) — the 档案馆, the 机关事务服务中心, the 地方志编纂中心, the
保密和机要局, the 公务用车服务中心, the 党史研究室, the 机关集中办公区管理所 and the 公共机构节能管理办公室 —
each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 机关事务服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 地方志编纂中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 保密和机要局's 责任清单 under GROUP ROWS ``一、局领导`` / ``二、机要科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 公务用车服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 党史研究室's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 机关集中办公区管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 公共机构节能管理办公室's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``delingha_archives_holder_in_point_heading``: the 档案馆's 岗位廉政风险防控表 is ONE sheet of
  three small tables stacked one under another (a blank row between), one a holder, and each
  table's OWN HEADING ROW carries its holder: ``序号 | 廉政风险点（接收征集科　科长　丛玙暄） |
  风险等级 | 防控措施`` — the 科室, the post and the name, parted by full-width spaces, stand ONLY
  in a bracket closing the point column's heading cell. There is no line above a table, no
  ``科室``/``岗位``/``姓名`` column, no group row, no holder in the title, the tab (``防控表``) or
  below (the foot is ``填表人： | 审核人：`` unfilled). The shape is about the TABLE'S HEADING ROW as
  the carrier of the form's fields, as when a template's ``廉政风险点（ ）`` blank is filled in per
  person. The README's 读得懂的表 knows holders above a table (``姓名 | … | 职务 | …``, label rows,
  ``以下风险点责任科室：…``), beside it, under it, in group rows (``一、出纳岗（责任人：李明）``), in the
  title, in the tab, in columns, and a post written as the heading of the NAME column
  (``村级动物防疫员`` over names); it knows a heading bracket that says how to fill a column
  (``（括号内注明主要表现）``, ``（分岗位填写）``, ``（同一等级的多个风险点用“；”隔开）``) and heading rows
  copied per holder with the 岗位/责任人 heading cells typed over; none writes the holder inside
  the POINT column's heading, in a bracket, on a heading with no holder column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 档案管理制度 —
文件材料收集, 归档, 查阅; a 机关事务 body's list of duties — 办公用房, 物业, 食堂, 会务, 资产; a plan
for 地方志 编纂 — 承编单位, 编纂委员会, 经费保障, 评审验收; an answer on what a 机要局 does — 文件科,
通信科, 保密科; news of a 公务用车信息化平台 — 派遣, 定位, 里程, 油耗; a speech on 党史资料征集工作 —
征集, 口述; the business scope of a 机关后勤 body — 集中办公区域的物业管理, 食堂管理; rules on
公共机构节能 — 节能目标, 能源消费统计, 节能联络员) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 德令哈市 (``unit_words=("德令哈市",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch546`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each stacked table is one form: its 科室, post and holder are the three
  parts of the bracket closing its ``廉政风险点`` heading, in that order (``馆领导　馆长　鞠彧翀``); the
  heading cell is no point; the level is the ``风险等级`` column's (高/中/低 → 1/2/3); no type;
- ``中心领导`` (the leaders' sheet), ``局领导`` and ``馆领导`` are the 科室 of those leaders; a
  中心's, 局's or 馆's 科, a 所's 组 are 科室; a group row ``一、局领导`` gives the 科室 ``局领导``,
  ``二、机要科`` the 科室 ``机要科`` (its number left off), as batch 280 and 541 did; the 公务用车
  cards and the 节能办 list name a 科室 only where a cell does (they name none); the 党史研究室
  sheets write ``室领导`` / ``征集编研科`` in ``所在科室`` and that is their 科室;
- every body is a unit of its own: a 局's 局长, a 中心's, 馆's, 室's and 办公室's 主任 and 副主任,
  a 馆's 馆长, a 所's 所长 are leaders; 科长 is middle; the rest (科员, 编辑, 驾驶员, 管理员,
  统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 机关集中办公区管理所's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b546_"
PLACE = "德令哈市"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
BRACKETED = [
    ("馆领导", "馆长", "鞠彧翀", "leader", [
        ("档案征集经费使用个人说了算", "高", "征集经费使用经馆务会集体研究，按季公开。"),
        ("档案库房改造项目干预招标", "中", "项目按规定招标，全程纪实备查。"),
    ]),
    ("接收征集科", "科长", "丛玙暄", "middle", [
        ("进馆档案接收把关不严", "高", "接收实行两人清点、科长复核，交接文据存档。"),
        ("征集档案作价收购随意", "中", "收购价格经鉴定小组评估，集体审定。"),
    ]),
    ("利用服务科", "科员", "祁翾棽", "general", [
        ("违规提供未开放档案查阅", "高", "查阅按权限审批，未开放档案一律登记报批。"),
        ("收受查档人好处加急出证", "低", "出证按受理顺序办理，时限公开。"),
    ]),
]  # fmt: skip


def delingha_archives_holder_in_point_heading() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("防控表", [6, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 4)
    for dept, post, who, tier, points in BRACKETED:
        sh.add("序号", f"廉政风险点（{dept}　{post}　{who}）", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
    sh.add("填表人：", None, "审核人：", "2025年9月")
    return _layout(
        "delingha_archives_holder_in_point_heading",
        "https://www.dapx.org/showservices.asp?ID=1943",
        "(harder) 市档案馆 岗位廉政风险防控表, after the source's page on 档案管理制度 (文件材料收集, 归档, "
        "查阅): one sheet of small tables stacked one under another, one a holder, each under its own "
        "heading row ``序号 | 廉政风险点（科室　岗位　姓名） | 风险等级 | 防控措施`` — the HOLDER is written "
        "ONLY in a bracket closing the point column's heading cell; no line above, no 科室/岗位/姓名 column; "
        "高/中/低; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def delingha_affairs_centre_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("劳玥珩", "主任", "主持全面工作", [
            ("办公用房调配个人说了算", "一级", "办公用房调配经主任办公会研究，结果公示。"),
            ("维修项目指定施工单位", "二级", "维修项目按限额比选，纪检全程参与。"),
        ]),
        ("巩沅翙", "副主任", "分管物业和会务保障", [
            ("物业服务考核走过场", "二级", "物业考核邀请使用单位评议，结果与付费挂钩。"),
            ("会务费用超标准列支", "三级", "会务费用按标准结算，清单附后。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资产管理科", "科长", "訾昕翊", "middle", "公物处置低估作价", "一级", "处置资产委托评估，公开处置。"),
        ("资产管理科", "科长", "訾昕翊", "middle", "资产台账登记不实", "三级", "台账每半年盘点核对。"),
        ("后勤服务科", "科员", "禚沄璟", "general", "食堂食材验收以次充好", "二级", "验收两人以上，留样备查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "delingha_affairs_centre_two_sheets",
        "https://ppp.cbi360.net/654d407d-054d-4b3b-9f3a-d03ae442bf0c.html",
        "市机关事务服务中心's file in two sheets, after the source's list of a 机关事务 body's duties "
        "(办公用房, 物业, 食堂, 会务, 资产): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` "
        "with 科室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def delingha_gazetteer_centre_list() -> dict:
    unit = f"{PLACE}地方志编纂中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谯翚湄", "leader", "志书承编单位确定不公", "制度机制风险", "高风险",
         "承编单位经中心会议研究确定，结果公开。"),
        ("中心领导", "主任", "谯翚湄", "leader", "编纂出版经费审批随意", "岗位职责风险", "中风险",
         "经费按预算审批，大额支出集体研究。"),
        ("编纂科", "科长", "阚琬璘", "middle", "志稿评审受人请托", "思想道德风险", "中风险",
         "评审专家随机抽取，评审意见存档。"),
        ("编纂科", "编辑", "冼翯澍", "general", "年鉴稿酬虚报冒领", "业务流程风险", "低风险",
         "稿酬按篇核定，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "delingha_gazetteer_centre_list",
        "http://ask.fsou.com/html/text/lar/171838/17183832_3.html",
        "市地方志编纂中心 廉政风险防控一览表, after the source's 地方志 编纂 plan (承编单位, 编纂委员会, "
        "经费保障, 评审验收): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def delingha_secrecy_bureau_group_rows() -> dict:
    unit = f"{PLACE}保密和机要局"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "满琰澈", "leader", [
                ("涉密设备采购指定供应商", "一级风险", "采购按政府采购规定办理，需求集体确定。"),
                ("保密检查结果降格处理", "二级风险", "检查结果集体研究，问题清单限期整改。"),
            ]),
        ]),
        ("二、机要科", "机要科", [
            ("科长", "韶霈珣", "middle", [
                ("机要文件传递违规代收", "一级风险", "文件收发逐件登记，双人交接。"),
                ("密码设备管理台账不实", "三级风险", "设备台账每季度盘点。"),
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
        "delingha_secrecy_bureau_group_rows",
        "http://www.ngdsb.com.cn/jxuwd/202507/274306.html",
        "市保密和机要局 廉政风险防控责任清单, after the source's answer on what a 机要局 does (文件科, 通信科, "
        "保密科; 机密文件收发, 保密检查): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、局领导``, ``二、机要科`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def delingha_official_car_centre_cards() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "鄂翃琨", "leader", [
            ("车辆调度平台数据篡改", "★★★", "平台数据只读留痕，每月抽查。"),
            ("车辆维修定点厂家暗箱确定", "★★", "定点厂家公开比选，结果公示。"),
        ]),
        ("驾驶员", "蒯骎瑀", "general", [
            ("公车私用、虚报里程", "★★", "北斗定位核对里程，出车单签字。"),
            ("加油卡违规使用", "★", "一车一卡，油耗按月分析。"),
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
        "delingha_official_car_centre_cards",
        "http://www.pjhyqx.com/news/ankang/akzh/326062.html",
        "市公务用车服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 驾驶员), after the source's news "
        "of a 公务用车信息化平台 (派遣, 定位, 里程, 油耗): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def delingha_party_history_office_selfchecks() -> dict:
    unit = f"{PLACE}党史研究室"
    t = _Truth(unit)
    people = [
        ("滕瑢煦", "主任", "leader", "室领导", [
            ("党史资料征集经费报销不实", "高", "征集经费凭据报销，室务会审核。"),
            ("课题立项优亲厚友", "中", "课题立项集体评审，结果公示。"),
        ]),
        ("郜淏翎", "科员", "general", "征集编研科", [
            ("征集资料私自留存", "中", "征集资料当日登记入库。"),
            ("口述史采访补贴虚报", "低", "采访补贴按次核定，受访人签字。"),
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
        sh.add("本人签名：", None, "科室意见：", None, None)
        sheets.append(sh)
    return _layout(
        "delingha_party_history_office_selfchecks",
        "http://dfpyled.com/n1/2019/0625/c427618-31187764.html",
        "市党史研究室 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's speech on "
        "党史资料征集工作 (征集, 口述, 编研): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 科室意见：``",
        sheets, t,
    )  # fmt: skip


def delingha_office_compound_posts() -> dict:
    unit = f"{PLACE}机关集中办公区管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "所领导", "物业管理组", "食堂管理组"
    rows = [
        (a, "所长", "leader", "物业服务外包", "外包招标设置倾向性条件", "制度机制", "Ⅰ级",
         "外包按规定公开招标，合同集体审定。"),
        (b, "管理员", "general", "维修零星采购", "零星采购虚开票据", "岗位职责", "Ⅱ级",
         "零星采购两人经办，票据逐张核对。"),
        (c, "管理员", "general", "食堂食材采购", "收受供货商好处放宽验收", "外部环境", "Ⅰ级",
         "食材定点采购，验收留影。"),
        (c, "管理员", "general", "就餐结算", "就餐人数虚报多结", "思想道德", "Ⅲ级",
         "就餐刷卡计数，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：物业管理组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "delingha_office_compound_posts",
        "https://maituobao.com/company/b21bc9a1b4837f6a",
        "市机关集中办公区管理所 廉政风险点排查表 对岗不对人, after the source's business scope of a 机关后勤 "
        "body (集中办公区域的物业管理, 会务管理, 食堂管理): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/"
        "short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def delingha_energy_office_duty_list() -> dict:
    unit = f"{PLACE}公共机构节能管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "穆晞湛", "leader", "节能改造项目审核", "节能改造项目审核放松标准", "一级",
         "项目审核会同财政、住建联审。"),
        ("主任", "穆晞湛", "leader", "节约型机关创建评审", "创建评审打人情分", "二级", "评审细则公开，结果公示。"),
        ("统计员", "蓟璆彦", "general", "能源消费统计", "能耗数据弄虚作假", "二级",
         "数据与计量表读数比对，抽查复核。"),
        ("统计员", "蓟璆彦", "general", "节能宣传物资发放", "宣传物资私自截留", "三级", "物资领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "delingha_energy_office_duty_list",
        "http://fsou.com/html/text/lar/172760/17276089_1.html",
        "市公共机构节能管理办公室 廉政风险防控责任清单, after the source's 公共机构节能 rules (节能目标, "
        "能源消费统计, 节能联络员, 能耗监测): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/"
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    delingha_archives_holder_in_point_heading(),
    delingha_affairs_centre_two_sheets(),
    delingha_gazetteer_centre_list(),
    delingha_secrecy_bureau_group_rows(),
    delingha_official_car_centre_cards(),
    delingha_party_history_office_selfchecks(),
    delingha_office_compound_posts(),
    delingha_energy_office_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch546-inbox"))
