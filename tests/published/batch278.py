"""The two-hundred-and-seventy-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the 乡镇, 街道, 村/社区 and
站所 of one county, 梓潼县 — its 文昌街道办事处 and the 街道's 梧桐社区, the 许州镇 槐荫村 and the 自强镇
石牛村股份经济合作社, the 长卿镇便民服务中心, the 黎雅镇畜牧兽医站, the 演武乡财政所 and the 卧龙镇
农业农村综合服务中心 — each handing back the 一览表, 清单, 自查表, 防控卡 or 排查表 its staff typed in WPS
or Excel:

- the 演武乡财政所's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``岗位`` and ``姓名``
  merged per person (no 科室 column: the 所 is the unit), a short ``风险点`` beside a long ``风险描述``,
  ``…风险`` types, 高/中/低, a ``注：`` line and a 填表人/审核人/所长 line;
- the 许州镇 槐荫村's 小微权力廉洁风险防控清单: ``权力事项 | 职务 | 姓名 | 廉洁风险点 | 风险等级 | 防控措施``,
  ``职务`` and ``姓名`` merged per person, 高/中/低, no type column, a 村务监督委员会 sign-off line;
- the 长卿镇便民服务中心's 自查表, one sheet a person (tabs named by the 窗口): ``姓　名 | … | 窗　口 | … |
  职　务 | …`` above ``序号 | 办理事项 | 廉洁风险点 | 风险等级 | 防控措施 | 自查结果``, ``一级/二级/三级``, no
  type column, ``自查人（签字）： | … | 中心负责人（签字）：``;
- the 黎雅镇畜牧兽医站's 防控卡, one sheet a holder (tabs 站长, 检疫员, 会计): ``姓　名 | … | 职　务 | …``
  and ``所在单位 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``持卡人（签字）： | … | 站长（签字）：``;
- the 梧桐社区's 排查表: ``岗位 | 责任人`` written on every row, ``工作事项 | 廉政风险点``, short types,
  ``一级/二级/三级``, a ``填报单位（盖章）：…社区居民委员会`` line and a 制表/审核/date line;
- the 文昌街道办事处's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作``) and ``内设机构``
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types, 高/中/低;
- the 石牛村股份经济合作社's 清单 under GROUP ROWS ``一、董事会`` … ``三、财务室`` merged across (no 科室
  column): ``岗位 | 姓名`` merged per person, the risk, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``zitong_wolong_agri_center_scores``: the 卧龙镇农业农村综合服务中心's 一览表 as a 县纪委 template of
  风险评估 asks it, where each point is SCORED, not graded: ``序号 | 站所 | 岗位 | 姓名 | 廉政风险点 |
  发生可能性 | 危害程度 | 防控措施``, the two score columns holding ``1``–``3`` each, and NO level column
  and no 风险值 column: a ``注：`` line under the table says ``风险值＝发生可能性×危害程度；风险值6—9为
  高风险（一级），3—4为中风险（二级），1—2为低风险（三级）``. The level is the band of the PRODUCT of
  two cells of the row. The README's 读得懂的表 knows a ``风险值`` column banded by a note
  (``风险值6—9为高风险``), a number read by a note (``3为高风险``) and ``自查 | 审定`` pairs of level
  columns; it does not describe a level that is only to be computed from two score columns.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡 财政所 opening a 小型农田水利
资金专户 — 专项管理、专款专用; a 镇纪委's 清廉乡村 and its 村 小微权力清单 — 村级重大决策事项, 招投标管理
事项, 财务管理事项; a 镇便民服务中心's 延时服务 at its 窗口; a 镇(街)动监分所 witnessing 病死猪 无害化
处理 for the 补助 — 养殖档案, 现场监督, 登记表 签字; a 社区's 8 干部 套取 残疾人 ``阳光家园`` 补助资金 —
考勤表, 补贴发放清单, 现金支付; a 街道 托管 its 社区资产 — 50元、200元 审批; a 市 村委会组织法 修订 and
the 集体经济组织 产权制度改革 — 股东会、董事会、监事会; a 区 农田水利 ``最后一公里`` 区级验收 — 排涝站,
灌溉渠系, 设计、施工、监理) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare surnames with rare given
names); every unit is a body of 梓潼县.

Run ``python tests/published/score.py --set batch278`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the band of 发生可能性 × 危害程度 as the ``注：`` defines
  it (6—9 → 1, 3—4 → 2, 1—2 → 3); the two score cells are no point and no level of their own;
  ``中心领导`` in its 站所 column is the 科室 of the 中心's leaders; 水利站, 农经站 and 农技站 are 科室;
- a 所, 站, 中心, 社区, 村 and 合作社 here is a unit of its own: its 所长/副所长, 站长, 中心主任/副主任,
  社区党委书记, 居委会主任, 村党支部书记, 村委会主任 and 董事长 are leaders; the 主任 of a 街道's 办, the
  居委会副主任, the 村务监督委员会主任 and the 合作社's 监事长 middle; the rest (会计, 出纳, 专管员,
  窗口经办员, 检疫员, 民政专干, 残疾人专职委员, 网格员, 村报账员, 村文书, 董事, 技术员, 农经员, 农技员,
  城管队员, 科员) general; a 街道's 书记, 主任 and 副主任 leaders;
- the 财政所, 槐荫村, 畜牧兽医站 and 梧桐社区 files have no 科室 (department ""); the 便民服务中心's
  窗口 are its 科室 (``民政窗口`` …, the 主任's card ``中心领导``); ``领导班子`` (the sheet, its title
  ``…街道办事处领导班子…``) and ``董事会``/``监事会``/``财务室`` (group rows) are 科室;
- ``权力事项``, ``工作事项``, ``办理事项``, ``分管工作`` and ``自查结果`` are no points and name no holder;
  ``风险点 | 风险描述``: the point is the short 风险点;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``高/中/低`` and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b278_"
PLACE = "梓潼县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def band(likely: int, harm: int) -> int:
    """The level of a scored point: 风险值 = 可能性 × 危害程度, 6—9 → 1, 3—4 → 2, 1—2 → 3."""
    value = likely * harm
    return 1 if value >= 6 else 2 if value >= 3 else 3


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (站所, 岗位, 姓名, tier, [(廉政风险点, 发生可能性, 危害程度, 防控措施)])
AGRI_POSTS = [
    ("中心领导", "主任", "郗蘅岫", "leader", [
        ("农田水利项目验收不经集体研究，个人签署验收意见", 2, 3, "验收意见经中心集体研究，设计、施工、监理三方到场"),
        ("为亲友承揽村级小型水利工程打招呼", 2, 2, "插手干预工程事项登记报告，季度报镇纪委"),
    ]),
    ("中心领导", "副主任", "昝沅璆", "leader", [
        ("惠农补贴资金审核把关不严", 2, 2, "补贴名册逐户核对，公示无异议后拨付"),
    ]),
    ("水利站", "站长", "璩溆翀", "middle", [
        ("排涝站、灌溉渠系工程量签证虚增", 3, 3, "工程量双人现场计量，签证附影像资料"),
        ("工程质量检查走过场，对偷工减料不纠正", 2, 3, "质量检查记录存档，隐蔽工程验收留影像"),
        ("水利设施管护经费使用不规范", 1, 2, "管护经费按合同支付，年终审计"),
    ]),
    ("水利站", "技术员", "隗珣蓠", "general", [
        ("验收测量数据随意填写", 2, 2, "测量数据现场签字确认，不得事后补填"),
        ("接受施工单位宴请、礼品", 1, 2, "签订廉洁承诺书，节前开展廉洁提醒"),
    ]),
    ("农经站", "站长", "笪韫岚", "middle", [
        ("村级“三资”审计发现问题不报告", 2, 3, "审计报告经中心审定，问题清单报镇纪委"),
        ("农村土地承包经营权流转合同审查不严", 1, 3, "流转合同统一文本，审查意见留存"),
    ]),
    ("农经站", "农经员", "勾璎沣", "general", [
        ("村级财务代理记账中白条入账", 2, 2, "原始凭证审核登记，白条一律退回"),
    ]),
    ("农技站", "农技员", "戢瑀潆", "general", [
        ("农资补贴、良种推广对象确定中优亲厚友", 1, 1, "推广对象村级评议并公示"),
        ("农技培训经费虚报参训人数", 1, 2, "培训签到表与影像资料一并报账"),
    ]),
]  # fmt: skip


def zitong_wolong_agri_center_scores() -> dict:
    unit = f"{PLACE}卧龙镇农业农村综合服务中心"
    sh = _Sheet("一览表", [6, 10, 8, 10, 40, 10, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年4月", 8)
    sh.add("序号", "站所", "岗位", "姓名", "廉政风险点", "发生可能性", "危害程度", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in AGRI_POSTS:
        for point, likely, harm, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, likely, harm, measures)
            t.point(sh.name, dept, post, who, tier, point, [], band(likely, harm))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：发生可能性、危害程度按1—3分评定（3分最高）；风险值＝发生可能性×危害程度；风险值6—9为高风险"
          "（一级），3—4为中风险（二级），1—2为低风险（三级）。", 8)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "zitong_wolong_agri_center_scores", "https://dgxww.gov.cn/portal/article/index.html?id=11834236",
        "(harder) 镇农业农村综合服务中心 岗位廉政风险防控一览表, after the source's 区 农田水利 ``最后一公里`` 区级验收 (灌溉渠系, "
        "排水沟, 排涝站, 设计、施工、监理, 工程资料): a title, a merged ``填报单位（盖章）：…　填报时间：2025年4月`` line, then "
        "序号/站所 merged (中心领导, 水利站, 农经站, 农技站)/岗位 and 姓名 merged per person/廉政风险点/``发生可能性``/``危害程度`` "
        "(scores 1—3)/防控措施: NO level column and no 风险值 column; the merged ``注：`` line says 风险值＝发生可能性×危害程度 "
        "and bands it 6—9 高风险（一级）, 3—4 中风险（二级）, 1—2 低风险（三级）; no type column; a 填表人/审核人/中心主任 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zitong_yanwu_finance_office_list() -> dict:
    unit = f"{PLACE}演武乡财政所"
    sh = _Sheet("一览表", [6, 12, 10, 18, 36, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年3月", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "谯芷翥", "leader", [
            ("资金专户管理", "小型农田水利等专项资金不入专户，挤占挪用", "制度机制风险", "高",
             "专项资金专户管理、专款专用，拨付经乡党政联席会研究。"),
            ("大额资金拨付", "大额资金拨付不经集体研究，个人审批", "岗位职责风险", "高",
             "执行“三重一大”集体决策制度，拨付凭证双签。"),
        ]),
        ("副所长", "厍崧沅", "leader", [
            ("村账乡代管审核", "对村级报账单据审核不严，白条抵账", "业务流程风险", "中",
             "村级报账单据逐笔审核，问题单据退回并登记。"),
        ]),
        ("会计", "蒯漪翾", "general", [
            ("会计核算", "虚列支出、调整科目掩盖违规开支", "思想道德风险", "中",
             "会计凭证所长审签，季度与账户对账。"),
            ("票据管理", "财政票据领用、核销不及时", "制度机制风险", "低", "票据领用核销登记，年度清查。"),
        ]),
        ("出纳", "帅璟沄", "general", [
            ("现金管理", "坐支现金，公款私存", "岗位职责风险", "高", "现金日清月结，库存现金不定期盘点。"),
        ]),
        ("惠农资金专管员", "郜珩蘩", "general", [
            ("一卡通发放", "惠农补贴发放对象与公示名单不符，虚报冒领", "外部环境风险", "高",
             "补贴名单与户籍、公示名单比对，发放结果回访。"),
            ("信息变更", "擅自变更补贴对象银行账户", "业务流程风险", "中", "账户变更须本人申请并经所长审批。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "zitong_yanwu_finance_office_list", "http://www.cnbzol.com/news/2015052715725.htm",
        "乡财政所 岗位廉政风险防控一览表, after the source's 乡 小农水 项目 (乡财政所 设立 小型农田水利建设资金专户, 专项管理、"
        "专款专用, 资金管理及检查): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年3月`` line, then 序号/岗位 "
        "and 姓名 merged per person (no 科室 column)/a short 风险点/a long 风险描述/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a ``注：`` line and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def zitong_xuzhou_village_power_list() -> dict:
    unit = f"{PLACE}许州镇槐荫村"
    sh = _Sheet("清单", [6, 16, 14, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉洁风险防控清单", 7)
    sh.add("序号", "权力事项", "职务", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "禤翙崟", "leader", [
            ("村级重大决策事项", "重大事项不经“四议两公开”程序，个人决定", "高", "重大事项按“四议两公开”办理，会议记录存档。"),
            ("村级招投标管理事项", "村级工程发包指定施工队伍", "高", "村级工程按规定公开招标或竞争性比选，结果公示。"),
        ]),
        ("村委会主任", "逄岫琛", "leader", [
            ("集体资产资源处置", "集体资产低价出租、发包，优亲厚友", "高", "资产资源发包公开竞价，合同报镇农经站备案。"),
            ("宅基地申请审核", "对不符合条件的宅基地申请出具同意意见", "中", "宅基地申请村民代表会议评议并张榜公示。"),
        ]),
        ("村报账员", "鄢珝芃", "general", [
            ("村级财务管理事项", "报账单据不全即报账，白条入账", "中", "报账单据经村务监督委员会审核签字。"),
            ("村级财务管理事项", "集体资金转入个人账户", "高", "村级资金一律通过对公账户结算。"),
        ]),
        ("村文书", "员霁蘅", "general", [
            ("村级印章使用", "未经审批使用村级印章出具证明", "中", "印章使用登记，出具证明由书记审签。"),
            ("困难补助申请", "困难补助申请材料审核不实", "低", "入户核实，评议结果公示七天。"),
        ]),
        ("村务监督委员会主任", "亓漪琮", "middle", [
            ("村务监督", "对村级财务收支审核签字走过场", "中", "每月审核村级收支，审核意见在村务公开栏公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for item, point, lv, measures in points:
            n += 1
            sh.add(n, item, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 2, 3)
    sh.add("村党支部（盖章）", None, None, "村务监督委员会（签字）：", None, "2025年5月", None)
    return _layout(
        "zitong_xuzhou_village_power_list", "http://jwjcj.yy.gov.cn/art/2022/10/26/art_1229579086_7195.html",
        "村 小微权力廉洁风险防控清单, after the source's 镇纪委 清廉乡村 (小微权力清单 with 村级重大决策事项, 村级招投标管理事项, "
        "村级财务管理事项; 廉政公约, 村民自治规章): a title, then 序号/``权力事项``/``职务`` and 姓名 merged per person/廉洁风险点/"
        "风险等级 高/中/低/防控措施; no 科室, no type column; a ``村党支部（盖章） | 村务监督委员会（签字）： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def zitong_changqing_service_center_selfchecks() -> dict:
    unit = f"{PLACE}长卿镇便民服务中心"
    t = _Truth(unit)
    people = [
        ("中心领导", "邰沣璎", "中心领导", "主任", "leader", [
            ("窗口人员管理", "对窗口人员推诿、刁难群众的问题不处理", "二级", "设立意见簿和投诉电话，投诉当日核查。", "已落实"),
            ("延时服务安排", "延时服务记录不实，虚报加班补助", "三级", "延时服务登记，补助按登记核发。", "未发现问题"),
        ]),
        ("民政窗口", "暴翥岚", "民政窗口", "窗口经办员", "general", [
            ("低保申请受理", "低保申请受理时收受好处", "一级", "申请材料一次性告知，受理结果网上可查。", "未发现问题"),
            ("临时救助", "临时救助金发放对象不实", "一级", "救助对象入户核查，发放名单公示。", "已落实"),
            ("残疾人两项补贴", "补贴申请审核不及时，故意拖延", "二级", "限时办结，超时自动提醒。", "已整改"),
        ]),
        ("社保窗口", "荆琬沨", "社保窗口", "窗口经办员", "general", [
            ("养老保险待遇资格认证", "为已死亡人员代办资格认证，冒领待遇", "一级", "与殡葬、公安数据比对，认证影像留存。", "未发现问题"),
            ("营业执照代办", "代办营业执照收取费用", "三级", "代办一律免费，收费标准上墙公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 18, 36, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add("姓　名", who, "窗　口", dept, "职　务", post)
        sh.add("序号", "办理事项", "廉洁风险点", "风险等级", "防控措施", "自查结果")
        for i, (item, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, item, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "中心负责人（签字）：", None, "2025年6月")
        sheets.append(sh)
    return _layout(
        "zitong_changqing_service_center_selfchecks", "https://i.xpaper.net/hnrbncb/news/8364/48958/250523-1.shtml",
        "镇便民服务中心 岗位廉洁风险自查表, one sheet a person (tabs 中心领导, 民政窗口, 社保窗口), after the source's 镇便民服务中心 "
        "(服务民生的单位集中办公, 延时服务, 营业执照, 数据多跑路): a title, ``姓　名 | … | 窗　口 | … | 职　务 | …`` on one row, then "
        "序号/``办理事项``/廉洁风险点/风险等级 ``一级/二级/三级``/防控措施/``自查结果``; no type column; a blank row and "
        "``自查人（签字）： | 中心负责人（签字）： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def zitong_liya_vet_station_cards() -> dict:
    unit = f"{PLACE}黎雅镇畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "眭翀澧", "站长", "leader", [
            ("病死猪无害化处理补助审核把关不严，虚增头数", "制度机制", "Ⅰ级", "补助申报与养殖档案、监管档案核对，现场影像存档。"),
            ("强制免疫疫苗分配不公", "岗位职责", "Ⅱ级", "疫苗分配按存栏量计算，分配表公示。"),
            ("防疫员劳务补助发放不实", "思想道德", "Ⅱ级", "补助按考核结果发放，名单公示。"),
        ]),
        ("检疫员", "仝珣澈", "检疫员", "general", [
            ("产地检疫不到现场即出具检疫证明", "业务流程", "Ⅰ级", "检疫出证系统定位签到，证明随机抽查。"),
            ("无害化处理现场监督不到位", "岗位职责", "Ⅰ级", "两人以上现场监督，登记表监管人员和场主签字。"),
            ("接受养殖场主宴请", "外部环境", "Ⅲ级", "签订廉洁承诺书，监督电话公开。"),
        ]),
        ("会计", "汲婳琇", "会计", "general", [
            ("动物防疫经费报账单据审核不严", "制度机制", "Ⅱ级", "报账单据站长审签，年度审计。"),
            ("疫苗出入库账实不符", "业务流程", "Ⅲ级", "疫苗出入库登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [6, 40, 10, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("所在单位", unit, "填卡时间", "2025年4月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "站长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "zitong_liya_vet_station_cards", "http://www.sh-joy.com/xfrx/rdhy/sxmsyj/content/post_1888317.html",
        "镇畜牧兽医站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 检疫员, 会计), after the source's 镇(街)动监分所 at the 病死猪 "
        "无害化处理 补助 (养殖档案、监管档案 如实记录, 现场监督 并采集影视资料, 登记表 监管人员和场主 签字): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在单位 | … | 填卡时间 | …``, then 序号/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "a blank row and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def zitong_wutong_community_check() -> dict:
    unit = f"{PLACE}文昌街道梧桐社区"
    sh = _Sheet("排查表", [6, 14, 10, 16, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}居民委员会{GAP * 8}填报时间：2025年5月", 8)
    sh.add("序号", "岗位", "责任人", "工作事项", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "揭澍蘅", "leader", "补助资金管理", "残疾人“阳光家园”补助资金集体套取发放福利",
         "思想道德", "一级", "补助资金专款专用，街道纪工委季度检查。"),
        ("社区党委书记", "揭澍蘅", "leader", "社区资产管理", "社区资产出租收入不入账", "制度机制", "一级",
         "资产出租合同报街道备案，收入进入社区账户。"),
        ("居委会主任", "雍沅琤", "leader", "社区开支审批", "超过审批权限的开支不报街道审批", "业务流程", "二级",
         "50元以上开支报街道审批，200元以上经街道主要领导研究。"),
        ("居委会副主任", "浦翎澜", "middle", "低保入户调查", "入户调查不实，评议走过场", "岗位职责", "一级",
         "入户调查两人以上，评议结果张榜公布。"),
        ("残疾人专职委员", "巢琦沄", "general", "阳光家园考勤", "虚增考勤人数，多报工作补贴", "岗位职责", "一级",
         "考勤表与签到影像核对，补贴按实到人数发放。"),
        ("残疾人专职委员", "巢琦沄", "general", "补贴发放", "补贴以现金发放，不留签领记录", "制度机制", "二级",
         "补贴一律打卡发放，不得现金支付。"),
        ("民政专干", "冉霂翚", "general", "临时救助", "临时救助对象优亲厚友", "外部环境", "二级",
         "救助对象居民代表评议并公示。"),
        ("网格员", "戚珞泓", "general", "网格信息采集", "泄露居民个人信息", "岗位职责", "三级",
         "信息系统分级授权，签订保密承诺。"),
    ]  # fmt: skip
    for n, (post, who, tier, item, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, item, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zitong_wutong_community_check", "https://vet.scau.edu.cn/sydj/2019/1121/c8009a205235/page.htm",
        "社区 廉政风险点排查表, after the source's 通报 of a 街道 社区's 8 社区干部 集体套取 残疾人 ``阳光家园`` 庇护中心 补助资金 "
        "(工作考勤表, 补贴发放清单, 现金支付, 街道纪工委 核查): a title, a merged ``填报单位（盖章）：…社区居民委员会　填报时间："
        "2025年5月`` line, then 序号/岗位/``责任人`` written on EVERY row (no merges)/``工作事项``/廉政风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``制表： | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def zitong_wenchang_subdistrict_two_sheets() -> dict:
    unit = f"{PLACE}文昌街道办事处"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 12, 20, 36, 13, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控清单", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("阙翛岑", "党工委书记", "主持党工委全面工作", [
            ("社区资产托管、处置不经集体研究", "制度机制风险", "高", "社区资产处置经党工委会研究并公示。"),
            ("干部选拔任用中打招呼", "思想道德风险", "高", "干部任用全程纪实，动议人选集体酝酿。"),
        ]),
        ("詹沨琰", "办事处主任", "主持办事处全面工作", [
            ("大额资金使用个人决定", "岗位职责风险", "高", "执行“三重一大”制度，大额资金集体决策。"),
        ]),
        ("钮翊澂", "副主任", "分管城市管理办、社会事务办", [
            ("城市管理执法中说情打招呼", "外部环境风险", "中", "说情打招呼事项登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "领导班子", post, who, "leader", point, types_in(typ), HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    staff = _Sheet("内设机构", [6, 14, 10, 10, 36, 13, 8, 32])
    _line(staff, f"{unit}内设机构岗位廉政风险防控清单", 8)
    staff.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政办", "主任", "佘璟翀", "middle", [
            ("公务接待超标准", "制度机制风险", "中", "公务接待审批单、清单、发票三单一致。"),
            ("办公用品采购不比价", "业务流程风险", "低", "采购三家比价，验收与采购分离。"),
        ]),
        ("社会事务办", "主任", "戴蓁漪", "middle", [
            ("城乡低保审核审批不严", "岗位职责风险", "高", "低保审核入户抽查不少于三成，结果公示。"),
        ]),
        ("社会事务办", "科员", "蓟珏翾", "general", [
            ("残疾人补贴资金发放审核把关不严", "岗位职责风险", "高", "补贴名册与考勤、签领记录核对。"),
            ("社区托管资金报账审核走过场", "业务流程风险", "中", "社区报账逐笔审核，超权限开支退回。"),
        ]),
        ("城市管理办", "主任", "宦岷澈", "middle", [
            ("占道经营查处畸轻畸重", "制度机制风险", "中", "严格执行处罚裁量基准，案件集体审核。"),
        ]),
        ("城市管理办", "城管队员", "谈翚漪", "general", [
            ("执法中接受商户吃请、收受财物", "思想道德风险", "中", "执法记录仪全程记录，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(staff, first, 1, 2, 3)
    _line(staff, "注：风险等级分为高、中、低三级。", 8)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "zitong_wenchang_subdistrict_two_sheets", "https://www.soulun.net/periodical/c4a42a28e667b541e9eb51986eef8741.html",
        "街道办事处 廉政风险防控清单 in two sheets, after the source's 街道 托管 社区资产 (社区账户, 50元以下 社区自行决定, 50元以上 "
        "报街道, 200元以上 街道主要领导研究): ``领导班子`` — a title ``…街道办事处领导班子廉政风险防控清单``, 序号/``姓名 | 职务 | "
        "分管工作`` merged per leader/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; ``内设机构`` — a title, 序号/科室 "
        "merged (党政办, 社会事务办, 城市管理办)/岗位 and 姓名 merged per person/廉政风险点/风险类型/风险等级/防控措施, a ``注：`` "
        "line and a 填表人/审核人/date line",
        [lead, staff], t,
    )  # fmt: skip


def zitong_shiniu_coop_groups() -> dict:
    unit = f"{PLACE}自强镇石牛村股份经济合作社"
    sh = _Sheet("清单", [6, 12, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、董事会", "董事会", [
            ("董事长", "宓翮澜", "leader", [
                ("集体经营性资产出租不经股东代表大会", "一级风险", "资产出租方案经股东代表大会表决，结果公示。"),
                ("股份分红方案向特定关系人倾斜", "一级风险", "分红方案按股权份额测算，镇农经站审核。"),
            ]),
            ("董事", "莘沄璋", "general", [
                ("董事会决议执行中擅自变更", "二级风险", "决议执行情况在董事会通报。"),
            ]),
        ]),
        ("二、监事会", "监事会", [
            ("监事长", "厉琨蘅", "middle", [
                ("财务监督签字走过场", "二级风险", "每季度审核收支，监督意见书面留存。"),
                ("对董事会违规决策不提出异议", "三级风险", "监事列席董事会，异议记录在案。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "郦绾澍", "general", [
                ("集体收入不入账，设立账外账", "一级风险", "收入统一进入合作社对公账户，镇代理记账。"),
            ]),
            ("出纳", "匡沐骞", "general", [
                ("收取租金不开票，截留挪用", "一级风险", "租金一律对公转账，收款开具票据。"),
                ("备用金超限额", "三级风险", "备用金限额管理，月末盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for heading, dept, people in groups:
        _line(sh, heading, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险最高。", 6)
    sh.add("编制：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zitong_shiniu_coop_groups", "http://xmwb.xinmin.cn/html/2016-11/24/content_3_1.htm",
        "村股份经济合作社 岗位廉洁风险防控清单, after the source's 村委会 职能转变 and 农村集体经济组织 产权制度改革 (资产变股权、"
        "农民当股东, 按份共有, 分红, 股东会、董事会、监事会): a title, then 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、董事会``, ``二、监事会``, ``三、财务室`` merged across (no 科室 column), 岗位 and "
        "姓名 merged per person; no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zitong_wolong_agri_center_scores(),
    zitong_yanwu_finance_office_list(),
    zitong_xuzhou_village_power_list(),
    zitong_changqing_service_center_selfchecks(),
    zitong_liya_vet_station_cards(),
    zitong_wutong_community_check(),
    zitong_wenchang_subdistrict_two_sheets(),
    zitong_shiniu_coop_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch278-inbox"))
