"""The three-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 水务 and
农业 bodies, 东兴区 (a district of 内江, its staff Han) — its 水务局 and 水政监察大队, its 双河口水库
管理所, its 农业农村局, 农业技术推广站, 畜牧兽医站, 动物卫生监督所 and 农田建设服务中心 — each handing
back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 分解表 its staff typed in WPS or Excel:

- the 农业农村局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 双河口水库管理所's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, 高/中/低, no names; an 编制/审核/date line;
- the 农业技术推广站's 自查表, one sheet a person (tabs named by the post): ``姓　名 | … | 岗　位 | …``
  and ``所在股室 | … | 填表时间 | …`` in two rows of pairs above ``序号 | 廉政风险点 | 风险等级 |
  防控措施 | 自查情况``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``自查人（签名）： | … | 站长意见：``;
- the 畜牧兽医站's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and ``所在股室 | … |
  监督电话 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types,
  ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字：``;
- the 水政监察大队's 责任清单: ``中队`` merged, ``岗位`` and ``姓名`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``高风险/中风险/低风险``, a 制表/审核/date line;
- the 动物卫生监督所's 一览表 under GROUP ROWS ``一、所领导`` … ``三、执法股`` merged across (no
  股室 column): ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 农田建设服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``dongxing_water_bureau_measure_owners``: the 水务局's ``2025年度廉政风险防控措施责任分解表``, laid
  out as the source's 河道采砂 work is (the ``4个责任人`` — 河长, 行政主管部门, 现场监管, 行政执法 —
  named for every reach): ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施 | 落实责任人 |
  完成时限``. ONE ROW A MEASURE: a point with three measures takes three rows, and its ``序号``,
  ``廉政风险点`` and ``风险等级`` are merged down over them (``科室`` over the department's rows,
  ``岗位`` and ``姓名`` over the person's); each measure row carries ITS OWN ``落实责任人`` — the
  holder himself, his 股长, the 分管副局长, the 局长 or ``驻局纪检监察组`` — and ITS OWN
  ``完成时限`` (``长期坚持``, ``每月``, ``2025年6月底前`` …). So the column of names beside the
  measures changes from row to row WITHIN ONE POINT, and names the holders of OTHER rows; a
  merged ``注：`` line below says that the 落实责任人 carries out the measure and the holder of the
  point is the one in ``姓名``. The README's 读得懂的表 knows measures written one a row, numbered
  and NOT merged, under the point they belong to; ``防控措施`` split into ``事前 | 事中 | 事后`` or
  ``制度措施 | 监督措施`` columns; ``现有 | 拟新增`` measures; ``防控`` over ``措施 | 责任人`` (the
  holder); ``防控措施及责任人`` and a measure ending ``责任人:…`` (when the table has no name
  column); ``责任领导``/``分管领导`` columns of supervisors (one person over several posts); a
  ``监督科室`` beside the measures; ``完成时限`` as a column to ignore. It does not describe MERGED
  point cells over several measure rows each with an owner and a deadline of its own, where the
  owner column is a column of names that is NOT the holder (the holder is in ``姓名``) and whose
  names are sometimes the holder's own, sometimes another row's holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (内江's 水利局 and its three
measures for 河道采砂 — the 4个责任人 published for every 县, 联合监管 with 公安 and 交通, 执法巡查
of 禁采区 and 禁采期; a 市水务局's 河道采砂 监管 — 阳光采砂, 采砂许可公示牌, 采砂规划, 禁采区 and 可采区,
年度采砂实施方案; a 区纪委监委 on 高标准农田建设 — 规划设计, 招标投标, 竣工验收, 施工质量, 监理走过场,
资金使用, 建后管护; a 市审计局 at a 水库 — 大坝 and 二坝, 泄洪洞, 灌渠, 闸门启闭机, 灌区所 and 水工所,
办公用房改造, 管护经费; a 县农业技术推广中心 giving 科技示范户 free 化肥, 种子 and 技术指导; the 农业部
六条禁令 — 只收费不检疫, 不检疫就出证, 重复检疫收费, 倒卖动物卫生证章标志, 饲料兽药质量监测, 违法行为
不查处; the 官方兽医依法履职规范 — 官方兽医证, 检疫规程, 检疫证明 and 检疫处理通知单, 暂停出证权限; a
市审计局's audit of 高标准农田建设 — 资金使用, 项目建设管理, 上图入库, 后续管护, 未按设计文件施工,
设施闲置) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 东兴区.

Run ``python tests/published/score.py --set batch317`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file one point is one merged ``廉政风险点`` cell however many measure rows it spans,
  a point of the row's 科室, 岗位 and ``姓名`` (its level the merged ``风险等级``); ``落实责任人``
  names the one who carries out a measure and is NO holder (not even where it names the holder
  himself, nor where it names another row's holder: 局长, a 股长 and the 副局长 own measures of
  other people's points); ``防控措施`` and ``完成时限`` are no points; the ``注：`` line and the
  sign-off line are no points;
- ``局领导`` (the 农业农村局's sheet and the 水务局's 科室 cell), ``所领导`` (the 水库管理所's 股室
  cell, the 监督所's group row), ``站领导`` (the 推广站's and 兽医站's 所在股室), ``大队领导`` (the
  大队's 中队 cell) and ``中心领导`` (the 中心's 部门 cell) are the 科室 of those leaders; a 局's 科
  and 股, a 所's, 站's and 中心's 股 and a 大队's 中队 are 科室; a group row ``二、检疫股`` gives the
  科室 ``检疫股`` (its number left off);
- every 局, 所, 站, 大队 and 中心 here is a unit of its own: 局长, 副局长, 所长, 副所长, 站长, 副站长,
  大队长, 副大队长, a 中心's 主任 and 副主任 are leaders; 科长, 股长 and 中队长 middle; the rest
  (科员, 会计, 出纳, 河道巡查员, 闸门运行工, 大坝巡查员, 农技员, 官方兽医, 协检员, 执法队员, 技术员)
  general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``,
  ``分管工作`` and ``自查情况`` are no points and name no holder; the 水库管理所's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the card's note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's
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

PREFIX = "b317_"
PLACE = "东兴区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

OWNER_HEAD = (
    "序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "落实责任人", "完成时限",
)  # fmt: skip
OWNER_NOTE = (
    "注：1.每个廉政风险点的防控措施逐条分行填写，每条措施写明落实责任人和完成时限；2.落实责任人是该条"
    "措施的执行人，风险点的责任人为“姓名”栏所列人员；3.风险等级分高、中、低三级。"
)
CHIEF, DEPUTY, RIVERS, FINANCE = "郗澧沅", "逄砚汀", "仉溯岚", "郏芷湄"
WORKS, PATROL, CASHIER = "綦澈屿", "眭淏岷", "璩沁苒"
INSPECTORS = "驻局纪检监察组"

# (科室, 岗位, 姓名, tier, [(廉政风险点, 等级, [(防控措施, 落实责任人, 完成时限)])])
MEASURES = [
    ("局领导", "局长", CHIEF, "leader", [
        ("重大水利项目安排和大额资金使用不经党组会集体研究", "高", [
            ("1.“三重一大”事项党组会集体研究，会议纪要存档备查", CHIEF, "长期坚持"),
            ("2.大额资金支付实行局长、分管副局长、财务股长三签", FINANCE, "2025年6月底前"),
        ]),
        ("插手干预河道采砂许可和水利工程招投标", "高", [
            ("1.插手干预重大事项一律登记报告", CHIEF, "长期坚持"),
            ("2.采砂许可结果在局网站和采砂现场公示牌公告", RIVERS, "每季度"),
            ("3.对登记报告情况开展专项检查", INSPECTORS, "每半年"),
        ]),
    ]),
    ("局领导", "副局长", DEPUTY, "leader", [
        ("对河道采砂现场监管责任人履职不督促、不检查", "中", [
            ("1.每月带队开展河道采砂执法巡查", DEPUTY, "每月"),
            ("2.现场监管责任人、行政执法责任人履职情况季度通报", RIVERS, "每季度"),
        ]),
    ]),
    ("河湖管理股", "股长", RIVERS, "middle", [
        ("采砂许可审查降低条件，超范围、超总量许可", "高", [
            ("1.许可审查两人以上，初审与复审分离", RIVERS, "长期坚持"),
            ("2.可采区范围和年度采砂控制总量向社会公开", DEPUTY, "2025年6月底前"),
        ]),
        ("对非法采砂线索压案不查，向采砂业主通风报信", "高", [
            ("1.举报线索登记编号，办理情况每周调度", RIVERS, "每周"),
            ("2.联合执法行动方案保密，出发前统一收存通讯工具", DEPUTY, "长期坚持"),
            ("3.随机抽查举报线索办理情况", INSPECTORS, "每季度"),
        ]),
    ]),
    ("河湖管理股", "河道巡查员", PATROL, "general", [
        ("巡查记录弄虚作假，发现禁采期偷采不报告", "中", [
            ("1.巡查轨迹和现场照片通过巡河APP实时上传", PATROL, "长期坚持"),
            ("2.股长每周抽查巡查记录", RIVERS, "每周"),
        ]),
    ]),
    ("水利工程建设股", "股长", WORKS, "middle", [
        ("工程变更和现场签证审核把关不严，虚增工程量", "高", [
            ("1.变更签证经监理、跟踪审计、建设单位三方会签", WORKS, "长期坚持"),
            ("2.超过合同价10%的变更报局党组会研究", CHIEF, "长期坚持"),
        ]),
        ("隐蔽工程验收不到现场即签字", "低", [
            ("1.隐蔽工程验收留存影像资料并随资料归档", WORKS, "长期坚持"),
        ]),
    ]),
    ("财务股", "股长", FINANCE, "middle", [
        ("水利专项资金不按工程进度和审批程序拨付", "中", [
            ("1.资金拨付凭进度报表、监理意见和审批单办理", FINANCE, "长期坚持"),
            ("2.专项资金使用情况向局党组报告", FINANCE, "每季度"),
        ]),
    ]),
    ("财务股", "出纳", CASHIER, "general", [
        ("U盾与支付密码一人保管，违规支付", "中", [
            ("1.U盾和支付密码分人保管", FINANCE, "2025年5月底前"),
            ("2.每月与银行对账，对账单由股长签字", CASHIER, "每月"),
        ]),
    ]),
]  # fmt: skip


def dongxing_water_bureau_measure_owners() -> dict:
    unit = f"{PLACE}水务局"
    ncols = len(OWNER_HEAD)
    sh = _Sheet("措施分解表", [6, 12, 10, 9, 30, 8, 40, 11, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度廉政风险防控措施责任分解表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*OWNER_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MEASURES:
        for point, lv, measures in points:
            n += 1
            top = len(sh.rows)
            for i, (measure, owner, when) in enumerate(measures):
                if i == 0:
                    sh.add(n, dept, post, who, point, lv, measure, owner, when)
                else:
                    sh.add(None, dept, post, who, None, None, measure, owner, when)
            if len(measures) > 1:
                for c in (0, 4, 5):
                    sh.merge(top, c, len(sh.rows) - 1, c)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, OWNER_NOTE, ncols)
    sh.add("编制：局办公室", None, None, "审核：", None, None, "局长（签字）：", None, None)
    return _layout(
        "dongxing_water_bureau_measure_owners", "http://huabaokuangji.com/qianghuahedaocaishaguanli.html",
        "(harder) 区水务局 2025年度廉政风险防控措施责任分解表, after the source's 市水利局 河道采砂 measures (4个责任人 — 河长, "
        "行政主管部门, 现场监管, 行政执法 — named and published, 联合监管, 执法巡查 of 禁采区/禁采期): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实责任人``/``完成时限`` with ONE ROW A MEASURE: 序号, 廉政风险点 and 风险等级 merged down over the point's measure "
        "rows (科室 over the department's, 岗位 and 姓名 over the person's), each measure row with its own 落实责任人 (the "
        "holder, his 股长, the 副局长, the 局长 or 驻局纪检监察组) and its own 完成时限; no type column; a merged ``注：`` "
        "line saying the holder is the one in 姓名, and an 编制/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dongxing_agri_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗崧澜", "局长", "主持全面工作，分管人事、财务", [
            ("高标准农田建设项目安排不经党组会集体研究", "一级", "项目安排经党组会集体研究，年度计划公开。"),
            ("为特定关系人承揽农田建设工程打招呼", "一级", "插手干预事项如实登记，按季度报告。"),
        ]),
        ("缑霆岳", "副局长", "分管农田建设、种植业", [
            ("对高标准农田项目规划设计脱离实际不纠正", "二级", "规划设计方案经专家评审和村民代表会议讨论。"),
            ("竣工验收降低标准，默许监理走过场", "一级", "竣工验收邀请纪检、审计人员参加，结果公示。"),
        ]),
        ("郦湘芃", "副局长", "分管畜牧兽医、农业执法", [
            ("对农业执法案件说情打招呼，降格处理", "二级", "执法案件集体讨论，说情事项登记报告。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 8, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("农田建设管理科", "科长", "厍泓岑", "middle", [
            ("招标文件设置倾向性条件，排斥潜在投标人", "一级", "招标文件经法律顾问审核，全流程进场交易。"),
            ("未按设计文件施工的问题不督促整改", "二级", "施工过程每月抽查，问题清单限期销号。"),
        ]),
        ("农田建设管理科", "科员", "戈濛屹", "general", [
            ("建后管护检查流于形式，管护资金拨付不核实", "三级", "管护检查两人以上，检查记录附照片。"),
        ]),
        ("计划财务科", "科长", "蔺槿沅", "middle", [
            ("农田建设资金拨付不按合同和进度审核", "一级", "资金拨付凭合同、进度报表和验收单办理。"),
        ]),
        ("计划财务科", "会计", "邰霁菲", "general", [
            ("报销票据审核不严，虚列支出", "二级", "报销实行经办、审核、审批三签。"),
        ]),
        ("种植业管理科", "科长", "暨岱瑶", "middle", [
            ("耕地地力保护补贴面积核实不严，优亲厚友", "二级", "补贴面积村组公示，乡镇复核，区级抽查。"),
            ("农作物种子质量抽检事先透露信息", "三级", "抽检计划保密，样品封样双人签字。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    return _layout(
        "dongxing_agri_bureau_two_sheets", "http://gaotai.zysjw.gov.cn/Item/7020.aspx",
        "区农业农村局 廉政风险防控表 in two sheets, after the source's 区纪委监委 on 高标准农田建设 (规划设计, 招标投标, 竣工验收, "
        "施工质量, 监理走过场, 资金使用, 建后管护): ``局领导`` (序号/姓名/职务/分管工作 merged per leader/廉政风险点/风险等级/防控措施) "
        "and ``科室`` (科室 merged, 岗位 and 姓名 merged per person); levels ``一级/二级/三级``; no type column; a 填表人/审核人/"
        "date line under each",
        [lead, dept], t,
    )  # fmt: skip


def dongxing_reservoir_posts() -> dict:
    unit = f"{PLACE}双河口水库管理所"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("除险加固工程发包", "除险加固和办公用房改造工程化整为零，规避招标", "制度机制风险", "高",
             "工程发包按限额标准招标，所务会集体研究。"),
            ("管护经费使用", "水库管护经费不按预算使用，挤占挪用", "岗位职责风险", "中", "管护经费专账核算，每年接受审计。"),
        ]),
        ("所领导", "副所长", "leader", [
            ("大坝安全鉴定整改", "大坝安全鉴定指出的问题整改不到位，虚报完成", "岗位职责风险", "中",
             "整改台账逐项销号，整改结果报区水务局。"),
        ]),
        ("工程管理股", "股长", "middle", [
            ("维修养护项目验收", "启闭机、闸门维修养护项目验收不严，虚增工程量", "业务流程风险", "高",
             "维修项目验收两人以上，更换部件交旧领新。"),
        ]),
        ("工程管理股", "闸门运行工", "general", [
            ("灌溉放水", "向灌区用水户索取好处，违规调度放水", "思想道德风险", "中", "放水计划公示，调度指令书面记录。"),
        ]),
        ("工程管理股", "大坝巡查员", "general", [
            ("大坝巡查", "巡查记录不实，渗流等险情隐患不报告", "岗位职责风险", "低", "巡查记录当日上传，股长每周抽查。"),
            ("库区管理", "收受钓鱼、养殖人员好处，默许库区违规活动", "外部环境风险", "中", "库区管理巡查两人一组，举报电话公开。"),
        ]),
        ("综合股", "会计", "general", [
            ("费用报销", "灌区所、水工所报销票据审核不严，虚列支出", "业务流程风险", "低", "报销实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年6月", None)
    return _layout(
        "dongxing_reservoir_posts", "https://sjj.huangshan.gov.cn/tpxw/9204036.html",
        "区水库管理所 岗位廉政风险点排查表 对岗不对人, after the source's 市审计局 at a 水库 (大坝 and 二坝, 泄洪洞, 灌渠, 闸门启闭机, "
        "灌区所 and 水工所, 办公用房改造, 管护经费, 大坝安全鉴定 问题整改): a title, then 序号/股室 merged (所领导, 工程管理股, 综合股)/"
        "岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/"
        "date line",
        [sh], t,
    )  # fmt: skip


def dongxing_agri_tech_station_selfchecks() -> dict:
    unit = f"{PLACE}农业技术推广站"
    t = _Truth(unit)
    people = [
        ("站长", "虢晟淇", "站长", "站领导", "leader", [
            ("科技示范户遴选不公开，优亲厚友", "Ⅱ级", "示范户遴选条件和名单在村务公开栏公示。", "已落实"),
            ("物化补助化肥、种子采购指定供应商", "Ⅰ级", "物化补助物资按政府采购程序采购。", "已落实"),
        ]),
        ("推广股股长", "冼雯崧", "股长", "推广股", "middle", [
            ("物化补助物资发放清单与实际发放不符", "Ⅰ级", "发放清单由农户签字，乡镇农技站复核。", "未发现问题"),
            ("技术指导服务向农户收取费用", "Ⅲ级", "技术指导服务一律免费，收费举报电话公开。", "未发现问题"),
        ]),
        ("农技员", "芈渌桐", "农技员", "土肥股", "general", [
            ("测土配方施肥取样数据随意填写", "Ⅱ级", "取样点位GPS定位，化验数据双人复核。", "已整改"),
            ("向农户推荐特定品牌肥料收取好处", "Ⅱ级", "不得推荐特定品牌，签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None)
        sh.add("所在股室", dept, "填表时间", "2025年6月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dongxing_agri_tech_station_selfchecks", "http://hair43.com/health/baojian/2022/0411/5110.html",
        "区农业技术推广站 岗位廉政风险自查表, one sheet a person (tabs 站长, 推广股股长, 农技员), after the source's 县农业技术推广"
        "中心 giving 科技示范户 free 化肥, 种子 and 技术指导: a title, ``姓　名 | … | 岗　位 | …`` and ``所在股室 | … | 填表时间 | …`` "
        "in two rows of pairs, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; a blank row and "
        "``自查人（签名）： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def dongxing_husbandry_station_cards() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "仝沣岳", "站长", "站领导", "leader", [
            ("强制免疫疫苗采购和分配不经集体研究", "制度机制", "★★★", "疫苗分配方案站务会研究，按乡镇存栏量分配并公示。"),
            ("对违法违规行为发现不查处、包庇纵容", "岗位职责", "★★★", "违法线索登记台账，查处结果报区农业农村局。"),
            ("接受养殖场户宴请和礼品", "思想道德", "★★", "节前廉洁提醒，拒收登记。"),
        ]),
        ("防疫股股长", "蒉泠溪", "股长", "防疫股", "middle", [
            ("免疫档案和免疫数量弄虚作假，套取防疫经费", "业务流程", "★★★", "免疫数据抽查核对，经费按核实数拨付。"),
            ("病死畜禽无害化处理补助核实不严", "业务流程", "★★", "补助数量与收集台账、处理记录三方核对。"),
        ]),
        ("官方兽医", "谯曜岑", "官方兽医", "检疫股", "general", [
            ("不检疫就出证，只收费不检疫", "岗位职责", "★★★", "检疫全程影像记录，电子出证系统留痕。"),
            ("倒卖动物卫生证章标志", "思想道德", "★★★", "证章标志专人保管，领用核销。"),
            ("饲料兽药质量监测抽样弄虚作假", "外部环境", "★", "抽样双人签封，样品编码送检。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, "监督电话", "0832-12388", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dongxing_husbandry_station_cards", "https://swgk.naimanyun.cn/front/information/477",
        "区畜牧兽医站 廉政风险防控卡, one sheet a holder (tabs 站长, 防疫股股长, 官方兽医), after the source's 农业部六条禁令 (只收费"
        "不检疫, 不检疫就出证, 重复检疫收费, 倒卖动物卫生证章标志, 饲料兽药质量监测, 违法行为不查处): a title, ``持卡人 | … | 职　务 | …`` "
        "and ``所在股室 | … | 监督电话 | …`` in two rows of pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def dongxing_water_enforcement_duties() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号", "中队", "岗位", "姓名", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("大队领导", "大队长", "钭峣澍", "leader", [
            ("案件审批", "对非法采砂案件降格处理，以罚代刑", "岗位职责风险", "高风险", "案件集体讨论，涉嫌犯罪的一律移送公安机关。"),
            ("执法计划", "年度执法检查对象照顾关系人", "制度机制风险", "中风险", "检查对象“双随机”抽取。"),
        ]),
        ("大队领导", "副大队长", "鄢澜曦", "leader", [
            ("采砂现场监管", "默许采砂业主超时、超量、超范围开采", "外部环境风险", "高风险", "采砂现场视频监控，采运数量日报。"),
        ]),
        ("一中队", "中队长", "帅槐汀", "middle", [
            ("执法巡查", "禁采区、禁采期巡查走过场", "岗位职责风险", "中风险", "巡查轨迹实时上传，大队每月通报。"),
            ("涉水违法线索处置", "对举报线索不登记、不核查", "业务流程风险", "中风险", "举报线索统一编号登记，跟踪办结。"),
        ]),
        ("一中队", "执法队员", "敖沚蘅", "general", [
            ("现场检查", "接受采砂业主宴请，泄露执法行动信息", "思想道德风险", "高风险", "执法行动临时通知，通讯工具集中管理。"),
        ]),
        ("二中队", "中队长", "郤霖皓", "middle", [
            ("扣押物品管理", "扣押的采砂船只、机具不登记，私自处置", "业务流程风险", "高风险", "扣押物品当场开具清单，统一入库。"),
        ]),
        ("二中队", "执法队员", "阙淇沄", "general", [
            ("调查取证", "调查笔录不如实记载，选择性取证", "岗位职责风险", "低风险", "调查取证两人以上，执法记录仪全程记录。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "dongxing_water_enforcement_duties", "https://shuiwuju.zgqingyang.gov.cn/ztlm/szszy/content_332311",
        "区水政监察大队 廉政风险防控责任清单, after the source's 市水务局 河道采砂 监管 (阳光采砂, 采砂许可公示牌, 四个责任人, 采砂规划, "
        "禁采区 and 可采区, 年度采砂实施方案): a title, then 序号/中队 merged (大队领导, 一中队, 二中队)/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dongxing_animal_health_group_rows() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("一览表", [6, 10, 9, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "贲峤菱", "leader", [
                ("官方兽医资格推荐把关不严", "二级风险", "推荐人选所务会研究并公示。"),
                ("对暂停出证权限的官方兽医说情恢复", "一级风险", "恢复出证权限须经区农业农村局审批。"),
            ]),
            ("副所长", "嵇苡宸", "leader", [
                ("屠宰场驻场检疫监督检查走过场", "二级风险", "监督检查每月不少于两次，检查记录存档。"),
            ]),
        ]),
        ("二、检疫股", "检疫股", [
            ("股长", "滑澹宁", "middle", [
                ("检疫证明和检疫处理通知单管理混乱", "一级风险", "证明和通知单编号领用，按月核销。"),
            ]),
            ("官方兽医", "揭莜岚", "general", [
                ("不按检疫规程实施检疫即出具检疫证明", "一级风险", "检疫过程影像上传，出证信息系统比对。"),
                ("重复检疫收费或违规收取费用", "二级风险", "检疫不收费政策公示，举报电话公开。"),
            ]),
        ]),
        ("三、执法股", "执法股", [
            ("协检员", "库岑漪", "general", [
                ("违规调运动物线索不报告", "三级风险", "调运监管记录每日上报，股长审核。"),
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
    sh.add("制表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "dongxing_animal_health_group_rows", "https://ynhanyi.com/683968.shtml",
        "区动物卫生监督所 岗位廉政风险防控一览表, after the source's 官方兽医依法履职规范 (官方兽医证, 检疫规程, 检疫证明 and 检疫处理"
        "通知单, 暂停出证权限, 官方兽医资格): a title, then 序号/岗位/姓名 (merged per person)/风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、所领导``, ``二、检疫股``, ``三、执法股`` merged across (no 股室 column); no type "
        "column; a ``制表人： | 审核人： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def dongxing_farmland_center_desc() -> dict:
    unit = f"{PLACE}农田建设服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 22, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "矫嵘汐", "leader", "项目资金使用", "高标准农田项目资金不按批复用途使用，挤占挪用",
         "制度机制", "Ⅰ", "项目资金专账核算，支出经中心办公会研究。"),
        ("中心领导", "主任", "矫嵘汐", "leader", "上图入库", "建设任务完成情况上图入库数据不实",
         "岗位职责", "Ⅱ", "上图入库数据与验收资料逐项核对。"),
        ("中心领导", "副主任", "荆澔沣", "leader", "项目建设管理", "对未按设计文件施工默许不究",
         "岗位职责", "Ⅰ", "施工过程监理、中心、村组三方签认。"),
        ("工程股", "股长", "檀峪瀚", "middle", "工程计量", "与施工单位串通，虚增沟渠、道路工程量",
         "业务流程", "Ⅰ", "计量结果监理、跟踪审计复核。"),
        ("工程股", "技术员", "蓟珂沅", "general", "后续管护", "管护检查不到现场，设施闲置、损毁不报告",
         "岗位职责", "Ⅲ", "管护检查留存影像，问题台账限期整改。"),
        ("财务股", "会计", "酆湘绮", "general", "工程款支付", "工程款支付凭证审核不严，超进度付款",
         "业务流程", "Ⅱ", "支付凭进度报表、监理和审计意见办理。"),
        ("财务股", "会计", "酆湘绮", "general", "往来款项", "收受施工单位礼品，延缓清理质保金",
         "思想道德", "Ⅲ", "质保金到期清理，往来款项每季度对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "dongxing_farmland_center_desc",
        "https://www.hbqj.gov.cn/xxgk/xxgkml/szfbmxxgkml/ssjj/zfxxgk/fdzdgknr/qtzdgknr_34504/hygq/202409/"
        "t20240930_5354548.html",
        "区农田建设服务中心 岗位廉政风险防控一览表, after the source's 市审计局 audit of 高标准农田建设 (资金使用, 项目建设管理, 建设任务"
        "完成, 上图入库, 后续管护, 未按设计文件施工, 设施闲置): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, then 序号/部门 merged (中心领导, 工程股, 财务股)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 "
        "(short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dongxing_water_bureau_measure_owners(),
    dongxing_agri_bureau_two_sheets(),
    dongxing_reservoir_posts(),
    dongxing_agri_tech_station_selfchecks(),
    dongxing_husbandry_station_cards(),
    dongxing_water_enforcement_duties(),
    dongxing_animal_health_group_rows(),
    dongxing_farmland_center_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch317-inbox"))
