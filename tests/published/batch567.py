"""The five-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's development
and reform and energy bodies, 久治县 (of 果洛藏族自治州, 青海) — its 发展和改革局, 能源局, 价格认证中心,
项目建设服务中心 and 粮食和物资储备中心 and the 经济发展办公室 of three of its 乡/镇 (智青松多镇, 白玉乡,
门堂乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 能源局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 价格认证中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 项目建设服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 粮食和物资储备中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` over a merged
  ``所在部门`` line and a merged ``工作职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 智青松多镇经济发展办公室's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 白玉乡经济发展办公室's 责任清单 under GROUP ROWS ``一、办公室领导`` … ``三、统计组`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 门堂乡经济发展办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``jiuzhi_development_reform_bureau_group_roster``: the 发展和改革局's 廉政风险点责任分解表, ONE ROW A
  POINT (``序号 | 廉政风险点 | 风险等级 | 防控措施 | 责任主体``) whose ``责任主体`` names a GROUP — ``局领导``
  or a 股室 (``投资股``, ``价格股``, ``办公室``) — and never a person; the rows sorted by level, so one
  group's rows are scattered; a ``注：`` line says every member of the group named holds the point,
  and BELOW the list, after a blank row, a merged ``附：责任主体人员名单`` and a ROSTER KEYED BY GROUP
  (``序号 | 责任主体 | 职务 | 姓名 | 分工``, ``责任主体`` merged over its members: three 局领导, two in
  投资股, two in 价格股, one in 办公室). A point's holders are ALL the members the roster lists under
  its group, each with his own post. The README's 读得懂的表 knows a roster keyed by person
  (``承担岗位`` listing his posts), a 人员配备表 of 科室 by post, a 科室人员 column picked by the row's
  post, a 分工表 giving each person the NUMBERS of his points, codes ``A``/``B`` standing for one
  holder each, and a post of several people listed in the 姓名 column; it does not describe a list
  whose only holder column names a group (局领导 or a 股室), resolved into several people of
  different posts by a roster keyed by group under the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 重大项目审批监管“阳光行动”
方案 — 项目审批核准备案, 用地审批, 招投标审核, 集体决策, 按月公开决策程序; a 西北能源监管局 report
on 青海 新能源发电项目 许可 专项监管 — 违法分包, 超越许可范围承揽工程, 整改通知书; a paper on
涉案财物价格认定制度 — 价格不明、价格有争议的涉案财物, 价格认证机构, 测算, 认定结论; a 建设工程
rule on 政府投资项目 变更 and 签证 — 代建制, 变更审批表, 现场签证, 投资规模变更额; a report on 粮食购销
腐败 — 升溢粮, 转圈粮, 损耗粮, 挪用公款, 借仓周转, 小金库; a report on a 镇 经济发展和科技信息局's
统计造假 — 联网直报企业名录, 编造数据, 代填代报; a 市发展改革委 on 以工代赈 劳务报酬 — 一卡两账三查,
用工考勤台账, 发放明细台账, 乡镇精准落实; a report on 久治县's 高原美丽乡村 projects — 门堂村,
索乎日麻村, 项目总投资, 交工) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 昝 and 闾丘
with rare given names); every unit is a body of 久治县.

Run ``python tests/published/score.py --set batch567`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's point is a point of EVERY member the roster lists under the row's
  ``责任主体``, with the row's level: a 局领导 row three holders' (局长, two 副局长), an 投资股 or 价格股 row
  two holders' (股长, 科员), the 办公室 row one holder's (主任); one form a holder, his 科室 the group
  (``局领导`` for the leaders, as a 处室 cell ``校领导`` was in the earlier batches), his post and name
  from the roster; ``防控措施`` and the roster's ``分工`` name no holder; the roster's rows, the ``注：``
  line, the ``附：`` line and the 填表/审核 line are no points;
- ``局领导``, ``中心领导``, ``办公室领导`` (a 局 sheet's name, a 所在部门 cell, a group row or a 科室 cell)
  are the 科室 of those leaders; the 能源局's leaders (sheet ``局领导``, no 科室 column) have no 科室; a
  局's 股, a 中心's 科 and an 办's 组 are 科室; a group row ``二、项目组`` gives the 科室 ``项目组`` (its
  number left off);
- every 局, 中心 and 办 is a unit of its own: 局长, 副局长, a 中心's or an 办's 主任 and 副主任 are
  leaders; 股长, 科长 and the 局 办公室's 主任 middle; the rest (科员, 价格认定员, 保管员, 统计员,
  项目专干, 以工代赈专干, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and ``填表时间``
  are no points and name no holder; the 项目建设服务中心's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b567_"
PLACE = "久治县"
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

# the roster under the list: 责任主体 -> [(职务, 姓名, tier, 分工)]
ROSTER = {
    "局领导": [
        ("局长", "昝煦岷", "leader", "主持局全面工作"),
        ("副局长", "闾丘璠", "leader", "分管投资股、重点项目"),
        ("副局长", "昝沄翙", "leader", "分管价格股、办公室"),
    ],
    "投资股": [
        ("股长", "闾丘翀", "middle", "负责项目审批、核准、备案"),
        ("科员", "昝珝岍", "general", "负责中央预算内投资项目申报"),
    ],
    "价格股": [
        ("股长", "昝岱琬", "middle", "负责价格收费管理"),
        ("科员", "闾丘澂", "general", "负责成本监审资料审核"),
    ],
    "办公室": [
        ("主任", "昝潆翯", "middle", "负责机关财务、后勤"),
    ],
}  # fmt: skip

# (廉政风险点, 风险等级, 防控措施, 责任主体), sorted by level
GROUPED = [
    ("政府投资项目决策不履行集体研究程序，个人说了算", "一级",
     "政府投资项目审批事项经局党组会集体研究，按月公开决策程序履行情况。", "局领导"),
    ("项目审批、核准、备案中降低条件或超越权限审批", "一级",
     "对照审批要件清单逐项审查，审批结果在投资项目在线审批监管平台公开。", "投资股"),
    ("插手干预项目招投标，为特定企业承揽工程打招呼", "一级",
     "落实领导干部插手干预重大事项记录报告制度，招标文件审核留痕。", "局领导"),
    ("中央预算内投资项目申报把关不严，虚报项目套取资金", "二级",
     "申报项目实地核查，申报材料双人审核、集体会审。", "投资股"),
    ("收费标准核定中收受好处，偏袒申请单位", "二级",
     "成本监审与定价分离，定价方案集体审议后公开征求意见。", "价格股"),
    ("公务接待、办公用品采购超标准或虚列开支", "三级",
     "接待实行公函制度，采购三家比价，支出每季度在局内公示。", "办公室"),
]  # fmt: skip


def jiuzhi_development_reform_bureau_group_roster() -> dict:
    unit = f"{PLACE}发展和改革局"
    sh = _Sheet("分解表", [6, 40, 9, 42, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点责任分解表", 5)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 5)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施", "责任主体")
    for i, (point, lv, measures, group) in enumerate(GROUPED, 1):
        sh.add(i, point, lv, measures, group)
    _line(sh, "注：1.风险等级分为一级、二级、三级，一级为最高。2.“责任主体”填写局领导或股室，所填局领导、股室的"
              "全体人员均为该风险点的责任人，人员见下表。", 5)  # fmt: skip
    sh.add()
    _line(sh, "附：责任主体人员名单", 5)
    sh.add("序号", "责任主体", "职务", "姓名", "分工")
    first = len(sh.rows)
    n = 0
    for group, members in ROSTER.items():
        for post, who, _tier, duty in members:
            n += 1
            sh.add(n, group, post, who, duty)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表：", None, "审核：", None, "局长（签字）：")
    # the truth one form a holder, in the roster's order
    for group, members in ROSTER.items():
        for post, who, tier, _duty in members:
            for point, lv, _measures, g in GROUPED:
                if g == group:
                    t.point(sh.name, group, post, who, tier, point, [], GRADES[lv])
    return _layout(
        "jiuzhi_development_reform_bureau_group_roster", "https://www.yngm.gov.cn/info/1061/111748.htm",
        "(harder) 县发展和改革局 廉政风险点责任分解表, after the source's 县 重大项目审批监管“阳光行动” 方案 (项目审批、核准、"
        "备案, 用地审批, 招投标审核, “三重一大” 集体决策, 按月公开决策程序履行情况): a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2025年6月`` line, then ONE ROW A POINT ``序号 | 廉政风险点 | 风险等级 | 防控措施 | 责任主体`` whose 责任主体 "
        "names a GROUP (``局领导``, ``投资股``, ``价格股``, ``办公室``), never a person, the rows sorted by level "
        "``一级/二级/三级`` so a group's rows are scattered; a merged ``注：`` line saying every member of the group "
        "named holds the point; after a blank row a merged ``附：责任主体人员名单`` and a ROSTER KEYED BY GROUP "
        "``序号 | 责任主体 | 职务 | 姓名 | 分工``, 责任主体 merged over its members (局领导: 局长 and two 副局长; 投资股 "
        "and 价格股: 股长 and 科员; 办公室: 主任) — a point's holders are all its group's members; no type column; a "
        "填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jiuzhi_energy_bureau_two_sheets() -> dict:
    unit = f"{PLACE}能源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("昝翊峤", "局长", "主持全面工作", [
            ("新能源发电项目开发权配置中暗箱操作", "一级", "项目开发权竞争性配置，评审结果公示。"),
            ("为亲友承揽光伏、风电项目配套工程提供便利", "一级", "严格执行领导干部亲属经商办企业报告制度。"),
        ]),
        ("闾丘瑗", "副局长", "分管新能源项目、电力设施保护", [
            ("新能源项目备案、并网手续审核把关不严", "一级", "备案材料双人审核，并网条件实地核查。"),
            ("对企业违法分包、超越许可范围承揽工程查处不力", "二级", "发现问题下达整改通知书，跟踪整改到位。"),
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
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("新能源股", "股长", "昝湜霈", "middle", "光伏项目前期资料审查走过场", "一级",
         "资料审查实行清单管理，审查意见存档。"),
        ("新能源股", "股长", "昝湜霈", "middle", "向项目业主推荐设计、施工单位", "二级", "签订廉洁承诺书，接受项目业主监督。"),
        ("新能源股", "科员", "闾丘岷", "general", "项目现场核查记录弄虚作假", "二级", "现场核查两人以上，拍照留存。"),
        ("电力股", "股长", "昝璆岚", "middle", "农网改造项目验收不严", "一级", "验收邀请纪检干部和村民代表参加。"),
        ("电力股", "股长", "昝璆岚", "middle", "电力设施保护案件处理以罚代管", "三级", "案件处理集体研究，结果公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jiuzhi_energy_bureau_two_sheets", "http://guanghongmall.com/xw/dfbd/20210906/100534.html",
        "县能源局 廉政风险防控一览表 in TWO SHEETS, after the source's 西北能源监管局 report on 青海 新能源发电项目 许可 "
        "专项监管 (现场检查, 违法分包, 超越许可范围承揽工程, 整改通知书): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column; a 制表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


def jiuzhi_price_certification_selfchecks() -> dict:
    unit = f"{PLACE}价格认证中心"
    t = _Truth(unit)
    people = [
        ("昝霂瑄", "中心领导", "主任", "leader", [
            ("涉案财物价格认定结论受办案机关或当事人干扰", "Ⅰ级", "认定结论经集体审议，审议记录存档。", "已落实"),
            ("价格认定人员应回避未回避", "Ⅱ级", "受理时逐案填写回避声明。", "未发现问题"),
        ]),
        ("昝琤湄", "价格认定科", "科长", "middle", [
            ("价格认定测算方法选用随意，认定价格偏离市场", "Ⅰ级", "测算过程双人复核，疑难事项集体会商。", "已落实"),
            ("价格认定协助申请资料审核不严", "Ⅲ级", "受理资料清单化，缺件一次告知。", "已落实"),
        ]),
        ("闾丘沨", "价格认定科", "价格认定员", "general", [
            ("实物勘验记录不实", "Ⅱ级", "勘验两人以上，现场拍照并由提出机关签字。", "未发现问题"),
            ("泄露价格认定结论和工作秘密", "Ⅲ级", "认定档案专人保管，查阅登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jiuzhi_price_certification_selfchecks", "http://epaper.legaldaily.com.cn/fzrb/content/20211215/Articel11003GN.htm",
        "县价格认证中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "涉案财物价格认定制度 (价格不明、价格有争议的涉案财物, 价格认证机构, 测算, 认定结论): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jiuzhi_project_service_center_posts() -> dict:
    unit = f"{PLACE}项目建设服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "代建单位选定", "代建单位选定不经招标，指定关系单位", "制度机制风险", "高",
         "代建单位一律公开招标，结果公示。"),
        ("工程管理科", "科长", "middle", "设计变更", "化整为零规避变更审批，变更增加投资不报批", "业务流程风险", "高",
         "变更填报变更审批表，按投资规模变更额分级审定。"),
        ("工程管理科", "科长", "middle", "现场签证", "签证工程量虚增，隐蔽工程未经验收即签证", "岗位职责风险", "中",
         "签证由施工、监理、建设单位现场负责人共同签字。"),
        ("工程管理科", "技术员", "general", "材料进场检验", "进场材料检验走过场，收受供货商好处", "思想道德风险", "中",
         "材料进场见证取样，检验报告存档。"),
        ("财务科", "会计", "general", "工程款支付", "不按合同和进度审核支付，工程款多付错付", "业务流程风险", "中",
         "工程款支付经监理、科室、中心三级审核。"),
        ("财务科", "出纳", "general", "项目资金拨付", "项目资金拨付不及时或违规出借", "外部环境风险", "低",
         "资金拨付凭审批单办理，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "jiuzhi_project_service_center_posts", "http://www.jianbiaoku.com/webarbs/book/21532/623735.shtml",
        "县项目建设服务中心 岗位廉政风险点排查表 对岗不对人, after the source's rule on 政府投资项目 变更 and 签证 (代建制, "
        "变更审批表, 投资规模变更额, 施工企业、建设单位、监理单位 现场签证, 隐蔽工程): a title, 序号/科室 merged/岗位 merged "
        "per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date "
        "line",
        [sh], t,
    )  # fmt: skip


def jiuzhi_grain_reserve_cards() -> dict:
    unit = f"{PLACE}粮食和物资储备中心"
    t = _Truth(unit)
    cards = [
        ("主任", "昝岢澜", "主任", "中心领导", "主持中心全面工作", "leader", [
            ("储备粮轮换以陈顶新，搞“转圈粮”", "★★★", "轮换计划集体研究，出入库全程视频监控。"),
            ("为粮食经营企业借仓周转提供便利", "★★★", "仓容使用经中心会议研究，签订书面协议。"),
            ("接受粮食经营企业宴请", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "闾丘琰", "副主任", "中心领导", "分管仓储、物资储备", "leader", [
            ("损耗核销虚增损耗，形成“损耗粮”", "★★", "损耗核销按定额执行，经审计后处理。"),
            ("应急物资采购验收把关不严", "★★", "验收两人以上，邀请使用单位参加。"),
        ]),
        ("保管员", "昝翾沂", "保管员", "仓储股", "负责储备粮保管和出入库登记", "general", [
            ("升溢粮不入账，私自出售", "★★★", "升溢粮据实入账，每月账实核对。"),
            ("出入库数量、质量登记不实", "★★", "出入库检斤检质双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jiuzhi_grain_reserve_cards", "http://www.handmsg.com/page/2022/0530/21993329.shtml",
        "县粮食和物资储备中心 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's report on "
        "粮食购销 腐败 (升溢粮, 转圈粮 以陈顶新, 损耗粮 虚增损耗, 借仓周转, 小金库): a title, ``姓　名 | … | 职　务 | …``, "
        "a merged 所在部门 line and a merged 工作职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jiuzhi_zhiqingsongduo_office_list() -> dict:
    unit = f"{PLACE}智青松多镇经济发展办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "闾丘珝", "leader", "授意企业按指定数据填报统计报表", "思想道德", "高风险",
         "严禁干预统计数据，签订统计数据质量责任书。"),
        ("办公室领导", "主任", "闾丘珝", "leader", "招商引资项目投资额虚报夸大", "岗位职责", "中风险",
         "招商项目投资额以合同和到位资金凭证为准。"),
        ("统计组", "统计员", "昝岍霖", "general", "代填代报企业统计数据", "业务流程", "高风险",
         "企业统计数据由企业自行联网直报，统计员只作指导。"),
        ("统计组", "统计员", "昝岍霖", "general", "联网直报企业名录更新不及时、不真实", "制度机制", "中风险",
         "名录每季度核对，停产注销企业及时退库。"),
        ("项目组", "项目专干", "闾丘湉", "general", "项目申报材料弄虚作假", "岗位职责", "中风险",
         "申报材料实地核查，镇党委会研究后上报。"),
        ("项目组", "项目专干", "闾丘湉", "general", "接受项目单位礼品礼金", "外部环境", "低风险",
         "严守廉洁纪律，礼品礼金登记上交。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "分管领导（签字）：", None, None)
    return _layout(
        "jiuzhi_zhiqingsongduo_office_list", "http://www.200160.com/focus/20130617_16676.html",
        "镇经济发展办公室 岗位廉政风险防控一览表, after the source's report on a 镇 经济发展和科技信息局's 统计造假 (联网直报"
        "企业名录不实, 编造虚假数据, 代填代报, 镇领导 疏于职守): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/分管领导（签字） line",
        [sh], t,
    )  # fmt: skip


def jiuzhi_baiyu_office_group_rows() -> dict:
    unit = f"{PLACE}白玉乡经济发展办公室"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "昝瀛璎", "leader", [
                ("以工代赈项目务工人员名单安排优亲厚友", "一级风险", "务工人员名单经村民代表推荐，在村务公开栏公示。"),
                ("以工代赈项目验收走过场", "二级风险", "验收邀请乡纪委和群众代表参加。"),
            ]),
        ]),
        ("二、项目组", "项目组", [
            ("以工代赈专干", "闾丘峋", "general", [
                ("劳务报酬克扣、拖欠或以现金发放", "一级风险", "劳务报酬通过一卡通发放到人。"),
                ("用工考勤台账与发放明细台账不一致", "二级风险", "两本台账每月核对，报县发改局备案。"),
            ]),
            ("项目专干", "昝琬屹", "general", [
                ("项目选址和建设内容迁就个别群众诉求", "三级风险", "项目选址经村“两委”会议研究。"),
            ]),
        ]),
        ("三、统计组", "统计组", [
            ("统计员", "昝沣瑶", "general", [
                ("务工人数和增收数据虚报", "二级风险", "务工数据与考勤台账逐人核对。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "jiuzhi_baiyu_office_group_rows", "https://yndrc.yn.gov.cn/html/2025/zhoushifagai_1125/24399.html",
        "乡经济发展办公室 廉政风险防控责任清单, after the source's 市发展改革委 on 以工代赈 劳务报酬 (一卡两账三查, 用工考勤"
        "台账, 劳务报酬发放明细台账, 乡镇精准落实): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、办公室领导``, ``二、项目组``, ``三、统计组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jiuzhi_mentang_office_register() -> dict:
    unit = f"{PLACE}门堂乡经济发展办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "闾丘淏", "leader", [
            ("高原美丽乡村项目施工队伍指定关系人", "制度机制", "高", "施工队伍按规定比选，结果公示。"),
            ("项目交工验收降低标准", "岗位职责", "中", "交工验收邀请县住建、发改部门参加。"),
        ]),
        ("项目组", "项目专干", "昝璎涓", "general", [
            ("项目进度和投资完成情况虚报", "业务流程", "中", "进度按月实地核实，照片存档。"),
            ("向施工单位索要好处", "思想道德", "高", "签订廉洁承诺书，公布监督电话。"),
        ]),
        ("项目组", "报账员", "闾丘屹澜", "general", [
            ("项目资金报账单据审核不严", "业务流程", "中", "报账单据经办人、审核人、审批人三签。"),
        ]),
        ("统计组", "统计员", "昝翾岑", "general", [
            ("牧民收入调查数据弄虚作假", "外部环境", "低", "调查户随机抽取，数据逐户复核。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "jiuzhi_mentang_office_register",
        "https://xining.baogaosu.com/xinwen/%E9%AB%98%E5%8E%9F%E7%BE%8E%E4%B8%BD%E4%B9%A1%E6%9D%91"
        "%E4%B8%AA%E9%AB%98%E5%8E%9F%E7%BE%8E%E4%B8%BD%E4%B9%A1%E6%9D%91/37635118",
        "乡经济发展办公室 廉政风险点排查登记表, after the source's report on 久治县's 高原美丽乡村 projects (索乎日麻村, "
        "门堂村, 项目总投资, 交工): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiuzhi_development_reform_bureau_group_roster(),
    jiuzhi_energy_bureau_two_sheets(),
    jiuzhi_price_certification_selfchecks(),
    jiuzhi_project_service_center_posts(),
    jiuzhi_grain_reserve_cards(),
    jiuzhi_zhiqingsongduo_office_list(),
    jiuzhi_baiyu_office_group_rows(),
    jiuzhi_mentang_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch567-inbox"))
