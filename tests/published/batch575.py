"""The five-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 县属国有企业,
共和县 (of 海南藏族自治州, 青海) — its 城市建设投资有限公司, 国有资本投资运营有限公司, 园区投资开发有限公司,
水务有限公司, 供热有限公司, 公交有限公司, 旅游开发有限公司 and 龙羊峡景区运营管理有限公司 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 国有资本投资运营有限公司's 一览表 in TWO SHEETS: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 园区投资开发有限公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 水务有限公司's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 供热有限公司's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged ``所在部门``
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 公交有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、机务维修队`` merged across (no 部门
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 旅游开发有限公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 龙羊峡景区运营管理有限公司's 登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gonghe_urban_investment_risk_map``: the 城市建设投资有限公司's 廉洁风险评估表 has NO LEVEL COLUMN and
  NO GRADE COLUMNS at all: the list (``序号 | 部门 | 岗位 | 责任人 | 廉洁风险点 | 风险类型 | 防控措施``) is
  followed by a ``廉洁风险坐标图`` drawn in cells, as the 全面风险管理 guidance of 国有企业 draws it: a
  vertical axis ``发生可能性`` (merged down, ``高 / 中 / 低`` from the top) and a horizontal axis
  ``影响程度`` (``低 | 中 | 高`` from the left, under the grid, the axis name merged under them), and in
  each of the nine cells the 序号 of the list's points that fall there (``1、3``, ``4、9``, a single
  number). A ``注：`` line names the three zones: the upper right three cells (高高, 高中, 中高) are
  高风险, the diagonal three (高低, 中中, 低高) 中风险, the lower left three 低风险. So a point's level is
  found only by finding its NUMBER in the map and the ZONE of that cell. The README's 读得懂的表 knows
  ``发生可能性 | 影响程度`` columns in the list (composed by the usual 3×3 matrix, or looked up in a
  printed matrix whose cells are level words), grids whose cells hold POINTS (types by levels, posts
  by levels) and a 分类分级分布表 on another sheet placing point NUMBERS by type and level; it does not
  describe a list without any grade whose points' numbers are placed in a likelihood × impact map
  and graded by the zone of their cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 股份有限公司's 风险管理规定 after the
中央企业全面风险管理指引 — 风险识别, 风险分析, 风险评价, 影响严重性, 发生可能性, 风险等级; a consultant's
essay on 国有资本运营公司 — 管资本, 盘活存量资产, 国资监管授权; a report on 城投 and 开发区 投资公司
高管 taken away — 董事长, 总经理, 工程管理部部长; a 自来水公司 clerk who 调水表 for a firm and a
分流管 found on its main; a 电厂's 供热 boilers fed 劣质煤 bought from 小煤窯, 煤炭采购渠道的腐败; a 公交
收款中心 whose 点钞员 found 百元大钞 in the 票胆 of one line; 景区门票收入 going to a 地方政府's
“提款机” or a 小金库, the 一票制; a 景区's 门票站, 流动稽查 and the 逃票 network) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 郗 and 宓 with rare given names); every unit is a body of 共和县.

Run ``python tests/published/score.py --set batch575`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the zone of the map cell that holds its 序号: a cell
  of 发生可能性 X (its row) and 影响程度 Y (its column) is 高风险 (1) for 高高, 高中 and 中高, 中风险 (2)
  for 高低, 中中 and 低高, 低风险 (3) for 中低, 低中 and 低低, as the ``注：`` line says; every 序号 stands
  in exactly one cell; the map, its heading line, its axis cells and the ``注：`` line are no points
  and name no holder; ``部门 | 岗位 | 责任人`` give the form as usual; the ``风险类型`` column types it;
- ``公司领导`` (a 部门 cell, a group row, a card's ``所在部门``) is the 部门 of those leaders; the
  国资运营公司's leaders (sheet ``公司领导``, no 部门 column) have none; a company's 部, 中心 and 队 are
  its 部门 (科室); a group row ``二、票款管理中心`` gives the 部门 ``票款管理中心`` (its number left off);
- every company is a unit of its own: 董事长, 总经理 and 副总经理 are leaders; a 部's 部长, a 中心's 主任
  and a 队's 队长 middle; the rest (资产管理员, 抄表员, 收费员, 造价员, 出纳, 会计, 点钞员, 售票员,
  检票员, 驾驶员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 园区投资开发有限公司's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b575_"
PLACE = "共和县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 部门 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the map's axes: 发生可能性 rows from the top, 影响程度 columns from the left
ODDS = ("高", "中", "低")
HARM = ("低", "中", "高")
# the 注 line's zones: (发生可能性, 影响程度) -> level
ZONE = {
    ("高", "高"): 1, ("高", "中"): 1, ("中", "高"): 1,
    ("高", "低"): 2, ("中", "中"): 2, ("低", "高"): 2,
    ("中", "低"): 3, ("低", "中"): 3, ("低", "低"): 3,
}  # fmt: skip
ZONE_NOTE = (
    "注：风险等级按风险点在坐标图中所处区域确定：发生可能性与影响程度均为高、或一高一中的（右上三格）为高风险；"
    "一高一低、或均为中的（对角三格）为中风险；其余（左下三格）为低风险。本表不再单列风险等级。"
)

# (部门, 岗位, 责任人, tier, 廉洁风险点, 风险类型, 发生可能性, 影响程度, 防控措施)
ASSESSED = [
    ("公司领导", "董事长", "宓翀瑀", "leader", "“三重一大”事项会前不充分酝酿，个人说了算", "制度机制风险",
     "高", "高", "“三重一大”事项提交党支部会前置研究，董事会集体决策，纪要存档。"),
    ("公司领导", "董事长", "宓翀瑀", "leader", "融资方案和对外担保未经董事会审议", "制度机制风险",
     "高", "中", "融资、担保事项报县国资主管部门备案，董事会审议后实施。"),
    ("公司领导", "总经理", "郗珣沄", "leader", "政府投资项目施工单位定向委托、打招呼", "外部环境风险",
     "高", "高", "项目发包一律进入县公共资源交易中心，领导干部插手工程登记报告。"),
    ("公司领导", "总经理", "郗珣沄", "leader", "工程变更签证审批把关不严", "岗位职责风险",
     "中", "中", "变更签证经监理、跟踪审计、工程管理部三方会签后审批。"),
    ("工程管理部", "部长", "宓璟翃", "middle", "隐蔽工程验收不到现场，签字走过场", "岗位职责风险",
     "中", "高", "隐蔽工程验收留存影像资料，验收人员现场签字。"),
    ("工程管理部", "部长", "宓璟翃", "middle", "收受施工单位礼金，放松质量安全监管", "思想道德风险",
     "低", "高", "签订廉洁从业承诺书，参建单位廉洁回访。"),
    ("工程管理部", "部长", "宓璟翃", "middle", "指定材料设备品牌，收受供应商好处", "外部环境风险",
     "低", "中", "材料设备技术参数集体论证，不得指定品牌。"),
    ("工程管理部", "造价员", "郗沺琰", "general", "工程量计量和结算审核高估冒算", "业务流程风险",
     "高", "低", "结算实行造价员初审、第三方复审，审减情况书面告知。"),
    ("工程管理部", "造价员", "郗沺琰", "general", "与跟踪审计单位串通，审减不实", "业务流程风险",
     "中", "中", "跟踪审计单位比选确定，审计报告抽查复核。"),
    ("财务融资部", "出纳", "宓瑄汧", "general", "银行存款账实不符，挪用公款", "业务流程风险",
     "中", "低", "银行对账单由会计每月核对，出纳不得经管账簿。"),
    ("财务融资部", "出纳", "宓瑄汧", "general", "支付工程款不核对合同和审批手续", "岗位职责风险",
     "低", "低", "付款凭合同、计量单和审批单三单齐全办理。"),
]  # fmt: skip


def _map_cells() -> dict[tuple[str, str], str | int | None]:
    """The map's cells: the 序号 of the points that fall in each (发生可能性, 影响程度), ``、`` between
    several, a single one as a number, an empty cell None."""
    cells = {}
    for odds in ODDS:
        for harm in HARM:
            nums = [n for n, row in enumerate(ASSESSED, 1) if (row[6], row[7]) == (odds, harm)]
            cells[odds, harm] = (
                None if not nums else nums[0] if len(nums) == 1 else "、".join(map(str, nums))
            )
    return cells


def gonghe_urban_investment_risk_map() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    ncols = 7
    sh = _Sheet("评估表", [10, 12, 10, 10, 38, 13, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险评估表", ncols)
    _line(sh, f"填报部门：纪检监察室{GAP * 16}填报时间：2025年6月", ncols)
    _line(sh, "一、廉洁风险清单", ncols)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类型", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, odds, harm, measures) in enumerate(ASSESSED, 1):
        sh.add(n, dept, post, who, point, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ZONE[odds, harm])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "二、廉洁风险坐标图（格中数字为上表序号）", ncols)
    cells = _map_cells()
    top = len(sh.rows)
    for odds in ODDS:
        sh.add("发生可能性" if odds == ODDS[0] else None, odds,
               *[cells[odds, harm] for harm in HARM], None, None)  # fmt: skip
    sh.merge(top, 0, top + 2, 0)
    sh.add(None, None, *HARM, None, None)
    r = sh.add(None, None, "影响程度", None, None, None, None)
    sh.merge(r, 2, r, 4)
    _line(sh, ZONE_NOTE, ncols)
    sh.add("编制：纪检监察室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "gonghe_urban_investment_risk_map", "https://lawinsider.com/zh/contracts/3oIYavpRQ0t",
        "(harder) 县城市建设投资有限公司 廉洁风险评估表, after the source's 风险管理规定 of a 股份有限公司 under the 中央企业全面风险管理指引 "
        "(风险识别, 风险分析, 风险评价; 影响严重性, 发生可能性, 风险等级): a title, a merged 填报部门/填报时间 line, a merged "
        "``一、廉洁风险清单`` line, then 序号/部门 merged/岗位 and 责任人 merged per person/廉洁风险点/风险类型 ``…风险``/"
        "防控措施 and NO level or grade column; after a blank row a merged ``二、廉洁风险坐标图（格中数字为上表序号）`` "
        "line and a 3×3 map drawn in cells A–E: ``发生可能性`` merged down A, rows 高/中/低 in B, the cells C–E holding "
        "the 序号 of the points in each (``1、3``, ``4、9``, single numbers), under them ``低 | 中 | 高`` and a merged "
        "``影响程度``; a merged ``注：`` line naming the zones (右上三格 高风险, 对角三格 中风险, 左下三格 低风险) and an "
        "编制/审核/date line; each point's level is the zone of the map cell holding its number",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gonghe_state_capital_two_sheets() -> dict:
    unit = f"{PLACE}国有资本投资运营有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 10, 20, 38, 9, 34])
    _line(lead, f"{unit}公司领导廉洁风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("宓昶翮", "董事长", "主持公司全面工作", [
            ("国有股权转让、增资扩股未经评估，低价处置", "一级", "股权变动先评估、后进场交易，报县国资主管部门审批。"),
            ("对外投资项目可行性论证走过场", "一级", "投资项目经专家论证、董事会审议，投后评价。"),
        ]),
        ("郗琬沨", "副总经理", "分管资产运营、投资发展", [
            ("经营性资产出租不公开招租，优亲厚友", "一级", "资产出租一律公开招租，租赁结果公示。"),
            ("参股企业投后管理不到位，国有收益流失", "二级", "向参股企业派出董事、监事，每半年报告经营情况。"),
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
    dept = _Sheet("部门", [6, 14, 12, 9, 38, 9, 34])
    _line(dept, f"{unit}部门岗位廉洁风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("资产运营部", "部长", "宓珝峤", "middle", "国有房产、门面租金减免审批不严", "一级",
         "租金减免经总经理办公会研究，报县国资主管部门备案。"),
        ("资产运营部", "部长", "宓珝峤", "middle", "承租人拖欠租金不催收、不追偿", "二级", "租金台账按月核对，逾期发函催收。"),
        ("资产运营部", "资产管理员", "郗岫玶", "general", "资产台账登记不全，账实不符", "三级", "每年资产清查盘点一次。"),
        ("投资发展部", "部长", "宓渟琚", "middle", "参股企业尽职调查资料审核不实", "二级", "尽职调查委托第三方机构，报告集体审阅。"),
        ("财务部", "会计", "郗瑗湉", "general", "国有资本收益核算不准、上缴不及时", "二级", "收益按年度审计结果核算，按期上缴。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "gonghe_state_capital_two_sheets", "https://www.china-co.com/huacaiguandian/505.html",
        "县国有资本投资运营有限公司 廉洁风险防控一览表 in TWO SHEETS, after the source's essay on 国有资本运营公司 (管资本, "
        "盘活存量资产, 国资监管授权, 应收账款): sheet 公司领导 with 姓名/职务/分管工作 merged per leader, sheet 部门 with 部门 "
        "merged and 岗位/姓名 merged per person; 廉洁风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gonghe_park_investment_posts() -> dict:
    unit = f"{PLACE}园区投资开发有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", "标准化厂房招租", "厂房租赁对象和租金标准个人决定", "制度机制风险", "高",
         "厂房招租方案经总经理办公会研究，公开招租。"),
        ("招商服务部", "部长", "middle", "招商优惠政策兑现", "为入园企业虚报投资额，违规兑现优惠", "岗位职责风险", "高",
         "优惠兑现按协议核验投资凭证，结果公示。"),
        ("招商服务部", "部长", "middle", "入园项目评审", "降低准入门槛引进不达标项目", "外部环境风险", "中",
         "入园项目由评审小组集体评审，评审意见存档。"),
        ("工程建设部", "现场管理员", "general", "园区管网施工管理", "现场签证不如实记录，多签工程量", "业务流程风险", "中",
         "签证由监理、现场管理员共同签字，影像留存。"),
        ("工程建设部", "现场管理员", "general", "进场材料检验", "进场材料不抽检，以次充好", "业务流程风险", "低",
         "材料进场见证取样送检。"),
        ("综合部", "采购员", "general", "物业服务和办公用品采购", "采购不比价，收受供应商回扣", "思想道德风险", "中",
         "采购三家比价，比价记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gonghe_park_investment_posts", "https://www.3jrx.com/jinrong/202305/1249975.html",
        "县园区投资开发有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's report on 城投 and 开发区投资公司 高管 "
        "taken away (董事长, 总经理, 工程管理部部长): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gonghe_water_company_list() -> dict:
    unit = f"{PLACE}水务有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "郗翥澄", "leader", "供水管网改造项目招标设置倾向性条件", "制度机制", "高风险",
         "招标文件经法律顾问审核，进入公共资源交易平台。"),
        ("公司领导", "总经理", "郗翥澄", "leader", "大额资金支付不经集体研究", "制度机制", "中风险",
         "大额资金支付经总经理办公会研究。"),
        ("营业收费部", "抄表员", "宓沄翚", "general", "少抄、估抄用户用水量，收受用户好处", "思想道德", "高风险",
         "抄表片区定期轮换，抄表数据月度比对。"),
        ("营业收费部", "抄表员", "宓沄翚", "general", "水表调换、拆装不登记", "业务流程", "中风险",
         "水表调换双人作业，登记表号和读数。"),
        ("营业收费部", "收费员", "郗玥淇", "general", "现金水费收取不开票、不及时入账", "业务流程", "高风险",
         "推行线上缴费，现金当日解缴。"),
        ("供水管网部", "部长", "宓峋琛", "middle", "用户报装接水插队、吃拿卡要", "岗位职责", "中风险",
         "报装流程和时限公开，办理进度可查询。"),
        ("供水管网部", "部长", "宓峋琛", "middle", "私接管道、偷盗水行为查处不力", "外部环境", "低风险",
         "开展用水稽查，查处结果登记备查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "gonghe_water_company_list",
        "http://woodenkitchentoysplus.com/info_Show.asp?ClassId=25&InfoId=63699&Topid=40",
        "县水务有限公司 岗位廉洁风险防控一览表, after the source's 自来水公司 clerk who 调水表 for a firm and the 分流管 found on "
        "its main (水费, 用水量, 利益输送): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉洁风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def gonghe_heating_company_cards() -> dict:
    unit = f"{PLACE}供热有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "郗骞瑒", "总经理", "公司领导", "leader", [
            ("燃煤采购招标中内定供应商", "★★★", "燃煤采购公开招标，评标专家随机抽取。"),
            ("热源厂设备大修项目虚增工程量", "★★★", "大修项目结算经第三方审计。"),
            ("接受供货商宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("燃料管理部", "宓淏珺", "部长", "燃料管理部", "middle", [
            ("燃煤入厂验收热值、重量把关不严", "★★★", "每车过磅、抽样化验，验收单双人签字。"),
            ("煤场库存盘点不实", "★★", "每月盘点，盘点结果报财务部核对。"),
        ]),
        ("客户服务部", "郗滢琡", "收费员", "客户服务部", "general", [
            ("热费收取截留、减免不按规定", "★★", "热费减免凭审批单办理，收费票据连号使用。"),
            ("报停用户审核不严，少收热费", "★★", "报停现场核查，报停名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gonghe_heating_company_cards", "http://www.cfzm.net/pl/2006-12/07/content_24238.htm",
        "县供热有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 总经理, 燃料管理部, 客户服务部), after the source's comment on a "
        "电厂's 供热 boilers fed 劣质煤 (煤炭储备, 供煤商, 小煤窯, 煤炭采购渠道的腐败): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 所在部门 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gonghe_bus_company_group_rows() -> dict:
    unit = f"{PLACE}公交有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "郗璆翊", "leader", [
                ("新能源公交车辆采购指定品牌", "一级风险", "车辆采购公开招标，技术参数集体论证。"),
                ("公交线路承包经营违规发包", "一级风险", "线路经营权不得承包给个人，调整报县交通运输局。"),
            ]),
        ]),
        ("二、票款管理中心", "票款管理中心", [
            ("主任", "宓泠珈", "middle", [
                ("票款清点解缴不及时，截留票款", "一级风险", "票款当日清点、次日解缴银行，全程监控。"),
            ]),
            ("点钞员", "郗汭瑶", "general", [
                ("点钞不双人作业，私拿票款", "二级风险", "点钞双人作业、交叉复核，点钞室监控录像留存。"),
                ("票胆中误投大额现金不登记、不上交", "二级风险", "误投现金登记造册，待乘客认领。"),
            ]),
        ]),
        ("三、机务维修队", "机务维修队", [
            ("队长", "宓崟璟", "middle", [
                ("车辆维修配件以次充好、虚报数量", "二级风险", "配件出入库登记，旧件回收核对。"),
                ("轮胎、油料领用不登记", "三级风险", "按车建立轮胎、油料领用台账。"),
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
        "gonghe_bus_company_group_rows", "https://m.yybnet.net/qingdao/news/201810/8254806.html",
        "县公交有限公司 廉洁风险防控责任清单, after the source's 公交收款中心 whose 点钞员 found 百元大钞 in the 票胆 of one line "
        "(清点票款, 车载监控, 分公司经理): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、公司领导``, ``二、票款管理中心``, ``三、机务维修队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def gonghe_tourism_selfchecks() -> dict:
    unit = f"{PLACE}旅游开发有限公司"
    t = _Truth(unit)
    people = [
        ("宓翙澜", "公司领导", "副总经理", "leader", [
            ("景区门票收入不及时上缴，账外循环", "Ⅰ级", "门票收入实行电子票务，每日归集到公司账户。", "已落实"),
            ("旅游项目合作方选择暗箱操作", "Ⅰ级", "合作方公开征集，经总经理办公会研究。", "未发现问题"),
        ]),
        ("郗璠沅", "财务部", "会计", "general", [
            ("门票分成款核算不准", "Ⅱ级", "分成款按协议比例核算，双方对账确认。", "已落实"),
            ("以会议费、培训费名义列支接待费用", "Ⅱ级", "费用报销附会议通知、签到表。", "已落实"),
        ]),
        ("宓珵岍", "市场营销部", "部长", "middle", [
            ("旅行社返利标准不统一，收受回扣", "Ⅰ级", "返利政策统一制定并公开，按协议结算。", "未发现问题"),
            ("赠票、免票审批不严", "Ⅲ级", "赠票审批登记，每月核销。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gonghe_tourism_selfchecks", "http://ctcnn.com/html/2018-07-27/12750686.html",
        "县旅游开发有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's report on where "
        "景区门票收入 goes (地方政府的“提款机”, 企业的“唐僧肉”, 小金库, 一票制): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def gonghe_longyangxia_scenic_register() -> dict:
    unit = f"{PLACE}龙羊峡景区运营管理有限公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("景区管理部", "部长", "宓澔琨", "middle", [
            ("门票站稽查放任逃票、收取好处", "思想道德", "一级", "稽查人员定期轮换，稽查记录每日上报。"),
            ("逃票罚款不入账", "业务流程", "二级", "罚款开具统一票据，当日交财务。"),
        ]),
        ("票务中心", "售票员", "郗瑢淼", "general", [
            ("以人情票、熟人票放行不售票", "思想道德", "一级", "售票窗口监控全覆盖，票务数据日清日结。"),
            ("退票、废票不登记", "业务流程", "二级", "退票、废票登记并经票务中心主任签字。"),
        ]),
        ("票务中心", "检票员", "宓岚翾", "general", [
            ("检票不验票，门票重复使用", "岗位职责", "二级", "推行电子检票，入园人数与售票数比对。"),
        ]),
        ("综合保障部", "驾驶员", "郗昉潆", "general", [
            ("景区环保车加油、维修费用虚报", "制度机制", "三级", "加油卡专车专用，维修定点、报修审批。"),
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
        "gonghe_longyangxia_scenic_register", "http://dplcry.cn/travel/news/news_18530.html",
        "县景区运营管理有限公司 廉洁风险点排查登记表, after the source's report on a 景区's 逃票 network (门票站, 流动稽查, 环保车, "
        "票价): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gonghe_urban_investment_risk_map(),
    gonghe_state_capital_two_sheets(),
    gonghe_park_investment_posts(),
    gonghe_water_company_list(),
    gonghe_heating_company_cards(),
    gonghe_bus_company_group_rows(),
    gonghe_tourism_selfchecks(),
    gonghe_longyangxia_scenic_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch575-inbox"))
