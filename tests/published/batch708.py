"""The seven-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's ecology and
environment bodies, 科尔沁左翼后旗 (of 通辽市, 内蒙古自治区) — the 生态环境分局, its 综合行政执法大队,
固体废物管理中心, 生态环境事务服务中心, 环境宣传教育信息中心, 环境监测站 and the 甘旗卡镇 工作站 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 分局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 执法大队's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 固废管理中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 事务服务中心's 排查表 对岗不对人 (no names), ``…风险`` types, 高/中/低;
- the 宣教信息中心's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 环境监测站's 一览表 under ``附件1`` and a 填报单位 line, 科室/岗位/责任人 on every row, short types,
  ``高风险/中风险/低风险``;
- the 甘旗卡镇 工作站's 登记表, ``一级/二级/三级``, a ``注：`` line and a sign-off line.

One is harder:

- ``horqin_tech_center_level_sections``: the 生态环境技术服务中心's 分级防控清单 with NO 科室, 岗位,
  责任人 or 等级 column (``序号 | 廉政风险点 | 风险类型 | 防控措施``): the list is cut by LEVEL SECTION
  rows (``一、一级风险点（重点防控）`` …) and, inside each, by HOLDER rows ``（一）审核科　科长　却某某``;
  the same holders come back under every level section, so a holder's points are spread over the
  three sections and each point's level is the section it stands in. The README's 读得懂的表 knows
  group rows for a 科室 or a holder, level sub-rows 【高风险】 inside holders' blocks, a level column
  merged at the left, and a list split by level into sheets; it does not describe level sections
  nesting holder sub-rows on one sheet, a holder's block repeated under each level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited, and follows that page's words for the body's matters (环评审批, 执法检查,
专项资金, 固废非法倾倒, 排污许可核发, 监测数据). The rows are worded by us, the names invented (the
rare surnames 却 and 慎 with rare given names); every unit is a body of 科尔沁左翼后旗.

Run ``python tests/published/score.py --set batch708`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder row ``（一）审核科　科长　却某某`` gives the 科室, post and holder of the
  point rows under it up to the next holder or level row; the level row gives the level (一级风险点
  1, 二级 2, 三级 3) of every point under it; a holder under several level rows is one form;
- ``局领导``, ``中心领导``, ``大队领导`` are the 科室 of those leaders where a 科室 cell or group row says
  so; the 分局's leaders (sheet ``局领导``) and the cards' people have no 科室 unless the card names one;
- 局长, 副局长, 大队长, 主任, 副主任, 站长 are leaders; 股长, 科长, 中队长 middle; the rest general;
- the 事务服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b708_"
PLACE = "科尔沁左翼后旗"
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

# the holders: (科室, post, name, tier)
HOLDERS = [
    ("中心领导", "主任", "却瑢翮", "leader"),
    ("审核科", "科长", "慎琤岫", "middle"),
    ("审核科", "审核员", "却沄翎", "general"),
]
# level section rows, each with the points of every holder (index into HOLDERS)
SECTIONS = [
    ("一、一级风险点（重点防控）", 1, [
        (0, "排污许可证技术审核意见受人情干预，降低审核标准", "制度机制风险",
         "技术审核意见经中心集体会审，会审纪要存档。"),
        (1, "环评文件技术评估中为指定编制单位“开绿灯”", "岗位职责风险",
         "评估专家从专家库随机抽取，评估意见签名负责。"),
        (2, "排污许可执行报告审核走过场，不核对监测数据", "岗位职责风险",
         "执行报告与自动监控数据比对，异常情况登记上报。"),
    ]),
    ("二、二级风险点（一般防控）", 2, [
        (0, "技术服务外包项目化整为零规避政府采购", "制度机制风险",
         "外包项目年初列入采购计划，按限额标准采购。"),
        (1, "向企业推荐环评编制单位或第三方运维公司", "思想道德风险",
         "签订廉洁承诺书，严禁为企业介绍中介。"),
    ]),
    ("三、三级风险点（常规防控）", 3, [
        (0, "接受企业宴请、土特产", "思想道德风险", "节前廉洁提醒，严守中央八项规定精神。"),
        (2, "审核资料、企业信息保管不严，对外泄露", "岗位职责风险",
         "企业资料专柜保管，调阅登记。"),
    ]),
]  # fmt: skip


def horqin_tech_center_level_sections() -> dict:
    unit = f"{PLACE}生态环境技术服务中心"
    sh = _Sheet("分级防控清单", [6, 44, 14, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点分级防控清单", 4)
    _line(sh, f"单位：{unit}{GAP * 12}2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险类型", "防控措施")
    n = 0
    for shown, _level, points in SECTIONS:
        _line(sh, shown, 4)
        seen: list[int] = []
        for who, *_ in points:
            if who not in seen:
                seen.append(who)
        for k, who in enumerate(seen):
            dept, post, name, tier = HOLDERS[who]
            _line(sh, f"（{'一二三'[k]}）{dept}{GAP}{post}{GAP}{name}", 4)
            for w, point, typ, measures in points:
                if w != who:
                    continue
                n += 1
                sh.add(n, point, typ, measures)
    # truth one form a holder, in the holders' order
    for who, (dept, post, name, tier) in enumerate(HOLDERS):
        for _shown, level, points in SECTIONS:
            for w, point, typ, _measures in points:
                if w == who:
                    t.point(sh.name, dept, post, name, tier, point, types_in(typ), level)
    _line(
        sh,
        "注：一级风险点由中心主任直接监管，每季度检查一次；二级、三级风险点由科室负责人日常监管。",
        4,
    )
    sh.add("填表：", None, "审核：", "2025年6月")
    return _layout(
        "horqin_tech_center_level_sections", "https://sthjj.tl.gov.cn/5831/5877/202108/t20210806_1518338.html",
        "(harder) 旗生态环境技术服务中心 廉政风险点分级防控清单, after the source's 通辽市 press briefing on 排污许可 "
        "“全覆盖” and 环评 “放管服” (排污许可证核发, 排污登记, 限期整改, 环评审批): a title, a merged ``单位：…`` line, "
        "序号/廉政风险点/风险类型/防控措施 and NO 科室, 岗位, 责任人 or 等级 column; LEVEL SECTION rows "
        "``一、一级风险点（重点防控）`` … merged across, inside each HOLDER rows ``（一）审核科　科长　却…`` merged across; "
        "the same holders come back under each level section (a holder's points spread over the sections, each "
        "point's level its section's); a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def horqin_bureau_two_sheets() -> dict:
    unit = f"通辽市生态环境局{PLACE}分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("慎珩沚", "局长", "主持全面工作", [
            ("建设项目环评审批个人说了算，违规批复", "一级", "环评审批事项局务会集体审议，批复文件公开。"),
            ("污染治理专项资金分配暗箱操作", "一级", "资金分配方案局党组会研究，结果公示。"),
        ]),
        ("却翀湉", "副局长", "分管执法、排污许可", [
            ("干预执法案件处理，为违法企业说情", "一级", "领导干部干预执法活动记录报告。"),
            ("排污许可证核发把关不严", "二级", "核发材料双人审核，系统留痕。"),
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
        ("环评股", "股长", "慎岚翊", "middle", "环评文件审查降低标准，对重大变动不要求重新报批", "一级",
         "审查意见经分管领导复核，重大变动清单对照核查。"),
        ("环评股", "股长", "慎岚翊", "middle", "收受建设单位礼品礼金", "三级", "签订廉洁承诺书，节前提醒。"),
        ("环评股", "科员", "却濛珈", "general", "环评受理材料不全仍予受理", "二级", "受理清单一次性告知，系统留痕。"),
        ("规划财务股", "股长", "却岍澜", "middle", "专项资金项目申报审核不严，虚报项目", "一级", "项目申报现场核查，材料公示。"),
        ("规划财务股", "会计", "慎沄翀", "general", "报账单据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "horqin_bureau_two_sheets", "http://www.xjsq.com/read-htm-tid-2068626.html",
        "旗生态环境分局 廉政风险防控一览表 in TWO SHEETS, after the source's essay on 环保 and 腐败 (环评审批 “钱评”, "
        "执法处罚自由裁量, 专项资金分配暗箱操作, 排污许可证违规发放): 局领导 (姓名/职务/分管工作 merged per leader) and 股室 "
        "(股室 merged, 岗位/姓名 merged per person), ``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def horqin_enforcement_cards() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "慎骞沨", "大队长", "主持大队全面工作", "leader", [
            ("行政处罚案件不经集体讨论，随意减免罚款", "★★★", "重大处罚案件集体讨论，案卷留存。"),
            ("对举报线索压案不查", "★★★", "举报线索登记台账，办结回访。"),
            ("接受企业宴请", "★", "严守八项规定精神，实行执法回避。"),
        ]),
        ("一中队", "却珣瀚", "中队长", "负责甘旗卡片区现场执法", "middle", [
            ("现场检查前向企业通风报信", "★★★", "“双随机”抽查，检查计划保密。"),
            ("检查发现问题后收受财物，以罚代管", "★★", "执法全过程记录仪记录，罚没款直缴国库。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 4)
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
        "horqin_enforcement_cards", "http://www.sldtec.com/a/jiaoyuzixun/jiaoyuxinwen/2385.html",
        "旗生态环境保护综合行政执法大队 执法人员廉政风险防控卡, one sheet a person, after the source's 环保官员腐败手法 "
        "(边执法检查边收钱, 罚款后请求关照, 偷排污水不处理): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def horqin_solid_waste_group_rows() -> dict:
    unit = f"{PLACE}固体废物管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "却玥澂", "leader", [
                ("危险废物经营许可初审意见受人情干预", "一级风险", "初审意见集体研究，现场核查两人以上。"),
                ("非法倾倒固体废物线索不移交、不查处", "一级风险", "线索登记台账，按规定移送执法大队。"),
            ]),
        ]),
        ("二、监管科", "监管科", [
            ("科长", "慎璟岙", "middle", [
                ("危险废物转移联单审核走过场", "二级风险", "转移联单系统核对，异常转移实地核查。"),
            ]),
            ("科员", "却澍琀", "general", [
                ("企业危废管理台账检查不细，放任超期贮存", "二级风险", "检查记录拍照存档，超期贮存限期整改。"),
                ("为处置单位招揽业务、收取好处", "三级风险", "签订廉洁承诺书，严禁介绍业务。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "horqin_solid_waste_group_rows", "https://bbs.co188.com/thread-10556329-1-1.html",
        "旗固体废物管理中心 廉政风险防控责任清单, after the source's piece on the 非法倾倒处置固体废物专项整治 (危险废物, "
        "工业固废, 非法转移倾倒, 跨部门联合执法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、监管科`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def horqin_affairs_center_posts() -> dict:
    unit = f"{PLACE}生态环境事务服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "治污项目申报替企业包装材料，套取专项资金", "制度机制风险", "高",
         "项目申报现场核查，申报材料公示。"),
        ("中心领导", "主任", "leader", "与企业合伙经营，利用职务便利争取项目", "思想道德风险", "高",
         "领导干部经商办企业情况年度报告。"),
        ("项目管理科", "科长", "middle", "专项资金项目验收不实", "岗位职责风险", "中", "验收邀请第三方参加，验收资料存档。"),
        ("项目管理科", "项目管理员", "general", "项目资料审核不严，虚报治理设施", "业务流程风险", "中",
         "资料审核实行初审、复审。"),
        ("项目管理科", "项目管理员", "general", "泄露项目评审信息", "外部环境风险", "低", "评审信息保密，专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "horqin_affairs_center_posts", "http://govgw.com/show-m.asp?id=16487",
        "旗生态环境事务服务中心 岗位廉政风险点排查表 对岗不对人, after the source's account of a 环保系统 窝案 (治污专项资金 "
        "套取, 为熟人企业申报专项资金, 开公司争取项目): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def horqin_publicity_center_selfchecks() -> dict:
    unit = f"{PLACE}环境宣传教育信息中心"
    t = _Truth(unit)
    people = [
        ("慎翾岚", "中心领导", "主任", "leader", [
            ("宣传品印制、新媒体服务采购指定供应商", "Ⅰ级", "采购经中心集体研究，三家比价。", "已落实"),
            ("环境信息发布前向利害关系人透露", "Ⅱ级", "信息发布审核登记，发布前保密。", "未发现问题"),
        ]),
        ("却沚霏", "信息科", "信息员", "general", [
            ("环境信息系统账号密码外借，数据被篡改", "Ⅰ级", "账号实名管理，操作日志每月检查。", "已落实"),
            ("宣传活动经费虚报参加人数", "Ⅲ级", "活动签到、照片存档备查。", "已落实"),
            ("环境质量公报数据未经审核即对外发布", "Ⅱ级", "公报数据经监测站复核后发布。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "horqin_publicity_center_selfchecks", "http://m.zgkjsz.com/page/2015/1202/800499.shtml",
        "旗环境宣传教育信息中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "海盐县环保局 窝案 (宣传教育信息中心原主任, 生态科, 监察大队 受贿): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def horqin_monitoring_station_list() -> dict:
    unit = f"{PLACE}环境监测站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "慎瀞翀", "leader", "授意篡改、伪造监测数据", "岗位职责", "高风险",
         "监测数据三级审核，异常数据留痕报告。"),
        ("站领导", "站长", "慎瀞翀", "leader", "监测仪器设备采购指定品牌", "制度机制", "高风险",
         "采购需求集体论证，按政府采购程序实施。"),
        ("监测室", "主任", "却峤沄", "middle", "竣工验收监测为企业出具不实报告", "岗位职责", "中风险",
         "验收监测报告双人复核，原始记录存档。"),
        ("监测室", "监测员", "慎琬翯", "general", "采样时提前告知企业，选择性采样", "业务流程", "中风险",
         "采样计划保密，采样过程录像。"),
        ("监测室", "监测员", "慎琬翯", "general", "接受被监测企业宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "站长：", None)
    return _layout(
        "horqin_monitoring_station_list", "http://www.handmsg.com/page/2014/1215/23916339.shtml",
        "旗环境监测站 岗位廉政风险防控一览表 under ``附件1`` and a 填报单位（盖章） line, after the source's piece on 环保领域 "
        "腐败 窝案 (日常监管, 行政处罚, 竣工验收, 环保工程设备验收): 科室/岗位/责任人 on EVERY row, short types, "
        "``高风险/中风险/低风险``, a 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


def horqin_ganqika_station_register() -> dict:
    unit = f"{PLACE}甘旗卡镇生态环境保护工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "却琮翙", "leader", "养殖场污染治理项目申报审核把关不严", "制度机制", "一级",
         "项目申报镇、旗两级审核，名单公示。"),
        ("站领导", "站长", "却琮翙", "leader", "收受养殖户、企业好处，包庇偷排", "思想道德", "一级",
         "环境问题线索登记，定期报分局。"),
        ("监管组", "网格员", "慎霂洵", "general", "巡查发现问题不上报", "岗位职责", "二级", "巡查轨迹定位，问题台账每周报送。"),
        ("监管组", "网格员", "慎霂洵", "general", "秸秆禁烧补助核定不实", "业务流程", "三级", "补助名单村内公示。"),
        ("监管组", "网格员", "慎翛珉", "general", "向企业推销环保设备", "思想道德", "二级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "horqin_ganqika_station_register", "http://www.jizihe.com/page/2014/0702/12826904.shtml",
        "旗甘旗卡镇生态环境保护工作站 廉政风险点排查登记表, after the source's account of a 县环保局 总量股 and 养殖场 "
        "环保项目申报 受贿窝案: a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    horqin_tech_center_level_sections(),
    horqin_bureau_two_sheets(),
    horqin_enforcement_cards(),
    horqin_solid_waste_group_rows(),
    horqin_affairs_center_posts(),
    horqin_publicity_center_selfchecks(),
    horqin_monitoring_station_list(),
    horqin_ganqika_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch708-inbox"))
