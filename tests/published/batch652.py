"""The six-hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's wetland and
nature-reserve bodies, 土默特右旗 (of 包头市, 内蒙古自治区) — its 湿地自然保护区管理局, 湿地管护站, 森林公安派出所,
野生动物救护站, 林业和草原局's 湿地保护中心, 生态护林员管理办公室 and 自然保护区 执法大队 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 湿地保护中心's 一览表 in TWO SHEETS ``中心领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 森林公安派出所's 排查表 对岗不对人, ``…风险`` types, 高/中/低, no names;
- the 野生动物救护站's 自查表 one sheet a person (label row over values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 湿地管护站's 清单 under GROUP ROWS ``一、站领导`` …, ``一级风险/二级风险/三级风险``;
- the 自然保护区执法大队's 防控卡 one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 生态护林员管理办公室's 一览表 under ``附件1`` and a 填报单位 line, 科室/岗位/责任人 on every row,
  short types, ``高风险/中风险/低风险``;
- the 湿地公园服务中心's 登记表, 科室 merged, 岗位/姓名 merged per person, 风险类别, 一级/二级/三级,
  a ``注：`` line.

One is harder:

- ``tumed_right_reserve_bureau_raci``: the 湿地自然保护区管理局's 廉政风险责任分工表, ONE ROW A POINT and
  a THREE-ROW heading whose ``责任分工（R负责　A审批　C协办　I知情）`` is merged across one column a
  holder, the posts in the second heading row and the names in the third; each row writes a LETTER
  under every holder — ``R`` under the one or two holders whose point it is, ``A`` under the leader
  who approves, ``C`` under those who help, ``I`` under those only told — so the point is a point of
  the ``R`` holders only, not of every holder whose cell is filled. The README's 读得懂的表 knows a
  ``●主责　○配合`` matrix (one main holder a row) and tick matrices (every mark a holder); it does not
  describe a RACI chart whose four letters fill most cells and whose ``R`` (one or two a row) alone
  names the holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 湿地保护修复制度 工作方案 讨论稿; a
纪检监察报 piece on 湿地保护 监督 — 不担当、不作为、乱作为; an 审计 note on 湿地公园 领导干部自然资源资产审计;
a 县森林公安局 on 打击涉林案件, 罚没款, 管护责任书; a survey of 野生动物收容救护 — 收容, 放归, 调配, 无害化处理;
a 湿地生态效益补偿 试点 — 耕地承包经营权人 补偿; a 派出所's 林区武装巡护 — 入山登记, 卡点; the 湿地保护修复
制度方案 大家谈 — 湿地面积管控, 生态保护红线) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
段 and 厉 with rare given names); every unit is a body of 土默特右旗 (no earlier unit names it, so
``unit_words``).

Run ``python tests/published/score.py --set batch652`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's point is a point of every holder with ``R`` in his column (post from
  the second heading row, name from the third), with the row's level; ``A``, ``C`` and ``I`` name
  no holder of the point; one form a holder, no 科室; the ``注：`` line and sign-off are no points;
- ``局领导``, ``中心领导``, ``站领导``, ``所领导`` (a 科室 cell, a group row) are the 科室 of those leaders;
  the cards' leaders and sheet ``中心领导``'s leaders have no 科室;
- 局长, 副局长, 主任 of a 中心/站 as its head, 站长, 副站长, 所长, 副所长, 教导员, 大队长 are leaders; 科长,
  中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 森林公安派出所's list names no person;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from xlproc.identity import split_dept_title

PREFIX = "b652_"
PLACE = "土默特右旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RACI = "RACI"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders across: (post, name, tier)
HOLDERS = [
    ("局长", "段琻渼", "leader"),
    ("副局长", "厉翛沄", "leader"),
    ("保护科科长", "段洺翚", "middle"),
    ("计划财务科科长", "厉骃澧", "middle"),
    ("管护站站长", "段瑱岿", "leader"),
]

# (风险点, 风险等级, letters under HOLDERS, 防控措施)
SHARED = [
    ("湿地保护修复项目招标中设置倾向性条件", "高", ("A", "R", "C", "I", "I"),
     "招标文件经局务会审定，全程进入旗公共资源交易平台。"),
    ("湿地生态效益补偿资金发放对象核定不实", "高", ("A", "C", "R", "R", "C"),
     "补偿对象逐户核实，名单在嘎查村公示七日。"),
    ("保护区内违规项目审核把关不严、放任占用湿地", "高", ("R", "A", "R", "I", "C"),
     "涉及保护区的项目一律集体研究，现场核查留影像。"),
    ("管护站巡护补助、临时用工费虚报冒领", "中", ("I", "A", "C", "R", "R"),
     "巡护轨迹与补助发放逐月核对。"),
    ("湿地监测设备采购验收走过场", "中", ("A", "R", "C", "C", "I"),
     "验收组三人以上，邀请纪检人员参加。"),
    ("违法占用湿地线索压案不查、以罚代管", "中", ("A", "C", "R", "I", "R"),
     "线索登记台账，办理结果定期通报。"),
    ("接受项目施工单位宴请、礼品", "低", ("R", "R", "C", "C", "C"),
     "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def tumed_right_reserve_bureau_raci() -> dict:
    unit = f"{PLACE}湿地自然保护区管理局"
    n = len(HOLDERS)
    ncols = 3 + n + 1
    sh = _Sheet("责任分工", [6, 40, 8] + [10] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险责任分工表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    head = "责任分工（R负责　A审批　C协办　I知情）"
    top = sh.add("序号", "风险点", "风险等级", head, *([None] * (n - 1)), "防控措施")
    sh.add(None, None, None, *[post for post, _, _ in HOLDERS], None)
    sh.add(None, None, None, *[who for _, who, _ in HOLDERS], None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 2, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, letters, measures) in enumerate(SHARED, 1):
        sh.add(i, point, lv, *letters, measures)
    for j, (post, who, tier) in enumerate(HOLDERS):
        for point, lv, letters, _measures in SHARED:
            if letters[j] == "R":
                # ('保护科科长': a 科's head, written 科室 + post as every batch's truth writes it)
                dept, title = split_dept_title(post) if post.endswith("科科长") else ("", post)
                t.point(sh.name, dept, title, who, tier, point, [], HML[lv])
    _line(sh, "注：R为负责落实该风险点防控的责任人，A为审批把关，C为协助配合，I为知情；风险等级分高、中、低三级。",
          ncols)  # fmt: skip
    sh.add("填表：", None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "tumed_right_reserve_bureau_raci", "http://www.nxforestry.gov.cn/zwgk/zfxxgkml/wgk/jcgk/201807/t20180705_860391.html",
        "(harder) 旗湿地自然保护区管理局 廉政风险责任分工表, after the source's 湿地保护修复制度实施工作方案 讨论稿 (湿地面积管控, "
        "湿地保护修复, 生态效益补偿, 占用湿地): a title, a merged ``单位：…　2025年6月`` line, then a THREE-ROW heading: "
        "序号/风险点/风险等级/防控措施 merged down, ``责任分工（R负责　A审批　C协办　I知情）`` merged across five holder "
        "columns, under it the posts and under those the names; ONE ROW A POINT with a LETTER in (nearly) every holder "
        "cell — ``R`` under the one or two holders whose point it is, ``A``/``C``/``I`` under the others; 高/中/低, no "
        "type column; a ``注：`` line explaining the letters and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tumed_right_wetland_centre_two_sheets() -> dict:
    unit = f"{PLACE}湿地保护中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("段翙湉", "主任", "主持全面工作", [
            ("湿地保护修复工程项目确定不经集体研究", "一级", "项目安排经中心主任办公会研究，结果公示。"),
            ("干部选拔任用中个人说了算", "一级", "选人用人严格执行民主推荐和集体讨论。"),
        ]),
        ("厉湝翀", "副主任", "分管湿地监测、科研", [
            ("湿地监测外包服务单位选定不规范", "二级", "外包服务一律比选，比选记录存档。"),
            ("科研项目经费报销把关不严", "二级", "科研经费专账核算，报销凭合同和成果。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("湿地管理科", "科长", "段沨珣", "middle", "湿地占用、征收审核意见出具不实", "一级", "审核意见双人现场核查后出具。"),
        ("湿地管理科", "科长", "段沨珣", "middle", "湿地名录调整受人请托", "二级", "名录调整报旗林草局党组会研究。"),
        ("湿地管理科", "科员", "厉琇崟", "general", "湿地巡查发现问题不上报", "三级", "巡查记录每周汇总，问题限时上报。"),
        ("综合财务科", "科长", "段峤璎", "middle", "湿地保护专项资金拨付不按进度", "一级", "资金拨付凭监理签认的进度。"),
        ("综合财务科", "会计", "厉璿沔", "general", "报销单据审核不严", "二级", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合财务科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tumed_right_wetland_centre_two_sheets", "http://124.205.185.62:8080/c/www/gkzcjd/56719.jhtml",
        "旗湿地保护中心 廉政风险防控一览表 in TWO SHEETS, after the source's 湿地保护修复制度方案 大家谈 (湿地面积管控, "
        "生态保护红线, 湿地名录, 管理责任): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tumed_right_forest_police_posts() -> dict:
    unit = f"{PLACE}森林公安派出所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "涉林案件立案", "涉林案件该立不立、有案不查", "岗位职责风险", "高",
         "案件受理、立案全部录入执法办案系统。"),
        ("所领导", "所长", "leader", "罚没款处置", "罚没款不及时上缴、坐收坐支", "制度机制风险", "高",
         "罚没款一律通过非税收入系统缴库。"),
        ("所领导", "教导员", "leader", "民警考核", "民警考核评优优亲厚友", "思想道德风险", "中",
         "考核结果所务会研究并公示。"),
        ("案件中队", "办案民警", "general", "调查取证", "勘验、鉴定中偏袒一方，取证不全", "业务流程风险", "中",
         "现场勘验两人以上，全程录音录像。"),
        ("案件中队", "办案民警", "general", "涉案财物保管", "扣押的木材、野生动物制品私自处理", "业务流程风险", "高",
         "涉案财物进入专门保管场所，出入库登记。"),
        ("治安中队", "巡护民警", "general", "入山登记检查", "卡点检查放任违规入山、收受好处", "外部环境风险", "低",
         "卡点双人值守，检查记录每日上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tumed_right_forest_police_posts", "https://www.hhjp.gov.cn/info/2221/318701.htm",
        "旗森林公安派出所 岗位廉政风险点排查表 对岗不对人, after the source's 县森林公安局 (办理行政、刑事案件, 罚没款, "
        "管护责任书, 警务前移): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tumed_right_rescue_station_selfchecks() -> dict:
    unit = f"{PLACE}野生动物救护站"
    t = _Truth(unit)
    people = [
        ("段珝澍", "站领导", "站长", "leader", [
            ("救护动物调配去向审批把关不严", "Ⅰ级", "调配一律报旗林草局审批，去向登记。", "已落实"),
            ("救护饲料采购不比价", "Ⅱ级", "饲料采购三家比价，验收双人签字。", "未发现问题"),
        ]),
        ("厉澐琤", "救护科", "兽医", "general", [
            ("死亡救护动物尸体私自处理、倒卖", "Ⅰ级", "死亡动物无害化处理全程录像。", "已落实"),
            ("救护药品出入库不登记", "Ⅲ级", "药品出入库登记，每月盘点。", "已落实"),
        ]),
        ("段霁岍", "救护科", "饲养员", "general", [
            ("放归野外记录弄虚作假", "Ⅱ级", "放归由两人以上实施，留存影像。", "未发现问题"),
            ("私自接收社会送交动物不登记", "Ⅲ级", "接收动物当日登记编号。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tumed_right_rescue_station_selfchecks", "https://fx361.cc/page/2020/0430/13445846.shtml",
        "旗野生动物救护站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's survey of "
        "野生动物收容救护 (收容, 放归野外, 康复饲养, 调配, 无害化处理): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def tumed_right_station_group_rows() -> dict:
    unit = f"{PLACE}黄河湿地管护站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "厉珺翯", "leader", [
                ("生态护林员选聘中优亲厚友", "一级风险", "选聘条件公开，嘎查村推荐、站务会研究、公示。"),
                ("管护设施维修化整为零", "一级风险", "维修项目按限额报旗湿地保护中心审批。"),
            ]),
        ]),
        ("二、巡护组", "巡护组", [
            ("组长", "段崟璠", "general", [
                ("巡护发现违法开垦、取土不制止不上报", "二级风险", "巡护日志每日上传，问题限时上报。"),
            ]),
            ("巡护员", "厉湜岚", "general", [
                ("巡护记录造假、脱岗", "二级风险", "巡护轨迹定位考核，每月通报。"),
                ("收受放牧、捕捞人员财物", "三级风险", "公开举报电话，签订承诺书。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("报账员", "段琯沄", "general", [
                ("管护经费报账单据不实", "二级风险", "报账单据经站长、组长双签。"),
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
        "tumed_right_station_group_rows", "http://www.dyfznet.cn/stgy/2022-04-13/2876.html",
        "旗黄河湿地管护站 廉政风险防控责任清单, after the source's 派出所 林区武装巡护 (巡护, 入山登记, 卡点督导, 宣传发动): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、巡护组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tumed_right_enforcement_cards() -> dict:
    unit = f"{PLACE}自然保护区执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "段湉珧", "大队长", "主持全面工作", "leader", [
            ("保护区内违法案件处罚裁量畸轻畸重", "★★★", "处罚裁量按基准执行，重大案件集体讨论。"),
            ("执法车辆、装备采购不按程序", "★★★", "采购按政府采购目录执行。"),
            ("接受当事人宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "厉翾沚", "副大队长", "分管执法巡查", "leader", [
            ("巡查发现问题瞒报、漏报", "★★", "巡查问题台账管理，逐条销号。"),
            ("为违规开发项目说情、打招呼", "★★", "插手干预执法事项一律记录报告。"),
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
        "tumed_right_enforcement_cards", "http://www.307vx.com/gslz/system/2025/08/07/013366893.shtml",
        "旗自然保护区执法大队 领导干部廉政风险防控卡, one sheet a leader, after the source's 纪检监察报 piece on 湿地保护 "
        "监督 (不担当、不作为、乱作为, 联合监督检查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tumed_right_ranger_office_list() -> dict:
    unit = f"{PLACE}生态护林员管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "厉瑀沣", "leader", "湿地生态效益补偿名单审定走过场", "制度机制", "高风险",
         "补偿名单经苏木镇审核、旗级审定并公示。"),
        ("办公室领导", "主任", "厉瑀沣", "leader", "护林员考核结果不公", "岗位职责", "中风险",
         "考核结果办公会研究，公示五日。"),
        ("管理科", "科长", "段璁岑", "middle", "补偿面积核实中虚报多报", "业务流程", "高风险",
         "面积核实到地块，卫片比对。"),
        ("管理科", "科员", "厉珣湄", "general", "护林员劳务报酬发放不及时、截留", "业务流程", "中风险",
         "报酬通过一卡通直接发放到人。"),
        ("财务科", "出纳", "段瑢沩", "general", "现金收付不入账", "思想道德", "低风险", "现金日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tumed_right_ranger_office_list", "https://www.gaodun.com/diqu/532862.html",
        "旗生态护林员管理办公室 岗位廉政风险防控一览表, after the source's 湿地生态效益补偿 试点 (耕地承包经营权人 补偿, "
        "生态修复, 专项资金): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def tumed_right_wetland_park_register() -> dict:
    unit = f"{PLACE}湿地公园服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "段翚湘", "leader", [
            ("湿地公园经营项目发包不公开", "制度机制", "一级", "经营项目公开招租。"),
            ("本底调查、监测报告委托不比选", "岗位职责", "二级", "委托第三方一律比选。"),
        ]),
        ("资源保护科", "科长", "厉岿琰", "middle", [
            ("湿地资源变化数据填报不实", "岗位职责", "二级", "数据双人复核，与卫片比对。"),
        ]),
        ("资源保护科", "科员", "段澂翊", "general", [
            ("游客违规行为查处不严、收受好处", "外部环境", "二级", "查处记录当日登记。"),
            ("宣教活动经费虚列", "业务流程", "三级", "活动经费凭签到和影像报销。"),
        ]),
        ("财务科", "会计", "厉沄琛", "general", [
            ("门票收入不及时入账", "业务流程", "一级", "票款日结，系统对账。"),
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
        "tumed_right_wetland_park_register", "http://m.handmsg.com/page/2021/0924/16093355.shtml",
        "旗湿地公园服务中心 廉政风险点排查登记表, after the source's 审计 note on 湿地公园 领导干部自然资源资产审计 (资源本底, "
        "生态监测报告, 管理权限): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tumed_right_reserve_bureau_raci(),
    tumed_right_wetland_centre_two_sheets(),
    tumed_right_forest_police_posts(),
    tumed_right_rescue_station_selfchecks(),
    tumed_right_station_group_rows(),
    tumed_right_enforcement_cards(),
    tumed_right_ranger_office_list(),
    tumed_right_wetland_park_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch652-inbox"))
