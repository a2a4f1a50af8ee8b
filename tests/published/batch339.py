"""The three-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道 and
社区, 郫都区 (the district of 成都 on the old 郫县, its staff Han) — its 犀浦街道办事处 and 郫筒街道办事处,
the 唐昌街道便民服务中心, the 团结街道综合行政执法队, the 安德街道 and 红光街道 社区卫生服务中心, and two
社区居民委员会 (安靖街道蜀锦社区, 德源街道清溪社区) — each handing back the 一览表, 防控卡, 排查表, 责任清单
or 自查表 its staff typed in WPS or Excel:

- the 犀浦街道办事处's file in two sheets: ``街道领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per
  leader) and ``内设机构`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type
  column;
- the 唐昌街道便民服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged (中心领导 and three 窗口), ``岗位`` and ``姓名`` merged per person, short types,
  ``高风险/中风险/低风险``, a 填表人/审核人/中心主任（签字） line;
- the 团结街道综合行政执法队's 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 法制审核员, 执法队员):
  ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 持卡日期 | …`` above ``序号 | 廉政风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人（签字）： | … |
  监督电话：…``;
- the 安德街道社区卫生服务中心's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 清溪社区's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 职　务 |
  填表时间`` over a row of values (no 科室), then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 社区党委意见：``;
- the 郫筒街道办事处's 责任清单 under GROUP ROWS ``一、街道领导`` … ``三、社区发展治理办公室`` merged across
  (no 科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``一级/二级/三级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 红光街道社区卫生服务中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``pidu_shujin_community_measure_rows``: the 蜀锦社区居民委员会's 岗位廉政风险防控一览表, an ordinary
  一览表 in its first columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级``, ``岗位`` and ``姓名`` merged per person, short
  types, 高/中/低, no 科室) — but it has NO 防控措施 COLUMN: as a 社区 types it in Word and pastes it,
  each person's block of points (running 序号 1, 2, 3 …) is CLOSED BY ONE MORE ROW that has no
  序号, lies inside the person's merged ``岗位`` and ``姓名`` cells, and whose ``廉政风险点``, ``风险类型``
  and ``风险等级`` cells are ONE MERGED CELL holding the person's measures for all his points,
  labelled and numbered one a line: ``防控措施：⏎1.铺面出租方案经居民代表会议表决，…；⏎2.…；⏎3.…``.
  Under the list a merged ``注：1.风险等级分高、中、低三级。2.各岗位的防控措施统一写在本岗位风险点
  下方一行。`` and a 填表人/审核人/社区党委书记（签字） line. So five rows stand where points stand, in the
  point column, under a holder, with no level and no type, and are no points. The README's
  读得懂的表 knows measures in a cell with the point (``风险点：…⏎防控措施：…``, ``风险点1：…⏎防控措施1：…⏎
  风险点2：…``, ``风险点。对策：…``), a point on two rows whose second row is ``防控措施 | …`` (a label in
  a cell of its own, one point one measures row, 一条占两行的防控卡), measures one a row in the
  measures column (``措施一行一条、不合并单元格``, ``落实责任人``), a transposed table or 公示栏 whose last
  row is ``防控措施``, measures on another sheet (SHEET_DETAILS), ``现有 | 拟新增防控措施``, and a merged
  paragraph across the table (``廉政承诺 | 本人郑重承诺……``) that is part of the table and no point; it
  does not describe a list with NO measures column whose measures come ONE ROW A PERSON, a row
  merged over the risk columns inside the person's merged holder cells, labelled ``防控措施：`` in
  the point column itself, closing that person's points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 社区内部治理 and its
powers — 政治领导权, 行政管理权, 民主监督权, 协助管理权, 居委会 行政化; an account of a 街道办事处 as
派出机关 with its 综合办公室, 社区建设部, 社会事务部, 公共安全部 and 党群工作部; a 社区事务受理中心 —
劳动保障, 民政救助与社保, ``一门式`` 一口受理, 社保卡, 最低生活保障, 特困人员供养, 医疗救助; a
街道综合行政执法队 挂牌 — 城管、生态环境、水务、卫生健康 执法职权 下放, 巡查, a 控烟 罚单; a 中心's rules
against 回扣 — 物资购销, 集中采购, 检验报告签发, 小金库, 学术活动 and 外出考察; a 街道 督查组 on its 社区's
``微权力`` 风险防控 — 清单 and 流程, 低保, 采购项目, 居务公开; the 郫筒街道 — 行政村 and 社区居委会, 耕地,
蔬菜 and 鲜盆花 基地, 村道, 渠系整治, 农业招商引资; a 区卫计局 asking 供应商 for a 返利 on 药品采购 after
卫生院 heads took bribes) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 郫都区, named with the district's name and
its 街道's.

Run ``python tests/published/score.py --set batch339`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the numbered rows only; a row without 序号 whose merged risk
  cell opens with ``防控措施：`` holds the measures of the person above (of all his points) and is
  no point, names no holder of its own and has no level or type; the 岗位 and 姓名 merged over it
  are the holder of the rows above it; the ``注：`` line is no point; the 社区 has no 科室 (科室
  blank, as batch 331 took the 禹王社区's);
- the 便民服务中心, the 综合行政执法队, the two 社区卫生服务中心 and the two 社区居民委员会 are units of
  their own (a 街道's body, named with the 街道); ``街道领导`` (the 犀浦街道's sheet, whose title names
  it; the 郫筒街道's group row), ``中心领导`` (a 部门 or 科室 cell) and ``队领导`` (a card's 所在中队) are
  the 科室 of those leaders; a group row ``二、经济发展办公室`` gives the 科室 ``经济发展办公室`` (its
  number left off); a 街道's 办 and 部, a 便民服务中心's 窗口, an 执法队's 组 and 中队, a 中心's 科 and
  ``医保办`` are 科室; the 清溪社区's 自查表 names no 科室 (科室 blank);
- a 街道's 党工委书记, 党工委副书记、主任 and 副主任, an 执法队's 队长, a 便民服务中心's 中心主任 and
  中心副主任, a 社区卫生服务中心's 主任 and a 社区's 党委书记、居委会主任 and 居委会副主任 (in their own
  files) are leaders; an 办's 主任, a 部's 部长, a 中心's 科长 and 科主任 middle; the rest (工作人员, 出纳,
  科员, 社保专干, 民政专干, 窗口受理员, 法制审核员, 执法队员, 检验员, 会计, 药品采购员, 医保专管员,
  网格员, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``持卡日期``, ``监督电话``
  and ``自查情况`` are no points and name no holder; the 安德街道社区卫生服务中心's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 红光 中心's
  note) are 1/2/3.

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

PREFIX = "b339_"
PLACE = "郫都区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BLOCK_HEAD = ("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级")
POINT_COL, LEVEL_COL = 3, 5
MEASURES_LABEL = "防控措施："
BLOCK_NOTE = "注：1.风险等级分高、中、低三级。2.各岗位的防控措施统一写在本岗位风险点下方一行。"
# (岗位, 姓名, tier, [(廉政风险点, 类型, 等级)], [防控措施]) — one block a person, its measures
# in ONE row under its points
SHUJIN = [
    ("党委书记、居委会主任", "仉泓璟", "leader", [
        ("社区集体铺面出租不经居民代表会议表决，自行定价", "制度机制", "高"),
        ("社区公共服务资金使用个人审批，支出不公示", "岗位职责", "高"),
        ("社区微更新项目施工单位选定中为亲友打招呼", "外部环境", "中"),
    ], [
        "铺面出租方案经居民代表会议表决，租赁结果张榜公示；",
        "公共服务资金使用实行议事会审议、居务监督委员会审核，收支按月公开；",
        "施工单位比选邀请居务监督委员会全程参与，比选结果公示。",
    ]),
    ("居委会副主任", "竺漪澜", "leader", [
        ("低保、临时救助对象初审中优亲厚友", "思想道德", "高"),
        ("高龄津贴、残疾人补贴名单审核走过场", "业务流程", "中"),
    ], [
        "救助对象初审经居民代表评议，评议结果公示七天；",
        "补贴名单与户籍、殡葬信息逐月比对，异常情况报街道复核。",
    ]),
    ("民政专干", "蔺筠杉", "general", [
        ("入户调查走过场，家庭收入核实不实", "业务流程", "中"),
        ("泄露救助对象家庭和个人信息", "岗位职责", "低"),
    ], [
        "入户调查两人以上，调查表由申请人签字确认；",
        "救助档案专柜保管，查阅登记。",
    ]),
    ("网格员", "逄岑樾", "general", [
        ("出租房屋信息登记中收受好处、瞒报漏报", "外部环境", "中"),
        ("网格事件上报和走访记录弄虚作假", "岗位职责", "低"),
    ], [
        "出租房屋信息定位采集，社区每月抽查；",
        "走访记录照片上传平台，网格长按周核验。",
    ]),
    ("报账员", "谌霁瑶", "general", [
        ("社区收支以白条入账，虚列开支", "业务流程", "中"),
        ("备用金超限额留存，公款私存", "思想道德", "高"),
    ], [
        "报账票据经居务监督委员会审核，街道代理会计复核；",
        "备用金按限额留存，余款当日存入社区账户。",
    ]),
]  # fmt: skip


def measures_text(measures: list[str]) -> str:
    """The block's measures row: the label, then the numbered measures one a line."""
    return MEASURES_LABEL + "\n" + "\n".join(f"{i}.{m}" for i, m in enumerate(measures, 1))


