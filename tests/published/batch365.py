"""The three-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
国有企业 and 国资 bodies, 阎良区 (a district of 西安, its staff Han) — the 城市建设投资集团, the 水务集团
and its 污水处理有限公司, the 公共交通有限责任公司, the 国有资产监督管理办公室 (区国资办), the 国有资本投资
运营有限公司, the 现代农业产业园管理委员会 and the 产业园投资开发有限公司 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 水务集团's 防控卡, one sheet a holder (tabs 总经理, 供水运营部部长, 水质检测员): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | … 集团纪委（盖章）：``;
- the 公共交通有限责任公司's 一览表 under GROUP ROWS ``一、公司领导``, ``二、运营调度部``, ``三、车辆维修部``,
  ``四、票务稽查部`` merged across (no 部门 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 区国资办's file in two sheets: ``办领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``内设科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 现代农业产业园管理委员会's 责任清单: ``责任部门`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures and
  a LAST ``分管领导`` column naming the 管委会's 副主任 on every row;
- the 国有资本投资运营有限公司's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW
  ``姓　名 | 部　门 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 总经理意见：``;
- the 污水处理有限公司's 排查表 对岗不对人: ``部门`` merged (公司领导, 生产运行部, 设备管理部, 综合部),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现`` (ONE row a 风险点), ``…风险``
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 产业园投资开发有限公司's 一览表 under ``附件1``: ``部门 | 岗位 | 责任人`` written out on EVERY row,
  nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``yanliang_urban_investment_merged_points``: the 城市建设投资集团's 岗位廉洁风险点排查表, whose SHORT
  ``廉洁风险点`` (``重大事项决策``, ``工程变更``, ``现场签证``, ``招标文件编制`` …) is MERGED DOWN OVER THE
  SEVERAL ROWS OF ITS ``主要表现形式``, each row with ITS OWN ``风险等级`` and ITS OWN ``防控措施`` (the
  序号 merged with the 风险点, one number a 风险点): a 风险点 of three rows may be 高, 高 and 中. Above
  it ``部门`` is merged and ``岗位 | 姓名`` merged per person as usual; no type column, 高/中/低. So the
  short column is not one point with a long description beside it: it is the HEADING of two or three
  points, and each point is a row's ``主要表现形式`` (the only cell that carries one level and one
  measure). The README's 读得懂的表 knows ``风险点 | 风险描述`` side by side ONE ROW A POINT (the short
  one the point, the long one its description, ``风险点——表现形式`` in one cell the same), a
  ``廉政风险点`` header merged over TWO columns whose left one is a merged 工作事项, ``风险事项 |
  廉政风险点`` (the column headed 风险点 the point), a 风险点 cell merged down over the rows of TWO
  POSTS (a point the posts share), a level or type cell merged down over several points (each point
  takes it), a row ``1`` over rows ``1-1``, ``1-2`` and a lone ``2.预算编制`` section line; it does not
  describe a short column headed ``廉洁风险点`` merged over rows of ONE holder that each carry their own
  level and measures, so that the column headed as the point is only the heading of the points and
  the column headed ``主要表现形式`` holds them.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 成都 兴城集团 廉洁国企 试点 — 五方联建,
廉洁交底, 负面清单, 招标, 工程变更 先审批后实施, 一编一审; a 福州水务集团纪委 监督 — 生产运行, 应急抢修,
后勤保障, 水厂, 供水保障; the 广州公交集团党委's 巡察整改 — 以案促改, 作风, 经营发展, 各部门和二级单位; a
国资委 穿透式监管 note — 敏感消费 识别, 差旅会议 超标准报销 监测, 资金支付 and 费用报销; a 宿迁 化工
产业园 纪工委 — 经济发展局, 规划建设局, 项目引进, 项目审批, 土地征用, 金融贷款, 财政补贴, 负面清单;
a 蚌投集团's 公务用车专项整治 — 公油私用, 加油卡, 维修虚列费用, 派车信息, 台账; a 福州水务 污水处理厂
调研 — 生化反应池, 出水排放口, 水质监测室, 在线监测, 中控; a 龙岗区 深化区属国企改革 方案 — 区政府,
国资委, 直管企业, 资产规模, 现代企业制度) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 阎良区, named with the
district's name.

Run ``python tests/published/score.py --set batch365`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉洁风险点`` cell merged over several rows of one holder, each row with its own
  level and measures, is the heading of those rows, no point: each row is a point, its text the
  row's ``主要表现形式`` (the level and the measures are the row's own); the merged 序号 is no point;
  the holder, post and 部门 are the row's merged cells, as in any list;
- ``集团领导``, ``公司领导``, ``办领导`` (the 国资办's sheet of its leaders, named so by its tab and title)
  and ``管委会领导`` (a 部门 cell, a card's 所在部门, a group row, a 自查表's 部门) are the 科室 of those
  leaders; a company's 部 and 中心, the 国资办's 科 and the 管委会's 部 are 科室; a group row
  ``二、运营调度部`` gives the 科室 ``运营调度部`` (its number left off);
- every company, the 国资办 and the 管委会 here is a unit of its own (the 污水处理有限公司 apart from the
  水务集团, the 产业园投资开发有限公司 apart from the 管委会): 董事长, 总经理, 副总经理, 经理 (of the
  污水处理有限公司, its head), the 国资办's and the 管委会's 主任 and 副主任 are leaders; 部长, a 部's 经理,
  科长 and 车队长 middle; the rest (现场工程师, 科员, 调度员, 维修工, 稽查员, 水质检测员, 运行工, 化验员,
  会计, 出纳, 车辆管理员, 招商专员, 项目专干, 造价员, 资产管理员) general;
- ``风险点 | 风险表现`` in the 污水处理有限公司's list (one row a 风险点): the point is the short 风险点;
  ``分管工作``, ``职责事项``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the
  管委会's LAST ``分管领导`` column names a supervisor (the holder is ``责任人``); the 污水处理有限公司's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/三级风险``,
  ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 开发有限公司's note) are
  1/2/3.

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

PREFIX = "b365_"
PLACE = "阎良区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

MERGED_UNIT = f"{PLACE}城市建设投资集团有限公司"
MERGED_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "主要表现形式", "风险等级", "防控措施")
# (部门, 岗位, 姓名, tier, [(廉洁风险点, [(主要表现形式, 等级, 防控措施)])]) — a 风险点 two or three rows
MERGED_ROWS = [
    ("集团领导", "董事长", "缑澍岚", "leader", [
        ("重大事项决策", [
            ("投融资项目不经党支部前置研究直接提交董事会", "高", "“三重一大”事项党支部前置研究，清单化管理。"),
            ("会前私下定调，以个人意见代替集体决策", "高", "会议表决主要负责人末位发言，纪要如实记录。"),
            ("会议纪要与决策内容不一致，事后补记", "中", "纪要会后三日内经参会人员签字确认。"),
        ]),
    ]),
    ("工程管理部", "部长", "邗翊淳", "middle", [
        ("工程变更", [
            ("设计变更未经论证即实施，先干后批", "高", "坚持先审批后实施，变更实行一编一审。"),
            ("拆分变更金额规避审批权限", "高", "同一项目变更累计计算，超限额报集团审定。"),
        ]),
        ("现场签证", [
            ("签证工程量与现场实际不符，虚增工程量", "高", "签证现场计量，监理、跟踪审计共同签字。"),
            ("签证资料事后补办、倒签日期", "中", "签证随工程进度即时办理，系统登记编号。"),
        ]),
    ]),
    ("工程管理部", "现场工程师", "郤昀霏", "general", [
        ("隐蔽工程验收", [
            ("不到现场即在隐蔽工程验收记录上签字", "中", "验收影像资料上传平台，验收单双人签字。"),
            ("接受施工单位宴请后放松验收标准", "低", "开工前廉洁交底，签订廉洁守信承诺书。"),
        ]),
    ]),
    ("招标采购部", "经理", "仉砚溪", "middle", [
        ("招标文件编制", [
            ("设置倾向性资格条件，量身定制评分办法", "高", "招标文件经法务审核、纪检监督后发布。"),
            ("向潜在投标人泄露招标控制价和评标信息", "高", "控制价编审分离，知悉人员签订保密承诺。"),
            ("评标专家抽取过程中打招呼、递条子", "中", "专家随机抽取，抽取过程全程录像。"),
        ]),
    ]),
    ("融资财务部", "会计", "阚沨琰", "general", [
        ("工程款支付", [
            ("不按合同约定和计量结果支付进度款", "中", "进度款凭合同、计量单和审批单三单支付。"),
            ("超付工程款未及时发现和追回", "低", "结算审定后逐项目对账，超付款限期追回。"),
        ]),
    ]),
]  # fmt: skip


def yanliang_urban_investment_merged_points() -> dict:
    unit = MERGED_UNIT
    sh = _Sheet("排查表", [6, 12, 10, 9, 14, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", 8)
    sh.add(*MERGED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, groups in MERGED_ROWS:
        for heading, shows in groups:
            n += 1
            for show, lv, measures in shows:
                sh.add(n, dept, post, who, heading, show, lv, measures)
                t.point(sh.name, dept, post, who, tier, show, [], HML[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(
        sh,
        first,
        [
            (1, lambda row: row[1]),
            (2, person),
            (3, person),
            (4, lambda row: (*person(row), row[4])),
            (0, lambda row: (*person(row), row[4], row[0])),
        ],
    )
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("编制人：", None, None, "审核人：", None, "集团纪委（盖章）：", None, None)
    return _layout(
        "yanliang_urban_investment_merged_points", "https://cdxctz.com/news-detail.aspx?ContentID=466&page=84&t=16",
        "(harder) 区城市建设投资集团有限公司 岗位廉洁风险点排查表, after the source's 兴城集团 廉洁国企 试点 (五方联建, 廉洁交底, "
        "负面清单, 招标, 工程变更 先审批后实施, 一编一审): a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then "
        "序号/部门 merged/岗位 and 姓名 merged per person/a SHORT ``廉洁风险点`` MERGED DOWN over the two or three rows of its "
        "``主要表现形式`` (序号 merged with it)/风险等级 高/中/低 and 防控措施 ONE EACH ROW (levels differ within one 风险点); no "
        "type column; a ``注：`` line and an 编制人/审核人/集团纪委（盖章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanliang_water_group_cards() -> dict:
    unit = f"{PLACE}水务集团有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "郏珂浔", "总经理", "集团领导", "leader", [
            ("水厂改扩建和管网更新项目不经集体研究确定施工单位", "★★★", "项目发包经总经理办公会研究，公开招标。"),
            ("应急抢修物资采购以紧急为由不比价", "★★", "应急采购事后三日内补办审批，价格复核。"),
            ("后勤保障费用审批把关不严", "★", "后勤费用按预算执行，超预算报董事会。"),
        ]),
        ("供水运营部部长", "钮晗沚", "部长", "供水运营部", "middle", [
            ("大用户报装中压缩审批时限收受好处", "★★★", "报装条件、时限和收费标准网上公开。"),
            ("供水稽查发现的违章用水不处理或降格处理", "★★", "稽查结果集体审核，追缴水费入账公示。"),
            ("减免水费审批不按规定程序", "★★★", "减免水费经分管领导审批，按月公示。"),
        ]),
        ("水质检测员", "佘湛峤", "水质检测员", "水质检测中心", "general", [
            ("出厂水、管网水检测数据弄虚作假", "★★★", "检测数据自动上传，原始记录不得涂改。"),
            ("检测试剂领用登记不实", "★", "试剂领用双人登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 12, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在部门", dept, "持卡时间", "2025年10月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "集团纪委（盖章）：", None)
        sheets.append(sh)
    return _layout(
        "yanliang_water_group_cards", "http://www.fzswjt.com/news/shownews.php?id=2597",
        "区水务集团有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 总经理, 供水运营部部长, 水质检测员), after the source's 水务集团"
        "纪委 监督 (生产运行, 应急抢修, 后勤保障, 水厂, 供水保障): a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 集团纪委（盖章）：``",
        sheets, t,
    )  # fmt: skip


def yanliang_bus_company_group_rows() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "虢岑漪", "leader", [
                ("新能源公交车采购不按规定公开招标", "制度机制", "高", "车辆采购进入公共资源交易平台，集体决策。"),
                ("线路调整受请托影响，照顾特定单位", "外部环境", "中", "线路调整方案征求意见并公示。"),
            ]),
        ]),
        ("二、运营调度部", "运营调度部", [
            ("车队长", "郯曜芃", "middle", [
                ("排班派车优亲厚友，收受驾驶员好处", "思想道德", "中", "排班由系统生成，车队内公示。"),
            ]),
            ("调度员", "檀沐琤", "general", [
                ("篡改车辆运营里程和班次数据", "岗位职责", "高", "运营数据以智能调度系统为准，每月核对。"),
            ]),
        ]),
        ("三、车辆维修部", "车辆维修部", [
            ("部长", "茆谌屿", "middle", [
                ("维修配件采购指定供应商", "业务流程", "高", "配件定点采购三家比价，结果公示。"),
                ("报废车辆残值处置不公开", "制度机制", "中", "报废车辆评估后公开处置。"),
            ]),
            ("维修工", "邰霁滢", "general", [
                ("虚报维修工时和更换配件数量", "岗位职责", "低", "旧件交回登记，维修单驾驶员签字确认。"),
            ]),
        ]),
        ("四、票务稽查部", "票务稽查部", [
            ("稽查员", "酆翀沅", "general", [
                ("票款清点中截留票款", "业务流程", "高", "票款双人清点，全程监控录像。"),
                ("发现驾驶员违规收费不上报", "思想道德", "低", "稽查记录当日录入系统，部长复核。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "yanliang_bus_company_group_rows", "https://www.gzbus.com/zxgg/info.aspx?itemid=5147",
        "区公共交通有限责任公司 岗位廉洁风险防控一览表, after the source's 公交集团党委 巡察整改 (以案促改, 作风, 经营发展, 各部门和二级"
        "单位): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、公司领导``, "
        "``二、运营调度部``, ``三、车辆维修部``, ``四、票务稽查部`` merged across (no 部门 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanliang_sasac_two_sheets() -> dict:
    unit = f"{PLACE}国有资产监督管理办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}办领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("主任", "谯琬岫", "主持全面工作，分管综合科和产权管理科", [
            ("区属企业负责人考核和薪酬核定搞个人说了算", "一级", "考核结果经办务会集体研究并报区政府。"),
            ("国有产权转让底价确定受人请托", "一级", "产权转让一律进场交易，评估结果备案。"),
        ]),
        ("副主任", "盍岷澈", "分管企业监管科和财务监督", [
            ("对区属企业超标准报销、敏感消费问题线索不移交", "二级", "问题线索按月登记，移交情况报办务会。"),
            ("企业投资项目备案审核把关不严", "二级", "投资项目负面清单管理，审核意见留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("内设科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}内设科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合科", "科长", "蒉沁瑶", "middle", [
            ("公务接待和会议费用超标准列支", "三级", "接待、会议事前审批，费用清单公示。"),
        ]),
        ("产权管理科", "科长", "厍昭澜", "middle", [
            ("国有资产评估机构选聘不公开", "一级", "评估机构从备选库随机抽取。"),
            ("产权登记审核不严，漏登、错登", "三级", "产权登记资料清单化审核，年度核对。"),
        ]),
        ("企业监管科", "科员", "綦湘芷", "general", [
            ("区属企业资金支付数据监测中隐瞒异常支出", "二级", "异常数据自动预警，科长复核后报送。"),
            ("泄露企业经营和监管信息", "三级", "监管信息分级查阅，查阅登记。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "yanliang_sasac_two_sheets", "https://www.sunluo.com/page19.html?article_id=299",
        "区国有资产监督管理办公室 廉政风险防控表 in two sheets, after the source's 国资委 穿透式监管 note (敏感消费 识别, 差旅会议 超标准"
        "报销 监测, 资金支付 and 费用报销): ``办领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``内设科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def yanliang_agri_park_duties() -> dict:
    unit = f"{PLACE}现代农业产业园管理委员会"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "沃棹言"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任部门", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    rows = [
        ("管委会领导", "副主任", chief, "leader", [
            ("项目引进", "对不符合产业园准入标准的项目打招呼放行", "外部环境风险", "一级风险",
             "项目准入由管委会会议集体评审，评审意见存档。"),
        ]),
        ("招商服务部", "部长", "晏珝沣", "middle", [
            ("招商引资奖励", "虚报招商引资到位资金，套取奖励", "制度机制风险", "一级风险", "到位资金凭银行凭证核实，奖励名单公示。"),
            ("企业入园协议", "入园协议约定超出政策的优惠条件", "岗位职责风险", "二级风险", "协议文本经法律顾问审核。"),
        ]),
        ("招商服务部", "招商专员", "郗澄岚", "general", [
            ("客商接待", "接受客商宴请和礼品", "思想道德风险", "三级风险", "严守负面清单，接待事项登记。"),
        ]),
        ("规划建设部", "部长", "麹砚澄", "middle", [
            ("土地征用", "征地补偿面积和地上附着物清点不实", "业务流程风险", "一级风险", "清点结果村组、农户签字，张榜公示。"),
            ("园区基础设施建设", "工程量核定不严，虚增工程款", "业务流程风险", "二级风险", "工程结算送区审计部门审核。"),
        ]),
        ("企业服务部", "项目专干", "濮琤渼", "general", [
            ("财政补贴申报初审", "补贴申报材料初审走过场", "岗位职责风险", "二级风险", "初审实行清单核对，材料影像存档。"),
            ("金融贷款贴息", "为关系企业优先推荐贴息", "思想道德风险", "三级风险", "推荐名单集体研究并公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年10月", None, None)
    return _layout(
        "yanliang_agri_park_duties", "https://www.jsdfjw.gov.cn/tszs/content_17251",
        "区现代农业产业园管理委员会 廉政风险防控责任清单, after the source's 产业园 纪工委 (经济发展局, 规划建设局, 项目引进, 项目审批, "
        "土地征用, 金融贷款, 财政补贴, 负面清单): a title, then 序号/责任部门 merged (管委会领导, 招商服务部, 规划建设部, 企业服务部)/"
        "岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/a LAST ``分管领导`` column naming the 副主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanliang_capital_company_selfchecks() -> dict:
    unit = f"{PLACE}国有资本投资运营有限公司"
    t = _Truth(unit)
    people = [
        ("闾珩淇", "公司领导", "副总经理", "leader", [
            ("对外投资项目尽职调查不充分即提交决策", "制度机制", "高风险", "投资项目尽调报告经投资决策委员会审议。", "已落实"),
            ("分管部门费用报销审批把关不严", "岗位职责", "中风险", "报销事项逐笔审核，敏感消费专项抽查。", "已落实"),
        ]),
        ("禤泠岫", "综合管理部", "车辆管理员", "general", [
            ("公务用车加油卡管理混乱，公油私用", "业务流程", "高风险", "一车一卡，加油记录每月与里程核对。", "正在整改"),
            ("以公务用车维修为名虚列费用", "岗位职责", "中风险", "维修事前审批，定点维修，旧件回收。", "已落实"),
            ("派车信息登记不全，公车私用", "思想道德", "低风险", "派车单登记事由、时间、里程，归队核对。", "已落实"),
        ]),
        ("蓟沄湄", "投资发展部", "部长", "middle", [
            ("向合作方泄露投资估值和谈判底线", "外部环境", "高风险", "谈判信息知悉范围登记，签订保密承诺。", "已落实"),
            ("投后管理不到位，未及时报告被投企业风险", "岗位职责", "低风险", "投后报告按季提交，重大事项即时报告。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年10月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "总经理意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yanliang_capital_company_selfchecks", "http://ahbbjjjc.gov.cn/html/wenzhang_730964.html",
        "区国有资本投资运营有限公司 岗位廉洁风险自查表, one sheet a person (tabs named by the holder), after the source's 投资集团 "
        "公务用车专项整治 (公油私用, 加油卡, 维修虚列费用, 派车信息, 台账): a title, a LABEL ROW ``姓　名 | 部　门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 总经理意见：``",
        sheets, t,
    )  # fmt: skip


def yanliang_sewage_company_posts() -> dict:
    unit = f"{PLACE}污水处理有限公司"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", [
            ("提标改造工程发包", "化整为零规避招标，指定施工单位", "制度机制风险", "Ⅰ级", "工程发包按限额公开招标，经理办公会研究。"),
            ("污水处理费结算", "与排水户协商少计水量、减收处理费", "外部环境风险", "Ⅱ级", "结算水量以在线计量为准，按月公示。"),
        ]),
        ("生产运行部", "运行工", "general", [
            ("在线监测数据", "篡改出水在线监测数据，掩盖超标排放", "岗位职责风险", "Ⅰ级", "在线数据实时上传，中控室异常报警留痕。"),
        ]),
        ("生产运行部", "化验员", "general", [
            ("水质化验", "化验原始记录随意修改，出具不实报告", "岗位职责风险", "Ⅱ级", "化验记录不得涂改，报告双人签字。"),
        ]),
        ("设备管理部", "维修工", "general", [
            ("生化池设备维修", "虚报维修项目和配件用量", "业务流程风险", "Ⅱ级", "维修事前审批，旧件交回登记。"),
            ("污泥外运", "污泥转运联单填报不实，私自处置污泥", "业务流程风险", "Ⅰ级", "污泥转运逐车过磅，联单与接收单位对账。"),
        ]),
        ("综合部", "出纳", "general", [
            ("现金管理", "坐支现金，挪用公款", "思想道德风险", "Ⅲ级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年10月", None)
    return _layout(
        "yanliang_sewage_company_posts", "http://www.voyaging.cn/?p=27912",
        "区污水处理有限公司 岗位廉洁风险点排查表 对岗不对人, after the source's 污水处理厂 调研 (生化反应池, 出水排放口, 水质监测室, 在线"
        "监测, 中控): a title, 序号/部门 merged (公司领导, 生产运行部, 设备管理部, 综合部)/岗位 merged per post/a short 风险点/a long "
        "``风险表现`` (one row a 风险点)/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | "
        "2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def yanliang_park_platform_every_row() -> dict:
    unit = f"{PLACE}产业园投资开发有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "鞠昶霖", "leader", "标准厂房建设项目投资决策不经集体研究", "Ⅰ",
         "重大投资事项董事会集体决策，报区国资办备案。"),
        ("公司领导", "董事长", "鞠昶霖", "leader", "为特定关系人承揽园区配套工程打招呼", "Ⅰ", "插手干预事项如实登记报告。"),
        ("工程部", "经理", "栾沚澜", "middle", "工程进度款审核不按合同约定", "Ⅱ", "进度款经监理、跟踪审计确认后支付。"),
        ("工程部", "造价员", "璩翊澄", "general", "编制控制价时高估冒算", "Ⅱ", "控制价编审分离，复核留痕。"),
        ("资产运营部", "资产管理员", "殳潆岚", "general", "标准厂房出租价格擅自下浮", "Ⅰ", "租金标准经公司研究公开挂牌。"),
        ("资产运营部", "资产管理员", "殳潆岚", "general", "租金催收不力，形成呆账", "Ⅲ", "租金台账按月核对，欠租按季通报。"),
        ("财务部", "会计", "羿渟昉", "general", "融资费用列支不真实", "Ⅱ", "融资合同与费用凭证逐笔核对。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "yanliang_park_platform_every_row", "https://desk33.com/d-153725.html",
        "区产业园投资开发有限公司 岗位廉洁风险防控一览表, after the source's 深化区属国企改革 方案 (区政府, 国资委, 直管企业, 资产规模, "
        "现代企业制度): ``附件1``, a title, 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanliang_urban_investment_merged_points(),
    yanliang_water_group_cards(),
    yanliang_bus_company_group_rows(),
    yanliang_sasac_two_sheets(),
    yanliang_agri_park_duties(),
    yanliang_capital_company_selfchecks(),
    yanliang_sewage_company_posts(),
    yanliang_park_platform_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch365-inbox"))
