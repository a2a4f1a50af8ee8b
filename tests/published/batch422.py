"""The four-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村
bodies, 黄龙县 (a county of 延安 on the 黄龙山, its staff Han) — the 县农业农村局, the
县农业技术推广中心, the 县畜牧兽医站, the 县农机服务站 and the 农业综合服务站 of four of its towns
(石堡镇, 白马滩镇, 瓦子街镇, 三岔镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel (the 农业农村局's exported by a system):

- the 农业技术推广中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 畜牧兽医站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …`` over
  ``所在股室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 农机服务站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 石堡镇农业综合服务站's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW
  ``姓　名 | 职　务 | 工作单位 | 填表时间`` over a row of values, then ``序号 | 工作职责 | 风险点 | 风险等级 |
  防控措施 | 自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  ``本人签名： | … | 站长审核：``;
- the 白马滩镇农业综合服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、农技推广组``,
  ``三、农机服务组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 瓦子街镇农业综合服务站's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line:
  ``股室`` merged (``站领导``, ``产业发展组``, ``农村经营管理组``), ``岗位`` and ``责任人`` merged per
  person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 三岔镇农业综合服务站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written
  out on EVERY row (nothing merged) and with no 组 column (the 站 has none): ``岗位 | 姓名 | 风险类型 |
  廉政风险点 | 风险等级 | 防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a
  ``注：`` line.

One is harder:

- ``huanglong_agriculture_bureau_uncached_formulas``: the 农业农村局's 岗位廉政风险评估表 as the
  county's 廉政风险防控管理平台 EXPORTS it (a Java system writing with Apache POI): a title, a merged
  ``导出单位：…　导出时间：2025-10-16`` line, the heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 发生可能性（1—5分） | 影响程度（1—5分） | 风险值 | 风险等级 | 防控措施``, written out on every
  row (a system merges nothing), short types — an ordinary list in every other way. But the
  ``序号``, ``风险值`` and ``风险等级`` cells are FORMULAS WHOSE RESULTS THE FILE DOES NOT HOLD:
  ``=ROW()-3``, ``=G4*H4`` and ``=IF(I4>=15,"高",IF(I4>=8,"中","低"))`` stand in the sheet as
  ``<c r="J4"><f>IF(I4&gt;=15,…)</f></c>`` with NO ``<v>`` (no cached value, no ``t="str"``), and the
  workbook asks to be worked out when opened (``<calcPr fullCalcOnLoad="1"/>``), so Excel and WPS
  show ``1``, ``16``, ``高`` while a reader of stored values finds the three cells EMPTY. The rule
  for the level (风险值 15 and over 高, 8–14 中, under 8 低, on a 1–5 by 1–5 grid) stands ONLY IN THE
  FORMULA: the ``注：`` under the list says just that the 风险值 is 可能性 × 影响程度 and that the
  平台 sets the level from it. The shape is about THE FILE: what it stores against what it shows.
  The README's 读得懂的表 knows a level worked out from ``发生可能性 | 危害程度`` (1–3 scores, or 高/中/低)
  by a NOTE's product rule (6 and over 一级, 3–4 二级), a level stored as a number shown as a word by a
  NUMBER FORMAT (``WORDS_BY_FORMAT``), cells linked to ANOTHER WORKBOOK read by their CACHED value, a
  template's FORMULA rows running on below the filled ones (batch266: its formulas WITH the values
  Excel computed and saved; ``ROWS_COMPUTED``), a streaming writer's file (inline strings, a false
  dimension) and WPS's ``DISPIMG`` formulas; it does not describe formula cells that carry NO
  RESULT AT ALL, the level existing only once a spreadsheet works the formula out.
  ``grep -il 'uncached\\|no cached\\|without a cached\\|fullCalcOnLoad' tests/published/batch*.py``
  finds no earlier batch.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 耕地地力保护补贴实施方案 —
补贴面积 核实, 村级公示, ``一卡通`` 发放; a 延安 paper on 黄龙县 as a 全国粮食生产先进县 — 粮食高产创建,
玉米 单产, 三岔乡 种粮大户; a paper on 动物防疫监督 at a 高速公路 服务区 — 逃避检疫, 病死动物, 举报; an
answer on how a 乡镇农机站 handles 农机购置补贴 — 购机申请, ``人、机、票、铭牌`` 核验, 公示, 资金结算; a
court's judgment in a 公益诉讼 against a 县农业农村局 over 动物检疫 and 私屠滥宰; a note on a 镇综合服务中心
农业农机站 checking 保护性耕作 机具 — ``见人、见机、见票``, 入户核查表; 延安文明网 on 黄龙县 瓦子街镇's 乡村
振兴 — 民宿, 金丝皇菊 种植园, 产业; a paper on 高标准农田 and 农业社会化服务 — 耕、种、防、收 托管) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 黄龙县, named with the county's name (no earlier unit holds ``黄龙县``; the 镇 —
石堡镇, 白马滩镇, 瓦子街镇, 三岔镇 — are towns of the county).

Run ``python tests/published/score.py --set batch422`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is what its ``风险等级`` cell SHOWS when the file is opened
  — the value of its formula over the row's 可能性 and 影响程度 (15 and over 高 → 1, 8–14 中 → 2,
  under 8 低 → 3) — though the file stores no value for it; the ``风险值`` and ``序号`` cells are no
  points; the ``注：`` line and the 导出 line are no points and name no holder;
- ``中心领导`` (the 推广中心's sheet of its leaders, named so by its tab and title), ``站领导`` (a group
  row, a 股室 cell, the 畜牧兽医站 cards' 所在股室) and ``局领导`` (a 股室 cell of the 农业农村局) are the
  科室 of those leaders; a 局's 股 and 办公室, a 中心's 科 and 办公室, a 站's 股 and 组 are 科室; a group
  row ``二、农技推广组`` gives the 科室 ``农技推广组`` (its number left off); the 石堡镇 and 三岔镇
  stations' forms name no 科室 (no field, no column): their 科室 is "";
- 局长, 副局长, the 中心's 主任 and 副主任, 站长 and 副站长 are leaders; 股长, 科长, the 办公室's 主任 and a
  站's 组长 middle; the rest (科员, 会计, 植保员, 技术员, 防疫员, 农技员, 核验员, 牌证管理员,
  农经员, 报账员) general;
- ``廉政风险点 | 风险描述`` (the 瓦子街镇 station's list) and ``风险点 | 风险表现`` (the 农机服务站's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name
  no holder; the 农机服务站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 三岔镇 station's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which writes its formulas and then
takes their values out of the sheet, as Apache POI leaves a file whose formulas it did not
evaluate) and ``truth.json``; no re-saved copies (as batch280 and batch418: LibreOffice would work
the formulas out and store their values).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b422_"
PLACE = "黄龙县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

FORMULA_NAME = "huanglong_agriculture_bureau_uncached_formulas"
FORMULA_UNIT = f"{PLACE}农业农村局"
FORMULA_TAB = "风险评估表"
FORMULA_HEAD = (
    "序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "发生可能性（1—5分）",
    "影响程度（1—5分）", "风险值", "风险等级", "防控措施",
)  # fmt: skip
FORMULA_NOTE = "注：风险值＝发生可能性×影响程度，风险等级由平台根据风险值自动生成。"
FORMULA_COLS = (0, 8, 9)  # 序号, 风险值, 风险等级: formulas, no stored value
HIGH, MIDDLE = 15, 8  # the platform's rule, in its formula only
FORMULA_HEAD_ROW = 2  # the heading's row (0-based): ``=ROW()-3`` numbers the rows under it


def band(score: int) -> str:
    """What ``=IF(I4>=15,"高",IF(I4>=8,"中","低"))`` shows."""
    return "高" if score >= HIGH else "中" if score >= MIDDLE else "低"


# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 可能性, 影响程度, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郤澂珝", "leader", [
        ("涉农整合资金项目安排不经党组会集体研究，个人说了算", "制度机制", 4, 5,
         "项目安排经党组会研究，会议纪要存档，项目清单公开。"),
        ("干部选任和年度考核中搞“一言堂”", "思想道德", 2, 4, "选任按程序动议、考察、公示，考核结果公示。"),
    ]),
    ("局领导", "副局长", "甯翯岺", "leader", [
        ("高标准农田建设项目招标中打招呼、插手干预", "外部环境", 3, 5, "项目进入公共资源交易平台，插手干预登记报告。"),
        ("项目竣工验收走过场，工程量核定不实", "业务流程", 3, 4, "验收组吸收监理、审计和村民代表，验收结果公示。"),
    ]),
    ("办公室", "主任", "訾瑈沄", "middle", [
        ("公务接待、公车使用超标准", "制度机制", 2, 3, "接待事前审批，公车使用登记，按月公示。"),
    ]),
    ("办公室", "会计", "逯琎溦", "general", [
        ("报销票据审核不严，虚列培训会议支出", "业务流程", 3, 3, "报销经办、审核、审批三签，每季度内审。"),
        ("往来款项长期挂账不清理", "岗位职责", 2, 2, "往来款项每季度清理，情况报局务会。"),
    ]),
    ("种植业股", "股长", "隗翀湉", "middle", [
        ("耕地地力保护补贴面积核实把关不严，虚报冒领", "岗位职责", 4, 4, "补贴面积村级公示、镇级审核，县级抽查比例不低于5%。"),
        ("农作物良种推广补助对象确定优亲厚友", "思想道德", 2, 4, "补助对象和标准公开，名单公示七天。"),
    ]),
    ("农村经营管理股", "股长", "濮昶瑢", "middle", [
        ("农村集体“三资”审计中隐瞒问题、出具不实结论", "岗位职责", 3, 5, "审计两人以上，审计报告集体审定。"),
        ("土地承包经营纠纷调处偏袒一方", "外部环境", 2, 3, "调处过程记录存档，结果当事人签字。"),
    ]),
    ("农村经营管理股", "科员", "栾璆淏", "general", [
        ("土地流转合同备案材料审核不严", "业务流程", 2, 4, "备案材料清单化审核，备案信息网上可查。"),
    ]),
]  # fmt: skip


def huanglong_agriculture_bureau_uncached_formulas() -> dict:
    unit = FORMULA_UNIT
    t = _Truth(unit)
    ncols = len(FORMULA_HEAD)
    sh = _Sheet(FORMULA_TAB, [6, 14, 8, 9, 36, 10, 10, 10, 8, 8, 34])
    _line(sh, f"{unit}岗位廉政风险评估表", ncols)
    _line(sh, f"导出单位：{unit}{GAP * 10}导出时间：2025-10-16", ncols)
    assert sh.add(*FORMULA_HEAD) == FORMULA_HEAD_ROW
    formulas: dict[tuple[int, int], str] = {}
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, chance, harm, measures in points:
            n += 1
            score = chance * harm
            r = sh.add(n, dept, post, who, point, typ, chance, harm, score, band(score), measures)
            x = r + 1  # the Excel row
            formulas[(r, 0)] = f"=ROW()-{FORMULA_HEAD_ROW + 1}"
            formulas[(r, 8)] = f"=G{x}*H{x}"
            formulas[(r, 9)] = f'=IF(I{x}>={HIGH},"高",IF(I{x}>={MIDDLE},"中","低"))'
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[band(score)])
    _line(sh, FORMULA_NOTE, ncols)
    sh.add("制表：", None, None, "审核：", None, None, None, None, None, DATE, None)
    lay = _layout(
        FORMULA_NAME, "http://www.fengdujob.net/go/2021年耕地地力保护补贴实施方案.html",
        "(harder) 县农业农村局 岗位廉政风险评估表 as the county's 廉政风险防控管理平台 exports it (Apache POI), after the "
        "source's 耕地地力保护补贴实施方案 (补贴面积 核实, 公示, 一卡通): a title, a merged ``导出单位：…　导出时间：…`` line, "
        "序号/股室/岗位/姓名 written out on every row/廉政风险点/风险类型 (short names)/``发生可能性（1—5分）``/"
        "``影响程度（1—5分）``/风险值/风险等级/防控措施 — the 序号, 风险值 and 风险等级 cells FORMULAS WITH NO STORED VALUE "
        "(``=ROW()-3``, ``=G4*H4``, ``=IF(I4>=15,\"高\",IF(I4>=8,\"中\",\"低\"))``; ``fullCalcOnLoad``), the level rule in "
        "the formula only; a merged ``注：`` line on how the level is set and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["formulas"] = formulas
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def huanglong_agritech_center_two_sheets() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("宓翾湛", "主任", "主持全面工作，负责人事、财务", [
            ("粮食高产创建项目资金分配不经主任办公会研究", "一级", "资金分配方案集体研究，项目乡镇和补助标准公开。"),
            ("技术人员职称推荐和绩效分配中照顾关系", "二级", "推荐条件量化赋分，分配方案全中心公示。"),
        ]),
        ("羿璠沚", "副主任", "分管粮油作物示范、良种推广", [
            ("玉米良种示范物资采购指定供应商", "一级", "物资采购三家以上比价，验收小组签字。"),
            ("示范田补助面积核定不实", "二级", "示范田面积实地丈量，补助名单公示。"),
        ]),
        ("殳瑧洺", "副主任", "分管植保、土肥和农技培训", [
            ("高素质农民培训学员签到和补助弄虚作假", "三级", "培训签到人脸核验，补助打卡发放。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}科室廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("植保科", "科长", "钮昉璘", "middle", [
            ("病虫害统防统治药剂采购数量虚高", "一级", "药剂按防治面积核定，出入库台账逐笔登记。"),
            ("统防统治服务组织确定不公开", "二级", "服务组织比选结果公示，签订服务合同。"),
        ]),
        ("植保科", "植保员", "暴渟珣", "general", [
            ("病虫害监测数据填报不实", "三级", "监测点数据每周复核，影像资料留存。"),
        ]),
        ("土肥科", "科长", "扈琨淏", "middle", [
            ("测土配方施肥取样化验费用虚报", "二级", "取样点位定位留存，化验费用按样品数核报。"),
            ("配方肥推广企业确定中收受好处", "一级", "推广企业公开征集，评定结果公示。"),
        ]),
        ("办公室", "会计", "寇琮澜", "general", [
            ("项目资金报账审核不严，白条入账", "二级", "报账凭证经手人、验收人、审批人三签。"),
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
        "huanglong_agritech_center_two_sheets", "https://yybnet.net/yanan/huanglong/201101/4343074.html",
        "县农业技术推广中心 file in two sheets after the source's piece on 黄龙县 as a 全国粮食生产先进县 (粮食高产创建, 玉米 "
        "单产, 种粮大户): ``中心领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no "
        "type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def huanglong_livestock_station_cards() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "麴澔珵", "站领导", "leader", [
            ("强制免疫疫苗采购和分配不经站务会研究", "★★★", "疫苗按免疫计划分配，站务会研究，分配表公示。"),
            ("防疫员聘用和补助发放中照顾关系人", "★★", "聘用条件公开，补助按考核结果发放并公示。"),
            ("动物疫情处置经费虚列支出", "★★★", "处置经费按扑杀、消毒记录核报，审计抽查。"),
        ]),
        ("股长", "庾琸澴", "检疫股", "middle", [
            ("产地检疫不到场即出具检疫证明", "★★★", "检疫申报网上受理，检疫现场定位拍照。"),
            ("对逃避检疫、私屠滥宰行为降格处理", "★★", "案件移交台账管理，处理结果公开。"),
        ]),
        ("防疫员", "谯玥沨", "防疫股", "general", [
            ("免疫档案填写不实，免疫密度虚报", "★★", "免疫档案与耳标信息核对，抽血检测抗体。"),
            ("病死畜禽无害化处理补助数量虚报", "★", "收集数量与养殖档案比对，补助名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huanglong_livestock_station_cards",
        "https://www.syhmjs.com/periodical/054b5876f3798c07a862fbfa716f3690.html",
        "县畜牧兽医站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 股长, 防疫员), after the source's paper on 动物防疫监督 "
        "(逃避检疫, 病死动物, 举报): a title, ``姓　名 | … | 职　务 | …`` over ``所在股室 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | "
        "站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def huanglong_agrimachinery_station_posts() -> dict:
    unit = f"{PLACE}农机服务站"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("补贴资金结算", "农机购置补贴结算不经集体研究，向关系经销商倾斜", "制度机制", "高风险",
             "结算清册站务会研究，报县农业农村局和财政局复核。"),
            ("经销商管理", "对违规经销商不按规定处理，收受好处", "外部环境", "中风险", "经销商违规处理结果公开。"),
        ]),
        ("补贴股", "股长", "middle", [
            ("补贴申请受理", "对购机材料不全的申请违规受理", "岗位职责", "高风险", "受理材料清单化，一次性告知。"),
        ]),
        ("补贴股", "核验员", "general", [
            ("机具核验", "不见人、不见机即出具核验意见，人机合影弄虚作假", "业务流程", "高风险",
             "核验“人、机、票、铭牌”四要素，核验影像上传系统。"),
            ("补贴公示", "公示内容不全或公示时间不足", "岗位职责", "中风险", "公示不少于七天，公示照片存档。"),
        ]),
        ("安全监理股", "牌证管理员", "general", [
            ("拖拉机登记", "拖拉机注册登记和检验不到场", "思想道德", "中风险", "检验现场拍照，登记资料双人复核。"),
            ("驾驶证考试", "驾驶证考试降低标准、代考", "业务流程", "低风险", "考试全程录像，考官随机确定。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "huanglong_agrimachinery_station_posts", "https://www.fudaoke.com/exam/2751790.html",
        "县农机服务站 岗位廉政风险点排查表 对岗不对人, after the source's answer on how a 农机站 handles 农机购置补贴 (购机申请, "
        "“人、机、票、铭牌”核验, 公示, 资金结算): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | "
        "2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def huanglong_shibao_station_selfchecks() -> dict:
    unit = f"{PLACE}石堡镇农业综合服务站"
    t = _Truth(unit)
    people = [
        ("桓翊澂", "站长", "leader", [
            ("主持站全面工作，负责惠农补贴初审", [
                ("耕地地力保护补贴面积初审把关不严", "Ⅰ级", "面积与确权数据比对，村级公示七天。", "已落实"),
                ("站内物资采购不询价", "Ⅱ级", "采购三家以上询价，镇党委会审定。", "已落实"),
            ]),
        ]),
        ("暨璟湲", "农技员", "general", [
            ("负责农作物病虫害防治和技术指导", [
                ("防治药剂发放不登记、少发冒领", "Ⅱ级", "发放凭身份证登记签字，名单公示。", "已落实"),
                ("示范户确定优亲厚友", "Ⅲ级", "示范户条件公开，村评议后确定。", "正在整改"),
            ]),
        ]),
        ("胥瑀淇", "防疫员", "general", [
            ("负责动物强制免疫和检疫申报受理", [
                ("免疫耳标发放和佩戴记录不实", "Ⅰ级", "耳标发放与免疫档案逐户核对。", "已落实"),
                ("对私屠滥宰线索隐瞒不报", "Ⅲ级", "线索登记后当日报县畜牧兽医站。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", f"职{GAP}务", "工作单位", None, "填表时间", None)
        sh.merge(r, 2, r, 3)
        sh.merge(r, 4, r, 5)
        r = sh.add(who, post, unit, None, DATE, None)
        sh.merge(r, 2, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "huanglong_shibao_station_selfchecks", "https://bbs.jbzyw.com/archiver/tid-552832.html",
        "镇农业综合服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 公益诉讼 judgment "
        "on a 县农业农村局's 动物检疫 and 私屠滥宰 duties: a title, a LABEL ROW ``姓　名 | 职　务 | 工作单位 | 填表时间`` over "
        "a row of values, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def huanglong_baimatan_station_group_rows() -> dict:
    unit = f"{PLACE}白马滩镇农业综合服务站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "邝琤湄", "leader", [
                ("项目申报", "产业项目申报材料把关不严，帮助虚报", "岗位职责风险", "一级风险", "申报材料实地核实，镇党委会审定。"),
                ("资金拨付", "产业奖补资金拨付不按验收结果", "制度机制风险", "一级风险", "奖补资金凭验收报告拨付，名单公示。"),
            ]),
        ]),
        ("二、农技推广组", "农技推广组", [
            ("组长", "郗瑄淏", "middle", [
                ("技术服务", "向农户推销指定厂家农资，收取回扣", "思想道德风险", "二级风险", "农资推荐实行多品种比选，签订廉洁承诺。"),
                ("示范基地", "示范基地物资验收不严", "业务流程风险", "二级风险", "验收三人以上，验收单签字存档。"),
            ]),
            ("农技员", "鄢琇沄", "general", [
                ("培训组织", "农民培训人数虚报，补助冒领", "外部环境风险", "三级风险", "培训签到拍照，补助名单公示。"),
            ]),
        ]),
        ("三、农机服务组", "农机服务组", [
            ("组长", "郜璩澈", "middle", [
                ("机具核查", "保护性耕作机具核查不见人、不见机", "岗位职责风险", "一级风险", "入户核查表购机户签字按手印。"),
                ("作业补助", "深松整地作业面积虚报", "业务流程风险", "三级风险", "作业面积监测终端数据核对，抽查复核。"),
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
        "huanglong_baimatan_station_group_rows", "http://m.linesmovie.com/1/23/2024-12-10/262282.html",
        "镇农业综合服务站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、农机服务组`` merged across (no 组 column), "
        "after the source's note on a 镇综合服务中心 农业农机站 checking 保护性耕作 机具 (见人、见机、见票, 入户核查表): a title, "
        "then 序号/岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def huanglong_wazijie_station_list() -> dict:
    unit = f"{PLACE}瓦子街镇农业综合服务站"
    sh = _Sheet("一览表", [6, 13, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险描述",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("站领导", "站长", "牟珺澍", "leader", [
            ("产业奖补", "菊花、民宿等产业奖补对象认定不经集体研究", "制度机制", "高", "奖补方案镇党委会研究，对象逐级公示。"),
            ("项目验收", "产业基地建设项目验收降低标准", "岗位职责", "中", "验收组三人以上，现场拍照存档。"),
        ]),
        ("站领导", "副站长", "薄瑺淇", "leader", [
            ("物资发放", "种苗、化肥等物资发放向亲友倾斜", "思想道德", "高", "发放名单村级公示，签字领取。"),
        ]),
        ("产业发展组", "组长", "冉琭洢", "middle", [
            ("合作社评定", "示范合作社评定中收受好处", "外部环境", "中", "评定标准公开，评定结果公示。"),
            ("统计上报", "产业种植面积统计虚报", "业务流程", "低", "面积逐户登记，村镇两级签字。"),
        ]),
        ("农村经营管理组", "农经员", "邴瑗滢", "general", [
            ("村级财务代理", "村级报账审核不严，白条入账", "岗位职责", "中", "报账凭证三级审核，每季度公开。"),
            ("土地流转", "土地流转合同鉴证不实", "业务流程", "低", "流转合同双方到场签字，鉴证资料存档。"),
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
        "huanglong_wazijie_station_list",
        "http://sxya.wenming.cn/xykx/huanglong/202102/t20210218_6960547.shtml",
        "镇农业综合服务站 岗位廉政风险防控一览表 after the source's piece on 黄龙县 瓦子街镇's 乡村振兴 (民宿, 金丝皇菊 种植园, 产业): "
        "a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``股室`` merged (站领导, 产业发展组, 农村经营管理组)/"
        "``岗位`` and ``责任人`` merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huanglong_sancha_station_every_row() -> dict:
    unit = f"{PLACE}三岔镇农业综合服务站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "扶璘澂", "leader", "制度机制", "高标准农田建设项目村组选定不经集体研究", "Ⅰ", "项目选址镇党委会研究，结果公示。"),
        ("站长", "扶璘澂", "leader", "外部环境", "对农资经营户违规问题说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副站长", "庹琬湛", "leader", "岗位职责", "托管服务补助面积核定不实", "Ⅰ", "托管面积实地核查，补助名单公示。"),
        ("植保员", "禤瑭沅", "general", "业务流程", "统防统治作业面积虚报", "Ⅱ", "作业面积与飞防轨迹核对。"),
        ("报账员", "亢瑶淞", "general", "思想道德", "代管村级资金私自挪用", "Ⅰ", "村级资金专户管理，每月对账。"),
        ("报账员", "亢瑶淞", "general", "制度机制", "报账资料归档不全", "Ⅲ", "报账资料按月装订归档。"),
        ("技术员", "兀珝澄", "general", "岗位职责", "耕、种、防、收技术指导记录补记", "Ⅲ", "指导记录当日填写，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "huanglong_sancha_station_every_row", "https://fx361.com/page/2023/0522/22465435.shtml",
        "镇农业综合服务站 岗位廉政风险防控一览表, after the source's paper on 高标准农田 and 农业社会化服务 (耕、种、防、收 托管): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY "
        "row (nothing merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huanglong_agriculture_bureau_uncached_formulas(),
    huanglong_agritech_center_two_sheets(),
    huanglong_livestock_station_cards(),
    huanglong_agrimachinery_station_posts(),
    huanglong_shibao_station_selfchecks(),
    huanglong_baimatan_station_group_rows(),
    huanglong_wazijie_station_list(),
    huanglong_sancha_station_every_row(),
]

RESAVED: tuple[str, ...] = ()

SHEET_XML = "xl/worksheets/sheet1.xml"
_CACHED = re.compile(r"(<f>[^<]*</f>)<v>[^<]*</v>")


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout is written the same way (borders, wrapped text,
    宋体 10), its ``formulas`` as formulas, and then every formula's stored value is taken out of the
    sheet (``<c r="J4" s="1"><f>…</f></c>``: no ``<v>``) and the application named Apache POI, as
    POI leaves a file whose formulas it did not evaluate; the workbook keeps xlsxwriter's
    ``<calcPr fullCalcOnLoad="1"/>``, which has Excel and WPS work them out on opening."""
    sheet = layout["sheets"][0]
    if "formulas" not in sheet:
        return _write_xlsx44(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 16, 9, 0, 0), "author": "lzfk"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    formulas = sheet["formulas"]
    ws = wb.add_worksheet(sheet["name"])
    for c, w in enumerate(sheet.get("widths") or []):
        ws.set_column(c, c, w)
    covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)}  # fmt: skip
    for r, row in enumerate(sheet["rows"]):
        for c, v in enumerate(row):
            if v is None or (r, c) in covered:
                continue
            if (r, c) in formulas:
                ws.write_formula(r, c, formulas[(r, c)], fmt, 0)
            else:
                _put(ws, (fmt, fmt), r, c, v)
    for r0, c0, r1, c1 in sheet["merges"]:
        v = sheet["rows"][r0][c0]
        ws.merge_range(r0, c0, r1, c1, "", fmt)
        if v is not None:
            _put(ws, (fmt, fmt), r0, c0, v)
    wb.close()
    _take_out_values(path)
    return path


def _take_out_values(path: Path) -> None:
    """Rewrite the package with no stored value after any formula, the application Apache POI."""
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == SHEET_XML:
                data = _CACHED.sub(r"\1", data.decode("utf-8")).encode("utf-8")
            elif info.filename == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"<Application>[^<]*</Application>",
                    "<Application>Apache POI</Application>",
                    text,
                )
                data = text.encode("utf-8")
            z.writestr(info, data)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch422-inbox"))
