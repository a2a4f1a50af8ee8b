"""The three-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 林业, 水务 and
应急 bodies, 华阴市 (a county-level city of 渭南 at the foot of 华山, its staff Han) — the 林业局, the
华山林场, the 水务局, three 镇水利工作站 (罗敷镇, 孟塬镇, 华西镇), the 应急管理综合行政执法大队 and the
应急管理局 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 林业局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 华山林场's 一览表 under GROUP ROWS ``一、场领导``, ``二、资源管护股``, ``三、营林生产股``,
  ``四、仙峪管护站`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types,
  ``高风险/中风险/低风险``, a 填表人/审核人/date line;
- the 水务局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, the measures;
- the 罗敷镇水利工作站's 自查表, one sheet a person (tabs named by the holder): PAIRS ``姓　名 | … |
  职　务 | …`` and a merged ``单　位 | …`` (no 科室: the 站 has none), then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … | 站长审核：``;
- the 孟塬镇水利工作站's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``一级风险/二级风险/三级风险``, no type column, no names; an 编制/审核/date line;
- the 华西镇水利工作站's 责任清单: ``岗位 | 责任人`` written out on EVERY row (nothing merged),
  ``职责事项`` before the ``廉政风险点``, ``★★★/★★/★`` read by a ``注：`` line, the measures and a LAST
  ``责任领导`` column naming the 站长 on every row; no type column;
- the 应急管理综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 中队长, 执法队员): two rows of
  pairs ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …``, then ``序号 | 执法环节 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line, ``持卡人签字： | … | 大队纪检员：``.

One is harder:

- ``huayin_emergency_bureau_post_run_into_name``: the 应急管理局's 岗位廉政风险防控一览表, an ordinary
  list (a title, a ``填报单位（盖章）：…　填报时间：…`` line, ``股室`` merged, short types, 高/中/低,
  the measures) that has NO ``岗位`` and NO ``姓名`` column: its one holder column, headed ``责任人``
  and merged per person, holds the POST AND THE NAME RUN TOGETHER IN ONE CELL WITH NOTHING BETWEEN
  THEM — no space, no full-width space, no bracket, no colon, no line break: ``局长嵇淏岷``,
  ``副局长缪峄澜``, ``主任邬琇晗``, ``股长眭炜屹``, ``科员钮沄翯``, ``会计贲潆芊`` (as a clerk types a
  responsibility list in a narrow column). The holder is the three-character name at the END of the
  cell, the post what stands before it. The README's 读得懂的表 knows a post and a name in one cell
  only with something between them: ``民政专干(高丽)`` and ``蓝建峰(所长)`` (a bracket), ``定点评估岗⏎
  吴海燕`` (a line break), ``新闻部主任：蒙立新``-like labels and ``直接责任人：X`` (a colon), ``社区党委书记
  仉羽澄`` and ``副局长　俄的拉者`` (a full-width space, batch155's 责任岗位), ``承诺人：…所长　恽拾遗``
  (a space in a sign-off), ``财务科-出纳`` and ``办公室/出纳`` (科室 and post, no name); a post run
  straight into a name it names ONLY IN A TITLE (``…保护站站长赫连望川岗位廉政风险防控卡``). Read as it
  stands, the cell is no name (five or six characters), so the column is either taken whole for the
  holder (``局长嵇淏岷`` matches nobody) or not taken at all.

  Found only AFTER the measurement (and left as it was measured): the shape is not new to the
  reader. batch111's 村 责任清单 (an ORDINARY layout there, so not in the list of harder ones this
  batch was checked against) already wrote ``党总支书记冷霁川`` and ``村会计栾沁雪`` under ``责任人``,
  and the reader splits such a cell (``identity._post_run_name``: the post typed straight onto the
  holder's name); only the README's 读得懂的表 does not say so. The file read in full (see
  tests/test_batch376.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 国有林场's 森林管护 — 护林员 巡逻,
巡山日志, 资源部门 and 保护站, 盗伐 报告; a 林场's 巡护 under the 林长制 — 场级副林长 checking its
管护站, 入山路口 盘查, 责任区界牌; a 水务局's 巡视整改 report — 工程建设领域廉政风险, 土地权属变更, 三张清单;
a note on what a 水务管理所 or 水利站 does — 检修水泵, 调度水库放水, 收取水费; a province's 基层水利服务体系 —
乡镇水利服务站 划归县级水利部门, 村级水管员, 小型水库库管员; a study of 农户 and 小型农田水利设施管护 —
管护责任, 激励机制; a city's 应急管理综合执法 “局队合一” 办法; a province's 应急管理系统 联合执法
opinion — 行政检查, 交叉执法, 行政处罚) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each); every unit is a body of 华阴市, named with the city's name.

Run ``python tests/published/score.py --set batch376`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``责任人`` cell is the post followed by the holder's name, nothing between:
  the holder is its LAST THREE characters (every name here has three), the post the rest (``局长``,
  ``副局长``, ``主任``, ``股长``, ``科员``, ``会计``); the 股室 is the merged ``股室`` cell (``局领导`` for
  the 局长 and the 副局长); the ``填报单位（盖章）：… 填报时间：…`` line is no point;
- ``局领导`` (the 林业局's sheet of its leaders, named so by its tab and title; the 应急管理局's ``股室``
  cell) and ``场领导`` (a group row) are the 科室 of those leaders; a 局's 股, 办公室 and 水政监察大队
  and a 林场's 股 and 管护站 are 科室; a group row ``四、仙峪管护站`` gives the 科室 ``仙峪管护站`` (its
  number left off); a 镇水利工作站 and the 执法大队 are units of their own: a 站 has no 科室 (its
  posts stand without one), the 大队's card names the 科室 in ``所在部门`` (``大队领导``, ``第一中队``,
  ``第二中队``);
- 局长, 副局长, 场长, 副场长, the 站长 of a 镇水利工作站 (its own unit), 大队长 and 副大队长 are leaders;
  股长, 办公室主任 and 主任 of a 局's 办公室, the 大队长 of a 局's 水政监察大队, a 林场's 管护站 站长 and a
  中队长 middle; the rest (科员, 会计, 出纳, 技术员, 护林员, 水管员, 库管员, 执法队员) general;
- ``风险点 | 风险表现`` (the 孟塬镇水利工作站's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``执法环节``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the 华西镇
  水利工作站's LAST ``责任领导`` column names a supervisor (the holder is ``责任人``); the 孟塬镇
  水利工作站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``★★★/★★/★`` (read by the 华西镇 note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the cards' note) are 1/2/3.

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

PREFIX = "b376_"
PLACE = "华阴市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

RUN_UNIT = f"{PLACE}应急管理局"
RUN_HEAD = ("序号", "股室", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
RUN_ROWS = [
    ("局领导", "局长", "嵇淏岷", "leader", [
        ("安全生产专项资金分配不经党组会集体研究", "制度机制", "高", "专项资金分配方案经党组会研究，分配结果公开。"),
        ("对重大事故调查处理打招呼、说情", "外部环境", "高", "事故调查处理报告集体审议，说情打招呼登记报告。"),
    ]),
    ("局领导", "副局长", "缪峄澜", "leader", [
        ("危险化学品经营许可审查中放宽条件", "岗位职责", "高", "许可条件网上公开，现场核查两人以上，审查意见集体研究。"),
        ("对联合执法中发现的问题降格处理", "业务流程", "中", "处罚裁量按基准执行，重大案件法制审核。"),
    ]),
    ("办公室", "主任", "邬琇晗", "middle", [
        ("应急值守车辆私用，虚报加油维修费用", "制度机制", "中", "车辆使用登记，油耗维修按月公示。"),
        ("公务接待超标准、超范围", "思想道德", "低", "接待事前审批，接待清单按月公开。"),
    ]),
    ("危险化学品安全监督管理股", "股长", "眭炜屹", "middle", [
        ("行政检查前向企业透露检查时间和内容", "岗位职责", "高", "检查对象随机抽取，检查计划保密。"),
        ("对企业隐患整改复查走过场", "业务流程", "中", "复查现场拍照留痕，整改销号经分管领导审核。"),
    ]),
    ("救灾和物资保障股", "科员", "钮沄翯", "general", [
        ("救灾物资入库验收不严，以次充好", "业务流程", "中", "物资验收双人签字，抽样送检。"),
        ("救灾款物发放优亲厚友", "思想道德", "高", "发放对象公示，发放台账与银行记录核对。"),
    ]),
    ("规划财务股", "会计", "贲潆芊", "general", [
        ("虚列支出套取应急专项资金", "制度机制", "高", "支出凭证经办、审核、审批三签，专项资金专账核算。"),
        ("应急物资采购资金支付审核不严", "岗位职责", "中", "支付凭合同、验收单和发票，三者逐一核对。"),
        ("往来款项长期挂账不清理", "业务流程", "低", "往来款项每季度清理，长期挂账报局务会研究。"),
    ]),
]  # fmt: skip


def run_together(post: str, who: str) -> str:
    """The ``责任人`` cell: the post and the name, nothing between them."""
    return f"{post}{who}"


def huayin_emergency_bureau_post_run_into_name() -> dict:
    unit = RUN_UNIT
    sh = _Sheet("一览表", [6, 18, 14, 40, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年10月", 7)
    sh.add(*RUN_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in RUN_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, run_together(post, who), point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "huayin_emergency_bureau_post_run_into_name",
        "https://esb.sxdaily.com.cn/pc/content/202408/08/content_878388.html",
        "(harder) 市应急管理局 岗位廉政风险防控一览表, after the source's 应急管理系统 联合执法 opinion (行政检查, 交叉执法, "
        "行政处罚, 处、科（股、室）间联合): a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/"
        "股室 merged (局领导, 办公室, 危险化学品安全监督管理股, 救灾和物资保障股, 规划财务股)/ONE holder column ``责任人`` "
        "merged per person whose cell is the POST RUN STRAIGHT INTO THE NAME, nothing between (``局长嵇淏岷``, "
        "``副局长缪峄澜``, ``股长眭炜屹``, ``科员钮沄翯``) — no 岗位 and no 姓名 column/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huayin_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "雒铄岷", "主持全面工作，分管财务股", [
            ("造林绿化项目资金分配不经党组会集体研究", "一级", "项目资金分配方案经党组会研究，分配结果公开。"),
            ("对下属林场负责人选任把关不严", "二级", "选任严格执行程序，全程纪实。"),
        ]),
        ("副局长", "禤栎岑", "分管资源管理股和林业行政审批", [
            ("林地征占用审核中打招呼、开口子", "一级", "审核意见集体研究，审核结果网上公开。"),
            ("林木采伐限额分配向关系人倾斜", "二级", "采伐限额分配方案公示，接受群众监督。"),
            ("接受管理对象宴请和礼品", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "贠翊澄", "middle", [
            ("公务用车私用，虚报加油维修费用", "二级", "车辆使用登记，费用按月公示。"),
            ("办公用品采购不比价", "三级", "办公用品定点采购，采购与验收分设两人。"),
        ]),
        ("资源管理股", "股长", "琚瀚骁", "middle", [
            ("木材运输检查中放行无证木材", "一级", "检查记录实时上传，随机抽查复核。"),
            ("盗伐滥伐案件线索压案不报", "二级", "案件线索登记编号，办理结果回访。"),
        ]),
        ("营造林股", "科员", "郄珂蔚", "general", [
            ("造林检查验收虚报成活率", "一级", "验收实行第三方抽查，结果公示。"),
            ("退耕还林补助面积核实不实", "二级", "补助面积实地核实，名册村内公示。"),
        ]),
        ("财务股", "会计", "隗昶宥", "general", [
            ("生态护林员补助不按考核结果发放", "一级", "补助发放与巡护考核挂钩，发放名册公示。"),
            ("虚列支出套取资金", "二级", "支出凭证经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "huayin_forestry_bureau_two_sheets", "https://m.fx361.cc/news/2021/0915/8850938.html",
        "市林业局 廉政风险防控表 in two sheets, after the source's 国有林场 森林管护 (护林员 巡逻 and 巡山日志, 资源部门, "
        "保护站, 盗伐 报告): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def huayin_huashan_forest_farm_group_rows() -> dict:
    unit = f"{PLACE}华山林场"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "笪泓湉", "leader", [
                ("林场重大事项和大额资金使用不经场务会研究", "制度机制", "高风险", "“三重一大”事项场务会集体研究，纪要存档。"),
                ("森林抚育项目发包中指定施工队伍", "外部环境", "高风险", "抚育项目公开比选，结果公示。"),
            ]),
            ("副场长", "鄂屹峤", "leader", [
                ("对管护站巡护检查走过场", "岗位职责", "中风险", "巡查记录留存，问题限期整改。"),
            ]),
        ]),
        ("二、资源管护股", "资源管护股", [
            ("股长", "糜樾琮", "middle", [
                ("林地资源档案更新中弄虚作假", "岗位职责", "中风险", "档案更新双人核对，变更报场务会审定。"),
            ]),
            ("技术员", "莘璟潇", "general", [
                ("森林资源调查数据虚报", "业务流程", "中风险", "调查数据随机抽样复核。"),
                ("有害生物防治药剂用量虚报", "制度机制", "低风险", "药剂领用登记，用量与防治面积核对。"),
            ]),
        ]),
        ("三、营林生产股", "营林生产股", [
            ("股长", "厍砚柘", "middle", [
                ("苗木采购验收中以次充好", "业务流程", "高风险", "苗木验收三方参加，抽检苗木质量。"),
                ("抚育作业量核定虚增", "岗位职责", "中风险", "作业量现场核定，拍照存档。"),
            ]),
        ]),
        ("四、仙峪管护站", "仙峪管护站", [
            ("站长", "仉漪珈", "middle", [
                ("护林员考勤和巡护记录造假", "岗位职责", "中风险", "巡护轨迹系统记录，考勤每月公示。"),
            ]),
            ("护林员", "璩滢峙", "general", [
                ("对入山人员违规用火放任不管", "思想道德", "低风险", "入山登记，违规用火当场制止并报告。"),
                ("发现盗伐行为隐瞒不报", "思想道德", "高风险", "巡山日志每日记录，管护站定期抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "huayin_huashan_forest_farm_group_rows", "https://meipian.cn/4m5bswqv",
        "林场 岗位廉政风险防控一览表, after the source's 林场 巡护 under the 林长制 (场级副林长 checking its 管护站, 入山路口 "
        "盘查, 责任区界牌): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施 "
        "under GROUP ROWS ``一、场领导``, ``二、资源管护股``, ``三、营林生产股``, ``四、仙峪管护站`` merged across (no 股室 "
        "column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huayin_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2025年10月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "綦朔岚", "leader", [
            ("水利工程项目安排不经党组会集体研究", "制度机制风险", "高", "项目安排经党组会研究，纪要存档。"),
            ("插手水利工程招投标", "外部环境风险", "高", "工程进入公共资源交易平台，插手干预记录报告。"),
        ]),
        ("局领导", "副局长", "茹澍棠", "leader", [
            ("取水许可审批中降低条件", "岗位职责风险", "中", "审批条件公开，审批意见集体审核。"),
        ]),
        ("水政监察大队", "大队长", "昝珩屿", "middle", [
            ("河道非法采砂查处中以罚代管", "岗位职责风险", "高", "执法全过程记录，处罚结果公开。"),
            ("涉水违法案件降格处理", "业务流程风险", "中", "处罚裁量按基准执行，重大案件集体讨论。"),
        ]),
        ("规划建设股", "股长", "巩淼琛", "middle", [
            ("工程变更签证把关不严，虚增工程量", "业务流程风险", "高", "变更签证经监理、设计、业主三方会签。"),
            ("工程验收走过场", "岗位职责风险", "中", "验收组成员随机抽取，验收资料存档。"),
        ]),
        ("水资源管理股", "科员", "尉湛菁", "general", [
            ("水资源费征收中少征、缓征", "岗位职责风险", "中", "征收台账按月核对，减免事项集体研究。"),
            ("取水计量设施检查不实", "思想道德风险", "低", "检查两人以上，检查记录签字存档。"),
        ]),
        ("财务股", "会计", "栾沐筠", "general", [
            ("移民后期扶持资金拨付不按程序", "制度机制风险", "高", "扶持资金专账核算，拨付经分管领导审批。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "huayin_water_bureau_list",
        "http://swj.sh.gov.cn/swj-gsgg/20260206/53e555bc3dfe4b9c867cb3ea858066e7.html",
        "市水务局 岗位廉政风险防控一览表, after the source's 水务局 巡视整改 report (工程建设领域廉政风险, 土地权属变更, "
        "三张清单): ``附件1``, a title, a ``填报单位（盖章）：… | 填报时间：2025年10月`` line (two merges), then 序号/科室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huayin_luofu_water_station_selfchecks() -> dict:
    unit = f"{PLACE}罗敷镇水利工作站"
    t = _Truth(unit)
    people = [
        ("麻彧珩", "站长", "leader", [
            ("小型水利工程维修项目不经集体研究", "制度机制", "Ⅰ级", "维修项目经站务会研究，报市水务局备案。", "已落实"),
            ("农村饮水工程水费收支不公开", "岗位职责", "Ⅱ级", "水费收支每季度在村务公开栏公示。", "已落实"),
        ]),
        ("揭芃溪", "技术员", "general", [
            ("水利工程质量检查签字走过场", "岗位职责", "Ⅰ级", "检查记录拍照存档，站长复核。", "已落实"),
            ("接受施工单位宴请", "思想道德", "Ⅲ级", "签订廉洁承诺书，拒收登记。", "已落实"),
        ]),
        ("冀沛峣", "水管员", "general", [
            ("私自减免或截留水费", "业务流程", "Ⅱ级", "水费开具票据，日结对账。", "正在整改"),
            ("水泵检修配件虚报数量", "外部环境", "Ⅲ级", "更换配件旧件回收登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None, None)
        r = sh.add(f"单{GAP}位", unit, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "huayin_luofu_water_station_selfchecks", "https://m.sboyo.com/1/979701.html",
        "镇水利工作站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's note on what a "
        "水务管理所 or 水利站 does (检修水泵, 调度水库放水, 收取水费): a title, PAIRS ``姓　名 | … | 职　务 | …`` and a merged "
        "``单　位 | …`` (no 科室), then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def huayin_mengyuan_water_station_posts() -> dict:
    unit = f"{PLACE}孟塬镇水利工作站"
    sh = _Sheet("排查表", [6, 10, 18, 36, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", [
            ("工程项目管理", "小型水利工程项目安排向关系村倾斜", "一级风险", "项目安排方案经站务会研究并公示。"),
            ("村级水管员选聘", "水管员选聘中优亲厚友", "二级风险", "选聘条件和结果公示。"),
        ]),
        ("技术员", "general", [
            ("工程质量监督", "隐蔽工程验收不到场，事后补签", "一级风险", "隐蔽工程验收拍照留痕。"),
            ("灌溉用水调度", "灌溉用水分配不公，收取好处", "二级风险", "用水计划公示，调度记录存档。"),
        ]),
        ("库管员", "general", [
            ("小型水库管护", "水库巡查记录造假", "二级风险", "巡查记录按月抽查。"),
            ("防汛物资保管", "防汛物资出入库不登记，私自借用", "三级风险", "物资出入库登记，定期盘点。"),
        ]),
        ("报账员", "general", [
            ("经费报销", "虚开发票报销工程管护费", "一级风险", "报销票据逐张审核，管护费按考核结果拨付。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, lv, measures)
            t.point(sh.name, "", post, "", tier, point, [], RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "huayin_mengyuan_water_station_posts",
        "https://jxxfw.com/periodical/6e7655f02eba73addaa38f684e3a2867.html",
        "镇水利工作站 岗位廉政风险点排查表 对岗不对人, after the source's 基层水利服务体系 (乡镇水利服务站 划归县级水利部门, "
        "村级水管员, 小型水库库管员): a title, 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no 科室, no names, no type column; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def huayin_huaxi_water_station_duties() -> dict:
    unit = f"{PLACE}华西镇水利工作站"
    sh = _Sheet("责任清单", [6, 9, 9, 14, 36, 9, 30, 9])
    t = _Truth(unit)
    chief = "郦泠岱"
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("站长", chief, "leader", "全面工作", "农田水利设施管护经费分配不公开", "★★★", "分配方案站务会研究，结果公示。"),
        ("站长", chief, "leader", "工程建设", "与施工单位串通抬高工程结算价", "★★★", "工程结算送审，结果公开。"),
        ("技术员", "蔺泷烨", "general", "工程验收", "验收中接受施工单位好处，降低标准", "★★", "验收三方参加，签字存档。"),
        ("技术员", "蔺泷烨", "general", "技术服务", "农户打井技术服务中索要好处", "★", "服务事项和收费标准公示。"),
        ("水管员", "麴洇棠", "general", "设施管护", "管护责任落实不到位，虚报管护次数", "★★", "管护记录按月抽查回访。"),
        ("出纳", "暴溆宁", "general", "现金管理", "坐支现金，公款私存", "★★★", "现金日清月结，定期盘点。"),
        ("出纳", "暴溆宁", "general", "票据管理", "收费票据管理混乱，票款不符", "★", "票据专人领用核销。"),
    ]  # fmt: skip
    for i, (post, who, tier, duty, point, stars, measures) in enumerate(rows, 1):
        sh.add(i, post, who, duty, point, stars, measures, chief)
        t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, "审核人：", None, None, "2025年10月", None, None)
    return _layout(
        "huayin_huaxi_water_station_duties", "https://m.fx361.cc/news/2016/0725/18398919.html",
        "镇水利工作站 廉政风险防控责任清单, after the source's study of 农户 and 小型农田水利设施管护 (管护责任, 激励机制): "
        "a title, 序号/岗位/``责任人`` written out on EVERY row (nothing merged, no 科室)/``职责事项``/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施/a LAST ``责任领导`` column naming the 站长 on every row; no type column; a ``注：`` line on "
        "the stars and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huayin_emergency_enforcement_cards() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "沃霁川", "大队长", "大队领导", "leader", [
            ("案件审核", "重大执法案件处理意见不经集体讨论", "制度机制风险", "Ⅰ", "重大案件集体讨论，法制审核。"),
            ("执法计划", "年度检查计划向关系企业倾斜", "外部环境风险", "Ⅱ", "检查对象随机抽取，计划公开。"),
        ]),
        ("中队长", "闾稷岩", "中队长", "第一中队", "middle", [
            ("现场检查", "对企业重大隐患不责令停产整改", "岗位职责风险", "Ⅰ", "重大隐患挂牌督办，整改销号公示。"),
            ("行政处罚", "处罚裁量畸轻畸重", "业务流程风险", "Ⅱ", "处罚裁量按基准执行，案卷评查。"),
            ("案件移送", "涉嫌犯罪案件不移送", "岗位职责风险", "Ⅱ", "移送情况登记，定期检查。"),
        ]),
        ("执法队员", "阚泫羽", "执法队员", "第二中队", "general", [
            ("执法记录", "执法记录仪选择性记录", "业务流程风险", "Ⅱ", "执法全过程音像记录，定期抽查。"),
            ("检查纪律", "检查中接受企业宴请和礼品", "思想道德风险", "Ⅲ", "签订廉洁执法承诺书，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 12, 36, 13, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, f"职{GAP}务", post, None, None)
        sh.add("所在部门", dept, "持卡时间", "2025年10月", None, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (stage, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, stage, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
        sh.add("持卡人签字：", None, None, "大队纪检员：", None, None)
        sheets.append(sh)
    return _layout(
        "huayin_emergency_enforcement_cards",
        "https://yjglj.xa.gov.cn/gk/jcgk/yjgljwj/6462dddff8fd1c1a702ca8eb.html",
        "应急管理综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 中队长, 执法队员), after the source's "
        "应急管理综合执法 “局队合一” 实施办法: a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …``, "
        "then 序号/``执法环节``/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the "
        "grades and ``持卡人签字： | 大队纪检员：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huayin_emergency_bureau_post_run_into_name(),
    huayin_forestry_bureau_two_sheets(),
    huayin_huashan_forest_farm_group_rows(),
    huayin_water_bureau_list(),
    huayin_luofu_water_station_selfchecks(),
    huayin_mengyuan_water_station_posts(),
    huayin_huaxi_water_station_duties(),
    huayin_emergency_enforcement_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch376-inbox"))
