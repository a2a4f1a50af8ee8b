"""The six-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's ecology and
natural-resources bodies, 乌拉特前旗 (of 巴彦淖尔市, 内蒙古自治区) — its 自然资源局, 不动产登记中心, 国土空间
规划服务中心, 环境监测站, the two 综合行政执法大队, the 乌拉山镇自然资源所 and the 巴彦淖尔市生态环境局乌拉特前旗分局
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 环境监测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 国土空间规划服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、测绘地理信息室`` merged
  across (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 生态环境保护综合行政执法大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 自然资源综合行政执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 乌拉山镇自然资源所's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wulateqianqi_eco_branch_foot_rows``: the 生态环境分局's 廉政风险点台账, ``序号 | 业务事项 | 廉政风险点 |
  风险等级 | 防控措施`` with NO 股室, 岗位 or 姓名 column; each holder's rows are CLOSED by a merged FOOT
  ROW ``以上风险点　责任股室：环评审批股　责任岗位：股长　责任人：揭翮泠`` (the 局长's without 责任股室), so
  the holder stands UNDER his points, the first rows of the table have no label row above them, and a
  foot row names the rows between it and the foot row before it. The README's 读得懂的表 knows group
  rows ``一、…`` OVER their rows, a post column whose value is written on the LAST row of each post's
  run with a heavier border under it (``HOLDERS_AT_FOOT``), ``小计`` rows giving a level, and holders
  in a legend line or a roster by stage, window, group or code; it does not describe merged label
  rows closing each block with ``以上…责任人：…`` that name the holder of the rows above.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 生态环保领域腐败 — 环评审批,
固废危废, 督查执法, 环境监测; a comment on 自然资源资产 和 生态环境保护 重点风险提示清单; a comment on
“涉土腐败” — 审批, 确权, 登记, 发证; a piece on 环境监测 “雷区”; 自然资源部's 通报 of 违法违规重大典型问题 and of
耕地保护 督察 cases; a report on a 生态环境执法支队 “一把手”; a piece on “因矿腐败”) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 晁 and 揭 with rare given names); every unit is a body of 乌拉特前旗 (its
name holds the place name; the 分局 is 巴彦淖尔市生态环境局乌拉特前旗分局).

Run ``python tests/published/score.py --set batch619`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a foot row ``以上风险点　责任股室：X　责任岗位：Y　责任人：Z`` makes every point row
  between it and the previous foot row (or the heading) a point of Z (post Y, 科室 X; no 科室 for the
  局长, whose foot row names none); ``业务事项`` names no holder and is no point; the foot rows, the
  ``注：`` line and the sign-off line are no points;
- ``中心领导``, ``站领导``, ``所领导``, ``大队领导`` (a 科室 cell or a group row) are the 科室 of those leaders;
  the 自然资源局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; 股, 科, 室, 中队 and 组
  are 科室; a group row ``二、规划编制室`` gives the 科室 ``规划编制室`` (its number left off);
- 局长, 副局长, 分局局长, 主任 of a 中心, 站长, 所长, 大队长 and 副大队长 are leaders; 股长, 科长, 中队长, 组长
  and a 室's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 不动产登记中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b619_"
PLACE = "乌拉特前旗"
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

# the holders' blocks: (科室, post, name, tier, [(业务事项, 廉政风险点, 风险等级, 防控措施)])
BLOCKS = [
    ("", "分局局长", "晁翯岷", "leader", [
        ("项目环评审批", "授意降低环评审批标准，为企业项目“开绿灯”", "高", "环评审批事项集体审议，审批结果网上公开。"),
        ("行政处罚决定", "干预重大行政处罚案件的处罚额度", "高", "重大案件经案审委员会集体审议。"),
        ("分局物资采购", "办公设备采购指定供应商", "中", "采购按政府采购目录执行，三家比价。"),
    ]),
    ("环评审批股", "股长", "揭翮泠", "middle", [
        ("环评文件技术审查", "环评文件审查中对编制单位“打招呼”，收受好处费", "高", "审查专家随机抽取，审查意见存档。"),
        ("竣工环保验收", "对未落实环保措施的项目违规出具验收意见", "中", "验收现场核查留影像，验收意见公示。"),
    ]),
    ("环境监测股", "监测员", "晁珺潆", "general", [
        ("污染源监督性监测", "监测前向企业通风报信，选择有利时段采样", "高", "监测任务临时下达，采样全程记录。"),
        ("监测数据审核", "篡改、伪造监测数据", "中", "数据三级审核，原始记录不得涂改。"),
    ]),
    ("综合股", "会计", "揭琳岿", "general", [
        ("专项资金报账", "环境治理专项资金报账票据审核不严", "中", "报账单据经办人、审核人、审批人三签。"),
        ("公务接待", "超标准接待，以会议费名义列支接待费用", "低", "接待凭公函和清单，每季度公示。"),
    ]),
]  # fmt: skip


def _foot(dept: str, post: str, who: str) -> str:
    head = f"责任股室：{dept}{GAP}" if dept else ""
    return f"以上风险点　{head}责任岗位：{post}{GAP}责任人：{who}"


def wulateqianqi_eco_branch_foot_rows() -> dict:
    unit = "巴彦淖尔市生态环境局乌拉特前旗分局"
    sh = _Sheet("风险点台账", [6, 16, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点台账", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 5)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, items in BLOCKS:
        for matter, point, lv, measures in items:
            n += 1
            sh.add(n, matter, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, _foot(dept, post, who), 5)
    _line(
        sh,
        "注：每段风险点之下一行写明该段风险点的责任股室、责任岗位和责任人；风险等级分高、中、低三级。",
        5,
    )
    sh.add("填表人：", None, "审核人：", None, "分局局长（签字）：")
    return _layout(
        "wulateqianqi_eco_branch_foot_rows", "https://www.xuehua.tw/a/5ec811a5cf3795a5ba8c8860?lang=zh-tw",
        "(harder) 旗生态环境分局 廉政风险点台账, after the source's report on 生态环保领域腐败 (环评审批 “钱评”, 固废危废, "
        "督查执法, 环境监测 提前通知企业): a title, a 填报单位 line, then ``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施`` "
        "with NO 股室, 岗位 or 姓名 column; each holder's rows are CLOSED by a merged FOOT ROW ``以上风险点　责任股室：…　"
        "责任岗位：…　责任人：…`` (the leader's without 责任股室), so a holder is named UNDER his points, not over them, and the "
        "first rows have no label row above them; 高/中/低, no type column; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wulateqianqi_natural_resources_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晁璘沣", "局长", "主持全面工作", [
            ("国土空间规划编制中迁就个别项目用地需求", "一级", "规划编制成果经局党组会研究并公示。"),
            ("国有建设用地出让方案设置排他性条件", "一级", "出让方案集体审定，全部进入公共资源交易平台。"),
        ]),
        ("揭峤沄", "副局长", "分管耕地保护、矿产资源", [
            ("耕地占补平衡补充耕地验收不实", "一级", "补充耕地验收实行联合验收，现场核查。"),
            ("矿业权出让中违规协议出让", "二级", "矿业权出让一律公开竞争，结果公示。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "股长", "晁峤瑢", "middle", "设施农业用地备案审核把关不严", "一级",
         "备案材料实地核查，备案信息上图入库。"),
        ("耕地保护股", "股长", "晁峤瑢", "middle", "耕地“非农化”问题整改核查走过场", "二级", "整改销号实行现场核查留痕。"),
        ("耕地保护股", "科员", "揭澹瑜", "general", "土地卫片图斑核查结论弄虚作假", "二级", "图斑核查双人到场，照片存档。"),
        ("矿产资源管理股", "股长", "晁楠岢", "middle", "采矿许可证延续审查不严", "一级", "延续申请材料集体审查。"),
        ("矿产资源管理股", "科员", "揭璘汐", "general", "矿山储量年报审核走过场", "三级", "年报抽查比例不低于三成。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wulateqianqi_natural_resources_two_sheets", "http://www.handmsg.com/page/2018/0709/16232933.shtml",
        "旗自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's comment on 领导干部 自然资源资产管理和生态环境保护 "
        "重点风险提示清单 (“多规合一”, 永久基本农田, 生态保护红线, 不作为乱作为): sheet 局领导 with 姓名/职务/分管工作 merged "
        "per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wulateqianqi_registration_centre_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "登记簿审核签发", "对材料不全的登记申请违规签发不动产权证书", "岗位职责风险", "高",
         "登簿实行受理、审核、登簿分离，异常件集体会审。"),
        ("登记科", "受理员", "general", "登记受理", "对熟人申请“容缺”受理，替申请人补齐材料", "业务流程风险", "中",
         "受理一次性告知，材料清单公开。"),
        ("登记科", "审核员", "general", "权属审核", "收受好处对权属争议房产违规办理转移登记", "思想道德风险", "高",
         "权属存疑一律调查核实，审核意见留痕。"),
        ("权籍调查科", "科长", "middle", "权籍调查", "实地调查走过场，宗地界址认定不实", "制度机制风险", "中",
         "界址点由权利人和相邻权利人现场指界签字。"),
        ("档案信息科", "档案管理员", "general", "登记资料查询", "违规为他人查询、泄露登记信息", "外部环境风险", "中",
         "查询凭证件登记，系统查询日志定期核查。"),
        ("档案信息科", "档案管理员", "general", "档案借阅", "登记档案借出不登记、私自复制", "业务流程风险", "低",
         "档案借阅审批登记，按期归还。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wulateqianqi_registration_centre_posts", "http://yujjsks.com/content/2010-06/02/content_8393959.htm",
        "旗不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's comment on “涉土腐败” (审核, 审批, 处置, 确权, "
        "登记, 发证): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wulateqianqi_monitoring_station_selfchecks() -> dict:
    unit = f"{PLACE}环境监测站"
    t = _Truth(unit)
    people = [
        ("晁琛澹", "站领导", "站长", "leader", [
            ("监测报告签发前授意修改数据", "Ⅰ级", "报告签发前核对原始记录，签发留痕。", "已落实"),
            ("监测设备采购参数量身定制", "Ⅱ级", "采购参数经技术人员集体论证。", "未发现问题"),
        ]),
        ("揭颀澄", "大气室", "监测员", "general", [
            ("大气污染源采样前通知企业", "Ⅰ级", "采样任务当日下达，通讯工具集中管理。", "已落实"),
            ("采样记录事后补填", "Ⅲ级", "采样记录现场填写，拍照上传。", "已落实"),
        ]),
        ("晁沣颀", "水质室", "分析员", "general", [
            ("水质分析结果人为调整", "Ⅱ级", "平行样、加标样质控，数据双人复核。", "未发现问题"),
            ("监测样品保存、交接不规范", "Ⅲ级", "样品交接登记签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wulateqianqi_monitoring_station_selfchecks", "http://www.handmsg.com/page/2019/0821/5447681.shtml",
        "旗环境监测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on 生态环保领域 "
        "“雷区” (环境监测 提前通知企业, 专挑没有风的日子, 环评审批): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def wulateqianqi_planning_centre_group_rows() -> dict:
    unit = f"{PLACE}国土空间规划服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "晁璟翮", "leader", [
                ("规划技术审查意见受人情干扰", "一级风险", "技术审查意见集体讨论形成。"),
                ("规划编制服务委托不按规定比选", "一级风险", "委托事项按程序比选，结果公示。"),
            ]),
        ]),
        ("二、规划编制室", "规划编制室", [
            ("主任", "揭泠琬", "middle", [
                ("村庄规划编制中随意调整建设用地布局", "二级风险", "规划调整报旗规划委员会审议。"),
            ]),
            ("技术员", "晁岍珏", "general", [
                ("规划成果数据入库前私自修改", "二级风险", "入库数据比对留痕，修改需审批。"),
                ("向编制单位泄露评审信息", "三级风险", "评审信息专人管理，签订保密承诺。"),
            ]),
        ]),
        ("三、测绘地理信息室", "测绘地理信息室", [
            ("主任", "揭珏岑", "middle", [
                ("违法占地图斑核查结论迁就占地主体", "二级风险", "图斑核查实行双人核查、交叉复核。"),
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
        "wulateqianqi_planning_centre_group_rows", "http://m.beijingleather.com.cn/bank/hljr/266495.html",
        "旗国土空间规划服务中心 廉政风险防控责任清单, after the source's 自然资源部 通报 of 违法违规重大典型问题 (非法批地, "
        "违法占地, 生态保护红线, 土地卫片执法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、规划编制室``, ``三、测绘地理信息室`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wulateqianqi_eco_enforcement_cards() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "晁泠璆", "大队长", "主持大队全面工作", "leader", [
            ("对违法排污企业选择性执法、充当“保护伞”", "★★★", "执法检查“双随机、一公开”，全程记录。"),
            ("行政处罚自由裁量权滥用", "★★★", "严格执行裁量基准，重大案件集体审议。"),
            ("接受企业宴请", "★", "签订廉洁执法承诺书。"),
        ]),
        ("副大队长", "揭璆岱", "副大队长", "分管案件审核、夜查执法", "leader", [
            ("案件审核中降低处罚额度", "★★", "案件审核实行法制审核。"),
            ("夜间突击执法前泄露检查信息", "★★", "执法任务临时下达，执法记录仪全程开启。"),
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
        "wulateqianqi_eco_enforcement_cards", "http://m.jiaju5.cn/vip_doc/30037680.html",
        "旗生态环境保护综合行政执法大队 领导干部廉政风险防控卡, one sheet a leader, after the source's report on a 生态环境保护"
        "综合执法支队 “一把手” 落马 (污染处罚 “弹性空间”, 自由裁量权, “保护伞”): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wulateqianqi_resources_enforcement_list() -> dict:
    unit = f"{PLACE}自然资源综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "揭翯瑭", "leader", "对非法采矿案件压案不查、以罚代刑", "岗位职责", "高风险",
         "涉嫌犯罪案件一律移送，案件办理全程留痕。"),
        ("大队领导", "大队长", "揭翯瑭", "leader", "越界开采查处中收受矿主财物", "思想道德", "高风险",
         "查处结果公示，接受群众监督。"),
        ("执法一中队", "中队长", "晁沐珂", "middle", "违法占地巡查发现问题不上报", "业务流程", "中风险",
         "巡查轨迹上传，发现问题当日上报。"),
        ("执法一中队", "执法队员", "揭岢涵", "general", "现场勘验笔录不实", "制度机制", "中风险",
         "勘验双人到场，影像资料存档。"),
        ("执法二中队", "中队长", "晁翊澂", "middle", "矿山地质环境治理监督检查走过场", "外部环境", "中风险",
         "检查结果与治理基金拨付挂钩，联合检查。"),
        ("执法二中队", "执法队员", "揭潆珂", "general", "罚没款收缴不开票据", "业务流程", "低风险",
         "罚没款一律通过银行代收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "wulateqianqi_resources_enforcement_list", "http://m.handmsg.com/page/2017/0426/1676139.shtml",
        "旗自然资源综合行政执法大队 岗位廉政风险防控一览表, after the source's piece on “因矿腐败” (锡矿改制, 探矿权协议转让, "
        "贱卖矿产资源): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def wulateqianqi_town_resources_office_register() -> dict:
    unit = f"{PLACE}乌拉山镇自然资源所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "晁翾岷", "leader", [
            ("农村宅基地审批违规“一户多宅”", "制度机制", "一级", "宅基地申请村组公示、镇审批前实地踏勘。"),
            ("违法占用耕地建房处置不力", "岗位职责", "二级", "乱占耕地建房问题建立台账，销号管理。"),
        ]),
        ("耕保组", "组长", "揭沂琮", "middle", [
            ("永久基本农田保护巡查记录弄虚作假", "业务流程", "二级", "巡查定位打卡，记录每月抽查。"),
        ]),
        ("耕保组", "工作人员", "晁珥岫", "general", [
            ("补充耕地项目现场核查不实", "外部环境", "一级", "核查由镇纪委派员参加。"),
            ("耕地地力保护补贴面积核实不准", "思想道德", "三级", "补贴面积张榜公示。"),
        ]),
        ("综合组", "工作人员", "揭琪峣", "general", [
            ("土地登记资料违规提供他人", "业务流程", "三级", "资料查阅审批登记。"),
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
        "wulateqianqi_town_resources_office_register", "https://nr.gd.gov.cn/xwdtnew/hydt/content/post_3302404.html",
        "旗镇自然资源所 廉政风险点排查登记表, after the source's 自然资源部 通报 of 土地例行督察 耕地保护 典型案例 (违法乱占耕地, "
        "非法批地, 补充耕地不实, 虚假整改): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wulateqianqi_eco_branch_foot_rows(),
    wulateqianqi_natural_resources_two_sheets(),
    wulateqianqi_registration_centre_posts(),
    wulateqianqi_monitoring_station_selfchecks(),
    wulateqianqi_planning_centre_group_rows(),
    wulateqianqi_eco_enforcement_cards(),
    wulateqianqi_resources_enforcement_list(),
    wulateqianqi_town_resources_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch619-inbox"))
