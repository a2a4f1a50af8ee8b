"""A sixth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. Like batch5 it is mostly the everyday case — a 科室/所/村 一览表 or 排查表, a
责任清单, a 台账, a window's 防控卡, a leaders' 一岗双责 list — with two or three harder ones.
Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used;
where the page describes its table in prose (columns, scale, categories) rather than printing
it, the layout follows that description. The rows are worded by us.

Run ``python tests/published/score.py --set batch6`` and do not tune the reader against it,
or it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- 高/较高/一般 and 一级/二级/三级 are Ⅰ/Ⅱ/Ⅲ (as in batch3/batch5); a level written with stars
  and a word (``★★★(高)``) is the word's step (as batch4's ``Ⅰ级(高)``);
- a column grading the *post* (岗位风险等级, merged over the post's rows) beside a column
  grading each point (风险点等级) is no point level: the point's level is the latter's;
- a holder written with the post in brackets in one cell (``蒋文斌(处长)``) is that person, the
  bracketed word the post;
- group lines (一、财产管理类 / 第二章 选人用人) spanning the table are no points, and the category
  they name is no type; a 权力类别 column (行政许可, 行政处罚 …) is no type column either;
- a table whose responsibility columns name a 责任部门 and a 责任岗位 but no person has no holder:
  each point belongs to its post (对岗不对人, person "");
- a leaders' list (班子成员 一岗双责) names its holders under 姓名; the 领导班子 named in the title is
  their department, tier ``leader``;
- a short 风险名称 beside a long 风险表现 is the point (layouts.py); columns after the measures
  (监督人, 联系电话, 责任领导) are not points, holders or levels.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b6_<name>.*`` (see make_resaved.py) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import (
    HML,
    _layout,
    _Sheet,
    _Truth,
    types_in,
)
from published.layouts import build as _build

PREFIX = "b6_"  # re-saved copies of this batch are named b6_<layout>.<ext>
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
HIGH_MID_LOW = {"高": 1, "较高": 2, "一般": 3}
TIER = {"股长": "middle", "科长": "middle", "主任": "middle", "处长": "middle", "所长": "middle",
        "部长": "middle", "经理": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return next((v for k, v in TIER.items() if post.endswith(k)), "general")


# --------------------------------------------------------------------------- layouts


def univ_dept_ledger() -> dict:
    unit = "XX职业技术学院"
    sh = _Sheet("风险台账", [5, 12, 12, 8, 30, 10, 6, 32])
    t = _Truth(unit)
    sh.title(f"{unit}部门岗位廉政风险台账", 8)
    r = sh.add("部门(盖章):", None, None, None, "建账时间:2024年4月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("招生就业处", "处长", "芦国庆", "招生计划分配向个别专业或地区倾斜", "岗位职责", "高",
         "招生计划经校长办公会审定并公开。"),
        ("招生就业处", "处长", "芦国庆", "接受考生家长请托,违规调整录取专业", "思想道德", "高",
         "录取结果系统生成,调整须集体研究。"),
        ("招生就业处", "就业干事", "冉晓燕", "就业数据弄虚作假", "业务流程", "中", "就业数据抽样回访核实。"),
        ("资产与后勤处", "副处长", "靳宏", "物业服务合同续签不经比选", "制度机制", "高", "物业服务三年一招标,续签经评估。"),
        ("资产与后勤处", "仓库保管", "沙丽萍", "供应商借节日送礼拉关系", "外部环境", "低", "签订廉洁协议,拒收礼品登记。"),
        ("教务处", "科长", "麦志强", "教材选用收受出版商好处", "思想道德、外部环境", "中",
         "教材选用委员会集体评议,结果公示。"),
        ("教务处", "考务员", "车雨婷", "补考成绩录入随意改动", "业务流程", "低", "成绩修改须审批,系统留痕。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, who, point, kind, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, who, point, kind, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("部门负责人签字:", None, None, "纪委审核:", None, None, "年  月  日", None)
    return _layout(
        "univ_dept_ledger", "http://sdor.cn/u7eaa/2018/1109/c403a14516/page.htm",
        "高职院校 部门岗位廉政风险台账 as its 办法 prescribes: 部门(盖章)/建账时间 line, 序号/部门/岗位/姓名/"
        "廉政风险点/风险类型 (思想道德 … 外部环境, one cell naming two)/等级 (高/中/低)/防控措施, 部门, 岗位, 姓名 "
        "merged down; sign line",
        [sh], t,
    )  # fmt: skip


def village_micro_power() -> dict:
    unit = "XX镇人民政府"
    sh = _Sheet("小微权力风险", [5, 10, 12, 8, 14, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}村级小微权力廉政风险防控清单", 8)
    sh.add("序号", "村别", "职务", "责任人", "权力事项", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、财产管理类", [
            ("东岭村", "党支部书记", "綦红军", "集体资产租赁", "集体资产低价出租给亲友", "一级",
             "租赁事项“四议两公开”,合同镇经管站备案。"),
            ("东岭村", "报账员", "滑玉兰", "办公经费开支", "虚开票据套取办公经费", "二级", "村级账目镇代管,每季度公开。"),
            ("西河村", "村委会主任", "郦建新", "征地补偿款分配", "截留克扣群众征地补偿款", "一级",
             "补偿款直接打卡到户,分配方案公示。"),
        ]),
        ("二、事务管理类", [
            ("东岭村", "党支部书记", "綦红军", "宅基地申报", "为不符合条件的户出具同意意见", "二级",
             "宅基地申请村民代表会议评议并公示。"),
            ("西河村", "村委会主任", "郦建新", "项目工程管理", "村内小型工程指定施工队", "一级", "小型工程比选确定施工方,村监委全程监督。"),
            ("西河村", "文书", "封晓丽", "印章管理", "违规出具证明材料", "三级", "用印登记,证明事项“一事一审”。"),
        ]),
        ("三、人事管理类", [
            ("西河村", "村委会主任", "郦建新", "自聘岗位人员确定", "优亲厚友确定公益岗人员", "二级", "公益岗人选公开报名、公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for group, items in groups:
        r = sh.add(group, *([None] * 7))
        sh.merge(r, 0, r, 7)
        recs = []
        for village, post, who, power, point, level, measures in items:
            n += 1
            recs.append([n, village, post, who, power, point, level, measures])
            t.point(sh.name, village, post, who, "general", point, [], ORDINAL[level])
        sh.records(recs)
    sh.add()
    r = sh.add("注:风险等级分一级、二级、三级,一级风险最高。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "village_micro_power", "https://liuba.qinfeng.gov.cn/info/1018/1746.htm",
        "镇 村级小微权力廉政风险防控清单 in the source's categories: group lines 一、财产管理类 / 二、事务管理类 / "
        "三、人事管理类 across the table (no points, no types), 序号/村别/职务/责任人/权力事项/风险点/风险等级 "
        "一级…三级/防控措施, the same 村干部 again under another group; note line",
        [sh], t,
    )  # fmt: skip


def district_health_keshi() -> dict:
    unit = "XX区卫生健康局"
    sh = _Sheet("科室一览表", [12, 12, 32, 8, 32, 8, 8])
    t = _Truth(unit)
    sh.add("附件")
    sh.title(f"{unit}机关科室廉政风险点一览表", 7)
    r = sh.add("填报单位:局办公室", None, None, None, None, "2024年5月", None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("科室", "岗位名称", "风险点", "风险等级", "防控措施", "责任人", "分管领导")
    groups = [
        ("医政医管科", [
            ("科长", "葛卫平", "医疗机构校验降低标准放行", "高", "校验现场核查两人以上,结果网上公示。"),
            ("科长", "葛卫平", "医疗纠纷调处偏袒一方", "一般", "纠纷调处邀请第三方调解组织参与。"),
            ("科员", "屠丹", "医师执业注册材料审查不严", "较高", "注册材料系统比对,办件抽查。"),
        ]),
        ("规划财务科", [
            ("科长", "俞建勋", "基本公共卫生补助资金分配不公", "高", "资金按绩效考核结果分配,分配表公开。"),
            ("会计", "卓敏", "报销凭证审核把关不严", "较高", "凭证审核、复核分设,月度对账。"),
        ]),
        ("疾病预防控制科", [
            ("科长", "冀永福", "疫苗冷链设备采购指定品牌", "高", "设备采购进入公共资源交易平台。"),
            ("科员", "幸娜", "预防接种单位考核打人情分", "一般", "考核组交叉打分,结果通报。"),
        ]),
    ]  # fmt: skip
    for dept, items in groups:
        recs = []
        for post, who, point, level, measures in items:
            recs.append([dept, post, point, level, measures, who, "分管副局长"])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HIGH_MID_LOW[level])
        sh.records(recs, merge_cols=(0, 1, 5, 6))
    sh.add()
    r = sh.add("说明:风险等级按高、较高、一般三级评定。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "district_health_keshi", "http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2024/content/post_10195041.html",
        "区卫健局 机关科室廉政风险点一览表: 附件 line, title, 填报单位 line, 科室/岗位名称/风险点/风险等级 "
        "(高/较高/一般)/防控措施/责任人/分管领导 (a role, no holder), 科室 and 岗位名称 and 责任人 merged down; "
        "说明 line",
        [sh], t,
    )  # fmt: skip


def land_chu_name_post_cell() -> dict:
    unit = "XX市规划和自然资源局"
    sh = _Sheet("处室风险", [12, 14, 22, 30, 6, 30])
    t = _Truth(unit)
    sh.title(f"{unit}处室人员廉政风险点及防控措施表", 6)
    sh.add("处室", "人员", "职责分工", "风险点", "等级", "防控措施")
    groups = [
        ("耕地保护处", [
            ("蒋文斌", "处长", "主持处全面工作,审核耕地占补平衡", [
                ("占补平衡指标核定放宽条件", "高", "指标核定集体会审,结果上报备案。"),
                ("补充耕地项目验收走过场", "中", "验收邀请农业部门参与,现场影像存档。"),
            ]),
            ("庹丽娟", "科员", "承办永久基本农田划定资料", [
                ("擅自调整基本农田划定数据", "高", "数据修改权限分级,修改留痕。"),
            ]),
        ]),
        ("土地利用处", [
            ("仇建设", "副处长", "负责建设用地预审", [
                ("用地预审为不符合规划项目出具意见", "高", "预审意见经处务会研究。"),
                ("预审办理拖延、吃拿卡要", "低", "预审时限公开,超时督办。"),
            ]),
        ]),
        ("办公室", [
            ("佟玉洁", "主任", "负责机关财务和公务接待", [
                ("公务接待超标准列支", "中", "接待审批单、公函、清单三单对应。"),
                ("固定资产处置不公开", "低", "资产处置报财政审批后公开处置。"),
            ]),
        ]),
    ]  # fmt: skip
    for dept, people in groups:
        recs = []
        for who, post, duty, items in people:
            for point, level, measures in items:
                recs.append([dept, f"{who}({post})", duty, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 2))
    sh.add()
    sh.add("处室负责人:", None, "局纪检组审核:", None, "日期:", None)
    return _layout(
        "land_chu_name_post_cell", "http://bsmz.net/gongwen/694824.html",
        "市规划和自然资源局 处室人员廉政风险点表, people written as in the source's 人员分工 (`蒋文斌(处长)` — "
        "name with the post in brackets, one cell): 处室/人员/职责分工/风险点/等级 高/中/低/防控措施, 处室, 人员 "
        "and 职责分工 merged down; sign line",
        [sh], t,
    )  # fmt: skip


def market_suo_power_category() -> dict:
    unit = "XX县市场监督管理局"
    t = _Truth(unit)
    suo = [
        ("城关市场监管所", [
            ("所长", "闵志刚", "行政处罚", "对违法经营者降格处罚或以罚代刑", "一级", "处罚案件法制审核,重大案件集体讨论。"),
            ("所长", "闵志刚", "行政监管", "日常检查对问题企业通风报信", "二级", "双随机抽查,检查记录上传平台。"),
            ("登记员", "窦美玲", "行政许可", "食品经营许可现场核查不到位", "二级", "核查两人以上,核查照片存档。"),
            ("登记员", "窦美玲", "行政确认", "个体户登记材料审查不严", "三级", "登记材料系统校验。"),
        ]),
        ("东关市场监管所", [
            ("所长", "殳国华", "行政处罚", "罚没款收缴不开票、不入账", "一级", "罚没款银行代收,票款分离。"),
            ("执法员", "牛晓峰", "行政监管", "特种设备检查走过场", "二级", "检查清单化,隐患闭环销号。"),
            ("执法员", "牛晓峰", "行政收费", "违规收取检测费用", "三级", "收费项目公示,统一票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for name, items in suo:
        sh = _Sheet(name, [5, 14, 8, 8, 10, 30, 8, 30])
        sh.title(f"{unit}基层所廉政风险点排查表", 8)
        sh.add("序号", "所(科)室", "岗位", "姓名", "权力类别", "风险点", "风险等级", "防控措施")
        recs = []
        for i, (post, who, power, point, level, measures) in enumerate(items, 1):
            recs.append([i, name, post, who, power, point, level, measures])
            t.point(sh.name, name, post, who, _tier(post), point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(1, 2, 3))
        sh.add()
        sh.add("所长签字:", None, None, "县局纪检组:", None, None, None, None)
        sheets.append(sh)
    return _layout(
        "market_suo_power_category", "https://99wenmi.com/article/filedz06zo7f.html",
        "县市场监管局 基层所廉政风险点排查表, one sheet per 所 (same title on both): 序号/所(科)室/岗位/姓名/"
        "权力类别 (行政许可/行政处罚/行政监管/行政收费/行政确认 as the source groups powers — no type)/风险点/"
        "风险等级 一级…三级/防控措施; sign line",
        sheets, t,
    )  # fmt: skip


def town_leaders_yigang() -> dict:
    unit = "XX镇人民政府"
    sh = _Sheet("班子成员", [8, 12, 18, 30, 8, 32])
    t = _Truth(unit)
    sh.title("XX镇领导班子成员“一岗双责”廉政风险防控清单", 6)
    r = sh.add(f"单位(盖章):{unit}", None, None, None, "2024年3月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("谭立新", "党委书记", "主持党委全面工作", [
            ("“三重一大”事项个人说了算", "一级", "重大事项党委会集体决策,会议纪要存档。"),
            ("干部推荐考察中搞亲疏远近", "一级", "干部推荐民主测评,结果公示。"),
        ]),
        ("邝晓梅", "党委副书记、镇长", "主持政府全面工作,分管财政", [
            ("大额资金支出绕开集体研究", "一级", "大额资金联签,报党委会研究。"),
            ("政府投资项目指定承建单位", "二级", "项目进入公共资源交易平台。"),
        ]),
        ("巫德明", "党委委员、副镇长", "分管农业农村、乡村振兴", [
            ("衔接资金项目验收把关不严", "二级", "项目验收邀请村监委和群众代表参与。"),
            ("惠农补贴审核优亲厚友", "三级", "补贴名单村镇两级公示。"),
        ]),
    ]  # fmt: skip
    for who, post, duty, items in people:
        recs = []
        for point, level, measures in items:
            recs.append([who, post, duty, point, level, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(0, 1, 2))
    sh.add()
    r = sh.add("镇纪委审核意见:", None, None, "镇党委审定意见:", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    return _layout(
        "town_leaders_yigang", "https://www.renrendoc.com/paper/506663420.html",
        "镇 领导班子成员“一岗双责”廉政风险防控清单: 姓名/职务/分管工作/廉政风险点/风险等级 一级…三级/防控措施, "
        "name, post and 分管工作 merged down over each leader's rows; 领导班子 only in the title; review boxes",
        [sh], t,
    )  # fmt: skip


def soil_window_cards() -> dict:
    unit = "XX市水土保持局"
    t = _Truth(unit)
    cards = [
        ("行政审批科", "水保方案受理窗口", "郁海燕", [
            ("受理材料不全的方案申请", "中", "一次性告知,受理登记可查询。"),
            ("为申请人推荐指定编制单位", "高", "严禁推荐中介,窗口公示投诉电话。"),
            ("办件超时不办结", "低", "办件时限电子监察。"),
        ]),
        ("监督执法科", "补偿费征收窗口", "钭振华", [
            ("水土保持补偿费减免不按规定", "高", "减免事项集体研究,报财政备案。"),
            ("征收费款不及时缴库", "中", "费款直缴国库,日清月结。"),
        ]),
    ]  # fmt: skip
    sh = _Sheet("窗口防控卡", [6, 30, 8, 30, 10, 10])
    for dept, window, who, items in cards:
        sh.title(f"{unit}窗口岗位廉政风险防控卡", 6)
        sh.add("所属科室", dept, "窗口名称", window, "岗位人员", who)
        sh.add("序号", "风险点", "等级", "防控措施", "监督人", "联系电话")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures, "局纪检员", "12345")
            t.point(sh.name, dept, window, who, None, point, [], HML[level])
        sh.add()
    return _layout(
        "soil_window_cards", "https://woyaojiankangwang.com/Healthmanagement/szawendzuv.html",
        "市水保局 窗口岗位廉政风险防控卡, two cards stacked: label/value pairs 所属科室/窗口名称/岗位人员 in one "
        "row, 序号/风险点/等级 高/中/低/防控措施/监督人/联系电话 (监督人 no holder, phone no level)",
        [sh], t,
    )  # fmt: skip


def water_star_levels() -> dict:
    unit = "XX县水利局"
    sh = _Sheet("工程建设", [5, 12, 12, 30, 10, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}工程建设领域廉政风险点防控表", 7)
    sh.add("序号", "股室", "业务环节", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("规划建设股", "规划立项", "项目储备向特定乡镇倾斜", "★★(中)", "项目库入库标准公开,局务会审定。", "晁俊"),
        ("规划建设股", "招标投标", "招标文件设置排他性条款", "★★★(高)", "招标文件法制审核,公开征求意见。", "晁俊"),
        ("规划建设股", "施工监理", "监理旁站记录造假不追究", "★★(中)", "监理日志抽查,影像资料存档。", "晁俊"),
        ("质量安全股", "质量检测", "检测样品调包、报告失实", "★★★(高)", "第三方检测随机委托,见证取样。", "衡晓东"),
        ("质量安全股", "验收支付", "未完工程提前验收付款", "★★★(高)", "验收与支付分离,支付凭验收单。", "衡晓东"),
        ("水政监察大队", "河道执法", "非法采砂查处不到位", "★★(中)", "执法全过程记录,案件季度评查。", "阎淑芬"),
        ("水政监察大队", "资料归档", "执法卷宗归档不及时", "★(低)", "卷宗归档时限管理。", "阎淑芬"),
    ]  # fmt: skip
    stars = {"★★★(高)": 1, "★★(中)": 2, "★(低)": 3}
    recs = []
    for i, (dept, step, point, level, measures, who) in enumerate(rows, 1):
        recs.append([i, dept, step, point, level, measures, who])
        t.point(sh.name, dept, "", who, None, point, [], stars[level])
    sh.records(recs, merge_cols=(1, 6))
    sh.add()
    r = sh.add("注:风险等级★★★为高、★★为中、★为低。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "water_star_levels", "https://max.book118.com/html/2026/0305/6035150242012104.shtm",
        "(harder) 县水利局 工程建设领域廉政风险点防控表 with the source's star scale: levels `★★★(高)`/`★★(中)`/"
        "`★(低)`, 序号/股室/业务环节/风险点/风险等级/防控措施/责任人 last, 股室 and 责任人 merged down; legend",
        [sh], t,
    )  # fmt: skip


def post_grade_beside_point_level() -> dict:
    unit = "XX县审计局"
    sh = _Sheet("岗位风险", [10, 12, 8, 8, 30, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险等级及风险点防控表", 7)
    sh.add("股室", "岗位", "姓名", "岗位风险等级", "风险点", "风险点等级", "防控措施")
    groups = [
        ("财政审计股", "股长", "井海龙", "一级", [
            ("审计发现问题不如实反映", "高", "审计报告三级复核,问题清单销号。"),
            ("向被审计单位泄露审计方案", "中", "审计方案保密,进点前签承诺书。"),
            ("审计期间接受被审计单位宴请", "高", "审计组廉政监督员随组监督。"),
        ]),
        ("投资审计股", "审计员", "廖倩", "二级", [
            ("工程结算审减金额随意调整", "高", "审减结果二次复核。"),
            ("与中介机构串通出具报告", "中", "中介机构轮换,报告质量考核。"),
        ]),
        ("办公室", "文秘", "巩丽", "三级", [
            ("审计文书用印不登记", "低", "用印审批登记。"),
            ("审计档案借阅不规范", "低", "档案借阅审批,定期清点。"),
        ]),
    ]  # fmt: skip
    for dept, post, who, grade, items in groups:
        recs = []
        for point, level, measures in items:
            recs.append([dept, post, who, grade, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(0, 1, 2, 3))
    sh.add()
    r = sh.add("注:岗位风险等级分一级、二级、三级;风险点等级分高、中、低。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "post_grade_beside_point_level", "https://g230.com/index.php/461263826402023805.html",
        "(harder) 县审计局 岗位廉政风险等级及风险点防控表: 岗位风险等级 一级/二级/三级 merged over each post (a "
        "grade of the post, as the source's 岗位一、二、三级) beside 风险点等级 高/中/低 per point — the point level is "
        "the latter; 股室/岗位/姓名 merged down; note naming both scales",
        [sh], t,
    )  # fmt: skip


def survey_name_and_desc() -> dict:
    unit = "XX市测绘院"
    sh = _Sheet("风险识别", [5, 10, 14, 34, 8, 30, 8])
    t = _Truth(unit)
    sh.title(f"{unit}廉洁风险识别与防控表", 7)
    sh.add("序号", "部门", "风险名称", "风险表现", "风险等级", "防控措施", "责任人")
    rows = [
        ("数据中心", "数据篡改风险", "为委托方利益修改测量成果数据", "高", "成果数据入库校验,修改须审批留痕。", "宁建平"),
        ("数据中心", "数据泄露风险", "向无关人员提供涉密测绘成果", "高", "涉密成果专网管理,调用登记。", "宁建平"),
        ("生产部", "权力寻租风险", "向委托方索取好处,优先安排作业", "中", "作业任务统一派单,进度公开。", "蔺倩"),
        ("生产部", "质量控制风险", "质检走过场,不合格成果放行", "中", "两级检查一级验收,质检记录存档。", "蔺倩"),
        ("质检部", "伪造检测报告", "未经检测即出具合格报告", "高", "检测报告与原始记录一一对应,抽查复核。", "邸永刚"),
        ("质检部", "权力寻租风险", "质检中接受被检单位宴请", "低", "质检人员签订廉洁承诺,回避关联项目。", "邸永刚"),
    ]  # fmt: skip
    recs = []
    for i, (dept, name, desc, level, measures, who) in enumerate(rows, 1):
        recs.append([i, dept, name, desc, level, measures, who])
        t.point(sh.name, dept, "", who, None, name, [], HML[level])
    sh.records(recs, merge_cols=(1, 6))
    sh.add()
    sh.add("编制:", None, "审核:", None, "批准:", None, None)
    return _layout(
        "survey_name_and_desc", "https://www.hkyyi.com/html/jie-mi-ce-hui-gang-wei-ru-he-shi-bie-yu-fang-fan-lian-zheng-feng-xian-shou-hu-xing-ye-qing-feng.html",
        "(harder) 测绘院 廉洁风险识别与防控表 with the source's risk names: short 风险名称 (数据篡改风险, 权力寻租风险 "
        "— the same name under two holders) beside a long 风险表现 — the point is the short name; 部门 and 责任人 "
        "merged down, 高/中/低; 编制/审核/批准 line",
        [sh], t,
    )  # fmt: skip


def soe_manual_matters() -> dict:
    unit = "XX建设投资集团有限公司"
    sh = _Sheet("风险防控表", [14, 30, 8, 32, 12, 12])
    t = _Truth(unit)
    sh.title(f"{unit}重点业务事项廉洁风险防控表", 6)
    sh.add("流程环节", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位")
    chapters = [
        ("第一章 选人用人", [
            ("中层干部选聘", "选聘条件因人设置", "一级", "选聘方案党委会审定,条件公开。", "党群人事部", "部长"),
            ("员工招聘", "招聘笔试面试打招呼", "二级", "面试考官随机抽取,全程录像。", "党群人事部", "招聘专员"),
        ]),
        ("第二章 财务管理", [
            ("预算管理", "预算调整未经审批", "二级", "预算调整按权限审批。", "财务资金部", "部长"),
            ("银行账户管理", "私设账户、公款私存", "一级", "账户开立集团审批,年度清理。", "财务资金部", "出纳"),
        ]),
        ("第三章 工程建设", [
            ("分包商确定", "违规指定分包商", "一级", "分包商从合格名录中比选。", "工程管理部", "部长"),
            ("计量支付", "虚增工程量多付工程款", "二级", "计量三方签认,支付前审计。", "工程管理部", "造价员"),
            ("废旧物资处置", "废旧物资低价处置", "三级", "处置评估后公开竞价。", "工程管理部", "物资管理员"),
        ]),
    ]  # fmt: skip
    for chapter, items in chapters:
        r = sh.add(chapter, *([None] * 5))
        sh.merge(r, 0, r, 5)
        for step, point, level, measures, dept, post in items:
            sh.add(step, point, level, measures, dept, post)
            t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[level])
    sh.add()
    sh.add("编制部门:纪检监察部", None, None, "2023年11月", None, None)
    return _layout(
        "soe_manual_matters", "https://360docx.cn/f/e0c71a7e69db38f9.html",
        "国企 重点业务事项廉洁风险防控表 after the source's manual chapters: chapter lines (第一章 选人用人 …) across "
        "the table, 流程环节/风险点/风险等级 一级…三级/防控措施/责任部门/责任岗位 — no person: each point belongs to "
        "责任部门 + 责任岗位 (对岗不对人); 编制部门 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    univ_dept_ledger(),
    village_micro_power(),
    district_health_keshi(),
    land_chu_name_post_cell(),
    market_suo_power_category(),
    town_leaders_yigang(),
    soil_window_cards(),
    water_star_levels(),
    post_grade_beside_point_level(),
    survey_name_and_desc(),
    soe_manual_matters(),
]


# --------------------------------------------------------------------------- writing


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build``."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch6-inbox"))