def pidu_shujin_community_measure_rows() -> dict:
    unit = f"{PLACE}安靖街道蜀锦社区居民委员会"
    sh = _Sheet("一览表", [6, 14, 9, 46, 10, 9])
    t = _Truth(unit)
    ncols = len(BLOCK_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年10月", ncols)
    sh.add(*BLOCK_HEAD)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points, measures in SHUJIN:
        for point, typ, lv in points:
            n += 1
            sh.add(n, post, who, point, typ, lv)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        r = sh.add(None, post, who, measures_text(measures), None, None)
        sh.merge(r, POINT_COL, r, LEVEL_COL)
    _per_person(sh, first, None, 1, 2)
    _line(sh, BLOCK_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "社区党委书记（签字）：", None)
    return _layout(
        "pidu_shujin_community_measure_rows",
        "http://anyishequ.cn/?p=7339",
        "(harder) 区街道 社区居民委员会 岗位廉政风险防控一览表 whose MEASURES STAND IN ONE ROW UNDER EACH PERSON'S POINTS, "
        "after the source's paper on 社区内部治理 (政治领导权, 行政管理权, 民主监督权, 协助管理权; 居委会 行政化): a title, a "
        "merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级`` "
        "with NO 防控措施 COLUMN and no 科室; 岗位 and 姓名 merged per person over his points AND one more row with no 序号 whose "
        "廉政风险点, 风险类型 and 风险等级 cells are ONE merged cell ``防控措施：⏎1.…；⏎2.…`` (the person's measures, numbered, one a "
        "line); short types, 高/中/低; a merged ``注：`` line saying each post's measures stand under its points and a "
        "填表人/审核人/社区党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pidu_xipu_subdistrict_two_sheets() -> dict:
    unit = f"{PLACE}犀浦街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 9, 16, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}街道领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邰崧峣", "党工委书记", "主持党工委全面工作", [
            ("街道重大事项决策不经党工委会议集体研究", "高", "落实“三重一大”集体决策，会议纪要存档备查。"),
            ("干部调整和社区工作者招聘中打招呼", "高", "招聘全程纪实，结果公示。"),
        ]),
        ("闵沛蘅", "党工委副书记、主任", "主持办事处全面工作，分管综合办公室", [
            ("街道大额资金支付审批把关不严", "高", "大额资金实行会签，支付情况按季公开。"),
            ("政府采购项目拆分规避公开采购", "中", "采购计划年初编报，限额以上项目进场交易。"),
        ]),
        ("琚璟岱", "副主任", "分管社会事务部、公共安全部", [
            ("救助资金分配向关系人倾斜", "中", "救助资金分配集体研究，结果公示。"),
            ("安全生产检查中接受企业宴请，降格处理隐患", "中", "检查两人以上，隐患整改闭环销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    dept = _Sheet("内设机构", [6, 14, 10, 9, 36, 9, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "勾芷澂", "middle", [
            ("公务接待超标准、无公函接待", "中", "接待事前审批，接待清单按月公示。"),
            ("公务用车私用，虚报维修费用", "低", "派车登记，维修定点并比价。"),
        ]),
        ("综合办公室", "出纳", "佘昀翙", "general", [
            ("现金坐支，公款私存", "高", "现金日清月结，每月盘点。"),
        ]),
        ("社区建设部", "部长", "茆屾峤", "middle", [
            ("社区保障资金项目审核走过场", "高", "项目经居民议事会评议，部门集体审核。"),
            ("老旧院落改造项目验收不严", "中", "验收邀请居民代表参加，资料存档。"),
        ]),
        ("社会事务部", "工作人员", "蒉溪苒", "general", [
            ("低保动态管理中应退不退", "中", "每季度比对核查，退出名单公示。"),
            ("泄露救助对象个人信息", "低", "救助档案专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "pidu_xipu_subdistrict_two_sheets", "http://lvanjiaju.com/?id=109949",
        "区街道办事处 廉政风险防控表 in two sheets, after the source's account of a 街道办事处 (派出机关; 综合办公室, 社区建设部, "
        "社会事务部, 公共安全部, 党群工作部): ``街道领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/"
        "廉政风险点/风险等级 高/中/低/防控措施; a 填表人/审核人/date line) and ``内设机构`` (a title, 序号/部门 merged (综合办公室, "
        "社区建设部, 社会事务部)/岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def pidu_tangchang_service_center_list() -> dict:
    unit = f"{PLACE}唐昌街道便民服务中心"
    sh = _Sheet("一览表", [6, 14, 12, 9, 40, 10, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年10月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "中心主任", "鲜翊霆", "leader", [
            ("窗口人员调配和考核评优搞亲疏", "思想道德", "中风险", "考核细则公开，评优结果公示。"),
            ("对窗口违规办件说情、打招呼", "外部环境", "高风险", "说情事项登记报告，办件全程留痕。"),
        ]),
        ("中心领导", "中心副主任", "衡湘沅", "leader", [
            ("“一门式”受理后台审核把关不严", "岗位职责", "高风险", "后台审核实行二次复核，抽查比例不低于一成。"),
        ]),
        ("劳动保障窗口", "社保专干", "厉沄菁", "general", [
            ("退休手续办理中违规认定工龄", "业务流程", "高风险", "工龄认定以档案为准，集体审核。"),
            ("失业保险金申领材料审核不严", "岗位职责", "中风险", "申领材料与系统数据比对，结果公示。"),
        ]),
        ("民政救助窗口", "民政专干", "巩泠岫", "general", [
            ("特困人员供养认定不实", "业务流程", "高风险", "认定对象入户核查，社区评议并公示。"),
            ("医疗救助金额核算随意", "制度机制", "中风险", "核算标准公开，救助金额双人复核。"),
        ]),
        ("综合受理窗口", "窗口受理员", "郜琬琰", "general", [
            ("社保卡代办违规代领他人卡片", "岗位职责", "中风险", "代领凭授权委托书，领取登记签字。"),
            ("对群众办事吃拿卡要、故意拖延", "思想道德", "低风险", "办件超时自动预警，群众评价公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "pidu_tangchang_service_center_list", "https://m.jiusongjiankang.com/health/news/5613475.html",
        "区街道便民服务中心 岗位廉政风险防控一览表, after the source's 社区事务受理中心 (劳动保障服务, 民政救助与社保服务, "
        "“一门式” 一口受理, 社保卡办理, 最低生活保障, 特困人员供养, 医疗救助): ``附件1``, a title, a merged ``填报单位（盖章）：…"
        "　填报时间：2025年10月`` line, then 序号/部门 merged (中心领导, 劳动保障窗口, 民政救助窗口, 综合受理窗口)/岗位 and 姓名 "
        "merged per person/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def pidu_tuanjie_enforcement_cards() -> dict:
    unit = f"{PLACE}团结街道综合行政执法队"
    t = _Truth(unit)
    cards = [
        ("队长", "茹岍澈", "队领导", "leader", [
            ("重大行政处罚案件不经集体讨论，个人定案", "制度机制风险", "★★★", "重大案件集体讨论，讨论记录存档。"),
            ("对违法建设查处说情干预，降格处理", "外部环境风险", "★★★", "说情干预事项登记报告，处理结果公开。"),
            ("执法车辆和装备私用", "思想道德风险", "★", "车辆派车登记，装备统一保管。"),
        ]),
        ("法制审核员", "禚沐垚", "法制审核组", "general", [
            ("法制审核走过场，对裁量畸重畸轻不提出意见", "岗位职责风险", "★★", "审核意见书面出具，审核台账备查。"),
            ("泄露案件审核意见和证据", "思想道德风险", "★", "案卷专人保管，查阅登记。"),
        ]),
        ("执法队员", "钭霄珩", "执法一中队", "general", [
            ("控烟、占道经营检查中收受商户好处，不予处罚", "外部环境风险", "★★★", "执法全程记录仪记录，两人以上执法。"),
            ("罚款不开票据或当场收缴不上缴", "业务流程风险", "★★", "罚款一律缴入指定账户，票据统一领用。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        sh.add("所在中队", dept, "持卡日期", "2025年10月", None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "pidu_tuanjie_enforcement_cards", "http://pfnrcvx.cn/shehui/42862.html",
        "区街道综合行政执法队 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 法制审核员, 执法队员), after the source's 街道综合行政执法队 "
        "挂牌 (城管、生态环境、水务、卫生健康 执法职权 下放, 日常巡查, 控烟 罚单): a title, the pairs ``姓　名 | … | 职　务 | …`` "
        "and ``所在中队 | … | 持卡日期 | 2025年10月``, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a "
        "merged ``注：`` line on the stars and ``持卡人（签字）： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def pidu_ande_health_center_posts() -> dict:
    unit = f"{PLACE}安德街道社区卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("物资集中采购", "绕开集中采购自行购进医用耗材", "制度机制风险", "Ⅰ级", "耗材一律集中采购，采购目录公开。"),
            ("小金库", "收取供应商“返利”设立账外账", "思想道德风险", "Ⅰ级", "收支全部纳入单位账户，年度审计。"),
        ]),
        ("药剂科", "科主任", "middle", [
            ("药品遴选", "接受医药代表宴请，为其药品进院说情", "外部环境风险", "Ⅰ级", "新药进院经药事会集体评审。"),
            ("用量统计", "向医药代表提供医生处方用量", "岗位职责风险", "Ⅱ级", "处方数据查询权限分级，查询留痕。"),
        ]),
        ("检验科", "检验员", "general", [
            ("检验报告签发", "出具与实际不符的检验报告", "岗位职责风险", "Ⅱ级", "报告双人审核签发，原始数据留存。"),
            ("试剂验收", "试剂验收不核对批号和数量", "业务流程风险", "Ⅲ级", "试剂出入库登记，每月盘点。"),
        ]),
        ("财务科", "会计", "general", [
            ("费用报销", "学术会议、外出考察费用违规报销", "业务流程风险", "Ⅱ级", "外出事前审批，报销票据逐张核对。"),
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
        "pidu_ande_health_center_posts",
        "https://www.yantai.gov.cn/art/2022/9/7/art_67357_2993719.html",
        "区街道社区卫生服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 中心's rules against 回扣 (物资购销, 集中采购, "
        "检验报告签发, 小金库, 学术活动 and 外出考察): a title, then 序号/科室 merged (中心领导, 药剂科, 检验科, 财务科)/岗位 "
        "merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; "
        "an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def pidu_qingxi_community_selfchecks() -> dict:
    unit = f"{PLACE}德源街道清溪社区居民委员会"
    t = _Truth(unit)
    people = [
        ("索滢澂", "党委书记、居委会主任", "leader", [
            ("社区采购项目不经“两委”会议研究，个人决定", "一级风险", "采购项目“两委”会议研究，结果居务公开。",
             "已落实"),
            ("“微权力”清单外擅自设定办事条件", "二级风险", "严格按清单和流程图办事，清单上墙公示。", "已落实"),
        ]),
        ("桓炜岑", "居委会副主任", "leader", [
            ("低保评议会组织不规范，评议走过场", "一级风险", "评议会邀请居民代表和监委会参加，全程记录。",
             "正在整改"),
            ("居务公开栏内容更新不及时", "三级风险", "居务公开按月更新，街道督查组抽查。", "未发现问题"),
        ]),
        ("侴婳祎", "网格员", "general", [
            ("为辖区居民出具证明时收受好处", "二级风险", "出具证明登记编号，社区主任审签。", "已落实"),
            ("走访台账记录不实", "三级风险", "走访台账与平台记录比对，每月通报。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, post, "2025年10月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "社区党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pidu_qingxi_community_selfchecks", "http://cghome.com.cn/news/2018/02/10581.html",
        "区街道 社区居民委员会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道 "
        "督查组 checking its 社区's “微权力” 风险防控 (微权力 清单和流程, 低保, 采购项目, 居务公开, 举报电话): a title, a label row "
        "``姓　名 | 职　务 | 填表时间`` over a row of values (no 科室), then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 社区党委意见：``",
        sheets, t,
    )  # fmt: skip


def pidu_pitong_subdistrict_groups() -> dict:
    unit = f"{PLACE}郫筒街道办事处"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("党工委书记", "栾峄淳", "leader", [
                ("招商引资", "招商引资项目优惠条件个人承诺", "一级", "优惠条件党工委会议研究，协议法律审核。"),
                ("干部管理", "社区“两委”干部考核打分搞照顾", "二级", "考核细则公开，考核结果公示。"),
            ]),
            ("副主任", "殷霈霖", "leader", [
                ("农业基础设施", "渠系整治、村道项目施工单位指定", "一级", "项目按限额进场交易，结果公示。"),
            ]),
        ]),
        ("二、经济发展办公室", "经济发展办公室", [
            ("主任", "阙汐蕤", "middle", [
                ("蔬菜、花卉基地扶持资金", "扶持资金申报审核不实", "一级", "申报材料实地核查，资金拨付公示。"),
                ("企业统计", "统计数据授意企业虚报", "三级", "统计数据逐级审核，原始记录留存。"),
            ]),
            ("科员", "亢琮珏", "general", [
                ("耕地保护巡查", "巡查发现违法占地隐瞒不报", "二级", "巡查定位打卡，问题当日报告。"),
            ]),
        ]),
        ("三、社区发展治理办公室", "社区发展治理办公室", [
            ("主任", "羿茗漪", "middle", [
                ("社区保障资金", "社区保障资金项目审核把关不严", "二级", "项目审核两人以上，结果公示。"),
            ]),
            ("科员", "庹枫岚", "general", [
                ("社区工作者考勤", "考勤记录弄虚作假", "三级", "考勤系统打卡，按月通报。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "pidu_pitong_subdistrict_groups", "https://iichatc.com/dm_103058/",
        "区街道办事处 廉政风险防控责任清单, after the source's 郫筒街道 介绍 (行政村 and 社区居委会, 耕地, 蔬菜基地, 鲜盆花基地, "
        "农业基础设施, 村道, 渠系整治, 农业招商引资): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施 under GROUP ROWS ``一、街道领导``, ``二、经济发展办公室``, ``三、社区发展治理办公室`` merged across (no 科室 "
        "column); 岗位 and 姓名 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pidu_hongguang_health_center_list() -> dict:
    unit = f"{PLACE}红光街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仝瑾澴", "leader", "默许供应商按采购金额“返利”", "思想道德风险", "Ⅰ",
         "返利一律拒收，供应商签订廉洁购销合同。"),
        ("中心领导", "主任", "仝瑾澴", "leader", "医疗设备采购参数向特定品牌倾斜", "制度机制风险", "Ⅰ",
         "采购参数论证会审，采购结果公示。"),
        ("药剂科", "科长", "眭筱湉", "middle", "药品配送企业遴选中收受好处", "外部环境风险", "Ⅰ",
         "配送企业遴选集体研究，结果公示。"),
        ("药剂科", "药品采购员", "宓镕轩", "general", "采购计划虚报，超量采购", "业务流程风险", "Ⅱ",
         "采购计划按用量核定，科长审签。"),
        ("药剂科", "药品采购员", "宓镕轩", "general", "接受医药代表礼品礼金", "思想道德风险", "Ⅲ",
         "签订廉洁承诺书，拒收登记。"),
        ("医保办", "医保专管员", "芮沄皙", "general", "医保结算数据审核不严，放任串换项目", "岗位职责风险", "Ⅱ",
         "结算数据每月抽查，违规项目通报。"),
        ("财务科", "会计", "汲瑗璐", "general", "家庭医生签约服务经费分配不按考核结果", "制度机制风险", "Ⅱ",
         "分配方案经中心办公会研究并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "pidu_hongguang_health_center_list",
        "http://www.chinaerea.com/news/bendi/2016-02-20/3834_3.html",
        "区街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's 区卫计局 notice asking 供应商 for a 返利 on 药品 "
        "采购 (卫生院 负责人 受贿, 收受药品供应商贿赂, 按采购金额返还): a title, then 序号/科室/岗位/``责任人`` written on EVERY row "
        "(no merges)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pidu_shujin_community_measure_rows(),
    pidu_xipu_subdistrict_two_sheets(),
    pidu_tangchang_service_center_list(),
    pidu_tuanjie_enforcement_cards(),
    pidu_ande_health_center_posts(),
    pidu_qingxi_community_selfchecks(),
    pidu_pitong_subdistrict_groups(),
    pidu_hongguang_health_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch339-inbox"))
