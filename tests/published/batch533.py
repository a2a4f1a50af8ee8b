"""The five-hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化 and
体育 bodies, 和政县 (临夏州, 甘肃) — the 文化体育广电和旅游局, the 古动物化石博物馆, the 图书馆, the
体育中心 and the 文化站 of four 镇 (城关镇, 松鸣镇, 买家集镇, 三十里铺镇) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 文化体育广电和旅游局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 图书馆's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 体育中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、场馆管理部`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 城关镇文化站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 松鸣镇文化站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 买家集镇文化站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 三十里铺镇文化站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``hezheng_museum_point_footnotes``: the 古动物化石博物馆's 一览表 writes each point in ONE column
  headed only ``廉政风险点``, each cell the point ENDING IN A FOOTNOTE MARK, the marks numbered on
  down the list (``馆藏化石征集定价不公①``, ``基本陈列布展项目定向委托②`` … ``研学团队讲解收受好处⑤``),
  and under the table a ``注：`` line and one merged line a mark saying how that point shows
  (``①指向持有人压价或抬价收购民间化石，收购价不经评估。``), as a Word table's footnotes come out when
  pasted into a sheet. The heading is ``序号 | 部门 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施`` (部门 merged, 岗位 and 责任人 merged per person, short types, 高/中/低 in its own
  column). The shape is about HOW THE POINT AND ITS DESCRIPTION ARE WRITTEN (the description parted
  off the point into footnotes keyed by a mark on the point). The README's 读得懂的表 and the
  earlier batches know marks after the point that a note reads as LEVELS (batch300's ``…虚增工程量①``
  under ``注：风险点后标注①的为一级风险…``; ``★``/``☆``), footnote marks after a HOLDER's name
  (``闵渫珑*△``), a glossary of the points under the list keyed by their 序号 (``风险点释义：`` then
  ``3.短名：指…``), and descriptions in a bracket, after a colon, a dash, a slash, a full stop or in
  another font. None is a mark on the point, numbered on past ③ so that it cannot be a level, keyed
  to footnote lines that describe the point, with the level in a column of its own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a map page on 和政古动物化石博物馆 —
一期馆 and 二期馆, 30000 化石 and their grades, 基本陈列; a 市文化和旅游局's report on 法治政府建设 —
执法, 集体研究, 学法; a 文化和旅游厅's report on 法治 — 重大行政决策, 法律顾问, 公共文化 rules; a paper
on 体育场地 运营服务 — 规模, 运营, 收费; news on 乡镇综合文化站 — 图书阅览, 农家书屋, 文化活动; a news item on 和政县's 化石探秘游 — 松鸣镇 桦林
埋藏原址馆; a notice on 文物市场行政执法 — 文物经营, 古玩市场, 线索; an article 化石王国 世界和政 —
化石出露点, 征集民间化石) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 和政县 (``unit_words=("和政县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch533`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text BEFORE the closing footnote mark; the mark and the
  footnote it keys (how the point shows) are no part of the point, and the ``注：`` block under the
  table holds no points (as a ``风险点 | 风险表现`` table's short name is the point and batch300's
  level marks are cut off); the level is the ``风险等级`` column's, never the mark;
- ``局领导`` (the 局's leaders' sheet), ``馆领导``, ``中心领导`` and ``站领导`` are the 科室 of those
  leaders; a 局's 股, a 馆's 部 or 科室, a 中心's 部, a 站's 组 are 科室; a group row ``一、中心领导``
  gives the 科室 ``中心领导``, ``二、场馆管理部`` the 科室 ``场馆管理部`` (its number left off), as
  batch 280, 507, 517, 521, 525 and 529 did; the 城关镇 cards and the 三十里铺镇 list name a 科室
  only where a cell does (they name none); the 松鸣镇 sheets write ``文化站`` in ``所在科室`` and that
  is their 科室 (as batch529's ``社会事务办``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 馆's 馆长 and 副馆长, a 中心's 主任, a
  站's 站长 are leaders; 股长 and 部长 are middle; the rest (科员, 讲解员, 管理员, 文化专干 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 买家集镇文化站's list names no person: its forms are posts
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

PREFIX = "b533_"
PLACE = "和政县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

MARKS = "①②③④⑤⑥⑦⑧⑨"

# (部门, 岗位, 责任人, tier, [(风险点, 脚注：how it shows, 风险类型, 风险等级, 防控措施)])
FOOTNOTED = [
    ("馆领导", "副馆长", "綦瑀翙", "leader", [
        ("馆藏化石征集定价不公", "向持有人压价或抬价收购民间化石，收购价不经评估", "岗位职责", "高",
         "征集价格经专家评估，馆务会研究并公示。"),
        ("基本陈列布展项目定向委托", "布展项目化整为零，指定熟识公司承接", "制度机制", "中",
         "布展项目按政府采购程序比选，纪检监督。"),
    ]),
    ("保管部", "部长", "郏昶琭", "middle", [
        ("化石标本出入库把关不严", "标本出库不登记、借展标本逾期不收回", "业务流程", "高",
         "出入库双人签字，每季度账物核对。"),
        ("标本修复材料采购虚报", "修复用胶、石膏等材料多报数量", "外部环境", "低",
         "材料领用登记，部长按月核对。"),
    ]),
    ("陈列部", "讲解员", "訾璎玹", "general", [
        ("研学团队讲解收受好处", "向研学机构索要讲解费、推荐指定商店", "思想道德", "中",
         "讲解免费并公示，团队预约登记。"),
    ]),
]  # fmt: skip


def hezheng_museum_point_footnotes() -> dict:
    unit = f"{PLACE}古动物化石博物馆"
    sh = _Sheet("一览表", [6, 10, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    notes = []
    n = 0
    for dept, post, who, tier, points in FOOTNOTED:
        for point, shows, typ, lv, measures in points:
            mark = MARKS[n]
            n += 1
            sh.add(n, dept, post, who, f"{point}{mark}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            notes.append(f"{mark}指{shows}。")
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：", 8)
    for note in notes:
        _line(sh, note, 8)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年9月", None)
    return _layout(
        "hezheng_museum_point_footnotes",
        "https://m.map.360.cn/m/album/detail/pid=9761de8be7a3bbda",
        "(harder) 县古动物化石博物馆 岗位廉政风险防控一览表, after the source's page on the museum (一期馆/二期馆, "
        "馆藏化石 and their grades, 基本陈列): 序号/部门 merged/岗位 and 责任人 merged per person/``廉政风险点`` whose "
        "cells END IN A FOOTNOTE MARK ``①``…``⑤`` (one a point, numbered on down the list) and a ``注：`` block under "
        "the table, one merged line a mark, saying how each point shows (``①指向持有人压价…``)/short types/高/中/低/"
        "防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hezheng_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化体育广电和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓翯琮", "局长", "主持全面工作", [
            ("文旅项目资金分配个人说了算", "一级", "资金分配方案局党组集体研究，结果公开。"),
            ("干部选拔任用把关不严", "二级", "严格执行选任程序，纪检全程监督。"),
        ]),
        ("笪玥珩", "副局长", "分管旅游和文化市场", [
            ("A级景区评定推荐降低标准", "一级", "评定专家随机抽取，结果公示。"),
            ("文化市场执法检查选择性执法", "二级", "执法全过程记录，案件集体审理。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("文物股", "股长", "逄琇昉", "middle", "文物保护工程验收走过场", "一级", "验收邀请专家参加，资料存档。"),
        ("文物股", "股长", "逄琇昉", "middle", "化石出露点巡查不到位", "三级", "巡查记录按月上报，局领导抽查。"),
        ("体育股", "科员", "禚瑢昕", "general", "全民健身器材发放不按计划", "二级", "发放计划公示，乡镇签收。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "hezheng_culture_bureau_two_sheets",
        "https://lincang.gov.cn/zfxxgk_lcs_whlyj/artview/1324/340996.html",
        "县文化体育广电和旅游局's file in two sheets, after the source's report of a 文化和旅游局 on "
        "法治政府建设 (执法, 集体研究, 学法): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 股室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def hezheng_library_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "勾瑗翀", "leader", "图书采购指定供应商", "制度机制风险", "高",
         "图书采购公开招标，采购目录馆务会审定。"),
        ("馆领导", "馆长", "勾瑗翀", "leader", "数字资源建设项目验收不严", "岗位职责风险", "中",
         "项目验收邀请第三方参加。"),
        ("采编部", "部长", "蔺珝昶", "middle", "受赠图书登记不全", "业务流程风险", "低",
         "受赠图书逐册登记，年终清点。"),
        ("流通部", "管理员", "厍璐瑆", "general", "读者押金收取不入账", "思想道德风险", "中",
         "押金凭票收取，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "馆长（签字）：", None, None)
    return _layout(
        "hezheng_library_list",
        "http://sft.gxzf.gov.cn/fzzfjs/zizhiqubenji/t6475140.shtml",
        "县图书馆 廉政风险防控一览表, after the source's report of a 文化和旅游厅 on 法治 (重大行政决策, 法律顾问, 公共文化 rules): 序号/科室 merged/岗位 and "
        "责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


def hezheng_sports_center_group_rows() -> dict:
    unit = f"{PLACE}体育中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "酆璠旸", "leader", [
                ("场馆对外出租价格随意", "一级风险", "出租价格经物价部门核定并公示。"),
                ("赛事承办经费支出不规范", "二级风险", "赛事经费专账核算，赛后公开。"),
            ]),
        ]),
        ("二、场馆管理部", "场馆管理部", [
            ("部长", "钭瑄翃", "middle", [
                ("场地开放收费不开票", "一级风险", "收费使用统一票据，每日缴存。"),
                ("健身器材维修费用虚报", "三级风险", "维修前后拍照留存，两人验收。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "hezheng_sports_center_group_rows",
        "http://jizihe.com/page/2020/1022/15155005.shtml",
        "县体育中心 廉政风险防控责任清单, after the source's paper on 体育场地 运营服务 (场地 规模, 运营, 收费): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、场馆管理部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hezheng_chengguan_station_cards() -> dict:
    unit = f"{PLACE}城关镇文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "隗琨玶", "leader", [
            ("文化惠民演出场次虚报", "★★★", "演出照片、签到表存档，镇上抽查。"),
            ("农家书屋图书配送不到村", "★★", "配送清单村委签收，站长回访。"),
        ]),
        ("文化专干", "爨瑷昀", "general", [
            ("文艺骨干培训补助冒领", "★★", "补助名单公示，打卡发放。"),
            ("站内设备外借不登记", "★", "设备外借登记，归还验收。"),
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
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "hezheng_chengguan_station_cards",
        "https://m.yybnet.net/bozhou/lixin/201110/517233.html",
        "镇文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干), after the source's news on 乡镇综合文化站 (图书阅览, 农家书屋, 文化活动) "
        "(设施, 服务内容, 人才, 运营机制): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def hezheng_songming_station_selfchecks() -> dict:
    unit = f"{PLACE}松鸣镇文化站"
    t = _Truth(unit)
    people = [
        ("璩翊琛", "站长", "leader", "文化站", [
            ("化石埋藏原址周边巡护补助发放不实", "高风险", "巡护记录村委签字，补助公示。"),
            ("乡村旅游节庆活动经费使用不规范", "中风险", "活动经费镇党委会研究，票据公开。"),
        ]),
        ("冼瑒珞", "管理员", "general", "文化站", [
            ("文化广场场地使用收取费用", "中风险", "场地免费开放，预约登记公示。"),
            ("活动物资领用不登记", "低风险", "物资领用签字，台账月结。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hezheng_songming_station_selfchecks",
        "https://ttnews.xyz/a/5bbfad16dc9b5e7a04de1671",
        "镇文化站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's news on 和政县's "
        "化石探秘游 (松鸣镇 桦林 化石埋藏原址馆, 旅游): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def hezheng_maijiaji_station_posts() -> dict:
    unit = f"{PLACE}买家集镇文化站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "站领导", "文艺辅导组", "综合服务组"
    rows = [
        (a, "站长", "leader", "文化项目资金使用", "虚列活动支出，套取文化项目资金", "制度机制", "Ⅰ级",
         "资金使用镇财政所审核，按季公开。"),
        (b, "文化专干", "general", "非遗传承人补助申报", "为不符合条件人员申报补助", "岗位职责", "Ⅱ级",
         "申报材料公示七日，县局复核。"),
        (c, "管理员", "general", "文体活动器材管理", "器材私借他人或据为己有", "思想道德", "Ⅲ级",
         "器材登记造册，每半年盘点。"),
        (c, "管理员", "general", "民间文物线索报告", "收受好处隐瞒民间化石交易线索", "外部环境", "Ⅰ级",
         "线索登记报县局，定期回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合服务组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "hezheng_maijiaji_station_posts",
        "https://fensifuwu.com/tourism/e1ef34c80a1942947caeb97a56dbf7dd.html",
        "镇文化站 廉政风险点排查表 对岗不对人, after the source's notice on 文物市场行政执法 (文物经营, 古玩市场, 线索): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def hezheng_sanshilipu_station_duty_list() -> dict:
    unit = f"{PLACE}三十里铺镇文化站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "笪琰翾", "leader", "村综合文化服务中心建设", "建设项目指定施工队", "一级",
         "项目比选确定，镇纪委监督。"),
        ("站长", "笪琰翾", "leader", "广播电视户户通维护", "维护费用虚报冒领", "二级", "维护记录农户签字。"),
        ("文化专干", "逯珺曦", "general", "群众文艺队伍扶持", "扶持资金优亲厚友", "二级",
         "扶持名单公示，资金打卡。"),
        ("文化专干", "逯珺曦", "general", "文化活动统计上报", "虚报活动场次和人数", "三级", "附照片和签到表备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "hezheng_sanshilipu_station_duty_list",
        "http://www.chinahuashi.com/show.asp?id=1197",
        "镇文化站 廉政风险防控责任清单, after the source's article 化石王国 世界和政 (化石出露点, 征集民间化石, 县上投资"
        "建馆): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hezheng_museum_point_footnotes(),
    hezheng_culture_bureau_two_sheets(),
    hezheng_library_list(),
    hezheng_sports_center_group_rows(),
    hezheng_chengguan_station_cards(),
    hezheng_songming_station_selfchecks(),
    hezheng_maijiaji_station_posts(),
    hezheng_sanshilipu_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch533-inbox"))
