"""A two-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 区
城市建设发展公司, a 救助管理站, a 村, a 镇's own 水利站, a 街道社区卫生服务中心, a 技工学校, a 医疗保障
事务中心, a 保安服务公司 and a 农村公路养护中心 — each handing back its ordinary 一览表, 排查表, 清单
or 自查表 the way its staff typed it, three of them also kept as LibreOffice re-saves, ``.xls``
AND ``.ods`` (``resaved/b211_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch211.py --resave``):

- a 救助管理站 一览表 (re-saved) with 科室 merged, 岗位 and 姓名 merged per person, ``…风险``
  types and 高/中/低, under a ``填报单位：… | 填报时间：…`` line;
- a 村's 村干部 清单 (姓名, 职务, 分管工作 merged per person; no 科室) whose levels are the letters
  ``A/B/C``, read by a note under the table (``A为高风险…``), and a ``村民小组组长 | 共9人`` row;
- a 镇水利站's own 排查表, titled with the 镇 and its 站 only (the 站 a 科室 of the 镇), a short
  ``风险点`` beside ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, and the 村级水管员 held by ``各村水管员``;
- a 社区卫生服务中心's 清单 对岗不对人 whose levels are written ``Ⅰ级（高）/Ⅱ级（中）/Ⅲ级（低）``;
- a 技工学校's 自查表 one sheet a person (re-saved), tabs named after the 处室, pairs above, a
  ``自查情况`` column;
- a 医疗保障事务中心 一览表 after the shape counties publish: ``事项名称 | 廉政风险点及描述 | 等级 |
  防控措施 | 责任科室 | 责任岗位 | 责任人`` — the holder columns AFTER the measures — two rows naming
  two 科室 and two holders on two lines of one cell (``待遇审核科⏎基金结算科``);
- a 保安服务有限公司 一览表 (re-saved) with ``★★★/★★/★`` and the note that reads them;
- a 农村公路养护中心 一览表 whose 科室 column is headed ``站（股）`` (中心领导, 工程股, two 养护站),
  a short ``风险点`` beside ``风险表现形式``, 一级/二级/三级.

One is harder, and it is the shape the README's "读得懂的表" does not describe yet:

- ``urban_dev_company_risk_matrix``: a county company's 廉洁风险 排查表 kept the way its 风险管理
  rules assess a risk — a header ``风险评估`` merged over THREE sub-columns ``发生可能性 | 影响程度 |
  风险等级``, all three filled with 高/中/低, a note under the table saying how the two give the
  third. Only ``风险等级`` is the level; on most rows it differs from one of the other two.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a company's 风险评估标准 R=L×C
with 发生可能性 and 影响程度; a 救助管理站's rules for its staff and 受助人员; a 村's 民主理财小组 and
its 报账 steps; the 乡镇水利站 and its place; a 社区卫生服务中心's 全科团队 and 绩效; a 技工学校's
机构 (招生就业, 实训, 后勤); a 医保中心 separating 审核, 结算 and 支付; 押运保安服务; 县乡村道路养护
补助) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented; every unit is a body of 梁平区 (its towns 碧涔镇, 荫平镇, the
竹垭村, the 桂湾街道 and the 蟠岭 invented).

Run ``python tests/published/score.py --set batch211`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- under ``风险评估`` split ``发生可能性 | 影响程度 | 风险等级`` the level is the ``风险等级`` column's;
  the other two are the inputs of the assessment, no level;
- ``A/B/C`` with a note ``A为高风险，B为中风险，C为低风险`` under the table are Ⅰ/Ⅱ/Ⅲ;
  ``Ⅰ级（高）`` is Ⅰ级;
- a 镇水利站's own list titled ``梁平区碧涔镇水利站…`` is of the 镇 (``梁平区碧涔镇``), 科室 水利站, as
  the 财政所 of batch119; ``各村水管员`` and ``共9人`` are nobody (the post kept, person "");
- a cell naming two 科室 on two lines beside two posts and two holders on two lines gives the row's
  point to each pair (the first 科室 with the first holder);
- 站长, 主任 and 校长 of their own unit, 总经理/副总经理, the 村's 党支部书记 and 村委会主任 are
  leaders; 科长, 股长, 处长, 部门经理, 大队长, the 中心's 养护站站长 and the 镇水利站's 站长/副站长
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copies ``resaved/b211_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b211_"
PLACE = "梁平区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ROMAN_WORDS = {"Ⅰ级（高）": 1, "Ⅱ级（中）": 2, "Ⅲ级（低）": 3}
LETTERS = {"A": 1, "B": 2, "C": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
MATRIX = {("高", "高"): "高", ("高", "中"): "高", ("中", "高"): "高", ("中", "中"): "中",
          ("高", "低"): "中", ("低", "高"): "中", ("中", "低"): "低", ("低", "中"): "低",
          ("低", "低"): "低"}  # fmt: skip


# --------------------------------------------------------------------------- harder layout


def urban_dev_company_risk_matrix() -> dict:
    unit = f"{PLACE}兴梁城市建设发展有限公司"
    sh = _Sheet("排查表", [5, 12, 12, 9, 34, 9, 9, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查评估表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}",
        None,
        None,
        None,
        None,
        "填报日期：2024年10月",
        None,
        None,
        None,
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    h = sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生可能性", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 5, h, 7)
    rows = [
        ("公司领导", "总经理", "禤昭衍", "重大投资项目和大额资金使用不经董事会集体决策", "中", "高",
         "严格执行“三重一大”决策制度,议题提前告知,会议纪要存档。", "leader"),
        ("公司领导", "总经理", "禤昭衍", "干预下属部门工程招标,指定施工单位", "低", "高",
         "领导干部插手干预工程建设事项记录报告,招标全程留痕。", "leader"),
        ("公司领导", "副总经理", "厍岷歆", "分管工程变更签证审批把关不严", "中", "中",
         "变更签证经工程部、造价部、监理三方会审后报批。", "leader"),
        ("工程管理部", "部门经理", "逄蔚岚", "隐蔽工程验收走过场,为施工单位虚增工程量", "高", "中",
         "隐蔽工程验收全程影像记录,跟踪审计单位同步见证。", "middle"),
        ("工程管理部", "现场管理员", "琚泊舟", "接受施工单位宴请、礼品,放松现场质量管理", "中", "低",
         "现场管理人员定期轮换,施工单位廉洁回访。", "general"),
        ("融资财务部", "部门经理", "邶澄霓", "融资中介机构选定不公开,收受中介好处", "低", "中",
         "中介机构比选确定,比选结果公司内部公示。", "middle"),
        ("融资财务部", "出纳", "郗沁芸", "坐支现金、公款私存", "低", "低", "库存现金日清月结,财务负责人不定期盘点。",
         "general"),
        ("资产运营部", "部门经理", "仉锦澍", "门面、场地低价出租或到期不收回", "高", "高",
         "资产出租一律进场公开招租,租金标准报公司会议审定。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, chance, impact, measures, tier) in enumerate(rows, 1):
        lv = MATRIX[(chance, impact)]
        sh.add(n, dept, post, who, point, chance, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "注：风险等级由发生可能性和影响程度综合评定：高×高、高×中为高，中×中、高×低为中，中×低、低×低为低。",
        9,
    )
    sh.add("填表人:", None, None, "审核人:", None, None, "纪检监察室（盖章）", None, None)
    return _layout(
        "urban_dev_company_risk_matrix", "https://m.taodocs.com/p-280720662-1.html",
        "(harder) 区城市建设发展有限公司 廉洁风险点排查评估表, after the source's 风险评估标准与测评方法 (R=L×C: 风险发生"
        "可能性 and 风险影响程度 giving the 风险等级): a ``填报单位（盖章）：… | 填报日期：…`` line; a TWO-ROW header — 序号/"
        "部门/岗位/责任人/风险点/防控措施 merged down, ``风险评估`` merged over three sub-columns ``发生可能性 | 影响程度 | "
        "风险等级``, ALL THREE filled with 高/中/低 (the first two the inputs, the third the level; on five of the eight "
        "rows it differs from one of them); 部门 merged, 岗位 and 责任人 merged per person; no type column; a note under "
        "the table on how the two give the third; 填表人/审核人/纪检监察室（盖章）",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def relief_station_list() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蔺樾笙", "救助物资和被服采购不经站务会研究,指定供应商", "制度机制风险", "高",
         "大宗物资按政府采购程序采购,站务会研究并留存纪要。", "leader"),
        ("站领导", "站长", "蔺樾笙", "受助人员返乡乘车费用审批把关不严", "岗位职责风险", "中",
         "返乡费用凭购票凭证报销,每月公示救助台账。", "leader"),
        ("站领导", "副站长", "濮阳霁", "托养机构选定和托养费结算不公开", "业务流程风险", "高",
         "托养机构公开比选,托养费按月核对在站人数后结算。", "leader"),
        ("救助科", "科长", "闵岫青", "对不符合条件的求助人员违规给予救助,虚报救助人次", "岗位职责风险", "高",
         "求助登记人脸识别核验,救助人次与系统数据比对。", "middle"),
        ("救助科", "救助员", "阙岱音", "侵占、克扣受助人员随身财物和生活用品", "思想道德风险", "中",
         "随身物品登记两人签字,离站时当面点交。", "general"),
        ("综合办公室", "会计", "甘漪岑", "救助资金支付凭证审核不严,虚列支出", "制度机制风险", "中",
         "支出凭证经办人、科长、站长三级审签,按季公开。", "general"),
        ("综合办公室", "物资保管员", "郤玲珑", "救助物资出入库不登记,以少报多", "业务流程风险", "低",
         "物资出入库台账与发放签收单每月核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, "2024年9月", None)
    return _layout(
        "relief_station_list", "https://m.taodocs.com/p-247087034.html",
        "区救助管理站 岗位廉政风险点一览表 after the source's 救助管理站制度 (受助人员须知, 工作人员行为规范: 不准侵吞受助"
        "人员财物, 不准克扣生活供应品): a ``填报单位：… | 填报时间：…`` line; 序号/科室 merged (站领导, 救助科, 综合办公室)/"
        "岗位 and 姓名 merged per person (the compound surname ``濮阳霁``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控"
        "措施; 站长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def village_cadre_abc_levels() -> dict:
    unit = f"{PLACE}荫平镇竹垭村"
    sh = _Sheet("竹垭村", [6, 9, 14, 22, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险点及防控措施清单", 7)
    sh.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("隗朔川", "党支部书记", "主持村党支部全面工作,分管党建、村级财务审批", "leader", [
            ("村级重大事项不按“四议两公开”程序决策", "A", "重大事项严格执行“四议两公开”,决议结果张榜公布。"),
            ("村级财务支出审批“一支笔”,白条入账", "A", "支出经民主理财小组审核后审批,凭合法票据报账。"),
        ]),
        ("鄂晴岚", "村委会主任", "主持村委会工作,分管集体资产资源、项目建设", "leader", [
            ("集体资产资源发包、出租不公开", "A", "发包出租进入镇农村产权交易平台公开交易。"),
            ("村内小型工程指定施工队", "B", "小型工程比选确定施工队,村务监督委员会全程监督。"),
        ]),
        ("铎蕴之", "村委会委员", "分管民政、低保和临时救助初审", "general", [
            ("低保、临时救助对象初审优亲厚友", "B", "初审对象经村民代表评议,名单公示七天。"),
        ]),
        ("冶青芜", "村务监督委员会主任", "负责村务、财务监督", "general", [
            ("村务监督走过场,对不合规票据签字放行", "C", "监督意见书面记录,不合规票据退回并报镇纪委。"),
        ]),
        ("共9人", "村民小组组长", "负责本组事务、惠农资金登记", "general", [
            ("惠农补贴面积登记虚报冒领", "B", "补贴面积逐户核实签字,在组内公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, duty, tier, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, who, post, duty, point, lv, measures)
            person = "" if who.startswith("共") else who
            t.point(sh.name, "", post, person, tier, point, [], LETTERS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级A为高风险，B为中风险，C为低风险。", 7)
    sh.add("村党支部（盖章）", None, None, None, "2024年8月", None, None)
    return _layout(
        "village_cadre_abc_levels", "http://www.fymate.net/html/text/lar/172742/17274291_3.html",
        "村 村干部廉政风险点及防控措施清单 after the source's rules for a 村's 村务公开监督小组 and 民主理财小组 (村账务报销: "
        "经手人, 民主理财小组审核, 村负责人审批, 财会人员记账): the tab the 村's name; 序号/姓名/职务/分管工作 — merged per "
        "person, no 科室 — /廉政风险点/风险等级 typed ``A/B/C``/防控措施; the 村民小组组长 row's 姓名 ``共9人``; under the table a "
        "merged note ``注：风险等级A为高风险，B为中风险，C为低风险。`` and ``村党支部（盖章）`` with the date",
        [sh], t,
    )  # fmt: skip


def town_water_station_own_list() -> dict:
    unit = f"{PLACE}碧涔镇"
    dept = "水利站"
    sh = _Sheet("排查表", [6, 10, 12, 18, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("站长", "庹嘉穗", "小型水利工程验收", "小型水利工程验收不到现场,虚增工程量", "Ⅰ级",
         "验收由镇、村、受益群众代表共同参加,验收资料拍照存档。", "middle"),
        ("站长", "庹嘉穗", "抗旱物资分配", "抗旱水泵、油料分配向关系村倾斜", "Ⅱ级",
         "物资分配方案经镇防汛抗旱办研究,分配结果公示。", "middle"),
        ("副站长", "稽葭月", "农村饮水工程维修", "饮水工程维修材料以次充好、虚报用量", "Ⅱ级",
         "维修材料比价采购,用量由村委会签字确认。", "middle"),
        ("技术员", "濮叶岐", "水利工程质量检查", "接受施工方宴请,降低质量检查标准", "Ⅲ级",
         "质量检查两人同行,检查记录当场签字。", "general"),
        ("村级水管员", "各村水管员", "山坪塘管护补助", "山坪塘管护补助按名册虚报", "Ⅲ级",
         "管护补助按巡查记录考核发放,名册在村公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, lv, measures)
        person = "" if who.startswith("各") else who
        t.point(sh.name, dept, post, person, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填报人:", None, "2024年7月", None)
    return _layout(
        "town_water_station_own_list", "http://m.xielw.com/jingjixuelunwen/xinjingjixuelunwen/2019/1201/54499.html",
        "镇水利站's OWN 岗位廉政风险排查表 after the source's 调研 on 乡镇水利站 (its 由来, 管理体制, the 农村小型水利工程): "
        "the title ``梁平区碧涔镇水利站岗位廉政风险排查表`` the only place naming the 镇 and its 站; 序号/岗位 and 姓名 merged "
        "per person (站长, 副站长, 技术员, and 村级水管员 held by ``各村水管员``)/a short ``风险点`` beside ``风险表现``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column, no 科室 column; 站长签字/填报人/date",
        [sh], t,
    )  # fmt: skip


def community_health_center_posts() -> dict:
    unit = f"{PLACE}桂湾街道社区卫生服务中心"
    sh = _Sheet("清单", [6, 14, 12, 34, 12, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "基本公共卫生服务项目资金分配不经集体研究", "制度机制", "Ⅰ级（高）",
         "项目资金分配方案经中心班子会研究,按绩效考核结果拨付。", "leader"),
        ("中心领导", "副主任", "绩效工资考核打分优亲厚友", "思想道德", "Ⅱ级（中）",
         "考核细则公开,考核结果全中心公示。", "leader"),
        ("药房", "药剂员", "药品验收不严,收受医药代表回扣", "外部环境", "Ⅰ级（高）",
         "药品验收双人签字,医药代表接待登记备案。", "general"),
        ("收费室", "收费员", "收费不开票、少收费,截留现金", "业务流程", "Ⅱ级（中）",
         "收费系统自动计费,日清日结,财务每日核对。", "general"),
        ("公共卫生科", "科长", "居民健康档案、随访记录弄虚作假,虚报服务量", "岗位职责", "Ⅱ级（中）",
         "随访记录抽查回访,服务量与系统数据比对。", "middle"),
        ("家庭医生团队", "团队长", "家庭医生签约服务费发放不按考核结果", "岗位职责", "Ⅲ级（低）",
         "签约服务费按季度考核结果发放,发放明细公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN_WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("单位负责人:", None, None, "填报人:", None, "2024年6月", None)
    return _layout(
        "community_health_center_posts", "http://www.victorzhang.cn/page/2013/0126/15778869.shtml",
        "街道社区卫生服务中心 岗位廉政风险防控清单 对岗不对人, after the source's account of 社区卫生服务中心 全科团队 and 绩效"
        "考核 (家庭医生, 公共卫生医生, 社区护士; 绩效工资): 序号/科室 merged (中心领导, 药房, 收费室, 公共卫生科, 家庭医生团队)/"
        "岗位 (no names anywhere)/风险点/风险类型 (short names)/风险等级 typed ``Ⅰ级（高）/Ⅱ级（中）/Ⅲ级（低）``/防控措施; "
        "单位负责人/填报人/date",
        [sh], t,
    )  # fmt: skip


def technical_school_self_checks() -> dict:
    unit = f"{PLACE}技工学校"
    t = _Truth(unit)
    people = [
        ("校长室", "校长", "鞠砚秋", "leader", [
            ("学校基建维修和设备采购项目不经校务会集体研究", "制度机制", "高", "未发现问题"),
            ("教职工职称评聘推荐中搞利益交换", "思想道德", "中", "未发现问题"),
        ]),
        ("招生就业处", "处长", "訾靖川", "middle", [
            ("招生中向中介机构支付“生源费”", "外部环境", "高", "已整改"),
            ("顶岗实习单位推荐中收受企业好处", "岗位职责", "中", "未发现问题"),
            ("学生资助对象认定把关不严", "业务流程", "中", "未发现问题"),
        ]),
        ("实训处", "耗材管理员", "欧阳湛蓝", "general", [
            ("实训耗材验收不严,以次充好", "岗位职责", "中", "未发现问题"),
            ("实训耗材领用不登记,私自带出", "制度机制", "低", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in people:
        sh = _Sheet(dept, [6, 34, 12, 9, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "处室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, state) in enumerate(points, 1):
            measures = (
                "严格执行学校相关制度,主动接受纪检监督。"
                if n % 2
                else "定期自查,发现问题及时整改并报告。"
            )
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签字:", None, None, "自查时间：2024年11月", None, None)
        sheets.append(sh)
    return _layout(
        "technical_school_self_checks", "http://32336.cn/mlhd_7ua51936m25ap1c1kzfj507xn0uyj200qif_9.html",
        "区技工学校 岗位廉政风险自查表 ONE SHEET A PERSON (tabs named after the 处室: 校长室, 招生就业处, 实训处), after the "
        "source's 技工学校 评估标准 (校长负责制; 教育教学、行政后勤服务、招生就业及培训工作等管理机构): each sheet its title, a "
        "row of pairs ``姓名 | … | 处室 | … | 职务 | …``, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控"
        "措施/``自查情况`` (``未发现问题``, ``已整改``), a ``自查人签字: | 自查时间：…`` line; the 实训处's holder has the "
        "compound surname ``欧阳湛蓝``",
        sheets, t,
    )  # fmt: skip


def medical_insurance_two_line_cells() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("一览表", [6, 14, 34, 6, 34, 12, 8, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位权力行使风险防控一览表", 8)
    sh.add(
        "序号", "事项名称", "廉政风险点及描述", "等级", "防控措施", "责任科室", "责任岗位", "责任人"
    )
    rows = [
        ("基金拨付", "医保基金拨付不按审核结果,违规提前或超额拨付", "高",
         "拨付凭审核结算单,经办、复核、审批三岗分离。", [("综合财务科", "科长", "眭棠溪", "middle")]),
        ("待遇审核", "对不符合条件的报销材料违规审核通过", "高", "审核实行初审、复审两级,疑点材料集体研究。",
         [("待遇审核科", "科长", "佴若澜", "middle")]),
        ("费用结算", "与定点医药机构结算时多结、错结,收受好处", "高",
         "结算数据系统比对,结算结果每月公示,定点机构廉洁回访。",
         [("待遇审核科", "科长", "佴若澜", "middle"), ("基金结算科", "科长", "瞿稚鸥", "middle")]),
        ("异地就医备案", "异地就医备案把关不严,违规办理", "中", "备案材料网上核验,办理结果可查询。",
         [("待遇审核科", "经办员", "笪星沅", "general")]),
        ("稽核检查", "稽核检查中对违规行为降格处理", "中", "稽核两人以上,处理意见集体审定。",
         [("稽核科", "科长", "宰父宁", "middle")]),
        ("财务管理", "票据、印鉴管理不严,一人保管全部印鉴", "低", "财务专用章与个人名章分人保管,定期检查。",
         [("综合财务科", "出纳", "缑知夏", "general"), ("基金结算科", "科长", "瞿稚鸥", "middle")]),
    ]  # fmt: skip
    for n, (item, point, lv, measures, holders) in enumerate(rows, 1):
        depts = "\n".join(h[0] for h in holders)
        posts = "\n".join(h[1] for h in holders)
        whos = "\n".join(h[2] for h in holders)
        sh.add(n, item, point, lv, measures, depts, posts, whos)
        for dept, post, who, tier in holders:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("单位（盖章）", None, None, None, "2024年5月", None, None, None)
    return _layout(
        "medical_insurance_two_line_cells", "http://www.china-neikong.com/news/localnews/874",
        "区医疗保障事务中心 岗位权力行使风险防控一览表 after the source's account of a 医保中心's 内控 (费用审核、基金结算和"
        "财务支付 in separate 科室; 经办、复核、审批): 序号/``事项名称`` (a short matter)/``廉政风险点及描述`` (the point)/"
        "``等级`` 高/中/低/防控措施/then the holder columns AFTER the measures — ``责任科室 | 责任岗位 | 责任人``; two rows "
        "name TWO holders, each of the three cells holding two lines (``待遇审核科⏎基金结算科 | 科长⏎科长 | 佴若澜⏎瞿稚鸥``, "
        "``综合财务科⏎基金结算科 | 出纳⏎科长 | 缑知夏⏎瞿稚鸥``); the compound surname ``宰父宁``; no type column; "
        "``单位（盖章）`` and the date under it",
        [sh], t,
    )  # fmt: skip


def security_company_stars() -> dict:
    unit = f"{PLACE}保安服务有限公司"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "韦莳萝", "派驻保安服务合同签订不经集体研究,让利关系客户", "制度机制风险", "★★★",
         "服务合同价格按公司定价标准执行,合同签订经经理办公会研究。", "leader"),
        ("押运大队", "大队长", "褚澹宁", "押运线路、时间泄露,为他人谋利", "岗位职责风险", "★★★",
         "押运线路每日随机确定,出车前临时下达。", "middle"),
        ("押运大队", "大队长", "褚澹宁", "押运车辆维修、加油费用虚报", "业务流程风险", "★★",
         "车辆维修定点,加油卡专车专用,每月核对里程。", "middle"),
        ("押运大队", "押运员", "蒯槐序", "押运途中接受客户钱物", "思想道德风险", "★",
         "押运全程车载视频记录,客户廉洁回访。", "general"),
        ("保安服务部", "部门经理", "邰芷汀", "保安员招录中收受好处,降低录用条件", "岗位职责风险", "★★",
         "招录条件和结果公开,政审、体检材料存档。", "middle"),
        ("保安服务部", "部门经理", "邰芷汀", "派驻点保安员考勤虚报,冒领工资", "制度机制风险", "★★",
         "派驻点考勤由客户单位签字确认,工资直接打卡发放。", "middle"),
        ("财务部", "会计", "弓清晏", "服务费收缴不及时入账", "业务流程风险", "★",
         "服务费通过公司账户收取,应收账款按月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明：风险等级★★★为高，★★为中，★为低。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "security_company_stars", "http://wxfeihong.com/news/gsxw/262.html",
        "区保安服务有限公司 廉洁风险点排查一览表 after the source's account of 押运保安服务 (押运线路和时间保密, 出库、装车、"
        "运送、移交): 序号/部门 merged (公司领导, 押运大队, 保安服务部, 财务部)/岗位 and 姓名 merged per person/风险点/风险类别 "
        "``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged note ``说明：风险等级★★★为高，★★为中，★为低。`` under the "
        "table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def road_maintenance_stations() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("一览表", [6, 14, 10, 9, 18, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "站（股）", "岗位", "责任人", "风险点", "风险表现形式", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郦竹溪", "养护工程发包", "农村公路养护工程不按规定比选,指定施工队伍", "一级",
         "养护工程按规定比选,结果在中心公示栏公开。", "leader"),
        ("中心领导", "主任", "郦竹溪", "养护补助资金分配", "县乡村道养护补助资金分配不按考核结果", "一级",
         "补助资金按季度考核结果分配,分配方案集体研究。", "leader"),
        ("工程股", "股长", "亓霜序", "养护工程计量", "养护工程计量不实,多计工程量", "二级",
         "计量由工程股、养护站、监理三方签字,抽查复核。", "middle"),
        ("碧涔养护站", "站长", "冼橦", "养护材料管理", "沥青、碎石等养护材料虚报用量、私自变卖", "二级",
         "材料进出库登记,用量与养护日志核对。", "middle"),
        ("碧涔养护站", "养护工", "暨禾生", "日常巡查记录", "巡查记录弄虚作假,冒领巡查补贴", "三级",
         "巡查轨迹定位上传,补贴按轨迹记录发放。", "general"),
        ("蟠岭养护站", "站长", "汲砚泓", "临时用工管理", "虚报临时用工人数和天数", "二级",
         "临时用工实名登记,工资打卡发放。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心负责人:", None, None, "填表人:", None, None, "2024年4月", None)
    return _layout(
        "road_maintenance_stations",
        "https://www.zhetiaohe.com/ss/a9f81f202b4764cfa1d6c555d04b0484322d6a68d68274e034a8f2fbea6da8faf5831bfa6ca1b3d1.html",
        "区农村公路养护中心 岗位廉政风险点一览表 after the source's 县乡村道路养护补助标准 (补助 by 考核): 序号/the 科室 column "
        "headed ``站（股）`` merged (中心领导, 工程股, 碧涔养护站, 蟠岭养护站)/岗位 and 责任人 merged per person (the one-character "
        "given name ``冼橦``)/a short ``风险点`` beside ``风险表现形式``/风险等级 一级/二级/三级/防控措施; no type column; "
        "中心负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_dev_company_risk_matrix(),
    relief_station_list(),
    village_cadre_abc_levels(),
    town_water_station_own_list(),
    community_health_center_posts(),
    technical_school_self_checks(),
    medical_insurance_two_line_cells(),
    security_company_stars(),
    road_maintenance_stations(),
]

RESAVED = (
    "relief_station_list",
    "technical_school_self_checks",
    "security_company_stars",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b211_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b211_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch211-inbox"))
