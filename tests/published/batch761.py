"""The seven-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 信访 bodies,
新民市 (of 沈阳市, 辽宁省) — its 人民来访接待中心, 网上信访服务中心, 社会矛盾纠纷调处化解中心 and the
信访办 of four towns (大民屯镇, 兴隆镇, 胡台镇, 梁山镇):

- the 人民来访接待中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column;
- the 网上信访服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低;
  no names;
- the 大民屯镇信访办's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 兴隆镇信访办's 清单 under GROUP ROWS ``一、镇领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 胡台镇信访办's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 梁山镇信访办's workbook in TWO SHEETS ``镇领导`` and ``信访办``, ``一级/二级/三级``;
- the 社会矛盾纠纷调处化解中心's 一览表 under ``附件1`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on
  every row, short types, ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``xinmin_petition_bureau_reception_days``: the 信访局's 局领导接访日廉政风险防控表, one row a point
  keyed by the WEEKDAY of the leaders' reception day (``序号 | 接访日 | 接访重点 | 廉政风险点 | 风险等级 |
  防控措施``, ``接访日`` merged down over each day's rows, ``星期一`` … ``星期五``), no post or holder
  column; the holders stand only in a ``局领导接访日安排`` grid under the list — a row of weekdays
  across (``接访日 | 星期一 | … | 星期五``) over a row of the day's leader (``接访领导 | 局长　某某 | …``),
  the 局长 on two days. A day's points are the points of the leader on that day (his post and name
  from the grid); the 局长's two days make one form. The README's 读得懂的表 knows rota grids of
  periods down × posts across under a post-only list, rosters keyed by group, enterprise, stake,
  outlet or 分管科室; it does not describe a list keyed by weekday whose holders stand in a
  weekday grid across.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (党政领导信访接待日程, 局领导轮流信访接待,
网上信访受理平台, 信访工作实施方案, 督查督办暂行办法, 信访条例 on 信访工作机构 and 工作纪律, 信访答复时限,
受理之日起60日) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare surnames 钭 and 鄞); every unit is a body of
新民市.

Run ``python tests/published/score.py --set batch761`` and do not tune the reader against it.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is a point of the leader whom the grid names under the row's
  weekday, with the row's level; one form a leader (the 局长's Monday and Friday rows one form), no
  科室; ``接访重点`` is no point; the grid's own rows are no points;
- ``局领导``, ``镇领导`` and ``中心领导`` name no 科室 (the leaders have none); a 科 or 室 of a 中心 and a
  town's 信访办 sheet/group are 科室; 局长, 副局长, 主任 of a 中心, 镇长, 副镇长, 党委书记 are leaders,
  a 科长 and the 信访办 主任 middle, the rest general;
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

PREFIX = "b761_"
PLACE = "新民市"
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

DAYS = ["星期一", "星期二", "星期三", "星期四", "星期五"]
# the leader received on each day: (post, name)
ON_DUTY = {
    "星期一": ("局长", "钭翃琨"),
    "星期二": ("副局长", "鄞茈瑱"),
    "星期三": ("副局长", "钭崿珽"),
    "星期四": ("副局长", "鄞翛璘"),
    "星期五": ("局长", "钭翃琨"),
}
# (接访日, 接访重点, 廉政风险点, 风险等级, 防控措施)
RECEPTION = [
    ("星期一", "涉法涉诉", "接访中对信访诉求作出超越政策的个人承诺", "高", "接访答复以法律政策为依据，重大事项会商后答复。"),
    ("星期一", "涉法涉诉", "为特定信访人插队安排接访、优先交办", "中", "接访按登记顺序安排，预约名单公开。"),
    ("星期二", "农村土地", "在征地补偿信访事项交办中打招呼、定调子", "高", "交办意见经局务会审定，全程留痕。"),
    ("星期二", "农村土地", "接受信访人或利害关系人宴请、礼品", "中", "签订廉洁接访承诺书，节前廉洁提醒。"),
    ("星期三", "城建拆迁", "泄露信访人反映问题和个人信息", "高", "信访材料专人保管，查阅登记。"),
    ("星期三", "城建拆迁", "对久拖不决事项督办不力、敷衍塞责", "低", "督办事项限期办结，逾期通报。"),
    ("星期四", "劳动社保", "欠薪信访事项处理中偏袒用工单位", "中", "会同人社部门联合接访，处理意见书面告知。"),
    ("星期四", "劳动社保", "将检举控告材料转给被检举人", "高", "检举控告材料不得转交被检举单位和个人。"),
    ("星期五", "综合", "信访事项办理结果弄虚作假、虚报办结", "中", "办结事项随机回访信访人，满意度纳入考核。"),
    ("星期五", "综合", "以信访维稳名义违规使用救助资金", "高", "救助资金集体研究、公示发放、专账核算。"),
]  # fmt: skip


def xinmin_petition_bureau_reception_days() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("接访日", [6, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}局领导接访日廉政风险防控表", 6)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 6)
    sh.add("序号", "接访日", "接访重点", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (day, focus, point, lv, measures) in enumerate(RECEPTION, 1):
        sh.add(i, day, focus, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    for post, who in dict.fromkeys(ON_DUTY.values()):
        for day, _focus, point, lv, _measures in RECEPTION:
            if ON_DUTY[day] == (post, who):
                t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    sh.add()
    _line(sh, "局领导接访日安排", 6)
    sh.add("接访日", *DAYS)
    sh.add("接访领导", *[f"{post}{GAP}{who}" for post, who in (ON_DUTY[d] for d in DAYS)])
    _line(
        sh,
        "注：每周一至周五上午8:30—11:30在市人民来访接待中心接待来访群众；风险等级分高、中、低三级。",
        6,
    )
    sh.add("制表：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "xinmin_petition_bureau_reception_days", "http://ahluyejy.com/jrja/001006/20240605/a3e649ef-9dbb-416a-afaa-b31acba7fae7.html",
        "(harder) 市信访局 局领导接访日廉政风险防控表, after the source's 党政领导信访接待日程安排 (领导主动接访、约访, "
        "接待日程): a title, a ``单位：…　2025年6月`` line, then 序号/接访日 (星期一…星期五, merged down over each day's "
        "rows)/接访重点 (merged)/廉政风险点/风险等级 高/中/低/防控措施 with NO post or holder column; under the list a "
        "``局领导接访日安排`` line and a weekday grid across, ``接访日 | 星期一 | … | 星期五`` over ``接访领导 | 局长　某某 | "
        "…`` (the 局长 on Monday and Friday): each day's points are the points of that day's leader; a ``注：`` line and a "
        "制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinmin_reception_center_list() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鄞珦翚", "leader", "群众集体来访接谈中擅自表态、许诺", "一级", "集体访接谈由两名以上人员参加，接谈记录存档。"),
        ("中心领导", "主任", "鄞珦翚", "leader", "联合接访单位入驻人员考勤考核走过场", "二级", "入驻人员每日签到，考核结果通报派驻单位。"),
        ("接待科", "科长", "钭蓂珵", "middle", "来访登记不全、应录入系统而未录入", "一级", "来访事项当日录入信访信息系统，专人核对。"),
        ("接待科", "科长", "钭蓂珵", "middle", "对来访事项不按规定分流、推诿", "二级", "分流去向登记，依法分类处理。"),
        ("接待科", "接谈员", "鄞岠琀", "general", "接谈中刁难、歧视来访群众", "三级", "文明接待，接谈全程录音录像。"),
        ("综合科", "科员", "钭翀珢", "general", "来访群众食宿、返程救助费用虚列", "二级", "救助费用凭票据报销，每季度公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    return _layout(
        "xinmin_reception_center_list", "http://uianet.net/dictionary/b8264434.html",
        "市人民来访接待中心 岗位廉政风险防控一览表, after the source's 局领导轮流信访接待制度 (信访接待日, 接待室, 公布接访"
        "领导姓名): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xinmin_online_petition_posts() -> dict:
    unit = f"{PLACE}网上信访服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("受理科", "网上受理员", "general", "网上信访件不按期受理、超期不告知", "岗位职责风险", "中", "系统设置受理时限预警，超期自动提醒。"),
        ("受理科", "网上受理员", "general", "擅自删除、屏蔽网上投诉内容", "制度机制风险", "高", "删除操作须经科长审批，系统留痕。"),
        ("受理科", "科长", "middle", "对网上信访件转送交办选择性处理", "业务流程风险", "中", "转送交办实行双人复核。"),
        ("数据科", "系统管理员", "general", "违规查询、导出信访人信息", "思想道德风险", "高", "账号权限分级，导出登记审批。"),
        ("数据科", "系统管理员", "general", "信访数据统计弄虚作假", "岗位职责风险", "低", "数据每月与纸质台账核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "xinmin_online_petition_posts", "https://www.zhetiaohe.com/ss/d76463a48ebbaaf94775cc1d4a172f2f1f6fd74cb8cdb243e730e219dc277a6958f5fee1eda7a1bc.html",
        "市网上信访服务中心 岗位廉政风险点排查表 对岗不对人, after the source's page on the 信访局网上信访受理平台 (网上投诉, "
        "受理, 转送交办): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinmin_damintun_cards() -> dict:
    unit = f"{PLACE}大民屯镇信访办"
    t = _Truth(unit)
    cards = [
        ("主任", "鄞琎翯", "主任", "负责全镇信访事项受理、交办和矛盾纠纷排查", "middle", [
            ("信访事项登记后压件不办、不转", "★★★", "信访事项登记台账每周清理。"),
            ("矛盾纠纷排查中瞒报、漏报", "★★", "排查情况逐村签字确认，月报上报。"),
            ("接受信访人财物", "★", "严守廉洁纪律，签订承诺书。"),
        ]),
        ("信访专干", "钭瑱崟", "信访专干", "负责来访接待登记和信访件回访", "general", [
            ("回访记录编造、信访人满意度造假", "★★", "回访电话录音，随机抽查。"),
            ("信访材料遗失、私自销毁", "★★★", "信访材料归档登记，定期移交档案室。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xinmin_damintun_cards", "http://fengdujob.net/go/信访实施方案2019年.html",
        "镇信访办 岗位廉政风险防控卡, one sheet a person, after the source's 信访工作实施方案 (矛盾纠纷排查, 信访事项受理交办, "
        "回访): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinmin_xinglong_group_rows() -> dict:
    unit = f"{PLACE}兴隆镇信访办"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "", [
            ("副镇长", "鄞璪岏", "leader", [
                ("包案化解中对信访人违规承诺解决待遇", "一级风险", "包案化解方案经镇党委会研究。"),
                ("督办信访积案走过场", "二级风险", "积案化解进度每月通报。"),
            ]),
        ]),
        ("二、信访办", "信访办", [
            ("主任", "钭珣崱", "middle", [
                ("信访事项答复意见书未经审核即送达", "二级风险", "答复意见书经分管领导审签。"),
            ]),
            ("信访员", "鄞琂岹", "general", [
                ("来访登记选择性记录", "二级风险", "来访登记表逐项填写，信访人签字确认。"),
                ("信访信息报送迟报、漏报", "三级风险", "信息报送实行日报告、零报告。"),
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
        "xinmin_xinglong_group_rows", "https://www.wnwk.com/doc/252795.html",
        "镇信访办 廉政风险防控责任清单, after the source's 信访局督查督办工作暂行办法 (交办事项60日内办结, 督办方式, "
        "汇报材料审核): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、镇领导`` and ``二、信访办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinmin_hutai_selfchecks() -> dict:
    unit = f"{PLACE}胡台镇信访办"
    t = _Truth(unit)
    people = [
        ("钭璘岦", "信访办", "主任", "middle", [
            ("信访事项受理告知书不按时出具", "Ⅱ级", "受理后15日内书面告知。", "已落实"),
            ("对不予受理事项不说明理由", "Ⅲ级", "不予受理事项书面说明理由并指引渠道。", "已落实"),
            ("越级交办、转办中打招呼", "Ⅰ级", "转办交办意见集体研究。", "未发现问题"),
        ]),
        ("鄞琭嶂", "信访办", "信访专干", "general", [
            ("网上信访件代录入时篡改诉求", "Ⅰ级", "代录入内容经信访人确认签字。", "已落实"),
            ("接访记录不全、事后补记", "Ⅱ级", "接访记录当场填写。", "已落实"),
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
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinmin_hutai_selfchecks", "https://m.78911.com.cn/GuiZhangZhiDu/557706-3.html",
        "镇信访办 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 信访条例 (信访工作机构"
        "职责, 工作人员应当遵守的规定, 不得扣压信访材料): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def xinmin_liangshan_two_sheets() -> dict:
    unit = f"{PLACE}梁山镇信访办"
    t = _Truth(unit)
    lead = _Sheet("镇领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}镇领导信访工作廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄞珽崾", "党委书记", "主持全面工作，信访工作第一责任人", [
            ("重大信访事项处理意见个人拍板", "一级", "重大信访事项经党委会集体研究。"),
            ("领导接访日不按时接访、委托他人代接", "二级", "接访日程公开，接访情况通报。"),
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
    office = _Sheet("信访办", [6, 9, 9, 38, 9, 34])
    _line(office, f"{unit}工作人员廉政风险防控一览表", 6)
    office.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "钭峘琡", "middle", "信访答复超过60日办理时限不报延期", "二级", "办理时限台账管理，延期报批并告知信访人。"),
        ("主任", "钭峘琡", "middle", "复查申请材料不及时转报", "三级", "复查申请当日登记，3日内转报。"),
        ("信访员", "鄞瑝岪", "general", "向信访人透露办理中的内部意见", "一级", "办理中的意见不得对外透露，违者追责。"),
    ]  # fmt: skip
    first = len(office.rows)
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        office.add(i, post, who, point, lv, measures)
        t.point(office.name, "信访办", post, who, tier, point, [], GRADES[lv])
    _per_person(office, first, None, 1, 2)
    office.add("制表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinmin_liangshan_two_sheets", "http://fengdujob.net/go/信访受理之日起60日是什么时候.html",
        "镇信访办 廉政风险防控一览表 in TWO SHEETS, after the source's page on 信访受理之日起60日 (办理期限, 延长, 复查): "
        "sheet 镇领导 with 姓名/职务/分管工作 merged per leader, sheet 信访办 (the tab is the 科室) with 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, office], t,
    )  # fmt: skip


def xinmin_mediation_center_list() -> dict:
    unit = f"{PLACE}社会矛盾纠纷调处化解中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钭嵚瑱", "leader", "矛盾纠纷调处方案中偏袒一方当事人", "思想道德", "高风险", "调处方案集体会商，当事人签字确认。"),
        ("调解室", "调解员", "鄞璆峃", "general", "调解中收受当事人好处费", "外部环境", "高风险", "调解全程录音录像，廉洁调解承诺公示。"),
        ("调解室", "调解员", "鄞璆峃", "general", "调解协议书内容与调解结果不一致", "业务流程", "中风险", "协议书经复核后送达。"),
        ("答复室", "答复员", "钭珵嵫", "general", "信访答复意见书未经审核送达", "岗位职责", "中风险", "答复意见书三级审核。"),
        ("答复室", "答复员", "钭珵嵫", "general", "答复送达回证造假", "制度机制", "低风险", "送达回证由信访人本人签收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _line(sh, "注：风险等级分为高风险、中风险、低风险三个等级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "xinmin_mediation_center_list", "https://www.zhetiaohe.com/ss/414f1190847e70e79ac9a6d0400ec2da82d6e57b719e56059a1b003f13edf61b.html",
        "市社会矛盾纠纷调处化解中心 岗位廉政风险防控一览表, after the source's page on 信访诉求多久给答复 (答复期限, 答复意见书, "
        "送达): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line and a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinmin_petition_bureau_reception_days(),
    xinmin_reception_center_list(),
    xinmin_online_petition_posts(),
    xinmin_damintun_cards(),
    xinmin_xinglong_group_rows(),
    xinmin_hutai_selfchecks(),
    xinmin_liangshan_two_sheets(),
    xinmin_mediation_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch761-inbox"))
