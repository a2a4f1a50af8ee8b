"""A hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 区医疗保障事务中心, a 区不动产登记中心, a 区粮食储备库, a 区图书馆, a 区公共资源交易中心, a
区机关事务服务中心, a 区文物管理所, a 镇's 站所 and a 区水文站 — each handing back its ordinary 一览表,
排查表, 清单 or 自查表 the way its staff typed it; every unit is a body of an invented 开州区 (its
雩溪镇 invented too), one of them also kept as a LibreOffice re-save ``.xls`` (``resaved/
b196_real_estate_window_posts.xls``, made by ``PYTHONPATH=tests python tests/published/batch196.py
--resave``):

- a 医疗保障事务中心 一览表 with NO post column: ``事项名称 | 廉政风险点及描述 | 等级 | 防控措施 | 责任科室 |
  责任人`` — the 科室 and the holder AFTER the measures, each holder known by 科室 and name only;
- a 不动产登记中心 清单 对岗不对人 with no 科室 column, its posts the windows (``咨询岗``, ``查询岗``,
  ``权籍调查岗``, ``受理初审岗`` …), ``…风险`` types and 一级/二级/三级 (also as ``.xls``);
- a 粮食储备库's 个人廉政风险自查表 one sheet a person, tabs the names, the pairs ``姓名 | … | 部门 | … |
  职务 | …`` in one row above the table and ``本人签字：…`` under it;
- a 图书馆 一览表 with 部门 merged, 岗位 and 姓名 merged per person, header cells broken over two
  lines (``风险⏎类别``, ``风险⏎等级``);
- a 公共资源交易中心 排查表 sorted by level, the ``风险等级`` column FIRST and merged over each run of one
  level across persons, no type column;
- a 文物管理所 一览表 with no 岗位 or 姓名 column: the holder under ``责任人`` typed with the post,
  ``所长：第五枕流``, ``股长：扈青梧``;
- a 镇's 站所 一览表 (``站所`` column: 财政所, 农业服务中心, 社会保障服务所 …) under the 镇 as unit;
- a 水文站 排查表 whose ``风险等级`` is split into ``高 | 中 | 低`` columns, the level ticked ``√``.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``affairs_center_cover_sheet``: a 机关事务服务中心's 手册 as an Excel file whose FIRST sheet is a
  ``封面`` (cover) — the unit's name, ``岗位廉政风险防控手册``, ``二〇二四年五月`` in one wide column —
  and whose ``一览表`` sheet is titled only ``岗位廉政风险点一览表``: the unit stands on the cover alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 医保 稽核 paper; a 不动产登记
中心's 岗位职责与窗口设置; 粮油仓储 岗位职责; a 县图书馆's 采编室, 借阅室 and 宣传辅导部; a 区's 公共资源
电子交易平台; 机关后勤社会化服务 standards; a 县文物管理所's work; a 乡镇农机管理服务站 standard; a 水利厅's
account of 水文站 职责) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch196`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list with no post column names no post: its forms are 科室 + holder, title "" (no tier);
- ``所长：第五枕流`` under ``责任人`` is the post 所长 and the holder 第五枕流;
- a ``风险等级`` column first, merged over a run of one level, gives every row of the run that level;
- the unit named only on a ``封面`` sheet of the same file is the unit of the file's 一览表; the cover
  is no form and no point;
- a 镇's 站所 are its 科室; 所长/站长/主任 of a 站所 are middle; the unit is the one the ``填报单位``
  line names in full (``开州区雩溪镇人民政府``), the title naming the 镇 short;
- ``√`` under one of ``高 | 中 | 低`` is that level;
- 主任/副主任 of a 中心, 馆长/副馆长, 所长/副所长 of a 所 that is the unit, 站长/副站长 of the 水文站 and the
  储备库's 主任 are leaders; 科长, 股长, 部主任 and 站所 heads middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copy ``resaved/b196_*.xls`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b196_"
PLACE = "开州区"
TOWN = "雩溪镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
TICK = "√"


# --------------------------------------------------------------------------- harder layout


def affairs_center_cover_sheet() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    cover = _Sheet("封面", [60])
    cover.add()
    cover.add()
    cover.add(unit)
    cover.add()
    cover.add("岗位廉政风险防控手册")
    for _ in range(6):
        cover.add()
    cover.add("二〇二四年五月")
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鲜于沐雪", "机关办公用房维修改造项目不经集体研究确定施工单位", "制度机制", "高",
         "维修项目经主任办公会研究,按规定比选或招标。", "leader"),
        ("中心领导", "主任", "鲜于沐雪", "公务用车平台车辆购置、更新不按编制和标准", "岗位职责", "中",
         "车辆购置按编制和标准报批,购置结果公开。", "leader"),
        ("公务用车管理科", "科长", "隆鹤鸣", "派车不按申请顺序和用途,为关系单位优先派车", "岗位职责", "高",
         "用车申请、派车全程在平台办理,派车记录每月公示。", "middle"),
        ("公务用车管理科", "科长", "隆鹤鸣", "车辆维修、加油费用审核不严", "业务流程", "中",
         "定点维修、加油,费用凭平台记录和票据双人审核。", "middle"),
        ("公务用车管理科", "驾驶员", "却云岫", "公车私用,虚报出车里程", "思想道德", "中",
         "车辆安装北斗定位,里程与派车单逐单核对。", "general"),
        ("资产管理科", "科长", "寇星垂", "机关闲置资产调剂、处置低价评估", "外部环境", "高",
         "资产处置委托评估并公开交易,处置结果报财政备案。", "middle"),
        ("后勤服务科", "食堂管理员", "蒙晏池", "食堂食材采购虚报数量、以次充好", "业务流程", "低",
         "食材定点采购,验收两人签字,账目每月公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "affairs_center_cover_sheet",
        "https://newton.com.tw/wiki/%E5%9B%9B%E5%B7%9D%E7%9C%81%E7%9C%81%E7%B4%9A%E6%A9%9F%E9%97%9C"
        "%E5%BE%8C%E5%8B%A4%E7%A4%BE%E6%9C%83%E5%8C%96%E6%9C%8D%E5%8B%99%E7%AE%A1%E7%90%86%E6%A8%99%E6%BA%96/17944474",
        "(harder) 区机关事务服务中心 岗位廉政风险防控手册 kept as an Excel file, after the source's standard for 机关后勤"
        "社会化服务 (房屋日常维护, 公用设施设备, 会议服务, 职工食堂管理): the FIRST sheet ``封面`` is a cover — ``开州区机关事务服务"
        "中心`` in A3, ``岗位廉政风险防控手册`` in A5, ``二〇二四年五月`` in A12, nothing else — and the second sheet "
        "``一览表`` is titled only ``岗位廉政风险点一览表`` (NO unit), then 序号/科室 merged (中心领导, 公务用车管理科, "
        "资产管理科, 后勤服务科)/岗位 and 姓名 merged per person (the compound surname ``鲜于沐雪``)/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date. The unit stands on the cover alone",
        [cover, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def medical_security_no_post() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("Sheet1", [6, 14, 36, 6, 36, 14, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位权力运行廉政风险防控一览表", 7)
    sh.add("序号", "事项名称", "廉政风险点及描述", "等级", "防控措施", "责任科室", "责任人")
    rows = [
        ("公文处理", "涉密文件传阅、保管不规范,造成泄密。", "中", "涉密文件专柜保管,传阅登记签收。",
         "办公室", "亢栖篁"),
        ("公务接待", "超标准、超范围接待,虚列接待费用。", "中", "接待凭公函和审批单,费用凭菜单、发票报销。",
         "办公室", "亢栖篁"),
        ("基金拨付", "医保基金拨付不按协议和审核结果,违规提前或多拨。", "高",
         "基金拨付实行经办、复核、审批三岗分离,拨付明细每月对账。", "基金财务科", "毋湛清"),
        ("基金结算", "与定点医药机构结算时放宽标准,收受好处。", "高", "结算数据系统比对,结算结果集体审核并公开。",
         "基金财务科", "毋湛清"),
        ("医保稽核", "稽核定点医药机构走过场,发现违规不移交。", "高",
         "稽核两人以上,稽核结果集体研究,违规线索按规定移交。", "稽核科", "佘蘅芷"),
        ("医保稽核", "向被稽核机构泄露检查安排。", "中", "检查对象随机抽取,检查时间临时通知。", "稽核科",
         "佘蘅芷"),
        ("待遇审核", "异地就医、慢特病待遇审核降低标准。", "中", "审核标准公开,审核结果抽查复核。",
         "待遇审核科", "仝杳然"),
        ("待遇审核", "由于业务不精,报销审核出现差错。", "低", "加强政策学习,疑难件集体会审。", "待遇审核科",
         "仝杳然"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, dept, who) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_down(sh, first, [(5, lambda row: row[5]), (6, lambda row: row[5:7])])
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, None)
    return _layout(
        "medical_security_no_post",
        "https://www.soolun.net/periodical/de069dbacdc19cae1daad9d918f5cb2b.html",
        "区医疗保障事务中心 岗位权力运行廉政风险防控一览表 after the source's account of 医疗保险稽核 (定点医疗机构, "
        "异地就医, 经办机构): 序号/``事项名称`` (公文处理, 公务接待, 基金拨付, 医保稽核, 待遇审核 — the duty)/"
        "``廉政风险点及描述``/``等级`` 高/中/低/防控措施, then ``责任科室`` and ``责任人`` AFTER the measures, each merged "
        "down over its rows; NO post column and no type column — each holder is known by 科室 and name only; "
        "填报人/审核人 under it",
        [sh], t,
    )  # fmt: skip


def real_estate_window_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("清单", [6, 14, 36, 14, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "登记业务流程调整、窗口人员安排不经集体研究", "制度机制风险", "二级",
         "流程调整经主任办公会研究,窗口人员定期轮岗。", "leader"),
        ("咨询岗", "向申请人推荐中介代办,从中收取好处", "外部环境风险", "三级",
         "咨询台公示办事指南,严禁推荐中介,投诉电话公开。", "general"),
        ("查询岗", "违规为无关人员查询、泄露不动产登记信息", "岗位职责风险", "一级",
         "查询凭证件和申请表,查询记录系统留痕,每月抽查。", "general"),
        ("权籍调查岗", "权籍调查测绘成果审核不严,面积数据失实", "业务流程风险", "二级",
         "测绘成果抽样复核,数据入库前双人审核。", "general"),
        ("受理初审岗", "材料不齐仍予受理,或故意刁难不一次性告知", "岗位职责风险", "二级",
         "执行一次性告知制度,退件登记造册。", "general"),
        ("受理初审岗", "对冒名顶替、伪造证件审查不严", "岗位职责风险", "一级",
         "身份证件联网核验,人像比对留存。", "general"),
        ("登簿核定岗", "违规登簿,为不符合条件的申请办理登记", "思想道德风险", "一级",
         "登簿前系统校验,核定人对登簿结果负责并抽查。", "general"),
        ("缮证发证岗", "证书、证明领用和发放不登记,空白证书流失", "制度机制风险", "三级",
         "证书领用、作废逐本登记,每月盘点核销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年4月", None)
    return _layout(
        "real_estate_window_posts",
        "http://miluo.gov.cn/25310/43228/43233/content_1257054.html",
        "区不动产登记中心 岗位廉政风险防控清单 对岗不对人 after the source's 岗位职责与窗口设置 (咨询岗位, 查询岗位, 权籍"
        "调查岗, 受理(初审)岗位): 序号/岗位 (主任, 咨询岗, 查询岗, 权籍调查岗, 受理初审岗 merged over its two rows, "
        "登簿核定岗, 缮证发证岗)/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; NO 科室 column and no names "
        "anywhere; 填报人/审核人/date. Also as a LibreOffice re-save ``.xls``",
        [sh], t,
    )  # fmt: skip


def grain_depot_personal_sheets() -> dict:
    unit = f"{PLACE}粮食储备库"
    t = _Truth(unit)
    people = [
        ("奉听澜", "库领导", "主任", "leader", [
            ("粮食轮换出入库价格、数量确定不经集体研究", "制度机制风险", "高",
             "轮换方案经库务会研究,报区粮食部门审批,竞价交易。"),
            ("仓储设施维修项目指定施工单位", "岗位职责风险", "中", "维修项目三家以上比选,结果公示。"),
            ("接受粮商宴请、礼品", "思想道德风险", "低", "签订廉洁承诺,宴请、礼品登记报告。"),
        ]),
        ("郤砚耕", "仓储保管股", "保管员", "general", [
            ("虚报粮食损耗,账实不符", "岗位职责风险", "高", "损耗按定额核定,每季度库存实物检查。"),
            ("出入库数量与检斤单不符,以陈顶新", "业务流程风险", "高", "出入库凭检斤单,保管、统计、会计三方签字。"),
            ("仓储药剂领用不登记", "制度机制风险", "低", "药剂专柜双锁保管,领用登记核销。"),
        ]),
        ("檀泊舟", "质量检验股", "质检员", "general", [
            ("入库粮食质量检验弄虚作假,压级压价或抬级抬价", "岗位职责风险", "高",
             "扦样、检验分离,样品留存备查,检验结果公示。"),
            ("检验数据不按规定上报", "业务流程风险", "中", "检验数据系统直报,定期比对复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 14, 10, 36])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        sh.add("姓名", who, "部门", dept, None)
        sh.add("职务", post, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", who, None, "日期：2024年3月", None)
        sheets.append(sh)
    return _layout(
        "grain_depot_personal_sheets", "http://www.boteman.cn/paper/505798029.html",
        "区粮食储备库 个人廉政风险自查表 ONE SHEET A PERSON, tabs the holders' names, after the source's 粮油仓储管理 岗位"
        "职责 (仓储管理主管, 粮油保管员 — 入库验收, 货位, 损耗; 质检): each sheet titled ``开州区粮食储备库个人廉政风险"
        "自查表``, then the pairs ``姓名 | 奉听澜 | 部门 | 库领导`` and ``职务 | 主任`` on two rows, then 序号/风险点/风险"
        "类型 ``…风险``/风险等级 高/中/低/防控措施; ``本人签字： | 奉听澜 | | 日期：2024年3月`` under it",
        sheets, t,
    )  # fmt: skip


def library_broken_headings() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险\n类别", "风险\n等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "揭朔风", "馆舍改造、设备购置项目不经集体研究", "制度机制风险", "高",
         "项目经馆务会研究,按政府采购程序办理。", "leader"),
        ("馆领导", "副馆长", "豆漪澜", "总分馆建设经费分配不均,优亲厚友", "岗位职责风险", "中",
         "经费分配方案公开,分馆验收后拨付。", "leader"),
        ("采编室", "主任", "雍晚棠", "图书采购指定书商,收受回扣", "外部环境风险", "高",
         "图书采购公开招标,采购书目馆务会审定。", "middle"),
        ("采编室", "主任", "雍晚棠", "图书验收数量、折扣不核对", "业务流程风险", "中",
         "验收两人以上,验收清单与发票逐项核对。", "middle"),
        ("外借部", "管理员", "党栖梧", "罚没、赔书款收取不开票据", "制度机制风险", "低",
         "收款统一开具票据,每月交财务核对。", "general"),
        ("少儿借阅室", "管理员", "幸槐序", "少儿活动物品采购虚报数量", "思想道德风险", "低",
         "活动物品采购先审批后购买,发放登记签字。", "general"),
        ("宣传辅导部", "主任", "禄澄迈", "阅读推广活动经费虚列开支", "业务流程风险", "中",
         "活动方案、签到表、照片与报账凭证一并存档。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年2月", None)
    return _layout(
        "library_broken_headings",
        "https://newton.com.tw/wiki/%E6%95%98%E6%B0%B8%E7%B8%A3%E5%9C%96%E6%9B%B8%E9%A4%A8/8416664",
        "区图书馆 岗位廉政风险点一览表 after the source's account of a 县图书馆 (成人借书处, 少儿借阅室, 宣传辅导部, 采编室, "
        "办公室; 馆长1人, 副馆长2人): title with the year, 序号/部门 merged (馆领导, 采编室, 外借部, 少儿借阅室, 宣传辅导部)/"
        "岗位 and 姓名 merged per person/风险点/header cells broken over two lines ``风险⏎类别`` (``…风险``) and "
        "``风险⏎等级`` (高/中/低)/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def trading_center_level_first() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("排查表", [8, 6, 14, 10, 9, 36, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("风险等级", "序号", "科室", "岗位", "姓名", "风险点", "防控措施")
    rows = [
        ("高", "中心领导", "主任", "汝照野", "交易项目进场、场地安排为关系企业提供便利",
         "进场登记按系统顺序安排,场地安排全程留痕。", "leader"),
        ("高", "交易服务科", "科长", "殳岚烟", "泄露投标人名称、数量等应保密信息",
         "投标人信息加密保管,开标前任何人不得查阅。", "middle"),
        ("高", "交易服务科", "科长", "殳岚烟", "评标专家抽取不按规定,人为指定专家",
         "专家系统随机抽取,抽取过程监督人员在场。", "middle"),
        ("中", "信息技术科", "科长", "桓砚霜", "交易系统权限管理不严,篡改交易数据",
         "系统权限分级授权,操作日志定期审计。", "middle"),
        ("中", "交易服务科", "见证员", "邸疏桐", "开评标现场见证不到位,对违规行为不记录不报告",
         "见证全程录音录像,异常情况当场记录报告。", "general"),
        ("低", "综合科", "会计", "羿晚汀", "投标保证金退还不及时或违规退还", "保证金系统自动退还,退还明细每月核对。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (lv, dept, post, who, point, measures, tier) in enumerate(rows, 1):
        sh.add(lv, n, dept, post, who, point, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (2, lambda row: row[:3]),
                            (3, lambda row: row[:5]), (4, lambda row: row[:5])])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年6月", None)
    return _layout(
        "trading_center_level_first",
        "http://m-yichang.cjyun.org/p/2563.html",
        "区公共资源交易中心 廉政风险点排查表 after the source's news of a 区's 公共资源 电子交易平台 (工程建设, 政府"
        "采购, 国有资产交易; 统一专家管理, 阳光操作): SORTED BY LEVEL, the ``风险等级`` column FIRST (before 序号) and merged over each run of "
        "one level across persons (高 over three rows of two persons, 中 over two, 低 one), then 序号/科室/岗位/姓名 "
        "(merged per person within a level)/风险点/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def relics_office_post_in_holder() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("一览表", [6, 12, 34, 12, 8, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "股室", "风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("所领导", "文物保护维修工程不经集体研究确定施工单位", "制度机制", "高",
         "维修工程按规定招标,方案报文物部门审批。", "所长", "第五枕流", "leader"),
        ("所领导", "文物保护专项经费挤占挪用", "制度机制", "高", "专项经费专款专用,支出经所务会研究。",
         "所长", "第五枕流", "leader"),
        ("所领导", "建设工程文物影响评估意见出具不严", "岗位职责", "中", "评估意见集体审议,现场勘查留档。",
         "副所长", "公冶霜序", "leader"),
        ("文物保护股", "对破坏文物保护单位的行为巡查不报告", "岗位职责", "中",
         "巡查记录每月上报,违法线索当日报告。", "股长", "扈青梧", "middle"),
        ("文物保护股", "文物保护员补助发放不按考核结果", "业务流程", "低", "补助凭巡查考核结果发放,名单公示。",
         "股长", "扈青梧", "middle"),
        ("陈列保管股", "馆藏文物出入库不登记,私自借出", "制度机制", "高", "出入库双人登记,库房双锁管理。",
         "保管员", "巫马时雨", "general"),
        ("陈列保管股", "征集文物作价不实", "外部环境", "中", "征集作价经专家组评估,征集结果公示。",
         "保管员", "巫马时雨", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, point, typ, lv, measures, f"{post}：{who}")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: (row[1], row[6]))])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年7月", None)
    return _layout(
        "relics_office_post_in_holder", "https://www.cread.tw/book/473825/44823098.html",
        "区文物管理所 岗位廉政风险点一览表 after the source's thoughts on a 县文物管理所's work (文物保护单位, 四有, 文物"
        "保护员, 陈列室和库房, 经费): 序号/股室 merged (所领导, 文物保护股, 陈列保管股)/风险点/风险类型 (short names)/风险"
        "等级 高/中/低/防控措施/``责任人`` LAST, typed with the post — ``所长：第五枕流``, ``副所长：公冶霜序``, "
        "``股长：扈青梧``, ``保管员：巫马时雨`` (compound surnames) — merged per person; NO 岗位 or 姓名 column",
        [sh], t,
    )  # fmt: skip


def town_station_heads_list() -> dict:
    town = f"{PLACE}{TOWN}"
    unit = f"{town}人民政府"
    sh = _Sheet("Sheet1", [6, 16, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{town}站所岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}",
        None,
        None,
        None,
        None,
        "填报时间：2024年8月",
        None,
        None,
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "戈蘅皋", "惠农补贴资金发放不按核定名单", "岗位职责风险", "高",
         "补贴名单村级公示,资金一卡通直达。", "middle"),
        ("财政所", "会计", "晋修篁", "报账单据审核不严,白条入账", "制度机制风险", "中", "报账单据三级审核,每月对账。",
         "general"),
        ("农业服务中心", "主任", "益泠然", "农机购置补贴申报核查不实", "岗位职责风险", "高",
         "补贴机具实地核验,人机合影存档。", "middle"),
        ("农业服务中心", "农技员", "汤衍泉", "农业项目验收走过场", "业务流程风险", "中", "项目验收两人以上,结果公示。",
         "general"),
        ("社会保障服务所", "所长", "敖枕书", "城乡居民养老保险待遇资格认证不实", "岗位职责风险", "中",
         "认证信息与死亡、服刑信息比对,定期入户抽查。", "middle"),
        ("村镇建设服务中心", "主任", "阙听岚", "农村建房审批把关不严,收受好处", "外部环境风险", "高",
         "建房审批联审联办,审批结果村级公示。", "middle"),
        ("退役军人服务站", "站长", "蔺淮舟", "优抚对象身份审核不严", "思想道德风险", "低",
         "优抚对象信息比对,名单公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("镇纪委书记:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "town_station_heads_list", "https://m.gc5.com/jzgc/jzgf/10402772.html",
        "镇 站所岗位廉政风险点一览表 after the source's standard for a 乡镇农机管理服务站 (性质和职责, 机构设置, 人员, "
        "服务体系): the title ``开州区雩溪镇站所岗位廉政风险点一览表``, a ``填报单位（盖章）：开州区雩溪镇人民政府 | 填报"
        "时间：2024年8月`` line, then 序号/``站所`` merged (财政所, 农业服务中心, 社会保障服务所, 村镇建设服务中心, 退役"
        "军人服务站)/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 镇纪委书记/填表人 under it. The 镇 "
        "人民政府 is the unit, each 站所 its 科室",
        [sh], t,
    )  # fmt: skip


def hydrology_station_ticks() -> dict:
    unit = f"{PLACE}水文站"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(1, c, 2, c)
    sh.merge(1, 5, 1, 7)
    rows = [
        ("站领导", "站长", "衡芷汀", "水文测报设施建设项目不经集体研究", "高",
         "项目经站务会研究,按规定比选施工单位。", "leader"),
        ("站领导", "站长", "衡芷汀", "为涉水工程出具水文资料把关不严", "中", "资料出具两级审核,出具登记存档。",
         "leader"),
        ("测验股", "股长", "蹇砚舟", "水文测验外业补助虚报天数", "中", "外业天数凭测验记录核定,每月公示。",
         "middle"),
        ("测验股", "测验员", "冼穗禾", "水位、流量观测数据弄虚作假", "高", "观测数据自动遥测比对,异常复测。",
         "general"),
        ("综合股", "会计", "庾泊帆", "测报设备采购验收不严", "低", "设备采购按政府采购程序,验收两人签字。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        marks = [TICK if lv == w else None for w in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, *marks, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, "2024年9月")
    return _layout(
        "hydrology_station_ticks",
        "http://slt.fujian.gov.cn/ztzl/fxkh_32733/fxcs_32757/201308/t20130821_3440843.htm",
        "区水文站 廉政风险点排查表 after the source's account of 水文站 职责 (水文勘测, 水量水质监测, 水文测报设施保护, 为"
        "水事纠纷提供水文资料, 雨情水情): a two-row header — 序号/科室/岗位/姓名/风险点/防控措施 merged over both rows, "
        "``风险等级`` merged over three sub-columns ``高 | 中 | 低`` — each row ticked ``√`` in one of them; 科室 merged, "
        "岗位 and 姓名 merged per person; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    affairs_center_cover_sheet(),
    medical_security_no_post(),
    real_estate_window_posts(),
    grain_depot_personal_sheets(),
    library_broken_headings(),
    trading_center_level_first(),
    relics_office_post_in_holder(),
    town_station_heads_list(),
    hydrology_station_ticks(),
]

RESAVED = ("real_estate_window_posts",)  # as .xls only
RESAVED_EXTS = ("xls",)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copy
    ``resaved/b196_*.xls``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b196_<name>.xls`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx, exts=RESAVED_EXTS)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch196-inbox"))
