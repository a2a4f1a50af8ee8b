"""The eight-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政
bodies, 永顺县 (of 湘西州, 湖南省) — its 民政局, 最低生活保障中心, 儿童福利院, 社会福利院, 殡仪馆,
殡葬管理所, 婚姻登记处 and 公墓管理所 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 殡仪馆's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, short
  ``风险类型``, 高/中/低;
- the 婚姻登记处's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line and 持卡人（签字）; no type column;
- the 最低生活保障中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级/二级/三级``; no names;
- the 儿童福利院's 责任清单 under GROUP ROWS ``一、院领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 社会福利院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``;
- the 殡葬管理所's 一览表 in TWO SHEETS ``所领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``;
- the 公墓管理所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级``, a ``注：`` line and a sign-off line.

One is harder:

- ``yongshun_civil_affairs_bureau_paired_cells``: the 民政局's 岗位廉政风险防控一览表, one row a
  point with ``责任股室 | 责任岗位 | 责任人`` columns, where a point shared by SEVERAL 股室 is written
  ONCE: each of the three cells lists the 股室, the posts and the holders ON ONE LINE separated by
  ``、`` (``社会救助股、计划财务股`` | ``股长、会计`` | ``桑…、暨…``), the k-th 股室 going with the k-th
  post and the k-th holder (a ``注：`` line says so: ``股室、岗位、责任人按顺序一一对应``). The posts
  differ from pair to pair, a post may repeat for two holders (``副局长、副局长``), and one row
  pairs three 股室. The README's 读得懂的表 knows a shared point's ``责任岗位`` and ``责任人`` cells
  listing posts and holders ONE A LINE, paired by line; holders one a line each with his 科室 in
  brackets; two names before one post (``…、…站长``); it does not describe the 科室, post and
  holder cells of a row each listing their items on ONE line with ``、``, paired by order across
  the three columns (a holder's 科室 and post are the items in the same place of their cells).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 临时救助 审批程序 —
民政所 入户调查, 张榜公示, 民政局 审批, 专帐; a 殡葬 “腐败共同体” comment — 骨灰盒, 火化炉经营,
殡仪馆工程; a 婚姻登记机关等级评定标准 — 婚姻登记员, 工作经费, 档案; a city's 临时救助 意见 —
审批, 资金发放, 专账, 台账; a county page on 孤儿基本生活费 — 发放对象, 在校证明; a 孤儿基本生活保障
民生工程 — 集中供养孤儿, 生活补助; a page on 殡葬服务收费 公示 — 收费标准, 乱收费, 12358; a 民政
业务知识 page on 公墓 — 墓穴占地面积, 宗族墓地, 墓碑高度) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 暨 and 桑 with rare given names); every unit is a body of 永顺县.

Run ``python tests/published/score.py --set batch813`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose three cells each list n items on one line (``、``) is a point of
  n holders, the k-th holder with the k-th 股室 and the k-th post; a row with one item each is
  one holder's; ``局领导`` in the 责任股室 cell is the 科室 of the 局's leaders (as in the models);
  ``防控措施`` names no holder; the ``注：`` line and the sign-off line are no points;
- every body is a unit of its own: 局长, 副局长, 主任 of a 中心, 院长, 副院长, 馆长, 副馆长, 所长,
  副所长 and the 婚姻登记处's 主任 are leaders; 股长, a 部's or 科's 部长/科长, 办公室主任 middle;
  the rest (股员, 会计, 出纳, 审核员, 登记员, 保育员, 护理员, 火化工, 业务员, 管理员) general;
- ``院领导``, ``馆领导``, ``所领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  殡葬管理所's leaders (sheet ``所领导``, no 科室 column) and the cards' holders have no 科室 (the
  婚姻登记处 is a unit without 科室); a group row ``二、养育部`` gives the 科室 ``养育部``;
- ``岗位职责``, ``分管工作``, ``自查情况``, ``填表时间`` are no points and name no holder; the
  最低生活保障中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b813_"
PLACE = "永顺县"
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

# (责任股室, 责任岗位, 责任人, tier) per holder, one a holder
HOLDERS = {
    "局长": ("局领导", "局长", "暨翛沄", "leader"),
    "副局长甲": ("局领导", "副局长", "桑霁琤", "leader"),
    "副局长乙": ("局领导", "副局长", "暨岫翛", "leader"),
    "救助股长": ("社会救助股", "股长", "桑澍珩", "middle"),
    "养老股长": ("养老服务股", "股长", "暨瀛翃", "middle"),
    "事务股员": ("社会事务股", "股员", "桑璆沚", "general"),
    "财务股长": ("计划财务股", "股长", "暨霂棠", "middle"),
    "会计": ("计划财务股", "会计", "桑翾芃", "general"),
    "办公室主任": ("办公室", "主任", "暨橦玹", "middle"),
}

# (廉政风险点, 风险等级, holders in the cells' order, 防控措施)
SHARED_ROWS = [
    ("“三重一大”事项不经局党组会集体研究", "一级", ("局长",),
     "“三重一大”事项一律上党组会，会议纪要存档备查。"),
    ("分管领域临时救助审批打招呼、批条子", "二级", ("副局长甲", "副局长乙"),
     "临时救助审批结果在村（居）张榜公示，接受群众监督。"),
    ("低保、特困对象审核审批优亲厚友", "一级", ("救助股长",),
     "入户调查双人进行，审批结果张榜公示，近亲属备案。"),
    ("临时救助金发放台账与银行代发清单不符", "二级", ("救助股长", "会计"),
     "救助金通过金融机构社会化发放，每月核对台账与代发清单。"),
    ("养老机构运营补贴审核把关不严", "一级", ("养老股长",), "补贴按入住人数核定，实地抽查后拨付。"),
    ("高龄津贴发放名单与死亡注销信息比对不及时", "二级", ("养老股长", "财务股长"),
     "每月与公安、殡葬信息比对，停发名单及时公布。"),
    ("殡葬服务收费检查走过场", "三级", ("事务股员",), "收费检查两人以上参加，检查情况登记备查。"),
    ("救助物资政府采购指定供应商、验收把关不严", "一级", ("办公室主任", "财务股长", "救助股长"),
     "物资采购按政府采购目录执行，验收由使用股室、财务和纪检三方参加。"),
    ("临时救助资金专帐挤占挪用", "二级", ("会计",), "临时救助资金专户储存、专账管理，每季度对账。"),
]  # fmt: skip


def yongshun_civil_affairs_bureau_paired_cells() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 22, 14, 16, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 7)
    sh.add("序号", "责任股室", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    for i, (point, lv, keys, measures) in enumerate(SHARED_ROWS, 1):
        held = [HOLDERS[k] for k in keys]
        sh.add(i, SEP.join(h[0] for h in held), SEP.join(h[1] for h in held),
               SEP.join(h[2] for h in held), point, lv, measures)  # fmt: skip
    # the truth one form a holder, in the holders' order
    for key, (dept, post, who, tier) in HOLDERS.items():
        for point, lv, keys, _measures in SHARED_ROWS:
            if key in keys:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：一个风险点涉及几个股室的，股室、岗位、责任人按顺序一一对应；风险等级分一级、二级、三级，一级最高。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yongshun_civil_affairs_bureau_paired_cells", "http://www.lawyee.com.cn/html/text/lar/170486/17048651_1.html",
        "(harder) 县民政局 岗位廉政风险防控一览表, after the source's 临时救助 审批程序 (民政所 入户调查, 张榜公示, 民政局 "
        "审批, 专帐管理, 社会化发放): a title, a merged 填报单位/date line, then 序号/责任股室/责任岗位/责任人/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施, ONE ROW A POINT; a point shared by several 股室 written once, its 股室, posts "
        "and holders each listed ON ONE LINE with ``、`` (two or three items), the k-th of each cell going together; "
        "a ``注：`` line saying so; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongshun_funeral_home_list() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "桑昶琰", "leader", "骨灰盒等殡葬用品进馆销售收受供应商好处", "外部环境", "高",
         "殡葬用品进馆经馆务会集体研究，供应商和价格公示。"),
        ("馆领导", "馆长", "桑昶琰", "leader", "殡仪馆改扩建工程插手干预招投标", "制度机制", "高",
         "工程项目进入县公共资源交易中心公开招标。"),
        ("馆领导", "副馆长", "暨晞蕤", "leader", "火化炉维修配件采购不比价", "业务流程", "中",
         "维修配件三家询价，询价记录存档。"),
        ("业务科", "科长", "桑筠炘", "middle", "擅自设立收费项目、提高收费标准", "岗位职责", "高",
         "收费项目和标准在服务大厅公示，票据逐笔开具。"),
        ("业务科", "业务员", "暨苒璟", "general", "向丧户推销高价殡葬用品并收取提成", "思想道德", "中",
         "实行一次性告知和明码标价，丧户自愿选择。"),
        ("火化车间", "火化工", "桑柘熠", "general", "向丧户索要“辛苦费”、红包", "思想道德", "低",
         "公开监督电话，开展丧户回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年3月", None)
    return _layout(
        "yongshun_funeral_home_list", "https://www.rmzxw.com.cn/c/2016-03-30/749485.shtml",
        "县殡仪馆 岗位廉政风险防控一览表, after the source's comment on 殡葬 “腐败共同体” (骨灰盒, 棺材, 火化炉经营, "
        "殡仪馆工程建设, 商户行贿馆长): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yongshun_marriage_registry_cards() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    cards = [
        ("主任", "暨婳沨", "主任", "主持婚姻登记处全面工作，负责登记审核和档案管理", "leader", [
            ("为不符合条件的当事人违规办理婚姻登记", "Ⅰ级", "登记材料双人审查，疑难登记集体研究。"),
            ("违规查询、泄露婚姻登记信息", "Ⅰ级", "查询实行审批登记，系统操作留痕。"),
            ("婚姻登记工作经费使用不规范", "Ⅲ级", "经费支出按规定报账，年终公开。"),
        ]),
        ("登记员", "桑瑢鋆", "婚姻登记员", "负责结婚、离婚登记受理和颁证", "general", [
            ("收受当事人礼品、红包，为其插队办理", "Ⅱ级", "实行预约办理，服务承诺上墙公示。"),
            ("强制当事人提供与登记无关的证明或购买服务", "Ⅱ级", "一次性告知所需材料，投诉电话公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yongshun_marriage_registry_cards", "https://m.novel.qq.com/read/1026246147/26",
        "县婚姻登记处 岗位廉政风险防控卡, one sheet a person, after the source's 婚姻登记机关等级评定标准 (婚姻登记员 专职, "
        "工作经费, 档案管理, 服务承诺): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yongshun_subsistence_center_posts() -> dict:
    unit = f"{PLACE}最低生活保障中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "低保审批不按程序，“特事特办”随意扩大", "制度机制风险", "一级",
         "特事特办限定情形，一个月内补齐审批手续并备案。"),
        ("审核股", "股长", "middle", "对乡镇上报的低保材料只看不查，抽查走过场", "岗位职责风险", "一级",
         "按不低于30%比例入户抽查，抽查记录存档。"),
        ("审核股", "审核员", "general", "家庭经济状况核对结果随意采信", "业务流程风险", "二级",
         "核对结果经两人复核签字。"),
        ("资金股", "出纳", "general", "低保金发放名册与审批名单不一致", "业务流程风险", "二级",
         "发放名册由审批系统导出，每月与银行代发清单核对。"),
        ("资金股", "出纳", "general", "收受低保对象或其亲属礼品", "思想道德风险", "三级",
         "签订廉洁承诺书，公开举报电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yongshun_subsistence_center_posts", "http://ask.fsou.com/html/text/lar/173399/17339977_1.html",
        "县最低生活保障中心 岗位廉政风险点排查表 对岗不对人, after the source's city 临时救助 意见 (审批, 直接审批或授权审批, "
        "一个月内补齐手续, 资金发放, 专户专账, 明细台账): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yongshun_children_welfare_group_rows() -> dict:
    unit = f"{PLACE}儿童福利院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "桑蕤晞", "leader", [
                ("孤儿基本生活费挤占挪用", "一级风险", "基本生活费专账核算，按月公示收支。"),
                ("儿童生活物资采购不经集体研究", "一级风险", "大宗物资采购经院务会研究，三家比价。"),
            ]),
        ]),
        ("二、养育部", "养育部", [
            ("部长", "暨沚橦", "middle", [
                ("在校就读成年孤儿继续享受生活费的证明审核不严", "二级风险", "在校证明每学期复核，名单公示。"),
            ]),
            ("保育员", "桑琇芃", "general", [
                ("克扣儿童伙食、衣物", "二级风险", "伙食每周公布，衣物发放登记签收。"),
                ("接受爱心人士捐赠物品不登记", "三级风险", "捐赠物品统一登记入库，定期公开。"),
            ]),
        ]),
        ("三、办公室", "办公室", [
            ("主任", "暨玹曈", "middle", [
                ("社会捐赠资金入账不及时、不完整", "二级风险", "捐赠资金当日入账，出具捐赠票据。"),
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
        "yongshun_children_welfare_group_rows", "http://luozhuang.gov.cn/info/4515/26712.htm",
        "县儿童福利院 廉政风险防控责任清单, after the source's page on 孤儿基本生活费 (发放对象, 查找不到生父母的未成年人, "
        "成年后在校就读凭在校证明继续享受): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、院领导``, ``二、养育部``, ``三、办公室`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def yongshun_welfare_home_selfchecks() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    people = [
        ("桑霈翃", "院领导", "副院长", "leader", [
            ("集中供养人员生活补助核拨不实，虚报人数", "★★★", "供养人员名册每月与补助拨付核对。", "已落实"),
            ("护理服务外包单位选定暗箱操作", "★★★", "外包采购公开比选，结果公示。", "已落实"),
        ]),
        ("暨璟苒", "护理部", "部长", "middle", [
            ("护理等级评定弄虚作假", "★★", "护理等级评定两人以上参加，结果公示。", "未发现问题"),
            ("护理员排班和加班费核定不公", "★", "排班表和加班记录每月公示。", "已落实"),
        ]),
        ("桑炘筠", "后勤科", "管理员", "general", [
            ("食堂食材验收数量不足", "★★", "食材验收双人签字，留存照片。", "未发现问题"),
            ("库存物资账实不符", "★", "每月盘点，账物核对。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongshun_welfare_home_selfchecks", "https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/msgcyg/2015n/518361.html",
        "县社会福利院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 孤儿基本生活保障 "
        "民生工程 (散居孤儿, 福利机构集中供养孤儿, 生活补助标准): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type "
        "column; ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def yongshun_funeral_admin_two_sheets() -> dict:
    unit = f"{PLACE}殡葬管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("暨沨婳", "所长", "主持全面工作", [
            ("殡葬服务收费标准制定中收受经营户好处", "高风险", "收费标准报县发改部门核定并公示。"),
            ("违规为殡葬经营户办理备案", "中风险", "备案材料集体审核，结果公开。"),
        ]),
        ("桑鋆瑢", "副所长", "分管执法检查", [
            ("查处乱收费、强制服务时以罚代管", "高风险", "执法全程记录，罚没款全额上缴。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("执法股", "股长", "暨熠柘", "middle", "接到“12358”价格举报不登记、不核查", "中风险",
         "举报件登记台账，办理结果回复举报人。"),
        ("执法股", "股员", "桑橦沚", "general", "检查中接受殡葬经营户宴请", "低风险", "检查两人以上，签订廉洁承诺。"),
        ("综合股", "会计", "暨芃琇", "general", "殡葬惠民补贴发放审核不严", "中风险", "补贴对象与火化信息逐一比对。"),
        ("综合股", "会计", "暨芃琇", "general", "收费票据管理混乱", "低风险", "票据专人领用、核销登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yongshun_funeral_admin_two_sheets", "http://fc36.cn/g83597937.html",
        "县殡葬管理所 廉政风险防控一览表 in TWO SHEETS, after the source's page on 殡葬服务收费 公示 (收费标准, 乱收费, "
        "“12358” 价格举报, 强制服务并收费): sheet 所领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yongshun_cemetery_office_list() -> dict:
    unit = f"{PLACE}公墓管理所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "桑琮璆", "leader", "公益性公墓墓穴违规对外销售", "制度机制", "一级",
         "墓穴安葬对象本地户籍审核，销售台账公开。"),
        ("所领导", "所长", "桑琮璆", "leader", "墓区扩建工程验收把关不严", "岗位职责", "二级",
         "工程验收邀请县民政局参加。"),
        ("业务股", "股长", "暨棠霂", "middle", "超面积建墓、违规建造宗族墓地不制止", "岗位职责", "一级",
         "墓穴面积、墓碑高度按规定控制，定期巡查。"),
        ("业务股", "管理员", "桑沄翛", "general", "墓位管理费收取不开票据", "业务流程", "二级",
         "管理费统一缴入单位账户，开具票据。"),
        ("财务股", "出纳", "暨琤霁", "general", "现金坐支、公款私存", "思想道德", "三级",
         "现金日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "yongshun_cemetery_office_list", "http://www.enping.gov.cn/hdjl/ywzsk/m/content/post_2708574.html",
        "县公墓管理所 岗位廉政风险防控一览表, after the source's 民政 业务知识 page on 公墓 (经营性公墓内不得建造宗族墓地, "
        "墓穴占地面积, 墓碑高度): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and "
        "a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongshun_civil_affairs_bureau_paired_cells(),
    yongshun_funeral_home_list(),
    yongshun_marriage_registry_cards(),
    yongshun_subsistence_center_posts(),
    yongshun_children_welfare_group_rows(),
    yongshun_welfare_home_selfchecks(),
    yongshun_funeral_admin_two_sheets(),
    yongshun_cemetery_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch813-inbox"))
