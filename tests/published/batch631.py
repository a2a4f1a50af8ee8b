"""The six-hundred-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 政务服务 and
大数据 bodies, 惠农区 (of 石嘴山市, 宁夏回族自治区) — its 政务服务管理局, 行政审批服务局, 大数据中心,
12345政务服务便民热线中心, 政务服务中心, 公共资源交易中心, 红果子镇便民服务中心 and 政务数据管理服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 政务服务管理局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column;
- the 大数据中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no names;
- the 12345政务服务便民热线中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  工作职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 政务服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 公共资源交易中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 红果子镇便民服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  every row, short types, ``高风险/中风险/低风险``;
- the 政务数据管理服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``huinong_approval_bureau_holders_by_point_numbers``: the 行政审批服务局's 政务服务事项廉政风险防控清单,
  ONE ROW A 政务服务事项 (``序号 | 承办科室 | 政务服务事项 | 廉政风险点 | 责任岗位及责任人（括号内为负责的风险点序号） |
  防控措施``): the ``廉政风险点`` cell numbers two or three points one a line, each closing with its
  level in brackets (``1.…（一级）⏎2.…（二级）``), and the holders' cell lists the row's holders one a
  line, each a post and a name followed by the numbers of the points HE holds
  (``首席代表　师琰翀（1、2）⏎审批员　广沄璆（3）``) — so a row's points are split among its holders by
  the numbers in their brackets, a point may be two holders', and a holder's points gather from
  several rows. The README's 读得懂的表 knows numbered points each with its bracketed level, a
  ``责任岗位`` and a ``责任人`` cell paired one a line (every pair holds the row's one point), a
  ``风险等级`` cell giving each grade's point numbers (``一级：2⏎二级：1、3``), a 分工表 apart from the list
  naming each person's point numbers by the list's 序号, and ``A岗:周敏⏎B岗:高翔`` (two holders of the
  whole row); it does not describe a holders' cell inside the row whose every line names a holder
  and, in brackets, which of the row's numbered points are his.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 政务服务中心 综合窗口 作风建设推进会 —
迟到早退, 上班玩手机; a 12345热线 page — 受理, 转办, 限时办理, 回访评价; two articles on 政务数据共享 —
数据安全, 授权管理, 第三方委托; a 县政务服务中心 “比学习、比服务、比业绩” — 抽检, 电话回访; a 自治区
政务服务 work plan — 电子招投标, 收费 POS 结算, 联合审批; two 12345热线 guides — 工单, 派单, 投诉) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 师 and 广 with rare given names); every unit
is a body of 惠农区 (the place name is in no earlier batch's unit).

Run ``python tests/published/score.py --set batch631`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each line of the holders' cell is one holder (post, then name), the row's
  ``承办科室`` his 科室; he holds the numbered points written in his brackets, each with its own
  bracketed level (the bracket taken off, the number ``1.`` left off); a point in two holders'
  brackets is both holders'; one form a holder over all rows; ``政务服务事项`` and ``防控措施`` name no
  holder; the ``注：`` line and the sign-off line are no points;
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 中心 are leaders, 科长 middle,
  the rest (科员, 审批员, 首席代表, 话务员, 工单派遣员, 窗口受理员 …) general; ``中心领导``, ``局领导`` are the
  科室 of those leaders; the cards' leaders have no 科室;
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

PREFIX = "b631_"
PLACE = "惠农区"
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

# (承办科室, 政务服务事项, [(point, level)], [(post, name, tier, point numbers)], 防控措施)
MATTERS = [
    ("社会事务审批科", "民办学校办学许可", [
        ("办学条件现场核查走过场，降低标准许可", "一级"),
        ("为申请人指定中介机构代办材料", "二级"),
        ("许可决定超时限办理、压件不办", "三级"),
    ], [("首席代表", "师琰翀", "general", (1, 2)), ("审批员", "广沄璆", "general", (2, 3))],
     "现场核查两人以上并录像，审批全程网上留痕，超时自动预警。"),
    ("社会事务审批科", "医疗机构执业登记", [
        ("执业登记材料审查把关不严", "二级"),
        ("接受申请单位宴请、礼品", "一级"),
    ], [("科长", "师翾岺", "middle", (1, 2)), ("首席代表", "师琰翀", "general", (2,))],
     "实行审查、审批分离，签订廉洁服务承诺书。"),
    ("投资建设审批科", "建设工程规划许可", [
        ("规划指标审查随意变通", "一级"),
        ("联合审批中泄露企业商业信息", "二级"),
        ("容缺受理后补正材料不跟踪", "三级"),
    ], [("科长", "广翊湄", "middle", (1,)), ("审批员", "广瑀汀", "general", (2, 3))],
     "规划指标经技术审查会集体审定，联合审批资料专人保管。"),
    ("投资建设审批科", "施工许可证核发", [
        ("施工许可前置条件审查不严", "二级"),
        ("以“帮办代办”名义收取好处", "一级"),
    ], [("审批员", "广瑀汀", "general", (1, 2)), ("科长", "广翊湄", "middle", (2,))],
     "帮办代办服务免费公开，群众满意度回访。"),
]  # fmt: skip


def _numbered(items: list[tuple[str, str]]) -> str:
    return "\n".join(f"{i}.{point}（{lv}）" for i, (point, lv) in enumerate(items, 1))


def _holders_cell(holders) -> str:
    return "\n".join(
        f"{post}{GAP}{who}（{'、'.join(str(n) for n in nums)}）" for post, who, _t, nums in holders
    )


def huinong_approval_bureau_holders_by_point_numbers() -> dict:
    unit = f"{PLACE}行政审批服务局"
    sh = _Sheet("事项清单", [6, 14, 16, 44, 30, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}政务服务事项廉政风险防控清单", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "承办科室", "政务服务事项", "廉政风险点（分条编号，括号内为风险等级）",
           "责任岗位及责任人（括号内为负责的风险点序号）", "防控措施")  # fmt: skip
    points: dict[tuple[str, str, str], list] = {}
    for i, (dept, matter, items, holders, measures) in enumerate(MATTERS, 1):
        sh.add(i, dept, matter, _numbered(items), _holders_cell(holders), measures)
        for post, who, tier, nums in holders:
            for n in nums:
                point, lv = items[n - 1]
                points.setdefault((dept, post, who), [tier]).append((point, GRADES[lv]))
    first = len(sh.rows) - len(MATTERS)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    for (dept, post, who), (tier, *pts) in points.items():
        for point, lv in pts:
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _line(sh, "注：一个事项涉及多个岗位的，在责任人后括号内注明其负责的风险点序号。", 6)
    sh.add("填表：", None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "huinong_approval_bureau_holders_by_point_numbers", "https://rikaze.xzdw.gov.cn/jrrkz/202511/t20251117_624468.html",
        "(harder) 区行政审批服务局 政务服务事项廉政风险防控清单, after the source's 行政审批和便民服务局 政务服务中心 综合窗口 "
        "作风建设推进会 (综合窗口工作人员, 迟到早退, 上班玩手机): a title, a 填报单位 line, then ONE ROW A 政务服务事项 "
        "(序号/承办科室 merged/政务服务事项), the 廉政风险点 cell numbering two or three points one a line each closing with "
        "its level ``（一级）``, and a 责任岗位及责任人 cell listing the row's holders one a line, each ``post　name`` "
        "followed by the numbers of the points he holds in brackets ``（1、2）``; 防控措施; a ``注：`` line and a sign-off",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huinong_government_service_bureau_list() -> dict:
    unit = f"{PLACE}政务服务管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "师珺翯", "leader", [
            ("政务服务平台建设项目采购干预评审", "一级", "项目采购进入公共资源交易平台，局党组集体研究。"),
            ("进驻部门窗口考核打招呼、定等次", "二级", "考核按量化细则打分，结果公示。"),
        ]),
        ("局领导", "副局长", "广琤璠", "leader", [
            ("“好差评”差评整改核查走过场", "二级", "差评件逐件回访，整改情况通报。"),
        ]),
        ("政务服务股", "股长", "师沨瑗", "middle", [
            ("窗口人员迟到早退、脱岗问题隐瞒不报", "三级", "每日考勤通报，纪检组不定期暗访。"),
            ("帮办代办服务收取费用", "一级", "帮办代办一律免费，服务监督电话公开。"),
        ]),
        ("综合股", "会计", "广岫澂", "general", [
            ("窗口运行经费报销票据审核不严", "二级", "报销单据三级审核，每季度公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huinong_government_service_bureau_list", "http://m.news.wmxa.cn/n/201411/175441.html",
        "区政务服务管理局 岗位廉政风险防控一览表, after the source's 县政务服务中心 “比学习、比服务、比业绩” (先进窗口, 抽检监察, "
        "电话回访, 限期整改): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def huinong_big_data_center_posts() -> dict:
    unit = f"{PLACE}大数据中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "政务云服务采购需求量身定制", "制度机制风险", "高",
         "采购需求经专家论证，采购结果公示。"),
        ("数据资源科", "科长", "middle", "违规向第三方提供政务共享数据", "岗位职责风险", "高",
         "数据共享按授权审批，调用全程留痕审计。"),
        ("数据资源科", "科长", "middle", "数据共享申请审核把关不严", "业务流程风险", "中",
         "共享申请实行部门申请、中心审核、分管领导审批。"),
        ("数据资源科", "数据管理员", "general", "利用数据查询权限泄露个人信息", "思想道德风险", "中",
         "查询账号实名管理，敏感数据脱敏。"),
        ("运维保障科", "科长", "middle", "运维服务外包验收不严", "外部环境风险", "中",
         "运维服务按月考核，验收两人以上签字。"),
        ("运维保障科", "系统管理员", "general", "机房设备出入库不登记", "业务流程风险", "低",
         "设备出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "huinong_big_data_center_posts", "https://fx361.cc/page/2024/0120/23054394.shtml",
        "区大数据中心 岗位廉政风险点排查表 对岗不对人, after the source's article on 政务数据共享 与 数据安全监管 (数据泄漏, "
        "第三方项目委托, 个人隐私, 分类分级): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huinong_hotline_cards() -> dict:
    unit = f"{PLACE}12345政务服务便民热线中心"
    t = _Truth(unit)
    cards = [
        ("主任", "师湛翎", "主任", "主持热线中心全面工作", "leader", [
            ("工单办结率、满意率数据弄虚作假", "★★★", "办结数据系统自动统计，每月抽查回访。"),
            ("话务外包服务商选定暗箱操作", "★★★", "外包服务进入交易平台公开采购。"),
            ("接受承办单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("工单派遣员", "广珩沅", "工单派遣员", "负责工单分类派遣和督办", "general", [
            ("收受好处后随意退单、改派工单", "★★", "退单改派须经值班长审核，系统留痕。"),
            ("擅自将诉求人信息透露给被投诉单位", "★★", "诉求人信息加密，违规查询追责。"),
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
        "huinong_hotline_cards", "http://lwstw.com/liuxuezixunxinxi/l0wqpxmyab.html",
        "区12345政务服务便民热线中心 岗位廉政风险防控卡, one sheet a person, after the source's page on 12345热线 (受理, 转办, "
        "限时办理, 满意度测评, 办结回访): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huinong_service_center_group_rows() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "广澍岍", "leader", [
                ("进驻事项调整不经集体研究", "一级风险", "进驻事项调整经主任办公会研究并公示。"),
            ]),
        ]),
        ("二、综合窗口科", "综合窗口科", [
            ("科长", "师玥潆", "middle", [
                ("综合窗口受理后压件、体外循环", "一级风险", "受理件全部录入系统，超时预警。"),
                ("窗口人员考勤弄虚作假", "二级风险", "人脸识别考勤，每周通报。"),
            ]),
            ("窗口受理员", "广淏珝", "general", [
                ("对申请人吃拿卡要、故意刁难", "二级风险", "设置“办不成事”反映窗口，服务评价公开。"),
                ("一次性告知不到位，让群众多跑", "三级风险", "推行一次性告知单，首问负责。"),
            ]),
        ]),
        ("三、督查考核科", "督查考核科", [
            ("科长", "师岚珣", "middle", [
                ("暗访发现的问题隐瞒不报", "二级风险", "暗访结果集体研判，按月通报。"),
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
        "huinong_service_center_group_rows", "https://semh8.com/ypdq/7554.html",
        "区政务服务中心 廉政风险防控责任清单, after the source's guide to 12345 投诉 (政务咨询, 投诉举报, 行政效能, 工单编号): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、综合窗口科``, ``三、督查考核科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huinong_trading_center_selfchecks() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    t = _Truth(unit)
    people = [
        ("师翀岙", "交易服务科", "科长", "middle", [
            ("为投标人透露潜在投标人名称、数量", "Ⅰ级", "投标人信息保密，开标前系统加密。", "已落实"),
            ("开评标场所管理不严，评标专家与投标人接触", "Ⅰ级", "评标区封闭管理，通讯工具统一保管。", "未发现问题"),
        ]),
        ("广湉琇", "信息科", "系统管理员", "general", [
            ("电子招投标系统权限违规设置", "Ⅱ级", "系统权限分级审批，操作日志留存。", "已落实"),
            ("交易资料归档不全、随意借阅", "Ⅲ级", "资料借阅登记，专人保管。", "已落实"),
            ("交易服务费收取不走 POS 结算", "Ⅱ级", "服务费统一由银行代收，窗口不收现金。", "已落实"),
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
        "huinong_trading_center_selfchecks", "http://fsou.com/html/text/lar/173520/17352099_2.html",
        "区公共资源交易中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政务服务 "
        "work plan (电子招投标系统, 公正的公共资源交易, 审批收费 POS 结算, 联合审批): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def huinong_hongguozi_service_center_list() -> dict:
    unit = f"{PLACE}红果子镇便民服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "师瑷岫", "leader", "代办事项收费不公开", "制度机制", "高风险",
         "代办事项免费，公示代办清单。"),
        ("中心领导", "主任", "师瑷岫", "leader", "村级代办员选用优亲厚友", "思想道德", "中风险",
         "代办员选用经班子集体研究。"),
        ("综合服务窗口", "窗口受理员", "广翮澜", "general", "社保、医保业务办理优亲厚友", "岗位职责", "中风险",
         "业务办理按顺序叫号，全程留痕。"),
        ("综合服务窗口", "窗口受理员", "广翮澜", "general", "残疾人补贴申请材料审核不严", "业务流程", "高风险",
         "申请材料村级初审、中心复审、公示。"),
        ("综合服务窗口", "代办员", "师岍璆", "general", "替群众代办时索要财物", "外部环境", "低风险",
         "代办回访，群众评价公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "huinong_hongguozi_service_center_list", "https://semh8.com/jf/10092.html",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's guide to 12345 政务服务便民热线 (政务窗口态度差, 投诉举报, "
        "民生求助): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def huinong_data_service_center_register() -> dict:
    unit = f"{PLACE}政务数据管理服务中心"
    sh = _Sheet("登记表", [6, 14, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "广玧翾", "leader", [
            ("数据开放目录编制受人请托", "思想道德", "二级", "目录编制经专家评审、集体审定。"),
            ("信息化项目验收降低标准", "制度机制", "一级", "项目验收邀请第三方参加。"),
        ]),
        ("数据共享科", "科长", "师沄琤", "middle", [
            ("共享数据授权超出申请范围", "岗位职责", "一级", "授权按最小必要原则，定期复核。"),
        ]),
        ("数据共享科", "科员", "广琬岚", "general", [
            ("接口调用日志不按期审计", "业务流程", "二级", "日志每月审计并报告。"),
            ("私自拷贝共享数据", "外部环境", "三级", "终端禁用移动存储，数据水印。"),
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
        "huinong_data_service_center_register", "http://ihrv.cn/article/3000141031",
        "区政务数据管理服务中心 廉政风险点排查登记表, after the source's article on 政务数据共享的授权管理 (访问控制策略, 数据使用需求, "
        "授权决策机制): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huinong_approval_bureau_holders_by_point_numbers(),
    huinong_government_service_bureau_list(),
    huinong_big_data_center_posts(),
    huinong_hotline_cards(),
    huinong_service_center_group_rows(),
    huinong_trading_center_selfchecks(),
    huinong_hongguozi_service_center_list(),
    huinong_data_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch631-inbox"))
