"""An eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县政府金融工作办公室, a 县史志
办公室, a 县委网信办, a 县计划生育协会, a 县经济合作局, a 县委巡察办, a 县计划生育委员会 and a 县纪委机关 —
each handing back its 岗位廉政风险防控一览表 / 排查表 / 清单 the everyday way:

- a 金融工作办公室 一览表: ``附件3`` over the title, 股室 merged (领导班子 first), 岗位/姓名 merged per
  person, 高/中/低, a 填表人/审核人 line;
- a 史志办公室 排查表 WITHOUT a 科室 column: each post kept as written (``编研股股长``), department "",
  short type names, 高/中/低;
- a 计划生育协会 清单 对岗不对人: 部室 merged, ``…风险`` types, levels ``★★★/★★/★`` with a 说明 under it;
- a 经济合作局 排查表 whose 股室 are group rows merged across the table (``一、局领导班子``,
  ``二、招商引资股``), the running number going on under each;
- a 巡察办 排查表 under a ``填报单位:…(盖章) | 填报时间:…`` line, 科室 = 综合室 and the 巡察组,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, an empty ``备注`` column;
- a 计划生育委员会 登记表 by 股室 with levels ``高级/中级/低级`` and a trailing ``责任领导`` (a supervisor
  over several posts, not the holder);
- a 纪委机关 清单 typed in WPS without merging: 科室, 职务 and 姓名 written only on the FIRST row of each
  group / person and left blank below.

One is harder:

- ``cyber_office_trailing``: a 县委网信办 清单 with no post or name column before the risk: the
  holder is given only in a trailing ``责任股室 | 责任人`` pair, the 责任人 cell written ``股长 邝海波``
  (post, a space, then the name); levels ``一级/二级/三级``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市政府 office's 股(室) 岗位责任制
and 工作制度, a 县史志办 with six staff, a 县委网信办's year of 舆情 and 网络安全 work, a 县计生协's
生育关怀 and 家庭发展 work, a 县's 经济合作 and 招商引资 targets, a 县委巡察机构's five years, a 县计生委's
four 股 (人秘股、政策法规股、规划统计股、宣传教育股), a 县纪委监委 website run by its 党风政风监督室 and
办公室) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch81`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``责任人`` cell ``股长 邝海波`` is the post 股长 and the holder 邝海波; the ``责任股室`` beside it is
  the 科室;
- ``★★★/★★/★`` are 1/2/3, ``高级/中级/低级`` are 1/2/3, ``一级/二级/三级`` are 1/2/3;
- a group row ``二、招商引资股`` merged across the table is the 科室 of the rows under it and no point;
  ``一、局领导班子`` makes its rows the leaders';
- a 科室/职务/姓名 written only on the first row of its run holds for the blank cells under it;
- a ``责任领导`` beside 岗位 and 姓名 columns is a supervisor, not the holder;
- a list without a 科室 column keeps each post as written, department "".

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b81_"
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADES = {"高级": 1, "中级": 2, "低级": 3}
ORDINALS = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LEADERS = {"主任", "副主任", "局长", "副局长"}


def _tier(post: str, middle=("股长", "部长", "组长", "副组长", "办公室主任")) -> str:
    if post in LEADERS:
        return "leader"
    return "middle" if post in middle else "general"


# --------------------------------------------------------------------------- harder layout


def cyber_office_trailing() -> dict:
    unit = "中共XX县委网络安全和信息化委员会办公室"
    sh = _Sheet("网信办", [6, 36, 8, 34, 12, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "风险点", "风险等级", "防控措施", "责任股室", "责任人")
    rows = [
        ("网络舆情处置中为涉事单位删帖压帖收取好处", "一级", "删帖处置须经分管领导审批,处置过程登记留痕。",
         "网络舆情股", "股长 邝海波"),
        ("舆情监测服务项目采购指定供应商", "一级", "服务项目按政府采购程序实施,合同经办务会研究。", "综合股",
         "股长 饶秀英"),
        ("网站备案、新媒体账号注册审核把关不严", "二级", "审核材料双人复核,办理结果公示。", "网络管理股",
         "股长 简立新"),
        ("网络安全检查降低标准予以通过", "二级", "检查两人以上,问题清单闭环销号。", "网络管理股", "科员 祝晓东"),
        ("网络安全宣传周活动经费虚列支出", "三级", "活动经费按预算执行,凭合同、发票报账。", "综合股",
         "股长 饶秀英"),
    ]  # fmt: skip
    for n, (point, lv, measures, dept, holder) in enumerate(rows, 1):
        sh.add(n, point, lv, measures, dept, holder)
        post, who = holder.split(" ")
        t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINALS[lv])
    _line(sh, "注:风险等级分一级(高)、二级(中)、三级(低)。", 6)
    sh.add("填报人:", None, "审核人:", None, "2025年3月", None)
    return _layout(
        "cyber_office_trailing", "https://xing528.com/lilun/1725186.html",
        "(harder) 县委网信办 廉政风险防控清单 after the source's account of a 县委网络安全和信息化委员会办公室's year "
        "(舆情快报, 网络信息工作格局, 电子政务, 网络与信息安全检查): 序号/风险点/风险等级 ``一级/二级/三级``/防控措施, "
        "then a TRAILING ``责任股室 | 责任人`` pair, the 责任人 cell written ``股长 邝海波`` (post, a space, the "
        "name) — no other post or name column; the 综合股 股长 on rows 2 and 5; a 注 on the levels and a "
        "填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def finance_office_sections() -> dict:
    unit = "XX县人民政府金融工作办公室"
    sh = _Sheet("一览表", [6, 12, 10, 9, 36, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主任", "符建业", "地方金融组织监管事项个人决定,为关系企业说情", "高",
         "重大监管事项办务会集体研究,主任末位表态。"),
        ("领导班子", "副主任", "甘丽萍", "政府性融资担保代偿审核把关不严", "高",
         "代偿项目经担保机构、财政、金融办三方会审。"),
        ("综合股", "股长", "滕红霞", "办公经费报销把关不严,虚列支出", "中", "报销实行经办、股长、主任三级审签。"),
        ("综合股", "股长", "滕红霞", "公务接待超标准、超范围", "低", "接待凭公函,接待清单随票报销。"),
        ("金融服务股", "股长", "麦志华", "企业应急转贷资金审核不严,向关系企业倾斜", "高",
         "转贷资金申请公开受理,合作银行、金融办双审。"),
        ("金融服务股", "科员", "卢思远", "泄露企业融资信息谋取好处", "中", "签订保密承诺,企业资料专人保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2025年4月", None)
    return _layout(
        "finance_office_sections", "https://wenshuyi.com/a/file5fw1h8dz.html",
        "县政府金融工作办公室 岗位廉政风险防控一览表 after the source's 工作制度 of a government office whose "
        "各股(室) work to a 岗位责任制 (首问负责, 服务承诺): ``附件3`` above the title; 序号/股室 merged (领导班子, "
        "综合股, 金融服务股)/岗位 and 姓名 merged per person (the 综合股 股长 over two rows)/风险点/风险等级 "
        "高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def history_office_posts() -> dict:
    unit = "XX县史志办公室"
    sh = _Sheet("Sheet1", [6, 12, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "闵德海", "志书编纂经费安排个人说了算", "制度机制", "高", "经费使用经办公会研究,年终公开。"),
        ("主任", "闵德海", "接受入志单位、个人请托,违规增删入志内容", "思想道德", "中",
         "志稿实行三审制,评审专家签字负责。"),
        ("副主任", "邬秀琴", "年鉴印刷单位选定不公开", "业务流程", "高", "印刷业务按政府采购程序比选。"),
        ("编研股股长", "兰国庆", "向入鉴单位收取供稿、版面费用", "岗位职责", "中", "入鉴一律不收费,公开举报电话。"),
        ("报账员", "殷小雨", "审稿专家劳务费虚报冒领", "制度机制", "低", "劳务费银行转账发放,名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, _tier(post, ("编研股股长",)), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表时间:2025年5月", None, None, None)
    return _layout(
        "history_office_posts", "https://ttnews.xyz/a/5b6177c0dc9b5e78fd2cacc0",
        "县史志办公室 廉政风险点排查表 after the source's account of a 县史志办 of six staff (修志编鉴, 副主任 "
        "配备, 地方史志编纂委员会): NO 科室 column — 序号/岗位 (``主任``, ``副主任``, ``编研股股长``, ``报账员``; the "
        "post kept as written, department \"\") and 姓名 merged per person/风险点/风险类型 short names/风险等级 "
        "高/中/低/防控措施; 单位负责人/填表时间 line",
        [sh], t,
    )  # fmt: skip


def family_planning_assoc_posts() -> dict:
    unit = "XX县计划生育协会"
    sh = _Sheet("清单", [6, 12, 12, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施清单", 7)
    sh.add("序号", "部室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "计生特殊家庭帮扶对象审核不严", "岗位职责风险", "★★★",
         "帮扶对象村级评议、乡镇审核、协会复核,名单公示。"),
        ("办公室", "会计", "会费、捐赠资金收支不入账", "制度机制风险", "★★★", "资金统一进入协会账户,票据连号管理。"),
        ("办公室", "会计", "专项经费截留挪用", "业务流程风险", "★★", "专项经费专账核算,接受年度审计。"),
        ("宣传服务部", "部长", "生育关怀活动物资采购以次充好", "外部环境风险", "★★", "物资三家比价,验收两人签字。"),
        ("宣传服务部", "干事", "家庭发展服务项目考核打分不实", "思想道德风险", "★", "考核结果集体评定并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    _line(sh, "说明:★★★为高风险,★★为中风险,★为低风险。", 7)
    return _layout(
        "family_planning_assoc_posts", "https://www.huoshannews.cn/shehui/202207/t20220707_6150790.html",
        "县计划生育协会 岗位廉政风险点及防控措施清单 对岗不对人 after the source's account of a 县计生协's "
        "work (家庭发展服务中心, 计生协改革, 生育关怀, 服务乡村振兴): 序号/部室 merged (办公室, 宣传服务部)/岗位 "
        "merged (the 会计 over two rows)/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; no names; a "
        "说明 line under it giving the stars",
        [sh], t,
    )  # fmt: skip


def economic_cooperation_groups() -> dict:
    unit = "XX县经济合作局"
    sh = _Sheet("排查表", [6, 10, 9, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导班子", "局领导班子", [
            ("局长", "岑卫东", "招商引资优惠政策兑现不经集体研究", "制度机制风险", "高",
             "优惠政策兑现经局党组会研究,结果公示。"),
            ("副局长", "芮小梅", "签约项目履约监管不力,为企业隐瞒违约", "岗位职责风险", "中",
             "履约情况季度通报,违约项目按合同追责。"),
        ]),
        ("二、招商引资股", "招商引资股", [
            ("股长", "匡志刚", "招商引资奖励资金审核不实,虚报引资额", "业务流程风险", "高",
             "到位资金以银行凭证为准,奖励资金第三方核查。"),
            ("科员", "蒲晓燕", "外出招商差旅费超标准报销", "思想道德风险", "低", "外出招商事前审批,事后报告。"),
        ]),
        ("三、项目服务股", "项目服务股", [
            ("股长", "冉建伟", "帮办代办中接受企业宴请、红包", "外部环境风险", "中", "帮办事项登记,企业回访评议。"),
            ("股长", "冉建伟", "项目跟踪台账数据虚报", "岗位职责风险", "低", "台账数据与统计、税务数据比对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, rows in groups:
        _line(sh, label, 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填报单位(盖章):", None, None, "主要负责人签字:", None, "2025年3月", None)
    return _layout(
        "economic_cooperation_groups", "https://m.muncard.com/govop/show/20220221043249-31410-00-000.html",
        "县经济合作局 岗位廉政风险排查表 after the source's 县政府 notice on 经济合作 and 招商引资 (履约率, 开工率, "
        "资金到位率, 一企一策 跟踪服务, 项目推进台账): 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施, the 股室 given ONLY by group rows merged across the table (``一、局领导班子``, ``二、招商引资股``, "
        "``三、项目服务股``), the running number going on under each; 岗位/姓名 merged per person; 盖章/签字 line",
        [sh], t,
    )  # fmt: skip


def inspection_office_teams() -> dict:
    unit = "中共XX县委巡察工作领导小组办公室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 36, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查表", 8)
    r = sh.add(
        f"填报单位:{unit}(盖章)", None, None, None, "填报时间:2025年3月10日", None, None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("综合室", "主任", "温立群", "从巡察人才库抽调人员优亲厚友", "Ⅱ级", "人员抽调经领导小组研究,名单备案。"),
        ("综合室", "主任", "温立群", "巡察工作经费报销审核不严", "Ⅲ级", "经费报销凭派驻通知和行程单。"),
        ("第一巡察组", "组长", "凌卫国", "接受被巡察单位宴请、礼品", "Ⅰ级", "进驻前签订廉洁承诺,纪律监督员随组监督。"),
        ("第一巡察组", "组长", "凌卫国", "对发现的问题线索瞒案不报、降格处理", "Ⅰ级", "问题线索集体研判,逐件登记备查。"),
        ("第一巡察组", "副组长", "樊雅琴", "泄露巡察工作秘密、跑风漏气", "Ⅱ级", "涉密材料专人管理,签订保密承诺书。"),
        ("第二巡察组", "联络员", "鲍志成", "为被巡察对象打探消息、说情", "Ⅱ级", "执行回避制度,违纪严肃追责。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, None)
        tier = "middle" if post in ("主任", "组长", "副组长") else "general"
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    return _layout(
        "inspection_office_teams", "http://lcjjjc.gov.cn/info-138-11001.html",
        "县委巡察办 岗位廉政风险点排查表 after the source's account of a 县委巡察机构's five years (巡察办, 巡察组, "
        "巡察人才库, 问题线索移交, 巡察干部管理): a bare title, then ``填报单位:…(盖章)`` and ``填报时间:…`` on one "
        "line in two merged halves; 序号/科室 merged (综合室, 第一巡察组, 第二巡察组)/岗位 and 姓名 merged per "
        "person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/an empty 备注",
        [sh], t,
    )  # fmt: skip


def birth_commission_grades() -> dict:
    unit = "XX县计划生育委员会"
    sh = _Sheet("风险点", [6, 12, 8, 9, 36, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}股室岗位廉政风险点登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("人秘股", "股长", "陶建新", "干部培训、评先评优名额分配优亲厚友", "中级", "名额分配办务会研究,结果公示。",
         "武国华"),
        ("人秘股", "出纳", "贺晓琳", "现金收支不及时入账、公款私存", "高级", "现金日清月结,会计每月盘点。", "武国华"),
        ("政策法规股", "股长", "毕文涛", "社会抚养费征收违规减免", "高级", "减免须集体研究,征收票据统一管理。",
         "武国华"),
        ("政策法规股", "股长", "毕文涛", "行政执法案件查处不严、以罚代管", "中级", "执法案件法制审核,卷宗定期评查。",
         "武国华"),
        ("规划统计股", "统计员", "石婷", "人口统计数据弄虚作假", "低级", "统计数据逐级签字,抽样核查。", "柏丽君"),
        ("宣传教育股", "股长", "车志远", "宣传品印制不比价、虚报数量", "低级", "印制三家比价,入库验收登记。", "柏丽君"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (7, lambda row: (row[1], row[7]))])  # fmt: skip
    _line(sh, "说明:风险等级分高级、中级、低级三个等次。", 8)
    return _layout(
        "birth_commission_grades", "http://duchang.com.cn/read-htm-tid-21177-fpage-557.html",
        "县计划生育委员会 股室岗位廉政风险点登记表 after the source's 职责、内设机构 of a 县计生委 (人秘股, 政策法规股, "
        "规划统计股, 宣传教育股; 社会抚养费, 统计, 宣传教育): 序号/股室 merged/岗位 and 姓名 merged per person/"
        "``廉政风险点``/风险等级 ``高级/中级/低级``/防控措施/a trailing ``责任领导`` merged per 股室 (武国华 over 人秘股 "
        "and 政策法规股, 柏丽君 over the other two) — a supervisor, not the holder; a 说明 line under it",
        [sh], t,
    )  # fmt: skip


def discipline_rooms_first_row() -> dict:
    unit = "中共XX县纪律检查委员会"
    sh = _Sheet("机关", [6, 14, 8, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "成立军", "公务用车、办公用品管理不规范", "制度机制", "低", "车辆使用登记,物品出入库台账。"),
        ("办公室", "主任", "成立军", "纪检监察网站信息发布审核不严、泄露工作秘密", "岗位职责", "中",
         "信息发布三审,涉密信息不上网。"),
        ("办公室", "会计", "钮佳琪", "办案经费报销把关不严", "业务流程", "中", "办案经费专项核算,凭审批单报销。"),
        ("党风政风监督室", "主任", "甄海涛", "监督检查发现问题不报告、压案不查", "岗位职责", "高",
         "问题线索统一登记,室务会集体研判。"),
        ("党风政风监督室", "科员", "晏小丽", "接受监督对象请托,透露检查安排", "思想道德", "高",
         "检查安排临时通知,违纪从严查处。"),
        ("案件审理室", "主任", "穆振华", "审理中违规改变定性、减轻处分", "岗位职责", "高", "审理意见集体讨论,报常委会审定。"),
        ("案件审理室", "主任", "穆振华", "与被审理人员私下接触", "外部环境", "中", "谈话两人以上,全程录音录像。"),
    ]  # fmt: skip
    prev = (None, None, None)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        shown_dept = dept if dept != prev[0] else None
        same_person = (dept, post, who) == prev
        sh.add(n, shown_dept, None if same_person else post, None if same_person else who, point, typ, lv,
               measures)  # fmt: skip
        prev = (dept, post, who)
        t.point(sh.name, dept, post, who, "middle" if post == "主任" else "general", point,
                types_in(typ), HML[lv])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, None, "审核人:", None, "2025年4月", None)
    return _layout(
        "discipline_rooms_first_row", "https://longxian.qinfeng.gov.cn/info/1010/4066.htm",
        "县纪委机关 岗位廉政风险防控清单 after the source's rules for a 县纪委监委 门户网站 run by its 党风政风监督室 "
        "with the 办公室 (信息审核、发布, 保密, 经费): 序号/科室/职务/姓名/风险点/风险类别 short names/风险等级 高/中/低/"
        "防控措施, typed WITHOUT merging — 科室 written only on the first row of each 科室 and 职务/姓名 only on the "
        "first row of each person, blank below (办公室 主任 over rows 1-2, then its 会计; 案件审理室 主任 over rows 6-7); "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cyber_office_trailing(),
    finance_office_sections(),
    history_office_posts(),
    family_planning_assoc_posts(),
    economic_cooperation_groups(),
    inspection_office_teams(),
    birth_commission_grades(),
    discipline_rooms_first_row(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch81-inbox"))
