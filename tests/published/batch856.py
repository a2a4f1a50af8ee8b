"""The eight-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's bodies of
ethnic culture and tourism, 三都水族自治县 (of 黔南布依族苗族自治州, 贵州省) — its 民族宗教事务局,
文体广电旅游局, 非物质文化遗产保护中心, 文化馆, 文化市场综合行政执法大队, 都柳江景区管理处 and
the 周覃镇综合文化站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed
in WPS or Excel:

- the 民族宗教事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 非物质文化遗产保护中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged
  ``主要职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 文体广电旅游局's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``股室`` merged, ``岗位 | 姓名``
  merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 都柳江景区管理处's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, short ``风险类别``,
  ``高风险/中风险/低风险``; no names;
- the 文化馆's 责任清单 under GROUP ROWS ``一、馆领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 周覃镇综合文化站's 自查表, one sheet a person: a label row ``姓　名 | 岗　位 | 填表时间`` over a
  row of values, 高/中/低, ``自查情况``;
- the 文化市场综合行政执法大队's 登记表: ``中队 | 岗位 | 姓名`` on EVERY row, short types, 高/中/低,
  a ``注：`` line and a sign-off line.

One is harder:

- ``sandu_shuishu_centre_superseded_list``: the 水书文化研究中心's 廉政风险点清单 as re-sent after its
  yearly review: the CURRENT list (``2025年动态调整``) on top, an ordinary ``部门 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施`` list (部门, 岗位, 姓名 merged), closed by a ``注：`` line saying it
  takes effect and the 2023 list is repealed (``原2023年版清单同时废止``) and an 编制/审核 line — and
  UNDER it, on the same sheet after an empty row, the OLD list kept for comparison: a merged line
  ``附：2023年版原清单（已废止，仅供对照）``, the same heading again and the old rows: a 部门 since
  renamed, a holder since moved away, a post since abolished, points since struck off, and two of
  the same holders' points with their old levels. Only the current list is the unit's; the old
  list names no holder's point. The README's 读得懂的表 sets aside hidden sheets that are old
  drafts, quarterly sheets but the newest, a re-sent list with a 调整 table or a ``以下表为准``
  note, and a 原/调整后 column pair; it does not describe a repealed old list kept on the SAME
  sheet under the current one, told apart only by its caption line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a photo report on the 三都
水书文化研究院 — 水书征集, 数字化整理, 电子书; a 省民族和宗教委 执法事项清单 — 宗教院校, 宗教活动场所
筹备设立审批; a note on 非遗代表性传承人 — 传承补助经费, 重新认定; a 省文化和旅游厅 旅游市场秩序整治
“百日行动” — 强迫购物, 倒卖景区门票, 导游证; a travel page on 三都 the 水族自治县 — 水书, 水历, 景区;
a 县 report on 水书和水文化 保护 — 非遗项目申报, 传承人, 水书古籍 征集捐赠, 传习基地; a 市 report on
乡镇文化站 建设 and 文化活动设备 管理使用; a 中国旅游报 report on the same 百日行动 — 执法检查, 执法办案)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 蒙 and 吴 with rare given names); every unit is
a body of 三都水族自治县.

Run ``python tests/published/score.py --set batch856`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file only the rows above the ``附：…原清单（已废止，仅供对照）`` line are points; the
  old list's rows are no one's points (its holders are not holders, its levels count for nothing),
  though two of its rows repeat a current holder's point word for word; the ``注：`` line, the
  编制/审核 line and the caption are no points;
- ``局领导``, ``馆领导``, ``中心领导``, ``处领导`` and ``大队领导`` (a sheet, a group row, a 部门 cell) are
  the 科室 of those leaders where a cell or group row names them; the 民族宗教事务局's leaders (sheet
  ``局领导``, no 科室 column) and the cards' holders have no 科室; a 局's 股, a 馆's 部, a 处's 科 and
  组, a 大队's 中队 are 科室;
- every body is a unit of its own; the 周覃镇综合文化站 is written as a unit, as the earlier batches
  write a town's 站 (the scorer takes a town's 站 either way); 局长, 副局长, 主任 of a 中心 or 馆领导,
  馆长, 副馆长, 处长, 大队长 and 站长 are leaders; 股长, 部长, 科长, 中队长 middle; the rest general;
- ``分管工作``, ``主要职责``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 景区
  管理处's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b856_"
PLACE = "三都水族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CAPTION = "附：2023年版原清单（已废止，仅供对照）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# the current list: (部门, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
CURRENT = [
    ("中心领导", "主任", "蒙翙玶", "leader", "水书原件征集定价不经集体研究，个人说了算", "一级",
     "征集价格由专家组评估、主任办公会集体审定，结果公示。"),
    ("中心领导", "主任", "蒙翙玶", "leader", "水书译著出版项目指定印刷、出版单位", "一级",
     "出版印刷按政府采购程序确定承接单位。"),
    ("征集保护部", "部长", "蒙琇篈", "middle", "向“水书先生”征集时虚报征集册数和补偿金额", "一级",
     "征集登记一册一档，补偿款直接转入持有人账户。"),
    ("征集保护部", "部长", "蒙琇篈", "middle", "征集的水书原件入库登记不全，私自留存", "二级",
     "原件入库双人清点，每季度账实核对。"),
    ("数字化部", "技术员", "吴玥珂", "general", "水书数字化扫描、电子书制作外包验收走过场", "二级",
     "外包成果按合同逐项验收，验收组不少于三人。"),
    ("办公室", "会计", "吴砚澂", "general", "口述录音补贴、专家劳务费发放不按标准", "二级",
     "补贴劳务费按标准造册，经主任审批后发放。"),
    ("办公室", "会计", "吴砚澂", "general", "课题经费报销票据审核不严", "三级", "报销单据会计初审、主任复审。"),
]  # fmt: skip

# the repealed 2023 list kept under it: (部门, 岗位, 姓名, 廉政风险点, 风险等级, 防控措施)
OLD = [
    ("中心领导", "主任", "蒙翙玶", "水书原件征集定价不经集体研究，个人说了算", "二级",
     "征集价格由主任办公会研究确定。"),
    ("中心领导", "主任", "蒙翙玶", "水书研究成果评奖推荐优亲厚友", "二级", "推荐名单中心内部公示。"),
    ("征集研究部", "部长", "吴岍淏", "向“水书先生”征集时虚报征集册数", "二级", "征集登记造册。"),
    ("征集研究部", "部长", "吴岍淏", "接受水书持有人宴请和礼品", "三级", "签订廉洁承诺书。"),
    ("翻译整理部", "译审", "蒙珝翃", "水书译注稿酬发放重复计算", "二级", "稿酬按字数核定，部长复核。"),
    ("办公室", "会计", "吴砚澂", "课题经费报销票据审核不严", "二级", "报销单据会计审核。"),
]  # fmt: skip


def sandu_shuishu_centre_superseded_list() -> dict:
    unit = f"{PLACE}水书文化研究中心"
    sh = _Sheet("清单", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点清单（2025年动态调整）", 7)
    heading = ("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    sh.add(*heading)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(CURRENT, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：本清单经中心主任办公会审定，自2025年5月起执行，原2023年版清单同时废止。", 7)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    sh.add()
    _line(sh, CAPTION, 7)
    sh.add(*heading)
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(OLD, 1):
        sh.add(n, dept, post, who, point, lv, measures)
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "sandu_shuishu_centre_superseded_list", "http://www.shenduxp.com/2019-07/04/content_22463854.htm",
        "(harder) 县水书文化研究中心 廉政风险点清单 re-sent after its yearly review, after the source's photo report on the "
        "县水书文化研究院 (水书征集, 数字化整理, 电子书, 水书译著): a title ``…（2025年动态调整）``, the CURRENT list "
        "序号/部门/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 (部门, 岗位, 姓名 merged), a merged ``注：`` "
        "line (the list takes effect, ``原2023年版清单同时废止``) and an 编制/审核 line; then, on the SAME sheet after an "
        "empty row, a merged caption ``附：2023年版原清单（已废止，仅供对照）``, the same heading again and the OLD rows "
        "(a 部门 since renamed, a holder since moved, a post since abolished, points since struck off, two of the current "
        "holders' points with their old levels): only the current list's rows are points",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sandu_ethnic_religious_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒙湜骞", "局长", "主持全面工作", [
            ("宗教活动场所筹备设立审核意见不经局务会研究", "一级", "审核意见经局务会集体研究，按时限报批。"),
            ("民族团结进步创建补助资金分配个人说了算", "一级", "补助对象按创建标准评定，分配方案公示。"),
        ]),
        ("吴昶璘", "副局长", "分管宗教事务、执法", [
            ("宗教活动场所内改建、新建建筑物审批把关不严", "一级", "现场核查不少于两人，审批结果公开。"),
            ("非法宗教活动查处中以罚代管、降格处理", "二级", "处罚决定经法制审核，案卷定期评查。"),
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
        ("宗教事务股", "股长", "蒙岫湉", "middle", "宗教教职人员备案材料审核走过场", "二级",
         "备案材料初审、复审两级把关，备案名单存档。"),
        ("宗教事务股", "股长", "蒙岫湉", "middle", "宗教团体接受境外捐赠情况监督不到位", "一级",
         "捐赠情况每季度报告，股室实地抽查。"),
        ("民族工作股", "股长", "吴沄翚", "middle", "少数民族发展资金项目申报资料审核不实", "一级",
         "项目申报实地核验，评审专家随机抽取。"),
        ("民族工作股", "股员", "蒙婳琂", "general", "民族特色村寨保护项目验收不严", "二级", "验收组现场逐项核对，影像资料存档。"),
        ("办公室", "会计", "吴珺樾", "general", "公务接待、差旅费报销不按标准", "三级", "报销凭公务函和清单，逐笔审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "sandu_ethnic_religious_bureau_two_sheets", "http://mzw.ln.gov.cn/mzw/ztzl/yfxzzl/6681E82B9B6F4EE19856DEFC1980F18D/index.shtml",
        "县民族宗教事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 省民族和宗教委 行政执法事项清单 (宗教院校 设立, "
        "宗教活动场所 筹备设立审批, 承办机构, 执法依据): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def sandu_intangible_heritage_centre_cards() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    cards = [
        ("主任", "蒙霈岚", "主任", "主持中心全面工作", "leader", [
            ("代表性传承人推荐认定中打招呼、优亲厚友", "★★★", "推荐认定经专家评审、主任办公会研究并公示。"),
            ("传承人丧失传承能力后不按规定重新认定", "★★", "每年开展传承活动评估，结果报县文体广电旅游局。"),
            ("接受申报单位、传承人宴请礼品", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("保护部", "吴翊湄", "部长", "负责非遗项目保护、传承补助", "middle", [
            ("传承补助经费发放对象审核不实，虚报冒领", "★★★", "补助名单逐人核实，资金直接转入本人账户。"),
            ("传习所、传承基地建设补助验收不严", "★★", "验收邀请财政、审计人员参加，结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "sandu_intangible_heritage_centre_cards", "http://m.qdk-star.com/post/16084.html",
        "县非物质文化遗产保护中心 岗位廉政风险防控卡, one sheet a holder, after the source's note on 非遗代表性传承人 (传承场所, "
        "传承补助经费, 丧失传承能力 重新认定): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def sandu_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 13, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "吴珝桓", "leader", "旅游项目招商引资和景区开发中插手干预", "岗位职责风险", "一级风险",
         "招商项目经局党组会研究，全过程留痕。"),
        ("市场管理股", "股长", "蒙沨琰", "middle", "旅行社设立许可审查降低条件", "制度机制风险", "一级风险",
         "许可审查双人核查，结果公开。"),
        ("市场管理股", "股长", "蒙沨琰", "middle", "倒卖景区门票问题线索处置不及时", "岗位职责风险", "二级风险",
         "线索登记台账，限期办结销号。"),
        ("市场管理股", "股员", "吴瑾琤", "general", "导游证年审、执业检查走过场", "业务流程风险", "二级风险",
         "执业检查随机抽取检查对象，记录存档。"),
        ("产业发展股", "股长", "蒙淏琬", "middle", "民族文化旅游商品扶持资金分配不公", "制度机制风险", "一级风险",
         "扶持对象按标准评审，名单公示七天。"),
        ("产业发展股", "股长", "蒙淏琬", "middle", "接受旅游企业宴请、礼品", "思想道德风险", "三级风险",
         "节前廉洁提醒，签订承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "sandu_culture_tourism_bureau_list", "http://tiantiankuaibao.830036.com/ds/2023/0801/62049.html",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's 省文化和旅游厅 旅游市场秩序整治“百日行动” (强迫购物, "
        "倒卖售卖景区门票, 未取得导游证, 旅行社业务): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def sandu_duliujiang_scenic_posts() -> dict:
    unit = f"{PLACE}都柳江景区管理处"
    sh = _Sheet("排查表", [6, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "leader", "景区经营项目发包不经集体研究", "制度机制", "高风险",
         "经营项目公开招租，处务会集体研究。"),
        ("票务科", "科长", "middle", "门票收入不及时足额上缴", "岗位职责", "高风险", "门票收入日清日结，每日缴存专户。"),
        ("票务科", "售票员", "general", "团队门票优惠减免不按规定执行", "业务流程", "中风险", "优惠减免凭证登记，科长每日复核。"),
        ("票务科", "检票员", "general", "放熟人、关系人无票入园", "思想道德", "中风险", "检票闸机全程录像，定期抽查。"),
        ("游船管理组", "组长", "middle", "游船承包经营费收取不入账", "岗位职责", "高风险", "承包费一律对公收取，开具票据。"),
        ("游船管理组", "安全员", "general", "游船安全检查记录弄虚作假", "业务流程", "低风险", "检查记录双人签字，处领导抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "sandu_duliujiang_scenic_posts", "http://www.jnwmw.com/lvyou/65637.html",
        "县都柳江景区管理处 岗位廉政风险点排查表 对岗不对人, after the source's travel page on 三都 the 水族自治县 (水书, 水历, "
        "都柳江 and 龙江 上游, 水族村寨): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def sandu_culture_hall_group_rows() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "蒙璟翾", "leader", [
                ("非遗项目申报材料把关不严，弄虚作假", "Ⅰ级", "申报材料经专家论证、馆务会审定后上报。"),
                ("水书传习基地建设项目化整为零规避采购", "Ⅰ级", "建设项目按限额标准执行政府采购。"),
            ]),
        ]),
        ("二、非遗部", "非遗部", [
            ("部长", "吴霁湘", "middle", [
                ("代表性传承人推荐名单优亲厚友", "Ⅰ级", "推荐条件量化，名单公示五个工作日。"),
                ("水书古籍捐赠奖励发放不公开", "Ⅱ级", "奖励标准和名单公开，资金直接转入捐赠人账户。"),
            ]),
        ]),
        ("三、辅导部", "辅导部", [
            ("辅导员", "蒙沅璁", "general", [
                ("公益培训班学员签到弄虚作假，虚报课时", "Ⅱ级", "培训签到和影像资料存档，部长抽查。"),
                ("演出服装、乐器外借不登记", "Ⅲ级", "物资外借登记，按期收回核对。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "sandu_culture_hall_group_rows", "https://www.libo.gov.cn/zfbm/xwhgdhlyj/zfxxgk_5718330/fdzdgknr_5718333/whlycyfzjwwbh/202405/t20240510_84616783.html",
        "县文化馆 廉政风险防控责任清单, after the source's 县 report on 水书和水文化 保护传承 (非遗项目 申报, 代表性传承人, "
        "水书古籍 征集捐赠, 传习基地): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP "
        "ROWS ``一、馆领导``, ``二、非遗部``, ``三、辅导部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sandu_zhouqin_station_selfchecks() -> dict:
    unit = f"{PLACE}周覃镇综合文化站"
    t = _Truth(unit)
    people = [
        ("蒙煜琨", "站长", "leader", [
            ("文化活动设备购置不按程序，指定供应商", "高", "设备购置报镇党委会研究，三家比价。", "已落实"),
            ("免费开放经费挤占挪用", "高", "经费专账核算，使用情况每半年公示。", "未发现问题"),
            ("送戏下乡演出场次虚报", "中", "演出场次凭村委会签收单核定。", "已落实"),
        ]),
        ("吴玹瑆", "文化专干", "general", [
            ("共享工程电脑、设备私自外借", "中", "设备统一登记建档，外借经站长签字。", "已落实"),
            ("农家书屋图书配送签收不实", "低", "配送清单与村级签收单逐项核对。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sandu_zhouqin_station_selfchecks", "https://m.wenku365.com/p-17017560.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市 report on "
        "乡镇文化站 项目建设 and 文化活动设备 管理使用 (共享工程设备, 文化活动设备购置资金, 村级文化室): a title, a label "
        "row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def sandu_culture_market_brigade_register() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "吴璆淇", "leader", "旅游市场强迫购物案件查办中说情干预", "岗位职责", "高",
         "案件集体审议，说情干预登记报告。"),
        ("大队领导", "大队长", "吴璆淇", "leader", "罚没财物处置不公开", "制度机制", "中", "罚没物品登记入库，按规定公开处置。"),
        ("一中队", "中队长", "蒙翛琦", "middle", "执法检查中选择性执法、以罚代管", "业务流程", "高",
         "检查对象随机抽取，执法记录仪全程记录。"),
        ("一中队", "执法队员", "吴澂翊", "general", "向歌舞娱乐场所通风报信", "思想道德", "高", "执法行动临时通知，统一调度。"),
        ("二中队", "中队长", "蒙玠沄", "middle", "网吧、出版物市场投诉举报线索处置不及时", "岗位职责", "中",
         "线索登记台账，限期办结。"),
        ("二中队", "执法队员", "蒙琬岍", "general", "执法文书制作不规范，证据收集不全", "业务流程", "低", "案卷逐件评查，定期通报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, "2025年7月", None)
    return _layout(
        "sandu_culture_market_brigade_register", "http://www.dizibest.com/2023/07-24/1275403.html",
        "县文化市场综合行政执法大队 廉政风险点排查登记表, after the source's 中国旅游报 report on the 旅游市场秩序整治百日行动 "
        "(执法检查, 执法办案, 回扣 佣金 人头费, 联合执法): a title, 序号/中队/岗位/姓名 written on EVERY row/风险点/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sandu_shuishu_centre_superseded_list(),
    sandu_ethnic_religious_bureau_two_sheets(),
    sandu_intangible_heritage_centre_cards(),
    sandu_culture_tourism_bureau_list(),
    sandu_duliujiang_scenic_posts(),
    sandu_culture_hall_group_rows(),
    sandu_zhouqin_station_selfchecks(),
    sandu_culture_market_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch856-inbox"))
