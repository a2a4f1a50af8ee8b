"""A seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY AND CITY BODIES OF THE PARTY AND THE PEOPLE'S
ORGANISATIONS — a 区委组织部, a 区委宣传部, a 市委统战部, a 县委政法委, a 市委编办, a 市机关事务管理局, a 县
档案馆, a 区科协 and a 市工商联 — each handing back its 岗位廉政风险防控一览表 / 排查表 / 清单 with the
habits such small offices have, nothing exotic:

- a 组织部 一览表: ``附件1``, 科室 merged (``部领导`` first, the 部's ``党员电化教育中心`` last), 岗位/
  姓名/岗位职责 merged per person, ``…风险`` types, levels ``Ⅰ级/Ⅱ级/Ⅲ级`` — a holder's level cell
  merged over his two points that share it;
- a 宣传部 排查表 对岗不对人: 科室 and 岗位 merged, a short ``风险点`` beside ``风险表现``, 高/中/低, a
  trailing ``责任领导`` (watchers) — and the table's last rows for ``全体干部职工``, ONE cell merged
  over both the 科室 and the 岗位 columns (the risks everyone in the 部 bears);
- a 统战部 sheet of two tables, the 部领导班子成员 table first (``姓名 | 职务 | 分管工作``, a 副部长 whose
  职务 carries the office he holds besides, ``副部长（兼市民族宗教事务局局长）``), then the 机关科室 table;
- a 政法委 一览表 with NO 科室 column: the 科室 written into the post (``综治办主任``, ``执法监督科科长``,
  ``办公室科员``), ``一级/二级/三级`` and a 注 on them;
- a 机关事务管理局 排查表 whose 科室 include the 局's own ``市公务用车服务中心``, a short ``风险点`` beside
  ``风险表现``, short types, 高/中/低, under a ``填报单位:… | 填报日期:…`` line;
- a 档案馆 一览表 whose levels are typed with Latin letters, ``I级/II级/III级``, the head of the 馆 a
  ``副馆长（主持工作）`` under ``馆领导``, and a ``备注`` column (``新增``);
- a 科协 清单 with ``姓名`` first, then ``职务`` (the 一肩挑 ``党组书记、主席``) and ``所在部室``, ``…风险``
  types, 高/中/低;
- a 工商联 一览表 whose title names the body with its second name, ``XX市工商业联合会（总商会）``,
  ``…`` short types, a trailing ``监督责任人`` (the 党组书记 over the 科室, the 派驻纪检组长 over the
  leaders).

One is harder:

- ``staffing_office_registration``: a 编办 责任清单 by ``职权事项`` merged down, the holder and his 科室
  in trailing ``责任科室 | 责任人`` columns (one holder on two rows apart), and among the 科室 the 编办's own
  ``事业单位登记管理局`` — a 局 by name, a 科室 of the 编办 (it is housed in the 编办 and has no staff of
  its own).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 区志's account of its 区委组织部 and
the 科室 it set up over the years — 办公室, 组织科, 干部科, 干部督查室, 党员电化教育中心; a 区's 宣传文化
体育事业发展专项资金 managed by a 领导小组办公室 in the 区委宣传部; a 县统战系统's 部门预算 — 统战部, 民族
宗教事务办公室, 侨办, 社会主义学院, 工商联; a 县委政法委's 职能 and its 科室 — 综治办, 维稳办; a 编办's
机构编制实名制管理 with 组织, 财政, 人社; a 区机关事务中心's 专项检查 of 办公用房 and 公务用车; what an 档案馆
does — 收集, 整理, 保管, 利用, 销毁, 数字化; a 县科协's 科普部 and 学会部; a 市工商联 with its 办公室 and
经济联络科 and its 商会) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch77`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b77_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``部领导``/``馆领导``/``领导班子`` in the 科室 column is the department of the leaders' rows (as batches 61
  and 73 took ``局领导``); in a 领导班子成员 table with no 科室 column the leaders have none;
- a cell merged over the 科室 and the 岗位 columns saying ``全体干部职工`` is a post of the whole unit:
  no 科室, the post ``全体干部职工``, no holder;
- ``副部长（兼市民族宗教事务局局长）`` is the post ``副部长``: the bracket names another office he holds;
  ``副馆长（主持工作）`` is the post ``副馆长``: the bracket says he runs the 馆;
- a post written with its 科室 (``综治办主任``, ``执法监督科科长``) in a list with no 科室 column is that 科室
  and the post (``综治办`` / ``主任``), as batches 32 and 75 took ``秘书科机要员`` and ``统计站站长``;
- a body's own 中心 or 局 listed among its 科室 (``市公务用车服务中心``, ``事业单位登记管理局``) is a 科室 of
  the body, not a unit;
- ``I级/II级/III级`` typed with Latin letters are 1/2/3, as ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a level cell merged over two points gives both the level;
- the one-cell 一肩挑 post ``党组书记、主席`` is one post; a title's ``（总商会）`` is the body's second
  name: the unit is the 工商业联合会;
- ``责任领导`` and ``监督责任人`` name watchers, no holders; ``岗位职责``, ``分管工作``, ``主要职责``,
  ``职权事项``, ``风险表现`` and ``备注`` are no points;
- a 部长/副部长/常务副部长/常务副书记/主任 of the 编办/馆长/主席/党组书记/秘书长 of the 工商联 lead; a 科长,
  a 科室's 主任, a 股长, a 部室's 部长 are middle; the rest general; a list with no post column has no tier.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json`` (no re-saved copies).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b77_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
LEADERS = ("部长", "副部长", "常务副部长", "常务副书记", "馆长", "副馆长", "党组书记", "党组书记、主席",
           "秘书长")  # fmt: skip
MIDDLE = ("科长", "主任", "股长", "办公室主任")


def _tier(post: str, dept: str = "") -> str:
    if post in LEADERS and not (post == "部长" and dept.endswith("部")):
        return "leader"
    return "middle" if post in MIDDLE or post == "部长" else "general"


# --------------------------------------------------------------------------- harder layout


def staffing_office_registration() -> dict:
    unit = "中共XX市委机构编制委员会办公室"
    sh = _Sheet("责任清单", [6, 16, 36, 8, 34, 16, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "职权事项", "风险点", "风险等级", "防控措施", "责任科室", "责任人")
    rows = [
        ("机构设置审核", "为部门违规增设内设机构、超职数配备领导出具审核意见", "高",
         "机构设置事项经编委会审定,审核意见室务会集体研究。", "机构编制科", "莫文彬"),
        ("编制核定调整", "违规核增、调整编制,为个人或单位谋取利益", "高",
         "编制调整按程序报编委审批,调整结果在系统内公开。", "机构编制科", "莫文彬"),
        ("机构编制实名制管理", "随意修改实名制信息系统数据,为超编单位违规办理上编", "中",
         "上编、下编凭组织、人社文件办理,系统操作留痕,每月与财政工资数据比对。", "综合科", "戴雪梅"),
        ("事业单位登记", "登记材料审查不严,为不符合条件的单位办理设立、变更登记", "中",
         "登记材料两人审查,登记结果网上公示。", "事业单位登记管理局", "阮志刚"),
        ("事业单位登记", "事业单位年度报告抽查走过场,对报告不实不予处理", "低",
         "抽查对象随机抽取,抽查结果公开。", "事业单位登记管理局", "阮志刚"),
        ("监督检查", "机构编制违规问题查处中瞒案不报、避重就轻", "高",
         "违规问题线索登记台账,处理意见室务会研究。", "监督检查科", "姜红"),
        ("机关财务管理", "机关经费报销审核不严,违规列支", "低",
         "报销实行经办、审核、审批分离,每季度自查。", "综合科", "戴雪梅"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: (row[5], row[6])),
                            (6, lambda row: (row[5], row[6]))])  # fmt: skip
    sh.add()
    sh.add("编办主任:", None, "填表人:", None, "2024年9月", None, None)
    return _layout(
        "staffing_office_registration",
        "http://sunan.gsjgbz.gov.cn/snx_ldyl/201408/t20140815_78534.html",
        "(harder) 市委编办 廉政风险防控责任清单 after the source's account of 机构编制实名制管理 (机构编制、组织、财政、"
        "人社 working together over 核准的机构、编制和领导职数, an 信息系统 behind it; the 编委 and the 编办 with its "
        "主任): title; 序号/``职权事项`` merged (事业单位登记 over two rows)/风险点/风险等级 高/中/低/防控措施, then the "
        "holder and his 科室 TRAILING as ``责任科室 | 责任人`` (综合科 戴雪梅 on rows 3 and 7, apart), and among the 科室 "
        "the 编办's own ``事业单位登记管理局`` — a 局 by its name, a 科室 of the 编办; no post column; 编办主任/填表人/"
        "date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def organisation_dept_list() -> dict:
    unit = "中共XX市定川区委组织部"
    sh = _Sheet("一览表", [6, 12, 10, 9, 22, 32, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "岗位职责", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    duty = {
        "韦振华": "协助部长主持部务工作,分管干部科、干部监督室",
        "骆晓岚": "负责机关文秘、财务、会务",
        "梁启明": "负责基层党组织建设、党员发展和党费管理",
        "蒙海燕": "负责干部选拔任用、考察",
        "覃立新": "负责干部人事档案管理",
        "黎国栋": "负责干部监督、“12380”举报受理",
        "韩笑": "负责党员远程教育、电教片制作",
    }
    rows = [
        ("部领导", "常务副部长", "韦振华", "干部调整动议中个人意图先入为主", "思想道德风险", "Ⅰ级",
         "动议环节集体酝酿,部务会研究形成初步建议。"),
        ("部领导", "常务副部长", "韦振华", "对选人用人违规问题查处不力", "岗位职责风险", "Ⅱ级",
         "选人用人问题线索登记台账,查处情况向部务会报告。"),
        ("办公室", "主任", "骆晓岚", "机关经费报销审核把关不严", "制度机制风险", "Ⅲ级",
         "报销单据经办人、证明人、审批人三签,每季度自查。"),
        ("组织科", "科长", "梁启明", "发展党员审核把关不严,违规吸收发展党员", "岗位职责风险", "Ⅱ级",
         "发展党员全程纪实,预审结果公示。"),
        ("组织科", "科长", "梁启明", "党费收缴、使用管理不规范", "制度机制风险", "Ⅱ级",
         "党费专户管理,使用经部务会研究,每年公布收缴使用情况。"),
        ("干部科", "科长", "蒙海燕", "考察中不如实反映考察对象情况", "岗位职责风险", "Ⅰ级",
         "考察组两人以上,考察材料集体审核,实行考察责任追究。"),
        ("干部科", "科员", "覃立新", "涂改干部人事档案,“三龄两历”认定不严", "业务流程风险", "Ⅰ级",
         "档案材料入档双人审核,认定结果部务会审定。"),
        ("干部监督室", "主任", "黎国栋", "对举报线索压案不查,泄露举报人信息", "外部环境风险", "Ⅰ级",
         "举报件登记编号,办理情况定期通报,严格保密纪律。"),
        ("党员电化教育中心", "主任", "韩笑", "电教片拍摄制作委托中指定服务商", "外部环境风险", "Ⅱ级",
         "制作服务按政府采购程序选定,合同经部务会审定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty[who], point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person), (7, lambda row: (row[1:4], row[7]))])  # fmt: skip
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "联系电话:", None, "2024年7月", None)
    return _layout(
        "organisation_dept_list",
        "https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-Z-330902-2007-001-0101/files/basic-html/page832.html",
        "区委组织部 岗位廉政风险防控一览表 after the source's 区志 account of its 区委组织部 and the 科室 it set up over "
        "the years (办公室, 干部科, 组织科, 干部督查室, 党员电化教育中心; 党员发展 and its 公示): ``附件1``, title; "
        "序号/科室 merged (``部领导`` first, 办公室, 组织科, 干部科, 干部监督室, 党员电化教育中心)/岗位, 姓名 and "
        "岗位职责 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级`` — the 组织科长's "
        "``Ⅱ级`` ONE cell merged over his two points/防控措施; 单位负责人/填表人/联系电话/date footer",
        [sh], t,
    )  # fmt: skip


def propaganda_whole_staff() -> dict:
    unit = "中共XX区委宣传部"
    sh = _Sheet("排查表", [6, 12, 12, 18, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施", "责任领导")
    rows = [
        ("办公室", "办公室主任", "超标准接待", "无公函接待,虚增会议天数和参会人数", "中",
         "接待凭公函和审批单,会议费按标准结算。", "韩立峰"),
        ("办公室", "财务人员", "专项资金挤占挪用", "宣传文化专项资金与基本支出混用", "高",
         "专项资金单独核算,支出经部务会审定。", "韩立峰"),
        ("新闻科", "科长", "有偿新闻", "利用外宣版面为企业有偿刊发稿件", "中",
         "外宣稿件三审,刊发清单每月公开。", "韩立峰"),
        ("文明办", "主任", "测评推荐不公", "文明单位、文明村镇测评打分弄虚作假,优亲厚友", "中",
         "测评委托第三方,推荐名单公示。", "包春燕"),
        ("文化产业科", "科长", "评审倾向性", "专项资金项目评审专家选取不随机,向关系单位倾斜", "高",
         "评审专家从专家库随机抽取,评审结果公示。", "包春燕"),
        ("文化产业科", "科员", "验收走过场", "对未达到绩效目标的项目照拨资金", "中",
         "项目验收实地核查,资金按绩效拨付。", "包春燕"),
        ("全体干部职工", None, "违规收受礼金", "收受管理服务对象礼品礼金、接受宴请", "中",
         "节前廉洁提醒,拒收登记,纳入年度考核。", "严国华"),
        ("全体干部职工", None, "违规经商办企业", "利用职务影响经商办企业或为亲属经商提供便利", "低",
         "个人有关事项如实报告,每年抽查核实。", "严国华"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, leader)
        if post is None:
            t.point(sh.name, "", dept, "", "general", point, [], HML[lv])
        else:
            t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    everyone = first + len(rows) - 2
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3]),
                            (7, lambda row: row[7])], last=everyone - 1)  # fmt: skip
    sh.rows[everyone + 1][1] = None
    sh.rows[everyone + 1][7] = None
    sh.merge(everyone, 1, everyone + 1, 2)
    sh.merge(everyone, 7, everyone + 1, 7)
    sh.add()
    sh.add("部长:", None, "审核:", None, "填表:", None, "2024年6月", None)
    return _layout(
        "propaganda_whole_staff",
        "http://www.yantian.gov.cn/ytxcb/gkmlpt/content/9/9932/post_9932233.html?jump=true",
        "区委宣传部 廉政风险点排查表 对岗不对人 after the source's 宣传文化体育事业发展专项资金 制度 (a 领导小组 and its "
        "办公室 in the 区委宣传部, 专项资金 日常管理, 项目申报、审核、资金拨付, 精神文明建设): title; 序号/科室 merged "
        "(办公室, 新闻科, 文明办, 文化产业科)/岗位 merged per post/a short ``风险点`` beside ``风险表现``/风险等级 高/中/"
        "低/防控措施/a trailing ``责任领导`` merged per 副部长 (watchers); the last two rows for ``全体干部职工``: ONE "
        "cell merged over the 科室 AND 岗位 columns and down both rows; 部长/审核/填表/date line",
        [sh], t,
    )  # fmt: skip


def united_front_two_tables() -> dict:
    unit = "中共XX市委统一战线工作部"
    sh = _Sheet("防控表", [6, 9, 18, 22, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险防控表", 7)
    sh.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("毛建新", "常务副部长", "协助部长负责部机关日常工作,分管办公室、党派科",
         "党外干部推荐考察中搞“暗箱操作”", "高", "推荐考察按程序集体研究,考察结果公示。"),
        ("毛建新", "常务副部长", "协助部长负责部机关日常工作,分管办公室、党派科",
         "部机关大额经费支出不经部务会研究", "中", "大额支出一律上部务会,会议纪要附凭证。"),
        ("石红英", "副部长（兼市民族宗教事务局局长）", "分管民族宗教工作、经济科",
         "少数民族发展资金分配向关系地区倾斜", "高", "资金分配因素法测算,分配结果公示。"),
        ("石红英", "副部长（兼市民族宗教事务局局长）", "分管民族宗教工作、经济科",
         "宗教活动场所设立审核把关不严", "中", "设立申请实地核查,审核意见集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, duty, point, lv, measures) in enumerate(leaders, 1):
        sh.add(n, who, post, duty, point, lv, measures)
        title = post.split("（")[0]
        t.point(sh.name, "", title, who, "leader", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    _line(sh, f"{unit}机关科室岗位廉政风险防控表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    staff = [
        ("党派科", "科长", "滕飞", "推荐党外人士担任特约人员把关不严", "中",
         "推荐人选征求相关部门意见,推荐名单部务会研究。"),
        ("经济科", "科长", "龙文静", "非公经济代表人士综合评价中收受好处", "高",
         "综合评价多部门联审,评价意见集体研究。"),
        ("办公室", "会计", "杨梅", "统战工作经费报销审核不严", "低", "报销单据两人审核,部领导审签。"),
    ]  # fmt: skip
    for n, (dept, post, who, point, lv, measures) in enumerate(staff, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "填报时间:2024年5月", None, None)
    return _layout(
        "united_front_two_tables",
        "https://www.shcm.gov.cn/govxxgk/qzfbgs/2016-03-08/b1f3b798-3638-4ca1-ab16-e984ac6e5b3a.html",
        "市委统战部 sheet of TWO tables after the source's 部门预算 of a 县统战系统 (统战部 and the bodies it runs — 民族宗教"
        "事务办公室, 台办, 侨办, 工商业联合会, 社会主义学院; 党外代表人士, 非公经济): first the 领导班子成员 table "
        "(序号/姓名/职务/分管工作 merged per person/廉政风险点/风险等级 高/中/低/防控措施) whose 副部长 carries the office he "
        "holds besides, ``副部长（兼市民族宗教事务局局长）``, and whose 分管工作 name 科室; a blank row; then the 机关科室 "
        "table with its own title and heading (序号/科室/岗位/姓名/…); 填表人/审核人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def politics_law_titles() -> dict:
    unit = "中共XX县委政法委员会"
    sh = _Sheet("Sheet1", [6, 14, 9, 22, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    # (post as written, 科室, post, name, duty, point, type, level, measures)
    rows = [
        ("常务副书记", "", "常务副书记", "罗正平", "主持委机关日常工作",
         "在重大敏感案件协调中打招呼、说情", "思想道德", "一级", "案件协调意见集体研究,严格执行过问案件记录制度。"),
        ("常务副书记", "", "常务副书记", "罗正平", "主持委机关日常工作",
         "机关“三重一大”事项不经集体研究", "制度机制", "一级", "“三重一大”事项一律上委务会,纪要存档。"),
        ("综治办主任", "综治办", "主任", "吴海平", "负责平安建设考评",
         "平安建设考核评分弄虚作假", "岗位职责", "二级", "考评细则公开,考评结果委务会审定并通报。"),
        ("维稳办主任", "维稳办", "主任", "简丽", "负责矛盾纠纷排查化解、维稳经费",
         "维稳工作经费使用不规范,虚列支出", "制度机制", "二级", "维稳经费专账管理,支出凭审批单据。"),
        ("执法监督科科长", "执法监督科", "科长", "龚志强", "负责政法机关执法监督、涉法涉诉信访",
         "涉法涉诉信访案件督办中收受当事人财物", "外部环境", "一级", "督办案件登记台账,接访两人以上。"),
        ("执法监督科科长", "执法监督科", "科长", "龚志强", "负责政法机关执法监督、涉法涉诉信访",
         "案件评查降低标准,为执法过错人员开脱", "岗位职责", "二级", "评查实行交叉评查,评查结果集体审定。"),
        ("政治处主任", "政治处", "主任", "蒲晓军", "负责政法队伍建设、政法干部培训",
         "政法系统评先评优推荐不公", "思想道德", "三级", "评先评优条件公开,推荐名单公示。"),
        ("办公室科员", "办公室", "科员", "欧阳倩", "负责机关财务、公务用车",
         "公务用车私用,虚报油料费用", "业务流程", "三级", "派车单、加油卡登记,每月公示用车情况。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (shown, dept, post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, shown, who, duty, point, typ, lv, measures)
        # a list's post is kept as written, its 科室 in it (as layouts, heldout, batch8 and
        # batch64 settled for lists without a 科室 column)
        t.point(sh.name, "", shown, who, _tier(post) if dept else "leader", point, [typ],
                GRADES[lv])  # fmt: skip
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    _line(sh, "注:风险等级分为一级、二级、三级,一级为高风险,二级为中风险,三级为低风险。", 8)
    sh.add()
    sh.add("单位(盖章):", None, None, "填表人:", None, "填表日期:2024年8月", None, None)
    return _layout(
        "politics_law_titles",
        "http://ifimax.com/html/index.phpmcontent&cindex&ashow&catid1287&id618288.html",
        "县委政法委 岗位廉政风险防控一览表 after the source's account of a 县委政法委员会's 职能 (执法监督, 维护稳定, "
        "社会治安综合治理, 政法队伍建设) and its 科室 (综治办, 维稳办 合署): title; NO 科室 column — 序号/``岗位`` "
        "with the 科室 written into the post (``综治办主任``, ``维稳办主任``, ``执法监督科科长``, ``政治处主任``, "
        "``办公室科员``; the 常务副书记 bare), 姓名 and 主要职责 merged per person/风险点/风险类型 short names/"
        "风险等级 ``一级/二级/三级``/防控措施; a 注 on the levels; 单位(盖章)/填表人/填表日期 line",
        [sh], t,
    )  # fmt: skip


def affairs_bureau_center() -> dict:
    unit = "XX市机关事务管理局"
    sh = _Sheet("排查表", [6, 16, 8, 9, 16, 30, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add(f"填报单位:{unit}", None, None, None, None, "填报日期:2024年8月", None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("办公室", "主任", "廖小军", "接待费用列支", "接待超标准,虚开发票套取接待费", "制度机制", "中",
         "接待先审批后接待,费用公务卡结算。"),
        ("房产管理科", "科长", "聂永强", "办公用房调剂分配", "超标准为单位调配办公用房,默许违规改建",
         "岗位职责", "高", "调配方案局务会研究,调配结果公示。"),
        ("房产管理科", "科长", "聂永强", "维修工程发包", "维修工程化整为零规避招标", "业务流程", "高",
         "维修项目按限额招标,结算送审。"),
        ("公共机构节能科", "科长", "喻佳", "节能改造项目验收", "验收把关不严,为施工单位多计工程量",
         "岗位职责", "中", "验收邀请使用单位参加,验收资料存档。"),
        ("市公务用车服务中心", "主任", "金涛", "车辆调度", "为非公务活动派车,默许私车公养", "思想道德", "中",
         "车辆全部安装定位,派车单每月公示。"),
        ("市公务用车服务中心", "驾驶员", "施伟", "车辆加油维修", "虚报油料、维修费用", "思想道德", "低",
         "一车一卡,定点维修,费用每月核对。"),
        ("市公务用车服务中心", "驾驶员", "施伟", "公车停放", "节假日公车不入库,私自使用", "外部环境", "低",
         "节假日公车统一封存,定位轨迹抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [typ], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("局长:", None, None, "审核:", None, "填表:", None, None, None)
    return _layout(
        "affairs_bureau_center",
        "http://www.bafangnongchang.com/xxgk_343/gdwxxgk/bmxxgk/qwqzfzssydw/qjgswj/gzdt_2855/202505/"
        "t20250526_11866229.html",
        "市机关事务管理局 岗位廉政风险点排查表 after the source's account of a 区机关事务中心's 专项检查 of 办公用房 "
        "(使用面积, 权属登记, 超标准占用, 违规改建) and 公务用车 (车辆编制, 使用登记, 长租车): title, a ``填报单位:… | "
        "填报日期:…`` line (two merged cells); 序号/科室 merged (办公室, 房产管理科, 公共机构节能科 and the 局's own "
        "``市公务用车服务中心``)/岗位 and 责任人 merged per person/a short ``风险点`` beside ``风险表现``/风险类别 short "
        "names/风险等级 高/中/低/防控措施; 局长/审核/填表 line",
        [sh], t,
    )  # fmt: skip


def archives_presiding() -> dict:
    unit = "XX县档案馆"
    sh = _Sheet("一览表", [6, 12, 18, 9, 34, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("馆领导", "副馆长（主持工作）", "邱建文", "档案征集经费使用不经集体研究", "I级",
         "征集经费使用经馆务会研究,征集价格专家评估。", None),
        ("馆领导", "副馆长（主持工作）", "邱建文", "档案数字化外包服务商选定不公开", "I级",
         "外包服务按政府采购程序选定,外包现场全程监控。", "新增"),
        ("办公室", "主任", "任小红", "办公设备采购不比价", "II级", "采购三家以上询价,验收两人签字。", None),
        ("接收征集股", "股长", "付强", "进馆档案接收把关不严,为移交单位降低整理标准", "II级",
         "接收前逐卷检查,接收清册双方签字。", None),
        ("保管利用股", "股长", "邓晓雯", "违规提供未开放档案查阅、复制", "I级",
         "查阅利用分级审批,利用登记完整留痕。", None),
        ("保管利用股", "科员", "温思远", "出具档案证明时收受好处", "II级", "档案证明审核签发分离,每月抽查。", "新增"),
        ("编研股", "股长", "钟敏", "编研出版物印制指定印刷企业", "III级", "印制服务比选确定,印制数量核对入库。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        title = post.split("（")[0]
        t.point(sh.name, dept, title, who, _tier(title), point, [], LATIN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, "填表人:", None, "填报时间:2024年10月", None, None, None)
    return _layout(
        "archives_presiding", "https://www.aivtp.com/shubk/202510/367770.html",
        "县档案馆 岗位廉政风险防控一览表 after the source's account of what an 档案馆 does (档案收集, 整理, 保管, 利用 — "
        "查阅、复制, 销毁, 数字化管理): title; 序号/股室 merged (``馆领导``, 办公室, 接收征集股, 保管利用股, 编研股)/"
        "``职务`` and 姓名 merged per person — the head a ``副馆长（主持工作）``/廉政风险点/风险等级 typed with LATIN "
        "letters ``I级/II级/III级``/防控措施/``备注`` (``新增`` on two rows); 单位负责人/填表人/填报时间 line",
        [sh], t,
    )  # fmt: skip


def science_assoc_name_first() -> dict:
    unit = "XX区科学技术协会"
    sh = _Sheet("清单", [6, 9, 14, 10, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "姓名", "职务", "所在部室", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("廖志刚", "党组书记、主席", "领导班子", "科普经费分配不经党组会研究", "制度机制风险", "高",
         "科普经费分配方案党组会研究,分配结果公示。"),
        ("廖志刚", "党组书记、主席", "领导班子", "科技工作者奖项评选推荐优亲厚友", "思想道德风险", "中",
         "评选推荐实行专家评审,推荐名单公示。"),
        ("黄琪", "部长", "科普部", "科普惠农示范基地奖补资金审核不严", "岗位职责风险", "高",
         "奖补对象实地核查,奖补资金公示后拨付。"),
        ("黄琪", "部长", "科普部", "科普活动物资采购不比价", "业务流程风险", "中", "物资采购三家比价,验收两人签字。"),
        ("孙立平", "部长", "学会部", "学会学术交流经费补助审核把关不严", "岗位职责风险", "中",
         "补助凭活动方案和总结核拨,每年抽查学会账目。"),
        ("周蕾", "会计", "办公室", "科普经费报销票据审核不严", "制度机制风险", "低", "报销票据两人审核,主席审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, dept, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, dept, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post, dept), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, "审核:", None, "2024年9月", None, None, None)
    return _layout(
        "science_assoc_name_first",
        "https://www.jendow.com.tw/wiki/%E9%99%BD%E6%96%B0%E7%B8%A3%E7%A7%91%E5%AD%B8%E6%8A%80%E8%A1%93%E5%8D%94%E6%9C%83",
        "区科协 廉政风险防控清单 after the source's account of a 县科学技术协会 set up apart from the 科技局 (农业科普"
        "示范基地, 学会 归口管理, 表彰奖励优秀科技工作者; 内设 科普部 and 学会部): title; 序号/``姓名`` FIRST, then "
        "``职务`` (the 一肩挑 ``党组书记、主席``) and ``所在部室`` (领导班子, 科普部, 学会部, 办公室), all merged per "
        "person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填报人/审核/date line",
        [sh], t,
    )  # fmt: skip


def commerce_federation_watchers() -> dict:
    unit = "XX市工商业联合会"
    sh = _Sheet("一览表", [6, 12, 9, 9, 34, 10, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}（总商会）岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("领导班子", "党组书记", "郑家明", "会员企业评先评优推荐“拉关系”", "思想道德", "中",
         "评先推荐条件公开,推荐人选党组会研究。", "邢立军"),
        ("领导班子", "秘书长", "高雪峰", "商会登记、年检初审中收受商会好处", "外部环境", "高",
         "商会年检材料两人审核,结果公开。", "邢立军"),
        ("办公室", "主任", "孟丹", "会费收支不入账、坐支", "制度机制", "高", "会费统一入账,收支每半年公布。", "郑家明"),
        ("经济联络科", "科长", "卢建业", "推荐非公经济人士政治安排人选把关不严", "岗位职责", "高",
         "推荐人选综合评价,征求统战、纪委等部门意见。", "郑家明"),
        ("经济联络科", "科长", "卢建业", "组织企业外出考察,费用由企业承担", "外部环境", "中",
         "外出考察报批,费用按规定列支。", "郑家明"),
        ("经济联络科", "科员", "曹晓燕", "光彩事业捐赠物资登记发放不实", "业务流程", "中",
         "捐赠物资登记造册,发放清单公示。", "郑家明"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, _tier(post), point, [typ], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: row[8])])  # fmt: skip
    _line(sh, "注:领导班子成员的监督责任人为派驻纪检组组长,科室人员的监督责任人为党组书记。", 9)
    sh.add()
    sh.add("填表人:", None, None, "联系电话:", None, "填报时间:2024年11月", None, None, None)
    return _layout(
        "commerce_federation_watchers",
        "https://jendow.com.tw/wiki/%E9%BE%8D%E5%B7%96%E5%B8%82%E5%B7%A5%E5%95%86%E6%A5%AD%E8%81%AF%E5%90%88%E6%9C%83",
        "市工商联 岗位廉政风险防控一览表 after the source's account of a 市工商业联合会 (总商会) with its 办公室 and "
        "经济联络科, its 行业商会 and 异地商会, 非公有制经济人士 made 人大代表、政协委员, 光彩行动: a title naming the body "
        "with its second name ``XX市工商业联合会（总商会）``; 序号/科室 merged (领导班子, 办公室, 经济联络科)/岗位 and "
        "责任人 merged per person/风险点/风险类型 short names/风险等级 高/中/低/防控措施/a trailing ``监督责任人`` merged "
        "(the 派驻纪检组长 邢立军 over the leaders, the 党组书记 郑家明 over the 科室 — himself a holder above); a 注 "
        "saying so; 填表人/联系电话/填报时间 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    staffing_office_registration(),
    organisation_dept_list(),
    propaganda_whole_staff(),
    united_front_two_tables(),
    politics_law_titles(),
    affairs_bureau_center(),
    archives_presiding(),
    science_assoc_name_first(),
    commerce_federation_watchers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch77-inbox"))
