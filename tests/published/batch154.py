"""A hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
附件3/附件4 kind of 防控卡, 自查表, 登记表 and 承诺书, filled by staff of county bodies no earlier
batch used, with ordinary habits: a 县档案馆 (one 防控卡 a sheet, the tab the holder's name, pairs
``姓名 | … | 职务 | …`` above), a 县气象局 (一 label row, then the values row, 一级/二级/三级), a
县退役军人事务局 (labels with spaces ``姓　　名``), a 县人工影响天气办公室 (two persons on one sheet,
姓名 and 岗位 merged down), ``国家统计局隆昌调查队`` (``单位：…``, ``科室：…``, ``姓名：…``,
``职务：…`` each a cell of their own), a 县人民防空办公室 (``持卡人`` and ``高风险/中风险/低风险``), a
县供销合作社联合社 (``姓名：…`` and ``职务：…`` beside each other, ``Ⅰ级/Ⅱ级/Ⅲ级``), and one harder:
a 县光荣院's 廉政承诺书 whose holder and post stand only UNDER the table (``承诺人：… | 职务：…``).

Every unit is a body of 隆昌县 (the 调查队 is ``国家统计局隆昌调查队``); the rows are worded by us,
the names invented. Run ``python tests/published/score.py --set batch154`` and do not tune the
reader against it, or it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a personal form with no 科室 field (or one left blank) has department "";
- ``姓　　名`` with spaces inside is the label 姓名;
- the tab named after the holder repeats what the pairs above say;
- 馆长, 局长, 主任 of a 办公室 that is the unit, 院长, 队长 and 理事会主任 are leaders; 股长, 科长 and
  室主任 middle; the rest general.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b154_"
PLACE = "隆昌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def glory_home_pledge() -> dict:
    unit = f"{PLACE}光荣院"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控承诺书", 5)
    _line(sh, f"为做好{unit}优抚对象集中供养工作，本人对照岗位职责查找廉政风险，作出如下承诺：", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    who, post = "禤沅澜", "院长"
    points = [
        ("光荣院维修改造项目不经集体研究确定施工单位", "制度机制", "高",
         "维修改造项目经院务会集体研究，按规定比选并公示结果。"),
        ("集中供养对象入院审核把关不严，为不符合条件人员办理入院", "岗位职责", "高",
         "入院对象凭优抚档案和审批表审核，名单在院内公示。"),
        ("供养对象生活物资采购中收受供应商好处", "外部环境", "中",
         "物资定点采购，验收由院务人员和供养对象代表共同签字。"),
        ("供养对象医疗费用垫付报销把关不严", "业务流程", "低", "医疗费用凭医院结算单据据实报销，每季度公开。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _line(sh, "以上承诺，请组织和群众监督。", 5)
    sh.add()
    sh.add(None, f"承诺人：{who}", None, f"职务：{post}", None)
    sh.add(None, None, None, "2024年3月", None)
    return _layout(
        "glory_home_pledge", "https://www.qinshui.gov.cn/ztzl_369/2018nzt/fzzfjs_45/2025nfzzfjsbg/2025n_fzzfjs_xzfbm/202602/t20260211_2320260.shtml",
        "(harder) 县光荣院 院长's 岗位廉政风险防控承诺书, after the source's account of a 县退役军人事务局's year (优抚对象"
        "集中供养, the 光荣院's 加固维修和标准化改造, its 医疗绿色通道): the title ``岗位廉政风险防控承诺书`` naming no unit, a merged "
        "sentence naming the unit, then 序号/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, a closing sentence, "
        "and ONLY UNDER the table ``承诺人：禤沅澜 | 职务：院长`` and the date; no 姓名 field above the table",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def archives_cards_per_tab() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    cards = [
        ("鄫予澄", "", "馆长", "leader", [
            ("档案馆库房改造项目不经集体研究", "制度机制", "高", "改造项目经馆务会研究，按规定招标，全程留痕。"),
            ("档案数字化加工外包选定服务商不公开", "岗位职责", "高", "外包服务公开采购，验收由两名以上人员参加。"),
            ("对涉密档案查阅审批把关不严", "岗位职责", "中", "涉密档案查阅实行分管领导、馆长两级审批。"),
        ]),
        ("厍栖梧", "接收征集股", "股长", "middle", [
            ("接收进馆档案清点不严，档案缺失不登记", "业务流程", "中", "进馆档案逐卷清点，双方签字交接。"),
            ("征集民间档案时收购价格评估不实", "思想道德", "中", "征集价格由三人以上评估，报馆务会审定。"),
        ]),
        ("敖念棠", "利用服务股", "科员", "general", [
            ("为查档人违规出具档案证明", "岗位职责", "中", "出具证明须核对原件并经股长复核签字。"),
            ("查档收费不开票、不入账", "制度机制", "低", "收费标准公示，票据统一领用核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in cards:
        sh = _Sheet(who, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "所在股室", dept or None, None)
        sh.add("职务", post, "填卡日期", "2024年4月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "股室负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "archives_cards_per_tab", "https://m.itangsoft.com/baike/show-1431120.html",
        "县档案馆 岗位廉政风险防控卡, one card a sheet and each TAB the holder's name, after the source's account of an "
        "档案管理机构's parts (收集, 整理, 保管, 利用): the title, then pairs ``姓名 | 鄫予澄 | 所在股室 | (blank for the "
        "馆长)`` and ``职务 | 馆长 | 填卡日期 | 2024年4月``, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "本人签字/股室负责人签字 under it",
        sheets, t,
    )  # fmt: skip


def weather_bureau_label_row() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    forms = [
        ("Sheet1", "滕雩霏", "", "副局长", "leader", [
            ("人工影响天气作业弹药采购不按规定程序", "制度机制", "一级", "弹药按上级统一配发和政府采购程序购置，入库双人验收。"),
            ("气象探测环境保护审查中收受好处", "外部环境", "二级", "审查意见集体研究，结果公开。"),
            ("防雷装置设计审核降低标准", "岗位职责", "一级", "审核实行初审、复审，办理结果网上公开。"),
        ]),
        ("Sheet2", "冼鹭汀", "防灾减灾股", "股长", "middle", [
            ("人工影响天气作业点补助发放不实", "业务流程", "二级", "补助按作业记录核发，名单公示。"),
            ("气象灾害预警服务收费不规范", "思想道德", "三级", "服务收费项目公示，开具票据。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in forms:
        sh = _Sheet(tab, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}干部职工廉政风险点自查表", 5)
        sh.add("姓名", "科室", "职务", "填表时间", None)
        sh.add(who, dept or None, post, "2024年5月", None)
        sh.add("序号", "查找的风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("自查人签字：", None, None, "审核人：", None)
        sheets.append(sh)
    return _layout(
        "weather_bureau_label_row", "https://xjhs.gov.cn/xjhsx/c110560/202502/14d60e5259a8497c991418e1657a00de.shtml",
        "县气象局 干部职工廉政风险点自查表, one a sheet (``Sheet1``, ``Sheet2``), after the source's 人工影响天气作业公告 "
        "(火箭, 无人机增雨, 作业区域, 弹药残骸): a row of LABELS ``姓名 | 科室 | 职务 | 填表时间`` then the row of their "
        "values (科室 blank for the 副局长), then 序号/``查找的风险点``/风险类别 (short names)/风险等级 一级/二级/三级/防控措施, "
        "自查人签字/审核人 under it",
        sheets, t,
    )  # fmt: skip


def veterans_bureau_spaced_labels() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("登记表", [6, 12, 22, 12, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add(f"姓{GAP}{GAP}名", None, "郤霁禾", "所在股室", "优抚安置股", None)
    sh.merge(1, 0, 1, 1)
    sh.add(f"职{GAP}{GAP}务", None, "股长", "填表日期", "2024年6月", None)
    sh.merge(2, 0, 2, 1)
    sh.add("序号", "风险类型", "风险点", "风险等级", "责任人", "防控措施")
    points = [
        ("岗位职责", "优抚对象抚恤补助资格审核不严，为不符合条件人员发放补助", "高",
         "资格审核凭档案材料双人审核，发放名单公示。"),
        ("业务流程", "特殊困难退役军人援助帮扶资金发放不实", "高", "帮扶对象经乡村两级核实，资金打卡发放。"),
        ("外部环境", "退役士兵安置岗位分配中接受请托", "中", "安置岗位按考试成绩选岗，结果公示。"),
        ("思想道德", "接访中对来访人员态度生硬、推诿", "低", "实行首问负责，接访情况登记备查。"),
    ]  # fmt: skip
    for n, (typ, point, lv, measures) in enumerate(points, 1):
        sh.add(n, typ, point, lv, "郤霁禾", measures)
        t.point(sh.name, "优抚安置股", "股长", "郤霁禾", "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, None, "分管领导签字：", None, None)
    return _layout(
        "veterans_bureau_spaced_labels", "http://www.sznianjian.com/show.php?mlid=45202",
        "县退役军人事务局 股长's 岗位廉政风险登记表, after the source's 年鉴 entry on 退役军人权益维护 (特殊困难援助, 帮扶, "
        "接访): labels typed with full-width spaces inside (``姓　　名``, ``职　　务``) merged over two columns, then the "
        "values and ``所在股室 | 优抚安置股``; 序号/风险类型 (short names) BEFORE 风险点/风险等级 高/中/低/责任人 (the same "
        "name on every row)/防控措施",
        [sh], t,
    )  # fmt: skip


def weather_mod_office_two_people() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    sh = _Sheet("Sheet1", [6, 10, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "个人岗位廉政风险防控表", 7)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, None)
    sh.merge(r, 0, r, 6)
    sh.add("序号", "姓名", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("阙岫岚", "主任", "leader", [
            ("作业装备采购不经集体研究", "制度机制风险", "高", "装备采购集体研究，按规定政府采购。"),
            ("作业人员补贴分配不公", "岗位职责风险", "中", "补贴按作业记录核定，名单公示。"),
        ]),
        ("骆檀溪", "作业员", "general", [
            ("虚报作业用弹数量", "业务流程风险", "高", "弹药领用登记，作业后清点回收残骸。"),
            ("作业记录填报不实", "思想道德风险", "低", "作业记录由两人签字，定期抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, tier, points in people:
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who if len(sh.rows) == first else None, post if len(sh.rows) == first else None,
                   point, typ, lv, measures)  # fmt: skip
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        last = len(sh.rows) - 1
        sh.merges.append((first, 1, last, 1))
        sh.merges.append((first, 2, last, 2))
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2024年7月", None)
    return _layout(
        "weather_mod_office_two_people", "http://cq.cma.gov.cn/yytjzmzzzxqxj/xxgk_505/ggtz_1716/202003/t20200320_1504645.html",
        "县人工影响天气办公室 个人岗位廉政风险防控表 (``附件3`` above) for its two staff on one sheet, after the source's "
        "人工影响天气作业公告 (地面高炮、火箭增雨防雹, 人雨弹): a ``单位：…`` line, then 序号/姓名/岗位 — both merged down "
        "per person — /风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no 科室 column",
        [sh], t,
    )  # fmt: skip


def survey_team_field_cells() -> dict:
    unit = "国家统计局隆昌调查队"
    t = _Truth(unit)
    forms = [
        ("住户调查室", "室主任", "邴若溪", "middle", [
            ("住户调查记账户抽选不按规定程序", "岗位职责", "中", "记账户随机抽选，抽选过程留痕。"),
            ("记账补贴发放不实", "制度机制", "中", "补贴打卡发放，名单抽查回访。"),
            ("调查数据审核中授意修改数据", "思想道德", "高", "数据修改须有原始凭证并经两人复核。"),
        ]),
        ("综合科", "会计", "雍绮陌", "general", [
            ("调查经费报销审核不严", "制度机制", "中", "报销凭证三级审核。"),
            ("劳务费发放虚列人员", "业务流程", "高", "劳务费凭签到表发放，银行转账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (dept, post, who, tier, points) in enumerate(forms, 1):
        sh = _Sheet(f"表{k}", [6, 20, 34, 10, 34])
        _line(sh, "廉政风险点自查表", 5)
        sh.add(f"单位：{unit}", None, f"科室：{dept}", f"姓名：{who}", f"职务：{post}")
        sh.merge(1, 0, 1, 1)
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施")
        for n, (point, _typ, lv, measures) in enumerate(points, 1):
            sh.add(n, None, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.rows[3][1] = "负责本科室业务工作"
        sh.merges.append((3, 1, 3 + len(points) - 1, 1))
        sh.add("自查人：", None, None, "日期：2024年8月", None)
        sheets.append(sh)
    return _layout(
        "survey_team_field_cells", "https://www.bishan.gov.cn/bmjz/bm_97237/qtjj_97260/zwgk_92018/fdzdgknr_92020/lzyj_92021/xzgfxwj_92022/202508/t20250820_14918783.html",
        "国家统计局调查队 廉政风险点自查表 per person, tabs ``表1``/``表2``, after the source's 统计调查全流程质量管理办法 (数据"
        "采集, 审核, 统计调查项目): the title names no unit; ONE row of four field cells ``单位：国家统计局隆昌调查队 | 科室：住户"
        "调查室 | 姓名：邴若溪 | 职务：室主任``; then 序号/岗位职责 (one merged sentence)/风险点/风险等级 高/中/低/防控措施; "
        "no type column",
        sheets, t,
    )  # fmt: skip


def air_defense_card_holder() -> dict:
    unit = f"{PLACE}人民防空办公室"
    t = _Truth(unit)
    forms = [
        ("Sheet1", "郦青崖", "工程管理股", "股长", "middle", [
            ("防空地下室易地建设费减免审核不严", "岗位职责", "高风险", "减免按规定条件审核，报办务会研究并公示。"),
            ("人防工程竣工验收走过场", "业务流程", "中风险", "验收由两人以上现场进行，全程影像留存。"),
            ("人防工程监督检查中接受宴请", "外部环境", "低风险", "检查不少于两人，严禁接受宴请。"),
        ]),
        ("Sheet2", "芮昙", "", "副主任", "leader", [
            ("易地建设费追缴不力，为建设单位说情", "思想道德", "高风险", "追缴情况每季度通报，追缴台账公开。"),
            ("人防警报设施维护项目指定施工单位", "制度机制", "中风险", "维护项目按规定比选，集体研究。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in forms:
        sh = _Sheet(tab, [6, 34, 12, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "科室", dept or None, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "纪检组")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
        sh.add("持卡人签字：", None, None, "2024年9月", None, None)
        sheets.append(sh)
    return _layout(
        "air_defense_card_holder", "http://zjj.shannan.gov.cn/xwzx/gzdt/202104/t20210428_80771.html",
        "县人民防空办公室 岗位廉政风险防控卡, one a sheet, after the source's note on 人防易地建设费 追缴: one row of pairs "
        "``持卡人 | 郦青崖 | 科室 | 工程管理股 | 职务 | 股长`` (科室 blank for the 副主任), then 序号/风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施/监督人 (``纪检组`` on every row, no person)",
        sheets, t,
    )  # fmt: skip


def supply_coop_colon_pairs() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("个人登记表", [6, 34, 12, 10, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, f"{unit}个人廉政风险点登记表", 5)
    sh.add(f"姓名：{GAP}蓟秋汐", None, f"职务：{GAP}理事会主任", None, None)
    sh.merge(2, 0, 2, 1)
    sh.merge(2, 2, 2, 4)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("社有资产出租、处置不经集体研究", "制度机制", "Ⅰ级", "社有资产处置经理事会研究，公开招租或拍卖。"),
        ("基层社项目扶持资金分配不公", "岗位职责", "Ⅰ级", "扶持资金分配方案公示，接受监事会监督。"),
        ("社有企业负责人选任中优亲厚友", "思想道德", "Ⅱ级", "选任经党组集体研究，考察结果公示。"),
        ("为社有企业贷款违规提供担保", "业务流程", "Ⅲ级", "对外担保一律报理事会审议。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, "", "理事会主任", "蓟秋汐", "leader", point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("本人签名：", None, "监事会审核：", None, "2024年10月")
    return _layout(
        "supply_coop_colon_pairs", "http://www.3news.cn/yaowen/2020/1017/452137.html",
        "县供销合作社联合社 理事会主任's 个人廉政风险点登记表 (``附件4`` above), after the source's report on the 供销系统 "
        "(社有企业, 工程承揽, 资金结算, 贷款担保): ``姓名：　蓟秋汐`` and ``职务：　理事会主任`` each a merged cell with a full-"
        "width space after the colon, no 科室; 序号/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    glory_home_pledge(),
    archives_cards_per_tab(),
    weather_bureau_label_row(),
    veterans_bureau_spaced_labels(),
    weather_mod_office_two_people(),
    survey_team_field_cells(),
    air_defense_card_holder(),
    supply_coop_colon_pairs(),
]

RESAVED: tuple = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch154-inbox"))
