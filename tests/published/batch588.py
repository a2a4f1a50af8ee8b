"""The five-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管 and
药品 bodies, 康乐县 (of 临夏回族自治州, 甘肃) — its 市场监督管理局, 食品药品检验检测中心, 消费者权益保护中心,
特种设备检验站 and 计量检定测试所 and the 市场监督管理所 of three of its towns (苏集, 虎关, 草滩) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 食品药品检验检测中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 消费者权益保护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 特种设备检验站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 苏集市场监督管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、综合执法组`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 虎关市场监督管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 草滩市场监督管理所's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 计量检定测试所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``kangle_market_bureau_compact_pivot``: the 市场监督管理局's 岗位廉政风险点统计, which its 办公室 drew up
  as an Excel DATA PIVOT TABLE (数据透视表) over the 排查 records in Excel's DEFAULT layout
  ``以压缩形式显示`` (compact form) and pasted into the workbook it sent. Under a title and the
  report filter ``排查年度 | 2025年`` and a blank row, the corner row ``计数项:廉政风险点 | 列标签`` stands
  over the field row ``行标签 | 一级 | 二级 | 三级 | 总计``; then ALL FOUR ROW FIELDS SHARE THE ONE
  ``行标签`` COLUMN: a 科室 item (``局领导``, ``注册许可股`` …) on a row of its own, under it each post
  (``局长``, ``股长`` …) on a row of its own, under that each holder's name on a row of its own, and
  under the name the holder's 风险点, one a row — told apart only by the cell's INDENT (0, 1, 2, 3
  steps, as the pivot formats it) and by what they say; every item row carries its subtotal counts
  in the level columns and in ``总计`` (Excel shows subtotals at the top of each group), a 风险点 row a
  single ``1`` in its level's column and in ``总计``, so a point's level is the column of its ``1``;
  a ``总计`` row closes the table; no 防控措施 and no type column. The README's 读得懂的表 knows a
  ``风险等级`` heading over ``一级 | 二级 | 三级`` ticked columns, Excel's 分类汇总 rows (``财务股 计数``), a
  ``小计`` row, labels written only on the first row of a run, a row with post and holder heading
  the ``1-1``/``1-2`` rows under it, and group rows for a 科室 or a post; it does not describe a
  pivot's compact form, where 科室, post, holder and point stand one under another in ONE column,
  each on its own row with its subtotals, the level only as the column of a count ``1``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (市场监管总局 on the half year's
食品安全监督抽检 — 抽样, 检验, 不合格 核查处置, 移送公安机关; a 县 市场和质量监督管理局's 检验检测所 on
加油机 强制检定 — 流量, 示值误差, 铅封; a piece on 消费维权服务站 — 受理投诉, 工作流程, 人员管理; an
explainer on 特种设备检验研究院 — 监督检验, 定期检验, 电梯, 气瓶; a 市 市场监管局 on 食品流通 风险隐患排查
— 进货查验, 食品安全自查, 学校周边; a 市 市场监管局's 加油站 计量监督 专项检查 — 铅封, 主板, 计量作弊; a
区 市场监管局's 抽检 通告 — 不合格 产品 查处, 召回, 下架; a 县 市场监管局's 加油枪 检定 — 校准调试, 合格
标志, 检定证书) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 邝 and 鄂 with rare given
names); every unit is a body of 康乐县. batch531 already has units of 康乐县 (its 林业和草原局, 莲麓 and
八松 国有林场, 森林公安派出所, 林业技术推广站 and the 林业站 of 莲麓镇, 景古镇 and 胭脂镇), so the tests
pass ``places`` (one place a layout, in its unit and in no earlier unit), not
``unit_words=("康乐县",)``, and no town repeats.

Run ``python tests/published/score.py --set batch588`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 风险点 row (indent 3) is a point of the holder on the nearest name row
  above it (indent 2), whose post is the nearest post row above that (indent 1) and whose 科室 the
  nearest 科室 row (indent 0); its level is the column (``一级 | 二级 | 三级``) holding its ``1``; the item
  rows, the corner row, the report filter and the ``总计`` row are no points; ``局领导`` is the 科室 of
  the leaders;
- ``中心领导``, ``所领导`` (a group row) and ``局领导`` are the 科室 of those leaders; the 中心's leaders
  (sheet ``中心领导``, no 科室 column) and the cards' leaders have no 科室; a group row ``二、食品安全组``
  gives the 科室 ``食品安全组`` (its number left off);
- 局长, 副局长, 所长, 副所长, 站长, a 中心's 主任 are leaders; 股长, 科长, 组长 middle; the rest
  (科员, 检验员, 检定员, 执法人员, 会计, 出纳, 受理员, 调解员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 消费者权益保护中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the pivot's
indents set afterwards with openpyxl, as the pasted pivot keeps them) and ``truth.json``; no
re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Alignment

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b588_"
PLACE = "康乐县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"

# the pivot's indents: {layout name: {sheet: {row: indent steps}}}, set after writing
INDENTS: dict[str, dict[str, dict[int, int]]] = {}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def write_with_indents(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then the ``行标签`` cells indented as the pivot formats them."""
    out = write_xlsx(layout, path)
    sheets = INDENTS.get(layout["name"])
    if not sheets:
        return out
    wb = load_workbook(path)
    for name, rows in sheets.items():
        ws = wb[name]
        for r, steps in rows.items():
            ws.cell(r + 1, 1).alignment = Alignment(indent=steps, vertical="center", wrap_text=True)
    wb.save(path)
    return out


