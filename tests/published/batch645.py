"""The six-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's court
bodies, 商都县 (of 乌兰察布市, 内蒙古自治区) — its 人民法院 and the court's 执行局, 诉讼服务中心 and
司法警察大队, and its 人民法庭 (七台, 小海子, 西井子, 十八顷) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 执行局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``, ``一级/二级/三级``;
- the 诉讼服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, 高/中/低, no names, no type column;
- the 七台人民法庭's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 小海子人民法庭's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 西井子人民法庭's 清单 under GROUP ROWS ``一、法庭领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``高风险/中风险/低风险``;
- the 司法警察大队's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, 高/中/低;
- the 十八顷人民法庭's 一览表 in TWO SHEETS 法庭领导/审判辅助 with ``一级风险/二级风险/三级风险``.

One is harder:

- ``shangdu_court_team_roster_rows``: the 人民法院's 审判团队廉政风险防控清单, ONE ROW A POINT
  (``序号 | 岗位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``) with NO 姓名 column; the rows stand under
  GROUP ROWS, one a 审判团队, merged across, each of which names the team AND ITS MEMBERS, post and name
  in pairs (``一、民事审判团队：员额法官　郁…，法官助理　甄…，书记员　郁…``); a row's holder is the member
  of its group row whose post is the row's ``岗位`` (a team's 员额法官 rows are that team's judge's, not
  the other teams'). The README's 读得懂的表 knows a group row naming ONE holder (``二、副局长　邴翊淙``) whose
  rows are his, a merged ``科室人员`` LAST COLUMN listing posts and people that each row picks from by its
  post, rosters beside or under the list, and group rows of work matters resolved by a 分工 table; it
  does not describe a group row that is itself the roster of several posts and holders, each row below
  picking its holder from the group row by its post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 高级人民法院 实施意见 on 廉政风险防控 —
防控主体 院领导, 审判执行部门负责人, 法官, 法官助理, 司法警察, 书记员; a 委托评估、拍卖和变卖管理办法;
a 诉讼服务中心 提档升级 — 立案登记, 网上缴费; an essay on 法官接触当事人及其代理人; a 意见 on 禁止法官
与律师不正当接触交往; a paper on 人民法庭 and 诉源治理; a paper on 司法辅助人员 — 法官助理, 书记员, 执行员,
司法警察; a 县法院's 聘用制书记员 管理) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 郁 and 甄 with
rare given names); every unit is a body of 商都县.

Run ``python tests/published/score.py --set batch645`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row is a 审判团队 (the 科室 of its rows, written without its number and
  without the member list) and a roster: a row's holder is the member named after the row's ``岗位``
  in its own group row; one form a holder; the group row is no point;
- every 人民法庭, the 执行局, the 诉讼服务中心 and the 司法警察大队 are units of their own (their names hold
  the court's); 院长, 副院长, 局长, 副局长, 庭长, 主任 of a unit and 大队长 are leaders; 副庭长 and a 科/组's
  负责人 middle; the rest (员额法官, 法官助理, 书记员, 执行员, 司法警察, 立案登记员 …) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 诉讼服务中心's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b645_"
PLACE = "商都县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

# (group row's number, team, [(post, name, tier, [(point, type, level, measures)])])
TEAMS = [
    ("一、", "民事审判团队", [
        ("员额法官", "郁澂峣", "general", [
            ("私自会见一方当事人及其代理人，接受宴请", "思想道德", "一级", "会见当事人在法院接待室进行，全程录音录像。"),
            ("违规适用简易程序、随意延长审限", "业务流程", "二级", "审限变更经分管院长审批，系统节点监控。"),
        ]),
        ("法官助理", "甄琬涞", "general", [
            ("诉讼保全中超标的查封，或泄露保全信息", "岗位职责", "一级", "保全裁定经法官审核，查封清单双人核对。"),
        ]),
        ("书记员", "郁芃翾", "general", [
            ("送达中弄虚作假，伪造送达回证", "业务流程", "二级", "电子送达全程留痕，直接送达拍照存档。"),
            ("卷宗材料抽换、遗失", "岗位职责", "三级", "卷宗交接登记，结案即归档。"),
        ]),
    ]),
    ("二、", "刑事审判团队", [
        ("员额法官", "甄翊澜", "general", [
            ("减刑、假释案件审理把关不严", "制度机制", "一级", "减刑假释案件一律公示，开庭审理比例达标。"),
            ("量刑畸轻畸重，同案不同判", "岗位职责", "二级", "类案检索，专业法官会议讨论。"),
        ]),
        ("法官助理", "郁瑀淇", "general", [
            ("向被告人亲属泄露合议庭评议情况", "思想道德", "一级", "签订保密承诺书，评议笔录封存。"),
        ]),
        ("书记员", "甄岫霭", "general", [
            ("庭审笔录记载不实", "业务流程", "三级", "庭审同步录音录像，笔录当庭核对签字。"),
        ]),
    ]),
    ("三、", "速裁团队", [
        ("员额法官", "郁琤湉", "general", [
            ("诉前调解案件选择性分案，办关系案", "制度机制", "二级", "案件系统随机分案，改分须院领导审批。"),
        ]),
        ("书记员", "甄沨蕤", "general", [
            ("司法确认材料审查走过场", "岗位职责", "三级", "司法确认材料清单化审查，法官复核。"),
        ]),
    ]),
]  # fmt: skip


def shangdu_court_team_roster_rows() -> dict:
    unit = f"{PLACE}人民法院"
    sh = _Sheet("审判团队", [6, 10, 40, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}审判团队廉政风险防控清单", 6)
    _line(sh, f"填报部门：审判管理办公室{GAP * 16}2025年5月", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for num, team, people in TEAMS:
        roster = "，".join(f"{post}{GAP}{who}" for post, who, _tier, _pts in people)
        _line(sh, f"{num}{team}：{roster}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, point, typ, lv, measures)
                t.point(sh.name, team, post, who, tier, point, types_in(typ), GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：各团队成员按分组行所列岗位对应本行岗位，风险等级分一级、二级、三级，一级为最高。",
        6,
    )
    sh.add("填表：", None, "审核：", None, "分管院长（签字）：", None)
    return _layout(
        "shangdu_court_team_roster_rows", "http://beijinglawyer.net/article/2574.html",
        "(harder) 县人民法院 审判团队廉政风险防控清单, after the source's 高级人民法院 实施意见 on 廉政风险防控 (防控主体: 法官, "
        "法官助理, 司法警察, 书记员; 共性与岗位风险点): a title, a 填报部门 line, then 序号/岗位 merged per post/廉政风险点/"
        "风险类型/风险等级 ``一级/二级/三级``/防控措施 with NO 姓名 column, under GROUP ROWS one a 审判团队 merged across that "
        "name the team and its members, post and name in pairs (``一、民事审判团队：员额法官　郁…，法官助理　甄…，书记员　郁…``); "
        "each row's holder is the member of its group row whose post is the row's 岗位; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shangdu_enforcement_bureau_list() -> dict:
    unit = f"{PLACE}人民法院执行局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "甄珩滢", "leader", [
            ("委托评估、拍卖机构选定中打招呼、定向委托", "制度机制", "一级", "评估拍卖机构由司法技术部门随机选定。"),
            ("终结本次执行程序审批把关不严", "岗位职责", "二级", "终本案件集中审查，定期抽查回访。"),
        ]),
        ("执行实施组", "执行员", "郁晗璟", "general", [
            ("查封、扣押、冻结财产选择性执行", "岗位职责", "一级", "财产控制措施网络查控留痕，两人以上到场。"),
            ("执行款截留、挪用或延迟发放", "业务流程", "一级", "执行款一案一账，发放经局长审批。"),
            ("向被执行人通风报信", "思想道德", "二级", "强制措施实施前信息保密，事后倒查。"),
        ]),
        ("执行裁决组", "组长", "甄汧琰", "middle", [
            ("执行异议审查偏袒一方", "思想道德", "二级", "异议案件合议审查，听证公开。"),
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
    sh.add("制表：", None, "审核：", None, None, "2025年4月", None, None)
    return _layout(
        "shangdu_enforcement_bureau_list", "http://dhpmdy.com/news.php?id=105",
        "县法院执行局 岗位廉政风险防控一览表, after the source's 委托评估、拍卖和变卖管理办法 (司法技术管理部门, 审判执行部门, "
        "选择评估拍卖机构): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shangdu_litigation_service_posts() -> dict:
    unit = f"{PLACE}人民法院诉讼服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("立案窗口", "立案登记员", "general", "对符合条件的起诉不当场登记立案，有案不立", "高", "立案登记当场进行，不予立案的出具书面裁定。"),
        ("立案窗口", "立案登记员", "general", "为熟人插队立案或指定承办法官", "中", "立案后系统随机分案。"),
        ("立案窗口", "收费员", "general", "诉讼费缓、减、免审批不按规定", "高", "缓减免经庭长审核、分管院长审批。"),
        ("调解室", "特邀调解员", "general", "调解中偏袒一方，收受当事人财物", "中", "调解全程录音，当事人满意度回访。"),
        ("档案查询窗口", "档案管理员", "general", "违规提供诉讼档案查阅、复制", "低", "查阅凭证件登记，复制经审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, "2025年3月", None)
    return _layout(
        "shangdu_litigation_service_posts", "http://jsdtwm.com/show.asp?id=8093",
        "县法院诉讼服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 诉讼服务中心 提档升级 (立案登记制, 有案必立, "
        "网上缴费, 跨域立案): a title, 序号/科室 merged/岗位 merged per post/风险点/风险等级 高/中/低/防控措施; no names, no "
        "type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shangdu_qitai_tribunal_cards() -> dict:
    unit = f"{PLACE}人民法院七台人民法庭"
    t = _Truth(unit)
    cards = [
        ("庭长", "郁岑骞", "庭长", "主持法庭全面工作", "leader", [
            ("法官私下接触当事人及其代理人", "★★★", "接待当事人实行双人在场，登记备查。"),
            ("过问、干预庭内他人承办案件", "★★★", "过问案件一律记录在案，按月报告。"),
            ("巡回审判经费使用不规范", "★", "巡回审判经费按实报销，每季度公开。"),
        ]),
        ("副庭长", "甄湉珂", "副庭长", "分管诉前调解、巡回审判", "middle", [
            ("诉前调解案件委派调解组织带有倾向性", "★★", "委派调解组织轮流确定，结果公开。"),
            ("调解协议内容损害案外人利益", "★★", "调解协议经法官审查后方可确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "shangdu_qitai_tribunal_cards", "https://m.wenke99.com/p-4986407.html",
        "县人民法庭 廉政风险防控卡, one sheet a person, after the source's essay on 法官接触当事人及其代理人 (单独会见, 单方接触, "
        "私自会见): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shangdu_xiaohaizi_tribunal_selfchecks() -> dict:
    unit = f"{PLACE}人民法院小海子人民法庭"
    t = _Truth(unit)
    people = [
        ("郁璟骁", "审判组", "员额法官", "general", [
            ("与律师不正当接触交往，接受请托", "Ⅰ级", "与律师接触在法庭办公场所进行，如实记录。", "已落实"),
            ("违规向当事人推荐、介绍律师", "Ⅱ级", "签订承诺书，当事人回访核查。", "未发现问题"),
        ]),
        ("甄霈沅", "审判组", "法官助理", "general", [
            ("证据交换中泄露对方证据材料", "Ⅱ级", "证据交换当面进行并制作笔录。", "已落实"),
            ("现场勘验走过场", "Ⅲ级", "勘验拍照、绘图，双人签字。", "已落实"),
        ]),
        ("郁洺琮", "综合组", "书记员", "general", [
            ("诉讼费退费不及时或截留", "Ⅱ级", "退费经庭长审批，直接退至当事人账户。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "庭长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shangdu_xiaohaizi_tribunal_selfchecks",
        "https://www.chinacourt.org/article/detail/2022/01/id/6472798.shtml",
        "县人民法庭 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 意见 on 禁止法官与律师"
        "不正当接触交往 (负面清单, 介绍律师, 接受请托): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 庭长意见：``",
        sheets, t,
    )  # fmt: skip


def shangdu_xijingzi_tribunal_group_rows() -> dict:
    unit = f"{PLACE}人民法院西井子人民法庭"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、法庭领导", "法庭领导", [
            ("庭长", "甄骞澍", "leader", [
                ("诉源治理工作经费虚报冒领", "高风险", "经费支出经院机关财务审核，按季度公开。"),
                ("在调解组织、特邀调解员选聘中优亲厚友", "中风险", "选聘条件公开，名单公示。"),
            ]),
        ]),
        ("二、审判组", "审判组", [
            ("员额法官", "郁泓翀", "general", [
                ("涉农土地纠纷案件受人情干扰", "高风险", "类案检索，重大案件提交专业法官会议。"),
            ]),
            ("书记员", "甄沛琳", "general", [
                ("巡回审判中收受当事人土特产", "低风险", "巡回审判两人以上同行，相互监督。"),
                ("法律文书送达不及时", "中风险", "送达节点系统提醒，逾期通报。"),
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
        "shangdu_xijingzi_tribunal_group_rows", "http://jyxrmfy.gov.cn/lilunyantao/20230706163834.html",
        "县人民法庭 廉政风险防控责任清单, after the source's paper on 人民法庭 参与基层治理 (诉源治理, 枫桥式法庭, 调解组织): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、法庭领导``, "
        "``二、审判组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shangdu_judicial_police_list() -> dict:
    unit = f"{PLACE}人民法院司法警察大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "郁珞霄", "leader", "警用装备采购中指定供应商", "制度机制", "高", "装备采购按政府采购程序，验收多人参与。"),
        ("大队领导", "大队长", "郁珞霄", "leader", "警务车辆私用", "思想道德", "中", "车辆派出登记，定位系统监管。"),
        ("押解组", "司法警察", "甄暄淼", "general", "押解被告人途中为其传递信息、物品", "岗位职责", "高", "押解不少于两人，全程执法记录仪。"),
        ("安检组", "司法警察", "郁峤沄", "general", "安检中对熟人放宽检查", "业务流程", "低", "安检一律过机，视频监控存档。"),
        ("执行保障组", "司法警察", "甄璘昶", "general", "参与强制执行时泄露行动信息", "外部环境", "中", "行动方案保密，出发前集中收取通讯工具。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "shangdu_judicial_police_list", "http://cermn.com/art329053.aspx",
        "县法院司法警察大队 岗位廉政风险防控一览表, after the source's paper on 司法辅助人员岗位职责 (法官助理, 书记员, 执行员, "
        "司法警察): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def shangdu_shibaqing_tribunal_two_sheets() -> dict:
    unit = f"{PLACE}人民法院十八顷人民法庭"
    t = _Truth(unit)
    lead = _Sheet("法庭领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}法庭领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("甄翮澂", "庭长", "主持全面工作", [
            ("聘用制书记员招录中打招呼、降低条件", "一级风险", "招录按公告、笔试、面试、体检、政审程序，结果公示。"),
            ("法庭办公用品采购不比价", "三级风险", "采购三家比价，验收两人签字。"),
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
    aux = _Sheet("审判辅助", [6, 12, 10, 9, 38, 11, 34])
    _line(aux, f"{unit}审判辅助人员廉政风险防控一览表", 7)
    aux.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审判组", "法官助理", "郁翾珉", "general", "诉讼保全担保审查不严", "二级风险", "担保材料法官复核，保全裁定统一编号。"),
        ("审判组", "法官助理", "郁翾珉", "general", "私下向当事人透露案件进展", "二级风险", "案件进展通过诉讼服务平台公开查询。"),
        ("综合组", "书记员", "甄淩霂", "general", "绩效考核协助办案量虚报", "三级风险", "办案量以系统数据为准，按月公示。"),
        ("综合组", "书记员", "甄淩霂", "general", "卷宗归档不及时，材料缺失", "三级风险", "结案三十日内归档，档案室验收。"),
    ]  # fmt: skip
    first = len(aux.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        aux.add(i, d, post, who, point, lv, measures)
        t.point(aux.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(aux, first, 1, 2, 3)
    aux.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shangdu_shibaqing_tribunal_two_sheets",
        "http://union.china.com.cn/zhuanti/txt/2025-09/29/content_43241601.shtml",
        "县人民法庭 廉政风险防控一览表 in TWO SHEETS, after the source's 县法院 聘用制书记员 队伍建设 (逢进必考, 公告, 笔试, 面试, "
        "体检, 政审, 责任清单, 协助办案量): sheet 法庭领导 with 姓名/职务/分管工作 merged per leader, sheet 审判辅助 with 部门 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, aux], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shangdu_court_team_roster_rows(),
    shangdu_enforcement_bureau_list(),
    shangdu_litigation_service_posts(),
    shangdu_qitai_tribunal_cards(),
    shangdu_xiaohaizi_tribunal_selfchecks(),
    shangdu_xijingzi_tribunal_group_rows(),
    shangdu_judicial_police_list(),
    shangdu_shibaqing_tribunal_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch645-inbox"))
