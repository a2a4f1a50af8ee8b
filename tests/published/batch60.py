"""A sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE IN STATE-OWNED ENTERPRISES AND PUBLIC
INSTITUTIONS — a 燃气热力公司's 供热分公司, a 公交集团's 票务稽查大队, a 县广播电视台融媒体中心, a 省广播电视台's
personal cards, a 燃气集团's 客户服务分公司, a 大学's 科研 and 财务 offices, an 农业科学院's
研究所, a 水电工程公司 and a 县第二人民医院 — each publishing or handing back its 岗位廉洁风险防控表 /
廉洁风险清单 worded and arranged its own way, with nothing exotic about most of them:

- a 供热分公司 一览表: 部门 merged, 岗位/姓名 merged per person, 高/中/低, a 填报 line;
- a 公交集团 稽查大队 表 对岗不对人 under a ``单位:… 部门:…`` line, 岗位 and 岗位职责 merged per post,
  ``风险类型`` written ``…风险``, levels 一级/二级/三级;
- a 县广播电视台融媒体中心 清单: 科室 merged, a short ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, the holder
  only in a trailing ``责任人`` column of names (no post column);
- a 省广播电视台's 防控卡, one per sheet, the holder written as pairs ``姓名 | … | 部门 | … | 岗位 | …``
  above the table, 风险类型, 高/中/低, ``本人签名`` under it;
- a 燃气集团 客户服务分公司 表 cut by group rows ``一、营业厅`` … merged across that give the 部门,
  ``岗位 | 责任人`` columns, 风险类别 (short names), 高/中/低;
- a 大学 科研经费 风险防控表 with a two-row header (``防控措施`` over ``事前 | 事中 | 事后``), 部门 merged,
  岗位, 高/中/低 and a trailing ``责任人``;
- an 农业科学院 研究所 表 对岗不对人 whose levels are only ``较高/一般/较低`` (all three used) and whose
  ``风险类型`` names two types in some cells (``制度机制、业务流程``);
- a 水电工程公司 清单 对岗不对人: ``风险类别`` holding business areas (``三重一大决策`` …) merged, a short
  ``风险点`` beside a long ``风险情况描述``, ``防控措施建议``, ``一级风险/二级风险/三级风险`` and a trailing
  ``责任部门``.

One is harder:

- ``hospital_risk_values``: a 县第二人民医院's 风险评估表 that has no level column at all: ``可能性 |
  影响程度 | 风险值`` (numbers), the level given only by the note under the table
  (``注:风险值=可能性×影响程度,风险值12及以上为高风险,6至11为中风险,5及以下为低风险。``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 供热分公司's 供热廉政专题会议 on its
``温暖工程``, the duties of a 公交稽查部, a 融媒体中心's 清廉文化 work, a 广播电视台's 社会责任报告, a
燃气集团纪委's 监督, 高校科研经费 廉政风险, 科研项目立项 廉洁风险, a 工程有限公司's 廉洁风险点及防控措施,
公立医院 政府采购 内部控制 风险评估) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch60`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level given only as a number (``风险值``) is the level the note under the table gives that
  number; without the note it would be no level;
- ``较高/一般/较低``, all three used in one table, are 1/2/3 (README: such a scale is read in its
  order); ``一级风险/二级风险/三级风险`` are 1/2/3;
- a ``风险类别`` column holding business areas (``三重一大决策``) names no type: types [];
- a group row ``一、营业厅`` merged across sets the 部门 of the rows under it;
- a ``单位:… 部门:…`` line above the table gives the unit and the 部门 of every row.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b60_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_down(sh: _Sheet, first: int, specs, last: int | None = None) -> None:
    """For each (col, key) in ``specs`` merge ``col`` over every run of rows ``first``..``last``
    whose ``key(row)`` (on the rows as typed) is the same; a blank cell starts no run."""
    last = len(sh.rows) - 1 if last is None else last
    typed = [list(row) for row in sh.rows]
    for col, key in specs:
        r = first
        while r <= last:
            e = r
            while e < last and typed[r][col] is not None and key(typed[e + 1]) == key(typed[r]):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merges.append((r, col, e, col))
            r = e + 1


def _level_of(value: int) -> int:
    """The hospital note's bands: 12 and above 高, 6 to 11 中, 5 and below 低."""
    return 1 if value >= 12 else 2 if value >= 6 else 3


# --------------------------------------------------------------------------- harder layout


