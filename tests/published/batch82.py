"""An eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of four bodies no earlier batch drew on (a 县军队离休退休干部休养所 with its 服务保障科; a 县儿童
福利院 with its 养育部 and 办公室; a 市科技馆 with its 展教部 and 展品技术部; a 县人才交流中心 with its
档案管理科 and 人事代理科) hand back the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和
防控表 (``workbook_templates/forms.toml``) or their own office's 防控卡 / 自查表, with ordinary
filling habits. Eight are EVERYDAY:

- the 休养所's 所长's 附件2: two 分管工作 groups merged, types ``…风险``, 高/中/低, a “三重一大”方面 line
  over one row numbered on, review boxes empty, 注;
- the 休养所's 服务保障科 附件3 by its 科长: 岗位职责 merged, 工作流程 filled, short types, levels
  一级/二级/三级, the first review box signed ``同意。`` with a real date cell;
- the 福利院's workbook of two 附件4 on tabs ``附件4`` and ``附件4 (2)`` (the name WPS and Excel give a
  copied sheet), EACH with its own 姓名 and 所在科室及职务 (``养育部护理员``, ``办公室会计``);
- the 福利院's 副院长's own 岗位廉政风险防控卡: ``持卡人 | … | 职务 | 副院长`` and ``分管工作 | …`` rows,
  levels in stars ``★★★/★★/★``, a 持卡人签字/院长签字 foot line;
- the 科技馆's 讲解员's 个人廉政风险自查表: the holder given as a label row ``姓名 | 性别 | 出生年月 |
  所在部门 | 职务 | 联系电话`` over a value row, a ``岗位职责`` column (a duty, no point), a trailing
  ``自查情况`` column, no type column, an unsigned ``自查人签名:`` line;
- the 科技馆's 展品技术部 附件3 by its 部长: 岗位职责 typed only on the first row of each duty and NOT
  merged, some type cells naming two types (``制度机制、业务流程``), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 人才交流中心's 主任's 附件2 whose fields are a label row ``姓名 | 职务 | 岗位风险等级`` over a value
  row (the template's pairs rearranged), one 分管工作 group per row unmerged;
- the 人才交流中心's 档案管理员's 附件4 with every field typed INTO its label cell
  (``姓名:林海燕``, ``所在科室及职务:档案管理科档案管理员``, ``岗位风险等级:中``).

One is harder:

- ``talent_agency_two_forms_one_sheet``: the 人事代理科 hands back the 附件4 of two of its staff on ONE
  sheet, the second form pasted under the first (its own 附件4 / title / 单位 lines, 姓名 row, heading,
  rows, review boxes and 注) after two empty rows — two forms, one per holder.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (what a 干休所 is and does — 物质保障, 医疗保健, 文化生活; who may live in
one and who pays; a 民政 official on 儿童福利院 孤儿 基本生活费, staffing and running costs; what a
儿童福利院 gives the children and the 捐款捐物 it gets; the troubles of running a 科技馆 — 经费, 展品
陈旧, 管理人员; 科技馆 教育活动 at the 展品; whether a 人才交流中心 may charge for 档案; how an 档案 is
taken in by 调档函 and 机要; what goes into 流动人员人事档案 fees) and the layout follows their words.
The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch82`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b82_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own 防控卡 / 自查表 follows the post (副院长 leader with 科室 "", 讲解员 general);
- a copied sheet ``附件4 (2)`` WITH its own 姓名 field is a form of its own, not a continuation;
- ``★★★/★★/★`` are 1/2/3; ``Ⅰ级/Ⅱ级/Ⅲ级`` and 一级/二级/三级 are 1/2/3;
- a field typed into its label cell (``姓名:林海燕``) is that field; a label row over a value row
  pairs label and value by column;
- a 防控卡's ``分管工作`` row names the leader's work, not his 科室;
- ``岗位职责`` and ``自查情况`` are no points; a duty typed once over several unmerged rows is their
  duty;
- two forms pasted one under another on one sheet are two forms, each with its own holder.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: real date cells)
and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b82_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE = "注:此表一式三份,于6月底前报县纪委。"
NOTE_CITY = "注:此表一式三份,于6月底前报市纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报县纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
ANNEX = {"leader": "附件2", "middle": "附件3", "general": "附件4"}
REST_HOME = "XX县军队离休退休干部休养所"
WELFARE = "XX县儿童福利院"
SCIENCE = "XX市科技馆"
TALENT = "XX县人才交流中心"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, tier: str, unit: str) -> None:
    sh.add(ANNEX[tier])
    _line(sh, TITLE[tier])
    _line(sh, f"单位(盖章):{unit}")


def _reviews(sh: _Sheet, filled=()) -> None:
    """The review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(REVIEWS) - len(filled))
    for label, (opinion, date) in zip(REVIEWS, filled, strict=True):
        r = sh.add(label, opinion, None, None, None, date)
        sh.merge(r, 1, r, 4)


