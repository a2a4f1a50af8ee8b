"""A seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of three bodies no earlier batch drew on (a 县植保植检站 with its 植物检疫股, 测报股 and 综合股; a
县杉坪镇人民政府 with its 安监办, 综合文化站 and 民政办; a 省梅林监狱 with its 三监区 and 刑罚执行科) hand back
the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``)
or their own office's 防控卡 / 自查表: three files per unit, two workbooks with a sheet per person,
ordinary filling habits. Eight are EVERYDAY:

- the 植保植检站 head's 附件2, 职务 ``党支部书记、站长`` (both posts, as heads write them), 岗位风险等级
  ``A级``, 一级/二级/三级, types …风险, two 分管工作 groups and a “三重一大” row numbered on;
- the 站's 植物检疫股 附件3 by its 股长: 工作流程 steps numbered with circled digits (``①受理申请``), a
  ``备注`` column the 股长 added at the right saying ``新增`` on the rows new this year, 高/中/低;
- the 站's workbook of two 附件4 on tabs named for the POST (``测报员``, ``出纳``), not the person, the
  ``姓名`` filled on each; 所在科室及职务 ``测报股  测报员`` (two spaces) and ``综合股出纳`` (run together);
- the 镇's 安监办 附件3 by its 主任, the 科室 field typed with the town's short name in front
  (``杉坪镇安监办``), ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``;
- the 镇's 综合文化站 站长's own 岗位廉政风险防控卡: ``持卡人 | … | 性别 | 女 | 出生年月 | 1983.07`` over
  ``所在单位 | 杉坪镇人民政府 | 所在站所 | 综合文化站 | 职务 | 站长``, a 岗位职责 paragraph, short types;
- the 监狱's 副监狱长's 附件2 whose 分管工作 cells hold only the NAMES of the 科 he oversees
  (``刑罚执行科``, ``狱政管理科``, ``生活卫生科``), merged over each group, ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``;
- the 三监区 监区长's own 岗位廉政风险防控卡: ``姓名 | … | 警号 | 3205116 | 职务 | 监区长`` over
  ``所在监区 | 三监区 | 岗位风险等级 | 高 | 填卡日期 | …`` (a prison's own label, ``所在监区``), the 警号 a
  NUMBER, and a trailing ``监督责任人`` merged down naming the 副监狱长;
- the 刑罚执行科 workbook of two 附件4 on tabs named for the person, the 职务 a police rank run together
  with the 科 (``刑罚执行科一级警长``) on one and ``刑罚执行科 科员`` on the other.

One is harder:

- ``shanping_civil_affairs_fields_in_one_cell``: the 镇 民政办 民政专干's 个人岗位廉政风险自查表 made from a
  Word form, whose fields all stand in ONE cell merged across the page, one per line (``姓　　名：符丽萍⏎
  所在办（站、所）：民政办⏎职　　务：民政专干⏎填表日期：2024年6月``), above 序号/风险点/风险类型/风险等级/
  防控措施.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 县植保站's 统防统治 and its 防控指挥部 and 社会化服务资金; the rules for
植物检疫证书 and 调运检疫; a 县植保植检中心's 测报 and 检疫 of 种子经销店; a 镇安监办 made a 股级 office with a
巡查队 and 专项经费; a 乡's 综合文化站 and its 农家书屋 补充更新; a 镇民政办's duties — 低保, 救灾, 优抚;
a 减刑 case that reached a 监狱's leaders; a survey of 押犯监区 民警; the rules for 计分考核 of 罪犯) and
the layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch78`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b78_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own form follows the post (a 乡镇's 站长 and a 监区长 middle, a 民政专干 general);
- a 乡镇's own 安监办, 综合文化站 and 民政办 are 科室 of the 乡镇 (batches 4, 35, 38, 51, 55, 63, 65, 72);
- ``党支部书记、站长`` is the post as written, both parts;
- a 科室 field ``杉坪镇安监办`` names the 科室 安监办 (the town's short name in front names the unit);
- a 监狱's 监区 is its 科室; ``所在监区`` is the 科室 field; a ``警号`` field names nothing;
- a 附件2's 分管工作 cells holding only 科 names are what he oversees, not his 科室 (he has none);
- ``刑罚执行科一级警长`` is the 科 刑罚执行科 and the post 一级警长 (a rank written for the post);
- tabs named for the post (``测报员``) name no holder: the ``姓名`` cell does;
- a ``备注`` column saying ``新增`` is no point and no type; circled step numbers are no points;
- fields written one per line in one cell name the holder, the 科室 and the post as fields do;
- ``监督责任人`` watches the card, it holds none; ``性别``/``出生年月`` fields name nothing.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch66 import (
    HEAD,
    LEADER_HEAD,
    NOTE_COUNTY,
    NOTE_GENERAL,
    TITLE,
    _leader_groups,
    _leader_reviews,
    _line,
    _official_rows,
    _reviews,
    _top,
)
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b78_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
NOTE_PRISON = "注:此表一式三份,于6月底前报监狱纪委。"
REMARK_HEAD = (*HEAD, "备注")
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
WARD_HEAD = ("序号", "风险点", "风险类别", "风险等级", "防控措施", "监督责任人")
SELFCHECK_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
PLANT = "XX县植保植检站"
TOWN = "XX县杉坪镇人民政府"
PRISON = "XX省梅林监狱"


# --------------------------------------------------------------------------- harder layout


def shanping_civil_affairs_fields_in_one_cell() -> dict:
    unit = TOWN
    who, dept, post = "符丽萍", "民政办", "民政专干"
    sh = _Sheet("自查表", [6, 36, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}干部个人岗位廉政风险自查表", 5)
    r = _line(
        sh,
        f"姓　　名：{who}\n所在办（站、所）：{dept}\n职　　务：{post}\n填表日期：2024年6月",
        5,
    )
    sh.add(*SELFCHECK_HEAD)
    rows = [
        ("低保入户调查走过场,照村里报来的名单上报", "岗位职责风险", "高",
         "入户调查两人以上,调查表由申请人签字并拍照存档。"),
        ("为亲友违规纳入低保、特困供养", "思想道德风险", "高", "本人及近亲属相关事项主动回避,名单在村务公开栏公示。"),
        ("临时救助资金发放不及时或截留", "制度机制风险", "中", "救助资金通过惠民惠农一卡通发放到户,每季度对账。"),
        ("优抚对象抚恤金名单更新不及时,死亡人员继续领取", "业务流程风险", "中",
         "每月比对殡葬火化信息,发现死亡人员当月停发。"),
        ("救灾物资分配不公开,优亲厚友", "外部环境风险", "低", "救灾物资分配方案经村民代表评议并公示。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "办负责人签字:", None, None)
    assert r == 1
    return _layout(
        "shanping_civil_affairs_fields_in_one_cell",
        "https://djylwh.com.cn/art/2023/6/30/art_135417_3759572.html",
        "(harder) 县 杉坪镇 民政办 民政专干's 个人岗位廉政风险自查表 (one file, tab ``自查表``) after the source's account of "
        "a 镇民政办公室's duties (社会救助, 救灾款物 分配发放, 优抚对象 抚恤金, 最低生活保障 申报发放, 应保尽保、应退尽退): "
        "made from a WORD form — the title naming the 镇人民政府, then ALL the fields in ONE cell merged across A2:E2, one "
        "per line: ``姓　　名：符丽萍⏎所在办（站、所）：民政办⏎职　　务：民政专干⏎填表日期：2024年6月``; then 序号/"
        "风险点/风险类型 …风险/风险等级 高/中/低/防控措施; an unsigned 本人/办负责人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县植保植检站


def plant_station_head_two_posts() -> dict:
    unit = PLANT
    who, post = "邝立群", "党支部书记、站长"
    sh = _Sheet("附件2", [6, 18, 36, 14, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "A级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持站全面工作\n分管综合股、财务", [
            ("站务会研究事项会前个人定调,集体决策走过场", "制度机制风险", "一级",
             "重大事项提前发放议题,站务会逐人表态并记录在案。"),
            ("大额经费支出不经站务会研究即签批", "制度机制风险", "一级", "三万元以上支出一律上会研究,凭会议纪要支付。"),
            ("职称推荐、评先评优中优亲厚友", "思想道德风险", "二级", "推荐人选经民主测评,结果在站内公示。"),
        ]),
        ("分管植物检疫股、防治股", [
            ("对检疫股违规签发调运检疫证书监管失察", "岗位职责风险", "二级", "每季度抽查检疫证书存根和现场查验记录。"),
            ("统防统治服务组织确定时打招呼、定对象", "外部环境风险", "一级",
             "服务组织公开遴选,结果公示并报县农业农村局备案。"),
            ("接受农药经营户、防治组织宴请和礼品", "外部环境风险", "三级", "不单独与经营户接触,礼品拒收登记。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ORDINAL)
    _line(sh, "“三重一大”方面")
    point = "病虫害监测点建设项目安排未经集体研究"
    sh.add(n + 1, "重大项目安排", point, "制度机制风险", "一级",
           "项目安排经站务会研究后报县农业农村局审定,结果公开。")  # fmt: skip
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "plant_station_head_two_posts", "http://theworldseeds.cn/index.php?p=77780",
        "县植保植检站 head's 附件2 (tab ``附件2``) after the source's account of a 县植保站's 中晚稻 病虫害 work (监测预警, "
        "防控指挥部 文件, 统防统治 and 专业化防治, 社会化服务资金 for 防治组织): 姓名/职务 typed ``党支部书记、站长`` (both "
        "posts)/岗位风险等级 ``A级``; 分管工作 merged over two groups (the first one cell of two lines), 一级/二级/三级, "
        "types …风险; a “三重一大”方面 line over one row numbered on (7); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def plant_quarantine_circled_steps_remarks() -> dict:
    unit = PLANT
    who, dept = "岑国栋", "植物检疫股"
    sh = _Sheet("附件3", [20, 14, 34, 12, 8, 32, 8])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, TITLE["middle"], 7)
    _line(sh, f"单位(盖章):{unit}", 7)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "高", None)
    sh.add(*REMARK_HEAD)
    rows = [
        ("负责农业植物调运检疫", "①受理申请", "调运检疫申请材料不全即受理,事后补材料", "制度机制", "中",
         "实行一次性告知,材料不全不予受理。", None),
        (None, "②现场查验", "不到现场查验即签发调运检疫证书", "岗位职责", "高",
         "现场查验两人以上,查验照片上传植物检疫信息系统。", None),
        (None, "③签发证书", "为未经检疫或检疫不合格的种苗签发证书", "岗位职责", "高",
         "证书审核、签发分离,证书存根按月核对。", None),
        ("负责种子种苗产地检疫", "①田间调查", "产地检疫田间调查次数不足,检疫记录事后补记", "业务流程", "中",
         "调查记录带时间定位,股长随机抽查。", "新增"),
        (None, "②出具合格证", "收受制种企业好处,出具产地检疫合格证", "思想道德", "高",
         "合格证出具经股内集体审核,发放登记。", None),
        ("负责检疫除害处理和违规调运查处", "①除害处理", "指定关系单位承担消毒除害处理", "外部环境", "低",
         "除害处理单位由托运人自主选择,股内不推荐。", "新增"),
        (None, "②案件查处", "对违规调运行为降格处理", "制度机制", "中", "处理决定集体研究,案件卷宗存档备查。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures, remark in rows:
        sh.add(duty, flow, point, kind, level, measures, remark)
        t.point(sh.name, dept, "", who, "middle", point, types_in(kind), HML[level])
    r = first
    while r < len(sh.rows):
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][0] is None:
            e += 1
        if e > r:
            sh.merge(r, 0, e, 0)
        r = e + 1
    for label in ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"):
        r = sh.add(label, None, None, None, None, "年  月  日", None)
        sh.merge(r, 1, r, 4)
        sh.merge(r, 5, r, 6)
    _line(sh, NOTE_COUNTY, 7)
    return _layout(
        "plant_quarantine_circled_steps_remarks", "http://zbzjz.km.org.cn/c/2014-10-29/3043751.shtml",
        "县植保植检站 植物检疫股 附件3 (tab ``附件3``) by its 股长 after the source's rules for 植物检疫证书 (必须检疫的植物 "
        "and 植物产品, 检疫对象, 指定地点 消毒处理 at the 托运人's cost, 证书格式, 调运): 科室/负责人/岗位风险等级 ``高``; "
        "岗位职责 merged over three duties, 工作流程 steps numbered with CIRCLED digits (``①受理申请``, ``②现场查验``, "
        "``③签发证书``), types without 风险, 高/中/低, and a ``备注`` column the 股长 added at the right, ``新增`` on two "
        "rows; review boxes empty (date merged over two columns), 注",
        [sh], t,
    )  # fmt: skip


def plant_staff_tabs_named_for_post() -> dict:
    unit = PLANT
    t = _Truth(unit)
    people = [
        ("测报员", "蒙晓峰", "测报股", "测报股  测报员", "B级", [
            ("负责病虫害系统调查和测报", "田间调查", "不按规定下田调查,凭经验编报虫情数据", "岗位职责风险", "中",
             "调查记录附田间照片,数据与系统监测点比对。"),
            (None, "情报发布", "病虫情报发布前向农药经营户透露防治用药信息", "思想道德风险", "高",
             "情报经站长审签后统一发布,发布前保密。"),
            ("负责测报灯、性诱设备管理", "设备维护", "测报设备维护费用虚报冒领", "制度机制风险", "低",
             "维护凭工单和照片报销,年底盘点。"),
            (None, "设备采购", "测报设备采购指定品牌", "外部环境风险", "中", "设备采购按政府采购程序,技术参数集体确定。"),
        ]),
        ("出纳", "覃雪梅", "综合股", "综合股出纳", "B级", [
            ("负责现金和银行存款管理", "现金收付", "坐支现金、公款私存", "制度机制风险", "高", "现金日清月结,站长每月抽盘。"),
            (None, "银行对账", "银行对账不及时,掩盖资金挪用", "岗位职责风险", "中", "每月编制余额调节表,会计复核。"),
            ("负责项目补助资金发放", "补助发放", "统防统治补助资金发放名单与验收面积不符", "业务流程风险", "高",
             "补助按验收面积发放,名单公示七天。"),
            (None, "票据保管", "空白票据领用不登记", "制度机制风险", "低", "空白票据领用登记,按号核销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, typed, grade, rows in people:
        sh = _Sheet(tab, [20, 12, 34, 14, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", typed, "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, tab, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "plant_staff_tabs_named_for_post",
        "http://www.hnppi.cn/web/hnzbzj/9802/9858/content_304350.html",
        "县植保植检站 workbook of two 附件4 after the source's account of a 县植保植检中心's spring work (测报人员 in the "
        "fields for 病虫基数, 检疫 of 种子经销店 and 农贸市场 — 产地检疫、调运检疫, 统防统治 宣传): ONE SHEET PER PERSON, tabs "
        "named for the POST (``测报员``, ``出纳``), the ``姓名`` filled on each (``蒙晓峰``, ``覃雪梅``); 所在科室及职务 typed "
        "``测报股  测报员`` (two spaces) on one and ``综合股出纳`` (run together) on the other; 岗位职责 merged, types "
        "…风险, 高/中/低; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县杉坪镇人民政府


def shanping_safety_office_short_town_name() -> dict:
    unit = TOWN
    who, dept = "鲁振宇", "安监办"
    sh = _Sheet("附件3", [22, 12, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", f"杉坪镇{dept}", "负责人", who, "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("负责辖区企业安全生产监督检查", "检查", "检查走过场,对企业安全隐患视而不见", "岗位职责风险", "Ⅰ级",
         "检查实行两人以上、按清单进行,检查记录由企业签字。"),
        (None, "整改复查", "收受企业好处,隐患未整改到位即销号", "思想道德风险", "Ⅰ级",
         "整改销号附整改前后照片,分管领导审核。"),
        (None, "处罚建议", "对违法行为降格提出处罚建议", "制度机制风险", "Ⅱ级",
         "处罚建议经镇安委会办公室集体研究后报县应急管理局。"),
        ("负责烟花爆竹零售点安全检查", "零售点检查", "为不具备条件的零售点出具安全检查合格意见", "外部环境风险", "Ⅱ级",
         "零售点检查结果在镇政务公开栏公示。"),
        ("负责安全生产专项经费和巡查队管理", "经费使用", "安全生产专项经费虚列支出", "制度机制风险", "Ⅱ级",
         "经费支出经镇财政所审核,年终公开。"),
        (None, "巡查队考勤", "巡查队员考勤不实,虚报巡查补贴", "业务流程风险", "Ⅲ级", "巡查轨迹APP记录,补贴按考勤发放。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "shanping_safety_office_short_town_name", "http://news.524400.com/html/news/20071207/7906.html",
        "县 杉坪镇 安监办 附件3 (tab ``附件3``) by its 主任 after the source's account of a 镇 made a 安全生产监管综合试点镇 "
        "(镇安监办 taken out of the 经济发展办 as a 股级 office, a 安全生产监察巡查队, 专项工作经费, 村 安全监督员): "
        "科室 typed with the TOWN's short name in front ``杉坪镇安监办``/负责人 ``鲁振宇``/岗位风险等级 ``A``; 岗位职责 "
        "merged, 工作流程 filled, types …风险, ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def shanping_culture_station_card() -> dict:
    unit = TOWN
    who, dept, post = "戚文秀", "综合文化站", "站长"
    sh = _Sheet("防控卡", [6, 36, 12, 12, 34, 12])
    t = _Truth(unit)
    _line(sh, "杉坪镇岗位廉政风险防控卡", 6)
    sh.add("持卡人", who, "性别", "女", "出生年月", "1983.07")
    sh.add("所在单位", "杉坪镇人民政府", "所在站所", dept, "职务", post)
    _line(
        sh,
        "岗位职责:主持综合文化站工作,负责文化站免费开放、群众文化活动组织、农家书屋管理和文化器材管理。",
        6,
    )
    sh.add(*CARD_HEAD, None)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    rows = [
        ("农家书屋出版物补充更新采购中收受回扣", "外部环境", "高", "出版物按县统一目录采购,验收登记到村。"),
        ("免费开放补助资金虚列活动支出", "制度机制", "高", "活动支出凭方案、签到表、照片报账,年终公示。"),
        ("文艺演出外请队伍选定不公开", "业务流程", "中", "外请队伍比选三家,结果报镇党政办备案。"),
        ("文化站功能室私自对外出租收费", "岗位职责", "中", "功能室免费开放,开放时间上墙公示。"),
        ("文化活动器材借出不登记,造成流失", "制度机制", "低", "器材借还登记,每半年盘点一次。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        r = sh.add(n, point, kind, level, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "分管领导签字:", None, "年  月  日", None)
    return _layout(
        "shanping_culture_station_card", "http://goodshops.com.cn/Jczwgk/show/3327044.html",
        "县 杉坪镇 综合文化站 站长's own 岗位廉政风险防控卡 (one file, tab ``防控卡``) after the source's notice of a 乡's "
        "综合文化站 免费开放 (功能室, 开放时间) and its 农家书屋 (建设资金, 出版物 补充更新 每村每年补助, 借阅登记): a title "
        "naming only the 镇, ``持卡人 | 戚文秀 | 性别 | 女 | 出生年月 | 1983.07`` over ``所在单位 | 杉坪镇人民政府 | 所在站所 | "
        "综合文化站 | 职务 | 站长``, a ``岗位职责:…`` line merged across; 序号/风险点/风险类型 (short)/风险等级 高/中/低/"
        "防控措施 merged over two columns; an unsigned 持卡人/分管领导 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 省梅林监狱


def prison_deputy_oversees_sections() -> dict:
    unit = PRISON
    who, post = "阎振国", "党委委员、副监狱长"
    sh = _Sheet("附件2", [6, 16, 36, 14, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("刑罚执行科", [
            ("对减刑、假释提请材料审核把关不严", "岗位职责风险", "Ⅰ级",
             "减刑假释案件提请前经监狱长办公会集体评审,狱内公示五个工作日。"),
            ("为罪犯亲属打招呼,干预计分考核和奖惩", "思想道德风险", "Ⅰ级", "严格执行干预司法活动记录报告制度。"),
        ]),
        ("狱政管理科", [
            ("罪犯离监探亲、特许离监审批不严", "制度机制风险", "Ⅱ级", "离监探亲条件公开,审批结果狱内公示。"),
            ("会见通信管理失察,违禁品流入监内", "岗位职责风险", "Ⅲ级", "会见全程录音录像,每月抽查回放。"),
        ]),
        ("生活卫生科", [
            ("罪犯超市商品采购定价不规范,收受供应商好处", "外部环境风险", "Ⅱ级",
             "商品公开招标采购,售价不高于当地市场价并公示。"),
            ("罪犯保外就医病情诊断把关不严", "业务流程风险", "Ⅰ级", "病情诊断在省局指定医院进行,纪检人员全程监督。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ROMAN)
    _line(sh, "“三重一大”方面")
    point = "监狱生产项目外协加工合同签订未经集体研究"
    sh.add(
        n + 1,
        "大额资金使用",
        point,
        "制度机制风险",
        "Ⅰ级",
        "外协合同经监狱党委会研究,法律顾问审核。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_PRISON)
    return _layout(
        "prison_deputy_oversees_sections", "https://ccnpub.com/index.php/wenzhangd-2-35203",
        "省梅林监狱 副监狱长's 附件2 (tab ``附件2``) after the source's study of a 违法违规减刑 case that reached a 省监狱 "
        "and its leaders (劳动改造积极分子 评选, 减刑, 暂予监外执行 (保外就医), 政委, 政法干警): 姓名/职务 ``党委委员、"
        "副监狱长``/岗位风险等级 ``Ⅰ级``; the 分管工作 cells hold only the NAMES of the 科 he oversees (``刑罚执行科``, "
        "``狱政管理科``, ``生活卫生科``), each merged over two rows; ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, types …风险; a “三重一大”方面 "
        "row numbered on (7); review boxes empty, a 注 naming the 监狱纪委",
        [sh], t,
    )  # fmt: skip


def prison_ward_chief_card_police_number() -> dict:
    unit = PRISON
    who, dept, post = "岳海峰", "三监区", "监区长"
    watcher = "阎振国"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("姓名", who, "警号", 3205116, "职务", post)
    sh.add("所在监区", dept, "岗位风险等级", "高", "填卡日期", "2024年6月")
    sh.add(*WARD_HEAD)
    rows = [
        ("罪犯计分考核加扣分不实,为特定罪犯多加分", "岗位职责", "高", "计分考核结果经监区民警集体评议,每月公示。"),
        ("减刑、假释提请材料把关不严,弄虚作假", "制度机制", "高", "提请材料经监区长办公会集体研究,逐人签字。"),
        ("罪犯劳动岗位调配收受好处,安排轻松岗位", "思想道德", "中", "劳动岗位调整集体研究,调整情况登记备查。"),
        ("为罪犯违规传递信件、物品", "外部环境", "中", "信件物品统一检查登记,民警不私下代传。"),
        ("监区罪犯伙食账目不清", "业务流程", "低", "伙食账目每月公布,罪犯伙委会参与监督。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, watcher if n == 1 else None)
        t.point(sh.name, dept, post, who, "middle", point, types_in(kind), HML[level])
    sh.merge(first, 5, len(sh.rows) - 1, 5)
    sh.add()
    sh.add("持卡人签字:", None, "监督责任人签字:", None, None, None)
    return _layout(
        "prison_ward_chief_card_police_number",
        "https://m.lg9.cn/gongwen/diaoyanbaogao/2023/0621/752001.html",
        "省梅林监狱 三监区 监区长's own 岗位廉政风险防控卡 (one file, tab ``Sheet1``) after the source's survey of the "
        "民警 of 押犯监区 (监区 the base of a 监狱's work, 用警模式, 新招录民警 sent to the 押犯监区 first, 机关 and 监区): a "
        "title naming the 监狱, ``姓名 | 岳海峰 | 警号 | 3205116 (a NUMBER) | 职务 | 监区长`` over ``所在监区 | 三监区 | "
        "岗位风险等级 | 高 | 填卡日期 | 2024年6月`` — the 科室 under the prison's own label ``所在监区``; 序号/风险点/风险类别 "
        "(short)/风险等级 高/中/低/防控措施/a trailing ``监督责任人`` merged down naming the 副监狱长 阎振国 (NOT the "
        "holder); an unsigned 持卡人/监督责任人 line",
        [sh], t,
    )  # fmt: skip


def prison_penalty_officers_rank_as_post() -> dict:
    unit = PRISON
    dept = "刑罚执行科"
    t = _Truth(unit)
    people = [
        ("滕志远", "一级警长", f"{dept}一级警长", "B级", [
            ("负责罪犯计分考核审核", "月度审核", "计分考核审核不认真,对监区报送的异常加分不核实", "岗位职责风险", "高",
             "异常加分逐项核实,审核意见留痕。"),
            (None, "考核档案", "擅自更改罪犯计分考核档案", "制度机制风险", "高", "考核档案系统留痕,修改须经科长审批。"),
            ("负责减刑假释材料报送", "材料报送", "报送前向罪犯亲属透露提请情况", "思想道德风险", "中",
             "提请信息在狱内公示前保密,接触罪犯亲属登记报告。"),
            (None, "法院联系", "受人请托向法院打听案情或说情", "外部环境风险", "低", "与法院联系由科里统一进行,记录在案。"),
        ]),
        ("甘丽娜", "科员", f"{dept} 科员", "C级", [
            ("负责罪犯档案管理", "档案调阅", "违规调阅、复制罪犯档案并外泄", "制度机制风险", "中", "档案调阅经科长批准并登记。"),
            (None, "档案整理", "罪犯奖惩材料归档不及时,事后补材料", "业务流程风险", "低", "奖惩材料审批后五日内归档。"),
            ("负责罪犯出监登记", "刑期核算", "刑满释放日期计算错误未复核", "岗位职责风险", "高", "刑期计算双人复核,系统校验。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, typed, grade, rows in people:
        sh = _Sheet(who, [20, 12, 34, 14, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", typed, "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_PRISON)
        sheets.append(sh)
    return _layout(
        "prison_penalty_officers_rank_as_post",
        "https://www.rui2000.com/zhuantifanwen/gongwenfanwen/162835.html",
        "省梅林监狱 刑罚执行科 workbook of two 附件4 after the source's study of the 监狱计分考核罪犯工作规定 in use (计分"
        "考核 part of 刑罚执行, 加扣分, 民警's understanding of the rules, 监狱 levels): ONE SHEET PER PERSON, tabs named "
        "for the person (``滕志远``, ``甘丽娜``); 所在科室及职务 typed with a police RANK for the post, run together "
        "``刑罚执行科一级警长`` on one and ``刑罚执行科 科员`` on the other; 岗位职责 merged, types …风险, 高/中/低; "
        "review boxes empty, a 注 naming the 监狱纪委",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shanping_civil_affairs_fields_in_one_cell(),
    plant_station_head_two_posts(),
    plant_quarantine_circled_steps_remarks(),
    plant_staff_tabs_named_for_post(),
    shanping_safety_office_short_town_name(),
    shanping_culture_station_card(),
    prison_deputy_oversees_sections(),
    prison_ward_chief_card_police_number(),
    prison_penalty_officers_rank_as_post(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch78-inbox"))
