"""A hundred-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — 县委部门, 县直 事业单位 and
群团 no earlier batch used: the 县委政法委员会, the 劳动人事争议仲裁院, the 蚕桑技术指导站, the 水政监察
大队, the 美术馆, the 总工会, the 公务用车服务中心, the 路灯管理所 and the 妇女联合会 — each handing back its
一览表, 排查表 or 清单 the way its staff typed it, every one of them a body of an invented 宿豫县:

- the 政法委's 一览表 under a ``填报单位（盖章）：… | 填报时间：…`` line, 科室 merged (委领导, 办公室, 政治处,
  执法监督室, 维稳指导科), 岗位, 姓名 and 岗位职责 merged per person, ``…风险`` types, 高/中/低;
- the 仲裁院's 排查表 headed ``庭室`` with an ``办案环节`` column (受理, 开庭, 裁决, 送达, 归档 …) and no type
  column, ``一级/二级/三级``, and the two 书记员 of 仲裁一庭 written in ONE 姓名 cell with a slash
  (``却沐言/芮晚晴``);
- the 蚕桑站's 一览表 with a two-row header (``廉政风险`` merged over ``风险点 | 风险类别 | 风险等级``),
  科室 headed ``站（股）``, the holder under ``责任人``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a 注 line;
- the 水政监察大队's 排查表 whose headings are typed with line breaks (``所在⏎中队``, ``排查出的⏎风险点``,
  ``风险⏎等级``), an ``执法事项`` column merged per 中队, 高/中/低, no type column;
- the 美术馆's 清单 对岗不对人 (部门, 岗位; no names), short types, ``★★★/★★/★`` with the note that reads
  them and a last ``责任领导`` column naming a leader's post (馆长, 副馆长), no name;
- the 总工会's 一览表 of 部室 (领导班子, 经审办, 权益保障部, 职工服务中心, 办公室), its 党组书记 who is also
  the 常务副主席 written in one 职务 cell (``党组书记、常务副主席``), ``…风险`` types, 高/中/低, a ``备注``;
- the 路灯管理所's list with NO 岗位 column: ``风险事项`` first, then 风险点, the three-step scale
  ``较高/一般/较低``, 防控措施, and ``责任股室 | 责任人`` LAST;
- the 妇联's 清单 under ``附件1`` and a title typed on two lines in one merged cell, 部室 merged (领导班子,
  组织宣传部, 妇女发展部, ``家儿部和权益部``), 职务, 姓名, ``…风险`` types, 高/中/低.

One is harder:

- ``car_service_numbered_lines``: the 公务用车服务中心's 一览表 gives each post ONE row: its
  ``风险点`` cell lists the post's risks numbered one a line (``1.…⏎2.…``), its ``风险等级`` cell the
  level of each in the same numbering (``1.高⏎2.中``), its ``防控措施`` cell the measures likewise; two
  posts have a single risk written plainly with a plain level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 区委政法委's 执法监督室 and its
队伍; the 劳动人事争议仲裁办案规则 (仲裁院 in the 人社 department, 仲裁庭, 案卷); a 县蚕业技术指导站's
小蚕共育; a 市水政监察支队's 采砂 执法 and its boat; what a 美术馆 is; a 县总工会's 8 部室 and its
职工服务中心; a 中心's own check of its 公务用车 (GPS 轨迹, 加油, 维修保养); who buys a 县城's 路灯 (招标,
合同, 验收, 维修); a 市妇联's three 部 (组织宣传部, 妇女发展部, 家儿部和权益部)) and the layout follows
their words. The rows are worded by us, the names invented; every unit is a body of the invented
宿豫县 (the 政法委 is ``中共宿豫县委政法委员会``).

Run ``python tests/published/score.py --set batch133`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b133_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``却沐言/芮晚晴`` under 姓名 are two holders of one post (仲裁一庭 书记员), written with a slash
  instead of ``、``: two forms with the same points (as batch102 took ``阚明轩、逄立峰``);
- a ``风险点`` cell of lines numbered ``1.`` ``2.`` beside a ``风险等级`` cell of as MANY numbered levels
  (``1.高⏎2.中``) is that many points, each line (without its number) one point with the level of the
  same number; a cell of one risk with one plain level is one point (a numbered cell beside ONE
  level stays one point, as batch68 took it);
- ``委领导``, ``院领导``, ``站领导``, ``大队部``, ``馆领导``, ``领导班子``, ``中心领导`` and ``所领导`` are the
  科室 as written; ``职工服务中心`` is a 部室 of the 总工会 and ``家儿部和权益部`` one 部室 (not split);
- ``党组书记、常务副主席`` is one post held by one person (its title as written);
- ``办案环节``, ``执法事项``, ``岗位职责``, ``风险事项``, ``责任领导`` and ``备注`` are neither point nor holder;
  ``责任领导`` names the leader's post who watches the row, never the holder (the list is 对岗不对人);
- a list with no 岗位 column gives posts "" (no tier); its holder is ``责任人``'s, its 科室 ``责任股室``'s;
- ``较高/一般/较低`` used together are the three levels in that order (Ⅰ/Ⅱ/Ⅲ);
- 常务副书记/副书记 of the 政法委, 院长, 站长/副站长 of a county 站, 大队长, 馆长/副馆长, the 总工会's 党组书记
  and 副主席, 主任/副主任 of the 中心 and the 妇联's 主席/副主席 are leaders; 室 and 处 主任, 科长, 庭长, 股长,
  中队长, 部 主任, 经审办主任, the 职工服务中心's 主任 and 部长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b133_"
PLACE = "宿豫县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, post_col: int, person_cols) -> None:
    """Merge the 科室 column over its runs and the post and ``person_cols`` over each person's rows."""
    cols = (dept_col, post_col, *person_cols)
    per_person = lambda row: tuple(row[c] for c in cols)  # noqa: E731
    _merge_down(
        sh,
        first,
        [(dept_col, lambda row: row[dept_col]), (post_col, per_person)]
        + [(c, per_person) for c in person_cols],
    )


