"""The three-hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 教育 and
卫健 bodies, 龙泉驿区 (a district of 成都, its staff Han) — its 教育局, three of its 中学 (西河中学,
洛带中学, 柏合中学), its 卫生健康局, its 妇幼保健院 and two 街道's 社区卫生服务中心 (同安街道, 大面街道) —
each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's file in two sheets: ``局领导`` (``附件1``, ``姓名 | 职务 | 分管工作`` merged per leader)
  and ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types in a
  ``风险类别`` column, 高/中/低, a 填表人/审核人/date line under each;
- the 西河中学's 一览表 under GROUP ROWS ``一、学校领导`` … ``四、总务处`` merged across (no 处室
  column): ``岗位 | 姓名`` merged per person, no type column, ``★★★/★★/★`` read by a ``注：`` line,
  a 制表/审核/date line;
- the 洛带中学's 自查表, one sheet a person (tabs named by the person): TWO ROWS OF PAIRS ``姓　名 | … |
  处　室 | …`` and ``职　务 | … | 填表时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, ``…风险`` types, ``一级/二级/三级``, ``本人签名： | … | 处室负责人意见：``;
- the 卫生健康局's 责任清单 under ``附件2``: ``科室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/审核人/局长（签字）
  line;
- the 妇幼保健院's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date
  line;
- the 同安街道社区卫生服务中心's 岗位廉政风险防控卡, one sheet a holder (tabs named by the post):
  ``持卡人 | … | 所在科室 | …`` and ``岗位名称 | … | 岗位职责 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``一级风险/二级风险/三级风险``, ``持卡人签字： | … | 监督电话：…``;
- the 柏合中学's 一览表: ``处室``, ``岗位`` and ``姓名`` written on EVERY row (no merges), short types in
  ``风险类别``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, and a LAST column ``分管领导`` naming the 副校长
  who oversees the row (a supervisor, holder of no row); a 填表人/审核人/校长（签字） line.

One is harder:

- ``longquanyi_damian_health_center_person_roster``: the 大面街道社区卫生服务中心's 岗位廉政风险防控
  一览表, a small body's (one person, several posts — 一人多岗): the risk table names only
  ``科室`` and ``岗位`` (``序号 | 科室 | 岗位 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged,
  岗位 merged per post, short types, 高/中/低) — no 姓名 column, no name above it — and the holders
  stand ONLY in a small table UNDER it, after a blank row and the merged line ``附：人员岗位分工（本中心
  人员少，实行一人多岗）``: ``序号 | 姓名 | 职务 | 承担岗位`` (承担岗位 merged across the rest of the row),
  ONE ROW A PERSON, whose ``承担岗位`` cell lists ALL the posts he holds joined by ``、``
  (``药房调剂员、药品验收员``; the 副主任's ``副主任、公共卫生科科长`` names a post of ANOTHER 科室 by its
  科室 and its post). So one person holds two forms, the lookup runs from each (科室, 岗位) of the
  table to the roster row whose list holds it, and the ``职务`` column (``主管护师``, ``主管药师``,
  ``会计``) names no post of the table. The README's 读得懂的表 knows rosters keyed BY POST — ``村文书 |
  戴晓军 | 村报账员 | 史红霞`` above the table, ``岗位人员：部长　禤朗川；…`` under it, a list beside it
  (``按科室和岗位查出责任人``), ``附：岗位人员名单`` ``序号 | 股室 | 岗位 | 姓名`` under it (one row a
  post), an 岗位表 looked up by ``岗位编号`` — and one person's two posts on his OWN form (``岗位一：…`` /
  ``岗位二：…``); it does not describe a roster keyed BY PERSON, one row a holder listing several posts
  in one cell, that must be turned round to give each post of an 对岗 table its holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区教育局's 机关运转风险内部控制办法 —
公文处理, 政务督办, 档案管理, 机要保密, 财务管理, 后勤管理, 局内控委 and 内控办; a 镇中心学校's 简介 — 办公室,
教务教研处, 政教处, 总务处, 团委会, 行政岗位责任制, 学生宿舍; a 寄宿制初级中学's 简介 — 改扩建, 危房,
实验室, 仪器室, 学生宿舍楼, 图书阅览室; a 区卫生健康局's 年度工作报告 — 公立医院党的建设, 支部建在科室上,
问题清单, 整改, 慢性病综合防控, 消除艾滋病、梅毒和乙肝母婴传播; a 妇幼保健院's 儿童保健部 — 临床儿科,
新生儿病区, 儿童保健科, 眼筛, 听筛; a 卫生院's 妇幼保健和计划生育工作考核机制 — 院办公会, 考核小组,
院内相关科室, 奖惩挂钩; a 中学's 财务透明 — 预算编制, 审批流程, 报销流程, 财务公开, 第三方审计; a
街道社区卫生服务中心's 新址 — 近30名医护人员, 全科医疗, 中西药房, 检验室, 防疫科, 妇保儿保科, 预防接种)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 龙泉驿区, named with the district's name.

Run ``python tests/published/score.py --set batch344`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each (科室, 岗位) of the risk table is ONE FORM whose holder is the person on
  the roster row whose ``承担岗位`` lists that post (written as the post, or as 科室 and post run
  together: ``公共卫生科科长`` is the ``科长`` of ``公共卫生科``); a person listing two posts holds two
  forms; the roster's ``职务`` is no post (the post is the table's 岗位), the roster holds no point, and
  its line ``附：…`` and the 编制 line are no points;
- ``局领导`` (the 教育局's sheet, whose title names it), ``学校领导`` (a group row), ``院领导`` and
  ``中心领导`` (a 科室 cell) are the 科室 of those leaders; a group row ``二、教务教研处`` gives the 科室
  ``教务教研处`` (its number left off); a school's 处 and 室, a 局's 科, a hospital's 科, 病区 and 药剂科,
  a 社区卫生服务中心's 科, 室, 护理部 and 中西药房 are 科室;
- 局长, 副局长, 校长, 副校长, 院长, a 中心's 主任 and 副主任 are leaders; 科长, a 处's or 室's 主任 (总务主任 too),
  科主任, 护士长 and 办公室主任 middle; the rest (科员, 会计, 出纳, 报账员, 实验员, 宿舍管理员, 药品采购员, 收费员,
  全科医生, 妇幼保健专干, 预防接种管理员, 药房调剂员, 药品验收员, 医保结算员, 资产管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``岗位职责`` and
  ``自查情况`` are no points and name no holder; the 柏合中学's LAST column ``分管领导`` names a
  supervisor, never a holder (the holder is ``姓名``); the 妇幼保健院's list names no person: its forms
  are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``,
  ``★★★/★★/★`` (read by the 西河中学's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 柏合中学's note) are 1/2/3.

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

PREFIX = "b344_"
PLACE = "龙泉驿区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

TABLE_HEAD = ("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
ROSTER_LINE = "附：人员岗位分工（本中心人员少，实行一人多岗）"
ROSTER_HEAD = ("序号", "姓名", "职务", "承担岗位")
# (科室, 岗位, tier, [(廉政风险点, 类型, 等级, 防控措施)])
POSTS = [
    ("中心领导", "主任", "leader", [
        ("药品、耗材遴选中接受供应商宴请和回扣", "外部环境", "高", "药品耗材遴选由药事管理小组集体研究，结果公示。"),
        ("基本公共卫生服务补助资金分配个人说了算", "制度机制", "高", "补助资金分配方案经中心办公会研究并公示。"),
    ]),
    ("中心领导", "副主任", "leader", [
        ("家庭医生团队绩效考核打分不公", "岗位职责", "中", "考核细则公开，考核结果在中心内公示。"),
    ]),
    ("公共卫生科", "科长", "middle", [
        ("预防接种人次、慢病随访人数虚报，套取补助", "业务流程", "高", "接种、随访数据与信息系统核对，每季度抽查。"),
        ("居民健康档案建档不实，应付考核", "岗位职责", "中", "健康档案电话回访抽查，问题限期整改。"),
    ]),
    ("公共卫生科", "预防接种管理员", "general", [
        ("疫苗出入库账实不符，违规接种收费", "业务流程", "高", "疫苗出入库扫码追溯，每月盘点。"),
    ]),
    ("中西药房", "药房调剂员", "general", [
        ("调剂中以药换药、串换药品套取医保基金", "思想道德", "高", "处方与发药记录每日核对，医保结算数据抽查。"),
        ("近效期药品私自处置", "制度机制", "低", "近效期药品登记，报损经中心审批。"),
    ]),
    ("中西药房", "药品验收员", "general", [
        ("药品验收数量、批号把关不严", "岗位职责", "中", "验收双人签字，随货同行单存档。"),
    ]),
    ("财务室", "收费员", "general", [
        ("门诊收费不开票、少收费截留", "思想道德", "中", "收费日清日结，票据与系统数据核对。"),
    ]),
    ("财务室", "医保结算员", "general", [
        ("医保结算中串换诊疗项目、重复收费", "业务流程", "高", "医保结算明细每月自查，接受区医保局稽核。"),
    ]),
    ("综合办公室", "办公室主任", "middle", [
        ("公务接待、办公用品采购超标准", "制度机制", "低", "接待事前审批，采购三家询价。"),
    ]),
    ("综合办公室", "资产管理员", "general", [
        ("医疗设备出借、报废不按程序", "岗位职责", "中", "设备出借登记，报废经中心办公会研究。"),
    ]),
]  # fmt: skip
# (姓名, 职务, 承担岗位 as written: each the post, or 科室 and post run together)
ROSTER = [
    ("莘芃筠", "主任", ["主任"]),
    ("巢蔼汀", "副主任", ["副主任", "公共卫生科科长"]),
    ("漆雯澍", "主管护师", ["预防接种管理员"]),
    ("宦澄瑜", "主管药师", ["药房调剂员", "药品验收员"]),
    ("牟渌芸", "会计", ["收费员", "医保结算员"]),
    ("过篁澈", "办公室主任", ["办公室主任", "资产管理员"]),
]


def holder_of(dept: str, post: str) -> str:
    """The roster's person whose 承担岗位 lists the post (as the post, or 科室 and post)."""
    (who,) = [w for w, _, posts in ROSTER if post in posts or dept + post in posts]
    return who


