"""The nine-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's cultural
relics and tourism bodies, 札达县 (阿里地区, 西藏自治区) — its 文物局, 古格王国遗址管理所, 土林景区管理处,
旅游服务中心, 博物馆, 文物保护站 and two 乡镇文物保护员站 (香孜乡, 托林镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文物局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 古格王国遗址管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 土林景区管理处's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 旅游服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 博物馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 香孜乡文物保护员站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 托林镇文物保护员站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zada_relics_station_levels_in_order``: the 文物保护站's 岗位廉政风险防控一览表, one row a point with
  ``责任科室 | 责任岗位 | 责任人`` columns, where a point shared by two or three holders is written
  ONCE, its 科室, posts and holders each listed on one line with ``、`` and paired by order (the
  shape batch813 brought and the README describes), and whose ``风险等级`` cell on such a row
  ALSO LISTS ONE LEVEL A HOLDER, IN THE SAME ORDER (``一级、二级`` beside ``站领导、财务室`` |
  ``站长、会计`` | ``司…、弘…``): the same point weighs differently on the leader who approves and on
  the clerk who pays. Shared rows where every holder has the same level write it once (``二级``),
  and a ``注：`` line says ``…风险等级不同的，按同一顺序分别填写``. The README's 读得懂的表 knows the
  科室, post and holder cells paired by order; per-holder levels in per-holder COLUMNS (``各岗位风险
  等级`` over one column a post, ``本人自评 | 站务会核定``, level ticks under holder bands); a merged
  level cell with one level a line for one point a line; it does not describe a level cell that
  lists one level per holder of a shared point, paired with the holders by order.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文物局's 文物安全 大排查 — 安全
检查登记本, 消防器材, 文物保护工作经费; 古格王国遗址 维修 — 国家投入, 殿堂, 洞窟, 壁画; 札达土林景区 开发 —
景点, 象泉河; a 西藏日报 report on 札达土林 旅游援藏 — 游客管理中心, 民宿服务站, 试运营; a page on 博物馆
日常巡查制度 — 巡查记录, 展柜, 安防; a 县业余文物保护队 report — 乡镇文物工作站, 保护员, 每月补助;
a 区 文物安全巡查员 report — 巡查笔记, 补贴, 年终考核; a 县文物保护所 年度报告 — 文物鉴定, 文物市场,
开办资金, 全额拨款) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 司 and 弘 with rare given
names); every unit is a body of 札达县.

Run ``python tests/published/score.py --set batch913`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose 科室, post and holder cells each list n items with ``、`` is a point
  of n holders, the k-th holder with the k-th 科室 and post; its level cell listing n levels with
  ``、`` gives the k-th holder the k-th level; a level cell with one level gives it to every holder
  of the row; the ``注：`` line and the sign-off line are no points;
- ``站领导``, ``所领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  文物局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 所's 科, a
  中心's 部, a 站's 组 or 室 and the 博物馆's 部 are 科室; a group row ``二、游客服务部`` gives the 科室
  ``游客服务部``;
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 主任 and 副主任 of the 管理处 and the
  中心, 馆长, 副馆长, 站长 and 副站长 are leaders; 股长, 科长, 部长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 古格王国遗址管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b913_"
PLACE = "札达县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SEP = "、"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (责任科室, 责任岗位, 责任人, tier) per holder
HOLDERS = {
    "站长": ("站领导", "站长", "司翀岫", "leader"),
    "副站长": ("站领导", "副站长", "弘霭岑", "leader"),
    "会计": ("财务室", "会计", "司澂峤", "general"),
    "巡查组长": ("文物巡查组", "组长", "弘翮沅", "middle"),
    "巡查员": ("文物巡查组", "巡查员", "司雩璘", "general"),
    "工程组长": ("保护工程组", "组长", "弘岍淏", "middle"),
}

# (廉政风险点, levels in the cell (one, or one a holder), holders in the cells' order, 防控措施)
SHARED_ROWS = [
    ("文物保护维修项目施工单位选定中打招呼、指定队伍", ("一级",), ("站长",),
     "维修项目一律进入县公共资源交易平台，站内不得指定施工单位。"),
    ("文物保护专项经费报账审核把关不严，虚列支出", ("一级", "二级"), ("站长", "会计"),
     "专项经费专账核算，报账单据经办人、会计、站长三级审核。"),
    ("文物巡查补助发放名单不实，虚报冒领", ("二级", "一级", "二级"), ("副站长", "巡查组长", "会计"),
     "补助名单按巡查记录核定，在乡（镇）公示后发放到个人账户。"),
    ("文物保护维修工程量签证不实、验收走过场", ("一级", "二级"), ("工程组长", "副站长"),
     "工程量计量与监理日志核对，验收邀请县文物局和乡镇参加。"),
    ("巡查发现违法建设、盗掘线索不报告或私下处理", ("二级",), ("巡查组长", "巡查员"),
     "巡查定位打卡，发现线索当日上报站里并登记。"),
    ("接受文物保护范围内建设单位宴请，放松监管", ("三级",), ("巡查员",), "签订廉洁承诺书，巡查两人以上同行。"),
    ("文物保护工程设计方案评审邀请关系人，抬高概算", ("二级", "三级"), ("站长", "工程组长"),
     "设计方案经专家评审，概算由县财政评审中心审核。"),
]  # fmt: skip


def zada_relics_station_levels_in_order() -> dict:
    unit = f"{PLACE}文物保护站"
    sh = _Sheet("一览表", [6, 20, 14, 16, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "责任科室", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    for i, (point, levels, keys, measures) in enumerate(SHARED_ROWS, 1):
        assert len(levels) in (1, len(keys))
        held = [HOLDERS[k] for k in keys]
        sh.add(i, SEP.join(h[0] for h in held), SEP.join(h[1] for h in held),
               SEP.join(h[2] for h in held), point, SEP.join(levels), measures)  # fmt: skip
    # the truth one form a holder; the k-th holder takes the k-th level (or the row's one level)
    for key, (dept, post, who, tier) in HOLDERS.items():
        for point, levels, keys, _measures in SHARED_ROWS:
            if key in keys:
                lv = levels[0] if len(levels) == 1 else levels[keys.index(key)]
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：一个风险点由几人共担的，责任科室、责任岗位、责任人按顺序一一对应；各人风险等级不同的，按同一顺序分别填写。"
        "风险等级分一级、二级、三级，一级最高。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zada_relics_station_levels_in_order", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/281279",
        "(harder) 县文物保护站 岗位廉政风险防控一览表, after the source's 县文物保护所 年度报告 (文物鉴定, 文物市场, 开办资金, "
        "全额拨款, 党风廉政建设学习): a title, a merged 填报单位/date line, then 序号/责任科室/责任岗位/责任人/廉政风险点/"
        "风险等级/防控措施, ONE ROW A POINT; a point shared by two or three holders written once, its 科室, posts and "
        "holders each listed on one line with ``、`` and paired by order, and its LEVEL CELL LISTING ONE LEVEL A HOLDER "
        "in the same order (``一级、二级``; one level when all are the same); a ``注：`` line saying so; no type column; "
        "a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zada_relics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文物局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("司瀞瑷", "局长", "主持全面工作", [
            ("文物保护工作经费安排个人说了算", "一级", "经费安排经局党组会集体研究，会议纪要存档。"),
            ("干预文物保护维修工程招标，为亲友承揽工程", "一级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("弘濯岱", "副局长", "分管文物安全、执法督察", [
            ("文物安全大排查发现的隐患不督促整改、瞒报", "一级", "隐患登记在册、限时整改，整改情况“回头看”。"),
            ("文物违法案件查处说情、降低处罚标准", "二级", "案件集体审议，处罚决定公开。"),
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
        ("文物保护股", "股长", "司汧琰", "middle", "文物保护单位安全检查登记不实，走过场", "二级",
         "安全检查登记本逐处填写，检查人签字，局里抽查。"),
        ("文物保护股", "股长", "司汧琰", "middle", "消防器材采购指定供应商", "一级", "采购三家比价，验收由使用单位参加。"),
        ("办公室", "会计", "弘湜嶷", "general", "文物保护工作经费报账审核不严", "二级", "报账单据三级审核，专项经费专账核算。"),
        ("办公室", "出纳", "司滃翊", "general", "现金收支不及时入账，公款私存", "一级", "现金日清月结，每月对账。"),
        ("执法督察股", "股长", "弘沄崧", "middle", "文物违法线索受理不登记，压案不查", "二级", "线索统一登记编号，办理情况定期通报。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zada_relics_bureau_two_sheets", "http://www.batgames.net/cn/news/yc/201803/t20180315_5551551.html",
        "县文物局 廉政风险防控一览表 in TWO SHEETS, after the source's 县文物局 文物安全 大排查 (安全检查登记本, 消防器材, "
        "隐患整改 “回头看”, 文物保护工作经费): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zada_guge_site_office_posts() -> dict:
    unit = f"{PLACE}古格王国遗址管理所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "遗址维修项目", "殿堂、洞窟维修项目施工队伍选定暗箱操作", "制度机制风险", "高",
         "维修项目由县文物局组织招标，所内集体研究实施方案。"),
        ("保护管理科", "科长", "middle", "壁画保护修复", "壁画修复工程量虚报，验收把关不严", "岗位职责风险", "高",
         "修复工程量拍照留存，验收邀请专家参加。"),
        ("保护管理科", "管理员", "general", "洞窟开放管理", "收受好处违规带人进入未开放洞窟", "思想道德风险", "中",
         "未开放洞窟双人双锁，进入登记审批。"),
        ("票务科", "售票员", "general", "门票收入", "门票收入不入账、以人情票代替收费", "业务流程风险", "高",
         "电子售票，当日收入缴入专户。"),
        ("票务科", "售票员", "general", "免票审核", "违规为无证件人员免票", "外部环境风险", "中", "免票凭证登记留存，每月核查。"),
        ("安全保卫科", "保安员", "general", "夜间值守", "值班记录代签、补签", "业务流程风险", "低", "值守定位打卡，记录每周检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zada_guge_site_office_posts", "http://healinghandsltd.com/dfpd/xz/2011-08/08/content_13071002.htm",
        "县遗址管理所 岗位廉政风险点排查表 对岗不对人, after the source's page on 古格王国遗址 (殿堂破损, 石窟, 壁画, 国家投入 "
        "维修资金, 游客): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zada_tulin_scenic_cards() -> dict:
    unit = f"{PLACE}土林景区管理处"
    t = _Truth(unit)
    cards = [
        ("主任", "司嵘澧", "主任", "主持管理处全面工作", "leader", [
            ("景区开发项目招商引资中利益输送", "★★★", "招商项目经县政府常务会研究，合同公开。"),
            ("景区经营摊位、观光车经营权违规发包", "★★★", "经营权公开竞价，结果在景区公示。"),
            ("接受经营户宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "弘渟翚", "副主任", "分管景区基础设施、安全", "leader", [
            ("观景台、步道建设工程验收把关不严", "★★", "工程验收邀请县文旅局和监理参加。"),
            ("安全设施采购、维护账实不符", "★★", "安全设施入库验收，每季度盘点。"),
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
        "zada_tulin_scenic_cards", "http://239364.com/zhada/202477889346600960",
        "县景区管理处 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 札达县 旅游景点开发 (札达土林景区, "
        "象泉河, 旅游资源开发): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zada_tourism_center_group_rows() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "弘璆汭", "leader", [
                ("游客服务设施建设项目指定施工单位", "一级风险", "项目招标进平台，中心集体研究。"),
                ("旅游运营合作企业选定暗箱操作", "一级风险", "合作企业公开遴选，结果公示。"),
            ]),
        ]),
        ("二、游客服务部", "游客服务部", [
            ("部长", "司峄湉", "middle", [
                ("民宿服务站入驻审核优亲厚友", "二级风险", "入驻条件公开，审核结果公示。"),
            ]),
            ("讲解员", "弘潆珂", "general", [
                ("私自带团收取讲解费", "二级风险", "讲解统一派单，费用统一收取。"),
                ("向游客推销指定商铺收取回扣", "三级风险", "签订廉洁服务承诺书，设置投诉电话。"),
            ]),
        ]),
        ("三、票务财务部", "票务财务部", [
            ("收银员", "司澴嵚", "general", [
                ("观光车票款收入截留", "二级风险", "票款当日缴存，票据联号使用。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zada_tourism_center_group_rows", "https://e.xzxw.com/xzrb/202406/02/content_258675.html",
        "县旅游服务中心 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 札达土林 旅游援藏 (游客管理中心, "
        "“牧家乐”民宿服务站, 观光车, 试运营): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、中心领导``, ``二、游客服务部``, ``三、票务财务部`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def zada_museum_selfchecks() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    people = [
        ("弘淯翾", "馆领导", "馆长", "leader", [
            ("展陈提升项目化整为零规避招标", "Ⅰ级", "项目按限额标准报县文物局审批。", "已落实"),
            ("文物征集价格评估不公开", "Ⅱ级", "征集价格经专家评估，集体研究。", "未发现问题"),
        ]),
        ("司琤岵", "藏品保管部", "保管员", "general", [
            ("藏品出入库手续不全，私自借出", "Ⅰ级", "出入库双人签字，库房双人双锁。", "已落实"),
            ("藏品账物不符不报告", "Ⅱ级", "每半年账物核对，结果报馆长。", "已落实"),
        ]),
        ("弘瀚嵎", "安全保卫部", "巡查员", "general", [
            ("日常巡查记录代签、补签", "Ⅲ级", "巡查定位打卡，记录每月核查。", "已落实"),
            ("安防设备维保验收走过场", "Ⅱ级", "维保验收两人以上，问题登记整改。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zada_museum_selfchecks", "https://www.npbpp.com/news/jie-mi-bo-wu-guan-an-quan-ri-chang-xun-cha-zhi-du-ru-he-shou-hu-zhen-gui-yi-chan.html",
        "县博物馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on 博物馆 日常巡查制度 "
        "(文物展柜, 安防监控, 巡查记录, 问题处理): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def zada_xiangzi_township_station_list() -> dict:
    unit = f"{PLACE}香孜乡文物保护员站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "司沚璠", "leader", "文物保护员选用优亲厚友", "制度机制", "高风险",
         "保护员由各村推荐、站里考核、公示后聘用。"),
        ("站领导", "站长", "司沚璠", "leader", "保护员补助发放不公开", "岗位职责", "中风险", "补助发放名单每季度张榜公布。"),
        ("巡查组", "保护员", "弘岷霈", "general", "责任区巡查不到位，虚报巡查次数", "业务流程", "高风险",
         "巡查记录附照片，站长每月抽查。"),
        ("巡查组", "保护员", "弘岷霈", "general", "发现盗掘线索隐瞒不报", "思想道德", "中风险", "线索当日报告县文物局。"),
        ("宣传组", "宣传员", "司湄翙", "general", "宣传品印制虚报数量", "外部环境", "低风险", "印制数量与发放登记核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zada_xiangzi_township_station_list", "http://lyrb.lyd.com.cn/html/2012-08/10/content_856921.htm",
        "乡文物保护员站 岗位廉政风险防控一览表, after the source's report on a 县 业余文物保护队 (乡镇文物工作站, 村文物保护员, "
        "责任区, 每月补助, 发现破坏及时报告): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def zada_tuolin_town_station_register() -> dict:
    unit = f"{PLACE}托林镇文物保护员站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "弘峣澹", "leader", [
            ("巡查员年终考核打人情分", "制度机制", "一级", "考核结果站务会研究并公示。"),
            ("巡查补贴发放不按考核结果", "岗位职责", "二级", "补贴按考核结果核定，发放到个人账户。"),
        ]),
        ("综合组", "报账员", "司霂岑", "general", [
            ("巡查设备采购报账票据不实", "业务流程", "一级", "设备出入库登记，报账附领用单。"),
        ]),
        ("巡查组", "巡查员", "弘滢岈", "general", [
            ("《文物巡查笔记》记录不实", "业务流程", "二级", "笔记每月交站里核查。"),
            ("对文物保护范围内违建不制止", "思想道德", "三级", "发现违建当日报告，站里跟踪处理。"),
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
        "zada_tuolin_town_station_register", "http://wenwuchina.com/article/20178/285442.html",
        "镇文物保护员站 廉政风险点排查登记表, after the source's report on 文物安全巡查员 (巡查笔记, 每月补贴, 年终考核, 防火防盗): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zada_relics_station_levels_in_order(),
    zada_relics_bureau_two_sheets(),
    zada_guge_site_office_posts(),
    zada_tulin_scenic_cards(),
    zada_tourism_center_group_rows(),
    zada_museum_selfchecks(),
    zada_xiangzi_township_station_list(),
    zada_tuolin_town_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch913-inbox"))
