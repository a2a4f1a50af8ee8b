"""The hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县档案馆, the 县人民政府办公室,
a 县机关事务服务中心, the 县科学技术协会, a 县地方志办公室, the 县总工会, the 县委党史研究室 and the 县残疾人
联合会, each handing back its ordinary 一览表, 排查表 or 清单 the way its staff typed it. Every unit is a
body of 安岳县; the rows are worded by us, the names invented.

- a 档案馆 一览表: 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- a 政府办 清单 对岗不对人 with a 股室 column and 一级/二级/三级, ``附件1`` above;
- a 机关事务服务中心 排查表 with the holder under ``责任人`` and levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 科协 一览表 with NO 科室 column: the post keeps its 科室 (``科普部部长``), department "";
- a 地方志办 排查表 with a short ``风险点`` beside ``风险表现``, levels ``高风险/中风险/低风险``;
- a 党史研究室 清单 whose 风险等级 column comes before the 风险点, types short names;
- a 残联 一览表 whose table starts in column B under a ``填报单位：… | 填报日期：…`` line.

One is harder:

- ``union_post_and_name_cell``: the 总工会's list has no 岗位 and no 姓名 column: a column headed
  ``岗位及责任人`` holds post and name in one cell with a space (``主席 郦沐禾``, ``经审办主任 甄若澜``).

Judgement calls: 馆长/副馆长, 主任/副主任 of an 办公室 body, 主席/副主席, 理事长 are leaders; 科长, 部长,
股长 and a 科室's 主任 middle; the rest general.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b149_"
PLACE = "安岳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RESAVED: tuple[str, ...] = ()


def _person_merge(sh, first, dept_col, cols):
    per = lambda row: (row[dept_col], *(row[c] for c in cols))  # noqa: E731
    _merge_down(sh, first, [(dept_col, lambda row: row[dept_col])] + [(c, per) for c in cols])


# --------------------------------------------------------------------------- harder layout


def union_post_and_name_cell() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("Sheet1", [6, 12, 18, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部室", "岗位及责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "郦沐禾", "leader", "工会经费大额支出不经集体研究", "制度机制风险", "高",
         "大额支出经党组会集体研究,会议纪要存档。"),
        ("领导班子", "主席", "郦沐禾", "leader", "职工疗休养活动承办单位确定不公开", "业务流程风险", "中",
         "承办单位比选确定,结果在机关内公示。"),
        ("领导班子", "副主席", "郗望舒", "leader", "困难职工帮扶对象审核把关不严", "岗位职责风险", "高",
         "帮扶对象经基层工会、乡镇工会两级审核并公示。"),
        ("经审办", "主任", "甄若澜", "middle", "经费审查走过场,对违规使用经费不报告", "思想道德风险", "中",
         "审查报告经经审会集体审议,问题清单跟踪整改。"),
        ("权益保障部", "部长", "靳望川", "middle", "金秋助学资金发放对象认定不实", "岗位职责风险", "中",
         "助学对象凭录取通知书和困难证明审核,名单公示。"),
        ("办公室", "会计", "瞿晚晴", "general", "工会经费报账审核不严,虚列活动支出", "制度机制风险", "低",
         "报账凭证附活动方案、签到表,三级审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{dept if dept not in ('领导班子',) else ''}{post} {who}".strip(), point, typ, lv,
               measures)  # fmt: skip
        # the post as its cell writes it, its 科室 in it (the convention of batches 3–148)
        written = f"{dept if dept not in ('领导班子',) else ''}{post}"
        t.point(sh.name, dept, written, who, tier, point, types_in(typ), HML[lv])
    _person_merge(sh, first, 1, (2,))
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "2024年11月", None)
    return _layout(
        "union_post_and_name_cell",
        "https://www.zhetiaohe.com/ss/acee3e23878a3389b9cec535d6fed0b9f8f3c0bc6934fbc7ecfbcc754daf5e11a091e34f46fa2718595d32e409b289d0.html",
        "(harder) 县总工会 岗位廉政风险防控一览表 after the source on 工会预算执行情况审计监督 (经审, 经费): 序号/部室 merged "
        "(领导班子, 经审办, 权益保障部, 办公室)/ONE column ``岗位及责任人`` holding post and name with a space "
        "(``主席 郦沐禾``, ``经审办主任 甄若澜``, ``办公室会计 瞿晚晴``), merged per person/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no 岗位 or 姓名 column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def archives_hall_plain_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "冼溯秋", "leader", "档案库房改造项目不经集体研究确定施工单位", "制度机制风险", "高",
         "项目经馆务会研究,按规定比选,纪要存档。"),
        ("馆领导", "副馆长", "缪檀舟", "leader", "档案数字化外包服务验收把关不严", "岗位职责风险", "中",
         "外包成果抽检验收,验收报告双人签字。"),
        ("接收征集科", "科长", "綦听澜", "middle", "档案征集中虚报收购价格", "思想道德风险", "中",
         "征集价格经评估小组议定,征集清单公示。"),
        ("保管利用科", "科长", "闵栖桐", "middle", "违规提供未开放档案查阅、复制", "岗位职责风险", "高",
         "查阅实行审批登记,涉密档案双人陪同查阅。"),
        ("保管利用科", "科员", "邰晏清", "general", "出具档案证明收受好处", "外部环境风险", "低",
         "证明出具登记编号,每月核对。"),
        ("办公室", "会计", "芮知秋", "general", "办公用品采购不比价,虚开发票", "业务流程风险", "低",
         "采购三家比价,入库验收单附后。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_merge(sh, first, 1, (2, 3))
    sh.add("馆长签字:", None, None, None, "填报日期：2024年8月", None, None, None)
    return _layout(
        "archives_hall_plain_list", "https://jda.cq.gov.cn/xwzx/bdxw/content_51581",
        "县档案馆 岗位廉政风险点一览表 after the source on a 区's 档案安全 排查 (问题清单、整改清单、责任清单; 档案数据存储, "
        "档案服务外包): 序号/科室 merged (馆领导, 接收征集科, 保管利用科, 办公室)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; 馆长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def gov_office_posts_grades() -> dict:
    unit = f"{PLACE}人民政府办公室"
    sh = _Sheet("清单", [6, 14, 12, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "公务接待超标准,变相列支接待费用", "制度机制", "一级",
         "接待凭公函和审批单,费用按标准结算并公开。"),
        ("办领导", "副主任", "leader", "政府投资项目协调中打招呼、干预", "思想道德", "一级",
         "协调事项书面记录,插手干预如实登记报告。"),
        ("秘书股", "股长", "middle", "文件运转中泄露未公开信息", "岗位职责", "二级", "涉密文件专人登记流转,定期清查。"),
        ("督查股", "股长", "middle", "督查通报避重就轻,为被督查单位说情", "外部环境", "二级",
         "督查结果集体审定后通报,问题清单跟踪销号。"),
        ("综合股", "会计", "general", "差旅、会议费报销审核不严", "业务流程", "三级", "报销凭证三级审签,每季度内部审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填报人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "gov_office_posts_grades", "http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
        "县人民政府办公室 岗位廉政风险防控清单 对岗不对人 after the source's 县人民政府工作规则 (公务接待, 督查, 公文): "
        "``附件1`` above the title; 序号/股室 merged (办领导, 秘书股, 督查股, 综合股)/岗位 (no names)/风险点/风险类别 "
        "(short names)/风险等级 一级/二级/三级/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def logistics_center_roman() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "盖惊鸿", "leader", "机关办公用房维修项目拆分规避招标", "制度机制", "Ⅰ级",
         "维修项目按规定招标,主任办公会集体研究。"),
        ("车辆管理科", "科长", "蔺照溪", "middle", "公务用车派车不按规定,公车私用", "岗位职责", "Ⅰ级",
         "派车单审批,车辆北斗定位,每月公示用车情况。"),
        ("车辆管理科", "驾驶员", "晁栖岫", "general", "虚报车辆加油、维修费用", "思想道德", "Ⅱ级",
         "一车一卡加油,定点维修,费用逐车核算。"),
        ("资产管理科", "科长", "桓砚秋", "middle", "国有资产处置低价评估", "业务流程", "Ⅱ级",
         "资产处置委托评估,公开拍卖,结果公示。"),
        ("节能科", "科员", "覃照野", "general", "公共机构节能改造项目验收不实", "外部环境", "Ⅲ级",
         "节能改造效果第三方检测,验收三方签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _person_merge(sh, first, 1, (2, 3))
    sh.add("单位负责人签字:", None, None, "填表人:", None, None, "2024年9月", None)
    return _layout(
        "logistics_center_roman", "http://www.sznianjian.com/show.php?mlid=53327",
        "县机关事务服务中心 廉政风险点排查表 after the source's 年鉴 entry on a 县机关事务服务中心 (司机和车辆管理, 一车一卡, "
        "集中办公区): 序号/科室 merged/岗位/``责任人``/风险点/风险类别 (short)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施",
        [sh], t,
    )  # fmt: skip


def science_assoc_no_dept() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("Sheet1", [6, 14, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("主席", "阙闻溪", "leader", "科普项目资金分配不经集体研究", "高", "项目资金分配经党组会研究,结果公示。"),
        ("主席", "阙闻溪", "leader", "优秀科技工作者推荐把关不严", "中", "推荐对象经评审组打分,结果公示。"),
        ("副主席", "鄂晴川", "leader", "学会年检中为不合格学会说情", "中", "年检结果集体审定并公开。"),
        ("科普部部长", "戚澹如", "middle", "科普示范基地评选标准执行不一", "高", "评选标准公开,实地核查拍照存档。"),
        ("学会部部长", "昝泊舟", "middle", "学术论文评奖中优亲厚友", "中", "论文匿名评审,评审专家回避。"),
        ("办公室会计", "汲芷汀", "general", "科普活动经费虚列支出", "低", "活动签到、照片附后报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    sh.add("填表人:", None, None, "2024年7月", None, None)
    return _layout(
        "science_assoc_no_dept", "https://taoyuan.gov.cn/zwdt/bmzx/content_58556",
        "县科学技术协会 岗位廉政风险防控一览表 after the source on a 县科协's 学会工作会议 (所属学会, 学术论文征集, 科普): "
        "NO 科室 column — 序号/岗位 (``主席``, ``科普部部长``, ``办公室会计``: the 科室 inside the post)/姓名, both merged "
        "per person/风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def gazetteer_office_short_points() -> dict:
    unit = f"{PLACE}地方志办公室"
    sh = _Sheet("排查表", [6, 10, 10, 9, 18, 30, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "郯念慈", "leader", "志书出版印刷", "志书印刷厂家确定不公开,收受回扣", "高风险",
         "印刷按政府采购程序确定,合同经主任办公会审定。"),
        ("编纂科", "科长", "宦清漪", "middle", "志稿评审", "评审中为部门说情,降低质量要求", "中风险",
         "志稿评审专家组集体评议,意见存档。"),
        ("资料科", "科员", "佘听松", "general", "资料征集", "资料征集费用虚报", "低风险", "征集费用凭清单和票据报销。"),
        ("办公室", "主任", "冉望舒", "middle", "年鉴发行", "年鉴发行收入不入账", "中风险", "发行收入统一入账,每季度核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "gazetteer_office_short_points", "https://www.jnw.cc/ricwd/202509/78515.html",
        "县地方志办公室 岗位廉政风险排查表 after the source on what a 地方志办公室 is (办公室, 编纂科, 资料科; 志书, 年鉴): "
        "序号/科室/岗位/姓名/a short ``风险点`` beside ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def party_history_level_first() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    sh = _Sheet("清单", [6, 12, 10, 9, 8, 34, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险等级", "风险点", "风险类型", "防控措施")
    rows = [
        ("室领导", "主任", "钮向晚", "leader", "高", "党史书籍编印项目指定承印单位", "制度机制",
         "承印单位按规定比选,室务会集体研究。"),
        ("室领导", "副主任", "厉知遥", "leader", "中", "口述史采访经费虚报", "业务流程", "采访经费凭采访记录和票据报销。"),
        ("征研科", "科长", "敖清野", "middle", "中", "党史资料征集中收受好处", "外部环境", "征集清单公示,价格集体议定。"),
        ("宣教科", "科员", "帅照晴", "general", "低", "党史教育基地评定把关不严", "岗位职责", "评定标准公开,实地复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, lv, point, typ, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, lv, point, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    sh.add("填报人:", None, None, None, "审核人:", None, "2024年5月", None)
    return _layout(
        "party_history_level_first", "https://aqdsw.cn/control/view.php?aid=6338",
        "县委党史研究室 岗位廉政风险清单 after the source on a 市委党史和地方志研究室's 方志工作 (编研成果, 书籍六进): "
        "序号/科室 merged/岗位/姓名/风险等级 高/中/低 BEFORE the 风险点/风险类型 (short)/防控措施",
        [sh], t,
    )  # fmt: skip


def disabled_fed_col_b() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("Sheet1", [3, 6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add(None, f"{unit}岗位廉政风险防控一览表", *([None] * 7))
    sh.merge(0, 1, 0, 8)
    r = sh.add(
        None, f"填报单位：{unit}", None, None, None, None, "填报日期：2024年10月", None, None
    )
    sh.merge(r, 1, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(None, "序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("理事会", "理事长", "尉迟晞", "leader", "残疾人康复救助定点机构确定不公开", "制度机制风险", "高",
         "定点机构公开遴选,结果公示。"),
        ("康复部", "部长", "暨沅芷", "middle", "康复救助对象审核不严,虚报救助人数", "岗位职责风险", "高",
         "救助对象凭评估报告审核,名单按季度公示。"),
        ("康复部", "科员", "仝溪月", "general", "辅助器具发放登记不实", "业务流程风险", "中", "发放凭身份证签收,台账每月核对。"),
        ("教育就业部", "部长", "练秋池", "middle", "就业培训补贴虚报培训人数", "思想道德风险", "中",
         "培训签到、照片存档,补贴按实发放。"),
        ("办公室", "出纳", "牟晓岚", "general", "残疾人两项补贴资金发放不及时", "外部环境风险", "低",
         "补贴资金通过一卡通发放,每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(None, n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_merge(sh, first, 2, (3, 4))
    return _layout(
        "disabled_fed_col_b", "http://fengdujob.net/go/2021年残疾人补贴标准文件.html",
        "县残疾人联合会 岗位廉政风险防控一览表 after the source on 残疾人补贴标准: the table starts in column B (column A a "
        "blank margin) under ``填报单位：… | 填报日期：…``; 序号/科室 merged/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    union_post_and_name_cell(),
    archives_hall_plain_list(),
    gov_office_posts_grades(),
    logistics_center_roman(),
    science_assoc_no_dept(),
    gazetteer_office_short_points(),
    party_history_level_first(),
    disabled_fed_col_b(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch149-inbox"))
