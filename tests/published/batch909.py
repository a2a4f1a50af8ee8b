"""The nine-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources bodies, 改则县 (阿里地区, 西藏自治区) — its 人力资源和社会保障局, 社会保险服务中心, 人事考试中心,
劳动保障监察大队, 劳动人事争议仲裁院, 就业服务中心 and two 乡镇社会保障服务站 (物玛乡, 洞措乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人力资源和社会保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 社会保险服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 人事考试中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 劳动保障监察大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 劳动人事争议仲裁院's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 物玛乡社会保障服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 洞措乡社会保障服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``gaize_employment_centre_post_grade``: the 就业服务中心's 岗位廉政风险点一览表, an ordinary list
  (``序号 | 股室 | 岗位 | 岗位等级 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 股室 merged, 岗位, 岗位等级 and
  姓名 merged per person) with a column ``岗位等级`` that is the holder's PUBLIC-INSTITUTION POST GRADE
  under the 事业单位岗位设置 scheme (``管理七级``, ``管理九级``, ``专业技术十级``, ``专业技术十二级``,
  ``工勤技能四级``): a personnel grade of the post's holder, written with 级 and headed 等级 like the
  risk level beside it, but neither the post (the post is ``岗位``: 主任, 股长, 经办员 …) nor any
  point's level (that is ``风险等级``: ``一级/二级/三级``). The README's 读得懂的表 knows a ``岗位类别``
  column beside ``岗位``, a ``岗位风险等级`` merged over a holder's rows (the post's own risk grade,
  or passed to its points by a note), and a 职级 or 衔 written before a name (``四级主任科员　…``);
  it does not describe a 事业单位 ``岗位等级`` column of 管理/专业技术/工勤技能 grades beside the post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (what a 人事局 / 人社局 does —
人才管理, 工资福利, 劳动争议调解, 社会保险, 档案; a paper on 社保基金 内部控制 and 风险管理 — 审核,
支付, 稽核; the 笔试考务人员 “十不准” — 涉密载体, 回避, 试卷; a 县劳动监察大队's 农民工工资 专项执法检查
— 举报, 立案, 追讨工资; the 劳动仲裁员 回避情形 — 近亲属, 私自会见当事人, 请客送礼; a 村干部 挪用
村民养老保险费; 挪用养老保险金 的处理 — 追缴, 专项监管; a page on 事业单位岗位设置比例 — 管理岗位,
专业技术岗位, 工勤技能岗位 and their grades) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 祖
and 查 with rare given names); every unit is a body of 改则县.

Run ``python tests/published/score.py --set batch909`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``岗位等级`` (``管理七级``, ``专业技术十级``, ``工勤技能四级`` …) is the holder's
  事业单位 post grade: it is no part of the post (the post is the ``岗位`` cell), names no 科室, and is
  no level of any point (each point's level is its ``风险等级`` cell); the tier follows the post;
- ``局领导`` (a sheet), ``中心领导``, ``大队领导``, ``院领导``, ``站领导`` (a 科室 cell, a group row or a
  所在部门 cell) are the 科室 of those leaders where the sheet writes them in a 科室 place; the 局's
  leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 股 or 科, a 大队's
  中队, a 院's 庭 or 办公室 and a 站's 组 are 科室; a group row ``二、监察一中队`` gives the 科室
  ``监察一中队``;
- every station, centre, the 大队, the 院 and the 局 are units of their own: 局长, 副局长, 主任, 副主任,
  大队长, 院长, 副院长 and 站长 are leaders; 股长, 科长, 中队长 and 庭长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 社会保险服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b909_"
PLACE = "改则县"
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

# (股室, 岗位, 岗位等级, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
GRADED = [
    ("中心领导", "主任", "管理七级", "祖翀湉", "leader", [
        ("就业专项资金分配不经集体研究，个人说了算", "一级", "专项资金安排经中心主任办公会集体研究，报县人社局审批。"),
        ("公益性岗位人员安置优亲厚友", "一级", "公益性岗位招用公开发布、公开考核，结果公示。"),
    ]),
    ("就业促进股", "股长", "管理九级", "查琰珝", "middle", [
        ("一次性就业补贴申报材料审核不严", "二级", "补贴名单与社保参保数据比对，初审复核两人签字。"),
        ("创业担保贷款推荐对象把关不严，为不符合条件人员出具推荐", "一级", "推荐对象实地核查，推荐名单公示。"),
    ]),
    ("职业培训股", "经办员", "专业技术十级", "祖骞沅", "general", [
        ("职业技能培训补贴核定虚报培训人数和课时", "一级", "培训全程影像留存，抽查学员到课情况。"),
        ("定点培训机构认定中接受机构宴请", "三级", "认定结果集体研究，签订廉洁承诺书。"),
    ]),
    ("就业促进股", "经办员", "专业技术十二级", "查颀翾", "general", [
        ("失业登记、就业登记信息录入弄虚作假", "二级", "登记信息每月与公安、市场监管数据比对。"),
    ]),
    ("综合股", "驾驶员", "工勤技能四级", "祖昶翎", "general", [
        ("公务用车私用，虚报油费、维修费", "三级", "派车单登记，油卡定车使用，每月公示。"),
    ]),
]  # fmt: skip


def gaize_employment_centre_post_grade() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "岗位等级", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, grade, who, tier, points in GRADED:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, grade, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("制表：综合股", None, None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "gaize_employment_centre_post_grade", "http://fengdujob.net/go/新疆事业单位岗位设置比例要求最新规定.html",
        "(harder) 县就业服务中心 岗位廉政风险点一览表, after the source's page on 事业单位岗位设置比例 (管理岗位, 专业技术岗位, "
        "工勤技能岗位 and their grades): a title, then ``序号 | 股室 | 岗位 | 岗位等级 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, "
        "股室 merged, 岗位/岗位等级/姓名 merged per person; the ``岗位等级`` column holds each holder's 事业单位 POST GRADE "
        "(``管理七级``, ``管理九级``, ``专业技术十级``, ``专业技术十二级``, ``工勤技能四级``), neither the post nor a level; "
        "风险等级 ``一级/二级/三级``; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaize_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("查昀翯", "局长", "主持全面工作", [
            ("干部选拔任用、事业单位人员招聘中打招呼、定人选", "高", "招聘方案集体研究，考试考核全程公开，结果公示。"),
            ("就业、社保专项资金分配个人说了算", "高", "资金分配经局党组会集体研究，会议纪要存档。"),
        ]),
        ("祖澂岫", "副局长", "分管社会保险、劳动关系", [
            ("工伤认定受人情干扰，认定结论不公", "高", "工伤认定集体会审，认定结论书面告知双方。"),
            ("劳动保障监察案件处理说情打招呼", "中", "重大案件集体讨论，领导干部插手案件登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事人才股", "股长", "祖湜珺", "middle", "事业单位人员调动、岗位聘用审核把关不严", "高",
         "调动聘用材料逐项审核，经局务会研究后公示。"),
        ("人事人才股", "股长", "祖湜珺", "middle", "职称评审材料审核中降低条件", "中", "评审材料网上公示，接受举报。"),
        ("工资福利股", "科员", "查沨珂", "general", "机关事业单位工资审批中擅自提高标准", "中", "工资审批按政策逐项复核，双人签字。"),
        ("工资福利股", "科员", "查沨珂", "general", "人事档案涂改、代人篡改出生日期和工龄", "高", "档案查借阅登记，审核档案专人专柜。"),
        ("办公室", "主任", "祖翃嵚", "middle", "办公用品采购不比价，收受回扣", "低", "采购三家比价，财务审核后报账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gaize_hrss_bureau_two_sheets", "https://www.zjrxz.com/jxuwd/202506/340071.html",
        "县人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's page on what a 人事局 does (人才管理和调配, "
        "工资福利管理, 劳动争议调解, 社会保障, 档案管理): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gaize_social_insurance_centre_posts() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "基金支付审批", "大额基金支付不经集体研究，违规审批", "制度机制风险", "一级",
         "大额支付经中心主任办公会研究，财政专户核拨。"),
        ("待遇审核股", "股长", "middle", "待遇核定复核", "复核走过场，对多算缴费年限的待遇予以通过", "岗位职责风险", "一级",
         "待遇核定初审、复核、审批三岗分离。"),
        ("待遇审核股", "经办员", "general", "养老待遇资格认证", "认证照片重复使用，死亡人员继续领取待遇", "业务流程风险", "二级",
         "每月与民政、公安数据比对，异常人员暂停发放。"),
        ("征缴稽核股", "稽核员", "general", "参保单位稽核", "稽核中接受企业宴请，对少报缴费基数不予追究", "思想道德风险", "二级",
         "稽核两人以上，稽核报告集体审定。"),
        ("征缴稽核股", "经办员", "general", "补缴审核", "违规办理补缴，虚增视同缴费年限", "外部环境风险", "一级",
         "补缴材料原件核验，补缴三年以上报县人社局审批。"),
        ("信息股", "系统管理员", "general", "系统权限管理", "一人多号，经办与复核权限不分离", "业务流程风险", "三级",
         "权限按岗位设置，人员变动当日清理权限。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "gaize_social_insurance_centre_posts", "http://m.handmsg.com/page/2024/1231/25525367.shtml",
        "县社会保险服务中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 社保基金 内部控制和风险管理 (待遇支付, 审核, "
        "稽核, 信息系统, 死亡和服刑人员冒领): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gaize_exam_centre_cards() -> dict:
    unit = f"{PLACE}人事考试中心"
    t = _Truth(unit)
    cards = [
        ("主任", "查霁岑", "主任", "主持中心全面工作，分管考务保密", "leader", [
            ("试卷交接、保管中违规开启试卷袋", "★★★", "试卷存放保密室，双人双锁，全程监控。"),
            ("安排有直系亲属报考的人员参加考务工作", "★★★", "考务人员签订回避承诺，逐人核查报考名单。"),
            ("接受培训机构宴请，泄露考务安排", "★", "严守考务人员“十不准”，考前廉洁提醒。"),
        ]),
        ("副主任", "祖曦岱", "副主任", "分管考场编排、监考人员选派", "leader", [
            ("监考人员选派不公，照顾关系人", "★★", "监考人员从库中随机抽取，名单考前保密。"),
            ("考场编排和考生信息泄露", "★★", "考生信息专人专机处理，涉密计算机不联网。"),
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
        "gaize_exam_centre_cards", "https://renshiksw.com/a/37287.html",
        "县人事考试中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 笔试考务人员 “十不准” (涉密事项, 涉密载体, "
        "直系亲属回避, 禁止开启试卷): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def gaize_labour_inspection_group_rows() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "查湛淼", "leader", [
                ("拖欠农民工工资案件查处中说情，降低处理标准", "高风险", "重大案件集体审议，处理决定公开。"),
                ("对涉嫌拒不支付劳动报酬罪案件不移送", "高风险", "移送标准书面列明，案件移送情况每季度通报。"),
            ]),
        ]),
        ("二、监察一中队", "监察一中队", [
            ("中队长", "祖禛", "middle", [
                ("举报投诉案件受理不登记、不立案", "中风险", "举报投诉统一登记编号，逐件跟踪办结。"),
            ]),
            ("监察员", "查骁翊", "general", [
                ("专项执法检查中对建筑工地违法用工选择性检查", "中风险", "检查对象随机抽取，检查记录存档。"),
                ("接受用人单位宴请，泄露举报人信息", "低风险", "签订廉洁执法承诺书，举报人信息保密。"),
            ]),
        ]),
        ("三、案件审理组", "案件审理组", [
            ("审理员", "祖琛泷", "general", [
                ("行政处理、处罚案卷审理走过场", "中风险", "案卷审理实行初审、复审两级。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "gaize_labour_inspection_group_rows", "http://www.slrbs.com/xqzc/xianqudongtai/mszx/2014-01-13/141901.html",
        "县劳动保障监察大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 县劳动监察大队 农民工工资支付 专项执法检查 "
        "(受理举报, 立案, 追讨工资, 责令整改, 罚款): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施, group rows ``一、大队领导``, ``二、监察一中队``, ``三、案件审理组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def gaize_arbitration_court_selfchecks() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    t = _Truth(unit)
    people = [
        ("查玥峤", "院领导", "院长", "leader", [
            ("重大疑难案件不提交仲裁委员会讨论，个人决定", "一级风险", "重大疑难案件提交仲裁委员会讨论决定。", "已落实"),
            ("对仲裁员回避申请不及时决定", "二级风险", "回避申请当日登记，三日内书面决定。", "未发现问题"),
        ]),
        ("祖彧", "仲裁庭", "仲裁员", "general", [
            ("私自会见当事人、代理人", "一级风险", "会见当事人须在办公场所，两人以上在场并记录。", "已落实"),
            ("接受当事人请客送礼，偏袒一方裁决", "一级风险", "签订廉洁办案承诺书，裁决书集体审核。", "已落实"),
        ]),
        ("查睿澂", "立案庭", "书记员", "general", [
            ("仲裁申请不及时登记，拖延立案", "二级风险", "申请材料收件即登记，五日内决定是否受理。", "未发现问题"),
            ("庭审笔录记载不实", "三级风险", "庭审同步录音录像，笔录当事人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaize_arbitration_court_selfchecks", "https://m.ruoyo.com/falv/laogong/627262.html",
        "县劳动人事争议仲裁院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "劳动仲裁员 回避情形 (近亲属, 利害关系, 私自会见当事人、代理人, 接受请客送礼) and the 仲裁流程 (申请, 受理, 开庭, 调解, "
        "裁决): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def gaize_wuma_township_station_list() -> dict:
    unit = f"{PLACE}物玛乡社会保障服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "祖熠潼", "leader", "代收的城乡居民养老保险费挪作他用", "制度机制", "Ⅰ级",
         "保险费当日缴入财政专户，收据联号使用。"),
        ("站领导", "站长", "祖熠潼", "leader", "公益性岗位人员考勤造假，虚报补贴", "岗位职责", "Ⅱ级",
         "考勤每月在村务公开栏公示。"),
        ("养老保险", "协理员", "查歆琬", "general", "代办待遇领取资格认证，替他人认证", "业务流程", "Ⅰ级",
         "认证由本人人脸识别，上门认证两人同行。"),
        ("养老保险", "协理员", "查歆琬", "general", "参保缴费档次代村民选择，收取好处", "思想道德", "Ⅲ级",
         "缴费档次由村民本人确认签字。"),
        ("就业服务", "协理员", "祖淙", "general", "转移就业补贴名单虚报冒领", "外部环境", "Ⅱ级",
         "补贴名单入户核实，在村务公开栏公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "gaize_wuma_township_station_list", "https://dangdaish.com/nswy/30056.html",
        "乡社会保障服务站 岗位廉政风险防控一览表, after the source's 村干部 挪用 村民养老保险费 (代为收缴, 私自挪用, 监管疏漏, "
        "养老保险基金管理): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def gaize_dongcuo_township_station_register() -> dict:
    unit = f"{PLACE}洞措乡社会保障服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "查砚舟", "leader", [
            ("养老保险费收缴不入专户，坐收坐支", "制度机制", "一级", "收缴资金日清日结，乡财政所每月对账。"),
            ("低保、社保待遇审核签字把关不严", "岗位职责", "二级", "审核结果在村务公开栏公示七日。"),
        ]),
        ("社保经办组", "经办员", "祖旻珏", "general", [
            ("死亡人员停发待遇不及时上报", "业务流程", "一级", "每月与派出所、卫生院核对死亡名单。"),
        ]),
        ("劳动就业组", "经办员", "查泓翊", "general", [
            ("劳务输出组织费虚报人数", "业务流程", "二级", "输出人员名单与用工单位核对，留存合同。"),
            ("技能培训报名收取好处费", "思想道德", "三级", "培训报名免费，公布举报电话。"),
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
        "gaize_dongcuo_township_station_register", "https://www.csshebao.com/yanglao/103347.html",
        "乡社会保障服务站 廉政风险点排查登记表, after the source's page on 挪用养老保险金 (挪用公款, 党纪政纪处分, 追缴, "
        "专项监管机制): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaize_employment_centre_post_grade(),
    gaize_hrss_bureau_two_sheets(),
    gaize_social_insurance_centre_posts(),
    gaize_exam_centre_cards(),
    gaize_labour_inspection_group_rows(),
    gaize_arbitration_court_selfchecks(),
    gaize_wuma_township_station_list(),
    gaize_dongcuo_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch909-inbox"))
