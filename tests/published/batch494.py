"""The four-hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 住房和城乡建设
bodies, 崆峒区 — its 住房和城乡建设局, 房产服务中心, 住房保障中心, four 街道城建办 (东关, 西郊, 中街, 柳湖
— the district's own 街道) and, in the harder file, its 建筑工程质量安全监督站 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 住房和城乡建设局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 房产服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 住房保障中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 东关街道城建办's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 西郊街道城建办's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 中街街道城建办's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 柳湖街道城建办's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``kongtong_quality_station_point_blocks``: the 建筑工程质量安全监督站's 廉政风险点登记 laid out as
  ONE BLOCK OF LABELLED ROWS PER POINT (the "记录单" / form view of a register, as a database's
  print-out or an office's 登记簿 has it): under a merged title and a ``填报单位`` line, the sheet
  holds NO heading row; every point is a block of EIGHT ROWS, each row a label in column A and its
  value in column B merged over B:D — ``风险点编号 | ZJ-01``, ``科　　室 | 质量监督科``,
  ``岗　　位 | 科长``, ``责 任 人 | …``, ``风 险 点 | …``, ``风险类型 | 岗位职责``, ``风险等级 | 一级``,
  ``防控措施 | …`` — then ONE EMPTY ROW before the next block; the 科室,
  岗位 and 责任人 are written again in every block of the same holder. So the fields run DOWN column
  A, one record occupies eight rows and one column of values, and the records are stacked one
  under another. The README's 读得懂的表 knows a 横放的表 (labels written down one column, EACH
  运行环节 ONE COLUMN across — records side by side), a card of stacked ``label | value`` rows
  ABOVE a table of points (``持卡人``, ``所在科室``), a personal card of blocks of label/value rows
  (``风险点一 / 风险等级``, batch8) under ONE holder's header, and labelled lines inside ONE cell
  (``…⏎风险类型：…⏎风险等级：一级``); it does not describe a sheet whose EVERY record — holder's
  科室, post and name included — is a vertical block of label rows, the blocks stacked down the
  sheet with no heading row and several holders on one sheet. ``grep -il 'block per point\\|one
  block a point\\|记录单' tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 建筑工程质量安全监督 —
现场监督, 工程检查制度, 工序交接; a city's 城镇老旧小区更新改造 方案 — 改造计划, 基础类/完善类/提升类; how a
商品房合同 is 备案 — 登记备案, 预售合同; how a 保障房 purchase is 备案; a 街道's 拆违 with the 城管局 —
巡查, 违建 拆除; a 街道's 规建环保办 pulling down 顶楼 加层 违法建筑; a 危房改造 实施意见 — 危房 鉴定, 补助;
a city's 征地房屋拆迁补偿安置办法 — 补偿, 安置) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 崆峒区 (``unit_words=("崆峒区",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch494`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each block is one point: its ``科　　室``, ``岗　　位``, ``责 任 人`` values are the
  point's holder, the blocks of one 科室 + 岗位 + 责任人 are one form; the ``风 险 点`` value is the
  point, ``风险类型`` short types, ``风险等级`` 一级/二级/三级; the ``风险点编号`` and the labels are no
  points, the empty rows between blocks nothing;
- ``局领导``, ``中心领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 科,
  a 中心's 股, a 站's 科 are 科室; a 街道城建办's card, 自查表 and lists name no 科室 (the 城建办 is
  the unit); the group rows ``一、领导岗位``, ``二、工作人员`` give no 科室 (they repeat the post's
  kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, 站长 and a 城建办's 主任 are
  leaders; 科长 and 股长 middle; the rest (科员, 监督员, 审核员, 会计, 巡查员, 办事员, 技术员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 住房保障中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b494_"
PLACE = "崆峒区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

LABELS = (
    "风险点编号",
    "科　　室",
    "岗　　位",
    "责 任 人",
    "风 险 点",
    "风险类型",
    "风险等级",
    "防控措施",
)

# (科室, 岗位, 责任人, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
STATION = [
    ("站领导", "站长", "笪翊澴", "leader", [
        ("监督工程分配由个人决定", "制度机制", "一级", "监督工程随机分配，站务会集体确定。"),
        ("干预监督组对违规行为的处理", "思想道德", "二级", "领导干部插手监督事项登记报告。"),
    ]),
    ("质量监督科", "科长", "昝沣岚", "middle", [
        ("竣工验收监督把关不严", "岗位职责", "一级", "验收监督两人以上，结论科室会审。"),
        ("接受施工单位宴请", "外部环境", "二级", "签订廉洁承诺书，拒收登记。"),
    ]),
    ("安全监督科", "监督员", "禚滢翯", "general", [
        ("隐患整改复查走过场", "业务流程", "二级", "整改复查拍照留痕，系统上传。"),
        ("对违规施工降格处理", "岗位职责", "三级", "处理意见经科长审核、站长签发。"),
    ]),
]  # fmt: skip


def kongtong_quality_station_point_blocks() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    sh = _Sheet("登记表", [14, 20, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", 4)
    _line(sh, f"填报单位：{unit}{GAP * 4}填报时间：2025年6月", 4)
    n = 0
    for dept, post, who, tier, points in STATION:
        for point, typ, lv, measures in points:
            n += 1
            values = (f"ZJ-{n:02d}", dept, post, who, point, typ, lv, measures)
            for label, value in zip(LABELS, values, strict=True):
                r = sh.add(label, value, None, None)
                sh.merge(r, 1, r, 3)
            sh.add(None, None, None, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "站长（签字）：", None)
    return _layout(
        "kongtong_quality_station_point_blocks",
        "https://www.ppdoc.com/periodical/b98b8b2f13beacc28a1a0198ce04c1ef.html",
        "(harder) 区建筑工程质量安全监督站 廉政风险点登记表, after the source's paper on 建筑工程质量安全监督 (现场监督, "
        "工程检查制度, 工序交接): a title and a 填报单位 line, NO heading row; ONE BLOCK OF EIGHT LABELLED ROWS PER POINT "
        "(label in A, value in B merged over B:D: 风险点编号/科　　室/岗　　位/责 任 人/风 险 点/风险类型 (short)/风险等级 "
        "``一级/二级/三级``/防控措施), an empty row after each block, 科室/岗位/责任人 written again in every block; "
        "a 填表人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kongtong_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亓澔岍", "leader", [
            ("老旧小区改造项目安排不公开", "制度机制", "高", "改造计划党组会集体研究并公示。"),
            ("插手改造工程发包", "思想道德", "中", "领导干部插手工程登记报告。"),
        ]),
        ("建筑市场管理科", "科长", "郦沄翾", "middle", [
            ("施工许可审查把关不严", "岗位职责", "高", "许可材料两人审核，结果网上公开。"),
        ]),
        ("城建科", "科员", "甯翀澍", "general", [
            ("改造工程量核定不实", "业务流程", "中", "工程量现场双人核定，照片存档。"),
            ("接受施工企业礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "kongtong_bureau_list",
        "http://cni.top/html/2020/pioneerpolicy_1121/65140.html",
        "区住房和城乡建设局 岗位廉政风险防控一览表, after the source's 城镇老旧小区更新改造 方案 (改造计划, 基础类/完善类/提升类, "
        "各区 属地): a title, 序号/科室 merged (局领导, 建筑市场管理科, 城建科)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kongtong_housing_service_two_sheets() -> dict:
    unit = f"{PLACE}房产服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("扈珝沨", "主任", "主持全面工作", [
            ("预售资金拨付违规审批", "一级", "拨付实行双人审核、中心会议审定。"),
            ("物业企业考评优亲厚友", "二级", "考评细则和结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("交易备案股", "股长", "逄湉岫", "middle", "商品房合同备案材料把关不严", "一级", "备案材料网上核验，股长复核。"),
        ("维修资金股", "会计", "厍潆翚", "general", "维修资金使用审核不实", "二级", "使用方案业主表决并公示。"),
        ("维修资金股", "会计", "厍潆翚", "general", "资金票据白条入账", "三级", "凭正式票据报账，主任审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "kongtong_housing_service_two_sheets",
        "http://fengdujob.net/go/商品房合同备案办法.html",
        "区房产服务中心's file in two sheets, after the source's account of how a 商品房合同 is 备案 (登记备案, 预售合同): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kongtong_housing_security_posts() -> dict:
    unit = f"{PLACE}住房保障中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    audit, rent = "资格审核股", "配租管理股"
    rows = [
        (audit, "股长", "middle", "保障资格审核", "为不符合条件的家庭出具审核意见", "岗位职责风险", "Ⅰ级",
         "审核结果三级联审并公示。"),
        (audit, "股长", "middle", "收入核查", "核查走过场，放宽收入标准", "制度机制风险", "Ⅱ级",
         "收入信息部门联网比对。"),
        (rent, "审核员", "general", "公租房配租", "违规调换房源，优亲厚友", "业务流程风险", "Ⅰ级",
         "配租公开摇号，全程录像。"),
        (rent, "审核员", "general", "租金收缴", "收取租金不入账", "思想道德风险", "Ⅲ级",
         "租金统一银行代收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "kongtong_housing_security_posts",
        "https://um.sanwen.net/special/knhcjf.html",
        "区住房保障中心 廉政风险点排查表 对岗不对人, after the source's account of how a house purchase is 备案 (网签, 备案 "
        "材料, 审核): a title, 序号/股室 merged (资格审核股, 配租管理股)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def kongtong_dongguan_cards() -> dict:
    unit = f"{PLACE}东关街道城建办"
    t = _Truth(unit)
    cards = [
        ("主任", "蔺澂珩", "leader", [
            ("拆违对象选择性处置", "★★★", "拆违计划街道会议集体研究。"),
            ("拆违工程量签证不实", "★★", "工程量双人核定，监理签字。"),
        ]),
        ("巡查员", "訾濛沚", "general", [
            ("巡查发现违建不报告", "★★", "巡查记录每日上传，定期抽查。"),
            ("收受当事人好处通风报信", "★", "签订廉洁承诺，接受举报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "kongtong_dongguan_cards",
        "http://house.mnw.cn/fujian/20210428/57959.html",
        "区东关街道城建办 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 巡查员), after the source's account of two 街道 "
        "pulling down 违建 with the 城管局 (巡查发现, 执法队伍, 拆除): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def kongtong_xijiao_selfchecks() -> dict:
    unit = f"{PLACE}西郊街道城建办"
    t = _Truth(unit)
    people = [
        ("綦昶翙", "主任", "leader", [
            ("顶楼加层违建拆除不彻底", "高风险", "拆除结果拍照公示，回头看。"),
            ("拆违费用结算不实", "中风险", "结算经审计，街道审签。"),
        ]),
        ("仉澴珽", "办事员", "general", [
            ("建房审批材料把关不严", "中风险", "材料两人审核，登记留痕。"),
            ("泄露举报人信息", "低风险", "举报信息保密，专人管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kongtong_xijiao_selfchecks",
        "http://skyrisesport.com/content/2020-04/16/content_4655028.htm",
        "区西郊街道城建办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "街道's 规建环保办 pulling down 顶楼 加层 违法建筑: a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def kongtong_zhongjie_group_rows() -> dict:
    unit = f"{PLACE}中街街道城建办"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("主任", "冼翾澜", "leader", [
                ("危房改造对象确定不公", "一级风险", "改造对象评议并公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("技术员", "暨沨翊", "general", [
                ("危房鉴定等级出具不实", "一级风险", "鉴定两人以上，照片存档。"),
                ("改造补助资金发放不及时", "二级风险", "补助资金直接拨付到户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "kongtong_zhongjie_group_rows",
        "http://32336.cn/lhs_ghdjenjztsgwi3ik3hj67r7l_4.html",
        "区中街街道城建办 廉政风险防控责任清单, after the source's 危房改造 实施意见 (危房 鉴定, 改造对象, 补助资金): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、领导岗位``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def kongtong_liuhu_list() -> dict:
    unit = f"{PLACE}柳湖街道城建办"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "麴岚澔", "leader", "征收补偿面积认定不实", "岗位职责", "高", "补偿面积测绘复核并公示。"),
        ("主任", "麴岚澔", "leader", "接受被征收户宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("办事员", "缑翀湉", "general", "安置房分配顺序擅改", "业务流程", "中", "安置顺序抽签确定并公示。"),
        ("办事员", "缑翀湉", "general", "补偿档案管理不规范", "制度机制", "低", "档案专人管理，查阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kongtong_liuhu_list",
        "http://m.jianbiaoku.com/webarbs/book/7994.shtml",
        "区柳湖街道城建办 廉政风险防控一览表, after the source's 征地房屋拆迁补偿安置办法 (补偿, 安置, 面积认定): a title, "
        "a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kongtong_quality_station_point_blocks(),
    kongtong_bureau_list(),
    kongtong_housing_service_two_sheets(),
    kongtong_housing_security_posts(),
    kongtong_dongguan_cards(),
    kongtong_xijiao_selfchecks(),
    kongtong_zhongjie_group_rows(),
    kongtong_liuhu_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch494-inbox"))
