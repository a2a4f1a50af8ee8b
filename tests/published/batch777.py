"""The seven-hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
bodies, 涞源县 (of 保定市, 河北省) — its 交通运输局, 公路管理站, 运输管理所, 农村公路养护中心,
交通运输综合执法大队, 汽车客运站, 超限运输检测站 and 交通工程质量监督站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公路管理站's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a 填报单位 line;
- the 运输管理所's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no names;
- the 农村公路养护中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``高风险/中风险/低风险``;
- the 综合执法大队's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 所在中队 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 汽车客运站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 超限运输检测站's workbook in TWO SHEETS ``站领导`` / ``班组``, ``一级风险/二级风险/三级风险``;
- the 交通工程质量监督站's 一览表 under ``附件3``: ``部门 | 岗位 | 责任人`` on EVERY row, short types,
  高/中/低, a ``注：`` line.

One is harder:

- ``laiyuan_transport_bureau_tier_tags``: the 交通运输局's 岗位廉政风险防控一览表 with ``股室 | 岗位 | 姓名 |
  廉政风险点 | 防控措施`` and NO level column: each 防控措施 cell OPENS with a bracketed control-tier tag
  (``【局级管控】…``, ``【股室管控】…``, ``【岗位自控】…``) and a ``注：`` line under the list folds the tags to
  levels (局级管控 一级, 股室管控 二级, 岗位自控 三级). The README's 读得懂的表 knows levels as words in a
  level column (``重点防控/一般防控``), ``防控措施`` merged over ``岗位自控 | 股室监控 | 中心防控`` columns
  (the tiers a row fills), a ``监督责任人`` / ``审批层级`` column folded by a note, and a level named in a
  ``备注`` cell; it does not describe a level given only by a tier tag opening the measures cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委 检查 of 农村公路建设资金 and
招投标; a 执法总队 on 公路巡查 and 涉路施工监管; 交通运输部 通报 of 运管所 执法人员 私自上路查车、收钱不开票;
a 纪委 专项整治 of “四好农村路” — 虚假招标, 截留挪用工程款, 竣工验收; a comment on 交通执法 扣留证件、勾结
“黄牛”; a Q&A on 客货运从业资格证 审验; a county's 治超站 and 科技治超点位, 打击非法营运; a note on
公路工程施工管理 的弊端 — 监理, 质量检测, 分包) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
郦 and 帅 with rare given names); every unit is a body of 涞源县.

Run ``python tests/published/score.py --set batch777`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the tag opening its measures, folded by the note
  (【局级管控】 1, 【股室管控】 2, 【岗位自控】 3); the tag is no part of the measures' sense and names no
  holder; the note and the sign-off are no points;
- a 局's 股, a 站's 股 or 科, a 中心's 组, a 大队's 中队 and a 客运站's 部 are 科室; ``站领导``, ``中心领导``,
  ``局领导`` (a 股室 cell or a group row) are the 科室 of those leaders; the 站领导 sheet of the 检测站
  has no 科室 column: its leaders have none; group rows ``二、养护组`` give the 科室 without their number;
- 局长, 副局长, 站长, 副站长, 所长, 主任 of a 中心, 大队长 and 副大队长 are leaders; 股长, 中队长, 组长,
  部长 and 班长 middle; the rest (股员, 会计, 出纳, 执法队员, 检测员, 售票员, 安检员, 质检员) general;
- the 运输管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b777_"
PLACE = "涞源县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
TAGS = {"【局级管控】": 1, "【股室管控】": 2, "【岗位自控】": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, tag, 防控措施)])
BUREAU = [
    ("局领导", "局长", "郦峋沛", "leader", [
        ("农村公路建设项目招标中打招呼、指定施工单位", "【局级管控】",
         "项目一律进县公共资源交易中心招标，局党组会集体研究，纪检组全程监督。"),
        ("交通建设资金拨付不按工程进度审批", "【局级管控】", "资金拨付凭监理签认的计量单，经局长办公会研究。"),
    ]),
    ("局领导", "副局长", "帅嶷琛", "leader", [
        ("农村公路竣工验收降低标准、走过场", "【局级管控】", "验收邀请第三方检测机构参加，结果公示。"),
        ("分管股室违规审批道路运输经营许可", "【股室管控】", "许可事项网上办理，办理结果每月抽查。"),
    ]),
    ("规划建设股", "股长", "郦嶙瑗", "middle", [
        ("项目前期设计变更不按程序报批，虚增工程量", "【股室管控】", "设计变更经设计、监理、业主三方签认，重大变更报局党组。"),
        ("工程计量审核把关不严", "【股室管控】", "计量资料双人复核，现场抽查实测。"),
    ]),
    ("规划建设股", "股员", "帅湍沄", "general", [
        ("施工现场管理中接受施工单位宴请、礼品", "【岗位自控】", "签订廉洁承诺书，不单独与施工单位负责人接触。"),
    ]),
    ("财务股", "会计", "郦煦岑", "general", [
        ("农村公路建设补助资金核算不实，截留挪用", "【股室管控】", "补助资金专账核算，按月对账。"),
        ("报账票据审核不严", "【岗位自控】", "票据经办人、审核人、审批人三签。"),
    ]),
]  # fmt: skip


def laiyuan_transport_bureau_tier_tags() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 46])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, tag, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, tag + measures)
            t.point(sh.name, dept, post, who, tier, point, [], TAGS[tag])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：防控措施开头标注管控层级，【局级管控】的为一级风险点，【股室管控】的为二级风险点，"
              "【岗位自控】的为三级风险点。", 6)  # fmt: skip
    sh.add("制表：办公室", None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "laiyuan_transport_bureau_tier_tags", "http://www.en-pr.com/gzzc/pcpz/202109/t20210927_2403687.shtml",
        "(harder) 县交通运输局 岗位廉政风险防控一览表, after the source's 驻市交通运输局纪检监察组 检查 of 农村公路建设资金 "
        "使用 and 建设项目招投标: a title, a 填报单位 line, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "防控措施 and NO level column: every 防控措施 cell OPENS with a control-tier tag 【局级管控】/【股室管控】/【岗位自控】 "
        "and a ``注：`` line folds the tags to 一级/二级/三级; no type column; a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def laiyuan_highway_station_list() -> dict:
    unit = f"{PLACE}公路管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年4月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "帅峋澜", "leader", "涉路施工许可审批中收受施工单位好处", "一级",
         "涉路施工许可集体审查，现场勘验两人以上。"),
        ("站领导", "站长", "帅峋澜", "leader", "小型养护工程直接发包给熟人", "一级", "养护工程按限额比选，结果公示。"),
        ("路政股", "股长", "郦璠岘", "middle", "公路巡查发现的违法占路不制止、不上报", "二级",
         "巡查日志每日上传，隐患闭环销号。"),
        ("路政股", "股长", "郦璠岘", "middle", "路产损坏赔偿数额随意减免", "二级", "赔偿标准公开，减免报站务会研究。"),
        ("养护股", "股长", "帅瀚岍", "middle", "防滑料、融雪剂入库数量签收不实", "二级", "物资入库双人验收、过磅记录存档。"),
        ("养护股", "技术员", "郦峒溪", "general", "路况评定数据弄虚作假", "三级", "路况检测数据抽检复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "laiyuan_highway_station_list", "https://qinghai.news.163.com/25/0313/09/JQH5KF43042898V5.html",
        "县公路管理站 岗位廉政风险点一览表, after the source's 交通综合执法总队 on 公路巡查 and 涉路施工监管 (隐患排查, "
        "施工准入审查, 抗雪保通): a title, a 填报单位（盖章）/填报时间 line, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def laiyuan_transport_office_posts() -> dict:
    unit = f"{PLACE}运输管理所"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "道路运输经营许可把关不严、人情审批", "制度机制风险", "高",
         "许可事项集体审核，办理结果网上公开。"),
        ("稽查股", "稽查员", "general", "私自上路查车，收取罚款不开票据", "思想道德风险", "高",
         "执法必须两人以上、着装持证，罚款一律开具票据。"),
        ("稽查股", "稽查员", "general", "对非法营运车辆以罚代管、选择性执法", "岗位职责风险", "中",
         "执法全过程记录，案卷月评查。"),
        ("运政股", "股长", "middle", "客货运从业资格证审验不按规定核查", "业务流程风险", "中",
         "审验资料双人核查，不合格的书面告知。"),
        ("运政股", "办事员", "general", "车辆营运证年审中收受好处", "外部环境风险", "低",
         "年审实行窗口受理、限时办结、结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "laiyuan_transport_office_posts", "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2012-04/27/content_2124526.htm",
        "县运输管理所 岗位廉政风险排查表 对岗不对人, after the source's 交通运输部 通报 of 执法人员违规执法乱收费 (运管所执法人员 "
        "私自上路查车, 收取现金不开票, 只罚款不卸载): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def laiyuan_rural_road_centre_groups() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "郦湍珩", "leader", [
                ("“四好农村路”养护项目虚假招标、化整为零", "高风险", "项目按规定公开招标，拆分发包须报局审批。"),
                ("养护工程竣工验收不到现场", "高风险", "验收组现场实测，影像资料存档。"),
            ]),
        ]),
        ("二、养护组", "养护组", [
            ("组长", "帅璎峤", "middle", [
                ("日常养护工程量签认虚报", "中风险", "工程量由养护组和乡镇联络员双签。"),
            ]),
            ("材料员", "郦瀛岚", "general", [
                ("沥青、水泥等养护材料以次充好", "中风险", "材料进场抽检，不合格的退场。"),
                ("材料出库不登记，私自处置", "低风险", "出库登记，每月盘点。"),
            ]),
        ]),
        ("三、财务组", "财务组", [
            ("出纳", "帅岘珂", "general", [
                ("截留挪用养护工程款", "高风险", "工程款直接支付到施工单位账户。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "laiyuan_rural_road_centre_groups", "http://news.cncjw.com.cn/toutiao/2021/1231/32212.html",
        "县农村公路养护中心 廉政风险防控责任清单, after the source's 纪委监委 “四好农村路” 专项整治 (虚假招标, 豆腐渣工程, "
        "截留挪用工程款, 竣工验收): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、养护组``, ``三、财务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def laiyuan_enforcement_brigade_cards() -> dict:
    unit = f"{PLACE}交通运输综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "帅潋晞", "大队长", "大队领导", "leader", [
            ("执法案件处罚裁量打招呼、说情", "★★★", "重大处罚集体讨论，法制审核。"),
            ("查扣车辆违规放行", "★★★", "放行经两人以上审核签字。"),
            ("接受运输企业宴请", "★", "严格落实中央八项规定精神。"),
        ]),
        ("执法一中队", "郦珺岘", "中队长", "执法一中队", "middle", [
            ("扣留从业资格证、道路运输证超越职权", "★★", "扣证须依法出具文书，当场交付。"),
            ("与“黄牛”勾结，收费放行", "★★★", "执法记录仪全程开启，每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在中队", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "laiyuan_enforcement_brigade_cards", "https://www.aqzyhao.com/kejizixundaquan/6299.html",
        "县交通运输综合执法大队 执法人员廉政风险防控卡, one sheet a person, after the source's comment on 交通执法 "
        "(扣留道路运输证和从业资格证, 与“黄牛”勾结, 乱罚款): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在中队 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def laiyuan_bus_station_selfchecks() -> dict:
    unit = f"{PLACE}汽车客运站"
    t = _Truth(unit)
    people = [
        ("帅嵘沣", "站领导", "站长", "leader", [
            ("班线车辆进站经营协议违规给予优惠", "Ⅰ级", "进站协议标准统一，站务会研究。"),
            ("车站广告位、商铺出租不公开", "Ⅱ级", "出租公开竞价，合同存档。"),
        ]),
        ("郦渊筠", "票务部", "售票员", "general", [
            ("票款截留、私售无票", "Ⅰ级", "票款日清日结，联网售票系统对账。"),
            ("退票手续费收取不规范", "Ⅲ级", "退票按规定比例收取，系统自动计算。"),
        ]),
        ("帅瑾岐", "安检部", "安检员", "general", [
            ("营运客车安全例检走过场，收受驾驶员好处", "Ⅱ级", "例检报告单双人签字，视频存档。"),
            ("驾驶员从业资格证查验不严", "Ⅲ级", "出站登记逐车核对证件。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "laiyuan_bus_station_selfchecks", "https://www.zhetiaohe.com/ss/1b3431fd4486d30e0f18efde2b12f5a35e1ae748079dc24a984eb776ccc274e0c6599c489a6ff0baad8319e22000b0c3.html",
        "县汽车客运站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's Q&A on "
        "客货运从业资格证 审验 (驾驶员资格, 两年一审): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def laiyuan_overload_station_two_sheets() -> dict:
    unit = f"{PLACE}超限运输检测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}站领导廉政风险防控清单", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦岍澈", "站长", "主持全面工作", [
            ("治超检测设备采购指定品牌", "一级风险", "采购按政府采购程序，需求集体论证。"),
            ("对超限车辆处理打招呼、说情", "一级风险", "处理结果系统录入，不得人工修改。"),
        ]),
        ("帅漱岑", "副站长", "分管检测、卸载", [
            ("卸载货物保管不当、私自处置", "二级风险", "卸载货物登记造册，限期领回。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    team = _Sheet("班组", [6, 12, 9, 9, 38, 11, 34])
    _line(team, f"{unit}班组岗位廉政风险防控清单", 7)
    team.add("序号", "班组", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("检测一班", "班长", "郦峋岑", "middle", "不引导超限车辆入站称重，收费放行", "一级风险",
         "入站引导全程视频监控，不停车检测数据比对。"),
        ("检测一班", "检测员", "帅砺川", "general", "篡改称重检测数据", "一级风险", "检测数据实时上传，不得手工录入。"),
        ("检测一班", "检测员", "帅砺川", "general", "向“黄牛”透露检查时间", "二级风险", "勤务安排临时下达。"),
        ("检测二班", "班长", "郦琅澍", "middle", "违规收取车辆停车费", "三级风险", "严禁收取停车费，公示监督电话。"),
    ]  # fmt: skip
    first = len(team.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        team.add(i, d, post, who, point, lv, measures)
        t.point(team.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(team, first, 1, 2, 3)
    team.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "laiyuan_overload_station_two_sheets", "http://sc.czhaobiao.com/zb-170852019-1.html",
        "县超限运输检测站 廉政风险防控清单 in TWO SHEETS, after the source's 交通局 on 抗凝保畅 and 治超站、科技治超点位 "
        "(24小时执法检查, 打击非法营运): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 班组 with 班组 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, team], t,
    )  # fmt: skip


def laiyuan_quality_station_list() -> dict:
    unit = f"{PLACE}交通工程质量监督站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "帅澹宁", "leader", "质量监督抽检结果受施工单位干预", "外部环境", "高",
         "抽检结果由检测机构直接报送，站长不得更改。"),
        ("站领导", "站长", "帅澹宁", "leader", "质量事故调查处理避重就轻", "制度机制", "中",
         "事故调查组集体研究，处理结果报局。"),
        ("监督科", "科长", "郦琛岙", "middle", "监理单位违规分包不制止", "岗位职责", "高",
         "监理人员到岗情况每月核查。"),
        ("监督科", "质检员", "帅蘅岘", "general", "现场抽检取样弄虚作假", "业务流程", "中",
         "取样全过程影像记录，双人见证。"),
        ("监督科", "质检员", "帅蘅岘", "general", "收受施工单位礼品礼金", "思想道德", "低",
         "签订廉洁承诺，节前提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "laiyuan_quality_station_list", "https://abg.baidu.com/tags/xgv4fn5zusz4zsvjxgsltxga5w2onvg2wxcldv5wzo6lbogezhdl3kgs5e16",
        "县交通工程质量监督站 岗位廉政风险防控一览表, after the source's note on 公路工程施工管理 的弊端 (监理不到位, 质量检测, "
        "违规分包): ``附件3``, a title, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    laiyuan_transport_bureau_tier_tags(),
    laiyuan_highway_station_list(),
    laiyuan_transport_office_posts(),
    laiyuan_rural_road_centre_groups(),
    laiyuan_enforcement_brigade_cards(),
    laiyuan_bus_station_selfchecks(),
    laiyuan_overload_station_two_sheets(),
    laiyuan_quality_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch777-inbox"))
