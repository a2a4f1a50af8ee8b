"""The nine-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border county's port
and transport bodies, 吉隆县 (日喀则市, 西藏自治区) — its 口岸管理委员会办公室, 国门服务中心, 货运服务站,
联检服务站, 通关服务中心, 边民互市贸易点管理站 and two 乡镇边贸服务站 (吉隆镇, 宗嘎镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 口岸管理委员会办公室's 一览表 in TWO SHEETS: ``办领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国门服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 货运服务站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 联检服务站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 宗嘎镇边贸服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 边民互市贸易点管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 吉隆镇边贸服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gyirong_customs_service_stage_levels``: the 通关服务中心's 岗位廉政风险防控一览表 ordered by
  BUSINESS STAGE: ``序号 | 业务环节 | 廉政风险点 | 责任股室 | 岗位 | 责任人 | 防控措施``, NO level column;
  the ``业务环节`` cell is merged down over the stage's points (the points of one stage belong to
  different holders) and the LEVEL IS WRITTEN ONCE IN BRACKETS AFTER THE STAGE NAME
  (``报关单证受理（二级风险）``, ``查验场地调度（一级风险）``), so every point beside that merged stage
  cell takes its level. The docs know a level in brackets at the end of a GROUP ROW ``一、…（风险等级：高）``
  (a row over the rows under it), in a ``序号`` cell (``1（一级）``), in a point cell or a heading
  (``各环节廉政风险点`` with a level in each stage HEADING's brackets, ``高风险点``), and 工作环节
  columns merged beside the points (read as the workflow); they do not describe a level written in
  brackets in a merged stage (业务环节) COLUMN cell covering the points beside it, one level a stage.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 西藏边境口岸 and their
地缘 — 口岸建设, 通关, 边贸; a page on a 口岸's 日常运作 — 核对证件, 查验, 轮班, 应急通道; the 网络货运管理
暂行办法 page — 承运, 运单, 车辆; a page on 口岸执法 and the 单一窗口 — 联检, 执法; a page on 过境货物的
通关手续 — 申报, 查验, 放行; a review of 边民互市 research — 互市点, 边民, 交易额度; a paper on 西藏
边境贸易 history — 边贸通道, 边民证; a geography paper on 西藏边境贸易市场 — 市场, 乡镇, 边民) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 商 and 穆 with rare given names); every unit is a body
of 吉隆县.

Run ``python tests/published/score.py --set batch915`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the bracket after each 业务环节 is the level of every point beside the merged
  stage cell (``（一级风险）`` 1, ``（二级风险）`` 2, ``（三级风险）`` 3); the stage name is no point
  and names no holder; each row's point belongs to the 责任股室/岗位/责任人 of its own row, one form a
  holder (a holder with points in two stages is one form);
- ``办领导``, ``站领导``, ``中心领导`` (a 科室/部门 cell, a group row) are the 科室 of those leaders; the
  管委会办公室's leaders (sheet ``办领导``) and the cards' leaders have no 科室; a 股, a 组 and a 窗口
  are 科室 (``综合办`` and ``受理窗口`` too); a group row ``二、查验协调组`` gives the 科室 ``查验协调组``;
- every 站, 中心 and the 办公室 are units of their own: 主任, 副主任, 站长 and 副站长 are leaders; 股长 and
  组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 国门服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b915_"
PLACE = "吉隆县"
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

# (业务环节, 环节风险等级, [(廉政风险点, 责任股室, 岗位, 责任人, tier, 防控措施)])
STAGES = [
    ("报关单证受理", "二级风险", [
        ("对关系企业报关单证降低审核标准，容缺受理不登记", "受理窗口", "单证受理员", "穆琮燊", "general",
         "容缺受理一律登记台账，股长每周抽查。"),
        ("受理顺序插队，为报关中介优先办理收取好处", "受理窗口", "单证受理员", "穆琮燊", "general",
         "按取号顺序受理，叫号系统全程留痕。"),
    ]),
    ("查验场地调度", "一级风险", [
        ("查验车辆排序优亲厚友，收受货主好处提前安排查验", "查验调度股", "股长", "商澔邈", "middle",
         "查验排序由系统按到场时间生成，调整须书面说明。"),
        ("查验场地装卸收费不按标准，私收装卸费", "查验调度股", "调度员", "穆翥岷", "general",
         "收费标准在场地入口公示，统一开具票据。"),
    ]),
    ("通关服务费用收缴", "一级风险", [
        ("代收通关服务费不开票据，截留挪用", "财务股", "收费员", "商曦昶", "general",
         "费用当日缴入专户，日清月结。"),
        ("违规为企业减免服务费用", "中心领导", "副主任", "穆彧霈", "leader",
         "减免事项经中心主任办公会集体研究并公示。"),
    ]),
    ("查验设备和物资采购", "二级风险", [
        ("查验设备采购指定供应商，化整为零规避招标", "中心领导", "主任", "商瑀曈", "leader",
         "采购按县政府采购目录执行，三家以上比选。"),
    ]),
    ("报关档案管理", "三级风险", [
        ("泄露企业报关资料和商业信息", "综合股", "档案管理员", "商霈崧", "general",
         "档案借阅登记审批，电子档案分级授权。"),
    ]),
]  # fmt: skip


def gyirong_customs_service_stage_levels() -> dict:
    unit = f"{PLACE}通关服务中心"
    sh = _Sheet("一览表", [6, 20, 38, 12, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "业务环节", "廉政风险点", "责任股室", "岗位", "责任人", "防控措施")
    first = len(sh.rows)
    n = 0
    for stage, lv, points in STAGES:
        for point, dept, post, who, tier, measures in points:
            n += 1
            sh.add(n, f"{stage}（{lv}）", point, dept, post, who, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    # the stage (with its level) merged down over its points
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "gyirong_customs_service_stage_levels", "https://www.zhetiaohe.com/ss/f8c9f7a1698b385b64a624c01e7fdfcf61a07bbd27e708287e4632e98ff48bee7f19fd08e0c60ee29792f994a55bc4d1.html",
        "(harder) 县通关服务中心 岗位廉政风险防控一览表 by business stage, after the source's page on 过境货物的通关手续 "
        "(申报, 单证, 查验, 放行, 费用): a title, ``序号 | 业务环节 | 廉政风险点 | 责任股室 | 岗位 | 责任人 | 防控措施`` with "
        "NO level column; the 业务环节 cell merged down over the stage's points, the LEVEL written once in brackets after "
        "the stage name (``查验场地调度（一级风险）``) for every point beside it; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gyirong_port_office_two_sheets() -> dict:
    unit = f"{PLACE}口岸管理委员会办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("商旻昪", "主任", "主持全面工作", [
            ("口岸基础设施建设项目资金安排个人说了算", "一级", "项目资金安排经主任办公会集体研究，纪要存档。"),
            ("插手口岸货场、仓储经营权发包", "一级", "经营权发包公开招标，结果在口岸公示栏公示。"),
        ]),
        ("穆炅岫", "副主任", "分管口岸通关协调、边贸", [
            ("边贸企业备案审核把关不严，为关系企业开绿灯", "一级", "备案材料双人审核，审核结果公示。"),
            ("协调通关时接受企业宴请和礼品", "二级", "协调事项登记备案，严守中央八项规定精神。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "商晞峋", "middle", "口岸联检设施工程变更签证不经集体研究", "一级",
         "工程变更经办公室会议研究，报县发改委备案。"),
        ("规划建设股", "股长", "商晞峋", "middle", "工程验收走过场，未完工即结算", "二级", "竣工验收邀请联检单位参加，现场签字。"),
        ("财务股", "会计", "穆槿翾", "general", "口岸专项经费报账审核不严", "二级", "报账单据三级审核，专项经费专账核算。"),
        ("财务股", "出纳", "商暄岌", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月与会计对账。"),
        ("通关协调股", "股长", "穆珣昉", "middle", "通关协调中为企业违规承诺、打招呼", "二级", "协调事项书面记录，领导审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gyirong_port_office_two_sheets", "https://fx361.cc/page/2018/0724/16804917.shtml",
        "县口岸管理委员会办公室 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 西藏边境陆路口岸 (口岸建设, "
        "通关, 边境贸易, 南亚大通道): sheet 办领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gyirong_gateway_center_posts() -> dict:
    unit = f"{PLACE}国门服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "旅检通道服务外包", "服务外包单位选定暗箱操作", "制度机制风险", "高",
         "外包项目公开招标，中心集体研究实施方案。"),
        ("旅检服务组", "组长", "middle", "应急通道使用", "违规为熟人开放应急通道，插队通关", "岗位职责风险", "高",
         "应急通道启用须登记事由，值班领导审批。"),
        ("旅检服务组", "引导员", "general", "证件核对引导", "核对证件时收受旅客财物，放宽引导", "思想道德风险", "中",
         "引导全程录像，定期抽查回放。"),
        ("后勤保障组", "管理员", "general", "国门广场商铺租赁", "商铺租金收取不开票据，截留租金", "业务流程风险", "高",
         "租金统一开票，缴入中心账户。"),
        ("后勤保障组", "管理员", "general", "物资领用", "轮班物资虚领冒领", "外部环境风险", "低",
         "物资领用登记签字，每月盘点。"),
        ("综合办", "办事员", "general", "公务接待", "超标准接待，虚列接待费用", "业务流程风险", "中",
         "接待执行公函制度，清单与票据逐项核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "gyirong_gateway_center_posts", "https://m.gzjll.com/3/3276264.html",
        "县国门服务中心 岗位廉政风险点排查表 对岗不对人, after the source's page on a 口岸's 日常运作 (核对证件, 查验, 轮班, "
        "应急通道, 检疫): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gyirong_freight_station_cards() -> dict:
    unit = f"{PLACE}货运服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "商昀嶷", "站长", "主持货运服务站全面工作", "leader", [
            ("货运车辆进场排号收受承运人好处", "★★★", "进场排号由系统自动生成，站内不得人工调整。"),
            ("货场停车位、仓位违规出租", "★★★", "仓位出租公开竞价，合同报县口岸办备案。"),
            ("接受物流企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "穆淏琬", "副站长", "分管运单核验、车辆调度", "leader", [
            ("运单核验不严，为超载车辆放行", "★★", "运单与过磅数据逐车比对，留存记录。"),
            ("调度中优先安排关系户车辆", "★★", "调度指令书面下达，调度记录存档。"),
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
        "gyirong_freight_station_cards", "https://www.zhetiaohe.com/ss/2c08b44f298d8feff16b6f7b0e1037b2c91ea6323d9f27c34867cecbb3dd524e.html",
        "县货运服务站 领导干部廉政风险防控卡, one sheet a leader, after the source's page on the 网络货运管理暂行办法 (承运, "
        "运单, 车辆, 调度): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gyirong_inspection_station_group_rows() -> dict:
    unit = f"{PLACE}联检服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "商琤翃", "leader", [
                ("联检协调中为违规货物说情、打招呼", "一级风险", "协调事项登记，联检单位反馈存档。"),
                ("联检服务用房分配优亲厚友", "一级风险", "用房分配经站务会研究并公示。"),
            ]),
        ]),
        ("二、查验协调组", "查验协调组", [
            ("组长", "穆晟峄", "middle", [
                ("单一窗口申报信息审核不全即推送", "二级风险", "推送前对照清单逐项核对，双人签字。"),
            ]),
            ("协调员", "商皞嵂", "general", [
                ("向企业泄露查验布控信息", "二级风险", "布控信息专人管理，查阅留痕。"),
                ("接受报关企业宴请", "三级风险", "签订廉洁承诺书。"),
            ]),
        ]),
        ("三、信息服务组", "信息服务组", [
            ("信息员", "穆湛曜", "general", [
                ("违规修改单一窗口系统数据", "二级风险", "系统操作权限分级，修改日志每月核查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "gyirong_inspection_station_group_rows", "https://www.zhetiaohe.com/ss/8ee9abb66f7d2d65bff28469b2cf6f763e5b4d597b3a87d2cff8a2af8a6b43dc7e3ef7204dfffc48d0c13f6a13c74e3bec2e2319acafdaa8.html",
        "县联检服务站 廉政风险防控责任清单 under GROUP ROWS, after the source's page on 口岸执法 and the 单一窗口 (联检, 申报, "
        "执法, 信息): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、站领导``, ``二、查验协调组``, ``三、信息服务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def gyirong_zongga_station_selfchecks() -> dict:
    unit = f"{PLACE}宗嘎镇边贸服务站"
    t = _Truth(unit)
    people = [
        ("商翚玹", "站领导", "站长", "leader", [
            ("边贸市场摊位分配优亲厚友", "Ⅰ级", "摊位分配公开抽签，结果公示。", "已落实"),
            ("边贸补贴资金发放审核不严", "Ⅱ级", "补贴名单逐户核实，在村务公开栏公示。", "未发现问题"),
        ]),
        ("穆翀湦", "市场管理组", "管理员", "general", [
            ("收取摊位管理费不开票据", "Ⅰ级", "管理费统一开票，当日缴入专户。", "已落实"),
            ("对违规经营户选择性处理", "Ⅲ级", "巡查发现问题登记台账，站长审核。", "已落实"),
        ]),
        ("商瑢岢", "服务窗口", "登记员", "general", [
            ("边民证登记材料审核不严", "Ⅰ级", "登记材料双人审核，留存复印件。", "未发现问题"),
            ("为关系人优先办理登记", "Ⅱ级", "按取号顺序办理，窗口录像。", "已落实"),
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
        "gyirong_zongga_station_selfchecks", "http://geoscien.neigae.ac.cn/CN/abstract/article/1000-0690/69189",
        "镇边贸服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's geography paper "
        "on 西藏边境贸易市场 (市场, 乡镇, 边民, 摊位): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def gyirong_border_trade_point_list() -> dict:
    unit = f"{PLACE}边民互市贸易点管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "穆澈旸", "leader", "互市商品交易额度核定优亲厚友", "制度机制", "高风险",
         "额度核定按边民证逐人登记，结果公示。"),
        ("站领导", "站长", "穆澈旸", "leader", "互市点运营经费使用不公开", "岗位职责", "中风险",
         "经费专账核算，每年底张榜公布。"),
        ("交易管理", "管理员", "商峤翛", "general", "为非边民代办互市交易，收取好处", "业务流程", "高风险",
         "交易人员持证刷卡，系统核验身份。"),
        ("交易管理", "管理员", "商峤翛", "general", "对超额交易选择性放行", "思想道德", "低风险",
         "超额交易自动预警，站长复核。"),
        ("结算服务", "结算员", "穆泓昱", "general", "互市结算资金截留挪用", "外部环境", "中风险",
         "结算资金通过银行专户划转。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "gyirong_border_trade_point_list", "https://jiangshitai.com/k/122410.html",
        "县边民互市贸易点管理站 岗位廉政风险防控一览表, after the source's piece on 边民互市贸易 and regional development (互市点, 边民, 小规模交易, "
        "集市): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def gyirong_town_station_register() -> dict:
    unit = f"{PLACE}吉隆镇边贸服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "商芃翙", "leader", [
            ("边贸通道临时摊点审批不严", "制度机制", "一级", "审批经站务会研究，镇政府备案。"),
            ("边贸扶持资金分配不按标准", "岗位职责", "二级", "资金按标准测算，结果公示。"),
        ]),
        ("财务组", "会计", "穆潆岚", "general", [
            ("边贸服务收费票据管理不规范", "业务流程", "一级", "票据领用登记，按号使用。"),
        ]),
        ("市场服务组", "服务员", "商澔翎", "general", [
            ("为商户违规代办边民证手续", "业务流程", "二级", "代办事项登记，站长签字确认。"),
            ("接受商户礼品", "思想道德", "三级", "签订廉洁承诺书，每季度谈话提醒。"),
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
        "gyirong_town_station_register", "http://www.handmsg.com/page/2023/0204/16825059.shtml",
        "镇边贸服务站 廉政风险点排查登记表, after the source's paper on 西藏边境贸易 history (边贸通道, 边民证, 互市, 口岸): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gyirong_customs_service_stage_levels(),
    gyirong_port_office_two_sheets(),
    gyirong_gateway_center_posts(),
    gyirong_freight_station_cards(),
    gyirong_inspection_station_group_rows(),
    gyirong_zongga_station_selfchecks(),
    gyirong_border_trade_point_list(),
    gyirong_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch915-inbox"))
