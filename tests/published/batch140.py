"""A hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — the 城乡规划局, the 水利局 with its own 站 and 所, the 经济和信息化局, the 物价局, the 农业科学
研究所, the 文物管理所, the 交通运输综合行政执法大队, the 医疗保险基金管理中心 and the 粮食储备库 — each handing
back its ordinary 一览表, 排查表, 清单, 台账 or personal 自查表 the way its staff typed it, every one of
them a body of an invented 盐都县 (its 芦沟 水利站 invented too):

- the 城乡规划局's 一览表 whose merged 科室 cells were typed with Alt+Enter to fit a narrow column
  (``规划⏎编制科``, ``建设工程⏎规划管理科``, ``规划监察⏎大队``), a ``填报日期：`` beside a real DATE cell, 岗位职责
  merged per person, ``…风险`` types, 高/中/低 and a last ``监督责任人`` column naming the 局长 or the 副局长
  (both holders too) or the ``县纪委监委派驻纪检监察组``;
- the 水利局's 排查表 whose 科室 column is headed ``股室（站所）`` and lists, beside its 股, the 局's own
  ``县水土保持站``, ``县河道管理所`` and a town's ``芦沟水利站``; short types, 一级/二级/三级;
- the 经济和信息化局's 个人廉政风险自查表 one a sheet (the tabs left ``Sheet1``…``Sheet3``): three pairs a
  row above the table (``姓  名 | … | 性  别 | … | 出生年月 | …`` — one birth month a DATE cell —
  then ``所在股室 | … | 职  务 | … | 政治面貌 | …``), a merged ``岗位职责`` row, a short ``风险点`` beside
  a long ``风险表现形式``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, and 本人签名/股室负责人意见/分管领导意见 below;
- the 物价局's 清单 对岗不对人 under ``附件3``: 股室 (局领导, 收费管理股, 成本监审股, the 局's
  ``价格监督检查分局`` and ``价格认证中心``), 岗位, ``职权事项`` before the 风险点, 高/中/低, and a last ``责任人``
  column holding roles (股长, 分局长, 主任);
- the 农业科学研究所's 一览表 with a ``职称`` column between 岗位 and 姓名 (``推广研究员``, ``高级农艺师``,
  ``助理农艺师``, ``会计师``: no post); no type column;
- the 文物管理所's 排查表 where the 副所长 also leads the ``考古勘探队`` as its 队长 (``备注``: ``副所长兼``):
  one person, two posts, two forms;
- the 交通运输综合行政执法大队's 一览表 with a ``执法证号`` column of eleven-digit numbers typed as text
  after 姓名, the 科室 column headed ``科室（中队）`` (大队领导, 法制科, 路政中队, 运政中队, 治超中队);
- the 医疗保险基金管理中心's 一览表 whose ``风险等级`` spans two sub-columns ``科室自评 | 中心核定`` that
  disagree on some rows (the 中心核定 is the level).

One is harder:

- ``grain_depot_post_and_name``: the 粮食储备库's 廉洁风险防控台账 with NO 姓名 column: the post and the
  holder stand in one cell under ``岗位及责任人``, parted by a full-width space (``主任　濮阳栖迟``,
  ``科长　羊舌听澜``), and one cell names the two 保管员 who hold one post (``保管员　谷梁叙白、
  左丘霁青``); a ``完成时限`` column (``长期坚持``) last.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 市城乡规划局's 廉政风险防控 实施
方案 and its 重点岗位; a 县志's 水利机构 (the 局's 工程管理机构, the 乡镇 水利管理站); a 县工信局 checking
技术改造 奖补资金 on site (合同, 发票, 付款凭证, 购进设备); 定价成本监审 文书; a 市农科院 and its 研究所,
科室 and 试验基地; a 县's notice on 文物保护单位 安全管理 and its 文管所; a 交通运输综合行政执法支队's
路政大队 in a joint check of 超限运输; 基本医疗保险 经办机构 and 定点医疗机构; a 县级储备粮(油)管理办法
(储存, 轮换, 出入库)) and the layout follows their words. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch140`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b140_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``岗位及责任人`` ``科长　羊舌听澜`` (post, full-width space, name) is the post 科长 held by 羊舌听澜;
  ``保管员　谷梁叙白、左丘霁青`` is one post with two holders: two forms with the same points;
- a 科室 typed over two lines (``规划监察⏎大队``) is that 科室 (规划监察大队);
- the 局's own 站 and 所 (``县水土保持站``, ``县河道管理所``), a town's 水利站 in the 局's list, the 物价局's
  ``价格监督检查分局`` and ``价格认证中心``, the 大队's 中队 are 科室 of the unit, written as in the sheet;
- ``职称`` (``高级农艺师``), ``执法证号``, ``备注``, ``完成时限``, 性别/出生年月/政治面貌 are neither post,
  holder nor point; ``监督责任人`` and the 物价局's ``责任人`` roles name the one who watches or answers,
  never the row's holder;
- a person holding two posts (副所长 and, ``副所长兼``, 考古勘探队 队长) has two forms, one a post;
- of ``科室自评 | 中心核定`` the 中心核定 is the level;
- 局长/副局长, 所长/副所长 of the 所, 大队长/副大队长 of the 大队, 主任/副主任 of the 中心 and of the 库 are
  leaders; 科长, 股长, 站长 and 所长 of the 局's 站 and 所, 分局长, 主任 of a 中心 or 部 or 研究室 inside the
  unit, 队长, 中队长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b140_"
PLACE = "盐都县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, post_col: int, person_col: int) -> None:
    """Merge the 科室 column over its runs and the post and holder over each person's rows."""
    per_person = lambda row: (row[dept_col], row[post_col], row[person_col])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(dept_col, lambda row: row[dept_col]), (post_col, per_person), (person_col, per_person)],
    )


