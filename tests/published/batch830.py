"""The eight-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border county's
ethnic, religious and border bodies, 沧源佤族自治县 (of 临沧市, 云南省) — its 民族宗教事务局,
边境管理办公室, 口岸管理办公室, 民族文化工作队, 佤文化研究中心, 勐董镇边境事务站, 宗教事务服务中心
and 翁丁传统村落保护管理所 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel:

- the 边境管理办公室's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), ``一级/二级/三级``, a 制表/审核 line;
- the 口岸管理办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 民族文化工作队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 佤文化研究中心's 清单 under GROUP ROWS ``一、中心领导`` … ``三、办公室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 勐董镇边境事务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 宗教事务服务中心's 一览表 in TWO SHEETS under ``附件1``: ``中心领导`` (``姓名 | 职务 |
  分管工作`` merged per leader) and ``股室`` (a 填报单位 line, ``股室`` merged, ``岗位 | 姓名`` merged
  per person), ``高风险/中风险/低风险``, no type column;
- the 翁丁传统村落保护管理所's 一览表: ``部门 | 岗位 | 责任人`` on EVERY row, short types, 高/中/低,
  a ``注：`` line and a sign-off line.

One is harder:

- ``cangyuan_ethnic_religious_bureau_points_as_groups``: the 民族宗教事务局's 廉政风险点责任分解表,
  ARRANGED BY RISK POINT: the heading ``序号 | 责任股室 | 责任岗位 | 责任人 | 风险等级 | 本岗位防控措施``
  has NO 风险点 column; each point is a GROUP ROW (``一`` … ``四`` in the 序号 column, the point's
  text merged across the other columns), and under it one numbered row for every holder who
  carries that point — his 股室, post, name, his own level of it and his own measures. A holder
  (the 副局长) stands under two points. The README's 读得懂的表 knows group rows naming 科室,
  levels (``一、一级风险点``), work matters resolved by a 分工 roster, and points merged across
  the post columns that share them; it does not describe a list whose points stand only in
  group rows with the holders' rows (each with its level and measures) under them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (漳州 民族与宗教事务局 行政执法
公示、全过程记录、重大执法决定法制审核; 临沧 沿边小康村 — 边境线, 抵边村寨, 兴边富民, 边境维稳;
边境口岸管理的政策制约 — 口岸治理, 通关, 边民互市; 佤族 “司岗里摸你黑狂欢节” — 民族艺术, 创意
产业; 司岗里 传说 — 岩洞, 剽牛祭祀, 佤族文化传承; 沧源佤族自治县 — 勐董镇, 沧源口岸 三条通道;
郏县 民族宗教局 随机抽查事项 — 宗教活动场所 监督检查; 翁丁佤寨 — 干栏式茅草房, 木鼓, 原始部落)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 勾 and 佘 with rare given names); every
unit is a body of 沧源佤族自治县.

Run ``python tests/published/score.py --set batch830`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row's text is a point, and each numbered row under it a holder of
  that point (科室 from ``责任股室``, post from ``责任岗位``) with the row's level; one form a
  holder, his points in the order of the group rows; the group rows' numbers ``一`` … ``四`` are no
  part of the point; the ``注：`` line and the 制表/审核 line are no points;
- ``局领导``, ``办领导``, ``中心领导``, ``队领导``, ``站领导``, ``所领导`` (a 科室 cell, a group row, a
  所在部门/部门 cell) are the 科室 of those leaders; the cards' leaders and the ``中心领导`` sheet's
  leaders (no 科室 column) have no 科室; a 股, 科, 部 and 办公室 are 科室;
- 局长, 副局长, 主任 and 副主任 of an 办 or 中心, 队长, 副队长, 站长, 所长 and 副所长 are leaders; 股长,
  科长, 部长 and an 办公室's 主任 middle; the rest (会计, 出纳, 科员, 研究员, 演员, 管理员, 讲解员,
  护边员管理员, 办事员) general;
- ``主要职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the
  口岸管理办公室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b830_"
PLACE = "沧源佤族自治县"
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

# (group number, point, [(股室, 岗位, 姓名, tier, 等级, 本岗位防控措施)])
POINT_GROUPS = [
    ("一", "宗教活动场所设立、变更登记审核把关不严", [
        ("局领导", "局长", "勾昳翚", "leader", "一级", "登记审核意见经局党组会集体审定，审定结果向社会公开。"),
        ("宗教事务股", "股长", "佘璟岏", "middle", "二级", "现场核查不少于两人，核查记录和影像资料归档。"),
    ]),
    ("二", "宗教活动场所修缮扶持资金分配优亲厚友", [
        ("局领导", "副局长", "佘浥珂", "leader", "一级", "资金分配方案提交局务会研究，分配结果在局门户网站公示。"),
        ("办公室", "会计", "勾玗湑", "general", "二级", "资金拨付凭批复文件和验收单据办理，按季度对账。"),
    ]),
    ("三", "重大行政执法决定未经法制审核即作出", [
        ("局领导", "副局长", "佘浥珂", "leader", "二级", "执法决定签批前核对法制审核意见书，未审核的不签。"),
        ("政策法规股", "股长", "勾骙琊", "middle", "一级", "执法案卷逐件登记，法制审核意见书随卷归档。"),
    ]),
    ("四", "少数民族发展资金项目验收走过场", [
        ("民族工作股", "股长", "佘钤曈", "middle", "一级", "项目验收邀请乡镇和村民代表参加，验收结果公示。"),
        ("民族工作股", "科员", "勾沕珰", "general", "三级", "验收资料逐项核对，照片和台账一并存档。"),
    ]),
]  # fmt: skip


def cangyuan_ethnic_religious_bureau_points_as_groups() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    heads = ("序号", "责任股室", "责任岗位", "责任人", "风险等级", "本岗位防控措施")
    ncols = len(heads)
    sh = _Sheet("分解表", [7, 14, 10, 10, 10, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点责任分解表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 14}2025年6月", ncols)
    sh.add(*heads)
    n = 0
    for number, point, holders in POINT_GROUPS:
        r = sh.add(number, point, None, None, None, None)
        sh.merge(r, 1, r, ncols - 1)
        for dept, post, who, tier, lv, measures in holders:
            n += 1
            sh.add(n, dept, post, who, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：同一风险点涉及几个岗位的，分别确定各岗位的风险等级和防控措施。", ncols)
    sh.add("制表：办公室", None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "cangyuan_ethnic_religious_bureau_points_as_groups",
        "http://zzsmzj.zhangzhou.gov.cn/cms/html/zzsmzyzjswj/2020-12-15/1776410660.html",
        "(harder) 县民族宗教事务局 廉政风险点责任分解表, after the source's 民族与宗教事务局 行政执法公示、全过程记录、"
        "重大执法决定法制审核 制度: a title, a merged 填报单位/date line, a heading 序号/责任股室/责任岗位/责任人/风险等级/"
        "本岗位防控措施 with NO 风险点 column; each POINT a GROUP ROW (``一``…``四`` in 序号, the point merged across the "
        "other columns) over one numbered row per holder carrying it (his 股室, post, name, own level ``一级/二级/三级`` "
        "and own measures); the 副局长 under two points; no type column; a ``注：`` line and a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cangyuan_border_office_list() -> dict:
    unit = f"{PLACE}边境管理办公室"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "佘岏昳", "leader", "沿边小康村建设项目资金安排个人说了算", "制度机制风险", "一级",
         "项目资金安排经办务会集体研究，安排结果公示。"),
        ("办领导", "主任", "佘岏昳", "leader", "为熟悉的施工队伍承揽抵边村寨项目打招呼", "思想道德风险", "一级",
         "项目一律进入公共资源交易平台，领导干部插手登记报告。"),
        ("办领导", "副主任", "勾琚湑", "leader", "兴边富民工程项目验收降低标准", "岗位职责风险", "二级",
         "验收组不少于三人，邀请乡镇、村组代表参加。"),
        ("边境事务科", "科长", "佘珂骙", "middle", "护边员补助人员名单审核不严、虚报冒领", "业务流程风险", "一级",
         "补助名单经村、乡镇两级公示，补助直接打卡发放。"),
        ("边境事务科", "科员", "勾曈钤", "general", "边境巡查记录补记、编造", "岗位职责风险", "三级",
         "巡查记录按周报送，科长抽查现场照片。"),
        ("综合科", "科长", "佘玗琊", "middle", "边境维稳物资采购不按程序比价", "业务流程风险", "二级",
         "物资采购三家以上比价，采购结果办内公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合科", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "cangyuan_border_office_list", "http://zqb.cyol.com/html/2020-11/10/nw.D110000zgqnb_20201110_3-03.htm",
        "县边境管理办公室 岗位廉政风险防控一览表, after the source's 临沧 沿边小康村建设 (边境线, 抵边村寨, 兴边富民工程, "
        "边境维稳): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def cangyuan_port_office_posts() -> dict:
    unit = f"{PLACE}口岸管理办公室"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "口岸查验配套设施建设项目定向发包", "制度机制风险", "高",
         "项目发包经办务会研究，按规定公开招标。"),
        ("口岸协调科", "科长", "middle", "协调通关事务时收受进出口企业财物", "思想道德风险", "高",
         "通关协调事项登记备查，严禁私下接触企业。"),
        ("口岸协调科", "科员", "general", "口岸通行车辆登记信息随意变更", "岗位职责风险", "中",
         "登记信息变更须科长审核签字。"),
        ("边民互市管理科", "科长", "middle", "边民互市贸易备案审核放宽条件", "业务流程风险", "中",
         "备案材料两人交叉审核，备案名单定期公开。"),
        ("办公室", "出纳", "general", "口岸服务收费收入不及时入账", "业务流程风险", "低",
         "收费票据按号使用，收入当日存入专户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "cangyuan_port_office_posts", "https://m.fx361.cc/news/2021/0328/11474032.html",
        "县口岸管理办公室 岗位廉政风险点排查表 对岗不对人, after the source's 边境口岸管理的政策制约因素 (口岸治理, 通关, "
        "边民互市, 兴边强边): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def cangyuan_ethnic_troupe_cards() -> dict:
    unit = f"{PLACE}民族文化工作队"
    t = _Truth(unit)
    cards = [
        ("队长", "勾岏浥", "队长", "主持全队工作，负责狂欢节演出组织", "leader", [
            ("“摸你黑”狂欢节商业演出收入不入账", "★★★", "演出合同统一签订，收入全部缴入单位账户。"),
            ("演出劳务费发放不按标准", "★★", "劳务费按标准造册，经队务会审定后发放。"),
        ]),
        ("副队长", "佘翚沕", "副队长", "分管演出服装道具和排练", "leader", [
            ("民族演出服装道具采购指定供应商", "★★★", "采购三家以上比价，验收由两人以上签字。"),
        ]),
        ("演员", "勾钤珂", "演员", "佤族甩发舞、木鼓舞演出", "general", [
            ("私自参加商业演出收取报酬", "★★", "外出演出须报队长批准并登记。"),
            ("借用单位演出器材不归还", "★", "器材借用登记，按期归还检查。"),
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
        "cangyuan_ethnic_troupe_cards", "https://www.daowen.com/book/content/200624171/9930964.html",
        "县民族文化工作队 岗位廉政风险防控卡, one sheet a person, after the source's 佤族 “司岗里摸你黑狂欢节” (民族艺术, "
        "创意产业, 狂欢节演出): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def cangyuan_wa_culture_center_groups() -> dict:
    unit = f"{PLACE}佤文化研究中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "佘骙曈", "leader", [
                ("佤族文化研究课题经费分配不经集体研究", "一级风险", "课题立项和经费分配经中心会议研究，结果公开。"),
                ("《司岗里》史诗整理本出版印刷定向委托", "二级风险", "印刷业务按政府采购程序委托。"),
            ]),
        ]),
        ("二、研究部", "研究部", [
            ("部长", "勾浥琚", "middle", [
                ("沧源崖画调查劳务费虚报冒领", "一级风险", "劳务费凭调查记录和签到表发放，部门公示。"),
            ]),
            ("研究员", "佘昳玗", "general", [
                ("民间艺人传承补助认定材料把关不严", "三级风险", "认定材料两人审核，名单在村寨公示。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("主任", "勾湑岏", "middle", [
                ("剽牛祭祀等民俗活动经费报销凭证不实", "二级风险", "报销附活动方案和影像资料，按月抽查。"),
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
        "cangyuan_wa_culture_center_groups", "http://www.handmsg.com/page/2009/0101/27164238.shtml",
        "县佤文化研究中心 廉政风险防控责任清单, after the source's 司岗里 传说与摸你黑狂欢节 (岩洞, 剽牛祭祀, 佤族崖画, "
        "文化传承): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、研究部``, ``三、办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def cangyuan_mengdong_border_station_selfchecks() -> dict:
    unit = f"{PLACE}勐董镇边境事务站"
    t = _Truth(unit)
    people = [
        ("佘琊珰", "站领导", "站长", "leader", [
            ("抵边联防所建设物资验收不严", "Ⅰ级", "物资验收由站长和村组代表共同签字。", "已落实"),
            ("边境事务站经费支出不经集体研究", "Ⅱ级", "大额支出经站务会研究并报镇党委。", "未发现问题"),
        ]),
        ("勾珂曈", "边民服务组", "办事员", "general", [
            ("边民出入境通行证申办材料初审放宽条件", "Ⅰ级", "初审材料两人复核，办理情况登记。", "已落实"),
            ("为亲友代办证件收取好处", "Ⅱ级", "代办事项登记公开，举报电话公示。", "已落实"),
        ]),
        ("佘沕琚", "联防组", "护边员管理员", "general", [
            ("护边员考勤记录弄虚作假", "Ⅲ级", "考勤按日签到，站长每月抽查。", "未发现问题"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "cangyuan_mengdong_border_station_selfchecks",
        "https://wikiwand.com/zh/%E6%B2%A7%E6%BA%90%E4%BD%A4%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF",
        "镇边境事务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 沧源佤族自治县 "
        "(县政府驻勐董镇, 沧源口岸 国家二类陆路口岸, 三条口岸通道通往缅甸): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def cangyuan_religious_service_center_two_sheets() -> dict:
    unit = f"{PLACE}宗教事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    lead.add("附件1")
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("勾玗岏", "主任", "主持全面工作", [
            ("宗教活动场所年度检查结论个人说了算", "高风险", "检查结论经中心会议集体研究，报县民族宗教事务局审定。"),
            ("宗教团体补助经费审核把关不严", "中风险", "补助经费按项目审核，结果公开。"),
        ]),
        ("佘曈翚", "副主任", "分管宗教活动场所监督检查", [
            ("随机抽查对象不按系统抽取、选择性检查", "高风险", "抽查对象由系统随机抽取，抽查结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    _line(dept, f"填报单位：{unit}{GAP * 12}2025年5月", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("场所管理股", "股长", "勾珰湑", "middle", "宗教活动场所登记证换发材料审核不严", "高风险",
         "换发材料两人审核，股长复核签字。"),
        ("场所管理股", "科员", "佘琚珂", "general", "监督检查记录与现场情况不符", "中风险",
         "检查全程记录，照片随记录归档。"),
        ("办公室", "会计", "勾岏琊", "general", "培训经费报销凭证审核不严", "低风险",
         "报销附培训通知、签到表，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, None)
    return _layout(
        "cangyuan_religious_service_center_two_sheets", "http://sqlcrunch.com/contents/54435/643843.html",
        "县宗教事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 民族宗教局 随机抽查事项清单 (宗教活动场所 "
        "监督检查, 抽查比例, 抽查频次): sheet 中心领导 under ``附件1`` with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with a 填报单位 line, 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def cangyuan_wengding_village_office_list() -> dict:
    unit = f"{PLACE}翁丁传统村落保护管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "佘钤沕", "leader", "传统村落保护资金使用不经集体研究", "制度机制", "高",
         "资金使用方案经所务会研究，报县文化和旅游局备案。"),
        ("所领导", "副所长", "勾骙玗", "leader", "干栏式茅草房修缮工程验收降低标准", "岗位职责", "高",
         "修缮工程验收邀请村民代表参加，验收资料存档。"),
        ("保护股", "股长", "佘浥翚", "middle", "木鼓房等文物建筑维护材料以次充好", "业务流程", "中",
         "材料进场两人查验，查验记录留存。"),
        ("接待股", "讲解员", "勾曈珰", "general", "私自带客进寨收取费用", "思想道德", "中",
         "讲解服务统一派单，收费票据公开。"),
        ("接待股", "讲解员", "勾曈珰", "general", "讲解服务收入不及时上交", "业务流程", "低",
         "讲解收入当日交财务入账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "cangyuan_wengding_village_office_list", "http://sannong.cntv.cn/program/xiangtu/20120606/112287.shtml",
        "县翁丁传统村落保护管理所 岗位廉政风险防控一览表, after the source's 阿佤山 “摸你黑” 与佤族村寨 (翁丁, 干栏式茅草房, "
        "木鼓, 民俗民风): a title, 序号/部门/岗位/责任人 on EVERY row/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "a ``注：`` line and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cangyuan_ethnic_religious_bureau_points_as_groups(),
    cangyuan_border_office_list(),
    cangyuan_port_office_posts(),
    cangyuan_ethnic_troupe_cards(),
    cangyuan_wa_culture_center_groups(),
    cangyuan_mengdong_border_station_selfchecks(),
    cangyuan_religious_service_center_two_sheets(),
    cangyuan_wengding_village_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch830-inbox"))
