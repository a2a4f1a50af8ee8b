"""The eight-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 群团 bodies,
乌恰县 (of 克孜勒苏柯尔克孜自治州, 新疆维吾尔自治区) — its 总工会, 妇女联合会, 共青团县委, 科学技术协会,
残疾人联合会, 红十字会, 文学艺术界联合会 and 工商业联合会 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 妇女联合会's 一览表 under ``附件1`` and a 填报单位 line: ``部室`` merged, ``岗位 | 姓名`` merged per
  person, ``…风险`` types, 高/中/低;
- the 共青团县委's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, a ``所在部门`` line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 科学技术协会's 排查表 对岗不对人: ``部室`` and ``岗位`` merged, ``一级/二级/三级``, no names, no
  type column;
- the 残疾人联合会's 清单 under GROUP ROWS ``一、理事会领导`` … merged across (no 部室 column),
  ``岗位 | 姓名`` merged per person, ``风险类别`` (short names), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 红十字会's 自查表: ``部门 | 岗位 | 责任人`` on EVERY row, ``高风险/中风险/低风险``, ``自查情况``, a
  sign-off line;
- the 文学艺术界联合会's 一览表 in TWO SHEETS: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``机关`` (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``;
- the 工商业联合会's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line and an 编制人 line.

One is harder:

- ``wuqia_trade_union_mutual_watch``: the 总工会's 领导班子成员廉政风险点交叉监督表, ONE ROW A HOLDER
  (``被监督人`` a ``职务⏎姓名`` cell) and, across, ``监督人（交叉监督）`` merged over one column a member of
  the same 班子 (``职务⏎姓名`` in the second heading row); each cell is ONE risk point OF THE ROW'S
  HOLDER, closing in its level in brackets (``…（一级）``), put in the column of the colleague charged
  with watching it; the member's own column in his row is ``—`` and a colleague with nothing to watch
  in that row has ``/``; a closing ``注：`` says so. So the columns are the WATCHERS, not the holders:
  a row's points all belong to the row's 被监督人, whatever column they stand in. The README's 读得懂的表
  knows ``廉政风险点`` merged over post columns each cell a point OF THAT COLUMN'S POST, holders across
  with their names or ticks, holders down × risk types across with numbered points closing in
  bracketed levels, a self-rating matrix (holders down, points across, levels in the cells), and
  ``监督人`` / ``监督责任人`` / ``分管领导`` columns that are not holders; it does not describe a
  holders-down × watchers-across grid whose cells are the row holder's points placed under the
  colleague who watches each.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (工会帮扶专项资金 — 帮扶救助, 送温暖,
专项资金管理; a 市妇联's 督导 of 妇女儿童民生项目 — 妇女之家, 两癌救助, 留守儿童, 项目资金专款专用; a 团市委's
希望工程圆梦行动 — 筹资, 助学金发放, 受助学生; a 社区科普益民计划 推荐 — 县科协 组织专家评审, 推荐名单公示,
专项资金预算; a 县残联's 违规持有残疾人证清理 — 申请, 受理, 评定, 公示, 审核, 批准, 发放; a 县红十字会's
捐款箱管理办法 — 开箱清点, 两人共同, 专用账户; a 县文联's 文艺创作调研 — 协会经费, 采风, 会员发展, 刊物;
a 县 商会换届 — 会员, 换届, 财政拨款) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 喻 and
桑 with rare given names); every unit is a body of 乌恰县.

Run ``python tests/published/score.py --set batch885`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every cell under ``监督人`` that is neither ``—`` nor ``/`` is a point of the ROW's
  holder (post and name from the ``被监督人`` cell), its level the bracket closing it (``（一级）``,
  dropped from the point); the column's member is only its watcher and gets nothing from it; one form
  a holder, no 科室 (the table names none); ``本人防控措施`` names no holder; the ``注：`` line and the
  填表/审核 line are no points;
- ``理事会领导``, ``机关领导`` (a group row, a 部室 cell) are the 科室 of those leaders; the 文联's leaders
  (sheet ``领导班子``, no 部室 column) and the cards' holders have no 科室 beyond what their card says
  (``所在部门``); a 群团's 部 (组织部, 权益部, 康复部) and 办公室 are 科室;
- 主席, 副主席, 党组书记, 理事长, 副理事长, 书记, 副书记, 常务副会长 and the 经费审查委员会主任 are leaders;
  部长, 办公室主任 and 秘书长 middle; the rest (干事, 会计, 出纳, 科员, 专干) general;
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

PREFIX = "b885_"
PLACE = "乌恰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SELF = "—"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 班子 members, down as 被监督人 and across as 监督人: (post, name)
MEMBERS = [
    ("党组书记、主席", "喻翾澈"),
    ("常务副主席", "桑霁翚"),
    ("副主席", "喻珩旸"),
    ("经费审查委员会主任", "桑琮岚"),
]

# per member (row): the cells under the four watchers — None for his own column (—), "" for no
# point (/), else (point, level); then his own measures
WATCH = [
    ([None,
      ("工会帮扶专项资金分配不经党组会集体研究", "一级"),
      ("机关工会经费预算编制随意追加", "二级"),
      ("困难职工帮扶救助对象审批把关不严、优亲厚友", "一级")],
     "帮扶资金分配、预算调整一律上党组会，救助名单公示。"),
    ([("“送温暖”慰问物资采购指定供应商", "一级"),
      None,
      "",
      ("职工服务中心场地出租不按规定收取、入账", "二级")],
     "慰问物资按政府采购程序比选，租金全额入账。"),
    ([("金秋助学资金审核不实、重复资助", "二级"),
      ("劳动竞赛和评先评优推荐中打招呼", "二级"),
      None,
      ("职工法律援助案件收取当事人好处", "三级")],
     "助学名单与教育部门核对，推荐人选集体研究、公示。"),
    ([("经费审查走过场，对违规支出不提出意见", "二级"),
      "",
      ("接受基层工会宴请、礼品", "三级"),
      None],
     "审查意见书面反馈并存档，签订廉洁承诺书。"),
]  # fmt: skip


def wuqia_trade_union_mutual_watch() -> dict:
    unit = f"{PLACE}总工会"
    n = len(MEMBERS)
    ncols = 2 + n + 1
    sh = _Sheet("交叉监督", [6, 16] + [26] * n + [30])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险点交叉监督表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", ncols)
    top = sh.add("序号", "被监督人", "监督人（交叉监督）", *([None] * (n - 1)), "本人防控措施")
    sh.add(None, None, *[f"{post}\n{who}" for post, who in MEMBERS], None)
    for c in (0, 1, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 2, top, 1 + n)
    for i, ((post, who), (cells, measures)) in enumerate(zip(MEMBERS, WATCH, strict=True), 1):
        shown = []
        for cell in cells:
            if cell is None:
                shown.append(SELF)
            elif cell == "":
                shown.append(NONE)
            else:
                point, lv = cell
                shown.append(f"{point}（{lv}）")
                t.point(sh.name, "", post, who, "leader", point, [], GRADES[lv])
        sh.add(i, f"{post}\n{who}", *shown, measures)
    _line(sh, "注：横行为被监督人，各格所列为被监督人本人的廉政风险点，括号内为风险等级，由所在列的班子成员负责日常"
          "提醒和监督；“—”为本人，“/”为无监督事项。", ncols)  # fmt: skip
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wuqia_trade_union_mutual_watch", "https://scholarmate.com/S/Jd69AB",
        "(harder) 县总工会 领导班子成员廉政风险点交叉监督表, after the source's abstract on 工会帮扶专项资金管理 (帮扶救助, "
        "送温暖, 专项资金): a title, a 填报单位 line, a TWO-ROW heading: 序号/被监督人/本人防控措施 merged down, "
        "``监督人（交叉监督）`` merged across four member columns whose second row holds each member's ``职务⏎姓名``; ONE "
        "ROW A HOLDER (the ``被监督人`` cell, ``职务⏎姓名``) whose cells across are HIS OWN points, each closing in its "
        "bracketed level (``…（一级）``) and standing in the column of the colleague who watches it; ``—`` in his own "
        "column, ``/`` where a colleague watches nothing; a merged ``注：`` line saying so and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuqia_womens_federation_list() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年4月", 8)
    sh.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("妇联领导", "主席", "喻筠翀", "leader", "妇女儿童民生项目资金安排个人说了算", "制度机制风险", "高",
         "项目资金安排经主席办公会集体研究，结果公开。"),
        ("妇联领导", "主席", "喻筠翀", "leader", "接受项目实施单位宴请、礼品", "思想道德风险", "中",
         "签订廉洁承诺书，节前廉洁提醒。"),
        ("权益部", "部长", "桑昀澍", "middle", "贫困妇女“两癌”救助对象审核不严，优亲厚友", "岗位职责风险", "高",
         "救助对象乡镇初审、县妇联复审，名单公示。"),
        ("权益部", "部长", "桑昀澍", "middle", "留守儿童关爱项目虚报受益人数", "业务流程风险", "中",
         "受益名单逐户核实，项目档案完整归档。"),
        ("发展部", "干事", "喻霂笙", "general", "“妇女之家”建设补助资金拨付不按进度", "业务流程风险", "中",
         "按验收结果分批拨付，留存验收记录。"),
        ("发展部", "干事", "喻霂笙", "general", "巾帼创业培训签到造假、套取培训经费", "外部环境风险", "低",
         "培训全程影像记录，经费凭签到表和影像报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主席（签字）：", None, None)
    return _layout(
        "wuqia_womens_federation_list",
        "http://xian.baogaosu.com/xinwen/%E6%B7%B1%E5%85%A5%E5%B9%B3%E5%88%A9%E6%B1%89%E9%98%B4%E6%A3%80%E6%9F%A5"
        "%E6%8C%87%E5%AF%BC%E5%A6%87%E5%A5%B3%E5%84%BF%E7%AB%A5/40557129/",
        "县妇联 岗位廉政风险防控一览表, after the source's 市妇联 督导 of 妇女儿童民生项目 (妇女之家, 贫困妇女“两癌”救助, "
        "留守儿童成长家园, 项目资金专款专用): ``附件1``, a title, a merged 填报单位/填报时间 line, then 序号/部室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def wuqia_youth_league_cards() -> dict:
    unit = f"共青团{PLACE}委员会"
    t = _Truth(unit)
    cards = [
        ("书记", "桑湛翎", "书记", "团县委领导", "leader", [
            ("希望工程助学金分配不经集体研究", "★★★", "助学金分配经书记办公会研究，名单公示。"),
            ("爱心企业捐款不入专户、坐收坐支", "★★★", "捐款一律进入希望工程专户，开具专用票据。"),
        ]),
        ("副书记", "喻骞菡", "副书记", "团县委领导", "leader", [
            ("受助学生资格审核走过场", "★★", "学校、乡镇团委、团县委三级审核。"),
            ("青年志愿者活动经费虚列支出", "★", "活动经费凭方案、签到和影像报销。"),
        ]),
        ("组织部", "桑璘昕", "部长", "组织部", "middle", [
            ("团员发展、推优入党中打招呼、降低标准", "★★", "推优程序公开，结果在支部内公示。"),
            ("优秀团干部评选暗箱操作", "★", "评选条件量化，评审结果公示五个工作日。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wuqia_youth_league_cards", "https://qdtsjf.com/html/.ppxmxwgc.201709t20170912_459453.html",
        "团县委 岗位廉政风险防控卡, one sheet a person, after the source's 团市委 “希望工程圆梦行动” (筹措资金, 助学金发放, "
        "受助大学新生, 党团员募捐): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在部门 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wuqia_science_association_posts() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("排查表", [6, 14, 12, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "部室", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("科协领导", "主席", "leader", "基层科普行动计划推荐名单不经集体研究", "一级",
         "推荐名单经主席办公会研究，并公示。"),
        ("科协领导", "主席", "leader", "科普专项资金安排向关系单位倾斜", "一级", "资金安排方案公开，接受县财政局监督。"),
        ("科普部", "部长", "middle", "科普示范社区评审中专家抽取不随机", "二级", "评审专家从专家库随机抽取。"),
        ("科普部", "部长", "middle", "科普大篷车下乡活动虚报场次", "三级", "活动影像和签到表存档备查。"),
        ("办公室", "会计", "general", "科普项目奖补资金拨付不按预算", "二级", "按批复预算拨付，大额支付两人审核。"),
        ("办公室", "会计", "general", "学会活动经费报销票据审核不严", "三级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "wuqia_science_association_posts", "http://jxjy-edu.com/html/htmlbszn1611171.html",
        "县科协 岗位廉政风险点排查表 对岗不对人, after the source's 社区科普益民计划 推荐 (县科协、县财政局组织专家评审, "
        "推荐名单公示, 专项资金预算): a title, 序号/部室 merged/岗位 merged per post/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuqia_disabled_persons_group_rows() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、理事会领导", "理事会领导", [
            ("理事长", "喻璟翯", "leader", [
                ("残疾人辅助器具采购指定厂家", "制度机制", "Ⅰ级", "辅具采购按政府采购程序，验收邀请残疾人代表参加。"),
                ("残疾人就业保障金使用项目不经集体研究", "岗位职责", "Ⅰ级", "使用项目上理事长办公会研究。"),
            ]),
        ]),
        ("二、康复部", "康复部", [
            ("部长", "桑珮瑄", "middle", [
                ("残疾评定环节把关不严，违规办理残疾人证", "业务流程", "Ⅰ级",
                 "评定到指定机构，受理、评定、公示、审核分岗办理。"),
                ("残疾儿童康复救助定点机构考核走过场", "岗位职责", "Ⅱ级", "定点机构年度考核结果公示。"),
            ]),
            ("专干", "喻檀萱", "general", [
                ("残疾人证变更、注销不及时，“假残真证”未清理", "业务流程", "Ⅱ级", "每季度与公安、民政数据比对。"),
            ]),
        ]),
        ("三、教育就业部", "教育就业部", [
            ("部长", "桑峄澜", "middle", [
                ("残疾人职业技能培训虚报参训人数", "外部环境", "Ⅱ级", "培训人员身份核验，签到与影像存档。"),
                ("残疾人自主创业扶持资金审核不实", "思想道德", "Ⅲ级", "扶持对象实地核查，名单公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wuqia_disabled_persons_group_rows", "https://wap.spxrmt.com/content/2021/04/06/9160248.html",
        "县残联 廉政风险防控责任清单, after the source's 县残联 违规持有残疾人证清理 “回头看” (申请、受理、评定、公示、审核、"
        "批准、发放, 变更、注销, “假残真证”): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、理事会领导``, ``二、康复部``, ``三、教育就业部`` merged across; "
        "岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def wuqia_red_cross_selfcheck() -> dict:
    unit = f"{PLACE}红十字会"
    sh = _Sheet("自查表", [6, 12, 10, 10, 40, 10, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("会领导", "常务副会长", "喻峤樾", "leader", "定向捐赠款物不按捐赠人意愿使用", "高风险",
         "定向捐赠逐笔登记，使用情况向捐赠人反馈。", "已落实"),
        ("会领导", "常务副会长", "喻峤樾", "leader", "人道救助对象确定不经集体研究", "中风险",
         "救助对象经会长办公会研究，公示。", "未发现问题"),
        ("办公室", "主任", "桑颢沄", "middle", "募捐箱开箱清点一人操作", "高风险",
         "两名工作人员共同开箱清点，全程影像留存。", "已落实"),
        ("办公室", "主任", "桑颢沄", "middle", "募捐款未按时存入红十字会专用账户", "中风险",
         "清点后三个工作日内存入专户，登记备查。", "已落实"),
        ("办公室", "会计", "喻湉颀", "general", "救灾物资出入库不登记、账实不符", "中风险",
         "物资出入库双人签字，每季度盘点。", "已整改"),
        ("办公室", "会计", "喻湉颀", "general", "捐赠票据开具不规范", "低风险", "票据专人保管，按号序使用。", "未发现问题"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures, found) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, found)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("自查人：", None, None, "审核人：", None, "会长（签字）：", None, None)
    return _layout(
        "wuqia_red_cross_selfcheck", "http://www.ynredcross.cn/nlyzzzx/article.jsp?id=61005&itemId=198",
        "县红十字会 岗位廉政风险自查表, after the source's 县红十字会 捐款箱管理办法 (专人管理, 两名工作人员共同开箱清点, "
        "三个工作日内存入专用账户, 向理事会报告并公布): a title, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a 自查人/审核人/会长（签字） line",
        [sh], t,
    )  # fmt: skip


def wuqia_literary_federation_two_sheets() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 10, 18, 38, 10, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("桑沐琪", "党组书记", "主持全面工作", [
            ("文艺精品扶持资金分配不经党组研究", "一级风险", "扶持项目经党组会研究，结果公示。"),
            ("刊物印制服务供应商选定暗箱操作", "二级风险", "印制服务三家比价，集体确定。"),
        ]),
        ("喻琰蓁", "副主席", "分管各文艺家协会", [
            ("文艺协会活动经费拨付厚此薄彼", "二级风险", "协会经费按年度计划和绩效拨付。"),
            ("文艺评奖评委打招呼、定名次", "一级风险", "评委随机抽取，评分当场公布。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    office = _Sheet("机关", [6, 12, 10, 10, 38, 10, 34])
    _line(office, f"{unit}机关岗位廉政风险防控一览表", 7)
    office.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("组联部", "部长", "桑翃岑", "middle", "会员发展降低条件、优亲厚友", "二级风险", "入会申请协会初审、组联部复审、公示。"),
        ("组联部", "部长", "桑翃岑", "middle", "采风活动变相公款旅游", "一级风险", "采风方案报批，行程和成果存档。"),
        ("办公室", "出纳", "喻澄翕", "general", "稿费、评审费发放不实", "二级风险", "稿费发放凭刊用清单，银行转账。"),
        ("办公室", "出纳", "喻澄翕", "general", "现金坐支、公款私存", "三级风险", "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    first = len(office.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        office.add(i, dept, post, who, point, lv, measures)
        t.point(office.name, dept, post, who, tier, point, [], RISKS[lv])
    _per_person(office, first, 1, 2, 3)
    office.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wuqia_literary_federation_two_sheets", "https://m.qiqiwenku.com/docx/561909.html",
        "县文联 廉政风险防控一览表 in TWO SHEETS, after the source's 县文联 文艺创作调研报告 (文艺协会经费, 组织采风, 会员发展, "
        "刊物扩版, 出版): sheet 领导班子 with 姓名/职务/分管工作 merged per leader, sheet 机关 with 部室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, office], t,
    )  # fmt: skip


def wuqia_commerce_federation_register() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("机关领导", "主席", "喻蘅芷", "leader", [
            ("商会换届人选推荐中打招呼", "制度机制", "一级", "换届人选由党组集体研究，征求统战部意见。"),
            ("向会员企业摊派、拉赞助", "思想道德", "一级", "严禁摊派，活动经费纳入预算。"),
        ]),
        ("会员部", "部长", "桑瑾屹", "middle", [
            ("非公有制经济代表人士推荐把关不严", "岗位职责", "二级", "推荐人选综合评价，征求相关部门意见。"),
            ("基层商会财政补助资金审核不实", "业务流程", "二级", "补助资金凭活动材料审核，结果公示。"),
        ]),
        ("会员部", "科员", "喻暄岫", "general", [
            ("会员入会材料审核不严", "业务流程", "三级", "入会材料双人审核，登记存档。"),
        ]),
        ("办公室", "秘书长", "桑泷樾", "middle", [
            ("会费收取不开票据、不入账", "外部环境", "一级", "会费统一缴入单位账户，开具票据。"),
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
        "wuqia_commerce_federation_register", "https://hn.rednet.cn/c/2014/04/11/4229065.htm",
        "县工商联 廉政风险点排查登记表, after the source's 县 镇街商会换届 (会员, 换届, 政府财政拨款, 工商联主席): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuqia_trade_union_mutual_watch(),
    wuqia_womens_federation_list(),
    wuqia_youth_league_cards(),
    wuqia_science_association_posts(),
    wuqia_disabled_persons_group_rows(),
    wuqia_red_cross_selfcheck(),
    wuqia_literary_federation_two_sheets(),
    wuqia_commerce_federation_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch885-inbox"))
