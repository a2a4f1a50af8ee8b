"""The five-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水利 and
库区 bodies, 永靖县 (of 临夏回族自治州, 甘肃, on the 刘家峡 reservoir) — its 库区移民服务中心, 河湖长制工作站,
农村供水管理站, 水政监察大队 and 水利工程管理所 and the 水管站 of three of its towns (西河镇, 三塬镇,
川城镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 库区移民服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  高/中/低;
- the 河湖长制工作站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 农村供水管理站's 排查表 对岗不对人 under ``附件2``: ``股室`` and ``岗位`` merged, ``风险类别`` (short
  names), ``一级/二级/三级``; no names;
- the 西河镇水管站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 三塬镇水管站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 川城镇水管站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 水政监察大队's 一览表 in TWO SHEETS: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``中队`` (``中队`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column.

One is harder:

- ``yongjing_works_office_coded_register``: the 水利工程管理所's 廉政风险点登记表 has NO 科室, 岗位 or
  姓名 column: ``风险编码 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, the rows sorted by level (一级 first,
  so one holder's rows are scattered), and each 风险编码 is ``<岗位代码>-<序号>`` (``S01-1``, ``G02-2``);
  a line above the table says so (``编码说明：风险编码由“岗位代码-序号”组成…``) and a ``岗位代码对照表`` under
  the table (``岗位代码 | 所在股室 | 岗　位 | 责任人``) gives each code's 股室, post and holder. A row's holder
  is the holder of the code its 风险编码 begins with. The README's 读得懂的表 knows a 责任人 (or 岗位) column
  holding only codes resolved by a code legend (HOLDER_CODES), a 风险编号 whose leading Ⅰ/Ⅱ/Ⅲ gives the
  level (LEVEL_CODES), ``职权编码`` looked up in a ``职权目录`` sheet and a 分类定级表 joined by 风险编号
  (SHEET_JOINED_BY_CODE); it does not describe a list with no holder column at all whose holders are
  encoded in the risk numbers themselves, the code's first part looked up in a code table below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (水利工程 招投标管理 — 招标文件, 评标,
合同履约, 擅自更换项目经理, 偷工减料; 库区移民资金 专款专用 — 移民人口核减, 后期扶持, 项目资金; a
黄河河务局's 水政执法 — 河道巡查, 非法采砂, 制止; 农村饮水工程 维修养护 — 维修养护计划, 资金使用方向;
a 水库灌区 — 水费收缴, 支渠管护, 配套资金; 灌区续建配套与节水改造 — 渠系配套, 用水管理; a 区
农村饮水安全工程运行管理办法 — 水费, 管护, 水质; a 市 水利和湖泊局's 联合执法 — 采砂, 扣押船舶) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 闻人 and 束 with rare given names).

The place name 永靖县 is already used by an earlier batch's units (batch530: its 水务局, 移民安置服务中心,
刘家峡库区管理站, 水土保持站 and the 水利站 of 刘家峡镇, 盐锅峡镇, 太极镇 and 岘塬镇), so the tests call
``is_apart`` with ``places`` (one place a layout, in its unit and in no earlier unit; ``PLACES``) as
batches 582 and 585 did, not with ``unit_words=("永靖县",)``.

Run ``python tests/published/score.py --set batch589`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of the holder whose 岗位代码 its 风险编码 begins with (the part
  before ``-``), with that holder's 股室 and post from the 岗位代码对照表; one form a holder; the
  编码说明 line, the 对照表's title and rows and the 填表/审核 line are no points;
- ``中心领导``, ``站领导``, ``所领导`` (a 科室 cell, a group row, an 对照表 cell) are the 科室 of those
  leaders; the 河湖长制工作站's cards and the 水政监察大队's leaders (sheet ``大队领导``) have no 科室;
  a 股, a 室, a 组 and a 中队 are 科室; a group row ``二、灌溉管理组`` gives the 科室 ``灌溉管理组``;
- 主任, 副主任, 站长, 副站长, 所长, 副所长, 大队长 and 副大队长 are leaders; 股长 and 中队长 middle; the rest
  (会计, 出纳, 技术员, 检测员, 水管员, 巡查员, 执法队员, 收费员) general;
- the 农村供水管理站's list names no person: its forms are posts (对岗不对人); ``工作职责``, ``分管工作``,
  ``自查情况`` and ``填表时间`` are no points and name no holder;
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

PREFIX = "b589_"
PLACE = "永靖县"
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

# 岗位代码 -> (所在股室, 岗位, 责任人, tier)
CODES = {
    "S01": ("所领导", "所长", "闻人琇澂", "leader"),
    "S02": ("所领导", "副所长", "束岍湄", "leader"),
    "G01": ("工程管理股", "股长", "闻人曦翀", "middle"),
    "G02": ("工程管理股", "技术员", "束昀瀚", "general"),
    "C01": ("财务室", "会计", "闻人岷璟", "general"),
}

# (风险编码, 廉政风险点, 风险类型, 风险等级, 防控措施), sorted by level as the office sent it
CODED = [
    ("S01-1", "维修养护项目化整为零规避招标", "制度机制风险", "一级",
     "维修养护项目年初统一编制计划，达到限额的一律公开招标。"),
    ("G01-1", "招标文件设置倾向性条款，量身定制资格条件", "岗位职责风险", "一级",
     "招标文件经所务会审定，报县水务局备案。"),
    ("S02-1", "工程变更签证不经集体研究，虚增工程量", "制度机制风险", "一级",
     "变更签证实行监理、设计、所务会三方会签。"),
    ("C01-1", "工程款拨付不按合同进度，提前或超额支付", "业务流程风险", "一级",
     "工程款凭监理签认的进度单和合同支付，会计、所长两签。"),
    ("G02-1", "隐蔽工程验收不到现场，替施工方签字", "岗位职责风险", "二级",
     "隐蔽工程验收留存影像资料，两人以上到场。"),
    ("G01-2", "默许中标单位擅自更换项目经理", "岗位职责风险", "二级",
     "项目经理变更须书面报批，每月现场考勤核对。"),
    ("S01-2", "接受施工单位宴请、礼品礼金", "思想道德风险", "二级",
     "签订廉洁承诺书，节前开展廉洁提醒。"),
    ("S02-2", "闸站运行维护外包单位考核走过场", "业务流程风险", "二级",
     "考核结果与维护费支付挂钩，考核记录存档。"),
    ("G02-2", "原材料进场检验抽检不足，偷工减料不制止", "岗位职责风险", "三级",
     "原材料见证取样送检，检测报告归档。"),
    ("C01-2", "报销单据审核不严，虚列养护支出", "业务流程风险", "三级",
     "报销单据经办人、验收人、审批人三签。"),
    ("G01-3", "向施工单位推荐材料供应商、分包队伍", "思想道德风险", "三级",
     "严禁干预材料采购和分包，发现问题严肃追责。"),
]  # fmt: skip


def yongjing_works_office_coded_register() -> dict:
    unit = f"{PLACE}水利工程管理所"
    sh = _Sheet("登记表", [10, 40, 14, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", 5)
    _line(
        sh,
        "编码说明：风险编码由“岗位代码-序号”组成，岗位代码对应的股室、岗位和责任人见表下《岗位代码对照表》。",
        5,
    )
    sh.add("风险编码", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for code, point, typ, lv, measures in CODED:
        sh.add(code, point, typ, lv, measures)
    # the truth one form a holder, in the 对照表's order
    for post_code, (dept, post, who, tier) in CODES.items():
        for code, point, typ, lv, _measures in CODED:
            if code.split("-")[0] == post_code:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add()
    _line(sh, "岗位代码对照表", 5)
    sh.add("岗位代码", "所在股室", "岗　位", "责任人", None)
    for post_code, (dept, post, who, _tier) in CODES.items():
        sh.add(post_code, dept, post, who, None)
    sh.add("填表：", None, "审核：", None, "2025年5月")
    return _layout(
        "yongjing_works_office_coded_register", "https://www.lanyancloud.com/news/1997884050714550272",
        "(harder) 县水利工程管理所 廉政风险点登记表, after the source's piece on 水利工程招投标管理 (招标文件, 评标, "
        "合同履约, 擅自更换项目经理, 偷工减料): a title, a merged ``编码说明：风险编码由“岗位代码-序号”组成…`` line, "
        "then ``风险编码 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with NO 科室/岗位/姓名 column, the rows sorted by "
        "level (``一级/二级/三级``), each 风险编码 ``<岗位代码>-<序号>`` (``S01-1``, ``G02-2``); under the table a "
        "``岗位代码对照表`` (``岗位代码 | 所在股室 | 岗　位 | 责任人``, five codes) gives each code's holder; a "
        "填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongjing_resettlement_centre_list() -> dict:
    unit = f"{PLACE}库区移民服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "束澂琇", "leader", [
            ("后期扶持项目安排不经集体研究，向个别村倾斜", "制度机制风险", "高",
             "项目计划经中心主任办公会研究，报县水务局审核后公示。"),
            ("移民项目验收降低标准，接受施工方请托", "思想道德风险", "中", "项目验收邀请乡镇、村移民代表参加。"),
        ]),
        ("后期扶持股", "股长", "闻人璟沄", "middle", [
            ("移民人口核定、核减不及时，死亡迁出人员仍发补助", "岗位职责风险", "高",
             "每年6月底前完成人口核减，与公安户籍数据比对。"),
            ("移民直补资金发放名单审核把关不严", "业务流程风险", "中", "发放名单村级公示七天，乡镇审核签字。"),
        ]),
        ("后期扶持股", "水管员", "束琤岚", "general", [
            ("库区移民村小型水利设施管护检查走过场", "岗位职责风险", "低", "管护检查留存影像，每季度通报。"),
        ]),
        ("财务股", "会计", "闻人瀚琤", "general", [
            ("后期扶持资金挪作行政开支，未专款专用", "制度机制风险", "高", "资金专账核算，每半年接受审计。"),
            ("项目资金拨付不按进度，提前支付", "业务流程风险", "中", "拨付凭验收单和监理意见，两级审批。"),
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
    sh.add("制表：", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yongjing_resettlement_centre_list", "https://zsywlkj.com/shijiebei/25601.html",
        "县库区移民服务中心 岗位廉政风险防控一览表, after the source's piece on 库区移民资金 专款专用 (后期扶持基金, "
        "移民人口核减, 动态管理, 审计): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yongjing_river_chief_station_cards() -> dict:
    unit = f"{PLACE}河湖长制工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "闻人昶岫", "站长", "主持工作站全面工作，负责河湖长制考核", "leader", [
            ("河湖长履职考核打分弄虚作假", "★★★", "考核结果经站务会研究，向县河长办报备。"),
            ("河湖“清四乱”问题整改销号不实", "★★★", "销号前现场复核，留存整改前后影像。"),
            ("接受涉河项目建设单位宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("巡查员", "束霂沅", "巡查员", "负责黄河、大夏河永靖段日常巡河", "general", [
            ("巡河记录虚报，应付式巡河", "★★", "巡河轨迹上传平台，每月抽查。"),
            ("发现非法采砂不报告、不制止", "★★", "发现问题两小时内上报，台账跟踪。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "yongjing_river_chief_station_cards", "http://m.x0sat.cn/newscenter/ly/huangh/201211/t20121114_250173.html",
        "县河湖长制工作站 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's 黄河河务局 "
        "水政执法 (河道巡查, 非法采砂, 现场制止): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）; no type column",
        sheets, t,
    )  # fmt: skip


def yongjing_rural_water_station_posts() -> dict:
    unit = f"{PLACE}农村供水管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "农村供水工程维修养护计划安排优亲厚友", "制度机制", "一级",
         "维修养护计划按工程病害排序，站务会研究后公示。"),
        ("站领导", "站长", "leader", "维修养护资金超范围使用", "制度机制", "一级",
         "资金使用范围对照上级文件逐项审核。"),
        ("工程股", "技术员", "general", "维修养护工程量核定虚高", "岗位职责", "二级",
         "工程量现场丈量，两人签字，村委会确认。"),
        ("工程股", "技术员", "general", "管材、水表采购验收不严", "业务流程", "二级", "验收三人以上，抽样送检。"),
        ("水质检测室", "检测员", "general", "水质检测数据不实，漏检少检", "岗位职责", "二级",
         "检测原始记录存档，县疾控中心定期比对。"),
        ("综合股", "收费员", "general", "水费收取不开票据，截留挪用", "思想道德", "三级",
         "水费统一缴入专户，收费票据按月核销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填报人：", None, "审核人：", None, None, "2025年3月", None)
    return _layout(
        "yongjing_rural_water_station_posts", "http://m.wbxk.net.cn/html/2021/dt_0719/86331.html",
        "县农村供水管理站 岗位廉政风险点排查表 对岗不对人, after the source's 农村饮水工程维修养护 (维修养护计划, "
        "资金使用方向和范围, 供水工程): ``附件2``, a title, 序号/股室 merged/岗位 merged per post/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; no names; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yongjing_xihe_station_group_rows() -> dict:
    unit = f"{PLACE}西河镇水管站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "闻人霈琰", "leader", [
                ("灌区支渠维修项目不经站务会研究", "一级风险", "维修项目站务会研究，结果在村务公开栏公示。"),
                ("灌溉用水指标分配向关系户倾斜", "一级风险", "用水计划按亩分配，张榜公布。"),
            ]),
        ]),
        ("二、灌溉管理组", "灌溉管理组", [
            ("水管员", "束峣淇", "general", [
                ("放水轮次、时间不按计划，收受好处", "二级风险", "轮灌表公示，放水记录村组长签字。"),
                ("渠道管护检查不到位，隐瞒设施损毁", "三级风险", "每月巡渠，损毁情况及时上报。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "闻人沨玥", "general", [
                ("灌溉水费收缴不开票据，坐收坐支", "二级风险", "水费统一开票，日清月结。"),
                ("水费减免不按规定审批", "三级风险", "减免须站务会研究并公示。"),
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
        "yongjing_xihe_station_group_rows", "http://m.zgkjsz.com/page/2017/0407/20638424.shtml",
        "镇水管站 廉政风险防控责任清单, after the source's 水库灌区 (灌溉水费收缴, 支渠管护, 维修计划, 配套资金): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、灌溉管理组``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongjing_sanyuan_station_selfchecks() -> dict:
    unit = f"{PLACE}三塬镇水管站"
    t = _Truth(unit)
    people = [
        ("束沄翎", "站领导", "站长", "leader", [
            ("节水改造项目施工队伍选定不公开", "Ⅰ级", "施工队伍比选，结果公示。", "已落实"),
            ("田间节水设施验收把关不严", "Ⅱ级", "验收邀请受益村代表参加。", "未发现问题"),
        ]),
        ("闻人翊漪", "工程组", "技术员", "general", [
            ("渠系配套工程量签证不实", "Ⅰ级", "签证双人到场，附影像资料。", "已落实"),
            ("节水器材发放登记不全", "Ⅲ级", "器材发放农户签字，台账备查。", "已落实"),
        ]),
        ("束珵岱", "管护组", "水管员", "general", [
            ("用水计量弄虚作假，多计少计", "Ⅱ级", "计量设施每年校验，用水量村组公示。", "未发现问题"),
            ("管护经费报账凭证不全", "Ⅲ级", "报账凭证经站长审核签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongjing_sanyuan_station_selfchecks", "http://m.jizihe.com/page/2023/1030/22737161.shtml",
        "镇水管站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 灌区续建配套与"
        "节水改造 (渠系配套, 田间节水设施, 用水管理): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def yongjing_chuancheng_station_list() -> dict:
    unit = f"{PLACE}川城镇水管站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "束湘琰", "leader", "饮水工程管护协议签订不规范，变相发包", "制度机制", "高风险",
         "管护协议按县统一文本签订，站务会研究。"),
        ("站领导", "站长", "束湘琰", "leader", "村级管水员选聘优亲厚友", "思想道德", "中风险",
         "管水员由村民代表会议推选，结果公示。"),
        ("供水组", "水管员", "闻人珩澈", "general", "入户水表抄录不实，人情水费", "岗位职责", "中风险",
         "抄表数据上传平台，每季度交叉复抄。"),
        ("供水组", "水管员", "闻人珩澈", "general", "供水管网维修材料以次充好", "业务流程", "低风险",
         "材料领用登记，旧件回收。"),
        ("财务组", "收费员", "束瑷岑", "general", "水费收缴不及时入账，公款私存", "业务流程", "高风险",
         "水费三日内缴入专户，票据按月核销。"),
        ("财务组", "收费员", "束瑷岑", "general", "困难户水费减免审核不严", "岗位职责", "低风险",
         "减免名单村级评议、站务会审核、公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分高风险、中风险、低风险三个等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yongjing_chuancheng_station_list",
        "http://122.137.242.24:8080/pub/jlsgfxwjjdglw/gfxwj_z/xsqwj/202408/t20240822_1222692.html",
        "镇水管站 岗位廉政风险防控一览表, after the source's 区 农村饮水安全工程运行管理办法 (水费, 管护责任, 管水员, "
        "水质): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yongjing_water_inspection_two_sheets() -> dict:
    unit = f"{PLACE}水政监察大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}大队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闻人澍岚", "大队长", "主持全面工作", [
            ("河道采砂违法案件查处以罚代刑，不移送", "一级", "涉刑案件集体研究，依法移送公安机关。"),
            ("重大行政处罚不经集体讨论", "一级", "重大处罚案件经案审会讨论决定。"),
        ]),
        ("束汭珺", "副大队长", "分管执法巡查", [
            ("扣押的采砂船只、机具私自放行", "二级", "扣押物品登记造册，放行须大队长审批。"),
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
    squad = _Sheet("中队", [6, 14, 10, 9, 38, 9, 34])
    _line(squad, f"{unit}执法中队廉政风险防控一览表", 7)
    squad.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法一中队", "中队长", "闻人湜璆", "middle", "巡查发现非法采砂不立案、压案不查", "一级",
         "巡查记录与案件台账每月比对。"),
        ("执法一中队", "执法队员", "束砚潇", "general", "现场检查单人执法，接受当事人请托", "二级",
         "执法不少于两人，全程记录仪记录。"),
        ("执法二中队", "中队长", "闻人岫霁", "middle", "涉河建设项目监督检查走过场", "二级",
         "检查清单逐项签字，问题限期整改。"),
        ("执法二中队", "执法队员", "束翾昕", "general", "罚没款收缴不开具票据", "三级", "罚款一律通过银行代收。"),
    ]  # fmt: skip
    first = len(squad.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        squad.add(i, d, post, who, point, lv, measures)
        t.point(squad.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(squad, first, 1, 2, 3)
    squad.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yongjing_water_inspection_two_sheets", "http://hanchuan.cjyun.org/p/41072.html",
        "县水政监察大队 廉政风险防控一览表 in TWO SHEETS, after the source's 市 水利和湖泊局 联合执法 (非法采砂, "
        "执法专班, 扣押采砂船舶, 移送入刑): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 中队 with "
        "中队 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, squad], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongjing_works_office_coded_register(),
    yongjing_resettlement_centre_list(),
    yongjing_river_chief_station_cards(),
    yongjing_rural_water_station_posts(),
    yongjing_xihe_station_group_rows(),
    yongjing_sanyuan_station_selfchecks(),
    yongjing_chuancheng_station_list(),
    yongjing_water_inspection_two_sheets(),
]

# one place a layout, in its unit and in no earlier unit (batch530 already has units of 永靖县)
PLACES = [
    "永靖县水利工程管理所",
    "永靖县库区移民服务中心",
    "永靖县河湖长制工作站",
    "永靖县农村供水管理站",
    "西河镇",
    "三塬镇",
    "川城镇",
    "永靖县水政监察大队",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch589-inbox"))
