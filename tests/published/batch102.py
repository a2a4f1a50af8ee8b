"""A hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
the staff of bodies no earlier batch drew on (a 县龙虾产业发展局, a 县建设工程质量监督站, the county branch
of 中国电信, a 国家森林公园管理处, a 县农村产权交易中心, a 县社会治理网格化服务管理中心, a 县渔政监督大队, a 县
农业技术推广中心 and a 县良种场), handed back as the 附件2 / 附件3 / 附件4 of ``workbook_templates/`` or
as an office's own 防控卡 / 自查表 / 登记表 / 承诺书, with the habits staff really have. Eight are
EVERYDAY:

- the 龙虾产业发展局's 副局长's 附件2: 职务 ``党组成员、副局长`` in one cell, 分管工作 merged over each of
  two groups, the levels typed with LATIN letters (``I级``, ``II级``, ``III级``) as people type them
  without the template's list, ``…风险`` types, the unused numbered rows of the first section deleted,
  the ``“三重一大”方面`` row over one filled row and three printed numbers, the second review box
  signed;
- the 建设工程质量监督站's 监督一科 附件3 by its 科长, the 单位 line typed with the 科 after the unit
  (``单位(盖章):盱眙县建设工程质量监督站监督一科``), 岗位职责 merged, 工作流程 filled, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, two unused template rows, the first review box signed;
- the 电信 county branch's 员工廉洁风险防控卡 of a 政企客户部 客户经理: ``员工姓名 | … | 所在部门 | … |
  岗位 | …`` and ``员工编号 | 32083107 (a number) | 入职时间 | … | 岗位风险等级 | 中`` above, a ``业务环节``
  column, ``廉洁风险点``, 高/中/低, no type column, a trailing ``监督人`` (the 部门经理) merged down;
- the 农村产权交易中心's 交易鉴证员's 个人岗位廉政风险自查表: two rows of pairs (出生年月 typed as a
  number ``1991.04``), short types, 高/中/低, and a foot line ``填表人: | 昝怀远 | 审核人: | 缑晓岚`` —
  the form typed up by a colleague of the 综合部 and checked by the 主任, neither of them the holder;
- the 网格化服务管理中心's workbook of two 附件4 on tabs named for the holders, ``所在科室及职务``
  typed on TWO lines in its cell (``指挥调度科⏎调度员``, Alt+Enter), ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 渔政监督大队's 岗位廉政风险登记表 of a 执法队员: a bare title with no unit, ``姓名 | … | 所在中队 |
  第二中队 | 职务 | 执法队员``, a ``工作事项`` column, short types, 高/中/低, and the unit named ONLY in
  the foot line ``填报单位（盖章）：盱眙县渔政监督大队`` under the table;
- the 农业技术推广中心's 植保站 植保员's 岗位廉政风险防控承诺书: ``所在单位 | … | 所在科室 | 植保站 |
  职务 | 植保员`` with no 姓名 field, ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``一级/二级/三级``, a
  merged pledge paragraph and the holder only in ``承诺人(签字): | 苌慧敏``;
- the 良种场's 保管员's 附件4 whose 风险点 and 防控措施 cells are broken over lines with Alt+Enter in
  mid-sentence where the column was narrow (``种子入库时不按规定抽样检验,⏎以次充好``), 岗位职责 typed
  on every row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``.

One is harder:

- ``forest_park_two_rangers``: the 森林公园管理处's 资源管护科 hands back ONE 附件4 for a post two
  护林员 hold together: ``姓名 | 阚明轩、逄立峰 | 所在科室及职务 | 资源管护科护林员`` — two holders, so two
  forms, each with every point of the sheet.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 县龙虾产业局 showing visitors its 稻虾 fields; what a 建设局质监站
checks from 施工 to 竣工验收; keeping 电信大客户档案 secret; 护林员 patrolling two by two; a county's
农村产权流转交易 rules with their 交易鉴证; 社区网格管理员 hired by 政府购买服务; a 县渔政 night patrol
in the 禁渔期; 统防统治 pesticide handed out free by a 农业服务中心; the storage of 救灾备荒种子) and the
layout follows their words. The rows are worded by us, the names invented, every unit a body of
盱眙县.

Run ``python tests/published/score.py --set batch102`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b102_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (客户经理, 鉴证员, 执法队员, 植保员 general);
- ``党组成员、副局长`` is one post, kept as written; ``I级``/``II级``/``III级`` in Latin letters are
  Ⅰ级/Ⅱ级/Ⅲ级;
- ``单位(盖章):<unit><科>`` beside a ``科室 | <科>`` pair: the unit is the 站, the 科 its 科室;
- a ``监督人`` and a ``填表人``/``审核人`` named beside a filled ``姓名``/``员工姓名`` are not holders;
- ``员工姓名`` is the holder, a ``员工编号`` names nothing;
- ``指挥调度科⏎调度员`` in 所在科室及职务 is 科室 指挥调度科, post 调度员;
- a 中队 of a 大队 is its 科室; the unit may stand only in the ``填报单位（盖章）：`` line under the table;
- a pledge's holder is the one who signs ``承诺人(签字):``; the pledge paragraph is no point;
- a 风险点 broken over lines inside its cell is ONE point (its whole text);
- ``阚明轩、逄立峰`` under 姓名 are two holders of one post: two forms with the same points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import DATE, HEAD, NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b102_"
PLACE = "盱眙县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}


# --------------------------------------------------------------------------- harder layout


def forest_park_two_rangers() -> dict:
    unit = f"{PLACE}铁山寺国家森林公园管理处"
    holders, dept, post = ("阚明轩", "逄立峰"), "资源管护科", "护林员"
    sh = _Sheet("附件4", [22, 16, 36, 16, 8, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", "、".join(holders), "所在科室及职务", f"{dept}{post}", "岗位风险等级", "C")
    sh.add(*HEAD)
    rows = [
        ("森林资源日常巡护", "巡护→发现→报告",
         "发现盗伐林木、乱捕滥猎不制止、不报告,或收受好处后放任不管", "岗位职责风险", "Ⅰ级",
         "两人一组巡护,巡护轨迹和照片当日上传,发现问题两小时内报科里。"),
        (None, "巡护记录填报", "巡护记录弄虚作假,未巡报巡", "制度机制风险", "Ⅱ级",
         "巡护记录与定位轨迹每周比对,科里随机抽查。"),
        ("森林防火管理", "野外用火检查", "对景区周边农家乐违规野外用火不制止,接受商户吃请", "思想道德风险",
         "Ⅱ级", "防火期巡查实行签到,检查记录由商户签字确认。"),
        ("林木采伐和林地占用巡查", "发现→上报", "为他人违规采伐林木、占用林地通风报信", "外部环境风险",
         "Ⅲ级", "采伐和占用林地许可信息在管理处公开,巡查发现与许可逐项核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        for who in holders:
            t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "forest_park_two_rangers", "http://adibba.com/html/2025/news/2/410266.html",
        "(harder) 国家森林公园管理处 资源管护科's ONE 附件4 (tab 附件4) for a post two 护林员 hold together, after the "
        "source's account of 护林员 in a 国家公园 who patrol two by two (巡护, 森林防火, 野生动植物): ``姓名 | 阚明轩、"
        "逄立峰 | 所在科室及职务 | 资源管护科护林员 | 岗位风险等级 | C`` — two holders in one cell, so two forms, each "
        "with every point; 岗位职责 merged over the first two rows, 工作流程 filled, ``…风险`` types, "
        "``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template rows, blank review boxes, 注",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lobster_bureau_annex2() -> dict:
    unit = f"{PLACE}龙虾产业发展局"
    who, post = "宓承煊", "党组成员、副局长"
    sh = _Sheet("附件2", [6, 22, 36, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("分管龙虾产业项目建设", "龙虾产业扶持项目申报审核把关不严,为不符合条件的主体争取扶持资金",
         "岗位职责风险", "I级", "申报材料科室初审、局务会集体审定,拟扶持名单公示五个工作日。"),
        (None, "插手龙虾交易市场、冷链物流中心等工程建设项目招投标", "制度机制风险", "I级",
         "工程项目全部进入公共资源交易平台,领导干部插手干预重大事项如实记录报告。"),
        ("分管龙虾品牌宣传和龙虾节活动", "龙虾节活动承办单位、广告服务商选定不公开", "业务流程风险", "II级",
         "承办单位和服务商通过政府采购或公开比选确定,结果公示。"),
        (None, "接受龙虾经营企业宴请和赠送的礼盒、消费卡", "思想道德风险", "III级",
         "节日前后廉洁提醒,收受的礼品礼金一律登记上交。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), LATIN[level])
    _merge_runs(sh, 1, first, len(sh.rows) - 1)
    _line(sh, "“三重一大”方面", 6)
    point = "龙虾产业发展专项资金分配个人说了算,不提交局党组集体研究"
    sh.add(1, "参与局党组决策", point, "制度机制风险", "II级",
           "专项资金分配方案提交局党组会议集体研究,会议纪要存档备查。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 2)
    for n in range(2, 5):
        sh.add(n, None, None, None, None, None)
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年6月20日")})
    _line(sh, NOTE, 6)
    return _layout(
        "lobster_bureau_annex2", "http://www.yiyangzx.com/yysxc/3401.html",
        "县龙虾产业发展局 副局长's 附件2 (tab 附件2) after the source's visit to a county's 高标准农田 稻虾 fields "
        "guided by the 县龙虾产业局 (稻虾养殖, 龙虾产业发展和壮大): ``姓名 | 宓承煊 | 职务 | 党组成员、副局长 | 岗位风险"
        "等级 | A``; 序号 1–4, 分管工作 merged over two groups, the template's unused rows 5–8 DELETED; ``…风险`` types; "
        "levels typed in LATIN letters ``I级/II级/III级``; a merged ``“三重一大”方面`` row, its row 1 filled and rows "
        "2–4 holding only their printed number; the 领导小组 review box signed ``同意。`` with a date, the 纪检组 box "
        "blank; 注",
        [sh], t,
    )  # fmt: skip


def quality_station_annex3() -> dict:
    unit = f"{PLACE}建设工程质量监督站"
    who, dept = "蒯雨辰", "监督一科"
    sh = _Sheet("附件3", [22, 16, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}{dept}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "A级")
    sh.add(*HEAD)
    rows = [
        ("房屋建筑工程质量监督", "监督交底、过程巡查",
         "对建设、施工、监理单位质量责任落实情况的检查流于形式", "岗位职责", "Ⅱ级",
         "巡查按清单逐项检查,巡查记录和整改通知书当日录入监督系统。"),
        (None, "抽查抽测", "接受施工单位请托,对钢筋、混凝土等抽测不合格结果不予追究", "思想道德", "Ⅰ级",
         "抽测样品现场封样、见证送检,不合格结果报站长并跟踪处理。"),
        (None, "竣工验收监督", "对不具备验收条件的工程出具监督报告", "制度机制", "Ⅰ级",
         "监督报告实行科长审核、站长签发,问题未整改闭合的不予出具。"),
        ("工程质量投诉处理", "受理→调查→答复", "对群众质量投诉推诿拖延、偏袒施工单位", "业务流程", "Ⅲ级",
         "投诉登记编号,限时办结,处理结果向投诉人书面答复。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, "", who, "middle", row[2], types_in(row[3]), ROMAN[row[4]])
    _merge_runs(sh, 0, first, len(sh.rows) - 1)
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年6月18日")})
    _line(sh, NOTE, 6)
    return _layout(
        "quality_station_annex3", "http://www.howvc.com/jxuzs/202505/175622.html",
        "县建设工程质量监督站 监督一科's 附件3 (tab 附件3) after the source's account of a 建设局质监站 (施工现场检查, "
        "施工材料, 处理投诉和举报, 竣工验收): the 单位 line typed with the 科 after the unit ``单位(盖章):盱眙县建设工程"
        "质量监督站监督一科`` over ``科室 | 监督一科 | 负责人 | 蒯雨辰 | 岗位风险等级 | A级``; 岗位职责 merged over the "
        "first three rows, 工作流程 filled, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template rows, the first review "
        "box signed ``同意。`` with a date, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def telecom_employee_card() -> dict:
    unit = "中国电信股份有限公司盱眙分公司"
    who, dept, post, watcher = "鄢书瑶", "政企客户部", "客户经理", "隗靖川"
    sh = _Sheet("防控卡", [6, 14, 38, 10, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 6)
    sh.add("员工姓名", who, "所在部门", dept, "岗位", post)
    sh.add("员工编号", 32083107, "入职时间", "2015年7月", "岗位风险等级", "中")
    sh.add("序号", "业务环节", "廉洁风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("商机挖掘", "向竞争对手或无关人员泄露政企客户资料和项目报价", "高",
         "客户资料分级授权查询,导出留痕,离岗收回权限。"),
        ("项目投标", "与合作伙伴串通,协助指定供应商中标并收取好处", "高",
         "合作伙伴由采购部门公开选定,客户经理不参与评审。"),
        ("合同签订", "擅自给予客户合同外优惠或赠送终端", "中", "优惠方案按权限审批,合同经法务审核。"),
        ("业务酬金结算", "虚报业务量,套取渠道酬金和营销费用", "中",
         "酬金按系统数据结算,财务部门每月稽核。"),
        ("客户维系", "接受客户宴请、礼品,或以客户名义报销个人费用", "低",
         "业务招待事前审批,报销凭清单和客户签收单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, level, measures, watcher if n == 1 else None)
        t.point(sh.name, dept, post, who, "general", point, [], HML[level])
    sh.merge(first, 5, len(sh.rows) - 1, 5)
    sh.add()
    sh.add("本人签字:", None, "部门负责人签字:", None, "2024年5月", None)
    return _layout(
        "telecom_employee_card", "https://guayunfan.com/lilun/666296.html",
        "中国电信 county branch 员工廉洁风险防控卡 (tab 防控卡) of a 政企客户部 客户经理, after the source's paper on "
        "keeping 电信大客户档案 secret (客户资料, 合同, 报价, 保密与利用): title ``中国电信股份有限公司盱眙分公司员工廉洁"
        "风险防控卡``; ``员工姓名 | 鄢书瑶 | 所在部门 | 政企客户部 | 岗位 | 客户经理`` and ``员工编号 | 32083107 (a NUMBER) "
        "| 入职时间 | 2015年7月 | 岗位风险等级 | 中``; 序号/``业务环节``/``廉洁风险点``/风险等级 高/中/低/防控措施/a "
        "trailing ``监督人`` (the 部门经理 隗靖川) merged down; no type column; an unsigned 本人/部门负责人 line",
        [sh], t,
    )  # fmt: skip


def property_exchange_selfcheck() -> dict:
    unit = f"{PLACE}农村产权交易中心"
    who, dept, post = "郦婧瑶", "交易鉴证部", "交易鉴证员"
    sh = _Sheet("自查表", [6, 38, 12, 10, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
    sh.add("姓名", who, "性别", "女", "出生年月", 1991.04)
    sh.add("所在部门", dept, "岗位", post, "填表日期", "2024年6月")
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    rows = [
        ("交易项目挂牌前审核不严,为权属不清的集体资产办理挂牌", "岗位职责", "高",
         "挂牌材料对照清单审核,权属证明和村集体决议缺一不挂牌。"),
        ("向意向受让方泄露其他竞买人信息和交易底价", "思想道德", "高",
         "竞买人信息系统加密,开标前任何人不得查询。"),
        ("出具交易鉴证书时擅自更改成交价格或受让方", "制度机制", "中",
         "鉴证书由系统按成交结果生成,部门负责人复核后加盖印章。"),
        ("交易保证金退还不及时,或违规截留", "业务流程", "低", "保证金专户管理,成交后五个工作日内原路退还。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, kind, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("填表人:", "昝怀远", "审核人:", "缑晓岚", "2024年6月12日", None)
    return _layout(
        "property_exchange_selfcheck",
        "http://www.sdsx.gov.cn/site_sxnyncjd/channel_663c452d9c0170c08f8167a0/doc_67e0b60a14b45e90bb7e06cd.html",
        "县农村产权交易中心 交易鉴证员's 个人岗位廉政风险自查表 (tab 自查表) after the source's county rules for "
        "农村产权流转交易 (交易机构, 统一信息发布, 统一交易鉴证, 统一交易结算, 权属合法清晰): two rows of pairs "
        "``姓名 | 郦婧瑶 | 性别 | 女 | 出生年月 | 1991.04`` (a NUMBER) and ``所在部门 | 交易鉴证部 | 岗位 | 交易鉴证员 | "
        "填表日期 | 2024年6月``; 序号/风险点/风险类型 (short)/风险等级 高/中/低/防控措施 merged over two columns; a foot "
        "line ``填表人: | 昝怀远 | 审核人: | 缑晓岚 | 2024年6月12日`` — the form typed by a colleague and checked by "
        "the 主任, neither the holder",
        [sh], t,
    )  # fmt: skip


def grid_center_wrapped_posts() -> dict:
    unit = f"{PLACE}社会治理网格化服务管理中心"
    t = _Truth(unit)
    people = [
        ("雒嘉琪", "指挥调度科", "调度员", [
            ("网格事件受理和派遣", "受理→分拨→派遣", "对网格员上报的事件选择性受理,或未经核实擅自结案",
             "岗位职责风险", "Ⅱ级", "事件受理、派遣、结案全程在平台留痕,结案须承办单位回单。"),
            (None, "督办→结案", "收受被督办单位好处,不按规定发出超期督办单", "思想道德风险", "Ⅱ级",
             "超期事件由平台自动预警,督办单由科长审核发出。"),
            ("平台数据统计报送", "统计→报送", "篡改事件办结率、群众满意率等平台数据", "制度机制风险", "Ⅰ级",
             "统计数据由系统生成,报送前科长复核并留存底稿。"),
        ]),
        ("钭佳音", "考核督查科", "督查员", [
            ("网格员绩效考核", "考核打分→结果汇总", "考核打分优亲厚友,考核结果不公示", "制度机制风险", "Ⅰ级",
             "考核细则公开,打分两人以上,结果在中心公示。"),
            ("网格员补贴核发", "考勤统计→补贴造册", "虚报网格员在岗考勤,多报补贴", "岗位职责风险", "Ⅰ级",
             "考勤以平台签到为准,补贴名册经科长、分管主任审签后公示。"),
            ("专项督查", "现场督查→通报", "督查发现的问题不如实通报,接受被督查单位吃请", "外部环境风险",
             "Ⅲ级", "督查两人同行,问题清单当日录入平台。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, rows in people:
        sh = _Sheet(who, [22, 18, 36, 16, 8, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", who, "所在科室及职务", f"{dept}\n{post}", "岗位风险等级", "B")
        sh.add(*HEAD)
        first = len(sh.rows)
        for row in rows:
            sh.add(*row)
            t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        for _ in range(3):
            sh.add(None, None, None, None, None, None)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "grid_center_wrapped_posts", "https://xiexiebang.com/a5/2019051311/2da0da4582870fcf.html",
        "县社会治理网格化服务管理中心's workbook of two 附件4, tabs named for the holders (雒嘉琪, 钭佳音), after the "
        "source's account of a city's 社区网格化综合服务管理 (网格管理员 hired by 政府购买服务, 一人一格, 信息采集, 矛盾"
        "联动化解): ``所在科室及职务`` typed on TWO LINES in one cell (``指挥调度科⏎调度员``, ``考核督查科⏎督查员``, "
        "Alt+Enter); 岗位职责 merged, 工作流程 with arrows, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; three unused template "
        "rows, blank review boxes, 注",
        sheets, t,
    )  # fmt: skip


def fishery_register_foot_unit() -> dict:
    unit = f"{PLACE}渔政监督大队"
    who, dept, post = "亓振声", "第二中队", "执法队员"
    sh = _Sheet("登记表", [6, 14, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险登记表", 6)
    sh.add("姓名", who, "所在中队", dept, "职务", post)
    sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("禁渔期巡查", "禁渔期巡查时对熟人非法捕捞睁一只眼闭一只眼", "岗位职责", "高",
         "夜间巡查两人以上,执法记录仪全程开启,巡查记录中队长签字。"),
        ("涉渔“三无”船舶清理", "查扣的“三无”船舶、网具私自放还或变卖", "制度机制", "高",
         "查扣物品登记造册、拍照入库,处置经大队集体研究。"),
        ("行政处罚", "办理非法捕捞案件降格处理,以罚代刑", "岗位职责", "中",
         "案件经法制审核,涉嫌犯罪的一律移送公安机关。"),
        ("渔业生产检查", "接受渔民、水产经营户宴请和水产品馈赠", "思想道德", "低",
         "检查纪律上墙公示,设立举报电话。"),
    ]  # fmt: skip
    for n, (item, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, item, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add("本人签字:", None, None, "中队长签字:", None, None)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, "填报日期：2024年6月", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    return _layout(
        "fishery_register_foot_unit", "http://jingzhou.cjyun.org/p/197532.html",
        "县渔政监督大队 执法队员's 岗位廉政风险登记表 (tab 登记表) after the source's account of a 县渔政 night patrol in "
        "the 禁渔期 (非法捕捞渔船, 电瓶, 地笼, 移交司法机关): a bare title ``岗位廉政风险登记表`` with no unit; ``姓名 | "
        "亓振声 | 所在中队 | 第二中队 | 职务 | 执法队员``; 序号/``工作事项``/风险点/风险类型 (short)/风险等级 高/中/低/"
        "防控措施; an unsigned 本人/中队长 line, then the unit named ONLY in the foot line ``填报单位（盖章）：盱眙县渔政"
        "监督大队`` beside ``填报日期：2024年6月``",
        [sh], t,
    )  # fmt: skip


def agri_center_pledge() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    who, dept, post = "苌慧敏", "植保站", "植保员"
    sh = _Sheet("承诺书", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控承诺书", 4)
    sh.add("所在单位", unit, "所在科室", dept)
    sh.add("职务", post, "填写时间", "2024年6月")
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("统防统治补助农药发放虚报面积,或让人冒名领取", "一级", "补助农药按村组面积清册发放,农户签字,清册公示。"),
        ("病虫情报数据不实,迟报、漏报", "二级", "测报数据两人调查、站长审核后发布。"),
        ("农药采购验收不严,接受农药经销商好处", "一级", "农药由政府采购确定供应商,验收三人以上签字。"),
        ("技术指导时向农户推销指定农药", "三级", "技术指导只开防治方案不指定品牌,设立举报电话。"),
    ]  # fmt: skip
    for n, (point, level, measures) in enumerate(rows, 1):
        sh.add(n, point, level, measures)
        t.point(sh.name, dept, post, who, "general", point, [], ORDINAL[level])
    _line(sh, "本人郑重承诺:严格遵守廉洁自律各项规定,认真落实以上防控措施,不利用职务之便谋取私利,"
              "自觉接受组织和群众监督。如有违反,愿接受组织处理。", 4)  # fmt: skip
    sh.add("承诺人(签字):", who, None, "2024年6月10日")
    return _layout(
        "agri_center_pledge", "https://www.xinnong.net/news/20140709/1188788.html",
        "县农业技术推广中心 植保站 植保员's 岗位廉政风险防控承诺书 (tab 承诺书) after the source's account of 统防统治 "
        "pesticide handed out free by a 镇农业服务中心's 技术人员 (按亩补助, 发放, 病虫害综合防治): a bare title; "
        "``所在单位 | 盱眙县农业技术推广中心 | 所在科室 | 植保站`` and ``职务 | 植保员 | 填写时间 | 2024年6月`` with NO 姓名 "
        "field; 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, no type column; a merged ``本人郑重承诺:…`` "
        "paragraph, then ``承诺人(签字): | 苌慧敏 | | 2024年6月10日`` — the holder named only there",
        [sh], t,
    )  # fmt: skip


def seed_farm_wrapped_cells() -> dict:
    unit = f"{PLACE}良种场"
    who, dept, post = "濮思远", "仓储科", "保管员"
    sh = _Sheet("附件4", [16, 14, 22, 14, 8, 24])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "C级")
    sh.add(*HEAD)
    duty = "种子入库、保管和出库"
    rows = [
        (duty, "入库验收", "种子入库时不按规定抽样检验,\n以次充好", "岗位职责", "Ⅰ级",
         "入库种子逐批抽样送检,\n检验合格后方可入库。"),
        (duty, "储存保管", "虚报储备种子自然损耗,\n私自变卖储备种子", "思想道德", "Ⅰ级",
         "损耗按定额核定,\n每季度账实盘点,\n盘点表场长签字。"),
        (duty, "出库调运", "无调拨单出库,\n或出库数量与调拨单不符", "制度机制", "Ⅱ级",
         "凭场长签发的调拨单出库,\n出库单一式三联。"),
        ("仓储物资管理", "领用登记", "仓库熏蒸药剂、包装物领用不登记", "业务流程", "Ⅲ级",
         "物资领用逐笔登记,\n每月核对库存。"),
    ]  # fmt: skip
    for row in rows:
        sh.add(*row)
        t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
    for _ in range(2):
        sh.add(None, None, None, None, None, None)
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", DATE)})
    _line(sh, NOTE_GENERAL, 6)
    return _layout(
        "seed_farm_wrapped_cells", "http://m.gowu797.com/news/21/news_100304.html",
        "县良种场 仓储科 保管员's 附件4 (tab 附件4) after the source's notice on 国家救灾备荒种子储备 (常规稻 and 杂交种子, "
        "贮藏保管, 种子检验, 自然损耗, 补助资金包干使用): ``所在科室及职务 | 仓储科保管员`` run together; the 风险点 and "
        "防控措施 cells broken over lines with Alt+Enter in MID-SENTENCE where the narrow column wraps (``种子入库时不按"
        "规定抽样检验,⏎以次充好``); 岗位职责 typed again on every row of one duty (not merged), short types, "
        "``Ⅰ级/Ⅱ级/Ⅲ级``; two unused template rows, the first review box ``情况属实。`` with an undated ``年  月  日``, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    forest_park_two_rangers(),
    lobster_bureau_annex2(),
    quality_station_annex3(),
    telecom_employee_card(),
    property_exchange_selfcheck(),
    grid_center_wrapped_posts(),
    fishery_register_foot_unit(),
    agri_center_pledge(),
    seed_farm_wrapped_cells(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch102-inbox"))
