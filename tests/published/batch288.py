"""The two-hundred-and-eighty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's state-owned
companies and 事业单位, 苍溪县 (a county of 广元) — its 城市建设投资集团有限公司 (城投), 水务集团有限公司,
交通建设投资有限公司 (交投), 文化旅游投资集团有限公司, 国有林场, 供销合作社联合社 and the 联合社's
农业生产资料有限责任公司, and its 旅游景区管理服务中心 — each handing back the 一览表, 防控卡, 排查表,
清单, 自查表 or 防控表 its staff typed in WPS or Excel:

- the 城投's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门`` merged (集团领导,
  投资发展部, 工程管理部, 法务审计部, 财务部), ``岗位`` and ``姓名`` merged per person, short types
  (``制度机制`` …), 高/中/低, a 填表人/审核人/董事长（签字） line;
- the 水务集团's 防控卡, one sheet a holder (tabs named by the holder): ONE row ``姓　名 | … | 部　门 | … |
  职　务 | …`` above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施`` (the measures merged over the last
  two columns), ``…风险`` types,
  ``★★★/★★/★`` read by a ``注：`` line, ``监督电话：12388 | 持卡人（签字）：``;
- the 文化旅游投资集团's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``高风险/中风险/低风险``, no type
  column;
- the 国有林场's 自查表, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged ``所在股室 | …``
  above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查人（签名）： | … | 场长审核意见：``;
- the 供销合作社联合社's 责任清单 under GROUP ROWS ``一、社领导`` … ``四、财务审计股`` merged across (no 股室
  column): ``岗位`` and ``姓名`` merged per person, ``职责事项`` before the ``廉政风险点``, short types,
  ``一级风险/二级风险/三级风险``;
- the 旅游景区管理服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ``, no names; an 编制/审核/date line;
- the 农业生产资料有限责任公司's 责任清单 written on EVERY row (no merges): ``部门 | 岗位 | 责任人 | 职责事项 |
  廉洁风险点 | 风险等级 | 防控措施``, 高/中/低, no type column.

One is harder:

- ``cangxi_transport_investment_dash_points``: the 交通建设投资有限公司's 廉洁风险防控表, an ordinary
  list in every other respect (``部门`` merged, ``岗位`` and ``姓名`` merged per person, ``一级/二级/三级``, no
  type column), whose ONE risk column ``廉洁风险点及表现形式`` holds in each cell the SHORT RISK POINT and
  its LONG DESCRIPTION joined by an em-dash pair: ``征地拆迁补偿——虚报拆迁面积和地上附着物数量，套取
  补偿资金``; the ``注：`` line under the table says so (``“——”前为廉洁风险点，后为其主要表现形式``). So a
  cell is the 风险点 and the 风险描述 of the two-column tables (``风险点 | 风险表现``) written in one cell,
  and the point is the text before ``——``. The README's 读得懂的表 knows a short 风险点 column beside a
  long description column; ``风险点：…⏎防控措施：…`` (a point and its measures) in one cell; a type
  written before the point (``思想道德风险：…``); a level or a type in brackets after it in a
  ``风险点及等级`` column; numbered points in one cell; and a heading ending in ``表现`` read as the
  point when there is no other point column. It does not describe a point and its 表现形式 in one cell
  split by ``——``, where the point is only the part before the dash.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区 城发集团's 签证管理制度 — 投资
发展部, 总师室, 法务审计部, 纪检监察室, 城建公司, 签证环节, 四责协同; a 水务集团 纪委's 嵌入式监督 on
its 健康管网行动 — 开工先开廉洁课, 清廉工程 监督清单, 纪审联动, 跟踪审计, 智慧水务; a 交投集团's
高速公司 纪委 and the 施工总承包部 on 廉洁风险联防联控 — 工程廉政合同, 征迁协调, 施工图设计, 项目资金;
a 县纪委监委 on 清廉景区 — 文广体旅局, 廉洁文化旅游线路, 景区景点; a 林业管理制度 — 森林资源, 植树造林,
森林采伐, 采伐许可证, 林业基金, 生产经营部, 作业验收; a 供销合作总社's 农药零差率集采统配 监督管理
办法 — 招标采购, 集中配供, 零差率销售, 建账建库, 废弃包装物回收, 项目资金, 监事会, 财务审计; a
news item on 景区违规涨价 — 打包加价, 门票收入流向, 景区维护和建设; a 县纪委监委 on 农资安全 — 农资
经营门店, 批发市场, 假冒伪劣, 过期失效, 禁限用农药) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 苍溪县.

Run ``python tests/published/score.py --set batch288`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each cell of ``廉洁风险点及表现形式`` is ``风险点——表现形式``: the point is the text
  before ``——`` (the short name, as in ``风险点 | 风险表现`` tables), the text after it is its
  description and no point; the holder is ``姓名``, the level ``一级/二级/三级`` of the row;
- ``集团领导``, ``公司领导``, ``场领导``, ``社领导`` and ``中心领导`` (a 部门/股室 cell, a card's 部门, a
  self-check's 所在股室, a group row) and the 文化旅游投资集团's sheet ``领导班子`` (its title
  ``…领导班子成员…``) are the 科室 of those leaders; a company's 部 and
  中心 (``仓储配送中心``), a 林场's, a 联合社's and a 服务中心's 股 are 科室; a group row ``二、业务发展股``
  gives the 科室 ``业务发展股`` (its number left off);
- every company, the 林场, the 联合社 and the 服务中心 is a unit of its own: 董事长, 总经理, 副总经理, 场长,
  副场长, the 联合社's 主任 and 副主任 and the 服务中心's 主任 are leaders; 部长, a 部's or 部门's 经理, the
  综合办公室's 主任 and 股长 middle; the rest (造价工程师, 现场代表, 征迁专干, 会计, 出纳, 抄表
  收费员, 票务员, 护林员, 报账员, 科员, 售票员, 讲解员, 采购员, 保管员, 营业员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``职责事项``, ``分管工作`` and ``自查情况``
  are no points and name no holder; the 服务中心's list names no person: its forms are posts
  (对岗不对人); the 农资公司's ``责任人`` column names the holder;
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``Ⅰ/Ⅱ/Ⅲ``
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b288_"
PLACE = "苍溪县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DASH = "——"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

DASH_NOTE = (
    "注：“廉洁风险点及表现形式”栏中，“——”前为廉洁风险点，后为其主要表现形式；"
    "风险等级分一级、二级、三级，一级为最高。"
)

# (部门, 岗位, 姓名, tier, [(风险点, 表现形式, 等级, 防控措施)])
DASH_POSTS = [
    ("公司领导", "董事长", "欧澍岐", "leader", [
        ("重大投融资决策", "项目投资、融资和对外担保不经“三重一大”集体决策，个人说了算", "一级",
         "重大事项党支部前置研究、董事会集体决策，会议纪要存档备查。"),
        ("插手工程发包", "为特定关系人承揽公司工程项目打招呼、递条子", "一级",
         "插手干预事项一律登记，按季度向县纪委监委报告。"),
    ]),
    ("公司领导", "总经理", "沃弈琨", "leader", [
        ("工程廉政合同履行", "与施工总承包单位签订廉政合同后不督促履行，对违约行为不追究", "二级",
         "廉政合同与施工合同同步签订、同步检查。"),
        ("项目资金拨付审批", "对不符合合同约定的进度款签批拨付", "一级",
         "资金拨付凭合同、计量单、监理审核意见三级审批。"),
    ]),
    ("工程部", "部长", "蔚岑涓", "middle", [
        ("施工图设计变更", "设计变更论证不充分，借变更增加工程量和投资", "一级",
         "变更经设计、监理、跟踪审计和公司四方会签，重大变更报县交通运输局。"),
        ("分包单位管理", "对施工单位违法分包、转包不制止、不报告", "二级",
         "项目部主要管理人员到岗每周抽查，发现转包立即报告。"),
    ]),
    ("工程部", "现场代表", "夔珈铭", "general", [
        ("隐蔽工程验收", "隐蔽工程不到现场验收即签字，与施工单位串通虚报工程量", "二级",
         "隐蔽工程验收影像上传系统，验收单监理、现场代表双签。"),
        ("接受施工单位宴请", "接受施工单位宴请、礼品礼金和旅游安排", "三级",
         "签订《廉洁从业承诺书》，节前开展廉洁提醒。"),
    ]),
    ("征迁协调部", "征迁专干", "隆沚岳", "general", [
        ("征地拆迁补偿", "虚报拆迁面积和地上附着物数量，套取补偿资金", "一级",
         "征迁实物量现场丈量，乡镇、村、公司三方签字并张榜公示。"),
        ("临时用地协调", "协调临时用地时为亲友争取额外补偿", "三级", "临时用地协议统一文本，补偿标准公开。"),
    ]),
    ("财务部", "出纳", "师霈璇", "general", [
        ("资金收付", "不按审批单据支付，公款私存或挪用", "二级", "网银支付制单、复核分离，每月银行对账。"),
    ]),
]  # fmt: skip


def cangxi_transport_investment_dash_points() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    sh = _Sheet("防控表", [6, 12, 10, 10, 56, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    _line(sh, f"填报部门：综合办公室{GAP * 16}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点及表现形式", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in DASH_POSTS:
        for point, shows, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, f"{point}{DASH}{shows}", lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, DASH_NOTE, 7)
    sh.add("制表人：", None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "cangxi_transport_investment_dash_points", "http://m-huangshifb.cjyun.org/p/278910.html",
        "(harder) 县交通建设投资有限公司 岗位廉洁风险防控表, after the source's 交投集团 高速公司 纪委 and 施工总承包部 on "
        "廉洁风险联防联控 (工程廉政合同, 征迁协调, 施工图设计, 项目资金): a title, a merged ``填报部门：综合办公室　填报时间："
        "2025年6月`` line, 序号/部门 merged (公司领导, 工程部, 征迁协调部, 财务部)/岗位 and 姓名 merged per person/ONE risk "
        "column ``廉洁风险点及表现形式`` whose every cell is ``风险点——表现形式`` (a short point, an em-dash pair, its long "
        "description)/风险等级 ``一级/二级/三级``/防控措施; no type column; a merged ``注：`` line saying the text before "
        "``——`` is the point, and a 制表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cangxi_urban_investment_list() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("集团领导", "董事长", "谯峤淞", "leader", [
            ("代建项目安排和大额资金使用不经集体研究", "制度机制", "高",
             "严格执行“三重一大”决策制度，党委会前置研究。"),
            ("为亲友承揽集团工程打招呼、插手干预", "思想道德", "高", "插手干预重大事项记录报告。"),
        ]),
        ("集团领导", "副总经理", "阚曜泓", "leader", [
            ("签证管理制度执行不严，对超权限签证签批", "岗位职责", "中", "签证分级审批，超权限签证报集团办公会。"),
        ]),
        ("投资发展部", "部长", "蓟沅珂", "middle", [
            ("项目可行性研究论证走过场", "业务流程", "中", "可研报告经专家评审并报发改部门审批。"),
            ("融资合作机构选择暗箱操作", "制度机制", "高", "融资机构比选结果经集团办公会研究并公示。"),
        ]),
        ("工程管理部", "部长", "衡栩浦", "middle", [
            ("现场签证事后补签、虚增工程量", "业务流程", "高", "签证实行事前报告、现场确认、限时办结。"),
            ("对参建单位履约检查不到位", "岗位职责", "低", "每月开展履约检查，结果纳入信用评价。"),
        ]),
        ("工程管理部", "造价工程师", "步岚翮", "general", [
            ("工程结算审核不严，高估冒算", "岗位职责", "中", "结算送第三方审核，集团法务审计部复核。"),
        ]),
        ("法务审计部", "部长", "耿澜玥", "middle", [
            ("跟踪审计发现问题不报告、不督促整改", "外部环境", "中", "审计问题建立台账，整改销号管理。"),
        ]),
        ("财务部", "会计", "冷翮漪", "general", [
            ("工程款支付凭证审核不严", "业务流程", "低", "支付凭证经办、复核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "cangxi_urban_investment_list", "http://jijian.jiading.cn/gzdt/dfzf/content_451007",
        "县城市建设投资集团有限公司 岗位廉洁风险防控一览表, after the source's 城发集团 签证管理制度 (投资发展部, 总师室, 法务"
        "审计部, 纪检监察室, 签证环节, 四责协同): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` "
        "line, 序号/部门 merged (集团领导, 投资发展部, 工程管理部, 法务审计部, 财务部)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def cangxi_water_group_cards() -> dict:
    unit = f"{PLACE}水务集团有限公司"
    t = _Truth(unit)
    cards = [
        ("匡霆溯", "集团领导", "总经理", "leader", [
            ("健康管网工程发包不按规定程序", "制度机制风险", "★★★", "工程发包进入公共资源交易平台公开招标。"),
            ("对跟踪审计发现的问题不督促整改", "岗位职责风险", "★★", "纪审联动，问题清单限期销号。"),
        ]),
        ("禄淇昊", "管网工程部", "经理", "middle", [
            ("管网改造工程量签认不实", "业务流程风险", "★★★", "工程量现场计量，影像资料上传智慧水务平台。"),
            ("管材进场验收把关不严，以次充好", "岗位职责风险", "★★", "管材进场抽检送检，验收单三方签字。"),
            ("接受施工单位宴请、礼品", "思想道德风险", "★", "开工先开廉洁课，签订廉洁承诺书。"),
        ]),
        ("阙芷溁", "营销服务中心", "抄表收费员", "general", [
            ("估抄、漏抄，为熟人少计水量", "业务流程风险", "★★", "抄表照片实时上传，营销服务中心按月抽查。"),
            ("收取水费不开票据、不及时入账", "外部环境风险", "★★★", "水费一律系统开票，当日解缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [6, 36, 14, 9, 20, 24])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 6)
        sh.add("姓　名", who, "部　门", dept, "职　务", post)
        r = sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, stars, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("监督电话：12388", None, "持卡人（签字）：", None, None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "cangxi_water_group_cards", "http://fzzx.org.cn/show-702677.html",
        "县水务集团有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs named by the holder), after the source's 水务集团 "
        "纪委 嵌入式监督 on its 健康管网行动 (开工先开廉洁课, 清廉工程 监督清单, 纪审联动, 跟踪审计, 智慧水务): a title, ONE "
        "row ``姓　名 | … | 部　门 | … | 职　务 | …``, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施 (merged "
        "over the last two columns, under 职　务 and its value); a merged ``注：`` line on the stars and ``监督电话：12388 | 持卡人（签字）： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def cangxi_culture_tourism_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游投资集团有限公司"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 10, 20, 38, 10, 34])
    _line(lead, f"{unit}领导班子成员廉洁风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("晁濂珺", "董事长", "主持集团全面工作", [
            ("景区开发项目投资决策不经集体研究", "高风险", "重大投资党委会前置研究、董事会决策。"),
            ("干部选拔任用搞个人说了算", "高风险", "干部任用全程纪实，党委集体研究。"),
        ]),
        ("敖岫霖", "副总经理", "分管景区运营、工程建设", [
            ("廉洁文化景点建设项目化整为零规避招标", "高风险", "工程项目按限额标准公开招标。"),
            ("景区经营项目承包发包不公开", "中风险", "经营项目公开竞价，结果公示。"),
            ("接受合作旅行社宴请、礼品", "低风险", "签订廉洁从业承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "领导班子", post, who, "leader", point, [], BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部门", [6, 14, 10, 10, 38, 10, 34])
    _line(dept, f"{unit}部门岗位廉洁风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "冷筠珧", "middle", [
            ("公务接待超标准、超范围", "中风险", "接待事前审批，费用按月公开。"),
        ]),
        ("景区运营部", "经理", "简泷蔚", "middle", [
            ("擅自打包加价或变相提高门票价格", "高风险", "门票价格按批复执行，在售票处公示。"),
            ("景区讲解服务收费不入账", "中风险", "讲解服务统一开票，收入日清日结。"),
        ]),
        ("景区运营部", "票务员", "饶翊沄", "general", [
            ("门票收入截留、挪用", "高风险", "电子票务系统售检票，每日对账。"),
            ("违规办理免票、优惠票", "低风险", "免票优惠凭证件登记，每周抽查。"),
        ]),
        ("工程项目部", "经理", "毋岷湘", "middle", [
            ("景区维护工程验收不严", "中风险", "验收由工程、财务、使用部门共同参加。"),
        ]),
        ("财务部", "会计", "鞠淼柘", "general", [
            ("门票收入流向不透明，收支不入账", "中风险", "门票收入全部纳入集团账户核算，定期公开。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "cangxi_culture_tourism_two_sheets", "http://gongcheng.qlgl.gov.cn/show-3-54925-5.html",
        "县文化旅游投资集团有限公司 廉洁风险防控表 in two sheets, after the source's 县纪委监委 on 清廉景区 (文广体旅局, 廉洁"
        "文化景区景点, 廉洁文化旅游线路): ``领导班子`` (title ``…领导班子成员…``) with 序号/姓名/职务/分管工作 merged per leader/廉洁风险点/风险等级/"
        "防控措施; ``部门`` with 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/风险等级/防控措施; "
        "``高风险/中风险/低风险``; no type column, no sign-off line",
        [lead, dept], t,
    )  # fmt: skip


def cangxi_forest_farm_selfchecks() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    people = [
        ("须峄昶", "场领导", "场长", "leader", [
            ("林业经营方案执行", "森林采伐限额分配不经场务会研究", "制度机制风险", "Ⅰ级",
             "采伐限额分配场务会集体研究，结果公示。", "已落实"),
            ("林业基金管理", "林业基金挪作他用", "岗位职责风险", "Ⅰ级", "林业基金专户管理，年度审计。", "未发现问题"),
        ]),
        ("巢渟钰", "营林生产股", "股长", "middle", [
            ("造林工程验收", "造林作业验收不实，虚报造林面积和成活率", "业务流程风险", "Ⅰ级",
             "作业验收两人以上，面积实测、成活率抽样。", "已整改"),
            ("采伐作业设计", "采伐设计超出采伐许可证范围", "岗位职责风险", "Ⅱ级",
             "采伐设计与许可证逐项核对。", "已落实"),
            ("苗木采购", "苗木采购指定供应商，收受好处", "外部环境风险", "Ⅱ级", "苗木采购比价，验收与采购分离。",
             "未发现问题"),
        ]),
        ("荆炜漪", "资源管护股", "护林员", "general", [
            ("日常巡护", "巡护记录不实，对盗伐林木行为隐瞒不报", "岗位职责风险", "Ⅱ级",
             "巡护轨迹系统记录，股室每月抽查。", "已落实"),
            ("木材运输检查", "接受木材经营者好处，放行无证木材", "思想道德风险", "Ⅲ级",
             "检查记录留存，两人以上执勤。", "未发现问题"),
        ]),
        ("竺姝澜", "财务股", "报账员", "general", [
            ("护林员工资发放", "虚报护林员人数冒领工资", "业务流程风险", "Ⅱ级", "工资按考勤发放，名册公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 34, 14, 9, 30, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        sh.add("姓　名", who, "职　务", post, None, None, None)
        r = sh.add("所在股室", dept, None, None, None, None, None)
        sh.merge(r, 1, r, 6)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (duty, point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "场长审核意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "cangxi_forest_farm_selfchecks", "https://www.renrendoc.com/p-1649145.html",
        "县国有林场 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 林业管理制度 "
        "(森林资源, 植树造林, 森林采伐, 采伐许可证, 林业基金, 生产经营部, 作业验收): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged ``所在股室 | …``, then 序号/``工作职责``/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; a blank row and ``自查人（签名）： | 场长审核意见：``",
        sheets, t,
    )  # fmt: skip


def cangxi_supply_coop_group_rows() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("责任清单", [6, 10, 10, 16, 38, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、社领导", "社领导", [
            ("主任", "权濬峰", "leader", [
                ("重大事项决策", "社有资产处置不经理事会集体研究", "制度机制", "一级风险",
                 "社有资产处置经理事会研究，进场公开交易。"),
                ("干部管理", "基层社负责人选任搞亲疏远近", "思想道德", "一级风险", "选任程序公开，任前公示。"),
            ]),
            ("副主任", "盖瑢洲", "leader", [
                ("项目资金管理", "农药零差率项目资金分配不公开", "岗位职责", "二级风险", "项目资金分配方案公示。"),
            ]),
        ]),
        ("二、业务发展股", "业务发展股", [
            ("股长", "益琬湄", "middle", [
                ("农药集采统配", "农药招标采购中设置倾向性条件", "业务流程", "一级风险",
                 "招标文件经法律顾问审核，派驻纪检监察组全程监督。"),
                ("集中配供监管", "对配供网点虚报销售量不核查", "岗位职责", "二级风险", "销售台账与系统数据按月比对。"),
            ]),
            ("科员", "相婧渝", "general", [
                ("包装废弃物回收", "虚报农药废弃包装物回收数量", "业务流程", "二级风险", "回收处置数量现场抽查。"),
            ]),
        ]),
        ("三、合作指导股", "合作指导股", [
            ("股长", "游缇峤", "middle", [
                ("基层社扶持", "扶持项目申报审核把关不严", "岗位职责", "二级风险", "申报材料实地核查，结果公示。"),
                ("农民专业合作社指导", "接受合作社宴请、礼品", "外部环境", "三级风险", "节前廉洁提醒，拒收登记。"),
            ]),
        ]),
        ("四、财务审计股", "财务审计股", [
            ("会计", "查涴钧", "general", [
                ("经费报销", "报销票据审核不严，虚列支出", "制度机制", "三级风险", "报销经办、审核、审批三签。"),
                ("内部审计", "对基层社财务审计走过场", "岗位职责", "二级风险", "监事会、财务审计、第三方协同审计。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "cangxi_supply_coop_group_rows", "http://www.dingqianjf.com/news/show/78669afba115890e.html",
        "县供销合作社联合社 廉政风险防控责任清单, after the source's 供销合作总社 农药零差率集采统配 监督管理办法 (招标采购, "
        "集中配供, 零差率销售, 建账建库, 废弃包装物回收, 项目资金, 监事会, 财务审计): a title, 序号/岗位/姓名/``职责事项``/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、社领导``, "
        "``二、业务发展股``, ``三、合作指导股``, ``四、财务审计股`` merged across (no 股室 column); 岗位 and 姓名 merged per "
        "person; an ``编制：办公室 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def cangxi_scenic_center_posts() -> dict:
    unit = f"{PLACE}旅游景区管理服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, biz, site, money = "中心领导", "经营管理股", "景区服务股", "财务股"
    rows = [
        (lead, "主任", "leader", "门票价格调整", "违规打包加价或变相涨价", "制度机制风险", "Ⅰ",
         "门票价格调整按程序报批并公示。"),
        (lead, "主任", "leader", "景区建设项目", "景区维护和建设项目不经集体研究", "岗位职责风险", "Ⅰ",
         "项目安排经中心办公会集体研究。"),
        (biz, "股长", "middle", "经营场地出租", "经营场地出租不公开竞价，低价租给关系人", "外部环境风险", "Ⅰ",
         "场地出租公开竞价，合同统一文本。"),
        (biz, "股长", "middle", "商户监管", "对商户欺客宰客问题不查处", "岗位职责风险", "Ⅱ",
         "商户投诉登记，处理结果回访。"),
        (site, "售票员", "general", "售票收款", "门票收入截留，少开票据", "业务流程风险", "Ⅰ",
         "售票系统实名登记，每日对账。"),
        (site, "讲解员", "general", "讲解服务", "私自收取讲解费用", "思想道德风险", "Ⅲ", "讲解服务统一预约、统一收费。"),
        (money, "会计", "general", "门票收入核算", "门票收入流向不透明，不按规定上缴", "业务流程风险", "Ⅱ",
         "门票收入全额上缴财政专户，收支定期公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BARE_ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "cangxi_scenic_center_posts", "http://www.t-statute.com/articles/2015-06-22/924499.html",
        "县旅游景区管理服务中心 廉政风险点排查表 对岗不对人, after the source's news item on 景区违规涨价 (打包加价, 门票收入"
        "流向, 景区维护和建设): a title, then 序号/股室 merged (中心领导, 经营管理股, 景区服务股, 财务股)/岗位 merged per post/"
        "a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no names; an "
        "``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def cangxi_agri_supplies_duties() -> dict:
    unit = f"{PLACE}农业生产资料有限责任公司"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 16, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "职责事项", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "晋瀚屺", "leader", "经营决策", "农资储备规模和采购价格个人决定", "高",
         "储备计划和采购价格经经理办公会研究。"),
        ("公司领导", "总经理", "晋瀚屺", "leader", "网点布局", "为亲友开设农资经营门店提供便利", "中",
         "门店加盟条件公开，审批结果公示。"),
        ("采购部", "经理", "楚珩淇", "middle", "化肥农药采购", "采购假冒伪劣或过期失效农资", "高",
         "供应商准入审查，每批次抽样送检。"),
        ("采购部", "采购员", "涂沁岷", "general", "供应商联络", "收受供应商回扣、礼品", "高", "签订廉洁协议，采购与验收分离。"),
        ("仓储配送中心", "保管员", "汝漪蘅", "general", "出入库管理", "出入库数量不实，账实不符", "中",
         "每月盘点，账物核对。"),
        ("仓储配送中心", "保管员", "汝漪蘅", "general", "禁限用农药管理", "禁限用农药不专柜存放、不实名登记", "中",
         "禁限用农药专柜专账，实名销售。"),
        ("门市部", "营业员", "鄢崧霓", "general", "零售收款", "销售收入不入账，私自赊销", "低", "收款一律系统开单，日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "cangxi_agri_supplies_duties", "http://www.dxjjw.gov.cn/articles/2026/03/18/article_802_21105_1.html",
        "县供销社的 农业生产资料有限责任公司 廉洁风险防控责任清单, after the source's 县纪委监委 on 农资安全 (农资经营门店, "
        "批发市场, 假冒伪劣, 过期失效, 禁限用农药): a title, then 序号/部门/岗位/``责任人``/``职责事项``/廉洁风险点/风险等级 "
        "高/中/低/防控措施 written on EVERY row (no merges); no type column; a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cangxi_transport_investment_dash_points(),
    cangxi_urban_investment_list(),
    cangxi_water_group_cards(),
    cangxi_culture_tourism_two_sheets(),
    cangxi_forest_farm_selfchecks(),
    cangxi_supply_coop_group_rows(),
    cangxi_scenic_center_posts(),
    cangxi_agri_supplies_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch288-inbox"))
