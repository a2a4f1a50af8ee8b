"""The six-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's reservoir and
resettlement bodies, 多伦县 (of 锡林郭勒盟, 内蒙古自治区) — its 水库管理局, 水土保持工作站, 西山湾水库管理所,
库区移民安置服务中心, 大北沟镇库区移民工作站, 水土保持监督执法大队 and 小流域综合治理项目办公室 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 水库管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 水土保持工作站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 西山湾水库管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 库区移民安置服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 大北沟镇库区移民工作站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 水土保持监督执法大队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 小流域综合治理项目办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``duolun_resettlement_office_two_line_records``: the 库区移民后期扶持办公室's 岗位廉政风险防控登记表,
  typed for an A4 portrait page too narrow for one row a point, so EVERY RECORD TAKES TWO LINES under a
  TWO-LINE HEADING whose lines name DIFFERENT cells: the upper heading line is ``序号 | 科室 | 岗位 |
  廉政风险点 | 风险类型`` and the lower ``（序号） | 姓名 | 风险等级 | 防控措施`` (防控措施 merged over the
  last two columns); each record's upper line gives 科室, 岗位, point and type, its lower line (序号
  merged down over both) the holder's NAME, the LEVEL and the measures — so the column headed
  ``科室`` holds a 科室 on the upper lines and a name on the lower, the column headed ``岗位`` a post
  and a level, and ``廉政风险点`` a point and a measure. A ``注：`` line says so. The README's 读得懂的表
  knows a header split over two rows that are read together (``风险`` over ``点 | 类型 | 等级``), a
  防控卡 whose entry runs on into a LABELLED second row (``防控措施 | …``), a holder line under every
  point, a row cut by a page break and continued, and a list too wide printed as two sheets joined
  by 序号; it does not describe a list whose every record is two unlabelled lines under a two-line
  heading, each heading line naming the cells of the record line in its place.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 水库移民后期扶持政策 督查 — 移民资金,
项目档案, 移民人口动态管理; a 市水利局's 病险水库除险加固 and 大中型水库安全运行管理 检查; a 水土保持
项目 竣工初验 — 图斑抽查, 财务帐目, 档案资料; a 水利督查 of 小型水库 — 四个责任人, 大坝巡查, 巡查记录; a
街道's 移民直补资金 发放制度 — 月报表, 年审核, 补卡, 追缴; a 民政局's 移民档案管理 — 核定人口, 直补资金;
a 市水利's 水土保持 监督检查 — 补偿费征收, 方案审批, 违规项目整改; a 县 坡耕地水土流失综合治理工程 竣工验收)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 童 and 鲁 with rare given names); every unit is
a body of 多伦县 (no earlier batch's unit names it, so ``unit_words=("多伦县",)``).

Run ``python tests/published/score.py --set batch661`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a record is its two lines: the 科室, 岗位, point and type from the upper line,
  the holder's name, the level and the measures from the lower; one form a holder (科室, post,
  name), in the order they first appear; the lower lines are no points; the heading's two lines are
  one heading; the ``注：`` line and the 填表/审核 line are no points;
- ``所领导``, ``站领导``, ``中心领导``, ``办领导`` and ``大队领导`` (a 科室 cell, a 所在股室 cell, a group
  row) are the 科室 of those leaders; the 水库管理局's leaders (sheet ``局领导``, no 科室 column) and the
  cards' leaders have no 科室; a 股, 科, 室 or 中队 is a 科室; a group row ``二、安置管理股`` gives the 科室
  ``安置管理股`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 站长, 副站长, 主任, 副主任, 大队长 and
  副大队长 are leaders; 科长, 股长, 中队长 middle; the rest (科员, 会计, 出纳, 技术员, 巡查员, 监督员,
  执法队员, 资料员, 统计员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 水土保持工作站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b661_"
PLACE = "多伦县"
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

# (科室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
RECORDS = [
    ("办领导", "主任", "童璟岱", "leader", "后期扶持项目年度计划安排向个别村倾斜，优亲厚友",
     "岗位职责", "一级", "项目计划经办务会集体研究，报县政府审定后公示。"),
    ("办领导", "主任", "童璟岱", "leader", "移民后期扶持资金拨付审批不按项目进度，提前拨付",
     "制度机制", "一级", "资金按验收进度拨付，县财政局复核。"),
    ("办领导", "副主任", "鲁湛岫", "leader", "扶持项目验收走过场，工程量未达标即签字",
     "业务流程", "一级", "验收邀请乡镇、村民代表参加，现场量测留影像。"),
    ("办领导", "副主任", "鲁湛岫", "leader", "接受项目施工方宴请、礼品",
     "思想道德", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ("规划项目股", "股长", "童湉骞", "middle", "项目申报材料审核把关不严，虚报项目规模",
     "业务流程", "二级", "申报材料实地核查，村级公示七天。"),
    ("规划项目股", "股长", "童湉骞", "middle", "项目档案资料不全，事后补签补录",
     "制度机制", "三级", "一项目一档案，档案随项目进度归档。"),
    ("移民管理股", "科员", "鲁珵翾", "general", "移民人口动态核减不及时，死亡、迁出人员继续领取直补资金",
     "岗位职责", "一级", "每月比对户籍、民政数据，核减名单公示。"),
    ("移民管理股", "科员", "鲁珵翾", "general", "移民身份认定受人情干扰，非移民纳入扶持",
     "外部环境", "二级", "身份认定三级审核，三榜公示。"),
    ("资金管理股", "会计", "童翊澂", "general", "直补资金发放清册与银行代发数据不核对",
     "业务流程", "二级", "发放清册与银行回单逐笔核对，专账核算。"),
]  # fmt: skip


def duolun_resettlement_office_two_line_records() -> dict:
    unit = f"{PLACE}库区移民后期扶持办公室"
    sh = _Sheet("登记表", [6, 14, 12, 36, 30])
    t = _Truth(unit)
    ncols = 5
    _line(sh, f"{unit}岗位廉政风险防控登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 8}2025年5月", ncols)
    top = sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型")
    low = sh.add(None, "姓名", "风险等级", "防控措施", None)
    sh.merge(top, 0, low, 0)
    sh.merge(low, 3, low, 4)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(RECORDS, 1):
        r = sh.add(n, dept, post, point, typ)
        sh.add(None, who, lv, measures, None)
        sh.merge(r, 0, r + 1, 0)
        sh.merge(r + 1, 3, r + 1, 4)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：每项风险点占上下两行：上行填写科室、岗位、廉政风险点和风险类型，下行填写本人姓名、"
              "风险等级和防控措施。风险等级分一级、二级、三级，一级最高。", ncols)  # fmt: skip
    sh.add("填表：", None, "审核：", "主任（签字）：", None)
    return _layout(
        "duolun_resettlement_office_two_line_records", "http://thnews.gov.cn/content/detail/60f54ca1878eadc02f000029.html",
        "(harder) 县库区移民后期扶持办公室 岗位廉政风险防控登记表, after the source's 水库移民后期扶持政策 督查 (移民资金, "
        "项目档案, 移民人口动态管理, 补助资金兑付): a title, a merged 填报单位 line, then a TWO-LINE heading whose lines "
        "name different cells — ``序号 | 科室 | 岗位 | 廉政风险点 | 风险类型`` over ``（序号） | 姓名 | 风险等级 | 防控措施`` "
        "(防控措施 merged over two columns) — and EVERY RECORD IN TWO LINES: 科室/岗位/point/type above, the holder's "
        "name/level ``一级/二级/三级``/measures below, 序号 merged down over both; a ``注：`` line saying so and a "
        "填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def duolun_reservoir_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水库管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鲁砚澂", "局长", "主持全面工作", [
            ("除险加固工程招标设置倾向性条件", "一级", "招标文件经局务会审定，进入县公共资源交易中心。"),
            ("大额资金使用不经集体研究", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("童岚湜", "副局长", "分管工程管理、安全运行", [
            ("除险加固工程设计变更审批把关不严", "一级", "设计变更经专家论证，报主管部门审批。"),
            ("维修养护项目验收降低标准", "二级", "验收组随机抽取，现场检测留存影像。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程管理科", "科长", "鲁溁琤", "middle", "大坝安全监测数据审核不严，隐患不报", "一级",
         "监测数据双人复核，异常情况当日上报。"),
        ("工程管理科", "科长", "鲁溁琤", "middle", "维修养护工程量签证虚增", "二级", "工程量现场联合计量，监理签字。"),
        ("工程管理科", "技术员", "童霂珩", "general", "施工现场质量检查走过场", "三级", "质量检查留存记录和影像资料。"),
        ("财务科", "科长", "鲁昉岚", "middle", "工程款支付不按合同进度", "一级", "支付凭验收单和监理签证，三级审批。"),
        ("财务科", "出纳", "童瑀澜", "general", "水费收入不及时入账", "二级", "水费收入日清月结，票据连号管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "duolun_reservoir_bureau_two_sheets", "http://search.dgxdbus.com/zhdt/sldt/content_167778",
        "县水库管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 市水利局 检查 of 病险水库除险加固 and 大中型水库"
        "安全运行管理 (三年行动计划, 自查打分, 工程形象进度): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def duolun_soil_conservation_station_posts() -> dict:
    unit = f"{PLACE}水土保持工作站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "治理项目实施", "小流域治理项目施工单位选定暗箱操作", "制度机制风险", "高",
         "施工单位公开招标，结果公示。"),
        ("站领导", "站长", "leader", "竣工初验组织", "初验图斑抽查不随机，默许治理面积虚报", "岗位职责风险", "高",
         "图斑随机抽取，内外业结合复核。"),
        ("治理股", "股长", "middle", "治理措施核查", "梯田、林草措施数量质量核查不实", "业务流程风险", "中",
         "外业核查两人以上，现场量测记录签字。"),
        ("治理股", "技术员", "general", "设计变更", "擅自调整治理措施布局，增加工程量", "业务流程风险", "中",
         "设计变更报站务会研究，按程序报批。"),
        ("综合股", "会计", "general", "项目资金核算", "项目资金财务帐目不清，挤占挪用", "思想道德风险", "中",
         "项目资金专账核算，接受审计。"),
        ("综合股", "资料员", "general", "档案资料管理", "建设管理档案事后补做，资料不实", "外部环境风险", "低",
         "档案随工程进度归档，定期检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "duolun_soil_conservation_station_posts", "http://www.swcc.org.cn/sbyw/2012-05-24/48515.html",
        "县水土保持工作站 岗位廉政风险点排查表 对岗不对人, after the source's 水土保持项目 竣工初验 (外业随机抽查图斑, 治理措施"
        "数量和质量, 财务帐目, 建设管理档案): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def duolun_xishanwan_reservoir_selfchecks() -> dict:
    unit = f"{PLACE}西山湾水库管理所"
    t = _Truth(unit)
    people = [
        ("童汧翎", "所领导", "所长", "leader", [
            ("防汛物资采购不比价，以次充好", "Ⅰ级", "物资采购三家比价，验收双人签字。", "已落实"),
            ("汛限水位调度不按批准方案执行", "Ⅱ级", "调度指令书面下达，记录存档。", "未发现问题"),
        ]),
        ("鲁潆珝", "工程股", "巡查员", "general", [
            ("大坝巡查记录弄虚作假", "Ⅰ级", "巡查定位打卡，记录每日上报。", "已落实"),
            ("库区违规垂钓、采砂发现不报", "Ⅲ级", "巡查发现问题即时上报，建立台账。", "已落实"),
        ]),
        ("童昳岑", "综合股", "会计", "general", [
            ("维修养护经费报销凭证审核不严", "Ⅱ级", "报销单据经办人、验收人、审批人三签。", "未发现问题"),
            ("库区管理房出租收入不入账", "Ⅲ级", "出租合同备案，收入全部入账。", "已落实"),
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
        "duolun_xishanwan_reservoir_selfchecks", "http://xyjj.chinaxyjjw.com/xyjj/xyjj9/2018-12-24/1196.html",
        "县水库管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 水利督查 of 小型"
        "水库 (四个责任人, 大坝巡查, 巡查记录, 防汛物资, 汛限水位): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def duolun_resettlement_centre_group_rows() -> dict:
    unit = f"{PLACE}库区移民安置服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "鲁峣琰", "leader", [
                ("直补资金发放名单审定把关不严", "一级风险", "发放名单经中心集体审定，村级公示。"),
                ("多发直补资金追缴不力", "二级风险", "建立追缴台账，限期追缴并通报。"),
            ]),
        ]),
        ("二、安置管理股", "安置管理股", [
            ("股长", "童澍琰", "middle", [
                ("移民死亡、迁出月报表审核不严", "一级风险", "月报表与派出所、民政数据比对。"),
            ]),
            ("统计员", "鲁淇岱", "general", [
                ("移民银行卡补卡信息核对不实", "二级风险", "补卡凭身份证和户口本原件办理，双人核对。"),
                ("年审核生存认证材料造假", "三级风险", "生存认证留存近期带日期照片。"),
            ]),
        ]),
        ("三、财务股", "财务股", [
            ("出纳", "童珝沅", "general", [
                ("直补资金代发清册与拨款不一致", "二级风险", "代发清册与银行回单逐月核对。"),
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
        "duolun_resettlement_centre_group_rows", "http://lnky.gov.cn/kaiyuan/xzgk/lcjdbsc/zfwj/2024083110373847963/index.html",
        "县库区移民安置服务中心 廉政风险防控责任清单, after the source's 街道 移民直补资金 发放制度 (月报表, 年审核, 生存认证, "
        "补卡, 多发追缴): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、安置管理股``, ``三、财务股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def duolun_dabeigou_station_cards() -> dict:
    unit = f"{PLACE}大北沟镇库区移民工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "鲁璩沅", "站长", "主持全站工作", "leader", [
            ("移民人口核定登记优亲厚友", "★★★", "核定结果三榜公示，接受群众监督。"),
            ("后期扶持项目村选定不公开", "★★★", "项目村选定经站务会研究并公示。"),
            ("接受移民户礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "童琬峤", "副站长", "分管移民档案、项目资产", "leader", [
            ("移民档案信息随意更改", "★★", "档案变更留痕，经站长审批。"),
            ("扶持项目资产收益分配不透明", "★★", "资产收益分配方案村民代表会议通过。"),
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
        "duolun_dabeigou_station_cards", "http://sxmz.sx.gov.cn/art/2020/10/14/art_1486624_58921296.html",
        "县镇库区移民工作站 领导干部廉政风险防控卡, one sheet a leader, after the source's 民政局 移民档案管理 (核定人口, "
        "直补资金发放, 项目扶持, 资金复核): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def duolun_soil_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}水土保持监督执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "童沨璆", "leader", "违规项目查处选择性执法", "岗位职责", "高风险",
         "监督检查对象“双随机”抽取，结果公开。"),
        ("大队领导", "大队长", "童沨璆", "leader", "行政处罚自由裁量权滥用", "制度机制", "高风险",
         "严格执行处罚裁量基准，重大处罚集体审议。"),
        ("监督中队", "中队长", "鲁曦岍", "middle", "生产建设项目水土保持方案监督检查走过场", "业务流程", "中风险",
         "检查两人以上，检查意见书面送达。"),
        ("监督中队", "监督员", "童岙珞", "general", "疑似违法图斑核查不实", "业务流程", "中风险",
         "核查留存现场照片和定位信息。"),
        ("征收中队", "中队长", "鲁岫澜", "middle", "水土保持补偿费减征、缓征审核不严", "外部环境", "高风险",
         "减缓征申请集体审核，结果公示。"),
        ("征收中队", "执法队员", "童崧湄", "general", "补偿费计征面积少算", "思想道德", "低风险",
         "计征面积以批复方案为准，复核签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "duolun_soil_enforcement_brigade_list", "https://cnpiw.cn/a/difang/20221109/22666.html",
        "县水土保持监督执法大队 岗位廉政风险防控一览表, after the source's 市水利 水土保持 监督检查 (第三方参与, 遥感核查疑似违法"
        "项目, 补偿费减负, 方案审批, 补偿费征收): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def duolun_watershed_project_office_register() -> dict:
    unit = f"{PLACE}小流域综合治理项目办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "鲁琮湉", "leader", [
            ("坡耕地治理工程验收委员会组成不合规", "制度机制", "一级", "验收委员会含专家、监理和乡镇代表。"),
            ("施工单位违规分包默许不管", "岗位职责", "二级", "分包须报批，现场检查人员核对。"),
        ]),
        ("工程股", "股长", "童淏岍", "middle", [
            ("坡改梯面积测量数据虚报", "业务流程", "一级", "面积测量监理旁站，抽测复核。"),
        ]),
        ("工程股", "技术员", "鲁翀岚", "general", [
            ("生产道路工程量签证不实", "业务流程", "二级", "工程量签证附现场照片。"),
            ("接受施工方吃请", "思想道德", "三级", "签订廉洁承诺书。"),
        ]),
        ("财务股", "会计", "鲁沄珩", "general", [
            ("项目资金超进度支付", "外部环境", "一级", "支付凭监理进度证明，主任审批。"),
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
        "duolun_watershed_project_office_register", "http://yc.jzgczz.com/infos/97362.html",
        "县小流域综合治理项目办公室 廉政风险点排查登记表, after the source's 县 坡耕地水土流失综合治理工程 竣工验收 (验收委员会, "
        "现场测量勘查, 坡改梯, 生产道路, 监理方): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    duolun_resettlement_office_two_line_records(),
    duolun_reservoir_bureau_two_sheets(),
    duolun_soil_conservation_station_posts(),
    duolun_xishanwan_reservoir_selfchecks(),
    duolun_resettlement_centre_group_rows(),
    duolun_dabeigou_station_cards(),
    duolun_soil_enforcement_brigade_list(),
    duolun_watershed_project_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch661-inbox"))
