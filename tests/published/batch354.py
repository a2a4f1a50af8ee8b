"""The three-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 交通运输
bodies, 大安区 (a district of 自贡, its staff Han) — its 交通运输局 and the 公路养护段, 道路运输管理所,
汽车客运站, 地方海事处, 交通运输综合行政执法大队, 农村公路管理站 and 交通建设工程质量安全监督站 under it — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``机关股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 公路养护段's 一览表 under GROUP ROWS ``一、段领导``, ``二、养护股``, ``三、机械设备股``, ``四、财务股``
  merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/date line;
- the 道路运输管理所's 自查表, one sheet a person (tabs named by the holder's post): ONE ROW of three
  pairs ``姓　名 | … | 所在股室 | … | 职　务 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查结果``, short types, ``高风险/中风险/低风险``, ``本人签字： | 所长审核：``;
- the 汽车客运站's 排查表 对岗不对人: ``部门`` merged (站领导, 票务室, 安检室, 调度室, 财务室), ``岗位``
  merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names; an 编制/审核/date line;
- the 交通运输综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 二中队中队长, 执法队员):
  ``持卡人 | … | 职　务 | …`` and ``所在中队 | … | 执法证号 | …`` above ``序号 | 执法环节 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： |
  大队长（签字）：``;
- the 农村公路管理站's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``责任股室`` merged (站领导, 养护股, 桥梁股, 综合股), ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 交通建设工程质量安全监督站's 一览表 under ``附件1``: ``科室`` merged, ``岗位`` and ``姓名`` merged per
  person, ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures and a LAST
  ``责任领导`` column naming the 分管 leader on every row; a 填表人/审核人/date line.

One is harder:

- ``daan_maritime_measures_keyed``: the 地方海事处's 岗位廉政风险点及防控措施, the MEASURES NOT BESIDE
  THE POINTS BUT IN A LIST OF THEIR OWN BELOW, KEYED TO THE POINTS BY THEIR NUMBERS — a title, a
  section line ``一、岗位廉政风险点`` merged across, the heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类别 | 风险等级`` (NO measures column), eleven points numbered 1–11 (``股室`` merged, ``岗位`` and
  ``姓名`` merged per person, ``…风险`` types, 高/中/低); a blank row; a section line ``二、防控措施``
  merged across; then a second heading ``序号 | 对应风险点 | 防控措施 | 落实时限`` (``防控措施`` merged over
  the three columns C:F, ``落实时限`` in G), eight measure rows numbered 1–8 whose ``对应风险点`` cell
  names the numbers of the points it answers (``1、2``, ``3``, ``4—5``, ``6、7``, ``8``, ``9``, ``10—11``
  and ``1—11`` for the measure for all), the measure's text in C:F and a time limit (``长期坚持``,
  ``2025年12月底前``) in G; an 制表/审核/date line. The points are only the first table's eleven rows;
  the measure rows are no points (and name no holder). The README's 读得懂的表 knows measures beside
  the points in a column (also split ``事前/事中/事后``, ``现有 | 拟新增``, or by level under ``分级防控措施``),
  in the point's own cell (``风险点：…⏎防控措施：…``, ``风险点。对策：…``), on the next row of a two-row
  card (``防控措施 | …``), on unmerged rows numbered under the point, in ONE merged row ``防控措施：⏎1.…``
  under each person's points, or on another sheet that repeats each point's text (``SHEET_DETAILS``);
  and a later table WITHOUT a risk column is set aside (``TABLE_OTHER``); it does not describe a
  measures table on the same sheet, under its own heading, keyed back to the points above by the
  points' running numbers (one measure answering several points, one point answered by several
  measures), while the point table itself has no measures column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市交通运输局's 专项整治 of leaders
插手干预 交通工程建设 — 项目决策, 招标投标, 转包分包, 物资采购, 资金安排; a 公路事业发展中心's 精细化
养护 — 路面保洁, 巡视检查, 水毁修复, 机械保养维修, 大中修 招投标 and 材料送检; a 市交通运输局's 驾培市场
集中整治 — 执法人员参与驾培经营, 黑驾校, 行政审批; an 汽车客运站制度汇编 — 票务管理, 车辆准入, 安全检查,
客运合同; a 交通执法大队's joint campaign against 黑出租 and 非法网约车 — 汽车站, 火车站, 查处; a 县
公路事业发展中心's 农村公路桥梁 隐患排查 — 路面, 路基, 桥梁涵洞, 安防设施, 整改期限; a 州 交通建设质量安全
监督站's 检查指导 — 监督申请, 施工过程抽检, 监理抽检, 拌合场, 实体质量; a 市 乡镇船舶 and 渡口 安全
规定 — 船舶检验证书, 登记, 船员适任证书, 签单发航, 超载, 渡口设置) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 大安区,
named with the district's name.

Run ``python tests/published/score.py --set batch354`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points are the rows of the first table (under ``一、岗位廉政风险点``) only:
  the rows under ``二、防控措施`` are measures — their ``对应风险点`` cell (``1、2``, ``4—5``, ``1—11``) and
  their ``落实时限`` are no points and name nobody, and the measures give no form of their own; the
  section lines are no points; ``处领导`` (a 股室 cell) is the 科室 of the 处长 and 副处长;
- ``局领导`` (the 交通运输局's sheet of its leaders, named so by its tab and title), ``段领导``, ``所领导``,
  ``站领导`` and ``大队领导`` (the 大队长's card names no 中队: his 科室) are the 科室 of those leaders; a group row
  ``二、养护股`` gives the 科室 ``养护股`` (its number left off); a 局's and 段's and 所's 股, an 站's 室
  (票务室, 安检室, 调度室, 财务室) and 股, a 大队's 中队 and a 监督站's 科 are 科室;
- every 段, 所, 站, 处, 大队 here is a unit of its own: 局长, 副局长, 段长, 副段长, 所长, 站长, 副站长,
  处长, 副处长, 大队长 are leaders; 股长, 室主任 (票务室主任 written ``主任``), 中队长 and 科长 middle; the
  rest (科员, 会计, 出纳, 养护员, 机务员, 验船师, 海事员, 售票员, 安检员, 调度员, 执法队员, 技术员, 质监员,
  桥梁工程师) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``执法环节``, ``执法证号``
  and ``自查结果`` are no points and name no holder; the 监督站's LAST ``责任领导`` column names a
  supervisor (the holder is ``姓名``); the 客运站's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 站's note) and ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b354_"
PLACE = "大安区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

POINT_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级")
MEASURE_HEAD = ("序号", "对应风险点", "防控措施", None, None, None, "落实时限")
POINT_LINE = "一、岗位廉政风险点"
MEASURE_LINE = "二、防控措施"
# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类别, 风险等级)]) — numbered 1–11 in this order
MARITIME = [
    ("处领导", "处长", "郜翀湉", "leader", [
        ("渡口设置、迁移审查意见个人说了算", "制度机制风险", "高"),
        ("水上交通事故调查处理中说情打招呼", "外部环境风险", "高"),
    ]),
    ("处领导", "副处长", "佘沄璟", "leader", [
        ("乡镇船舶安全专项整治资金分配不公开", "岗位职责风险", "中"),
    ]),
    ("船舶检验股", "股长", "厍昉澂", "middle", [
        ("为未达检验标准的乡镇客渡船签发检验证书", "岗位职责风险", "高"),
        ("船舶检验收费不按标准，收费不开票", "业务流程风险", "中"),
    ]),
    ("船舶检验股", "验船师", "隆峤沂", "general", [
        ("船舶检验不到现场，检验记录不实", "思想道德风险", "高"),
        ("接受船主宴请，降低检验要求", "思想道德风险", "中"),
    ]),
    ("安全监督股", "海事员", "笪瑀汐", "general", [
        ("渡船签单发航把关不严，对超载放行", "岗位职责风险", "高"),
    ]),
    ("安全监督股", "海事员", "幸琤湄", "general", [
        ("船员适任证书考试中泄露试题、代考放行", "思想道德风险", "中"),
    ]),
    ("综合股", "会计", "刁霁沅", "general", [
        ("渡工生活补助发放不按名册核对", "业务流程风险", "中"),
        ("公务船艇燃油费报销审核不严", "制度机制风险", "低"),
    ]),
]  # fmt: skip
# (对应风险点, 防控措施, 落实时限) — numbered 1–8
MEASURES = [
    (
        "1、2",
        "渡口设置、迁移审查和事故处理意见经处务会集体研究，说情打招呼事项登记报告。",
        "长期坚持",
    ),
    ("3", "整治资金分配方案处务会研究，分配结果在辖区乡镇公示。", "2025年12月底前"),
    ("4—5", "检验发证实行初检、复核两级审签；收费标准上墙公示，统一开具票据。", "长期坚持"),
    ("6、7", "现场检验拍照上传系统，检验记录双人签字；签订廉洁承诺，节前廉洁提醒。", "长期坚持"),
    ("8", "签单发航实行视频记录，股长每周抽查签单记录。", "2025年12月底前"),
    ("9", "考试题库随机组卷，考场全程录像，考务人员回避。", "长期坚持"),
    (
        "10—11",
        "补助按名册逐人核对、村组公示；燃油按船艇定额加注，报销附航行日志。",
        "2025年12月底前",
    ),
    ("1—11", "每季度开展一次廉政风险排查，结果报区交通运输局纪检监察组。", "长期坚持"),
]


def daan_maritime_measures_keyed() -> dict:
    unit = f"{PLACE}地方海事处"
    t = _Truth(unit)
    sh = _Sheet("风险点及措施", [6, 12, 10, 9, 38, 14, 9])
    _line(sh, f"{unit}岗位廉政风险点及防控措施", 7)
    _line(sh, POINT_LINE, 7)
    sh.add(*POINT_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARITIME:
        for point, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, MEASURE_LINE, 7)
    r = sh.add(*MEASURE_HEAD)
    sh.merge(r, 2, r, 5)
    for i, (refs, measure, when) in enumerate(MEASURES, 1):
        r = sh.add(i, refs, measure, None, None, None, when)
        sh.merge(r, 2, r, 5)
    sh.add()
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "daan_maritime_measures_keyed", "http://www.jianbiaoku.com/webarbs/book/21675/624689.shtml",
        "(harder) 区地方海事处 岗位廉政风险点及防控措施, after the source's 乡镇船舶 and 渡口 安全规定 (船舶检验证书, 船员适任证书, "
        "签单发航, 超载, 渡口设置): a title, ``一、岗位廉政风险点`` merged across, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类别 | "
        "风险等级`` with NO measures column (股室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低), a blank row, "
        "``二、防控措施`` merged across, then ``序号 | 对应风险点 | 防控措施 (C:F merged) | 落实时限``: eight measures KEYED BACK to "
        "the points by their running numbers (``1、2``, ``4—5``, ``1—11``); a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def daan_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "勾珝岚", "主持全面工作，分管工程建设", [
            ("提前指定或内定交通工程项目承建方", "一级", "项目全部进入公共资源交易平台，插手干预事项登记报告。"),
            ("大额项目资金追加不经党组集体研究", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("副局长", "旷璆涵", "分管运输管理、行政审批", [
            ("违规审批道路运输经营许可", "一级", "审批条件公开，初审、复审分离，网上全程留痕。"),
            ("授意项目单位向特定供应商采购物资", "二级", "物资采购按规定政府采购，采购结果公开。"),
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
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("机关股室", [6, 12, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "股长", "郇澍琪", "middle", [
            ("对应公开招标的项目采取化整为零规避招标", "一级", "按限额标准确定招标方式，法制审核。"),
            ("对施工单位违法分包、转包不予查处", "二级", "每季度开展分包检查，结果通报。"),
        ]),
        ("建设管理股", "科员", "鞠昶芃", "general", [
            ("工程计量资料审核走过场", "二级", "计量资料双人审核，监理签字确认。"),
        ]),
        ("规划财务股", "会计", "缑瑗漪", "general", [
            ("项目资金不按合同进度拨付", "二级", "拨付前核对合同、进度和审批单。"),
            ("差旅费报销票据审核不严", "三级", "报销实行经办、审核、审批三签。"),
        ]),
        ("办公室", "主任", "斛沣岚", "middle", [
            ("公务用车私用，维修费用虚报", "三级", "车辆定点维修，费用按月公示。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "daan_transport_bureau_two_sheets", "http://fugui888.com/jggk/gsgg/1628285760497025026.html",
        "区交通运输局 廉政风险防控表 in two sheets, after the source's 专项整治 of leaders 插手干预 交通工程建设 (项目决策, 招标投标, "
        "转包分包, 物资采购, 资金安排): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def daan_highway_maintenance_groups() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、段领导", "段领导", [
            ("段长", "钮湜琬", "leader", [
                ("公路大中修工程招标中打招呼、指定施工队", "外部环境", "高", "工程项目进场交易，插手干预登记报告。"),
                ("养护专项资金安排不经段务会研究", "制度机制", "高", "资金安排段务会研究，按季公开。"),
            ]),
        ]),
        ("二、养护股", "养护股", [
            ("股长", "殳澈旸", "middle", [
                ("水毁修复工程量现场签认不实", "岗位职责", "高", "签认现场拍照，段领导抽查复核。"),
                ("路面材料送检走过场，以次充好", "业务流程", "中", "材料见证取样送检，检测报告存档。"),
            ]),
            ("养护员", "宓瑾沄", "general", [
                ("日常巡视记录造假，隐患不报", "岗位职责", "低", "巡视轨迹上传平台，股长按周抽查。"),
            ]),
        ]),
        ("三、机械设备股", "机械设备股", [
            ("机务员", "晁翙瑶", "general", [
                ("养护机械维修配件虚报数量", "思想道德", "中", "旧件回收登记，维修单据双人签字。"),
                ("机械燃油领用登记不实", "业务流程", "低", "燃油按台班定额领用，按月核对。"),
            ]),
        ]),
        ("四、财务股", "财务股", [
            ("出纳", "仉珺湉", "general", [
                ("养护工程款支付不凭审批手续", "制度机制", "中", "支付凭审批单办理，网银U盾分人保管。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "daan_highway_maintenance_groups", "https://www.jinshui.gov.cn/bmdt/7937632.jhtml",
        "区公路养护段 岗位廉政风险防控一览表, after the source's 精细化养护 (路面保洁, 巡视检查, 水毁修复, 机械保养维修, 大中修 招投标, "
        "材料送检): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、段领导`` … ``四、财务股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def daan_transport_management_selfchecks() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    people = [
        ("所长", "劳沂霏", "所领导", "所长", "leader", [
            ("默许执法人员参与驾培机构经营", "思想道德", "高风险", "执法人员亲属从业情况登记，每年核查。", "未发现问题"),
            ("驾培机构备案审核降低条件", "制度机制", "高风险", "备案材料集体审核，结果网上公开。", "已落实"),
            ("维修企业年度考核打人情分", "岗位职责", "中风险", "考核细则公开，结果公示。", "已落实"),
        ]),
        ("驾培股股长", "檀岢渟", "驾培股", "股长", "middle", [
            ("对“黑驾校”非法经营查处不力", "岗位职责", "高风险", "投诉线索登记编号，限期办结。", "正在整改"),
            ("教练员信息审核把关不严", "业务流程", "中风险", "教练员信息与公安数据比对。", "已落实"),
        ]),
        ("维修股科员", "庾琰汐", "维修股", "科员", "general", [
            ("维修企业备案现场核查走过场", "岗位职责", "中风险", "核查两人以上，现场拍照存档。", "已落实"),
            ("接受维修企业礼品礼金", "思想道德", "低风险", "签订廉洁承诺，拒收登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在股室", dept, f"职{GAP}务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查结果")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签字：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "daan_transport_management_selfchecks",
        "http://jsnews.jschina.com.cn/ha/a/202106/t20210611_2798271.shtml",
        "区道路运输管理所 岗位廉政风险自查表, one sheet per person (tabs named by post), after the source's 驾培市场 集中整治 "
        "(执法人员参与驾培经营, 黑驾校, 行政审批): a title, ONE ROW of three pairs ``姓　名 | … | 所在股室 | … | 职　务 | …``, then "
        "序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查结果``; ``本人签字： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def daan_bus_station_posts() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("排查表", [6, 10, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("进站经营车辆准入", "为不符合条件的客车办理进站协议", "制度机制风险", "Ⅰ级",
             "进站协议经站务会研究，准入条件公开。"),
            ("站务设施采购", "候车设施采购指定供应商", "外部环境风险", "Ⅰ级", "采购比价三家以上，结果公示。"),
        ]),
        ("票务室", "主任", "middle", [
            ("票款管理", "票款不按日解缴，截留挪用", "岗位职责风险", "Ⅰ级", "票款日清日结，财务室按日对账。"),
        ]),
        ("票务室", "售票员", "general", [
            ("退票手续费", "退票手续费多收少记", "思想道德风险", "Ⅱ级", "退票系统自动计费，打印凭据。"),
            ("节假日票源", "节假日倒卖车票、为熟人预留票源", "思想道德风险", "Ⅱ级", "实名制售票，预留票登记审批。"),
        ]),
        ("安检室", "安检员", "general", [
            ("车辆安全例检", "收受驾驶员好处，例检不合格车辆放行出站", "岗位职责风险", "Ⅰ级",
             "例检全程视频记录，出站登记双人签字。"),
        ]),
        ("调度室", "调度员", "general", [
            ("班次调度", "调度中为关系车主安排热门班次", "外部环境风险", "Ⅱ级", "班次按协议轮排，调度记录公示。"),
        ]),
        ("财务室", "会计", "general", [
            ("站务费结算", "与车主结算站务费时少扣多付", "业务流程风险", "Ⅲ级", "结算单经办、审核两签，按月对账。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "daan_bus_station_posts", "https://renrendoc.com/paper/383586296.html",
        "区汽车客运站 岗位廉政风险点排查表 对岗不对人, after the source's 汽车客运站制度汇编 (票务管理, 车辆准入, 安全检查, 客运合同): "
        "a title, 序号/部门 merged (站领导, 票务室, 安检室, 调度室, 财务室)/岗位 merged per post/a short 风险点/a long ``表现形式``/"
        "风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def daan_enforcement_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "茹泓琤", "大队长", "大队领导", "leader", "JT-01", [
            ("案件审理", "非法营运案件处罚不经集体审理", "★★★", "重大案件集体审理，法制审核。"),
            ("执法部署", "联合整治行动前泄露检查时间地点", "★★★", "行动方案临时下达，参与人员签订保密承诺。"),
            ("案件办理", "为“黑出租”车主说情打招呼", "★★", "说情打招呼事项登记报告。"),
        ]),
        ("二中队中队长", "巩霈沅", "中队长", "二中队", "middle", "JT-06", [
            ("现场查处", "查扣非法网约车后私自放车", "★★★", "查扣车辆登记入库，放行经大队审批。"),
            ("证据收集", "执法记录仪选择性记录", "★★", "执法全过程记录，记录仪数据按日上传。"),
        ]),
        ("执法队员", "於澔晞", "执法队员", "二中队", "general", "JT-15", [
            ("定点值守", "在汽车站值守时接受车主宴请", "★★", "签订廉洁承诺，值守人员定期轮换。"),
            ("罚没款收缴", "当场收缴罚款不开票据", "★", "罚款一律银行代收，不收现金。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [6, 12, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, "执法证号", badge, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "daan_enforcement_cards", "https://zztdbp.com/index.php/article/view/id/111268.html",
        "区交通运输综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 二中队中队长, 执法队员), after the source's "
        "joint campaign against 黑出租 and 非法网约车 (汽车站, 火车站, 查处): a title, the pairs ``持卡人 | … | 职　务 | …`` and "
        "``所在中队 | … | 执法证号 | …`` above 序号/执法环节/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def daan_rural_road_station_duties() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "迮琛沂", "leader", [
            ("农村公路建设项目", "村道硬化项目施工单位确定个人说了算", "Ⅰ", "项目按规定招标或比选，站务会研究。"),
            ("养护资金安排", "养护补助资金向关系乡镇倾斜", "Ⅰ", "补助按里程和考核结果分配，结果公示。"),
        ]),
        ("养护股", "股长", "厉芷澂", "middle", [
            ("隐患排查", "路基塌陷、边沟堵塞等隐患排查记录不实", "Ⅱ", "排查台账逐项销号，站领导抽查。"),
            ("养护考核", "乡镇养护考核打人情分", "Ⅱ", "考核细则公开，结果通报。"),
        ]),
        ("桥梁股", "桥梁工程师", "郏翎沄", "general", [
            ("桥梁定期检查", "桥梁涵洞检查不到现场，数据照抄", "Ⅰ", "检查现场拍照定位，报告双人签字。"),
            ("护栏修复", "护栏修复工程量虚报", "Ⅲ", "修复前后拍照对比，验收邀请乡镇参加。"),
        ]),
        ("综合股", "出纳", "牟湉岍", "general", [
            ("资金支付", "整改工程款不凭审批单支付", "Ⅲ", "支付凭审批单办理，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "daan_rural_road_station_duties", "http://ycyzwb.net/news_show.asp?id=32580",
        "区农村公路管理站 廉政风险防控责任清单, after the source's 农村公路桥梁 隐患排查 (路面, 路基, 桥梁涵洞, 安防设施, 整改期限): "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``责任股室`` merged (站领导, 养护股, "
        "桥梁股, 综合股)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; "
        "a ``注：`` line on the grades and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def daan_quality_station_list() -> dict:
    unit = f"{PLACE}交通建设工程质量安全监督站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 13, 10, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("站领导", "站长", "韶璟漪", "leader", "韶璟漪", [
            ("质量鉴定结论受项目单位干预", "外部环境风险", "一级风险", "鉴定结论集体研究，干预事项登记报告。"),
            ("监督检查计划安排不经站务会研究", "制度机制风险", "二级风险", "检查计划站务会研究，按季公开。"),
        ]),
        ("质量监督科", "科长", "谯湛瑛", "middle", "韶璟漪", [
            ("监督申请受理审核不严", "业务流程风险", "二级风险", "受理材料清单化审核，结果网上公开。"),
            ("对拌合场问题隐瞒不报", "岗位职责风险", "一级风险", "检查问题清单逐项销号，站长抽查。"),
        ]),
        ("质量监督科", "质监员", "扈昀淏", "general", "韶璟漪", [
            ("施工过程抽检数据篡改", "思想道德风险", "一级风险", "抽检数据现场录入系统，不得修改。"),
        ]),
        ("安全监督科", "技术员", "邰珝涵", "general", "鄂沄琮", [
            ("专项施工方案审查走过场", "岗位职责风险", "二级风险", "方案审查双人签字，资料存档。"),
            ("接受施工单位宴请，放松安全检查", "思想道德风险", "三级风险", "签订廉洁承诺，检查人员轮换。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "daan_quality_station_list", "http://jtt.hunan.gov.cn/jtt/hnjtza/szdt/202207/t20220729_27570525.html",
        "区交通建设工程质量安全监督站 岗位廉政风险防控一览表, after the source's 检查指导 (监督申请, 施工过程抽检, 监理抽检, 拌合场, "
        "实体质量): ``附件1``, a title, 序号/科室 merged (站领导, 质量监督科, 安全监督科)/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the 分管 leader on "
        "every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    daan_maritime_measures_keyed(),
    daan_transport_bureau_two_sheets(),
    daan_highway_maintenance_groups(),
    daan_transport_management_selfchecks(),
    daan_bus_station_posts(),
    daan_enforcement_cards(),
    daan_rural_road_station_duties(),
    daan_quality_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch354-inbox"))