def hospital_risk_values() -> dict:
    unit = "XX县第二人民医院"
    sh = _Sheet("风险评估", [6, 10, 10, 36, 7, 7, 7, 36, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险评估表", 9)
    sh.add("序号", "科室", "岗位", "风险点", "可能性", "影响程度", "风险值", "防控措施", "责任人")
    rows = [
        ("药学部", "药库管理员", "单晓梅", "药品入库验收不严,与配送企业串通虚增入库数量", 3, 4,
         "入库验收双人签字,入库数据与配送企业发票逐单核对。"),
        ("药学部", "药库管理员", "单晓梅", "近效期药品报损不实,私自处置报损药品", 2, 3,
         "报损药品经药事委员会确认,集中销毁全程录像。"),
        ("设备科", "采购员", "柴宏伟", "医用耗材采购中指定品牌,收受供应商回扣", 4, 4,
         "耗材采购通过省级平台阳光挂网,遴选结果院务公开。"),
        ("设备科", "科长", "邬建新", "大型设备采购论证走过场,参数设置有倾向性", 3, 5,
         "设备论证邀请院外专家,参数经纪检、审计联合审核。"),
        ("总务科", "科长", "鲁文斌", "后勤维修零星工程不按规定比选,虚增工程量", 2, 4,
         "零星工程三家比选,结算经审计科审核。"),
        ("财务科", "收费员", "贲丽", "收取现金不开票或少开票,截留医疗收入", 2, 2,
         "推行移动支付,收费日报与系统流水每日核对。"),
        ("医务科", "科长", "雷振华", "医疗纠纷处理中违规承诺赔偿金额", 1, 4, "赔偿金额经医疗纠纷调解委员会集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, p, i, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, p, i, p * i, measures, who)
        tier = "middle" if post == "科长" else "general"
        t.point(sh.name, dept, post, who, tier, point, [], _level_of(p * i))
    per_person = lambda row: (row[1], row[2], row[8])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (8, per_person)])
    _line(sh, "注:风险值=可能性×影响程度,风险值12及以上为高风险,6至11为中风险,5及以下为低风险。", 9)
    sh.add("科室负责人:", None, None, "纪检监察室:", None, None, None, "2024年11月", None)
    return _layout(
        "hospital_risk_values", "http://m.jizihe.com/page/2022/1229/15329410.shtml",
        "(harder) 县第二人民医院 岗位廉洁风险评估表 after the source's account of a 公立医院's 政府采购 内部控制 风险评估 "
        "(集中采购、分散采购, 风险识别 and 评估 by the 内审 department): NO level column — ``可能性 | 影响程度 | "
        "风险值`` as numbers (风险值 the product), the level given ONLY by the note merged under the table "
        "``注:风险值=可能性×影响程度,风险值12及以上为高风险,6至11为中风险,5及以下为低风险。``; 序号/科室 merged "
        "(药学部, 设备科, 总务科, 财务科, 医务科)/岗位 merged per person/风险点/the three numbers/防控措施/责任人 "
        "merged per person; 科室负责人/纪检监察室/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def heating_branch_posts() -> dict:
    unit = "XX市燃气热力有限公司供热分公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("分公司领导", "经理", "闫国庆", "供热设施改造项目未经集体研究确定施工单位", "高",
         "改造项目施工单位由集团公开招标确定,分公司经理办公会研究实施方案。"),
        ("客户服务部", "部长", "苏晓红", "对热用户投诉工单选择性处理,为关系户减免采暖费", "中",
         "投诉工单全流程线上办理,减免采暖费须经分公司审批并公示。"),
        ("客户服务部", "收费员", "戚丽娜", "收取采暖费现金不及时入账", "高", "采暖费推行线上缴纳,现金日清日结。"),
        ("客户服务部", "收费员", "戚丽娜", "为欠费用户违规办理停供、复供", "中", "停供、复供凭系统工单办理,稽核员抽查。"),
        ("运行管理部", "换热站站长", "卢海军", "换热站维修材料虚报冒领", "中", "维修材料凭工单领用,月底盘点。"),
        ("运行管理部", "巡检员", "江波", "巡检中向用户索要好处或刁难用户", "低", "巡检结果由用户签字确认,回访抽查。"),
        ("物资供应部", "采购员", "孔祥云", "阀门、保温材料采购询价不实,抬高采购价格", "高",
         "采购询价三家以上,价格经财务部复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"经理": "leader", "部长": "middle", "换热站站长": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报单位(盖章):", None, None, "填报人:", None, "2024年10月", None)
    return _layout(
        "heating_branch_posts", "http://giftbuy365.com/news_show.aspx?id=6782",
        "燃气热力公司 供热分公司 岗位廉洁风险防控一览表 after the source's account of a 供热分公司's 供热廉政专题会议 "
        "(``温暖工程``, 设施改造, 投诉工单, 微腐败 and 吃拿卡要): 序号/部门 merged (分公司领导, 客户服务部, 运行管理部, "
        "物资供应部)/岗位 and 姓名 merged per person (the 收费员 over two rows)/风险点/风险等级 高/中/低/防控措施; "
        "填报单位/填报人/date line",
        [sh], t,
    )  # fmt: skip


def bus_inspection_posts() -> dict:
    unit = "XX市城市公交集团有限公司"
    dept = "票务稽查大队"
    sh = _Sheet("Sheet1", [6, 10, 26, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉洁风险防控表", 7)
    sh.add(f"单位:{unit}", None, None, f"部门:{dept}", None, None, None)
    sh.merge(1, 0, 1, 2)
    sh.merge(1, 3, 1, 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队长", "主持稽查大队工作,安排稽查计划和线路", "稽查计划事先泄露,对关系线路不安排稽查",
         "岗位职责风险", "一级", "稽查线路当日随机抽取,计划由集团纪委备案。"),
        ("大队长", "主持稽查大队工作,安排稽查计划和线路", "对稽查发现的驾驶员违规问题降格处理",
         "制度机制风险", "二级", "处理意见经大队集体研究,结果在车队公示。"),
        ("稽查员", "上车查票,检查驾驶员服务规范", "对逃票乘客补收票款不开票,截留票款", "思想道德风险", "一级",
         "补票使用移动终端开具电子票据,票款每日上交。"),
        ("稽查员", "上车查票,检查驾驶员服务规范", "接受驾驶员吃请,隐瞒甩站、不报站等问题", "外部环境风险", "二级",
         "稽查两人一组,稽查记录仪全程录像。"),
        ("内勤", "汇总稽查记录,统计考核数据", "篡改稽查记录和考核数据", "业务流程风险", "三级",
         "稽查记录系统录入,修改留痕并由大队长审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"大队长": "middle"}
    for n, (post, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, "", tiers.get(post, "general"), point, types_in(typ), ORDINAL[lv]
        )
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("部门负责人:", None, None, "填表日期:2024年5月", None, None, None)
    return _layout(
        "bus_inspection_posts", "https://m.gzjll.com/3/3321884.html",
        "公交集团 票务稽查大队 岗位廉洁风险防控表 对岗不对人 after the source's account of a 公交稽查部's duties (查司机"
        "证件、报站、甩站, 查逃票补收票款, 稽查记录汇总): a bare title ``岗位廉洁风险防控表``, then a line ``单位:… | "
        "部门:票务稽查大队`` (two merged cells) giving the unit and 部门; 序号/岗位 and 岗位职责 merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; no names; 部门负责人/填表日期 line",
        [sh], t,
    )  # fmt: skip


def media_center_descriptions() -> dict:
    unit = "XX县广播电视台融媒体中心"
    sh = _Sheet("廉洁风险清单", [10, 18, 34, 8, 34, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控清单", 6)
    sh.add("科室", "风险点", "风险表现", "风险等级", "防控措施", "责任人")
    rows = [
        ("新闻部", "有偿新闻", "收受采访对象财物后刊播宣传报道,或以曝光相要挟索要好处", "Ⅰ级",
         "采访实行两人同行,稿件三审三校,设立举报电话。", "池文涛"),
        ("新闻部", "采访经费报销", "虚报采访差旅费、误餐费", "Ⅲ级", "采访经费按任务单报销,主任审核签字。", "池文涛"),
        ("新闻部", "通讯员稿费", "虚列通讯员名单套取稿费", "Ⅱ级", "稿费按刊播记录核发,发放名单公示。", "芦佳"),
        ("广告经营部", "广告刊例价执行", "擅自降低刊例价或给予超标准折扣", "Ⅰ级",
         "折扣超出权限报中心主任审批,合同经法律顾问审核。", "房立军"),
        ("广告经营部", "广告费收取", "私收广告费不入账,或与客户私下结算", "Ⅰ级", "广告费一律对公转账,开票与合同逐笔对应。",
         "房立军"),
        ("技术保障部", "设备采购", "播出、采编设备采购指定品牌,收受供应商好处", "Ⅱ级",
         "设备采购按政府采购程序,参数经专家论证。", "宁海波"),
        ("综合办公室", "公务用车", "公车私用,虚报车辆加油、维修费用", "Ⅲ级", "车辆定点维修加油,用车登记每月公示。", "鞠红"),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, point, desc, lv, measures, who in rows:
        sh.add(dept, point, desc, lv, measures, who)
        t.point(sh.name, dept, "", who, "middle", point, [], ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (5, lambda row: (row[0], row[5]))])
    sh.add()
    sh.add("中心主要负责人:", None, "纪检监察员:", None, "2024年3月", None)
    return _layout(
        "media_center_descriptions", "http://hsq.hsjw.gov.cn/jjrjt/9272090.html",
        "县广播电视台融媒体中心 廉洁风险防控清单 after the source's account of a 区融媒体中心's 清廉文化 work (新闻栏目, 公众号, "
        "公益宣传, 一把手访谈): ``附件1`` above the title; NO 序号 — 科室 merged (新闻部, 广告经营部, 技术保障部, 综合"
        "办公室)/a short 风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/责任人 (names, merged per person "
        "within a 科室; the 新闻部 has two, no post column); 主要负责人/纪检监察员/date line",
        [sh], t,
    )  # fmt: skip


def tv_station_cards() -> dict:
    unit = "XX省广播电视台"
    t = _Truth(unit)
    people = [
        ("龙腾飞", "广告中心", "广告部主任", "middle", [
            ("广告资源分配向关系客户倾斜", "岗位职责", "高", "黄金时段广告资源按公开规则分配,分配结果台内公示。"),
            ("广告代理公司选择不公开", "制度机制", "高", "代理公司公开招标确定,合同期满重新招标。"),
            ("接受客户宴请、礼品", "思想道德", "中", "签订廉洁承诺书,礼品登记上交。"),
        ]),
        ("霍敏", "节目制作中心", "制片人", "general", [
            ("节目外包制作费用虚高", "业务流程", "中", "外包预算经财务部审核,结算按成片时长核定。"),
            ("虚列演职人员劳务费", "思想道德", "中", "劳务费银行代发,发放名单与演职员表核对。"),
            ("栏目冠名、赞助收入不入账", "制度机制", "低", "冠名赞助统一签订合同,收入进入台财务账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 30, 12, 8, 36])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("姓名", who, "部门", dept, None)
        sh.add("岗位", post, "填卡日期", "2024年7月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名:", None, "部门负责人签名:", None, None)
        sheets.append(sh)
    return _layout(
        "tv_station_cards", "http://www.qhbtv.com/new_index/tzgg/folder794/2020-07-13/1334424.html",
        "省广播电视台 岗位廉洁风险防控卡, one per sheet (tab = the holder's name), after the source's 社会责任报告 of a "
        "广播电视台 (广播频率, 电视频道, 传媒集团有限公司, 栏目、节目, 广告经营): the holder written as label/value PAIRS "
        "on two rows above the table ``姓名 | 龙腾飞 | 部门 | 广告中心`` / ``岗位 | 广告部主任 | 填卡日期 | 2024年7月``; "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 本人签名/部门负责人签名 line",
        sheets, t,
    )  # fmt: skip


def gas_service_group_rows() -> dict:
    unit = "XX燃气集团客户服务分公司"
    sh = _Sheet("风险防控表", [6, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、营业厅", "营业厅", [
            ("营业厅主任", "甄永红", "为不符合条件的用户违规办理开户、过户", "岗位职责", "中",
             "开户、过户资料系统留存,稽核部门月度抽查。"),
            ("收费员", "宫雪", "收取气费现金挪用或延迟入账", "思想道德", "高", "现金气费当日解缴,票款每日核对。"),
        ]),
        ("二、安检所", "安检所", [
            ("所长", "冉建平", "入户安检任务分配不公,默许安检员推销燃气用具", "制度机制", "中",
             "安检任务系统派单,严禁安检中推销产品。"),
            ("安检员", "晏涛", "入户安检时向用户推销指定厂家燃气报警器收取提成", "思想道德", "高",
             "安检服务回访,开通投诉电话,查实即调离岗位。"),
            ("安检员", "晏涛", "安检记录弄虚作假", "业务流程", "低", "安检照片实时上传,所长每周抽查。"),
        ]),
        ("三、工程部", "工程部", [
            ("部长", "包文杰", "庭院管网工程验收把关不严,默许施工单位偷工减料", "岗位职责", "高",
             "工程验收联合监理、用户代表共同进行。"),
        ]),
    ]  # fmt: skip
    tiers = {"营业厅主任": "middle", "所长": "middle", "部长": "middle"}
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                    HML[lv])  # fmt: skip
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("分公司负责人:", None, None, "纪检委员:", None, "2025年1月", None)
    return _layout(
        "gas_service_group_rows", "http://xmelw.cn/show-17-17930-1.html",
        "燃气集团 客户服务分公司 岗位廉洁风险防控表 after the source's account of a 燃气集团纪委's 监督 of its 所属单位 "
        "(调控中心, 天然气保供, 关键岗位): the table cut by GROUP ROWS merged across — ``一、营业厅``, ``二、安检所``, "
        "``三、工程部`` — that give the 部门 of the rows under them; 序号 running on/岗位 and 责任人 merged per person/"
        "风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 分公司负责人/纪检委员/date line",
        [sh], t,
    )  # fmt: skip


def university_research_phases() -> dict:
    unit = "XX农林大学"
    sh = _Sheet("科研经费", [6, 10, 10, 30, 8, 22, 22, 22, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}科研经费管理岗位廉政风险防控表", 9)
    top = sh.add("序号", "部门", "岗位", "风险点", "风险等级", "防控措施", None, None, "责任人")
    sh.add(None, None, None, None, None, "事前", "事中", "事后", None)
    sh.merge(top, 5, top, 7)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("科学技术处", "处长", "项目立项推荐时优亲厚友", "高", "推荐标准公开", "专家会评", "推荐结果公示", "汤振宇"),
        ("科学技术处", "项目管理科长", "结题验收把关不严", "中", "验收标准公开", "校外专家参加", "验收结果抽查",
         "柏玉兰"),
        ("科学技术处", "项目管理科长", "协助项目组调整预算规避审批", "中", "预算调整规则告知", "调整报处长审批",
         "审计抽查", "柏玉兰"),
        ("财务处", "科研会计", "审核报销票据不严,接受虚开发票", "高", "报销清单公示", "发票查验", "季度复核",
         "乔志飞"),
        ("财务处", "科研会计", "外拨经费合同审核不严", "低", "合同范本", "法务审核", "年度审计", "乔志飞"),
        ("资产管理处", "设备采购岗", "科研设备采购化整为零规避招标", "高", "采购计划汇总", "公开招标",
         "验收公示", "解明"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"处长": "middle", "项目管理科长": "middle"}
    for n, (dept, post, point, lv, pre, mid, post_, who) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, pre, mid, post_, who)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: (row[1], row[2], row[8])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (8, per_person)])
    sh.add()
    sh.add("填报单位:科学技术处", None, None, None, "填报时间:2024年6月", None, None, None, None)
    return _layout(
        "university_research_phases", "https://360docs.net/doc/2719358961.html",
        "农林大学 科研经费管理岗位廉政风险防控表 after the source's account of 高校科研经费管理's 廉政风险 (审批流程, "
        "利益输送, 票据, 设备管理) and its 防控措施: a TWO-ROW header — ``防控措施`` merged over ``事前 | 事中 | 事后``, "
        "the other headings merged down two rows; 序号/部门 merged (科学技术处, 财务处, 资产管理处)/岗位 merged per person/"
        "风险点/风险等级 高/中/低/the three measure columns/责任人 merged per person; 填报单位/填报时间 line",
        [sh], t,
    )  # fmt: skip


def agri_institute_scale() -> dict:
    unit = "XX省农业科学院植物保护研究所"
    sh = _Sheet("风险点", [6, 12, 12, 34, 16, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点及防控措施", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "科研项目立项和经费分配个人说了算", "制度机制", "较高",
         "立项和经费分配经所务会集体研究,纪要存档。"),
        ("科研管理科", "项目管理岗", "立项申报材料审核走过场,为关系人员申报提供便利", "岗位职责、业务流程", "一般",
         "申报材料两人审核,申报名单所内公示。"),
        ("昆虫研究室", "课题组长", "试验基地租地、用工虚报冒领", "思想道德", "较高",
         "租地协议和用工名单经科研管理科备案,劳务费银行代发。"),
        ("昆虫研究室", "课题组长", "与合作企业签订技术服务合同收入不入账", "制度机制、外部环境", "较高",
         "技术合同统一由所办公室登记,收入进入所财务账户。"),
        ("综合办公室", "档案管理员", "科研档案借阅不登记", "业务流程", "较低", "档案借阅登记审批,每季度清点。"),
        ("财务科", "出纳", "科研经费支付不按审批单办理", "岗位职责", "一般", "支付凭审批单和网上审批记录办理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "leader"}
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(
            sh.name, dept, post, "", tiers.get(post, "general"), point, types_in(typ), SCALE[lv]
        )
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    sh.add()
    sh.add("编制:综合办公室", None, None, "审核:", None, "2024年12月", None)
    return _layout(
        "agri_institute_scale", "http://gxnky.yfsoft.com.cn/90434.html",
        "省农业科学院 植物保护研究所 岗位廉洁风险点及防控措施 对岗不对人 after the source's account of 科研项目立项 "
        "廉洁风险 (项目资金、项目人员、项目合作): 序号/科室 merged (所领导, 科研管理科, 昆虫研究室, 综合办公室, 财务科)/"
        "岗位 merged per post (课题组长 over two rows)/风险点/风险类型 (short names, TWO in some cells ``制度机制、"
        "外部环境``)/风险等级 ONLY ``较高/一般/较低`` (all three used)/防控措施; no names; 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hydro_company_categories() -> dict:
    unit = "XX水电工程有限公司"
    sh = _Sheet("Sheet1", [6, 12, 14, 34, 34, 10, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点及防控措施", 7)
    sh.add("序号", "风险类别", "风险点", "风险情况描述", "防控措施建议", "风险级别", "责任部门")
    rows = [
        ("三重一大决策", "重大事项决策", "资产核销、利润分配方案未经集体讨论决定,临时动议", "严格执行“三重一大”集体决策"
         "制度,议题提前送达。", "一级风险", "综合管理部"),
        ("三重一大决策", "大额资金使用", "不按规定召开资金管理会议,擅自决定大额资金支付", "落实资金集体审批,按计划支付。",
         "一级风险", "财务资产部"),
        ("人力资源管理", "员工招聘", "招聘条件因人设置,考试考核不公开", "招聘方案报集团备案,考试结果公示。", "二级风险",
         "人力资源部"),
        ("人力资源管理", "薪酬发放", "虚列人员、虚报绩效发放薪酬", "薪酬发放与考勤、绩效系统对接,定期审计。", "二级风险",
         "人力资源部"),
        ("物资采购", "供应商选择", "供应商准入把关不严,指定供应商", "供应商库动态管理,采购结果公示。", "一级风险",
         "物资设备部"),
        ("工程分包", "分包队伍选择", "违规指定分包队伍,默许转包、违法分包", "分包招标进入公司平台,分包合同法务审核。",
         "一级风险", "工程管理部"),
        ("工程分包", "分包结算", "虚增分包工程量,多结算款项", "结算经项目部、工程管理部、审计部三级审核。", "二级风险",
         "工程管理部"),
        ("日常管理", "办公用品领用", "办公用品超标准领用、私自带回家", "按定额领用,季度盘点。", "三级风险", "综合管理部"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (cat, point, desc, measures, lv, dept) in enumerate(rows, 1):
        sh.add(n, cat, point, desc, measures, lv, dept)
        t.point(sh.name, dept, "", "", "middle", point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "hydro_company_categories", "https://m.777doc.com/doc-6993657.html",
        "水电工程有限公司 廉洁风险点及防控措施 对岗不对人 after the source's 工程有限公司 清单 (序号 | 风险类别 | 风险点 | "
        "风险情况描述 | 防控措施建议 | 风险级别, 一级风险 for 三重一大 决策): 风险类别 holding BUSINESS AREAS (三重一大决策, "
        "人力资源管理, 物资采购, 工程分包, 日常管理) merged/a short 风险点/a long 风险情况描述/防控措施建议/风险级别 "
        "``一级风险/二级风险/三级风险``/a trailing 责任部门 (综合管理部 holding rows 1 and 8, 工程管理部 rows 6-7); no "
        "names, no post, nothing under the table",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hospital_risk_values(),
    heating_branch_posts(),
    bus_inspection_posts(),
    media_center_descriptions(),
    tv_station_cards(),
    gas_service_group_rows(),
    university_research_phases(),
    agri_institute_scale(),
    hydro_company_categories(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch60-inbox"))