# --------------------------------------------------------------------------- harder layout

# (科室, [(post, tier, [(name, [(风险点, level)])])])
PIVOT = [
    ("局领导", [
        ("局长", "leader", [("邝翀峣", [
            ("干部选拔任用和执法人员调整个人说了算", "一级"),
            ("大额资金使用和政府采购不经党组会研究", "一级"),
        ])]),
        ("副局长", "leader", [("鄂湜岍", [
            ("食品安全抽检不合格核查处置打招呼、说情", "一级"),
            ("行政处罚案件减轻处罚把关不严", "二级"),
        ])]),
    ]),
    ("食品安全监管股", [
        ("股长", "middle", [("邝岷汧", [
            ("抽检样品抽样不按计划，选择性抽取", "二级"),
            ("不合格食品召回、下架监督不到位", "二级"),
        ])]),
        ("科员", "general", [("鄂璆沨", [
            ("监督检查中接受经营户吃请和土特产", "三级"),
        ])]),
    ]),
    ("注册许可股", [
        ("股长", "middle", [("鄂峤琬", [
            ("食品经营许可现场核查走过场", "一级"),
            ("为亲友经营主体登记开“绿灯”", "二级"),
            ("许可档案资料保管不善、泄露", "三级"),
        ])]),
    ]),
]  # fmt: skip
LEVEL_COLS = ["一级", "二级", "三级"]


def _counts(points) -> list:
    n = [sum(1 for _p, lv in points if lv == col) for col in LEVEL_COLS]
    return [c or None for c in n] + [len(points)]


