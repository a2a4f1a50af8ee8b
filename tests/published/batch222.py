"""A two-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as bodies
no earlier batch used hand them back: a 区农业机械安全监理站's 防控卡, a 镇's 文化服务中心 自查表, the
区广播电视台's 附件3/附件4 登记表, a 区政府投资项目代建中心's 承诺书, a 区水文站's 防控卡, the 区档案馆's
附件2 登记表, the 区司法局's 司法所 自查表 and, harder, a 区人工影响天气办公室's 防控卡:

- a 农机监理站 防控卡 per sheet, the tabs named by the holder, ``持卡人 | … | 职务 | …`` and
  ``所在股室 | …`` pairs above a 序号/风险点/风险类型/风险等级/防控措施 table, 高/中/低;
- a 镇 文化服务中心 自查表 per sheet under ``附件2``, ``单位 | … | 科室 | … | 姓名 | … | 职务 | …`` in
  one row of pairs, no type column; the 镇's own 中心 is a 科室 of the 镇人民政府;
- the 广播电视台's ``附件3`` (中层岗位) and ``附件4`` (一般岗位) 登记表 as two sheets, 姓名/科室/职务
  merged down beside the points, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 代建中心 廉洁从业承诺书 per sheet: ``承诺人 | … | 部门 | … | 岗位 | …`` pairs, a table headed
  ``一、岗位廉政风险点及防控措施``, then ``二、承诺事项`` with numbered promises merged across and
  a 承诺人（签字） line — the promises are no points;
- a 水文站 防控卡 per sheet with a short ``风险点`` beside a long ``风险描述``, 一级/二级/三级, the
  ``岗位职责`` typed in a merged row above the table;
- the 档案馆's ``附件2`` 登记表 per sheet, ``岗位责任人 | … | 职务 | … | 所在科室 | …`` pairs;
- the 司法局's 自查表 per 司法所 person under a ``单位：名山区司法局砚湖司法所`` line (the 局 the
  unit, the 所 the 科室), ``风险类别`` short names, 高/中/低.

One is harder:

- ``weather_office_closing_line``: a 人影办's 防控卡 per sheet whose post stands only in the title
  (``名山区人工影响天气办公室作业指挥科科长岗位廉政风险防控卡``) and whose holder stands only in the
  closing line ``持卡人：牟峄松　　分管领导：充曦和　　2024年9月`` — the 分管领导 named beside him
  holds no card here.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (农机监理站's 登记, 年度检审, 驾驶证;
a 镇's 文化服务中心's 职责 (文化市场, 广播); a 乡镇广电站 站长's 述职; an 工程管理人员廉洁承诺书; a 县
水文站's 雨量、蓄水量、潮位; 档案现场查阅 (调取、使用、归还); 人工影响天气作业点; a 司法所 (人民调解,
社区矫正)) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 名山区 (towns 薜萝镇, 菰埠,
砚湖 of our own invention).

Run ``python tests/published/score.py --set batch222`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's 文化服务中心 is a 科室 of the 镇人民政府; the 司法局's 砚湖司法所 a 科室 of the 局;
- a 承诺书's numbered 承诺事项 under its risk table are no points;
- the 分管领导 named in a card's closing line holds no form; the 持卡人 there is the card's holder;
- a post with its 科室 in a card's title (``作业指挥科科长``) is that 科室 and post; one without
  (``弹药库管理员``) is kept as written with department "";
- the unit's own 站长 and 副馆长 are leaders; the 镇 中心's 主任, the 台's 转播站 站长, 部长, 科长, 股长
  and the 局's 司法所 所长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b222_"
PLACE = "名山区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def weather_office_closing_line() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    cards = [
        ("作业指挥科科长", "作业指挥科", "科长", "牟峄松", "middle", [
            ("作业弹药、火箭弹采购中指定供应商", "制度机制", "高",
             "弹药按上级统一招标目录采购,采购计划经办公室集体研究。"),
            ("作业点补助经费按作业次数虚报", "业务流程", "中", "作业次数以指挥系统记录为准,补助按月公示。"),
            ("作业人员培训考核走过场,为不合格人员发证", "岗位职责", "中",
             "考核成绩留档,持证名单报气象局备案。"),
        ]),
        ("弹药库管理员", "", "弹药库管理员", "蓟晚樵", "general", [
            ("弹药出入库登记不实,账物不符", "岗位职责", "高", "出入库双人登记,每月账实盘点并报科长。"),
            ("报废弹药私自处置", "思想道德", "低", "报废弹药集中登记,按规定统一销毁并留影像。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post_line, dept, post, who, tier, points in cards:
        sh = _Sheet(post_line, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}{post_line}岗位廉政风险防控卡", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        _line(sh, f"持卡人：{who}{GAP}{GAP}分管领导：充曦和{GAP}{GAP}2024年9月", 5)
        sheets.append(sh)
    return _layout(
        "weather_office_closing_line", "http://www.qxkp.net/hd/ywyd/202103/t20210301_2783297.html",
        "(harder) 区人工影响天气办公室 岗位廉政风险防控卡 per sheet, after the source's answer on how 人工影响天气作业点 "
        "are chosen (火箭、高炮作业点, 作业装备, 安全要求): each card's POST stands only in its title "
        "(``名山区人工影响天气办公室作业指挥科科长岗位廉政风险防控卡``, ``…弹药库管理员岗位…``) and its HOLDER only in the "
        "merged closing line ``持卡人：牟峄松　　分管领导：充曦和　　2024年9月`` (the 分管领导 holds no card); the tabs "
        "named by post; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; no 姓名 column, no pairs above",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def farm_machine_station_cards() -> dict:
    unit = f"{PLACE}农业机械安全监理站"
    t = _Truth(unit)
    cards = [
        ("戢岱川", "站长", "站领导", "leader", [
            ("拖拉机、联合收割机登记和检验设备采购不经集体研究", "制度机制", "高",
             "设备采购经站务会集体研究,按政府采购程序实施。"),
            ("违规批准为不符合条件的农机办理注册登记", "岗位职责", "中", "注册登记实行初审、复核两级审核,结果公开。"),
        ]),
        ("庹沐禾", "股长", "检验股", "middle", [
            ("年度检审不上线检测,为不合格农机出具合格结论", "岗位职责", "高",
             "检审全程拍照留存,检验报告股长复核签字。"),
            ("驾驶人考试中放宽标准,收受考生好处", "思想道德", "中", "考试全程录像,考官随机抽定。"),
        ]),
        ("佴晓野", "监理员", "执法股", "general", [
            ("田间检查中对无牌无证农机降格处理", "外部环境", "中", "检查两人以上,处理意见报股长审核。"),
            ("农机事故责任认定偏袒一方", "业务流程", "低", "事故认定书经股室集体研究后出具。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", post, None)
        sh.add("所在股室", dept, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签字:", None, None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "farm_machine_station_cards", "http://www.longt-net.com/youqi/101929.html",
        "区农业机械安全监理站 岗位廉政风险防控卡 per sheet, after the source's account of a 农机监理站 (拖拉机、联合收割机"
        "登记, 驾驶证核发, 年度检审, 事故责任认定, 安全监督执法): tabs named by the holder; ``持卡人 | 戢岱川 | 职务 | 站长`` "
        "then ``所在股室 | 站领导`` (value merged) above 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "``持卡人签字: | 分管领导签字:`` under it",
        sheets, t,
    )  # fmt: skip


def town_culture_center_selfcheck() -> dict:
    unit = f"{PLACE}薜萝镇人民政府"
    dept = "文化服务中心"
    t = _Truth(unit)
    people = [
        ("主任", "昝秋屿", "middle", [
            ("文化活动经费虚列支出,套取资金", "高", "活动经费凭方案、签到、照片报账,支出年度公开。"),
            ("文化市场检查中对违规经营者不予查处", "中", "检查两人同行,检查记录报镇分管领导。"),
            ("农家书屋图书采购不比价", "低", "图书采购三家比价,验收登记入账。"),
        ]),
        ("文化专干", "郜栎音", "general", [
            ("广播设备维修费用虚报", "中", "维修先报告后实施,维修单由主任审签。"),
            ("文体器材外借不登记,私自占用", "低", "器材借用登记,每季度清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 14, 30, 10, 32, 8, 10, 8])
        sh.add("附件2")
        _line(sh, "岗位廉政风险自查表", 8)
        sh.add("单位", unit, "科室", dept, "姓名", who, "职务", post)
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", None, None, None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 7)
        duty = "负责文化服务中心日常工作" if post == "主任" else "负责广播、文体器材和农家书屋管理"
        first = len(sh.rows)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, duty if n == 1 else None, point, lv, measures, None, None, None)
            sh.merge(r, 4, r, 7)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
        sh.add("本人签字:", None, None, None, "2024年10月", None, None, None)
        sheets.append(sh)
    return _layout(
        "town_culture_center_selfcheck", "https://m.3dmxku.com/daquan/zonghe/12999256.html",
        "镇 文化服务中心 岗位廉政风险自查表 per sheet, after the source's list of a 镇's 文化服务中心's 职责 (群众性文化体育"
        "活动, 图书阅览, 文化市场监管, 新闻广播): ``附件2``, the title, then one row of pairs ``单位 | 名山区薜萝镇人民政府 | "
        "科室 | 文化服务中心 | 姓名 | … | 职务 | …``; 序号/岗位职责 (merged down)/风险点/风险等级 高/中/低/防控措施 (merged "
        "across four columns); no type column; 本人签字/date; the 镇's own 中心 a 科室 of the 镇",
        sheets, t,
    )  # fmt: skip


def broadcast_station_annex_sheets() -> dict:
    unit = f"{PLACE}广播电视台"
    dept = "菰埠转播站"
    t = _Truth(unit)
    forms = [
        ("附件3", "中层岗位", "站长", "揭朔原", "middle", [
            ("转播设备更新采购中收受供应商好处", "思想道德风险", "Ⅰ级", "设备采购报台务会研究,按规定比价。"),
            ("值班补助虚报冒领", "制度机制风险", "Ⅱ级", "值班记录与播出日志比对,补助按月公示。"),
            ("发射塔租赁收入不入账", "业务流程风险", "Ⅰ级", "租赁合同报台财务备案,收入统一入账。"),
        ]),
        ("附件4", "一般岗位", "技术员", "乜雨樵", "general", [
            ("维修配件以旧充新,虚报数量", "岗位职责风险", "Ⅱ级", "配件领用登记,旧件交回核销。"),
            ("为用户安装有线信号私收费用", "外部环境风险", "Ⅲ级", "收费项目公示,安装工单用户签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, kind, post, who, tier, points in forms:
        sh = _Sheet(tab, [9, 12, 9, 32, 14, 8, 32])
        sh.add(tab)
        _line(sh, f"{unit}{kind}廉政风险登记表", 7)
        r = sh.add(f"填报单位：{unit}", None, None, None, "填报日期：2024年10月", None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 6)
        sh.add("姓名", "科室", "职务", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for k, (point, typ, lv, measures) in enumerate(points):
            if k:
                sh.add(None, None, None, point, typ, lv, measures)
            else:
                sh.add(who, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        for c in range(3):
            sh.merge(first, c, len(sh.rows) - 1, c)
        sh.add("单位负责人:", None, None, "填表人:", None, None, None)
        sheets.append(sh)
    return _layout(
        "broadcast_station_annex_sheets", "https://www.hkyyi.com/html/jie-mi-guang-dian-xiang-zhen-zhan-zhan-zhang-shu-zhi-bao-gao-zhong-de-mu-hou-gu-shi-yu-tiao-zhan.html",
        "区广播电视台 廉政风险登记表 after the source's account of a 广电乡镇站 站长's 述职 (节目播出, 设备维护, 技术支持): two "
        "sheets ``附件3`` (中层岗位廉政风险登记表, the 站长) and ``附件4`` (一般岗位…, the 技术员), each with ``附件N`` above the "
        "title and ``填报单位：… | 填报日期：…``; 姓名/科室/职务 MERGED DOWN beside 风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 单位负责人/填表人 under it",
        sheets, t,
    )  # fmt: skip


def project_agent_pledge() -> dict:
    unit = f"{PLACE}政府投资项目代建中心"
    t = _Truth(unit)
    pledges = [
        ("工程部", "苌稷山", "工程部", "部长", "middle", [
            ("代建项目设计变更审核不严,为施工单位增加工程量", "高", "设计变更经设计、监理、代建三方签认,重大变更集体研究。"),
            ("隐蔽工程验收不到场,签字放行", "中", "隐蔽工程验收留存影像,部长到场签字。"),
            ("接受施工单位宴请和礼品", "中", "廉洁告知书随合同送达施工单位,举报电话公开。"),
        ]),
        ("财务部", "郯若芷", "财务部", "会计", "general", [
            ("工程款支付不按合同进度审核", "高", "支付凭进度确认单,会计、部长、分管主任三级审签。"),
            ("代建管理费核算不准,多提少提", "低", "管理费按批复标准计提,年终审计。"),
        ]),
    ]  # fmt: skip
    promises = [
        "1.不利用职务之便为亲友承揽工程、推销材料。",
        "2.不接受施工、监理单位的宴请、礼金和有价证券。",
        "3.不在施工、监理单位报销任何应由个人支付的费用。",
    ]
    sheets = []
    for tab, who, dept, post, tier, points in pledges:
        sh = _Sheet(f"承诺书（{tab}）", [8, 14, 10, 14, 10, 30])
        _line(sh, f"{unit}廉洁从业承诺书", 6)
        sh.add("承诺人", who, "部门", dept, "岗位", post)
        _line(sh, "一、岗位廉政风险点及防控措施", 6)
        sh.add("序号", "风险点", None, None, "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, None, lv, measures)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, "二、承诺事项", 6)
        for text in promises:
            _line(sh, text, 6)
        sh.add("承诺人（签字）:", None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "project_agent_pledge", "https://lanyancloud.com/news/2002152101228208128",
        "区政府投资项目代建中心 廉洁从业承诺书 per sheet, after the source's account of an 工程管理人员廉洁承诺书 (承诺人基本"
        "信息, 禁止行为清单: 礼品礼金, 违规招投标, 利益输送; 签署): a row of pairs ``承诺人 | 苌稷山 | 部门 | 工程部 | 岗位 | "
        "部长``, a merged line ``一、岗位廉政风险点及防控措施`` over 序号/风险点 (merged over three columns)/风险等级 高/中/低/"
        "防控措施, then ``二、承诺事项`` and three numbered promises merged across (no points), then ``承诺人（签字）: | "
        "年　月　日``; no type column; tabs ``承诺书（工程部）``, ``承诺书（财务部）``",
        sheets, t,
    )  # fmt: skip


def hydrology_station_cards() -> dict:
    unit = f"{PLACE}水文站"
    t = _Truth(unit)
    cards = [
        ("站长", "隽泊舟", "站领导", "leader", "主持全站工作,负责水文测报、经费和设施建设", [
            ("设施建设定标", "水文测报设施建设项目不经集体研究确定施工单位", "一级",
             "项目按规定招标,站务会集体研究并留存纪要。"),
            ("专项经费", "水文测报专项经费挤占挪用", "一级", "专项经费专款专用,支出年度公开。"),
            ("资料提供", "为涉水案件当事人违规提供或更改水文资料", "二级", "资料提供须站长审批,提供记录存档。"),
        ]),
        ("测报员", "谯汀兰", "水情科", "general", "负责雨量、水位、流量观测和报汛", [
            ("观测补贴", "观测次数虚报,冒领观测补贴", "二级", "观测数据以遥测系统为准,补贴按月核对。"),
            ("报汛数据", "受人请托修改水位、流量数据", "三级", "原始记录不得涂改,数据双人校核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in cards:
        sh = _Sheet(post, [6, 14, 34, 8, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("科室", dept, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("岗位职责", duty, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险描述", "风险等级", "防控措施")
        for n, (short, desc, lv, measures) in enumerate(points, 1):
            sh.add(n, short, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, short, [], GRADES[lv])
        sh.add("持卡人:", None, "审核人:", None, None)
        sheets.append(sh)
    return _layout(
        "hydrology_station_cards", "https://daowen.com/lilun/1040321.html",
        "区水文站 廉政风险防控卡 per sheet, after the source's account of a 县水文站's work (检测降雨量, 测算蓄水量, 潮位, "
        "水情报文, 水文资料): tabs named by post; ``姓名 | … | 职务 | …``, ``科室 | …`` and ``岗位职责 | …`` (merged) above "
        "序号/a short 风险点/a long 风险描述/风险等级 一级/二级/三级/防控措施; no type column; 持卡人/审核人 under it",
        sheets, t,
    )  # fmt: skip


def archives_annex_register() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    forms = [
        ("晁蕴箴", "副馆长", "馆领导", "leader", [
            ("档案数字化外包项目确定承接单位不公开", "制度机制风险", "高", "外包项目按规定采购,结果公示。"),
            ("为关系人违规开放未到期档案", "岗位职责风险", "中", "开放鉴定经鉴定小组集体研究。"),
        ]),
        ("索岚霁", "科员", "利用服务科", "general", [
            ("查阅登记不全,为无权限人员调取档案", "业务流程风险", "中", "查阅凭证件和审批单,调取登记双人核对。"),
            ("出具档案证明收取好处", "思想道德风险", "低", "证明出具免费,出具记录存档备查。"),
            ("归还清点不细,档案缺页不报", "岗位职责风险", "低", "归还时逐页清点,查阅人签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in forms:
        sh = _Sheet(post, [6, 34, 14, 10, 34])
        sh.add("附件2")
        _line(sh, f"{unit}岗位廉政风险登记表", 5)
        sh.add("岗位责任人", who, "职务", post, None)
        sh.add("所在科室", dept, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("科室负责人审核:", None, "馆领导审核:", None, None)
        sheets.append(sh)
    return _layout(
        "archives_annex_register", "http://www.jiezhimei.cn/article/683.html",
        "区档案馆 岗位廉政风险登记表 per sheet under ``附件2``, after the source's account of 档案现场查阅 (申请审核, 信息"
        "核对, 档案调取, 使用监督, 归还清点): tabs named by post; ``岗位责任人 | … | 职务 | …`` and ``所在科室 | …`` "
        "above 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row, then 科室负责人审核/馆领导审核",
        sheets, t,
    )  # fmt: skip


def justice_office_selfcheck() -> dict:
    unit = f"{PLACE}司法局"
    dept = "砚湖司法所"
    t = _Truth(unit)
    people = [
        ("所长", "琴仲溪", "middle", [
            ("社区矫正对象请假审批把关不严", "岗位职责", "高", "请假审批报局社区矫正科备案,外出情况定位核查。"),
            ("人民调解案件补贴虚报", "制度机制", "中", "补贴凭调解协议和回访记录发放,按季公示。"),
        ]),
        ("专职人民调解员", "亢苡岑", "general", [
            ("调解中偏袒一方,收受当事人财物", "思想道德", "中", "调解两人以上参加,调解结果当事人签字。"),
            ("法律援助申请材料代为弄虚作假", "业务流程", "低", "申请材料由所长审核后报局法律援助中心。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 34, 12, 10, 34])
        _line(sh, "岗位廉政风险点自查表", 5)
        r = sh.add(f"单位：{unit}{dept}", None, None, "填报时间：2024年11月", None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 4)
        sh.add("姓名", who, "职务", post, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字:", None, None, "所长审核:", None)
        sheets.append(sh)
    return _layout(
        "justice_office_selfcheck", "http://www.handmsg.com/page/2019/0301/13326529.shtml",
        "区司法局 司法所 岗位廉政风险点自查表 per sheet, after the source's days in a 司法局's 城北司法所 (所长, 人民调解, "
        "社区调委会, 社区矫正): the title, then ``单位：名山区司法局砚湖司法所 | 填报时间：2024年11月`` (the 局 the unit, "
        "the 所 the 科室), ``姓名 | … | 职务 | …``, then 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; "
        "本人签字/所长审核 under it; tabs named by post",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weather_office_closing_line(),
    farm_machine_station_cards(),
    town_culture_center_selfcheck(),
    broadcast_station_annex_sheets(),
    project_agent_pledge(),
    hydrology_station_cards(),
    archives_annex_register(),
    justice_office_selfcheck(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies this time


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch222-inbox"))
