"""The eight-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport and
highway bodies, 麻阳苗族自治县 (of 怀化市, 湖南省) — its 交通运输局, 公路建设养护中心, 道路运输服务中心,
交通建设质量安全监督站, 交通运输综合行政执法大队 and two 乡镇交通管理站 (锦和镇, 吕家坪镇) — each handing
back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 道路运输服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 交通建设质量安全监督站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 公路建设养护中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 交通运输综合行政执法大队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 锦和镇交通管理站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 吕家坪镇交通管理站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``mayang_rural_road_station_holders_in_comments``: the 农村公路管理站's 岗位廉政风险点排查表, typed from
  a 对岗不对人 template (``序号 | 股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, no 姓名 column) and, when
  the names were asked for, completed WITHOUT touching the table: each merged 岗位 cell carries an Excel
  CELL COMMENT (批注) ``责任人：<name>``, and a ``注：各岗位责任人见“岗位”栏批注。`` line under the table
  says so; two 养护股 posts are both ``养护员`` and told apart only by their comments. The README's
  读得懂的表 reads comments holding measures (``防控措施：…``, ``MEASURES_IN_COMMENTS``) and says a name
  in a comment is no measure; it does not describe a holder written only in a comment on the post cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no earlier
batch cited; the pages describe their subject in prose (“四好农村路” 建设 — 招投标, 工程质量, 公路养护,
资金拨付; a 州 纪委监委 on 农村公路 廉政风险清单 — 规划, 建设, 竣工验收; a 市 纪委监委 on 农村公路 建管养运;
a 高速公路执法大队 on 专项整治 — 营运单位, 施工单位, 运输单位; a paper on 公路建设 审计 — 资金, 贪污舞弊;
a 市 交通运输局 规范执法大检查 — 执法文书, 说理式执法; 交通运输执法领域突出问题专项整治 — 乱罚款, 趋利执法;
a 公路 施工说明书 page) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 滕 and 舒 with rare given
names); every unit is a body of 麻阳苗族自治县.

Run ``python tests/published/score.py --set batch861`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the comment ``责任人：<name>`` on a merged 岗位 cell names the holder of every row
  that cell spans (post from the cell, 股室 from its row, one form a holder); the ``注：`` line and the
  编制/审核 line are no points; the comment's author (``纪检组``) is no holder;
- ``局领导``, ``中心领导``, ``站领导`` and ``大队领导`` (a 科室 cell, a group row) are the 科室 of those
  leaders; the 交通运输局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 主任, 副主任 (of a 中心), 站长, 副站长, 大队长 and 副大队长 are leaders; 股长 and a 中队's
  中队长 middle; the rest (股员, 会计, 出纳, 监督员, 养护员, 稽查员, 执法队员, 管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points;
  the 道路运输服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch39.write_xlsx``, which also writes
cell comments) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch39 import _extras, _finish, write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b861_"
PLACE = "麻阳苗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NOTE = "注：各岗位责任人见“岗位”栏批注。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, holder named only in the comment, tier, [(廉政风险点, 风险等级, 防控措施)])
COMMENTED = [
    ("站领导", "站长", "滕翯嵘", "leader", [
        ("农村公路建设项目招标中指定或暗示中标单位", "一级", "招标一律进入县公共资源交易中心，站务会集体研究。"),
        ("养护工程计量支付不经集体研究签批", "一级", "计量支付经技术、财务两级审核后站务会研究。"),
    ]),
    ("养护股", "股长", "舒珝滢", "middle", [
        ("日常养护工程量签认虚增", "一级", "工程量现场双人核量，影像资料存档。"),
        ("养护材料验收降低标准", "二级", "材料进场抽检，不合格的清退出场。"),
    ]),
    ("养护股", "养护员", "滕岍澍", "general", [
        ("路况巡查记录弄虚作假", "二级", "巡查轨迹定位上传，股长每周抽查。"),
    ]),
    ("养护股", "养护员", "舒澂霙", "general", [
        ("水毁抢修零星用工虚报冒领", "二级", "用工名单村组签字并公示。"),
        ("接受施工队宴请、礼品", "三级", "签订廉洁承诺书，节前提醒。"),
    ]),
    ("综合股", "会计", "滕珺翊", "general", [
        ("养护资金报账凭证审核不严", "二级", "报账单据经办人、证明人、审批人三签。"),
    ]),
]  # fmt: skip


def mayang_rural_road_station_holders_in_comments() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("排查表", [6, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 6)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    comments = []
    n = 0
    first = len(sh.rows)
    for dept, post, who, tier, points in COMMENTED:
        top = len(sh.rows)
        for i, (point, lv, measures) in enumerate(points):
            n += 1
            sh.add(n, dept, None if i else post, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        comments.append((top, 2, f"责任人：{who}"))
        if len(points) > 1:
            sh.merge(top, 2, top + len(points) - 1, 2)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, NOTE, 6)
    sh.add("编制：", None, "审核：", None, "站长（签字）：", None)
    return _finish(
        "mayang_rural_road_station_holders_in_comments", "http://ffzx.org.cn/show-273300.html",
        "(harder) 县农村公路管理站 岗位廉政风险点排查表, after the source's 县纪委监委 on “四好农村路” (招投标, 工程质量, "
        "公路养护, 人情工程, 缩水工程, 截留挪用): a title, a 填报单位/date line, then ``序号 | 股室 | 岗位 | 廉政风险点 | "
        "风险等级 | 防控措施`` (股室 merged, 岗位 merged per holder), NO name column: each 岗位 cell carries an Excel "
        "cell COMMENT ``责任人：<name>`` (author 纪检组), two 养护员 told apart only by their comments; ``一级/二级/三级``; "
        "a ``注：各岗位责任人见“岗位”栏批注。`` line and an 编制/审核/站长（签字） line",
        [_extras(sh, comments=comments)], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mayang_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("滕翊暄", "局长", "主持全面工作", [
            ("农村公路建设项目计划安排优亲厚友", "一级", "年度项目计划经局党组会研究并公示。"),
            ("干预交通工程招投标和分包", "一级", "严格执行领导干部插手工程项目登记报告制度。"),
        ]),
        ("舒泖琤", "副局长", "分管规划建设、质量安全", [
            ("交工验收降低标准放行", "一级", "交工验收邀请质监站和第三方检测参加。"),
            ("设计变更审批把关不严", "二级", "重大设计变更经专家评审后局党组研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设股", "股长", "滕沄翚", "middle", "农村公路项目库入库审核不实", "一级", "入库项目现场踏勘，乡镇公示。"),
        ("规划建设股", "股长", "滕沄翚", "middle", "竣工资料审核走过场", "二级", "竣工资料交叉审核，问题清单销号。"),
        ("规划建设股", "股员", "舒琰翙", "general", "工程进度款拨付审核不严", "二级", "进度款凭监理签认的计量单拨付。"),
        ("计划财务股", "股长", "滕珮霈", "middle", "车购税、成品油补助资金分配不按因素测算", "一级", "资金分配方案公开，接受审计。"),
        ("计划财务股", "会计", "舒琇岚", "general", "工程款支付票据审核不严", "三级", "支付凭证三级审核，定期对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "mayang_transport_bureau_two_sheets", "http://qdubb.cn/html/2024/yunlingyaowen_0311/127112.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's 州纪委监委 on “四好农村路” (规划、建设、竣工到验收 "
        "全过程管理, 廉政风险清单, 内控管理制度): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mayang_road_transport_center_posts() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "经营许可审批", "对不符合条件的客货运输企业违规发放经营许可", "制度机制风险", "高",
         "许可事项集体审核，结果网上公示。"),
        ("运政股", "股长", "middle", "营运证年审", "车辆年审不到现场核验，收受好处放行", "岗位职责风险", "高",
         "年审车辆现场拍照上传，随机抽查复核。"),
        ("运政股", "股长", "middle", "驾培机构监管", "对驾校违规收费、学时造假查处不力", "外部环境风险", "中",
         "驾培学时系统比对，投诉线索登记办理。"),
        ("维修管理股", "股员", "general", "维修企业备案", "维修企业备案资料审核不严", "业务流程风险", "中",
         "备案材料双人审核，不符合的一次告知。"),
        ("维修管理股", "股员", "general", "质量信誉考核", "考核打分优亲厚友", "思想道德风险", "低",
         "考核结果公示五个工作日。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "mayang_road_transport_center_posts", "https://www.xsqgt.com/archives/136672.html",
        "县道路运输服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 执法大队 on 专项整治 (营运单位, 施工单位, "
        "运输单位, 线索收集, 问卷调查): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mayang_quality_supervision_selfchecks() -> dict:
    unit = f"{PLACE}交通建设质量安全监督站"
    t = _Truth(unit)
    people = [
        ("滕岚琛", "站领导", "站长", "leader", [
            ("质量监督抽检结果受人情干扰", "Ⅰ级", "抽检样品第三方检测，结果站务会通报。", "已落实"),
            ("安全生产检查走过场、查而不处", "Ⅱ级", "检查问题建立台账，整改销号。", "未发现问题"),
        ]),
        ("舒渟翾", "监督股", "监督员", "general", [
            ("接受施工单位宴请后降低监督标准", "Ⅰ级", "监督人员与标段定期交流，签订廉洁承诺。", "已落实"),
            ("交工检测数据审核把关不严", "Ⅲ级", "检测数据双人复核。", "已落实"),
        ]),
        ("滕淏玥", "监督股", "监督员", "general", [
            ("监督检查记录补记、代签", "Ⅱ级", "检查记录现场签字，影像同步存档。", "未发现问题"),
            ("泄露监督抽查计划", "Ⅱ级", "抽查计划随机生成，临时通知。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mayang_quality_supervision_selfchecks",
        "https://soolun.net/periodical/9d45fa744721550dce59a0fc0a98be45.html",
        "县交通建设质量安全监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper "
        "on 公路建设 审计 (建设周期长, 资金量大, 质量要求高, 贪污舞弊): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def mayang_highway_center_group_rows() -> dict:
    unit = f"{PLACE}公路建设养护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "滕骞珩", "leader", [
                ("大中修工程发包化整为零规避招标", "一级风险", "工程发包按限额标准报县交通运输局审批。"),
                ("养护机械设备采购指定品牌", "一级风险", "采购需求集体论证，政府采购平台公开采购。"),
            ]),
        ]),
        ("二、工程技术股", "工程技术股", [
            ("股长", "舒翀沅", "middle", [
                ("路面病害处治方案迁就施工单位", "二级风险", "处治方案技术人员集体会审。"),
                ("工程计量签证不实", "一级风险", "计量签证监理、技术、财务三方会签。"),
            ]),
        ]),
        ("三、养护管理股", "养护管理股", [
            ("股长", "滕雯珏", "middle", [
                ("道班养护考核打分不公", "二级风险", "考核结果全中心公示。"),
                ("沥青、碎石等材料出入库不登记", "三级风险", "材料出入库台账每月盘点。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "mayang_highway_center_group_rows", "https://ankang.qinfeng.gov.cn/info/1019/31640.htm",
        "县公路建设养护中心 廉政风险防控责任清单, after the source's 市纪委监委 on 农村公路 (建设、养护、运营, 全过程监督, "
        "项目、资金、执法 巡察): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、工程技术股``, ``三、养护管理股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def mayang_enforcement_brigade_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "滕瑷翎", "大队长", "主持大队全面工作", "leader", [
            ("重大行政处罚案件不经集体讨论", "★★★", "重大案件法制审核后集体讨论决定。"),
            ("为超限运输车辆说情、打招呼", "★★★", "执行过问、插手执法案件登记报告制度。"),
            ("接受运输企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副大队长", "舒琬璆", "副大队长", "分管路政、治超", "leader", [
            ("罚款数额不按裁量基准确定", "★★", "严格执行行政处罚裁量基准，说理式执法。"),
            ("暂扣车辆放行审批随意", "★★", "放行审批留痕，执法记录仪全程记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "mayang_enforcement_brigade_cards", "http://camra.org.cn/content/Content/index/id/18447",
        "县交通运输综合行政执法大队 领导干部廉政风险防控卡, one sheet a leader, after the source's 市交通运输局 规范执法大检查 "
        "(执法文书, 非现场案件, 说理式执法): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def mayang_jinhe_station_list() -> dict:
    unit = f"{PLACE}锦和镇交通管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "滕翾沣", "leader", "村道硬化项目验收放宽标准", "岗位职责", "高风险",
         "验收邀请村民代表参加，结果公示。"),
        ("站领导", "站长", "滕翾沣", "leader", "渡口安全补助资金发放不公开", "制度机制", "中风险",
         "补助名单乡镇审核、公示。"),
        ("站领导", "副站长", "舒泠珈", "leader", "乱罚款、以罚代管", "外部环境", "高风险",
         "执法全过程记录，罚没款统一缴入国库。"),
        ("管理组", "管理员", "滕琪渝", "general", "农村公路路产损坏赔偿收取不开票", "业务流程", "中风险",
         "赔偿款开具财政票据，台账登记。"),
        ("管理组", "管理员", "舒嫣岫", "general", "护路员考勤补助虚报", "思想道德", "低风险",
         "考勤表村组签字，每季度公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "mayang_jinhe_station_list", "http://cnshxw.com/lvyou/sifa/2021-09-22/75807.html",
        "县镇交通管理站 岗位廉政风险防控一览表, after the source's 交通运输执法领域突出问题专项整治 (乱罚款, 货车司机权益, "
        "不合理行政处罚, 轻微免罚): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def mayang_lujiaping_station_register() -> dict:
    unit = f"{PLACE}吕家坪镇交通管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "舒翎湄", "leader", [
            ("通组公路建设施工队伍选定暗箱操作", "制度机制", "一级", "施工队伍经村民代表会议比选并公示。"),
            ("站长亲属承揽养护工程", "思想道德", "二级", "亲属回避，承揽名单公示。"),
        ]),
        ("养护组", "组长", "滕澈岺", "middle", [
            ("养护里程和工程量虚报", "岗位职责", "一级", "养护里程与路况系统比对。"),
        ]),
        ("养护组", "养护员", "舒璟沨", "general", [
            ("私自处置路面挖补废料", "业务流程", "二级", "废料回收登记，统一处置。"),
            ("安全设施维修不及时报告", "岗位职责", "三级", "巡查发现问题当日上报。"),
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
        "mayang_lujiaping_station_register",
        "https://privateuniv.knowhou.com/tag/%E5%85%AC%E8%B7%AF%20%E7%B8%BD%E5%B1%80%20%E6%96%BD%E5%B7%A5%20%E8%AA%AA%E6%98%8E%E6%9B%B8%20%E6%8A%80%E8%A1%93%E8%A6%8F%E5%AE%9A",
        "县镇交通管理站 廉政风险点排查登记表, after the source's page on 公路 施工说明书 and 技术规定 (施工, 养护): a title, "
        "序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mayang_rural_road_station_holders_in_comments(),
    mayang_transport_bureau_two_sheets(),
    mayang_road_transport_center_posts(),
    mayang_quality_supervision_selfchecks(),
    mayang_highway_center_group_rows(),
    mayang_enforcement_brigade_cards(),
    mayang_jinhe_station_list(),
    mayang_lujiaping_station_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch39.write_xlsx`` (cell comments too)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch861-inbox"))
