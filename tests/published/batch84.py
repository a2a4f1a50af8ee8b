"""An eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES AND SOEs THAT
EARLIER BATCHES NEVER USED — a 县盐业有限公司, a 县污水处理有限公司, a 县未成年人救助保护中心, a 县环卫保洁有限
公司, a 县公墓管理所, a 县汽车客运站, a 县灌区管理所 and a 县保安服务有限公司 — each handing back its
ordinary 一览表, 排查表 or personal 自查表/登记表 the way its staff typed it, and four of them also kept
as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b84_<name>.xls``/``.ods``, see
make_resaved.py):

- a 盐业公司 一览表 (re-saved) under a ``填报单位:…（盖章） | 填报日期:…`` line, its 配送中心 and 部
  as 部门, levels 一级/二级/三级 under ``风险等级（一、二、三级）``, types written ``…风险``;
- a 污水处理公司 排查表 对岗不对人 (re-saved): 部门/岗位/岗位职责/主要风险点/风险等级/防控措施 and a
  trailing ``责任领导`` of names, one 领导 over several posts;
- a 未成年人救助保护中心's 自查表 one per sheet (re-saved) whose TABS ARE NAMED BY POST OR 股
  (``主任``, ``会计``, ``保护股``) not by holder; the holder block ``姓名 | … | 职务 | …`` over ``所在股室 | …``;
- a 环卫保洁公司 一览表 whose 部门 are given only by group rows ``（一）公司本部``, ``（二）城东作业
  分公司``… spanning the table;
- a 公墓管理所 排查表 (re-saved) of a small 所 with no 科室 column, levels ``Ⅰ级/Ⅱ级/Ⅲ级`` under
  ``等级`` and a ``所长签字:`` line under the table;
- a 灌区管理所 一览表 whose 管理段 are 部门 and whose types are written ``思想道德类``, ``制度机制类``…;
- a 保安服务公司's 登记卡 stacked one under another on ONE sheet, each card with its own holder block
  and header, a blank row between cards.

One is harder:

- ``bus_station_keshi_in_titles``: a 汽车客运站's 排查表 in three sheets left as ``Sheet1``,
  ``Sheet2``, ``Sheet3``, with no 科室 column: each sheet's title names the 科室
  (``XX县汽车客运站票务室岗位廉政风险点排查表``), so the 科室 of every post stands only in its
  sheet's title.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 盐业 配送中心's 食盐储备 and
配送; a 污水处理厂's 化验室 and 运行; a 县救助管理站's 街面巡查, 照料, 寻亲 and 落户安置; a 县环卫
总公司 with 乡镇分公司, 垃圾桶 以旧换新 and 公开招标; a 农村公益性公墓's 墓穴费, 墓材费 and 维护管理费;
a 客运站's ``三不进站、六不出站``; an 灌区's 水费收缴 by 村委会 and 用水协会; a 保安公司 派出 to
大型活动, 押运 and 门卫) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch84`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 盐业公司's 配送中心 and a 环卫公司's 作业分公司 are 部门 of the company; an 灌区管理所's 管理段
  are 部门 of the 所;
- the 污水处理公司's ``责任领导`` (one name over several posts) supervises: the posts have no holder;
- a sheet's tab naming a post (``主任``) or a 股 (``保护股``) is neither the holder nor the 科室 when
  the holder block says who and where;
- a small 所 with no 科室 column gives its posts no 科室 (department ""); its 所长 is the head of
  the unit (leader);
- a title ``XX县汽车客运站票务室岗位廉政风险点排查表`` gives the unit (客运站) and the 科室 (票务室).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b84_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b84_"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}


# --------------------------------------------------------------------------- harder layout


def bus_station_keshi_in_titles() -> dict:
    unit = "XX县汽车客运站"
    t = _Truth(unit)
    offices = [
        ("票务室", [
            ("票务主管", "韦春兰", "middle", "私自预留、倒卖紧俏车票", "岗位职责", "高",
             "售票全部经联网系统,预留票须站长审批并登记。"),
            ("售票员", "邱晓雯", "general", "票款收入不及时缴存,截留挪用", "业务流程", "中",
             "票款日清日结,当日解缴银行,财务每日核对。"),
            ("售票员", "邱晓雯", "general", "退票手续费收取不规范", "制度机制", "低",
             "退票手续费标准上墙公示,系统自动计算。"),
        ]),
        ("安全例检室", [
            ("例检员", "杭立军", "general", "车辆例检走过场,为不合格车辆签发例检单", "岗位职责", "高",
             "例检全程视频记录,站务科每日抽查回放。"),
            ("例检员", "杭立军", "general", "接受驾驶员、车主吃请或好处", "思想道德", "中",
             "签订廉洁承诺书,公开举报电话。"),
        ]),
        ("站务科", [
            ("科长", "窦建新", "middle", "违规放行超员或证件不齐的客车出站", "岗位职责", "高",
             "严格执行“三不进站、六不出站”,出站登记双人签字。"),
            ("科长", "窦建新", "middle", "站内商铺、广告位出租不公开", "制度机制", "中",
             "出租经班子集体研究,公开招租,合同备案。"),
            ("调度员", "岑海燕", "general", "班次调度优亲厚友,为关系车辆安排好班次", "外部环境", "低",
             "班次排定公开,调整须经科长签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (office, rows) in enumerate(offices, 1):
        sh = _Sheet(f"Sheet{k}", [6, 12, 10, 34, 12, 8, 36])
        _line(sh, f"{unit}{office}岗位廉政风险点排查表", 7)
        sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("科室负责人:", None, None, "填表日期:2024年3月", None, None, None)
        sheets.append(sh)
    return _layout(
        "bus_station_keshi_in_titles", "https://www.huarong.gov.cn/33047/content_1008170.html",
        "(harder) 县汽车客运站 岗位廉政风险点排查表 after the source's ``三不进站、六不出站`` rules of a 客运站 (危险品"
        "不进站, 超员客车、例检不合格客车不出站, 出站登记表未签字不出站): three sheets left as ``Sheet1``…``Sheet3``, "
        "each a 科室's table with NO 科室 column — the 科室 stands only in the sheet's title "
        "``XX县汽车客运站票务室岗位廉政风险点排查表`` (票务室, 安全例检室, 站务科); 序号/岗位 and 责任人 merged per "
        "person/风险点/风险类型 short names/风险等级 高/中/低/防控措施; 科室负责人/填表日期 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def salt_company_grades() -> dict:
    unit = "XX县盐业有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 9, 32, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(f"填报单位:{unit}（盖章）", None, None, None, None, "填报日期:2024年3月", None, None)
    sh.merge(1, 0, 1, 4)
    sh.merge(1, 5, 1, 7)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险等级（一、二、三级）",
        "防控措施",
    )
    rows = [
        ("经营部", "部长", "钟国强", "为关系客户违规降价、赊销食盐", "岗位职责风险", "一级",
         "销售价格执行公司定价,赊销须总经理审批,按月清欠。", "middle"),
        ("经营部", "部长", "钟国强", "工业盐、小工业盐销售不入账", "制度机制风险", "二级",
         "销售一律开票入账,财务与仓库按月对账。", "middle"),
        ("经营部", "业务员", "蒙丽萍", "收取客户回扣,向特定批发点倾斜供货", "外部环境风险", "二级",
         "供货计划公开,批发点定期轮换走访。", "general"),
        ("城关配送中心", "主任", "甘振宇", "储备食盐轮换不按规定,以次充好", "业务流程风险", "一级",
         "轮换计划报县工信部门备案,出入库双人验收。", "middle"),
        ("城关配送中心", "保管员", "莫小军", "库存食盐账实不符,私自出库", "岗位职责风险", "二级",
         "每月盘点,出库单、配送单、签收单三单对应。", "general"),
        ("城关配送中心", "保管员", "莫小军", "接受配送车辆、装卸人员吃请", "思想道德风险", "三级",
         "开展廉洁教育,签订廉洁承诺书。", "general"),
        ("财务部", "会计", "黎雅琴", "虚列费用、报销不实", "制度机制风险", "三级",
         "费用报销经办、审核、审批分离,票据逐笔审核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("总经理:", None, None, "纪检监察员:", None, "填表人:", None, None)
    return _layout(
        "salt_company_grades", "http://www.nmgsalt.com.cn/ztzl/kybg/202210/t20221024_399243.html",
        "县盐业有限公司 岗位廉政风险防控一览表 after the source's account of a 盐业分公司's 配送中心 (食盐储备, 库房, "
        "食盐配送, checked by the 县纪委): title, a ``填报单位:XX县盐业有限公司（盖章） | 填报日期:2024年3月`` line "
        "(two merged cells), 序号/部门 merged (经营部, 城关配送中心, 财务部)/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/``风险等级（一、二、三级）`` 一级/二级/三级/防控措施; 总经理/纪检监察员/填表人 "
        "line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def sewage_company_posts() -> dict:
    unit = "XX县污水处理有限公司"
    sh = _Sheet("排查表", [6, 10, 12, 30, 30, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "岗位职责", "主要风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("运行部", "运行班长", "负责厂区进出水设备运行、巡检和交接班。",
         "虚报设备运行时间和电耗", "中", "运行数据由中控系统自动采集,月度比对电费单。"),
        ("运行部", "运行班长", "负责厂区进出水设备运行、巡检和交接班。",
         "对企业超标排放进厂污水隐瞒不报", "高", "进水在线监测数据实时上传,异常自动报警。"),
        ("运行部", "设备维修员", "负责泵站、风机、格栅等设备的维护保养。",
         "虚报维修项目和配件数量", "中", "维修单经班长验收签字,更换旧件回收登记。"),
        ("化验室", "化验员", "负责进出水水质取样、化验和数据上报。",
         "篡改、编造水质化验数据", "高", "化验原始记录不得涂改,数据双人复核,留样备查。"),
        ("化验室", "化验员", "负责进出水水质取样、化验和数据上报。",
         "化验药剂领用不登记", "低", "药剂领用逐笔登记,每季度盘点。"),
        ("综合部", "采购员", "负责絮凝剂、消毒剂等药剂和备品备件采购。",
         "药剂采购询价不公开,与供应商串通抬价", "高", "药剂采购三家以上比价,结果公示,验收与采购分离。"),
        ("综合部", "采购员", "负责絮凝剂、消毒剂等药剂和备品备件采购。",
         "污泥外运处置单位选定不规范", "中", "污泥处置单位经公开比选,转运联单留存。"),
    ]  # fmt: skip
    leaders = {"运行部": "谭志坚", "化验室": "谭志坚", "综合部": "蒋丽华"}
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leaders[dept])
        t.point(sh.name, dept, post, "", "general", point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_post), (3, per_post), (7, lambda row: row[7])],
    )  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "sewage_company_posts", "http://vip.suzhouinfo.cn/Qikan/Article/Detail?id=1000003709156",
        "县污水处理有限公司 岗位廉政风险点排查表 对岗不对人 after the source's account of a 污水处理厂's 化验室 (进出水 "
        "取样, 各项指标检测, 指导、监督、检验生产): 序号/部门 merged (运行部, 化验室, 综合部)/岗位 and 岗位职责 merged per "
        "post/主要风险点/风险等级 高/中/低/防控措施/a trailing ``责任领导`` of names merged down (谭志坚 over 运行部 AND "
        "化验室); no type column; 填表人/审核人/date line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def rescue_center_post_tabs() -> dict:
    unit = "XX县未成年人救助保护中心"
    t = _Truth(unit)
    people = [
        ("主任", "晏国平", "主任", "中心领导", "leader", [
            ("救助物资采购不按规定程序,指定供应商", "制度机制", "高",
             "物资采购集体研究,三家以上比价,结果公示。"),
            ("救助资金使用审批把关不严", "岗位职责", "中", "大额支出班子集体研究,每季度公开收支。"),
        ]),
        ("会计", "柯美玲", "会计", "综合股", "general", [
            ("虚列救助对象生活费、医疗费支出", "业务流程", "高", "支出凭受助人员登记表和医院票据,主任审签。"),
            ("现金、票据保管不善", "岗位职责", "低", "现金日清月结,票据专柜保管。"),
        ]),
        ("保护股", "麦永强", "股长", "保护股", "middle", [
            ("对不符合条件的未成年人违规给予救助或长期滞留", "岗位职责", "中", "入中心甄别两人以上,滞留人员每月报主任办公会。"),
            ("克扣受助人员随身财物", "思想道德", "高", "随身物品当面登记、双人签字、离开时返还。"),
            ("寻亲、护送返乡费用虚报", "业务流程", "中", "返乡车票、护送费用凭据报销,公开接受监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 34, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.merge(1, 3, 1, 4)
        sh.add("所在股室", dept, "填表时间", "2024年3月", None)
        sh.merge(2, 3, 2, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "主任审核:", None, None)
        sheets.append(sh)
    return _layout(
        "rescue_center_post_tabs", "http://www.jsdh.gov.cn/dhxzf/dhgk/content/79ae7120-ab1d-4cd0-b988-cc8dc460ef44.html",
        "县未成年人救助保护中心 岗位廉政风险自查表, one per sheet, after the source's account of a 县救助管理站 (流浪乞讨人员 and 未成年人 照料"
        "服务, 甄别寻亲, 街面巡查, 落户安置, 台帐资料): the TABS named by post or 股 — ``主任``, ``会计``, ``保护股`` — "
        "not by holder; a holder block ``姓名 | 晏国平 | 职务 | 主任`` over ``所在股室 | 中心领导 | 填表时间 | 2024年3月``; "
        "序号/风险点/风险类型 short names/风险等级 高/中/低/防控措施; 本人签字/主任审核 line; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def sanitation_company_group_rows() -> dict:
    unit = "XX县环卫保洁有限公司"
    sh = _Sheet("Sheet1", [6, 12, 10, 34, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("（一）公司本部", "公司本部", [
            ("物资采购员", "武成林", "general", "垃圾桶、保洁车辆采购不公开招标", "制度机制", "高",
             "达到限额的一律公开招标,其余三家比价。"),
            ("物资采购员", "武成林", "general", "旧垃圾桶回收变卖收入不入账", "业务流程", "中",
             "废旧物资处置公开竞价,收入全额入账。"),
        ]),
        ("（二）城东作业分公司", "城东作业分公司", [
            ("经理", "符立新", "middle", "虚报保洁员人数,冒领工资", "岗位职责", "高",
             "保洁员实行人脸识别考勤,工资直接打卡发放。"),
            ("考核员", "施秀英", "general", "考核打分优亲厚友,接受作业班组好处", "思想道德", "中",
             "考核实行AB票评分,结果公示。"),
        ]),
        ("（三）城西作业分公司", "城西作业分公司", [
            ("经理", "尤德胜", "middle", "垃圾清运车辆油料虚报", "业务流程", "中",
             "车辆安装定位,油耗按里程核定,每月通报。"),
            ("经理", "尤德胜", "middle", "外包清运单位考核走过场", "外部环境", "低",
             "外包考核邀请社区代表参加,考核结果与付款挂钩。"),
        ]),
    ]  # fmt: skip
    n = 0
    for label, dept, rows in groups:
        _line(sh, label, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("制表:", None, None, "审核:", None, "2024年3月", None)
    return _layout(
        "sanitation_company_group_rows", "http://laixinews.com/lxbd/mlzc/2016-10-28/26611.html",
        "县环卫保洁有限公司 廉政风险点及防控措施一览表 after the source's account of a 县环卫总公司 with 乡镇分公司 (保洁员"
        "队伍, 垃圾桶以旧换新, 旧桶公开招标处置, AB票评分, 网长巡查): NO 部门 column — the 部门 given by group rows merged "
        "across the table, ``（一）公司本部``, ``（二）城东作业分公司``, ``（三）城西作业分公司``; 序号 running through the "
        "groups/岗位 and 责任人 merged per person/风险点/风险类别 short names/风险等级 高/中/低/防控措施; 制表/审核/date "
        "line",
        [sh], t,
    )  # fmt: skip


def cemetery_office_no_keshi() -> dict:
    unit = "XX县公墓管理所"
    sh = _Sheet("排查表", [6, 10, 9, 34, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("所长", "鲍德明", "leader", "墓穴价格、维护管理费擅自调整", "制度机制", "Ⅰ级",
         "收费标准按核定价格执行,收费项目和标准公示。"),
        ("所长", "鲍德明", "leader", "为亲友违规预留、调换墓穴位置", "思想道德", "Ⅱ级",
         "墓穴按顺序安排,预留须经民政局批准。"),
        ("收费员", "纪小红", "general", "墓穴费、墓材费收取不开票,截留收入", "业务流程", "Ⅰ级",
         "收费一律开具票据,日清日结,所长每周核对。"),
        ("收费员", "纪小红", "general", "减免政策执行不公", "岗位职责", "Ⅲ级",
         "减免对象凭证件办理,名单每季度公示。"),
        ("管理员", "贺永福", "general", "墓碑安装、刻字等劳务外包不公开", "外部环境", "Ⅱ级",
         "劳务单位公开比选,价格上墙。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, None, "填报时间:", "2024年3月", None)
    return _layout(
        "cemetery_office_no_keshi", "https://ynlf.gov.cn/info/3104/75731.htm",
        "县公墓管理所 廉政风险点排查表 after the source's 农村公益性公墓 收费标准 (墓穴费、墓材费、人工劳务费、维护管理费, "
        "夫妻合葬, 生态葬): a small 所 with NO 科室 column, 序号/岗位 and 姓名 merged per person (所长, 收费员, 管理员)/"
        "风险点/风险类别 short names/``等级`` Ⅰ级/Ⅱ级/Ⅲ级/防控措施; a ``所长签字: | 填报时间: | 2024年3月`` line under "
        "the table; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def irrigation_office_sections() -> dict:
    unit = "XX县灌区管理所"
    sh = _Sheet("一览表", [6, 14, 10, 9, 32, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "所室/管理段", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财务室", "出纳", "程秀兰", "村委会缴来水费不及时入账", "业务流程类", "高",
         "水费专户存储,收到即开票入账,每月与村委会对账。", "general"),
        ("东干渠管理段", "段长", "洪建军", "配水不公,为关系村组多放水", "思想道德类", "中",
         "配水计划公开,直开口测水邀请用水户参加。", "middle"),
        ("东干渠管理段", "段长", "洪建军", "渠道维修工程量虚报", "岗位职责类", "高",
         "维修工程先测量后施工,完工联合验收。", "middle"),
        ("东干渠管理段", "量水员", "祁海涛", "量水记录弄虚作假", "制度机制类", "中",
         "量水数据双人记录,水量水费日清日结月公布。", "general"),
        ("西干渠管理段", "段长", "上官立", "用水协会水费返还审核不严", "制度机制类", "低",
         "返还按实收水费比例核算,名单公示。", "middle"),
        ("西干渠管理段", "段长", "上官立", "接受用水大户宴请", "外部环境类", "中",
         "开展警示教育,公开监督电话。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年4月", None)
    return _layout(
        "irrigation_office_sections", "http://yaoan.gov.cn/info/2033/324164.htm",
        "县灌区管理所 岗位廉政风险防控一览表 after the source's notice on 县属工程 农业灌溉用水 水费收缴 (水量核定, 输水损失, "
        "村委会收缴, 专户存储): 序号/``所室/管理段`` merged (财务室, 东干渠管理段, 西干渠管理段)/岗位 and 责任人 merged "
        "per person/风险点/风险类型 written ``思想道德类``, ``制度机制类``…/风险等级 高/中/低/防控措施; 单位负责人/填表人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def security_company_stacked_cards() -> dict:
    unit = "XX县保安服务有限公司"
    sh = _Sheet("登记卡", [6, 34, 12, 10, 36])
    t = _Truth(unit)
    cards = [
        ("项立华", "押运大队", "大队长", "middle", [
            ("押运线路、时间泄露", "岗位职责", "高", "押运线路每日随机确定,出车前才告知。"),
            ("枪支弹药领用登记不全", "制度机制", "中", "枪弹领用双人登记,交接当面清点。"),
        ]),
        ("柴玉梅", "保安派遣部", "派遣专员", "general", [
            ("派遣保安员人数虚报,多收服务费", "业务流程", "高", "派遣名单与客户单位按月核对签字。"),
            ("保安员招录收取好处", "思想道德", "中", "招录条件和结果公示,体检政审集中进行。"),
        ]),
        ("戚国栋", "综合部", "会计", "general", [
            ("服务费收入不及时入账", "岗位职责", "中", "服务费经对公账户收取,每月对账。"),
            ("保安员工资、社保代扣代缴不实", "业务流程", "低", "工资表经部门经理、分管领导审签,社保按月申报。"),
        ]),
    ]  # fmt: skip
    for k, (who, dept, post, tier, points) in enumerate(cards):
        if k:
            sh.add()
        _line(sh, f"{unit}岗位廉政风险登记卡", 5)
        sh.add("姓名", who, "部门", dept, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("岗位", post, "填卡日期", "2024年3月", None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签字:", None, "部门负责人签字:", None, None)
    return _layout(
        "security_company_stacked_cards", "http://zqzab.com/news_content-688724.html",
        "县保安服务有限公司 岗位廉政风险登记卡 after the source's account of a 保安公司's work (大型活动安保, 出入口票检, "
        "监控中心值守, 押运): THREE cards stacked on one sheet, a blank row between them, each with its own title, holder "
        "block ``姓名 | 项立华 | 部门 | 押运大队`` over ``岗位 | 大队长 | 填卡日期 | 2024年3月``, header 序号/风险点/风险类型/"
        "风险等级/防控措施 and a ``持卡人签字: | 部门负责人签字:`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bus_station_keshi_in_titles(),
    salt_company_grades(),
    sewage_company_posts(),
    rescue_center_post_tabs(),
    sanitation_company_group_rows(),
    cemetery_office_no_keshi(),
    irrigation_office_sections(),
    security_company_stacked_cards(),
]

RESAVED = (
    "salt_company_grades",
    "sewage_company_posts",
    "rescue_center_post_tabs",
    "cemetery_office_no_keshi",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b84_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch84-inbox"))
