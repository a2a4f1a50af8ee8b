"""The eight-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建 and
城管 bodies, 且末县 (of 巴音郭楞蒙古自治州, 新疆维吾尔自治区) — its 住房和城乡建设局, 城市管理综合执法局,
园林绿化管理站, 房产管理所, 市政工程管理所, 环境卫生管理所 and 住房保障和房屋征收服务中心 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 城市管理综合执法局's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``, a sign-off line;
- the 园林绿化管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 房产管理所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 市政工程管理所's 责任清单 under GROUP ROWS ``一、所领导`` … ``三、设施养护股`` merged across (no
  股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 环境卫生管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 住房保障和房屋征收服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qiemo_quality_station_duplicate_cards``: the 建设工程质量安全监督站's 廉政风险告知卡, one sheet a
  holder, each card printed ONE SHEET TWICE (一式两份) — the upper copy ``（第一联　本人留存）``, a
  ``✂ …沿此线裁开…`` cut line, then the lower copy ``（第二联　站存档）``, the same title, the same
  ``姓　名 | … | 岗　位 | …`` and ``所在股室`` label rows and the same ``序号 | 廉政风险点 | 风险等级 |
  防控措施`` table, row for row. The holder's points are the rows of ONE copy: the second 联 repeats
  them and adds none. The README's 读得懂的表 knows one sheet a person, cards tiled side by side and
  merged into one table a person, a wide table split over two sheets, a 续表 sheet, rows cut by a
  page break; it does not describe one card printed twice down one sheet as two 联 separated by a
  cut line (a filing copy), where the second copy is not further points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省 专项巡视 of the 住建 system —
政务大厅 窗口 吃拿卡要, 轮番检查骚扰企业; a report on 建筑企业资质 审批 and 评审 corruption; a comment on a
城管 fine for 开业花篮 on the 人行道 — 占道经营, 提前报备; a comment on the same case — 创文创卫, 自由裁量,
先行劝导; a study of 园林绿化养护 市场化 — 日检, 月检, 扣罚, 计分; a city's 城镇老旧小区改造 实施意见; a
示范区 城镇燃气/集中供热 管理办法 — 燃气设施工程, 质量安全监督手续; a report on 农村危房改造补助资金 not
reaching the households — 补助名单, 一折通) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
甘 and 尤 with rare given names); every unit is a body of 且末县.

Run ``python tests/published/score.py --set batch876`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is ONE form (the holder of its label rows) whose points are the
  rows of one 联, each once, with its level; the second 联, the cut line, ``注：`` and the
  告知人/被告知人 lines are no points; ``所在股室`` gives the 科室 (``站领导`` for the 站长);
- ``局领导`` (a sheet without 科室 column) and the 房产管理所's cards have no 科室; ``所领导`` (a group
  row) and ``中心领导`` (a 股室 cell) are the 科室 of those leaders; a 局's 股, a 所's or 站's 股 and the
  城管局's 执法大队 are 科室; a group row ``二、工程股`` gives the 科室 ``工程股`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 站长, 所长, 副所长 and the 中心's 主任 are leaders; 股长,
  大队长 and 中队长 middle; the rest (执法队员, 出纳, 会计, 技术员, 审核员, 质量监督员, 安全监督员, 环卫队长
  of a 所's 队, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 园林绿化管理站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b876_"
PLACE = "且末县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
COPIES = ("（第一联　本人留存）", "（第二联　站存档）")
CUT = "✂- - - - - - - - - - - - - - - - 沿此线裁开 - - - - - - - - - - - - - - - -"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (name, 所在股室, post, tier, [(廉政风险点, 风险等级, 防控措施)])
HOLDERS = [
    ("甘翯珉", "站领导", "站长", "leader", [
        ("对同一在建项目安排多头、重复监督检查，变相刁难施工企业", "高",
         "监督检查计划年初公布，同一项目检查统筹合并，检查结果录入监管平台。"),
        ("工程质量安全事故调查处理中大事化小、包庇责任单位", "高",
         "事故调查组集体研究定性，处理意见报县住建局审定。"),
        ("接受施工、监理单位宴请和礼品礼金", "中", "签订廉洁承诺书，节日前后开展廉洁提醒。"),
    ]),
    ("尤琸湉", "质量监督股", "质量监督员", "general", [
        ("竣工验收监督中对不符合强制性标准的工程出具合格意见", "高",
         "竣工验收监督双人到场，监督意见书经股长复核。"),
        ("指定或暗示建设单位选用特定检测机构、建材供应商", "中",
         "检测机构由建设单位自主委托，监督员不得推荐。"),
        ("监督档案资料补签、后补，掩盖监督缺位", "低", "监督记录当日录入，档案季度抽查。"),
    ]),
    ("甘霂岍", "安全监督股", "安全监督员", "general", [
        ("发现安全隐患只口头提醒、不下达整改通知书", "中", "隐患整改实行书面通知、闭环销号。"),
        ("对施工现场停工整改期间擅自复工默许不管", "中", "复工须经复查合格，复查记录存档。"),
    ]),
]  # fmt: skip


def qiemo_quality_station_duplicate_cards() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    t = _Truth(unit)
    sheets = []
    for who, dept, post, tier, items in HOLDERS:
        sh = _Sheet(who, [8, 40, 10, 40])
        for k, copy in enumerate(COPIES):
            _line(sh, f"{unit}廉政风险防控告知卡", 4)
            _line(sh, copy, 4)
            sh.add("姓　名", who, "岗　位", post)
            r = sh.add("所在股室", dept, None, None)
            sh.merge(r, 1, r, 3)
            sh.add("序号", "廉政风险点", "风险等级", "防控措施")
            for i, (point, lv, measures) in enumerate(items, 1):
                sh.add(i, point, lv, measures)
                if k == 0:
                    t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
            _line(
                sh,
                "注：风险等级分为高、中、低三级。本卡一式两份，第一联本人留存，第二联站存档。",
                4,
            )
            sh.add("告知人（签字）：", None, "被告知人（签字）：", None)
            if k == 0:
                sh.add()
                _line(sh, CUT, 4)
                sh.add()
        sheets.append(sh)
    return _layout(
        "qiemo_quality_station_duplicate_cards", "https://yys.qifeifh28.com/jpfeDF0224/slDwEkCS",
        "(harder) 县建设工程质量安全监督站 廉政风险防控告知卡, after the source's 省 专项巡视 of the 住建 system (政务大厅 "
        "窗口 吃拿卡要, 轮番检查骚扰企业, 行政执法): one sheet a holder (tabs named by the holder), each card printed "
        "TWICE down the sheet (一式两份): a title, ``（第一联　本人留存）``, ``姓　名 | … | 岗　位 | …``, a merged "
        "``所在股室`` line, 序号/廉政风险点/风险等级 高/中/低/防控措施, a ``注：`` line and 告知人/被告知人（签字）; then a "
        "merged ``✂ … 沿此线裁开 …`` cut line between blank rows, and the same card again under ``（第二联　站存档）``, "
        "row for row; the holder's points are one copy's rows, each once; no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qiemo_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("尤昶翙", "局长", "主持全面工作", [
            ("政府投资房建和市政项目招标中干预评标、指定中标人", "一级",
             "项目一律进入县公共资源交易中心，局领导不参与评标。"),
            ("“三重一大”事项个人决定、会议走过场", "一级", "“三重一大”事项党组会集体研究，纪要存档。"),
        ]),
        ("甘琬泓", "副局长", "分管建筑市场、行政审批", [
            ("建筑业企业资质初审中对业绩、人员不实材料放行", "一级",
             "资质材料股室初审、分管领导复核，结果公示。"),
            ("施工许可审批中对送“好处费”的当天转办、不送的拖延", "二级",
             "审批事项限时办结，超时自动预警。"),
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
        ("建筑市场股", "股长", "尤沣翎", "middle", "企业资质、安全生产许可证延续审查把关不严", "一级",
         "审查实行双人核验，审查意见留痕。"),
        ("建筑市场股", "股长", "尤沣翎", "middle", "对转包、违法分包行为发现不报、查处不力", "二级",
         "每季度开展建筑市场专项检查，结果通报。"),
        ("城建股", "股长", "甘璟骁", "middle", "市政基础设施项目变更签证审核不严", "一级",
         "变更签证经监理、跟踪审计、股室三方会签。"),
        ("办公室", "会计", "尤潇岚", "general", "工程款支付凭证审核不严，超进度拨款", "二级",
         "按合同约定和进度报告拨款，分管领导审批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qiemo_housing_bureau_two_sheets", "http://wineast.com/html/news/fortune/gn/58998.htm",
        "县住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 建筑企业资质 审批 and 评审 "
        "corruption (资质升级, 业绩与人员不符, 参与评审, 审批权力集中): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qiemo_city_management_list() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("执法大队", "大队长", "甘芃瑀", "middle", "占道经营案件处罚畸轻畸重，同案不同罚", "制度机制", "高风险",
         "严格执行自由裁量基准，处罚决定经法制审核。"),
        ("执法大队", "大队长", "甘芃瑀", "middle", "对商户说情打招呼的案件减免处罚", "思想道德", "中风险",
         "说情打招呼登记报告，案件集体讨论。"),
        ("执法大队", "中队长", "尤珝渟", "middle", "暂扣物品不登记、不出具清单，私自处置", "业务流程", "高风险",
         "暂扣物品当场开具清单，入库登记，定期盘点。"),
        ("执法大队", "执法队员", "甘韫棠", "general", "巡查中对报备外摆摊点选择性执法", "岗位职责", "中风险",
         "执法全程佩戴执法记录仪，外摆报备名单公开。"),
        ("法制审核股", "股长", "尤淼岫", "middle", "法制审核走过场，程序违法案件放行", "岗位职责", "中风险",
         "审核意见书面出具，重大案件集体审议。"),
        ("财务股", "出纳", "甘砚翙", "general", "罚没款现金收缴不及时缴入财政专户", "外部环境", "低风险",
         "罚缴分离，罚款一律通过银行缴纳。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "qiemo_city_management_list", "https://m.iverstown.com/m/Article/news/resou/2023-12-19/343379.html",
        "县城市管理综合执法局 岗位廉政风险防控一览表, after the source's comment on a 城管 fine for 开业花篮 on the "
        "人行道 (占道经营, 罚款, 没收, 提前报备申请): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qiemo_landscaping_station_posts() -> dict:
    unit = f"{PLACE}园林绿化管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "养护单位考核", "日检、月检扣罚分随意调整，考核结果不公开",
         "制度机制风险", "高", "考核评分表双人签字，考核结果按月公示。"),
        ("站领导", "站长", "leader", "绿化工程发包", "绿化提升工程拆分发包，规避招标", "业务流程风险", "高",
         "工程发包经站务会集体研究，按限额标准招标。"),
        ("养护股", "股长", "middle", "苗木验收", "苗木规格、数量验收不实，死株不补栽", "岗位职责风险", "中",
         "苗木验收实地测量树径，成活率抽查。"),
        ("养护股", "股长", "middle", "养护费结算", "养护费按合同全额结算，扣罚款未扣减", "业务流程风险", "中",
         "结算时附月度考核扣罚明细，财务复核。"),
        ("养护股", "技术员", "general", "绿地占用审核", "临时占用绿地审核把关不严，收受好处", "思想道德风险", "中",
         "占用审核意见经股长复核，结果公开。"),
        ("综合股", "保管员", "general", "绿化物资保管", "农药、肥料出入库不登记，私自处置", "外部环境风险", "低",
         "物资领用登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qiemo_landscaping_station_posts",
        "http://wap.gzyxlib.cn/dzqk/x/xdyy/201402/t20140228_200496_18.htm",
        "县园林绿化管理站 岗位廉政风险点排查表 对岗不对人, after the source's study of 园林绿化养护 市场化 (日检, 月检, "
        "季度检查, 扣罚原则, 评分办法): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qiemo_housing_office_cards() -> dict:
    unit = f"{PLACE}房产管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "尤玙沨", "所长", "主持全面工作，分管老旧小区改造", "leader", [
            ("老旧小区改造项目确定不按居民意愿和评分排序", "★★★", "改造项目按评分排序，名单公示。"),
            ("住宅专项维修资金使用审核把关不严", "★★★", "维修资金使用须业主表决，审核结果公开。"),
            ("接受物业企业宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副所长", "甘岑璠", "副所长", "分管物业管理、房屋交易", "leader", [
            ("物业服务企业考评打分优亲厚友", "★★", "考评由业主代表参与，结果公示。"),
            ("存量房交易网签备案中违规加急、收取好处", "★★", "网签备案按受理顺序办理，全程留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "qiemo_housing_office_cards", "https://www9599116.com/ns_news/906161957338214",
        "县房产管理所 领导干部廉政风险防控卡, one sheet a leader, after the source's 城镇老旧小区改造 实施意见 (改造项目, "
        "居民意愿, 专项维修资金, 物业管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qiemo_municipal_works_group_rows() -> dict:
    unit = f"{PLACE}市政工程管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "尤昀珩", "leader", [
                ("燃气、供热管网改造工程指定施工队伍", "一级风险", "工程按规定招标，结果公示。"),
                ("市政设施维修项目化整为零规避采购", "一级风险", "维修项目年初编制计划，按限额采购。"),
            ]),
        ]),
        ("二、工程股", "工程股", [
            ("股长", "甘泷杳", "middle", [
                ("燃气设施工程未办质量安全监督手续即默许开工", "二级风险", "开工前核查监督手续，台账管理。"),
            ]),
            ("技术员", "尤澍芊", "general", [
                ("道路维修工程量计量虚增", "二级风险", "计量双人到场，影像留存。"),
                ("隐蔽工程验收记录补签", "三级风险", "隐蔽工程验收当日记录，监理签认。"),
            ]),
        ]),
        ("三、设施养护股", "设施养护股", [
            ("股长", "甘焜琰", "middle", [
                ("路灯、井盖等维修材料虚报冒领", "二级风险", "材料领用登记，旧件回收核对。"),
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
        "qiemo_municipal_works_group_rows",
        "https://yangling.gov.cn/zwgk/fdzdgknr/gfxwj/1429335296781557762.html",
        "县市政工程管理所 廉政风险防控责任清单, after the source's 城镇燃气/集中供热 管理办法 (燃气设施工程, 质量安全监督"
        "手续, 燃气主管部门): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、工程股``, ``三、设施养护股`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def qiemo_sanitation_selfchecks() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    people = [
        ("尤翀澂", "所领导", "所长", "leader", [
            ("环卫作业服务外包考核打分不实", "Ⅰ级", "考核邀请社区代表参加，扣分结果公示。", "已落实"),
            ("环卫车辆、设备采购指定品牌", "Ⅱ级", "采购需求集体论证，政府采购平台采购。", "未发现问题"),
        ]),
        ("甘琛沅", "清扫保洁队", "环卫队长", "general", [
            ("临时环卫工人出勤造假、虚报人数", "Ⅰ级", "人脸识别考勤，工资直发到人。", "已落实"),
            ("创文创卫期间突击清运费用虚列", "Ⅲ级", "清运凭单据和过磅记录结算。", "已落实"),
        ]),
        ("尤瑗岷", "综合股", "收费员", "general", [
            ("生活垃圾处理费收取不开票据", "Ⅱ级", "收费统一开具财政票据。", "未发现问题"),
            ("收费减免不按标准审批", "Ⅲ级", "减免经所长审批，名单公示。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qiemo_sanitation_selfchecks", "https://cbgc.scol.com.cn/news/4641067",
        "县环境卫生管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's comment "
        "on 城管执法 in 创文创卫 time (市容市貌, 自由裁量, 先行劝导, 执法温度): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def qiemo_housing_security_register() -> dict:
    unit = f"{PLACE}住房保障和房屋征收服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "甘湉峤", "leader", [
            ("农村危房改造补助对象确定不按评定结果", "制度机制", "一级", "补助对象村评议、乡审核、县审批，三级公示。"),
            ("房屋征收补偿方案制定中为亲友谋利", "思想道德", "二级", "补偿方案集体研究，亲属回避。"),
        ]),
        ("保障股", "股长", "尤芷琮", "middle", [
            ("公租房分配资格审核弄虚作假", "岗位职责", "一级", "申请人收入、住房信息联网核查。"),
        ]),
        ("保障股", "审核员", "甘骞沄", "general", [
            ("危房改造补助资金名单与到户情况不符", "业务流程", "一级", "补助资金直达一卡通，入户回访核对。"),
            ("租赁补贴发放后不动态复核", "业务流程", "三级", "每年复核一次，不符合条件的停发。"),
        ]),
        ("征收股", "股长", "尤岱翾", "middle", [
            ("被征收房屋面积、附属物丈量不实", "外部环境", "二级", "丈量由第三方评估机构和双方共同签认。"),
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
        "qiemo_housing_security_register",
        "http://zqb.cyol.com/html/2014-07/29/nw.D110000zgqnb_20140729_1-10.htm",
        "县住房保障和房屋征收服务中心 廉政风险点排查登记表, after the source's report on 农村危房改造补助资金 (补助名单, "
        "拨付, 一折通, 困难户): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qiemo_quality_station_duplicate_cards(),
    qiemo_housing_bureau_two_sheets(),
    qiemo_city_management_list(),
    qiemo_landscaping_station_posts(),
    qiemo_housing_office_cards(),
    qiemo_municipal_works_group_rows(),
    qiemo_sanitation_selfchecks(),
    qiemo_housing_security_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch876-inbox"))
