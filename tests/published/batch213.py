"""A two-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 一览表, 排查表, 清单 and
防控卡 that ten bodies of 南岸区 seldom or never seen in earlier batches hand back with their
ordinary habits (no re-saved copies):

- the 区委统战部's 一览表 with levels ``高级/中级/低级`` and ``…风险`` types, 科室 merged, 岗位 and 姓名
  merged per person, ``附件1`` and a ``填报单位：… | 填报时间：…`` line above;
- a 教师发展中心 排查表 (部门 中心领导/研训部/培训部/办公室, ``责任人``) with ``一级/二级/三级`` and a ``注：``
  line under it naming the three levels; no type column;
- a 军供站 清单 对岗不对人 with no 科室 column (``供应保障股股长``, ``财务室会计`` as written), a
  ``岗位职责`` column merged per post, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 区法学会's 防控卡 one sheet a person, the tabs the holders' names, ``姓名 | … | 部门 | … | 职务 |
  …`` pairs above each card and ``本人签字：`` under it;
- a 网格化服务管理中心 排查表 with a short ``风险点`` beside a long ``风险表现``, ``★★★/★★/★`` and the note
  that reads them;
- an 优化营商环境服务中心 一览表 with a ``岗位职责`` column and a ``责任领导`` column at the right that
  names the 分管 leader (one of them a holder of his own rows), ``高风险/中风险/低风险``;
- a 城市照明管理所 排查表 whose 科室 column is headed ``班组`` (所领导, 维修班, 巡查班, 办公室), with a
  trailing ``完成时限`` column (``长期``);
- a 史志办公室 清单 whose holder stands in the LAST column ``责任人``, after the measures, and whose
  levels use only ``较高/一般/较低`` (the compound surname 闾丘).

A shape the README's 读得懂的表 does not describe:

- ``cemetery_measure_rows``: a 烈士陵园管理所 一览表 whose measures are typed ONE A ROW, numbered
  ``1.…``, ``2.…``, ``3.…``, WITHOUT merging: the 序号, 股室, 岗位, 姓名, 风险点, 风险类型 and 风险等级
  stand only in each point's first row, the rows under it hold nothing but the next measure (股室,
  岗位, 姓名 likewise only in a person's first row).

One is harder:

- ``youth_palace_swapped_heads``: a 青少年宫 一览表 typed into a template whose header reads ``姓名 |
  岗位`` (name first) while the staff typed the post in the first of the two columns and the name in
  the second — every 姓名 cell holds a post (主任, 部长, 教师, 出纳) and every 岗位 cell a name.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 统战部 does: 党外人士,
民族宗教; 廉洁从教 考核; 军队采购's 廉政风险; a 烈士陵园's 管理制度; a city's 区法学会 调研 (会员, 课题,
法律服务); 网格化服务管理制度; a county's 营商环境 投诉举报 专线; who runs the 路灯; what a 地方志办公室
is (办公室, 编纂科, 资料科, 研究室); what a 少年宫 is (兴趣培训班)) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented;
every unit is a body of 南岸区.

Run ``python tests/published/score.py --set batch213`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- rows that hold only a numbered measure under a point's row are that point's further measures: no
  point, no form, the point's holder unchanged;
- under a header ``姓名 | 岗位`` whose cells hold posts under 姓名 and names under 岗位, the name is
  the holder and the post the post, whatever the heading says;
- a ``责任领导`` column at the right names the 分管 leader who watches the rows, never their holder,
  even where that leader holds rows of his own;
- ``较高/一般/较低`` used alone are Ⅰ/Ⅱ/Ⅲ; ``高级/中级/低级`` are 高/中/低; ``★★★/★★/★`` read by the note;
- a 法学会's ``会领导`` is the department of its 专职副会长, as the 红十字会's was (batch104);
- 部长/常务副部长 of the 统战部, 主任/副主任 of a 中心, 办 or 宫, 站长/副站长, 所长/副所长 and 专职副会长 are
  leaders; 科长, 股长, 部长 of a 部 inside a 中心 or 宫, 办公室主任 and the head of a 班 (``维修班`` under
  ``班组``, the 军供站's ``炊事班班长``) middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b213_"
PLACE = "南岸区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GRADE_WORDS = {"高级": 1, "中级": 2, "低级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
PER_PERSON = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def youth_palace_swapped_heads() -> dict:
    unit = f"{PLACE}青少年宫"
    sh = _Sheet("Sheet1", [6, 12, 10, 10, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "姓名", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("宫领导", "主任", "帅棹远", "兴趣培训班收费标准擅自调整,不按规定报批", "高",
         "收费项目和标准报区发改部门核定,在宫内和公众号公示。", "leader"),
        ("宫领导", "主任", "帅棹远", "外聘教师选聘不经集体研究,安排关系人员", "中",
         "外聘教师经宫务会集体研究,聘用名单和课酬标准公开。", "leader"),
        ("艺术培训部", "部长", "东郭晴川", "培训班场地、器材出借收取好处", "中",
         "场地、器材出借登记审批,收费统一开票入账。", "middle"),
        ("艺术培训部", "部长", "东郭晴川", "学员考级报名推荐指定机构,收受回扣", "高",
         "考级报名由学员自愿选择,宫内不统一代办收费。", "middle"),
        ("艺术培训部", "教师", "寿晚棠", "私自招收学员有偿补课", "中",
         "签订不从事有偿补课承诺书,设立举报电话。", "general"),
        ("办公室", "出纳", "旷雨汐", "培训费现金收取不及时入账", "高",
         "培训费一律通过缴费平台收取,每日对账。", "general"),
        ("办公室", "出纳", "旷雨汐", "退费审批手续不全即退款", "低",
         "退费凭学员申请、部门签字、主任审批办理,按月公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)  # the post under 姓名, the name under 岗位
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "youth_palace_swapped_heads", "https://zhenti.995866.com/kaoyanyingyuzhenti/qrb42z3lh7.html",
        "(harder) 区青少年宫 岗位廉政风险防控一览表, after the source's account of what a 少年宫 is (校外 活动, 兴趣 "
        "培训, 文艺 and 科技 groups): 序号/部门 merged (宫领导, 艺术培训部, 办公室)/then two columns headed ``姓名 | 岗位`` "
        "in that order, but the staff typed the POST in the first (主任, 部长, 教师, 出纳) and the NAME in the second "
        "(帅棹远, 东郭晴川, 寿晚棠, 旷雨汐), both merged per person/风险点/风险等级 高/中/低/防控措施; no type column; "
        "填表人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape the README lacks


def cemetery_measure_rows() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    sh = _Sheet("一览表", [6, 10, 9, 9, 32, 10, 8, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("所领导", "所长", "冼知澜", "leader", [
            ("陵园修缮工程发包不按规定程序,指定施工单位", "制度机制", "高", [
                "1.修缮工程按规定公开招标或比选;",
                "2.发包方案经所务会集体研究并留存纪要;",
                "3.工程结算报区退役军人事务局审核。",
            ]),
            ("清明祭扫活动经费虚列支出", "岗位职责", "中", [
                "1.活动经费事前编制预算;",
                "2.支出凭活动照片、签到表据实报销。",
            ]),
        ]),
        ("所领导", "副所长", "濮棠溪", "leader", [
            ("烈士纪念设施维护材料采购不比价", "业务流程", "中", [
                "1.材料采购三家以上比价;",
                "2.验收由使用、财务两方签字。",
            ]),
        ]),
        ("管理股", "股长", "羿缃杭", "middle", [
            ("零散烈士墓迁葬、安葬审核把关不严", "岗位职责", "高", [
                "1.迁葬申请凭烈士证明书和亲属申请办理;",
                "2.审核结果报所务会研究并公示。",
            ]),
            ("讲解服务预约优亲厚友", "外部环境", "低", [
                "1.讲解预约通过线上平台按先后顺序安排。",
            ]),
        ]),
        ("办公室", "出纳", "庹语棠", "general", [
            ("纪念品销售、讲解收入不及时入账", "制度机制", "中", [
                "1.收入当日登记、次日存入银行;",
                "2.每月与会计对账并由所长签字。",
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, tier, points in people:
        for k, (point, typ, lv, measures) in enumerate(points):
            n += 1
            head = (dept, post, who) if k == 0 else (None, None, None)
            sh.add(n, *head, point, typ, lv, measures[0])
            for more in measures[1:]:  # the next measures, one a row, nothing else typed
                sh.add(None, None, None, None, None, None, None, more)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("所长签字:", None, None, None, "填报人:", None, "2024年9月", None)
    return _layout(
        "cemetery_measure_rows", "https://mdjjksjc.com/html/2024/1118/8100113110007000.shtm",
        "区烈士陵园管理所 岗位廉政风险点一览表 after the source's 烈士陵园的管理制度 (陵园建设和维护, 祭扫, 讲解, 安葬): "
        "序号/股室/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, the measures typed ONE A ROW and "
        "numbered ``1.…``, ``2.…``, ``3.…`` with NOTHING MERGED — a point's 序号, 风险点, type and level only in its "
        "first row, the rows under it holding only the next measure; 股室, 岗位 and 姓名 only in a person's first row "
        "(blank, unmerged, below); 所长签字/填报人/date under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def united_front_grade_words() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("Sheet1", [6, 14, 11, 9, 34, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("部领导", "常务副部长", "亓官澄漪", "党外代表人士推荐安排不经集体研究,个人说了算", "制度机制风险", "高级",
         "党外代表人士推荐安排经部务会集体研究,考察材料存档备查。", "leader"),
        ("部领导", "常务副部长", "亓官澄漪", "统战工作经费使用审批把关不严", "岗位职责风险", "中级",
         "经费支出实行经办人、科室负责人、分管领导三级审批。", "leader"),
        ("办公室", "主任", "郜栖梧", "公务接待超标准、超范围", "制度机制风险", "中级",
         "接待凭公函和审批单,清单、发票、公函三单合一报销。", "middle"),
        ("办公室", "主任", "郜栖梧", "办公用品采购不比价", "业务流程风险", "低级",
         "办公用品在政府采购平台采购,每季度公示采购明细。", "middle"),
        ("党派和党外干部科", "科长", "訾汀筠", "党外干部考察材料失实,为关系人说情", "思想道德风险", "高级",
         "考察实行两人以上同行,考察意见集体评议。", "middle"),
        ("党派和党外干部科", "科长", "訾汀筠", "党外人士个人信息泄露", "岗位职责风险", "低级",
         "党外人士信息库专人管理,查阅登记。", "middle"),
        ("民族宗教科", "科长", "璩望舒", "宗教活动场所设立审核把关不严", "岗位职责风险", "高级",
         "设立申请实地核查,审核意见经部务会研究。", "middle"),
        ("民族宗教科", "科长", "璩望舒", "少数民族困难群众补助发放优亲厚友", "外部环境风险", "中级",
         "补助对象经乡镇(街道)初审,名单公示七天。", "middle"),
        ("经济联络科", "科员", "佴晓岑", "非公经济人士评优推荐收受好处", "外部环境风险", "中级",
         "推荐人选经工商联、税务等部门联审,结果公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADE_WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    sh.add()
    sh.add("分管领导签字:", None, None, None, "填报人:", None, None, None)
    return _layout(
        "united_front_grade_words", "https://www.tlmhxx.com/shujy/202505/211008.html",
        "区委统战部 岗位廉政风险防控一览表 after the source's account of what a 统战部 does (党外人士, 民族宗教人士, "
        "政策宣传): ``附件1``, the title, ``填报单位：… | 填报时间：2024年10月``, then 序号/科室 merged (部领导, 办公室, "
        "党派和党外干部科, 民族宗教科, 经济联络科)/岗位 and 姓名 merged per person (the compound surname 亓官)/风险点/"
        "风险类别 ``…风险``/风险等级 ``高级/中级/低级``/防控措施; 分管领导签字/填报人 under it",
        [sh], t,
    )  # fmt: skip


def teacher_center_grades() -> dict:
    unit = f"{PLACE}教师发展中心"
    sh = _Sheet("排查表", [6, 11, 9, 9, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "勾砚汐", "教师培训项目委托培训机构不经集体研究", "一级",
         "培训机构通过公开比选确定,比选结果经主任办公会研究。", "leader"),
        ("中心领导", "主任", "勾砚汐", "评审专家库人员调整随意", "二级", "专家库人员调整报区教育局备案。", "leader"),
        ("研训部", "部长", "仉沐岚", "优质课、教学能手评选打分不公,优亲厚友", "一级",
         "评委随机抽取,评分去掉最高最低分,结果公示。", "middle"),
        ("研训部", "部长", "仉沐岚", "课题立项评审前泄露评审信息", "二级", "评审专家名单封存,评审当日启封。",
         "middle"),
        ("研训部", "研训员", "蓟听澜", "送教下乡活动虚报课时、套取补助", "二级",
         "送教活动凭学校签章的课时记录发放补助。", "general"),
        ("培训部", "部长", "逄予衿", "培训班食宿、场地定点选择不公开", "一级",
         "食宿场地政府采购定点,每年公开一次。", "middle"),
        ("培训部", "部长", "逄予衿", "继续教育学时认定弄虚作假", "三级", "学时凭签到和考核记录在平台认定,随机抽查。",
         "middle"),
        ("办公室", "会计", "暨青漪", "培训经费报销票据审核不严", "二级", "报销单据会计初审、主任审批,按季度公开。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    _line(sh, "注：一级为高风险，二级为中风险，三级为低风险。", 7)
    sh.add("填表人:", None, None, "审核人:", None, "2024年11月", None)
    return _layout(
        "teacher_center_grades", "https://www.renrendoc.com/paper/506889221.html",
        "区教师发展中心 廉政风险点排查表 after the source's 廉洁从教考核工作方案 (师德, 评优评先, 培训): 序号/部门 merged "
        "(中心领导, 研训部, 培训部, 办公室)/岗位 and ``责任人`` merged per person/风险点/风险等级 ``一级/二级/三级``/防控"
        "措施; no type column; a merged ``注：一级为高风险，二级为中风险，三级为低风险。`` under the table, then "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def supply_station_posts() -> dict:
    unit = f"{PLACE}军供站"
    sh = _Sheet("清单", [6, 13, 30, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    posts = [
        ("站长", "主持全站工作,负责军供保障和经费管理。", "leader", [
            ("军粮、副食品供应商确定不经集体研究", "制度机制", "Ⅰ级", "供应商经站务会集体研究并公开比选。"),
            ("保障经费预算安排随意", "岗位职责", "Ⅱ级", "年度预算经站务会研究,报区退役军人事务局审核。"),
        ]),
        ("副站长", "协助站长分管伙食保障和接待。", "leader", [
            ("伙食标准执行不到位,虚报过往部队就餐人数", "岗位职责", "Ⅰ级", "就餐人数凭部队签认单结算,每批次存档。"),
        ]),
        ("供应保障股股长", "负责食材采购、验收和车辆调派。", "middle", [
            ("食材采购验收把关不严,以次充好", "业务流程", "Ⅰ级", "验收由保障股、财务室、炊事班三方签字。"),
            ("保障车辆调派随意,公车私用", "制度机制", "Ⅲ级", "用车审批登记,车辆停放定点。"),
        ]),
        ("财务室会计", "负责经费核算和报销审核。", "general", [
            ("保障经费结算单据不全即支付", "制度机制", "Ⅱ级", "支付前核对合同、验收单、发票三单一致。"),
        ]),
        ("仓库保管员", "负责库存物资出入库管理。", "general", [
            ("库存物资出入库登记不实,私自挪用", "思想道德", "Ⅱ级", "出入库双人签字,每月盘点。"),
        ]),
        ("炊事班班长", "负责主副食加工和食材领用。", "middle", [
            ("食材领用数量多报,剩余食材私分", "思想道德", "Ⅲ级", "食材按就餐人数定量领用,剩余食材退库登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, duty, tier, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, "站长审核:", None, None, "2024年8月", None)
    return _layout(
        "supply_station_posts", "http://www.thearxiv.net/2025/112/dd0c20251120349.html",
        "区军供站 岗位廉政风险防控清单 对岗不对人, after the source's study of 军队采购's 廉政风险 (权力集中, 供应商, "
        "验收): ``附件2``, the title, then 序号/岗位 with NO 科室 column (站长, 副站长, ``供应保障股股长``, ``财务室会计``, "
        "仓库保管员, ``炊事班班长`` as written)/岗位职责 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填报人/站长审核/date under it; no names anywhere",
        [sh], t,
    )  # fmt: skip


def law_society_cards() -> dict:
    unit = f"{PLACE}法学会"
    t = _Truth(unit)
    cards = [
        ("巫马星遥", "会领导", "专职副会长", "leader", [
            ("法学研究课题经费分配不公", "制度机制", "高", "课题经费分配方案经会长办公会研究,结果公开。"),
            ("会员发展审批把关不严", "岗位职责", "中", "入会申请经所在单位签署意见,秘书处复核。"),
            ("年会承办单位选定不公开", "外部环境", "低", "承办单位通过征集方式确定,结果在会员群公示。"),
        ]),
        ("茹澈青", "研究部", "部长", "middle", [
            ("课题结项评审接受请托", "思想道德", "高", "结项评审实行专家匿名评审。"),
            ("成果评奖泄露评审专家名单", "岗位职责", "中", "专家名单封存,评审结束后公开。"),
        ]),
        ("笃望秋", "秘书处", "干事", "general", [
            ("会员会费收取不入账", "制度机制", "中", "会费统一开具票据,每月入账核对。"),
            ("活动物资采购虚开发票", "业务流程", "低", "采购凭清单和验收单报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [6, 36, 10, 9, 36, 10])
        _line(sh, f"{unit}廉政风险防控卡", 6)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "2024年6月", None, None)
        sheets.append(sh)
    return _layout(
        "law_society_cards", "http://e.mzyfz.org.cn/paper/846/paper_16372_4567.html",
        "区法学会 廉政风险防控卡 one sheet a person, after the source's report on a city's 区法学会 (人员编制, 经费, "
        "会员发展, 应用对策研究, 法律服务): each sheet titled, a pair row ``姓名 | 巫马星遥 | 部门 | 会领导 | 职务 | 专职"
        "副会长`` above a 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 card, ``本人签字：`` and a date "
        "under it; the TABS are the holders' names (the compound surname 巫马)",
        sheets, t,
    )  # fmt: skip


def grid_center_short_long() -> dict:
    unit = f"{PLACE}网格化服务管理中心"
    sh = _Sheet("排查表", [6, 11, 9, 9, 14, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "邗霁安", "网格员选聘", "网格员选聘不公开,安排关系人员", "★★★",
         "选聘方案公开,笔试面试全程记录,结果公示。", "leader"),
        ("中心领导", "主任", "邗霁安", "平台运维采购", "信息平台运维项目采购指定供应商", "★★★",
         "运维项目按政府采购程序办理,验收邀请第三方。", "leader"),
        ("指挥调度科", "科长", "郦砚崧", "事件派遣", "对群众反映事项选择性派遣、压案不办", "★★",
         "事件由系统自动派遣,超时自动预警。", "middle"),
        ("指挥调度科", "调度员", "桑晚汀", "事件结案核查", "未经核实即结案,虚报办结率", "★★",
         "结案前电话回访,每月随机抽查一成。", "general"),
        ("考核督办科", "科长", "呼延朗清", "网格员考核", "考核打分不实,为关系人员加分", "★★★",
         "考核细则公开,考核结果集体评议并公示。", "middle"),
        ("考核督办科", "科长", "呼延朗清", "绩效补贴核发", "网格员绩效补贴不按考核结果核发", "★★",
         "补贴核发表与考核结果逐人核对,双人签字。", "middle"),
        ("综合科", "会计", "亢雨棠", "经费报销", "报销票据审核不严,虚列支出", "★",
         "报销单据初审、复审分离,每季度公开收支。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    _line(sh, "说明：★★★表示高风险，★★表示中风险，★表示低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "grid_center_short_long", "https://www.13fen.com/doc/wanggehuafuwuguanlizhidu/",
        "区网格化服务管理中心 廉政风险点排查表 after the source's 网格化服务管理制度 (网格员, 事件上报、派遣、结案, 考核): "
        "序号/部门 merged (中心领导, 指挥调度科, 考核督办科, 综合科)/岗位 and ``责任人`` merged per person (the compound "
        "surname 呼延)/a short ``风险点`` beside a long ``风险表现``/风险等级 ``★★★/★★/★``/防控措施; no type column; a "
        "merged ``说明：★★★表示高风险，…`` under the table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def business_env_supervisor() -> dict:
    unit = f"{PLACE}优化营商环境服务中心"
    sh = _Sheet("一览表", [6, 11, 9, 9, 22, 32, 12, 9, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "岗位职责",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("中心领导", "主任", "蔺晏清", "主持中心全面工作", "营商环境评价第三方机构选定不经集体研究", "制度机制",
         "高风险", "第三方机构公开比选,比选结果经主任办公会研究。", "/", "leader"),
        ("中心领导", "主任", "蔺晏清", "主持中心全面工作", "干预投诉件办理结果", "思想道德", "中风险",
         "领导干部插手干预投诉办理一律登记报告。", "/", "leader"),
        ("中心领导", "副主任", "昝若谷", "分管投诉受理科、监测评价科", "投诉件转办督办不到位,为被投诉单位说情",
         "岗位职责", "中风险", "投诉件办理全程在平台留痕,办结情况每月通报。", "/", "leader"),
        ("投诉受理科", "科长", "仝书禾", "负责企业投诉受理、转办", "企业投诉选择性受理,压案不办", "岗位职责",
         "高风险", "投诉一律登记编号,受理情况每周汇总上报。", "昝若谷", "middle"),
        ("投诉受理科", "科长", "仝书禾", "负责企业投诉受理、转办", "泄露投诉人信息", "思想道德", "中风险",
         "投诉人信息专人保管,严禁向被投诉单位透露。", "昝若谷", "middle"),
        ("投诉受理科", "科员", "冶蘅舒", "负责投诉回访", "投诉办理回访流于形式", "业务流程", "低风险",
         "回访录音存档,每月抽查。", "昝若谷", "general"),
        ("监测评价科", "科长", "满映川", "负责营商环境监测评价", "营商环境监测点企业选定优亲厚友", "外部环境",
         "中风险", "监测点企业按行业、规模随机抽取。", "昝若谷", "middle"),
        ("监测评价科", "科长", "满映川", "负责营商环境监测评价", "监测数据篡改、选择性报送", "制度机制", "高风险",
         "监测数据系统直报,报送前双人复核。", "昝若谷", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON), (4, lambda row: row[1:5]),
         (9, lambda row: (row[1], row[9]))],
    )  # fmt: skip
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, None, "2024年10月", None, None)
    return _layout(
        "business_env_supervisor", "https://wxredian.com/art?id=dc9648e37dab0320f382889cace54f6e",
        "区优化营商环境服务中心 岗位廉政风险防控一览表 after the source's notice of a county's 营商环境投诉举报监督专线 "
        "(受理范围: 吃拿卡要, 推诿扯皮, 泄露商业秘密, 打击报复投诉人): 序号/科室 merged (中心领导, 投诉受理科, 监测评价科)/"
        "岗位 and 姓名 merged per person/岗位职责 merged per person/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/"
        "低风险``/防控措施/``责任领导`` at the right — ``/`` on the leaders' rows, the 分管 副主任 昝若谷 (himself a holder "
        "of his own row) merged over each 科's rows; 填报人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


def lighting_work_teams() -> dict:
    unit = f"{PLACE}城市照明管理所"
    sh = _Sheet("路灯所", [6, 10, 9, 9, 34, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "班组", "岗位", "姓名", "风险点", "风险等级", "防控措施", "完成时限")
    rows = [
        ("所领导", "所长", "枚霁华", "路灯维修改造工程发包指定施工单位", "高",
         "改造工程按规定招标,所务会集体研究。", "leader"),
        ("所领导", "所长", "枚霁华", "灯具采购质量验收不严", "中", "灯具到货抽检送检,验收三方签字。", "leader"),
        ("维修班", "班长", "檀映川", "维修材料虚报冒领", "中", "材料领用登记,旧件交回核销。", "middle"),
        ("维修班", "班长", "檀映川", "夜间抢修加班费虚报", "低", "抢修凭报修工单和照片核定加班。", "middle"),
        ("巡查班", "巡查员", "粟清野", "故障巡查记录造假", "低", "巡查轨迹由平台记录,每周抽查。", "general"),
        ("办公室", "主任", "郇岫筠", "路灯电费核对不严,多付电费", "中", "电费按表计逐月核对,与供电部门对账。",
         "middle"),
        ("办公室", "主任", "郇岫筠", "公务用车私用", "低", "用车审批登记,节假日封存。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, "长期")
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, PER_PERSON), (3, PER_PERSON)])
    sh.add()
    sh.add("填表人:", None, None, "所长签字:", None, None, "2024年5月", None)
    return _layout(
        "lighting_work_teams", "https://cdn.drbdp.com/4-8936484.html",
        "区城市照明管理所 廉政风险点排查表 after the source's account of who runs a city's 路灯 (安装, 维护, 故障修复, "
        "节能改造, 经费): the tab ``路灯所``, the title, then 序号/``班组`` merged (所领导, 维修班, 巡查班, 办公室)/岗位 "
        "and 姓名 merged per person/风险点/风险等级 高/中/低/防控措施/``完成时限`` (``长期`` on every row); no type "
        "column; 填表人/所长签字/date under it",
        [sh], t,
    )  # fmt: skip


def annals_office_holder_last() -> dict:
    unit = f"{PLACE}史志办公室"
    sh = _Sheet("Sheet1", [6, 10, 9, 34, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("办领导", "主任", "闾丘慕远", "志书、年鉴印刷单位确定不经集体研究", "制度机制", "较高",
         "印刷单位按政府采购程序确定,结果公开。", "leader"),
        ("办领导", "主任", "闾丘慕远", "编纂经费使用审批把关不严", "岗位职责", "一般",
         "经费支出实行双签,年度决算公开。", "leader"),
        ("编纂科", "科长", "扈清嘉", "入志人物、单位条目收受好处,违规入志", "思想道德", "较高",
         "入志标准公开,条目经编委会集体审定。", "middle"),
        ("编纂科", "科长", "扈清嘉", "稿酬、审稿费发放不实", "制度机制", "一般", "稿酬按标准核定,发放名单公示。",
         "middle"),
        ("资料科", "科员", "胥晏宁", "征集的史料、资料私自留存", "岗位职责", "较低", "资料征集登记入库,定期清点。",
         "general"),
        ("资料科", "科员", "胥晏宁", "资料查阅服务违规收费", "外部环境", "一般", "查阅服务免费,查阅登记备查。",
         "general"),
        ("办公室", "会计", "税若澜", "年鉴销售收入不入账", "制度机制", "较高", "销售收入统一开票,每月对账。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "annals_office_holder_last", "https://www.mogufr.com/shujy/202509/662914.html",
        "区史志办公室 岗位廉政风险防控清单 after the source's account of what a 地方志办公室 is (编纂地方志 and 年鉴, 收集"
        "整理资料): 序号/科室 merged (办领导, 编纂科, 资料科, 办公室)/岗位 merged per person/风险点/风险类型 (short "
        "names)/风险等级 using ONLY ``较高/一般/较低``/防控措施/then the holder in the LAST column ``责任人`` (the "
        "compound surname 闾丘), merged per person; 填报人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    youth_palace_swapped_heads(),
    cemetery_measure_rows(),
    united_front_grade_words(),
    teacher_center_grades(),
    supply_station_posts(),
    law_society_cards(),
    grid_center_short_long(),
    business_env_supervisor(),
    lighting_work_teams(),
    annals_office_holder_last(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch213-inbox"))
