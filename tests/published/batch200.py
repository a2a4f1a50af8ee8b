"""A two-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies no earlier
batch used, or seldom — a 县救助管理站, a 县交通运输综合行政执法大队, a 县征地服务中心, a 县农村经营
管理站, a 县新时代文明实践中心, a 县国有粮食储备库, a 县气象局, a 镇人民政府 and a 县军队离休退休干部
休养所 — each handing back its ordinary 一览表, 排查表, 清单 or 防控卡 the way its staff typed it:

- a 交通运输综合行政执法大队 一览表 whose 科室 column is headed ``所属中队`` (大队部, 路政执法中队, …),
  岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低, under ``填报单位：… | 填报时间：…``;
- a 征地服务中心 排查表 with a short ``风险点`` beside a long ``具体表现``, the holder under ``责任人``,
  levels 一级/二级/三级;
- a 农村经营管理站's 防控卡 one sheet a person, the pairs ``姓名 | … | 职务 | …`` and
  ``所在股室 | … | 填卡时间 | …`` above the table, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 新时代文明实践中心 清单 对岗不对人 with no 科室 column (posts kept as written: ``志愿服务指导部部长``),
  a ``岗位职责`` column, no type column;
- a 国有粮食储备库 排查表 whose header is two rows: ``廉政风险`` merged over ``风险点 | 风险类型``, the
  other headings merged down;
- a 气象局 一览表 whose ``责任人`` is split into ``直接责任人 | 领导责任人`` (the 科长 over several rows),
  levels ``Ⅰ/Ⅱ/Ⅲ`` bare;
- a 镇人民政府 一览表 whose 科室 column is headed ``站所（办）`` (镇领导, 党政办, 财政所, 民政所, 农业服务
  中心), under a ``填报单位：蓼渚镇纪委`` line;
- a 军休所 一览表 under a form line ``单位（盖章）：… | 填表人：… | 联系电话：…``, ``部门 | 职务 | 责任人``.

One is harder, and it is the shape the README's "读得懂的表" does not describe yet:

- ``rescue_station_headcount``: a 救助管理站's 一览表 对岗不对人 whose 岗位 cells carry the post's head
  count in brackets — ``接待登记员（3人）``, ``护送返乡员（2人）``, ``生活照料员（4人）`` — as offices write
  posts held by several people, beside single posts written bare (站长, 会计); no 姓名 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 救助管理站's duties: 核实登记、
建档, 护送返乡, 寻亲; a 交通运输 法治部门建设 opinion (执法中队, 路政, 运政); a lawyer's note on 征地
拆迁 廉政风险 (入户调查, 补偿款); an 农业农村局's opinion on 农村集体资产 (三资, 审计, 公开); a city's
新时代文明实践中心 visit (所, 站, 志愿服务平台); a 县 储备粮 轮换 note; a 县气象局's year; a 县民政局
and a 镇民政所 on 救助; a 县军休 工作总结 (两个待遇, 走访慰问)) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 丰都县 (the town 丰都县蓼渚镇, invented).

Run ``python tests/published/score.py --set batch200`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``接待登记员（3人）`` in a 岗位 cell is the post 接待登记员, held by three people not named: person "";
- ``所属中队`` and ``站所（办）`` columns are the 科室; a 镇's 财政所, 民政所, 农业服务中心 are its 科室;
- under ``直接责任人 | 领导责任人`` the 直接责任人 is the holder, the 领导责任人 his supervisor;
- the 填表人 named above a table with its own 责任人 column is only the one who filled it in;
- 站长/副站长 of the county 站, 主任/副主任 of a 中心, 大队长/教导员, 库主任/副主任, 局长/副局长,
  镇党委书记/镇长/副镇长, 所长/副所长 of the 军休所 are leaders; 中队长, 科长, 股长, 部长, 办公室
  主任, 所长 of a 镇's 所, 主任 of a 镇's 中心 or 办 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b200_"
PLACE = "丰都县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GAP = "\u3000"


def _per_person(first_col: int, last_col: int):
    return lambda row: tuple(row[first_col : last_col + 1])


# --------------------------------------------------------------------------- harder layout


def rescue_station_headcount() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("一览表", [6, 12, 18, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "站长", "受助人员生活物资、被服采购不经集体研究,指定供货单位", "制度机制", "高",
         "物资采购经站务会研究,三家以上比价,结果公示。", "leader"),
        ("站领导", "副站长", "副站长", "长期滞留人员托养机构选定不公开", "岗位职责", "中",
         "托养机构公开比选,托养协议报民政局备案。", "leader"),
        ("业务科", "接待登记员（3人）", "接待登记员", "核实登记不实,为不符合条件人员提供救助或虚增救助人次",
         "业务流程", "高", "登记信息当日录入全国救助管理信息系统,人脸比对,每月抽查。", "general"),
        ("业务科", "护送返乡员（2人）", "护送返乡员", "虚报护送返乡路费、食宿费", "思想道德", "中",
         "护送凭票据和受助人员签收单报销,路线、时间如实记录。", "general"),
        ("业务科", "生活照料员（4人）", "生活照料员", "克扣受助人员伙食和生活用品", "岗位职责", "中",
         "伙食标准和用品发放上墙公示,发放登记受助人员签字。", "general"),
        ("业务科", "科长", "科长", "寻亲甄别工作敷衍,长期滞留人员不及时落户安置", "岗位职责", "低",
         "寻亲工作台账逐人建立,每季度报站务会研究。", "middle"),
        ("办公室", "会计", "会计", "救助资金支出审核把关不严,虚列救助支出", "制度机制", "高",
         "救助资金支出凭登记表、票据双人审核,按季公开。", "general"),
        ("办公室", "出纳", "出纳", "临时救助现金发放不入账", "业务流程", "中",
         "现金发放登记,受助人员签字捺印,日清月结。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, shown, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "rescue_station_headcount", "http://www.ourjiangsu.com/a/20190619/1560904857444.shtml",
        "(harder) 县救助管理站 岗位廉政风险点一览表 对岗不对人, after the source's account of what a 救助管理站 does "
        "(核实登记、建档 within 24 hours, food, 与亲属联系, 护送, 街面巡查): ``附件1`` over the title; 序号/科室 merged "
        "(站领导, 业务科, 办公室)/岗位/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 and NO 姓名 column; the "
        "posts held by several people carry their HEAD COUNT in brackets in the 岗位 cell — ``接待登记员（3人）``, "
        "``护送返乡员（2人）``, ``生活照料员（4人）`` — beside posts written bare (站长, 副站长, 科长, 会计, 出纳); "
        "填表人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def transport_enforcement_squads() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "所属中队", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队部", "大队长", "禤峙朗", "重大行政处罚案件不经集体讨论,个人决定处罚结果", "制度机制风险", "高",
         "重大案件经案审会集体讨论,法制审核后决定。", "leader"),
        ("大队部", "大队长", "禤峙朗", "执法车辆、执法记录仪采购指定供应商", "岗位职责风险", "中",
         "装备采购按政府采购程序,验收三人签字。", "leader"),
        ("路政执法中队", "中队长", "逄砚秋", "对超限运输车辆处罚降格,以罚代卸", "岗位职责风险", "高",
         "超限检测数据自动上传,处罚按裁量基准执行,卸载全程录像。", "middle"),
        ("路政执法中队", "执法队员", "蒉临溪", "路政巡查中接受当事人宴请、礼品", "外部环境风险", "中",
         "巡查两人以上,执法记录仪全程开启。", "general"),
        ("运政执法中队", "中队长", "暨听澜", "对非法营运车辆查扣后违规放行", "业务流程风险", "高",
         "查扣车辆登记入库,放行凭处罚决定书和缴款凭证,中队长、法制员双签。", "middle"),
        ("运政执法中队", "中队长", "暨听澜", "驾培机构检查走过场", "思想道德风险", "低",
         "检查清单化,检查结果网上公示。", "middle"),
        ("水路执法中队", "执法队员", "沃蘅舟", "渡口渡船安全检查不到位,收受船主好处", "外部环境风险", "中",
         "检查记录拍照上传,渡船检查实行交叉互查。", "general"),
        ("水路执法中队", "执法队员", "沃蘅舟", "罚没款收缴不及时入账", "制度机制风险", "低",
         "罚缴分离,当事人凭缴款书到银行缴纳。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "transport_enforcement_squads", "https://055110.com/law/2/26562.html",
        "县交通运输综合行政执法大队 岗位廉政风险防控一览表 after the source's opinion on 交通运输法治政府部门建设 "
        "(执法 裁量基准, 路政 and 运政 执法, 执法监督): title, ``填报单位：… | 填报时间：…``, then 序号/the 科室 column "
        "headed ``所属中队`` merged (大队部, 路政执法中队, 运政执法中队, 水路执法中队)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def land_acquisition_short_long() -> dict:
    unit = f"{PLACE}征地服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "具体表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "竺沅衡", "补偿安置方案", "补偿安置方案不经集体研究,擅自提高或降低补偿标准", "一级",
         "补偿方案经主任办公会研究,报县政府审定后公告。", "leader"),
        ("中心领导", "副主任", "荆晚樾", "特殊问题处理", "无证房屋补偿一事一议中滥用自由裁量权", "一级",
         "特殊问题实行一事一议、多方协商,会议纪要存档。", "leader"),
        ("征收实施科", "科长", "郦岫川", "入户调查登记", "入户调查中虚增房屋面积、虚构附着物", "一级",
         "实测组三人加村组代表一人组成,实测当天交表,影像留档。", "middle"),
        ("征收实施科", "科员", "薄霁禾", "征地信息保密", "提前泄露拟征地范围,为亲友抢栽抢建提供便利", "二级",
         "征地信息知悉人员登记,签订保密承诺书。", "general"),
        ("资金管理科", "科长", "楚望舒", "补偿款拨付", "补偿款不按协议拨付,截留、挪用", "一级",
         "补偿款直接打卡到户,拨付清册公示。", "middle"),
        ("资金管理科", "会计", "佘蕴珩", "补偿款核算", "补偿款核算不准,重复发放", "二级",
         "补偿清册与协议逐户核对,两人复核。", "general"),
        ("综合科", "档案管理员", "甘屿澈", "征地档案管理", "征地档案缺失、被篡改", "三级",
         "档案专人管理,借阅登记,电子档案同步备份。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add()
    sh.add("中心主任签字:", None, None, None, "填表人:", None, "2024年8月", None)
    return _layout(
        "land_acquisition_short_long", "https://www.zaiminglawyer.com/14134.html",
        "县征地服务中心 廉政风险点排查表 after the source's note on 征地拆迁 廉政风险 (用地手续, 补偿安置工作体制, 档案"
        "管理): 序号/科室 merged (中心领导, 征收实施科, 资金管理科, 综合科)/岗位 and ``责任人`` merged per person/a short "
        "``风险点`` beside a long ``具体表现``/风险等级 一级/二级/三级/防控措施; no type column; 中心主任签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def rural_economy_cards() -> dict:
    unit = f"{PLACE}农村经营管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "郗澜舟", "站领导", "站长", "leader", "2024年10月", [
            ("农村集体经济发展项目资金分配不经集体研究", "制度机制", "Ⅰ级",
             "项目资金分配方案经站务会研究,报农业农村委审定后公示。"),
            ("对村级财务审计发现的问题不督促整改、不移交线索", "岗位职责", "Ⅱ级",
             "审计问题清单化管理,整改情况逐项销号,线索按规定移交。"),
        ]),
        ("财务审计股", "甘瑗汀", "财务审计股", "股长", "middle", "2024年10月", [
            ("村级财务审计走过场,隐瞒集体资金被挪用问题", "岗位职责", "Ⅰ级",
             "审计两人以上,审计报告经股室集体审核,结果在村务公开栏公开。"),
            ("接受村干部宴请,降低审计标准", "思想道德", "Ⅱ级", "审计期间不得接受宴请,审计组成员轮换。"),
            ("审计资料保管不善,丢失原始凭证", "业务流程", "Ⅲ级", "审计资料当日登记入档,专柜保管。"),
        ]),
        ("土地承包管理股", "逄苒汐", "土地承包管理股", "科员", "general", "2024年10月", [
            ("土地承包经营权流转合同鉴证把关不严", "业务流程", "Ⅱ级", "合同鉴证实行初审、复审,鉴证结果登记备查。"),
            ("承包地纠纷调处中偏袒一方", "外部环境", "Ⅱ级", "纠纷调处两人以上参加,调处意见书面送达。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, when, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("所在股室", dept, "填卡时间", when, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "站长签字:", None)
        sheets.append(sh)
    return _layout(
        "rural_economy_cards",
        "https://shuipu.net/law/v?id=v79f3c1v0102114ddf5bf96423acd75d1653bc037312773e5028&title=%E5%AE%81%E6%B3%A2%E5%B8%82%E5%86%9C%E4%B8%9A%E5%86%9C%E6%9D%91%E5%B1%80%E5%85%B3%E4%BA%8E%E5%8A%A0%E5%BC%BA%E5%86%9C%E6%9D%91%E9%9B%86%E4%BD%93%E8%B5%84%E4%BA%A7%E7%AE%A1%E7%90%86%E7%9A%84%E6%84%8F%E8%A7%81",
        "县农村经营管理站 岗位廉政风险防控卡, one sheet a person (tabs 站长, 财务审计股, 土地承包管理股), after the "
        "source's opinion on 农村集体资产管理 (民主公开, 任期审计, 财务公开): each sheet the title, then the pairs "
        "``姓名 | … | 职务 | …`` and ``所在股室 | … | 填卡时间 | …`` above 序号/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; ``持卡人签字: | 站长签字:`` under it",
        sheets, t,
    )  # fmt: skip


def civilization_center_posts() -> dict:
    unit = f"{PLACE}新时代文明实践中心"
    sh = _Sheet("清单", [6, 18, 30, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心主任", "主持中心全面工作,负责文明实践阵地建设和经费使用", "文明实践阵地建设项目不经集体研究确定施工单位",
         "高", "阵地建设项目经中心主任办公会研究,按规定比选。", "leader"),
        ("中心主任", "主持中心全面工作,负责文明实践阵地建设和经费使用", "文明实践经费安排向关系单位倾斜",
         "中", "经费安排方案公开,年底公布使用情况。", "leader"),
        ("副主任", "协助主任工作,分管志愿服务项目", "志愿服务项目评审打分不公", "中",
         "项目评审邀请所、站代表参加,评审结果公示。", "leader"),
        ("志愿服务指导部部长", "负责志愿服务组织和志愿者管理", "虚报志愿服务时长,为关系人员出具证明", "中",
         "服务时长以信息系统记录为准,证明经部门负责人复核。", "middle"),
        ("综合办公室主任", "负责办公室日常事务和物资管理", "活动物资采购不比价,验收不严", "低",
         "物资采购三家比价,验收两人签字。", "middle"),
        ("财务人员", "负责经费报账和会计核算", "文明实践活动经费虚列支出", "高",
         "报账附活动方案、签到表和照片,三级审核。", "general"),
        ("阵地管理员", "负责中心场地和设施设备管理", "场地设施私自出借、收取费用", "低",
         "场地使用预约登记,使用情况每月公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年7月", None)
    return _layout(
        "civilization_center_posts", "http://wmf.fjsen.com/2022-01/14/content_30938034.htm",
        "县新时代文明实践中心 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县's 新时代文明实践中心, "
        "所 and 站 (阵地, 志愿服务平台, 功能室): NO 科室 column — 序号/岗位 as written (中心主任, 副主任, "
        "``志愿服务指导部部长``, ``综合办公室主任``, 财务人员, 阵地管理员) and ``岗位职责`` merged per post/风险点/风险等级 "
        "高/中/低/防控措施; no names, no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def grain_reserve_two_row_header() -> dict:
    unit = f"{PLACE}国有粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    r = sh.add("序号", "股室", "岗位", "姓名", "廉政风险", None, "风险等级", "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", None, None)
    for c in (0, 1, 2, 3, 6, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 5)
    rows = [
        ("库领导", "库主任", "瞿泠然", "储备粮轮换出库竞价组织不规范,与购粮企业串通", "制度机制", "高",
         "轮换计划报县发展改革委审批,竞价在公共资源交易平台进行。", "leader"),
        ("库领导", "副主任", "蒉予安", "仓储设施维修项目化整为零规避招标", "岗位职责", "中",
         "维修项目经库务会研究,按限额标准招标或比选。", "leader"),
        ("仓储保管股", "股长", "厍朗月", "粮食入库质量验收把关不严,以次充好", "岗位职责", "高",
         "入库粮食扦样检验,检验结果签字存档。", "middle"),
        ("仓储保管股", "保管员", "暨禾苗", "虚报储粮损耗,账实不符", "业务流程", "高",
         "粮情每日记录,账实每季度盘点,损耗超标报库务会。", "general"),
        ("化验室", "检验员", "郦澄霄", "出具虚假质量检验报告", "思想道德", "中",
         "检验样品编号盲检,报告两人签字,留样备查。", "general"),
        ("财务股", "会计", "竺惜文", "粮食购销货款结算不及时入账", "制度机制", "中",
         "货款通过对公账户结算,日清月结。", "general"),
        ("财务股", "会计", "竺惜文", "费用报销审核不严", "业务流程", "低", "报销凭证三级审核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "grain_reserve_two_row_header", "https://www.ningshan.gov.cn/Content-661355.html",
        "县国有粮食储备库 廉政风险点排查表 after the source's note on a 县's 储备粮 轮换 (出库计划, 组织实施, 储存质量"
        "安全): a TWO-ROW header — ``廉政风险`` merged over ``风险点 | 风险类型``, 序号/股室/岗位/姓名/风险等级/防控措施 "
        "merged down over both rows — then 股室 merged (库领导, 仓储保管股, 化验室, 财务股)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def weather_bureau_direct_and_leader() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("一览表", [6, 12, 10, 32, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, None, "直接责任人", "领导责任人")
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 7)
    rows = [
        ("局领导", "局长", "气象现代化建设项目不经党组集体研究", "Ⅰ", "项目安排经党组会研究,纪要存档。",
         "禤澈言", "禤澈言", "leader"),
        ("防灾减灾科", "科长", "防雷装置检测资质审查把关不严", "Ⅰ", "审查材料两人审核,结果网上公示。",
         "宦沁川", "禤澈言", "middle"),
        ("防灾减灾科", "科员", "防雷装置竣工验收走过场", "Ⅱ", "验收现场拍照留存,验收意见科长复核。",
         "呼延骁峣", "宦沁川", "general"),
        ("防灾减灾科", "科员", "人工影响天气作业物资领用不登记", "Ⅲ", "作业物资出入库登记,每季度盘点。",
         "呼延骁峣", "宦沁川", "general"),
        ("观测站", "站长", "观测设备维修外包不比价", "Ⅱ", "维修外包三家比价,验收两人签字。",
         "公冶南乔", "禤澈言", "middle"),
        ("办公室", "主任", "公务接待超标准、超范围", "Ⅱ", "接待先审批后接待,费用按月公开。",
         "薄亦舟", "禤澈言", "middle"),
        ("办公室", "会计", "专项资金报账审核不严", "Ⅰ", "专项资金专账核算,报账凭证三级审核。",
         "楚筠溪", "薄亦舟", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, who, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2], row[6]))])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "weather_bureau_direct_and_leader", "https://www.daowen.com/book/content/222070617/9225205.html",
        "县气象局 岗位廉政风险防控一览表 after the source's account of a 县气象局's year (气象现代化, 防灾减灾, 气象服务, "
        "党风廉政): a two-row header whose ``责任人`` is split into ``直接责任人 | 领导责任人``, the other headings merged "
        "down; 序号/科室 merged (局领导, 防灾减灾科, 观测站, 办公室)/岗位/风险点/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` bare/防控措施/"
        "直接责任人 (the compound surnames 呼延, 公冶)/领导责任人 (the 局长 and the 科长 over several rows); no type "
        "column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def town_stations() -> dict:
    unit = f"{PLACE}蓼渚镇人民政府"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("填报单位：蓼渚镇纪委", None, None, None, None, "2024年11月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所（办）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "沃霁初", "镇级工程项目确定施工单位不经集体研究", "制度机制风险", "高",
         "项目经镇党政联席会研究,按规定进入公共资源交易平台。", "leader"),
        ("镇领导", "副镇长", "荆澜生", "分管领域惠农补贴审核把关不严", "岗位职责风险", "中",
         "补贴对象村级评议、镇级审核、县级审批,名单公示。", "leader"),
        ("党政办", "主任", "佘语桐", "公务接待、公车使用不规范", "制度机制风险", "低",
         "公务接待和用车审批登记,按月公开。", "middle"),
        ("财政所", "所长", "甘屺南", "村级资金拨付不按程序审核", "业务流程风险", "高",
         "村级资金拨付实行村申请、所审核、镇审批,打卡发放。", "middle"),
        ("财政所", "会计", "瞿疏桐", "惠农资金代发时截留、挪用", "思想道德风险", "高",
         "惠农资金通过一卡通发放,发放明细公示。", "general"),
        ("民政所", "所长", "厍云岫", "低保、特困对象认定优亲厚友", "岗位职责风险", "高",
         "认定对象入户调查、民主评议、张榜公示。", "middle"),
        ("农业服务中心", "主任", "逄晞棠", "耕地地力保护补贴面积核实不实", "业务流程风险", "中",
         "补贴面积村组核实,镇级抽查,结果公示。", "middle"),
        ("农业服务中心", "畜牧兽医员", "蒉青禾", "动物防疫物资发放不登记", "外部环境风险", "低",
         "防疫物资出入库登记,村防疫员签收。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add()
    sh.add("镇纪委书记签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "town_stations", "https://hebei.news.163.com/20/0420/08/FAL3DU6L041591UI.html",
        "镇人民政府 岗位廉政风险点一览表 after the source's account of a 县民政局 and a 镇民政所 working on 救助 (镇 "
        "民政所, 村联络员): title, ``填报单位：蓼渚镇纪委 | 2024年11月``, then 序号/the 科室 column headed ``站所（办）`` "
        "merged (镇领导, 党政办, 财政所, 民政所, 农业服务中心)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; 镇纪委书记签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def veteran_rest_home_filler() -> dict:
    unit = f"{PLACE}军队离休退休干部休养所"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"单位（盖章）：{unit}",
        None,
        None,
        None,
        "填表人：郗若蘅",
        "联系电话：023-70617352",
        None,
        None,
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "职务", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "公冶临风", "军休干部生活补贴、医疗费报销审批把关不严", "岗位职责", "高",
         "补贴、医疗费报销凭票据和审核表双签,按季公示。", "leader"),
        ("所领导", "副所长", "楚砚池", "走访慰问品采购指定供应商", "制度机制", "中",
         "慰问品采购三家比价,发放登记签收。", "leader"),
        ("服务保障科", "科长", "瞿怀瑜", "军休干部活动场所维修项目验收不严", "业务流程", "中",
         "维修项目验收邀请军休干部代表参加。", "middle"),
        ("服务保障科", "科员", "禤知夏", "为军休干部代办事项收受礼品", "思想道德", "低",
         "代办事项登记,办理结果反馈本人。", "general"),
        ("医疗保健室", "医生", "荆望岫", "药品采购、领用管理不严", "业务流程", "中",
         "药品统一采购,领用登记,每月盘点。", "general"),
        ("办公室", "会计", "郗若蘅", "军休经费报账审核不严,虚列支出", "制度机制", "高",
         "经费专账核算,报账凭证经所长审批。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per)])
    sh.add()
    sh.add("所长签字:", None, None, None, None, "填报日期：2024年4月", None, None)
    return _layout(
        "veteran_rest_home_filler", "https://www.inrrp.com.cn/gongzuozongjie/qitazongjie/7705345/",
        "县军队离休退休干部休养所 岗位廉政风险点一览表 after the source's 军休工作总结 (两个待遇, 走访慰问, 五必访, "
        "服务管理社会化): the title, then the form line filled — ``单位（盖章）：… | 填表人：郗若蘅 | 联系电话：…`` (the "
        "填表人 is also the 办公室's 会计 in the table) — then 序号/部门 merged (所领导, 服务保障科, 医疗保健室, 办公室)/"
        "职务 and 责任人 merged per person (the compound surname 公冶)/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 所长签字/填报日期",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rescue_station_headcount(),
    transport_enforcement_squads(),
    land_acquisition_short_long(),
    rural_economy_cards(),
    civilization_center_posts(),
    grain_reserve_two_row_header(),
    weather_bureau_direct_and_leader(),
    town_stations(),
    veteran_rest_home_filler(),
]

RESAVED: tuple[str, ...] = ()  # no LibreOffice re-saves in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch200-inbox"))
