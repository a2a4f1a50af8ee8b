"""The two-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 村/社区 and
站所, 甘孜县 — the 觉日乡's own 一览表, the 达扎镇's 财政所, the 格龙乡's 林业站, the 仁达镇's 畜牧兽医站, the
卡龙镇司法所, the 色曲乡协德村 and the 雄坝乡俄热村, and the 多康镇格萨社区 — each handing back the 一览表,
排查表, 清单, 自查表 or 防控卡 its staff typed in WPS or Excel, the rows about 一签三审, 惠民补贴“一卡通”,
村级财务公开, “一事一议”, 公益林管护, 强制免疫, 调解卷宗, 社区公益事业专项补助资金 and 生态护林员选聘:

- the 达扎镇财政所's 排查表 under a ``单位：…　排查时间：…`` line: ``岗位`` and ``姓名`` merged per person, a
  short ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, no type column, an
  ``排查人： | 所长（签字）：`` line;
- the 协德村's 小微权力 清单: ``权力事项`` merged down, ``责任岗位`` and ``责任人`` written on every row, a
  ``廉洁风险点``, ``一级/二级/三级``, no type column, a ``监督主体`` column (a body, no person), the 村党支部
  and 村务监督委员会 seals and a date below;
- the 格龙乡林业站's 防控卡, one sheet a holder (tabs 站长, 林业员, 管护专干): ``持卡人 | … | 岗位 | … |
  所在单位 | 格龙乡林业站`` in one row, short types, 高/中/低, ``持卡人签字：`` and ``监督电话：…`` below;
- the 仁达镇畜牧兽医站's 自查表, one sheet a person (tabs 站长, 防疫员, 检疫员): ``姓名 | 性别 | 民族 | 职务 |
  联系电话`` over a row of values, ``自查风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, a
  ``自查情况`` column, ``自查人（签字）： | 审核：`` below;
- the 卡龙镇司法所's 一览表: ``岗位`` and ``责任人`` merged per person, a ``工作事项`` column before the
  ``风险点``, short types, ``高风险/中风险/低风险``, a ``注：`` line and an 填表人/所长 line;
- the 格萨社区's 一览表: a ``风险等级：★★★高风险　★★中风险　★低风险`` line under the title, ``岗位`` and
  ``姓名`` merged per person, ``…风险`` types, ``★★★/★★/★``, a 填表人/书记签字 line;
- the 俄热村's “两委”干部 排查表 under a ``填报单位：…　填报时间：…`` line: ``姓名`` BEFORE ``职务``, both
  merged per person, short types, 高/中/低, an ``排查人： | 村党支部（盖章）`` line.

One is harder:

- ``township_dropdown_lists``: the 觉日乡's ordinary 一览表 (``附件1``, a ``填报单位（盖章）：…　填报时间：…``
  line, ``站所（部门）`` merged, ``岗位``, ``岗位类别`` and ``姓名`` merged per person, ``…风险`` types,
  高/中/低, a 填表人/审核人/乡纪委 line), sent back in the county's TEMPLATE WORKBOOK WITH DROP-DOWN LISTS: its
  ``站所（部门）``, ``岗位``, ``岗位类别``, ``风险类型`` and ``风险等级`` cells carry data validations whose
  lists stand on a second, visible sheet ``下拉选项`` — five columns under a heading ``站所（部门） | 岗位 |
  岗位类别 | 风险类型 | 风险等级``, each column a list of its own, of its own length (seven 站所, nine posts,
  three 岗位类别, the five ``…风险`` types, ``高/中/低``), the rows of that sheet pairing values that have
  nothing to do with each other (``乡领导班子 | 党委书记 | 领导岗位 | 思想道德风险 | 高``). The README's
  读得懂的表 knows a blank ``模板`` sheet beside a filled one, a ``填表说明`` sheet that reads levels or type
  codes, a ``职权目录`` sheet keyed by code, a roster on another sheet; it does not describe the sheet a
  template's drop-down lists are drawn from.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇's 重大支出集体上会研究, its “一签三审”
— 经办人, 会计, 财务支出监审小组组长, 分管财务的负责人 — and its 政务财务公示 of 惠农强农资金 and 转移支付经费; a
县's 乡镇财政资金监管 — 惠民补贴, “一卡通”, 村级“三资”, 虚报冒领, 超限额支出, 预算一体化系统; a 镇's 村级财务
公开 — 财务公开栏, “一事一议”, 惠民政策兑现, 离任干部经济责任审计; the 基层林业站 and its 公益林管护 — 管护
责任合同, 乱砍滥伐, 管护资金; a 镇畜牧兽医服务中心's 春季强制免疫 with 村级防疫员, “户不漏畜、畜不漏针”; a
县纪委监委 on a 镇司法所's 人民调解 — 调解卷 not signed by the parties, no 手印, 口头调解; a 社区's 公益事业专项
补助资金, 社区党建经费 and 居民事务公开; a 村's 生态护林员 policy — 选聘公告, 申报, 村两委初审, 公示, 一户一人,
no 重复 with other 公益性岗位, 劳务报酬, 意外伤害保险, 年度考核续聘) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, and Tibetan names, as a 甘孜 county's staff carry them); every unit
is a body of 甘孜县 (its 乡镇, 村 and 社区 — 觉日乡, 达扎镇, 色曲乡协德村, 格龙乡, 仁达镇, 多康镇格萨社区, 卡龙镇,
雄坝乡俄热村 — invented).

Run ``python tests/published/score.py --set batch254`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 乡镇's own 站/所 (财政所, 林业站, 畜牧兽医站) is a part of the 乡镇, as batches 72, 163 and 228 took
  them: in a file of one 站/所 the unit is the 乡镇 (``甘孜县达扎镇``), the department the 站/所 as the
  title writes it (``财政所``); the 司法所 (the county 司法局's body in the 镇) is a unit of its own, as
  batches 45 and 72 took it; a 村 and a 社区 are units with no 科室;
- in the 觉日乡's 一览表 ``乡领导班子`` is the 科室 of the 乡's leaders, the 办, 所 and 中心 its 科室; the
  ``下拉选项`` sheet holds no point and no form, and ``岗位类别`` (领导岗位/中层岗位/一般岗位) is no post;
- 党委书记, 乡长, 副乡长, 村党支部书记, 村委会主任, 社区党支部书记, 居委会主任 and the 司法所's 所长 are
  leaders; 主任 of a 乡's 办 or 中心, 所长 and 站长 of its 站/所, 村委会副主任, 村务监督委员会主任 and
  居委会副主任 middle; the rest (会计, 专管员, 代理会计, 村文书, 报账员, 林业员, 管护专干, 防疫员, 检疫员,
  司法助理员, 专职调解员, 社区矫正专干, 网格员, 民政专干) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``权力事项``, ``工作事项``, ``监督主体``,
  ``自查情况`` answers, legend lines and ``注：`` lines are no points;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险`` and
  ``★★★/★★/★`` (by the line above the table) are 1/2/3;
- the 俄热村's 一肩挑 post is kept as written, ``村党支部书记、村委会主任``.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus the data validations a sheet lists) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b254_"
PLACE = "甘孜县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, wrapped cells, taller rows for Alt+Enter) plus the list
    validations a sheet names under ``validations``: (first_row, col, last_row, source)."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 10, 8, 9, 0, 0), "author": "Administrator"})
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
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r0, c, r1, source in sheet.get("validations", ()):
            ws.data_validation(r0, c, r1, c, {"validate": "list", "source": source,
                                              "ignore_blank": True})  # fmt: skip
    wb.close()
    return path


# --------------------------------------------------------------------------- harder layout

# the county template's drop-down lists, as the 乡 filled them in (each column its own list)
LISTS = {
    "站所（部门）": ["乡领导班子", "党政综合办公室", "财政所", "社会事务办", "农牧综合服务中心", "平安法治办",
                  "乡村振兴办"],
    "岗位": ["党委书记", "乡长", "副乡长", "主任", "所长", "会计", "出纳", "民政专干", "工作人员"],
    "岗位类别": ["领导岗位", "中层岗位", "一般岗位"],
    "风险类型": ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险"],
    "风险等级": ["高", "中", "低"],
}  # fmt: skip
TIER_WORDS = {"leader": "领导岗位", "middle": "中层岗位", "general": "一般岗位"}

# (站所（部门）, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
TOWNSHIP = [
    ("乡领导班子", "党委书记", "缑岫苒", "leader", [
        ("重大支出、项目安排未经党委会集体研究，个人说了算", "制度机制风险", "高",
         "严格执行“三重一大”集体决策，重大支出上会研究，表决过半方可实施。"),
        ("干部选任、评先评优中优亲厚友", "思想道德风险", "中", "选任、评优条件和结果公示，接受干部群众监督。"),
    ]),
    ("乡领导班子", "乡长", "降拥翁姆", "leader", [
        ("惠农强农资金和转移支付经费使用不公示，擅自调整用途", "岗位职责风险", "高",
         "资金使用方案经乡党政联席会议研究，在乡村公示栏张榜公布。"),
        ("小型工程发包化整为零，指定施工队伍", "业务流程风险", "高", "工程发包按限额进入县公共资源交易平台，纪委全程监督。"),
    ]),
    ("乡领导班子", "副乡长", "郜沚蘅", "leader", [
        ("审签支出时不看原始凭证，“一签三审”走过场", "业务流程风险", "中",
         "严格执行经办人签注、会计初审、监审小组组长审核、分管领导审签“一签三审”。"),
    ]),
    ("党政综合办公室", "主任", "仝骞岚", "middle", [
        ("公务接待超标准、无公函接待", "制度机制风险", "中", "接待实行公函和清单制度，每月公示接待费用。"),
        ("办公用品采购不询价，虚开发票", "思想道德风险", "低", "采购三家询价，验收和报账分人办理。"),
    ]),
    ("财政所", "所长", "綦澈宁", "middle", [
        ("财务支出监审小组审核流于形式，违规支出不拒付", "岗位职责风险", "高",
         "监审意见逐笔签注，违规支出一律退回并报乡纪委。"),
        ("村级转移支付资金拨付不及时或截留", "外部环境风险", "中", "拨付进度按月公示，村级资金专户管理。"),
    ]),
    ("财政所", "会计", "阚箬泠", "general", [
        ("原始凭证审核不严，白条入账", "岗位职责风险", "中", "凭证经办人、证明人签字齐全方可入账，月底自查。"),
    ]),
    ("社会事务办", "民政专干", "呷绒曲珍", "general", [
        ("低保、临时救助对象评议把关不严，人情保、关系保", "外部环境风险", "高",
         "救助对象入户调查、民主评议、乡村两级公示。"),
        ("救助资金发放台账与“一卡通”数据不核对", "业务流程风险", "低", "发放数据每季度与财政所核对，差异查明原因。"),
    ]),
    ("农牧综合服务中心", "主任", "酆霁峤", "middle", [
        ("草原补奖、种粮补贴面积核实不准，虚报冒领", "岗位职责风险", "高",
         "补贴面积入户核实，村级公示七天，数据留痕备查。"),
    ]),
]  # fmt: skip


def township_dropdown_lists() -> dict:
    unit = f"{PLACE}觉日乡"
    sh = _Sheet("一览表", [6, 14, 10, 10, 10, 38, 14, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}人民政府{GAP * 10}填报时间：2024年10月", 9)
    head = ("序号", "站所（部门）", "岗位", "岗位类别", "姓名", "廉政风险点", "风险类型", "风险等级",
            "防控措施")  # fmt: skip
    sh.add(*head)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in TOWNSHIP:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, TIER_WORDS[tier], who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "乡纪委（盖章）：", None, None)

    lists = _Sheet("下拉选项", [16, 10, 10, 14, 10])
    cols = list(LISTS)
    lists.add(*cols)
    for i in range(max(len(v) for v in LISTS.values())):
        lists.add(*(LISTS[c][i] if i < len(LISTS[c]) else None for c in cols))
    data = [sh.data(), lists.data()]

    def source(col: str) -> str:
        letter = "ABCDE"[cols.index(col)]
        return f"='下拉选项'!${letter}$2:${letter}${len(LISTS[col]) + 1}"

    data[0]["validations"] = [(first, head.index(col), last, source(col)) for col in cols]
    return {
        "name": "township_dropdown_lists",
        "source": "http://8.134.116.66:6068/Content-1208692.html",
        "what": "(harder) 县觉日乡 岗位廉政风险防控一览表, after the source's 镇 (重大支出项目集体上会研究, the “一签三审” of "
        "经办人, 会计, 财务支出监审小组组长 and 分管财务的负责人, 政务财务公示 of 惠农强农资金 and 转移支付经费): ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…人民政府　填报时间：2024年10月`` line, then 序号/``站所（部门）`` merged (乡领导"
        "班子, 党政综合办公室, 财政所, 社会事务办, 农牧综合服务中心)/岗位, ``岗位类别`` and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施, a blank row and a 填表人/审核人/乡纪委（盖章） line — in the county's "
        "template workbook with DROP-DOWN LISTS: the 站所, 岗位, 岗位类别, 风险类型 and 风险等级 cells validated against "
        "lists on a second, visible sheet ``下拉选项`` (``站所（部门） | 岗位 | 岗位类别 | 风险类型 | 风险等级`` over five "
        "independent lists of different lengths, its rows pairing unrelated values)",
        "sheets": data,
        "truth": t.data(),
    }


# --------------------------------------------------------------------------- ordinary layouts


def finance_office_checklist() -> dict:
    town = f"{PLACE}达扎镇"
    sh = _Sheet("排查表", [6, 14, 10, 16, 36, 8, 34])
    t = _Truth(town)
    _line(sh, f"{town}财政所廉政风险点排查表", 7)
    _line(sh, f"单位：达扎镇财政所{GAP * 12}排查时间：2024年9月", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所长", "濮蓥杉", "middle", [
            ("惠民补贴审核", "对村上报的惠民惠农补贴名册不复核，致使不符合条件人员享受补贴", "Ⅰ级",
             "补贴名册抽查比例不低于20%，审核意见签字留痕。"),
            ("资金拨付审批", "工程项目资金不按进度拨付，提前支付或超合同支付", "Ⅰ级",
             "拨付凭验收单和进度报告，镇分管领导复核。"),
            ("预算执行", "超限额、超范围支出不拒付，擅自调整预算", "Ⅱ级", "支出全部纳入预算一体化系统，超预算支出一律退回。"),
        ]),
        ("会计", "隗蕖澄", "general", [
            ("会计核算", "虚列支出，以拨代支，账实不符", "Ⅱ级", "会计凭证月底交叉复核，年度接受县财政局检查。"),
            ("票据管理", "收取非税收入不开票或开具作废票据截留资金", "Ⅱ级", "票据领用登记，收入当日缴入国库。"),
        ]),
        ("“一卡通”专管员", "洛绒生龙", "general", [
            ("一卡通发放", "擅自变更补贴对象银行账户，虚报冒领补贴资金", "Ⅰ级",
             "账户变更须本人申请、村委会证明，系统自动比对身份信息。"),
            ("数据比对", "对系统预警的重复享受、死亡人员享受数据不核查", "Ⅲ级", "预警数据逐条核查销号，结果报所长审签。"),
        ]),
        ("村级代理会计", "郏璇岑", "general", [
            ("村级“三资”代理记账", "为村干部白条报账、先支后批提供便利", "Ⅱ级", "村级报账实行联审联签，不合规票据一律拒收。"),
            ("资产资源台账", "村集体资产出租收入不入账，台账与合同不符", "Ⅲ级", "资产台账每半年与合同、收款凭证核对一次。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, desc, lv, measures)
            t.point(sh.name, "财政所", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三级。", 7)
    sh.add("排查人：", None, None, "所长（签字）：", None, None, None)
    return _layout(
        "finance_office_checklist", "http://www.kaijiang.gov.cn/xxgk-show-78677.html",
        "县达扎镇财政所 廉政风险点排查表, after the source's 县 乡镇财政资金监管 (惠民补贴, “一卡通”, 村级“三资”, 虚报冒领, "
        "超限额支出, 预算一体化系统): a title, a merged ``单位：达扎镇财政所　排查时间：2024年9月`` line, then 序号/岗位 and 姓名 "
        "merged per person/short 风险点/long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line on "
        "the levels and ``排查人： | 所长（签字）：``",
        [sh], t,
    )  # fmt: skip


def village_power_list() -> dict:
    unit = f"{PLACE}色曲乡协德村"
    sh = _Sheet("清单", [6, 14, 16, 10, 38, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉洁风险防控清单", 8)
    sh.add(
        "序号", "权力事项", "责任岗位", "责任人", "廉洁风险点", "风险等级", "防控措施", "监督主体"
    )
    sec, head_ = ("村党支部书记", "leader"), ("村委会主任", "leader")
    clerk, acct = ("村文书", "general"), ("报账员", "general")
    watch = ("村务监督委员会主任", "middle")
    who = {sec: "佴绡川", head_: "益西土登", clerk: "闵竺蕤", acct: "四郎登珍", watch: "扈樾丞"}
    rows = [
        ("村务财务公开", sec, "公开栏内容不全，收支明细只公开总数", "二级", "每月10日前逐笔公开收支，群众可查询凭证。",
         "村务监督委员会"),
        ("村务财务公开", clerk, "惠民政策兑现情况公开不及时、不准确", "三级", "兑现结果当月张榜，公示期不少于7天。",
         "村务监督委员会"),
        ("“一事一议”筹资筹劳", head_, "议事不经村民代表会议表决，擅自扩大筹资范围", "一级",
         "方案经村民代表会议三分之二以上通过，报乡备案。", "乡纪委"),
        ("“一事一议”筹资筹劳", acct, "筹集资金不入村集体账户，坐收坐支", "一级", "筹资款当日存入乡代管专户，收据统一印制。",
         "乡财政所"),
        ("村级财务报账", acct, "以白条、收据代替发票报账", "二级", "报账凭证经民主理财小组审核签字。", "村务监督委员会"),
        ("村级财务报账", sec, "大额支出先支后批，个人签批", "一级", "5000元以上支出经村“两委”集体研究并报乡审核。",
         "乡纪委"),
        ("惠民政策兑现", head_, "低保、补贴对象评议中优亲厚友", "一级", "评议对象入户核查，评议结果公示，亲属回避。",
         "乡纪委"),
        ("离任经济责任审计", watch, "对离任村干部审计发现的问题不跟踪、不报告", "三级",
         "审计问题建立整改台账，整改结果向村民代表通报。", "乡纪委"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, post, point, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, matter, post[0], who[post], point, lv, measures, watcher)
        t.point(sh.name, "", post[0], who[post], post[1], point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("村党支部（盖章）", None, None, "村务监督委员会（盖章）", None, None, "2024年8月", None)
    return _layout(
        "village_power_list", "http://www.zxxww.com/show-13-34913-1.html",
        "县色曲乡协德村 村级小微权力廉洁风险防控清单, after the source's 镇 村级财务管理 (财务公开栏, 一事一议, 惠民政策兑现, "
        "离任干部经济责任审计): a title, then 序号/``权力事项`` merged down/``责任岗位`` and ``责任人`` written on every row (a "
        "person's rows apart)/廉洁风险点/风险等级 ``一级/二级/三级``/防控措施/``监督主体`` (村务监督委员会, 乡纪委, 乡财政所 — "
        "bodies); no type column; a blank row and the 村党支部 and 村务监督委员会 seals with ``2024年8月``",
        [sh], t,
    )  # fmt: skip


def gelong_forestry_cards() -> dict:
    township = f"{PLACE}格龙乡"
    t = _Truth(township)
    cards = [
        ("站长", "嵇汶棠", "站长", "middle", [
            ("公益林管护责任合同签订不规范，管护面积虚报", "岗位职责", "高", "管护合同逐村逐户签订，面积与区划数据核对。"),
            ("生态效益补偿资金分配不公开", "制度机制", "高", "补偿资金分配方案公示，报乡党委会研究。"),
            ("林木采伐现场查验把关不严", "业务流程", "中", "查验两人以上，现场拍照定位并存档。"),
        ]),
        ("林业员", "呷玛志玛", "林业员", "general", [
            ("巡查中发现乱砍滥伐不制止、不报告", "思想道德", "中", "巡查轨迹上传，发现问题当日报站长。"),
            ("收受林木经营户好处，放宽采伐限额", "外部环境", "高", "采伐限额网上公开，签订廉洁承诺书。"),
        ]),
        ("管护专干", "弓澍棻", "公益林管护专干", "general", [
            ("护林员考核打分不实，不合格人员照发补助", "岗位职责", "中", "考核计分每月公示，站长抽查复核。"),
            ("护林员请假、缺岗不登记", "制度机制", "低", "请假实行书面审批，缺岗记录纳入考核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 12, 10, 34, 14])
        _line(sh, f"{township}林业站岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗位", post, "所在单位", "格龙乡林业站")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, "林业站", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, "年　月　日", None, "监督电话：0836-7522318", None)
        sheets.append(sh)
    return _layout(
        "gelong_forestry_cards", "http://m.handmsg.com/page/2021/0917/8859480.shtml",
        "县格龙乡林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 林业员, 管护专干), after the source's 基层林业站 "
        "and its 公益林管护 (管护责任合同, 乱砍滥伐, 管护资金): a title, ``持卡人 | … | 岗位 | … | 所在单位 | 格龙乡林业站`` in one "
        "row, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over two columns); a blank row and "
        "``持卡人签字： | 年　月　日 | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def vet_station_self_checks() -> dict:
    town = f"{PLACE}仁达镇"
    t = _Truth(town)
    people = [
        ("站长", "檀岷洵", "男", "汉族", "站长", "middle", "139****2716", [
            ("疫苗领用、分发台账不实，疫苗私自变卖", "制度机制风险", "一级风险", "疫苗出入库双人登记，每月盘点。",
             "未发现问题"),
            ("强制免疫密度数据虚报", "岗位职责风险", "一级风险", "免疫数据抽查回访，与耳标、免疫卡核对。", "未发现问题"),
            ("村级防疫员劳务补助发放不按考核结果", "业务流程风险", "二级风险", "补助按考核结果发放并公示。", "已整改"),
        ]),
        ("防疫员", "格绒邓珠", "男", "藏族", "动物防疫员", "general", "138****0593", [
            ("春秋防疫“户不漏畜、畜不漏针”落实不到位，漏免后补记录", "岗位职责风险", "二级风险",
             "免疫记录当场填写，养殖户签字确认。", "未发现问题"),
            ("向养殖户收取耳标、免疫费用", "思想道德风险", "一级风险", "耳标、疫苗免费发放政策入户宣传，公布举报电话。",
             "未发现问题"),
        ]),
        ("检疫员", "庾沄翎", "女", "汉族", "动物检疫员", "general", "135****8841", [
            ("不到场检疫即出具检疫证明", "业务流程风险", "一级风险", "检疫证明电子出证，现场定位拍照。", "未发现问题"),
            ("接受贩运户宴请，对未佩戴耳标牲畜放行", "外部环境风险", "二级风险", "检疫两人以上，签订廉洁承诺书。",
             "未发现问题"),
            ("检疫证明保管不严，空白证明外流", "制度机制风险", "三级风险", "证明专柜保管，领用登记编号。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, post, tier, phone, points in people:
        sh = _Sheet(tab, [6, 36, 14, 10, 32, 12])
        _line(sh, f"{town}畜牧兽医站岗位廉政风险自查表", 6)
        sh.add("姓名", "性别", "民族", "职务", "联系电话", None)
        sh.add(who, sex, nation, post, phone, None)
        sh.add("序号", "自查风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "畜牧兽医站", post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "审核：", None, None)
        sheets.append(sh)
    return _layout(
        "vet_station_self_checks", "http://m-huangshifb.cjyun.org/p/202923.html",
        "县仁达镇畜牧兽医站 岗位廉政风险自查表, one sheet a person (tabs 站长, 防疫员, 检疫员), after the source's 镇畜牧兽医"
        "服务中心 (春季强制免疫, 村级防疫员, “户不漏畜、畜不漏针”): a title naming the 站, ``姓名 | 性别 | 民族 | 职务 | 联系电话`` "
        "over a row of values, then 序号/``自查风险点``/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/"
        "``自查情况`` (``未发现问题``, ``已整改``); a blank row and ``自查人（签字）： | 审核：``",
        sheets, t,
    )  # fmt: skip


def justice_office_list() -> dict:
    unit = f"{PLACE}卡龙镇司法所"
    sh = _Sheet("一览表", [6, 12, 10, 14, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "责任人", "工作事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "桓沛珩", "leader", [
            ("人民调解", "调解卷宗审核不严，虚报调解案件骗取“以奖代补”资金", "制度机制", "高风险",
             "调解卷宗逐卷审核，抽取当事人电话回访。"),
            ("所务管理", "办公经费使用不按规定审批", "岗位职责", "中风险", "经费支出经镇财政所审核，按季公示。"),
        ]),
        ("专职调解员", "泽郎拥措", "general", [
            ("人民调解", "调解卷中当事人未签字、按手印，代签代填", "业务流程", "高风险",
             "调解协议当场签字按印，卷宗所长审签。"),
            ("人民调解", "口头调解补做书面卷宗，编造纠纷", "思想道德", "高风险", "口头调解只作登记，不计入以奖代补。"),
        ]),
        ("社区矫正专干", "乜澜筠", "general", [
            ("社区矫正", "对矫正对象请假、外出审批把关不严", "岗位职责", "中风险", "请假外出实行审批登记，定位核查。"),
            ("社区矫正", "收受矫正对象家属财物，考核打分放水", "外部环境", "中风险", "考核结果集体评议，签订廉洁承诺。"),
        ]),
        ("司法助理员", "羿璟沅", "general", [
            ("法律援助", "法律援助申请初审把关不严，为不符合条件者出具意见", "岗位职责", "低风险",
             "经济困难证明入户核实，初审意见所长复核。"),
            ("安置帮教", "帮教对象信息录入不实，漏管脱管", "业务流程", "低风险", "帮教信息每月与公安核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for matter, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, matter, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：本表由司法所填报，报县司法局、镇纪委备案。", 8)
    sh.add("填表人：", None, None, "所长（签字）：", None, None, "2024年9月", None)
    return _layout(
        "justice_office_list", "https://08792.net/x/l=59-d=1430.html",
        "县卡龙镇司法所 廉政风险防控一览表, after the source's 县纪委监委 on a 镇司法所's 人民调解 (调解卷 with signatures not the "
        "parties' own and no 手印, 口头调解, 村调解委员会): a title, then 序号/岗位 and 责任人 merged per person/``工作事项`` "
        "(人民调解, 所务管理, 社区矫正, 法律援助, 安置帮教)/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a ``注：`` line and a 填表人/所长签字/date line",
        [sh], t,
    )  # fmt: skip


def community_list() -> dict:
    unit = f"{PLACE}多康镇格萨社区"
    sh = _Sheet("一览表", [6, 14, 10, 38, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"风险等级：★★★高风险{GAP}★★中风险{GAP}★低风险", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党支部书记", "沃岑蔚", "leader", [
            ("社区公益事业专项补助资金未按项目管理，挪作办公经费", "制度机制风险", "★★★",
             "补助资金专款专用，项目经居民代表会议确定。"),
            ("社区党建经费用于工作人员外出考察", "思想道德风险", "★★", "党建经费开支清单报镇党委审核。"),
        ]),
        ("居委会主任", "仁青向秋", "leader", [
            ("购买服务项目指定承接方", "业务流程风险", "★★★", "承接方公开比选，结果在社区公示。"),
            ("居民事务公开不逐笔公开", "岗位职责风险", "★★", "收支逐笔公开，每季度一次。"),
        ]),
        ("居委会副主任", "胥芃漪", "middle", [
            ("城市低保、廉租住房申请入户调查不实", "岗位职责风险", "★★★", "入户调查两人以上，调查结果居民评议。"),
        ]),
        ("报账员", "逯蕴岚", "general", [
            ("报账凭证审核不严，虚列活动支出", "制度机制风险", "★★", "活动支出附签到表、照片，报镇财政所审核。"),
            ("现金收支不及时入账", "业务流程风险", "★", "现金日清月结，库存现金不超过限额。"),
        ]),
        ("网格员", "呷绒江措", "general", [
            ("出具居住、困难等证明不核实", "外部环境风险", "★★", "证明出具实行登记，书记审签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "社区党支部书记（签字）：", None, "日期：", None)
    return _layout(
        "community_list", "http://bedheadsoftware.com/index.php/html/11-7595.html",
        "县多康镇格萨社区 岗位廉政风险防控一览表, after the source's 社区 反腐倡廉 reader (社区公益事业专项补助资金 专款专用 and "
        "项目管理, 社区党建经费, 居民事务公开 逐笔公开, not for 人员经费、办公经费、外出学习考察): a title, a merged ``风险等级：★★★"
        "高风险　★★中风险　★低风险`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a blank row and a 填表人/社区党支部书记签字/日期 line",
        [sh], t,
    )  # fmt: skip


def village_ranger_checklist() -> dict:
    unit = f"{PLACE}雄坝乡俄热村"
    sh = _Sheet("排查表", [6, 10, 22, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部廉政风险点排查表", 7)
    _line(sh, f"填报单位：俄热村党支部{GAP * 10}填报时间：2024年7月", 7)
    sh.add("序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("卞岚翊", "村党支部书记、村委会主任", "leader", [
            ("生态护林员选聘不发公告，内定人选", "制度机制", "高", "选聘公告张贴七天，名额、条件、程序一并公开。"),
            ("同一户安排两人担任生态护林员、草原管护员", "岗位职责", "高", "选聘名单与公益性岗位名单逐户比对。"),
        ]),
        ("鄢湄钧", "村委会副主任", "middle", [
            ("申报材料初审不实，为外出务工人员申报", "业务流程", "中", "村“两委”集体初审，初审意见公示。"),
            ("护林员年度考核走过场，不合格照常续聘", "岗位职责", "中", "考核结果报乡林业站复核，公示后续聘。"),
        ]),
        ("洛绒翁加", "村文书", "general", [
            ("劳务报酬发放花名册与实际在岗人员不符", "思想道德", "高", "花名册由乡财政所“一卡通”直接发放，按月核对。"),
        ]),
        ("郗鸾漳", "村务监督委员会主任", "middle", [
            ("对选聘、公示环节监督不到位", "外部环境", "低", "全程参与选聘，监督意见书面存档。"),
            ("对意外伤害保险、简易装备购置不监督", "业务流程", "低", "装备、保险购置清单向村民公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, post, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 2, 1)
    sh.add("排查人：", None, None, "村党支部（盖章）", None, None, None)
    return _layout(
        "village_ranger_checklist", "http://117.156.67.38/zwgk-view/23074.html",
        "县雄坝乡俄热村 “两委”干部廉政风险点排查表, after the source's 村务公开 of the 生态护林员 policy (选聘公告, 申报, 村两委"
        "初审, 公示, 一户一人, no overlap with other 公益性岗位, 劳务报酬, 简易装备 and 意外伤害保险, 年度考核续聘): a title, a "
        "merged ``填报单位：俄热村党支部　填报时间：2024年7月`` line, then 序号/``姓名`` BEFORE ``职务``, both merged per person"
        " (the 一肩挑 post ``村党支部书记、村委会主任``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; an "
        "``排查人： | 村党支部（盖章）`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_dropdown_lists(),
    finance_office_checklist(),
    village_power_list(),
    gelong_forestry_cards(),
    vet_station_self_checks(),
    justice_office_list(),
    community_list(),
    village_ranger_checklist(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch254-inbox"))
