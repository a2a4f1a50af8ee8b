"""A two-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE in a coordinator's inbox in a
busy week, from bodies of 武隆区 — a 国防动员办公室, a 水土保持站, a 旅游集团, a 镇's 站所, a 大数据发展
中心, the 区委政策研究室, a 游客集散中心, a 地震局 and a 公路事务中心 — each an ordinary 一览表, 排查表,
清单 or set of 自查表, but as workbooks of several sheets (no re-saved copies):

- a 水土保持站 file whose FIRST sheet ``汇总`` is a count table (``股室 | 岗位数 | 风险点数 | 风险等级``
  over ``高 | 中 | 低``, a ``合计`` row) and whose second sheet ``明细`` is the list itself;
- a 旅游集团's list as its office system EXPORTS it: a ``查询条件：…`` line in A1, the header in row 2,
  every cell repeated (no merges), ``填报状态``/``更新时间`` columns, and ``共 8 条记录`` under the rows;
- a 镇's 站所 lists, one sheet a 站所 (``财政所``, ``农业服务中心``, ``社会事务办``) behind a ``封面`` sheet,
  each sheet under ``填报单位：武隆区霁峡镇人民政府`` with no 科室 column (the 站所 in the title);
- the 区委政策研究室's 自查表 one sheet a person (tabs the names) behind the blank ``模板`` sheet they
  were copied from, ``姓名 | … | 科室 | … | 职务 | …`` pairs above each table;
- a 游客集散中心 一览表 behind a ``填表说明`` sheet that defines ``Ⅰ级/Ⅱ级/Ⅲ级`` and the types, an empty
  ``Sheet3`` after it;
- a 地震局 清单 对岗不对人 with no 科室 column (``监测预报股股长`` as written), 一级/二级/三级, behind a
  ``岗位职责`` sheet (``序号 | 岗位 | 主要职责``);
- a 公路事务中心 清单 对岗不对人 by ``岗位类别`` (领导班子成员, 中层管理人员, …) with a short ``风险名称``
  beside a numbered ``风险描述`` and a ``监测指标`` column.

A shape the README's 读得懂的表 does not describe:

- ``bigdata_center_dropdown_sheet``: a 大数据发展中心's list filled in the 纪委's template, whose second
  sheet ``下拉选项`` still holds the data-validation source lists — ``所属科室 | 风险类型 | 风险等级`` over
  the 科室 names, the five types and 高/中/低, one a cell, no risk point anywhere on it.

One is harder:

- ``civil_defense_tab_years``: a 国防动员办公室's 排查表 kept in one file as two sheets ``2024年`` and
  ``2025年`` with the SAME title (no year in it), the year only in the tab and in each sheet's
  ``填报时间：2024年2月``/``填报时间：2025年2月`` line; last year's sheet (one holder since gone, some
  points since reworded) is no form and no point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国防动员办公室's 职责: 人防工程建设,
竣工验收备案, 防空警报; 水土保持 监管: 方案技术审查, 双随机 检查; a 景区 online 售票系统; a 乡
农业服务中心's 农机购置补贴; 政府 big-data platforms; a 县区委办's 政研 work; 旅游集散中心 models; a 地震局's
监测预报、震害防御、应急救援; who manages a 公路段) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented; every unit is a
body of 武隆区 (the 镇 an invented 霁峡镇).

Run ``python tests/published/score.py --set batch212`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- two sheets of one list whose titles are the same and whose tabs (and 填报时间 lines) name two years
  are two years' lists: the earlier year's is set aside, as when the title names it;
- a count table (``风险点数``, ``高 | 中 | 低`` counts, ``合计``) is no form and no point; neither is a
  ``下拉选项`` sheet of option lists, a ``岗位职责`` sheet, a ``封面`` or a blank ``模板``;
- an export's ``查询条件：…`` line, its ``填报状态``/``更新时间`` cells and ``共 8 条记录`` are no point and
  no holder;
- a 镇's 站所 list under ``填报单位：武隆区霁峡镇人民政府`` titled ``霁峡镇财政所…`` is the 镇's, its 科室
  the 站所 (batches 4, 35, 38 …); a ``岗位类别`` column with no other post column is the post;
- a short ``风险名称`` beside a ``风险描述`` is the point; the numbered description is not;
- 主任/副主任 of an 办/中心, 站长/副站长, 局长/副局长, 总经理/副总经理 and 领导班子成员 are leaders; 科长,
  股长, 部长, 副科长, 办公室主任, a 站所's 所长/主任 and 中层管理人员 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b212_"
PLACE = "武隆区"
TOWN = "霁峡镇"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RESAVED: tuple[str, ...] = ()
GAP = "\u3000"

per_person = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def civil_defense_tab_years() -> dict:
    unit = f"{PLACE}国防动员办公室"
    t = _Truth(unit)
    header = ("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    last_year = [
        ("办领导", "主任", "麴望峤", "人防工程易地建设费减免审批不经集体研究", "制度机制", "高",
         "减免事项经主任办公会集体研究,结果公示。"),
        ("办领导", "副主任", "芮知澜", "人防工程竣工验收把关不严", "岗位职责", "高", "竣工验收两人以上现场查验。"),
        ("人防工程科", "科长", "栾屿青", "结建人防工程审批降低标准", "岗位职责", "高", "审批材料初审、复审分离。"),
        ("指挥通信科", "科员", "敖鹭汀", "防空警报器维护费用虚报", "业务流程", "中", "维护记录逐台登记。"),
        ("办公室", "会计", "檀漱玉", "易地建设费收缴不及时入账", "制度机制", "中", "收缴款项当日入账。"),
    ]  # fmt: skip
    this_year = [
        ("办领导", "主任", "麴望峤", "人防工程易地建设费减免审批不经集体研究", "制度机制", "高",
         "减免事项经主任办公会集体研究,减免结果在门户网站公示。", "leader"),
        ("办领导", "副主任", "芮知澜", "人防工程竣工验收备案把关不严,为不合格工程备案", "岗位职责", "高",
         "竣工验收备案两人以上现场查验,资料逐项核对并留存影像。", "leader"),
        ("人防工程科", "科长", "栾屿青", "结建人防工程审批降低标准", "岗位职责", "高",
         "审批材料初审、复审分离,审批结果按季度公开。", "middle"),
        ("人防工程科", "科长", "栾屿青", "人防工程监督检查走过场,收受建设单位好处", "外部环境", "中",
         "监督检查随机派员,检查记录和整改情况归档备查。", "middle"),
        ("指挥通信科", "科员", "帅明蘅", "防空警报器维护项目验收不严,维护费用虚报", "业务流程", "中",
         "维护项目逐台验收登记,验收单由使用单位签字确认。", "general"),
        ("办公室", "会计", "檀漱玉", "易地建设费收缴不及时入账,坐收坐支", "制度机制", "中",
         "收缴款项当日入账,票据专人保管,每月对账。", "general"),
        ("办公室", "会计", "檀漱玉", "公务接待、差旅费用超标准报销", "思想道德", "低",
         "报销凭证三级审核,接待清单与公函一并附后。", "general"),
    ]  # fmt: skip
    sheets = []
    for year, rows in (("2024", last_year), ("2025", this_year)):
        sh = _Sheet(f"{year}年", [5, 11, 8, 8, 34, 10, 8, 36])
        _line(sh, f"{unit}岗位廉政风险点排查表", 8)
        r = sh.add(
            f"填报单位：{unit}", None, None, None, None, f"填报时间：{year}年2月", None, None
        )
        sh.merge(r, 0, r, 4)
        sh.merge(r, 5, r, 7)
        sh.add(*header)
        first = len(sh.rows)
        for n, row in enumerate(rows, 1):
            dept, post, who, point, typ, lv, measures = row[:7]
            sh.add(n, dept, post, who, point, typ, lv, measures)
            if year == "2025":
                t.point(sh.name, dept, post, who, row[7], point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        sh.add()
        sh.add("单位负责人：", None, None, "填表人：", None, None, None, None)
        sheets.append(sh)
    return _layout(
        "civil_defense_tab_years", "https://top.drbdp.com/2-103969.html",
        "(harder) 区国防动员办公室 岗位廉政风险点排查表, after the source's account of a 国防动员办公室's 职责 (人民防空: "
        "人防工程建设, 竣工验收备案; 防空警报; 动员资源): ONE FILE OF TWO YEARS' LISTS, sheets ``2024年`` then ``2025年``, "
        "each under the SAME title ``武隆区国防动员办公室岗位廉政风险点排查表`` (no year in it) and a line ``填报单位：… | "
        "填报时间：2024年2月`` (``2025年2月``); 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; last year's sheet has a 科员 since gone (敖鹭汀) and some points worded "
        "otherwise, several the same; only the 2025 sheet is the list; 单位负责人/填表人 labels under each",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the novel shape


def bigdata_center_dropdown_sheet() -> dict:
    unit = f"{PLACE}大数据发展中心"
    t = _Truth(unit)
    depts = ["中心领导", "综合科", "数据资源科", "项目建设科", "网络安全科"]
    sh = _Sheet("填报表", [5, 12, 9, 8, 34, 10, 8, 36])
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(
        f"填报单位：{unit}",
        None,
        None,
        None,
        "填报人：弓雪棠",
        None,
        "联系电话：023-77601358",
        None,
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.merge(r, 6, r, 7)
    sh.add("序号", "所属科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "凌枢远", "政务云、数据平台建设项目不经集体研究确定承建单位", "制度机制", "高",
         "项目承建单位按规定采购,采购方案经主任办公会集体研究。", "leader"),
        ("中心领导", "副主任", "贲予澄", "信息化项目验收把关不严,未完成功能即验收付款", "岗位职责", "高",
         "项目验收邀请第三方测评,按测评结果分期付款。", "leader"),
        ("数据资源科", "科长", "汲语桥", "违规向企业提供政务数据,从中谋取好处", "外部环境", "高",
         "数据共享开放按目录审批,调用全程留痕,每季度审计日志。", "middle"),
        ("项目建设科", "科长", "逄昙渊", "信息化项目需求论证夸大,抬高项目预算", "岗位职责", "中",
         "项目需求由使用单位、专家共同论证,预算经财政评审。", "middle"),
        ("项目建设科", "工程师", "牟溯川", "项目运维服务考核打分不实,为运维单位说情", "思想道德", "中",
         "运维考核由两人以上打分,考核结果与付款挂钩并公示。", "general"),
        ("网络安全科", "科员", "扶桑禾", "网络安全检查中泄露检查安排,收受被检查单位礼品", "外部环境", "中",
         "检查计划临时下达,检查记录双人签字。", "general"),
        ("综合科", "会计", "弓雪棠", "项目资金支付手续不全即付款", "业务流程", "中",
         "付款凭合同、验收单、发票三单一致,经科长、分管领导签批。", "general"),
        ("综合科", "会计", "弓雪棠", "办公用品采购不比价,虚开发票", "制度机制", "低",
         "办公用品网上商城采购,入库、领用登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心负责人（签字）：", None, None, None, "填报日期：2025年3月", None, None, None)
    opts = _Sheet("下拉选项", [14, 12, 10])
    opts.add("所属科室", "风险类型", "风险等级")
    levels = ["高", "中", "低"]
    for k in range(max(len(depts), len(TYPES))):
        opts.add(
            depts[k] if k < len(depts) else None,
            TYPES[k] if k < len(TYPES) else None,
            levels[k] if k < len(levels) else None,
        )
    return _layout(
        "bigdata_center_dropdown_sheet", "http://bswenk.com/doc/czkos06zan",
        "区大数据发展中心 岗位廉政风险点排查表, after the source's 政务大数据能力平台 项目建议书 (数据治理, 数据共享, "
        "网络和数据安全, 项目建设和运维): filled in the 纪委's TEMPLATE, sheet ``填报表`` — title, ``填报单位：… | 填报人："
        "弓雪棠 | 联系电话：…`` (the 填报人 also a holder), 序号/所属科室 merged/岗位 and 姓名 merged per person/风险点/风险"
        "类型 (short names)/风险等级 高/中/低/防控措施, 中心负责人（签字）/填报日期 under it — and the template's second "
        "sheet ``下拉选项`` left in: the data-validation source lists ``所属科室 | 风险类型 | 风险等级`` over the five 科室 "
        "names, the five types and 高/中/低, one option a cell, no risk point",
        [sh, opts], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def soil_station_summary_first() -> dict:
    unit = f"{PLACE}水土保持站"
    t = _Truth(unit)
    rows = [
        ("站领导", "站长", "衡岫白", "水土保持补偿费减免不经集体研究", "制度机制风险", "高",
         "减免事项经站务会集体研究,按规定报水利局审批。", "leader"),
        ("站领导", "副站长", "郦澄波", "生产建设项目水土保持方案技术审查降低标准", "岗位职责风险", "高",
         "技术审查实行专家评审,审查意见集体研究。", "leader"),
        ("监督执法股", "股长", "蓟晚枫", "对未批先建项目查处不力,以罚代管", "岗位职责风险", "高",
         "执法案件集体审理,处罚结果公开。", "middle"),
        ("监督执法股", "执法员", "卓砚冰", "双随机检查中向建设单位透露检查安排", "外部环境风险", "中",
         "检查对象随机抽取,检查前不通知,两人以上同行。", "general"),
        ("综合治理股", "股长", "蒲疏桐", "坡耕地治理工程验收计量不实,多算工程量", "业务流程风险", "中",
         "工程验收实地丈量,监理、乡镇、村三方签字。", "middle"),
        ("监测股", "技术员", "乜栖梧", "水土流失监测数据弄虚作假", "思想道德风险", "中",
         "监测数据自动采集上传,人工数据双人复核。", "general"),
        ("办公室", "出纳", "桂霁月", "治理项目资金拨付不按进度,提前支付", "制度机制风险", "低",
         "资金拨付凭验收单和监理意见,经站长签批。", "general"),
    ]  # fmt: skip
    # the count table first, as the 纪委 asked for it
    summ = _Sheet("汇总", [6, 16, 10, 10, 8, 8, 8])
    _line(summ, f"{unit}廉政风险点统计表", 7)
    r0 = summ.add("序号", "股室", "岗位数", "风险点数", "风险等级", None, None)
    summ.add(None, None, None, None, "高", "中", "低")
    for c in range(4):
        summ.merge(r0, c, r0 + 1, c)
    summ.merge(r0, 4, r0, 6)
    order = []
    for row in rows:
        if row[0] not in order:
            order.append(row[0])
    tot = [0, 0, 0, 0, 0]
    for n, dept in enumerate(order, 1):
        mine = [row for row in rows if row[0] == dept]
        posts = len({row[1] for row in mine})
        counts = [sum(1 for row in mine if row[5] == lv) for lv in "高中低"]
        summ.add(n, dept, posts, len(mine), *counts)
        tot = [a + b for a, b in zip(tot, [posts, len(mine), *counts], strict=True)]
    r = summ.add("合计", None, *tot)
    summ.merge(r, 0, r, 1)
    summ.add()
    summ.add("填表人：桂霁月", None, None, None, "2025年3月", None, None)
    # then the list
    sh = _Sheet("明细", [5, 11, 8, 8, 34, 12, 8, 36])
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字：", None, None, None, "填报日期：2025年3月", None, None, None)
    return _layout(
        "soil_station_summary_first", "https://fx361.cc/page/2019/0120/15272863.shtml",
        "区水土保持站 廉政风险点 file of two sheets, after the source's account of 水土保持 监管 (方案技术审查, 未批先建 "
        "查处, 双随机 检查, 监测): FIRST the sheet ``汇总`` — ``武隆区水土保持站廉政风险点统计表``, a two-line header "
        "``序号 | 股室 | 岗位数 | 风险点数 | 风险等级`` over ``高 | 中 | 低`` (the first four merged down), one row of counts a "
        "股室, a ``合计`` row, ``填表人：桂霁月`` and a date — THEN the sheet ``明细``: title, 序号/股室 merged/岗位 and "
        "责任人 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施, 站长签字/填报日期 under it",
        [summ, sh], t,
    )  # fmt: skip


def tourism_group_system_export() -> dict:
    unit = f"{PLACE}喀斯特旅游集团有限公司"
    t = _Truth(unit)
    sh = _Sheet("导出数据", [6, 14, 12, 9, 40, 10, 8, 40, 9, 18])
    sh.add(f"查询条件：所属单位={unit}；年度=2025；填报状态=全部")
    sh.add("序号", "所属部门", "岗位名称", "责任人", "风险点描述", "风险类别", "风险等级", "防控措施", "填报状态",
           "更新时间")  # fmt: skip
    rows = [
        ("公司领导", "总经理", "禹涧声", "景区经营项目合作方不经集体决策,个人指定", "制度机制", "高",
         "合作项目经总经理办公会集体决策,重大项目报董事会审议。", "leader", "2025-03-12 09:41:27"),
        ("公司领导", "副总经理", "阮千嶂", "景区门票优惠、免票审批随意", "岗位职责", "高",
         "优惠、免票政策公开,审批单按月汇总公示。", "leader", "2025-03-12 09:52:03"),
        ("票务营销部", "部长", "缪青漪", "与旅行社结算时违规给予返利,收受回扣", "外部环境", "高",
         "旅行社结算按合同价执行,返利政策统一发布,结算单财务复核。", "middle", "2025-03-12 10:15:44"),
        ("票务营销部", "售票员", "靳小棹", "售票系统操作中私自作废已售门票,截留票款", "业务流程", "中",
         "作废票须部长授权并留存记录,票款日清日结,系统日志每周稽核。", "general", "2025-03-12 10:18:09"),
        ("工程建设部", "部长", "晁岩松", "景区设施改造工程签证虚增工程量", "岗位职责", "高",
         "变更签证经监理、跟踪审计、部门三方签字,超额变更集体研究。", "middle", "2025-03-12 11:02:36"),
        ("采购管理部", "采购员", "覃晚禾", "索道、游船配件采购不比价,指定供应商", "制度机制", "中",
         "采购三家以上比价,供应商从名录库随机抽取。", "general", "2025-03-12 14:27:51"),
        ("财务部", "出纳", "隆雪芹", "线上售票平台资金未及时归集,公款私存", "制度机制", "中",
         "平台资金每日自动归集至基本户,出纳与会计每日对账。", "general", "2025-03-12 15:06:12"),
        ("财务部", "出纳", "隆雪芹", "报销审核不严,接受不合规票据", "思想道德", "低",
         "报销票据实行会计初审、部长复审。", "general", "2025-03-12 15:08:40"),
    ]  # fmt: skip
    for n, (dept, post, who, point, typ, lv, measures, tier, when) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, "已提交", when)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add(f"共 {len(rows)} 条记录")
    return _layout(
        "tourism_group_system_export", "https://fjlianli.com/a/311.html",
        "区旅游集团 廉洁风险点 list as its office system EXPORTS it, after the source's account of a 景区 售票系统 (网上"
        "预售, 检售票, 客流监测): sheet ``导出数据``, A1 a plain line ``查询条件：所属单位=…；年度=2025；填报状态=全部``, "
        "the header in row 2 ``序号 | 所属部门 | 岗位名称 | 责任人 | 风险点描述 | 风险类别 | 风险等级 | 防控措施 | 填报状态 | "
        "更新时间``, every cell repeated on every row (no merges; 所属部门 and 责任人 repeated), 风险类别 short names, "
        "高/中/低, ``已提交`` and a timestamp ``2025-03-12 09:41:27`` as text on each row; ``共 8 条记录`` in A under "
        "the rows; no title and no signature",
        [sh], t,
    )  # fmt: skip


def township_station_sheets() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    t = _Truth(unit)
    cover = _Sheet("封面", [40])
    cover.add()
    cover.add(unit)
    cover.add("站所岗位廉政风险点汇编")
    cover.add()
    cover.add(f"报送：{TOWN}纪委")
    cover.add("2025年3月")
    stations = [
        ("财政所", [
            ("所长", "储望川", "惠农补贴资金发放审核把关不严,为不符合条件对象发放", "岗位职责", "高",
             "补贴对象经村公示、所初审、镇复核,发放名册公开。", "middle"),
            ("所长", "储望川", "村级财务委托代理记账审核不严,白条入账", "制度机制", "中",
             "代理记账凭证逐笔审核,不合规票据一律退回。", "middle"),
            ("报账员", "宁晏秋", "报账资金支付不按程序,先付款后补手续", "业务流程", "中",
             "支付凭审批单办理,报账员与会计分设。", "general"),
        ]),
        ("农业服务中心", [
            ("主任", "殳稼轩", "农机购置补贴现场核查走过场,人机合影弄虚作假", "岗位职责", "高",
             "核查两人以上到场,合影和机具编码一并存档。", "middle"),
            ("农技员", "滕穗禾", "良种、化肥发放中优亲厚友", "思想道德", "低", "发放名单村内公示,领取签字。",
             "general"),
        ]),
        ("社会事务办", [
            ("主任", "粟蘅芜", "低保、特困对象认定不经评议,人情保、关系保", "制度机制", "高",
             "认定经村民代表评议、镇审核,结果三级公示。", "middle"),
            ("民政专干", "仇雁汀", "临时救助金审批发放不及时,截留救助金", "业务流程", "中",
             "救助金直接打卡发放,每月与银行对账。", "general"),
            ("民政专干", "仇雁汀", "入户核查时接受申请人宴请", "外部环境", "低", "核查两人同行,签订廉洁承诺。",
             "general"),
        ]),
    ]  # fmt: skip
    sheets = [cover]
    for station, rows in stations:
        sh = _Sheet(station, [5, 9, 8, 36, 10, 8, 36])
        _line(sh, f"{TOWN}{station}岗位廉政风险点一览表", 7)
        r = sh.add(f"填报单位：{unit}", None, None, None, "填报时间：2025年3月", None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, station, post, who, tier, point, types_in(typ), HML[lv])
        per = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per), (2, per)])
        sh.add()
        sh.add("站所负责人：", None, None, None, "分管领导：", None, None)
        sheets.append(sh)
    return _layout(
        "township_station_sheets", "http://m-lichuan.cjyun.org/p/57982.html",
        "镇 站所 岗位廉政风险点一览表 as the 镇纪委 hands them on in one workbook, after the source's account of a 乡 "
        "农业服务中心 (农机购置补贴: 人机合影, 现场核查, 与财经所衔接): a ``封面`` sheet (``武隆区霁峡镇人民政府 / 站所岗位"
        "廉政风险点汇编 / 报送：霁峡镇纪委 / 2025年3月``), then ONE SHEET A 站所 — ``财政所``, ``农业服务中心``, "
        "``社会事务办`` — each titled ``霁峡镇财政所岗位廉政风险点一览表`` under ``填报单位：武隆区霁峡镇人民政府 | 填报时间："
        "2025年3月``, with NO 科室 column: 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; 站所负责人/分管领导 labels under each",
        sheets, t,
    )  # fmt: skip


def policy_office_personal_sheets() -> dict:
    unit = f"中共{PLACE}委政策研究室"
    t = _Truth(unit)
    header = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
    title = f"{unit}干部个人廉政风险自查表"

    def form(name: str, who: str, dept: str, post: str) -> _Sheet:
        sh = _Sheet(name, [6, 36, 10, 8, 36])
        _line(sh, title, 5)
        sh.add("姓名", who or None, "科室", dept or None, None)
        sh.add("职务", post or None, "填表日期", "2025年3月" if who else None, None)
        sh.add(*header)
        return sh

    blank = form("模板", "", "", "")
    for n in range(1, 4):
        blank.add(n, None, None, None, None)
    blank.add("本人签字：", None, "科室负责人签字：", None, None)
    people = [
        ("戈晴川", "综合科", "科长", "middle", [
            ("起草重要文稿时泄露未公开的决策信息", "思想道德", "高", "文稿按密级管理,送审稿专人传递、用后收回。"),
            ("调研经费报销不实,虚列交通、住宿费用", "制度机制", "中", "调研经费按计划列支,报销附调研通知和行程单。"),
        ]),
        ("羿慕言", "经济研究科", "科长", "middle", [
            ("委托课题研究时指定关系单位承担,收受好处", "外部环境", "高", "委托课题公开比选,评审专家随机抽取。"),
            ("课题成果验收把关不严,结题经费照拨", "岗位职责", "中", "成果验收由专家组评审,经费按验收结果拨付。"),
        ]),
        ("宿微澜", "社会研究科", "副科长", "middle", [
            ("基层调研中接受被调研单位宴请、礼品", "外部环境", "中", "调研一律在食堂就餐,签订调研纪律承诺。"),
            ("调研报告选择性反映情况,为特定单位说情", "思想道德", "低", "调研报告经科室集体讨论,数据注明来源。"),
        ]),
        ("门书砚", "改革督察科", "科员", "general", [
            ("改革督察中对发现问题隐瞒不报", "岗位职责", "中", "督察情况两人以上核实,问题清单报室务会。"),
            ("督察通报材料审核不严,通报失实", "业务流程", "低", "通报材料经科长、分管领导两级审核。"),
            ("工作中接触的涉密文件违规复印、外带", "制度机制", "中", "涉密文件登记借阅,严禁复印外带。"),
        ]),
    ]  # fmt: skip
    sheets = [blank]
    for who, dept, post, tier, points in people:
        sh = form(who, who, dept, post)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字：", None, "科室负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "policy_office_personal_sheets", "http://cedoc.cn/info/link/132138.html",
        "区委政策研究室 干部个人廉政风险自查表 one sheet a person, after the source's 县区委办政研工作情况汇报 (文稿起草, "
        "调查研究, 深改督查, 综合法规室): tabs the holders' names (戈晴川, 羿慕言, 宿微澜, 门书砚) BEHIND the blank "
        "``模板`` sheet they were copied from (its pairs empty, rows 1–3 numbered and blank); each sheet the title, "
        "pairs ``姓名 | 戈晴川 | 科室 | 综合科`` and ``职务 | 科长 | 填表日期 | 2025年3月`` above 序号/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施, ``本人签字： | | 科室负责人签字：`` under it",
        sheets, t,
    )  # fmt: skip


def visitor_center_notes_sheet() -> dict:
    unit = f"{PLACE}游客集散中心"
    t = _Truth(unit)
    notes = _Sheet("填表说明", [80])
    notes.add("填表说明")
    notes.add("1.本表以岗位为单位填写,一个岗位有多个风险点的分行填写。")
    notes.add(
        "2.风险类型填写思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险之一。"
    )
    notes.add("3.风险等级分三级:Ⅰ级为高风险,Ⅱ级为中风险,Ⅲ级为低风险。")
    notes.add("4.填报后请于3月20日前报中心办公室。")
    sh = _Sheet("一览表", [5, 12, 9, 8, 34, 12, 8, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "勾翊岚", "旅游集散车辆运营承包不经集体研究", "制度机制风险", "Ⅰ级",
         "承包经营方案经主任办公会研究,公开招标确定。", "leader"),
        ("中心领导", "副主任", "相若虹", "咨询服务点、商铺出租不公开招租", "岗位职责风险", "Ⅰ级",
         "出租按规定公开竞价,合同报国资部门备案。", "leader"),
        ("票务部", "部长", "栗晨渡", "联票、套票分销渠道选择不公开,收受分销商好处", "外部环境风险", "Ⅰ级",
         "分销商准入条件公开,分销合同集体审定。", "middle"),
        ("票务部", "售票员", "麦朵云", "现金售票少收多开,截留票款", "业务流程风险", "Ⅱ级",
         "推行线上支付,现金票款日清日结,监控全覆盖。", "general"),
        ("运营调度部", "部长", "晏苍岭", "接驳车辆调度优先安排关系车辆", "岗位职责风险", "Ⅱ级",
         "车辆按系统排班调度,调度记录每周公示。", "middle"),
        ("运营调度部", "调度员", "益知秋", "游客投诉处理中隐瞒不报", "思想道德风险", "Ⅲ级",
         "投诉登记编号管理,处理结果回访。", "general"),
        ("综合部", "会计", "伊霜序", "车辆维修、燃油费用报销审核不严", "制度机制风险", "Ⅱ级",
         "维修实行定点、审批、验收,燃油卡专车专用。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：伊霜序", None, None, None, "审核人：勾翊岚", None, None, None)
    return _layout(
        "visitor_center_notes_sheet", "http://m.fx361.com/news/2009/1221/5789414.html",
        "区游客集散中心 岗位廉政风险防控一览表, after the source's comparison of 城市旅游集散中心 models (散客 接驳, 票务, "
        "咨询服务): FIRST a ``填表说明`` sheet of four numbered lines (one naming the five ``…风险`` types, one "
        "``风险等级分三级:Ⅰ级为高风险,Ⅱ级为中风险,Ⅲ级为低风险。``), then ``一览表``: title, 序号/部门 merged/岗位 and "
        "责任人 merged per person/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; ``填表人：伊霜序 | 审核人："
        "勾翊岚`` under it (both holders too); the workbook's default ``Sheet3`` left EMPTY",
        [notes, sh, _Sheet("Sheet3")], t,
    )  # fmt: skip


def earthquake_bureau_duties_sheet() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    duties = _Sheet("岗位职责", [6, 18, 60])
    _line(duties, f"{unit}岗位职责", 3)
    duties.add("序号", "岗位", "主要职责")
    posts = [
        ("局长", "主持全面工作,负责重大事项决策和财务审批。"),
        ("副局长", "协助局长工作,分管监测预报和震害防御。"),
        ("监测预报股股长", "负责地震监测台网运行、宏观观测点管理和震情会商。"),
        ("震害防御股股长", "负责建设工程抗震设防要求监管和地震安全性评价管理。"),
        ("震害防御股工作人员", "承担抗震设防监督检查和防震减灾科普宣传。"),
        ("办公室会计", "负责财务核算、资金支付和固定资产管理。"),
    ]
    for n, (post, duty) in enumerate(posts, 1):
        duties.add(n, post, duty)
    sh = _Sheet("风险清单", [6, 18, 36, 10, 8, 36])
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "防震减灾项目资金安排不经集体研究", "制度机制", "一级", "资金安排经局务会集体研究,会议纪要存档。",
         "leader"),
        ("副局长", "地震安全性评价报告审查把关不严", "岗位职责", "一级", "评价报告实行专家评审,审查意见公开。",
         "leader"),
        ("监测预报股股长", "地震监测设备采购指定品牌,收受供应商好处", "外部环境", "一级",
         "设备按政府采购程序购置,技术参数经专家论证。", "middle"),
        ("监测预报股股长", "宏观观测员补助发放不实", "业务流程", "二级", "补助按观测记录核发,名单公示。",
         "middle"),
        ("震害防御股股长", "抗震设防要求审核降低标准", "岗位职责", "一级", "审核实行初审、复审,结果网上公开。",
         "middle"),
        ("震害防御股工作人员", "抗震设防监督检查中接受建设单位宴请", "思想道德", "三级",
         "检查两人以上同行,检查情况登记备查。", "general"),
        ("办公室会计", "专项资金支付不按合同约定,提前付款", "制度机制", "二级", "付款凭合同和验收单,经局长签批。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报单位（盖章）：", None, None, "填报日期：2025年3月", None, None)
    return _layout(
        "earthquake_bureau_duties_sheet",
        "http://freekaoyan.com/wm/01/023/2017/06-10/1497103045827341.shtml",
        "区地震局 岗位廉政风险防控清单 对岗不对人, after the source's 地震局 工作计划 (监测预报、震害防御、应急救援 三大"
        "体系; 台网, 宏观观测, 抗震设防, 地震安全性评价): FIRST a ``岗位职责`` sheet (title, ``序号 | 岗位 | 主要职责``, "
        "one row a post), then ``风险清单``: ``附件2``, title, 序号/岗位 merged per post with the 股 IN the post "
        "(``监测预报股股长``, ``震害防御股工作人员``, ``办公室会计``; NO 科室 column)/风险点/风险类型 (short names)/风险"
        "等级 一级/二级/三级/防控措施; no names; 填报单位（盖章）/填报日期 labels under it",
        [duties, sh], t,
    )  # fmt: skip


def road_center_post_categories() -> dict:
    unit = f"{PLACE}公路事务中心"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [6, 10, 22, 40, 8, 36, 16])
    _line(sh, f"{unit}2025年度廉洁风险防控清单", 7)
    sh.add("序号", "岗位类别", "风险名称", "风险描述", "风险等级", "防控措施", "监测指标")
    groups = [
        ("领导班子成员", "leader", [
            ("养护工程项目决策不规范", "1.1养护工程项目安排未经集体研究。\n1.2计划外追加项目个人说了算。", "高",
             "严格执行“三重一大”决策制度,计划调整报中心党组研究。", "集体决策事项占比"),
            ("违规干预工程招标", "2.1为特定单位打招呼、递条子。\n2.2授意设置排他性条件。", "高",
             "落实领导干部插手工程建设记录报告制度。", "干预记录报告次数"),
        ]),
        ("中层管理人员", "middle", [
            ("养护质量验收把关不严", "3.1小修保养验收不到现场。\n3.2验收资料后补。", "中",
             "验收现场拍照定位,验收组三人以上。", "验收抽查合格率"),
            ("路政许可审查不严", "4.1超限运输许可降低条件。\n4.2涉路施工许可未现场核查。", "中",
             "许可事项网上办理,现场核查留痕。", "许可复查差错数"),
        ]),
        ("招标采购人员", "general", [
            ("采购信息泄露", "5.1提前透露采购预算和评审专家。\n5.2与供应商私下接触。", "高",
             "采购信息专人保管,评审专家随机抽取。", "投诉举报件数"),
            ("应急物资采购不比价", "6.1以应急为名规避采购程序。", "低", "应急采购事后补办审批并公示。", "事后公示率"),
        ]),
        ("财务人员", "general", [
            ("养护资金拨付不按进度", "7.1超进度拨付养护资金。\n7.2未经审核即支付。", "中",
             "资金拨付凭计量单和审核意见,实行双签。", "超进度支付笔数"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for cat, tier, points in groups:
        for name, desc, lv, measures, metric in points:
            n += 1
            sh.add(n, cat, name, desc, lv, measures, metric)
            t.point(sh.name, "", cat, "", tier, name, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("注：风险等级分高、中、低三级。", None, None, None, None, None, None)
    return _layout(
        "road_center_post_categories",
        "https://www.zhetiaohe.com/ss/b1281c2ead6a899c99b979db339f59d0d81b2acfaf055faaaed724130c8fc778.html",
        "区公路事务中心 年度廉洁风险防控清单 对岗不对人 by post CATEGORY, after the source's note on who manages a 公路段 "
        "(养护, 路政, 超限运输): title naming the year, 序号/``岗位类别`` merged (领导班子成员, 中层管理人员, 招标采购人员, "
        "财务人员; no other post column, no 科室, no names)/a short ``风险名称``/a numbered ``风险描述`` (``1.1…⏎1.2…``)/"
        "风险等级 高/中/低/防控措施/``监测指标`` (``集体决策事项占比``); no type column; a ``注：风险等级分高、中、低三级。`` "
        "line under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    civil_defense_tab_years(),
    bigdata_center_dropdown_sheet(),
    soil_station_summary_first(),
    tourism_group_system_export(),
    township_station_sheets(),
    policy_office_personal_sheets(),
    visitor_center_notes_sheet(),
    earthquake_bureau_duties_sheet(),
    road_center_post_categories(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch212-inbox"))
