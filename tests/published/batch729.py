"""The seven-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of the border and ethnic
bodies of one county, 长白朝鲜族自治县 (of 白山市, 吉林省) — its 民族宗教事务局, 口岸办, 朝鲜语言文字工作办公室,
边民互市贸易区管理委员会, 民族事务服务中心, 朝鲜族民俗村管理处 and two 边境管理服务站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 民族宗教事务局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 长白镇边境管理服务站's 排查表 对岗不对人: ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types,
  高/中/低; no names;
- the 朝鲜语言文字工作办公室's 自查表, one sheet a person, a label row over a row of values,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 边民互市贸易区管理委员会's 清单 under GROUP ROWS ``一、委领导`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 朝鲜族民俗村管理处's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 民族事务服务中心's 一览表 under ``附件3`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every row,
  short types, ``高风险/中风险/低风险``;
- the 十四道沟镇边境管理服务站's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``changbai_port_office_split_names``: the 口岸办's 岗位廉政风险防控登记表, an ordinary list
  (``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``) whose ``责任人`` is merged across TWO
  columns headed in the second heading row ``姓 | 名`` — the holder's surname in one cell and his
  given name in the next (as the county's bilingual registration forms print them), both merged
  down over his rows. The holder is the two cells read together (``芈`` + ``翾珥`` = ``芈翾珥``). The
  README's 读得懂的表 knows names in one cell (also with 民族 names, ``*`` masks, one character a
  cell DOWN a block), but not a name split ACROSS a 姓 and a 名 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 中朝边境 圈河口岸 and its
朝鲜族 villages; a 县民族宗教局's duties — 民族工作, 宗教事务, 少数民族权益; a page on a 边境管控区 —
边境巡逻, 检查站; the county's 自治条例 — 民族团结进步, 朝鲜语言文字; an overview of 长白县 — 朝鲜文化
传承; 延边's 兴边富民 — 互市贸易, 边境村; a 朝鲜族民俗村 — 民俗博物馆, 农家乐, 乡村旅游; 延边's 朝鲜族
民俗村 和 传统村落 评选 — 边境小山村, 产业) and the layout follows their words. The rows are worded by
us, the names invented (the rare surnames 芈 and 弭 with rare given names); every unit is a body
of 长白朝鲜族自治县.

Run ``python tests/published/score.py --set batch729`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the 姓 cell and the 名 cell of his row written together, no
  space; ``科室`` and ``岗位`` as usual; the 姓 and the 名 are no post and no 科室;
- ``局领导``, ``委领导``, ``站领导``, ``办领导`` (group rows or 科室 cells) are the 科室 of those leaders; the
  bureau's leaders (sheet ``局领导``) and the cards' holders name no 科室; 局长, 副局长, 主任, 副主任,
  站长 and 处长 of the unit are leaders; 股长 and a 科's 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 边境管理服务站's 排查表 names no person (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b729_"
PLACE = "长白朝鲜族自治县"
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

# (科室, 岗位, 姓, 名, tier, [(廉政风险点, 风险等级, 防控措施)])
PORT = [
    ("办领导", "主任", "芈", "翾珥", "leader", [
        ("口岸基础设施建设项目干预招投标", "高", "项目进入县公共资源交易中心，办务会集体研究。"),
        ("口岸运行经费分配不经集体研究", "中", "经费分配方案办务会研究，年底公开。"),
    ]),
    ("办领导", "副主任", "弭", "赟珞", "leader", [
        ("通关便利化措施向关系企业倾斜", "高", "便利措施对外公布，企业同等适用。"),
    ]),
    ("综合科", "科长", "芈", "峤玥", "middle", [
        ("口岸联检单位协调会议经费虚列", "中", "会议费凭签到表、会议通知报销。"),
        ("公务接待超标准、超范围", "低", "接待实行公函制度，清单留存。"),
    ]),
    ("口岸运行科", "科员", "弭", "珝骞", "general", [
        ("边民通关信息登记中收受好处", "高", "登记信息双人核对，每月抽查。"),
        ("口岸货场车辆停放收费不开票据", "中", "收费标准公示，统一开具票据。"),
    ]),
]  # fmt: skip


def changbai_port_office_split_names() -> dict:
    unit = f"{PLACE}口岸办"
    sh = _Sheet("登记表", [6, 12, 10, 5, 8, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控登记表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 8)
    top = sh.add("序号", "科室", "岗位", "责任人", None, "廉政风险点", "风险等级", "防控措施")
    sh.add(None, None, None, "姓", "名", None, None, None)
    for c in (0, 1, 2, 5, 6, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    first = len(sh.rows)
    n = 0
    for dept, post, sur, given, tier, points in PORT:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, sur, given, point, lv, measures)
            t.point(sh.name, dept, post, sur + given, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "主任（签字）：", None)
    return _layout(
        "changbai_port_office_split_names", "https://fx361.com/page/2021/0113/18025154.shtml",
        "(harder) 县口岸办 岗位廉政风险防控登记表, after the source's page on 中朝边境 圈河口岸 (口岸通道, 跨境旅游, "
        "经济贸易, 朝鲜族 villages by the port): a title, a 填报单位 line, then a TWO-ROW heading: 序号/科室/岗位/"
        "廉政风险点/风险等级/防控措施 merged down, ``责任人`` merged across two columns headed ``姓 | 名`` in the second "
        "row — the holder's surname in one cell and given name in the next, both merged down over his rows; 科室 "
        "merged; 高/中/低, no type column; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def changbai_ethnic_religion_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("芈琤湲", "局长", "主持全面工作", [
            ("少数民族发展资金项目安排个人说了算", "一级", "项目安排经局党组会集体研究并公示。"),
            ("民族团结进步示范单位推荐优亲厚友", "二级", "推荐条件公开，结果公示七个工作日。"),
        ]),
        ("弭蓁翊", "副局长", "分管宗教事务", [
            ("宗教活动场所设立审核把关不严", "一级", "审核实行实地查看、集体研究两道程序。"),
            ("接受宗教团体宴请、礼金", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
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
        ("民族工作股", "股长", "芈瑀岺", "middle", "少数民族特色村寨项目申报材料审核不实", "一级",
         "申报材料实地核验，乡镇初审、股室复审。"),
        ("民族工作股", "股员", "弭淯璘", "general", "少数民族学生助学补助名单把关不严", "二级",
         "补助名单学校公示、股室复核。"),
        ("宗教事务股", "股长", "弭筠翃", "middle", "宗教教职人员备案中索要好处", "二级", "备案材料一次性告知，限时办结。"),
        ("宗教事务股", "股员", "芈璈汭", "general", "宗教活动场所财务监督检查走过场", "三级", "检查两人以上，检查记录存档。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "changbai_ethnic_religion_bureau_two_sheets",
        "https://baike.baidu.hk/item/%E5%89%8D%E9%83%AD%E7%B8%A3%E6%B0%91%E6%97%8F%E5%AE%97%E6%95%99%E5%B1%80/6807604",
        "县民族宗教事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 县民族宗教局 page (民族工作, 宗教事务, "
        "少数民族权益保障, 民族团结进步表彰, 综合科/民族科/宗教科): sheet 局领导 with 姓名/职务/分管工作 merged per "
        "leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def changbai_border_station_posts() -> dict:
    unit = f"{PLACE}长白镇边境管理服务站"
    sh = _Sheet("排查表", [6, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "边境管控经费使用", "边境巡逻、管控经费虚报冒领", "制度机制风险", "高",
         "经费支出站务会研究，凭巡逻记录报销。"),
        ("站长", "leader", "护边员选聘", "护边员选聘优亲厚友", "岗位职责风险", "中", "选聘条件公开，结果在村内公示。"),
        ("管控员", "general", "边境通行证明办理", "为不符合条件人员出具通行证明", "业务流程风险", "高",
         "证明办理双人审核，台账登记。"),
        ("管控员", "general", "边境巡查", "巡查记录弄虚作假，以查代罚", "思想道德风险", "中", "巡查定位留痕，站长每周抽查。"),
        ("报账员", "general", "护边员补贴发放", "补贴发放不按出勤核算", "业务流程风险", "低", "补贴按考勤核发，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "changbai_border_station_posts", "https://www.bkwk.cn/article/tmgkqjmbjtsqydglysh.html",
        "镇边境管理服务站 岗位廉政风险点排查表 对岗不对人, after the source's page on a 边境管控区 (边境巡逻, 检查站, "
        "管理措施): a title, 序号/岗位 merged/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def changbai_korean_language_office_selfchecks() -> dict:
    unit = f"{PLACE}朝鲜语言文字工作办公室"
    t = _Truth(unit)
    people = [
        ("芈瓒汐", "办领导", "主任", "leader", [
            ("朝汉双语标牌设置项目验收把关不严", "Ⅰ级", "验收邀请县民宗局和使用单位参加。", "已落实"),
            ("翻译服务费支付不按合同约定", "Ⅱ级", "支付凭合同和验收单，两人审核。", "未发现问题"),
        ]),
        ("弭珺溱", "翻译科", "翻译员", "general", [
            ("公文翻译中收受委托单位好处", "Ⅱ级", "翻译任务登记分派，严禁私接。", "已落实"),
            ("朝鲜语培训班学员考勤弄虚作假", "Ⅲ级", "培训签到、考核存档备查。", "已落实"),
        ]),
        ("芈泫曦", "翻译科", "审校员", "general", [
            ("审校把关不严，译文出错", "Ⅲ级", "实行初译、审校、终审三级。", "未发现问题"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "changbai_korean_language_office_selfchecks", "http://bbs.haosanshui.com/wdzx/202412/152767.html",
        "县朝鲜语言文字工作办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "overview of 长白县 (朝鲜族, 保护传承朝鲜文化的工程): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def changbai_border_trade_group_rows() -> dict:
    unit = f"{PLACE}边民互市贸易区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、委领导", "委领导", [
            ("主任", "弭翯翀", "leader", [
                ("互市商品落地加工企业入驻审批暗箱操作", "一级风险", "入驻条件公开，管委会集体研究。"),
                ("互市贸易区商铺出租价格随意减免", "二级风险", "租金标准公示，减免集体研究。"),
            ]),
        ]),
        ("二、业务科", "业务科", [
            ("科长", "芈琬枬", "middle", [
                ("边民互助组备案审核不严", "一级风险", "备案材料村、镇、管委会三级审核。"),
            ]),
            ("科员", "弭湉珣", "general", [
                ("边民交易额度核销弄虚作假", "二级风险", "额度核销系统留痕，月底抽查。"),
                ("向经营户索要好处", "三级风险", "公开监督电话，接受举报。"),
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
        "changbai_border_trade_group_rows", "https://reportify.cn/news/1126078042419105792",
        "县边民互市贸易区管理委员会 廉政风险防控责任清单, after the source's 延边 兴边富民 news (互市贸易进口商品落地加工, "
        "跨境电商, 边境村边民就业): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、委领导``, ``二、业务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def changbai_folk_village_cards() -> dict:
    unit = f"{PLACE}朝鲜族民俗村管理处"
    t = _Truth(unit)
    cards = [
        ("处长", "芈翛琰", "处长", "主持全面工作", "leader", [
            ("民俗村农家乐星级评定打招呼、定等级", "★★★", "评定由县文旅、民宗部门联合打分。"),
            ("民俗博物馆展陈项目指定施工单位", "★★★", "展陈项目公开比选。"),
            ("接受经营户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副处长", "弭瑗岫", "副处长", "分管旅游接待、安全", "leader", [
            ("民俗表演演出费结算不实", "★★", "演出费按场次凭签到结算。"),
            ("景区门票收入不及时入账", "★★", "门票系统售票，日清日结。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "changbai_folk_village_cards", "https://meipian.cn/50n4f43g",
        "县朝鲜族民俗村管理处 廉政风险防控卡, one sheet a leader, after the source's 朝鲜族 民俗村 page (民俗广场, 朝鲜民俗"
        "博物馆, 农家乐星级接待户, 乡村旅游): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def changbai_ethnic_affairs_centre_list() -> dict:
    unit = f"{PLACE}民族事务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "弭璟洄", "leader", "民族团结进步创建资金分配不公开", "制度机制", "高风险",
         "资金分配方案中心集体研究并公示。"),
        ("中心领导", "主任", "弭璟洄", "leader", "朝鲜族传统节日活动承办单位选定违规", "岗位职责", "中风险",
         "承办单位公开比选。"),
        ("综合部", "部长", "芈沄翯", "middle", "活动物资采购虚开发票", "外部环境", "高风险", "采购三家比价，验收双人签字。"),
        ("服务部", "工作人员", "弭珧澔", "general", "少数民族流动人口服务登记收取费用", "思想道德", "中风险",
         "登记免费，收费举报电话公开。"),
        ("服务部", "工作人员", "芈琇沄", "general", "法律援助转介记录弄虚作假", "业务流程", "低风险", "转介台账月底核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "changbai_ethnic_affairs_centre_list", "https://m.9pinw.com/law_c359077.html",
        "县民族事务服务中心 岗位廉政风险防控一览表, after the source's 自治条例 (民族团结进步事业, 朝鲜族传统节日, "
        "少数民族权益): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def changbai_shisidaogou_station_register() -> dict:
    unit = f"{PLACE}十四道沟镇边境管理服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芈翙澂", "leader", [
            ("边境村基础设施项目验收不严", "制度机制", "一级", "验收邀请镇纪委和村民代表参加。"),
            ("边境村产业项目资金拨付不按进度", "岗位职责", "二级", "按进度拨付，凭监理签证。"),
        ]),
        ("管控科", "科长", "弭璠湜", "middle", [
            ("边民出入境临时通行登记把关不严", "业务流程", "一级", "登记双人审核，每日核对。"),
        ]),
        ("管控科", "护边员", "芈珵湫", "general", [
            ("护边巡逻签到代签", "思想道德", "二级", "巡逻定位打卡。"),
            ("发现问题不报、迟报", "岗位职责", "三级", "巡逻日志站长每周审阅。"),
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
        "changbai_shisidaogou_station_register",
        "http://jl.sina.com.cn/news/yaowen/2019-11-29/detail-iihnzahi4239958.shtml",
        "镇边境管理服务站 廉政风险点排查登记表, after the source's 延边 朝鲜族民俗村 和 传统村落 page (边境小山村, 产业, "
        "基础设施, 村容村貌): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    changbai_port_office_split_names(),
    changbai_ethnic_religion_bureau_two_sheets(),
    changbai_border_station_posts(),
    changbai_korean_language_office_selfchecks(),
    changbai_border_trade_group_rows(),
    changbai_folk_village_cards(),
    changbai_ethnic_affairs_centre_list(),
    changbai_shisidaogou_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch729-inbox"))
