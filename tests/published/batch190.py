"""A hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the plan's
附件2/附件3/附件4 or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by the staff of bodies of
合川区 that no earlier batch used under that name: the 农业农村委员会, the 路灯管理所, the 价格认证中心,
a 镇's 财政所, the 园林绿化管理所, the 公路养护中心, the 民政局's 婚姻登记处, the 国有资产事务中心 and the
职业教育中心 (no re-saved copies):

- the 农业农村委's 附件2 for its two leaders, one a sheet (tabs ``主任``, ``副主任``), ``岗位风险等级 |
  A级`` (the template's own A/B/C post grade), 分管工作 merged, the ``“三重一大”方面`` row;
- the 路灯管理所's 附件3 for two 科室, one a sheet, ``岗位风险等级 | B级`` beside ``Ⅰ级/Ⅱ级/Ⅲ级`` points;
- a 镇 财政所's 自查表, one a sheet, whose fields stand label and value in ONE cell each
  (``姓名：滕九畹 | 职务：会计 | 填表日期：2024年5月``), a ``自查情况`` column;
- the 园林绿化管理所's 防控卡 with ``持卡人 | … | 股室 | … | 职务 | …`` and under it
  ``分管领导 | 宗钦远 | 岗位风险等级 | 二级`` (the 分管领导 holds no form);
- the 公路养护中心's 登记表 whose ``现任岗位`` cell runs the 养护站 and the post together
  (``蟠龙养护站站长``), beside ``所在单位 | 合川区公路养护中心``;
- the 婚姻登记处's 自查表 with ``单位 | 合川区民政局婚姻登记处 | 姓名 | … | 岗位 | …``: the 局 is the
  unit, the 处 its 科室;
- the 职业教育中心's 承诺书 with ``处室 | … | 职务 | … | 承诺人 | …`` above, the pledge paragraph and
  ``承诺人（签字）：…`` under the table.

One is the shape this batch adds to what the README describes — a 登记表 headed like a cadre's
personal record:

- ``assets_center_cadre_register``: the 国有资产事务中心's 岗位廉政风险防控登记表, one a sheet, titled
  WITHOUT the unit; the unit, the 科室 and the post stand only in ONE value cell beside
  ``工作单位及职务`` (``合川区国有资产事务中心资产管理科副科长``), as in a 干部任免审批表 or a 公务员信息采集表.

One is harder:

- ``price_center_unit_line_dept``: the 价格认证中心's 附件4 whose staff typed their 科室 into the
  ``单位(盖章)`` line (``单位(盖章)：合川区价格认证中心价格认定科``) and only the post under
  ``所在科室及职务`` (``认定员``).

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区农业农村委主任's 述职; a 市路灯
管理处 repairing lamps; the 价格认定行为规范; a 乡财政所's 阳光财政 and 村账乡代管; a 园林绿化 养护管理
标准及评比办法; what a 公路养护 unit does; the 结婚登记 程序 and the 婚姻登记员; a 公务员信息采集表
with its ``工作单位及职务(全称)``; a 职业中专's 教职工考核办法) and the layout follows their words. The
rows are worded by us, the names invented; every unit is a body of 合川区 (the 镇 invented).

Run ``python tests/published/score.py --set batch190`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``岗位风险等级 | A级/B级/C级/二级`` grades the post, never a point's level;
- a 附件3 names the 科室 and its 负责人, no post: the form's title is "" (as batch142, batch182);
- ``单位(盖章)：合川区价格认证中心价格认定科`` is the unit 价格认证中心 and the 科室 价格认定科; the
  ``所在科室及职务`` cell then holds the post alone;
- ``现任岗位 | 蟠龙养护站站长`` is the 科室 蟠龙养护站 (a station of the 中心) and the post 站长;
- ``单位 | 合川区民政局婚姻登记处`` is the unit 合川区民政局 and the 科室 婚姻登记处 (the 局/所 rule);
- ``工作单位及职务 | 合川区国有资产事务中心资产管理科副科长`` is unit, 科室 and post;
- a 镇's 财政所 is a 科室 of the 镇 (unit ``合川区榴沱镇``);
- the 分管领导 named above a 防控卡 holds no form; the 承诺人 is the holder;
- 主任/副主任 of the 委 are leaders; a 附件3's 负责人, 股长, 站长, 科长, 副科长 and the 主任 of a 处 middle;
  the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b190_"
PLACE = "合川区"
TOWN = "榴沱镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000\u3000"
BLANK_DATE = "年  月  日"
NOTE = "注:此表一式三份,于6月底前报区纪委监委。"
REVIEWS3 = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")


def _reviews(sh: _Sheet, labels, ncols: int) -> None:
    """The template's review boxes: the label, the opinion merged, the date in the last column."""
    for label in labels:
        r = sh.add(label, *([None] * (ncols - 2)), BLANK_DATE)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def price_center_unit_line_dept() -> dict:
    unit = f"{PLACE}价格认证中心"
    t = _Truth(unit)
    people = [
        ("骆枕溪", "价格认定科", "认定员", [
            ("涉案财物价格认定", "受理、实物勘验", "不到现场勘验,凭委托方材料出具认定结论", "岗位职责", "高",
             "实物勘验两人以上,勘验记录和照片归档。"),
            ("涉案财物价格认定", "测算、出具结论", "接受当事人请托,故意抬高或压低认定价格", "思想道德", "高",
             "认定结论经科室集体审核,实行复核制度。"),
            ("价格认定档案管理", "归档", "认定材料归档不全,事后补做测算底稿", "制度机制", "低",
             "一案一档,结论出具后五个工作日内归档。"),
        ]),
        ("郦鸣珂", "综合科", "出纳", [
            ("资金收付", "现金支付", "大额现金支付,白条抵库", "制度机制", "中", "除零星支出外一律转账,库存现金每月盘点。"),
            ("资金收付", "银行对账", "银行存款日记账与对账单不符不报告", "业务流程", "中", "每月编制余额调节表,会计复核签字。"),
            ("公务卡管理", "报销审核", "公务卡消费报销不附明细,虚列公务支出", "外部环境", "低",
             "公务卡报销附消费明细和审批单,按季公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, rows in people:
        sh = _Sheet(who, [18, 16, 34, 12, 9, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}{dept}", 6)
        sh.add("姓名", who, "所在科室及职务", post, "岗位风险等级", "C级")
        sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _reviews(sh, REVIEWS3, 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "price_center_unit_line_dept", "http://jgrd.org.cn/c/2016-04-25/39204.shtml",
        "(harder) 区价格认证中心 附件4 (一般岗位廉政风险识别和防控表) for TWO staff, ONE A SHEET (tabs named by them), after "
        "the source's 价格认定行为规范 (受理, 实物勘验, 测算, 出具结论, 归档): ``附件4``, title, then the 科室 typed INTO the unit "
        "line ``单位(盖章)：合川区价格认证中心价格认定科`` (``…综合科``), and ``姓名 | 骆枕溪 | 所在科室及职务 | 认定员 | 岗位风险"
        "等级 | C级`` with the post ALONE under 所在科室及职务; then 岗位职责 merged/工作流程/风险点/风险类型 short/风险级别 "
        "高/中/低/防控措施, three review boxes and the 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def assets_center_cadre_register() -> dict:
    unit = f"{PLACE}国有资产事务中心"
    t = _Truth(unit)
    people = [
        ("冀羡鱼", "女", "1988.07", "资产管理科", "副科长", "2021.03", "middle", [
            ("国有资产出租不公开招租,低价租给关系人", "制度机制", "高", "出租一律进入公共资源交易平台公开招租。"),
            ("资产处置评估结果审核把关不严", "岗位职责", "高", "评估机构随机选取,评估报告科室集体审核。"),
            ("资产清查中对账实不符隐瞒不报", "业务流程", "中", "清查结果三方签字,差异情况书面报告。"),
            ("接受承租企业宴请、礼品", "外部环境", "低", "严格执行廉洁提醒,收受礼品登记上交。"),
        ]),
        ("钮筠溪", "男", "1995.12", "财务审计科", "科员", "2022.09", "general", [
            ("租金收缴台账不实,截留租金收入", "制度机制", "中", "租金统一银行收缴,台账每月与银行流水核对。"),
            ("所属企业经营情况审计中隐瞒问题", "思想道德", "中", "审计底稿复核,审计发现问题集体研究。"),
            ("审计资料借阅不登记,违规向企业泄露", "岗位职责", "低", "审计资料专柜保管,借阅登记审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, since, tier, points in people:
        sh = _Sheet(who, [12, 34, 12, 10, 14, 30])
        _line(sh, "岗位廉政风险防控登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        r = sh.add("工作单位及职务", f"{unit}{dept}{post}", None, None, "任现职时间", since)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "科室负责人签字：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "assets_center_cadre_register", "https://www.360docs.net/doc/0f4935880.html",
        "区国有资产事务中心 岗位廉政风险防控登记表, ONE A SHEET (tabs named by the holders), after the source's 公务员信息采集表 "
        "(its fields 姓名/性别/出生日期 and ``工作单位及职务(全称)``): the title WITHOUT the unit, then ``姓名 | 冀羡鱼 | 性别 | "
        "女 | 出生年月 | 1988.07`` and ``工作单位及职务 | 合川区国有资产事务中心资产管理科副科长`` (merged over three columns) ``| "
        "任现职时间 | 2021.03`` — unit, 科室 and post in ONE cell, nowhere else — then 序号/风险点/风险类型 short/风险等级 "
        "高/中/低/防控措施 (merged over the last two columns); 本人签字/科室负责人签字/date",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def agri_committee_annex2_leaders() -> dict:
    unit = f"{PLACE}农业农村委员会"
    t = _Truth(unit)
    leaders = [
        ("主任", "雍岫白", [
            ("主持全面工作,分管财务和审计", "农业项目资金分配不按规定程序,个人决定", "制度机制风险", "高",
             "项目资金分配方案经主任办公会集体研究,结果公示。"),
            ("主持全面工作,分管财务和审计", "为亲友承揽高标准农田建设项目打招呼", "思想道德风险", "中",
             "严格执行领导干部插手干预工程项目记录报告制度。"),
        ], [
            ("干部选拔任用", "中层干部调整不经党组集体研究", "制度机制风险", "中", "干部调整按程序酝酿、讨论决定,全程纪实。"),
        ]),
        ("副主任", "揭鹭汀", [
            ("分管农田建设和农业机械化", "高标准农田建设项目验收降低标准", "岗位职责风险", "高",
             "验收由委领导、技术人员和乡镇三方参加,验收结果公示。"),
            ("分管农田建设和农业机械化", "农机购置补贴审核中为经销商套取补贴提供便利", "外部环境风险", "高",
             "补贴机具逐台核验,补贴信息全程网上公开。"),
            ("分管种植业", "农作物种子、化肥质量抽检结果不如实通报", "业务流程风险", "低",
             "抽检样品编号盲检,结果按季度公开。"),
        ], [
            ("重要项目安排", "冬水田修复项目实施主体确定不公开", "制度机制风险", "中", "实施主体公开比选,比选结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, duty_rows, big_rows in leaders:
        sh = _Sheet(post, [6, 22, 34, 14, 9, 34])
        sh.add("附件2")
        _line(sh, "领导岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("姓名", who, "职务", post, "岗位风险等级", "A级")
        sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(duty_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        _line(sh, "“三重一大”方面", 6)
        for n, (duty, point, typ, lv, measures) in enumerate(big_rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _reviews(sh, ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"), 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "agri_committee_annex2_leaders", "http://www.finddreams.cn/xczxzhd/content_356636",
        "区农业农村委员会 附件2 (领导岗位廉政风险识别和防控表) for its TWO leaders, ONE A SHEET (tabs ``主任``, ``副主任``), after "
        "the source's 述职 of a 区农业农村委主任 (粮食, 高标准农田, 冬水田修复, 测土配方施肥, 特色产业): ``附件2``, title, "
        "``单位(盖章)：合川区农业农村委员会``, ``姓名 | 雍岫白 | 职务 | 主任 | 岗位风险等级 | A级`` (the template's own A/B/C "
        "post grade), then 序号/分管工作 merged/风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施, the merged ``“三重一大”方面`` "
        "row over its own numbered row, two review boxes (``年  月  日``) and the 注",
        sheets, t,
    )  # fmt: skip


def streetlight_annex3_depts() -> dict:
    unit = f"{PLACE}路灯管理所"
    t = _Truth(unit)
    depts = [
        ("照明维护科", "晏橙礼", [
            ("路灯日常维修", "报修受理、派单", "维修派单优亲厚友,对关系小区优先维修并收受好处", "思想道德", "Ⅱ级",
             "报修统一登记派单,维修结果回访并按月公开。"),
            ("路灯日常维修", "材料领用", "灯具、线缆等维修材料虚领冒领", "制度机制", "Ⅰ级", "材料领用登记,旧件交回核销。"),
            ("亮灯率巡查", "夜间巡查", "巡查记录弄虚作假,故障不及时上报", "岗位职责", "Ⅲ级", "巡查轨迹系统记录,科长每周抽查。"),
        ]),
        ("工程管理科", "蓝沚汀", [
            ("LED节能改造工程", "招标、施工", "改造工程化整为零规避招标", "制度机制", "Ⅰ级", "工程按规定公开招标,所务会集体研究。"),
            ("LED节能改造工程", "验收、结算", "验收不严,虚增灯具数量结算", "业务流程", "Ⅰ级", "验收逐盏清点,结算送审计复核。"),
            ("路灯电费管理", "电费核对", "路灯电费核对不及时,多付电费", "外部环境", "Ⅲ级", "电费按月与供电公司对账,异常情况报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, rows in depts:
        sh = _Sheet(dept, [18, 16, 34, 12, 9, 34])
        sh.add("附件3")
        _line(sh, "中层岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章)：{unit}", 6)
        sh.add("科室", dept, "负责人", who, "岗位风险等级", "B级")
        sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
        first = len(sh.rows)
        for duty, flow, point, typ, lv, measures in rows:
            sh.add(duty, flow, point, typ, lv, measures)
            t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _reviews(sh, REVIEWS3, 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "streetlight_annex3_depts", "http://xysjzyxh.cn/news17/1764.html",
        "区路灯管理所 附件3 (中层岗位廉政风险识别和防控表) for TWO 科室, ONE A SHEET (tabs ``照明维护科``, ``工程管理科``), after "
        "the source's 市路灯管理处 (群众报修, 故障处理, 线路老化, 更换线缆): ``附件3``, title, ``单位(盖章)：…``, ``科室 | 照明维护科 "
        "| 负责人 | 晏橙礼 | 岗位风险等级 | B级``, then the template's header 岗位职责 merged/工作流程/风险点/风险类型 short/"
        "风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (no 序号), three review boxes and the 注",
        sheets, t,
    )  # fmt: skip


def liutuo_finance_office_selfcheck() -> dict:
    unit = f"{PLACE}{TOWN}"
    t = _Truth(unit)
    people = [
        ("滕九畹", "会计", "general", [
            ("村账乡代管中为村级违规支出入账", "岗位职责风险", "高", "村级支出凭村务监督委员会签字的票据入账。"),
            ("惠农补贴资金“一卡通”发放名单审核不严", "业务流程风险", "高", "发放名单与村公示名单、银行信息三方比对。"),
            ("会计凭证装订归档不及时,凭证缺失", "制度机制风险", "低", "凭证按月装订,年度归档移交。"),
        ]),
        ("闵霁帆", "出纳", "general", [
            ("镇级资金支付不按审批,先付后批", "制度机制风险", "中", "支付凭审批单,网银支付双人复核。"),
            ("公款私存,挪用备用金", "思想道德风险", "高", "严禁公款私存,库存现金日清月结,所长不定期盘点。"),
            ("收受供应商好处,提前支付货款", "外部环境风险", "中", "货款按合同约定节点支付,支付情况所务会通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 14, 10, 34, 14])
        _line(sh, f"{unit}财政所岗位廉政风险自查表", 6)
        r = sh.add(f"姓名：{who}", None, f"职务：{post}", None, "填表日期：2024年5月", None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "已落实" if n != 2 else "正在整改")
            t.point(sh.name, "财政所", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("所长审核意见：", None, None, None, "镇纪委审核意见：", None)
        sheets.append(sh)
    return _layout(
        "liutuo_finance_office_selfcheck", "http://m.galtzs.cn/new/184_900_201309/03zh108239544.shtml",
        "镇财政所 岗位廉政风险自查表, ONE A SHEET (tabs named by the holders), after the source's 乡财政所 打造阳光财政 (惠农资金, "
        "村账乡代管, 所务会公开收支): title ``合川区榴沱镇财政所岗位廉政风险自查表``, then ONE row of cells each holding label AND "
        "value (``姓名：滕九畹 | 职务：会计 | 填表日期：2024年5月``, each merged over two columns), then 序号/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施/``自查情况`` (已落实, 正在整改); 所长审核意见/镇纪委审核意见",
        sheets, t,
    )  # fmt: skip


def garden_office_card() -> dict:
    unit = f"{PLACE}园林绿化管理所"
    t = _Truth(unit)
    cards = [
        ("栾栖梧", "养护股", "股长", "middle", "二级", [
            ("绿化养护外包考核评比打分不公,优亲厚友", "岗位职责", "一级", "考核评比两人以上打分,评比结果公示。"),
            ("养护作业量核定不实,虚增养护费用", "业务流程", "二级", "作业量现场核定拍照,结算前所务会审核。"),
            ("病虫害防治药剂验收不严", "制度机制", "三级", "药剂验收双人签字,样品留存。"),
        ]),
        ("仇芷汀", "绿化工程股", "技术员", "general", "三级", [
            ("苗木进场验收降低规格标准", "岗位职责", "一级", "苗木逐批验收,规格、数量拍照存档。"),
            ("绿化工程隐蔽工程签证把关不严", "外部环境", "二级", "隐蔽工程签证监理、施工、所方三方签字。"),
            ("向施工单位泄露工程预算", "思想道德", "二级", "预算资料专人保管,签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, grade, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "股室", dept, "职务", post)
        sh.add("分管领导", "宗钦远", "岗位风险等级", grade, None, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, "分管领导签字：", None, "2024年7月", None)
        sheets.append(sh)
    return _layout(
        "garden_office_card",
        "http://www.china-audit.com/lhs_h65kgnp33geug3fjhgof5mx2kjrg5igjurlwlasgbilhx_1.html",
        "区园林绿化管理所 岗位廉政风险防控卡, ONE A SHEET (tabs named by the holders), after the source's 园林绿化养护管理标准及"
        "评比办法 (养护质量, 病虫害防治, 考核评比): title, ``持卡人 | 栾栖梧 | 股室 | 养护股 | 职务 | 股长``, then ``分管领导 | "
        "宗钦远 | 岗位风险等级 | 二级`` (the same 分管领导 on both cards, no form of his), then 序号/风险点/风险类别 short/风险等级 "
        "一级/二级/三级/防控措施 (merged over the last two columns); 持卡人签字/分管领导签字/date",
        sheets, t,
    )  # fmt: skip


def road_maintenance_register() -> dict:
    unit = f"{PLACE}公路养护中心"
    t = _Truth(unit)
    people = [
        ("芮砚田", "男", "1979.11", "蟠龙养护站", "站长", "middle", [
            ("路面修补、灌缝作业量虚报,套取养护经费", "岗位职责", "高", "作业前后拍照定位,作业量由中心抽查复核。"),
            ("养护材料采购不比价,收受供应商回扣", "外部环境", "高", "材料由中心统一采购,站内验收登记。"),
            ("临时用工考勤弄虚作假", "制度机制", "中", "临时用工实名登记,考勤表站务公开。"),
        ]),
        ("冉竹舟", "男", "1993.04", "工程技术科", "技术员", "general", [
            ("护栏、标志牌修复工程计量不实", "业务流程", "中", "计量由技术员、监理共同签认,科长复核。"),
            ("冬季除冰融雪物资出入库不登记", "制度机制", "低", "物资出入库台账日清月结。"),
            ("养护机械维修费用审核把关不严", "思想道德", "低", "维修先报审后维修,旧件交回。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, tier, points in people:
        sh = _Sheet(who, [12, 34, 12, 10, 14, 22])
        _line(sh, f"{unit}岗位廉政风险登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在单位", unit, "现任岗位", f"{dept}{post}", None, None)
        r = len(sh.rows) - 1
        sh.merge(r, 3, r, 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字：", None, "中心审核：", None, "2024年4月", None)
        sheets.append(sh)
    return _layout(
        "road_maintenance_register", "https://m.kfkhr.com/1/2621128.html",
        "区公路养护中心 岗位廉政风险登记表, ONE A SHEET (tabs named by the holders), after the source's account of a 公路养护 unit "
        "(修补路面裂缝, 护栏和标志牌, 巡查, 撒盐防滑, 养护车和压路机): title, ``姓名 | 芮砚田 | 性别 | 男 | 出生年月 | 1979.11``, "
        "``所在单位 | 合川区公路养护中心 | 现任岗位 | 蟠龙养护站站长`` (station and post run together; ``工程技术科技术员`` on "
        "the other sheet), then 序号/风险点/风险类别 short/风险等级 高/中/低/防控措施 (merged over the last two columns); "
        "本人签字/中心审核/date",
        sheets, t,
    )  # fmt: skip


def marriage_registry_selfcheck() -> dict:
    unit = f"{PLACE}民政局"
    dept = "婚姻登记处"
    t = _Truth(unit)
    people = [
        ("满清漪", "主任", "middle", [
            ("对不符合条件的当事人违规办理结婚登记", "岗位职责风险", "一级", "登记材料两人审查,疑难情形集体研究。"),
            ("婚姻登记档案查阅审批不严,泄露当事人信息", "制度机制风险", "二级", "档案查阅凭审批单,查阅登记留痕。"),
            ("颁证服务中收取额外费用", "外部环境风险", "三级", "收费标准上墙公示,一律不收取颁证服务费。"),
        ]),
        ("邬晚棠", "婚姻登记员", "general", [
            ("补发结婚证、离婚证不查证档案即补发", "业务流程风险", "一级", "补发前查证婚姻登记档案,审查处理表签名。"),
            ("收受当事人礼品、红包", "思想道德风险", "二级", "廉洁提示牌上墙,礼品一律谢绝。"),
            ("代当事人在声明书上签名", "岗位职责风险", "二级", "声明书当事人当面签名,登记员监誓。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 14, 10, 34, 14])
        _line(sh, "岗位廉政风险自查表", 6)
        sh.add("单位", f"{unit}{dept}", "姓名", who, "岗位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查结果")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, "无问题")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("自查人签字：", None, "处室负责人签字：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "marriage_registry_selfcheck", "https://64365.com/special/stcybljhzsx",
        "区民政局 婚姻登记处 岗位廉政风险自查表, ONE A SHEET (tabs named by the holders), after the source's 结婚登记程序 (初审, "
        "受理, 审查, 登记发证; 婚姻登记员 监誓, 声明书, 审查处理表): a bare title, then ``单位 | 合川区民政局婚姻登记处 | 姓名 | "
        "满清漪 | 岗位 | 主任`` (the 局 the unit, the 处 its 科室), then 序号/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/"
        "防控措施/``自查结果`` (无问题); 自查人签字/处室负责人签字/date",
        sheets, t,
    )  # fmt: skip


def vocational_school_pledge() -> dict:
    unit = f"{PLACE}职业教育中心"
    t = _Truth(unit)
    people = [
        ("晁雨眠", "招生就业处", "主任", "middle", [
            ("招生中违规收取“赞助费”或承诺录取热门专业", "高", "招生政策和收费标准公开,录取结果公示。"),
            ("向生源学校、中介支付招生“介绍费”", "高", "严禁有偿招生,招生经费按预算列支。"),
            ("顶岗实习单位安排中收受企业好处", "中", "实习单位经学校集体研究确定,实习协议三方签订。"),
        ]),
        ("莘野航", "实训处", "实训设备管理员", "general", [
            ("实训设备采购参数设置倾向特定品牌", "高", "采购参数经专业教师论证,按政府采购程序办理。"),
            ("实训耗材领用不登记,私自带出", "中", "耗材领用登记,每学期盘点。"),
            ("设备报废处置不评估,低价处理", "低", "报废经技术鉴定,处置按国有资产管理规定报批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 36, 12])
        _line(sh, f"{unit}岗位廉政风险防控承诺书", 6)
        sh.add("处室", dept, "职务", post, "承诺人", who)
        sh.add("序号", "风险点", "风险等级", None, "防控措施", None)
        r = len(sh.rows) - 1
        sh.merge(r, 2, r, 3)
        sh.merge(r, 4, r, 5)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, lv, None, measures, None)
            sh.merge(r, 2, r, 3)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(
            sh,
            "本人郑重承诺：严格落实上述防控措施，自觉接受组织和师生监督，如有违反，愿承担相应责任。",
            6,
        )
        r = sh.add(f"承诺人（签字）：{who}", None, None, None, "2024年3月", None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 5)
        sheets.append(sh)
    return _layout(
        "vocational_school_pledge",
        "https://abg.baidu.com/tags/22ynfnow2dl2rpom22yltjf7xs5mxmhmw6ua14",
        "区职业教育中心 岗位廉政风险防控承诺书, ONE A SHEET (tabs named by the holders), after the source's 职业中专教职工考核办法 "
        "(招生, 实习, 实训, 师德): title, ``处室 | 招生就业处 | 职务 | 主任 | 承诺人 | 晁雨眠``, then 序号/风险点/风险等级 (merged "
        "over two columns) 高/中/低/防控措施 (merged over two); no type column; under the table the merged pledge ``本人郑重承诺："
        "……`` and ``承诺人（签字）：晁雨眠`` beside the date",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    price_center_unit_line_dept(),
    assets_center_cadre_register(),
    agri_committee_annex2_leaders(),
    streetlight_annex3_depts(),
    liutuo_finance_office_selfcheck(),
    garden_office_card(),
    road_maintenance_register(),
    marriage_registry_selfcheck(),
    vocational_school_pledge(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch190-inbox"))
