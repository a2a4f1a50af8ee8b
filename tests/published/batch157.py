"""A hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 一览表, 排查表, 清单 and 防控卡 that
the 县直部门, 县委部门, 群团 and 事业单位 of 犍为县 send back the way their staff typed them: a 县委办公室,
a 社会保险事业管理中心, an 经济和信息化局, the 县委统战部, a 文化广播电视和旅游局, a 乡村振兴局, the 政协
办公室, an 审计局 and the 总工会.

- the 县委办公室's 一览表 whose title is typed on TWO merged rows (the unit, then ``岗位廉政风险防控
  一览表``), 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- the 社保中心's 排查表 kept with the template's second sheet ``选项`` — the lists its drop-downs read
  (风险类别, 风险等级, 股室), no risk in it — Ⅰ级/Ⅱ级/Ⅲ级 and a ``备注`` column;
- the 经信局's 台账 whose header groups ``风险评估`` over ``发生概率 | 影响程度 | 风险等级``: the
  likelihood typed 高/中/低 like the level (and differing from it on most rows), the impact 大/中/小 —
  the shape this batch adds to what README's 读得懂的表 describes;
- the 统战部's 清单 对岗不对人 with a merged 岗位职责, 一级/二级/三级;
- the 文广旅局's 防控卡 one sheet a 股室, pairs ``姓名 | … | 所在股室 | …`` and ``职务 | …`` above;
- the 乡村振兴局's 一览表 with a short 风险点 beside a long 风险表现形式, the holder under ``责任人`` and
  the supervising 副局长 under ``责任领导`` (the same name over several 股室);
- the 政协办公室's 清单 with no 科室 column (posts kept as written, ``提案科科长``), 对岗不对人,
  ``高风险/中风险/低风险``;
- the 审计局's 一览表 with a ``职权事项`` column merged over rows of different 股室 and people, levels
  ``高级/中级/低级``, no type column.

One is harder: ``trade_union_pasted_pages`` — the 总工会's 一览表 pasted into Excel from a two-page
Word table: between the pages a ``第1页 共2页`` line and the header repeated as real rows, and the
first rows after it leave 部室, 岗位 and 姓名 blank (the person at the page break goes on).

Each layout imitates the *shape* of a table after a public page (its ``source``) that no earlier batch
cited; most pages describe their subject in prose (a 党政办公室's 制度汇编 and its 科室; a 县社会保险中心's
自查报告; a 风险矩阵 of 可能性 and 影响程度; a 统战部's 科室职责; a 文旅局's 公共服务科; the 乡村振兴局's duties
of 防止返贫监测 and 衔接资金; a 政协's 提案委员会 rules; an 审计局's 投资审计 rules and 六级复核; a 县总工会's
送温暖) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented; every unit is a body of 犍为县.

Run ``python tests/published/score.py --set batch157`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``中共犍为县委办公室`` and ``政协犍为县委员会办公室`` are units (the 办公室 is the body, not a 科室
  of the 县委 or the 政协); ``中共犍为县委统一战线工作部`` likewise;
- the ``选项`` sheet of drop-down lists is no form and no point;
- under ``风险评估``, ``风险等级`` is the level, ``发生概率`` and ``影响程度`` are not;
- ``责任领导`` is the supervising leader, never the holder; the 局长's own row names him in both;
- rows after a repeated header that leave 部室/岗位/姓名 blank are the previous person's; the page line
  and the repeated header are no points;
- 主任/副主任 of the 县委办, 常务副部长/副部长, 局长/副局长, 秘书长/副秘书长, 主席/副主席 of the 总工会
  and 主任 of the 社保中心 are leaders; 科长, 股长, 部长, 主任 of a 科室 or 办公室 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b157_"
PLACE = "犍为县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SENIOR = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000\u3000"


def _per_person(sh: _Sheet, first: int, dept: int, post: int, who: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) over each person's rows."""
    cols = [post] if who is None else [post, who]
    key = lambda row: tuple(row[c] for c in (dept, *cols))  # noqa: E731
    _merge_down(sh, first, [(dept, lambda row: row[dept]), *[(c, key) for c in cols]])


