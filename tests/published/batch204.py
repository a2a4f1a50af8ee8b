"""A two-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies no earlier
batch used, or seldom — a 县车辆超限超载检测站, a 县军队供应站, a 县地质灾害防治中心, a 县脐橙产业发展
中心, a 县河道采砂管理站, a 县天然林保护工程管理中心, a 县棚户区改造服务中心, a 县水电站, a 镇人民政府
and a 县青少年校外活动中心 — each handing back its ordinary 一览表, 排查表, 清单 or 防控卡 the way its
staff typed it, four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b204_<name>.xls``/``.ods``, made by ``PYTHONPATH=tests python
tests/published/batch204.py --resave``):

- a 超限检测站 一览表 (re-saved) under ``填报单位：… | 填报时间：…``, its 科室 the 站领导, two shift teams
  (``检测一班``, ``检测二班``), 执法股 and 综合股, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- a 军队供应站's 防控卡 one sheet a person (re-saved), the pairs ``姓名 | … | 职务 | …`` and ``所在科室 |
  … | 填卡时间 | …`` above the table, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签字：`` under it;
- a 脐橙产业发展中心 清单 对岗不对人 with no 科室 column (posts kept as written: ``技术推广科科长``,
  ``苗木繁育基地主任``), a ``岗位职责`` column, 一级/二级/三级;
- a 河道采砂管理站 排查表 (re-saved) whose 科室 stand only in group rows ``一、站领导``, ``二、许可股``,
  no type column, 高/中/低;
- a 天然林保护工程管理中心 一览表 with a short ``风险点`` beside a long ``风险描述``, the holder under
  ``责任人``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 棚户区改造服务中心 workbook whose FIRST sheet is a ``填表说明`` (the levels and types explained) and
  the second the 一览表;
- a 水电站 一览表 (re-saved) with 部门 ``运行值班组``, ``检修班``, posts 值长/值班员, levels ``★★★/★★/★``
  explained under the table;
- a 镇人民政府 一览表 whose 科室 column is headed ``站所`` (镇领导, 党政办公室, 财政所, 农业服务中心, 社会
  事务办, 规划建设环保办), under ``填报单位：鹤溪镇纪委``;
- a 青少年校外活动中心 排查表 with ``风险事项`` (the duty) beside ``风险点`` and a ``责任领导`` column naming
  the supervising leader (no holder).

One is harder, and it is the shape the README's "读得懂的表" does not describe yet:

- ``geohazard_likelihood_impact``: a 地质灾害防治中心's 排查表 that grades each point the way a risk
  assessment does — ``发生可能性 | 影响程度 | 风险等级`` side by side, all three written 高/中/低, the
  level the third, which differs from either of the first two on most rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (the rules for 治超检测站; a
军供站's tasks (过往部队, 入伍新兵, 饮食供应); a 地质灾害防治技术中心 revisiting its 隐患点; a 县 脐橙
产业 survey; a 县 河道采砂 的主要做法 (许可证, 河道管理站); a 天然林保护 policy note (森林管护费); a
棚户区改造 study; a 水电站's hierarchical risk control; an opinion on 乡镇政府服务能力; the 县级 青少年
校外活动中心) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented; every unit is a body of 奉节县 (the town 鹤溪镇 and the
river 石笋河 invented).

Run ``python tests/published/score.py --set batch204`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- beside ``发生可能性`` and ``影响程度`` (both 高/中/低 too) the point's level is the ``风险等级`` column;
- a 站 of the county with no 科室 column of its own writes its 科室 in group rows ``二、许可股``: that is the
  科室 of the rows under it;
- in a list with no 科室 column the post is kept as written (``技术推广科科长``), department "";
- ``责任领导`` names the leader who supervises, not the holder: the 校外活动中心's rows are 对岗不对人;
- a ``填表说明`` sheet before the table is no form and no point;
- 站长/副站长 of a county 站, 主任/副主任 of a 中心, 镇党委书记/镇长/副镇长 are leaders; 股长, 科长, 班长,
  值长, 部长, 基地主任, 所长 of a 镇's 所, 主任 of a 镇's 中心 or 办 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copies ``resaved/b204_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b204_"
PLACE = "奉节县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
ORDINALS = "一二三四五六七八九十"


def _per_person(first_col: int, last_col: int):
    return lambda row: tuple(row[first_col : last_col + 1])


# --------------------------------------------------------------------------- harder layout


def geohazard_likelihood_impact() -> dict:
    unit = f"{PLACE}地质灾害防治中心"
    sh = _Sheet("排查表", [5, 12, 10, 9, 34, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查评估表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "科室", "岗位", "姓名", "风险点", "发生可能性", "影响程度", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "鄞晚樵", "地质灾害治理工程施工单位确定不经集体研究", "中", "高", "高",
         "治理工程按规定公开招标,中标结果经主任办公会研究并公示。", "leader"),
        ("中心领导", "主任", "鄞晚樵", "应急排危除险项目以应急为由规避招标", "高", "中", "高",
         "应急项目事后补办手续,资料报县自然资源局备案审查。", "leader"),
        ("中心领导", "副主任", "沃知暄", "隐患点核销审核把关不严", "低", "高", "中",
         "核销须专业技术人员现场复核,核销结果在乡镇公示。", "leader"),
        ("监测预警科", "科长", "蒉望舒", "群测群防员补助发放不按实际在岗情况", "中", "中", "中",
         "补助凭巡查记录和乡镇考核结果发放,名单公示。", "middle"),
        ("监测预警科", "监测员", "籍岚屿", "监测设备维护外包验收走过场", "高", "低", "中",
         "维护记录拍照定位上传,验收两人以上签字。", "general"),
        ("工程治理科", "科长", "暨朝岫", "治理工程设计变更、工程量签证把关不严", "中", "高", "高",
         "变更签证经科室集体审核,报中心领导审批并送审计复核。", "middle"),
        ("工程治理科", "技术员", "夹谷临川", "受威胁群众搬迁避让对象核实不实", "低", "中", "低",
         "搬迁对象入户核实,经村、乡镇两级公示。", "general"),
        ("综合科", "会计", "阙霜序", "项目资金报账凭证审核不严", "低", "低", "低",
         "报账实行经办、审核、审批分离,按季公开项目资金支出。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, odds, impact, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, odds, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    _line(sh, "注：风险等级由发生可能性和影响程度综合评定，分为高、中、低三级。", 9)
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, None)
    return _layout(
        "geohazard_likelihood_impact",
        "http://dwdzdd.jsdk.cn/dwdzdd/jcdt/content/50398ff9-533f-42ee-a1b1-d1ab0b446256.html",
        "(harder) 县地质灾害防治中心 岗位廉政风险排查评估表 after the source's account of a 地质灾害防治技术中心 "
        "revisiting its 隐患点 (调查评估组, 警示牌, 撤离路线): ``填报单位：… | 填报时间：…`` over the table; 序号/科室 "
        "merged (中心领导, 监测预警科, 工程治理科, 综合科)/岗位 and 姓名 merged per person (the compound surname "
        "``夹谷临川``)/风险点/then THREE grading columns side by side, all written 高/中/低 — ``发生可能性``, "
        "``影响程度`` and ``风险等级`` — the level the third, which differs from the likelihood or the impact on "
        "most rows/防控措施; no type column; a note ``注：风险等级由发生可能性和影响程度综合评定…`` under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def overload_station_shifts() -> dict:
    unit = f"{PLACE}车辆超限超载检测站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "庾汀澜", "卸载货物处置、超限车辆放行不经集体研究,个人说了算", "制度机制风险", "高",
         "放行、处置事项站务会研究,结果在检测大厅公示。", "leader"),
        ("站领导", "副站长", "亢思淼", "检测设备采购和计量检定服务指定供应商", "岗位职责风险", "中",
         "设备采购按政府采购程序,检定机构公开比选。", "leader"),
        ("检测一班", "班长", "殳乘风", "人为修改称重数据,为超限车辆开脱", "岗位职责风险", "高",
         "称重数据系统自动上传,修改须留痕并经站长审批。", "middle"),
        ("检测一班", "检测员", "郦砚冰", "收受货车司机好处后降低检测标准", "思想道德风险", "高",
         "检测全程录像,每月随机抽查检测记录。", "general"),
        ("检测二班", "检测员", "佘映秋", "对熟人车辆不检测即放行", "外部环境风险", "中",
         "车辆一律过磅,放行记录与称重记录每日比对。", "general"),
        ("执法股", "股长", "逄霁野", "超限处罚自由裁量权使用不当,随意减免罚款", "制度机制风险", "高",
         "严格执行处罚裁量基准,处罚决定法制审核。", "middle"),
        ("执法股", "执法员", "扈星澈", "执法中索取、收受当事人财物", "思想道德风险", "中",
         "执法记录仪全程记录,两人以上执法。", "general"),
        ("综合股", "卸载场管理员", "粟南枝", "卸载货物保管不善,私自处置卸载货物", "业务流程风险", "低",
         "卸载货物登记造册,领取凭证双人核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "overload_station_shifts", "http://004km.cn/a2/201905121/e2e41a1f86f35437.html",
        "县车辆超限超载检测站 岗位廉政风险点一览表 after the source's 治理车辆超限超载检测站管理办法 (称重检测, 超限"
        "超载认定, 卸载, 固定的组织机构): ``填报单位：… | 填报时间：2024年10月`` over the table; 序号/科室 merged "
        "(站领导, the shift teams ``检测一班`` and ``检测二班``, 执法股, 综合股)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; ``站长签字: | 填表人:`` under it",
        [sh], t,
    )  # fmt: skip


def army_supply_cards() -> dict:
    unit = f"{PLACE}军队供应站"
    t = _Truth(unit)
    cards = [
        ("巫马清晏", "站长", "站领导", "leader", [
            ("军供保障经费使用不经集体研究", "制度机制", "Ⅰ级", "经费支出经站务会研究,按季公开。"),
            ("食堂承包、餐料供应商确定不公开", "岗位职责", "Ⅰ级", "供应商公开比选,合同经法律顾问审核。"),
            ("接待过往部队时违规安排宴请", "思想道德", "Ⅲ级", "严格执行接待标准,接待清单存档备查。"),
        ]),
        ("漆雕闻舟", "股长", "保障股", "middle", [
            ("供应人数、餐次虚报,多报保障费用", "业务流程", "Ⅰ级", "保障人数凭部队签收单核对,月底对账。"),
            ("应急保障物资储备管理混乱,账实不符", "制度机制", "Ⅱ级", "物资出入库登记,每季度盘点。"),
        ]),
        ("禄寒汀", "采购员", "保障股", "general", [
            ("餐料采购以次充好、虚抬价格", "岗位职责", "Ⅱ级", "餐料定点采购,验收两人签字并留样。"),
            ("收受供应商回扣", "外部环境", "Ⅱ级", "采购价格每月与市场价比对并公示。"),
            ("采购票据与实物不符", "业务流程", "Ⅲ级", "票据、验收单、入库单三单核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, post, dept, tier, points) in enumerate(cards, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("所在科室", dept, "填卡时间", "2024年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签字：", None, "单位负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "army_supply_cards", "https://taian.dzwww.com/2013sy/taxw/201506/t20150626_12612551.html",
        "县军队供应站 岗位廉政风险防控卡 after the source's account of a 军供站 (保障成批过往部队、入伍新兵、退伍老兵的"
        "饮食饮水, 应急保障, 设施设备更新): ONE SHEET A PERSON (``Sheet1``–``Sheet3``), each titled the same, the "
        "pairs ``姓名 | 巫马清晏 | 职务 | 站长`` and ``所在科室 | 站领导 | 填卡时间 | 2024年10月`` above the table "
        "(the compound surnames 巫马 and 漆雕), then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控"
        "措施; ``本人签字： | 单位负责人签字：`` under it, left blank",
        sheets, t,
    )  # fmt: skip


def navel_orange_posts() -> dict:
    unit = f"{PLACE}脐橙产业发展中心"
    sh = _Sheet("清单", [6, 18, 26, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "主持中心全面工作,负责脐橙产业项目和资金管理", "产业发展项目资金分配不经集体研究",
         "制度机制", "一级", "项目资金分配方案经主任办公会研究,结果公示。", "leader"),
        ("技术推广科科长", "负责脐橙栽培技术推广和示范园建设", "示范园建设补助对象确定不公开",
         "岗位职责", "一级", "补助对象公开申报,实地验收后公示。", "middle"),
        ("技术推广科农艺师", "负责病虫害绿色防控技术指导", "绿色防控物资发放不按登记名单",
         "业务流程", "二级", "物资按名单发放,果农签字领取。", "general"),
        ("苗木繁育基地主任", "负责无病毒苗木繁育和调运", "无病毒苗木调运检疫把关不严,违规出圃",
         "岗位职责", "一级", "苗木出圃检测、调运登记,双人签字。", "middle"),
        ("苗木繁育基地主任", "负责无病毒苗木繁育和调运", "苗木销售收入不入账",
         "思想道德", "二级", "销售款统一转账入账,销售台账按月核对。", "middle"),
        ("品牌营销科科长", "负责脐橙品牌推广和展会组织", "品牌推广、参展费用虚列",
         "制度机制", "二级", "推广费用先审批后实施,凭合同和影像资料报账。", "middle"),
        ("办公室会计", "负责中心财务管理", "报账审核不严,白条入账", "制度机制", "三级",
         "票据三级审核,每季度内部审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年8月", None, None)
    return _layout(
        "navel_orange_posts", "http://m.handmsg.com/page/2022/1227/13553623.shtml",
        "县脐橙产业发展中心 岗位廉政风险防控清单 对岗不对人 after the source's 脐橙产业调研 (标准化种植示范区, 脱毒苗"
        "繁育基地, 产业园, 品牌): NO 科室 column and no names — 序号/岗位 as written (``主任``, ``技术推广科科长``, "
        "``技术推广科农艺师``, ``苗木繁育基地主任``, ``品牌营销科科长``, ``办公室会计``; 岗位 and 岗位职责 merged over "
        "the base head's two rows)/岗位职责/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def sand_mining_group_rows() -> dict:
    unit = f"{PLACE}河道采砂管理站"
    sh = _Sheet("排查表", [6, 10, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("站领导", [
            ("站长", "宰父鸣皋", "leader", [
                ("采砂权出让方案制定中设置倾向性条件", "高", "出让方案经站务会研究,报县水利局审定后公开拍卖。"),
                ("对违规超采的采砂业主不予处理", "高", "超采查处情况报县水利局备案,季度通报。"),
            ]),
            ("副站长", "鲜于拾穗", "leader", [
                ("采砂监管视频、计量设备采购指定品牌", "中", "设备采购公开比选,验收三方签字。"),
            ]),
        ]),
        ("许可股", [
            ("股长", "羿星阑", "middle", [
                ("河道采砂许可证核发降低条件", "高", "许可条件公开,初审、复审分离。"),
                ("采砂许可延续不按规定现场核查", "中", "延续前现场核查,核查照片存档。"),
            ]),
        ]),
        ("执法股", [
            ("股长", "弘砚耕", "middle", [
                ("非法采砂案件查处中说情打招呼", "中", "案件集体审议,说情打招呼登记报告。"),
            ]),
            ("执法员", "充霁禾", "general", [
                ("禁采期巡查走过场,为偷采通风报信", "中", "巡查时间临时确定,巡查轨迹实时上传。"),
                ("采砂量核定不实,少计开采量", "低", "采砂量按计量设备数据核定,每月比对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for g, (dept, people) in enumerate(groups):
        _line(sh, f"{ORDINALS[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _merge_down(sh, first, [(1, _per_person(1, 2)), (2, _per_person(1, 2))])
    sh.add()
    sh.add("站长签字:", None, None, "填表时间：2024年7月", None, None)
    return _layout(
        "sand_mining_group_rows", "http://zgkjsz.com/page/2016/0329/19826963.shtml",
        "县河道采砂管理站 廉政风险点排查表 after the source's account of a 县's 河道采砂管理 (河道管理站 编制采砂规划, "
        "采砂许可证制度, 联合执法, 采砂管理费按量征收): NO 科室 column — each 科室 stands only in a merged GROUP row "
        "``一、站领导``, ``二、许可股``, ``三、执法股`` over its rows; 序号 running through the groups/岗位 and 姓名 "
        "merged per person (the compound surnames 宰父, 鲜于)/风险点/风险等级 高/中/低/防控措施; no type column; "
        "``站长签字: | 填表时间：…`` under it",
        [sh], t,
    )  # fmt: skip


def natural_forest_short_long() -> dict:
    unit = f"{PLACE}天然林保护工程管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 16, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "责任人", "风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "蹇穆风", "管护合同签订", "森林管护承包合同签订不公开,优亲厚友", "制度机制", "Ⅰ级",
         "管护合同公开签订,合同主体和面积在村组公示。", "leader"),
        ("中心领导", "副主任", "汲晏清", "管护考核", "管护人员考核打分不客观,考核结果与补助脱钩", "岗位职责", "Ⅱ级",
         "考核由中心、乡镇、村三方打分,结果公示。", "leader"),
        ("管护股", "股长", "隆听雪", "管护面积核定", "多报管护面积,套取森林管护费", "岗位职责", "Ⅰ级",
         "管护面积以林地一张图为准,随机实地核查。", "middle"),
        ("管护股", "管护员", "帅砚池", "巡山记录", "巡山记录弄虚作假,不巡山照领补助", "思想道德", "Ⅲ级",
         "巡山轨迹APP上传,每月抽查。", "general"),
        ("计财股", "会计", "麴映川", "管护费发放", "管护费发放不按考核结果,截留挪用", "业务流程", "Ⅱ级",
         "管护费一卡通发放,发放清册公示。", "general"),
        ("计财股", "会计", "麴映川", "公益林补偿资金", "公益林补偿资金拨付审核不严", "制度机制", "Ⅱ级",
         "补偿资金凭乡镇核实名册拨付,按年公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年6月", None, None)
    return _layout(
        "natural_forest_short_long",
        "https://www.xsbn.gov.cn/lyj/81753.news.detail.dhtml?news_id=1440851",
        "县天然林保护工程管理中心 岗位廉政风险点一览表 after the source's 天然林保护 policy note (天然林资源保护工程"
        "森林管护, 集体公益林 管护费补助标准): 序号/股室 merged (中心领导, 管护股, 计财股)/岗位 and ``责任人`` merged per "
        "person/a short ``风险点`` (``管护合同签订``) beside a long ``风险描述``/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def shanty_reform_notes_sheet() -> dict:
    unit = f"{PLACE}棚户区改造服务中心"
    t = _Truth(unit)
    notes = _Sheet("填表说明", [80])
    notes.add("填表说明")
    notes.add("1.本表由各部按岗位填写，一个岗位有多个风险点的分行填写。")
    notes.add("2.风险等级分一级、二级、三级，一级为最高。")
    notes.add(
        "3.风险类别填写思想道德风险、制度机制风险、岗位职责风险、业务流程风险或外部环境风险。"
    )
    notes.add("4.填好后于10月20日前报中心办公室。")
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 14, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "晁栖梧", "安置房分配方案制定不经集体研究", "制度机制风险", "一级",
         "分配方案经主任办公会研究,报县住建委审定后公示。", "leader"),
        ("征收安置部", "部长", "芮寒枝", "被征收房屋面积、结构认定不实", "岗位职责风险", "一级",
         "入户调查两人以上,调查结果由被征收人签字确认并公示。", "middle"),
        ("征收安置部", "部长", "芮寒枝", "违规增加安置补偿项目", "岗位职责风险", "一级",
         "补偿项目按方案执行,增项须集体研究。", "middle"),
        ("征收安置部", "评估联络员", "勾春澍", "与评估机构串通抬高或压低评估价格", "外部环境风险", "二级",
         "评估机构由被征收人投票选定,评估报告公示。", "general"),
        ("工程部", "部长", "冀岫云", "安置房工程变更签证虚增工程量", "业务流程风险", "二级",
         "变更签证经监理、跟踪审计、业主三方签字。", "middle"),
        ("财务部", "会计", "莘晚渡", "征收补偿款发放不按协议,截留补偿款", "思想道德风险", "三级",
         "补偿款直接转入被征收人账户,发放清册存档。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "shanty_reform_notes_sheet", "http://www.tmdps.cn/a5/2019051320/134284c927e3e68d.html",
        "县棚户区改造服务中心 岗位廉政风险防控一览表 after the source's study of 棚户区改造 (政府主导, 改造危旧住房, "
        "安置): a workbook whose FIRST sheet ``填表说明`` holds only four numbered instructions (the levels 一级/二级/"
        "三级 and the five ``…风险`` types explained, the date to hand it in) and whose SECOND sheet ``一览表`` is "
        "the table: 序号/部门 merged (中心领导, 征收安置部, 工程部, 财务部)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 填表人/审核人/date",
        [notes, sh], t,
    )  # fmt: skip


def hydro_station_stars() -> dict:
    unit = f"{PLACE}石笋河水电站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "过澄岳", "机组大修、技改项目不经集体研究确定施工单位", "制度机制", "★★★",
         "项目经站务会研究,按规定比选并公示结果。", "leader"),
        ("运行值班组", "值长", "盖临溪", "调度指令执行中为关联用户违规调整供电", "岗位职责", "★★",
         "调度指令录音留存,操作票双人复核。", "middle"),
        ("运行值班组", "值班员", "桑落霁", "发电量、上网电量抄录弄虚作假", "业务流程", "★★",
         "电量数据系统自动采集,每日与电网侧核对。", "general"),
        ("检修班", "班长", "旷远岑", "备品备件采购以次充好", "岗位职责", "★★★",
         "备件采购三家比价,验收留样。", "middle"),
        ("检修班", "班长", "旷远岑", "外委检修工程量签认不实", "外部环境", "★★",
         "外委工程量现场计量,监督人员签字。", "middle"),
        ("综合办公室", "材料员", "蒙砚霜", "废旧物资私自变卖,收入不入账", "思想道德", "★",
         "废旧物资集中处置,处置收入统一入账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    _line(sh, "说明：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "hydro_station_stars",
        "https://search.napstic.cn/literature/periodical/010dlaqjs202410005",
        "县水电站 岗位廉洁风险点一览表 after the source's note on the hierarchical control of a 水电站's risks "
        "(组织机构, 职责, 管理制度, 全员参与, 风险点, 分级管控): 序号/部门 merged (站领导, ``运行值班组``, ``检修班``, "
        "综合办公室)/岗位 (站长, 值长, 值班员, 班长, 材料员) and 姓名 merged per person/风险点/风险类型 (short names)/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``说明：★★★为高风险…`` line merged under the table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def town_stations_column() -> dict:
    unit = f"{PLACE}鹤溪镇人民政府"
    sh = _Sheet("一览表", [6, 14, 12, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("填报单位：鹤溪镇纪委", None, None, None, None, "填报时间：2024年11月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "党委书记", "仝照川", "村级重大事项决策干预过多,插手工程项目", "制度机制风险", "高",
         "执行“四议两公开”,镇级不直接指定施工单位。", "leader"),
        ("镇领导", "镇长", "乐正景行", "镇级财政资金使用审批把关不严", "岗位职责风险", "高",
         "大额资金支出经党政联席会研究,一支笔审批留痕。", "leader"),
        ("财政所", "所长", "麦澄心", "惠农补贴资金发放中虚报冒领", "业务流程风险", "高",
         "补贴资金一卡通发放,发放名册村组公示。", "middle"),
        ("农业服务中心", "主任", "况穗禾", "农业项目验收走过场", "岗位职责风险", "中",
         "项目验收邀请村民代表参加,验收结果公示。", "middle"),
        ("社会事务办", "主任", "钦听澜", "低保、临时救助对象审核优亲厚友", "思想道德风险", "中",
         "入户核查,民主评议,名单张榜公示。", "middle"),
        ("规划建设环保办", "主任", "茅寻川", "农房建设审批违规办理", "外部环境风险", "中",
         "审批条件公开,现场踏勘两人以上。", "middle"),
        ("党政办公室", "主任", "步霁云", "公务接待超标准、虚列费用", "制度机制风险", "低",
         "接待实行公函制度,费用凭清单报销并公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("镇纪委书记签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "town_stations_column", "http://nybiz.cn/law/7628.html",
        "镇人民政府 岗位廉政风险防控一览表 after the source's opinion on 乡镇政府服务能力建设 (便民服务, 农业服务, "
        "社会救助, 规划建设): the title ``奉节县鹤溪镇人民政府岗位廉政风险防控一览表`` over ``填报单位：鹤溪镇纪委 | "
        "填报时间：…`` (the 镇纪委 that gathered the list); 序号/``站所`` merged (镇领导, 财政所, 农业服务中心, 社会事务办, "
        "规划建设环保办, 党政办公室)/岗位/姓名 (the compound surname ``乐正景行``)/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; ``镇纪委书记签字: | 填表人:`` under it",
        [sh], t,
    )  # fmt: skip


def youth_center_supervisor() -> dict:
    unit = f"{PLACE}青少年校外活动中心"
    sh = _Sheet("排查表", [6, 12, 12, 22, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险事项", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中心领导", "主任", "中心全面工作", "活动场地对外出租不经集体研究,租金不入账", "高",
         "场地出租经主任办公会研究,租金统一入账并公开。", None, "leader"),
        ("培训部", "部长", "公益培训项目组织", "以公益培训名义变相收费", "高",
         "培训项目和收费标准报教育局审批,上墙公示。", "帖若渊", "middle"),
        ("培训部", "部长", "外聘教师管理", "外聘教师课时费虚报", "中", "课时由考勤系统记录,课时费按月公示。",
         "帖若渊", "middle"),
        ("培训部", "辅导教师", "兴趣班教学", "私自招生、有偿补课", "中", "签订承诺书,家长监督电话公开。",
         "帖若渊", "general"),
        ("活动部", "部长", "竞赛活动组织", "竞赛评比中打人情分", "中", "评委随机抽取,评分当场公布。",
         "薄栖云", "middle"),
        ("后勤保障部", "部长", "器材设备采购", "活动器材采购不比价,收受回扣", "高",
         "采购三家以上比价,验收两人签字。", "薄栖云", "middle"),
        ("后勤保障部", "保管员", "器材保管", "器材外借不登记,造成流失", "低", "器材出借登记,每学期盘点。",
         "薄栖云", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "youth_center_supervisor",
        "http://soolun.net/periodical/9b34c0b39e5d9112e5e926ba5a522776.html",
        "县青少年校外活动中心 廉政风险点排查表 对岗不对人 after the source's account of the county 青少年校外活动"
        "场所 (音乐、舞蹈、美术、科技、体育 设施, 校外活动): 序号/部室 merged (中心领导, 培训部, 活动部, 后勤保障部)/"
        "岗位/``风险事项`` (the duty: ``公益培训项目组织``)/风险点/风险等级 高/中/低/防控措施/``责任领导`` — the "
        "主任 ``薄栖云`` (over 活动部 and 后勤保障部) or the 副主任 ``帖若渊`` (over 培训部's three rows), the "
        "supervising leader, no holder; blank on the 主任's own row; no 姓名 column, no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    geohazard_likelihood_impact(),
    overload_station_shifts(),
    army_supply_cards(),
    navel_orange_posts(),
    sand_mining_group_rows(),
    natural_forest_short_long(),
    shanty_reform_notes_sheet(),
    hydro_station_stars(),
    town_stations_column(),
    youth_center_supervisor(),
]

RESAVED = (
    "overload_station_shifts",
    "army_supply_cards",
    "sand_mining_group_rows",
    "hydro_station_stars",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b204_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b204_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch204-inbox"))
