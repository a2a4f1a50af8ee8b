"""The six-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's united
front bodies, 回民区 (of 呼和浩特市, 内蒙古自治区) — its 区委统一战线工作部, 工商业联合会, 归国华侨联合会,
台湾事务办公室, 民族宗教事务局, 民族宗教事务服务中心, 社会主义学院 and 新的社会阶层人士联合会 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 工商业联合会's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a 制表/审核 line;
- the 社会主义学院's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line, a 持卡人（签字） line;
- the 民族宗教事务服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 归国华侨联合会's 清单 under GROUP ROWS ``一、侨联领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 台湾事务办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 民族宗教事务局's workbook in TWO SHEETS ``局领导`` / ``股室人员``, 高/中/低, short types;
- the 新的社会阶层人士联合会's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``huimin_united_front_holder_closing_point``: the 区委统战部's 岗位廉政风险防控一览表 with NO 岗位 and
  NO 责任人 column: ``序号 | 科室 | 廉政风险点 | 风险等级 | 防控措施``, the 科室 merged down, and every
  廉政风险点 cell CLOSING with a labelled bracket that names the point's holder —
  ``…考察把关不严（责任人：副部长　骆沄琤）`` — post and name after ``责任人：``, split by a full-width space;
  one point names two holders in its bracket (``（责任人：部长　伏琰翀、副部长　骆沄琤）``). A ``注：`` line
  says the bracket at the end of each point names its holder. The README's 读得懂的表 knows a holder
  in a HEADING's bracket (``风险点（办公室）``, ``序号（责任人：李四）``), in GROUP ROWS
  (``一、所长（责任人：…）``), before a colon at the head of the point (``院长某某：…``), holder marks
  (symbols) closing the point explained by a legend, and labelled brackets closing the point that
  carry 依据/查找方式/举例 (表现形式) or 防控措施; it does not describe a labelled ``（责任人：岗位　姓名）``
  bracket closing each point cell as the only place the holders are written.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a province's 统一战线工作条例 实施细则 —
党外代表人士 推荐、政治安排, 民族宗教, 非公有制经济人士; a city 工商联's 清廉商会 “回头看” — 会费标准,
财务管理, 评比表彰; a note on 侨益保护 — 归侨侨眷 合法权益, 法律服务; a speech on 对台工作 — 台办 归口
管理, 赴台交流, 对台经贸; 内蒙古's 宗教事务条例 — 宗教活动场所, 宗教教职人员; the 宗教活动场所管理办法
征求意见稿 — 场所登记, 财务管理; a 统战部's note on 社会主义学院工作条例 — 民主党派成员培训; a province's
统战工作条例 实施细则 — 新的社会阶层人士) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 伏 and 骆
with rare given names); every unit is a body of 回民区.

Run ``python tests/published/score.py --set batch638`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``（责任人：岗位　姓名）`` bracket closing a point cell gives the holder (post and
  name) of that point, with the row's 科室 and level; the point is the text before the bracket; a
  bracket naming two holders makes the point a point of each; one form a holder; the ``注：`` line
  and the sign-off line are no points;
- the 部长/副部长, a 联合会's 主席/副主席/会长, a 局's 局长/副局长, a 办公室's 主任, a 中心's 主任 and the
  学院's 副院长 are leaders of their unit (部领导, 侨联领导, 局领导 are the 科室 of those leaders where
  the table names one); a 股/科 chief (股长, 科长) and a 办公室主任 beside a 部领导 middle; 干事,
  科员, 教研员, 会计, 出纳 and 宗教事务专干 general;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b638_"
PLACE = "回民区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# the holders: key -> (科室, 岗位, 姓名, tier)
HOLDERS = {
    "bz": ("部领导", "部长", "伏琰翀", "leader"),
    "fbz": ("部领导", "副部长", "骆沄琤", "leader"),
    "bgs": ("办公室", "主任", "伏岍澈", "middle"),
    "dp": ("党派工作股", "股长", "骆珝湛", "middle"),
    "jj": ("经济工作股", "干事", "伏霂岚", "general"),
}

# (科室 shown, 廉政风险点, holders, 风险等级, 防控措施)
CLOSING = [
    ("部领导", "党外代表人士政治安排人选推荐个人说了算", ("bz", "fbz"), "高",
     "政治安排人选经部务会集体研究，征求相关党派意见。"),
    ("部领导", "统战工作经费分配不经部务会研究", ("bz",), "中", "经费分配方案部务会审定，年终公开。"),
    ("部领导", "党外代表人士考察把关不严", ("fbz",), "高", "考察实行两人以上，考察材料存档。"),
    ("办公室", "公务接待、会议费超标准列支", ("bgs",), "中", "接待实行公函制度，费用凭清单报销。"),
    ("办公室", "办公用品采购不询价、不比价", ("bgs",), "低", "采购三家以上询价，验收入库登记。"),
    ("党派工作股", "民主党派成员发展审核中违反协商程序", ("dp",), "中", "发展对象征求组织部门意见，协商记录存档。"),
    ("经济工作股", "非公有制经济人士评优评先推荐中收受好处", ("jj",), "高",
     "推荐人选综合评价，结果公示五个工作日。"),
    ("经济工作股", "帮助企业协调办事时吃拿卡要", ("jj",), "中", "签订亲清政商关系承诺书，公开监督电话。"),
]  # fmt: skip


def _bracket(keys: tuple[str, ...]) -> str:
    return "（责任人：" + "、".join(f"{HOLDERS[k][1]}{GAP}{HOLDERS[k][2]}" for k in keys) + "）"


def huimin_united_front_holder_closing_point() -> dict:
    unit = f"{PLACE}委统一战线工作部"
    sh = _Sheet("一览表", [6, 14, 52, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年3月", 5)
    sh.add("序号", "科室", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, point, keys, lv, measures) in enumerate(CLOSING, 1):
        sh.add(n, dept, point + _bracket(keys), lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    for key, (dept, post, who, tier) in HOLDERS.items():
        for _d, point, keys, lv, _measures in CLOSING:
            if key in keys:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "注：每个风险点后括号内为该风险点的责任岗位及责任人；风险等级分高、中、低三级。", 5)
    sh.add("制表：办公室", None, "审核：", None, "部长（签字）：")
    return _layout(
        "huimin_united_front_holder_closing_point", "http://xxgk.fjnu.edu.cn/fa/98/c3594a195224/page.htm",
        "(harder) 区委统战部 岗位廉政风险防控一览表, after the source's 统一战线工作条例 实施细则 (党外代表人士 推荐、政治安排, "
        "非公有制经济人士, 民主党派): a title, a merged 填报单位 line, 序号/科室 merged/廉政风险点/风险等级 高/中/低/防控措施 "
        "with NO 岗位 and NO 责任人 column: every 廉政风险点 cell CLOSES with a labelled bracket ``（责任人：副部长　骆沄琤）`` "
        "naming the point's holder (post, full-width space, name), one bracket naming two holders; no type column; a "
        "``注：`` line saying the bracket names the holder; a 制表/审核/部长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huimin_federation_commerce_list() -> dict:
    unit = f"{PLACE}工商业联合会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("机关领导", "主席", "骆翊昶", "leader", [
            ("所属商会评比表彰名额分配不公", "二级", "评比表彰方案主席办公会集体研究并公示。"),
            ("接受会员企业宴请、礼品", "一级", "签订廉洁自律承诺书，节前提醒。"),
        ]),
        ("会员部", "部长", "伏瑀沨", "middle", [
            ("商会会费标准审核把关不严", "一级", "会费标准经会员大会表决，报工商联备案。"),
        ]),
        ("会员部", "干事", "骆岙琇", "general", [
            ("商会年度检查走过场", "二级", "检查实行交叉检查，结果书面反馈。"),
            ("泄露会员企业经营信息", "三级", "会员信息专人管理，查阅登记。"),
        ]),
        ("办公室", "主任", "伏湉珩", "middle", [
            ("会议培训经费虚列支出", "二级", "培训费凭签到表、通知报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "huimin_federation_commerce_list", "http://www.jxscc.org/index.php?s=/Show/index/cid/16/id/175.html",
        "区工商业联合会 岗位廉政风险防控一览表, after the source's 清廉商会建设 “回头看” (会费标准, 财务管理制度, 评比表彰, "
        "交叉检查): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def huimin_socialist_institute_cards() -> dict:
    unit = f"{PLACE}社会主义学院"
    t = _Truth(unit)
    cards = [
        ("副院长", "骆澂翎", "副院长", "主持学院日常工作", "leader", [
            ("培训班次和学员名额安排优亲厚友", "★★★", "班次计划经区委统战部审定，学员名单公示。"),
            ("培训经费超范围列支", "★★", "培训经费专款专用，按期决算。"),
        ]),
        ("教研员", "伏峣琬", "教研员", "民主党派成员培训教学", "general", [
            ("外聘授课教师课酬虚报冒领", "★★★", "课酬凭课表、签到表发放，银行转账。"),
            ("培训考勤弄虚作假", "★★", "考勤实行电子签到。"),
            ("教材资料征订收取回扣", "★", "教材由学院统一采购，公开比价。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "huimin_socialist_institute_cards", "http://tzb.changzhou.gov.cn/html/tzb/2019/EBEEJPQE_0221/12485.html",
        "区社会主义学院 廉政风险防控卡, one sheet a person, after the source's note on 社会主义学院工作条例 (民主党派成员教育培训, "
        "培训班次, 统战干部): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huimin_religious_service_centre_posts() -> dict:
    unit = f"{PLACE}民族宗教事务服务中心"
    sh = _Sheet("排查表", [6, 12, 14, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "宗教活动场所登记初审把关不严", "岗位职责风险", "高",
         "登记材料两人审核，实地核查留存照片。"),
        ("中心领导", "主任", "leader", "场所维修补助资金分配不公", "制度机制风险", "高", "补助方案集体研究并公示。"),
        ("场所服务股", "宗教事务专干", "general", "场所财务监督检查走过场", "业务流程风险", "中",
         "检查按清单逐项进行，问题书面反馈。"),
        ("场所服务股", "宗教事务专干", "general", "接受宗教活动场所宴请、馈赠", "思想道德风险", "中", "签订廉洁承诺书。"),
        ("综合股", "会计", "general", "补助资金拨付不按进度", "业务流程风险", "低", "拨付凭验收单，每季对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huimin_religious_service_centre_posts",
        "http://mzzjw.gd.gov.cn/mzzjw/dtyw/zmhd/myzj/content/post_4143309.html",
        "区民族宗教事务服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 宗教活动场所管理办法（征求意见稿） (场所登记, "
        "财务管理, 监督检查): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huimin_overseas_chinese_groups() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、侨联领导", "侨联领导", [
            ("主席", "骆昉霈", "leader", [
                ("困难归侨侨眷帮扶对象确定优亲厚友", "Ⅰ级", "帮扶对象主席办公会集体研究，名单公示。"),
                ("侨界代表人士推荐不按程序", "Ⅱ级", "推荐人选征求统战部意见。"),
            ]),
        ]),
        ("二、权益保障部", "权益保障部", [
            ("部长", "伏淏翾", "middle", [
                ("侨益法律服务中收受当事人财物", "Ⅰ级", "法律服务免费，公开监督电话。"),
                ("侨界信访事项推诿、拖延办理", "Ⅱ级", "信访事项登记，限时办结。"),
            ]),
            ("干事", "骆琤岫", "general", [
                ("泄露归侨侨眷个人信息", "Ⅲ级", "信息专人管理，签订保密承诺。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "huimin_overseas_chinese_groups", "http://www.chinaql.org/n1/2025/0814/c420265-40542331.html",
        "区归国华侨联合会 廉政风险防控责任清单, after the source's note on 侨益保护 (归侨侨眷 合法权益, 法律服务, 司法保护): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、侨联领导``, "
        "``二、权益保障部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huimin_taiwan_office_selfchecks() -> dict:
    unit = f"{PLACE}人民政府台湾事务办公室"
    t = _Truth(unit)
    people = [
        ("伏沅璩", "办公室领导", "主任", "leader", [
            ("赴台交流人员审核把关不严", "高风险", "赴台人员名单集体研究，报区委审定。"),
            ("对台经贸活动经费使用不规范", "中风险", "经费预算公开，活动结束决算。"),
        ]),
        ("骆翮泠", "联络科", "科员", "general", [
            ("台胞台属接待超标准", "高风险", "接待凭公函，执行接待标准。"),
            ("涉台事项办理收受好处", "中风险", "办理事项登记，限时办结。"),
            ("台资企业走访中吃拿卡要", "低风险", "走访两人同行，签订承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huimin_taiwan_office_selfchecks", "https://yanjianggao.wang/workxuexi/huiyifayan/201511/83203_2.html",
        "区台湾事务办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's speech on "
        "对台工作 (台办 归口管理, 赴台交流, 对台经贸活动): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "a row of values, 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def huimin_ethnic_religious_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 12, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("伏珺澍", "局长", "主持全面工作", [
            ("少数民族发展资金项目安排个人说了算", "制度机制", "高", "项目安排局党组会集体研究并公示。"),
            ("干预宗教活动场所设立审批", "岗位职责", "中", "审批按条例程序办理，全程留痕。"),
        ]),
        ("骆湛琰", "副局长", "分管宗教事务", [
            ("宗教教职人员备案审核不严", "业务流程", "中", "备案材料两级审核。"),
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
    staff = _Sheet("股室人员", [6, 9, 9, 38, 12, 9, 34])
    _line(staff, f"{unit}股室人员廉政风险防控一览表", 7)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("股长", "伏霈岑", "middle", "宗教活动场所年检走过场", "岗位职责", "高", "年检实地查看，结果公示。"),
        ("股长", "伏霈岑", "middle", "民族团结进步创建奖补资金审核不严", "业务流程", "中", "奖补对象评审打分，集体审定。"),
        ("科员", "骆琬沅", "general", "接受管理对象礼品礼金", "思想道德", "低", "签订廉洁承诺书，节前提醒。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, typ, lv, measures)
        t.point(staff.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("制表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "huimin_ethnic_religious_bureau_two_sheets", "https://92jdg.com/info/1023/2565.html",
        "区民族宗教事务局 廉政风险防控一览表 in TWO SHEETS, after the source's 内蒙古自治区宗教事务条例 (宗教活动场所, 宗教教职"
        "人员, 宗教团体): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室人员 with 岗位/姓名 merged per "
        "person; 风险类型 (short names), 风险等级 高/中/低, 防控措施",
        [lead, staff], t,
    )  # fmt: skip


def huimin_new_social_strata_list() -> dict:
    unit = f"{PLACE}新的社会阶层人士联合会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("会领导", "会长", "伏翾澂", "leader", "会员发展不按章程程序", "制度机制", "一级", "新会员经理事会审议并公示。"),
        ("会领导", "会长", "伏翾澂", "leader", "活动经费向会员企业摊派", "岗位职责", "二级", "活动经费预算公开，严禁摊派。"),
        ("秘书处", "秘书长", "骆瀛珂", "middle", "活动经费报销审核不严", "业务流程", "一级", "报销凭证三级审核。"),
        ("秘书处", "干事", "伏昶琛", "general", "虚报参会人数套取补助", "思想道德", "二级", "参会实行签到，名单存档。"),
        ("秘书处", "出纳", "骆渼曈", "general", "会费收入公款私存", "业务流程", "三级", "会费收入日清月结，定期对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "会长（签字）：", None, None)
    return _layout(
        "huimin_new_social_strata_list", "https://lzcijt.lzxljt.cn/djyd/tzgz/content_8024",
        "区新的社会阶层人士联合会 岗位廉政风险防控一览表, after the source's 统一战线工作条例 实施细则 (新的社会阶层人士, 联谊"
        "组织, 团结凝聚): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/"
        "会长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huimin_united_front_holder_closing_point(),
    huimin_federation_commerce_list(),
    huimin_socialist_institute_cards(),
    huimin_religious_service_centre_posts(),
    huimin_overseas_chinese_groups(),
    huimin_taiwan_office_selfchecks(),
    huimin_ethnic_religious_bureau_two_sheets(),
    huimin_new_social_strata_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch638-inbox"))
