"""The three-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 教育 and 体育
bodies, 合阳县 (a county of 渭南 on the 渭北 plateau by the 黄河, its staff Han) — the 县教育局, the
合阳中学, the 城关小学, the 县教育技术装备中心, the 县体育运动中心, and three more bodies under the 局:
the 县学生资助管理中心, the 县青少年业余体育学校 and the 县教学研究室 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表 under GROUP ROWS ``一、局领导``, ``二、人事股``, ``三、计划财务股``, ``四、基础教育股``
  merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types, 高/中/低, a
  填表人/审核人/date line;
- the 城关小学's 自查表, one sheet a person (tabs 校长, 总务主任, 报账员): pairs ``姓　名 | … | 职　务 |
  …`` and ``所在处室 | … | 填表日期 | …`` above ``序号 | 工作环节 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``高风险/中风险/低风险``, ``本人签名： | … | 校长审核：``;
- the 教育技术装备中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 体育运动中心's 防控卡, one sheet a holder (tabs named by the holder): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在部门 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 主任签字：``;
- the 学生资助管理中心's 责任清单: ``岗位`` and ``责任人`` merged per person (no 科室; two 资助专干),
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming the 主任 on every row;
- the 青少年业余体育学校's file in two sheets: ``校领导`` (``职务 | 姓名 | 分管工作`` merged per leader)
  and ``训练科`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``,
  no type column, a 制表/审核/date line under each;
- the 教学研究室's 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing merged (no
  科室), a ``主要职责`` column before the point, short types, ``一级/二级/三级``.

One is harder:

- ``heyang_middle_school_same_names``: the 合阳中学's 岗位廉政风险防控一览表, an ordinary list (``处室``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, the measures, a 填表人/审核人/
  date line) in which TWO DIFFERENT STAFF BEAR THE SAME NAME: the 教务处's 教务干事 is written
  ``逯曦珩（大）`` and the 总务处's 食堂管理员 ``逯曦珩（小）``, the bracketed mark after the name being how
  a school with two staff of one name tells them apart (older and younger), as a merged line under the
  table says (``注：我校有两位教职工同名（逯曦珩），表中姓名后加“（大）”“（小）”区分。``). The README's
  读得懂的表 knows many ways of writing WHO HOLDS A POST — a name with spaces inside, ``同上`` and
  ``〃`` (batch108), a bracket after the name giving his post or title (``蓝建峰(所长)``, ``姓名（职称）``),
  a post with its holder in brackets (``民政专干(高丽)``), ``（现任）``/``原…`` and struck-out former
  holders, ``司机（外聘）``, a masked name (``郗*珣``), a surname with a post (``訾书记``) completed from a
  list, two people in one post (``经办员（X、Y）``, ``A岗:…⏎B岗:…``, A角/B角) and two people of one post
  told apart only by their 工号 — but not ONE NAME BORNE BY TWO PEOPLE in one file, each the holder of
  a post of his own in a 处室 of his own, told apart by a mark after the name that is neither a post,
  a title, a level nor a 现任/原任 note. (``grep`` over the earlier batches finds ``同名`` only as a risk
  text and ``（大）``/``（小）`` after no name.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a 县教育局's notice to its 基层学校 on
职称评审推荐 under the “七公开” — 政策, 程序, 名额, 评审材料, 量化积分, 上报名单, 结果, each school's own
综合考核实施细则; an account of a 教育局人事股's powers — 编制调配, 招聘审核, 职称评审, 干部任免; a
小学学生资助管理工作制度; a 县教育局's 专项验收 of its 教育技术装备 采购 — 招标采购清单, 技术参数, 投标留样,
拆机查验; a study of 体育场(馆) 供给 — 场馆开放, 全民健身, 管理体制; a school's 助学金发放方案及实施细则; a list
of 体育训练项目补助标准; a 中学优秀教研组评比方案) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 合阳县, named with the county's name.

Run ``python tests/published/score.py --set batch379`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``（大）`` and ``（小）`` after ``逯曦珩`` are no part of the name: both holders are
  ``逯曦珩`` (a holder is written without brackets), two people and two forms — 教务处 ``教务干事`` and
  总务处 ``食堂管理员`` — each with its own points, kept apart by 处室 and post; the mark is no post,
  no title, no level and no note on a former holder, and the ``注：`` line is no point;
- ``局领导`` (a group row of the 局's list), ``校领导`` (a 处室 cell of the 中学's list, the 城关小学
  校长's ``所在处室``, the 业余体校's sheet of its leaders, named so by its tab and title) and ``中心领导``
  (a 科室 cell of the 装备中心's list, the 体育运动中心 副主任's ``所在部门``) are the 科室 of those
  leaders; the 局's 股, a school's 处 (教务处, 政教处, 总务处), the 中心's 股 and 部 and the 业余体校's 训练科
  and 办公室 are 科室; a group row ``二、人事股`` gives the 科室 ``人事股`` (its number left off); the
  资助中心 and the 教研室 have no 科室;
- 局长, 副局长, 校长, 副校长, a 中心's 主任 and 副主任, the 教研室's 主任 and 副主任 are leaders; 股长, a
  处's 主任 (教务主任, 政教主任, 总务主任), the 场馆管理部's 部长 and the 训练科's 科长 middle; the rest
  (科员, 教务干事, 食堂管理员, 报账员, 保管员, 技术员, 场馆管理员, 资助专干, 会计, 教练员, 出纳, 教研员)
  general;
- ``风险点 | 主要表现`` (the 装备中心's list): the point is the short 风险点; ``分管工作``, ``主要职责``,
  ``职责事项``, ``工作环节``, ``所在处室``/``所在部门`` and ``持卡时间`` are no points; the 资助中心's LAST
  ``责任领导`` column names a supervisor (the holder is ``责任人``); the 装备中心's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``一级/二级/三级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 资助中心's note) are
  1/2/3.

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

PREFIX = "b379_"
PLACE = "合阳县"
BUREAU = f"{PLACE}教育局"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

SCHOOL = f"{PLACE}合阳中学"
TWIN = "逯曦珩"  # two staff of the school bear this name
MARKS = ("（大）", "（小）")
TWIN_NOTE = f"注：我校有两位教职工同名（{TWIN}），表中姓名后加“（大）”“（小）”区分。"
SCHOOL_HEAD = ("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
# (处室, 岗位, 姓名 as written, holder, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
SCHOOL_ROWS = [
    ("校领导", "校长", "亓璟骢", "亓璟骢", "leader", [
        ("“三重一大”事项不经校务会集体研究，个人说了算", "制度机制", "高",
         "“三重一大”事项清单化管理，校务会集体研究，会议纪要存档。"),
        ("校舍维修工程化整为零规避招标", "业务流程", "高", "维修工程按限额标准招标，结算送审计。"),
    ]),
    ("校领导", "副校长", "笪昀霏", "笪昀霏", "leader", [
        ("教辅资料征订中收受书商回扣", "外部环境", "高", "教辅资料坚持自愿征订，书目经校务会研究并公示。"),
        ("职称推荐、评优评先中优亲厚友", "思想道德", "中", "推荐条件量化赋分，推荐结果公示五个工作日。"),
    ]),
    ("教务处", "教务主任", "郏骐漪", "郏骐漪", "middle", [
        ("排课、监考安排中照顾关系人", "岗位职责", "低", "排课和监考安排由教务处集体研究，全校公开。"),
        ("学籍转入转出把关不严，违规办理借读", "业务流程", "中", "学籍变动逐级审核，转学名单公示。"),
    ]),
    ("教务处", "教务干事", f"{TWIN}{MARKS[0]}", TWIN, "general", [
        ("考试成绩录入中篡改分数", "岗位职责", "中", "成绩录入双人核对，原始试卷存档备查。"),
        ("泄露考试试题和学生个人信息", "外部环境", "高", "试题专人保管，学生信息查询留痕。"),
    ]),
    ("政教处", "政教主任", "眭玙澍", "眭玙澍", "middle", [
        ("学生资助对象认定不准，优亲厚友", "思想道德", "高", "资助对象班级评议、学校审核、校内公示。"),
        ("违规组织学生参加有偿活动", "制度机制", "低", "学生集体活动事先报批，收费项目公示。"),
    ]),
    ("总务处", "总务主任", "酆砚琨", "酆砚琨", "middle", [
        ("大宗物资采购不按程序，指定供应商", "业务流程", "高", "大宗物资三家以上询价，采购与验收分离。"),
        ("固定资产出借、处置不经审批", "制度机制", "中", "资产处置经校务会研究并报教育局审批。"),
    ]),
    ("总务处", "食堂管理员", f"{TWIN}{MARKS[1]}", TWIN, "general", [
        ("食材验收不严，以次充好、短斤少两", "岗位职责", "高", "食材验收三人签字，膳食委员会随机抽查。"),
        ("食堂账目不清，伙食费挪作他用", "制度机制", "中", "伙食费专账核算，收支每月公示。"),
    ]),
    ("总务处", "报账员", "隰婳苒", "隰婳苒", "general", [
        ("报销票据审核不严，虚列支出", "岗位职责", "中", "报销单据经手人、证明人、审批人三签。"),
    ]),
]  # fmt: skip


def heyang_middle_school_same_names() -> dict:
    unit = SCHOOL
    sh = _Sheet("一览表", [6, 10, 12, 13, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*SCHOOL_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, shown, who, tier, points in SCHOOL_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TWIN_NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年10月", None)
    return _layout(
        "heyang_middle_school_same_names",
        "http://pcdjzx.com/wap/show.asp?id=8002",
        "(harder) 中学 岗位廉政风险防控一览表, after the source's 县教育局 notice to its 基层学校 on 职称评审推荐 (“七公开”, 各校 "
        "综合考核实施细则, 量化赋分, 排序公示): a title, 序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类型 (short)/"
        "风险等级 高/中/低/防控措施; TWO DIFFERENT STAFF BEAR THE SAME NAME — the 教务处's 教务干事 written ``逯曦珩（大）`` and "
        "the 总务处's 食堂管理员 ``逯曦珩（小）`` — the marks telling them apart, as a merged ``注：`` line under the table "
        "says; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def heyang_bureau_group_rows() -> dict:
    unit = BUREAU
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "綦岑骁", "leader", [
                ("校长选拔任用不经党组会集体研究", "制度机制", "高", "干部选任严格执行程序，全程纪实。"),
                ("插手学校工程项目和大宗采购", "思想道德", "高", "领导干部插手干预重大事项记录报告。"),
            ]),
            ("副局长", "蒯钧澈", "leader", [
                ("教师职称评审推荐中打招呼、递条子", "外部环境", "中", "职评推荐落实“七公开”，评审结果公示。"),
            ]),
        ]),
        ("二、人事股", "人事股", [
            ("股长", "郄霂瑶", "middle", [
                ("教师招聘资格审查不严，为不符合条件者放行", "岗位职责", "高", "资格审查两人以上，审查结果公示。"),
                ("教师调配、交流轮岗中优亲厚友", "业务流程", "中", "调配方案经局党组会研究，调配结果公开。"),
            ]),
            ("科员", "钭怿澜", "general", [
                ("职称申报材料审核把关不严", "岗位职责", "低", "申报材料清单化审核，材料在校内公示。"),
            ]),
        ]),
        ("三、计划财务股", "计划财务股", [
            ("股长", "厍瑷珲", "middle", [
                ("学校经费分配不按标准，厚此薄彼", "制度机制", "中", "经费分配方案集体研究，按学生数测算并公开。"),
                ("专项资金拨付审核不严，挤占挪用", "业务流程", "高", "专项资金专账核算，拨付实行会签。"),
            ]),
        ]),
        ("四、基础教育股", "基础教育股", [
            ("科员", "闾朦霁", "general", [
                ("招生入学中违规接收择校生", "岗位职责", "高", "招生计划和录取结果网上公开。"),
                ("学校办学水平评估打分不公", "思想道德", "低", "评估专家随机抽取，评估结果公示。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "heyang_bureau_group_rows", "https://www.fudaoke.com/exam/1930386.html",
        "县教育局 岗位廉政风险防控一览表, after the source's account of a 教育局人事股's powers (教师编制调配, 岗位"
        "调动, 新教师招聘审核, 职称评审, 干部任免): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under "
        "GROUP ROWS ``一、局领导``, ``二、人事股``, ``三、计划财务股``, ``四、基础教育股`` merged across (no 股室 column); 岗位 and "
        "姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def heyang_chengguan_primary_selfchecks() -> dict:
    unit = f"{PLACE}城关小学"
    t = _Truth(unit)
    people = [
        ("校长", "缑晗骞", "校领导", "leader", [
            ("校园维修和设备购置", "维修、购置项目不经校务会研究，个人决定", "高风险", "项目经校务会研究，结果在校务公开栏公布。"),
            ("教职工绩效工资分配", "分配方案不经教代会审议，暗箱操作", "中风险", "分配方案提交教代会审议并公示。"),
        ]),
        ("总务主任", "禚萦昶", "总务处", "middle", [
            ("学生代收代办费用", "擅自扩大代收范围，代收费用结余不退", "高风险", "代收项目和标准在入学通知和公开栏写明，结余按学期退还。"),
            ("食堂食材采购", "采购中收受供应商好处", "中风险", "食材定点采购，采购价格每月公示。"),
        ]),
        ("报账员", "綦瑢霈", "总务处", "general", [
            ("经费报销", "报销凭证审核不严，白条入账", "中风险", "报销票据逐张审核，杜绝白条。"),
            ("学生资助资金拨付", "资助资金拨付不及时，截留、挪用", "低风险", "资助资金按名单直接拨付到学生，拨付结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 20, 34, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在处室", dept, "填表日期", "2025年10月", None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "heyang_chengguan_primary_selfchecks",
        "https://abg.baidu.com/tags/2cq5dj6ru7e7vv6k235ltxga5w42jv7x23dlnsa11",
        "小学 岗位廉政风险自查表, one sheet a person (tabs 校长, 总务主任, 报账员), after the source's 小学学生资助管理工作制度 (by its "
        "title: 资助工作 under the 校长, 资助资金, 公示): a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在处室 | … | 填表日期 | "
        "…``, then 序号/``工作环节``/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a blank row and "
        "``本人签名： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def heyang_equipment_center_posts() -> dict:
    unit = f"{PLACE}教育技术装备中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("装备采购需求确定", "采购需求设置倾向性参数，为特定品牌量身定制", "制度机制风险", "Ⅰ级",
             "采购需求经专家论证和中心会议研究，参数公开征求意见。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("招标文件审核", "评分标准向特定投标人倾斜", "岗位职责风险", "Ⅰ级", "招标文件经法律顾问和纪检人员审核。"),
        ]),
        ("仪器装备股", "股长", "middle", [
            ("履约验收", "验收走过场，对照投标留样核查不严", "岗位职责风险", "Ⅰ级", "验收组随机抽取学校参加，拆机查验、抽样核实。"),
            ("装备配发", "配发学校不按计划，厚此薄彼", "业务流程风险", "Ⅱ级", "配发计划集体研究，配发清单公示。"),
        ]),
        ("仪器装备股", "保管员", "general", [
            ("仓库管理", "入库出库账实不符，私自处置旧设备", "制度机制风险", "Ⅱ级", "出入库登记，季度盘点，报废经审批。"),
        ]),
        ("电教信息股", "技术员", "general", [
            ("设备维修", "维修配件虚报，外修单位指定", "外部环境风险", "Ⅲ级", "维修配件旧件回收，外修比价选定。"),
            ("信息化项目验收", "接受供应商宴请，降低验收标准", "思想道德风险", "Ⅱ级", "验收两人以上，签订廉洁承诺。"),
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
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "heyang_equipment_center_posts",
        "https://e-chinaedu.cn/html/xinxihua/2015/09-10/c_15932.shtml",
        "县教育技术装备中心 岗位廉政风险点排查表 对岗不对人, after the source's 县教育局 专项验收 of its 教育信息化和教育技术装备"
        "采购项目 (招标采购清单, 技术参数, 投标留样, 拆机查验, 抽样核实): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def heyang_sports_center_cards() -> dict:
    unit = f"{PLACE}体育运动中心"
    t = _Truth(unit)
    cards = [
        ("副主任", "郜珮翀", "中心领导", "leader", [
            ("体育场馆免费低收费开放补助资金使用不规范", "制度机制风险", "★★★", "补助资金专账核算，使用情况年度公开。"),
            ("全民健身器材采购中指定供应商", "业务流程风险", "★★", "器材采购进场交易，结果公示。"),
            ("接受赛事承办单位宴请、礼品", "思想道德风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("部长", "逯沣翎", "场馆管理部", "middle", [
            ("场馆对外出租不公开，收入不入账", "岗位职责风险", "★★★", "出租事项公开招租，租金直接缴入单位账户。"),
            ("免费开放时段违规收费", "外部环境风险", "★★", "开放时段和收费标准上墙公示，接受群众监督。"),
        ]),
        ("场馆管理员", "酆绮蔓", "场馆管理部", "general", [
            ("场地预约中优先安排关系人、收取好处", "岗位职责风险", "★★", "场地预约线上办理，预约记录可查。"),
            ("维护耗材虚报冒领", "制度机制风险", "★", "耗材领用登记，部长按月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(who, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在部门", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "主任签字：", None, None)
        sheets.append(sh)
    return _layout(
        "heyang_sports_center_cards", "https://m.fx361.cc/news/2017/0123/15527753.html",
        "县体育运动中心 岗位廉政风险防控卡, one sheet a holder (tabs named by the holder), after the source's study of 体育场(馆)"
        "供给 (场馆开放, 全民健身, 管理体制机制): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | "
        "持卡时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the "
        "stars and ``持卡人签字： | 主任签字：``",
        sheets, t,
    )  # fmt: skip


def heyang_student_aid_duties() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("责任清单", [6, 14, 9, 16, 34, 13, 8, 30, 9])
    t = _Truth(unit)
    chief = "眭蘅钊"
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("主任", chief, "leader", [
            ("资助资金分配", "资助名额分配不按在校生比例，向个别学校倾斜", "制度机制风险", "Ⅰ",
             "名额分配方案经局党组会研究，分配结果公开。"),
        ]),
        ("资助专干", "笪芷骞", "general", [
            ("家庭经济困难学生认定审核", "对学校上报的认定材料审核走过场", "岗位职责风险", "Ⅰ", "认定材料抽查复核，结果公示。"),
            ("助学金发放", "发放名单与公示名单不符，冒领、截留", "业务流程风险", "Ⅰ", "助学金通过资助卡直接发放到学生。"),
        ]),
        ("资助专干", "亓澈玥", "general", [
            ("生源地助学贷款受理", "为不符合条件的学生办理贷款", "岗位职责风险", "Ⅱ", "贷款资格初审、复审两级把关。"),
            ("资助信息管理", "泄露受助学生家庭信息", "外部环境风险", "Ⅲ", "资助系统分级授权，查询留痕。"),
        ]),
        ("会计", "郏湉骥", "general", [
            ("资助资金核算", "资助资金挪作他用", "思想道德风险", "Ⅱ", "资助资金专账核算，年度审计。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None, None)
    source = ("https://www.zhetiaohe.com/ss/aa44ae82b75386a978397bc45bd7cbbcb6f802edf5cba8051bd254e85325393b2a804672f54ce8fc4f13c60"
              "da2f7988a.html")  # fmt: skip
    return _layout(
        "heyang_student_aid_duties", source,
        "县学生资助管理中心 廉政风险防控责任清单, after the source's 学校助学金发放方案及实施细则 (认定, 评审, 公示, 发放): a title, "
        "then 序号/岗位 and ``责任人`` merged per person (no 科室; two 资助专干)/``职责事项``/廉政风险点/风险类型 ``…风险``/风险"
        "等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the 主任 on every row; a ``注：`` line on the grades and "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def heyang_sports_school_two_sheets() -> dict:
    unit = f"{PLACE}青少年业余体育学校"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 10, 9, 26, 38, 11, 32])
    _line(lead, f"{unit}校领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("校长", "缑璇澍", "主持全面工作，分管财务", [
            ("训练补助经费不经集体研究使用", "一级风险", "训练补助经费使用经校务会研究，收支公开。"),
            ("教练员聘用中优亲厚友", "二级风险", "教练员聘用公开考核，结果公示。"),
        ]),
        ("副校长", "厍霖骁", "分管运动训练和竞赛", [
            ("选拔运动员参赛中收受家长财物", "一级风险", "参赛选拔按成绩排名，名单公示。"),
            ("运动员等级称号审核把关不严", "三级风险", "等级称号申报材料集体审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    team = _Sheet("训练科", [6, 12, 10, 9, 38, 11, 32])
    _line(team, f"{unit}科室岗位廉政风险防控表", 7)
    team.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("训练科", "科长", "綦骊澄", "middle", [
            ("训练项目补助标准执行不一，虚报训练人数", "一级风险", "训练人数按考勤系统核定，补助名单公示。"),
        ]),
        ("训练科", "教练员", "钭晞翚", "general", [
            ("向学员推销运动器材、收取额外费用", "二级风险", "严禁有偿训练，器材由学校统一配发。"),
            ("参赛运动员年龄、学籍材料弄虚作假", "一级风险", "参赛材料科室复核，赛前公示。"),
        ]),
        ("办公室", "出纳", "闾瑗祎", "general", [
            ("挪用训练伙食费", "二级风险", "伙食费专账核算，出纳与会计分设。"),
            ("报销票据不全即付款", "三级风险", "报销凭证经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(team.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            team.add(n, d, post, who, point, lv, measures)
            t.point(team.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(team, first, 1, 2, 3)
    team.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "heyang_sports_school_two_sheets", "http://sjjcgs.com/tags/体育训练项目补助标准表最新.html",
        "县青少年业余体育学校 廉政风险防控表 in two sheets, after the source's 体育训练项目补助标准 (训练补助, 伙食, 教练员): "
        "``校领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line) and ``训练科`` (a title, 序号/科室 merged (训练科, 办公室)/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, team], t,
    )  # fmt: skip


def heyang_teaching_research_every_row() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("一览表", [6, 11, 9, 26, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "责任人", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "蒯霈珊", "leader", "主持教研室全面工作", "教研经费使用不经集体研究", "制度机制", "一级",
         "教研经费使用经室务会研究，年度收支公开。"),
        ("主任", "蒯霈珊", "leader", "主持教研室全面工作", "为出版商推荐教辅资料", "外部环境", "一级",
         "教研室不以任何形式推荐教辅资料。"),
        ("副主任", "郄昶瑜", "leader", "分管考试命题和质量检测", "命题人员选派不回避，泄露试题", "岗位职责", "一级",
         "命题人员签订保密和回避承诺，入闱封闭命题。"),
        ("教研员", "禚淼珺", "general", "初中语文教研和优质课评选", "优质课评选打分凭印象，照顾熟人", "思想道德", "二级",
         "评委随机抽取，评分表当场公开。"),
        ("教研员", "禚淼珺", "general", "初中语文教研和优质课评选", "下校视导接受学校宴请", "思想道德", "三级",
         "视导期间在学校食堂就餐并按标准交费。"),
        ("教研员", "隰翊钦", "general", "小学数学教研和课题管理", "课题立项、结题评审不公", "业务流程", "二级",
         "立项、结题评审实行专家匿名评审。"),
        ("会计", "眭琬翯", "general", "教研室经费核算", "虚列会议培训费用", "制度机制", "二级",
         "会议培训费凭签到表和通知报销。"),
    ]  # fmt: skip
    for i, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年10月", None)
    return _layout(
        "heyang_teaching_research_every_row",
        "https://abg.baidu.com/tags/23indj6tyxiohpom2hinp2ogycy4rn55wc4a14",
        "县教学研究室 岗位廉政风险防控一览表, after the source's 中学优秀教研组评比方案 (by its title: 教研, 评比, "
        "优质课): ``附件1``, a title, 序号/岗位/责任人 written out on EVERY row (nothing merged, no 科室)/"
        "``主要职责``/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    heyang_middle_school_same_names(),
    heyang_bureau_group_rows(),
    heyang_chengguan_primary_selfchecks(),
    heyang_equipment_center_posts(),
    heyang_sports_center_cards(),
    heyang_student_aid_duties(),
    heyang_sports_school_two_sheets(),
    heyang_teaching_research_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch379-inbox"))
