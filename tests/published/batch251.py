"""The two-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the SCHOOLS, HOSPITALS
AND PUBLIC-SERVICE BODIES of one county-level city, 马尔康市 — its 第二中学 and 民族小学, its 人民医院,
中藏医医院 and the 卓克基镇中心卫生院, its 政务服务和公共资源交易服务中心, its 殡仪馆 and its
妇幼保健计划生育服务中心 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in
WPS or Excel, the rows about 捐资助学款, 营养改善计划, 统方, 医保基金, 药品回扣, 窗口办件, 骨灰盒 and
出生医学证明:

- the 第二中学's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报日期：…`` line: ``处室`` merged
  (校级领导, 教务处, 总务处, 政教处, 财务室), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低,
  a 党支部书记/校长签字 line;
- the 民族小学's 防控卡 of its 营养改善计划 and 食堂, one sheet a holder (tabs 校长, 总务主任,
  食堂管理员): ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …`` above, a merged
  ``岗位职责：…`` line, no type column, ``一级/二级/三级`` read by a ``注：`` line, ``持卡人（签字）：``
  and a 监督电话 below;
- the 人民医院's 排查表 one sheet a 科室 (检验科, 药剂科, 骨科): a merged ``科室：…　科主任：…　排查时间：…``
  line, 岗位 and 姓名 merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line,
  科主任/纪检监察室 below;
- the 中藏医医院's 医保基金 责任清单 对岗不对人: ``责任科室`` merged, 责任岗位, a ``风险环节`` column, short
  types, ``高风险/中风险/低风险``, a ``注：`` line;
- the 卓克基镇中心卫生院's 自查表, one sheet a person (tabs 院长, 药房, 公卫办): a ``单位：…`` line,
  ``姓　名 | … | 岗　位 | … | 所在科室 | …`` in one row, a short ``风险点`` beside a long ``风险表现``, no
  type column, 高/中/低, ``本人签字： | 院长审核：`` below;
- the 政务服务和公共资源交易服务中心's 排查表 under group rows ``一、中心领导`` … ``四、公共资源交易科``
  merged across (no 科室 column), 岗位 and ``责任人`` merged per person, short types, ``★★★/★★/★`` with
  a legend line, a ``备注`` column (``新增``);
- the 殡仪馆's 小微权力 清单: ``权力事项`` merged, the risk, ``一级/二级/三级`` read by a ``注：`` line, no
  type column, and ``责任岗位 | 责任人`` last (no 科室 column, a person's rows apart).

One is harder:

- ``mch_stage_columns``: the 妇幼保健计划生育服务中心's 服务事项 排查表 whose ``廉政风险点`` heading is
  merged over THREE STAGE COLUMNS ``受理环节 | 审核环节 | 办结环节`` (a two-row header, the other headings
  merged down over both rows): each row is one 服务事项 (出生医学证明首次签发, 补发换发, 空白证件和废证管理,
  住院分娩补助, 奖励扶助资格确认, “两癌”筛查) with its ``责任科室 | 责任岗位 | 责任人``, and each stage
  cell holds a DIFFERENT risk point of that matter (``/`` where a stage has none), one ``风险等级`` and one
  ``防控措施`` for the row; a ``注：`` line says the points are looked for stage by stage. The README's
  读得懂的表 knows a merged heading whose sub-columns are POSTS (``廉政风险点`` over ``所长 | 法制员 | …``,
  each column a post), and sub-columns with no meaning of their own joined into one cell
  (``防控措施`` over ``事前/事中/事后``, ``制度措施 | 监督措施``); it does not describe risk-point
  sub-columns that are the STAGES of one matter, each cell a point of the row's own post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 教育部's 6起教育乱收费典型案件 —
与入学挂钩的捐资助学款, 虚报在校学生人数套取公用经费, 挪用贫困寄宿生生活补助费, 学生餐费变成教师福利 and
the 总务主任, 提前招生、特长生; the 五部委 notice on 营养改善计划 — 学校食堂自办自管、不得外包, 结余款项滚动使用,
虚报冒领, 截留克扣膳食补助, 食堂经费列支教职工伙食和招待费, 供餐质量和食谱; an account of 医药代表 and 带金销售
— 检验科, 药剂科, 骨科, 统方, 药事会; a 县医保局's list of 医保基金 违法违规问题 — 分解收费, 重复收费, 串换项目,
分解住院, 未达住院指征, 高套病种, 虚构服务, 进销存; a 医药代表 bribery case — 中心卫生院, 药房负责人, 补货计划单,
按处方量返点; the 辽宁 政务窗口 case — “送钱当天转办，无钱百般刁难”, 窗口腐败, 小官巨贪; an article on
殡葬 corruption — 馆长负责制, 殡葬用品进馆“进贡”, 定价, 骨灰盒毛利, 鲜花, 假尸体证明, 霸王条款; 焦点访谈 on
the 出生医学证明 — 签发机构, 签发流程, 分娩记录由产科医生核实签字, 买卖出生证明) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, and a few Tibetan names, as a 阿坝州 city's staff
are); every unit is a body of 马尔康市 (卓克基镇 one of its towns).

Run ``python tests/published/score.py --set batch251`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table every stage cell (``受理环节``, ``审核环节``, ``办结环节``) that is not ``/`` is a
  risk point of its own, the cell's whole text, with the row's 责任科室, 责任岗位, 责任人 and 风险等级; a
  ``/`` is no point; ``服务事项`` is no point; one holder's two matters (出生医学证明首次签发 and 补发换发)
  are one form;
- ``校级领导``, ``校领导``, ``院领导`` and ``中心领导`` (a 处室 cell, a card's 所在部门, a self-check's 所在科室,
  a group row) are the 科室 of those leaders; a school's 处 and 室, a hospital's 科, 室 and 办, a
  卫生院's 药房 and 公卫办, the 中心's 窗口 and 科 are 科室; the 殡仪馆's list has no 科室 column: its
  posts stand as written (``业务室主任``), the 科室 blank;
- ``风险点 | 风险表现``: the point is the short 风险点; ``风险环节``, ``权力事项`` and ``备注`` are no points;
  a card's ``岗位职责：…`` line is no point;
- the 中藏医医院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and ``★★★/★★/★`` are 1/2/3;
- 校长, 副校长, 院长, the 中心's 主任 and 副主任, 馆长 and 副馆长 are leaders; the 主任 of a school's 处,
  总务主任, 科主任, 护士长, 科长, the 医保办's 主任, 药房负责人, a 窗口's 首席代表 and 业务室主任 middle; the
  rest (资助专干, 报账员, 食堂管理员, 检验师, 试剂管理员, 药库管理员, 药师, 住院医师, 审核员, 收费员, 治疗师,
  药剂师, 编码员, 公卫专干, 窗口工作人员, 交易员, 火化工, 遗体接运员, 出纳, 签发员, 证件管理员, 会计) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b251_"
PLACE = "马尔康市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

STAGES = ("受理环节", "审核环节", "办结环节")

# (服务事项, 责任科室, 责任岗位, 责任人, tier, (受理, 审核, 办结), 等级, 防控措施)
MATTERS = [
    ("出生医学证明首次签发", "保健部", "签发员", "禚颐檀", "general",
     ("未核验父母身份证件和住院分娩记录即受理", "产科分娩记录与出生医学记录不一致不核查",
      "为非本院出生的新生儿签发出生医学证明"), "高",
     "受理、审核、签发分人负责，签发信息与住院病历逐项核对，签发档案专柜保管。"),
    ("出生医学证明补发、换发", "保健部", "签发员", "禚颐檀", "general",
     ("补发申请材料不全仍予受理", "补发不调阅原始签发档案即出具", NONE), "中",
     "补发、换发一律调阅原始档案，经中心分管领导审批。"),
    ("空白证件和废证管理", "保健部", "证件管理员", "岑栎霏", "general",
     ("超出实际需求申领空白出生医学证明", NONE, "废证不登记、不按期集中销毁，空白证件流出"), "高",
     "空白证件双人双锁保管，领用逐份登记，废证每年1月集中销毁。"),
    ("住院分娩补助发放", "财务科", "会计", "逄昕朗", "general",
     ("为不符合条件的孕产妇受理补助申请", "补助对象审核不严，重复发放", "截留、挪用住院分娩补助资金"), "中",
     "补助名单与住院结算数据比对，资金直接拨付至个人账户并公示。"),
    ("计划生育家庭奖励扶助资格确认", "计划生育服务科", "科长", "晁蕴澜", "middle",
     ("对不符合条件人员受理登记", "资格确认优亲厚友、虚报冒领", NONE), "中",
     "资格确认实行村（社区）初审、乡镇复核、中心审核，三级公示。"),
    ("妇女“两癌”免费筛查", "妇女保健科", "科长", "甄棠湄", "middle",
     ("虚报筛查人数", "筛查阳性病例随访记录造假", "项目经费按虚报人数结算"), "低",
     "筛查名单电话抽查回访，项目经费按实际完成人数结算。"),
]  # fmt: skip


def mch_stage_columns() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("排查表", [5, 16, 10, 9, 8, 24, 24, 24, 6, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}服务事项廉政风险点排查表", 10)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年4月", 10)
    top = sh.add("序号", "服务事项", "责任科室", "责任岗位", "责任人", "廉政风险点", None, None,
                 "风险等级", "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *STAGES, None, None)
    for c in (0, 1, 2, 3, 4, 8, 9):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    for n, (matter, dept, post, who, tier, cells, lv, measures) in enumerate(MATTERS, 1):
        sh.add(n, matter, dept, post, who, *cells, lv, measures)
        for point in cells:
            if point != NONE:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：1.廉政风险点按受理、审核、办结三个环节分别查找填写，“/”表示该环节未查找出风险点；"
              "2.风险等级分高、中、低三级。", 10)  # fmt: skip
    sh.add("填表人：", None, None, None, "审核人：", None, None, "中心主任（签字）：", None, None)
    return _layout(
        "mch_stage_columns", "http://cctv1zhibo.com/jiaodianfangtan/27492.html",
        "(harder) 市妇幼保健计划生育服务中心 服务事项廉政风险点排查表, after the source's 焦点访谈 on the 出生医学证明 (签发机构, "
        "签发流程, 分娩记录由产科医生核实签字, 买卖出生证明): a title, a merged ``填报单位：…（盖章）　…　填报时间：2024年4月`` "
        "line, then a TWO-ROW header — 序号/服务事项/责任科室/责任岗位/责任人 merged down over both rows, ``廉政风险点`` merged "
        "over THREE STAGE COLUMNS ``受理环节 | 审核环节 | 办结环节``, 风险等级 and 防控措施 merged down — and one row a 服务事项 "
        "(出生医学证明首次签发, 补发换发, 空白证件和废证管理, 住院分娩补助, 奖励扶助资格确认, “两癌”筛查) whose stage cells each "
        "hold a DIFFERENT risk point of that matter (``/`` where none), one 高/中/低 and one measure for the row; a ``注：`` "
        "line (points looked for stage by stage, ``/`` none) and a 填表人/审核人/中心主任签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def second_middle_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [5, 10, 9, 9, 36, 13, 8, 38])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2024年4月22日", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校级领导", "校长", "眭砚澍", "leader", [
            ("与入学挂钩收取捐资助学款", "思想道德风险", "高",
             "严禁收取与入学挂钩的任何费用，收费项目公示并报市教育局备案。"),
            ("“三重一大”事项个人说了算", "制度机制风险", "高", "重大事项经校务会、党支部会集体研究，会议纪要存档。"),
        ]),
        ("校级领导", "副校长", "郗蓁朗", "leader", [
            ("为关系人承包学校食堂打招呼", "外部环境风险", "中", "学校食堂自办自管，不对外承包。"),
            ("校舍维修工程化整为零规避招标", "制度机制风险", "高", "维修工程按限额标准采购，结算送审。"),
        ]),
        ("教务处", "主任", "衡珵骁", "middle", [
            ("提前招生、未经批准招收特长生", "岗位职责风险", "高", "招生计划、条件和录取名单按规定公示。"),
            ("教辅资料推荐征订中收取回扣", "思想道德风险", "中", "教辅资料按评议目录自愿征订，学校不经手资金。"),
        ]),
        ("总务处", "主任", "蒙湉甫", "middle", [
            ("学生伙食费用于教职工福利、管理费", "制度机制风险", "高", "伙食费专账核算，教职工用餐一律交费。"),
            ("物资采购和验收一人完成", "业务流程风险", "中", "采购与验收分离，验收两人以上签字。"),
        ]),
        ("政教处", "资助专干", "弓瑀翩", "general", [
            ("贫困寄宿生生活补助对象认定不实", "岗位职责风险", "中", "班级评议、学校审核，名单公示五个工作日。"),
            ("挪用寄宿生生活补助费", "制度机制风险", "高", "补助资金直接打卡发放，不经手现金。"),
        ]),
        ("财务室", "报账员", "栾樾颀", "general", [
            ("虚报在校学生人数套取公用经费", "业务流程风险", "中", "学籍系统人数与经费申报人数逐学期核对。"),
            ("票据审核不严，虚列支出", "岗位职责风险", "低", "报销单据经手人、证明人、审批人三签。"),
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
    sh.add()
    sh.add("学校党支部书记（签字）：", None, None, None, "校长（签字）：", None, None, None)
    return _layout(
        "second_middle_school_list", "http://00-edu.com/jiaoyu/zatan/2019-08-20/18200.html",
        "市第二中学 岗位廉政风险防控一览表, after the source's 6起教育乱收费典型案件 (与入学挂钩的捐资助学款, 虚报在校学生人数"
        "套取公用经费, 挪用贫困寄宿生生活补助费, 学生餐费变成教师福利 and the 总务主任, 提前招生、特长生): ``附件2``, a title, "
        "a merged ``填报单位（盖章）：…　…　填报日期：2024年4月22日`` line, then 序号/``处室`` merged (校级领导, 教务处, 总务处, "
        "政教处, 财务室)/岗位 and 姓名 merged per person/``廉政风险点``/风险类别 ``…风险``/风险等级 高/中/低/防控措施; a blank "
        "row and a 党支部书记/校长签字 line",
        [sh], t,
    )  # fmt: skip


def primary_canteen_cards() -> dict:
    unit = f"{PLACE}民族小学"
    t = _Truth(unit)
    cards = [
        ("校长", "嵇蘅逸", "校领导", "校长", "leader", "主持学校全面工作，对营养改善计划和学校食堂管理负总责。", [
            ("学校食堂对外承包或委托经营", "一级", "学校食堂自办自管，不得对外承包或委托经营。"),
            ("食堂结余资金挪作他用", "一级", "结余资金滚动用于营养改善计划，每学期公示。"),
            ("在食堂经费中列支招待费", "二级", "招待费在公用经费中列支，实行公函和清单制度。"),
        ]),
        ("总务主任", "郇峤沛", "总务处", "总务主任", "middle", "负责食堂管理、大宗食材采购和营养改善计划实名制学生信息管理。", [
            ("虚报营养改善计划受益学生人数", "一级", "实名制学生信息与学籍系统每学期比对。"),
            ("大宗食材定点采购收受供应商好处", "一级", "食材供应商公开遴选，采购价格每月公示。"),
            ("擅自降低供餐标准、随意变更食谱", "二级", "食谱每周公示，家长代表参与陪餐监督。"),
        ]),
        ("食堂管理员", "厍蔚曦", "总务处", "食堂管理员", "general", "负责食材验收、出入库登记和食堂日常管理。", [
            ("食材验收不称重、不核对，以次充好", "二级", "食材验收两人以上，留存称重记录和照片。"),
            ("食材出入库账实不符", "二级", "出入库日清月结，每月盘点一次。"),
            ("克扣学生膳食份量", "三级", "每餐留样，学校领导轮流陪餐。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在部门", dept, "持卡时间", "2024年3月")
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 4)
        sh.add("持卡人（签字）：", None, "监督举报电话：0837-2822317", None)
        sheets.append(sh)
    return _layout(
        "primary_canteen_cards", "http://m.mianbaokan.com/M/News/Report/80.html",
        "市民族小学 岗位廉政风险防控卡 of its 营养改善计划 and 食堂, one sheet a holder (tabs 校长, 总务主任, 食堂管理员), after "
        "the source's 五部委 notice (学校食堂自办自管、不得外包, 结余款项滚动使用, 实名制学生信息, 虚报冒领, 截留克扣膳食补助, 食堂"
        "经费列支教职工伙食和招待费, 降低供餐质量、随意变更食谱): a title, ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | "
        "持卡时间 | 2024年3月`` above, a merged ``岗位职责：…`` line, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施 "
        "(no type column); a ``注：`` line on the levels and ``持卡人（签字）： | 监督举报电话：…`` below",
        sheets, t,
    )  # fmt: skip


def people_hospital_dept_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    depts = [
        ("检验科", "禤霈琮", [
            ("科主任", "禤霈琮", "middle", [
                ("检验试剂、耗材遴选中收受供应商回扣", "外部环境", "Ⅰ级", "试剂耗材由医用耗材管理委员会集体遴选。"),
                ("开展未经批准的检验项目并收费", "制度机制", "Ⅱ级", "新增检验项目报医务科审批，收费经物价审核。"),
            ]),
            ("检验师", "冼霁珣", "general", [
                ("向医药代表提供检验量等统方数据", "岗位职责", "Ⅰ级", "检验数据查询权限分级，查询操作留痕。"),
                ("检验报告出具中弄虚作假", "思想道德", "Ⅱ级", "检验报告双人审核后签发。"),
            ]),
            ("试剂管理员", "樊珞旻", "general", [
                ("试剂出入库登记不实，私自处置过期试剂", "业务流程", "Ⅲ级", "试剂出入库系统管理，每月盘点。"),
            ]),
        ]),
        ("药剂科", "郦澂岫", [
            ("科主任", "郦澂岫", "middle", [
                ("新药引进中接受医药企业宴请、回扣", "外部环境", "Ⅰ级", "新药引进经药事管理与药物治疗学委员会集体评审。"),
                ("临时采购药品不履行审批手续", "业务流程", "Ⅱ级", "临时采购须经分管院领导审批，每季度通报。"),
            ]),
            ("药库管理员", "隗沅稹", "general", [
                ("药品入库验收不严，配送数量与发票不符", "岗位职责", "Ⅱ级", "入库验收双人签字，数量与发票逐单核对。"),
                ("近效期药品报损不实", "制度机制", "Ⅲ级", "报损经科室和院领导审批，集中销毁全程录像。"),
            ]),
            ("门诊药师", "迮璟岑", "general", [
                ("为医药代表统计医生处方量", "思想道德", "Ⅰ级", "处方数据统计权限集中管理，严禁私自查询。"),
            ]),
        ]),
        ("骨科", "仝岱澜", [
            ("科主任", "仝岱澜", "middle", [
                ("骨科植入物等高值耗材使用中收受回扣", "外部环境", "Ⅰ级", "高值耗材使用实行术前审批、术后登记追溯。"),
                ("诱导患者使用指定品牌耗材", "思想道德", "Ⅰ级", "耗材品牌和价格向患者书面告知并签字。"),
            ]),
            ("护士长", "帅椿宜", "middle", [
                ("耗材二级库管理混乱，使用与收费不符", "业务流程", "Ⅱ级", "二级库耗材扫码出入，每月与收费数据核对。"),
            ]),
            ("住院医师", "宓瀚棠", "general", [
                ("收受患者及家属红包", "思想道德", "Ⅱ级", "签订医德医风承诺书，拒收红包登记上交。"),
                ("过度检查、过度治疗", "岗位职责", "Ⅲ级", "开展处方和医嘱点评，结果纳入绩效考核。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, chief, people in depts:
        sh = _Sheet(dept, [5, 10, 9, 36, 10, 8, 36])
        _line(sh, f"{unit}科室岗位廉洁风险排查表", 7)
        _line(sh, f"科室：{dept}{GAP * 6}科主任：{chief}{GAP * 6}排查时间：2024年5月", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
        _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 7)
        sh.add("科主任（签字）：", None, None, "纪检监察室（审核）：", None, None, None)
        sheets.append(sh)
    return _layout(
        "people_hospital_dept_sheets", "https://medvalley.cn/yiliaojiankang/36910.html",
        "市人民医院 科室岗位廉洁风险排查表, one sheet a 科室 (检验科, 药剂科, 骨科), after the source's account of 医药代表 and "
        "带金销售 (检验科, 药剂科, 骨科 among the 科室 whose staff were found bribed; 统方; 药事会审): a title, a merged "
        "``科室：…　科主任：…　排查时间：2024年5月`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on the levels and ``科主任（签字）： | 纪检监察室（审核）：``",
        sheets, t,
    )  # fmt: skip


def tibetan_hospital_insurance_duties() -> dict:
    unit = f"{PLACE}中藏医医院"
    sh = _Sheet("责任清单", [5, 10, 10, 10, 36, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}医保基金使用廉政风险防控责任清单", 8)
    sh.add(
        "序号", "责任科室", "责任岗位", "风险环节", "廉政风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("医保办", "主任", "middle", "协议管理", "对科室违规使用医保基金问题查处不力", "岗位职责", "中风险",
         "每月开展医保病历抽查，问题通报并纳入科室考核。"),
        ("医保办", "审核员", "general", "费用审核", "医保结算清单审核走过场，高套病种结算", "业务流程", "高风险",
         "结算清单与病案首页、医嘱逐项核对。"),
        ("收费室", "收费员", "general", "门诊住院收费", "将诊疗项目分解收费、重复收费", "业务流程", "高风险",
         "收费项目由信息系统按价格目录自动计价，人工改价留痕。"),
        ("收费室", "收费员", "general", "门诊住院收费", "超出规定的收费标准收费", "制度机制", "中风险",
         "收费标准在大厅公示，每季度开展价格自查。"),
        ("藏医内科", "科主任", "middle", "住院管理", "收治未达到住院指征的患者、分解住院", "岗位职责", "高风险",
         "住院指征由科主任把关，14天内再入院逐例审查。"),
        ("藏医内科", "住院医师", "general", "诊疗", "将目录外藏药串换为目录内药品收费", "思想道德", "高风险",
         "院内制剂和目录外藏药单独标识，医保办每月比对。"),
        ("藏医外治科", "治疗师", "general", "治疗", "虚记药浴、放血等外治治疗次数", "思想道德", "中风险",
         "外治治疗实行患者签字确认，治疗记录与收费核对。"),
        ("药剂科", "药剂师", "general", "药品管理", "医保药品进销存数据与结算数据不符", "制度机制", "中风险",
         "药品进销存每月与医保结算数据比对，差异说明原因。"),
        ("病案室", "编码员", "general", "病案编码", "病案首页主要诊断编码高套", "岗位职责", "低风险",
         "编码质控员抽查，疑难病例编码集体讨论。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, step, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：风险等级分高风险、中风险、低风险三个等级；本清单由医保办会同纪检监察室每半年更新一次。",
        8,
    )
    sh.add("编制：", None, None, "审核：", None, "院长：", None, "2024年5月")
    return _layout(
        "tibetan_hospital_insurance_duties", "http://lanling.gov.cn/info/11477/67361.htm",
        "市中藏医医院 医保基金使用廉政风险防控责任清单 对岗不对人, after the source's 县医保局 list of 医保基金 违法违规问题 "
        "(分解收费, 重复收费, 超标准收费, 串换药品, 分解住院, 未达住院指征, 高套病种, 虚构服务, 进销存): a title, then 序号/"
        "``责任科室`` merged (医保办, 收费室, 藏医内科, 藏医外治科, 药剂科, 病案室)/责任岗位/``风险环节``/廉政风险点/风险类型 "
        "(short)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; a ``注：`` line and an 编制/审核/院长/date line",
        [sh], t,
    )  # fmt: skip


def township_clinic_self_check() -> dict:
    unit = f"{PLACE}卓克基镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("院长", "泽郎彭措", "院长", "院领导", "leader", [
            ("药品采购中收受医药代表回扣", "医药代表按医生处方量返点，通过药房打通进药渠道。", "高",
             "药品全部从省药械集中采购平台采购，进药品种经院委会集体研究。"),
            ("公共卫生服务项目资金分配不公开", "项目资金分配不经院委会研究，绩效考核走过场。", "中",
             "资金分配方案院内公示，绩效考核结果与拨付挂钩。"),
            ("职工绩效分配优亲厚友", "绩效方案不经职工大会讨论，分配向个别人倾斜。", "低",
             "绩效方案经职工大会通过，分配结果按月公示。"),
        ]),
        ("药房", "詹翀岚", "药房负责人", "药房", "middle", [
            ("补货计划按回扣多少确定", "每周药品补货计划偏向给回扣的药品，补货数量与实际用量不符。", "高",
             "补货计划由系统按用量生成，院长审签。"),
            ("向医药代表透露药品用量", "私下提供门诊药房各药品用量和医生处方量。", "高",
             "药房数据查询权限收归信息管理员，查询留痕。"),
            ("药品调拨、出库不登记", "药品在药库、药房之间调拨不开单，出库数量对不上。", "中",
             "调拨凭单出库，每月盘点一次。"),
        ]),
        ("公卫办", "斯郎翁姆", "公卫专干", "公卫办", "general", [
            ("虚报基本公共卫生服务工作量", "编造居民健康档案和随访记录，虚增服务人次。", "中",
             "健康档案电话抽查回访，工作量与系统记录核对。"),
            ("疫苗出入库账实不符", "疫苗领用、接种、报废登记不全，账实不符。", "中",
             "疫苗出入库扫码登记，每月与接种记录核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [5, 22, 36, 8, 34, 10])
        _line(sh, f"{unit}个人廉洁风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add("姓　名", who, "岗　位", post, "所在科室", dept)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, desc, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "院长审核：", None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "township_clinic_self_check", "https://uemeds.cn/info/infodetail/2746?detail_from=guess_like",
        "市卓克基镇中心卫生院 个人廉洁风险自查表, one sheet a person (tabs 院长, 药房, 公卫办), after the source's 医药代表 "
        "bribery case (中心卫生院, 药房负责人, 药品用量, 补货计划单, 按处方量返点): a title, a merged ``单位：…`` line, "
        "``姓　名 | … | 岗　位 | … | 所在科室 | …`` in one row, then 序号/short ``风险点``/long ``风险表现``/风险等级 高/中/低/"
        "防控措施 (merged over two columns), no type column; a blank row and ``本人签字： | 院长审核：`` with a date",
        sheets, t,
    )  # fmt: skip


def gov_service_center_windows() -> dict:
    unit = f"{PLACE}政务服务和公共资源交易服务中心"
    sh = _Sheet("排查表", [5, 11, 10, 36, 10, 8, 34, 7])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, "填报时间：2024年6月", 8)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "阚珺淇", "leader", [
                ("公共资源交易项目中为他人打招呼、插手干预", "外部环境", "★★★", "落实插手干预重大事项记录报告制度。", None),
                ("对进驻窗口“明进暗不进”监管不力", "岗位职责", "★★", "进驻事项清单公开，每月通报办件情况。", None),
            ]),
        ]),
        ("二、综合受理窗口", "综合受理窗口", [
            ("首席代表", "昝芷沣", "middle", [
                ("“送钱当天转办、无钱百般刁难”", "思想道德", "★★★", "办件全程网上流转，超时自动预警。", None),
            ]),
            ("窗口工作人员", "泽旺拉姆", "general", [
                ("一次性告知不到位，故意拖延办件", "业务流程", "★★", "落实一次性告知和限时办结制度，“好差评”公开。", None),
                ("泄露办事企业和群众信息", "制度机制", "★", "办件资料专柜保管，系统查询留痕。", None),
            ]),
        ]),
        ("三、工程建设项目审批窗口", "工程建设项目审批窗口", [
            ("首席代表", "戢骞舟", "middle", [
                ("“容缺受理”把关不严", "岗位职责", "★★", "容缺事项清单化，补正材料限期核验。", None),
            ]),
            ("窗口工作人员", "訾沐熙", "general", [
                ("为中介机构指定代办业务、收取好处", "外部环境", "★★★", "中介服务网上超市选取，严禁指定中介。", "新增"),
            ]),
        ]),
        ("四、公共资源交易科", "公共资源交易科", [
            ("科长", "尉珏澄", "middle", [
                ("开标评标现场管理不严，泄露评标专家名单", "制度机制", "★★★", "评标区封闭管理，专家名单开标前保密。", None),
            ]),
            ("交易员", "缪稷桐", "general", [
                ("投标保证金退还不及时或违规退还", "业务流程", "★★", "保证金系统自动退还，人工退还经科长审核。", None),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures, note in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures, note)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "gov_service_center_windows", "https://m.163.com/dy/article/KL6GDI0R0521IO1G.html",
        "市政务服务和公共资源交易服务中心 廉政风险点排查表, after the source's 政务窗口 case (“送钱当天转办，无钱百般刁难”, 窗口"
        "腐败, 办理加急, 审批拖延, 小官巨贪): a title, a merged ``填报时间：2024年6月`` line, then 序号/岗位/``责任人``/风险点/"
        "风险类型 (short)/风险等级 ``★★★/★★/★``/防控措施/``备注`` (``新增`` on one row) under group rows ``一、中心领导``, "
        "``二、综合受理窗口``, ``三、工程建设项目审批窗口``, ``四、公共资源交易科`` merged across (no 科室 column), 岗位 and "
        "责任人 merged per person; a legend ``注：`` line and a 填表人/审核人/中心主任签字 line",
        [sh], t,
    )  # fmt: skip


def funeral_home_power_list() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("清单", [5, 14, 36, 8, 36, 11, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    tiers = {"馆长": "leader", "副馆长": "leader", "业务室主任": "middle"}
    rows = [
        ("殡葬用品采购", "殡葬用品进馆收受生产厂家“进贡”", "一级",
         "殡葬用品公开遴选供应商，进馆目录经馆务会集体研究。", "馆长", "覃峦樾"),
        ("殡葬用品采购", "与厂家联手抬高骨灰盒成本价定价", "一级",
         "销售价格按物价部门规定核定，成本价经财务审核。", "副馆长", "麴曈晞"),
        ("殡葬服务收费", "超标准收费、自立收费项目", "一级", "收费项目和标准在服务大厅公示，开具正式票据。",
         "业务室主任", "毋珣漪"),
        ("殡葬服务收费", "强制丧户购买馆内殡葬用品、不准自带骨灰盒", "二级", "明示丧户可自带骨灰盒，不得捆绑销售。",
         "业务室主任", "毋珣漪"),
        ("遗体接运火化", "出具虚假火化证明", "一级", "火化证明凭死亡证明和遗体核对开具，存档备查。",
         "火化工", "羿岷淳"),
        ("遗体接运火化", "接运中向丧户索要“辛苦费”", "二级", "接运服务收费开票，服务质量电话回访。",
         "遗体接运员", "笪鸿棣"),
        ("告别厅和鲜花租赁", "重复使用的鲜花花篮重复收费", "三级", "告别厅收费含重复使用物品，按公示标准收费。",
         "业务室主任", "毋珣漪"),
        ("财务收支", "收取现金不入账、私设“小金库”", "一级", "推行扫码收费，现金日清日结。", "出纳", "蔚霁芊"),
        ("人事和绩效", "向职工索取“孝敬费”、绩效分配不公", "二级", "绩效方案经职工大会通过并公示。", "馆长", "覃峦樾"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, point, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 7)
    sh.add("填表人：", None, "审核人：", None, "馆长（签字）：", None, None)
    return _layout(
        "funeral_home_power_list", "http://www.bfbinzang.cn/news/show-3195.html",
        "市殡仪馆 小微权力廉政风险防控清单, after the source's article on 殡葬 corruption (馆长负责制、负责一切人财物, 殡葬用品"
        "进入殡仪馆要“进贡”, 定价, 骨灰盒毛利率, 鲜花, 假尸体证明, 不许自带骨灰盒的霸王条款): a title, then 序号/``权力事项`` "
        "merged/风险点/风险等级 ``一级/二级/三级``/防控措施 and ``责任岗位 | 责任人`` LAST (no 科室 column; the 馆长's and the "
        "业务室主任's rows apart), no type column; a ``注：`` line on the levels and a 填表人/审核人/馆长签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mch_stage_columns(),
    second_middle_school_list(),
    primary_canteen_cards(),
    people_hospital_dept_sheets(),
    tibetan_hospital_insurance_duties(),
    township_clinic_self_check(),
    gov_service_center_windows(),
    funeral_home_power_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch251-inbox"))
