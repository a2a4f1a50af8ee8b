"""The six-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city district's
街道 and 社区 bodies, 东胜区 (of 鄂尔多斯市, 内蒙古) — its 交通街道办事处, 网格化管理服务中心, the
林荫街道 民族街社区居委会, the 天骄街道 万佳社区居委会, the 公园街道办事处, the 纺织街道办事处 and the
建设街道办事处 — and the 富兴街道便民服务中心's harder file, each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通街道办事处's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室站所`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 网格化管理服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 民族街社区居委会's 清单 under GROUP ROWS ``一、社区“两委”`` …, ``岗位 | 姓名`` merged per person,
  ``高风险/中风险/低风险``;
- the 万佳社区居委会's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line;
- the 公园街道办事处's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 纺织街道办事处's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低;
- the 建设街道办事处's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``dongsheng_fuxing_service_centre_duty_numbers``: the 富兴街道便民服务中心's 岗位廉政风险防控表 in TWO
  PARTS on one sheet: first ``一、岗位职责`` — a small table ``职责序号 | 岗位职责 | 岗位 | 姓名``, one
  row a duty, one person holding one or two duties; then ``二、廉政风险点`` — ``序号 | 廉政风险点 | 对应职责 |
  风险等级 | 防控措施`` with NO post or name column: each point cites the duties it arises from by their
  numbers (``职责2``, ``职责1、4``), so a point's holders are the holders of the duties it cites (one or
  several persons; two cited duties of one person give him the point once). The README's 读得懂的表
  knows 责任主体 groups resolved by a roster keyed by group, codes in a 责任岗位 cell read by a legend
  (``A—馆长…``), staff numbers keyed by a 人员编号 table, 工作事项分工 rosters of work matters, business ×
  post permission grids and risk codes resolved by a 岗位代码对照表; it does not describe a risk list
  keyed to a 岗位职责 table by DUTY NUMBERS, where a point's holders are the persons holding the
  duties it cites.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 街道党工委's 民族团结 work —
领导小组, 主题党日, 社区服务; a 区纪委's 社区纪检监察工作联络站 — 联络员, 廉情信息员, 信访举报; a 社区's
廉政文化 under 网格化管理 — 楼栋长, 廉政文化监督员; a 街道's 风险防控 — 风险排查, 社区居委会, 信息报送;
a 区's 文明城市创建 — 老旧小区改造, 小区楼道; an essay on 基层治理 — 网格, 社会力量; a 社区治理
“居政剥离” — 街道, 社区居委会, 包建; a 社区 低保 work summary — 申请记录, 评议小组, 张榜公示) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 辛 and 游 with rare given names); every unit is a body of
东胜区.

Run ``python tests/published/score.py --set batch629`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's holders are the persons of the duties its ``对应职责`` cell cites, each
  with the post and name of the duty row, the row's level; one form a holder, no 科室 (the 中心 is the
  unit); a point citing two duties of one person is his point once; the duties table's rows, the
  section lines ``一、岗位职责`` / ``二、廉政风险点``, ``岗位职责`` and ``防控措施`` are no points;
- ``街道领导`` / ``社区“两委”`` (a group row) are the 科室 of those leaders where a 科室 cell or group row
  gives it; the leaders of sheet ``班子成员`` and of the cards have no 科室; a 街道's 办/站/所/中心 and a
  中心's 科/部 are 科室;
- every 街道办事处, 社区居委会 and 中心 is a unit of its own: 党工委书记, 主任, 副主任, 社区书记, 社区主任
  and the 中心's 主任 are leaders; a 科室's 科长/站长/所长/部长 are middle; the rest (科员, 网格员,
  会计, 民政专干, 窗口人员) general;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b629_"
PLACE = "东胜区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# 岗位职责: (职责序号, 岗位, 姓名, tier, 岗位职责)
DUTIES = [
    (1, "主任", "辛翮岚", "leader", "主持中心全面工作，审核审批各类民生事项"),
    (2, "民政专干", "游沅蘅", "general", "受理低保、临时救助申请，组织入户调查"),
    (3, "社保专干", "辛琤湄", "general", "办理城乡居民养老保险、医疗保险参保登记"),
    (4, "民政专干", "游沅蘅", "general", "残疾人两项补贴、高龄津贴资格认定"),
    (5, "综合窗口", "辛靓翾", "general", "综合受理窗口收件、登记、出件"),
    (6, "副主任", "游霈岑", "leader", "分管民政、社保业务，复核民生事项"),
]

# (廉政风险点, 对应职责 (numbers), 风险等级, 防控措施)
POINTS = [
    ("低保、临时救助对象审核审批中优亲厚友、人情保", (1, 2, 6), "高",
     "评议小组集体评议，张榜公示，审批留痕。"),
    ("入户调查走过场，家庭收入核查不实", (2,), "高", "两人以上入户，调查记录本人签字确认。"),
    ("养老保险参保信息违规修改、代办收费", (3,), "中", "信息修改凭证留存，系统操作全程留痕。"),
    ("残疾人两项补贴、高龄津贴资格认定把关不严，冒领补贴", (4, 6), "高",
     "资格认定每季度比对死亡、户籍信息。"),
    ("窗口办件吃拿卡要、故意拖延", (5,), "中", "实行首问负责、限时办结，办件群众评价。"),
    ("民生资金发放名单未经公示即上报", (1, 2, 4), "中", "名单公示七日无异议方可上报。"),
    ("接受服务对象宴请、礼品礼金", (1, 3, 5), "低", "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def _cite(numbers: tuple[int, ...]) -> str:
    return "、".join(f"职责{n}" for n in numbers)


def dongsheng_fuxing_service_centre_duty_numbers() -> dict:
    unit = f"{PLACE}富兴街道便民服务中心"
    sh = _Sheet("风险防控表", [8, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 5)
    _line(sh, "一、岗位职责", 5)
    r = sh.add("职责序号", "岗位职责", "岗位", "姓名", None)
    for n, post, who, _tier, duty in DUTIES:
        sh.add(n, duty, post, who, None)
    sh.add()
    _line(sh, "二、廉政风险点", 5)
    sh.add("序号", "廉政风险点", "对应职责", "风险等级", "防控措施")
    for i, (point, cites, lv, measures) in enumerate(POINTS, 1):
        sh.add(i, point, _cite(cites), lv, measures)
    # the truth one form a holder, in the order the duties table first names them
    by_no = {n: (post, who, tier) for n, post, who, tier, _duty in DUTIES}
    order = []
    for _n, post, who, tier, _duty in DUTIES:
        if (post, who, tier) not in order:
            order.append((post, who, tier))
    for post, who, tier in order:
        for point, cites, lv, _measures in POINTS:
            if any(by_no[c][:2] == (post, who) for c in cites):
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：“对应职责”填写岗位职责表中的职责序号，该职责的承担人即为该风险点的责任人。", 5)
    sh.add("填表：", None, "审核：", None, "2025年5月")
    del r
    return _layout(
        "dongsheng_fuxing_service_centre_duty_numbers", "https://m.shutu.cn/template/c4643679.html",
        "(harder) 街道便民服务中心 岗位廉政风险防控表 in two parts on one sheet, after the source's 社区 低保 work summary "
        "(低保申请记录, 评议小组, 张榜公示, 街道民政审批): ``一、岗位职责`` — ``职责序号 | 岗位职责 | 岗位 | 姓名``, one row a "
        "duty, a person holding one or two duties; then ``二、廉政风险点`` — ``序号 | 廉政风险点 | 对应职责 | 风险等级 | "
        "防控措施`` with no post or name column, each point citing its duties by number (``职责1、职责2、职责6``), so a "
        "point's holders are the persons of the cited duties; 高/中/低, no type column; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongsheng_jiaotong_street_two_sheets() -> dict:
    unit = f"{PLACE}交通街道办事处"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 12, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("辛珏澂", "党工委书记", "主持党工委全面工作", [
            ("“三重一大”事项个人说了算，不经党工委会集体研究", "一级", "严格执行党工委议事规则，会议纪要存档。"),
            ("社区干部选拔任用中打招呼、定人选", "一级", "选任工作按程序报区委组织部备案。"),
        ]),
        ("游翊澜", "主任", "主持办事处全面工作", [
            ("老旧小区改造项目插手工程发包", "一级", "项目一律进入区公共资源交易平台。"),
            ("街道财务支出“一支笔”审批把关不严", "二级", "大额支出班子会集体研究。"),
        ]),
        ("辛昶玥", "副主任", "分管民政、社会事务", [
            ("民生救助资金审批中优亲厚友", "二级", "救助对象社区评议、街道审核、公示。"),
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
    dept = _Sheet("科室站所", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室站所廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "游珂沄", "middle", "办公用品采购不比价，虚开发票", "二级", "采购三家比价，验收双人签字。"),
        ("党政综合办公室", "主任", "游珂沄", "middle", "公务接待超标准、无公函", "三级", "接待凭公函，清单与发票一致。"),
        ("社会事务办公室", "科员", "辛湉琇", "general", "高龄津贴申报材料审核不严", "二级", "材料初审、复审两级审核。"),
        ("城市管理办公室", "主任", "游岷翀", "middle", "占道经营整治中选择性执法、收受好处", "一级", "执法全程记录，处罚结果公示。"),
        ("城市管理办公室", "科员", "辛漪珩", "general", "小区楼道清理中私自处置废旧物品", "三级", "清理物品登记造册，统一处置。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dongsheng_jiaotong_street_two_sheets", "http://wdqwzzb.gov.cn/sdcjddgw1/contents/261/944.html",
        "街道办事处 廉政风险防控一览表 in TWO SHEETS, after the source's 街道党工委 on 民族团结 (领导小组, 主题党日, 社区服务, "
        "理论中心组): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 科室站所 with 科室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def dongsheng_grid_centre_posts() -> dict:
    unit = f"{PLACE}网格化管理服务中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "网格员招聘中设置倾向性条件、暗箱操作", "制度机制风险", "高",
         "招聘方案报区人社局审核，笔试面试结果公示。"),
        ("指挥调度科", "科长", "middle", "网格事件派单、结案审核弄虚作假，虚报办结率", "岗位职责风险", "中",
         "事件办结回访核实，系统数据定期抽查。"),
        ("指挥调度科", "科长", "middle", "网格员考核打分凭印象、搞照顾", "思想道德风险", "中",
         "考核指标量化，考核结果公示。"),
        ("综合保障科", "科员", "general", "网格员通讯补贴、工作经费发放不实", "业务流程风险", "高",
         "补贴按考核结果核发，名单公示。"),
        ("综合保障科", "科员", "general", "网格信息系统居民个人信息泄露、倒卖", "外部环境风险", "中",
         "系统账号实名、权限分级，查询留痕。"),
        ("信息采集科", "科员", "general", "采集数据应付了事，虚报入户信息", "岗位职责风险", "低",
         "采集数据随机抽查回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合保障科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "dongsheng_grid_centre_posts", "http://jizihe.com/page/2022/1205/12382550.shtml",
        "区网格化管理服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 社区治理 “居政剥离” (街道, 社区居委会, "
        "包建, 网格): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongsheng_minzujie_community_group_rows() -> dict:
    unit = f"{PLACE}林荫街道民族街社区居民委员会"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社区“两委”", "社区“两委”", [
            ("社区书记", "游澈翎", "leader", [
                ("社区公益性岗位安排亲友", "高风险", "公益性岗位人选居民代表会议评议并公示。"),
                ("社区活动经费虚列支出", "中风险", "经费支出居务监督委员会审核签字。"),
            ]),
            ("社区主任", "辛沨琰", "leader", [
                ("低保初审评议中优亲厚友", "高风险", "评议小组由居民代表、楼栋长参加，结果张榜公示。"),
            ]),
        ]),
        ("二、网格工作站", "网格工作站", [
            ("网格员", "游琬岫", "general", [
                ("出具居住证明等材料不核实、收取好处", "中风险", "证明出具登记，社区书记审核签章。"),
                ("廉情信息收集不报、瞒报", "低风险", "廉情信息员每月报告，联络员督办。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dongsheng_minzujie_community_group_rows", "http://www.tjjw.gov.cn/html/gongzuodongtai/2019/11/15/64307.html",
        "社区居委会 廉政风险防控责任清单, after the source's 社区纪检监察工作联络站 (联络员, 廉情信息员, 信访举报, 网格): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、社区“两委”``, "
        "``二、网格工作站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dongsheng_wanjia_community_cards() -> dict:
    unit = f"{PLACE}天骄街道万佳社区居民委员会"
    t = _Truth(unit)
    cards = [
        ("社区书记", "辛翚瑶", "社区党委书记", "主持社区党委全面工作", "leader", [
            ("社区党员发展程序不规范、优亲厚友", "★★★", "发展党员全程纪实，公示接受监督。"),
            ("共驻共建单位赞助资金不入账", "★★★", "赞助资金统一入社区账户，居务公开。"),
            ("接受辖区商户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("楼栋长", "游沣璟", "网格员", "负责第三网格楼栋", "general", [
            ("楼栋长补贴名单虚报", "★★", "补贴名单社区公示。"),
            ("困难群众走访慰问品截留", "★★", "慰问品发放本人签收，随机回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dongsheng_wanjia_community_cards", "http://paper.xingandaily.cn:7070/epaper/xarbhcb/2012/07/26/A05/story/57721.shtml",
        "社区居委会 廉政风险防控卡, one sheet a person, after the source's 社区廉政文化建设 (网格化管理, 楼栋长, 廉政文化监督员, "
        "廉政文化平台): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def dongsheng_gongyuan_street_selfchecks() -> dict:
    unit = f"{PLACE}公园街道办事处"
    t = _Truth(unit)
    people = [
        ("辛璠沅", "平安建设办公室", "主任", "middle", [
            ("矛盾纠纷调处中偏袒一方、收受好处", "Ⅰ级", "调处过程双人参加，协议存档。", "已落实"),
            ("风险隐患排查台账弄虚作假", "Ⅱ级", "台账每月抽查核实。", "未发现问题"),
        ]),
        ("游岚琤", "党建办公室", "科员", "general", [
            ("党费收缴、使用不规范", "Ⅱ级", "党费专户管理，每半年公示。", "已落实"),
            ("信息报送迟报、漏报", "Ⅲ级", "信息报送专人负责，登记备查。", "已落实"),
            ("主题党日活动经费报销不实", "Ⅱ级", "活动经费凭签到表、照片报销。", "未发现问题"),
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
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongsheng_gongyuan_street_selfchecks", "https://www.seridoat.com/article/jie-mi-su-zhou-zhang-qiao-jie-dao-feng-kong-ru-he-zhi-mi-feng-xian-fang-kong-wang-shou-hu-she-qu-an.html",
        "街道办事处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道 风险防控 "
        "(风险排查, 社区居委会, 信息报送, 治安巡逻): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def dongsheng_fangzhi_street_list() -> dict:
    unit = f"{PLACE}纺织街道办事处"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "副主任", "游瑗翊", "leader", "老旧小区改造工程验收把关不严", "制度机制", "高",
         "验收邀请居民代表参加，验收结果公示。"),
        ("规划建设办公室", "主任", "辛岑澍", "middle", "小区违建整治中选择性拆除", "岗位职责", "高",
         "整治名单集体研究，执法全程记录。"),
        ("规划建设办公室", "科员", "游翾湄", "general", "物业企业考评打分不公", "外部环境", "中",
         "考评邀请业主代表参与打分。"),
        ("财务室", "会计", "辛琨沄", "general", "报账票据审核不严，虚列支出", "业务流程", "中",
         "报账单据经办人、证明人、审批人三签。"),
        ("财务室", "会计", "辛琨沄", "general", "创城专项经费挤占挪用", "思想道德", "低",
         "专项经费专账核算，审计监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主要领导（签字）：", None, None)
    return _layout(
        "dongsheng_fangzhi_street_list", "http://ds.gov.cn/yw/tpxw_148135/202204/t20220413_3178675.html",
        "街道办事处 岗位廉政风险防控一览表, after the source's 区 文明城市创建 (老旧小区改造, 小区楼道清理, 市容市貌): "
        "``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/主要领导（签字） line",
        [sh], t,
    )  # fmt: skip


def dongsheng_jianshe_street_register() -> dict:
    unit = f"{PLACE}建设街道办事处"
    sh = _Sheet("登记表", [6, 16, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "游翎湜", "leader", [
            ("政府购买社区服务项目指定承接方", "制度机制", "一级", "购买服务项目公开遴选承接主体。"),
            ("辖区企业帮扶中接受好处", "思想道德", "二级", "帮扶事项集体研究，过程公开。"),
        ]),
        ("社区建设办公室", "主任", "辛翙岍", "middle", [
            ("社区工作者考核评优不公", "岗位职责", "二级", "考核结果在街道公示。"),
        ]),
        ("社区建设办公室", "科员", "游珣澄", "general", [
            ("社区办公经费拨付不按标准", "业务流程", "一级", "经费按户数标准拨付，定期公开。"),
            ("共建单位资源对接中吃拿卡要", "外部环境", "三级", "对接事项登记备案。"),
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
        "dongsheng_jianshe_street_register", "http://thegardenzadar.com/2021/0326/610488.shtml",
        "街道办事处 廉政风险点排查登记表, after the source's essay on 基层治理 (基层治理体系, 社会力量参与, 网格): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongsheng_fuxing_service_centre_duty_numbers(),
    dongsheng_jiaotong_street_two_sheets(),
    dongsheng_grid_centre_posts(),
    dongsheng_minzujie_community_group_rows(),
    dongsheng_wanjia_community_cards(),
    dongsheng_gongyuan_street_selfchecks(),
    dongsheng_fangzhi_street_list(),
    dongsheng_jianshe_street_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch629-inbox"))
