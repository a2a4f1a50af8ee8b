"""A two-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县委政策研究室, a 县直属机关
工作委员会, a 县茶叶技术推广站, a 县经济责任审计中心, a 县建设工程质量监督站, a 县社会科学界联合会, a 县
电子政务中心, a 县农村公路养护中心 and a 县计量检定测试所 — each handing back its ordinary 一览表, 排查表,
清单 or 自查表 the way its staff typed it:

- the 政策研究室's 清单 对岗不对人 with NO 科室 column: the posts written whole (``综合科科长``,
  ``经济研究科科员``), 一级/二级/三级 and ``…风险`` types;
- the 机关工委's 一览表 under ``附件3`` and a ``填报单位：… | 填报时间：…`` line, its 科室 among them
  ``机关纪工委`` (the committee's own discipline office), 高/中/低;
- the 茶叶站's 排查表 with ``★★★/★★/★`` and the note under it that reads them; no type column;
- the 审计中心's 自查表 one sheet a person (tabs the names), ``姓名 | … | 职务 | …`` and ``所在科室 | …``
  above the table, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 质量监督站's 一览表 with a two-row header: ``风险评估`` over ``发生可能性 | 影响程度 | 风险等级``,
  all three holding 高/中/低 and disagreeing on some rows (the 风险等级 is the level);
- the 社科联's 清单 对岗不对人 with a ``部室`` column (秘书处, 学会部, 社科普及部), ``高风险/中风险/低风险``,
  ``…风险`` types, a ``说明`` under it;
- the 农村公路养护中心's 一览表 with 一级/二级/三级 under ``风险程度`` and no type column;
- the 计量所's 排查表 under a line ``单位：…　　填表人：…　　填表日期：…`` in one merged cell.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``egov_center_ab_roles``: the 电子政务中心's 一览表 of a unit that runs the AB角 (A/B post) system: beside
  the 岗位 a ``岗位责任人（A角）`` column and a ``替岗人员（B角）`` column, both full of names; the B角
  names the colleague who stands in during absence, who is often the A角 of another row. The holder is
  the A角; the B角 is no holder of that post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (how a 政策研究室 divides its work;
a 县's notice on 党费收缴 to 县直各单位党组织; a 县's 生态茶园 and its 无性系茶树 育苗 subsidies; the
年度经济责任审计 集中进点; 风险等级评价; a 市社科联's tasks and its 秘书处、学会部; a 县's 电子政务外网
督查 naming the 县电子政务中心; a 县's 农村公路管理养护 (养护员, 管养办); 计量 免费减费 检定 of 血压计,
电子计价秤) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented; every unit is a body of 垫江县.

Run ``python tests/published/score.py --set batch201`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- under ``岗位责任人（A角）| 替岗人员（B角）`` the A角 is the holder; the B角 is not;
- ``风险评估`` over ``发生可能性 | 影响程度 | 风险等级``: the 风险等级 is the level, the other two are no level;
- ``机关纪工委`` in the 科室 column of the 机关工委's list is a 科室 of that 工委, not another unit;
- a list without a 科室 column keeps each post as written (``综合科科长``), its department "";
- 主任/副主任 of a 中心 or the 研究室, 书记/副书记 of the 工委, 站长/副站长, 所长/副所长, 主席/副主席 of the
  社科联 are leaders; 科长, 股长, 室主任, 办公室主任, 部长, 处长 of the 社科联's 秘书处 and the 机关纪工委's
  书记 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b201_"
PLACE = "垫江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(first_col: int, last_col: int):
    return lambda row: tuple(row[first_col : last_col + 1])


# --------------------------------------------------------------------------- harder layout


def egov_center_ab_roles() -> dict:
    unit = f"{PLACE}电子政务中心"
    sh = _Sheet("一览表", [6, 12, 10, 12, 12, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "岗位责任人（A角）", "替岗人员（B角）", "风险点", "风险类型", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("中心领导", "主任", "冼峻岭", "麦若溪", "政务外网建设项目不经集体研究确定承建单位", "制度机制", "高",
         "项目按规定采购,承建单位经主任办公会集体研究,结果公示。", "leader"),
        ("中心领导", "主任", "冼峻岭", "麦若溪", "信息化项目验收把关不严,为承建单位通过验收", "岗位职责", "中",
         "验收邀请第三方测评机构参加,验收意见集体签署。", "leader"),
        ("中心领导", "副主任", "麦若溪", "冼峻岭", "运维服务外包考核走过场,照付服务费", "岗位职责", "中",
         "运维考核细则公开,考核结果与服务费支付挂钩。", "leader"),
        ("网络运维科", "科长", "贲星野", "佘晚舟", "接入单位线路开通插队办理,收受好处", "思想道德", "中",
         "线路开通按受理顺序办理,办理情况每月通报。", "middle"),
        ("网络运维科", "运维员", "佘晚舟", "贲星野", "机房设备维修配件虚报冒领", "业务流程", "低",
         "配件领用登记,旧件交回核销。", "general"),
        ("安全管理科", "科长", "晏秋白", "弓予安", "等级保护测评机构指定,与测评机构串通", "外部环境", "高",
         "测评机构比选确定,测评报告报中心集体审核。", "middle"),
        ("安全管理科", "科员", "弓予安", "晏秋白", "利用系统管理权限泄露、倒卖政务数据", "岗位职责", "高",
         "管理账号实名、最小授权,操作日志每周审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, a_role, b_role, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, a_role, b_role, point, typ, lv, measures)
        t.point(sh.name, dept, post, a_role, tier, point, types_in(typ), HML[lv])
    per_person = _per_person(1, 4)
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    _line(sh, "注：本中心实行AB角工作制度，A角外出或请假时由B角替岗办理。", 9)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None, None)
    return _layout(
        "egov_center_ab_roles", "http://e-gov.org.cn/article-175518.html",
        "(harder) 县电子政务中心 岗位廉政风险防控一览表, after the source's report of a 县's 电子政务外网 专项督查 (the 县"
        "电子政务中心, 等级保护定级、备案、测评, 线路运营商): 序号/科室 merged (中心领导, 网络运维科, 安全管理科)/岗位 "
        "and TWO name columns merged per person — ``岗位责任人（A角）`` and ``替岗人员（B角）``, the B角 of each row "
        "the colleague who stands in (主任 冼峻岭's B角 is 副主任 麦若溪, and hers is 冼峻岭; each 科长 and his 科员 "
        "each other's B角)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a note under it ``注：本中心实行"
        "AB角工作制度…``; 填表人/审核人/date. The holder is the A角",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def policy_research_posts() -> dict:
    unit = f"中共{PLACE}委政策研究室"
    sh = _Sheet("Sheet1", [6, 16, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "重点课题调研经费安排不经室务会研究", "制度机制风险", "一级",
         "调研经费安排经室务会集体研究,使用情况年底公开。", "leader"),
        ("主任", "委托第三方开展课题研究时指定合作机构", "岗位职责风险", "一级",
         "委托研究按规定比选,合作机构和经费在室内公示。", "leader"),
        ("副主任", "调研报告采用他人成果不注明,评优中优亲厚友", "思想道德风险", "三级",
         "调研成果实行署名登记,评优结果集体评定并公示。", "leader"),
        ("综合科科长", "文件起草中泄露尚未公开的政策内容", "岗位职责风险", "二级",
         "文稿实行涉密登记,起草人员签订保密承诺。", "middle"),
        ("综合科科长", "会议、培训费用报销审核不严", "业务流程风险", "二级", "费用报销附会议通知、签到表,三级审核。",
         "middle"),
        ("经济研究科科员", "调研中接受被调研企业宴请、礼品", "外部环境风险", "三级",
         "调研行程报备,严禁接受宴请和礼品。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年9月", None)
    return _layout(
        "policy_research_posts", "https://top.drbdp.com/2-943572.html",
        "县委政策研究室 岗位廉政风险防控清单 对岗不对人, after the source's account of how a 政策研究室 divides its work "
        "(研究规划, 资料收集, 政策评估, 撰写研究报告, 跨部门合作): NO 科室 column — 序号/岗位 merged, the posts written "
        "whole (主任, 副主任, ``综合科科长``, ``经济研究科科员``)/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; "
        "no names anywhere; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def organs_committee_list() -> dict:
    unit = f"中共{PLACE}直属机关工作委员会"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("工委领导", "书记", "敖砚深", "机关党建经费分配不经集体研究", "制度机制", "高",
         "党建经费分配方案经工委会研究,下达情况公开。", "leader"),
        ("工委领导", "副书记", "澹台雨霏", "评选先进基层党组织、优秀党员中优亲厚友", "思想道德", "中",
         "评选条件公开,推荐对象公示五个工作日。", "leader"),
        ("办公室", "主任", "豆芷汀", "党费收缴台账与上缴凭证不符,截留党费", "业务流程", "高",
         "党费专户管理,每季度核对收缴台账和银行凭证。", "middle"),
        ("组织宣传科", "科长", "昝映雪", "发展党员材料审核把关不严", "岗位职责", "中",
         "发展党员材料逐级预审,结果备案。", "middle"),
        ("组织宣传科", "科员", "嵇柘舟", "党员教育培训人数、课时虚报", "岗位职责", "低",
         "培训签到、照片存档,经费据实列支。", "general"),
        ("机关纪工委", "书记", "宿穆清", "对县直机关党员违纪线索压案不查", "岗位职责", "高",
         "线索集体排查,处置情况报工委会备案。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "organs_committee_list", "https://gwyoo.com/article/lidaojianhua/btts/200809/133471.html",
        "县直属机关工作委员会 岗位廉政风险防控一览表, after the source's notice on 党费收缴 to 镇乡党委 and 县直各单位党组织 "
        "(党费推算表, 统一收款收据, 上交县委组织部党费账户): ``附件3``, the title, a ``填报单位：… | 填报时间：…`` line; "
        "序号/科室 merged (工委领导, 办公室, 组织宣传科, ``机关纪工委``)/职务 and 姓名 merged per person (the compound "
        "surname ``澹台雨霏``)/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def tea_station_stars() -> dict:
    unit = f"{PLACE}茶叶技术推广站"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芮溪桥", "无性系茶苗补助对象和面积确定不经集体研究", "★★★",
         "补助对象和面积经站务会研究,在村务公开栏公示。", "leader"),
        ("站领导", "副站长", "劳青禾", "低产茶园改造验收把关不严,虚报改造面积", "★★★",
         "验收实地丈量,乡镇、村、业主三方签字。", "leader"),
        ("技术推广股", "股长", "沃雨眠", "茶叶加工机械补助申报材料审核不严", "★★",
         "购机发票、实物照片双审核,补助名单公示。", "middle"),
        ("技术推广股", "股长", "沃雨眠", "技术培训班虚报培训人数套取经费", "★★", "培训签到、影像资料存档,经费据实报销。",
         "middle"),
        ("技术推广股", "技术员", "庾栖梧", "茶苗采购中收受育苗户好处", "★★", "茶苗采购比质比价,验收两人以上签字。",
         "general"),
        ("质量检测室", "检测员", "蒙汐岚", "茶叶农残检测数据弄虚作假", "★", "检测样品编码盲检,数据随机复检。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 7)
    sh.add("填表人:", None, None, "站长签字:", None, "2024年8月", None)
    return _layout(
        "tea_station_stars", "http://m.guniangcha.com/rd/276159.html",
        "县茶叶技术推广站 廉政风险点排查表, after the source's account of a 县's 生态茶园 (无性系茶树育苗, 新建茶园, 茶叶"
        "加工厂, 技术培训 of 茶农, 涉农资金整合): 序号/股室 merged (站领导, 技术推广股, 质量检测室)/岗位 and 姓名 merged "
        "per person/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged note ``注：★★★表示高风险，★★"
        "表示中风险，★表示低风险。`` under the table; 填表人/站长签字/date",
        [sh], t,
    )  # fmt: skip


def audit_center_sheets() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    people = [
        ("禄明澈", "中心领导", "主任", "leader", [
            ("年度经济责任审计项目安排受人情干扰", "思想道德", "Ⅰ级", "审计项目计划经联席会议研究确定,按计划实施。"),
            ("审计发现问题定性处理不经集体审理", "制度机制", "Ⅰ级", "审计报告和处理意见经审理会集体审定。"),
        ]),
        ("粟晚晴", "审计一科", "科长", "middle", [
            ("审计中对被审计领导干部的问题避重就轻", "岗位职责", "Ⅰ级", "审计组长负责制,复核人员逐项复核底稿。"),
            ("审计期间接受被审计单位宴请", "外部环境", "Ⅱ级", "进点时公开审计纪律和监督电话。"),
        ]),
        ("苍若渊", "审计二科", "审计员", "general", [
            ("审计取证不全,底稿与事实不符", "业务流程", "Ⅱ级", "取证材料由被审计单位签字确认,底稿两级复核。"),
            ("泄露审计中掌握的被审计单位信息", "岗位职责", "Ⅲ级", "审计资料专人保管,签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("所在科室", dept, "自查时间", "2024年7月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签字:", None, None, "中心主任签字:", None)
        sheets.append(sh)
    return _layout(
        "audit_center_sheets", "http://js.people.com.cn/n2/2021/0529/c360301-34750802.html",
        "县经济责任审计中心 岗位廉政风险自查表 one sheet a person (tabs the names 禄明澈, 粟晚晴, 苍若渊), after the "
        "source's account of a 区's 年度经济责任审计 集中进点 (任中审计, 离任审计, 审计项目说明, 被审计单位表态): each sheet "
        "the title, then ``姓名 | … | 职务 | …`` and ``所在科室 | … | 自查时间 | …`` above 序号/风险点/风险类型 (short "
        "names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; ``本人签字: | 中心主任签字:`` under it",
        sheets, t,
    )  # fmt: skip


def quality_station_assessment() -> dict:
    unit = f"{PLACE}建设工程质量监督站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 10, 9, 9, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    top = sh.add(
        "序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险评估", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, None, "发生可能性", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 6, top, 8)
    rows = [
        ("站领导", "站长", "裘柘川", "对质量监督中发现的重大问题不依法处理", "岗位职责", "中", "高", "高",
         "重大质量问题处理经站务会研究,结果报住建委备案。", "leader"),
        ("站领导", "副站长", "尉迟岫云", "竣工验收监督中为不合格工程放行", "岗位职责", "低", "高", "高",
         "验收监督两人以上到场,监督意见集体审核。", "leader"),
        ("监督一科", "科长", "汲沐言", "质量监督抽查选点受施工单位左右", "外部环境", "中", "中", "中",
         "抽查点位随机确定,抽查记录拍照存档。", "middle"),
        ("监督一科", "监督员", "寇清芷", "收受施工单位好处,隐瞒质量隐患", "思想道德", "中", "高", "中",
         "监督员定期轮换项目,廉政回访施工单位。", "general"),
        ("检测室", "主任", "仝知秋", "见证取样检测结果篡改", "业务流程", "低", "高", "中",
         "检测数据系统自动上传,异常数据复检。", "middle"),
        ("检测室", "主任", "仝知秋", "检测设备采购指定品牌", "制度机制", "低", "中", "低",
         "设备采购按政府采购程序,参数经集体论证。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, odds, harm, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, odds, harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, "2024年6月", None)
    return _layout(
        "quality_station_assessment", "http://www.doczj.com/topic/20646988/",
        "县建设工程质量监督站 岗位廉政风险防控一览表, after the source's 风险等级评价 (likelihood and consequence giving "
        "the grade): a TWO-ROW header — 序号/科室/岗位/姓名/风险点/风险类型/防控措施 merged down over both rows, and "
        "``风险评估`` merged over ``发生可能性 | 影响程度 | 风险等级``, all three columns holding 高/中/低 and "
        "disagreeing on most rows (the 风险等级 the level); 科室 merged (站领导, 监督一科, 检测室)/岗位 and 姓名 merged per "
        "person (the compound surname ``尉迟岫云``); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def social_science_posts() -> dict:
    unit = f"{PLACE}社会科学界联合会"
    sh = _Sheet("清单", [6, 14, 12, 34, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "社科优秀成果评奖中干预评审结果", "岗位职责风险", "高风险",
         "评审专家随机抽取,评审结果经主席会议审定并公示。", "leader"),
        ("领导班子", "专职副主席", "社科课题立项和经费分配优亲厚友", "制度机制风险", "中风险",
         "立项评审实行匿名评审,经费分配公开。", "leader"),
        ("秘书处", "处长", "办公经费、会议费超标准列支", "制度机制风险", "中风险", "经费支出先审批后列支,按季公开。",
         "middle"),
        ("秘书处", "会计", "课题经费报账凭证审核不严", "业务流程风险", "中风险", "报账凭证三级审核,课题经费专账核算。",
         "general"),
        ("学会部", "部长", "社科类社团年检把关不严,收受社团好处", "外部环境风险", "高风险",
         "年检材料两人审核,年检结果公示。", "middle"),
        ("社科普及部", "干事", "社科普及活动经费虚报", "思想道德风险", "低风险", "活动影像、签到存档,经费据实报销。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明：风险等级按发生几率和危害程度分为高风险、中风险、低风险三级。", 7)
    sh.add("填报人:", None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "social_science_posts",
        "https://newton.com.tw/wiki/%E5%AE%9C%E6%98%8C%E5%B8%82%E7%A4%BE%E6%9C%83%E7%A7%91%E5%AD%B8%E7%95%8C%E8%81%AF%E5%90%88%E6%9C%83/2413325",
        "县社会科学界联合会 岗位廉政风险防控清单 对岗不对人, after the source's tasks of a 市社科联 (调查研究, 管理指导社科"
        "类社团, 社会科学优秀成果评奖, 会刊; its 秘书处、学会部、社科所): 序号/``部室`` merged (领导班子, 秘书处, 学会部, "
        "社科普及部)/岗位 (主席, 专职副主席, 处长, 会计, 部长, 干事; no names)/风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a merged ``说明：…`` under it; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def rural_road_center() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险程度", "防控措施")
    rows = [
        ("中心领导", "主任", "阙朝岚", "农村公路养护工程发包不经集体研究", "一级",
         "养护工程按规定招标或比选,中心班子集体研究。", "leader"),
        ("中心领导", "主任", "阙朝岚", "乡镇养护考核结果受人情干扰", "二级", "考核细则公开,考核结果通报各乡镇。", "leader"),
        ("养护管理科", "科长", "暨思远", "养护工程计量签证虚增工程量", "一级", "计量签证现场核量,监理、施工、中心三方签字。",
         "middle"),
        ("养护管理科", "技术员", "乐正清河", "村道养护员考勤核定不实", "三级", "养护员考勤由乡镇管养办核实,按月公示。",
         "general"),
        ("路政股", "股长", "井沛然", "超限运输车辆查处降格处理", "二级", "处罚按裁量基准执行,处罚决定法制审核。",
         "middle"),
        ("财务室", "会计", "融晓棠", "养护补助资金拨付与考核结果不符", "二级", "补助资金凭考核结果拨付,拨付明细公开。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "2024年5月", None)
    return _layout(
        "rural_road_center", "https://www.fanwen9.com/gongzuozongjie/443736.html",
        "县农村公路养护中心 岗位廉政风险防控一览表, after the source's 农村公路工作总结 (管理养护办法, 乡村公路考核, 县管养办, "
        "乡镇管养办, 养护员 每2公里一名): 序号/科室 merged (中心领导, 养护管理科, 路政股, 财务室)/岗位 and 姓名 merged per "
        "person (the compound surname ``乐正清河``)/``廉政风险点``/级别 under ``风险程度`` 一级/二级/三级/防控措施; no "
        "type column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def metrology_institute_line() -> dict:
    unit = f"{PLACE}计量检定测试所"
    sh = _Sheet("排查表", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"单位：{unit}{GAP}{GAP}填表人：权若汐{GAP}{GAP}填表日期：2024年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "党晏如", "计量检定收费减免审批随意", "制度机制风险", "高",
         "减免对象和标准公开,减免审批所务会集体研究。", "leader"),
        ("所领导", "副所长", "容栖迟", "计量标准装置采购验收不严", "岗位职责风险", "中",
         "采购三家以上比价,验收由检定、财务人员共同参加。", "leader"),
        ("检定室", "主任", "巫马沅芷", "强制检定周期安排中为关系企业插队", "岗位职责风险", "中",
         "检定按受理顺序安排,检定计划每月公开。", "middle"),
        ("检定室", "检定员", "井栎川", "不到现场检定即出具检定证书", "思想道德风险", "高",
         "现场检定定位拍照,证书与原始记录逐一比对。", "general"),
        ("业务室", "收费员", "权若汐", "检定费收取不开票、不入账", "业务流程风险", "中", "收费系统开票,日清日结。",
         "general"),
        ("业务室", "收费员", "权若汐", "集贸市场免费检定对象登记不实", "外部环境风险", "低",
         "免费检定对象登记造册,市场管理方签字确认。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, None, None, None, None, None)
    return _layout(
        "metrology_institute_line", "http://pt.fjsen.com/xw/2012-11/30/content_9978279.htm",
        "县计量检定测试所 廉政风险点排查表, after the source's report of 计量 免费减费 检定 (村卫生所 血压计, 集贸市场 电子"
        "计价秤, 检定费 按标准的70%征收): the title, then ONE merged line ``单位：垫江县计量检定测试所　　填表人：权若汐"
        "　　填表日期：2024年9月`` (the 填表人 also a 收费员 in the table) over 序号/科室 merged (所领导, 检定室, 业务室)/岗位 "
        "and 姓名 merged per person (the compound surname ``巫马沅芷``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控"
        "措施; 所长签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    egov_center_ab_roles(),
    policy_research_posts(),
    organs_committee_list(),
    tea_station_stars(),
    audit_center_sheets(),
    quality_station_assessment(),
    social_science_posts(),
    rural_road_center(),
    metrology_institute_line(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch201-inbox"))
