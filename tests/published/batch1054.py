"""The one-thousand-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 自然资源, 交通, 卫生院, 学校, 文旅 and 财政 bodies of
one county-level city, 兴义市 (黔西南布依族苗族自治州, 贵州省) — its 敬南镇人民政府, the 万峰林街道
纳灰村, the 自然资源局, the 交通运输局, the 顶效镇卫生院, the 马岭镇中学, the 文化广电旅游局 and the
财政局 — each handing back the 清单, 排查表, 一览表, 防控卡, 自查表 or 问卷 its staff typed in WPS or Excel:

- the 敬南镇人民政府's 清单: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types under
  ``风险类别``, ``等级`` 高/中/低;
- the 纳灰村's 小微权力清单: ``职务 | 姓名`` on every row, 高/中/低, no type column, a 村务监督委员会
  line;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``主要表现``, ``一级/二级/三级``, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 顶效镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 马岭镇中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``;
- the 文化广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类型``, ``高风险/中风险/低风险``, a ``注：`` line.

One is harder:

- ``xingyi_finance_level_in_answers``: the 财政局's 岗位廉政风险自查问卷 as the staff fill it in —
  a PRINTED QUESTIONNAIRE, no table, one sheet a person — that asks ONLY for the risk points,
  each answer carrying its own level: ``1. 报账凭证审核不严（风险等级：高）``, ``② 财政监督检查
  执法不公（等级：二级）``, ``3. 政府采购…——高风险``; the measures asked in a separate question
  (numbered answers) or not at all; the points' question naming the level too on two sheets
  (``…风险点，并在每条后注明风险等级：``) and not on the third (``…存在哪些廉政风险点？``).
  docs/layouts.md knows the printed questionnaire whose levels are answered under their own
  question (batch711, QUESTIONNAIRE_ANSWER_BLOCKS); a probe at HEAD read a questionnaire with the
  level inside each answer as nothing (FILE_NO_FORM) where the question names the level or no
  measures are asked, and with its points keeping ``——高风险`` and no level where a measures
  question is asked (batch1053 left this variant open).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 兴义 could be found: the pages are of the city, its towns,
its 万峰林 and 马岭河峡谷; the harder file's is a search page on the city's government site, no
questionnaire of the city being found); the rows are worded by us, the names invented (the rare
compound surnames 勿忸于 and 莫多娄 with rare given names); every unit is a body of
黔西南州兴义市.

Run ``python tests/published/score.py --set batch1054`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is one form: its holder the sheet's 科室/岗位/姓名 answers, its
  points the answers under the points' question, each with the level words inside it taken off
  (``（风险等级：高）``, ``（等级：二级）``, ``——高风险``), the level those words say; the measures
  (where asked) are no points; ``填写日期`` and the sign-off lines are no points;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 学校's 校长
  have no 科室 where no column gives one; the 学校's ``教务处干事`` is the 干事 of the 科室 教务处;
  镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科长, 所长, 科主任 middle; the rest
  general;
- ``风险点 | 主要表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1054_"
PLACE = "黔西南州兴义市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# one sheet a person: (科室, 岗位, 姓名, tier, the points' question, how an answer is numbered,
# how its level is written, the measures' question or None, [(风险点, 等级 as written, level, 措施)])
ASKED = [
    ("国库股", "会计", "勿忸于琤", "general",
     "二、请逐条列出本岗位存在的廉政风险点，并在每条后注明风险等级（高、中、低）：",
     "{i}. ", "（风险等级：{lv}）", "三、请针对上述风险点逐条写出防控措施：", [
         ("报账凭证审核不严", "高", 1, "凭证经办、复核两人签字，按月抽查。"),
         ("国库集中支付指令录入不核对", "高", 1, "支付指令双人录入比对，系统留痕。"),
         ("接受预算单位宴请或礼品", "中", 2, "签订廉洁承诺书，礼品登记上交。"),
     ]),
    ("监督检查股", "股长", "莫多娄珩", "middle",
     "二、请写出本岗位的廉政风险点及其等级（一级、二级、三级）：",
     "{n} ", "（等级：{lv}）", None, [
         ("财政监督检查执法不公", "二级", 2, ""),
         ("检查发现问题降格处理", "一级", 1, ""),
         ("检查中泄露被查单位信息", "三级", 3, ""),
     ]),
    ("局领导", "副局长", "勿忸于瑄岚", "leader",
     "二、您分管的工作存在哪些廉政风险点？",
     "{i}.", "——{lv}", "三、您对上述风险点采取了哪些防控措施？", [
         ("政府采购项目预算审核干预", "高风险", 1, "采购预算局务会集体审定。"),
         ("专项资金分配优亲厚友", "中风险", 2, "分配方案公示，纪检组全程监督。"),
     ]),
]  # fmt: skip
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def _numbered(shape: str, i: int) -> str:
    return shape.format(i=i, n=CIRCLED[i - 1])


def xingyi_finance_level_in_answers() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    sheets = []
    for dept, post, who, tier, asked, shape, written, measures_q, items in ASKED:
        sh = _Sheet(who, [30, 56])
        _line(sh, f"{unit}岗位廉政风险自查问卷", 2)
        _line(sh, "一、基本情况", 2)
        sh.add(f"所在科室：{dept}", f"岗　　位：{post}")
        sh.add(f"姓　　名：{who}", "填写日期：2025年10月")
        _line(sh, asked, 2)
        for i, (point, lv, level, _m) in enumerate(items, 1):
            _line(sh, f"{_numbered(shape, i)}{point}{written.format(lv=lv)}", 2)
            t.point(sh.name, dept, post, who, tier, point, [], level)
        if measures_q:
            _line(sh, measures_q, 2)
            for i, (_p, _lv, _level, measures) in enumerate(items, 1):
                _line(sh, f"{_numbered(shape, i)}{measures}", 2)
        sh.add("填写人（签字）：", "股室负责人（签字）：")
        sheets.append(sh)
    return _layout(
        "xingyi_finance_level_in_answers",
        "https://zhansanjie.com/search.html?keyword=%E5%85%B4%E4%B9%89%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&type=site",
        "(harder) 市财政局 岗位廉政风险自查问卷, one sheet a person, after the source's search page on 兴义市人民政府 "
        "(www.gzxy.gov.cn: 黔、滇、桂三省结合部, 黔西南州首府): a PRINTED QUESTIONNAIRE, NO TABLE, that asks ONLY for the "
        "risk points, EACH ANSWER CARRYING ITS OWN LEVEL — ``1. 报账凭证审核不严（风险等级：高）``, ``① 财政监督检查执法"
        "不公（等级：二级）``, ``1.政府采购项目预算审核干预——高风险`` — the points' question naming the level "
        "(``…并在每条后注明风险等级（高、中、低）：``, ``…风险点及其等级（一级、二级、三级）：``) or not (``…存在哪些廉政"
        "风险点？``); the measures a separate question of numbered answers, or not asked; a title, ``一、基本情况``, "
        "``所在科室：… | 岗　　位：…``, ``姓　　名：… | 填写日期：…`` and a sign-off line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xingyi_jingnan_town_list() -> dict:
    unit = f"{PLACE}敬南镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "莫多娄瑱", "leader", "集镇农贸市场改造项目干预招标", "外部环境风险", "高",
         "项目公开招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "莫多娄瑱", "leader", "产业发展资金安排个人说了算", "制度机制风险", "高",
         "资金安排集体决策，结果公示。"),
        ("党政办", "主任", "勿忸于珂", "middle", "办公用品采购不比价", "业务流程风险", "中",
         "采购三家比价，附询价单。"),
        ("农业服务中心", "农技员", "莫多娄澈", "general", "薏仁米种植补贴面积虚报", "岗位职责风险", "中",
         "补贴面积入户核实并张榜公示。"),
        ("农业服务中心", "农技员", "莫多娄澈", "general", "接受农资经销商宴请", "思想道德风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "xingyi_jingnan_town_list", "http://24hours.tech/article/370090710734745600",
        "镇人民政府 廉政风险防控清单, after the source's place-name entry on 兴义市敬南镇 (名称含义: 靖边营之南, 1962年"
        "改“靖南”为“敬南”, 1992年设镇): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "``…风险``/等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def xingyi_nahui_village_list() -> dict:
    unit = f"{PLACE}万峰林街道纳灰村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "勿忸于璟", "leader", "民宿改造补助名单优亲厚友", "高", "名单村民代表会议评议并公示。"),
        ("村党支部书记", "勿忸于璟", "leader", "村集体旅游收益分配不公开", "高", "收益分配“四议两公开”。"),
        ("村委会主任", "莫多娄琦", "general", "稻田景观维护工程指定施工方", "中", "工程比选，村务监督委员会参与。"),
        ("村文书", "勿忸于翎", "general", "村务公开资料不及时更新", "低", "每月更新，乡镇抽查。"),
        ("村文书", "勿忸于翎", "general", "农户证明材料随意出具", "中", "出具证明登记，两人审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年10月", None, None)
    return _layout(
        "xingyi_nahui_village_list", "https://www.bkwk.cn/article/txxymjjkdclyqdsmms.html",
        "村 小微权力廉政风险防控清单, after the source's travel article on 兴义's 万峰林 and 马岭河峡谷 (东峰林、西峰林, "
        "the 布依 villages in the 峰林): a title, 序号/职务/姓名 on every row/风险点/风险等级 高/中/低/防控措施; no "
        "type column; a 村务监督委员会意见 line",
        [sh], t,
    )  # fmt: skip


def xingyi_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "主要表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "莫多娄珏", "leader", "用地审批", "建设项目用地预审把关不严", "一级",
         "预审意见局务会研究，结果公开。"),
        ("矿产资源股", "股长", "勿忸于澜", "middle", "采矿权延续", "采矿权延续审查走过场", "一级",
         "审查材料两人复核，现场核查。"),
        ("矿产资源股", "股长", "勿忸于澜", "middle", "矿山巡查", "矿山越界开采巡查发现不报", "二级",
         "巡查记录留存，定期通报。"),
        ("测绘地理信息股", "科员", "莫多娄璇", "general", "成果提供", "违规提供涉密测绘成果", "二级",
         "成果提供审批登记。"),
        ("测绘地理信息股", "科员", "莫多娄璇", "general", "资质核查", "测绘资质年度核查打招呼", "三级",
         "核查结果公示，接受举报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "xingyi_natural_resources_screening", "https://66.wendadaohang.com/zd/UD2p22xxU2vniUsv2s.html",
        "市自然资源局 廉政风险点排查表, after the source's question-and-answer page on 兴义 (黔桂锁钥, 21个镇、5个乡, "
        "耕地面积, 主要矿藏 煤、钼、金): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``主要表现``/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xingyi_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("运输管理所", "客运管理岗", "general", "客运线路经营许可违规审批", "岗位职责风险", "Ⅰ级",
         "许可条件公开，两级审核。"),
        ("运输管理所", "客运管理岗", "general", "出租汽车年审把关不严", "业务流程风险", "Ⅱ级", "年审资料抽查复核。"),
        ("工程建设股", "质量监督岗", "general", "工程质量检测数据造假不查", "制度机制风险", "Ⅰ级",
         "检测数据第三方复核。"),
        ("工程建设股", "质量监督岗", "general", "接受施工单位宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("财务股", "出纳岗", "general", "差旅费报销标准执行不严", "外部环境风险", "Ⅲ级", "报销附审批单，会计复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xingyi_transport_bureau_posts", "http://trklw.com/Idiomclassics/jmd0k9znxl.html",
        "市交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's page on whether 兴义 is a city and of which "
        "(黔西南州首府, 1987年国务院批准成立兴义市, 西南地区重要的交通通信枢纽): a title, 序号/科室 merged/岗位 merged "
        "per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xingyi_dingxiao_clinic_group_rows() -> dict:
    unit = f"{PLACE}顶效镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "莫多娄瑷", "leader", [
                ("药品耗材采购指定供应商", "一级风险", "采购院务会研究，平台公开采购。"),
                ("绩效工资分配不按方案", "二级风险", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "勿忸于琰", "middle", [
                ("药品验收入库数量不符", "二级风险", "验收两人签字，月末盘点。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "莫多娄玳", "general", [
                ("医疗收费退费不审核", "一级风险", "退费须科室签字、院领导审批。"),
                ("收费票据作废不登记", "三级风险", "作废票据全联留存，定期核销。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "xingyi_dingxiao_clinic_group_rows", "http://www.ylxq.com.cn/wstd/2015-07-24/4708.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's 文史天地 article 顶效古今谈 (顶效猫猫洞古文化"
        "遗址, when 顶效 came under 兴义县): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、院领导``, ``二、药剂科``, ``三、收费室`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def xingyi_maling_school_selfchecks() -> dict:
    unit = f"{PLACE}马岭镇中学"
    t = _Truth(unit)
    people = [
        ("勿忸于玮", "", "校长", "leader", [
            ("学生资助名单审核不严", "高", "资助名单班级评议、全校公示。"),
            ("校服征订收取回扣", "中", "校服由家委会自主选购。"),
        ]),
        ("莫多娄璐", "教务处", "干事", "general", [
            ("学籍信息违规修改", "中", "学籍变动校长审批，系统留痕。"),
            ("考试成绩录入不核对", "低", "成绩两人录入比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年10月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xingyi_maling_school_selfchecks", "https://www.meipian.cn/67ignjn",
        "镇中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's travel note on "
        "兴义's 马岭河大峡谷 (天沟地缝, 全长74.8千米): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


def xingyi_culture_tourism_list() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "勿忸于瑭", "leader", "景区提升工程干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "勿忸于瑭", "leader", "旅游发展专项资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("文化市场综合执法大队", "大队长", "莫多娄澍", "middle", "网吧违规经营查处降格处理", "岗位职责", "中风险",
         "处罚案件集体审议。"),
        ("文化市场综合执法大队", "大队长", "莫多娄澍", "middle", "演出许可审查把关不严", "业务流程", "低风险",
         "审查材料两人复核。"),
        ("办公室", "会计", "勿忸于湘", "general", "接受旅游企业礼品礼金", "思想道德", "中风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "xingyi_culture_tourism_list", "https://meipian.cn/5ark4cfo",
        "市文化广电旅游局 岗位廉政风险防控一览表, after the source's travel series 贵州兴义纪行 (万峰林揽秀; 三省通衢, "
        "文物保护单位, 非遗名录): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xingyi_finance_level_in_answers(),
    xingyi_jingnan_town_list(),
    xingyi_nahui_village_list(),
    xingyi_natural_resources_screening(),
    xingyi_transport_bureau_posts(),
    xingyi_dingxiao_clinic_group_rows(),
    xingyi_maling_school_selfchecks(),
    xingyi_culture_tourism_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1054-inbox"))