def kangle_market_bureau_compact_pivot() -> dict:
    name = "kangle_market_bureau_compact_pivot"
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("统计", [40, 9, 9, 9, 9])
    t = _Truth(unit)
    indents: dict[int, int] = {}
    _line(sh, f"{unit}岗位廉政风险点统计", 5)
    sh.add("排查年度", "2025年", None, None, None)
    sh.add()
    sh.add("计数项:廉政风险点", "列标签", None, None, None)
    sh.add("行标签", *LEVEL_COLS, "总计")
    every = []
    for dept, posts in PIVOT:
        dept_points = [p for _post, _tier, people in posts for _who, pts in people for p in pts]
        indents[sh.add(dept, *_counts(dept_points))] = 0
        for post, tier, people in posts:
            post_points = [p for _who, pts in people for p in pts]
            indents[sh.add(post, *_counts(post_points))] = 1
            for who, pts in people:
                indents[sh.add(who, *_counts(pts))] = 2
                for point, lv in pts:
                    indents[sh.add(point, *_counts([(point, lv)]))] = 3
                    t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
                    every.append((point, lv))
    sh.add("总计", *_counts(every))
    INDENTS[name] = {sh.name: indents}
    return _layout(
        name, "http://www.loj.net.cn/news/2022/0829/165375.html",
        "(harder) 县市场监督管理局 岗位廉政风险点统计 as an Excel PIVOT TABLE in its default COMPACT FORM, after the source's "
        "市场监管总局 report on 食品安全监督抽检 (抽样, 检验, 不合格 核查处置, 移送公安机关): a title, the report filter "
        "``排查年度 | 2025年``, a blank row, the corner row ``计数项:廉政风险点 | 列标签`` over ``行标签 | 一级 | 二级 | 三级 | "
        "总计``; then 科室, post, holder and 风险点 each on a row of its own in the ONE ``行标签`` column, told apart by the "
        "cell's indent (0–3) and their wording, every item row with its subtotal counts, a point row with a single ``1`` "
        "in its level's column and in 总计; a ``总计`` row; no measures, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangle_food_drug_testing_two_sheets() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邝霁峣", "主任", "主持全面工作", [
            ("检验检测设备采购需求指向特定品牌", "一级", "设备采购需求集体论证，进入县公共资源交易中心。"),
            ("委托检验收费减免个人决定", "二级", "收费减免经主任办公会研究，台账备查。"),
        ]),
        ("鄂沄岐", "副主任", "分管计量检定、质量管理", [
            ("加油机强制检定中放宽示值误差要求", "一级", "检定数据自动采集上传，复核员逐台复核。"),
            ("检验报告签发前修改原始记录", "一级", "原始记录不得涂改，修改须双人签字。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品检验室", "科长", "邝湲琮", "middle", "抽检样品检验结果受人情干扰", "一级",
         "样品编码盲样检验，结果系统留痕。"),
        ("食品检验室", "检验员", "鄂翾岍", "general", "向被检单位透露检验进度和结果", "二级",
         "检验信息保密，签订保密承诺书。"),
        ("计量检定室", "科长", "邝珣沨", "middle", "检定合格证书违规出具", "一级", "证书编号管理，核验员审核签发。"),
        ("计量检定室", "检定员", "鄂峣涟", "general", "检定中破坏或漏加铅封不记录", "二级", "铅封编号登记，现场拍照存档。"),
        ("综合办公室", "会计", "邝澂岫", "general", "检验收费不开票、收入不入账", "三级", "收费统一开具票据，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kangle_food_drug_testing_two_sheets", "http://ashokachakra.com/n-174.html",
        "县食品药品检验检测中心 廉政风险防控一览表 in TWO SHEETS, after the source's 县 食品药品和质量技术检验检测所 on 加油机 "
        "强制检定 (计量检定人员, 流量, 示值误差, 铅封, 检定合格证书): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 科室 with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def kangle_consumer_centre_posts() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "维权服务站设立", "消费维权服务站设立审核把关不严，照顾关系单位", "制度机制风险", "高",
         "服务站设立条件公开，审核结果公示。"),
        ("投诉受理科", "受理员", "general", "投诉受理", "对投诉选择性受理，压案不办", "岗位职责风险", "高",
         "投诉全部录入平台，超时自动预警。"),
        ("投诉受理科", "受理员", "general", "投诉信息", "泄露投诉人信息或向经营者通风报信", "思想道德风险", "中",
         "投诉信息分级授权查看，操作留痕。"),
        ("调解科", "调解员", "general", "纠纷调解", "调解中偏袒经营者，收受经营者好处", "外部环境风险", "中",
         "调解实行双人在场，调解书当事人确认。"),
        ("调解科", "调解员", "general", "赔偿款项", "代收代付赔偿款不及时转付", "业务流程风险", "低",
         "赔偿款由双方直接交付，中心不代收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kangle_consumer_centre_posts", "https://www.360docs.net/doc/1b8421109.html",
        "县消费者权益保护中心 岗位廉政风险点排查表 对岗不对人, after the source's piece on 消费维权服务站 (受理投诉, 工作流程, "
        "标准和时限, 工作人员管理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kangle_special_equipment_selfchecks() -> dict:
    unit = f"{PLACE}特种设备检验站"
    t = _Truth(unit)
    people = [
        ("邝淏岑", "站领导", "站长", "leader", [
            ("电梯定期检验任务分派照顾关系户", "Ⅰ级", "检验任务系统随机派发，站务会审定。", "已落实"),
            ("检验收费标准执行不严，擅自减免", "Ⅱ级", "收费按标准执行，减免报县局审批。", "未发现问题"),
        ]),
        ("鄂珩澂", "电梯检验科", "检验员", "general", [
            ("电梯监督检验结论不实，出具合格报告", "Ⅰ级", "检验报告实行检验、审核、批准三级签字。", "已落实"),
            ("接受使用单位宴请、礼品", "Ⅲ级", "签订廉洁检验承诺书，检验现场公示监督电话。", "已落实"),
        ]),
        ("邝沨璟", "承压设备检验科", "检验员", "general", [
            ("气瓶定期检验漏检项目、虚填记录", "Ⅱ级", "检验记录拍照上传，科长抽查。", "未发现问题"),
            ("向使用单位推荐维保单位", "Ⅲ级", "严禁推荐维保单位，发现即调离岗位。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kangle_special_equipment_selfchecks", "https://www.chaxiaohao.com/read-1752171850l6612013.html",
        "县特种设备检验站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's explainer on "
        "特种设备检验研究院 (监督检验, 定期检验, 电梯, 压力容器, 气瓶): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def kangle_suji_office_group_rows() -> dict:
    unit = f"{PLACE}苏集市场监督管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "邝岍潆", "leader", [
                ("辖区食品流通风险隐患排查结果瞒报", "一级风险", "排查台账逐户建立，县局随机抽查。"),
                ("案件移送和立案个人决定", "一级风险", "案件立案经所务会集体研究。"),
            ]),
        ]),
        ("二、食品安全组", "食品安全组", [
            ("组长", "鄂琬屹", "middle", [
                ("进货查验记录检查走过场", "二级风险", "检查记录拍照上传监管平台。"),
            ]),
            ("执法人员", "邝沅峤", "general", [
                ("学校周边食品经营户检查中收受好处", "二级风险", "两人以上执法，执法记录仪全程记录。"),
                ("对自查报告弄虚作假的经营户不予追究", "三级风险", "自查报告抽查复核，问题一律登记。"),
            ]),
        ]),
        ("三、综合执法组", "综合执法组", [
            ("组长", "鄂湜沨", "middle", [
                ("罚没物品登记不全、私自处置", "二级风险", "罚没物品入库登记，定期移交。"),
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
        "kangle_suji_office_group_rows", "http://guangdongfoods.com/news/internal/28083.html",
        "县市场监督管理所 廉政风险防控责任清单, after the source's 市 市场监管局 on 食品流通领域 风险隐患排查 (进货查验, "
        "食品安全自查, 学校及周边): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、食品安全组``, ``三、综合执法组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def kangle_huguan_office_cards() -> dict:
    unit = f"{PLACE}虎关市场监督管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "邝翮涔", "所长", "主持全所工作", "leader", [
            ("加油站计量监督检查中放过计量作弊", "★★★", "专项检查两人以上，检查记录经营者签字。"),
            ("行政处罚自由裁量随意", "★★★", "严格执行裁量基准，案件集体审议。"),
            ("接受辖区经营户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副所长", "鄂岫淏", "副所长", "分管计量、特种设备安全", "leader", [
            ("加油机铅封、主板检查不到位", "★★", "检查逐台登记铅封编号，拍照留存。"),
            ("特种设备隐患整改验收不严", "★★", "整改验收邀请县特种设备检验站参加。"),
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
        "kangle_huguan_office_cards", "http://www.thegame168.cn/2016/fazhi_1025/33221.html",
        "县市场监督管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 市 市场监管局 加油站 计量监督 专项检查 "
        "(铅封, 电脑芯片, 主板, 计量作弊): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kangle_caotan_office_list() -> dict:
    unit = f"{PLACE}草滩市场监督管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "鄂沄翃", "leader", "抽检不合格产品查处不立案、以罚代刑", "制度机制", "高风险",
         "不合格产品一律立案，涉刑案件移送公安。"),
        ("所领导", "所长", "鄂沄翃", "leader", "执法人员调整和片区分工优亲厚友", "岗位职责", "中风险",
         "片区分工所务会研究，定期轮换。"),
        ("食品安全组", "组长", "邝琤澴", "middle", "不合格产品召回、下架督促不力", "业务流程", "中风险",
         "召回下架逐户核查，记录存档。"),
        ("食品安全组", "执法人员", "鄂旸琮", "general", "抽样时提前告知经营户", "思想道德", "高风险",
         "抽样任务当日派发，两人现场抽样。"),
        ("综合组", "会计", "邝潾峤", "general", "罚没款收缴不及时上缴国库", "业务流程", "中风险",
         "罚没款通过非税系统直缴。"),
        ("综合组", "出纳", "鄂珧澐", "general", "公用经费报销票据审核不严", "外部环境", "低风险",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "kangle_caotan_office_list", "http://fsxungu.com/shipinaqcs/1223.html",
        "县市场监督管理所 岗位廉政风险防控一览表, after the source's 区 市场监管局 抽检 通告 (抽检 样品, 不合格 产品 查处, 查清 "
        "流向, 召回, 下架): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def kangle_metrology_institute_register() -> dict:
    unit = f"{PLACE}计量检定测试所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "邝璩湘", "leader", [
            ("检定设备和标准器采购不按程序", "制度机制", "一级", "标准器采购按政府采购目录执行。"),
            ("为亲友企业优先安排检定", "思想道德", "二级", "检定任务按受理顺序排队，公开预约。"),
        ]),
        ("检定科", "科长", "鄂翎沅", "middle", [
            ("加油枪校准调试后不复检", "岗位职责", "二级", "校准后一律复检，数据存档。"),
        ]),
        ("检定科", "检定员", "邝泷岍", "general", [
            ("加油枪检定不合格仍粘贴合格标志", "外部环境", "一级", "合格标志编号领用登记，核验员抽查。"),
            ("检定中收受加油站好处", "思想道德", "三级", "签订廉洁承诺书，检定现场公开监督电话。"),
        ]),
        ("办公室", "出纳", "鄂澍琮", "general", [
            ("检定费收取不入账", "业务流程", "一级", "检定费统一开票，日清月结。"),
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
        "kangle_metrology_institute_register",
        "http://easyclosetorganizer.com/news/qxnews/clnews/2020-03-31/159769.html",
        "县计量检定测试所 廉政风险点排查登记表, after the source's 县 市场监督管理局 加油枪 检定 (校准调试, 铅封, 合格标志, "
        "检定合格证书): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangle_market_bureau_compact_pivot(),
    kangle_food_drug_testing_two_sheets(),
    kangle_consumer_centre_posts(),
    kangle_special_equipment_selfchecks(),
    kangle_suji_office_group_rows(),
    kangle_huguan_office_cards(),
    kangle_caotan_office_list(),
    kangle_metrology_institute_register(),
]

# one place a layout, in its unit and in no earlier unit (batch531 already has units of 康乐县)
PLACES = [
    "康乐县市场监督管理局",
    "康乐县食品药品检验检测中心",
    "康乐县消费者权益保护中心",
    "康乐县特种设备检验站",
    "苏集",
    "虎关",
    "草滩",
    "康乐县计量检定测试所",
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_with_indents``."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=write_with_indents,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch588-inbox"))
