"""A hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom or
never used before — a 县种子管理站, a 县泵站管理所, a 县土地整治中心, the 城市管理局's 路灯管理所, a 县房屋
征收与补偿服务中心, the 政协's 机关, a 镇 and its 站所, a 县体育场馆管理中心 and a 县军队离休退休干部休养所
— each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it
(no re-saves this time):

- a 种子管理站 一览表 under ``填报单位（盖章）：… | 填报日期：…``: 股室 merged, 岗位/姓名/岗位职责 merged
  per person, short types, 高/中/低; its 副站长 also heads a 股 and is written so in one cell:
  ``副站长兼质量检验股股长``;
- a 泵站管理所 排查表 of THREE sheets, one per 泵站 (``城北泵站``, ``新塘泵站``, ``盐铁泵站``), the
  泵站 named only in the tab and in the title after the 所 (``太仓县泵站管理所城北泵站岗位廉政风险排查
  表``); 一级/二级/三级, a ``备注`` column, no type column;
- a 土地整治中心 清单 对岗不对人 (``附件1``): 科室 and 岗位 merged, ``职责任务``, ``…风险`` types, and a
  ``责任领导`` column of two leaders' names, each over several 科室;
- a 路灯管理所 排查表 whose title names only the 所, the 单位 line naming the 局 and its 所
  (``单位：太仓县城市管理局路灯管理所``); a short ``风险点`` beside a long ``风险表现``; among the posts a
  班's head written whole, ``维修班班长``;
- a 房屋征收与补偿服务中心 一览表 whose 风险点 are numbered afresh for each holder with circled
  numbers (``①入户调查登记时…``, ``②…``), levels ``一级风险/二级风险/三级风险``;
- the 政协's 机关 一览表 with NO 科室 column: merged section rows ``一、机关领导``, ``二、办公室``,
  ``三、提案和委员联络委员会``, ``四、文化文史和学习委员会`` give the 科室 of the rows under them;
- a 镇's 站所 排查表 (交通管理站 with its 渡口, 农村经济经营管理站, 财政所, 水务站) in which one man
  heads two 站所 (农经站 站长 and 财政所 所长) and is written under each;
- a 体育场馆管理中心's personal 自查表, one sheet per person: ``姓名 | … | 性别 | … | 出生年月 | 1985.07``
  and ``所在部门 | … | 职务 | … | 政治面貌 | …`` above a section ``一、岗位职责`` of numbered duty
  rows (no risks) and only then ``二、廉政风险点及防控措施`` with the table.

One is harder:

- ``rest_home_twin_cards``: the 军休所's 防控卡 printed TWO TO A SHEET, SIDE BY SIDE (columns A–D
  and F–I, column E blank), each card with its own title, ``姓名 | … | 职务 | …`` and
  ``所在科室 | …`` rows, its own ``序号 | 风险点 | 风险等级 | 防控措施`` header and a ``持卡人签字：``
  line; two sheets, four cards.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县种子管理站's year of 种子执法;
a 区's 泵站运行管理办法; a province's 土地整治工程廉政风险防控暂行办法; who runs a city's 路灯 (城市照明
管理处, 路灯管理所); 国有土地上房屋征收评估办法; a 市政协机关's 清廉机关 (专委会, 文史出版专项资金); a 镇's
渡口 rules (签单发航, 渡船, 渡工); a 体育场馆对外开放管理制度; 干休所卫生事业费) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented; every unit is a body of 太仓县 (the 镇 is 苇泾镇, invented).

Run ``python tests/published/score.py --set batch128`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``副站长兼质量检验股股长`` in one 岗位 cell is one post, kept whole, of the 站领导;
- a sheet per 泵站 whose title names the 所 then the 泵站: the 所 is the unit, the 泵站 the 科室;
- ``维修班班长`` under the 路灯管理所 is kept as written (the 所 is the 科室, after the 局/所
  convention of batches 36 and 68);
- ``①…`` / ``②…`` are part of the 风险点 cell's text, kept whole;
- a section row ``三、提案和委员联络委员会`` names a 科室 of the 政协's 机关 (a 专门委员会), not a unit;
- one holder written under two 站所 holds two posts: two forms;
- the duty rows under ``一、岗位职责`` are no points;
- 站长/副站长 of a county 站, 所长/副所长 of a county 所 (and of the 局's 路灯管理所), 主任/副主任 of a
  中心, the 政协's 秘书长/副秘书长 are leaders; 股长, 科长, 部长, a 泵站's 站长, the head of a 镇's
  站所, 办公室主任, a 委员会's 专职副主任 and a 班长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b128_"
PLACE = "太仓县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def rest_home_twin_cards() -> dict:
    unit = f"{PLACE}军队离休退休干部休养所"
    t = _Truth(unit)
    cards = [
        ("蹇临渊", "所长", "所领导", "leader", [
            ("休养所营区维修项目不经所务会研究,指定施工单位", "高",
             "维修项目经所务会集体研究,按规定比选施工单位并公示结果。"),
            ("军休干部文体活动经费使用审批把关不严", "中", "活动经费按计划列支,支出明细每季度在所内公开。"),
        ]),
        ("印素秋", "副所长", "所领导", "leader", [
            ("军休干部医疗费报销审核把关不严,超范围报销", "高",
             "医疗费报销实行经办、审核、所长审批三级把关,每半年审计一次。"),
            ("公务接待超标准、超范围", "低", "接待事前审批,费用凭接待清单报销。"),
        ]),
        ("厉松涛", "科长", "服务管理科", "middle", [
            ("军休干部生活补贴、节日慰问金发放不按名册", "中", "补贴、慰问金按名册转账发放,发放情况由军休干部签字确认。"),
            ("活动场所对外出租收入未入账", "高", "场所出租经所务会研究,租金全部缴入单位账户。"),
        ]),
        ("茆问樵", "医生", "医疗保健室", "general", [
            ("常备药品采购、领用管理混乱,账物不符", "中", "药品采购三家比价,领用登记,每月盘点。"),
            ("为他人开具虚假医疗费票据和证明", "高", "处方、票据专人管理,医疗证明经所长审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for s, pair in enumerate((cards[:2], cards[2:]), 1):
        sh = _Sheet(f"Sheet{s}", [6, 30, 9, 32, 3, 6, 30, 9, 32])
        height = max(len(card[4]) for card in pair)
        width = 9
        block = [[None] * width for _ in range(6 + height)]
        merges = []
        for side, (who, post, dept, tier, points) in enumerate(pair):
            c = 5 * side
            block[0][c] = f"{unit}岗位廉政风险防控卡"
            merges.append((0, c, 0, c + 3))
            block[1][c : c + 4] = ["姓名", who, "职务", post]
            block[2][c : c + 2] = ["所在科室", dept]
            merges.append((2, c + 1, 2, c + 3))
            block[3][c : c + 4] = ["序号", "风险点", "风险等级", "防控措施"]
            for n, (point, lv, measures) in enumerate(points, 1):
                block[3 + n][c : c + 4] = [n, point, lv, measures]
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
            block[5 + height][c : c + 4] = ["持卡人签字：", None, "年  月  日", None]
        for row in block:
            sh.add(*row)
        for r0, c0, r1, c1 in merges:
            sh.merge(r0, c0, r1, c1)
        sheets.append(sh)
    return _layout(
        "rest_home_twin_cards", "https://jxxfw.com/periodical/0785d3b6bf4cf1952af648f815549ea5.html",
        "(harder) 县军队离休退休干部休养所 岗位廉政风险防控卡 after the source's account of a 干休所's 卫生事业费 and its "
        "医疗保障与服务管理: the cards printed TWO TO A SHEET SIDE BY SIDE — the left card in columns A–D, the right one "
        "in F–I, column E blank — each with its own merged title ``太仓县军队离休退休干部休养所岗位廉政风险防控卡``, a "
        "``姓名 | … | 职务 | …`` row, a ``所在科室 | …`` row (所领导, 服务管理科, 医疗保健室), its own ``序号 | 风险点 | "
        "风险等级 | 防控措施`` header (高/中/低, no type column) and a ``持卡人签字： | | 年  月  日`` line; two sheets "
        "(``Sheet1``: 所长 and 副所长; ``Sheet2``: 科长 and 医生), four cards",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def seed_station_dual_post() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("Sheet1", [6, 10, 14, 9, 24, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报日期：2025年4月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    dual = "副站长兼质量检验股股长"
    rows = [
        ("站领导", "站长", "茆栖川", "主持全站工作,负责种子管理经费和品种试验项目",
         "品种区域试验承试单位确定不经集体研究", "制度机制", "高",
         "承试单位由站务会集体研究确定,结果在站内公示。", "leader"),
        ("站领导", "站长", "茆栖川", "主持全站工作,负责种子管理经费和品种试验项目",
         "种子管理专项经费支出审批把关不严", "制度机制", "中", "专项经费支出实行经办、审核、审批分离,按季公开。",
         "leader"),
        ("站领导", dual, "虞絮晚", "分管种子质量检验和市场监管,负责质量检验股工作",
         "委托检验受人请托出具不实检验结论", "外部环境", "高", "检验报告实行检验、校核、批准三级签字,样品留存备查。",
         "leader"),
        ("站领导", dual, "虞絮晚", "分管种子质量检验和市场监管,负责质量检验股工作",
         "监督抽查对象选择性确定", "岗位职责", "中", "抽查对象随机抽取,抽查计划报县农业农村局备案。", "leader"),
        ("市场管理股", "股长", "奚鹤汀", "种子生产经营备案和种子市场检查",
         "对未备案经营门店检查中放任不管,收受好处", "思想道德", "高",
         "市场检查两人以上,检查记录当场签字,问题门店限期整改并复查。", "middle"),
        ("市场管理股", "科员", "居晏秋", "种子经营档案和标签核查",
         "标签核查走过场,对不合格标签不予纠正", "岗位职责", "低", "核查结果录入台账,股长每月抽查。", "general"),
        ("质量检验股", "检验员", "湛露晞", "种子净度、发芽率、水分检验",
         "检验原始数据随意修改", "业务流程", "中", "原始记录用钢笔填写,修改处签字,数据双人复核。", "general"),
        ("办公室", "会计", "旷知遥", "经费核算和报账",
         "试验补助发放与签收名单不符", "制度机制", "中", "补助通过银行转账发放,发放明细与签收名单逐一核对。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("站长签字:", None, None, None, "填表人:", None, None, None, None)
    return _layout(
        "seed_station_dual_post", "http://renrendoc.com/paper/225690772.html",
        "县种子管理站 岗位廉政风险点排查一览表 after the source's 县种子管理站 year of 种子执法 (种子市场 检查, 种子质量 "
        "抽检, 备案): ``填报单位（盖章）：… | 填报日期：2025年4月`` over 序号/股室 merged (站领导, 市场管理股, 质量检验股, "
        "办公室)/岗位, 姓名 and 岗位职责 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the "
        "副站长 who also heads a 股 written in ONE cell ``副站长兼质量检验股股长`` under 站领导; 站长签字/填表人 below",
        [sh], t,
    )  # fmt: skip


def pump_station_sheets() -> dict:
    unit = f"{PLACE}泵站管理所"
    t = _Truth(unit)
    stations = [
        ("城北泵站", [
            ("站长", "蹇樾之", "middle", "机组大修、拦污栅更换项目指定维修单位", "一级",
             "维修项目报所部审批,按规定比选维修单位。", None),
            ("站长", "蹇樾之", "middle", "值班人员考勤、加班补助核报不实", "三级",
             "考勤每日签到,加班补助按值班记录核报,所部复核。", None),
            ("运行值班员", "印晴川", "general", "开机排涝运行记录填写不实,虚报运行台时", "二级",
             "运行数据由监控系统自动采集,台时与电量比对。", "新增"),
            ("机电维修工", "郤鸣皋", "general", "维修配件领用多报少用,旧件不交回", "二级",
             "配件领用登记,以旧换新,旧件回收核销。", None),
        ]),
        ("新塘泵站", [
            ("站长", "厉守拙", "middle", "冬检冬修材料采购不比价", "二级", "材料采购三家比价,验收两人签字。", None),
            ("站长", "厉守拙", "middle", "泵站管理范围内违规搭建不制止、不报告", "三级",
             "巡查记录每周上报,违规搭建当日报所部。", None),
            ("运行值班员", "苌汀兰", "general", "汛期值班脱岗,开机指令执行不及时", "二级",
             "调度指令登记,执行情况录音留存。", None),
        ]),
        ("盐铁泵站", [
            ("站长", "诸望岑", "middle", "泵站电费、油料费用核报不实", "二级", "电费按电表读数核算,油料加注登记,每月公示。",
             None),
            ("站长", "诸望岑", "middle", "外包保洁、绿化服务考核走过场", "三级", "考核细则公开,考核结果与服务费挂钩。",
             "新增"),
            ("机电维修工", "旷栖鹤", "general", "设备试验、检测数据弄虚作假", "一级",
             "试验检测由所部派员见证,数据存档备查。", None),
        ]),
    ]  # fmt: skip
    sheets = []
    for station, rows in stations:
        sh = _Sheet(station, [6, 12, 9, 34, 8, 34, 8])
        _line(sh, f"{unit}{station}岗位廉政风险排查表", 7)
        r = sh.add(None, None, None, None, "排查时间：2025年3月", None, None)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
        first = len(sh.rows)
        for n, (post, who, tier, point, lv, measures, note) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures, note)
            t.point(sh.name, station, post, who, tier, point, [], GRADES[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("站长（签字）：", None, None, None, "年  月  日", None, None)
        sheets.append(sh)
    return _layout(
        "pump_station_sheets", "https://www.cztn.gov.cn/html/cztn/2013/IDIPPPIE_1210/57462.html",
        "县泵站管理所 岗位廉政风险排查表 after the source's 区 泵站运行管理办法 and 考核细则 (站容站貌, 设备运行, 设备维护, "
        "劳动纪律, 台账管理): THREE sheets, one per 泵站 (``城北泵站``, ``新塘泵站``, ``盐铁泵站``), the 泵站 named only in "
        "the tab and in the title after the 所 (``太仓县泵站管理所城北泵站岗位廉政风险排查表``), an ``排查时间：…`` cell on "
        "the right; 序号/岗位 and 姓名 merged per person/风险点/风险等级 一级/二级/三级/防控措施/``备注`` (``新增`` on "
        "two rows); no type column and no 科室 column; ``站长（签字）：`` and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def land_consolidation_posts() -> dict:
    unit = f"{PLACE}土地整治中心"
    sh = _Sheet("清单", [6, 12, 10, 18, 32, 12, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 9)
    sh.add(
        "序号", "科室", "岗位", "职责任务", "风险点", "风险类别", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("项目规划科", "科长", "项目立项和规划设计审查", "规划设计审查降低标准,为特定设计单位提供便利",
         "岗位职责风险", "高", "规划设计审查实行专家评审,评审意见存档。", "钟离漱玉", "middle"),
        ("项目规划科", "科员", "项目申报材料初审", "申报材料初审不严,新增耕地面积虚报", "业务流程风险", "中",
         "申报材料实地核查,核查照片附卷。", "钟离漱玉", "general"),
        ("工程管理科", "科长", "施工监理和工程变更", "工程变更签证把关不严,虚增工程量", "岗位职责风险", "高",
         "工程变更经监理、设计、中心三方会签,重大变更集体研究。", "印照临", "middle"),
        ("工程管理科", "科长", "施工监理和工程变更", "默许施工单位偷工减料", "外部环境风险", "高",
         "签订廉洁协议,工程质量随机抽检。", "印照临", "middle"),
        ("工程管理科", "现场管理员", "现场质量巡查", "隐蔽工程不到场查验即签字", "岗位职责风险", "中",
         "隐蔽工程验收全程影像记录,验收单三方签字。", "印照临", "general"),
        ("验收评价科", "科长", "项目竣工验收和新增耕地核定", "竣工验收走过场,新增耕地数量、质量核定不实",
         "制度机制风险", "高", "验收组成员随机抽取,新增耕地逐地块核定并公示。", "钟离漱玉", "middle"),
        ("财务审计科", "会计", "项目资金拨付", "不按工程进度和监理意见拨付资金", "制度机制风险", "中",
         "资金拨付凭监理签认的进度报表,分管领导审批。", "印照临", "general"),
        ("财务审计科", "出纳", "资金收付", "收付款凭证不全即付款", "思想道德风险", "低", "付款凭证逐项核对,日清月结。",
         "印照临", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, typ, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_post), (3, per_post), (8, lambda row: (row[1], row[8]))],
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2025年5月", None, None)
    return _layout(
        "land_consolidation_posts", "http://6dgww.com/Article/14421498.html",
        "县土地整治中心 岗位廉政风险防控清单 对岗不对人 after the source's 土地整治工程廉政风险防控暂行办法 (项目立项和"
        "规划设计, 招投标, 施工监理, 工程变更, 竣工验收, 新增耕地, 资金拨付): ``附件1`` and the title; 序号/科室 merged "
        "(项目规划科, 工程管理科, 验收评价科, 财务审计科)/岗位 and ``职责任务`` merged per post/风险点/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施/``责任领导`` — two leaders' names, each merged over its 科室 and standing over "
        "several 科室; no holder of any post is named; 填报人/审核人/date below",
        [sh], t,
    )  # fmt: skip


def streetlight_bureau_office_line() -> dict:
    office = "路灯管理所"
    line_unit = f"{PLACE}城市管理局{office}"
    # a 单位 line naming the 局 and its 所 gives the 所 as the 科室 (batches 36, 68)
    t = _Truth(f"{PLACE}城市管理局")
    sh = _Sheet("排查表", [6, 12, 10, 14, 34, 8, 34])
    _line(sh, f"{office}岗位廉政风险点排查表", 7)
    r = sh.add(f"单位：{line_unit}", None, None, None, "填表时间：2025年5月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所长", "乐正霁初", "照明工程发包", "路灯新建、改造工程化整为零规避招标,指定施工队伍", "高",
         "工程发包按限额进入公共资源交易平台,所务会集体研究并报局审批。", "leader"),
        ("所长", "乐正霁初", "节能改造验收", "LED节能改造验收中灯具数量、功率核验不实", "中",
         "验收由局、所和监理三方参加,逐杆清点登记。", "leader"),
        ("副所长", "郤承影", "维修材料采购", "灯具、电缆采购不比价,收受供应商回扣", "高",
         "材料采购三家以上比价,采购与验收分离。", "leader"),
        ("维修班班长", "厉曦和", "维修派单", "故障维修派单不及时,私下为外单位维修收取费用", "中",
         "报修工单系统派发,维修结果回访。", "middle"),
        ("维修班班长", "厉曦和", "材料领用", "维修材料领用多报少用,拆下的旧灯具不交回", "中",
         "材料凭工单领用,旧灯具交回登记。", "middle"),
        ("材料保管员", "苌怀朔", "仓库管理", "电缆、灯具出入库账实不符", "低", "出入库双人签字,每季度盘点。", "general"),
        ("电费核算员", "蹇若谷", "电费核对", "路灯电费核对不认真,多付、重付电费", "低",
         "电费按回路电表逐月核对,异常电量报所长。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, lv, measures)
        t.point(sh.name, office, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, None)
    return _layout(
        "streetlight_bureau_office_line", "https://m.gzjll.com/3/3025002.html",
        "城市管理局 路灯管理所 岗位廉政风险点排查表 after the source's note on who keeps a city's 路灯 (城市照明管理处 or "
        "路灯管理所: 安装, 维修, 节能LED, 电费由财政支出): a title naming only the 所, then ``单位：太仓县城市管理局路灯"
        "管理所 | 填表时间：2025年5月`` (two merged cells); 序号/岗位 and 姓名 merged per person (所长, 副所长, "
        "``维修班班长``, 材料保管员, 电费核算员)/a short ``风险点`` beside a long ``风险表现``/风险等级 高/中/低/防控措施; "
        "no type column, no 科室 column; 所长签字/填表人 below",
        [sh], t,
    )  # fmt: skip


def expropriation_center_circled() -> dict:
    unit = f"{PLACE}房屋征收与补偿服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 34, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "2025年6月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("中心领导", "主任", "诸含章", "leader", [
            ("征收补偿方案拟定中擅自提高或降低补偿标准", "制度机制", "一级风险",
             "补偿方案经中心集体研究、法制审核,报县政府批准后公布。"),
            ("房地产价格评估机构选定不按协商或摇号程序", "制度机制", "一级风险",
             "评估机构由被征收人协商选定,协商不成的公开摇号,全程录像。"),
        ]),
        ("中心领导", "副主任", "鲜于砚耕", "leader", [
            ("安置房源分配不按公布的顺序和规则", "岗位职责", "二级风险", "按签约顺序公开选房,选房结果当场公示。"),
        ]),
        ("征收一科", "科长", "澹台听澜", "middle", [
            ("入户调查登记时多登记房屋面积和附属物", "岗位职责", "一级风险",
             "入户调查两人以上,调查结果由被征收人签字并在征收范围内公示。"),
            ("为被征收人违规认定经营性用房", "外部环境", "二级风险", "经营性用房认定以营业执照和纳税凭证为准,集体审核。"),
        ]),
        ("征收一科", "工作人员", "居闻溪", "general", [
            ("泄露征收范围和补偿信息,帮助突击搭建、装修", "思想道德", "二级风险",
             "征收范围公告前严格保密,公告后对范围内房屋拍照固定。"),
        ]),
        ("评估审核科", "科长", "奚芷萝", "middle", [
            ("评估报告审核把关不严", "业务流程", "二级风险", "评估报告实行初审、复审两级审核,争议报告提交专家委员会鉴定。"),
        ]),
        ("财务科", "会计", "虞衔蝉", "general", [
            ("补偿款发放金额与补偿协议不符", "制度机制", "三级风险", "补偿款按协议直接转入被征收人账户,逐户核对。"),
        ]),
    ]  # fmt: skip
    circled = "①②③"
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for k, (point, typ, lv, measures) in enumerate(points):
            n += 1
            shown = f"{circled[k]}{point}"
            sh.add(n, dept, post, who, shown, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, shown, types_in(typ), RISK_GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心主任签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "expropriation_center_circled", "https://zaimingchaiqian.com/topic/1885",
        "县房屋征收与补偿服务中心 廉政风险点一览表 after the source's 国有土地上房屋征收评估办法 (评估机构选定 by 协商 or "
        "摇号, 入户调查, 评估报告审核, 专家委员会鉴定, 补偿): ``填报单位：… | 2025年6月`` over 序号/科室 merged (中心领导, "
        "征收一科, 评估审核科, 财务科)/岗位 and 责任人 merged per person/风险点 NUMBERED AFRESH FOR EACH HOLDER with "
        "circled numbers (``①征收补偿方案拟定中…``, ``②房地产价格评估机构选定…``, and ``①…`` again for the next "
        "holder)/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; the compound surnames 鲜于 and "
        "澹台; 中心主任签字/填表人 below",
        [sh], t,
    )  # fmt: skip


def cppcc_office_sections() -> dict:
    unit = f"政协{PLACE}委员会"
    sh = _Sheet("Sheet1", [6, 14, 10, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    sections = [
        ("一、机关领导", "机关领导", [
            ("秘书长", "茆叙白", "leader", "机关重大事项和大额经费支出不经秘书长办公会研究", "高",
             "落实秘书长办公会议事规则,大额支出集体研究并留存纪要。"),
            ("副秘书长", "湛清晏", "leader", "委员视察考察活动安排超标准接待", "中",
             "视察考察方案事前报批,接待按标准执行并公开。"),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "印雪樵", "middle", "全会、常委会会议费超标准列支", "中", "会议费按预算列支,会后一月内结算公开。"),
            ("财务人员", "郤听松", "general", "报销凭证审核不严,虚列会议、印刷费用", "中",
             "报销凭证逐项审核,印刷费凭样本和验收单报销。"),
        ]),
        ("三、提案和委员联络委员会", "提案和委员联络委员会", [
            ("专职副主任", "厉听泉", "middle", "提案立案审查和督办中受人请托", "低",
             "提案审查集体进行,立案结果在委员履职平台公开。"),
            ("科员", "苌疏影", "general", "委员履职考核记录填写不实", "低", "履职记录由委员本人确认,每半年通报。"),
        ]),
        ("四、文化文史和学习委员会", "文化文史和学习委员会", [
            ("专职副主任", "旷守拙", "middle", "文史资料出版专项资金使用不规范,印刷单位选择不比价", "高",
             "出版印刷按政府采购程序确定单位,专项资金专款专用,机关纪委全程监督。"),
            ("专职副主任", "旷守拙", "middle", "文史资料征集稿酬发放不按标准", "中", "稿酬按标准核定,发放名单公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in sections:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2025年3月", None)
    return _layout(
        "cppcc_office_sections", "http://cppcc.china.com.cn/2023-01/30/content_85079024.htm",
        "the 政协's 机关 岗位廉政风险防控一览表 after the source's account of a 市政协机关's 清廉机关 (班子成员 一岗双责, the "
        "专委会's 文史出版专项资金, 机关纪委 监督): title ``政协太仓县委员会机关岗位廉政风险防控一览表``; 序号/岗位/姓名/"
        "风险点/风险等级 高/中/低/防控措施 with NO 科室 column — merged section rows ``一、机关领导``, ``二、办公室``, "
        "``三、提案和委员联络委员会``, ``四、文化文史和学习委员会`` (two 专门委员会) give the 科室 of the rows under them; "
        "岗位 and 姓名 merged per person; no type column; 填报人/审核人/date below",
        [sh], t,
    )  # fmt: skip


def town_stations_one_head_two() -> dict:
    unit = f"{PLACE}苇泾镇"
    sh = _Sheet("站所", [6, 16, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险排查表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("交通管理站", "站长", "奚望川", "渡口渡船安全检查走过场,对超载渡运不制止", "岗位职责风险", "高",
         "渡口检查每周一次,检查记录由渡工签字,超载渡运当场停航。", "middle"),
        ("交通管理站", "站长", "奚望川", "渡船维修、救生设备采购不比价", "制度机制风险", "中",
         "采购三家比价,报镇分管领导审批。", "middle"),
        ("交通管理站", "渡口管理员", "虞鸥汀", "签单发航把关不严,收受船主好处违规签单", "思想道德风险", "中",
         "签单记录逐船逐航次登记,站长每周核查。", "general"),
        ("农村经济经营管理站", "站长", "居澄怀", "村级资产资源发包不公开竞价,暗箱操作", "制度机制风险", "高",
         "村级资产资源发包进入镇农村产权交易平台公开竞价。", "middle"),
        ("农村经济经营管理站", "会计", "茆雨眠", "村级三资代理记账中违规列支村级费用", "业务流程风险", "中",
         "村级支出凭村务监督委员会审核的票据记账。", "general"),
        ("财政所", "所长", "居澄怀", "惠农补贴资金发放审核不严", "岗位职责风险", "高",
         "补贴对象和金额经村公示、财政所审核,通过一卡通发放。", "middle"),
        ("财政所", "所长", "居澄怀", "镇级财政资金拨付不按预算", "制度机制风险", "中",
         "资金拨付按预算和镇党委会决定执行,超预算支出报批。", "middle"),
        ("水务站", "站长", "湛疏桐", "小型水利工程验收不严,签证工程量不实", "岗位职责风险", "中",
         "验收邀请村民代表参加,工程量现场丈量。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2025年6月", None)
    return _layout(
        "town_stations_one_head_two", "http://m.1566.cn/guanlizhidu/168213246324302.html",
        "镇 站所岗位廉政风险排查表 after the source's 镇渡口 安全管理 rules (渡口 设置, ``五定``: 定渡口、定渡船、定渡工、"
        "定责任、定载客定额; 乡镇 安监员): 序号/站所 merged (交通管理站, 农村经济经营管理站, 财政所, 水务站)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; ONE MAN (居澄怀) heads two 站所 and is "
        "written under each (农经站 站长, 财政所 所长); 填表人/审核人/date below",
        [sh], t,
    )  # fmt: skip


def sports_venue_selfcheck() -> dict:
    unit = f"{PLACE}体育场馆管理中心"
    t = _Truth(unit)
    people = [
        ("宇文砚舟", "男", "1985.07", "场馆运营部", "部长", "middle", [
            "负责体育场、体育馆、游泳馆的开放管理和场地预约",
            "负责承接赛事、大型活动的场地安排",
            "负责场馆附属商铺的出租管理",
        ], [
            ("场地预约中为熟人优先安排、免收场租", "岗位职责", "高", "场地预约在线上平台进行,免收场租须中心主任审批。"),
            ("赛事活动承办单位选择不公开", "制度机制", "中", "承办单位公开征集,中心集体研究确定。"),
            ("附属商铺出租未经评估,低价出租给关系人", "外部环境", "高", "商铺出租经资产评估后公开招租。"),
        ]),
        ("申屠晚照", "女", "1991.11", "财务室", "会计", "general", [
            "负责中心会计核算和财务报表",
            "负责门票、场租收入的核对入账",
        ], [
            ("门票、场租收入未及时入账", "制度机制", "高", "收入每日核对,票款与系统数据一致后当日存入。"),
            ("免费低收费开放补助资金核算不实", "业务流程", "中", "补助资金按开放时长和人次核算,接受审计。"),
        ]),
        ("令狐澄江", "男", "1988.02", "培训部", "教练员", "general", [
            "负责青少年游泳、羽毛球培训教学",
            "负责培训器材的申领和保管",
        ], [
            ("青少年体育培训中私下收费", "思想道德", "中", "培训费统一由财务室收取,培训名单公示。"),
            ("培训器材采购验收不严", "岗位职责", "低", "器材验收两人签字,建立器材台账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, tier, duties, points in people:
        sh = _Sheet(who, [6, 30, 10, 10, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在部门", dept, "职务", post, "政治面貌", "中共党员")
        _line(sh, "一、岗位职责", 6)
        for n, duty in enumerate(duties, 1):
            r = sh.add(n, duty, None, None, None, None)
            sh.merge(r, 1, r, 5)
        _line(sh, "二、廉政风险点及防控措施", 6)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人意见：", None, None, None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "sports_venue_selfcheck", "https://360docs.net/doc/5318673678.html",
        "县体育场馆管理中心 岗位廉政风险自查表, one sheet per person (the tab the holder's name), after the source's "
        "体育场馆对外开放管理制度 (开放时间, 预约订场, 赛事和大型活动, 外单位借用): the title, then ``姓名 | … | 性别 | 男 | "
        "出生年月 | 1985.07`` and ``所在部门 | … | 职务 | … | 政治面貌 | 中共党员``; a merged section row ``一、岗位职责`` "
        "over two or three numbered duty rows (序号 | the duty merged across; no risks), and only then ``二、廉政风险点及"
        "防控措施`` over the header 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over two columns); "
        "``本人签名： | | 部门负责人意见：`` and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rest_home_twin_cards(),
    seed_station_dual_post(),
    pump_station_sheets(),
    land_consolidation_posts(),
    streetlight_bureau_office_line(),
    expropriation_center_circled(),
    cppcc_office_sections(),
    town_stations_one_head_two(),
    sports_venue_selfcheck(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch128-inbox"))
