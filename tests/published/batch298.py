"""The two-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局/委/办,
开江县 (a county of 达州, its staff Han) — its 教育科技局, 卫生健康局, 商务局, 林业局, 司法局,
农业农村局, 民政局 and 审计局 — each handing back the 一览表, 防控表, 防控卡, 责任清单, 排查表,
自查表 or 登记表 its staff typed in WPS or Excel:

- the 教育科技局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, its rows under
  GROUP ROWS ``一、局领导`` … ``四、学生资助管理中心`` merged across (no 股室 column): ``岗位`` and
  ``姓名`` merged per person, short types, ``一级/二级/三级``, a 填表人/审核人/局长（签字） line;
- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``高风险/中风险/低风险``;
- the 商务局's 防控卡, one sheet a holder (tabs 局长, 副局长, 电子商务股股长): ``姓　名 | … | 职　务 |
  …``, ``所在股室 | …`` and a merged ``岗位职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | … | 监督电话：…``;
- the 林业局's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, and a last ``责任领导`` column;
- the 司法局's 排查表 对岗不对人: ``股室`` merged, ``岗位`` on every row, a short ``风险点`` beside a
  long ``主要表现``, ``…风险`` types, 高/中/低, no names; a 制表/审核/date line;
- the 农业农村局's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 |
  股　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``一级风险/二级风险/三级风险``, ``本人签名： | … | 局长意见：``;
- the 民政局's 一览表: ``股室`` merged, ``岗位 | 姓名`` on every row, a short ``风险点`` beside a long
  ``风险描述``, 高/中/低, no type column.

One is harder:

- ``kaijiang_audit_coded_types``: the 审计局's 岗位廉政风险点登记表, whose risk TYPE is written ONLY
  AS THE LETTER PREFIX OF A RISK CODE. The table has no type column: its second column
  ``风险编码`` holds codes ``ZD-01``, ``WB-01``, ``GW-01``, ``SX-01``, ``YW-01`` …, and a merged note
  line ABOVE the heading (``风险编码说明：编码前两位字母为风险类型代码（SX—思想道德风险，ZD—制度
  机制风险，GW—岗位职责风险，YW—业务流程风险，WB—外部环境风险），后两位为同类风险的顺序号。``)
  says that the two letters — the 拼音 initials of the type — name the type and the two digits
  number the risks of that type. The rows are ordered by 股室 and person, not by type, so the codes
  of one type are scattered down the table (``ZD-01`` in the first row, ``ZD-02`` in the ninth).
  Otherwise the table is ordinary: ``序号 | 风险编码 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 |
  防控措施``, 股室 merged, 岗位 and 姓名 merged per person, 高/中/低. The README's 读得懂的表 knows a
  ``风险类型`` column written only in codes (``A``, ``B、C``, ``甲``, digits) that a ``填表说明`` defines,
  a ``风险编号`` (``LA-01``) that is no part of the point, a type in brackets after the point, and a
  group row ``二、岗位职责风险``; it does not describe a table with NO type column whose risk code's
  letter prefix (a two-letter 拼音 abbreviation) is the type, defined by a note above the heading,
  so that the type of each point must be cut out of the code.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市审计局's report on the 整改 of
the 审计 of a year's 预算执行 — 整改任务清单, 挂销号, 经责审计 of a 镇, 整改督查, 长效机制; a 特区教育局
that held a 询价议价会 on 学生餐食材 with 教师代表、家长代表 and the 配送公司, its 纪检室 and 学生资助
管理中心 taking objections; a 区卫生监督所's year — 公共场所 卫生许可, 量化分级管理, 健康证, 监督意见书,
医疗废物 专项监督; a 市商务局's 电商科 checking a 县's 电子商务进农村综合示范项目 — 公共服务中心, 物流
仓储分拣中心, 村级电商服务点, 资金拨付进度; a 州's 林政管理整治 — 乱砍滥伐、乱采滥挖、乱捕滥猎,
无证运输、无证加工、无证收购, 乱征滥占、少批多占、未批先占; a page on what a 司法局 does — 法治宣传,
法律援助, 人民调解, 社区矫正, 公证管理, 司法鉴定管理, 行政复议与应诉; a 农机化 project notice — 乡镇
初验, 验收意见, 黑名单, 弄虚作假, 职能科站 督导; a 镇's 社会救助 公开目录 — 最低生活保障, 特困人员救助
供养, 临时救助, 初审对象名单, 公示) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 开江县.

Run ``python tests/published/score.py --set batch298`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's types are the ONE type its ``风险编码``'s two letters name by the
  note (SX 思想道德, ZD 制度机制, GW 岗位职责, YW 业务流程, WB 外部环境); the code itself, the note and
  the heading are no points; the point is the ``廉政风险点``, its holder the row's ``姓名``;
- ``局领导`` (a group row, a 股室 cell, the sheet ``局领导``, a card's 所在股室) is the 科室 of the
  局's leaders; a 局's 股, 室, 办公室 and its 中心 (``学生资助管理中心``, ``法律援助中心``) are 科室; a
  group row ``二、计划财务股`` gives the 科室 ``计划财务股`` (its number left off);
- every 局 here is a unit of its own: 局长 and 副局长 are leaders; 股长, the 主任 of an 办公室 or of a
  中心 middle; the rest (审计员, 会计, 资助专干, 科员, 卫生监督员, 林政员, 农机推广员, 低保专干,
  社区矫正专干, 法律援助专干, 人民调解指导员) general;
- ``风险点 | 主要表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``,
  ``分管工作``, ``岗位职责`` and ``自查情况`` are no points and name no holder; the 林业局's
  ``责任领导`` column names the leader who supervises, not the holder (``责任人`` does); the
  司法局's list names no person: its forms are posts (对岗不对人);
- the 商务局's cards write the card holder's 股室 in ``所在股室`` (``局领导`` for the two leaders);
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b298_"
PLACE = "开江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

# the type codes the note above the heading defines: two 拼音 initials a type
CODES = {"SX": "思想道德", "ZD": "制度机制", "GW": "岗位职责", "YW": "业务流程", "WB": "外部环境"}
CODE_NOTE = (
    "风险编码说明：编码前两位字母为风险类型代码（SX—思想道德风险，ZD—制度机制风险，GW—岗位职责风险，"
    "YW—业务流程风险，WB—外部环境风险），后两位为同类风险的顺序号。"
)
AUDIT_HEAD = ("序号", "风险编码", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (股室, 岗位, 姓名, tier, [(type code, 廉政风险点, 等级, 防控措施)]) — the number of each code is
# given in order of appearance within its type
AUDIT_ROWS = [
    ("局领导", "局长", "郏湛珣", "leader", [
        ("ZD", "年度审计项目计划不经局党组集体研究，随意增减审计对象", "高",
         "审计项目计划经局党组会集体研究，报县委审计委员会审定。"),
        ("WB", "对经济责任审计说情打招呼，干预审计评价和结论", "高",
         "说情打招呼事项一律登记报告，审计结论经审理委员会审定。"),
    ]),
    ("局领导", "副局长", "璩沚漪", "leader", [
        ("GW", "审计查出问题整改“挂销号”把关不严，未整改到位即销号", "中",
         "整改销号须附整改佐证材料，经分管领导和审理股双签。"),
        ("SX", "接受被审计单位宴请、礼品礼金和消费卡", "中", "严格执行审计纪律“八不准”，审计通知书附廉政监督卡。"),
    ]),
    ("财政金融审计股", "股长", "隗澜澍", "middle", [
        ("YW", "审计取证不充分，审计工作底稿与事实不符", "高", "底稿实行主审、股长、审理三级复核。"),
        ("WB", "向被审计单位推销商品或介绍业务", "低", "审计组签订廉政承诺书，接受被审计单位监督评价。"),
    ]),
    ("财政金融审计股", "审计员", "咸琤若", "general", [
        ("SX", "泄露审计中知悉的被审计单位商业秘密和内部信息", "中", "审计资料专人保管，数据拷贝登记审批。"),
        ("YW", "对审计发现的问题线索不按规定移送", "高", "问题线索集体研判，移送台账按月报局党组。"),
    ]),
    ("经济责任审计股", "股长", "檀溯禾", "middle", [
        ("ZD", "经济责任审计评价标准不统一，同类问题定性不一", "中", "统一评价指引，审计报告经审理委员会审议。"),
        ("GW", "整改任务清单下达后不跟踪督促，整改流于形式", "低", "整改任务清单逐项对账，整改结果公告。"),
    ]),
    ("办公室", "主任", "濮黛泠", "middle", [
        ("YW", "审计外勤经费报销不实，虚列食宿费用", "低", "外勤经费按实报销，票据与派出审批单核对。"),
        ("ZD", "审计档案借阅不登记，审计报告流转不留痕", "低", "档案借阅登记审批，报告流转全程留痕。"),
    ]),
]  # fmt: skip


def kaijiang_audit_coded_types() -> dict:
    unit = f"{PLACE}审计局"
    ncols = len(AUDIT_HEAD)
    sh = _Sheet("登记表", [6, 10, 16, 9, 9, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    _line(sh, CODE_NOTE, ncols)
    sh.add(*AUDIT_HEAD)
    first = len(sh.rows)
    seen: dict[str, int] = {}
    n = 0
    for dept, post, who, tier, points in AUDIT_ROWS:
        for code, point, lv, measures in points:
            n += 1
            seen[code] = seen.get(code, 0) + 1
            sh.add(n, f"{code}-{seen[code]:02d}", dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [CODES[code]], HML[lv])
    _per_person(sh, first, 2, 3, 4)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "kaijiang_audit_coded_types", "https://cixird.gov.cn/index.php/home/content?id=1532529",
        "(harder) 县审计局 岗位廉政风险点登记表, after the source's 市审计局 report on the 整改 of a year's 预算执行 审计 "
        "(整改任务清单, 挂销号, 经责审计, 整改督查): a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line and a "
        "merged ``风险编码说明：…`` NOTE defining two-letter type codes (SX 思想道德, ZD 制度机制, GW 岗位职责, YW 业务流程, "
        "WB 外部环境), then 序号/``风险编码`` (``ZD-01``, ``WB-01``, ``GW-01`` … — the type ONLY as the code's prefix, NO "
        "type column)/股室 merged (局领导, 财政金融审计股, 经济责任审计股, 办公室)/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kaijiang_education_groups() -> dict:
    unit = f"{PLACE}教育科技局"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "敖珩霁", "leader", [
                ("学生餐食材配送企业遴选不经集体研究", "制度机制", "一级",
                 "配送企业公开招标确定，招标结果局党组会研究并公示。"),
                ("校舍维修、教育装备项目打招呼、指定施工或供货单位", "思想道德", "一级",
                 "项目一律进入公共资源交易平台，领导干部插手干预事项登记报告。"),
            ]),
            ("副局长", "訾潆昕", "leader", [
                ("食材参考价格询价议价走过场", "业务流程", "二级",
                 "询价议价邀请发改、市场监管部门和教师、家长代表参加，价格公示七天。"),
                ("教师招聘、调动中优亲厚友", "岗位职责", "二级", "招聘调动方案、结果全程公开，纪检室全程监督。"),
            ]),
        ]),
        ("二、计划财务股", "计划财务股", [
            ("股长", "麴沅澧", "middle", [
                ("学校公用经费分配不按标准，向个别学校倾斜", "制度机制", "二级", "公用经费按生均标准核定，分配结果公开。"),
                ("项目资金拨付不按合同和验收进度", "业务流程", "一级", "资金拨付凭合同、验收单和审批单，三人会签。"),
            ]),
            ("会计", "汲昙蓁", "general", [
                ("报销单据审核不严，虚列支出", "岗位职责", "三级", "报销实行经办、审核、审批三签，定期抽查。"),
            ]),
        ]),
        ("三、学生资助管理中心", "学生资助管理中心", [
            ("主任", "厍琰菀", "middle", [
                ("家庭经济困难学生认定把关不严，优亲厚友", "岗位职责", "一级", "认定实行班级评议、学校审核、中心抽查，名单公示。"),
                ("对食材价格异议线索不登记、不反馈", "外部环境", "三级", "异议线索登记编号，限期答复并抄送纪检室。"),
            ]),
            ("资助专干", "仉渟萱", "general", [
                ("资助资金发放名单与受助学生信息不符", "业务流程", "二级", "资助资金直接发放到学生家长账户，系统比对学籍。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "kaijiang_education_groups",
        "https://www.liuzhi.gov.cn/newsite/zwgk_5753282/qzbmxxgk/tqjyj_5753611/zcwj_5759221/202503/"
        "t20250318_87196199.html",
        "县教育科技局 岗位廉政风险防控一览表, after the source's 特区教育局 询价议价会 on 学生餐食材 (发改、市场监管, 教师代表、"
        "家长代表, 配送公司, 纪检室, 学生资助管理中心): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` "
        "line, then 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、计划财务股``, ``三、学生资助管理中心`` merged across (no 股室 column); 岗位 and 姓名 merged per "
        "person; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def kaijiang_health_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 18, 36, 13, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("钭珮澄", "局长", "主持全面工作，分管人事、财务", [
            ("医疗机构设置审批中打招呼、说情", "外部环境风险", "高风险", "设置审批集体研究，审批结果网上公开。"),
            ("卫生健康项目资金分配不经集体决策", "制度机制风险", "高风险", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("邴霂湘", "副局长", "分管医政医管、综合监督", [
            ("对公共场所卫生违法行为降格处理", "岗位职责风险", "中风险", "处罚案件集体讨论，裁量基准公开。"),
            ("医疗废物专项检查走过场", "业务流程风险", "中风险", "专项检查随机抽取对象，检查结果通报。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("股室", [6, 14, 10, 9, 36, 13, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "佘峤沄", "middle", [
            ("医疗机构校验中对不合格项目放行", "岗位职责风险", "高风险", "校验两人以上现场核查，校验结果公示。"),
            ("医师执业注册材料把关不严", "业务流程风险", "中风险", "注册材料清单化审核，网上可查。"),
        ]),
        ("医政医管股", "科员", "綦琬湉", "general", [
            ("泄露医疗纠纷投诉人信息", "思想道德风险", "低风险", "投诉信息专人管理，查询留痕。"),
        ]),
        ("综合监督股", "股长", "苌砚汐", "middle", [
            ("公共场所卫生许可发放“人情证”“关系证”", "思想道德风险", "高风险", "许可现场审查两人以上，许可结果公示。"),
            ("量化分级评定打分不公", "制度机制风险", "中风险", "评定标准公开，结果张贴公示牌。"),
        ]),
        ("综合监督股", "卫生监督员", "宓沛筠", "general", [
            ("监督检查中接受经营单位宴请、礼品", "外部环境风险", "中风险", "执法全过程记录，节前廉洁提醒。"),
            ("监督意见书下达后不复查整改", "岗位职责风险", "低风险", "整改复查纳入监督台账，按月销号。"),
        ]),
        ("规划财务股", "会计", "缑澄蕖", "general", [
            ("基本公共卫生服务补助资金拨付不按考核结果", "业务流程风险", "高风险", "补助资金按绩效考核结果拨付，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "kaijiang_health_two_sheets", "http://www.sznianjian.com/show.php?mlid=15468",
        "县卫生健康局 廉政风险防控表 in two sheets, after the source's 区卫生监督所 year (公共场所 卫生许可, 量化分级管理, 健康证, "
        "监督意见书, 医疗废物 专项监督): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类别 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged "
        "(医政医管股, 综合监督股, 规划财务股)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def kaijiang_commerce_cards() -> dict:
    unit = f"{PLACE}商务局"
    t = _Truth(unit)
    cards = [
        ("局长", "晁澍琮", "局长", "局领导", "leader", "主持全面工作，负责电子商务进农村综合示范项目总体推进和资金审批",
         [("示范项目实施方案调整不经集体研究", "★★★", "方案调整经局党组会研究，报县政府审定。"),
          ("项目资金拨付审批把关不严，超进度拨付", "★★★", "资金按签订协议、完成建设、全部实施三个阶段拨付。"),
          ("为特定企业承接项目打招呼", "★★", "承接企业公开比选，插手干预事项登记报告。")]),
        ("副局长", "乜琮霭", "副局长", "局领导", "leader", "分管电子商务、市场运行和商贸流通",
         [("对电商公共服务中心运营考核走过场", "★★", "运营考核量化评分，考核结果公示。"),
          ("接受服务对象宴请、礼品礼金", "★", "节前廉洁提醒，拒收登记。")]),
        ("电子商务股股长", "胥湄瑗", "股长", "电子商务股", "middle", "负责示范项目建设督导、村级电商服务点验收",
         [("村级电商服务点验收不实地核查，虚报建成数量", "★★★", "验收逐点实地核查，拍照存档，抽查不少于三成。"),
          ("物流仓储分拣中心设备验收以次充好", "★★", "设备验收邀请第三方参与，验收报告签字负责。"),
          ("培训人数、场次弄虚作假", "★", "培训签到与照片留存，结果公示。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在股室", dept, "填卡时间", "2025年6月")
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "监督电话：0818-8222110", None)
        sheets.append(sh)
    return _layout(
        "kaijiang_commerce_cards", "http://swj.hanzhong.gov.cn/hzswj/tpxw/202101/80905d1141374c67a2518a0790780a57.shtml",
        "县商务局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 副局长, 电子商务股股长), after the source's 市商务局 电商科 "
        "checking a 县's 电子商务进农村综合示范项目 (公共服务中心, 物流仓储分拣中心, 村级电商服务点, 资金投入和使用, 人员培训): "
        "a title, ``姓　名 | … | 职　务 | …``, ``所在股室 | … | 填卡时间 | …``, a merged ``岗位职责`` line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``; no type column",
        sheets, t,
    )  # fmt: skip


def kaijiang_forestry_duties() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("责任清单", [6, 14, 10, 9, 16, 36, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief, deputy = "蓬岫渊", "暴沁珏"
    rows = [
        ("局领导", "局长", chief, "leader", "林地审核", "征占用林地审核中少批多占、未批先占不制止", "Ⅰ级",
         "林地审核集体研究，批后监管纳入年度督查。", "县政府"),
        ("局领导", "副局长", deputy, "leader", "采伐审批", "超限额、超范围审批林木采伐", "Ⅰ级",
         "采伐指标按限额分解，审批结果网上公示。", chief),
        ("林政资源股", "股长", "衡泷霏", "middle", "采伐许可", "为不符合条件的申请发放林木采伐许可证", "Ⅰ级",
         "采伐许可实行伐前查验、伐后验收。", deputy),
        ("林政资源股", "股长", "衡泷霏", "middle", "木材经营监管", "对无证加工、无证收购的木材经营户不查处", "Ⅱ级",
         "木材加工企业建立进出台账，每季度检查。", deputy),
        ("林政资源股", "林政员", "牧沅颀", "general", "伐区验收", "伐区验收不到现场，照单签字", "Ⅱ级",
         "伐区验收影像资料存档，验收单双人签字。", deputy),
        ("林政资源股", "林政员", "牧沅颀", "general", "木材运输检查", "对无证运输木材收受好处放行", "Ⅰ级",
         "木材运输检查全程记录，罚没物资登记入库。", deputy),
        ("野生动植物保护股", "股长", "仇翾澜", "middle", "野生动物保护执法", "对乱捕滥猎、乱采滥挖案件压案不查", "Ⅱ级",
         "案件受理登记编号，办理进度每月通报。", chief),
        ("办公室", "主任", "鄂湘蘅", "middle", "公务接待", "接待超标准、无公函接待", "Ⅲ级",
         "接待事前审批，清单按月公示。", chief),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "局长：", None, None, None)
    return _layout(
        "kaijiang_forestry_duties", "http://kbcmw.com/html/xw/jjgz/16620.html",
        "县林业局 廉政风险防控责任清单, after the source's 州 林政管理整治 (乱砍滥伐、乱采滥挖、乱捕滥猎; 无证运输、无证加工、"
        "无证收购; 乱征滥占、少批多占、未批先占): a title, 序号/股室 merged (局领导, 林政资源股, 野生动植物保护股, 办公室)/岗位 and "
        "责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a last ``责任领导`` column (a "
        "leader's name or 县政府); no type column; a blank row and a 填报人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def kaijiang_justice_posts() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("排查表", [6, 16, 14, 16, 38, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    lead = "局领导"
    rows = [
        (lead, "局长", "leader", "重大事项决策", "对公证、司法鉴定机构的设立意见不经集体研究", "制度机制风险", "高",
         "机构设立意见局党组会集体研究，会议纪要存档。"),
        (lead, "副局长", "leader", "行政复议审理", "复议案件审理中接受当事人请托，偏袒一方", "思想道德风险", "高",
         "复议案件集体审议，复议决定书网上公开。"),
        ("法律援助中心", "主任", "middle", "援助案件指派", "向关系律师指派法律援助案件，办案补贴发放不实", "岗位职责风险", "中",
         "案件指派按律师名册轮流进行，补贴按质量评估结果发放。"),
        ("法律援助中心", "法律援助专干", "general", "受理审查", "对经济困难证明审查不严，为不符合条件的申请人提供援助", "业务流程风险", "低",
         "审查材料清单化，受理结果告知申请人。"),
        ("社区矫正股", "股长", "middle", "矫正对象管理", "对社区矫正对象违规外出请假审批不严", "岗位职责风险", "高",
         "请假审批分级办理，电子定位全程监管。"),
        ("社区矫正股", "社区矫正专干", "general", "考核奖惩", "矫正对象考核奖惩弄虚作假，收受家属好处", "外部环境风险", "高",
         "考核结果集体评议，奖惩建议公示。"),
        ("公共法律服务股", "股长", "middle", "司法鉴定管理", "对司法鉴定机构违规执业投诉不调查处理", "岗位职责风险", "中",
         "投诉登记办理，调查结果书面答复投诉人。"),
        ("公共法律服务股", "人民调解指导员", "general", "调解补贴", "人民调解案件“以奖代补”虚报案件数量", "业务流程风险", "中",
         "调解卷宗抽查回访，补贴按核实数量发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：局办公室", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "kaijiang_justice_posts", "https://news.bazhongol.com/zxwd/202509/726021.html",
        "县司法局 廉政风险点排查表 对岗不对人, after the source's page on what a 司法局 does (法治宣传教育, 法律援助, 人民调解, "
        "社区矫正, 公证管理, 司法鉴定管理, 行政复议与应诉): a title, then 序号/股室 merged (局领导, 法律援助中心, 社区矫正股, "
        "公共法律服务股)/岗位 on every row/a short 风险点/a long 主要表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no "
        "names; a ``制表：局办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def kaijiang_agriculture_selfchecks() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    people = [
        ("谯澹岫", "局领导", "副局长", "leader", [
            ("农机化项目申报审核中为关系户打招呼", "思想道德", "一级风险", "项目申报条件公开，审核结果公示，插手干预登记报告。", "已落实"),
            ("项目验收意见不经集体研究即签发", "制度机制", "二级风险", "验收意见经局务会研究，验收组成员签字。", "已整改"),
        ]),
        ("荀沣蘅", "农业机械化股", "股长", "middle", [
            ("对乡镇初验弄虚作假的项目不复核", "岗位职责", "一级风险", "县级复核按不低于三成比例实地抽查。", "已落实"),
            ("黑名单项目单位仍受理申报", "业务流程", "二级风险", "申报前比对黑名单和失信名单。", "未发现问题"),
            ("接受农机经销企业宴请、礼品", "外部环境", "三级风险", "签订廉洁承诺书，节前廉洁提醒。", "已落实"),
        ]),
        ("索珺澈", "农业机械化股", "农机推广员", "general", [
            ("补贴机具核查不核对发动机号、出厂编号", "岗位职责", "二级风险", "核查逐台拍照，号码录入系统比对。", "已整改"),
            ("作业面积核定虚报多报", "业务流程", "一级风险", "作业面积以远程监测数据为准。", "已落实"),
        ]),
        ("盖蓁漪", "计划财务股", "会计", "general", [
            ("项目补助资金不按验收结果拨付", "制度机制", "二级风险", "资金拨付凭验收意见和审批单办理。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 11, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "kaijiang_agriculture_selfchecks", "https://www.chacewang.com/newsdetail/news186098.html",
        "县农业农村局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农机化 project notice "
        "(项目申报, 乡镇初验, 验收意见, 黑名单, 弄虚作假, 职能科站 督导): a title, a label row ``姓　名 | 股　室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施/``自查情况``; a blank row and ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def kaijiang_civil_affairs_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "酆淏岚", "leader", "救助资金分配", "社会救助资金分配不经集体研究，向个别乡镇倾斜", "高",
         "资金分配方案局党组会研究，分配结果公开。"),
        ("局领导", "副局长", "贲澍霖", "leader", "低保审批监督", "对乡镇低保审批抽查走过场，人情保、关系保不纠正", "高",
         "每季度按比例入户抽查，问题清单限期整改。"),
        ("社会救助股", "股长", "宰湉绮", "middle", "特困供养认定", "特困人员认定条件把关不严", "中",
         "认定材料集体审核，初审对象名单公示七个工作日。"),
        ("社会救助股", "股长", "宰湉绮", "middle", "临时救助", "临时救助“先救助后审批”事后不补办手续", "低",
         "临时救助台账逐笔登记，补办手续限时完成。"),
        ("社会救助股", "低保专干", "戈沐澂", "general", "家庭经济状况核对", "核对信息泄露，或为亲友隐瞒收入财产", "高",
         "核对系统权限分级，查询全程留痕。"),
        ("社会事务股", "股长", "帅琦澧", "middle", "养老机构补贴", "养老机构运营补贴床位数核定不实", "中",
         "床位数实地核定，补贴名单公示。"),
        ("社会事务股", "股长", "帅琦澧", "middle", "殡葬服务监管", "对殡葬服务单位违规收费不查处", "低",
         "收费标准公示，投诉举报限期办结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, "2025年6月")
    return _layout(
        "kaijiang_civil_affairs_list", "http://mdx.gov.cn/info/1473/43897.htm",
        "县民政局 岗位廉政风险防控一览表, after the source's 镇 社会救助领域 公开目录 (最低生活保障, 特困人员救助供养, 临时救助, "
        "初审对象名单, 公示): a title, 序号/股室 merged (局领导, 社会救助股, 社会事务股)/岗位 and 姓名 on every row/a short "
        "风险点/a long 风险描述/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/局长（签字）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kaijiang_audit_coded_types(),
    kaijiang_education_groups(),
    kaijiang_health_two_sheets(),
    kaijiang_commerce_cards(),
    kaijiang_forestry_duties(),
    kaijiang_justice_posts(),
    kaijiang_agriculture_selfchecks(),
    kaijiang_civil_affairs_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch298-inbox"))
