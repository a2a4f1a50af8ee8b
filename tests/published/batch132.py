"""A hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — the 农业综合行政执法大队, the 地方金融监督管理局, the 精神卫生中心, the 军队离休退休干部
休养所, the 职业教育中心, the 农村经营管理站, the 电教仪器站, the 政府外事办公室 and the 县委两新组织
工作委员会 — each handing back its ordinary 一览表, 排查表, 清单 or 自查表 the way its staff typed it,
every one of them a body of an invented 吴江县:

- the 农业综合行政执法大队's 排查表 under a ``填报单位（盖章）：… 填报日期：…`` line: 科室 headed
  ``所在中队`` (大队部, 种植业执法中队, 畜牧兽医执法中队, 渔政执法中队, 法制审核室), 岗位 and 姓名 merged per
  person, then a column ``执法领域`` (种子、农药、肥料 …: what the 中队 polices, no point), ``…风险`` types,
  高/中/低;
- the 地方金融监督管理局's 一览表 with its 科室 headed ``内设机构`` (局领导, 综合股, 金融服务股, 金融监管股),
  a short ``风险点`` beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a last column
  ``监督责任人`` naming the 局长 or 副局长 who watches a 股 (both also holders in the table) or the
  ``县纪委监委派驻纪检监察组`` for the 局长 himself;
- the 精神卫生中心's 一览表 headed ``科室（病区）`` (院领导, 医务科, 护理部, 药剂科, 男病区, 女病区, 总务科),
  a ``工作环节`` column before the ``廉政风险点``, 一级/二级/三级, no type column;
- the 军休所's 岗位廉政风险自查表 one a sheet (``Sheet1``–``Sheet4``): ``姓名 | … | 性别 | … | 出生年月 | …``
  and ``所在科室 | … | 职务 | … | 政治面貌 | …`` above the table, a merged ``主要职责`` row, then a short
  ``风险点`` beside a ``风险表现``, ``风险类别`` (short names), 高/中/低; ``本人签名：`` and a real date
  cell ``填表日期：`` under it;
- the 职业教育中心's 清单 对岗不对人: 处室 merged (校长室, 教务处, 学生处, 实训处, 招生就业办, 财务室,
  机电专业部), 岗位, 岗位职责, 风险点, ``★★★/★★/★`` with the note that reads them;
- the 电教仪器站's 一览表 with NO 科室 column, its posts written with their 股 (``电教股股长``,
  ``仪器股股长``), the holder under ``任职人员``, levels ``高风险/中风险/低风险``, a ``备注`` column;
- the 外事办公室's workbook of TWO sheets, ``领导班子`` (职务, 姓名, ``分管工作`` naming 股, no 股室 column)
  and ``股室`` (股室, 岗位, 姓名, …, a last ``监督方式`` column), each under its own title;
- the 两新工委's 清单 对岗不对人 with no 科室 column, ``附件3`` above, short types, 一级/二级/三级 and two
  ``说明`` lines under it naming the levels and the types.

One is harder:

- ``rural_economy_station_roster_below``: the 农村经营管理站's 排查表 names only 股室 and 岗位 — no
  姓名 column, no name above the table — and the holders stand in a small second table UNDER it,
  ``附：岗位人员名单`` then ``序号 | 股室 | 岗位 | 姓名`` (one row a post); each post's points are its
  holder's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (the 农业综合执法队 that took over
种子、农药、兽药、饲料、农机、渔政 执法; the 省地方金融监管局's 小额贷款公司 分类监管评级, which 市、县级
监管部门 carry out; a 精神康复医院 药剂科's account of 精神药品 管理; a 干休所's 部门 (办公室, 医疗保健科,
后勤保障科 …); a 职教中心 as a 中等职业教育 body; a 农村集体经济审计管理站 and its 财务审计; a 县's 电教仪器站
and its 装备维护; a 旗 外事办公室's 职责 (因公出国（境）, 护照、通行证); a 县委's new 党工委 for “两新”
组织) and the layout follows their words. The rows are worded by us, the names invented; every
unit is a body of the invented 吴江县 (the 工委 is ``中共吴江县委两新组织工作委员会``).

Run ``python tests/published/score.py --set batch132`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b132_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a small table ``序号 | 股室 | 岗位 | 姓名`` under a 对岗 table, headed ``附：岗位人员名单``, names the
  holder of each (股室, 岗位) of the table above, as the same list above a table does; it holds no
  point;
- ``所在中队`` and ``内设机构`` head the 科室 column; ``大队部``, ``法制审核室`` and ``局领导`` are 科室;
  ``科室（病区）`` heads it too and ``男病区``/``女病区`` are 科室 of the 中心;
- ``执法领域``, ``工作环节``, ``岗位职责``, ``分管工作``, ``监督责任人``, ``监督方式`` and ``备注`` are neither
  point nor holder; ``监督责任人`` names the one who watches, never the holder;
- ``任职人员`` heads the holder column; a list with no 科室 column keeps each post as written
  (``电教股股长``, department "");
- on the personal 自查表 the 所领导 of ``所在科室 | 所领导`` is the 科室 as written; ``本人签名：`` left blank
  names nobody;
- 大队长/副大队长, 局长/副局长, 院长/副院长, 所长/副所长, 校长/副校长, 站长/副站长 of a county 站, 主任/副主任 of
  the 外事办 and the 工委's 书记/专职副书记 are leaders; 中队长, 股长, 科长, 护理部主任, 病区主任, 护士长, 处室
  and 办 主任, 专业部主任, 电教股股长/仪器股股长 and the 工委's 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b132_"
PLACE = "吴江县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, post_col: int, person_col: int) -> None:
    """Merge the 科室 column over its runs and the post and holder over each person's rows."""
    per_person = lambda row: (row[dept_col], row[post_col], row[person_col])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(dept_col, lambda row: row[dept_col]), (post_col, per_person), (person_col, per_person)],
    )


