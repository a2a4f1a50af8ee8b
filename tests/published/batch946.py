"""The nine-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 墨竹工卡县 (拉萨市, 西藏自治区) — its 卫生健康委员会, 藏医院, 疾病预防控制中心, 卫生健康综合监督
执法大队, 妇幼保健计划生育服务中心, two 乡镇卫生院 (甲玛乡, 日多乡) and its 人民医院 — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``, no type
  column;
- the 藏医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 疾病预防控制中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 卫生健康综合监督执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, 高/中/低;
- the 妇幼保健计划生育服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 甲玛乡卫生院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 日多乡卫生院's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``maizhokunggar_people_hospital_mail_returns``: the 人民医院's 岗位廉政风险点汇总, put together by the
  院办公室 from the RETURNS ITS STAFF SENT BY E-MAIL: each reply was copied out of the mail client
  with its header lines — ``发件人：连霁珩 <…@163.com>``, ``发送时间：…``, ``收件人：院办公室 <…>``,
  ``主题：回复：岗位廉政风险点报送（药剂科　科主任）`` — each a cell of its own row, over the small table
  the sender typed in the mail (``序号 | 风险点 | 风险等级 | 防控措施``, 高/中/低) with no 科室, 岗位 or
  姓名 column: the holder is the 发件人 (the name before the address), the 科室 and post stand in the
  主题's brackets. The README's 读得懂的表 and docs/layouts.md know returns merged by WPS 合并表格 or
  Power Query with a ``工作簿名称``/``来源文件`` column, questionnaire exports with a 填写人 column,
  ``@姓名`` mentions of online sheets, a 钉钉 approval export and a WeChat 接龙 relay; they do not
  describe returns pasted from e-mails with their 发件人/发送时间/收件人/主题 header lines naming the
  holder and the post (no 发件人 or 邮件 word in either; 主题 only as a mind map's 中心主题).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (国家医保局's 飞行检查 of hospitals
with high 住院率 — 虚假住院, 虚构诊疗, 伪造检查报告; a report on 藏医药 发展 — 藏医院, 藏药, 藏医药技术
人员; a 县疾病预防控制中心's 信息填报指南 — 疫情报告, 计免科, 检验科, 后勤科; a 县卫健局卫生监督所's 联合
执法 — 非法行医, 无证经营, 口腔诊所; a paper on 孕前优生健康检查 and 孕产期保健; a 飞行检查 通报 of 虚假
住院 with 医保信息部, 护士长, 检验科; a 县 打击非法行医 with a 卫生院 in the 联合执法大队; a summary of
骗保 cases — 医院 医保信息部, 临床医生, 检验科, 伪造报告) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 明 and 连 with rare given names); every unit is a body of 墨竹工卡县.

Run ``python tests/published/score.py --set batch946`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each mail is one form: the holder is the 发件人's name (the address in ``<…>``
  is no part of it), the 科室 and post are the two words in the 主题's brackets (``院领导　院长``
  gives the 科室 ``院领导``, as a 科室 cell would); the 发送时间/收件人 lines, the address and the
  ``回复：`` are no points and name no holder; every row of the sender's table under the mail is a
  point of that sender;
- ``院领导`` (a 科室 or 股室 cell, a 主题), ``大队领导`` (a group row) and ``中心领导`` (a 科室 cell) are the 科室 of
  those leaders; the 卫健委's leaders (sheet ``委领导``) and the cards' leaders have no 科室; a 委's 股,
  a hospital's or 卫生院's 科/室/办 and a 大队's 中队 are 科室; a group row ``二、医疗卫生监督中队``
  gives the 科室 ``医疗卫生监督中队``;
- every body is a unit of its own: 主任 and 副主任 of the 委, 院长 and 副院长, 中心主任 and 副主任, 大队长
  are leaders; 股长, 科主任, 科长, 护士长, 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 藏医院's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b946_"
PLACE = "墨竹工卡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (发件人, address, 发送时间, 科室, 岗位, tier, [(风险点, 风险等级, 防控措施)])
MAILS = [
    ("明翀岫", "mingchongxiu@163.com", "2025年5月12日（星期一）上午10:21", "院领导", "院长", "leader", [
        ("医疗设备和耗材采购中打招呼、定供应商", "高", "采购一律进入自治区平台，院长办公会集体研究。"),
        ("基建维修工程不经集体研究，化整为零发包", "高", "工程项目按限额报县卫健委审批，结果院内公示。"),
    ]),
    ("连霁珩", "lianjiheng@qq.com", "2025年5月12日（星期一）下午3:47", "药剂科", "科主任", "middle", [
        ("新药引进收受医药代表好处", "高", "新药引进经药事管理委员会集体审议，留存记录。"),
        ("藏药、西药出入库账实不符", "中", "药库每月盘点，财务科参与复核。"),
    ]),
    ("明璟崧", "mingjingsong@163.com", "2025年5月13日（星期二）上午9:05", "医保办", "医保专干", "general", [
        ("虚记诊疗项目、挂床住院套取医保基金", "高", "医保结算清单每月抽查，异常住院逐例核实。"),
        ("为熟人违规办理异地就医备案和报销", "中", "报销材料双人审核，办理结果公示。"),
    ]),
    ("连翊澍", "lianyishu@126.com", "2025年5月14日（星期三）下午4:30", "检验科", "检验师", "general", [
        ("出具虚假检验报告配合虚假住院", "高", "检验报告系统留痕，科主任每周抽查原始数据。"),
        ("试剂领用登记不实，私自外送标本收取费用", "低", "试剂出入库登记，外送标本经医务科审批。"),
    ]),
]  # fmt: skip


def maizhokunggar_people_hospital_mail_returns() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("汇总", [6, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点汇总（邮件报送）", 4)
    for who, address, sent, dept, post, tier, points in MAILS:
        sh.add(f"发件人：{who} <{address}>", None, None, None)
        sh.add(f"发送时间：{sent}", None, None, None)
        sh.add("收件人：院办公室 <mzgkrmyy_yb@163.com>", None, None, None)
        sh.add(f"主题：回复：岗位廉政风险点报送（{dept}{GAP}{post}）", None, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
    sh.add("汇总：院办公室", None, "2025年5月", None)
    return _layout(
        "maizhokunggar_people_hospital_mail_returns", "https://reportify.cn/news/1216123136655888384",
        "(harder) 县人民医院 岗位廉政风险点汇总 put together from RETURNS SENT BY E-MAIL, after the source's summary of 骗保 "
        "cases (虚假住院, 虚构诊疗项目, 医院 医保信息部, 临床医生, 检验科 伪造报告): a title, then per mail its header lines as "
        "copied from the mail client — ``发件人：姓名 <address>``, ``发送时间：…``, ``收件人：…``, ``主题：回复：岗位廉政风险点报送"
        "（科室　岗位）`` — over the sender's own table ``序号 | 风险点 | 风险等级 | 防控措施`` (高/中/低), no 科室, 岗位 or "
        "姓名 column; the holder is the 发件人, the 科室 and post in the 主题's brackets; a blank row between mails",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maizhokunggar_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("连芃屹", "主任", "主持全面工作", [
            ("医疗卫生项目资金分配个人说了算", "高风险", "项目资金分配经党组会集体研究，纪要存档。"),
            ("干预医疗机构设备采购，为亲友推销产品", "高风险", "领导干部插手采购事项登记报告。"),
        ]),
        ("明骞湉", "副主任", "分管医政医管、医保监管协同", [
            ("对定点医疗机构虚假住院问题线索压案不查", "高风险", "问题线索集体研判，办理结果报委党组。"),
            ("医疗机构执业校验把关不严", "中风险", "校验材料两人审核，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "连昶岚", "middle", "医疗机构设置审批为不符合条件者开绿灯", "高风险",
         "设置审批实行现场核查和集体审议。"),
        ("医政医管股", "股长", "连昶岚", "middle", "医疗纠纷调处中偏袒一方", "中风险", "调处过程全程记录，结果书面告知。"),
        ("财务股", "会计", "明泠峤", "general", "专项补助资金拨付不按进度", "中风险", "资金拨付凭项目进度报表，股长复核。"),
        ("财务股", "出纳", "连溟翾", "general", "公款私存，现金收支不及时入账", "高风险", "现金日清月结，每月与银行对账。"),
        ("基层卫生股", "股长", "明珣岱", "middle", "基本公共卫生服务项目考核走过场", "中风险", "考核抽查到户，结果与资金挂钩并公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "maizhokunggar_health_commission_two_sheets", "http://2222398.com/news/show-126840.html",
        "县卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's report on 国家医保局 飞行检查 of high 住院率 "
        "(虚假住院, 虚构诊疗服务, 伪造诊断报告, 医疗机构 监管): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def maizhokunggar_tibetan_hospital_posts() -> dict:
    unit = f"{PLACE}藏医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", "藏药材采购", "藏药材采购不比价，指定供货商", "制度机制风险", "一级",
         "藏药材采购三家比价，院务会集体决定。"),
        ("藏药制剂室", "主任", "middle", "藏药制剂配制", "制剂原料以次充好，配制记录不全", "岗位职责风险", "一级",
         "原料入库检验，配制记录双人签字。"),
        ("藏药制剂室", "制剂员", "general", "制剂出入库", "制剂私自外销，出入库登记不实", "业务流程风险", "二级",
         "制剂出入库凭单登记，每月盘点。"),
        ("门诊部", "藏医医师", "general", "处方开具", "开大处方、收受药品回扣", "思想道德风险", "一级",
         "处方点评每月一次，结果与绩效挂钩。"),
        ("门诊部", "藏医医师", "general", "藏医药浴治疗", "药浴治疗项目多记费用", "外部环境风险", "二级",
         "治疗项目患者签字确认，收费科复核。"),
        ("收费室", "收费员", "general", "门诊收费", "收费不开票据，截留现金", "业务流程风险", "三级",
         "收费系统日结，财务科每日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "maizhokunggar_tibetan_hospital_posts", "http://media.tibet.cn/holiday/xxzx/201104/t20110415_998711.htm",
        "县藏医院 岗位廉政风险点排查表 对岗不对人, after the source's report on 藏医药 发展 (藏医院, 藏药, 藏医药技术人员, "
        "藏医药适宜技术): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def maizhokunggar_cdc_cards() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "连砚筠", "主任", "主持中心全面工作", "leader", [
            ("疫苗、检测试剂采购中收受供应商好处", "★★★", "采购进入政府采购平台，中心班子集体研究。"),
            ("疫情报告数据瞒报、迟报", "★★★", "疫情报告网络直报，专人每日核查。"),
            ("接受服务对象宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "明滟屺", "副主任", "分管计免科、检验科、后勤科", "leader", [
            ("疫苗冷链运输和储存管理失职", "★★", "冷链温度实时监测，记录每日上报。"),
            ("预防性健康体检收费不规范", "★★", "体检收费按物价标准公示，统一开票。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "maizhokunggar_cdc_cards", "https://sino-stroke.com/html/xdxxxgkznyml131884732index.html",
        "县疾病预防控制中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 县疾控中心 信息填报指南 (疫情报告, "
        "计免科 预防接种, 检验科, 后勤科, 预防性健康体检): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def maizhokunggar_health_inspection_group_rows() -> dict:
    unit = f"{PLACE}卫生健康综合监督执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "连琇崴", "leader", [
                ("非法行医案件查处中说情、干预，降低处罚", "高", "重大案件集体审议，处罚决定公开。"),
                ("联合执法中选择性执法", "高", "执法全过程记录，定期轮换检查区域。"),
            ]),
        ]),
        ("二、医疗卫生监督中队", "医疗卫生监督中队", [
            ("中队长", "明彧澂", "middle", [
                ("无证口腔诊所取缔不彻底，收受好处放任经营", "高", "取缔后复查，复查结果报大队。"),
            ]),
            ("监督员", "连峋湜", "general", [
                ("监督检查发现问题不记录、不报告", "中", "检查记录当日录入监督信息平台。"),
                ("接受被检查单位宴请，泄露检查信息", "低", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、公共卫生监督中队", "公共卫生监督中队", [
            ("监督员", "明栩岑", "general", [
                ("公共场所卫生许可现场审查走过场", "中", "现场审查两人以上，照片存档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "maizhokunggar_health_inspection_group_rows", "http://www.crossraguly.com/news/2020/090826213.html",
        "县卫生健康综合监督执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's 县卫健局卫生监督所 联合执法 (非法"
        "无证行医, 口腔诊所, 公共场所无证经营, 查处取缔): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、大队领导``, ``二、医疗卫生监督中队``, ``三、公共卫生监督中队`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def maizhokunggar_maternal_child_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    people = [
        ("连婳霈", "中心领导", "主任", "leader", [
            ("孕前优生健康检查项目资金虚报服务人数", "一级风险", "服务人数与信息系统逐月核对。", "已落实"),
            ("避孕药具采购指定供应商", "二级风险", "药具采购按县统一招标结果执行。", "未发现问题"),
        ]),
        ("明曜屾", "孕产保健科", "科长", "middle", [
            ("出生医学证明违规签发", "一级风险", "证件签发双人审核，空白证件专柜保管。", "已落实"),
            ("孕产妇住院分娩补助审核不严", "二级风险", "补助名单逐户核实并公示。", "已落实"),
        ]),
        ("连翯泓", "儿童保健科", "保健医生", "general", [
            ("儿童体检记录代填、补填", "三级风险", "体检记录当日录入系统，科长抽查。", "未发现问题"),
            ("向家长推销保健品收取好处", "二级风险", "严禁推销，设立举报电话。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maizhokunggar_maternal_child_selfchecks", "https://www.ppdoc.com/periodical/4053e9cc43487fd39e9a17b0e2e9defc.html",
        "县妇幼保健计划生育服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "paper on 孕前优生健康检查 and 孕产期保健: a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def maizhokunggar_gyama_clinic_list() -> dict:
    unit = f"{PLACE}甲玛乡卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "明琰峒", "leader", "拉拢群众挂床住院，虚构诊疗套取医保基金", "制度机制", "Ⅰ级",
         "住院病人每日查房登记，医保结算每月自查。"),
        ("院领导", "院长", "明琰峒", "leader", "药品耗材采购不按平台挂网价", "岗位职责", "Ⅱ级",
         "药品耗材一律平台采购，院务会公开。"),
        ("住院部", "护士长", "连淙翙", "middle", "护理记录补记、伪造", "业务流程", "Ⅰ级",
         "护理记录实时录入，院长每月抽查。"),
        ("医保室", "医保专干", "明瓒岷", "general", "医保结算清单审核不严，多报费用", "思想道德", "Ⅱ级",
         "结算清单双人审核，异常费用逐项核实。"),
        ("医保室", "医保专干", "明瓒岷", "general", "为他人冒名住院办理手续", "外部环境", "Ⅲ级",
         "入院核验身份证件，人证相符方可办理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "maizhokunggar_gyama_clinic_list", "http://syrshw.cn/news/i790210.html",
        "乡卫生院 岗位廉政风险防控一览表, after the source's 飞行检查 通报 (虚假住院, 伪造医学文书, 医保信息部, 护士长, 虚构诊疗): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def maizhokunggar_rido_clinic_register() -> dict:
    unit = f"{PLACE}日多乡卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "连沣崃", "leader", [
            ("村卫生室基本药物补助分配不公", "制度机制", "一级", "补助按服务人口测算，结果公示。"),
            ("参与联合执法时为非法行医者通风报信", "岗位职责", "二级", "执法信息保密，行动前统一通知。"),
        ]),
        ("财务室", "会计", "明渫岌", "general", [
            ("基本公共卫生服务经费报账票据不实", "业务流程", "一级", "报账附服务记录，院长审签。"),
        ]),
        ("公共卫生科", "公卫医生", "连琤屹", "general", [
            ("慢病随访记录弄虚作假", "业务流程", "二级", "随访电话抽查，结果记入考核。"),
            ("健康体检数据编造", "思想道德", "三级", "体检数据系统留痕，科室互查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "maizhokunggar_rido_clinic_register", "http://wsjsw.linyi.gov.cn/info/1148/9894.htm",
        "乡卫生院 廉政风险点排查登记表, after the source's 县 打击非法行医 (卫计局, 卫生监督所, 卫生院 in the 联合执法大队, 排查, "
        "取缔): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maizhokunggar_people_hospital_mail_returns(),
    maizhokunggar_health_commission_two_sheets(),
    maizhokunggar_tibetan_hospital_posts(),
    maizhokunggar_cdc_cards(),
    maizhokunggar_health_inspection_group_rows(),
    maizhokunggar_maternal_child_selfchecks(),
    maizhokunggar_gyama_clinic_list(),
    maizhokunggar_rido_clinic_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch946-inbox"))
