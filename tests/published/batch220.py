"""A two-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 区精神卫生中心, a 区结核病防治所, a 区种子管理站, the 区直属机关工作委员会, a 区城市建设投资
公司, a 区开放大学, a 区救助管理站, a 区墙体材料改革办公室 and a 区青少年宫 — each handing back its
ordinary 一览表, 排查表, 清单 or 防控卡 as its staff typed it (no re-saved copies this time):

- a 精神卫生中心 一览表 with a ``科室负责人`` column merged per 科室 (the 科室's head, who also has his
  own row) BESIDE the 岗位 and 姓名 columns; 院领导's 科室负责人 cell ``/``;
- a 结核病防治所 排查表 whose risk is assessed in THREE columns ``发生可能性 | 危害程度 | 风险等级``,
  all three filled with 高/中/低 and disagreeing on most rows; the level is the ``风险等级`` (a note
  under the table says it is the two judged together) — a shape the README does not describe;
- the 直属机关工委's 职权事项 一览表: ``职权事项 | 廉政风险点 | 风险等级 | 防控措施`` FIRST and the
  ``责任科室 | 责任岗位 | 责任人`` columns at the right end, levels ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 城投公司's 清单 对岗不对人 as companies keep them, ``岗位类别 | 风险名称 | 风险描述 | 防控措施 |
  监测指标 | 风险等级`` (岗位类别 merged; 风险描述 and 防控措施 numbered ``1.1…`` within the cell);
- a 开放大学 一览表 whose ``风险类别`` column holds the college's own DOMAIN categories
  (``选人用人风险``, ``招生考试风险``, ``印信管理风险`` …), none of the five types;
- a 救助管理站 防控卡 per sheet, the tabs named by post or 科室, ``姓名 | … | 科室 | … | 职务 | …`` in
  pairs above each table;
- a 墙改办 一览表 under a two-row header (``风险识别`` over ``风险点 | 风险类型``, ``风险评估`` over
  ``风险等级``; 序号/科室/岗位/姓名/防控措施 merged down the two rows);
- a 青少年宫 排查表 with no 科室 column (``培训部主任``, ``办公室主任`` as written) whose 兼职培训教师
  row names ``共15人`` under 姓名.

One is harder:

- ``seed_station_holders_below``: a 种子管理站's 清单 对岗不对人 (no 科室 column, no 姓名 column) UNDER
  which one merged line names who holds each post — ``在岗人员：站长　蒉东篱；副站长　冼若鸿；…`` —
  the list README knows ABOVE a table, here below it and in one line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 重性精神病人 management, a city's
结核病防治专项经费, a check of 救灾备荒储备种子, a 市直机关工委's 职责, a 国资委 调研 of a 建设 集团's
投融资 and 工程, an 开放大学's 地方分部 and 学习中心, a paper on 流浪乞讨救助, a 新型墙体材料专项基金
rule, a report on 少年宫 收费培训 and 场地出租) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented; every unit is a body of 江北区.

Run ``python tests/published/score.py --set batch220`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``科室负责人`` column beside a 姓名 column is the 科室's head, no holder of the rows it spans;
- of ``发生可能性 | 危害程度 | 风险等级`` the level is ``风险等级``;
- a line under a 对岗不对人 list naming ``站长　蒉东篱`` gives each post its holder, as a list above;
- a 岗位类别 (``领导班子成员``, ``工程管理岗位``) with no other post column is the post, as written;
- ``选人用人风险`` and the like under ``风险类别`` are no type: the points have none;
- ``共15人`` under 姓名 is no holder;
- 院长/副院长, 所长, 站长/副站长, 书记/副书记, 校长/副校长, 主任/副主任 of the unit and 领导班子成员
  are leaders; 科长, 处长 of a college's 处, 部门主任 and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b220_"
PLACE = "江北区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def seed_station_holders_below() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("清单", [6, 12, 26, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    posts = [
        ("站长", "蒉东篱", "leader", "主持全站工作,负责种子储备和种子基地项目管理", [
            ("救灾备荒储备种子承储单位确定不经集体研究", "一级",
             "承储单位经站务会集体研究确定,承储合同报农业农村局备案。"),
            ("种子生产基地项目资金拨付审核不严", "一级", "项目资金凭验收报告拨付,拨付情况公示。"),
        ]),
        ("副站长", "冼若鸿", "leader", "分管种子经营备案和品种管理", [
            ("种子经营备案审查把关不严,为不具备条件的门店备案", "二级",
             "备案材料网上核验,备案结果每月公开。"),
        ]),
        ("种子检验员", "晏南枝", "general", "负责种子质量抽样检验", [
            ("种子质量检验数据弄虚作假,出具虚假检验报告", "一级",
             "样品编号盲检,检验报告两人复核签字。"),
        ]),
        ("市场监管员", "宦叶舟", "general", "负责种子市场巡查", [
            ("市场检查中对套牌侵权行为降格处理", "二级", "检查两人以上,处理意见报站务会研究。"),
            ("接受经营门店宴请,泄露抽查安排", "三级", "抽查对象随机确定,检查前不通知。"),
        ]),
        ("储备库保管员", "甄澹如", "general", "负责储备种子仓储保管", [
            ("储备种子出入库数量登记不实,以陈充新", "二级",
             "出入库双人登记,每季度账实盘点并报站长。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    holders = "；".join(f"{post}{GAP}{who}" for post, who, *_ in posts)
    _line(sh, f"在岗人员：{holders}。", 6)
    sh.add("填表人:", None, "审核人:", None, "2024年10月", None)
    return _layout(
        "seed_station_holders_below", "http://kmdo.cn/htm/201810/9_654.htm",
        "(harder) 区种子管理站 岗位廉政风险防控清单 对岗不对人, after the source's check of a 种子管理站's 救灾备荒储备"
        "种子 (承储单位, 仓库保管, 质量检验, 种子实物台帐, 专款专用): 序号/岗位/岗位职责 (the two merged per post)/风险点/"
        "风险等级 一级/二级/三级/防控措施, NO 科室 column, NO 姓名 column; UNDER the table one merged line "
        "``在岗人员：站长　蒉东篱；副站长　冼若鸿；种子检验员　晏南枝；市场监管员　宦叶舟；储备库保管员　甄澹如。`` that "
        "names each post's holder (post, a full-width space, the name); no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mental_health_dept_head_column() -> dict:
    unit = f"{PLACE}精神卫生中心"
    sh = _Sheet("Sheet1", [6, 10, 10, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "科室", "科室负责人", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("院领导", "/", "院长", "缪羡之", "药品、医用耗材采购不经集体研究,指定供应商", "制度机制", "高",
         "药品耗材按集中采购目录采购,目录外采购经院务会集体研究。", "leader"),
        ("院领导", "/", "院长", "缪羡之", "精神科病房扩建工程中插手施工单位选定", "岗位职责", "高",
         "工程项目按规定公开招标,院领导不参与评标。", "leader"),
        ("院领导", "/", "副院长", "庾青禾", "医疗设备验收把关不严,以次充好", "业务流程", "中",
         "设备验收由使用科室、设备科、纪检三方参加。", "leader"),
        ("医务科", "嵇晗川", "科长", "嵇晗川", "非自愿住院医疗审批把关不严,违规收治或放出患者", "岗位职责", "高",
         "住院、出院由两名精神科执业医师诊断评估,科长审签。", "middle"),
        ("医务科", "嵇晗川", "干事", "逄雨眠", "严重精神障碍患者管理补助发放对象核实不实", "业务流程", "中",
         "补助对象与社区随访名单比对,按季公示。", "general"),
        ("药剂科", "麴向晚", "科长", "麴向晚", "精神类药品出入库管理不严,账物不符", "制度机制", "高",
         "精神类药品专柜双锁、专册登记,每日清点。", "middle"),
        ("药剂科", "麴向晚", "药剂师", "殳见微", "接受药品供应商回扣,多开多用特定药品", "思想道德", "中",
         "处方点评每月一次,异常用量预警。", "general"),
        ("总务科", "宦临川", "科长", "宦临川", "后勤物资采购不比价,收受供应商好处", "外部环境", "中",
         "物资采购三家以上比价,结果公示。", "middle"),
        ("总务科", "宦临川", "会计", "邬听澜", "患者住院费用减免审核不严", "制度机制", "低",
         "减免按规定标准办理,经科长、分管院长两级审批。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, head, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, head, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_dept = lambda row: row[1]  # noqa: E731
    per_person = lambda row: (row[1], row[3], row[4])  # noqa: E731
    _merge_down(sh, first, [(1, per_dept), (2, per_dept), (3, per_person), (4, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年9月", None, None)
    return _layout(
        "mental_health_dept_head_column", "https://www.jxxfw.com/periodical/1d9466e90af7d89b0e7c60ee3fc3e82a.html",
        "区精神卫生中心 岗位廉政风险点一览表 after the source's account of a 县's 重性精神病人 management (纳入基本公共卫生服务, "
        "健康档案, 定期访视, the 精神卫生 hospital): 序号/科室 merged (院领导, 医务科, 药剂科, 总务科)/a ``科室负责人`` column "
        "merged per 科室 (``/`` for 院领导; each head also has his own row as 科长)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def tb_clinic_likelihood_columns() -> dict:
    unit = f"{PLACE}结核病防治所"
    sh = _Sheet("排查表", [6, 10, 9, 9, 32, 10, 8, 8, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 10)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "发生可能性", "危害程度", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("所领导", "所长", "阙霁川", "抗结核药品和检测试剂采购不经集体研究", "制度机制", "中", "高", "高",
         "采购事项经所务会集体研究,按政府采购程序实施。", "leader"),
        ("所领导", "所长", "阙霁川", "结核病防治专项经费安排不公开", "岗位职责", "低", "高", "中",
         "专项经费安排方案在所内公开,年终审计。", "leader"),
        ("门诊部", "主任", "甄漱玉", "为不符合条件的患者出具免费治疗证明", "岗位职责", "中", "中", "中",
         "免费治疗对象按政策目录审核,证明两人签字。", "middle"),
        ("门诊部", "医师", "羿南乔", "向患者推荐自费药品,收受药品回扣", "思想道德", "高", "中", "高",
         "自费药品使用须患者书面同意,处方每月点评。", "general"),
        ("检验科", "科长", "隋砚舟", "痰检、耐药检测结果弄虚作假", "业务流程", "低", "高", "中",
         "检测结果双人复核,质控样品盲检。", "middle"),
        ("防治管理科", "科长", "禤清晏", "患者督导管理经费虚报冒领", "制度机制", "中", "低", "低",
         "督导记录与随访系统比对,经费按月核发。", "middle"),
        ("防治管理科", "科员", "鄂知秋", "密切接触者筛查人数虚报", "业务流程", "低", "低", "低",
         "筛查名单与检测记录逐一核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, p, i, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, p, i, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级由发生可能性和危害程度综合评定，分高、中、低三级。", 10)
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年8月", None, None)
    return _layout(
        "tb_clinic_likelihood_columns", "http://news.big5.enorth.com.cn/system/2013/01/12/010515461.shtml",
        "区结核病防治所 廉政风险点排查表 after the source's news of a city's 结核病防治专项经费 (病人诊断, 免费治疗和随访检查, 报病管理补助, 疫情追踪): "
        "序号/科室 merged (所领导, 门诊部, 检验科, 防治管理科)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/THREE assessment columns ``发生可能性 | 危害程度 | 风险等级``, each 高/中/低, the 风险等级 differing "
        "from one or both of the others on most rows/防控措施; a merged note under it ``注：风险等级由发生可能性和危害"
        "程度综合评定，分高、中、低三级。``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def organ_committee_post_at_right() -> dict:
    unit = f"中共{PLACE}直属机关工作委员会"
    sh = _Sheet("一览表", [6, 16, 32, 8, 32, 10, 10, 9])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}职权事项廉政风险防控一览表", 8)
    sh.add(
        "序号", "职权事项", "廉政风险点", "风险等级", "防控措施", "责任科室", "责任岗位", "责任人"
    )
    rows = [
        ("工委经费管理", "工委经费预算安排不经集体研究", "Ⅱ级", "经费预算经工委会议集体研究,执行情况年终通报。",
         "委领导", "书记", "谯暮汐", "leader"),
        ("机关纪检工作", "对反映机关干部的问题线索压案不查", "Ⅰ级", "问题线索统一登记,集体排查,定期清理。",
         "委领导", "副书记", "赫连澹月", "leader"),
        ("发展党员审核", "发展对象审核把关不严,违规发展党员", "Ⅰ级", "发展党员材料逐级预审,结果公示。",
         "组织科", "科长", "衡闻笙", "middle"),
        ("机关党组织换届指导", "换届选举中打招呼、拉票", "Ⅱ级", "换届方案报工委审批,选举全程监督。",
         "组织科", "科长", "衡闻笙", "middle"),
        ("评先评优", "先进基层党组织、优秀党员评选中优亲厚友", "Ⅱ级", "评选标准公开,推荐对象公示。",
         "宣传科", "科长", "霍檀生", "middle"),
        ("党费收缴使用", "党费使用审批不严,挤占挪用党费", "Ⅰ级", "党费专户管理,使用经工委会议研究。",
         "办公室", "主任", "蓬以宁", "middle"),
        ("困难党员帮扶", "帮扶对象确定不实,帮扶资金发放不到位", "Ⅲ级", "帮扶对象由基层党组织推荐并公示。",
         "办公室", "会计", "晁若川", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, dept, post, who, tier) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[5:8]  # noqa: E731
    _merge_down(sh, first, [(5, lambda row: row[5]), (6, per_person), (7, per_person)])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报日期：2024年7月", None, None, None)
    return _layout(
        "organ_committee_post_at_right", "http://zhishi.592360.com/shenghuo/1/279940.html",
        "区直属机关工委 职权事项廉政风险防控一览表 after the source's list of a 市直机关工委's 职责 (机关党建 督促检查, "
        "审批 换届选举 and 发展的党员, 管理 党费, 党务干部 培训), each a 职权事项 of the table: ``附件`` and the title, then "
        "序号/``职权事项``/``廉政风险点``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 FIRST and ``责任科室`` (merged; 委领导, "
        "组织科, 宣传科, 办公室)/``责任岗位``/``责任人`` (merged per person; the compound surname 赫连) at the RIGHT "
        "end; no type column; ``填报单位(盖章):``/date",
        [sh], t,
    )  # fmt: skip


def city_investment_monitoring_indicator() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("Sheet1", [6, 10, 20, 36, 36, 16, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 7)
    sh.add("序号", "岗位类别", "风险名称", "风险描述", "防控措施", "监测指标", "风险等级")
    groups = [
        ("领导班子成员", "leader", [
            ("重大投资项目决策不经集体研究", "{n}.1项目立项论证不充分。\n{n}.2未按“三重一大”程序上会。",
             "{n}.1重大投资项目经董事会集体研究。\n{n}.2会议纪要存档备查。", "集体研究事项数", "高"),
            ("违规干预工程招标", "{n}.1为特定单位打招呼。\n{n}.2授意设置倾向性条件。",
             "{n}.1领导干部插手工程登记报告。\n{n}.2招标全程纪检监督。", "插手干预登记次数", "高"),
        ]),
        ("工程管理岗位", "general", [
            ("工程变更签证把关不严", "{n}.1虚增工程量。\n{n}.2变更未经审批先实施。",
             "{n}.1变更签证分级审批。\n{n}.2大额变更送审计复核。", "变更次数及金额", "高"),
            ("隐蔽工程验收走过场", "{n}.1验收记录补签。\n{n}.2不到现场验收。",
             "{n}.1隐蔽工程验收影像留存。\n{n}.2监理、施工、建设三方签字。", "验收影像留存率", "中"),
        ]),
        ("招标采购岗位", "general", [
            ("招标文件设置倾向性条款", "{n}.1资格条件量身定制。\n{n}.2评分标准明显偏向。",
             "{n}.1招标文件经法务审核。\n{n}.2招标文件公示征求意见。", "投诉质疑次数", "高"),
            ("供应商入库审核不严", "{n}.1入库资料不全即入库。\n{n}.2关联企业重复入库。",
             "{n}.1入库资料两人审核。\n{n}.2供应商关联关系核查。", "入库退回率", "中"),
        ]),
        ("财务岗位", "general", [
            ("资金支付审核不严", "{n}.1无合同、无验收即付款。\n{n}.2超进度付款。",
             "{n}.1支付凭合同、验收单、发票三单。\n{n}.2支付审批分级授权。", "超进度支付笔数", "中"),
            ("融资费用支付不规范", "{n}.1融资中介费用未经审批。\n{n}.2费用标准不公开。",
             "{n}.1融资费用经总经理办公会审定。\n{n}.2费用标准内部公开。", "融资费用率", "低"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in groups:
        for point, desc, measures, indicator, lv in points:
            n += 1
            sh.add(n, post, point, desc.format(n=n), measures.format(n=n), indicator, lv)
            t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报部门(盖章):", None, None, "填报人:", None, "2024年11月", None)
    return _layout(
        "city_investment_monitoring_indicator", "http://fptna.com/zhaobiao/800.html",
        "区城市建设投资有限公司 岗位廉洁风险防控清单 对岗不对人 after the source's 国资委 调研 of a city's 建设 集团 (投融资管理, "
        "自主投资 and 重点项目建设, 评审专家库, 廉政建设 in 投资和工程建设), the table the kind companies keep: ``序号 | 岗位类别 | "
        "风险名称 | 风险描述 | 防控措施 | 监测指标``: 序号/``岗位类别`` merged (领导班子成员, 工程管理岗位, 招标采购岗位, "
        "财务岗位; no 科室, post or 姓名 column)/a short ``风险名称``/a long ``风险描述`` and 防控措施 numbered within "
        "the cell by the row's 序号 (``3.1…⏎3.2…``)/``监测指标`` (变更次数及金额, 融资费用率)/风险等级 高/中/低 added "
        "at the end; no type column; 填报部门(盖章)/填报人/date",
        [sh], t,
    )  # fmt: skip


def open_university_domain_categories() -> dict:
    unit = f"{PLACE}开放大学"
    sh = _Sheet("一览表", [6, 10, 10, 9, 14, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年6月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险类别", "风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "靳朝岚", "选人用人风险", "教师招聘、职称评聘中优亲厚友", "高",
         "招聘、评聘方案经校务会研究,结果公示。", "leader"),
        ("校领导", "副校长", "巫马蘅芷", "招生考试风险", "委托中介机构有偿招生,违规减免学费", "高",
         "招生不得委托中介,学费减免经校务会审定并公示。", "leader"),
        ("办公室", "主任", "檀之遥", "印信管理风险", "违规使用学校印章,出具虚假证明", "中",
         "用印审批登记,证明出具前核实。", "middle"),
        ("教务处", "处长", "璩惊鸿", "教学管理风险", "考试成绩、毕业资格审核中弄虚作假", "高",
         "成绩录入后锁定,毕业资格两级审核。", "middle"),
        ("教务处", "干事", "隗听松", "教学管理风险", "教材征订中收受出版商回扣", "中",
         "教材征订目录公开,征订结果公示。", "general"),
        ("财务科", "会计", "仉绛雪", "财务管理风险", "学费收入不及时入账", "中",
         "学费统一通过学校账户收取,日清月结。", "general"),
        ("教研室", "主任", "莘南舟", "意识形态风险", "学习平台、课件内容审核把关不严", "低",
         "课件上线前两人审核,平台内容定期巡查。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, cat, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, cat, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "open_university_domain_categories", "https://www.zx08.cn/article/222673.html",
        "区开放大学 岗位廉政风险点一览表 after the source's account of an 开放大学's 地方分部 and 学习中心 (招生组织, "
        "教学实施, 考试组织, 经费), its risks listed by DOMAIN as colleges list them: ``填报单位：… | 填报时间：…`` over 序号/部门 merged (校领导, 办公室, "
        "教务处, 财务科, 教研室)/岗位 and ``责任人`` merged per person (the compound surname 巫马)/a ``风险类别`` column "
        "holding those domain categories (``选人用人风险``, ``招生考试风险``, ``印信管理风险``, ``教学管理风险``, "
        "``财务管理风险``, ``意识形态风险``), none of the five types/风险点/风险等级 高/中/低/防控措施; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def rescue_station_cards_per_sheet() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "站领导", "站长", "钭景澄", "leader", [
            ("救助物资采购不经集体研究,指定供应商", "制度机制", "高",
             "物资采购经站务会研究,三家以上比价。"),
            ("受助人员临时救助金审批把关不严", "岗位职责", "中", "救助金审批实行经办、审核、审批分离。"),
            ("托养机构确定中收受好处", "外部环境", "高", "托养机构公开遴选,协议报民政局备案。"),
        ]),
        ("救助科", "救助科", "科长", "笪望舒", "middle", [
            ("受助人员甄别登记不实,冒领救助", "业务流程", "中", "甄别登记信息与公安比对,照片存档。"),
            ("返乡车票、乘车凭证虚报冒领", "制度机制", "中", "车票统一购买,凭证与受助人名单核对。"),
            ("受助人员随身财物登记保管不善", "思想道德", "低", "随身财物双人登记,离站时当面清点签收。"),
        ]),
        ("财务室", "财务室", "出纳", "宓晚晴", "general", [
            ("现金救助款坐支、挪用", "制度机制", "高", "救助款通过银行发放,现金日清月结。"),
            ("报销凭证审核不严", "岗位职责", "低", "报销凭证会计、出纳、站长三签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in cards:
        sh = _Sheet(tab, [6, 34, 12, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "站长审核:", None, "2024年5月")
        sheets.append(sh)
    return _layout(
        "rescue_station_cards_per_sheet", "http://www.victorzhang.cn/page/2020/0312/6432556.shtml",
        "区救助管理站 岗位廉政风险防控卡 after the source's paper on 流浪乞讨救助 (救助管理机构, 救助对象界定, "
        "救助标准, 属地责任): one card a sheet, the tabs ``站长``, ``救助科``, ``财务室`` (post or 科室, never the name); each "
        "card titled, then ``姓名 | 钭景澄 | 科室 | 站领导 | 职务 | 站长`` in pairs on one row, then 序号/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 持卡人签字/站长审核/date",
        sheets, t,
    )  # fmt: skip


def wall_material_two_row_header() -> dict:
    unit = f"{PLACE}墙体材料改革办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    h = sh.add("序号", "科室", "岗位", "姓名", "风险识别", None, "风险评估", "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 4, h, 5)
    rows = [
        ("办领导", "主任", "濮阳笙", "新型墙体材料专项基金返退审批不经集体研究", "制度机制风险", "高",
         "基金返退经主任办公会研究,返退结果公示。", "leader"),
        ("办领导", "主任", "濮阳笙", "基金使用项目安排中优亲厚友", "岗位职责风险", "中",
         "使用项目公开申报,专家评审。", "leader"),
        ("基金征收科", "科长", "覃郁离", "专项基金核定征收时少征、缓征", "岗位职责风险", "高",
         "征收按建筑面积和标准核定,核定单两人签字。", "middle"),
        ("基金征收科", "科员", "晁星野", "收取建设单位好处,违规办理基金减免", "思想道德风险", "中",
         "减免条件公开,减免材料科室集体审核。", "general"),
        ("墙材管理科", "科长", "郗暮云", "新型墙体材料产品认定把关不严", "业务流程风险", "高",
         "产品认定现场核查、抽样检测,结果公示。", "middle"),
        ("墙材管理科", "科长", "郗暮云", "对禁用实心黏土砖行为查处不力", "外部环境风险", "中",
         "检查记录留痕,查处结果报办领导备案。", "middle"),
        ("节能监督科", "科员", "雍芷汀", "建筑节能专项检查走过场", "业务流程风险", "低",
         "检查对象随机抽取,检查表逐项签字。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "wall_material_two_row_header", "https://xiexiebang.com/a7/2019051312/6c3c4afb9ea79ef9.html",
        "区墙体材料改革办公室 岗位廉政风险点一览表 after the source's rules for a 新型墙体材料专项基金 (征收, 返退, 使用, "
        "新型墙体材料目录 and 认定, 区县墙材管理部门): a TWO-ROW header — 序号/科室/岗位/姓名/防控措施 merged down both "
        "rows, ``风险识别`` merged over ``风险点 | 风险类型``, ``风险评估`` over ``风险等级`` — then 科室 merged (办领导, "
        "基金征收科, 墙材管理科, 节能监督科)/岗位 and 姓名 merged per person (the compound surname 濮阳)/风险类型 "
        "``…风险``/高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def youth_palace_no_dept_count_holder() -> dict:
    unit = f"{PLACE}青少年宫"
    sh = _Sheet("排查表", [6, 14, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "冼澄碧", "收费培训项目设置和收费标准不经集体研究", "制度机制风险", "高",
         "培训项目和收费标准经主任办公会研究,报物价部门备案并公示。", "leader"),
        ("主任", "冼澄碧", "场地出租对象确定不公开", "岗位职责风险", "高", "场地出租公开招租,合同报主管部门备案。",
         "leader"),
        ("培训部主任", "戚砚池", "外聘培训机构合作中收受好处", "外部环境风险", "中",
         "合作机构公开遴选,合作协议集体审定。", "middle"),
        ("培训部招生员", "蒙绿绮", "招生中私收学费、不开票据", "制度机制风险", "中", "学费统一线上缴纳,票据系统出具。",
         "general"),
        ("活动部主任", "尉迟简", "公益活动经费虚报参加人数", "思想道德风险", "中", "活动签到、照片存档,经费据实报销。",
         "middle"),
        ("办公室主任", "闵蘅", "办公用品和设备采购不比价", "业务流程风险", "低", "采购三家以上比价,验收两人签字。",
         "middle"),
        ("会计", "奚叶南", "培训收入不及时入账,私设小金库", "制度机制风险", "高", "收入日清月结,每季度内部审计。",
         "general"),
        ("兼职培训教师", "共15人", "课堂上推销教辅资料、私自招收学员", "思想道德风险", "低",
         "签订廉洁从教承诺书,家长监督电话公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        person = "" if who.startswith("共") else who
        t.point(sh.name, "", post, person, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "youth_palace_no_dept_count_holder", "http://hunan.sina.com.cn/news/s/2012-07-20/11238021.html",
        "区青少年宫 廉政风险点排查表 after the source's report on a city's 少年宫 (收费培训 项目, 场地被机构占用 and "
        "出租, 公益活动): 序号/岗位 with the 科室 in it (``培训部主任``, ``培训部招生员``, ``活动部主任``, ``办公室主任``; NO 科室 "
        "column)/姓名 (the two merged per person; the compound surname 尉迟, a one-character given name 闵蘅), the "
        "last row's 姓名 ``共15人`` (兼职培训教师, no holder)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    seed_station_holders_below(),
    mental_health_dept_head_column(),
    tb_clinic_likelihood_columns(),
    organ_committee_post_at_right(),
    city_investment_monitoring_indicator(),
    open_university_domain_categories(),
    rescue_station_cards_per_sheet(),
    wall_material_two_row_header(),
    youth_palace_no_dept_count_holder(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies this time


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch220-inbox"))
