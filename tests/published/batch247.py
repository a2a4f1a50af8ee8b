"""The two-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY FILES OF ONE PASTORAL COUNTY'S 乡镇, 村, 社区 AND
站所, 若尔盖县 — a 镇人民政府's list in two sheets, a 社区居民委员会's 小微权力 排查表, a 村's 防控卡 of its
“三职”干部, a 镇's 畜牧兽医站, 林业站 and 便民服务中心, a 乡's 农牧综合服务中心 with its 草原补奖 and a 乡's
财政所 — each handing back the plain 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in WPS or Excel
(merged cells, a 填报 line, sign-offs and notes), the rows about 村财代理, 低保, 互助社, 检疫出证, 公益林,
窗口 and 代办, 禁牧 and 草畜平衡, 报账:

- the 达扎寺镇人民政府's 一览表 in two sheets: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``办所`` (``办（所）`` merged, 岗位 and 姓名 merged per person), short types, 高/中/低, a ``附件1`` line, a
  ``填报单位（盖章）：…　填报时间：…`` line and a sign-off;
- the 唐克镇白河湾社区居民委员会's 小微权力 排查表: ``小微权力事项`` first (merged), the holder LAST in
  ``责任岗位 | 责任人``, a ``监督主体`` column (居务监督委员会, 社区党支部), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  a person's rows apart;
- the 红星镇岷江源村's 防控卡 of its “三职”干部, one sheet a holder (tabs 书记, 主任, 文书): ``姓名 | … |
  职务 | … | 任职时间 | …`` in one row, a merged ``主要职责`` line, a ``风险环节`` column before the 风险点,
  ``一级/二级/三级``, a ``监督人`` column of roles, ``镇纪委监督电话：…`` and ``持卡人签字：`` below;
- the 辖曼镇畜牧兽医站's 自查表, one sheet a person, the tab the person's NAME: ``姓名 | … | 所在站所 |
  … | 职务 | …``, a short ``风险点`` beside a long ``具体表现``, short types, 高/中/低, a ``自查情况``
  column, ``本人签字： | …审核：`` below;
- the 阿西镇林业站's 责任清单 对岗不对人: ``职责事项`` merged, short 风险点, ``…风险`` types,
  ``高风险/中风险/低风险``, ``责任岗位 | 责任领导`` last (a role in each), an 编制/审核 line;
- the 巴西镇便民服务中心's 一览表: 岗位 and 姓名 merged per person (no 科室 column, the 中心 in the title),
  a ``服务事项`` column, short types, ``★★★/★★/★`` read by a ``注：`` line;
- the 麦溪乡's 草原生态保护补助奖励 排查表: ``工作环节`` first (merged), the holder LAST in ``责任部门 |
  责任岗位 | 责任人`` (农牧综合服务中心 and 财政所), levels written bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no
  type column, a person's rows apart;
- the 求吉乡财政所's 排查登记表 under a two-row heading (``风险识别`` over ``风险点 | 风险类型``, ``风险评估``
  over ``风险等级``; 序号, 岗位, 姓名, 防控措施 and 备注 merged down over both), ``较高/一般/较低`` read by
  a ``注：`` line, a ``备注`` column.

One is harder:

- ``jiangzha_village_applies_column``: the 降扎乡雪堆村's 村干部岗位廉政风险点排查表 typed on the 乡's
  ``（通用）`` template, whose rows — 岗位, 事项类别, 廉政风险点 and a ``参考风险等级`` — the 乡纪委 printed
  for every 村（社区） alike; the 村 wrote its holders' names, answered each row in a column ``本村是否涉及``
  with ``涉及`` or ``不涉及``, filled the measures of the rows that apply (``/`` in the others) and gave
  the reason for each ``不涉及`` in ``备注`` (``本村集体草场已全部承包到户，无出租资产``). The ``填表说明`` under
  the table says so. Rows answered ``不涉及`` still carry their printed 岗位, 风险点 and level: only the
  answer says the risk is not this 村's. The README's 读得懂的表 knows rows marked deleted in a
  ``修订情况`` column, rows saying only 无, ``示例`` rows, a ``/`` in a per-post column of a matrix (that
  post not concerned) and ``是否存在`` ticks that are no level; a printed common list whose rows a
  村 answers ``涉及/不涉及`` one by one, in a column of its own, it does not describe.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县's 村级财务 中介代理 with the 乡镇
农经员 turned from 做账员 into 监督员 checking 原始凭证 before and after 入账; a 清廉社区 drive — 居监会, 小微权力
清单 and 运行流程图, 低保 and 养老 funds 晾晒, every sum signed by the 居监会; a 镇纪委's check of 村 三资 —
a 村主任 who made up 互助社 loans, 监事会 under the 村纪检委员, 村三职干部; a 区畜牧站's 警示教育 of its 官方
兽医 — 动物检疫, 屠宰检疫, 调运监管; what a 乡镇林业站 does for 生态公益林 — 管护责任合同, 乱砍滥伐; a 乡镇
便民服务中心's rules — 窗口 办理 and 进村入户 上门服务, 一专多能, 佩证上岗, 廉洁自律; a 盟's 草原生态保护补助奖励
guidance — 禁牧补助, 草畜平衡奖励, 草原专职管护员, 补奖资金发放与履责挂钩, no 公职人员 or 非牧户; 县级报账制 —
合同, 发票, 验收单, 资金直接拨给供应商; a 县's 三资 提级监督 of its richest 村 — 镇村双重审批, 农经站, 村级监督)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 若尔盖县 (its 达扎寺镇, 唐克镇, 红星镇, 辖曼镇, 阿西镇, 巴西镇, 麦溪乡, 求吉乡, 降扎乡
are real; the 村 and 社区 — 白河湾社区, 岷江源村, 雪堆村 — invented).

Run ``python tests/published/score.py --set batch247`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a row answered ``不涉及`` is no point (the 村 says the risk is not its own; its
  printed 风险点 and ``参考风险等级`` stand there only because the template prints them for every 村);
  a row answered ``涉及`` is a point of its post and holder with the printed level; every holder keeps
  some ``涉及`` rows, so every person has a form; the 备注 reasons, the ``填表说明`` and the sign-off are
  no points;
- a 乡镇's 站/所/中心 handing back its own table is the 乡镇's (batches 203, 210, 229, 239, 242): the
  乡/镇 is the unit, the 站/所/中心 the 科室 (畜牧兽医站, 林业站, 便民服务中心, 财政所), named in a title,
  a ``所在站所`` field or a 填报 line; the 麦溪乡's 排查表 names its 科室 in ``责任部门``; the 镇人民政府's
  ``班子成员`` sheet gives its leaders no 科室 (department "", as batches 240 and 241 kept a 局领导
  sheet; ``分管工作`` is the work they oversee), its ``办所`` sheet has its 办 and 所 as 科室;
- a 村's and a 社区's posts have department "" (batch242); the unit is the 村 or the 社区居民委员会 the
  填报 line or the title names, not the 乡 whose template the title keeps;
- ``分管工作``, ``主要职责``, ``风险环节``, ``职责事项``, ``服务事项``, ``工作环节``, ``小微权力事项``,
  ``事项类别``, ``具体表现``, ``自查情况``, ``备注``, ``任职时间``, ``本村是否涉及`` and ``参考风险等级``'s
  heading are no points; ``风险点 | 具体表现``: the point is the short 风险点;
- ``监督主体``, ``监督人`` and ``责任领导`` name watchers (居务监督委员会, 村纪检委员, 分管副镇长, 站长), not
  holders; the 林业站's list names no person (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, bare ``Ⅰ/Ⅱ/Ⅲ``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``较高/一般/较低`` are 1/2/3;
- 镇党委书记, 副镇长, the 村党支部书记, 村委会主任, 社区党支部书记 and 居委会主任 are leaders; the 主任 of a 镇's
  办 or 中心, 所长, 站长, 居委会副主任 and 村务监督委员会主任 middle; the rest (农经员, 会计, 出纳, 民政专干, 网格员,
  村文书, 村报账员, 官方兽医, 动物防疫员, 林业技术员, 护林员管理员, 经办员, 代办员, 补奖专干, 草原监理员, 报账员,
  惠农补贴专管员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b247_"
PLACE = "若尔盖县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
MILD = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(事项类别, 廉政风险点, 参考风险等级, 本村是否涉及, 防控措施, 备注)]): the 乡's
# template prints 岗位, 事项类别, 廉政风险点 and 参考风险等级; the 村 fills the rest
APPLIES = [
    ("村党支部书记", "衣霈川", "leader", [
        ("重大事项决策", "村级重大事项不执行“四议两公开”，个人说了算", "高", "涉及",
         "重大事项经“四议两公开”程序决定，会议记录存档，结果张榜公示。", None),
        ("集体经济项目", "村集体经济项目入股、分红不公开，优亲厚友", "高", "不涉及", "/",
         "本村未发展集体经济入股项目"),
        ("发展党员", "发展党员把关不严，优亲厚友", "中", "涉及",
         "发展对象在村党员大会上公示，报乡党委预审。", None),
        ("干部人事", "村级后备干部人选由个人指定", "低", "涉及",
         "后备干部人选经支委会研究，报乡党委备案。", None),
    ]),
    ("村委会主任", "战泷芷", "leader", [
        ("工程项目", "村级小型工程指定施工队，虚增工程量", "高", "涉及",
         "工程项目经村民代表会议确定，村务监督委员会全程监督，验收结果公示。", None),
        ("资产资源", "集体草场、房屋出租不公开竞价，低价租给亲友", "高", "不涉及", "/",
         "本村集体草场已全部承包到户，无出租资产"),
        ("土地征收", "征地补偿款分配不公开，截留挪用", "高", "不涉及", "/", "本年度无征地项目"),
        ("惠民资金", "草原补奖、临时救助对象初审把关不严，优亲厚友", "中", "涉及",
         "初审结果在村务公开栏公示七天，接受群众监督。", None),
    ]),
    ("村文书", "贲蕙澄", "general", [
        ("印章管理", "村级公章使用不登记，违规出具证明", "中", "涉及",
         "公章专人保管，用印登记，证明事项经村委会主任审签。", None),
        ("低保评定", "低保、特困对象民主评议记录弄虚作假", "高", "涉及", "民主评议全程记录，评议结果公示。", None),
        ("档案管理", "村级会议记录、公示资料事后补记", "低", "涉及", "会议记录当场签字，公示资料拍照存档。", None),
    ]),
    ("村报账员", "弭菰渚", "general", [
        ("财务报账", "虚开白条报账，套取村级资金", "高", "涉及",
         "报账凭证经村务监督委员会审核签字，乡“三资”代理服务中心复核。", None),
        ("现金管理", "坐支现金，公款私存", "中", "涉及", "现金限额管理，收入当日存入代管账户。", None),
        ("集体经济收益", "集体经济收益不入账，私设“小金库”", "高", "不涉及", "/", "本村尚无集体经营收益"),
        ("补贴发放", "村干部误工补贴虚报冒领", "中", "涉及", "误工登记每月公示，报乡审核后发放。", None),
    ]),
    ("村务监督委员会主任", "帅渚蒲", "middle", [
        ("村务监督", "对村级财务票据审核走过场，签字不核实", "中", "涉及",
         "每月集中审核票据，发现问题及时向乡纪委报告。", None),
        ("村务公开", "对村务公开内容不全、不及时不督促", "低", "涉及", "每季度检查村务公开栏，检查情况记录在案。", None),
    ]),
]  # fmt: skip


def jiangzha_village_applies_column() -> dict:
    unit = f"{PLACE}降扎乡雪堆村"
    sh = _Sheet("排查表", [6, 12, 9, 12, 34, 10, 10, 36, 22])
    t = _Truth(unit)
    _line(sh, f"{PLACE}降扎乡村（社区）干部岗位廉政风险点排查表（通用）", 9)
    _line(sh, f"填报单位（盖章）：{unit}村民委员会{GAP * 8}填报时间：2024年5月", 9)
    sh.add(
        "序号",
        "岗位",
        "姓名",
        "事项类别",
        "廉政风险点",
        "参考风险等级",
        "本村是否涉及",
        "防控措施",
        "备注",
    )
    first = len(sh.rows)
    n = 0
    for post, who, tier, rows in APPLIES:
        for kind, point, lv, applies, measures, note in rows:
            n += 1
            sh.add(n, post, who, kind, point, lv, applies, measures, note)
            if applies == "涉及":
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "填表说明：1.本表岗位、事项类别、廉政风险点和参考风险等级由乡纪委统一列出；2.各村（社区）对照逐项排查，"
              "本村有该项工作的在“本村是否涉及”栏填“涉及”并填写防控措施，没有该项工作的填“不涉及”，并在备注栏说明原因；"
              "3.参考风险等级分高、中、低三档。", 9)  # fmt: skip
    sh.add(
        "村党支部书记（签字）：",
        None,
        None,
        None,
        "村务监督委员会主任（签字）：",
        None,
        None,
        "乡纪委审核：",
        None,
    )
    return _layout(
        "jiangzha_village_applies_column", "http://m.ok153.com/2023/aba_0207/480995.html",
        "(harder) 乡's common 村（社区）干部岗位廉政风险点排查表（通用） filled by one 村, after the source's 县纪委 "
        "三资 提级监督 of the 村 rich in 集体资金, 资产 and 资源 (镇村双重审批, 农经站, 村级监督, 村“两委”班子): the template's "
        "title, a merged ``填报单位（盖章）：…村民委员会　…　填报时间：2024年5月`` line, then 序号/岗位 and 姓名 merged per "
        "person/``事项类别``/廉政风险点/``参考风险等级`` 高/中/低 (printed by the 乡纪委)/``本村是否涉及`` answered ``涉及`` or "
        "``不涉及``/防控措施 (``/`` where not concerned)/备注 (the reason of each ``不涉及``); four printed rows answered "
        "``不涉及`` are no points; a merged ``填表说明：…`` line and a 村党支部书记/村务监督委员会主任/乡纪委 sign-off",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dazhasi_town_two_sheets() -> dict:
    unit = f"{PLACE}达扎寺镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 10, 22, 34, 10, 8, 34])
    lead.add("附件1")
    _line(lead, f"{unit}岗位廉政风险防控一览表（班子成员）", 8)
    _line(lead, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年4月", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("笪蕴澍", "镇党委书记", "主持镇党委全面工作", [
            ("“三重一大”事项不经集体研究，临时动议、个人决定", "制度机制", "高",
             "落实“三重一大”集体决策制度，议题提前酝酿，会议纪要存档备查。"),
            ("插手干预村级工程项目和村级财务代理机构选定", "外部环境", "高",
             "村级工程和代理机构按程序公开比选，插手干预一律登记报告。"),
        ]),
        ("郏梓汧", "副镇长", "分管农业农村、财政和村级财务代理", [
            ("村级大额资金支出审批把关不严", "岗位职责", "中", "村级大额支出实行村、镇两级审批，附村民代表会议决议。"),
            ("对惠农补贴发放监督检查走过场", "岗位职责", "中", "每季度抽查补贴发放台账，入户核实。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    depts = _Sheet("办所", [6, 12, 9, 9, 36, 10, 8, 36])
    _line(depts, f"{unit}岗位廉政风险防控一览表（办、所）", 8)
    depts.add("序号", "办（所）", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政办", "主任", "昝芃野", "middle", [
            ("公务接待、公务用车超标准、不登记", "制度机制", "中", "接待凭公函、按标准，派车登记，每月公示。"),
            ("办公用品采购不比价，虚开发票", "业务流程", "低", "办公用品定点采购，验收与报账分人负责。"),
        ]),
        ("农业农村办", "主任", "缑岚沚", "middle", [
            ("村级财务委托代理机构日常监管缺位", "岗位职责", "中", "每半年检查代理机构做账质量，检查结果通报。"),
            ("村集体资产资源发包、出租审核不严", "业务流程", "高", "发包、出租方案报镇审核，合同报镇备案。"),
        ]),
        ("农业农村办", "农经员", "阚棣湄", "general", [
            ("对村级原始凭证入账前检查不认真，放任白条入账", "岗位职责", "中", "原始凭证入账前、入账后两次检查，填写检查记录。"),
            ("村级财务审计中隐瞒问题、出具不实意见", "思想道德", "高", "审计工作底稿留存，审计结果经镇纪委复核。"),
        ]),
        ("财政所", "所长", "亓淙砾", "middle", [
            ("惠农补贴“一卡通”发放审核不严，虚报冒领", "岗位职责", "高", "补贴对象村、镇两级公示，资金直达“一卡通”账户。"),
            ("镇级报账单据审核不严，超范围支出", "业务流程", "中", "报账单据所长复核，按县级报账制要求送审。"),
        ]),
        ("财政所", "会计", "厍蓁阜", "general", [
            ("记账凭证不真实，虚列支出", "思想道德", "中", "凭证附件齐全，所长审核签字后记账。"),
        ]),
    ]  # fmt: skip
    first = len(depts.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            depts.add(n, dept, post, who, point, typ, lv, measures)
            t.point(depts.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(depts, first, 1, 2, 3)
    depts.add()
    depts.add("填表人：", None, None, "审核人：", None, "镇党委书记（签字）：", None, None)
    source = "https://m.fx361.cc/news/2018/0627/3712311.html"
    return _layout(
        "dazhasi_town_two_sheets", source,
        "镇人民政府 岗位廉政风险防控一览表 in two sheets, after the source's 县 村级财务 中介代理 乡镇监管 (乡镇农经员 from 做账员 "
        "to 监督员, 原始凭证 入账前和入账后 检查, 村务监督委员会, 报账员, 审计): ``班子成员`` under ``附件1``, a title and a merged "
        "``填报单位（盖章）：…　…　填报时间：2024年4月`` line — 序号/``姓名 | 职务 | 分管工作`` merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施; ``办所`` under its own title — 序号/``办（所）`` merged (党政办, "
        "农业农村办, 财政所)/岗位 and 姓名 merged per person/the same columns; a blank row and a 填表人/审核人/镇党委书记签字 line",
        [lead, depts], t,
    )  # fmt: skip


def tangke_community_power_check() -> dict:
    unit = f"{PLACE}唐克镇白河湾社区居民委员会"
    sh = _Sheet("排查表", [6, 12, 34, 8, 34, 14, 9, 14])
    t = _Truth(unit)
    _line(sh, "唐克镇白河湾社区“小微权力”廉政风险点排查表", 8)
    _line(sh, f"社区（盖章）：{unit}{GAP * 8}排查时间：2024年3月", 8)
    sh.add(
        "序号",
        "小微权力事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任岗位",
        "责任人",
        "监督主体",
    )
    tiers = {"社区党支部书记": "leader", "居委会主任": "leader", "居委会副主任": "middle",
             "民政专干": "general", "网格员": "general"}  # fmt: skip
    rows = [
        ("居务决策", "社区重大事项不经居民代表会议，少数人决定", "Ⅰ级", "重大事项执行“四议两公开”，决议张榜公示。",
         "社区党支部书记", "芮澹枫", "居务监督委员会"),
        ("居务决策", "社区公益项目实施方案事前不征求居民意见", "Ⅲ级", "项目方案公示征求意见，意见办理情况公开。",
         "居委会主任", "鞠砚渟", "居务监督委员会"),
        ("低保救助", "低保对象入户调查走过场，优亲厚友", "Ⅰ级", "入户调查两人以上，评议结果公示七天。",
         "民政专干", "宓嶙舟", "居务监督委员会"),
        ("低保救助", "低保、临时救助名单不按月公开", "Ⅱ级", "每月在居务公开栏和居民微信群公开。",
         "居委会副主任", "茅霁葭", "社区党支部"),
        ("养老服务", "高龄津贴申报中虚报年龄、冒领津贴", "Ⅱ级", "申报材料与户籍信息比对，每季度复核。",
         "民政专干", "宓嶙舟", "居务监督委员会"),
        ("资金管理", "社区经费支出不经居监会审核签字", "Ⅰ级", "每笔支出经居监会审核签字，每季度向居监会报告资金去向。",
         "居委会主任", "鞠砚渟", "居务监督委员会"),
        ("资金管理", "捐款捐物登记不全，私自处置", "Ⅱ级", "捐赠款物登记造册，使用情况公开。",
         "社区党支部书记", "芮澹枫", "居务监督委员会"),
        ("证明出具", "违规出具居住、收入证明", "Ⅱ级", "证明事项核实后出具，用印登记。",
         "居委会副主任", "茅霁葭", "社区党支部"),
        ("网格服务", "网格信息采集弄虚作假，代居民签字", "Ⅲ级", "信息采集留存照片，社区随机回访。",
         "网格员", "羿溆宁", "社区党支部"),
        ("网格服务", "帮办代办中收受居民财物", "Ⅲ级", "代办事项登记，办结后回访。",
         "网格员", "羿溆宁", "居务监督委员会"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post, who, watch) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post, who, watch)
        t.point(sh.name, "", post, who, tiers[post], point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("排查人：", None, "社区党支部书记（签字）：", None, None, "镇纪委审核：", None, None)
    return _layout(
        "tangke_community_power_check", "http://qzjjjc.gov.cn/x/?d=9179&l=429",
        "社区居民委员会 “小微权力”廉政风险点排查表, after the source's 清廉社区 drive (居监会, 居务公开, 小微权力清单 and 运行流程图, "
        "低保 and 养老 funds 晾晒, every sum signed by the 居监会, 社区干部 测评): a title, a merged ``社区（盖章）：…　…　排查时间："
        "2024年3月`` line, then 序号/``小微权力事项`` merged/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/the holder LAST in "
        "``责任岗位 | 责任人``/``监督主体`` (居务监督委员会, 社区党支部); no type column; a person's rows apart; an 排查人/"
        "社区党支部书记签字/镇纪委审核 line",
        [sh], t,
    )  # fmt: skip


def hongxing_village_cards() -> dict:
    unit = f"{PLACE}红星镇岷江源村"
    t = _Truth(unit)
    cards = [
        ("书记", "隗筠汀", "村党支部书记", "leader", "2021年4月", "主持村党支部全面工作，负责集体经济发展和互助社监管", [
            ("互助社借款审批", "违规为亲友审批互助社借款，到期不催收", "一级",
             "借款经理事会集体审议，借款名单张榜公示。", "村纪检委员"),
            ("集体经济发展", "集体经济项目合作方选择不公开", "一级", "合作方经村民代表会议比选，合同报镇备案。", "村务监督委员会"),
            ("党员发展", "发展党员优亲厚友，程序不规范", "二级", "发展对象公示，接受党员群众监督。", "村纪检委员"),
        ]),
        ("主任", "冼枳岚", "村委会主任", "leader", "2021年4月", "主持村委会全面工作，兼任互助社理事长", [
            ("互助社管理", "编造借款资料，挪用互助社资金", "一级", "互助社资金专户管理，借款凭证由监事会逐笔核对。", "监事会"),
            ("财务审批", "超权限审批村级支出，白条入账", "二级", "支出按镇定审批权限执行，票据经监事会审核。", "村务监督委员会"),
            ("项目实施", "村内小型项目验收走过场", "三级", "验收邀请村民代表参加，验收结果公示。", "村务监督委员会"),
        ]),
        ("文书", "邝蓼川", "村文书", "general", "2022年1月", "负责村务公开、档案管理，兼任村报账员", [
            ("公示公开", "互助社借款、集体收支公示内容不全，公示未满期即撤下", "二级",
             "公示内容经监事会审核，公示期满拍照存档。", "村纪检委员"),
            ("财务报账", "代报账时虚列支出", "二级", "报账凭证经主任、监事长签字后报镇审核。", "村务监督委员会"),
            ("印章管理", "擅自使用村级公章出具证明", "三级", "用印登记，证明事项经主任审签。", "村纪检委员"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, since, duty, points in cards:
        sh = _Sheet(tab, [6, 14, 30, 9, 32, 14])
        _line(sh, f"{unit}“三职”干部廉政风险防控卡", 6)
        sh.add("姓名", who, "职务", post, "任职时间", since)
        r = sh.add("主要职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险环节", "风险点", "风险等级", "防控措施", "监督人")
        for i, (step, point, lv, measures, watch) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, watch)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        r = sh.add("镇纪委监督电话：0837-2298315", None, None, "持卡人签字：", None, "年　月　日")
        sh.merge(r, 0, r, 2)
        sheets.append(sh)
    return _layout(
        "hongxing_village_cards", "http://bbs.qingchuanzx.com/showtopic.aspx?page=end&topicid=6857",
        "村 “三职”干部廉政风险防控卡, one sheet a holder (tabs 书记, 主任, 文书), after the source's 镇纪委 check of 村 三资 (a "
        "村主任 as 互助社理事长 who made up loans, 公示花名册, 监事会 under the 村纪检委员, 财务报账审批制度, 村三职干部 廉洁自律): a "
        "title, ``姓名 | … | 职务 | … | 任职时间 | …`` in one row, a merged ``主要职责`` line, then 序号/``风险环节``/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``监督人`` (村纪检委员, 监事会, 村务监督委员会); no type column; ``镇纪委监督电话：…`` "
        "merged, ``持卡人签字：`` and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def xiaman_vet_station_self_checks() -> dict:
    unit = f"{PLACE}辖曼镇"
    dept = "畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("逄渥丹", "站长", "middle", "镇纪委审核：", [
            ("检疫出证把关不严", "未到现场查验即出具动物检疫合格证明，或为未佩戴耳标的牦牛出证", "岗位职责", "高",
             "检疫出证实行现场查验、影像留存，站长每月抽查出证记录。", "未发现"),
            ("防疫物资管理混乱", "强制免疫疫苗领用、发放不登记，账物不符", "制度机制", "中",
             "疫苗出入库登记，每季度盘点，村级领用签字。", "已规范"),
            ("防疫员补助核发不实", "村级动物防疫员补助按人头平均发放，不与免疫工作量挂钩", "业务流程", "中",
             "补助按免疫数量和考核结果核发，名单公示。", "未发现"),
        ]),
        ("佘芷汭", "官方兽医", "general", "站长审核：", [
            ("收受畜主好处", "检疫中接受畜主、贩运户宴请和红包，降低检疫标准", "外部环境", "高",
             "检疫收费标准和投诉电话上墙公示，检疫两人以上。", "未发现"),
            ("调运监管流于形式", "对外调牦牛、藏羊不核查落地报告，放任无证调运", "岗位职责", "中",
             "调运信息录入监管平台，落地报告逐单核查。", "未发现"),
            ("无害化处理审核不严", "病死畜无害化处理补助申报数量不核实，虚报冒领补助", "业务流程", "中",
             "处理现场拍照，补助名单村、镇两级公示。", "未发现"),
        ]),
        ("酆杪霖", "动物防疫员", "general", "站长审核：", [
            ("免疫档案造假", "未实际免疫即填写免疫档案、佩戴耳标", "思想道德", "中",
             "免疫档案随机入户核对，发现造假扣减补助。", "未发现"),
            ("私自出售防疫物资", "将免费发放的疫苗、耳标私自出售给养殖户", "思想道德", "高",
             "疫苗、耳标按户发放，养殖户签字领取。", "未发现"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, review, points in people:
        sh = _Sheet(who, [6, 18, 36, 10, 8, 34, 10])
        _line(sh, f"{unit}{dept}岗位廉政风险自查表", 7)
        sh.add("姓名", who, "所在站所", dept, "职务", post, None)
        sh.add("序号", "风险点", "具体表现", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, desc, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, desc, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, review, None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "xiaman_vet_station_self_checks", "https://www.baqiao.gov.cn/zwgk/zyhy/zfhy/1846847812478279681.html",
        "镇畜牧兽医站 岗位廉政风险自查表, one sheet a person, each TAB the person's name, after the source's 区畜牧站 警示教育 of "
        "its 官方兽医 (动物检疫, 屠宰检疫, 调运监管, 违反动物防疫法律法规 典型问题): a title naming the 镇 and the 站, ``姓名 | … | "
        "所在站所 | 畜牧兽医站 | 职务 | …`` in one row, then 序号/风险点 (short)/``具体表现`` (long)/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施/``自查情况`` (未发现, 已规范); a blank row and ``本人签字： | 站长审核：`` (the 站长's: "
        "``镇纪委审核：``) with the month",
        sheets, t,
    )  # fmt: skip


def axi_forestry_duty_list() -> dict:
    unit = f"{PLACE}阿西镇"
    dept = "林业站"
    sh = _Sheet("责任清单", [6, 12, 34, 13, 10, 36, 12, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 8)
    sh.add("序号", "职责事项", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位", "责任领导")
    tiers = {"站长": "middle", "林业技术员": "general", "护林员管理员": "general"}
    rows = [
        ("公益林管护", "与护林员签订管护责任合同走过场，管护面积虚报", "岗位职责风险", "中风险",
         "管护合同逐户签订，管护面积以小班图斑核定并公示。", "站长", "分管副镇长"),
        ("公益林管护", "生态效益补偿资金兑付对象审核不严", "业务流程风险", "高风险",
         "补偿对象村、镇两级公示，资金通过“一卡通”兑付。", "站长", "分管副镇长"),
        ("林木采伐", "为不符合条件的申请人出具采伐初审意见", "岗位职责风险", "高风险",
         "采伐申请现场勘验，两人以上签字，初审意见集体研究。", "林业技术员", "站长"),
        ("林木采伐", "伐区验收不到位，超量采伐不制止", "制度机制风险", "中风险",
         "伐区验收留存影像资料，超采情况及时上报。", "林业技术员", "站长"),
        ("造林补植", "造林、补植苗木验收不严，虚报成活率", "思想道德风险", "低风险",
         "验收邀请村民代表参加，成活率抽样核查。", "林业技术员", "站长"),
        ("林政案件", "发现乱砍滥伐、毁林开垦不制止、不报告", "外部环境风险", "高风险",
         "巡查发现问题当日上报，案件移交县林业和草原局。", "护林员管理员", "站长"),
        ("护林员管理", "护林员巡山记录弄虚作假，报酬照发", "制度机制风险", "中风险",
         "巡山轨迹定位考勤，每月考核后发放报酬。", "护林员管理员", "站长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures, post, leader) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures, post, leader)
        t.point(sh.name, dept, post, "", tiers[post], point, types_in(typ), BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：阿西镇林业站", None, None, "审核：阿西镇纪委", None, None, "2024年5月", None)
    return _layout(
        "axi_forestry_duty_list", "http://www.chinaqking.com/yc/2020/2448548.html",
        "镇林业站 廉政风险防控责任清单 对岗不对人, after the source's account of what a 乡镇林业站 does for 生态公益林 (管护, "
        "管护责任合同, 乱砍滥伐, 因地制宜, 水源涵养林): a title, then 序号/``职责事项`` merged/风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``责任岗位`` (站长, 林业技术员, 护林员管理员)/``责任领导`` (分管副镇长, 站长: roles, "
        "no names); an ``编制：… | 审核：… | 2024年5月`` line",
        [sh], t,
    )  # fmt: skip


def baxi_service_center_list() -> dict:
    unit = f"{PLACE}巴西镇"
    dept = "便民服务中心"
    sh = _Sheet("一览表", [6, 12, 9, 16, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "服务事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("中心主任", "晏棹溪", "middle", [
            ("窗口管理", "对窗口人员不按时到岗、违规办件监督不力", "岗位职责", "★★", "每日考勤，办件情况每周通报。"),
            ("进驻事项管理", "擅自增设办理条件，要求群众重复提交材料", "制度机制", "★★", "办事指南统一公开，一次性告知。"),
        ]),
        ("民政经办员", "靳崧汀", "general", [
            ("低保、临时救助受理", "受理时不审核基本材料，为关系人开“绿色通道”", "思想道德", "★★★",
             "申请材料清单化审核，受理按顺序登记。"),
            ("残疾人两项补贴", "补贴对象资格复核不及时，死亡人员继续领取", "业务流程", "★★", "每月与公安、卫健数据比对。"),
        ]),
        ("社保经办员", "钭沅芑", "general", [
            ("城乡居民养老保险", "违规为不符合条件人员办理参保、补缴", "岗位职责", "★★★", "参保、补缴材料双人审核，系统留痕。"),
            ("医保参保登记", "代收医保费不开票、截留", "制度机制", "★★★", "缴费通过系统直缴，窗口不收现金。"),
        ]),
        ("农业农村经办员", "雍芗泠", "general", [
            ("草原补奖申报", "申报材料把关不严，帮助非牧户冒领补奖", "岗位职责", "★★★", "申报材料与承包台账核对，公示无异议后上报。"),
            ("农机购置补贴", "收受经销商好处，协助套取补贴", "外部环境", "★★", "补贴机具现场核验，结果公开。"),
        ]),
        ("代办员", "沃璞岩", "general", [
            ("进村入户上门代办", "代办中收取“辛苦费”、索要财物", "外部环境", "★", "代办服务免费，代办事项登记回访。"),
            ("证照代领", "代领证照不及时交付，私自扣留", "业务流程", "★", "证照代领签收登记，当日交付。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for item, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, item, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "中心主任（签字）：", None, None, "2024年4月", None)
    return _layout(
        "baxi_service_center_list", "https://www.yccf988.com/zhuantifanwen/zhenxingxiangzhen/73.html",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's 乡镇便民服务中心 rules (窗口集中式办理与进村入户上门服务, 一专多能, "
        "一人多岗, 办理证照, 佩证上岗, 廉洁自律 不违规办件): a title naming the 镇 and the 中心, then 序号/岗位 and 姓名 merged per "
        "person (no 科室 column)/``服务事项``/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "legend and a 填表人/中心主任签字/month line",
        [sh], t,
    )  # fmt: skip


def maixi_grassland_subsidy_check() -> dict:
    unit = f"{PLACE}麦溪乡"
    sh = _Sheet("排查表", [6, 14, 36, 8, 36, 16, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}草原生态保护补助奖励政策落实廉政风险点排查表", 8)
    _line(sh, "排查时间：2024年6月", 8)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位", "责任人")
    center, finance = "农牧综合服务中心", "财政所"
    tiers = {"主任": "middle", "补奖专干": "general", "草原监理员": "general", "报账员": "general"}
    rows = [
        ("面积核定", "禁牧、草畜平衡面积核定不实，多报面积", "Ⅰ",
         "面积以草原承包确权数据为准，核定结果进村入户公示。", center, "主任", "蒯湜禾"),
        ("受益牧户认定", "将国家公职人员、非牧户纳入补奖范围", "Ⅰ",
         "受益名单与公职人员、户籍信息比对，村级公示七天。", center, "补奖专干", "郇芰洲"),
        ("禁牧和草畜平衡监管", "对禁牧区偷牧、草畜平衡区超载不制止", "Ⅱ",
         "草原管护员每月巡查，超载户列入整改台账。", center, "草原监理员", "邴澧芷"),
        ("草原管护员管理", "草原管护员选聘优亲厚友，考核走过场", "Ⅱ",
         "管护员公开选聘，考核结果与报酬挂钩。", center, "主任", "蒯湜禾"),
        ("资金发放", "补奖资金不通过“一卡通”直达，截留、挪用", "Ⅰ",
         "资金直达牧户“一卡通”账户，发放明细公示。", finance, "报账员", "胥菡汀"),
        ("资金发放", "补奖资金发放与履责情况不挂钩，超载户照领", "Ⅱ",
         "发放前核对禁牧和草畜平衡履责情况。", center, "补奖专干", "郇芰洲"),
        ("档案管理", "补奖档案补记、涂改", "Ⅲ", "档案一户一档，每半年检查一次。", center, "草原监理员", "邴澧芷"),
        ("资金发放", "代牧户领取补奖资金，或保管牧户“一卡通”", "Ⅰ",
         "严禁代领和保管牧户存折、卡，发现一起查处一起。", finance, "报账员", "胥菡汀"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tiers[post], point, [], BARE_ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分三级，Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("排查人：", None, None, None, "分管领导（签字）：", None, None, None)
    return _layout(
        "maixi_grassland_subsidy_check", "http://xxgk.xlgl.gov.cn/xsbgt/xxgkml/201707/t20170710_1794350.html",
        "乡 草原生态保护补助奖励政策落实廉政风险点排查表, after the source's 盟 补奖 guidance (禁牧补助, 草畜平衡奖励, 草原专职管护员, "
        "补奖资金发放与履责挂钩, 严禁国家公职人员及非牧户非法享受, 草原确权承包): a title, a merged ``排查时间：2024年6月`` line, then "
        "序号/``工作环节`` merged/风险点/风险等级 written bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 and the holder LAST in ``责任部门 | 责任岗位 | "
        "责任人`` (农牧综合服务中心, 财政所), rows in the order of the 环节 (a person's rows apart), no type column; a ``注：`` "
        "line giving the numerals their levels and an 排查人/分管领导签字 line",
        [sh], t,
    )  # fmt: skip


def qiuji_finance_register() -> dict:
    unit = f"{PLACE}求吉乡"
    dept = "财政所"
    sh = _Sheet("登记表", [6, 12, 9, 36, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查登记表", 8)
    _line(sh, f"填报单位：{unit}{dept}（盖章）{GAP * 8}填报日期：2024年5月10日", 8)
    top = sh.add("序号", "岗位", "姓名", "风险识别", None, "风险评估", "防控措施", "备注")
    sh.add(None, None, None, "风险点", "风险类型", "风险等级", None, None)
    for c in (0, 1, 2, 6, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    people = [
        ("所长", "裘歙砚", "middle", "兼国库支付审核", [
            ("报账资料审核把关不严，无合同、无验收单即送县级报账", "岗位职责", "较高",
             "报账资料清单化审核，合同、发票、验收单缺一不报。"),
            ("违规调剂乡级资金用途", "制度机制", "较高", "资金调剂经乡党委会研究，报县财政局备案。"),
            ("直接支付时为供应商指定收款账户", "外部环境", "一般", "收款账户以合同约定为准，变更须书面申请。"),
        ]),
        ("会计", "谌苡埕", "general", None, [
            ("原始票据审核不严，大头小尾、虚开发票入账", "岗位职责", "一般", "票据网上查验真伪，所长复核。"),
            ("会计档案保管不善，凭证缺失", "制度机制", "较低", "会计档案按月装订，专柜保管。"),
        ]),
        ("出纳", "檀岷蕖", "general", None, [
            ("公务卡、零余额账户支付不按审批单执行", "业务流程", "较高", "支付凭审批单，会计、出纳分别复核。"),
            ("现金不日清月结，白条抵库", "思想道德", "一般", "现金日清月结，所长不定期盘点。"),
        ]),
        ("惠农补贴专管员", "幸蒹陟", "general", "兼资产管理", [
            ("补贴清册录入不核对，资金错发", "业务流程", "一般", "清册录入双人核对，发放前公示。"),
            ("帮牧户查询、代办补贴时收取好处", "外部环境", "较低", "查询代办免费，办理登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, note, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), MILD[lv])
    _per_person(sh, first, None, 1, 2, 7)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("所长（签字）：", None, None, "分管领导审核：", None, None, "年　月　日", None)
    return _layout(
        "qiuji_finance_register", "https://m.gzjll.com/3/3554576.html",
        "乡财政所 岗位廉政风险排查登记表, after the source's account of 县级报账制 (乡镇 spend then 报账 to the 县, 合同, 发票, "
        "验收单, 资金直接拨给供应商, 乡镇 只负责验收签字): a title, a merged ``填报单位：…财政所（盖章）　…　填报日期：…`` line, then "
        "a TWO-ROW heading — 序号, 岗位, 姓名, 防控措施 and 备注 merged down over both rows, ``风险识别`` over ``风险点 | 风险类型``, "
        "``风险评估`` over ``风险等级`` — and 岗位, 姓名 and 备注 (兼国库支付审核, 兼资产管理) merged per person; short types; "
        "``较高/一般/较低`` read by a ``注：`` line; a 所长签字/分管领导审核 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jiangzha_village_applies_column(),
    dazhasi_town_two_sheets(),
    tangke_community_power_check(),
    hongxing_village_cards(),
    xiaman_vet_station_self_checks(),
    axi_forestry_duty_list(),
    baxi_service_center_list(),
    maixi_grassland_subsidy_check(),
    qiuji_finance_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch247-inbox"))
