"""The four-hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 bodies,
西和县 (a county of 陇南) — its 公路管理段, 运输管理所 and 农村公路养护中心, the 交管站 of four of its
towns (长道镇, 何坝镇, 洛峪镇, 大桥镇) and, in the harder file, its 交通运输局 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 公路管理段's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 运输管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 农村公路养护中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 长道镇交管站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 何坝镇交管站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 洛峪镇交管站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、劝导员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 大桥镇交管站's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``xihe_transport_bureau_split_pages``: the 交通运输局's 一览表, TOO WIDE FOR ONE PAGE AND SO SPLIT BY
  COLUMNS OVER TWO SHEETS. Sheet ``一览表（一）`` holds the title and ``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点`` (科室, 岗位, 责任人 merged per person); sheet ``一览表（二）`` holds a title ending
  ``（续表）`` and ``序号 | 风险类型 | 风险等级 | 防控措施`` for the SAME rows, in the same order,
  tied to the first sheet ONLY BY THE 序号 (the point is not repeated). So each point's type and
  level stand on another sheet, on the row with its 序号. The README's 读得懂的表 knows a 续表 that
  goes on with MORE ROWS under the same heading (``续表``, ``（续）``, ``第2页``, a sheet with no
  heading going on with rows), a second sheet repeating every point to add its types and measures
  (``SHEET_DETAILS``: matched by the point), codes resolved through a 职权目录 sheet, and one list
  printed in two column blocks on one sheet (分栏, the second block the same heading with more rows);
  it does not describe a table whose COLUMNS are cut in two, the second half on another sheet under
  a different heading and matched to the first only by 序号.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (交通工程建设 and its 资金、招投标 risks
and 交通运输局 as 执法 and 服务窗口 at once; a 市交通运输局's 联合治超 — 超限超载, 非法改装, 非现场执法;
a 市交通运输局's 道路运输 许可 and 质量信誉考核 of 货运企业, 维修企业 and 驾校; a 自治区交通运输厅's
法治政府 report — 减证便民, 容缺受理, 证照分离, 行政许可; a province's 乡镇交管站, 村交管室 and 劝导站
— 两站一室, 逢集, 婚丧嫁娶, 临时检查点; a 镇交管站's 劝导员 — 三轮车未上牌, 违法载人, 头盔; 村劝导站
in 春运 — 超员, 农用车载人; a 镇's 固定劝导站 — 危险路段, 交叉口, 宣教) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 西和县.

Run ``python tests/published/score.py --set batch462`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the ``廉政风险点`` of sheet ``一览表（一）``, its type and level those
  on the row of ``一览表（二）`` with the same 序号; its forms are on sheet ``一览表（一）`` (where the
  科室, post and holder stand); the measures on the second sheet are no points, the ``（续表）`` title
  is no point;
- ``局领导``, ``段领导``, ``所领导``, ``中心领导`` (a 科室/股室 cell or the leaders' sheet) are the 科室 of
  those leaders; a 局's 股, a 段's 股 and 道班, a 所's 股 and a 中心's 股 are 科室; a 交管站 has no
  科室: its group rows ``一、站领导``, ``二、劝导员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 段长, 副段长, 所长, 副所长, a 中心's 主任 and 副主任,
  a 交管站's 站长 and 副站长 are leaders; 股长 and 班长 middle; the rest (科员, 会计, 出纳, 养护工,
  路政员, 稽查员, 审批员, 劝导员, 安全员, 技术员, 统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 运输管理所's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b462_"
PLACE = "西和县"
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

# (科室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郗翯涞", "leader", [
        ("交通建设项目安排不经党组集体研究", "制度机制", "高", "项目安排经党组会集体研究，会议纪要存档。"),
        ("插手干预工程招投标和材料采购", "思想道德", "高", "插手干预事项登记报告，招投标进场交易。"),
    ]),
    ("局领导", "副局长", "缑沅翀", "leader", [
        ("农村公路项目验收把关不严", "岗位职责", "中", "验收组由技术、财务、纪检人员组成。"),
    ]),
    ("建设管理股", "股长", "阚湜珩", "middle", [
        ("设计变更审核不严，虚增工程量", "业务流程", "高", "变更经设计、监理、业主三方签认后报批。"),
        ("对施工单位转包、违法分包不制止", "外部环境", "中", "项目部人员到岗每月抽查。"),
    ]),
    ("财务股", "会计", "隗霂岫", "general", [
        ("项目资金不按进度拨付", "业务流程", "中", "资金拨付凭计量单和审批单，U盾分人保管。"),
    ]),
    ("行政审批股", "审批员", "帅滢翊", "general", [
        ("道路运输经营许可材料审核不严", "岗位职责", "中", "许可材料清单化审核，结果网上公示。"),
        ("对申请人吃拿卡要、故意拖延", "思想道德", "低", "办理时限公开，超时自动预警。"),
    ]),
]  # fmt: skip


def xihe_transport_bureau_split_pages() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    left = _Sheet("一览表（一）", [6, 12, 10, 10, 44])
    right = _Sheet("一览表（二）", [6, 12, 10, 44])
    _line(left, f"{unit}岗位廉政风险防控一览表", 5)
    _line(right, f"{unit}岗位廉政风险防控一览表（续表）", 4)
    left.add("序号", "科室", "岗位", "责任人", "廉政风险点")
    right.add("序号", "风险类型", "风险等级", "防控措施")
    first = len(left.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            left.add(n, dept, post, who, point)
            right.add(n, typ, lv, measures)
            t.point(left.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(left, first, 1, 2, 3)
    _line(left, "注：本表幅面较宽，分两页打印，风险类型、风险等级和防控措施见下页，按序号对应。", 5)
    _line(right, "注：风险等级分高、中、低三级。", 4)
    right.add("编制人：", None, "审核人：", "2025年5月")
    return _layout(
        "xihe_transport_bureau_split_pages", "https://wenku.docs.qq.com/detail?docId=3yXr2PTYs8",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, after the source's 交通运输党风廉政建设 essay (交通工程建设, 项目资金, "
        "招投标, 交通运输局 as 执法 and 服务窗口): the table CUT BY COLUMNS OVER TWO SHEETS — ``一览表（一）``: a title, "
        "序号/科室 merged (局领导, 建设管理股, 财务股, 行政审批股)/岗位 and 责任人 merged per person/廉政风险点 and a ``注：`` line "
        "saying the rest is on the next page by 序号; ``一览表（二）``: a title ending ``（续表）``, 序号/风险类型 (short)/"
        "风险等级 高/中/低/防控措施 for the same rows, the point not repeated; a ``注：`` line and an 编制人/审核人/date line",
        [left, right], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xihe_highway_section_list() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "綦渢璟", "leader", [
            ("养护工程发包不经段务会研究", "制度机制", "高", "养护工程发包段务会集体研究，公开比选。"),
            ("治超检测站人员安排优亲厚友", "思想道德", "中", "人员轮岗方案公示。"),
        ]),
        ("路政股", "股长", "仉汋昀", "middle", [
            ("超限超载车辆处罚降格处理", "岗位职责", "高", "处罚裁量按基准执行，非现场执法数据留存。"),
        ]),
        ("路政股", "路政员", "酆珝澍", "general", [
            ("路面巡查中接受货车司机好处放行", "外部环境", "高", "巡查执法记录仪全程开启。"),
            ("涉路施工许可现场核查走过场", "业务流程", "低", "核查两人以上，影像存档。"),
        ]),
        ("养护股", "技术员", "栾岫澪", "general", [
            ("小修保养工程量签认不实", "业务流程", "中", "工程量现场计量，股长复核。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "xihe_highway_section_list",
        "https://www.tzdaily.com.cn/html/2022-04/01/content_84955_14668473.htm",
        "县公路管理段 岗位廉政风险防控一览表, after the source's 联合治超 (超限超载, 非法改装, 非现场执法, 检测站): a title, "
        "序号/科室 merged (段领导, 路政股, 养护股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xihe_transport_office_posts() -> dict:
    unit = f"{PLACE}运输管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, desk, check = "所领导", "许可股", "稽查股"
    rows = [
        (lead, "所长", "leader", "质量信誉考核", "货运企业质量信誉考核打人情分", "思想道德风险", "Ⅰ级",
         "考核评分表公开，结果公示。"),
        (lead, "所长", "leader", "驾校监管", "对驾培机构违规培训放任不管", "岗位职责风险", "Ⅱ级",
         "驾校培训质量每季度公示。"),
        (desk, "审批员", "general", "维修企业备案", "维修企业备案材料不全即予办理", "业务流程风险", "Ⅱ级",
         "备案材料一次性告知，股长复核。"),
        (desk, "审批员", "general", "从业资格证办理", "从业资格考试中透露试题", "制度机制风险", "Ⅰ级",
         "考试机考，试题随机抽取。"),
        (check, "稽查员", "general", "客运市场稽查", "查处非法营运选择性执法", "外部环境风险", "Ⅰ级",
         "稽查两人以上，执法记录仪全程记录。"),
        (check, "稽查员", "general", "暂扣车辆管理", "暂扣车辆私自放行", "岗位职责风险", "Ⅲ级",
         "暂扣车辆登记入场，放行须所长签批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xihe_transport_office_posts", "http://www.laixinews.com/epaper/Html/2013-11-26/15955.html",
        "县运输管理所 廉政风险点排查表 对岗不对人, after the source's 道路运输许可 and 质量信誉考核 (货运企业, 维修企业, 驾校): "
        "a title, 序号/股室 merged (所领导, 许可股, 稽查股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def xihe_rural_road_center_two_sheets() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("琴沨翊", "主任", "主持全面工作", [
            ("养护资金分配不经集体研究", "一级", "资金分配方案中心办公会研究。"),
            ("养护企业资信评价打招呼", "二级", "资信评价结果公示。"),
        ]),
        ("暨珧湜", "副主任", "分管养护工程", [
            ("养护工程计量签证把关不严", "一级", "计量签证双人复核。"),
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
        ("工程股", "股长", "阚沅珂", "middle", "农村公路养护质量检查走过场", "二级", "检查记录附影像。"),
        ("工程股", "技术员", "郇皛渟", "general", "路面修补材料验收不严", "二级", "材料进场抽检。"),
        ("财务股", "出纳", "仝瀞妤", "general", "养护补助资金私存私放", "一级", "资金直达账户，按月对账。"),
        ("财务股", "出纳", "仝瀞妤", "general", "现金报销票据审核不严", "三级", "报销票据逐张审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "xihe_rural_road_center_two_sheets", "http://sft.gxzf.gov.cn/fzzfjs/zizhiqubenji/t6474631.shtml",
        "县农村公路养护中心's file in two sheets, after the source's 交通运输 法治政府 report (行政许可, 减证便民, 容缺受理, "
        "证照分离): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xihe_changdao_station_cards() -> dict:
    unit = f"{PLACE}长道镇交管站"
    t = _Truth(unit)
    cards = [
        ("站长", "隗峣沂", "leader", [
            ("劝导员考勤和补助发放不实", "★★★", "考勤按月公示，补助打卡发放。"),
            ("逢集日临时检查点安排随意", "★★", "检查点安排报镇政府备案。"),
        ]),
        ("安全员", "漆芃澍", "general", [
            ("隐患路段排查台账补记、漏记", "★★", "排查台账当日填写，站长签字。"),
            ("对婚丧嫁娶用车违法载人不劝导", "★", "重点时段驻点劝导，登记在册。"),
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
        "xihe_changdao_station_cards", "http://m.578011.com/news/gansuxinwen/20150204/163481.html",
        "镇交管站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 安全员), after the source's 两站一室 (乡镇交管站, 村交管室, "
        "劝导站; 逢集, 婚丧嫁娶, 临时检查点): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def xihe_heba_station_selfchecks() -> dict:
    unit = f"{PLACE}何坝镇交管站"
    t = _Truth(unit)
    people = [
        ("綦汭澂", "副站长", "leader", [
            ("三轮车上牌登记中收取好处", "高风险", "上牌登记材料公开，镇纪委监督。", "已落实"),
            ("劝导站物资采购不比价", "中风险", "采购三家比价，留存记录。", "未发现问题"),
        ]),
        ("訾芮澜", "劝导员", "general", [
            ("对熟人违法载人不劝导不登记", "中风险", "劝导记录拍照上传。", "已落实"),
            ("未戴头盔劝导数据虚报", "低风险", "劝导数据站长每周抽查。", "已整改"),
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
        "xihe_heba_station_selfchecks", "https://www.scdl.gov.cn/info/1559/271695.htm",
        "镇交管站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇交管站 劝导员 "
        "(三轮车未上牌, 违法载人, 头盔, 入户劝导): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def xihe_luoyu_station_group_rows() -> dict:
    unit = f"{PLACE}洛峪镇交管站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "郜峤溦", "leader", [
                ("春运期间临时检查点经费使用不规范", "一级风险", "经费支出镇财政所审核。"),
                ("劝导站建设选址受人情左右", "二级风险", "选址经镇党委会研究。"),
            ]),
        ]),
        ("二、劝导员", [
            ("劝导员", "佘沚琛", "general", [
                ("对超员客车、农用车载人睁一只眼闭一只眼", "一级风险", "劝导情况每日登记上报。"),
                ("交通安全宣传材料私自挪用", "三级风险", "宣传材料领用登记。"),
            ]),
            ("劝导员", "笪滢霁", "general", [
                ("劝导记录弄虚作假", "二级风险", "劝导记录与视频比对。"),
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
        "xihe_luoyu_station_group_rows", "http://www1.siyecan.com/hbyx/5077.html",
        "镇交管站 廉政风险防控责任清单, after the source's 村劝导站 in 春运 (超员, 农用车载人, 宣传材料): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、劝导员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xihe_daqiao_station_list() -> dict:
    unit = f"{PLACE}大桥镇交管站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "帅翾岍", "leader", "固定劝导站选址照顾关系户", "思想道德", "中", "选址方案公示。"),
        ("站长", "帅翾岍", "leader", "交通安全专项经费挤占挪用", "制度机制", "高", "专项经费专账核算。"),
        ("统计员", "阚澍璘", "general", "交通事故和隐患数据瞒报", "岗位职责", "高", "数据与派出所每月核对。"),
        ("统计员", "阚澍璘", "general", "劝导员补助名册虚列人员", "业务流程", "中", "补助名册村委会签字确认。"),
        ("劝导员", "酆湉琚", "general", "危险路段劝导不到岗", "外部环境", "低", "到岗情况定位打卡。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "xihe_daqiao_station_list", "https://meipian.cn/3stqn0yb",
        "镇交管站 廉政风险防控一览表, after the source's 固定劝导站 (危险路段, 交叉口, 车流量大的路段, 宣教): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xihe_transport_bureau_split_pages(),
    xihe_highway_section_list(),
    xihe_transport_office_posts(),
    xihe_rural_road_center_two_sheets(),
    xihe_changdao_station_cards(),
    xihe_heba_station_selfchecks(),
    xihe_luoyu_station_group_rows(),
    xihe_daqiao_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch462-inbox"))
