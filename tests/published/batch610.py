"""The six-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务 and
农垦 bodies, 贺兰县 (of 银川市, 宁夏回族自治区) — its 水务局, 灌溉管理所, 水资源服务中心, 农村供水管理站,
水利工程建设管理站, 农牧场管理服务中心 and its two farms (暖泉农场, 京星农牧场) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 灌溉管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水资源服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农村供水管理站's 责任清单 under GROUP ROWS ``一、站领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 京星农牧场's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 水利工程建设管理站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农牧场管理服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``helan_nuanquan_farm_found_by_ticks``: the 暖泉农场's 岗位廉政风险点查找登记表, an ordinary list
  (``部门`` merged, ``岗位 | 姓名`` merged per person, one row a point, 高/中/低) that records HOW
  each point was found: a ``查找方式`` heading merged across FOUR tick columns ``自己找 | 群众帮 |
  领导点 | 组织评`` (the “四查” by which 廉政风险 are sought out), each row ``√`` under one to three of
  them, a ``注：`` line saying 可多选. The ticks name no holder, grade nothing and type nothing: the
  row's holder is its 姓名, its level its 风险等级. The README's 读得懂的表 knows a ``（查找方式：领导点）``
  bracket closing the point (a note, 表现形式), and tick columns that DO mean something — holders
  as tick columns under one heading (posts over names, several ticks a row), a ``责任岗位`` band with
  one tick, type bands over 高|中|低 ticks, 风险评估要素 ticks graded by a note, votes under 高|中|低,
  a month band; it does not describe a band of ticks beside an ordinary list that says only how the
  point was found and must be passed over.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农场's 土地发包 调研 — 管理区, 规模田,
机动地, 退休人员承包地, 合规风控部; a 县审计局 on 农村饮水安全工程 — 项目法人, 专款专用, 竣工财务决算; a
灌溉排水服务中心 on 农田水利工程运行管护 — 小型渠系, 维修养护资金; a 市水资源管理办法 — 取水许可,
水资源论证, 水资源费; a report on 饮水工程资金被挪用 — 水塔, 机井, 农水股; a 农垦系统 腐败窝案 — 官商勾连,
土地物业租赁, 场办企业; a 村集中供水项目 重复建设 and 验收渎职 — 县级自验, 上级复核; a 推进农垦改革发展的
实施意见 — 土地确权登记, 办社会职能改革) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 贲 and
墨 with rare given names); every unit is a body of 贺兰县 (no earlier unit holds the word, so
``unit_words``).

Run ``python tests/published/score.py --set batch610`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``查找方式`` ticks are no holders, levels or types: each row is one point
  of the person under ``姓名`` (部门 and 岗位 from their merged cells), with the 风险等级 of the row;
  ``自己找``, ``群众帮``, ``领导点``, ``组织评`` are no people; the ``注：`` line and the 填表人/审核人 line
  are no points;
- ``场领导``, ``所领导``, ``中心领导``, ``站领导`` (a 部门/科室 cell, a group row, a 所在组室 cell) are the
  科室 of those leaders; the 水务局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders
  have no 科室; a 股, 组, 科, 部, 室 or the 农场's ``管理区`` is a 科室; a group row ``二、运行维护组`` gives
  the 科室 ``运行维护组`` (its number left off);
- 局长, 副局长, 所长, 主任 of a 中心, 站长, 场长 and 副场长 are leaders; 股长, 组长, 科长, 部长, 管理区主任
  and an 办公室's 主任 middle; the rest (股员, 会计, 出纳, 技术员, 征收员, 水管员, 质检员, 收费员, 科员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 灌溉管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b610_"
PLACE = "贺兰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 查找方式 band: how each point was found, ticked (one or more a row); it names no holder
METHODS = ("自己找", "群众帮", "领导点", "组织评")

# (部门, 岗位, 姓名, tier, [(廉政风险点, ticks under METHODS, 风险等级, 防控措施)])
FINDINGS = [
    ("场领导", "场长", "墨琮翊", "leader", [
        ("规模田、机动地发包方案未经党委会集体研究，个人拍板", (1, 0, 1, 1), "高",
         "发包方案经场党委会研究，报职工代表大会审议后公示。"),
        ("农资集中采购指定供应商，收受好处", (1, 1, 0, 0), "高", "农资采购公开比选，合规风控部全程监督。"),
    ]),
    ("场领导", "副场长", "贲濯岚", "leader", [
        ("土地发包中为亲友、种地大户预留好地块", (0, 1, 1, 0), "高", "地块分等定级，发包结果在各管理区公示。"),
        ("职工退休后承包地收回调整不及时、暗中转包", (1, 0, 0, 1), "中", "每年核对退休人员名单，收回地块统一发包。"),
    ]),
    ("土地管理部", "部长", "墨砚澂", "middle", [
        ("承包面积丈量不实，多量少报", (1, 1, 0, 0), "中", "面积丈量两人以上共同进行，卫星测绘数据复核。"),
        ("承包费减免审核把关不严", (0, 0, 1, 1), "中", "减免申请管理区初审、土地管理部复核、场务会审定。"),
    ]),
    ("土地管理部", "科员", "贲琇沅", "general", [
        ("土地承包合同签订不规范、擅自变更合同条款", (1, 0, 0, 0), "低", "使用统一合同文本，变更须经场务会同意。"),
    ]),
    ("财务部", "部长", "墨翯岍", "middle", [
        ("土地承包费收缴不入账，截留坐支", (1, 0, 1, 1), "高", "承包费一律通过银行收缴，收据统一编号管理。"),
        ("种粮补贴发放对象审核不实", (0, 1, 0, 1), "中", "补贴对象与承包台账逐户比对，张榜公示。"),
    ]),
    ("管理区", "管理区主任", "贲昀玹", "middle", [
        ("作业点规模田经济效益数据弄虚作假", (0, 0, 1, 0), "低", "效益数据财务部核实，年终审计抽查。"),
    ]),
]  # fmt: skip


def helan_nuanquan_farm_found_by_ticks() -> dict:
    unit = f"{PLACE}暖泉农场"
    n = len(METHODS)
    ncols = 5 + n + 2
    sh = _Sheet("登记表", [6, 11, 10, 9, 40] + [7] * n + [8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点查找登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", ncols)
    top = sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "查找方式", *([None] * (n - 1)), "风险等级",
                 "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *METHODS, None, None)
    for c in (0, 1, 2, 3, 4, ncols - 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 4 + n)
    first = len(sh.rows)
    k = 0
    for dept, post, who, tier, points in FINDINGS:
        for point, ticks, lv, measures in points:
            k += 1
            sh.add(k, dept, post, who, point, *[TICK if x else None for x in ticks], lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：1.查找方式在相应栏内打“√”，可多选；2.风险等级分高、中、低三级。", ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "场长（签字）：", None, None, None)
    return _layout(
        "helan_nuanquan_farm_found_by_ticks", "https://www.ceweekly.cn/area/heilongjiang/2025/1111/484137.html",
        "(harder) 县农场 岗位廉政风险点查找登记表, after the source's 农场 土地发包 调研 (合规风控部, 管理区, 规模田, 机动地, "
        "退休人员承包地, 土地发包方案): a title, a merged 填报单位/填报时间 line, then a TWO-ROW heading: 序号/部门/岗位/姓名/"
        "廉政风险点/风险等级/防控措施 merged down, ``查找方式`` merged across FOUR tick columns headed ``自己找 | 群众帮 | "
        "领导点 | 组织评`` (the “四查” of 廉政风险排查), each row ``√`` under ONE TO THREE of them; 部门 merged, 岗位/姓名 "
        "merged per person; 高/中/低, no type column; a merged ``注：`` line (可多选) and a 填表人/审核人/场长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def helan_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("贲昶澍", "局长", "主持全面工作", [
            ("农村饮水安全工程项目安排不经集体研究", "一级", "项目计划经局党组会研究，报县政府批复后下达。"),
            ("插手水利工程招标投标，为特定企业打招呼", "一级", "工程一律进入县公共资源交易中心公开招标。"),
        ]),
        ("墨霂泓", "副局长", "分管农村水利、工程建设", [
            ("工程竣工验收降低标准，放任“半拉子”工程过关", "一级", "验收邀请财政、审计部门参加，验收结论公示。"),
            ("项目变更和工程量签证把关不严", "二级", "设计变更按程序报批，签证经监理、业主、施工三方签字。"),
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
        ("农村水利股", "股长", "贲沣岑", "middle", "饮水工程项目可行性审查走过场", "一级",
         "项目前期论证邀请专家评审，评审意见存档。"),
        ("农村水利股", "股长", "贲沣岑", "middle", "供水工程管护责任落实情况检查不实", "二级", "管护检查双人进行，问题清单销号管理。"),
        ("农村水利股", "股员", "墨淯琛", "general", "工程质量抽检样品弄虚作假", "三级", "抽检委托第三方检测机构，样品现场封存。"),
        ("计划财务股", "股长", "贲湜峤", "middle", "水利专项资金挤占、截留、挪用", "一级", "专项资金专账核算，按进度拨付。"),
        ("计划财务股", "会计", "墨琬沨", "general", "竣工财务决算编制不及时、不真实", "二级", "决算经审计部门审计后办理资产移交。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "helan_water_bureau_two_sheets", "http://m.mooganics.com/oldweb/n4/n20/n524/c29799/content.html",
        "县水务局 廉政风险防控一览表 in TWO SHEETS, after the source's 县审计局 on 农村饮水安全工程 (工程管理, 项目法人, "
        "建设资金专款专用, 竣工财务决算, 水源保护): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def helan_irrigation_station_posts() -> dict:
    unit = f"{PLACE}灌溉管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "维修养护项目安排", "小型渠系维修养护项目安排凭关系、照顾熟人", "制度机制风险", "高",
         "维修养护计划所务会集体研究，年初公示。"),
        ("灌溉管理股", "股长", "middle", "配水调度", "灌溉配水不按计划执行，优先给关系户放水", "岗位职责风险", "高",
         "配水计划公开，闸口开启记录双人签字。"),
        ("灌溉管理股", "股长", "middle", "用水计量", "斗口用水量计量不实，人为调整水量", "业务流程风险", "中",
         "计量设施定期校验，水量数据每月公示。"),
        ("工程管护股", "技术员", "general", "渠道清淤验收", "清淤工程量虚报，验收签字不到现场", "业务流程风险", "中",
         "清淤前后测量对比，验收留存影像资料。"),
        ("财务室", "收费员", "general", "水费收取", "水费收取不开票据，截留水费", "思想道德风险", "高",
         "水费统一开具票据，当日存入专户。"),
        ("财务室", "收费员", "general", "水费减免", "违规为用水户减免、缓缴水费", "外部环境风险", "低",
         "减免缓缴须书面申请并经所务会审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "helan_irrigation_station_posts", "http://www.handmsg.com/page/2021/1226/13498937.shtml",
        "县灌溉管理所 岗位廉政风险点排查表 对岗不对人, after the source's 灌溉排水服务中心 on 农田水利工程运行管护 (小型渠系, "
        "维修养护资金, 管护主体, 计量设施): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def helan_water_resources_centre_selfchecks() -> dict:
    unit = f"{PLACE}水资源服务中心"
    t = _Truth(unit)
    people = [
        ("墨瀞岚", "中心领导", "主任", "leader", [
            ("取水许可审批降低条件、违规审批", "Ⅰ级", "取水许可经水资源论证和集体审查。", "已落实"),
            ("水资源论证报告评审打招呼", "Ⅱ级", "评审专家随机抽取，评审意见公开。", "未发现问题"),
        ]),
        ("贲泷琪", "计量监测组", "技术员", "general", [
            ("取水计量设施检查不到位，放任取水户少计量", "Ⅰ级", "计量设施每季度现场核查并拍照留存。", "已落实"),
            ("地下水位监测数据随意修改", "Ⅲ级", "监测数据自动采集上传，修改留痕。", "已落实"),
        ]),
        ("墨湲珥", "水资源费征收组", "征收员", "general", [
            ("水资源费少征、缓征、免征不按规定", "Ⅱ级", "征收标准公示，减免经中心集体研究。", "未发现问题"),
            ("超计划取水加价征收不执行", "Ⅲ级", "超计划取水量按月核定并通报。", "已落实"),
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
        "helan_water_resources_centre_selfchecks", "http://www.thz918.com/webarbs/book/102186.shtml",
        "县水资源服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市水资源管理办法 "
        "(取水许可, 水资源论证, 水资源费征收, 取水计量, 用水总量控制): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def helan_rural_water_supply_group_rows() -> dict:
    unit = f"{PLACE}农村供水管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "贲澔珺", "leader", [
                ("供水工程建设资金挪作他用", "一级风险", "工程资金专款专用，按工程进度拨付。"),
                ("水塔、机井等工程未通水即组织验收", "一级风险", "验收须现场试供水，村民代表参加。"),
            ]),
        ]),
        ("二、运行维护组", "运行维护组", [
            ("组长", "墨汭峥", "middle", [
                ("管网维修材料虚报冒领", "二级风险", "维修材料领用登记，旧料交回核销。"),
            ]),
            ("水管员", "贲滢珂", "general", [
                ("私接管道、违规给关系户接水", "二级风险", "接水申请公开受理，入户安装台账公示。"),
                ("水表抄读不实，少抄漏抄", "三级风险", "抄表数据与供水量每月比对。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "墨涴瑄", "general", [
                ("收取村民水费不入账", "二级风险", "水费通过手机缴费平台收取，日清月结。"),
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
        "helan_rural_water_supply_group_rows", "http://www.qinlingwang.com/archiver/tid-37565.html",
        "县农村供水管理站 廉政风险防控责任清单, after the source's report on a 县 饮水工程资金被挪用 (以工代赈 水塔, 机井, 水利局"
        "农水股, 工程款挪用, 不能供水): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、站领导``, ``二、运行维护组``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def helan_jingxing_ranch_cards() -> dict:
    unit = f"{PLACE}京星农牧场"
    t = _Truth(unit)
    cards = [
        ("场长", "贲璟翀", "场长", "主持全面工作", "leader", [
            ("场属土地、房产租赁价格明显偏低，利益输送", "★★★", "租赁价格经评估，租赁事项公开招租。"),
            ("场办企业负责人选任凭个人意愿", "★★★", "选任经党委会集体研究、考察、公示。"),
            ("接受承租企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副场长", "墨岷洢", "副场长", "分管生产经营、畜牧养殖", "leader", [
            ("饲草料采购价格、数量把关不严", "★★", "饲草料采购三家比价，入库双人验收。"),
            ("牲畜出售定价不公开", "★★", "出售价格参照市场行情集体议定。"),
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
        "helan_jingxing_ranch_cards", "https://m.caijing.com.cn/api/show?contentid=4033920",
        "县农牧场 领导干部廉政风险防控卡, one sheet a leader, after the source's report on a 农垦系统 腐败窝案 (官商勾连, 土地"
        "物业租赁, 场办企业, 国有农场): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def helan_water_works_station_list() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "墨潆翎", "leader", "集中供水项目重复立项、重复建设", "制度机制", "高风险",
         "项目立项前核查已建工程台账，集体研究决定。"),
        ("站领导", "站长", "墨潆翎", "leader", "默许施工单位转包、违法分包", "岗位职责", "中风险",
         "开展转包分包专项检查，发现问题依法处理。"),
        ("质量安全股", "股长", "贲珞沄", "middle", "工程验收不核查水源和管网，验收程序失效", "业务流程", "高风险",
         "验收实行县级自验、上级复核，水源和管网逐项核查。"),
        ("质量安全股", "质检员", "墨溱岫", "general", "隐蔽工程质量检查签字不到现场", "岗位职责", "中风险",
         "隐蔽工程检查全程影像记录。"),
        ("计划财务股", "会计", "贲璐漪", "general", "工程款拨付不按合同和进度", "业务流程", "中风险",
         "工程款凭监理签认的进度报表拨付。"),
        ("办公室", "主任", "墨峄澜", "middle", "接受施工单位宴请、礼品", "思想道德", "低风险",
         "签订廉洁承诺书，廉洁从业提醒常态化。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "helan_water_works_station_list", "https://icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=213867",
        "县水利工程建设管理站 岗位廉政风险防控一览表, after the source's report on a 村集中供水项目 重复建设 and 验收渎职 (烂尾, "
        "干池子, 县级自验 上级复核, 水源 管网): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def helan_farm_service_centre_register() -> dict:
    unit = f"{PLACE}农牧场管理服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "贲琤渝", "leader", [
            ("农场土地确权登记中优亲厚友", "制度机制", "一级", "确权结果分场公示，异议复核。"),
            ("农场办社会职能移交资产清点不实", "岗位职责", "二级", "资产移交清单双方签认，审计监督。"),
        ]),
        ("土地资源科", "科长", "墨瑧沅", "middle", [
            ("国有农用地使用权出租审核把关不严", "业务流程", "一级", "出租事项公开交易，合同备案。"),
        ]),
        ("土地资源科", "科员", "贲澂翃", "general", [
            ("土地台账登记不及时、不准确", "业务流程", "三级", "台账每季度与农场核对。"),
            ("向承包户索要好处", "思想道德", "二级", "公开监督电话，定期回访承包户。"),
        ]),
        ("财务审计科", "会计", "墨玹溆", "general", [
            ("农场改革专项资金拨付审核不严", "外部环境", "一级", "资金拨付凭改革任务完成情况审核。"),
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
        "helan_farm_service_centre_register", "http://hbhonghui.com/22892C7E15D07AA1751C282B1FB9656C.html",
        "县农牧场管理服务中心 廉政风险点排查登记表, after the source's 省委省政府 推进农垦改革发展的实施意见 (农垦改革, 土地确权"
        "登记, 办社会职能改革, 国有农场): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    helan_nuanquan_farm_found_by_ticks(),
    helan_water_bureau_two_sheets(),
    helan_irrigation_station_posts(),
    helan_water_resources_centre_selfchecks(),
    helan_rural_water_supply_group_rows(),
    helan_jingxing_ranch_cards(),
    helan_water_works_station_list(),
    helan_farm_service_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch610-inbox"))
