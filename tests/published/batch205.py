"""A two-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县科学技术局, a 县文联, a
县工商联, a 县建设工程质量安全监督站, a 县国有资产事务服务中心, a 县招商服务中心, the 县委机要保密局, a
县计划生育协会 and a 县统计局 — each handing back its 一览表, 排查表, 清单, 防控卡 or 台账 the way its
staff typed it, with the ordinary habits of such files:

- a 科学技术局 一览表 under ``填报单位：… | 填报时间：…``, 科室 merged, 岗位 and 姓名 merged per person,
  ``…风险`` types, 高/中/低, a 局长签字/填表人 line;
- the 文联's 清单 对岗不对人 with NO 科室 column (主席, 副主席, 秘书长, 办公室主任, 组联部干事 as
  written), a short ``风险点`` beside a long ``风险表现``, 一级/二级/三级, no type column;
- the 工商联's 清单 with the holder under ``责任人`` in the LAST column (after the measures), 部室
  merged, ``Ⅰ级/Ⅱ级/Ⅲ级`` and short type names;
- a 质量安全监督站 排查表 headed ``监督科室 | 岗位 | 责任人``, levels ``★★★/★★/★`` with the note
  under the table that reads them;
- a 国有资产事务服务中心 一览表 whose 科室 stand only in grouping rows ``一、中心领导``, ``二、资产管理科``
  …, no type column;
- the 县委机要保密局's 防控卡 one sheet a person, ``姓名 | … | 职务 | … | 所在科室 | …`` in pairs
  above each card's header;
- a 统计局 一览表 one sheet a 股室, the tab and the title naming the 股室, ``姓名 | 职务`` in the
  table, no 科室 column;
- a 招商服务中心 台账 of how the measures were carried out quarter by quarter: after the measures a
  header ``防控措施落实情况`` merged over four sub-columns ``一季度 | 二季度 | 三季度 | 四季度``
  filled ``已落实`` / ``基本落实`` (the fourth quarter still blank) — the shape the README's
  "读得懂的表" does not describe yet.

One is harder:

- ``family_planning_staff_line``: the 计划生育协会's 清单 lists posts only (常务副会长, 秘书长, 会计)
  and the holders stand in ONE merged line above the header, ``本会在岗人员：常务副会长　逄雪棠；
  秘书长　羿清禾；会计　谯晚晴`` (post, a full-width space, the name; full-width semicolons).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most of the pages describe their subject in prose (a 县科技局's 部门主要职责
and 科技三项费用; a 旗文联's 主席/副主席/秘书长 分工 and its 协会; a county's 工商业联合会 in its 地方志;
what a 质监站 does; 国有资产出租 and its problems; a notice on 招商引资 problems; a 保密风险评估报告;
a 计生协会's 各项制度、职责; a 县纪委's account of 股室 each keeping a 风险识别防控一览表 every cadre
fills) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented; every unit is a body of 石柱县.

Run ``python tests/published/score.py --set batch205`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list without a 科室 column keeps each post as written with department "" (``组联部干事``,
  ``办公室主任`` of the 文联; the 计生协's 会计);
- the ``本会在岗人员：…`` line above a post-only table names each post's holder;
- the quarter columns of a 落实台账 (``已落实``, ``基本落实``, blank) are no point, no level and no
  measure of their own to score; the fourth quarter left blank changes nothing;
- a grouping row ``二、资产管理科`` gives the 科室 of the rows under it;
- a sheet of one 股室 (tab ``综合股``, title ``石柱县统计局综合股…``) gives its 科室 to its rows;
- 局长/副局长, 站长/副站长, 主任/副主任 of a 中心, the 常务副主席, 常务副会长, 主席/副主席 and a 秘书长
  of a 群团 are leaders; 股长, 科长, 部长 and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``; no re-saved copies in this batch.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b205_"
PLACE = "石柱县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept_col: int, person_cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over each run of one 科室 and the person columns over each person."""
    key = lambda row: (row[dept_col], *(row[c] for c in person_cols))  # noqa: E731
    _merge_down(
        sh, first, [(dept_col, lambda row: row[dept_col])] + [(c, key) for c in person_cols]
    )


