"""The eight-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture and
tourism bodies, 黟县 (of 黄山市, 安徽) — its 文化旅游体育局, 古村落保护中心, 宏村景区管理委员会,
文物管理所, 文化市场综合执法大队, 旅游服务中心 and 导游服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化旅游体育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 古村落保护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no
  names;
- the 宏村景区管理委员会's 责任清单 under GROUP ROWS ``一、管委会领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 文物管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 文化市场综合执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``中队 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 旅游服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 导游服务中心's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yixian_xidi_scenic_collapsed_blocks``: the 西递景区管理处's 岗位廉政风险清单 sent with Excel's
  分级显示 (outline) FOLDED: ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, one SUMMARY
  row a holder (``序号`` the holder's number, 科室, 岗位 and 姓名 written, ``本岗位风险点共N项`` in the
  point column and the holder's HIGHEST grade in the level column, no measures) and under it that
  holder's point rows (序号, 科室, 岗位, 姓名 left blank; point, level, measures) grouped one outline
  level down and COLLAPSED — hidden rows, the ``+`` beside each summary row — as the sender folded
  them before saving; a ``说明：`` line above the heading says so. The README's 读得懂的表 knows hidden
  rows a note calls 销号 (set aside), rows hidden by an AutoFilter (read), group rows naming the
  holder, foot rows and 小计 rows and a staircase (outline-style) export with 科室/岗位/姓名 on rows
  of their own; it does not describe a list folded with 分级显示 whose visible rows are one summary
  row a holder (a count and the top grade) and whose points are all in the collapsed detail rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 黟县文化旅游体育局's 2022 总结和
2023 计划 — 文旅产业专项资金奖补, 招商, 文旅项目, 乡村旅游; a 乡's 自查报告 on 文物保护与徽州古建筑
保护利用工程 — 招标, 变更, 审计, 小型项目; a comment on 风景名勝區 門票 — 門票收入, 保護資金; a
文化站's 文物巡查计划 — 巡查, 台账, 两线范围内建设; a 文化市场行政执法大队's essay on 综合执法 —
执法机构, 稽查; a 旅游局 on 旅游市场监管 — 投诉受理, 专项检查, 不合理低价; a 文旅局's 线索举报 on
旅行社 and 导游 违规 — 购物回扣, 擅自变更行程; a 文旅局's 公告 on 导游乱象、强制消费 and A级景区)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 缪 and 阙 with rare given names); every
unit is a body of 黟县.

Run ``python tests/published/score.py --set batch821`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the hidden (collapsed) rows are points like any other (folding is a view);
  each holder's points are the detail rows under his summary row, with their own levels; the
  summary row (``本岗位风险点共N项`` and the top grade) is no point; the ``说明：`` line and the
  填表/审核 line are no points;
- ``局领导``, ``管委会领导``, ``中心领导``, ``所领导`` and ``队领导`` (a 处室 cell, a group row, a
  所在部门 cell) are the 科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 局's 股, a 中心's 部, an 执法大队's 中队 and a 管理处's 科 are 科室;
  a group row ``二、票务科`` gives the 科室 ``票务科`` (its number left off);
- 局长, 副局长, 主任, 副主任 (of a 中心 or a 管委会), 所长, 副所长, 大队长, 副大队长 and 处长, 副处长
  are leaders; 股长, 科长, 中队长 and a 部's 部长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the harder one
with the same cells and formats plus its row outline, see ``write_xlsx_folded``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from published.batch44 import _put, write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b821_"
PLACE = "黟县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
FOLDED = [
    ("处领导", "处长", "缪霭澄", "leader", [
        ("景区门票优惠、免票审批不按政策执行，人情放行", "一级", "免票凭证登记存档，每月在处务会上通报。"),
        ("景区经营摊位招租不公开，暗箱确定承租户", "一级", "摊位招租进入县公共资源交易平台公开竞价。"),
        ("接受旅行社、商户宴请和礼品", "三级", "签订廉洁承诺书，节前开展廉洁提醒。"),
    ]),
    ("票务科", "科长", "阙觐涵", "middle", [
        ("门票收入不及时解缴，截留挪用", "一级", "票款日清日缴，票务系统与银行到账每日核对。"),
        ("团队票结算中为旅行社虚增人数返利", "二级", "团队票凭电子行程单结算，月末抽查。"),
    ]),
    ("票务科", "检票员", "缪筱邕", "general", [
        ("收钱放行、重复使用门票", "二级", "检票口视频监控全覆盖，闸机数据与售票数据比对。"),
        ("为熟人、导游违规带客免检入园", "三级", "导游凭证件登记入园，值班领导巡查。"),
    ]),
    ("经营管理科", "科长", "阙璈川", "middle", [
        ("古民居开放点门票分成核算不实", "一级", "分成按票务系统数据核算，结果向村民公开。"),
        ("对商户强迫游客消费查处不力，收受好处", "二级", "投诉线索登记台账，办结情况公示。"),
        ("景区讲解服务派单不公，向讲解员索要好处", "二级", "讲解员轮流派单，派单记录系统留痕。"),
    ]),
]  # fmt: skip


def yixian_xidi_scenic_collapsed_blocks() -> dict:
    unit = f"{PLACE}西递景区管理处"
    sh = _Sheet("风险清单", [6, 12, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", 7)
    _line(sh, "说明：本表按人员分级显示，各人风险点已折叠，点击左侧“+”号展开查看。", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    summaries, details = [], []
    for i, (dept, post, who, tier, points) in enumerate(FOLDED, 1):
        top = min(GRADES[lv] for _, lv, _ in points)
        top_word = next(w for w, n in GRADES.items() if n == top)
        summaries.append(
            sh.add(i, dept, post, who, f"本岗位风险点共{len(points)}项", top_word, None)
        )
        for point, lv, measures in points:
            details.append(sh.add(None, None, None, None, point, lv, measures))
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表：", None, "审核：", None, "处长（签字）：", None, None)
    layout = _layout(
        "yixian_xidi_scenic_collapsed_blocks", "http://m.gbtxy.com/forum/thread-11767578-view-wxid1526579367975-back-0-1-1.html",
        "(harder) 县景区管理处 岗位廉政风险防控清单 sent FOLDED with Excel's 分级显示, after the source's 公告 on 导游乱象、"
        "强制消费 (A级景区, 旅行社, 导游, 诱骗胁迫消费, 投诉举报): a title, a 填报单位/填报时间 line, a ``说明：…已折叠，点击"
        "左侧“+”号展开查看`` line, then 序号/科室/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; ONE SUMMARY ROW "
        "A HOLDER (his number, 科室, 岗位, 姓名, ``本岗位风险点共N项`` and his top grade) and under it his point rows, "
        "序号/科室/岗位/姓名 blank, grouped one outline level down and COLLAPSED (hidden rows); a 填表/审核 line",
        [sh], t,
    )  # fmt: skip
    layout["sheets"][0]["folded"] = {"summaries": summaries, "details": details}
    return layout


def write_xlsx_folded(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` for a sheet with a ``folded`` outline: the detail rows one outline
    level down and hidden, the summary row above them collapsed (Excel's 分级显示 with the summary
    rows above the details, folded to level 1)."""
    if not any("folded" in s for s in layout["sheets"]):
        return write_xlsx(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
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
        folded = sheet.get("folded") or {"summaries": [], "details": []}
        ws.outline_settings(True, False, True, False)  # summary rows above the details
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        for r in folded["details"]:
            ws.set_row(r, None, None, {"level": 1, "hidden": True})
        for r in folded["summaries"]:
            ws.set_row(r, None, None, {"collapsed": True})
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
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
    wb.close()
    return path


# --------------------------------------------------------------------------- ordinary layouts


def yixian_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游体育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缪黛崟", "局长", "主持全面工作", [
            ("文旅重点项目招商中承诺优惠条件不经集体研究", "一级", "招商协议条款经局党组会研究，报县政府审定。"),
            ("文旅体产业发展专项资金奖补对象确定带有倾向性", "一级", "奖补名单经评审小组评审，公示七个工作日。"),
        ]),
        ("阙蕖隽", "副局长", "分管产业发展、乡村旅游", [
            ("乡村旅游示范村、美食村申报审核把关不严", "二级", "申报材料现场核查，核查记录存档。"),
            ("旅游规划编制服务采购指定编制单位", "二级", "规划编制服务按政府采购程序确定。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "股长", "缪镡宁", "middle", "奖补资金申报材料初审走过场，虚报投资额未发现", "一级",
         "投资额以审计报告和发票为准，初审、复审两级把关。"),
        ("产业发展股", "股长", "缪镡宁", "middle", "在建文旅项目投资进度统计弄虚作假", "二级", "项目进度每月现场核实，照片存档。"),
        ("产业发展股", "股员", "阙楫澜", "general", "向申报企业泄露评审信息", "三级", "评审信息保密，评审前签订保密承诺。"),
        ("计划财务股", "股长", "缪琨瑶", "middle", "节会活动经费支出超标准、虚列项目", "一级", "节会经费事前预算、事后审计。"),
        ("计划财务股", "会计", "阙翕芸", "general", "报账凭证审核不严，以票抵票", "二级", "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yixian_culture_tourism_bureau_two_sheets", "https://www.yixian.gov.cn/zwgk/public/6616535/10871883.html",
        "县文化旅游体育局 廉政风险防控一览表 in TWO SHEETS, after the source's 2022年总结和2023年计划 (文旅产业发展专项资金"
        "奖补, 招商, 在建文旅项目, 乡村旅游 美食村): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yixian_ancient_village_centre_posts() -> dict:
    unit = f"{PLACE}古村落保护中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "古建筑保护利用工程招标中设置排他性条件", "制度机制风险", "高",
         "招标文件经中心会议集体审定，法律顾问审核。"),
        ("中心领导", "主任", "leader", "修缮工程设计变更不按程序报批", "岗位职责风险", "高",
         "设计变更经设计、监理、业主三方签字并报县遗产办备案。"),
        ("工程部", "部长", "middle", "修缮材料单价确定不询价，虚高结算", "业务流程风险", "高",
         "材料单价三家询价，结算经第三方审计。"),
        ("工程部", "部长", "middle", "隐蔽工程验收不到场，签字放行", "岗位职责风险", "中",
         "隐蔽工程验收影像留存，验收记录随档归档。"),
        ("工程部", "技术员", "general", "小型修缮项目工程量签证不实", "业务流程风险", "中",
         "工程量签证双人现场计量。"),
        ("综合部", "出纳", "general", "古民居产权人保护补助资金发放不到户", "外部环境风险", "低",
         "补助资金通过“一卡通”直接发放到户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "yixian_ancient_village_centre_posts", "http://www.sdshuichulishebei.cn/zichabaogao/9058.html",
        "县古村落保护中心 岗位廉政风险点排查表 对岗不对人, after the source's 乡 自查报告 on 文物保护与徽州古建筑保护利用"
        "工程 (招标、变更和审计程序, 小型项目建设管理): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yixian_hongcun_committee_group_rows() -> dict:
    unit = f"{PLACE}宏村景区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "缪骥岚", "leader", [
                ("门票收入分成比例调整不经集体研究", "一级风险", "分成方案经管委会会议研究并报县政府批准。"),
                ("景区保护资金挪作他用", "一级风险", "保护资金专户管理，年度使用情况公开。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "阙邈淳", "middle", [
                ("门票预约系统后台违规出票", "二级风险", "后台操作权限分级，出票日志每周核查。"),
            ]),
            ("售票员", "缪蓁茗", "general", [
                ("售票现金长短款不如实登记", "二级风险", "每班交接清点，长短款当日登记上报。"),
                ("违规为亲友办理优惠票", "三级风险", "优惠票凭证件原件办理，证件号录入系统。"),
            ]),
        ]),
        ("三、规划建设科", "规划建设科", [
            ("科长", "阙炅峤", "middle", [
                ("核心保护区内违规建设巡查不报", "一级风险", "保护区巡查日志每日上传，违建限时上报。"),
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
        "yixian_hongcun_committee_group_rows", "http://hnwohe.com/p/200910/280095.html",
        "县景区管理委员会 廉政风险防控责任清单, after the source's comment on 风景名胜区 门票 (门票收入, 景区保护资金, "
        "定价权, 公共资源): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、管委会领导``, ``二、票务科``, ``三、规划建设科`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def yixian_relics_office_cards() -> dict:
    unit = f"{PLACE}文物管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "缪蕤苓", "所长", "主持全所工作", "leader", [
            ("文物保护单位“两线”范围内建设项目审核意见随意出具", "★★★", "审核意见经所务会研究，现场踏勘记录存档。"),
            ("文物安全巡查经费使用不规范", "★★", "巡查经费按次据实报销，巡查台账与报销单核对。"),
            ("接受文物保护工程施工单位宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副所长", "阙聿桉", "副所长", "分管文物巡查、馆藏文物", "leader", [
            ("文物巡查发现隐患不登记、不上报", "★★★", "巡查实行“一到、二看、三查、四照”，隐患建立问题清单。"),
            ("馆藏文物出入库、借展手续不全", "★★", "出入库双人经办，借展报县文化旅游体育局审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 38, 12, 34])
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
        "yixian_relics_office_cards", "https://shenddl.com/s2007/030982249.html",
        "县文物管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 文化站 文物巡查计划 (每月巡查, "
        "“一到、二看、三查、四照”, 两线范围内建设情况, 台账): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yixian_market_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "大队长", "缪菡瑭", "leader", "重大案件处罚决定不经集体讨论", "制度机制", "高风险",
         "重大案件由案审委集体讨论决定。"),
        ("队领导", "大队长", "缪菡瑭", "leader", "为网吧、歌舞娱乐场所说情打招呼", "思想道德", "中风险",
         "落实干预执法记录报告制度。"),
        ("执法一中队", "中队长", "阙睿璘", "middle", "检查前向经营场所通风报信", "岗位职责", "高风险",
         "检查对象随机抽取、执法人员随机选派。"),
        ("执法一中队", "执法队员", "缪桤洹", "general", "现场检查不出示证件、不全程记录", "业务流程", "中风险",
         "执法记录仪全程开启，视频按月归档。"),
        ("执法二中队", "中队长", "阙绀棠", "middle", "旅游市场投诉案件久拖不办", "业务流程", "中风险",
         "投诉案件限时办结，逾期督办。"),
        ("执法二中队", "执法队员", "缪歙岚", "general", "暂扣物品保管、处置不登记", "外部环境", "低风险",
         "暂扣物品专库保管，出入库登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "yixian_market_enforcement_list", "https://getit01.com/p201806223270297",
        "县文化市场综合执法大队 岗位廉政风险防控一览表, after the source's 文化市场行政执法大队 essay on 综合执法体制 "
        "(执法机构 “三独立”, 文化、新闻出版、广播、文物 合并执法, 执法队伍): ``附件3``, a title, a merged 填报单位（盖章）/"
        "填报时间 line, then 序号/中队/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def yixian_tourist_service_selfchecks() -> dict:
    unit = f"{PLACE}旅游服务中心"
    t = _Truth(unit)
    people = [
        ("阙榕翡", "中心领导", "主任", "leader", [
            ("旅游投诉调解中偏袒被投诉旅行社", "Ⅰ级", "调解全程记录，结果回访游客。", "已落实"),
            ("旅游宣传推介活动承办单位选定不公开", "Ⅱ级", "承办单位比选，结果公示。", "未发现问题"),
        ]),
        ("缪荪阶", "咨询服务部", "部长", "middle", [
            ("游客集散中心商铺租赁违规降租", "Ⅰ级", "租金标准经中心会议研究，合同备案。", "已落实"),
            ("受理投诉不登记、不转办", "Ⅲ级", "投诉统一登记编号，转办限时反馈。", "已落实"),
        ]),
        ("阙祜澄", "咨询服务部", "咨询员", "general", [
            ("向游客推荐指定酒店、商户收取好处", "Ⅱ级", "咨询台公示服务规范，接受游客监督。", "未发现问题"),
            ("宣传资料发放数量虚报", "Ⅲ级", "资料出入库登记，按月盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yixian_tourist_service_selfchecks", "https://wgtl.yaan.gov.cn/xinwen/show/d007ff7a-1627-499d-904b-70ea6311e79b.html",
        "县旅游服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 旅游局 on "
        "旅游市场监管 (旅游投诉统一受理, 件件有答复, 旅行社专项检查, 不合理低价): a title, a label row ``姓　名 | 所在部门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yixian_guide_service_register() -> dict:
    unit = f"{PLACE}导游服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "缪篁卿", "leader", [
            ("导游等级评定推荐中优亲厚友", "制度机制", "一级", "推荐条件量化打分，结果公示。"),
            ("与购物场所签订返利协议", "思想道德", "一级", "严禁与购物场所发生经济往来，纳入年度述廉。"),
        ]),
        ("调度部", "部长", "阙蘅皋", "middle", [
            ("导游派团不公，按好处安排团队", "岗位职责", "一级", "派团按系统轮派，记录可追溯。"),
        ]),
        ("调度部", "调度员", "缪颀泱", "general", [
            ("为未取得导游证人员派团", "业务流程", "二级", "派团前核验电子导游证。"),
            ("擅自为旅行社变更行程、增加自费项目开绿灯", "外部环境", "三级", "行程变更须游客书面同意并报备。"),
        ]),
        ("综合部", "会计", "阙澧蓂", "general", [
            ("导游服务费结算不及时、截留", "业务流程", "二级", "服务费按月结算，直接转入导游本人账户。"),
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
        "yixian_guide_service_register", "http://xianggelila.gov.cn/zfxxgk_xglls/fdzdgknr/xzzfxxgk/ygbmfwxx/202507/20250701_229131.html",
        "县导游服务中心 廉政风险点排查登记表, after the source's 文旅局 线索举报 on 旅行社 and 导游 违规 (购物陷阱, 擅自变更"
        "行程, 私自承揽, 回扣, 无证带团): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yixian_xidi_scenic_collapsed_blocks(),
    yixian_culture_tourism_bureau_two_sheets(),
    yixian_ancient_village_centre_posts(),
    yixian_hongcun_committee_group_rows(),
    yixian_relics_office_cards(),
    yixian_market_enforcement_list(),
    yixian_tourist_service_selfchecks(),
    yixian_guide_service_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx_folded``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX,
        writer=write_xlsx_folded,
    )  # fmt: skip


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch821-inbox"))
