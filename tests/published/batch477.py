"""The four-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输
bodies, 临夏县 (a county of 临夏回族自治州) — its 公路管理段, 道路运输服务中心 and 农村公路管理站, the
交通管理站 of four of its towns (韩集镇, 土桥镇, 尹集镇, 莲花镇) and, in the harder file, its
交通运输局 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 公路管理段's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 道路运输服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村公路管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 韩集镇交通管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 土桥镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 尹集镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 莲花镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``linxia_bureau_measures_in_comments``: the 交通运输局's 一览表, ``序号 | 股室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级``, one point a row — and NO 防控措施 column: each point's MEASURES
  are written only in a CELL COMMENT (批注) on its ``廉政风险点`` cell (``Administrator:⏎防控措施：
  1.…；⏎2.…。``, ``xl/comments1.xml`` with the VML drawing Excel keeps for it, shown as a red
  corner mark), as a ``注：`` line under the table says (``各风险点的防控措施以批注形式标注在风险点
  单元格``). The point stands plainly in its cell; its measures stand beside it, hidden, in the
  cell's comment. The README's 读得懂的表 knows comments only on HEADER cells (code legends) and
  on a 岗位 cell naming its holder (``岗位责任人：…``); it knows measures in a column, on their own
  rows, in a merged cell keyed by number, in another table under the list or on another sheet by
  number, as a catalogue's codes, in the point's own cell after an arrow or on labelled lines —
  it does not describe a point's measures written in a comment on the point's cell. No earlier
  batch writes it (``grep -n write_comment tests/published/batch*.py``: batch39 a reviewer's
  question on a level cell, batch361/381 header legends, batch387 holders on 岗位 cells).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (临夏县's 环湖公路 opened; a 治超 方案
of 超限检测站 and 驻站联合执法; what a 道路运输许可证 needs; 临夏州's roads, 农村公路 the veins;
the 临合二级公路 opened; a 区公路局 naming the 乡镇 农村公路养护管理站; 临夏州's 农村公路 and 城乡公交;
how a 道路运输经营许可证 is 年审) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 临夏县.

Run ``python tests/published/score.py --set batch477`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉政风险点`` cell's TEXT is one point of its row's holder, with that row's
  type and level; its comment (``防控措施：…``) is no point, no part of the point and names nobody;
  the ``注：`` line is no point;
- ``局领导``, ``段领导``, ``站领导`` (a 股室/科室 cell or the leaders' sheet) are the 科室 of those
  leaders; a 局's or 段's 股, a 中心's 科 and a 站's 室 are 科室; a 镇交通管理站 has no 科室: its group
  rows ``一、站领导``, ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 段长, 副段长, a 中心's 主任, a 站's 站长 and 副站长 are
  leaders; 股长 and 科长 middle; the rest (科员, 养护员, 路政员, 稽查员, 技术员, 管理员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 道路运输服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders, and the
comments a sheet lists under ``comments``) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import COMMENT_AUTHOR, write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b477_"
PLACE = "临夏县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
COMMENT_LABEL = "防控措施："
COMMENT_NOTE = "注：各风险点的防控措施以批注形式标注在风险点单元格，鼠标移至单元格即可查看。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, [措施, ...])])
BUREAU = [
    ("局领导", "局长", "仉翀骞", "leader", [
        ("交通建设项目施工单位确定个人说了算", "制度机制", "高",
         ["施工单位一律进县公共资源交易平台招标", "中标结果党组会通报"]),
        ("插手工程分包和材料采购", "岗位职责", "高", ["领导干部插手工程建设登记报告", "分包合同报局备案"]),
    ]),
    ("局领导", "副局长", "亓沄琰", "leader", [
        ("农村公路竣工验收降低标准", "业务流程", "高", ["验收邀请第三方检测机构", "验收结论集体签字"]),
        ("养护资金分配照顾关系乡镇", "思想道德", "中", ["养护资金按里程和路况因素分配并公示"]),
    ]),
    ("计划财务股", "股长", "昝翛沣", "middle", [
        ("工程进度款超进度拨付", "岗位职责", "中", ["拨付凭监理签认的计量单", "财务、项目两股会签"]),
        ("车购税补助资金挪作他用", "制度机制", "高", ["专账核算", "按季与财政对账"]),
    ]),
    ("建设管理股", "科员", "訾珝澐", "general", [
        ("设计变更审核不严虚增工程量", "业务流程", "中", ["变更经设计、监理、业主三方现场确认"]),
        ("接受施工单位宴请", "外部环境", "低", ["工地检查不在施工单位就餐", "廉洁承诺书存档"]),
    ]),
]  # fmt: skip


def _measures(measures: list[str]) -> str:
    """A point cell's comment: the author line Excel writes, then its numbered measures."""
    lines = [f"{i}.{m}{'。' if i == len(measures) else '；'}" for i, m in enumerate(measures, 1)]
    return f"{COMMENT_AUTHOR}:\n{COMMENT_LABEL}" + "\n".join(lines)


