"""The six-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 教育后勤 bodies,
丰镇市 (of 乌兰察布市, 内蒙古) — its 教育局后勤服务中心, 学生资助管理中心, 校园餐配送中心, 教育装备中心,
勤工俭学管理办公室, 中小学食堂管理中心 and 校舍维修管理站 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel (the same shapes as batch558, worded anew):

- the 教育局后勤服务中心's 一览表 in TWO SHEETS ``中心领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 教育装备中心's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types, 高/中/低;
- the 学生资助管理中心's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 勤工俭学管理办公室's 清单 under GROUP ROWS, ``一级风险/二级风险/三级风险``;
- the 中小学食堂管理中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 校舍维修管理站's 一览表 under ``附件2`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 教育收费管理所's 排查登记表, ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fengzhen_meal_delivery_initials``: the 校园餐配送中心's 廉政风险防控清单, ONE ROW A POINT
  (``序号 | 配送环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任人``) whose ``责任人`` cells hold only the holders'
  PINYIN INITIALS (``XYL``, ``HQZ``; one or two a row, ``XYL、HQZ``), and a ``注：`` line under the table
  that keys them: ``责任人栏以姓名拼音首字母标注：XYL—邢毓琳（中心主任）；…``. A holder's points are the rows
  naming his initials; his name and post stand only in the key. The README's 读得懂的表 knows holders by
  staff numbers keyed by a ``人员编号 | 姓名 | 职务`` table, holders encoded in risk codes with a 岗位代码对照表,
  surname + post resolved by a roster line; it does not describe holders written as pinyin initials keyed
  by a legend line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (news and reports on 学生资助 专项整治, 教育资助 制度, 教育装备 招标采购 腐败, 郑州
勤工俭学办 作业本 回扣, 学校 总务处 设备采购 受贿, 校园餐 食材配送), and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 邢 and 滑 with rare given names); every unit is a body of 丰镇市 (the word ``丰镇市`` is in no
earlier unit; ``南丰镇`` of batch507 is another place).

Run ``python tests/published/score.py --set batch648`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file each initials group in a row's ``责任人`` cell makes the row's
point a point of the person the key line gives for it (name and post from the key), one form a holder,
no 科室; the key line and the sign-off line are no points. Otherwise as batch558: leaders' 科室 cells
(``中心领导``) are their 科室; a 股/室 is a 科室; 主任/副主任/站长/所长 of a unit are leaders, 股长 middle, the rest general;
``风险点 | 风险表现`` takes the short 风险点; the 教育装备中心's list names no person (对岗不对人); all the level
words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b648_"
PLACE = "丰镇市"
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

# the key under the table: initials -> (name, post, tier)
KEY = {
    "XYL": ("邢毓琳", "中心主任", "leader"),
    "HQZ": ("滑清湛", "副主任", "leader"),
    "XJY": ("邢婧渊", "采购员", "general"),
    "HSM": ("滑笙淼", "仓储保管员", "general"),
}

# (配送环节, 廉政风险点, 风险等级, 防控措施, 责任人 initials)
ROWS = [
    ("供应商准入", "食材供应商遴选暗箱操作，指定或变相指定供应商", "高",
     "供应商由市教育局公开招标确定，名单向社会公告。", ("XYL",)),
    ("供应商准入", "对供应商资质审查走过场，收受好处费", "高", "资质材料双人审查，审查记录存档。", ("XYL", "HQZ")),
    ("食材采购", "采购价格高于市场价，从中收受回扣", "高", "每周询价比价，价格表在各校公示。", ("XJY",)),
    ("食材采购", "虚增采购数量套取膳食经费", "中", "采购数量按各校报餐人数核定。", ("XJY", "HSM")),
    ("入库验收", "验收把关不严，以次充好、短斤少两", "中", "验收过磅拍照上传平台，学校复验。", ("HSM",)),
    ("出库配送", "配送单据与实际配送数量不符", "中", "配送单由学校验收人员签字回传。", ("HQZ", "HSM")),
    ("结算付款", "膳食经费结算不及时或截留挪用", "高", "膳食经费专户管理，按月结算公示。", ("HQZ",)),
    ("结算付款", "接受供应商宴请、礼品礼金", "低", "签订廉洁承诺书，节前廉洁提醒。", ("XYL", "XJY")),
]  # fmt: skip


def fengzhen_meal_delivery_initials() -> dict:
    unit = f"{PLACE}校园餐配送中心"
    sh = _Sheet("防控清单", [6, 12, 40, 9, 36, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "配送环节", "廉政风险点", "风险等级", "防控措施", "责任人")
    first = len(sh.rows)
    for i, (stage, point, lv, measures, who) in enumerate(ROWS, 1):
        sh.add(i, stage, point, lv, measures, "、".join(who))
    _merge_down(sh, first, [(1, lambda row: row[1])])
    key = "；".join(f"{k}—{name}（{post}）" for k, (name, post, _tier) in KEY.items())
    _line(sh, f"注：责任人栏以姓名拼音首字母标注：{key}。风险等级分高、中、低三级。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    # the truth one form a holder, in the key's order
    for k, (name, post, tier) in KEY.items():
        for _stage, point, lv, _measures, who in ROWS:
            if k in who:
                t.point(sh.name, "", post, name, tier, point, [], HML[lv])
    return _layout(
        "fengzhen_meal_delivery_initials", "https://hkcd.com/content/2015-06/10/content_936829.html",
        "(harder) 市校园餐配送中心 廉政风险防控清单, after the source's report on a 教育局 勤工俭学办 集中采购 and 回扣 chain "
        "(供货商, 作业本, 床上用品, 集中采购权): a title, 序号/配送环节 merged/廉政风险点/风险等级 高/中/低/防控措施/"
        "责任人, the 责任人 cells holding only the holders' PINYIN INITIALS (one or two a row, ``XYL、HQZ``), and a merged "
        "``注：`` line keying them (``XYL—邢毓琳（中心主任）；…``); a 制表/审核/date line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fengzhen_logistics_centre_two_sheets() -> dict:
    unit = f"{PLACE}教育局后勤服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邢泓琛", "局长", "主持全面工作", [
            ("教师招聘计划和岗位条件设置带有倾向性", "一级", "招聘计划经局党组会研究，报县人社局审核后公告。"),
            ("学校基建项目插手干预招投标", "一级", "基建项目一律进入县公共资源交易中心。"),
        ]),
        ("滑湄岑", "副局长", "分管人事、招生考试", [
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
        ("人事股", "股长", "邢砚汀", "middle", "教师招聘笔试、面试成绩登录和复核把关不严", "一级",
         "成绩双人录入、交叉复核，当场公布。"),
        ("人事股", "股长", "邢砚汀", "middle", "教师调动、借用不按程序办理", "二级", "调动经局党组会研究，结果公示。"),
        ("人事股", "股员", "滑岱璐", "general", "职称评审材料审核走过场", "三级", "材料审核实行初审、复审两级。"),
        ("计划财务股", "股长", "邢沄琪", "middle", "教育专项资金分配不按因素法测算", "一级", "资金分配方案公开，接受审计。"),
        ("计划财务股", "会计", "滑昶瑛", "general", "学校报账资料审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fengzhen_logistics_centre_two_sheets", "https://www.xszz.edu.cn/n38/n51/c12374/content.html",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 驻市教育局纪检监察组 on 教师招聘 (招聘公告, 考录程序, "
        "命题, 改卷, 监考, 考务人员): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fengzhen_equipment_centre_posts() -> dict:
    unit = f"{PLACE}教育装备中心"
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
        "fengzhen_equipment_centre_posts", "http://news.china.com/news100/11038989/20170711/30952221_1.html",
        "县职业技术学校 岗位廉政风险点排查表 对岗不对人, after the source's comment on 职校 “实习腐败” (职校—中介—企业, "
        "实习单位选择, 返利提成, 小金库): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengzhen_student_aid_selfchecks() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    people = [
        ("邢煦岚", "教研室领导", "主任", "leader", [
            ("教学质量检测命题、阅卷组织中泄露试题", "Ⅰ级", "命题人员封闭管理，试卷专人押运保管。", "已落实"),
            ("优质课、教学能手评选打招呼、定名次", "Ⅱ级", "评委随机抽取，评分当场公布。", "未发现问题"),
        ]),
        ("滑淇珩", "中学教研组", "教研员", "general", [
            ("向学校推荐、推销教辅资料", "Ⅰ级", "严禁推荐教辅，签订承诺书。", "已落实"),
            ("送教下乡活动虚报差旅补助", "Ⅲ级", "差旅凭行程单报销。", "已落实"),
        ]),
        ("邢瑗沨", "小学教研组", "教研员", "general", [
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
        "fengzhen_student_aid_selfchecks", "http://zgkjsz.com/page/2022/0413/18909156.shtml",
        "县教研室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 教师法修订草案 征求意见稿 "
        "(师德师风, 业务培训, 职务评聘, 教师考核): a title, a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def fengzhen_work_study_office_group_rows() -> dict:
    unit = f"{PLACE}勤工俭学管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "邢珏岷", "leader", [
                ("学校食堂食材采购不经集体研究", "一级风险", "食材采购由配送企业统一配送，验收双人签字。"),
                ("村小校舍维修化整为零规避招标", "一级风险", "维修项目按限额标准报县教育局审批。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "滑峤涟", "middle", [
                ("食材验收数量、质量把关不严", "二级风险", "每日验收记录公示，行政值班人员抽查。"),
            ]),
            ("出纳", "邢翊澂", "general", [
                ("学生伙食费收取不开票据", "二级风险", "伙食费统一缴入学校账户，开具票据。"),
                ("营养餐结余资金不及时清退", "三级风险", "每学期结算并公示，结余按规定处理。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "滑琬淏", "middle", [
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
        "fengzhen_work_study_office_group_rows", "http://news.sina.com.cn/c/2015-06-10/065931933663.shtml",
        "县乡中心学校 廉政风险防控责任清单, after the source's 清廉食堂 (食材配送企业准入, 选择评价退出, 行政值班查验): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、学校领导``, ``二、总务处``, ``三、教务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fengzhen_canteen_centre_cards() -> dict:
    unit = f"{PLACE}中小学食堂管理中心"
    t = _Truth(unit)
    cards = [
        ("校长", "邢蓁芃", "校长", "主持学校全面工作", "leader", [
            ("学校发展重大决策不民主", "★★★", "重大事项校务会集体决策。"),
            ("校园餐承包经营违规发包", "★★★", "食堂自营，不得对外承包。"),
            ("接受供货商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副校长", "滑岍昀", "副校长", "分管后勤、安全", "leader", [
            ("食材配送企业考评走过场", "★★", "考评由家长代表参与，结果公示。"),
            ("校舍安全隐患整治项目验收不严", "★★", "验收邀请县教育局基建股参加。"),
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
        "fengzhen_canteen_centre_cards", "https://www.renrendoc.com/paper/508020217.html",
        "县镇中心学校 领导干部廉政风险防控卡, one sheet a leader, after the source's “校园餐” 专项整治 (食材采购, "
        "膳食经费, 食堂经理, 供货商): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def fengzhen_repair_station_list() -> dict:
    unit = f"{PLACE}校舍维修管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "滑瑄汐", "leader", "寄宿生生活补助资金发放不公开", "制度机制", "高风险",
         "补助名单班级评议、学校审核、公示。"),
        ("学校领导", "校长", "滑瑄汐", "leader", "教师绩效工资分配搞平均主义或优亲厚友", "岗位职责", "中风险",
         "分配方案经教职工大会通过。"),
        ("教导处", "主任", "邢骞琇", "middle", "教师考勤和代课安排弄虚作假", "业务流程", "中风险",
         "考勤每日公示，代课记录存档。"),
        ("总务处", "主任", "滑曜萦", "middle", "学生床上用品采购收受回扣", "外部环境", "高风险",
         "采购三家比价，家长代表参与验收。"),
        ("总务处", "会计", "邢湘琤", "general", "公用经费支出票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
        ("总务处", "食堂管理员", "滑崟岙", "general", "食堂库存账实不符", "思想道德", "低风险",
         "库存每周盘点，账物核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "fengzhen_repair_station_list", "http://0594.com.cn/2014/0831/6879.html",
        "县乡中心学校 岗位廉政风险防控一览表, after the source's 中学 中层干部会议 (班子分工, 中层干部, 师德师风, 清正廉洁): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def fengzhen_fees_office_register() -> dict:
    unit = f"{PLACE}教育收费管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "邢瀚翎", "leader", [
            ("学校大宗物资采购不按程序", "制度机制", "一级", "大宗物资按政府采购目录采购。"),
            ("校长亲属在食堂从业或参与采买", "思想道德", "二级", "亲属回避，食堂从业人员名单公示。"),
        ]),
        ("教务处", "主任", "滑漪朏", "middle", [
            ("学生学籍变动审核不严", "岗位职责", "二级", "学籍变动凭证留存，每月核对。"),
        ]),
        ("教务处", "班主任", "邢旸湜", "general", [
            ("向学生推销教辅资料", "外部环境", "一级", "签订承诺书，家长监督电话公开。"),
            ("有偿补课", "思想道德", "三级", "开展有偿补课专项排查。"),
        ]),
        ("总务处", "出纳", "滑珺沅", "general", [
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
        "fengzhen_fees_office_register", "https://lu-xu.com/keji/1787087.html",
        "县乡中心学校 廉政风险点排查登记表, after the source's 中学 党支部委员会议 (校长负责制, 议事规则, 师德师风): a title, "
        "序号/处室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fengzhen_meal_delivery_initials(),
    fengzhen_logistics_centre_two_sheets(),
    fengzhen_equipment_centre_posts(),
    fengzhen_student_aid_selfchecks(),
    fengzhen_work_study_office_group_rows(),
    fengzhen_canteen_centre_cards(),
    fengzhen_repair_station_list(),
    fengzhen_fees_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch558-inbox"))
