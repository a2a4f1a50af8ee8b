"""The six-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 供销 and
合作社 bodies, 科尔沁右翼中旗 (of 兴安盟, 内蒙古) — its 供销合作社联合社, 农资公司, 再生资源回收站,
日用品公司 and its 基层供销社 (巴彦呼舒镇, 高力板镇, 好腰苏木) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 联合社's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``;
- the 农资公司's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``★★★/★★/★`` read by a
  ``注：`` line, no type column;
- the 再生资源回收站's 排查表 对岗不对人: ``岗位`` merged, ``风险类型``, 高/中/低; no names;
- the 巴彦呼舒镇基层供销社's 清单 under GROUP ROWS ``一、社领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 高力板镇基层供销社's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 日用品公司's 一览表 in TWO SHEETS ``公司领导`` / ``部门``, ``一级/二级/三级``;
- the 好腰苏木基层供销社's 一览表 under a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``keyouzhong_ecommerce_center_coded_numbers``: the 电子商务公共服务中心's 廉政风险点排查表 with NO
  holder column at all: a ``说明：`` line over the table numbers the holders (``1—主任　夔翀鹬；2—副主任
  淦砚澍；3—会计　夔沅琮``) and every row's ``编号`` is COMPOSITE, ``holder number-point number``
  (``2-1``), the rows sorted by level (一级 first), not by holder, so one holder's rows are scattered
  and no block, merge or group row shows them; the holder of a row is the holder whose number
  opens its 编号. The README's 读得懂的表 knows risk codes resolved by a 岗位代码对照表 (``S01-1``), a
  restarting 序号 with the holders named in order in a 说明 line, and short keys bracketed after the
  序号; it does not describe a plain numeric two-part 编号 whose first part is a holder's number from
  a numbered 说明 line, rows of the holders interleaved.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages (a 中国新闻周刊 report and its reprints on 供销系统 腐败 —
社属企业监管, 工程承揽, 资金结算, 贷款担保, 农资, 基层社; a page on 产供销一体化; a reading on
供应商风险管控; a keyword page on 供应链风险评估) describe their subject in prose; the rows are
worded by us, the names invented (the rare surnames 夔 and 淦 with rare given names); every unit is
a body of 科尔沁右翼中旗.

Run ``python tests/published/score.py --set batch688`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's holder is the one numbered by its 编号's first part in the 说明 line
  (post and name from there), one form a holder, no 科室; the 说明 line is no point;
- 联合社 and 公司 and each 基层供销社 are units of their own: 主任, 副主任, 经理, 副经理, 站长 are
  leaders; 科长 and 部长 middle; the rest general;
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

PREFIX = "b688_"
PLACE = "科尔沁右翼中旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
# --------------------------------------------------------------------------- harder layout

# holder number -> (post, name, tier)
CODED = {
    1: ("主任", "夔翀鹬", "leader"),
    2: ("副主任", "淦砚澍", "leader"),
    3: ("会计", "夔沅琮", "general"),
}
# (编号, 风险点, 等级, 措施), sorted by level
CODED_ROWS = [
    ("1-1", "电商服务站点建设项目指定施工单位", "一级", "项目按规定比选，结果公示。"),
    ("2-1", "农产品上行补贴资金审核把关不严", "一级", "补贴对象公示，资料双人审核。"),
    ("1-2", "与合作电商平台签约中收受好处", "一级", "签约经理事会集体研究。"),
    ("3-1", "项目资金报账凭证审核不严", "二级", "报账实行会计、主任两级审核。"),
    ("2-2", "培训人员名单虚报冒领补助", "二级", "培训签到、影像资料存档。"),
    ("3-2", "往来款项长期挂账不清理", "三级", "每季度清理往来账。"),
    ("2-3", "物流配送车辆私用", "三级", "车辆出车登记，定期检查。"),
]  # fmt: skip


def keyouzhong_ecommerce_center_coded_numbers() -> dict:
    unit = f"{PLACE}供销合作社联合社电子商务公共服务中心"
    sh = _Sheet("排查表", [8, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 4)
    legend = "；".join(f"{k}—{p}　{n}" for k, (p, n, _tier) in CODED.items())
    _line(sh, f"说明：编号前一位为责任人代号（{legend}），后一位为该责任人风险点顺序号。", 4)
    sh.add("编号", "廉政风险点", "风险等级", "防控措施")
    for code, point, lv, measures in CODED_ROWS:
        sh.add(code, point, lv, measures)
    for k, (post, who, tier) in CODED.items():
        for code, point, lv, _m in CODED_ROWS:
            if int(code.split("-")[0]) == k:
                t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("填表：", None, "2025年6月", None)
    return _layout(
        "keyouzhong_ecommerce_center_coded_numbers", "https://iview.sina.com.tw/post/24004518",
        "(harder) 旗供销社 电子商务公共服务中心 廉政风险点排查表, after the source's report on 供销系统 腐败 (社属企业, 项目, "
        "资金结算): a title, a ``说明：`` line numbering the holders (``1—主任　…；2—副主任　…``), then 编号/廉政风险点/风险等级/"
        "防控措施 with NO holder column; each 编号 is ``holder number-point number`` and the rows are sorted by level, the "
        "holders' rows interleaved; ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def _person_merge(sh, first, cols, key_cols):
    key = lambda row: tuple(row[c] for c in key_cols)  # noqa: E731
    _merge_down(sh, first, [(c, key) for c in cols])


def keyouzhong_union_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "理事会主任", "淦翯晞", "leader", "社有资产出租、转让不经集体研究", "制度机制风险", "一级",
         "资产处置经理事会研究，进场交易。"),
        ("社领导", "理事会主任", "淦翯晞", "leader", "社属企业负责人任用优亲厚友", "思想道德风险", "一级", "选人用人集体研究。"),
        ("业务科", "科长", "夔岷澈", "middle", "农资储备承储企业选定暗箱操作", "业务流程风险", "一级", "承储企业公开比选。"),
        ("业务科", "科长", "夔岷澈", "middle", "储备化肥抽查检验走过场", "岗位职责风险", "二级", "随机抽样送检。"),
        ("财务科", "会计", "淦沄翃", "general", "项目扶持资金拨付审核不严", "业务流程风险", "二级", "资金拨付两级审核。"),
        ("财务科", "会计", "淦沄翃", "general", "往来款项清理不及时", "制度机制风险", "三级", "每季度对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, m)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _person_merge(sh, first, (2, 3), (1, 2, 3))
    return _layout(
        "keyouzhong_union_list", "https://m.fx361.cc/news/2020/1228/7398583.html",
        "旗供销合作社联合社 岗位廉政风险防控一览表 under ``附件1``, after the source's 党员文摘 reprint on 供销系统 腐败 (社属企业监管, "
        "基层社, 农资): 科室 merged, 岗位/姓名 merged per person, short ``…风险`` types, ``一级/二级/三级``",
        [sh], t,
    )  # fmt: skip


def keyouzhong_agri_company_cards() -> dict:
    unit = f"{PLACE}农资有限责任公司"
    t = _Truth(unit)
    cards = [
        ("经理", "夔翊澂", "主持公司全面工作", "leader", [
            ("化肥、农药采购指定供货商", "★★★", "采购三家以上比价，集体研究。"),
            ("赊销农资额度审批随意", "★★", "赊销额度按制度审批，定期清收。"),
        ]),
        ("副经理", "淦澍岍", "分管仓储、配送", "leader", [
            ("仓储农资出入库不登记", "★★", "出入库双人签字，月底盘点。"),
            ("配送车辆私用", "★", "车辆出车登记。"),
            ("接受经销商宴请", "★", "严守中央八项规定精神。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, work, tier, points in cards:
        sh = _Sheet(who, [6, 38, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        _line(sh, f"分管工作：{work}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, m) in enumerate(points, 1):
            sh.add(i, point, lv, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sheets.append(sh)
    return _layout(
        "keyouzhong_agri_company_cards", "https://www.zhetiaohe.com/ss/cc253748cf8e99d0b3de80fa8c63919c95f3afd5c9dc9fa3972ef63c15efc2d4093364ccf200bc78.html",
        "旗农资公司 廉政风险防控卡, one sheet a person, after the source's page on 产供销一体化 (采购, 仓储, 配送): label row "
        "``姓　名 | … | 职　务 | …``, a 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def keyouzhong_recycling_station_posts() -> dict:
    unit = f"{PLACE}再生资源回收站"
    sh = _Sheet("排查表", [6, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "废旧物资回收定价随意，压级压价", "制度机制风险", "高", "回收价格公示，定期调整。"),
        ("站长", "leader", "回收物资处置不公开", "岗位职责风险", "高", "处置进场交易。"),
        ("过磅员", "general", "过磅计量弄虚作假", "岗位职责风险", "中", "过磅数据系统留存，抽查复核。"),
        ("过磅员", "general", "收受送货人好处费", "思想道德风险", "中", "签订廉洁承诺书。"),
        ("保管员", "general", "库存物资账实不符", "业务流程风险", "低", "每月盘点，账实核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(i, post, point, typ, lv, m)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "keyouzhong_recycling_station_posts", "https://ogimusic.com/shehui/shwx/2021-06-09/20822.html",
        "旗再生资源回收站 岗位廉政风险点排查表 对岗不对人, after the source's reprint on 供销系统 腐败 (经营网络, 资金结算): "
        "岗位 merged, 风险类型 ``…风险``, 高/中/低; no names; an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


def keyouzhong_bayanhushu_coop_group_rows() -> dict:
    unit = f"{PLACE}巴彦呼舒镇基层供销合作社"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [("主任", "淦璟珣", "leader", [
            ("门店租赁不公开招租", "一级风险", "租赁进场公开竞价。"),
            ("为他人贷款违规担保", "一级风险", "对外担保一律禁止。"),
        ])]),
        ("二、经营部", "经营部", [("部长", "夔琛沣", "middle", [
            ("为农服务中心农资销售截留货款", "二级风险", "货款统一进账。"),
        ]), ("营业员", "淦霂汐", "general", [
            ("销售农资以次充好", "二级风险", "进货查验，索证索票。"),
            ("收款不开票据", "三级风险", "统一开具票据。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _person_merge(sh, first, (1, 2), (1, 2))
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "keyouzhong_bayanhushu_coop_group_rows", "https://jobosoft.org/shehui/shwx/2021-06-09/20822.html",
        "镇基层供销社 廉政风险防控责任清单, after the source's reprint on 供销系统 腐败 (基层社, 工程承揽, 贷款担保): GROUP ROWS "
        "``一、社领导``, ``二、经营部`` merged across, 岗位/姓名 merged per person, ``一级风险/二级风险/三级风险``",
        [sh], t,
    )  # fmt: skip


def keyouzhong_gaolimaotai_coop_selfchecks() -> dict:
    unit = f"{PLACE}高力板镇基层供销合作社"
    t = _Truth(unit)
    people = [
        ("夔霈琇", "社领导", "主任", "leader", [
            ("社有土地对外出租价格偏低", "Ⅰ级", "出租价格评估，集体研究。"),
            ("收购农产品虚增数量", "Ⅱ级", "收购台账双人登记。"),
        ]),
        ("淦岙璘", "财务室", "出纳", "general", [
            ("现金坐支挪用", "Ⅰ级", "现金日清月结。"),
            ("票据保管不善", "Ⅲ级", "票据专人保管登记。"),
            ("收购资金发放不及时、不足额", "Ⅱ级", "收购资金直接转账到户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m) in enumerate(points, 1):
            sh.add(i, point, lv, m, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "keyouzhong_gaolimaotai_coop_selfchecks", "https://www.jstv116.com/shehui/shwx/2021-06-09/20822.html",
        "镇基层供销社 岗位廉政风险自查表, one sheet a person, after the source's reprint on 供销系统 腐败 (社有资产, 资金): a label "
        "row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况",
        sheets, t,
    )  # fmt: skip


def keyouzhong_daily_goods_two_sheets() -> dict:
    unit = f"{PLACE}供销日用品有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}公司领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    n = 0
    first = len(lead.rows)
    for who, post, work, points in [
        ("淦珩翙", "经理", "主持全面工作", [("商品供应商准入暗箱操作", "一级", "供应商公开征集。"),
                                          ("门店装修工程化整为零", "一级", "工程按限额比选。")]),
        ("夔沣岍", "副经理", "分管门店经营", [("促销费、进场费不入账", "二级", "费用统一入账。")]),
    ]:  # fmt: skip
        for point, lv, m in points:
            n += 1
            lead.add(n, who, post, work, point, lv, m)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部门", [6, 12, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部门廉政风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("采购部", "部长", "夔璎翀", "middle", "商品采购收受回扣", "一级", "采购比价，集体定价。"),
        ("采购部", "部长", "夔璎翀", "middle", "临期商品处理不公开", "二级", "处理方案公示。"),
        ("财务部", "会计", "淦瑢澔", "general", "门店营业款核对不及时", "三级", "营业款日清。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _merge_down(dept, first, [(1, lambda row: row[1])])
    _person_merge(dept, first, (2, 3), (1, 2, 3))
    return _layout(
        "keyouzhong_daily_goods_two_sheets", "https://m.iread.qq.com/read/1034354753/33",
        "旗供销日用品公司 廉政风险防控一览表 in TWO SHEETS, after the source's reading on 供应商风险管控: sheet 公司领导 with "
        "姓名/职务/分管工作 merged per leader, sheet 部门 with 部门 merged and 岗位/姓名 merged per person; ``一级/二级/三级``",
        [lead, dept], t,
    )  # fmt: skip


def keyouzhong_haoyao_coop_list() -> dict:
    unit = f"{PLACE}好腰苏木基层供销合作社"
    sh = _Sheet("一览表", [6, 10, 10, 9, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "夔翾澂", "leader", "棉籽、饲草收购压级压价", "业务流程", "高风险", "收购价格公示。"),
        ("社领导", "主任", "夔翾澂", "leader", "社属门市承包合同不规范", "制度机制", "中风险", "合同经法律顾问审核。"),
        ("业务部", "业务员", "淦琇岷", "general", "为农服务网点补贴申报不实", "岗位职责", "中风险", "申报资料现场核实。"),
        ("业务部", "业务员", "淦琇岷", "general", "代购农资加价", "思想道德", "低风险", "代购价格公开。"),
        ("业务部", "业务员", "淦琇岷", "general", "收取农户“好处费”优先供货", "外部环境", "中风险", "供货按登记顺序。"),
    ]  # fmt: skip
    for i, (d, post, who, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, m)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分高风险、中风险、低风险三级。", 8)
    return _layout(
        "keyouzhong_haoyao_coop_list", "https://uzon-zy.com/keyword/%e4%be%9b%e5%ba%94%e9%93%be%e9%a3%8e%e9%99%a9%e8%af%84%e4%bc%b0%e4%b8%8e%e9%98%b2%e8%8c%83",
        "苏木基层供销社 廉政风险防控一览表, after the source's keyword page on 供应链风险评估与防范: a 填报单位 line, "
        "部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    keyouzhong_union_list(),
    keyouzhong_agri_company_cards(),
    keyouzhong_recycling_station_posts(),
    keyouzhong_bayanhushu_coop_group_rows(),
    keyouzhong_gaolimaotai_coop_selfchecks(),
    keyouzhong_daily_goods_two_sheets(),
    keyouzhong_haoyao_coop_list(),
    keyouzhong_ecommerce_center_coded_numbers(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )
