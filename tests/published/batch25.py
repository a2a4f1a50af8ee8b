"""A twenty-fifth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle, as batch23's: the MIX a 纪委 gets back when it asks a
district's or county's units for their 岗位廉政风险 — half list tables, a few personal forms, a
leaders' list and an odd one — from units the earlier batches drew on little: a 城市管理局 with its
执法中队, a 路政大队's 治超中队, a 市场监管局 with its 所 and 稽查大队, a 镇's 财政所 and 三资代理
服务中心, a 街道办事处, a 中学's 总务处, a 林业站, a 民政局's 社会救助股, a 林业局's 班子 and a
公路管理局. Each office words its own columns. Eight are EVERYDAY:

- a 城管局 排查登记表 (``附件1``, a 填报范围/填报时间 line): 所在科室(中队) merged down, 岗位/在岗人员
  merged per person, 廉政风险点, 风险程度 高/中/低, 防范措施; 科室负责人/局纪检组 line;
- a 路政大队 排查表 whose title names the 中队 after the unit (``XX县公路路政大队治超中队…``): no
  科室 column, 岗位/姓名 merged per person, 风险等级 一级/二级/三级, a 中队长签字/大队审核 line;
- a 市场监管局 排查表 under a TWO-ROW heading where 廉政风险 spans 风险点 | 风险类型 | 风险等级 and
  防控措施 is merged down both rows; 科室(所、队) merged down, types written ``岗位职责类``…, levels
  Ⅰ级/Ⅱ级/Ⅲ级;
- a 镇 排查表 (``附件2``): 站所 merged, 岗位名称/工作人员, 廉洁风险表现, levels 较高/一般/较低 with a
  ``注:`` line naming the three steps;
- a 中学 个人廉政风险防控卡, one sheet per post (tabs 主任/水电管理员/食堂管理员): a label row 姓名/
  所在处室/岗位, a 岗位职责 paragraph merged across (no point), 序号/风险点/风险等级/防控措施, 本人签字;
- a 林业站 工作人员廉洁风险登记卡, one sheet per person: a ``所在站所:…　岗位:…　姓名:…`` line, a
  风险类别 column (``外部环境``…, no ``风险``), levels 高/中/低;
- a 民政局 岗位廉政风险自查表 (one form): label rows 单位/股室, 姓名/岗位, 岗位风险等级 (the POST's
  grade, no point level), then a short 风险点名称 beside a long 风险表现, 高/中/低;
- a 林业局 领导班子成员 一览表: 姓名/职务/分管科室(单位) merged per leader, 风险点, 风险等级, 防控措施.

Two are harder, both what such units hand in:

- ``subdistrict_watchers_headcount``: a 街道 排查表 naming holders in 姓名 beside a 分管领导 column of
  names merged per 科室 (the 分管副主任, watchers), with one post ``待配备`` (vacant) and one
  headcount ``共16人``;
- ``highway_shared_duty``: a 公路管理局 一览表 led by the matter: 事项名称 (where, no point)/廉政风险点及
  表现 (the point)/等级/防控措施, then 责任科室(单位) and 责任人 LAST — no post column, and one row
  shared by two 科室 and two people written one per line in each cell (``工程处\\n养护中心``,
  ``邓国华\\n曾丽``): the point belongs to both.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 工作总结, a 工作计划, a 执法工作
报告, a study, a news item, a 制度汇编's table of contents, an explainer) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch25`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 中队 named in the title after the unit is the 科室 of every post on the sheet (the unit is the
  大队 before it); a 站所 named in a card's line is its 科室, the 局 of the title the unit;
- 较高/一般/较低 are Ⅰ/Ⅱ/Ⅲ; types written ``…类`` name the type before it;
- a 分管领导 column of names beside a 姓名 column watches the posts; the posts' holders are the 姓名;
- ``待配备`` names nobody (person ""), as ``空缺``; ``共16人`` names nobody (person "", as batch22);
- a 岗位风险等级 in a form's label rows grades the post; its points keep their own column's levels;
- in a table led by 事项名称 with 责任科室/责任人 last and no post column, each 责任人 is a form
  (title "") in its 责任科室; a cell naming two people one per line beside a 责任科室 cell naming
  two 科室 one per line gives the row's point to both, paired line by line;
- a 林业局's 局长/副局长 have department 领导班子 (the convention since batch13).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b25_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GENERAL = {"较高": 1, "一般": 2, "较低": 3}
VACANT = "待配备"
HEADCOUNT = "共16人"
TIER = {"主任": "middle", "科长": "middle", "中队长": "middle", "所长": "middle", "大队长": "middle",
        "站长": "middle", "总务处主任": "middle", "股长": "middle"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layouts


def subdistrict_watchers_headcount() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("排查表", [5, 14, 12, 9, 34, 6, 30, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室(站所)", "岗位", "姓名", "风险点", "等级", "防控措施", "分管领导")
    depts = [
        ("社会事务办", "林少华", [
            ("主任", "杜建平", [
                ("低保、特困对象审核把关不严,优亲厚友", "高", "审核结果在社区公示七天,复核抽查。"),
                ("临时救助金审批超标准", "中", "临时救助分级审批,台账月报。"),
            ]),
            ("救助经办员", "芦燕", [
                ("入户调查走过场,家庭收入核对不实", "高", "入户调查两人同行,经济状况核对系统比对。"),
            ]),
        ]),
        ("综合行政执法队", "彭立群", [
            ("队长", "欧阳斌", [
                ("对违法建设查处降格处理", "高", "查处决定集体讨论,结果报区执法局备案。"),
            ]),
            ("法制审核员", VACANT, [
                ("处罚案件法制审核流于形式", "中", "审核意见书面留存,街道法律顾问复核。"),
            ]),
        ]),
        ("网格服务管理中心", "彭立群", [
            ("主任", "柯雪", [
                ("网格事件考核打分不公", "低", "考核细则公开,得分月度公示。"),
            ]),
            ("专职网格员", HEADCOUNT, [
                ("入户采集中泄露居民个人信息", "中", "信息采集终端加密,查询留痕。"),
                ("代办事项中收受居民财物", "低", "代办事项登记,回访监督。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, leader, people in depts:
        for post, who, items in people:
            holder = "" if who in (VACANT, HEADCOUNT) else who
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures, leader])
                t.point(sh.name, dept, post, holder, _tier(post), point, [], HML[level])
    first = len(sh.rows)
    person_rows(sh, recs, 1, (2, 3))
    # the 分管领导 merged over each 科室's rows (the same leader again under another 科室)
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
    sh.add("街道纪工委审核:", None, None, None, "2024年4月", None, None, None)
    return _layout(
        "subdistrict_watchers_headcount", "https://m.docduoduo.com/p-158749.html",
        "(harder) 街道 岗位廉政风险点排查表 after the source's 五马街道 “大网格” (行政执法力量和社区自治力量联结, 网格化"
        "管理, 社区居民 诉求, 政府服务): 序号/科室(站所) merged/岗位 and 姓名 merged per person — 社会事务办, 综合行政执法"
        "队 with its 法制审核员 ``待配备``, 网格服务管理中心 with 专职网格员 ``共16人``/风险点/等级 高/中/低/防控措施/"
        "分管领导 names merged per 科室 (watchers, one of them over two 科室); 街道纪工委审核 line",
        [sh], t,
    )  # fmt: skip


def highway_shared_duty() -> dict:
    unit = "XX县公路管理局"
    sh = _Sheet("一览表", [5, 14, 36, 6, 32, 14, 10])
    t = _Truth(unit)
    sh.title(f"{unit}权力运行廉政风险防控一览表", 7)
    sh.add("序号", "事项名称", "廉政风险点及表现", "等级", "防控措施", "责任科室(单位)", "责任人")
    rows = [
        ("日常养护作业", "养护作业量虚报,虚列材料、机械台班", "中",
         "养护作业日志与巡查记录逐月核对。", [("养护中心", "曾丽")]),
        ("小修保养工程发包", "化整为零规避招标,指定施工队伍", "高",
         "工程发包局务会集体研究,进入县公共资源交易平台。", [("工程处", "邓国华")]),
        ("工程计量与验收", "计量签证不实,验收降低标准", "高",
         "计量签证两人以上现场确认,验收邀请纪检人员参加。",
         [("工程处", "邓国华"), ("养护中心", "曾丽")]),
        ("路政许可", "违规许可占用、挖掘公路,收受好处", "高",
         "许可事项网上办理,现场勘验两人同行。", [("路政大队", "侯振江")]),
        ("超限运输处罚", "处罚自由裁量随意,以罚代管", "中",
         "执行处罚裁量基准,罚没款统一缴入财政专户。", [("路政大队", "侯振江")]),
        ("通行费征收", "少收、免收车辆通行费,截留票款", "中",
         "收费数据系统日结,票款每日解缴。", [("收费所", "蒋春燕")]),
        ("公务接待", "超标准接待,虚列接待费用", "低",
         "接待凭公函,清单据实报销。", [("办公室", "钟晓")]),
    ]  # fmt: skip
    for n, (matter, point, level, measures, holders) in enumerate(rows, 1):
        depts = "\n".join(d for d, _ in holders)
        people = "\n".join(p for _, p in holders)
        sh.add(n, matter, point, level, measures, depts, people)
        for dept, who in holders:
            t.point(sh.name, dept, "", who, None, point, [], HML[level])
    r = sh.add("注:等级分高、中、低三档;责任科室(单位)和责任人按行对应。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "highway_shared_duty", "https://m.sboyo.com/1/2965036.html",
        "(harder) 公路管理局 权力运行廉政风险防控一览表 after the source's explainer of a 公路局's units (管理段、养护中心、"
        "工程处; 收费所、路政大队; 日常巡查和维修, 路面保养, 新建和改建; 超载): 序号/事项名称 (where, no point)/廉政风险点"
        "及表现 (the point)/等级 高/中/低/防控措施/责任科室(单位)/责任人 LAST, no post column; one row shared by two 科室 "
        "and two people one per line (工程处\\n养护中心, 邓国华\\n曾丽); 注 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def urban_mgmt_squad_list() -> dict:
    unit = "XX区城市管理局"
    sh = _Sheet("排查登记表", [5, 14, 12, 9, 34, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}岗位廉政风险点排查登记表", 7)
    r = sh.add(
        "填报范围:局机关各科室、执法中队", None, None, None, "填报时间:2023年11月", None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "所在科室(中队)", "岗位", "在岗人员", "廉政风险点", "风险程度", "防范措施")
    depts = [
        ("市容管理科", [
            ("科长", "倪国庆", [
                ("精品街道建设项目验收把关不严", "高", "项目验收邀请第三方参与,验收资料存档。"),
                ("户外广告设置审批中吃拿卡要", "中", "审批条件、时限公开,办理结果网上公示。"),
            ]),
            ("科员", "戚美玲", [
                ("户外广告现场核查走过场", "低", "核查照片上传系统,科长随机复查。"),
            ]),
        ]),
        ("环境卫生管理科", [
            ("科长", "汤卫东", [
                ("菜市场改造提升补助资金审核不严", "高", "补助资金按验收结果拨付,名单公示。"),
                ("星级菜市场评定打人情分", "中", "评定组成员随机抽取,评分表签字存档。"),
            ]),
        ]),
        ("湖塘执法中队", [
            ("中队长", "季文涛", [
                ("主次干道市容违法行为处罚随意", "高", "执行处罚裁量基准,案件局法制科审核。"),
            ]),
            ("执法队员", "顾俊", [
                ("街面执法接受商户宴请、礼品", "中", "执法全程记录仪摄录,投诉电话公开。"),
                ("对占道经营选择性执法", "低", "巡查路线每日派发,两人一组。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("科室(中队)负责人:", None, None, "局纪检组:", None, None, None)
    return _layout(
        "urban_mgmt_squad_list", "https://www.wj.gov.cn/html/czwj/2023/JJHCPPQE_0112/72716.html",
        "城管局 岗位廉政风险点排查登记表 after the source's 武进区城管局 年度工作总结 (精品街道建设, 菜市场改造提升 星级"
        "菜市场, 主次干道 街面市容, 户外广告; 湖塘镇): 附件1 line, title, 填报范围/填报时间 line, 序号/所在科室(中队) "
        "merged/岗位 and 在岗人员 merged per person/廉政风险点/风险程度 高/中/低/防范措施; 负责人/局纪检组 line",
        [sh], t,
    )  # fmt: skip


def road_admin_title_squad() -> dict:
    unit = "XX县公路路政大队"
    dept = "治超中队"
    sh = _Sheet("Sheet1", [5, 12, 9, 36, 9, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("中队长", "柳振华", [
            ("对超限30%以上车辆不卸载、少处罚", "一级", "卸载处罚全程录像,处罚决定大队法制员审核。"),
            ("执法任务安排中照顾关系车辆", "二级", "流动巡查路线由大队随机派发。"),
        ]),
        ("检测员", "唐晓明", [
            ("篡改超限检测数据", "一级", "检测数据自动上传,修改须审批留痕。"),
            ("检测中收受货车司机好处", "二级", "检测站点公开举报电话,视频监控存档。"),
        ]),
        ("执法队员", "施国栋", [
            ("收费所站入口劝退时放行超限车辆", "二级", "劝退记录逐车登记,监控抽查。"),
            ("罚款不开票或少开票", "一级", "罚款一律非现场缴纳,票款日清。"),
        ]),
        ("内勤", "欧丽华", [
            ("执法案卷归档不及时,随意抽换", "三级", "案卷编号管理,季度评查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    person_rows(sh, recs, None, (1, 2))
    sh.add()
    sh.add("中队长签字:", None, None, "大队审核:", None, "2024年1月")
    return _layout(
        "road_admin_title_squad", "http://www.tmdps.cn/a2/201905122/ef9374fc8ea08194.html",
        "路政大队 治超中队 岗位廉政风险排查表 after the source's 京福路政大队 治超工作计划 (收费所站入口劝退, 超限30%以上"
        "车辆, 卸载和处罚, 定点检测与流动巡查, 各中队路面巡查): the 中队 named in the title after the unit, no 科室 "
        "column; 序号/岗位 and 姓名 merged per person/风险点/风险等级 一级/二级/三级/防控措施; 签字/审核 line",
        [sh], t,
    )  # fmt: skip


def market_supervision_types() -> dict:
    unit = "XX区市场监督管理局"
    sh = _Sheet("排查表", [5, 14, 10, 8, 30, 10, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 8)
    r = sh.add("序号", "科室(所、队)", "岗位", "姓名", "廉政风险", None, None, "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 6)
    depts = [
        ("登记注册科", [
            ("科长", "冯志远", [
                ("为不符合条件的市场主体办理登记", "岗位职责类", "Ⅱ级", "登记材料两级审核,问题登记倒查。"),
                ("接受代办中介请托,优先办理", "外部环境类", "Ⅲ级", "窗口叫号办理,代办机构名单公开。"),
            ]),
        ]),
        ("稽查大队", [
            ("大队长", "卢海军", [
                ("案件查办中以罚代刑、降格处理", "制度机制类", "Ⅰ级", "重大案件集体审理,涉刑案件移送备案。"),
                ("泄露举报人信息和检查计划", "思想道德类", "Ⅱ级", "举报信息专人管理,检查计划临时下达。"),
            ]),
            ("执法人员", "周敏", [
                ("现场检查收受被检查人财物", "外部环境类", "Ⅰ级", "执法记录仪全程摄录,双随机抽取检查人员。"),
            ]),
        ]),
        ("杨柳青市场监管所", [
            ("所长", "侯建英", [
                ("食品经营许可现场核查走过场", "业务流程类", "Ⅱ级", "核查结果拍照上传,分局随机复查。"),
                ("对辖区特种设备隐患督促整改不力", "岗位职责类", "Ⅲ级", "隐患清单销号管理,逾期通报。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, kind, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, kind, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ROMAN[level])
    person_rows(sh, recs, 1, (2, 3))
    r = sh.add("说明:风险等级由高到低分为Ⅰ级、Ⅱ级、Ⅲ级。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "market_supervision_types", "http://scjg.tj.gov.cn/xiqing/zwgk/gzwj/48831.html",
        "市场监管局 岗位廉政风险排查表 after the source's 西青区市场监管局 行政执法工作报告 (各科、室、所、稽查大队; 市场"
        "监督稽查大队 查处违法案件; 特种设备、食品): a TWO-ROW heading, 廉政风险 over 风险点 | 风险类型 | 风险等级, 防控"
        "措施 merged down both rows; 科室(所、队) merged/岗位/姓名; types written ``…类``; Ⅰ级/Ⅱ级/Ⅲ级; 说明 line",
        [sh], t,
    )  # fmt: skip


def town_agency_accounting() -> dict:
    unit = "XX县XX镇人民政府"
    sh = _Sheet("镇属站所", [5, 18, 12, 9, 34, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}站所岗位廉洁风险排查表", 7)
    sh.add("序号", "站所", "岗位名称", "工作人员", "廉洁风险表现", "风险等级", "管控办法")
    depts = [
        ("财政所", [
            ("所长", "宁海鹰", [
                ("惠农补贴资金发放审核不严,虚报冒领", "较高", "补贴名册村级公示、镇级复核,资金一卡通直达。"),
                ("镇级大额资金支付未经集体研究", "较高", "大额支付党政联席会议研究,支付会签。"),
            ]),
            ("会计", "秦晓岚", [
                ("报销票据审核不严,虚列支出", "一般", "报销网上审批,票据真伪查验。"),
            ]),
        ]),
        ("农村集体“三资”委托代理服务中心", [
            ("代理会计", "黄丽萍", [
                ("村级财务代理记账中接受不合规票据入账", "较高", "村级支出经村务监督委员会审核后入账。"),
                ("与村干部串通,公款私存、坐收坐支", "一般", "村级资金统一存入代理账户,月度对账。"),
                ("村账公开不及时、不全面", "较低", "村务公开栏按季度公开,镇纪委抽查。"),
            ]),
            ("出纳", "贺强", [
                ("代管村级资金挪用、借出", "一般", "资金往来双人复核,银行对账单每月核对。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], GENERAL[level])
    person_rows(sh, recs, 1, (2, 3))
    r = sh.add("注:风险等级分较高、一般、较低三档。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("镇纪委(盖章)", None, None, None, "填报时间:2024年2月", None, None)
    return _layout(
        "town_agency_accounting", "https://www.fx361.cc/page/2021/0518/8352436.shtml",
        "镇 站所岗位廉洁风险排查表 after the source's study of 村级财务管理模式 (村账村管, 农村会计委派制, 农村会计代理制, "
        "会计委托代理制; 村民委员会 监督, 村级财务人员): 附件2 line, 序号/站所 merged (财政所, 农村集体“三资”委托代理服务"
        "中心)/岗位名称 and 工作人员 merged per person/廉洁风险表现/风险等级 较高/一般/较低/管控办法; 注 and 盖章 lines",
        [sh], t,
    )  # fmt: skip


def school_general_affairs_sheets() -> dict:
    unit = "XX县实验中学"
    t = _Truth(unit)
    people = [
        ("主任", "总务处主任", "熊伟民",
         "在分管后勤副校长领导下主持总务处工作,负责基建维修、校产管理和食堂管理。", [
            ("校舍维修工程不按规定比选施工单位", "高", "维修项目校务会研究,三家以上比选。"),
            ("办公用品、桌椅购置虚报数量、价格", "中", "采购清单公示,验收与采购分离。"),
            ("固定资产登记建账不及时,公物流失", "低", "资产年度清查,账实核对。"),
        ]),
        ("水电管理员", "水电管理员", "石磊",
         "负责学校水电设施的日常巡查、维修和水电费核对。", [
            ("维修材料领用不登记,虚报材料", "中", "材料领用登记,旧件交回。"),
            ("水电费核对不实,为承租户少计费用", "低", "水电表读数两人抄录,月度公示。"),
        ]),
        ("食堂管理员", "食堂管理员", "郝春梅",
         "负责食堂食材进货验收、出入库和从业人员管理。", [
            ("食材进货验收把关不严,收受供货商好处", "高", "食材定点采购,验收双人签字,膳食委员会抽查。"),
            ("虚报食材用量,截留伙食费", "高", "出入库日清月结,伙食账目每月公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, duty, items in people:
        sh = _Sheet(tab, [6, 12, 14, 12, 10, 30])
        sh.title(f"{unit}个人廉政风险防控卡", 6)
        sh.add("姓名", who, "所在处室", "总务处", "岗位", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", None, None, "风险等级", "防控措施")
        sh.merge(r, 1, r, 3)
        for i, (point, level, measures) in enumerate(items, 1):
            r = sh.add(i, point, None, None, level, measures)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, "总务处", post, who, _tier(post), point, [], HML[level])
        sh.add("本人签字:", None, None, "分管校长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "school_general_affairs_sheets", "https://m.docduoduo.com/p-8635949.html",
        "中学 个人廉政风险防控卡 after the source's 总务处 制度汇编 (总务处主任、副主任、干事、水电管理员、食堂管理员 岗位职责;"
        " 分管后勤校长; 基建, 校产, 公物采购, 食堂进货): one sheet per post (tabs 主任/水电管理员/食堂管理员), a label row "
        "姓名/所在处室/岗位, a 岗位职责 paragraph merged across (no point), 序号/风险点 merged over three columns/风险等级 "
        "高/中/低/防控措施, 本人签字/分管校长签字 line",
        sheets, t,
    )  # fmt: skip


def forestry_station_cards() -> dict:
    unit = "XX县林业局"
    t = _Truth(unit)
    people = [
        ("廖志华", "青州林业站", "站长", [
            ("林木采伐审批中违规发放采伐指标", "岗位职责", "高", "采伐指标公开分配,审批结果公示。"),
            ("林权纠纷调处偏袒一方", "外部环境", "中", "调处两人以上参加,调处意见书面送达。"),
            ("护林员补助考核发放不实", "制度机制", "中", "护林员巡护轨迹系统考核,补助名单公示。"),
        ]),
        ("陈德兵", "青州林业站", "林政员", [
            ("采伐伐区调查设计数据不实", "岗位职责", "高", "伐区调查资料站长复核,随机抽查。"),
            ("对乱砍滥伐行为发现不报", "思想道德", "中", "巡查日志每周上报,举报线索登记。"),
            ("服务窗口办理采伐许可吃拿卡要", "外部环境", "低", "一站对接、共享联办,办理时限公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, station, post, items in people:
        sh = _Sheet(who, [6, 36, 10, 8, 32])
        sh.title(f"{unit}基层林业站工作人员廉洁风险登记卡", 5)
        r = sh.add(
            f"所在站所:{station}{FW * 2}岗位:{post}{FW * 2}姓名:{who}", None, None, None, None
        )
        sh.merge(r, 0, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, kind, level, measures) in enumerate(items, 1):
            sh.add(i, point, kind, level, measures)
            t.point(sh.name, station, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.add()
        sh.add("本人签名:", None, "局纪检组审核:", None, None)
        sheets.append(sh)
    return _layout(
        "forestry_station_cards", "http://hegsty.fun/dn/tuijian/409990.html",
        "林业局 基层林业站工作人员廉洁风险登记卡 after the source's 三明 “一站一员一窗口” (青州镇林业站, 护林员 巡护, 采伐"
        "审批 一站对接、共享联办 服务窗口): one sheet per person, a ``所在站所:…　岗位:…　姓名:…`` line, 序号/风险点/"
        "风险类别 (bare type names)/风险等级 高/中/低/防控措施, 本人签名/局纪检组审核 line",
        sheets, t,
    )  # fmt: skip


def civil_affairs_selfcheck() -> dict:
    unit = "XX县民政局"
    sh = _Sheet("自查表", [16, 30, 10, 30])
    t = _Truth(unit)
    sh.title("岗位廉政风险自查表", 4)
    sh.add("单位", unit, "股室", "社会救助股")
    sh.add("姓名", "石红梅", "岗位", "低保审核员")
    r = sh.add("岗位风险等级", "一级(重点岗位)", None, None)
    sh.merge(r, 1, r, 3)
    sh.add("风险点名称", "风险表现", "风险等级", "防范措施")
    items = [
        ("关系保、人情保", "为亲友或村干部关系户违规办理低保", "高", "低保审批实行近亲属备案,审批结果公示。"),
        ("有偿办保", "在低保申请中收受申请人财物", "高", "公开监督电话,定期回访低保户。"),
        ("审核把关不严", "对村委会上报材料不核实即审批", "中", "家庭经济状况核对系统比对,入户抽查。"),
        ("动态管理不到位", "对不再符合条件的对象不及时停保", "低", "低保对象每年复核,退出名单公示。"),
    ]  # fmt: skip
    for point, desc, level, measures in items:
        sh.add(point, desc, level, measures)
        t.point(sh.name, "社会救助股", "低保审核员", "石红梅", "general", point, [], HML[level])
    sh.add("本人签名:", None, "股室负责人签名:", None)
    return _layout(
        "civil_affairs_selfcheck", "https://fx361.cc/page/2016/0316/18817779.shtml",
        "民政局 岗位廉政风险自查表 after the source's study of 农村基层低保给付 (村委会 实质控制低保资格认定; 虚报冒领、"
        "截留资金, “关系保”、“人情保”, 有偿办保): label rows 单位/股室, 姓名/岗位, 岗位风险等级 一级(重点岗位) (the "
        "post's grade); then short 风险点名称 beside long 风险表现, 风险等级 高/中/低, 防范措施; 签名 line",
        [sh], t,
    )  # fmt: skip


def forestry_bureau_leaders() -> dict:
    unit = "XX县林业局"
    sh = _Sheet("领导班子", [5, 8, 16, 18, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险防控一览表", 7)
    sh.add("序号", "姓名", "职务", "分管科室(单位)", "风险点", "风险等级", "防控措施")
    leaders = [
        ("谢长青", "党组书记、局长", "主持全面工作", [
            ("“三重一大”事项个人说了算", "高", "“三重一大”事项党组会集体研究,末位表态。"),
            ("干预林权纠纷调处", "中", "插手干预情况登记报告。"),
        ]),
        ("宋立平", "党组成员、副局长", "林政科、资源科", [
            ("年度采伐计划分配不公", "高", "采伐计划局务会研究,分配结果公开。"),
            ("为不符合条件的单位发放采伐许可证", "高", "许可证审核两级把关,发证情况季度抽查。"),
            ("林地占用审核降低标准", "中", "占用林地现场查验两人以上。"),
        ]),
        ("吕海燕", "党组成员、副局长", "防火科、国有林场", [
            ("森林防火物资采购指定供应商", "中", "防火物资政府采购,验收与采购分离。"),
            ("退耕还林补贴核查不实", "低", "补贴面积实地核查,名单公示。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for who, post, area, items in leaders:
        for point, level, measures in items:
            n += 1
            recs.append([n, who, post, area, point, level, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
    person_rows(sh, recs, None, (1, 2, 3))
    sh.add()
    sh.add("驻局纪检组:", None, None, None, "2024年3月", None, None)
    return _layout(
        "forestry_bureau_leaders", "https://m.sboyo.com/1/1020962.html",
        "林业局 领导班子成员廉政风险防控一览表 after the source's explainer of a 县级林业局 (林政科、防火科、资源科; 局长"
        " 一把手, 副局长分管; 采伐计划, 采伐许可证, 林权纠纷, 退耕还林补贴, 林场): 序号/姓名/职务/分管科室(单位) merged "
        "per leader/风险点/风险等级 高/中/低/防控措施; 驻局纪检组 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    subdistrict_watchers_headcount(),
    highway_shared_duty(),
    urban_mgmt_squad_list(),
    road_admin_title_squad(),
    market_supervision_types(),
    town_agency_accounting(),
    school_general_affairs_sheets(),
    forestry_station_cards(),
    civil_affairs_selfcheck(),
    forestry_bureau_leaders(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b25_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch25-inbox"))
