"""The two-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 平武县 (a mountain county of 绵阳, its staff Han) — its
市场监管综合行政执法大队 and 应急管理综合行政执法大队, its 城市投资建设有限公司, 污水处理有限公司 and
自来水有限责任公司, its 殡仪服务中心, 农村供水工程管理站 and 水利工程建设服务中心 — each handing back
the 一览表, 防控卡, 排查表, 清单, 自查表 or 防控表 its staff typed in WPS or Excel:

- the 城市投资建设有限公司's 清单: ``部门`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, ``一级/二级/三级``, the measures, a ``注：`` line and an 编制人/审核人/date line;
- the 污水处理有限公司's 防控表 under GROUP ROWS ``一、公司领导`` … ``三、工程设备部`` merged across (no
  部门 column): ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  ``一级风险/二级风险/三级风险``, no type column;
- the 应急管理综合行政执法大队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and
  ``所在中队 | … | 执法证号 | …`` above ``序号 | 执法环节 | 廉政风险点 | 风险等级 | 防控措施``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``持卡人（签字）： | … | 大队长（签字）：``;
- the 殡仪服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names; an 编制/审核/date line;
- the 农村供水工程管理站's 自查表, one sheet a person: a label row ``姓　名 | 股　室 | 岗　位 | 填表时间``
  over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column,
  ``本人签名： | … | 站长意见：``;
- the 自来水有限责任公司's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  written on every row, ``岗位 | 责任人``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line;
- the 水利工程建设服务中心's 责任清单: ``股室`` merged, ``岗位`` and ``姓名`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``一级/二级/三级``, the measures and a LAST column
  ``责任领导`` naming the 中心's 主任 on every row (a supervisor, no holder but of his own rows).

One is harder:

- ``pingwu_market_enforcement_stage_posts``: the 市场监管综合行政执法大队's 行政处罚 防控表 laid out
  along the 办案流程 (立案 → 调查取证 → 审核决定): ONE ROW AN 执法事项 (食品安全, 特种设备, 价格, …
  违法案件查处), and under a two-row heading each STAGE a group of three columns of its own
  ``立案环节 ⏵ 责任岗位 | 廉政风险点 | 风险等级``, ``调查取证环节 ⏵ 责任岗位 | 廉政风险点 | 风险等级``,
  ``审核决定环节 ⏵ 责任岗位 | 廉政风险点 | 风险等级``, then one ``防控措施``. So one row holds three
  points, each BELONGING TO THE POST NAMED IN ITS OWN GROUP (执法队员, 中队长, 法制审核员, 副大队长,
  大队长), and one post's points are scattered over several rows and several groups; a stage with
  no risk is ``/`` in all three cells. The README's 读得懂的表 knows ``廉政风险点`` merged over
  ``受理环节 | 审核环节 | 办结环节`` (each cell a point of the row's one post), ``廉政风险点`` merged over
  post columns (``所长 | 法制员 | …``), a questionnaire export's ``风险点N | 风险类型N | 风险等级N``
  groups of ONE person a row, and ``各岗位风险等级`` over post columns; it does not describe stage
  groups that each carry their own ``责任岗位`` column, so that the post of a point is the cell
  beside it in its group, not a column of the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 行政处罚流程图 — 案件来源, 立案审批,
调查询问, 抽样取证, 先行登记保存, 查封扣押, 事先告知, 陈述申辩, 听证, 决定, 送达, 当场收缴; a 开发区
城投集团 廉政教育专题会 on a road project — 建设、施工、监理、跟踪审计 各方, 廉洁自律告知书 and 承诺书;
a 派驻纪检监察组 at a 污水处理厂 project — 廉政风险排查研判, 关键少数, 重点岗位, 内控机制; a 省安委办's
集中执法检查 — 执法检查 方案, 暗查暗访, 直接立案查处, 廉洁自律, 日报告; a 殡葬领域 收费 调研 — 基本
殡葬服务, 收费, 火化; a 水利局 and 审计局 on 农村饮水安全工程 — 建设程序, 资金管理, 工程结算, 机电井,
压力罐, 管理房, 水质; a 流域管理局's 农村供水工程巡查 — 供水水源, 取水工程, 输配水工程, 水厂, 运营
管理, 问题清单, 整改; a 县 农村饮水安全工程 — 项目法人, 招投标, 工程监理, 合同管理, 管护经费, 水价,
绩效考核) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names); every unit is
a body of 平武县.

Run ``python tests/published/score.py --set batch280`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each stage group's ``廉政风险点`` is a point of the post named in the same
  group's ``责任岗位`` (its level the same group's ``风险等级``); the table names no person, so its
  forms are posts (对岗不对人) with no 科室 (the posts 执法队员, 中队长, 法制审核员 are written without
  their 中队), one form a post however many rows and groups its points are spread over; ``/`` is no
  point, ``执法事项`` and ``防控措施`` are no points and name no post;
- ``公司领导``, ``大队领导``, ``站领导``, ``中心领导`` (a 部门/股室 cell, a group row, a card's 所在中队) are the
  科室 of those leaders; a company's 部, a 大队's 中队, a 站's and a 中心's 股 are 科室; a group row
  ``二、生产运行部`` gives the 科室 ``生产运行部`` (its number left off);
- every company, 大队, 站 and 中心 here is a unit of its own: 董事长, 总经理, 副总经理, 大队长, 副大队长,
  站长, a 中心's 主任 and 副主任 are leaders; 部长, 经理, 中队长 and 股长 middle; the rest (执法队员,
  法制审核员, 现场代表, 会计, 出纳, 运行工, 化验员, 技术员, 抄表员, 维修工, 业务员, 火化工, 收费员,
  质量监督员) general;
- ``风险点 | 风险描述`` and ``风险点 | 风险表现``: the point is the short 风险点; ``执法环节``, ``职责事项``,
  ``执法证号`` and ``自查情况`` are no points and name no holder; the 殡仪服务中心's list names no person:
  its forms are posts (对岗不对人); in the 水利工程建设服务中心's list the LAST column ``责任领导`` names a
  supervisor, the holder is ``姓名``;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低`` and ``一级风险/二级风险/三级风险``
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

PREFIX = "b280_"
PLACE = "平武县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

STAGES = ("立案环节", "调查取证环节", "审核决定环节")
TIERS = {"执法队员": "general", "法制审核员": "general", "中队长": "middle", "副大队长": "leader",
         "大队长": "leader"}  # fmt: skip

# (执法事项, [(责任岗位, 廉政风险点, 等级) or None for each stage], 防控措施)
MATTERS = [
    ("食品安全违法案件查处", [
        ("执法队员", "对投诉举报线索不登记、不核查，压案不查", "中"),
        ("执法队员", "抽样取证时调换样品或事先向经营者通风报信", "高"),
        ("法制审核员", "对处罚裁量畸轻畸重不提出审核意见", "中"),
    ], "举报线索统一编号登记；抽样全程记录并双人签封；处罚裁量按基准逐项说明理由。"),
    ("特种设备安全违法案件查处", [
        ("中队长", "对应当立案的特种设备隐患以责令整改代替立案", "中"),
        ("执法队员", "现场检查不如实记录设备使用登记和定期检验情况", "中"),
        ("副大队长", "对案件处理说情打招呼，降格处理", "高"),
    ], "立案标准公开；检查记录当事人签字确认；说情打招呼事项一律登记报告。"),
    ("价格违法案件查处", [
        ("中队长", "对价格举报选择性立案，优亲厚友", "低"),
        ("执法队员", "查封扣押财物不开具清单，私自处置扣押财物", "高"),
        ("大队长", "重大案件不经集体讨论个人决定处罚", "高"),
    ], "立案情况每月通报；查封扣押财物当场开具清单、统一入库；重大案件集体讨论。"),
    ("无照经营行为查处（简易程序）", [
        None,
        ("执法队员", "当场收缴罚款不出具专用票据，罚款不按时上缴", "高"),
        None,
    ], "当场收缴罚款使用省财政厅统一票据，两日内缴付指定银行。"),
    ("计量违法案件查处", [
        ("中队长", "对上级交办、部门移送的案件不及时受理", "低"),
        ("执法队员", "先行登记保存的物品逾期不作处理", "中"),
        ("法制审核员", "对当事人陈述申辩和听证意见不复核即出具审核意见", "低"),
    ], "移送案件登记台账；先行登记保存七日内作出处理决定；陈述申辩意见书面复核。"),
]  # fmt: skip


def pingwu_market_enforcement_stage_posts() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    ncols = 3 + 3 * len(STAGES)
    sh = _Sheet("防控表", [6, 18] + [10, 26, 7] * len(STAGES) + [34])
    t = _Truth(unit)
    _line(sh, f"{unit}行政处罚廉政风险防控表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    top = sh.add("序号", "执法事项", *[x for s in STAGES for x in (s, None, None)], "防控措施")
    sh.add(None, None, *["责任岗位", "廉政风险点", "风险等级"] * len(STAGES), None)
    for c in (0, 1, ncols - 1):
        sh.merge(top, c, top + 1, c)
    for i in range(len(STAGES)):
        sh.merge(top, 2 + 3 * i, top, 4 + 3 * i)
    for n, (matter, stages, measures) in enumerate(MATTERS, 1):
        cells = []
        for stage in stages:
            cells += [NONE] * 3 if stage is None else list(stage)
            if stage is not None:
                post, point, lv = stage
                t.point(sh.name, "", post, "", TIERS[post], point, [], HML[lv])
        sh.add(n, matter, *cells, measures)
    _line(sh, "注：各环节廉政风险点由本环节责任岗位负责防控；风险等级分高、中、低三级；“/”表示该环节无廉政风险点。",
          ncols)  # fmt: skip
    sh.add(
        "填表人：",
        None,
        None,
        "审核人：",
        None,
        None,
        None,
        "大队长（签字）：",
        None,
        None,
        None,
        None,
    )
    return _layout(
        "pingwu_market_enforcement_stage_posts", "https://m.wenke99.com/p-269969.html",
        "(harder) 县市场监管综合行政执法大队 行政处罚廉政风险防控表 along the source's 行政处罚流程图 (案件来源, 立案审批, "
        "调查询问, 抽样取证, 先行登记保存, 查封扣押, 事先告知, 陈述申辩, 听证, 决定, 当场收缴): a title, a merged "
        "``填报单位：…　填报时间：2025年5月`` line, then a TWO-ROW heading 序号/执法事项 (merged down), THREE STAGE GROUPS "
        "``立案环节``/``调查取证环节``/``审核决定环节`` each merged over its own ``责任岗位 | 廉政风险点 | 风险等级``, and "
        "防控措施; ONE ROW AN 执法事项 with up to three points, each the point of the post in its own group (执法队员, 中队长, "
        "法制审核员, 副大队长, 大队长), ``/`` for a stage without risk; no names, no type column, 高/中/低; a merged ``注：`` "
        "line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pingwu_urban_investment_list() -> dict:
    unit = f"{PLACE}城市投资建设有限公司"
    sh = _Sheet("风险清单", [6, 12, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "戢沄岫", "leader", [
            ("道路建设项目投资、融资事项不经“三重一大”集体决策", "制度机制", "一级",
             "重大事项党支部前置研究、董事会集体决策，会议纪要存档。"),
            ("为特定关系人承揽公司项目打招呼、插手干预", "思想道德", "一级", "插手干预事项如实登记，按季度向县纪委监委报告。"),
        ]),
        ("公司领导", "副总经理", "厍曦湛", "leader", [
            ("对施工、监理单位履约问题不督促整改", "岗位职责", "二级", "项目建设、施工、监理、跟踪审计四方例会每月召开。"),
        ]),
        ("工程管理部", "部长", "蒯砚濛", "middle", [
            ("设计变更、现场签证审核把关不严，虚增工程量", "业务流程", "一级", "变更签证经监理、跟踪审计、公司三方会签。"),
            ("对施工单位违法分包、转包视而不见", "外部环境", "二级", "项目部人员到岗情况每周抽查，发现转包立即报告。"),
        ]),
        ("工程管理部", "现场代表", "覃翊澂", "general", [
            ("隐蔽工程验收不到场即签字", "岗位职责", "二级", "隐蔽工程验收影像资料上传，验收单双人签字。"),
            ("接受施工单位宴请、礼品", "思想道德", "三级", "签订《廉洁自律承诺书》，节前廉洁提醒。"),
        ]),
        ("招标采购部", "经理", "笪煦岷", "middle", [
            ("招标文件设置倾向性条件，排斥潜在投标人", "制度机制", "一级", "招标文件经法律顾问审核，公开发布。"),
        ]),
        ("财务部", "会计", "逯蘅汀", "general", [
            ("工程款不按合同和审批单支付", "业务流程", "二级", "支付凭合同、计量单、审批单办理，U盾分人保管。"),
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
        "pingwu_urban_investment_list", "http://chaotouyunc.com/news/gsnews/240.html",
        "县城市投资建设有限公司 岗位廉洁风险防控清单, after the source's 城投集团 road-project 廉政教育专题会 (建设、施工、监理、"
        "跟踪审计 各方, 廉洁自律告知书 and 承诺书, 插手干预公共资源交易): a title, then 序号/部门 merged (公司领导, 工程管理部, "
        "招标采购部, 财务部)/岗位 and ``责任人`` merged per person/廉洁风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pingwu_sewage_group_rows() -> dict:
    unit = f"{PLACE}污水处理有限公司"
    sh = _Sheet("防控表", [6, 10, 10, 22, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "闵渟樾", "leader", [
                ("大额资金使用", "大额资金支出不经集体研究，个人审批", "一级风险", "大额资金支出经总经理办公会研究。"),
                ("提标改造工程发包", "提标改造工程化整为零规避招标", "一级风险", "工程发包按限额标准公开招标。"),
            ]),
        ]),
        ("二、生产运行部", "生产运行部", [
            ("部长", "禚屹珩", "middle", [
                ("药剂采购验收", "絮凝剂等药剂验收不严，以次充好、数量短缺", "二级风险", "药剂进厂抽样送检，验收与采购分离。"),
            ]),
            ("运行工", "郜渼瑶", "general", [
                ("在线监测数据", "篡改、伪造进出水在线监测数据", "一级风险", "在线数据实时上传，异常数据双人复核。"),
                ("污泥转运", "污泥转运联单填报不实，私自处置污泥", "二级风险", "污泥转运联单逐车核对，定期对账。"),
            ]),
            ("化验员", "瞿沚菀", "general", [
                ("水质化验", "化验记录随意修改，出具虚假化验报告", "二级风险", "化验原始记录不得涂改，报告双人签字。"),
            ]),
        ]),
        ("三、工程设备部", "工程设备部", [
            ("部长", "鲜于昉岚", "middle", [
                ("设备维修", "虚报设备维修项目和费用", "二级风险", "维修项目事前审批，更换部件交旧领新。"),
                ("管网工程结算", "管网工程结算审核不严，多计工程量", "三级风险", "工程结算送县审计局或第三方审核。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "pingwu_sewage_group_rows", "http://jjw.changzhou.gov.cn/html/jw/2022/HFFKPFKO_0701/25301.html",
        "县污水处理有限公司 廉洁风险防控表, after the source's 派驻纪检监察组 at a 污水处理厂 project (廉政风险排查研判, 关键少数, "
        "重点岗位, 内控机制): a title, 序号/岗位/姓名/a short 风险点/a long 风险描述/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、生产运行部``, ``三、工程设备部`` merged across (no 部门 column); "
        "岗位 and 姓名 merged per person; no type column; a ``制表：综合办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def pingwu_emergency_enforcement_cards() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "扈霈钧", "大队长", "大队领导", "51072700001", "leader", [
            ("执法计划", "年度执法检查计划确定检查对象时照顾关系企业", "Ⅱ级", "检查对象“双随机”抽取，计划报局党组审定。"),
            ("案件审批", "对应当直接立案查处的违法行为降格处理", "Ⅰ级", "案件审批集体讨论，处理结果公开。"),
        ]),
        ("危化品执法中队", "亓峄澜", "中队长", "危化品执法中队", "51072700005", "middle", [
            ("暗查暗访", "提前向企业泄露暗查暗访时间和对象", "Ⅰ级", "暗查暗访出发前临时确定对象，通讯工具集中管理。"),
            ("隐患整改复查", "重大事故隐患未整改即出具复查合格意见", "Ⅰ级", "复查附现场影像资料，中队长签字负责。"),
            ("执法文书", "执法文书填写不实，检查记录事后补录", "Ⅲ级", "执法文书当场制作，执法记录仪全程记录。"),
        ]),
        ("执法队员", "嵇珣沣", "执法队员", "工贸执法中队", "51072700011", "general", [
            ("现场检查", "检查中接受企业宴请、礼品礼金", "Ⅱ级", "执法人员两人以上，签订廉洁执法承诺书。"),
            ("日报告", "集中执法检查情况日报表瞒报、漏报", "Ⅲ级", "日报表由中队长审核后报送。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, badge, tier, points in cards:
        sh = _Sheet(tab, [6, 14, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("所在中队", dept, "执法证号", badge, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None, "2025年4月")
        sheets.append(sh)
    return _layout(
        "pingwu_emergency_enforcement_cards", "http://m.bm463.com/2019-03/07/c_1210075249.htm",
        "县应急管理综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 危化品执法中队, 执法队员), after the "
        "source's 省安委办 集中执法检查 (执法检查方案, 暗查暗访, 直接立案查处, 严守纪律 廉洁自律, 日报告): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在中队 | … | 执法证号 | …``, then 序号/``执法环节``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no type column; a blank row and ``持卡人（签字）： | 大队长（签字）： | 2025年4月``",
        sheets, t,
    )  # fmt: skip


def pingwu_funeral_center_posts() -> dict:
    unit = f"{PLACE}殡仪服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, desk, fire, money = "中心领导", "业务股", "火化股", "财务股"
    rows = [
        (lead, "主任", "leader", "殡葬用品采购", "骨灰盒等殡葬用品采购收受供应商回扣", "外部环境风险", "高",
         "殡葬用品集中采购，采购价格和销售价格公示。"),
        (lead, "主任", "leader", "收费标准执行", "擅自提高收费标准或增设收费项目", "制度机制风险", "高",
         "收费项目和标准在服务大厅公示，接受县发改局监督。"),
        (desk, "业务员", "general", "业务受理", "不按到馆先后顺序办理业务，收受家属好处插队", "思想道德风险", "中",
         "业务受理系统自动排号，办理顺序公开。"),
        (desk, "业务员", "general", "遗体接运", "接运车辆派遣不登记，向家属索要费用", "岗位职责风险", "中",
         "派车登记接运时间、地点、驾驶员，家属签字确认。"),
        (fire, "火化工", "general", "火化安排", "私自调整火化顺序收受好处", "岗位职责风险", "中",
         "火化顺序按业务单号执行，调整须股长签批。"),
        (money, "收费员", "general", "服务收费", "收费不开票据，收取现金不入账", "业务流程风险", "高",
         "一律开具票据，现金当日解缴，每日对账。"),
        (money, "收费员", "general", "惠民殡葬减免", "基本殡葬服务减免对象审核不严，虚报减免", "业务流程风险", "低",
         "减免对象凭户籍和低保证明办理，按月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "pingwu_funeral_center_posts", "https://huaboedu.com/news/139179.html",
        "县殡仪服务中心 廉政风险点排查表 对岗不对人, after the source's 殡葬领域 收费 调研 (基本殡葬服务, 收费管理, 火化, "
        "殡仪服务中心): a title, then 序号/股室 merged (中心领导, 业务股, 火化股, 财务股)/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def pingwu_rural_water_station_selfchecks() -> dict:
    unit = f"{PLACE}农村供水工程管理站"
    t = _Truth(unit)
    people = [
        ("缪岍湉", "站领导", "站长", "leader", [
            ("农村饮水工程建设程序不落实，先建后批", "高", "工程开工前完成立项、设计审批手续。", "已落实"),
            ("工程结算不经审计即支付尾款", "高", "工程结算一律送审，审定后支付。", "未发现问题"),
        ]),
        ("庹澈芸", "工程股", "技术员", "general", [
            ("机电井、压力罐等设备验收不严", "中", "设备进场查验合格证，验收单双人签字。", "已整改"),
            ("管理房等附属工程计量不实", "中", "附属工程现场计量，影像留存。", "未发现问题"),
            ("水质检测记录补记、漏记", "低", "水质检测按月上报，原始记录存档。", "已落实"),
        ]),
        ("郦筠屾", "综合股", "出纳", "general", [
            ("项目资金拨付不按进度", "中", "资金拨付凭进度报表和审批单。", "已落实"),
            ("现金收取水费不及时入账", "低", "水费收入当日入账，每月对账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "股　室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pingwu_rural_water_station_selfchecks", "http://slt.henan.gov.cn/2022/02-28/2405278.html",
        "县农村供水工程管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 水利局 "
        "and 审计局 on 农村安全饮水工程 (建设程序, 资金管理, 工程结算, 机电井, 压力罐, 输水管道, 管理房, 水质): a title, a label "
        "row ``姓　名 | 股　室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; "
        "no type column; a blank row and ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def pingwu_tap_water_company_list() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "桓溯琪", "leader", "水厂改扩建工程发包不按规定程序", "制度机制风险", "★★★",
         "工程发包经总经理办公会研究，公开招标。"),
        ("公司领导", "总经理", "桓溯琪", "leader", "供水水源保护项目资金使用审批把关不严", "岗位职责风险", "★★",
         "专项资金专款专用，支出逐笔审批。"),
        ("营业部", "部长", "殳湄澈", "middle", "用户报装审批中吃拿卡要", "思想道德风险", "★★",
         "报装条件和时限公开，网上办理。"),
        ("营业部", "抄表员", "昝沛汐", "general", "估抄、漏抄，为熟人少计水量", "业务流程风险", "★★",
         "抄表照片上传系统，营业部按月抽查。"),
        ("管网部", "维修工", "訾峦蔚", "general", "输配水管网维修虚报材料用量", "业务流程风险", "★",
         "维修材料领用登记，旧件回收。"),
        ("管网部", "维修工", "訾峦蔚", "general", "私自为用户接水收取费用", "外部环境风险", "★★★",
         "接水一律经营业部受理，发现私接严肃处理。"),
        ("水质检测中心", "化验员", "羿沄翀", "general", "出厂水、管网水检测数据弄虚作假", "岗位职责风险", "★★",
         "检测数据按日上传，问题清单限期整改。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "pingwu_tap_water_company_list", "http://slt.gd.gov.cn/zsdw8721/content/post_3975234.html",
        "县自来水有限责任公司 岗位廉洁风险防控一览表, after the source's 流域管理局 农村供水工程巡查 (供水水源, 取水工程, 输配水"
        "工程, 水厂, 运营管理, 安全管理, 问题清单, 整改): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` "
        "line, then 序号/部门/岗位/``责任人`` written on EVERY row (no merges)/廉洁风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def pingwu_water_works_center_duties() -> dict:
    unit = f"{PLACE}水利工程建设服务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 10, 16, 36, 9, 32, 10])
    t = _Truth(unit)
    chief = "勾霁澄"
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("中心领导", "主任", chief, "leader", [
            ("项目法人履职", "农村饮水安全工程项目重大事项不经集体研究", "一级", "重大事项中心办公会集体研究。"),
            ("合同管理", "合同签订前不经法律审核", "二级", "合同签订前法律顾问审核。"),
        ]),
        ("中心领导", "副主任", "冉珂瀚", "leader", [
            ("招投标监督", "对招投标中围标串标线索不移交", "一级", "招投标全过程纪检人员监督。"),
        ]),
        ("建设管理股", "股长", "邴淙岳", "middle", [
            ("工程监理管理", "对监理单位人员不到位不督促纠正", "二级", "监理人员到岗每月考勤通报。"),
            ("工程变更", "工程变更审核不严，增加投资", "一级", "变更超过合同价5%的报县水利局审批。"),
        ]),
        ("建设管理股", "质量监督员", "雍琮霏", "general", [
            ("质量检查", "质量检查走过场，接受施工单位宴请", "二级", "质量检查两人以上，检查记录存档。"),
        ]),
        ("财务股", "会计", "佴瑾汐", "general", [
            ("管护经费", "工程管护经费挤占挪用", "二级", "管护经费专账核算，年度审计。"),
            ("绩效考核", "水价核定和绩效考核数据不实", "三级", "核定依据公开，考核结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级、二级、三级。", 9)
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None, None)
    return _layout(
        "pingwu_water_works_center_duties", "http://jingzhou.cjyun.org/p/121989.html",
        "县水利工程建设服务中心 廉政风险防控责任清单, after the source's 县 农村饮水安全工程 (项目法人, 招投标, 工程监理, 合同管理, "
        "管护经费, 水价, 绩效考核): a title, then 序号/股室 merged (中心领导, 建设管理股, 财务股)/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/a LAST ``责任领导`` column naming the 主任 on every "
        "row; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingwu_market_enforcement_stage_posts(),
    pingwu_urban_investment_list(),
    pingwu_sewage_group_rows(),
    pingwu_emergency_enforcement_cards(),
    pingwu_funeral_center_posts(),
    pingwu_rural_water_station_selfchecks(),
    pingwu_tap_water_company_list(),
    pingwu_water_works_center_duties(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch280-inbox"))
