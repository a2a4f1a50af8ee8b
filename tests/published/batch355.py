"""The three-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 住房和城乡
建设 bodies, 旌阳区 (the district of 德阳, its staff Han) — its 住房和城乡建设局 and the 建设工程质量安全
监督站, 物业服务中心, 房地产交易中心, 住房保障服务中心 and 住房专项维修资金管理中心 under it, and the
规划建设办 of two of its 街道办事处 (天元, 八角井) — each handing back the 一览表, 防控卡, 排查表, 责任清单
or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``机关股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``, a 制表/审核/date line under each;
- the 建设工程质量安全监督站's 一览表 under GROUP ROWS ``一、站领导``, ``二、质量监督股``, ``三、安全监督股``,
  ``四、综合股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人/date line;
- the 物业服务中心's 防控卡, one sheet a holder (tabs 主任, 物业管理科科长, 物业专管员): the pairs
  ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | 监督电话：…``;
- the 房地产交易中心's 排查表 对岗不对人: ``部门`` merged (中心领导, 网签备案科, 资金监管科, 档案信息科),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types,
  ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 天元街道办事处's 规划建设办's 自查表, one sheet a person (tabs named by the person): TWO ROWS OF PAIRS
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填表日期 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, 高/中/低, ``自查人（签名）： | … | 分管领导意见：``;
- the 住房保障服务中心's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``责任科室`` merged (中心领导, 保障科, 房屋管理科, 综合科), ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 住房专项维修资金管理中心's 一览表 under ``附件1``: ``科室`` merged, ``岗位`` and ``姓名`` merged per
  person, ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures and a LAST
  ``分管领导`` column naming the 分管 leader on every row; a 填表人/审核人/date line.

One is harder:

- ``jingyang_bajiaojing_planning_outline``: the 八角井街道办事处's 规划建设办's 岗位廉政风险防控一览表, whose
  ``廉政风险点`` COLUMN IS AN OUTLINE OF TWO LEVELS. Under a title (the 街道办事处 and its 规划建设办) the
  heading ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` (no 科室 column), ``岗位`` and
  ``姓名`` merged per person; each person's rows are WORK ITEMS written IN THE 廉政风险点 COLUMN, numbered
  ``（一）``, ``（二）`` afresh for each person (``（一）“两违”治理``, ``（二）农村自建房审查``), each followed by
  its points in the same column, numbered ``1.``, ``2.`` AFRESH UNDER EACH ITEM (``1.对辖区违法建设排查台账
  瞒报、漏报``). An item row has no 序号, no 风险类别, no 风险等级 and no 防控措施 — only the item in the
  point column (and, when it opens a person's block, the top-left value of his merged ``岗位`` and
  ``姓名``); a point row has the running 序号 (1–9 over the whole sheet, items not counted), its
  ``…风险`` type, 高/中/低 and its measures. Six items, nine points; a 制表/审核/date line. The README's
  读得懂的表 knows section lines standing ON THEIR OWN (``2.预算编制``, ``(三)采购管理`` as a row of its own,
  the ``section`` column; ``一、办公室`` group rows merged across that set the 科室, ``二、岗位职责风险`` the type,
  ``一、一级风险点`` the level; ``一、…`` group rows that ARE the points of a 责任分解表), a row that names a
  post, a holder and a 职责 with the risk columns EMPTY above ``1-1``, ``1-2`` rows, the work item in
  a column of its own (``风险事项 | 廉政风险点``, ``廉政风险点`` merged over an item and a point column)
  or opening the point's cell (``工程发包方面：…``), and measures on ``（1）…`` rows under a point; it does
  not describe work items written INSIDE the point column, as rows of their own inside a person's
  merged block (the first of them carrying his post and name), with the points under each numbered
  afresh and the 序号 counting only the points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or only name it (a 建设工程审批管理办法 —
一窗受理, 并联审批, 限时办结, 权责一致, 分类监管; a regulation on 建设工程安全监督 — 监督工作计划, 监督人员, 监督
频次, 未办施工许可擅自开工的查处, 检查两人以上出示证件, 书面记录签字; a 社区物业管理 note — 花钱买服务, 不按合同
提供服务, 收费与服务内容不符, 安置房; a 房产交易流程 page; a page on 农村建房规定; a 区住建局's 政务公开 of
住房保障; a 市's rules on 售后公有住房专项维修资金 — 专户存储, 分幢核算, 售房单位补交, 分户账; a 市 evening
paper on 办事处 signing 军令状 for “两违”治理 — 排查摸底, 工作台账, 户主姓名, 建设地址, 建设面积, 公示) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 旌阳区, named with the district's name.

Run ``python tests/published/score.py --set batch355`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the rows with a 序号 and a level: the item rows (``（一）…``,
  ``（二）…``, in the point column, no 序号, no level) are the kind of work, NO points, and give no form of
  their own; each point is its cell's whole text, its outline number ``1.`` included (as the ``1、…``
  points of ``layouts.huangqiao_two_tables``); the points belong to the person whose merged ``岗位`` and
  ``姓名`` they stand in; the 科室 is ``规划建设办`` (the title's), the unit the 街道办事处;
- a 街道's 规划建设办 is a 科室 of its 街道办事处 (the unit ``旌阳区天元街道办事处`` /
  ``旌阳区八角井街道办事处``, named in the title; the 自查表's ``所在科室`` says ``规划建设办``); its 主任 and
  副主任 are middle (the head of an office), its 城建专干, 科员 and 档案管理员 general;
- ``局领导`` (the 住建局's sheet of its leaders, named so by its tab and title), ``站领导`` (a group row
  ``一、站领导``) and ``中心领导`` (a 部门 / 责任科室 / 科室 / 所在科室 cell) are the 科室 of those leaders; a
  group row ``二、质量监督股`` gives the 科室 ``质量监督股`` (its number left off); a 局's 股, a 站's 股 and
  a 中心's 科 are 科室;
- every 站 and 中心 here is a unit of its own: 局长, 副局长, 站长 and a 中心's 主任 are leaders; 股长 and 科长
  middle; the rest (科员, 会计, 出纳, 监督员, 物业专管员, 窗口受理员, 资金监管员, 档案管理员, 经办员, 维修管理员,
  核算员, 审核员, 城建专干) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责``, ``填表日期`` and
  ``自查情况`` are no points and name no holder; the 维修资金管理中心's LAST ``分管领导`` column names a
  supervisor (the holder is ``姓名``); the 房地产交易中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b355_"
PLACE = "旌阳区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

OUTLINE_HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
OUTLINE_DEPT = "规划建设办"
ITEM = re.compile(r"^（[一二三四五六七八九十]+）")
# (岗位, 姓名, tier, [(work item, [(point, 风险类别, 风险等级, 防控措施)])])
PLANNING = [
    ("主任", "璩琤漾", "middle", [
        ("“两违”治理", [
            ("对辖区违法建设排查台账瞒报、漏报", "岗位职责风险", "高",
             "排查台账按户主、地址、面积逐户登记，街道纪工委每季度抽查。"),
            ("对拒不自拆的违法建设说情、拖延拆除", "外部环境风险", "高",
             "拆除计划经街道党工委会研究，说情打招呼事项登记报告。"),
        ]),
        ("农村自建房审查", [
            ("对不符合“一户一宅”条件的建房申请出具同意意见", "制度机制风险", "中",
             "建房申请村组公示、街道联审，审查意见集体研究。"),
        ]),
    ]),
    ("副主任", "斛湄珩", "middle", [
        ("老旧小区改造", [
            ("改造项目施工单位比选中打招呼", "外部环境风险", "高", "施工单位按规定比选，结果在小区公示。"),
            ("改造工程量现场签证不实", "业务流程风险", "中", "签证现场拍照，居民代表和监理共同签字。"),
        ]),
    ]),
    ("城建专干", "鞠瀚琇", "general", [
        ("违法建设巡查", [
            ("巡查发现在建违法建设不制止、不上报", "岗位职责风险", "中", "巡查轨迹上传平台，发现问题当日上报。"),
            ("接受建房户宴请，拍照取证走过场", "思想道德风险", "低", "取证两人以上，照片定位存档。"),
        ]),
        ("“两违”公示", [
            ("公示信息与排查台账不符", "业务流程风险", "低", "公示前与台账逐条核对，主任签字。"),
        ]),
    ]),
    ("档案管理员", "缑洢璘", "general", [
        ("建房资料管理", [
            ("违规借阅、复制建房档案", "制度机制风险", "低", "借阅登记审批，复制件加盖标记。"),
        ]),
    ]),
]  # fmt: skip
CHINESE = "一二三四五六七八九十"


def jingyang_bajiaojing_planning_outline() -> dict:
    unit = f"{PLACE}八角井街道办事处"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 11, 9, 42, 13, 9, 36])
    _line(sh, f"{unit}{OUTLINE_DEPT}岗位廉政风险防控一览表", 7)
    sh.add(*OUTLINE_HEAD)
    first = len(sh.rows)
    n = 0
    for post, who, tier, items in PLANNING:
        for i, (item, points) in enumerate(items):
            sh.add(None, post, who, f"（{CHINESE[i]}）{item}", None, None, None)
            for k, (point, typ, lv, measures) in enumerate(points, 1):
                n += 1
                text = f"{k}.{point}"
                sh.add(n, post, who, text, typ, lv, measures)
                t.point(sh.name, OUTLINE_DEPT, post, who, tier, text, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jingyang_bajiaojing_planning_outline", "http://www.zhld.com/zkwb/html/2014-08/25/content_1658918.htm",
        "(harder) 街道办事处 规划建设办 岗位廉政风险防控一览表, after the source's 办事处 “两违”治理 军令状 (排查摸底, 工作台账, 户主姓名, "
        "建设地址, 公示): a title, ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` (no 科室 column), 岗位 and 姓名 "
        "merged per person; the 廉政风险点 COLUMN AN OUTLINE: work-item rows ``（一）…``, ``（二）…`` (no 序号, type, level or "
        "measures) each followed by its points ``1.…``, ``2.…`` numbered afresh under each item, the 序号 counting only the "
        "points; ``…风险`` types, 高/中/低; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingyang_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 13, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("厍珣澜", "局长", "主持全面工作，分管财务和工程建设项目审批", [
            ("工程建设项目审批中打招呼、干预并联审批结果", "制度机制风险", "一级",
             "审批全程网上留痕，插手干预事项登记报告。"),
            ("“三重一大”事项不经党组会集体研究", "制度机制风险", "一级", "落实集体决策，会议纪要存档备查。"),
            ("亲属承揽本系统工程项目未回避", "思想道德风险", "二级", "个人有关事项如实报告，亲属从业情况登记。"),
        ]),
        ("逯昶霁", "副局长", "分管建筑市场、房地产市场", [
            ("为不具备条件的企业违规办理施工许可", "岗位职责风险", "一级", "施工许可初审、复审分离，结果网上公开。"),
            ("房地产开发企业信用评价中说情打招呼", "外部环境风险", "二级", "评价标准公开，评价结果公示五个工作日。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    dept = _Sheet("机关股室", [6, 14, 9, 9, 36, 13, 9, 32])
    _line(dept, f"{unit}机关股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("行政审批股", "股长", "禚沄玥", "middle", [
            ("并联审批限时办结事项故意拖延、吃拿卡要", "岗位职责风险", "一级", "办理时限系统预警，超时通报。"),
            ("审批材料容缺受理把关不严", "业务流程风险", "二级", "容缺受理事项清单公开，补正材料跟踪。"),
        ]),
        ("行政审批股", "科员", "钭璟岫", "general", [
            ("一窗受理时泄露申请人商业信息", "思想道德风险", "三级", "受理资料专柜保管，查询留痕。"),
        ]),
        ("建筑市场管理股", "股长", "訾泠琇", "middle", [
            ("建筑市场执法检查中选择性执法", "外部环境风险", "二级", "检查对象随机抽取，结果公开。"),
            ("企业资质核查降低标准", "岗位职责风险", "二级", "核查结果复核，定期抽查。"),
        ]),
        ("计划财务股", "会计", "亓澍珺", "general", [
            ("项目资金不按合同进度拨付", "业务流程风险", "二级", "拨付前核对合同、进度和审批单。"),
            ("差旅费报销审核不严", "制度机制风险", "三级", "报销实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jingyang_housing_bureau_two_sheets", "https://www.renrendoc.com/paper/479942405.html",
        "区住房和城乡建设局 廉政风险防控表 in two sheets, after the source's 建设工程审批管理办法 (一窗受理, 并联审批, 限时办结, 分类监管): "
        "``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/"
        "防控措施; a 制表/审核/date line) and ``机关股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line)",
        [lead, dept], t,
    )  # fmt: skip


def jingyang_quality_station_groups() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "芮湛翾", "leader", [
                ("监督工作计划安排向关系项目倾斜", "制度机制", "Ⅰ级", "监督计划站务会研究，监督频次公开。"),
                ("对未办施工许可擅自开工的项目说情放行", "外部环境", "Ⅰ级", "发现即移交查处，说情事项登记报告。"),
            ]),
        ]),
        ("二、质量监督股", "质量监督股", [
            ("股长", "阚琬洺", "middle", [
                ("质量监督抽查记录与现场不符", "岗位职责", "Ⅰ级", "抽查记录现场录入，站长随机复查。"),
                ("竣工验收监督走过场", "业务流程", "Ⅱ级", "验收监督两人以上，问题清单逐项销号。"),
            ]),
            ("监督员", "郤昀泓", "general", [
                ("检查中接受施工单位宴请，放松质量要求", "思想道德", "Ⅱ级", "签订廉洁承诺，检查人员定期轮换。"),
            ]),
        ]),
        ("三、安全监督股", "安全监督股", [
            ("监督员", "蔺汐瑭", "general", [
                ("安全检查不足两人、不出示证件即作出结论", "业务流程", "Ⅱ级", "检查两人以上，出示证件并全程记录。"),
                ("检查书面记录事后补签", "岗位职责", "Ⅲ级", "记录当场由各方签字，拒签的注明情况。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("会计", "佴瑀濛", "general", [
                ("监督检测费用结算审核不严", "制度机制", "Ⅲ级", "结算单三级审核，按月对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "jingyang_quality_station_groups",
        "http://www.cqtmjz.cn/wap/index.php?itemid=54942&moduleid=21&page=19",
        "区建设工程质量安全监督站 岗位廉政风险防控一览表, after the source's rules on 安全监督 (监督工作计划, 监督频次, 擅自开工的查处, "
        "检查两人以上出示证件, 书面记录签字): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施 under GROUP ROWS ``一、站领导`` … ``四、综合股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingyang_property_center_cards() -> dict:
    unit = f"{PLACE}物业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "麹晗漪", "主任", "中心领导", "leader", "主持中心全面工作", [
            ("物业服务企业考评结果受请托改动", "★★★", "考评结果集体研究，公示五个工作日。"),
            ("老旧小区引入物业时指定物业企业", "★★★", "物业企业由业主大会选聘，中心只作指导。"),
            ("中心经费使用不经集体研究", "★★", "经费开支主任办公会研究，按季公开。"),
        ]),
        ("物业管理科科长", "昝霂琛", "科长", "物业管理科", "middle", "物业服务监管、业主委员会指导", [
            ("物业服务收费标准核定偏向企业", "★★★", "收费标准成本监审，结果公示。"),
            ("业主投诉处理中偏袒物业企业", "★★", "投诉登记编号，办理结果回访。"),
            ("业主委员会备案材料审核不严", "★", "备案材料清单化审核，双人签字。"),
        ]),
        ("物业专管员", "隗渟珏", "物业专管员", "物业管理科", "general", "小区物业服务日常检查", [
            ("物业项目检查中接受企业礼品", "★★", "签订廉洁承诺，拒收登记。"),
            ("检查记录不如实反映不按合同提供服务的问题", "★★", "检查照片上传平台，科长抽查。"),
            ("泄露投诉业主个人信息", "★", "投诉人信息保密，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "岗位职责", duty)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "监督电话：0838-12388", None)
        sheets.append(sh)
    return _layout(
        "jingyang_property_center_cards", "https://www.kmjg.cn/fanwendaquan/gongwenfanwen/46925.html",
        "区物业服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 物业管理科科长, 物业专管员), after the source's note on 社区物业管理 "
        "(不按合同提供服务, 收费与服务内容不符, 安置房): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 岗位职责 | …`` "
        "above 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def jingyang_housing_exchange_posts() -> dict:
    unit = f"{PLACE}房地产交易中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("网签备案系统权限管理", "擅自为他人开设或变更系统操作权限", "制度机制风险", "高风险",
             "权限变更经主任办公会研究，系统日志按月检查。"),
            ("窗口服务外包采购", "采购中指定服务公司", "外部环境风险", "中风险", "按规定政府采购，结果公开。"),
        ]),
        ("网签备案科", "科长", "middle", [
            ("商品房合同备案", "对不符合条件的买卖合同违规备案", "岗位职责风险", "高风险", "备案初审、复核分离，全程留痕。"),
        ]),
        ("网签备案科", "窗口受理员", "general", [
            ("存量房网签受理", "为中介机构插队办理、收取好处", "思想道德风险", "中风险", "叫号系统办理，窗口视频监控。"),
            ("网签备案撤销", "不按规定条件撤销网签备案", "业务流程风险", "高风险", "撤销事项科长审核，当事人双方到场。"),
        ]),
        ("资金监管科", "资金监管员", "general", [
            ("交易资金划转", "划转条件未满足即划转监管资金", "岗位职责风险", "高风险", "划转凭不动产登记结果，双人复核。"),
            ("监管账户对账", "监管资金对账不及时，差错不报告", "制度机制风险", "低风险", "每日对账，差错当日报告。"),
        ]),
        ("档案信息科", "档案管理员", "general", [
            ("交易档案查询", "违规提供交易档案查询，泄露个人信息", "思想道德风险", "中风险", "查询凭证件登记，系统留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "jingyang_housing_exchange_posts", "http://china-audit.com/lhs_jenfjbfj8k5vlkxo3v_2.html",
        "区房地产交易中心 岗位廉政风险点排查表 对岗不对人, after the source's 房产交易流程 (网签, 资金监管, 过户): a title, 序号/部门 merged "
        "(中心领导, 网签备案科, 资金监管科, 档案信息科)/岗位 merged per post/a short 风险点/a long ``表现形式``/风险类别 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def jingyang_tianyuan_planning_selfchecks() -> dict:
    unit = f"{PLACE}天元街道办事处"
    dept = "规划建设办"
    t = _Truth(unit)
    people = [
        ("甪澹瑷", "主任", "middle", [
            ("农村自建房建房申请审查把关不严", "岗位职责", "高", "申请材料村组公示，街道联审。", "已落实"),
            ("对辖区违法建设发现后不报告、不制止", "岗位职责", "高", "巡查台账每周汇总，分管领导审阅。", "正在整改"),
            ("建房户送礼后放松规划放线要求", "思想道德", "中", "放线验线两人以上，拍照存档。", "未发现问题"),
        ]),
        ("郗翯沅", "城建专干", "general", [
            ("农房建设现场巡查记录不实", "业务流程", "中", "巡查轨迹上传平台，主任抽查。", "已落实"),
            ("接受建房施工队宴请", "思想道德", "低", "签订廉洁承诺，节前廉洁提醒。", "未发现问题"),
        ]),
        ("妫珞淇", "科员", "general", [
            ("建房审批资料归档不全、随意借阅", "制度机制", "低", "资料当月归档，借阅登记。", "已落实"),
            ("为亲友建房申请提前透露审查意见", "外部环境", "中", "审查意见集体研究后统一告知。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 12])
        _line(sh, f"{unit}{dept}个人廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        sh.add("所在科室", dept, "填表日期", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("自查人（签名）：", None, None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingyang_tianyuan_planning_selfchecks", "https://um.sanwen.net/special/lhnnjf.html",
        "街道办事处 规划建设办 个人廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 农村建房规定: "
        "a title (the 街道办事处 and its 规划建设办), TWO ROWS of pairs ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填表日期 | …``, "
        "then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``自查情况``; ``自查人（签名）： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def jingyang_housing_security_duties() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    sh = _Sheet("责任清单", [6, 12, 11, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "责任科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯沇琳", "leader", [
            ("公租房配租", "公租房配租顺序个人说了算", "Ⅰ", "配租按轮候顺序摇号，全程公证。"),
            ("租赁补贴资金安排", "补贴资金拨付不经主任办公会研究", "Ⅱ", "资金拨付集体研究，按季公开。"),
        ]),
        ("保障科", "科长", "敖瑗澧", "middle", [
            ("保障资格审核", "对收入、住房条件不符合的申请人审核通过", "Ⅰ", "部门信息比对，审核结果公示。"),
            ("动态管理", "对不再符合条件的承租人不及时清退", "Ⅱ", "每年复核，清退名单公示。"),
        ]),
        ("保障科", "经办员", "濮琰汀", "general", [
            ("入户调查", "入户调查不到现场，调查记录照抄", "Ⅱ", "入户调查两人以上，拍照留存。"),
        ]),
        ("房屋管理科", "维修管理员", "堵溦璎", "general", [
            ("公租房维修", "维修工程量虚报，验收走过场", "Ⅱ", "维修前后拍照对比，承租人签字验收。"),
            ("租金收缴", "收取租金不开票据、截留租金", "Ⅰ", "租金银行代收，不收现金。"),
        ]),
        ("综合科", "出纳", "扶澔岚", "general", [
            ("补贴发放", "补贴发放不凭审批名册支付", "Ⅲ", "按审批名册发放，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, duty, point, lv, measures)
            t.point(sh.name, d, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jingyang_housing_security_duties", "http://www.nbjb.gov.cn/col/col1229214366/index.html",
        "区住房保障服务中心 廉政风险防控责任清单, after the source's 区住建局 政务公开 of 住房保障: ``附件2``, a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``责任科室`` merged (中心领导, 保障科, 房屋管理科, 综合科)/岗位 and "
        "责任人 merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the "
        "grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def jingyang_maintenance_fund_list() -> dict:
    unit = f"{PLACE}住房专项维修资金管理中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 13, 10, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("中心领导", "主任", "蓬玙湉", "leader", "蓬玙湉", [
            ("维修资金使用方案审批中违规干预", "外部环境风险", "一级风险", "使用方案业主表决，干预事项登记报告。"),
            ("增值收益分配不经集体研究", "制度机制风险", "二级风险", "收益分配主任办公会研究，按年公开。"),
        ]),
        ("归集科", "科长", "乜璠溯", "middle", "蓬玙湉", [
            ("售房单位补交资金核算不实，少交缓交", "岗位职责风险", "一级风险", "补交金额双人核算，结果书面告知。"),
            ("分幢核算、分户账调整随意", "业务流程风险", "二级风险", "分户账调整凭审批单，系统留痕。"),
        ]),
        ("归集科", "核算员", "羿湲琮", "general", "蓬玙湉", [
            ("泄露业主分户账信息", "思想道德风险", "三级风险", "查询权限分级，查询留痕。"),
        ]),
        ("使用审核科", "科长", "茆霈瑄", "middle", "睢澈琬", [
            ("应急维修资金使用审核把关不严", "岗位职责风险", "一级风险", "应急使用现场核实，事后公示。"),
            ("维修工程预算审核虚高", "业务流程风险", "二级风险", "预算委托第三方审核，结果公示。"),
        ]),
        ("使用审核科", "审核员", "郜泷瑾", "general", "睢澈琬", [
            ("现场查勘接受施工单位好处", "思想道德风险", "二级风险", "查勘两人以上，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "jingyang_maintenance_fund_list", "http://www.pmceo.com/show/201908/218148.html",
        "区住房专项维修资金管理中心 岗位廉政风险防控一览表, after the source's rules on 售后公有住房专项维修资金 (专户存储, 分幢核算, "
        "售房单位补交, 分户账): ``附件1``, a title, 序号/科室 merged (中心领导, 归集科, 使用审核科)/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``分管领导`` column naming the 分管 leader "
        "on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingyang_bajiaojing_planning_outline(),
    jingyang_housing_bureau_two_sheets(),
    jingyang_quality_station_groups(),
    jingyang_property_center_cards(),
    jingyang_housing_exchange_posts(),
    jingyang_tianyuan_planning_selfchecks(),
    jingyang_housing_security_duties(),
    jingyang_maintenance_fund_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch355-inbox"))
