"""The seven-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's ecology,
environment and forestry bodies, 沁源县 (of 长治市, 山西省) — the 生态环境局沁源分局, the 生态环境保护综合
行政执法队, the 湿地保护中心, the 环境监测站, the 太岳山国有林管理局沁源林场, the 退耕还林工程管理站 and the
生态环境技术评估中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 分局's 一览表 in TWO SHEETS: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column, a 制表 line;
- the 执法队's 一览表 under ``附件1``: ``科室`` merged (队领导, 中队, 组), ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), 高/中/低, a ``注：`` line and a sign-off line;
- the 湿地保护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short types, ``一级风险/二级风险/
  三级风险``; no names;
- the 环境监测站's 自查表, one sheet a person: a label row ``姓　名 | 科　室 | 职　务 | 自查时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``自查人签名：``;
- the 沁源林场's 责任清单 under GROUP ROWS ``一、场领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级/二级/三级``;
- the 退耕还林工程管理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …``, a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, 持卡人（签字）;
- the 生态环境技术评估中心's 登记表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``qinyuan_lingkongshan_reserve_merged_returns``: the 灵空山自然保护区管理站's 办公室 asked each member
  of staff for his own 风险点 sheet, named as told ``科室-岗位-姓名.xlsx``, and sent back the
  CONSOLIDATION that WPS's 合并表格 (多个工作簿合并成一个工作表; Power Query's ``Source.Name`` does the
  same) made of them, with only a title typed above it (the two title rows of every return were
  skipped as 标题行): one heading ``工作簿名称 | 序号 | 廉政风险点 | 风险等级 | 防控措施``, the ``序号`` restarting in every
  return, and the holder written NOWHERE but in the first column, the SOURCE FILE's name
  (``资源保护科-护林员-臧屹沣.xlsx``; one downloaded twice reads ``…-荆璟沅(1).xlsx``). So a row's
  科室, post and holder are the three ``-``-parts of its file name, without the extension and the
  download suffix; two 护林员 of one 科室 are told apart only there. The README's 读得懂的表 knows a
  holder column chaining 科室, 岗位 and 姓名 under a heading naming the order (``责任主体（股室-岗位-姓名）``,
  HOLDER_CHAINED), per-person SHEETS named by the person and 目录 sheets; it does not describe a
  consolidation's source-workbook column, headed as a FILE name, whose cells carry a ``.xlsx``
  extension (and a ``(1)`` copy suffix) around the chained holder, with the 序号 restarting at
  every change of file.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an essay on 环境廉政 — 审批, 监管,
资金, 信息公开; a 综合行政执法 规范化 paper — 执法事项, 交叉执法, 取证, 干扰阻力; a paper on 湿地保护 —
资金投入, 保护优先, 破坏性开发; an interview on 环境监测数据质量 — 篡改伪造, 移送; a report on 天保工程
管护费 and 造林 虚报; a report on 退耕还林款 被侵吞 — 虚报冒领, 偷梁换柱; a report on 环评文件造假、未批先建;
a 督察 case of a 自然保护区 侵占 and 遮掩) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 荆 and 臧
with rare given names); every unit is a body of 沁源县 (its name holds 沁源).

Run ``python tests/published/score.py --set batch785`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's holder is the file named in its ``工作簿名称`` cell: the name without
  ``.xlsx`` and a ``(1)`` copy suffix, split at ``-`` into 科室, 岗位 and 姓名; one form a file; the
  ``序号`` restarting is no new holder by itself;
- ``局领导``, ``队领导``, ``中心领导``, ``站领导``, ``场领导`` are the 科室 of those leaders where a cell or group
  row says so; the 分局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 股, 科, 室,
  部, 中队 or 组 is a 科室;
- 局长, 副局长, 队长, 主任, 站长, 副站长, 场长 are leaders; 股长, 科长, 部长, 中队长 middle; the rest
  (股员, 执法队员, 审核员, 管护员, 会计, 出纳, 采样员, 分析员, 护林员, 技术员, 评估员) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/
  低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b785_"
PLACE = "沁源县"
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

# one return a file: (file name as sent, 科室, 岗位, 姓名, tier, [(point, level word, measures)])
RETURNS = [
    ("站领导-站长-荆翊澍.xlsx", "站领导", "站长", "荆翊澍", "leader", [
        ("对保护区内违规开发建设项目出具同意意见", "一级", "涉保护区项目意见经站务会集体研究，报上级主管部门备案。"),
        ("保护区范围和功能区调整中迁就地方开发需求", "一级", "范围调整严格按规定程序报批，不得擅自协商。"),
        ("巡护发现的侵占问题瞒报、迟报", "二级", "侵占问题发现即登记，按月向主管部门报告。"),
    ]),
    ("资源保护科-科长-臧珹翕.xlsx", "资源保护科", "科长", "臧珹翕", "middle", [
        ("勘界立标时随意移动界桩", "一级", "勘界成果公示，界桩坐标入库，变动须经审批。"),
        ("对核心区内人员擅自进入查处不力", "二级", "设卡登记，违规进入的一律依法处理并留档。"),
    ]),
    ("资源保护科-护林员-臧屹沣.xlsx", "资源保护科", "护林员", "臧屹沣", "general", [
        ("巡护日志弄虚作假、不到岗巡护", "二级", "巡护轨迹App实时上传，科室每周抽查。"),
        ("发现毁林采挖行为不制止、不上报", "二级", "发现问题两小时内报告，隐瞒不报的追责。"),
    ]),
    ("资源保护科-护林员-荆璟沅(1).xlsx", "资源保护科", "护林员", "荆璟沅", "general", [
        ("巡护日志弄虚作假、不到岗巡护", "二级", "巡护轨迹App实时上传，科室每周抽查。"),
        ("收受好处放任在实验区内放牧、采药", "三级", "签订廉洁承诺书，设举报电话。"),
    ]),
    ("综合办公室-会计-臧漪珝.xlsx", "综合办公室", "会计", "臧漪珝", "general", [
        ("生态管护补助资金虚列人员、套取资金", "一级", "管护人员花名册与考勤核对，补助打卡发放。"),
        ("报销票据审核不严", "三级", "票据经办人、审核人、审批人三签。"),
    ]),
]  # fmt: skip


def qinyuan_lingkongshan_reserve_merged_returns() -> dict:
    unit = f"{PLACE}灵空山自然保护区管理站"
    sh = _Sheet("合并表", [34, 6, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点汇总表", 5)
    sh.add("工作簿名称", "序号", "廉政风险点", "风险等级", "防控措施")
    for fname, dept, post, who, tier, points in RETURNS:
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(fname, i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "qinyuan_lingkongshan_reserve_merged_returns", "http://www.uramia.com/html/supervision/7670.html",
        "(harder) 县自然保护区管理站 岗位廉政风险点, the 办公室's CONSOLIDATION of the staff's returns by WPS 合并表格 "
        "(多个工作簿合并成一个工作表), after the source's 督察 case of a 国家级自然保护区 侵占 (保护区范围调整, 勘界立标, "
        "遮掩隐瞒, 整改): a title typed above the merge, one heading 工作簿名称/序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, the 序号 "
        "restarting in every return; the holder only in the first column, the source file's name "
        "``科室-岗位-姓名.xlsx`` (one with a ``(1)`` copy suffix); two 护林员 of one 科室",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinyuan_eco_branch_two_sheets() -> dict:
    unit = "长治市生态环境局沁源分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 40, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "荆琰澈", "主持全面工作", [
            ("建设项目环评审批受请托干扰、违规放行", "一级", "环评审批事项经局务会集体审议，审批结果网上公示。"),
            ("干预环境违法案件查处，以罚代管", "二级", "领导干部干预案件一律登记报告。"),
        ]),
        ("副局长", "臧昶璆", "分管排污许可、信访举报", [
            ("排污许可证核发降低条件", "一级", "许可材料技术审查与审批分离，结果公开。"),
            ("环境信访举报压案不查、泄露举报人信息", "二级", "举报件统一编号登记，办结回访，举报人信息保密。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("环评审批股", "股长", "荆珝桐", "middle", "环评文件技术审查走过场，放任未批先建", "一级",
         "审查意见双人复核，未批先建项目移交执法队。"),
        ("环评审批股", "股员", "臧筠澈", "general", "审批信息未按规定公开", "三级", "受理、拟批准、批准三个环节按时公示。"),
        ("污染防治股", "股长", "荆瀞岚", "middle", "大气污染防治专项资金项目申报审核不严", "一级",
         "项目入库经专家评审，资金分配结果公开。"),
        ("办公室", "主任", "臧瑗沂", "middle", "公务接待超标准、公车私用", "二级", "接待清单和派车单逐次登记，每月公开。"),
        ("办公室", "会计", "荆曦珩", "general", "专项资金拨付不按程序", "二级", "拨付凭项目验收单和审批单，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "qinyuan_eco_branch_two_sheets", "https://shdaima.com/post/23245.html",
        "市生态环境局县分局 廉政风险防控一览表 in TWO SHEETS, after the source's essay on 环境廉政 (审批, 监管力度, "
        "信息公开, 廉政风险防控机制): sheet 局领导 with 职务/姓名/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qinyuan_enforcement_team_list() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "臧霈岚", "leader", [
            ("重大行政处罚案件不经集体审议", "制度机制风险", "高", "重大案件提交集体审议，审议记录归档。"),
            ("对企业环境违法行为选择性执法、人情执法", "思想道德风险", "高", "推行交叉执法，执法全过程记录。"),
        ]),
        ("执法一中队", "中队长", "荆韫瑶", "middle", [
            ("现场检查发现问题不立案、以改代罚", "岗位职责风险", "高", "检查发现问题一律登记，立案情况每月通报。"),
        ]),
        ("执法一中队", "执法队员", "臧苡岍", "general", [
            ("调查取证不全面、询问笔录不规范", "业务流程风险", "中", "执法记录仪全程记录，案卷法制审核。"),
        ]),
        ("执法二中队", "执法队员", "荆皙禾", "general", [
            ("执法中接受企业宴请、礼品", "思想道德风险", "中", "签订廉洁执法承诺书，向企业发放监督卡。"),
            ("提前向被检查企业泄露检查信息", "外部环境风险", "低", "双随机抽取检查对象，检查前不得告知。"),
        ]),
        ("法制审核组", "审核员", "臧澍瑄", "general", [
            ("自由裁量权行使不当、处罚畸轻畸重", "制度机制风险", "高", "严格执行裁量基准，审核意见说明理由。"),
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
    _line(
        sh,
        "注：风险等级分高、中、低三级；风险类型按思想道德、岗位职责、业务流程、制度机制、外部环境填写。",
        8,
    )
    sh.add("填表人：", None, "审核人：", None, "队长（签字）：", None, "2025年6月", None)
    return _layout(
        "qinyuan_enforcement_team_list", "https://fx361.cc/page/2023/0104/14149232.shtml",
        "县生态环境保护综合行政执法队 岗位廉政风险防控一览表, after the source's paper on 生态环境综合行政执法 规范化 (执法事项, "
        "交叉执法, 取证难, 干扰阻力, 自由裁量): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


def qinyuan_wetland_center_posts() -> dict:
    unit = f"{PLACE}湿地保护中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 12, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "湿地保护修复项目实施单位选定暗箱操作", "制度机制", "一级风险",
         "项目实施单位公开招标，评标过程纪检全程监督。"),
        ("中心领导", "主任", "leader", "对湿地内违规开发建设听之任之", "岗位职责", "一级风险", "违规开发问题发现即报，按月向主管局报告。"),
        ("保护管理科", "科长", "middle", "湿地占用审核意见把关不严", "业务流程", "二级风险", "占用审核现场勘查，意见经中心会议研究。"),
        ("保护管理科", "管护员", "general", "巡护记录弄虚作假", "思想道德", "三级风险", "巡护轨迹定位上传，科室每月核对。"),
        ("财务室", "会计", "general", "湿地保护专项资金挤占挪用", "制度机制", "一级风险", "专项资金专账核算，年终审计。"),
        ("财务室", "会计", "general", "湿地生态补偿资金发放不及时、不足额", "业务流程", "二级风险", "补偿资金一卡通发放，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qinyuan_wetland_center_posts", "http://www.fymate.cn/html/text/art/3355973/335597307_3.html",
        "县湿地保护中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 湿地保护 (保护专项资金投入, 保护优先原则无落实机制, "
        "破坏性开发听之任之, 失职渎职无追究): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qinyuan_monitoring_station_selfchecks() -> dict:
    unit = f"{PLACE}环境监测站"
    t = _Truth(unit)
    people = [
        ("荆淏屿", "站领导", "站长", "leader", [
            ("指使、默许篡改或伪造监测数据", "Ⅰ级", "数据审核三级签字，监测原始记录封存备查。"),
            ("委托社会化监测机构时指定关系单位", "Ⅱ级", "委托机构按程序比选，结果公示。"),
        ]),
        ("臧璘穹", "现场监测室", "采样员", "general", [
            ("采样不按规范布点、擅自改变采样时间", "Ⅰ级", "采样全程拍照定位，双人采样。"),
            ("接受排污单位宴请、礼品", "Ⅲ级", "现场监测不在企业就餐，签订承诺书。"),
        ]),
        ("荆瓒舟", "实验室", "分析员", "general", [
            ("样品分析结果人为修改", "Ⅰ级", "仪器数据自动采集上传，修改留痕。"),
            ("质控样不按规定插入", "Ⅱ级", "质量负责人每批抽查质控记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("自查人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "qinyuan_monitoring_station_selfchecks", "http://www.handmsg.com/page/2017/1124/18312835.shtml",
        "县环境监测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's interview on the "
        "意见 on 环境监测数据质量 (篡改伪造监测数据, 移送公安, 社会化监测): a title, a label row ``姓　名 | 科　室 | 职　务 | "
        "自查时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``自查人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def qinyuan_forest_farm_group_rows() -> dict:
    unit = "太岳山国有林管理局沁源林场"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "臧晗茝", "leader", [
                ("天保工程管护费分配和发放个人说了算", "一级", "管护费分配方案经场务会研究，发放名单公示。"),
                ("造林项目施工队伍指定关系人", "一级", "造林项目公开招标，合同报管理局备案。"),
            ]),
        ]),
        ("二、营林股", "营林股", [
            ("股长", "荆琮霏", "middle", [
                ("已验收造林地块重复上报、虚报造林面积", "一级", "造林小班GPS落界，年度验收交叉核查。"),
                ("苗木验收数量、质量把关不严", "二级", "苗木验收双人签字，抽样留存。"),
            ]),
        ]),
        ("三、资源管护股", "资源管护股", [
            ("股长", "臧砚沨", "middle", [
                ("兼职管护员虚列、冒领管护工资", "一级", "管护员花名册每半年核查，工资打卡发放。"),
            ]),
            ("护林员", "荆沚芊", "general", [
                ("林木采伐现场监管不到位，超量采伐", "二级", "采伐现场定期巡查，伐区验收登记。"),
                ("收受好处放任盗伐林木", "三级", "签订管护责任书，设立举报电话。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "qinyuan_forest_farm_group_rows", "https://business.sohu.com/20060831/n245089560.shtml",
        "国有林管理局林场 廉政风险防控责任清单, after the source's report on 天保工程资金 (管护费, 兼职管护员, 造林款, 已验收造林 "
        "项目重复上报, 虚报项目): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS "
        "``一、场领导``, ``二、营林股``, ``三、资源管护股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qinyuan_grain_for_green_cards() -> dict:
    unit = f"{PLACE}退耕还林工程管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "荆翾宁", "站长", "主持全面工作，分管资金兑付", "leader", [
            ("退耕还林补助资金兑付不经集体研究", "★★★", "补助兑付方案站务会研究，兑付清册公示。"),
            ("以有林地、荒山造林冒充退耕地上报", "★★★", "退耕地块逐块核实，县乡村三级公示。"),
            ("种苗费使用不按规定", "★★", "种苗统一采购，费用专账核算。"),
        ]),
        ("副站长", "臧鋆澂", "副站长", "分管检查验收", "leader", [
            ("退耕还林检查验收走过场、改动小班地类", "★★★", "验收资料存档，小班变更须报县林业部门审批。"),
            ("接受承包大户请托，虚报退耕面积", "★★", "面积核实交叉检查，签订廉洁承诺。"),
            ("验收中接受宴请", "★", "验收人员自带干粮，纪律提醒。"),
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
        "qinyuan_grain_for_green_cards", "http://m.sbdailynews.com/news/daynews/06042107.htm",
        "县退耕还林工程管理站 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 退耕还林款 被侵吞 (偷梁换柱, "
        "以经济林冒充生态林, 虚报冒领, 补助钱粮): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/"
        "风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qinyuan_eia_center_register() -> dict:
    unit = f"{PLACE}生态环境技术评估中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "荆湉砚", "leader", "技术评估结论受建设单位请托影响", "外部环境", "高风险",
         "评估结论经技术委员会审定，评估专家随机抽取。"),
        ("中心领导", "主任", "荆湉砚", "leader", "对环评文件抄袭、造假问题隐瞒不报", "岗位职责", "高风险", "发现质量问题一律移交执法部门。"),
        ("技术评估部", "部长", "臧枞湜", "middle", "评估中对避重就轻、论证不充分的报告放宽要求", "业务流程", "中风险",
         "评估要点清单化，逐项签字确认。"),
        ("技术评估部", "评估员", "荆璠溪", "general", "向建设单位推荐环评编制机构", "思想道德", "高风险", "签订承诺书，严禁推荐、介绍中介。"),
        ("技术评估部", "评估员", "臧蘅洢", "general", "现场踏勘走过场、不核实未批先建", "业务流程", "中风险", "现场踏勘拍照定位，记录存档。"),
        ("综合部", "出纳", "荆鸾汐", "general", "评审专家劳务费虚列冒领", "制度机制", "低风险", "专家费凭签到表打卡发放。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "qinyuan_eia_center_register", "https://p2.ttnews.xyz/a/606efccf1ee542d210464160?lang=zh-hant",
        "县生态环境技术评估中心 岗位廉政风险点登记表, after the source's report on 环评 (文件造假、抄袭, 避重就轻、论证不充分, "
        "未批先建): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinyuan_lingkongshan_reserve_merged_returns(),
    qinyuan_eco_branch_two_sheets(),
    qinyuan_enforcement_team_list(),
    qinyuan_wetland_center_posts(),
    qinyuan_monitoring_station_selfchecks(),
    qinyuan_forest_farm_group_rows(),
    qinyuan_grain_for_green_cards(),
    qinyuan_eia_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch785-inbox"))
