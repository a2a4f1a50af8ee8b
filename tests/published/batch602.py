"""The six-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 群团 bodies,
青铜峡市 (of 吴忠市, 宁夏) — its 总工会, 红十字会, 科学技术协会, 共青团委员会, 妇女联合会, 文学艺术界联合会
and 工商业联合会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 总工会's 一览表 in TWO SHEETS: ``会领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``部室``
  (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 红十字会's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 科学技术协会's 自查表, one sheet a person: a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 共青团委员会's 责任清单 under GROUP ROWS ``一、团市委领导`` … ``三、学少部`` merged across (no 部室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 妇女联合会's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 文学艺术界联合会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 工商业联合会's 排查登记表: ``部室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qingtongxia_disabled_persons_federation_level_columns``: the 残疾人联合会's 廉政风险分级防控表, ONE
  ROW A SHARED POINT (``序号 | 业务事项 | 廉政风险点 | … | 防控措施``) and a TWO-ROW heading whose
  ``风险等级及责任岗位`` is merged over THREE LEVEL COLUMNS ``一级（高） | 二级（中） | 三级（低）``; in each
  row every level cell lists, one a line, the holders (``理事长　郄翮岚``, ``康复部部长　郄璿汀``) for
  whom the row's point is of that level — one to three level cells filled a row, one or several
  holders a cell — so a holder's points are the rows naming him, each at the level of the column
  his line stands in, and one row is a point of several holders at different levels. The README's
  读得懂的表 knows a level across with a tick (``风险等级`` over ``一级 | 二级 | 三级``), level columns
  holding the POINTS (``廉政风险点`` over ``高风险 | 中风险 | 低风险``; posts down and levels across
  with the points in the cells), holding the TYPE (``风险类型及等级`` over ``高 | 中 | 低``) or the
  MEASURES (``分级防控措施``), and holders across with each holder's LEVEL in his cell (``各岗位风险
  等级`` over ``部长⏎寇鸣川 | …``); it does not describe the transpose of that last one — levels across,
  each cell naming the HOLDERS (post and name, several to a cell) whose point the row is at that
  level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 常德市残联 辅助器具适配补贴实施办法 —
需求调查, 适配评估, 购买配送, 补贴; 自贡市总工会 困难职工 生活救助 — 建档特困职工, 补助款发放; a comment on
红十字会 监督 — 捐赠款物, 信息公开, 组织结构; a note on 学会经费 开支范围; 从严治团 — 发展团员 编号制度,
名额分配, 团干部; a 市妇联 公益创投 项目征集 — 项目评审小组, 资金扶持; a comment on 文艺评奖 — 减数量、
提质量, 人情评奖, 权票交易; a 市工商联 清廉商会 — 清廉监察组, 会员单位, 自律监督) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 郄 and 弓 with rare given names); every unit is a body of 青铜峡市.

Run ``python tests/published/score.py --set batch602`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every holder line in a level cell makes the row's point a point of that
  holder at that column's level (``一级（高）`` 1, ``二级（中）`` 2, ``三级（低）`` 3); a line
  ``康复部部长　郄璿汀`` is 部室 ``康复部``, post ``部长`` (the README's ``秘书科机要员`` split), a line
  ``理事长　郄翮岚`` or ``副理事长　…`` a leader with no 部室; one form a holder; ``业务事项`` names the
  business, no holder; ``防控措施`` names no holder; the ``注：`` line and the 填表/审核 line are no
  points;
- the 总工会's sheet ``会领导`` and the 妇联's cards have no 部室 column: their leaders have no 部室; a
  group row ``一、团市委领导`` and a 部室 cell ``会领导`` or ``文联领导`` give those leaders that 部室; a 部
  of a 群团 body (办公室, 组织部, 权益保障部, 学少部 …) is a 部室;
- every body is a unit of its own: 主席, 副主席, 书记, 副书记, 理事长, 副理事长, 会长 and 秘书长 (the
  红十字会's) are leaders; 部长 and 主任 (of a 部室) middle; the rest (干事, 会计, 出纳, 科员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 红十字会's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b602_"
PLACE = "青铜峡市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 部室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders: key -> (部室, post, name, tier); the cell line is f"{部室}{post}　{name}"
HOLDERS = {
    "L": ("", "理事长", "郄翮岚", "leader"),
    "D": ("", "副理事长", "弓泆璇", "leader"),
    "K": ("康复部", "部长", "郄璿汀", "middle"),
    "J": ("教育就业部", "部长", "弓璞溦", "middle"),
    "Z": ("组联部", "部长", "郄峤霖", "middle"),
}
LEVEL_HEADS = ["一级（高）", "二级（中）", "三级（低）"]

# (业务事项, 廉政风险点, (holders at 一级, at 二级, at 三级), 防控措施)
SHARED = [
    ("康复救助", "残疾儿童康复救助定点机构准入把关不严", ("LK", "D", ""),
     "定点机构准入经理事会集体研究，名单向社会公示。"),
    ("辅助器具适配", "辅助器具适配补贴对象审核不实，虚报冒领", ("K", "D", ""),
     "适配评估与补贴审核分设两人，补贴名单公示。"),
    ("就业扶持", "按比例就业审核和就业补贴发放把关不严", ("J", "D", "L"),
     "审核材料经部室初审、分管领导复审，补贴直接拨付到人。"),
    ("评残办证", "残疾评定办证中降低标准、人情评残", ("Z", "L", ""),
     "评残由定点医院出具意见，办证结果每月公示。"),
    ("资金管理", "残疾人专项资金拨付不按程序，截留挪用", ("L", "D", ""),
     "专项资金专账核算，拨付经理事长办公会研究。"),
    ("作风纪律", "接受定点服务机构宴请、礼品礼金", ("", "", "LD"),
     "签订廉洁承诺书，节前开展廉洁提醒。"),
]  # fmt: skip


def _holder_line(key: str) -> str:
    dept, post, who, _tier = HOLDERS[key]
    return f"{dept}{post}{GAP}{who}"


def qingtongxia_disabled_persons_federation_level_columns() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("分级防控表", [6, 12, 36, 20, 20, 20, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险分级防控表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年6月", 7)
    top = sh.add("序号", "业务事项", "廉政风险点", "风险等级及责任岗位", None, None, "防控措施")
    sh.add(None, None, None, *LEVEL_HEADS, None)
    for c in (0, 1, 2, 6):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 5)
    for i, (work, point, by_level, measures) in enumerate(SHARED, 1):
        cells = ["\n".join(_holder_line(k) for k in keys) or None for keys in by_level]
        sh.add(i, work, point, *cells, measures)
    # the truth one form a holder, in the holders' order
    for key, (dept, post, who, tier) in HOLDERS.items():
        for _work, point, by_level, _measures in SHARED:
            for lv, keys in enumerate(by_level, 1):
                if key in keys:
                    t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：各风险点按涉及岗位分别评定等级，责任岗位写在其风险等级一栏内。", 7)
    sh.add("填表：", None, "审核：", None, None, "理事长（签字）：", None)
    return _layout(
        "qingtongxia_disabled_persons_federation_level_columns", "https://www.cdscl.org.cn/ywxx/tzgg/content_511957",
        "(harder) 市残疾人联合会 廉政风险分级防控表, after the source's 残疾人辅助器具适配补贴实施办法 (需求调查, 适配评估, "
        "购买配送, 补贴, 分级负责): a title, a merged ``填报单位：…　2025年6月`` line, then a TWO-ROW heading: 序号/业务事项/"
        "廉政风险点/防控措施 merged down, ``风险等级及责任岗位`` merged across three level columns ``一级（高） | 二级（中） | "
        "三级（低）``; ONE ROW A SHARED POINT with, in each level cell, the holders (``理事长　郄翮岚``, ``康复部部长　郄璿汀``) "
        "one a line for whom the point is of that level — one to three level cells a row, one or several holders a cell; "
        "no type column; a merged ``注：`` line and a 填表/审核/理事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingtongxia_trade_union_two_sheets() -> dict:
    unit = f"{PLACE}总工会"
    t = _Truth(unit)
    lead = _Sheet("会领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}会领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郄珣岱", "主席", "主持全面工作", [
            ("工会经费预算安排和大额支出个人说了算", "一级", "大额支出经主席办公会集体研究，会议纪要存档。"),
            ("职工疗休养机构选定暗箱操作", "二级", "疗休养机构比选确定，结果公示。"),
        ]),
        ("弓岚琫", "副主席", "分管权益保障、帮扶救助", [
            ("困难职工建档审核不严，优亲厚友", "一级", "建档对象基层工会初审、入户核实、公示。"),
            ("送温暖慰问金发放不公开", "二级", "慰问名单和金额张榜公示，签字领取。"),
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
    dept = _Sheet("部室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("权益保障部", "部长", "郄溱珂", "middle", "困难职工生活救助资金审核把关不严", "一级",
         "救助资金经部室审核、分管领导审批，发放到卡。"),
        ("权益保障部", "部长", "郄溱珂", "middle", "职工法律援助案件受理不按规定", "三级", "援助案件登记受理，定期抽查。"),
        ("权益保障部", "干事", "弓澈珮", "general", "帮扶救助台账登记不实", "二级", "台账与发放记录每季度核对。"),
        ("经费审查办公室", "主任", "郄琇岺", "middle", "基层工会经费审查走过场", "二级", "审查报告经经审会审议。"),
        ("经费审查办公室", "会计", "弓霁珧", "general", "工会经费报销单据审核不严", "二级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qingtongxia_trade_union_two_sheets", "https://www.workercn.cn/papers/grrb/2012/01/17/2/news-10.html",
        "市总工会 廉政风险防控一览表 in TWO SHEETS, after the source's 市总工会 困难职工 生活救助专项行动 (建档特困职工, "
        "补助款, 帮扶中心): sheet 会领导 with 姓名/职务/分管工作 merged per leader, sheet 部室 with 部室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingtongxia_red_cross_posts() -> dict:
    unit = f"{PLACE}红十字会"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "leader", "捐赠款物分配", "定向捐赠款物不按捐赠人意愿分配使用", "制度机制风险", "高",
         "定向捐赠款物分配经会长办公会研究，去向公示。"),
        ("会领导", "常务副会长", "leader", "应急物资采购", "救灾物资采购抬高单价，指定供应商", "外部环境风险", "高",
         "采购三家以上比价，价格和数量公开。"),
        ("筹资募捐部", "部长", "middle", "捐赠票据管理", "捐赠票据开具不及时，收支不入账", "业务流程风险", "中",
         "捐赠收入当日入账，票据连号管理。"),
        ("筹资募捐部", "部长", "middle", "信息公开", "捐赠款物接收和使用情况不公开或不全面", "岗位职责风险", "中",
         "每季度在官网公开捐赠收支明细。"),
        ("办公室", "会计", "general", "救助资金发放", "大病救助对象审核不实，重复救助", "业务流程风险", "中",
         "救助对象与医保、民政数据比对。"),
        ("办公室", "会计", "general", "备灾仓库管理", "备灾物资出入库不登记，私自处置", "思想道德风险", "低",
         "物资出入库双人登记，每半年盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qingtongxia_red_cross_posts", "http://sphere-logic.com/cn/shilizixun/20200213/693.html",
        "市红十字会 岗位廉政风险点排查表 对岗不对人, after the source's comment on 红十字会 监督 (捐赠款物, 组织结构, 信息公开, "
        "社会监督): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingtongxia_science_association_selfchecks() -> dict:
    unit = f"{PLACE}科学技术协会"
    t = _Truth(unit)
    people = [
        ("郄瑑澜", "科协领导", "主席", "leader", [
            ("科普项目立项评审打招呼、定项目", "Ⅰ级", "项目评审专家随机抽取，评审结果公示。"),
            ("学会年检和评优中降低标准", "Ⅱ级", "年检材料两人审核，评优结果公示。"),
        ]),
        ("弓琎岫", "学会部", "部长", "middle", [
            ("学会活动经费超范围开支", "Ⅰ级", "学会经费按开支范围审核，专账核算。"),
            ("学会换届中违规操作", "Ⅲ级", "换届方案报科协党组审定。"),
        ]),
        ("郄漪峋", "科普部", "干事", "general", [
            ("科普活动物资采购虚报数量", "Ⅱ级", "物资验收两人签字，发放登记。"),
            ("科普示范基地考评走过场", "Ⅲ级", "考评现场查看，记录存档备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, *_rest) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主席意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingtongxia_science_association_selfchecks", "http://www.renwuwiki.com/book/17800/326841.html",
        "市科协 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on 学会经费的开支范围 "
        "(学会活动, 经费开支, 专账): a title, a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a row of values, "
        "then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主席意见：``",
        sheets, t,
    )  # fmt: skip


def qingtongxia_youth_league_group_rows() -> dict:
    unit = f"{PLACE}共青团委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、团市委领导", "团市委领导", [
            ("书记", "弓昕澜", "leader", [
                ("发展团员名额分配不公开", "一级风险", "名额分配方案经书记办公会研究，向基层团组织公开。"),
                ("青年志愿服务项目资金使用不经集体研究", "一级风险", "项目资金使用集体研究，结项公示。"),
            ]),
        ]),
        ("二、组织部", "组织部", [
            ("部长", "郄翾琪", "middle", [
                ("团员发展编号管理不严，违规发展", "二级风险", "发展团员实行编号制度，系统录入留痕。"),
            ]),
            ("干事", "弓翛瑗", "general", [
                ("团费收缴不开票据、不及时上交", "二级风险", "团费统一收缴，开具票据，按月上交。"),
                ("推优入党材料审核把关不严", "三级风险", "推优材料两人审核，名单公示。"),
            ]),
        ]),
        ("三、学少部", "学少部", [
            ("部长", "郄淯珩", "middle", [
                ("希望工程助学金受助对象认定不实", "二级风险", "受助对象学校推荐、入户核实、公示。"),
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
        "qingtongxia_youth_league_group_rows", "http://qnzz.youth.cn/qckc/201701/t20170106_9015266.htm",
        "团市委 廉政风险防控责任清单, after the source's 从严治团 (发展团员 编号制度, 名额分配, 团干部): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、团市委领导``, "
        "``二、组织部``, ``三、学少部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qingtongxia_womens_federation_cards() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    cards = [
        ("主席", "弓璘沚", "主席", "主持全面工作", "leader", [
            ("公益创投项目评审不公正", "★★★", "评审小组集体评审，结果公示。"),
            ("项目扶持资金分配个人说了算", "★★★", "资金分配经主席办公会研究。"),
            ("接受申报组织宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主席", "郄璎岷", "副主席", "分管维权、家庭和儿童工作", "leader", [
            ("儿童之家建设项目验收不严", "★★", "验收邀请财政、民政部门参加。"),
            ("困难妇女救助对象审核不实", "★★", "救助对象入户核实，名单公示。"),
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
        "qingtongxia_womens_federation_cards", "https://fl.jscz.org.cn/html/fl/2014/NQEAMBCP_0331/36717.html",
        "市妇联 领导干部廉政风险防控卡, one sheet a leader, after the source's 市妇联 公益创投 项目征集 (项目评审小组, 资金扶持, "
        "女性社会组织): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qingtongxia_arts_federation_list() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文联领导", "主席", "郄曦泺", "leader", "文艺评奖中人情评奖、权票交易", "制度机制", "高风险",
         "评委随机抽取，评奖结果公示。"),
        ("文联领导", "主席", "郄曦泺", "leader", "文艺精品扶持资金分配不公开", "岗位职责", "中风险",
         "扶持项目经主席团会议研究。"),
        ("创作联络部", "部长", "弓淙琰", "middle", "文艺作品征集评选打招呼、定名次", "外部环境", "高风险",
         "作品匿名评审，评分当场汇总。"),
        ("创作联络部", "部长", "弓淙琰", "middle", "协会会员发展降低条件", "业务流程", "中风险",
         "会员申请经协会理事会审议。"),
        ("办公室", "会计", "郄岫瑾", "general", "文艺演出经费票据审核不严", "业务流程", "中风险",
         "演出经费凭合同、票据三签报销。"),
        ("办公室", "出纳", "弓璨岢", "general", "现金管理不规范，公款私存", "思想道德", "低风险",
         "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主席（签字）：", None, None)
    return _layout(
        "qingtongxia_arts_federation_list", "http://paper.ce.cn/jjrb/html/2015-04/30/content_239057.htm",
        "市文联 岗位廉政风险防控一览表, after the source's comment on 文艺评奖 “减数量”更应“提质量” (人情评奖, 权票交易, "
        "评奖程序): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主席（签字） line",
        [sh], t,
    )  # fmt: skip


def qingtongxia_commerce_federation_register() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("会领导", "主席", "弓琪湑", "leader", [
            ("商会评优评先和推荐代表人选中优亲厚友", "思想道德", "一级", "推荐人选经主席办公会研究并公示。"),
            ("与商会违规资金往来", "制度机制", "二级", "严格执行政商交往正负面清单。"),
        ]),
        ("会员部", "部长", "郄鋆湉", "middle", [
            ("会员入会审核把关不严", "岗位职责", "二级", "入会材料两人审核，定期复查。"),
        ]),
        ("会员部", "干事", "弓汭琬", "general", [
            ("向会员企业索要赞助", "外部环境", "一级", "签订廉洁承诺书，设立举报电话。"),
            ("商会年检材料审核走过场", "业务流程", "三级", "年检材料抽查复核。"),
        ]),
        ("办公室", "出纳", "郄昉霁", "general", [
            ("会费收缴不开票据", "业务流程", "一级", "会费统一入账，开具票据。"),
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
        "qingtongxia_commerce_federation_register", "https://gsl.wl.gov.cn/art/2024/3/5/art_1521505_58598260.html",
        "市工商联 廉政风险点排查登记表, after the source's 市工商联 示范型清廉商会 (清廉监察组, 会员单位, 自律监督): a title, "
        "序号/部室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingtongxia_disabled_persons_federation_level_columns(),
    qingtongxia_trade_union_two_sheets(),
    qingtongxia_red_cross_posts(),
    qingtongxia_science_association_selfchecks(),
    qingtongxia_youth_league_group_rows(),
    qingtongxia_womens_federation_cards(),
    qingtongxia_arts_federation_list(),
    qingtongxia_commerce_federation_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch602-inbox"))
