"""The two-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 色达县 — its 城乡建设投资有限责任公司 and 文化旅游投资有限责任公司, its
应急管理, 农业 and 城市管理 综合行政执法大队, its 社会保险事业服务中心, 公共资源交易服务中心 and 政务服务中心 —
each handing back the 排查表, 清单, 一览表, 防控卡 or 排查登记表 its staff typed in WPS or Excel, the rows
about 签证单, 联系单, 设计变更, 安置房, 门票核销, 观光车, 特许经营, 执法检查计划, 重大事故隐患, 非煤矿山,
兽药饲料, 动物检疫, 屠宰, 户外广告, 占道经营, 违法建设, 渣土, 城乡居保 待遇领取资格认证, 死亡上报, 专家抽取,
保证金, 信用评价, 综合受理 and 帮办代办:

- the 城乡建设投资有限责任公司's 排查表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``部门`` merged (公司领导, 工程管理部, 财务融资部, 综合办公室), ``岗位`` and ``责任人`` merged per person,
  a short ``风险点`` beside a long ``风险表现``, ``…风险`` types, 高/中/低, a ``注：`` line and a
  填表人/审核人/董事长 line;
- the 文化旅游投资有限责任公司's 清单, one sheet a 部门 (tabs 公司领导, 景区运营部, 营销推广部, 财务部): a
  ``部门：…　编制日期：…`` line, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, ``一级/二级/三级``, no type column, a 部门负责人/分管领导 签字 line;
- the 应急管理综合行政执法大队's 一览表 under a ``单位：…（盖章）`` line: ``股室（中队）`` merged, ``岗位``,
  the risk, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, the holder LAST in ``责任人`` merged per person, no
  type column;
- the 农业综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 畜牧兽医执法中队, 农资执法中队): the labels
  ``姓名 | 性别 | 民族 | 职务 | 所在中队`` in one row and their values in the next, then ``序号 | 风险点 |
  风险等级 | 防控措施``, 高/中/低, no type column, ``持卡人签字：`` and a date below;
- the 城市管理综合行政执法大队's 排查登记表 with a header in two rows: ``风险评估`` merged over ``风险类型 |
  风险等级`` (the other headings merged down), ``中队（股室）`` merged, ``岗位`` and ``姓名`` merged per person,
  short types, ``高风险/中风险/低风险``, a 大队长签字 line;
- the 社会保险事业服务中心's 责任清单 对岗不对人: ``股室`` merged, ``岗位``, a ``岗位职责`` column, the risk,
  short types, ``★★★/★★/★`` read by a line under the title, ``监督责任`` holding a role (中心主任, 分管副主任);
- the 公共资源交易服务中心's 一览表 under group rows ``一、中心领导`` … ``四、综合股`` merged across (no 股室
  column), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``.

One is harder:

- ``service_center_bilingual``: the 政务服务中心's 一览表 as it hangs in the hall, in 藏汉双语 (Tibetan and
  Chinese, as the 自治州's rules on 藏语文 ask of 服务行业 and 公共场所的铭牌): the title twice, a Tibetan line
  (``གསེར་ཐར་རྫོང་…རེའུ་མིག``) above the Chinese one, and EVERY HEADING CELL written in both scripts, the
  Tibetan on the first line and the Chinese under it (``ཨང་རིམ།⏎序号``, ``ལས་གནས།⏎岗位``,
  ``གཙང་སྦྲའི་ཉེན་ཁའི་ས་ཚིགས།⏎廉政风险点``, ``ཉེན་ཁའི་རིམ་པ།⏎风险等级`` …); the rows themselves are
  in Chinese (股室 merged, 岗位 and 姓名 merged per person, short types, 高/中/低), and the ``注：`` and
  ``监督举报电话`` lines under the table are bilingual too. The README's 读得懂的表 knows headings in
  two rows, merged headings, headings with a note in brackets and headings joined by 及; it says
  nothing of a heading written in two scripts, another script's words ahead of the Chinese term in
  the same cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区纪委监委 on 工程项目 — 签证单 counted
twice, 项目合同和联系单备案, 工程变更, 安置房; a 区纪委监委 on 旅游 — 铁腕治旅, 涉旅问题, the 旅游产业公司's
董事长 and 监事会主席 investigated; a 区应急管理综合行政执法大队's 安全生产监督检查计划 — 重点检查企业, 执法
检查工作日, 随意执法、选择性执法; a 县农业农村局's 绿剑护粮安 执法行动 — 种子, 农药, 兽药, 饲料, 动植物检疫,
畜禽屠宰; a 县城市管理综合执法局 on 户外违法广告 — 灯箱, 广告牌, 墙面广告, 商户门面, 联合督导; a paper on
城乡居保 基金安全 — 一人多岗、一人多号, 初次参保身份审核, 待遇领取申报, 待遇暂停续发, 参保人员死亡上报,
资格认证; a 市政府's 公共资源交易 rules — 评审专家随机抽取, 集中缴费, 信用评价, 交易档案; a 藏族自治州's
藏语文工作条例 — 服务行业 用藏、汉两种语言文字为群众服务, 公共场所的铭牌 同时使用藏、汉两种文字) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names, and Tibetan names, as a 甘孜 county's
staff carry them); every unit is a body of 色达县 (a county of the 甘孜藏族自治州, its seat 色柯镇).

Run ``python tests/published/score.py --set batch256`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a heading is its Chinese term (the Tibetan line above it says the same); the
  Tibetan title, the bilingual ``注：`` line and the ``监督举报电话`` line are no points;
- ``公司领导``, ``大队领导`` and ``中心领导`` (a 部门/股室 cell, a sheet's ``部门：`` line, a card's 所在中队, a
  group row) are the 科室 of those leaders; a company's 部 and 综合办公室, a 大队's 中队 and 股, a 中心's 股
  are 科室;
- every 综合行政执法大队 and every 中心 here is a unit of its own: 董事长, 总经理, 副总经理, 大队长, 副大队长,
  中心主任 and 副主任 are leaders; 部长, 综合办公室主任, 中队长 and 股长 middle; the rest (现场管理员, 会计,
  出纳, 票务员, 调度员, 营销专员, 执法队员, 经办员, 稽核员, 受理员, 翻译员, 帮代办员 …) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``岗位职责`` and ``监督责任`` are
  no points; the 社会保险事业服务中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b256_"
PLACE = "色达县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (Tibetan, Chinese) of every heading, as the 编译局 translated them for the hall's 公示
HEADINGS = (
    ("ཨང་རིམ།", "序号"),
    ("སྡེ་ཚན།", "股室"),
    ("ལས་གནས།", "岗位"),
    ("མིང་རུས།", "姓名"),
    ("གཙང་སྦྲའི་ཉེན་ཁའི་ས་ཚིགས།", "廉政风险点"),
    ("ཉེན་ཁའི་རིགས།", "风险类型"),
    ("ཉེན་ཁའི་རིམ་པ།", "风险等级"),
    ("སྔོན་འགོག་ཐབས་ཇུས།", "防控措施"),
)
TITLE_BO = "གསེར་ཐར་རྫོང་སྲིད་དོན་ཞབས་ཞུའི་ལྟེ་གནས་ཀྱི་ལས་གནས་གཙང་སྦྲའི་ཉེན་ཁ་སྔོན་འགོག་གསལ་བསྒྲགས་རེའུ་མིག"
NOTE_BO = "མཆན། ཉེན་ཁའི་རིམ་པ་མཐོ་འབྲིང་དམའ་གསུམ་དུ་དབྱེ།"
PHONE_BO = "ལྟ་སྐུལ་ཁ་པར།"

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
HALL = [
    ("中心领导", "主任", "酆晟珲", "leader", [
        ("进驻事项调整、窗口设置由个人决定，为部门“体外循环”开口子", "制度机制", "高",
         "进驻事项清单经县政府审定并公开，调整事项集体研究。"),
        ("为关系人办理事项打招呼、插队加急", "思想道德", "高", "严格执行领导干部插手干预记录报告制度。"),
    ]),
    ("中心领导", "副主任", "洛绒曲珍", "leader", [
        ("窗口工作人员考核评价不公，优亲厚友", "岗位职责", "中", "考核细则公开，群众“好差评”结果计入考核。"),
    ]),
    ("综合服务股", "股长", "璩岷澈", "middle", [
        ("对受理材料把关不严，“容缺受理”范围随意放宽", "业务流程", "中", "容缺受理事项清单化，超出清单的一律不受理。"),
        ("办件超期不督办、不预警", "岗位职责", "低", "办件系统超期自动预警，每周通报。"),
    ]),
    ("综合服务股", "综合受理员", "曲批翁姆", "general", [
        ("违规收取材料费、代写费", "思想道德", "中", "收费项目上墙公示，严禁窗口收取任何费用。"),
        ("泄露申请人个人信息、企业信息", "制度机制", "中", "系统查询权限分级，查询留痕。"),
    ]),
    ("综合服务股", "藏汉双语翻译员", "阿思降泽", "general", [
        ("翻译中借机向牧民群众索要好处", "外部环境", "低", "双语服务免费，翻译服务评价表随件存档。"),
    ]),
    ("帮办代办股", "股长", "郗沛蘅", "middle", [
        ("帮办代办项目选择性服务，为特定企业“开绿灯”", "外部环境", "高", "帮办代办台账逐件登记，办理进度公开。"),
    ]),
    ("帮办代办股", "帮代办员", "呷玛益西", "general", [
        ("代办中私自收取企业、群众费用", "思想道德", "中", "代办服务承诺无偿，代办结果回访。"),
        ("代办材料保管不善、遗失", "岗位职责", "低", "代办材料交接双人签字。"),
    ]),
]  # fmt: skip


def service_center_bilingual() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("公示表", [7, 12, 12, 10, 40, 12, 11, 36])
    t = _Truth(unit)
    _line(sh, TITLE_BO, 8)
    _line(sh, f"{unit}岗位廉政风险防控公示表", 8)
    sh.add(*(f"{bo}\n{zh}" for bo, zh in HEADINGS))
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in HALL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, f"{NOTE_BO}\n注：风险等级分高、中、低三级。", 8)
    _line(sh, f"{PHONE_BO} 0836-8522173\n监督举报电话：0836-8522173", 8)
    return _layout(
        "service_center_bilingual", "http://www.fymate.net/html/text/lar/168013/16801336_2.html",
        "(harder) 县政务服务中心 岗位廉政风险防控公示表 in 藏汉双语, after the source's 藏族自治州 藏语文工作条例 (服务行业 "
        "用藏、汉两种语言文字为群众服务; 公共场所的铭牌 同时使用藏、汉两种文字): a Tibetan title line (``གསེར་ཐར་རྫོང་…``) "
        "above the Chinese one, then a header whose every cell is Tibetan on the first line and Chinese on the "
        "second (``ཨང་རིམ།⏎序号``, ``སྡེ་ཚན།⏎股室``, ``ལས་གནས།⏎岗位``, ``མིང་རུས།⏎姓名``, "
        "``གཙང་སྦྲའི་ཉེན་ཁའི་ས་ཚིགས།⏎廉政风险点``, ``ཉེན་ཁའི་རིགས།⏎风险类型``, ``ཉེན་ཁའི་རིམ་པ།⏎风险等级``, "
        "``སྔོན་འགོག་ཐབས་ཇུས།⏎防控措施``); rows in Chinese: 股室 merged (中心领导, 综合服务股, 帮办代办股), 岗位 and "
        "姓名 merged per person, short types, 高/中/低; a bilingual ``注：`` line and a bilingual ``监督举报电话`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def urban_investment_checklist() -> dict:
    unit = f"{PLACE}城乡建设投资有限责任公司"
    sh = _Sheet("排查表", [6, 11, 10, 9, 15, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险点排查表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年7月10日", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险表现", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("公司领导", "董事长", "殳霁川", "leader", [
            ("项目发包决策", "安置房等项目发包方案未经董事会集体研究，个人指定施工单位", "制度机制风险", "高",
             "项目发包方案经董事会集体研究，纪检人员列席。"),
            ("插手工程分包", "为亲友承揽工程分包、材料供应打招呼", "思想道德风险", "高",
             "领导人员亲属从业情况每年报告，插手干预如实登记。"),
        ]),
        ("公司领导", "总经理", "四郎呷玛", "leader", [
            ("融资审批", "融资方案未比选，接受金融中介不当利益", "外部环境风险", "中", "融资方案比选并报县国资监管机构备案。"),
        ]),
        ("公司领导", "副总经理", "戢翊潼", "leader", [
            ("设计变更审批", "对施工单位提出的设计变更不论证即签批，变相抬高造价", "岗位职责风险", "高",
             "设计变更分级审批，重大变更专家论证。"),
        ]),
        ("工程管理部", "部长", "蔺溯屿", "middle", [
            ("工程签证", "签证单重复签认，重复计算工程量", "业务流程风险", "高", "签证单统一编号，监理、跟审、业主三方会签。"),
            ("联系单管理", "工程联系单不备案，事后补签", "制度机制风险", "中", "联系单三日内备案，未备案的不作结算依据。"),
        ]),
        ("工程管理部", "现场管理员", "泽仁拉措", "general", [
            ("隐蔽工程验收", "隐蔽工程验收走过场，接受施工单位宴请", "思想道德风险", "中", "隐蔽工程验收拍照留存，两人以上参加。"),
        ]),
        ("财务融资部", "部长", "宦璟妍", "middle", [
            ("工程款支付", "不按合同约定和审计结果支付工程款，超付、提前支付", "岗位职责风险", "高",
             "工程款支付附进度确认单和审计意见，分管领导会签。"),
        ]),
        ("财务融资部", "会计", "仝婧珝", "general", [
            ("账务处理", "往来款长期挂账不清理，虚列成本", "业务流程风险", "低", "往来款每季度清理，年度外部审计。"),
        ]),
        ("综合办公室", "主任", "格绒降泽", "middle", [
            ("公务用车", "公务用车私用，虚报加油、维修费用", "岗位职责风险", "低", "车辆定位管理，油卡、维修单据按月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "董事长：", None, None)
    return _layout(
        "urban_investment_checklist", "http://laqfw.gov.cn/bmlf/82149.html",
        "县城乡建设投资有限责任公司 岗位廉洁风险点排查表, after the source's 区纪委监委 on 工程项目 (签证单 counted twice, "
        "项目合同和联系单备案制度, 工程变更, 安置房): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年7月10日`` "
        "line, then 序号/部门 merged (公司领导, 工程管理部, 财务融资部, 综合办公室)/岗位 and 责任人 merged per person/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line on the levels and a "
        "填表人/审核人/董事长 line",
        [sh], t,
    )  # fmt: skip


def tourism_company_sheets() -> dict:
    unit = f"{PLACE}文化旅游投资有限责任公司"
    t = _Truth(unit)
    depts = [
        ("公司领导", [
            ("董事长", "缑骞岳", "leader", [
                ("特许经营决策", "景区特许经营项目未经集体研究，协议给特定经营者", "一级",
                 "特许经营项目公开招商，方案经董事会研究。"),
                ("旅游项目投资", "景区提升工程概算随意调增，项目变更不报批", "一级", "项目概算调整报县国资监管机构审批。"),
            ]),
            ("副总经理", "阿思根秋", "leader", [
                ("涉旅投诉处理", "对游客投诉压案不办、偏袒经营户", "二级", "投诉件登记编号，办结回访。"),
            ]),
        ]),
        ("景区运营部", [
            ("部长", "綦砚岑", "middle", [
                ("商户摊位安排", "景区摊位安排收受经营户好处", "一级", "摊位抽签确定，结果公示。"),
            ]),
            ("票务员", "益西拥措", "general", [
                ("门票核销", "门票重复核销、“人情票”放行不登记", "一级", "电子门票实名核销，闸机数据每日对账。"),
                ("票款解缴", "现金票款截留、延迟解缴", "二级", "票款当日解缴，票务系统与银行到账核对。"),
            ]),
            ("观光车调度员", "呷绒多吉", "general", [
                ("观光车调度", "观光车私自揽客收现金不入账", "二级", "观光车一律凭票乘车，车载视频抽查。"),
            ]),
        ]),
        ("营销推广部", [
            ("部长", "妫澜汀", "middle", [
                ("旅行社合作返利", "与旅行社约定返利不入公司账，私下收受佣金", "一级", "合作协议统一签订，返利经财务部结算。"),
                ("宣传推广采购", "宣传推广服务不比价，指定供应商", "二级", "采购三家以上比价，结果公示。"),
            ]),
            ("营销专员", "色珍拉姆", "general", [
                ("优惠票审批", "擅自扩大团队优惠票、免票范围", "三级", "优惠政策公开，团队票凭合同办理。"),
            ]),
        ]),
        ("财务部", [
            ("出纳", "逯菀青", "general", [
                ("资金收付", "公款私存、坐支现金", "二级", "现金日清月结，出纳不兼记账。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in depts:
        sh = _Sheet(dept, [6, 12, 10, 15, 36, 9, 34])
        _line(sh, f"{unit}廉洁风险防控清单", 7)
        _line(sh, f"部门：{dept}{GAP * 12}编制日期：2024年6月", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("部门负责人（签字）：", None, None, None, "分管领导（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "tourism_company_sheets", "http://zjjlz.gov.cn/content/646847/59/13634331.html",
        "县文化旅游投资有限责任公司 廉洁风险防控清单, one sheet a 部门 (tabs 公司领导, 景区运营部, 营销推广部, 财务部), after "
        "the source's 区纪委监委 on 旅游 (铁腕治旅, 涉旅问题, the 旅游产业公司's 董事长 and 监事会主席 investigated): a title, "
        "a merged ``部门：…　编制日期：2024年6月`` line, then 序号/岗位 and 姓名 merged per person/a short 风险点/a long "
        "风险描述/风险等级 ``一级/二级/三级``/防控措施; no type column; a blank row and ``部门负责人（签字）： | "
        "分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def emergency_enforcement_list() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    sh = _Sheet("一览表", [6, 18, 10, 40, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"单位：{unit}（盖章）{GAP * 10}2024年6月", 7)
    sh.add("序号", "股室（中队）", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人")
    lead, chem, mine, legal = (
        "大队领导",
        "危化品和工贸执法中队",
        "非煤矿山和烟花爆竹执法中队",
        "法制审核股",
    )
    rows = [
        (lead, "大队长", "佴铖瀚", "leader", [
            ("年度执法检查计划编制随意，重点检查企业人为增减", "Ⅰ级", "执法计划经局务会审定并公开，调整须说明理由。"),
            ("重大行政处罚案件决定未经集体讨论", "Ⅰ级", "重大案件经案审委员会集体讨论，纪要存档。"),
        ]),
        (lead, "副大队长", "钮芃瑜", "leader", [
            ("执法装备采购验收把关不严", "Ⅱ级", "装备采购按政府采购程序，三人以上验收。"),
        ]),
        (chem, "中队长", "邬翮澄", "middle", [
            ("对加油站、燃气经营企业选择性执法、重复检查", "Ⅰ级", "检查对象“双随机”抽取，检查结果公开。"),
            ("重大事故隐患不立案、以责令整改代替处罚", "Ⅰ级", "重大事故隐患一律立案，整改销号报大队审核。"),
        ]),
        (chem, "执法队员", "呷绒尼玛", "general", [
            ("检查中接受企业宴请、收受礼品", "Ⅱ级", "执法记录仪全程记录，签订廉洁执法承诺书。"),
        ]),
        (mine, "中队长", "郜昱骁", "middle", [
            ("砂石场等非煤矿山复工验收降低标准", "Ⅰ级", "复工验收邀请专家参加，验收意见集体研究。"),
            ("烟花爆竹零售许可现场核查走过场", "Ⅱ级", "现场核查两人以上，核查记录拍照存档。"),
        ]),
        (mine, "执法队员", "根秋拥措", "general", [
            ("向被检查企业泄露检查时间和内容", "Ⅱ级", "检查任务出发前下达，参检人员通讯工具集中管理。"),
        ]),
        (legal, "股长", "暨昀霆", "middle", [
            ("行政处罚裁量审核不严，同案不同罚", "Ⅱ级", "严格执行裁量基准，审核意见书面留存。"),
            ("执法案卷归档不及时、文书事后补填", "Ⅲ级", "案卷结案后十日内归档，每季度评查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 6)
    _line(sh, "注：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 7)
    return _layout(
        "emergency_enforcement_list",
        "http://www.ds.gov.cn/dsxxgknew/zfbm_148336/yjglj_148352/202504/t20250427_3789498.html",
        "县应急管理综合行政执法大队 廉政风险防控一览表, after the source's 区应急管理综合行政执法大队 安全生产监督检查计划 "
        "(重点检查企业, 执法检查工作日, 随意执法、选择性执法): a title, a merged ``单位：…（盖章）　2024年6月`` line, then "
        "序号/``股室（中队）`` merged (大队领导, 危化品和工贸执法中队, 非煤矿山和烟花爆竹执法中队, 法制审核股)/岗位 merged "
        "per person/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/the holder LAST in ``责任人`` merged per person; no type "
        "column; a ``注：`` line on the levels",
        [sh], t,
    )  # fmt: skip


def agri_enforcement_cards() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "土登洛珠", "男", "藏族", "大队长", "大队领导", "leader", [
            ("假劣兽药、饲料案件查处中说情打招呼，降格处理", "高", "案件处理经集体讨论，说情打招呼如实登记。"),
            ("执法检查计划安排受人情干扰", "中", "检查对象随机抽取，计划报县农业农村局备案。"),
            ("罚没物品处置不规范", "低", "罚没物品登记造册，公开处置。"),
        ]),
        ("畜牧兽医执法中队", "帅婳琦", "女", "汉族", "中队长", "畜牧兽医执法中队", "middle", [
            ("对未经检疫的牦牛、藏香猪出证放行", "高", "检疫出证与现场查验分离，出证信息全程可查。"),
            ("对定点屠宰场违法行为不立案", "高", "屠宰场巡查记录每周上报，问题线索登记编号。"),
            ("兽药经营许可现场核查放宽条件", "中", "核查两人以上，核查意见集体研究。"),
        ]),
        ("农资执法中队", "亚玛泽仁", "男", "藏族", "执法队员", "农资执法中队", "general", [
            ("牧草种子、农药抽样时调换样品", "高", "抽样封样双人签字，样品编号送检。"),
            ("对农资经营门市检查走过场", "中", "检查清单化，检查记录上传执法平台。"),
            ("收受农资经营户礼品、购物卡", "低", "签订廉洁执法承诺书，礼品礼金拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, post, dept, tier, points in cards:
        sh = _Sheet(tab, [8, 40, 12, 36, 16])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 5)
        sh.add("姓名", "性别", "民族", "职务", "所在中队")
        sh.add(who, sex, nation, post, dept)
        sh.add("序号", "风险点", "风险等级", "防控措施", None)
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "agri_enforcement_cards",
        "http://www.chenggu.gov.cn/cgxzf/zwgk/xxgknr/zcwj/bmzbwj/202505/29f340b34c144dbd85c10e699a3cb408.shtml",
        "县农业综合行政执法大队 执法人员廉政风险防控卡, one sheet a holder (tabs 大队长, 畜牧兽医执法中队, 农资执法中队), after "
        "the source's 县农业农村局 绿剑护粮安 执法行动 (种子, 农药, 兽药, 饲料, 动植物检疫, 畜禽屠宰): a title, the labels "
        "``姓名 | 性别 | 民族 | 职务 | 所在中队`` in one row and the values in the next, then 序号/风险点/风险等级 高/中/低/"
        "防控措施; no type column; a blank row and ``持卡人签字： | 2024年5月``",
        sheets, t,
    )  # fmt: skip


def chengguan_two_row_register() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    sh = _Sheet("排查登记表", [6, 16, 10, 9, 38, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查登记表", 8)
    top = sh.add("序号", "中队（股室）", "岗位", "姓名", "风险点", "风险评估", None, "防控措施")
    sh.add(None, None, None, None, None, "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 6)
    rows = [
        ("大队领导", "大队长", "綦翊骁", "leader", [
            ("违法建设查处案件“以罚代拆”，个人决定处理方式", "制度机制", "高风险",
             "违法建设处理方式经案审会集体研究，结果公示。"),
            ("为商户户外广告设置说情打招呼", "思想道德", "中风险", "落实干预执法活动记录报告制度。"),
        ]),
        ("市容秩序中队", "中队长", "降央泽珍", "middle", [
            ("占道经营摊点安排收受商户好处", "外部环境", "高风险", "临时摊点位置统一规划并公示，抽签分配。"),
            ("暂扣物品不登记、私自处理", "业务流程", "中风险", "暂扣物品当场开具清单，入库登记。"),
        ]),
        ("市容秩序中队", "执法队员", "殳澈岚", "general", [
            ("户外违法广告、灯箱清理中选择性执法", "岗位职责", "中风险", "清理台账逐户登记，中队长抽查。"),
            ("对商户门面违规行为只劝导不立案，收受礼品", "思想道德", "低风险", "执法记录仪全程记录，礼品拒收登记。"),
        ]),
        ("违法建设查处中队", "中队长", "郇瑾珩", "middle", [
            ("违法建设巡查发现后不制止、不报告", "岗位职责", "高风险", "巡查轨迹上传，发现违建当日报告。"),
            ("渣土运输车辆查处降格处理", "业务流程", "中风险", "渣土查处结果与县交警大队通报。"),
        ]),
        ("综合保障股", "股长", "宓翀澜", "middle", [
            ("罚没款收缴不及时、不入账", "制度机制", "中风险", "罚缴分离，罚款一律通过银行缴纳。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("排查人：", None, None, None, "大队长（签字）：", None, None, "2024年6月")
    return _layout(
        "chengguan_two_row_register", "https://www.hualongxian.gov.cn/html/9929/397455.html",
        "县城市管理综合行政执法大队 廉政风险排查登记表, after the source's 县城市管理综合执法局 on 户外违法广告 (灯箱, 广告牌, "
        "墙面广告, 商户门面, 联合督导): a title, then a header in two rows — 序号/``中队（股室）``/岗位/姓名/风险点/防控措施 "
        "merged down over both, ``风险评估`` merged across ``风险类型 | 风险等级`` — then 中队（股室） merged (大队领导, "
        "市容秩序中队, 违法建设查处中队, 综合保障股), 岗位 and 姓名 merged per person, short types, "
        "``高风险/中风险/低风险``; a blank row and ``排查人： | 大队长（签字）： | 2024年6月``",
        [sh], t,
    )  # fmt: skip


def pension_center_duty_list() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    sh = _Sheet("责任清单", [6, 14, 14, 26, 36, 10, 9, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, "风险等级：★★★为高风险，★★为中风险，★为低风险", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "岗位职责",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "监督责任",
    )
    lead, ins, audit, fin = "中心领导", "城乡居保股", "稽核股", "财务股"
    rows = [
        (lead, "主任", "leader", "主持中心全面工作", "基金支出审批把关不严，违规审批大额支付", "制度机制", "★★★",
         "大额支付集体研究，基金支出按月公开。", "县人社局"),
        (ins, "参保登记经办员", "general", "办理城乡居民参保登记", "初次参保身份审核不严，违规办理参保或补缴",
         "岗位职责", "★★★", "参保身份与公安户籍数据比对，补缴资料复核。", "分管副主任"),
        (ins, "待遇审核员", "general", "审核待遇领取申报", "对待遇领取申报材料不核实，违规核定待遇", "业务流程", "★★★",
         "待遇核定初审、复核分设两人，核定结果公示。", "分管副主任"),
        (ins, "待遇审核员", "general", "办理待遇暂停、续发", "参保人员死亡后不及时暂停待遇，造成冒领", "岗位职责", "★★",
         "每月与民政、公安死亡数据比对，暂停清单复核。", "分管副主任"),
        (audit, "稽核员", "general", "开展待遇领取资格认证和稽核", "资格认证走过场，对疑点数据不核查", "外部环境", "★★",
         "疑点数据逐条入户核查，稽核结果报中心。", "中心主任"),
        (audit, "信息系统管理员", "general", "维护业务系统和权限", "一人多岗、一人多号，经办与复核权限不分离", "制度机制", "★★",
         "系统权限一人一号，不相容岗位分离，离岗即停号。", "中心主任"),
        (fin, "会计", "general", "基金财务核算", "基金收支核算不及时，账实不符", "业务流程", "★",
         "基金专户管理，每月与银行对账。", "中心主任"),
        (fin, "出纳", "general", "基金资金拨付", "违规将基金转入个人账户或他用", "思想道德", "★★★",
         "基金支付凭复核后的支付清单，网银双人操作。", "中心主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, typ, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, watch)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("编制：", None, None, "审核：", None, None, None, "2024年6月", None)
    return _layout(
        "pension_center_duty_list", "https://m.fx361.cc/news/2022/0602/14371968.html",
        "县社会保险事业服务中心 廉政风险防控责任清单 对岗不对人, after the source's paper on 城乡居保 基金安全 (一人多岗、"
        "一人多号, 初次参保身份审核, 待遇领取申报, 待遇暂停续发, 参保人员死亡上报, 资格认证): a title, a merged "
        "``风险等级：★★★为高风险…`` line, then 序号/股室 merged (中心领导, 城乡居保股, 稽核股, 财务股)/岗位 merged/"
        "``岗位职责``/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施/``监督责任`` (a role: 县人社局, "
        "分管副主任, 中心主任); no names; a blank row and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def trading_center_groups() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "洛绒色珍", "leader", [
                ("干预项目进场交易，为特定投标人提供便利", "外部环境风险", "一级风险",
                 "领导干部插手干预交易活动如实记录，交易全程电子化。"),
                ("交易场所、设备采购决策不民主", "制度机制风险", "二级风险", "采购事项集体研究，按政府采购程序办理。"),
            ]),
        ]),
        ("二、交易服务股", "交易服务股", [
            ("股长", "曲批彭措", "middle", [
                ("评审专家抽取名单泄露", "岗位职责风险", "一级风险", "专家由系统随机抽取，语音通知，名单封存至评标结束。"),
                ("开评标场地安排有倾向，为特定项目调整时间", "业务流程风险", "二级风险", "场地按进场登记顺序自动安排。"),
            ]),
            ("见证员", "宓霁岚", "general", [
                ("开评标见证走过场，对评标现场违规行为不制止、不报告", "岗位职责风险", "二级风险",
                 "见证记录当场签字，评标区音视频全程录存。"),
            ]),
        ]),
        ("三、信息技术股", "信息技术股", [
            ("系统管理员", "郇澍棠", "general", [
                ("违规查询、泄露投标人名称和数量", "制度机制风险", "一级风险", "系统操作日志留存，查询权限分级审批。"),
            ]),
        ]),
        ("四、综合股", "综合股", [
            ("股长", "殳沅蓁", "middle", [
                ("投标保证金退还拖延，挪用保证金", "制度机制风险", "二级风险", "保证金系统自动退还，专户管理。"),
                ("交易主体信用评价打分不公", "思想道德风险", "三级风险", "信用评价结果公示，接受异议。"),
            ]),
            ("档案管理员", "益西卓嘎", "general", [
                ("交易档案私自借阅、篡改", "业务流程风险", "三级风险", "档案借阅登记审批，电子档案不可修改。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "中心主任（签字）：", None, None, "2024年7月")
    return _layout(
        "trading_center_groups", "http://fsou.com/html/text/lar/172177/17217724_3.html",
        "县公共资源交易服务中心 岗位廉政风险点一览表, after the source's 市政府 rules on 公共资源交易 (评审专家随机抽取, 集中缴费, "
        "信用评价, 交易档案): a title, then 序号/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under group rows ``一、中心领导``, ``二、交易服务股``, ``三、信息技术股``, ``四、综合股`` merged across (no "
        "股室 column), 岗位 and 姓名 merged per person; a blank row and ``填表人： | 中心主任（签字）： | 2024年7月``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    service_center_bilingual(),
    urban_investment_checklist(),
    tourism_company_sheets(),
    emergency_enforcement_list(),
    agri_enforcement_cards(),
    chengguan_two_row_register(),
    pension_center_duty_list(),
    trading_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch256-inbox"))