def numbered_lines(cell: str) -> list[str]:
    """The items of a cell numbered one a line (``1.…⏎2.…``), without their numbers; a cell not
    numbered so is one item."""
    lines = [s.strip() for s in cell.split("\n") if s.strip()]
    if len(lines) > 1 and all(re.match(r"\d+\.", s) for s in lines):
        return [re.sub(r"^\d+\.", "", s) for s in lines]
    return [cell]


# --------------------------------------------------------------------------- harder layout


def car_service_numbered_lines() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 24, 40, 10, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼孟秋", "主持中心全面工作,负责车辆购置更新和运行经费管理",
         "1.公务用车购置、更新计划不经集体研究\n2.车辆定点维修、保险服务单位确定不公开比选",
         "1.高\n2.高",
         "1.购置更新计划经主任办公会研究并报县机关事务服务中心审批;\n2.定点维修、保险单位通过政府采购确定。",
         "leader"),
        ("中心领导", "副主任", "揭子澄", "协助主任工作,分管车辆管理和驾驶员队伍",
         "1.报废车辆处置评估、拍卖不规范,低价处置\n2.驾驶员考核评先中打招呼、照顾关系",
         "1.高\n2.中",
         "1.车辆处置委托评估、进场拍卖,结果公示;\n2.考核细则公开,考核结果中心会议研究。",
         "leader"),
        ("调度科", "科长", "储寒汀", "负责用车申请审核和车辆调度",
         "1.为私事派车或违规出借公务车辆\n2.节假日封存车辆管理不到位,车辆私用",
         "1.高\n2.中",
         "1.用车一律网上申请、系统派单,派车记录每月公开;\n2.节假日车辆定点封存,调取GPS轨迹核查。",
         "middle"),
        ("调度科", "调度员", "糜一苇", "负责派车登记和行车记录",
         "派车单、行车记录填写不实", "中", "派车单与GPS轨迹、里程逐单比对。", "general"),
        ("车辆管理科", "维修管理员", "琚星野", "负责车辆维修保养和加油卡管理",
         "1.维修项目虚报、以次充好\n2.加油卡管理不严,一车多卡、油卡混用",
         "1.高\n2.中",
         "1.维修实行“三核一录”,更换旧件交回登记;\n2.一车一卡,加油数据每月与里程比对。",
         "general"),
        ("财务室", "会计", "钮清禾", "负责运行经费核算和报销",
         "运行费用报销审核不严,虚列过路过桥费", "低", "费用报销附通行记录,按月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, points, levels, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, points, levels, measures)
        items, grades = numbered_lines(points), numbered_lines(levels)
        assert len(items) == len(grades), (points, levels)
        for point, lv in zip(items, grades, strict=True):
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "car_service_numbered_lines",
        "https://www.szlh.gov.cn/wxlh/tzlh/zxdt/content/post_12297253.html",
        "(harder) 县公务用车服务中心 岗位廉政风险防控一览表 after the source's account of a 中心's own check of its 公务用车 "
        "(台账 一车一档, GPS 行驶轨迹, 加油记录, 维修保养单据, 车辆调度、使用登记、费用报销): 序号/科室 merged (中心领导, "
        "调度科, 车辆管理科, 财务室)/岗位/姓名/主要职责/风险点/风险等级/防控措施 with ONE ROW A POST: the ``风险点`` cell "
        "lists the post's risks numbered one a line (``1.公务用车购置、更新计划不经集体研究⏎2.车辆定点维修、保险服务单位"
        "确定不公开比选``), the ``风险等级`` cell the level of each in the same numbering (``1.高⏎2.高``, ``1.高⏎2.中``), the "
        "防控措施 cell numbered likewise; the 调度员 and the 会计 have one risk each, written plainly with a plain 中 or 低; "
        "no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def politics_law_committee_form_line() -> dict:
    unit = f"中共{PLACE}委政法委员会"
    sh = _Sheet("一览表", [6, 12, 12, 9, 22, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报时间：2024年11月", None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "常务副书记", "雒闻溪", "主持委机关日常工作,协助县委考察管理政法部门领导干部",
         "政法部门领导干部考察推荐中优亲厚友,考察意见失实", "岗位职责风险", "高",
         "考察实行两人以上,考察意见委务会集体研究,按规定征求纪检监察机关意见。", "leader"),
        ("委领导", "常务副书记", "雒闻溪", "主持委机关日常工作,协助县委考察管理政法部门领导干部",
         "协调重大敏感案件时打招呼、说情,干预办案", "思想道德风险", "高",
         "严格执行领导干部干预司法活动记录、通报和责任追究规定。", "leader"),
        ("委领导", "副书记", "宓怀瑜", "分管平安建设和社会治安综合治理",
         "平安建设考核评分标准执行不一,为关系单位加分", "制度机制风险", "中",
         "考核细则年初公布,考核结果委务会研究后公示。", "leader"),
        ("办公室", "主任", "笪晚枫", "负责文秘、财务、后勤和机关事务",
         "办公经费、会议费报销审核不严,超标准列支", "制度机制风险", "中",
         "经费支出实行经办、审核、审批分离,按季度公开。", "middle"),
        ("办公室", "主任", "笪晚枫", "负责文秘、财务、后勤和机关事务",
         "公务接待超标准、超范围", "业务流程风险", "低", "接待先审批后实施,接待清单按月公开。", "middle"),
        ("政治处", "主任", "缪砚舟", "负责政法队伍建设和干部教育培训",
         "政法干部培训经费使用不规范,虚列培训支出", "制度机制风险", "中",
         "培训计划报委务会审定,经费据实报销并附签到表。", "middle"),
        ("执法监督室", "主任", "邴知微", "负责执法监督、案件评查和涉法涉诉信访督办",
         "案件评查中隐瞒执法问题,降格处理", "岗位职责风险", "高",
         "评查实行交叉评查,评查结果委务会集体研究并通报。", "middle"),
        ("执法监督室", "主任", "邴知微", "负责执法监督、案件评查和涉法涉诉信访督办",
         "泄露案件评查、督办信息", "外部环境风险", "中", "签订保密承诺,督办材料专人专柜保管。", "middle"),
        ("维稳指导科", "科长", "郦骁然", "负责维护稳定工作的指导、检查和经费管理",
         "维稳工作经费申报、使用虚报冒领", "业务流程风险", "中",
         "经费使用项目化管理,支出凭证由科室和办公室双审。", "middle"),
        ("维稳指导科", "科员", "仝小棠", "负责矛盾纠纷排查信息汇总报送",
         "矛盾纠纷排查信息报送不实,瞒报漏报", "岗位职责风险", "低",
         "排查信息与乡镇综治中心台账每月核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, (3, 4))
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None, None)
    return _layout(
        "politics_law_committee_form_line", "http://wanciku.com/fanwen/shiyongfanwen/9747.html",
        "县委政法委员会 岗位廉政风险防控一览表 after the source's account of a 区委政法委's difficulties (编制少, 协管政法"
        "队伍, 执法监督室 staffed by 兼职 people, 考察、管理政法部门领导干部): title ``中共宿豫县委政法委员会岗位廉政风险防控"
        "一览表``, a line ``填报单位（盖章）：中共宿豫县委政法委员会 | 填报时间：2024年11月``, then 序号/科室 merged (委领导, "
        "办公室, 政治处, 执法监督室, 维稳指导科)/岗位, 姓名 and 岗位职责 merged per person/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def arbitration_court_two_clerks() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("排查表", [6, 10, 10, 14, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "庭室", "岗位", "姓名", "办案环节", "风险点", "风险等级", "防控措施")
    clerks = "却沐言/芮晚晴"
    rows = [
        ("院领导", "院长", "靳朔风", "裁决", "重大疑难案件不提交仲裁委员会讨论,个人决定裁决结果", "一级",
         "重大疑难案件一律提交仲裁委员会讨论,讨论记录归档。", "leader"),
        ("院领导", "院长", "靳朔风", "组庭", "指定仲裁庭组成人员时照顾关系,应回避不回避", "二级",
         "组庭按仲裁员名册轮流确定,回避情况书面告知当事人。", "leader"),
        ("立案科", "科长", "阮栖迟", "受理", "对不符合受理条件的申请违规立案,或对符合条件的拖延不立", "一级",
         "受理审查实行一次性告知,不予受理决定经院长审签。", "middle"),
        ("仲裁一庭", "庭长", "濮云舒", "开庭", "庭审中偏袒一方,私下会见当事人及其代理人", "一级",
         "庭审全程录音录像,严禁私下会见当事人。", "middle"),
        ("仲裁一庭", "庭长", "濮云舒", "裁决", "裁决书认定事实与庭审查明的事实不符", "二级",
         "裁决书实行庭长、院长两级审核。", "middle"),
        ("仲裁一庭", "书记员", clerks, "送达", "送达文书时间、方式不规范,延误当事人权利", "三级",
         "送达回证当日归档,电子送达留存记录。", "general"),
        ("仲裁一庭", "书记员", clerks, "归档", "庭审笔录事后改动,案卷材料缺失", "二级",
         "笔录当庭签字确认,结案后十日内立卷归档。", "general"),
        ("综合科", "会计", "晁汀雪", "经费", "仲裁办案经费、仲裁员办案补贴报销审核不严", "三级",
         "办案补贴按结案数核发,报销凭证经院长审批。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, step, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, step, point, lv, measures)
        for holder in who.split("/"):
            t.point(sh.name, dept, post, holder, tier, point, [], GRADES[lv])
    _person_rows(sh, first, 1, 2, (3,))
    sh.add()
    sh.add("院长签字:", None, None, "填表人:", None, None, "2024年9月", None)
    return _layout(
        "arbitration_court_two_clerks", "https://kukujd.com/article/2747.html",
        "县劳动人事争议仲裁院 廉政风险点排查表 after the source's account of the 劳动人事争议仲裁办案规则 (仲裁院 set in the "
        "人力资源社会保障 department, 仲裁庭 制度, 先行调解, 案卷查阅 and 保存期): 序号/科室 headed ``庭室`` merged (院领导, "
        "立案科, 仲裁一庭, 综合科)/岗位 and 姓名 merged per person — the two 书记员 of 仲裁一庭 in ONE cell ``却沐言/芮晚晴`` "
        "(a slash between the names)/an ``办案环节`` column (裁决, 组庭, 受理, 开庭, 送达, 归档, 经费)/风险点/风险等级 ``一级/"
        "二级/三级``/防控措施; no type column; 院长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def sericulture_station_two_row_header() -> dict:
    unit = f"{PLACE}蚕桑技术指导站"
    sh = _Sheet("蚕桑站", [6, 12, 10, 9, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("序号", "站（股）", "岗位", "责任人", "廉政风险", None, None, "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类别", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 6)
    rows = [
        ("站领导", "站长", "桑既白", "蚕桑产业扶持资金分配方案不经站务会集体研究", "制度机制", "Ⅰ级",
         "扶持资金分配方案站务会研究并报县农业农村局审定,结果公示。", "leader"),
        ("站领导", "站长", "桑既白", "小蚕共育基地建设补助对象确定不公开", "岗位职责", "Ⅰ级",
         "补助条件公开,申报对象镇村初审、站里复核,名单公示七天。", "leader"),
        ("站领导", "副站长", "茹清野", "桑苗、蚕药、方格蔟等物资采购指定供应商", "外部环境", "Ⅰ级",
         "物资按政府采购程序购置,验收三人以上签字。", "leader"),
        ("推广股", "股长", "仉望川", "养蚕技术培训人数、天数虚报,套取培训经费", "业务流程", "Ⅱ级",
         "培训签到、照片存档,经费按实际参训人数核拨。", "middle"),
        ("蚕种管理股", "股长", "戚晓蘅", "蚕种催青、发种数量登记不实,多报损耗", "岗位职责", "Ⅱ级",
         "催青、发种数量日清日结,台账双人签字。", "middle"),
        ("蚕种管理股", "股长", "戚晓蘅", "蚕种质量抽检走过场", "岗位职责", "Ⅱ级",
         "抽检样品随机抽取,检验结果报站务会备案。", "middle"),
        ("蚕种管理股", "技术员", "栾芷汀", "小蚕共育质量验收降低标准", "思想道德", "Ⅲ级",
         "验收两人以上,验收记录与补助发放挂钩。", "general"),
        ("办公室", "会计", "贲若楠", "项目资金报账凭证审核不严", "制度机制", "Ⅱ级",
         "报账凭证经办、复核、审批三签,按季度对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _person_rows(sh, first, 1, 2, (3,))
    _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "sericulture_station_two_row_header",
        "http://m.zgkjsz.com/page/2022/1121/11295656.shtml",
        "县蚕桑技术指导站 岗位廉政风险点一览表 after the source's account of a 县蚕业技术指导站 and 小蚕共育 (共育基地, "
        "商品小蚕, 方格蔟, 蚕种 催青 and 管理): title, a TWO-ROW header — 序号/``站（股）``/岗位/``责任人``/防控措施 merged "
        "down, ``廉政风险`` merged over ``风险点 | 风险类别 | 风险等级`` — then 站（股） merged (站领导, 推广股, 蚕种管理股, "
        "办公室)/岗位 and 责任人 merged per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 注 "
        "line reading the levels; 填表人/审核人/date; the tab named ``蚕桑站``",
        [sh], t,
    )  # fmt: skip


def water_patrol_broken_headings() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("Sheet1", [5, 12, 10, 9, 12, 34, 7, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add(
        "序\n号",
        "所在\n中队",
        "岗位",
        "姓名",
        "执法\n事项",
        "排查出的\n风险点",
        "风险\n等级",
        "防控措施",
    )
    rows = [
        ("大队部", "大队长", "滕远澜", "全面工作", "非法采砂案件处罚不经集体讨论,自由裁量畸轻", "高",
         "重大案件提交局案审会集体讨论,处罚按裁量基准执行。", "leader"),
        ("大队部", "大队长", "滕远澜", "全面工作", "对说情打招呼的案件不登记、不报告", "中",
         "执行插手干预执法登记报告制度,每季度汇总报送。", "leader"),
        ("大队部", "内勤", "郁南枝", "全面工作", "执法船艇燃油、装备维修费用虚报", "中",
         "燃油按航行日志核定,维修定点并每月公开。", "general"),
        ("河道采砂监管中队", "中队长", "汲沧浪", "河道采砂", "采砂许可现场核查不实,对超范围、超时开采不制止", "高",
         "采砂现场视频监控全覆盖,核查结果拍照存档。", "middle"),
        ("河道采砂监管中队", "中队长", "汲沧浪", "河道采砂", "暂扣采砂船只、机具保管和处置不规范", "中",
         "暂扣物品清点造册、两人签字,处置经大队部集体研究。", "middle"),
        ("河道采砂监管中队", "执法队员", "索北辰", "河道采砂", "夜间巡查中向采砂业主通风报信", "高",
         "巡查时间、路线临时确定,巡查轨迹全程记录。", "general"),
        ("水资源执法中队", "中队长", "应溪桥", "取水许可、水资源费", "取水户计量设施检查走过场,少核取水量", "中",
         "计量数据远程在线监测,检查结果与在线数据比对。", "middle"),
        ("水工程保护中队", "执法队员", "甘澍之", "堤防、水库管理范围", "堤防管理范围内违章建筑巡查发现不报告", "低",
         "巡查发现问题当日录入系统,逾期未处理自动预警。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, matter, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, 2, (3,))
    _merge_down(sh, first, [(4, lambda row: row[4])])
    sh.add()
    sh.add("填表人:", None, None, "大队长签字:", None, None, "2024年7月", None)
    return _layout(
        "water_patrol_broken_headings",
        "https://slj.changzhou.gov.cn/html/czsl/2019/OCMOLDJM_0726/24699.html",
        "县水政监察大队 廉政风险点排查表 after the source's account of a 市水政监察支队's 长江河道采砂管理 执法 (采砂船舶停泊点, "
        "执法艇, 水利综合执法, 打击非法采砂): headings typed with LINE BREAKS (``序⏎号``, ``所在⏎中队``, ``执法⏎事项``, ``排查"
        "出的⏎风险点``, ``风险⏎等级``), 序号/所在中队 merged (大队部, 河道采砂监管中队, 水资源执法中队, 水工程保护中队)/岗位 "
        "and 姓名 merged per person/``执法事项`` merged per 中队 (全面工作, 河道采砂, 取水许可、水资源费, 堤防、水库管理范围)/"
        "风险点/风险等级 高/中/低/防控措施; no type column; 填表人/大队长签字/date",
        [sh], t,
    )  # fmt: skip


def art_gallery_posts_leader_column() -> dict:
    unit = f"{PLACE}美术馆"
    sh = _Sheet("清单", [6, 12, 12, 34, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "责任领导")
    rows = [
        ("馆领导", "馆长", "藏品征集对象、征集价格不经馆务会集体研究", "制度机制", "★★★",
         "征集意向、定价、决策实施经馆务会集体研究,利害关系人回避。", "县文广旅局分管领导", "leader"),
        ("馆领导", "副馆长", "展览项目委托布展单位不比选,指定关系单位", "岗位职责", "★★★",
         "布展项目三家以上比选,比选结果公示。", "馆长", "leader"),
        ("典藏部", "主任", "藏品入藏鉴定、定级把关不严,以次充好", "岗位职责", "★★★",
         "入藏鉴定由三名以上专家出具意见,鉴定意见存档。", "副馆长", "middle"),
        ("典藏部", "主任", "藏品出入库登记不全,私自借出", "制度机制", "★★",
         "藏品出入库双人登记,借展签订协议并报馆务会。", "副馆长", "middle"),
        ("展览部", "主任", "年度展览作品评审中照顾关系作者", "思想道德", "★★",
         "评审专家随机抽取,评审结果公示五个工作日。", "副馆长", "middle"),
        ("公共教育部", "活动专员", "公益美术培训活动虚报参加人数,套取活动经费", "业务流程", "★★",
         "活动签到、照片存档,经费据实结算。", "馆长", "general"),
        ("办公室", "会计", "文创产品销售收入不及时入账", "制度机制", "★",
         "销售收入当日登记,每月与销售系统对账。", "馆长", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 8)
    sh.add("填报人:", None, None, "审核人:", None, "2024年6月", None, None)
    return _layout(
        "art_gallery_posts_leader_column", "https://m.yikaow.com/yikao/68772.html",
        "县美术馆 岗位廉政风险防控清单 对岗不对人 after the source's account of a 美术馆 as a 事业单位 (保存、收集、展览和研究"
        "美术作品, 艺术教育): 序号/部门 merged (馆领导, 典藏部, 展览部, 公共教育部, 办公室)/岗位 (no names anywhere)/风险点/"
        "风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施/a last ``责任领导`` column naming a POST (馆长, 副馆长, "
        "``县文广旅局分管领导``), no name; a 注 line reading the stars; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def trade_union_joint_post() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("Sheet1", [6, 12, 18, 9, 34, 14, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "部室", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("领导班子", "党组书记、常务副主席", "宦听松", "工会经费年度预算安排和大额支出不经党组会研究",
         "制度机制风险", "高", "严格执行“三重一大”决策制度,大额支出党组会集体研究。", None, "leader"),
        ("领导班子", "党组书记、常务副主席", "宦听松", "基层工会评先评优中优亲厚友", "思想道德风险", "中",
         "评选条件公开,推荐对象公示。", None, "leader"),
        ("领导班子", "副主席", "言采薇", "困难职工帮扶资金审批把关不严", "岗位职责风险", "高",
         "帮扶对象基层工会初审、部室复核、党组会审定,名单公示。", None, "leader"),
        ("经审办", "主任", "佴秋水", "工会经费审计发现问题不报告、不督促整改", "岗位职责风险", "中",
         "审计发现问题建立台账,整改情况报经审会。", None, "middle"),
        ("权益保障部", "部长", "伍筠之", "金秋助学、送温暖对象认定不实", "业务流程风险", "中",
         "救助对象入户核实,救助名单在单位公示。", "新增", "middle"),
        ("职工服务中心", "主任", "詹霁初", "职工技能培训、疗休养承办单位确定不比选", "外部环境风险", "中",
         "承办单位三家以上比选,培训效果抽查回访。", None, "middle"),
        ("办公室", "会计", "蔚晴岚", "工会经费拨缴、返还核算不准,截留挪用", "制度机制风险", "低",
         "经费拨缴返还按季度对账,账目接受经审会审查。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, (3,))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None, None)
    return _layout(
        "trade_union_joint_post",
        "http://www.fjyigong.com/gonghui/gzdt/zzjs/2018/0605/131102.shtml",
        "县总工会 岗位廉政风险点一览表 after the source's account of a 县总工会's reform (8 部室 matching the 市总工会's, a "
        "县职工服务中心 set up, 系统工会, 劳动法律监督委员会): 序号/部室 merged (领导班子, 经审办, 权益保障部, 职工服务中心, "
        "办公室)/职务 and 姓名 merged per person — the 党组书记 who is also the 常务副主席 written in ONE cell "
        "``党组书记、常务副主席``/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``备注`` (``新增`` once); 填表人/审核人/"
        "date",
        [sh], t,
    )  # fmt: skip


def streetlight_office_dept_last() -> dict:
    unit = f"{PLACE}路灯管理所"
    sh = _Sheet("Sheet1", [6, 16, 34, 8, 34, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 7)
    sh.add("序号", "风险事项", "风险点", "风险等级", "防控措施", "责任股室", "责任人")
    rows = [
        ("工程项目管理", "路灯新建、改造工程不按规定招标,化整为零", "较高",
         "工程项目按限额招标或比选,所务会集体研究。", "所领导", "竺照夜"),
        ("工程项目管理", "工程变更、签证不经集体研究", "一般", "变更签证经所务会研究并留存纪要。", "所领导", "竺照夜"),
        ("物资采购", "灯具、电缆采购不比价,指定品牌", "较高", "物资采购三家以上比价,验收双人签字。", "所领导",
         "景澄川"),
        ("工程质量", "隐蔽工程验收不到现场,验收签字走过场", "较高", "隐蔽工程验收拍照留存,监理、施工、所方三方签字。",
         "工程股", "鄂晓岩"),
        ("工程质量", "工程结算审核不严,多计工程量", "一般", "结算送审计部门审核,结果所务会通报。", "工程股",
         "鄂晓岩"),
        ("维修养护", "路灯维修工作量虚报,旧灯具不回收登记", "一般", "维修工单拍照定位,旧件交回入库登记。", "维护股",
         "柯明烛"),
        ("维修养护", "故障报修响应中吃拿卡要", "较低", "报修电话公开,维修回访满意度。", "维护股", "柯明烛"),
        ("财务管理", "路灯电费、维修费支付审核不严", "较低", "费用支付附工单和电表读数,按月对账。", "办公室",
         "仇雪樵"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, [], SCALE[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5]), (6, lambda row: row[5:7])]
    )
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年4月", None, None)
    return _layout(
        "streetlight_office_dept_last", "https://m.sboyo.com/1/2106190.html",
        "县路灯管理所 廉政风险点及防控措施一览表 after the source's account of who buys a 县城's 路灯 (路灯管理处 执行, 采购"
        "计划, 招标, 签订合同, 验收合格后付款, 保修和巡检): NO 岗位 column — 序号/``风险事项`` merged (工程项目管理, 物资"
        "采购, 工程质量, 维修养护, 财务管理)/风险点/风险等级 in the three-step scale ``较高/一般/较低``/防控措施/then "
        "``责任股室`` (所领导, 工程股, 维护股, 办公室) and ``责任人`` LAST, merged down; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def womens_federation_two_line_title() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    r = _line(sh, f"{unit}\n岗位廉政风险防控清单", 8)
    assert r == 1
    sh.add("序号", "部室", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "韶静姝", "妇女儿童发展项目资金安排不经主席办公会集体研究", "制度机制风险", "高",
         "项目资金安排经主席办公会研究,使用情况年终公开。", "leader"),
        ("领导班子", "副主席", "鲍采蘩", "三八红旗手等评选表彰推荐把关不严", "岗位职责风险", "中",
         "推荐条件公开,推荐人选征求纪检监察机关意见后公示。", "leader"),
        ("组织宣传部", "部长", "冯荇之", "妇联干部培训经费列支不规范", "制度机制风险", "中",
         "培训计划报主席办公会审定,经费据实报销。", "middle"),
        ("妇女发展部", "部长", "黎蘅芜", "妇女创业担保贷款贴息对象审核不实", "岗位职责风险", "高",
         "贴息对象乡镇妇联初审、部室复核、人社部门审定,名单公示。", "middle"),
        ("妇女发展部", "部长", "黎蘅芜", "巾帼家政等技能培训补贴虚报参训人数", "业务流程风险", "中",
         "培训全程签到、影像留存,补贴按考核合格人数拨付。", "middle"),
        ("家儿部和权益部", "部长", "简若芷", "困境儿童、贫困母亲救助对象认定不公", "岗位职责风险", "高",
         "救助对象入户核实,救助名单公示。", "middle"),
        ("家儿部和权益部", "干事", "严书禾", "妇女信访案件处理中泄露当事人隐私", "外部环境风险", "低",
         "信访材料专人保管,查阅登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, (3,))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "womens_federation_two_line_title", "http://www.mgwomen.com.cn/Class_44/Index.aspx",
        "县妇女联合会 岗位廉政风险防控清单 after the source's 内设机构 of a 市妇联 (three 职能部: 组织宣传部, 妇女发展部, "
        "家儿部和权益部; 三八红旗手评选, 双学双比, 巾帼建功, 来信来访): ``附件1`` above a title typed on TWO LINES in one "
        "merged cell (``宿豫县妇女联合会⏎岗位廉政风险防控清单``), then 序号/部室 merged (领导班子, 组织宣传部, 妇女发展部, "
        "``家儿部和权益部``)/职务 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    car_service_numbered_lines(),
    politics_law_committee_form_line(),
    arbitration_court_two_clerks(),
    sericulture_station_two_row_header(),
    water_patrol_broken_headings(),
    art_gallery_posts_leader_column(),
    trade_union_joint_post(),
    streetlight_office_dept_last(),
    womens_federation_two_line_title(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch133-inbox"))