# --------------------------------------------------------------------------- harder layout


def trade_union_pasted_pages() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    header = ("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    _line(sh, f"{unit}机关岗位廉政风险点排查一览表", 8)
    sh.add(*header)
    page1 = [
        ("领导班子", "主席", "禤沐川", "leader", [
            ("工会经费预算安排和大额支出不经党组集体研究", "制度机制风险", "高",
             "大额支出经党组会研究,会议纪要存档,经费收支每年向委员会报告。"),
            ("困难职工帮扶资金分配优亲厚友", "思想道德风险", "高",
             "帮扶对象经基层工会推荐、部室审核、公示后确定。"),
        ]),
        ("领导班子", "常务副主席", "蹇知澜", "leader", [
            ("“两节”送温暖慰问物资采购不比价", "业务流程风险", "中",
             "慰问物资三家以上比价,验收由经审、办公室两人签字。"),
        ]),
        ("保障工作部", "部长", "郄云岫", "middle", [
            ("困难职工档案建档审核把关不严,虚报困难情况", "岗位职责风险", "高",
             "建档材料入户核实,档案实行动态管理、每年复核。"),
            ("金秋助学对象审核不实", "岗位职责风险", "中",
             "助学对象凭录取通知书和困难证明审核,名单公示。"),
        ]),
    ]  # fmt: skip
    page2 = [
        ("保障工作部", "部长", "郄云岫", "middle", [
            ("职工医疗互助报销单据审核不严", "业务流程风险", "中",
             "报销单据逐张审核,定期抽查医院结算记录。"),
        ]),
        ("财务部", "会计", "殳晚棠", "general", [
            ("基层工会经费返还计算不准,迟拨截留", "制度机制风险", "中",
             "返还比例按规定执行,返还明细每季度在全县工会系统公开。"),
            ("工会资产出租收入不及时入账", "外部环境风险", "低", "租赁合同集中管理,租金按月对账。"),
        ]),
    ]  # fmt: skip

    def rows(groups, n, carry_first=False):
        first = len(sh.rows)
        for k, (dept, post, who, tier, points) in enumerate(groups):
            for point, typ, lv, measures in points:
                n += 1
                blank = carry_first and k == 0
                shown = (None, None, None) if blank else (dept, post, who)
                sh.add(n, *shown, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        return first, n

    first, n = rows(page1, 0)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "第1页 共2页", 8)
    sh.add(*header)
    first, n = rows(page2, n, carry_first=True)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "第2页 共2页", 8)
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "trade_union_pasted_pages", "http://www.fcxnews.cn/bmcz/202010/t20201031_4889683.html",
        "(harder) 县总工会 机关岗位廉政风险点排查一览表 PASTED INTO EXCEL FROM A TWO-PAGE WORD TABLE, after the "
        "source's account of a 县总工会's “两节”送温暖 (困难职工 核实, 帮扶中心, 送温暖资金): 序号/部室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; after the fifth row a merged "
        "``第1页 共2页`` line and the header REPEATED as real rows, and the first row after it leaves 部室, 岗位 and "
        "姓名 BLANK — 保障工作部部长 郄云岫 goes on over the page break — the 序号 running on (6, 7, 8); ``第2页 共2页`` "
        "and 填报人/审核人/date at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def party_office_two_title_rows() -> dict:
    unit = f"中共{PLACE}委办公室"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, unit, 8)
    _line(sh, "岗位廉政风险防控一览表", 8)
    r = sh.add(None, None, None, None, None, "填报时间：2024年4月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "妫栖梧", "机关经费支出、公务接待审批不严,超标准列支", "制度机制风险", "高",
         "经费支出实行主任“一支笔”审批与办务会集体研究相结合,接待清单按月公开。", "leader"),
        ("办领导", "主任", "妫栖梧", "干部借调、选调推荐中说情打招呼", "思想道德风险", "中",
         "借调、选调人选经办务会集体研究,说情打招呼登记报告。", "leader"),
        ("办领导", "副主任", "庾听澜", "县委常委会会务及大型会议服务采购指定供应商", "业务流程风险", "中",
         "会议服务按政府采购规定比选,结算凭会议通知、签到和清单。", "leader"),
        ("常务科", "科长", "暨漱石", "领导活动安排、会议通知中泄露未公开事项", "岗位职责风险", "中",
         "会议和活动安排专人管理,签订保密承诺书。", "middle"),
        ("文书科", "机要员", "斛蓼汀", "涉密文件收发、传阅、销毁登记不全", "岗位职责风险", "高",
         "涉密文件逐件登记,传阅签字,销毁两人以上监销。", "general"),
        ("文书科", "机要员", "斛蓼汀", "利用文件流转之便为他人打探消息", "思想道德风险", "低",
         "文件流转全程留痕,定期开展保密检查。", "general"),
        ("信息科", "科员", "谯眠云", "信息报送选择性上报,迟报瞒报", "岗位职责风险", "低",
         "信息报送实行科长审核、分管副主任签发。", "general"),
        ("后勤科", "科长", "邰泊舟", "办公用品、设备采购验收不严,虚开发票", "外部环境风险", "中",
         "采购入库两人验收,领用登记,每季度盘点。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "party_office_two_title_rows", "https://www.dawendou.com/shiyongwen/guizhangzhidu/293505.html",
        "县委办公室 岗位廉政风险防控一览表 after the source's 党政办公室工作制度汇编 (县委办公室内设机构: 常务科, 文书科, "
        "信息科, 后勤科; 接待, 物资采购, 办公用品, 机要): ``附件`` above a title typed on TWO merged rows — "
        "``中共犍为县委办公室`` then ``岗位廉政风险防控一览表`` — and a ``填报时间：…`` cell; 序号/科室 merged (办领导, "
        "常务科, 文书科, 信息科, 后勤科)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a blank row and 单位负责人/填表人 labels under it",
        [sh], t,
    )  # fmt: skip


