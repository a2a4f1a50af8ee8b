"""The nine-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's housing-fund
and real-estate bodies, 噶尔县 (阿里地区, 西藏自治区) — its 住房公积金管理中心噶尔管理部, 不动产登记中心,
房产交易所, 物业管理办公室, the 住房和城乡建设局's 住房保障股, 城镇燃气站 and two 乡镇规划建设站 (狮泉河镇,
昆莎乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公积金管理部's 一览表 in TWO SHEETS: ``部领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 不动产登记中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 房产交易所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 物业管理办公室's 清单 under GROUP ROWS ``一、办公室领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 住房和城乡建设局's 住房保障股 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 城镇燃气站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 狮泉河镇规划建设站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gaer_kunsha_station_numbers_as_dates``: the 昆莎乡规划建设站's 岗位廉政风险点一览表 in the shape
  the docs know (a holder row ``1 | 站长 | 姓名 | 岗位职责`` with the risk columns empty, and under it
  rows numbered ``1-1``, ``1-2`` … that carry only the point, level and measures), pasted into Excel
  from the station's Word copy: EXCEL TURNED EVERY SUB-NUMBER INTO A DATE on the paste (``1-1`` into
  1 January, ``2-3`` into 3 February of the year pasted), so the 序号 cells of the point rows are
  date cells shown as ``2025年1月1日`` … while the holder rows keep their whole numbers ``1 2 3``.
  The docs describe the ``1`` over ``1-1``/``1-2`` rows, date cells of a 填表时间 and sign-off lines,
  and print labels or OCR look-alikes that a conversion leaves; they do not describe numbering that
  Excel's automatic date conversion rewrote into dates.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (长沙's 住房公积金 骗提骗贷 处理办法 —
虚假购房合同, 虚假证明, 提取, 贷款; 泰宁县不动产登记中心's 业务流程与岗位职责 — 受理, 审核, 登簿,
缮证, 收费, 发证, 归档; a notice on 商品房销售和网签备案 — 网签, 备案, 预售; a paper on 房地产开发和物业管理
— 物业服务, 维修; a 廉租住房租赁补贴发放 实施方案 — 资格审核, 补贴发放; a 开发区建设局's 燃气站点
安全检查 — 台账, 整改通知书; 西藏's 农牧民安居工程 — 安居房, 分批建设; a 乡 building 藏式新房 under
安居工程) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 墨 and 哈 with rare given names);
every unit is a body of 噶尔县.

Run ``python tests/published/score.py --set batch911`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a date cell in the 序号 column of a row that carries a point, a level and
  measures (and no post or name) is that row's sub-number ``m-d``; the row's point belongs to the
  holder row (whole number, post, name, duties) above it; ``岗位职责`` is no point;
- ``办公室领导``, ``站领导`` (a group row, a 部门/股室 cell) are the 科室 of those leaders; the
  公积金管理部's leaders (sheet ``部领导``), the cards' leaders and the harder file's holders (no 科室
  column) have no 科室; a 管理部's or a 中心's 股, a 站's 组 and the 住建局's 住房保障股 are 科室;
- the 管理部, every 中心, 所, 办公室 and 站 and the 住建局 are units of their own: 主任, 副主任, 所长,
  副所长, 站长 and 副站长 are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and ``填表时间``
  are no points and name no holder; the 不动产登记中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b911_"
PLACE = "噶尔县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
PASTED = 2025  # the year Excel put into the sub-numbers it took for dates


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, 岗位职责, [(廉政风险点, 风险等级, 防控措施)])
DATED = [
    ("站长", "哈澈嵘", "leader", "主持规划建设站全面工作，负责农牧民安居工程组织实施", [
        ("安居工程施工队伍选定中优亲厚友", "高", "施工队伍由乡党委会集体研究确定，结果在村务公开栏公示。"),
        ("安居房补助对象审核把关不严", "高", "补助对象村评议、乡审核、县复核，三榜公示。"),
        ("接受施工方宴请和礼品", "低", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("副站长", "墨沄峤", "leader", "分管村庄规划、乡村建设规划许可", [
        ("乡村建设规划许可审查不按规划条件", "高", "许可审查两人以上，核发前集体研究。"),
        ("违法建设巡查发现后不制止、不上报", "中", "巡查台账每周上报，乡纪委抽查。"),
    ]),
    ("技术员", "哈湲昳", "general", "负责安居房施工质量检查和竣工验收", [
        ("安居房竣工验收走过场，质量不合格签字通过", "中", "验收邀请村干部和农牧民代表参加，现场拍照存档。"),
        ("建材用量核算虚报，套取补助资金", "中", "建材用量按户核算，报乡财政所复核。"),
    ]),
]  # fmt: skip


def gaer_kunsha_station_numbers_as_dates() -> dict:
    unit = f"{PLACE}昆莎乡规划建设站"
    sh = _Sheet("一览表", [14, 10, 10, 30, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    for n, (post, who, tier, duties, points) in enumerate(DATED, 1):
        sh.add(n, post, who, duties, None, None, None)
        for i, (point, lv, measures) in enumerate(points, 1):
            # ``n-i`` typed in Word, pasted into Excel: 1 January, 2 January … of the year pasted
            sh.add(datetime(PASTED, n, i), None, None, None, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "gaer_kunsha_station_numbers_as_dates", "https://www.gov.cn/jrzg/2006-07/27/content_347669.htm",
        "(harder) 乡规划建设站 岗位廉政风险点一览表, after the source's 乡 building 藏式新房 under the 农牧民安居工程: a title, "
        "``序号 | 岗位 | 姓名 | 岗位职责 | 廉政风险点 | 风险等级 | 防控措施``, a HOLDER ROW ``1 | 站长 | name | duties`` "
        "(risk columns empty) over point rows numbered ``1-1``, ``1-2`` … — pasted from Word, so EXCEL TURNED EVERY "
        "SUB-NUMBER INTO A DATE (the 序号 cells of the point rows are date cells, 2025-01-01, 2025-01-02, 2025-02-01 …, "
        "shown ``2025年1月1日``); levels 高/中/低; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaer_housing_fund_two_sheets() -> dict:
    unit = f"{PLACE}住房公积金管理中心噶尔管理部"
    t = _Truth(unit)
    lead = _Sheet("部领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("墨翀屾", "主任", "主持管理部全面工作", [
            ("大额公积金贷款审批个人说了算", "高", "大额贷款经部务会集体审议，审批记录存档。"),
            ("为亲友违规办理公积金提取打招呼", "高", "领导干部插手业务办理登记报告，提取全程留痕。"),
        ]),
        ("哈昶沄", "副主任", "分管归集、提取业务", [
            ("对骗提骗贷线索不核查、不移交", "高", "疑似骗提骗贷资料扫描留存，暂停办理并报中心核查。"),
            ("缓缴、降低缴存比例审批把关不严", "中", "缓缴申请经职工代表讨论，报中心审批。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("提取贷款股", "股长", "墨岧湉", "middle", "以虚假购房合同、虚假票据办理提取审核不严", "高",
         "购房合同、发票与不动产登记信息联网核验。"),
        ("提取贷款股", "股长", "墨岧湉", "middle", "贷款担保、抵押手续审查不严", "中", "抵押登记凭证由不动产登记中心出具，双人复核。"),
        ("归集管理股", "科员", "哈琮嶙", "general", "为单位违规调整缴存基数、补缴公积金", "中", "缴存基数调整凭工资发放表，系统校验。"),
        ("财务股", "会计", "墨汧昀", "general", "公积金增值收益核算不实", "中", "增值收益按月核算，报中心财务审核。"),
        ("财务股", "会计", "墨汧昀", "general", "贷款发放与还款账务不及时核对", "低", "每月与受托银行对账，差错书面说明。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gaer_housing_fund_two_sheets", "http://m.789yingshi.cn/baike/64287.html",
        "公积金管理部 廉政风险防控一览表 in TWO SHEETS, after the source's 住房公积金 骗提骗贷 处理办法 (虚假购房合同、票据、证明, "
        "提取, 贷款, 不良行为登记): sheet 部领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gaer_registry_centre_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "登记核定", "对不符合登记条件的申请授意核定登簿", "岗位职责风险", "一级",
         "核定实行初审、复审、核定三级把关，疑难件集体研究。"),
        ("登记业务股", "受理员", "general", "受理查验", "对申请材料查验不严，受理虚假申请", "业务流程风险", "一级",
         "身份证件联网核验，一次性告知留存。"),
        ("登记业务股", "审核员", "general", "审核", "与中介人员勾结，违规加快或拖延办理", "外部环境风险", "二级",
         "办件按序流转，超时系统预警。"),
        ("登记业务股", "缮证员", "general", "缮证发证", "证书缮写、发放不登记，违规代领", "制度机制风险", "三级",
         "证书领取核验本人身份，签字登记。"),
        ("档案信息股", "档案管理员", "general", "档案查询", "违规查询、泄露权利人登记信息", "思想道德风险", "一级",
         "查询凭申请书和身份证明，系统留痕。"),
        ("档案信息股", "收费员", "general", "登记收费", "不按标准收费，收费不开票据", "业务流程风险", "二级",
         "收费标准上墙公示，统一开具财政票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "gaer_registry_centre_posts", "http://www.fjtn.gov.cn/zwgk/zdxxgk/bdcdjgs/202309/t20230905_1939955.htm",
        "县不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's 不动产登记中心 业务流程与岗位职责 (受理, 审核, 登簿, "
        "缮证, 收费, 发证, 归档, 查询): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gaer_housing_exchange_cards() -> dict:
    unit = f"{PLACE}房产交易所"
    t = _Truth(unit)
    cards = [
        ("所长", "哈岵澍", "所长", "主持交易所全面工作", "leader", [
            ("商品房预售许可初审中为开发企业放宽条件", "★★★", "预售许可材料报县住建局集体审查，结果公示。"),
            ("违规为开发企业解除网签合同", "★★★", "网签合同撤销须买卖双方到场申请，报局备案。"),
            ("接受开发企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "墨洺翙", "副所长", "分管网签备案、交易资金监管", "leader", [
            ("预售资金监管账户拨付审核不严", "★★", "资金拨付凭工程进度节点，监管银行复核。"),
            ("存量房交易备案材料审查走过场", "★★", "备案材料双人审查，系统留痕。"),
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
        "gaer_housing_exchange_cards", "http://fengdujob.net/go/关于规范商品房销售和网签备案行为的通知.html",
        "县房产交易所 领导干部廉政风险防控卡, one sheet a leader, after the source's notice on 商品房销售和网签备案 (网签, 备案, "
        "预售, 解除合同): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gaer_property_office_group_rows() -> dict:
    unit = f"{PLACE}物业管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "哈溥峘", "leader", [
                ("前期物业服务企业选聘中暗箱操作", "高风险", "前期物业招投标进平台，评标专家随机抽取。"),
                ("物业服务企业信用评价打人情分", "中风险", "信用评价按细则量化打分，结果公示。"),
            ]),
        ]),
        ("二、维修资金管理股", "维修资金管理股", [
            ("股长", "墨澧昕", "middle", [
                ("专项维修资金使用申请审核不严", "高风险", "使用申请须经业主表决，现场核实维修项目。"),
            ]),
            ("科员", "哈湛峄", "general", [
                ("维修资金划拨不按审定金额", "中风险", "划拨凭审定预算，双人复核。"),
                ("维修工程验收签字不实", "低风险", "验收邀请业主代表参加，照片存档。"),
            ]),
        ]),
        ("三、物业监管股", "物业监管股", [
            ("科员", "墨岚淏", "general", [
                ("物业服务投诉处理中偏袒物业企业", "中风险", "投诉办理限时回复，回访业主。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "gaer_property_office_group_rows", "http://m.pmceo.com/showinfo-125-186865-0.html",
        "县物业管理办公室 廉政风险防控责任清单 under GROUP ROWS, after the source's paper on 房地产开发和物业管理 (物业服务, 开发企业, "
        "售后维修): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group rows "
        "``一、办公室领导``, ``二、维修资金管理股``, ``三、物业监管股`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def gaer_housing_security_selfchecks() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    people = [
        ("哈峋漪", "住房保障股", "股长", "middle", [
            ("保障性住房申请资格审核把关不严", "一级风险", "申请资格与民政、不动产登记信息比对，公示后审批。", "已落实"),
            ("公租房分配不按轮候顺序", "一级风险", "分配现场摇号，纪检人员全程监督。", "未发现问题"),
        ]),
        ("墨泫岫", "住房保障股", "科员", "general", [
            ("廉租住房租赁补贴发放对象审核不实", "二级风险", "补贴对象入户核查，每年复核。", "已落实"),
            ("补贴资金发放台账登记不全", "三级风险", "补贴资金通过银行代发，台账每月核对。", "已落实"),
        ]),
        ("哈沣崧", "住房保障股", "科员", "general", [
            ("对转租、转借保障房不清退", "二级风险", "每年开展入住情况巡查，违规入住限期清退。", "未发现问题"),
            ("公租房租金收缴不及时入账", "二级风险", "租金缴入财政专户，收据联号使用。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "股长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaer_housing_security_selfchecks",
        "https://abg.baidu.com/tags/giydemjleazdamrrytvmdlwx4ll2dn5727rmdxvsxhgptn5cw7c3tjgx67fllsvjw663boa11",
        "县住建局 住房保障股 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 廉租住房租赁补贴"
        "发放 实施方案 (资格审核, 补贴发放, 公示): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 股长意见：``",
        sheets, t,
    )  # fmt: skip


def gaer_gas_station_list() -> dict:
    unit = f"{PLACE}城镇燃气站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "哈淇峦", "leader", "燃气设施维修、钢瓶采购指定供应商", "制度机制", "Ⅰ级",
         "采购三家比价，站务会集体研究。"),
        ("站领导", "站长", "哈淇峦", "leader", "安全检查发现隐患不下达整改通知书", "岗位职责", "Ⅱ级",
         "隐患整改通知书编号管理，限期整改销号。"),
        ("安全检查组", "安全员", "墨瀛昱", "general", "燃气管理台账登记不实，检查走过场", "业务流程", "Ⅱ级",
         "检查全程拍照，台账每月抽查。"),
        ("安全检查组", "安全员", "墨瀛昱", "general", "接受用户、商户好处，放松检查", "思想道德", "Ⅲ级",
         "检查两人以上同行，签订廉洁承诺书。"),
        ("营业厅", "收费员", "哈溟岱", "general", "燃气费收缴不开票据，截留挪用", "外部环境", "Ⅰ级",
         "燃气费统一开具票据，当日缴入专户。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "gaer_gas_station_list", "https://deaufficio.com/kfq/ztzl/zlzh/194654301.html",
        "县城镇燃气站 岗位廉政风险防控一览表, after the source's 燃气站点 安全检查 (燃气管理台账, 静电消除装置, 整改通知书, "
        "限期整改销号): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def gaer_shiquanhe_station_register() -> dict:
    unit = f"{PLACE}狮泉河镇规划建设站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "墨渟岿", "leader", [
            ("安居工程建设项目验收不严", "制度机制", "一级", "验收组由镇、村和农牧民代表组成。"),
            ("安居工程补助资金拨付不按进度", "岗位职责", "二级", "补助资金按分批建设进度拨付，结果公示。"),
        ]),
        ("村镇建设组", "技术员", "哈沚昕", "general", [
            ("农房施工质量检查弄虚作假", "业务流程", "一级", "质量检查拍照留存，站长抽查。"),
        ]),
        ("规划管理组", "管理员", "墨濯峥", "general", [
            ("农村建房选址审查不按村庄规划", "业务流程", "二级", "选址现场踏勘两人以上，村委会签字。"),
            ("为亲友违规出具建房审查意见", "思想道德", "三级", "审查意见集体研究，每季度核查。"),
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
        "gaer_shiquanhe_station_register", "http://district.ce.cn/newarea/roll/201309/13/t20130913_1492012.shtml",
        "镇规划建设站 廉政风险点排查登记表, after the source's 农牧民安居工程建设 (安居房, 分年分批建设): a title, 序号/股室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` "
        "line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaer_kunsha_station_numbers_as_dates(),
    gaer_housing_fund_two_sheets(),
    gaer_registry_centre_posts(),
    gaer_housing_exchange_cards(),
    gaer_property_office_group_rows(),
    gaer_housing_security_selfchecks(),
    gaer_gas_station_list(),
    gaer_shiquanhe_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch911-inbox"))
