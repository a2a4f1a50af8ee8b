"""The nine-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门,
their 事业单位 and one 镇, 凤冈县 (遵义市, 贵州省) — its 茶产业发展中心, 农业农村局, 市场监督管理局, 永安镇,
文体广电旅游局, 工业和信息化局, 林业局 and 住房和城乡建设局 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表: ``股室`` merged (``局领导``, ``种植业股``, ``农村经营管理股``, ``农业综合执法大队``),
  ``职务 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``;
- the 市场监督管理局's 防控卡, one sheet a person (tabs named by the person): ``持卡人 | … | 职务 | …``
  and a merged 岗位职责 line, short types under ``风险类别``, 高/中/低;
- the 永安镇's 排查表: ``站所`` merged — ``镇领导``, two 办 and a 站 (``农业服务中心``) —, ``岗位 | 姓名``
  merged per person, a short ``风险点`` beside a long ``具体表现``, ``高风险/中风险/低风险``, no type
  column;
- the 文体广电旅游局's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类别``,
  ``一级风险/二级风险/三级风险``; no names;
- the 工业和信息化局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 填表日期`` over
  a row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查结果``, no type column;
- the 林业局's 清单 under GROUP ROWS ``一、局领导``, ``二、永安林业站`` … (no 股室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 住房和城乡建设局's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on
  EVERY row, ``…风险`` types, ``重点防控/一般防控/常规防控``.

One is harder:

- ``fg_tea_centre_digit_key_in_heading``: the 茶产业发展中心's 一览表, an ordinary list (``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险类别 | 风险等级（1=低，2=中，3=高） | 防控措施``; 股室 merged; 岗位 and
  姓名 merged per person) whose level column holds the DIGITS ``3``, ``2``, ``1`` and whose HEADING
  says in its brackets what each digit means — ``1=低，2=中，3=高``, the reverse of the usual reading
  of a digit as its grade (``1`` 一级). No line under or over the list says so. The README's
  读得懂的表 and docs/layouts.md know digits turned round by a NOTE under the table (``数字越大风险越高：
  3为高风险…``, ``3为高风险,1为低风险``), a heading's brackets that ORDER three level words
  (``风险等级（极高＞高＞中）``, ``（红色为最高）``) and a heading's brackets that name each level of a
  stage column (``立项论证（二级）``); they do not describe a level heading whose brackets give each
  DIGIT of the column its level word (``（1=低，2=中，3=高）``, ``（高3 中2 低1）``). Probed before
  building: ``风险等级(1=低,2=中,3=高)`` over ``3/2/1`` and ``风险等级（高3 中2 低1）`` were read 3→三级,
  1→一级 (``风险等级（3—高，2—中，1—低）``, whose order happens to match, read right).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (凤冈's 锌硒茶 and 茶旅 told on a
national programme; the 电制茶 of its tea factories; the 凤冈锌硒茶 地理标志 and its 有机 base; the
2847 亩 of 有机茶园 at 永安镇 田坝; the 茶海之心 and 一二三产 联动; a 龙头企业 among the hundred tea firms;
凤冈's 森林覆盖 and 绿色产业; a 村's 新农村建设 with its 安居房 and 村路) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare compound surnames 公石 and 公祖 with rare given names); every unit is a body of
凤冈县.

Run ``python tests/published/score.py --set batch984`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the heading's meaning of its digit: ``3`` is 高 (1),
  ``2`` 中 (2), ``1`` 低 (3); the heading's brackets are no part of any point;
- a 站 (``农业服务中心``) written in the 镇's ``站所`` column and a 林业站 written as a group row are
  科室 of their 镇 (局), the 镇 (局) the unit; their 站长 and 主任 are middle;
- ``局领导``, ``镇领导`` and ``中心领导`` (a 股室 cell, a group row) are the 科室 of the leaders; a 局's
  股 and 大队 are 科室; the 工业和信息化局's cards and the 文体广电旅游局's list name no 科室 but the
  自查表's ``所在股室``;
- the 局, the 镇 and the 中心 are units of their own: 局长, 副局长, 镇长, 副镇长, 主任 and 副主任 (of the
  中心) are leaders; 股长, 大队长, 站长, 所长 and 办公室主任 (of the 镇) middle; the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``岗位职责``, ``自查结果`` and ``填表日期`` are no
  points and name no holder; the 文体广电旅游局's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险``
  and ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b984_"
PLACE = "凤冈县"
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

# the level heading and what its brackets make of each digit
DIGIT_HEAD = "风险等级（1=低，2=中，3=高）"
DIGIT_KEY = {3: "高", 2: "中", 1: "低"}
DIGIT_LEVELS = {d: HML[w] for d, w in DIGIT_KEY.items()}

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类别, digit, 防控措施)])
BY_DIGITS = [
    ("中心领导", "主任", "公石翥", "leader", [
        ("茶园基地建设补助项目安排个人说了算", "制度机制风险", 3, "补助项目经主任办公会集体研究，结果公示。"),
        ("为亲友茶企争取品牌推广资金打招呼", "思想道德风险", 3, "推广资金申报公开，评审专家随机抽取。"),
    ]),
    ("中心领导", "副主任", "公祖琰", "leader", [
        ("有机茶园认证补贴审核把关不严", "岗位职责风险", 2, "认证补贴经股室初审、分管领导复核两级把关。"),
        ("接受茶企宴请、茶礼", "外部环境风险", 2, "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("生产技术股", "股长", "公石霑", "middle", [
        ("茶苗采购验收数量以少报多", "业务流程风险", 3, "茶苗验收两人以上到场，逐批拍照存档。"),
        ("茶园病虫害统防统治服务费结算不实", "业务流程风险", 1, "服务费凭作业记录、农户签字结算。"),
    ]),
    ("品牌营销股", "股长", "公祖翾", "middle", [
        ("茶博会参展费用虚列支出", "制度机制风险", 2, "参展费用预算经中心审定，凭票据报账。"),
        ("锌硒茶公用品牌授权企业把关不严", "岗位职责风险", 2, "授权企业名单集体审定并公示。"),
    ]),
    ("综合办公室", "会计", "公石沨", "general", [
        ("电制茶改造补助资金拨付不按进度", "岗位职责风险", 1, "补助资金按验收进度拨付，按季对账。"),
        ("公务接待超标准、无公函", "思想道德风险", 1, "接待凭公函、清单报账，每月公示。"),
    ]),
]  # fmt: skip


def fg_tea_centre_digit_key_in_heading() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    sh = _Sheet("一览表", [6, 14, 9, 10, 38, 14, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", DIGIT_HEAD, "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_DIGITS:
        for point, kind, digit, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, kind, digit, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), DIGIT_LEVELS[digit])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年6月", None)
    return _layout(
        "fg_tea_centre_digit_key_in_heading",
        "http://www.ctgky.com/travel/20250805/faf7478ebe9b4142a1c071146bb7d58c/c.html",
        "(harder) 县茶产业发展中心 岗位廉政风险防控一览表, after the source's account of 凤冈's 锌硒茶 (富锌富硒耕地, "
        "全域有机, 茶旅 康养) told on a national programme: a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类别 ``…风险``/``风险等级（1=低，2=中，3=高）`` holding the digits ``3/2/1``/防控措施; a "
        "填表人/审核人/date line; no note: only the heading's brackets say ``3`` is 高",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fg_agriculture_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公祖澂", "leader", "高标准农田建设项目发包个人说了算", "制度机制风险", "一级",
         "项目进入公共资源交易平台，党组会集体研究。"),
        ("局领导", "局长", "公祖澂", "leader", "为亲友承揽农机购置补贴业务打招呼", "思想道德风险", "二级",
         "落实插手干预重大事项记录报告制度。"),
        ("种植业股", "股长", "公石琤", "middle", "茶叶加工电能替代补助名单审核不严", "业务流程风险", "一级",
         "补助名单经镇、股室两级审核并公示。"),
        ("种植业股", "股长", "公石琤", "middle", "耕地地力保护补贴面积核定不实", "岗位职责风险", "二级",
         "补贴面积与确权数据比对，张榜公示。"),
        ("农村经营管理股", "科员", "公祖滢", "general", "村集体经济项目资金审计走过场", "岗位职责风险", "二级",
         "审计结果报局务会，问题限期整改。"),
        ("农业综合执法大队", "大队长", "公石峤", "middle", "农资打假案件以罚代刑", "外部环境风险", "一级",
         "案件集体审理，涉刑案件移送公安。"),
        ("农业综合执法大队", "执法队员", "公祖瑄", "general", "执法检查中接受农资店吃请", "思想道德风险", "三级",
         "执法全程记录，签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "fg_agriculture_list", "http://m.djxww.com/xiaoshou/zonghe/2023/0404/141719.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's account of 凤冈's 茶海之心 and its 电制茶 (有机、绿色认证"
        "茶园, 欧标茶园基地, 茶企 绿色低碳转型): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fg_market_regulation_cards() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    cards = [
        ("公石岚翀", "副局长", "分管知识产权、地理标志保护和食品安全", "leader", [
            ("地理标志专用标志使用核准把关不严", "岗位职责", "高", "核准材料集体审查，结果公示。"),
            ("食品安全抽检机构选定不公", "制度机制", "中", "抽检机构按规定比选，局务会研究。"),
        ]),
        ("公祖翎", "股长", "负责知识产权股日常工作", "middle", [
            ("商标侵权案件查处中说情", "外部环境", "高", "案件查处两人以上，处理结果公开。"),
            ("有机产品认证检查走过场", "业务流程", "中", "检查记录上传系统，随机抽查复核。"),
        ]),
        ("公石泠", "科员", "茶叶市场日常巡查", "general", [
            ("巡查中接受经营户茶礼", "思想道德", "中", "签订廉洁承诺书，公开监督电话。"),
            ("巡查记录填写不实", "岗位职责", "低", "巡查全程执法记录仪记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "fg_market_regulation_cards", "http://663996.com/techan/zunyi/fenggangxinxicha.html",
        "县市场监督管理局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account "
        "of the 凤冈锌硒茶 特产 (有机茶生产基地, 出口茶叶质量安全示范区, 注册商标, 驰名商标): a title, ``持卡人 | … | 职务 "
        "| …`` and a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; "
        "持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


def fg_yongan_town_screening() -> dict:
    unit = f"{PLACE}永安镇人民政府"
    sh = _Sheet("排查表", [6, 16, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "具体表现", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "公祖翙", "leader", "项目发包", "茶园提质改造项目发包个人说了算", "高风险",
         "项目发包经镇党委会集体研究，结果公示。"),
        ("镇领导", "副镇长", "公石璈", "leader", "土地流转", "茶园土地流转中为企业压价", "中风险",
         "流转合同经村民代表大会讨论，镇备案。"),
        ("党政办公室", "办公室主任", "公祖湜", "middle", "公务接待", "公务接待超标准报账", "中风险",
         "接待凭公函、清单报账，每季公示。"),
        ("党政办公室", "办公室主任", "公祖湜", "middle", "印章管理", "违规使用公章出具证明", "低风险",
         "用印登记，经分管领导审批。"),
        ("社会事务办公室", "科员", "公石澍", "general", "救助审核", "临时救助对象审核不严", "中风险",
         "救助对象经村、镇两级评议公示。"),
        ("农业服务中心", "主任", "公祖岍", "middle", "补贴发放", "有机茶园认证补贴虚报冒领", "高风险",
         "补贴名单入户核实，“一卡通”发放。"),
        ("农业服务中心", "主任", "公祖岍", "middle", "物资验收", "茶苗、肥料验收不严", "中风险",
         "验收两人以上，村民代表参与。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "fg_yongan_town_screening", "http://husay.cn/a/202210/1917752.html",
        "镇人民政府 廉政风险点排查表, after the source's account of the 中国富锌富硒有机茶之乡 and 永安镇 田坝's 2847 亩 "
        "有机茶园 (中低产茶园改造, 良种化, 有机茶加工厂颁证): a title, 序号/站所 merged (镇领导, two 办公室 and "
        "``农业服务中心``)/岗位 and 姓名 merged per person/a short ``风险点``/a long ``具体表现``/风险等级 ``高风险/"
        "中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fg_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("清单", [6, 14, 40, 14, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "景区提质项目安排个人说了算", "制度机制风险", "一级风险", "项目安排经党组会研究，结果公开。"),
        ("局长", "leader", "为茶旅企业争取奖补资金收受好处", "思想道德风险", "一级风险", "奖补资金申报公开，纪检全程监督。"),
        ("副局长", "leader", "A级旅游景区评定推荐把关不严", "岗位职责风险", "二级风险", "评定推荐经专家评审，结果公示。"),
        ("文化市场执法岗", "general", "网吧、歌舞厅检查中以罚代管", "业务流程风险", "二级风险", "检查两人以上，处罚集体审理。"),
        ("群众文化岗", "general", "送戏下乡演出场次虚报", "外部环境风险", "二级风险", "演出场次凭村委签章、影像核定。"),
        ("群众文化岗", "general", "文化活动物资保管不善", "岗位职责风险", "三级风险", "物资登记入库，借用签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "fg_culture_tourism_posts", "https://www.dongchadi.com/zixun/47689.html",
        "县文体广电旅游局 岗位廉政风险防控清单 对岗不对人, after the source's account of 凤冈's tea driving 一产、二产、三产 "
        "联动 (茶海之心 景区, 茶旅, 茶叶加工 流水线): a title, 序号/岗位 merged per post/廉政风险点/风险类别 ``…风险``/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def fg_industry_selfchecks() -> dict:
    unit = f"{PLACE}工业和信息化局"
    t = _Truth(unit)
    people = [
        ("公石瀞", "局领导", "局长", "leader", [
            ("工业园区标准厂房分配不经集体研究", "★★★", "厂房分配经局党组会研究，结果公示。", "无问题"),
            ("龙头企业技改资金申报为企业说情", "★★★", "技改资金申报公开，第三方评审。", "已整改"),
        ]),
        ("公祖霈", "企业服务股", "股长", "middle", [
            ("中小企业发展资金审核不严", "★★", "资金审核两人以上，审核意见存档。", "无问题"),
            ("为茶叶加工企业办事收受好处", "★★", "服务事项登记，签订廉洁承诺。", "无问题"),
        ]),
        ("公石珮", "企业服务股", "科员", "general", [
            ("工业统计数据报送不实", "★★", "统计数据复核后报送，定期抽查。", "已整改"),
            ("企业档案资料保管不善", "★", "档案专柜保管，借阅登记。", "无问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查结果")
        for i, (point, stars, measures, found) in enumerate(points, 1):
            sh.add(i, point, stars, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "fg_industry_selfchecks", "https://fuxichang.com/12654.html",
        "县工业和信息化局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account "
        "of 凤冈's tea firms (国家重点龙头企业, 茶叶行业百强, 茶青价格, “凤冈现象”): a title, a label row ``姓　名 | 所在"
        "股室 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/"
        "``自查结果``; a ``注：`` line; no type column; ``本人签名： | 局长签名：``",
        sheets, t,
    )  # fmt: skip


def fg_forestry_group_rows() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "公祖滈", "leader", [
                ("林木采伐许可审批说情打招呼", "Ⅰ级", "采伐许可集体审查，结果公示。"),
                ("退耕还林补助验收走过场", "Ⅱ级", "验收实行交叉检查，影像存档。"),
            ]),
        ]),
        ("二、永安林业站", "永安林业站", [
            ("站长", "公石沄", "middle", [
                ("生态护林员选聘优亲厚友", "Ⅰ级", "选聘名单经村民评议并公示。"),
            ]),
            ("技术员", "公祖玹", "general", [
                ("林地征占用现场查验不实", "Ⅱ级", "查验两人以上，拍照定位存档。"),
                ("森林防火物资管理不善", "Ⅲ级", "物资登记入库，定期盘点。"),
            ]),
        ]),
        ("三、琊川林业站", "琊川林业站", [
            ("站长", "公石岫", "middle", [
                ("天然林保护管护费发放不实", "Ⅱ级", "管护费按考核发放，张榜公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "fg_forestry_group_rows", "https://chuangfuguan.com/zb/kepu/z15z5.html",
        "县林业局 廉政风险防控清单 under GROUP ROWS, after the source's account of 凤冈's 富锌富硒有机茶 and its strategy "
        "of 生态家园, 绿色产业 (营造绿色环境, 培养绿色基地, 新建茶园): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、局领导``, ``二、永安林业站``, ``三、琊川林业站`` merged across; 岗位 "
        "and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def fg_housing_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公石瑀", "leader", "农村危房改造对象认定中打招呼", "思想道德风险", "重点防控",
         "改造对象经村、镇、县三级审核公示。"),
        ("局领导", "局长", "公石瑀", "leader", "市政工程变更签证个人说了算", "制度机制风险", "重点防控",
         "工程变更经局务会集体研究。"),
        ("村镇建设股", "股长", "公祖岚珈", "middle", "安居房建设补助资金拨付不按进度", "岗位职责风险", "重点防控",
         "补助资金按验收进度拨付，张榜公示。"),
        ("村镇建设股", "股长", "公祖岚珈", "middle", "村容村貌整治项目验收不严", "业务流程风险", "一般防控",
         "验收邀请村民代表参与，资料存档。"),
        ("建筑市场管理股", "科员", "公石玥", "general", "施工许可办理中收受好处", "外部环境风险", "一般防控",
         "许可事项进驻政务大厅，限时办结。"),
        ("建筑市场管理股", "科员", "公石玥", "general", "质量安全检查记录不实", "业务流程风险", "常规防控",
         "检查记录双人签字，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "fg_housing_list", "https://www.ahjjxxzx.com/countryside_37788",
        "县住房和城乡建设局 岗位廉政风险防控一览表, after the source's account of a 村's 新农村建设 (硬化村内道路, 修建"
        "公路, 建设安居房, 沼气池 一池三改): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/"
        "岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``重点防控/一般防控/常规防控``/防控措施; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fg_tea_centre_digit_key_in_heading(),
    fg_agriculture_list(),
    fg_market_regulation_cards(),
    fg_yongan_town_screening(),
    fg_culture_tourism_posts(),
    fg_industry_selfchecks(),
    fg_forestry_group_rows(),
    fg_housing_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch984-inbox"))