def linxia_bureau_measures_in_comments() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 40, 10, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级")
    first = len(sh.rows)
    comments = {}
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            comments[(len(sh.rows), 4)] = _measures(measures)
            sh.add(n, dept, post, who, point, typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, COMMENT_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None)
    lay = _layout(
        "linxia_bureau_measures_in_comments",
        "https://163.com/dy/article/HJLPP0J50534697A.html",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, after the source's report of 临夏县's 环湖公路 (总投资, 新建和改建, "
        "四级公路 标准): 序号/股室 merged (局领导, 计划财务股, 建设管理股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低 and NO 防控措施 column: each point's measures are written ONLY in a CELL COMMENT (批注) on its "
        "廉政风险点 cell (``Administrator:⏎防控措施：1.…；⏎2.…。``), as the ``注：`` line under the table says; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["comments"] = comments
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def linxia_highway_section_list() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "厍翾湜", "leader", [
            ("小修保养工程指定施工队伍", "制度机制", "高", "养护工程段务会集体研究确定。"),
            ("养护材料采购价格不实", "岗位职责", "中", "材料询价三家以上，结果公示。"),
        ]),
        ("养护股", "股长", "隗昶濛", "middle", [
            ("路况评定数据弄虚作假", "业务流程", "高", "路况检测数据抽查复核。"),
        ]),
        ("路政股", "路政员", "郗翊沅", "general", [
            ("路政赔补偿费收取不入账", "业务流程", "中", "赔补偿费统一开具票据、当日入账。"),
            ("对超限运输车辆放行", "外部环境", "低", "超限检测全程录像。"),
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
        "linxia_highway_section_list",
        "https://chinatruck.org/news/201806/61_76859.html",
        "县公路管理段 岗位廉政风险防控一览表, after the source's 治超 方案 (超限检测站, 驻站联合执法, 公路管理机构): a title, "
        "序号/股室 merged (段领导, 养护股, 路政股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def linxia_transport_center_posts() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lic, chk = "许可科", "稽查科"
    rows = [
        (lic, "科长", "middle", "道路运输经营许可", "对材料不全的申请人违规发放许可证", "业务流程风险", "Ⅰ级",
         "许可条件一次告知，审批结果网上公示。"),
        (lic, "科长", "middle", "营运车辆年审", "不上线检测即通过年审", "岗位职责风险", "Ⅱ级",
         "年审凭检测报告办理。"),
        (chk, "稽查员", "general", "非法营运查处", "查处后不立案、以罚代管", "思想道德风险", "Ⅰ级",
         "处罚案件法制审核，执法记录仪全程记录。"),
        (chk, "稽查员", "general", "暂扣车辆保管", "暂扣车辆私自放行", "制度机制风险", "Ⅲ级",
         "暂扣、放行两人签字登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "linxia_transport_center_posts", "http://fengdujob.net/go/2020年道路运输许可证办理要求.html",
        "县道路运输服务中心 廉政风险点排查表 对岗不对人, after the source's account of what a 道路运输许可证 needs (车辆, "
        "驾驶人员, 安全生产管理制度): a title, 序号/科室 merged (许可科, 稽查科)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def linxia_rural_road_station_two_sheets() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩翯漪", "站长", "主持全面工作", [
            ("农村公路养护考核打分不公", "一级", "考核结果站务会集体审定并通报。"),
            ("危桥改造项目推荐不实", "二级", "推荐项目现场核查留影像。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程技术室", "科长", "蹇昀湉", "middle", "工程质量抽检走过场", "一级", "抽检点位随机确定，检测报告存档。"),
        ("工程技术室", "技术员", "笪翙沂", "general", "隐蔽工程签证不到现场", "二级", "隐蔽工程验收拍照留存。"),
        ("工程技术室", "技术员", "笪翙沂", "general", "泄露工程预算控制价", "三级", "预算资料专人保管。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "linxia_rural_road_station_two_sheets",
        "http://www.ahhgcable.com/caijing/2023/0816/0816109191.html",
        "县农村公路管理站's file in two sheets, after the source's report of 临夏州's roads (农村公路为脉络, "
        "干支相连、村村相通): ``站领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linxia_hanji_station_cards() -> dict:
    unit = f"{PLACE}韩集镇交通管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "暴翎澍", "leader", [
            ("村道硬化工程量核定不实", "★★★", "工程量村镇两级公示、站内复核。"),
            ("站内办公经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("管理员", "甄昫漻", "general", [
            ("路域环境巡查不到位", "★★", "巡查记录拍照上传。"),
            ("接受施工队土特产", "★", "节前廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "linxia_hanji_station_cards",
        "http://yhg994208.cn/news/lx/2006112207253170200.htm",
        "镇交通管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 管理员), after the source's report of the 临合二级公路 opened (项目业主, "
        "单位工程, 建设标准): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def linxia_tuqiao_station_selfchecks() -> dict:
    unit = f"{PLACE}土桥镇交通管理站"
    t = _Truth(unit)
    people = [
        ("鄂翛琛", "副站长", "leader", [
            ("农村客运站点建设验收把关不严", "高风险", "验收请县农村公路管理站参加。", "已落实"),
            ("公路安全隐患排查不报告", "中风险", "隐患台账报县交通运输局。", "未发现问题"),
        ]),
        ("储翀湲", "会计", "general", [
            ("管护经费白条入账", "中风险", "凭正式票据报账。", "已落实"),
            ("代管资金公款私存", "低风险", "资金进镇财政所专户。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linxia_tuqiao_station_selfchecks", "http://e.zlsgdqx.cn/news/31c41699552.html",
        "镇交通管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区公路局 授牌 to the 乡镇 "
        "农村公路养护管理站 (专职管养人员, 养护协议, 内业资料): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def linxia_yinji_station_group_rows() -> dict:
    unit = f"{PLACE}尹集镇交通管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "蔺翯沨", "leader", [
                ("一事一议道路项目申报不实", "一级风险", "申报项目村民代表会议表决并公示。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("管理员", "厉昶澂", "general", [
                ("农村公路管护员考勤造假", "一级风险", "考勤表村委会签章。"),
                ("公益性岗位补贴冒领", "二级风险", "补贴发放到个人账户。"),
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
        "linxia_yinji_station_group_rows",
        "http://www.yhg994208.cn/news/lx/2006061209552948788.htm",
        "镇交通管理站 廉政风险防控责任清单, after the source's account of 临夏州's 农村公路 and 城乡公交 (客运站, 通村公路, 公交线路): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def linxia_lianhua_station_list() -> dict:
    unit = f"{PLACE}莲花镇交通管理站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "邴翾瀞", "leader", "渡口和客运车辆安全检查走过场", "岗位职责", "中", "检查记录双人签字。"),
        ("站长", "邴翾瀞", "leader", "为关系人员办理营运手续说情", "思想道德", "高", "说情干预登记报告。"),
        ("管理员", "麴昉湑", "general", "车辆年审材料代办收费", "业务流程", "高", "代办事项免费并公示。"),
        ("管理员", "麴昉湑", "general", "道路运输档案保管不善丢失", "制度机制", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "linxia_lianhua_station_list", "https://www.jrssaishi.com/tagdetail/道路运输经营许可证怎么年审.html",
        "镇交通管理站 廉政风险防控一览表, after the source's account of how a 道路运输经营许可证 is 年审 (年审材料, 车辆, 档案): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linxia_bureau_measures_in_comments(),
    linxia_highway_section_list(),
    linxia_transport_center_posts(),
    linxia_rural_road_station_two_sheets(),
    linxia_hanji_station_cards(),
    linxia_tuqiao_station_selfchecks(),
    linxia_yinji_station_group_rows(),
    linxia_lianhua_station_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (comments)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch477-inbox"))
