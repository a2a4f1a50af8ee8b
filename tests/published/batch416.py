"""The four-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 林业 and 生态环境
bodies, 旬阳市 (the county-level city of 安康 on the 汉江, its staff Han) — the 市林业局, the 市生态环境分局,
the 市国有林场, the 市自然保护区管理站 and four 镇林业站 (蜀河镇, 吕河镇, 赵湾镇, 神河镇) — each handing back
the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column, a
  制表/审核/date line under each;
- the 生态环境分局's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``股室`` merged
  (``分局领导``, ``环评股``, ``执法股``, ``综合股``), ``岗位`` and ``姓名`` merged per person, a short
  ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 自然保护区管理站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在股室 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 蜀河镇林业站's 排查表 对岗不对人: no 科室 column, ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 吕河镇林业站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 岗　位 | …`` over
  ``所在单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 站长审核：``;
- the 赵湾镇林业站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、营林组``, ``三、林政组`` merged across
  (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, short types,
  ``一级风险/二级风险/三级风险``;
- the 神河镇林业站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on EVERY
  row (nothing merged, no 科室 column): ``岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``xunyang_state_forest_farm_oval_levels``: the 国有林场's 岗位廉政风险防控一览表, an ordinary list in
  every other way (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged per person,
  short types typed in their cells, the measures, a merged ``注：`` line and a 填表人/审核人/date line)
  — but its LEVEL IS GIVEN ONLY BY THE FILL COLOUR OF A DRAWN CIRCLE. The 林场's 财务室 marks its
  risks the way a 三色 风险地图 does: over the ``风险等级`` cell of every point row it drew ONE small
  OVAL SHAPE (Excel: 插入 → 形状 → 椭圆; WPS: 插入 → 形状), filled RED (``FF0000``), YELLOW (``FFC000``)
  or GREEN (``00B050``), with no outline and no text, and the ``注：风险等级栏以圆点颜色标示：红色为高风险，
  黄色为中风险，绿色为低风险。`` line under the table says so. The shapes are objects of the sheet's
  drawing layer, not cell contents: each is an ``xdr:sp`` of ``a:prstGeom prst="ellipse"`` with an
  ``a:solidFill`` in ``xl/drawings/drawing1.xml``, anchored (``xdr:twoCellAnchor``) inside the level
  cell of its row; every ``风险等级`` cell under the heading is EMPTY, no cell is shaded and no font is
  coloured, and no level word stands in any row (the colour words stand only in the note). The
  README's 读得懂的表 knows colour WORDS typed in a level cell with a legend (``红色/橙色/黄色``,
  ``红灯为高风险``), a point cell's FILL (``只用风险点单元格的底色表示级别``, LEVEL_COLOURS), the FONT colour
  of a whole row (red/blue text), conditional-format ICONS (LEVEL_ICONS, a stored score shown as a
  traffic light), boxes and symbols typed in a cell (``■□□``, ``●●●``), form-control check boxes
  drawn over the cell (LEVEL_CHECKBOXES: captioned controls with a checked state) and text boxes
  drawn over empty cells (read by the cell under their corner — here there is no text to read); it
  does not describe a level carried by the COLOUR OF A DRAWN SHAPE with no text and no state.
  ``grep -il 'ellipse\\|椭圆\\|圆点' tests/published/batch*.py`` finds nothing before this batch, and no
  earlier batch draws a shape but text boxes, pictures and the check-box controls.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县林业和草原局's 审计整改 report — 林业发展
规划, 党组会 研究, 分管领导 and 牵头科室, 整改方案; a 市 秦巴生态环境保护 联合执法检查 — 生态环境局 分局,
畜禽养殖, 小水电站, 矿山, 农家乐, 问题图斑, 现场核查; a 林场's 冬伐 arrangements — 作业区, 作业小号, 工队
承包, 抚育伐承包合同, 生产安全责任状; a 自然保护区管理局's 管理站 and 管护站 — 巡护, 值班, 禁牧 宣传,
防护栏 维修; a 木材检查站 管理办法 — 查验木材运输证件, 制止违法运输; a paper on 退耕还林 资金 兑现 —
检查验收, 验收证明, 兑付, 公示; a paper on 森林资源管理 — 造林 检查验收, 超限额采伐, 林地逆转, 木材检查站,
林权流转; a 市审计局's audit of 林业生态建设 专项资金 — 项目申报 真实, 造林任务 落实, 截留挤占挪用, 虚列
支出, 后续管理) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 旬阳市, named with the city's name (no earlier unit holds
``旬阳市``; the 镇 — 蜀河镇, 吕河镇, 赵湾镇, 神河镇 — are towns of the city).

Run ``python tests/published/score.py --set batch416`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the fill colour of the one oval drawn over its ``风险等级``
  cell (red 1, yellow 2, green 3, as the ``注：`` line says); the ovals and the note are no point and
  name no holder; the holder is the ``姓名`` cell, the point the ``廉政风险点`` cell, ``科室`` the 科室,
  the types the ``风险类型`` cell, as in an ordinary list;
- ``局领导`` (the 林业局's sheet of its leaders, named so by its tab and title), ``分局领导`` (the
  生态环境分局's 股室 cell), ``场领导`` (the 林场's 科室 cell), ``站领导`` (the 管理站's 所在股室 and the
  赵湾镇林业站's group row) are the 科室 of those leaders; a 局's and a 分局's 股, a 林场's 科 and 室, a
  管理站's 股 and a 林业站's 组 are 科室; a group row ``二、营林组`` gives the 科室 ``营林组`` (its number
  left off); a 镇林业站 is a unit of its own (the city 林业局's body in the 镇), and its posts stand
  without a 科室 but under the 赵湾镇林业站's group rows (the 吕河镇林业站's 自查表 names only the
  ``所在单位``, the station itself: no 科室);
- 局长, 副局长, the 分局长 and 副分局长, the 林场's 场长 and 副场长, a 站's 站长 and 副站长 are leaders;
  股长, 科长 and a 组's 组长 middle; the rest (科员, 会计, 出纳, 执法队员, 护林员, 管护员, 林政员,
  木材检查员, 技术员, 报账员) general;
- ``廉政风险点 | 风险描述`` (the 生态环境分局's list) and ``风险点 | 风险表现`` (the 蜀河镇林业站's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项``, ``填卡时间`` and ``自查情况`` are no
  points and name no holder; the 蜀河镇林业站's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 神河镇林业站's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``'s
cells, borders and row heights, plus a sheet's ``ovals``, drawn with xlsxwriter's ``insert_textbox``
and turned into text-less ellipses) and ``truth.json``; no re-saved copies (as batch280 and batch410:
an .xls or .ods re-saved by LibreOffice is another drawing).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b416_"
PLACE = "旬阳市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

OVAL_NAME = "xunyang_state_forest_farm_oval_levels"
OVAL_UNIT = f"{PLACE}国有林场"
OVAL_TAB = "一览表"
OVAL_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
OVAL_LEVEL_COL = OVAL_HEAD.index("风险等级")
OVAL_NOTE = "注：风险等级栏以圆点颜色标示：红色为高风险，黄色为中风险，绿色为低风险。"
OVAL_WIDTHS = [6, 12, 9, 9, 38, 10, 9, 34]
COLOURS = {"高": "FF0000", "中": "FFC000", "低": "00B050"}  # red, yellow, green
OVAL_PX = 14  # the circle's diameter in pixels
ROW_PX = 20  # a row of the default height (15 pt)

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
OVAL_ROWS = [
    ("场领导", "场长", "郗槠岚", "leader", [
        ("冬季抚育伐作业区划分和工队承包不经场务会集体研究", "制度机制", "高",
         "作业区划分和承包工队选定经场务会研究，承包结果在场部公示。"),
        ("林场工程项目和大额资金支出个人说了算", "思想道德", "高", "大额支出场务会研究，会议纪要存档备查。"),
    ]),
    ("场领导", "副场长", "靳栎颀", "leader", [
        ("抚育伐承包合同签订前不核实工队资质", "岗位职责", "中", "合同签订前核查工队资质，合同经法律顾问审核。"),
        ("生产安全责任状签订流于形式，接受工队宴请", "外部环境", "低", "责任状逐队签订，签订廉洁承诺书。"),
    ]),
    ("营林科", "科长", "涂杉昀", "middle", [
        ("抚育伐出材量核定不实，多核少报", "业务流程", "高", "出材量两人检尺，科长复核，台账月报场部。"),
        ("造林、抚育作业验收降低标准", "岗位职责", "中", "验收小组三人以上，验收照片和记录存档。"),
    ]),
    ("资源管护科", "护林员", "羿楝炘", "general", [
        ("巡山发现盗伐不报告、私了", "思想道德", "中", "巡护轨迹上传系统，科室每周抽查。"),
        ("管护区内林木被毁不登记，虚报管护成效", "业务流程", "低", "管护日志每日填写，林场季度核查。"),
    ]),
    ("财务室", "会计", "茆榛璇", "general", [
        ("木材销售款不及时入账，坐收坐支", "制度机制", "高", "销售款直接进入林场账户，每月对账。"),
        ("工队承包费用结算审核不严", "业务流程", "中", "结算凭合同、验收单和出材量台账三方核对。"),
    ]),
]  # fmt: skip


def xunyang_state_forest_farm_oval_levels() -> dict:
    unit = OVAL_UNIT
    t = _Truth(unit)
    sh = _Sheet(OVAL_TAB, OVAL_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*OVAL_HEAD)
    first = len(sh.rows)
    n = 0
    marks = []  # (row, the level word its oval's colour stands for)
    for dept, post, who, tier, points in OVAL_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, typ, None, measures)
            marks.append((r, lv))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, OVAL_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    data = sh.data()
    x = (_col_px(OVAL_WIDTHS[OVAL_LEVEL_COL]) - OVAL_PX) // 2
    y = (ROW_PX - OVAL_PX) // 2
    data["ovals"] = [(r, OVAL_LEVEL_COL, COLOURS[lv], x, y) for r, lv in marks]
    lay = _layout(
        OVAL_NAME, "https://jdlh8888.com/html/12734..1273190490.html",
        "(harder) 市国有林场 岗位廉政风险防控一览表, after the source's 林场 冬伐 arrangements (作业区, 作业小号, 工队 承包, "
        "抚育伐承包合同, 生产安全责任状): an ordinary list (a title, a merged ``填报单位：…　填报时间：2025年9月`` line, 序号/科室 "
        "merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 short names/风险等级/防控措施, a merged ``注：`` line and a "
        "填表人/审核人/date line) whose LEVEL IS GIVEN ONLY BY THE FILL COLOUR OF A DRAWN OVAL: one text-less ellipse "
        "shape (``prst=\"ellipse\"``, no outline) over every ``风险等级`` cell, filled red/yellow/green — every level cell "
        "EMPTY, the colours named only by the note",
        [], t,
    )  # fmt: skip
    lay["sheets"] = [data]
    return lay


def _col_px(width: float) -> int:
    """A column's width in pixels, as Excel draws a width in characters (Calibri 11)."""
    return int(width * 7 + 0.5) + 5


