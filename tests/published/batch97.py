"""A ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县委社会工作部, a 县社会科学界
联合会, a 县退役军人服务中心, a 县教师发展中心, a 县关心下一代工作委员会办公室, a 县大数据中心, a 县委机要
保密局, a 县非物质文化遗产保护中心 and a 县委政策研究室 — each handing back its 岗位廉政风险防控一览表,
排查表, 清单, 自查表 or 防控卡 with nothing exotic about it, the way county staff type them:

- a 县委社会工作部 一览表 under a ``填报单位(盖章):… | 填报时间:…`` line: 股室 merged (``部领导``
  among them), 岗位/姓名 merged per person, short types, 高/中/低, and a trailing ``责任领导`` naming
  the 分管 部领导 — one of whom is also a holder on the 部领导 rows;
- a 社科联 清单 with NO 科室 column: ``岗位 | 责任人 | 主要职责`` merged per person, the head's post
  written as the 群团 write it, ``党组书记、主席``, and levels ``一级/二级/三级``;
- a 退役军人服务中心 清单 whose 股室 are given only by group rows merged across the table
  (``一、中心领导``, ``二、综合股``…), the running number going on across the groups; ``…风险``
  types;
- a 教师发展中心's 个人廉政风险自查表 one per sheet (tabs the holders' names), a label row
  ``姓名 | 所在部门 | 职务 | 填表日期`` over a row of values, a short ``风险点`` beside a long
  ``风险表现``;
- a 关工委办公室 防控表 对岗不对人 with no 科室 column, 岗位/岗位职责 merged per post, a ``注:`` line
  under it;
- a 大数据中心 排查表 whose ``责任人`` heading is merged over ``直接责任人 | 领导责任人`` (the holder is
  the 直接责任人), levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 县委机要保密局 一览表 whose ``岗位`` cells write the 科室 and the post together,
  ``机要科-科长``, the 局长's cell the post alone;
- a 非遗保护中心 一览表: 部门 merged, 岗位, the holder in a trailing ``责任人`` column, levels
  ``高风险/中风险/低风险`` and a ``备注`` (``新增``).

One is harder:

- ``policy_office_stacked_card``: a 县委政策研究室's 岗位廉政风险防控卡 one per sheet (tabs ``Sheet1``,
  ``Sheet2``), the holder, 科室 and 职务 given ABOVE the table as three rows of one pair each,
  ``持卡人 | 宓承泽``, ``所在科室 | 综合调研科``, ``职    务 | 科长`` (the value merged across the rest
  of the row), then ``序号 | 风险点 | 风险等级 | 防控措施``; a 持卡人签字 line under it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 县委社会工作部 taking its plate
and its duties; a 社科联's 课题, 论文 and 社科普及; 退役军人服务中心(站) looked over again; 中小学教师
继续教育 and its 培训; a 县委 meeting on 关心下一代 and its 关爱基金; a 县大数据中心's 信息化项目
management; a 市委保密局 checking 机要文件 and 涉密计算机; 非遗 保护资金 and 传承人 补助; a 县委's
政策研究室 and its 调研) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented, every unit in one invented 栖霞县.

Run ``python tests/published/score.py --set batch97`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b97_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``部领导``, ``中心领导`` in the 股室 column or as a group row are the department of the leaders'
  rows; the trailing ``责任领导`` names who watches, not the holder, even where that leader is
  also a holder on rows of his own;
- ``党组书记、主席`` in a 岗位 cell is ONE post (the 群团's head), kept as written;
- a group row ``二、综合股`` merged across the table is the 股室 of the rows under it and no point;
- ``责任人`` over ``直接责任人 | 领导责任人``: the 直接责任人 is the holder, the 领导责任人 watches;
- ``机要科-科长`` is the 科室 机要科 and the post 科长; the bare ``局长`` has no 科室 (department "");
- a short ``风险点`` beside a long ``风险表现``: the point is the 风险点;
- three stacked ``label | value`` rows above a card (``持卡人``, ``所在科室``, ``职    务``) give its
  holder, 科室 and post.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b97_"
COUNTY = "栖霞县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


# --------------------------------------------------------------------------- harder layout


def policy_office_stacked_card() -> dict:
    unit = f"中共{COUNTY}委政策研究室"
    t = _Truth(unit)
    cards = [
        ("宓承泽", "综合调研科", "科长", "middle", [
            ("委托第三方开展课题调研时指定承接单位", "高", "委托事项经室务会研究,承接单位比选确定。"),
            ("调研经费、专家咨询费虚报冒领", "中", "咨询费凭签收表和成果发放,按季公开。"),
            ("泄露尚未公开的政策文件起草内容", "中", "文稿起草专机专用,讨论稿编号回收。"),
        ]),
        ("蓬雪莹", "改革督查科", "副科长", "middle", [
            ("改革督查中接受被督查单位宴请,督查结论放水", "高", "督查两人以上,结论经科室集体研究后报审。"),
            ("督查通报选择性点名,优亲厚友", "中", "通报对象依督查台账确定,分管领导审签。"),
            ("督查用车私用", "低", "用车登记,行车轨迹每月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for n, (who, dept, post, tier, points) in enumerate(cards, 1):
        sh = _Sheet(f"Sheet{n}", [10, 40, 10, 40])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        for label, value in (("持卡人", who), ("所在科室", dept), ("职    务", post)):
            r = sh.add(label, value, None, None)
            sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for k, (point, lv, measures) in enumerate(points, 1):
            sh.add(k, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "policy_office_stacked_card",
        "https://shandong-chorography.org/database/ch4/section/1/article/333/",
        "(harder) 县委政策研究室 岗位廉政风险防控卡 one per sheet (tabs Sheet1, Sheet2) after the source's account of a "
        "县委's 政策研究室 (later 综合调研室) and its 调研活动, 调研成果 and 《情况交流》: under the title the holder, "
        "科室 and 职务 in THREE STACKED ROWS of one pair each, ``持卡人 | 宓承泽``, ``所在科室 | 综合调研科``, "
        "``职    务 | 科长`` (the value merged across the rest of the row); then 序号/风险点/风险等级 高/中/低/防控措施; "
        "an unsigned 持卡人签字/分管领导签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def social_work_dept_list() -> dict:
    unit = f"中共{COUNTY}委社会工作部"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(
        f"填报单位(盖章):{unit}", None, None, None, None, "填报时间:2024年9月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "责任领导")
    rows = [
        ("部领导", "部长", "笪维舟", "leader", "基层治理专项资金分配个人决定,未经部务会集体研究", "制度机制", "高",
         "专项资金分配方案经部务会集体研究并公示。", None),
        ("部领导", "常务副部长", "昝立群", "leader", "社会组织党建工作经费审批把关不严", "岗位职责", "中",
         "经费拨付凭活动方案和开支明细审批。", "笪维舟"),
        ("办公室", "主任", "逯晓萌", "middle", "公务接待、会议费用超标准列支", "制度机制", "中",
         "接待凭公函、会议凭通知报销,每季度公开。", "昝立群"),
        ("办公室", "会计", "蒯佳音", "general", "报销票据审核不严,虚列支出", "业务流程", "低",
         "报销实行经办、审核、审批三签。", "昝立群"),
        ("信访工作股", "股长", "缑志航", "middle", "办理信访事项时泄露信访人信息", "岗位职责", "高",
         "信访件登记编号,信访人信息专人保管。", "昝立群"),
        ("信访工作股", "股长", "缑志航", "middle", "接受当事人请托,违规出具信访事项办结意见", "外部环境", "中",
         "办结意见经股室集体研究、分管领导审签。", "昝立群"),
        ("志愿服务股", "股长", "隗思齐", "middle", "志愿服务项目资助评审打人情分", "思想道德", "中",
         "评审邀请第三方参与,结果公示五个工作日。", "仉秀岚"),
        ("志愿服务股", "干事", "璩宁", "general", "虚报志愿服务时长、伪造活动记录", "业务流程", "低",
         "服务时长系统记录,随机电话回访。", "仉秀岚"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, None)
    return _layout(
        "social_work_dept_list", "http://wldsb.com/wldsw_content/2024-05/20/content_10682710.htm",
        "县委社会工作部 岗位廉政风险防控一览表 after the source's account of a 县委社会工作部 taking its plate (人民信访, "
        "人民建议征集, 党建引领基层治理, 社会组织 and 两企三新 党建, 志愿服务, 社会工作人才): the title, a line "
        "``填报单位(盖章):… | 填报时间:…`` (two merged cells); 序号/股室 merged (部领导, 办公室, 信访工作股, 志愿服务股)/"
        "岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``责任领导`` "
        "merged within each 股室 (昝立群, also the 常务副部长 holding his own rows; 仉秀岚, no holder here); "
        "填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def social_science_federation_posts() -> dict:
    unit = f"{COUNTY}社会科学界联合会"
    sh = _Sheet("Sheet1", [6, 14, 9, 22, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点清单", 7)
    sh.add("序号", "岗位", "责任人", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("党组书记、主席", "郦润之", "leader", "主持社科联全面工作", "社科课题立项和资助经费分配个人说了算", "一级",
         "立项和资助名单经党组会研究,在网站公示。"),
        ("党组书记、主席", "郦润之", "leader", "主持社科联全面工作", "社科普及基地命名未经集体评审", "二级",
         "基地命名实行专家评审、党组审定。"),
        ("专职副主席", "闾文澜", "leader", "分管社科研究和所属学会", "课题结项评审降低标准,为熟人通过", "二级",
         "结项实行匿名评审,评审意见存档。"),
        ("专职副主席", "闾文澜", "leader", "分管社科研究和所属学会", "学会年检、评估把关不严", "三级",
         "年检材料两人审核,结果报党组备案。"),
        ("秘书长", "佘一帆", "middle", "负责机关日常事务和社科普及活动", "社科普及活动经费虚报冒领", "二级",
         "活动经费凭方案、签到和照片报销。"),
        ("会计", "厍嘉禾", "general", "负责经费收支核算", "课题资助经费不按合同进度拨付", "二级",
         "按结项进度拨付,拨付单经秘书长、主席审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("主要负责人签字:", None, None, None, "填报日期:2024年6月", None, None)
    return _layout(
        "social_science_federation_posts", "http://www.gytoday.cn/yw/2018-12-21/51492.html",
        "县级社科联 岗位廉政风险点清单 after the source's account of a county-level 社科联 named a 全国先进社科组织 (社科"
        "应用研究, 课题 and 论文, 学术研讨, 社科普及 in 社区/学校/企业/乡镇): ``附件2``, the title; NO 科室 column: "
        "序号/岗位/责任人/主要职责 merged per person/风险点/风险等级 一级/二级/三级/防控措施; the head's post written "
        "``党组书记、主席`` (one post); 主要负责人签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def veterans_center_group_rows() -> dict:
    unit = f"{COUNTY}退役军人服务中心"
    sh = _Sheet("防控清单", [6, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "帅俊澄", "leader", "帮扶援助资金审批不严,为不符合条件人员审批", "制度机制风险", "高",
             "帮扶援助对象经集体评议,名单公示七天。"),
        ]),
        ("二、综合股", "综合股", [
            ("股长", "浦梓涵", "middle", "政府购买服务项目指定承接机构", "岗位职责风险", "中",
             "购买服务项目按规定比选,结果公示。"),
            ("会计", "薄雅静", "general", "坐支、挪用帮扶资金", "业务流程风险", "高", "帮扶资金专户管理,按月对账。"),
        ]),
        ("三、就业创业股", "就业创业股", [
            ("股长", "禚新宇", "middle", "适应性培训承训机构遴选暗箱操作", "外部环境风险", "高",
             "承训机构公开遴选,纪检委员全程监督。"),
            ("股长", "禚新宇", "middle", "培训补贴人数虚报", "业务流程风险", "中", "补贴凭签到和结业名册发放,抽查回访。"),
        ]),
        ("四、优抚帮扶股", "优抚帮扶股", [
            ("工作人员", "亓子墨", "general", "优待证申领资格审核把关不严", "岗位职责风险", "中",
             "申领资料两人审核,系统比对退役信息。"),
            ("工作人员", "亓子墨", "general", "走访慰问物资发放不登记", "思想道德风险", "低", "慰问物资登记造册,受助人签收。"),
        ]),
    ]  # fmt: skip
    n = 0
    for band, dept, rows in groups:
        _line(sh, band, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("单位负责人:", None, "填表人:", None, None, "2024年10月", None)
    return _layout(
        "veterans_center_group_rows",
        "https://www.yaan.gov.cn/gongkai/show/7a2ff2c7fd4bdbd392cb633421b20f97.html",
        "县退役军人服务中心 廉政风险防控清单 after the source's account of 退役军人服务中心(站) looked over again (就业创业, "
        "优待证申领, 退役军人党员管理, 县(区) 服务中心 and 站): 序号/岗位/责任人 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施, NO 股室 column: the 股室 given only by group rows merged across the "
        "table (``一、中心领导``, ``二、综合股``, ``三、就业创业股``, ``四、优抚帮扶股``), the running number going on "
        "across them; 单位负责人/填表人/date line",
        [sh], t,
    )  # fmt: skip


def teacher_center_selfcheck() -> dict:
    unit = f"{COUNTY}教师发展中心"
    t = _Truth(unit)
    people = [
        ("宓嘉树", "培训部", "主任", "middle", [
            ("培训机构选择", "指定培训机构承办国培、省培项目,收受好处", "高", "承办机构经中心会议比选,结果公示。"),
            ("培训经费使用", "虚列讲课费、食宿费,套取培训经费", "中", "培训经费按项目核算,讲课费银行代发。"),
        ]),
        ("鄢秋池", "教研部", "教研员", "general", [
            ("优质课评选", "评选打分优亲厚友,内定获奖名单", "中", "评委随机抽取,评分表当场汇总公示。"),
            ("教辅资料推荐", "向学校推荐教辅资料收受回扣", "高", "不得推荐教辅资料,发现一次严肃处理。"),
        ]),
        ("郏若楠", "办公室", "报账员", "general", [
            ("经费报销", "报销票据审核不严,替他人虚报费用", "低", "报销单据经手人、证明人、审批人三签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 16, 34, 10, 34])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        sh.add("姓名", "所在部门", "职务", "填表日期", None)
        sh.add(who, dept, post, "2024年5月", None)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
        for k, (point, desc, lv, measures) in enumerate(points, 1):
            sh.add(k, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("自查人签名:", None, "部门负责人审核:", None, None)
        sheets.append(sh)
    return _layout(
        "teacher_center_selfcheck", "https://fx361.cc/page/2016/0808/19042648.shtml",
        "县教师发展中心 个人廉政风险自查表 one per sheet (tabs the holders' names) after the source's study of 中小学"
        "教师继续教育 (项目式 培训, 培训机构 and 市场, 教研 and 教学, 定期注册): under the title a label row "
        "``姓名 | 所在部门 | 职务 | 填表日期`` over a row of values; 序号/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; 自查人签名/部门负责人审核 line, unsigned",
        sheets, t,
    )  # fmt: skip


def youth_care_office_posts() -> dict:
    unit = f"{COUNTY}关心下一代工作委员会办公室"
    sh = _Sheet("防控表", [6, 12, 22, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 6)
    sh.add("序号", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("常务副主任", "leader", "主持办公室日常工作", "关爱基金使用方案不经集体研究", "高",
         "使用方案经主任办公会研究,报县关工委审定。"),
        ("常务副主任", "leader", "主持办公室日常工作", "评选先进关工组织和个人时优亲厚友", "中",
         "评选条件公开,推荐名单公示。"),
        ("办公室主任", "middle", "负责助学助困对象审核和经费管理", "助学助困对象审核把关不严", "高",
         "对象由学校、村(社区)推荐,入户核实后公示。"),
        ("工作人员", "general", "负责财务和物资管理", "慰问物资采购不比价", "中", "物资采购三家比价,验收两人签字。"),
        ("工作人员", "general", "负责财务和物资管理", "捐赠款物接收不登记、不入账", "低",
         "捐赠款物开具票据,登记台账并定期公布。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "注:本表对岗不对人,岗位人员变动时由接任人员继续落实防控措施。", 6)
    return _layout(
        "youth_care_office_posts", "http://jxggw.gov.cn/view38-2943.html",
        "县关工委办公室 岗位廉政风险防控表 对岗不对人 after the source's account of a 县委常委会 on 关心下一代工作 (关爱"
        "基金 from 民政、机关捐款、企业捐赠, 助学、助困、助孤、助残, 关工委 老同志): 序号/岗位 and 岗位职责 merged per "
        "post/廉政风险点/风险等级 高/中/低/防控措施; no names, no 科室 column; a ``注:本表对岗不对人…`` line under it",
        [sh], t,
    )  # fmt: skip


def big_data_center_direct_holder() -> dict:
    unit = f"{COUNTY}大数据中心"
    sh = _Sheet("排查表", [6, 12, 10, 34, 8, 34, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    top = sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, None, "直接责任人", "领导责任人")
    sh.merge(top, 6, top, 7)
    for c in range(6):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("综合科", "科长", "middle", "信息化项目预算编制虚高", "Ⅱ级", "项目预算经第三方评审,评审意见存档。",
         "鞠望舒", "荀立本"),
        ("综合科", "会计", "general", "运维服务费不按合同约定支付", "Ⅲ级", "付款凭验收报告和考核结果,按合同节点支付。",
         "沃佳琳", "荀立本"),
        ("项目建设科", "科长", "middle", "信息化项目招标设置倾向性条款", "Ⅰ级", "招标文件经法律顾问审核,需求论证公开。",
         "谯鸿运", "钭一鸣"),
        ("项目建设科", "科长", "middle", "项目验收把关不严,降低标准通过", "Ⅰ级", "验收邀请使用单位和专家共同参加。",
         "谯鸿运", "钭一鸣"),
        ("数据资源科", "科长", "middle", "违规向第三方提供政务数据", "Ⅰ级", "数据共享按目录审批,调用全程留痕。",
         "籍晓舟", "钭一鸣"),
        ("数据资源科", "技术员", "general", "利用数据查询权限为他人查询个人信息", "Ⅱ级", "查询账号实名,日志每月审计。",
         "汲雨辰", "钭一鸣"),
        ("网络安全科", "科长", "middle", "等保测评服务机构选择不公开", "Ⅱ级", "测评机构从入围名单中随机抽取。",
         "闻朝阳", "荀立本"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures, who, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (6, per_person),
                            (7, lambda row: (row[1], row[7]))])  # fmt: skip
    sh.add()
    sh.add("填报人:", None, None, "中心主要负责人:", None, "2025年1月", None, None)
    return _layout(
        "big_data_center_direct_holder", "https://www.chacewang.com/newsdetail/news80998.html",
        "县大数据中心 岗位廉政风险排查表 after the source's 县 信息化项目 管理办法 (县大数据中心 planning, reviewing, "
        "building and running every 信息化项目; 预算, 政府采购, 验收, 数据共享, 网络安全): a TWO-ROW header — ``责任人`` "
        "merged over ``直接责任人 | 领导责任人``; 序号/科室 merged (综合科, 项目建设科, 数据资源科, 网络安全科)/岗位 and "
        "直接责任人 merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/领导责任人 merged within a 科室 "
        "(two leaders, each over two 科室); 填报人/主要负责人/date line",
        [sh], t,
    )  # fmt: skip


def secrecy_bureau_dash_posts() -> dict:
    unit = f"中共{COUNTY}委机要保密局"
    sh = _Sheet("一览表", [6, 14, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("", "局长", "滑宏毅", "leader", "保密技术防护设备采购个人决定", "制度机制", "高",
         "设备采购按政府采购程序,局务会集体研究。"),
        ("机要科", "科长", "贲晓岚", "middle", "机要文件分发不登记,扩大知悉范围", "岗位职责", "高",
         "文件分发逐件登记签收,定期清退核对。"),
        ("机要科", "机要员", "麴明轩", "general", "机要交通车辆私用", "思想道德", "低", "车辆使用登记,每月核对里程。"),
        ("保密科", "科长", "羿文博", "middle", "保密检查发现问题隐瞒不报、降格处理", "外部环境", "中",
         "检查两人以上,问题清单集体审定后通报。"),
        ("保密科", "科长", "羿文博", "middle", "保密培训费用虚报", "业务流程", "中", "培训费凭通知、签到表和发票报销。"),
        ("办公室", "会计", "逄丽君", "general", "经费支出超预算、无预算列支", "制度机制", "低",
         "支出按预算执行,每季度向局务会报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        cell = f"{dept}-{post}" if dept else post
        sh.add(n, cell, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "局主要负责人:", None, "2024年8月", None)
    return _layout(
        "secrecy_bureau_dash_posts",
        "http://hnyyzy.hunancourt.gov.cn/article/detail/2011/03/id/925554.shtml",
        "县委机要保密局 岗位廉政风险点及防控措施一览表 after the source's account of a 市委保密局 checking a court's 机要"
        "文件管理 and 保密工作 (密级文件 逐一核对, 涉密计算机 抽查, 机要保密人员): 序号/``岗位`` writing the 科室 and the "
        "post in ONE cell, ``机要科-科长``, ``保密科-科长``, ``办公室-会计``, the 局长's cell only ``局长``/姓名 (both "
        "merged per person)/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 填表人/主要负责人/date line",
        [sh], t,
    )  # fmt: skip


def heritage_center_trailing_holder() -> dict:
    unit = f"{COUNTY}非物质文化遗产保护中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 34, 10, 34, 9, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险等级", "防控措施", "责任人", "备注")
    rows = [
        ("办公室", "主任", "middle", "经费支出审批把关不严", "中风险", "支出实行分级审批,大额支出集体研究。",
         "铁嘉言", None),
        ("保护传承部", "部长", "middle", "代表性传承人推荐认定优亲厚友", "高风险", "推荐经专家评审,名单公示。",
         "暨文涛", None),
        ("保护传承部", "部长", "middle", "传承人补助资金发放不核实传承活动", "高风险",
         "补助凭传承活动记录发放,年度考核不合格的停发。", "暨文涛", None),
        ("保护传承部", "工作人员", "general", "非遗项目申报材料把关不严", "中风险", "申报材料两人审核,实地核查。",
         "鲜雨桐", None),
        ("展示宣传部", "部长", "middle", "展演活动承办单位选择不公开", "高风险", "承办单位公开比选,合同法律审核。",
         "巢一鸣", None),
        ("展示宣传部", "讲解员", "general", "收受非遗展销商户好处", "低风险", "展销摊位统一分配,设意见箱。",
         "索佳宁", "新增"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures, who, note) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, note)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: (row[1], row[2], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (6, per_person)])
    sh.add()
    sh.add("单位(盖章):", None, None, "负责人:", None, "2025年3月", None, None)
    return _layout(
        "heritage_center_trailing_holder",
        "https://czj.huangshan.gov.cn/zwgk/public/6615724/10764607.html",
        "县非物质文化遗产保护中心 廉政风险防控一览表 after the source's account of 非物质文化遗产保护资金 (生态保护区 and "
        "展示馆 建设, 展示展演 and 宣传普及, 国家级 代表性传承人 补助): 序号/部门 merged (办公室, 保护传承部, 展示宣传部)/"
        "岗位/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/a trailing ``责任人`` (the holder, merged per person)/"
        "``备注`` (``新增`` on one row); 单位(盖章)/负责人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    policy_office_stacked_card(),
    social_work_dept_list(),
    social_science_federation_posts(),
    veterans_center_group_rows(),
    teacher_center_selfcheck(),
    youth_care_office_posts(),
    big_data_center_direct_holder(),
    secrecy_bureau_dash_posts(),
    heritage_center_trailing_holder(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch97-inbox"))
