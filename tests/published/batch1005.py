"""The one-thousand-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 杉木, 文书 and 古城 bodies of one county, 锦屏县 (黔东南州,
贵州省) — the 县林业局, the 县工业和信息化局, the 隆里乡人民政府, the 县文体广电旅游局, the 县油茶产业发展
中心, the 县水务局, the 县民族宗教事务局 and the 县档案馆 (its 锦屏文书特藏馆) — each handing back the
一览表, 排查表, 清单, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``一级/二级/三级``;
- the 工业和信息化局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, 高/中/低, no type column;
- the 隆里乡人民政府's 清单 under group rows ``一、乡领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``, no type column;
- the 文体广电旅游局's 排查表 under ``附件2``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row,
  short types under ``风险类别``, ``高风险/中风险/低风险``;
- the 油茶产业发展中心's 自查表, one sheet a person: ``姓　名 | 所在股室 | 职　务 | 自查日期`` over a row
  of values, 高/中/低, ``防控措施 | 自查情况``;
- the 水务局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 民族宗教事务局's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  short types, ``一级/二级/三级``.

One is harder:

- ``jinping_archives_score_then_level``: the 档案馆's 一览表 ``序号 | 科室 | 职务 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施`` whose ``风险等级`` cells write the assessed SCORE FIRST and then the level
  in brackets (``9分（一级）``, ``6分(二级)``, ``3分（三级）``), a ``注：`` line under the table giving the score
  ranges of each level (``8—10分为一级风险，5—7分为二级风险，1—4分为三级风险``). docs/layouts.md knows a
  level followed by a bracket (``一级（…）``), a ``风险评分`` column of scores read through a note
  (``LEVEL_BY_SCORE_CELLS``: ``7.5/10``, ``72分``) and a level with its reason (``一级：…``); not the
  score written BEFORE the level, the level in brackets after it. A probe before building showed
  every such cell LEVEL_UNKNOWN.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
阿伏干 and 叱列 with rare given names); every unit is a body of 锦屏县.

Run ``python tests/published/score.py --set batch1005`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the one in brackets after the score; the score (which the note's
  ranges put in the same level throughout) is no level of its own, no point and no measures;
- ``局领导``, ``馆领导`` and ``乡领导`` are the 科室 of the leaders; the 隆里乡's group rows
  (``二、财政所``, ``三、农业服务中心``) are 科室 of the 乡; the 中心's people have the 股室 their label row
  gives; 局长, 副局长, 馆长, 副馆长, 主任 (of the 中心), 乡长 and 乡党委书记 are leaders; 股长, 科长 and 所长
  (of the 乡's 财政所) middle; the rest general;
- ``自查情况`` and ``自查日期`` are no points; the 水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1005_"
PLACE = "锦屏县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
# the harder file's note: the score ranges of each level
BANDS = ((8, 10, 1), (5, 7, 2), (1, 4, 3))


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def score_and_level(cell: str) -> tuple[int, int]:
    """The score and the level (1–3) a harder cell writes: ``9分（一级）`` → (9, 1)."""
    m = re.fullmatch(r"(\d+)分[（(](一级|二级|三级)[）)]", cell)
    assert m, cell
    return int(m[1]), GRADES[m[2]]


def band_of(score: int) -> int:
    """The level the note's ranges give a score."""
    return next(lv for lo, hi, lv in BANDS if lo <= score <= hi)


# --------------------------------------------------------------------------- harder layout

# (科室, 职务, 姓名, tier, 廉政风险点, 风险类型, 风险等级 as written: the score, then the level, 防控措施)
ARCHIVE_ROWS = [
    ("馆领导", "馆长", "阿伏干翾", "leader", "锦屏文书征集经费使用个人说了算", "制度机制风险",
     "9分（一级）", "征集经费集体研究，按季公开。"),
    ("馆领导", "馆长", "阿伏干翾", "leader", "文书特藏馆修缮工程干预选定施工单位", "思想道德风险",
     "8分(一级)", "工程公开招标，干预登记报告。"),
    ("馆领导", "副馆长", "叱列澂沅", "leader", "民间文书征集定价随意、优亲厚友", "岗位职责风险",
     "6分(二级)", "定价由鉴定小组集体议定。"),
    ("征集编研科", "科长", "叱列翀", "middle", "接受文书捐赠户宴请、礼品", "思想道德风险",
     "5分（二级）", "签订廉洁承诺，征集两人同行。"),
    ("征集编研科", "科长", "叱列翀", "middle", "编研出版选定印刷企业收受好处", "业务流程风险",
     "7分（二级）", "印刷服务政府采购，比价留档。"),
    ("保管利用科", "科员", "阿伏干琰澈", "general", "违规提供未开放档案查阅、复制", "岗位职责风险",
     "4分（三级）", "查阅利用登记审批，复制件加盖印章。"),
    ("保管利用科", "科员", "阿伏干琰澈", "general", "修复耗材领用登记不实", "制度机制风险",
     "3分（三级）", "耗材出入库台账，月度盘点。"),
]  # fmt: skip
NOTE = (
    "注：风险等级由评估小组按发生概率和危害程度综合评分（满分10分）后确定，8—10分为一级风险，5—7分为"
    "二级风险，1—4分为三级风险；表中先写评分，括号内为风险等级。"
)


