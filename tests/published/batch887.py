"""The eight-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通运输
bodies, 叶城县 (of 喀什地区, 新疆维吾尔自治区) — its 交通运输局, 公路管理站, 道路运输管理所,
交通运输综合行政执法大队, 农村公路养护中心, 交通建设工程质量监督站, 柯克亚乡交通管理站 and 公路超限运输检测站
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公路管理站's 一览表 under ``附件2`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged per
  person, ``…风险`` types, ``一级/二级/三级``;
- the 道路运输管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, a ``所在股室`` line,
  高/中/低, no type column, a 持卡人 line;
- the 交通运输综合行政执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, no
  names, no type column;
- the 农村公路养护中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``风险类别`` (short names), ``★★★/★★/★`` read by a ``注：`` line;
- the 交通建设工程质量监督站's 自查表: ``科室 | 岗位 | 责任人`` on EVERY row, ``高风险/中风险/低风险``,
  ``自查情况``, a sign-off line;
- the 柯克亚乡交通管理站's 一览表: ``岗位 | 姓名`` merged per person (no 科室 column), ``一级风险/二级风险/
  三级风险``, a ``注：`` line;
- the 公路超限运输检测站's 登记表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``班组`` (``班组`` merged, ``岗位 | 姓名`` merged per person), ``风险类型`` (``…风险``), 高/中/低.

One is harder:

- ``yecheng_transport_bureau_three_lists``: the 交通运输局's 权责清单与廉政风险防控清单 “三单合一”, a
  TWO-ROW heading whose upper row bands the columns ``权力清单`` (``职权名称 | 职权类型 | 承办股室``),
  ``责任清单`` (``责任岗位 | 责任人 | 责任事项``) and ``风险防控清单`` (``廉政风险点 | 风险等级 | 防控措施``),
  ``序号`` merged down both heading rows; ONE ROW A POINT, the 职权 (its ``序号``, 名称, 类型 and 承办股室)
  merged down over its two or three rows, each row naming its own 责任岗位 and 责任人 and a duty
  (``责任事项``, not a point); the ``职权类型`` (行政许可, 行政处罚, 行政检查, 其他行政权力) is no risk
  type. The README's 读得懂的表 knows two-row headings (``风险评估`` over ``主要问题 | 风险等级``), 职权
  tables stacked with ``职权名称 | … | 职权类别`` label rows above each, a ``职权编码`` looked up in a
  ``职权目录`` sheet, and a list keyed by 业务事项 with a 分工 table; it does not describe a 权力清单 |
  责任清单 | 风险防控清单 band heading over one row a point, the 职权 merged over its points.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通运输局 — 交通建设投资, 国省干线
大中修, 农村公路, 道路安保工程, 客运站改造; 喀什地区 交通建设 — G219 恰热克至叶城, 砂砾换填质量; a 执法中队's
出租车 checks — 从业资格证, 道路运输证, 服务监督卡; a 县交通综合执法大队's 专项行动 — 黑车, 计价器, 拒载;
南疆 农村公路 — 乡镇通沥青路, 建制村通硬化路, 复工; a paper on 公路工程建设领域 腐败 — 招投标, 计量, 变更;
乡镇交通安全管理站 — 宣传教育, 隐患排查, 农村道路养护; a 治超 story — 超限率, 称重, 卸载) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 霍 and 邢 with rare given names); every unit is a body of 叶城县.

Run ``python tests/published/score.py --set batch887`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row is one point of the row's ``责任岗位`` and ``责任人``, its 科室 the
  ``承办股室`` merged beside it; ``职权名称`` is the matter, ``职权类型`` no risk type (the file has no
  type column), ``责任事项`` a duty, not a point; one form a holder (each holder stands under one 股室
  only);
- ``中心领导``, ``站领导`` (a group row) are the 科室 of those leaders; the 检测站's leaders (sheet ``站领导``,
  no 班组 column) and the 柯克亚乡 station's staff (no 科室 column) have no 科室; a 中队, 班组 or 股 is a
  科室; the cards' holders have the 科室 their card names (``所在股室``);
- 局长, 站长, 所长, 主任, 大队长, 副站长, 副所长, 副主任, 副大队长 and 党支部书记 are leaders; 股长, 中队长,
  班组长 and 办公室主任 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
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

PREFIX = "b887_"
PLACE = "叶城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# per 职权: (name, kind, 股室, rows); a row: (post, holder, tier, duty, point, level, measures)
POWERS = [
    ("道路运输经营许可", "行政许可", "运输股", [
        ("股长", "霍澂岫", "middle", "负责审核申请材料、提出许可意见",
         "对不符合车辆、人员条件的申请人违规出具许可意见", "一级", "许可条件逐项核对，审核意见与材料一并存档。"),
        ("科员", "邢琚翃", "general", "负责受理申请、一次性告知",
         "受理中故意刁难或为熟人简化材料", "二级", "受理一律在政务服务窗口办理，限时办结。"),
    ]),
    ("农村公路建设项目计量支付", "其他行政权力", "建设股", [
        ("股长", "霍珺泷", "middle", "负责组织计量审核",
         "对未完成或不合格工程量签认计量", "一级", "计量与监理、跟踪审计三方共同现场核量。"),
        ("科员", "邢昶琊", "general", "负责计量资料汇总",
         "虚增砂砾换填、路基土方工程量", "一级", "隐蔽工程留存影像，资料与现场抽查比对。"),
        ("股长", "霍珺泷", "middle", "负责设计变更初审",
         "设计变更不按程序报批、化整为零", "二级", "变更分级审批，重大变更经局党组会研究。"),
    ]),
    ("道路运输违法行为行政处罚", "行政处罚", "法制股", [
        ("股长", "霍砺岑", "middle", "负责案件法制审核",
         "法制审核走过场，对处罚裁量畸轻畸重不纠正", "二级", "执行裁量基准，重大案件集体讨论。"),
        ("科员", "邢湛珝", "general", "负责罚没款收缴登记",
         "罚没款不按规定缴入国库", "二级", "罚没款一律通过非税收入系统缴库，每月对账。"),
    ]),
    ("公路安全生命防护工程检查", "行政检查", "安全股", [
        ("股长", "霍翾琰", "middle", "负责组织检查、下达整改通知",
         "检查中接受施工单位宴请，对隐患不下达整改", "三级", "检查两人以上，整改通知编号登记、跟踪销号。"),
    ]),
]  # fmt: skip


def yecheng_transport_bureau_three_lists() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("三单合一", [6, 18, 10, 10, 8, 9, 20, 34, 9, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}权责清单与廉政风险防控清单（“三单合一”）", 10)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年6月", 10)
    top = sh.add("序号", "权力清单", None, None, "责任清单", None, None, "风险防控清单", None, None)
    sh.add(None, "职权名称", "职权类型", "承办股室", "责任岗位", "责任人", "责任事项", "廉政风险点", "风险等级",
           "防控措施")  # fmt: skip
    sh.merge(top, 0, top + 1, 0)
    for c in (1, 4, 7):
        sh.merge(top, c, top, c + 2)
    for i, (name, kind, dept, rows) in enumerate(POWERS, 1):
        first = len(sh.rows)
        for j, (post, who, tier, duty, point, lv, measures) in enumerate(rows):
            power = (i, name, kind, dept) if j == 0 else (None,) * 4
            sh.add(*power, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        last = len(sh.rows) - 1
        if last > first:
            for c in range(4):
                sh.merge(first, c, last, c)
    sh.add("编制：办公室", None, None, "审核：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "yecheng_transport_bureau_three_lists", "http://www.deyang.gov.cn/xwdt/gxdt/921601.htm",
        "(harder) 县交通运输局 权责清单与廉政风险防控清单 “三单合一”, after the source's 县交通运输局 (交通建设投资, 国省干线"
        "大中修, 农村公路, 道路安保工程, 汽车客运站改造): a title, a 填报单位 line, a TWO-ROW heading: ``序号`` merged "
        "down, ``权力清单`` merged over 职权名称/职权类型/承办股室, ``责任清单`` over 责任岗位/责任人/责任事项, "
        "``风险防控清单`` over 廉政风险点/风险等级/防控措施; ONE ROW A POINT, the 职权's 序号/名称/类型/承办股室 merged "
        "down over its rows, each row its own 责任岗位 and 责任人 (one 股长 on two rows of one 职权); ``一级/二级/三级``; "
        "no risk type column (``职权类型`` is the power's kind); an 编制/审核/局长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yecheng_highway_station_list() -> dict:
    unit = f"{PLACE}公路管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "霍岫璟", "leader", "国省干线大中修工程施工单位选定个人说了算", "制度机制风险", "一级",
         "施工单位按招投标程序确定，站务会集体研究。"),
        ("站领导", "站长", "霍岫璟", "leader", "接受沿线施工企业宴请和礼金", "思想道德风险", "二级",
         "签订廉洁承诺书，节前廉洁提醒谈话。"),
        ("工程技术股", "股长", "邢珣翥", "middle", "路基砂砾换填质量检查走过场", "岗位职责风险", "一级",
         "换填段落逐段检测，检测报告留存备查。"),
        ("工程技术股", "股长", "邢珣翥", "middle", "交工验收中降低标准签认", "业务流程风险", "二级",
         "验收组不少于三人，验收资料全部归档。"),
        ("养护股", "技术员", "霍沨璘", "general", "日常养护材料进出库不登记、以少报多", "业务流程风险", "二级",
         "材料出入库双人签字，每季度盘点。"),
        ("养护股", "技术员", "霍沨璘", "general", "水毁抢修工程量虚报", "外部环境风险", "三级",
         "抢修前后影像对比，工程量经股长复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yecheng_highway_station_list",
        "https://jtyst.xinjiang.gov.cn/xjjtysj/mtkjt/202507/94ec8dcd8f2a40bb92b39c4570054445.shtml",
        "县公路管理站 岗位廉政风险防控一览表, after the source's 喀什地区 交通建设 (G219 恰热克至叶城段, 砂砾换填质量, "
        "路基, 完工里程): ``附件2``, a title, a merged 填报单位/填报时间 line, then 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


def yecheng_road_transport_cards() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "邢翦澜", "所长", "所领导", "leader", [
            ("出租汽车经营权配置不经集体研究", "高", "经营权配置方案经所务会研究，公开招标。"),
            ("为违规营运车辆说情、干预处理", "中", "说情干预事项一律登记报告。"),
        ]),
        ("从业资格股", "霍淏玙", "股长", "从业资格股", "middle", [
            ("从业资格证考试监考不严、替考", "高", "考试全程视频监控，考生人证核验。"),
            ("违规为不符合条件人员换发从业资格证", "中", "换证材料系统比对，双人审核。"),
            ("出租车驾驶员服务监督卡发放收取费用", "低", "监督卡免费发放，发放台账公开。"),
        ]),
        ("运政股", "邢璠岙", "科员", "运政股", "general", [
            ("道路运输证年审不见车、不核查", "中", "年审车辆到场检验，照片上传系统。"),
            ("营运车辆二级维护记录审核不严", "低", "维护记录与维修企业电子健康档案核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在股室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yecheng_road_transport_cards", "http://qz.fjsen.com/zt/2015-05/26/content_16141440.htm",
        "县道路运输管理所 岗位廉政风险防控卡, one sheet a person, after the source's 执法中队 出租车 checks (驾驶员从业"
        "资格证, 道路运输证, 服务监督卡, 排队候客): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在股室 line, then "
        "序号/风险点/风险等级 高/中/低/防控措施; a 持卡人（签字） line; no type column",
        sheets, t,
    )  # fmt: skip


def yecheng_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 12, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "中队", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("大队部", "大队长", "leader", "重大执法案件不经集体讨论决定", "Ⅰ级", "重大案件经集体讨论并法制审核。"),
        ("客运执法中队", "中队长", "middle", "查处“黑车”时以罚代管、选择性执法", "Ⅰ级",
         "执法全程记录仪记录，案件统一编号。"),
        ("客运执法中队", "中队长", "middle", "对出租车不按规定使用计价器问题不予立案", "Ⅱ级", "投诉举报逐件登记、限期办结。"),
        ("客运执法中队", "执法队员", "general", "违法扣留车辆、证件或擅自放行", "Ⅱ级", "扣车放车凭审批单，停车场台账核对。"),
        ("路政执法中队", "执法队员", "general", "路产损坏赔偿数额随意减免", "Ⅲ级", "赔偿按标准计算，减免报大队审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：大队部", None, "审核：", None, "2025年4月", None)
    return _layout(
        "yecheng_enforcement_brigade_posts",
        "http://changbai.gov.cn/zwgk/zwdt/zwdt/202405/t20240522_810285.html",
        "县交通运输综合行政执法大队 岗位廉政风险点排查表 对岗不对人, after the source's 县交通综合执法大队 专项行动 (执法组, "
        "客运站, 非法营运“黑车”, 计价器, 拒载, 索要高价): a title, 序号/中队 merged/岗位 merged per post/廉政风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yecheng_rural_road_centre_group_rows() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "霍瑧翎", "leader", [
                ("乡村道路养护工程发包不公开", "制度机制", "★★★", "养护工程公开比选，结果公示。"),
                ("养护补助资金分配向关系乡镇倾斜", "岗位职责", "★★", "补助资金按里程和考核结果分配。"),
            ]),
        ]),
        ("二、养护管理科", "养护管理科", [
            ("科长", "邢楙琤", "middle", [
                ("乡道、村道养护考核打分随意", "业务流程", "★★", "考核随机抽取路段，两人以上打分。"),
                ("建制村通硬化路复工项目验收把关不严", "岗位职责", "★★★", "验收邀请乡镇和村民代表参加。"),
            ]),
            ("养护员", "霍珮渝", "general", [
                ("巡查记录补记、虚记", "业务流程", "★", "巡查轨迹系统留痕，每月核对。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "邢骁琨", "general", [
                ("养护资金拨付不按合同进度", "外部环境", "★★", "拨付凭验收单和合同，主任审批。"),
                ("养护人员工资发放虚列人头", "思想道德", "★", "工资通过银行代发，名单公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("制表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "yecheng_rural_road_centre_group_rows",
        "https://wulumuqi.baogaosu.com/xinwen/%E5%8D%97%E7%96%86%E9%AB%98%E9%80%9F%E5%85%AC%E8%B7%AF%E5%B0%86%E8%BE%BE"
        "%E6%96%B0%E7%96%86%E5%8D%81%E4%B8%89%E4%BA%94/44168999",
        "县农村公路养护中心 廉政风险防控责任清单, after the source's 南疆 农村公路 (续建工程全面复工, 乡镇通沥青路, 建制村通"
        "硬化路, 农牧民群众受益): a title, 序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、养护管理科``, ``三、财务室`` merged across; 岗位 and 姓名 "
        "merged per person; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yecheng_quality_station_selfcheck() -> dict:
    unit = f"{PLACE}交通建设工程质量监督站"
    sh = _Sheet("自查表", [6, 12, 10, 10, 40, 10, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("站领导", "站长", "邢澍琪", "leader", "质量鉴定结论受建设单位干预", "高风险",
         "鉴定结论经站务会审定，报告签字负责。", "已落实"),
        ("站领导", "站长", "邢澍琪", "leader", "招投标环节为施工企业打招呼", "中风险",
         "严禁插手招投标，插手干预登记报告。", "未发现问题"),
        ("监督科", "监督员", "霍琛颐", "general", "现场抽检不按频率、抽检数据造假", "高风险",
         "抽检样品现场封存，检测数据系统上传。", "已落实"),
        ("监督科", "监督员", "霍琛颐", "general", "对违法分包问题发现不报", "中风险", "每次监督检查核对现场人员合同。",
         "已整改"),
        ("试验室", "试验员", "邢玥沅", "general", "试验报告代签、出具虚假报告", "中风险",
         "报告双人签字，试验原始记录存档。", "已落实"),
        ("试验室", "试验员", "邢玥沅", "general", "收取检测委托单位费用", "低风险", "检测费用统一缴入单位账户。",
         "未发现问题"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures, found) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, found)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("自查人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "yecheng_quality_station_selfcheck", "http://218.28.6.71:81/Qikan/Article/Detail?id=674360064",
        "县交通建设工程质量监督站 岗位廉政风险自查表, after the source's paper on 公路工程建设领域 反腐 (腐败案件数量, "
        "涉案金额, 公路建设投资, 治理对策): a title, 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a 自查人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def yecheng_kekeya_station_list() -> dict:
    unit = f"{PLACE}柯克亚乡交通管理站"
    sh = _Sheet("Sheet1", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "霍翮澐", "leader", "村道养护任务分派优亲厚友", "一级风险", "养护任务分派方案在站内公示。"),
        ("站长", "霍翮澐", "leader", "农村客运招呼站建设资金使用不规范", "二级风险", "资金使用报乡党委会研究。"),
        ("交通管理员", "邢琦翾", "general", "农村道路安全隐患排查台账不实", "二级风险", "隐患排查照片留存，乡分管领导抽查。"),
        ("交通管理员", "邢琦翾", "general", "交通安全宣传经费虚报", "三级风险", "宣传活动凭方案、照片报销。"),
        ("交通管理员", "霍湉珲", "general", "发现违法载人等行为不劝导、不报告", "三级风险", "劝导记录每周报站长。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 6)
    return _layout(
        "yecheng_kekeya_station_list", "http://www.fsou.net/html/text/lar/169885/16988559_1.html",
        "乡交通管理站 岗位廉政风险点一览表, after the source's 乡镇交通安全管理站 (交通安全宣传教育, 排查交通事故隐患, "
        "养护管理农村道路, 农村道路客运): a title, 序号/岗位 and 姓名 merged per person (no 科室 column)/廉政风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yecheng_overload_station_two_sheets() -> dict:
    unit = f"{PLACE}公路超限运输检测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 10, 18, 38, 13, 8, 32])
    _line(lead, f"{unit}站领导廉政风险防控登记表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("霍翊岷", "站长", "主持全面工作", [
            ("超限车辆处理结果受人情干预", "思想道德风险", "高", "处理结果每日公示，干预登记报告。"),
            ("检测设备维护单位选定不公开", "制度机制风险", "中", "维护服务比选确定，站务会研究。"),
        ]),
        ("邢岫琮", "副站长", "分管检测和卸载", [
            ("卸载货物保管、处置不登记", "业务流程风险", "中", "卸载货物登记造册，处置经站务会研究。"),
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
    crew = _Sheet("班组", [6, 12, 10, 10, 38, 13, 8, 32])
    _line(crew, f"{unit}班组岗位廉政风险防控登记表", 8)
    crew.add("序号", "班组", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("称重班", "班组长", "霍琭沄", "middle", "称重数据人为修改、降低超限率", "岗位职责风险", "高",
         "称重数据自动上传，不得人工修改。"),
        ("称重班", "班组长", "霍琭沄", "middle", "对超限车辆“人情放行”", "思想道德风险", "高", "车辆出站凭处理单，视频全程记录。"),
        ("称重班", "检测员", "邢翚岱", "general", "称重记录与车辆信息登记不一致", "业务流程风险", "中",
         "登记信息与抓拍照片比对。"),
        ("卸载班", "卸载员", "霍曦瑊", "general", "卸载货物私自变卖", "外部环境风险", "低", "卸载货物双人看管，出场登记。"),
    ]  # fmt: skip
    first = len(crew.rows)
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        crew.add(i, dept, post, who, point, typ, lv, measures)
        t.point(crew.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(crew, first, 1, 2, 3)
    crew.add("制表：", None, None, "审核：", None, "2025年4月", None, None)
    return _layout(
        "yecheng_overload_station_two_sheets", "http://minqi.cn/redian/2023/0207/14084.html",
        "县公路超限运输检测站 廉政风险防控登记表 in TWO SHEETS, after the source's 治超 story (超限超载, 超限率, 预检车道"
        "称重, 执法大队 巡逻): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 班组 with 班组 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, 防控措施",
        [lead, crew], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yecheng_transport_bureau_three_lists(),
    yecheng_highway_station_list(),
    yecheng_road_transport_cards(),
    yecheng_enforcement_brigade_posts(),
    yecheng_rural_road_centre_group_rows(),
    yecheng_quality_station_selfcheck(),
    yecheng_kekeya_station_list(),
    yecheng_overload_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch887-inbox"))
