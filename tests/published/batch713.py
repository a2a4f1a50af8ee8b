"""The seven-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's agriculture and
黑木耳 bodies, 东宁市 (of 牡丹江市, 黑龙江省) — its 农业农村局, 农产品质量安全检测站, 食用菌菌种站,
农业技术推广中心, 农业综合行政执法大队, 农村经营管理服务中心 and the 绥阳镇农业综合服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types, 高/中/低;
- the 农产品质量安全检测站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：``
  line; no names, no type column;
- the 食用菌菌种站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 农业技术推广中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、综合办公室`` (no 科室 column),
  ``一级风险/二级风险/三级风险``;
- the 农业综合行政执法大队's 自查表, one sheet a person: ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 绥阳镇农业综合服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``一级/二级/三级``;
- the 农村经营管理服务中心's 一览表 in TWO SHEETS ``中心领导``/``股室``, 高/中/低, no type column.

One is harder:

- ``dongning_fungus_park_chat_export``: the 黑木耳产业园区管理中心 collected its points in its WeChat
  WORK GROUP (群接报) and handed back the CHAT EXPORT: ``序号 | 时间 | 发送人 | 消息内容``, one row a
  message. The 发送人 is the sender's 群昵称 ``科室-职务-姓名`` (a leader's ``职务-姓名``) and each risk
  message reads ``风险点：…；等级：高；措施：…。`` — the SENDER is the holder, and the point and its level
  stand inside the message text; a holder's points are scattered over the log between other
  senders' messages; the clerk's ``@所有人`` notice and closing message, ``收到`` and ``[图片]`` are no
  points. The README's 读得懂的表 knows a ``填报信息`` cell of ``提交人：…｜职务：…`` labels, ``录入人``/
  ``提交人`` columns of system exports, @ mentions with a members roster, a long-form field export
  and questionnaire exports; it does not describe a chat log whose sender column (a ``-``-joined
  group nickname) names the holder and whose message cells carry point, level and measures as
  labelled clauses.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (东宁 老区 农民 and 黑木耳 专业村; 东宁黑木耳
杂交菌种 and 栽培技术; the 国家级黑木耳栽培示范园区 — 菌包厂, 吊袋棚室, 看护房, 供排水管道; 绥阳镇 黑木耳第一镇 —
菌包加工厂, 生产机械; a 农业农村局's 农药残留 抽检; 东宁 黑木耳 生产新技术规程, 观摩会, 技术培训; 农业行政执法风险 —
自由裁量权, 证据收集; 农村集体“三资” 监管 — 清产核资, 农经管理服务中心) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 公冶 and 蒯 with rare given names); every unit is a body of 东宁市.

Run ``python tests/published/score.py --set batch713`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every message ``风险点：…；等级：…；措施：…`` is one point of its sender, with the
  level after ``等级：``; the sender's 群昵称 ``科室-职务-姓名`` gives 科室, post and holder (a leader's
  ``职务-姓名`` no 科室); one form a sender; the clerk (综合科-科员) who sends only the notices holds no
  point; ``收到``, ``[图片]``, the 群名称/导出时间 line and the ``注：`` line are no points;
- ``局领导``, ``站领导``, ``中心领导``, ``大队领导`` (a 科室 cell, a group row, a 所在中队 cell) are the 科室 of
  those leaders; the cards' leaders and the 农村经营管理服务中心's sheet ``中心领导`` (no 科室 column) have
  no 科室; every body is a unit of its own: 局长, 站长, 副站长, 主任 and 副主任 of a 中心, 大队长 are
  leaders (a 中心's 食用菌技术站 站长 and 综合办公室 主任 are middle), 科长, 股长, 中队长 middle, the rest general;
- the 检测站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b713_"
PLACE = "东宁市"
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

# the 工作群 export: (time, 群昵称, message); a holder's 群昵称 is ``科室-职务-姓名`` (a leader's
# ``职务-姓名``); a message ``风险点：…；等级：…；措施：…`` is one point of its sender
NOTICE = ("@所有人 请各位按“风险点：…；等级：高/中/低；措施：…”的格式在群里接报本岗位廉政风险点，"
          "一条消息一个风险点，6月12日前报完，由综合科统一导出。")  # fmt: skip

# (群昵称, 科室, 岗位, 姓名, tier) of the holders
SENDERS = {
    "主任-公冶曜篁": ("", "主任", "公冶曜篁", "leader"),
    "副主任-蒯翯琰": ("", "副主任", "蒯翯琰", "leader"),
    "招商服务科-科长-公冶旻湉": ("招商服务科", "科长", "公冶旻湉", "middle"),
    "生产技术科-技术员-蒯珣瀛": ("生产技术科", "技术员", "蒯珣瀛", "general"),
    "综合科-会计-公冶璟岑": ("综合科", "会计", "公冶璟岑", "general"),
}
CLERK = "综合科-科员-蒯岫霏"

# (time, 群昵称, point or None, level, measures or the message's whole text)
CHAT = [
    ("2025-06-09 08:31", CLERK, None, None, NOTICE),
    ("2025-06-09 08:40", "主任-公冶曜篁", "园区入驻菌包厂、加工企业遴选不经主任办公会集体研究", "高",
     "入驻企业由主任办公会集体研究，遴选结果在园区公示栏公示"),
    ("2025-06-09 08:52", "招商服务科-科长-公冶旻湉", "吊袋棚室、看护房租赁价格随意减免", "高",
     "租赁价格按园区收费标准执行，减免报主任办公会研究"),
    ("2025-06-09 08:53", "生产技术科-技术员-蒯珣瀛", None, None, "收到"),
    ("2025-06-09 09:05", "副主任-蒯翯琰", "园区供排水管道、硬化路面工程验收把关不严", "高",
     "工程验收邀请市农业农村局、财政局派员参加，验收资料存档"),
    ("2025-06-09 09:17", "综合科-会计-公冶璟岑", "园区菌农补助资金发放不按公示名单", "中",
     "补助名单公示无异议后由银行直接打卡发放"),
    ("2025-06-09 09:18", "综合科-会计-公冶璟岑", None, None, "[图片]"),
    ("2025-06-09 10:02", "生产技术科-技术员-蒯珣瀛", "试验示范菌包出菌率、成品率数据虚报", "中",
     "试验数据双人记录，技术科长复核签字"),
    ("2025-06-09 10:26", "招商服务科-科长-公冶旻湉", "接受入驻企业、经纪人宴请和土特产", "低",
     "签订廉洁承诺书，节前廉洁提醒"),
    ("2025-06-09 14:11", "主任-公冶曜篁", "园区标准化生产基地建设项目资金挤占挪用", "高",
     "项目资金专账核算，接受市审计局审计"),
    ("2025-06-09 15:40", "副主任-蒯翯琰", "观摩交流接待超标准，变相公款吃喝", "低",
     "接待执行公务接待标准，一事一单"),
    ("2025-06-10 08:20", "生产技术科-技术员-蒯珣瀛", "向菌农推荐指定菌种、生产资料收取好处", "中",
     "技术服务不推荐品牌，菌种由菌农自主选购"),
    ("2025-06-10 09:03", CLERK, None, None, "@所有人 已统计完毕，综合科今日导出报送。"),
]  # fmt: skip


def _message(point: str, lv: str, measures: str) -> str:
    return f"风险点：{point}；等级：{lv}；措施：{measures}。"


def dongning_fungus_park_chat_export() -> dict:
    unit = f"{PLACE}黑木耳产业园区管理中心"
    sh = _Sheet("聊天记录", [6, 18, 26, 70])
    t = _Truth(unit)
    _line(sh, f"{unit}工作群聊天记录（廉政风险点接报）", 4)
    _line(
        sh,
        f"群名称：园区中心工作群（18人）{GAP * 4}导出时间：2025-06-10 09:30{GAP * 4}导出人：综合科",
        4,
    )
    sh.add("序号", "时间", "发送人", "消息内容")
    for i, (when, who, point, lv, text) in enumerate(CHAT, 1):
        sh.add(i, when, who, _message(point, lv, text) if point else text)
        if point:
            dept, post, person, tier = SENDERS[who]
            t.point(sh.name, dept, post, person, tier, point, [], HML[lv])
    _line(sh, "注：本表由微信群聊天记录导出，发送人为群昵称（科室-职务-姓名）。", 4)
    return _layout(
        "dongning_fungus_park_chat_export",
        "https://haerbin.baogaosu.com/xinwen/%E4%B8%9C%E5%AE%81%E6%88%90%E4%B8%BA%E4%B8%96%E7%95%8C%E6%9C%80%E5%A4%A7%E7%9A%84%E9%BB%91%E6%9C%A8%E8%80%B3%E4%BA%A7%E4%B8%9A/22895426",
        "(harder) 市黑木耳产业园区管理中心's risk points as a WORK-GROUP CHAT EXPORT, after the source's page on the "
        "国家级黑木耳栽培示范园区 (菌包厂, 吊袋棚室, 看护房, 供排水管道, 硬化路面, 观摩交流): a title, a merged "
        "群名称/导出时间/导出人 line, then ``序号 | 时间 | 发送人 | 消息内容``, one row a chat message; the 发送人 is the "
        "sender's 群昵称 ``科室-职务-姓名`` (a leader's ``职务-姓名``) and each risk message reads "
        "``风险点：…；等级：高/中/低；措施：…。`` — the sender is its holder, the point and level stand inside the "
        "message; the clerk's @所有人 notice and closing message, ``收到`` and ``[图片]`` are no points; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongning_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公冶峤樾", "leader", [
            ("黑木耳产业扶持资金分配不经党组会集体研究", "制度机制", "高", "扶持资金分配方案经党组会研究，结果公示。"),
            ("老区黑木耳专业村项目安排优亲厚友", "思想道德", "中", "项目安排按专业村申报条件打分排序。"),
        ]),
        ("计划财务科", "科长", "蒯澐翀", "middle", [
            ("耕地地力保护补贴面积核定不实", "业务流程", "高", "补贴面积与确权面积比对，村级公示七天。"),
        ]),
        ("计划财务科", "会计", "公冶湉珂", "general", [
            ("涉农资金报账单据审核不严", "岗位职责", "中", "报账单据经办、审核、审批三签。"),
            ("私设“小金库”、公款私存", "思想道德", "低", "资金全部纳入单位账户，每季度自查。"),
        ]),
        ("种植业管理科", "科长", "蒯珝澄", "middle", [
            ("黑木耳标准化示范基地认定把关不严", "岗位职责", "中", "基地认定实地核查，专家组评审。"),
            ("菌包生产企业备案审查走过场", "外部环境", "低", "备案材料双人审查，抽查生产现场。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "dongning_agriculture_bureau_list", "https://scholarmate.com/S/DVMgLp",
        "市农业农村局 岗位廉政风险防控一览表, after the source's page on 东宁 老区 黑木耳 (老区农民, 专业村, 柞木, "
        "支柱产业): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongning_quality_testing_station_posts() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    sh = _Sheet("排查表", [6, 12, 12, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "例行监测抽样计划随意调整，避开问题生产基地", "Ⅰ级",
         "抽样计划站务会研究，抽样点随机确定。"),
        ("站领导", "站长", "leader", "检测设备、试剂采购指定供应商", "Ⅰ级", "采购三家以上比价，验收双人签字。"),
        ("检测室", "检测员", "general", "黑木耳农残、重金属检测数据篡改", "Ⅰ级", "检测原始记录不得涂改，数据系统留痕。"),
        ("检测室", "检测员", "general", "受托检测收费不开票据", "Ⅱ级", "检测费统一由财务收取，开具票据。"),
        ("抽样室", "抽样员", "general", "抽样时接受被抽检单位宴请、礼品", "Ⅱ级", "抽样两人同行，签订廉洁承诺。"),
        ("抽样室", "抽样员", "general", "样品编码、流转信息泄露", "Ⅲ级", "样品盲样编码，流转登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 6)
    return _layout(
        "dongning_quality_testing_station_posts", "http://dzb.kanwz.net/wzrb/20251031/mhtml/index_content_20251031001009.htm",
        "市农产品质量安全检测站 岗位廉政风险点排查表 对岗不对人, after the source's 农业农村局 农药残留 抽检 (生产基地, "
        "种植户, 定量检测, 第三方检测): a title, 序号/部门 merged/岗位 merged per post/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def dongning_spawn_station_cards() -> dict:
    unit = f"{PLACE}食用菌菌种站"
    t = _Truth(unit)
    cards = [
        ("站长", "蒯昶淇", "站长", "主持全面工作，分管菌种生产", "leader", [
            ("母种、原种引进不经集体论证", "★★★", "引种经站务会和专家论证，引种协议存档。"),
            ("菌种销售价格随意浮动，收取回扣", "★★★", "销售价格公示，货款统一入账。"),
            ("接受菌包厂宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "公冶沅琬", "副站长", "分管菌种检验、技术服务", "leader", [
            ("菌种质量检验结论不实", "★★", "检验报告双人签字，留样备查。"),
            ("杂交菌种试验数据虚报", "★★", "试验数据原始记录留存，年度复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "dongning_spawn_station_cards", "https://www.chaxiaohao.com/read-1752046250l6007856.html",
        "市食用菌菌种站 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 东宁黑木耳 (杂交菌种, "
        "栽培技术, 交易市场): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dongning_extension_centre_group_rows() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蒯玹霆", "leader", [
                ("黑木耳新技术示范项目承担主体选定不公开", "一级风险", "承担主体公开征集，集体研究确定。"),
                ("技术培训经费虚列支出", "一级风险", "培训签到、照片、课件存档，据实报账。"),
            ]),
        ]),
        ("二、食用菌技术站", "食用菌技术站", [
            ("站长", "公冶翊潆", "middle", [
                ("栽培技术规程推广中向菌农推销生产资料", "二级风险", "不得推销生产资料，设立举报电话。"),
            ]),
            ("农艺师", "蒯芃洌", "general", [
                ("现场观摩会补助发放不实", "二级风险", "补助名单签字领取并公示。"),
                ("技术服务收取菌农好处费", "三级风险", "服务回访，群众评议。"),
            ]),
        ]),
        ("三、综合办公室", "综合办公室", [
            ("主任", "公冶霈桐", "middle", [
                ("公务用车私用", "三级风险", "车辆派遣登记，节假日封存。"),
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
        "dongning_extension_centre_group_rows", "http://www.chrislangwrites.com/news/show-12099.html",
        "市农业技术推广中心 廉政风险防控责任清单, after the source's page on 东宁 黑木耳 (生产新技术规程, 标准化栽培示范园, "
        "集中办班, 现场观摩会, 技术培训): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、食用菌技术站``, ``三、综合办公室`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dongning_enforcement_brigade_selfchecks() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("公冶晔琛", "大队领导", "大队长", "leader", [
            ("行政处罚自由裁量权滥用，处罚畸轻畸重", "高风险", "执行裁量基准，重大案件集体讨论。", "已落实"),
            ("对假劣菌种、农药案件说情干预", "高风险", "说情干预登记报告。", "未发现问题"),
        ]),
        ("蒯琬璆", "执法一中队", "中队长", "middle", [
            ("农资市场检查选择性执法", "中风险", "检查对象随机抽取，执法记录仪全程记录。", "已落实"),
            ("罚没物品处置不登记", "中风险", "罚没物品入库登记，集中销毁。", "已落实"),
        ]),
        ("公冶澍嵘", "执法一中队", "执法队员", "general", [
            ("案件证据收集不全，以罚代刑", "中风险", "案卷评查，涉嫌犯罪案件移送。", "未发现问题"),
            ("接受当事人宴请", "低风险", "签订廉洁执法承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongning_enforcement_brigade_selfchecks", "https://fx361.cc/page/2014/0815/21029959.shtml",
        "市农业综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "article on 农业行政执法风险 (自由裁量权滥用, 证据收集, 执法程序, 徇私舞弊): a title, a label row "
        "``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def dongning_suiyang_service_centre_list() -> dict:
    unit = f"{PLACE}绥阳镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯沨珞", "leader", "菌包加工厂补贴项目申报审核把关不严", "制度机制", "一级",
         "申报材料镇村两级审核，公示无异议后上报。"),
        ("中心领导", "主任", "蒯沨珞", "leader", "吊袋棚室建设补助验收走过场", "岗位职责", "一级",
         "验收实地丈量，照片存档。"),
        ("农技站", "站长", "公冶筠翾", "middle", "黑木耳生产机械购置补贴核实不严", "业务流程", "二级",
         "机具现场核验，人机合影存档。"),
        ("农技站", "农技员", "蒯岑瑄", "general", "废弃菌包回收补助数量虚报", "业务流程", "二级",
         "回收数量过磅登记，村级签字确认。"),
        ("农技站", "农技员", "蒯岑瑄", "general", "接受菌包厂、经纪人礼品", "思想道德", "三级",
         "签订廉洁承诺书。"),
        ("农经站", "会计", "公冶暄岷", "general", "村级集体资金代理记账不规范", "外部环境", "二级",
         "村账镇代理，每季度公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dongning_suiyang_service_centre_list", "http://californiadrainexperts.com/news/show-23400.html",
        "镇农业综合服务中心 岗位廉政风险防控一览表, after the source's page on 绥阳镇 黑木耳第一镇 (菌包加工厂, 标准化生产基地, "
        "吊袋棚室, 生产机械): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def dongning_rural_economy_centre_two_sheets() -> dict:
    unit = f"{PLACE}农村经营管理服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公冶璆泓", "主任", "主持全面工作", [
            ("农村集体“三资”清产核资结果审核把关不严", "高", "清产核资结果经中心会议审定，村级公示。"),
            ("农村产权交易项目干预竞价", "高", "产权交易一律进入交易平台公开竞价。"),
        ]),
        ("蒯琰汀", "副主任", "分管农经审计", [
            ("村干部经济责任审计发现问题瞒报", "中", "审计报告集体审定，问题清单移交纪检。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财务管理股", "股长", "公冶琮澂", "middle", "村级财务报账审核不严，虚列支出", "高", "报账单据村务监督委员会签字。"),
        ("财务管理股", "股长", "公冶琮澂", "middle", "土地流转费收缴不入账", "中", "流转费统一缴入村集体账户。"),
        ("承包管理股", "股员", "蒯瀚屾", "general", "土地承包经营权确权登记弄虚作假", "中", "确权结果入户核对、公示。"),
        ("承包管理股", "股员", "蒯瀚屾", "general", "承包合同纠纷调解偏袒一方", "低", "调解两人以上参加，记录存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dongning_rural_economy_centre_two_sheets", "https://hengshan.qinfeng.gov.cn/info/1025/6547.htm",
        "市农村经营管理服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on 农村集体“三资” 监管 (清产核资, "
        "村官腐败, 农经管理服务中心): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongning_fungus_park_chat_export(),
    dongning_agriculture_bureau_list(),
    dongning_quality_testing_station_posts(),
    dongning_spawn_station_cards(),
    dongning_extension_centre_group_rows(),
    dongning_enforcement_brigade_selfchecks(),
    dongning_suiyang_service_centre_list(),
    dongning_rural_economy_centre_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch713-inbox"))
