"""The two-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the 乡镇, 村, 社区 and 站所
of one county, 壤塘县 — a 镇人民政府, two 村, a 社区居民委员会 and four 乡's 站所 (农牧综合服务中心,
司法所, 农村集体“三资”委托代理服务中心, 财政所) — each handing back the 一览表, 清单, 防控卡, 自查表 or 排查表
its staff typed in WPS or Excel (merged cells, a 填报 line, sign-offs and notes), the rows about
“三重一大”, 宅基地, 低保, 村集体公司, 集体草场, 报账, 草原管护员, 社区矫正, 代理记账 and 涉农资金:

- the 中壤塘镇人民政府's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged (镇领导, 党政综合办公室, 农业农村综合服务中心, 社会事务办公室), 岗位 and 姓名 merged per person, a
  ``权力事项`` column before the ``廉政风险点``, ``…风险`` types, ``一级/二级/三级``, a 填表人/审核人/书记签字 line;
- the 南木达镇杜柯河村's “小微权力”清单: ``权力事项`` merged, the risk, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  the holder LAST in ``责任岗位 | 责任人`` (a person's rows apart) beside a ``监督主体`` column of bodies;
- the 蒲西乡扎西康村's 防控卡, one sheet a holder (tabs 书记, 支委, 报账员): ``姓　名 | … | 职　务 | …``,
  a merged ``分管工作`` line, short types, ``★★★/★★/★`` read by a ``注：`` line, a ``乡纪委监督电话`` and
  ``持卡人签字：`` line below;
- the 壤柯镇则曲河社区居民委员会's 自查表, one sheet a person, the tabs the posts (保障服务岗 …):
  ``姓　名 | … | 工作岗位 | … | 填表日期 | …``, a short ``风险点`` beside a long ``表现形式``, short types,
  高/中/低, ``自查人（签字）： | 社区党委书记审核：`` below;
- the 岗木达乡农牧综合服务中心's 村级草原管护员 排查表: ``工作环节`` first (merged), ``…风险`` types,
  高/中/低, the holder LAST in ``责任岗位 | 责任人``, a 排查人/中心主任/分管副乡长 line;
- the 吾伊乡司法所's 清单 under group rows ``一、所长（责任人：…）`` merged across (no 岗位 or 姓名 column),
  a ``工作事项`` column, short types, ``一级/二级/三级`` with a ``注：`` line;
- the 石里乡农村集体“三资”委托代理服务中心's 一览表: 岗位 and 姓名 merged per person, a short ``风险点``
  beside a long ``风险描述``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``备注`` column.

One is harder:

- ``rongmuda_finance_page_header``: the 茸木达乡财政所's 岗位廉政风险防控一览表 对岗不对人, typed the way an
  office types a list it prints on several pages: the TITLE is not in a cell but in the PAGE HEADER
  (页眉, ``&C壤塘县茸木达乡财政所岗位廉政风险防控一览表``), the heading row is row 1 of the sheet, set as the
  print title row (``$1:$1``, repeated on every printed page), and the 填报时间, page number and
  ``所长（签字）：`` stand in the PAGE FOOTER (页脚). The tab is ``Sheet1``; no cell names the 乡 or the
  财政所 — the sheet holds only the table: 序号, ``岗位`` and ``主要职责`` merged per post, the risk, short
  types, 高/中/低, 防控措施. The README's 读得懂的表 reads a unit and a 科室 from a title, a ``填报单位``
  line, a tab name, a signature line under the table or a 落款; it does not describe a title (and with
  it the 科室 of a list that names no person) that stands only in the page header.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇乡 ``“三重一大”集体决策制度`` — 重大
决策, 重要人事, 重大项目, 大额资金, no ``传阅签批、个别征求意见、现场办公会、微信群表态`` in place of the
meeting, 征地拆迁安置方案, 宅基地审批细则, 镇机关中层正职; a 省纪委监委 on 村 ``“一肩挑”`` 书记-主任 — 私设
“小金库”, 套取项目资金, a 村集体公司 lending without 集体决策, 提级监督 of 村 with rich 三资; a 街道纪工委 case of
a 村 whose 支委 kept the 公墓 income alone, not handed to the 村报账员, the 村“两委”会 having decided it
need not be booked, the 三资代理服务中心 and the 村监会主任 punished; a 社区居委会's posts — 法律咨询,
保障服务, 治安调解, 环境卫生, 文化教育, 计划生育和妇女 — and its 居务公开 and 服务承诺 rules; a 县 notice on
选聘村级草原管护员 — 宣传, 日常巡查, 禁牧, 超载过牧, 核查放牧牲畜数量, 2000元/人·年 补助, 村委会推荐, 乡镇
审查聘用, 目标责任书, 县林草局备案; a 市司法局 on its 司法所 and 司法助理员 — 人民调解, 法制宣传, 法律服务,
两劳帮教; an essay on 农村“三资”委托代理 — 乡镇三资中心, 村会计 replaced by one 报账员, ``记死账``; a 市's
乡镇财政 guidance — 会计、出纳及报账员岗位分离, 现金管理, 费用报销, 档案管理, 项目直过、资金直达) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names, three characters each, and two
Tibetan names of four); every unit is a body of 壤塘县 (its 壤柯镇, 中壤塘镇, 南木达镇, 蒲西乡, 岗木达乡,
吾伊乡, 石里乡 and 茸木达乡 are real; the 村 and the 社区 — 杜柯河村, 扎西康村, 则曲河社区 — invented).

Run ``python tests/published/score.py --set batch250`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder list the unit is the 乡 and the 科室 the 财政所 that only the page header names (as a
  title would name them); its forms are posts (对岗不对人) of the 财政所; the 页脚's 填报时间, page number
  and ``所长（签字）：`` are no points, ``主要职责`` is none;
- a 乡镇's 站/所/中心 handing back its own table is the 乡镇's (batches 203, 210, 229, 239, 242, 247): the
  乡 is the unit, the 站/所/中心 the 科室 (农牧综合服务中心, 司法所, 农村集体“三资”委托代理服务中心, 财政所),
  named in the title or a 填报 line; the 司法所 stands so though the 县司法局 sends it (a 派出机构, as
  README's ``（区农业农村委派驻）`` is who sent a 站);
- the 镇人民政府's ``镇领导`` is the 科室 of its leaders (batch245); its 办 and 中心 are 科室;
- a 村's and a 社区's posts have department "" (batches 242, 247); the unit is the 村 or the
  社区居民委员会 the title names;
- ``权力事项``, ``工作环节``, ``工作事项``, ``分管工作``, ``主要职责``, ``表现形式``, ``风险描述``, ``备注``,
  ``填表日期`` are no points; ``风险点 | 表现形式`` and ``风险点 | 风险描述``: the point is the short 风险点;
  ``监督主体`` names bodies that watch (村务监督委员会, 镇纪委), not holders; the 司法所's group row
  ``一、所长（责任人：…）`` gives the post and the holder of the rows under it;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and 高/中/低 are 1/2/3;
- 镇党委书记, 镇长, 副镇长, the 村党支部书记兼村委会主任 are leaders; the 主任 of a 镇's 办 or 中心, a 乡's
  中心主任, 所长 and 村委会副主任 middle; the rest (民政专干, 支部委员, 村文书, 报账员, 社区's ``…岗``, 草原
  监理员, 财务报账员, 司法助理员, 专职人民调解员, 代理会计, 资金会计, 档案管理员, 预算会计, 出纳, 涉农资金
  专管员, 国有资产管理员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's page header and footer, print title rows and landscape) and ``truth.json``; no
re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b250_"
PLACE = "壤塘县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FINANCE_TITLE = f"{PLACE}茸木达乡财政所岗位廉政风险防控一览表"
FINANCE_HEADER = f'&C&"宋体,加粗"&14{FINANCE_TITLE}'
FINANCE_FOOTER = "&L填报时间：2024年6月&C第 &P 页，共 &N 页&R所长（签字）："

# (岗位, tier, 主要职责, [(廉政风险点, 风险类型, 等级, 防控措施)])
FINANCE_POSTS = [
    ("所长", "middle", "主持全所工作，审核乡级预算执行和资金支付", [
        ("审核乡级资金支付把关不严，超预算、无预算支付", "岗位职责", "高",
         "支付申请对照预算指标审核，超预算事项报乡党委会研究。"),
        ("违规调剂专项资金用途", "制度机制", "高", "专项资金专款专用，调剂报县财政局审批。"),
        ("为关系单位、个人优先支付资金", "思想道德", "中", "资金支付按受理顺序办理，支付台账按月公开。"),
    ]),
    ("预算会计", "general", "乡级预算编制、执行核算和会计档案管理", [
        ("预算编制不细，虚列支出项目", "业务流程", "中", "预算编制细化到项目，经所长审核、乡党委会审定。"),
        ("原始凭证审核不严，虚开发票、拆分报销入账", "岗位职责", "高",
         "发票网上查验，同一事项拆分报销的退回重办。"),
        ("会计档案保管不善，凭证、账簿缺失", "制度机制", "低", "会计档案按月装订、专柜保管，借阅登记。"),
    ]),
    ("出纳", "general", "现金和银行账户收付、票据领用", [
        ("会计、出纳不分离，一人办理收付和记账", "制度机制", "高", "会计、出纳分设，不得兼管稽核和档案。"),
        ("现金不日清月结，白条抵库、坐支现金", "业务流程", "中", "库存现金限额管理，所长不定期盘点。"),
        ("公款私存、挪用资金", "思想道德", "高", "银行账户统一开设，网银制单、复核分人操作。"),
    ]),
    ("涉农资金专管员", "general", "惠农补贴和衔接资金项目资金的审核发放", [
        ("补贴清册录入不核对，错发、重发", "业务流程", "中", "清册录入双人核对，发放前在村公示。"),
        ("项目资金不按“项目直过、资金直达”拨付，截留、滞留", "岗位职责", "高",
         "项目资金按县级下达文件直接拨付到项目实施单位。"),
        ("帮群众查询补贴时收取好处", "外部环境", "低", "查询免费，办理事项登记备查。"),
    ]),
    ("国有资产管理员", "general", "乡属国有资产登记、出租和处置", [
        ("乡属门面、场地出租不公开竞价", "外部环境", "中", "资产出租公开招租，租金全额上缴。"),
        ("资产处置不报批，低价处置", "制度机制", "中", "资产处置经乡党委会研究，报县财政局审批。"),
    ]),
]  # fmt: skip


def rongmuda_finance_page_header() -> dict:
    unit = f"{PLACE}茸木达乡"
    dept = "财政所"
    sh = _Sheet("Sheet1", [6, 14, 22, 36, 10, 8, 36])
    t = _Truth(unit)
    sh.add("序号", "岗位", "主要职责", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, tier, duty, points in FINANCE_POSTS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    layout = _layout(
        "rongmuda_finance_page_header", "http://fsou.com/html/text/lar/172497/17249731_3.html",
        "(harder) 乡财政所 岗位廉政风险防控一览表 对岗不对人, after the source's 乡镇财政 guidance (会计、出纳及报账员岗位分离, "
        "现金管理, 费用报销, 档案管理, 项目直过、资金直达): the TITLE stands only in the PAGE HEADER (页眉 ``&C…壤塘县茸木达乡"
        "财政所岗位廉政风险防控一览表``), the 填报时间, page number and ``所长（签字）：`` only in the PAGE FOOTER; the sheet "
        "(tab ``Sheet1``) holds only the table from row 1 — 序号/``岗位`` and ``主要职责`` merged per post/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施 — its heading row the print title row repeated on every page; no cell "
        "names the 乡 or the 财政所",
        [sh], t,
    )  # fmt: skip
    layout["sheets"][0]["page"] = {
        "header": FINANCE_HEADER,
        "footer": FINANCE_FOOTER,
        "repeat_rows": 0,
    }
    return layout


# --------------------------------------------------------------------------- ordinary layouts


def zhongrangtang_town_list() -> dict:
    unit = f"{PLACE}中壤塘镇人民政府"
    sh = _Sheet("一览表", [6, 14, 12, 9, 14, 36, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年6月", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "权力事项", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    people = [
        ("镇领导", "镇党委书记", "仉翊澍", "leader", [
            ("重大决策", "以传阅签批、个别征求意见代替党委会集体研究“三重一大”事项", "制度机制风险", "一级",
             "“三重一大”事项一律提交党委会集体研究，会议纪要存档。"),
            ("重要人事", "镇机关中层正职和村（社区）干部调整个人说了算", "岗位职责风险", "一级",
             "干部调整经党委会集体研究，事前听取镇纪委意见。"),
        ]),
        ("镇领导", "镇长", "扈沣岚", "leader", [
            ("大额资金使用", "以现场办公会、微信群表态代替集体决策，安排大额资金支出", "制度机制风险", "一级",
             "大额资金支出事前列入议题，会后按纪要执行。"),
            ("征地拆迁安置", "征地拆迁安置方案未公示即实施，为亲友多算补偿面积", "思想道德风险", "二级",
             "安置方案和补偿明细逐户公示，镇纪委全程监督。"),
        ]),
        ("镇领导", "副镇长", "郗晏禾", "leader", [
            ("农村宅基地审批", "不按宅基地审批细则，为不符合“一户一宅”条件的农户签批", "岗位职责风险", "一级",
             "宅基地审批实行村、镇两级公示，联审联办。"),
        ]),
        ("党政综合办公室", "主任", "佘蘅骞", "middle", [
            ("公务接待", "无公函接待、超标准接待，虚开接待费用", "业务流程风险", "三级", "接待实行公函和清单制度，按季度公示。"),
            ("公务用车", "公务用车私用，加油卡、维修费用管理混乱", "制度机制风险", "二级", "车辆派车登记，油卡一车一卡。"),
        ]),
        ("农业农村综合服务中心", "主任", "瞿楙晗", "middle", [
            ("惠农项目申报", "为关系户虚报、多报惠农项目和补贴面积", "思想道德风险", "二级", "项目申报逐户核实，结果在村公示。"),
            ("项目验收", "乡村振兴项目验收走过场，不核实工程量", "岗位职责风险", "一级",
             "验收邀请村务监督委员会和群众代表参加，现场拍照存档。"),
        ]),
        ("社会事务办公室", "民政专干", "汲蕙潼", "general", [
            ("低保对象审核", "低保、特困对象入户调查不实，优亲厚友", "外部环境风险", "一级",
             "入户调查两人以上，评议结果在村（社区）公示。"),
            ("临时救助", "临时救助金发放不公示，由他人代领", "业务流程风险", "二级", "救助金一律打卡发放，按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for power, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, power, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "镇党委书记（签字）：", None, None)
    return _layout(
        "zhongrangtang_town_list", "https://max.book118.com/html/2026/0207/8021135104010044.shtm",
        "镇人民政府 岗位廉政风险防控一览表, after the source's 镇乡“三重一大”集体决策制度 (重大决策, 重要人事, 大额资金; no "
        "传阅签批、个别征求意见、现场办公会、微信群表态 in place of the meeting; 征地拆迁安置方案, 宅基地审批细则, 镇机关中层正职): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　…　填报时间：2024年6月`` line, then 序号/``科室`` merged (镇领导, "
        "党政综合办公室, 农业农村综合服务中心, 社会事务办公室)/岗位 and 姓名 merged per person/``权力事项``/廉政风险点/"
        "风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a blank row and a 填表人/审核人/镇党委书记签字 line",
        [sh], t,
    )  # fmt: skip


def dukehe_village_power_list() -> dict:
    unit = f"{PLACE}南木达镇杜柯河村"
    sh = _Sheet("清单", [6, 14, 36, 8, 34, 16, 9, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}“小微权力”廉政风险防控清单", 8)
    sh.add(
        "序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任岗位", "责任人", "监督主体"
    )
    head, deputy, clerk, keeper = (
        ("村党支部书记兼村委会主任", "訾昶岩", "leader"),
        ("村委会副主任", "蓟沄蘅", "middle"),
        ("村文书", "洛让俄色", "general"),
        ("报账员", "谯霂檀", "general"),
    )
    rows = [
        ("村级重大事项决策", "未执行“四议两公开”，村集体资金使用一人说了算", "Ⅰ级",
         "重大事项按“四议两公开”程序决策，会议记录存档。", head, "村务监督委员会"),
        ("村级重大事项决策", "村集体公司未经集体决策对外借款、放贷", "Ⅰ级",
         "村集体公司对外借款、担保一律提交村民代表会议表决。", head, "镇纪委"),
        ("村集体“三资”管理", "集体草场、房屋出租收入不入账，私设“小金库”", "Ⅰ级",
         "集体收入全部交镇三资代理服务中心入账，每季度公开。", deputy, "村务监督委员会"),
        ("项目资金管理", "虚报工程量，套取衔接资金项目资金", "Ⅰ级", "项目资金报账附验收单和影像资料，镇村两级审核。",
         deputy, "镇纪委"),
        ("惠民政策落实", "低保、临时救助民主评议优亲厚友", "Ⅱ级", "评议会邀请村民代表参加，结果公示七天。",
         clerk, "村务监督委员会"),
        ("惠民政策落实", "草原生态补奖资金发放花名册弄虚作假", "Ⅱ级", "花名册与承包草原面积核对，张榜公示。",
         clerk, "村务监督委员会"),
        ("村级印章管理", "私自使用村级印章，出具虚假证明", "Ⅲ级", "用章登记，一事一登记一审批。", clerk, "村务监督委员会"),
        ("村级财务报账", "白条入账、先支后报", "Ⅱ级", "票据经村务监督委员会审核签字后报账。", keeper, "村务监督委员会"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, (post, who, tier), watch) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post, who, watch)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add(
        "村务监督委员会主任（签字）：",
        None,
        None,
        None,
        "村党支部（盖章）",
        None,
        "2024年5月",
        None,
    )
    return _layout(
        "dukehe_village_power_list", "http://jwfz.org.cn/show-71677.html",
        "村“小微权力”廉政风险防控清单, after the source's 省纪委监委 on 村“一肩挑”人员 (私设“小金库”, 套取项目资金, 村集体公司 "
        "违规放贷 without 集体决策, 三资 富集村 提级监督): a title, then 序号/``权力事项`` merged/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/"
        "Ⅲ级``/防控措施 and the holder LAST in ``责任岗位 | 责任人`` (书记兼主任, 副主任, 文书, 报账员; a person's rows apart) "
        "beside a ``监督主体`` column of bodies (村务监督委员会, 镇纪委); no type column; a 村监会主任签字/村党支部盖章 line",
        [sh], t,
    )  # fmt: skip


def zhaxikang_village_cards() -> dict:
    unit = f"{PLACE}蒲西乡扎西康村"
    t = _Truth(unit)
    cards = [
        ("书记", "漆雩岷", "村党支部书记兼村委会主任", "leader", "主持村党支部和村委会全面工作，审批村级财务开支", [
            ("以村“两委”会决定代替村民代表会议，处置集体收入", "制度机制", "★★★",
             "集体收入处置提交村民代表会议表决，结果公示。"),
            ("集体收入坐收坐支，不交代理服务中心入账", "业务流程", "★★★", "集体收入三日内交乡三资代理服务中心入账。"),
            ("村级小型工程指定亲友承建", "外部环境", "★★", "小型工程比选确定施工方，村务监督委员会全程监督。"),
        ]),
        ("支委", "濮翕椿", "支部委员", "general", "负责集体牧场承包和村级公益事业", [
            ("单独收取集体牧场承包费，不交报账员入账", "制度机制", "★★★", "承包费由报账员开具收据，当日交存。"),
            ("以“专款专用”为名直接用收入支付工程欠款", "业务流程", "★★", "一切支出先入账后支付，不得坐支。"),
        ]),
        ("报账员", "冼翙潆", "报账员", "general", "负责村级收支结算、报账和票据领用", [
            ("审核把关不严，白条、无审批单据报账", "岗位职责", "★★", "报账单据须有经手人、村监会和书记签字。"),
            ("涂改凭证、虚列发放对象套取补偿款", "思想道德", "★★★", "补偿款发放名册公示，直接打卡到户。"),
            ("收据、票据领用核销不登记", "制度机制", "★", "票据领用核销台账，乡三资代理服务中心按月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, work, points in cards:
        sh = _Sheet(tab, [6, 40, 12, 10, 36])
        _line(sh, f"{unit}村干部廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        r = sh.add("分管工作", work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("乡纪委监督电话：0837-2378012", None, "持卡人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "zhaxikang_village_cards", "http://www.lpsite.cn/jsch/content/post_61503.html",
        "村干部廉政风险防控卡, one sheet a holder (tabs 书记, 支委, 报账员), after the source's 街道纪工委 case of a 村 whose "
        "支委 kept the 公墓 income alone, not handed to the 村报账员, the 村“两委”会 deciding it need not be booked "
        "(``专款专用``), the 三资代理服务中心, the 村监会主任: a title, ``姓　名 | … | 职　务 | …`` (the 职务 merged over two "
        "columns), a merged ``分管工作`` line, then 序号/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line giving the stars their levels and ``乡纪委监督电话：… | 持卡人签字：`` below",
        sheets, t,
    )  # fmt: skip


def zequhe_community_self_checks() -> dict:
    unit = f"{PLACE}壤柯镇则曲河社区居民委员会"
    t = _Truth(unit)
    people = [
        ("保障服务岗", "郦筠沚", [
            ("低保入户调查不实", "对申请低保家庭的收入、财产不入户核实，凭熟人关系出具调查意见", "岗位职责", "高",
             "入户调查两人以上，调查记录由申请人签字确认。"),
            ("优亲厚友", "在民主评议中为亲友说情、打招呼", "思想道德", "高", "评议小组成员与申请人有亲属关系的回避。"),
            ("动态管理不及时", "低保家庭收入增加后不及时报告调整，继续领取保障金", "业务流程", "中",
             "每季度复查，收入变化及时报镇民政办。"),
        ]),
        ("治安调解岗", "莘沛珣", [
            ("调解不公", "调解邻里、婚姻家庭纠纷时偏袒一方，收受当事人财物", "外部环境", "中",
             "调解两人以上参加，调解协议存档备查。"),
            ("隐瞒矛盾纠纷", "对排查出的矛盾纠纷不登记、不上报", "岗位职责", "低", "矛盾纠纷台账每周更新，上报镇综治中心。"),
        ]),
        ("计生和妇女工作岗", "斯郎拥措", [
            ("证明出具不严", "为不符合条件的居民出具婚育、家庭情况证明", "制度机制", "中", "证明出具实行登记、审批，留存复印件。"),
            ("慰问物资发放不公开", "“三八”节、困难妇女慰问物资发放不登记、不公示", "业务流程", "低",
             "慰问名单经居委会研究并在居务公开栏公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, points in people:
        sh = _Sheet(post, [6, 18, 38, 10, 8, 34])
        _line(sh, f"{unit}工作人员岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "工作岗位", post, "填表日期", "2024年5月")
        sh.add("序号", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
        for i, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, who, "general", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "社区党委书记审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zequhe_community_self_checks", "http://www.livelovelifegateway.com/tiku/shiti/7100607.html",
        "社区居民委员会 工作人员岗位廉政风险自查表, one sheet a person, each TAB the post, after the source's 社区居委会 posts "
        "(法律咨询, 保障服务, 治安调解, 环境卫生, 文化教育, 计划生育和妇女) and rules (居务公开, 服务承诺, 定期报告, 考核评议): a "
        "title, ``姓　名 | … | 工作岗位 | … | 填表日期 | 2024年5月`` in one row, then 序号/风险点 (short)/``表现形式`` (long)/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施; a blank row and ``自查人（签字）： | 社区党委书记审核：``",
        sheets, t,
    )  # fmt: skip


def gangmuda_ranger_checklist() -> dict:
    unit = f"{PLACE}岗木达乡"
    dept = "农牧综合服务中心"
    sh = _Sheet("排查表", [6, 14, 36, 13, 8, 34, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}村级草原管护员管理廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{dept}{GAP * 10}填报时间：2024年4月", 8)
    sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位", "责任人")
    chief, warden, clerk = (
        ("中心主任", "厍澈骁", "middle"), ("草原监理员", "戢岚枫", "general"), ("财务报账员", "栾琬蓁", "general"),
    )  # fmt: skip
    rows = [
        ("管护员选聘", "村委会推荐不公开，聘用亲友或不符合条件的人员", "思想道德风险", "高",
         "选聘条件、名额和结果在村务公开栏公示七天。", chief),
        ("管护员选聘", "审查把关不严，聘用不能胜任巡护的人员挂名领补助", "岗位职责风险", "中",
         "乡审查时逐人面谈，核实身体状况和居住地。", chief),
        ("签订目标责任书", "责任书管护区域、面积与草原承包图斑不符", "业务流程风险", "低",
         "责任书附管护区域图，报县林业和草原局备案。", warden),
        ("日常巡查考核", "巡查记录代填、补填，考核流于形式", "岗位职责风险", "中", "巡护轨迹上传管护平台，每月抽查。", warden),
        ("日常巡查考核", "发现超载过牧、非法占用草原不报告、不纠正", "外部环境风险", "高",
         "问题发现、报告、处置全程登记，乡每季度通报。", warden),
        ("核查放牧牲畜数量", "核查时收受牧户好处，少报超载牲畜数量", "外部环境风险", "中",
         "核查两人以上，核查结果由牧户签字确认。", warden),
        ("补助资金发放", "补助不按考核结果发放，平均发放或截留", "制度机制风险", "高",
         "补助按季度考核结果核发，直接打卡到人。", clerk),
        ("补助资金发放", "虚增管护员人数冒领补助", "思想道德风险", "高", "发放名册与县林业和草原局备案名册逐人核对。", clerk),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, typ, lv, measures, (post, who, tier)) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("排查人：", None, None, "中心主任（签字）：", None, None, "分管副乡长审核：", None)
    return _layout(
        "gangmuda_ranger_checklist", "http://117.156.67.38/mobile/zwgk-view/12343.html",
        "乡农牧综合服务中心 村级草原管护员管理廉政风险点排查表, after the source's 县 notice on 选聘村级草原管护员 (宣传, 日常巡查, "
        "监督落实禁牧, 超载过牧, 核查放牧牲畜数量, 2000元/人·年 补助, 村委会推荐, 乡镇审查聘用, 目标责任书, 县林草局备案): a title "
        "naming the 乡 and the 中心, a merged ``填报单位：…　填报时间：2024年4月`` line, then 序号/``工作环节`` merged/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施 and the holder LAST in ``责任岗位 | 责任人``; an 排查人/中心主任签字/"
        "分管副乡长审核 line",
        [sh], t,
    )  # fmt: skip


def wuyi_justice_office_groups() -> dict:
    unit = f"{PLACE}吾伊乡"
    dept = "司法所"
    sh = _Sheet("清单", [6, 14, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控清单", 6)
    sh.add("序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", "所长", "卞翀霈", "middle", [
            ("社区矫正", "社区矫正对象请假外出审批不严，违规批准", "岗位职责", "一级", "请假外出一律报县司法局审批，台账备查。"),
            ("法律援助初审", "为不符合条件人员出具法律援助初审意见", "制度机制", "二级", "初审材料清单化，经济困难证明逐项核实。"),
            ("经费使用", "人民调解“以案定补”经费发放不实", "业务流程", "二级", "补贴按县级审核的案件数发放，按季度公示。"),
        ]),
        ("二", "司法助理员", "暨沐岑", "general", [
            ("社区矫正", "对矫正对象脱管、漏管不报告，收受对象家属财物", "外部环境", "一级",
             "矫正对象电子定位，每周核查，拒收礼品登记。"),
            ("安置帮教", "刑满释放人员帮扶资金发放不公开", "业务流程", "三级", "帮扶对象和金额经所务会研究并公示。"),
            ("法治宣传", "法治宣传资料印制虚报数量", "思想道德", "三级", "宣传资料按实发放，领用签字。"),
        ]),
        ("三", "专职人民调解员", "宦泠羲", "general", [
            ("人民调解", "调解中偏袒一方，收受当事人好处", "外部环境", "二级", "调解两人以上，调解协议当事人签字确认。"),
            ("调解卷宗", "虚报调解案件数量套取补贴", "思想道德", "二级", "卷宗所长逐件审核，县司法局抽查回访。"),
        ]),
    ]  # fmt: skip
    n = 0
    for num, post, who, tier, points in groups:
        _line(sh, f"{num}、{post}（责任人：{who}）", 6)
        for step, point, typ, lv, measures in points:
            n += 1
            sh.add(n, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 6)
    sh.add("所长（签字）：", None, None, "乡纪委审核：", None, "2024年5月")
    return _layout(
        "wuyi_justice_office_groups", "https://cjzw.cn/a40/lrh73.html",
        "乡司法所 廉政风险防控清单, after the source's 市司法局 on its 基层司法所 and 司法助理员 (人民调解, 法制宣传, 法律服务, "
        "两劳帮教): a title naming the 乡 and the 所, then 序号/``工作事项``/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施 under group rows ``一、所长（责任人：…）``, ``二、司法助理员（责任人：…）``, ``三、专职"
        "人民调解员（责任人：…）`` merged across (no 岗位 or 姓名 column); a ``注：`` line on the levels and a 所长签字/乡纪委"
        "审核/date line",
        [sh], t,
    )  # fmt: skip


def shili_sanzi_center_list() -> dict:
    unit = f"{PLACE}石里乡"
    dept = "农村集体“三资”委托代理服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 20, 36, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施", "备注")
    people = [
        ("中心主任", "羿渟晟", "middle", [
            ("代理记账审核不严", "对村报账员送交的原始凭证不问来龙去脉，只“记死账”", "Ⅰ级",
             "凭证审核对照村级预算和村民代表会议决议。", None),
            ("违规调度村级资金", "未经村民代表会议同意，调用村集体资金垫付乡级开支", "Ⅰ级",
             "村级资金分村单列账户，调用须村民代表会议决议。", None),
        ]),
        ("代理会计", "弓槿宥", "general", [
            ("凭证审核不严", "白条、无经手人和村务监督委员会签字的票据入账", "Ⅱ级", "票据要素不全的一律退回。", None),
            ("账目公开不及时", "村级财务收支明细不按季度公开", "Ⅲ级", "每季度首月10日前交村公开，留存照片。", None),
            ("泄露村级财务信息", "向无关人员提供村级账目和农户补偿信息", "Ⅲ级", "查阅账目登记，未经批准不得复制。", "兼管网络报账系统"),
        ]),
        ("资金会计", "庹芊屿", "general", [
            ("资金支付不按审批", "未经村党支部书记和村务监督委员会主任签字即支付", "Ⅰ级", "支付凭双签审批单，网银分人操作。", None),
            ("村级账户管理混乱", "村集体资金转入个人账户或多头开户", "Ⅰ级", "村级资金统一在代理服务中心开户，每月对账。", "即出纳"),
        ]),
        ("档案管理员", "妫晔汀", "general", [
            ("会计档案保管不善", "村级凭证、账簿丢失或被抽换", "Ⅲ级", "档案按村按年装订，借阅审批登记。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for point, desc, lv, measures, note in points:
            n += 1
            sh.add(n, post, who, point, desc, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "中心主任（签字）：", None, None, "填报日期：2024年5月", None)
    return _layout(
        "shili_sanzi_center_list", "http://www.handmsg.com/page/2017/0411/21092807.shtml",
        "乡农村集体“三资”委托代理服务中心 岗位廉政风险防控一览表, after the source's essay on 农村“三资”委托代理 (乡镇三资中心, "
        "村会计 replaced by one 报账员, 代理 only ``记死账``, 主体不明、职责不清): a title naming the 乡 and the 中心, then 序号/"
        "岗位 and 姓名 merged per person/风险点 (short)/``风险描述`` (long)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (兼管网络"
        "报账系统, 即出纳); no type column; a blank row and a 填表人/中心主任签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rongmuda_finance_page_header(),
    zhongrangtang_town_list(),
    dukehe_village_power_list(),
    zhaxikang_village_cards(),
    zequhe_community_self_checks(),
    gangmuda_ranger_checklist(),
    wuyi_justice_office_groups(),
    shili_sanzi_center_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (bordered 宋体 cells, taller rows for Alt+Enter) plus what a sheet's
    ``page`` asks for: a page header and footer, print title rows, landscape A4."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 6, 3, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        page = sheet.get("page") or {}
        ws.set_landscape()
        ws.set_paper(9)
        if page.get("header"):
            ws.set_header(page["header"])
        if page.get("footer"):
            ws.set_footer(page["footer"])
        if page.get("repeat_rows") is not None:
            ws.repeat_rows(page["repeat_rows"])
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch250-inbox"))
