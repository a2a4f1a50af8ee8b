"""The three-hundred-and-forty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 国企,
新都区 (a district of 成都, its staff Han) — its 城市建设投资集团 (城投集团) and the 城投安居建设有限公司
under it, its 文化旅游发展集团 (文旅集团) and the 桂湖景区运营管理有限公司 under it, its 农业投资发展有限公司
(农投公司), its 水务投资有限公司 (水务公司) and the 自来水有限公司 under it, and its 建设工程有限公司
(建工公司) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 文旅集团's file in two sheets: ``集团领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 填表人/审核人 line under each;
- the 桂湖景区运营管理有限公司's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 农投公司's 一览表 under GROUP ROWS ``一、公司领导`` … ``三、农产品批发市场管理部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, short types, ``一级风险/二级风险/三级风险``, a
  ``注：`` line and a 制表/审核/date line;
- the 水务公司's 责任清单 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉洁风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/董事长（签字） line;
- the 自来水有限公司's 岗位廉洁风险防控卡, one sheet a holder (tabs 营业所所长, 抄表员, 稽查员):
  ``持卡人 | … | 岗　位 | …`` and ``所在部门 | … | 岗位职责 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  监督电话：…``;
- the 建工公司's 自查表, one sheet a person (tabs named by the person): ONE ROW OF THREE PAIRS ``姓　名
  | … | 部　门 | … | 职　务 | …`` above ``序号 | 廉洁风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低,
  no type column, ``本人签名： | … | 部门负责人意见：``;
- the 城投安居建设有限公司's 一览表: ``部门`` written on EVERY row (no merges), ``岗位 | 责任人``, a short
  ``风险点`` beside a long ``风险描述``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a
  填表人/审核人/总经理（签字） line.

One is harder:

- ``xindu_urban_investment_index_sheet``: the 城投集团's 岗位廉洁风险防控表, bound as an Excel
  HANDBOOK — a FIRST SHEET ``目录`` (a title ``…岗位廉洁风险防控表目录``, the heading ``序号 | 部门 |
  岗位 | 责任人 | 表号``, one row a post: ``集团领导 | 董事长 | 綦澹宁 | 表1`` … ``财务融资部 | 出纳 | 妫漪岑
  | 表6``, and an 编制 line), then ONE SHEET A POST whose TAB is its 表号 (``表1`` … ``表6``), each
  holding ONLY the small table: a ``返回目录`` cell (the hyperlink's text, as such workbooks have
  it) over a merged title ``新都区城市建设投资集团有限公司岗位廉洁风险防控表（表N）``, ``序号 | 廉洁风险点 |
  风险类型 | 风险等级 | 防控措施`` (short types, 高/中/低), and a merged ``注：本表对应的部门、岗位和责任人
  见“目录”工作表。`` line. No 表N sheet names its 部门, its post or its holder anywhere — not in a
  cell, not in its title, not in its tab: the ONLY link from a table to its post is the tab name,
  which the 目录's ``表号`` column names. The README's 读得懂的表 knows a roster ABOVE the table or
  BESIDE it (``人员名单放在一览表右边、隔一空列的``) or under it (``岗位人员：…``) that fills the holders
  of posts THE TABLE NAMES, a code WRITTEN IN EACH ROW looked up in another sheet (``职权编码`` in a
  ``职权目录``, ``岗位编号`` in a 岗位表, ``风险编号`` in a ``岗位与风险编号对照表``, ``工号`` in a ``工号对照表``),
  a tab named by the 科室 or by the person (``工作表名就是姓名``), a short tab expanded by the title,
  and ``续表``/``第2页`` sheets continuing the sheet before; it does not describe a workbook whose
  sheets carry no 部门, post or holder at all, each reached from an INDEX SHEET by its TAB NAME
  (``表号``), so that every field of a form but its points and levels stands only in the 目录.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市审计局's 审计 of a 国有企业's
资产租赁 — 租赁决策程序, 租金定价机制, 公开招租, 资产台账, 租赁合同, 厂房 闲置, 租金 收回; a 区审计局's 延伸审计 of the
全域旅游创建 — 旅游发展专项资金, 工业旅游, 乡村旅游, 风情街 运维; a 价格 监审 of a 景区's 门票 定价成本 —
旅游经营有限公司, 景区专营权, 游览观光栈道, 门票; a 市农业投资控股集团's 中心粮库 and 农产品批发中心 — 保供
企业, 物流园, 菜篮子; a 水务集团's 工程物资采购管理办法 — 公开招标, 合格供应商体系, 区公管办; a 水务
公司's answer on 抄表 when the 表位 is blocked — 表位整改通知书, 前三个月平均用水量, 暂停供水; a 地产
公司's 工程管理制度 — 工程管理中心, 项目经理部, 专业工程师; a 市审计局's 审计 of a 城市建设投资开发公司's
安置点 工程结算 — 多计工程价款, 合同签订, 现场签证, 财务决算) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 新都区, named with
the district's name.

Run ``python tests/published/score.py --set batch342`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``表N`` sheet is ONE FORM: the post on the 目录's row whose ``表号`` is the
  sheet's tab (its 部门, 岗位 and 责任人), its points every row of the small table; the 目录 itself
  holds no point (its rows are posts, not risks), and ``返回目录``, the titles and the ``注：`` lines are
  no points and name nobody; ``集团领导`` is the 部门 of the 董事长 and the 总经理;
- ``集团领导`` (the 文旅集团's sheet, whose title names it), ``公司领导`` (a 部门 cell, a group row, a
  self-check's 部门) are the 科室 of those leaders; a group row ``二、粮食储备部`` gives the 科室
  ``粮食储备部`` (its number left off); a company's 部, 室, 中心 and 项目部, the 自来水有限公司's 营业所 and
  its 供水稽查队 are 科室;
- 董事长, 总经理, 副总经理 are leaders; 部长, 主任 (of a 部 or 中心), 营业所所长, 队长 and 项目经理 middle; the
  rest (出纳, 会计, 招租专员, 售票员, 营销专员, 保管员, 收费员, 采购员, 现场管理员, 抄表员, 稽查员,
  材料员, 合同管理员, 造价员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``,
  ``岗位职责`` and ``自查情况`` are no points and name no holder; the 桂湖景区's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 安居公司's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b342_"
PLACE = "新都区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

INDEX_TAB = "目录"
INDEX_HEAD = ("序号", "部门", "岗位", "责任人", "表号")
BACK = "返回目录"
CARD_HEAD = ("序号", "廉洁风险点", "风险类型", "风险等级", "防控措施")
CARD_NOTE = "注：本表对应的部门、岗位和责任人见“目录”工作表。"
# (表号, 部门, 岗位, 责任人, tier, [(廉洁风险点, 类型, 等级, 防控措施)])
HANDBOOK = [
    ("表1", "集团领导", "董事长", "綦澹宁", "leader", [
        ("区属物业招租方案不经党委会前置研究，个人拍板", "制度机制", "高",
         "招租方案党委会前置研究、董事会决策，会议纪要存档。"),
        ("为关系人承租商铺、厂房打招呼，干预招租结果", "外部环境", "高",
         "插手干预事项登记报告，招租一律进场公开交易。"),
        ("融资中介机构选定不经集体比选", "岗位职责", "中", "中介机构比选结果在集团内公示。"),
    ]),
    ("表2", "集团领导", "总经理", "雒蘅芷", "leader", [
        ("工程变更和签证审批超越权限", "岗位职责", "高", "变更签证分级审批，重大变更报董事会。"),
        ("大额资金调度未经资金管理委员会研究", "制度机制", "中", "大额资金调度会签，按月报告。"),
    ]),
    ("表3", "工程管理部", "部长", "郜岫澜", "middle", [
        ("施工单位进度款审核把关不严，超进度支付", "业务流程", "高",
         "进度款经监理、跟踪审计、部门三方审核。"),
        ("隐蔽工程验收走过场，接受施工单位宴请", "思想道德", "中", "隐蔽工程验收留存影像，签订廉洁承诺。"),
    ]),
    ("表4", "资产运营部", "部长", "衡沚汀", "middle", [
        ("招租公告公示时间不足，变相定向招租", "业务流程", "高", "公告公示不少于十个工作日，流程纪检全程监督。"),
        ("租金底价评估不实，低于市场价出租", "岗位职责", "高", "租金底价第三方评估，评估结果集体审定。"),
        ("承租方擅自转租不制止，转租收益不追缴", "岗位职责", "中", "每季度巡查转租情况，转租收益限期上缴。"),
    ]),
    ("表5", "资产运营部", "招租专员", "阚霁篁", "general", [
        ("向意向承租人泄露招租底价和其他报名信息", "外部环境", "中", "报名信息专人保管，签订保密承诺。"),
        ("资产台账登记不实，隐瞒闲置厂房和商铺", "业务流程", "低", "台账与实物每半年盘点核对。"),
    ]),
    ("表6", "财务融资部", "出纳", "妫漪岑", "general", [
        ("租金收取不及时入账，坐支挪用", "岗位职责", "中", "租金一律对公转账，日清月结。"),
        ("网银支付不按审批单办理", "制度机制", "低", "网银U盾分人保管，支付凭审批单办理。"),
    ]),
]  # fmt: skip


def xindu_urban_investment_index_sheet() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    t = _Truth(unit)
    index = _Sheet(INDEX_TAB, [6, 14, 12, 10, 8])
    _line(index, f"{unit}岗位廉洁风险防控表目录", len(INDEX_HEAD))
    index.add(*INDEX_HEAD)
    for i, (tab, dept, post, who, _tier, _points) in enumerate(HANDBOOK, 1):
        index.add(i, dept, post, who, tab)
    index.add()
    index.add("编制：集团纪检监察室", None, None, "2025年9月", None)
    sheets = [index]
    for tab, dept, post, who, tier, points in HANDBOOK:
        sh = _Sheet(tab, [6, 38, 10, 9, 34])
        sh.add(BACK, None, None, None, None)
        _line(sh, f"{unit}岗位廉洁风险防控表（{tab}）", len(CARD_HEAD))
        sh.add(*CARD_HEAD)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(sh, CARD_NOTE, len(CARD_HEAD))
        sheets.append(sh)
    return _layout(
        "xindu_urban_investment_index_sheet",
        "https://sjj.xianning.gov.cn/zwdt/ztzl/gycs/gztj/202509/t20250923_4070125.shtml",
        "(harder) 区城投集团 岗位廉洁风险防控表 bound as a HANDBOOK WITH AN INDEX SHEET, after the source's 市审计局 审计 of a "
        "国有企业's 资产租赁 (租赁决策程序, 租金定价机制, 公开招租, 资产台账, 厂房 闲置): a first sheet ``目录`` (a title, 序号/部门/岗位/责任人/``表号`` "
        "one row a post, an 编制 line), then one sheet a post whose TAB is its 表号 (表1 … 表6), each only a ``返回目录`` cell, "
        "a merged title ``…岗位廉洁风险防控表（表N）``, 序号/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 and a "
        "merged ``注：本表对应的部门、岗位和责任人见“目录”工作表。`` line; no 表N sheet names its 部门, post or holder",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xindu_culture_tourism_group_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游发展集团有限公司"
    t = _Truth(unit)
    lead = _Sheet("集团领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}集团领导廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("仉渟霭", "董事长", "主持全面工作，分管综合办公室和财务部", [
            ("旅游发展专项资金项目申报中授意虚报投资额", "一级", "申报材料集体审核，报区文旅局、财政局备案。"),
            ("选人用人和薪酬分配个人说了算", "一级", "选人用人党委会研究，薪酬方案报区国资部门审批。"),
        ]),
        ("佘棠樾", "总经理", "主持经营工作，分管项目建设部", [
            ("乡村旅游项目施工单位选定中打招呼", "一级", "施工单位公开招标，插手干预事项登记报告。"),
            ("项目投资决策不作可行性论证", "二级", "投资项目可研论证，董事会集体决策。"),
        ]),
        ("邝翊澄", "副总经理", "分管运营管理部", [
            ("风情街商铺运维外包定向发包", "二级", "运维外包公开比选，比选结果公示。"),
            ("接受运营商户宴请和礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("部门", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}部门岗位廉洁风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("项目建设部", "部长", "漆岚沨", "middle", [
            ("工业旅游配套工程量签证不实", "一级", "签证实行监理、跟踪审计、部门三方会签。"),
            ("工程验收降低标准，放任以次充好", "二级", "验收邀请纪检人员参加，验收资料存档。"),
        ]),
        ("运营管理部", "部长", "闵湘筠", "middle", [
            ("商铺租金减免审核把关不严", "一级", "减免事项集体研究，减免结果公示。"),
        ]),
        ("运营管理部", "营销专员", "亢晞桐", "general", [
            ("与旅行社结算中虚增团队人数", "二级", "团队人数与票务系统核对，按月对账。"),
            ("收受合作商家回扣", "三级", "合作商家公开征集，签订廉洁协议。"),
        ]),
        ("财务部", "会计", "虞泠蔚", "general", [
            ("专项资金核算不专账，挤占挪用", "二级", "专项资金专账核算，按季向区财政报送。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None)
    return _layout(
        "xindu_culture_tourism_group_two_sheets",
        "https://www.jintan.gov.cn/html/czjt/2022/IJMNQALM_1122/209528.html",
        "区文旅集团 廉洁风险防控表 in two sheets, after the source's 区审计局 延伸审计 of the 全域旅游创建 (旅游发展专项资金, 工业旅游, "
        "乡村旅游, 风情街 运维): ``集团领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉洁风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``部门`` (a title, 序号/部门 merged (项目建设部, 运营管理部, "
        "财务部)/岗位 and 姓名 merged per person/…; a 填表人/审核人/董事长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def xindu_guihu_scenic_posts() -> dict:
    unit = f"{PLACE}桂湖景区运营管理有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "leader", [
            ("门票优惠政策执行", "擅自扩大门票免票、优惠范围，为关系单位免票", "制度机制风险", "高风险",
             "优惠政策按区发改局批复执行，免票名单按月公示。"),
            ("游览设施建设发包", "栈道、游船码头维修工程化整为零直接发包", "岗位职责风险", "高风险",
             "达到限额的工程进场交易，直接发包集体研究。"),
        ]),
        ("票务部", "部长", "middle", [
            ("门票成本资料报送", "定价成本监审中虚报运营成本", "业务流程风险", "中风险", "成本资料经财务部复核，总经理审签。"),
        ]),
        ("票务部", "售票员", "general", [
            ("现场售票", "收现金不出票、重复使用门票", "思想道德风险", "高风险", "实行电子检票，售检票数据每日核对。"),
            ("票款缴存", "票款不及时缴存，截留挪用", "岗位职责风险", "中风险", "票款日清日结，当日缴存银行。"),
        ]),
        ("营销部", "营销专员", "general", [
            ("旅行社合作协议", "与旅行社约定返点时私下收受好处", "外部环境风险", "中风险", "返点标准统一公开，协议法务审核。"),
            ("营销活动费用", "营销活动费用虚列、套取", "业务流程风险", "低风险", "活动费用事前审批、事后结报。"),
        ]),
        ("综合部", "会计", "general", [
            ("费用报销审核", "报销票据审核不严，虚列支出", "业务流程风险", "低风险", "报销经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "xindu_guihu_scenic_posts", "http://jsxzch.com/html/html2017zf_zfjg_zs_fgj_gzdt_091122896.html",
        "区桂湖景区运营管理有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's 价格 监审 of a 景区's 门票 定价成本 (旅游经营"
        "有限公司, 景区专营权, 游览观光栈道): a title, then 序号/部门 merged (公司领导, 票务部, 营销部, 综合部)/岗位 merged per "
        "post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def xindu_agri_investment_groups() -> dict:
    unit = f"{PLACE}农业投资发展有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "晁峄岚", "leader", [
                ("中心粮库建设项目设计变更不经集体研究", "制度机制", "一级风险", "设计变更董事会研究，变更资料存档。"),
                ("保供企业遴选中打招呼、定向照顾", "外部环境", "一级风险", "保供企业公开征集，遴选结果公示。"),
            ]),
            ("副总经理", "钭芸皎", "leader", [
                ("物流园仓储设施出租定价随意", "岗位职责", "二级风险", "出租底价评估确定，公开招租。"),
            ]),
        ]),
        ("二、粮食储备部", "粮食储备部", [
            ("部长", "蔺澍芃", "middle", [
                ("储备粮轮换出库定价偏低，向关系企业倾斜", "岗位职责", "一级风险", "轮换竞价交易，底价集体确定。"),
                ("储备粮入库质量验收不严", "业务流程", "二级风险", "入库扦样检验双人经办，检验报告存档。"),
            ]),
            ("保管员", "栾暄霖", "general", [
                ("储备粮数量账实不符，虚报损耗", "思想道德", "二级风险", "按月盘点，损耗核销报部门审批。"),
            ]),
        ]),
        ("三、农产品批发市场管理部", "农产品批发市场管理部", [
            ("主任", "芮沄笙", "middle", [
                ("市场摊位分配不公开，收受商户好处", "外部环境", "一级风险", "摊位公开摇号分配，结果张榜公示。"),
            ]),
            ("收费员", "郇岱屿", "general", [
                ("摊位费、入场费收取不开票，截留费用", "岗位职责", "二级风险", "收费一律扫码入账，票据统一领用。"),
                ("对欠费商户违规减免", "制度机制", "三级风险", "减免报部门主任审批并公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "xindu_agri_investment_groups", "http://954664.com/portal/article/index/id/148.html",
        "区农业投资发展有限公司 岗位廉洁风险防控一览表, after the source's 市农业投资控股集团 中心粮库 and 农产品批发中心 (保供企业, "
        "物流园, 菜篮子): a title, 序号/岗位/姓名/廉洁风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、公司领导``, ``二、粮食储备部``, ``三、农产品批发市场管理部`` merged across (no 部门 column); 岗位 "
        "and 姓名 merged per person; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xindu_water_investment_duties() -> dict:
    unit = f"{PLACE}水务投资有限公司"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "邰瑛湄", "leader", [
            ("物资采购决策", "工程物资采购方式不经集体研究，规避公开招标", "Ⅰ级", "采购方式党支部会前置研究，按限额公开招标。"),
            ("供应商体系组建", "为关系企业进入合格供应商名录打招呼", "Ⅰ级", "供应商准入集体评审，名录公开。"),
        ]),
        ("工程物资部", "部长", "匡澈岘", "middle", [
            ("采购需求编制", "采购需求指定品牌、设置倾向性参数", "Ⅰ级", "技术参数会审，需求经法务、纪检审核。"),
            ("供应商考评", "供应商年度考评打分不公", "Ⅱ级", "考评细则公开，考评结果集体审定。"),
        ]),
        ("工程物资部", "采购员", "荀蘅皋", "general", [
            ("询价比价", "询价对象少于三家或虚假询价", "Ⅱ级", "询价记录留存，部长抽查。"),
            ("到货验收", "与供应商串通，以次充好", "Ⅰ级", "验收三方参与，抽样送检。"),
        ]),
        ("工程建设部", "现场管理员", "桓沐霈", "general", [
            ("管网工程现场管理", "默许施工单位偷工减料，收受好处", "Ⅱ级", "隐蔽工程影像留存，定期轮换管理片区。"),
        ]),
        ("财务部", "会计", "羿锦漪", "general", [
            ("物资款支付审核", "付款资料不全即办理支付", "Ⅲ级", "付款资料清单化审核，经办、审核、审批分离。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "xindu_water_investment_duties", "http://d2g8y.cn/?S_id=3074&type=newsinfo",
        "区水务投资有限公司 廉洁风险防控责任清单, after the source's 水务集团 工程物资采购管理办法 (公开招标, 合格供应商体系, 区公管办): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/部门 merged (公司领导, 工程物资部, "
        "工程建设部, 财务部)/岗位 and 责任人 merged per person/``职责事项``/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type "
        "column; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def xindu_tap_water_cards() -> dict:
    unit = f"{PLACE}自来水有限公司"
    t = _Truth(unit)
    cards = [
        ("营业所所长", "暨岷翾", "营业所", "middle", "负责营业所抄表、收费和用户服务管理", [
            ("水费减免、核减审批把关不严", "岗位职责", "★★★", "核减事项两人以上现场核实，按月公示。"),
            ("用水性质变更审批中收受好处", "外部环境", "★★★", "用水性质变更资料审核，结果系统留痕。"),
            ("抄表片区长期不轮换", "制度机制", "★★", "抄表员片区每年轮换一次。"),
        ]),
        ("抄表员", "弘瑗汀", "营业所", "general", "负责片区水表查抄和表位整改通知送达", [
            ("估抄、漏抄水表，人情抄表", "思想道德", "★★★", "抄表拍照上传，所长按月抽查。"),
            ("表位堵塞时不按前三个月平均用水量计收", "业务流程", "★★", "计收规则系统自动执行，人工修改须审批。"),
        ]),
        ("稽查员", "蓬霂岑", "供水稽查队", "general", "负责违章用水和窃水行为查处", [
            ("查处窃水行为时收受好处、降格处理", "外部环境", "★★★", "稽查两人以上，处理结果集体审定。"),
            ("追补水费计算随意", "岗位职责", "★★", "追补标准统一公开，追补单据复核。"),
            ("暂停供水措施选择性执行", "业务流程", "★", "停水通知书统一编号，执行情况登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("持卡人", who, f"岗{GAP}位", tab, None)
        r = sh.add("所在部门", dept, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-83981234", None, None)
        sheets.append(sh)
    return _layout(
        "xindu_tap_water_cards", "http://www.npny.com.cn/yszs/2648.htm",
        "区自来水有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 营业所所长, 抄表员, 稽查员), after the source's 水务公司 answer "
        "on 抄表 when the 表位 is blocked (表位整改通知书, 前三个月平均用水量, 暂停供水): a title, the pairs ``持卡人 | … | 岗　位 | …`` "
        "and ``所在部门 | … | 岗位职责 | …`` (the duty merged over two cells), then 序号/风险点/风险类型 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def xindu_construction_selfchecks() -> dict:
    unit = f"{PLACE}建设工程有限公司"
    t = _Truth(unit)
    people = [
        ("宓昶峦", "公司领导", "副总经理", "leader", [
            ("项目经理部组建中安排亲友参与劳务分包", "高", "分包单位公开比选，亲属回避事项申报。", "已落实"),
            ("工程管理中心考核打分中优亲厚友", "中", "考核细则公开，考核结果公示。", "未发现问题"),
        ]),
        ("殳澜翊", "第一项目部", "项目经理", "middle", [
            ("劳务分包单位选定不比选，收受分包单位好处", "高", "分包单位公司统一比选，签订廉洁协议。", "正在整改"),
            ("工程量签证虚增，与建设单位人员串通", "高", "签证资料公司复核，专业工程师现场确认。", "已落实"),
            ("项目部零星材料采购不询价", "中", "零星采购三家询价，采购记录报公司备案。", "已落实"),
        ]),
        ("贲芷岙", "物资设备部", "材料员", "general", [
            ("材料进场验收数量不实，与供应商串通", "中", "材料进场双人验收，磅单、影像留存。", "已落实"),
            ("周转材料、废旧物资处置不入账", "低", "废旧物资统一处置，收入全额入账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"部{GAP}门", dept, f"职{GAP}务", post)
        sh.add("序号", "廉洁风险点", "风险等级", "防控措施", "自查情况", None)
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "xindu_construction_selfchecks", "https://bdocx.com/doc/25586192.html",
        "区建设工程有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 地产公司 工程管理"
        "制度 (工程管理中心, 项目经理部, 专业工程师): a title, ONE ROW OF THREE PAIRS ``姓　名 | … | 部　门 | … | 职　务 | …``, then "
        "序号/廉洁风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def xindu_resettlement_housing_list() -> dict:
    unit = f"{PLACE}城投安居建设有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 10, 22, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("公司领导", "总经理", "邴砚澂", "leader", "安置房项目发包", "安置房施工、监理单位选定中打招呼，干预评标",
         "外部环境风险", "Ⅰ", "项目全部进场交易，插手干预事项登记报告。"),
        ("公司领导", "总经理", "邴砚澂", "leader", "工程决算编报", "未及时编制竣工财务决算，长期挂账",
         "制度机制风险", "Ⅱ", "决算编制纳入年度考核，按季督办。"),
        ("工程部", "部长", "逄岫筠", "middle", "现场签证审核", "现场签证内容与实际不符，多计工程量",
         "岗位职责风险", "Ⅰ", "签证实行监理、跟踪审计、工程部三方会签。"),
        ("工程部", "部长", "逄岫筠", "middle", "施工合同签订", "合同未按规定时间签订，先施工后补合同",
         "业务流程风险", "Ⅱ", "合同签订纳入开工前置条件，法务审核。"),
        ("合约部", "造价员", "隋霭竑", "general", "结算审核", "审核结算时多计工程价款，与施工单位串通",
         "思想道德风险", "Ⅰ", "结算经第三方审核，审计部门抽审。"),
        ("合约部", "合同管理员", "糜澄岚", "general", "合同归档", "合同、签证资料归档不全，造成结算依据缺失",
         "岗位职责风险", "Ⅲ", "合同资料专人归档，每季度清查。"),
        ("财务部", "会计", "眭漪萱", "general", "工程款支付", "工程款超合同比例支付",
         "业务流程风险", "Ⅱ", "支付前核对合同比例和审定进度，三级审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None, None)
    return _layout(
        "xindu_resettlement_housing_list", "https://sjj.ankang.gov.cn/Content-2192936.html",
        "区城投安居建设有限公司 岗位廉洁风险防控一览表, after the source's 市审计局 审计 of a 城市建设投资开发公司's 安置点 工程结算 "
        "(多计工程价款, 合同签订, 现场签证, 财务决算): a title, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/a short "
        "风险点/a long ``风险描述``/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades "
        "and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xindu_urban_investment_index_sheet(),
    xindu_culture_tourism_group_two_sheets(),
    xindu_guihu_scenic_posts(),
    xindu_agri_investment_groups(),
    xindu_water_investment_duties(),
    xindu_tap_water_cards(),
    xindu_construction_selfchecks(),
    xindu_resettlement_housing_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch342-inbox"))