# --------------------------------------------------------------------------- harder layout


def rural_economy_station_roster_below() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("Sheet1", [6, 12, 10, 36, 10, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报时间：2024年9月", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    roster = [
        ("站领导", "站长", "衡远岫", "leader"),
        ("站领导", "副站长", "涂晚溪", "leader"),
        ("审计股", "股长", "暨清岚", "middle"),
        ("审计股", "审计员", "庾青萍", "general"),
        ("三资管理股", "股长", "满知秋", "middle"),
        ("承包管理股", "股长", "弘晏舟", "middle"),
    ]
    holder = {(dept, post): (who, tier) for dept, post, who, tier in roster}
    rows = [
        ("站领导", "站长", "农村集体经济审计项目安排不经集体研究,对关系村居少审、不审", "制度机制", "高",
         "年度审计计划经站务会研究并报农业农村局备案,审计对象随机抽取。"),
        ("站领导", "副站长", "审计发现问题的处理意见降格,不移送线索", "岗位职责", "高",
         "审计处理意见集体审定,问题线索按规定移送纪检监察机关。"),
        ("审计股", "股长", "审计报告与审计底稿不符,隐瞒村干部违规支出", "岗位职责", "高",
         "审计报告实行股室复核、站长审签,底稿归档备查。"),
        ("审计股", "审计员", "审计时接受被审计村宴请、礼品", "思想道德", "中",
         "审计组不少于两人,签订廉洁审计承诺,审计期间公开举报电话。"),
        ("三资管理股", "股长", "村集体资产出租、发包不进农村产权交易平台,协助暗箱操作", "业务流程", "高",
         "村集体资产资源交易一律进平台公开交易,交易结果在村务公开栏公示。"),
        ("三资管理股", "股长", "农村集体“三资”监管平台数据审核不严", "制度机制", "中",
         "平台数据每月比对,异常支出预警后实地核实。"),
        ("承包管理股", "股长", "土地承包经营权流转合同鉴证把关不严,违规鉴证", "外部环境", "中",
         "合同鉴证材料两人审核,鉴证情况按月汇总报站务会。"),
        ("承包管理股", "股长", "土地承包纠纷调解中偏袒一方", "思想道德", "低",
         "调解由两名以上人员参加,调解过程记录在案,当事人签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        who, tier = holder[(dept, post)]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    _line(sh, "附：岗位人员名单", 7)
    r = sh.add("序号", "股室", "岗位", "姓名", None, None, None)
    sh.merge(r, 3, r, 6)
    first = len(sh.rows)
    for n, (dept, post, who, _tier) in enumerate(roster, 1):
        r = sh.add(n, dept, post, who, None, None, None)
        sh.merge(r, 3, r, 6)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, None)
    return _layout(
        "rural_economy_station_roster_below", "http://m.jizihe.com/page/2022/1019/10653304.shtml",
        "(harder) 县农村经营管理站 岗位廉政风险点排查表 after the source's account of a 区农村集体经济审计管理站 (财务审计 "
        "of 村集体 funds, 支农资金, 内控): title, a ``填报单位：…（盖章）　…　填报时间：…`` line, then 序号/股室 merged (站领导, "
        "审计股, 三资管理股, 承包管理股)/岗位 merged per post/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 — "
        "NO 姓名 column and no name above the table; the holders stand ONLY in a small table UNDER it, after a blank "
        "row and the merged line ``附：岗位人员名单``: ``序号 | 股室 | 岗位 | 姓名`` (姓名 merged across the rest of the "
        "row), one row a post (站长 衡远岫, 副站长 涂晚溪, 审计股股长 暨清岚, …), 股室 merged; then 站长签字/填表人",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def agri_enforcement_squads() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 10, 9, 16, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报日期：2024年10月12日",
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "所在中队", "岗位", "姓名", "执法领域", "风险点", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("大队部", "大队长", "邰闻笙", "全面工作", "重大案件处罚决定不经集体讨论,个人拍板", "制度机制风险", "高",
         "重大案件一律提交案审会集体讨论,讨论记录归档。", "leader"),
        ("大队部", "副大队长", "冼砚池", "全面工作", "对说情打招呼的案件降低处罚标准", "思想道德风险", "高",
         "执行插手干预案件登记报告制度,处罚裁量按基准执行。", "leader"),
        ("种植业执法中队", "中队长", "昝予舟", "种子、农药、肥料", "农资市场检查中对假劣农资销售户只警告不立案",
         "岗位职责风险", "高", "检查记录全程执法记录仪留痕,检查结果每月通报。", "middle"),
        ("种植业执法中队", "执法队员", "荀沐禾", "种子、农药、肥料", "抽样时调换样品或事先告知抽检安排",
         "业务流程风险", "中", "抽样两人以上,样品现场封存并由当事人签字。", "general"),
        ("畜牧兽医执法中队", "中队长", "郇望川", "兽药、饲料、生猪屠宰", "对私屠滥宰窝点查处不力,收受好处通风报信",
         "外部环境风险", "高", "查处行动临时通知、集体出动,举报线索登记销号。", "middle"),
        ("畜牧兽医执法中队", "中队长", "郇望川", "兽药、饲料、生猪屠宰", "罚没兽药、饲料处置不登记",
         "制度机制风险", "中", "罚没物品入库登记,处置经大队部审批并留存影像。", "middle"),
        ("渔政执法中队", "中队长", "檀若渊", "渔业捕捞、水产养殖", "禁渔期执法中对违规捕捞船只放任不管",
         "岗位职责风险", "高", "禁渔期巡查实行轨迹记录,违法船只处理结果公开。", "middle"),
        ("渔政执法中队", "执法队员", "粟晚汀", "渔业捕捞、水产养殖", "扣押渔具渔获物私自处理",
         "制度机制风险", "中", "扣押物品当场清点造册,两人签字,统一保管。", "general"),
        ("法制审核室", "法制审核员", "芮遥岑", "案件审核", "法制审核走过场,对证据不足的案件出具通过意见",
         "业务流程风险", "低", "法制审核意见书面出具,审核人员对审核意见负责。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, field, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, field, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(4, lambda row: (row[1], row[4]))])
    sh.add()
    sh.add("大队负责人签字:", None, None, None, "填表人:", None, None, None, None)
    return _layout(
        "agri_enforcement_squads", "http://zhiqingwang.shzq.org/shzq/7372873247203098634.html",
        "县农业综合行政执法大队 岗位廉政风险点排查表 after the source's account of the 农业综合执法队 (one team for the "
        "执法 of 种子、农药、兽药、饲料、农机、动植物检疫、农产品质量安全、渔政, once split among the 农业系统): the "
        "title, a line ``填报单位（盖章）：… | 填报日期：2024年10月12日``, then 序号/科室 headed ``所在中队`` merged (大队部, "
        "种植业执法中队, 畜牧兽医执法中队, 渔政执法中队, 法制审核室)/岗位 and 姓名 merged per person/a column ``执法领域`` "
        "(``种子、农药、肥料``, ``兽药、饲料、生猪屠宰`` …, merged per 中队; no point)/风险点/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施; 大队负责人签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def finance_bureau_watchers() -> dict:
    unit = f"{PLACE}地方金融监督管理局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 16, 32, 10, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "内设机构", "职务", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施",
           "监督责任人")  # fmt: skip
    watch = "县纪委监委派驻纪检监察组"
    rows = [
        ("局领导", "局长", "雍岫云", "重大事项决策", "地方金融组织准入、重大风险处置方案不经党组会集体研究",
         "制度机制", "Ⅰ级", "严格执行“三重一大”集体决策制度,会议纪要存档。", watch, "leader"),
        ("局领导", "副局长", "巩砚秋", "监管评级审定", "小额贷款公司分类监管评级结果审定中照顾关系企业",
         "岗位职责", "Ⅰ级", "评级结果经评审小组集体审定并在系统内通报。", "雍岫云", "leader"),
        ("综合股", "股长", "厉芸舟", "经费报销", "会议、培训费用虚列支出", "制度机制", "Ⅲ级",
         "经费报销附签到表、照片,财务每月对账。", "雍岫云", "middle"),
        ("金融服务股", "股长", "殳望舒", "企业上市和融资服务", "在企业融资对接、上市扶持资金推荐中收受好处",
         "外部环境", "Ⅱ级", "扶持资金推荐标准公开,推荐名单局务会研究后公示。", "巩砚秋", "middle"),
        ("金融服务股", "科员", "蒲晚照", "政银企对接活动", "泄露企业融资需求等商业信息",
         "思想道德", "Ⅲ级", "签订保密承诺,企业资料专人保管。", "巩砚秋", "general"),
        ("金融监管股", "股长", "晏清禾", "现场检查", "对小额贷款公司、融资担保公司现场检查走过场,发现问题不处理",
         "岗位职责", "Ⅰ级", "检查两人以上,检查底稿和整改情况建档跟踪。", "巩砚秋", "middle"),
        ("金融监管股", "股长", "晏清禾", "非法集资排查", "对非法集资线索压案不查、通风报信",
         "业务流程", "Ⅱ级", "线索登记编号、限时办结,办理情况报局领导。", "巩砚秋", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, None, "2024年7月", None, None)
    return _layout(
        "finance_bureau_watchers",
        "http://dfjrjgj.hunan.gov.cn/dfjrjgj/jrbk/jrzs/202211/t20221116_29128622.html",
        "县地方金融监督管理局 岗位廉政风险防控一览表 after the source's 小额贷款公司分类监管评级办法 (评级 by 市、县级监管"
        "部门, 现场检查, 融资担保): 序号/科室 headed ``内设机构`` merged (局领导, 综合股, 金融服务股, 金融监管股)/职务 and "
        "姓名 merged per person/a short ``风险点`` beside a long ``风险表现``/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/"
        "Ⅲ级``/防控措施/a last column ``监督责任人`` naming the 局长 雍岫云 or the 副局长 巩砚秋 (both holders in the "
        "table too) over the 股 rows, ``县纪委监委派驻纪检监察组`` over the 局长's own; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def mental_health_center_wards() -> dict:
    unit = f"{PLACE}精神卫生中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 14, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室（病区）", "岗位", "姓名", "工作环节", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "濮阳澈", "基建和设备采购", "病房改造、大型设备采购不经集体研究,指定供应商", "一级",
         "执行“三重一大”制度,采购按政府采购程序公开进行。", "leader"),
        ("院领导", "副院长", "仉云岫", "医疗质量管理", "医疗纠纷处理中偏袒一方,违规承诺赔偿", "二级",
         "医疗纠纷经医患办集体研究,赔偿按规定程序报批。", "leader"),
        ("医务科", "科长", "甘棠溪", "强制住院审核", "非自愿住院诊断、出院审核把关不严,收受家属好处", "一级",
         "非自愿住院由两名精神科执业医师诊断,审核记录归档。", "middle"),
        ("护理部", "主任", "裘映雪", "护理人员管理", "护士排班、进修推荐优亲厚友", "三级",
         "排班和进修推荐标准公开,结果在科内公示。", "middle"),
        ("药剂科", "科长", "寿南枝", "精神药品管理", "第一类精神药品出入库账物不符,流失", "一级",
         "精神药品专人、专柜、专账、专用处方、专册登记,每日盘点。", "middle"),
        ("药剂科", "科长", "寿南枝", "药品遴选", "新药遴选中收受医药代表回扣", "一级",
         "药品遴选由药事委员会集体投票,医药代表接待实行登记。", "middle"),
        ("男病区", "病区主任", "钟离晏", "临床诊疗", "开具大处方、违规使用高价药品", "二级",
         "开展处方点评,异常用药情况每月通报。", "middle"),
        ("女病区", "护士长", "宿晴川", "住院患者财物", "代管住院患者现金、物品不登记,私自挪用", "二级",
         "患者财物两人清点、登记签字,出院时当面交还。", "middle"),
        ("总务科", "科长", "边叙白", "后勤物资", "被服、餐饮食材采购验收不严,虚报数量", "三级",
         "物资采购三家比价,验收由使用科室和总务科共同签字。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, step, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, step, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "科室负责人:", None, None, "2024年6月", None)
    return _layout(
        "mental_health_center_wards", "http://m.jizihe.com/page/2021/0404/20369697.shtml",
        "县精神卫生中心 岗位廉政风险点一览表 after the source's account of 精神药品 管理 in a 精神康复医院's 药剂科 (第一类"
        "精神药品, 高危药品, 专人专柜): 序号/科室 headed ``科室（病区）`` merged (院领导, 医务科, 护理部, 药剂科, 男病区, "
        "女病区, 总务科)/岗位 and 姓名 merged per person (the compound surnames ``濮阳澈``, ``钟离晏``)/a ``工作环节`` "
        "column (强制住院审核, 精神药品管理 …) before the ``廉政风险点``/风险等级 一级/二级/三级/防控措施; no type column; "
        "填表人/科室负责人/date",
        [sh], t,
    )  # fmt: skip


def cadre_rest_home_selfchecks() -> dict:
    unit = f"{PLACE}军队离休退休干部休养所"
    t = _Truth(unit)
    people = [
        ("勾砚宁", "男", "1976.03", "所领导", "所长", "中共党员", "leader",
         "主持全所工作,负责军休干部服务管理、经费和资产管理。", [
             ("经费使用", "军休干部活动经费、公用经费使用不经所务会研究", "制度机制", "高",
              "经费使用计划经所务会研究,支出按季度公开。"),
             ("基建维修", "休养所住房、活动场所维修项目指定施工单位", "岗位职责", "高",
              "维修项目按限额比选或招标,验收邀请军休干部代表参加。"),
             ("评先评优", "军休干部服务先进个人推荐优亲厚友", "思想道德", "低", "推荐条件公开,推荐结果公示。"),
         ]),
        ("迟暮云", "女", "1981.11", "所领导", "副所长", "中共党员", "leader",
         "协助所长工作,分管医疗保健和文体活动。", [
             ("医疗费审核", "军休干部医疗费报销审核把关不严", "岗位职责", "中",
              "医疗费报销经科室初审、副所长复核,按月公示报销明细。"),
             ("活动组织", "外出参观学习活动超标准安排", "制度机制", "中", "活动方案事前报批,费用据实结算。"),
         ]),
        ("楚芸汀", "女", "1986.07", "医疗保健科", "科长", "中共党员", "middle",
         "负责军休干部体检、医疗保健和药品管理。", [
             ("体检安排", "体检机构选择不公开,收受体检机构好处", "外部环境", "高",
              "体检机构经比选确定,比选结果所内公示。"),
             ("药品管理", "常用药品采购、发放不登记", "业务流程", "中", "药品出入库登记,发放由本人签字。"),
         ]),
        ("车望禾", "男", "1990.02", "后勤保障科", "管理员", "共青团员", "general",
         "负责物资采购、食堂和车辆管理。", [
             ("物资采购", "办公、活动物资采购不比价,虚报数量", "业务流程", "中",
              "采购三家比价,验收两人签字。"),
             ("公务用车", "公车私用,虚报加油、维修费用", "制度机制", "低", "用车审批登记,油卡专车专用。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, dept, post, party, tier, duty, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [10, 14, 30, 10, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在科室", dept, "职务", post, "政治面貌", party)
        r = sh.add("主要职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
        for n, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "填表日期：", datetime(2024, 8, 20), None)
        sheets.append(sh)
    return _layout(
        "cadre_rest_home_selfchecks", "https://m.path411.com/csiwd/202602/2368435.html",
        "县军队离休退休干部休养所 岗位廉政风险自查表 after the source's account of a 干休所 (its 部门 办公室, 医疗保健科, "
        "文体活动科, 后勤保障科; 生活保障, 健康体检, 文化活动): one form a sheet, ``Sheet1``–``Sheet4``; under the title "
        "two rows of pairs ``姓名 | 勾砚宁 | 性别 | 男 | 出生年月 | 1976.03`` and ``所在科室 | 所领导 | 职务 | 所长 | "
        "政治面貌 | 中共党员``, a ``主要职责`` row merged, then 序号/a short ``风险点``/a long ``风险表现``/风险类别 (short "
        "names)/风险等级 高/中/低/防控措施; ``本人签名：`` left blank and ``填表日期：`` beside a real date cell",
        sheets, t,
    )  # fmt: skip


def vocational_center_posts() -> dict:
    unit = f"{PLACE}职业教育中心"
    sh = _Sheet("清单", [6, 12, 12, 24, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "处室", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "主持学校全面工作", "实训基地建设、大宗设备采购不经校务会集体研究", "★★★",
         "执行“三重一大”集体决策,采购按政府采购程序公开进行。", "leader"),
        ("校长室", "副校长", "分管教学和实训", "校企合作企业选择中收受企业好处", "★★★",
         "合作企业由校务会研究确定,合作协议公开。", "leader"),
        ("教务处", "主任", "教学管理、学籍管理", "虚报在籍学生人数套取免学费补助", "★★★",
         "学籍数据与在校学生每学期核对,补助名单公示。", "middle"),
        ("学生处", "主任", "学生资助、日常管理", "国家助学金评定不公,优亲厚友", "★★",
         "班级评议、学校审核、名单公示三环节留痕。", "middle"),
        ("实训处", "主任", "实训耗材和设备管理", "实训耗材采购虚报数量,设备报废处置不规范", "★★",
         "耗材按实训计划采购,报废资产评估后公开处置。", "middle"),
        ("招生就业办", "主任", "招生宣传、顶岗实习安排", "招生中向初中学校、个人支付“生源费”", "★★★",
         "严禁有偿招生,招生经费使用报校务会审核。", "middle"),
        ("招生就业办", "主任", "招生宣传、顶岗实习安排", "顶岗实习单位安排中收取中介费用", "★★",
         "实习单位公开遴选,实习协议三方签订。", "middle"),
        ("财务室", "会计", "经费核算、收费管理", "代收费项目扩大范围、不开票据", "★",
         "收费项目和标准公示,统一使用财政票据。", "general"),
        ("机电专业部", "主任", "专业建设、技能竞赛", "技能竞赛选手选拔不公开,培训经费使用不实", "★",
         "选手选拔校内公开考核,培训经费据实报销。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], STARS[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("填报人:", None, None, "审核人:", None, "2024年11月", None)
    return _layout(
        "vocational_center_posts", "http://wap.manyoumao.com/zige/1790804.html",
        "县职业教育中心 岗位廉政风险防控清单 对岗不对人 after the source's account of a 职教中心 (中等职业教育, 技校学籍, "
        "职业培训, 专业设置 机械制造、电子信息 …): 序号/处室 merged (校长室, 教务处, 学生处, 实训处, 招生就业办, 财务室, "
        "机电专业部)/岗位 and 岗位职责 merged per post/风险点/风险等级 ``★★★/★★/★``/防控措施; no names, no type column; "
        "a merged ``注：★★★为高风险，★★为中风险，★为低风险。`` under the table, then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def edu_equipment_station_no_dept() -> dict:
    unit = f"{PLACE}电教仪器站"
    sh = _Sheet("Sheet1", [6, 12, 10, 36, 9, 36, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "任职人员", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("站长", "羿松涛", "全县中小学信息化设备采购项目需求论证不充分,设置倾向性参数", "高风险",
         "采购需求经专家论证并公示,参数设置经站务会审定。", None, "leader"),
        ("站长", "羿松涛", "设备供应商履约验收走过场", "高风险", "验收邀请学校代表参加,验收报告集体签字。", None,
         "leader"),
        ("副站长", "佘芷溪", "教学仪器分配向关系学校倾斜", "中风险", "仪器分配方案按学校规模测算并公开。", None,
         "leader"),
        ("电教股股长", "景樾", "多媒体设备维修外包单位选择不公开", "中风险",
         "维修服务单位比选确定,维修工单由学校签字确认。", None, "middle"),
        ("仪器股股长", "扶星野", "实验室危险化学品采购、领用登记不全", "中风险",
         "危化品专人专柜管理,领用双人签字。", "新增", "middle"),
        ("会计", "越映竹", "设备采购资金支付不按合同约定进度", "低风险", "付款按合同节点审核,支付凭证附验收单。", None,
         "general"),
        ("网络管理员", "钮知遥", "教育城域网账号、数据管理不严,泄露学生信息", "低风险",
         "账号实名分级授权,数据导出审批登记。", "新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, note)
        t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, "2024年5月", None)
    return _layout(
        "edu_equipment_station_no_dept", "https://e-chinaedu.cn/html/xinxihua/2014/03-17/c_12378.shtml",
        "县电教仪器站 岗位廉政风险点一览表 after the source's account of a 县's 教育技术装备 and its 电教仪器站 (装备维护, "
        "报修, 维修经费, 教育资源网): NO 科室 column — the posts carry their 股 (``电教股股长``, ``仪器股股长``) beside 站长, "
        "副站长, 会计, 网络管理员; the holder under ``任职人员`` (the two-character name ``景樾`` among them), 岗位 and "
        "任职人员 merged per person/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``备注`` (``新增`` on two rows); no "
        "type column; 站长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def foreign_affairs_two_sheets() -> dict:
    unit = f"{PLACE}人民政府外事办公室"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 9, 20, 34, 14, 8, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "职务", "姓名", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("主任", "宗政怀远", "主持全面工作", "因公出国（境）团组审批把关不严,为无实质内容的团组出具批件",
         "制度机制风险", "高", "团组审批经主任办公会研究,批件信息按规定公示。"),
        ("主任", "宗政怀远", "主持全面工作", "外事接待超标准安排,公款赠送礼品", "思想道德风险", "中",
         "外事接待执行标准清单,礼品登记上交。"),
        ("副主任", "阙晚晴", "分管出国管理股、护照签证股", "因公护照、通行证管理不严,违规借出", "岗位职责风险",
         "高", "证照集中保管,借出须审批登记、限期交回。"),
        ("副主任", "阙晚晴", "分管出国管理股、护照签证股", "对超期滞留、擅自变更行程的团组不予追责",
         "外部环境风险", "中", "出访回国一个月内报告,行程变更事前报批。"),
    ]  # fmt: skip
    first = len(lead.rows)
    for n, (post, who, duty, point, typ, lv, measures) in enumerate(leaders, 1):
        lead.add(n, post, who, duty, point, typ, lv, measures)
        t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(lead, first, [(1, per_person), (2, per_person), (3, per_person)])
    staff = _Sheet("股室", [6, 12, 10, 9, 34, 14, 8, 34, 14])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 9)
    staff.add(
        "序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "监督方式"
    )
    rows = [
        ("秘书股", "股长", "居南絮", "外事经费报销审核不严,虚列翻译、接待费用", "制度机制风险", "中",
         "经费报销附公函、接待清单,每季度内部公开。", "财务检查", "middle"),
        ("出国管理股", "股长", "栾雪樵", "出国任务审核中代为修改邀请函、行程,规避审批", "业务流程风险", "高",
         "邀请函核验来源,行程与任务批件逐项比对。", "抽查复核", "middle"),
        ("出国管理股", "科员", "禄清漪", "泄露出访团组人员、行程信息", "思想道德风险", "低",
         "签订保密承诺,团组信息专网传输。", "保密检查", "general"),
        ("护照签证股", "股长", "弓晏清", "护照、签证办理中收受代办机构好处", "外部环境风险", "中",
         "禁止指定代办机构,办理进度系统可查。", "群众监督", "middle"),
        ("护照签证股", "股长", "弓晏清", "回国后证照未按期收缴,台账不全", "岗位职责风险", "中",
         "证照收缴台账每月核对,超期未交的通报。", "台账核查", "middle"),
    ]  # fmt: skip
    first = len(staff.rows)
    for n, (dept, post, who, point, typ, lv, measures, how, tier) in enumerate(rows, 1):
        staff.add(n, dept, post, who, point, typ, lv, measures, how)
        t.point(staff.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(staff, first, 1, 2, 3)
    staff.add()
    staff.add("填报人:", None, None, "审核人:", None, None, "2024年9月", None, None)
    return _layout(
        "foreign_affairs_two_sheets", "http://mip.iicha.com/jg/1022436",
        "县政府外事办公室 廉政风险防控表 after the source's 职责 of a 旗 外事办公室 (因公出国和赴港澳 归口管理, 审批团组, "
        "护照、通行证的签发及签注, 对外邀请): a workbook of TWO sheets, each under its own title — ``领导班子`` (序号/职务 "
        "and 姓名 and ``分管工作`` merged per person — ``分管出国管理股、护照签证股`` names 股 he watches/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; NO 股室 column; the compound surname ``宗政怀远``) and ``股室`` (序号/股室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类别/风险等级/防控措施/a last ``监督方式`` column; 填报人/"
        "审核人/date)",
        [lead, staff], t,
    )  # fmt: skip


def two_new_committee_posts() -> dict:
    unit = f"中共{PLACE}委两新组织工作委员会"
    sh = _Sheet("Sheet1", [6, 14, 36, 10, 9, 36])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("书记", "两新党组织党建工作经费分配不经集体研究", "制度机制", "一级",
         "经费分配方案经工委会研究,分配结果书面通报。", "leader"),
        ("专职副书记", "党建示范点评选中接受企业请托", "外部环境", "一级", "评选标准公开,评选结果公示五个工作日。",
         "leader"),
        ("专职副书记", "党建指导员选派不按条件,安排关系人员", "岗位职责", "二级",
         "选派条件公开,人选经工委会研究。", "leader"),
        ("办公室主任", "党费收缴、使用台账不清", "业务流程", "二级", "党费专户管理,收缴使用情况每年公开。",
         "middle"),
        ("组织员", "非公企业发展党员材料审核把关不严", "岗位职责", "二级",
         "发展党员材料两级预审,预审意见留存备查。", "general"),
        ("党建指导员", "驻企指导期间接受企业宴请、礼品", "思想道德", "三级",
         "签订廉洁承诺书,驻企情况按月报告。", "general"),
    ]  # fmt: skip
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    first = len(sh.rows) - len(rows)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明：1.风险等级由高到低分为一级、二级、三级；", 6)
    _line(sh, "2.风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类。", 6)
    sh.add("填报人:", None, "审核人:", None, "2024年12月", None)
    return _layout(
        "two_new_committee_posts", "http://chongyang.cjyun.org/p/13140.html",
        "县委两新组织工作委员会 岗位廉政风险防控清单 对岗不对人 after the source's report on a 县 setting up its “两新”"
        "组织、教育、卫计、离退休干部 党工委 (党工委书记, 党务队伍, 组织 and 活动 保障): ``附件3`` above the title "
        "``中共吴江县委两新组织工作委员会岗位廉政风险防控清单``; 序号/岗位 merged (书记, 专职副书记, 办公室主任, 组织员, "
        "党建指导员; NO 科室 column, no names)/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施; under it "
        "two merged ``说明：…`` lines naming the three levels and the five types, then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rural_economy_station_roster_below(),
    agri_enforcement_squads(),
    finance_bureau_watchers(),
    mental_health_center_wards(),
    cadre_rest_home_selfchecks(),
    vocational_center_posts(),
    edu_equipment_station_no_dept(),
    foreign_affairs_two_sheets(),
    two_new_committee_posts(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch132-inbox"))
