"""The seven-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's veterans'
affairs and petition (信访) bodies, 浑源县 (of 大同市, 山西省) — its 退役军人事务局, 退役军人服务中心,
光荣院, 烈士陵园管理所, 永安镇退役军人服务站, 信访局, 网上信访服务中心 and 人民来访接待中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 退役军人服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 光荣院's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 烈士陵园管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、管护股`` merged across, ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 网上信访服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 人民来访接待中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 永安镇退役军人服务站's 排查登记表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hunyuan_petition_bureau_rank_column``: the 信访局's 岗位廉政风险点一览表, ``科室`` merged, ``岗位 |
  姓名`` merged per person, and NO level column: in its place a ``风险排序`` column numbering each
  holder's points 1, 2, 3, 4 by how grave they are (restarting with every holder), and a ``注：`` line
  under the table folding the rank into a level (排序第1位的为一级风险，第2、3位的为二级风险，第4位及
  以后的为三级风险). The README's 读得懂的表 knows levels by the 序号 listed in a note, priorities
  P1/P2/P3 and five-grade scales folded by a note, factor scores and inspection frequencies; it
  does not describe a per-holder RANK column whose numbers are no level themselves (rank 3 is a
  二级, rank 4 a 三级) and are banded to levels by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (县级以下英雄烈士纪念设施 集中整修 and
管护; 退役军人创业孵化基地 审计整改, 入驻标准; 烈士纪念设施 分级保护; 信访 答复 规定; 公开大接访; 退役士兵
失业补助 申请; 褒扬纪念, 烈士寻亲; 信访工作 组织实施) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 兰 and 邴 with rare given names); every unit is a body of 浑源县.

Run ``python tests/published/score.py --set batch790`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the note's band of its ``风险排序`` (1 → 1; 2, 3 → 2;
  4 and after → 3); the rank is no level and no point; the ``注：`` line is no point;
- ``局领导``, ``所领导``, ``站领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders;
  the 局's leaders on sheet ``局领导`` and the cards' leaders have no 科室; a 股, 科 or 组 is a 科室;
- 局长, 副局长, 院长, 所长, 主任, 副主任, 站长 and 副站长 are leaders; 股长 and 科长 middle; the rest general;
- the 服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b790_"
PLACE = "浑源县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def rank_level(rank: int) -> int:
    """The 信访局's note: rank 1 is 一级, ranks 2 and 3 二级, rank 4 and after 三级."""
    return 1 if rank == 1 else 2 if rank <= 3 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)] in rank order)
RANKED = [
    ("局领导", "局长", "兰翛沅", "leader", [
        ("信访事项交办、督办中为请托人打招呼、说情", "交办督办事项局务会集体研究，全程留痕。"),
        ("信访工作经费使用不经集体研究", "经费支出按预算执行，大额支出局务会研究。"),
        ("信访积案化解中违规承诺、突破政策解决诉求", "积案化解方案经联席会议审定。"),
        ("接受信访人或其亲属宴请、礼品", "签订廉洁承诺书，节前廉政提醒。"),
    ]),
    ("办信科", "科长", "邴砚珣", "middle", [
        ("来信登记、转送中压件不办或选择性转办", "来信当日录入信访信息系统，转送情况每周通报。"),
        ("泄露检举控告人信息", "检举控告材料专人保管，严格保密纪律。"),
        ("信访事项答复意见书审核把关不严", "答复意见书实行承办、审核两级把关。"),
    ]),
    ("接访科", "科员", "兰霁瑷", "general", [
        ("来访登记不全、有意漏登重要诉求", "来访登记当场复核，由来访人签字确认。"),
        ("向来访人索要好处费、代写材料费", "接待窗口公开监督电话，接受群众监督。"),
    ]),
    ("督查督办科", "科长", "邴沂璠", "middle", [
        ("督办件办结情况核查走过场，以报代查", "办结件按比例电话回访、实地核查。"),
        ("对责任单位推诿扯皮问题不如实报告", "督查通报经局务会审定后印发。"),
        ("信访事项满意度评价弄虚作假", "满意度评价由信访人在系统内自行评价。"),
    ]),
]  # fmt: skip


