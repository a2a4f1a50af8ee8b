"""A hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 慢性病防治站, a 交通运输综合行政执法支队, the 区委编办, a 经济和信息化委员会, the 妇女联合会,
a 城市照明管理所, a 数字化城市管理监督指挥中心, a 救助管理站 and a 农机安全监理站 — each handing back
its ordinary 一览表, 排查表, 清单 or 个人登记表 the way its staff typed it, every one a body of an
invented 铜梁区 (no LibreOffice re-saves this time, prefix ``b184_``):

- a 慢性病防治站 一览表 under ``填报单位：… | 填报时间：…``, 科室 merged, 岗位 and 姓名 merged per person,
  short types, 高/中/低, a ``填表人：…`` line under it naming one of the holders;
- a 交通运输综合行政执法支队 排查表 whose ``部门`` column holds the 支队's 大队 (``路政执法大队``,
  ``运政执法大队``) beside a 法制审核科 and the 办公室, ``…风险`` types, 一级/二级/三级;
- the 区委编办's 清单 对岗不对人 (科室/岗位, no names), ``附件2`` above the title;
- a 经济和信息化委员会 个人廉政风险登记表 one per sheet (tabs ``表1``…``表3``), two rows of pairs above
  the table with the personal details a 登记表 asks for (``姓名 | … | 性别 | … | 出生年月 | …`` and
  ``所在科室 | … | 职务 | … | 联系电话 | …``), a ``岗位职责`` column beside the 风险点;
- a 妇女联合会 一览表 with a trailing ``分管领导`` column naming the 主席 and 副主席, who also hold rows
  of their own;
- a 数字化城市管理监督指挥中心 排查表 (监督员, 值班长, 派遣员, 接线员) with a ``备注`` column and no
  type column;
- a 救助管理站 排查表 with NO 科室 column: a ``工作环节`` column merged down (接收进站, 站内服务, 寻亲
  送返, 财务管理) before 岗位 and 姓名.

One is a shape the README's "读得懂的表" does not describe:

- ``lighting_office_measure_rows``: a 城市照明管理所 一览表 whose 防控措施 stand ONE MEASURE A ROW — each
  risk's 序号, 股室, 岗位, 姓名, 风险点, 风险类型 and 风险等级 merged down over its two or three measure
  rows (``1.…``, ``2.…``), as a table pasted from Word keeps them.

One is harder:

- ``farm_machinery_signed_blocks``: a 农机安全监理站 一览表 with NO name column; after each post's rows
  a merged line ``岗位责任人（签字）：扶鸣珂`` names its holder (the table goes on under it with the next
  post's rows, the heading not repeated).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (城乡慢病防控 and its 随访; a 交通运输
综合行政执法总队's year and its 区县支队; the 机构编制工作条例 on 监督问责; a 区经济信息委 helping firms
apply for 工业和信息化专项资金; a 市妇联's 分工 (办公室, 组织联络部, 基层权益部); 城市路灯 维护管理;
a 数字化城市 监督指挥中心 (监督员, 接线员, 值班长, 派遣人员); the 救助管理站's 接收进站 — 采集信息 —
寻亲 — 送返; a 农业机械安全管理 规定 (驾驶员考试考核, 号牌和驾驶证, 安全技术检验, 事故处理)) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented.

Run ``python tests/published/score.py --set batch184`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a merged line ``岗位责任人（签字）：扶鸣珂`` under a post's rows names that post's holder (the table has
  no name column); it is no point and does not end the table;
- a risk whose cells are merged down over two or three rows, one measure a row, is ONE point;
- a ``工作环节`` column is the step of the work, not a 科室: a list with no 科室 column keeps department "";
- the ``分管领导`` column names the leaders who watch a row, not its holder (both also hold rows of
  their own, as leaders);
- 性别, 出生年月 and 联系电话 above a personal table are no post and no point;
- a 大队 of the 支队 in its ``部门`` column is a 科室 of the 支队;
- 站长/副站长, 支队长/副支队长, 主任/副主任 of the 编办, the 经信委 and the 中心, 主席/副主席 of the 妇联
  and 所长/副所长 are leaders; 科长, 大队长, 部长, 股长, 办公室主任 and 值班长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b184_"
PLACE = "铜梁区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def farm_machinery_signed_blocks() -> dict:
    unit = f"{PLACE}农机安全监理站"
    sh = _Sheet("一览表", [6, 12, 10, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    r = sh.add(f"填报单位：{unit}", None, None, None, "2024年5月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "股室", "岗位", "风险点", "风险等级", "防控措施")
    posts = [
        ("站领导", "站长", "扶鸣珂", "leader", [
            ("农机安全宣传、培训经费使用不经集体研究", "高", "经费使用方案经站务会研究,支出按季公开。"),
            ("对检验、发证中的违规行为包庇纵容", "中", "检验、发证情况每月抽查,投诉件件核实。"),
        ]),
        ("检验股", "股长", "贲稚川", "middle", [
            ("拖拉机、联合收割机安全技术检验降低标准,为不合格机具核发检验合格标志", "高",
             "检验项目逐项拍照留存,检验结果股长复核并录入系统。"),
            ("年度检验收费不开票、不入账", "中", "检验收费统一开具票据,票款日清月结。"),
        ]),
        ("检验股", "检验员", "鄂迟照", "general", [
            ("送检下乡时接受农机户宴请、礼品", "低", "下乡检验两人以上同行,检验现场公开监督电话。"),
        ]),
        ("驾驶证管理股", "股长", "沃霁野", "middle", [
            ("驾驶人考试考核放宽条件,默许替考、代考", "高", "考试全程录像,考生身份现场比对。"),
            ("号牌、驾驶证发放不登记,转借、涂改不查处", "中", "号牌、证件领用核发逐一登记,每季盘点。"),
        ]),
        ("安全监督股", "监理员", "羿栖梧", "general", [
            ("田检路查中对违章驾驶不处理或以罚代管", "中", "检查全程执法记录仪记录,处罚决定集体审核。"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, post, who, tier, points in posts:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
        _line(sh, f"岗位责任人（签字）：{who}", 6)
    sh.add()
    sh.add("站长签字:", None, None, "填报日期：2024年5月", None, None)
    return _layout(
        "farm_machinery_signed_blocks", "http://crsrw.com/falvzixun/42970.html",
        "(harder) 区农机安全监理站 岗位廉政风险点一览表 after the source's 农业机械安全管理 规定 (驾驶员考试考核, 号牌和"
        "驾驶证的发放, 安全技术检验和年度检验, 安全监督检查, 农机事故): ``填报单位：… | 2024年5月`` over the table; "
        "序号/股室/岗位/风险点/风险等级 高/中/低/防控措施 with NO name column and no type column; after EACH post's "
        "rows a merged line ``岗位责任人（签字）：扶鸣珂`` (``…贲稚川``, ``…鄂迟照``, ``…沃霁野``, ``…羿栖梧``) names "
        "its holder, the next post's rows going on under it with 序号 running on and no heading repeated; 站长签字/"
        "填报日期 at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- new shape


def lighting_office_measure_rows() -> dict:
    unit = f"{PLACE}城市照明管理所"
    sh = _Sheet("Sheet1", [6, 10, 9, 8, 30, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    risks = [
        ("所领导", "所长", "镡砥平", "leader", "路灯节能改造项目不经集体研究确定施工单位", "制度机制", "高", [
            "1.改造项目经所务会集体研究;",
            "2.按规定公开招标或比选;",
            "3.项目情况在所内公示。",
        ]),
        ("所领导", "副所长", "厉骞之", "leader", "灯具、线缆采购验收不严,以次充好", "岗位职责", "高", [
            "1.采购三家以上比价;",
            "2.验收由维修股、办公室两人以上签字。",
        ]),
        ("维修股", "股长", "戎涉川", "middle", "路灯维修工程量虚报,多结算维修费用", "业务流程", "高", [
            "1.维修派单、完工照片留存;",
            "2.工程量由办公室每月抽查复核;",
            "3.结算前报所长审签。",
        ]),
        ("维修股", "股长", "戎涉川", "middle", "外包维护单位考核打分不严", "岗位职责", "中", [
            "1.考核细则书面告知外包单位;",
            "2.亮灯率夜查由两人以上进行。",
        ]),
        ("维修股", "电工", "斛伊雯", "general", "拆换下的旧灯具、旧电缆私自变卖", "思想道德", "中", [
            "1.旧件登记入库;",
            "2.废旧物资集中公开处置。",
        ]),
        ("工程股", "技术员", "仝叙白", "general", "配套照明工程隐蔽验收签字把关不严", "岗位职责", "中", [
            "1.隐蔽工程验收全程拍照;",
            "2.监理、施工、所三方签字。",
        ]),
        ("办公室", "出纳", "濮沅芷", "general", "电费、维修费支付不按审批金额", "制度机制", "低", [
            "1.付款凭审批单办理;",
            "2.每月与会计对账。",
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(risks, 1):
        top = len(sh.rows)
        for k, measure in enumerate(measures):
            if k == 0:
                sh.add(n, dept, post, who, point, typ, lv, measure)
            else:
                sh.add(None, None, None, None, None, None, None, measure)
        last = len(sh.rows) - 1
        for c in (0, 4, 5, 6):
            sh.merge(top, c, last, c)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    # 股室, 岗位 and 姓名 merged over each run of rows (one person's risks, one 股室's people)
    typed = [list(row) for row in sh.rows]
    for c, key in ((1, lambda k: _owner(typed, k, first)[0]),
                   (2, lambda k: _owner(typed, k, first)[:3]),
                   (3, lambda k: _owner(typed, k, first)[:3])):  # fmt: skip
        r = first
        while r < len(sh.rows):
            e = r
            while e + 1 < len(sh.rows) and key(e + 1) == key(r):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][c] = None
                sh.merges.append((r, c, e, c))
            r = e + 1
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, "2024年6月", None)
    return _layout(
        "lighting_office_measure_rows", "https://jxxfw.com/periodical/252198569880ad9f8d2e5b03b185a7ca.html",
        "区城市照明管理所 岗位廉政风险点一览表 after the source's account of 城市路灯 维护管理 (照明工程, 设施保护, 维护"
        "管理的问题): 序号/股室 merged (所领导, 维修股, 工程股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施 written ONE MEASURE A ROW — each risk's 序号, 风险点, 风险类型 and "
        "风险等级 merged down over its two or three measure rows (``1.改造项目经所务会集体研究;`` ``2.按规定公开招标或比选;`` "
        "…), as a table pasted from Word keeps them; 所长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def _owner(rows: list[list], k: int, first: int) -> tuple:
    """(股室, 岗位, 姓名) of row ``k``: a measure row belongs to the risk above it."""
    while k > first and rows[k][1] is None:
        k -= 1
    return tuple(rows[k][1:4])


# --------------------------------------------------------------------------- ordinary layouts


def chronic_station_form_line() -> dict:
    unit = f"{PLACE}慢性病防治站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年7月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "禤棠溪", "慢病防治项目经费分配不经集体研究", "制度机制", "高",
         "项目经费分配方案经站务会集体研究,执行情况年底公开。", "leader"),
        ("站领导", "站长", "禤棠溪", "检测试剂和药品采购指定供应商", "岗位职责", "高",
         "采购按政府采购程序进行,验收两人以上签字。", "leader"),
        ("站领导", "副站长", "亢岫云", "基本公共卫生服务慢病项目绩效考核打分不公", "岗位职责", "中",
         "考核细则事先公布,考核组随机抽取,结果公示。", "leader"),
        ("慢病管理科", "科长", "邰澹宁", "高血压、糖尿病患者随访数据弄虚作假,虚报管理人数", "业务流程", "高",
         "随访记录电话抽查回访,数据与医保结算信息比对。", "middle"),
        ("慢病管理科", "随访医生", "昝既白", "向随访患者推销指定药品、保健品,收受回扣", "思想道德", "中",
         "严禁随访中推销药品,投诉电话印在随访卡上。", "general"),
        ("检验科", "检验师", "佴鹤汀", "筛查检验结果出具不实,人情检测", "岗位职责", "中",
         "检验结果双人复核,异常结果留样备查。", "general"),
        ("检验科", "检验师", "佴鹤汀", "过期检验试剂私自处置,出入库登记不全", "制度机制", "低",
         "试剂出入库专人登记,过期试剂集中销毁并留存记录。", "general"),
        ("办公室", "会计", "冼杪秋", "慢病项目资金报销票据审核不严,虚列培训支出", "制度机制", "中",
         "报销凭证三级审核,培训签到表、照片附后。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：冼杪秋", None, None, None, "站长签字:", None, None, None)
    return _layout(
        "chronic_station_form_line", "https://www.renrendoc.com/paper/498301940.html",
        "区慢性病防治站 岗位廉政风险点一览表 after the source's study of 城乡慢病防控 (高血压、糖尿病 患者管理, 随访, "
        "基线调查, 村医的手写台账): ``填报单位：… | 填报时间：2024年7月`` over the table; 序号/科室 merged (站领导, "
        "慢病管理科, 检验科, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; under it ``填表人：冼杪秋`` (the 会计, also a holder) and 站长签字",
        [sh], t,
    )  # fmt: skip


def traffic_detachment_brigades() -> dict:
    unit = f"{PLACE}交通运输综合行政执法支队"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("支队领导", "支队长", "巢苇杭", "重大行政处罚案件不经集体讨论即作决定", "制度机制风险", "一级",
         "重大处罚案件经支队案审会集体讨论,讨论记录存档。", "leader"),
        ("支队领导", "支队长", "巢苇杭", "执法车辆、执法装备采购不按规定程序", "岗位职责风险", "二级",
         "装备采购纳入政府采购,验收三人以上签字。", "leader"),
        ("支队领导", "副支队长", "苌叙白", "为说情对象减轻处罚或撤销案件", "思想道德风险", "一级",
         "说情打招呼登记报告,案件撤销须法制审核。", "leader"),
        ("路政执法大队", "大队长", "索霁舟", "超限运输车辆查处以罚代管,罚款不开票", "业务流程风险", "一级",
         "治超处罚全部使用非税票据,执法记录仪全程记录。", "middle"),
        ("路政执法大队", "大队长", "索霁舟", "涉路施工许可现场勘验走过场", "岗位职责风险", "二级",
         "现场勘验两人以上,勘验照片随案卷归档。", "middle"),
        ("路政执法大队", "执法队员", "麴泠然", "路面检查时为熟人车辆通风报信", "外部环境风险", "二级",
         "检查时间、地点临时确定,执法人员上岗交手机。", "general"),
        ("运政执法大队", "大队长", "弓朗坤", "对查扣的非法营运车辆违规放行", "岗位职责风险", "一级",
         "查扣车辆放行凭处罚决定书,经分管领导审签。", "middle"),
        ("法制审核科", "科长", "牧芃芃", "法制审核把关不严,自由裁量畸轻畸重", "制度机制风险", "二级",
         "对照裁量基准审核,同类案件定期比对。", "middle"),
        ("办公室", "财务人员", "迮南乔", "罚没款收缴后不及时上缴国库", "制度机制风险", "三级",
         "罚没款直缴国库,每月与非税系统对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "traffic_detachment_brigades", "https://cqzxb.itlic.com/content/2024-01/16/017842.html",
        "区交通运输综合行政执法支队 廉政风险点排查表 after the source's account of a 市交通运输综合行政执法总队's year "
        "(区县支队, 高速公路支队, 执法协作, 治超, 非法营运): 序号/``部门`` merged — the 支队's 大队 (``路政执法大队``, "
        "``运政执法大队``) beside 支队领导, 法制审核科 and 办公室 — /岗位 and 姓名 merged per person/风险点/风险类别 "
        "``…风险``/风险等级 一级/二级/三级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def staffing_office_posts() -> dict:
    unit = f"中共{PLACE}委机构编制委员会办公室"
    sh = _Sheet("清单", [6, 18, 10, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主任", "机构编制事项调整不按程序报编委会研究", "制度机制风险", "高",
         "机构编制事项一律按程序报编委会审议,会议纪要存档。", "leader"),
        ("领导班子", "副主任", "受人之托为部门违规增加编制、职数", "思想道德风险", "高",
         "编制、职数核定对照规定逐项审核,说情打招呼登记。", "leader"),
        ("综合科", "科长", "办公经费、会议费超标准列支", "制度机制风险", "中",
         "经费支出先审批后实施,按季公开。", "middle"),
        ("机构编制科", "科长", "部门“三定”规定起草中为部门争职能、争编制开口子", "岗位职责风险", "中",
         "“三定”草案经科室集体研究、办务会审定。", "middle"),
        ("机构编制科", "科员", "实名制信息录入不核对,空编进人把关不严", "业务流程风险", "中",
         "实名制信息与组织、人社、财政数据比对。", "general"),
        ("事业单位登记管理科", "科员", "事业单位法人年度报告审查走过场", "岗位职责风险", "低",
         "年度报告随机抽查,抽查结果公开。", "general"),
        ("监督检查科", "科长", "机构编制违规问题线索查处不力,瞒案不报", "岗位职责风险", "高",
         "问题线索登记管理,查处结果报办务会并向纪检监察机关通报。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年9月", None)
    return _layout(
        "staffing_office_posts", "http://dunhuang.gsjgbz.gov.cn/dhx_fzgz/202009/t20200909_202760.html",
        "区委编办 岗位廉政风险防控清单 对岗不对人 after the source's 释义 of the 机构编制工作条例's 监督问责 (编委及其办公室"
        "的监督, 机构编制纪律, 违规行为的问责): ``附件2`` above the title ``中共铜梁区委机构编制委员会办公室岗位廉政风险"
        "防控清单``; 序号/科室 merged (领导班子, 综合科, 机构编制科, 事业单位登记管理科, 监督检查科)/岗位 (主任, 副主任, "
        "科长, 科员; no names anywhere)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def economy_commission_person_sheets() -> dict:
    unit = f"{PLACE}经济和信息化委员会"
    t = _Truth(unit)
    people = [
        ("表1", "庾蘅芷", "女", "1979.11", "领导班子", "副主任", "023-45671201", "leader", [
            ("分管工业和信息化专项资金项目申报和审核", "专项资金项目推荐不经集体研究,为关系企业打招呼",
             "制度机制", "高", "项目推荐名单经委务会集体研究并公示。"),
            ("分管企业技术改造", "技术改造项目验收降低标准", "岗位职责", "中",
             "验收邀请第三方专家,验收意见集体签字。"),
        ]),
        ("表2", "暨朗坤", "男", "1986.03", "工业发展科", "科长", "023-45671215", "middle", [
            ("负责专项资金申报材料真实性审核", "申报材料审核不实,虚报投资额", "岗位职责", "高",
             "申报项目逐个实地核查,审核人签字负责。"),
            ("负责规上工业企业统计监测", "为企业调整统计数据提供便利", "思想道德", "中",
             "统计数据与税务、电力数据比对。"),
            ("负责企业政策解读会组织", "接受企业宴请、礼品", "外部环境", "低",
             "政策解读会公开举办,严禁接受企业安排。"),
        ]),
        ("表3", "弓砚禾", "男", "1993.07", "企业服务科", "科员", "023-45671232", "general", [
            ("负责惠企政策兑现资料初审", "政策兑现资料初审不按时限,吃拿卡要", "业务流程", "中",
             "兑现资料网上受理,办理时限全程留痕。"),
            ("负责企业诉求登记", "企业诉求登记不全,选择性办理", "制度机制", "低",
             "诉求统一登记编号,按月通报办理情况。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, dept, post, phone, tier, points in people:
        sh = _Sheet(tab, [8, 22, 30, 10, 8, 32])
        _line(sh, f"{unit}个人廉政风险登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("所在科室", dept, "职务", post, "联系电话", phone)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, "2024年3月", None)
        sheets.append(sh)
    return _layout(
        "economy_commission_person_sheets", "http://ddknews.gov.cn/ddk_Content/2018-10/18/content_4507322.htm",
        "区经济和信息化委员会 个人廉政风险登记表, one per sheet (tabs ``表1``…``表3``), after the source's account of a "
        "区经济信息委 helping firms apply for 市级工业和信息化专项资金 (政策解读会, 项目真实性审核, 申报): under the title "
        "two rows of pairs with the personal details a 登记表 asks for — ``姓名 | 庾蘅芷 | 性别 | 女 | 出生年月 | "
        "1979.11`` and ``所在科室 | 领导班子 | 职务 | 副主任 | 联系电话 | 023-…`` — then 序号/岗位职责/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 本人签字/科室负责人签字/date",
        sheets, t,
    )  # fmt: skip


def womens_federation_watchers() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("一览表", [6, 12, 9, 9, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "部室", "职务", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "分管领导"
    )
    rows = [
        ("领导班子", "主席", "戎南乔", "妇女儿童发展项目资金安排不经集体研究", "制度机制", "高",
         "项目资金安排经主席办公会集体研究,结果公开。", "—", "leader"),
        ("领导班子", "副主席", "斛稚川", "“最美家庭”、三八红旗手推荐评选优亲厚友", "岗位职责", "中",
         "推荐条件公开,推荐对象公示七天。", "戎南乔", "leader"),
        ("办公室", "主任", "仝鹤汀", "公务接待、会议费用超标准列支", "制度机制", "中",
         "接待、会议先审批后实施,费用按季公开。", "斛稚川", "middle"),
        ("办公室", "会计", "镡涉川", "专项经费报账审核不严,虚列活动支出", "制度机制", "中",
         "报账凭证附活动方案、签到和照片,三级审核。", "斛稚川", "general"),
        ("组织联络部", "部长", "厉栖梧", "巾帼建功活动经费虚报参与人数", "思想道德", "低",
         "活动签到存档,经费据实报销。", "斛稚川", "middle"),
        ("基层权益部", "部长", "亢伊雯", "困难妇女救助对象审核不实", "岗位职责", "高",
         "救助对象经镇街妇联、村(社区)两级核实并公示。", "戎南乔", "middle"),
        ("基层权益部", "干事", "佴杪秋", "妇女维权来信来访登记不全,推诿不办", "业务流程", "低",
         "来信来访统一登记,按月通报办结情况。", "戎南乔", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watch, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "womens_federation_watchers", "http://ksanxia.com/html/colcol70183index.html",
        "区妇女联合会 岗位廉政风险点一览表 after the source's 分工 of a 市妇联's 主席 and 副主席 (财务审批, 办公室, "
        "组织联络部, 基层权益部, 巾帼建功, 妇女权益保护): 序号/部室 merged (领导班子, 办公室, 组织联络部, 基层权益部)/"
        "职务/责任人/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``分管领导`` naming the 主席 "
        "``戎南乔`` or the 副主席 ``斛稚川`` (``—`` on the 主席's row) — both also holders of rows of their own; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def digital_city_center_notes() -> dict:
    unit = f"{PLACE}数字化城市管理监督指挥中心"
    sh = _Sheet("排查表", [6, 12, 9, 9, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "沃苇杭", "平台运维服务外包不经集体研究确定承接单位", "高",
         "外包项目经主任办公会研究,按规定采购。", None, "leader"),
        ("中心领导", "主任", "沃苇杭", "对责任单位的考核评价结果随意调整", "中",
         "考核结果由系统自动生成,调整须集体研究并说明理由。", None, "leader"),
        ("监督科", "监督员", "鄂鸣珂", "巡查中发现问题不上报或选择性上报", "中",
         "监督员定位轨迹每日核查,漏报问题纳入考核。", "新增", "general"),
        ("监督科", "监督员", "鄂鸣珂", "核查结案时未到现场即上传核查结果", "中",
         "核查照片须带定位水印,值班长抽查。", None, "general"),
        ("指挥科", "值班长", "羿澹宁", "对不符合立案条件的案件违规立案、结案,刷高结案率", "高",
         "立案、结案标准公开,系统自动留痕。", None, "middle"),
        ("指挥科", "派遣员", "贲既白", "案件派遣时为责任单位延长处置时限", "低",
         "延期申请须经责任单位书面申请、值班长批准。", None, "general"),
        ("受理科", "接线员", "苌岫云", "热线投诉受理时泄露举报人信息", "中",
         "举报人信息加密管理,受理录音抽查。", "新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心主任签字:", None, None, "填表人:", None, "2024年10月", None, None)
    return _layout(
        "digital_city_center_notes", "http://pjtime.com/2010/3/42782947.shtml",
        "区数字化城市管理监督指挥中心 岗位廉政风险排查表 after the source's account of a 数字化城市 管理综合服务监督指挥"
        "中心 (监督员 发现问题, 接线员, 值班长 立案和结案, 派遣人员, 核查): 序号/科室 merged (中心领导, 监督科, 指挥科, "
        "受理科)/岗位 and 责任人 merged per person/风险点/风险等级 高/中/低/防控措施/``备注`` (``新增`` on two rows); no "
        "type column; 中心主任签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def rescue_station_work_links() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "工作环节", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站务管理", "站长", "索砥平", "受助人员伙食、被服采购指定供应商", "制度机制风险", "高",
         "采购三家以上比价,站务会研究确定。", "leader"),
        ("站务管理", "站长", "索砥平", "临时救助金发放审批不严", "岗位职责风险", "中",
         "救助金发放凭登记表、身份核实材料,双人签字。", "leader"),
        ("接收进站", "接待登记员", "牧骞之", "受助人员信息采集不全,虚报救助人次", "业务流程风险", "中",
         "进站登记拍照留存,人次与系统数据每月比对。", "general"),
        ("站内服务", "生活护理员", "麴伊雯", "克扣受助人员伙食、生活用品", "思想道德风险", "中",
         "伙食标准上墙公示,生活用品发放登记签字。", "general"),
        ("寻亲送返", "外联员", "迮叙白", "送返途中虚报交通、食宿费用", "制度机制风险", "中",
         "送返路线和费用事先审批,票据实名报销。", "general"),
        ("寻亲送返", "外联员", "迮叙白", "受家属感谢收受红包、礼品", "外部环境风险", "低",
         "送返交接单公开监督电话,收受礼品一律上交登记。", "general"),
        ("财务管理", "会计", "禤芃芃", "救助资金报账票据审核不严", "制度机制风险", "中",
         "报账票据会计初审、站长审批,每季度公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, step, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, "2024年11月", None)
    return _layout(
        "rescue_station_work_links", "https://lvshidaquan.com/minfadian/dvdne6fxb5.html",
        "区救助管理站 岗位廉政风险点排查表 after the source's account of the 救助管理站's work (接收进站, 采集信息, "
        "联系流出地和家属, 送其回家; 自愿求助者少): NO 科室 column — 序号/``工作环节`` merged (站务管理, 接收进站, 站内服务, "
        "寻亲送返, 财务管理)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "站长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    farm_machinery_signed_blocks(),
    lighting_office_measure_rows(),
    chronic_station_form_line(),
    traffic_detachment_brigades(),
    staffing_office_posts(),
    economy_commission_person_sheets(),
    womens_federation_watchers(),
    digital_city_center_notes(),
    rescue_station_work_links(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch184-inbox"))
