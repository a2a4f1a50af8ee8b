"""The hundred-and-fifty-second batch of layouts modelled on published pages, held out from the reader.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used before —
a 县图书馆, the 县科学技术协会, the 县残疾人联合会, a 县气象局, a 县文化馆, a town (梓溪镇) with its own
站/所, and a 县残疾人就业服务所 — each its ordinary 一览表, 排查表, 清单 or personal 自查表, no re-saves.
Every unit is a body of 三台县; the names are invented.

- a 图书馆 一览表: 部室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- the 科协's 清单 对岗不对人 with NO 科室 column: posts written with their 部 (``科普部部长``), 一级/二级/三级;
- the 残联's personal 自查表, one sheet per person, pairs 姓名/职务/部门 above the table, Ⅰ级/Ⅱ级/Ⅲ级;
- a 气象局 排查表 whose 风险等级 is split into three columns 高 | 中 | 低 ticked with ``√``;
- a 文化馆 一览表 with a short 风险点 beside a long 风险表现 and the holder under 责任人;
- a town's 一览表 whose 站/所 (财政所, 农业综合服务中心) are 科室 of the 镇, ``风险等级`` written ``高风险``;
- a 气象台 排查表 with NO 科室 column, a post written with its 组 (``测报组组长``), 高/中/低;
- (harder) a 残疾人就业服务所's 自查表 per sheet whose holder stands only in the line ABOVE the table
  ``岗位：…　　责任人：…``, the 科室 in a second line ``所在股室：…``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b152_"
PLACE = "三台县"
RESAVED: tuple[str, ...] = ()
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000\u3000"


def library_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "甯沁舟", "图书采购供应商确定不经集体研究", "制度机制风险", "高",
         "图书采购按政府采购程序进行,馆务会集体研究。", "leader"),
        ("馆领导", "馆长", "甯沁舟", "馆舍维修项目指定施工单位", "岗位职责风险", "高",
         "维修项目比选确定,结果馆内公示。", "leader"),
        ("采编部", "主任", "虢星澜", "采购图书验收把关不严,复本超标", "业务流程风险", "中",
         "验收双人核对书目清单,复本数按标准控制。", "middle"),
        ("流通部", "管理员", "郤映雪", "读者押金、赔书款收取不入账", "制度机制风险", "中",
         "押金赔款开具票据,每月与财务对账。", "general"),
        ("办公室", "会计", "厍知岚", "报销凭证审核不严,虚列支出", "岗位职责风险", "低",
         "报销凭证经办、审核、审批三签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, m, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, m)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add("填表人:", None, None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "library_list", "http://i4napps.com/post/61164.html",
        "县图书馆 岗位廉政风险点一览表 after the source's 图书馆岗位风险清单 (人员, 设备设施, 图书管理): title, 序号/部室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def sci_assoc_posts() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("清单", [6, 14, 34, 12, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主席", "科普项目经费分配个人决定", "制度机制", "一级", "经费分配经党组会集体研究并公示。", "leader"),
        ("主席", "学会换届人选打招呼", "思想道德", "二级", "换届人选按章程民主推荐。", "leader"),
        ("科普部部长", "科普示范基地评审不公", "岗位职责", "一级", "评审专家随机抽取,结果公示。", "middle"),
        ("科普部部长", "科普活动物资采购虚报数量", "业务流程", "二级", "物资验收登记,发放签收。", "middle"),
        ("学会部干事", "学术交流补助审核不严", "岗位职责", "三级", "补助凭会议材料审核,双人复核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, m, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, m)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 6)
    return _layout(
        "sci_assoc_posts", "https://www.renrendoc.com/paper/508020515.html",
        "县科协 岗位廉政风险防控清单 对岗不对人 after the source's 县科协换届实施方案 (党组, 学会, 科普): ``附件1``, title, "
        "序号/岗位 merged (posts with their 部 written in: 科普部部长, 学会部干事; NO 科室 column)/风险点/风险类别 short/"
        "风险等级 一级/二级/三级/防控措施; a 注 line naming the grades",
        [sh], t,
    )  # fmt: skip


def disabled_fed_self_checks() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    people = [
        ("理事长", "", "綦望舒", "leader", [
            ("残疾人康复项目定点机构确定不经集体研究", "制度机制", "Ⅰ级", "定点机构公开遴选,理事会集体研究。"),
            ("残疾人就业保障金使用审批把关不严", "岗位职责", "Ⅱ级", "资金使用按预算执行,大额支出集体研究。"),
        ]),
        ("科员", "康复部", "祁霁禾", "general", [
            ("辅助器具发放对象审核不实", "岗位职责", "Ⅱ级", "发放对象入户核查,名单公示。"),
            ("残疾等级评定中收受好处", "思想道德", "Ⅰ级", "评残医生随机指派,结果复核。"),
            ("辅具库存账实不符", "制度机制", "Ⅲ级", "辅具出入库登记,每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, dept, who, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("部门", dept or "会领导", None, None, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, m) in enumerate(points, 1):
            sh.add(n, point, typ, lv, m)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add("本人签字:", None, None, "日期:", None)
        sheets.append(sh)
    return _layout(
        "disabled_fed_self_checks", "https://m.abook.qq.com/read/1032771156/43",
        "县残联 岗位廉政风险自查表 one sheet per person (tab = name) after the source's 县残疾人联合会 综述 (康复, 权益维护, "
        "就业): a title, pairs ``姓名 | X | 职务 | Y`` and ``部门 | 会领导/康复部`` above the table, 序号/风险点/风险类别/"
        "风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施, 本人签字/日期; 会领导 is no 科室 (the 理事长's department is \"\")",
        sheets, t,
    )  # fmt: skip


def weather_bureau_ticks() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    r = sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("局领导", "局长", "蔺栖梧", "气象现代化建设项目招标设置倾向性条件", 1,
         "项目招标由党组集体研究,纪检人员监督。", "leader"),
        ("局领导", "副局长", "禤砚青", "防雷装置检测收费不规范", 2, "收费标准公示,票据统一管理。", "leader"),
        ("防灾减灾科", "科长", "郦澄宇", "防雷装置设计审核降低标准", 1, "审核实行初审、复审两级把关。", "middle"),
        ("防灾减灾科", "科长", "郦澄宇", "人工影响天气作业弹药管理混乱", 2, "弹药出入库双人登记。", "middle"),
        ("办公室", "出纳", "滕初晞", "现金管理不规范,公款私存", 3, "库存现金每月盘点,账款核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, m, tier) in enumerate(rows, 1):
        ticks = ["√" if k == lv else None for k in (1, 2, 3)]
        sh.add(n, dept, post, who, point, *ticks, m)
        t.point(sh.name, dept, post, who, tier, point, [], lv)
    per = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add("填报单位（盖章）：", None, None, None, None, None, None, None, "2024年9月")
    return _layout(
        "weather_bureau_ticks", "https://www.minhe.gov.cn/html/2956/406568.html",
        "县气象局 廉政风险点排查表 after the source's 气象高质量发展 任务分工 (监测站网, 防灾减灾, 人工影响天气): a two-row "
        "header, 风险等级 merged over three columns ``高 | 中 | 低`` ticked with ``√``; 科室 merged, 岗位 and 责任人 "
        "merged per person; no type column; 填报单位（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def culture_hall_short_and_long() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 10, 16, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险等级", "责任人", "防控措施")
    rows = [
        ("馆领导", "馆长", "演出采购", "惠民演出承办团体确定不公开,收受回扣", "高", "鄂晚棠",
         "承办团体公开比选,结果公示。", "leader"),
        ("表演艺术部", "部长", "培训报名", "公益培训名额优亲厚友", "中", "訾如琢", "报名名单公开,抽签确定。",
         "middle"),
        ("非遗保护中心", "主任", "传承人认定", "非遗传承人推荐把关不严", "高", "冼若拙",
         "推荐经专家评审,名单公示。", "middle"),
        ("办公室", "会计", "经费报销", "活动经费虚开发票报销", "中", "柴临渊", "报销凭活动记录和签到表。",
         "general"),
    ]  # fmt: skip
    for n, (dept, post, point, desc, lv, who, m, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, who, m)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "culture_hall_short_and_long", "http://m.zgkjsz.com/page/2019/0119/15195544.shtml",
        "县文化馆 廉政风险防控一览表 after the source's account of 公共文化 扶贫 (文化馆、站, 惠民演出, 培训): 序号/部室/岗位/"
        "short 风险点/long 风险表现/风险等级 高/中/低/责任人 AFTER the level/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def zixi_town_station_rows() -> dict:
    unit = f"{PLACE}梓溪镇"
    sh = _Sheet("Sheet1", [6, 16, 10, 9, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(f"单位：{unit}人民政府", None, None, None, None, None, "2024年8月", None)
    sh.merge(1, 0, 1, 5)
    sh.merge(1, 6, 1, 7)
    sh.add("序号", "站所（办）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "粟澹然", "惠农补贴资金发放截留", "岗位职责", "高风险",
         "补贴资金一卡通直达,名单村务公开。", "middle"),
        ("财政所", "会计", "淳于眠", "村级财务代理记账不规范", "制度机制", "中风险", "村账镇代管,每季度审核。",
         "general"),
        ("农业综合服务中心", "主任", "笪青禾", "农业项目验收走过场", "业务流程", "高风险",
         "验收邀请村民代表参加,结果公示。", "middle"),
        ("党政办", "主任", "邗知远", "公务接待超标准", "思想道德", "低风险", "接待凭公函,清单报销。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, m, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, m)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    return _layout(
        "zixi_town_station_rows", "https://www.renrendoc.com/paper/508017289.html",
        "a 镇's 岗位廉政风险防控一览表 after the source's 乡村清廉文化建设方案 (制度, 监督, 村务): title, a line "
        "``单位：三台县梓溪镇人民政府 | 2024年8月``, 序号/``站所（办）`` merged (财政所, 农业综合服务中心, 党政办)/岗位 and "
        "姓名 merged per person/风险点/风险类型 short/风险等级 ``高风险/中风险/低风险``/防控措施; the 镇's 站/所 are its 科室",
        [sh], t,
    )  # fmt: skip


def employment_office_line_above() -> dict:
    unit = f"{PLACE}残疾人就业服务所"
    t = _Truth(unit)
    people = [
        ("所长", "", "佘听澜", "leader", [
            ("按比例就业审核不严,为企业虚报残疾职工", "岗位职责", "高", "审核残疾职工社保缴纳记录,实地抽查。"),
            ("职业培训机构确定不公开", "制度机制", "中", "培训机构公开遴选。"),
        ]),
        ("股长", "培训就业股", "戚涵之", "middle", [
            ("培训补贴按虚报人数发放", "业务流程", "高", "培训签到人脸识别,补贴按实到人数发放。"),
            ("自主创业扶持对象审核不实", "岗位职责", "中", "扶持对象实地核查并公示。"),
            ("接受培训机构宴请", "外部环境", "低", "严禁接受服务对象宴请,签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (post, dept, who, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        _line(sh, f"岗位：{post}{GAP}责任人：{who}", 5)
        _line(sh, f"所在股室：{dept or '所领导'}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, m) in enumerate(points, 1):
            sh.add(n, point, typ, lv, m)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("分管领导签字:", None, None, "日期:", None)
        sheets.append(sh)
    return _layout(
        "employment_office_line_above", "http://xinbin.gov.cn/Ins_wj.asp?i=14837&s=94",
        "(harder) 县残疾人就业服务所 岗位廉政风险自查表 per sheet after the source's 残疾人保障和发展规划 (就业, 培训, 创业): "
        "the holder stands ONLY in a merged line above the table ``岗位：股长　　责任人：戚涵之``, the 科室 in the next merged "
        "line ``所在股室：培训就业股`` (``所领导`` for the 所长: no 科室); 序号/风险点/风险类型/风险等级 高/中/低/防控措施; "
        "分管领导签字/日期",
        sheets, t,
    )  # fmt: skip


def observatory_no_dept() -> dict:
    unit = f"{PLACE}气象台"
    sh = _Sheet("Sheet1", [6, 14, 9, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("台长", "霍栩安", "观测场改造工程验收不严", "高", "验收邀请上级业务部门参加。", "leader"),
        ("台长", "霍栩安", "公务用车私用", "低", "车辆使用登记,节假日封存。", "leader"),
        ("测报组组长", "郜若鸿", "观测资料伪造、涂改", "中", "资料实时上传,异常值复核。", "middle"),
        ("预报员", "靳知秋", "气象服务信息有偿提供给关系企业", "中", "服务产品统一发布,严禁私下提供。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, m, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, m)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per), (2, per)])
    sh.add("填表人:", None, "审核人:", None, "2024年9月", None)
    return _layout(
        "observatory_no_dept", "https://gwyoo.com/article/shuzhibaogao/jhgh/200602/31550.html",
        "县气象台 岗位廉政风险点排查表 after the source's 县气象局工作目标 (地面测报, 农业气象测报, 自动站): NO 科室 column, "
        "序号/岗位 (``测报组组长`` with its 组 written in)/姓名 merged per person/风险点/风险等级 高/中/低/防控措施; no type "
        "column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    library_list(),
    sci_assoc_posts(),
    disabled_fed_self_checks(),
    weather_bureau_ticks(),
    culture_hall_short_and_long(),
    zixi_town_station_rows(),
    employment_office_line_above(),
    observatory_no_dept(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch152-inbox"))
