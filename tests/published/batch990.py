"""The nine-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 街道办事处 and
社区, its 政法 bodies and one 乡镇 卫生院, 汤原县 (佳木斯市, 黑龙江省) — its 城东街道办事处, the 街道's
向阳社区 and 胜利社区, the 县公安局 and its 香兰派出所, the 县人民法院, the 县司法局 and the 香兰镇卫生院 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城东街道办事处's 一览表: ``科室`` merged (``街道领导``, ``党政综合办公室``, ``社会事务办公室``), ``职务 |
  姓名`` merged per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 向阳社区居民委员会's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 |
  …`` and a merged 岗位职责 line, short types under ``风险类别``, ``一级/二级/三级``;
- the 县公安局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``重点防控/一般防控/常规防控``;
- the 香兰派出所's 排查表: ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险表现``,
  ``高风险/中风险/低风险``, no type column;
- the 县人民法院's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column;
- the 香兰镇卫生院's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类型``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 胜利社区居民委员会's 清单 under GROUP ROWS ``一、社区“两委”``, ``二、人民调解委员会`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``tangyuan_justice_ab_posts``: the 县司法局's 岗位廉政风险防控清单 under the A、B岗工作制 (one post, two
  people: the A岗 holds it, the B岗 stands in). ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 |
  防控措施``; for a post worked by two, its ``责任人`` cell (merged down the post's rows) lists both,
  LABELLED: ``A岗：綦连…⏎B岗：贺楼…``, and EACH POINT ENDS WITH A MARKER saying whose it is:
  ``…（A岗）``, ``…（B岗）`` or ``…（A、B岗）`` (both); a ``注：`` line says so. A post held by one person
  (the 局长, a 股长) names him plainly, his points unmarked. The README's 读得懂的表 and
  docs/layouts.md know a 姓名 cell ``A岗:周敏⏎B岗:高翔`` as two holders sharing every point beside it,
  a cell of several holders whose points end with a bracket naming the holder's SURNAME (or initial,
  full name, post: HOLDERS_BY_SURNAME_TAG), and ``A角 | B角`` columns; they do not describe points
  whose closing bracket names the LABEL (``A岗``, ``B岗``) under which the holders are listed, which
  must give each point to the person(s) of that label only, the marker taken off the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省's 社区服务体系 plan with its
街道办事处 and 社区 services; a Q&A on a 社区居委会's 工作经费; a 县公安局's 法治政府建设 report; a primer on
a 公安局's 职责 and 户籍、治安 work; a report on 执行 as the 法院's riskiest field; a 海岛司法所's
windows for 调解, 法律援助 and 公证; a 医院院长's bribery in 采购; a paper on 司法所 and 乡镇（街道）法治
and 人民调解) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (the rare compound surnames 綦连 and 贺楼 with rare
given names); every unit is a body of 汤原县.

Run ``python tests/published/score.py --set batch990`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point marked ``（A岗）`` is the A岗 person's, ``（B岗）`` the B岗 person's,
  ``（A、B岗）`` both people's (each his own copy); the point is the text without its marker; its post
  the row's post for both; the 局长's and 股长's unmarked points are theirs; the ``注：`` line is no
  point;
- ``街道领导`` is the 科室 of the 街道's leaders, ``所领导`` none (the 派出所's own list has no 科室);
  an 街道's 办公室, a 局's 大队 and 股, a 法院's 庭 and 执行局 and a 社区's 调解委员会 (a group row)
  are 科室; ``一、社区“两委”`` is the 科室 of the 社区's leaders;
- the 街道办事处, the 社区, the 局, the 派出所, the 法院 and the 卫生院 are units of their own: 党工委书记,
  主任 and 副主任 (of the 街道), 书记、主任 (of the 社区), 局长, 政委, 副局长, 所长, 教导员, 院长, 副院长
  are leaders; 办公室主任, 大队长, 股长, 庭长, 执行局局长 and 调委会主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 卫生院's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…``, ``高风险/中风险/低风险`` and
  ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b990_"
PLACE = "汤原县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

MARK = re.compile(r"（(A、B|A|B)岗）$")


def marked(cell: str) -> tuple[str, str]:
    """The point and its marker of a marked cell: ``…不严（A岗）`` -> (…不严, A); unmarked: (cell, '')."""
    m = MARK.search(cell)
    return (cell[: m.start()], m.group(1)) if m else (cell, "")


# (股室, 岗位, tier, {label: person} or a person, [(风险点, marker, 风险等级, 防控措施)])
AB_POSTS = [
    ("局领导", "局长", "leader", "綦连澂翙", [
        ("法律援助经费使用个人说了算", "", "高", "经费使用局党组会集体研究，按季公开。"),
        ("干预律师事务所、公证机构正常执业", "", "高", "插手干预执业活动一律登记报告。"),
    ]),
    ("公共法律服务中心", "法律援助受理员", "general", {"A": "贺楼沨曦", "B": "綦连翊珩"}, [
        ("法律援助申请经济困难审查不实", "A", "高", "经济困难状况承诺加核查，两人审核。"),
        ("接受受援人财物或宴请", "A、B", "中", "公开监督电话，廉洁承诺上墙。"),
        ("指派承办律师优亲厚友", "B", "中", "承办律师按名册轮流指派，结果公示。"),
    ]),
    ("公共法律服务中心", "公证受理员", "general", {"A": "綦连湉霂", "B": "贺楼琤瑀"}, [
        ("公证申请材料审核把关不严", "A", "高", "材料清单化审核，疑点上报公证员。"),
        ("公证费减免随意", "B", "中", "减免按标准报股室审批，票据统一管理。"),
        ("泄露当事人隐私信息", "A、B", "低", "档案专柜管理，查阅登记。"),
    ]),
    ("人民参与和促进法治股", "股长", "middle", "贺楼岍翀", [
        ("人民调解“以案定补”材料审核不实", "", "中", "案卷抽查复核，补贴名单公示。"),
        ("人民陪审员选任中打招呼", "", "低", "选任全程公开，随机抽选。"),
    ]),
    ("社区矫正股", "社区矫正执法员", "general", {"A": "贺楼瀞沅", "B": "綦连珺翯"}, [
        ("违规批准矫正对象外出", "A", "高", "外出审批两级审核，系统留痕。"),
        ("矫正对象考核奖惩弄虚作假", "A、B", "中", "考核结果集体评议，报局审定。"),
        ("收受矫正对象家属财物", "B", "高", "执法记录仪全程记录，家属回访。"),
    ]),
]  # fmt: skip
LEVELS_AB = {"高": 1, "中": 2, "低": 3}


def tangyuan_justice_ab_posts() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("清单", [6, 18, 16, 20, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in AB_POSTS:
        shown = who if isinstance(who, str) else f"A岗：{who['A']}\nB岗：{who['B']}"
        for point, mark, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, f"{point}（{mark}岗）" if mark else point, lv, measures)
            holders = [who] if isinstance(who, str) else [who[k] for k in mark.split("、")]
            assert bool(mark) != isinstance(who, str), point
            for person in holders:
                t.point(sh.name, dept, post, person, tier, point, [], LEVELS_AB[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2])),
                            (3, lambda row: (row[1], row[2], row[3]))])  # fmt: skip
    _line(
        sh,
        "注：本局窗口和执法岗位实行A、B岗工作制，A岗为主办、B岗为替岗；风险点后括号注明由A岗或B岗人员承担，"
        "注“A、B岗”的由两岗共同承担。",
        7,
    )
    sh.add("填表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tangyuan_justice_ab_posts", "https://zjfzb.zjol.com.cn/html/2022-10/18/content_2808867.htm",
        "(harder) 县司法局 岗位廉政风险防控清单 under the A、B岗工作制, after the source's account of a 海岛司法所's windows "
        "(人民调解, 法律援助, 公证, 法律咨询) worked in turn: a title, 序号/股室 merged/岗位 merged/责任人 merged per post, "
        "for a post of two LABELLED ``A岗：…⏎B岗：…``, each of its points ENDING WITH A MARKER ``（A岗）``, ``（B岗）`` or "
        "``（A、B岗）`` saying whose it is; a single holder's points unmarked; 风险等级 高/中/低/防控措施; no type column; "
        "a ``注：`` line saying so",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tangyuan_chengdong_street_list() -> dict:
    unit = f"{PLACE}城东街道办事处"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "贺楼霁澍", "leader", "街道公用经费和专项资金使用个人说了算", "制度机制风险", "高",
         "资金使用经党工委会集体研究，按季公开。"),
        ("街道领导", "主任", "贺楼霁澍", "leader", "老旧小区改造项目确定中为亲友打招呼", "思想道德风险", "高",
         "项目名单公开征求居民意见，结果公示。"),
        ("社会事务办公室", "办公室主任", "綦连瑗琛", "middle", "城市低保审核确认优亲厚友", "岗位职责风险", "高",
         "入户调查两人以上，评议结果社区公示。"),
        ("社会事务办公室", "办公室主任", "綦连瑗琛", "middle", "临时救助金审批不按标准", "业务流程风险", "中",
         "救助审批按标准分档，台账月报。"),
        ("社会事务办公室", "科员", "贺楼沄翮", "general", "高龄津贴名单更新不及时、冒领", "业务流程风险", "中",
         "每月与殡葬、医保数据比对。"),
        ("党政综合办公室", "科员", "綦连璆", "general", "办公用品采购虚报价格", "外部环境风险", "低",
         "采购两人经办，入库验收登记。"),
        ("党政综合办公室", "科员", "綦连璆", "general", "公务接待超标准", "制度机制风险", "中",
         "接待凭公函，清单与发票一并审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：党政综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tangyuan_chengdong_street_list", "http://wisor.cc/policy/show.php?from=client&itemid=84045",
        "县城东街道办事处 岗位廉政风险防控一览表, after the source's 省 社区服务体系 plan (街道办事处, 社区服务中心, "
        "社会救助, 优抚助残): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tangyuan_xiangyang_community_cards() -> dict:
    unit = f"{PLACE}城东街道向阳社区居民委员会"
    t = _Truth(unit)
    cards = [
        ("綦连沨瑛", "书记、主任", "主持社区党组织和居委会全面工作", "leader", [
            ("社区工作经费使用个人说了算", "制度机制", "一级", "经费使用“两委”会研究，按季公开。"),
            ("社区公益性岗位安排优亲厚友", "思想道德", "一级", "岗位人选公开招聘，结果公示。"),
        ]),
        ("贺楼琬翎", "民政专干", "低保、救助、残疾人服务", "general", [
            ("低保申请入户调查走过场", "岗位职责", "二级", "入户调查两人以上，拍照留存。"),
            ("残疾人补贴申报材料把关不严", "业务流程", "二级", "材料初审后交街道复核。"),
        ]),
        ("綦连翛", "网格员", "网格信息采集、矛盾排查", "general", [
            ("网格信息采集弄虚作假", "岗位职责", "三级", "信息每月抽查回访。"),
            ("接受商户吃请后隐瞒问题", "外部环境", "二级", "签订廉洁承诺书，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "街道审核：", None, None)
        sheets.append(sh)
    return _layout(
        "tangyuan_xiangyang_community_cards",
        "https://m.dbcollege.cn/content/0/2/cff767ffa62249d7f173f5c809fb0fe3.html",
        "社区居民委员会 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's answer on "
        "a 社区居委会's 工作经费 (财政拨款, 街道支持, 捐赠, 经营收入, 使用管理): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "持卡人签名/街道审核",
        sheets, t,
    )  # fmt: skip


def tangyuan_public_security_list() -> dict:
    unit = f"{PLACE}公安局"
    sh = _Sheet("一览表", [6, 16, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "綦连昶", "leader", "分管案件办理中说情打招呼", "思想道德", "重点防控",
         "过问案件一律登记报告，季度通报。"),
        ("局领导", "副局长", "綦连昶", "leader", "警用装备采购指定供应商", "制度机制", "重点防控",
         "采购按政府采购程序，纪检全程监督。"),
        ("治安管理大队", "大队长", "贺楼翾", "middle", "娱乐场所检查通风报信", "外部环境", "重点防控",
         "检查“双随机”，行动前统一收缴通讯工具。"),
        ("治安管理大队", "大队长", "贺楼翾", "middle", "治安案件调解处理显失公平", "岗位职责", "一般防控",
         "调解协议法制审核，回访当事人。"),
        ("法制大队", "民警", "綦连琰沚", "general", "案件审核降低标准", "岗位职责", "一般防控",
         "审核意见留痕，疑难案件集体研究。"),
        ("法制大队", "民警", "綦连琰沚", "general", "涉案财物入库登记不全", "业务流程", "常规防控",
         "涉案财物管理中心统一保管，扫码出入库。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "tangyuan_public_security_list", "https://www.nxjy.gov.cn/ztml/fzzfjs/202602/t20260204_5159219.html",
        "县公安局 岗位廉政风险防控一览表, after the source's 县公安局 法治政府建设 report (执法权力运行机制, 执法资格, "
        "重大行政决策, 执法监督): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``重点防控/一般防控/常规防控``/防控措施; a 填表人/审核人/"
        "局长（签字） line",
        [sh], t,
    )  # fmt: skip


def tangyuan_xianglan_police_station_screening() -> dict:
    unit = f"{PLACE}公安局香兰派出所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("所长", "贺楼澈岚", "leader", "行政处罚", "治安案件处罚中说情减免", "高风险", "处罚决定集体审议，全程记录。"),
        ("所长", "贺楼澈岚", "leader", "警力调配", "辖区商户安保服务中谋取私利", "中风险", "禁止参与营利性安保活动。"),
        ("户籍内勤", "綦连珈", "general", "户口迁移", "不符合条件违规办理户口迁入", "高风险", "迁移材料两人审核，系统比对。"),
        ("户籍内勤", "綦连珈", "general", "证件办理", "居民身份证加急办理收受好处", "中风险", "办证进度系统公开。"),
        ("社区民警", "贺楼瀛", "general", "出租房屋管理", "出租房屋检查走过场", "低风险", "检查台账月查，抽查回访。"),
        ("社区民警", "贺楼瀛", "general", "矛盾调处", "调处纠纷中偏袒一方", "中风险", "调处结果回访，记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, desc, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "tangyuan_xianglan_police_station_screening", "https://ent.jinxun.cc/ent/202510/3689272.html",
        "县公安局派出所 廉政风险点排查表, after the source's primer on a 公安局's 职责 and parts (治安管理, 户籍管理, 居民身份证, "
        "出租屋): a title, 序号/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no 科室, no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tangyuan_court_selfchecks() -> dict:
    unit = f"{PLACE}人民法院"
    t = _Truth(unit)
    people = [
        ("贺楼翊湉", "院领导", "副院长", "leader", [
            ("分管执行案件中过问干预", "★★★", "领导干部过问案件全程留痕。", "已落实"),
            ("审委会讨论案件为当事人说情", "★★★", "审委会讨论记录归档，发言留痕。", "已落实"),
        ]),
        ("綦连澹", "执行局", "执行局局长", "middle", [
            ("执行款发放拖延、截留", "★★★", "执行款“一案一账号”，到账即通知。", "未发现问题"),
            ("违规终结本次执行程序", "★★", "终本案件合议审查，定期回查。", "已落实"),
        ]),
        ("贺楼沚", "立案庭", "法官助理", "general", [
            ("选择性立案、拖延立案", "★★", "立案登记网上公开，超期预警。", "已落实"),
            ("为律师、当事人打探案情", "★", "严格执行过问案件登记制度。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "部门负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tangyuan_court_selfchecks", "http://js.news.cn/20230901/dcf7d94e7e5044bea52bf8a50d2ea66e/c.html",
        "县人民法院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on 执行 as "
        "the 法院's riskiest field (有偿执行, 套取执行款, 违规终结执行, 轮岗): a title, a label row ``姓　名 | 所在部门 | "
        "职　务 | 自查日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a "
        "``注：`` line; no type column; ``本人签名： | 部门负责人意见：``",
        sheets, t,
    )  # fmt: skip


def tangyuan_xianglan_health_posts() -> dict:
    unit = f"{PLACE}香兰镇卫生院"
    sh = _Sheet("清单", [6, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "leader", "药品、耗材采购中收受供应商回扣", "思想道德风险", "Ⅰ级", "药品耗材集中带量采购，院务会公开。"),
        ("院长", "leader", "医疗设备采购指定品牌", "制度机制风险", "Ⅰ级", "设备采购论证后报卫健局审批。"),
        ("药房负责人", "middle", "药品入库验收不实、以次充好", "岗位职责风险", "Ⅱ级", "入库验收两人签字，月度盘点。"),
        ("药房负责人", "middle", "统计医生用药量提供给医药代表", "外部环境风险", "Ⅱ级", "处方统计权限管理，禁止“统方”。"),
        ("收费员", "general", "医疗收费少收、漏收或截留", "业务流程风险", "Ⅱ级", "收费系统日结日清，票据核销。"),
        ("收费员", "general", "新农合（医保）报销虚记费用", "岗位职责风险", "Ⅲ级", "报销明细公示，医保局抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：院办", None, "审核：", None, "2025年3月", None)
    return _layout(
        "tangyuan_xianglan_health_posts", "https://hbsztv.com/baiye/scdt/2023/0303/911237.html",
        "镇卫生院 岗位廉政风险防控清单 对岗不对人, after the source's account of a 医院院长's bribery in 设备、药品和耗材 "
        "采购 and 党委领导下的院长负责制: a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tangyuan_shengli_community_group_rows() -> dict:
    unit = f"{PLACE}城东街道胜利社区居民委员会"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、社区“两委”", "社区“两委”", [
            ("书记、主任", "贺楼琮翃", "leader", [
                ("社区居民议事结果不执行、暗箱操作", "一级风险", "议事结果居务监督委员会监督、公示。"),
                ("辖区共建单位资金使用不公开", "二级风险", "共建资金单独记账，按季公开。"),
            ]),
        ]),
        ("二、人民调解委员会", "人民调解委员会", [
            ("调委会主任", "綦连岫澂", "middle", [
                ("调解纠纷中收受当事人财物", "一级风险", "调解协议双方签字，回访存档。"),
            ]),
            ("调解员", "贺楼珝", "general", [
                ("以案定补材料虚报案件", "二级风险", "案卷编号登记，街道司法所抽查。"),
                ("调解中泄露当事人隐私", "三级风险", "调解档案专柜保管，查阅登记。"),
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
        "tangyuan_shengli_community_group_rows",
        "https://freewechat.com/a/MzUxMzUyMzk1OA==/2247859694/4",
        "社区居民委员会 廉政风险防控责任清单 under GROUP ROWS, after the source's study of 司法所 and 乡镇（街道）法治建设 "
        "(人民调解, 法律服务基层化, 联建联动): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、社区“两委”``, ``二、人民调解委员会`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tangyuan_justice_ab_posts(),
    tangyuan_chengdong_street_list(),
    tangyuan_xiangyang_community_cards(),
    tangyuan_public_security_list(),
    tangyuan_xianglan_police_station_screening(),
    tangyuan_court_selfchecks(),
    tangyuan_xianglan_health_posts(),
    tangyuan_shengli_community_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch990-inbox"))
