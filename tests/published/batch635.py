"""The six-hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 监所 bodies,
托克托县 (of 呼和浩特市, 内蒙古) — its 看守所, 拘留所, 公安局监管大队, 戒毒康复中心, 社区矫正中心,
司法局 and two 司法所 (双河, 五申) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 拘留所's 一览表 in TWO SHEETS: ``所领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``民警``
  (``警组`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公安局监管大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社区矫正中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 双河司法所's 责任清单 under GROUP ROWS ``一、所领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 戒毒康复中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 司法局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 五申镇司法所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tuoketuo_detention_house_exclusions``: the 看守所's 民警岗位廉政风险点清单, ONE ROW A POINT
  (``序号 | 廉政风险点 | 风险等级 | 适用人员 | 防控措施``) whose ``适用人员`` cell names the row's holders
  by POST — one post (``所长``), several posts (``所长、副所长``), or a collective WITH EXCEPTIONS (``全体民警（所长、教导员除外）``, ``管教民警以外的全体民警``) — and a ``附：本所民警
  名单`` roster under the list (``职务 | 姓名``, two 管教民警) that gives the names. A row's point is a
  point of every roster member whose post the cell names, and of every member a collective covers
  BUT the posts it excepts. The README's 读得懂的表 knows a collective holder (各科室主任) over
  common points, rosters beside lists keyed by group and staff tables; it does not describe a
  holders cell that names holders by EXCLUSION (everyone but the excepted posts).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a comment on a 看守所 民警's 索贿 —
监室, 在押人员家属 “打钱”, 商店加价; a 拘留所 Q&A — 财物保管返还, 会见探视; a 监狱 on 岗位廉政风险防控 —
“四防一体”; a 戒毒 ten-year review — 戒毒人员 医保, 回访, 所外就医; a county report on 社区矫正 —
监管中心 功能室, 执法人员, 电子监控; a 司法厅 on 基层社区矫正队伍 — 司法所 人员, 执法身份; a paper on
中小城市 社区矫正 — 经费, 社会力量; a 戒毒 一体化 paper — 社区戒毒社区康复, 后续照管) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 阮 and 蓝 with rare given names); every unit is a body of
托克托县.

Run ``python tests/published/score.py --set batch635`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``适用人员`` cell names posts; every roster member holding a named post has
  the row's point with the row's level; ``全体民警（A、B除外）``
  and ``A以外的全体民警`` every member but those of the excepted posts; one form a holder, no 科室 (the
  list names none); the roster, the ``注：`` line and the sign-off line are no points;
- ``所领导``, ``中心领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the 拘留所's leaders
  (sheet ``所领导``, no 科室 column) and the cards' leaders have no 科室; a 所's 警组, a 大队's 中队 and a
  局's or 中心's 股/科 are 科室;
- every 所, 中心, 大队 and the 司法局 are units of their own: 所长, 教导员, 副所长, 主任, 副主任, 局长,
  副局长 and 大队长 are leaders; 中队长, 股长, 警组长 and a 所's 组长 middle; the rest (民警, 矫正干警, 会计,
  出纳, 司法助理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 监管大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b635_"
PLACE = "托克托县"
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

# the 看守所's roster: (post, name, tier)
ROSTER = [
    ("所长", "阮璟湉", "leader"),
    ("教导员", "蓝霈昶", "leader"),
    ("副所长", "阮沨岍", "leader"),
    ("管教民警", "蓝珝澂", "general"),
    ("管教民警", "阮澔琰", "general"),
]
EVERYONE = "全体民警"

# (廉政风险点, 风险等级, 适用人员 as written, the posts it covers, 防控措施)
ALL_POSTS = tuple(dict.fromkeys(post for post, _, _ in ROSTER))
EXCLUSIONS = [
    ("在押人员调换监室、安排劳动岗位收受好处", "高", "所长", ("所长",),
     "调换监室经所务会集体研究，记录存档。"),
    ("违规批准在押人员近亲属会见、通信", "高", "所长、副所长", ("所长", "副所长"),
     "会见通信凭办案机关同意书，一事一登记。"),
    ("以各种名目让在押人员家属“打钱”、索取财物", "高", "全体民警（所长、教导员除外）",
     ("副所长", "管教民警"), "在押人员账户专户管理，家属存款凭单据入账。"),
    ("为在押人员通风报信、传递物品", "中", "管教民警以外的全体民警", ("所长", "教导员", "副所长"),
     "物品收检双人在场，监控录像留存。"),
    ("利用“牢头狱霸”体罚在押人员以索财", "高", "管教民警", ("管教民警",),
     "监室每日巡查，在押人员谈话记录逐人建档。"),
    ("在押人员考核奖惩评定不公", "中", "教导员", ("教导员",),
     "考核结果监室公示，驻所检察室监督。"),
]  # fmt: skip


def tuoketuo_detention_house_exclusions() -> dict:
    unit = f"{PLACE}看守所"
    sh = _Sheet("风险点清单", [6, 42, 9, 26, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}民警岗位廉政风险点清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "廉政风险点", "风险等级", "适用人员", "防控措施")
    for i, (point, lv, shown, _posts, measures) in enumerate(EXCLUSIONS, 1):
        sh.add(i, point, lv, shown, measures)
    _line(
        sh,
        "注：风险等级分高、中、低三级；适用人员按下表所列职务确定，写“除外”“以外”的不含所列职务。",
        5,
    )
    sh.add()
    sh.add("附：本所民警名单", None, None, None, None)
    sh.add(None, "职务", "姓名", None, None)
    for post, who, _tier in ROSTER:
        sh.add(None, post, who, None, None)
    sh.add()
    sh.add("制表：", None, "审核：", "所长（签字）：", None)
    # the truth one form a holder, in the roster's order
    for post, who, tier in ROSTER:
        for point, lv, _shown, posts, _measures in EXCLUSIONS:
            if post in posts:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "tuoketuo_detention_house_exclusions", "http://zqb.cyol.com/html/2015-06/18/nw.D110000zgqnb_20150618_7-02.htm",
        "(harder) 县看守所 民警岗位廉政风险点清单, after the source's comment on a 看守所 民警's 索贿 (监室, 在押人员家属 "
        "“打钱”, 牢头狱霸, ): a title, a 填报单位 line, then ONE ROW A POINT ``序号 | 廉政风险点 | 风险等级 | "
        "适用人员 | 防控措施`` whose 适用人员 names posts — one, several, or a collective WITH EXCEPTIONS "
        "(``全体民警（所长、教导员除外）``, ``管教民警以外的全体民警``); a ``注：`` line and under it ``附：本所民警名单`` "
        "(``职务 | 姓名``, two 管教民警) giving the holders; 高/中/低, no type column; a 制表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tuoketuo_detention_center_two_sheets() -> dict:
    unit = f"{PLACE}拘留所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓝湜翊", "所长", "主持全面工作", [
            ("违规收拘或提前解除拘留", "一级", "收拘凭拘留决定文书，解拘按期限审核。"),
            ("被拘留人暂缓执行审批把关不严", "一级", "暂缓执行经所务会研究，材料存档。"),
        ]),
        ("阮琤岖", "副所长", "分管管教、后勤", [
            ("被拘留人会见探视违规批准", "二级", "探视预约登记，会见全程录像。"),
            ("伙食采购虚报数量、以次充好", "二级", "食材验收双人签字，伙食账目公示。"),
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
    dept = _Sheet("民警", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}民警廉政风险防控一览表", 7)
    dept.add("序号", "警组", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("收拘组", "警组长", "蓝沄峤", "middle", "被拘留人随身财物登记不全、截留", "一级",
         "财物当面清点，被拘留人签字确认。"),
        ("收拘组", "警组长", "蓝沄峤", "middle", "解除拘留时财物返还手续不全", "二级", "返还凭登记单，双人核对。"),
        ("收拘组", "民警", "阮珣岚", "general", "收拘体检走过场，隐瞒病情收拘", "三级", "体检结果随档保存。"),
        ("管教组", "警组长", "阮翊湄", "middle", "为被拘留人传递物品、通风报信", "一级", "物品检查登记，监控抽查。"),
        ("管教组", "民警", "蓝璆沚", "general", "被拘留人账户存款违规支取", "二级", "账户专人管理，支取凭单签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：内勤", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "tuoketuo_detention_center_two_sheets", "https://110ask.com/zhishi/18237299664830456514.html",
        "县拘留所 廉政风险防控一览表 in TWO SHEETS, after the source's Q&A on 拘留所 (收拘, 随身财物 返还, 会见探视, 解除拘留): "
        "sheet 所领导 with 姓名/职务/分管工作 merged per leader, sheet 民警 with 警组 merged and 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tuoketuo_custody_brigade_posts() -> dict:
    unit = f"{PLACE}公安局监管大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "监所建设项目", "监所改造项目插手工程发包", "制度机制风险", "高",
         "工程项目进入公共资源交易平台。"),
        ("监管中队", "中队长", "middle", "监管执法检查", "检查走过场，隐瞒监所安全隐患", "岗位职责风险", "中",
         "检查记录双人签字，问题清单销号。"),
        ("监管中队", "中队长", "middle", "所外就医审核", "所外就医材料审核不严，违规出具意见", "业务流程风险", "高",
         "所外就医经集体审核，驻所检察监督。"),
        ("监管中队", "民警", "general", "提讯提解", "提讯提解手续不全，私自带出在押人员", "业务流程风险", "高",
         "提讯提解凭法律文书，出入登记。"),
        ("后勤中队", "民警", "general", "被装物资发放", "被装物资虚报冒领", "思想道德风险", "低",
         "物资出入库登记，每季度盘点。"),
        ("后勤中队", "民警", "general", "在押人员伙食", "伙食费克扣、账实不符", "外部环境风险", "中",
         "伙食账目每月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：内勤", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tuoketuo_custody_brigade_posts", "https://fx361.cc/page/2012/0128/15974930.shtml",
        "县公安局监管大队 岗位廉政风险点排查表 对岗不对人, after the source's 监狱 on 岗位廉政风险防控 (“四防一体”, 思想、制度、"
        "监督、科技): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tuoketuo_correction_center_selfchecks() -> dict:
    unit = f"{PLACE}社区矫正中心"
    t = _Truth(unit)
    people = [
        ("蓝翀淏", "中心领导", "主任", "leader", [
            ("社区矫正对象调查评估意见不实", "Ⅰ级", "调查评估两人以上实施，意见集体审核。", "已落实"),
            ("违规批准矫正对象外出、变更居住地", "Ⅱ级", "外出审批逐级审核，系统留痕。", "未发现问题"),
        ]),
        ("阮岫泓", "监管股", "矫正干警", "general", [
            ("电子定位监管预警处置不及时、瞒报", "Ⅰ级", "预警信息每日核查，处置记录存档。", "已落实"),
            ("矫正对象考核奖惩弄虚作假", "Ⅲ级", "考核结果公示，档案抽查。", "已落实"),
        ]),
        ("蓝沅琨", "教育帮扶股", "矫正干警", "general", [
            ("公益活动、教育学习时长虚报", "Ⅱ级", "签到记录与监控核对。", "未发现问题"),
            ("帮扶资金发放对象认定不实", "Ⅲ级", "帮扶对象审核公示。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tuoketuo_correction_center_selfchecks", "https://ceshi.taolaoshi.top/gongwen/188572.html",
        "县社区矫正中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's county report on "
        "社区矫正 (监管中心 功能室, 电子监控, 执法人员, 教育帮扶): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def tuoketuo_shuanghe_office_group_rows() -> dict:
    unit = f"{PLACE}双河司法所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "阮瑄岱", "leader", [
                ("社区矫正对象日常监管执法不规范", "一级风险", "执法文书统一格式，月度自查。"),
                ("人民调解补贴发放审核不严", "一级风险", "补贴凭调解卷宗发放，名单公示。"),
            ]),
        ]),
        ("二、社区矫正组", "社区矫正组", [
            ("组长", "蓝昶沨", "middle", [
                ("矫正对象请假外出审核把关不严", "二级风险", "请假审批逐级上报，返回销假。"),
            ]),
            ("司法助理员", "阮湉珩", "general", [
                ("走访记录弄虚作假", "二级风险", "走访照片、定位留存。"),
                ("泄露矫正对象个人信息", "三级风险", "档案专柜管理，查阅登记。"),
            ]),
        ]),
        ("三、法律服务组", "法律服务组", [
            ("组长", "蓝琬岍", "middle", [
                ("法律援助申请审查优亲厚友", "二级风险", "援助申请按条件审查，结果公示。"),
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
        "tuoketuo_shuanghe_office_group_rows", "https://m.fx361.cc/news/2017/0308/15692406.html",
        "县司法所 廉政风险防控责任清单, after the source's 司法厅 课题组 on 基层社区矫正队伍 (司法所 人员, 执法身份, 社区矫正执法): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、社区矫正组``, ``三、法律服务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tuoketuo_rehab_center_cards() -> dict:
    unit = f"{PLACE}戒毒康复中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阮霂琛", "主任", "主持中心全面工作", "leader", [
            ("戒毒人员所外就医审批把关不严", "★★★", "所外就医经集体研究，医院诊断存档。"),
            ("康复就业项目合作方选定暗箱操作", "★★★", "合作方公开比选，结果公示。"),
            ("接受戒毒人员家属请托", "★", "签订廉洁承诺书。"),
        ]),
        ("副主任", "蓝璟峣", "副主任", "分管戒治、回访", "leader", [
            ("戒毒人员诊断评估结论弄虚作假", "★★", "评估由评估小组集体作出。"),
            ("后续照管回访数据虚报", "★★", "回访记录抽查复核。"),
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
        "tuoketuo_rehab_center_cards", "https://qhhnnews.com/qhyw/2022-10-15/27236.html",
        "县戒毒康复中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 戒毒 ten-year review (戒毒人员 医保, "
        "回访, 诊断评估, 教育戒治): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tuoketuo_justice_bureau_list() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "蓝琰澔", "leader", "社区矫正经费分配不按标准", "制度机制", "高风险",
         "经费分配方案经党组会研究。"),
        ("局领导", "局长", "蓝琰澔", "leader", "政府购买社区矫正服务项目指定承接方", "外部环境", "高风险",
         "购买服务公开招标，合同备案。"),
        ("社区矫正管理股", "股长", "阮淏汀", "middle", "暂予监外执行矫正对象病情复查流于形式", "岗位职责", "中风险",
         "病情复查到指定医院，结果存档。"),
        ("社区矫正管理股", "股长", "阮淏汀", "middle", "矫正对象收监执行建议不及时提出", "业务流程", "中风险",
         "收监建议限时提出，检察院监督。"),
        ("办公室", "会计", "蓝琇岑", "general", "社区矫正专项经费报销审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("办公室", "出纳", "阮璠岙", "general", "现金管理不规范、公款私存", "思想道德", "低风险",
         "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "tuoketuo_justice_bureau_list", "http://puapp.net/c/20240210/103546.html",
        "县司法局 岗位廉政风险防控一览表, after the source's paper on 中小城市 社区矫正 (矫正经费, 社会力量参与, 政府购买服务): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def tuoketuo_wushen_office_register() -> dict:
    unit = f"{PLACE}五申镇司法所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "蓝珵屹", "leader", [
            ("社区戒毒社区康复人员管控措施不落实", "岗位职责", "一级", "管控措施逐人建档，月度检查。"),
            ("司法所办公经费支出不规范", "制度机制", "二级", "经费支出报县司法局审核。"),
        ]),
        ("社区矫正组", "组长", "阮汧璇", "middle", [
            ("矫正对象报到登记把关不严", "业务流程", "二级", "报到登记核对法律文书。"),
        ]),
        ("社区矫正组", "司法助理员", "蓝岚琤", "general", [
            ("收受矫正对象及其家属财物", "思想道德", "一级", "签订承诺书，监督电话公开。"),
            ("解除矫正宣告程序不全", "业务流程", "三级", "宣告现场录像存档。"),
        ]),
        ("人民调解组", "司法助理员", "阮昉沚", "general", [
            ("调解协议内容显失公平", "外部环境", "一级", "调解协议由所长审核。"),
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
        "tuoketuo_wushen_office_register", "http://sft.jiangsu.gov.cn/art/2018/11/13/art_48645_7878681.html",
        "县镇司法所 廉政风险点排查登记表, after the source's 戒毒 一体化 paper (社区戒毒社区康复, 后续照管, 司法所): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tuoketuo_detention_house_exclusions(),
    tuoketuo_detention_center_two_sheets(),
    tuoketuo_custody_brigade_posts(),
    tuoketuo_correction_center_selfchecks(),
    tuoketuo_shuanghe_office_group_rows(),
    tuoketuo_rehab_center_cards(),
    tuoketuo_justice_bureau_list(),
    tuoketuo_wushen_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch635-inbox"))
