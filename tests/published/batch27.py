"""A twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: what district and county units most often hand back, each
in its own staff's words. Half are list tables with 科室/岗位/姓名 columns, a quarter personal
forms, the rest leaders' cards and an odd one:

- a 县交通运输局 股室岗位廉政风险点一览表: 股室 (办公室, 财务股, 工程建设股) merged down, 岗位/姓名
  merged per person, levels 高/中/低, a 分管领导 column of names merged per 股室 (watchers);
- a 县交通运输局 工程建设 岗位廉政风险排查表 with two header rows (``岗位信息`` over 科室/岗位/
  姓名, ``廉政风险`` over 风险点/风险等级), levels 一级/二级/三级, a vacant post (姓名 ``空缺``,
  person ""), a 局纪委审核 sign-off;
- (harder) a 区税务局 岗位廉政风险“三线”排查表 whose levels are the source's own words
  高压线/警戒线/斑马线, defined only by a 注 line below the table;
- a 社区 小微权力廉政风险清单 对岗不对人: 权力事项/岗位 with no name column, the unit only in the
  title, levels 高风险/中风险/低风险;
- a 派出所 民警 个人岗位廉政风险防控登记表: 单位/部门/岗位/姓名 in a header block, 本人签字 and 所长审核
  lines below;
- a 乡 农经股 村账代理会计 岗位廉政风险防控表: the 股 named in the title after the unit (the 科室), a
  岗位风险等级 in the header block (the post's declared grade, not its points' levels), levels
  Ⅰ级/Ⅱ级/Ⅲ级, a 分管领导 in the header block (a watcher);
- a 镇 领导班子成员 廉政风险防控卡: three cards stacked on one sheet, each with 姓名/职务 and a
  分管工作 line above its own numbered rows;
- a 村 小微权力 廉政风险排查表 whose 风险等级 is three tick columns (高/中/低 under one merged
  heading, a ``√`` in one of them), the 责任人 named beside each 权力事项.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch cited;
these pages describe their subject in prose (a news report, a work summary, an experience
exchange), and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us.

Run ``python tests/published/score.py --set batch27`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b27_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``高压线``/``警戒线``/``斑马线`` in a 风险等级 column are 1/2/3 because the sheet's 注 says so;
- a ``√`` under 高, 中 or 低 (two header rows: 风险等级 merged over the three) is that level;
- a 姓名 cell saying ``空缺`` names no holder: the post's points have person "";
- a 岗位风险等级 in a form's header block is the post's declared grade, no point and not the
  level of its points;
- a 股 named in a form's title after the unit (``XX乡人民政府农经股``) is the form's 科室;
- a 分管领导 named in a column beside the posts or in a form's header block watches them and holds
  none of their points;
- a leaders' card's 分管工作 line is what the leader oversees, no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b27_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth
from published.layouts import build as _build

PREFIX = "b27_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LINES = {"高压线": 1, "警戒线": 2, "斑马线": 3}
WORDED = {"高风险": 1, "中风险": 2, "低风险": 3}
TIER = {"股长": "middle", "科长": "middle", "所长": "middle", "党委书记": "leader",
        "镇长": "leader", "纪委书记": "leader", "党支部书记": "leader", "分局长": "middle",
        "局长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key); the
    runs are all found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    done = set()
    for r, e, cols in spans:
        for c in cols:
            if (r, e, c) in done:
                continue
            done.add((r, e, c))
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


# --------------------------------------------------------------------------- list tables


def jiaotong_gushi_fenguan() -> dict:
    unit = "XX县交通运输局"
    sh = _Sheet("一览表", [5, 12, 12, 8, 34, 7, 34, 9])
    t = _Truth(unit)
    sh.title(f"{unit}股室岗位廉政风险点一览表", 8)
    sh.add("填报单位:" + unit, None, None, None, None, None, "填报时间:2024年3月", None)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "等级", "防控措施", "分管领导")
    offices = [
        ("办公室", "万建平", [
            ("办公室主任", "程晓丽", [
                ("公务车辆私用、维修费用虚报", "中", "车辆定点维修,用车登记每月公示。"),
                ("入党、提干材料把关不严", "中", "由局党委集体讨论决定,结果公示。"),
            ]),
        ]),
        ("财务股", "万建平", [
            ("股长", "梁志勇", [
                ("大额资金支付未经集体研究", "高", "大额支出经局党委会研究,会议纪要备查。"),
            ]),
            ("出纳", "祝雅琴", [
                ("现金收支不入账、公款私存", "高", "日清月结,财务收支每季度公开。"),
            ]),
        ]),
        ("工程建设股", "袁国栋", [
            ("股长", "邵振华", [
                ("农村公路项目计量签证弄虚作假", "高", "计量签证实行监理、业主双签。"),
                ("接受施工单位宴请、礼金", "中", "签订廉政责任书,廉政监督电话公开。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, leader, people in offices:
        for post, who, items in people:
            for point, lv, measure in items:
                n += 1
                recs.append([n, office, post, who, point, lv, measure, leader])
                t.point(sh.name, office, post, who, _tier(post), point, [], HML[lv])
    first = len(sh.rows)
    sh.records(recs)
    _merge_runs(sh, first, [(1,), (2, 3), (7,)])
    sh.add("注:本表由各股室自查填报,局党风廉政建设领导小组审核。")
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    return _layout(
        "jiaotong_gushi_fenguan", "http://www.zxxww.com/show-163-29276-1.html",
        "县交通运输局 股室岗位廉政风险点一览表 after the source's 县交通运输局党风廉政建设纪略 (财务、车辆管理、"
        "岗位责任制, 入党提干 由局党委集体讨论): 填报单位/填报时间 line, 序号/股室 merged/岗位/姓名 merged/"
        "廉政风险点/等级 高/中/低/防控措施/分管领导 names merged per 股室 (watchers); a 注 line",
        [sh], t,
    )  # fmt: skip


def gongcheng_two_row_header() -> dict:
    unit = "XX县交通运输局"
    sh = _Sheet("排查表", [5, 14, 14, 8, 36, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}工程建设岗位廉政风险排查表", 7)
    r = sh.add("序号", "岗位信息", None, None, "廉政风险", None, "防控措施")
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r, 5)
    r2 = sh.add(None, "科室", "岗位", "姓名", "风险点", "风险等级", None)
    sh.merge(r, 0, r2, 0)
    sh.merge(r, 6, r2, 6)
    people = [
        ("重点工程项目部", "项目负责人", "卞永强", [
            ("工程变更不按程序报批,虚增工程量", "一级", "变更实行分级审批,重大变更集体研究。"),
            ("隐蔽工程验收走过场", "二级", "隐蔽工程影像留档,监理旁站。"),
        ]),
        ("重点工程项目部", "质量安全员", "空缺", [
            ("材料进场检验降低标准", "二级", "材料见证取样送检,不合格材料清退出场。"),
        ]),
        ("计划统计科", "科长", "滕丽萍", [
            ("项目计划安排优亲厚友", "二级", "项目库公开,计划安排经局长办公会研究。"),
            ("统计数据弄虚作假", "三级", "数据双人复核,定期抽查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, post, who, items in people:
        for point, lv, measure in items:
            n += 1
            recs.append([n, office, post, who, point, lv, measure])
            person = "" if who == "空缺" else who
            t.point(sh.name, office, post, person, _tier(post), point, [], ORDINAL[lv])
    first = len(sh.rows)
    sh.records(recs)
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("局纪委审核:", None, None, None, "审核日期:", None, None)
    return _layout(
        "gongcheng_two_row_header", "http://www.bhxjw.gov.cn/detailed/base/2017-03-23/1317.html",
        "县交通运输局 工程建设岗位廉政风险排查表 after the source's 交通工程建设 监督 (工程人员管理规定, "
        "工程管理人员“十不准”): two header rows (岗位信息 over 科室/岗位/姓名, 廉政风险 over 风险点/"
        "风险等级; 序号 and 防控措施 merged down both), 一级/二级/三级, a vacant 质量安全员 (姓名 空缺), "
        "局纪委审核 sign-off",
        [sh], t,
    )  # fmt: skip


def shuiwu_three_lines() -> dict:
    unit = "XX区税务局"
    sh = _Sheet("三线排查", [5, 14, 12, 8, 36, 9, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险“三线”排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险线别", "防范措施")
    people = [
        ("第一税务分局", "分局长", "黎光明", [
            ("违规核定定额,人为调低税负", "高压线", "定额核定集体审议,结果公示。"),
            ("税务检查选案随意", "警戒线", "选案由系统随机生成,留痕备查。"),
        ]),
        ("第一税务分局", "税收管理员", "甘婷婷", [
            ("为纳税人介绍中介、代理记账", "高压线", "签订廉洁从税承诺书,开展回访。"),
        ]),
        ("纳税服务科", "办税服务厅前台", "伍海燕", [
            ("发票领用审核不严", "警戒线", "发票领用实行系统控制,异常预警。"),
            ("办税中推诿、态度生硬", "斑马线", "首问责任制,服务评价器即时评价。"),
        ]),
        ("法制科", "科长", "蔡立军", [
            ("行政处罚自由裁量权滥用", "警戒线", "执行处罚裁量基准,重大案件审理委员会审理。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, post, who, items in people:
        for point, lv, measure in items:
            n += 1
            recs.append([n, office, post, who, point, lv, measure])
            t.point(sh.name, office, post, who, _tier(post), point, [], LINES[lv])
    first = len(sh.rows)
    sh.records(recs)
    _merge_runs(sh, first, [(1,), (2, 3)])
    r = sh.add("注:“高压线”为一级风险(触碰法律法规),“警戒线”为二级风险(涉及自由裁量权),"
               "“斑马线”为三级风险(日常管理规范)。")  # fmt: skip
    sh.merge(r, 0, r, 6)
    return _layout(
        "shuiwu_three_lines", "https://m.aidaidai.com/geren/436893.html",
        "(harder) 区税务局 岗位廉政风险“三线”排查表 after the source's 防范廉政风险经验交流 (“地雷区”、"
        "“高压线”、“警戒线”、“斑马线”): 序号/科室 merged/岗位/姓名 merged/风险点/风险线别 "
        "高压线/警戒线/斑马线 (a 注 below says they are 一级/二级/三级)/防范措施",
        [sh], t,
    )  # fmt: skip


def shequ_weiquanli_posts() -> dict:
    unit = "XX街道翠湖社区"
    sh = _Sheet("清单", [5, 22, 14, 38, 9, 30])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力廉政风险清单", 6)
    sh.add("序号", "权力事项", "责任岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("集体资金支出", "社区党支部书记", "大额支出一人说了算,事后不公示", "高风险",
         "支出事项提前公示,监事会、议事会代表共同参与。"),
        ("集体资金支出", "社区报账员", "白条入账、票据不全", "中风险", "发票、照片上传社区公众平台。"),
        ("商铺出租", "社区居委会主任", "低价出租、优亲厚友", "高风险", "出租经议事会表决,合同公开。"),
        ("困难群众慰问", "社区民政专干", "慰问对象确定不公开", "低风险", "慰问名单张榜公示七天。"),
        ("监督事项", "社区监事会主任", "监督走过场,签字不审核", "中风险", "监事会意见记录在案,定期通报。"),
    ]  # fmt: skip
    recs = []
    for n, (item, post, point, lv, measure) in enumerate(rows, 1):
        recs.append([n, item, post, point, lv, measure])
        t.point(sh.name, "", post, "", _tier(post), point, [], WORDED[lv])
    first = len(sh.rows)
    sh.records(recs)
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("社区党支部(盖章)", None, None, "街道纪工委备案", None, None)
    return _layout(
        "shequ_weiquanli_posts", "http://www.gcdr.gov.cn/zgdt/201610/54273859.html",
        "社区 小微权力廉政风险清单 对岗不对人 after the source's 村(社区)“微权力”治理 (集体资金支出 提前公示, "
        "监事会、议事会, 铺面出租): 序号/权力事项 merged/责任岗位 (no name column)/风险点/风险等级 "
        "高风险/中风险/低风险/防控措施; the unit only in the title; 盖章/备案 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- personal forms


def paichusuo_person_form() -> dict:
    unit = "XX县公安局"
    sh = _Sheet("登记表", [6, 30, 10, 34])
    t = _Truth(unit)
    sh.title(f"{unit}个人岗位廉政风险防控登记表", 4)
    sh.add("单位", unit, "部门", "城关派出所")
    sh.add("姓名", "汤晓明", "岗位", "户籍内勤")
    sh.add("序号", "风险点", "风险等级", "防控措施")
    dept, post, who = "城关派出所", "户籍内勤", "汤晓明"
    rows = [
        ("违规办理户口迁入、变更", "高", "户口办理材料所长审核签字,系统留痕。"),
        ("泄露公民个人信息", "高", "查询权限分级,查询日志每月抽查。"),
        ("办证中吃拿卡要", "中", "办证流程、时限公示,服务评价。"),
        ("居住证材料把关不严", "低", "材料一次性告知,定期回访核查。"),
    ]  # fmt: skip
    for n, (point, lv, measure) in enumerate(rows, 1):
        sh.add(n, point, lv, measure)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("本人签字:", None, "所长审核:", None)
    sh.add(None, None, "2024年4月8日", None)
    return _layout(
        "paichusuo_person_form", "http://ent.zjrxz.com/jxfw/202509/546525.html",
        "派出所 民警 个人岗位廉政风险防控登记表 after the source's 派出所 职能 (户籍管理: 户口登记、迁移, "
        "内勤人员 文书、档案、信息录入): 单位/部门 and 姓名/岗位 pairs above the rows, 序号/风险点/风险等级 "
        "高/中/低/防控措施, 本人签字 and 所长审核 lines",
        [sh], t,
    )  # fmt: skip


def nongjing_gu_title_form() -> dict:
    unit = "XX乡人民政府"
    dept = "农经股"
    sh = _Sheet("Sheet1", [6, 16, 26, 10, 30])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险防控表", 5)
    r = sh.add("岗位名称", "村账代理会计", "姓名", "任丽娟", None)
    sh.merge(r, 3, r, 4)
    r = sh.add("岗位风险等级", "二级", "分管领导", "副乡长 石建军", None)
    sh.merge(r, 3, r, 4)
    sh.add("序号", "风险点", "表现形式", "等级", "防控措施")
    post, who = "村账代理会计", "任丽娟"
    rows = [
        ("白条入账", "村级支出以白条、收据代替发票入账。", "Ⅰ级", "无合规票据一律不予入账。"),
        ("先支款后报账", "村干部先行支款,事后补办手续。", "Ⅰ级", "实行报账前“两委”联审,村务监督委员会签字。"),
        ("合同到期不发包", "集体资产资源合同到期不重新发包。", "Ⅱ级", "建立合同台账,到期前一月提醒。"),
        ("账务公开不及时", "村级财务不按季度公开。", "Ⅲ级", "每季度首月公开,乡纪委抽查。"),
    ]  # fmt: skip
    for n, (point, desc, lv, measure) in enumerate(rows, 1):
        sh.add(n, point, desc, lv, measure)
        t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[lv])
    sh.add()
    sh.add("填表人:任丽娟", None, "股室负责人:", None, "乡纪委审核:")
    return _layout(
        "nongjing_gu_title_form", "http://www.cctv-cmpany.net/nav6/64328.html",
        "乡 农经股 村账代理会计 岗位廉政风险防控表 after the source's “小微权力清单”制度产生的背景 "
        "(白条记账、先支款后报账、合同到期不发包): the 股 in the title after the unit, 岗位名称/姓名 and "
        "岗位风险等级 二级 (the post's grade)/分管领导 (a watcher) above, short 风险点 beside 表现形式, "
        "Ⅰ级/Ⅱ级/Ⅲ级, 填表人/负责人/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- cards and odd ones


def zhen_leader_cards() -> dict:
    unit = "XX镇"
    sh = _Sheet("班子成员", [6, 40, 10, 36])
    t = _Truth(unit)
    sh.title(f"中共{unit}委员会领导班子成员廉政风险防控卡", 4)
    cards = [
        ("周文斌", "党委书记", "主持镇党委全面工作,负责党风廉政建设第一责任人责任。", [
            ("“三重一大”事项个人说了算", "高", "重大事项党委会集体研究,会议纪要存档。"),
            ("干部选拔任用把关不严", "高", "严格执行干部任用程序,全程纪实。"),
        ]),
        ("郑丽华", "镇长", "主持镇政府全面工作,分管财政、审计。", [
            ("财政资金拨付审批把关不严", "高", "资金拨付实行联签,大额资金集体研究。"),
            ("政府投资项目指定施工单位", "中", "项目按规定公开招标或比选。"),
        ]),
        ("何志远", "纪委书记", "负责纪检监察工作,包保村廉政建设指导。", [
            ("问题线索处置不及时", "中", "线索集体排查,限期办结。"),
            ("廉政谈话流于形式", "低", "谈话记录存档,跟踪整改。"),
        ]),
    ]  # fmt: skip
    for who, post, duties, items in cards:
        sh.add("姓名", who, "职务", post)
        r = sh.add("分管工作", duties, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for n, (point, lv, measure) in enumerate(items, 1):
            sh.add(n, point, lv, measure)
            t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
        sh.add()
    sh.add("镇纪委制表", None, "2024年2月", None)
    return _layout(
        "zhen_leader_cards", "http://yx.hsjw.gov.cn/jcfcx/hcz/9302509.html",
        "镇 领导班子成员廉政风险防控卡 after the source's 班子成员“一岗双责”责任清单 (党委书记“第一责任人”、"
        "班子成员“分管领域直接责任”、包保村指导): three cards stacked on one sheet, each 姓名/职务 then a "
        "分管工作 line then 序号/廉政风险点/风险等级 高/中/低/防控措施; 制表 line",
        [sh], t,
    )  # fmt: skip


def cun_tick_levels() -> dict:
    unit = "XX镇XX村"
    sh = _Sheet("排查表", [5, 18, 14, 8, 32, 4, 4, 4, 28])
    t = _Truth(unit)
    sh.title(f"{unit}村级小微权力廉政风险排查表", 9)
    r = sh.add(
        "序号", "权力事项", "责任岗位", "责任人", "风险点", "风险等级", None, None, "防控措施"
    )
    r2 = sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r2, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("村级工程项目", "村党组织书记", "孔德旺", "化整为零规避乡镇招投标", 1, "五万元以上工程报乡镇审批,公开招标。"),
        ("村级工程项目", "村党组织书记", "孔德旺", "工程量私下增加不经两委会", 2, "增量超一成重开两委会、村民代表会。"),
        ("宅基地审批", "村委会主任", "严春生", "优亲厚友,违规出具同意意见", 1, "申请名单张榜公示,代表会表决。"),
        ("集体财务", "村报账员", "江美玲", "先支款后报账", 2, "报账前村务监督委员会审核签字。"),
        ("困难补助申请", "村委会主任", "严春生", "补助名单不公开", 3, "补助名单公示七天,接受监督。"),
    ]  # fmt: skip
    recs = []
    for n, (item, post, who, point, lv, measure) in enumerate(rows, 1):
        ticks = ["√" if k == lv else None for k in (1, 2, 3)]
        recs.append([n, item, post, who, point, *ticks, measure])
        t.point(sh.name, "", post, who, _tier(post), point, [], lv)
    first = len(sh.rows)
    sh.records(recs)
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("村务监督委员会意见:", None, None, None, "镇纪委审核:", None, None, None, None)
    return _layout(
        "cun_tick_levels", "https://fx361.cc/page/2019/0821/5447737.shtml",
        "村 小微权力廉政风险排查表 after the source's 让微权力“合身”“紧身”“显身” (村级权力清单: 项目招投标、"
        "宅基地审批、困难补助申请): two header rows, 风险等级 merged over 高/中/低 tick columns (a √ in one), "
        "序号/权力事项/责任岗位/责任人 merged per person/风险点/防控措施 merged down both rows; 意见/审核 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiaotong_gushi_fenguan(),
    gongcheng_two_row_header(),
    shuiwu_three_lines(),
    shequ_weiquanli_posts(),
    paichusuo_person_form(),
    nongjing_gu_title_form(),
    zhen_leader_cards(),
    cun_tick_levels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b27_*``, none yet)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch27-inbox"))
