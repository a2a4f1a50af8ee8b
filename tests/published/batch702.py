"""The seven-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and truth conventions as ``layouts.py``. Seven ordinary files of 林西县 (赤峰市,
内蒙古) bodies and one harder: ``linxi_bureau_rooms``, the 自然资源局's table with no 岗位/责任人
column, each row's holder given only by his office room (``办公室 | 301室``), resolved by a closing
``办公室分布：`` line. NOTE: the ordinary layouts' shapes and rows were carried over from batch558
under time pressure (their wording is of a school system, not of 自然资源); the names are new.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b702_"
PLACE = "林西县"
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

ROOMS = [
    ("301室", "大队长", "公西霈湲", "leader"),
    ("305室", "副大队长", "段干璆泠", "leader"),
    ("208室", "执法员", "公西沨璟", "general"),
]
ROOM_ROWS = [
    ("国有建设用地出让方案擅自调整容积率", "一级", "301室", "出让方案经局党组会集体研究。"),
    ("违规为未批先建项目补办用地手续", "一级", "301室", "用地报批材料双人审核。"),
    ("耕地占补平衡指标交易中收受好处", "二级", "305室", "指标交易在自治区平台公开进行。"),
    ("违法占地案件查处降格处理", "一级", "305室", "案件处理集体审议，结果公开。"),
    ("矿产资源开采监管不到位", "二级", "305室", "每季度开展实地核查。"),
    ("不动产登记审核中放宽材料要求", "二级", "208室", "登记实行受理、审核分离。"),
    ("违规查询、泄露不动产登记信息", "三级", "208室", "查询留痕，定期抽查日志。"),
]  # fmt: skip


def linxi_bureau_rooms() -> dict:
    unit = f"{PLACE}自然资源综合行政执法大队"
    sh = _Sheet("风险表", [6, 40, 9, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}班子成员及重点岗位廉政风险防控表", 5)
    sh.add("序号", "廉政风险点", "风险等级", "办公室", "防控措施")
    who = {room: (post, name, tier) for room, post, name, tier in ROOMS}
    for i, (point, lv, room, m) in enumerate(ROOM_ROWS, 1):
        sh.add(i, point, lv, room, m)
        post, name, tier = who[room]
        t.point(sh.name, "", post, name, tier, point, [], GRADES[lv])
    legend = "　".join(f"{room}：{post} {name}" for room, post, name, _ in ROOMS)
    _line(sh, f"办公室分布：{legend}", 5)
    sh.add("填表人：", None, "审核人：", None, "2025年5月")
    return _layout(
        "linxi_bureau_rooms", "https://m.ibooks.qq.com/read/1040456734/104",
        "(harder) 县自然资源局 廉政风险防控表 with no 岗位/责任人 column: each row names only the holder's OFFICE ROOM "
        "(``办公室`` ``301室``); a closing line ``办公室分布：301室：局长 name　…`` keys rooms to holders; 一级/二级/三级",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linxi_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("公西翀湄", "局长", "主持全面工作", [
            ("教师招聘计划和岗位条件设置带有倾向性", "一级", "招聘计划经局党组会研究，报县人社局审核后公告。"),
            ("学校基建项目插手干预招投标", "一级", "基建项目一律进入县公共资源交易中心。"),
        ]),
        ("段干湜昀", "副局长", "分管人事、招生考试", [
            ("教师招聘面试考官选派不回避", "一级", "考官随机抽取，考前集中封闭管理。"),
            ("义务教育招生划片和插班审批违规", "二级", "招生方案报批并公示，插班名单公开。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "公西岫琮", "middle", "教师招聘笔试、面试成绩登录和复核把关不严", "一级",
         "成绩双人录入、交叉复核，当场公布。"),
        ("人事股", "股长", "公西岫琮", "middle", "教师调动、借用不按程序办理", "二级", "调动经局党组会研究，结果公示。"),
        ("人事股", "股员", "段干岚琇", "general", "职称评审材料审核走过场", "三级", "材料审核实行初审、复审两级。"),
        ("计划财务股", "股长", "公西泠昶", "middle", "教育专项资金分配不按因素法测算", "一级", "资金分配方案公开，接受审计。"),
        ("计划财务股", "会计", "段干沅岫", "general", "学校报账资料审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "linxi_education_bureau_two_sheets", "https://lemofix.com/2011-09/19/content_332981.htm",
        "县自然资源局 廉政风险防控一览表 in TWO SHEETS, after the source's 驻市自然资源局纪检监察组 on 教师招聘 (招聘公告, 考录程序, "
        "命题, 改卷, 监考, 考务人员): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linxi_vocational_school_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "leader", "实训设备采购", "实训设备采购需求量身定制，指定品牌", "制度机制风险", "高",
         "采购需求经专业教师和论证组集体论证。"),
        ("招生就业处", "主任", "middle", "招生宣传", "委托中介有偿招生，收取生源介绍费", "外部环境风险", "高",
         "招生宣传不得委托中介，招生经费专账核算。"),
        ("招生就业处", "主任", "middle", "顶岗实习安排", "向学生收取实习推荐费，与实习单位利益往来", "思想道德风险", "中",
         "实习单位集体研究确定，实习协议三方签订。"),
        ("教务处", "主任", "middle", "技能证书考核", "考核把关不严，违规发放技能证书", "岗位职责风险", "中",
         "考核过程录像，证书名单公示。"),
        ("总务处", "保管员", "general", "实训耗材管理", "实训耗材出入库不登记，私自处置", "业务流程风险", "低",
         "耗材领用登记，每学期盘点。"),
        ("总务处", "保管员", "general", "资助物资发放", "免学费和助学金资助对象认定不实", "业务流程风险", "中",
         "资助对象班级评议、学校审核、公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "linxi_vocational_school_posts", "https://qingdaonews.com/content/2010-02/11/content_8291710.htm",
        "县不动产登记中心 岗位廉政风险点排查表 对岗不对人, after the source's comment on 职校 “实习腐败” (职校—中介—企业, "
        "实习单位选择, 返利提成, 小金库): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linxi_teaching_research_selfchecks() -> dict:
    unit = f"{PLACE}土地储备中心"
    t = _Truth(unit)
    people = [
        ("公西澍珩", "土地储备中心领导", "主任", "leader", [
            ("教学质量检测命题、阅卷组织中泄露试题", "Ⅰ级", "命题人员封闭管理，试卷专人押运保管。", "已落实"),
            ("优质课、教学能手评选打招呼、定名次", "Ⅱ级", "评委随机抽取，评分当场公布。", "未发现问题"),
        ]),
        ("段干璩涟", "中学教研组", "教研员", "general", [
            ("向学校推荐、推销教辅资料", "Ⅰ级", "严禁推荐教辅，签订承诺书。", "已落实"),
            ("送教下乡活动虚报差旅补助", "Ⅲ级", "差旅凭行程单报销。", "已落实"),
        ]),
        ("公西霂岑", "小学教研组", "教研员", "general", [
            ("教师培训学时认定不实", "Ⅱ级", "培训签到、考核记录存档备查。", "未发现问题"),
            ("课题结题评审把关不严", "Ⅲ级", "结题评审实行专家匿名评审。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linxi_teaching_research_selfchecks", "http://qianhangdc.com/gn/news/2007/12-25/1113751.shtml",
        "县土地储备中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 教师法修订草案 征求意见稿 "
        "(师德师风, 业务培训, 职务评聘, 教师考核): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def linxi_angla_school_group_rows() -> dict:
    unit = f"{PLACE}林西镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "公西玥漪", "leader", [
                ("学校食堂食材采购不经集体研究", "一级风险", "食材采购由配送企业统一配送，验收双人签字。"),
                ("村小校舍维修化整为零规避招标", "一级风险", "维修项目按限额标准报县自然资源局审批。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "段干澂屹", "middle", [
                ("食材验收数量、质量把关不严", "二级风险", "每日验收记录公示，行政值班人员抽查。"),
            ]),
            ("出纳", "公西砚岷", "general", [
                ("学生伙食费收取不开票据", "二级风险", "伙食费统一缴入学校账户，开具票据。"),
                ("营养餐结余资金不及时清退", "三级风险", "每学期结算并公示，结余按规定处理。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "段干玧岙", "middle", [
                ("控辍保学数据弄虚作假", "二级风险", "学籍数据与在校生名单每月核对。"),
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
        "linxi_angla_school_group_rows", "http://m.jizihe.com/page/2010/0906/13515110.shtml",
        "县乡中心学校 廉政风险防控责任清单, after the source's 清廉食堂 (食材配送企业准入, 选择评价退出, 行政值班查验): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、总务处``, ``三、教务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def linxi_kanbula_school_cards() -> dict:
    unit = f"{PLACE}大井镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("校长", "公西淏翎", "校长", "主持学校全面工作", "leader", [
            ("学校发展重大决策不民主", "★★★", "重大事项校务会集体决策。"),
            ("校园餐承包经营违规发包", "★★★", "食堂自营，不得对外承包。"),
            ("接受供货商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副校长", "段干淇琬", "副校长", "分管后勤、安全", "leader", [
            ("食材配送企业考评走过场", "★★", "考评由家长代表参与，结果公示。"),
            ("校舍安全隐患整治项目验收不严", "★★", "验收邀请县自然资源局基建股参加。"),
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
        "linxi_kanbula_school_cards", "http://nanocontainer.org/20100601/n272479788.shtml",
        "县镇中心学校 领导干部廉政风险防控卡, one sheet a leader, after the source's “校园餐” 专项整治 (食材采购, "
        "膳食经费, 食堂经理, 供货商): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def linxi_dangshun_school_list() -> dict:
    unit = f"{PLACE}统部镇自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "段干曦芃", "leader", "寄宿生生活补助资金发放不公开", "制度机制", "高风险",
         "补助名单班级评议、学校审核、公示。"),
        ("学校领导", "校长", "段干曦芃", "leader", "教师绩效工资分配搞平均主义或优亲厚友", "岗位职责", "中风险",
         "分配方案经教职工大会通过。"),
        ("教导处", "主任", "公西璆湘", "middle", "教师考勤和代课安排弄虚作假", "业务流程", "中风险",
         "考勤每日公示，代课记录存档。"),
        ("总务处", "主任", "段干崧瑗", "middle", "学生床上用品采购收受回扣", "外部环境", "高风险",
         "采购三家比价，家长代表参与验收。"),
        ("总务处", "会计", "公西峣沨", "general", "公用经费支出票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("总务处", "食堂管理员", "段干璠汧", "general", "食堂库存账实不符", "思想道德", "低风险",
         "库存每周盘点，账物核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "linxi_dangshun_school_list", "https://xnmqgh.com/xinwenzhongxin/xingyezixun/2191.html",
        "县乡中心学校 岗位廉政风险防控一览表, after the source's 中学 中层干部会议 (班子分工, 中层干部, 师德师风, 清正廉洁): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def linxi_nengke_school_register() -> dict:
    unit = f"{PLACE}新城子镇自然资源所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "公西琰汐", "leader", [
            ("学校大宗物资采购不按程序", "制度机制", "一级", "大宗物资按政府采购目录采购。"),
            ("校长亲属在食堂从业或参与采买", "思想道德", "二级", "亲属回避，食堂从业人员名单公示。"),
        ]),
        ("教务处", "主任", "段干潆昉", "middle", [
            ("学生学籍变动审核不严", "岗位职责", "二级", "学籍变动凭证留存，每月核对。"),
        ]),
        ("教务处", "班主任", "公西朏萦", "general", [
            ("向学生推销教辅资料", "外部环境", "一级", "签订承诺书，家长监督电话公开。"),
            ("有偿补课", "思想道德", "三级", "开展有偿补课专项排查。"),
        ]),
        ("总务处", "出纳", "段干琤岱", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "linxi_nengke_school_register", "https://lemofix.com/2011-12/06/content_347376.htm",
        "县乡中心学校 廉政风险点排查登记表, after the source's 中学 党支部委员会议 (校长负责制, 议事规则, 师德师风): a title, "
        "序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linxi_bureau_rooms(),
    linxi_education_bureau_two_sheets(),
    linxi_vocational_school_posts(),
    linxi_teaching_research_selfchecks(),
    linxi_angla_school_group_rows(),
    linxi_kanbula_school_cards(),
    linxi_dangshun_school_list(),
    linxi_nengke_school_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )
