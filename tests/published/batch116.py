"""A hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES SELDOM USED
BEFORE — a 县气象局, a 县港航事业发展中心, a 县供销合作社联合社, a 县防震减灾中心, a 县机关幼儿园, a
县法律援助中心, a 县防雷技术服务中心 and a 县公路养护中心 — each handing back its ordinary 一览表, 排查表,
清单 or 自查表 the way its staff typed it, four of them also kept as LibreOffice re-saves, ``.xls``
AND ``.ods`` (``resaved/b116_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch116.py --resave``):

- a 气象局 一览表 (re-saved) whose 人工影响天气办公室 is headed by the 副局长 as well: under 姓名 his
  name is written ``睢霁澄（兼）`` on that office's rows; the 气象台's 台长 among the posts;
- a 港航事业发展中心 排查表 (re-saved) with ONE column ``岗位/责任人`` holding ``闸长/勾澜舟``, its two
  船闸 named after towns (``芷湾船闸``, ``蘅塘船闸``) among the 部门, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 供销合作社联合社 清单 对岗不对人 (re-saved) with a ``岗位人数`` column of small numbers beside the
  岗位, the 联社's own 基层社 (``芷湾基层供销社``) among the 科室, 一级/二级/三级, no type column;
- the 防震减灾中心's 自查表 one per sheet (re-saved), tabs ``表1``…, a two-line personal block above
  the table (``姓名 | … | 性别 | … | 出生年月 | 1986.04`` and ``科室 | … | 职务 | … | 岗位风险等级 | 中``),
  a 本人承诺 paragraph and the signature line below;
- a 机关幼儿园 排查表 whose 科室 include its 年级组 (``大班年级组``), the head's post written
  ``党支部书记、园长``, a 保育员 and a 保健医生 among the posts;
- a 法律援助中心 一览表 whose 科室 include its town station (``芷湾镇法律援助工作站``);
- a 防雷技术服务中心 一览表 with a ``联系电话`` column of mobile numbers beside 姓名 and a ``备注``
  column (``2024年调入``).

One is harder:

- ``road_station_summary_sheet``: a 公路养护中心 file whose FIRST sheet ``汇总`` is the office's
  count of its points — ``序号 | 科室(站) | 岗位数 | 风险点数 | 高 | 中 | 低`` with numbers and a
  ``合计`` row — and whose second sheet ``明细`` is the 排查表 itself, with its two 养护站 among the
  科室. The counts are no points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 气象局's 工作要点 — 人工影响天气,
防雷检测, 自动气象站; a 市海事局(港航管理处)'s 职权运行风险防控; a 县供销社's 基层社建设; a 防震减灾
示范城市 plan; a 幼儿园's 排查内容; a note on the 法律援助中心; a 气象局's report on 雷击风险评估; a
国省道公路养护管理细则) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of an invented 靖江县
(its towns 芷湾镇 and 蘅塘镇 invented too).

Run ``python tests/published/score.py --set batch116`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``睢霁澄（兼）`` under 姓名 is 睢霁澄 holding the post concurrently: the holder is 睢霁澄, the post the
  one the row names (人工影响天气办公室 主任, middle), a form apart from his 副局长 form;
- ``闸长/勾澜舟`` under ``岗位/责任人`` is the post 闸长 and the holder 勾澜舟;
- a ``岗位人数`` number is no holder, no 序号 and no point;
- ``芷湾船闸``, ``芷湾基层供销社``, ``大班年级组``, ``芷湾镇法律援助工作站``, ``芷湾养护站`` are 科室 of
  their unit (a town's name in a 科室 makes it no unit);
- ``党支部书记、园长`` is one post as written (leader);
- the personal block's ``岗位风险等级`` is the post's grade, no point's level; ``性别``, ``出生年月`` are
  no fields of the form; the 本人承诺 paragraph is no point;
- ``联系电话`` numbers and ``备注`` notes are no points;
- the ``汇总`` sheet's counts (under ``高 | 中 | 低``) are no points and make no forms;
- 局长, 副局长, 主任 and 副主任 of the unit, 园长, 副园长 are leaders; 科长, 台长, 闸长, a 办/站/组's
  主任, 站长 or 组长, 社主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch112.write_xlsx``), copies the
re-saved copies ``resaved/b116_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch112 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b116_"
PLACE = "靖江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SPLIT = "/"


# --------------------------------------------------------------------------- harder layout


def road_station_summary_sheet() -> dict:
    unit = f"{PLACE}公路养护中心"
    t = _Truth(unit)
    detail = _Sheet("明细", [5, 12, 10, 8, 32, 10, 8, 32])
    _line(detail, f"{unit}岗位廉政风险点排查表", 8)
    detail.add("序号", "科室(站)", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "毋砺衡", "leader", "年度养护工程计划安排不经集体研究,向关系路段倾斜",
         "制度机制", "高", "养护计划经中心办公会研究,计划和执行情况公开。"),
        ("中心领导", "副主任", "亓垣舒", "leader", "小修保养工程验收把关不严,签字走过场",
         "岗位职责", "中", "验收实行现场查验、影像留存、两人签字。"),
        ("工程养护科", "科长", "佴砥行", "middle", "养护工程量核定不实,多计路面修补面积",
         "业务流程", "高", "工程量现场丈量,监理、科室、养护站三方签认。"),
        ("工程养护科", "科长", "佴砥行", "middle", "接受施工单位宴请、礼品",
         "思想道德", "中", "签订廉洁承诺,节前廉洁提醒。"),
        ("工程养护科", "材料员", "甯砂柔", "general", "沥青、石料采购不比价,验收以次充好",
         "岗位职责", "中", "材料采购三家比价,入库抽检留样。"),
        ("芷湾养护站", "站长", "郏途远", "middle", "路政巡查发现占道、损坏路产不制止、不上报",
         "外部环境", "中", "巡查日志每日填报,路产损失按标准赔偿并开票。"),
        ("芷湾养护站", "站长", "郏途远", "middle", "道班临时用工虚报人数、工日",
         "制度机制", "高", "临时用工实名登记,工资银行代发,每月公示。"),
        ("蘅塘养护站", "站长", "勾辙宁", "middle", "除雪防滑物资领用不登记,挪作他用",
         "岗位职责", "低", "物资出入库登记,用后核销,每季度盘点。"),
        ("蘅塘养护站", "机械管理员", "睢轨安", "general", "养护机械维修费用虚报",
         "业务流程", "低", "维修事前报批,定点维修,旧件回收。"),
    ]  # fmt: skip
    first = len(detail.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        detail.add(n, dept, post, who, point, typ, lv, measures)
        t.point(detail.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(detail, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    detail.add()
    detail.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None)
    summary = _Sheet("汇总", [6, 14, 8, 10, 6, 6, 6])
    _line(summary, f"{unit}廉政风险点汇总表", 7)
    summary.add("序号", "科室(站)", "岗位数", "风险点数", "高", "中", "低")
    depts = list(dict.fromkeys(row[0] for row in rows))
    total = [0, 0, 0, 0, 0]
    for n, dept in enumerate(depts, 1):
        mine = [row for row in rows if row[0] == dept]
        counts = [len({row[1:3] for row in mine}), len(mine)]
        counts += [sum(row[6] == lv for row in mine) for lv in HML]
        total = [a + b for a, b in zip(total, counts, strict=True)]
        summary.add(n, dept, *counts)
    summary.add("合计", None, *total)
    summary.merge(len(summary.rows) - 1, 0, len(summary.rows) - 1, 1)
    return _layout(
        "road_station_summary_sheet",
        "https://www.zhetiaohe.com/ss/661821a4c5d43a9f00c0ced81caa0c204848d6533d6954376ec93ae6813cdd5618bce5d42dc08bb8.html",
        "(harder) 县公路养护中心 file after the source's 国省道公路养护管理细则 (小修保养, 养护工程, 路政巡查, 除雪防滑): "
        "its FIRST sheet ``汇总`` is the office's count of its points — ``序号 | 科室(站) | 岗位数 | 风险点数 | 高 | 中 | "
        "低`` with a number under each and a ``合计`` row — no points; the second sheet ``明细`` is the 排查表: 序号/"
        "科室(站) merged (中心领导, 工程养护科, ``芷湾养护站``, ``蘅塘养护站``)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [summary, detail], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def weather_bureau_concurrent() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("一览表", [5, 16, 10, 12, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "缑岫云", "缑岫云", "leader", "气象现代化建设项目招标中打招呼、定单位",
         "岗位职责", "高", "项目按规定公开招标,局务会集体决策,纪要存档。"),
        ("局领导", "局长", "缑岫云", "缑岫云", "leader", "干部职工考核评优凭个人好恶",
         "思想道德", "低", "考核办法公开,结果公示五个工作日。"),
        ("局领导", "副局长", "睢霁澄", "睢霁澄", "leader", "防雷装置设计审核和竣工验收降低标准",
         "岗位职责", "高", "审核验收两人以上,结果网上公开。"),
        ("人工影响天气办公室", "主任", "睢霁澄（兼）", "睢霁澄", "middle", "增雨防雹弹药购置数量不实,账物不符",
         "制度机制", "高", "弹药购置报市局审批,出入库双人登记,每季度盘点。"),
        ("人工影响天气办公室", "主任", "睢霁澄（兼）", "睢霁澄", "middle", "作业点补助发放不按标准",
         "业务流程", "中", "补助按作业记录核发,银行转账,公示。"),
        ("气象台", "台长", "綦澈言", "綦澈言", "middle", "专业气象服务收费不开票、不入账",
         "制度机制", "中", "服务合同统一签订,收费统一票据,财务按月核对。"),
        ("气象台", "预报员", "闵蔚晞", "闵蔚晞", "general", "为企业出具与实况不符的气象证明",
         "岗位职责", "中", "气象证明以观测资料为准,台长审核签发。"),
        ("办公室", "主任", "甯桐叙", "甯桐叙", "middle", "公务用车私用,加油维修费用虚报",
         "制度机制", "低", "用车登记审批,加油卡专车专用,费用公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, written, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, written, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "局长签字:", None, None, "2024年10月", None)
    return _layout(
        "weather_bureau_concurrent", "https://m.wnwk.com/doc/1869065.html",
        "县气象局 岗位廉政风险点一览表 after the source's 气象局 工作要点 (人工影响天气 作业, 防雷装置 设计审核和竣工"
        "验收, 自动气象站, 专业气象服务): 序号/科室 merged (局领导, 人工影响天气办公室, 气象台, 办公室)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the 副局长 睢霁澄 heads the "
        "人工影响天气办公室 too, his name written ``睢霁澄（兼）`` on its rows; 填表人/局长签字/date",
        [sh], t,
    )  # fmt: skip


def port_shipping_post_slash() -> dict:
    unit = f"{PLACE}港航事业发展中心"
    sh = _Sheet("排查表", [5, 12, 16, 32, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位/责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钭溯川", "leader", "航道整治工程招标中指定施工单位", "岗位职责风险", "Ⅰ级",
         "工程进入公共资源交易平台招标,中心集体研究。"),
        ("中心领导", "主任", "钭溯川", "leader", "港口岸线使用审核中接受企业请托", "外部环境风险", "Ⅱ级",
         "岸线使用审核两级把关,结果公示。"),
        ("航政科", "科长", "逄舷青", "middle", "水路运输经营许可审查不严", "岗位职责风险", "Ⅰ级",
         "许可条件公开,初审复审分离,办结网上公开。"),
        ("航政科", "科员", "厍帆洄", "general", "船舶检查中降格处理违法行为", "业务流程风险", "Ⅱ级",
         "检查两人以上,执法记录仪全程记录。"),
        ("芷湾船闸", "闸长", "勾澜舟", "middle", "过闸船舶插档放行,收取好处", "思想道德风险", "Ⅰ级",
         "过闸调度系统排档,调度结果公开。"),
        ("芷湾船闸", "调度员", "佴汐渡", "general", "违规调整过闸顺序", "制度机制风险", "Ⅱ级",
         "调整须闸长审批,调度记录留存。"),
        ("蘅塘船闸", "闸长", "隗泊遥", "middle", "船闸维修项目虚报工程量", "业务流程风险", "Ⅱ级",
         "维修项目事前审批,完工验收三方签字。"),
        ("蘅塘船闸", "收费员", "亓桨然", "general", "过闸费少收、不开票", "制度机制风险", "Ⅲ级",
         "电子收费,票款日结,每月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}{SPLIT}{who}", point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("部门负责人签字:", None, None, "填报日期:2024年9月", None, None, None)
    return _layout(
        "port_shipping_post_slash", "https://max.book118.com/html/2018/0615/172655420.shtm",
        "县港航事业发展中心 廉政风险点排查表 after the source's 市海事局(港航管理处)'s 职权运行风险防控 (航道管理科, "
        "海事行政许可, 船舶检查): 序号/部门 merged (中心领导, 航政科 and two 船闸 named after towns, ``芷湾船闸``, "
        "``蘅塘船闸``)/ONE column ``岗位/责任人`` holding ``闸长/勾澜舟``, merged per person/风险点/风险类别 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 部门负责人签字/填报日期",
        [sh], t,
    )  # fmt: skip


def supply_coop_headcount() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("清单", [5, 14, 12, 8, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "岗位人数", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", 1, "leader", "社有资产出租、处置不经集体研究", "一级",
         "资产处置经理事会研究,进入产权交易平台。"),
        ("社领导", "副主任", 2, "leader", "项目扶持资金分配向关系企业倾斜", "二级",
         "扶持项目评审公开,分配结果公示。"),
        ("财务审计科", "科长", 1, "middle", "对社属企业审计走过场,问题不报告", "二级",
         "审计报告报理事会,问题整改销号。"),
        ("财务审计科", "会计", 2, "general", "报销凭证审核不严,虚列支出", "二级",
         "会计、科长、分管领导三级审核。"),
        ("业务发展科", "科长", 1, "middle", "农资储备招标中泄露标底", "一级",
         "储备招标委托代理机构,标底保密。"),
        ("芷湾基层供销社", "社主任", 1, "middle", "农资门店承包收费不入账", "一级",
         "承包费统一票据,存入社账户,每季度公开。"),
        ("芷湾基层供销社", "营业员", 3, "general", "化肥农药拆零销售以次充好", "三级",
         "进货查验,销售台账,群众监督电话公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, count, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, count, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报科室:办公室", None, None, None, "填报时间:2024年8月", None, None)
    return _layout(
        "supply_coop_headcount", "http://www.zh-hz.com/dz/html/2014-10/21/content_98525.htm",
        "县供销合作社联合社 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县供销社's 基层社 建设 "
        "(农资连锁经营, 基层社 房产土地, 社属企业): 序号/科室 merged (社领导, 财务审计科, 业务发展科 and the 联社's "
        "``芷湾基层供销社``)/岗位/``岗位人数`` (1, 2, 3 — how many hold the post)/廉政风险点/风险等级 一级/二级/三级/"
        "防控措施; no names, no type column; a ``填报科室:办公室 | 填报时间:…`` line below",
        [sh], t,
    )  # fmt: skip


def quake_center_personal_block() -> dict:
    unit = f"{PLACE}防震减灾中心"
    t = _Truth(unit)
    people = [
        ("郏嵘峙", "男", "1979.11", "中心领导", "主任", "leader", "高", [
            ("地震监测台站建设项目不经集体研究确定承建单位", "制度机制", "高",
             "项目按规定招标,中心会议集体研究。"),
            ("抗震设防要求审查中为关系单位降低标准", "岗位职责", "高", "审查意见两人签字,结果公开。"),
            ("公务接待超标准", "思想道德", "低", "接待事前审批,执行公务接待标准。"),
        ]),
        ("勾璞澜", "女", "1986.04", "监测预报科", "科长", "middle", "中", [
            ("监测数据报送不及时、不真实", "岗位职责", "中", "数据自动上传,每日值班核对。"),
            ("台站维护经费使用不实", "制度机制", "中", "经费使用报批,维护记录存档。"),
        ]),
        ("睢砚坤", "男", "1991.07", "震害防御科", "科员", "general", "低", [
            ("地震安全性评价报告审查中收受好处", "外部环境", "中", "审查实行专家评审,廉洁承诺。"),
            ("防震减灾科普物资采购不比价", "业务流程", "低", "采购三家比价,验收两人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, dept, post, tier, grade, points) in enumerate(people, 1):
        sh = _Sheet(f"表{k}", [6, 30, 10, 10, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("科室", dept, "职务", post, "岗位风险等级", grade)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _line(
            sh, "本人承诺:以上自查内容真实,本人将严格落实各项防控措施,自觉接受组织和群众监督。", 6
        )
        sh.add("自查人签字:", None, "科室负责人签字:", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "quake_center_personal_block", "https://0798ci.com/rule/57412.html",
        "县防震减灾中心 岗位廉政风险自查表 one per sheet (tabs ``表1``…``表3``), after the source's 防震减灾示范城市 "
        "plan (地震监测台网, 抗震设防要求, 地震安全性评价, 科普宣传): a two-line personal block above the table — "
        "``姓名 | … | 性别 | … | 出生年月 | 1986.04`` and ``科室 | … | 职务 | … | 岗位风险等级 | 中`` — over 序号/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over two columns); a 本人承诺 paragraph "
        "across the sheet and an unsigned 自查人签字/科室负责人签字 line with the date",
        sheets, t,
    )  # fmt: skip


def kindergarten_grade_groups() -> dict:
    unit = f"{PLACE}机关幼儿园"
    sh = _Sheet("Sheet1", [5, 12, 16, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    r = sh.add(f"单位:{unit}", None, None, None, None, "时间:2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园领导", "党支部书记、园长", "钭苗晞", "leader", "招生入园中接受家长请托、收受礼金", "思想道德", "高",
         "招生方案公开,录取名单公示,签订廉洁承诺。"),
        ("园领导", "党支部书记、园长", "钭苗晞", "leader", "园舍维修项目不经集体研究", "制度机制", "高",
         "维修项目园务会研究,结果公开。"),
        ("园领导", "副园长", "亓芃舒", "leader", "伙食费收支不公开,账目不清", "制度机制", "中",
         "伙食费单独核算,每月公示收支。"),
        ("保教处", "主任", "厍蓓宁", "middle", "教师评优评先中优亲厚友", "岗位职责", "中",
         "评优标准公开,民主推荐,结果公示。"),
        ("大班年级组", "组长", "綦沅熙", "middle", "组织有偿兴趣班、推销教辅资料", "外部环境", "中",
         "严禁有偿补课,家长监督电话公开。"),
        ("后勤处", "保健医生", "缑葳然", "general", "食材验收把关不严,接受供货商好处", "业务流程", "高",
         "食材定点采购,验收两人签字,留样备查。"),
        ("后勤处", "保育员", "闵苒茵", "general", "私自收取家长物品", "思想道德", "低",
         "节前廉洁提醒,家长满意度测评。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "园长签字:", None, None, "2024年9月", None)
    return _layout(
        "kindergarten_grade_groups", "http://rishikeshbazar.com/d-56775958.html",
        "县机关幼儿园 岗位廉政风险排查表 after the source's 幼儿园 排查内容 (安全责任到岗到人, 食堂, 安保, 教职工思想): "
        "``单位:… | 时间:…`` line, 序号/科室 merged (园领导, 保教处, ``大班年级组``, 后勤处)/岗位 (``党支部书记、园长``, "
        "副园长, 主任, 组长, 保健医生, 保育员) and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 填表人/园长签字/date; the tab ``Sheet1``",
        [sh], t,
    )  # fmt: skip


def legal_aid_town_station() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("一览表", [5, 18, 10, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "毋澂朗", "leader", "法律援助案件指派中向特定律师事务所倾斜", "岗位职责", "高",
         "案件按轮流指派制度分配,指派结果每月公开。"),
        ("中心领导", "主任", "毋澂朗", "leader", "办案补贴标准执行不一", "制度机制", "中",
         "补贴标准公开,发放经集体审核。"),
        ("受理审查科", "审查员", "逄諴柔", "general", "经济困难审查不严,为不符合条件者提供援助", "业务流程", "中",
         "审查材料两人复核,不予援助的书面告知理由。"),
        ("受理审查科", "审查员", "逄諴柔", "general", "收受受援人财物", "思想道德", "低",
         "受援人回访,监督电话公开。"),
        ("芷湾镇法律援助工作站", "站长", "隗讷言", "middle", "工作站值班律师签到不实,虚报值班补贴", "制度机制", "中",
         "值班签到拍照上传,补贴按签到记录核发。"),
        ("芷湾镇法律援助工作站", "站长", "隗讷言", "middle", "为当事人介绍律师收取介绍费", "外部环境", "高",
         "严禁介绍有偿代理,发现即调离。"),
        ("综合科", "会计", "厍筠溪", "general", "法律援助经费挪作他用", "制度机制", "中",
         "经费专账核算,每年审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "legal_aid_town_station", "http://crsrw.com/falvchangshi/134087.html",
        "县法律援助中心 岗位廉政风险防控一览表 after the source's note on the 法律援助中心 (地方法律援助机构, 上级中心"
        "监管): 序号/科室 merged (中心领导, 受理审查科, the town station ``芷湾镇法律援助工作站``, 综合科)/岗位 and "
        "``责任人`` merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def lightning_center_phone_column() -> dict:
    unit = f"{PLACE}防雷技术服务中心"
    sh = _Sheet("风险点", [5, 12, 10, 8, 13, 32, 10, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 10)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "联系电话",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    )
    rows = [
        ("中心领导", "主任", "綦霆钧", "13905231147", "leader", "防雷检测业务承接中指定关系企业分包",
         "岗位职责", "高", "检测业务不得分包,合同统一签订。", None),
        ("检测科", "科长", "闵曜川", "13815226608", "middle", "防雷装置检测报告与实测不符",
         "岗位职责", "高", "检测数据现场记录,报告两级审核。", None),
        ("检测科", "科长", "闵曜川", "13815226608", "middle", "检测收费不按标准,收费不开票",
         "制度机制", "中", "收费标准公示,统一票据。", None),
        ("检测科", "检测员", "甯霓安", "15150639921", "general", "接受受检单位宴请、礼品",
         "思想道德", "中", "检测两人以上,签订廉洁承诺。", "2024年调入"),
        ("雷击风险评估室", "评估员", "郏雩舟", "18752318834", "general", "雷击风险评估报告照抄照搬",
         "业务流程", "低", "评估报告专家评审,抽查复核。", None),
        ("综合科", "出纳", "佴霏音", "13961042275", "general", "现金收款不及时入账",
         "制度机制", "低", "收款日清日结,每月对账。", "2024年调入"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, phone, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, phone, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年10月", None, None)
    return _layout(
        "lightning_center_phone_column", "https://pixue.com/cont-147947.html",
        "县防雷技术服务中心 岗位廉政风险点一览表 after the source's 气象局 report (雷击风险评估, 防雷装置检测, 气象灾害"
        "防御条例): 序号/科室 merged (中心领导, 检测科, 雷击风险评估室, 综合科)/岗位, 姓名 and ``联系电话`` (mobile "
        "numbers as text) merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``备注`` "
        "(``2024年调入`` on two rows); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    road_station_summary_sheet(),
    weather_bureau_concurrent(),
    port_shipping_post_slash(),
    supply_coop_headcount(),
    quake_center_personal_block(),
    kindergarten_grade_groups(),
    legal_aid_town_station(),
    lightning_center_phone_column(),
]

RESAVED = (
    "weather_bureau_concurrent",
    "port_shipping_post_slash",
    "supply_coop_headcount",
    "quake_center_personal_block",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch112.write_xlsx``, its re-saved copies
    ``resaved/b116_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b116_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch116-inbox"))
