"""The six-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border city's port
and customs-service bodies, 二连浩特市 (of 锡林郭勒盟, 内蒙古) — its 口岸管理委员会, 公路口岸管理办公室,
铁路口岸管理办公室, 口岸服务中心, 边民互市贸易区管理委员会, 国际贸易单一窗口服务中心, 口岸限定区域管理所
and 海关报关服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 口岸管理委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路口岸管理办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 口岸服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 边民互市贸易区管理委员会's 责任清单 under GROUP ROWS ``一、管委会领导`` … ``三、市场监管科``, ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 铁路口岸管理办公室's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 国际贸易单一窗口服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 口岸限定区域管理所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``erenhot_customs_service_dashed_holders``: the 海关报关服务中心's 岗位廉政风险点公示表, ONE ROW A POINT
  (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施``) with NO 科室, 岗位 or 责任人 column: each 风险点 cell
  ends with a dash ``——`` and the holder's post and name, unlabelled (``报关单随附单证审核把关不严，对单证不符
  放行——审单员　闻砚翮``); five holders whose points are scattered over the rows (the rows are in
  业务环节 order, merged down, not in holder order); a ``注：`` line under the table says the dash
  gives the 责任岗位及责任人. The README's 读得懂的表 knows a holder before a colon at the head of the
  point (``院长某某：…``), a labelled bracket closing the point or the measures (``（责任人：…）``,
  ``（责任科室：…　责任人：…）``), holder marks (``※``, ``△``) explained by a legend, and ``措施末尾的
  责任人:…``; it does not describe an unlabelled post and name tacked onto the point after a dash.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 自治区 任务分工 on the
“十四五”口岸发展规划 — 口岸分类管理, 基础设施, 物流监管; a report on 内蒙古's 陆路口岸 — 二连浩特公路口岸;
the 国务院 批复 of the 二连浩特重点开发开放试验区; a 盟政协 考察 of 口岸联检设施 and 边民互贸市场; a
history of the 对蒙最大陆路口岸 — 国门, 物资集散地; a study of RCEP 通关便利化 — “单一窗口”; a 边检站
强化口岸管控 — 限定区域, 证件; the 海关进出口货物申报管理规定 — 申报, 随附单证) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 闻 and 屠 with rare given names); every unit is a body of 二连浩特市.

Run ``python tests/published/score.py --set batch660`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the post and name after ``——`` are the holder of the row's point and are no
  part of the point; one form a holder, no 科室 (the table names none; ``业务环节`` is no 科室); the
  ``注：`` line, the 填报单位 line and the 填表/审核 line are no points;
- ``委领导``, ``办领导``, ``所领导``, ``中心领导``, ``管委会领导`` (a 科室, 部门 or 所在组室 cell, a group row) are the
  科室 of those leaders; the 委's leaders (sheet ``委领导``, no 科室 column) and the cards' leaders have
  no 科室; 科, 股, 部 and 组 are 科室;
- 主任, 副主任 and 所长 are leaders; 科长, 股长 and 部长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 公路口岸管理办公室's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b660_"
PLACE = "二连浩特市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DASH = "——"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (业务环节, 廉政风险点, 风险等级, 防控措施, (post, name, tier)) — the holder written only after a
# dash closing the point
HOLDERS = {
    "主任": ("主任", "闻琭翯", "leader"),
    "副主任": ("副主任", "屠燊玥", "leader"),
    "审单": ("审单员", "闻砚翮", "general"),
    "录入": ("报关录入员", "屠溁珏", "general"),
    "收费": ("收费员", "闻昳澂", "general"),
}
DASHED = [
    ("受理", "代理报关企业准入审核放宽条件，为关系企业开绿灯", "高", "准入条件对外公开，审核结果中心办公会研究。", "主任"),
    ("审单", "报关单随附单证审核把关不严，对单证不符放行", "高", "单证审核双人复核，问题单证留档。", "审单"),
    ("录入", "为企业报关单录入时篡改商品编码、申报价格", "高", "录入数据与原始单证逐项核对，企业签字确认。", "录入"),
    ("审单", "接受报关企业宴请、礼品，优先办理", "中", "按受理顺序办理，窗口设监督电话。", "审单"),
    ("收费", "报关代理服务费收取不开票、不入账", "中", "收费标准公示，票据连号管理，日清月结。", "收费"),
    ("受理", "插手企业选择报关代理、货运代理，收取好处费", "中", "严禁工作人员指定代理企业，签订廉洁承诺书。", "副主任"),
    ("录入", "泄露企业报关数据和商业信息", "低", "数据账号专人专用，操作留痕。", "录入"),
    ("收费", "减免服务费用不经审批", "低", "减免事项报中心主任审批，按月公示。", "收费"),
    ("受理", "中心大额支出、设备采购不经集体研究", "高", "“三重一大”事项集体研究，纪要存档。", "主任"),
]  # fmt: skip


def erenhot_customs_service_dashed_holders() -> dict:
    unit = f"{PLACE}海关报关服务中心"
    sh = _Sheet("风险点公示表", [6, 10, 56, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点公示表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 5)
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (stage, point, lv, measures, key) in enumerate(DASHED, 1):
        post, who, _tier = HOLDERS[key]
        sh.add(i, stage, f"{point}{DASH}{post}{GAP}{who}", lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the order the holders first appear
    order = list(dict.fromkeys(key for *_r, key in DASHED))
    for key in order:
        post, who, tier = HOLDERS[key]
        for _stage, point, lv, _measures, k in DASHED:
            if k == key:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：风险点后“——”所列为该风险点的责任岗位及责任人；风险等级分高、中、低三级。", 5)
    sh.add("填表：", None, "审核：", None, "中心主任（签字）：")
    return _layout(
        "erenhot_customs_service_dashed_holders", "http://m.jianbiaoku.com/webarbs/book/163753.shtml",
        "(harder) 市海关报关服务中心 岗位廉政风险点公示表, after the source's 海关进出口货物申报管理规定 (申报, 随附单证, "
        "报关单录入, 申报价格, 商品编码): a title, a merged 填报单位 line, then 序号/业务环节 (merged down over a few "
        "runs, NOT in row order of the holders)/廉政风险点/风险等级 高/中/低/防控措施; NO 科室, 岗位 or 责任人 column: "
        "each 风险点 cell ends with ``——`` and the holder's post and name (``…放行——审单员　闻砚翮``), five holders "
        "whose points are scattered over the rows; a merged ``注：`` line explaining the dash, a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def erenhot_port_committee_two_sheets() -> dict:
    unit = f"{PLACE}口岸管理委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("屠翾珂", "主任", "主持全面工作", [
            ("口岸基础设施建设项目插手干预招投标", "一级", "项目一律进入公共资源交易平台，全程纪检监督。"),
            ("口岸发展规划任务分工中为特定企业争取政策", "二级", "任务分工经党组会研究，结果公开。"),
        ]),
        ("闻湉璆", "副主任", "分管口岸通关协调、物流监管", [
            ("口岸物流监管场所设立审核中打招呼、放宽条件", "一级", "审核标准公开，联合验收。"),
            ("通关协调中为关系企业优先安排查验", "二级", "查验按系统顺序，协调记录留存。"),
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
        ("口岸建设科", "科长", "闻珝翎", "middle", "口岸设施维修项目化整为零规避招标", "一级",
         "维修项目按限额报批，比选结果公示。"),
        ("口岸建设科", "科长", "闻珝翎", "middle", "工程验收降低标准、签证不实", "二级", "验收邀请审计、财政参加。"),
        ("口岸建设科", "科员", "屠晞珞", "general", "工程资料审核走过场", "三级", "资料审核实行初审、复审两级。"),
        ("综合协调科", "科长", "屠琳昉", "middle", "口岸专项资金分配不按规定测算", "一级", "分配方案公开，接受审计。"),
        ("综合协调科", "会计", "闻沺琇", "general", "报销单据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "erenhot_port_committee_two_sheets", "http://1.25.240.11:8082/sites/zw/zwinfo.jsp?id=35471",
        "市口岸管理委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 自治区 推进落实“十四五”口岸发展规划任务分工 "
        "(口岸分类管理, 口岸基础设施, 物流监管, 通关): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def erenhot_road_port_office_posts() -> dict:
    unit = f"{PLACE}公路口岸管理办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "货运通道调配", "为关系车辆调配快速通道，收受好处", "岗位职责风险", "高",
         "通道调配按系统排队，调整记录留存。"),
        ("通关保障科", "科长", "middle", "跨境车辆排队管理", "插队放行、倒卖排队号", "业务流程风险", "高",
         "排队叫号电子化，现场视频监控。"),
        ("通关保障科", "科长", "middle", "通关数据统计", "虚报过货量、过客量", "制度机制风险", "中",
         "数据与联检单位系统核对。"),
        ("场站管理科", "管理员", "general", "监管场站收费", "擅自提高停车、装卸收费标准", "外部环境风险", "中",
         "收费标准公示，票据统一。"),
        ("场站管理科", "管理员", "general", "场站租赁", "场地出租不公开，低价租给熟人", "思想道德风险", "低",
         "场地出租公开竞价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "erenhot_road_port_office_posts", "http://lauracampyoga.com/p/67764.html",
        "市公路口岸管理办公室 岗位廉政风险点排查表 对岗不对人, after the source's 内蒙古陆路口岸 report (二连浩特公路口岸, "
        "中蒙最大陆路口岸, 进出口货运量): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def erenhot_port_service_selfchecks() -> dict:
    unit = f"{PLACE}口岸服务中心"
    t = _Truth(unit)
    people = [
        ("屠曌琦", "中心领导", "主任", "leader", [
            ("口岸服务外包项目指定承接单位", "Ⅰ级", "外包项目公开比选，结果公示。", "已落实"),
            ("中心人员借调、轮岗安排优亲厚友", "Ⅱ级", "轮岗方案集体研究。", "未发现问题"),
        ]),
        ("闻瑢昶", "服务保障组", "科员", "general", [
            ("为企业代办通关手续收取费用", "Ⅰ级", "代办服务免费，设意见箱。", "已落实"),
            ("服务台账记录不实", "Ⅲ级", "台账每月抽查。", "已落实"),
        ]),
        ("屠珺沄", "信息组", "技术员", "general", [
            ("单一窗口账号借给企业使用", "Ⅱ级", "账号实名管理，定期核查。", "未发现问题"),
            ("设备维保验收把关不严", "Ⅲ级", "验收双人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "erenhot_port_service_selfchecks", "http://dz.jjckb.cn/www/pages/webpage2009/html/2014-06/13/content_91533.htm",
        "市口岸服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 国务院 批复 "
        "二连浩特重点开发开放试验区 (对蒙开放最大口岸, 经贸合作通道): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def erenhot_border_trade_zone_group_rows() -> dict:
    unit = f"{PLACE}边民互市贸易区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "闻懋琛", "leader", [
                ("互市商品落地加工企业准入不经集体研究", "一级风险", "准入标准公开，集体研究决定。"),
                ("互贸市场摊位分配暗箱操作", "一级风险", "摊位公开摇号分配。"),
            ]),
        ]),
        ("二、边民服务科", "边民服务科", [
            ("科长", "屠蘅岚", "middle", [
                ("边民证办理审核不严，为非边民办证", "二级风险", "边民资格与户籍信息联网核对。"),
            ]),
            ("科员", "闻祎琨", "general", [
                ("边民互助组备案弄虚作假", "二级风险", "备案材料双人审核，名单公示。"),
                ("边民交易额度被他人冒用", "三级风险", "交易身份人脸识别核验。"),
            ]),
        ]),
        ("三、市场监管科", "市场监管科", [
            ("科长", "屠骞玥", "middle", [
                ("互市商品检查放松，对超额度商品放行", "二级风险", "检查记录留存，视频监控。"),
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
        "erenhot_border_trade_zone_group_rows", "http://cppcc.china.com.cn/2018-08/14/content_58687224.htm",
        "市边民互市贸易区管理委员会 廉政风险防控责任清单, after the source's 盟政协 口岸建设考察 (口岸联检设施, 物流监管, "
        "边民互贸市场, 口岸加工园区): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、管委会领导``, ``二、边民服务科``, ``三、市场监管科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def erenhot_rail_port_office_cards() -> dict:
    unit = f"{PLACE}铁路口岸管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "屠琰翀", "主任", "主持全面工作", "leader", [
            ("换装场地租赁、作业企业选定不公开", "★★★", "作业企业公开比选。"),
            ("中欧班列保障资金使用不规范", "★★★", "资金专账核算，接受审计。"),
            ("接受货代企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "闻珩昉", "副主任", "分管站场协调、换装作业", "leader", [
            ("换装作业计划调配中照顾关系企业", "★★", "作业计划按申报顺序编排并公示。"),
            ("站场安全隐患整治项目验收不严", "★★", "验收邀请第三方参加。"),
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
        "erenhot_rail_port_office_cards", "http://guoqing.china.com.cn/2018-09/27/content_64171947.htm",
        "市铁路口岸管理办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 对蒙最大陆路口岸 “前世今生” "
        "(国门, 进出口物资集散地, 欧亚大陆桥): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def erenhot_single_window_center_list() -> dict:
    unit = f"{PLACE}国际贸易单一窗口服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "闻翙珊", "leader", "系统建设运维项目指定供应商", "制度机制", "高风险",
         "项目按政府采购程序办理。"),
        ("中心领导", "主任", "闻翙珊", "leader", "企业培训费用收取不规范", "岗位职责", "中风险",
         "培训免费，经费财政保障。"),
        ("业务受理部", "部长", "屠瑀澂", "middle", "企业备案资料审核放宽", "业务流程", "中风险",
         "备案资料清单公开，一次告知。"),
        ("业务受理部", "受理员", "闻璘湉", "general", "违规为企业修改申报数据", "业务流程", "高风险",
         "修改须企业书面申请，系统留痕。"),
        ("技术保障部", "部长", "屠珝昀", "middle", "设备采购收受回扣", "外部环境", "高风险",
         "采购三家比价，集体验收。"),
        ("技术保障部", "技术员", "闻澈琤", "general", "泄露企业通关数据", "思想道德", "低风险",
         "数据分级授权，定期审计日志。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "erenhot_single_window_center_list", "http://taokecoco.com/page/2023/0216/20592280.shtml",
        "市国际贸易单一窗口服务中心 岗位廉政风险防控一览表, after the source's RCEP 通关便利化比较 (通关时间, “单一窗口”, "
        "执法一致性): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def erenhot_port_area_office_register() -> dict:
    unit = f"{PLACE}口岸限定区域管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "屠翊霏", "leader", [
            ("限定区域通行证核发不按条件", "制度机制", "一级", "核发条件公开，审批留痕。"),
            ("所长亲属在区内从事经营", "思想道德", "二级", "亲属经营申报登记。"),
        ]),
        ("证件管理股", "股长", "闻琸岍", "middle", [
            ("作业人员证件审核不严", "岗位职责", "二级", "证件审核与公安系统比对。"),
        ]),
        ("巡查股", "巡查员", "屠沣琬", "general", [
            ("巡查中发现违规作业不处置、收受好处", "外部环境", "一级", "巡查执法记录仪全程记录。"),
            ("巡查记录不实", "业务流程", "三级", "巡查记录每周抽查。"),
        ]),
        ("综合股", "出纳", "闻淏玙", "general", [
            ("证件工本费现金坐支", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "erenhot_port_area_office_register", "https://zixundingzhi.com/falv/6957d44800e32e31.html",
        "市口岸限定区域管理所 廉政风险点排查登记表, after the source's 边检站 强化口岸管控 (限定区域管控, 作业人员, 车辆, "
        "证件鉴别): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    erenhot_customs_service_dashed_holders(),
    erenhot_port_committee_two_sheets(),
    erenhot_road_port_office_posts(),
    erenhot_port_service_selfchecks(),
    erenhot_border_trade_zone_group_rows(),
    erenhot_rail_port_office_cards(),
    erenhot_single_window_center_list(),
    erenhot_port_area_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch660-inbox"))