# --------------------------------------------------------------------------- harder layout


def grain_depot_post_and_name() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("台账", [6, 12, 22, 34, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控台账", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "2024年5月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add(
        "序号", "部门", "岗位及责任人", "风险描述", "风险类别", "风险等级", "防控措施", "完成时限"
    )
    keepers = ("谷梁叙白", "左丘霁青")
    rows = [
        ("库领导", "主任", ("濮阳栖迟",), "储备粮轮换出库、入库价格不经库务会集体研究,低价出库、高价入库",
         "制度机制", "高", "轮换方案和价格经库务会集体研究,报县粮食和物资储备局审批。", "长期坚持", "leader"),
        ("库领导", "副主任", ("申屠雁笙",), "仓房维修、粮情测控设备改造项目化整为零规避招标", "业务流程", "高",
         "维修改造项目按限额标准招标或比选,资料存档备查。", "长期坚持", "leader"),
        ("仓储科", "科长", ("羊舌听澜",), "储备粮数量、质量检查走过场,对账实不符不报告", "岗位职责", "高",
         "每季度逐仓清查,检查结果由库领导签字确认并报主管部门。", "2024年6月底前", "middle"),
        ("仓储科", "保管员", keepers, "出入库检斤过磅弄虚作假,以次充好", "岗位职责", "高",
         "检斤过磅全程视频监控,磅单由保管员、质检员双签。", "长期坚持", "general"),
        ("仓储科", "保管员", keepers, "储粮损耗核销不实,多报自然损耗", "思想道德", "中",
         "损耗按定额核定,超定额损耗查明原因并经库务会审定。", "长期坚持", "general"),
        ("质检化验室", "化验员", ("漆雕映禾",), "入库粮食水分、杂质检验数据造假,为售粮人抬级抬价", "外部环境",
         "高", "检验样品编码盲检,检验记录留存,定期复检。", "长期坚持", "general"),
        ("购销科", "科长", ("段干鸣珂",), "粮食收购中收受粮食经纪人好处,优先收购、优先结算", "外部环境", "中",
         "收购实行排号登记,收购价格和质量标准张榜公布。", "长期坚持", "middle"),
        ("财务科", "会计", ("南门絮晚",), "粮款结算不按合同执行,截留、拖欠售粮款", "制度机制", "中",
         "粮款通过银行直接转入售粮人账户,结算明细按月核对。", "长期坚持", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, people, point, typ, lv, measures, due, tier) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}{GAP}{'、'.join(people)}", point, typ, lv, measures, due)
        for who in people:
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "主任签字:", None)
    return _layout(
        "grain_depot_post_and_name", "https://www.360docs.net/doc/0c8246265.html",
        "(harder) 县粮食储备库 岗位廉洁风险防控台账 after the source's 县级储备粮(油)管理办法 (储存, 轮换, 出入库, 质量和数量"
        "的检查, 保管员): title, a ``填报单位：… | 2024年5月`` line, then 序号/部门 merged (库领导, 仓储科, 质检化验室, 购销科, "
        "财务科)/``岗位及责任人`` — post and holder in ONE cell parted by a full-width space (``主任　濮阳栖迟``, "
        "``科长　羊舌听澜``, ``化验员　漆雕映禾``), merged per person, and one cell naming the TWO 保管员 who hold one post "
        "(``保管员　谷梁叙白、左丘霁青``: two forms, the same two points) — NO 姓名 column/风险描述/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施/``完成时限`` (``长期坚持``, ``2024年6月底前``); 填表人/审核人/主任签字 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def planning_bureau_wrapped_depts() -> dict:
    unit = f"{PLACE}城乡规划局"
    sh = _Sheet("Sheet1", [5, 11, 8, 9, 22, 30, 12, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报日期：", None,
               datetime(2024, 3, 18), None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 7)
    sh.merge(r, 8, r, 9)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施",
           "监督责任人")  # fmt: skip
    watch = "县纪委监委派驻纪检监察组"
    chief, deputy = "闵栖梧", "宓澹言"
    people = [
        ("局领导", "局长", chief, "主持全面工作,负责县规划委员会日常事务", "leader", watch, [
            ("规划方案审查时为开发企业说情打招呼,干预规划委员会审议", "制度机制风险", "高",
             "规划委员会审议实行专家独立表决,领导干部插手干预登记报告。"),
            ("违规同意调整控制性详细规划的容积率、用地性质", "岗位职责风险", "高",
             "控规调整一律经论证、公示、规委会审议,报县政府批准。"),
        ]),
        ("局领导", "副局长", deputy, "分管建设工程规划管理科、规划监察大队", "leader", chief, [
            ("建设工程规划许可审批中降低标准,为关系企业开绿灯", "岗位职责风险", "高",
             "许可审批实行科室初审、分管领导复核、局务会审定三级把关。"),
        ]),
        ("规划\n编制科", "科长", "郗鹤汀", "组织编制控制性详细规划和村庄规划", "middle", chief, [
            ("规划编制单位选择不公开,向关系单位倾斜", "业务流程风险", "中",
             "编制单位按政府采购程序确定,结果在局网站公示。"),
            ("规划成果未经批准提前向开发企业泄露", "思想道德风险", "中", "规划成果批前专人保管,查阅登记。"),
        ]),
        ("建设工程\n规划管理科", "科长", "阙砚舟", "办理建设工程规划许可和规划条件核实", "middle", deputy, [
            ("规划条件核实中对超面积建设不如实认定", "岗位职责风险", "高",
             "规划核实两人以上到场测量,核实结果集体审核后出具。"),
            ("批前公示走过场,对利害关系人意见不予答复", "业务流程风险", "中",
             "批前公示在现场和网站同步进行,意见逐条登记答复。"),
        ]),
        ("规划监察\n大队", "大队长", "亢渌川", "负责违法建设巡查和规划行政处罚", "middle", deputy, [
            ("对违法建设选择性查处,收受当事人好处后不予立案", "外部环境风险", "高",
             "巡查发现的违法建设当日登记,立案、处罚决定集体研究。"),
        ]),
        ("规划监察\n大队", "监察员", "扈知微", "负责日常巡查和放线、验线", "general", deputy, [
            ("验线时对放线偏差隐瞒不报", "岗位职责风险", "低", "验线记录拍照存档,大队每月抽查复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, duty, tier, watcher, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, watcher)
            t.point(sh.name, dept.replace("\n", ""), post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person), (9, lambda row: (row[1], row[9]))])  # fmt: skip
    sh.add()
    sh.add("单位负责人签字:", None, None, None, "填表人:", None, None, None, None, None)
    return _layout(
        "planning_bureau_wrapped_depts", "http://www.jngh.gov.cn/jncxghj/lzfx/2387.jhtml",
        "县城乡规划局 岗位廉政风险防控一览表 after the source's 廉政风险防控机制建设 实施方案 of a 市城乡规划局 (排查重点岗位"
        "廉政风险, 风险预警防范): title, a line ``填报单位（盖章）：… | 填报日期： | <a real DATE cell, 2024年3月18日>``, "
        "then 序号/科室 merged and typed with Alt+Enter line breaks to fit the narrow column (``局领导``, ``规划⏎编制科``, "
        "``建设工程⏎规划管理科``, ``规划监察⏎大队``)/岗位/姓名/岗位职责 — the three merged per person/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施/``监督责任人`` merged per 科室 run, naming ``县纪委监委派驻纪检监察组`` over the "
        "局长, the 局长 闵栖梧 or the 副局长 宓澹言 (both holders too) over the others; 单位负责人签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def water_bureau_stations() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("排查表", [6, 14, 9, 9, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(f"单位：{unit}（盖章）", None, None, None, None, None, "2024年4月", None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 7)
    sh.add("序号", "股室（站所）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "庾望舒", "水利工程项目施工单位、监理单位确定不经党组会集体研究", "制度机制", "一级",
         "工程项目一律进入公共资源交易平台,定标结果党组会集体研究。", "leader"),
        ("局领导", "副局长", "昝远岫", "小型水利工程竣工验收降低标准签字", "岗位职责", "一级",
         "竣工验收邀请第三方检测,验收组集体签署意见。", "leader"),
        ("工程建设管理股", "股长", "殳晏清", "工程变更签证审核不严,虚增工程量", "业务流程", "一级",
         "变更签证经监理、设计、股室三方审核,报局务会审定。", "middle"),
        ("工程建设管理股", "股长", "殳晏清", "质量检测单位选择暗箱操作", "制度机制", "二级",
         "检测单位从名录库随机抽取,抽取过程纪检人员在场。", "middle"),
        ("水政水资源股", "股长", "郇鹭洲", "取水许可审批中为不符合条件的申请人违规发证", "岗位职责", "一级",
         "取水许可现场核查两人以上,审批结果网上公开。", "middle"),
        ("县水土保持站", "站长", "雒晴川", "生产建设项目水土保持方案审查走过场", "岗位职责", "二级",
         "方案审查实行专家评审,审查意见站务会集体研究。", "middle"),
        ("县水土保持站", "站长", "雒晴川", "水土保持补偿费减免、缓缴把关不严", "外部环境", "二级",
         "减免、缓缴按规定报批,征收台账每季度与财政对账。", "middle"),
        ("县河道管理所", "所长", "嵇拂云", "河道采砂许可现场核查不实,默许超范围、超深度采砂", "外部环境", "一级",
         "采砂现场安装视频监控,采砂量按月核定并公示。", "middle"),
        ("芦沟水利站", "站长", "苻长汀", "农田水利小型工程以少报多,虚报完成工程量", "思想道德", "三级",
         "完成工程量由乡镇、村、受益户三方签字确认。", "middle"),
        ("芦沟水利站", "水管员", "靳小渚", "排涝泵站运行电费、维修费核报不实", "业务流程", "三级",
         "泵站运行记录逐台登记,电费按电表读数据实核报。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "局长签字:", None)
    return _layout(
        "water_bureau_stations", "http://117.78.9.86:8080/was40/print?back=-1&channelid=23031&record=107",
        "县水利局 岗位廉政风险点排查表 after the source's 县志 chapter on 水利机构 (the 水利局 and its 工程管理机构, 灌区管理站, "
        "each 乡镇's 水利管理站 with its 水利助理): title, ``单位：…（盖章） | 2024年4月``, then 序号/科室 headed "
        "``股室（站所）`` merged — 局领导, 工程建设管理股, 水政水资源股 and the 局's own ``县水土保持站``, ``县河道管理所`` and a "
        "town's ``芦沟水利站`` — /岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控"
        "措施; 填表人/审核人/局长签字 line",
        [sh], t,
    )  # fmt: skip


def econ_info_selfcheck_pairs() -> dict:
    unit = f"{PLACE}经济和信息化局"
    t = _Truth(unit)
    people = [
        ("乐正疏桐", "女", "1984.11", "企业运行股", "股长", "中共党员", "middle",
         "负责全县工业经济运行监测分析,规模以上工业企业培育和困难企业帮扶", [
            ("运行监测数据审核", "对企业上报的产值、用电数据审核把关不严,帮助企业虚报数据", "岗位职责", "Ⅱ级",
             "数据与税务、电力部门交叉比对,异常数据实地核查。"),
            ("困难企业帮扶", "向帮扶企业推荐关系人承揽业务、推销产品", "外部环境", "Ⅱ级",
             "帮扶事项登记备案,严禁向企业推荐人员和产品。"),
            ("工作纪律", "接受企业宴请、礼品礼金", "思想道德", "Ⅲ级", "签订廉洁承诺书,节前开展廉洁提醒。"),
        ]),
        ("公良慕岑", "男", datetime(1979, 6, 1), "技术改造与投资股", "股长", "中共党员", "middle",
         "负责工业技术改造项目管理和工业高质量发展奖补资金的初审", [
            ("技改奖补资金初审", "对企业申报的设备合同、发票、付款凭证核查不严,虚报投资额骗取奖补", "岗位职责", "Ⅰ级",
             "奖补项目由工信、财政、审计等部门联合审核,审核结果公示。"),
            ("项目现场核查", "现场核查走过场,未核实购进设备是否到位运行", "业务流程", "Ⅰ级",
             "现场核查两人以上,设备逐台拍照、核对铭牌。"),
            ("专项资金申报辅导", "利用辅导申报之机向企业推荐中介机构并收取好处", "外部环境", "Ⅱ级",
             "申报辅导公开进行,不指定、不推荐中介机构。"),
        ]),
        ("微生晏如", "女", "1990.03", "办公室", "会计", "共青团员", "general",
         "负责局机关经费核算、专项资金拨付和现金管理", [
            ("经费报销", "报销凭证审核不严,虚列会议费、培训费", "制度机制", "Ⅱ级",
             "会议费、培训费凭通知、签到表、明细单报销。"),
            ("奖补资金拨付", "不按审批结果拨付奖补资金,或拖延拨付", "业务流程", "Ⅰ级",
             "奖补资金按审批文件直接拨付企业账户,拨付明细报分管领导审核。"),
            ("现金管理", "坐支现金,公款私存", "思想道德", "Ⅲ级", "现金日清月结,每月由分管领导盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, dept, post, party, tier, duty, items) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 18, 34, 10, 9, 32])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓  名", who, "性  别", sex, "出生年月", born)
        sh.add("所在股室", dept, "职  务", post, "政治面貌", party)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险表现形式", "风险类型", "风险等级", "防控措施")
        for i, (point, desc, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "股室负责人意见：", None, "分管领导意见：", None)
        sh.add(None, None, None, None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "econ_info_selfcheck_pairs", "http://pc.yun.jxntv.cn/p/767953.html",
        "县经济和信息化局 个人廉政风险自查表 after the source's account of a 县工信局 and other bodies checking 工业高质量发展"
        "奖补资金 on site (合同, 发票, 付款凭证, 购进设备; 技术改造): one sheet a person, the tabs left ``Sheet1``…``Sheet3``; "
        "above the table two rows of three label/value pairs — ``姓  名 | … | 性  别 | … | 出生年月 | …`` (``1984.11`` as "
        "text, on Sheet2 a DATE cell) and ``所在股室 | … | 职  务 | … | 政治面貌 | …`` — and a merged ``岗位职责`` row; "
        "序号/a short ``风险点``/a long ``风险表现形式``/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; below "
        "``本人签名： | 股室负责人意见： | 分管领导意见：`` left blank and ``年  月  日``; the compound surnames 乐正, 公良, 微生",
        sheets, t,
    )  # fmt: skip


def price_bureau_posts_roles() -> dict:
    unit = f"{PLACE}物价局"
    sh = _Sheet("清单", [6, 16, 9, 16, 32, 8, 32, 9])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "职权事项", "风险点", "风险等级", "防控措施", "责任人")
    check, cert = "价格监督检查分局", "价格认证中心"
    rows = [
        ("局领导", "局长", "重大价格决策", "政府定价项目调价方案不经集体审议,未按规定组织成本监审和价格听证", "高",
         "调价方案经局党组会集体审议,按规定监审、听证后报批。", "局长", "leader"),
        ("局领导", "副局长", "价格行政处罚审批", "对价格违法案件的处罚决定说情、降格处理", "高",
         "处罚决定经案件审理委员会集体审理,处罚结果公开。", "副局长", "leader"),
        ("收费管理股", "股长", "行政事业性收费审核", "为不符合条件的单位核定收费项目,扩大收费范围", "高",
         "收费项目按目录清单审核,审核意见局务会审定。", "股长", "middle"),
        ("收费管理股", "科员", "收费许可证年审", "年审走过场,对超标准收费不予纠正", "中",
         "年审材料逐项核对,年审结果在局网站公示。", "股长", "general"),
        ("成本监审股", "股长", "定价成本监审", "监审中认可不合理成本,抬高定价成本", "高",
         "成本监审报告经集体审核,监审结论向社会公开。", "股长", "middle"),
        (check, "分局长", "价格违法案件查处", "选择性执法,收受经营者好处后压案不查", "高",
         "案件受理、立案、调查全程登记,超期未结案件逐件说明。", "分局长", "middle"),
        (check, "检查员", "明码标价检查", "检查前向经营者泄露检查时间和对象", "中",
         "检查对象随机抽取,检查前不通知。", "分局长", "general"),
        (cert, "主任", "涉案财物价格认定", "价格认定结论受当事人请托影响,高估或低估", "高",
         "认定实行两人以上承办、集体审核,认定结论复核。", "主任", "middle"),
        (cert, "认证员", "认定资料管理", "认定资料保管不善,泄露当事人信息", "低",
         "认定资料专柜保管,查阅借阅登记。", "主任", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, power, point, lv, measures, role, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, power, point, lv, measures, role)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "price_bureau_posts_roles", "http://35331.cn/lhs_h5nijhni9i3efljjdckdongxi3lk1zfhikl8irz_1.html",
        "县物价局 岗位廉政风险防控清单 对岗不对人 after the source's 定价成本监审 文书格式 (成本监审, 定价, 监审报告): ``附件3`` "
        "above the title, 序号/股室 merged (局领导, 收费管理股, 成本监审股 and the 局's own ``价格监督检查分局`` and ``价格"
        "认证中心``)/岗位 merged per post (局长, 副局长, 股长, 科员, 分局长, 检查员, 主任, 认证员; no names anywhere)/"
        "``职权事项`` before the 风险点/风险等级 高/中/低/防控措施/a last ``责任人`` column holding roles (局长, 股长, "
        "分局长, 主任); no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def agri_institute_titles() -> dict:
    unit = f"{PLACE}农业科学研究所"
    sh = _Sheet("一览表", [6, 12, 12, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "职称", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "推广研究员", "东郭怀素", "科研项目立项和经费分配不经所务会集体研究", "高",
         "科研项目立项和经费分配方案经所务会集体研究,结果所内公示。", "leader"),
        ("所领导", "副所长", "高级农艺师", "钟离穗安", "试验基地土地流转、对外承包不公开", "高",
         "基地土地承包公开招租,合同经所务会审定。", "leader"),
        ("科研管理科", "科长", "高级农艺师", "瞿澄禾", "科研项目结题验收把关不严,成果材料弄虚作假", "中",
         "结题验收邀请所外专家,验收材料存档备查。", "middle"),
        ("作物研究室", "主任", "高级农艺师", "郦望秋", "新品种区域试验数据造假,为种子企业出具不实试验报告", "高",
         "试验数据双人记录,试验报告经科研管理科复核。", "middle"),
        ("作物研究室", "研究人员", "农艺师", "晁稻禾", "试验用种子、化肥、农药领用不登记,私自处置", "中",
         "试验物资出入库登记,用量与试验方案每季度核对。", "general"),
        ("园艺研究室", "主任", "农艺师", "牧苑青", "科研经费购置仪器设备不按规定采购", "中",
         "仪器设备按政府采购程序购置,验收三人以上。", "middle"),
        ("试验基地", "基地管理员", "助理农艺师", "巩麦秋", "临时用工人数、工日虚报,套取劳务费", "高",
         "临时用工实名登记,工资通过银行代发。", "general"),
        ("试验基地", "基地管理员", "助理农艺师", "巩麦秋", "试验田产出农产品销售收入不入账", "高",
         "农产品销售两人经办,收入当日缴存单位账户。", "general"),
        ("办公室", "会计", "会计师", "衡素笺", "科研经费报销审核不严,虚列差旅费、劳务费", "中",
         "科研经费报销凭项目负责人签字和审批单,专账核算。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, grade, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, grade, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, None, "所长签字:", None, "2024年7月", None)
    return _layout(
        "agri_institute_titles", "http://cnenc.net/b2967960.html",
        "县农业科学研究所 岗位廉政风险点一览表 after the source's entry on a 市农科院 (作物研究所, 蔬菜研究所, 园艺研究所; "
        "办公室, 科研科, 财务科; 试验基地; 新品种选育和区试; 高级职称 and 推广研究员): 序号/部门 merged (所领导, 科研管理科, "
        "作物研究室, 园艺研究室, 试验基地, 办公室)/岗位/a ``职称`` column BETWEEN 岗位 and 姓名 (``推广研究员``, ``高级"
        "农艺师``, ``农艺师``, ``助理农艺师``, ``会计师`` — a grade, not the post)/姓名 — the three merged per person "
        "(the compound surnames 东郭, 钟离)/风险点/风险等级 高/中/低/防控措施; no type column; 填表人/所长签字/date",
        [sh], t,
    )  # fmt: skip


def relics_office_concurrent() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    deputy = "尉迟砚耕"
    rows = [
        ("所领导", "所长", "令狐晚枫", "文物保护维修工程施工单位确定不经所务会集体研究", "制度机制风险", "高",
         "维修工程按规定招标,施工单位确定经所务会集体研究。", None, "leader"),
        ("所领导", "副所长", deputy, "基本建设考古调查勘探收费标准执行随意,减免不经审批", "岗位职责风险", "高",
         "勘探收费按标准执行,减免报主管局审批并公示。", None, "leader"),
        ("考古勘探队", "队长", deputy, "勘探结论受建设单位请托影响,隐瞒地下文物埋藏情况", "外部环境风险", "高",
         "勘探记录、影像资料完整归档,勘探报告经所务会审定。", "副所长兼", "middle"),
        ("文物保护股", "股长", "第五清漪", "文物保护单位安全巡查记录不实", "岗位职责风险", "中",
         "巡查实行定位打卡,巡查记录每月抽查。", None, "middle"),
        ("文物保护股", "文物保护员", "仲孙檐月", "对保护范围内的违法建设发现不报告", "思想道德风险", "中",
         "巡查发现问题当日报告,未报告的追究责任。", None, "general"),
        ("保管陈列部", "主任", "太叔璞玉", "馆藏文物出入库手续不全,私自借出", "制度机制风险", "高",
         "文物出入库凭审批单双人办理,账物每半年核对。", None, "middle"),
        ("保管陈列部", "保管员", "乌雅青瓷", "民间文物征集中压价收购,或与卖方串通抬价", "外部环境风险", "中",
         "征集文物经鉴定委员会评估定价,征集结果公示。", None, "general"),
        ("办公室", "出纳", "綦毋听雪", "门票收入不及时入账,截留挪用", "业务流程风险", "低",
         "门票收入当日缴存,票款每周核对。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, "2024年6月", None, None)
    return _layout(
        "relics_office_concurrent", "http://www.lantian.gov.cn/zwgk/zcwj/xzfwj/5e99129c65cbd813c91a5b17.html",
        "县文物管理所 廉政风险点排查表 after the source's notice on the 安全管理 of a 县's 文物保护单位 (each under its 文管所 or "
        "纪念馆, the rest under the 镇 with a person named; 文物安全巡查, 防盗, 防破坏): 序号/股室 merged (所领导, 考古勘探队, "
        "文物保护股, 保管陈列部, 办公室)/岗位/姓名 written on every row/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/"
        "``备注``; the 副所长 尉迟砚耕 is ALSO the 考古勘探队's 队长 (备注 ``副所长兼``): one person, two posts, two forms; "
        "the compound surnames 令狐, 尉迟, 第五, 仲孙, 太叔, 乌雅, 綦毋; 所长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def traffic_squadron_badges() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 14, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室（中队）", "岗位", "姓名", "执法证号", "风险点", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "归海凌霄", "32092019001", "重大行政处罚案件不经集体讨论,个人决定减免罚款", "一级",
         "重大案件经大队集体讨论,减免罚款书面说明理由并备案。", "leader"),
        ("大队领导", "副大队长", "呼延若渊", "32092019002", "执法车辆、执法装备采购指定供应商", "二级",
         "装备采购按政府采购程序实施,验收三人以上签字。", "leader"),
        ("法制科", "科长", "颛孙闻莺", "32092019015", "案件法制审核把关不严,对证据不足的案件予以通过", "一级",
         "法制审核意见书面出具,审核人员签名负责。", "middle"),
        ("路政中队", "中队长", "公冶长汀", "32092020031", "涉路施工许可后监管缺失,收受施工单位好处", "一级",
         "涉路施工现场定期巡查,巡查记录拍照上传。", "middle"),
        ("路政中队", "执法队员", "端木野渡", "32092021047", "路产损坏赔偿数额随意确定", "二级",
         "赔偿按标准计算,赔偿清单由当事人签字确认。", "general"),
        ("运政中队", "中队长", "梁丘砚池", "32092020036", "对非法营运车辆查扣后违规放车", "一级",
         "查扣车辆放行凭处理决定书,放行登记双人签字。", "middle"),
        ("运政中队", "执法队员", "司寇芃芃", "32092022058", "检查中接受客运、货运企业宴请", "三级",
         "执法全过程记录仪记录,严禁接受管理对象宴请。", "general"),
        ("治超中队", "执法队员", "长孙栖野", "32092021052", "超限车辆卸载、复检走过场,以罚代卸", "一级",
         "超限车辆一律卸载复检,复检数据系统自动上传。", "general"),
        ("治超中队", "执法队员", "长孙栖野", "32092021052", "超限检测数据人为修改", "一级",
         "检测设备定期计量检定,检测数据修改留痕。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, badge, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, badge, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "traffic_squadron_badges", "http://jtj.cngy.gov.cn/ygj/News/show/20210311120659294.html",
        "县交通运输综合行政执法大队 岗位廉政风险点一览表 after the source's report of a 交通运输综合行政执法支队's 路政大队 "
        "and 一大队 in a joint check of 货运车辆 (超限运输, 篷布, 污染公路): 序号/科室 headed ``科室（中队）`` merged (大队"
        "领导, 法制科, 路政中队, 运政中队, 治超中队)/岗位/姓名/``执法证号`` — eleven-digit numbers typed as TEXT "
        "(``32092019001``) — the three merged per person/风险点/风险等级 一级/二级/三级/防控措施; no type column; the "
        "compound surnames 归海, 呼延, 颛孙, 公冶, 端木, 梁丘, 司寇, 长孙; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def medical_insurance_two_grades() -> dict:
    unit = f"{PLACE}医疗保险基金管理中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 34, 10, 8, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", None, "防控措施")
    sh.add(None, None, None, None, None, None, "科室自评", "中心核定", None)
    for c in (0, 1, 2, 3, 4, 5, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 6, r, 7)
    rows = [
        ("中心领导", "主任", "赫胥澄明", "定点医药机构协议准入不经集体评审", "制度机制", "中", "高",
         "准入评估由专家评审,结果经中心主任办公会研究并公示。", "leader"),
        ("中心领导", "副主任", "澹台映雪", "医保基金拨付审批把关不严", "岗位职责", "高", "高",
         "基金拨付实行经办、复核、审批三级签字。", "leader"),
        ("征缴科", "科长", "闾丘望岳", "为参保单位少报、漏报缴费基数", "岗位职责", "中", "中",
         "缴费基数与税务、社保数据比对,差异逐户核查。", "middle"),
        ("待遇审核科", "科长", "宇文疏影", "门诊慢特病认定放宽条件", "岗位职责", "中", "高",
         "慢特病认定由专家组评审,认定名单每季度公示。", "middle"),
        ("待遇审核科", "审核员", "巫马青岚", "零星医疗费报销审核不严,重复报销", "业务流程", "中", "中",
         "报销票据系统查重,审核实行初审、复审。", "general"),
        ("稽核科", "科长", "慕容听松", "对定点医院违规收费稽核后降格处理", "外部环境", "高", "高",
         "稽核结果集体审定,处理决定公开。", "middle"),
        ("稽核科", "稽核员", "万俟晴和", "稽核前泄露检查时间和检查对象", "思想道德", "低", "中",
         "稽核对象随机抽取,稽核前不通知。", "general"),
        ("财务科", "会计", "公西枕溪", "基金支出户资金划转不按审批执行", "制度机制", "中", "高",
         "资金划转凭审批单办理,每月与银行、财政对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, own, final, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, own, final, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[final])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年8月", None)
    return _layout(
        "medical_insurance_two_grades", "http://www.fymate.com/html/text/lar/173496/17349647_2.html",
        "县医疗保险基金管理中心 岗位廉政风险点一览表 after the source's 基本医疗保险 市级统筹 rules (县区医疗保险经办机构, "
        "基金的征收、解缴和支付, 定点医疗机构和定点零售药店的协议和考核): a two-row heading — 序号/科室/岗位/姓名/风险点/"
        "风险类型/防控措施 merged down, ``风险等级`` merged across two sub-columns ``科室自评 | 中心核定`` — then 科室 "
        "merged (中心领导, 征缴科, 待遇审核科, 稽核科, 财务科)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/"
        "the two levels 高/中/低, which DISAGREE on four rows (the 中心核定 is the level)/防控措施; the compound surnames "
        "赫胥, 澹台, 闾丘, 宇文, 巫马, 慕容, 万俟, 公西; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    grain_depot_post_and_name(),
    planning_bureau_wrapped_depts(),
    water_bureau_stations(),
    econ_info_selfcheck_pairs(),
    price_bureau_posts_roles(),
    agri_institute_titles(),
    relics_office_concurrent(),
    traffic_squadron_badges(),
    medical_insurance_two_grades(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch140-inbox"))
