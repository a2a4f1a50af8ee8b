"""The eight-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's commerce
and investment bodies, 伽师县 (of 喀什地区, 新疆维吾尔自治区) — its 商务和工业信息化局, 招商引资服务中心,
电子商务公共服务中心, 供销合作社联合社, 商贸流通服务中心, the 经济发展办公室 of two towns (巴仁镇,
西克尔库勒镇) and its 经济开发区管委会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 商务和工业信息化局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 招商引资服务中心's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 电子商务公共服务中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 供销合作社联合社's 责任清单 under GROUP ROWS ``一、理事会领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 商贸流通服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 巴仁镇经济发展办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 西克尔库勒镇经济发展办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jiashi_development_zone_points_as_tabs``: the 经济开发区管委会's 重点廉政风险点责任分解表, ONE
  SHEET A KEY RISK POINT whose POINT IS WRITTEN ONLY AS THE WORKSHEET'S TAB NAME (``入园项目准入评审把关
  不严``, …): every sheet carries the same generic title, a 填报单位 line and a small table ``序号 | 科室 |
  岗位 | 姓名 | 风险等级 | 本人防控措施`` listing the holders of that one point, each with his own level
  and measures; no cell of any sheet names the point (no 风险点 column, no label block), the first
  sheet's ``说明：`` line says the tab name is the point; the same people stand on several sheets.
  The 读得懂的表 knows one sheet a key point (“一点一策”) whose point stands in a label block
  (``风险点名称 | …``) over a 涉及岗位及人员 table, sheets by level or by type (tab names giving the
  level or the type of their rows) and tab names giving the holder; it does not describe a workbook
  whose tab names ARE the risk points, the sheets holding only the holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 深圳市 工业和信息化产业发展专项资金
管理办法 — 项目储备, 受理审核, 资金拨付, 第三方专业服务机构, 绩效; a comment on “招商作假” — 空壳公司,
中介机构手续费, 重复签约, 履约承诺书; a paper on 成县 农村电商 and 乡村治理 — 电商培训, 数据, 诚信营销,
政务平台; a 江门市供销合作联社 notice on “社村”合作 项目入库 — 农产品综合服务站, 专项资金, 项目库; a
遂宁市商务局 notice on 报废汽车回收拆解 — 监督检查, “五大总成”, 回收证明; a 乡 招商工作 note — 乡经济发展
办公室牵头, 招商引资指挥部, 工商注册; a 镇 招商小分队 述职 — 招商任务, 新引进项目, 到位资金; a 中国新闻周刊
piece on 经开区 corruption — 违规招人, 亦官亦商, 土地, 企业家围猎) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 庞 and 段 with rare given names); every unit is a body of 伽师县.

Run ``python tests/published/score.py --set batch882`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet's TAB NAME is the risk point of every row of its table (the
  holder's 科室, 岗位 and 姓名 and his level from the row; ``本人防控措施`` names no holder); one form a
  holder, filed under the first sheet he stands on; the title, the 填报单位 line, the ``说明：`` line
  and the 制表 line are no points;
- ``局领导``, ``中心领导``, ``理事会领导``, ``管委会领导`` (a 股室/部门/科室 cell or a group row) are the 科室 of
  those leaders; the 商务和工业信息化局's leaders (sheet ``局领导``, no 科室 column) and the cards'
  leaders have no 科室; a group row ``二、业务科`` gives the 科室 ``业务科`` (its number left off);
- 局长, 副局长, 主任 and 副主任 of a centre, office or 管委会, the 供销社's 理事会主任 and 监事会主任 are
  leaders; 股长, 科长 and a 部's 部长 middle; the rest (股员, 科员, 会计, 出纳, 招商专员, 统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 电子商务公共服务中心's list names no person: its forms are posts;
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

PREFIX = "b882_"
PLACE = "伽师县"
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

# the 管委会's people: key -> (科室, 岗位, 姓名, tier)
ZONE_STAFF = {
    "主任": ("管委会领导", "主任", "段翯珲", "leader"),
    "副主任": ("管委会领导", "副主任", "庞甯瓒", "leader"),
    "招商科长": ("招商服务科", "科长", "段瑷岫", "middle"),
    "招商专员": ("招商服务科", "招商专员", "庞玥翯", "general"),
    "建设科长": ("规划建设科", "科长", "段峋沄", "middle"),
    "会计": ("财务审计科", "会计", "庞峣湄", "general"),
}

# one sheet a key point, the point only the tab's name: (tab = 风险点, [(staff key, 等级, 本人防控措施)])
TAB_POINTS = [
    ("入园项目准入评审把关不严", [
        ("主任", "一级", "入园项目经管委会主任办公会集体研究，评审意见存档。"),
        ("招商科长", "一级", "投资强度、亩均税收等准入指标逐项核对，评审专家随机抽取。"),
        ("招商专员", "二级", "企业申报材料当面受理登记，不代企业编写材料。"),
    ]),
    ("标准化厂房租金擅自减免", [
        ("副主任", "一级", "租金减免按入园协议约定执行，超出约定的报管委会研究。"),
        ("会计", "二级", "租金收缴台账按月与合同核对，减免凭审批单入账。"),
    ]),
    ("企业扶持奖补资金审核不实", [
        ("副主任", "二级", "奖补申请经招商服务科初审、财务审计科复核后公示。"),
        ("招商科长", "二级", "固定资产投资额以第三方审计报告为准。"),
        ("会计", "一级", "奖补资金直接拨付企业对公账户，不经中间账户。"),
    ]),
    ("园区基础设施工程变更签证不严", [
        ("主任", "二级", "工程变更超过合同价10%的经管委会会议研究。"),
        ("建设科长", "一级", "隐蔽工程现场计量留影像资料，签证由建设、监理、施工三方签字。"),
    ]),
]  # fmt: skip


def jiashi_development_zone_points_as_tabs() -> dict:
    unit = f"{PLACE}经济开发区管委会"
    t = _Truth(unit)
    home: dict[str, str] = {}
    sheets = []
    for n, (tab, holders) in enumerate(TAB_POINTS):
        sh = _Sheet(tab, [6, 14, 12, 10, 10, 46])
        _line(sh, f"{unit}重点廉政风险点责任分解表", 6)
        _line(sh, f"填报单位：{unit}党政办公室{GAP * 12}2025年5月", 6)
        if n == 0:
            _line(
                sh,
                "说明：本表每个工作表为一项重点廉政风险点，风险点名称以工作表名称为准；表内为承担该风险点的岗位人员。",
                6,
            )
        sh.add("序号", "科室", "岗位", "姓名", "风险等级", "本人防控措施")
        for i, (key, lv, measures) in enumerate(holders, 1):
            dept, post, who, tier = ZONE_STAFF[key]
            sh.add(i, dept, post, who, lv, measures)
            home.setdefault(who, tab)
            t.point(home[who], dept, post, who, tier, tab, [], GRADES[lv])
        sh.add("制表：", None, "审核：", None, "监督：管委会纪工委", None)
        sheets.append(sh)
    return _layout(
        "jiashi_development_zone_points_as_tabs", "https://kan.china.com/article/1205893_9.html",
        "(harder) 县经济开发区管委会 重点廉政风险点责任分解表, after the source's 中国新闻周刊 piece on 经开区 corruption "
        "(经开区 政策宽、企业家必争, 违规招人, 亦官亦商, 发土地财): ONE SHEET A KEY RISK POINT whose point is written ONLY "
        "as the worksheet's TAB NAME; every sheet has the same generic title, a 填报单位 line (the first sheet also a "
        "``说明：`` line saying the tab name is the point) and a small table ``序号 | 科室 | 岗位 | 姓名 | 风险等级 | "
        "本人防控措施`` listing the holders of that point, each with his own level and measures; no 风险点 column and "
        "no label block; the same people on several sheets; ``一级/二级/三级``, no type column; a 制表/审核/监督 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiashi_commerce_bureau_two_sheets() -> dict:
    unit = f"{PLACE}商务和工业信息化局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 36])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("庞瑀沅", "局长", "主持全面工作", [
            ("工业和信息化专项资金分配不经党组会集体研究", "一级", "资金分配方案经局党组会研究，分配结果公示。"),
            ("委托第三方服务机构不经比选，指定关系单位", "二级", "第三方机构通过政府采购确定，合同公开。"),
        ]),
        ("段昶璟", "副局长", "分管工业、中小企业", [
            ("中小企业发展资金项目申报审核走过场", "一级", "申报项目实地核查，核查记录双人签字。"),
            ("项目储备库入库标准执行不严", "二级", "入库项目清单经局务会审定并公开。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 40, 9, 36])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工业和信息化股", "股长", "庞曦堃", "middle", "技术改造项目资金拨付不按绩效目标审核", "一级",
         "资金拨付前核对绩效目标完成情况，未达标的暂缓拨付。"),
        ("工业和信息化股", "股长", "庞曦堃", "middle", "企业“专精特新”认定推荐搞照顾", "二级", "推荐名单按评分排序，结果公示。"),
        ("工业和信息化股", "股员", "段琰昉", "general", "项目申报材料受理不登记、随意退回", "三级", "受理材料登记编号，退回书面说明理由。"),
        ("市场运行股", "股长", "庞珺岵", "middle", "成品油零售经营资格审核把关不严", "一级", "审核实行初审、复审两级，现场核查留影像。"),
        ("办公室", "会计", "段霂琛", "general", "专项资金报账单据审核不严，虚列支出", "二级", "报账单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiashi_commerce_bureau_two_sheets", "https://www.sz.gov.cn/zfgb/2025/gb1382/content/post_12349146.html",
        "县商务和工业信息化局 廉政风险防控一览表 in TWO SHEETS, after the source's 工业和信息化产业发展专项资金管理办法 (项目储备, "
        "受理审核, 资金拨付, 第三方专业服务机构, 绩效目标): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jiashi_investment_center_list() -> dict:
    unit = f"{PLACE}招商引资服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 13, 9, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "段璩岚", "leader", "为完成招商任务虚报签约项目、重复签约", "制度机制", "高风险",
         "签约项目逐一核实投资主体和资金来源，每季度核查落地情况。"),
        ("中心领导", "主任", "段璩岚", "leader", "向中介机构支付招商“手续费”不经集体研究", "岗位职责", "中风险",
         "委托招商协议经中心会议研究，费用按到位资金据实结算。"),
        ("项目部", "部长", "庞淏璩", "middle", "对空壳公司投资主体资格审查不严", "业务流程", "高风险",
         "投资主体资格经市场监管、税务信息交叉核验。"),
        ("项目部", "招商专员", "段岵琮", "general", "接受客商宴请、礼品，泄露招商底价", "思想道德", "中风险",
         "招商洽谈两人以上参加，洽谈记录存档。"),
        ("综合部", "统计员", "庞琤翾", "general", "招商引资到位资金统计数据弄虚作假", "岗位职责", "中风险",
         "到位资金凭银行进账单统计，每月与财政、统计部门核对。"),
        ("综合部", "出纳", "段槿曈", "general", "招商活动经费超标准报销", "外部环境", "低风险",
         "招商活动经费事前审批，凭清单报销。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "jiashi_investment_center_list", "http://mylovecards.com/post/3/32077",
        "县招商引资服务中心 岗位廉政风险防控一览表, after the source's comment on “招商作假” (空壳公司, 中介机构收取手续费, "
        "重复签约, 履约承诺书, 政绩饥渴症): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def jiashi_ecommerce_center_posts() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 40, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "服务站点补助", "乡村电商服务站点建设补助对象确定不公开", "制度机制风险", "高",
         "补助站点经实地验收、集体研究后公示。"),
        ("运营部", "部长", "middle", "电商培训组织", "虚报培训人数、套取培训补贴", "业务流程风险", "高",
         "培训签到人脸识别，培训名单公示。"),
        ("运营部", "部长", "middle", "农产品上行推介", "推介企业、产品时收受好处，优亲厚友", "思想道德风险", "中",
         "推介名单按统一标准遴选并公开。"),
        ("运营部", "数据专员", "general", "电商数据统计", "网络零售额数据虚报、随意调整", "岗位职责风险", "中",
         "数据取自平台后台，调整须书面说明并留痕。"),
        ("综合部", "会计", "general", "物流配送补贴", "快递物流补贴单据审核不严", "业务流程风险", "低",
         "补贴按件数核定，与快递企业系统数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jiashi_ecommerce_center_posts", "https://www.hanspub.org/journal/paperinformation?paperID=116989",
        "县电子商务公共服务中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 成县 农村电商 and 乡村治理 (电商培训, "
        "数据, 诚信营销, 政务平台, 监督职责): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiashi_supply_coop_group_rows() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、理事会领导", "理事会领导", [
            ("理事会主任", "庞沄槿", "leader", [
                ("“社村”合作项目入库不经集体研究", "一级风险", "入库项目经理事会会议研究，名单公开。"),
                ("社有资产出租、处置不公开招租", "一级风险", "资产出租一律公开招租，评估价为底价。"),
            ]),
        ]),
        ("二、业务科", "业务科", [
            ("科长", "段翾沚", "middle", [
                ("农产品综合服务站建设验收把关不严", "二级风险", "验收邀请财务、纪检人员参加，验收报告存档。"),
                ("农资储备承储企业选定暗箱操作", "二级风险", "承储企业通过竞争性谈判确定。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "庞翮瑷", "general", [
                ("供销惠农专项资金拨付不按进度", "二级风险", "资金按项目进度拨付，拨付单据三签。"),
                ("基层社往来款长期挂账不清理", "三级风险", "往来款每季度清理，账龄分析报理事会。"),
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
        "jiashi_supply_coop_group_rows", "http://www.jiangmen.gov.cn/bmpd/jmsgxhzls/tzgg/content/post_3349970.html",
        "县供销合作社联合社 廉政风险防控责任清单, after the source's 供销合作联社 notice on “社村”合作 项目入库 (农产品综合服务站, "
        "供销惠农服务专项资金, 项目库, 运营公司): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、理事会领导``, ``二、业务科``, ``三、财务科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def jiashi_trade_service_cards() -> dict:
    unit = f"{PLACE}商贸流通服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "段瑢翙", "主任", "主持中心全面工作", "leader", [
            ("报废机动车回收企业监督检查走过场", "★★★", "检查实行双人双随机，检查记录当场签字。"),
            ("放任回收企业倒卖“五大总成”不查处", "★★★", "发现线索当日登记，移交情况按月通报。"),
            ("接受回收企业宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副主任", "庞璟沚", "副主任", "分管市场监测、成品油", "leader", [
            ("报废汽车回收证明发放核查不严", "★★", "回收证明与拆解记录逐一核对。"),
            ("成品油市场检查提前透露检查信息", "★★", "检查时间、对象随机抽取，不提前通知。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 36])
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
        "jiashi_trade_service_cards", "https://snswj.suining.gov.cn/zwgk/show/15bd202f1a4f491e8c931f0a7ddfaff5.html",
        "县商贸流通服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 商务局 notice on 报废汽车回收拆解 "
        "(监督检查, “五大总成”, 拆解站点, 移交公安机关): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiashi_baren_economy_office_selfchecks() -> dict:
    unit = f"{PLACE}巴仁镇经济发展办公室"
    t = _Truth(unit)
    people = [
        ("段琨翯", "办公室领导", "主任", "leader", [
            ("招商引资项目用地选址打招呼、定地块", "Ⅰ级", "项目选址经镇招商引资指挥部集体研究。", "已落实"),
            ("为亲友承揽入驻企业配套工程提供便利", "Ⅱ级", "签订利益冲突回避承诺书。", "未发现问题"),
        ]),
        ("庞昕璠", "企业服务组", "科员", "general", [
            ("代办企业工商注册收取好处费", "Ⅰ级", "代办服务免费，服务事项公示。", "已落实"),
            ("企业用工补助申报材料审核不严", "Ⅲ级", "申报材料与社保缴费记录核对。", "已落实"),
        ]),
        ("段沚琰", "统计组", "统计员", "general", [
            ("规上企业统计数据代填、虚报", "Ⅱ级", "统计数据由企业自行报送，镇级只审核不代填。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 36, 12])
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
        "jiashi_baren_economy_office_selfchecks", "https://www.dongpingren.com/archiver/tid-462467.html",
        "县镇经济发展办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on a 乡's "
        "招商工作 (乡经济发展办公室牵头, 招商引资指挥部, 工商注册, 用工信息): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def jiashi_xikeer_economy_office_register() -> dict:
    unit = f"{PLACE}西克尔库勒镇经济发展办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "庞璇翀", "leader", [
            ("招商小分队外出招商经费超标准开支", "制度机制", "一级", "外出招商事前报批，费用凭票据报销。"),
            ("新引进项目到位资金虚报", "岗位职责", "二级", "到位资金凭银行凭证核实，每季度公示。"),
        ]),
        ("招商组", "组长", "段珏沄", "middle", [
            ("与客商私下约定优惠条件", "外部环境", "一级", "优惠条件以镇党委会议纪要为准。"),
        ]),
        ("招商组", "招商专员", "庞翊岫", "general", [
            ("泄露项目洽谈信息给关联企业", "思想道德", "二级", "洽谈信息专人保管，签订保密承诺。"),
            ("项目跟踪服务收受企业礼品", "思想道德", "三级", "节前廉洁提醒，礼品登记上交。"),
        ]),
        ("综合组", "出纳", "段旻璐", "general", [
            ("招商奖励资金发放不按规定", "业务流程", "一级", "奖励资金经镇党委会议研究后发放并公示。"),
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
        "jiashi_xikeer_economy_office_register",
        "https://www.mingyanjiaju.org/fanwen/nongcunnongyegongzuozongjie/1291517291154618.htm",
        "县镇经济发展办公室 廉政风险点排查登记表, after the source's 镇 招商小分队 述职 (招商任务, 新引进项目, 到位资金, 走出去"
        "和请进来): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiashi_development_zone_points_as_tabs(),
    jiashi_commerce_bureau_two_sheets(),
    jiashi_investment_center_list(),
    jiashi_ecommerce_center_posts(),
    jiashi_supply_coop_group_rows(),
    jiashi_trade_service_cards(),
    jiashi_baren_economy_office_selfchecks(),
    jiashi_xikeer_economy_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch882-inbox"))
