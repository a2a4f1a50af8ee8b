"""The six-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one 旗's 民政 and 退役军人
bodies, 乌拉特中旗 (of 巴彦淖尔市, 内蒙古自治区) — its 民政局, 退役军人事务局, 救助管理站, 殡仪馆,
社会福利院, 婚姻登记服务中心, 社会组织服务中心 and the 石哈河镇社会事务办 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 救助管理站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 殡仪馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 社会福利院's 责任清单 under GROUP ROWS ``一、院领导`` … ``三、后勤保障科`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 婚姻登记服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 社会组织服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 石哈河镇社会事务办's 排查登记表: ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``urad_middle_civil_affairs_by_level_refs``: the 民政局's 岗位廉政风险点一览表 SORTED BY LEVEL (all
  ``一级`` rows first, then ``二级``, then ``三级``, as the note says), ``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控措施``; because the sort scatters each holder's rows, a holder's 科室, 岗位
  and 责任人 are written out in full only on his FIRST row, and on each of his later rows those three
  cells say ``同序号N`` — N the 序号 of the row where he is written in full (rows 6–12 all point back to
  rows 1–5, never to the row just above). The README's 读得懂的表 knows ``同上`` in a cell (the value of
  the row above), a 风险点 cell ``同序号14``/``同第2项`` (that row's point, for this row's holder), a
  list sorted by level with a closing ``以上为一级风险点`` row or a ``小计`` row, and ``同内科科主任（第1—3
  项）`` standing for another 科室's rows; it does not describe HOLDER cells (科室, 岗位, 责任人) that
  name the holder by the 序号 of an earlier, non-adjacent row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委监委 on 社会救助 “人情保”
“关系保”, 近亲属备案, 申请、审核、公示、发放; a 审计 of a 退役军人事务局 — 双拥慰问物资, 军休所, 慰问经费
管理办法; a 救助管理站 护送受助人员返乡 — 街面巡查, 购票, 护送交接; a 殡葬 中介 “潜规则” — 殡仪服务
机构, 统一价格表, 花圈处理费; 公办养老机构改革试点; 婚姻集中登记 — 搭车收费, 婚姻档案; a 民政局's
duties — 社会组织登记、年检, 慈善, 区划地名; 婚姻登记管理体制改革 — 乡(镇) 登记点) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 阙 and 滕 with rare given names); every unit is a body of 乌拉特中旗.

Run ``python tests/published/score.py --set batch620`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose 科室, 岗位 and 责任人 say ``同序号N`` is a point of the holder written
  in full on row N (his 科室, post and name), with its own level; the ``注：`` line and the 制表/审核
  line are no points;
- ``局领导``, ``院领导``, ``站领导`` and ``中心领导`` (a 科室 cell or a group row) are the 科室 of those leaders;
  the 退役军人事务局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 局's 股, a 站's or 院's 科 and a 中心's 部 are 科室; a group row ``二、护理部`` gives the 科室 ``护理部``
  (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 馆长, 副馆长, 院长, 主任 of a 中心 and of the 社会
  事务办 are leaders; 股长, a 科's 科长 and a 部's 部长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 救助管理站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b620_"
PLACE = "乌拉特中旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
REF = "同序号{}"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders: key -> (科室, 岗位, 姓名, tier)
HOLDERS = {
    "A": ("局领导", "局长", "阙翃蓥", "leader"),
    "B": ("局领导", "副局长", "滕骞沚", "leader"),
    "C": ("社会救助股", "股长", "阙玹昶", "middle"),
    "D": ("社会救助股", "低保专干", "滕峤琮", "general"),
    "E": ("计划财务股", "会计", "阙淯翀", "general"),
}

# (holder, 廉政风险点, 风险等级, 防控措施), in the list's order: by level, 一级 first
BY_LEVEL = [
    ("A", "低保、特困供养等救助资金分配方案不经局党组会集体研究", "一级",
     "资金分配方案经局党组会集体研究，结果在政府网站公开。"),
    ("C", "低保审核确认中优亲厚友，搞“人情保”“关系保”", "一级",
     "审核确认实行集体研究，经办人员近亲属申请一律备案。"),
    ("B", "养老服务设施建设补助项目验收把关不严", "一级", "项目验收邀请审计、财政部门参加，验收结果公示。"),
    ("D", "经办人员及其近亲属申请社会救助不主动申报备案", "一级", "近亲属备案台账每季度比对核查。"),
    ("E", "救助资金不经“一卡通”直接发放，截留挪用", "一级", "救助资金全部通过“一卡通”发放到户。"),
    ("C", "低保对象动态复核走过场，该退不退", "二级", "每半年复核一次，退出名单公示。"),
    ("A", "插手干预养老机构、殡葬服务机构备案和年检", "二级", "备案和年检全程网上办理，结果公开。"),
    ("D", "入户调查和家庭经济状况核对不实", "二级", "入户调查两人同行，核对结果双人签字。"),
    ("B", "福利彩票公益金项目安排不公开", "二级", "公益金项目安排方案报局党组会研究并公告。"),
    ("E", "报账单据审核不严，虚列支出", "三级", "报账单据经办人、证明人、审批人三签。"),
    ("D", "救助档案管理不规范，随意涂改、抽换", "三级", "档案专柜保管，借阅登记。"),
    ("C", "临时救助审批超标准、超范围", "三级", "临时救助按标准分级审批，每月公示。"),
]  # fmt: skip


def urad_middle_civil_affairs_by_level_refs() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first: dict[str, int] = {}
    for n, (key, point, lv, measures) in enumerate(BY_LEVEL, 1):
        dept, post, who, tier = HOLDERS[key]
        if key in first:
            ref = REF.format(first[key])
            sh.add(n, ref, ref, ref, point, lv, measures)
        else:
            first[key] = n
            sh.add(n, dept, post, who, point, lv, measures)
    # the truth one form a holder, in the order the holders first appear
    for key in first:
        dept, post, who, tier = HOLDERS[key]
        for k, point, lv, _measures in BY_LEVEL:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：本表按风险等级由高到低排列，风险等级分为一级、二级、三级，一级为最高；同一责任人再次出现的，"
          "科室、岗位、责任人栏填“同序号×”。", 7)  # fmt: skip
    sh.add("制表：办公室", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "urad_middle_civil_affairs_by_level_refs",
        "http://www.360elib.com:2027/detail.aspx?NewsCode=NC314&NewsId=60095896&OrgId=001",
        "(harder) 旗民政局 岗位廉政风险点一览表 SORTED BY LEVEL, after the source's 市纪委监委 on 社会救助 “人情保” "
        "“关系保” (经办人员近亲属备案, 申请、审核、公示、发放): a title, a merged ``单位：…　2025年5月`` line, "
        "序号/科室/岗位/责任人/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, the 一级 rows first; each holder written "
        "in full on his FIRST row only, his later rows (6–12) saying ``同序号N`` in 科室, 岗位 and 责任人 (N the row "
        "where he is written, never the row above); a merged ``注：`` line saying so and a 制表/审核/局长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def urad_middle_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("滕璟沄", "局长", "主持全面工作", [
            ("双拥慰问经费使用不经集体研究", "一级", "慰问经费预算和使用方案经局党组会研究。"),
            ("军休服务设施改造项目插手干预", "一级", "改造项目按规定公开采购，全程留痕。"),
        ]),
        ("阙檠岫", "副局长", "分管移交安置、优抚", [
            ("退役士兵安置岗位分配中打招呼、搞照顾", "一级", "安置按量化评分排序选岗，纪检全程监督。"),
            ("优抚对象身份认定把关不严", "二级", "认定材料集体审核，结果公示。"),
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
        ("优抚股", "股长", "滕蘅湜", "middle", "抚恤补助资金发放对象审核不严，冒领多领", "一级",
         "发放名册与公安、卫健数据比对，每季度核查。"),
        ("优抚股", "股长", "滕蘅湜", "middle", "优待证申领材料审核走过场", "三级", "申领材料两级审核，台账备查。"),
        ("优抚股", "科员", "阙珺泷", "general", "双拥慰问物资领用不登记，私自处置", "二级", "慰问物资出入库登记，定期盘点。"),
        ("移交安置股", "股长", "滕翊蓁", "middle", "安置岗位计划和评分排序不公开", "一级", "岗位计划和评分排序在官网公开。"),
        ("移交安置股", "科员", "阙溆琤", "general", "自主就业退役士兵一次性经济补助核算不实", "二级", "补助核算双人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "urad_middle_veterans_bureau_two_sheets", "http://www.dingqianjf.com/news/show/38136421dcba6ecc.html",
        "旗退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 审计 of a 退役军人事务局 (双拥慰问物资, 军休所, "
        "慰问经费使用管理办法): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def urad_middle_relief_station_posts() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "救助物资采购", "被褥、衣物等救助物资采购指定供应商", "制度机制风险", "高",
         "物资采购三家比价，集体研究确定。"),
        ("站领导", "站长", "leader", "护送返乡安排", "护送人员和车辆安排不经集体研究，虚报护送费用", "岗位职责风险", "中",
         "护送任务登记，费用凭票据据实报销。"),
        ("救助科", "科长", "middle", "返乡车票资助", "虚开受助人员、冒领返乡车票", "业务流程风险", "高",
         "车票实名购买，受助人员签字确认。"),
        ("救助科", "科长", "middle", "街面巡查救助", "街面巡查救助记录弄虚作假", "岗位职责风险", "低",
         "巡查全程记录仪留痕。"),
        ("救助科", "接待登记员", "general", "受助人员登记", "受助人员随身财物登记不全，私自占用", "思想道德风险", "中",
         "财物双人清点登记，离站时当面交还。"),
        ("综合科", "会计", "general", "救助经费报账", "救助经费报账单据审核不严", "业务流程风险", "中",
         "报账单据三级审核，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "urad_middle_relief_station_posts",
        "http://hzxcw.hangzhou.com.cn/wmhz/content/2019-03/07/content_8869576.htm",
        "旗救助管理站 岗位廉政风险点排查表 对岗不对人, after the source's 救助管理站 护送受助人员返乡 (街面巡查劝导, 免费"
        "买票, 护送交接): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def urad_middle_funeral_home_cards() -> dict:
    unit = f"{PLACE}殡仪馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "滕筠峤", "馆长", "主持全面工作", "leader", [
            ("骨灰盒等殡葬用品进馆收受供应商回扣", "★★★", "殡葬用品进馆集体研究，价格公示。"),
            ("擅自提高收费标准或增设收费项目", "★★★", "收费项目和标准在服务大厅公示。"),
            ("接受殡仪服务机构宴请、礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副馆长", "阙沚珧", "副馆长", "分管业务、财务", "leader", [
            ("与殡葬中介勾结，向丧属推销高价服务", "★★", "服务项目丧属自愿选择，签字确认。"),
            ("火化、寄存等业务收费不开票据", "★★", "收费一律开具票据，每日日结。"),
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
        "urad_middle_funeral_home_cards", "https://xxf315.com/index.php?c=show&id=3083",
        "旗殡仪馆 领导干部廉政风险防控卡, one sheet a leader, after the source's 殡葬 “潜规则” (殡仪服务机构, 统一的价格表, "
        "骨灰盒价位, 举报电话): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def urad_middle_welfare_home_group_rows() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "滕琬湉", "leader", [
                ("入住老人床位安排不按轮候顺序", "一级风险", "床位轮候名单公示，按序安排。"),
                ("公建民营改革中合作方选择暗箱操作", "一级风险", "合作方公开遴选，集体研究确定。"),
            ]),
        ]),
        ("二、护理部", "护理部", [
            ("部长", "阙暻澐", "middle", [
                ("护理等级评定不实，多收护理费", "二级风险", "护理等级评估两人以上参加，结果告知家属。"),
            ]),
            ("护理员", "滕菡瑄", "general", [
                ("收受老人及家属红包、礼品", "三级风险", "签订服务承诺书，公开监督电话。"),
            ]),
        ]),
        ("三、后勤保障科", "后勤保障科", [
            ("科长", "阙焜珽", "middle", [
                ("伙食食材采购以次充好、虚报数量", "二级风险", "食材验收双人签字，伙食账目每月公示。"),
                ("特困人员供养资金挪作他用", "一级风险", "供养资金专账核算，接受审计。"),
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
        "urad_middle_welfare_home_group_rows",
        "https://www.outputnews.com/2013/huanqiu/news_2013_12_31_1408372",
        "旗社会福利院 廉政风险防控责任清单, after the source's 公办养老机构改革试点 (公建民营, 床位轮候, 特困人员供养): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、院领导``, ``二、护理部``, ``三、后勤保障科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def urad_middle_marriage_centre_selfchecks() -> dict:
    unit = f"{PLACE}婚姻登记服务中心"
    t = _Truth(unit)
    people = [
        ("滕瀞岚", "中心领导", "主任", "leader", [
            ("婚姻登记中搭车收费、变相收费", "Ⅰ级", "登记免费事项公示，收费一律取消。"),
            ("为不符合条件的当事人违规办理登记", "Ⅰ级", "登记材料双人审查，疑难件集体研究。"),
        ]),
        ("阙鋆屹", "登记科", "登记员", "general", [
            ("补领婚姻登记证审核不严", "Ⅱ级", "补领材料与档案逐项核对。"),
            ("向当事人推销婚庆服务、收受好处", "Ⅲ级", "签订承诺书，公开监督电话。"),
        ]),
        ("滕璐岄", "档案室", "档案管理员", "general", [
            ("违规查阅、泄露婚姻登记档案信息", "Ⅱ级", "档案查阅凭证件登记，专人保管。"),
            ("婚姻登记档案归档不及时、不完整", "Ⅲ级", "档案按月归档，年底检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "urad_middle_marriage_centre_selfchecks", "https://m.110ask.com/zhishi/8349390294946241584.html",
        "旗婚姻登记服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 婚姻集中"
        "登记 (搭车收费, 婚姻档案的规范管理, 专职人员): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def urad_middle_social_org_centre_list() -> dict:
    unit = f"{PLACE}社会组织服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阙峣翾", "leader", "社会组织成立登记审查中优亲厚友", "岗位职责", "高风险",
         "登记审查集体研究，结果公开。"),
        ("中心领导", "主任", "阙峣翾", "leader", "慈善募捐活动备案把关不严", "制度机制", "中风险",
         "募捐方案备案后在平台公示。"),
        ("登记管理部", "部长", "滕湉琛", "middle", "社会组织年检走过场，违规通过", "业务流程", "高风险",
         "年检材料两人审核，抽查实地核查。"),
        ("登记管理部", "科员", "阙珩潆", "general", "向社会组织索要赞助或摊派", "思想道德", "中风险",
         "严禁索要赞助，公开举报电话。"),
        ("执法监察部", "部长", "滕瑀泠", "middle", "对非法社会组织查处不力，以罚代管", "外部环境", "中风险",
         "查处案件集体审议，结果公示。"),
        ("执法监察部", "科员", "阙瀛岢", "general", "地名命名更名材料审核不严", "业务流程", "低风险",
         "命名更名按程序报批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "urad_middle_social_org_centre_list", "http://bbs.51dcw.com/jxfw/202602/405599.html",
        "旗社会组织服务中心 岗位廉政风险防控一览表, after the source's account of a 民政局's duties (社会组织登记、年检、"
        "监管, 慈善事业, 区划地名): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/"
        "审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def urad_middle_shihahe_affairs_register() -> dict:
    unit = f"{PLACE}石哈河镇社会事务办"
    sh = _Sheet("登记表", [6, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "滕舣澄", "leader", [
            ("农村低保评议不公开，搞“人情保”", "思想道德", "一级", "民主评议邀请群众代表参加，结果张榜公示。"),
            ("婚姻登记点违规收取工本费", "制度机制", "二级", "登记点收费标准公示，严禁收费。"),
        ]),
        ("民政专干", "阙羾昀", "general", [
            ("特困人员供养金发放不及时、不足额", "业务流程", "一级", "供养金按月发放，名册公示。"),
            ("临时救助入户核查走过场", "岗位职责", "二级", "入户核查两人同行，拍照留痕。"),
        ]),
        ("退役军人服务站专干", "滕霱澍", "general", [
            ("光荣牌悬挂、优待证代办中收受好处", "思想道德", "三级", "服务事项一次告知，免费代办。"),
            ("优抚对象信息采集不实", "外部环境", "二级", "信息采集与户籍数据比对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "urad_middle_shihahe_affairs_register", "https://m.haolvshi.com.cn/flfgk/123113.html",
        "镇社会事务办 廉政风险点排查登记表, after the source's 婚姻登记管理体制改革 (乡(镇) 登记点, 便民原则, 登记机关设置"
        "公开): a title, 序号/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; no 科室 column; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urad_middle_civil_affairs_by_level_refs(),
    urad_middle_veterans_bureau_two_sheets(),
    urad_middle_relief_station_posts(),
    urad_middle_funeral_home_cards(),
    urad_middle_welfare_home_group_rows(),
    urad_middle_marriage_centre_selfchecks(),
    urad_middle_social_org_centre_list(),
    urad_middle_shihahe_affairs_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch620-inbox"))
