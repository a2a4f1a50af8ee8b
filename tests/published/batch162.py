"""A hundred-and-sixty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表, 承诺书 or 责任书,
filled by staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of
青神县 (its 镇 瑞竹镇 invented):

- a 竹编产业发展中心 副主任's 附件2 on a tab renamed ``附件2``, 分管工作 merged, the levels typed
  高/中/低 under the template's ``风险级别``, ``…风险`` types, a ``“三重一大”方面`` row;
- a 柑橘产业服务中心 技术推广股's 附件3 whose ``工作流程`` column was left EMPTY on every row,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, short types;
- an 电子商务公共服务中心 项目专干's 附件4, her name typed with a full-width space between surname
  and given name (``满　蘅``), ``所在科室及职务 | 运营服务部项目专干``, 一级/二级/三级;
- a 价格认定中心's 自查表 of two people on ``Sheet1`` and ``Sheet1 (2)`` (the name Excel gives a
  copied sheet), each with its own ``姓名`` pairs, a ``工作环节`` column, no type column;
- an 航电枢纽管理处's 员工廉洁风险防控卡: ``持卡人 | … | 所在部门 | …`` over ``岗位 | … | 持卡时间 |
  …``, a merged ``岗位职责`` line, a short ``风险点`` beside ``风险表现``, 一级/二级/三级, a ``监督电话`` line;
- a 镇 退役军人服务站 站长's 自查表 under ``填报单位：青神县瑞竹镇人民政府``, two rows of pairs
  (``性别``, ``出生年月``, ``政治面貌`` among them), a ``备注`` column;
- a 社会治安综合治理中心 专职人民调解员's 承诺书 under ``承诺人 | 太史澜 | …`` (the compound
  surname 太史), the pledge lines under the table;
- a 水务局's 瑞竹水务站 站长's 登记表 under ``单位：青神县水务局瑞竹水务站`` (the 局 the unit, the
  站 its 科室), ``岗位风险等级 | 二级`` among the pairs, levels typed ``Ⅰ/Ⅱ/Ⅲ`` without 级;
- a 风景名胜区管理局 股长's 防控表 whose fields are typed label and value in ONE cell each
  (``姓名：蓟眉生 | 科室：经营管理股 | 职务：股长``), types written ``岗位职责类``.

One is harder, a shape offices send that no earlier batch had:

- ``land_consolidation_duty_pledge``: a 国土整治中心's 岗位廉政风险防控责任书 — an agreement
  between the unit (``甲方``) and the post holder (``乙方``): ``甲方：青神县国土整治中心 | 负责人：
  敬晚樵`` over ``乙方：犹澄岷 | 股室及职务：项目管理股股长``, a merged paragraph, the table, the
  two parties' duties, and ``甲方负责人（签字）：敬晚樵 | 乙方（签字）：犹澄岷`` under it. The holder
  is the ``乙方``; the ``负责人`` named beside ``甲方`` is the unit's head, who signs for the
  unit, not the holder of the post.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch162`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b162_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (股长 of a 中心 or a 局, a 镇's 站长, a 局's 站长 middle; 会计,
  机电维修工, 专职人民调解员, 项目专干 general);
- the ``乙方`` of a 责任书 is the holder; the ``负责人`` beside ``甲方`` is no holder, no point;
- a 2-character name typed with a space inside (``满　蘅``) is the name without it;
- ``Sheet1 (2)`` with its own ``姓名`` is another person's form, not a continuation of ``Sheet1``;
- a 水务局's 站 named in the ``单位：`` line is a 科室 of the 局 (as a 局's 所 is);
- a 镇's own 退役军人服务站 is a 科室 of the 镇 (unit ``青神县瑞竹镇人民政府``);
- ``完成时限``, ``自查结果``, ``备注``, ``监督方式``, the pledge lines, ``性别``, ``出生年月``,
  ``政治面貌``, ``联系电话`` and ``岗位风险等级`` are no points, holders or posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b162_"
PLACE = "青神县"
TOWN = "瑞竹镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def land_consolidation_duty_pledge() -> dict:
    unit = f"{PLACE}国土整治中心"
    who, dept, post, head = "犹澄岷", "项目管理股", "股长", "敬晚樵"
    sh = _Sheet("责任书", [6, 36, 12, 10, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任书", 6)
    r = sh.add(f"甲方：{unit}", None, None, f"负责人：{head}", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    r = sh.add(f"乙方：{who}", None, None, f"股室及职务：{dept}{post}", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    _line(
        sh,
        "为切实落实党风廉政建设责任制，加强岗位廉政风险防控，经甲乙双方协商，签订本责任书。"
        "乙方对本岗位以下廉政风险点负直接防控责任：",
        6,
    )
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    points = [
        ("项目选址和立项审查中接受请托，将不符合条件的地块列入土地整理项目", "岗位职责", "高",
         "项目选址经股室集体踏勘，立项材料报中心主任办公会审定。", "长期坚持"),
        ("规划设计单位比选中设置倾向性条件", "制度机制", "高",
         "比选文件经法律顾问审查，比选结果在中心网站公示。", "长期坚持"),
        ("施工现场监管不到位，对偷工减料、擅自变更设计不制止不报告", "业务流程", "中",
         "实行监理、股室双巡查，设计变更一律书面报批。", "2024年12月"),
        ("项目竣工验收中虚报新增耕地面积", "岗位职责", "高",
         "新增耕地面积实测复核，验收组邀请村民代表参加。", "长期坚持"),
        ("接受施工单位宴请、礼品礼金", "思想道德", "低", "签订廉洁承诺，节前开展提醒谈话。", "长期坚持"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, until) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, until)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    _line(sh, "甲方责任：加强对乙方的廉洁教育和日常监督，发现苗头性问题及时提醒纠正。", 6)
    _line(sh, "乙方责任：严格落实上述防控措施，发生违纪违法问题的，按有关规定追究责任。", 6)
    _line(sh, "本责任书一式两份，甲乙双方各执一份，自签订之日起至2024年12月31日止有效。", 6)
    sh.add()
    r = sh.add(f"甲方负责人（签字）：{head}", None, None, f"乙方（签字）：{who}", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    _line(sh, "签订日期：2024年3月5日", 6)
    return _layout(
        "land_consolidation_duty_pledge", "http://www.comosevende.net/content/7380.html",
        "(harder) 县国土整治中心 项目管理股股长's 岗位廉政风险防控责任书, after the source's account of 全域土地综合整治"
        "项目验收 (工程验收组, 资金使用审计, 新增耕地, 村民代表参与, 施工合同和变更签证): an agreement between the unit "
        "(甲方) and the post holder (乙方) — the title, then ``甲方：青神县国土整治中心 | 负责人：敬晚樵`` over ``乙方：犹澄岷 | "
        "股室及职务：项目管理股股长`` (each merged over half the row), a merged paragraph, 序号/风险点/风险类型 short/风险等级 "
        "高/中/低/防控措施/``完成时限``, three merged lines of the parties' duties and the term, then ``甲方负责人（签字）：敬晚樵 "
        "| 乙方（签字）：犹澄岷`` and the date. The holder is named only as ``乙方``; the ``负责人`` beside ``甲方`` is the "
        "unit's head, not the holder",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bamboo_weaving_annex2() -> dict:
    unit = f"{PLACE}竹编产业发展中心"
    who, post = "弋篁音", "副主任"
    sh = _Sheet("附件2", [6, 22, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    duties = [
        ("分管产业发展股：竹编企业入园和扶持资金", [
            ("竹编企业入园扶持资金审核把关不严，企业虚报投资套取补贴", "岗位职责风险", "高",
             "扶持资金凭投资凭证和实地核查结果拨付，名单在政府网站公示。"),
            ("手工竹编产品标识核查走过场，让机器编织品冒充手工品申领奖补", "外部环境风险", "中",
             "手工标识产品抽样复核，发现冒充的取消奖补并收回资金。"),
            ("入园企业厂房租金减免不经集体研究", "制度机制风险", "中", "租金减免报中心主任办公会研究，结果公开。"),
        ]),
        ("分管技艺传承股：竹编技艺培训和传承人推荐", [
            ("竹编技艺培训人数、课时虚报，套取培训经费", "业务流程风险", "中",
             "培训凭签到表、照片和考核记录报账，按季公开。"),
            ("非遗代表性传承人推荐中优亲厚友", "思想道德风险", "低", "推荐条件公开，推荐名单公示七天。"),
        ]),
    ]  # fmt: skip
    n = 0
    for duty, points in duties:
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    big = [
        ("大额资金使用", "竹艺展销中心布展项目不经集体研究即确定承办单位", "制度机制风险", "高",
         "布展项目按规定政府采购，承办单位确定经中心主任办公会集体研究。"),
    ]  # fmt: skip
    for k, (duty, point, typ, lv, measures) in enumerate(big, 1):
        sh.add(k, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年4月16日")}, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "bamboo_weaving_annex2", "https://zigong.me/post/611.html",
        "县竹编产业发展中心 副主任's 附件2 after the source's account of a 竹编非遗产业园 (政府补贴被套现, 机器编筐冒充手工品, "
        "培训班, 传承人): the tab renamed ``附件2``, ``附件2``, the template's title, ``单位(盖章)：…``, ``姓名 | 弋篁音 | 职务 | "
        "副主任 | 岗位风险等级 | A级``, 序号/分管工作 merged (``分管产业发展股：…``, ``分管技艺传承股：…``)/风险点/风险类型 "
        "``…风险``/风险级别 typed 高/中/低/防控措施, the ``“三重一大”方面`` row and one row under it (序号 from 1 again), "
        "two review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def citrus_center_annex3() -> dict:
    unit = f"{PLACE}柑橘产业服务中心"
    who, dept = "游蔓汀", "技术推广股"
    sh = _Sheet("中层岗位", [22, 14, 34, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "B级")
    sh.add(*HEAD)
    rows = [
        ("负责柑橘标准化示范基地建设技术指导和验收", "示范基地验收把关不严，对未达标基地出具合格意见", "岗位职责",
         "Ⅰ级", "验收实行现场打分，验收组三人以上签字，结果公示。"),
        ("负责柑橘标准化示范基地建设技术指导和验收", "基地建设补助面积核实不实", "业务流程", "Ⅱ级",
         "补助面积以实测为准，乡镇技术员、村、业主三方签字确认。"),
        ("负责乡镇柑橘技术员培训和考核", "乡镇技术员年度考核打分不公，优亲厚友", "思想道德", "Ⅲ级",
         "考核细则公开，考核结果中心集体审定。"),
        ("负责柑橘质量送检和营销企业诚信评价", "送检前调换样品，出具不实检测结果", "外部环境", "Ⅰ级",
         "样品现场封样、双人送检，检测结果与第三方机构互证。"),
        ("负责柑橘质量送检和营销企业诚信评价", "营销企业诚信评价中接受请托，将失信企业移出黑名单", "制度机制", "Ⅱ级",
         "黑名单移出须企业书面整改报告并经中心集体研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, point, typ, lv, measures in rows:
        sh.add(duty, None, point, typ, lv, measures)  # 工作流程 left empty
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年5月8日")})
    _line(sh, NOTE, 6)
    return _layout(
        "citrus_center_annex3",
        "https://m.pouringspot.com/10462/10464/10465/10595/2020/11/17/36aee0978559442a819dc459b3914487.shtml",
        "县柑橘产业服务中心 技术推广股's 附件3 after the source's account of a 柠檬产业服务中心 (每个乡镇配置专业技术人员, 标准化"
        "生产, 第三方和海关检测互证, 营销企业诚信管控和黑名单): ``附件3``, the template's title, ``单位(盖章)：…``, ``科室 | "
        "技术推广股 | 负责人 | 游蔓汀 | 岗位风险等级 | B级``, the template's header 岗位职责 merged/工作流程 LEFT EMPTY on every "
        "row/风险点/风险类型 short/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, three review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def ecommerce_center_annex4() -> dict:
    unit = f"{PLACE}电子商务公共服务中心"
    who, shown, dept, post = "满蘅", f"满{GAP}蘅", "运营服务部", "项目专干"
    sh = _Sheet("Sheet1", [22, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", shown, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "B级")
    sh.add(*HEAD)
    rows = [
        ("负责乡镇、村级电商服务站点建设补助初审", "站点申报→现场核查→初审→公示→拨付",
         "现场核查走过场，为未建成或未运营的站点出具合格意见", "岗位职责风险", "一级",
         "现场核查两人以上，核查表附站点照片和运营台账。"),
        ("负责乡镇、村级电商服务站点建设补助初审", "站点申报→现场核查→初审→公示→拨付",
         "补助初审中收受申报主体好处", "思想道德风险", "一级", "签订廉洁承诺，初审意见经部门集体复核。"),
        ("负责电商培训组织和台账管理", "制定计划→组织培训→签到考核→报账",
         "培训签到表、照片弄虚作假，虚增培训人次", "业务流程风险", "二级",
         "培训实行人脸识别签到，培训台账按月报中心审核。"),
        ("参与农产品品牌培育项目跟踪", "项目申报→实施跟踪→绩效评价",
         "品牌培育项目绩效评价数据不实", "制度机制风险", "三级", "绩效评价引入第三方，评价报告公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", "2024年6月3日"),
                              REVIEWS[1]: ("同意。", "2024年6月5日")})  # fmt: skip
    _line(sh, NOTE, 6)
    return _layout(
        "ecommerce_center_annex4",
        "http://www.guzhang.gov.cn/zwgk/bmgkml/zfbm/xjxj/tzgg/201906/t20190617_1159272.html",
        "县电子商务公共服务中心 项目专干's 附件4 after the source's 电子商务进农村综合示范 实施方案 (县级电商公共服务中心, "
        "乡镇和村级电商服务站点 with 补助, 电商培训, 农产品品牌培育): ``附件4``, the template's title, ``单位(盖章)：…``, "
        "``姓名 | 满　蘅 | 所在科室及职务 | 运营服务部项目专干 | 岗位风险等级 | B级`` — the 2-character name typed with a "
        "FULL-WIDTH SPACE inside — the template's header, 岗位职责 and 工作流程 (with arrows) merged, ``…风险`` types, "
        "一级/二级/三级, three review boxes (two signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def price_center_copied_sheet() -> dict:
    unit = f"{PLACE}价格认定中心"
    t = _Truth(unit)
    forms = [
        ("Sheet1", "夔映川", "认定业务股", "股长", "028-38812461", "middle", [
            ("受理", "对不符合受理条件的价格认定协助书违规受理", "低", "受理审查按清单逐项核对，不予受理的书面告知。"),
            ("实物查验", "实物查验不到现场，凭提出机关材料草率认定", "高", "实物查验两人以上，查验记录附照片并由提出机关签字。"),
            ("市场调查", "市场调查询价对象少、记录不实，测算结论偏离市场价格", "高",
             "询价对象不少于三家，调查记录随卷归档。"),
            ("集体审议", "认定结论受案件当事人请托影响，审议走过场", "中", "重大认定事项集体审议，审议意见逐人签字。"),
        ]),
        ("Sheet1 (2)", "昝绮萝", "综合办公室", "会计", "028-38812460", "general", [
            ("经费报销", "认定业务经费报销票据审核不严", "中", "报销票据三级审核，差旅凭派车单和行程核对。"),
            ("资产管理", "查验用设备、车辆公物私用", "低", "设备车辆使用登记，每季度盘点。"),
            ("档案管理", "认定卷宗借阅不登记，泄露案件信息", "中", "卷宗借阅经股长审批并登记，电子档案设权限。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, phone, tier, points in forms:
        sh = _Sheet(tab, [6, 12, 34, 10, 34, 10])
        _line(sh, f"{unit}工作人员廉政风险自查表", 6)
        sh.add("姓名", who, "所在股室", dept, "职务", post)
        r = sh.add("联系电话", phone, "填表日期", "2024年5月", None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "自查结果")
        for n, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(n, step, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("自查人签字：", None, None, "股室负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        "price_center_copied_sheet", "https://wddqw.com/doc/2fd4be42c0c708a1284ac850ad02de80d5d80619.html",
        "县价格认定中心 工作人员廉政风险自查表 of two people, after the source's 涉案财物价格认定程序 (受理, 指派价格认定人员, "
        "实物查验, 市场调查, 分析测算, 内部审核及集体审议, 送达及归档): the first on ``Sheet1``, the second on ``Sheet1 (2)`` — the "
        "name Excel gives a copied sheet — each with its own title, ``姓名 | … | 所在股室 | … | 职务 | …`` over ``联系电话 | … | "
        "填表日期 | …``, then 序号/``工作环节``/风险点/风险等级 高/中/低/防控措施/``自查结果`` (``已落实`` on every row); no type "
        "column; 自查人签字/股室负责人审核 under each",
        sheets, t,
    )  # fmt: skip


def navigation_dam_card() -> dict:
    unit = f"{PLACE}航电枢纽管理处"
    who, dept, post = "薄雁岷", "维护部", "机电维修工"
    sh = _Sheet("防控卡", [6, 16, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险防控卡", 5)
    sh.add("持卡人", who, "所在部门", dept, None)
    sh.add("岗位", post, "持卡时间", "2024年7月", None)
    r = sh.add("岗位职责", "负责泄水闸弧形门、船闸闸阀门和启闭机的日常巡检、维修保养，配合防腐工程现场管理", None, None,
               None)  # fmt: skip
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("维修材料领用", "维修用钢材、油漆等材料虚领冒领，旧件不交回", "二级", "材料领用凭维修工单，旧件交回登记核销。"),
        ("外委工程量确认", "为外委防腐施工单位多签工程量、虚增防腐面积", "一级",
         "工程量由维护部、监理和财务三方现场测量确认。"),
        ("备品备件询价", "询价时向关系供应商透露底价", "一级", "询价由两人以上共同进行，询价记录归档。"),
        ("设备缺陷记录", "隐瞒设备缺陷，事后以抢修名义虚报维修费用", "二级", "缺陷记录系统留痕，抢修事后补办审批并复核。"),
        ("巡检值守", "巡检记录代签、补签", "三级", "巡检使用定位打卡，部门负责人每周抽查。"),
    ]  # fmt: skip
    for n, (point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], GRADES[lv])
    sh.add()
    sh.add("持卡人签字：", None, "部门负责人签字：", None, None)
    _line(sh, "监督电话：028-38810335", 5)
    return _layout(
        "navigation_dam_card", "http://www.tenfo.cc/xinwendongtai/4470.html",
        "县航电枢纽管理处 维护部 机电维修工's 员工廉洁风险防控卡 after the source's account of a 航电枢纽管理处's 维护部 (泄水闸"
        "弧形门, 除锈防腐工程, 施工标准, 廉政风险督查): the title, ``持卡人 | 薄雁岷 | 所在部门 | 维护部`` over ``岗位 | "
        "机电维修工 | 持卡时间 | 2024年7月``, a ``岗位职责`` line merged over the rest of its row, then 序号/a SHORT ``风险点`` "
        "beside a long ``风险表现``/风险等级 一级/二级/三级/防控措施; no type column; 持卡人签字/部门负责人签字 and a merged "
        "``监督电话：…`` line",
        [sh], t,
    )  # fmt: skip


def veterans_station_selfcheck() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "仰戍川", "退役军人服务站", "站长"
    sh = _Sheet("Sheet1", [6, 36, 14, 10, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{TOWN}退役军人服务站廉政风险点自查表", 6)
    r = sh.add(f"填报单位：{unit}", None, None, "填报时间：2024年4月", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    sh.add("姓名", who, "性别", "男", "出生年月", "1979.03")
    sh.add("所在站所", dept, "职务", post, "政治面貌", "中共党员")
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    points = [
        ("优抚对象抚恤补助资格审核不严，为不符合条件人员申报", "岗位职责风险", "高",
         "申报材料村、站两级审核，名单在村务公开栏公示。", None),
        ("春节走访慰问物资采购不比价，发放不登记", "制度机制风险", "中", "慰问物资三家比价，发放签字登记。", None),
        ("困难退役军人帮扶援助对象认定中优亲厚友", "思想道德风险", "中", "帮扶对象经村民代表评议，镇党委会审定。",
         "新增"),
        ("退役军人信息采集和档案转接中泄露个人信息", "业务流程风险", "低", "信息系统专人专号，档案转接双人交接。",
         None),
        ("接受服务对象礼品、宴请", "外部环境风险", "低", "严格执行中央八项规定精神，拒收登记。", None),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, note) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, None, "分管领导审核：", None, None)
    return _layout(
        "veterans_station_selfcheck", "https://www.jrjingshan.com/a/xz/llz/2025/0124/66738.html",
        "镇 退役军人服务站 站长's 廉政风险点自查表 after the source's account of a 镇's 退役军人服务站 (走访慰问伤残军人、参战老兵、"
        "困难退役军人等优抚对象, 慰问物资): a title naming the 镇 but no county, ``填报单位：青神县瑞竹镇人民政府 | 填报时间：…``, "
        "two rows of pairs ``姓名 | 仰戍川 | 性别 | 男 | 出生年月 | 1979.03`` over ``所在站所 | 退役军人服务站 | 职务 | 站长 | "
        "政治面貌 | 中共党员``, then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``备注`` (``新增`` once); "
        "本人签字/分管领导审核",
        [sh], t,
    )  # fmt: skip


def governance_center_pledge() -> dict:
    unit = f"{PLACE}社会治安综合治理中心"
    who, dept, post = "太史澜", "矛盾纠纷调处科", "专职人民调解员"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁履职承诺书", 6)
    sh.add("承诺人", who, "所在科室", dept, "岗位", post)
    _line(sh, "本人对照岗位职责认真查找廉政风险，现将本岗位风险点及防控措施承诺如下：", 6)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
    points = [
        ("调解中偏袒一方当事人，收受当事人财物", "思想道德", "高", "调解全程记录，当事人可申请调解员回避。"),
        ("矛盾纠纷登记受理后压案不分流、不按时办结", "岗位职责", "中", "受理、分流、办结全程在平台流转，超时预警。"),
        ("调解协议内容违反法律规定或损害第三方利益", "业务流程", "中", "调解协议经法律顾问审查后签订。"),
        ("泄露当事人个人信息和调解情况", "制度机制", "低", "调解卷宗专柜保管，信息查询留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, None)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.merge(first - 1, 4, first - 1, 5)
    for r in range(first, len(sh.rows)):
        sh.merge(r, 4, r, 5)
    _line(sh, "本人郑重承诺：", 6)
    _line(sh, "1.不利用调解工作之便谋取私利，不接受当事人吃请和财物；", 6)
    _line(sh, "2.严格落实上述防控措施，自觉接受组织和群众监督。", 6)
    sh.add()
    sh.add(None, "承诺人（签字）：", None, None, "2024年3月", None)
    return _layout(
        "governance_center_pledge", "http://e.mzyfz.org.cn/paper/2491/paper_66681_13581.html",
        "县社会治安综合治理中心 专职人民调解员's 岗位廉洁履职承诺书 after the source's account of 县级综治中心规范化建设 (引导"
        "受理, 分流, 多元调解, 跟踪督办, 人民调解员): the title, ``承诺人 | 太史澜 | 所在科室 | 矛盾纠纷调处科 | 岗位 | 专职"
        "人民调解员`` (the compound surname 太史), a merged sentence, then 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施 "
        "(merged over two columns); three merged pledge lines and an unsigned ``承诺人（签字）：`` with the date",
        [sh], t,
    )  # fmt: skip


def water_station_register() -> dict:
    unit = f"{PLACE}水务局"
    who, dept, post = "勾岷涛", f"{TOWN[:2]}水务站", "站长"
    sh = _Sheet("登记表", [6, 24, 34, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, "个人廉政风险点登记表", 6)
    r = sh.add(f"单位：{unit}{dept}", None, None, None, "填表日期：2024年6月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "二级")
    sh.add("序号", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("负责辖区小型水利工程建设现场监督", "山坪塘整治、渠系配套工程现场监督不到位，对偷工减料不制止",
         "岗位职责风险", "Ⅰ", "隐蔽工程验收全程拍照，监督日志每日上传。"),
        ("负责辖区小型水利工程建设现场监督", "工程量签证把关不严，多签虚签", "业务流程风险", "Ⅰ",
         "签证实行站、监理、村三方签字。"),
        ("负责农村饮水工程运行管护", "管护经费使用不规范，虚列管护人员工资", "制度机制风险", "Ⅱ",
         "管护人员名单公示，工资打卡发放。"),
        ("负责农村饮水工程运行管护", "水费收缴不入账、收费不开票", "思想道德风险", "Ⅱ", "水费统一开票，按月上缴入账。"),
        ("负责防汛抗旱物资管理", "防汛物资出入库不登记，挪作他用", "制度机制风险", "Ⅲ", "物资台账专人管理，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), BARE_ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("本人签字：", None, None, "水务局分管领导审核：", None, None)
    return _layout(
        "water_station_register", "http://m.handmsg.com/page/2025/0522/27716959.shtml",
        "县水务局's 乡镇水务站 站长's 个人廉政风险点登记表 after the source's article on 乡镇水务站 (防汛抗旱, 水利建设, 工程"
        "监督管护, 农村饮水): a title naming no unit, ``单位：青神县水务局瑞竹水务站 | 填表日期：…`` (the 局 the unit, its 站 the "
        "科室), ``姓名 | 勾岷涛 | 职务 | 站长 | 岗位风险等级 | 二级``, then 序号/岗位职责 merged/风险点/风险类别 ``…风险``/风险等级 "
        "typed ``Ⅰ/Ⅱ/Ⅲ`` WITHOUT 级/防控措施; 本人签字/水务局分管领导审核",
        [sh], t,
    )  # fmt: skip


def scenic_bureau_colon_cells() -> dict:
    unit = f"{PLACE}风景名胜区管理局"
    who, dept, post = "蓟眉生", "经营管理股", "股长"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 6)
    r = sh.add(f"姓名：{who}", None, f"科室：{dept}", None, f"职务：{post}", "填表时间：2024年7月")
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "监督方式")
    points = [
        ("景区内经营摊位招租不公开，私下指定经营户", "岗位职责类", "高", "摊位招租公开竞价，结果在景区公告栏公示。",
         "纪检监督"),
        ("门票、观光车收入未及时足额上缴，坐支挪用", "制度机制类", "高", "票款日清日结，财务每月稽核。", "财务审计"),
        ("对景区内违法建设巡查不力，收受好处后不予制止", "外部环境类", "中", "巡查记录定位上传，发现问题限时上报。",
         "群众监督"),
        ("游客投诉处理中偏袒经营户", "业务流程类", "中", "投诉件登记编号，处理结果回访游客。", "群众监督"),
        ("经营户年度考核评分不公", "思想道德类", "低", "考核细则公开，评分结果公示。", "纪检监督"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, how) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, how)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人签字：", None, None, "分管领导签字：", None, None)
    return _layout(
        "scenic_bureau_colon_cells", "http://zhongguoyuanlin.1she.com/5782/148913.html",
        "县风景名胜区管理局 经营管理股股长's 岗位廉政风险防控表 after the source's study of 风景名胜区 保护与管理 (违法建设多发, "
        "经营管理混乱, 门票经济, 管理机构): the title, then ONE row whose cells each hold a label and its value — ``姓名：蓟眉生`` "
        "(A–B merged) | ``科室：经营管理股`` (C–D) | ``职务：股长`` | ``填表时间：2024年7月`` — then 序号/风险点/风险类别 typed "
        "``岗位职责类``, ``制度机制类`` …/风险等级 高/中/低/防控措施/``监督方式``; 填表人签字/分管领导签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    land_consolidation_duty_pledge(),
    bamboo_weaving_annex2(),
    citrus_center_annex3(),
    ecommerce_center_annex4(),
    price_center_copied_sheet(),
    navigation_dam_card(),
    veterans_station_selfcheck(),
    governance_center_pledge(),
    water_station_register(),
    scenic_bureau_colon_cells(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch162-inbox"))