def jinping_archives_score_then_level() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 14, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, graded, measures) in enumerate(ARCHIVE_ROWS, 1):
        sh.add(n, dept, post, who, point, typ, graded, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), score_and_level(graded)[1])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, "馆长（签字）：", None, "2025年5月", None)
    return _layout(
        "jinping_archives_score_then_level", "http://cfdsc.com.cn/03215146",
        "(harder) 县档案馆 岗位廉政风险防控一览表, after the source's account of the 锦屏县档案局 文书特藏馆 (the "
        "修复 of 锦屏文书, 林业契约, 征集): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 written as the SCORE and then the level in brackets (``9分（一级）``, "
        "``6分(二级)``)/防控措施; a ``注：`` line giving each level's score range; 填表人/审核人/馆长（签字）",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinping_forestry_duty_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叱列璆", "leader", "杉木采伐限额分配暗箱操作", "岗位职责风险", "一级",
         "限额分配集体研究，结果公示。"),
        ("局领导", "局长", "叱列璆", "leader", "接受木材加工企业吃请、礼金", "思想道德风险", "二级",
         "严守廉洁纪律，重大事项报告。"),
        ("资源管理股", "股长", "阿伏干湉", "middle", "林木采伐许可审核把关不严", "业务流程风险", "一级",
         "采伐许可两人审核，伐前伐后查验。"),
        ("资源管理股", "科员", "叱列翯珩", "general", "木材运输检查放任超量运输", "制度机制风险", "三级",
         "检查站全程录像，月度比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    return _layout(
        "jinping_forestry_duty_list", "http://news.yuanlin.com/detail/201235/97788.htm",
        "县林业局 廉政风险防控责任清单, after the source's report of 锦屏's 林业总产值, 木材税费 and 人工造林: a "
        "title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def jinping_industry_bureau_list() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "阿伏干璇", "leader", "木材加工企业技改资金申报打招呼", "高",
         "资金申报集体评审，结果公示。"),
        ("局领导", "副局长", "阿伏干璇", "leader", "园区企业入驻评审优亲厚友", "中", "入驻评审专家随机抽取。"),
        ("企业服务股", "股长", "叱列瑗沚", "middle", "规上企业产值统计弄虚作假", "中", "统计数据与税务、电力比对。"),
        ("企业服务股", "科员", "阿伏干沨", "general", "企业帮扶中接受宴请", "低", "帮扶走访两人同行，登记备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 7)
    return _layout(
        "jinping_industry_bureau_list", "http://www.dghzdr.com/html/2012/zsyz_1015/65822.shtml",
        "县工业和信息化局 岗位廉政风险防控一览表, after the source's report of 锦屏's 木材加工 产值 and 林木加工企业 "
        "招商: a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type "
        "column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jinping_longli_town_group_rows() -> dict:
    unit = f"{PLACE}隆里乡人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "叱列沄琤", "leader", [
                ("古城保护项目资金使用个人说了算", "一级风险", "项目资金经乡党政联席会研究。"),
                ("古城民居修缮补助审批打招呼", "二级风险", "补助名单“四议两公开”。"),
            ]),
        ]),
        ("二、财政所", "财政所", [
            ("所长", "阿伏干珈", "middle", [
                ("村级财务代理记账把关不严", "一级风险", "村账乡代管，凭证两人审核。"),
            ]),
            ("会计", "叱列霂", "general", [
                ("惠农补贴发放名单审核不实", "二级风险", "名单入户核实并公示。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("技术员", "阿伏干澈", "general", [
                ("油茶低产林改造验收走过场", "二级风险", "验收结果乡村两级复核。"),
                ("农资发放登记不实", "三级风险", "发放登记群众签字确认。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "jinping_longli_town_group_rows", "http://3g.qdn.cn/news/sh/201102/50869.shtml",
        "隆里乡人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's report of the 隆里古城's 春节 visitors "
        "(陶家大院, 龙标书院, 城门): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、乡领导``, ``二、财政所``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def jinping_tourism_bureau_screening() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("排查表", [6, 14, 12, 12, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "叱列璇翊", "leader", "古城旅游项目招商收受好处", "思想道德", "高风险",
         "招商项目集体研究，结果公示。"),
        ("旅游发展股", "股长", "阿伏干瑄", "middle", "景区等级评定推荐把关不严", "岗位职责", "高风险",
         "评定推荐集体审议。"),
        ("旅游发展股", "股长", "阿伏干瑄", "middle", "旅游市场检查随意减免处罚", "业务流程", "中风险",
         "检查全程记录，处罚集体审议。"),
        ("办公室", "科员", "叱列湉", "general", "文旅活动经费报销审核不严", "制度机制", "低风险",
         "报销票据逐张审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "jinping_tourism_bureau_screening", "https://guzhen100.com/p3224",
        "县文体广电旅游局 廉政风险点排查表, after the source's account of the 隆里古城 (明代军事城堡, 生态博物馆, "
        "旅游景区): ``附件2``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY row/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def jinping_oil_tea_centre_selfchecks() -> dict:
    unit = f"{PLACE}油茶产业发展中心"
    t = _Truth(unit)
    people = [
        ("叱列翙", "中心领导", "主任", "leader", [
            ("油茶基地建设补助分配优亲厚友", "高", "补助对象公示，集体研究分配。", "已落实"),
            ("油茶苗木采购指定供应商", "中", "苗木采购按政府采购程序。", "未发现问题"),
        ]),
        ("阿伏干瀞", "技术推广股", "技术员", "general", [
            ("新造油茶林面积核验弄虚作假", "中", "核验双人到场，影像留存。", "已落实"),
            ("接受种植大户宴请", "低", "签订廉洁承诺，定期谈话提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinping_oil_tea_centre_selfchecks", "http://www.blogsir.cn/wzlm001/9892.htm",
        "县油茶产业发展中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "report of 锦屏's 油茶林基地, 低产林改造 and 人工造林 plans: a title, a label row ``姓　名 | 所在股室 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def jinping_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水利工程股", "工程管理岗", "general", "库区水利工程验收弄虚作假", "业务流程风险", "Ⅰ级",
         "验收组集体验收，资料存档。"),
        ("水利工程股", "工程管理岗", "general", "工程变更签证把关不严", "岗位职责风险", "Ⅱ级", "变更集体审核。"),
        ("水资源股", "取水许可岗", "general", "取水许可审批收受好处", "思想道德风险", "Ⅰ级", "许可审批两人审核。"),
        ("水资源股", "取水许可岗", "general", "水资源费征收随意减免", "制度机制风险", "Ⅱ级", "减免按规定审批并公示。"),
        ("办公室", "财务岗", "general", "项目资金拨付不按进度", "外部环境风险", "Ⅲ级", "资金拨付按合同、进度审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "jinping_water_bureau_posts", "http://www.hr1j.cn/bagua/20220411/42198.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's note on the 三板溪水电站 (清水江, 下闸蓄水, 库区): "
        "a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def jinping_ethnic_affairs_cards() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    cards = [
        ("阿伏干澍", "副局长", "分管民族文化保护、少数民族发展资金", "leader", [
            ("少数民族发展资金项目安排优亲厚友", "思想道德", "一级", "项目安排局党组集体研究。"),
            ("民族文化保护项目验收打招呼", "岗位职责", "二级", "验收组集体验收，结果公示。"),
        ]),
        ("叱列渼", "股长", "民族经济股全面工作", "middle", [
            ("民族特色村寨申报材料把关不严", "业务流程", "二级", "申报材料实地核查。"),
            ("接受项目村宴请", "外部环境", "三级", "下村两人同行，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "jinping_ethnic_affairs_cards",
        "https://www.gzszx.gov.cn/gzzxb/web/doc/detail/d_1611543928111136",
        "县民族宗教事务局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of 锦屏文书 and the county's 苗侗 history (建县, 长官司, 附籍): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinping_archives_score_then_level(),
    jinping_forestry_duty_list(),
    jinping_industry_bureau_list(),
    jinping_longli_town_group_rows(),
    jinping_tourism_bureau_screening(),
    jinping_oil_tea_centre_selfchecks(),
    jinping_water_bureau_posts(),
    jinping_ethnic_affairs_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1005-inbox"))
