"""The eight-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's veterans'
affairs bodies, 神池县 (of 忻州市, 山西省) — its 退役军人事务局, 退役军人服务中心, 光荣院, 烈士陵园管理所,
双拥工作领导小组办公室, 军队离退休干部休养所 and the 退役军人服务站 of 龙泉镇 and 八角镇 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 光荣院's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 烈士陵园管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 双拥工作领导小组办公室's 责任清单 under GROUP ROWS ``一、办公室领导`` … ``三、优待组`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 龙泉镇退役军人服务站's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 八角镇退役军人服务站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 军队离退休干部休养所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shenchi_veterans_service_center_ledger``: the 退役军人服务中心's 业务经办廉政风险提示登记台账, ONE ROW
  A CASE HANDLED (``序号 | 办理日期 | 业务事项 | 服务对象 | 经办股室 | 岗位 | 经办人 | 廉政风险提示 |
  风险等级 | 办结情况``), not one row a point: the ledger logs each piece of business the centre did
  in half a year, in date order, so one holder's rows are scattered among the others' and the
  same 风险提示 comes back on every case of the same business (three points stand twice); beside
  the holder (``经办人``) stands a second column of people's names, ``服务对象`` — the veteran or
  survivor served, who is no holder. The holders are the 经办人, each with his 经办股室 and 岗位,
  and his points the DISTINCT 风险提示 of his rows (a point logged twice is one point).
  docs/layouts.md (读得懂的表) knows holders' points interleaved and told apart by the 序号's
  numbering style, 排查人 | 被排查人, 申报人 | 亲属姓名 and 当事人 as the holder, a dated 排查时间
  column picking holders in turn, and a yearly dynamic ledger (登记年度); it does not describe a
  business ledger of cases whose 服务对象 names people who hold nothing and whose points repeat
  case by case.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 退役军人事务局's answer to
a 政协提案 on 烈士纪念碑 — 迁葬, 维修资金, 专项行动; a 省人大 draft 退役军人保障条例 — 优待, 抚恤,
就业创业, 帮扶援助; a paper on 退役军人安置 and 优惠扶持政策; a report on 非烈士 graves in an 烈士陵园;
a 检察院's 英烈保护 “回头看” — 检察建议, 工作专班, 管理人员、讲解员; a 新华社 note on the 县级以下
英雄烈士纪念设施整修工程 — 基层服务中心（站） 巡检, 维护祭扫; a 山西 report on the same 整修工程 —
“一处一档”, 应迁尽迁; a 甘肃 note on its 中央财政 专项补助资金) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 沃 and 隆 with rare given names; the 服务对象 with common surnames); every unit
is a body of 神池县.

Run ``python tests/published/score.py --set batch834`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 经办人 is one form, his 科室 the row's ``经办股室`` and his post the row's
  ``岗位``; his points are the distinct ``廉政风险提示`` of his rows, each with its row's level (a
  point logged on two cases has the same level on both); ``服务对象`` names no holder; ``办理日期``,
  ``业务事项`` and ``办结情况`` are no points; the ``注：`` line and the 登记人/审核人 line are no points;
- ``局领导``, ``院领导``, ``所领导``, ``站领导``, ``办公室领导`` are the 科室 of those leaders; the 局's
  leaders (sheet ``局领导``, no 科室 column), the 光荣院's cards and the 龙泉镇 station's sheets name no
  科室; a group row ``二、综合组`` gives the 科室 ``综合组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 主任 (of the centre and of the 双拥办), 院长, 副院长,
  所长, 站长 and 副站长 are leaders; 股长, 科长 and a 组's 组长 middle; the rest (股员, 业务员, 会计,
  出纳, 管护员, 讲解员, 专干, 工作人员, 科员) general;
- ``自查情况`` and ``填表时间`` are no points and name no holder; the 烈士陵园管理所's list names no
  person: its forms are posts (对岗不对人);
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

PREFIX = "b834_"
PLACE = "神池县"
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

# the 经办人: key -> (经办股室, 岗位, 姓名, tier)
HANDLERS = {
    "优抚股长": ("优抚股", "股长", "沃鹂笙", "middle"),
    "优抚员": ("优抚股", "业务员", "隆菽岏", "general"),
    "就业股长": ("就业创业股", "股长", "沃檗川", "middle"),
    "会计": ("综合股", "会计", "隆藜汭", "general"),
}

# (办理日期, 业务事项, 服务对象, 经办人 key, 廉政风险提示, 风险等级, 办结情况), one row a case, in date order
CASES = [
    ("2025.01.08", "伤残抚恤金发放", "张守全", "优抚员",
     "抚恤对象资格年审把关不严，致使冒领抚恤金", "高", "已办结"),
    ("2025.01.15", "退役军人优待证申领", "李振国", "优抚员",
     "优待证申领材料审核不严，为不符合条件人员办证", "中", "已办结"),
    ("2025.01.23", "烈士遗属定期抚恤审核", "赵桂芳", "优抚股长",
     "定期抚恤对象认定中优亲厚友", "高", "已办结"),
    ("2025.02.10", "伤残抚恤金发放", "刘德胜", "优抚员",
     "抚恤对象资格年审把关不严，致使冒领抚恤金", "高", "已办结"),
    ("2025.03.05", "困难退役军人帮扶援助", "郭永明", "优抚股长",
     "帮扶援助对象和金额不经集体研究，人情帮扶", "中", "已办结"),
    ("2025.03.18", "自主就业退役士兵一次性经济补助", "孙建伟", "就业股长",
     "服役年限核定不实，多发一次性经济补助", "高", "已办结"),
    ("2025.04.02", "退役士兵适应性培训补贴", "周海龙", "就业股长",
     "培训机构虚报参训人数，套取培训补贴", "中", "已办结"),
    ("2025.04.16", "烈士遗属定期抚恤审核", "吴凤英", "优抚股长",
     "定期抚恤对象认定中优亲厚友", "高", "已办结"),
    ("2025.05.09", "帮扶援助资金拨付", "马成林", "会计",
     "帮扶资金不按审批金额拨付，截留挪用", "高", "已办结"),
    ("2025.05.27", "退役士兵适应性培训补贴", "高志强", "就业股长",
     "培训机构虚报参训人数，套取培训补贴", "中", "办理中"),
    ("2025.06.12", "光荣牌悬挂登记", "冯玉珍", "优抚员",
     "上门服务时收受服务对象土特产、红包", "低", "已办结"),
    ("2025.06.20", "帮扶援助资金拨付", "何文斌", "会计",
     "拨付凭证审核不严，重复支付", "中", "办理中"),
]  # fmt: skip


def shenchi_veterans_service_center_ledger() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("登记台账", [6, 12, 24, 10, 12, 9, 9, 38, 9, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}业务经办廉政风险提示登记台账", 10)
    _line(sh, f"登记单位：{unit}{GAP * 16}登记期间：2025年1月—6月", 10)
    sh.add("序号", "办理日期", "业务事项", "服务对象", "经办股室", "岗位", "经办人", "廉政风险提示",
           "风险等级", "办结情况")  # fmt: skip
    for i, (day, matter, served, key, point, lv, done) in enumerate(CASES, 1):
        dept, post, who, _tier = HANDLERS[key]
        sh.add(i, day, matter, served, dept, post, who, point, lv, done)
    # the truth one form a 经办人 (in order of first appearance), his distinct points
    seen: set = set()
    for _day, _matter, _served, key, point, lv, _done in CASES:
        dept, post, who, tier = HANDLERS[key]
        if (who, point) not in seen:
            seen.add((who, point))
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：本台账按业务逐件登记，每办理一件登记一行；风险等级分高、中、低三级。", 10)
    sh.add("登记人：", None, None, "审核人：", None, None, "中心主任（签字）：", None, None, None)
    return _layout(
        "shenchi_veterans_service_center_ledger",
        "http://www.sdrd.gov.cn/articles/ch00099/202410/a9c386e7-e715-43cb-ab3e-55cc8e540e11.shtml",
        "(harder) 县退役军人服务中心 业务经办廉政风险提示登记台账, after the source's draft 退役军人保障条例 (优待, 抚恤, "
        "就业创业, 帮扶援助): a title, a merged 登记单位/登记期间 line, then ONE ROW A CASE HANDLED in date order — "
        "序号/办理日期/业务事项/服务对象 (the veteran served, a person's name, no holder)/经办股室/岗位/经办人/"
        "廉政风险提示/风险等级 高/中/低/办结情况; the four 经办人's rows interleave and three 风险提示 come back on a "
        "second case of the same business; each 经办人 holds the distinct 风险提示 of his rows; a ``注：`` line and "
        "a 登记人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shenchi_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("沃菡翥", "局长", "主持全面工作", [
            ("烈士纪念设施维修工程发包中插手干预", "一级", "维修工程按限额进入县公共资源交易平台，局党组集体研究。"),
            ("转业士官安置岗位分配暗箱操作", "一级", "安置岗位和分配结果全程公开，纪检组全程监督。"),
        ]),
        ("隆橼珂", "副局长", "分管优抚褒扬、军休服务", [
            ("散葬烈士墓迁葬经费审批把关不严", "二级", "迁葬经费按实结算，经局务会审定。"),
            ("烈士褒扬金申报审核走过场", "二级", "申报材料股室初审、分管领导复审，名单公示。"),
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
        ("优抚褒扬股", "股长", "沃蕤岏", "middle", "优抚对象身份认定材料审核不严", "一级",
         "身份认定经档案核查、村级公示、股室审核。"),
        ("优抚褒扬股", "股长", "沃蕤岏", "middle", "烈士纪念设施信息核校弄虚作假", "二级",
         "信息核校实地查看，照片存档。"),
        ("优抚褒扬股", "股员", "隆蒹崧", "general", "优抚金发放名册与花名册不符", "一级",
         "发放名册每季度与户籍、殡葬信息比对。"),
        ("移交安置股", "股长", "沃篁汭", "middle", "安置考试成绩登录、排名不实", "一级", "成绩双人录入、当场公布。"),
        ("移交安置股", "股长", "沃篁汭", "middle", "安置单位岗位信息提前泄露", "二级", "岗位信息统一发布，经办人员签订保密承诺。"),
        ("办公室", "会计", "隆苕湄", "general", "纪念设施维修资金报账审核不严", "三级", "报账凭工程结算审核意见，三级审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shenchi_veterans_bureau_two_sheets", "http://xinbin.gov.cn/ins.asp?i=15301&s=111",
        "县退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 退役军人事务局 answer to a 政协提案 on an "
        "烈士纪念碑 (迁葬, 维修资金, 陵园维修工程, 专项行动): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shenchi_glory_home_cards() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    cards = [
        ("院长", "沃黎崟", "院长", "主持全面工作", [
            ("供养对象入院审核把关不严，违规接收", "★★★", "入院对象经县退役军人事务局审核，名单公示。"),
            ("院内大宗物资采购收受回扣", "★★★", "大宗物资三家比价，院务会集体研究。"),
            ("接受供养对象家属礼品礼金", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副院长", "隆蘅峣", "副院长", "分管生活服务、医疗护理", [
            ("伙食费管理不规范，克扣供养对象伙食", "★★", "伙食账目每月公示，供养对象代表参与监督。"),
            ("护理服务外包单位选定不公开", "★★", "外包服务公开比选，合同报院务会审定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "shenchi_glory_home_cards", "https://scholarmate.com/S/NS0gWN",
        "县光荣院 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 退役军人安置 and the state's "
        "优惠扶持政策 (权益保障, 管理工作): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shenchi_martyrs_cemetery_posts() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "违规为非烈士人员安排墓穴、安放骨灰", "制度机制风险", "高",
         "安葬安放一律凭烈士证明书，报县退役军人事务局备案。"),
        ("所领导", "所长", "leader", "陵园保护范围内场地违规出租经营", "外部环境风险", "高",
         "保护范围内严禁经营性活动，场地使用报局党组研究。"),
        ("管护股", "股长", "middle", "纪念设施日常维护工程量虚报", "业务流程风险", "中",
         "维护项目按实计量，验收双人签字。"),
        ("管护股", "管护员", "general", "为祭扫群众提供服务时收取费用", "思想道德风险", "低",
         "祭扫服务一律免费，公开监督电话。"),
        ("讲解接待股", "讲解员", "general", "接待参观团体收受礼品", "思想道德风险", "低", "签订廉洁承诺书。"),
        ("办公室", "出纳", "general", "社会捐赠款物不入账", "岗位职责风险", "中", "捐赠款物统一登记入账，定期公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "shenchi_martyrs_cemetery_posts", "http://zxtech.com/bbs/showtopic-4352.aspx",
        "县烈士陵园管理所 岗位廉政风险点排查表 对岗不对人, after the source's report on 非烈士人员 graves in an 烈士陵园 "
        "(《革命烈士褒扬条例》, 安放骨灰, 埋葬遗体, 豪华墓): a title, 序号/科室 merged/岗位 merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shenchi_double_support_office_groups() -> dict:
    unit = f"{PLACE}双拥工作领导小组办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "隆栎澥", "leader", [
                ("双拥模范单位和个人推荐评选暗箱操作", "一级风险", "推荐名单经领导小组会议研究，公示七天。"),
                ("八一走访慰问经费使用不规范", "一级风险", "慰问经费专款专用，慰问名单存档备查。"),
            ]),
        ]),
        ("二、综合组", "综合组", [
            ("组长", "沃柞溱", "middle", [
                ("慰问物资采购不比价，指定供应商", "二级风险", "慰问物资三家比价，验收双人签字。"),
            ]),
            ("工作人员", "隆翮岑", "general", [
                ("慰问物资发放登记不实", "二级风险", "发放签收到人，抽查回访。"),
                ("军地联谊活动超标准接待", "三级风险", "接待执行公务接待标准，清单报销。"),
            ]),
        ]),
        ("三、优待组", "优待组", [
            ("组长", "沃蘩岍", "middle", [
                ("随军家属就业推荐优亲厚友", "一级风险", "推荐条件公开，结果报领导小组审定。"),
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
        "shenchi_double_support_office_groups", "https://shiyan.com/forum.php?goto=lastpost&mod=redirect&tid=481340",
        "县双拥工作领导小组办公室 廉政风险防控责任清单, after the source's 检察院 英烈保护 “回头看” (检察建议, 工作专班, "
        "管理人员、讲解员, 长效机制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、办公室领导``, ``二、综合组``, ``三、优待组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def shenchi_longquan_station_selfchecks() -> dict:
    unit = f"{PLACE}龙泉镇退役军人服务站"
    t = _Truth(unit)
    people = [
        ("沃棣翚", "站长", "leader", [
            ("优待证申领信息采集中收受好处", "Ⅰ级", "信息采集现场公开，申领人签字确认。", "已落实"),
            ("零散烈士墓巡检记录弄虚作假", "Ⅱ级", "巡检留存照片，县局不定期抽查。", "未发现问题"),
        ]),
        ("隆杪琰", "专干", "general", [
            ("帮扶援助申请材料代填代签", "Ⅰ级", "申请材料本人填写签字，入户核实。", "已落实"),
            ("退役军人信息采集录入不实", "Ⅱ级", "录入信息与档案逐项核对。", "已落实"),
            ("走访慰问物资私自截留", "Ⅲ级", "慰问物资签收到人，村委会监督。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shenchi_longquan_station_selfchecks", "http://paper.sxworker.com/xpaper/news/907/4422/37804-1.shtml",
        "镇退役军人服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 新华社 note on "
        "the 县级以下英雄烈士纪念设施整修工程 (基层退役军人服务中心（站） 巡检, 巡查清理, 维护祭扫, 烈士寻亲): a title, a label "
        "row ``姓　名 | 职　务 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def shenchi_bajiao_station_list() -> dict:
    unit = f"{PLACE}八角镇退役军人服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "沃芫峄", "leader", "零散烈士墓整修项目验收把关不严", "制度机制", "高风险",
         "整修项目验收邀请县局和村委会参加。"),
        ("站领导", "站长", "沃芫峄", "leader", "烈士纪念设施“一处一档”建档信息造假", "业务流程", "中风险",
         "建档信息实地核对，照片存档。"),
        ("站领导", "副站长", "隆菀澧", "leader", "困难退役军人帮扶对象推荐不公", "岗位职责", "高风险",
         "推荐对象村级评议、镇级审核、公示。"),
        ("服务组", "专干", "沃蕖岘", "general", "纪念设施管护经费报销虚列支出", "业务流程", "中风险",
         "报销凭管护记录和验收单。"),
        ("服务组", "专干", "沃蕖岘", "general", "接受服务对象吃请", "思想道德", "低风险", "严守中央八项规定精神。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "shenchi_bajiao_station_list", "http://bbs.dakotacollectibles.net/archiver/showtopic-11820.aspx",
        "镇退役军人服务站 岗位廉政风险防控一览表, after the source's 山西 report on the 英雄烈士纪念设施整修工程 (零散烈士墓, "
        "应迁尽迁、应修尽修, “一处一档”, 补助资金): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def shenchi_veteran_cadres_home_register() -> dict:
    unit = f"{PLACE}军队离退休干部休养所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "隆楫汀", "leader", [
            ("军休干部医疗费报销审核不严", "制度机制", "一级", "医疗费报销凭医保结算单，所务会审定。"),
            ("休养所房屋维修项目指定施工单位", "外部环境", "二级", "维修项目三家比选，结果公示。"),
        ]),
        ("服务管理科", "科长", "沃桴崤", "middle", [
            ("军休干部文体活动经费使用不规范", "业务流程", "二级", "活动经费预算管理，按实报销。"),
        ]),
        ("服务管理科", "科员", "隆榛溆", "general", [
            ("军休干部遗属生活困难补助审核不严", "岗位职责", "一级", "补助对象入户核实，名单公示。"),
        ]),
        ("财务室", "会计", "沃莼屺", "general", [
            ("专项补助资金支出票据审核不严", "业务流程", "二级", "票据经办人、证明人、审批人三签。"),
            ("库存现金超限额，公款私存", "岗位职责", "三级", "现金日清月结，定期盘点。"),
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
        "shenchi_veteran_cadres_home_register", "http://news.sheshi.biz/20250809/3220953.html",
        "县军队离退休干部休养所 廉政风险点排查登记表, after the source's 甘肃 note on the 中央财政 一次性专项补助资金 for "
        "县级及以下英雄烈士纪念设施整修 (公共服务设施维护, 主体建筑整修): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an "
        "编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shenchi_veterans_service_center_ledger(),
    shenchi_veterans_bureau_two_sheets(),
    shenchi_glory_home_cards(),
    shenchi_martyrs_cemetery_posts(),
    shenchi_double_support_office_groups(),
    shenchi_longquan_station_selfchecks(),
    shenchi_bajiao_station_list(),
    shenchi_veteran_cadres_home_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch834-inbox"))
