"""The nine-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's commerce
and market service bodies, 色尼区 (那曲市, 西藏自治区) — its 商务局, 市场服务中心, 物流园区管理办公室,
虫草交易市场管理所, 电子商务服务站, 价格监测站 and two 乡镇商贸服务站 (古露镇, 罗玛镇) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 市场服务中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 物流园区管理办公室's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 虫草交易市场管理所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 电子商务服务站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 古露镇商贸服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 罗玛镇商贸服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``seni_price_station_csv_comma_split``: the 价格监测站's list as its 价格监测 system exported it — a
  ``.csv`` written WITHOUT quoting and opened in Excel (then saved as ``.xlsx``): one heading row
  ``序号 | 单位名称 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` and plain rows (the unit on every
  row), no title, no merges, but
  on the rows whose 风险点 was typed with a HALF-WIDTH COMMA (``,``) Excel split the point at the comma:
  its first part stands under ``廉政风险点``, its second part under ``风险等级``, the level under
  ``防控措施`` and the measures in an unheaded ninth column; the other rows are whole. The README's
  读得懂的表 knows CSV text pasted into ONE cell a row (split by the heading's separators,
  ``ROWS_DELIMITED_IN_ONE_CELL``), rows SHORTER than the heading realigned to its last columns
  (``ROWS_SHIFTED_REALIGNED``), a heading row shifted as a whole (``HEADING_SHIFTED``), CSV text guards
  ``="…"`` and a point cut by width across two cells; it does not describe rows LONGER than the heading
  because a field's own comma split it, the later fields each one column right on those rows only.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区商务局's 政府信息公开 report —
副局长 分管, 办公室 承办, 三级审查; the opening of a 那曲冬虫夏草批零中心 — 交易平台, 商户入驻; a 物流园区's
first tenants — 招商, 入驻企业, 项目建设; a report on 那曲's 虫草交易市场 — 铺面 租赁, 路边 “黑市” 规范,
无证小贩; a 县 电子商务进农村综合示范 专项资金 rule — 资金拨付, 项目申报, 验收; a report on 价格监测点
数据采集 — 定时采集, 监测数据, 上报; a 州 县域商业建设行动 信息公开 rule — 项目资金, 公示, 乡镇商贸; a
paper on 农村集贸市场 — 摊位, 商品质量, 市场管理) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
董 and 廖 with rare given names); every unit is a body of 色尼区.

Run ``python tests/published/score.py --set batch951`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point split at its half-width comma is ONE point, its two parts joined by the
  comma as typed (``价格监测数据采集不按时,事后补录编造``); its level is the level word in the row
  (under ``防控措施`` on the split rows), its measures the unheaded last cell; the truth is the list as
  the rows were typed, one form a holder;
- ``中心领导``, ``所领导``, ``站领导`` (a 部门/股室 cell, a group row) are the 科室 of those leaders; the 商务局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股 or 办公室, a 中心's 部, a 所's
  组 and a 站's 股 or 组 are 科室; a group row ``二、市场管理组`` gives the 科室 ``市场管理组``;
- every station, the 中心, the 办公室 (物流园区管理办公室), the 所 and the 局 are units of their own:
  局长, 副局长, 主任 and 副主任 of the 中心 and the 办公室, 所长, 站长 and 副站长 are leaders; 股长, 组长 and
  the 局's 办公室主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 市场服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b951_"
PLACE = "色尼区"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点 as typed, 风险等级, 防控措施)]); a point with a half-width comma
# was split by Excel at the comma when the unquoted .csv was opened
SPLIT = [
    ("站领导", "站长", "廖澂瑆", "leader", [
        ("价格监测定点单位确定不按条件,照顾关系户", "一级", "定点单位经站务会集体研究确定，结果向社会公告。"),
        ("价格异常波动情况瞒报、迟报", "一级", "异常波动当日报区发改委，报告存档备查。"),
    ]),
    ("监测股", "股长", "董渫琤", "middle", [
        ("监测报表审核走过场,错误数据直接上报", "二级", "报表实行采价员自审、股长复审两级审核。"),
        ("泄露未发布的价格监测信息", "二级", "监测信息发布前严格保密，签订保密承诺书。"),
    ]),
    ("监测股", "价格监测员", "廖泚琇", "general", [
        ("价格监测数据采集不按时,事后补录编造", "一级", "每周三上午定时采价，采价照片同步上传系统。"),
        ("接受监测点经营户宴请和礼品", "三级", "签订廉洁承诺书，采价两人同行。"),
    ]),
    ("综合股", "统计员", "董淢瑷", "general", [
        ("定点单位监测补助发放不按协议", "二级", "补助按协议核定，发放名单公示。"),
    ]),
]  # fmt: skip


def seni_price_station_csv_comma_split() -> dict:
    unit = f"{PLACE}价格监测站"
    sh = _Sheet("风险点导出", [6, 18, 10, 12, 10, 34, 14, 34, 30])
    t = _Truth(unit)
    sh.add("序号", "单位名称", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in SPLIT:
        for point, lv, measures in points:
            n += 1
            # Excel split the unquoted field at its half-width comma: the rest one column right
            sh.add(n, unit, dept, post, who, *point.split(","), lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "seni_price_station_csv_comma_split", "http://sanqinyou.com/Html/2014-4-30/201443017203172079.html",
        "(harder) 区价格监测站 廉政风险点 list exported by its 价格监测 system as an UNQUOTED .csv and opened in Excel, after "
        "the source's report on 价格监测点 数据采集 (定时采集, 监测数据, 汇总上报): one heading row "
        "``序号 | 单位名称 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` and plain rows (no title, no merges, the unit on every row), but on the rows "
        "whose point holds a HALF-WIDTH COMMA the point is split there: its first part under 廉政风险点, its second part "
        "under 风险等级, the level ``一级/二级/三级`` under 防控措施 and the measures in an unheaded ninth column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def seni_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("董翥珩", "局长", "主持全面工作", [
            ("商贸流通项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预市场建设项目招标，为亲友承揽工程打招呼", "一级", "领导干部插手项目登记报告，招标全程进平台。"),
        ]),
        ("廖昶璠", "副局长", "分管政府信息公开、对外贸易", [
            ("依申请公开答复中泄露应保密的信息", "二级", "公开信息实行科室初审、办公室复审、分管领导终审。"),
            ("外贸企业扶持资金申报审核不严", "一级", "申报材料逐项核实，拟扶持名单公示。"),
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
        ("办公室", "主任", "董湉玥", "middle", "政府信息公开保密审查不严", "二级", "落实“谁起草、谁审查、谁负责”，审查单存档。"),
        ("办公室", "主任", "董湉玥", "middle", "公务接待超标准、无公函接待", "三级", "接待一律凭公函，清单随报销单审核。"),
        ("市场运行股", "股长", "廖骞翊", "middle", "成品油、酒类流通备案审核把关不严", "一级",
         "备案材料双人审核，现场核查后办理。"),
        ("市场运行股", "股长", "廖骞翊", "middle", "重要商品储备轮换中收受好处", "二级", "储备轮换公开比选，结果公示。"),
        ("财务股", "会计", "董璟翾", "general", "商贸专项资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "seni_commerce_bureau_two_sheets", "http://www.yanta.gov.cn/xxgk/qzfxxgkml/zfxxgknb/bmxxgknb/2011994504567480322.html",
        "区商务局 廉政风险防控一览表 in TWO SHEETS, after the source's 区商务局 政府信息公开 report (副局长 分管, 办公室 承办, "
        "科室初审 + 办公室复审 + 分管领导终审, 保密审查): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def seni_market_service_center_posts() -> dict:
    unit = f"{PLACE}市场服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "交易平台商户入驻", "商户入驻资格审核中优亲厚友、收受好处", "制度机制风险", "高",
         "入驻条件向社会公布，入驻名单经主任办公会研究后公示。"),
        ("交易服务部", "部长", "middle", "摊位铺面分配", "铺面分配不按公开排号，向关系户倾斜", "岗位职责风险", "高",
         "铺面公开排号分配，分配结果张榜公示。"),
        ("交易服务部", "管理员", "general", "交易秩序巡查", "对场外违规交易睁一只眼闭一只眼", "思想道德风险", "中",
         "巡查两人同行，巡查记录每日上报。"),
        ("交易服务部", "管理员", "general", "产品质量抽检", "抽检样品选择性送检，为商户隐瞒问题", "业务流程风险", "中",
         "抽检样品随机抽取，检测报告公开。"),
        ("财务部", "收费员", "general", "场地管理费收缴", "收取管理费不开票据，截留挪用", "外部环境风险", "高",
         "管理费统一开具票据，当日缴入专户。"),
        ("财务部", "会计", "general", "中心经费报销", "报销单据审核不严，虚列支出", "业务流程风险", "低",
         "报销单据经办人、部长、主任三级签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "seni_market_service_center_posts", "http://www.bmm66.com/news/show-17034.html",
        "区市场服务中心 岗位廉政风险点排查表 对岗不对人, after the source's report on the opening of a 那曲冬虫夏草批零中心 (交易平台, "
        "商户入驻, 安全可靠的交易场所): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def seni_logistics_park_office_cards() -> dict:
    unit = f"{PLACE}物流园区管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "廖翯岷", "主任", "主持办公室全面工作", "leader", [
            ("园区招商中为入驻企业违规许诺优惠政策", "★★★", "招商优惠政策经区政府常务会研究，协议报商务局备案。"),
            ("园区基础设施项目施工单位选定暗箱操作", "★★★", "项目一律进入公共资源交易平台招标。"),
            ("接受入驻企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "董溥琰", "副主任", "分管仓储用地、企业服务", "leader", [
            ("仓储用地和库房出租不按评审结果", "★★", "出租面积和租金经评审小组评定，结果公示。"),
            ("入驻企业考核评价弄虚作假", "★★", "考核数据与企业台账逐项核对，两人签字。"),
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
        "seni_logistics_park_office_cards", "http://info.jctrans.net/news/yq/2016712256829.shtml",
        "区物流园区管理办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's report on a 物流园区's first tenants "
        "(入驻企业, 招商, 一期 项目建设, 基础设施): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def seni_cordyceps_market_group_rows() -> dict:
    unit = f"{PLACE}虫草交易市场管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "董霈珣", "leader", [
                ("市场铺面出租不公开竞租，向关系户倾斜", "一级风险", "铺面出租公开竞租，合同报区商务局备案。"),
                ("虫草交易季临时摊位审批个人说了算", "一级风险", "临时摊位审批集体研究，名单公示。"),
            ]),
        ]),
        ("二、市场管理组", "市场管理组", [
            ("组长", "廖淏峦", "middle", [
                ("对路边“黑市”交易选择性清理", "二级风险", "清理行动联合执法，全程记录。"),
            ]),
            ("管理员", "董沅琮", "general", [
                ("默许无证小贩进场交易，收受好处", "二级风险", "进场商户凭证经营，每日巡查登记。"),
                ("计量器具检查走过场", "三级风险", "计量器具定期检定，检查结果公示。"),
            ]),
        ]),
        ("三、收费组", "收费组", [
            ("收费员", "廖滟珈", "general", [
                ("摊位费收取不开票据，截留挪用", "二级风险", "摊位费统一开具票据，日清月结。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "seni_cordyceps_market_group_rows", "http://www.cnsxc.com/shown-7541",
        "区虫草交易市场管理所 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 那曲's 虫草交易市场 (铺面 抢租, "
        "路边 “黑市” 规范进市场, 无证小贩): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、所领导``, ``二、市场管理组``, ``三、收费组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def seni_ecommerce_station_selfchecks() -> dict:
    unit = f"{PLACE}电子商务服务站"
    t = _Truth(unit)
    people = [
        ("董涴璘", "站领导", "站长", "leader", [
            ("电商进农村项目承建企业申报材料审核不严", "Ⅰ级", "申报材料逐项核实，评审结果报领导小组。", "已落实"),
            ("专项资金拨付不按项目进度", "Ⅱ级", "资金按进度分期拨付，财政、审计全程跟踪。", "未发现问题"),
        ]),
        ("廖汧琬", "业务组", "服务专员", "general", [
            ("村级服务点验收弄虚作假", "Ⅰ级", "验收现场拍照留存，乡镇和村代表签字。", "已落实"),
            ("电商培训签到造假、虚报培训人数", "Ⅲ级", "培训人脸识别签到，名单公示。", "已落实"),
        ]),
        ("董浛瑀", "财务组", "报账员", "general", [
            ("项目报账票据不实", "Ⅰ级", "报账附合同、验收单，双人复核。", "未发现问题"),
            ("物流配送补贴重复申领", "Ⅱ级", "补贴数据与快递系统单量比对。", "已落实"),
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
        "seni_ecommerce_station_selfchecks", "https://huma.gov.cn/huma/c100633/202409/c13_293098.shtml",
        "区电子商务服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 电子商务进农村"
        "综合示范 专项资金 rule (项目申报, 资金拨付, 审计跟踪, 物流配送): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def seni_gulu_town_station_list() -> dict:
    unit = f"{PLACE}古露镇商贸服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "廖瀞璆", "leader", "乡镇商贸中心改造项目实施单位选定不公开", "制度机制", "高风险",
         "实施单位公开比选，结果在镇政务公开栏公示。"),
        ("站领导", "站长", "廖瀞璆", "leader", "县域商业建设项目资金使用情况不公示", "岗位职责", "中风险",
         "项目资金使用情况定期更新公示。"),
        ("市场管理", "管理员", "董澥琪", "general", "便民商店补助对象审核不严", "业务流程", "高风险",
         "补助对象入户核实，名单公示七天。"),
        ("市场管理", "管理员", "董澥琪", "general", "商户检查中吃拿卡要", "思想道德", "低风险",
         "检查两人同行，检查结果当场告知。"),
        ("财务", "出纳", "廖潆琠", "general", "现金收支不及时入账，公款私存", "外部环境", "中风险",
         "现金日清月结，每月与会计对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "seni_gulu_town_station_list", "https://www.diaoai.cn/info/2411/87263.htm",
        "镇商贸服务站 岗位廉政风险防控一览表, after the source's 县域商业建设行动 项目 信息公开 rule (项目资金 使用情况, 公示, "
        "实施单位, 乡镇商贸): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def seni_luoma_town_station_register() -> dict:
    unit = f"{PLACE}罗玛镇商贸服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "董泺瑄", "leader", [
            ("集贸市场摊位分配不公开", "制度机制", "一级", "摊位公开抽签分配，结果公示。"),
            ("市场提升改造资金使用不规范", "岗位职责", "二级", "改造资金专账核算，镇财政所监督。"),
        ]),
        ("市场组", "管理员", "廖滢璐", "general", [
            ("对销售假冒伪劣商品的摊主不制止、不报告", "业务流程", "一级", "每日巡查登记，发现问题即报市场监管所。"),
            ("收取摊主好处，默许占道经营", "思想道德", "三级", "巡查两人同行，群众监督电话公示。"),
        ]),
        ("综合组", "会计", "董洺珺", "general", [
            ("摊位费收支账目不清", "业务流程", "二级", "收支日清月结，每季度张榜公布。"),
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
        "seni_luoma_town_station_register", "https://soolun.net/periodical/c8b991b9b328b3a20520370ba375f41e.html",
        "镇商贸服务站 廉政风险点排查登记表, after the source's paper on 农村集贸市场 (摊位, 商品质量 假冒名牌, 提升改造, 市场管理): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    seni_price_station_csv_comma_split(),
    seni_commerce_bureau_two_sheets(),
    seni_market_service_center_posts(),
    seni_logistics_park_office_cards(),
    seni_cordyceps_market_group_rows(),
    seni_ecommerce_station_selfchecks(),
    seni_gulu_town_station_list(),
    seni_luoma_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch951-inbox"))