def hunyuan_petition_bureau_rank_column() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险排序", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in RANKED:
        for rank, (point, measures) in enumerate(points, 1):
            n += 1
            sh.add(n, dept, post, who, point, rank, measures)
            t.point(sh.name, dept, post, who, tier, point, [], rank_level(rank))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险排序按本岗位风险点风险程度由高到低排列，排序第1位的为一级风险，第2、3位的为二级风险，"
          "第4位及以后的为三级风险。", 7)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "hunyuan_petition_bureau_rank_column", "https://abg.baidu.com/tags/2dc3pq5zutl7oigx5hlk7svvzku5fkwh6m16",
        "(harder) 县信访局 岗位廉政风险点一览表, after the source's page on 信访工作 组织实施要求 (来信来访, 交办督办, 答复, "
        "积案化解): a title, a merged ``单位：…　2025年6月`` line, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/``风险排序`` (1, 2, 3, 4 within each holder, restarting)/防控措施, NO level column; a ``注：`` "
        "line folding the rank into a level (1 一级, 2–3 二级, 4 and after 三级) and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hunyuan_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("兰昶漪", "局长", "主持全面工作", [
            ("烈士纪念设施整修项目插手干预施工单位选定", "一级", "整修项目进入县公共资源交易平台公开招标。"),
            ("退役士兵安置岗位分配暗箱操作", "一级", "安置岗位按考试考核成绩排名选岗，全程公开。"),
        ]),
        ("邴瑀澄", "副局长", "分管优抚安置、褒扬纪念", [
            ("优抚对象身份认定审核把关不严", "一级", "身份认定集体审核，名单在村（社区）公示。"),
            ("零散烈士墓迁移资金拨付不按进度", "二级", "资金按验收进度拨付，报县财政局备案。"),
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
        ("优抚安置股", "股长", "兰峤芃", "middle", "定期抚恤补助对象资格年审走过场", "一级",
         "资格年审与民政、公安数据比对，死亡人员及时停发。"),
        ("优抚安置股", "股长", "兰峤芃", "middle", "自主就业退役士兵一次性经济补助核算不准", "二级",
         "补助标准按服役年限核算，双人复核。"),
        ("优抚安置股", "股员", "邴淯珂", "general", "优待证申领材料审核不严", "三级", "申领材料一次性告知，审核留痕。"),
        ("褒扬纪念股", "股长", "兰琬潼", "middle", "烈士纪念设施日常管护经费虚报冒领", "二级",
         "管护经费按巡检记录核拨，每半年检查一次。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "hunyuan_veterans_bureau_two_sheets", "http://sj.mna.net.cn/news/guonei/2021-07-27/416128.html",
        "县退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's news of 县级及以下烈士纪念设施 集中整修 and "
        "长效管护 (零散烈士墓, 整修资金, 管护经费): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hunyuan_veterans_service_center_posts() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "创业孵化基地入驻企业审核不严，非退役军人企业享受扶持", "制度机制风险", "高",
         "入驻标准公开，入驻名单经主任办公会研究并公示。"),
        ("中心领导", "主任", "leader", "适应性培训、职业技能培训机构选定不公开", "外部环境风险", "高",
         "培训机构公开比选，培训结果抽查回访。"),
        ("就业创业股", "股长", "middle", "创业担保贷款贴息申报材料把关不严", "岗位职责风险", "中",
         "贴息材料与银行放款记录逐笔核对。"),
        ("就业创业股", "股长", "middle", "退役军人专场招聘会参会企业收费", "思想道德风险", "中",
         "招聘会一律免费，严禁收取任何费用。"),
        ("权益维护股", "股员", "general", "退役军人来访诉求登记不全、推诿不办", "业务流程风险", "低",
         "来访登记一人一档，办理结果电话回访。"),
        ("权益维护股", "股员", "general", "困难退役军人帮扶资金对象认定不实", "业务流程风险", "中",
         "帮扶对象入户核实，名单公示七日。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "hunyuan_veterans_service_center_posts", "http://www.yinheplay.com/sjt/zxzx/sxdt/2025062009150589019/index.shtml",
        "县退役军人服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 审计整改 of a 退役军人创业孵化基地 "
        "(入驻标准, 审批, 非退役军人享受扶持): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hunyuan_honor_home_selfchecks() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    people = [
        ("邴翙岚", "院领导", "院长", "leader", [
            ("集中供养对象入院审核降低条件", "Ⅰ级", "入院对象经县退役军人事务局审核，名单公示。", "已落实"),
            ("院内维修改造项目不按程序比选", "Ⅱ级", "维修项目三家比价，院务会研究。", "未发现问题"),
        ]),
        ("兰滢珏", "护理组", "护理员", "general", [
            ("克扣供养对象生活用品", "Ⅱ级", "生活用品发放登记，由供养对象签字。", "已落实"),
            ("收受供养对象家属红包", "Ⅲ级", "签订廉洁服务承诺书。", "已落实"),
        ]),
        ("邴珞昕", "后勤组", "会计", "general", [
            ("供养经费支出票据审核不严", "Ⅰ级", "报账单据经办人、证明人、院长三签。", "未发现问题"),
            ("伙食费结余不公示", "Ⅲ级", "伙食账目每月公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hunyuan_honor_home_selfchecks", "http://ynhanyi.com/732439.shtml",
        "县光荣院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's news on 褒扬纪念 "
        "and 优抚 (烈士纪念设施 管护, 烈士寻亲, 抚恤): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def hunyuan_martyrs_cemetery_group_rows() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "兰赟澍", "leader", [
                ("陵园保护范围内设施出租、出借不经审批", "一级风险", "保护范围内不得出租，确需使用的报县局审批。"),
                ("烈士墓修缮工程验收把关不严", "一级风险", "验收邀请县局褒扬纪念股共同参加。"),
            ]),
        ]),
        ("二、综合股", "综合股", [
            ("会计", "邴岫萦", "general", [
                ("祭扫活动经费虚列支出", "二级风险", "活动经费按方案预算列支，凭签到表报销。"),
                ("讲解服务收入不入账", "三级风险", "讲解服务一律免费，严禁收费。"),
            ]),
        ]),
        ("三、管护股", "管护股", [
            ("股长", "兰璟翀", "middle", [
                ("绿化养护外包服务考核走过场", "二级风险", "养护考核每月一次，考核结果与付款挂钩。"),
            ]),
            ("管护员", "邴汭琇", "general", [
                ("烈士英名墙、墓碑信息校核不认真", "三级风险", "信息与烈士英名录逐条核对，双人签字。"),
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
        "hunyuan_martyrs_cemetery_group_rows", "https://tyjrswj.cq.gov.cn/zwgk_529/zczx/wdzt/byjnl",
        "县烈士陵园管理所 廉政风险防控责任清单, after the source's answer on 烈士纪念设施 分级保护 (保护范围, 保护标志, "
        "不得侵占): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、综合股``, ``三、管护股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hunyuan_online_petition_cards() -> dict:
    unit = f"{PLACE}网上信访服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "兰蘅洢", "主任", "主持中心全面工作", "leader", [
            ("网上信访件受理、不予受理告知审核把关不严", "★★★", "受理告知由主任审签，系统全程留痕。"),
            ("信访信息系统数据随意修改", "★★★", "数据修改须经审批，操作日志定期检查。"),
            ("接受请托为信访人查询他人信访信息", "★", "严格信息查询权限，查询登记。"),
        ]),
        ("副主任", "邴暄珮", "副主任", "分管网上转送、答复", "leader", [
            ("网上答复超期，事后补录办理时间", "★★", "系统自动预警，超期件每周通报。"),
            ("转送责任单位不准，推诿扯皮", "★★", "转送前核实属地和职责，疑难件集体研究。"),
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
        "hunyuan_online_petition_cards",
        "https://www.zhetiaohe.com/ss/b360cf90cf5b1c58bd2d3878932545fc5871806b539b8c7b9795e30cebff6024c48b858f2c42bc40.html",
        "县网上信访服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 信访回复 的规定 (受理告知, "
        "答复期限): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hunyuan_reception_center_list() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "兰珣沐", "leader", "公开大接访中对合理诉求敷衍搪塞、不移交", "岗位职责", "高风险",
         "接访诉求当场登记，移交单登记限期回访。"),
        ("中心领导", "主任", "兰珣沐", "leader", "为特定来访人插队安排领导接访", "思想道德", "中风险",
         "领导接访按登记顺序安排，接访名单公开。"),
        ("接待科", "科长", "邴瀚玙", "middle", "来访事项分流交办不按职责", "业务流程", "中风险",
         "分流交办依据职责清单，交办单存档。"),
        ("接待科", "接待员", "兰霈昀", "general", "向来访群众推荐律师、中介并收取好处", "外部环境", "高风险",
         "接待大厅公示禁令，设置意见箱。"),
        ("综合科", "会计", "邴沨璇", "general", "接待大厅运行经费报销审核不严", "制度机制", "中风险",
         "报销单据三级审核，月度对账。"),
        ("综合科", "会计", "邴沨璇", "general", "办公用品采购不比价", "业务流程", "低风险", "采购三家比价，专人验收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hunyuan_reception_center_list", "http://www.mashantv.com/content/2023-09/21/005558.html",
        "县人民来访接待中心 岗位廉政风险防控一览表, after the source's 县 “公开大接访” (县领导接待来访群众, 移交职能部门, "
        "限期回访): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def hunyuan_yongan_station_register() -> dict:
    unit = f"{PLACE}永安镇退役军人服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "兰澂翎", "leader", [
            ("退役士兵失业补助申请初审不严", "岗位职责", "一级", "申请材料入户核实，初审意见站务会研究。"),
            ("零散烈士墓管护补助发放给非管护人", "制度机制", "二级", "管护人名单与巡检记录核对后发放。"),
        ]),
        ("站领导", "副站长", "邴琰岍", "leader", [
            ("走访慰问物资发放不登记", "业务流程", "二级", "慰问物资登记造册，受慰问人签字。"),
        ]),
        ("信息采集组", "专干", "兰曜泠", "general", [
            ("退役军人信息采集弄虚作假", "思想道德", "一级", "采集信息与档案逐项比对。"),
            ("泄露退役军人个人信息", "外部环境", "三级", "信息系统专人专号登录。"),
        ]),
        ("信息采集组", "专干", "邴玥湄", "general", [
            ("悬挂光荣牌对象核对不准", "业务流程", "三级", "悬挂名单经村（社区）服务站核对。"),
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
        "hunyuan_yongan_station_register",
        "https://www.zhetiaohe.com/ss/b433399615eb67c623d47862f9fb0beb3b4708a986c8266e22a6efebdde8eb2bc3a33eb2b87d299d.html",
        "镇退役军人服务站 廉政风险点排查登记表, after the source's page on 退役士兵失业补助金 申请: a title, 序号/处室 merged/"
        "岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` "
        "line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hunyuan_petition_bureau_rank_column(),
    hunyuan_veterans_bureau_two_sheets(),
    hunyuan_veterans_service_center_posts(),
    hunyuan_honor_home_selfchecks(),
    hunyuan_martyrs_cemetery_group_rows(),
    hunyuan_online_petition_cards(),
    hunyuan_reception_center_list(),
    hunyuan_yongan_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch790-inbox"))
