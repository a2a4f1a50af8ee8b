"""A hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 沿滩区 that
earlier batches used seldom or never — the 电化教育馆, the 学生资助管理中心, the 河长制办公室, the 区委
网信办, the 文化市场综合行政执法大队, the 青少年校外活动中心, the 农村供水管理站, a 镇 (an invented 雀岭镇),
the 住房保障和房地产服务中心 and the 有线广播电视网络公司's 区分公司 — each handing back its ordinary
一览表, 排查表, 清单, 防控卡 or personal 自查表 the way its staff typed it (no re-saved copies):

- the 电化教育馆's 一览表 under a ``填报单位（盖章）：… | 填报日期：…`` line, a long ``岗位职责`` merged per
  person beside the 风险点, ``…风险`` types, 高/中/低;
- the 学生资助管理中心's 清单 对岗不对人 with no 科室 column (``资助股股长``, ``资助股资助专干`` carry their
  股), a short ``职权事项`` before the 风险点, Ⅰ级/Ⅱ级/Ⅲ级 and a ``说明`` line naming them;
- the 河长制办公室's personal 自查表, one a sheet, the tabs named by the holders, a label row
  ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在股室 | 职务`` over a row of values, ``★★★/★★/★`` with the note
  that reads them and a ``自查情况`` column (``已落实``);
- the 区委网信办's 防控卡, one a sheet, ``持卡人 | … | 所在股室 | … | 职务 | …`` above the table and a
  ``监督人`` row under it naming ANOTHER holder (the 主任, who has a card of his own);
- the 文化市场综合执法大队's 排查表 with its 科室 headed ``执法单元`` (大队领导, 一中队, 二中队, 法制审核室), a
  short ``执法环节`` column (``日常检查``, ``案件调查``) before the 风险点, 一级/二级/三级;
- the 青少年校外活动中心's 一览表 with a short ``风险点`` beside a long ``风险表现``, the holder under
  ``责任人`` AFTER the measures and a ``分管领导`` column after it, ``高风险/中风险/低风险``, no types;
- the 住房保障和房地产服务中心's 排查表 with the holder under ``岗位责任人`` and levels only ever
  ``较高/一般/较低``;
- the 有线广播电视网络公司's 区分公司 一览表 (部门 ``沿滩营业厅``, ``装维班``), ``廉洁风险点``, no types, a
  ``监督部门`` column.

One is the shape this batch adds to what the README describes — a list REVISED IN PLACE:

- ``rural_water_revised_levels``: the 农村供水管理站's ``…一览表（2024年修订）``, a line above the header
  saying ``风险等级有调整的，括号内为原等级``, and the changed level cells keeping the old grade in
  brackets after the new one — ``中（原为高）``, ``高（原为中）``, ``低（原为中）`` — beside a ``备注``
  (``等级调整``, ``新增``). The level is the one outside the brackets.

One is harder:

- ``town_stacked_blocks``: a 镇纪委's 汇总 of its 站所's 排查表 PASTED ONE UNDER ANOTHER on one sheet
  under one title: each 站所's block keeps its own title (``沿滩区雀岭镇财政所岗位廉政风险点排查表``), its
  own header — the columns in a DIFFERENT ORDER in each block (``岗位 | 姓名`` / ``姓名 | 职务`` / the
  holder columns at the END / the type before the 风险点 and the level last), the level written
  高/中/低, 一级/二级/三级 or Ⅰ级/Ⅱ级/Ⅲ级, one block without a type column — and its own ``…签字：``
  line, a blank row between blocks.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区电教馆's 教育装备 work and 政府采购;
a school 资助管理中心's 职责 — 认定, 名单, 发放; what a 河长制办公室 does; a 区互联网信息办公室's 网络评论员;
a 县文化行政综合执法大队's 检查 of 网吧 and 演出; an 审计 of a 青少年活动中心 — 场馆收入, 教师聘用, 设施维护
改造; a 农村供水管理办法 — 供水站, 水费; a 镇's 中心、站所院; a 公租房租金管理办法; a 广电网络分公司's 营业厅
and 客户服务中心) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of 沿滩区 (the 镇 an
invented 雀岭镇).

Run ``python tests/published/score.py --set batch180`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b180_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a list revised in place, ``中（原为高）`` is 中: the bracket holds the grade it had before;
- 站所 blocks pasted one under another are read each by its own header; a 镇's 站所 is a 科室 of the
  镇 (the unit 沿滩区雀岭镇人民政府, named in the sheet's title);
- a ``监督人`` row under a 防控卡 names the one who supervises, no holder of that card;
- ``较高/一般/较低`` as the whole scale are Ⅰ/Ⅱ/Ⅲ; a short ``执法环节`` or ``职权事项`` beside the 风险点
  is no point; a ``自查情况``, a ``备注``, a ``监督部门`` and a ``分管领导`` are no point and no holder;
- 馆长/副馆长, 主任/副主任 of a 中心 or of the 网信办, 大队长/教导员, 站长/副站长 of the 区供水站, 总经理/副
  总经理 and the 河长办's 副主任 are leaders; 部长, 股长, 中队长, the 法制审核室's 主任, 班长, a 镇's 所长
  and 站所's 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b180_"
PLACE = "沿滩区"
TOWN = "雀岭镇"
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RATHER = {"较高": 1, "一般": 2, "较低": 3}


def revised_level(cell: str) -> int:
    """``中（原为高）`` is 中: the grade outside the brackets."""
    return HML[cell.split("（")[0]]


# --------------------------------------------------------------------------- harder layout


def town_stacked_blocks() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    sh = _Sheet("汇总", [6, 12, 10, 34, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}各站所岗位廉政风险点排查汇总表", 7)
    r = sh.add(f"填报单位：{TOWN}纪委（汇总）", None, None, None, "汇总时间：2024年9月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add()

    # 1. 财政所: 岗位 | 姓名 | 风险点 | 风险类别 | 风险等级 (高/中/低) | 防控措施
    dept = "财政所"
    _line(sh, f"{PLACE}{TOWN}{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "扈闻笛", "middle", "惠民惠农补贴资金“一卡通”发放审核把关不严,被冒领套取", "制度机制风险", "高",
         "补贴名单经村、镇两级审核公示,发放数据与户籍、社保数据比对。"),
        ("所长", "扈闻笛", "middle", "村级财务代理记账中违规列支、白条入账", "岗位职责风险", "中",
         "代理记账凭证两人复核,每季度抽查村级账目。"),
        ("会计", "钮浅夏", "general", "镇级公务支出报销票据审核不严,拆分报销", "业务流程风险", "中",
         "报销单据经办、审核、审批三签,大额支出附党政联席会议纪要。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add("所长签字：", None, None, None, "填报日期：2024年9月2日", None, None)
    sh.add()

    # 2. 农业农村服务中心: 姓名 | 职务 | 廉政风险点 | 等级 (一级/二级/三级) | 风险类型 | 防控措施
    dept = "农业农村服务中心"
    _line(sh, f"{PLACE}{TOWN}{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "姓名", "职务", "廉政风险点", "等级", "风险类型", "防控措施")
    rows = [
        ("蒿野", "主任", "middle", "耕地地力保护补贴面积核实不准,多报冒领", "一级", "岗位职责",
         "补贴面积以确权数据为准,村组公示无异议后上报。"),
        ("竺倚兰", "工作人员", "general", "农机购置补贴机具核验走过场,人机合影造假", "二级", "业务流程",
         "核验时拍照定位上传,机具铭牌与发票逐台比对。"),
    ]  # fmt: skip
    for n, (who, post, tier, point, lv, typ, measures) in enumerate(rows, 1):
        sh.add(n, who, post, point, lv, typ, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("中心负责人签字：", None, None, None, "填报日期：2024年9月3日", None, None)
    sh.add()

    # 3. 便民服务中心: 风险点 | 风险等级 | 防控措施 | 岗位 | 责任人 — the holder at the END, no type
    dept = "便民服务中心"
    _line(sh, f"{PLACE}{TOWN}{dept}廉政风险排查表", 7)
    sh.add("序号", "风险点", "风险等级", "防控措施", "岗位", "责任人", None)
    rows = [
        ("代办事项中收取好处费,或故意拖延不办", "高", "代办事项登记编号,办理时限公开,群众评议结果每月通报。",
         "主任", "暨柳塘", "middle"),
        ("低保、临时救助申请材料受理把关不严,为不符合条件的人员代为申报", "中",
         "受理材料一次性告知,申请材料两人核对后转民政办。", "窗口工作人员", "郇映秋", "general"),
    ]  # fmt: skip
    for n, (point, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, point, lv, measures, post, who, None)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("中心负责人签字：", None, None, None, "填报日期：2024年9月3日", None, None)
    sh.add()

    # 4. 村镇建设服务中心: 岗位 | 姓名 | 风险类型 | 风险点 | 防控措施 | 风险等级 (Ⅰ级/Ⅱ级/Ⅲ级, last)
    dept = "村镇建设服务中心"
    _line(sh, f"{PLACE}{TOWN}{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "风险点", "防控措施", "风险等级")
    rows = [
        ("主任", "衡川渡", "middle", "岗位职责风险", "农房建设审批现场踏勘不到位,违规出具同意意见",
         "踏勘两人以上并拍照存档,审批意见经镇规划建设领导小组研究。", "Ⅰ级"),
        ("主任", "衡川渡", "middle", "制度机制风险", "农村危房改造鉴定结果不实,改造对象认定不准",
         "危房鉴定委托有资质的机构,改造对象名单在村务公开栏公示。", "Ⅱ级"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, typ, point, measures, lv) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, measures, lv)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add("中心负责人签字：", None, None, None, "填报日期：2024年9月4日", None, None)
    return _layout(
        "town_stacked_blocks", "http://wsjjjc.gov.cn/news/xsyw/2195.html",
        "(harder) 镇 汇总 of its 站所's 排查表 after the source's account of a 镇's 换届纪律 work (镇机关, 各中心、站所院、"
        "校(园)、村(社区) 主要负责人): ONE SHEET titled ``沿滩区雀岭镇人民政府各站所岗位廉政风险点排查汇总表`` over "
        "``填报单位：雀岭镇纪委（汇总） | 汇总时间：…``, then FOUR 站所 blocks PASTED ONE UNDER ANOTHER, each with its own "
        "merged title (``沿滩区雀岭镇财政所岗位廉政风险点排查表`` …), its OWN HEADER in its own column order — 财政所 "
        "``岗位 | 姓名 | 风险点 | 风险类别 | 风险等级 | 防控措施`` (高/中/低, 岗位 and 姓名 merged per person); 农业农村服务"
        "中心 ``姓名 | 职务 | 廉政风险点 | 等级 | 风险类型 | 防控措施`` (一级/二级); 便民服务中心 ``风险点 | 风险等级 | 防控"
        "措施 | 岗位 | 责任人`` (holder at the END, no type column); 村镇建设服务中心 ``岗位 | 姓名 | 风险类型 | 风险点 | "
        "防控措施 | 风险等级`` (type BEFORE the point, the level LAST, Ⅰ级/Ⅱ级) — and its own ``…签字： | 填报日期：…`` "
        "line, a blank row between blocks",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def rural_water_revised_levels() -> dict:
    unit = f"{PLACE}农村供水管理站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 34, 10, 12, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表（2024年修订）", 9)
    _line(sh, "说明：本表在2023年版基础上修订，风险等级有调整的，括号内为原等级。", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("站领导", "站长", "邰晚舟", "leader", "农村供水工程维修养护项目不经集体研究即确定施工单位", "制度机制", "高",
         "维修养护项目经站务会研究,按规定比选施工单位并公示。", None),
        ("站领导", "站长", "邰晚舟", "leader", "困难群众水费减免审批随意,为关系户减免", "岗位职责", "中（原为高）",
         "减免对象由乡镇、村核实,减免名单每季度公示。", "等级调整"),
        ("站领导", "副站长", "逄念慈", "leader", "供水管材、净水药剂采购不比价,指定供应商", "业务流程", "高",
         "采购三家以上比价,验收由使用、技术、财务三方参加。", None),
        ("水质检测室", "主任", "亢知秋", "middle", "水质检测数据弄虚作假,检测不合格不报告", "岗位职责", "高（原为中）",
         "检测原始记录留存,每季度送第三方机构比对检测。", "等级调整"),
        ("收费股", "股长", "羿衔青", "middle", "水费收缴后截留、坐支", "制度机制", "高",
         "水费通过银行代收,收费员不经手现金,每月与银行对账。", None),
        ("收费股", "股长", "羿衔青", "middle", "用水户水表更换收费不开票", "业务流程", "低（原为中）",
         "水表更换收费标准上墙公示,凭票收费。", "等级调整"),
        ("收费股", "抄表员", "甄渡月", "general", "抄表不到户,估抄、漏抄、人情抄表", "思想道德", "中",
         "抄表拍照上传,抄表区域每年轮换。", "新增"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), revised_level(lv))
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年3月", None, None)
    return _layout(
        "rural_water_revised_levels",
        "http://www.guangshui.gov.cn/zwgk/zc/zfbwj_9827/gzf_zggsw/202507/t20250715_1348245.shtml",
        "区农村供水管理站 岗位廉政风险点一览表 REVISED IN PLACE, after the source's 农村供水管理办法 (农村公共供水管道, 镇办"
        "供水站, 水源, 水价和水费): title ``…一览表（2024年修订）``, then a merged line ``说明：本表在2023年版基础上修订，"
        "风险等级有调整的，括号内为原等级。``, then 序号/股室 merged (站领导, 水质检测室, 收费股)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 (short names)/风险等级 — three cells keep the OLD grade in brackets after the new one, "
        "``中（原为高）``, ``高（原为中）``, ``低（原为中）`` — /防控措施/``备注`` (``等级调整`` on those rows, ``新增`` on one); "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def etv_center_list() -> dict:
    unit = f"{PLACE}电化教育馆"
    sh = _Sheet("Sheet1", [6, 11, 10, 9, 24, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(
        f"填报单位：{unit}（盖章）",
        None,
        None,
        None,
        None,
        None,
        "填报日期：2024年10月",
        None,
        None,
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "部门", "岗位", "姓名", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("馆领导", "馆长", "税芷汀", "leader", "主持全馆工作,负责教育装备项目和经费管理", [
            ("教育装备采购项目需求论证不经集体研究,指定品牌", "制度机制风险", "高",
             "采购需求经馆务会集体研究,技术参数请专家论证并公开。"),
            ("装备项目资金拨付不按验收结果", "岗位职责风险", "中", "资金凭验收报告和审计意见拨付。"),
        ]),
        ("馆领导", "副馆长", "谯鹤汀", "leader", "分管教育信息化和电教设备运维", [
            ("电教设备运维服务外包考核走过场", "业务流程风险", "中", "考核细则公开,考核结果与服务费支付挂钩。"),
        ]),
        ("技术装备部", "部长", "蹇承霁", "middle", "负责学校装备配备计划和到货验收", [
            ("教学仪器设备到货验收不严,以次充好", "岗位职责风险", "高",
             "验收由学校、供应商、馆三方参加,抽样送检。"),
        ]),
        ("技术装备部", "装备管理员", "补雨笙", "general", "负责装备台账、调拨和报废", [
            ("闲置设备调拨、报废处置不登记,私自处置", "制度机制风险", "低", "调拨、报废逐台登记,报主管部门审批。"),
        ]),
        ("教育信息化部", "部长", "但听枫", "middle", "负责智慧校园平台建设和数据管理", [
            ("平台建设中泄露师生信息,收受软件供应商好处", "外部环境风险", "中",
             "数据接口分级授权,供应商签订保密和廉洁协议。"),
        ]),
        ("办公室", "会计", "先砚池", "general", "负责财务核算和培训经费报销", [
            ("培训经费报销审核不严,虚列支出", "思想道德风险", "低", "培训签到、照片随报销单附后,逐笔审核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duty, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, None, None)
    return _layout(
        "etv_center_list", "http://www.cdjzzx.cn/home/news?id=09878ef3-8363-4044-a564-98240a3a8b41",
        "区电化教育馆 岗位廉政风险点一览表 after the source's account of a 区电教馆's 教育装备 work (区域统配, 政府采购的"
        "流程, 教育信息化建设): title, ``填报单位：沿滩区电化教育馆（盖章） | 填报日期：2024年10月``, then 序号/部门 "
        "merged (馆领导, 技术装备部, 教育信息化部, 办公室)/岗位, 姓名 and a long ``岗位职责`` merged per person/风险点/风险"
        "类别 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def student_aid_center_posts() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("清单", [6, 16, 14, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "职权事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心主任", "leader", "资助资金分配", "各类资助资金分配方案不经集体研究", "制度机制", "Ⅰ级",
         "分配方案经中心会议集体研究,报教育局审定后公开。"),
        ("中心副主任", "leader", "生源地信用助学贷款", "助学贷款资格初审把关不严", "岗位职责", "Ⅱ级",
         "贷款申请材料两人审核,初审名单在学校公示。"),
        ("资助股股长", "middle", "家庭经济困难学生认定", "困难学生认定标准执行不一,优亲厚友", "岗位职责", "Ⅰ级",
         "认定实行班级评议、学校审核、中心抽查,认定结果公示。"),
        ("资助股股长", "middle", "资助名单公示", "公示不到位,或公示内容泄露学生隐私", "业务流程", "Ⅲ级",
         "公示内容按规定隐去身份证号、家庭住址等信息。"),
        ("资助股资助专干", "general", "资助信息系统录入", "虚报、重报受助学生信息,套取资助资金", "思想道德", "Ⅰ级",
         "系统数据与学籍数据比对,每学期开展一次核查。"),
        ("财务室会计", "general", "资助资金发放", "资助资金不按时足额发放到卡,截留挪用", "制度机制", "Ⅱ级",
         "资金通过银行直接发放到学生卡,发放明细与名单逐一核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, power, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, power, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三个等级。", 7)
    sh.add("填报人：", None, None, "审核人：", None, "2024年5月", None)
    return _layout(
        "student_aid_center_posts", "https://xsgz.newyishi.com/info/1599/1038.htm",
        "区学生资助管理中心 岗位廉政风险防控清单 对岗不对人 after the source's 资助管理中心 职责 (助学信息管理系统的信息"
        "上报和维护, 认定资助对象, 汇总上报和审查受助名单, 免学费、助学金、奖学金发放和建档): NO 科室 column — 岗位 "
        "``中心主任``, ``中心副主任``, ``资助股股长`` (merged over two rows), ``资助股资助专干``, ``财务室会计``, no names — "
        "then a short ``职权事项`` (``资助资金分配``)/风险点/风险类型 (short names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; a merged "
        "``说明：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）三个等级。`` under it; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def river_chief_selfcheck() -> dict:
    unit = f"{PLACE}河长制办公室"
    t = _Truth(unit)
    people = [
        ("敬拂晓", "女", "1981.07", "中共党员", "办领导", "副主任", "leader", [
            ("河湖“清四乱”问题整改销号把关不严,未整改即销号", "★★★", "销号前实地复核并拍照存档,销号结果公示。",
             "已落实"),
            ("河长制工作专项经费安排不经集体研究", "★★", "专项经费安排经办务会研究,按季度公开使用情况。", "已落实"),
        ]),
        ("勾晴岚", "女", "1988.11", "中共党员", "督查考核股", "股长", "middle", [
            ("对乡镇河长履职考核打分不公,收受好处", "★★★", "考核细则公开,考核打分两人以上,结果公示。",
             "已落实"),
            ("暗访督查发现的问题不如实通报", "★★", "暗访问题清单拍照取证,通报前经副主任审核。", "正在完善"),
        ]),
        ("母怀川", "男", "1993.02", "共青团员", "综合股", "科员", "general", [
            ("河湖保洁外包服务费结算审核不严", "★★", "结算凭保洁考核记录和乡镇确认单办理。", "已落实"),
            ("河长公示牌制作采购中收受回扣", "★", "公示牌制作按规定比价采购,验收两人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, party, dept, post, tier, points in people:
        sh = _Sheet(who, [10, 34, 10, 34, 12, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", "性别", "出生年月", "政治面貌", "所在股室", "职务")
        sh.add(who, sex, born, party, dept, post)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况", None)
        for n, (point, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, lv, measures, state, None)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("本人签字：", None, "股室负责人意见：", None, "2024年4月", None)
        sheets.append(sh)
    return _layout(
        "river_chief_selfcheck", "http://m.zoftsoft.com/dadaeeo/ooskeoo",
        "区河长制办公室 岗位廉政风险自查表, ONE A SHEET, the tabs named by the holders, after the source's account of "
        "四级河长制 (县级及以上河长设河长制办公室, 承担河长制组织实施具体工作; 侵占河道、非法采砂 清理整治, 考核问责): "
        "title, then a LABEL ROW ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在股室 | 职务`` over a row of values (``勾晴岚 | 女 | "
        "1988.11 | 中共党员 | 督查考核股 | 股长``), then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况`` "
        "(``已落实``, ``正在完善``); no type column; a merged note ``注：★★★为高风险，★★为中风险，★为低风险。``; "
        "``本人签字： | 股室负责人意见：`` and the date",
        sheets, t,
    )  # fmt: skip


def cyberspace_office_cards() -> dict:
    unit = f"中共自贡市{PLACE}委网络安全和信息化委员会办公室"
    t = _Truth(unit)
    cards = [
        ("冉漱石", "办领导", "主任", "leader", "区纪委监委派驻纪检监察组", [
            ("网络安全和信息化项目资金分配不经集体研究", "制度机制", "高",
             "项目资金分配经办务会集体研究,报区委网络安全和信息化委员会审定。"),
            ("网络安全检查中为被检查单位说情打招呼", "思想道德", "中", "说情打招呼事项登记报告,检查结果集体研究。"),
        ]),
        ("郤栖云", "网络安全股", "股长", "middle", "冉漱石", [
            ("等级保护测评、网络安全检查委托第三方机构时指定关系单位", "岗位职责", "高",
             "第三方机构从入围名录中随机抽取,抽取过程留痕。"),
            ("检查发现的网络安全问题不如实通报", "业务流程", "中", "检查问题清单经股室集体审核后通报。"),
        ]),
        ("苟映雪", "舆情信息股", "工作人员", "general", "冉漱石", [
            ("私自删帖、压帖并收取好处", "外部环境", "高", "删帖处置须经主任审批,处置记录全程留痕。"),
            ("舆情监测服务外包验收不严", "业务流程", "低", "服务成果按月验收,验收记录两人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, watcher, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", post, None)
        r = sh.add("所在股室", dept, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("监督人", watcher, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("持卡人签字：", None, "监督人签字：", None, "2024年6月")
        sheets.append(sh)
    return _layout(
        "cyberspace_office_cards", "https://m.bdocx.com/doc/13072198.html",
        "区委网信办 岗位廉政风险防控卡, ONE A SHEET (the tabs named by the holders), after the source's 网络评论员管理办法 "
        "of a 区互联网信息办公室 (网络评论员 in every 街镇 and 部门, 考核, 不得透露网络巡查和引导工作情况): title naming the "
        "unit ``中共自贡市沿滩区委网络安全和信息化委员会办公室岗位廉政风险防控卡``, then ``持卡人 | 郤栖云 | 职务 | 股长`` over "
        "``所在股室 | 网络安全股``, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, then a ``监督人`` "
        "row UNDER the table naming ANOTHER holder (``冉漱石``, the 主任, who has a card of his own; on his own card the "
        "``区纪委监委派驻纪检监察组``); 持卡人签字/监督人签字/date",
        sheets, t,
    )  # fmt: skip


def culture_enforcement_squad() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("排查表", [6, 11, 10, 9, 12, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "执法单元", "岗位", "姓名", "执法环节", "风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("大队领导", "大队长", "晏拾遗", "leader", "案件审批", "重大处罚案件不经集体讨论,个人决定处罚幅度",
         "制度机制风险", "一级", "重大案件集体讨论,讨论记录存档。"),
        ("大队领导", "教导员", "邝遥岑", "leader", "队伍管理", "执法人员违规参与娱乐场所经营活动,监管不力",
         "岗位职责风险", "二级", "执法人员签订承诺书,每年开展一次经营活动清查。"),
        ("一中队", "中队长", "巢泊舟", "middle", "日常检查", "检查网吧、歌舞娱乐场所时接受宴请,通风报信",
         "外部环境风险", "一级", "检查路线临时确定,执法全程记录仪记录。"),
        ("一中队", "中队长", "巢泊舟", "middle", "案件调查", "调查取证不全面,选择性执法",
         "岗位职责风险", "二级", "调查取证两人以上,证据材料法制审核。"),
        ("一中队", "执法队员", "阙晚照", "general", "现场检查", "检查记录不如实填写", "思想道德风险", "三级",
         "检查记录当场由经营者签字确认,中队每周抽查。"),
        ("二中队", "中队长", "禤北辰", "middle", "演出市场监管", "营业性演出现场监管走过场,对违规演出不制止",
         "岗位职责风险", "二级", "演出现场两人以上值守,监管记录拍照上传。"),
        ("法制审核室", "主任", "糜闻溪", "middle", "法制审核", "处罚决定法制审核把关不严,裁量不当",
         "业务流程风险", "二级", "裁量按基准执行,审核意见书面存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年7月", None, None)
    return _layout(
        "culture_enforcement_squad", "http://bhxww.cn/detailed/economics/protake/2014-07-24/21150.html",
        "区文化市场综合行政执法大队 廉政风险点排查表 after the source's account of a 县文化行政综合执法大队's year (专项整治, "
        "“扫黄打非”, 校园周边场所检查, 查处违规经营、非法演出): 序号/科室 headed ``执法单元`` merged (大队领导, 一中队, "
        "二中队, 法制审核室)/岗位 and 姓名 merged per person/a SHORT ``执法环节`` column (``案件审批``, ``日常检查``, "
        "``案件调查``, ``演出市场监管``) BEFORE the 风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def youth_center_list() -> dict:
    unit = f"{PLACE}青少年校外活动中心"
    sh = _Sheet("一览表", [6, 11, 9, 14, 32, 9, 32, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 9)
    sh.add(
        "序号", "部室", "岗位", "风险点", "风险表现", "风险等级", "防控措施", "责任人", "分管领导"
    )
    rows = [
        ("中心领导", "主任", "仝溯光", "leader", "场馆对外出租",
         "场馆、教室对外出租不经集体研究,租金收入不入账", "高风险",
         "出租事项经主任办公会研究,租金统一缴入中心账户并公示。", "仝溯光"),
        ("中心领导", "副主任", "沃砚秋", "leader", "外聘教师聘用",
         "外聘兴趣班教师不公开招聘,优亲厚友", "中风险", "外聘教师公开招聘,聘用结果公示。", "仝溯光"),
        ("培训部", "部长", "昝雨眠", "middle", "培训收费",
         "擅自设立收费项目、提高收费标准", "高风险", "收费项目和标准报价格主管部门备案并公示。", "沃砚秋"),
        ("培训部", "部长", "昝雨眠", "middle", "公益班报名",
         "公益班名额私下预留给关系人", "中风险", "公益班名额网上报名、电脑随机派位。", "沃砚秋"),
        ("活动部", "部长", "粟渡寒", "middle", "研学活动组织",
         "研学活动承办机构选择不公开,收受回扣", "高风险", "承办机构公开比选,签订廉洁协议。", "沃砚秋"),
        ("办公室", "出纳", "麴遇白", "general", "收费票据管理",
         "培训费收取不开票,坐收坐支", "低风险", "收费统一开具票据,每日缴存银行。", "仝溯光"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (7, lambda row: row[7])])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年8月", None, None)
    return _layout(
        "youth_center_list", "https://www.audit.gov.cn/n4/n21/c127613/content.html",
        "区青少年校外活动中心 廉政风险点一览表 after the source's 审计 of a 区青少年活动中心 (场所向青少年开放, 教室场馆使用"
        "登记, 教师聘用, 项目支出, 场馆收入, 设施维护改造): 序号/部室 merged (中心领导, 培训部, 活动部, 办公室)/岗位 merged "
        "per post/a SHORT ``风险点`` (``场馆对外出租``) beside a long ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控"
        "措施/the holder under ``责任人`` AFTER the measures (merged per person)/a ``分管领导`` column of names after it; "
        "no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def housing_security_checklist() -> dict:
    unit = f"{PLACE}住房保障和房地产服务中心"
    sh = _Sheet("排查表", [6, 11, 11, 10, 34, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "股室", "岗位", "岗位责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "权景澄", "leader", "公租房房源分配方案不经集体研究", "制度机制风险", "较高",
         "房源分配方案经主任办公会研究,分配结果公示。"),
        ("中心领导", "主任", "权景澄", "leader", "住房保障资金使用审批把关不严", "岗位职责风险", "一般",
         "保障资金使用实行预算管理,大额支出集体研究。"),
        ("保障股", "股长", "旷晚汀", "middle", "公租房申请家庭收入、住房状况审核不严,违规纳入保障", "岗位职责风险",
         "较高", "申请信息与不动产、社保、车辆信息联网核查,审核结果公示。"),
        ("保障股", "窗口受理员", "枚一苇", "general", "受理申请时刁难群众、索要好处", "思想道德风险", "一般",
         "受理事项一次性告知,窗口服务评价结果每月通报。"),
        ("房屋管理股", "股长", "戈霁初", "middle", "公租房租金收缴不及时,减免不按规定", "业务流程风险", "一般",
         "租金按月收缴对账,减免须经主任审批并公示。"),
        ("房屋管理股", "股长", "戈霁初", "middle", "对转租、转借公租房行为查处不力", "外部环境风险", "较低",
         "每半年入户巡查一次,查处结果登记备案。"),
        ("财务室", "会计", "卞若虚", "general", "租金收入不及时上缴财政专户", "制度机制风险", "较低",
         "租金收入按月上缴财政专户,上缴凭证存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RATHER[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年6月", None)
    return _layout(
        "housing_security_checklist", "https://um.sanwen.net/special/ecvrjf.html",
        "区住房保障和房地产服务中心 岗位廉政风险排查表 after the source's 公租房租金管理办法 (租金收缴、减免, 租金收入上缴, "
        "转租转借): 序号/股室 merged (中心领导, 保障股, 房屋管理股, 财务室)/岗位 and the holder headed ``岗位责任人`` merged "
        "per person/风险点/风险类型 ``…风险``/风险等级 written ONLY ``较高/一般/较低`` (the three grades, no note)/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def cable_tv_branch() -> dict:
    unit = f"四川省有线广播电视网络股份有限公司自贡市{PLACE}分公司"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施", "监督部门")
    rows = [
        ("公司领导", "总经理", "帅临渊", "leader", "工程建设项目、设备采购不按规定履行招标程序", "高",
         "工程和采购项目按公司招标管理办法执行,经营班子集体决策。", "纪检监察室"),
        ("公司领导", "副总经理", "浦晓岚", "leader", "集团客户业务合同价格优惠审批随意", "中",
         "优惠幅度超权限的报市公司审批,合同法务审核。", "纪检监察室"),
        ("沿滩营业厅", "班长", "缪听潮", "middle", "收视费、宽带费收取后不及时入账", "高",
         "营业款日清日结,次日存入公司账户。", "财务部"),
        ("沿滩营业厅", "班长", "缪听潮", "middle", "违规为用户办理费用减免、赠送业务", "中",
         "减免、赠送业务系统留痕,每月稽核。", "财务部"),
        ("装维班", "班长", "桑汀若", "middle", "安装维修中向用户索要好处费、私收材料费", "中",
         "装维收费标准公开,客服中心回访用户。", "综合部"),
        ("综合部", "会计", "禄映川", "general", "费用报销审核不严,虚开发票报销", "低",
         "报销发票网上查验,报销单三级审批。", "纪检监察室"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制：综合部", None, None, "审核：", None, None, "2024年5月", None)
    return _layout(
        "cable_tv_branch", "http://gdzcnfw.com/thread-1669569-1-1.html",
        "有线广播电视网络公司's 区分公司 岗位廉洁风险点一览表 after the source's account of a 广电网络分公司 (播出机房, 客户"
        "服务中心, 广电营业厅; 纪委书记): title naming the unit ``四川省有线广播电视网络股份有限公司自贡市沿滩区分公司…``, "
        "then 序号/部门 merged (公司领导, 沿滩营业厅, 装维班, 综合部)/岗位 and 姓名 merged per person/``廉洁风险点``/风险等级 "
        "高/中/低/防控措施/``监督部门`` (纪检监察室, 财务部, 综合部); no type column; ``编制：综合部 | 审核：`` and date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_stacked_blocks(),
    rural_water_revised_levels(),
    etv_center_list(),
    student_aid_center_posts(),
    river_chief_selfcheck(),
    cyberspace_office_cards(),
    culture_enforcement_squad(),
    youth_center_list(),
    housing_security_checklist(),
    cable_tv_branch(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch180-inbox"))
