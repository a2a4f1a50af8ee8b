"""A twenty-second batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: sectors and kinds of unit the earlier batches drew on little,
each table as its own staff would return it, in their own words — a 派出所, a 医院, a 公交集团, a 税务
分局, a 村, a 社区, a 中学, a 检察院, a 规划国土所, a 城管中队 and a 镇 with its 站所. Nine are EVERYDAY:

- a 派出所 民(辅)警 登记表: 警组 (所领导/户籍室/社区警务队/案件办理组) merged down, 岗位/姓名 merged per
  person, a 人员类别 column saying 民警 or 辅警 on every row (no post), 廉政风险点/风险等级 高/中/低;
- a 医院 临床医技科室 排查表: 科室 merged down, 岗位 (科主任, 医疗组长, 护士长, 药库组长) and 姓名, a 职称
  column (主任医师, 主治医师, 副主任护师, 主管药师) that is the holder's title, not his post;
- a 公交集团 分公司 基层关键岗位 排查表: 部门 (车队, 安保部, 机务部)/岗位/姓名, levels A/B/C with a legend
  line (``A为高风险,B为中风险,C为低风险``) and a 监督责任人 column of names;
- a 税务分局 岗位廉政风险排查表: 股室/岗位/姓名 merged, a 岗位风险等级 一级/二级/三级 merged over each post
  (a grade of the post, with a note saying so) and NO level column for the points;
- a 社区 “小微权力” 排查表: 网格 (社区“两委”/第一网格/第二网格) merged down, 岗位 (社区党委书记, 网格长,
  网格员, 社区报账员)/姓名, 权力事项 before 廉洁风险点;
- a 中学 教研组 教师 排查表: 教研组 merged down, 姓名 BEFORE 职务 (教研组长/备课组长/教师), 任教年级
  (七年级…, not the post), levels 重大/较大/一般 with a legend line;
- a 检察院 检察人员 排查表: 部门 (第一检察部…)/岗位 (员额检察官, 检察官助理, 书记员, 司法警察)/姓名, a
  风险类型 column of the five types (one or two a cell), levels 高/中/低;
- a 规划国土所 岗位廉政风险点登记表: 岗位/姓名 merged per person, a long 主要职责 paragraph merged beside
  the points (a duty, not a point), the 所 being the unit;
- a 镇 站所干部 排查汇总表: 站所 (党政综合办公室, 财政所, 农业综合服务中心, 水利站, 社会事务办公室) merged
  down, 岗位/姓名, levels 一级/二级/三级, a 分管领导 column of names merged per 站所.

Two are harder, both what such offices really hand back:

- ``village_roster_cadres``: a 村 “小微权力” 廉洁风险防控清单 whose table names POSTS only (责任岗位:
  村党组织书记、村委会主任 / 村委会副主任 / 村文书 / 村报账员) while the holders are named once, above it,
  in a 村“两委”成员 roster of 职务/姓名 pairs (as a 村务公开栏 shows them) — with a 村务监督委员会主任
  in the roster who holds no point;
- ``chengguan_headcount``: a 城管中队 排查表 where the staff posts name their holders but the 协管员 and
  渣土巡查员 rows give a headcount in the 姓名 cell (``共8人``, ``共2人``) and a 人员性质 column says
  在编 or 协管.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited; most
of these pages describe their subject in prose (a news report, a 工作纲要, a study), and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us.

Run ``python tests/published/score.py --set batch22`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b22_police_station_squads.xls``, ``resaved/b22_township_zhansuo.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 警组 (户籍室, 社区警务队), a 网格 (第一网格) and a 教研组 (语文教研组) column each names where its rows'
  posts sit: each is the 科室 (department) of its rows, as batch20's 中队 and 班组; 所领导 for the
  派出所's 所长 is that row's 科室 too;
- a 人员类别 cell (民警, 辅警) and a 人员性质 cell (在编, 协管) say what kind of staff the holder is, not
  his post: the post is the 岗位 cell;
- a 职称 cell (主任医师, 主治医师, 副主任护师) is the holder's professional title, not his post (as
  batch18's 任教学科): the post is the 岗位 cell; a 任教年级 cell (八年级) is no post either;
- ``A``/``B``/``C`` in a 风险等级 column are Ⅰ/Ⅱ/Ⅲ because the sheet's legend says A is 高, B 中, C 低
  and the letters vary point by point within a post (so no post grade): the page defines them;
  without a legend they are not guessed (batch3's village_abc_levels has no level);
- 重大/较大/一般 used as the whole scale, with a legend naming the three, are Ⅰ/Ⅱ/Ⅲ (一般 is the
  lowest here, unlike 较高/一般/较低 where it is the middle);
- a 岗位风险等级 (一级/二级/三级) merged over a post grades the POST; with no level column for the
  points, the points have no level (None), as in batch6/batch10;
- a 主要职责 paragraph merged over a person's rows and a 权力事项 cell (低保评议, 村级工程项目) are
  what the holder does, no points; 监督责任人, 分管领导 and 监督主体 columns are watchers, never holders;
- a roster of 职务/姓名 pairs above a table whose 责任岗位 column names only posts names the holder
  of each post: the post's points are that person's (the 村's forms are 责任岗位 + the roster's name,
  department "" — the 村 is the unit); a roster member whose post holds no point (村务监督委员会主任)
  has no form; a post written ``村党组织书记、村委会主任`` (一肩挑) is one post, the whole cell;
- a 姓名 cell giving a headcount (``共8人``) names nobody: that post's form has person "" (对岗不对人),
  known by its post (the 中队 is the unit, department "");
- a tab left 'Sheet1' and a title naming the unit: the unit is the title's (as batch20).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b22_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b22_"
ABC = {"A": 1, "B": 2, "C": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
GRAVITY = {"重大": 1, "较大": 2, "一般": 3}
HEADCOUNT = ("共8人", "共2人")
TIER = {"所长": "leader", "副所长": "leader", "科主任": "middle", "护士长": "middle",
        "医疗组长": "middle", "药库组长": "middle", "车队长": "middle", "保安队长": "middle",
        "修理班长": "middle", "分局长": "leader", "股长": "middle", "社区党委书记": "leader",
        "网格长": "middle", "教研组长": "middle", "备课组长": "middle", "员额检察官": "middle",
        "中队长": "middle", "副中队长": "middle", "主任": "middle", "站长": "middle",
        "村党组织书记、村委会主任": "leader", "村委会副主任": "leader"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layouts


def village_roster_cadres() -> dict:
    unit = "XX县XX镇XX村"
    sh = _Sheet("小微权力", [5, 10, 16, 16, 32, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}村级“小微权力”廉洁风险防控清单", 8)
    roster = [
        ("村党组织书记、村委会主任", "邓长林"),
        ("村委会副主任", "卢春梅"),
        ("村文书", "戴晓军"),
        ("村报账员", "史红霞"),
        ("村务监督委员会主任", "汤国华"),
    ]
    who = dict(roster)
    r = sh.add("村“两委”成员及分工:", *([None] * 7))
    sh.merge(r, 0, r, 7)
    # 职务/姓名 pairs, three to a row, as the 村务公开栏 shows them
    pairs = [c for post, name in roster for c in (post, name)]
    for k in range(0, len(pairs), 6):
        chunk = pairs[k : k + 6]
        sh.add(None, *chunk, *([None] * (7 - len(chunk))))
    sh.add(
        "序号", "权力类别", "权力事项", "责任岗位", "廉洁风险点", "风险等级", "防控措施", "监督主体"
    )
    powers = [
        ("重大事务类", "村级工程项目建设", "村党组织书记、村委会主任", [
            ("工程发包不经“四议两公开”,指定施工队", "高", "工程项目“四议两公开”,限额以上进镇交易平台。"),
            ("工程量签证虚增,与施工方串通", "高", "签证村务监督委员会现场见证,结算送镇审核。"),
        ]),
        ("重大事务类", "集体资产资源发包租赁", "村党组织书记、村委会主任", [
            ("低价发包、延长承包期,优亲厚友", "中", "发包方案村民代表会议表决,结果公示。"),
        ]),
        ("便民服务类", "低保、特困对象评议", "村委会副主任", [
            ("评议不入户核查,人情保、关系保", "高", "入户核查两人以上,评议结果张榜公示。"),
            ("对申请人吃拿卡要", "低", "一次性告知,公开监督电话。"),
        ]),
        ("便民服务类", "宅基地申请初审", "村委会副主任", [
            ("初审把关不严,为不符合条件户出具意见", "中", "初审意见经村“两委”联席会议研究。"),
        ]),
        ("便民服务类", "村级印章使用和证明出具", "村文书", [
            ("私自用印,为他人出具虚假证明", "中", "用印审批登记,证明事项留底备查。"),
            ("空白介绍信、证明外流", "低", "空白文书编号管理,领用登记。"),
        ]),
        ("财务管理类", "村级财务收支报账", "村报账员", [
            ("白条入账、虚列支出", "高", "报账单据村务监督委员会审核签字,每月公开。"),
            ("坐收坐支,集体收入不入账", "中", "收入当日交镇“三资”代理中心。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for kind, power, post, items in powers:
        for point, level, measures in items:
            n += 1
            recs.append([n, kind, power, post, point, level, measures, "村务监督委员会"])
            t.point(sh.name, "", post, who[post], _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3, 7))
    sh.add()
    sh.add("村党组织(盖章)", None, None, "镇纪委审核:", None, None, "2024年5月", None)
    return _layout(
        "village_roster_cadres", "http://www.cwzrzzs.com/renwu/zhucun/20250901/3605.html",
        "(harder) 村 村级“小微权力”廉洁风险防控清单 after the source's M县 村级事务小微权力清单 (全面推行“一肩挑”, "
        "照单服务、依规用权, 晒给村民): a 村“两委”成员及分工 roster of 职务/姓名 pairs (three to a row) above the "
        "table; 序号/权力类别/权力事项/责任岗位 (posts only, merged)/廉洁风险点/风险等级 高/中/低/防控措施/监督主体 "
        "(村务监督委员会); the 村务监督委员会主任 in the roster holds no point; 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def chengguan_headcount() -> dict:
    unit, squad = "XX区城管执法大队", "XX中队"  # the 中队 is a 科室 of the 大队 (main's call)
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 34, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}{squad}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "人员性质", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("中队长", "夏振东", "在编", [
            ("对违章搭建选择性查处,收受当事人好处", "高", "违建台账公开,查处结果大队复核。"),
            ("暂扣物品处理不按程序", "中", "暂扣物品登记入库,返还凭审批单。"),
            ("中队经费报销虚列支出", "低", "报销单据大队财务审核。"),
        ]),
        ("副中队长", "闻立新", "在编", [
            ("户外广告设置审查把关不严", "中", "审查两人以上,审查意见存档。"),
            ("执法检查前向商户通风报信", "中", "检查任务临时下达,执法记录仪全程开启。"),
        ]),
        ("执法队员", "苗嘉伟", "在编", [
            ("占道经营处罚畸轻畸重,以罚代管", "高", "处罚按裁量基准,案卷法制审核。"),
            ("接受商户宴请、购物卡", "低", "签订廉洁执法承诺书,公开举报电话。"),
        ]),
        ("执法队员", "车晓燕", "在编", [
            ("执法文书补签、代签", "中", "文书当场制作,案卷月度抽查。"),
        ]),
        ("协管员", HEADCOUNT[0], "协管", [
            ("巡查中向摊贩吃拿卡要", "中", "协管员巡查两人一组,路线随机安排。"),
            ("冒用执法名义实施处罚", "高", "协管员不得单独执法,处罚由执法队员作出。"),
        ]),
        ("渣土巡查员", HEADCOUNT[1], "协管", [
            ("对渣土车违规运输放任不管", "中", "巡查轨迹上传平台,违规线索登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, kind, items in people:
        person = "" if who in HEADCOUNT else who
        for point, level, measures in items:
            n += 1
            recs.append([n, post, who, kind, point, level, measures])
            t.point(sh.name, squad, post, person, _tier(post), point, [], HML[level])
    person_rows(sh, recs, None, (1, 2))
    sh.add()
    sh.add("中队长(签字):", None, None, "大队纪检审核:", None, "2024年6月", None)
    return _layout(
        "chengguan_headcount",
        "https://xuanhuisec.com/html/.llysj201806t20180605_729621.html",
        "(harder) 城管中队 岗位廉政风险点排查表 after the source's 城市管理重心下移 (街道设城管中队; 执法队员、协管员): "
        "tab left Sheet1, the 中队 only in the title; 序号/岗位/姓名 merged per person/人员性质 在编 or 协管/"
        "廉政风险点/风险等级 高/中/低/防控措施; the 协管员 and 渣土巡查员 rows give a HEADCOUNT in the 姓名 cell "
        "(共8人, 共2人) instead of a name; 签字/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def police_station_squads() -> dict:
    unit = "XX市公安局XX分局卫东路派出所"
    sh = _Sheet("排查登记表", [5, 12, 10, 8, 8, 34, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}民(辅)警岗位廉政风险点排查登记表", 8)
    sh.add("序号", "警组", "岗位", "姓名", "人员类别", "廉政风险点", "风险等级", "防控措施")
    squads = [
        ("所领导", [
            ("所长", "陶建勋", "民警", [
                ("干预案件定性和处理结果,办人情案、关系案", "高", "案件定性法制员审核,重大案件集体研究。"),
                ("涉案财物审批把关不严", "中", "涉案财物统一入库,出库凭审批单。"),
            ]),
        ]),
        ("户籍室", [
            ("副所长", "郝珊", "民警", [
                ("违规办理户口迁入、更改出生日期", "高", "户口变更材料双人审核,系统留痕。"),
                ("身份证加急办理私自收费", "中", "收费标准上墙,一律扫码缴费。"),
            ]),
            ("户籍内勤", "邵可欣", "辅警", [
                ("违规查询、泄露公民个人信息", "中", "查询权限分级,查询日志月度抽查。"),
            ]),
        ]),
        ("社区警务队", [
            ("社区民警", "闫志强", "民警", [
                ("调解纠纷中收受当事人好处,偏袒一方", "中", "调解两人以上,调解协议当事人签字。"),
                ("特种行业、出租房检查走过场", "低", "检查记录拍照上传,所领导抽查。"),
            ]),
            ("巡逻辅警", "冉小龙", "辅警", [
                ("巡逻中向商户吃拿卡要", "低", "执法记录仪全程开启,公开监督电话。"),
            ]),
        ]),
        ("案件办理组", [
            ("办案民警", "欧阳锋", "民警", [
                ("扣押涉案财物不入库、不登记", "高", "涉案财物管理中心集中保管,扫码出入。"),
                ("违规办理取保候审,为当事人通风报信", "高", "取保候审所长审批,办案过程同步录音录像。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for squad, people in squads:
        for post, who, kind, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, squad, post, who, kind, point, level, measures])
                t.point(sh.name, squad, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("所长(签字):", None, None, "教导员(签字):", None, None, "2024年3月", None)
    return _layout(
        "police_station_squads", "http://111.205.184.227:8081/zixun/2018-03/02/content_11451904.htm",
        "派出所 民(辅)警岗位廉政风险点排查登记表 after the source's 卫国路派出所 (所长主持早会, 副所长在户籍室窗口, "
        "治安防范、打击破案、调解纠纷、走访社区): 序号/警组 (所领导, 户籍室, 社区警务队, 案件办理组) merged down/"
        "岗位/姓名 merged per person/人员类别 民警 or 辅警 on every row/廉政风险点/风险等级 高/中/低/防控措施; "
        "所长/教导员 签字 line",
        [sh], t,
    )  # fmt: skip


def hospital_titles_column() -> dict:
    unit = "XX市第六人民医院"
    sh = _Sheet("临床医技科室", [5, 12, 10, 8, 12, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}临床医技科室岗位廉洁风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "职称", "廉洁风险点", "风险等级", "防控措施")
    depts = [
        ("心血管内科", [
            ("科主任", "柏文杰", "主任医师", [
                ("收受医药代表回扣,违规“统方”", "高", "处方数据查询权限管控,统方行为系统监测。"),
                ("高值耗材使用倾向特定品牌", "高", "支架等高值耗材使用点评,异常用量预警。"),
            ]),
            ("医疗组长", "祁晓峰", "主治医师", [
                ("过度检查、过度治疗", "中", "检查阳性率月度分析,病历质控抽查。"),
                ("收受患者及家属“红包”", "中", "签订医患双方不收不送“红包”协议。"),
            ]),
            ("护士长", "蒋琳", "副主任护师", [
                ("护理耗材领用不登记,私自处置", "低", "耗材二级库扫码领用,每月盘点。"),
            ]),
        ]),
        ("药剂科", [
            ("科主任", "毛振宇", "主任药师", [
                ("新药遴选中接受药企宴请、好处", "高", "新药引进药事管理委员会集体评审。"),
            ]),
            ("药库组长", "汪丽萍", "主管药师", [
                ("药品验收入库不严,账实不符", "中", "验收双人签字,每月账物核对。"),
                ("近效期药品报损不按程序", "低", "报损科室审核、院领导审批。"),
            ]),
        ]),
        ("检验科", [
            ("科主任", "滕国安", "副主任技师", [
                ("检验试剂采购倾向特定供应商", "中", "试剂遴选集体论证,采购结果公示。"),
                ("为他人出具不实检验报告", "高", "报告双人审核,原始数据可追溯。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, title, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, title, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3, 4))
    sh.add()
    sh.add("科室负责人(签字):", None, None, None, "院纪委审核:", None, "2024年8月", None)
    return _layout(
        "hospital_titles_column", "http://cq.china.com.cn/2023-08/14/content_42481832.html",
        "医院 临床医技科室岗位廉洁风险点排查表 after the source's 清廉医院建设 (市六院 “11451”路线图, 风险防范, "
        "职能科室、支部书记“第一责任人”): 序号/科室 merged/岗位/姓名/职称 (主任医师, 主治医师, 副主任护师, 主管药师, "
        "merged per person — a title, not the post)/廉洁风险点/风险等级 高/中/低/防控措施; 签字/审核 line",
        [sh], t,
    )  # fmt: skip


def bus_group_abc_levels() -> dict:
    unit = "XX公交集团有限公司第二分公司"
    sh = _Sheet("关键岗位", [5, 10, 10, 8, 34, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}基层关键岗位廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施", "监督责任人")
    people = [
        ("第一车队", "车队长", "方国栋", "庞建", [
            ("驾驶员排班、线路分配收受好处", "A", "排班规则公开,排班表每周公示。"),
            ("事故处理中隐瞒事故、私了赔偿", "A", "事故处理报分公司安全部备案,赔偿走对公账户。"),
            ("车辆维修送修指定修理厂", "B", "送修由机务部统一派单。"),
        ]),
        ("第一车队", "安全员", "石磊磊", "庞建", [
            ("安全检查走过场,违规记分不录入", "B", "检查记录上传系统,分公司抽查。"),
            ("驾驶员违章处理优亲厚友", "C", "违章处理结果车队公示栏公布。"),
        ]),
        ("第二车队", "车队长", "沈红梅", "庞建", [
            ("虚报加班、出车里程,套取补贴", "A", "里程以车载系统数据为准,补贴按月公示。"),
            ("新驾驶员招录中打招呼、收钱", "B", "招录统一由集团人资部组织。"),
        ]),
        ("安保部", "保安队长", "龚宇", "庞建", [
            ("场站油料、配件看管不严,内外勾结盗卖", "A", "场站视频全覆盖,出入物资登记。"),
            ("保安排班考勤弄虚作假", "C", "考勤人脸识别,月度抽查。"),
        ]),
        ("机务部", "修理班长", "雷振华", "庞建", [
            ("配件领用虚报,旧件不回收", "B", "以旧换新,旧件回收登记。"),
            ("外修项目虚增工时", "C", "外修工单机务部、财务部双审。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, watcher, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures, watcher])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ABC[level])
    person_rows(sh, recs, 1, (2, 3))
    first = next(r for r, row in enumerate(sh.rows) if row and row[0] == 1)
    for k in range(first + 1, len(sh.rows)):
        sh.rows[k][7] = None
    sh.merge(first, 7, len(sh.rows) - 1, 7)  # one 监督责任人 for the whole list
    r = sh.add("注:风险等级分为A、B、C三级,A为高风险,B为中风险,C为低风险。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("分公司经理(签字):", None, None, "分公司纪检委员(签字):", None, "2024年7月", None, None)
    return _layout(
        "bus_group_abc_levels", "http://m.binfenclub.cn/ggjt/17755.html",
        "公交集团 分公司 基层关键岗位廉洁风险点排查表 after the source's 公交集团 梳理排查基层关键岗位风险点 (公交车队长、"
        "保安队长、安全员 分岗位整治): 序号/部门 (车队, 安保部, 机务部) merged/岗位/姓名 merged/廉洁风险点/风险等级 "
        "A/B/C/防控措施/监督责任人 (one name merged down the list); 注 legend A为高风险,B为中风险,C为低风险; 签字 line",
        [sh], t,
    )  # fmt: skip


def tax_branch_post_grade() -> dict:
    unit = "国家税务总局XX县税务局城关税务分局"
    sh = _Sheet("岗位风险", [5, 12, 14, 8, 10, 34, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "岗位风险等级", "廉政风险点", "防控措施")
    posts = [
        ("分局领导", "分局长", "全立国", "一级", [
            ("重大税务事项不经集体审议,个人说了算", "重大事项分局局务会集体审议,会议纪要存档。"),
            ("干预纳税人税务检查、处罚结果", "检查处罚结果法制股审核,领导干预登记报告。"),
        ]),
        ("税源管理股", "股长", "甘晓峰", "一级", [
            ("纳税评估中对疑点数据不深究,降低补税金额", "评估结论复审,补税金额系统比对。"),
            ("核定定额户税额时收受好处", "定额核定公示,集体评议。"),
        ]),
        ("税源管理股", "税收管理员", "鲁晶", "二级", [
            ("户籍巡查不到户,虚报巡查记录", "巡查定位签到,股长随机复核。"),
            ("为纳税人违规代开发票", "代开发票系统自动比对,异常预警。"),
        ]),
        ("纳税服务股", "股长", "钟慧", "二级", [
            ("退税审核不严,违规办理退税", "退税审核、审批分离,大额退税分局长审批。"),
        ]),
        ("纳税服务股", "窗口受理岗", "魏婷", "三级", [
            ("对办税人员故意刁难、吃拿卡要", "一次性告知,办税评价器实时评价。"),
            ("违规为他人办理发票增量、增版", "增量增版系统审批,事后抽查。"),
        ]),
        ("综合股", "会计", "殷小芳", "三级", [
            ("虚列支出,套取经费", "支出凭证三级审核,每季度内审。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, post, who, grade, items in posts:
        for point, measures in items:
            n += 1
            recs.append([n, office, post, who, grade, point, measures])
            t.point(sh.name, office, post, who, _tier(post), point, [], None)
    person_rows(sh, recs, 1, (2, 3, 4))
    sh.add()
    r = sh.add("注:岗位风险等级依据岗位职权大小、廉政风险发生概率和危害程度,分为一级、二级、三级。",
               *([None] * 6))  # fmt: skip
    sh.merge(r, 0, r, 6)
    sh.add("填报人:", None, "分局长(签字):", None, None, "2024年4月", None)
    return _layout(
        "tax_branch_post_grade", "http://bjstyb.com/content-56-2608-1.html",
        "税务分局 岗位廉政风险排查表 after the source's 税务系统 五级机构 (总局、省局、市局、县局、分局; 廉政风险点人人"
        "面对, 税收执法、征收管理): 序号/股室 merged/岗位/姓名 merged/岗位风险等级 一级/二级/三级 merged over each "
        "post (a grade of the post)/廉政风险点/防控措施 — no level column for the points; 注 line; 签字 line",
        [sh], t,
    )  # fmt: skip


def community_grid_posts() -> dict:
    unit = "XX市XX街道富民社区"
    sh = _Sheet("小微权力", [5, 12, 12, 8, 14, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”廉洁风险点排查表", 8)
    sh.add("序号", "网格", "岗位", "姓名", "权力事项", "廉洁风险点", "风险等级", "防控措施")
    grids = [
        ("社区“两委”", [
            ("社区党委书记", "何建平", [
                ("惠民资金使用", "惠民资金使用不经居民代表议事,个人决定", "高", "资金使用方案居民代表会议审议,居务公开。"),
                ("社区公益性岗位安排", "公益性岗位优亲厚友", "中", "岗位安排条件公开,人选公示。"),
            ]),
            ("社区报账员", "吕晓琴", [
                ("社区财务收支", "白条入账、公款私存", "高", "收支每月公开,街道财务每季度审计。"),
            ]),
        ]),
        ("第一网格", [
            ("网格长", "孔德明", [
                ("低保、临时救助入户核查", "入户核查走过场,为关系户出具意见", "高", "入户核查两人以上,核查照片存档。"),
                ("居民证明出具", "违规为他人出具居住证明", "中", "证明出具登记,网格长、社区双签。"),
            ]),
            ("网格员", "尤佳", [
                ("网格信息采集", "泄露居民个人信息", "低", "信息采集终端加密,查询留痕。"),
            ]),
        ]),
        ("第二网格", [
            ("网格长", "韦志刚", [
                ("小区物业矛盾调处", "调处中收受物业企业好处,偏袒一方", "中", "调处结果居民代表评议。"),
            ]),
            ("网格员", "华丽娟", [
                ("高龄津贴申报", "代居民申报时虚报冒领", "高", "津贴发放名单公示,银行直发到户。"),
                ("网格微信群管理", "利用网格群推销商品、收取好处", "低", "网格群管理公约上墙,群内不得发布商业信息。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for grid, people in grids:
        for post, who, items in people:
            for power, point, level, measures in items:
                n += 1
                recs.append([n, grid, post, who, power, point, level, measures])
                t.point(sh.name, grid, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("社区党委(盖章)", None, None, "街道纪工委审核:", None, None, "2024年6月", None)
    return _layout(
        "community_grid_posts", "http://haicao88.cn/xinwenpindao/minshengguancha/113870.html",
        "社区 “小微权力”廉洁风险点排查表 after the source's 富民社区 小微权力监督群 (3个网格党支部, 每个网格一名网格长和"
        "一名网格员, 惠民资金使用、社区财务收支): 序号/网格 (社区“两委”, 第一网格, 第二网格) merged/岗位/姓名 merged/"
        "权力事项/廉洁风险点/风险等级 高/中/低/防控措施; 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def school_jiaoyanzu_gravity() -> dict:
    unit = "XX县家发中学"
    sh = _Sheet("教研组", [5, 12, 8, 10, 10, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}教研组教师廉洁从教风险点排查表", 8)
    sh.add("序号", "教研组", "姓名", "职务", "任教年级", "廉洁风险点", "风险程度", "防范措施")
    groups = [
        ("语文教研组", [
            ("孙丽华", "教研组长", "九年级", [
                ("教研经费使用不公开,虚报资料费", "较大", "教研经费教科室审核,使用情况学期公开。"),
                ("优质课、骨干教师推荐中优亲厚友", "较大", "推荐条件量化赋分,推荐结果公示。"),
            ]),
            ("鲍晓东", "教师", "七年级", [
                ("推荐或指定学生购买教辅资料", "一般", "教辅征订学生家长自愿,学校统一审核书目。"),
            ]),
        ]),
        ("数学教研组", [
            ("沈伟国", "教研组长", "八年级", [
                ("在校外培训机构兼职、有偿补课", "重大", "签订拒绝有偿补课承诺书,设立举报电话。"),
                ("考试命题泄题或暗示考试内容", "重大", "命题封闭进行,试卷保密室保管。"),
            ]),
            ("黄昌勇", "备课组长", "八年级", [
                ("成绩录入、排名弄虚作假", "较大", "成绩双人录入核对,教务处抽查。"),
            ]),
        ]),
        ("英语教研组", [
            ("胡小琴", "教研组长", "九年级", [
                ("外出培训名额分配不公", "一般", "培训名额轮换,分配名单公示。"),
                ("收受学生家长礼品礼金", "较大", "节前廉洁提醒,拒收登记。"),
            ]),
            ("朱静", "教师", "七年级", [
                ("座位安排、班干部选任中收受家长好处", "一般", "座位定期轮换,班干部民主选举。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for group, people in groups:
        for who, post, grade, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, group, who, post, grade, point, level, measures])
                t.point(sh.name, group, post, who, _tier(post), point, [], GRAVITY[level])
    person_rows(sh, recs, 1, (2, 3, 4))
    r = sh.add("注:风险程度分为重大、较大、一般三级。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("教科室(签字):", None, None, "校长(签字):", None, None, "2024年9月", None)
    return _layout(
        "school_jiaoyanzu_gravity", "https://www.nlx.gov.cn/openness/public/6605131/38136001.html",
        "中学 教研组教师廉洁从教风险点排查表 after the source's 家发中学教研工作发展规划纲要 (教研工作领导小组, 教科室"
        "牵头、教研组组织实施, 教研组长队伍): 序号/教研组 merged/姓名 BEFORE 职务 (教研组长, 备课组长, 教师)/任教年级 "
        "(七年级…, merged per person)/廉洁风险点/风险程度 重大/较大/一般/防范措施; 注 legend; 签字 line",
        [sh], t,
    )  # fmt: skip


def procuratorate_typed() -> dict:
    unit = "XX市人民检察院"
    sh = _Sheet("检察人员", [5, 12, 12, 8, 32, 16, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}检察人员岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("第一检察部", "员额检察官", "程立伟", [
            ("审查逮捕、审查起诉中接受当事人请托,违规作出不捕、不诉决定", "岗位职责、外部环境", "高",
             "不捕不诉案件检察官联席会议讨论,检察长审批。"),
            ("违规会见案件当事人及其辩护人", "思想道德", "中", "会见在检察院接待室进行,全程录音录像。"),
        ]),
        ("第一检察部", "检察官助理", "倪思雨", [
            ("泄露案件办理情况和证据材料", "岗位职责", "中", "案卷借阅登记,电子卷宗分级授权。"),
            ("讯问笔录记录不实", "业务流程", "低", "讯问同步录音录像,笔录与录像比对。"),
        ]),
        ("第四检察部", "员额检察官", "谭慧敏", [
            ("民事监督案件中偏袒一方当事人", "外部环境", "高", "监督案件集体讨论,监督意见公开宣告。"),
            ("公益诉讼线索不登记、不核查", "制度机制", "中", "线索统一登记,定期清理通报。"),
        ]),
        ("第四检察部", "书记员", "包雨晴", [
            ("送达法律文书不及时、不规范", "业务流程", "低", "送达回证归档,流程监控提醒。"),
        ]),
        ("检务保障部", "司法警察", "麻永强", [
            ("押解、看管中违规为犯罪嫌疑人传递信息", "思想道德、岗位职责", "高",
             "押解两人以上,看管区域视频监控全覆盖。"),
            ("涉案财物保管不善,私自挪用", "制度机制", "中", "涉案财物专库保管,出入库双人签字。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kinds, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kinds, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kinds), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("部门负责人(签字):", None, None, "院纪检监察组审核:", None, None, "2024年5月", None)
    return _layout(
        "procuratorate_typed",
        "https://soolun.net/periodical/a4b54d2fa48577a0f5fae0319635f6f3.html",
        "检察院 检察人员岗位廉政风险点排查表 after the source's 东阳市院 廉政风险防控 (查找干警可能发生腐败行为的风险点, "
        "执法活动各个环节): 序号/部门 (第一检察部, 第四检察部, 检务保障部) merged/岗位 (员额检察官, 检察官助理, 书记员, "
        "司法警察)/姓名 merged/风险点/风险类型 (the five types, one or two a cell)/风险等级 高/中/低/防控措施; 签字 line",
        [sh], t,
    )  # fmt: skip


def land_suo_duties() -> dict:
    unit = "XX市规划和自然资源委员会XX分局第二规划国土所"
    sh = _Sheet("登记表", [5, 10, 8, 30, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点登记表", 7)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险等级", "防控措施")
    people = [
        ("所长", "杭建明", "主持所全面工作,负责辖区耕地保护、执法监察和规划实施监督。", [
            ("对违法占用耕地查处不力,为当事人说情", "高", "违法用地台账动态更新,查处结果分局复核。"),
            ("规划条件核实中降低标准", "高", "核实两人以上,核实结果网上公开。"),
        ]),
        ("执法巡查员", "邢志远", "负责辖区日常动态巡查,发现、制止和报告违法用地违法建设。", [
            ("巡查发现违法用地不报告、不制止", "高", "巡查轨迹上传平台,“图斑”核查销号。"),
            ("向违法当事人通风报信", "中", "巡查路线随机安排,巡查信息保密。"),
        ]),
        ("土地管理员", "宁秀芳", "负责农村宅基地、设施农用地审核和土地变更调查。", [
            ("宅基地审核把关不严,超面积审批", "中", "审核材料镇街、所两级审查,结果公示。"),
            ("设施农用地备案“大棚房”把关不严", "中", "现场核查拍照存档,定期回头看。"),
        ]),
        ("测绘员", "钮海涛", "负责土地勘测定界和“三调”图斑数据核实。", [
            ("勘测数据弄虚作假,多测少测", "中", "测量成果复核,原始数据存档。"),
            ("泄露涉密图斑数据", "低", "涉密数据专机管理,使用登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, duty, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, post, who, duty, point, level, measures])
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, None, (1, 2, 3))
    sh.add()
    sh.add("填报人:", None, None, "所长(签字):", None, "2024年3月", None)
    return _layout(
        "land_suo_duties",
        "https://ghzrzyw.beijing.gov.cn/zhengwuxinxi/zxzt/mtgfjzlcjwmcs/gztd/201912/t20191225_1470711.html",
        "规划国土所 岗位廉政风险点登记表 after the source's 第二规划国土所 日常巡查监管 (耕地保护、违法用地违法建设查处、"
        "“三调”图斑): the 所 the unit (title only); 序号/岗位/姓名/主要职责 (a long duty paragraph) merged per "
        "person/风险点/风险等级 高/中/低/防控措施; 填报人/所长 签字 line",
        [sh], t,
    )  # fmt: skip


def township_zhansuo() -> dict:
    unit = "XX区龙凤镇人民政府"
    sh = _Sheet("站所干部", [5, 14, 10, 8, 32, 8, 30, 10])
    t = _Truth(unit)
    sh.title(f"{unit}站所干部岗位廉政风险点排查汇总表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险等级", "防控措施", "分管领导")
    offices = [
        ("党政综合办公室", "童永华", [
            ("主任", "祝海燕", [
                ("公务接待超标准、无公函接待", "三级", "接待事前审批,接待清单按月公示。"),
                ("办公用品采购不比价", "三级", "采购三家比价,验收与采购分离。"),
            ]),
        ]),
        ("财政所", "郎建军", [
            ("所长", "詹志宏", [
                ("惠农补贴资金拨付不及时或截留挪用", "一级", "补贴资金“一卡通”直发,发放名单公示。"),
                ("村级“三资”代理记账把关不严", "二级", "村级报账单据村务监督委员会、所长双签。"),
            ]),
        ]),
        ("农业综合服务中心", "郎建军", [
            ("主任", "汤明远", [
                ("耕地地力保护补贴面积核定不实", "一级", "补贴面积村级公示七日,镇级复核。"),
                ("农机购置补贴申报审核走过场", "二级", "补贴机具现场核验,“人机合影”存档。"),
            ]),
            ("农技员", "俞婷", [
                ("推荐农户购买指定种子、农药,收取好处", "二级", "农资推荐一律公开名录,禁止指定销售。"),
            ]),
        ]),
        ("水利站", "童永华", [
            ("站长", "褚国富", [
                ("小型水利工程发包指定施工队", "一级", "工程项目进入镇招投标中心,纪委全程监督。"),
                ("农村饮水工程验收不严,虚增工程量", "二级", "验收邀请村民代表参加,结算送审计。"),
            ]),
        ]),
        ("社会事务办公室", "苏慧敏", [
            ("民政专干", "蔡丽", [
                ("低保审核审批优亲厚友", "一级", "低保评议入户核查,审批结果三级公示。"),
                ("临时救助金发放虚报冒领", "二级", "救助对象信息比对,资金社会化发放。"),
                ("残疾人补贴申报材料审核不严", "三级", "申报材料与残联系统比对。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, leader, people in offices:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, office, post, who, point, level, measures, leader])
                t.point(sh.name, office, post, who, _tier(post), point, [], ORDINAL[level])
    person_rows(sh, recs, 1, (2, 3))
    first = next(r for r, row in enumerate(sh.rows) if row and row[0] == 1)
    # the 分管领导 merged over each 站所 (two 站所 in a row share 郎建军: merged per 站所, not across)
    r = first
    while r < len(sh.rows):
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][1] is None:
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][7] = None
            sh.merges.append((r, 7, e, 7))
        r = e + 1
    sh.add()
    r = sh.add("注:风险等级分一级(高)、二级(中)、三级(低)。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("镇纪委(盖章)", None, None, "填报日期:2024年10月", None, None, None, None)
    return _layout(
        "township_zhansuo", "http://scfzyj.com/xz/2017-09-14/9327.html",
        "镇 站所干部岗位廉政风险点排查汇总表 after the source's 龙凤镇 强化“小微权力”监管 (党政班子、驻村干部, 征地拆迁、"
        "项目建设、资金使用、脱贫攻坚): 序号/站所 (党政综合办公室, 财政所, 农业综合服务中心, 水利站, 社会事务办公室) "
        "merged/岗位/姓名 merged/风险点/风险等级 一级/二级/三级/防控措施/分管领导 (names merged per 站所: watchers); "
        "注 line; 盖章 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_roster_cadres(),
    chengguan_headcount(),
    police_station_squads(),
    hospital_titles_column(),
    bus_group_abc_levels(),
    tax_branch_post_grade(),
    community_grid_posts(),
    school_jiaoyanzu_gravity(),
    procuratorate_typed(),
    land_suo_duties(),
    township_zhansuo(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b22_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch22-inbox"))
