"""The three-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 医保 and 人社
bodies, 兴平市 (a county-level city of 咸阳, its staff Han) — the 市医疗保障局, the
市医疗保险经办中心, the 市人力资源和社会保障局, the 市劳动保障监察大队, the 市就业服务中心, the
市社会保险经办中心, the 市劳动人事争议仲裁院 and the 市人才交流服务中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 医疗保障局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 制表/审核/date line under each;
- the 医疗保险经办中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 劳动保障监察大队's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … | 职　务
  | …`` and ``所在中队 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type
  column, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 大队长签字：``;
- the 就业服务中心's 自查表, one sheet a person (tabs named by the holder): a ``单位：…`` line, pairs
  ``姓　名 | … | 所在科室 | … | 职　务 | …`` above ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 科室负责人审核：``;
- the 社会保险经办中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、养老保险股``,
  ``三、工伤保险股``, ``四、稽核股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 劳动人事争议仲裁院's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 人才交流服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/中心主任（签字）
  line.

One is harder:

- ``xingping_hrss_bureau_point_and_manifestation_rows``: the 人力资源和社会保障局's
  岗位廉政风险防控一览表, drafted as a TABLE IN WORD (the 市纪委监委's notice came as a .doc) and COPIED
  INTO EXCEL, as Excel pastes a Word table: every paragraph of a Word cell lands in a row of its own,
  and a cell of one paragraph is merged down over the rows its Word row needs. The heading is an
  ordinary one, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` — one
  ``廉政风险点`` column and a ``防控措施`` column of its own — but in the Word table each
  ``廉政风险点`` cell was written in TWO PARAGRAPHS, the risk point's SHORT NAME first
  (``职称申报材料审核``) and ITS MANIFESTATION after it, an unlabelled, unnumbered sentence
  (``对申报人论文、业绩材料真实性把关不严，让不符合条件的人员通过资格审查``), as the 注 under the table
  says (``“廉政风险点”栏第一段为风险点名称，第二段为其主要表现``). The ``防控措施`` cells hold two or three
  numbered paragraphs (``1.…；``, ``2.…。``). So in Excel EACH POINT TAKES TWO OR THREE ROWS: its
  ``序号``, ``风险类型`` and ``风险等级`` merged down over them (``股室`` over the 股室's rows, ``岗位`` and
  ``姓名`` over the person's), the measures one a row in the measures column, and in the POINT
  COLUMN the NAME in the first row and the MANIFESTATION in the row UNDER IT (merged down over the
  third row when the measures take three). Two points of the 局领导 have no manifestation: their
  name cell, one paragraph, is merged over all their rows. The title, the ``填报单位…`` line, the
  ``注：`` and the 填表人/审核人 line are Word paragraphs: plain unmerged cells in column A.
  The README's 读得懂的表 knows a short 风险点 beside a long description COLUMN (``风险点 | 风险表现``,
  ``风险点——表现形式`` in one cell, ``风险点及表现形式`` whose cell numbers its 表现 lines); a sentence the
  typist continued in the next row after a COMMA; a row cut by a PAGE BREAK; measures one a row in
  the MEASURES column; a Word table pasted so that the POST AND ITS HOLDER stand in two rows of one
  column (batches 258, 269); and, under ``廉政风险点及防控措施`` with NO measures column, the point's own
  NUMBERED MEASURES split by the paste into rows under it in the point column (batch 347). It does
  not describe a table WITH its own measures column whose POINT cells were split by the paste into
  the point's NAME and, in the row under it in the same column, its UNNUMBERED, UNLABELLED
  MANIFESTATION — a sentence longer than the point, filled from the merges with the point's 序号,
  holder, type and level, ending with no comma, that is neither a second point, nor the point's
  continuation, nor a measure. ``grep -l`` over the earlier batches for ``manifestation``,
  ``表现`` with ``Word`` and ``paragraph`` finds only the cases above (measures, posts and holders
  split; 表现 in a column of its own or after ``——``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市人社局's 政府信息公开制度 —
局属单位、科室, 政务公开事项 and 办事公开事项, 依法公开, 目标效能考核; the 医疗机构医疗保障定点管理暂行办法 —
定点申请, 专业评估, 协商谈判, 协议订立, 协议履行, 协议解除; a 市's 基本医疗保险 定点医疗机构 服务协议 —
普通门诊, 住院, 门诊慢性病, 门诊特殊病, 按协议拨付, 投诉渠道; what a 劳动监察大队 does — 接收投诉,
初步审核, 调查取证, 处理决定, 反馈结果, 欠薪; 创业促就业社区金融 试点 in 咸阳兴平市 — 小额担保贷款,
社区评审, 街道办事处, 担保基金, 贷款发放和回收; a 社会保险基金稽核检查制度 — 缴费基数, 待遇享受条件,
重复享受, 冒领, 骗取遗属补助费; a 省 劳动人事争议调解仲裁条例 草案 说明 — 调解, 仲裁, 仲裁员,
争议案件 受理, 和谐劳动关系; what a 人才交流服务中心 is — 人才余缺信息, 招聘, 人才培训, 人事代理) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 兴平市, named with the city's name.

Run ``python tests/published/score.py --set batch389`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is ONE WORD ROW: its ``序号``, type and level are the merged cells; its
  risk point is the SHORT NAME, the first row of the point column (the 注 says so, and a table with
  a short name and a long description has the short name as its point, ``layouts.py``); the
  manifestation in the row under it is no point, no part of the point and no measure; the
  ``防控措施`` rows are the point's measures and no points; the paragraphs above and below the
  table (title, ``填报单位…``, ``注：…``, 填表人/审核人) are no points; ``局领导`` is the 科室 of the
  局长 and 副局长 there, as in the 医保局's sheet;
- ``局领导`` (a 股室 cell of the 人社局's list; the 医保局's sheet of its leaders, named so by its tab
  and title), ``中心领导`` (a 科室 cell of the 医保经办中心's and the 人才交流服务中心's lists; a group
  row of the 社保中心; the 就业服务中心 自查表's ``所在科室`` of its 副主任), ``大队领导`` (the 监察大队 card's ``所在中队``) and ``院领导`` (a 科室 cell of the
  仲裁院's list) are the 科室 of those leaders; a 局's 股 and 办公室, a 中心's 科 and 股, a 大队's
  中队 and a 院's 庭 and 办公室 are 科室; a group row ``二、养老保险股`` gives the 科室 ``养老保险股``
  (its number left off);
- 局长, 副局长, a 中心's 主任 and 副主任, 大队长, 院长 are leaders; 股长, 科长, 中队长, 庭长 and
  办公室主任 middle; the rest (科员, 会计, 出纳, 稽核员, 审核员, 结算员, 监察员, 仲裁员, 书记员,
  经办员, 窗口受理员, 档案管理员, 信贷专干) general;
- ``风险点 | 主要表现`` (the 医保经办中心's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``工作环节`` and ``持卡时间`` are no points and name no holder; the 医保经办中心's list
  names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 仲裁院's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``layouts.write_xlsx``
with borders, dates and taller rows for cells of several lines) and ``truth.json``; no re-saved
copies (as batch280 and batch386).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b389_"
PLACE = "兴平市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年9月"


# --------------------------------------------------------------------------- harder layout

PASTED_UNIT = f"{PLACE}人力资源和社会保障局"
PASTED_TAB = "一览表"
PASTED_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
PASTED_NOTE = (
    "注：1.“廉政风险点”栏第一段为风险点名称，第二段为其主要表现；"
    "2.风险等级分高、中、低三级；3.风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类。"
)
# (股室, [(岗位, 姓名, tier, [(风险点名称, 主要表现 or None, 风险类型, 风险等级, [防控措施, one a paragraph])])])
PASTED_ROWS = [
    ("局领导", [
        ("局长", "乜翛岚", "leader", [
            ("“三重一大”事项决策", None, "制度机制", "高", [
                "1.“三重一大”事项清单化管理，局党组会集体研究；",
                "2.会议纪要存档备查，决策执行情况年终通报。",
            ]),
            ("干部选拔任用", "动议、考察环节搞个人说了算，对拟任人选把关不严", "岗位职责", "高", [
                "1.严格执行干部选拔任用条例，全程纪实；",
                "2.拟任人选任前公示，接受干部职工监督；",
                "3.驻局纪检监察组全程参与。",
            ]),
        ]),
        ("副局长", "宓稷澜", "leader", [
            ("社保基金支出审批", None, "岗位职责", "高", [
                "1.大额基金支出实行会签，报局党组研究；",
                "2.基金支出情况每季度向局党组报告。",
            ]),
            ("就业补助资金分配", "资金分配向关系人所在企业、培训机构倾斜，不按因素法分配", "思想道德", "中", [
                "1.分配方案按因素法测算，局务会研究；",
                "2.分配结果在局门户网站公示。",
            ]),
        ]),
    ]),
    ("办公室", [
        ("主任", "晁溆芃", "middle", [
            ("公务接待和公车管理", "无公函接待、超标准接待，公车私用、虚报维修加油费用", "制度机制", "低", [
                "1.接待先审批后接待，清单按月公示；",
                "2.公车定点维修、加油，费用按车核算。",
            ]),
        ]),
    ]),
    ("专业技术人员管理股", [
        ("股长", "谯砚岿", "middle", [
            ("职称申报材料审核", "对申报人论文、业绩材料真实性把关不严，让不符合条件的人员通过资格审查", "岗位职责", "高", [
                "1.申报材料单位初审、股室复审两级把关；",
                "2.论文、业绩材料网上查验；",
                "3.资格审查结果公示七个工作日。",
            ]),
            ("评委会组建和评审组织", "评审专家人选不随机抽取，事先泄露评委名单或评审信息", "业务流程", "中", [
                "1.评审专家从专家库随机抽取；",
                "2.评委名单评审前保密，评审全程录音录像。",
            ]),
        ]),
    ]),
    ("就业促进和失业保险股", [
        ("股长", "阙旻淇", "middle", [
            ("失业保险稳岗返还审核", "对企业参保、裁员情况核查不实，向不符合条件的企业返还资金", "业务流程", "中", [
                "1.稳岗返还名单经信息系统比对；",
                "2.返还名单公示，资金直接拨付企业账户。",
            ]),
        ]),
        ("科员", "檀翊沨", "general", [
            ("职业技能培训补贴核发", "对培训机构虚报培训人数、课时审核不严，套取补贴资金", "外部环境", "中", [
                "1.培训人员实名签到，课时抽查；",
                "2.补贴资金按考核合格人数拨付；",
                "3.培训机构违规列入黑名单。",
            ]),
        ]),
    ]),
    ("劳动关系股", [
        ("科员", "糜珩溟", "general", [
            ("企业工资支付情况检查", "检查中接受企业宴请、礼品，对拖欠工资问题不督促整改", "思想道德", "低", [
                "1.检查两人以上同行，签订廉洁承诺；",
                "2.检查结果和整改情况登记备查。",
            ]),
        ]),
    ]),
]  # fmt: skip


def xingping_hrss_bureau_point_and_manifestation_rows() -> dict:
    unit = PASTED_UNIT
    sh = _Sheet(PASTED_TAB, [6, 14, 9, 9, 40, 10, 9, 40])
    t = _Truth(unit)
    # Word paragraphs above the table land in column A, unmerged
    sh.add(f"{unit}岗位廉政风险防控一览表")
    sh.add(f"填报单位：{unit}（盖章）{GAP * 8}填报时间：{DATE}")
    sh.add(*PASTED_HEAD)
    n = 0
    for dept, people in PASTED_ROWS:
        dept_first = len(sh.rows)
        for post, who, tier, points in people:
            person_first = len(sh.rows)
            for name, shown, typ, lv, measures in points:
                n += 1
                first = len(sh.rows)
                rows = len(measures)
                for k, measure in enumerate(measures):
                    if k == 0:  # 股室 and 岗位/姓名 typed once, merged down below
                        d = dept if first == dept_first else None
                        p, w = (post, who) if first == person_first else (None, None)
                        sh.add(n, d, p, w, name, typ, lv, measure)
                    elif k == 1 and shown is not None:
                        sh.add(None, None, None, None, shown, None, None, measure)
                    else:
                        sh.add(None, None, None, None, None, None, None, measure)
                last = first + rows - 1
                for c in (0, 5, 6):  # one paragraph each: merged over the Word row
                    sh.merge(first, c, last, c)
                if shown is None:  # the point cell of one paragraph
                    sh.merge(first, 4, last, 4)
                elif rows > 2:  # the manifestation, the last paragraph, merged down
                    sh.merge(first + 1, 4, last, 4)
                t.point(sh.name, dept, post, who, tier, name, types_in(typ), HML[lv])
            person_last = len(sh.rows) - 1
            for c in (2, 3):
                if person_last > person_first:
                    sh.merge(person_first, c, person_last, c)
        dept_last = len(sh.rows) - 1
        if dept_last > dept_first:
            sh.merge(dept_first, 1, dept_last, 1)
    sh.add(PASTED_NOTE)
    sh.add(f"填表人：{GAP * 6}审核人：{GAP * 6}局长（签字）：")
    return _layout(
        "xingping_hrss_bureau_point_and_manifestation_rows",
        "https://www.nxzw.gov.cn/zwgk/bmxxgkml/srlzyhshbzj/zfxxgkzd_49499/201912/t20191213_1885471.html",
        "(harder) 市人力资源和社会保障局 岗位廉政风险防控一览表, after the source's 人社局 政府信息公开制度 (局属单位、科室, "
        "政务公开事项, 办事公开事项): drafted as a Word table and PASTED INTO EXCEL — the title, a ``填报单位：…（盖章）　"
        "填报时间：2025年9月`` paragraph, the ``注：`` and the 填表人/审核人 line as plain cells in column A; heading "
        "序号/股室/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; EVERY PARAGRAPH OF A WORD CELL IN A ROW OF "
        "ITS OWN: the numbered measures one a row, 序号/类型/等级 merged over the point's two or three rows, 股室 over the "
        "股室's and 岗位/姓名 over the person's — and each 廉政风险点 cell, of TWO paragraphs in Word, split into the point's "
        "SHORT NAME (first row) and its UNNUMBERED, UNLABELLED MANIFESTATION in the row UNDER IT in the same column (merged "
        "over a third row); two leaders' points have a name only, merged over their rows",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xingping_medical_security_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("嵇窈翯", "局长", "主持全面工作", [
            ("定点医药机构准入不经集体研究，个人说了算", "一级", "定点准入专业评估后局务会集体研究，结果公示。"),
            ("为亲友或特定关系人办理医保待遇打招呼", "一级", "领导干部插手干预医保经办事项如实登记报告。"),
        ]),
        ("郜黉澄", "副局长", "分管基金监管、医药价格和招采", [
            ("对定点医药机构违规问题查处高举轻放", "一级", "案件查处集体审理，处理结果网上公开。"),
            ("药品耗材集中带量采购执行中为企业说情", "二级", "采购结果执行情况按月通报，约谈记录存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "股长", "缑岿湉", "middle", [
            ("现场检查中接受定点医药机构宴请、礼品", "一级", "检查实行双随机，两人以上同行，签订廉洁承诺。"),
            ("协议解除、暂停结算等处理畸轻畸重", "二级", "处理意见对照协议条款逐条审核，集体研究。"),
        ]),
        ("基金监管股", "科员", "蒯霂岑", "general", [
            ("举报线索登记不及时、泄露举报人信息", "二级", "举报线索编号登记，举报人信息专人保管。"),
        ]),
        ("待遇保障股", "股长", "逄潆翎", "middle", [
            ("门诊慢特病认定标准执行不严", "二级", "认定实行专家评审，认定结果定期抽查。"),
            ("医疗救助对象审核把关不严", "三级", "救助对象与民政数据比对，名单公示。"),
        ]),
        ("办公室", "会计", "鞠岱沄", "general", [
            ("报销票据审核不严，虚列支出", "三级", "报销票据逐张审核，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "xingping_medical_security_two_sheets", "https://www.lnspermbank.com/service/guide/2346",
        "市医疗保障局 file in two sheets after the source's 医疗机构医疗保障定点管理暂行办法 (定点申请, 专业评估, 协商谈判, 协议订立, "
        "协议履行, 协议解除): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged (基金监管股, 待遇保障股, 办公室)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def xingping_medical_insurance_center_posts() -> dict:
    unit = f"{PLACE}医疗保险经办中心"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("医保费用拨付签批", "对审核有疑点的结算费用签批拨付", "岗位职责风险", "Ⅰ级",
             "拨付实行初审、复核、签批三级把关，疑点费用暂缓拨付。"),
            ("经办系统权限分配", "给非经办人员开设结算系统账号", "制度机制风险", "Ⅱ级", "系统账号按岗位分配，每季度清理。"),
        ]),
        ("结算科", "审核员", "general", [
            ("住院费用审核", "对分解住院、挂床住院等违规费用审核不严", "业务流程风险", "Ⅰ级",
             "智能审核与人工复核结合，疑点病历调阅核实。"),
            ("门诊慢特病费用审核", "超范围用药、超量开药不予扣减", "岗位职责风险", "Ⅱ级", "审核规则公开，扣减明细告知医疗机构。"),
        ]),
        ("结算科", "结算员", "general", [
            ("异地就医手工报销", "报销票据真伪核验不严，重复报销", "业务流程风险", "Ⅰ级", "票据联网核验，报销记录系统留痕。"),
        ]),
        ("稽核科", "稽核员", "general", [
            ("定点机构日常稽核", "稽核前通风报信，稽核发现问题不如实记录", "外部环境风险", "Ⅰ级",
             "稽核对象随机抽取，稽核记录双人签字。"),
            ("参保人员待遇稽核", "对冒名就医、重复享受待遇查处不力", "思想道德风险", "Ⅲ级", "稽核结果每月通报，问题线索移交局基金监管股。"),
        ]),
        ("综合科", "档案管理员", "general", [
            ("经办档案借阅", "参保档案随意借阅、拍照外传", "制度机制风险", "Ⅲ级", "档案借阅登记审批，档案室安装监控。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "xingping_medical_insurance_center_posts", "https://m.bdocx.com/doc/16807362.html",
        "市医疗保险经办中心 岗位廉政风险点排查表 对岗不对人, after the source's 基本医疗保险 定点医疗机构 服务协议 (普通门诊, 住院, "
        "门诊慢性病, 门诊特殊病, 按协议拨付): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def xingping_labor_inspection_cards() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "沐罄棠", "leader", "大队领导", [
            ("重大欠薪案件不经集体研究，个人定案", "★★★", "重大案件集体审理，处理决定法制审核先行。"),
            ("对用人单位违法行为降格处理、以罚代改", "★★★", "处罚裁量对照基准，处理结果网上公开。"),
            ("大队经费使用不按规定审批", "★★", "经费支出集体研究，票据逐张审核。"),
        ]),
        ("中队长", "邬瑀潺", "middle", "第一中队", [
            ("投诉举报案件压案不办、拖延办理", "★★", "投诉举报登记编号，办理时限系统预警。"),
            ("调查取证中向用人单位通风报信", "★★★", "检查方案保密，调查取证两人以上。"),
        ]),
        ("监察员", "滕曦翾", "general", "第一中队", [
            ("现场检查中接受用人单位宴请、礼品", "★★", "检查签订廉洁承诺，全程执法记录仪记录。"),
            ("欠薪调解中偏袒一方当事人", "★", "调解过程记录在案，调解结果双方签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 14, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在中队", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "大队长签字：", None)
        sheets.append(sh)
    return _layout(
        "xingping_labor_inspection_cards", "https://zixun.lyxww.cn/bkkx/202509/626994.html",
        "市劳动保障监察大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 监察员), after the source's account of a "
        "劳动监察大队 (接收投诉, 初步审核, 调查取证, 处理决定, 反馈结果): a title, PAIRS ``持卡人 | … | 职　务 | …`` and "
        "``所在中队 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 大队长签字：``",
        sheets, t,
    )  # fmt: skip


def xingping_employment_center_selfchecks() -> dict:
    unit = f"{PLACE}就业服务中心"
    t = _Truth(unit)
    people = [
        ("副主任", "屠淏芸", "leader", "中心领导", [
            ("创业担保贷款审批", "对借款人创业项目、反担保条件审核把关不严签批放贷", "岗位职责", "高风险",
             "贷款申请社区评审、街道审核、中心审批，审批结果公示。"),
            ("担保基金管理", "担保基金不按规定存放，代偿审核不严", "制度机制", "高风险", "担保基金专户管理，代偿集体研究。"),
        ]),
        ("信贷专干", "闫翀瀛", "general", "创业服务科", [
            ("贷前调查", "调查走过场，为不符合条件的人员出具同意意见", "业务流程", "中风险", "贷前调查两人以上，入户拍照存档。"),
            ("贷款回收催收", "收受借款人好处，放任逾期不催收", "思想道德", "中风险", "逾期贷款按月通报，催收记录存档。"),
            ("办事群众接待", "接受办事群众吃请", "外部环境", "低风险", "接待登记，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in people:
        sh = _Sheet(who, [6, 16, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"单位：{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, f"职{GAP}务", post)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "科室负责人审核：", None, None)
        sheets.append(sh)
    return _layout(
        "xingping_employment_center_selfchecks",
        "https://shanghai.3158.cn/info/20150529/n19580102313337.html",
        "市就业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 创业促就业社区金融 "
        "试点 in 咸阳兴平市 (小额担保贷款, 社区评审, 街道办事处, 担保基金, 贷款发放和回收): a title, a merged ``单位：…`` line, "
        "PAIRS ``姓　名 | … | 所在科室 | … | 职　务 | …``, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a blank row and ``本人签名： | 科室负责人审核：``",
        sheets, t,
    )  # fmt: skip


def xingping_social_insurance_center_duties() -> dict:
    unit = f"{PLACE}社会保险经办中心"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "禚岫翛", "leader", [
                ("待遇支付审批", "对手续不全的大额待遇支付签批同意", "岗位职责", "一级风险", "大额支付集体会审，签批意见留痕。"),
                ("经办人员岗位调整", "关键岗位长期不轮岗，不相容岗位兼任", "制度机制", "二级风险", "关键岗位定期轮岗，不相容岗位分设。"),
            ]),
        ]),
        ("二、养老保险股", "养老保险股", [
            ("股长", "訾澈岷", "middle", [
                ("退休待遇核定", "违规认定视同缴费年限，提高待遇标准", "岗位职责", "一级风险", "待遇核定初审、复核分离，档案原件核查。"),
                ("养老保险费补缴", "凭不实材料为他人办理补缴", "外部环境", "一级风险", "补缴材料逐项核实，补缴三年以上报局审批。"),
            ]),
            ("经办员", "芮琤沅", "general", [
                ("领取资格认证", "对死亡、服刑人员不及时停发待遇，致使冒领", "业务流程", "二级风险", "每月数据比对，疑点人员上门核实。"),
            ]),
        ]),
        ("三、工伤保险股", "工伤保险股", [
            ("股长", "巩翯漪", "middle", [
                ("工伤医疗费审核", "超目录、超标准费用不予剔除", "业务流程", "二级风险", "按目录和住院服务标准审核，复核留痕。"),
            ]),
        ]),
        ("四、稽核股", "稽核股", [
            ("稽核员", "厍沨岑", "general", [
                ("缴费基数稽核", "对单位少报缴费基数稽核不严、不予追缴", "思想道德", "二级风险", "稽核对象随机抽取，稽核结果集体审定。"),
                ("稽核资料管理", "稽核资料保管不善，泄露参保单位信息", "制度机制", "三级风险", "稽核资料专柜保管，借阅登记。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "xingping_social_insurance_center_duties", "https://taowenge.com/p-46297324.html",
        "市社会保险经办中心 廉政风险防控责任清单 under GROUP ROWS ``一、中心领导`` … ``四、稽核股`` merged across (no 股室 column), "
        "after the source's 社会保险基金稽核检查制度 (缴费基数, 待遇享受条件, 重复享受, 冒领, 遗属补助费): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xingping_arbitration_court_every_row() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("一览表", [6, 11, 9, 9, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "郏岚翕", "leader", "重大疑难案件不提交仲裁委员会讨论", "制度机制风险", "Ⅰ",
         "重大疑难案件按规定提交仲裁委员会研究。"),
        ("院领导", "院长", "郏岚翕", "leader", "为案件当事人打招呼、说情", "思想道德风险", "Ⅰ", "过问案件如实登记报告。"),
        ("仲裁庭", "庭长", "佘溟珩", "middle", "仲裁庭组成不依法回避", "岗位职责风险", "Ⅰ", "回避事项书面告知，申请回避及时决定。"),
        ("仲裁庭", "仲裁员", "钭霈岍", "general", "私自会见当事人及代理人，接受宴请", "外部环境风险", "Ⅱ",
         "签订廉洁办案承诺书，会见一律在院内进行。"),
        ("仲裁庭", "书记员", "邴砚潆", "general", "庭审笔录记录不实，案卷材料遗失", "业务流程风险", "Ⅱ", "笔录当庭核对签字，案卷及时归档。"),
        ("立案科", "窗口受理员", "睢沄翊", "general", "对符合条件的仲裁申请不予受理、拖延立案", "业务流程风险", "Ⅲ",
         "一次性告知，受理时限系统留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "xingping_arbitration_court_every_row", "http://rddy.org.cn/show-73062.html",
        "市劳动人事争议仲裁院 岗位廉政风险防控一览表, after the source's 劳动人事争议调解仲裁条例 草案 说明 (调解, 仲裁, 仲裁员, "
        "争议案件 受理, 和谐劳动关系): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xingping_talent_center_list() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "笪岿澜", "leader", [
            ("事业单位公开招聘方案设置倾向性条件", "制度机制风险", "高", "招聘方案经局党组审定，资格条件公开。"),
            ("人才引进补贴审核签批把关不严", "岗位职责风险", "高", "补贴申请材料逐项核实，签批前集体研究。"),
        ]),
        ("人事代理科", "科长", "眭翾澈", "middle", [
            ("流动人员人事档案违规转递、涂改", "业务流程风险", "高", "档案转递双人经办，查阅、转递登记。"),
            ("代理人员信息泄露", "外部环境风险", "中", "信息查询实名授权，查询日志定期检查。"),
        ]),
        ("人事代理科", "档案管理员", "昝湉芃", "general", [
            ("档案材料收集归档不及时、不规范", "岗位职责风险", "低", "材料归档限时办结，年度抽查。"),
        ]),
        ("招聘服务科", "科长", "亓瀛岫", "middle", [
            ("招聘会展位安排收受用人单位好处", "思想道德风险", "中", "展位安排公开，按报名顺序确定。"),
            ("考试考务工作泄露试题信息", "岗位职责风险", "中", "试题保密管理，考务人员签订保密承诺。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "xingping_talent_center_list", "http://www.ctoth.com/dictionary/1569705.html",
        "市人才交流服务中心 岗位廉政风险防控一览表, after the source's account of a 人才交流服务中心 (人才余缺信息, 招聘, 人才培训, "
        "人事代理): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged (中心领导, "
        "人事代理科, 招聘服务科)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/"
        "审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xingping_hrss_bureau_point_and_manifestation_rows(),
    xingping_medical_security_two_sheets(),
    xingping_medical_insurance_center_posts(),
    xingping_labor_inspection_cards(),
    xingping_employment_center_selfchecks(),
    xingping_social_insurance_center_duties(),
    xingping_arbitration_court_every_row(),
    xingping_talent_center_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` with borders, ``datetime`` cells and taller rows for cells of
    several lines, as Excel and WPS leave a bordered table."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 16, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch389-inbox"))
