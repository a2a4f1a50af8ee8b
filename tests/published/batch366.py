"""The three-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 机关事务
and 政务 bodies, 高陵区 (a district of 西安, its staff Han) — the 区机关事务服务中心 and its
公务用车服务中心, the 区人民政府接待办公室 (接待办), the 区公共资源交易中心, the 区政务服务中心, the
12345政务服务便民热线中心, the 政务大数据服务中心 and the 区档案馆 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 机关事务服务中心's file in two sheets: ``中心领导`` (``职务 | 姓名 | 分管工作`` merged per leader)
  and ``内设科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no
  type column, a 制表/审核/date line under each;
- the 公共资源交易中心's 一览表 under ``附件1``: ``部门 | 岗位 | 责任人`` written out on EVERY row
  (nothing merged), short types, 高/中/低, a 填表人/审核人/date line;
- the 政务服务中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 综合受理科, 帮办代办科, 效能督查科),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 接待办's 防控卡, one sheet a holder (tabs 主任, 接待科科长, 接待员): PAIRS ``姓　名 | … |
  职　务 | …`` and ``所在科室 | … | 联系电话 | …`` above ``序号 | 工作环节 | 廉政风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … |
  主任（签字）：``;
- the 公务用车服务中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 中心主任意见：``;
- the 12345政务服务便民热线中心's 责任清单 under ``附件3`` and a merged ``填报单位（盖章）：…　填报时间：…``
  line: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导`` column naming the
  中心's 主任 on every row; no type column;
- the 政务大数据服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、数据资源科``, ``三、网络安全科``
  merged across (no 科室 column): ``岗位 | 姓名`` merged per person, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line, no type column.

One is harder:

- ``gaoling_archives_nested_group_rows``: the 档案馆's 岗位廉政风险防控一览表 drafted as a Word
  OUTLINE and pasted into Excel. The table has only ``序号 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``: NO 科室, 岗位 or 姓名 column. Who holds the points is given by TWO NESTED LEVELS OF
  GROUP ROWS, each merged across the table: the outer level ``一、馆领导``, ``二、办公室``,
  ``三、接收征集科``, ``四、保管利用科`` names the 科室; the inner level under it, numbered the Word
  way ``（一）``, ``（二）`` and restarting under each 科室, names ONE POST AND ITS HOLDER, the post and
  the name parted by a full-width space (``（一）馆长　郏蘅沚``, ``（二）会计　阚芷湜``); under each inner
  row the points are numbered ``1``, ``2`` … again from 1. So each point's 科室 is the outer row
  above it and its post and holder the inner row above it. The README's 读得懂的表 knows ONE level of
  group rows that gives the 科室 (``一、办公室``), ONE level that gives a post and its holder
  (``一、出纳岗(责任人:李明)``, ``二、副局长　邴翊淙（分管…）``), group rows that carry all the people
  of a 科室 (``二、秘书科（科长：揭澄霁；科员：冉屿白）``) and section lines ``2.预算编制``,
  ``(三)采购管理`` that only title a part of a table; it does not describe a nest of the two, where a
  ``（一）`` line under a ``一、`` line is no section title but the post and holder of the rows under
  it while the ``一、`` line above still gives their 科室.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 单位 档案管理 制度 — 档案利用登记簿,
外单位查阅凭介绍信, 摘抄复制须批准, 鉴定小组, 销毁清册, 两名监销人; the 陕西省机关运行保障条例 —
经费, 资产, 服务, 能源, 办公用房, 公务用车, 集中统一管理; a 政府采购评审专家管理规定 — 评审专家, 专家库,
抽取, 回避; a 市政务服务大厅管理制度 — 前台窗口, 首问负责, 一次性告知, 限时办结, 带班领导, “办不成事”
报备; a 公务接待管理工作制度 — 公函, 事前审批, 接待清单, 住宿和工作餐标准, 陪餐人数; a 公务用车管理
平台 — 车辆信息, 驾驶员信息, 调度, 使用记录, 维修保养申请审批, 报废更新; a 市民热线工作标准 — 集中
受理, 分类处置, 转办, 呈报, 跟踪督办, 回访反馈, 整理归档; a 市政务数据管理办法 — 政务大数据中心,
采集汇聚, 共享开放, 最少够用的数据和操作权限, 安全保障) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 高陵区, named with
the district's name.

Run ``python tests/published/score.py --set batch366`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the outer group row (``一、…``, its number left off) is the 科室 of every point
  under it down to the next outer row, and the inner group row (``（一）…``) the post and holder of
  every point under it down to the next inner or outer row: the post is the text before the
  full-width space, the holder the name after it; the group rows are no points, and the restarting
  序号 is no part of a point;
- ``中心领导`` (the 机关事务服务中心's sheet of its leaders, named so by its tab and title; a 科室 cell; a
  group row; a 自查表's 科室), ``馆领导`` (a group row) and ``办领导`` (the 接待办 主任's card's 所在科室) are
  the 科室 of those leaders; a 中心's, a 馆's and a 办's 科, 部 and 办公室 are 科室; a group row
  ``二、数据资源科`` gives the 科室 ``数据资源科`` (its number left off);
- every 中心, 馆 and 办 here is a unit of its own: 主任 and 副主任 of a 中心 or of the 接待办, 馆长 and
  副馆长 are leaders; 科长, 部长 and 办公室主任 (and the 主任 of the 档案馆's 办公室) middle; the rest
  (科员, 会计, 档案管理员, 受理员, 帮办员, 督查员, 接待员, 驾驶员, 见证员, 专家抽取员, 话务员, 督办员,
  回访员, 数据管理员, 系统运维员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作环节``, ``职责事项``, ``联系电话``
  and ``自查情况`` are no points and name no holder; the 热线中心's LAST ``责任领导`` column names a
  supervisor (the holder is ``责任人``); the 政务服务中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 大数据服务中心's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b366_"
PLACE = "高陵区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

NESTED_HEAD = ("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
OUTER = ("一", "二", "三", "四", "五")
INNER = ("（一）", "（二）", "（三）")
# (科室, [(岗位, 姓名, tier, [(廉政风险点, 类型, 等级, 防控措施)])])
NESTED = [
    ("馆领导", [
        ("馆长", "郏蘅沚", "leader", [
            ("档案馆舍改造、库房设备采购等重大事项不经馆务会集体研究", "制度机制", "高",
             "重大事项提交馆务会集体研究，会议纪要存档备查。"),
            ("为特定关系人违规查阅、复制未开放档案打招呼", "思想道德", "高",
             "未开放档案利用一律按审批权限书面审批，说情打招呼登记报告。"),
        ]),
        ("副馆长", "缑峤泠", "leader", [
            ("档案鉴定销毁审批把关不严，擅自销毁有保存价值的档案", "岗位职责", "高",
             "鉴定小组集体鉴定，销毁清册报区档案行政管理部门备案。"),
            ("对接收征集中的有偿征集定价不审核", "业务流程", "中", "有偿征集价格经专家评估、馆务会审定。"),
        ]),
    ]),
    ("办公室", [
        ("主任", "昝樨棻", "middle", [
            ("档案数字化外包服务采购化整为零，规避政府采购", "制度机制", "高",
             "数字化外包按年度整体采购，合同经法律顾问审核。"),
            ("公务接待、会议费用超标准列支", "岗位职责", "低", "接待、会议事前审批，费用清单公示。"),
        ]),
        ("会计", "阚芷湜", "general", [
            ("数字化外包费用不按验收结果支付", "业务流程", "中", "支付凭验收单、合同和审批单办理，出纳复核。"),
        ]),
    ]),
    ("接收征集科", [
        ("科长", "仉篁旻", "middle", [
            ("对进馆档案不按规定检查验收即接收", "岗位职责", "中", "进馆档案逐卷检查，交接文据双方签字。"),
            ("征集散存档案时收受捐赠人、出售人财物", "外部环境", "中", "征集工作两人以上，征集清单公示。"),
        ]),
        ("科员", "钭淯琤", "general", [
            ("擅自将征集的档案资料借给他人或私自留存", "思想道德", "低", "征集档案资料当日登记入库，科长核对。"),
        ]),
    ]),
    ("保管利用科", [
        ("科长", "苌簃璆", "middle", [
            ("外单位查阅档案不凭介绍信即提供利用", "业务流程", "中", "查阅凭介绍信和身份证件，登记留存。"),
        ]),
        ("档案管理员", "郤玙蘅", "general", [
            ("为利用者出具档案证明、复制件收取好处费", "思想道德", "中", "出证复制免费，收费项目和标准上墙公示。"),
            ("库房钥匙和密集架管理不严，档案被抽换、丢失", "岗位职责", "高", "库房双人双锁，出入库登记，每季清点。"),
        ]),
    ]),
]  # fmt: skip


def gaoling_archives_nested_group_rows() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [7, 44, 10, 9, 40])
    t = _Truth(unit)
    ncols = len(NESTED_HEAD)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    sh.add(*NESTED_HEAD)
    for d, (dept, people) in enumerate(NESTED):
        _line(sh, f"{OUTER[d]}、{dept}", ncols)
        for p, (post, who, tier, points) in enumerate(people):
            _line(sh, f"{INNER[p]}{post}{GAP}{who}", ncols)
            for i, (point, typ, lv, measures) in enumerate(points, 1):
                sh.add(i, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("制表：", None, "审核：", None, "2025年9月")
    return _layout(
        "gaoling_archives_nested_group_rows", "https://laobiganer.com/gongwen/124930.html",
        "(harder) 区档案馆 岗位廉政风险防控一览表 drafted as a Word OUTLINE and pasted into Excel, after the source's 档案 "
        "管理 制度 (档案利用登记簿, 外单位查阅凭介绍信, 摘抄复制须批准, 鉴定小组, 销毁清册, 两名监销人): ``附件1``, a title, a "
        "heading of only 序号/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 — NO 科室, 岗位 or 姓名 column; the "
        "holders stand in TWO NESTED LEVELS OF GROUP ROWS merged across: the outer ``一、馆领导``, ``二、办公室``, "
        "``三、接收征集科``, ``四、保管利用科`` the 科室, the inner ``（一）馆长　郏蘅沚``, ``（二）会计　阚芷湜`` (numbered afresh "
        "under each 科室) the post and its holder, the points under each inner row numbered 1, 2 … afresh; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaoling_affairs_center_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("主任", "籍崧淏", "主持中心全面工作，分管办公室和财务", [
            ("机关运行经费和资产配置等重大事项个人说了算", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
            ("干部调整和编外人员招用中搞亲亲疏疏", "二级", "人事事项集体研究，招用方案和结果公示。"),
        ]),
        ("副主任", "檀翾峣", "分管资产管理、办公用房和公务用车", [
            ("办公用房调配中超标准配置或变相长期占用", "一级", "用房调配方案集体审定，调配结果公开。"),
            ("国有资产处置中低价评估、暗箱操作", "一级", "资产处置一律评估后公开交易。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("内设科室", [6, 14, 10, 9, 38, 9, 32])
    _line(dept, f"{unit}内设科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "闾沚缃", "middle", [
            ("物业服务和食堂食材采购不按规定比选", "二级", "采购按限额比选，比选结果公示。"),
        ]),
        ("资产管理科", "科长", "妫珽蓁", "middle", [
            ("资产配置审核中超标准、超编制配置", "二级", "配置按标准核定，配置清单公开。"),
            ("资产出租出借收入不入账", "一级", "出租出借一律签订合同，收入全额上缴。"),
        ]),
        ("房产管理科", "科员", "酆槿珣", "general", [
            ("办公用房维修项目虚报工程量", "二级", "维修项目事前审批，完工后联合验收。"),
        ]),
        ("节能管理科", "科员", "乜琇峤", "general", [
            ("节能改造项目验收走过场", "三级", "验收邀请使用单位参加，资料存档。"),
            ("能耗统计数据弄虚作假", "三级", "能耗数据按月上报，科长抽查。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "gaoling_affairs_center_two_sheets", "http://jgswj.zj.gov.cn/art/2025/8/13/art_1543701_58937063.html",
        "区机关事务服务中心 廉政风险防控表 in two sheets, after the source's 机关运行保障条例 (经费, 资产, 服务, 能源, 办公用房, "
        "公务用车, 集中统一管理): ``中心领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``内设科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def gaoling_trading_center_every_row() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("一览表", [6, 12, 11, 9, 38, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鞠淏箴", "leader", "插手干预进场项目的交易方式和场地安排", "岗位职责", "高",
         "交易方式按规定确定，场地由系统自动分配。"),
        ("中心领导", "主任", "鞠淏箴", "leader", "为投标人打探评标委员会成员名单", "思想道德", "高",
         "评标专家名单保密，泄密追责。"),
        ("交易服务部", "部长", "贲蘅珵", "middle", "项目登记和查验中降低进场条件", "业务流程", "中",
         "进场资料清单化查验，部长复核。"),
        ("交易服务部", "见证员", "莘樨玙", "general", "开评标现场见证不如实记录异常情况", "岗位职责", "中",
         "见证全程录音录像，异常情况当场记录。"),
        ("交易服务部", "专家抽取员", "璩沅峣", "general", "抽取评审专家时泄露专家信息或违规补抽", "制度机制", "高",
         "专家抽取系统随机语音通知，补抽须书面申请。"),
        ("信息科", "科员", "茆珽沚", "general", "违规调取、泄露投标人信息和电子标书", "外部环境", "中",
         "系统权限分级，数据调取留痕，每月审计日志。"),
        ("信息科", "科员", "茆珽沚", "general", "保证金退还不及时或违规退还", "业务流程", "低",
         "保证金退还由系统按结果自动办理，财务复核。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "gaoling_trading_center_every_row", "http://fengdujob.net/go/政府采购评审专家管理规定.html",
        "区公共资源交易中心 岗位廉政风险防控一览表, after the source's 政府采购评审专家管理规定 (评审专家, 专家库, 抽取, 回避): "
        "``附件1``, a title, 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gaoling_service_center_posts() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("窗口进驻安排", "对进驻部门窗口和人员安排搞照顾、讲关系", "制度机制风险", "Ⅱ级", "窗口安排方案集体研究并公示。"),
            ("“办不成事”报备处理", "对报备的疑难件不处理、压件不办", "岗位职责风险", "Ⅰ级", "报备件登记编号，限期办结通报。"),
        ]),
        ("综合受理科", "科长", "middle", [
            ("带班值守", "对窗口违规受理问题不制止、不报告", "岗位职责风险", "Ⅱ级", "带班记录每日上报，科长签字。"),
        ]),
        ("综合受理科", "受理员", "general", [
            ("申请材料初审", "对材料不全的申请违规受理或故意刁难", "业务流程风险", "Ⅰ级", "一次性告知，受理结果系统留痕。"),
            ("办件流转", "为熟人插队办理、提前出件", "思想道德风险", "Ⅲ级", "叫号系统取号，出件登记。"),
        ]),
        ("帮办代办科", "帮办员", "general", [
            ("代办企业开办", "代办中收取好处费或指定中介", "外部环境风险", "Ⅰ级", "代办免费，公布投诉电话。"),
        ]),
        ("效能督查科", "督查员", "general", [
            ("差评件核查", "对差评和投诉核查走过场、帮窗口隐瞒", "岗位职责风险", "Ⅱ级", "差评件逐件回访，结果通报。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "gaoling_service_center_posts", "http://zwsjj.xianning.gov.cn/zwgk/zc/zcfg/202504/t20250422_4020437.shtml",
        "区政务服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 市政务服务大厅管理制度 (前台窗口, 首问负责, 一次性告知, "
        "限时办结, 带班领导, “办不成事” 报备): a title, 序号/科室 merged (中心领导, 综合受理科, 帮办代办科, 效能督查科)/岗位 "
        "merged per post/a short 风险点/a long ``风险表现``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def gaoling_reception_office_cards() -> dict:
    unit = f"{PLACE}人民政府接待办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "宓湜璘", "主任", "办领导", "leader", "029-86910001", [
            ("接待方案审批", "无公函接待或擅自扩大接待范围", "★★★", "接待凭公函，方案报区政府分管领导审批。"),
            ("接待经费管理", "接待费用超预算列支或转嫁", "★★", "接待经费实行预算管理，按月公示。"),
        ]),
        ("接待科科长", "濮渟芷", "科长", "接待科", "middle", "029-86910003", [
            ("接待清单", "接待清单不如实填写接待对象和陪餐人数", "★★★", "接待清单逐项填写，与结算单核对。"),
            ("住宿安排", "超标准安排住宿，住宿费由接待单位承担", "★★", "住宿按标准协调，住宿费由来宾自理。"),
        ]),
        ("接待员", "隗蓁崧", "接待员", "接待科", "general", "029-86910005", [
            ("工作餐安排", "工作餐安排高档菜肴、香烟和酒水", "★★", "工作餐安排在机关食堂，菜单留存。"),
            ("结算报销", "虚开餐费发票，套取接待经费", "★★★", "结算凭审批单、清单、发票三单一致。"),
            ("纪念品发放", "违规赠送纪念品、土特产", "★", "不安排赠送纪念品，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, phone, points in cards:
        sh = _Sheet(tab, [6, 12, 34, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "联系电话", phone, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "gaoling_reception_office_cards", "https://m.taodocs.com/p-488586985.html",
        "区人民政府接待办公室 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 接待科科长, 接待员), after the source's 公务接待"
        "管理工作制度 (公函, 事前审批, 接待清单, 住宿和工作餐标准, 陪餐人数): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 联系电话 | …``, then 序号/``工作环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a "
        "merged ``注：`` line on the stars and ``持卡人（签字）： | 主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def gaoling_official_car_selfchecks() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    t = _Truth(unit)
    people = [
        ("粟玙翾", "中心领导", "主任", "leader", [
            ("车辆配置更新不按编制和标准，超标配车", "制度机制风险", "高风险", "配置更新方案报区机关事务服务中心审批。",
             "已落实"),
            ("平台外派车，公车私用", "岗位职责风险", "中风险", "一律通过公务用车平台派车，轨迹留存。", "已落实"),
        ]),
        ("衡珵樨", "调度科", "科长", "middle", [
            ("调度中优先为熟人派车，审批走过场", "思想道德风险", "中风险", "用车申请网上审批，派车记录公开。", "已落实"),
            ("维修保养申请审批把关不严，定点维修变成指定维修", "业务流程风险", "高风险", "维修定点比选，维修项目事前审批。",
             "正在整改"),
        ]),
        ("咸箴岍", "车辆保障科", "驾驶员", "general", [
            ("虚报加油量和过路过桥费", "业务流程风险", "高风险", "油卡一车一卡，费用与行车轨迹比对。", "已落实"),
            ("节假日私驾公车", "外部环境风险", "低风险", "节假日车辆封存，钥匙集中保管。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaoling_official_car_selfchecks", "https://m.itangsoft.com/baike/show-1725047.html",
        "区公务用车服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 公务用车管理平台 "
        "(车辆信息, 驾驶员信息, 调度, 使用记录, 维修保养申请审批, 报废更新): a title, a LABEL ROW ``姓　名 | 科　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def gaoling_hotline_center_duties() -> dict:
    unit = f"{PLACE}12345政务服务便民热线中心"
    sh = _Sheet("责任清单", [6, 11, 9, 9, 16, 34, 10, 30, 9])
    t = _Truth(unit)
    chief = "巫滢淯"
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("中心领导", "主任", chief, "leader", [
            ("重大诉求呈报", "对重大突发和热点诉求压住不报", "一级风险", "重大诉求按《呈阅件》程序当日报送。"),
            ("承办单位考核", "考核打分照顾关系单位", "二级风险", "考核细则和结果在全区通报。"),
        ]),
        ("受理科", "话务员", "胥琇蘅", "general", [
            ("来电记录", "不如实记录来电人诉求，选择性登记", "二级风险", "通话全程录音，质检抽查。"),
            ("个人信息", "泄露来电人姓名、电话和住址", "一级风险", "来电人信息脱敏显示，查询留痕。"),
        ]),
        ("督办科", "督办员", "郦樨淏", "general", [
            ("逾期件督办", "收受承办单位好处，为逾期件补办延期", "一级风险", "延期申请集体审核，督办记录归档。"),
        ]),
        ("回访科", "回访员", "雍荇珽", "general", [
            ("满意度回访", "篡改回访结果，提高满意率", "二级风险", "回访录音与结果比对，每月抽查。"),
            ("工单办结", "未经回访核实即同意报结", "三级风险", "报结须附回访记录，科长审核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "gaoling_hotline_center_duties", "http://wtabcd.cn/falv/fa/82/15957.html",
        "区12345政务服务便民热线中心 廉政风险防控责任清单, after the source's 市民热线工作标准 (集中受理, 分类处置, 转办, 呈报, "
        "跟踪督办, 回访反馈, 整理归档): ``附件3``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/"
        "科室 merged/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/a LAST ``责任领导`` column naming the 主任 on every row; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def gaoling_data_center_group_rows() -> dict:
    unit = f"{PLACE}政务大数据服务中心"
    sh = _Sheet("一览表", [6, 11, 9, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "邰珵湜", "leader", [
                ("政务云和数据平台建设项目发包不按规定程序", "Ⅰ", "项目发包经中心会议研究，公开采购。"),
                ("对数据共享申请不审核用途即批准", "Ⅱ", "共享申请写明用途，按最少够用原则审批。"),
            ]),
        ]),
        ("二、数据资源科", "数据资源科", [
            ("科长", "蓬淯筠", "middle", [
                ("政务数据目录编制中漏报、瞒报部门数据", "Ⅱ", "数据目录由部门确认，科长复核。"),
            ]),
            ("数据管理员", "佴峤蓁", "general", [
                ("超出权限查询、下载公民个人数据", "Ⅰ", "操作权限最小化，查询日志每周审计。"),
                ("向第三方公司提供数据副本", "Ⅰ", "数据出库须审批，签订保密协议。"),
            ]),
        ]),
        ("三、网络安全科", "网络安全科", [
            ("系统运维员", "扶缃翾", "general", [
                ("运维外包人员账号不及时注销", "Ⅲ", "外包人员账号随合同注销，每月清理。"),
                ("安全漏洞隐瞒不报", "Ⅱ", "漏洞发现即登记，限期整改销号。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, None, "审核人：", "2025年9月", None)
    return _layout(
        "gaoling_data_center_group_rows", "http://www.zhongshanline.com/ml/shenghuo/74616.html",
        "区政务大数据服务中心 岗位廉政风险防控一览表, after the source's 市政务数据管理办法 (政务大数据中心, 采集汇聚, 共享开放, "
        "最少够用的数据和操作权限, 安全保障): a title, 序号/岗位/姓名/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、数据资源科``, ``三、网络安全科`` merged across (no 科室 column); 岗位 and 姓名 merged per person; "
        "no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaoling_archives_nested_group_rows(),
    gaoling_affairs_center_two_sheets(),
    gaoling_trading_center_every_row(),
    gaoling_service_center_posts(),
    gaoling_reception_office_cards(),
    gaoling_official_car_selfchecks(),
    gaoling_hotline_center_duties(),
    gaoling_data_center_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch366-inbox"))
