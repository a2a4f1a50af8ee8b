"""A hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 人大常委会机关, the 婚姻登记处,
the 文明办, the 法学会, the 机电排灌管理站, the 蔬菜技术指导站, the 健康教育所, the 个体劳动者协会 and the
市容环境卫生管理所, kinds no earlier batch used — each handing back its ordinary 一览表, 排查表 or 清单
the way its staff typed it, every one of them a body of an invented 东台县 (its 蒲汊排涝站 and 荻洼
电灌站 invented too):

- the 婚姻登记处's 排查表 with NO 科室 column, its title typed on TWO lines in one cell
  (``东台县婚姻登记处⏎岗位廉政风险点排查表``), two 婚姻登记员 under one post, 高/中/低, and under the
  table a merged SUMMARY sentence that counts posts, points and levels (``本处共排查岗位5个、廉政风险点
  8个，其中高风险点4个、中风险点2个、低风险点2个。``);
- the 文明办's 一览表 under ``附件2`` and a ``填报单位（盖章）：… | 填报日期：…`` line, its title naming the
  office by its short name (``东台县文明办…``), the two-character names PADDED with a full-width space to
  the width of three (``檀　栎``, ``晏　芃``, ``邴　璆``, ``芮　蘩``), short types, 高/中/低;
- the 法学会's 责任清单 whose post column is headed ``责任主体`` (专职副会长, 秘书长, 副秘书长, 办公室主任,
  研究部干事; no 科室 column), a short ``风险事项`` (the line of work) before the ``风险点``, 一级/二级/三级
  and the holder in a LAST column ``责任人``;
- the 机电排灌管理站's 一览表 whose 部门 are the 站's own offices AND two 泵站 of its own (``蒲汊排涝站``,
  ``荻洼电灌站``, each with its 站长), ``…风险`` types, ``★★★/★★/★`` read by a note under the table;
- the 蔬菜技术指导站's 一览表 with the holder FIRST (``姓名 | 职务 | 分工 | …``), no 科室 column, and the
  short headings ``等级`` and ``措施``;
- the 健康教育所's 排查表 whose types are written with a ``类`` ending (``制度机制类``, ``岗位职责类`` …),
  the holder under ``责任人``, ``高风险/中风险/低风险``;
- the 个体劳动者协会's 排查登记表 with a ``主要职责`` column merged per person, its 部门 including a 分会
  (``城东分会``, its 分会长 and 干事), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 市容环境卫生管理所's 排查表 whose 清扫队 row of ``道路保洁员`` names ``全体道路保洁员`` under 姓名 (no
  one person), beside 所领导, 清运队, 监察队 and 综合办公室 rows with their holders; ``…风险`` types.

One is harder:

- ``congress_office_committee_rooms``: the 人大常委会机关's 排查表 whose 科室 column is headed ``委室`` and
  whose 科室 are the 常委会's working bodies — 办公室, 研究室 and three ``…工作委员会`` (法制工作委员会,
  财政经济工作委员会, 代表人事选举任免工作委员会), names ending like units — under the 机关's 秘书长;
  ``职务`` and ``姓名`` merged per person, the risk column headed ``廉政风险点``, ``…风险`` types, 高/中/低.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 州人大常委会机关's rules for its
公文 and its 委室; the duties of a 婚姻登记员 (监誓, 审查, 签发, 档案); a 区文明办's duties (文明单位,
文明村镇, 未成年人思想道德建设); a 县法学会's 会长办公会议, 会员 and 法律服务站 以奖代补; a report on 灌排泵站
(更新改造, 维护经费, 电费); a 县蔬菜站站长's work (推广, 农残, 培训); a 健康教育所 (宣传资料, 讲座, 健康知识
专栏); a 县个体劳动者协会 (分会, 会员, 会费, 秘书长); what an 环卫所 does (清扫, 清运, 公厕)) and the layout
follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch137`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b137_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``委室`` is the 科室 column of a 人大常委会机关, and its ``…工作委员会`` are 科室 of the 机关, no units;
- ``檀　栎`` under 姓名 is 檀栎 (the space only pads the name);
- a merged sentence under the table that counts the posts and the points by level is no point;
- ``责任主体`` naming posts (``办公室主任``) is the post column; with no 科室 column the post is kept as
  written (department ""); ``风险事项`` is the line of work, the ``风险点`` the point;
- a 站's own 排涝站 and 电灌站 are 科室 of it, their 站长 middle;
- ``制度机制类`` is the type 制度机制;
- ``全体道路保洁员`` under 姓名 names no one: the post 道路保洁员 with person "";
- the 文明办's title ``东台县文明办…`` and its 填报单位 line name one unit, the 精神文明建设指导委员会办公室;
- 秘书长 of the 机关, 主任/副主任 of the 婚姻登记处 and the 文明办, the 法学会's 专职副会长, 秘书长 and
  副秘书长, the 管理站's and the 蔬菜站's 站长/副站长, 所长/副所长, the 协会's 秘书长/副秘书长 are leaders;
  主任 and 副主任 of an 办公室, 研究室 or 工作委员会, 科长, 股长, 部长, 队长, a 泵站's 站长 and a 分会长
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b137_"
PLACE = "东台县"
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


def _padded(name: str) -> str:
    """A two-character name padded to three with a full-width space, as offices align names."""
    return f"{name[0]}{GAP}{name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def congress_office_committee_rooms() -> dict:
    unit = f"{PLACE}人大常委会机关"
    sh = _Sheet("排查表", [6, 18, 9, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(None, None, None, None, None, "填报时间：2024年11月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "委室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("机关领导", "秘书长", "亢怀岳", "机关基建维修、设备购置等大额支出不经主任会议或党组会研究", "制度机制风险",
         "高", "大额支出严格执行“三重一大”集体决策制度,会议纪要存档备查。", "leader"),
        ("机关领导", "秘书长", "亢怀岳", "机关干部推荐、考核中搞亲疏远近", "思想道德风险", "中",
         "干部推荐实行民主推荐、组织考察,结果在机关公示。", "leader"),
        ("办公室", "主任", "谯书棠", "会议、公务接待费用超标准列支", "制度机制风险", "中",
         "会议和接待先审批后实施,费用每季度在机关公开。", "middle"),
        ("办公室", "主任", "谯书棠", "人大代表活动经费使用审核不严", "业务流程风险", "中",
         "代表活动经费专账管理,按年度活动计划据实报销。", "middle"),
        ("办公室", "会计", "况紫苏", "报销凭证审核把关不严,虚列支出", "岗位职责风险", "中",
         "报销实行经办、审核、审批三级签字。", "general"),
        ("研究室", "主任", "羿闻笙", "外出调研中接受被调研单位宴请、礼品", "外部环境风险", "低",
         "调研严格执行公务接待规定,出发前签订廉洁承诺。", "middle"),
        ("法制工作委员会", "主任", "汝清澜", "规范性文件备案审查中受人请托,对违法条款不提出审查意见", "岗位职责风险",
         "高", "备案审查实行初审、复审,审查意见报主任会议。", "middle"),
        ("法制工作委员会", "干事", "逄晓荻", "执法检查前向被检查单位透露检查安排", "外部环境风险", "中",
         "检查方案按内部资料管理,检查点位随机抽取。", "general"),
        ("财政经济工作委员会", "副主任", "妫明澈", "预算初审中为部门争取资金说情打招呼", "思想道德风险", "高",
         "预算初审意见集体研究,说情打招呼一律登记报告。", "middle"),
        ("代表人事选举任免工作委员会", "主任", "莘溯之", "任前法律知识考试试题泄露、阅卷不公", "岗位职责风险", "高",
         "试题随机组卷、封闭保管,阅卷两人交叉复核。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("秘书长签字:", None, None, "填表人:", None, None, "2024年11月", None)
    return _layout(
        "congress_office_committee_rooms",
        "http://abrd.gov.cn/zrdcwh/c104567/202401/12efe566e7894af9a9312485cf5825f8.shtml",
        "(harder) 县人大常委会机关 岗位廉政风险点排查表 after the source's rules for a 州人大常委会机关's 公文 (the "
        "常委会办公室 and the 委室: 各专门委员会办公室, 常委会各工作机构, 机关党委): the title ``东台县人大常委会机关岗位"
        "廉政风险点排查表``, a ``填报时间：2024年11月`` cell, then 序号/a 科室 column headed ``委室`` merged (机关领导, "
        "办公室, 研究室 and three WORKING COMMITTEES ``法制工作委员会``, ``财政经济工作委员会``, ``代表人事选举任免工作"
        "委员会`` — 科室 of the 机关 whose names end like units)/职务 and 姓名 merged per person/``廉政风险点``/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; 秘书长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def marriage_registry_summary_line() -> dict:
    unit = f"{PLACE}婚姻登记处"
    sh = _Sheet("Sheet1", [6, 14, 9, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}\n岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "昝蔚然", "婚姻登记工作经费使用、颁证大厅改造项目不经集体研究", "高",
         "大额经费和改造项目报民政局党组研究,按政府采购程序实施。", "leader"),
        ("主任", "昝蔚然", "对违规办理的婚姻登记瞒报、不纠正", "中",
         "婚姻登记档案每季度抽查,发现问题按规定报告并纠正。", "leader"),
        ("副主任", "鄂南枝", "婚姻登记信息系统账号权限分配、变更不规范", "中",
         "系统账号实名管理,人员离岗当日注销权限。", "leader"),
        ("婚姻登记员", "冼若蘅", "对证件不全、不符合条件的当事人违规办理结婚登记", "高",
         "登记材料双人审查,身份信息系统比对,办理过程全程录像。", "general"),
        ("婚姻登记员", "冼若蘅", "为熟人插队、优先安排预约号源", "低", "预约号源由系统统一发放,现场按号办理。",
         "general"),
        ("婚姻登记员", "仝绮文", "违规为当事人补发结婚证、离婚证", "高", "补证须查档核实,补证审查表经主任审签。",
         "general"),
        ("档案管理员", "邰暮汀", "擅自向他人提供婚姻登记档案信息", "高", "档案查阅凭有效证件登记,查阅记录每月核对。",
         "general"),
        ("婚姻家庭辅导员", "濮阳芷", "婚姻家庭辅导中向当事人推介收费服务", "低", "辅导服务一律免费,服务内容上墙公示。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    _line(sh, "本处共排查岗位5个、廉政风险点8个，其中高风险点4个、中风险点2个、低风险点2个。", 6)
    sh.add()
    sh.add("主任签字:", None, "填表人:", None, "2024年9月", None)
    return _layout(
        "marriage_registry_summary_line", "http://tjdiaoyu.com/falvkuai/7243412.html",
        "县婚姻登记处 岗位廉政风险点排查表 after the source's rules for 婚姻登记机关 and the 婚姻登记员 (监誓, 审查条件, "
        "办理登记 and 签发证件, 建立档案; 补发婚姻登记证): the title typed on TWO lines in one merged cell (``东台县婚姻"
        "登记处⏎岗位廉政风险点排查表``), then 序号/岗位/姓名 (both merged per person; NO 科室 column; two 婚姻登记员, "
        "冼若蘅 and 仝绮文)/风险点/风险等级 高/中/低/防控措施; no type column; under the table a merged SUMMARY "
        "sentence ``本处共排查岗位5个、廉政风险点8个，其中高风险点4个、中风险点2个、低风险点2个。``, then 主任签字/"
        "填表人/date",
        [sh], t,
    )  # fmt: skip


def civilization_office_padded_names() -> dict:
    unit = f"{PLACE}精神文明建设指导委员会办公室"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{PLACE}文明办岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报日期：2024年10月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "檀栎", "文明单位、文明村镇推荐评选中打招呼、搞平衡", "思想道德", "高",
         "评选标准和推荐名单公示,测评结果经办务会集体研究。", "leader"),
        ("办领导", "主任", "檀栎", "文明创建专项经费分配不经集体研究", "制度机制", "高",
         "专项经费分配方案经办务会研究,分配结果公开。", "leader"),
        ("办领导", "副主任", "栾秋穗", "公益广告制作、发布项目指定承接单位", "岗位职责", "中",
         "公益广告项目三家以上比选,验收两人以上签字。", "leader"),
        ("综合科", "科长", "晏芃", "会议费、培训费超标准、超范围列支", "制度机制", "中",
         "会议培训先报计划,费用按标准据实结算。", "middle"),
        ("综合科", "会计", "甯知微", "报账审核不严,不合规票据入账", "业务流程", "低",
         "报账凭证经科长审核、主任审批,不合规票据退回。", "general"),
        ("文明创建科", "科长", "邴璆", "文明城市测评中对责任单位的问题隐瞒不报", "岗位职责", "中",
         "测评问题清单化交办,整改情况公开通报。", "middle"),
        ("未成年人思想道德建设科", "科长", "茹宛丘", "乡村学校少年宫项目资金审核把关不严", "岗位职责", "高",
         "项目资金按建设进度拨付,验收合格后结算。", "middle"),
        ("志愿服务指导科", "科员", "芮蘩", "志愿服务项目资助评审中优亲厚友", "外部环境", "中",
         "资助项目由专家评审,评审结果公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("办主任签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "civilization_office_padded_names", "http://www.bjzrbt.com/html/3914208.html",
        "县文明办 岗位廉政风险防控一览表 after the source's duties of a 区文明办 (文明创建 规划, 文明市民教育, 精神文明"
        "人物 评先创优, 未成年人思想道德建设, 文明单位/文明社区/文明村镇, 文明城市): ``附件2``, the title naming the "
        "office by its SHORT name ``东台县文明办岗位廉政风险防控一览表``, a ``填报单位（盖章）：东台县精神文明建设指导"
        "委员会办公室 | 填报日期：2024年10月`` line, then 序号/科室 merged (办领导, 综合科, 文明创建科, 未成年人思想道德"
        "建设科, 志愿服务指导科)/岗位 and 姓名 merged per person, the two-character names PADDED with a full-width "
        "space (``檀　栎``, ``晏　芃``, ``邴　璆``, ``芮　蘩``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "办主任签字/填表人",
        [sh], t,
    )  # fmt: skip


def law_society_duty_subjects() -> dict:
    unit = f"{PLACE}法学会"
    sh = _Sheet("责任清单", [6, 12, 14, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "责任主体", "风险事项", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("专职副会长", "会务决策", "会长办公会议议定事项执行中个人说了算", "一级",
         "重要事项提交会长办公会议研究,执行情况向理事会报告。", "乐正青禾", "leader"),
        ("专职副会长", "课题管理", "法学研究课题立项、结项评审中打招呼、递条子", "一级",
         "课题评审实行专家匿名评审,立项、结项名单公示。", "乐正青禾", "leader"),
        ("秘书长", "经费管理", "法学会活动经费、课题经费挤占挪用", "一级",
         "经费专款专用,支出经秘书长、专职副会长两级审批。", "商寄远", "leader"),
        ("秘书长", "会员发展", "发展会员不按条件审核,降低入会标准", "二级", "入会申请逐级审核,新会员名单向理事会通报。",
         "商寄远", "leader"),
        ("副秘书长", "法律服务站管理", "法律服务站以奖代补资金考核不实", "二级", "考核结果集体评定,奖补资金公示后拨付。",
         "牟以宁", "leader"),
        ("办公室主任", "后勤保障", "办公用品采购不比价,验收不严", "三级", "办公用品定点采购,采购、验收分设两人。",
         "琴砚白", "middle"),
        ("研究部干事", "成果评选", "优秀法学成果评选中向评委透露作者信息", "二级",
         "评选材料隐去作者信息,评委签订保密承诺。", "晁楚音", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, matter, point, lv, measures, who, tier) in enumerate(rows, 1):
        sh.add(n, post, matter, point, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: (row[1], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (6, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年8月", None)
    return _layout(
        "law_society_duty_subjects", "http://sf975.com/portal/article/index/id/6408/cid/24.html",
        "县法学会 廉政风险防控责任清单 after the source's account of a 县法学会 (会长 held by the 政法委's 书记, a 常务"
        "副会长, 会长办公会议议事规则, 会员管理, 法律服务站 考核 and 以奖代补, 县财政 经费): 序号/the post column headed "
        "``责任主体`` (专职副会长, 秘书长, 副秘书长, ``办公室主任``, ``研究部干事``; NO 科室 column) merged per person/a "
        "short ``风险事项`` (会务决策, 课题管理, 经费管理 …: the line of work)/风险点/风险等级 一级/二级/三级/防控措施/the "
        "holder in a LAST column ``责任人`` merged per person; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def pump_station_sub_stations() -> dict:
    unit = f"{PLACE}机电排灌管理站"
    sh = _Sheet("Sheet1", [6, 12, 9, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "苍景澄", "泵站更新改造工程指定施工队伍", "制度机制风险", "★★★",
         "更新改造工程按规定招标,站务会集体决策并留存纪要。", "leader"),
        ("站领导", "站长", "苍景澄", "泵站运行维护经费分配向个别泵站倾斜", "岗位职责风险", "★★",
         "维护经费按装机容量和排灌面积测算分配,结果公开。", "leader"),
        ("站领导", "副站长", "桑晏迟", "机泵设备采购验收不严,以次充好", "业务流程风险", "★★",
         "设备采购三家以上比价,验收由工程股、财务股和使用泵站共同签字。", "leader"),
        ("工程股", "股长", "索望川", "泵站维修工程量签证虚增", "岗位职责风险", "★★★",
         "维修工程量现场核验,影像资料存档备查。", "middle"),
        ("财务股", "会计", "帅清禾", "排灌电费补贴结算与实际用电量不符", "制度机制风险", "★★",
         "电费补贴凭供电部门电量清单结算,每季度核对。", "general"),
        ("蒲汊排涝站", "站长", "隆柏舟", "汛期抢排临时用工虚报人数、工日", "思想道德风险", "★★",
         "临时用工实名登记,工资通过银行发放。", "middle"),
        ("蒲汊排涝站", "运行工", "经砚生", "私自对外提供抽水服务,收费不入账", "外部环境风险", "★",
         "对外服务统一由管理站审批,收费开具票据。", "general"),
        ("荻洼电灌站", "站长", "暨林皋", "灌溉用水计量不实,为关系户少计水量", "外部环境风险", "★★",
         "用水计量每月公示,受益村组签字确认。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _person_rows(sh, first, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "pump_station_sub_stations", "http://cdzx.changde.gov.cn/art/2016/7/14/art_9712_390150.html",
        "县机电排灌管理站 岗位廉政风险点一览表 after the source's 调研报告 on a 市's 农村灌排泵站 (装机容量, 排灌面积, "
        "更新改造, 维护经费, 泵站负责人 and 水利站长): 序号/部门 merged — the 站's own offices (站领导, 工程股, 财务股) "
        "AND two 泵站 of its own, ``蒲汊排涝站`` (站长, 运行工) and ``荻洼电灌站`` (站长)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged note ``注：★★★为高风险，★★为中风险，★为"
        "低风险。`` under the table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def vegetable_station_person_first() -> dict:
    unit = f"{PLACE}蔬菜技术指导站"
    sh = _Sheet("一览表", [6, 9, 9, 22, 34, 6, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "姓名", "职务", "分工", "风险点", "等级", "措施")
    rows = [
        ("寿雪樵", "站长", "主持全面工作,分管财务", "设施蔬菜项目扶持对象确定不公开,向关系户倾斜", "高",
         "扶持对象经站务会研究,名单在村组公示七天。", "leader"),
        ("寿雪樵", "站长", "主持全面工作,分管财务", "钢架大棚建设补贴验收走过场", "高",
         "补贴验收乡镇、村、站三方到场,验收照片存档。", "leader"),
        ("满禾青", "副站长", "分管技术推广和示范基地", "示范基地种子、农膜采购中收受回扣", "中",
         "农资采购公开比价,验收双人签字。", "leader"),
        ("仲孙若木", "农艺师", "负责新品种引进试验", "新品种试验示范结果评价不客观", "低",
         "试验数据两人记录,评价由专家组出具。", "general"),
        ("双晴野", "技术员", "负责农药残留速测和技术培训", "农残速测结果弄虚作假,对不合格样品不报告", "高",
         "速测样品编号留样,不合格结果当日上报。", "general"),
        ("双晴野", "技术员", "负责农药残留速测和技术培训", "技术培训虚报参训人数", "中",
         "培训签到、照片存档,补助按实到人数发放。", "general"),
        ("台绾秋", "会计", "负责会计核算和报账", "项目资金报账审核不严,白条入账", "中",
         "报账凭证三级审核,不合规票据一律退回。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, who, post, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, None, "填表日期：2024年7月", None, None)
    return _layout(
        "vegetable_station_person_first",
        "https://www.gaxify.com/news/jie-mi-xian-shu-cai-zhan-zhan-zhang-tian-jian-di-tou-de-shou-hu-zhe-ru-he-yin-ling-lv-se-nong-ye-cha.html",
        "县蔬菜技术指导站 廉政风险点一览表 after the source's account of a 县蔬菜站站长's work (农业技术推广, 农产品质量 "
        "and 农药 use, 农民培训, 新技术): the title, then 序号/the holder FIRST — ``姓名 | 职务 | 分工`` (all three merged "
        "per person; NO 科室 column)/风险点/the short headings ``等级`` (高/中/低) and ``措施``; no type column; "
        "站长签字/填表日期",
        [sh], t,
    )  # fmt: skip


def health_education_type_suffix() -> dict:
    unit = f"{PLACE}健康教育所"
    sh = _Sheet("排查表", [6, 12, 9, 9, 34, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "勾承泽", "健康教育宣传资料印制指定印刷厂", "制度机制类", "高风险",
         "宣传资料印制按政府采购程序,印制数量与发放台账核对。", "leader"),
        ("所领导", "所长", "勾承泽", "健康促进项目资金分配不经所务会研究", "制度机制类", "高风险",
         "项目资金分配经所务会研究,结果公开。", "leader"),
        ("所领导", "副所长", "宗政蔓", "无烟单位、健康单位评审打分不客观", "岗位职责类", "中风险",
         "评审实行专家打分,评审结果公示。", "leader"),
        ("宣传科", "科长", "揭晓萤", "健康讲座虚报场次、听众人数,套取讲课费", "思想道德类", "中风险",
         "讲座签到表、照片和课件存档,讲课费转账发放。", "middle"),
        ("宣传科", "科长", "揭晓萤", "健康教育视频制作验收不严", "业务流程类", "低风险",
         "视频制作合同明确成果标准,验收两人签字。", "middle"),
        ("健康促进科", "科长", "后知秋", "居民健康素养监测入户调查数据造假", "岗位职责类", "高风险",
         "监测问卷随机抽取复核,电话回访不少于一成。", "middle"),
        ("健康促进科", "科员", "充明远", "评审中接受被评审单位宴请、礼品", "外部环境类", "中风险",
         "评审人员签订廉洁承诺,评审期间不接受宴请。", "general"),
        ("办公室", "会计", "辜霁月", "宣传物资出入库登记不实", "制度机制类", "低风险", "宣传物资出入库登记,每季度盘点。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, "科室负责人:", None, "所长审核:", None, "2024年5月", None)
    return _layout(
        "health_education_type_suffix", "http://szrb.sz-news.com.cn/shtml/szrb/20080628/26763.shtml",
        "县健康教育所 岗位廉政风险排查表 after the source's account of a new 市健康教育所 (宣传活动 on 结核病, 职业病, "
        "高血压 days; 宣传资料 and 健康教育处方 printed and handed out; 健康知识专栏 in schools and 社区): 序号/科室 "
        "merged (所领导, 宣传科, 健康促进科, 办公室)/岗位 and ``责任人`` merged per person/风险点/风险类别 written with a "
        "``类`` ending (``制度机制类``, ``岗位职责类``, ``思想道德类``, ``业务流程类``, ``外部环境类``)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; 填表人/科室负责人/所长审核/date",
        [sh], t,
    )  # fmt: skip


def self_employed_assoc_branches() -> dict:
    unit = f"{PLACE}个体劳动者协会"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 20, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("协会领导", "秘书长", "蒉嘉陵", "主持协会日常工作", "会费收缴标准随意调整,强制个体工商户入会缴费", "Ⅰ级",
         "会费标准经会员代表大会通过并公开,坚持入会自愿。", "leader"),
        ("协会领导", "秘书长", "蒉嘉陵", "主持协会日常工作", "协会资金使用不经会长办公会研究", "Ⅰ级",
         "资金使用严格执行会长办公会集体研究制度。", "leader"),
        ("协会领导", "副秘书长", "谷梁素", "分管会员服务和分会工作", "评选表彰诚信经营户中优亲厚友", "Ⅱ级",
         "评选标准公开,候选名单公示。", "leader"),
        ("办公室", "主任", "伊映川", "负责文秘、后勤", "活动经费虚列支出", "Ⅱ级",
         "活动先报方案后实施,经费凭签到表和发票据实报销。", "middle"),
        ("办公室", "会计", "弓雪芹", "负责会费收取和会计核算", "会费收取不开票据,收入不入账", "Ⅰ级",
         "会费一律开具社会团体会费票据,每月与银行对账。", "general"),
        ("会员服务部", "部长", "归海潮", "负责会员培训和维权服务", "组织会员培训时推销商品、收取费用", "Ⅱ级",
         "培训一律免费,培训内容报秘书长审定。", "middle"),
        ("城东分会", "分会长", "郯清远", "负责分会会员联络和活动组织", "慰问困难会员名单不实,截留慰问金", "Ⅱ级",
         "慰问对象经分会集体研究并公示,慰问金直接发放到人。", "middle"),
        ("城东分会", "干事", "邝若渔", "负责会员信息采集", "泄露会员经营信息", "Ⅲ级", "会员信息专人管理,查阅登记。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)],
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "self_employed_assoc_branches",
        "http://shandong-chorography.org/database/c17/section/2/article/443/",
        "县个体劳动者协会 岗位廉政风险点排查登记表 after the source's 县志 entry on a 县个体劳动者协会 (代表大会, 理事会, "
        "分会 and 会员小组, 会长/副会长/秘书长, 表彰 of 先进个体劳动者, 慰问 of 会员): 序号/部门 merged (协会领导, 办公室, "
        "会员服务部 and a 分会 ``城东分会`` with its 分会长 and 干事)/岗位, 姓名 and ``主要职责`` merged per person/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def sanitation_office_crew_rows() -> dict:
    unit = f"{PLACE}市容环境卫生管理所"
    sh = _Sheet("排查表", [6, 12, 11, 14, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    crew = "全体道路保洁员"
    rows = [
        ("所领导", "所长", "阙霜林", "环卫作业市场化外包项目不经集体研究确定承接单位", "制度机制风险", "高",
         "外包项目进入公共资源交易平台,所务会集体研究。", "leader"),
        ("所领导", "所长", "阙霜林", "环卫车辆、垃圾桶采购中收受好处", "外部环境风险", "高",
         "采购按政府采购程序,验收三人以上签字。", "leader"),
        ("所领导", "副所长", "戈砚舟", "外包作业考核打分不严,考核结果与付款脱节", "岗位职责风险", "中",
         "考核细则公开,考核结果与服务费支付挂钩。", "leader"),
        ("清扫队", "队长", "虢望野", "清扫保洁临时用工虚报人数", "思想道德风险", "中",
         "临时用工实名登记、考勤打卡,工资银行代发。", "middle"),
        ("清扫队", "道路保洁员", crew, "收受沿街商户好处,对乱倒垃圾不报告", "外部环境风险", "低",
         "实行网格责任制,巡查发现问题拍照上报。", "general"),
        ("清运队", "队长", "沃晨钟", "垃圾清运车辆加油、维修费用虚报", "制度机制风险", "中",
         "车辆定点加油、维修,油耗按车按月统计公示。", "middle"),
        ("清运队", "驾驶员", "竺晴川", "私自为单位、个人清运建筑垃圾,收费不入账", "外部环境风险", "中",
         "清运任务由队部统一派单,车辆安装定位系统。", "general"),
        ("监察队", "队长", "钦若愚", "对乱扔乱倒行为查处降格处理,以罚代管", "岗位职责风险", "高",
         "处罚决定集体审核,执法过程全程记录。", "middle"),
        ("综合办公室", "会计", "鲜于晴", "公厕收费款、罚没款票款不符", "制度机制风险", "中",
         "收费票据统一领用核销,票款日清月结。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        person = "" if who == crew else who
        t.point(sh.name, dept, post, person, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "sanitation_office_crew_rows", "https://www.kfkhr.com/1/1977169.html",
        "县市容环境卫生管理所 廉政风险点排查表 after the source's account of what an 环卫所 does (清扫街道, 清运垃圾, "
        "维护公共厕所, 垃圾中转站, 车辆和设备): 序号/科室 merged (所领导, 清扫队, 清运队, 监察队, 综合办公室)/岗位 and 姓名 "
        "merged per person — the 清扫队's ``道路保洁员`` row naming ``全体道路保洁员`` under 姓名 (no one person)/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施 (the compound surname ``鲜于晴``); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    congress_office_committee_rooms(),
    marriage_registry_summary_line(),
    civilization_office_padded_names(),
    law_society_duty_subjects(),
    pump_station_sub_stations(),
    vegetable_station_person_first(),
    health_education_type_suffix(),
    self_employed_assoc_branches(),
    sanitation_office_crew_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch137-inbox"))