# --------------------------------------------------------------------------- ordinary layouts


def xunyang_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("眭楸昉", "局长", "主持全面工作，负责林业发展规划", [
            ("林业发展规划和项目资金安排不经党组会集体研究", "一级", "规划和资金安排经党组会研究，纪要存档。"),
            ("审计发现问题整改不力，敷衍应付", "二级", "整改方案明确责任人和时限，整改结果公开。"),
        ]),
        ("酆梣湜", "副局长", "分管资源管理、林政执法", [
            ("林木采伐限额指标分配优亲厚友", "一级", "采伐指标分配方案公示，分配结果公开。"),
            ("征占用林地审核中打招呼、说情", "二级", "审核意见集体研究，过问插手登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("资源管理股", "股长", "钭杪瑄", "middle", [
            ("林木采伐许可证核发不到现场核实", "一级", "采伐申请现场核实，两人以上签字。"),
            ("森林资源年度监测数据弄虚作假", "二级", "监测数据抽样复核，结果报局党组。"),
        ]),
        ("林政股", "科员", "佴棨琰", "general", [
            ("林权纠纷调处偏袒一方", "三级", "调处意见集体研究，调处过程记录存档。"),
        ]),
        ("造林绿化股", "股长", "庹桉霁", "middle", [
            ("造林项目验收降低标准，虚报造林面积", "一级", "验收采用卫星图斑比对，实地抽查不少于30%。"),
        ]),
        ("计划财务股", "会计", "乜樾涵", "general", [
            ("退耕还林补助资金拨付审核不严", "二级", "补助资金按兑付名册直达农户账户。"),
            ("公务接待和差旅费报销超标准", "三级", "报销单据逐张审核，超标准支出不予报销。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xunyang_forestry_bureau_two_sheets",
        "http://www.hhx.gov.cn/zfxxgk/fdzdgkzfxx/zdlyxxgk_1/czsjxxgk/202305/t20230506_639762.html",
        "市林业局 file in two sheets after the source's 县林业和草原局 审计整改 report (林业发展规划, 党组会 研究, 分管领导 and 牵头"
        "科室, 整改方案): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; "
        "no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def xunyang_ecology_branch_list() -> dict:
    unit = f"{PLACE}生态环境分局"
    sh = _Sheet("一览表", [6, 11, 10, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("分局领导", "分局长", "阚澍翯", "leader", [
            ("执法检查计划安排", "联合执法检查点位安排向关系企业通风报信", "思想道德", "高",
             "检查计划保密，点位随机抽取。"),
            ("行政处罚集体审议", "重大处罚案件不经集体审议，个人决定", "制度机制", "高", "重大案件分局务会集体审议，纪要存档。"),
        ]),
        ("分局领导", "副分局长", "宓泺旻", "leader", [
            ("问题图斑核查销号", "疑似问题图斑未现场核查即销号", "岗位职责", "中", "销号材料附现场照片，分局长审签。"),
        ]),
        ("环评股", "股长", "訾沨璎", "middle", [
            ("建设项目环评审批", "为农家乐、畜禽养殖项目违规审批环评文件", "业务流程", "高", "审批材料两级审核，审批结果网上公开。"),
            ("环评文件技术审查", "指定或推荐环评编制单位", "外部环境", "中", "不得推荐编制单位，违者问责。"),
        ]),
        ("执法股", "执法队员", "衡溦峤", "general", [
            ("小水电站现场检查", "现场检查走过场，对下泄流量不达标不处理", "岗位职责", "中", "两人以上检查，执法记录仪全程记录。"),
            ("矿山生态修复检查", "接受矿山企业宴请，降低检查标准", "外部环境", "低", "签订廉洁执法承诺书，检查结果公示。"),
        ]),
        ("综合股", "出纳", "覃淓玥", "general", [
            ("现金管理", "坐支现金，公款私存", "业务流程", "低", "现金日清月结，会计每周盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "xunyang_ecology_branch_list", "https://sxlib.org.cn/dfzy/gmql/qlbh/202406/t20240603_1140108.htm",
        "市生态环境分局 岗位廉政风险防控一览表 after the source's 秦巴生态环境保护 联合执法检查 (生态环境局 分局, 畜禽养殖, 小水电站, "
        "矿山, 农家乐, 问题图斑, 现场核查): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, then 序号/``股室`` merged "
        "(分局领导, 环评股, 执法股, 综合股)/岗位 and 姓名 merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xunyang_nature_reserve_station_cards() -> dict:
    unit = f"{PLACE}自然保护区管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "斛槲沅", "站领导", "leader", [
            ("管护站建设和防护栏维修工程不经站务会研究", "★★★", "工程项目站务会研究，按规定比选施工单位。"),
            ("管护员聘用和考核中照顾关系人", "★★", "聘用条件和考核结果公示。"),
            ("保护区内违规项目打招呼、放任不管", "★★★", "过问插手登记报告，违规项目移交执法部门。"),
        ]),
        ("股长", "郈椴瑛", "保护股", "middle", [
            ("巡护记录和野生动物监测数据造假", "★★", "巡护轨迹上传系统，监测数据月度抽查。"),
            ("禁牧宣传补助发放不实", "★", "补助发放名单公示，签字领取。"),
        ]),
        ("管护员", "宦枞峣", "管护股", "general", [
            ("深山巡查次数虚报", "★★", "巡查打卡定位，管理站每周核对。"),
            ("对区内放牧、采挖收受好处不制止", "★★★", "发现问题当日报告，站长抽查巡护区域。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "填卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "xunyang_nature_reserve_station_cards",
        "http://www.shangchang.dzxwnews.com/syzx/2023/0219/10424.html",
        "市自然保护区管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 股长, 管护员), after the source's 自然保护区管理局 "
        "管理站 and 管护站 (巡护, 值班, 禁牧 宣传, 防护栏 维修): a title, ``姓　名 | … | 职　务 | …`` over ``所在股室 | … | 填卡时间 "
        "| …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def xunyang_shuhe_forestry_station_posts() -> dict:
    unit = f"{PLACE}蜀河镇林业站"
    sh = _Sheet("排查表", [6, 12, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("木材运输证件核发", "为来源不明的木材开具运输证件", "岗位职责", "高风险", "核发前查验采伐许可和检尺单，站长审签。"),
            ("林业项目资金使用", "林业站项目资金使用不经站务会研究", "制度机制", "中风险", "资金使用站务会研究，镇财政所审核。"),
        ]),
        ("副站长", "leader", [
            ("森林防火检查", "防火检查走过场，对野外违规用火不处理", "岗位职责", "中风险", "检查记录拍照存档，问题限期整改。"),
        ]),
        ("林政员", "general", [
            ("林地征占用初审", "对占用林地初审不到现场查看", "业务流程", "高风险", "初审两人到现场，照片附卷。"),
            ("林权流转登记", "林权流转材料把关不严，优亲厚友", "思想道德", "低风险", "流转材料逐项核对，结果公示。"),
        ]),
        ("木材检查员", "general", [
            ("木材运输检查", "收受好处放行违法运输木材", "外部环境", "高风险", "检查全程视频记录，检查台账每日登记。"),
            ("扣押木材处理", "扣押木材不登记，私自处理", "业务流程", "中风险", "扣押木材登记造册，处理经站务会研究。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xunyang_shuhe_forestry_station_posts", "http://6dgww.com/Article/15504678.html",
        "镇林业站 岗位廉政风险点排查表 对岗不对人, after the source's 木材检查站 管理办法 (查验木材运输证件, 制止违法运输): a title, "
        "序号/岗位 merged per post (no 科室 column)/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def xunyang_lvhe_forestry_station_selfchecks() -> dict:
    unit = f"{PLACE}吕河镇林业站"
    t = _Truth(unit)
    people = [
        ("綦栝湄", "站长", "leader", [
            ("负责退耕还林检查验收和资金兑现", [
                ("退耕还林检查验收不实，出具虚假验收证明", "岗位职责风险", "Ⅰ级", "验收逐户到地块，验收结果村组公示。", "已落实"),
                ("兑现资金分配不经站务会研究", "制度机制风险", "Ⅱ级", "兑现方案站务会研究，报镇政府审批。", "已落实"),
            ]),
        ]),
        ("禤椋琚", "技术员", "general", [
            ("负责造林地块调查和作业设计", [
                ("作业设计面积测算偏大", "业务流程风险", "Ⅱ级", "面积测算两人复核，站长抽查。", "已落实"),
                ("接受造林大户宴请，降低设计标准", "外部环境风险", "Ⅲ级", "签订廉洁承诺书，设计成果公示。", "正在整改"),
            ]),
        ]),
        ("鞠柃澜", "报账员", "general", [
            ("负责补助资金报账和兑付名册", [
                ("兑付名册与验收结果不一致，冒名领取", "业务流程风险", "Ⅰ级", "名册与验收台账逐户核对，资金打卡发放。", "已落实"),
                ("报账票据审核不严，虚列支出", "思想道德风险", "Ⅲ级", "票据经手人、证明人、审批人三签。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 34, 12, 9, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        r = sh.add(f"姓{GAP}名", who, None, f"岗{GAP}位", post, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        r = sh.add("所在单位", unit, None, "填表时间", DATE, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None, None)
        sheets.append(sh)
    return _layout(
        "xunyang_lvhe_forestry_station_selfchecks", "http://218.28.6.71:81/Qikan/Article/Detail?id=22568925",
        "镇林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 退耕还林 资金 兑现 "
        "(检查验收, 验收证明, 兑付, 公示): a title, the pairs ``姓　名 | … | 岗　位 | …`` over ``所在单位 | … | 填表时间 | …``, then "
        "序号/``工作职责`` merged over its points/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def xunyang_zhaowan_forestry_station_duties() -> dict:
    unit = f"{PLACE}赵湾镇林业站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "闾椿湲", "leader", [
                ("采伐限额管理", "超限额采伐不制止，为关系人多分指标", "岗位职责", "一级风险", "指标分配村组公示，站务会研究。"),
                ("林业工程发包", "造林工程发包化整为零，规避比选", "制度机制", "二级风险", "工程发包按限额标准比选，结果公示。"),
            ]),
        ]),
        ("二、营林组", "营林组", [
            ("组长", "冉棣沄", "middle", [
                ("造林检查验收", "造林检查验收走过场，成活率虚报", "业务流程", "一级风险", "验收实地抽样，照片和样地记录存档。"),
            ]),
            ("技术员", "晏楦琤", "general", [
                ("林地逆转巡查", "发现林地改变用途不报告", "岗位职责", "二级风险", "巡查台账每周上报，站长抽查。"),
                ("种苗调拨", "种苗调拨数量虚报", "业务流程", "三级风险", "种苗出入库双人签字。"),
            ]),
        ]),
        ("三、林政组", "林政组", [
            ("林政员", "戚桤妤", "general", [
                ("林权流转审核", "林权流转审核收受好处", "外部环境", "一级风险", "流转审核两人以上，结果公示。"),
                ("木材运输证件初审", "初审不核对采伐许可", "岗位职责", "三级风险", "初审材料清单化，组长复核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "xunyang_zhaowan_forestry_station_duties",
        "https://www.ppdoc.com/periodical/4bfd04bf2eabd7046f301a04cde7360a.html",
        "镇林业站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导``, ``二、营林组``, ``三、林政组`` merged across (no 科室 column), "
        "after the source's paper on 森林资源管理 (造林 检查验收, 超限额采伐, 林地逆转, 木材检查站, 林权流转): a title, then 序号/"
        "岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``"
        "/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xunyang_shenhe_forestry_station_every_row() -> dict:
    unit = f"{PLACE}神河镇林业站"
    sh = _Sheet("一览表", [6, 10, 9, 38, 12, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "姒柘璘", "leader", "林业生态建设项目申报材料不实", "岗位职责风险", "Ⅰ", "申报材料实地核实，站务会审定。"),
        ("站长", "姒柘璘", "leader", "造林任务未落实到地块即申请拨款", "业务流程风险", "Ⅰ", "拨款凭地块验收清单办理。"),
        ("副站长", "缑檀澈", "leader", "荒山造林后续管护资金截留挤占", "制度机制风险", "Ⅱ", "管护资金专账核算，按季公示。"),
        ("技术员", "殳栾洇", "general", "造林成活率调查数据不实", "岗位职责风险", "Ⅱ", "调查样地随机布设，站长复核。"),
        ("报账员", "巫桐玹", "general", "专项资金虚列支出", "业务流程风险", "Ⅰ", "支出凭合同、验收单、审批单办理。"),
        ("报账员", "巫桐玹", "general", "接受苗木供应商礼品礼金", "外部环境风险", "Ⅲ", "礼品礼金登记上交，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "xunyang_shenhe_forestry_station_every_row", "https://www.hhky.gov.cn/info/1121/621002.htm",
        "镇林业站 岗位廉政风险防控一览表, after the source's 市审计局 audit of 林业生态建设 专项资金 (项目申报 真实, 造林任务 落实, "
        "截留挤占挪用, 虚列支出, 后续管理): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/岗位/姓名 written out on EVERY row (nothing merged; no 科室 column)/廉政风险点/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xunyang_state_forest_farm_oval_levels(),
    xunyang_forestry_bureau_two_sheets(),
    xunyang_ecology_branch_list(),
    xunyang_nature_reserve_station_cards(),
    xunyang_shuhe_forestry_station_posts(),
    xunyang_lvhe_forestry_station_selfchecks(),
    xunyang_zhaowan_forestry_station_duties(),
    xunyang_shenhe_forestry_station_every_row(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a sheet's
    ``ovals`` (row, col, colour, x, y): each a small text-less ellipse filled with ``colour``, no
    outline, drawn inside the cell at (x, y) pixels. xlsxwriter draws text boxes only, so each is
    written as one and its drawing part rewritten: ``prst="rect"`` → ``"ellipse"``, no ``txBox``,
    named ``椭圆 N`` as Excel names the shape."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    drawn = False
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
        for r, c, colour, x, y in sheet.get("ovals", ()):
            drawn = True
            ws.insert_textbox(r, c, "", {
                "width": OVAL_PX, "height": OVAL_PX, "x_offset": x, "y_offset": y,
                "fill": {"color": f"#{colour}"}, "line": {"none": True}, "object_position": 1,
            })  # fmt: skip
    wb.close()
    if drawn:
        _ellipses(path)
    return path


def _ellipses(path: Path) -> None:
    """Rewrite the text boxes of the drawing parts as ellipses (the rest of the file as written)."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if re.fullmatch(r"xl/drawings/drawing\d+\.xml", info.filename):
                xml = data.decode("utf-8")
                assert xml.count('prst="rect"') == xml.count('txBox="1"') == xml.count("<xdr:sp ")
                xml = xml.replace('prst="rect"', 'prst="ellipse"')
                xml = xml.replace('<xdr:cNvSpPr txBox="1"/>', "<xdr:cNvSpPr/>")
                xml = re.sub(r'name="TextBox (\d+)"', r'name="椭圆 \1"', xml)
                data = xml.encode("utf-8")
            z.writestr(info, data)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch416-inbox"))
