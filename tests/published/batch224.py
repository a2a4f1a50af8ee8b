"""The two-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of one
invented county, 天全县 — a 气象局, an 应急管理局, a 镇 with its 站所, the 档案馆, the 水利局's 水文监测站,
a 茶产业发展中心, a 自然保护区管理局 and the 人民法院 — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 防控卡 the way its staff typed it:

- a 气象局 一览表 under a ``填报单位：…`` cell, 科室 merged (局领导, 办公室, 气象台, 防雷技术服务中心), 岗位
  and 姓名 merged per person, ``…风险`` types, 高/中/低, a sign-off line;
- an 应急管理局 排查表 under one merged cell ``单位名称：天全县应急管理局　　　　填报时间：2024年11月``,
  the holder under ``责任人``, the risk column headed ``排查出的风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 镇's 一览表 whose 科室 column is headed ``部门（站所）`` (党政办, 综合文化站, 财政所, 农业综合服务中心):
  the 镇's own 站/所 are 科室 of the 镇;
- the 档案馆's 清单 对岗不对人 with no 科室 column, 岗位 and 岗位职责 merged per post, 一级/二级/三级;
- a 水文监测站's 排查表 whose ``填报单位：天全县水利局水文监测站`` names the 局 and its 站 (the 局 is the
  unit, the 站 the 科室), no 科室 column;
- a 茶产业发展中心's 自查表, one sheet a person (tabs the holders' names), the pairs ``姓名 | … | 职务 | …``
  and ``股室 | … | 填表日期 | …`` above the table;
- the 人民法院's 一览表 with ``风险事项`` (short) beside ``风险点`` (a sentence), no type column.

One is harder:

- ``reserve_cards_titled_holder``: a 自然保护区管理局's 防控卡 STACKED on one sheet, each opened by its own
  title that runs unit, 科室, post and holder together with no label —
  ``天全县青衣岭自然保护区管理局两河口保护站站长赫连望川岗位廉政风险防控卡`` (the compound surname 赫连) —
  over its own 序号/风险点/… header; no 姓名 or 持卡人 field (only a blank ``持卡人签字：`` line).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most of the pages describe their subject in prose (a 县气象局's year's work,
防雷 and 党风廉政; a 县委书记 visiting the 气象局 with 森林防灭火 and 安委办; a 镇's 农家书屋 自查自纠; an
档案管理员 分工一览表; a 水文局's 水文站 and 测报; a 乡's 茶叶 产业 监督; a 保护局's 保护站 and 巡护; the
大熊猫国家公园 法庭) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of 天全县 (towns
invented: 雾岫镇; the 青衣岭 reserve).

Run ``python tests/published/score.py --set batch224`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``填报单位：天全县水利局水文监测站`` gives the 局 as the unit and the 站 as the 科室;
- a 镇's 综合文化站, 财政所 and 农业综合服务中心 are 科室 of the 镇;
- a list without a 科室 column keeps each post as written (``档案接收征集岗``) with department "";
- a card's title ``…管理局两河口保护站站长赫连望川岗位廉政风险防控卡`` names its 科室 (两河口保护站), post
  (站长) and holder; ``…管理局财务室会计莘澄碧…`` its 财务室 and 会计;
- ``风险事项 | 风险点``: the point is the cell under ``风险点``;
- 局长/副局长, 馆长/副馆长, 主任/副主任 of a 中心, 院长/副院长 and a 镇's 党委书记 are leaders; 股长, 庭长,
  办公室主任, the head of a 站/所 inside a body, 站长/副站长 of a 保护站 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b224_"
PLACE = "天全县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def reserve_cards_titled_holder() -> dict:
    unit = f"{PLACE}青衣岭自然保护区管理局"
    sh = _Sheet("防控卡", [6, 38, 12, 10, 38])
    t = _Truth(unit)
    cards = [
        ("两河口保护站", "站长", "赫连望川", "middle", [
            ("巡护经费、巡护补助按虚报的巡护天数发放", "制度机制", "中",
             "巡护以轨迹记录为准,补助按月核对轨迹后发放并在站内公示。"),
            ("对保护区内违规放牧、采挖不制止、不上报,收受好处", "岗位职责", "高",
             "违规行为发现即登记上报,处理结果报管理局备案,纪检人员随机抽查。"),
            ("管护站物资采购不比价,虚开票据", "业务流程", "中", "物资采购三家比价,验收两人签字,票据逐笔核对。"),
        ]),
        ("大岩保护站", "副站长", "庹晚舟", "middle", [
            ("生态护林员考勤弄虚作假,为亲友代签", "思想道德", "中", "考勤以巡护终端记录为准,每季度张榜公示。"),
            ("野生动物救护费用报销不实", "岗位职责", "低", "救护凭记录和照片报销,经站长、分管局长审签。"),
        ]),
        ("财务室", "会计", "莘澄碧", "general", [
            ("生态公益林补偿资金拨付不及时,截留挪用", "制度机制", "高",
             "补偿资金通过一卡通直接发放到户,发放名册公示并存档。"),
            ("报销凭证审核不严,超标准列支", "岗位职责", "中", "严格执行报销标准,凭证经办、审核、审批分离。"),
        ]),
    ]  # fmt: skip
    for k, (dept, post, who, tier, points) in enumerate(cards):
        if k:
            sh.add()
            sh.add()
        _line(sh, f"{unit}{dept}{post}{who}岗位廉政风险防控卡", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签字：", None, None, "监督人签字：", None)
    return _layout(
        "reserve_cards_titled_holder", "http://baishuijiang.com.cn/",
        "(harder) 县自然保护区管理局 岗位廉政风险防控卡, after the source's front page of a 保护局 (its 保护站, 巡护, "
        "森林防灭火, the 局长 visiting a 保护站): THREE CARDS STACKED on one sheet, two blank rows between, each "
        "opened by its own merged title that runs the unit, the 科室, the post and the holder together with no "
        "label — ``天全县青衣岭自然保护区管理局两河口保护站站长赫连望川岗位廉政风险防控卡`` (compound surname 赫连), "
        "``…大岩保护站副站长庹晚舟…``, ``…财务室会计莘澄碧…`` — over its own 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施 header, and a blank ``持卡人签字： | 监督人签字：`` line under each card; no "
        "姓名, 职务 or 持卡人 field",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weather_bureau_list() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("Sheet1", [6, 14, 12, 9, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报日期：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亢望舒", "气象现代化建设项目不经集体研究确定施工单位", "制度机制风险", "高",
         "项目经党组会集体研究,按规定公开招标,结果公示。", "leader"),
        ("局领导", "副局长", "逄渡秋", "防雷装置设计审核、竣工验收降低标准", "岗位职责风险", "高",
         "审核验收两人以上现场查验,结果网上公开。", "leader"),
        ("办公室", "主任", "仉书逸", "公务接待超标准,虚报接待费用", "思想道德风险", "中",
         "接待凭公函和清单报销,每季度公开接待费。", "middle"),
        ("办公室", "主任", "仉书逸", "办公设备采购不比价", "业务流程风险", "低", "采购三家比价,验收登记入账。",
         "middle"),
        ("气象台", "预报员", "郜蘅芜", "向商业机构泄露未公开的预警信息", "外部环境风险", "中",
         "预警信息统一渠道发布,发布记录存档。", "general"),
        ("防雷技术服务中心", "主任", "訾云岫", "防雷检测收费不按标准,私收检测费", "岗位职责风险", "高",
         "收费标准上墙公示,统一开具票据,收入全额入账。", "middle"),
        ("防雷技术服务中心", "主任", "訾云岫", "检测报告数据不实,出具合格意见", "业务流程风险", "中",
         "检测报告实行检测、复核、签发三级审核。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("单位负责人（签字）：", None, None, None, "审核人：", None, "填表人：", None)
    return _layout(
        "weather_bureau_list", "http://www.haiyan.gov.cn/art/2019/1/29/art_1229414753_4231216.html",
        "县气象局 岗位廉政风险点一览表 after the source's 县气象局 year's summary (党风廉政建设, 防雷, 气象预警, "
        "气象现代化): title, a ``填报单位：天全县气象局 | 填报日期：2024年10月`` line, then 序号/科室 merged (局领导, "
        "办公室, 气象台, 防雷技术服务中心)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; 单位负责人（签字）/审核人/填表人 line",
        [sh], t,
    )  # fmt: skip


def emergency_bureau_checklist() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("排查表", [6, 16, 10, 9, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"单位名称：{unit}{GAP * 4}填报时间：2024年11月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "排查出的风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "糜晓岑", "安全生产专项资金分配不经集体研究", "Ⅰ级",
         "资金分配方案经局党组会研究,分配结果公示。", "leader"),
        ("局领导", "副局长", "隗悠然", "对企业安全生产违法行为降格处罚", "Ⅰ级",
         "处罚案件集体讨论,处罚决定书网上公开。", "leader"),
        ("森林防灭火股", "股长", "扈柏舟", "防火物资采购验收不严,以次充好", "Ⅱ级",
         "物资入库三人验收,台账每季度盘点。", "middle"),
        ("森林防灭火股", "股长", "扈柏舟", "护林防火补助发放虚报人数", "Ⅱ级", "补助名册经乡镇核实并公示。",
         "middle"),
        ("安全生产综合监管股", "科员", "鄂星泽", "执法检查前向企业透露检查安排", "Ⅱ级",
         "检查对象随机抽取,检查时间临时通知。", "general"),
        ("救灾和物资保障股", "股长", "仝黛眉", "救灾物资发放优亲厚友", "Ⅲ级", "救灾物资发放名单张榜公示,接受监督。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    return _layout(
        "emergency_bureau_checklist", "https://www.yaan.gov.cn/xinwen/show/a2dce396c53481bac385c59bfa553da3.html",
        "县应急管理局 廉政风险点排查表 after the source's 县委书记 visit (气象监测, 安委办's notice on 大风, 森林防灭火 "
        "会商): the title, ONE merged cell ``单位名称：天全县应急管理局　　　　填报时间：2024年11月``, then 序号/股室 "
        "merged (局领导, 森林防灭火股, 安全生产综合监管股, 救灾和物资保障股)/岗位 and 责任人 merged per person/"
        "``排查出的风险点``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line naming the levels",
        [sh], t,
    )  # fmt: skip


def town_own_stations_list() -> dict:
    unit = f"{PLACE}雾岫镇"
    sh = _Sheet("一览表", [6, 16, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门（站所）", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办", "党委书记", "苍如晦", "重大事项、大额资金使用个人说了算", "制度机制", "高",
         "严格执行“三重一大”集体决策,会议纪要存档。", "leader"),
        ("党政办", "主任", "郦晚晴", "公务用车私用,加油费用虚报", "岗位职责", "低",
         "用车登记审批,加油定点并按月公示。", "middle"),
        ("综合文化站", "站长", "衡稚川", "农家书屋图书配送验收走过场,虚报图书册数", "业务流程", "中",
         "图书到村逐册清点,验收单村、站两级签字。", "middle"),
        ("综合文化站", "站长", "衡稚川", "文化活动经费虚列支出", "思想道德", "中", "活动经费凭方案、照片、签到表报销。",
         "middle"),
        ("财政所", "所长", "檀竹溪", "惠农补贴资金发放审核不严,冒领套取", "岗位职责", "高",
         "补贴名册村级公示、所内复核,一卡通发放。", "middle"),
        ("财政所", "报账员", "殳映雪", "村级账务代理记账不及时,白条入账", "制度机制", "中",
         "村级票据每月审核,白条一律不予入账。", "general"),
        ("农业综合服务中心", "主任", "畲疏桐", "农资发放对象把关不严,优亲厚友", "外部环境", "中",
         "发放对象经村委会推荐、中心审核并公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("镇纪委（盖章）", None, None, None, None, "2024年9月", None, None)
    return _layout(
        "town_own_stations_list", "https://bg3.co/a/fang-cheng-xian-guai-he-zhen-kai-zhan-nong-jia-shu-wu-zi-cha-zi-jiu-gong-zuo.html",
        "镇 站所岗位廉政风险防控一览表 after the source's 镇 自查自纠 of its 农家书屋 (制度上墙, 登记借阅, 管理员): "
        "序号/``部门（站所）`` merged (党政办, 综合文化站, 财政所, 农业综合服务中心 — the 镇's own 站所 as its 科室)/岗位 "
        "and 责任人 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``镇纪委（盖章） | "
        "2024年9月`` line",
        [sh], t,
    )  # fmt: skip


def archives_posts_no_dept() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("清单", [6, 16, 30, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("馆长", "主持全面工作,负责档案馆重大事项决策", "库房改造、数字化外包项目不经集体研究确定承接单位",
         "一级", "项目经馆务会集体研究,按规定采购并公示结果。", "leader"),
        ("副馆长", "分管档案接收、保管和利用", "档案鉴定销毁把关不严,擅自销毁应保存档案", "一级",
         "销毁清单经鉴定小组审核、馆长签批,销毁时两人监销。", "leader"),
        ("档案接收征集岗", "负责机关档案接收和民间档案征集", "征集档案定价不公,向关系人多付征集费", "二级",
         "征集价格经专家评估,付款实行双签。", "general"),
        ("档案利用服务岗", "负责档案查阅、复制和出具证明", "违规为他人查阅、复制涉密或未开放档案", "二级",
         "查阅凭证件登记,涉密档案经馆长审批。", "general"),
        ("档案利用服务岗", "负责档案查阅、复制和出具证明", "出具档案证明收取好处费", "三级",
         "档案证明免费出具,出具记录每月核对。", "general"),
        ("档案保管员", "负责库房管理和档案安全", "库房档案私自带出,借出档案不催还", "三级",
         "库房双人双锁,借出档案登记并按期催还。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    return _layout(
        "archives_posts_no_dept", "https://www.fudaoke.com/exam/2587004.html",
        "县档案馆 岗位廉政风险防控清单 对岗不对人, after the source's 档案管理员 分工一览表 (收集整理, 保管安全, 借阅, "
        "鉴定销毁): 序号/岗位 and 岗位职责 merged per post (馆长, 副馆长, 档案接收征集岗, 档案利用服务岗, 档案保管员)/"
        "风险点/风险等级 一级/二级/三级/防控措施; NO 科室 column, no names, no type column",
        [sh], t,
    )  # fmt: skip


def hydrology_station_of_bureau() -> dict:
    unit = f"{PLACE}水利局"
    dept = "水文监测站"
    sh = _Sheet("Sheet1", [6, 10, 9, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查表", 7)
    r = sh.add(f"填报单位：{unit}{dept}", None, None, None, "填报时间：2024年12月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "东郭霁月", "水文站房维修工程不按规定比选施工单位", "制度机制风险", "高",
         "维修项目报局党组研究,比选过程纪检人员监督。", "middle"),
        ("站长", "东郭霁月", "小型水库信息校测项目验收把关不严", "岗位职责风险", "中", "验收邀请局技术人员参与,资料存档。",
         "middle"),
        ("副站长", "羿千帆", "水质监测数据应他人请托修改", "外部环境风险", "高", "监测数据自动上传,修改须留痕并经站长审批。",
         "middle"),
        ("测报员", "弓雨眠", "汛期值班补助虚报天数", "思想道德风险", "低", "值班以排班表和签到为准,补助按月公示。",
         "general"),
        ("测报员", "弓雨眠", "测验设备领用不登记,私自外借", "业务流程风险", "低", "设备领用登记,每季度盘点。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("站长签字：", None, None, None, "局纪检组审核：", None, None)
    return _layout(
        "hydrology_station_of_bureau", "http://hb.china.com.cn/2025-07/16/content_43175617.htm",
        "水利局 水文监测站 岗位廉政风险点排查表 after the source's 水文局 (its 水文站, 雨水情测报, 水库信息校测, 水质监测): "
        "a bare title with no unit, then ``填报单位：天全县水利局水文监测站 | 填报时间：2024年12月`` (the 局 and its 站 "
        "in one cell), then 序号/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "NO 科室 column; 站长签字/局纪检组审核 line",
        [sh], t,
    )  # fmt: skip


def tea_center_self_check() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    t = _Truth(unit)
    people = [
        ("汲砚禾", "中心领导", "主任", "leader", [
            ("茶园基地建设补助项目安排不经集体研究", "制度机制风险", "高",
             "补助项目经中心会议研究,安排结果公示。"),
            ("接受茶企宴请和礼品", "思想道德风险", "中", "严守八项规定,礼品一律登记上交。"),
        ]),
        ("浦露白", "茶叶技术推广股", "股长", "middle", [
            ("茶苗采购验收不严,以次充好", "业务流程风险", "高", "茶苗采购公开比选,验收抽样送检。"),
            ("技术培训人数、天数虚报,套取培训经费", "岗位职责风险", "中", "培训签到、照片存档,经费据实列支。"),
            ("为关系茶企优先推荐示范基地", "外部环境风险", "低", "示范基地评选标准公开,结果公示。"),
        ]),
        ("勾念慈", "质量监管股", "检测员", "general", [
            ("茶叶农残抽检结果应企业请托更改", "岗位职责风险", "高", "抽检样品编码盲检,结果双人复核。"),
            ("抽检样品私自留用", "思想道德风险", "低", "样品登记、留样和销毁全程记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 14, 10, 38])
        _line(sh, f"{unit}岗位廉政风险点自查表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("股室", dept, "填表日期", "2024年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "股室负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "tea_center_self_check", "http://zjjlz.gov.cn/content/646947/56/14774805.html",
        "县茶产业发展中心 岗位廉政风险点自查表, one sheet a person (tabs the holders' names), after the source's 乡 "
        "茶叶 产业 监督 (茶园, 技术指导, 补贴发放, 茶企): title, the pairs ``姓名 | 汲砚禾 | 职务 | 主任`` and ``股室 | "
        "中心领导 | 填表日期 | 2024年10月`` above, then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "本人签字/股室负责人签字 line",
        sheets, t,
    )  # fmt: skip


def court_matter_and_point() -> dict:
    unit = f"{PLACE}人民法院"
    sh = _Sheet("一览表", [6, 14, 10, 9, 14, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("院领导", "副院长", "佘映川", "审判管理", "过问、干预下级审判人员办理的案件", "高",
         "过问案件一律登记,季度通报。", "leader"),
        ("立案庭", "庭长", "麴若虚", "立案审查", "对符合条件的起诉拖延立案或人情立案", "中",
         "网上立案全程留痕,立案期限系统提醒。", "middle"),
        ("立案庭", "书记员", "井沐阳", "诉讼费收取", "诉讼费退费不及时,截留退费", "中",
         "退费通过系统直接退至当事人账户。", "general"),
        ("民事审判庭", "审判员", "郄云深", "案件审理", "私下会见当事人及其代理人,接受请托", "高",
         "严格执行“三个规定”,会见登记报备。", "general"),
        ("民事审判庭", "审判员", "郄云深", "司法鉴定委托", "指定关系鉴定机构,收取好处", "中",
         "鉴定机构摇号选定,过程录像。", "general"),
        ("办公室", "主任", "邴秋池", "物资采购", "办公用品采购不比价,虚开发票", "低", "采购三家比价,验收入库登记。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, matter, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年8月", None)
    return _layout(
        "court_matter_and_point", "http://m.handmsg.com/page/2023/0928/22644520.shtml",
        "县人民法院 岗位廉政风险防控一览表 after the source's report on the 大熊猫国家公园 法庭 (司法保护, 案件审理, "
        "巡回审判): 序号/部门 merged (院领导, 立案庭, 民事审判庭, 办公室)/岗位 and 责任人 merged per person/a short "
        "``风险事项`` (审判管理, 立案审查, …) beside ``风险点`` (a sentence)/风险等级 高/中/低/防控措施; no type column; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    reserve_cards_titled_holder(),
    weather_bureau_list(),
    emergency_bureau_checklist(),
    town_own_stations_list(),
    archives_posts_no_dept(),
    hydrology_station_of_bureau(),
    tea_center_self_check(),
    court_matter_and_point(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch224-inbox"))
