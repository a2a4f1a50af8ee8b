"""The seven-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's bodies of
农村经营管理 and 集体资产, 科尔沁左翼中旗 (of 通辽市, 内蒙古自治区) — its 农村经营管理站, its 农村集体
“三资” 委托代理服务中心, its 农村产权交易中心 and the 农经站 of its 苏木镇 (保康镇, 舍伯吐镇, 花吐古拉镇,
巴彦塔拉镇, 架玛吐镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 农村经营管理站's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column;
- the 保康镇农经站's 排查表 对岗不对人: ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no names;
- the 舍伯吐镇农经站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line;
- the 花吐古拉镇农经站's 责任清单 under GROUP ROWS ``一、站领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 巴彦塔拉镇农经站's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 农村产权交易中心's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on every
  row, short types, ``高风险/中风险/低风险``;
- the 架玛吐镇农经站's 一览表 in TWO SHEETS ``站领导`` / ``工作人员``, ``一级/二级/三级``.

One is harder:

- ``horqin_left_middle_agency_center_levels_in_holders``: the 农村集体“三资”委托代理服务中心's
  廉政风险点清单, ONE ROW A POINT (``序号 | 业务事项 | 廉政风险点 | 责任岗位及责任人（风险等级） |
  防控措施``), NO level column: the holders' cell lists one holder a line, ``岗位　姓名（级别）``, each
  holder's OWN level of the shared point in a bracket closing his line (``主任　池翊岚（二级）⏎代理会计
  双霁珩（一级）``); one to three holders a row, the same point graded differently for different
  holders. The README's 读得懂的表 knows a shared point's level cell labelled by post (``副主任：二级⏎
  采购员：一级``), holders one a line paired by order with an unlabelled level cell, levels closing
  numbered points in a type grid, and a holder cell naming point numbers (``post name（1、2）``); it
  does not describe a holders cell whose every line carries that holder's level of the row's point
  in a closing bracket, with no level column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe 农村集体 “三资” in prose (委托代理 服务中心, 报账员, 统一账户,
村级财务审计, 集体资产 流失 and 低价发包, 土地承包经营 纠纷) and the layouts follow their words for
the units, parts, posts and risks. The rows are worded by us, the names invented (the rare
surnames 池 and 双 with rare given names); every unit is a body of 科尔沁左翼中旗.

Run ``python tests/published/score.py --set batch707`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every line of the holders' cell makes the row's point a point of that holder
  (post before the full-width space, name after it) at the level in his closing bracket; one form
  a holder, no 科室 (the table names none); ``业务事项`` is no point and names no holder;
- a 站's 股 and the 交易中心's 部 are 科室; ``站领导`` (a group row, a sheet name) is the 科室 of those
  leaders where the sheet or group says so, else leaders have no 科室;
- 站长, 副站长, 主任 and 副主任 are leaders; 股长 middle; the rest general;
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

PREFIX = "b707_"
PLACE = "科尔沁左翼中旗"
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

HOLDERS = {
    "主任": ("池翊岚", "leader"),
    "副主任": ("双璟岫", "leader"),
    "代理会计": ("双霁珩", "general"),
    "出纳": ("池沅澈", "general"),
    "审核员": ("双芃瑜", "general"),
}

# (业务事项, 廉政风险点, [(post, level word)], 防控措施)
SHARED = [
    ("村级资金支付", "村级支出凭证不经村民理财小组审核即予报账", [("代理会计", "一级"), ("审核员", "二级")],
     "报账单据须有经手人、理财小组、村主任三签，代理会计逐张审核。"),
    ("村级资金支付", "代理账户资金挪作他用或出借", [("主任", "一级"), ("出纳", "一级")],
     "代理资金统一账户核算，每月与银行对账，主任不得直接经手资金。"),
    ("集体资产资源发包", "集体草牧场、机动地低价发包或不公开竞价", [("主任", "二级"), ("副主任", "一级")],
     "发包经嘎查村民代表会议通过，进入产权交易中心公开竞价。"),
    ("集体资产资源发包", "发包合同签订后不按期收缴承包费", [("副主任", "二级"), ("代理会计", "三级")],
     "承包费台账逐户登记，欠缴情况季度公开。"),
    ("账务公开", "村务财务公开内容不全、数据不实", [("代理会计", "二级"), ("审核员", "二级"), ("副主任", "三级")],
     "公开表由中心统一打印，张贴后拍照留存。"),
    ("现金管理", "报账员现金超限额留存、白条抵库", [("出纳", "二级")],
     "报账员备用金限额管理，每月盘点。"),
    ("债权债务清理", "清理债权债务中擅自核销、减免", [("主任", "二级"), ("审核员", "三级")],
     "核销减免经嘎查村民代表会议通过并报苏木镇审批。"),
]  # fmt: skip


def horqin_left_middle_agency_center_levels_in_holders() -> dict:
    unit = f"{PLACE}农村集体“三资”委托代理服务中心"
    sh = _Sheet("风险点清单", [6, 14, 40, 26, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "业务事项", "廉政风险点", "责任岗位及责任人（风险等级）", "防控措施")
    first = len(sh.rows)
    for i, (matter, point, holders, measures) in enumerate(SHARED, 1):
        cell = "\n".join(f"{post}{GAP}{HOLDERS[post][0]}（{lv}）" for post, lv in holders)
        sh.add(i, matter, point, cell, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    for post, (who, tier) in HOLDERS.items():
        for _matter, point, holders, _measures in SHARED:
            for p, lv in holders:
                if p == post:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：同一风险点由几个岗位共同承担的，各岗位按本岗位职责分别评定风险等级，写在姓名后括号内。",
        5,
    )
    sh.add("制表：", None, "审核：", "主任（签字）：", None)
    return _layout(
        "horqin_left_middle_agency_center_levels_in_holders", "http://en.hb2b.com/ask/173106.html",
        "(harder) 旗 农村集体“三资”委托代理服务中心 廉政风险点清单, after the source's rules of 乡镇 “三资” 委托代理服务中心 "
        "(委托协议, 统一账户, 资源发包上缴收入, 资产处置监督): a title, a 填报单位 line, ONE ROW A POINT "
        "``序号 | 业务事项 (merged) | 廉政风险点 | 责任岗位及责任人（风险等级） | 防控措施`` and NO level column: the "
        "holders' cell lists one holder a line ``岗位　姓名（级别）``, each holder's own level in the bracket closing his "
        "line; a ``注：`` line saying so and a 制表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def horqin_left_middle_jingguan_station_list() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "池昶樾", "leader", "农村集体经济组织审计计划安排带有倾向性", "一级",
         "年度审计计划经站务会研究，审计对象随机抽取。"),
        ("站领导", "站长", "池昶樾", "leader", "审计发现问题线索不移交、压案不查", "一级", "问题线索登记台账，按规定移交纪检机关。"),
        ("审计股", "股长", "双珩岳", "middle", "嘎查村干部离任审计走过场", "一级", "离任审计报告公开，群众可查询。"),
        ("审计股", "股长", "双珩岳", "middle", "接受被审计嘎查村宴请", "二级", "审计组成员签订廉洁承诺。"),
        ("经营管理股", "股员", "池霈昕", "general", "集体经济组织成员身份确认把关不严", "二级", "确认名单三榜公示。"),
        ("经营管理股", "股员", "池霈昕", "general", "农民专业合作社年报审核不实", "三级", "年报抽查比例不低于百分之二十。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "horqin_left_middle_jingguan_station_list", "http://www.handmsg.com/page/2010/0322/19292631.shtml",
        "旗 农村经营管理站 岗位廉政风险防控一览表, after the source's 农村集体经济审计 (村级财务审计, 专项审计, 建设项目审计): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type "
        "column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def horqin_left_middle_baokang_posts() -> dict:
    unit = f"{PLACE}保康镇农村经营管理站"
    sh = _Sheet("排查表", [6, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "村级工程项目结算审核中与施工方串通", "外部环境风险", "高", "工程结算委托第三方审价。"),
        ("站长", "leader", "土地承包经营权流转合同鉴证不审查", "岗位职责风险", "中", "流转合同鉴证双人审查、登记备案。"),
        ("会计", "general", "代记嘎查村账务时调整科目、隐匿收入", "业务流程风险", "高", "账务处理留痕，季度交叉检查。"),
        ("会计", "general", "村级会计档案保管不善、缺失", "制度机制风险", "低", "会计档案集中管理，借阅登记。"),
        ("纠纷调解员", "general", "土地承包纠纷调解中偏袒一方", "思想道德风险", "中", "调解实行回避，调解书公开送达。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "horqin_left_middle_baokang_posts", "http://jsfy.gov.cn/article/28166.html",
        "镇 农经站 岗位廉政风险点排查表 对岗不对人, after the source's 农村土地承包经营权流转纠纷 (流转合同, 调解, 仲裁): a "
        "title, 序号/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def horqin_left_middle_shebotu_cards() -> dict:
    unit = f"{PLACE}舍伯吐镇农村经营管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "池湛岑", "站长", "主持全站工作，分管集体资产清产核资", "leader", [
            ("清产核资中漏登、少登集体资产", "★★★", "清产核资结果经嘎查村民代表会议确认并公示。"),
            ("集体资产处置评估价格偏低", "★★★", "资产处置委托有资质的评估机构评估。"),
            ("接受嘎查村干部礼品礼金", "★", "节前廉洁提醒，签订承诺书。"),
        ]),
        ("会计", "双岙琳", "会计", "村级账务代理记账", "general", [
            ("原始凭证审核不严，虚列支出入账", "★★", "凭证审核实行初审、复审。"),
            ("擅自更改已公开的财务数据", "★★", "财务软件操作留痕，月末结账锁定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "horqin_left_middle_shebotu_cards", "https://fx361.cc/page/2018/0123/15472890.shtml",
        "镇 农经站 廉政风险防控卡, one sheet a person, after the source's 涉农街道 集体资产监管 (资产处置, 低价承包, 变卖): a "
        "title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def horqin_left_middle_huatugula_group_rows() -> dict:
    unit = f"{PLACE}花吐古拉镇农村经营管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "池霁葭", "leader", [
                ("嘎查集体经济项目资金拨付不按进度", "一级风险", "项目资金按进度拨付，验收后结算。"),
                ("为亲友承包集体资源提供便利", "二级风险", "亲属回避，发包结果公示。"),
            ]),
        ]),
        ("二、财务代理股", "财务代理股", [
            ("会计", "双昀骁", "general", [
                ("嘎查村报账资料审核把关不严", "一级风险", "报账资料逐笔审核，问题单据退回。"),
            ]),
            ("出纳", "池琤瑶", "general", [
                ("代管资金支付不按审批额度", "二级风险", "支付凭审批单，超额度报站长审批。"),
                ("银行对账不及时", "三级风险", "每月与银行对账，编制余额调节表。"),
            ]),
        ]),
        ("三、土地承包股", "土地承包股", [
            ("股员", "双澍棠", "general", [
                ("承包地确权信息变更不按程序", "二级风险", "变更登记经嘎查公示无异议后办理。"),
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
        "horqin_left_middle_huatugula_group_rows", "http://lyrb.lyd.com.cn/html/2009-02/20/content_479643.htm",
        "镇 农经站 廉政风险防控责任清单, after the source's news on 推行 “三资” 委托代理服务 (统一银行账户, 调查摸底): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、财务代理股``, ``三、土地承包股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def horqin_left_middle_bayantala_selfchecks() -> dict:
    unit = f"{PLACE}巴彦塔拉镇农村经营管理站"
    t = _Truth(unit)
    people = [
        ("池叡岚", "站领导", "站长", "leader", [
            ("嘎查村集体经济收益分配方案审核不严", "Ⅰ级", "分配方案经成员代表大会通过并报镇审核。", "已落实"),
            ("对嘎查村民主理财监督指导不到位", "Ⅱ级", "每季度抽查民主理财记录。", "已落实"),
        ]),
        ("双晗岍", "财务代理股", "会计", "general", [
            ("代理记账中收取嘎查村好处费", "Ⅰ级", "代理服务不收取任何费用，公开监督电话。", "未发现问题"),
            ("固定资产台账登记不全", "Ⅲ级", "资产台账年度清查核对。", "已落实"),
            ("嘎查村“一事一议”筹资筹劳账目审核不严", "Ⅱ级", "筹资筹劳专账核算，结果张榜公布。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "horqin_left_middle_bayantala_selfchecks", "https://xiexiebang.com/a10/2019051416/34e75e4f5cd703c1.html",
        "镇 农经站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 规范农村集体 “三资” "
        "管理 (村财乡管, 民主理财, 资产台账): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def horqin_left_middle_property_exchange_list() -> dict:
    unit = f"{PLACE}农村产权交易中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "池屿沣", "leader", "交易项目挂牌条件设置排斥潜在受让方", "制度机制", "高风险",
         "挂牌条件经集体研究，公告期不少于十个工作日。"),
        ("交易部", "部长", "双岷柠", "middle", "竞价过程中泄露竞买人信息", "岗位职责", "高风险", "竞买人信息保密，竞价全程录像。"),
        ("交易部", "部长", "双岷柠", "middle", "交易鉴证书出具把关不严", "业务流程", "中风险", "鉴证书出具双人复核。"),
        ("交易部", "业务员", "池璆蔚", "general", "协助当事人规避进场交易", "外部环境", "中风险", "应进必进清单公开。"),
        ("综合部", "会计", "双沨璇", "general", "交易保证金退还不及时或违规占用", "业务流程", "低风险",
         "保证金专户管理，交易结束五日内退还。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "horqin_left_middle_property_exchange_list", "http://jizihe.com/page/2021/0514/12339065.shtml",
        "旗 农村产权交易中心 岗位廉政风险防控一览表, after the source's study of 农村集体资产管理 (产权流转, 集体资产流失, 产权市场): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def horqin_left_middle_jiamatu_two_sheets() -> dict:
    unit = f"{PLACE}架玛吐镇农村经营管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("池溆澄", "站长", "主持全面工作", [
            ("嘎查村级财务审计结论随意变更", "一级", "审计结论经站务会研究，变更须说明理由存档。"),
            ("集体资源发包过程中打招呼、说情", "一级", "发包全程进入交易平台。"),
        ]),
        ("双翮宁", "副站长", "分管土地承包管理", [
            ("土地承包经营权证补发、变更把关不严", "二级", "补发变更材料两人审核、公示。"),
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
    staff = _Sheet("工作人员", [6, 12, 9, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财务代理股", "会计", "池珝棠", "general", "嘎查村报账员报账不及时仍予受理", "二级", "报账时间固定，逾期说明原因。"),
        ("财务代理股", "会计", "池珝棠", "general", "村级补助资金发放清册审核不严", "一级", "清册与一卡通发放记录核对。"),
        ("财务代理股", "出纳", "双琬泓", "general", "代管资金私存私放", "一级", "资金一律存入代理专户。"),
        ("土地承包股", "股员", "池曦岫", "general", "土地流转备案资料收取费用", "三级", "备案不收费，收费公示牌上墙。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, d, post, who, point, lv, measures)
        t.point(staff.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "horqin_left_middle_jiamatu_two_sheets", "http://youerw.com/guanli/lunwen_181270.html",
        "镇 农经站 廉政风险防控一览表 in TWO SHEETS, after the source's study of 农村土地承包经营纠纷 (确权颁证, 流转, 征占): "
        "sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 股室 merged and 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    horqin_left_middle_agency_center_levels_in_holders(),
    horqin_left_middle_jingguan_station_list(),
    horqin_left_middle_baokang_posts(),
    horqin_left_middle_shebotu_cards(),
    horqin_left_middle_huatugula_group_rows(),
    horqin_left_middle_bayantala_selfchecks(),
    horqin_left_middle_property_exchange_list(),
    horqin_left_middle_jiamatu_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch707-inbox"))