# --------------------------------------------------------------------------- harder layout


def family_planning_staff_line() -> dict:
    unit = f"{PLACE}计划生育协会"
    sh = _Sheet("清单", [6, 12, 34, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    staff = [("常务副会长", "逄雪棠"), ("秘书长", "羿清禾"), ("会计", "谯晚晴")]
    _line(sh, "本会在岗人员：" + "；".join(f"{post}{GAP}{who}" for post, who in staff), 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("常务副会长", "计生特殊家庭帮扶资金分配不经会长办公会研究", "制度机制", "高",
         "帮扶资金分配方案经会长办公会集体研究,对象名单在村(社区)公示。", "leader"),
        ("常务副会长", "“生育关怀”慰问对象确定优亲厚友", "思想道德", "中",
         "慰问对象由乡镇计生协推荐,县计生协复核后公示。", "leader"),
        ("秘书长", "会员单位会费收取不开票、不入账", "岗位职责", "中",
         "会费统一开具票据,按月交会计入账。", "leader"),
        ("秘书长", "计生家庭意外伤害保险承保机构选定不公开", "业务流程", "高",
         "承保机构按政府采购程序确定,结果公开。", "leader"),
        ("会计", "帮扶资金发放明细与审批名单不符", "岗位职责", "中",
         "资金通过“一卡通”发放,发放明细与审批名单逐笔核对。", "general"),
        ("会计", "现金、票据保管不善", "制度机制", "低", "现金日清月结,票据专人保管、领用登记。", "general"),
    ]  # fmt: skip
    holders = dict(staff)
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, holders[post], tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：羿清禾", None, None, "填报时间：2024年9月", None, None)
    return _layout(
        "family_planning_staff_line", "https://m.zixin.com.cn/doc/7090390.html",
        "(harder) 县计划生育协会 岗位廉政风险防控清单, after the source's 协会各项制度、职责 (会员大会, 理事会, 生育"
        "关怀, 计生贫困户帮扶): the table lists POSTS ONLY — 序号/岗位 merged (常务副会长, 秘书长, 会计)/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施, no 科室 and no 姓名 column — and the holders stand in ONE merged line "
        "between the title and the header, ``本会在岗人员：常务副会长　逄雪棠；秘书长　羿清禾；会计　谯晚晴`` (post, a "
        "full-width space, the name; full-width semicolons); a ``填表人：羿清禾 | 填报时间：…`` line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def science_bureau_list() -> dict:
    unit = f"{PLACE}科学技术局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "厍澜舟", "县级科技计划项目立项不经党组集体研究", "制度机制风险", "高",
         "项目立项经专家评审后报党组会集体研究,结果公示。", "leader"),
        ("局领导", "局长", "厍澜舟", "科技三项费用安排向关系企业倾斜", "思想道德风险", "高",
         "费用安排方案公开,分配结果在局网站公示。", "leader"),
        ("局领导", "副局长", "佴晴川", "科技项目验收把关不严,为未完成任务的项目通过验收", "岗位职责风险", "中",
         "验收由第三方专家组实施,验收意见存档备查。", "leader"),
        ("科技计划股", "股长", "茆知秋", "项目申报材料审核不严,对弄虚作假申报未予发现", "岗位职责风险", "高",
         "申报材料两人审核,企业研发投入与税务数据比对。", "middle"),
        ("科技计划股", "股长", "茆知秋", "泄露评审专家名单,请托专家打分", "外部环境风险", "中",
         "评审专家随机抽取,名单评审前保密。", "middle"),
        ("知识产权股", "科员", "蒉若溪", "专利资助资金审核不严,重复资助", "业务流程风险", "中",
         "资助资金按专利号建台账,逐件比对后拨付。", "general"),
        ("办公室", "主任", "邗鸣珂", "办公用品采购不比价,虚开发票报销", "制度机制风险", "低",
         "采购三家比价,报销凭证附验收单和清单。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("局长签字:", None, None, None, "填表人：邗鸣珂", None, None, None)
    return _layout(
        "science_bureau_list", "http://219.145.244.73:88/html/zwgk/czysjs/45113.html",
        "县科学技术局 岗位廉政风险点一览表 after the source's 部门主要职责 of a 县科技局 (科技计划项目的征集论证、组织"
        "实施和结题, 科技三项费用, 专利申请): title, ``填报单位：… | 填报时间：…``, then 序号/科室 merged (局领导, 科技"
        "计划股, 知识产权股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "``局长签字: | 填表人：邗鸣珂`` under it (the 填表人 also the 办公室's 主任 in the table)",
        [sh], t,
    )  # fmt: skip


def literary_federation_posts() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("Sheet1", [6, 14, 18, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("主席", "文艺评奖", "文艺作品评奖中打招呼、递条子,评奖结果不公", "一级",
         "评奖办法事先公布,评委随机抽取,结果公示七天。", "leader"),
        ("主席", "经费使用", "文艺创作扶持经费不经集体研究即分配", "一级",
         "扶持经费分配经主席办公会研究并公开。", "leader"),
        ("副主席", "协会管理", "所联系的文艺家协会收费不规范,以协会名义拉赞助", "二级",
         "协会收费项目报文联备案,赞助收支公开。", "leader"),
        ("秘书长", "会员发展", "发展会员降低条件,收受申请人礼品", "二级",
         "会员申请由协会理事会审议,名单公示。", "leader"),
        ("办公室主任", "刊物出版", "文联刊物印刷承印单位确定不比价", "二级",
         "印刷单位三家比价,合同经秘书长审核。", "middle"),
        ("组联部干事", "活动组织", "采风活动虚列人数,多报食宿费用", "三级",
         "活动签到表、照片和票据一并报账。", "general"),
    ]  # fmt: skip
    for n, (post, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, desc, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    sh.add()
    sh.add("单位负责人：", None, None, "填报日期：2024年8月", None, None)
    return _layout(
        "literary_federation_posts", "http://oit365.com/html/.zwgkzhfjgdqbm201404t20140414_83901.html",
        "县文联 岗位廉政风险防控清单 对岗不对人, after the source's 旗文联 page (主席/副主席/秘书长 分工, the 文艺家协会 "
        "it leads, the 办公室): 序号/岗位 (主席, 副主席, 秘书长, 办公室主任, 组联部干事 — NO 科室 column, each post as "
        "written)/short 风险点 (文艺评奖, 经费使用 …) beside a long ``风险表现``/风险等级 一级/二级/三级/防控措施; no type "
        "column and no names; ``单位负责人： | 填报日期：…`` under it",
        [sh], t,
    )  # fmt: skip


def chamber_holder_last() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("清单", [6, 14, 12, 34, 10, 8, 36, 9])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("领导班子", "常务副主席", "冼澄屿", "非公经济代表人士推荐人选不经集体研究", "制度机制", "Ⅰ级",
         "推荐人选经党组会研究,征求统战部意见后公示。", "leader"),
        ("领导班子", "常务副主席", "冼澄屿", "接受会员企业宴请、礼金", "思想道德", "Ⅱ级",
         "签订廉洁承诺,节假日前开展提醒谈话。", "leader"),
        ("办公室", "主任", "帅晚枫", "机关经费报销审核不严,超标准接待", "岗位职责", "Ⅱ级",
         "接待执行公函制度,报销凭证附清单。", "middle"),
        ("会员联络部", "部长", "麴星野", "商会年检、换届把关不严,为不合规商会出具意见", "岗位职责", "Ⅰ级",
         "年检、换届材料两人审核,意见经分管领导审签。", "middle"),
        ("会员联络部", "部长", "麴星野", "向会员企业摊派会费以外的费用", "外部环境", "Ⅱ级",
         "会费标准经会员代表大会通过并公开,严禁摊派。", "middle"),
        ("经济服务部", "科员", "仝芷汀", "企业融资对接中为关系企业优先推荐", "业务流程", "Ⅲ级",
         "推荐名单按申报顺序形成,银行对接结果登记备查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    key = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (7, key)])
    sh.add()
    sh.add("审核人：冼澄屿", None, None, None, "2024年7月", None, None, None)
    return _layout(
        "chamber_holder_last", "https://shandong-chorography.org/database/c36/section/3/article/99",
        "县工商业联合会 廉政风险防控清单, after the source's 地方志 article on a county's 工商业联合会 (民间商会, 非公有制"
        "经济人士, 分会 and 会员): ``附件`` above the title; 序号/部室 merged (领导班子, 办公室, 会员联络部, 经济服务部)/岗位"
        "/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任人`` in the LAST column, 岗位 and 责任人 "
        "merged per person; ``审核人：冼澄屿`` and a date under it",
        [sh], t,
    )  # fmt: skip


def quality_station_stars() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "监督科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "浦岚岫", "对质量安全事故隐患的处理意见不经集体研究", "制度机制", "★★★",
         "重大隐患处理意见经站务会研究,处理结果报住建局备案。", "leader"),
        ("站领导", "副站长", "牟砚舟", "竣工验收监督中默许降低验收标准", "岗位职责", "★★★",
         "竣工验收监督两人以上参加,监督报告由站长审签。", "leader"),
        ("质量监督科", "科长", "衡叶舟", "对建筑材料抽检不合格问题隐瞒不报", "岗位职责", "★★★",
         "抽检结果系统留痕,不合格结果当日报站领导。", "middle"),
        ("质量监督科", "科长", "衡叶舟", "接受施工企业宴请,检查中降格处理", "思想道德", "★★",
         "检查结果当场告知并签字,处理意见集体审核。", "middle"),
        ("安全监督科", "监督员", "疏栖梧", "安全检查走过场,整改复查不到位", "业务流程", "★★",
         "检查、整改、复查全程影像记录,随机抽查复核。", "general"),
        ("综合办公室", "会计", "卜沅芷", "监督检查车辆费用虚报冒领", "制度机制", "★",
         "车辆费用按出车记录核报,每月公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, (2, 3))
    _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 8)
    sh.add("填表人：卜沅芷", None, None, "站长：浦岚岫", None, None, "2024年11月", None)
    return _layout(
        "quality_station_stars", "https://top.drbdp.com/2-845005.html",
        "县建设工程质量安全监督站 廉政风险点排查表, after the source's account of what a 质监站 does (质量监督, 安全"
        "监督, 建筑材料抽检, 竣工验收): 序号/``监督科室`` merged (站领导, 质量监督科, 安全监督科, 综合办公室)/岗位 and "
        "责任人 merged per person/风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged note "
        "``注：风险等级★★★为高，★★为中，★为低。`` under the table, then 填表人/站长/date",
        [sh], t,
    )  # fmt: skip


def state_asset_group_rows() -> dict:
    unit = f"{PLACE}国有资产事务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "", [
            ("主任", "斛映川", "国有房屋出租不公开招租,指定承租人", "高",
             "出租事项经主任办公会研究,一律进场公开招租。", "leader"),
            ("主任", "斛映川", "资产处置评估价格偏低,造成国有资产流失", "高",
             "处置资产委托评估机构评估,处置结果公示。", "leader"),
        ]),
        ("二、资产管理科", "资产管理科", [
            ("科长", "雍晚汐", "租金减免审核不严,为关系户减免", "中", "减免依据政策文件逐户审核,减免名单公开。", "middle"),
            ("科员", "郜清漪", "资产台账登记不实,闲置资产未入账", "中", "资产台账与财务账每季度核对一次。", "general"),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "旷沐秋", "租金收入未及时上缴,坐收坐支", "高", "租金由承租人直接缴入国库,按月对账。", "general"),
            ("会计", "旷沐秋", "往来款项长期挂账不清理", "低", "往来款项每半年清理一次,清理结果报中心领导。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, recs in groups:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, who, point, lv, measures, tier in recs:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        key = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, key), (2, key)])
    sh.add()
    sh.add("填报人：郜清漪", None, None, "审核人：斛映川", None, None)
    return _layout(
        "state_asset_group_rows", "https://www.omszc.com/news-d/462.html",
        "县国有资产事务服务中心 岗位廉政风险防控一览表, after the source's account of 行政事业单位国有资产出租 (产权, "
        "公开招租, 租金收缴, 资产台账): 序号/岗位/姓名/风险点/风险等级 高/中/低/防控措施 with NO 科室 column — the 科室 "
        "stand only in merged grouping rows ``一、中心领导``, ``二、资产管理科``, ``三、财务科`` over their rows; 岗位 and "
        "姓名 merged per person; no type column; 填报人/审核人 under it",
        [sh], t,
    )  # fmt: skip


def secrecy_bureau_cards() -> dict:
    unit = f"中共{PLACE}委机要保密局"
    t = _Truth(unit)
    cards = [
        ("局长", "邴书岩", "局领导", "leader", [
            ("涉密载体销毁经费使用不经集体研究", "制度机制", "高", "销毁经费支出经局务会研究,按月公开。"),
            ("保密检查中对违规单位降格处理", "岗位职责", "中", "检查结果集体研究,问题清单书面反馈。"),
        ]),
        ("科长", "尉迟穗", "机要科", "middle", [
            ("密码设备采购向特定供应商倾斜", "外部环境", "高", "设备按上级目录采购,三人以上参与验收。"),
            ("机要文件交接登记不全", "业务流程", "低", "文件交接逐件登记、双人签字。"),
        ]),
        ("科员", "汲雨眠", "保密科", "general", [
            ("保密技术检查服务费虚报", "制度机制", "中", "检查服务按合同结算,结算单经科长审核。"),
            ("利用检查之便向被检查单位推销产品", "思想道德", "中", "检查人员签订承诺书,被检查单位可匿名反映。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(who, [6, 34, 10, 8, 36, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "职务", post, "所在科室", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "监督人：", None, None)
        sheets.append(sh)
    return _layout(
        "secrecy_bureau_cards", "https://m.bingdoc.com/d-14663167.html",
        "县委机要保密局 岗位廉政风险防控卡 one sheet a person (tab = the holder's name), after the source's 保密风险"
        "评估报告 (涉密载体, 密码设备, 保密检查): each card titled with the unit, then ``姓名 | … | 职务 | … | 所在科室 | …`` "
        "in pairs on one row above the header 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/备注 (empty); "
        "``持卡人签字： | 监督人：`` under it",
        sheets, t,
    )  # fmt: skip


def statistics_sheets_per_office() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    offices = [
        ("综合股", [
            ("戢星河", "股长", "middle", "统计数据发布前泄露", "岗位职责", "高", "数据发布前严格保密,知悉人员登记。"),
            ("戢星河", "股长", "middle", "统计调查经费报销审核不严", "制度机制", "中", "调查经费按人员、天数核报。"),
            ("湛沐岚", "科员", "general", "统计资料管理混乱,原始资料遗失", "业务流程", "低", "资料专柜保管,借阅登记。"),
        ]),
        ("国民经济核算股", [
            ("弓暮白", "股长", "middle", "受人请托调整企业统计数据", "思想道德", "高",
             "数据修改须书面说明并经分管领导审签。"),
            ("弓暮白", "股长", "middle", "对企业虚报数据审核不严", "岗位职责", "中", "企业数据与税务、电力数据比对。"),
        ]),
        ("执法监督股", [
            ("钟离昕", "股长", "middle", "统计执法检查中选择性执法", "岗位职责", "高", "检查对象随机抽取,检查结果公示。"),
            ("钟离昕", "股长", "middle", "对统计违法行为降格处罚", "外部环境", "中", "处罚决定经局务会集体审议。"),
            ("东郭澈", "执法员", "general", "执法检查中接受企业宴请", "思想道德", "中",
             "执法两人以上,签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for office, rows in offices:
        sh = _Sheet(office, [6, 9, 8, 34, 10, 8, 36])
        _line(sh, f"{unit}{office}岗位廉政风险识别防控一览表", 7)
        sh.add("序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (who, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, who, post, point, typ, lv, measures)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), HML[lv])
        key = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, key), (2, key)])
        sh.add()
        sh.add("股室负责人签字：", None, None, "填报时间：2024年6月", None, None, None)
        sheets.append(sh)
    return _layout(
        "statistics_sheets_per_office", "http://www.qyjj.gov.cn/view.thtml?id=39622",
        "县统计局 岗位廉政风险识别防控一览表 ONE SHEET A 股室, after the source's account of a 县纪委's 试点 where 各股室 "
        "made a 风险识别防控一览表 that every cadre filled: tabs ``综合股``, ``国民经济核算股``, ``执法监督股``, each "
        "titled ``石柱县统计局<股室>岗位廉政风险识别防控一览表``, then 序号/姓名 and 职务 merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施 with no 科室 column; ``股室负责人签字： | 填报时间：…`` under each",
        sheets, t,
    )  # fmt: skip


def investment_center_quarters() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("台账", [5, 12, 9, 9, 32, 8, 32, 8, 8, 8, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度廉政风险防控措施落实情况台账", 11)
    head = sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "防控措施落实情况",
                  None, None, None)  # fmt: skip
    sh.add(None, None, None, None, None, None, None, "一季度", "二季度", "三季度", "四季度")
    for c in range(7):
        sh.merge(head, c, head + 1, c)
    sh.merge(head, 7, head, 10)
    rows = [
        ("中心领导", "主任", "蓟星阑", "招商引资优惠政策兑现不经集体研究", "高",
         "政策兑现经主任办公会研究,兑现结果公示。", ("已落实", "已落实", "已落实"), "leader"),
        ("中心领导", "副主任", "桓念初", "违规向客商承诺超出政策的优惠条件", "高",
         "对外承诺以书面协议为准,协议经法律顾问审查。", ("已落实", "已落实", "已落实"), "leader"),
        ("项目服务科", "科长", "郯远岫", "项目落地协调中收受客商好处", "中",
         "项目协调情况登记台账,重要事项两人以上参加。", ("已落实", "基本落实", "已落实"), "middle"),
        ("项目服务科", "科长", "郯远岫", "虚报招商引资到位资金", "中",
         "到位资金凭银行进账单认定,与统计部门数据核对。", ("已落实", "已落实", "已落实"), "middle"),
        ("综合科", "出纳", "竺晴岚", "外出招商差旅费虚报", "中",
         "差旅费按审批单和行程核报,招商活动成果登记。", ("基本落实", "已落实", "已落实"), "general"),
        ("综合科", "出纳", "竺晴岚", "招商推介活动经费超标准列支", "低",
         "推介活动事前报预算,事后附清单和照片报账。", ("已落实", "已落实", "已落实"), "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, done, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, *done, None)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人：竺晴岚", None, None, None, "审核人：蓟星阑", None, "填报时间：2024年10月", None, None,
           None, None)  # fmt: skip
    return _layout(
        "investment_center_quarters", "https://0477ly.com/newsdetail/news579005.html",
        "县招商服务中心 2024年度廉政风险防控措施落实情况台账, after the source's notice on 招商引资 problems (招商内卷, "
        "政策监管, 项目审核把关, 违反中央八项规定精神): a TWO-ROW header, 序号/科室/岗位/责任人/风险点/风险等级 高/中/低/"
        "防控措施 merged down both rows, then ``防控措施落实情况`` merged over four sub-columns ``一季度 | 二季度 | 三季度 | "
        "四季度`` filled ``已落实``/``基本落实`` and the fourth quarter still BLANK; 科室 merged, 岗位 and 责任人 merged per "
        "person; no type column; 填表人/审核人/填报时间 under it — a 落实台账 kept beside the list, a shape the README "
        "does not describe",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    family_planning_staff_line(),
    science_bureau_list(),
    literary_federation_posts(),
    chamber_holder_last(),
    quality_station_stars(),
    state_asset_group_rows(),
    secrecy_bureau_cards(),
    statistics_sheets_per_office(),
    investment_center_quarters(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch205-inbox"))
