"""The four-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政务服务 and
信访 bodies, 米脂县 (a county of 榆林 in the 陕北 loess hills, its staff Han) — the 县信访局, the
县12345便民服务热线中心, the 县公共资源交易中心, the 县政务服务中心 and the 便民服务中心 of four of its towns
(杨家沟镇, 沙家店镇, 龙镇, 桃镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 信访局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, an
  编制/审核/date line under each;
- the 12345便民服务热线中心's 排查表 对岗不对人: ``部门`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; a 制表/审核/date line;
- the 公共资源交易中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、交易服务股``, ``三、信息技术股``,
  ``四、综合股`` merged across (no 股 column): ``岗位 | 姓名`` merged per person, ``廉政风险点``, short
  types, ``高风险/中风险/低风险``;
- the 杨家沟镇便民服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 中心主任（签字）：``;
- the 沙家店镇便民服务中心's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, 高/中/低, no type column, ``本人签名： | … | 中心主任审核：``;
- the 龙镇便民服务中心's 责任清单: ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 桃镇便民服务中心's 清单 written out on EVERY row (nothing merged): ``部门 | 岗位 | 责任人 | 廉政风险点
  | 风险等级 | 防控措施 | 责任领导`` — a LAST ``责任领导`` column naming the 中心主任 on every row — bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``mizhi_service_center_home_units``: the 县政务服务中心's 岗位廉政风险防控一览表, ``序号 | 部门 | 岗位 |
  工作人员 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (部门 merged, 岗位 and 工作人员 merged per person),
  where the 窗口 staff are SENT BY THE 进驻部门 and stay theirs (人事关系不变): each such holder's cell
  gives his NAME AND, ON A SECOND LINE IN BRACKETS, THE UNIT HE BELONGS TO — ``笪珩樾⏎（县市场监管局）``,
  ``璩沄栎⏎（县人社局）``, ``钭蘅沚⏎（县不动产登记中心）`` — while the 中心's own staff are written by their
  name alone; a merged ``注：`` line under the table says so (``窗口工作人员由进驻部门选派，人事关系不变，
  姓名下括号内为其所在单位``). The holder is the name, his post the ``岗位`` cell, his 科室 the 窗口 of
  the ``部门`` cell and the unit the 中心 of the title: the bracket names where he is employed, not the
  form's unit, not a post, not a 科室. The README's 读得懂的表 knows a bracket after a holder's name
  giving his POST (``蓝建峰(所长)``), his title (``姓名（职称）``), which of two namesakes
  (``（大）/（小）``), that he is current (``（现任）``, ``（2024年5月调离）``) or that he holds it beside
  another post (``（党委委员、副镇长兼任）``); it knows a dispatching body in brackets after a 科室
  (``畜牧兽医站（区农业农村委派驻）``) and an 编制所在单位 COLUMN. It does not describe a holder's cell
  that carries, under the name, the OTHER UNIT the holder belongs to (``grep -l '（县市场监管局）'
  tests/published/batch*.py`` finds none; the 政务服务中心 batches before wrote their 窗口 staff as the
  中心's own).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省 standard for building and
running a 政务服务中心 — 进驻部门, 窗口, 首席代表, 综合受理; a page on 信访处理流程 — 登记, 交办, 转送, 答复,
复查复核; a 12345 热线 工作规则 — 接听, 信息录入, 保密, 投诉处理, 回访; a page on 交易中心招标流程 — 进场登记,
公告, 开标, 评标, 专家抽取, 保证金; a 乡's 便民服务中心 rules — 定服务窗口, 定服务人员, 岗位补助, 考勤; a 镇
党政办's 调查报告 on its 便民服务中心's 窗口 — 服务态度, 办结时限, 身兼多职, 档案管理; a 乡镇便民服务中心
管理制度 — 人员培训, 考核, 服务评价; a 镇便民服务中心 工作汇报 — 一窗受理, 帮办代办, 线上线下, 考核) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 米脂县, named with the county's name (no earlier unit holds ``米脂县``; 杨家沟镇, 沙家店镇,
龙镇 and 桃镇 are towns of the county).

Run ``python tests/published/score.py --set batch433`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 工作人员 cell ``姓名⏎（某单位）`` is the holder named (the bracket out): the
  bracketed unit is where he is employed, no post, no 科室 and not the form's unit (the form's unit is
  the 政务服务中心 of the title, whose 窗口 he works in); his post is the ``岗位`` cell and his 科室 the
  ``部门`` cell (a 窗口, or 中心领导, 综合股); the ``注：`` line is no point;
- ``局领导`` (the 信访局's sheet of its leaders, named so by its tab and title), ``中心领导`` (a 部门 cell
  or a group row) are the 科室 of those leaders; a 局's 科 and 办公室, a 中心's 股, 科 and 窗口 are 科室; a
  group row ``二、交易服务股`` gives the 科室 ``交易服务股`` (its number left off); the town
  便民服务中心's cards, sheets and duty list name no 科室: their 科室 is "" (the cards' ``所在单位`` is
  the 中心 itself); in the 桃镇 list the 部门 cells (中心领导, 综合受理窗口, 帮办代办窗口) are its 科室;
- every 中心 here is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任 are leaders; 科长, 股长,
  the 办公室's 主任, a 窗口's 首席代表 and 负责人 middle; the rest (科员, 会计, 话务员, 派单员, 回访员,
  审核员, 受理员, 代办员, 管理员, 见证员, 网络管理员, 档案管理员) general;
- ``风险点 | 风险表现`` (the 12345 centre's list): the point is the short 风险点; ``分管工作``,
  ``职责事项`` and ``自查情况`` are no points and name no holder; the 12345 centre's list names no
  person: its forms are posts (对岗不对人); in the 桃镇 list the LAST column ``责任领导`` names a
  supervisor (the 中心主任, holder of his own rows only), the holder is ``责任人``;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 桃镇 list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10
and taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch432).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b433_"
PLACE = "米脂县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"


# --------------------------------------------------------------------------- harder layout

HOME_NAME = "mizhi_service_center_home_units"
HOME_UNIT = f"{PLACE}政务服务中心"
HOME_TAB = "一览表"
HOME_HEAD = ("序号", "部门", "岗位", "工作人员", "廉政风险点", "风险类型", "风险等级", "防控措施")
HOME_PERSON = 3
HOME_NOTE = (
    "注：窗口工作人员由进驻部门选派，人事关系不变，姓名下括号内为其所在单位；"
    "未注明的为中心工作人员。"
)

# (部门, 岗位, 姓名, 所在单位 or None, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
HOME_ROWS = [
    ("中心领导", "主任", "郗砚稷", None, "leader", [
        ("进驻事项和窗口设置调整个人说了算", "制度机制", "高", "进驻事项和窗口调整经中心主任办公会研究，报县政府审定。"),
        ("对窗口“体外循环”、超时办件失察", "岗位职责", "中", "办件超时每周通报，体外循环线索移交县纪委监委。"),
    ]),
    ("中心领导", "副主任", "禚沐峄", None, "leader", [
        ("窗口工作人员考核评优优亲厚友", "思想道德", "中", "考核细则公开，结果在大厅公示。"),
    ]),
    ("综合股", "股长", "亓楠岫", None, "middle", [
        ("大厅设备和办公用品采购不比价", "业务流程", "中", "采购三家比价，验收两人以上签字。"),
    ]),
    ("市场准入窗口", "首席代表", "笪珩樾", "县市场监管局", "middle", [
        ("对不符合条件的登记申请违规办理", "岗位职责", "高", "登记条件一次性告知，办件双人审核。"),
        ("为中介代办人员开“绿色通道”", "外部环境", "中", "帮办代办统一登记，严禁中介进入受理区。"),
    ]),
    ("市场准入窗口", "受理员", "昝棠霁", "县市场监管局", "general", [
        ("泄露企业登记信息", "岗位职责", "低", "信息查询权限分级，查询记录留痕。"),
    ]),
    ("社保医保窗口", "受理员", "璩沄栎", "县人社局", "general", [
        ("社保待遇资格认证把关不严，冒领待遇", "业务流程", "高", "资格认证人脸核验，每月比对死亡数据。"),
        ("收受办事群众礼品、土特产", "思想道德", "低", "窗口廉洁承诺上墙，群众评价器实时评价。"),
    ]),
    ("不动产登记窗口", "审核员", "钭蘅沚", "县不动产登记中心", "general", [
        ("登记材料审核不严，违规办理转移登记", "岗位职责", "高", "登记材料前台受理、后台审核分离。"),
        ("插队办理、收取“加急费”", "外部环境", "中", "取号排队系统办理，加急事项公开承诺。"),
    ]),
]  # fmt: skip


def _holder_cell(who: str, home: str | None) -> str:
    return who if home is None else f"{who}\n（{home}）"


def mizhi_service_center_home_units() -> dict:
    unit = HOME_UNIT
    sh = _Sheet(HOME_TAB, [6, 13, 9, 16, 40, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*HOME_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, home, tier, points in HOME_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, _holder_cell(who, home), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, HOME_NOTE, 8)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        HOME_NAME, "https://www.duodown.com/biaozhun/53249871.html",
        "(harder) 县政务服务中心 岗位廉政风险防控一览表, after the source's 省 standard for building and running a 政务服务中心 "
        "(进驻部门, 窗口, 首席代表, 综合受理): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/部门 "
        "merged (中心领导, 综合股, 市场准入窗口, 社保医保窗口, 不动产登记窗口)/岗位 and ``工作人员`` merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施, where each 窗口 holder SENT BY A 进驻部门 is written with HIS OWN "
        "UNIT under the name in brackets (``笪珩樾⏎（县市场监管局）``, ``璩沄栎⏎（县人社局）``, ``钭蘅沚⏎（县不动产登记中心）``) "
        "and the 中心's own staff by the name alone, as a merged ``注：`` line under the table says; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mizhi_petition_bureau_two_sheets() -> dict:
    unit = f"{PLACE}信访局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("甄珝澜", "局长", "主持全面工作，分管人事、财务", [
            ("信访工作经费和专项资金使用个人说了算", "一级", "经费使用经党组会集体研究，会议纪要存档。"),
            ("对重大信访事项化解搞“花钱买平安”", "二级", "化解资金使用集体研究，按程序报批。"),
        ]),
        ("妫沅璟", "副局长", "分管接访、督查督办", [
            ("为信访人打招呼、违规出具处理意见", "一级", "处理意见集体研究，过问插手事项登记报告。"),
            ("督查督办走过场，对责任单位失职不问责", "三级", "督办情况定期通报，问责线索移交。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "郇翊澄", "middle", [
            ("公务接待和车辆使用超标准", "二级", "接待事前审批，车辆使用登记，按月公开。"),
        ]),
        ("办公室", "会计", "酆霁桉", "general", [
            ("信访救助资金发放不按审批", "一级", "救助资金凭审批单直接发放到人，按季公示。"),
            ("票据审核不严，虚列支出", "三级", "报销凭证三级审核，每季度内审。"),
        ]),
        ("接访科", "科长", "缑岱沅", "middle", [
            ("来访登记选择性录入，压案不报", "一级", "来访事项全部录入信访信息系统，每日核对。"),
            ("泄露信访人信息和举报材料", "二级", "信访材料专人保管，查阅登记。"),
        ]),
        ("复查复核科", "科员", "宓岫珈", "general", [
            ("复查复核意见受人情干扰", "二级", "复查复核意见集体讨论，报局务会审定。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "mizhi_petition_bureau_two_sheets",
        "https://www.zhetiaohe.com/ss/4de037f15eac2c966e19d8dbc016541b3d69d604299eb76c.html",
        "县信访局 廉政风险防控表 in two sheets, after the source's page on 信访处理流程 (登记, 交办, 转送, 答复, 复查复核): "
        "``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``科室`` (a title, 序号/科室 merged (办公室, 接访科, 复查复核科)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def mizhi_hotline_posts() -> dict:
    unit = f"{PLACE}12345便民服务热线中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("热线外包服务采购", "话务外包服务采购设置倾向性条件", "制度机制风险", "Ⅰ级", "外包服务公开采购，评审结果公示。"),
            ("工单考核结果审定", "对承办单位考核打分搞照顾", "思想道德风险", "Ⅱ级", "考核细则公开，结果集体审定后通报。"),
        ]),
        ("话务受理科", "话务员", "general", [
            ("来电信息录入", "诉求记录不全、擅自改变诉求内容", "岗位职责风险", "Ⅱ级", "通话全程录音，工单随机抽检。"),
            ("市民个人信息保护", "泄露来电人姓名、电话等个人信息", "外部环境风险", "Ⅰ级", "系统脱敏显示，查询留痕。"),
        ]),
        ("转办督办科", "派单员", "general", [
            ("工单派发", "受人之托不派单或派错单，延误办理", "业务流程风险", "Ⅱ级", "派单规则固化在系统，退单复核。"),
        ]),
        ("转办督办科", "科长", "middle", [
            ("工单办结审核", "对未办结工单违规审核办结", "岗位职责风险", "Ⅰ级", "办结工单回访核实，不满意工单重办。"),
        ]),
        ("回访科", "回访员", "general", [
            ("满意度回访", "回访记录造假，虚报满意率", "业务流程风险", "Ⅲ级", "回访录音抽查，满意率按月通报。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "mizhi_hotline_posts", "https://360docs.net/doc/4e8638144.html",
        "县12345便民服务热线中心 岗位廉政风险点排查表 对岗不对人, after the source's 12345 热线 工作规则 (接听, 信息录入, "
        "保密, 投诉处理, 回访): a title, then 序号/部门 merged (中心领导, 话务受理科, 转办督办科, 回访科)/岗位 merged per post/a "
        "short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def mizhi_trading_center_group_rows() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "竺瀚钰", "leader", [
                ("插手干预项目进场交易，为投标人打招呼", "思想道德", "高风险", "过问插手登记报告，交易全程电子留痕。"),
                ("交易场所建设和系统采购不集体研究", "制度机制", "中风险", "重大采购经中心集体研究，按程序报批。"),
            ]),
        ]),
        ("二、交易服务股", "交易服务股", [
            ("股长", "扈沛珣", "middle", [
                ("进场登记审核把关不严，为不合规项目安排交易", "岗位职责", "高风险", "进场资料清单化审核，两人复核。"),
            ]),
            ("见证员", "濮瑾岚", "general", [
                ("评标专家抽取中泄露专家名单", "业务流程", "高风险", "专家抽取系统自动语音通知，名单封存至评标结束。"),
                ("开评标现场见证走过场", "岗位职责", "中风险", "开评标全程录音录像，见证记录存档。"),
            ]),
        ]),
        ("三、信息技术股", "信息技术股", [
            ("网络管理员", "冼沐瑶", "general", [
                ("泄露投标人报名和下载信息", "外部环境", "中风险", "系统权限分级，操作日志定期审查。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("会计", "鄢晗樨", "general", [
                ("投标保证金退还不及时、违规退还", "业务流程", "中风险", "保证金系统自动退还，人工退还双人审核。"),
                ("交易服务费收取不规范", "制度机制", "低风险", "收费标准公示，票据统一开具。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "mizhi_trading_center_group_rows",
        "https://www.zhetiaohe.com/ss/dfb2ae2e773b3aa528e1dc2acace9be1c2d28eef112f46e3.html",
        "县公共资源交易中心 岗位廉政风险防控一览表, after the source's page on 交易中心招标流程 (进场登记, 公告, 开标, 评标, "
        "专家抽取, 保证金): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、交易服务股``, ``三、信息技术股``, ``四、综合股`` merged across (no 股 column); "
        "岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def mizhi_yangjiagou_cards() -> dict:
    unit = f"{PLACE}杨家沟镇便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "褚霖岳", "leader", [
            ("窗口人员岗位补助发放不按考勤", "★★★", "岗位补助按考勤表核发，张榜公示。"),
            ("对窗口“吃拿卡要”问题失察", "★★", "设立意见箱和投诉电话，每月通报。"),
        ]),
        ("副主任", "郏淇翰", "leader", [
            ("便民服务大厅设施购置不比价", "★★", "购置经镇政府审批，三家比价。"),
            ("默许代办人员收取费用", "★★★", "代办一律免费，收费线索移交镇纪委。"),
        ]),
        ("受理员", "辜泺菡", "general", [
            ("受理材料不全的申请，违规办理", "★★", "申请材料一次性告知，受理登记。"),
            ("上班时间脱岗、办私事", "★", "考勤打卡，迟到早退扣发岗位补助。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "中心主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "mizhi_yangjiagou_cards", "https://www.scgw.gov.cn/mob/Detail.aspx?id=20130806171948763",
        "镇便民服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 受理员), after the source's 乡 便民服务中心 "
        "rules (定服务窗口, 定服务人员, 定岗位补助, 定考勤办法, 定工作纪律): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 "
        "| … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 中心主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def mizhi_shajiadian_selfchecks() -> dict:
    unit = f"{PLACE}沙家店镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("聂钰澄", "主任", "leader", [
            ("窗口服务群众评价数据弄虚作假", "高", "评价数据系统自动生成，镇纪委抽查。", "已落实"),
            ("档案资料管理混乱、丢失不报", "中", "办件档案一件一档，每季度清点。", "未发现问题"),
            ("大厅卫生值勤和值班安排不公，搞亲疏远近", "低", "值班表按月公示，轮流排班。", "已落实"),
        ]),
        ("晏琬沂", "代办员", "general", [
            ("帮办代办中收取群众财物", "中", "代办登记，群众签字确认。", "未发现问题"),
            ("代办事项超时不办结", "低", "代办时限公开，超时预警。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任审核：", None, None)
        sheets.append(sh)
    source = ("https://hrbwhkj.com/html/ggqzfgstgcontentb4698244-2686-4f9c-8d98-bbcb1f9c4b31"
              ".html")  # fmt: skip
    return _layout(
        "mizhi_shajiadian_selfchecks", source,
        "镇便民服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 镇党政办 调查报告 on "
        "its 便民服务中心's 窗口 (服务态度, 承诺时限内办结, 身兼多职, 档案管理较为杂乱): a title, a label row ``姓　名 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; a blank row "
        "and ``本人签名： | 中心主任审核：``",
        sheets, t,
    )  # fmt: skip


def mizhi_longzhen_duty_list() -> dict:
    unit = f"{PLACE}龙镇便民服务中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("主任", "晁溯岚", "leader", [
            ("人员培训和考核", "培训经费虚列，考核走过场", "制度机制风险", "二级风险", "培训签到存档，考核结果公示。"),
            ("服务质量评价", "对群众差评压案不查", "思想道德风险", "一级风险", "差评件逐件回访核实，按月通报。"),
        ]),
        ("综合窗口负责人", "嵇湄瑄", "middle", [
            ("一窗受理分办", "受理后分办不及时，推诿扯皮", "岗位职责风险", "二级风险", "分办时限固化在系统，超时预警。"),
        ]),
        ("代办员", "亢澍菀", "general", [
            ("帮办代办", "借代办之机索要好处", "外部环境风险", "一级风险", "代办事项登记，群众签字评价。"),
            ("上门服务", "上门服务记录造假", "业务流程风险", "三级风险", "上门服务拍照定位存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "mizhi_longzhen_duty_list", "https://www.360docs.net/doc/5519059770.html",
        "镇便民服务中心 廉政风险防控责任清单, after the source's 乡镇便民服务中心管理制度 (人员培训, 考核机制, 服务评价, 服务质量检查): "
        "a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def mizhi_taozhen_every_row() -> dict:
    unit = f"{PLACE}桃镇便民服务中心"
    sh = _Sheet("清单", [6, 13, 12, 9, 40, 9, 34, 10])
    t = _Truth(unit)
    chief = "巫珂澹"
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中心领导", "主任", chief, "leader", "下放审批服务事项不进中心，体外循环", "Ⅰ", "事项清单公开，办件台账每月核对。"),
        ("中心领导", "主任", chief, "leader", "窗口人员安排搞照顾", "Ⅲ", "窗口安排方案集体研究并公示。"),
        ("综合受理窗口", "受理员", "闵渟骁", "general", "线上申报审核不严、违规通过", "Ⅱ", "线上申报双人审核。"),
        ("综合受理窗口", "受理员", "闵渟骁", "general", "对群众办事刁难推诿", "Ⅲ", "首问负责，一次性告知。"),
        ("帮办代办窗口", "代办员", "隗沚岩", "general", "代办中索要群众财物", "Ⅰ", "代办登记，群众签字确认。"),
        ("帮办代办窗口", "代办员", "隗沚岩", "general", "延时服务记录造假", "Ⅱ", "延时服务记录和视频存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, chief)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "mizhi_taozhen_every_row", "http://m.cuauto.com.cn/jxfw/202507/521223.html",
        "镇便民服务中心 廉政风险防控清单, after the source's 镇便民服务中心 工作汇报 (一窗受理, 帮办代办, 线上线下, 考核, 意见箱): a "
        "title, then 序号/部门/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施/a LAST ``责任领导`` column naming the 中心主任 on every row; no type column; a merged ``注：`` line on the "
        "numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mizhi_service_center_home_units(),
    mizhi_petition_bureau_two_sheets(),
    mizhi_hotline_posts(),
    mizhi_trading_center_group_rows(),
    mizhi_yangjiagou_cards(),
    mizhi_shajiadian_selfchecks(),
    mizhi_longzhen_duty_list(),
    mizhi_taozhen_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch433-inbox"))