def _leader_reviews(sh: _Sheet) -> None:
    for label in LEADER_REVIEWS:
        r = sh.add(label, None, None, None, None, DATE)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)


def _merge_down(sh: _Sheet, first: int, last: int, col: int) -> None:
    """Merge each value in ``col`` over the None cells under it (rows ``first``…``last``)."""
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _official_rows(sh, t, rows, who, dept, post, tier, levels, merge=True) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged when ``merge``)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    if merge:
        _merge_down(sh, first, len(sh.rows) - 1, 0)


def _leader_groups(sh, t, groups, who, post, levels, merge=True) -> int:
    """附件2 rows: 分管工作 over each group (merged when ``merge``), numbered on."""
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), levels[level])
        if merge and len(points) > 1:
            sh.merge(first, 1, len(sh.rows) - 1, 1)
    return n


# --------------------------------------------------------------------------- harder layout


def talent_agency_two_forms_one_sheet() -> dict:
    unit = TALENT
    dept = "人事代理科"
    sh = _Sheet("Sheet1", [22, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    people = [
        ("龚晓雯", "人事代理员", "中", [
            ("负责人事代理协议签订", "协议签订", "为不符合条件的单位办理人事代理,收取代理费不入账", "岗位职责风险", "高",
             "代理条件和收费标准在服务大厅公示,代理费一律开票入账。"),
            (None, "代理服务", "向代理单位推荐指定的社保、职称代办机构", "外部环境风险", "中",
             "中心不指定任何代办机构,服务事项一次性告知。"),
            ("负责代理人员职称材料初审", "材料初审", "职称申报材料审核不严,放过学历、资历造假", "业务流程风险", "中",
             "申报材料原件核验,初审意见签名备查。"),
        ]),
        ("骆志航", "收费员", "中", [
            ("负责增值服务收费", "收费", "对已取消的档案保管费继续收费或自立名目收费", "制度机制风险", "高",
             "收费项目以物价部门核定目录为准,收费目录上墙公示。"),
            (None, "票据", "收费不开票或开具收据代替正式票据", "岗位职责风险", "中",
             "票据专人领用核销,每日收费与票据存根核对。"),
            ("负责现金解缴", "解缴", "收取的现金未及时解缴,挪作他用", "思想道德风险", "低",
             "现金当日解缴财政专户,会计每周盘点。"),
        ]),
    ]  # fmt: skip
    for i, (who, post, grade, rows) in enumerate(people):
        if i:
            sh.add()
            sh.add()
        _top(sh, "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
    return _layout(
        "talent_agency_two_forms_one_sheet", "https://ihr360.com/hrnews/20241265311.html",
        "(harder) 县人才交流中心 人事代理科: the 附件4 of TWO staff on ONE sheet (``Sheet1``), the second form pasted "
        "under the first after two empty rows, after the source's account of 流动人员人事档案 fees (档案存储费, 调取费, "
        "转移费, 服务费, 人才服务中心): each form with its own 附件4 / title / ``单位(盖章):`` lines, its own ``姓名 | 龚晓雯 | "
        "所在科室及职务 | 人事代理科人事代理员 | 岗位风险等级 | 中`` row, heading, 岗位职责 merged, 工作流程 filled, "
        "types …风险, 高/中/低, empty review boxes and 注 — two forms, one per holder",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 军休所


def rest_home_director_annex2() -> dict:
    unit = REST_HOME
    who, post = "韦振邦", "所长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "高")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持全面工作\n分管行政科", [
            ("所务会研究事项会前个人定调,集体决策流于形式", "制度机制风险", "高",
             "重大事项会前发放议题,所务会逐人表态并记录在案。"),
            ("军休干部公用经费超范围开支", "岗位职责风险", "高", "公用经费按预算科目支出,每半年向军休干部通报。"),
            ("接待开支超标准,以慰问名义列支", "思想道德风险", "中", "接待实行公函、清单制度,慰问品发放登记签收。"),
        ]),
        ("分管服务保障科", [
            ("医疗保健服务项目确定中接受医疗机构好处", "外部环境风险", "中",
             "体检、保健机构经所务会比选确定,结果公示。"),
            ("活动中心维修工程不经比价直接发包", "业务流程风险", "低", "维修工程三家比价,验收邀请军休干部代表参加。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, HML)
    _line(sh, "“三重一大”方面")
    point = "营区住房维修改造资金安排个人说了算"
    sh.add(n + 1, "大额资金使用", point, "制度机制风险", "高",
           "维修改造项目经所务会研究后报县退役军人事务局审定,资金安排公开。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE)
    return _layout(
        "rest_home_director_annex2", "http://www.ctoth.com/dictionary/1694740.html",
        "县军队离休退休干部休养所 所长's 附件2 (tab ``附件2``) after the source's entry on the 离休干部休养所 (管理机构, "
        "党委或党支部, 物质保障, 文化生活, 医疗保健及其他服务): 姓名/职务 ``所长``/岗位风险等级 ``高``; 分管工作 merged "
        "over each of two groups (the first one cell of two lines), types …风险, 高/中/低; a “三重一大”方面 line over one "
        "row numbered on (6); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def rest_home_service_head_annex3() -> dict:
    unit = REST_HOME
    who, dept = "蓝启明", "服务保障科"
    sh = _Sheet("附件3", [22, 12, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("负责军休干部医疗保健", "体检安排", "体检项目和人数虚报,多结体检费用", "岗位职责", "一级",
         "体检名单与到检记录逐人核对,费用凭结算清单支付。"),
        (None, "医药费报销", "医药费报销审核不严,为不符合规定的费用报销", "业务流程", "一级",
         "报销票据两人审核,按月在所内公示。"),
        ("负责生活服务保障", "物资采购", "节日慰问品采购指定供应商,以次充好", "外部环境", "二级",
         "慰问品三家比价,军休干部代表参与验收。"),
        (None, "车辆使用", "保障用车私用,虚报油料", "思想道德", "三级", "出车登记,油卡专车专用,每月核对里程。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ORDINAL)
    _reviews(sh, [("同意。", datetime(2024, 6, 20))])
    _line(sh, NOTE)
    return _layout(
        "rest_home_service_head_annex3", "http://77piano.com/yulezatan/462078.html",
        "县军队离休退休干部休养所 服务保障科 附件3 (tab ``附件3``) by its 科长 after the source's account of a 干休所 (安置和"
        "休养军队退休军官, 居住环境, 医疗保健, 文化娱乐, 运行经费由国家财政承担): 科室/负责人/岗位风险等级 ``二级``; "
        "岗位职责 merged, 工作流程 filled, short types, levels 一级/二级/三级; the first review box ``同意。`` with a REAL "
        "date cell, the others empty; 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 儿童福利院


def welfare_staff_copied_tabs() -> dict:
    unit = WELFARE
    t = _Truth(unit)
    people = [
        ("附件4", "滕秋菊", "养育部", "护理员", "中", [
            ("负责孤残儿童日常护理", "生活照料", "克扣儿童伙食、衣物,私拿受赠物品", "思想道德风险", "高",
             "伙食按标准统一配送,受赠物品登记入库、发放签收。"),
            (None, "交接班", "护理记录补记、代签,隐瞒儿童意外伤害", "岗位职责风险", "中",
             "交接班记录当班填写,意外情况当日报告。"),
            ("负责受赠物品领用", "领用", "领用物品多领少用,转送他人", "制度机制风险", "低",
             "物品按儿童人数限额领用,库管员每月盘点。"),
        ]),
        ("附件4 (2)", "覃丽萍", "办公室", "会计", "中", [
            ("负责孤儿基本生活费核算", "核算", "基本生活费不按标准核算,挤占挪用", "岗位职责风险", "高",
             "基本生活费专账核算,每季度报县民政局核对。"),
            (None, "支付", "未经审批支付大额款项", "业务流程风险", "中", "支付凭院长签批,网银制单、复核分设。"),
            ("负责捐赠资金管理", "入账", "社会捐款不入账或延迟入账", "制度机制风险", "高",
             "捐款开具捐赠票据,每月在院务公开栏公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, grade, rows in people:
        sh = _Sheet(tab, [22, 12, 34, 14, 8, 32])
        _top(sh, "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "welfare_staff_copied_tabs", "https://backend.chinanews.com/sh/2013/01-14/4484058_3.shtml",
        "县儿童福利院 workbook of two 附件4 after the source's interview on 孤儿 in 民政部门儿童福利机构 (基本生活费 per "
        "month, 管理人员, 抚育人员, 特教, 人员配比, 水电暖开支): the second sheet a COPY of the first, tabs ``附件4`` and "
        "``附件4 (2)`` (the name Excel/WPS give a copied sheet), EACH filled with its own ``姓名`` and 所在科室及职务 "
        "(``养育部护理员``, ``办公室会计``); 岗位职责 merged, 工作流程 filled, types …风险, 高/中/低; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


def welfare_deputy_star_card() -> dict:
    unit = WELFARE
    who, post = "巫振华", "副院长"
    sh = _Sheet("防控卡", [6, 36, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    r = sh.add("持卡人", who, "职务", post, None)
    sh.merge(r, 3, r, 4)
    r = sh.add("分管工作", "医疗康复部、特教部、后勤保障", None, None, None)
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("儿童康复训练器材采购中指定品牌,接受供应商回扣", "外部环境风险", "★★★",
         "器材采购按政府采购规定执行,技术参数经院务会审定。"),
        ("外送就医费用审核把关不严,医院虚列项目", "岗位职责风险", "★★", "外送就医费用逐项对照病历审核,年终专项审计。"),
        ("特教教师外出培训名额分配不公", "思想道德风险", "★", "培训名额按计划轮流安排,名单在院内公示。"),
        ("食堂食材采购验收走过场", "制度机制风险", "★★", "食材验收双人签字,每月抽检,价格每季度询价。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), STARS[level])
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 5)
    sh.add()
    sh.add("持卡人签字:", None, "院长签字:", None, DATE)
    return _layout(
        "welfare_deputy_star_card", "https://m.sboyo.com/1/824904.html",
        "县儿童福利院 副院长's own 岗位廉政风险防控卡 (tab ``防控卡``) after the source's account of a 儿童福利院 (食宿、教育和"
        "医疗, 老师、医生和社工, 政府拨款, 企业和个人捐款捐物): ``持卡人 | 巫振华 | 职务 | 副院长`` and ``分管工作 | "
        "医疗康复部、特教部、后勤保障`` (his work, not his 科室) above 序号/风险点/风险类型 …风险/风险等级 in stars "
        "``★★★/★★/★``/防控措施; a 注 line giving the stars' meaning; an unsigned 持卡人签字/院长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 科技馆


def science_guide_selfcheck() -> dict:
    unit = SCIENCE
    who, dept, post = "邵雨桐", "展教部", "讲解员"
    sh = _Sheet("自查表", [6, 20, 34, 9, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}个人廉政风险自查表")
    sh.add("姓名", "性别", "出生年月", "所在部门", "职务", "联系电话")
    sh.add(who, "女", "1995.03", dept, post, "13907741526")
    sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("团体参观预约和讲解", "为熟人团体插队预约,收取好处", "中", "团体预约统一在线上平台办理,按先后顺序安排。",
         "未发现问题"),
        ("团体参观预约和讲解", "私下收费讲解或推销科普读物", "高", "讲解服务免费,馆内不得推销任何商品。", "未发现问题"),
        ("科普活动组织", "科普活动材料费虚报冒领", "中", "活动材料凭领料单领用,剩余材料退库登记。", "已整改"),
        ("志愿者管理", "志愿服务时长虚记,为熟人出具证明", "低", "志愿服务时长系统签到记录,证明由部门审核盖章。",
         "未发现问题"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, level, measures, check) in enumerate(rows, 1):
        sh.add(n, duty, point, level, measures, check)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.rows[first + 1][1] = None  # the first duty merged over its two rows
    sh.merge(first, 1, first + 1, 1)
    sh.add()
    sh.add("自查人签名:", None, "部门负责人签名:", None, DATE, None)
    return _layout(
        "science_guide_selfcheck", "http://watang.cn/thread-264727-1-1.html",
        "市科技馆 展教部 讲解员's 个人廉政风险自查表 (tab ``自查表``) after the source's account of 科技馆运营管理 (重建设"
        "轻运管, 设施陈旧, 管理人员素质, 科普服务, 团体预约参观): the holder given as a LABEL ROW ``姓名 | 性别 | 出生年月 | "
        "所在部门 | 职务 | 联系电话`` over a VALUE ROW; 序号/``岗位职责`` (merged over its first two rows; a duty, no "
        "point)/风险点/风险等级 高/中/低/防控措施/a trailing ``自查情况`` (``未发现问题``, ``已整改``); no type column; an "
        "unsigned 自查人签名/部门负责人签名 line",
        [sh], t,
    )  # fmt: skip


def science_exhibit_head_unmerged() -> dict:
    unit = SCIENCE
    who, dept = "钟国梁", "展品技术部"
    sh = _Sheet("Sheet1", [22, 12, 34, 18, 8, 32])
    t = _Truth(unit)
    _top(sh, "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅰ级")
    sh.add(*HEAD)
    rows = [
        ("负责展品更新改造", "需求论证", "更新展项需求论证走过场,为特定厂商量身定制参数", "制度机制、业务流程", "Ⅰ级",
         "展项需求经专家论证,技术参数在采购前公开征求意见。"),
        (None, "验收", "展品验收降低标准,接受厂商宴请", "岗位职责、外部环境", "Ⅰ级",
         "验收组由部门、财务、纪检人员组成,验收报告集体签字。"),
        ("负责展品日常维护", "维修", "展品维修配件虚报数量和价格", "岗位职责", "Ⅱ级",
         "维修配件以旧换新,配件价格定期询价。"),
        (None, "外包维保", "维保单位考核打分不实,照付维保费", "业务流程", "Ⅱ级",
         "维保考核按月记录故障率,考核结果与付款挂钩。"),
        ("负责临时展览引进", "展览引进", "引进展览租金偏高,与出租方私下约定回扣", "思想道德", "Ⅲ级",
         "引进展览经馆务会研究,租金比照同类展览询价。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN, merge=False)
    _reviews(sh)
    _line(sh, NOTE_CITY)
    return _layout(
        "science_exhibit_head_unmerged", "https://m.fx361.cc/news/2017/0809/15434573.html",
        "市科技馆 展品技术部 附件3 (tab ``Sheet1``) by its 部长 after the source's study of 科技博物馆 education at the "
        "展品 (展品现场, 实验表演, 展教人员, 制度机制缺失): 科室/负责人/岗位风险等级 ``Ⅰ级``; 岗位职责 typed ONLY on the "
        "first row of each duty and NOT merged (the rows under it blank), 工作流程 filled, type cells naming TWO types "
        "``制度机制、业务流程`` on two rows, ``Ⅰ级/Ⅱ级/Ⅲ级``; review boxes empty, 注 to the 市纪委",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 人才交流中心


def talent_director_label_rows() -> dict:
    unit = TALENT
    who, post = "包德林", "主任"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "leader", unit)
    r = sh.add("姓名", None, "职务", None, "岗位风险等级", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.merge(r, 4, r, 5)
    r = sh.add(who, None, post, None, "高", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持全面工作", [
            ("中心编外人员招聘条件因人而设", "制度机制风险", "高", "招聘方案报县人社局审核,考试成绩和拟聘人员公示。"),
        ]),
        ("分管档案管理科", [
            ("为他人违规查阅、借出人事档案", "岗位职责风险", "高", "档案查借阅凭单位介绍信审批,登记备查。"),
            ("对涂改档案材料、伪造出生日期失察", "业务流程风险", "中", "新进档案逐份审核,重要材料变更集体研究。"),
        ]),
        ("分管人事代理科", [
            ("对代理收费自立名目不制止", "思想道德风险", "中", "收费目录经县发改局核定,每季度抽查收费票据。"),
        ]),
    ]  # fmt: skip
    _leader_groups(sh, t, groups, who, post, HML, merge=False)
    _leader_reviews(sh)
    _line(sh, NOTE)
    return _layout(
        "talent_director_label_rows", "https://www.fudaoke.com/exam/2604074.html",
        "县人才交流中心 主任's 附件2 (tab ``附件2``) after the source's note that a 人才交流中心 may not charge for keeping an "
        "档案 though 人事代理 and 职称代办 may cost: the fields rearranged as a LABEL ROW ``姓名 | 职务 | 岗位风险等级`` (each "
        "over two columns) over a VALUE ROW ``包德林 | 主任 | 高``; 序号/分管工作 (three groups, typed once, unmerged)/"
        "风险点/风险类型 …风险/风险级别 高/中/低/防控措施; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def talent_archivist_fields_in_labels() -> dict:
    unit = TALENT
    who, dept, post = "林海燕", "档案管理科", "档案管理员"
    sh = _Sheet("附件4", [22, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "general", unit)
    r = sh.add(f"姓名:{who}", None, f"所在科室及职务:{dept}{post}", None, "岗位风险等级:中", None)
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add(*HEAD)
    rows = [
        ("负责流动人员档案接收", "接收审核", "接收个人自带、拆封的档案不退回", "岗位职责", "中",
         "档案一律经机要或专递公对公转递,拆封档案拒收登记。"),
        (None, "存档", "档案材料缺失不登记、不告知", "业务流程", "低", "接收时逐份核对目录,缺失材料书面告知存档人。"),
        ("负责档案转出", "开具调档", "收受好处为他人违规转出档案", "思想道德", "高",
         "转出凭调档函办理,转出记录双人复核。"),
        ("负责档案查询和证明开具", "出具证明", "出具与档案记载不符的证明", "制度机制", "中",
         "证明依档案原件出具,科长审核签字后盖章。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, post, "general", HML)
    _reviews(sh)
    _line(sh, NOTE_GENERAL)
    return _layout(
        "talent_archivist_fields_in_labels", "https://m.youxuanzj.com/dazs/datg-13782.html",
        "县人才交流中心 档案管理科 档案管理员's 附件4 (tab ``附件4``) after the source's account of how a 人才交流中心 takes in "
        "an 档案 (调档函, 公对公转递, 严禁个人自带、拆封, 档案托管协议): every field typed INTO its label cell, each "
        "merged over two columns — ``姓名:林海燕 | 所在科室及职务:档案管理科档案管理员 | 岗位风险等级:中``; 岗位职责 "
        "merged, 工作流程 filled, short types, 高/中/低; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    talent_agency_two_forms_one_sheet(),
    rest_home_director_annex2(),
    rest_home_service_head_annex3(),
    welfare_staff_copied_tabs(),
    welfare_deputy_star_card(),
    science_guide_selfcheck(),
    science_exhibit_head_unmerged(),
    talent_director_label_rows(),
    talent_archivist_fields_in_labels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch82-inbox"))
