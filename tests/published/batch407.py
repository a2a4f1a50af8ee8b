"""The four-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
乡村振兴 bodies, 丹凤县 (a county of 商洛 on the 丹江, its staff Han) — the 县乡村振兴局, the
县乡村振兴服务中心, the 县社会救助服务中心, the 县殡葬管理所 and the 社会事务办公室 of three of its 镇
(棣花镇, 商镇, 竹林关镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed
in WPS or Excel:

- the 乡村振兴局's file in two sheets: ``局领导`` (``职务`` BEFORE ``姓名``, both and ``分管工作``
  merged per leader) and ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 乡村振兴服务中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、监测帮扶科``,
  ``三、项目资产管理科``, ``四、综合办公室`` merged across (no 科室 column): ``岗位 | 责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 社会救助服务中心's 排查表 对岗不对人 under ``附件2``, a title and a ``填报单位（盖章）：…`` line:
  ``科室`` merged and ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, short
  types, ``高风险/中风险/低风险``; no names;
- the 殡葬管理所's 防控卡, one sheet a holder (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``所在股室 | … | 联系电话 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 棣花镇社会事务办公室's 自查表, one sheet a person (tabs named by the post): a ``单位：…`` line,
  ``姓　名 | … | 所在科室 | … | 岗　位 | …`` in one row, then ``序号 | 岗位职责 | 风险点 | 风险类型 |
  风险等级 | 防范措施`` (``岗位职责`` merged over its points), ``…风险`` types,
  ``一级风险/二级风险/三级风险``, ``本人签名： | … | 镇分管领导意见：``;
- the 商镇社会事务办公室's 一览表 under a title naming the 镇 and the office (no 科室 column), written
  out on EVERY row (nothing merged): ``岗位 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 责任人`` with
  the holder in a LAST ``责任人`` column, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 竹林关镇社会事务办公室's 责任清单 under a title naming the 镇 and the office: ``岗位 | 职权内容 |
  廉政风险点 | 风险等级 | 防控措施 | 责任人`` with ``岗位`` and ``责任人`` merged per person, 高/中/低, no
  type column, a 填表人/审核人/date line.

One is harder:

- ``danfeng_civil_affairs_vertical_names``: the 民政局's ordinary 一览表 (a title, a merged ``填报单位：…
  填报时间：…`` line, ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低,
  a 填表人/审核人/date line) whose NARROW columns — ``序号``, ``股室``, ``岗位`` and ``姓名`` (widths
  3.5–4.5) — are TYPED ONE CHARACTER A LINE (竖排, Alt+Enter after every character, as offices do
  for a merged column too narrow for a word): the headings ``序⏎号``, ``股⏎室``, ``岗⏎位``, ``姓⏎名``;
  the 股室 ``局⏎领⏎导``, ``社⏎会⏎救⏎助⏎股``, ``社⏎会⏎事⏎务⏎股``, ``养⏎老⏎服⏎务⏎股``, ``办⏎公⏎室``;
  the posts ``局⏎长``, ``副⏎局⏎长``, ``股⏎长``, ``科⏎员``, ``主⏎任``, ``会⏎计``; the holders
  ``璩⏎翾⏎岍`` … (every name three characters, each on a line of its own). The wide columns
  (``廉政风险点``, ``风险类型``, ``风险等级``, ``防控措施``) are written as usual. The shape is about HOW
  THE 科室, THE POST AND THE HOLDER ARE WRITTEN: every one of them a multi-line cell whose lines are
  single characters, not parts. The README's 读得懂的表 knows multi-line cells of WHO as several
  things — ``定点评估岗⏎吴海燕`` (post and holder), ``现：…⏎原：…`` (current and former holder), ``A岗:周敏⏎
  B岗:高翔`` (two holders), ``直接责任人：X⏎分管领导：Y``, ``村文书⏎漆语桐`` in a column heading,
  ``总务处⏎主　任：…`` boxes, ``受理员：…⏎民政员：…`` — and letters spaced out with blanks (``领 导 班 子
  成 员``, ``姓　名``, ``单　位``); it does not describe a word broken one character a line: README.md
  holds neither ``竖排`` nor ``竖写``, and no earlier batch writes such a cell (a search of
  tests/published/*.py for a string of three or more single characters joined by line breaks finds
  only batch402's ``骑⏎缝⏎线``, a seal mark, no 科室, post or holder).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 民政办 does — 社会救助,
低保, 特困供养, 临时救助, 婚姻登记, 殡葬管理, 养老 and 残疾人 福利; a 乡村振兴局's four measures for
防止返贫动态监测和帮扶 — 监测范围, 入户核查, 帮扶责任人, 外出务工 交通补助, 小额信贷; a 市乡村振兴局's 督导 of
防贫监测 — 农户申报, 部门预警, 乡镇排查, 入户核查, 风险消除; a 民政 answer on 社会救助民主评议员 — 人情救助,
关系救助, 民主评议 流程; what a 殡葬管理所 is and does — 火化管理, 公墓管理, 丧葬用品市场, 行政处罚, 殡仪服务;
a note on 殡葬日常管理 — 乡镇专职殡葬管理员, 骨灰跟踪, 丧葬市场整治; a dictionary entry on the 乡镇民政所 or
社会事务办公室 — 婚姻登记, 优抚安置, 救灾救济, 老龄, 低保; a note on the 返贫监测专班 — 动态监测, 风险识别,
精准帮扶, 信息共享) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 丹凤县, named with the county's name (no earlier unit
holds ``丹凤县``; 棣花镇, 商镇 and 竹林关镇 are towns of the county).

Run ``python tests/published/score.py --set batch407`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a cell typed one character a line is the word its characters spell: the line breaks are layout,
  no separator — ``社⏎会⏎救⏎助⏎股`` is the 科室 社会救助股, ``副⏎局⏎长`` the post 副局长, ``璩⏎翾⏎岍`` the
  holder 璩翾岍 (one person, not three; no post-and-holder split at any line); the headings ``股⏎室``,
  ``岗⏎位``, ``姓⏎名`` are 股室, 岗位, 姓名, and ``序⏎号`` is 序号;
- ``局领导`` (the 民政局's 股室 cell, the 乡村振兴局's sheet of its leaders, named so by its tab and
  title), ``中心领导`` (the 服务中心's group row, the 救助中心's 科室 cell) and ``所领导`` (the 殡葬管理所's
  所在股室 of its 所长 and 副所长) are the 科室 of those leaders; a 局's 股 and 办公室, a 中心's 科 and
  办公室, a 所's 股 and 财务室 are 科室; a group row ``二、监测帮扶科`` gives the 科室 ``监测帮扶科`` (its
  number left off);
- a 镇's 社会事务办公室 is a 科室 of its 镇 (as batches 301, 305, 309 and 313 take it): the unit is the
  镇 (``丹凤县棣花镇人民政府``, ``丹凤县商镇人民政府``, ``丹凤县竹林关镇人民政府``, as the 自查表's ``单位：``
  line and the lists' titles write it), the 科室 ``社会事务办公室`` (the 自查表's ``所在科室``; the lists'
  title ``…商镇人民政府社会事务办公室…``, their only 科室);
- 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长, 科长, a 局's, 中心's or
  社会事务办公室's 主任 (of its 办公室 or of the office itself) middle; the rest (科员, 会计, 出纳,
  信息员, 审核员, 救助专干, 民政专干, 殡葬管理员, 社会救助协理员, 老龄专干, 防返贫监测信息员, 公墓管理员)
  general;
- ``风险点 | 风险表现`` (the 救助中心's list): the point is the short 风险点; ``分管工作``, ``职责事项``,
  ``岗位职责``, ``职权内容`` and ``联系电话`` are no points and name no holder; the 救助中心's list names
  no person: its forms are posts (对岗不对人); the 商镇's and 竹林关镇's last ``责任人`` column is the
  holder of the post on its row;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 商镇's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file by ``write_xlsx`` here, which centres the one-character-a-line
cells and sizes their rows as Excel shows them) and ``truth.json``; no re-saved copies (as batch280
and batch406).
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b407_"
PLACE = "丹凤县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


def vertical(word: str) -> str:
    """A word typed one character a line (Alt+Enter after every character)."""
    return "\n".join(word)


# --------------------------------------------------------------------------- harder layout

VERTICAL_NAME = "danfeng_civil_affairs_vertical_names"
VERTICAL_UNIT = f"{PLACE}民政局"
VERTICAL_COLS = (0, 1, 2, 3)  # 序号, 股室, 岗位, 姓名: narrow, typed one character a line
VERTICAL_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])
VERTICAL_ROWS = [
    ("局领导", "局长", "璩翾岍", "leader", [
        ("社会救助资金分配方案不经局党组会集体研究", "制度机制", "高", "资金分配方案经党组会研究，会议纪要存档备查。"),
        ("养老服务设施建设项目插手干预", "外部环境", "高", "项目一律进场交易，领导干部过问插手登记报告。"),
    ]),
    ("局领导", "副局长", "殳湉翎", "leader", [
        ("低保、特困对象审批中打招呼、搞照顾", "思想道德", "高", "审批结果在村（社区）公示，信访线索逐件核查。"),
        ("临时救助大额审批把关不严", "岗位职责", "中", "大额临时救助经局务会集体审定。"),
    ]),
    ("局领导", "副局长", "逯珝淳", "leader", [
        ("殡葬执法中对违规土葬、乱埋乱葬选择性执法", "岗位职责", "中", "执法全过程记录，处罚决定集体审核。"),
    ]),
    ("社会救助股", "股长", "郜蘅汐", "middle", [
        ("低保家庭经济状况核对走过场，人情保、关系保", "业务流程", "高", "经济状况信息化核对，入户调查两人以上。"),
        ("动态管理不及时，应退不退", "制度机制", "中", "每季度比对数据，清退名单公示。"),
    ]),
    ("社会救助股", "科员", "隗昶澜", "general", [
        ("救助对象信息录入不实，泄露申请人信息", "岗位职责", "低", "系统录入双人复核，查询权限分级管理。"),
    ]),
    ("社会事务股", "股长", "阙琬泠", "middle", [
        ("经营性公墓年检降低标准", "岗位职责", "中", "年检现场核查两人以上，结果公开。"),
        ("残疾人两项补贴审核不严，冒领补贴", "业务流程", "中", "补贴对象与残联数据每月比对，发放名单公示。"),
    ]),
    ("社会事务股", "科员", "郏岫霖", "general", [
        ("婚姻登记为不符合条件的当事人办理登记", "岗位职责", "中", "登记材料逐项审查，疑难登记集体研究。"),
    ]),
    ("养老服务股", "股长", "昝霁芃", "middle", [
        ("养老机构运营补贴床位数虚报不核", "业务流程", "高", "补贴床位实地核查，入住老人名单比对。"),
        ("高龄津贴发放对象资格认定不严", "岗位职责", "低", "资格认定村、镇、局三级审核，名单公示。"),
    ]),
    ("办公室", "主任", "厍璠湜", "middle", [
        ("公务接待超标准，公车私用", "思想道德", "低", "接待事前审批，派车单按月核对。"),
    ]),
    ("办公室", "会计", "禚沅芷", "general", [
        ("救助资金拨付凭证审核不严，挤占挪用", "制度机制", "高", "专项资金专账核算，拨付凭证三级审核。"),
    ]),
]  # fmt: skip


def danfeng_civil_affairs_vertical_names() -> dict:
    unit = VERTICAL_UNIT
    t = _Truth(unit)
    sh = _Sheet("一览表", [3.5, 4.5, 4, 4, 36, 9, 6, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*(vertical(h) if c in VERTICAL_COLS else h for c, h in enumerate(VERTICAL_HEAD)))
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in VERTICAL_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, vertical(dept), vertical(post), vertical(who), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, None, "审核人：", None, DATE, None)
    lay = _layout(
        VERTICAL_NAME, "https://top.drbdp.com/2-274509.html",
        "(harder) 县民政局 岗位廉政风险防控一览表, after the source's answer on what a 民政办 does (社会救助 — 低保, 特困供养, "
        "临时救助; 婚姻登记, 殡葬管理, 养老 and 残疾人 福利): a title, a merged ``填报单位：…　填报时间：2025年9月`` line, then "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, a "
        "填表人/审核人/date line — its NARROW columns TYPED ONE CHARACTER A LINE (竖排): the headings ``序⏎号``, ``股⏎室``, "
        "``岗⏎位``, ``姓⏎名``, the 股室 ``局⏎领⏎导``, ``社⏎会⏎救⏎助⏎股`` …, the posts ``副⏎局⏎长``, ``股⏎长`` …, the holders "
        "``璩⏎翾⏎岍`` … (each a multi-line cell whose lines are single characters)",
        [sh], t,
    )  # fmt: skip
    lay["vertical_cols"] = list(VERTICAL_COLS)
    return lay


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout with its one-character-a-line cells centred
    (horizontally and vertically, as typed for a narrow column) and its rows tall enough to show
    them: a merged cell's lines shared out over the rows it spans."""
    cols = layout.get("vertical_cols")
    if cols is None:
        return _write_xlsx44(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 16, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    centred = wb.add_format({**base, "align": "center"})
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        rows, merges = sheet["rows"], sheet["merges"]
        span = {(r0, c0): r1 - r0 + 1 for r0, c0, r1, c1 in merges}
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        height = [1] * len(rows)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if not isinstance(v, str) or (r, c) in covered and (r, c) not in span:
                    continue
                lines, rs = v.count("\n") + 1, span.get((r, c), 1)
                for k in range(r, r + rs):
                    height[k] = max(height[k], math.ceil(lines / rs))
        header = next(r for r, row in enumerate(rows) if row and row[-1] == "防控措施")
        for r, row in enumerate(rows):
            if height[r] > 1:
                ws.set_row(r, 13.5 * height[r])
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                f = centred if c in cols and r >= header else fmt
                _put(ws, (f, date_fmt), r, c, v)
        for r0, c0, r1, c1 in merges:
            v = rows[r0][c0] if c0 < len(rows[r0]) else None
            f = centred if c0 in cols and r0 >= header and c0 == c1 else fmt
            ws.merge_range(r0, c0, r1, c1, "", f)
            if v is not None:
                _put(ws, (f, date_fmt), r0, c0, v)
    wb.close()
    return path


# --------------------------------------------------------------------------- ordinary layouts


def danfeng_rural_revitalization_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "蒯骞沣", "主持全面工作", [
            ("衔接资金项目安排不经党组会集体研究", "一级", "项目安排经党组会研究，项目库和资金安排公开。"),
            ("干部选任和驻村工作队选派中打招呼", "二级", "选派人选集体研究，结果公示。"),
        ]),
        ("副局长", "钭苡霏", "分管防返贫监测帮扶、社会帮扶", [
            ("监测对象纳入和风险消除审核把关不严", "一级", "纳入和消除经村评议、镇审核、县审定，逐户公示。"),
            ("帮扶责任人结对落实情况检查走过场", "三级", "检查采取入户抽查，问题清单限期整改。"),
        ]),
        ("副局长", "揭岚湑", "分管项目资产管理、小额信贷", [
            ("扶贫项目资产确权移交不规范", "二级", "资产确权移交清单化，移交结果公示。"),
            ("脱贫人口小额信贷贴息审核不严", "一级", "贴息名单与银行放贷数据逐户比对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划财务股", "股长", "巢珺漪", "middle", [
            ("衔接资金拨付不按项目进度审核", "一级", "拨付凭项目验收资料，分管领导审签。"),
            ("外出务工交通补助发放名单审核不严", "二级", "补助名单与务工信息比对，发放结果公示。"),
        ]),
        ("规划财务股", "科员", "亢琰潼", "general", [
            ("资金台账登记不及时、不准确", "三级", "台账按月与财政国库数据核对。"),
        ]),
        ("监测帮扶股", "股长", "况淇翾", "middle", [
            ("监测信息系统数据随意修改", "一级", "数据修改须审批，系统操作全程留痕。"),
            ("入户核查中接受农户吃请、礼品", "二级", "核查两人以上，签订廉洁承诺。"),
        ]),
        ("监测帮扶股", "科员", "湛翙筠", "general", [
            ("泄露监测对象家庭信息", "三级", "信息查询登记，涉密数据专人管理。"),
        ]),
        ("项目管理股", "股长", "庹晗珵", "middle", [
            ("项目入库评审照顾关系村、关系企业", "一级", "入库评审专家随机抽取，评审结果公示。"),
            ("项目竣工验收不按实施方案核对", "二级", "验收组三人以上，现场核对工程量。"),
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
        "danfeng_rural_revitalization_two_sheets", "https://xjtc.gov.cn/ywdt/jrtc/bmdt/content_45134",
        "县乡村振兴局 file in two sheets after the source's report of a 乡村振兴局's four measures for 防止返贫动态监测和帮扶 "
        "(监测范围, 入户核查, 帮扶责任人, 外出务工 交通补助, 小额信贷): ``局领导`` (a title, 序号/``职务`` BEFORE ``姓名``, both and "
        "分管工作 merged per leader/廉政风险点/风险等级/防控措施) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险等级/防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def danfeng_rural_service_center_groups() -> dict:
    unit = f"{PLACE}乡村振兴服务中心"
    t = _Truth(unit)
    sh = _Sheet("责任清单", [6, 10, 9, 20, 34, 13, 9, 32])
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "茆沚蘅", "leader", "主持中心全面工作", [
                ("防贫监测督导中对发现的问题隐瞒不报", "岗位职责风险", "Ⅰ级", "督导问题清单报局党组，整改销号。"),
                ("中心经费使用不经集体研究", "制度机制风险", "Ⅱ级", "经费使用按“三重一大”集体决策。"),
            ]),
            ("副主任", "谯鸾漪", "leader", "分管监测帮扶、项目资产", [
                ("风险消除认定降低标准", "业务流程风险", "Ⅰ级", "风险消除入户核实，结果村内公示。"),
            ]),
        ]),
        ("二、监测帮扶科", "监测帮扶科", [
            ("科长", "乜汭璟", "middle", "组织农户申报、部门预警和乡镇排查数据比对", [
                ("部门预警信息比对后不推送、不核实", "岗位职责风险", "Ⅱ级", "预警信息按周推送，核实结果回传留痕。"),
                ("优亲厚友，将不符合条件的农户纳入监测", "思想道德风险", "Ⅰ级", "纳入对象逐户公示，举报线索限时核查。"),
            ]),
            ("信息员", "濮汀蔚", "general", "监测数据录入、维护", [
                ("擅自修改监测户收入数据", "业务流程风险", "Ⅱ级", "数据修改经科长审核，系统日志每月检查。"),
            ]),
        ]),
        ("三、项目资产管理科", "项目资产管理科", [
            ("科长", "卞琮渌", "middle", "帮扶项目资产登记、确权、运营监管", [
                ("项目资产收益分配不公开", "制度机制风险", "Ⅱ级", "收益分配方案经村民代表会议通过并公示。"),
                ("接受项目实施企业宴请、礼品", "外部环境风险", "Ⅲ级", "签订廉洁承诺，节前廉洁提醒。"),
            ]),
        ]),
        ("四、综合办公室", "综合办公室", [
            ("出纳", "宓珈沄", "general", "现金、银行账户管理", [
                ("坐支现金，公款私存", "岗位职责风险", "Ⅲ级", "现金日清月结，银行对账单按月核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for post, who, tier, duty, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "danfeng_rural_service_center_groups",
        "http://fyssc.com/fpkf/xczx/202110/2c87a12c8c0a458bbca5f483bc3d289b.shtml",
        "县乡村振兴服务中心 廉政风险防控责任清单 after the source's 市乡村振兴局 督导 of 防贫监测 (农户申报, 部门预警, 乡镇排查, "
        "入户核查, 风险消除, 帮扶责任人): a title, then GROUP ROWS ``一、中心领导``, ``二、监测帮扶科``, ``三、项目资产管理科``, "
        "``四、综合办公室`` merged across (no 科室 column) over 序号/岗位 and 责任人 merged per person/职责事项 (merged)/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def danfeng_relief_center_posts() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    t = _Truth(unit)
    sh = _Sheet("排查表", [6, 12, 10, 22, 36, 10, 9, 32])
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "救助审批一言堂", "低保、特困、临时救助大额审批个人说了算，不经集体审核。",
         "制度机制", "高风险", "大额审批中心集体审核，审核记录存档。"),
        ("中心领导", "主任", "leader", "民主评议走过场", "民主评议员由工作人员指定，评议结果不如实记录。",
         "业务流程", "中风险", "评议员随机抽取，评议过程录像留存。"),
        ("审核科", "科长", "middle", "人情救助", "为亲友或说情对象降低条件纳入救助。",
         "思想道德", "高风险", "经办人回避，审核结果公示七天。"),
        ("审核科", "科长", "middle", "复核抽查不实", "对乡镇上报的救助对象抽查比例不足、抽查记录造假。",
         "岗位职责", "中风险", "抽查比例不低于30%，抽查记录逐户签字。"),
        ("审核科", "审核员", "general", "核对报告审查不严", "对家庭经济状况核对报告中的车辆、存款信息不核实。",
         "岗位职责", "中风险", "核对报告异常项逐项核实，审核员签字负责。"),
        ("资金发放科", "科长", "middle", "资金发放截留", "救助金发放清册与审批名单不符，截留、挪用救助金。",
         "外部环境", "高风险", "救助金社会化发放直达个人账户，清册逐月比对。"),
        ("资金发放科", "救助专干", "general", "发放信息泄露", "向外人提供救助对象身份、银行账户信息。",
         "岗位职责", "低风险", "信息查询登记，账户信息加密管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, shows, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, shows, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "danfeng_relief_center_posts",
        "https://zuizhijiaoyu.com/hdjl/ywzsk/mzj/dbfw/content/post_10505378.html",
        "县社会救助服务中心 廉政风险点排查表 对岗不对人, after the source's 民政 answer on 社会救助民主评议员 (人情救助, 关系救助, "
        "民主评议 流程): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged/"
        "岗位 merged per post/a short 风险点 beside a long 风险表现/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def danfeng_funeral_office_cards() -> dict:
    unit = f"{PLACE}殡葬管理所"
    t = _Truth(unit)
    cards = [
        ("蔚昉翀", "所长", "所领导", "leader", [
            ("殡葬服务收费项目和标准擅自调整", "★★★", "收费项目和标准按物价批复执行，在服务大厅公示。"),
            ("公益性公墓建设项目不按程序发包", "★★★", "项目按限额标准招标或比选，结果公示。"),
            ("职工绩效分配不公开", "★", "分配方案经所务会研究并公示。"),
        ]),
        ("郯旻漪", "副所长", "所领导", "leader", [
            ("对违规销售丧葬用品、超标准墓碑查处不力", "★★", "执法检查两人以上，查处结果登记备案。"),
            ("火化证明出具把关不严", "★★★", "火化证明凭死亡证明办理，专人登记编号。"),
        ]),
        ("酆湘琦", "公墓管理员", "公墓管理股", "general", [
            ("墓穴预留、倒卖，收取好处费", "★★★", "墓穴按顺序统一安排，销售台账每月核对。"),
            ("骨灰寄存、安葬登记不实", "★★", "登记信息录入殡葬管理系统，定期核查。"),
        ]),
        ("牟汐珩", "会计", "财务室", "general", [
            ("服务收入不及时入账，私设小金库", "★★★", "收费统一开具票据，每日对账，每季度内审。"),
            ("惠民殡葬补贴冲抵不实", "★★", "补贴冲抵名单与火化记录逐一比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in cards:
        sh = _Sheet(who, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "联系电话", "0914-3312××××")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "danfeng_funeral_office_cards", "https://m.afbk.net/changshi/9207.html",
        "县殡葬管理所 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's answer on what a "
        "殡葬管理所 is and does (火化管理, 公墓管理, 丧葬用品市场, 行政处罚, 殡仪服务): a title, ``姓　名 | … | 职　务 | …`` "
        "over ``所在股室 | … | 联系电话 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def danfeng_dihua_social_office_selfchecks() -> dict:
    unit = f"{PLACE}棣花镇人民政府"
    dept = "社会事务办公室"
    t = _Truth(unit)
    people = [
        ("主任", "仉璇沂", "middle", [
            ("统筹全镇社会救助和殡葬管理工作", [
                ("低保对象入户调查安排不当，人情保、关系保", "思想道德风险", "一级风险", "入户调查两人以上，调查结果村内公示。"),
                ("殡葬改革奖补资金审核不严", "制度机制风险", "二级风险", "奖补资金按骨灰跟踪记录核定，名单公示。"),
            ]),
            ("负责临时救助镇级审批", [
                ("临时救助备用金使用不规范", "业务流程风险", "二级风险", "备用金使用登记，每月向镇分管领导报告。"),
            ]),
        ]),
        ("民政专干", "逄霂岚", "general", [
            ("负责低保、特困对象申请受理和动态管理", [
                ("受理申请时设置障碍、吃拿卡要", "外部环境风险", "二级风险", "一次性告知申请材料，受理登记编号。"),
                ("特困供养对象死亡后未及时停发供养金", "岗位职责风险", "一级风险", "每月与火化、户籍数据比对。"),
            ]),
        ]),
        ("殡葬管理员", "羿澍芊", "general", [
            ("负责骨灰跟踪和丧葬市场日常巡查", [
                ("骨灰跟踪记录造假，放任骨灰装棺土葬", "岗位职责风险", "一级风险", "骨灰安放凭证逐户核对，村级信息员签字。"),
                ("巡查中收受丧葬用品经营户好处", "外部环境风险", "三级风险", "巡查两人以上，巡查记录拍照存档。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duties in people:
        sh = _Sheet(post, [6, 18, 32, 13, 10, 32])
        _line(sh, f"{PLACE}棣花镇{dept}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, f"岗{GAP}位", post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _merge_duties(sh, first)
        sh.add("本人签名：", None, None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "danfeng_dihua_social_office_selfchecks", "https://www.mllygw.com/xgwz/1782.html",
        "镇社会事务办公室 岗位廉政风险自查表, one sheet a person (tabs named by the post), after the source's note on 殡葬日常管理 "
        "(乡镇专职殡葬管理员, 骨灰跟踪, 丧葬市场整治): a title, a merged ``单位：丹凤县棣花镇人民政府`` line, ``姓　名 | … | "
        "所在科室 | … | 岗　位 | …`` in one row, then 序号/岗位职责 (merged over its points)/风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防范措施; ``本人签名： | 镇分管领导意见：`` below",
        sheets, t,
    )  # fmt: skip


def _merge_duties(sh: _Sheet, first: int) -> None:
    """Merge the 岗位职责 column (1) over each run of one duty from row ``first`` on."""
    r, last = first, len(sh.rows) - 1
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][1] == sh.rows[r][1]:
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][1] = None
            sh.merges.append((r, 1, e, 1))
        r = e + 1


def danfeng_shangzhen_social_office_every_row() -> dict:
    unit = f"{PLACE}商镇人民政府"
    dept = "社会事务办公室"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [6, 14, 36, 10, 8, 32, 9])
    _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("主任", "厉沨筠", "middle", "救灾物资分配优亲厚友", "外部环境", "Ⅰ", "救灾物资分配方案镇村两级公示。"),
        ("主任", "厉沨筠", "middle", "优抚对象认定材料把关不严", "岗位职责", "Ⅱ", "认定材料报县局复核，结果公示。"),
        ("民政专干", "桓芷湄", "general", "低保动态调整不及时，应退未退", "业务流程", "Ⅰ", "每季度核查一次，调整名单公示。"),
        ("民政专干", "桓芷湄", "general", "婚姻登记预约信息泄露", "岗位职责", "Ⅲ", "预约信息专人管理，查询登记。"),
        ("社会救助协理员", "晏琪沣", "general", "入户调查记录不实", "思想道德", "Ⅱ", "调查记录当事人签字，镇复核抽查。"),
        ("社会救助协理员", "晏琪沣", "general", "代领、冒领救助金", "制度机制", "Ⅰ", "救助金直接打卡，严禁代领代管存折。"),
        ("老龄专干", "阚珞汀", "general", "高龄津贴对象死亡后未及时停发", "业务流程", "Ⅱ", "每月与户籍、火化数据比对。"),
        ("老龄专干", "阚珞汀", "general", "敬老院物资采购虚报", "制度机制", "Ⅲ", "采购清单镇纪委审核，入库双人验收。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, DATE, None, None)
    return _layout(
        "danfeng_shangzhen_social_office_every_row", "http://uianet.net/dictionary/b11577672.html",
        "镇社会事务办公室 岗位廉政风险防控一览表, after the source's dictionary entry on the 乡镇民政所 or 社会事务办公室 (婚姻登记, "
        "优抚安置, 救灾救济, 老龄, 低保): a title naming the 镇 and the office (``丹凤县商镇人民政府社会事务办公室…``; no 科室 "
        "column), then 序号/岗位/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任人`` column, "
        "written out on EVERY row (nothing merged); a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def danfeng_zhulinguan_social_office_duties() -> dict:
    unit = f"{PLACE}竹林关镇人民政府"
    dept = "社会事务办公室"
    t = _Truth(unit)
    sh = _Sheet("责任清单", [6, 14, 22, 34, 8, 32, 9])
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "职权内容", "廉政风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("主任", "缑翀岚", "middle", [
            ("防返贫监测对象镇级审核", "监测对象审核把关不严，应纳未纳", "高", "审核结果镇村两级公示，专班集体研判。"),
            ("社会救助资金镇级审核", "救助资金审核走过场", "中", "资金审核逐户核对，审核人签字负责。"),
        ]),
        ("民政专干", "钮湛琳", "general", [
            ("特困供养对象日常管理", "供养金发放对象死亡后未停发", "中", "每月与户籍数据比对，发放名单公示。"),
            ("残疾人两项补贴受理", "受理材料审核不严，冒领补贴", "低", "受理材料两人复核，补贴名单公示。"),
        ]),
        ("防返贫监测信息员", "稽澈芸", "general", [
            ("监测户信息采集录入", "采集信息不实，擅自修改收入数据", "高", "信息采集农户签字确认，修改须审批。"),
            ("风险消除材料整理", "风险消除材料弄虚作假", "中", "风险消除材料县级抽查复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for power, point, lv, measures in points:
            n += 1
            sh.add(n, post, power, point, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 6)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "danfeng_zhulinguan_social_office_duties",
        "https://www.paxyq.com/t/jie-mi-fan-pin-jian-ce-zhuan-ban-zhi-ze-shi-ming-shou-hu-tuo-pin-gong-jian-cheng-guo.html",
        "镇社会事务办公室 廉政风险防控责任清单, after the source's note on the 返贫监测专班 (动态监测, 风险识别, 精准帮扶, 信息共享): "
        "a title naming the 镇 and the office (no 科室 column), then 序号/岗位 merged per person/职权内容/廉政风险点/风险等级 "
        "高/中/低/防控措施/a LAST ``责任人`` column merged per person; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    danfeng_civil_affairs_vertical_names(),
    danfeng_rural_revitalization_two_sheets(),
    danfeng_rural_service_center_groups(),
    danfeng_relief_center_posts(),
    danfeng_funeral_office_cards(),
    danfeng_dihua_social_office_selfchecks(),
    danfeng_shangzhen_social_office_every_row(),
    danfeng_zhulinguan_social_office_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch407-inbox"))
