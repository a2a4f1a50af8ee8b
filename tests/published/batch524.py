"""The five-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 商务 and
供销 bodies, 榆中县 (a county of 兰州市, 甘肃) — its 商务局, 供销合作社联合社, 招商服务中心,
粮油购销公司 and four 镇商贸服务站 (城关镇, 和平镇, 夏官营镇, 金崖镇 — 镇 of the county) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 供销合作社联合社's file in two sheets ``社领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 招商服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 粮油购销公司's 责任清单 under GROUP ROWS ``一、公司领导`` / ``二、仓储保管部`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 城关镇商贸服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 和平镇商贸服务站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在股室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 夏官营镇商贸服务站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, 高/中/低, no type column;
- the 金崖镇商贸服务站's 一览表: ``岗位 | 责任人`` merged per person, ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``一级/二级/三级``.

One is harder:

- ``yuzhong_commerce_emoji_levels``: the 商务局's 一览表 (``序号 | 股室 | 岗位 | 责任人 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, 股室/岗位/责任人 merged per person) writes each point's LEVEL
  as a COLOURED-CIRCLE EMOJI typed as the cell's text — ``🔴`` (U+1F534), ``🟡`` (U+1F7E1), ``🟢``
  (U+1F7E2), characters beyond U+FFFF — keyed by a legend line between the title and the heading,
  ``风险等级：🔴高风险　🟡中风险　🟢低风险``; no word of a level stands in any level cell. The shape is
  about HOW THE LEVEL IS WRITTEN. The README's 读得懂的表 and the earlier batches know levels as
  words, numerals, stars and other repeated marks (``★★★``, ``▲▲▲``, ``●●●``), ``红灯/黄灯/绿灯``
  words, conditional-format traffic-light ICONS over stored numbers (``LEVEL_ICONS``, drawn by
  Excel, not text), cell FILL colours under a note, ovals drawn over level cells, and names with
  characters beyond U+FFFF; none is a level cell whose text is a single coloured emoji a legend
  line keys to 高/中/低 (grep of tests/published for 🔴/🟡/🟢 finds nothing). Read as the others
  are, the level is the emoji the legend names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 商务局's 廉洁 政务环境 — 审批,
执法, 资金分配, 招商引资 项目评审; a 供销社 调研 of 农资网络, 基层社 and 农产品商贸流通; the
service of 招商引资 项目 落地; the 粮食供应 and 粮食安全 of 储备 and 购销; 乡镇商贸综合体 and
县域商业体系 in 浙江 and 山西; 商务部's 县域商业建设行动 — 乡镇商贸中心, 村级便民商店; a 省供销社's
``三秋`` 农资供应) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 榆中县 (``unit_words=("榆中县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch524`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``🔴``, ``🟡``, ``🟢`` are 1, 2, 3 by the legend line (🔴 高风险, 🟡 中风险,
  🟢 低风险); the legend line is no point;
- ``社领导`` (the 供销合作社联合社's leaders' sheet) is the 科室 of those leaders; a 局's 股, a
  社's or 中心's 科, a company's 部 are 科室; a group row ``一、公司领导`` gives the 科室
  ``公司领导``, ``二、仓储保管部`` the 科室 ``仓储保管部`` (its number left off), as batch 280,
  507 and 521 did; the 城关镇 cards and the 夏官营镇 and 金崖镇 lists name a 科室 only where a
  cell does (none); the 和平镇 站长's sheet writes ``站领导`` in ``所在股室`` and that is his 科室;
- every body is a unit of its own: 局长, 副局长, the 社's 主任 and 副主任, a 中心's 主任, a
  company's 经理 and 副经理, a 站's 站长 are leaders; 股长, 科长, 部长 middle; the rest (科员,
  保管员, 会计, 出纳, 检验员, 招商专员, 市场管理员, 统计员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 招商服务中心's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b524_"
PLACE = "榆中县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
EMOJI = {"\U0001f534": 1, "\U0001f7e1": 2, "\U0001f7e2": 3}
LEGEND = "风险等级：\U0001f534高风险　\U0001f7e1中风险　\U0001f7e2低风险"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

R, Y, G = "\U0001f534", "\U0001f7e1", "\U0001f7e2"

# (股室, 岗位, 责任人, tier, [(风险点, 风险类型, emoji, 防控措施)])
EMOJI_ROWS = [
    ("局领导", "副局长", "郏璘昶", "leader", [
        ("招商引资项目评审干预评审结果", "岗位职责", R, "项目评审随机抽取评委，结果公开。"),
        ("商贸流通专项资金分配优亲厚友", "思想道德", Y, "资金分配局党组集体研究，名单公示。"),
    ]),
    ("市场秩序股", "股长", "蒯湜骧", "middle", [
        ("成品油市场执法检查降格处理", "外部环境", R, "执法两人以上，处罚结果集体审定。"),
        ("单用途预付卡备案把关不严", "制度机制", G, "备案材料网上核验，定期抽查。"),
    ]),
    ("流通发展股", "科员", "阙珩翊", "general", [
        ("县域商业项目验收走过场", "业务流程", Y, "验收邀请第三方参加，验收资料存档。"),
    ]),
]  # fmt: skip


def yuzhong_commerce_emoji_levels() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, LEGEND, 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in EMOJI_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), EMOJI[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "yuzhong_commerce_emoji_levels",
        "https://www.rinaloveslife.com/news/shang-wu-ju-wen-ming-gong-zuo-liang-dian-ru-he-da-zao-gao-xiao-lian-jie-de-zheng-wu-huan-jing-yu-fu.html",
        "(harder) 县商务局 岗位廉政风险防控一览表, after the source on a 商务局's 廉洁 政务环境 (审批, 执法, 资金分配, "
        "招商引资 评审): a LEGEND line ``风险等级：🔴高风险　🟡中风险　🟢低风险`` over 序号/股室 merged/岗位 and "
        "责任人 merged per person/风险点/short types/风险等级 written ONLY as a COLOURED-CIRCLE EMOJI/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuzhong_coop_two_sheets() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    t = _Truth(unit)
    lead = _Sheet("社领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾昉骞", "主任", "主持全面工作", [
            ("社有资产出租出借个人说了算", "一级", "资产出租公开招租，理事会研究。"),
            ("基层社改造项目安排照顾关系", "二级", "项目安排按评分排序，结果公示。"),
        ]),
        ("琚湉翀", "副主任", "分管农资经营和社有企业", [
            ("农资联采直供选定供应商不公开", "一级", "供应商公开比选，纪检组全程监督。"),
            ("社有企业经营考核打分随意", "三级", "考核细则公开，结果集体审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "社领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("财务审计科", "会计", "缑璟翾", "general", "社有资金往来不入账、公款私存", "一级",
         "资金往来逐笔入账，按月对账。"),
        ("财务审计科", "会计", "缑璟翾", "general", "费用报销票据审核不严", "二级", "报销经办、审核、审批分离。"),
        ("合作指导科", "科长", "佘珞瑄", "middle", "农民合作社项目申报推荐不公", "三级", "推荐名单科务会研究并公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yuzhong_coop_two_sheets",
        "http://lycoop.linyi.cn/info/1047/6268.htm",
        "县供销合作社联合社's file in two sheets, after the source's 调研 of a 县供销社 (农资网络, 基层社改造, 农产品"
        "商贸流通): ``社领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def yuzhong_invest_center_posts() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "项目服务科", "招商联络科"
    rows = [
        (a, "招商专员", "general", "项目代办服务", "代办中向企业索要好处或推荐关系中介", "思想道德", "Ⅰ级",
         "代办事项清单公开，企业评价回访。"),
        (a, "招商专员", "general", "项目落地协调", "协调中拖延推诿，吃拿卡要", "外部环境", "Ⅱ级",
         "协调事项限时办结，台账管理。"),
        (b, "科长", "middle", "招商信息发布", "泄露项目信息，为关系企业谋利", "岗位职责", "Ⅰ级",
         "信息分级管理，发布经审核。"),
        (b, "招商专员", "general", "客商接待", "超标准接待，虚报接待费用", "制度机制", "Ⅲ级",
         "接待凭公函，费用按标准报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "yuzhong_invest_center_posts",
        "http://fjdj.jjjtsb.com/r/2025-05/29/content_31913118.htm",
        "县招商服务中心 廉政风险点排查表 对岗不对人, after the source on serving 招商引资 项目 落地: 科室 merged/岗位 "
        "merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yuzhong_grain_group_rows() -> dict:
    unit = f"{PLACE}粮油购销公司"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("经理", "仉翯璇", "leader", [
                ("储备粮轮换购销价格暗箱操作", "一级风险", "轮换粮公开竞价交易，结果公示。"),
                ("仓储设施维修工程指定施工方", "二级风险", "维修工程比选，班子会研究。"),
            ]),
        ]),
        ("二、仓储保管部", "仓储保管部", [
            ("部长", "蒿昶珺", "middle", [
                ("出入库数量虚报、以陈顶新", "一级风险", "出入库双人过磅，监控留存。"),
                ("粮情检查记录弄虚作假", "三级风险", "粮情检查定期抽查，记录存档。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "yuzhong_grain_group_rows",
        "http://taokecoco.com/page/2024/0130/22907105.shtml",
        "县粮油购销公司 廉政风险防控责任清单, after the source on 粮食供应 and 粮食安全: 序号/岗位/姓名/"
        "廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、公司领导``, ``二、仓储保管部`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yuzhong_chengguan_cards() -> dict:
    unit = f"{PLACE}城关镇商贸服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "眭翾昀", "leader", [
            ("村级便民商店补助名单审核不严", "★★★", "名单村级公示，站务会审核。"),
            ("商贸综合体改造项目验收把关不严", "★★", "验收邀请镇纪委参加。"),
        ]),
        ("市场管理员", "郜湲骐", "general", [
            ("农贸市场摊位分配优亲厚友", "★★", "摊位公开抽签分配。"),
            ("市场管理费收取不入账", "★", "收费开具票据，按月对账。"),
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
        "yuzhong_chengguan_cards",
        "http://zj.news.cn/2021-11/19/c_1128079098.htm",
        "镇商贸服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 市场管理员), after the source on 乡镇商贸"
        "综合体 and 县域商业体系: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/镇分管领导 签字",
        sheets, t,
    )  # fmt: skip


def yuzhong_heping_selfchecks() -> dict:
    unit = f"{PLACE}和平镇商贸服务站"
    t = _Truth(unit)
    people = [
        ("隗珣翾", "站长", "leader", "站领导", [
            ("县域商业建设资金申报材料把关不严", "高风险", "申报材料站务会审核，镇政府复核。"),
            ("物流配送点选址照顾关系户", "中风险", "选址方案公示征求意见。"),
        ]),
        ("覃璐骢", "统计员", "general", "综合组", [
            ("商贸企业统计数据弄虚作假", "中风险", "数据逐级审核，随机核查。"),
            ("泄露企业经营信息", "低风险", "统计资料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuzhong_heping_selfchecks",
        "http://hk-gensen.com/post/7941.html",
        "镇商贸服务站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source on a 省商务厅's "
        "县域商业建设行动: a label row ``姓　名 | 岗　位 | 所在股室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def yuzhong_xiaguanying_duty_list() -> dict:
    unit = f"{PLACE}夏官营镇商贸服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "沮昶璟", "leader", "农村电商服务点建设", "服务点补助发放不按标准", "高", "补助标准公开，发放名单公示。"),
        ("站长", "沮昶璟", "leader", "站内经费管理", "虚列支出套取经费", "中", "经费支出镇财政所审核。"),
        ("出纳", "邴翊湲", "general", "现金管理", "坐支现金，公款私存", "中", "现金日清月结，站长不定期盘点。"),
        ("出纳", "邴翊湲", "general", "票据管理", "收款不开票或开票不入账", "低", "票据领用核销登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "yuzhong_xiaguanying_duty_list",
        "http://m.3bf.cc/news/top/school/20220721/2165834.html",
        "镇商贸服务站 廉政风险防控责任清单, after the source on 商务部's 县域商业建设行动 (乡镇商贸中心, 村级便民商店, "
        "农村电子商务): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yuzhong_jinya_list() -> dict:
    unit = f"{PLACE}金崖镇商贸服务站"
    sh = _Sheet("一览表", [6, 10, 10, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "虢珺湛", "leader", "农资供应网点布点安排不公", "岗位职责风险", "一级",
         "布点方案站务会研究，结果公示。"),
        ("站长", "虢珺湛", "leader", "接受农资经营户宴请", "思想道德风险", "二级", "开展警示教育，签订廉洁承诺。"),
        ("检验员", "冼骊翀", "general", "农资商品抽检走过场", "业务流程风险", "二级", "抽检两人以上，样品留存。"),
        ("检验员", "冼骊翀", "general", "抽检结果录入随意更改", "制度机制风险", "三级", "结果系统录入，修改留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yuzhong_jinya_list",
        "https://www.xinnong.net/news/20130912/1116076.html",
        "镇商贸服务站 廉政风险防控一览表, after the source on a 省供销社's ``三秋`` 农资供应 (连锁网点, 农资打假): "
        "序号/岗位 and 责任人 merged per person/风险点/``…风险`` types/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuzhong_commerce_emoji_levels(),
    yuzhong_coop_two_sheets(),
    yuzhong_invest_center_posts(),
    yuzhong_grain_group_rows(),
    yuzhong_chengguan_cards(),
    yuzhong_heping_selfchecks(),
    yuzhong_xiaguanying_duty_list(),
    yuzhong_jinya_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch524-inbox"))