def longquanyi_damian_health_center_person_roster() -> dict:
    unit = f"{PLACE}大面街道社区卫生服务中心"
    ncols = len(TABLE_HEAD)
    sh = _Sheet("一览表", [6, 12, 14, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    sh.add(*TABLE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in POSTS:
        who = holder_of(dept, post)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add()
    _line(sh, ROSTER_LINE, ncols)
    r = sh.add(*ROSTER_HEAD, None, None, None)
    sh.merge(r, 3, r, ncols - 1)
    for i, (who, duty, posts) in enumerate(ROSTER, 1):
        r = sh.add(i, who, duty, "、".join(posts), None, None, None)
        sh.merge(r, 3, r, ncols - 1)
    sh.add()
    sh.add("编制：中心综合办公室", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "longquanyi_damian_health_center_person_roster",
        "http://www.jimei.gov.cn/ywkd/jmbxw/201305/t20130530_27100.htm",
        "(harder) 街道社区卫生服务中心 岗位廉政风险防控一览表 of a small body (一人多岗), after the source's 社区卫生服务中心 moving "
        "to a new site (近30名医护人员, 全科医疗, 中西药房, 检验室, 防疫科, 妇保儿保科, 预防接种): a title, then 序号/科室 merged "
        "(中心领导, 公共卫生科, 中西药房, 财务室, 综合办公室)/岗位 merged per post/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施 — NO 姓名 column; after a blank row the merged line ``附：人员岗位分工（本中心人员少，实行一人多岗）`` "
        "and a ROSTER KEYED BY PERSON ``序号 | 姓名 | 职务 | 承担岗位``, one row a person, 承担岗位 (merged across the rest of "
        "the row) listing ALL his posts joined by ``、`` (``药房调剂员、药品验收员``, ``副主任、公共卫生科科长``); an 编制/审核/date "
        "line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longquanyi_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 8, 32])
    lead.add("附件1")
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("鄞澍岚", "局长", "主持全面工作，分管办公室、人事科", [
            ("重大事项不经党组会集体研究，个人拍板", "制度机制", "高", "落实“三重一大”集体决策，会议纪要存档。"),
            ("学校校长调整和教师调配中打招呼", "思想道德", "高", "干部调整党组会研究，教师调配方案公示。"),
        ]),
        ("笪沅蘅", "副局长", "分管计划财务科、基建后勤", [
            ("校舍建设项目插手招投标", "外部环境", "高", "校舍项目进入公共资源交易平台，插手干预事项登记报告。"),
            ("学校专项资金分配向关系学校倾斜", "岗位职责", "中", "专项资金按因素法分配，分配结果公开。"),
        ]),
        ("郏筠泠", "副局长", "分管基础教育科、招生考试", [
            ("招生入学中违规点招、打招呼", "思想道德", "中", "招生政策和结果公开，点招一律禁止。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    dept = _Sheet("机关科室", [6, 14, 9, 9, 36, 9, 8, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "逄霁溪", "middle", [
            ("公文处理、机要保密中泄露未公开信息", "岗位职责", "中", "涉密文件专人登记，政务公开事项经审核发布。"),
            ("后勤物品采购不询价、公务接待超标准", "制度机制", "低", "采购三家询价，接待清单按月公示。"),
        ]),
        ("计划财务科", "科长", "亓砚汐", "middle", [
            ("学校经费预算分配不公开", "制度机制", "高", "预算分配方案局内控委审定后公开。"),
            ("大额资金支付审核把关不严", "业务流程", "中", "大额支付经办、复核、审批分离，内控办抽查。"),
        ]),
        ("计划财务科", "会计", "冼琬菁", "general", [
            ("报销票据审核不严，虚列支出", "业务流程", "中", "报销票据逐张审核，每季度交叉检查。"),
        ]),
        ("基础教育科", "科长", "钮岫岑", "middle", [
            ("义务教育插班、转学审批违规", "岗位职责", "高", "插班转学条件公开，审批结果备案。"),
        ]),
        ("人事科", "科员", "蔚澄潇", "general", [
            ("教师招聘资格审查把关不严", "岗位职责", "中", "资格审查两人以上，审查结果公示。"),
            ("职称评审材料审核中优亲厚友", "思想道德", "低", "评审材料公示，接受教师监督。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "longquanyi_education_bureau_two_sheets",
        "http://jyj.dxh.gov.cn/html/nkgl/2018/1205/142660.html",
        "区教育局 廉政风险防控表 in two sheets, after the source's 区教育局 机关运转风险内部控制办法 (公文处理, 政务督办, 档案管理, "
        "机要保密, 财务管理, 后勤管理, 局内控委 and 内控办): ``局领导`` (``附件1``, a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line) and ``机关科室`` (a title, "
        "序号/科室 merged (办公室, 计划财务科, 基础教育科, 人事科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/date line)",
        [lead, dept], t,
    )  # fmt: skip


def longquanyi_xihe_middle_school_groups() -> dict:
    unit = f"{PLACE}西河中学"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "芈蓁瑗", "leader", [
                ("学校重大事项不经党支部会、校务会研究", "★★★", "“三重一大”事项党支部会前置研究、校务会决定。"),
                ("教师绩效工资分配方案不公开", "★★", "分配方案经教职工大会通过并公示。"),
            ]),
            ("副校长", "惠淼翎", "leader", [
                ("教辅资料征订中收受回扣", "★★★", "教辅资料自愿征订，书目经学校集体研究。"),
            ]),
        ]),
        ("二、教务教研处", "教务教研处", [
            ("主任", "卞芷澧", "middle", [
                ("学籍变动、转学审批不规范", "★★", "学籍变动材料双人审核，报区教育局备案。"),
                ("评优评先推荐不公开", "★★", "推荐条件和结果公示。"),
            ]),
        ]),
        ("三、政教处", "政教处", [
            ("主任", "晏屺棠", "middle", [
                ("学生资助对象认定不准", "★★★", "资助对象班级评议、学校审核、张榜公示。"),
                ("校服选用中指定供应商", "★★★", "校服选用由家长委员会参与，公开采购。"),
            ]),
        ]),
        ("四、总务处", "总务处", [
            ("主任", "隗霈瑶", "middle", [
                ("食堂大宗食材采购不按程序", "★★★", "大宗食材定点采购，验收双人签字。"),
                ("宿舍楼维修工程化整为零", "★★", "维修项目按限额招标，结算送审。"),
            ]),
            ("报账员", "斛泓岳", "general", [
                ("坐支现金，公款私存", "★★", "现金日清月结，定期盘点。"),
                ("固定资产出借、处置不审批", "★", "资产出借登记，处置经校务会研究。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "longquanyi_xihe_middle_school_groups",
        "https://m.youxiaow.com/zhongxue/hubei/huanggang/245540.html",
        "区中学 岗位廉政风险防控一览表, after the source's 镇中心学校 简介 (办公室, 教务教研处, 政教处, 总务处, 团委会, 行政岗位"
        "责任制, 学生宿舍): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS ``一、学校领导``, "
        "``二、教务教研处``, ``三、政教处``, ``四、总务处`` merged across (no 处室 column); 岗位 and 姓名 merged per person; no "
        "type column; a merged ``注：`` line on the stars and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def longquanyi_luodai_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}洛带中学"
    t = _Truth(unit)
    people = [
        ("桑婕沅", "总务处", "总务主任", "middle", [
            ("学生宿舍楼改扩建工程签证不实", "业务流程风险", "一级", "签证经监理、学校、跟踪审计三方确认。", "已落实"),
            ("食堂食材验收把关不严", "岗位职责风险", "二级", "食材验收双人签字，留样备查。", "已落实"),
            ("废旧物资处置收入不入账", "制度机制风险", "三级", "废旧物资统一处置，收入全额入账。", "未发现问题"),
        ]),
        ("鄂珣汀", "教务处", "实验员", "general", [
            ("实验仪器、耗材采购中收受回扣", "思想道德风险", "二级", "仪器耗材按计划统一采购，验收与采购分离。", "已落实"),
            ("仪器设备出借不登记，造成流失", "岗位职责风险", "三级", "出借登记、归还核对，每学期清查。", "正在整改"),
        ]),
        ("綦瀚澄", "政教处", "宿舍管理员", "general", [
            ("代收住宿费不及时上交", "业务流程风险", "二级", "住宿费一律由财务室收取，宿管员不经手现金。", "已落实"),
            ("向住校学生推销生活用品收取好处", "外部环境风险", "三级", "严禁向学生推销物品，设立举报箱。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"处{GAP}室", dept, None, None)
        sh.add(f"职{GAP}务", post, "填表时间", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, None, "处室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "longquanyi_luodai_middle_school_selfchecks", "https://360docs.net/doc/8f16155108.html",
        "区中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 寄宿制初级中学 简介 (改扩建, "
        "危房, 实验室, 仪器室, 学生宿舍楼, 图书阅览室): a title, TWO ROWS OF PAIRS ``姓　名 | … | 处　室 | …`` and ``职　务 | … | "
        "填表时间 | 2025年9月``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; a blank row "
        "and ``本人签名： | 处室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def longquanyi_health_bureau_duties() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("责任清单", [6, 16, 8, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "杭蕤笙", "leader", [
            ("重大事项决策", "公立医院重大项目不经党组会集体研究", "Ⅰ级", "重大项目党组会集体研究，会议纪要存档。"),
            ("干部选拔任用", "医疗卫生单位负责人调整中打招呼", "Ⅰ级", "干部调整严格按程序，全程纪实。"),
        ]),
        ("医政医管科", "科长", "鞠洺瑄", "middle", [
            ("医疗机构校验", "对不符合条件的医疗机构违规校验", "Ⅰ级", "校验现场核查两人以上，结果公示。"),
            ("医疗纠纷处理", "处理医疗纠纷偏袒一方", "Ⅱ级", "引入第三方调解，处理意见集体审定。"),
        ]),
        ("医政医管科", "科员", "储霁岱", "general", [
            ("医师执业注册", "执业注册材料审核不严", "Ⅱ级", "注册材料清单化审核，网上办理留痕。"),
        ]),
        ("基层卫生与妇幼健康科", "科长", "郦漪岚", "middle", [
            ("基本公共卫生服务项目考核", "考核走过场，违规拨付补助资金", "Ⅰ级", "考核组随机抽取，考核结果与拨付挂钩并公开。"),
            ("母婴传播阻断项目管理", "项目资金挤占挪用", "Ⅱ级", "项目资金专账管理，按季度检查。"),
        ]),
        ("规划财务科", "会计", "璩昀沣", "general", [
            ("专项资金核算", "专项资金不专账核算", "Ⅱ级", "专项资金专账核算，年度审计。"),
            ("票据管理", "财政票据领用不登记", "Ⅲ级", "票据领用、核销登记，按月核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "longquanyi_health_bureau_duties",
        "http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html",
        "区卫生健康局 廉政风险防控责任清单, after the source's 区卫生健康局 年度工作报告 (公立医院党的建设, 支部建在科室上, 问题清单, "
        "整改, 慢性病综合防控, 消除艾滋病、梅毒和乙肝母婴传播): ``附件2``, a title, then 序号/科室 merged (局领导, 医政医管科, "
        "基层卫生与妇幼健康科, 规划财务科)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def longquanyi_maternal_child_posts() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("大型设备购置决策", "大型医用设备购置不经论证和集体决策", "制度机制风险", "高风险",
             "设备购置经专家论证、院党委会研究。"),
            ("院区改造工程发包", "院区改造工程直接发包给关系单位", "外部环境风险", "高风险",
             "达到限额的工程进场交易，直接发包集体研究。"),
        ]),
        ("儿童保健科", "科主任", "middle", [
            ("儿保筛查项目开展", "眼筛、听筛项目超范围检查、重复收费", "业务流程风险", "中风险",
             "筛查项目和收费标准公示，医保办按月抽查。"),
        ]),
        ("新生儿病区", "护士长", "middle", [
            ("一次性耗材申领", "耗材申领多于实际使用，账物不符", "岗位职责风险", "中风险", "耗材按病人计费核对，每月盘点。"),
            ("患儿家属礼品", "收受患儿家属红包、礼品", "思想道德风险", "低风险", "签订医德医风承诺书，拒收登记。"),
        ]),
        ("药剂科", "药品采购员", "general", [
            ("药品采购", "采购非集中采购药品，收受回扣", "外部环境风险", "高风险", "药品网上集中采购，采购与验收分离。"),
            ("用药数据管理", "违规向医药代表提供科室用药数据", "岗位职责风险", "高风险", "用药数据查询权限分级管理，查询留痕。"),
        ]),
        ("设备科", "科长", "middle", [
            ("设备验收", "设备验收不严，以次充好", "业务流程风险", "中风险", "使用科室、设备科、审计科共同验收。"),
        ]),
        ("财务科", "收费员", "general", [
            ("门诊收费", "收费不开票，截留挪用", "思想道德风险", "低风险", "收费日清日结，票款核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "longquanyi_maternal_child_posts", "http://www.lafybjy.com/keshi/details/7635.html",
        "区妇幼保健院 岗位廉洁风险点排查表 对岗不对人, after the source's 妇幼保健院 儿童保健部 (临床儿科, 新生儿病区, 儿童保健科, 眼筛, "
        "听筛): a title, then 序号/科室 merged (院领导, 儿童保健科, 新生儿病区, 药剂科, 设备科, 财务科)/岗位 merged per post/a short "
        "风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def longquanyi_tongan_health_center_cards() -> dict:
    unit = f"{PLACE}同安街道社区卫生服务中心"
    t = _Truth(unit)
    cards = [
        ("全科医生", "阙沛岚", "全科医疗科", "general", "负责门诊诊疗和家庭医生签约服务", [
            ("家庭医生签约虚签、只签不约", "业务流程", "一级风险", "签约居民电话回访，履约情况按季度考核。"),
            ("开具大处方、人情处方", "思想道德", "二级风险", "处方点评每月一次，结果与绩效挂钩。"),
            ("接受医药代表宴请", "外部环境", "三级风险", "医药代表接待登记，签订廉洁承诺。"),
        ]),
        ("妇幼保健专干", "揭琇潼", "公共卫生科", "general", "负责辖区孕产妇和儿童健康管理", [
            ("孕产妇随访记录造假，应付考核", "岗位职责", "二级风险", "随访记录与信息系统核对，考核小组抽查。"),
            ("计划生育技术服务补助虚报", "制度机制", "一级风险", "补助名单公示，经院办公会审定后拨付。"),
        ]),
        ("护士长", "闻岚珂", "护理部", "middle", "负责护理管理和医用耗材领用", [
            ("一次性医用耗材领用不登记", "岗位职责", "二级风险", "耗材领用登记，每月与计费数据核对。"),
            ("护理人员排班、绩效考核不公", "制度机制", "三级风险", "排班和考核结果在科内公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "所在科室", dept, None)
        r = sh.add("岗位名称", tab, "岗位职责", duty, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), RISKS[lv])
        sh.add("持卡人签字：", None, "监督电话：028-84851234", None, None)
        sheets.append(sh)
    return _layout(
        "longquanyi_tongan_health_center_cards", "https://www.qidu120.cn/detail/1693796642200",
        "街道社区卫生服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 全科医生, 妇幼保健专干, 护士长), after the source's 卫生院 "
        "妇幼保健和计划生育工作考核机制 (院办公会, 考核小组, 院内相关科室, 奖惩挂钩): a title, the pairs ``持卡人 | … | 所在科室 | …`` "
        "and ``岗位名称 | … | 岗位职责 | …`` (the duty merged over two cells), then 序号/风险点/风险类型 (short names)/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def longquanyi_baihe_middle_school_list() -> dict:
    unit = f"{PLACE}柏合中学"
    sh = _Sheet("一览表", [6, 10, 8, 9, 36, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "处室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("办公室", "主任", "汲澈桐", "middle", "谯岘溪", "公务接待、办公用品采购超标准", "制度机制", "Ⅲ",
         "接待事前审批，采购清单公开。"),
        ("办公室", "主任", "汲澈桐", "middle", "谯岘溪", "公章使用不登记", "岗位职责", "Ⅱ",
         "用印审批登记，专人保管。"),
        ("财务室", "会计", "戈淇萱", "general", "谯岘溪", "预算执行随意调整，不按预算支出", "制度机制", "Ⅱ",
         "预算调整经校务会研究，支出按预算执行。"),
        ("财务室", "会计", "戈淇萱", "general", "谯岘溪", "报销审批手续不全即入账", "业务流程", "Ⅰ",
         "报销经手人、证明人、审批人三签，财务收支按学期公开。"),
        ("财务室", "出纳", "冀沄翾", "general", "谯岘溪", "公款私存、坐支现金", "思想道德", "Ⅰ",
         "现金日清月结，接受第三方审计。"),
        ("教务处", "主任", "麴滢汐", "middle", "晋沣琬", "教辅资料变相强制征订", "外部环境", "Ⅰ",
         "教辅资料学生自愿选用，征订结果公示。"),
        ("教务处", "主任", "麴滢汐", "middle", "晋沣琬", "课后服务费收取和发放不公开", "业务流程", "Ⅱ",
         "课后服务费收支单独核算，发放方案公示。"),
        ("总务处", "主任", "訾璞岑", "middle", "谯岘溪", "校园维修不询价，直接指定施工方", "外部环境", "Ⅰ",
         "维修项目三家询价，结果在校内公示。"),
        ("总务处", "主任", "訾璞岑", "middle", "谯岘溪", "食堂承包经营监管缺位", "岗位职责", "Ⅱ",
         "食堂经营情况每月检查，设立举报箱。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, lead, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None, None)
    return _layout(
        "longquanyi_baihe_middle_school_list",
        "https://www.bkwk.cn/article/hjqyezjmxycwtmrhdjlhqxx.html",
        "区中学 廉政风险防控一览表, after the source's 中学 财务透明 (预算编制, 审批流程, 报销流程, 财务公开, 第三方审计, 举报箱): a "
        "title, then 序号/``处室``/岗位/姓名 written on EVERY row (no merges)/廉政风险点/风险类别 (short names)/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``分管领导`` column naming the 副校长 over the row (two of them, holders of no row); a merged "
        "``注：`` line on the grades and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    longquanyi_damian_health_center_person_roster(),
    longquanyi_education_bureau_two_sheets(),
    longquanyi_xihe_middle_school_groups(),
    longquanyi_luodai_middle_school_selfchecks(),
    longquanyi_health_bureau_duties(),
    longquanyi_maternal_child_posts(),
    longquanyi_tongan_health_center_cards(),
    longquanyi_baihe_middle_school_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch344-inbox"))
