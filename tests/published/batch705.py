"""The seven-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's medical
insurance and hospital bodies, 喀喇沁旗 (of 赤峰市, 内蒙古自治区) — its 医疗保障局, 医疗保障事务中心
(the 医保经办 body), 医疗保障基金监管中心, 人民医院, 妇幼保健计划生育服务中心, 蒙医中医医院 and 锦山镇中心卫生院
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医疗保障局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 医疗保障事务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short ``风险类型``, 高/中/低; no
  names;
- the 医疗保障基金监管中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 人民医院's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 蒙医中医医院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 锦山镇中心卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line and a sign-off line.

One is harder:

- ``harqin_second_hospital_vertical_text``: the 第二人民医院's 廉政风险防控一览表 whose narrow ``科室``,
  ``岗位`` and ``姓名`` columns are merged down over each person's rows and typed VERTICALLY, one
  character a line (``药⏎剂⏎科``, ``科⏎长``, ``凌⏎翾⏎珩`` — 竖排 by Alt+Enter after every character, as
  offices do to fit a name into a column two characters wide). The README's 读得懂的表 knows a name
  typed one character a CELL down a block, a 责任人 cell listing several holders one a line, and a
  cell of name and 科室 on two lines; it does not describe a merged cell whose one word is broken
  into single characters one a line, which is one 科室, one post and one name, not several.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (医保欺诈 的行为类型 — 虚假住院、
挂床住院、串换药品、冒名就医; 医保基金欺诈治理 — 经办机构 内外勾结、稽核; 医疗保险基金监管与审计手册 —
基金收支、审计、监管职责; 医疗反腐 — 院长 被查、设备采购 回扣、统方; 出生医学证明 管理办法 — 空白证件
保管、签发、废证; 医疗政策执行 风险预警 — 政策落实、药品集采; 全国医药领域腐败问题集中整治 — 医药购销、
工程建设、耗材供应) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 凌 and 衣 with rare given
names); every unit is a body of 喀喇沁旗.

Run ``python tests/published/score.py --set batch705`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a merged cell typed one character a line is ONE word: ``药⏎剂⏎科`` is the 科室
  药剂科, ``副⏎院⏎长`` the post 副院长, ``凌⏎翾⏎珩`` the holder 凌翾珩 — one holder a cell, not three;
- ``局领导``, ``中心领导``, ``院领导`` (a group row, a 科室 cell) are the 科室 of those leaders where the
  table writes them; the 医疗保障局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders
  have no 科室; a 局's 股, a 中心's 科 and a 医院's 科/办 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任 of a 中心 (in its leaders' group), 院长, 副院长
  are leaders; 股长 and a 科's 科长/主任 middle; the rest (经办员, 稽核员, 会计, 药师, 采购员, 收费员,
  护士长 counted middle) as the rows say;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 医疗保障事务中心's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b705_"
PLACE = "喀喇沁旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def vertical(word: str) -> str:
    """A word typed one character a line (竖排 by Alt+Enter)."""
    return "\n".join(word)


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
VERTICAL = [
    ("院领导", "副院长", "凌翾珩", "leader", [
        ("大型医疗设备采购参数设置带有倾向性，“定制式”招标", "高", "采购参数经医学装备管理委员会论证，招标文件公开征求意见。"),
        ("分管科室的工程建设项目插手干预", "高", "工程项目一律进入旗公共资源交易中心，全程纪检监督。"),
    ]),
    ("药剂科", "科长", "衣沅翊", "middle", [
        ("新药引进中收受医药代表回扣", "高", "新药引进经药事管理与药物治疗学委员会集体投票。"),
        ("违规向医药代表提供科室用药数据（统方）", "中", "信息系统设统方权限，查询留痕，定期抽查。"),
    ]),
    ("设备科", "采购员", "凌澂翊", "general", [
        ("耗材验收把关不严，以次充好", "中", "耗材验收双人签字，使用科室参与验收。"),
        ("拆分采购规避招标", "高", "年度采购计划汇总后统一采购，财务科审核。"),
    ]),
    ("医保办", "主任", "衣琬翛", "middle", [
        ("协助住院病人挂床住院、分解住院套取医保基金", "高", "每月抽查在院病人，出院病历医保办逐份审核。"),
        ("医保违规扣款申诉材料弄虚作假", "低", "申诉材料由科室负责人签字，医保办复核存档。"),
    ]),
]  # fmt: skip


def harqin_second_hospital_vertical_text() -> dict:
    unit = f"{PLACE}第二人民医院"
    sh = _Sheet("风险点", [6, 4, 4, 4, 42, 8, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报科室：院纪委办公室{GAP * 16}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in VERTICAL:
        for point, lv, measures in points:
            n += 1
            sh.add(n, vertical(dept), vertical(post), vertical(who), point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    sh.add("填表人：", None, None, None, "审核人：", None, "院长（签字）：")
    return _layout(
        "harqin_second_hospital_vertical_text", "https://fx361.cc/page/2023/1014/22659147.shtml",
        "(harder) 旗第二人民医院 岗位廉政风险防控一览表, after the source's report on 全国医药领域腐败问题集中整治 (医药购销, 工程建设, "
        "耗材供应, 院长 被查): a title, a 填报科室/date line, then 序号/科室/岗位/姓名/廉政风险点/风险等级/防控措施 where the "
        "NARROW 科室, 岗位 and 姓名 columns are merged down over each person's rows and typed VERTICALLY, one character a "
        "line (``药⏎剂⏎科``, ``科⏎长``, ``凌⏎翾⏎珩``); 高/中/低, no type column; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def harqin_medical_security_bureau_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("衣瑾翮", "局长", "主持全面工作", [
            ("定点医药机构协议管理中打招呼、说情", "一级", "定点准入评估结果经局党组会研究并公示。"),
            ("医保基金违规案件查处中压案不查、以罚代刑", "一级", "案件查处实行集体审理，涉嫌犯罪的移送公安。"),
        ]),
        ("凌昶霈", "副局长", "分管基金监管、待遇保障", [
            ("飞行检查发现的虚假住院问题降格处理", "一级", "检查结果和处理意见集体会商，处理结果公开。"),
            ("特殊病种认定把关不严", "二级", "特殊病种认定由专家组评审，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "股长", "凌珝澈", "middle", "对串换药品、冒名就医的线索不核查", "一级", "举报线索登记编号，限期核查反馈。"),
        ("基金监管股", "股长", "凌珝澈", "middle", "现场检查接受定点机构宴请", "二级", "检查不少于两人，签订廉洁承诺。"),
        ("基金监管股", "科员", "衣翀湉", "general", "检查记录不如实填写", "三级", "检查记录当场由被检查单位签字确认。"),
        ("待遇保障股", "股长", "衣泓琇", "middle", "医疗救助对象认定优亲厚友", "二级", "救助对象名单在嘎查村公示。"),
        ("待遇保障股", "科员", "凌菡翙", "general", "异地就医备案材料审核不严", "三级", "备案材料双人审核，系统留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "harqin_medical_security_bureau_two_sheets", "http://m.fx361.com/news/2021/0127/15941489.html",
        "旗医疗保障局 廉政风险防控一览表 in two sheets, after the source's article on 医保欺诈 的行为类型 (虚假住院, 冒名就医, "
        "串换药品, 查处): 局领导 (姓名/职务/分管工作 merged per leader) and 股室 (股室 merged, 岗位/姓名 merged per person), "
        "``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def harqin_medical_security_service_centre_posts() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "与定点医药机构内外勾结，违规拨付医保基金", "岗位职责", "高", "基金拨付经审核、复核、审批三个环节。"),
        ("中心领导", "主任", "leader", "经办内控制度执行走过场", "制度机制", "中", "每季度开展内控检查，结果通报。"),
        ("结算科", "审核员", "general", "医疗费用审核中放宽标准，违规报销", "岗位职责", "高", "审核结果随机抽取复核，差错追责。"),
        ("结算科", "审核员", "general", "零星报销票据重复报销", "业务流程", "中", "票据原件核销并在系统登记。"),
        ("稽核科", "稽核员", "general", "稽核发现的违规费用不追回", "岗位职责", "高", "稽核结果录入系统，扣款全程留痕。"),
        ("参保登记科", "经办员", "general", "违规办理参保登记、虚假参保", "外部环境", "低", "参保信息与公安、民政数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    return _layout(
        "harqin_medical_security_service_centre_posts", "http://www.handmsg.com/page/2022/0830/14458596.shtml",
        "旗医疗保障事务中心 岗位廉政风险排查表 对岗不对人, after the source's study of 医保基金欺诈治理 (经办机构 内外勾结, 稽核, "
        "虚假参保): 科室 and 岗位 merged, short 风险类型, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def harqin_fund_supervision_centre_group_rows() -> dict:
    unit = f"{PLACE}医疗保障基金监管中心"
    sh = _Sheet("清单", [6, 10, 9, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("中心领导", [("主任", "衣芃湛", "leader", [
            ("基金监管检查对象确定不公", "一级风险", "检查对象“双随机”抽取。"),
            ("审计发现问题整改督办不力", "二级风险", "整改台账销号管理。"),
        ])]),
        ("监督检查科", [("科长", "凌琛翃", "middle", [
            ("检查中选择性执法、降低处罚标准", "一级风险", "处罚按裁量基准执行，集体审议。"),
        ]), ("科员", "衣翯湘", "general", [
            ("泄露检查时间和检查内容", "二级风险", "检查方案保密，出发前公布对象。"),
            ("数据筛查疑点不逐条核实", "三级风险", "疑点核实结果逐条登记。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for gi, (dept, people) in enumerate(groups):
        _line(sh, f"{'一二'[gi]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    return _layout(
        "harqin_fund_supervision_centre_group_rows", "https://www.renrendoc.com/paper/506728287.html",
        "旗医疗保障基金监管中心 廉政风险防控责任清单, after the source's 医疗保险基金监管与审计手册 (监管职责, 审计, 检查): "
        "group rows ``一、中心领导`` ``二、监督检查科`` merged across, 岗位/姓名 merged per person, "
        "``一级风险/二级风险/三级风险``",
        [sh], t,
    )  # fmt: skip


def harqin_peoples_hospital_list() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, "附件1", 8)
    _line(sh, f"{unit}廉政风险点一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "凌翥湄", "leader", "“三重一大”事项个人说了算", "制度机制", "高风险", "严格执行院党委会议事规则。"),
        ("院领导", "院长", "凌翥湄", "leader", "收受医药企业贿赂", "思想道德", "高风险", "签订廉洁承诺，个人事项如实报告。"),
        ("财务科", "科长", "衣霁琰", "middle", "医疗收费价格执行不规范，多收费", "岗位职责", "中风险", "价格公示，每月开展收费自查。"),
        ("财务科", "收费员", "凌璟沄", "general", "挪用、截留医疗收入", "岗位职责", "高风险", "日结日清，财务科不定期盘点。"),
        ("检验科", "主任", "衣岍翎", "middle", "检验试剂采购接受供应商回扣", "外部环境", "中风险", "试剂采购由采购中心统一议价。"),
        ("护理部", "护士长", "凌霂珈", "middle", "收受病人家属红包", "思想道德", "低风险", "拒收红包登记，患者满意度回访。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "harqin_peoples_hospital_list", "https://cn.baaghitv.com/?p=109964",
        "旗人民医院 廉政风险点一览表, after the source's report on the 医疗领域 “反腐风暴” (院长、党委书记 被查, 医药行业 全链条 "
        "整治): ``附件1``, a title, a 填报单位（盖章） line, 科室/岗位/责任人 on EVERY row, short types, "
        "``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def harqin_maternal_child_centre_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    cards = [
        ("衣翾琮", "主任", "主持全面工作", "leader", [
            ("出生医学证明空白证件管理混乱、违规出具", "★★★", "空白证件专柜双锁保管，领用登记。"),
            ("孕产妇保健项目资金挤占挪用", "★★", "项目资金专账核算，接受审计。"),
        ]),
        ("凌湜翡", "签发员", "出生医学证明签发", "general", [
            ("无助产记录违规签发出生医学证明", "★★★", "签发材料双人核验，机构外出生的经鉴定后签发。"),
            ("废证不登记、不上交", "★★", "废证逐份登记，年度集中上交销毁。"),
            ("泄露新生儿及父母个人信息", "★", "信息系统分级授权，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, tier, points in cards:
        sh = _Sheet(who, [6, 14, 10, 30, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, None, None)
        sh.add("分管工作", work, None, None, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 5)
        sh.add("序号", "风险点", None, None, "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, None, lv, measures)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sheets.append(sh)
    return _layout(
        "harqin_maternal_child_centre_cards", "http://ctrl---www.zhejianglong.com/c/1376647_5.html",
        "旗妇幼保健计划生育服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 出生医学证明管理办法 (空白证件 "
        "保管, 废证 登记销毁, 信息保密): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, ``★★★/★★/★`` read by a "
        "``注：`` line",
        sheets, t,
    )  # fmt: skip


def harqin_mongolian_medicine_hospital_selfchecks() -> dict:
    unit = f"{PLACE}蒙医中医医院"
    t = _Truth(unit)
    people = [
        ("凌翊澜", "药剂科", "科长", "middle", [
            ("集采药品不按约定用量采购，转采高价药", "Ⅰ级", "集采执行情况每月通报。", "已自查"),
            ("蒙药制剂原料验收不严", "Ⅱ级", "原料验收留样备查。", "已自查"),
        ]),
        ("衣沨琇", "医务科", "科长", "middle", [
            ("医疗纠纷处理中偏袒一方", "Ⅱ级", "纠纷处理由医患沟通办集体研究。", "已自查"),
            ("执业注册、进修人员选派不公", "Ⅲ级", "选派条件公开，结果公示。", "已自查"),
            ("病历质量检查中人情打分", "Ⅲ级", "病历评查交叉进行，结果公示。", "已自查"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, done) in enumerate(points, 1):
            sh.add(i, point, lv, measures, done)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sheets.append(sh)
    return _layout(
        "harqin_mongolian_medicine_hospital_selfchecks", "https://www.renrendoc.com/paper/501476850.html",
        "旗蒙医中医医院 岗位廉政风险自查表, one sheet a person, after the source's 医疗政策执行中的风险预警与防控 (药品集中采购, "
        "政策落实): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, "
        "``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def harqin_jinshan_health_centre_register() -> dict:
    unit = f"{PLACE}锦山镇中心卫生院"
    sh = _Sheet("登记表", [6, 12, 9, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "衣琦翀", "leader", "基本公共卫生服务项目资金虚报冒领", "岗位职责", "一级", "项目资金按绩效考核结果拨付。"),
        ("院领导", "院长", "衣琦翀", "leader", "卫生院维修工程直接指定施工方", "制度机制", "一级", "工程比选，结果公示。"),
        ("公卫科", "科长", "凌滢翾", "middle", "家庭医生签约服务虚假签约", "业务流程", "二级", "签约对象电话回访抽查。"),
        ("妇产科", "助产士", "衣涴珩", "general", "助产记录不实，协助违规办理出生证明", "岗位职责", "一级", "助产记录由科室主任审核签字。"),
        ("药房", "药师", "凌姝翛", "general", "药品出入库账实不符", "业务流程", "三级", "每月盘点，账实核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "harqin_jinshan_health_centre_register", "http://baike.sov5.org/b/uAmCuJYdgW",
        "镇中心卫生院 廉政风险点排查登记表, after the source's 出生医学证明管理办法 (助产机构, 签发, 工作职责): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    harqin_second_hospital_vertical_text(),
    harqin_medical_security_bureau_two_sheets(),
    harqin_medical_security_service_centre_posts(),
    harqin_fund_supervision_centre_group_rows(),
    harqin_peoples_hospital_list(),
    harqin_maternal_child_centre_cards(),
    harqin_mongolian_medicine_hospital_selfchecks(),
    harqin_jinshan_health_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch705-inbox"))
