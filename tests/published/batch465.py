"""The four-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 bodies,
临潭县 (a county of 甘南) — its 畜牧兽医站, 农业技术推广站 and 农村合作经济经营管理站, the 农业综合服务中心
of four of its towns (新城镇, 洮滨镇, 羊永镇, 冶力关镇) and, in the harder file, its 农业农村局 — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 畜牧兽医站's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 农业技术推广站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 经营管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 新城镇农业综合服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 洮滨镇农业综合服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 羊永镇农业综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、工作人员`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 冶力关镇农业综合服务中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``lintan_agri_bureau_hand_wrapped``: the 农业农村局's 一览表 (``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``) whose 廉政风险点 and 防控措施 cells are WRAPPED BY HAND:
  pasted from a Word table with narrow columns, every point and every measure is broken by typed
  line breaks (Alt+Enter) every seven characters, MID-WORD and mid-phrase (``在农机购置补贴核``⏎
  ``验中对机具编号…``), not at a sentence, a label or a number. Each point is one point: its lines
  are the pieces of one sentence, neither several points nor a name over how it shows. The README's
  读得懂的表 knows cells holding several points one a line (``受理员：…⏎民政员：…``, numbered lines,
  ``一是…``), a name on its first line over how it shows on the next (``风险点及表现形式``, a bold first
  sentence), a point over numbered measures in one cell, a name and how it shows parted by a run of
  typed SPACES (and that half a sentence broken by spaces is not parted), a name typed one character
  a line in a narrow cell (a holder's name), a type or level stood on end, and a point going on in
  the NEXT ROW after a trailing comma; it does not describe a point (and its measures) broken by
  typed LINE BREAKS at a fixed width, mid-word, in one cell, whose lines must be joined again.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县农委's 春耕 执法检查 of 种子, 农药
and 肥料 dealers; a 县畜牧兽医站's 耳标 发放 and 出入库 档案; a 区农委's 物化补贴 to 科技示范户 under the
基层农技推广 project; the risks of 土地承包经营权 确权登记颁证; a 镇 畜牧兽医服务中心's 春防 by 防疫员;
a 镇's 强制免疫 with 耳标 and 免疫证; a 镇兽医站's 春季 防控 by its 医工; a 镇畜牧兽医站's 逐户 防疫) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names); every unit is a body of 临潭县.

Run ``python tests/published/score.py --set batch465`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the WHOLE text of its 廉政风险点 cell with the typed line breaks
  taken out (the lines joined with nothing between them: the breaks fall mid-word); it is one point,
  not one per line, and has no separate description; the measures, wrapped the same way, are no
  points;
- ``局领导``, ``站领导`` (a 科室/股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股,
  a 站's 股 are 科室; a 镇农业综合服务中心 has no 科室: its group rows ``一、中心领导``, ``二、工作人员``
  give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, a 中心's 主任 and 副主任 are leaders; 股长
  middle; the rest (科员, 会计, 出纳, 农技员, 防疫员, 检疫员, 执法员, 农经员, 统计员, 信息员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 农业技术推广站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b465_"
PLACE = "临潭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
WRAP = 7


def wrap(text: str, width: int = WRAP) -> str:
    """The text broken by typed line breaks every ``width`` characters, mid-word."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


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
    ("局领导", "局长", "蔺翯濛", "leader", [
        ("涉农项目资金分配不经党组集体研究", "制度机制", "高", "涉农资金分配方案经党组会研究并公示。"),
        ("插手干预农资采购和项目招标", "思想道德", "高", "插手干预事项登记报告，采购进场交易。"),
    ]),
    ("局领导", "副局长", "亓淏瑀", "leader", [
        ("在农机购置补贴核验中对机具编号把关不严", "岗位职责", "中", "补贴机具逐台核验编号，核验人签字。"),
    ]),
    ("综合执法股", "股长", "厍岍沄", "middle", [
        ("春耕农资执法检查中对假劣种子降格处理", "岗位职责", "高", "执法两人以上，处罚结果集体审议并公开。"),
        ("检查前向农资经营户透露检查时间", "外部环境", "中", "检查对象随机抽取，检查时间保密。"),
    ]),
    ("计划财务股", "会计", "璩汧珝", "general", [
        ("耕地地力保护补贴资金不按面积核拨", "业务流程", "中", "补贴面积村级公示，资金一卡通直达。"),
        ("报销票据审核不严虚列支出", "思想道德", "低", "报销票据逐张审核，月末对账。"),
    ]),
]  # fmt: skip


