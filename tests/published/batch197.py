"""A hundred-and-ninety-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 岗位廉政风险防控一览表,
排查表, 清单 and 自查表 that a 区委统战部, a 区工商联, a 区文化馆, a 区档案馆, a 区总工会, a 区医疗保障局, a
区融媒体中心, a 区信访局 and a 区委老干部局 hand back, typed the way their staff type them:

- the 统战部's 责任清单: 科室 merged down, 岗位 and 责任人 merged per person, a 主要职责 column before
  the 廉政风险点, 高/中/低, no type column;
- the 工商联's 排查表 with a 职级 column (``一级主任科员``, ``四级调研员``) between 姓名 and 岗位 — a
  second post-like column of ranks, as personnel offices keep it, that is not the post;
- the 文化馆's 自查表, one a sheet, under a two-line personal block ``姓名 | … | 性别 | … | 出生年月 |
  …`` / ``部门 | … | 职务 | … | 政治面貌 | …``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``自查情况`` column;
- the 总工会's list 对岗不对人 with ``部室`` and ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 医保局's 一览表 with a short ``风险点`` beside ``风险表现形式``, a ``填报单位（盖章）/填报日期`` line;
- the 融媒体中心's 一览表 whose type cells sometimes name two types (``思想道德、岗位职责``);
- the 信访局's 一览表 split by group rows ``一、办公室`` over the table's width, ``一级/二级/三级``;
- the 老干部局's list with no 科室 column, posts written with their 科室 (``离退休干部科科长``).

One is harder:

- ``archives_post_space_holder``: the 档案馆's 一览表 whose ``岗位（责任人）`` cells hold the post and
  the holder separated only by a full-width space (``科长　郏若篁``), beside a ``分管领导`` column of
  names (the supervising leader, two names over the whole table).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe the body in prose (统战工作责任清单; 统战部岗位职责; a 县文化馆's
自查自纠 meeting; 档案行政管理's risks; a 工会's 预决算制度; a 医保局's 基金监管 press conference; a 融媒体
中心's functions; how 信访 is graded; a 老干部科's duties) and the layout follows their words for the
unit, its parts, posts and risks. The rows are worded by us, the names invented; every unit is a
body of 巴南区.

Run ``python tests/published/score.py --set batch197`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``职级`` column (``一级主任科员``) is the holder's rank, not his post; the post is under ``岗位``;
- ``科长　郏若篁`` under ``岗位（责任人）`` is the post 科长 and the holder 郏若篁; the ``分管领导``
  column's names are supervising leaders, not holders;
- a personal block's ``性别``, ``出生年月``, ``政治面貌`` are no fields of the form; ``自查情况`` answers
  (``无``, ``已整改``) are no points;
- a list without a 科室 column keeps each post as written (``离退休干部科科长``, department "");
- a type cell naming two types gives both, in their order;
- 局长/副局长 are leaders; 主任 of an 办公室, of a 部 of a 馆 or of a 工会's 中心, 科长, 部长 of a 部 inside a
  工会/工商联/中心, and the 老干部局's 科长 and 活动中心主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b197_"
PLACE = "巴南区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def archives_post_space_holder() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 12, 18, 36, 9, 38, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位（责任人）", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("办公室", "主任", "厍霁川", "middle", "甯观潮", [
            ("办公用品和设备采购不按规定询价,指定供应商", "二级", "采购需求集体确定,询价不少于三家,验收两人签字。"),
            ("公务接待超标准、无公函接待", "三级", "接待先审批后接待,接待清单按月公示。"),
        ]),
        ("办公室", "会计", "蒉眠星", "general", "甯观潮", [
            ("报销票据审核不严,虚列支出", "二级", "票据逐张审核,经办人、证明人、审批人三签。"),
        ]),
        ("接收征集科", "科长", "郏若篁", "middle", "羿照临", [
            ("接收进馆档案时降低质量要求,收受移交单位好处", "二级", "进馆档案按标准逐卷检查,检查记录存档。"),
            ("征集档案资料作价不实,虚报征集经费", "一级", "征集作价由三人以上小组评估,经费支出经馆务会研究。"),
        ]),
        ("利用服务科", "科员", "阙松龄", "general", "羿照临", [
            ("违规提供未开放档案查阅、复制", "一级", "查阅实行登记审批,未开放档案须分管领导签批。"),
            ("利用档案出具证明时弄虚作假", "二级", "证明材料与原件核对,出证双人复核。"),
        ]),
        ("保管技术科", "科长", "揭书遥", "middle", "羿照临", [
            ("数字化外包项目验收走过场", "二级", "外包成果抽检比例不低于百分之十,验收结论集体研究。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, leader, points in rows:
        for point, level, measures in points:
            n += 1
            recs.append([n, dept, f"{post}{GAP}{who}", point, level, measures, leader])
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[level])
    person_rows(sh, recs, 1, (2,))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "填报日期:2024年10月", None)
    return _layout(
        "archives_post_space_holder", "http://m.handmsg.com/page/2020/0420/6681737.shtml",
        "(harder) 区档案馆 一览表 after the source's account of 档案行政管理 risks (监管责任, 业务指导, 依法治档): "
        "科室 merged down, the post AND the holder in one cell under ``岗位（责任人）`` separated only by a "
        "full-width space (``主任　厍霁川``, ``科长　郏若篁``), merged per person; 一级/二级/三级; a ``分管领导`` "
        "column of two names (甯观潮, 羿照临) each over several posts; no type column; 填报人/审核人/填报日期 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def united_front_duty_list() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 26, 34, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "主要职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "逄秋砚", "middle", [
            ("机关日常运转、公务接待、车辆管理", "公务用车私用,虚报维修和加油费用", "中",
             "车辆出行登记,维修定点并事前审批,油耗按月统计。"),
            ("统战工作经费管理", "活动经费超范围列支,以活动名义变相发放福利", "高",
             "经费支出按预算执行,大额支出部务会研究。"),
        ]),
        ("办公室", "会计", "鄢芷汀", "general", [
            ("财务核算、报销审核", "不按规定审核原始凭证,报销不合规票据", "中",
             "报销单据逐张审核,每季度接受机关纪委抽查。"),
        ]),
        ("党派工作科", "科长", "訾青岚", "middle", [
            ("党外代表人士推荐安排", "推荐党外人士人选时优亲厚友、不按程序考察", "高",
             "推荐人选集体研究,考察情况书面报告。"),
            ("民主党派活动经费审核", "审核把关不严,经费被挪作他用", "中", "经费拨付凭活动方案和结算单据。"),
        ]),
        ("经济科", "科员", "郜晚禾", "general", [
            ("联系非公有制经济人士", "接受企业宴请、礼品,为企业违规办事说情", "中",
             "与企业交往事前报告,严格执行政商交往正负面清单。"),
            ("商会组织综合评价", "评价打分不客观,收受好处提高等次", "低", "评价结果集体审定并公示。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in rows:
        for duty, point, level, measures in points:
            n += 1
            recs.append([n, dept, post, who, duty, point, level, measures])
            t.point(sh.name, dept, post, who, tier, point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "united_front_duty_list",
        "https://biganziwuyou.com/index/article/detail/detail_id/60544.html",
        "区委统战部 责任清单 after the source's 统战工作责任清单 (主体责任, 第一责任人): ``附件1`` and title above, "
        "科室 merged down, 岗位 and 责任人 merged per person, a ``主要职责`` column before ``廉政风险点``, 高/中/低, "
        "防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def federation_rank_column() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("排查表", [5, 12, 8, 14, 10, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点排查表", 9)
    sh.add("序号", "科室", "姓名", "职级", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "麴檀舟", "四级调研员", "主任", "middle", [
            ("会员会费收取、使用不规范,坐收坐支", "制度机制", "高", "会费统一缴入对公账户,收支情况向执委会报告。"),
            ("组织考察、培训活动超标准安排食宿", "思想道德", "中", "活动方案事前审批,按标准结算。"),
        ]),
        ("办公室", "仉檀音", "一级科员", "出纳", "general", [
            ("现金管理不严,公款私存", "岗位职责", "中", "现金日清月结,会计每月盘点。"),
        ]),
        ("会员部", "禤澄朔", "一级主任科员", "部长", "middle", [
            ("发展会员审核不严,吸收不符合条件的企业", "业务流程", "中", "入会申请部务会审核,名单公示。"),
            ("推荐评先评优时接受企业请托", "外部环境", "高", "推荐条件公开,推荐结果集体研究并公示。"),
        ]),
        ("经济联络部", "庹霁禾", "三级主任科员", "科员", "general", [
            ("为企业协调融资时收受好处", "外部环境", "高", "银企对接活动公开组织,不得单独联系收费。"),
            ("商会年检材料审核走过场", "岗位职责", "低", "年检材料两人审核,抽查比例不低于三成。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, who, rank, post, tier, points in rows:
        for point, typ, level, measures in points:
            n += 1
            recs.append([n, dept, who, rank, post, point, typ, level, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[level])
    person_rows(sh, recs, 1, (2, 3, 4))
    sh.add()
    r = sh.add("填表人:", None, None, None, "主要负责人签字:", None, None, None, None)
    sh.merge(r, 0, r, 3)
    return _layout(
        "federation_rank_column", "https://360docs.net/doc/0f22596772.html",
        "区工商联 排查表 after the source's 统战部岗位职责 (联系民主党派, 经济领域统战, 工商联): 科室 merged down, "
        "姓名, then a ``职级`` column of ranks (``四级调研员``, ``一级主任科员``, ``三级主任科员``, ``一级科员``) "
        "BEFORE the ``岗位`` column (主任, 出纳, 部长, 科员), merged per person; short types, 高/中/低",
        [sh], t,
    )  # fmt: skip


def culture_hall_selfcheck() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("嵇疏桐", "女", "1986.04", "群文辅导部", "主任", "中共党员", "middle", [
            ("组织群众文艺比赛评审不公,优亲厚友", "思想道德", "Ⅱ级", "无"),
            ("文艺培训班违规收取费用", "制度机制", "Ⅰ级", "已整改"),
            ("外聘辅导老师课酬虚报", "业务流程", "Ⅱ级", "无"),
        ]),
        ("佴知澜", "男", "1979.11", "非遗保护部", "主任", "中共党员", "middle", [
            ("非遗项目申报材料审核把关不严", "岗位职责", "Ⅱ级", "无"),
            ("非遗传承人补助资金发放不及时、不足额", "制度机制", "Ⅰ级", "无"),
        ]),
        ("隗映泉", "女", "1992.07", "办公室", "会计", "共青团员", "general", [
            ("演出服装、器材采购验收不严", "岗位职责", "Ⅲ级", "无"),
            ("免费开放补助资金挤占挪用", "制度机制", "Ⅰ级", "无"),
            ("财务档案保管不善,凭证缺失", "业务流程", "Ⅲ级", "无"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, dept, post, party, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"自查表{k}", [6, 12, 30, 10, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("部门", dept, "职务", post, "政治面貌", party)
        sh.add("序号", "风险点", "风险类型", "风险等级", "自查情况", "防控措施")
        for n, (point, typ, level, found) in enumerate(points, 1):
            sh.add(n, point, typ, level, found, "严格执行馆内管理制度,接受馆务公开监督。")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[level])
        sh.add()
        sh.add("本人签字:", None, None, "馆长审核:", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "culture_hall_selfcheck", "https://huanglong.qinfeng.gov.cn/info/1064/4535.htm",
        "区文化馆 自查表 one a sheet (``自查表1`` … ``自查表3``), after the source's 文化馆 自查自纠 meeting: a "
        "personal block of two rows of pairs ``姓名 | … | 性别 | … | 出生年月 | …`` / ``部门 | … | 职务 | … | "
        "政治面貌 | …`` above 序号/风险点/风险类型/风险等级 (Ⅰ级/Ⅱ级/Ⅲ级)/``自查情况`` (无, 已整改)/防控措施, "
        "``本人签字: | 馆长审核:`` below",
        sheets, t,
    )  # fmt: skip


def union_posts_no_names() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("Sheet1", [6, 14, 10, 26, 32, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "middle", "机关综合事务、资产管理", [
            ("工会资产出租不公开,租金收取不入账", "制度机制风险", "Ⅰ级", "资产出租公开招租,租金进入工会账户。"),
            ("公务接待超标准", "思想道德风险", "Ⅲ级", "接待清单按月公示。"),
        ]),
        ("财务部", "会计", "general", "工会经费核算、报销", [
            ("工会经费违规用于发放福利", "制度机制风险", "Ⅰ级", "福利发放标准经主席办公会研究,按标准执行。"),
            ("报销审核不严,票据不合规", "岗位职责风险", "Ⅱ级", "报销实行网上审批,票据真伪查验。"),
        ]),
        ("经费审查办公室", "审计员", "general", "工会经费审查审计", [
            ("审计发现问题不如实报告", "岗位职责风险", "Ⅱ级", "审计报告经审委员会集体审定。"),
        ]),
        ("权益保障部", "部长", "middle", "困难职工帮扶、金秋助学", [
            ("困难职工认定把关不严,优亲厚友", "业务流程风险", "Ⅰ级", "困难职工基层评议、公示后认定。"),
            ("帮扶资金发放不到位", "岗位职责风险", "Ⅱ级", "帮扶资金通过银行直接发放到户。"),
        ]),
        ("职工服务中心", "主任", "middle", "职工技能培训、劳模疗休养", [
            ("培训机构选定不公开", "外部环境风险", "Ⅱ级", "培训机构公开比选,结果公示。"),
            ("劳模疗休养超标准安排", "思想道德风险", "Ⅲ级", "疗休养方案报主席办公会审批。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, tier, duty, points in rows:
        for point, typ, level, measures in points:
            n += 1
            recs.append([n, dept, post, duty, point, typ, level, measures])
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[level])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "union_posts_no_names", "https://um.sanwen.net/special/vgrskf.html",
        "区总工会 一览表 对岗不对人 after the source's 工会预决算制度 (经费收支, 经审): ``部室`` merged down, 岗位 and "
        "岗位职责 merged per post, ``…风险`` types, Ⅰ级/Ⅱ级/Ⅲ级; no name anywhere",
        [sh], t,
    )  # fmt: skip


def medical_insurance_short_long() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("一览表", [5, 12, 8, 8, 18, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(
        f"填报单位（盖章）:{unit}", None, None, None, None, None, "填报日期:2024年9月", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "风险点",
        "风险表现形式",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("基金监管科", "科长", "亢砚秋", "middle", [
            ("飞行检查", "检查前泄露检查信息,对发现的违规问题降格处理", "岗位职责风险", "高",
             "检查对象随机抽取,问题处理集体研究。"),
            ("行政处罚", "处罚裁量畸轻畸重,接受说情", "制度机制风险", "高", "严格执行裁量基准,处罚决定法制审核。"),
        ]),
        ("基金监管科", "科员", "辜晴川", "general", [
            ("智能监控疑点核查", "对疑点数据不核查或核查不实", "岗位职责风险", "中", "疑点处理全程留痕,科长复核。"),
        ]),
        ("待遇保障科", "科长", "漆晏湄", "middle", [
            ("门诊慢特病认定", "降低认定标准,为不符合条件人员办理", "业务流程风险", "中", "认定实行专家评审,结果公示。"),
            ("医疗救助审核", "救助对象审核不严,重复救助", "业务流程风险", "中", "救助信息与民政数据比对。"),
        ]),
        ("医保事务中心", "稽核员", "谯听澜", "general", [
            ("定点医药机构费用稽核", "稽核时接受宴请,少扣违规费用", "思想道德风险", "高", "稽核两人以上,稽核结果交叉复核。"),
            ("异地就医手工报销", "审核不严,虚假票据报销", "岗位职责风险", "中", "票据真伪网上查验,初审复审分离。"),
            ("参保信息变更", "违规修改参保缴费信息", "制度机制风险", "低", "信息变更凭原始材料,系统操作留痕。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, level, measures in points:
            n += 1
            recs.append([n, dept, post, who, point, desc, typ, level, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "medical_insurance_short_long",
        "https://ylbzj.nantong.gov.cn/ntsylbzj/xwfbh/content/05b7827a-0d1f-4aa1-a6be-1eddbed7a92e.html",
        "区医保局 一览表 after the source's 基金监管 press conference (飞行检查, 智能监控, 稽核): a filled "
        "``填报单位（盖章）:… | 填报日期:…`` line, 科室 merged down (the 医保事务中心 among them), 岗位 and 责任人 "
        "merged per person, a short ``风险点`` beside ``风险表现形式``, ``…风险`` types, 高/中/低",
        [sh], t,
    )  # fmt: skip


def media_center_two_types() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("风险防控", [5, 12, 8, 8, 34, 16, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("新闻采编部", "主任", "酆栖梧", "middle", [
            ("有偿新闻、有偿不闻", "思想道德、岗位职责", "高", "稿件三审三校,严禁采编人员参与经营。"),
            ("审稿把关不严,发布失实报道", "岗位职责", "中", "实行稿件署名和审签制度。"),
        ]),
        ("新闻采编部", "记者", "戢芸篁", "general", [
            ("采访中接受被采访单位礼金、礼品", "思想道德", "中", "采访纪律公开,拒收登记。"),
        ]),
        ("广告运营部", "部长", "滑沐阳", "middle", [
            ("广告价格随意优惠,收受客户回扣", "制度机制、外部环境", "高", "广告价格公开,优惠须经中心会议研究。"),
            ("广告合同签订不规范", "业务流程", "中", "合同统一文本,法律顾问审核。"),
        ]),
        ("技术保障部", "技术员", "郦晚照", "general", [
            ("设备维修虚报配件", "岗位职责", "低", "维修配件以旧换新,登记台账。"),
        ]),
        ("综合办公室", "出纳", "粟念慈", "general", [
            ("广告收入不及时入账", "制度机制", "高", "广告收入直接进入对公账户,每月对账。"),
            ("稿费发放不按标准", "业务流程", "低", "稿费按月公示后发放。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in rows:
        for point, typ, level, measures in points:
            n += 1
            recs.append([n, dept, post, who, point, typ, level, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[level])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "media_center_two_types",
        "https://www.secbigdata.com/information/monitor/20260319102651403",
        "区融媒体中心 一览表 after the source's account of a 融媒体中心's duties (新闻制作与发布, 舆情, 网络安全): "
        "部门 merged down, 岗位 and 姓名 merged per person, 风险类别 cells naming one or TWO short types "
        "(``思想道德、岗位职责``), 高/中/低",
        [sh], t,
    )  # fmt: skip


def petition_bureau_groups() -> dict:
    unit = f"{PLACE}信访局"
    sh = _Sheet("一览表", [5, 10, 8, 34, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、办公室", "办公室", [
            ("主任", "笪鸣珂", "middle", [
                ("信访业务经费使用不规范", "制度机制", "二级", "经费支出局务会研究,年度公开。"),
            ]),
            ("档案管理员", "邴语岚", "general", [
                ("泄露信访人信息和举报材料", "岗位职责", "一级", "信访档案专柜保管,查阅登记审批。"),
            ]),
        ]),
        ("二、来访接待科", "来访接待科", [
            ("科长", "桓予安", "middle", [
                ("对信访事项不登记、不转送,压件不办", "岗位职责", "一级", "来访事项当日录入系统,转送全程留痕。"),
                ("接受信访人或被反映单位的好处", "思想道德", "二级", "接待两人以上,接待过程录音录像。"),
            ]),
        ]),
        ("三、督查督办科", "督查督办科", [
            ("科员", "殳雁声", "general", [
                ("督办不力,对办理不到位的事项放任不管", "业务流程", "二级", "督办事项建立台账,超期预警。"),
                ("信访事项满意度评价弄虚作假", "制度机制", "三级", "评价结果随机回访核实。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        recs = []
        for post, who, tier, points in people:
            for point, typ, level, measures in points:
                n += 1
                recs.append([n, post, who, point, typ, level, measures])
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[level])
        person_rows(sh, recs, None, (1, 2))
    sh.add()
    r = sh.add("单位主要负责人(签字):", None, None, "填报日期:", None, None, None)
    sh.merge(r, 0, r, 2)
    return _layout(
        "petition_bureau_groups", "https://www.zhetiaohe.com/ss/6fb09a1c51504c8a12a962c9aa1872a1a68f2d74350c08eb91f879b4b9b153c77015a9e4030a5e06.html",
        "区信访局 一览表 after the source on how 信访 matters are graded: ``附件2``, title, one header, then group "
        "rows ``一、办公室``, ``二、来访接待科``, ``三、督查督办科`` merged over the table's width naming the 科室 of the "
        "rows under them; 岗位 and 姓名 merged per person; short types, 一级/二级/三级; an unfilled sign-off line",
        [sh], t,
    )  # fmt: skip


def veteran_cadre_posts() -> dict:
    unit = f"中共{PLACE}委老干部局"
    sh = _Sheet("清单", [5, 18, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 5)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "落实“三重一大”集体决策制度不到位", "高", "重大事项局务会集体研究,会议纪要存档。"),
        ("副局长", "leader", "分管领域经费审批把关不严", "中", "经费审批实行会签,每半年通报。"),
        ("办公室主任", "middle", "公务用车管理不规范,公车私用", "中", "车辆使用登记,节假日封存。"),
        ("离退休干部科科长", "middle", "离退休干部生活补贴发放不按标准", "高", "补贴标准公开,发放名册逐人核对。"),
        ("离退休干部科科长", "middle", "走访慰问物资采购不公开", "中", "慰问物资集中采购,发放签收。"),
        ("老干部活动中心主任", "middle", "活动场地对外出租收入不入账", "高", "场地使用登记,收入统一缴入局账户。"),
        ("财务人员", "general", "虚开发票,套取经费", "低", "票据逐张审核,定期接受审计。"),
    ]  # fmt: skip
    recs = []
    for i, (post, tier, point, level, measures) in enumerate(rows, 1):
        recs.append([i, post, point, level, measures])
        t.point(sh.name, "", post, "", tier, point, [], HML[level])
    sh.records(recs, merge_cols=(1,))
    return _layout(
        "veteran_cadre_posts",
        "http://www.czyouan.com/html/jigougaikuangkeshizhize2014-09-04454.html",
        "区委老干部局 清单 对岗不对人 after the source's 老干部科 duties (学习, 生活待遇, 文体活动): NO 科室 column, "
        "posts written with their 科室 (``离退休干部科科长``, ``老干部活动中心主任``, ``办公室主任``), 岗位 merged "
        "over its two rows, 高/中/低, no type column, no names",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    archives_post_space_holder(),
    united_front_duty_list(),
    federation_rank_column(),
    culture_hall_selfcheck(),
    union_posts_no_names(),
    medical_insurance_short_long(),
    media_center_two_types(),
    petition_bureau_groups(),
    veteran_cadre_posts(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch197-inbox"))
