"""A hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 县人大常委会机关, the
县委网信办, a 县民族宗教事务局, a 县数字化城市管理指挥中心, a 县精神卫生中心, a 县公共就业服务中心, a
县非物质文化遗产保护中心, the 县委保密办 and a 县政府投资项目代建中心 — each handing back its 岗位廉政
风险防控 一览表, 排查表, 清单 or 防控卡 the way its staff ordinarily type it:

- the 人大常委会机关's 一览表 whose 科室 column is headed ``委室`` and holds the short names of its
  工作机构 (``代表工委``, ``预算工委``, ``监察和司法工委``) beside 办公室 and 研究室, its 秘书长 among the
  posts, and the two-character names PADDED with a full-width space to line up with the
  three-character ones (``邝　澜``, ``昝　澈``, ``谯　岫``);
- the 网信办's 清单 对岗不对人 with NO 科室 column: the posts as written (``综合股股长``,
  ``网络安全股股长``, ``网络舆情监测员``, ``网络新闻传播管理岗``) under ``岗位名称``, a ``主要职责``
  column, 一级/二级/三级 and an ``注：`` line naming them;
- the 民宗局's 排查表 under a ``单位（盖章）：… | 填报日期： | <a date>`` line, 股室 merged, the
  副局长 a Uyghur name written with the middle dot (``古丽娜尔·艾山``), the compound surname 尉迟,
  levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 数字城管 指挥中心's 一览表 graded on the safety scale ``重大/较大/一般`` with a ``注：`` line
  saying so, the holder under ``责任人``;
- the 精神卫生中心's 一览表 with the NAME BEFORE THE POST (``科室 | 姓名 | 职务``), the 病区 and the
  社区精防科 among its 科室, and a ``备注`` column (``兼党支部书记``, ``2024年3月轮岗``);
- the 非遗中心's 清单 whose title is typed on TWO LINES in one merged cell (the unit, Alt+Enter,
  ``岗位廉政风险防控清单``), an EMPTY column left between ``责任人`` and ``风险点`` (its heading and
  contents cleared, its width kept), and a trailing ``监督责任人``;
- the 保密办's 防控卡 one a sheet, each with ``姓名 | … | 性别 | …`` and ``科室 | … | 职务 | …``
  pairs above the table beside a merged ``照  片`` box, a short ``风险点`` beside ``风险表现``;
- the 代建中心's 排查表 whose ``防控措施`` heading is merged over three sub-columns named as the
  source names the stages — ``前期预防 | 中期监控 | 后期处置`` — under a two-row header; no type column.

One is harder:

- ``employment_center_roster_sheet``: the 就业服务中心's 一览表 names posts only (科室 | 岗位, no
  name anywhere on the sheet) and says under the table ``注：各岗位责任人见“岗位人员”表。``; the
  second sheet ``岗位人员`` is the roster — 科室 | 岗位 | 姓名 | 联系电话, one holder a post, and a
  驾驶员 who holds no post of the table. The holders are the roster's.

Every unit is a body of an invented 昆山县. Each layout imitates the *shape* of such a table after
a public page (its ``source``) that no earlier batch cited; most pages describe their subject in
prose (a 县级人大常委会's 办事机构 ``…室`` and 工作机构 ``…工委``; a 县委网信办's 网络内容监管, 网络安全
防护 and 舆情引导; a 民宗局's 办公室, 民族事务股 and 宗教事务股; a 县数字城管指挥中心's 网格, 坐席员 and
巡查; 精神卫生 work across 精神卫生中心, 病区 and 社区; the 促进就业资金's 补贴 and their 信息公开; the
uses of a 非遗保护专项资金; a 县委保密办's duties; 前期预防, 中期监控 and 后期处置 of 廉政风险) and the
layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch129`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a name padded with a full-width space (``邝　澜``) is that name (邝澜); ``古丽娜尔·艾山`` is one name,
  its middle dot kept;
- ``委室`` is the 科室 heading; ``代表工委``, ``预算工委``, ``监察和司法工委`` are 科室 of the 人大常委会机关
  as written, not their long names;
- ``重大/较大/一般`` are Ⅰ/Ⅱ/Ⅲ级 (the ``注：`` line says it is the table's three-level scale);
- a column with no heading and no content is no column; ``备注`` is no point and no post;
- the roster on the sheet ``岗位人员`` names the holder of each post of the 一览表 (as a 名单 above a
  table does); its 驾驶员, who holds no post of the table, is no form;
- the ``前期预防 | 中期监控 | 后期处置`` sub-columns are one measure;
- 秘书长 of the 人大常委会机关, 主任/副主任 of an 办 or a 中心, 局长/副局长 are leaders; 科长, 股长, 部长,
  委室 主任/副主任, 办公室主任, 护士长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no LibreOffice re-saved copies are kept for this batch (prefix ``b129_``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b129_"
PLACE = "昆山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SCALE = {"重大": 1, "较大": 2, "一般": 3}
GAP = "\u3000"


def _padded(name: str) -> str:
    """A two-character name as offices type it to line up with three: a full-width space between."""
    return f"{name[0]}{GAP}{name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def employment_center_roster_sheet() -> dict:
    unit = f"{PLACE}公共就业服务中心"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 16, 34, 12, 8, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "就业专项资金分配方案不经主任办公会集体研究", "制度机制", "高",
         "资金分配方案集体研究,会议纪要存档,分配结果公示。"),
        ("中心领导", "副主任", "职业技能培训定点机构遴选中接受培训机构请托", "外部环境", "高",
         "定点机构公开遴选,评审专家随机抽取,结果公示。"),
        ("就业服务科", "科长", "公益性岗位人员认定把关不严,出现吃空饷", "岗位职责", "高",
         "公益性岗位人员实名管理,每季度实地核查在岗情况。"),
        ("就业服务科", "补贴审核员", "社保补贴、岗位补贴申报材料审核不严,致使虚报冒领", "岗位职责", "中",
         "补贴申报材料初审、复审两级审核,与社保缴费数据比对。"),
        ("就业服务科", "补贴审核员", "补贴审核超时限办理,故意刁难申请单位", "思想道德", "低",
         "办理时限公开,超时办理纳入考核。"),
        ("创业服务科", "贷款经办员", "创业担保贷款贴息资格审查不严", "业务流程", "中",
         "贴息资格与经办银行、市场监管登记信息联合核验。"),
        ("职业培训科", "科长", "培训人数、课时核查不实,培训补贴多拨", "业务流程", "高",
         "培训过程视频抽查,补贴按考核合格人数拨付。"),
        ("财务室", "会计", "就业补贴资金未按规定直接拨付到人到企", "制度机制", "中",
         "补贴资金通过社保卡或对公账户直接发放,发放明细按月公示。"),
    ]  # fmt: skip
    holders = {
        ("中心领导", "主任"): ("长孙霁月", "leader", "0512-57813201"),
        ("中心领导", "副主任"): ("东郭望川", "leader", "0512-57813202"),
        ("就业服务科", "科长"): ("禤展眉", "middle", "0512-57813211"),
        ("就业服务科", "补贴审核员"): ("栾疏影", "general", "0512-57813212"),
        ("创业服务科", "贷款经办员"): ("暨松筠", "general", "0512-57813221"),
        ("职业培训科", "科长"): ("侴晚舟", "middle", "0512-57813231"),
        ("财务室", "会计"): ("逄知秋", "general", "0512-57813241"),
    }
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        who, tier, _ = holders[(dept, post)]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    _line(sh, "注：各岗位责任人见“岗位人员”表。", 7)
    sh.add("填表人:", None, None, "审核人:", None, "2024年6月", None)
    roster = _Sheet("岗位人员", [6, 14, 16, 10, 16])
    _line(roster, f"{unit}岗位人员对照表", 5)
    roster.add("序号", "科室", "岗位", "姓名", "联系电话")
    staff = [(d, p, who, phone) for (d, p), (who, _, phone) in holders.items()]
    staff.insert(6, ("办公室", "驾驶员", "阙沐辰", "0512-57813251"))  # holds no post of the table
    first = len(roster.rows)
    for n, (dept, post, who, phone) in enumerate(staff, 1):
        roster.add(n, dept, post, who, phone)
    _merge_down(roster, first, [(1, lambda row: row[1])])
    return _layout(
        "employment_center_roster_sheet", "http://www.fsou.net.cn/html/text/lar/170230/17023058_1.html",
        "(harder) 县公共就业服务中心 岗位廉政风险防控一览表 after the source's rules on 促进就业资金 (补贴 and their 信息公开, "
        "专项举报, 责任追究): the sheet ``一览表`` names POSTS ONLY — 序号/科室 merged (中心领导, 就业服务科, 创业服务科, "
        "职业培训科, 财务室)/岗位 merged per post/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 — with no name "
        "anywhere on it and the line ``注：各岗位责任人见“岗位人员”表。`` under it; the second sheet ``岗位人员`` is the "
        "roster: ``…岗位人员对照表``, 序号/科室/岗位/姓名/联系电话, one holder a post (the compound surnames 长孙 and 东郭) "
        "and an 办公室 驾驶员 who holds no post of the table. The holders are the roster's",
        [sh, roster], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def npc_office_committees() -> dict:
    unit = f"{PLACE}人大常委会机关"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "委室", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("机关领导", "秘书长", "阙慕远", "leader", "机关经费预算安排和大额支出不经党组会集体研究", "制度机制风险",
         "高", "严格执行党组议事规则,大额支出集体研究并留存纪要。"),
        ("办公室", "主任", "邝澜", "middle", "人代会、常委会会议服务采购化整为零,指定供应商", "业务流程风险",
         "高", "会务采购按政府采购规定执行,询价三家以上并留存记录。"),
        ("办公室", "主任", "邝澜", "middle", "公务接待超标准、超范围", "制度机制风险", "中",
         "接待凭公函,接待清单逐月公开。"),
        ("办公室", "会计", "逄知夏", "general", "机关经费报销审核不严,虚列会议费、培训费", "岗位职责风险", "中",
         "报销凭证附会议通知、签到表,经办、审核、审批分离。"),
        ("研究室", "主任", "昝澈", "middle", "调研活动中接受被调研单位宴请,借调研之名公款旅游", "外部环境风险", "低",
         "调研方案事前报批,调研期间用餐按规定交费。"),
        ("代表工委", "主任", "琚鹤汀", "middle", "代表履职活动经费、代表之家建设补助分配不公", "岗位职责风险", "中",
         "补助分配标准公开,分配结果在代表履职平台公示。"),
        ("代表工委", "主任", "琚鹤汀", "middle", "代表建议交办督办中接受承办单位请托,降低办理标准", "外部环境风险", "中",
         "建议办理结果由代表评价,满意度向常委会报告。"),
        ("预算工委", "副主任", "谯岫", "middle", "预算审查监督中泄露尚未公开的预算草案信息", "岗位职责风险", "高",
         "预算草案资料登记管理,接触人员签订保密承诺。"),
        ("预算工委", "副主任", "谯岫", "middle", "预算联网监督发现的问题隐瞒不报", "思想道德风险", "中",
         "联网监督预警信息双人核查,处理情况按季报告。"),
        ("监察和司法工委", "科员", "糜溪亭", "general", "涉法涉诉信访件转办中为当事人说情、过问案件",
         "外部环境风险", "高", "信访件登记转办全程留痕,严禁干预具体案件。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "npc_office_committees", "https://www.robotmonstertoys.com/index.php?m=home&c=View&a=index&aid=762",
        "县人大常委会机关 岗位廉政风险防控一览表 after the source's account of a 县级人大常委会's 办事机构 (``某某室``: 办公室, "
        "研究室) and 工作机构 (``某某工委``: 代表工委, 预算工委, 监察和司法工委): ``附件1`` over the title; 序号/the 科室 column "
        "headed ``委室`` merged (机关领导, 办公室, 研究室, 代表工委, 预算工委, 监察和司法工委 — the SHORT names)/职务 (秘书长 among "
        "them)/姓名, both merged per person, the two-character names PADDED with a full-width space (``邝　澜``, ``昝　澈``, "
        "``谯　岫``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def cyberspace_office_posts() -> dict:
    unit = f"中共{PLACE}委网络安全和信息化委员会办公室"
    sh = _Sheet("清单", [6, 18, 26, 32, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位名称", "主要职责", "风险点", "风险等级", "防控措施")
    posts = [
        ("主任", "leader", "主持全面工作,负责网信经费和项目管理", [
            ("网络安全专项经费、网信项目安排不经集体研究", "一级", "网信项目和经费安排经主任办公会研究,结果公开。"),
        ]),
        ("副主任", "leader", "分管网络安全检查和网络安全协调", [
            ("网络安全检查中对被检查单位的隐患降格处理", "二级", "检查结果两人以上签字,整改情况跟踪销号。"),
        ]),
        ("综合股股长", "middle", "负责机关财务、资产和后勤", [
            ("办公设备、舆情监测服务采购指定供应商", "一级", "采购需求集体确定,三家以上比价。"),
            ("公务用车私用", "三级", "用车审批登记,节假日封存。"),
        ]),
        ("网络安全股股长", "middle", "负责关键信息基础设施和等级保护工作", [
            ("委托第三方开展等级保护测评、安全检查时收受好处", "二级", "第三方机构从名录中随机抽取,签订廉洁协议。"),
            ("网络安全事件通报压案不报", "二级", "事件台账实时登记,通报处置情况按月报告。"),
        ]),
        ("网络舆情监测员", "general", "负责网络舆情监测、研判和报送", [
            ("泄露未公开的舆情信息,或为他人删帖牟利", "一级", "舆情信息分级报送,删帖处置须经分管领导审批并留痕。"),
        ]),
        ("网络新闻传播管理岗", "general", "负责互联网新闻信息服务和自媒体账号管理", [
            ("对违规自媒体账号接受请托不予处置", "二级", "处置意见集体研究,处置台账定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, duty, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 6)
    sh.add("填报人:", None, "审核人:", None, "2024年5月", None)
    return _layout(
        "cyberspace_office_posts",
        "https://www.paxyq.com/t/jie-mi-xian-wei-wang-xin-ban-ru-he-shou-hu-wang-luo-kong-jian-qing-lang-tui-dong-xin-xi-shi-dai-fa-z.html",
        "县委网信办 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县委网信办's work (网络内容监管, 网络安全"
        "防护 and 检查, 网络舆情引导): ``附件2`` over the title ``中共昆山县委网络安全和信息化委员会办公室…``; NO 科室 column — "
        "序号/``岗位名称`` as written (主任, 副主任, ``综合股股长``, ``网络安全股股长``, ``网络舆情监测员``, "
        "``网络新闻传播管理岗``)/``主要职责``, both merged per post/风险点/风险等级 一级/二级/三级/防控措施; no names, no type "
        "column; a merged ``注：风险等级分为一级（高）、二级（中）、三级（低）。`` under it, then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def ethnic_religious_bureau() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("排查表", [6, 12, 10, 14, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    r = sh.add(
        f"单位（盖章）：{unit}", None, None, None, None, "填报日期：", datetime(2024, 5, 10), None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 6, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "尉迟朗月", "leader", "少数民族发展资金分配不经局务会集体研究", "制度机制", "Ⅰ级",
         "资金分配方案局务会研究,分配结果公示。"),
        ("局领导", "局长", "尉迟朗月", "leader", "宗教活动场所修缮补助项目确定中优亲厚友", "思想道德", "Ⅱ级",
         "补助项目实地查看,按评分排序确定并公示。"),
        ("局领导", "副局长", "古丽娜尔·艾山", "leader", "民族团结进步示范单位推荐标准执行不一", "岗位职责", "Ⅱ级",
         "推荐条件公开,推荐对象公示五个工作日。"),
        ("民族事务股", "股长", "禤晏清", "middle", "少数民族成份变更审核把关不严", "岗位职责", "Ⅰ级",
         "变更材料双人审核,逐级报批并存档。"),
        ("民族事务股", "股长", "禤晏清", "middle", "少数民族困难群众慰问金发放对象不实", "业务流程", "Ⅱ级",
         "慰问对象由乡镇核实,发放名单公示。"),
        ("宗教事务股", "股长", "揭雁回", "middle", "宗教活动场所设立、扩建审核中接受请托", "外部环境", "Ⅰ级",
         "审核意见集体研究,现场核查两人以上。"),
        ("宗教事务股", "股长", "揭雁回", "middle", "宗教教职人员备案材料审查不严", "岗位职责", "Ⅱ级",
         "备案材料与宗教团体认定意见逐项核对。"),
        ("宗教事务股", "科员", "羿疏桐", "general", "宗教活动场所年度检查走过场,收受场所礼品", "外部环境", "Ⅲ级",
         "检查实行清单化,检查结果集体评定。"),
        ("办公室", "会计", "粟栖梧", "general", "专项资金拨付不按项目进度,账务处理不及时", "制度机制", "Ⅲ级",
         "按进度凭验收资料拨付,账务每月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("局长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "ethnic_religious_bureau", "https://jieda2.com/life/137452.html",
        "县民族宗教事务局 廉政风险点排查表 after the source's account of a 民宗局 and its 内设机构 (办公室, 民族事务股: 民族成份 "
        "识别和更改; 宗教事务股: 宗教活动场所 and 年检): the title, then a line ``单位（盖章）：昆山县民族宗教事务局 | "
        "填报日期： | <a date cell>``; 序号/股室 merged (局领导, 民族事务股, 宗教事务股, 办公室)/岗位 and 姓名 merged per "
        "person — the 局长 the compound surname ``尉迟朗月``, the 副局长 a Uyghur name with the middle dot "
        "``古丽娜尔·艾山``/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 局长签字/填表人",
        [sh], t,
    )  # fmt: skip


def digital_city_command_grades() -> dict:
    unit = f"{PLACE}数字化城市管理指挥中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "公冶听澜", "leader", "网格化巡查外包服务项目不经集体研究确定服务商", "制度机制风险",
         "重大", "外包项目公开招标,主任办公会研究并留存纪要。"),
        ("中心领导", "主任", "公冶听澜", "leader", "信息采集服务费按采集量结算时审核不严", "岗位职责风险", "较大",
         "采集量由系统统计,结算前抽样核查。"),
        ("中心领导", "副主任", "栾砚池", "leader", "城市管理考评受人情干扰,擅自调整考评排名", "思想道德风险", "较大",
         "考评数据由系统自动生成,调整须集体研究并说明理由。"),
        ("受理派遣科", "科长", "弓晚晴", "middle", "案件派遣不按责任清单,为相关单位压案", "岗位职责风险", "较大",
         "派遣规则公开,超时未派遣案件系统自动预警。"),
        ("受理派遣科", "坐席员", "茹星野", "general", "接受当事人请托,对举报案件不立案或擅自作废", "外部环境风险",
         "重大", "案件作废须科长审核,作废案件每周抽查回访。"),
        ("监督考评科", "科长", "暨南枝", "middle", "结案核查不实,未处置案件按结案计", "业务流程风险", "较大",
         "结案前监督员现场核查拍照,结案情况随机回访。"),
        ("监督考评科", "监督员", "谷梁秋", "general", "虚报、重复上报案件套取采集奖励", "思想道德风险", "一般",
         "系统自动比对重复案件,奖励按核实案件计发。"),
        ("信息技术科", "工程师", "侴望舒", "general", "视频监控、平台运维项目验收不严", "业务流程风险", "一般",
         "运维项目按合同指标逐项验收,验收报告存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级分为重大、较大、一般三个等级。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "digital_city_command_grades", "https://www.10100.com/article/51943134",
        "县数字化城市管理指挥中心 岗位廉政风险点一览表 after the source's account of a 县数字城管指挥中心 (动态网格, 巡查 "
        "采集, 坐席员, 智能分派, 案件闭环): 序号/科室 merged (中心领导, 受理派遣科, 监督考评科, 信息技术科)/岗位 and "
        "``责任人`` merged per person (the compound surnames 公冶 and 谷梁)/风险点/风险类型 ``…风险``/风险等级 on the SAFETY "
        "scale ``重大/较大/一般``/防控措施; a merged ``注：风险等级分为重大、较大、一般三个等级。`` under it; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def mental_health_center_name_first() -> dict:
    unit = f"{PLACE}精神卫生中心"
    sh = _Sheet("Sheet1", [6, 12, 9, 10, 32, 14, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add("序号", "科室", "姓名", "职务", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "司徒鹤鸣", "主任", "leader", "医疗设备、药品采购不经中心办公会集体研究", "制度机制风险", "高",
         "采购事项集体决策,按规定进入公共资源交易平台。", "兼党支部书记"),
        ("医务科", "闾丘沁", "科长", "middle", "住院患者出院评估审核把关不严", "岗位职责风险", "高",
         "出院评估由两名以上精神科医师共同作出,结果存档。", None),
        ("医务科", "闾丘沁", "科长", "middle", "医疗纠纷处理中偏袒一方,收受好处", "外部环境风险", "中",
         "医疗纠纷集体研究处理,处理结果报中心备案。", None),
        ("药剂科", "郦若蘅", "科长", "middle", "第二类精神药品管理不严,账物不符", "岗位职责风险", "高",
         "精神药品专柜加锁、专册登记,每日盘点。", "2024年3月轮岗"),
        ("药剂科", "郦若蘅", "科长", "middle", "药品验收中收受供货企业回扣", "思想道德风险", "高",
         "药品验收双人签字,定期开展药品回扣专项检查。", None),
        ("住院一病区", "宓采薇", "护士长", "middle", "住院患者伙食费、护理费收取不规范", "业务流程风险", "中",
         "收费项目上墙公示,费用清单每日告知家属。", None),
        ("社区精防科", "甯向晚", "精防医生", "general", "严重精神障碍患者服药补助、监护补助对象核查不实",
         "岗位职责风险", "中", "补助对象与乡镇、社区共同核实,名单公示。", None),
        ("总务科", "邰鸿渐", "科长", "middle", "后勤维修工程化整为零,规避招标", "制度机制风险", "中",
         "维修项目按限额标准比选或招标,结算送审。", None),
        ("总务科", "邰鸿渐", "科长", "middle", "食堂物资采购验收不严", "业务流程风险", "低",
         "物资定点采购,验收两人以上签字。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, who, post, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "mental_health_center_name_first", "http://a-lovefish.com/html/.rdgzdcyj201708t20170817_701169.html",
        "县精神卫生中心 廉政风险防控一览表 after the source's 调研 of 精神卫生 work (精神卫生中心 and 专科医院, 病区, 社区 and "
        "康复会所, 严重精神障碍患者 管理 and 服药 补助): 序号/科室 merged (中心领导, 医务科, 药剂科, ``住院一病区``, "
        "``社区精防科``, 总务科)/the NAME BEFORE THE POST — ``姓名 | 职务``, both merged per person (the compound surnames 司徒 "
        "and 闾丘)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/``备注`` (``兼党支部书记`` beside the 主任, "
        "``2024年3月轮岗``); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def heritage_center_blank_column() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("清单", [6, 12, 10, 9, 3, 32, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}\n岗位廉政风险防控清单", 10)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        None,
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "监督责任人",
    )
    rows = [
        ("中心领导", "主任", "亓官晴川", "leader", "非遗保护专项资金使用不经集体研究", "制度机制风险", "高",
         "专项资金使用计划经主任办公会研究,支出情况按年公开。", "县文旅局"),
        ("中心领导", "主任", "亓官晴川", "leader", "代表性传承人推荐认定中优亲厚友", "思想道德风险", "高",
         "推荐认定经专家评审,推荐名单公示。", "县文旅局"),
        ("中心领导", "副主任", "籍向榆", "leader", "展示展演活动承办单位确定不公开", "业务流程风险", "中",
         "承办单位比选确定,比选结果公示。", "亓官晴川"),
        ("办公室", "主任", "郇沅芷", "middle", "珍贵实物资料征集收购价格不经评估", "岗位职责风险", "高",
         "征集收购经专家评估定价,集体研究后实施。", "籍向榆"),
        ("保护研究部", "部长", "酆枕流", "middle", "传承人补助经费发放不与传承活动考核挂钩", "岗位职责风险", "中",
         "补助按年度考核结果发放,考核结果公示。", "籍向榆"),
        ("保护研究部", "部长", "酆枕流", "middle", "抢救性记录项目验收不严", "业务流程风险", "中",
         "记录成果专家验收,验收意见存档。", "籍向榆"),
        ("传承推广部", "干事", "蒉小禾", "general", "非遗进校园、培训活动虚报参加人数", "思想道德风险", "低",
         "活动签到、照片存档,经费据实报销。", "亓官晴川"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, None, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, None, "2024年8月", None, None)
    return _layout(
        "heritage_center_blank_column",
        "http://xn--6oqx0h56mxrgjzo98id0bqweutcl58n.com/zh/feiyibaiwen/6559.html",
        "县非物质文化遗产保护中心 岗位廉政风险防控清单 after the source's answer on the uses of a 非遗保护专项资金 (代表性项目, "
        "征集和收购珍贵资料和实物, 抢救, 代表性传承人 补助, 传承人群 培养): the title typed on TWO LINES in one merged cell "
        "(``昆山县非物质文化遗产保护中心⏎岗位廉政风险防控清单``); 序号/部门 merged (中心领导, 办公室, 保护研究部, 传承推广部)/"
        "岗位 and 责任人 merged per person (the compound surname 亓官)/an EMPTY narrow column (heading and contents cleared)/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``监督责任人`` (``县文旅局`` or the 分管 leader, who holds rows of "
        "his own); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def secrecy_office_cards() -> dict:
    unit = f"中共{PLACE}委保密委员会办公室"
    t = _Truth(unit)
    cards = [
        ("领导班子", "主任", "公孙素衣", "女", "leader", "主持全面工作,负责保密经费、保密技术设备配备", [
            ("保密技术设备采购", "保密技术设备采购指定品牌或供应商,收受好处", "制度机制", "高",
             "采购需求集体研究,按政府采购程序实施。"),
            ("保密检查结果运用", "对检查发现的泄密隐患从轻处理或不予通报", "思想道德", "中",
             "检查结果集体研究,问题清单限期整改销号。"),
            ("干部选用", "机关干部推荐使用中搞亲疏远近", "岗位职责", "中", "严格执行民主推荐和任前公示。"),
        ]),
        ("保密检查股", "股长", "冉鹭汀", "男", "middle", "负责全县保密检查和泄密案件查处", [
            ("保密检查", "检查中接受被检查单位宴请、礼品,降低检查标准", "外部环境", "高",
             "检查两人以上,检查记录当场签字确认。"),
            ("泄密案件查处", "泄密事件调查中隐瞒、压案不报", "岗位职责", "高", "案件登记编号,查处情况报主任审核。"),
            ("涉密人员审查", "涉密人员上岗审查走过场", "业务流程", "低", "审查材料两人复核,审查意见存档。"),
        ]),
        ("机要室", "机要员", "阚书蘅", "女", "general", "负责涉密文件收发、传阅和清退销毁", [
            ("涉密文件管理", "涉密文件登记不全,擅自扩大知悉范围", "岗位职责", "高",
             "涉密文件逐件登记,传阅签字,定期清退。"),
            ("涉密载体销毁", "涉密载体未经审批自行销毁或交非定点单位处理", "制度机制", "中",
             "销毁清单审批,送定点单位销毁并双人监销。"),
            ("密码设备使用", "密码设备操作不规范,违规外借", "业务流程", "低", "设备专人专用,使用情况每日登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, sex, tier, duty, points in cards:
        sh = _Sheet(dept, [6, 18, 30, 10, 8, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        r = sh.add("姓名", who, "性别", sex, "照  片", None)
        sh.add("科室", dept, "职务", post, None, None)
        sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 4, r + 2, 5)
        sh.merge(r + 2, 1, r + 2, 3)
        sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        for n, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "分管领导签字:", None, None)
        sheets.append(sh)
    return _layout(
        "secrecy_office_cards",
        "https://www.paxyq.com/t/jie-mi-xian-wei-bao-mi-ban-guan-jian-yao-dian-yu-shi-zhan-zhi-nan-shou-hu-xin-xi-an-quan-mei-yi-huan.html",
        "县委保密办 岗位廉政风险防控卡 after the source's account of a 县委保密办's duties (保密检查, 泄密事件, 涉密人员, 涉密"
        "载体, 保密技术设施): ONE CARD A SHEET, the tabs named for the 科室 (领导班子, 保密检查股, 机要室); each card the "
        "title, then the pairs ``姓名 | … | 性别 | …``, ``科室 | … | 职务 | …`` and ``岗位职责 | …`` (merged) beside a box "
        "``照  片`` merged over the three rows; then 序号/a short ``风险点``/``风险表现``/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; 持卡人签字/分管领导签字 (the compound surname 公孙)",
        sheets, t,
    )  # fmt: skip


def project_agency_three_phases() -> dict:
    unit = f"{PLACE}政府投资项目代建中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 30, 8, 24, 24, 24])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", None, None)
    sh.add(None, None, None, None, None, None, "前期预防", "中期监控", "后期处置")
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 8)
    rows = [
        ("中心领导", "主任", "尉缭之", "leader", "代建项目设计变更、概算调整不经集体研究", "高",
         "明确变更审批权限,变更事项集体研究", "变更全过程留痕,纪检人员参与", "变更情况纳入项目审计"),
        ("中心领导", "主任", "尉缭之", "leader", "插手施工、监理单位招标,指定中标人", "高",
         "签订廉政承诺书,招标文件法制审核", "开评标全程录像", "中标结果公示,接受投诉"),
        ("工程管理科", "科长", "庹晓岚", "middle", "隐蔽工程验收把关不严,降低质量标准", "高",
         "验收标准事前交底", "监理、施工、代建三方到场验收", "质量问题责任倒查"),
        ("工程管理科", "现场代表", "濮阳卓", "general", "接受施工单位宴请,对现场违规施工不予制止", "中",
         "开展警示教育,签订廉洁协议", "现场代表定期轮换", "施工单位评价与现场代表考核挂钩"),
        ("造价合约科", "科长", "晁穆清", "middle", "工程量签证审核不严,虚增签证金额", "高",
         "签证审核流程公开", "签证两人以上现场核实", "签证资料送审计复核"),
        ("造价合约科", "造价员", "缪觅秋", "general", "结算审核中与施工单位串通,高估冒算", "中",
         "造价人员回避制度", "结算初审、复审分离", "结算结果委托第三方抽查"),
        ("财务科", "会计", "郄安澜", "general", "工程款支付不按合同和进度,提前或超额支付", "中",
         "支付条件写入合同", "支付凭证三级审核", "按季核对工程款支付台账"),
        ("财务科", "会计", "郄安澜", "general", "项目资金账户管理不规范,资金闲置或挪用", "低",
         "专户核算,专款专用", "资金流向按月核查", "年度专项审计"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, pre, mid, post_) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, pre, mid, post_)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None, None)
    return _layout(
        "project_agency_three_phases", "http://www.kleyou.com/html/text/lar/174078/17407826_3.html",
        "县政府投资项目代建中心 岗位廉政风险排查表 after the source's account of 防控措施 in three stages (前期预防, 中期监控, "
        "后期处置): a TWO-ROW header — 序号/科室/岗位/姓名/风险点/风险等级 each merged down two rows, ``防控措施`` merged "
        "over three sub-columns ``前期预防 | 中期监控 | 后期处置``; 科室 merged (中心领导, 工程管理科, 造价合约科, 财务科)/岗位 "
        "and 姓名 merged per person (the compound surname 濮阳)/风险等级 高/中/低; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    employment_center_roster_sheet(),
    npc_office_committees(),
    cyberspace_office_posts(),
    ethnic_religious_bureau(),
    digital_city_command_grades(),
    mental_health_center_name_first(),
    heritage_center_blank_column(),
    secrecy_office_cards(),
    project_agency_three_phases(),
]

RESAVED: tuple = ()  # no LibreOffice re-saved copies for this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch129-inbox"))