def lintan_agri_bureau_hand_wrapped() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 8, 8, 12, 10, 8, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, wrap(point), typ, lv, wrap(measures))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "lintan_agri_bureau_hand_wrapped", "https://chinaseed114.com/news/19/news_93627.html",
        "(harder) 县农业农村局 岗位廉政风险防控一览表, after the source's 春耕 执法检查 (种子, 农药, 肥料; 经营备案, 品种备案, "
        "禁用农药): 序号/科室 merged (局领导, 综合执法股, 计划财务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施, the POINT AND MEASURE CELLS WRAPPED BY HAND — typed line breaks every seven characters, "
        "mid-word (pasted from a narrow Word table); an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lintan_vet_station_list() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "禚昶湉", "leader", [
            ("耳标和疫苗分配计划不经站务会研究", "制度机制", "高", "分配计划按存栏核定，站务会研究。"),
            ("防疫员补助发放优亲厚友", "思想道德", "中", "补助名册公示五个工作日。"),
        ]),
        ("防疫股", "股长", "逄珣岙", "middle", [
            ("耳标出入库档案补记、漏记", "岗位职责", "中", "出入库当日登记，领取人签字。"),
        ]),
        ("检疫股", "检疫员", "麴沨璠", "general", [
            ("产地检疫不到现场即出具检疫证明", "业务流程", "高", "检疫证明电子出证，现场影像留存。"),
            ("向养殖户超标准收取检疫费用", "外部环境", "低", "收费标准上墙公示。"),
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
        "lintan_vet_station_list", "https://mip.yaozui.com/p497644.html",
        "县畜牧兽医站 岗位廉政风险防控一览表, after the source's 耳标 发放 (存栏核查, 分配计划, 出入库档案, 领取人签字): a title, "
        "序号/股室 merged (站领导, 防疫股, 检疫股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/高/中/低/"
        "防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lintan_agritech_station_posts() -> dict:
    unit = f"{PLACE}农业技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, tech, seed = "站领导", "推广股", "种子股"
    rows = [
        (lead, "站长", "leader", "示范户遴选", "科技示范户遴选不公开，照顾关系户", "思想道德风险", "Ⅰ级",
         "示范户条件和名单村级公示。"),
        (lead, "站长", "leader", "项目验收", "农技推广项目验收走过场", "岗位职责风险", "Ⅱ级",
         "验收组吸收财务、纪检人员。"),
        (tech, "农技员", "general", "物化补贴发放", "物化补贴物资虚报数量、截留挪用", "业务流程风险", "Ⅰ级",
         "物资发放农户签字，照片存档。"),
        (tech, "农技员", "general", "技术培训", "培训签到弄虚作假，虚列培训经费", "制度机制风险", "Ⅱ级",
         "培训现场影像留存，经费据实报销。"),
        (seed, "科员", "general", "良种推广", "向农户指定购买特定品种种子", "外部环境风险", "Ⅰ级",
         "推广品种经站务会确定并公开。"),
        (seed, "科员", "general", "田间试验", "试验数据编造，谋取品种推广利益", "岗位职责风险", "Ⅲ级",
         "试验数据双人记录，股长复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lintan_agritech_station_posts",
        "https://nanjing.baogaosu.com/xinwen/%E9%99%B5%E5%8C%BA%E5%8F%91%E6%94%BE%E5%9F%BA%E5%B1%82%E5%86%9C%E6%8A%80%E6%8E%A8%E5%B9%BF%E4%BD%93%E7%B3%BB%E6%94%B9%E9%9D%A9%E4%B8%8E/53098649",
        "县农业技术推广站 廉政风险点排查表 对岗不对人, after the source's 基层农技推广 物化补贴 to 科技示范户: a title, "
        "序号/股室 merged (站领导, 推广股, 种子股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def lintan_rural_economy_two_sheets() -> dict:
    unit = f"{PLACE}农村合作经济经营管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甄翾沚", "站长", "主持全面工作", [
            ("确权登记颁证经费使用不经集体研究", "一级", "经费支出站务会研究，按季公开。"),
            ("承包地块面积争议调处偏袒一方", "二级", "争议调处两人以上，结果书面告知。"),
        ]),
        ("阙昉珞", "副站长", "分管农村集体三资", [
            ("村级财务审计发现问题隐瞒不报", "一级", "审计报告报局党组并抄送县纪委监委派驻组。"),
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
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("承包管理股", "股长", "郦昶沨", "middle", "土地承包合同补签、变更不按公示结果办理", "二级", "变更以公示确认的调查成果为准。"),
        ("承包管理股", "农经员", "谯沐玹", "general", "承包档案资料私自借出、涂改", "二级", "档案借阅登记，数字化留底。"),
        ("财务股", "出纳", "汲瀞岚", "general", "确权工作经费现金支付不入账", "一级", "经费转账支付，按月对账。"),
        ("财务股", "出纳", "汲瀞岚", "general", "报销凭证保管不善导致遗失", "三级", "凭证按月装订归档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "lintan_rural_economy_two_sheets", "http://www.jizihe.com/page/2015/0910/9587715.shtml",
        "县农村合作经济经营管理站's file in two sheets, after the source's 土地承包经营权 确权登记颁证 risks (资金使用, "
        "工作作风, 土地纠纷): ``站领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lintan_xincheng_center_cards() -> dict:
    unit = f"{PLACE}新城镇农业综合服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "濮珩溦", "leader", [
            ("春防疫苗领用和分发数量不实", "★★★", "疫苗领用台账按村登记，主任复核。"),
            ("防疫员分片安排照顾关系", "★★", "分片方案中心会议研究并公示。"),
        ]),
        ("防疫员", "邬霂峣", "general", [
            ("免疫注射走过场、漏免后补登记", "★★", "免疫档案当日填写，随机回访农户。"),
            ("向养殖户收取疫苗注射费用", "★", "免费政策入户宣传，公布举报电话。"),
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
        "lintan_xincheng_center_cards", "http://m-huangshifb.cjyun.org/p/267340.html",
        "镇农业综合服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 防疫员), after the source's 镇 畜牧兽医服务中心 "
        "春防 (防疫员, 走村串户, 打疫苗): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def lintan_taobin_center_selfchecks() -> dict:
    unit = f"{PLACE}洮滨镇农业综合服务中心"
    t = _Truth(unit)
    people = [
        ("鞠汭珺", "副主任", "leader", [
            ("强制免疫耳标佩戴数量虚报", "高风险", "耳标佩戴抽查，数量与存栏核对。", "已落实"),
            ("中心办公用品采购不比价", "中风险", "采购三家比价，留存记录。", "未发现问题"),
        ]),
        ("钭翊滢", "信息员", "general", [
            ("免疫证发放登记不全", "中风险", "免疫证按户登记，养殖户签字。", "已落实"),
            ("畜禽存栏数据随意填报", "低风险", "存栏数据每季度入户核实。", "已整改"),
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
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lintan_taobin_center_selfchecks", "https://m.yybnet.net/zaozhuang/tengzhou/201910/9739738.html",
        "镇农业综合服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 强制免疫 "
        "(村级防疫员, 耳标, 免疫证): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def lintan_yangyong_center_group_rows() -> dict:
    unit = f"{PLACE}羊永镇农业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", [
            ("主任", "诸沄翀", "leader", [
                ("春季防控物资采购不按程序", "一级风险", "物资采购报镇政府审批。"),
                ("医工考核打人情分", "二级风险", "考核细则公开，结果公示。"),
            ]),
        ]),
        ("二、工作人员", [
            ("防疫员", "闾沛琮", "general", [
                ("对未免疫生猪出具免疫记录", "一级风险", "免疫记录与养殖户台账比对。"),
                ("消毒药品私自挪用", "三级风险", "药品领用登记。"),
            ]),
            ("统计员", "扈沂琰", "general", [
                ("防控进度数据弄虚作假", "二级风险", "数据与村级台账核对。"),
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
        "lintan_yangyong_center_group_rows", "http://nmwwt.org/html/7njdt/20130808/69743.html",
        "镇农业综合服务中心 廉政风险防控责任清单, after the source's 镇兽医站 春季 防控 (副站长, 医工, 免疫程序, 服务范围): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def lintan_yeliguan_center_list() -> dict:
    unit = f"{PLACE}冶力关镇农业综合服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "谯翾湜", "leader", "牧民草场防疫点设置照顾关系户", "思想道德", "中", "防疫点设置方案公示。"),
        ("主任", "谯翾湜", "leader", "动物防疫专项经费挤占挪用", "制度机制", "高", "专项经费专账核算。"),
        ("农技员", "禚沚珩", "general", "疫苗注射数量和存栏数据瞒报", "岗位职责", "高", "数据与村委会每月核对。"),
        ("农技员", "禚沚珩", "general", "防疫员补助名册虚列人员", "业务流程", "中", "补助名册村委会签字确认。"),
        ("防疫员", "郦昀瀞", "general", "冬窝子逐户防疫不到位", "外部环境", "低", "防疫情况定位打卡。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lintan_yeliguan_center_list", "https://www.ts.cn/xwzx/dzxw/201903/t20190328_6214339.shtml",
        "镇农业综合服务中心 廉政风险防控一览表, after the source's 镇畜牧兽医站 逐户 防疫 (春草场, 冬窝子, 佩戴标识, 免疫记录): "
        "a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lintan_agri_bureau_hand_wrapped(),
    lintan_vet_station_list(),
    lintan_agritech_station_posts(),
    lintan_rural_economy_two_sheets(),
    lintan_xincheng_center_cards(),
    lintan_taobin_center_selfchecks(),
    lintan_yangyong_center_group_rows(),
    lintan_yeliguan_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch465-inbox"))