def social_insurance_option_sheet() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报日期：2024年5月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "麴砚池", "社保基金支出审批把关不严,大额支付不经集体研究", "制度机制", "Ⅰ级",
         "大额基金支付经主任办公会研究,支付实行经办、复核、审批三岗分离。", None, "leader"),
        ("参保登记股", "股长", "郦蘅之", "违规为不符合条件人员办理参保或补缴", "岗位职责", "Ⅰ级",
         "补缴凭原始工资表和劳动关系证明办理,补缴三年以上的复核审批。", None, "middle"),
        ("参保登记股", "经办员", "芮杳然", "参保信息录入随意修改,收受好处", "业务流程", "Ⅱ级",
         "信息修改系统留痕,每月生成修改清单由股长核对。", "新增", "general"),
        ("待遇审核股", "股长", "乐正知微", "养老金待遇核定不按规定计算,多核多发", "岗位职责", "Ⅰ级",
         "待遇核定初审、复核两岗分离,系统自动测算比对。", None, "middle"),
        ("待遇审核股", "股长", "乐正知微", "领取资格认证走过场,死亡冒领未及时停发", "业务流程", "Ⅱ级",
         "与民政、公安死亡信息每月比对,疑点人员实地核查。", None, "middle"),
        ("基金财务股", "会计", "栾鹤汀", "基金收入户、支出户资金违规划转", "制度机制", "Ⅰ级",
         "基金专户专款专用,银行对账单每月双人核对。", None, "general"),
        ("稽核内控股", "稽核员", "阙樾之", "稽核中发现问题隐瞒不报", "思想道德", "Ⅱ级",
         "稽核结果集体审议,问题线索登记台账、限期办结。", None, "general"),
        ("稽核内控股", "稽核员", "阙樾之", "工伤医疗费报销审核降低标准", "外部环境", "Ⅲ级",
         "报销按工伤保险药品、诊疗目录审核,超标准部分不予支付。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, None)
    opts = _Sheet("选项", [12, 10, 14])
    opts.add("风险类别", "风险等级", "股室")
    values = (
        ("思想道德", "Ⅰ级", "中心领导"),
        ("制度机制", "Ⅱ级", "参保登记股"),
        ("岗位职责", "Ⅲ级", "待遇审核股"),
        ("业务流程", None, "基金财务股"),
        ("外部环境", None, "稽核内控股"),
    )
    for row in values:
        opts.add(*row)
    return _layout(
        "social_insurance_option_sheet", "https://kdyjy.com/fanwendaquan/yiqingfangkong/1209.html",
        "县社会保险事业管理中心 岗位廉政风险排查表 after the source's 县社会保险中心风险防控自查报告 (内设股室, 参保登记, "
        "缴费核定, 待遇审核, 待遇支付, 基金财务管理, 稽核监督; 补缴凭原始工资表; 工伤医疗费报销): ``填报单位：… | 填报日期："
        "…`` over the table; 序号/股室 merged (中心领导, 参保登记股, 待遇审核股, 基金财务股, 稽核内控股)/岗位 and 姓名 "
        "merged per person (rare surnames 麴, 郦, 芮, 阙 and the compound 乐正)/风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (``新增`` once); the template's SECOND SHEET ``选项`` kept — the lists its "
        "drop-downs read: ``风险类别 | 风险等级 | 股室`` and under them the five types, the three levels and the five "
        "股室, no risk",
        [sh, opts], t,
    )  # fmt: skip


def econ_bureau_likelihood_impact() -> dict:
    unit = f"{PLACE}经济和信息化局"
    sh = _Sheet("风险点台账", [6, 12, 10, 9, 34, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点台账", 9)
    top = sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生概率", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    rows = [
        ("局领导", "局长", "公冶扶摇", "工业发展专项资金分配不经党组集体研究", "中", "大", "高",
         "资金分配方案经党组会研究,分配结果向社会公示。", "leader"),
        ("局领导", "副局长", "逄枕流", "技改项目备案中为关系企业开绿灯", "低", "大", "中",
         "备案材料股室初审、分管领导复核,办理结果网上公开。", "leader"),
        ("工业经济股", "股长", "冼沅禾", "规上企业认定、入库材料审核不严", "高", "中", "中",
         "入库材料与税务、统计数据比对,每季度抽查。", "middle"),
        ("工业经济股", "股长", "冼沅禾", "企业奖补资金申报审核走过场,虚报冒领", "中", "大", "高",
         "奖补申报实行现场核查,拨付前公示七日。", "middle"),
        ("中小企业股", "股长", "昝揽月", "“专精特新”企业推荐中收受企业好处", "低", "中", "中",
         "推荐按评分细则打分,专家评审、结果公示。", "middle"),
        ("中小企业股", "科员", "嵇沐禾", "企业服务中向企业推销培训、咨询", "低", "小", "低",
         "严禁有偿服务,服务企业情况登记,投诉电话公开。", "general"),
        ("信息化股", "科员", "莘芷汀", "信息化项目验收不严,虚增工作量", "中", "中", "中",
         "项目验收邀请第三方测评,验收资料存档。", "general"),
        ("办公室", "会计", "蒉瑾瑜", "报账凭证审核不严,白条入账", "高", "小", "低",
         "凭证经办、审核、审批三签,每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, odds, impact, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, odds, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级由发生概率和影响程度综合评定，分高、中、低三级。", 9)
    sh.add("填表人:", None, None, "股室负责人:", None, None, "2024年6月", None, None)
    return _layout(
        "econ_bureau_likelihood_impact", "https://m.51dongshi.net/tlist-6803098",
        "县经济和信息化局 廉政风险点台账 after the source's 风险矩阵表 (风险评估 by 可能性 and 影响程度): a two-row header — "
        "序号/股室/岗位/责任人/风险点/防控措施 merged down, ``风险评估`` merged over ``发生概率 | 影响程度 | 风险等级`` — "
        "the likelihood typed 高/中/低 LIKE THE LEVEL and differing from it on six of eight rows, the impact 大/中/小; "
        "股室 merged (局领导, 工业经济股, 中小企业股, 信息化股, 办公室), 岗位 and 责任人 merged per person (rare "
        "surnames 逄, 冼, 昝, 嵇, 莘, 蒉 and the compound 公冶); no type column; a merged note ``注：风险等级由发生概率和影响"
        "程度综合评定，分高、中、低三级。`` under it, then 填表人/股室负责人/date",
        [sh], t,
    )  # fmt: skip


def united_front_posts_grades() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("清单", [6, 12, 10, 26, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部领导", "常务副部长", "主持部机关日常工作,负责经费和干部管理",
         "部机关经费使用不经部务会研究", "制度机制风险", "一级", "经费支出经部务会研究,年度收支公开。", "leader"),
        ("部领导", "常务副部长", "主持部机关日常工作,负责经费和干部管理",
         "党外代表人士推荐安排中搞亲疏远近", "思想道德风险", "二级", "推荐人选经部务会集体研究、考察。", "leader"),
        ("部领导", "副部长", "分管民族宗教和非公经济工作",
         "宗教活动场所扶持资金分配不公", "岗位职责风险", "一级", "扶持资金按评审结果分配,名单公示。", "leader"),
        ("综合办公室", "主任", "负责公文、财务、会务和统战调研",
         "会议、调研活动费用虚列", "业务流程风险", "二级", "会议、调研费用凭通知、签到表据实报销。", "middle"),
        ("党派工作股", "股长", "联系各民主党派和无党派人士",
         "政治安排建议名单把关不严", "岗位职责风险", "二级", "名单征求有关部门意见,按程序报批。", "middle"),
        ("民族宗教股", "股长", "负责民族宗教事务管理",
         "宗教活动场所年检中接受宴请、礼品", "外部环境风险", "二级", "年检两人以上,结果集体审定。", "middle"),
        ("民族宗教股", "科员", "协助办理宗教事务行政审批",
         "宗教事务审批材料审核不严", "岗位职责风险", "三级", "审批材料一次性告知,两人审核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    key = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "united_front_posts_grades", "https://jgmfood.com/tzb/30862/list.htm",
        "县委统战部 岗位廉政风险防控清单 对岗不对人 after the source's 统战部 科室职责 (综合办公室: 公文, 人财物, 统战调研, "
        "民族宗教; 民主党派与统战团体办公室: 党外代表人士的培养、推荐): 序号/股室 merged (部领导, 综合办公室, 党派工作股, "
        "民族宗教股)/岗位 and 岗位职责 merged per post (no names anywhere)/风险点/风险类型 ``…风险``/风险等级 "
        "一级/二级/三级/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def culture_bureau_cards() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    cards = [
        ("公共服务股", "股长", "粟青禾", "middle", [
            ("非遗项目申报、传承人认定推荐不公", "岗位职责", "高", "申报材料专家评审,推荐名单公示。"),
            ("公共文化惠民演出场次虚报", "业务流程", "中", "演出现场拍照定位,乡镇文化站签字确认。"),
            ("图书、器材配送验收不严", "制度机制", "低", "配送清单逐项验收,村级签收存档。"),
        ]),
        ("产业发展股", "股长", "羿鹿鸣", "middle", [
            ("旅游发展奖补资金审核不实", "制度机制", "高", "奖补申报实地核查,资金拨付前公示。"),
            ("A级景区评定推荐中收受企业好处", "外部环境", "中", "评定按标准打分,专家现场评审。"),
        ]),
        ("计划财务股", "会计", "钟离若澈", "general", [
            ("文化专项资金支出不按预算用途", "制度机制", "中", "专项资金专账核算,支出经股室和分管领导双签。"),
            ("报账时虚列会议、培训费用", "思想道德", "低", "会议、培训费用附通知、签到表和照片。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in cards:
        sh = _Sheet(dept, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "所在股室", dept, None)
        sh.add("职务", post, "填卡时间", "2024年7月", None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "股室负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "culture_bureau_cards",
        "http://wlj.liaocheng.gov.cn/channel_jkf_lcswlj_654c346074e03a3b6f3c5a1f/doc_6449198081b21bb8b8a7ab4c.html",
        "县文化广播电视和旅游局 岗位廉政风险防控卡 ONE SHEET A 股室 (tabs ``公共服务股``, ``产业发展股``, ``计划财务股``) "
        "after the source's 公共服务科 (公共文化服务, 非物质文化遗产 名录 and 传承人, 基层综合性文化服务中心): the title, "
        "then pairs ``姓名 | 粟青禾 | 所在股室 | 公共服务股`` and ``职务 | 股长 | 填卡时间 | 2024年7月`` (rare "
        "surnames 粟, 羿 and the compound 钟离), then 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 持卡人签字/股室"
        "负责人签字 labels under each card",
        sheets, t,
    )  # fmt: skip


def rural_revival_supervisor() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("一览表", [6, 12, 10, 16, 32, 8, 32, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "风险点",
        "风险表现形式",
        "风险等级",
        "防控措施",
        "责任人",
        "责任领导",
    )
    head, deputy = "桑望舒", "匡澄霁"
    rows = [
        ("局领导", "局长", head, "衔接资金项目库", "衔接推进乡村振兴补助资金项目入库、调整不经党组集体研究",
         "高", "项目入库和调整经党组会研究,项目库向社会公开。", head, "leader"),
        ("局领导", "局长", head, "帮扶项目验收", "帮扶项目验收走过场,为施工方多结工程款", "高",
         "验收邀请乡镇、村和受益群众代表参加,结算送审计。", head, "leader"),
        ("规划财务股", "股长", "隆芃芃", "资金拨付", "衔接资金未按项目进度拨付,提前或超额拨付", "高",
         "资金拨付凭进度报告和监理意见,分管领导审签。", deputy, "middle"),
        ("规划财务股", "会计", "荀禾风", "报账审核", "项目报账凭证审核不严,虚列支出", "中",
         "报账实行会计初审、股长复核,大额支出集体研究。", deputy, "general"),
        ("防返贫监测股", "股长", "詹晚照", "监测对象识别", "防止返贫监测对象识别优亲厚友,应纳未纳", "中",
         "监测对象经村民代表评议、乡镇审核、县级比对,名单公示。", deputy, "middle"),
        ("防返贫监测股", "股长", "詹晚照", "帮扶措施落实", "对监测对象帮扶措施登记不实", "低",
         "帮扶台账入户核实,每季度抽查。", deputy, "middle"),
        ("项目资产股", "科员", "梁丘栖雁", "扶贫项目资产", "项目资产确权登记不清,资产收益被截留", "中",
         "资产台账动态更新,收益分配方案公示。", deputy, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (7, key), (8, lambda row: row[8])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "rural_revival_supervisor", "http://rcyhjx.com/dn/kuaixun/417188.html",
        "县乡村振兴局 岗位廉政风险防控一览表 after the source's account of the 乡村振兴局's duties (防止返贫监测和帮扶, "
        "衔接推进乡村振兴相关资金 分配和监督, 帮扶产业, 资金项目相对独立运行): 序号/股室 merged (局领导, 规划财务股, "
        "防返贫监测股, 项目资产股)/岗位/a short ``风险点`` beside a long ``风险表现形式``/风险等级 高/中/低/防控措施/"
        "``责任人`` (the holder, merged per person)/``责任领导`` — the 局长 on his own rows, then ONE 副局长 merged down "
        "over every 股室 she supervises; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def cppcc_office_no_dept() -> dict:
    unit = f"政协{PLACE}委员会办公室"
    sh = _Sheet("Sheet1", [6, 14, 26, 32, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位名称", "主要职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("秘书长", "主持机关日常工作,负责机关经费和人员管理", "机关经费大额支出不经集体研究", "高风险",
         "大额支出经秘书长办公会研究,经费收支年度公开。", "leader"),
        ("秘书长", "主持机关日常工作,负责机关经费和人员管理", "委员视察、考察活动超标准安排", "中风险",
         "视察考察方案报主席会议审定,费用据实结算。", "leader"),
        ("办公室主任", "负责文秘、会务、后勤和财务", "全会、常委会会务服务采购不规范", "中风险",
         "会务服务按规定比选,合同和结算资料存档。", "middle"),
        ("提案科科长", "负责提案审查立案、交办和督办", "提案审查立案中把关不严,为个人利益立案", "中风险",
         "提案立案经提案委员会集体审查,立案情况通报。", "middle"),
        ("提案科科长", "负责提案审查立案、交办和督办", "督办中接受承办单位宴请", "低风险",
         "督办两人以上,督办情况记录存档。", "middle"),
        ("文史资料员", "负责文史资料征集、编辑和出版", "文史资料出版印刷指定印刷企业", "中风险",
         "印刷按政府采购程序确定,印数和结算公开。", "general"),
        ("财务人员", "负责机关财务核算和资产管理", "报销凭证审核不严,公款私存", "高风险",
         "凭证三级审核,银行账户统一管理、每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], WORDS[lv])
    key = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key)])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年6月", None)
    return _layout(
        "cppcc_office_no_dept", "http://6dgww.com/Article/15503090.html",
        "县政协办公室 岗位廉政风险防控清单 对岗不对人 with NO 科室 column, after the source's 政协提案委员会制度 (提案征集, "
        "审查立案, 交办, 督促检查; 主席会议, 秘书长): title ``政协犍为县委员会办公室岗位廉政风险防控清单``; 序号/"
        "``岗位名称`` (秘书长, 办公室主任, ``提案科科长``, 文史资料员, 财务人员; kept as written)/``主要职责`` — both "
        "merged per post —/``廉政风险点``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column, no names; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def audit_bureau_power_items() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("Sheet1", [6, 14, 12, 10, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 8)
    sh.add("序号", "职权事项", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("审计计划管理", "局领导", "局长", "晁晏清", "年度审计计划安排受人情干扰,选择性审计", "高级",
         "审计计划经局党组会研究,报县委审计委员会批准。", "leader"),
        ("投资审计", "局领导", "副局长", "澹台疏桐", "投资审计结果复核把关不严", "中级",
         "实行组长、主审、股长、审理、分管领导、局长六级复核。", "leader"),
        ("投资审计", "投资审计股", "股长", "甯朝岚", "选聘中介机构指定关系单位", "高级",
         "中介机构从备选库随机抽取,选聘结果公示。", "middle"),
        ("投资审计", "投资审计股", "审计员", "蔚若渝", "审计现场接受被审计单位宴请、礼品", "中级",
         "现场审计执行“八不准”,被审计单位填写廉政回访表。", "general"),
        ("财政审计", "财政审计股", "股长", "扈霁月", "审计发现问题降格处理,审计报告避重就轻", "高级",
         "审计报告经业务会审定,问题定性集体研究。", "middle"),
        ("审计审理", "法规审理股", "审理员", "亢临川", "审理中对审计组意见不加复核直接采纳", "低级",
         "审理意见书面记录,疑难问题提交业务会。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, power, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], SENIOR[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "audit_bureau_power_items", "http://dangyang.cjyun.org/p/19567.html",
        "县审计局 廉政风险点及防控措施一览表 after the source's 投资审计工作规则 (审计程序, 会审, 中介选聘, 组长、负责审计"
        "质量人员、股长、综合审理、分管领导、局长“六级复核”): a ``职权事项`` column FIRST, merged over rows of different "
        "股室 and people (``投资审计`` over the 副局长, the 投资审计股 股长 and an 审计员), then 股室 merged (局领导, "
        "投资审计股, 财政审计股, 法规审理股)/岗位/姓名 (rare surnames 晁, 甯, 蔚, 扈, 亢 and the compound 澹台)/风险点/"
        "风险等级 ``高级/中级/低级``/防控措施; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    trade_union_pasted_pages(),
    party_office_two_title_rows(),
    social_insurance_option_sheet(),
    econ_bureau_likelihood_impact(),
    united_front_posts_grades(),
    culture_bureau_cards(),
    rural_revival_supervisor(),
    cppcc_office_no_dept(),
    audit_bureau_power_items(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch157-inbox"))
